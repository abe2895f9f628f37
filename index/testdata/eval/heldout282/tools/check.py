#!/usr/bin/python3
"""Check the heldout282 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly q, accept (one or
two strings) and section (a non-empty list of strings); each question file must hold 25
questions and oos.jsonl 12 (with only q). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its own document as a reader sees it, and occur exactly once across the three
documents' text (case-insensitive, whitespace collapsed):
  - Obsidian canvas (.canvas): the group labels, the edge labels, the file cards' names and each
    text card's Markdown as Obsidian shows it, one unit per line (heading hashes, list and task
    markers, quote and callout markers, **, ==, * and wikilink brackets dropped; a wikilink shown
    by its alias; a table row split into its cells);
  - magazine PDF: one line of `pdftotext -layout` output with whitespace collapsed, cut where
    pdftotext leaves a gap of three or more spaces (the two columns side by side);
  - Zoho Notebook HTML: the note's title and one block's visible text (div, list item, table
    cell, quote line; a <br> also ends a unit).
Some name in each question's section list must occur in its document's text. Each document must
hold 1,300 to 1,800 words as extracted. The structure of each format is checked (Obsidian's
layout of the canvas JSON and its ids and edges; the PDF's page count and InDesign metadata; the
Zoho page on one line with its data-notebook / data-notecard JSON and <content> wrapper), and
tools/make_canvas.py, tools/make_magazine.py and tools/make_zoho.py, run into a temporary
directory, must re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --units to print the units)
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CANVAS = "Satavahanas - rulers board"
MAG = "Sankalp_CA_Monthly_Aug2025_p52-54"
ZOHO = "gsgjk7c1e0f3a9b2d48e6a5f0c83d17e92b4a"
DOCS = {
    CANVAS: "docs/%s.canvas" % CANVAS,
    MAG: "docs/%s.pdf" % MAG,
    ZOHO: "docs/%s.html" % ZOHO,
}
MAKERS = {
    CANVAS: "tools/make_canvas.py",
    MAG: "tools/make_magazine.py",
    ZOHO: "tools/make_zoho.py",
}
BLOCK = {"html", "head", "title", "body", "content", "div", "li", "ul", "ol", "table", "tbody",
         "tr", "td", "th", "blockquote", "br", "p", "h1", "h2", "h3", "h4", "h5", "h6"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(units):
    return sum(1 for u in units for w in u.split() if re.search(r"\w", w))


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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def md_inline(s):
    s = re.sub(r"!\[\[[^\]]*\]\]", "", s)
    s = re.sub(r"\[\[([^\]|]+)\|([^\]]+)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\((?:[^)]+)\)", r"\1", s)
    s = s.replace("**", "").replace("==", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return s


def md_units(text):
    units = []
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|?[\s:|-]+\|?", s):
                continue
            cells = s.strip("|").split("|")
        else:
            s = re.sub(r"^#{1,6}\s+", "", s)
            s = re.sub(r"^>\s*", "", s)
            s = re.sub(r"^\[!\w+\]\s*", "", s)
            s = re.sub(r"^(?:[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+\.\s+)", "", s)
            cells = [s]
        for c in cells:
            c = ws(md_inline(c))
            if c:
                units.append(c)
    return units


def canvas_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    data = json.loads(raw)
    lines = raw.split("\n")
    if lines[:2] != ["{", '\t"nodes":['] or lines[-1] != "}" or raw.endswith("\n"):
        problems.append("canvas: not laid out as Obsidian writes it")
    if "\\u" in raw:
        problems.append("canvas: non-ASCII written as \\u escapes")
    n_lines = [l for l in lines if l.startswith("\t\t")]
    if len(n_lines) != len(data["nodes"]) + len(data["edges"]):
        problems.append("canvas: expected one node or edge per line")
    ids = set()
    for n in data["nodes"]:
        if not re.fullmatch(r"[0-9a-f]{16}", n["id"]) or n["id"] in ids:
            problems.append("canvas: bad or repeated id %r" % n["id"])
        ids.add(n["id"])
        for k in ("type", "x", "y", "width", "height"):
            if k not in n:
                problems.append("canvas: node %s lacks %s" % (n["id"], k))
    if {n["type"] for n in data["nodes"]} != {"text", "file", "link", "group"}:
        problems.append("canvas: expected text, file, link and group nodes")
    for e in data["edges"]:
        if e["fromNode"] not in ids or e["toNode"] not in ids:
            problems.append("canvas: edge %s points nowhere" % e["id"])
    units = []
    for n in data["nodes"]:
        if n["type"] == "group":
            units.append(ws(n["label"]))
        elif n["type"] == "file":
            units.append(os.path.splitext(os.path.basename(n["file"]))[0])
        elif n["type"] == "text":
            units.extend(md_units(n["text"]))
    units.extend(ws(e["label"]) for e in data["edges"] if e.get("label"))
    return units


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    for want in ("Creator:         Adobe InDesign", "Producer:        Adobe PDF Library",
                 "Pages:           3", "(A4)"):
        if want not in info:
            problems.append("pdf: pdfinfo lacks %r" % want)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def zoho_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if "\n" in raw:
        problems.append("zoho: the export should be a single line")
    m = re.search(r'<body data-notebook="([^"]*)" data-notecard="([^"]*)">', raw)
    if not m:
        problems.append("zoho: no data-notebook / data-notecard on the body")
    else:
        for part in m.groups():
            d = json.loads(html.unescape(part))
            if "name" not in d or "created_date" not in d:
                problems.append("zoho: metadata JSON lacks name or created_date")
    for want in ("<content>", 'class="checklist"', 'type="checkbox"', "zohonotebook://notes/",
                 "editor-note-link", "rte-ignore-br", "<table"):
        if want not in raw:
            problems.append("zoho: no %r" % want)
    p = Blocks()
    p.feed(raw)
    p.flush()
    return p.units


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".canvas"):
        return canvas_units(full, problems)
    if full.endswith(".pdf"):
        return pdf_units(full, problems)
    return zoho_units(full, problems)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in MAKERS.items():
            target = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), target], check=True)
            with open(target, "rb") as a, open(os.path.join(ROOT, DOCS[name]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    check_makers(problems)
    units, joined = {}, {}
    for name in DOCS:
        units[name] = units_of(name, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        n = nwords(units[name])
        print("%s: %d words" % (DOCS[name], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name], n))
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
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if "--units" in sys.argv:
        probs = []
        for name in DOCS:
            print("=====", name)
            print("\n".join(units_of(name, probs)))
        print("\n".join(probs))
        sys.exit(0)
    sys.exit(main())
