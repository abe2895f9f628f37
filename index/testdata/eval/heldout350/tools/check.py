#!/usr/bin/python3
"""Check the heldout350 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PRS-style PDF: the page tree is walked through the xref table, each page's content stream
    inflated with zlib and its text operators read in order; one unit per text object (BT ... ET),
    which is one printed line (a column line, a table-cell line, a footnote line, the running
    header or the footer); a Td that only moves right (a list label's gap) reads as a space;
    text inside /Artifact marked content is page furniture (header, footer), the rest content;
  - old.reddit HTML: one unit per block element's visible text (script, style and svg skipped;
    hidden parts such as the search help and the three score spans count, as their text is in
    the page); content is the text inside the post's and the comments' div class="md";
  - WhatsApp .txt: one unit per line; content is each line less its "dd/mm/yy, hh:mm - Name: "
    prefix.
Then checks that:
  - each document has 1,300 to 1,800 words of content (and prints the words of all its text);
  - each format's marks are there (see check_pdf, check_reddit, check_whatsapp);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_reddit.py and tools/make_whatsapp.py re-make the documents
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
    "prs-policy-brief-inter-state-migrants": ("docs/prs-policy-brief-inter-state-migrants.pdf", "make_pdf.py"),
    "reddit-upsc-migrant-workers-thread": ("docs/reddit-upsc-migrant-workers-thread.html", "make_reddit.py"),
    "whatsapp-gs-mains-grind-migrant-workers": ("docs/whatsapp-gs-mains-grind-migrant-workers.txt",
                                                "make_whatsapp.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}
WA_LINE = re.compile(r"^(\d\d/\d\d/\d\d), (\d\d:\d\d) - (?:([^:\n]+?): )?(.*)$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF
def pdf_objects(data):
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    pos = int(m.group(1))
    m = re.compile(rb"xref\s+0 (\d+)\s+").match(data, pos)
    n, p = int(m.group(1)), m.end()
    offsets = {}
    for i in range(n):
        entry = data[p + 20 * i:p + 20 * i + 20]
        if entry[17:18] == b"n":
            offsets[i] = int(entry[:10])
    objs = {}
    for num, off in offsets.items():
        m = re.compile(rb"(\d+) 0 obj\s*").match(data, off)
        start = m.end()
        sm = re.match(rb"<<([^<>]*)>>\r?\nstream\r?\n", data[start:start + 400])
        if sm:
            head = sm.group(1)
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            raw = data[start + sm.end():start + sm.end() + length]
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            objs[num] = (head, raw)
        else:
            objs[num] = (data[start:data.index(b"endobj", start)], None)
    trailer = data[data.index(b"trailer", pos):]
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = int(re.search(rb"/Info (\d+) 0 R", trailer).group(1))
    return objs, root, info


def pdf_pages(objs, root):
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root][0]).group(1))
    out = []

    def walk(n):
        d = objs[n][0]
        if b"/Type/Pages" in d:
            kids = re.search(rb"/Kids\[([^\]]*)\]", d).group(1)
            for k in re.findall(rb"(\d+) 0 R", kids):
                walk(int(k))
        else:
            out.append(d)
    walk(pages_ref)
    return out


TOKEN = re.compile(rb"\s*(?:(\()|(<<)|(>>)|(<)|(\[)|(\])|(/[^\s/\[\]()<>]*)|([-+]?\d*\.?\d+)|([A-Za-z'\"*]+))")


def lit_string(data, i):
    """data[i] is just after '('; returns (bytes, next index)."""
    out, depth = bytearray(), 1
    while True:
        c = data[i]
        i += 1
        if c == 0x5C:
            n = data[i]
            i += 1
            esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in esc:
                out.append(esc[n])
            elif 0x30 <= n <= 0x37:
                digits = bytes([n])
                while len(digits) < 3 and 0x30 <= data[i] <= 0x37:
                    digits += bytes([data[i]])
                    i += 1
                out.append(int(digits, 8) & 0xFF)
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


def content_units(stream):
    """[(text, is_artifact, x, y)] one per BT..ET text object."""
    units = []
    stack, operands = [], []
    cur, cur_xy, in_text = [], None, False
    i = 0
    while i < len(stream):
        m = TOKEN.match(stream, i)
        if not m:
            i += 1
            continue
        i = m.end()
        if m.group(1):
            s, i = lit_string(stream, i)
            operands.append(s)
        elif m.group(2):
            depth = 1
            j = i
            while depth:
                if stream[j:j + 2] == b"<<":
                    depth += 1
                    j += 2
                elif stream[j:j + 2] == b">>":
                    depth -= 1
                    j += 2
                else:
                    j += 1
            operands.append(("dict", stream[i:j - 2]))
            i = j
        elif m.group(4):
            j = stream.index(b">", i)
            operands.append(bytes.fromhex(stream[i:j].decode()))
            i = j + 1
        elif m.group(5):
            operands.append("[")
        elif m.group(6):
            arr = []
            while operands and operands[-1] != "[":
                arr.append(operands.pop())
            operands.pop()
            operands.append(("array", arr[::-1]))
        elif m.group(7):
            operands.append(("name", m.group(7)[1:]))
        elif m.group(8):
            operands.append(float(m.group(8)))
        else:
            op = m.group(9)
            if op in (b"BDC", b"BMC"):
                tag = operands[0][1] if operands and isinstance(operands[0], tuple) else b""
                stack.append(tag)
            elif op == b"EMC":
                if stack:
                    stack.pop()
            elif op == b"BT":
                cur, cur_xy, in_text = [], None, True
            elif op == b"ET":
                t = ws("".join(cur))
                if t:
                    units.append((t, b"Artifact" in stack, cur_xy[0] if cur_xy else 0, cur_xy[1] if cur_xy else 0))
                in_text = False
            elif op == b"Tm" and len(operands) >= 6:
                cur_xy = (operands[-2], operands[-1])
            elif op == b"Td" and len(operands) >= 2:
                if operands[-1] != 0:
                    t = ws("".join(cur))
                    if t:
                        units.append((t, b"Artifact" in stack, cur_xy[0] if cur_xy else 0,
                                      cur_xy[1] if cur_xy else 0))
                    cur = []
                elif operands[-2] > 0:
                    cur.append(" ")
            elif op == b"Tj" and operands and isinstance(operands[-1], bytes):
                cur.append(operands[-1].decode("cp1252"))
            elif op == b"TJ" and operands and isinstance(operands[-1], tuple):
                for el in operands[-1][1]:
                    if isinstance(el, bytes):
                        cur.append(el.decode("cp1252"))
                    elif isinstance(el, float) and el < -250:
                        cur.append(" ")
            operands = []
    return units


def pdf_read(full):
    data = open(full, "rb").read()
    objs, root, info = pdf_objects(data)
    pages = []
    for pd in pdf_pages(objs, root):
        refs = re.search(rb"/Contents (\d+) 0 R", pd)
        pages.append(content_units(objs[int(refs.group(1))][1]))
    return data, objs, root, info, pages


# ------------------------------------------------------------------ HTML
class Blocks(html.parser.HTMLParser):
    """Visible text split at block elements; also collects the post's and comments' md text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.stack = []          # (tag, is_md, is_side)
        self.content = []        # units that lie inside a div.md outside the sidebar

    def in_md(self):
        return any(m for _, m, _ in self.stack) and not any(s for _, _, s in self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_md():
                self.content.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            cls = (dict(attrs).get("class") or "").split()
            self.stack.append((tag, tag == "div" and "md" in cls, tag == "div" and "side" in cls))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            while self.stack:
                t = self.stack.pop()
                if t[0] == tag:
                    break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ------------------------------------------------------------------ units
def read_doc(name):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".pdf"):
        _, _, _, _, pages = pdf_read(path)
        units = [u[0] for pg in pages for u in pg]
        content = [u[0] for pg in pages for u in pg if not u[1]]
        return units, content
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units, p.content
    units = [ws(l) for l in text.split("\n") if l.strip()]
    content = []
    for l in text.split("\n"):
        m = WA_LINE.match(l)
        t = ws(m.group(4)) if m else ws(l)
        if t:
            content.append(t)
    return units, content


