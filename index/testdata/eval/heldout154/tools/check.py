#!/usr/bin/python3
"""Check the heldout154 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of text as its app shows it (for the LibreOffice .odt, one paragraph, heading,
list item, table cell, frame paragraph or footnote of content.xml, split at line breaks; for the
Evernote .enex, one div, list item or table cell of a note's ENML, or a note title; for the
DiscordChatExporter .json, one line of a message's content or of an embed's title,
description, field or footer, and free of Discord markdown markers), and occur exactly once
across the three documents (case-insensitive). Each document must also be the file its
tools/make_*.py makes, byte for byte, and keep its format's structure (the .odt's mimetype
first and stored, the ENML well-formed, the JSON's messageCount right).
Standard library only. Run: /usr/bin/python3 tools/check.py
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
    "communal-award-1932": "docs/communal-award-1932.odt",
    "poona-pact-and-harijan-campaign": "docs/poona-pact-and-harijan-campaign.enex",
    "poona-pact-legacy": "docs/poona-pact-legacy.json",
}
MAKERS = {
    "communal-award-1932": "tools/make_odt.py",
    "poona-pact-and-harijan-campaign": "tools/make_enex.py",
    "poona-pact-legacy": "tools/make_discord.py",
}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "en-note",
         "colgroup", "col", "hr"}


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


def odt_paragraph(el, lines):
    """Shown text of one text:p / text:h, without the paragraphs nested in it (frames, notes)."""
    if el.text:
        lines[-1] += el.text
    for ch in el:
        if ch.tag == TEXT + "s":
            lines[-1] += " " * int(ch.get(TEXT + "c", "1"))
        elif ch.tag == TEXT + "tab":
            lines[-1] += "\t"
        elif ch.tag == TEXT + "line-break":
            lines.append("")
        elif ch.tag == TEXT + "note":
            cit = ch.find(TEXT + "note-citation")
            if cit is not None and cit.text:
                lines[-1] += cit.text
        elif ch.tag == DRAW + "frame":
            pass
        else:
            odt_paragraph(ch, lines)
        if ch.tail:
            lines[-1] += ch.tail


def odt_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("odt: mimetype must be the first entry, stored")
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("odt: wrong mimetype")
        for need in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if need not in z.namelist():
                problems.append("odt: missing %s" % need)
        for part in ("content.xml", "styles.xml"):
            root = ET.fromstring(z.read(part))
            if part == "content.xml":
                tags = {e.tag for e in root.iter()}
                for need in ("h", "list", "note", "section"):
                    if TEXT + need not in tags:
                        problems.append("odt: no text:%s in content.xml" % need)
                if DRAW + "frame" not in tags:
                    problems.append("odt: no draw:frame in content.xml")
            for el in root.iter():
                if el.tag in (TEXT + "p", TEXT + "h"):
                    lines = [""]
                    odt_paragraph(el, lines)
                    units += [ws(l) for l in lines if ws(l)]
    return units


def enex_units(full, problems):
    units = []
    root = ET.parse(full).getroot()
    if root.tag != "en-export":
        problems.append("enex: root is not en-export")
    for note in root.findall("note"):
        units.append(ws(note.findtext("title")))
        enml = note.findtext("content").strip()
        try:
            ET.fromstring(enml.encode("utf-8"))
        except ET.ParseError as e:
            problems.append("enex: ENML of %r not well-formed (%s)" % (note.findtext("title"), e))
        p = Blocks()
        p.feed(enml)
        p.flush()
        units += p.units
    return units


def discord_units(full, problems):
    units = []
    with open(full, encoding="utf-8") as f:
        doc = json.load(f)
    if doc.get("messageCount") != len(doc["messages"]):
        problems.append("json: messageCount does not match the messages")
    for m in doc["messages"]:
        units += m["content"].split("\n")
        for e in m["embeds"]:
            units += [e.get("title") or ""] + (e.get("description") or "").split("\n")
            for fld in e.get("fields", []):
                units += [fld["name"]] + fld["value"].split("\n")
            if e.get("footer"):
                units.append(e["footer"]["text"])
    return [ws(u) for u in units if ws(u)]


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(full))
        subprocess.run([sys.executable, os.path.join(ROOT, MAKERS[name]), out], check=True)
        with open(out, "rb") as a, open(full, "rb") as b:
            if a.read() != b.read():
                problems.append("%s: %s does not re-make it byte for byte" % (DOCS[name], MAKERS[name]))
    if full.endswith(".odt"):
        return odt_units(full, problems)
    if full.endswith(".enex"):
        return enex_units(full, problems)
    return discord_units(full, problems)


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
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
                if DOCS[name].endswith(".json") and re.search(r"\*|__|\|\||`|~~|^> |^#", a):
                    problems.append("%s: Discord markdown marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
