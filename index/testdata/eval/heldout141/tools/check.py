#!/usr/bin/python3
"""Check the heldout141 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the Excel workbook, one line of one
cell's shown text, read from the shared strings, numbers, formulas' cached values and dates in
their number format; for the Telegram export, one line of one message's text with its entity
parts joined, or a poll's question or answer; for plain text, one source line), and occur
exactly once across the three documents (case-insensitive, whitespace collapsed).
Run: /usr/bin/python3 tools/check.py
"""
import datetime
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "gst-study-group": "docs/gst-study-group.xlsx",
    "result": "docs/result.json",
    "gst-notes": "docs/gst-notes.txt",
}
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DATE_FMTS = {14, 15, 16, 17, 22}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def xlsx_cells(full):
    """Shown text of every non-empty cell, sheet by sheet, row by row."""
    z = zipfile.ZipFile(full)
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(M + "si"):
            # plain <t> and rich-text runs <r><t>; phonetic runs (<rPh>) are not shown
            sst.append("".join(t.text or "" for t in si.iter(M + "t")
                               if t not in [x for rph in si.iter(M + "rPh") for x in rph.iter(M + "t")]))
    styles = ET.fromstring(z.read("xl/styles.xml"))
    custom = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(M + "numFmt")}
    xfs = [int(x.get("numFmtId", "0")) for x in styles.find(M + "cellXfs")]
    date_ids = DATE_FMTS | {i for i, code in custom.items()
                            if re.search(r"[dy]", re.sub(r'"[^"]*"|\[[^\]]*\]', "", code), re.I)}
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            .iter(PR + "Relationship")}
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    out = []
    for sheet in wb.iter(M + "sheet"):
        target = rels[sheet.get(R + "id")].lstrip("/")
        path = target if target.startswith("xl/") else "xl/" + target
        for c in ET.fromstring(z.read(path)).iter(M + "c"):
            t, v = c.get("t"), c.find(M + "v")
            if t == "inlineStr":
                text = "".join(x.text or "" for x in c.iter(M + "t"))
            elif v is None or v.text is None:
                continue
            elif t == "s":
                text = sst[int(v.text)]
            elif t in ("str", "e"):
                text = v.text
            elif t == "b":
                text = "TRUE" if v.text == "1" else "FALSE"
            else:
                num = float(v.text)
                fmt = xfs[int(c.get("s", "0"))]
                if fmt in date_ids:
                    d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(num))
                    text = d.strftime("%d-%b-%Y")
                else:
                    text = str(int(num)) if num.is_integer() else repr(num)
            out.append((sheet.get("name"), c.get("r"), text))
    return out


def telegram_texts(full):
    """Each message's text as Telegram shows it, plus poll questions and answers."""
    with open(full, encoding="utf-8") as f:
        chat = json.load(f)
    out = []
    for m in chat["messages"]:
        if m.get("type") != "message":
            continue
        text = m.get("text", "")
        if isinstance(text, list):
            text = "".join(p if isinstance(p, str) else p["text"] for p in text)
        if "".join(e["text"] for e in m.get("text_entities", [])) != text:
            raise ValueError("message %s: text and text_entities differ" % m["id"])
        if text:
            out.append(text)
        if "poll" in m:
            out.append(m["poll"]["question"])
            out.extend(a["text"] for a in m["poll"]["answers"])
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".xlsx"):
        blocks = [text for _, _, text in xlsx_cells(full)]
    elif path.endswith(".json"):
        blocks = telegram_texts(full)
    else:
        with open(full, encoding="utf-8") as f:
            blocks = [f.read()]
    return [ws(l) for b in blocks for l in b.split("\n") if ws(l)]


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/cell/message line of %s: %r" % (where, name, a))
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
