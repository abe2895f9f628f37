#!/usr/bin/python3
"""Check the heldout189 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the spreadsheet, one line of one cell,
read from the .xlsx with zipfile and xml; for the PDF, one line of `pdftotext -layout` output
with whitespace collapsed and never across two table cells; for the Telegram export, one line of
one message's text, read from result.json with json), and occur exactly once across the three
documents (case-insensitive). The documents' generators must also re-make them byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "pli-tracker": "docs/pli-tracker.xlsx",
    "pib-pli-release": "docs/pib-pli-release.pdf",
    "result": "docs/result.json",
}
MAKERS = {
    "docs/pli-tracker.xlsx": "tools/make_xlsx.py",
    "docs/pib-pli-release.pdf": "tools/make_pdf.py",
    "docs/result.json": "tools/make_json.py",
}
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def xlsx_cells(full):
    """Every cell's shown text, sheet by sheet, read with the standard library."""
    z = zipfile.ZipFile(full)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            shared.append("".join(t.text or "" for t in si.iter(S + "t")))
    rels = {r.get("Id"): r.get("Target") for r in
            ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PR + "Relationship")}
    cells = []
    for sh in ET.fromstring(z.read("xl/workbook.xml")).iter(S + "sheet"):
        path = "xl/" + rels[sh.get(R + "id")]
        for c in ET.fromstring(z.read(path)).iter(S + "c"):
            v = c.find(S + "v")
            if c.get("t") == "s":
                cells.append(shared[int(v.text)])
            elif c.get("t") == "inlineStr":
                cells.append("".join(t.text or "" for t in c.iter(S + "t")))
            elif v is not None:
                num = float(v.text)
                cells.append("%d" % num if num.is_integer() else v.text)
    return cells


def telegram_texts(full):
    """Each message's text as Telegram shows it, read from result.json with json."""
    with open(full, encoding="utf-8") as f:
        chat = json.load(f)
    out = []
    for m in chat["messages"]:
        t = m.get("text", "")
        if isinstance(t, list):
            t = "".join(p if isinstance(p, str) else p.get("text", "") for p in t)
        if t:
            out.append(t)
    return out


def units_of(path):
    """Returns (units, pieces): an accept must lie inside one unit and, for tables, one piece."""
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        lines = [l for l in out.split("\n") if l.strip()]
        units = [ws(l) for l in lines]
        pieces = [[ws(p) for p in re.split(r"\s{3,}", l.strip())] for l in lines]
        return units, pieces
    if path.endswith(".xlsx"):
        cells = xlsx_cells(full)
    else:
        cells = telegram_texts(full)
    units = [ws(l) for c in cells for l in c.split("\n") if l.strip()]
    return units, [[u] for u in units]


def remade_same():
    problems = []
    for doc, maker in MAKERS.items():
        full = os.path.join(ROOT, doc)
        before = hashlib.sha256(open(full, "rb").read()).hexdigest()
        subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
        after = hashlib.sha256(open(full, "rb").read()).hexdigest()
        if before != after:
            problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))
    return problems


def main():
    problems = remade_same()
    units, pieces = {}, {}
    for k, v in DOCS.items():
        units[k], pieces[k] = units_of(v)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cell/message line of %s: %r" % (where, name, a))
                elif not any(a in p for ps in pieces[name] for p in ps):
                    problems.append("%s: spans two table cells in %s: %r" % (where, name, a))
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
