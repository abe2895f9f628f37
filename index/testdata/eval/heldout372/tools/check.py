#!/usr/bin/python3
"""Check the heldout372 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - NCERT-style chapter .pdf: the page objects in /Pages order, each content stream inflated and
    its text operators followed (Tm, Td, TD, T*, Tf, Tw, Tc, Tj, TJ, ' and ") with the fonts'
    /Widths, WinAnsi bytes read as cp1252; fragments on one baseline that touch are joined, so one
    unit is one printed line (body lines, headings, box lines, figure labels and captions, the
    margin "Let's recall" lines, running heads, page numbers and the "Reprint" foot line);
  - Wikipedia .html: one unit per block element's visible text (script, style and svg skipped;
    collapsed navbox rows and dropdown menus count, as their text is in the page);
  - Google Keep .txt: one unit per line.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's InDesign / PDF Library metadata, XMP packet, Flate streams, even-page book name and
    odd-page chapter running heads with page numbers, "Reprint 2025-26" on every page, numbered
    sub-headings, Box panels, Fig. captions, "Let's recall" notes, Exercises and Glossary; the
    saved page's "saved from url" comment, Vector 2022 skin, files folder, table-of-contents
    sidebar, hatnote, infobox, [edit] links, citation superscripts, See also, references list,
    navbox, categories and footer; the note's title line and empty line, LF only, no BOM, no final
    newline, bullets, emoji, the "news 2023-25" list with dates, Hinglish lines);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_wikipedia.py and tools/make_keep.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
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
    "harappan-cities-ncert-chapter": ("docs/harappan-cities-ncert-chapter.pdf", "make_pdf.py"),
    "dholavira-wikipedia": ("docs/dholavira-wikipedia.html", "make_wikipedia.py"),
    "ivc-dholavira-keep-note": ("docs/ivc-dholavira-keep-note.txt", "make_keep.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF

def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
        body = m.group(2)
        stream = None
        sm = re.search(rb"stream\r?\n", body)
        if sm and body.rstrip().endswith(b"endstream"):
            head = body[:sm.start()]
            raw = body[sm.end():body.rstrip().rindex(b"endstream")]
            ln = int(re.search(rb"/Length (\d+)", head).group(1))
            raw = raw[:ln]
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            body, stream = head, raw
        objs[int(m.group(1))] = (body, stream)
    return objs


def ref(body, key):
    m = re.search(rb"/" + key + rb"\s+(\d+) 0 R", body)
    return int(m.group(1)) if m else None


TOKEN = re.compile(rb"\s*(\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>]+|[-+]?\d*\.?\d+|[A-Za-z'\"*]+)", re.S)


def unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            i += 1
            e = s[i:i + 1]
            if e in b"nrtbf":
                out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}[e]
            elif e.isdigit():
                j = i
                while j < len(s) and j < i + 3 and s[j:j + 1].isdigit():
                    j += 1
                out.append(int(s[i:j], 8) & 255)
                i = j - 1
            else:
                out += e
        else:
            out.append(c)
        i += 1
    return bytes(out)


def page_fragments(content, fonts):
    """fonts: name -> (firstchar, widths). Returns [(x0, x1, y, size, text)] in drawing order."""
    frags, stack = [], []
    tm = [1, 0, 0, 1, 0, 0]
    tlm = list(tm)
    font, tfs, tw, tc, tl = None, 1.0, 0.0, 0.0, 0.0

    def show(items):
        nonlocal tm
        fc, wid = fonts[font]
        scale = tm[0]
        x0 = tm[4]
        tx = 0.0
        text = ""
        for it in items:
            if isinstance(it, float):
                tx -= it / 1000.0 * tfs
                continue
            for b in it:
                w = wid[b - fc] if 0 <= b - fc < len(wid) else 0
                tx += w / 1000.0 * tfs + tc + (tw if b == 32 else 0)
            text += it.decode("cp1252", "replace")
        frags.append((x0, x0 + tx * scale, tm[5], tfs * abs(tm[3]), text))
        tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + tx * scale, tm[5]]

    for m in TOKEN.finditer(content):
        t = m.group(1)
        if t[:1] == b"(":
            stack.append(unescape(t[1:-1]))
        elif t[:1] == b"<":
            stack.append(bytes.fromhex(t[1:-1].decode()))
        elif t == b"[":
            stack.append("[")
        elif t == b"]":
            arr = []
            while stack and stack[-1] != "[":
                arr.insert(0, stack.pop())
            stack.pop()
            stack.append(arr)
        elif t[:1] == b"/":
            stack.append(t[1:].decode())
        elif re.match(rb"[-+]?\d*\.?\d+$", t):
            stack.append(float(t))
        else:
            op = t.decode()
            a = stack
            if op == "BT":
                tm, tlm = [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0]
            elif op == "Tf":
                font, tfs = a[-2], a[-1]
            elif op == "Tm":
                tm = list(a[-6:])
                tlm = list(tm)
            elif op in ("Td", "TD"):
                dx, dy = a[-2], a[-1]
                if op == "TD":
                    tl = -dy
                tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] + dx * tlm[0] + dy * tlm[2],
                       tlm[5] + dx * tlm[1] + dy * tlm[3]]
                tm = list(tlm)
            elif op == "T*":
                tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] - tl * tlm[2], tlm[5] - tl * tlm[3]]
                tm = list(tlm)
            elif op == "TL":
                tl = a[-1]
            elif op == "Tw":
                tw = a[-1]
            elif op == "Tc":
                tc = a[-1]
            elif op == "Tj":
                show([a[-1]])
            elif op == "TJ":
                show(a[-1])
            elif op in ("'", '"'):
                if op == '"':
                    tw, tc = a[-3], a[-2]
                tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] - tl * tlm[2], tlm[5] - tl * tlm[3]]
                tm = list(tlm)
                show([a[-1]])
            stack = []
    return frags


def pdf_lines(data):
    objs = pdf_objects(data)
    root = ref(data[data.rindex(b"trailer"):], b"Root")
    pages_id = ref(objs[root][0], b"Pages")

    def kids(n):
        body = objs[n][0]
        if b"/Type/Pages" in body.replace(b" /", b"/"):
            for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", body, re.S).group(1)):
                yield from kids(int(k))
        else:
            yield n

    pages = []
    for pn in kids(pages_id):
        body = objs[pn][0]
        fonts = {}
        fd = re.search(rb"/Font\s*<<(.*?)>>", body, re.S).group(1)
        for name, fid in re.findall(rb"/([^\s/]+)\s+(\d+) 0 R", fd):
            fb = objs[int(fid)][0]
            fc = int(re.search(rb"/FirstChar\s+(\d+)", fb).group(1))
            wid = [float(v) for v in re.search(rb"/Widths\s*\[(.*?)\]", fb, re.S).group(1).split()]
            fonts[name.decode()] = (fc, wid)
        content = objs[ref(body, b"Contents")][1]
        frags = page_fragments(content, fonts)
        lines, cur = [], None
        for x0, x1, y, size, text in frags:
            if cur and abs(y - cur[2]) < 1.0 and -1.0 <= x0 - cur[1] <= 1.0 * size:
                sep = " " if x0 - cur[1] > 0.2 * size else ""
                cur = [cur[0], x1, y, cur[3] + sep + text]
            else:
                if cur:
                    lines.append(cur[3])
                cur = [x0, x1, y, text]
        if cur:
            lines.append(cur[3])
        pages.append(lines)
    return pages


# ---------------------------------------------------------------- HTML
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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        pages = pdf_lines(open(full, "rb").read())
        return [ws(l) for p in pages for l in p if l.strip()]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


def check_pdf(problems):
    path = DOCS["harappan-cities-ncert-chapter"][0]
    data = open(os.path.join(ROOT, path), "rb").read()
    for mark, what in ((b"%PDF-1.", "PDF header"), (b"/Creator(Adobe InDesign", "InDesign creator"),
                       (b"/Producer(Adobe PDF Library", "PDF Library producer"),
                       (b"<x:xmpmeta", "XMP metadata packet"), (b"/FlateDecode", "Flate streams"),
                       (b"/WinAnsiEncoding", "WinAnsi fonts"), (b"/TrimBox", "trim boxes"),
                       (b"startxref", "xref table")):
        if mark not in data:
            problems.append("pdf: no %s" % what)
    pages = pdf_lines(data)
    if len(pages) < 4:
        problems.append("pdf: only %d pages" % len(pages))
    for i, lines in enumerate(pages):
        no = i + 1
        if "Reprint 2025-26" not in lines:
            problems.append("pdf: page %d has no Reprint foot line" % no)
        if no == 1:
            continue
        head = "TRACING OUR PAST" if no % 2 == 0 else "CITIES OF STONE AND BRICK"
        if head not in lines or str(no) not in lines:
            problems.append("pdf: page %d lacks its running head %r or page number" % (no, head))
    flat = [l for p in pages for l in p]
    for pat, what in ((r"^1\.\d ", "numbered sub-headings"), (r"^Box 1\.\d ", "Box panels"),
                      (r"^Fig\. 1\.\d ", "figure captions"), (r"^Let\u2019s recall$", "Let's recall notes"),
                      (r"^Exercises$", "Exercises"), (r"^Glossary$", "Glossary"),
                      (r"\u201c|\u2019|\u2013", "curly quotes and dashes")):
        n = sum(1 for l in flat if re.search(pat, l))
        if n == 0:
            problems.append("pdf: no %s" % what)


def check_html(problems):
    page = open(os.path.join(ROOT, DOCS["dholavira-wikipedia"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(0039)https://en.wikipedia.org/wiki/Dholavira -->", "skin-vector-2022",
                 "./Dholavira - Wikipedia_files/", 'id="vector-toc"', 'class="vector-toc-link"',
                 'role="note" class="hatnote', 'class="infobox ib-archaeological-site', 'class="mw-editsection"',
                 'class="reference"', '<h2 id="See_also">', 'class="references"', 'class="navbox"',
                 'id="catlinks"', 'id="footer-info-lastmod"', "mw-collapsed", "RLCONF="):
        if mark not in page:
            problems.append("wikipedia: no %s" % mark)


def check_keep(problems):
    raw = open(os.path.join(ROOT, DOCS["ivc-dholavira-keep-note"][0]), "rb").read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or raw.endswith(b"\n"):
        problems.append("keep: BOM, CR or final newline present")
    if not lines[0].strip() or lines[1] != "":
        problems.append("keep: no title line followed by an empty line")
    if sum(1 for l in lines if l.startswith("\u2022 ")) < 60:
        problems.append("keep: too few bullets")
    if not re.search("[\U0001F300-\U0001FAFF]", text) or "\ufe0f" not in text:
        problems.append("keep: no emoji")
    if not any(l.endswith(" ") for l in lines):
        problems.append("keep: no trailing-space line")
    news = lines.index("\U0001F4F0 news 2023-25") if "\U0001F4F0 news 2023-25" in lines else -1
    if news < 0 or not re.match(r"\u2022 \d+ \w{3} 2023", lines[news + 1]):
        problems.append("keep: no dated news 2023-25 list")
    for w in ("kyunki", "hai", "karo", "ka "):
        if w not in text:
            problems.append("keep: no Hinglish %r" % w)


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
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(problems)
    check_html(problems)
    check_keep(problems)
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
