#!/usr/bin/python3
"""Check the heldout364 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - brochure .pdf: the page tree is walked in order, each page's Flate content stream is
    inflated and its text operators read; one unit per text line (a new unit at every BT, Tm,
    Td, TD, T*, ' and "), strings decoded as WinAnsi (cp1252); cover, running headers, footers,
    page numbers, captions and each table cell are units of their own;
  - Reddit .html: one unit per block element's visible text (script, style and svg skipped;
    custom elements such as shreddit-comment count as blocks, as browsers lay them out so);
  - Notion .md: one unit per line with the Markdown marks taken off (heading hashes, list
    bullets and numbers, to-do boxes, bold, quote marks, <aside> tags, link targets and image
    paths), a table row split into its cells and a <br> inside a cell into two units.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's header, catalog, Info and XMP metadata, four A4 pages, two text columns, images
    with "Fig." captions, the ruled spec table, the shaded "Did you know?" box, running headers
    and footers with page numbers; the Reddit page's saved-from-url comment, shreddit post and
    comment elements with depth, score and author, nested replies, Reply / Award / Share
    buttons, award badges, OP / MOD marks, a removed comment, the rules sidebar and the
    "..._files" links; the Notion export's title and property lines, <aside> callouts,
    four-space toggle children, pipe table, %20 links to .md pages, date mention, to-dos and
    missing final newline);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_reddit.py and tools/make_notion.py re-make the documents byte
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
    "gaganyaan-isro-brochure": ("docs/gaganyaan-isro-brochure.pdf", "make_pdf.py"),
    "reddit-isro-gaganyaan-thread": ("docs/reddit-isro-gaganyaan-thread.html", "make_reddit.py"),
    "gaganyaan-notion-notes": ("docs/gaganyaan-notion-notes.md", "make_notion.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "hr"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------------ PDF
def pdf_objects(data):
    objs = {}
    pat = re.compile(rb"(\d+) 0 obj\s*")
    i = 0
    while True:
        m = pat.search(data, i)
        if not m:
            break
        oid, start = int(m.group(1)), m.end()
        end = data.find(b"endobj", start)
        s = data.find(b"stream", start)
        if s != -1 and s < end:
            head = data[start:s]
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            p = s + len(b"stream")
            if data[p:p + 2] == b"\r\n":
                p += 2
            elif data[p:p + 1] in (b"\r", b"\n"):
                p += 1
            body = data[p:p + length]
            if b"/FlateDecode" in head:
                body = zlib.decompress(body)
            objs[oid] = (head, body)
            i = data.find(b"endobj", p + length) + 6
        else:
            objs[oid] = (data[start:end], None)
            i = end + 6
    return objs


def ref(d, key):
    m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", d)
    return int(m.group(1)) if m else None


def pdf_pages(objs):
    cat = next(h for h, b in objs.values() if b is None and b"/Type/Catalog" in h.replace(b" ", b""))
    root = ref(cat, b"Pages")
    out = []

    def walk(oid):
        d = objs[oid][0]
        if b"/Kids" in d:
            kids = re.search(rb"/Kids\s*\[([^\]]*)\]", d).group(1)
            for k in re.findall(rb"(\d+) 0 R", kids):
                walk(int(k))
        else:
            out.append(oid)
    walk(root)
    return out


def pdf_tokens(s):
    i, n = 0, len(s)
    while i < n:
        c = s[i:i + 1]
        if c in b" \t\r\n\f\x00":
            i += 1
        elif c == b"%":
            while i < n and s[i:i + 1] not in b"\r\n":
                i += 1
        elif c == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n:
                ch = s[i]
                if ch == 0x5C:
                    nx = s[i + 1:i + 2]
                    if nx in b"01234567":
                        j = i + 1
                        while j < i + 4 and s[j:j + 1] in b"01234567":
                            j += 1
                        buf.append(int(s[i + 1:j], 8) & 255)
                        i = j
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf.append(ch)
                i += 1
            yield ("str", bytes(buf))
        elif c == b"<" and s[i:i + 2] != b"<<":
            j = s.index(b">", i)
            yield ("str", bytes.fromhex(s[i + 1:j].decode()))
            i = j + 1
        elif c in b"[]":
            yield (c.decode(), None)
            i += 1
        elif s[i:i + 2] in (b"<<", b">>"):
            yield ("dict", None)
            i += 2
        elif c == b"/":
            j = i + 1
            while j < n and s[j:j + 1] not in b" \t\r\n/[]()<>{}%":
                j += 1
            yield ("name", s[i + 1:j])
            i = j
        else:
            j = i
            while j < n and s[j:j + 1] not in b" \t\r\n/[]()<>{}%":
                j += 1
            tok = s[i:j]
            try:
                yield ("num", float(tok))
            except ValueError:
                yield ("op", tok)
            i = j


def pdf_units(full):
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    units, pages = [], []
    for pid in pdf_pages(objs):
        content = objs[ref(objs[pid][0], b"Contents")][1]
        page_units, buf, arr = [], [], None

        def flush():
            t = ws("".join(buf))
            if t:
                page_units.append(t)
            buf.clear()
        for kind, val in pdf_tokens(content):
            if kind == "[":
                arr = []
            elif kind == "]":
                pass
            elif kind == "str":
                if arr is not None:
                    arr.append(val)
                else:
                    last = val
            elif kind == "num" and arr is not None:
                arr.append(val)
            elif kind == "op":
                op = val
                if op in (b"BT", b"ET", b"Tm", b"Td", b"TD", b"T*"):
                    flush()
                elif op == b"Tj":
                    buf.append(last.decode("cp1252"))
                elif op in (b"'", b'"'):
                    flush()
                    buf.append(last.decode("cp1252"))
                elif op == b"TJ":
                    for v in arr or []:
                        if isinstance(v, bytes):
                            buf.append(v.decode("cp1252"))
                        elif v < -200:
                            buf.append(" ")
                    arr = None
        flush()
        pages.append(page_units)
        units.extend(page_units)
    return units, pages, objs, data


# ------------------------------------------------------------------------------------ HTML
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
        if tag in BLOCK or "-" in tag:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK or "-" in tag:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ------------------------------------------------------------------------------------ Markdown
def md_clean(s):
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"</?aside>", "", s)
    s = re.sub(r"^\s*#{1,6}\s+", "", s)
    s = re.sub(r"^\s*[-*]\s+\[[ xX]\]\s+", "", s)
    s = re.sub(r"^\s*[-*]\s+", "", s)
    s = re.sub(r"^\s*\d+\.\s+", "", s)
    s = re.sub(r"^\s*>\s?", "", s)
    s = s.replace("**", "").replace("`", "")
    return ws(s)


def md_units(full):
    out = []
    for ln in open(full, encoding="utf-8").read().split("\n"):
        if not ln.strip() or re.match(r"^\s*\|?\s*-{3,}\s*(\|\s*-{3,}\s*)*\|?\s*$", ln) or ln.strip() == "---":
            continue
        if ln.lstrip().startswith("|"):
            for cell in ln.strip().strip("|").split("|"):
                for part in cell.split("<br>"):
                    t = md_clean(part)
                    if t:
                        out.append(t)
            continue
        t = md_clean(ln)
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)[0]
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return md_units(full)


# ------------------------------------------------------------------------------------ format marks
def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["gaganyaan-isro-brochure"][0])
    _, pages, objs, data = pdf_units(full)
    heads = b"".join(h for h, _ in objs.values())
    needs = [(data.startswith(b"%PDF-1."), "a %PDF header"),
             (b"%%EOF" in data[-16:], "an %%EOF trailer"),
             (b"/Producer(Adobe PDF Library" in heads and b"/Creator(Adobe InDesign" in heads,
              "Info Producer / Creator"),
             (any(b and b"<x:xmpmeta" in b for _, b in objs.values()), "XMP metadata"),
             (len(pages) == 4, "four pages"),
             (heads.count(b"/MediaBox[0 0 595.28 841.89]") == 4, "A4 media boxes"),
             (heads.count(b"/Subtype/Image") >= 4, "four or more images"),
             (sum(1 for u in units if re.match(r"Fig\. \d:", u)) >= 4, "four 'Fig.' captions"),
             ("Gaganyaan at a glance" in units, "the spec table title"),
             ("Did you know?" in units, "the 'Did you know?' box")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    contents = b"".join(objs[ref(objs[p][0], b"Contents")][1] for p in pdf_pages(objs))
    if b"0.996 0.925 0.835 rg" not in contents:
        problems.append("pdf: the box is not shaded")
    if contents.count(b" re f") < 10:
        problems.append("pdf: no shaded table rows")
    xs = set(re.findall(rb"1 0 0 1 (\d+)(?:\.\d+)? \d+(?:\.\d+)? Tm", contents))
    if not (b"48" in xs and b"306" in xs):
        problems.append("pdf: text is not in two columns (x=48 and x=306)")
    for n, pu in enumerate(pages[1:], 2):
        if not pu or not pu[0].startswith("GAGANYAAN | India"):
            problems.append("pdf: page %d has no running header" % n)
        if str(n) not in pu or not any(u.startswith("Indian Space Research Organisation ·") for u in pu):
            problems.append("pdf: page %d has no footer with its page number" % n)


def check_reddit(units, problems):
    page = open(os.path.join(ROOT, DOCS["reddit-isro-gaganyaan-thread"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "saved-from-url comment"), ("<shreddit-post ", "post element"),
                       ('depth="1"', "nested replies"), ('depth="2"', "second-level replies"),
                       ('data-testid="award-badges"', "award badges"), ("comment-op-badge", "OP badge"),
                       ("Comment removed by moderator", "removed comment"), ("RULES</h2>", "rules sidebar"),
                       ("_files/", "links into the _files folder"), ('slot="comment-reply"', "Reply buttons"),
                       ("lit$", "Lit template markers")):
        if mark not in page:
            problems.append("reddit: no %s" % what)
    n = page.count("<shreddit-comment ")
    if n < 12:
        problems.append("reddit: only %d comments" % n)
    if len(re.findall(r'<shreddit-comment [^>]*author="[^"]+"[^>]*score="-?\d+"', page)) != n:
        problems.append("reddit: comments without author or score")
    for unit in ("Reply", "Award", "Share", "Sort by: Best", "Skip to main content"):
        if unit not in units:
            problems.append("reddit: no %r unit" % unit)


def check_notion(units, problems):
    text = open(os.path.join(ROOT, DOCS["gaganyaan-notion-notes"][0]), encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[0].startswith("# ") or lines[1] != "":
        problems.append("notion: no title line")
    for prop in ("Created: ", "Last edited time: ", "Tags: ", "Status: "):
        if not any(l.startswith(prop) for l in lines[2:12]):
            problems.append("notion: no %r property line" % prop)
    for mark, what in (("<aside>\n", "callout"), ("\n    \n    ", "flattened toggle"), ("| --- |", "table"),
                       ("%20", "percent-encoded link"), (".md)", "link to a .md page"), ("- [x] ", "done to-do"),
                       ("- [ ] ", "open to-do"), ("@August", "date mention"), ("<br>", "line break in a cell"),
                       ("![", "image")):
        if mark not in text:
            problems.append("notion: no %s" % what)
    if text.endswith("\n"):
        problems.append("notion: ends with a newline (Notion's export does not)")


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
    check_pdf(units["gaganyaan-isro-brochure"], problems)
    check_reddit(units["reddit-isro-gaganyaan-thread"], problems)
    check_notion(units["gaganyaan-notion-notes"], problems)
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
