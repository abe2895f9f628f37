#!/usr/bin/python3
"""Check the heldout164 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). Units are: for the .ods spreadsheet, one paragraph (line) of one
cell's shown text, or one comment, read from content.xml with zipfile + xml.etree (comments are
kept apart from the cell text they hang on); for the WhatsApp chat, one line of the export, and
the string must not contain WhatsApp's *bold* / _italic_ / ~strike~ markers; for the PDF, one
line of `pdftotext -layout` output with whitespace collapsed.
Also checks that the .ods is a real package: mimetype first and stored, manifest present and
listing every part, XML parts well-formed.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "biosphere-reserves-tracker": "docs/biosphere-reserves-tracker.ods",
    "whatsapp-biosphere-group": "docs/whatsapp-biosphere-group.txt",
    "biosphere-reserves-class-notes": "docs/biosphere-reserves-class-notes.pdf",
}
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(prefix, tag):
    return "{%s}%s" % (NS[prefix], tag)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(el):
    """Shown text of one text:p, as LibreOffice renders it."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == q("text", "s"):
            out.append(" " * int(ch.get(q("text", "c"), "1")))
        elif ch.tag == q("text", "tab"):
            out.append("\t")
        elif ch.tag == q("text", "line-break"):
            out.append("\n")
        elif ch.tag == q("office", "annotation"):
            pass
        else:
            out.append(para_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def ods_units(path, problems):
    units = []
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored entry" % path)
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            problems.append("%s: wrong mimetype" % path)
        names = set(z.namelist())
        man = ET.fromstring(z.read("META-INF/manifest.xml"))
        listed = {e.get(q("manifest", "full-path")) for e in man}
        for n in names - {"mimetype", "META-INF/manifest.xml"}:
            if n not in listed:
                problems.append("%s: %s not in manifest" % (path, n))
        for n in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
            if n not in names:
                problems.append("%s: missing %s" % (path, n))
            else:
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("content.xml"))
    for tab in root.iter(q("table", "table")):
        for cell in tab.iter(q("table", "table-cell")):
            paras = [para_text(p) for p in cell.findall(q("text", "p"))]
            if paras:
                units.append("\n".join(paras))
            for ann in cell.findall(q("office", "annotation")):
                units.append("\n".join(para_text(p) for p in ann.findall(q("text", "p"))))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                             text=True, check=True).stdout
        return [ws(l) for l in out.split("\n") if ws(l)]
    if path.endswith(".ods"):
        return ods_units(full, problems)
    with open(full, encoding="utf-8", newline="") as f:
        return [l for l in f.read().splitlines() if l.strip()]


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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".txt") and re.search(r"\*|(?<!\w)_|_(?!\w)|~|```", a):
                    problems.append("%s: WhatsApp marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
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
            print("words %s: %d" % (k, len(" ".join(u).split())))
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(repr(x))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
