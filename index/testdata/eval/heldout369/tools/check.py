#!/usr/bin/python3
"""Check the heldout369 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word "Save as PDF" pamphlet (.pdf): the page tree is walked in order, each page's content
    streams inflated and their text operators (Tf, Tm, Td, TD, T*, Tj, TJ, ', ") run with the
    fonts' WinAnsiEncoding and Widths; text is grouped into lines by baseline and read top to
    bottom, left to right (a gap wider than a point between two pieces reads as a space). One
    unit per line, footers included, as pdftotext reads it;
  - The Hindu page saved by Chrome (.html): one unit per block element's visible text (script,
    style, svg and noscript skipped; the hidden subscription wall counts, as its text is in the
    page);
  - Notepad notes (.txt): one unit per line (CRLF line ends).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's header and binary comment, Word's producer in UTF-16, tagged structure tree with
    list tags, embedded subset Calibri and Calibri-Bold TrueType fonts, A4 MediaBox, the filled
    title band, the boxed panel, the two-level list labels "1." / "a)", a "Page X of Y" footer on
    every page with the helpline; the saved page's DOCTYPE, "saved from url" comment, Chrome's
    Content-Type meta, "_files/" resources, mega-menu, subscription wall, in-article ALSO READ
    links, "Published - " dateline, h2 question subheads, author bio, comments block and footer;
    the notes' CRLF endings without a BOM, '=' and '-' underlines, '->' bullets, the
    abbreviations LA, NLA, SLSA, DLSA and the "CA 2024-25" block of dated lines);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_hindu_html.py and tools/make_notepad.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit of every document)
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
    "kslsa-legal-aid-lok-adalat-pamphlet": ("docs/kslsa-legal-aid-lok-adalat-pamphlet.pdf", "make_pdf.py"),
    "lok-adalats-explained-the-hindu": ("docs/lok-adalats-explained-the-hindu.html", "make_hindu_html.py"),
    "legal-aid-nalsa-lok-adalat-notes": ("docs/legal-aid-nalsa-lok-adalat-notes.txt", "make_notepad.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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


# ---------------------------------------------------------------- PDF
TOKEN = re.compile(rb"\s*(?:(%[^\r\n]*)|(\()|(<<)|(>>)|(<[0-9A-Fa-f\s]*>)|(\[)|(\])|(/[^\s/\[\]()<>{}%]*)|"
                   rb"([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*][A-Za-z0-9'\"*]*))")


def pdf_literal(data, i):
    """Reads a literal string starting after its '('; returns (bytes, next index)."""
    out, depth = bytearray(), 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:
            n = data[i + 1]
            esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
            if n in esc:
                out.append(esc[n]); i += 2
            elif 0x30 <= n <= 0x37:
                m = re.match(rb"[0-7]{1,3}", data[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF); i += 1 + len(m.group(0))
            elif n in (0x0D, 0x0A):
                i += 2
            else:
                out.append(n); i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(c)
        i += 1
    return bytes(out), i


def tokens(data):
    i = 0
    while i < len(data):
        m = TOKEN.match(data, i)
        if not m or m.end() == i:
            i += 1
            continue
        i = m.end()
        if m.group(1):
            continue
        if m.group(2):
            s, i = pdf_literal(data, i)
            yield ("str", s)
        elif m.group(3):
            yield ("<<", None)
        elif m.group(4):
            yield (">>", None)
        elif m.group(5):
            h = re.sub(rb"\s", b"", m.group(5)[1:-1])
            if len(h) % 2:
                h += b"0"
            yield ("str", bytes.fromhex(h.decode()))
        elif m.group(6):
            yield ("[", None)
        elif m.group(7):
            yield ("]", None)
        elif m.group(8):
            yield ("name", m.group(8)[1:].decode("latin-1"))
        elif m.group(9):
            yield ("num", float(m.group(9)))
        else:
            yield ("op", m.group(10).decode("latin-1"))


class PDF:
    def __init__(self, data):
        self.data = data
        self.objs = {}
        for m in re.finditer(rb"(?<![0-9])(\d+) (\d+) obj\b", data):
            self.objs[int(m.group(1))] = m.end()

    def raw(self, num):
        start = self.objs[num]
        end = self.data.index(b"endobj", start)
        return self.data[start:end]

    def dict_of(self, num):
        body = self.raw(num)
        k = body.find(b"stream")
        return body[:k] if k >= 0 and b">>" in body[:k] else body

    def ref(self, body, key):
        m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", body)
        return int(m.group(1)) if m else None

    def stream(self, num):
        start = self.objs[num]
        d = self.dict_of(num)
        m = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", d)
        length = int(m.group(1))
        if m.group(2):
            length = int(re.search(rb"\d+", self.raw(length).strip()).group(0))
        k = self.data.index(b"stream", start) + 6
        if self.data[k:k + 2] == b"\r\n":
            k += 2
        elif self.data[k:k + 1] == b"\n":
            k += 1
        s = self.data[k:k + length]
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        return s

    def pages(self):
        root = int(re.search(rb"/Root\s+(\d+) 0 R", self.data[self.data.rfind(b"trailer"):]).group(1))
        out = []

        def walk(num):
            d = self.dict_of(num)
            if re.search(rb"/Type\s*/Pages\b", d):
                kids = re.search(rb"/Kids\s*\[([^\]]*)\]", d).group(1)
                for k in re.findall(rb"(\d+) 0 R", kids):
                    walk(int(k))
            else:
                out.append(num)
        walk(self.ref(self.dict_of(root), b"Pages"))
        return out

    def fonts(self, page):
        d = self.dict_of(page)
        m = re.search(rb"/Font\s*<<(.*?)>>", d, re.S)
        fonts = {}
        for name, num in re.findall(rb"/([^\s/]+)\s*(\d+) 0 R", m.group(1) if m else b""):
            fd = self.dict_of(int(num))
            first = int(re.search(rb"/FirstChar\s+(\d+)", fd).group(1))
            w = re.search(rb"/Widths\s*(?:\[([^\]]*)\]|(\d+) 0 R)", fd)
            arr = w.group(1) if w.group(1) is not None else self.raw(int(w.group(2)))
            widths = [float(x) for x in re.findall(rb"[\d.]+", arr.replace(b"[", b" ").replace(b"]", b" "))]
            fonts[name.decode()] = (first, widths)
        return fonts

    def page_lines(self, page):
        d = self.dict_of(page)
        c = re.search(rb"/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)", d)
        nums = [int(x) for x in re.findall(rb"(\d+) 0 R", c.group(1))] if c.group(1) else [int(c.group(2))]
        data = b"".join(self.stream(n) + b"\n" for n in nums)
        fonts = self.fonts(page)
        pieces = []
        font, size = None, 0.0
        tm = [1, 0, 0, 1, 0, 0]
        lm = [1, 0, 0, 1, 0, 0]
        leading = 0.0
        stack = []

        def show(strings):
            nonlocal tm
            first, widths = fonts[font]
            x0 = tm[4]
            text = []
            for s in strings:
                if isinstance(s, float):
                    tm[4] -= s / 1000.0 * size * tm[0]
                    continue
                for b in s:
                    idx = b - first
                    wdt = widths[idx] if 0 <= idx < len(widths) else 0
                    text.append(bytes([b]).decode("cp1252", errors="replace"))
                    tm[4] += wdt / 1000.0 * size * tm[0]
            pieces.append((round(tm[5], 1), x0, tm[4], "".join(text)))

        for kind, val in tokens(data):
            if kind != "op":
                stack.append((kind, val))
                continue
            args = stack
            stack = []
            if val == "BT":
                tm = [1, 0, 0, 1, 0, 0]
                lm = list(tm)
            elif val == "Tf":
                font, size = args[-2][1], args[-1][1]
            elif val == "Tm":
                tm = [a[1] for a in args[-6:]]
                lm = list(tm)
            elif val in ("Td", "TD"):
                tx, ty = args[-2][1], args[-1][1]
                if val == "TD":
                    leading = -ty
                lm = [lm[0], lm[1], lm[2], lm[3], lm[4] + tx * lm[0], lm[5] + ty * lm[3]]
                tm = list(lm)
            elif val == "TL":
                leading = args[-1][1]
            elif val == "T*":
                lm = [lm[0], lm[1], lm[2], lm[3], lm[4], lm[5] - leading * lm[3]]
                tm = list(lm)
            elif val == "Tj":
                show([args[-1][1]])
            elif val in ("'", '"'):
                lm = [lm[0], lm[1], lm[2], lm[3], lm[4], lm[5] - leading * lm[3]]
                tm = list(lm)
                show([args[-1][1]])
            elif val == "TJ":
                arr, inside = [], False
                for k, v in args:
                    if k == "[":
                        inside = True
                    elif k == "]":
                        break
                    elif inside:
                        arr.append(v)
                show(arr)
        lines = []
        for y, x0, x1, t in sorted(pieces, key=lambda p: (-p[0], p[1])):
            if lines and abs(lines[-1][0] - y) < 2.0:
                lines[-1][1].append((x0, x1, t))
            else:
                lines.append([y, [(x0, x1, t)]])
        out = []
        for y, ps in lines:
            ps.sort()
            s, end = "", None
            for x0, x1, t in ps:
                if end is not None and x0 - end > 1.0 and not s.endswith(" ") and not t.startswith(" "):
                    s += " "
                s += t
                end = x1
            out.append(s)
        return out


def pdf_units(full):
    pdf = PDF(open(full, "rb").read())
    units = []
    for page in pdf.pages():
        for line in pdf.page_lines(page):
            if line.strip():
                units.append(ws(line))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    text = open(full, encoding="utf-8", newline="").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in re.split(r"\r\n|\n", text) if l.strip()]


# ---------------------------------------------------------------- format marks
def check_pdf(units, problems):
    data = open(os.path.join(ROOT, DOCS["kslsa-legal-aid-lok-adalat-pamphlet"][0]), "rb").read()
    pdf = PDF(data)
    streams = b"".join(pdf.stream(int(re.search(rb"/Contents\s*(\d+)", pdf.dict_of(p)).group(1)))
                       for p in pdf.pages())
    word_utf16 = "Microsoft\u00ae Word for Microsoft 365".encode("utf-16-be")
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5"), "PDF 1.7 header with binary comment"),
             (word_utf16 in data, "Word's Creator/Producer in UTF-16"),
             (b"<pdf:Producer>Microsoft" in data, "XMP packet naming Word"),
             (b"/StructTreeRoot" in data and b"/MarkInfo<</Marked true>>" in data, "tagged structure tree"),
             (all(t in data for t in (b"/S/L/", b"/S/LI/", b"/S/Lbl/", b"/S/LBody/", b"/S/H1/")), "list and heading tags"),
             (b"/BaseFont/BCDEEE+Calibri/" in data and b"/BaseFont/BCDFEE+Calibri-Bold/" in data, "subset Calibri fonts"),
             (data.count(b"/FontFile2") == 2 and b"/WinAnsiEncoding" in data, "embedded TrueType fonts"),
             (b"/MediaBox[ 0 0 595.32 841.92]" in data, "A4 MediaBox"),
             (b"0.12157 0.30588 0.47451 rg\n0 " in streams and b"re\nf*" in streams, "filled title band"),
             (b"re\nS" in streams, "stroked panel border"),
             (b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC" in streams, "footer artifacts"),
             ("Who is entitled to free legal aid?" in units, "boxed panel title"),
             (any(re.match(r"1\. \S", u) for u in units) and any(re.match(r"a\) \S", u) for u in units),
              "two-level list labels")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    n = len(pdf.pages())
    for k in range(1, n + 1):
        if not any(u.endswith("Page %d of %d" % (k, n)) and "15100" in u for u in units):
            problems.append("pdf: no footer with helpline and 'Page %d of %d'" % (k, n))


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["lok-adalats-explained-the-hindu"][0]), encoding="utf-8").read()
    for mark in ("<!DOCTYPE html>\n<!-- saved from url=(", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                 "_files/", ".js.download", "mega-menu", 'id="subscriptionWall"', "related-topics-inline",
                 "author-bio", 'id="vuukle-comments"', "<footer", "application/ld+json"):
        if mark not in page:
            problems.append("html: no %r" % mark)
    h2 = re.findall(r"<h2>([^<]*)</h2>", page)
    if len(h2) < 5 or not all(h.endswith("?") for h in h2):
        problems.append("html: the h2 subheads are not all questions")
    for unit in ("Published - ", "Updated - ", "ALSO READ", "Comments", "Copyright"):
        if not any(u.startswith(unit) for u in units):
            problems.append("html: no %r line" % unit)


def check_txt(units, problems):
    raw = open(os.path.join(ROOT, DOCS["legal-aid-nalsa-lok-adalat-notes"][0]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("txt: has a BOM (Notepad saves UTF-8 without one)")
    if re.search(rb"(?<!\r)\n", raw) or b"\r\n" not in raw:
        problems.append("txt: not CRLF throughout")
    text = raw.decode("utf-8")
    lines = text.split("\r\n")
    if not re.fullmatch(r"=+", lines[1]):
        problems.append("txt: title not underlined with '='")
    if sum(1 for l in lines if re.fullmatch(r"-{5,}", l)) < 8:
        problems.append("txt: fewer than 8 '-' underlines")
    if sum(1 for l in lines if l.startswith("->")) < 40:
        problems.append("txt: fewer than 40 '->' bullets")
    for ab in ("LA", "NLA", "SLSA", "DLSA"):
        if not re.search(r"\b%s\b" % ab, text):
            problems.append("txt: abbreviation %s not used" % ab)
    if "CA 2024-25" not in lines:
        problems.append("txt: no 'CA 2024-25' block")
    dated = [l for l in lines if re.match(r"\d\d\.\d\d\.20(24|25) ", l)]
    if len(dated) < 8:
        problems.append("txt: fewer than 8 dated lines in the CA block")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["kslsa-legal-aid-lok-adalat-pamphlet"], problems)
    check_html(units["lok-adalats-explained-the-hindu"], problems)
    check_txt(units["legal-aid-nalsa-lok-adalat-notes"], problems)
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