def words(units):
    return sum(len(u.split()) for u in units)


# ------------------------------------------------------------------ format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["prs-policy-brief-inter-state-migrants"][0])
    data, objs, root, info, pages = pdf_read(full)
    info_d = objs[info][0]
    producer = re.search(rb"/Producer<([0-9A-F]+)>", info_d)
    prod = bytes.fromhex(producer.group(1).decode()).decode("utf-16") if producer else ""
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5"), "Word's PDF header"),
             ("Microsoft" in prod and "Word" in prod, "Producer naming Microsoft Word"),
             (b"/StructTreeRoot" in objs[root][0] and b"/MarkInfo<</Marked true>>" in objs[root][0], "tagged PDF"),
             (any(b"/Type/Metadata" in h for h, _ in objs.values()), "XMP metadata"),
             (any(b"/Subtype/TrueType" in h and b"/WinAnsiEncoding" in h for h, _ in objs.values()), "TrueType fonts"),
             (len(pages) >= 3, "three or more pages")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    runhead = "Policy Brief: Inter-State Migrant Workers"
    for n, units in enumerate(pages, 1):
        furn = [u[0] for u in units if u[1]]
        if "- %d -" % n not in furn:
            problems.append("pdf: page %d has no footer page number" % n)
        if n > 1 and runhead not in furn:
            problems.append("pdf: page %d has no running header" % n)
    two_col = False
    for units in pages:
        left = [u for u in units if not u[1] and abs(u[2] - 56.7) < 1]
        right = [u for u in units if not u[1] and 300 < u[2] < 330]
        if len(left) > 10 and len(right) > 10:
            two_col = True
    if not two_col:
        problems.append("pdf: no two-column page")
    allu = [u[0] for pg in pages for u in pg]
    for mark, what in (("Summary", "summary box"), ("Table 1:", "table 1"), ("Table 2:", "table 2"),
                       ("1 D-Series:", "footnotes"), ("DISCLAIMER:", "PRS disclaimer"),
                       ("PRS LEGISLATIVE RESEARCH", "masthead")):
        if not any(u.startswith(mark) for u in allu):
            problems.append("pdf: no %s" % what)
    streams = b"".join(s for _, s in objs.values() if s)
    if b" re\nB\n" not in streams or b"/Artifact <</Type/Pagination/Subtype/Header>> BDC" not in streams:
        problems.append("pdf: no shaded box or no header artifact")


