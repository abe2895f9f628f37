#!/usr/bin/python3
"""Check the heldout348 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Blogger page saved by Chrome (.html): one unit per block element's visible text (script,
    style, svg, noscript and iframe skipped), so the post's paragraphs, headings, list items and
    table cells, the comments and the sidebar widgets each come out as units;
  - "Microsoft Print to PDF" file (.pdf): the page objects in /Kids order, each page's Flate
    content stream read for Tf / Tm / Tj, the hex glyph strings mapped through the font's
    ToUnicode CMap; one unit per printed line (text shows in a row on the same baseline are
    joined, with a space where the /W widths leave a gap), Chrome's header and footer included;
  - Bear note exported as Markdown (.md): one unit per line, with the heading, list, checkbox and
    quote marks and Bear's inline marks (==, **, ~, *, [[ ]]) taken off, images and HTML comments
    dropped, the "| --- |" row skipped and each table cell a unit of its own.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (listed in check_marks below);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document
    (and, for the Markdown note, inside one raw line, so that it straddles no markup), and occurs
    exactly once (case-insensitive, whitespace collapsed) across the three documents' text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_blogger.py, tools/make_pdf.py and tools/make_bear.py re-make the documents byte
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
    "agnipath-scheme-notes-blogspot": ("docs/agnipath-scheme-notes-blogspot.html", "make_blogger.py"),
    "agnipath-three-years-explainer-print": ("docs/agnipath-three-years-explainer-print.pdf", "make_pdf.py"),
    "agniveer-bear-note": ("docs/agniveer-bear-note.md", "make_bear.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript", "iframe"}


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


def html_units(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ---------------------------------------------------------------- PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S):
        body, st = m.group(2), None
        sm = re.search(rb">>\nstream\n(.*)\nendstream$", body, re.S)
        if sm:
            st = sm.group(1)
            if b"/FlateDecode" in body[:sm.start() + 2]:
                st = zlib.decompress(st)
            body = body[:sm.start() + 2]
        objs[int(m.group(1))] = (body.decode("latin-1"), st)
    return objs


def pdf_ref(d, key):
    m = re.search(r"/%s (\d+) 0 R" % key, d)
    return int(m.group(1)) if m else None


def pdf_font(objs, num):
    d = objs[num][0]
    tu = objs[pdf_ref(d, "ToUnicode")][1].decode("latin-1")
    cmap = {}
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", tu, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            cmap[int(a, 16)] = "".join(chr(int(b[i:i + 4], 16)) for i in range(0, len(b), 4))
    desc = objs[int(re.search(r"/DescendantFonts \[(\d+) 0 R\]", d).group(1))][0]
    wm = re.search(r"/W \[(\d+) \[([^\]]*)\]\]", desc)
    widths = {int(wm.group(1)) + i: int(w) for i, w in enumerate(wm.group(2).split())}
    return cmap, widths


def pdf_pages(full):
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages = objs[pdf_ref(objs[root][0], "Pages")][0]
    kids = [int(k) for k in re.findall(r"(\d+) 0 R", re.search(r"/Kids \[([^\]]*)\]", pages).group(1))]
    out = []
    for k in kids:
        pd = objs[k][0]
        fonts = {name: pdf_font(objs, int(n)) for name, n in re.findall(r"/(F\d+) (\d+) 0 R", pd)}
        stream = objs[pdf_ref(pd, "Contents")][1].decode("latin-1")
        lines, cur, last_y, end_x = [], None, None, None
        font = size = None
        x = y = 0.0
        for tok in re.finditer(r"/(F\d+) ([\d.]+) Tf|([-\d. ]+) Tm|<([0-9A-Fa-f]*)> Tj", stream):
            if tok.group(1):
                font, size = tok.group(1), float(tok.group(2))
            elif tok.group(3):
                v = tok.group(3).split()
                x, y = float(v[4]), float(v[5])
            else:
                cmap, widths = fonts[font]
                h = tok.group(4)
                cids = [int(h[i:i + 4], 16) for i in range(0, len(h), 4)]
                text = "".join(cmap.get(c, "") for c in cids)
                w = sum(widths.get(c, 1000) for c in cids) * size / 1000.0
                if cur is not None and abs(y - last_y) < 0.5 and x >= end_x - 1:
                    cur += (" " if x - end_x > 0.15 * size else "") + text
                else:
                    if cur is not None and ws(cur):
                        lines.append(ws(cur))
                    cur = text
                last_y, end_x = y, x + w
        if cur is not None and ws(cur):
            lines.append(ws(cur))
        out.append(lines)
    return out


# ---------------------------------------------------------------- Markdown (Bear)
def md_inline(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"<!--.*?-->", "", s)
    s = s.replace("[[", "").replace("]]", "")
    s = s.replace("==", "").replace("**", "").replace("~", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)\*(?![\w*])", r"\1", s)
    return ws(s)


def md_units(full):
    out = []
    for line in open(full, encoding="utf-8").read().split("\n"):
        if not line.strip() or re.match(r"^\s*\|?\s*:?-{3,}", line) or line.strip() == "---":
            continue
        if line.lstrip().startswith("|"):
            out += [t for t in (md_inline(c) for c in line.strip().strip("|").split("|")) if t]
            continue
        if re.match(r"^#{1,6} ", line):
            line = re.sub(r"^#{1,6} ", "", line)
        else:
            line = re.sub(r"^\s*>\s?", "", line)
            line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)
            line = re.sub(r"^\[[ xX]\]\s+", "", line)
        t = md_inline(line)
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return html_units(full)
    if path.endswith(".pdf"):
        return [l for page in pdf_pages(full) for l in page]
    return md_units(full)


# ---------------------------------------------------------------- format marks
def check_marks(units, problems):
    page = open(os.path.join(ROOT, DOCS["agnipath-scheme-notes-blogspot"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "Chrome's saved-from comment"),
                       ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "Chrome's charset meta"),
                       ('content="blogger" name="generator"', "Blogger generator meta"),
                       ("_files/", "links into the _files folder"),
                       ("Blogger Template Style", "the Simple theme's skin"),
                       ('class="widget Blog"', "the Blog widget"),
                       ('class="post-body entry-content"', "the post body"),
                       ('class="post-labels"', "post labels"),
                       ('class="post-share-buttons', "share buttons"),
                       ('class="comment-thread toplevel-thread"', "threaded comments"),
                       ('class="comment-thread inline-thread"', "comment replies"),
                       ('class="widget BlogArchive"', "the Blog Archive widget"),
                       ('class="widget Label"', "the Labels widget"),
                       ('class="widget Profile"', "the Profile widget"),
                       ('class="widget PopularPosts"', "the Popular Posts widget"),
                       ('class="widget Attribution"', "the Attribution widget"),
                       ("<table", "a table in the post"), ("&nbsp;", "non-breaking spaces"),
                       ("_WidgetManager._Init", "the widget manager script")):
        if mark not in page:
            problems.append("blogger: no %s" % what)
    shown = units["agnipath-scheme-notes-blogspot"]
    for unit in ("Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)", "Blog Archive", "Labels",
                 "Simple theme. Powered by Blogger."):
        if unit not in shown:
            problems.append("blogger: no %r line" % unit)
    data = open(os.path.join(ROOT, DOCS["agnipath-three-years-explainer-print"][0]), "rb").read()
    for mark, what in ((b"%PDF-1.7\n", "PDF 1.7 header"), (b"/Producer (Microsoft: Print To PDF)", "the producer"),
                       (b"/Title (Agnipath at three", "the page title as /Title"),
                       (b"/Subtype /Type0", "Type0 fonts"), (b"/CIDFontType2", "CID TrueType fonts"),
                       (b"/Encoding /Identity-H", "Identity-H encoding"), (b"/ToUnicode", "ToUnicode CMaps"),
                       (b"/FontFile2", "embedded TrueType"), (b"/FlateDecode", "Flate streams"),
                       (b"+ArialMT", "a subset-tagged ArialMT")):
        if mark not in data:
            problems.append("pdf: no %s" % what)
    pages = pdf_pages(os.path.join(ROOT, DOCS["agnipath-three-years-explainer-print"][0]))
    for i, lines in enumerate(pages, 1):
        if not re.match(r"^\d\d/\d\d/\d{4}, \d\d:\d\d Agnipath at three", lines[0]):
            problems.append("pdf: page %d has no Chrome header" % i)
        if not re.match(r"^https://www\.bharatherald\.com/.*\u2026 %d/%d$" % (i, len(pages)), lines[-1]):
            problems.append("pdf: page %d has no Chrome footer with %d/%d" % (i, i, len(pages)))
    flat = [l for p in pages for l in p]
    for unit in ("ADVERTISEMENT", "THE BHARAT HERALD", "TRENDING", "Follow Us Google News Share Listen to this article"):
        if unit not in flat:
            problems.append("pdf: no %r line" % unit)
    if not any(l.startswith("HOME INDIA WORLD") for l in flat):
        problems.append("pdf: no site menu")
    if len(pages) < 3:
        problems.append("pdf: fewer than 3 pages")
    md = open(os.path.join(ROOT, DOCS["agniveer-bear-note"][0]), encoding="utf-8").read()
    for ok, what in ((md.startswith("# "), "title line"), (re.search(r"(^|\s)#upsc/gs3/", md), "nested tags"),
                     (re.search(r"#[a-z]+ [a-z ]+[0-9]*#", md), "a multi-word tag"),
                     (re.search(r"==[^=\n]+==", md), "==highlight=="),
                     (re.search(r"(?<!~)~[^~\s][^~\n]*~(?!~)", md), "~underline~"),
                     ("\n- [ ] " in md and "\n- [x] " in md, "checklist items"),
                     ("\n\t- " in md and "\n\t\t- " in md, "tab-nested lists"),
                     ("\n| --- |" in md, "a pipe table"), ("[[" in md, "wiki links"),
                     ("\n> " in md, "a block quote"), ('<!-- {"width":' in md, "Bear's image comment"),
                     ("\u2192" in md, "arrows"), (not md.endswith("\n"), "no final newline")):
        if not ok:
            problems.append("bear: no %s" % what)


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
    raw_md = [ws(l) for l in open(os.path.join(ROOT, DOCS["agniveer-bear-note"][0]), encoding="utf-8")
              .read().split("\n")]
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                if name == "agniveer-bear-note" and not any(ws(a) in l for l in raw_md):
                    problems.append("%s: straddles Markdown marks: %r" % (where, a))
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
