#!/usr/bin/python3
"""Check the heldout140 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list whose first name is a heading of the document: an XMind
topic, a slide title, or an HTML h1-h3 without its "[edit]" link). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of text as the app shows it (XMind: one line of a
topic title, one label or one line of a topic's note, read from content.json; Impress: one
text:p of a slide, a table cell or the speaker notes, read from content.xml; HTML: one
element's visible text), and occur exactly once across the three documents (case-insensitive).
It also checks the packages (the .xmind zip with content.json, metadata.json and manifest.json
and topics three levels deep; the .odp with "mimetype" first and stored, content.xml, styles.xml
and META-INF/manifest.xml, title and outline frames, a table and speaker notes) and that
tools/make_xmind.py and tools/make_odp.py re-make both files byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
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
    "harappan-sites": "docs/harappan-sites.xmind",
    "harappan-lecture": "docs/harappan-lecture.odp",
    "indus-valley-civilisation": "docs/indus-valley-civilisation.html",
}
MAKERS = {"docs/harappan-sites.xmind": "tools/make_xmind.py",
          "docs/harappan-lecture.odp": "tools/make_odp.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "button"}
HEADINGS = {"h1", "h2", "h3"}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
PRES = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.heads, self.buf, self.skip, self.in_head = [], [], [], 0, 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_head:
                self.heads.append(re.sub(r"\[edit\]$", "", t).strip())
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in HEADINGS:
            self.in_head = 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag in HEADINGS:
            self.in_head = 0

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def odf_text(el):
    """The shown text of a text:p/text:h, with text:s, text:tab and text:line-break expanded."""
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


def xmind_topics(t, depth=0):
    yield t, depth
    for k in t.get("children", {}).get("attached", []):
        yield from xmind_topics(k, depth + 1)


def units_of(path, problems):
    """Returns (units, headings) of a document as its app shows it."""
    full = os.path.join(ROOT, path)
    if path.endswith(".xmind"):
        z = zipfile.ZipFile(full)
        names = z.namelist()
        for need in ("content.json", "metadata.json", "manifest.json"):
            if need not in names:
                problems.append("%s: no %s in the zip" % (path, need))
        sheets = json.loads(z.read("content.json").decode("utf-8"))
        json.loads(z.read("metadata.json").decode("utf-8"))
        manifest = json.loads(z.read("manifest.json").decode("utf-8"))
        for entry in manifest.get("file-entries", {}):
            if entry not in names:
                problems.append("%s: manifest.json lists missing %s" % (path, entry))
        units, heads, depth, notes, labels = [], [], 0, 0, 0
        for sh in sheets:
            if sh.get("class") != "sheet" or "rootTopic" not in sh:
                problems.append("%s: a sheet without class/rootTopic" % path)
                continue
            units.append(ws(sh.get("title", "")))
            for t, d in xmind_topics(sh["rootTopic"]):
                depth = max(depth, d)
                heads.append(ws(t["title"]))
                units.extend(ws(l) for l in t["title"].split("\n") if ws(l))
                for lab in t.get("labels", []):
                    labels += 1
                    units.append(ws(lab))
                plain = t.get("notes", {}).get("plain", {}).get("content", "")
                if plain:
                    notes += 1
                units.extend(ws(l) for l in plain.split("\n") if ws(l))
        if depth < 3:
            problems.append("%s: topics only %d levels deep" % (path, depth))
        if not notes or not labels:
            problems.append("%s: needs notes and labels on some topics" % path)
        return units, heads
    if path.endswith(".odp"):
        z = zipfile.ZipFile(full)
        infos = z.infolist()
        if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype must be the first entry, stored" % path)
        elif z.read("mimetype") != b"application/vnd.oasis.opendocument.presentation":
            problems.append("%s: wrong mimetype" % path)
        names = z.namelist()
        for need in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
            if need not in names:
                problems.append("%s: no %s in the package" % (path, need))
        for n in names:
            if n.endswith(".xml"):
                ET.fromstring(z.read(n))
        man = z.read("META-INF/manifest.xml").decode("utf-8")
        for n in names:
            if n not in ("mimetype", "META-INF/manifest.xml") and 'full-path="%s"' % n not in man:
                problems.append("%s: %s not in META-INF/manifest.xml" % (path, n))
        root = ET.fromstring(z.read("content.xml"))
        pages = list(root.iter(DRAW + "page"))
        classes = [f.get(PRES + "class") for f in root.iter(DRAW + "frame")]
        if not pages or "title" not in classes or "outline" not in classes or "notes" not in classes:
            problems.append("%s: needs draw:page slides with title, outline and notes frames" % path)
        if not list(root.iter(TABLE + "table")) or not list(root.iter(PRES + "notes")):
            problems.append("%s: needs a table and presentation:notes" % path)
        units, heads = [], []
        for p in root.iter():
            if p.tag in (TEXT + "p", TEXT + "h"):
                units.extend(ws(l) for l in odf_text(p).split("\n") if ws(l))
        for f in root.iter(DRAW + "frame"):
            if f.get(PRES + "class") == "title":
                heads.append(ws(" ".join(odf_text(p) for p in f.iter(TEXT + "p"))))
        return units, heads
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units, p.heads
    raise SystemExit("unknown format: " + path)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for doc, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run([sys.executable, os.path.join(ROOT, maker), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))


def main():
    problems = []
    check_makers(problems)
    got = {k: units_of(v, problems) for k, v in DOCS.items()}
    units = {k: u for k, (u, h) in got.items()}
    heads = {k: set(h) for k, (u, h) in got.items()}
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
            elif sec[0] not in heads[name]:
                problems.append("%s: section %r is not a heading of %s" % (where, sec[0], name))
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
        print("words shown in %s: %d" % (DOCS[name], sum(len(u.split()) for u in units[name])))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
