#!/usr/bin/python3
"""Check the heldout231 evaluation set.

Extracts the three documents' text as a reader sees it:
  - PIB release PDF: the lines of `pdftotext -layout`, each cut where three or more spaces part
    two blocks (the letterhead's Hindi and English sides, the table's two columns, the browser's
    header and footer), whitespace collapsed;
  - XMind workbook: every shown string of content.json - sheet titles, topic titles (one unit a
    line where a title is broken over lines), note lines as plain text (without the bullet),
    labels, callouts, summary topics, boundary and relationship titles, floating topics;
  - Google Sheets CSV: every cell as the csv module reads it, one unit a line inside the cell.
Then checks: 25 questions a document with exactly the keys q, accept, section; accept a list of
one or two ASCII strings of 5 to 12 words, each inside one unit of its own document and
occurring exactly once (case-insensitive, whitespace collapsed) in the three documents' text
put together; section a non-empty list of strings, one of which is written in the document;
oos.jsonl 12 lines with only q; word counts of 1,300 to 1,800 per document; the shape of each
file (PDF pages and fonts, the XMind zip entries and sheets, the CSV's CRLF rows of ten cells);
and that tools/make_pdf.py, tools/make_xmind.py and tools/make_csv.py, run in a scratch copy of
the set, re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CSV_NAME = "GS3 critical minerals tracker - Auctions"
DOCS = {
    "pib-ncmm-release": "docs/pib-ncmm-release.pdf",
    "kabil-overseas-assets": "docs/kabil-overseas-assets.xmind",
    CSV_NAME: "docs/%s.csv" % CSV_NAME,
}
MAKERS = {"make_pdf.py": DOCS["pib-ncmm-release"],
          "make_xmind.py": DOCS["kabil-overseas-assets"],
          "make_csv.py": DOCS[CSV_NAME]}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def xmind_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for need in ("content.json", "metadata.json", "manifest.json", "content.xml",
                     "Thumbnails/thumbnail.png"):
            if need not in names:
                problems.append("%s: no %s in the zip" % (full, need))
        sheets = json.loads(z.read("content.json").decode("utf-8"))
    units = []

    def add(text):
        for line in text.split("\n"):
            line = re.sub(r"^\u2022 ", "", line)
            if ws(line):
                units.append(ws(line))

    def topic(t):
        add(t.get("title", ""))
        if "notes" in t:
            add(t["notes"]["plain"]["content"])
        for lab in t.get("labels", []):
            add(lab)
        for b in t.get("boundaries", []):
            add(b.get("title", ""))
        ch = t.get("children", {})
        for kind in ("attached", "detached", "callout", "summary"):
            for c in ch.get(kind, []):
                topic(c)

    if not isinstance(sheets, list) or len(sheets) != 2:
        problems.append("%s: content.json should be a list of two sheets" % full)
    for sh in sheets:
        add(sh["title"])
        topic(sh["rootTopic"])
        for r in sh.get("relationships", []):
            add(r.get("title", ""))
    return units


def csv_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        data = f.read()
    if data.startswith("\ufeff") or data.endswith("\n"):
        problems.append("%s: BOM or trailing line break" % full)
    rows = list(csv.reader(io.StringIO(data)))
    if any(len(r) != 10 for r in rows):
        problems.append("%s: rows should all have ten cells" % full)
    if data.count("\r\n") != len(rows) - 1:
        problems.append("%s: rows should be parted by CRLF (line breaks in cells by LF)" % full)
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def units_of(key, problems):
    full = os.path.join(ROOT, DOCS[key])
    if full.endswith(".pdf"):
        return pdf_units(full)
    if full.endswith(".xmind"):
        return xmind_units(full, problems)
    return csv_units(full, problems)


def check_pdf_shape(problems):
    full = os.path.join(ROOT, DOCS["pib-ncmm-release"])
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if pages != 4:
        problems.append("PDF: %d pages, expected 4" % pages)
    fonts = subprocess.run(["pdffonts", full], capture_output=True, text=True, check=True).stdout
    if "LohitDevanagari" not in fonts.replace("-", ""):
        problems.append("PDF: Devanagari font not embedded")
    text = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                          check=True).stdout
    for must in ("\u092a\u0924\u094d\u0930 \u0938\u0942\u091a\u0928\u093e "
                 "\u0915\u093e\u0930\u094d\u092f\u093e\u0932\u092f",
                 "\u092d\u093e\u0930\u0924 \u0938\u0930\u0915\u093e\u0930",
                 "Press Information Bureau", "Government of India", "Ministry of Mines",
                 "Release ID", "1/4", "4/4"):
        if must not in text:
            problems.append("PDF: %r not in the extracted text" % must)


def check_remake(problems):
    tmp = tempfile.mkdtemp(prefix="heldout231-")
    try:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, rel in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(os.path.join(tmp, rel), "rb") as a, open(os.path.join(ROOT, rel), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, rel))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%-45s %5d words in %4d units" % (k, n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    n_q = 0
    for key in DOCS:
        fn = "q-%s.jsonl" % key
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
                sec = []
            elif not any(ws(s).lower() in joined[key] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, key, sec))
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
                if not any(al in u.lower() for u in units[key]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, key, a))
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
    check_pdf_shape(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
