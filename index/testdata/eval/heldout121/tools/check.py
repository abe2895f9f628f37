#!/usr/bin/python3
"""Check the heldout121 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). The units are:
  - Word .docx: one paragraph (w:p) of word/document.xml or word/footnotes.xml, table cells
    included (each cell's paragraph is its own unit, so no string spans two cells);
  - YouTube .srt captions: the text of ONE cue (its lines after the number and timing line);
  - Emacs .org: one line of the file, and the string must be free of Org markup
    (* = ~ / for emphasis, [[ ]] links, | table bars, the :: of description lists).
The shown text is extracted with the standard library only (zipfile, xml.etree). The script
also checks each format's shape (the docx parts and styles, the srt cue numbering and timing,
the org keywords), and that tools/make_docx.py, tools/make_srt.py and tools/make_org.py re-make
the three documents byte for byte from their sources in tools/.
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "gupta-rise-and-administration": "docs/gupta-rise-and-administration.docx",
    "gupta-art-lecture": "docs/gupta-art-lecture.srt",
    "gupta-science-and-literature": "docs/gupta-science-and-literature.org",
}
MAKERS = {
    "gupta-rise-and-administration": "tools/make_docx.py",
    "gupta-art-lecture": "tools/make_srt.py",
    "gupta-science-and-literature": "tools/make_org.py",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def docx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                     "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
                     "word/footnotes.xml"):
            if need not in names:
                problems.append("docx: missing part %s" % need)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first member")
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = {s.get(W + "val") for s in doc.iter(W + "pStyle")}
        for need in ("Heading1", "Heading2", "ListParagraph", "Title"):
            if need not in styles:
                problems.append("docx: no paragraph in style %s" % need)
        nums = {n.get(W + "val") for n in doc.iter(W + "numId")}
        if len(nums) < 2:
            problems.append("docx: expected a bulleted and a numbered list")
        tbls = list(doc.iter(W + "tbl"))
        if len(tbls) != 1 or len(tbls[0].find(W + "tblGrid")) != 2:
            problems.append("docx: expected one two-column table")
        if not list(doc.iter(W + "footnoteReference")):
            problems.append("docx: no footnote reference")
        if not any(r.find(W + "rPr/" + W + "b") is not None for r in doc.iter(W + "r")):
            problems.append("docx: no bold run-in label")
        for part in ("word/document.xml", "word/footnotes.xml"):
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                t = ws(para_text(p))
                if t:
                    units.append(t)
    return units


def srt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    blocks = [b for b in text.split("\n\n") if b.strip()]
    units, last_end, music = [], -1, 0
    for i, b in enumerate(blocks, 1):
        lines = b.strip("\n").split("\n")
        if lines[0] != str(i):
            problems.append("srt: cue %d numbered %r" % (i, lines[0]))
        m = TIMING.match(lines[1]) if len(lines) > 1 else None
        if not m:
            problems.append("srt: cue %d has a bad timing line" % i)
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last_end <= start < end:
            problems.append("srt: cue %d timing out of order" % i)
        last_end = end
        cue = ws(" ".join(lines[2:]))
        if not cue:
            problems.append("srt: cue %d is empty" % i)
        if cue == "[Music]":
            music += 1
        units.append(cue)
    if music != 1:
        problems.append("srt: %d [Music] cues, expected 1" % music)
    return units


def org_units(full, problems):
    lines = open(full, encoding="utf-8").read().split("\n")
    for kw in ("#+TITLE:", "#+FILETAGS:", "#+BEGIN_QUOTE", "#+END_QUOTE"):
        if not any(l.startswith(kw) for l in lines):
            problems.append("org: no %s line" % kw)
    for pat, what in ((r"^\* ", "* heading"), (r"^\*\* ", "** heading"), (r"^\*\*\* ", "*** heading"),
                      (r"^\*+ TODO ", "TODO item"), (r"^\|[-+]+\|$", "table rule"),
                      (r"^\s*- .+ :: ", "description list")):
        if not any(re.match(pat, l) for l in lines):
            problems.append("org: no %s" % what)
    return [ws(l) for l in lines if l.strip()]


def main():
    problems = []
    readers = {".docx": docx_units, ".srt": srt_units, ".org": org_units}
    units = {}
    for k, v in DOCS.items():
        units[k] = readers[os.path.splitext(v)[1]](os.path.join(ROOT, v), problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}

    with tempfile.TemporaryDirectory() as tmp:
        for k, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[k]))
            subprocess.run([sys.executable, os.path.join(ROOT, maker), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, DOCS[k]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[k]))

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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".org") and re.search(r"[*=~/|]|\[\[|\]\]|::", a):
                    problems.append("%s: Org markup in %r" % (where, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
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
