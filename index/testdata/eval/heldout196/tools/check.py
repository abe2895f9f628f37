#!/usr/bin/python3
"""Checks the heldout196 set.  Standard library only.

- every document parses and its visible text is extracted unit by unit
  (HTML: the text of each block element outside head/script/style/svg;
  Markdown: each line as HackMD renders it, table rows split into cells,
  markup and emoji codes removed; text file: each line);
- every accept string is ASCII, 5-12 words, occurs exactly once (ignoring case,
  whitespace collapsed) across the three documents, in its own document, and
  inside one unit;
- every jsonl line parses with the right keys; 25 questions per document and
  12 out-of-scope ones;
- each tools/make_*.py re-makes its document byte for byte.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

DOCMAP = {
    "quora-sagar-vs-mahasagar": ("quora-sagar-vs-mahasagar.html", "make_quora.py"),
    "hackmd-ipoi-quad-maritime": ("hackmd-ipoi-quad-maritime.md", "make_md.py"),
    "hindu-editorial-csc-iora-ifc": ("hindu-editorial-csc-iora-ifc.txt", "make_txt.py"),
}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- HTML
BLOCK = {"p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
         "blockquote", "button", "ul", "ol", "nav", "form", "section", "body", "a"}
SKIP = {"script", "style", "noscript", "svg", "head", "title"}
VOID = {"meta", "link", "img", "input", "br", "hr", "source", "col"}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.stack, self.skip, self.tags = [], [[]], 0, []

    def flush(self):
        t = "".join(self.stack[-1]).strip()
        if t:
            self.units.append(t)
        self.stack[-1] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.tags.append(tag)
        if tag in SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in BLOCK and tag != "a":
            self.flush()
            self.stack.append([])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.tags or self.tags[-1] != tag:
            err("html: unbalanced </%s> (open: %s)" % (tag, self.tags[-3:]))
            return
        self.tags.pop()
        if tag in SKIP:
            self.skip -= 1
            return
        if self.skip:
            return
        if tag in BLOCK and tag != "a":
            self.flush()
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip:
            self.stack[-1].append(data)


def html_units(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    p = Blocks()
    p.feed(src)
    p.close()
    if p.tags:
        err("html: unclosed tags at end: %s" % p.tags)
    for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', src, re.S):
        try:
            json.loads(m.group(1))
        except ValueError as e:
            err("html: bad ld+json: %s" % e)
    return p.units


# ---------------------------------------------------------------- Markdown
def md_clean(s):
    s = re.sub(r":[a-z_+\-0-9]+:", "", s)          # emoji codes
    s = s.replace("**", "").replace("==", "").replace("`", "")
    return re.sub(r"\s+", " ", s).strip()


def md_units(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "---" or "---" not in lines[1:]:
        err("md: no front matter")
        return []
    end = lines.index("---", 1)
    units, in_code = [], False
    for line in lines[end + 1:]:
        s = line.strip()
        if s.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            units.append(s)          # mermaid labels are shown in the diagram
            continue
        if not s or s.startswith(":::") or s == "[TOC]":
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|[\s\-:|]+\|", s):
                continue
            for cell in s.strip("|").split("|"):
                c = md_clean(cell)
                if c:
                    units.append(c)
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = re.sub(r"^[-*+]\s+(\[[ xX]\]\s+)?", "", s)
        s = re.sub(r"^\d+\.\s+", "", s)
        s = md_clean(s)
        if s:
            units.append(s)
    if in_code:
        err("md: unclosed code fence")
    return units


# ---------------------------------------------------------------- text
def txt_units(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f.read().split("\n") if l.strip()]


def units_for(name):
    fn = DOCMAP[name][0]
    path = os.path.join(DOCS, fn)
    if fn.endswith(".html"):
        return html_units(path)
    if fn.endswith(".md"):
        return md_units(path)
    return txt_units(path)


def main():
    texts = {}
    for name in DOCMAP:
        units = units_for(name)
        texts[name] = [norm(u) for u in units]
        words = sum(len(u.split()) for u in units)
        print("%-32s %4d units %5d visible words" % (name, len(units), words))
        if not 1300 <= words <= 1900:
            err("%s: %d visible words" % (name, words))
    alltext = "\n".join("\n".join(t) for t in texts.values())

    for name in DOCMAP:
        qpath = os.path.join(ROOT, "q-%s.jsonl" % name)
        with open(qpath, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s: %d questions" % (qpath, len(lines)))
        for i, line in enumerate(lines, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d: %s" % (qpath, i, e))
                continue
            if set(obj) != {"q", "accept", "section"}:
                err("%s:%d: keys %s" % (qpath, i, sorted(obj)))
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s:%d: empty q" % (qpath, i))
            sec = obj["section"]
            if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s for s in sec)):
                err("%s:%d: bad section" % (qpath, i))
            acc = obj["accept"]
            if not (isinstance(acc, list) and 1 <= len(acc) <= 2):
                err("%s:%d: accept must hold one or two strings" % (qpath, i))
                continue
            for a in acc:
                if not a.isascii():
                    err("%s:%d: non-ASCII accept %r" % (qpath, i, a))
                n = len(a.split())
                if not 5 <= n <= 12:
                    err("%s:%d: accept has %d words: %r" % (qpath, i, n, a))
                na = norm(a)
                total = alltext.count(na)
                own = sum(u.count(na) for u in texts[name])
                if total != 1 or own != 1:
                    err("%s:%d: accept %r occurs %d times (%d inside one unit of its document)"
                        % (qpath, i, a, total, own))
            if obj["q"].strip().lower() in alltext:
                err("%s:%d: question copies the text" % (qpath, i))

    opath = os.path.join(ROOT, "oos.jsonl")
    with open(opath, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl: %d lines" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d: %s" % (i, e))
            continue
        if set(obj) != {"q"} or not obj["q"].strip():
            err("oos.jsonl:%d: keys %s" % (i, sorted(obj)))

    for name, (fn, maker) in DOCMAP.items():
        path = os.path.join(DOCS, fn)
        with open(path, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, maker)], check=True)
        with open(path, "rb") as f:
            after = hashlib.sha256(f.read()).hexdigest()
        if before != after:
            err("%s: %s does not re-make it byte for byte" % (fn, maker))
        if os.path.getsize(path) > 300 * 1024:
            err("%s: larger than 300 KB" % fn)

    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK: 3 documents, 75 in-scope questions, 12 out-of-scope")


if __name__ == "__main__":
    main()
