#!/usr/bin/python3
"""Check the heldout234 evaluation set.

Extracts each document's text the way a reader sees it:
  - Word .docx (tracked changes and comments): every paragraph of word/document.xml (body,
    table cells, the table of contents) with the reviewer's changes accepted – inserted and
    moved-to text kept, deleted text (w:delText) and moved-from text dropped – plus the
    paragraphs of the header, the footer and word/comments.xml (the margin comments);
  - magazine PDF: `pdftotext -layout`, each line cut where a gap of three or more spaces
    separates the two columns (or a table's cells), whitespace collapsed;
  - Notion Markdown: each line with its Markdown taken off (heading marks, "- ", "- [ ]  ",
    "**", backticks, <aside> tags; [text](target) shown as its text, images dropped), and each
    cell of the database table on its own.
Then checks: q-*.jsonl have exactly 25 lines and oos.jsonl 12; every line parses; in-scope
lines have exactly the keys q, accept, section; accept is a list of one or two ASCII strings of
5-12 words, each inside one unit (paragraph / line / cell) of its own document and occurring
exactly once (ignoring case, whitespace collapsed) across the three documents' text; section is
a non-empty list of which at least one name occurs in the question's document; each document
has 1,300-1,800 words of text; the .docx holds the parts and revision marks of a reviewed Word
file; and tools/make_docx.py, tools/make_pdf.py and tools/make_notion.py re-make the three
documents byte for byte (run on copies, so the committed files are never touched).
Run: /usr/bin/python3 tools/check.py   (add --dump to print every document's units)
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TOOLS = os.path.join(ROOT, "tools")
DOCS = {
    "sixth-schedule-framework-review": "docs/sixth-schedule-framework-review.docx",
    "compass-nov-2025-accords-feature": "docs/compass-nov-2025-accords-feature.pdf",
    "adc-tracker-notion": "docs/adc-tracker-notion.md",
}
MAKERS = {  # script -> document it writes
    "make_docx.py": "docs/sixth-schedule-framework-review.docx",
    "make_pdf.py": "docs/compass-nov-2025-accords-feature.pdf",
    "make_notion.py": "docs/adc-tracker-notion.md",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
              "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/comments.xml",
              "word/commentsExtended.xml", "word/commentsIds.xml", "word/people.xml",
              "word/header1.xml", "word/footer1.xml", "docProps/core.xml", "docProps/app.xml"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- extraction

def docx_paras(data):
    """Shown text of each w:p with tracked changes accepted."""
    root = ET.fromstring(data)
    parent = {c: p for p in root.iter() for c in p}
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag not in (W + "t", W + "tab"):
                continue
            anc, moved = parent.get(el), False
            while anc is not None and anc is not p:
                if anc.tag in (W + "moveFrom", W + "del"):
                    moved = True
                    break
                anc = parent.get(anc)
            if moved:
                continue
            parts.append(el.text or "" if el.tag == W + "t" else "\t")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        units = []
        for part in ("word/header1.xml", "word/document.xml", "word/footer1.xml", "word/comments.xml"):
            units += docx_paras(z.read(part))
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


TARGET = r"\((?:[^()\s]|\([^()\s]*\))*\)"   # a link target; Notion keeps "(NE)" unencoded


def md_plain(s):
    s = re.sub(r"!\[[^\]]*\]" + TARGET, "", s)
    s = re.sub(r"\[([^\]]*)\]" + TARGET, r"\1", s)
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"</?aside>", "", s)
    return ws(s)


def md_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            st = line.strip()
            if not st or st == "---":
                continue
            if st.startswith("|"):
                if re.fullmatch(r"\|[\s\-|]+\|", st):
                    continue
                units += [md_plain(c) for c in st.strip("|").split("|") if md_plain(c)]
                continue
            st = re.sub(r"^(#+ |- \[[ x]\]\s+|- |> |\d+\. )", "", st)
            if md_plain(st):
                units.append(md_plain(st))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return md_units(full)


# ---------------------------------------------------------------- checks

def check_docx(problems):
    full = os.path.join(ROOT, DOCS["sixth-schedule-framework-review"])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
        doc = z.read("word/document.xml").decode("utf-8")
        for mark in ("<w:ins ", "<w:del ", "<w:delText", "<w:moveFrom ", "<w:moveTo ", "<w:rPrChange ",
                     "<w:pPrChange ", "<w:trPr><w:ins ", "commentRangeStart", "commentReference",
                     'w:val="Table of Contents"', "PAGEREF"):
            if mark not in doc:
                problems.append("docx: document.xml lacks %s" % mark)
        if "<w:trackRevisions/>" not in z.read("word/settings.xml").decode("utf-8"):
            problems.append("docx: settings.xml lacks w:trackRevisions")
        ext = z.read("word/commentsExtended.xml").decode("utf-8")
        if "paraIdParent" not in ext or 'w15:done="1"' not in ext:
            problems.append("docx: commentsExtended.xml needs a reply and a done comment")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for script, doc in MAKERS.items():
            src = open(os.path.join(TOOLS, script), encoding="utf-8").read()
            out = os.path.join(tmp, os.path.basename(doc))
            new = re.sub(r'^OUT = .*$', 'OUT = %r' % out, src, count=1, flags=re.M)
            new = re.sub(r'^HERE = .*$', 'HERE = %r' % TOOLS, new, count=1, flags=re.M)
            path = os.path.join(tmp, script)
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            subprocess.run(["/usr/bin/python3", path], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, doc), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_lines(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip()]
    objs = []
    for i, ln in enumerate(lines, 1):
        try:
            objs.append(("%s:%d" % (fn, i), json.loads(ln)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=" * 20, k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_lines(fn, problems)
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept item not a string" % where)
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
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
    lines, objs = read_lines("oos.jsonl", problems)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for where, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    check_docx(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
