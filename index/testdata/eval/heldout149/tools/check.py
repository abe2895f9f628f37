#!/usr/bin/python3
"""Check the heldout149 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive). The units are:
  - Org (.org): one line of the file with [[link][description]] shown as its description, and
    each cell of a table row on its own; the accept string must be free of emphasis markers
    (* / = ~ [ ]);
  - LibreOffice Writer (.odt): one paragraph or heading of content.xml (text:p / text:h, list
    items and table cells included, a footnote body counted as its own paragraph), read with
    zipfile and ElementTree;
  - WebVTT (.vtt): the text of ONE cue (its lines joined, tags such as <v Name> and <c.x>
    removed, entities decoded).
It also checks that each document is made the way its app writes it (Org header lines; the
.odt's mimetype first and stored, content.xml, styles.xml and META-INF/manifest.xml present and
well-formed; the .vtt's WEBVTT header and cue timings) and that tools/make_org.py,
tools/make_odt.py and tools/make_vtt.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "bhoodan-movement": "docs/bhoodan-movement.org",
    "gramdan-and-jeevandan": "docs/gramdan-and-jeevandan.odt",
    "bhoodan-decline-lecture": "docs/bhoodan-decline-lecture.vtt",
}
MAKERS = {
    "bhoodan-movement": "tools/make_org.py",
    "gramdan-and-jeevandan": "tools/make_odt.py",
    "bhoodan-decline-lecture": "tools/make_vtt.py",
}
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T = "{%s}" % TEXT
ORG_MARKER = re.compile(r"[*=~\[\]]|(?<!\w)/\w|\w/(?!\w)")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def org_units(path, problems):
    src = open(path, encoding="utf-8").read()
    lines = src.split("\n")
    for need in ("#+TITLE:", "#+FILETAGS:"):
        if not any(l.startswith(need) for l in lines):
            problems.append("%s: no %s line" % (path, need))
    units = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("|"):
            if re.match(r"^\|-", line):
                continue
            units.extend(ws(c) for c in line.strip().strip("|").split("|") if c.strip())
            continue
        shown = re.sub(r"\[\[([^\]]*)\]\[([^\]]*)\]\]", r"\2", line)
        shown = re.sub(r"\[\[([^\]]*)\]\]", r"\1", shown)
        units.append(ws(shown))
    return units


def odt_text(el):
    """Shown text of a paragraph: spans, spaces, tabs and the footnote's citation number,
    but not the footnote body (that is a paragraph of its own)."""
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag
        if tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif tag in (T + "tab", T + "line-break"):
            out.append(" ")
        elif tag == T + "note":
            cit = ch.find(T + "note-citation")
            out.append(cit.text or "" if cit is not None else "")
        elif tag == T + "note-body":
            pass
        else:
            out.append(odt_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def odt_units(path, problems):
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored member" % path)
        elif z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("%s: wrong mimetype" % path)
        for need in ("content.xml", "styles.xml", "META-INF/manifest.xml", "meta.xml"):
            if need not in names:
                problems.append("%s: no %s" % (path, need))
        for name in names:
            if name.endswith(".xml") or name.endswith(".rdf"):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    problems.append("%s: %s is not well-formed (%s)" % (path, name, e))
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for el in root.iter():
        if el.tag in (T + "p", T + "h"):
            t = ws(odt_text(el))
            if t:
                units.append(t)
    if not any(el.tag == T + "h" and el.get(T + "outline-level") for el in root.iter()):
        problems.append("%s: no text:h with an outline level" % path)
    return units


def vtt_units(path, problems):
    src = open(path, encoding="utf-8").read()
    if not src.startswith("WEBVTT"):
        problems.append("%s: does not start with WEBVTT" % path)
    units = []
    for block in src.split("\n\n")[1:]:
        lines = block.strip("\n").split("\n")
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        at = next((k for k, l in enumerate(lines) if "-->" in l), None)
        if at is None or not re.match(r"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}( |$)", lines[at]):
            problems.append("%s: bad cue block %r" % (path, block[:60]))
            continue
        text = " ".join(lines[at + 1:])
        text = html.unescape(re.sub(r"<[^>]*>", "", text))
        units.append(ws(text))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".org"):
        return org_units(full, problems)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    return vtt_units(full, problems)


def check_rebuild(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            r = subprocess.run([sys.executable, os.path.join(ROOT, maker), out], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (maker, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, DOCS[name]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    check_rebuild(problems)
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
                if DOCS[name].endswith(".org") and ORG_MARKER.search(a):
                    problems.append("%s: emphasis or link marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/paragraph/cell/cue of %s: %r" % (where, name, a))
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
