#!/usr/bin/python3
"""Check the heldout302 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Typst source (.typ): a small parser of Typst markup. #set / #show / #let / #import lines,
    // and /* */ comments, code arguments and strings are dropped; the content blocks [...] of
    calls (#footnote, #note, #pyq, #quote and its attribution, figure captions, table cells,
    the title block) are kept, each as a unit of its own; in markup, heading "=" marks, list
    "-" / "+" marks, "/ Term:" marks, *strong* and _emph_ markers and <labels> are dropped,
    "--" / "---" become dashes, "~" a space, @label the heading's number ("Section 5"), $math$
    its source. A unit is one line of markup (or one content block).
  - Google Slides plain-text download (.txt): the BOM dropped, one unit per line (CRLF, and the
    vertical tab Google writes for a soft line break, both end a line). A slide is a run of
    lines between empty lines; its first line is the slide's title.
  - CherryTree XML (.ctd): per <node>, its name, then the node text (all its <rich_text>
    elements joined, widget anchors empty) cut into lines, each table <cell> and each line of
    a <codebox>. Headings are the node names and the scale="h1"/"h2"/"h3" runs.
Checks: the make scripts re-make each document byte for byte (into a temporary directory);
the .ctd parses as XML and holds nodes, a table and a code box; the slides file starts with a
BOM and uses CRLF; each document has 1,300 to 1,800 words of extracted text; every line of
q-*.jsonl and oos.jsonl parses; 25 questions per document with keys q, accept, section; accept
is a list of one or two ASCII strings of 5 to 12 words, each inside one unit of its own
document AND inside one raw run of it (one source line of the .typ, one line of the .txt, one
<rich_text> element, cell or code line of the .ctd), occurring exactly once (ignoring case,
whitespace collapsed) across the three documents' extracted text; some section name of each
question is a heading, slide title, node name or document title of its document (ignoring
case, with or without a leading number); oos.jsonl holds 12 lines with only q.
Run: /usr/bin/python3 tools/check.py
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TYP = "ocean-currents-lec12.typ"
SLIDES = "Tides and Tidal Energy - GS1 Geography.txt"
CTD = "ocean-currents-climate-fisheries.ctd"
DOCS = {  # question-file stem -> (document, make script)
    "ocean-currents-lec12": (TYP, "make_typ.py"),
    "Tides and Tidal Energy - GS1 Geography": (SLIDES, "make_slides_txt.py"),
    "ocean-currents-climate-fisheries": (CTD, "make_ctd.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Typst
class Typst:
    """A deliberately small reader of Typst markup, enough for a typst.app notes file."""

    def __init__(self, src):
        self.s, self.i = src, 0
        self.units, self.buf = [], []
        self.headings, self.numbers, self.counter = [], {}, [0, 0]
        self.title = None
        self.label_of_heading = []
        self.pending_heading = None
        self._prepass()
        self.markup(top=True)
        self.flush()

    def _prepass(self):
        # heading numbers for @references ("1.1" numbering)
        n = [0, 0]
        for line in self.s.split("\n"):
            m = re.match(r"(=+) .*?(?:<([\w-]+)>)?\s*$", line)
            if m:
                lvl = len(m.group(1))
                n[lvl - 1] += 1
                if lvl == 1:
                    n[1] = 0
                if m.group(2):
                    self.numbers[m.group(2)] = ".".join(str(x) for x in n[:lvl])

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.pending_heading:
                self.headings.append(t)
        self.pending_heading = None
        self.buf = []

    def peek(self, k=0):
        j = self.i + k
        return self.s[j] if j < len(self.s) else ""

    def skip_balanced_statement(self):
        """Skip a #set/#show/#let/#import statement up to the newline at depth 0."""
        depth, instr = 0, False
        while self.i < len(self.s):
            c = self.s[self.i]
            if instr:
                if c == "\\":
                    self.i += 1
                elif c == '"':
                    instr = False
            elif c == '"':
                instr = True
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            elif c == "\n" and depth <= 0:
                return
            self.i += 1

    def code_args(self):
        """Inside (...) of a call: drop code, keep [content] blocks as units."""
        depth = 0
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                while self.i < len(self.s) and self.s[self.i] != '"':
                    self.i += 2 if self.s[self.i] == "\\" else 1
                self.i += 1
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    self.i += 1
                    return
            elif c == "[":
                self.i += 1
                self.flush()
                self.markup()
                self.flush()
                continue
            self.i += 1

    def call(self):
        """At '#': a function call or keyword statement."""
        m = re.match(r"#([A-Za-z][\w.-]*)", self.s[self.i:])
        name = m.group(1)
        if name in ("set", "show", "let", "import"):
            self.skip_balanced_statement()
            return
        self.i += len(m.group(0))
        block = name in ("footnote", "note", "pyq", "quote", "figure", "align", "table", "text",
                         "outline")
        if self.peek() == "(":
            if block:
                self.flush()
            self.code_args()
        while self.peek() == "[":
            self.i += 1
            if block or name == "footnote":
                self.flush()
            self.markup()
            if block:
                self.flush()

    def markup(self, top=False):
        line_start = True
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "]" and not top:
                self.i += 1
                return
            if c == "\\" and self.peek(1) in "\n ":
                self.flush()
                self.i += 1
                continue
            if c == "\\":
                self.buf.append(self.peek(1))
                self.i += 2
                continue
            if c == "/" and self.peek(1) == "/":
                while self.i < len(self.s) and self.s[self.i] != "\n":
                    self.i += 1
                continue
            if c == "/" and self.peek(1) == "*":
                self.i = self.s.index("*/", self.i) + 2
                continue
            if c == "\n":
                self.flush()
                self.i += 1
                line_start = True
                continue
            if line_start and c in " \t":
                self.i += 1
                continue
            if line_start:
                line_start = False
                m = re.match(r"(=+) ", self.s[self.i:])
                if m:
                    self.flush()
                    self.pending_heading = True
                    self.i += len(m.group(0))
                    continue
                m = re.match(r"[-+] ", self.s[self.i:])
                if m:
                    self.i += 2
                    continue
                m = re.match(r"/ ([^:\n]+): ", self.s[self.i:])
                if m:
                    self.buf.append(m.group(1) + ": ")
                    self.i += len(m.group(0))
                    continue
            if c == "#" and re.match(r"#[A-Za-z]", self.s[self.i:]):
                self.call()
                continue
            if c == "<" and re.match(r"<[\w-]+>", self.s[self.i:]):
                self.i = self.s.index(">", self.i) + 1
                continue
            if c == "@" and re.match(r"@[\w-]+", self.s[self.i:]):
                label = re.match(r"@([\w-]+)", self.s[self.i:]).group(1)
                self.buf.append("Section " + self.numbers.get(label, "?"))
                self.i += 1 + len(label)
                continue
            if c == "$":
                j = self.s.index("$", self.i + 1)
                self.buf.append(self.s[self.i + 1:j])
                self.i = j + 1
                continue
            if c in "*_":
                self.i += 1
                continue
            if self.s.startswith("---", self.i):
                self.buf.append("\u2014")
                self.i += 3
                continue
            if self.s.startswith("--", self.i):
                self.buf.append("\u2013")
                self.i += 2
                continue
            if c == "~":
                self.buf.append(" ")
                self.i += 1
                continue
            self.buf.append(c)
            self.i += 1


