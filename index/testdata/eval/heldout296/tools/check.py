#!/usr/bin/python3
"""Check the heldout296 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - DokuWiki page source (.txt): the page as DokuWiki renders it, one unit per rendered line:
    headings without their = marks, list items without their bullets, every table cell on its
    own, each ((footnote)) as a unit of its own, [[target|label]] shown as the label and
    {{media|caption}} as the caption, ** // __ '' markers dropped, \\ forced breaks splitting a
    line, <code> lines as they stand, DokuWiki's typography applied (" -- " to an en dash, "->"
    to an arrow, "..." to an ellipsis, double quotes curly), and the ~~NOTOC~~ / ~~DISCUSSION~~ /
    <WRAP> / ---- lines dropped; {{tag>...}} shows as "Tags:" and the tag names;
  - Word 2003 XML (.xml): one unit per w:p (body, table cells, footnotes, the comment, header and
    footer), the text of its own w:t runs (w:tab as a tab), leaving out footnotes and comments
    nested inside it and Word's wx:t list hints;
  - Bluesky page (.html): the visible text of the saved DOM, head, script, style, svg and
    noscript skipped, one unit per block element and per line inside it (post text keeps its
    newlines), and each non-empty img alt text as a unit of its own.
Then checks every rule of the set:
  - q-*.jsonl: 25 lines each with exactly the keys q, accept, section; accept one or two strings,
    each ASCII, 5-12 words, inside one unit of its own document, and occurring exactly once across
    the three documents' extracted text (case-insensitive, whitespace collapsed); section a
    non-empty list of strings, at least one of which occurs in the document's extracted text;
  - oos.jsonl: 12 lines with only the key q;
  - each document has 1,300-1,800 words of text (the Bluesky page: its posts, quoted post and
    alt texts), the WordprocessingML parses and has the Word 2003 parts, the DokuWiki page has
    balanced headings, every Bluesky post is at most 300 characters;
  - tools/make_dokuwiki.py, tools/make_wordml.py and tools/make_bluesky.py, run on a copy of
    tools/ beside an empty docs/, re-make each document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "revolt_1857_causes": ("docs/revolt_1857_causes.txt", "make_dokuwiki.py"),
    "1857-centres-leaders-suppression": ("docs/1857-centres-leaders-suppression.xml", "make_wordml.py"),
    "bluesky-govt-of-india-act-1858-thread": ("docs/bluesky-govt-of-india-act-1858-thread.html",
                                              "make_bluesky.py"),
}
W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
AML = "{http://schemas.microsoft.com/aml/2001/core}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- DokuWiki

def dw_typography(s):
    s = s.replace("...", "\u2026").replace("<->", "\u2194").replace("->", "\u2192").replace("<-", "\u2190")
    s = s.replace("<=>", "\u21d4").replace("=>", "\u21d2")
    s = re.sub(r"(?<=\s)---(?=\s)", "\u2014", s)
    s = re.sub(r"(?<=\s)--(?=\s)", "\u2013", s)
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    return s


def dw_inline(s, notes):
    """Rendered text of one line; footnote texts are appended to notes."""
    def fn(m):
        notes.append(dw_inline(m.group(1), notes))
        return ""
    s = re.sub(r"\(\((.*?)\)\)", fn, s)
    s = re.sub(r"\{\{tag>([^}]*)\}\}", lambda m: "Tags: " + ", ".join(
        t.replace("_", " ") for t in m.group(1).split()), s)
    s = re.sub(r"\{\{[^}|]*\|([^}]*)\}\}", r"\1", s)
    s = re.sub(r"\{\{[^}]*\}\}", "", s)
    s = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[\[(?:[^\]>]*>)?([^\]]*)\]\]", lambda m: m.group(1).split(":")[-1], s)
    s = re.sub(r"%%(.*?)%%", r"\1", s)
    s = re.sub(r"</?(?:del|sup|sub)>", "", s)
    for mark in ("**", "//", "__", "''"):
        s = s.replace(mark, "")
    return dw_typography(s)


def dw_split_cells(line):
    cells, buf, depth, i = [], [], 0, 1
    while i < len(line):
        two = line[i:i + 2]
        if two in ("[[", "((", "{{"):
            depth += 1
            buf.append(two)
            i += 2
            continue
        if two in ("]]", "))", "}}") and depth:
            depth -= 1
            buf.append(two)
            i += 2
            continue
        if line[i] in "^|" and not depth:
            cells.append("".join(buf))
            buf = []
        else:
            buf.append(line[i])
        i += 1
    return [c for c in cells if c.strip() and c.strip() != ":::"]


def dokuwiki_units(full, problems):
    units, notes, in_code, levels = [], [], False, []
    for line in open(full, encoding="utf-8").read().split("\n"):
        s = line.strip()
        if s == "<code>" or s.startswith("<code "):
            in_code = True
            continue
        if s == "</code>":
            in_code = False
            continue
        if in_code:
            if s:
                units.append(ws(s))
            continue
        if not s or s in ("~~NOTOC~~", "~~DISCUSSION~~", "----", "</WRAP>") or s.startswith("<WRAP"):
            continue
        m = re.match(r"^(={2,6}) (.+) (={2,6})$", s)
        if m:
            if m.group(1) != m.group(3):
                problems.append("%s: unbalanced heading %r" % (full, s))
            levels.append(len(m.group(1)))
            units.append(ws(dw_inline(m.group(2), notes)))
            continue
        if s[0] in "^|":
            for cell in dw_split_cells(s):
                t = ws(dw_inline(cell, notes))
                if t:
                    units.append(t)
            continue
        if re.match(r"^ {2,}[*-] ", line):
            s = s[2:]
        for part in re.split(r"\\\\(?: |$)", dw_inline(s, notes)):
            if ws(part):
                units.append(ws(part))
    if not levels or levels[0] != 6:
        problems.append("%s: the page should open with a level-1 (======) heading" % full)
    return units + [ws(n) for n in notes if ws(n)], units + [ws(n) for n in notes if ws(n)]


# ---------------------------------------------------------------- Word 2003 XML

def w_text(el):
    out = []
    for ch in el:
        if ch.tag == W + "t":
            out.append(ch.text or "")
        elif ch.tag in (W + "footnote", W + "endnote", AML + "annotation", W + "p", W + "instrText"):
            continue
        elif ch.tag == W + "tab":
            out.append("\t")
        elif ch.tag in (W + "br", W + "cr"):
            out.append("\n")
        else:
            out.append(w_text(ch))
    return "".join(out)


def wordml_units(full, problems):
    raw = open(full, "rb").read()
    if not raw.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                          b'<?mso-application progid="Word.Document"?>\r\n<w:wordDocument '):
        problems.append("%s: does not open like a Word 2003 XML document" % full)
    root = ET.fromstring(raw)
    if root.tag != W + "wordDocument":
        problems.append("%s: root is not w:wordDocument" % full)
    for need in ("{urn:schemas-microsoft-com:office:office}DocumentProperties", W + "fonts", W + "lists",
                 W + "styles", W + "docPr", W + "body", WX + "sect", WX + "sub-section", W + "footnote",
                 W + "tbl", W + "listPr", W + "proofErr", W + "hdr", W + "ftr"):
        if root.find(".//" + need) is None and root.tag != need:
            problems.append("%s: no %s element" % (full, need))
    units = []
    for p in root.iter(W + "p"):
        t = ws(w_text(p))
        if t:
            units.append(t)
    return units, units


# ---------------------------------------------------------------- Bluesky HTML

BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "nav", "main", "header", "footer", "section", "article", "aside", "button", "body", "html", "br",
         "form", "label", "input"}
SKIP = {"head", "script", "style", "svg", "noscript", "title"}


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.alts, self.posts = [], [], 0, [], []
        self.stack = []

    def flush(self):
        text = "".join(self.buf)
        for line in text.split("\n"):
            if ws(line):
                self.units.append(ws(line))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in SKIP:
            self.skip += 1
        if tag == "img" and a.get("alt") and not self.skip:
            self.flush()
            self.units.append(ws(a["alt"]))
            self.alts.append(a["alt"])
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            self.stack.append(a.get("data-testid") == "postText" or
                              (a.get("dir") == "auto" and "r-1xnzce8" in (a.get("class") or "")))
            if self.stack[-1]:
                self.posts.append([])

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "div" and self.stack:
            self.stack.pop()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if any(self.stack):
                self.posts[-1].append(data)


def bluesky_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if not text.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        problems.append("%s: not a page saved from the browser" % full)
    for need in ('data-testid="postThreadItem-by-', 'data-testid="postText"', 'data-testid="replyBtn"',
                 'data-testid="repostCount"', 'data-testid="likeCount"', 'data-testid="likeCount-expanded"',
                 'aria-label="Post by ', 'data-tooltip="'):
        if need not in text:
            problems.append("%s: no %s" % (full, need))
    p = Blocks()
    p.feed(text)
    p.flush()
    posts = ["".join(x) for x in p.posts]
    for post in posts:
        if len(post) > 300:
            problems.append("%s: a post longer than 300 characters: %r" % (full, post[:60]))
    counted = []
    for t in posts + p.alts:
        counted.extend(l for l in t.split("\n") if ws(l))
    return p.units, counted


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".xml"):
        return wordml_units(full, problems)
    if path.endswith(".html"):
        return bluesky_units(full, problems)
    return dokuwiki_units(full, problems)


# ---------------------------------------------------------------- re-making

def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = open(os.path.join(tmp, path), "rb").read()
            kept = open(os.path.join(ROOT, path), "rb").read()
            if made != kept:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name, (path, _) in DOCS.items():
        shown, counted = units_of(path, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown)).lower()
        words = len(" ".join(counted).split())
        print("%s: %d units, %d words of text" % (path, len(shown), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (path, words))
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
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
