#!/usr/bin/python3
"""Check the heldout377 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Google Docs PDF: the cross-reference table and objects are parsed, content streams inflated,
    Identity-H glyph ids mapped through each font's ToUnicode CMap, and the text runs of a page
    grouped into lines by their baseline (runs on one line joined in x order, with a space where
    the /W widths leave a gap, as between two table cells); one unit per line;
  - Drishti-style .html: one unit per block element's visible text (script, style, svg and
    noscript skipped; <br> breaks a unit);
  - WordPad .rtf: one unit per \\par paragraph, with \\'hh read as code page 1252, \\uN as the
    character N (its ? fallback skipped), \\tab as a tab, the {\\pntext ...} bullet or number kept
    and the destinations (\\fonttbl, \\colortbl, {\\* ...}) skipped.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's Skia producer, Identity-H fonts with ToUnicode and embedded subsets, heading sizes,
    solid and hollow bullets, the two-column table, a link, page numbers alone at the foot of
    every page and no running head; the page's site header and menu, breadcrumb, "Why in News?",
    "Key Points", "Drishti Mains Question", tag links, "PT 365" banner, footer links, CKEditor
    entities and CRLF body; the RTF's font table, \\b headings, \\par paragraphs, \\pntext
    bullets and numbers, \\'hh and \\uN? escapes, the Riched20 generator and the trailing NUL);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_drishti.py and tools/make_rtf.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
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
    "project-tiger-ntca-notes": ("docs/project-tiger-ntca-notes.pdf", "make_pdf.py"),
    "madhav-tiger-reserve-drishti": ("docs/madhav-tiger-reserve-drishti.html", "make_drishti.py"),
    "human-tiger-conflict-wordpad": ("docs/human-tiger-conflict-wordpad.rtf", "make_rtf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF
class PDF:
    DELIM = b"()<>[]{}/%"

    def __init__(self, data):
        self.data = data
        self.cache = {}
        sx = data.rindex(b"startxref")
        pos = int(data[sx + 9:].split()[0])
        assert data[pos:pos + 4] == b"xref"
        lines = data[pos:].split(b"\n")
        start, count = map(int, lines[1].split())
        self.offsets = {}
        for i in range(count):
            off, _gen, kind = lines[2 + i].split()[:3]
            if kind == b"n":
                self.offsets[start + i] = int(off)
        tpos = data.index(b"trailer", pos)
        self.trailer, _ = self.parse(tpos + 7)

    def skip_ws(self, p):
        d = self.data
        while p < len(d):
            if d[p:p + 1] in b" \t\r\n\f\0":
                p += 1
            elif d[p:p + 1] == b"%":
                while p < len(d) and d[p:p + 1] not in b"\r\n":
                    p += 1
            else:
                break
        return p

    def parse(self, p):
        d = self.data
        p = self.skip_ws(p)
        c = d[p:p + 1]
        if d[p:p + 2] == b"<<":
            p += 2
            out = {}
            while True:
                p = self.skip_ws(p)
                if d[p:p + 2] == b">>":
                    return out, p + 2
                k, p = self.parse(p)
                v, p = self.parse(p)
                out[k] = v
        if c == b"[":
            p += 1
            out = []
            while True:
                p = self.skip_ws(p)
                if d[p:p + 1] == b"]":
                    return out, p + 1
                v, p = self.parse(p)
                out.append(v)
        if c == b"/":
            q = p + 1
            while q < len(d) and d[q:q + 1] not in b" \t\r\n\f" and d[q:q + 1] not in self.DELIM:
                q += 1
            return ("name", d[p + 1:q].decode("latin-1")), q
        if c == b"(":
            depth, q, buf = 1, p + 1, bytearray()
            while depth:
                ch = d[q:q + 1]
                if ch == b"\\":
                    buf += d[q + 1:q + 2]
                    q += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                q += 1
            return bytes(buf), q + 1
        if c == b"<":
            q = d.index(b">", p)
            return bytes.fromhex(d[p + 1:q].decode("latin-1")), q + 1
        m = re.compile(rb"(-?[0-9.]+)\s+(\d+)\s+R").match(d, p)
        if m and b"." not in m.group(1):
            return ("ref", int(m.group(1))), m.end()
        m = re.compile(rb"[^\s()<>\[\]{}/%]+").match(d, p)
        tok = m.group(0)
        try:
            return (float(tok) if b"." in tok else int(tok)), m.end()
        except ValueError:
            return tok.decode("latin-1"), m.end()

    def obj(self, n):
        if n in self.cache:
            return self.cache[n]
        p = self.offsets[n]
        m = re.compile(rb"\d+\s+\d+\s+obj").match(self.data, p)
        val, q = self.parse(m.end())
        q = self.skip_ws(q)
        stream = None
        if self.data[q:q + 6] == b"stream":
            q += 6
            if self.data[q:q + 2] == b"\r\n":
                q += 2
            elif self.data[q:q + 1] == b"\n":
                q += 1
            ln = self.resolve(val[("name", "Length")] if ("name", "Length") in val else val.get(("name", "Length")))
            raw = self.data[q:q + ln]
            filt = val.get(("name", "Filter"))
            stream = zlib.decompress(raw) if filt == ("name", "FlateDecode") else raw
        self.cache[n] = (val, stream)
        return val, stream

    def resolve(self, v):
        if isinstance(v, tuple) and v[0] == "ref":
            return self.obj(v[1])[0]
        return v

    def get(self, d, key):
        return self.resolve(d.get(("name", key)))

    def pages(self):
        root = self.resolve(self.trailer[("name", "Root")])
        out = []

        def walk(node_ref):
            node = self.resolve(node_ref)
            if self.get(node, "Type") == ("name", "Pages"):
                for k in self.get(node, "Kids"):
                    walk(k)
            else:
                out.append(node)
        walk(root[("name", "Pages")])
        return out


def parse_cmap(text):
    m = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(int(c, 16) + k - int(a, 16))
    return m


def content_tokens(data):
    i, n = 0, len(data)
    while i < n:
        c = data[i:i + 1]
        if c in b" \t\r\n\f\0":
            i += 1
        elif c == b"<" and data[i:i + 2] != b"<<":
            j = data.index(b">", i)
            yield ("str", bytes.fromhex(data[i + 1:j].decode("latin-1")))
            i = j + 1
        elif c == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while True:
                ch = data[j:j + 1]
                if ch == b"\\":
                    buf += data[j + 1:j + 2]
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            yield ("str", bytes(buf))
            i = j + 1
        elif c == b"[":
            yield ("[", None)
            i += 1
        elif c == b"]":
            yield ("]", None)
            i += 1
        elif c == b"/":
            m = re.compile(rb"/[^\s()<>\[\]{}/%]*").match(data, i)
            yield ("name", m.group(0)[1:].decode("latin-1"))
            i = m.end()
        else:
            m = re.compile(rb"[^\s()<>\[\]{}/%]+").match(data, i)
            tok = m.group(0)
            i = m.end()
            try:
                yield ("num", float(tok))
            except ValueError:
                yield ("op", tok.decode("latin-1"))


MARK = object()


def pdf_units(full):
    pdf = PDF(open(full, "rb").read())
    units = []
    for page in pdf.pages():
        res = pdf.get(page, "Resources")
        fonts = {}
        for name, ref in pdf.get(res, "Font").items():
            fd = pdf.resolve(ref)
            tu = pdf.obj(fd[("name", "ToUnicode")][1])[1].decode("latin-1")
            desc = pdf.resolve(pdf.get(fd, "DescendantFonts")[0])
            widths, w = {}, pdf.get(desc, "W") or []
            k = 0
            while k < len(w):
                first = w[k]
                if isinstance(w[k + 1], list):
                    for j, v in enumerate(w[k + 1]):
                        widths[first + j] = v
                    k += 2
                else:
                    for g in range(first, w[k + 1] + 1):
                        widths[g] = w[k + 2]
                    k += 3
            fonts[name[1]] = (parse_cmap(tu), widths, pdf.get(desc, "DW") or 0)
        cref = page[("name", "Contents")]
        data = pdf.obj(cref[1])[1]
        runs = []
        stack, font, size, tx, ty = [], None, 0, 0.0, 0.0
        for kind, val in content_tokens(data):
            if kind == "op":
                if val == "Tf":
                    font, size = stack[-2], stack[-1]
                elif val == "Tm":
                    tx, ty = stack[-2], stack[-1]
                elif val == "Td":
                    tx, ty = tx + stack[-2], ty + stack[-1]
                elif val in ("Tj", "TJ"):
                    items = stack[-1] if val == "TJ" else [stack[-1]]
                    cmap, widths, dw = fonts[font]
                    x0, text = tx, ""
                    for it in items:
                        if isinstance(it, bytes):
                            for j in range(0, len(it), 2):
                                g = it[j] * 256 + it[j + 1]
                                text += cmap.get(g, "")
                                tx += widths.get(g, dw) * size / 1000.0
                        else:
                            tx -= it * size / 1000.0
                    runs.append((ty, x0, tx, text, size))
                stack = []
            elif kind == "[":
                stack.append(MARK)
            elif kind == "]":
                arr = []
                while stack[-1] is not MARK:
                    arr.insert(0, stack.pop())
                stack[-1] = arr
            else:
                stack.append(val)
        lines = {}
        for ty, x0, x1, text, size in runs:
            lines.setdefault(round(ty, 1), []).append((x0, x1, text, size))
        for y in sorted(lines):
            parts = sorted(lines[y])
            s, end = "", None
            for x0, x1, text, size in parts:
                if end is not None and x0 - end > size * 0.15 and not s.endswith(" ") and not text.startswith(" "):
                    s += " "
                s += text
                end = x1
            t = ws(s)
            if t:
                units.append(t)
        units.append("\f")  # page end marker, removed below
    return units


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


# ------------------------------------------------------------------ RTF
DESTS = {"fonttbl", "colortbl", "stylesheet", "info", "generator", "pn", "pict", "object", "header",
         "footer", "listtable", "listoverridetable", "themedata", "latentstyles", "datastore"}


def rtf_units(full):
    data = open(full, "rb").read().decode("latin-1")
    units, buf = [], []
    stack = [{"skip": False, "uc": 1}]
    i, n, pending_skip = 0, len(data), 0
    tok = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n\0]+)|([\r\n\0])", re.S)
    first_in_group = False
    while i < n:
        m = tok.match(data, i)
        i = m.end()
        word, arg, hexc, sym, brace, text, nl = m.groups()
        st = stack[-1]
        if brace == "{":
            stack.append(dict(st))
            first_in_group = True
            continue
        if brace == "}":
            stack.pop()
            if not stack:
                break
            first_in_group = False
            continue
        if nl is not None:
            continue
        if sym is not None:
            if sym == "*":
                st["skip"] = True
            elif not st["skip"]:
                if pending_skip:
                    pending_skip -= 1
                else:
                    buf.append({"~": "\u00a0", "-": "", "_": "-"}.get(sym, sym))
            first_in_group = False
            continue
        if word is not None:
            if first_in_group and word in DESTS:
                st["skip"] = True
            first_in_group = False
            if st["skip"]:
                continue
            if word == "par":
                units.append(ws("".join(buf)))
                buf = []
            elif word == "tab":
                buf.append("\t")
            elif word == "line":
                buf.append("\n")
            elif word == "uc":
                st["uc"] = int(arg)
            elif word == "u":
                v = int(arg)
                buf.append(chr(v + 65536 if v < 0 else v))
                pending_skip = st["uc"]
            continue
        first_in_group = False
        if st["skip"]:
            continue
        if hexc is not None:
            if pending_skip:
                pending_skip -= 1
            else:
                buf.append(bytes([int(hexc, 16)]).decode("cp1252", errors="replace"))
            continue
        if text is not None:
            if pending_skip:
                drop = min(pending_skip, len(text))
                text = text[drop:]
                pending_skip -= drop
            buf.append(text)
    if ws("".join(buf)):
        units.append(ws("".join(buf)))
    return [u for u in units if u]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [u for u in pdf_units(full) if u != "\f"]
    if path.endswith(".rtf"):
        return rtf_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ------------------------------------------------------------------ format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["project-tiger-ntca-notes"][0])
    raw = open(full, "rb").read()
    pdf = PDF(raw)
    info = pdf.resolve(pdf.trailer[("name", "Info")])
    prod = info.get(("name", "Producer"), b"")
    needs = [(raw.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "Skia's PDF 1.4 header"),
             (b"Google Docs Renderer" in prod and prod.startswith(b"Skia/PDF"), "Skia / Google Docs producer"),
             (set(k[1] for k in info) == {"Title", "Producer"}, "an Info dictionary with Title and Producer only"),
             (b"/Identity-H" in raw and b"/ToUnicode" in raw and b"/FontFile2" in raw, "Identity-H fonts with ToUnicode"),
             (b"AAAAAA+ArialMT" in raw and b"BAAAAA+Arial-BoldMT" in raw, "subset-tagged Arial fonts"),
             (b"/S /URI" in raw, "a link annotation"),
             (raw.endswith(b"%%EOF"), "%%EOF at the end")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    streams = b"".join(pdf.obj(p[("name", "Contents")][1])[1] for p in pdf.pages())
    for size, what in ((b"26.666666 Tf", "Heading 1 (20 pt)"), (b"21.333334 Tf", "Heading 2 (16 pt)"),
                       (b"34.666668 Tf", "Title (26 pt)"), (b".75 0 0 .75 0 0 cm", "the px-to-pt scale")):
        if size not in streams:
            problems.append("pdf: no %s" % what)
    units = pdf_units(full)
    pages, cur = [], []
    for u in units:
        if u == "\f":
            pages.append(cur)
            cur = []
        else:
            cur.append(u)
    if len(pages) < 3:
        problems.append("pdf: fewer than three pages")
    for n, pg in enumerate(pages, 1):
        if not pg or pg[-1] != str(n):
            problems.append("pdf: page %d does not end with its page number" % n)
    tops = [pg[0] for pg in pages[1:] if pg]
    if len(set(tops)) != len(tops):
        problems.append("pdf: a running head repeats at the top of pages")
    flat = [u for pg in pages for u in pg]
    if not any(u.startswith("\u25cf ") for u in flat) or not any(u.startswith("\u25cb ") for u in flat):
        problems.append("pdf: no solid and hollow bullets")
    if "Core / critical tiger habitat (CTH) Buffer zone" not in flat:
        problems.append("pdf: no two-column table header")


def check_html(problems, units):
    page = open(os.path.join(ROOT, DOCS["madhav-tiger-reserve-drishti"][0]), encoding="utf-8", newline="").read()
    for mark, what in (('class="navbar-nav', "site menu"), ('class="breadcrumb"', "breadcrumb"),
                       ('class="tags-new"', "tag links"), ('class="pt365-banner"', "PT 365 banner"),
                       ('<footer class="footer">', "footer"), ("&rsquo;", "CKEditor entities"),
                       ("</li>\r\n", "CRLF article body"), ("application/ld+json", "JSON-LD"),
                       ("googletagmanager", "tag manager")):
        if mark not in page:
            problems.append("html: no %s" % what)
    for unit in ("Why in News?", "Key Points", "Drishti Mains Question:", "PT 365", "Home", "Daily News Analysis",
                 "Privacy Policy", "Source: PIB"):
        if unit not in units:
            problems.append("html: no %r unit" % unit)
    if sum(1 for u in units if u in ("About Us", "Contact Us", "Careers", "Refund Policy", "Disclaimer",
                                     "Syllabus", "UPPCS", "BPSC", "Mains 365")) < 8:
        problems.append("html: too few footer links")


def check_rtf(problems):
    raw = open(os.path.join(ROOT, DOCS["human-tiger-conflict-wordpad"][0]), "rb").read()
    s = raw.decode("latin-1")
    for mark, what in (("{\\rtf1\\ansi\\ansicpg1252", "RTF header"), ("{\\fonttbl", "font table"),
                       ("{\\*\\generator Riched20", "WordPad's generator"), ("\\b\\fs24 ", "bold headings"),
                       ("\\b0", "bold off"), ("\\par\r\n", "\\par paragraphs with CRLF"),
                       ("{\\pntext\\f1\\'B7\\tab}", "\\pntext bullets"), ("\\pndec", "a numbered list"),
                       ("\\'96", "\\'hh escapes"), ("\\u8377?", "\\uN? escapes"), ("\\lang1081", "Devanagari run")):
        if mark not in s:
            problems.append("rtf: no %s" % what)
    if not raw.endswith(b"}\r\n\x00"):
        problems.append("rtf: no trailing NUL after the closing brace")


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
    check_html(problems, units["madhav-tiger-reserve-drishti"])
    check_rtf(problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        path = os.path.join(ROOT, fn)
        if not os.path.exists(path):
            problems.append("%s: missing" % fn)
            continue
        with open(path, encoding="utf-8") as f:
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    path = os.path.join(ROOT, "oos.jsonl")
    lines = []
    if not os.path.exists(path):
        problems.append("oos.jsonl: missing")
    else:
        with open(path, encoding="utf-8") as f:
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
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for k, v in DOCS.items():
            print("=====", v[0])
            for u in units_of(v[0]):
                print(u)
        sys.exit(0)
    sys.exit(main())
