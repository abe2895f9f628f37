#!/usr/bin/python3
"""Check the heldout133 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the .srt captions, ONE cue's text, its
lines joined by a space; for the LibreOffice .odt, one paragraph, heading, list item, table cell
or footnote of content.xml; for the saved web page, one element's visible text outside scripts
and styles), and occur exactly once across the three documents (case-insensitive).
It also checks the files' structure: the .srt's cues are numbered 1..n with well-formed,
increasing comma-millisecond timings; the .odt is a zip whose first member is an uncompressed
"mimetype", that holds content.xml, styles.xml, meta.xml and META-INF/manifest.xml, and whose
XML all parses; and that 25 questions are given per document and 12 out of scope.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "santhal-hul-lecture": "docs/santhal-hul-lecture.srt",
    "munda-ulgulan-notes": "docs/munda-ulgulan-notes.odt",
    "indigo-pabna-deccan": "docs/indigo-pabna-deccan.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "figure",
         "form", "button", "label", "small", "fieldset", "legend", "textarea"}
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T = "{%s}" % TEXT_NS
TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def srt_units(full, problems):
    text = open(full, encoding="utf-8").read()
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    units, last = [], -1
    for n, b in enumerate(blocks, 1):
        lines = b.split("\n")
        if lines[0].strip() != str(n):
            problems.append("srt: cue %d numbered %r" % (n, lines[0]))
        m = TIMING.match(lines[1].strip()) if len(lines) > 1 else None
        if not m:
            problems.append("srt: cue %d has a bad timing line" % n)
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last <= start < end:
            problems.append("srt: cue %d timings out of order" % n)
        last = end
        cue = ws(" ".join(lines[2:]))
        if not cue:
            problems.append("srt: cue %d is empty" % n)
        units.append(cue)
    return units


def odt_shown(el, top=True):
    """Text of a paragraph/heading as Writer shows it, without nested footnote bodies."""
    out = [el.text or ""] if top or el.tag != T + "note-body" else []
    for ch in el:
        if ch.tag == T + "note-body":
            pass
        elif ch.tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif ch.tag == T + "tab":
            out.append("\t")
        elif ch.tag == T + "line-break":
            out.append("\n")
        else:
            out.append(odt_shown(ch, False))
        out.append(ch.tail or "")
    return "".join(out)


def odt_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("odt: mimetype is not the first, stored member")
        elif z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("odt: wrong mimetype")
        names = z.namelist()
        for need in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if need not in names:
                problems.append("odt: missing %s" % need)
        for n in names:
            if n.endswith(".xml") or n.endswith(".rdf"):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    problems.append("odt: %s does not parse (%s)" % (n, e))
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for el in root.iter():
        if el.tag in (T + "p", T + "h"):
            t = ws(odt_shown(el))
            if t:
                units.append(t)
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".srt"):
        return srt_units(full, problems)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, u in units.items():
            for x in u:
                print("%s\t%s" % (k, x))
        return 0
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one cue/paragraph/element of %s: %r" % (where, name, a))
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
