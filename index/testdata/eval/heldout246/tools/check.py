#!/usr/bin/python3
"""Check the heldout246 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); oos.jsonl lines hold only q. Each
q-*.jsonl must hold 25 questions and oos.jsonl 12. Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
across the three documents' shown text (case-insensitive, whitespace collapsed):
  - Word .docx: one paragraph (w:p) of word/document.xml - body, table cell or cover text box -
    read with zipfile and ElementTree, with the VML copies in mc:Fallback skipped (Word shows
    each text box once) and field codes left out; the footnotes and the default header and
    footer count towards uniqueness and the word count;
  - Obsidian .md: one line as the reading view shows it (front matter shown as properties,
    callout markers, list and heading marks, **, ==, *, [[link|alias]], footnote marks, block
    ids and %% comments dropped, inline ^[footnotes] shown as their own unit, table rows split
    into cells, fenced code (the dataview query) and $$ maths left out);
  - YouTube .vtt: the text of one caption cue.
At least one section name of each question must appear in its document's shown text. Each
document must hold 1,300 to 1,800 words as shown. The formats are checked (the .docx's parts,
dates, cover-page content control, text boxes with fallbacks and first-page header; the note's
front matter, callouts and dataview block; the captions' header and timing lines), and
tools/make_docx.py, tools/make_md.py and tools/make_vtt.py must re-make the three documents
byte for byte. Standard library only.
Run: /usr/bin/python3 tools/check.py
"""
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
    "solar-parks-ums-module": ("docs/solar-parks-ums-module.docx", "make_docx.py"),
    "pm-surya-ghar-muft-bijli-yojana": ("docs/pm-surya-ghar-muft-bijli-yojana.md", "make_md.py"),
    "rooftop-solar-net-metering-class": ("docs/rooftop-solar-net-metering-class.en.vtt",
                                         "make_vtt.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
              "word/_rels/document.xml.rels", "word/footnotes.xml", "word/endnotes.xml",
              "word/header1.xml", "word/footer1.xml", "word/header2.xml", "word/footer2.xml",
              "word/theme/theme1.xml", "word/settings.xml", "customXml/item1.xml",
              "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels", "word/numbering.xml",
              "word/styles.xml", "word/webSettings.xml", "word/fontTable.xml", "docProps/core.xml",
              "docProps/app.xml"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .docx
def docx_paras(root):
    """Shown text of each w:p; a w:p inside a text box is its own paragraph."""
    out = []

    def walk(el, buf):
        if el.tag == MC + "Fallback":
            return
        if el.tag == W + "p":
            mine = []
            for ch in el:
                walk(ch, mine)
            t = ws("".join(mine))
            if t:
                out.append(t)
            return
        if buf is not None:
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag in (W + "tab", W + "br", W + "cr"):
                buf.append(" ")
        for ch in el:
            walk(ch, buf)

    walk(root, None)
    return out


def docx_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names != DOCX_PARTS:
            problems.append("docx: parts or their order differ from Word's: %s" % names)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                problems.append("docx: %s does not parse (%s)" % (info.filename, e))
                return [], []
        doc = z.read("word/document.xml").decode("utf-8")
        for needle, what in [('<w:docPartGallery w:val="Cover Pages"/>', "cover-page content control"),
                             ("<mc:Fallback><w:pict>", "VML fallbacks of the text boxes"),
                             ("<w:txbxContent>", "text boxes"), ("<w:titlePg/>", "different first page"),
                             ('w:type="first"', "first-page header"), ("w:dataBinding", "bound controls"),
                             ('w:val="Heading1"', "Heading 1"), ('w:val="Heading2"', "Heading 2"),
                             ("<w:tbl>", "tables"), ("<w:footnoteReference", "footnotes"),
                             ('w:name="_GoBack"', "_GoBack bookmark"), ("<w:proofErr", "proofErr marks")]:
            if needle not in doc:
                problems.append("docx: no %s" % what)
        if "PowerPlusWaterMarkObject" not in z.read("word/header1.xml").decode("utf-8"):
            problems.append("docx: header has no watermark")
        if b"CoverPageProperties" not in z.read("customXml/item1.xml"):
            problems.append("docx: customXml/item1.xml is not CoverPageProperties")
        body = docx_paras(ET.fromstring(z.read("word/document.xml")))
        notes = docx_paras(ET.fromstring(z.read("word/footnotes.xml")))
        extra = (docx_paras(ET.fromstring(z.read("word/header1.xml")))
                 + docx_paras(ET.fromstring(z.read("word/footer1.xml"))))
    return body + notes, extra


# ---------------------------------------------------------------- .md
def md_inline(t, extra):
    def fn(m):
        extra.append(m.group(1))
        return ""

    t = re.sub(r"\^\[([^\]]*)\]", fn, t)
    t = re.sub(r"%%.*?%%", "", t)
    t = re.sub(r"!\[\[[^\]]*\]\]", "", t)
    t = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", t)
    t = re.sub(r"\[\[([^\]#]*)#([^\]]*)\]\]", r"\1 > \2", t)
    t = re.sub(r"\[\[([^\]]*)\]\]", r"\1", t)
    t = re.sub(r"\[\^\w+\]", "", t)
    t = re.sub(r"(^|\s)\^[\w-]+$", "", t)
    t = t.replace("**", "").replace("==", "")
    t = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", t)
    t = re.sub(r"`([^`]*)`", r"\1", t)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"(^|· )(\w[\w-]*):: ", r"\1\2: ", t)
    return t


