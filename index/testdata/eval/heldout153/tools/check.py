#!/usr/bin/python3
"""Check the heldout153 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' text (case-insensitive). The units, read with the standard library only:
- YouTube captions (.vtt): the text of ONE cue (its lines joined, <timestamp> and <c> tags
  dropped); the document's text is the transcript with each rolling line counted once;
- XMind workbook (.xmind): one line of a topic title, one line of a note, a label, a boundary or
  relationship title, or a sheet title, from content.json (the content.xml warning stub for old
  XMind versions is not shown and is skipped);
- Word document (.docx): one paragraph of word/document.xml (a table cell's paragraph, a text
  box's paragraph read once from mc:Choice with mc:Fallback skipped) or of word/footnotes.xml.
It also checks that each file has the parts its app writes, and prints each document's word count.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "monsoon-mechanism-lecture": "docs/monsoon-mechanism-lecture.vtt",
    "monsoon-mind-map": "docs/monsoon-mind-map.xmind",
    "monsoon-imd-and-2025": "docs/monsoon-imd-and-2025.docx",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def vtt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    head = text.split("\n\n", 1)[0].split("\n")
    if head[:3] != ["WEBVTT", "Kind: captions", "Language: en"]:
        problems.append("vtt: header is not WEBVTT / Kind: captions / Language: en")
    cues, transcript = [], []
    for block in text.split("\n\n")[1:]:
        lines = block.split("\n")
        if not lines or "-->" not in lines[0]:
            continue
        if not re.match(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3} align:start position:0%$", lines[0]):
            problems.append("vtt: odd cue timing line %r" % lines[0])
        shown = [ws(re.sub(r"<[^>]+>", "", l)) for l in lines[1:]]
        shown = [l for l in shown if l]
        if shown:
            cues.append(" ".join(shown))
        for l in shown:
            if not transcript or transcript[-1] != l:
                transcript.append(l)
    if re.search(r"[.,?!;:'\"-]", " ".join(transcript).replace("[Music]", "")):
        problems.append("vtt: punctuation in the captions")
    return cues, transcript


def xmind_units(full, problems):
    z = zipfile.ZipFile(full)
    for part in ("content.json", "metadata.json", "manifest.json"):
        if part not in z.namelist():
            problems.append("xmind: missing %s" % part)
    sheets = json.loads(z.read("content.json").decode("utf-8"))
    units = []

    def add(s):
        for line in s.split("\n"):
            if ws(line):
                units.append(ws(line))

    def topic(t):
        add(t.get("title", ""))
        for lab in t.get("labels", []):
            add(lab)
        note = t.get("notes", {}).get("plain", {}).get("content", "")
        add(note)
        for b in t.get("boundaries", []):
            add(b.get("title", ""))
        for kind in ("attached", "detached"):
            for c in t.get("children", {}).get(kind, []):
                topic(c)

    if len(sheets) < 2:
        problems.append("xmind: expected two sheets")
    for sh in sheets:
        add(sh.get("title", ""))
        topic(sh["rootTopic"])
        for r in sh.get("relationships", []):
            add(r.get("title", ""))
    return units, units


def docx_paras(root):
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
        if el.tag == W + "t" and buf is not None:
            buf.append(el.text or "")
        elif el.tag in (W + "tab", W + "br") and buf is not None:
            buf.append(" ")
        for c in el:
            walk(c, buf)

    walk(root, None)
    return out


def docx_units(full, problems):
    z = zipfile.ZipFile(full)
    names = z.namelist()
    for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                 "word/numbering.xml", "word/footnotes.xml"):
        if part not in names:
            problems.append("docx: missing %s" % part)
    units = docx_paras(ET.fromstring(z.read("word/document.xml")))
    units += docx_paras(ET.fromstring(z.read("word/footnotes.xml")))
    doc = z.read("word/document.xml").decode("utf-8")
    for need in ('w:val="Heading1"', 'w:val="Heading2"', "<w:tbl>", "<w:numPr>", "<w:footnoteReference",
                 "<w:txbxContent>"):
        if need not in doc:
            problems.append("docx: document.xml lacks %s" % need)
    return units, units


def main():
    problems = []
    units, texts = {}, {}
    for k, v in DOCS.items():
        full = os.path.join(ROOT, v)
        if v.endswith(".vtt"):
            units[k], texts[k] = vtt_units(full, problems)
        elif v.endswith(".xmind"):
            units[k], texts[k] = xmind_units(full, problems)
        else:
            units[k], texts[k] = docx_units(full, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in texts.items()}
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
                if not any(ws(a).lower() in u.lower() for u in units[name]) or \
                        not any(a in u for u in units[name]):
                    problems.append("%s: not inside one cue/topic/paragraph of %s: %r" % (where, name, a))
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
    for k in DOCS:
        print("words in %s: %d" % (DOCS[k], len(" ".join(texts[k]).split())))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
