#!/usr/bin/python3
"""Check the heldout379 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Beamer .pdf: the file is parsed as a PDF (object streams, cross-reference stream, Flate
    streams); each page's content stream is run through the text operators (Tf, Td, TJ, ...),
    glyph codes are turned into text through each font's /Differences encoding (or, for the math
    symbol font, the built-in encoding in its embedded Type 1 program) and Unicode glyph names,
    ligatures are unfolded (NFKC), word spaces are read from TJ gaps (-200 or more) and from
    positions, and one unit is one printed line (glyphs sharing a baseline on a page);
  - blog .html: one unit per block element's visible text (script, style, svg, noscript
    skipped), as in a browser's reader view;
  - Org-mode .org: one unit per line, with heading stars and list bullets taken off and each
    table row split into its cells (rule rows such as |---+---| skipped).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's pdfTeX/Beamer structure: PDF-1.5 object and xref streams, Type 1 subsets with
    /Differences, the headline with the section navigation and the footline with the frame
    number on every page, frame titles in the \Large font, triangle bullets, the 4:3 media
    box, bookmarks, link annotations and an overlay frame shipped twice; the
    blog's by-line, figures with captions, footnotes, threaded comments with replies and the
    related-posts sidebar; the Org file's #+TITLE / #+FILETAGS, TODO headings with tags,
    :PROPERTIES: drawers, tables, - lists, *bold* and /italic/, the quote block);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_beamer_pdf.py, tools/make_blog_html.py and tools/make_org.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never
    touched).
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
import unicodedata
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "enso-iod-monsoon-lecture-slides": ("docs/enso-iod-monsoon-lecture-slides.pdf", "make_beamer_pdf.py"),
    "la-nina-2024-25-enso-blog": ("docs/la-nina-2024-25-enso-blog.html", "make_blog_html.py"),
    "enso-iod-revision-notes": ("docs/enso-iod-revision-notes.org", "make_org.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "time", "small", "hr", "img"}
BLOCK.discard("time")
BLOCK.discard("small")
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF reading
class Ref:
    def __init__(self, n):
        self.n = n


class Name(str):
    pass


class Op(str):
    pass


DELIM = b"()<>[]{}/%"
WSP = b" \t\r\n\f\x00"


def lex(data, pos=0):
    """Yield (token, pos_after) over PDF syntax; strings as bytes, names as Name."""
    n = len(data)
    while pos < n:
        c = data[pos]
        if c in WSP:
            pos += 1
            continue
        if c == 0x25:  # comment
            while pos < n and data[pos] not in b"\r\n":
                pos += 1
            continue
        if c == 0x2F:  # name
            j = pos + 1
            while j < n and data[j] not in WSP and data[j] not in DELIM:
                j += 1
            raw = data[pos + 1:j].decode("latin-1")
            raw = re.sub(r"#([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), raw)
            yield Name(raw), j
            pos = j
            continue
        if c == 0x28:  # literal string
            depth, j, out = 1, pos + 1, bytearray()
            while j < n:
                ch = data[j]
                if ch == 0x5C:
                    j += 1
                    e = data[j]
                    if e in b"01234567":
                        k = j
                        while k < j + 3 and k < n and data[k] in b"01234567":
                            k += 1
                        out.append(int(data[j:k], 8) & 0xFF)
                        j = k
                        continue
                    out += {0x6E: b"\n", 0x72: b"\r", 0x74: b"\t", 0x62: b"\b", 0x66: b"\f"}.get(e, bytes([e]))
                    j += 1
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                out.append(ch)
                j += 1
            yield bytes(out), j + 1
            pos = j + 1
            continue
        if data[pos:pos + 2] == b"<<":
            yield "<<", pos + 2
            pos += 2
            continue
        if data[pos:pos + 2] == b">>":
            yield ">>", pos + 2
            pos += 2
            continue
        if c == 0x3C:  # hex string
            j = data.index(b">", pos)
            hx = re.sub(rb"\s", b"", data[pos + 1:j])
            if len(hx) % 2:
                hx += b"0"
            yield bytes.fromhex(hx.decode()), j + 1
            pos = j + 1
            continue
        if c in b"[]{}":
            yield chr(c), pos + 1
            pos += 1
            continue
        j = pos
        while j < n and data[j] not in WSP and data[j] not in DELIM:
            j += 1
        tok = data[pos:j].decode("latin-1")
        if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", tok):
            yield (float(tok) if "." in tok else int(tok)), j
        else:
            yield Op(tok), j
        pos = j


def parse_obj(tokens):
    """Parse one object from a token iterator (list-based, with refs)."""
    tok = tokens.pop(0)
    if tok == "<<":
        d = {}
        while tokens[0] != ">>":
            k = tokens.pop(0)
            d[k] = parse_obj(tokens)
        tokens.pop(0)
        return d
    if tok == "[":
        a = []
        while tokens[0] != "]":
            a.append(parse_obj(tokens))
        tokens.pop(0)
        return a
    if isinstance(tok, int) and len(tokens) >= 2 and isinstance(tokens[0], int) and tokens[1] == "R":
        tokens.pop(0)
        tokens.pop(0)
        return Ref(tok)
    if isinstance(tok, Op) and tok in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[tok]
    return tok


def read_pdf(data):
    objs = {}
    trailer = None
    for m in re.finditer(rb"(?m)^(\d+) 0 obj\s*", data):
        num = int(m.group(1))
        start = m.end()
        toks = []
        end = start
        gen = lex(data, start)
        depth = 0
        for tok, p in gen:
            toks.append(tok)
            end = p
            if tok in ("<<", "["):
                depth += 1
            elif tok in (">>", "]"):
                depth -= 1
            if depth == 0:
                break
        obj = parse_obj(list(toks))
        rest = data[end:end + 20]
        mm = re.match(rb"\s*stream\r?\n", rest)
        if mm and isinstance(obj, dict):
            s0 = end + mm.end()
            length = obj[Name("Length")]
            raw = data[s0:s0 + length]
            filt = obj.get(Name("Filter"))
            if filt == "FlateDecode" or filt == ["FlateDecode"]:
                raw = zlib.decompress(raw)
            objs[num] = (obj, raw)
            if obj.get(Name("Type")) == "XRef":
                trailer = obj
        else:
            objs[num] = (obj, None)
    for num, (obj, raw) in list(objs.items()):
        if isinstance(obj, dict) and obj.get(Name("Type")) == "ObjStm":
            first = obj[Name("First")]
            head = [t for t, _ in lex(raw[:first])]
            for i in range(0, len(head), 2):
                onum, off = head[i], head[i + 1]
                toks = []
                depth = 0
                for tok, p in lex(raw, first + off):
                    toks.append(tok)
                    if tok in ("<<", "["):
                        depth += 1
                    elif tok in (">>", "]"):
                        depth -= 1
                    if depth == 0:
                        break
                objs[onum] = (parse_obj(toks), None)
    return objs, trailer


AGL = {"quoteright": "\u2019", "quoteleft": "\u2018", "quotedblleft": "\u201c",
       "quotedblright": "\u201d", "endash": "\u2013", "emdash": "\u2014", "hyphen": "-",
       "period": ".", "comma": ",", "colon": ":", "semicolon": ";", "parenleft": "(",
       "parenright": ")", "percent": "%", "ampersand": "&", "plus": "+", "equal": "=",
       "slash": "/", "question": "?", "exclam": "!", "bracketleft": "[", "bracketright": "]",
       "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04",
       "ntilde": "\u00f1", "degree": "\u00b0", "minus": "\u2212", "lessequal": "\u2264",
       "greaterequal": "\u2265", "plusminus": "\u00b1", "periodcentered": "\u00b7",
       "arrowright": "\u2192", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
       "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def glyph_text(name):
    if name in AGL:
        return AGL[name]
    if len(name) == 1:
        return name
    m = re.fullmatch(r"uni([0-9A-F]{4})", name)
    return chr(int(m.group(1), 16)) if m else ""


def pdf_units(path, info=None):
    data = open(path, "rb").read()
    objs, trailer = read_pdf(data)

    def get(x):
        while isinstance(x, Ref):
            x = objs[x.n][0]
        return x

    root = get(trailer[Name("Root")])
    pages = []

    def walk(node):
        node = get(node)
        if node.get(Name("Type")) == "Pages":
            for k in node[Name("Kids")]:
                walk(k)
        else:
            pages.append(node)

    walk(root[Name("Pages")])
    font_cache = {}

    def font_info(ref):
        key = ref.n
        if key in font_cache:
            return font_cache[key]
        f = get(ref)
        enc = {}
        e = f.get(Name("Encoding"))
        if e is not None:
            e = get(e)
            code = 0
            for item in e.get(Name("Differences"), []):
                if isinstance(item, int):
                    code = item
                else:
                    enc[code] = str(item)
                    code += 1
        else:
            fd = get(f[Name("FontDescriptor")])
            ffo = fd[Name("FontFile")]
            d, raw = objs[ffo.n]
            clear = raw[:d[Name("Length1")]].decode("latin-1")
            for m in re.finditer(r"dup (\d+) /(\S+) put", clear):
                enc[int(m.group(1))] = m.group(2)
        first = f[Name("FirstChar")]
        widths = get(f[Name("Widths")])
        font_cache[key] = (enc, first, widths)
        return font_cache[key]

    units = []
    if info is not None:
        info["pages"] = len(pages)
        info["sizes"] = []
    for pg in pages:
        res = get(pg[Name("Resources")])
        fonts = get(res.get(Name("Font"), {}))
        content = get(pg[Name("Contents")])
        cref = pg[Name("Contents")]
        raw = objs[cref.n][1]
        glyphs = []   # (y, x0, x1, size, text, space_before)
        stack = []
        tm = [0.0, 0.0]
        tlm = [0.0, 0.0]
        font = None
        size = 0.0
        pending_space = False
        for tok, _ in lex(raw):
            if isinstance(tok, Op):
                if tok == "BT":
                    tm = [0.0, 0.0]
                    tlm = [0.0, 0.0]
                elif tok == "Tf":
                    size = stack[-1]
                    font = font_info(fonts[stack[-2]])
                elif tok in ("Td", "TD"):
                    tlm = [tlm[0] + stack[-2], tlm[1] + stack[-1]]
                    tm = list(tlm)
                elif tok == "Tm":
                    tlm = [stack[-2], stack[-1]]
                    tm = list(tlm)
                elif tok in ("TJ", "Tj"):
                    arr = stack[-1] if tok == "TJ" else [stack[-1]]
                    if isinstance(arr, list) and arr and arr[0] == "[":
                        arr = arr[1:]
                    space = False
                    for item in arr:
                        if isinstance(item, (int, float)):
                            if item <= -200:
                                space = True
                            tm[0] -= item / 1000.0 * size
                            continue
                        if not isinstance(item, bytes):
                            continue
                        enc, first, widths = font
                        for b in item:
                            w = widths[b - first] if 0 <= b - first < len(widths) else 0
                            t = glyph_text(enc.get(b, ""))
                            x0 = tm[0]
                            tm[0] += w / 1000.0 * size
                            glyphs.append((round(tm[1], 1), x0, tm[0], size, t, space))
                            space = False
                    if info is not None:
                        info["sizes"].append(size)
                stack = []
            else:
                if tok == "]":
                    # collapse the array
                    j = len(stack) - 1
                    while stack[j] != "[":
                        j -= 1
                    arr = stack[j + 1:]
                    stack = stack[:j] + [arr]
                else:
                    stack.append(tok)
        lines = {}
        for g in glyphs:
            lines.setdefault(g[0], []).append(g)
        for y in sorted(lines, reverse=True):
            gl = sorted(lines[y], key=lambda g: g[1])
            s = ""
            prev = None
            for g in gl:
                if prev is not None and (g[5] or g[1] - prev[2] > 0.2 * g[3]):
                    s += " "
                s += g[4]
                prev = g
            t = ws(unicodedata.normalize("NFKC", s))
            if t:
                units.append(t)
    return units


# ------------------------------------------------------------------ HTML and Org
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


def org_units(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[-+|]+\|?", s):
                continue
            for cell in s.strip("|").split("|"):
                if cell.strip():
                    out.append(ws(cell))
            continue
        s = re.sub(r"^\*+\s+", "", s)
        s = re.sub(r"^(?:[-+]|\d+[.)])\s+", "", s)
        if s:
            out.append(ws(s))
    return out


def units_of(path, info=None):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full, info)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return org_units(text)


# ------------------------------------------------------------------ format marks
def check_pdf(units, info, problems):
    data = open(os.path.join(ROOT, DOCS["enso-iod-monsoon-lecture-slides"][0]), "rb").read()
    needs = [(data.startswith(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8"), "pdfTeX header"),
             (b"/Type /ObjStm" in data and b"/Type /XRef" in data, "object and xref streams"),
             (b"/Length1 " in data and b"/Length2 " in data, "embedded Type 1 font programs")]
    objs, trailer = read_pdf(data)
    flat = b"\n".join(repr(o[0]).encode() for o in objs.values())
    needs.append((b"'FontFile'" in flat and b"'FontDescriptor'" in flat, "font descriptors with /FontFile"))
    for mark, what in (("'Differences'", "a /Differences encoding"),
                       ("PTEX.Fullbanner", "pdfTeX banner"), ("LaTeX with Beamer class", "Beamer creator"),
                       ("'Outlines'", "bookmarks"), ("'Link'", "link annotations"),
                       ("Navigation", "beamer navigation destinations"), ("362.835", "4:3 media box")):
        needs.append((mark.encode() in flat, what))
    nframes = None
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    # every page: a footline with "n / N", a frame title in the large font, triangle bullets
    pages_with_number = [u for u in units if re.search(r"\b\d+ / (\d+)$", u)]
    if len(pages_with_number) != info["pages"]:
        problems.append("pdf: %d footlines with a frame number for %d pages"
                        % (len(pages_with_number), info["pages"]))
    else:
        nframes = int(re.search(r"/ (\d+)$", pages_with_number[0]).group(1))
        if nframes >= info["pages"]:
            problems.append("pdf: no overlay shipped twice (%d frames, %d pages)" % (nframes, info["pages"]))
    heads = [u for u in units if u.startswith("Basics Indices IOD Monsoon News Practice")]
    if len(heads) != info["pages"]:
        problems.append("pdf: %d headlines with the section navigation for %d pages" % (len(heads), info["pages"]))
    if not any(abs(s - 14.3462) < 0.01 for s in info["sizes"]):
        problems.append("pdf: no frame titles in the \\Large font")
    raw_pages = [raw for o, raw in objs.values() if raw is not None and b" Td[" in raw]
    if not sum(1 for r in raw_pages if b" l 0 " in r and b" l h f Q" in r) >= 10:
        problems.append("pdf: too few pages with triangle bullets")


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["la-nina-2024-25-enso-blog"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=", "Chrome's saved-from comment"),
                       ('class="field field-name-field-byline', "a by-line"),
                       ("<figcaption", "figure captions"), ('class="footnotes"', "footnotes"),
                       ('id="comments"', "a comments section"), ('class="indented"', "comment replies"),
                       ("Related posts", "a related-posts sidebar"), ('class="see-footnote"', "footnote refs")):
        if mark not in page:
            problems.append("html: no %s" % what)
    n_comments = len(re.findall(r'<div class="comment[ "]', page))
    n_replies = page.count('class="indented"')
    if n_comments < 10 or n_replies < 4:
        problems.append("html: only %d comments / %d reply groups" % (n_comments, n_replies))
    if page.count("<figure") < 3:
        problems.append("html: fewer than three figures")


def check_org(problems):
    txt = open(os.path.join(ROOT, DOCS["enso-iod-revision-notes"][0]), encoding="utf-8").read()
    for pat, what in ((r"(?m)^#\+TITLE: ", "#+TITLE"), (r"(?m)^#\+FILETAGS: :\S+:", "#+FILETAGS"),
                      (r"(?m)^\* (TODO|DONE|REVISE|NEXT) .*\s:[\w:]+:$", "TODO headings with tags"),
                      (r"(?m)^\*\* ", "** headings"),
                      (r"(?m)^\s*:PROPERTIES:\n(?:\s*:\w+:.*\n)+\s*:END:$", ":PROPERTIES: drawers"),
                      (r"(?m)^\s*\|[-+]+\|$", "table rules"), (r"(?m)^\s*\| .* \|$", "table rows"),
                      (r"(?m)^\s*- ", "- lists"), (r"(?<![\w*])\*[^*\s][^*\n]*[^*\s]\*(?![\w*])", "*bold*"),
                      (r"(?<![\w/:])/[^/\s][^/\n]*[^/\s]/(?![\w/])", "/italic/"),
                      (r"(?m)^\s*#\+BEGIN_QUOTE\n[\s\S]*?#\+END_QUOTE$", "a quote block")):
        if not re.search(pat, txt):
            problems.append("org: no %s" % what)


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
    info = {}
    units = {}
    for k, v in DOCS.items():
        units[k] = units_of(v[0], info if v[0].endswith(".pdf") else None)
    if "-v" in sys.argv:
        for k, u in units.items():
            print("=" * 20, k)
            for x in u:
                print("  " + x)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["enso-iod-monsoon-lecture-slides"], info, problems)
    check_html(units["la-nina-2024-25-enso-blog"], problems)
    check_org(problems)
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
