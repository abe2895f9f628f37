#!/usr/bin/python3
"""Check the heldout261 evaluation set.

Extracts the three documents' text as a reader sees it (standard library only):
  - org-journal .org (Emacs): one unit per line as Emacs shows it - heading stars, TODO
    keyword and tags dropped; "- " bullets dropped; "#+KEY: value" lines shown as their value
    (#+begin_/#+end_ block lines hidden); table rows split into cells and rule lines skipped;
    property drawer lines shown as "KEY: value"; Org links shown by their description.
    Headings are the headline titles (with the "HH:MM " time of an org-journal entry or
    without it) and #+TITLE. Words are counted without property drawers, planning lines,
    comment lines and keyword lines other than #+TITLE and #+CAPTION;
  - Pressbooks .epub: the spine of book.opf (found through META-INF/container.xml), each
    XHTML page read with html.parser outside <head>; one unit per block element (p, li,
    td, th, h1-h6, caption, figcaption, div ...). Headings are the h1-h6 elements, the
    textbox titles (p.textbox__title) and the table caption;
  - Google Keep Takeout .json: the title and one unit per line of textContent; headings are
    the title and the lines that textContentHtml styles as Heading 1 or Heading 2 (17 pt or
    14 pt bold spans).
Then checks: 25 questions per q-*.jsonl with exactly the keys q, accept, section; 12
out-of-scope questions in oos.jsonl with only q; every accept string is ASCII, 5-12 words,
inside one unit of its own document (verbatim, whitespace collapsed) and occurs exactly once
(ignoring case, whitespace collapsed) across the three documents' text; at least one section
name of each question is a heading of its document (ignoring case, whitespace, and en dash vs
hyphen); each document has 1,300-1,800 words of text; the files have the shape their tools
write (Org title first, LF ends, CREATED drawers on the day headings, tags ending in column
77; EPUB mimetype first and stored, every XML part well-formed; Keep a single line of JSON
with Takeout's key order and textContentHtml matching textContent); and tools/make_org.py,
tools/make_epub.py and tools/make_keep.py re-make the documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html
import html.parser
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "2025-08-mauryan-admin-journal": ("docs/2025-08-mauryan-admin-journal.org", "tools/make_org.py"),
    "ashoka-edicts-pressbooks": ("docs/ashoka-edicts-pressbooks.epub", "tools/make_epub.py"),
    "ashoka-dhamma-keep": ("docs/ashoka-dhamma-keep.json", "tools/make_keep.py"),
}
KEEP_KEYS = ["attachments", "color", "isTrashed", "isPinned", "isArchived", "textContent", "title",
             "userEditedTimestampUsec", "createdTimestampUsec", "textContentHtml", "labels"]
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "section", "article", "body",
         "html", "head", "br", "caption", "figure", "figcaption", "hr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_heading(s):
    return ws(s.replace("\u2013", "-").replace("\u2014", "-")).lower()


# ---------------------------------------------------------------- Org (org-journal)
def org_units(data, problems):
    text = data.decode("utf-8")
    if not text.startswith("#+TITLE: ") or not text.endswith("\n") or "\r" in text:
        problems.append("org: expected #+TITLE first, LF line ends and a final newline")
    lines = text.split("\n")
    units, headings, words = [], [], []
    drawer = False
    for n, line in enumerate(lines):
        if line == ":PROPERTIES:":
            drawer = True
            continue
        if line == ":END:":
            drawer = False
            continue
        if drawer:
            m = re.match(r"^:([\w-]+):\s+(.*)$", line)
            if not m or line != "%-10s %s" % (":%s:" % m.group(1), m.group(2)):
                problems.append("org: bad property line %r" % line)
                continue
            units.append(ws("%s: %s" % m.groups()))
            continue
        if not line.strip():
            continue
        count = True
        if line.startswith("*"):
            m = re.match(r"^\*+ (?:(?:TODO|REVISE|DONE) )?(.*?)(?:\s+(:[\w@:]+:))?$", line)
            shown = m.group(1)
            headings.append(ws(shown))
            t = re.match(r"^\d\d:\d\d (.*)$", shown)
            if t:
                headings.append(ws(t.group(1)))
            if m.group(2) and len(line) != 77 and not re.search(r"\S :[\w@:]+:$", line):
                problems.append("org: tags not aligned to column 77 in %r" % line)
            if re.match(r"^\* \w+day, \d\d/\d\d/\d{4}$", line):
                if lines[n + 1:n + 4][0] != ":PROPERTIES:" or not lines[n + 2].startswith(":CREATED:"):
                    problems.append("org: day heading without a CREATED drawer: %r" % line)
            cells = [shown]
        elif line.startswith("#+"):
            key, _, value = line[2:].partition(": ")
            cells = [value]
            count = key in ("TITLE", "CAPTION")
            if key == "TITLE":
                headings.append(ws(value))
        elif line.startswith("# "):
            cells = [line[2:]]
            count = False
        elif re.match(r"^(SCHEDULED|DEADLINE|CLOSED): ", line):
            cells = [line]
            count = False
        elif line.startswith("|"):
            if re.match(r"^\|[-+]+\|$", line):
                continue
            cells = line.strip().strip("|").split("|")
        else:
            cells = [re.sub(r"^\s*- ", "", line)]
        for c in cells:
            c = ws(re.sub(r"\[\[[^\]]+\]\[([^\]]+)\]\]", r"\1", c))
            if c:
                units.append(c)
                if count:
                    words.append(c)
    return units, headings, words


# ---------------------------------------------------------------- EPUB (Pressbooks)
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.heads, self.buf = [], [], []
        self.skip = 0
        self.head_stack = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag in BLOCK or tag == "p":
            self.flush()
        if re.match(r"^h[1-6]$", tag) or tag == "caption" or "textbox__title" in (a.get("class") or ""):
            self.head_stack.append(len(self.units))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if (re.match(r"^h[1-6]$", tag) or tag in ("caption", "p")) and self.head_stack:
            start = self.head_stack[-1]
            if tag != "p" or len(self.units) > start:
                self.head_stack.pop()
                if len(self.units) > start:
                    self.heads.append(self.units[start])

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def epub_units(data, problems):
    import io
    z = zipfile.ZipFile(io.BytesIO(data))
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
            z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: mimetype must be the first entry, stored, application/epub+zip")
    for info in infos:
        if info.filename.endswith((".xml", ".opf", ".ncx", ".xhtml")):
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                problems.append("epub: %s is not well-formed (%s)" % (info.filename, e))
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    ns = {"o": "http://www.idpf.org/2007/opf"}
    items = {i.get("id"): i.get("href") for i in opf.find("o:manifest", ns)}
    base = posixpath.dirname(opf_path)
    units, heads = [], []
    for ref in opf.find("o:spine", ns):
        href = posixpath.normpath(posixpath.join(base, items[ref.get("idref")]))
        p = Blocks()
        p.feed(z.read(href).decode("utf-8"))
        p.flush()
        units.extend(p.units)
        heads.extend(p.heads)
    return units, heads, units


# ---------------------------------------------------------------- Google Keep (Takeout)
class KeepHtml(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.heads, self.cur, self.big = [], [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.cur, self.big = [], False
        elif tag == "br":
            self.lines.append("")
        elif tag == "span":
            style = dict(attrs).get("style", "")
            if re.search(r"font-size:(17|14)\.0pt", style):
                self.big = True

    def handle_endtag(self, tag):
        if tag == "p":
            line = "".join(self.cur)
            self.lines.append(line)
            if self.big:
                self.heads.append(line)
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


def keep_units(data, problems):
    text = data.decode("utf-8")
    if "\n" in text or text.endswith("\n"):
        problems.append("keep: Takeout writes one line of JSON with no final newline")
    note = json.loads(text, object_pairs_hook=lambda kv: dict(kv))
    if list(note) != KEEP_KEYS:
        problems.append("keep: keys not in Takeout's order: %r" % list(note))
    p = KeepHtml()
    p.feed(note["textContentHtml"])
    if p.lines != note["textContent"].split("\n"):
        problems.append("keep: textContentHtml does not match textContent line by line")
    units = [ws(note["title"])] + [ws(l) for l in note["textContent"].split("\n") if l.strip()]
    heads = [note["title"]] + p.heads
    return units, heads, units


READERS = {".org": org_units, ".epub": epub_units, ".json": keep_units}


def remake(doc, script, problems):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s failed: %s" % (script, r.stderr.strip()))
            return
        with open(out, "rb") as f:
            new = f.read()
    with open(os.path.join(ROOT, doc), "rb") as f:
        old = f.read()
    if new != old:
        problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units, heads, joined = {}, {}, {}
    for name, (doc, script) in DOCS.items():
        with open(os.path.join(ROOT, doc), "rb") as f:
            data = f.read()
        u, h, w = READERS[os.path.splitext(doc)[1]](data, problems)
        units[name], heads[name] = u, {norm_heading(x) for x in h}
        joined[name] = ws(" ".join(u)).lower()
        nwords = len(" ".join(w).split())
        print("%-32s %5d words, %3d units, %2d headings" % (name, nwords, len(u), len(set(h))))
        if not 1300 <= nwords <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (doc, nwords))
        remake(doc, script, problems)
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
            elif not any(norm_heading(s) in heads[name] for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
