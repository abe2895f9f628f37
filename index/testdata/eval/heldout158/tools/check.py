#!/usr/bin/python3
"""Check the heldout158 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). Units, extracted with the standard library only:
- EPUB: one element's visible text (paragraph, list item, table cell, heading, dt/dd) in the
  XHTML documents of the OPF spine; the zip must start with a stored `mimetype`;
- Google Keep Takeout JSON: the note's title and each line of textContent (textContentHtml must
  hold the same lines, one <p> per line);
- ODP: one text:p or text:h (a paragraph, list item or table cell, on a slide or in the speaker
  notes) of content.xml; the zip must start with a stored `mimetype`.
Run: /usr/bin/python3 tools/check.py
"""
import html
import html.parser
import json
import os
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "fundamental-duties-chapter": "docs/fundamental-duties-chapter.epub",
    "fd-enforcement-and-cases": "docs/fd-enforcement-and-cases.json",
    "swaran-singh-to-enforcement": "docs/swaran-singh-to-enforcement.odp",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "blockquote", "figure", "figcaption", "caption", "hr"}
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OPF_NS = "http://www.idpf.org/2007/opf"
CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container"

problems = []


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

    def handle_startendtag(self, tag, attrs):
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


def check_zip_start(z, mime, path):
    first = z.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        problems.append("%s: mimetype must be the first entry, stored" % path)
    elif z.read("mimetype").decode("ascii") != mime:
        problems.append("%s: wrong mimetype" % path)


def epub_units(full, path):
    z = zipfile.ZipFile(full)
    check_zip_start(z, "application/epub+zip", path)
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{%s}rootfile" % CONTAINER_NS).get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = posixpath.dirname(opf_path)
    items = {i.get("id"): i.get("href") for i in opf.iter("{%s}item" % OPF_NS)}
    units = []
    for ref in opf.iter("{%s}itemref" % OPF_NS):
        name = posixpath.join(base, items[ref.get("idref")])
        data = z.read(name)
        ET.fromstring(data)  # XHTML must be well-formed XML
        p = Blocks()
        p.feed(data.decode("utf-8"))
        p.flush()
        units.extend(p.units)
    return units


def keep_units(full, path):
    raw = open(full, encoding="utf-8").read()
    if "\n" in raw:
        problems.append("%s: Takeout writes the note on one line" % path)
    note = json.loads(raw)
    for key in ("color", "isTrashed", "isPinned", "isArchived", "textContent", "title",
                "userEditedTimestampUsec", "createdTimestampUsec"):
        if key not in note:
            problems.append("%s: Keep key %s missing" % (path, key))
    lines = note["textContent"].split("\n")
    shown = re.findall(r"<p [^>]*><span [^>]*>(.*?)</span></p>|<br>", note.get("textContentHtml", ""))
    if [html.unescape(s) for s in shown] != lines:
        problems.append("%s: textContentHtml does not match textContent line by line" % path)
    return [ws(note["title"])] + [ws(l) for l in lines if l.strip()]


def odf_text(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        if tag == "s":
            out.append(" " * int(ch.get("{%s}c" % TEXT_NS, "1")))
        elif tag in ("tab", "line-break"):
            out.append(" ")
        else:
            out.append(odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def odp_units(full, path):
    z = zipfile.ZipFile(full)
    check_zip_start(z, "application/vnd.oasis.opendocument.presentation", path)
    man = z.read("META-INF/manifest.xml").decode("utf-8")
    for name in z.namelist():
        if name not in ("mimetype", "META-INF/manifest.xml") and 'full-path="%s"' % name not in man:
            problems.append("%s: %s not in manifest" % (path, name))
    root = ET.fromstring(z.read("content.xml"))
    units = []
    for el in root.iter():
        if el.tag in ("{%s}p" % TEXT_NS, "{%s}h" % TEXT_NS):
            t = ws(odf_text(el))
            if t:
                units.append(t)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, path)
    if path.endswith(".json"):
        return keep_units(full, path)
    if path.endswith(".odp"):
        return odp_units(full, path)
    raise ValueError(path)


def main():
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
        print("words in %s: %d" % (DOCS[name], len(joined[name].split())))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
