#!/usr/bin/python3
"""Check the heldout331 evaluation set.

Text is extracted from the three documents as a reader sees it:
  - Word .docx (zipfile + ElementTree): each paragraph of word/document.xml is one unit, body
    paragraphs, table-cell paragraphs and the paragraphs inside text boxes and shapes
    (w:txbxContent) alike; a text box's paragraphs are not part of the paragraph it is anchored
    in, and the VML copy Word keeps in mc:Fallback is skipped, so box text counts once;
  - PIB Backgrounder .pdf: each line of `pdftotext -layout`, cut where pdftotext leaves a gap of
    three or more spaces (tiles side by side, table cells), whitespace collapsed;
  - Telegram web preview .html (html.parser): the visible text of the body, one unit per block
    element or <br/>-separated line, with <head>, scripts, styles and SVG skipped.
Then it checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the
keys q, accept (one or two strings) and section (a non-empty list of strings); 25 questions per
document and 12 out-of-scope ones (key q only); every accept string is ASCII, 5 to 12 words
long, lies inside one unit of its own document and occurs exactly once (ignoring case,
whitespace collapsed) across the three documents' text; some section name of each question
occurs in its document's text; each document has 1,300 to 1,800 words; the documents have the
parts their format promises; and tools/make_docx.py, tools/make_pdf.py and
tools/make_telegram.py re-make the documents byte for byte (each is run on a temporary copy
that writes elsewhere, so the committed files are never touched).
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

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
DOCS = {
    "three-stage-pfbr-word-notes": ("docs/three-stage-pfbr-word-notes.docx", "make_docx.py"),
    "pib-backgrounder-nuclear-energy-mission": ("docs/pib-backgrounder-nuclear-energy-mission.pdf",
                                                "make_pdf.py"),
    "telegram-gs3decoded-clnd-act": ("docs/telegram-gs3decoded-clnd-act.html", "make_telegram.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "header", "footer", "nav", "main", "section", "body", "br", "form", "blockquote"}
SKIP = {"head", "script", "style", "svg", "title"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .docx
def _para_text(p, boxes):
    """Text of one w:p without its text boxes; text-box paragraphs are collected in boxes."""
    parts = []

    def walk(el):
        for ch in el:
            if ch.tag == MC + "Fallback":
                continue
            if ch.tag == W + "txbxContent":
                for bp in ch.findall(W + "p"):
                    boxes.append(_para_text(bp, boxes))
                continue
            if ch.tag == W + "t":
                parts.append(ch.text or "")
            elif ch.tag == W + "tab":
                parts.append("\t")
            elif ch.tag in (W + "br", W + "cr"):
                parts.append("\n")
            walk(ch)

    walk(p)
    return "".join(parts)


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    units = []

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                boxes = []
                t = _para_text(ch, boxes)
                for u in [t] + boxes:
                    if ws(u):
                        units.append(ws(u))
            else:
                walk(ch)

    walk(root.find(W + "body"))
    return units


# ---------------------------------------------------------------- .pdf
def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


# ---------------------------------------------------------------- .html
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


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return html_units(full)


# ---------------------------------------------------------------- format checks
def check_formats(units, problems):
    full = os.path.join(ROOT, DOCS["three-stage-pfbr-word-notes"][0])
    with zipfile.ZipFile(full) as z:
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
    need = ['w:val="Heading1"', 'w:val="Heading2"', 'w:val="Title"', "<w:tbl>", "<wps:txbx>",
            "<mc:Fallback>", "<v:textbox", 'prst="wedgeRoundRectCallout"', "<wp:anchor "]
    for n in need:
        if n not in doc:
            problems.append("docx: no %s" % n)
    if doc.count("<wps:txbx>") < 4:
        problems.append("docx: expected at least four text boxes and shapes")
    if "python-docx" in core:
        problems.append("docx: core.xml still names python-docx")
    pdf = " ".join(units["pib-backgrounder-nuclear-energy-mission"])
    for n in ["Press Information Bureau", "Department of Atomic Energy", "Introduction",
              "Key Takeaways", "Conclusion", "References", "Source:", "Milestone", "https://"]:
        if n not in pdf:
            problems.append("pdf: no %r in the extracted text" % n)
    with open(os.path.join(ROOT, DOCS["telegram-gs3decoded-clnd-act"][0]), encoding="utf-8") as f:
        page = f.read()
    for n in ["<!-- saved from url=", 'class="tgme_channel_info"', "tgme_widget_message_bubble",
              "tgme_widget_message_views", "tgme_widget_message_forwarded_from_name",
              "tgme_widget_message_poll_option_percent", "tgme_widget_message_link_preview",
              'href="?q=%23', "tgme_widget_message_service_date", "<time datetime="]:
        if n not in page:
            problems.append("html: no %s" % n)


def check_remake(problems):
    for name, (path, script) in DOCS.items():
        full = os.path.join(ROOT, path)
        with open(full, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(path))
            with open(os.path.join(TOOLS, script), encoding="utf-8") as f:
                code = f.read()
            new = re.sub(r'^OUT = .*$', "OUT = %r" % out, code, count=1, flags=re.M)
            new = new.replace("HERE = os.path.dirname(os.path.abspath(__file__))",
                              "HERE = %r" % TOOLS, 1)
            if new == code or "OUT = %r" % out not in new:
                problems.append("%s: could not redirect its output" % script)
                continue
            tmp_script = os.path.join(tmp, script)
            with open(tmp_script, "w", encoding="utf-8") as f:
                f.write(new)
            subprocess.run([sys.executable, tmp_script], check=True)
            with open(out, "rb") as f:
                after = hashlib.sha256(f.read()).hexdigest()
        if before != after:
            problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        print("%s: %d words as extracted" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    check_formats(units, problems)
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
                sec = []
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
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
