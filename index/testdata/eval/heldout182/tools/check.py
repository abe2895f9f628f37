#!/usr/bin/python3
"""Check the heldout182 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the LibreOffice Calc .ods, one paragraph
of one cell of content.xml; for the Evernote .enex, one note title or one block - div, heading,
list item or table cell - of a note's ENML; for the YouTube .vtt, the text of one caption cue with
its timing tags stripped), and occur exactly once across the three documents (case-insensitive;
the captions are counted once each, after the rolling cues' repeated lines are dropped).
Standard library only. Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "islands-fact-sheet": "docs/islands-fact-sheet.ods",
    "islands-evernote": "docs/islands-evernote.enex",
    "islands-yt-lecture": "docs/islands-yt-lecture.vtt",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "colgroup", "col", "br", "en-note", "hr"}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf = [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.buf.append(data)


def odf_text(el):
    """Shown text of an ODF text:p: text:s = spaces, text:tab = tab, text:line-break = newline."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TEXT + "s":
            out.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag == TEXT + "tab":
            out.append("\t")
        elif ch.tag == TEXT + "line-break":
            out.append("\n")
        else:
            out.append(odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def ods_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype must be the first entry, stored" % full)
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            problems.append("%s: wrong mimetype" % full)
        for need in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
            if need not in names:
                problems.append("%s: missing %s" % (full, need))
        for n in names:
            if n.endswith(".xml") or n.endswith(".rdf"):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for table in root.iter(TABLE + "table"):
        units.append(ws(table.get(TABLE + "name")))
        for cell in table.iter(TABLE + "table-cell"):
            for p in cell.findall(TEXT + "p"):
                t = ws(odf_text(p))
                if t:
                    units.append(t)
    return units, units


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    if root.tag != "en-export":
        problems.append("%s: root is not en-export" % full)
    units = []
    for note in root.findall("note"):
        units.append(ws(note.findtext("title")))
        content = note.findtext("content") or ""
        body = re.sub(r"^\s*<\?xml[^>]*\?>\s*<!DOCTYPE[^>]*>", "", content).strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("%s: ENML not well-formed (%s)" % (full, e))
        p = Blocks()
        p.feed(body)
        p.flush()
        units.extend(p.units)
    return units, units


def vtt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if not text.startswith("WEBVTT\nKind: captions\nLanguage: en\n\n"):
        problems.append("%s: bad WEBVTT header" % full)
    cues, transcript = [], []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) < 2 or "-->" not in lines[0]:
            continue
        shown = [ws(re.sub(r"<[^>]+>", "", l)) for l in lines[1:]]
        cues.append(ws(" ".join(shown)))
        for l in shown:
            if l and (not transcript or transcript[-1] != l):
                transcript.append(l)
    return cues, transcript


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".ods"):
        return ods_units(full, problems)
    if path.endswith(".enex"):
        return enex_units(full, problems)
    return vtt_units(full, problems)


def main():
    problems = []
    units, joined = {}, {}
    for k, v in DOCS.items():
        shown, text = units_of(v, problems)
        units[k] = shown
        joined[k] = ws(" ".join(text)).lower()
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
                    problems.append("%s: not inside one cell/block/cue of %s: %r" % (where, name, a))
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
