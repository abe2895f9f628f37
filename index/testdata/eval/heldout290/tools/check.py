#!/usr/bin/python3
"""Check the heldout290 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document's
text as a reader sees it, and occur exactly once across the three documents' text (ignoring
case, whitespace collapsed). Units:
  - Blogger backup (.xml): the feed's title and, for every entry (page, posts, draft,
    comments), its title and the HTML held in <content type='html'>, parsed and cut at every
    block element and <br> (p, div, li, h2, h3, td ...); the entries' search descriptions
    (blogger:metaDescription) are counted for uniqueness but no accept string may lie in them;
  - Threads page saved by Chrome (.html): the visible text of the page, scripts, styles and
    SVG titles skipped, cut at every block element and at every line break inside a post's
    text (Threads shows post text pre-wrapped, one line per source line);
  - Evernote for Mac export (.html): the visible text, cut at every block element and <br>,
    with the page title.
Each question's section list must name at least one part present in its document (ignoring
case). The documents must be 1,300 to 1,800 words of text (the Blogger entries' titles and
bodies; the Threads posts' and replies' text; the Evernote note's body). The Blogger file must
be an Atom feed in the 2018 Blogger schema whose entries all carry blogger:type and
blogger:status, with every comment's blogger:parent naming a post in the feed; no Threads post
may be longer than 500 characters; the Evernote export must carry its exporter-version meta.
Each tools/make_*.py must re-make its document byte for byte (run into a temporary directory).
There must be 25 questions per document and 12 out-of-scope ones.
Run: /usr/bin/python3 tools/check.py
"""
import html
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
    "blog-09-14-2025": ("docs/blog-09-14-2025.xml", "make_blogger.py"),
    "threads-e20-ethanol-blending": ("docs/threads-e20-ethanol-blending.html", "make_threads.py"),
    "SATAT and CBG - GS3 Energy": ("docs/SATAT and CBG - GS3 Energy.html", "make_evernote.py"),
}
ATOM = "{http://www.w3.org/2005/Atom}"
BLOGGER = "{http://schemas.google.com/blogger/2018}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "time", "img", "input"}
POST_TEXT = "x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text cut into units at block elements (and, if lines=True, at line breaks)."""

    def __init__(self, lines=False):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.lines = [], [], 0, lines

    def flush(self):
        text = "".join(self.buf)
        for part in (text.split("\n") if self.lines else [text]):
            t = ws(part)
            if t:
                self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "svg"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "svg"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(text, lines=False):
    p = Blocks(lines)
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def blogger(path, problems):
    """(units, extra text, words) of the Blogger backup."""
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        problems.append("blogger: root is not an Atom feed")
    units, extra, words = [ws(root.findtext(ATOM + "title") or "")], [], []
    ids = {e.findtext(ATOM + "id") for e in root.iter(ATOM + "entry")}
    for e in root.iter(ATOM + "entry"):
        kind, status = e.findtext(BLOGGER + "type"), e.findtext(BLOGGER + "status")
        if kind not in ("POST", "PAGE", "COMMENT") or status not in ("LIVE", "DRAFT"):
            problems.append("blogger: entry %s lacks blogger:type / blogger:status" % e.findtext(ATOM + "id"))
        if kind == "COMMENT" and e.findtext(BLOGGER + "parent") not in ids:
            problems.append("blogger: comment %s has no parent in the feed" % e.findtext(ATOM + "id"))
        title = ws(e.findtext(ATOM + "title") or "")
        body = html_units(e.findtext(ATOM + "content") or "")
        if title:
            units.append(title)
        units.extend(body)
        words.extend(([title] if title else []) + body)
        if e.findtext(BLOGGER + "metaDescription"):
            extra.append(ws(e.findtext(BLOGGER + "metaDescription")))
    return units, extra, words


def threads(path, problems):
    text = open(path, encoding="utf-8").read()
    units = html_units(text, lines=True)
    posts = [html.unescape(re.sub(r"<[^>]+>", "", m))
             for m in re.findall(r'<div class="%s">(.*?)</div>' % POST_TEXT, text, re.S)]
    for p in posts:
        if len(p) > 500:
            problems.append("threads: a post is %d characters long: %r" % (len(p), p[:40]))
    if not posts:
        problems.append("threads: no post text found")
    return units, [], [ws(l) for p in posts for l in p.split("\n") if ws(l)]


def evernote(path, problems):
    text = open(path, encoding="utf-8").read()
    if 'name="exporter-version" content="Evernote Mac' not in text:
        problems.append("evernote: no Evernote Mac exporter-version meta")
    units = html_units(text)
    body = html_units(text[text.index("<body"):])
    return units, [], body


def units_of(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".xml"):
        return blogger(path, problems)
    if "threads" in name:
        return threads(path, problems)
    return evernote(path, problems)


def check_make(name, problems):
    path, script = DOCS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(path))
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
        if open(out, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
            problems.append("%s: tools/%s does not re-make it byte for byte" % (name, script))


def main():
    problems = []
    units, joined = {}, {}
    for name in DOCS:
        check_make(name, problems)
        shown, extra, words = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        nw = len(" ".join(words).split())
        print("%s: %d words" % (name, nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (name, nw))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
