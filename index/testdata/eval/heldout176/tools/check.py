#!/usr/bin/python3
"""Check the heldout176 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the Excel workbook, one cell's text or
the cell comment, read from xl/sharedStrings.xml, the sheets and xl/comments1.xml; for the
WhatsApp export, one line of the .txt; for the LibreOffice Writer document, one paragraph,
heading, list item, table cell, footnote paragraph or text-frame paragraph of content.xml), and
occur exactly once across the three documents (case-insensitive). The .xlsx and .odt are also
checked for the parts and order their apps write (mimetype first and stored in the .odt).
Standard library only. Run: /usr/bin/python3 tools/check.py
"""
import datetime
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "climate-commitments-tracker": "docs/climate-commitments-tracker.xlsx",
    "whatsapp-upsc-env-squad": "docs/whatsapp-upsc-env-squad.txt",
    "climate-commitments-notes": "docs/climate-commitments-notes.odt",
}
X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def xlsx_units(path, problems):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    for need in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                 "xl/styles.xml", "xl/sharedStrings.xml", "xl/comments1.xml"):
        if need not in names:
            problems.append("xlsx: missing part %s" % need)
    if names[0] != "[Content_Types].xml":
        problems.append("xlsx: [Content_Types].xml is not the first entry")
    sst = [ws("".join(t.text or "" for t in si.iter(X + "t")))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(X + "si")]
    styles = ET.fromstring(z.read("xl/styles.xml"))
    datefmt = {int(nf.get("numFmtId")) for nf in styles.iter(X + "numFmt") if "yy" in nf.get("formatCode")}
    xfs = [int(xf.get("numFmtId")) for xf in styles.find(X + "cellXfs")]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = [s.get("name") for s in wb.iter(X + "sheet")]
    for want in ("NDC targets", "NAPCC missions", "COP timeline", "PYQs"):
        if want not in sheets:
            problems.append("xlsx: no sheet %r" % want)
    units = []
    for i in range(1, len(sheets) + 1):
        root = ET.fromstring(z.read("xl/worksheets/sheet%d.xml" % i))
        pane = root.find(".//%spane" % X)
        if pane is None or pane.get("state") != "frozen":
            problems.append("xlsx: sheet %d has no frozen pane" % i)
        if root.find(X + "mergeCells") is None:
            problems.append("xlsx: sheet %d has no merged cells" % i)
        for c in root.iter(X + "c"):
            v = c.find(X + "v")
            if c.get("t") == "s":
                units.append(sst[int(v.text)])
            elif c.get("t") == "inlineStr":
                units.append(ws("".join(t.text or "" for t in c.iter(X + "t"))))
            elif v is not None:
                if xfs[int(c.get("s", "0"))] in datefmt:
                    d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(v.text)))
                    units.append(d.strftime("%d-%b-%Y"))
                else:
                    units.append(v.text)
    for cm in ET.fromstring(z.read("xl/comments1.xml")).iter(X + "comment"):
        units.append(ws("".join(t.text or "" for t in cm.iter(X + "t"))))
    return [u for u in units if u]


def odt_text(el, out):
    """Shown text of a paragraph/heading, without nested note bodies and frames (kept apart)."""
    parts = []
    if el.text:
        parts.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TEXT + "s":
            parts.append(" " * int(ch.get(TEXT + "c", "1")))
        elif tag in (TEXT + "tab", TEXT + "line-break"):
            parts.append(" ")
        elif tag == TEXT + "note":
            cit = ch.find(TEXT + "note-citation")
            parts.append(cit.text or "")
            for p in ch.find(TEXT + "note-body"):
                odt_walk(p, out)
        elif tag == DRAW + "frame":
            box = ch.find(DRAW + "text-box")
            if box is not None:
                for p in box:
                    odt_walk(p, out)
        elif tag in (TEXT + "bookmark", TEXT + "bookmark-start", TEXT + "bookmark-end",
                     TEXT + "soft-page-break"):
            pass
        else:
            parts.append(odt_text(ch, out))
        if ch.tail:
            parts.append(ch.tail)
    return "".join(parts)


def odt_walk(el, out):
    if el.tag in (TEXT + "p", TEXT + "h"):
        own = []
        t = odt_text(el, own)
        out.append(ws(t))
        out.extend(own)
    else:
        for ch in el:
            odt_walk(ch, out)


def odt_units(path, problems):
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append("odt: mimetype must be the first entry and stored")
    elif z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        problems.append("odt: wrong mimetype")
    for need in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
        if need not in z.namelist():
            problems.append("odt: missing %s" % need)
    root = ET.fromstring(z.read("content.xml"))
    body = root.find(OFFICE + "body").find(OFFICE + "text")
    out = []
    odt_walk(body, out)
    return [u for u in out if u]


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".xlsx"):
        return xlsx_units(full, problems)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
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
                    problems.append("%s: not inside one cell/line/paragraph of %s: %r" % (where, name, a))
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
    if "--words" in sys.argv:
        for k, u in units.items():
            print("%s: %d words" % (k, len(" ".join(u).split())))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
