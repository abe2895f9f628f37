#!/usr/bin/python3
"""Check the heldout274 evaluation set.

Extracts each document's text as a reader sees it, one unit a line / element / cell:
  - PDF (RBI Bulletin article): `pdftotext -layout`, one unit per printed line, a line cut
    where pdftotext leaves three or more spaces (table columns, running head and foot);
  - Org (org-babel notebook): one unit per line as Emacs shows it, heading stars, TODO
    keywords and tags taken off, links shown as their labels, *bold* /italic/ =verbatim=
    ~code~ markers dropped, ": " result lines without the colon, table rows split into cells;
    keyword lines other than #+TITLE and #+CAPTION, "# " comments, property drawers,
    planning lines, #+TBLFM lines, table rules and #+begin/#+end lines are left out;
  - SubRip (lecture captions): one unit per cue, its lines joined, <font>/<b> tags removed.
Then checks, for q-*.jsonl and oos.jsonl:
  - every line parses; in-scope lines have exactly the keys q, accept, section; 25 a document
    (at least three of them 2-4 word keyword queries); oos.jsonl has 12 lines with only q;
  - every accept string (one or two a question) is ASCII, 5-12 words long, lies inside one unit
    of its own document (case and whitespace ignored) and occurs exactly once across the three
    documents' extracted text;
  - at least one section name of every question occurs in its document's extracted text;
and that each document's extracted text is 1,300-1,800 words, that the SRT is well formed
(numbering, timings in order, UTF-8 without BOM, LF ends), that the Org tables are aligned,
and that tools/make_pdf.py, tools/make_org.py and tools/make_srt.py re-make the documents
byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "rbi-bulletin-core-inflation": ("docs/rbi-bulletin-core-inflation.pdf", "make_pdf.py"),
    "cpi-wpi-base-years": ("docs/cpi-wpi-base-years.org", "make_org.py"),
    "inflation-targeting-lecture.hi-en": ("docs/inflation-targeting-lecture.hi-en.srt",
                                          "make_srt.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF
def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip().strip("\f")):
            if ws(seg):
                units.append(ws(seg))
    return units


# ---------------------------------------------------------------- Org
def org_inline(s):
    s = re.sub(r"\[\[[^\]]+\]\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"(^|[\s(\"'{])([*/=~])(?=\S)(.*?\S)\2(?=$|[\s.,;:!?)\"'}-])", r"\1\3", s)
    return s


def org_units(full, problems):
    raw = open(full, "rb").read()
    if b"\r" in raw or not raw.endswith(b"\n"):
        problems.append("org: expected LF line ends and a final newline")
    lines = raw.decode("utf-8").split("\n")
    if not lines[0].startswith("#+TITLE: "):
        problems.append("org: #+TITLE must come first")
    units, drawer, table = [], False, []

    def end_table():
        if table:
            widths = {len(r) for r in table}
            if len(widths) != 1:
                problems.append("org: table not aligned near %r" % table[0])
            table.clear()

    for line in lines:
        s = line.strip()
        if not s.startswith("|"):
            end_table()
        if drawer:
            if s == ":END:":
                drawer = False
            continue
        if re.match(r"^:[A-Z_]+:$", s):
            drawer = True
            continue
        if not s:
            continue
        m = re.match(r"^#\+(TITLE|CAPTION):\s*(.*)$", s, re.I)
        if m:
            units.append(ws(m.group(2)))
            continue
        if s.startswith("#+") or s.startswith("# ") or s == "#":
            continue
        if re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", s):
            continue
        if s.startswith("|"):
            table.append(line)
            if re.match(r"^\|[-+]+\|$", s):
                continue
            for cell in s.strip("|").split("|"):
                if ws(cell):
                    units.append(ws(org_inline(cell.strip())))
            continue
        m = re.match(r"^\*+\s+(?:(?:TODO|DONE)\s+)?(.*?)(?:\s+(:[\w@:]+:))?$", line)
        if m and line.startswith("*"):
            units.append(ws(org_inline(m.group(1))))
            continue
        if s.startswith(": ") or s == ":":
            units.append(ws(s[2:]))
            continue
        units.append(ws(org_inline(s)))
    end_table()
    return [u for u in units if u]


def org_headings(full):
    out = []
    for line in open(full, encoding="utf-8").read().split("\n"):
        m = re.match(r"^\*+\s+(?:(?:TODO|DONE)\s+)?(.*?)(?:\s+(:[\w@:]+:))?$", line)
        if m:
            out.append(m.group(1))
    return out


# ---------------------------------------------------------------- SRT
TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")


def srt_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("srt: unexpected byte-order mark")
    if b"\r" in raw:
        problems.append("srt: CR in line ends")
    text = raw.decode("utf-8")
    units, last = [], -1
    for n, block in enumerate(text.strip("\n").split("\n\n"), 1):
        lines = block.split("\n")
        m = TIME.match(lines[1]) if len(lines) > 1 else None
        if lines[0] != str(n) or not m or not 3 <= len(lines) <= 4:
            problems.append("srt: cue %d is malformed" % n)
            continue
        g = [int(x) for x in m.groups()]
        a = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        b = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last <= a < b:
            problems.append("srt: cue %d times out of order" % n)
        last = b
        units.append(ws(re.sub(r"<[^>]+>", "", " ".join(lines[2:]))))
    return units


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name][0])
    if full.endswith(".pdf"):
        return pdf_units(full, problems)
    if full.endswith(".org"):
        return org_units(full, problems)
    return srt_units(full, problems)


# ---------------------------------------------------------------- checks
def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, "out" + os.path.splitext(doc)[1])
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (doc, script))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%-36s %4d units, %5d words as extracted" % (k, len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        lowered = [u.lower() for u in units[name]]
        short = 0
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            q, acc, sec = obj["q"], obj["accept"], obj["section"]
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: q must be a non-empty string" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2 or \
                    not all(isinstance(a, str) for a in acc):
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not a.isascii():
                    problems.append("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: accept has %d words: %r" % (where, nw, a))
                al = ws(a).lower()
                if not any(al in u for u in lowered):
                    problems.append("%s: accept not inside one unit of its document: %r"
                                    % (where, a))
                total = sum(j.count(al) for j in joined.values())
                if total != 1:
                    problems.append("%s: accept occurs %d times across the documents: %r"
                                    % (where, total, a))
            if not isinstance(sec, list) or not sec or \
                    not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
        if len(objs) != 25 or len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d short keyword queries (2-4 words)" % (fn, short))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--units":
        probs = []
        for k in DOCS:
            for u in units_of(k, probs):
                print("%s\t%s" % (k[:5], u))
        print("\n".join(probs))
        sys.exit(0)
    sys.exit(main())
