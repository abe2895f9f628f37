#!/usr/bin/python3
"""Check the heldout263 evaluation set.

Extracts each document's text the way a reader sees it, with the standard library only:
  - Google Docs .odt: every text:p / text:h of content.xml (zipfile + ElementTree), spans,
    links, text:s and tabs joined; a comment (office:annotation) and a footnote body
    (text:note-body) are units of their own and are left out of the paragraph that holds them
    (the footnote's citation number stays); table cells are paragraphs of their own. The page
    header and footer in styles.xml count for uniqueness only.
  - Quora page saved by Firefox (.html): visible text, scripts, styles, SVG, noscript and the
    title skipped; one unit per block element (p, li, div, button, pre, ...), a pre split into
    its lines.
  - DiscordChatExporter plain text (.txt): one unit per line.
Then it checks: every line of q-*.jsonl parses with exactly the keys q, accept, section; 25
questions per document and 12 out-of-scope ones (only the key q); the last three questions of
each file are 2-4 word keyword queries; accept is a list of one or two ASCII strings of 5-12
words (no Discord asterisk or hash marker in the .txt's), each inside one unit of its own document and occurring exactly once (ignoring case,
whitespace collapsed) across the three documents' text; at least one section name of each
question occurs in its own document; every document has 1,300-1,800 words of text; and the
three make scripts re-make the documents byte for byte (run into a temporary directory).
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "cabinet-mission-plan-1946": ("docs/cabinet-mission-plan-1946.odt", "make_odt.py"),
    "quora-mountbatten-plan-15-august": ("docs/quora-mountbatten-plan-15-august.html", "make_quora.py"),
    "discord-independence-act-1947-thread": ("docs/discord-independence-act-1947-thread.txt",
                                             "make_discord.py"),
}
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
BLOCK = {"p", "li", "ul", "ol", "div", "button", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
         "table", "tr", "td", "th", "br", "section", "article", "header", "footer", "nav",
         "main", "aside", "form", "label", "body", "html", "head", "iframe", "input"}
SKIP = {"script", "style", "svg", "noscript", "title", "template"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def odt_text(el):
    out = [el.text or ""]
    for c in el:
        if c.tag in (OF + "annotation", TX + "note-body"):
            pass
        elif c.tag == TX + "s":
            out.append(" " * int(c.get(TX + "c", "1")))
        elif c.tag == TX + "tab":
            out.append("\t")
        elif c.tag == TX + "line-break":
            out.append("\n")
        else:
            out.append(odt_text(c))
        out.append(c.tail or "")
    return "".join(out)


def odt_units(full):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            raise SystemExit("odt: mimetype must be the first entry, stored")
        content = ET.fromstring(z.read("content.xml"))
        styles = ET.fromstring(z.read("styles.xml"))
    units = [ws(odt_text(el)) for el in content.iter() if el.tag in (TX + "p", TX + "h")]
    extra = [ws(odt_text(el)) for el in styles.iter() if el.tag == TX + "p"]
    return [u for u in units if u], [e for e in extra if e]


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.pre = [], [], 0, 0

    def flush(self):
        text = "".join(self.buf)
        parts = text.split("\n") if self.pre else [text]
        for part in parts:
            if ws(part):
                self.units.append(ws(part))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in SKIP:
            self.skip -= 1
        if tag == "pre":
            self.pre -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full):
    p = Blocks()
    with open(full, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p.units, []


def txt_units(full):
    with open(full, encoding="utf-8") as f:
        return [ws(l) for l in f.read().split("\n") if ws(l)], []


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".odt"):
        return odt_units(full)
    if path.endswith(".html"):
        return html_units(full)
    return txt_units(full)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def load(fn, problems):
    rows = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                rows.append((i, json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return rows


def main():
    problems = []
    remake(problems)
    units, joined = {}, {}
    for name, (path, _) in DOCS.items():
        shown, extra = units_of(path)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        words = len(" ".join(shown).split())
        print("%s: %d words, %d units" % (path, words, len(shown)))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, words))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        rows = load(fn, problems)
        for k, (i, obj) in enumerate(rows):
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            elif k >= len(rows) - 3 and not 2 <= len(obj["q"].split()) <= 4:
                problems.append("%s: keyword query must have 2-4 words: %r" % (where, obj["q"]))
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in its document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name][0].endswith(".txt") and ("*" in a or a.lstrip().startswith("#")):
                    problems.append("%s: Discord markdown marker in %r" % (where, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
        if len(rows) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(rows)))
    oos = load("oos.jsonl", problems)
    for i, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("oos.jsonl:%d: must hold only q" % i)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
