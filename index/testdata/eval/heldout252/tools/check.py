#!/usr/bin/python3
"""Check the heldout252 evaluation set.

The three documents' text is extracted the way a reader sees it:
  - Google Sheets .xlsx (zipfile + ElementTree): one unit per cell (shared strings, formula
    results, numbers as shown without grouping), plus the tab names and, for the chart sheet,
    the chart's title and axis titles (read through the chartsheet's drawing relationships);
  - Bear .txt export: one unit per line as Bear renders it (heading hashes, list dashes,
    to-do boxes, quote marks and **, *, ==, ~~, [[ ]] markers dropped; the image line, the
    fence lines and the --- rule skipped; a table row gives one unit per cell);
  - PDF: `pdftotext -layout`, one unit per line, cut where a line has a gap of three or more
    spaces (the two columns, table cells), whitespace collapsed.

Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); each q-*.jsonl holds 25
questions and oos.jsonl 12 (key q only). Every accept string must be ASCII, 5 to 12 words long,
lie inside one unit of its own document (case as written, whitespace collapsed) and occur
exactly once across the three documents' extracted text (ignoring case, whitespace collapsed).
At least one section name of each question must occur in its own document's text (ignoring
case). Each document must hold 1,300 to 1,800 words of extracted text. Finally each make script
is run into a temporary directory and its output must equal the committed document byte for
byte.

Run: /usr/bin/python3 tools/check.py          (add --dump to print the extracted units)
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
    "fiscal-deficit-tracker": ("docs/fiscal-deficit-tracker.xlsx", "tools/make_xlsx.py"),
    "frbm-act-bear-note": ("docs/frbm-act-bear-note.txt", "tools/make_bear.py"),
    "prs-union-budget-2025-26": ("docs/prs-union-budget-2025-26.pdf", "tools/make_pdf.py"),
}
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
P = "{http://schemas.openxmlformats.org/package/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def rels_of(z, part):
    d, f = os.path.split(part)
    path = "%s/_rels/%s.rels" % (d, f)
    out = {}
    if path in z.namelist():
        for r in ET.fromstring(z.read(path)).iter(P + "Relationship"):
            out[r.get("Id")] = os.path.normpath(os.path.join(d, r.get("Target"))).replace("\\", "/")
    return out


def xlsx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        sst = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
                sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        wrels = rels_of(z, "xl/workbook.xml")
        kinds = set()
        for sh in wb.iter(S + "sheet"):
            units.append(ws(sh.get("name")))
            part = wrels[sh.get(R + "id")]
            root = ET.fromstring(z.read(part))
            kinds.add(root.tag)
            if root.tag == S + "chartsheet":
                for drel in rels_of(z, part).values():
                    for crel in rels_of(z, drel).values():
                        chart = ET.fromstring(z.read(crel))
                        for title in chart.iter(C + "title"):
                            t = ws("".join(x.text or "" for x in title.iter(A + "t")))
                            if t:
                                units.append(t)
                continue
            pane = root.find(".//%spane" % S)
            if pane is None or pane.get("state") != "frozen" or not pane.get("ySplit"):
                problems.append("%s: sheet %r has no frozen rows" % (full, sh.get("name")))
            for c in root.iter(S + "c"):
                v = c.find(S + "v")
                if v is None:
                    continue
                if c.get("t") == "s":
                    text = sst[int(v.text)]
                elif c.get("t") in ("str", "inlineStr", "b"):
                    text = v.text or ""
                else:
                    x = float(v.text)
                    text = str(int(x)) if x.is_integer() else ("%.2f" % x).rstrip("0")
                for line in text.split("\n"):
                    if ws(line):
                        units.append(ws(line))
        if S + "chartsheet" not in kinds:
            problems.append("%s: no chart sheet" % full)
    return units


BEAR_INLINE = [(re.compile(r"\*\*(.+?)\*\*"), r"\1"), (re.compile(r"==(.+?)=="), r"\1"),
               (re.compile(r"~~(.+?)~~"), r"\1"), (re.compile(r"\[\[(.+?)\]\]"), r"\1"),
               (re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])"), r"\1")]


def bear_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        s = line.strip()
        if not s or s == "---" or s.startswith("```") or s.startswith("!["):
            continue
        if s.startswith("|"):
            if re.match(r"^\|[-| :]+\|$", s):
                continue
            cells = [c for c in s.strip("|").split("|")]
        else:
            s = re.sub(r"^#{1,6} ", "", s)
            s = re.sub(r"^- \[[ x]\] ", "", s)
            s = re.sub(r"^(- |> )", "", s)
            cells = [s]
        for c in cells:
            for rx, rep in BEAR_INLINE:
                c = rx.sub(rep, c)
            if ws(c):
                units.append(ws(c))
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


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".xlsx"):
        return xlsx_units(full, problems)
    if path.endswith(".pdf"):
        return pdf_units(full)
    return bear_units(full)


def remake(doc, script, problems):
    full = os.path.join(ROOT, doc)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
            return
        with open(out, "rb") as a, open(full, "rb") as b:
            if a.read() != b.read():
                problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_jsonl(fn, problems):
    objs = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                objs.append(("%s:%d" % (fn, i), json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return objs


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d words" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        n_q += len(objs)
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
        for where, obj in objs:
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
    oos = read_jsonl("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("%s: must hold only q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for doc, script in DOCS.values():
        remake(doc, script, problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
