#!/usr/bin/python3
"""Check the heldout219 evaluation set.

Reads the three documents the way a reader sees them:
  - Excel workbook printed to PDF (.pdf): the lines `pdftotext -layout` prints, cut where two or
    more spaces separate the cells of a row; an accept string must also lie inside one printed
    cell of the workbook as tools/electronics-pli-tracker.txt defines it (hidden rows and the
    hidden column are not printed, so they do not count);
  - Confluence HTML export (.html): the visible text of each element (head, scripts and styles
    skipped; a unit ends at every block-level tag, so a paragraph, heading, list item, table
    cell, panel title or comment line is one unit; entities decoded);
  - Zoom transcript (.vtt): the text line of each cue, the speaker's name included.
Then checks:
  - every line of q-*.jsonl parses and has exactly the keys q, accept, section; 25 per document;
  - accept holds one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
    document, and occurring exactly once (ignoring case, whitespace collapsed) across the three
    documents' text (for the PDF the whole printed cells are searched too, so a second
    occurrence split by the cell's wrapping is still found);
  - section is a non-empty list of strings, at least one of which occurs in its document's text;
  - oos.jsonl holds exactly 12 lines, each with the key q only;
  - each document has 1,300 to 1,800 words of text (everything pdftotext prints for the PDF;
    all visible text of the HTML page; the cue lines of the VTT);
  - the .vtt is a well-formed Zoom transcript (WEBVTT, numbered cues in order, timings rising,
    "Name: text" lines) and the .html parses with every block tag closed in order;
  - tools/make_excel_pdf.py, tools/make_confluence.py and tools/make_zoom_vtt.py, run on a copy
    of tools/, re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py      (add --dump to print each document's units)
"""
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "electronics-pli-tracker": "docs/electronics-pli-tracker.pdf",
    "semicon-india-programme-confluence": "docs/semicon-india-programme-confluence.html",
    "zoom-mentor-session-electronics-pli": "docs/zoom-mentor-session-electronics-pli.vtt",
}
MAKERS = {
    "tools/make_excel_pdf.py": "docs/electronics-pli-tracker.pdf",
    "tools/make_confluence.py": "docs/semicon-india-programme-confluence.html",
    "tools/make_zoom_vtt.py": "docs/zoom-mentor-session-electronics-pli.vtt",
}
SHEET_SRC = os.path.join(ROOT, "tools", "electronics-pli-tracker.txt")
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "tbody", "thead", "colgroup", "col", "br", "section", "body", "html"}
VOID = {"br", "col", "img", "link", "meta", "input", "hr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.stack, self.errors = [], [], 0, [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag not in VOID:
            self.stack.append(tag)
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
        else:
            self.stack.pop()
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    for e in p.errors[:5]:
        problems.append("%s: %s" % (full, e))
    if p.stack:
        problems.append("%s: tags left open: %s" % (full, p.stack))
    return p.units


def sheet_cells():
    """The printed cells of the workbook (hidden rows and hidden columns left out)."""
    cells, hidden = [], []
    for line in open(SHEET_SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("@"):
            key, _, val = line.partition(" ")
            if key == "@widths":
                hidden = [w.startswith("[") for w in val.split("|")]
            elif key in ("@title", "@note", "@sheet"):
                cells.append(val)
            elif key == "@header":
                cells.extend(c for k, c in enumerate(val.split("|")) if not hidden[k])
            elif key == "@total":
                cells.extend(c for k, c in enumerate(val.split("|")) if not hidden[k])
            continue
        cells.extend(c for k, c in enumerate(line.split("|")) if not hidden[k])
    return [ws(c.replace("\\n", " ")) for c in cells if c.strip()]


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {2,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, out


TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


def vtt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    blocks = text.split("\n\n")
    if blocks[0] != "WEBVTT":
        problems.append("%s: must start with a bare WEBVTT line" % full)
    units, last = [], -1.0
    for k, b in enumerate([b for b in blocks[1:] if b.strip()], 1):
        lines = b.split("\n")
        if len(lines) != 3 or lines[0] != str(k):
            problems.append("%s: cue %d is not number / timing / one text line" % (full, k))
            continue
        m = TIMING.match(lines[1])
        if not m:
            problems.append("%s: cue %d has a bad timing line" % (full, k))
            continue
        g = [int(x) for x in m.groups()]
        a = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000.0
        b2 = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000.0
        if not last <= a < b2:
            problems.append("%s: cue %d timings do not rise" % (full, k))
        last = b2
        if not re.match(r"^[^:]+: \S", lines[2]):
            problems.append("%s: cue %d has no 'Name: ' prefix" % (full, k))
        units.append(ws(lines[2]))
    return units


def main():
    problems = []
    units, joined, words = {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".pdf"):
            u, raw = pdf_units(full)
            words[name] = len(raw.split())
        elif path.endswith(".html"):
            u = html_units(full, problems)
            words[name] = len(" ".join(u).split())
        else:
            u = vtt_units(full, problems)
            words[name] = len(" ".join(u).split())
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
    cells = sheet_cells()
    cells_joined = ws(" ".join(cells)).lower()
    if "--dump" in sys.argv:
        for name, u in units.items():
            print("=====", name)
            for x in u:
                print("  " + x)
        return 0
    for name, n in words.items():
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300 to 1,800" % (name, n))

    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines = [l for l in open(os.path.join(ROOT, fn), encoding="utf-8").read().split("\n")
                 if l.strip()]
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
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in x.lower() for x in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                if name == "electronics-pli-tracker" and not any(ws(a).lower() in c.lower()
                                                                 for c in cells):
                    problems.append("%s: not inside one printed cell: %r" % (where, a))
                key = ws(a).lower()
                total = sum(j.count(key) for k, j in joined.items()
                            if k != "electronics-pli-tracker")
                total += max(joined["electronics-pli-tracker"].count(key), cells_joined.count(key))
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))

    lines = [l for l in open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8").read().split("\n")
             if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))

    # the make scripts re-make the documents byte for byte
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.makedirs(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            a = hashlib.sha256(open(os.path.join(tmp, doc), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(ROOT, doc), "rb").read()).hexdigest()
            if a != b:
                problems.append("%s does not re-make %s byte for byte" % (script, doc))

    for p in problems:
        print(p)
    print("words: " + ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
