#!/usr/bin/python3
"""Check the heldout357 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Wikipedia .html (Chrome "Webpage, Complete"): one unit per block element's visible text
    (script, style, svg and noscript skipped; the collapsed navbox rows and the hidden-category
    list count, as their text is in the page);
  - Word-exported .pdf: the page content streams inflated and their text operators read (Tf, Tm,
    Td, TJ, Tj with the fonts' WinAnsi widths); one unit per printed line, and a line's pieces
    more than 8 pt apart (table cells, header left and right) split into separate units;
  - Simplenote .txt: one unit per line (CRLF or LF).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the saved page's "saved from url" comment, Vector skin, table of contents, edit links,
    reference superscripts, infobox, navboxes, references list, categories and footer; the PDF's
    header, Word producer, A4 pages, tagged structure, header and footer artifacts, embedded
    TrueType subsets, numbered headings, ruled table, figure and caption, consecutive page
    numbers; the note's title line, CRLF body, LF-only "Tags:" block, headings, bullets, bold,
    checklist);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_wikipedia.py, tools/make_pdf.py and tools/make_simplenote.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "coral-reefs-of-india-wikipedia": ("docs/coral-reefs-of-india-wikipedia.html", "make_wikipedia.py"),
    "coral-reef-status-report-2025-chapter-2": ("docs/coral-reef-status-report-2025-chapter-2.pdf", "make_pdf.py"),
    "coral-bleaching-simplenote": ("docs/coral-bleaching-simplenote.txt", "make_simplenote.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "caption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ HTML
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ------------------------------------------------------------------ PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(?m)^(\d+) 0 obj\r?\n", data):
        n = int(m.group(1))
        start = m.end()
        s = data.find(b"stream\r\n", start)
        e = data.find(b"endobj", start)
        if s != -1 and s < e:
            d = data[start:s]
            ln = int(re.search(rb"/Length (\d+)", d).group(1))
            objs[n] = (d, data[s + 8:s + 8 + ln])
        else:
            objs[n] = (data[start:e], None)
    return objs


def ref(d, key):
    m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", d)
    return int(m.group(1)) if m else None


TOKEN = re.compile(rb"\s*(?:(\[)|(\])|(<<)|(>>)|(\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\))|(<[0-9A-Fa-f\s]*>)"
                   rb"|(/[^\s/\[\]()<>]+)|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+\d*\*?))", re.S)


def unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            i += 1
            c = s[i]
            if c in b"nrtbf":
                out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}[c])
            elif 0x30 <= c <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j - 1
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def pdf_units(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = ref(data[data.rindex(b"trailer"):], b"Root")
    pages_id = ref(objs[root][0], b"Pages")

    def kids(n):
        d = objs[n][0]
        if b"/Type/Pages" in d:
            out = []
            for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", d, re.S).group(1)):
                out += kids(int(k))
            return out
        return [n]

    units, lines_out = [], []
    for pno, pid in enumerate(kids(pages_id)):
        pd = objs[pid][0]
        fonts = {}
        fdict = re.search(rb"/Font<<(.*?)>>", pd, re.S).group(1)
        for name, fid in re.findall(rb"/(\w+) (\d+) 0 R", fdict):
            fd = objs[int(fid)][0]
            first = int(re.search(rb"/FirstChar (\d+)", fd).group(1))
            wid = ref(fd, b"Widths")
            widths = [int(x) for x in re.findall(rb"\d+", objs[wid][0])]
            fonts[name.decode()] = (first, widths)
        content = zlib.decompress(objs[ref(pd, b"Contents")][1])
        pieces = []
        stack = []
        font, size, x, y = None, 12.0, 0.0, 0.0
        for m in TOKEN.finditer(content):
            tok = m.group(0).strip()
            if m.group(9):
                op = m.group(9).decode()
                if op == "Tf":
                    font, size = stack[-2][1:].decode(), float(stack[-1])
                elif op == "Tm":
                    x, y = float(stack[-2]), float(stack[-1])
                elif op in ("Td", "TD"):
                    x, y = x + float(stack[-2]), y + float(stack[-1])
                elif op in ("TJ", "Tj"):
                    arr = stack[-1] if isinstance(stack[-1], list) else [stack[-1]]
                    text, adv = [], 0.0
                    first, widths = fonts[font]
                    for it in arr:
                        if isinstance(it, bytes):
                            for b in it:
                                text.append(bytes([b]).decode("cp1252", errors="replace"))
                                k = b - first
                                adv += (widths[k] if 0 <= k < len(widths) else 500) * size / 1000.0
                        else:
                            if it <= -250 and text and text[-1] != " ":
                                text.append(" ")
                            adv -= it * size / 1000.0
                    pieces.append((round(y, 1), x, x + adv, "".join(text)))
                    x += adv
                stack = []
            elif m.group(1):
                stack.append("[")
            elif m.group(2):
                arr = []
                while stack and stack[-1] != "[":
                    arr.insert(0, stack.pop())
                stack.pop()
                stack.append(arr)
            elif m.group(5):
                stack.append(unescape(tok[1:-1]))
            elif m.group(8):
                stack.append(float(tok))
            else:
                stack.append(tok)
        rows = {}
        for yy, x0, x1, t in pieces:
            rows.setdefault(yy, []).append((x0, x1, t))
        for yy in sorted(rows, reverse=True):
            cur, last = "", None
            for x0, x1, t in sorted(rows[yy]):
                if last is not None and x0 - last > 8:
                    if ws(cur):
                        units.append(ws(cur))
                    cur = ""
                elif last is not None and x0 - last > 0.8 and not cur.endswith(" "):
                    cur += " "
                cur += t
                last = x1
            if ws(cur):
                units.append(ws(cur))
        lines_out.append(pno)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in re.split(r"\r?\n", text) if l.strip()]


# ------------------------------------------------------------------ format marks
def check_marks(units, problems):
    page = open(os.path.join(ROOT, DOCS["coral-reefs-of-india-wikipedia"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(0050)https://en.wikipedia.org/wiki/Coral_reefs_of_India -->",
                        "Chrome's saved-from comment"),
                       ("skin-vector-2022", "Vector 2022 skin"), ('id="vector-toc"', "table of contents"),
                       ('class="vector-main-menu', "main menu"), ('class="mw-editsection"', "edit links"),
                       ('class="reference"', "reference superscripts"), ('<table class="infobox">', "infobox"),
                       ('class="navbox"', "navboxes"), ('<ol class="references">', "references list"),
                       ('id="catlinks"', "categories"), ("Coral reefs of India - Wikipedia_files/", "_files folder"),
                       ('id="footer-info-lastmod"', "footer")):
        if mark not in page:
            problems.append("wikipedia: no %s" % what)
    wu = units["coral-reefs-of-india-wikipedia"]
    for u in ("From Wikipedia, the free encyclopedia", "This page was last edited on", "Categories:",
              "[edit]", "(Top)"):
        if not any(x.startswith(u) for x in wu):
            problems.append("wikipedia: no %r unit" % u)

    data = open(os.path.join(ROOT, DOCS["coral-reef-status-report-2025-chapter-2"][0]), "rb").read()
    for d, stream in pdf_objects(data).values():
        if stream is not None and b"/FlateDecode" in d and b"/Length1" not in d:
            data += zlib.decompress(stream)     # page contents: the artifacts and marked content
    for mark, what in ((b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5", "Word's PDF header"),
                       (b"W\x00o\x00r\x00d\x00 \x00f\x00o\x00r\x00 \x00M", "Word producer"),
                       (b"/MediaBox[ 0 0 595.32 841.92]", "A4 pages"), (b"/StructTreeRoot", "structure tree"),
                       (b"/MarkInfo<</Marked true>>", "tagged PDF"), (b"/Subtype/Header", "header artifacts"),
                       (b"/Subtype/Footer", "footer artifacts"),
                       (b"<</MCID 0>> BDC", "marked content"), (b"] 0 d", "dashed chart lines"), (b"/FontFile2", "embedded TrueType"),
                       (b"+TimesNewRomanPSMT", "Times New Roman subset"), (b"/WinAnsiEncoding", "WinAnsi fonts"),
                       (b"/S/Table", "table structure"), (b"/S/Figure", "figure structure"),
                       (b"/S/Caption", "captions")):
        if mark not in data:
            problems.append("pdf: no %s" % what)
    pu = units["coral-reef-status-report-2025-chapter-2"]
    for u in ("2.1 Introduction", "2.2.1 Gulf of Mannar and Palk Bay", "Table 2.1: Major reef regions of India",
              "Figure 2.1: Peak Degree Heating Weeks"):
        if not any(x.startswith(u) for x in pu):
            problems.append("pdf: no %r line" % u)
    heads = [x for x in pu if x == "State of India\u2019s Coral Reefs 2025"]
    foot = "National Centre for Sustainable Coastal Management, MoEFCC"
    nums = [int(pu[k + 1]) for k, x in enumerate(pu[:-1]) if x == foot and pu[k + 1].isdigit()]
    if len(heads) < 3 or nums != list(range(17, 17 + len(heads))):
        problems.append("pdf: running header (%d) and page numbers %r do not match" % (len(heads), nums))

    raw = open(os.path.join(ROOT, DOCS["coral-bleaching-simplenote"][0]), "rb").read()
    body, _, tags = raw.partition(b"\n\nTags:\n  ")
    if not tags or b"\n" in body.replace(b"\r\n", b"") or raw.startswith(b"\xef\xbb\xbf") or raw.endswith(b"\n"):
        problems.append("simplenote: not CRLF body + LF Tags block, no BOM, no final newline")
    txt = raw.decode("utf-8")
    for mark, what in (("\r\n# ", "headings"), ("\r\n- ", "bullets"), ("**", "bold"), ("- [ ]", "checklist"),
                       ("- [x]", "ticked item"), ("\r\n---\r\n", "rule")):
        if mark not in txt:
            problems.append("simplenote: no %s" % what)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for u in units[sys.argv[-1]]:
            print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_marks(units, problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