def md_units(full, problems):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    units, extra = [], []
    if lines[0] != "---" or "---" not in lines[1:]:
        problems.append("md: no front matter")
        return [], []
    end = lines.index("---", 1)
    for line in lines[1:end]:
        if ": " not in line:
            problems.append("md: bad front matter line %r" % line)
            continue
        k, v = line.split(": ", 1)
        v = v.strip()
        if v.startswith("[") and v.endswith("]") and not v.startswith("[["):
            v = ", ".join(x.strip().strip('"') for x in v[1:-1].split(","))
        units.append(ws("%s: %s" % (k, md_inline(v.strip('"'), extra))))
    body = "\n".join(lines[end + 1:])
    for needle, what in [("> [!abstract]", "abstract callout"), ("> [!faq]-", "folded FAQ callout"),
                         ("```dataview\n", "dataview block"), ("[!tip|", "callout with metadata"),
                         ("- [ ] ", "tasks"), ("^[", "inline footnote"), ("%%", "comment")]:
        if needle not in body:
            problems.append("md: no %s" % what)
    fence = comment = False
    for line in lines[end + 1:]:
        s = line
        while s.startswith(">"):
            s = s[1:].lstrip(" ")
        if s.startswith("```"):
            fence = not fence
            continue
        if fence or s.strip().startswith("$$"):
            continue
        if s.startswith("%%") and not s.rstrip().endswith("%%"):
            comment = True
            continue
        if comment:
            comment = not s.rstrip().endswith("%%")
            continue
        m = re.match(r"\[!([\w-]+)(\|[\w-]+)?\][+-]?\s*(.*)$", s)
        if m:
            s = m.group(3) or m.group(1).capitalize()
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^\s*(?:[-*+]|\d+\.) (\[[ x]\] )?", "", s)
        s = re.sub(r"^\[\^\w+\]: ", "", s)
        if "-" in s and re.fullmatch(r"\|?[\s:|-]+\|?", s.strip()):
            continue
        cells = re.split(r"(?<!\\)\|", s.strip().strip("|")) if s.strip().startswith("|") else [s]
        for c in cells:
            for part in md_inline(c, extra).split("\n"):
                if ws(part):
                    units.append(ws(part))
    units.extend(ws(e) for e in extra)
    return units, []


# ---------------------------------------------------------------- .vtt
def vtt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if not text.startswith("WEBVTT\nKind: captions\nLanguage: en\n\n"):
        problems.append("vtt: bad header")
    units = []
    for block in text.split("\n\n")[1:]:
        lines = [l for l in block.split("\n") if l]
        if not lines:
            continue
        if not re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3} align:start position:0%",
                            lines[0]):
            problems.append("vtt: bad timing line %r" % lines[0])
        if len(lines) != 2:
            problems.append("vtt: cue without exactly one text line: %r" % block)
        units.extend(ws(re.sub(r"<[^>]+>", "", l)) for l in lines[1:])
    return units, []


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full, problems)
    if path.endswith(".md"):
        return md_units(full, problems)
    return vtt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name, (path, _) in DOCS.items():
        shown, extra = units_of(path, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        nw = len(joined[name].split())
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words as shown, expected 1,300-1,800" % (path, nw))
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
    print("words as shown: %s" % ", ".join("%s %d" % (k, len(v.split())) for k, v in joined.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
