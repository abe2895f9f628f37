#!/usr/bin/python3
"""Check the heldout169 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the CSV, one line of one cell as a
spreadsheet shows it; for the Word document, one paragraph, list item, table cell or footnote
of the text with tracked changes accepted, deleted text left out; for the Telegram export, one
line of one message's text with its entities flattened, or a poll's question or one answer),
and occur exactly once across the three documents (case-insensitive, whitespace collapsed).
The shown text is extracted with the standard library only (csv, zipfile, xml, json).
Run: /usr/bin/python3 tools/check.py
"""
import csv
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "pds-nfsa-tracker": "docs/pds-nfsa-tracker.csv",
    "nfsa-2013-notes": "docs/nfsa-2013-notes.docx",
    "result": "docs/result.json",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def lines_of(texts):
    out = []
    for t in texts:
        out += [ws(l) for l in t.split("\n") if ws(l)]
    return out


def csv_units(full):
    with open(full, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return lines_of(c for r in rows for c in r)


def para_text(p):
    buf = []
    for el in p.iter():
        if el.tag == W + "t":
            buf.append(el.text or "")
        elif el.tag == W + "tab":
            buf.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            buf.append("\n")
    return "".join(buf)


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        foot = ET.fromstring(z.read("word/footnotes.xml"))
    texts = [para_text(p) for p in doc.iter(W + "p")]
    for fn in foot.iter(W + "footnote"):
        if int(fn.get(W + "id")) > 0:
            texts += [para_text(p) for p in fn.iter(W + "p")]
    return lines_of(texts)


def flat(text):
    if isinstance(text, str):
        return text
    return "".join(p if isinstance(p, str) else p["text"] for p in text)


def telegram_units(full):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    texts = []
    for m in data["messages"]:
        if m.get("type") != "message":
            continue
        texts.append(flat(m.get("text", "")))
        if "poll" in m:
            texts.append(m["poll"]["question"])
            texts += [a["text"] for a in m["poll"]["answers"]]
    return lines_of(texts)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".csv"):
        return csv_units(full)
    if path.endswith(".docx"):
        return docx_units(full)
    return telegram_units(full)


def structure_problems():
    """The format quirks the README promises."""
    probs = []
    raw = open(os.path.join(ROOT, DOCS["pds-nfsa-tracker"]), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw:
        probs.append("csv: expected a UTF-8 BOM and CRLF rows")
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["nfsa-2013-notes"])) as z:
        names = z.namelist()
        for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/footnotes.xml"):
            if need not in names:
                probs.append("docx: missing %s" % need)
        doc = z.read("word/document.xml").decode("utf-8")
        for tag in ("<w:ins ", "<w:del ", "<w:delText", "<w:footnoteReference", "<w:numPr>",
                    "<w:tbl>", 'w:val="Heading1"', 'w:val="Heading2"'):
            if tag not in doc:
                probs.append("docx: document.xml lacks %s" % tag)
    data = json.load(open(os.path.join(ROOT, DOCS["result"]), encoding="utf-8"))
    kinds = set()
    for m in data["messages"]:
        kinds.add(m.get("action") or ("poll" if "poll" in m else "forwarded"
                                      if "forwarded_from" in m else "message"))
        if isinstance(m.get("text"), list):
            kinds.update(p["type"] for p in m["text"] if isinstance(p, dict))
    for k in ("pin_message", "poll", "forwarded", "bold", "hashtag", "text_link"):
        if k not in kinds:
            probs.append("telegram: no %s" % k)
    return probs


def main():
    problems = structure_problems()
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
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
    for name in DOCS:
        print("%s: %d words as shown" % (DOCS[name], len(" ".join(units[name]).split())))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
