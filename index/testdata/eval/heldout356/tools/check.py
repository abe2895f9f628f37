#!/usr/bin/python3
"""Check the heldout356 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Substack .html: one unit per block element's visible text (script, style, svg, noscript and
    iframe skipped; footnote numbers and inline anchors stay glued to the text around them);
  - Word .docx: one unit per w:p of word/header1.xml, word/document.xml and word/footer1.xml,
    w:t text with w:tab as a tab; a paragraph's text does not take in the paragraphs of a text
    box anchored in it (those are units of their own), and the VML copy of the text box inside
    mc:Fallback is skipped, so its text is read once; field codes (w:instrText) are not text,
    their cached results are;
  - Obsidian .md: one unit per non-blank line of the raw file (front matter, callout lines,
    list items, table rows and the Dataview block included), markup left as it is.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there:
    the Substack page's saved-from comment, navbar, post header, UFI row, subscribe widgets,
    captioned images, footnote anchors and footnotes, Share buttons, comments teaser and footer;
    the .docx's Word parts and properties, zip dates, heading / title / list / table styles,
    numbering, the two-column table with its repeated header row, header, footer with PAGE and
    NUMPAGES fields, and the text box in mc:AlternateContent with its VML fallback; the note's
    YAML front matter with tags and aliases, callouts, highlights, wiki links with aliases, an
    embed, a Dataview block, checklists, tab-indented nested bullets, a table, a footnote and the
    missing final newline;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_substack.py, tools/make_docx.py and tools/make_obsidian.py re-make the documents
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
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "wafer-thin-ten-units-one-fab": ("docs/wafer-thin-ten-units-one-fab.html", "make_substack.py"),
    "pragati-ias-semiconductor-mission-handout": ("docs/pragati-ias-semiconductor-mission-handout.docx",
                                                  "make_docx.py"),
    "ism-gujarat-cluster-obsidian": ("docs/ism-gujarat-cluster-obsidian.md", "make_obsidian.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "picture", "textarea", "blockquote"}
SKIP = {"script", "style", "svg", "noscript", "iframe"}


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


def docx_paragraphs(root):
    out = []

    def walk(el, buf):
        if el.tag == MC + "Fallback":
            return
        if el.tag == W + "p":
            mine = []
            for c in el:
                walk(c, mine)
            t = ws("".join(mine))
            if t:
                out.append(t)
            return
        if el.tag == W + "t":
            buf.append(el.text or "")
        elif el.tag == W + "tab":
            buf.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            buf.append("\n")
        for c in el:
            walk(c, buf)

    walk(root, [])
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        with zipfile.ZipFile(full) as z:
            units = []
            for part in ("word/header1.xml", "word/document.xml", "word/footer1.xml"):
                units += docx_paragraphs(ET.fromstring(z.read(part)))
            return units
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


def check_substack(units, problems):
    page = open(os.path.join(ROOT, DOCS["wafer-thin-ten-units-one-fab"][0]), encoding="utf-8").read()
    marks = [("<!-- saved from url=(", "Chrome's saved-from comment"),
             ('data-testid="navbar"', "navbar"),
             ('class="post-title', "post title"),
             ('class="subtitle', "subtitle"),
             ("post-ufi", "like / comment / restack / share row"),
             ('data-component-name="SubscribeWidgetToDOM"', "subscribe widget"),
             ('class="captioned-image-container"', "captioned image"),
             ('<figcaption class="image-caption">', "image caption"),
             ('class="footnote-anchor"', "footnote anchor"),
             ('data-component-name="FootnoteToDOM"', "footnote"),
             ('data-component-name="ButtonCreateButton"', "Share button"),
             ('id="discussion"', "comments teaser"),
             ("footer-wrap publication-footer", "publication footer"),
             ("window._preloads", "preloads script"),
             ('<link rel="canonical"', "canonical link")]
    for mark, what in marks:
        if mark not in page:
            problems.append("substack: no %s" % what)
    if page.count('data-component-name="SubscribeWidgetToDOM"') < 2:
        problems.append("substack: fewer than two subscribe widgets")
    for unit in ("Share", "Subscribe", "Ready for more?", "Discussion about this post", "© 2025",
                 "Substack is the home for great culture"):
        if not any(u.startswith(unit) for u in units):
            problems.append("substack: no %r line" % unit)


def check_docx(problems):
    full = os.path.join(ROOT, DOCS["pragati-ias-semiconductor-mission-handout"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml",
                     "word/theme/theme1.xml", "word/fontTable.xml", "word/webSettings.xml",
                     "word/footnotes.xml", "word/endnotes.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first entry")
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))  # every part is well-formed XML
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not stamped 1980-01-01" % info.filename)
            if not z.read(info.filename).startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'):
                problems.append("docx: %s lacks the declaration + CRLF" % info.filename)
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        header = z.read("word/header1.xml").decode("utf-8")
        footer = z.read("word/footer1.xml").decode("utf-8")
    needs = [("<Application>Microsoft Office Word</Application>" in app, "app.xml names Microsoft Office Word"),
             ("<AppVersion>16.0000</AppVersion>" in app, "AppVersion 16.0000"),
             (all('w:styleId="%s"' % s in styles for s in ("Heading1", "Title", "Subtitle", "ListParagraph",
                                                            "TableGrid", "Header", "Footer")), "Word styles"),
             ('w:pStyle w:val="Heading1"' in doc, "Heading 1 paragraphs"),
             ('w:numFmt w:val="decimal"' in numbering and 'w:numFmt w:val="bullet"' in numbering,
              "decimal and bullet numbering"),
             ("<w:numPr>" in doc, "numbered / bulleted paragraphs"),
             ("<w:tbl>" in doc and doc.count("<w:gridCol ") == 2, "a two-column table"),
             ("<w:tblHeader/>" in doc, "a repeated table header row"),
             ("PRAGATI IAS ACADEMY" in header, "header with the institute's name"),
             (" PAGE " in footer and " NUMPAGES " in footer, "footer PAGE / NUMPAGES fields"),
             ('<mc:Choice Requires="wps">' in doc and "<wps:txbx>" in doc, "a wps text box"),
             ("<mc:Fallback>" in doc and "<v:textbox" in doc, "the text box's VML fallback"),
             ("PRELIMS POINTER" in doc, "the Prelims pointer"),
             ('w:type="spellStart"' in doc, "proofing marks"),
             ("w14:paraId=" in doc and "w:rsidR=" in doc, "rsid / paraId attributes")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


def check_obsidian(problems):
    text = open(os.path.join(ROOT, DOCS["ism-gujarat-cluster-obsidian"][0]), encoding="utf-8").read()
    fm = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not fm or "\ntags:\n  - " not in "\n" + fm.group(1) or "\naliases:\n  - " not in fm.group(1):
        problems.append("obsidian: no YAML front matter with tags and aliases")
    marks = [("> [!note]", "note callout"), ("> [!tip]", "tip callout"), ("> [!warning]", "warning callout"),
             ("> [!question]-", "folded callout"), ("==", "highlights"), ("```dataview\n", "Dataview block"),
             ("- [ ] ", "open checklist item"), ("- [x] ", "done checklist item"), ("\n\t- ", "tab-indented bullets"),
             ("\n\t\t- ", "second-level bullets"), ("![[", "an embed"), ("|---|", "a table"), ("[^1]: ", "a footnote"),
             (" ^tata-fab", "a block id")]
    for mark, what in marks:
        if mark not in text:
            problems.append("obsidian: no %s" % what)
    if not re.search(r"\[\[[^\]|]+\|[^\]]+\]\]", text):
        problems.append("obsidian: no wiki link with an alias")
    if text.endswith("\n") or "\r" in text:
        problems.append("obsidian: line ends are not Obsidian's (LF, no final newline)")


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
    check_substack(units["wafer-thin-ten-units-one-fab"], problems)
    check_docx(problems)
    check_obsidian(problems)
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
