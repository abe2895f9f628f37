#!/usr/bin/python3
"""Check the heldout349 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Wikipedia PDF (Skia/PDF from headless Chrome): the objects are read with a small parser,
    content streams inflated, each page's Type0 fonts decoded through their ToUnicode CMaps and
    their /W widths; text runs are taken in content-stream order (the floated infobox is
    painted before the title and the in-flow text, Chrome's header and footer after them) and
    joined into lines: a run whose baseline is within 0.6 em of the previous run's stays on its
    line (so footnote marks [1] stay with their line), and a gap wider than 0.15 em between runs
    becomes a space. One unit per line;
  - LibreOffice .odt: one unit per text:p / text:h of content.xml (title, headings, body
    paragraphs, list items, table cells); text:s as spaces, text:tab as a tab; a footnote's
    body and a comment's paragraph are units of their own, not part of the paragraph that holds
    them (the footnote's citation number stays in it);
  - Quora .html: one unit per block element's visible text (script, style, svg skipped).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's Skia producer, Chrome creator, Type0 / Identity-H fonts with ToUnicode, link
    annotations, the "From Wikipedia" line, the URL and "n/N" at each page's foot; the .odt's
    stored mimetype first and manifest last, LibreOffice generator, headings with outline
    levels, numbered list, table, footnote, comment, soft page breaks and thumbnail; the Quora
    page's "saved from url" comment, " - Quora" title, JSON-LD, answer content classes,
    author credential, Upvote, "(more)" collapsed answers, "Related questions" and
    "Spaces to follow");
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_odt.py and tools/make_quora.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --units to print every unit)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "bhopal-claims-act-1985-wikipedia": ("docs/bhopal-claims-act-1985-wikipedia.pdf", "make_pdf.py"),
    "industrial-disaster-law-notes": ("docs/industrial-disaster-law-notes.odt", "make_odt.py"),
    "bhopal-night-pithampur-quora": ("docs/bhopal-night-pithampur-quora.html", "make_quora.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF

def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
        body = m.group(2)
        stream = None
        sm = re.search(rb">>\s*stream\r?\n", body)
        if sm:
            dict_part = body[:sm.start() + 2]
            length = int(re.search(rb"/Length (\d+)", dict_part).group(1))
            raw = body[sm.end():sm.end() + length]
            stream = zlib.decompress(raw) if b"/FlateDecode" in dict_part else raw
            body = dict_part
        objs[int(m.group(1))] = (body, stream)
    return objs


def ref(body, key):
    m = re.search(rb"/" + key + rb" (\d+) 0 R", body)
    return int(m.group(1)) if m else None


def tounicode(cmap):
    out = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, c in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(c, 16)
            for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                out[code] = chr(start + i)
    return out


def widths(warr):
    out = {}
    toks = re.findall(rb"\[|\]|[-\d.]+", warr)
    i = 1
    while i < len(toks) - 1:
        first = int(toks[i])
        i += 1
        if toks[i] == b"[":
            i += 1
            g = first
            while toks[i] != b"]":
                out[g] = float(toks[i])
                g += 1
                i += 1
            i += 1
        else:
            last, w = int(toks[i]), float(toks[i + 1])
            for g in range(first, last + 1):
                out[g] = w
            i += 2
    return out


TOKEN = re.compile(rb"<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/<>\[\]()]+|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'\"*]+")


def page_runs(objs, page_body):
    fonts = {}
    fd = re.search(rb"/Font <<(.*?)>>", page_body, re.S)
    for name, num in re.findall(rb"/(\w+) (\d+) 0 R", fd.group(1)):
        t0 = objs[int(num)][0]
        cmap = tounicode(objs[ref(t0, b"ToUnicode")][1])
        desc = int(re.search(rb"/DescendantFonts \[(\d+) 0 R\]", t0).group(1))
        wm = re.search(rb"/W (\[.*?\]\])", objs[desc][0], re.S)
        fonts[name.decode()] = (cmap, widths(wm.group(1)) if wm else {})
    content = objs[ref(page_body, b"Contents")][1]
    runs, stack = [], []
    font, size, x, y = None, 0.0, 0.0, 0.0
    for tok in TOKEN.findall(content):
        if tok[:1] in b"<(/[]" or re.match(rb"[-+]?\d*\.?\d+$", tok):
            stack.append(tok)
            continue
        op = tok.decode()
        if op == "Tf":
            font, size = stack[-2][1:].decode(), float(stack[-1])
        elif op == "Tm":
            x, y = float(stack[-2]), float(stack[-1])
        elif op == "Td":
            x, y = x + float(stack[-2]), y + float(stack[-1])
        elif op in ("Tj", "TJ"):
            cmap, wd = fonts[font]
            text, adv = "", 0.0
            items = stack[stack.index(b"["):] if op == "TJ" else [stack[-1]]
            for it in items:
                if it.startswith(b"<"):
                    hexs = re.sub(rb"\s", b"", it[1:-1]).decode()
                    for i in range(0, len(hexs), 4):
                        g = int(hexs[i:i + 4], 16)
                        text += cmap.get(g, "")
                        adv += wd.get(g, 0) / 1000.0 * size
                elif re.match(rb"[-+]?\d*\.?\d+$", it):
                    adv -= float(it) / 1000.0 * size
            runs.append((x, y, x + adv, size, text))
            x += adv
        stack = []
    return runs


def pdf_units(full):
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    pages = objs[ref(objs[root][0], b"Pages")][0]
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", pages).group(1))]
    units = []
    for k in kids:
        line, last = "", None
        for x, y, x_end, size, text in page_runs(objs, objs[k][0]):
            if last is not None and abs(y - last[1]) <= 0.6 * max(size, last[3]):
                if x - last[2] > 0.15 * size and not line.endswith(" "):
                    line += " "
                line += text
            else:
                if line.strip():
                    units.append(ws(line))
                line = text
            last = (x, y, x_end, size)
        if line.strip():
            units.append(ws(line))
    return units


# ------------------------------------------------------------------ ODT

T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def odt_units(full):
    with zipfile.ZipFile(full) as z:
        root = ET.fromstring(z.read("content.xml"))
    units = []

    def text_of(el, out):
        if el.text:
            out.append(el.text)
        for ch in el:
            if ch.tag == T + "s":
                out.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "tab":
                out.append("\t")
            elif ch.tag == T + "line-break":
                out.append("\n")
            elif ch.tag == T + "note":
                out.append(ch.find(T + "note-citation").text or "")
                for p in ch.find(T + "note-body"):
                    para(p)
            elif ch.tag == OFF + "annotation":
                for p in ch.findall(T + "p"):
                    para(p)
            else:
                text_of(ch, out)
            if ch.tail:
                out.append(ch.tail)

    def para(p):
        idx = len(units)
        units.append(None)
        parts = []
        text_of(p, parts)
        t = ws("".join(parts))
        units[idx] = t

    def walk(el):
        for ch in el:
            if ch.tag in (T + "p", T + "h"):
                para(ch)
            else:
                walk(ch)

    walk(root.find(OFF + "body"))
    return [u for u in units if u]


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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".odt"):
        return odt_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ------------------------------------------------------------------ format marks

def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["bhopal-claims-act-1985-wikipedia"][0])
    data = open(full, "rb").read()
    pages = len(re.findall(rb"/Type /Page\n", data))
    for mark, what in ((b"%PDF-1.4", "PDF header"), (b"/Producer (Skia/PDF", "Skia producer"),
                       (b"HeadlessChrome", "Chrome creator"), (b"/Subtype /Type0", "Type0 fonts"),
                       (b"/Encoding /Identity-H", "Identity-H encoding"), (b"/ToUnicode", "ToUnicode maps"),
                       (b"/CIDToGIDMap /Identity", "CIDToGIDMap"), (b"/FontFile2", "embedded subsets"),
                       (b"/Subtype /Link", "link annotations"), (b"/S /URI", "URI actions")):
        if mark not in data:
            problems.append("pdf: no %s" % what)
    if "From Wikipedia, the free encyclopedia" not in units:
        problems.append("pdf: no 'From Wikipedia' line")
    feet = [u for u in units if re.match(r"https://en\.wikipedia\.org/wiki/\S+ \d+/\d+$", u)]
    if len(feet) != pages or pages < 3:
        problems.append("pdf: %d page feet for %d pages" % (len(feet), pages))
    if not any(u.startswith("Retrieved from") for u in units):
        problems.append("pdf: no 'Retrieved from' line")


def check_odt(units, problems):
    full = os.path.join(ROOT, DOCS["industrial-disaster-law-notes"][0])
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("odt: mimetype is not the first, stored entry")
        if infos[-1].filename != "META-INF/manifest.xml":
            problems.append("odt: manifest is not the last entry")
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("odt: wrong mimetype")
        for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml", "manifest.rdf",
                     "Thumbnails/thumbnail.png"):
            if part not in z.namelist():
                problems.append("odt: missing %s" % part)
        for info in infos:
            if info.filename.endswith(".xml") or info.filename.endswith(".rdf"):
                ET.fromstring(z.read(info.filename))
        content = z.read("content.xml").decode("utf-8")
        meta = z.read("meta.xml").decode("utf-8")
        if not z.read("Thumbnails/thumbnail.png").startswith(b"\x89PNG"):
            problems.append("odt: thumbnail is not a PNG")
    for mark, what in (('text:outline-level="1"', "heading 1"), ('text:outline-level="2"', "heading 2"),
                       ("<text:list ", "lists"), ("list-level-style-number", "a numbered list style"),
                       ("<table:table ", "a table"), ('text:note-class="footnote"', "a footnote"),
                       ("<office:annotation", "a comment"), ("<text:soft-page-break/>", "soft page breaks"),
                       ("officeooo:rsid", "rsids")):
        if mark not in content:
            problems.append("odt: no %s" % what)
    if "<meta:generator>LibreOffice/" not in meta:
        problems.append("odt: generator is not LibreOffice")


def check_quora(units, problems):
    page = open(os.path.join(ROOT, DOCS["bhopal-night-pithampur-quora"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", " - Quora</title>", "application/ld+json", "puppeteer_test_answer_content",
                 "puppeteer_test_question_title", "UserCredential", "puppeteer_test_read_more_button", "_files/"):
        if mark not in page:
            problems.append("quora: no %s" % mark)
    for unit in ("Upvote", "(more)", "Related questions", "Spaces to follow", "More answers below",
                 "Search Quora", "Add question"):
        if not any(u == unit or u.startswith(unit + " ") or u.endswith(" " + unit) for u in units) \
                and unit not in page:
            problems.append("quora: no %r" % unit)
    if not any(u.startswith("Upvote") for u in units):
        problems.append("quora: no Upvote line")
    if not any(u.endswith("(more)") for u in units):
        problems.append("quora: no collapsed answers")


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
    if "--units" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["bhopal-claims-act-1985-wikipedia"], problems)
    check_odt(units["industrial-disaster-law-notes"], problems)
    check_quora(units["bhopal-night-pithampur-quora"], problems)
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
