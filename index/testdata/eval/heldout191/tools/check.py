#!/usr/bin/python3
"""Checks for held-out set 191 (standard library only).

Extracts each document's visible text in units (the Notepad file's lines; the
Joplin note's title, lines, list items and table cells with the Markdown and
HTML marks taken off; the saved page's block elements with scripts, styles,
SVG and the head skipped) and checks that:
  * every document parses (CRLF-only Notepad text; Joplin front matter with
    title, updated, created and tags, matching <details> tags and table rows
    of equal width; properly nested HTML),
  * each make_*.py re-makes its document byte for byte,
  * every jsonl line parses with the right keys; 25 questions per document
    and 12 out-of-scope questions,
  * every accept string is ASCII, 5-12 words, lies inside one unit and
    occurs exactly once (ignoring case, whitespace collapsed) across the
    three documents' text,
  * the first section of every question is found in its document.
"""
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

DOCS_SPEC = [
    ("mahajanapadas-class-notes", "mahajanapadas-class-notes.txt", "make_txt.py"),
    ("magadha-dynasties-joplin", "magadha-dynasties-joplin.md", "make_md.py"),
    ("rise-of-magadha-article", "rise-of-magadha-article.html", "make_html.py"),
]
GENERIC = {"introduction", "definition", "what is", "overview"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- .txt
def units_txt(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("txt: has a BOM")
    if re.search(rb"(?<!\r)\n", raw):
        err("txt: bare LF line ending")
    if b"\r\n" not in raw:
        err("txt: no CRLF")
    if b"\t" not in raw:
        err("txt: no tabs")
    text = raw.decode("utf-8")
    return [l for l in text.split("\r\n") if l.strip()]


# ---------------------------------------------------------------- .md
def strip_md(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", s)
    s = s.replace("`", "")
    return s.strip()


def units_md(path):
    text = open(path, "rb").read().decode("utf-8")
    if "\r" in text:
        err("md: CR in a Joplin export")
    if not text.startswith("---\n"):
        err("md: no front matter")
        return []
    fm, body = text[4:].split("\n---\n", 1)
    keys = {}
    cur = None
    for line in fm.split("\n"):
        m = re.match(r"([a-z_]+):\s?(.*)$", line)
        if m:
            cur = m.group(1)
            keys[cur] = m.group(2)
        elif line.startswith("  - ") and cur == "tags":
            keys.setdefault("_tags", []).append(line[4:])
        else:
            err("md: bad front matter line %r" % line)
    for k in ("title", "updated", "created", "tags"):
        if k not in keys:
            err("md: front matter lacks " + k)
    for k in ("updated", "created"):
        if not re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$", keys.get(k, "")):
            err("md: bad %s stamp" % k)
    if not keys.get("_tags"):
        err("md: no tags")
    if body.count("<details>") != body.count("</details>") or "<details>" not in body:
        err("md: details block unbalanced or missing")
    if not re.search(r"\]\(:/[0-9a-f]{32}\)", body):
        err("md: no :/resource image link")
    if not re.search(r"^- \[x\] ", body, re.M) or not re.search(r"^- \[ \] ", body, re.M):
        err("md: no checklist")
    units = [keys.get("title", "")]
    width = None
    for line in body.split("\n"):
        s = line.strip()
        if not s:
            width = None
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if width is None:
                width = len(cells)
            elif len(cells) != width:
                err("md: table row width differs: %r" % s)
            if all(re.match(r"^:?-+:?$", c) for c in cells):
                continue
            units.extend(strip_md(c) for c in cells)
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^(?:[-*+]|\d+\.)\s+", "", s)
        s = re.sub(r"^\[[ x]\]\s+", "", s)
        s = strip_md(s)
        if s:
            units.append(s)
    return units


# ---------------------------------------------------------------- .html
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP = {"script", "style", "svg", "noscript", "head", "template", "textarea"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
         "thead", "tbody", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
         "figcaption", "blockquote", "br", "button", "form", "label", "details", "summary", "dl", "dt", "dd",
         "body", "html", "hr"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.skip = 0
        self.buf = []
        self.units = []

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if s:
            self.units.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in BLOCK and not self.skip:
                self.flush()
            return
        self.stack.append(tag)
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag != "path":
            err("html: self-closed <%s/>" % tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            err("html: </%s> closes %s" % (tag, self.stack[-1] if self.stack else "nothing"))
            if tag in self.stack:
                while self.stack and self.stack[-1] != tag:
                    self.stack.pop()
            else:
                return
        self.stack.pop()
        if tag in SKIP:
            self.skip -= 1
        elif tag in BLOCK and not self.skip:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def units_html(path):
    text = open(path, "rb").read().decode("utf-8")
    if not text.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        err("html: no saved-from-url comment")
    p = Page()
    p.feed(text)
    p.close()
    p.flush()
    if p.stack:
        err("html: unclosed tags %r" % p.stack)
    for need in ("rank-math-breadcrumb", "cky-consent", "comment-list", "uagb-faq", "np-share", "widget_recent_entries", "ez-toc-container"):
        if need not in text:
            err("html: lacks " + need)
    return p.units


EXTRACT = {".txt": units_txt, ".md": units_md, ".html": units_html}


def main():
    # re-make check
    for name, fn, maker in DOCS_SPEC:
        path = os.path.join(DOCS, fn)
        before = open(path, "rb").read() if os.path.exists(path) else None
        subprocess.run([sys.executable, os.path.join(HERE, maker)], check=True)
        after = open(path, "rb").read()
        if before != after:
            err("%s: %s does not re-make it byte for byte" % (fn, maker))
        if len(after) > 300 * 1024:
            err("%s: larger than 300 KB" % fn)

    units = {}
    full = {}
    for name, fn, maker in DOCS_SPEC:
        path = os.path.join(DOCS, fn)
        u = EXTRACT[os.path.splitext(fn)[1]](path)
        units[name] = [norm(x) for x in u]
        full[name] = norm("\n".join(u))
        words = len(" ".join(u).split())
        print("%-28s %5d units %6d words" % (name, len(u), words))

    def count(needle):
        n = 0
        for t in full.values():
            i = t.find(needle)
            while i != -1:
                n += 1
                i = t.find(needle, i + 1)
        return n

    for name, fn, maker in DOCS_SPEC:
        qpath = os.path.join(ROOT, "q-%s.jsonl" % name)
        lines = [l for l in open(qpath, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s: %d questions, not 25" % (qpath, len(lines)))
        for k, line in enumerate(lines, 1):
            where = "q-%s.jsonl:%d" % (name, k)
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s: bad JSON (%s)" % (where, e))
                continue
            if set(obj) != {"q", "accept", "section"}:
                err("%s: keys %r" % (where, sorted(obj)))
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err(where + ": empty q")
            acc = obj["accept"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err(where + ": accept must be a list of 1-2 strings")
                continue
            for a in acc:
                if not isinstance(a, str) or not a.isascii():
                    err("%s: accept not ASCII: %r" % (where, a))
                    continue
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err("%s: accept has %d words: %r" % (where, nw, a))
                na = norm(a)
                if not any(na in u for u in units[name]):
                    err("%s: accept not inside one unit of its document: %r" % (where, a))
                c = count(na)
                if c != 1:
                    err("%s: accept occurs %d times across the documents: %r" % (where, c, a))
            sec = obj["section"]
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                err(where + ": section must be a non-empty list of strings")
                continue
            if sec[0].lower() not in GENERIC and norm(sec[0]) not in full[name]:
                err("%s: first section not in the document: %r" % (where, sec[0]))
            nq = norm(obj["q"])
            if nq in units[name] or (len(nq.split()) >= 6 and nq in full[name]):
                err("%s: question copies a line of the text" % where)

    lines = [l for l in open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8").read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl: %d lines, not 12" % len(lines))
    for k, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d: bad JSON (%s)" % (k, e))
            continue
        if set(obj) != {"q"} or not obj["q"].strip():
            err("oos.jsonl:%d: must hold only a non-empty q" % k)

    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope questions, 12 out-of-scope")


if __name__ == "__main__":
    main()
