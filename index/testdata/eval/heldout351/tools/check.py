#!/usr/bin/python3
"""Check the heldout351 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word-exported PDF: the pages in /Kids order, each page's FlateDecode content stream read
    for Tf / Tm / TJ / Tj; WinAnsi strings decoded as cp1252, the SymbolMT bullet through its
    ToUnicode map (U+F0B7); text pieces on one baseline joined left to right into one line (a
    space between pieces unless one side already has it; a TJ gap wider than 0.2 em is a space);
    one unit per line, so the running header, the page numbers and the Contents lines with
    their dot leaders are units too;
  - Medium .html: one unit per block element's visible text (script, style, svg and noscript
    skipped), as in the earlier sets;
  - TextEdit .rtf: one unit per paragraph (\\par or backslash-newline), with \\'xx read as
    cp1252, \\uN as Unicode, TAB and \\tab as a tab, and the {\\listtext ...} markers kept (a
    reader shows them); the font, colour and list tables and other \\* destinations skipped.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    PDF's Word producer, tags, outlines, Contents links, header artifacts, fonts and page
    furniture; the Medium page's title, subtitle, byline, clap and response counts, figures,
    quotes, author card, "More from" cards and state scripts, and no member-only banner; the
    RTF's Cocoa header, list tables, \\ls items, bold size-only headings and the tab table);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_medium.py and tools/make_rtf.py re-make the documents byte for
    byte (each is run into a temporary file; the committed file is never touched).
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
    "ndma-thunderstorm-lightning-guidelines": ("docs/ndma-thunderstorm-lightning-guidelines.pdf", "make_pdf.py"),
    "medium-why-lightning-kills-so-many-indians": ("docs/medium-why-lightning-kills-so-many-indians.html",
                                                   "make_medium.py"),
    "lightning-thunderstorm-textedit-notes": ("docs/lightning-thunderstorm-textedit-notes.rtf", "make_rtf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "pre"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---- PDF ---------------------------------------------------------------------------------------
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\r?\n", data):
        n = int(m.group(1))
        start = m.end()
        lm = re.match(rb"<<.*?/Length (\d+)", data[start:start + 400], re.S)
        sm = data.find(b"stream\r\n", start, start + 600)
        if lm and sm != -1 and data[start:sm].count(b"endobj") == 0:
            length = int(lm.group(1))
            body = data[start:sm]
            stream = data[sm + 8:sm + 8 + length]
            if b"/FlateDecode" in body:
                stream = zlib.decompress(stream)
            objs[n] = (body, stream)
        else:
            end = data.find(b"endobj", start)
            objs[n] = (data[start:end], None)
    return objs


TOKEN = re.compile(rb"\s*(?:(%[^\r\n]*)|(\()|(<<|>>)|(<[0-9A-Fa-f\s]*>)|(\[|\])|(/[^\s/\[\]()<>{}%]*)|"
                   rb"([-+]?\d*\.?\d+)|([A-Za-z'\"*][A-Za-z0-9*']*))")


def literal(buf, i):
    depth, out = 1, bytearray()
    while True:
        c = buf[i]
        i += 1
        if c == 0x5C:
            n = buf[i]
            i += 1
            esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
            if n in esc:
                out.append(esc[n])
            elif 0x30 <= n <= 0x37:
                j = i - 1
                while j < i + 2 and 0x30 <= buf[j] <= 0x37:
                    j += 1
                out.append(int(buf[i - 1:j], 8) & 255)
                i = j
            elif n in (0x0D, 0x0A):
                pass
            else:
                out.append(n)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i
            out.append(c)
        else:
            out.append(c)


def pdf_lines(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rfind(b"trailer"):]).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root][0]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", objs[pages_ref][0]).group(1))]
    lines_out = []
    for pg in kids:
        body = objs[pg][0]
        fonts = {}
        fm = re.search(rb"/Font<<(.*?)>>", body)
        for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
            fbody = objs[int(ref)][0]
            cmap = None
            tu = re.search(rb"/ToUnicode (\d+) 0 R", fbody)
            if tu:
                cmap = {}
                for a, b in re.findall(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4})>", objs[int(tu.group(1))][1]):
                    cmap[int(a, 16)] = chr(int(b, 16))
            fonts[name.decode()] = cmap
        content = objs[int(re.search(rb"/Contents (\d+) 0 R", body).group(1))][1]
        segs = []
        stack = []
        font, size, x, y = None, 10.0, 0.0, 0.0

        def decode(b):
            cmap = fonts.get(font)
            if cmap is not None:
                return "".join(cmap.get(c, "") for c in b)
            return b.decode("cp1252", "replace")
        i = 0
        arr = None
        while i < len(content):
            m = TOKEN.match(content, i)
            if not m or m.end() == i:
                i += 1
                continue
            i = m.end()
            comment, lp, dct, hexs, brk, name, number, op = m.groups()
            if comment:
                continue
            if lp:
                s, i = literal(content, i)
                (arr if arr is not None else stack).append(s)
            elif hexs:
                s = bytes.fromhex(re.sub(rb"\s", b"", hexs[1:-1]).decode())
                (arr if arr is not None else stack).append(s)
            elif dct:
                continue
            elif brk == b"[":
                arr = []
            elif brk == b"]":
                stack.append(arr)
                arr = None
            elif name:
                (arr if arr is not None else stack).append(name.decode())
            elif number:
                (arr if arr is not None else stack).append(float(number))
            elif op:
                op = op.decode()
                if op == "Tf":
                    font, size = stack[-2][1:], stack[-1]
                elif op == "Tm":
                    x, y = stack[-2], stack[-1]
                elif op == "Td":
                    x += stack[-2]
                    y += stack[-1]
                elif op == "TJ":
                    text = ""
                    for part in stack[-1]:
                        if isinstance(part, bytes):
                            text += decode(part)
                        elif part < -200:
                            text += " "
                    segs.append((round(y, 1), x, text))
                elif op == "Tj":
                    segs.append((round(y, 1), x, decode(stack[-1])))
                stack = []
        rows = {}
        for yy, xx, t in segs:
            rows.setdefault(yy, []).append((xx, t))
        for yy in sorted(rows, reverse=True):
            parts = sorted(rows[yy], key=lambda p: p[0])
            line = ""
            for _, t in parts:
                if line and not line.endswith(" ") and not t.startswith(" "):
                    line += " "
                line += t
            if ws(line):
                lines_out.append(ws(line))
    return lines_out


# ---- HTML --------------------------------------------------------------------------------------
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

    def handle_startendtag(self, tag, attrs):
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


# ---- RTF ---------------------------------------------------------------------------------------
SKIP_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable",
             "expandedcolortbl", "pict", "header", "footer"}


def rtf_paragraphs(path):
    src = open(path, "rb").read().decode("ascii")
    paras, cur = [], []
    stack = []          # skip flags per group
    skip = False
    uc = 1
    i = 0
    pending_skip = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == "{":
            stack.append((skip, uc))
            i += 1
            if src.startswith("\\*", i):
                skip = True
            else:
                m = re.match(r"\\([a-z]+)", src[i:])
                if m and m.group(1) in SKIP_DEST:
                    skip = True
            continue
        if c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
            continue
        if c == "\\":
            nx = src[i + 1] if i + 1 < n else ""
            if nx in "\\{}":
                if not skip:
                    cur.append(nx)
                i += 2
                continue
            if nx in "\r\n":
                if not skip:
                    paras.append("".join(cur))
                    cur = []
                i += 2
                continue
            if nx == "'":
                if not skip:
                    cur.append(bytes([int(src[i + 2:i + 4], 16)]).decode("cp1252"))
                i += 4
                continue
            if nx == "~":
                if not skip:
                    cur.append("\u00a0")
                i += 2
                continue
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", src[i:])
            if not m:
                i += 2
                continue
            word, arg = m.group(1), m.group(2)
            i += m.end()
            if skip:
                continue
            if word == "par":
                paras.append("".join(cur))
                cur = []
            elif word == "tab":
                cur.append("\t")
            elif word == "line":
                cur.append("\n")
            elif word == "uc":
                uc = int(arg)
            elif word == "u":
                v = int(arg)
                cur.append(chr(v + 65536 if v < 0 else v))
                i += uc
            continue
        if c in "\r\n":
            i += 1
            continue
        if not skip:
            cur.append(c)
        i += 1
    if cur:
        paras.append("".join(cur))
    return [ws(p) for p in paras if ws(p)]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_lines(full)
    if path.endswith(".rtf"):
        return rtf_paragraphs(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ---- format marks ------------------------------------------------------------------------------
def check_marks(units, problems):
    pdf = open(os.path.join(ROOT, DOCS["ndma-thunderstorm-lightning-guidelines"][0]), "rb").read()
    for mark, what in ((b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5", "Word's header"),
                       (b"/Producer(Microsoft\xae Word", "Word producer"),
                       (b"/StructTreeRoot", "structure tree"), (b"/MarkInfo<</Marked true>>", "MarkInfo"),
                       (b"/Outlines", "bookmarks"), (b"/Subtype/Link", "Contents links"),
                       (b"/FlateDecode", "compressed streams"),
                       (b"/BaseFont/ArialMT", "Arial TrueType font"), (b"/ToUnicode", "Symbol bullet map"),
                       (b"x:xmpmeta", "XMP metadata"), (b"/Lang(en-IN)", "document language")):
        if mark not in pdf:
            problems.append("pdf: no %s" % what)
    streams = b"".join(st for _, st in pdf_objects(pdf).values() if st)
    for mark, what in ((b"/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header >>BDC", "header artifacts"),
                       (b"/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer >>BDC", "footer artifacts"),
                       (b"/P <</MCID 0>> BDC", "marked content"), (b"/H2 <</MCID", "tagged headings"),
                       (b"/TD <</MCID", "tagged table cells"), (b" Tw\r\n", "justified lines")):
        if mark not in streams:
            problems.append("pdf: no %s" % what)
    lines = units["ndma-thunderstorm-lightning-guidelines"]
    header = [l for l in lines if l.startswith("NDMA Guidelines: Thunderstorm & Lightning")]
    if len(header) < 8:
        problems.append("pdf: running header on %d pages" % len(header))
    if not any(re.search(r"\.{20,} \d+$", l) for l in lines):
        problems.append("pdf: no Contents line with a dot leader")
    for need in ("Box 1: Types of Lightning", "Table 1: Deaths due to lightning in India", "Glossary", "Foreword",
                 "Member Secretary", "\uf0b7"):
        if not any(need in l for l in lines):
            problems.append("pdf: no %r line" % need)
    if not any(re.fullmatch(r"\d|i|ii", l) for l in lines):
        problems.append("pdf: no page-number lines")
    page = open(os.path.join(ROOT, DOCS["medium-why-lightning-kills-so-many-indians"][0]), encoding="utf-8").read()
    for mark in ('data-testid="storyTitle"', "pw-post-title", "pw-subtitle-paragraph", "pw-multi-vote-count",
                 "pw-responses-count", "pw-author-name", "<figcaption", "<blockquote", 'data-rh="true"',
                 "data-selectable-paragraph", "__APOLLO_STATE__", "application/ld+json", "storyReadTime",
                 "miro.medium.com"):
        if mark not in page:
            problems.append("medium: no %s" % mark)
    if "Member-only story" in page:
        problems.append("medium: has a member-only banner")
    shown = units["medium-why-lightning-kills-so-many-indians"]
    for unit in ("Written by Ritika Sahu", "More from Ritika Sahu", "Recommended from Medium", "Listen", "Share",
                 "1.4K", "Responses (27)", "Text to speech"):
        if unit not in shown:
            problems.append("medium: no %r unit" % unit)
    rtf = open(os.path.join(ROOT, DOCS["lightning-thunderstorm-textedit-notes"][0]), encoding="ascii").read()
    for mark in ("{\\rtf1\\ansi\\ansicpg1252\\cocoartf", "\\cocoatextscaling0\\cocoaplatform0",
                 "\\f1\\fswiss\\fcharset0 Helvetica-Bold;", "{\\*\\expandedcolortbl", "{\\*\\listtable",
                 "{\\*\\listoverridetable", "\\levelmarker \\{disc\\}", "\\levelmarker \\{decimal\\}",
                 "\\levelmarker \\{hyphen\\}", "{\\listtext\t\\uc0\\u8226 \t}", "\\ilvl1", "\\paperw11900",
                 "\\f1\\b\\fs28", "\\pardirnatural\\partightenfactor0", "\\'96", "\\uc0\\u8594 "):
        if mark not in rtf:
            problems.append("rtf: no %r" % mark)
    if not re.search(r"\\pard\\tx2600\\tx4600\\tx6600\\pardirnatural\\partightenfactor0\n.*\t.*\t", rtf):
        problems.append("rtf: no tab-aligned table")
    if "\\s1" in rtf or "\\stylesheet" in rtf:
        problems.append("rtf: has styles (TextEdit notes use none)")


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
