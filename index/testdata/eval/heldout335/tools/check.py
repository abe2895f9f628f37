#!/usr/bin/python3
"""Check the heldout335 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Vikaspedia .html (Chrome "Webpage, Complete"): one unit per block element's visible text
    (script, style, svg and noscript skipped; labels, legends, table cells and list items are
    their own units);
  - iA Writer .md: one unit per line, with Markdown marks taken off (heading #s, list and task
    markers, ==highlight==, **bold** and *italic* stars, footnote references [^n] and the
    "[^n]:" of a footnote), a table row split into one unit per cell, the table's rule line
    dropped; content-block lines and the Annotations block are kept as the lines they are;
  - Word .pdf: the file is parsed (objects, the page tree, Flate-compressed content streams)
    and every BT ... ET text object is one unit, its strings (Tj / TJ) decoded with the font's
    encoding (WinAnsi for Calibri, the Symbol bullet as U+2022); TJ numbers are positioning
    only, so the words are those separated by the real spaces in the strings.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the page: the "saved from url" mark, Plone generator, the language selector in Indian
    scripts, breadcrumbs, h2/h3 headings, the table, Related Resources, "Contributed by",
    "Last Modified", the footer's ministry logos' alt text, the feedback form, the "_files"
    links; the note: '# ' title without front matter, content-block lines (.md, .csv, .png),
    "---" section breaks, footnote references and definitions, a pipe table, ==highlights==,
    curly quotes and em dashes, task items, and an Annotations block whose SHA-256 matches the
    text; the PDF: %PDF-1.7, a tagged structure tree with MarkInfo and /Lang, Word as Creator
    and Producer, Calibri and Calibri,Bold fonts, Flate content streams, the masthead line,
    a running header from page 2, "Page N of M" on every page, two text columns on every
    page, the "Prelims Facts" box and the full-width table's header cells);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_vikaspedia.py, tools/make_md.py and tools/make_pdf.py re-make the documents
    byte for byte (each is run into a temporary file; the committed file is never touched).
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
    "classical-dances-of-india-vikaspedia": ("docs/classical-dances-of-india-vikaspedia.html",
                                             "make_vikaspedia.py"),
    "natya-shastra-rasa-ia-writer": ("docs/natya-shastra-rasa-ia-writer.md", "make_md.py"),
    "classical-dance-forms-handout-7": ("docs/classical-dance-forms-handout-7.pdf", "make_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "fieldset", "legend", "option", "select",
         "textarea", "span_block"}
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


def html_units(path):
    p = Blocks()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p.units


# ------------------------------------------------------------------ Markdown (iA Writer)

def md_units(path):
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        s = line.strip()
        if not s or re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", s) or s == "---":
            continue
        if s.startswith("|"):
            cells = [c for c in s.strip("|").split("|")]
        else:
            if re.match(r"#{1,6}\s", s):
                s = re.sub(r"^#{1,6}\s+", "", s)
            else:
                s = re.sub(r"^\[\^\w+\]:\s*", "", s)
                s = re.sub(r"^(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?", "", s)
            s = re.sub(r"^>\s*", "", s)
            cells = [s]
        for c in cells:
            c = re.sub(r"\[\^\w+\]", "", c)
            c = c.replace("==", "").replace("**", "")
            c = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", c)
            c = ws(c)
            if c:
                out.append(c)
    return out


# ------------------------------------------------------------------ PDF

DELIM = b"()<>[]{}/%"
WSP = b"\x00\t\n\x0c\r "


class Lexer:
    def __init__(self, data, pos=0):
        self.d, self.i = data, pos

    def skip_ws(self):
        d = self.d
        while self.i < len(d):
            c = d[self.i]
            if c in WSP:
                self.i += 1
            elif c == 0x25:  # comment
                while self.i < len(d) and d[self.i] not in b"\r\n":
                    self.i += 1
            else:
                break

    def token(self):
        self.skip_ws()
        d, i = self.d, self.i
        if i >= len(d):
            return None
        c = d[i]
        if c == 0x28:  # literal string
            depth, j, out = 1, i + 1, bytearray()
            while depth:
                ch = d[j]
                if ch == 0x5C:
                    nx = d[j + 1]
                    esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
                    if nx in esc:
                        out.append(esc[nx])
                        j += 2
                    elif 0x30 <= nx <= 0x37:
                        k = j + 1
                        v = 0
                        while k < j + 4 and 0x30 <= d[k] <= 0x37:
                            v = v * 8 + d[k] - 0x30
                            k += 1
                        out.append(v & 0xFF)
                        j = k
                    elif nx in b"\r\n":
                        j += 2
                    else:
                        out.append(nx)
                        j += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                out.append(ch)
                j += 1
            self.i = j + 1
            return ("str", bytes(out))
        if d[i:i + 2] == b"<<":
            self.i = i + 2
            return ("<<",)
        if d[i:i + 2] == b">>":
            self.i = i + 2
            return (">>",)
        if c == 0x3C:  # hex string
            j = d.index(b">", i)
            h = re.sub(rb"\s", b"", d[i + 1:j])
            if len(h) % 2:
                h += b"0"
            self.i = j + 1
            return ("str", bytes.fromhex(h.decode()))
        if c in b"[]{}":
            self.i = i + 1
            return (chr(c),)
        if c == 0x2F:
            j = i + 1
            while j < len(d) and d[j] not in WSP and d[j] not in DELIM:
                j += 1
            self.i = j
            return ("name", d[i + 1:j].decode("latin-1"))
        j = i
        while j < len(d) and d[j] not in WSP and d[j] not in DELIM:
            j += 1
        word = d[i:j]
        self.i = j
        if re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", word):
            return ("num", float(word))
        return ("kw", word.decode("latin-1"))


def parse_value(lx, tok=None):
    tok = tok or lx.token()
    kind = tok[0]
    if kind == "<<":
        dct = {}
        while True:
            t = lx.token()
            if t[0] == ">>":
                return dct
            key = t[1]
            dct[key] = parse_value(lx)
    if kind == "[":
        arr = []
        while True:
            t = lx.token()
            if t[0] == "]":
                return arr
            arr.append(parse_value(lx, t))
    if kind == "num":
        save = lx.i
        t2 = lx.token()
        if t2 and t2[0] == "num":
            t3 = lx.token()
            if t3 and t3 == ("kw", "R"):
                return ("ref", int(tok[1]))
        lx.i = save
        return tok[1]
    if kind in ("str", "name"):
        return tok
    return tok


def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(?<![0-9])(\d+) (\d+) obj\b", data):
        lx = Lexer(data, m.end())
        val = parse_value(lx)
        lx.skip_ws()
        stream = None
        if data.startswith(b"stream", lx.i):
            j = lx.i + 6
            if data[j:j + 2] == b"\r\n":
                j += 2
            elif data[j:j + 1] == b"\n":
                j += 1
            n = val.get("Length")
            if isinstance(n, tuple) and n[0] == "ref":
                n = None
            if n is None:
                n = data.index(b"endstream", j) - j
            stream = data[j:j + int(n)]
        objs[int(m.group(1))] = (val, stream)
    return objs


def resolve(objs, v):
    while isinstance(v, tuple) and v and v[0] == "ref":
        v = objs[v[1]][0]
    return v


def stream_data(objs, ref):
    val, raw = objs[ref[1]]
    filt = val.get("Filter")
    if filt and (filt == ("name", "FlateDecode") or ("name", "FlateDecode") in (filt if isinstance(filt, list) else [])):
        return zlib.decompress(raw)
    return raw


def pdf_pages(objs, data):
    root_ref = re.findall(rb"/Root (\d+) 0 R", data)[-1]
    cat = objs[int(root_ref)][0]
    pages = []

    def walk(node_ref):
        node = resolve(objs, node_ref)
        if node.get("Type") == ("name", "Pages"):
            for k in node["Kids"]:
                walk(k)
        else:
            pages.append(node)
    walk(cat["Pages"])
    return pages


def decode(bs, base):
    if "Symbol" in base:
        return "".join("\u2022" if b == 0xB7 else chr(b) for b in bs)
    return bs.decode("cp1252", errors="replace")


def pdf_units(path, with_pos=False):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    out = []
    for pno, page in enumerate(pdf_pages(objs, data), 1):
        res = resolve(objs, page["Resources"])
        fonts = {}
        for name, ref in resolve(objs, res.get("Font", {})).items():
            fonts[name] = resolve(objs, ref)["BaseFont"][1]
        conts = page["Contents"]
        conts = conts if isinstance(conts, list) else [conts]
        content = b"".join(stream_data(objs, c) for c in conts)
        lx = Lexer(content)
        stack, buf, base, pos = [], None, "", (0, 0)
        while True:
            t = lx.token()
            if t is None:
                break
            if t[0] == "kw":
                op = t[1]
                if op == "BT":
                    buf, pos = [], (0, 0)
                elif op == "ET":
                    text = "".join(buf or [])
                    if text.strip():
                        out.append((pno, pos[0], pos[1], ws(text)) if with_pos else ws(text))
                    buf = None
                elif op == "Tf" and len(stack) >= 2:
                    base = fonts.get(stack[-2][1], "")
                elif op == "Tm" and len(stack) >= 6:
                    pos = (stack[-2], stack[-1])
                elif op in ("Tj", "'", '"') and stack and buf is not None:
                    buf.append(decode(stack[-1][1], base))
                elif op == "TJ" and stack and buf is not None:
                    for el in stack[-1]:
                        if isinstance(el, tuple) and el[0] == "str":
                            buf.append(decode(el[1], base))
                stack = []
            elif t[0] == "[":
                stack.append(parse_value(lx, t))
            elif t[0] == "<<":
                stack.append(parse_value(lx, t))
            else:
                stack.append(t[1] if t[0] == "num" else t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".md"):
        return md_units(full)
    return pdf_units(full)


# ------------------------------------------------------------------ format marks

def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["classical-dances-of-india-vikaspedia"][0]), encoding="utf-8").read()
    marks = [(re.search(r"^<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https://vikaspedia\.in/", page), "saved-from-url mark"),
             ('<meta name="generator" content="Plone' in page, "Plone generator meta"),
             ('id="portal-languageselector"' in page and all(x in page for x in ("हिन्दी", "தமிழ்", "বাংলা", "اردو")),
              "language selector in Indian scripts"),
             ('id="portal-breadcrumbs"' in page, "breadcrumbs"),
             ("<h2>" in page and "<h3>" in page, "h2/h3 headings"),
             ("<table" in page and "<th" in page, "a table"),
             ("_files/" in page, "links into the _files folder"),
             ('<form name="feedbackform"' in page and "<textarea" in page, "feedback form"),
             ('alt="Ministry of Electronics and Information Technology' in page, "ministry logo alt text")]
    for ok, what in marks:
        if not ok:
            problems.append("html: no %s" % what)
    for unit in ("Related Resources", "Contributed by :", "Last Modified :", "You are here:"):
        if not any(u.startswith(unit) for u in units):
            problems.append("html: no %r line" % unit)


def check_md(problems):
    text = open(os.path.join(ROOT, DOCS["natya-shastra-rasa-ia-writer"][0]), encoding="utf-8").read()
    lines = text.split("\n")
    blocks = [l for l in lines if re.fullmatch(r"/[\w.-]+\.(md|csv|png|txt)( \(.*\))?", l)]
    marks = [(lines[0].startswith("# ") and not text.startswith("---"), "'# ' title without front matter"),
             (any(b.endswith(".md") or ".md " in b for b in blocks) and any(".csv" in b for b in blocks),
              "content blocks (.md and .csv)"),
             (lines.count("---") >= 4, "'---' section breaks"),
             (re.search(r"\[\^\d+\](?!:)", text) and re.search(r"^\[\^\d+\]: ", text, re.M), "footnotes"),
             (re.search(r"^\|---\|", text, re.M), "a pipe table"),
             (re.search(r"==[^=\n]+==", text), "==highlights=="),
             (all(c in text for c in "“”’—"), "curly quotes and em dashes"),
             ("- [ ] " in text and "- [x] " in text, "task items")]
    for ok, what in marks:
        if not ok:
            problems.append("md: no %s" % what)
    m = re.search(r"\n---\nAnnotations: 0,(\d+) SHA-256 ([0-9a-f]{32,64})  \n@[^:\n]+: 0,(\d+)  \n\.\.\.\n$", text)
    if not m:
        problems.append("md: no Annotations block at the end")
    else:
        n = int(m.group(1))
        body = text[:m.start()]
        if body.endswith("\n"):  # the hash range leaves out the last newline of the text
            body = body[:-1]
        if len(body) != n or hashlib.sha256(body.encode()).hexdigest()[:len(m.group(2))] != m.group(2):
            problems.append("md: the Annotations hash does not match the text")


def check_pdf(problems):
    path = os.path.join(ROOT, DOCS["classical-dance-forms-handout-7"][0])
    data = open(path, "rb").read()
    marks = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5"), "PDF 1.7 header as Word writes it"),
             (b"/StructTreeRoot" in data and b"/MarkInfo<</Marked true>>" in data and b"/Lang(en-IN)" in data,
              "tagged structure (StructTreeRoot, MarkInfo, Lang)"),
             ("Microsoft® Word for Microsoft 365".encode("utf-16-be") in data, "Word as Creator/Producer"),
             (b"/BaseFont/Calibri/" in data and b"/BaseFont/Calibri,Bold/" in data, "Calibri fonts"),
             (b"/Filter/FlateDecode" in data, "compressed content streams"),
             (b"/XRefStm" in data, "Word's hybrid cross-reference")]
    for ok, what in marks:
        if not ok:
            problems.append("pdf: no %s" % what)
    units = pdf_units(path, with_pos=True)
    n_pages = max(u[0] for u in units)
    if n_pages < 3:
        problems.append("pdf: only %d pages" % n_pages)
    texts = [u[3] for u in units]
    for p in range(1, n_pages + 1):
        on = [u for u in units if u[0] == p]
        if "Page %d of %d" % (p, n_pages) not in [u[3] for u in on]:
            problems.append("pdf: no 'Page %d of %d' footer" % (p, n_pages))
        if p > 1 and not any(u[3].startswith("Aarohan IAS Study Circle | Art & Culture") for u in on):
            problems.append("pdf: no running header on page %d" % p)
        xs = {round(u[1]) for u in on if len(u[3].split()) > 3}
        if not (any(x < 120 for x in xs) and any(x > 300 for x in xs)):
            problems.append("pdf: page %d does not have two text columns" % p)
    for unit in ("Art & Culture | Handout 7 | Batch 2025", "Prelims Facts", "Hallmark", "Exponents"):
        if unit not in texts:
            problems.append("pdf: no %r text object" % unit)
    if not all(" " in t for t in texts if len(t) > 40):
        problems.append("pdf: long text objects without real spaces")


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
    check_html(units["classical-dances-of-india-vikaspedia"], problems)
    check_md(problems)
    check_pdf(problems)
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
