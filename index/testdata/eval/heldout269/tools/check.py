#!/usr/bin/python3
"""Check the heldout269 evaluation set.

Run: /usr/bin/python3 tools/check.py          (add --dump to print each document's units)

It extracts the three documents' text as a reader sees it, with the standard library only:
  - Google Keep Takeout .html: html.parser; one unit per block element (the note's title div,
    the heading with the edited time, each checklist item, each label chip); the head (title
    element, style sheet) is not shown text;
  - LibreOffice .odt: zipfile + ElementTree on content.xml; one unit per text:p / text:h (body,
    list items, table cells, table-of-contents entries, footnote bodies and comment
    paragraphs each on their own) with the tracked changes accepted: inserted text is shown,
    deleted text (kept only inside text:tracked-changes) is not a unit but is counted when
    checking that an accept string occurs only once; a footnote's citation number stays in
    the paragraph that calls it, the footnote's and the comment's text do not;
  - Telegram Desktop result.json: json; each message's text (its text_entities joined) split
    into lines.
and checks that:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q,
    accept, section; oos lines only q; 25 questions per document and 12 out-of-scope;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one unit of
    its own document, and occurring exactly once (case-insensitive, whitespace collapsed)
    across the three documents' text (the .odt's deleted text included);
  - section is a non-empty list of strings and at least one of them occurs in its document;
  - each document holds 1,300 to 1,800 words of shown text;
  - the .odt is a proper package (mimetype first and stored, the XML parts parse, tracked
    changes with an insertion, a deletion and a format change, comments, footnotes, a table of
    contents), the Keep file is a checklist note, result.json is a Saved Messages export;
  - tools/make_keep.py, tools/make_odt.py and tools/make_result.py re-make the three
    documents byte for byte.
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "keep-parali-stubble-burning-checklist": "docs/keep-parali-stubble-burning-checklist.html",
    "punjab-groundwater-crisis-draft": "docs/punjab-groundwater-crisis-draft.odt",
    "result": "docs/result.json",
}
MAKERS = {
    "keep-parali-stubble-burning-checklist": "tools/make_keep.py",
    "punjab-groundwater-crisis-draft": "tools/make_odt.py",
    "result": "tools/make_result.py",
}
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
BLOCK = {"p", "li", "ul", "ol", "div", "td", "th", "tr", "table", "br", "body", "html", "head",
         "h1", "h2", "h3", "h4", "h5", "h6", "title"}


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
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def keep_units(full, problems):
    with open(full, encoding="utf-8") as f:
        src = f.read()
    p = Blocks()
    p.feed(src)
    p.flush()
    if 'class="listitem checked"' not in src or 'class="listitem"' not in src:
        problems.append("keep: needs ticked and open checklist items")
    if not src.startswith('<?xml version="1.0" encoding="UTF-8" ?><!DOCTYPE html'):
        problems.append("keep: not a Takeout Keep HTML file")
    return p.units, []


def odt_text(el):
    """Shown text of one text:p / text:h, tracked changes accepted."""
    out = []

    def walk(node):
        for ch in node:
            if ch.tag == O + "annotation":
                pass
            elif ch.tag == T + "note":
                out.append(ch.findtext(T + "note-citation") or "")
            elif ch.tag == T + "s":
                out.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "tab":
                out.append("\t")
            elif ch.tag == T + "line-break":
                out.append("\n")
            else:
                if ch.text:
                    out.append(ch.text)
                walk(ch)
            if ch.tail:
                out.append(ch.tail)

    if el.text:
        out.append(el.text)
    walk(el)
    return "".join(out)


def odt_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        infos = z.infolist()
        if names[0] != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
                or z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("odt: mimetype must come first, stored")
        for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml",
                     "manifest.rdf", "Thumbnails/thumbnail.png"):
            if part not in names:
                problems.append("odt: missing %s" % part)
        for n in names:
            if n.endswith(".xml") or n.endswith(".rdf"):
                ET.fromstring(z.read(n))
        content = z.read("content.xml")
    root = ET.fromstring(content)
    deleted = []
    tracked = root.find(".//%stracked-changes" % T)
    kinds = set()
    if tracked is None:
        problems.append("odt: no tracked changes")
    else:
        for region in tracked:
            for ch in region:
                kinds.add(ch.tag.replace(T, ""))
                for p in ch.iter(T + "p"):
                    deleted.append(ws(odt_text(p)))
    if kinds != {"insertion", "deletion", "format-change"}:
        problems.append("odt: tracked changes should hold insertions, deletions and a format change")
    text_el = root.find(".//%stext" % O)
    for need in ("annotation", "note", "table-of-content"):
        tag = (O if need == "annotation" else T) + need
        if text_el.find(".//" + tag) is None:
            problems.append("odt: no %s" % need)
    units = []
    for el in text_el.iter():
        if el.tag in (T + "p", T + "h"):
            if tracked is not None and any(el is p for p in tracked.iter(T + "p")):
                continue
            t = ws(odt_text(el))
            if t:
                units.append(t)
    return units, deleted


def telegram_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("type") != "saved_messages" or "name" in data or not isinstance(data.get("messages"), list):
        problems.append("result.json: not a Telegram Saved Messages export")
    units = []
    for m in data["messages"]:
        text = "".join(e["text"] for e in m.get("text_entities", []))
        for line in text.split("\n"):
            if ws(line):
                units.append(ws(line))
    return units, []


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".html"):
        return keep_units(full, problems)
    if full.endswith(".odt"):
        return odt_units(full, problems)
    return telegram_units(full, problems)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run([sys.executable, os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, DOCS[name]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    units, joined = {}, {}
    for name in DOCS:
        shown, extra = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        words = sum(len(u.split()) for u in shown)
        print("%s: %d units, %d words" % (DOCS[name], len(shown), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name], words))
        if "--dump" in sys.argv:
            for u in shown:
                print("   |", u)
    check_makers(problems)
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, DOCS[name], sec))
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
                    problems.append("%s: not inside one unit of %s: %r" % (where, DOCS[name], a))
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
