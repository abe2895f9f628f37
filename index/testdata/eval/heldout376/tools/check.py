#!/usr/bin/python3
"""Check the heldout376 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - InDesign PDF: the classic xref table is followed to every object; each page's content
    stream (FlateDecode) is run through a small text-operator interpreter (BT/ET, Tf, Tm, Td,
    TD, T*, Tj, TJ, ', ") and the Identity-H glyph codes are mapped through the fonts' ToUnicode
    CMaps (so the fi / fl ligature glyphs read as "fi" / "fl"); one unit per text line, a line
    being what is set between two positioning operators (a column line, a table-cell line, a
    figure label, the running head, the folio), in content-stream order;
  - Mint .html: one unit per block element's visible text (script, style and svg skipped; the
    paywalled part counts, as its text is in the page);
  - Logseq .md: one unit per line, with the outline's tabs and "- " bullet taken off and the
    [[ ]] of page links, ** and == marks dropped (a property line counts as a line).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's header, InDesign / PDF Library producer, XMP packet, embedded Identity-H CID
    TrueType subsets with ToUnicode maps and ligature entries, running heads and folios, two
    text columns, the table, the figures and the shaded box; the saved page's "saved from url"
    comment, JSON-LD with its paywall hasPart, paywall wrapper and overlay, Also Read links,
    cookie banner, share buttons, related stories; the Logseq page's property pre-block,
    tab-nested "- " bullets, collapsed:: and id:: properties, TODO / LATER / NOW / DONE markers,
    a LOGBOOK drawer, [[links]], #tags and headings inside bullets);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_mint.py and tools/make_logseq.py re-make the documents byte
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
    "ev-policy-niti-report-chapter": ("docs/ev-policy-niti-report-chapter.pdf", "make_pdf.py"),
    "pm-e-drive-subsidy-mint-article": ("docs/pm-e-drive-subsidy-mint-article.html", "make_mint.py"),
    "electric-vehicles-logseq-notes": ("docs/electric-vehicles-logseq-notes.md", "make_logseq.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF
DELIM = b"()<>[]{}/%"
WSP = b" \t\r\n\f\0"


class Ref:
    def __init__(self, n):
        self.n = n


def tokens(data, pos=0):
    """Yield (kind, value) tokens of PDF syntax from data[pos:]."""
    n = len(data)
    while pos < n:
        c = data[pos:pos + 1]
        if c in (b" ", b"\t", b"\r", b"\n", b"\f", b"\0"):
            pos += 1
        elif c == b"%":
            while pos < n and data[pos:pos + 1] not in (b"\r", b"\n"):
                pos += 1
        elif data[pos:pos + 2] == b"<<":
            yield "<<", None, pos + 2
            pos += 2
        elif data[pos:pos + 2] == b">>":
            yield ">>", None, pos + 2
            pos += 2
        elif c == b"<":
            end = data.index(b">", pos)
            hx = re.sub(rb"\s", b"", data[pos + 1:end])
            if len(hx) % 2:
                hx += b"0"
            yield "str", bytes.fromhex(hx.decode()), end + 1
            pos = end + 1
        elif c == b"(":
            depth, i, out = 1, pos + 1, bytearray()
            while depth:
                ch = data[i]
                if ch == 0x5C:
                    nx = data[i + 1]
                    esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
                    if nx in esc:
                        out.append(esc[nx])
                        i += 2
                    elif 0x30 <= nx <= 0x37:
                        m = re.match(rb"[0-7]{1,3}", data[i + 1:i + 4])
                        out.append(int(m.group(), 8) & 255)
                        i += 1 + len(m.group())
                    elif nx in (10, 13):
                        i += 2
                    else:
                        out.append(nx)
                        i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if not depth:
                        break
                out.append(ch)
                i += 1
            yield "str", bytes(out), i + 1
            pos = i + 1
        elif c in (b"[", b"]", b"{", b"}"):
            yield c.decode(), None, pos + 1
            pos += 1
        elif c == b"/":
            m = re.match(rb"/[^\s()<>\[\]{}/%]*", data[pos:pos + 200])
            yield "name", m.group()[1:].decode("latin-1"), pos + len(m.group())
            pos += len(m.group())
        else:
            m = re.match(rb"[^\s()<>\[\]{}/%]+", data[pos:pos + 200])
            w = m.group()
            pos += len(w)
            if re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", w):
                yield "num", float(w), pos
            else:
                yield "op", w.decode("latin-1"), pos


def parse_obj(data, pos):
    """Parse one object at pos; returns (value, end)."""
    it = tokens(data, pos)
    stack = [[]]

    def push(v):
        stack[-1].append(v)

    end = pos
    for kind, val, end in it:
        if kind in ("<<", "["):
            stack.append([kind])
        elif kind == ">>":
            items = stack.pop()[1:]
            push({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})
        elif kind == "]":
            push(stack.pop()[1:])
        elif kind == "op" and val == "R":
            gen = stack[-1].pop()
            num = stack[-1].pop()
            push(Ref(int(num)))
        elif kind == "op" and val in ("true", "false", "null"):
            push({"true": True, "false": False, "null": None}[val])
        elif kind == "op":
            push(("op", val))
        else:
            push(val)
        if len(stack) == 1 and stack[0]:
            return stack[0][0], end
    return None, end


class PDF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        sx = int(re.findall(rb"startxref\s+(\d+)", self.data)[-1])
        m = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", self.data[sx:])
        first, count = int(m.group(1)), int(m.group(2))
        p = sx + m.end()
        self.offsets = {}
        for i in range(count):
            ent = self.data[p + 20 * i:p + 20 * i + 20]
            if ent[17:18] == b"n":
                self.offsets[first + i] = int(ent[:10])
        tm = re.search(rb"trailer\s*", self.data[sx:])
        self.trailer, _ = parse_obj(self.data, sx + tm.end())
        self.cache = {}

    def obj(self, n):
        if isinstance(n, Ref):
            n = n.n
        if n in self.cache:
            return self.cache[n]
        off = self.offsets[n]
        m = re.match(rb"\d+\s+\d+\s+obj\s*", self.data[off:])
        val, end = parse_obj(self.data, off + m.end())
        stream = None
        sm = re.match(rb"\s*stream\r?\n", self.data[end:end + 20])
        if isinstance(val, dict) and sm:
            start = end + sm.end()
            ln = self.get(val.get("Length"))
            raw = self.data[start:start + int(ln)]
            f = val.get("Filter")
            stream = zlib.decompress(raw) if f == "FlateDecode" or f == ["FlateDecode"] else raw
        self.cache[n] = (val, stream)
        return self.cache[n]

    def get(self, v):
        return self.obj(v)[0] if isinstance(v, Ref) else v

    def pages(self):
        root = self.get(self.trailer["Root"])
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)

        walk(root["Pages"])
        return out


def cmap_of(data):
    text = data.decode("latin-1")
    m = {}
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


def pdf_units(full):
    pdf = PDF(full)
    units = []
    for page in pdf.pages():
        res = pdf.get(page["Resources"])
        fonts = {}
        for name, ref in pdf.get(res.get("Font", {})).items():
            fdict = pdf.get(ref)
            tu = fdict.get("ToUnicode")
            fonts[name] = cmap_of(pdf.obj(tu)[1]) if tu else {}
        contents = page["Contents"]
        if not isinstance(contents, list):
            contents = [contents]
        data = b"".join(pdf.obj(c)[1] + b"\n" for c in contents)
        cur, font, operands = [], {}, []

        def newline():
            t = ws("".join(cur))
            if t:
                units.append(t)
            cur.clear()

        def show(s):
            for i in range(0, len(s) - 1, 2):
                cur.append(font.get(s[i] * 256 + s[i + 1], ""))

        stack = []
        for kind, val, _ in tokens(data):
            if kind in ("[", "<<"):
                stack.append([])
                continue
            if kind in ("]", ">>"):
                arr = stack.pop()
                (stack[-1] if stack else operands).append(arr)
                continue
            if stack:
                stack[-1].append(val)
                continue
            if kind != "op":
                operands.append(val)
                continue
            op = val
            if op in ("BT", "ET", "Tm", "Td", "TD", "T*"):
                newline()
            elif op == "Tf":
                font = fonts.get(operands[0], {})
            elif op == "Tj":
                show(operands[-1])
            elif op in ("'", '"'):
                newline()
                show(operands[-1])
            elif op == "TJ":
                for el in operands[-1]:
                    if isinstance(el, bytes):
                        show(el)
            operands = []
        newline()
    return units, pdf


# ------------------------------------------------------------------ HTML / Markdown
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


def md_units(text):
    out = []
    for line in text.split("\n"):
        t = re.sub(r"^\t*(- |-$)?", "", line).strip()
        t = t.replace("[[", "").replace("]]", "").replace("**", "").replace("==", "")
        t = ws(t)
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)[0]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ------------------------------------------------------------------ format marks
def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["ev-policy-niti-report-chapter"][0])
    _, pdf = pdf_units(full)
    raw = pdf.data
    needs = [(raw.startswith(b"%PDF-1.4\r%\xe2\xe3\xcf\xd3"), "PDF 1.4 header with binary comment"),
             (b"/Creator(Adobe InDesign" in raw and b"/Producer(Adobe PDF Library" in raw, "InDesign Info dictionary"),
             (b"<xmp:CreatorTool>Adobe InDesign" in raw and b"<?xpacket end=" in raw, "XMP packet"),
             (raw.count(b"/Subtype/CIDFontType2") >= 3 and b"/Encoding/Identity-H" in raw, "CID TrueType fonts"),
             (raw.count(b"/FontFile2") >= 3, "embedded font programs"),
             (len(re.findall(rb"/BaseFont/[A-Z]{6}\+", raw)) >= 6, "subset font names"),
             (b"/ArtBox" in raw and b"/TrimBox" in raw and b"/BleedBox" in raw, "InDesign page boxes")]
    lig = False
    for n in pdf.offsets:
        val, stream = pdf.obj(n)
        if stream and b"beginbfchar" in stream and (b"<00660069>" in stream or b"<0066006C>" in stream):
            lig = True
    needs.append((lig, "ToUnicode entries for fi / fl ligature glyphs"))
    pages = pdf.pages()
    needs.append((len(pages) >= 3, "three or more pages"))
    for label in ("Electric Mobility in India: Status and Pathways",
                  "Chapter 3: Policy Architecture for Electric Mobility", "41", "42", "43"):
        needs.append((label in units, "running head / folio %r" % label))
    for prefix in ("Table 3.1:", "Figure 3.1:", "Figure 3.2:", "Box 3.1:", "Source:"):
        needs.append((any(u.startswith(prefix) for u in units), "%r line" % prefix))
    # two text columns: body lines start at two x positions on a page
    xs = set()
    for page in pages:
        data = b"".join(pdf.obj(c)[1] for c in ([page["Contents"]] if not isinstance(page["Contents"], list)
                                                   else page["Contents"]))
        for m in re.finditer(rb"9\.3 0 0 9\.3 ([\d.]+) [\d.]+ Tm", data):
            xs.add(round(float(m.group(1))))
        if b"re f" not in data:
            problems.append("pdf: a page without filled rectangles")
    needs.append((len(xs) >= 2, "two text columns"))
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["pm-e-drive-subsidy-mint-article"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", 'http-equiv="Content-Type"', 'application/ld+json',
                 '"isAccessibleForFree":"False"', '"cssSelector":".paywall"', 'class="paywall ',
                 'id="paywallOverlay"', 'id="cookieConsent"', 'aria-label="Share on WhatsApp"',
                 'aria-label="Copy link"', "_files/", '<script id="__NEXT_DATA__"', 'property="og:title"'):
        if mark not in page:
            problems.append("html: no %s" % mark)
    for unit in ("Also Read |", "Related Stories", "Trending Stories", "This is a Premium story",
                 "Subscribe Now", "Listen to this article", "Catch all the Industry News", "Topics"):
        if not any(u.startswith(unit) for u in units):
            problems.append("html: no %r unit" % unit)
    if sum(1 for u in units if u.startswith("Also Read |")) < 2:
        problems.append("html: fewer than two Also Read links")


def check_md(units, problems):
    text = open(os.path.join(ROOT, DOCS["electric-vehicles-logseq-notes"][0]), encoding="utf-8").read()
    lines = text.split("\n")
    head = []
    for ln in lines:
        if not ln:
            break
        head.append(ln)
    for prop in ("title::", "tags::", "source::"):
        if not any(h.startswith(prop) for h in head):
            problems.append("md: page property %s missing from the pre-block" % prop)
    body = lines[len(head) + 1:]
    for i, ln in enumerate(body):
        if not re.match(r"^\t*(- |-$)", ln) and not re.match(r"^\t*  \S", ln):
            problems.append("md: line %d is neither a tab-nested bullet nor a block line: %r" % (i, ln[:40]))
    if any(re.match(r"^ +- ", ln) for ln in body):
        problems.append("md: bullets indented with spaces")
    for mark, what in (("\t- ", "nested bullets"), ("  collapsed:: true", "collapsed:: properties"),
                       ("  id:: ", "id:: properties"), ("- TODO ", "TODO marker"), ("- DONE ", "DONE marker"),
                       ("- LATER ", "LATER marker"), ("- NOW ", "NOW marker"), (":LOGBOOK:", "LOGBOOK drawer"),
                       ("SCHEDULED: <", "SCHEDULED line"), ("[[", "page links"), (" #", "#tags"),
                       ("- ## ", "headings in bullets"), ("((", "block reference"), ("{{query", "query macro")):
        if mark not in text:
            problems.append("md: no %s" % what)
    if text.startswith("\ufeff") or "\r" in text:
        problems.append("md: BOM or CR line ends")


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
    check_pdf(units["ev-policy-niti-report-chapter"], problems)
    check_html(units["pm-e-drive-subsidy-mint-article"], problems)
    check_md(units["electric-vehicles-logseq-notes"], problems)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
