#!/usr/bin/python3
"""Check the heldout303 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); out-of-scope lines only
q. Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document as
a reader sees it, and occur exactly once across the three documents' text (case-insensitive,
whitespace collapsed):
  - Google Meet transcript downloaded from Drive as .docx: one paragraph of word/document.xml
    (title, heading, attendee line, timestamp or one speaker turn), read with zipfile and
    ElementTree;
  - Simplenote notes.json: one line of a note's content as the Markdown preview shows it
    (heading hashes, list, checkbox and quote markers, ** / * / _ emphasis dropped, [label](url)
    shown as the label, a table row cut into its cells, the |---| rule row skipped); trashed
    notes count towards uniqueness too;
  - Zim wiki page .txt: one line of the page as Zim shows it (the three header lines hidden,
    heading "=" marks, bullets, checkboxes, ** // __ ~~ '' markers dropped, [[target|label]]
    shown as the label and [[target]] as the target, {{image}} dropped, a table row cut into
    its cells, the |---| rule row and the ''' and ----- lines skipped).
At least one section name of every question must occur in its document's text. Each document
must hold 1,300 to 1,800 words of text as extracted; there must be 25 questions per document
and 12 out-of-scope ones. The .docx must hold the parts of a Google Docs export (all dated
1980-01-01, well-formed XML, a Title, "Attendees" and "Transcript" headings, timestamps and
speaker turns); notes.json must be a Simplenote export (activeNotes and trashedNotes, each note
with id, content, creationDate and lastModified); the Zim page must start with its
Content-Type / Wiki-Format / Creation-Date header, the title heading and the "Created" line.
Finally tools/make_meet.py, tools/make_simplenote.py and tools/make_zim.py must re-make the
three documents in docs/ byte for byte.
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
MEET = "GS2 Polity doubt session (2025-11-16 19_02 GMT+5_30) - Transcript"
DOCS = {
    MEET: "docs/%s.docx" % MEET,
    "notes": "docs/notes.json",
    "Census_and_Delimitation": "docs/Census_and_Delimitation.txt",
}
MAKERS = {MEET: "make_meet.py", "notes": "make_simplenote.py",
          "Census_and_Delimitation": "make_zim.py"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
              "word/_rels/document.xml.rels"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Google Meet transcript (.docx)
def docx_units(full, problems):
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
                problems.append("docx: %s is not well-formed (%s)" % (info.filename, e))
        if any(n.startswith("docProps/") for n in names):
            problems.append("docx: Google Docs exports carry no docProps")
        root = ET.fromstring(z.read("word/document.xml"))
    units, styles = [], []
    for p in root.iter(W + "p"):
        style = p.find("%spPr/%spStyle" % (W, W))
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        if text.strip():
            units.append(ws(text))
            styles.append(style.get(W + "val") if style is not None else None)
    if not styles or styles[0] != "Title":
        problems.append("docx: the first paragraph must be the Title")
    heads = [u for u, s in zip(units, styles) if s == "Heading1"]
    if heads != ["Attendees", "Transcript"]:
        problems.append("docx: headings must be Attendees and Transcript, got %r" % heads)
    stamps = [u for u in units if re.fullmatch(r"\d\d:\d\d:\d\d", u)]
    turns = [u for u in units if re.match(r"[A-Z][\w .]+: ", u)]
    if len(stamps) < 5 or len(turns) < 20 or not units[-1].startswith("Meeting ended after"):
        problems.append("docx: needs timestamps, speaker turns and the closing line")
    return units, []


# ---------------------------------------------------------------- Simplenote (notes.json)
def md_inline(s):
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"\1", s)
    s = s.replace("`", "")
    return s


def md_shown(line):
    s = line.strip()
    if not s:
        return []
    if s.startswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
            return []
        return [ws(md_inline(c)) for c in cells if c.strip()]
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"^>\s*", "", s)
    s = re.sub(r"^[-*+]\s+\[[ xX]\]\s+", "", s)
    s = re.sub(r"^[-*+]\s+", "", s)
    s = re.sub(r"^\d+\.\s+", "", s)
    s = ws(md_inline(s))
    return [s] if s else []


def simplenote_units(full, problems):
    raw = open(full, "rb").read()
    text = raw.decode("utf-8")
    data = json.loads(text)
    if raw.endswith(b"\n") or not text.startswith('{\n  "activeNotes": [\n'):
        problems.append("notes.json: not written as JSON.stringify(data, null, 2)")
    if set(data) != {"activeNotes", "trashedNotes"} or not data["activeNotes"] or not data["trashedNotes"]:
        problems.append("notes.json: needs activeNotes and trashedNotes")
    active, trashed = [], []
    for key, out in (("activeNotes", active), ("trashedNotes", trashed)):
        for n in data.get(key, []):
            if list(n)[:4] != ["id", "content", "creationDate", "lastModified"]:
                problems.append("notes.json: note keys out of order: %r" % list(n))
            if not re.fullmatch(r"[0-9a-f]{32}", n.get("id", "")):
                problems.append("notes.json: bad id %r" % n.get("id"))
            for k in ("creationDate", "lastModified"):
                if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", n.get(k, "")):
                    problems.append("notes.json: bad %s %r" % (k, n.get(k)))
            for line in re.split(r"\r?\n", n.get("content", "")):
                out.extend(md_shown(line))
    return active, trashed


# ---------------------------------------------------------------- Zim page (.txt)
def zim_inline(s):
    s = re.sub(r"\{\{[^}]*\}\}", "", s)
    s = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    for mark in ("**", "//", "__", "~~", "''"):
        s = s.replace(mark, "")
    return s


def zim_units(full, problems):
    lines = open(full, encoding="utf-8").read().split("\n")
    if lines[0] != "Content-Type: text/x-zim-wiki" or lines[1] != "Wiki-Format: zim 0.6" \
            or not re.fullmatch(r"Creation-Date: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", lines[2]) \
            or lines[3] != "" or not re.fullmatch(r"====== .+ ======", lines[4]) \
            or not lines[5].startswith("Created "):
        problems.append("zim: header, title heading or Created line missing")
    units = []
    for line in lines[4:]:
        s = line.strip()
        if not s or s == "'''" or re.fullmatch(r"-{5,}", s):
            continue
        m = re.fullmatch(r"(={2,6})\s+(.*?)\s+\1", s)
        if m:
            units.append(ws(m.group(2)))
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            units.extend(ws(zim_inline(c)) for c in cells if c)
            continue
        s = re.sub(r"^[*]\s+", "", s)
        s = re.sub(r"^\d+\.\s+", "", s)
        s = re.sub(r"^\[[ *x>]\]\s+", "", s)
        s = ws(zim_inline(s))
        if s:
            units.append(s)
    return units, []


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".docx"):
        return docx_units(full, problems)
    if full.endswith(".json"):
        return simplenote_units(full, problems)
    return zim_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", maker), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, DOCS[name]), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def main():
    problems = []
    units, joined = {}, {}
    for name in DOCS:
        shown, extra = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        n = len(joined[name].split())
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words as extracted, expected 1,300-1,800" % (DOCS[name], n))
        if "-v" in sys.argv:
            print("%s: %d words, %d units" % (DOCS[name], n, len(shown)))
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
                problems.append("%s: no section name occurs in %s: %r" % (where, DOCS[name], sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                al = ws(a).lower()
                if not any(al in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, DOCS[name], a))
                total = sum(j.count(al) for j in joined.values())
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
