#!/usr/bin/python3
"""Check the heldout239 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one
or two strings) and section (a non-empty list of strings); oos.jsonl lines hold only q. There
must be 25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII,
5-12 words long, lie inside one unit of its own document as a reader sees it, and occur exactly
once across the three documents' text (case-insensitive, whitespace collapsed):
  - Google Docs .docx (suggesting mode): one paragraph, list item or table cell of
    word/document.xml, read with zipfile and ElementTree, and the same paragraph both with the
    suggestions accepted (w:t) and rejected (w:delText instead of inserted runs), so an accept
    string never touches a suggestion; comments in word/comments.xml and struck text count
    for uniqueness;
  - saved Britannica page (.html): one element's visible text (html.parser, scripts and
    styles skipped, block tags splitting);
  - Zoom transcript (.vtt): one cue's text line (speaker name included).
At least one of each question's section names must occur in its document's text. Each
document must hold 1,300-1,800 words of text (the .docx's paragraphs with suggestions
accepted, the page's visible text, the transcript's cue lines). The .docx must hold a Google
Docs export's parts, a table-of-contents field in a docPartGallery sdt, tracked insertions and
deletions and comment anchors; the .vtt must be well-formed WebVTT; and tools/make_docx.py,
tools/make_html.py and tools/make_vtt.py must re-make the three documents byte for byte (they
are run on a copy of tools/ in a temporary directory, so docs/ is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "rowlatt-act-satyagraha-notes": ("docs/rowlatt-act-satyagraha-notes.docx", "make_docx.py"),
    "jallianwala-bagh-massacre-britannica": ("docs/jallianwala-bagh-massacre-britannica.html",
                                             "make_html.py"),
    "hunter-committee-zoom-transcript": ("docs/hunter-committee-zoom-transcript.vtt",
                                         "make_vtt.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/numbering.xml", "word/comments.xml", "word/settings.xml",
              "word/fontTable.xml", "word/_rels/document.xml.rels"]
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "span"}
TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def docx_views(data):
    """Per w:p: (text with suggestions accepted, text with them rejected, struck text)."""
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        acc, rej, struck = [], [], []

        def walk(el, in_ins, in_del):
            for ch in el:
                if ch.tag == W + "ins":
                    walk(ch, True, in_del)
                elif ch.tag == W + "del":
                    walk(ch, in_ins, True)
                elif ch.tag == W + "t":
                    acc.append(ch.text or "")
                    if not in_ins:
                        rej.append(ch.text or "")
                elif ch.tag == W + "delText":
                    rej.append(ch.text or "")
                    struck.append(ch.text or "")
                elif ch.tag == W + "tab":
                    acc.append("\t")
                    rej.append("\t")
                elif ch.tag in (W + "br", W + "cr"):
                    acc.append("\n")
                    rej.append("\n")
                elif ch.tag != W + "pPr":
                    walk(ch, in_ins, in_del)
        walk(p, False, False)
        a, r, s = ws("".join(acc)), ws("".join(rej)), ws(" ".join(struck))
        if a or r:
            out.append((a, r, s))
    return out


def load(name, problems):
    """(units an accept string may lie inside, all text for uniqueness, text for word count)."""
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            body = docx_views(z.read("word/document.xml"))
            comments = [v[0] for v in docx_views(z.read("word/comments.xml"))]
        units = [(a, r) for a, r, _ in body]
        alltext = [a for a, _, _ in body] + [s for _, _, s in body if s] + comments
        return units, alltext, [a for a, _, _ in body]
    if path.endswith(".html"):
        p = Blocks()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        p.flush()
        return [(u, u) for u in p.units], p.units, p.units
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = [l for l in text.split("\n")]
    cues = []
    for i, l in enumerate(lines):
        if TIMING.match(l):
            cues.append(ws(lines[i + 1]))
    return [(c, c) for c in cues], cues, cues


def check_docx(problems):
    full = os.path.join(ROOT, DOCS["rowlatt-act-satyagraha-notes"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first entry")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                problems.append("docx: %s does not parse (%s)" % (info.filename, e))
        doc = z.read("word/document.xml").decode("utf-8")
    needs = ['w:docPartGallery w:val="Table of Contents"', "TOC \\h \\u \\z", "<w:hyperlink w:anchor=",
             'w:pStyle w:val="Heading1"', 'w:pStyle w:val="Heading2"', "<w:ins ", "<w:del ",
             "<w:delText", "commentReference", "<w:tbl>", "<w:numPr>"]
    for n in needs:
        if n not in doc:
            problems.append("docx: no %s" % n)
    anchors = set(re.findall(r'w:hyperlink w:anchor="([^"]+)"', doc))
    marks = set(re.findall(r'w:bookmarkStart [^>]*w:name="([^"]+)"', doc))
    if not anchors or not anchors <= marks:
        problems.append("docx: table-of-contents links without heading bookmarks")


def check_vtt(problems):
    full = os.path.join(ROOT, DOCS["hunter-committee-zoom-transcript"][0])
    with open(full, encoding="utf-8") as f:
        text = f.read()
    blocks = text.rstrip("\n").split("\n\n")
    if blocks[0] != "WEBVTT":
        problems.append("vtt: does not start with a bare WEBVTT line")
    last = -1
    for n, b in enumerate(blocks[1:], 1):
        ls = b.split("\n")
        m = TIMING.match(ls[1]) if len(ls) == 3 else None
        if not m or ls[0] != str(n) or not re.match(r"^[^:]+: \S", ls[2]):
            problems.append("vtt: cue %d is not id / timing / 'Name: text'" % n)
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last < start < end:
            problems.append("vtt: cue %d timings out of order" % n)
        last = end


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (doc, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = os.path.join(tmp, doc)
            with open(os.path.join(ROOT, doc), "rb") as f:
                want = hashlib.sha256(f.read()).hexdigest()
            if not os.path.exists(made):
                problems.append("%s: tools/%s wrote nothing" % (doc, script))
                continue
            with open(made, "rb") as f:
                got = hashlib.sha256(f.read()).hexdigest()
            if want != got:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    check_docx(problems)
    check_vtt(problems)
    check_remake(problems)
    units, joined, shown = {}, {}, {}
    for name in DOCS:
        u, alltext, words = load(name, problems)
        units[name] = u
        joined[name] = ws(" ".join(alltext)).lower()
        shown[name] = ws(" ".join(t for pair in u for t in pair)).lower()
        nw = sum(len(t.split()) for t in words)
        print("%s: %d words" % (DOCS[name][0], nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[name][0], nw))
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in shown[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(a in acc_t and a in rej_t for acc_t, rej_t in units[name]):
                    problems.append("%s: not inside one paragraph/element/cue of %s: %r"
                                    % (where, name, a))
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
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
