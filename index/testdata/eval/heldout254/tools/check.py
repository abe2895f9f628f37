#!/usr/bin/python3
"""Check the heldout254 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Obsidian note (.md): the reading view. YAML front matter, %% comments %%, code blocks and
    $$ math blocks are not shown as text; embeds (![[...]]) show the other note or picture, which
    the set does not hold, so they add no text; [[target|alias]] shows the alias, [[target]] the
    target; **, *, ==, ~~ and ` markers, block ids (^id), footnote marks and list, heading and
    callout markers are dropped. One unit per line, and one per cell of a pipe table.
  - Keynote deck (.pptx): every paragraph (<a:p>) of every slide in presentation order, shapes,
    grouped shapes and table cells alike, then the paragraphs of its presenter notes; a line
    break (<a:br/>) ends a unit. Auto-numbers are not text.
  - SubRip captions (.srt): one unit per cue, its lines joined with a space, <i>-style tags and
    {\\an8}-style override tags dropped; cue numbers and timings are not text.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines hold exactly q, accept
(one or two strings) and section (a non-empty list of strings); 25 questions per document and
12 out-of-scope ones holding only q; every accept string is ASCII, 5-12 words long, lies inside
one unit of its own document and occurs exactly once across the three documents' text (case
ignored, whitespace collapsed; the .md's front matter counts here too); some section name of
each question is found in its document (for the deck a slide title, for the note a heading or
callout title, for the captions the text of a cue); each document has 1,300-1,800 words; the
.pptx and its parts parse as XML; and tools/make_md.py, tools/make_pptx.py and tools/make_srt.py
re-make the documents byte for byte.
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
    "Seismic Zoning of India": ("docs/Seismic Zoning of India.md", "make_md.py"),
    "Lec 6 - Himalayan Arc Earthquakes": ("docs/Lec 6 - Himalayan Arc Earthquakes.pptx",
                                          "make_pptx.py"),
    "building-codes-earthquake-safety-lec9.hi-en": (
        "docs/building-codes-earthquake-safety-lec9.hi-en.srt", "make_srt.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ Obsidian note

def md_inline(s):
    s = re.sub(r"!\[\[[^\]]*\]\]", "", s)                       # embeds
    s = re.sub(r"\[\[([^\]|]*?)(?:\\?\|([^\]]*))?\]\]",
               lambda m: m.group(2) if m.group(2) is not None else m.group(1).lstrip("#"), s)
    s = re.sub(r"\[\^\d+\]", "", s)                              # footnote marks
    s = re.sub(r"\s\^[A-Za-z0-9-]+$", "", s)                     # block ids
    s = re.sub(r"\$([^$]+)\$", r"\1", s)                         # inline math
    for mark in ("**", "==", "~~"):
        s = re.sub(re.escape(mark) + r"(.+?)" + re.escape(mark), r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", s)
    s = re.sub(r"`([^`]+)`", r"\1", s)
    return ws(s)


def md_units(full):
    text = open(full, encoding="utf-8").read()
    front = []
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        front = [ws(l) for l in text[4:end].split("\n") if l.strip()]
        text = text[end + 5:]
    text = re.sub(r"%%.*?%%", "", text, flags=re.S)
    units, headings = [], []
    fence = math = False
    for line in text.split("\n"):
        st = line.strip()
        if st.startswith("```"):
            fence = not fence
            continue
        if st == "$$" or (st.startswith("$$") and st.endswith("$$") and len(st) > 4):
            if st == "$$":
                math = not math
            continue
        if fence or math or not st:
            continue
        if re.fullmatch(r"\^[A-Za-z0-9-]+", st):
            continue
        st = re.sub(r"^(>\s?)+", "", st).strip()
        m = re.match(r"\[!(\w+)\][+-]?\s*(.*)$", st)
        if m:
            if m.group(2):
                headings.append(md_inline(m.group(2)))
                units.append(md_inline(m.group(2)))
            continue
        m = re.match(r"(#{1,6})\s+(.*)$", st)
        if m:
            headings.append(md_inline(m.group(2)))
            units.append(md_inline(m.group(2)))
            continue
        if st.startswith("|"):
            if re.fullmatch(r"\|[\s\-:|]+\|", st):
                continue
            cells = re.split(r"(?<!\\)\|", st.strip("|"))
            units.extend(md_inline(c.replace("\\|", "|")) for c in cells if c.strip())
            continue
        st = re.sub(r"^\[\^\d+\]:\s*", "", st)
        st = re.sub(r"^([-*+]|\d+\.)\s+(\[[ xX]\]\s+)?", "", st)
        u = md_inline(st)
        if u:
            units.append(u)
    return units, front, headings


# ------------------------------------------------------------------ Keynote deck

def pptx_paragraphs(root):
    out = []
    for p in root.iter(A + "p"):
        parts = []
        for el in p.iter():
            if el.tag == A + "t":
                parts.append(el.text or "")
            elif el.tag == A + "br":
                parts.append("\n")
        for line in "".join(parts).split("\n"):
            if ws(line):
                out.append(ws(line))
    return out


def pptx_units(full, problems):
    units, titles = [], []
    with zipfile.ZipFile(full) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    problems.append("pptx: %s does not parse (%s)" % (name, e))
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = {r.get("Id"): r.get("Target") for r in
                 ET.fromstring(z.read("ppt/_rels/presentation.xml.rels")).iter(PR + "Relationship")}
        for sid in pres.iter(P + "sldId"):
            path = "ppt/" + prels[sid.get(R + "id")]
            slide = ET.fromstring(z.read(path))
            units.extend(pptx_paragraphs(slide))
            for sp in slide.iter(P + "sp"):
                ph = sp.find(".//" + P + "ph")
                if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                    titles.append(ws(" ".join(t.text or "" for t in sp.iter(A + "t"))))
            relp = path.replace("slides/", "slides/_rels/") + ".rels"
            for r in ET.fromstring(z.read(relp)).iter(PR + "Relationship"):
                if r.get("Type").endswith("/notesSlide"):
                    npath = "ppt/notesSlides/" + r.get("Target").split("/")[-1]
                    notes = ET.fromstring(z.read(npath))
                    for sp in notes.iter(P + "sp"):
                        ph = sp.find(".//" + P + "ph")
                        if ph is not None and ph.get("type") == "body":
                            units.extend(pptx_paragraphs(sp))
    return units, titles


# ------------------------------------------------------------------ SubRip captions

def srt_units(full, problems):
    raw = open(full, "rb").read()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    units = []
    for n, block in enumerate(text.strip("\n").split("\n\n"), 1):
        lines = block.split("\n")
        if lines[0] != str(n) or not re.fullmatch(
                r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1]) or len(lines) < 3:
            problems.append("srt: cue %d is malformed" % n)
            continue
        cue = " ".join(lines[2:])
        cue = re.sub(r"<[^>]+>|\{\\[^}]*\}", "", cue)
        units.append(ws(cue))
    return units


# ------------------------------------------------------------------ checks

def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, "out" + os.path.splitext(doc)[1])
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    remake(problems)
    units, extra, names = {}, {}, {}
    for name, (doc, _) in DOCS.items():
        full = os.path.join(ROOT, doc)
        if doc.endswith(".md"):
            units[name], extra[name], names[name] = md_units(full)
        elif doc.endswith(".pptx"):
            units[name], names[name] = pptx_units(full, problems)
            extra[name] = []
        else:
            units[name] = srt_units(full, problems)
            extra[name], names[name] = [], units[name]
        words = sum(len(u.split()) for u in units[name])
        print("%s: %d units, %d words" % (doc, len(units[name]), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (doc, words))
    joined = {k: ws(" ".join(units[k] + extra[k])).lower() for k in DOCS}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        lowered = [ws(n).lower() for n in names[name]]
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
            elif not any(any(ws(s).lower() in n for n in lowered) for s in sec):
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
                    problems.append("%s: not inside one line/element/cue of %s: %r" % (where, name, a))
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