def typ_doc(path):
    src = open(path, encoding="utf-8").read()
    t = Typst(src)
    title = re.search(r"title: \[(.+?)\]", src).group(1)
    raw = [ws(l) for l in src.split("\n") if l.strip()]
    return {"units": t.units, "raw": raw, "headings": t.headings + [title], "title": title}


# ---------------------------------------------------------------- Google Slides .txt
def slides_doc(path, problems):
    data = open(path, "rb").read()
    if not data.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: no UTF-8 BOM" % path)
    text = data.decode("utf-8-sig")
    if "\n" in text.replace("\r\n", ""):
        problems.append("%s: bare LF line end" % path)
    lines = re.split(r"\r\n|\x0b", text)
    units = [ws(l) for l in lines if ws(l)]
    titles, prev_blank = [], True
    for l in text.split("\r\n"):
        if l.strip() and prev_blank:
            titles.append(ws(l.split("\x0b")[0]))
        prev_blank = not l.strip()
    return {"units": units, "raw": units, "headings": titles, "title": titles[0]}


# ---------------------------------------------------------------- CherryTree .ctd
def ctd_doc(path, problems):
    root = ET.parse(path).getroot()
    if root.tag != "cherrytree" or root.find("node") is None:
        problems.append("%s: not a CherryTree document" % path)
    if root.find(".//table") is None or root.find(".//codebox") is None:
        problems.append("%s: needs a table and a code box" % path)
    units, raw, heads = [], [], []
    for node in root.iter("node"):
        units.append(ws(node.get("name")))
        heads.append(ws(node.get("name")))
        text = ""
        for rt in node.findall("rich_text"):
            text += rt.text or ""
            raw.append(ws(rt.text or ""))
            if rt.get("scale") in ("h1", "h2", "h3"):
                heads.append(ws(rt.text))
        units += [ws(l) for l in text.split("\n") if ws(l)]
        for table in node.findall("table"):
            for cell in table.iter("cell"):
                units.append(ws(cell.text or ""))
                raw.append(ws(cell.text or ""))
        for cb in node.findall("codebox"):
            for l in (cb.text or "").split("\n"):
                if ws(l):
                    units.append(ws(l))
                    raw.append(ws(l))
    return {"units": [u for u in units if u], "raw": [r for r in raw if r], "headings": heads,
            "title": heads[0]}


# ---------------------------------------------------------------- checks
def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for stem, (doc, script) in DOCS.items():
            out = os.path.join(tmp, doc)
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            if not filecmp.cmp(out, os.path.join(ROOT, "docs", doc), shallow=False):
                problems.append("tools/%s does not re-make docs/%s byte for byte" % (script, doc))


def norm_sec(s):
    s = ws(s).lower()
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", s)


def main():
    problems = []
    check_remake(problems)
    docs = {}
    for stem, (doc, _) in DOCS.items():
        full = os.path.join(ROOT, "docs", doc)
        if doc.endswith(".typ"):
            docs[stem] = typ_doc(full)
        elif doc.endswith(".ctd"):
            docs[stem] = ctd_doc(full, problems)
        else:
            docs[stem] = slides_doc(full, problems)
    joined = {k: ws(" ".join(d["units"])).lower() for k, d in docs.items()}
    for k, d in docs.items():
        n = len(" ".join(d["units"]).split())
        print("%s: %d words, %d units" % (DOCS[k][0], n, len(d["units"])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k][0], n))
    n_q = 0
    for stem, d in docs.items():
        fn = "q-%s.jsonl" % stem
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        heads = {norm_sec(h) for h in d["headings"]}
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
            if sec and not any(norm_sec(s) in heads for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
            if sec and len(sec) > 1 and not sec[0].strip():
                problems.append("%s: empty section name" % where)
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
                if not any(al in u.lower() for u in d["units"]):
                    problems.append("%s: not inside one extracted unit: %r" % (where, a))
                if not any(al in r.lower() for r in d["raw"]):
                    problems.append("%s: not inside one raw line/run: %r" % (where, a))
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