def check_reddit(units, problems):
    page = open(os.path.join(ROOT, DOCS["reddit-upsc-migrant-workers-thread"][0]), encoding="utf-8").read()
    for mark in ('class="score dislikes"', 'class="score unvoted"', 'class="score likes"', 'class="md"',
                 'class="tagline"', 'class="live-timestamp"', 'class="edited-timestamp"', "noncollapsed   comment",
                 "<em>[deleted]</em>", "[removed]", "load more comments", 'class="side"', 'class="titlebox"',
                 'class="footer-parent"', 'class="debuginfo"', "stickied comment", 'title="submitter"',
                 "speaking officially", "&#39;", "&quot;", 'class="numchildren"', 'id="siteTable"',
                 "sitetable nestedlisting", 'class="linkflairlabel', "<table><thead>", "r.setup(", "<!doctype html>"):
        if mark not in page:
            problems.append("reddit: no %s" % mark)
    for unit in ("all 28 comments show all 28", "Want to join? Log in or sign up in seconds.|",
                 "this post was submitted on 03 Oct 2025", "Submit a new text post"):
        if unit not in units:
            problems.append("reddit: no %r line" % unit)
    if not any(u.startswith("Use of this site constitutes acceptance") for u in units):
        problems.append("reddit: no footer")
    if not any(u.startswith("\u03c0 Rendered by PID") for u in units):
        problems.append("reddit: no Rendered by PID line")


def check_whatsapp(problems):
    raw = open(os.path.join(ROOT, DOCS["whatsapp-gs-mains-grind-migrant-workers"][0]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n"):
        problems.append("whatsapp: BOM, CR or missing final newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    if not WA_LINE.match(lines[0]) or "end-to-end encrypted" not in lines[0]:
        problems.append("whatsapp: first line is not the encryption notice")
    heads = [l for l in lines if WA_LINE.match(l)]
    cont = [l for l in lines if not WA_LINE.match(l)]
    if len(cont) < 20:
        problems.append("whatsapp: too few continuation lines (%d)" % len(cont))
    last = None
    for l in heads:
        m = WA_LINE.match(l)
        d, t = m.group(1), m.group(2)
        key = (d[6:8], d[3:5], d[0:2], t)
        if last and key < last:
            problems.append("whatsapp: time goes back at %r" % l)
        last = key
    text = "\n".join(lines)
    for mark in ("<Media omitted>", ": This message was deleted", ": You deleted this message",
                 "<This message was edited>", ": POLL:", "OPTION: ", " added you", " created group ",
                 " changed this group's icon", " changed the group description", "- +91 "):
        if mark not in text:
            problems.append("whatsapp: no %r" % mark)


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
    units, content = {}, {}
    for k in DOCS:
        units[k], content[k] = read_doc(k)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k in DOCS:
        n = words(content[k])
        print("%s: %d words of content, %d words of all extracted text" % (DOCS[k][0], n, words(units[k])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of content, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(problems)
    check_reddit(units["reddit-upsc-migrant-workers-thread"], problems)
    check_whatsapp(problems)
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
