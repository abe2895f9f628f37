#!/usr/bin/python3
"""Check the heldout359 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Evernote .enex: the note title, then the ENML inside the CDATA of <content> split at block
    elements (div, h2, h3, li, td, br ...), so one unit per paragraph div, heading, list or
    checklist item and table cell;
  - Telegram messages.html: the visible text split at block elements (div, br ...), scripts and
    styles skipped, so one unit per line of a post, per date or service line, per poll answer;
  - Notion .md: one unit per line, with heading marks, list marks, <aside> tags, image lines and
    link targets dropped, the toggles' four-space indents stripped and each table row split into
    its cells (the "| --- |" row skipped).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .enex's DOCTYPE, en-export root with export date and version, title, created, updated,
    tags, author, CDATA with the ENML declaration and DOCTYPE, headings, a checklist with
    checked and unchecked items, a table with colgroup, styled divs and spans, highlight,
    links with rev="en_rl_none", &nbsp; and <hr/>; the Telegram export's page_wrap, page_header,
    history, date service messages with negative ids, a pin service message, userpics with
    initials, joined messages, a forwarded block with its own date, a reply, a photo with its
    thumbnail, a quiz poll, a spoiler, hashtag links, URL links, reactions and UTC+05:30 date
    titles; the Notion page's H1 title, property lines, <aside> callouts, flattened toggles, a
    pipe table with its "| --- |" row, an image and %20-encoded links to a sub-page and a .csv);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_enex.py, tools/make_telegram.py and tools/make_notion.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "mangroves-mishti-evernote": ("docs/mangroves-mishti-evernote.enex", "make_enex.py"),
    "sundarbans-cyclones-telegram": ("docs/sundarbans-cyclones-telegram.html", "make_telegram.py"),
    "bhitarkanika-pichavaram-blue-carbon-notion": ("docs/bhitarkanika-pichavaram-blue-carbon-notion.md",
                                                   "make_notion.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "br", "hr", "en-note", "colgroup", "aside", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def enex_units(full):
    root = ET.parse(full).getroot()
    out = []
    for note in root.iter("note"):
        out.append(ws(note.findtext("title")))
        out += html_units(note.findtext("content"))
    return out


def md_units(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s in ("<aside>", "</aside>") or s.startswith("!["):
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|( *-+ *\|)+", s):
                continue
            cells = [c for c in s.strip("|").split("|")]
        else:
            s = re.sub(r"^(#+ |- \[[ x]\] |- |\d+\. |> )", "", s)
            cells = [s]
        for c in cells:
            c = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", c)
            c = ws(c.replace("**", ""))
            if c:
                out.append(c)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".enex"):
        return enex_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        return html_units(text)
    return md_units(text)


def check_marks(problems):
    enex = open(os.path.join(ROOT, DOCS["mangroves-mishti-evernote"][0]), encoding="utf-8").read()
    for mark in ('<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
                 '<en-export export-date="', 'application="Evernote" version="10.', "<title>",
                 "<created>", "<updated>", "<tag>", "<author>", "<![CDATA[<?xml",
                 '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">', "<en-note>",
                 "<h2>", "<h3>", '<ul style="--en-todo:true;">', '<li style="--en-checked:true;">',
                 '<li style="--en-checked:false;">', "<table style=", "<colgroup>", '<div style="',
                 '<span style="', "--en-highlight:yellow", 'rev="en_rl_none"', "&nbsp;", "<hr/>",
                 "</en-note>      ]]>"):
        if mark not in enex:
            problems.append("enex: no %r" % mark)
    tg = open(os.path.join(ROOT, DOCS["sundarbans-cyclones-telegram"][0]), encoding="utf-8").read()
    for mark in ('<div class="page_wrap">', '<div class="page_header">', '<div class="history">',
                 '<div class="message service" id="message-1">', " pinned <a href=\"#go_to_message",
                 '<div class="initials" style="line-height: 42px">',
                 'class="message default clearfix joined"', '<div class="forwarded body">',
                 '<div class="pull_left forwarded userpic_wrap">', '<span class="date details" title="',
                 '<div class="reply_to details">', 'class="photo_wrap clearfix pull_left"',
                 "_thumb.jpg", '<div class="media_poll">', "Anonymous quiz",
                 'class="spoiler hidden"', "return ShowHashtag(&quot;", '<a href="https://',
                 '<span class="reactions">', 'UTC+05:30">', "<title>Exported Data</title>",
                 '<body onload="CheckLocation();">'):
        if mark not in tg:
            problems.append("telegram: no %r" % mark)
    md = open(os.path.join(ROOT, DOCS["bhitarkanika-pichavaram-blue-carbon-notion"][0]),
              encoding="utf-8").read()
    if not md.startswith("# "):
        problems.append("notion: no H1 title line")
    for mark in ("\nTags: ", "\nCreated: ", "\nLast edited: ", "<aside>\n", "\n</aside>",
                 "\n    \n    ", "| --- | --- |", "%20", ".csv)", ".md)", "![image.png]("):
        if mark not in md:
            problems.append("notion: no %r" % mark)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_marks(problems)
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
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
