#!/usr/bin/python3
"""Check the heldout225 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  * the python-docx handout: every w:p of word/document.xml (body paragraphs, list items, table
    cells and the paragraphs inside the VML text box, each its own unit; a paragraph that holds
    the text box does not take in the box's text), read with zipfile and ElementTree; the header
    and footer parts count towards uniqueness too;
  * the beehiiv e-mail: the text/html part decoded with the email package, one unit per block
    element (p, li, td, h1-h3 ...), scripts, styles, the <title> and the hidden preheader
    (display:none) skipped; the text/plain part is checked as well;
  * the Notion Markdown export: one unit per line with the Markdown stripped (link targets,
    ** markers, list, to-do and heading markers, aside tags), table rows split into cells.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys
q, accept (one or two strings) and section (a non-empty list of strings); 25 questions per
document and 12 out-of-scope ones (only the key q); every accept string is ASCII, 5 to 12 words
long, lies inside one unit of its own document (for the e-mail also inside one line of its
text/plain part), and occurs exactly once (ignoring case, whitespace collapsed) in the three
documents' extracted text taken together; at least one section name of every question occurs in
its document's text; each document has 1,300 to 1,800 words; and the three make scripts re-make
the documents byte for byte (run into a temporary directory).
Run: /usr/bin/python3 tools/check.py   (add --dump to print the extracted units)
"""
import email
import email.policy
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
NOTION = "GST Appellate Tribunal (GSTAT) 8f3b2c1d4e5a4f6b9c7d0e1f2a3b4c5d.md"
DOCS = {
    "gst-council-article-279a-handout": ("docs/gst-council-article-279a-handout.docx", "make_docx.py",
                                         "gst-council-article-279a-handout.txt"),
    "arthniti-letter-gst-2-0": ("docs/arthniti-letter-gst-2-0.eml", "make_eml.py",
                                "arthniti-letter-gst-2-0.txt"),
    "gstat-notion-page": ("docs/" + NOTION, "make_notion.py", "gstat-notion-page.txt"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "tbody", "thead", "body", "html", "head", "br", "blockquote"}
VOID = {"br", "img", "meta", "link", "hr", "input", "col", "area", "base", "source", "wbr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- docx
def para_text(p):
    """Text of one w:p, not descending into nested paragraphs (text-box content)."""
    parts = []

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                continue
            if ch.tag == W + "t":
                parts.append(ch.text or "")
            elif ch.tag == W + "tab":
                parts.append("\t")
            elif ch.tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif ch.tag == W + "instrText":
                continue
            walk(ch)
    walk(p)
    return ws("".join(parts))


def docx_units(path):
    with zipfile.ZipFile(path) as z:
        body = [para_text(p) for p in ET.fromstring(z.read("word/document.xml")).iter(W + "p")]
        extra = []
        for name in z.namelist():
            if re.match(r"word/(header|footer)\d*\.xml$", name):
                extra += [para_text(p) for p in ET.fromstring(z.read(name)).iter(W + "p")]
    return [u for u in body if u], [u for u in extra if u]


# ---------------------------------------------------------------- eml
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []

    def hidden(self):
        return any(self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        style = (a.get("style") or "").replace(" ", "").lower()
        self.stack.append(tag in ("style", "script", "title") or "display:none" in style)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in BLOCK:
            self.flush()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.hidden():
            self.buf.append(data)


def eml_parts(path):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    return msg.get_body(("html",)).get_content(), msg.get_body(("plain",)).get_content()


def eml_units(path):
    html_text, plain = eml_parts(path)
    p = Blocks()
    p.feed(html_text)
    p.close()
    p.flush()
    return p.units, []


# ---------------------------------------------------------------- Notion Markdown
def md_strip(s):
    s = re.sub(r"!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"^#+\s+", "", s)
    s = re.sub(r"^\s*(?:[-*]\s+(?:\[[ x]\]\s+)?|\d+\.\s+)", "", s)
    s = re.sub(r"</?aside>", "", s)
    return ws(s)


def md_units(path):
    units = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if re.match(r"^\|(\s*-+\s*\|)+\s*$", line):
            continue
        if line.strip() == "---":
            continue
        if line.startswith("|"):
            # drop link targets first, then split the row into its cells
            row = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", line.strip())
            cells = row.strip("|").split("|")
            units += [md_strip(c) for c in cells if md_strip(c)]
        elif md_strip(line):
            units.append(md_strip(line))
    return units, []


def units_of(path):
    if path.endswith(".docx"):
        return docx_units(path)
    if path.endswith(".eml"):
        return eml_units(path)
    return md_units(path)


# ---------------------------------------------------------------- checks
def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script, source) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(HERE, script),
                                os.path.join(HERE, source), out], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s: %s failed: %s" % (name, script, r.stderr.strip()[-300:]))
                continue
            if open(out, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s: tools/%s does not re-make %s byte for byte" % (name, script, doc))


def main():
    problems = []
    units, joined, plain_lines = {}, {}, {}
    for name, (doc, _, _) in DOCS.items():
        shown, extra = units_of(os.path.join(ROOT, doc))
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        nw = len(" ".join(shown).split())
        print("%s: %d units, %d words" % (doc, len(shown), nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (doc, nw))
        if doc.endswith(".eml"):
            plain = eml_parts(os.path.join(ROOT, doc))[1]
            plain_lines[name] = [ws(l) for l in plain.split("\n") if l.strip()]
            npw = len(plain.split())
            print("%s: text/plain part %d words" % (doc, npw))
    if "--dump" in sys.argv:
        for name in DOCS:
            print("=====", name)
            for u in units[name]:
                print(u)
        return 0
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                if name in plain_lines and not any(la in l.lower() for l in plain_lines[name]):
                    problems.append("%s: not inside one line of the text/plain part: %r" % (where, a))
                total = sum(j.count(la) for j in joined.values())
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
