#!/usr/bin/python3
"""Check the heldout365 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word .docx: one unit per w:p of word/document.xml (title, body paragraphs, list items, table-cell
    paragraphs), then the header, the footer and the review comments (word/header1.xml,
    word/footer1.xml, word/comments.xml); w:t text with w:tab as a tab; deleted text (w:delText)
    is not read, inserted text (w:ins) is;
  - Fieldline long read .html: one unit per block element's visible text (script, style, svg and
    noscript skipped), the <title> included;
  - Evernote .enex: the note's <title>, then the ENML of <content> (CDATA) split at its block
    elements (div, h2, h3, li, td, hr ...); tags, dates and the base64 resource are not text.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .docx's parts, heading styles, numbered and bulleted lists, table with a header row,
    comments anchored with ranges and references and one reply, tracked insertion and deletion,
    header and footer with a PAGE field, Word's app properties; the page's "saved from url"
    comment, article / header / address / time, h2 subheads, figures with captions, pull quotes,
    JSON-LD, the comments line, tags and related articles; the .enex's export DOCTYPE, CDATA ENML
    with its own DOCTYPE, checklist with checked and unchecked items, table, highlight, tags,
    created / updated stamps and a resource whose MD5 is the en-media hash);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_docx.py, tools/make_html.py and tools/make_enex.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --units to print the extracted units)
"""
import base64
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
    "ken-betwa-handout-sankalp-ias": ("docs/ken-betwa-handout-sankalp-ias.docx", "make_docx.py"),
    "ken-betwa-daudhan-long-read": ("docs/ken-betwa-daudhan-long-read.html", "make_html.py"),
    "ken-betwa-evernote-notes": ("docs/ken-betwa-evernote-notes.enex", "make_enex.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "address", "time", "hr",
         "en-note", "colgroup"}
SKIP = {"script", "style", "svg", "noscript"}


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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def docx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/comments.xml"):
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                parts = []
                for el in p.iter():
                    if el.tag == W + "t":
                        parts.append(el.text or "")
                    elif el.tag == W + "tab":
                        parts.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        parts.append("\n")
                t = ws("".join(parts))
                if t:
                    out.append(t)
    return out


def enex_parts(full):
    root = ET.parse(full).getroot()
    note = root.find("note")
    content = note.find("content").text
    enml = re.sub(r"^\s*<\?xml[^>]*\?>\s*<!DOCTYPE[^>]*>", "", content)
    return root, note, content, enml


def enex_units(full):
    root, note, content, enml = enex_parts(full)
    return [ws(note.find("title").text)] + html_units(enml)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".enex"):
        return enex_units(full)
    return html_units(open(full, encoding="utf-8").read())


def check_docx(problems):
    full = os.path.join(ROOT, DOCS["ken-betwa-handout-sankalp-ias"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/comments.xml",
                     "word/commentsExtended.xml", "word/commentsIds.xml", "word/commentsExtensible.xml",
                     "word/people.xml", "word/header1.xml", "word/footer1.xml", "word/theme/theme1.xml",
                     "word/fontTable.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first entry")
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))  # every part is well-formed XML
            if info.date_time != (1980, 1, 1, 0, 0, 0) or info.compress_type != zipfile.ZIP_DEFLATED:
                problems.append("docx: %s not stamped / deflated as Word does" % info.filename)
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8")
        ext = z.read("word/commentsExtended.xml").decode("utf-8")
        ftr = z.read("word/footer1.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    n_comments = comments.count("<w:comment ")
    needs = [("<Application>Microsoft Office Word</Application>" in app, "Word app properties"),
             (all('w:pStyle w:val="%s"' % s in doc for s in ("Title", "Heading1", "Heading2", "ListParagraph")),
              "Title / Heading 1 / Heading 2 / List Paragraph styles"),
             ('<w:numId w:val="1"/>' in doc and '<w:numId w:val="2"/>' in doc, "bulleted and numbered lists"),
             ("<w:tbl>" in doc and "<w:tblHeader/>" in doc, "a table with a repeated header row"),
             (n_comments >= 4 and doc.count("<w:commentRangeStart ") == n_comments
              and doc.count("<w:commentReference ") == n_comments, "comments anchored with ranges and references"),
             ("w15:paraIdParent" in ext, "a comment reply"),
             ("<w:ins " in doc and "<w:del " in doc and "<w:delText>" in doc, "tracked insertion and deletion"),
             ("<w:trackRevisions/>" in settings, "track changes on"),
             ('<w:headerReference w:type="default"' in doc and '<w:footerReference w:type="default"' in doc,
              "header and footer references"),
             (" PAGE " in ftr and " NUMPAGES " in ftr, "PAGE / NUMPAGES fields in the footer"),
             ("<w:proofErr " in doc and "w14:paraId=" in doc and "w:rsidR=" in doc, "Word's paraId / rsid / proofErr noise")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["ken-betwa-daudhan-long-read"][0]), encoding="utf-8").read()
    needs = [(re.search(r"<!-- saved from url=\(\d{4}\)https://", page), "saved-from-url comment"),
             ("<article " in page and '<header class="article-header">' in page, "article and its header"),
             ("<address " in page and "<time " in page and 'rel="author"' in page, "byline and date"),
             (page.count("<figure ") >= 3 and page.count("<figcaption") >= 3, "three figures with captions"),
             (page.count("<h2 class=\"cms-block cms-block-heading\">") >= 6, "h2 subheads"),
             ("cms-block-pullquote" in page, "pull quotes"),
             ('"@type":"NewsArticle"' in page, "NewsArticle JSON-LD"),
             ("related-articles" in page, "related articles"),
             ("&nbsp;" in page, "non-breaking spaces as Chrome writes them")]
    for ok, what in needs:
        if not ok:
            problems.append("html: no %s" % what)
    for unit in ("We welcome your comments at", "Also read", "Published "):
        if not any(u.startswith(unit) for u in units):
            problems.append("html: no %r line" % unit)


def check_enex(problems):
    full = os.path.join(ROOT, DOCS["ken-betwa-evernote-notes"][0])
    raw = open(full, encoding="utf-8").read()
    root, note, content, enml = enex_parts(full)
    ET.fromstring(enml)  # the ENML is well-formed XML
    data = base64.b64decode(note.find("resource/data").text)
    hashes = re.findall(r'<en-media hash="([0-9a-f]{32})"', enml)
    needs = [(raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-export'), "export DOCTYPE"),
             (root.tag == "en-export" and root.get("application") == "Evernote", "en-export root"),
             ("<![CDATA[<?xml" in raw and '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">' in content,
              "CDATA ENML with its DOCTYPE"),
             ('<ul style="--en-todo:true;">' in enml and "--en-checked:true;" in enml and "--en-checked:false;" in enml,
              "checklist with checked and unchecked items"),
             ("<table " in enml and "<colgroup>" in enml, "table"),
             ("--en-highlight:" in enml and 'style="' in enml, "inline styles and highlight"),
             (len(note.findall("tag")) >= 3, "tags"),
             (re.fullmatch(r"\d{8}T\d{6}Z", note.findtext("created") or "") and
              re.fullmatch(r"\d{8}T\d{6}Z", note.findtext("updated") or ""), "created / updated stamps"),
             (hashes and hashes[0] == hashlib.md5(data).hexdigest() and data.startswith(b"\x89PNG"),
              "resource matching its en-media hash")]
    for ok, what in needs:
        if not ok:
            problems.append("enex: no %s" % what)


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
            print("==", k)
            for x in u:
                print("  |", x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_docx(problems)
    check_html(units["ken-betwa-daudhan-long-read"], problems)
    check_enex(problems)
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
