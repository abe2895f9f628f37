#!/usr/bin/python3
"""Check the heldout280 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings, at least one of which is found in
the document's shown text). Every accept string must be ASCII, 5-12 words long, lie inside one
unit of its own document as a reader is shown it, and occur exactly once (ignoring case,
whitespace collapsed) across the three documents' shown text:
  - EPUB (Apple Pages, fixed layout): the spine's page XHTML files read with zipfile and
    html.parser, one unit per paragraph, heading or table cell (a paragraph cut by a page break
    is two units, one on each page);
  - Mastodon page saved by Firefox (.html): the visible DOM text, skipping head, script, style,
    noscript and svg, one unit per block element and per <br>-separated line of a post (emoji
    images count only by their alt text, which is not shown, so they drop out);
  - Notion Markdown export (.md): one unit per line with the Markdown and HTML markup taken off
    (**, *, `, [text](url) shown as text, <aside>/<details>/<summary> tags removed), table rows
    split into cells.
It also checks that each q-*.jsonl holds 25 questions and oos.jsonl 12 (with only the key q);
that each document has 1,300 to 1,800 words of text (the EPUB's pages without running heads and
page numbers, the posts of the Mastodon thread, the Notion page); the shape of each file (EPUB:
mimetype first and stored, container, OPF with rendition:layout pre-paginated, page-N.xhtml spine
items that parse as XML; HTML: Firefox's content-type meta, div#mastodon and a parseable
initial-state; Markdown: an "# " title, properties, <aside> and <details> blocks); and that
tools/make_epub.py, tools/make_mastodon.py and tools/make_notion.py re-make the three documents
byte for byte.
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
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "antarctic-treaty-system-india": "antarctic-treaty-system-india.epub",
    "mastodon-thread-indian-antarctic-stations": "mastodon-thread-indian-antarctic-stations.html",
    "Indian Antarctic Act 2022 1f4c9e2a7b3d80e6a5c2d9f1b8e047a3": "Indian Antarctic Act 2022 1f4c9e2a7b3d80e6a5c2d9f1b8e047a3.md",
}
MAKERS = {
    "antarctic-treaty-system-india": "make_epub.py",
    "mastodon-thread-indian-antarctic-stations": "make_mastodon.py",
    "Indian Antarctic Act 2022 1f4c9e2a7b3d80e6a5c2d9f1b8e047a3": "make_notion.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "dt", "dd", "dl", "br", "summary", "details", "aside", "blockquote",
         "figure", "figcaption", "button", "label", "strong", "bdi", "time", "hr", "input"}
HIDDEN = {"head", "script", "style", "noscript", "svg", "title"}
VOID = {"br", "img", "meta", "link", "hr", "input", "col", "source", "wbr", "path", "use"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Shown(html.parser.HTMLParser):
    """Visible text, one unit per block element; also collects text under marked classes."""

    def __init__(self, mark_classes=(), skip_classes=()):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.hidden_at = [], [], [], None
        self.mark_classes, self.skip_classes = mark_classes, skip_classes
        self.marked_at, self.marked = None, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag not in VOID:
            self.stack.append(tag)
            if self.hidden_at is None and (tag in HIDDEN or "display:none" in (a.get("style") or "").replace(" ", "")
                                           or any(c in self.skip_classes for c in cls)):
                self.hidden_at = len(self.stack)
            if self.marked_at is None and any(c in self.mark_classes for c in cls):
                self.marked_at = len(self.stack)
        if tag in BLOCK:
            self.flush()
            if self.marked_at is not None:
                self.marked.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            depth = len(self.stack) + 1
            if self.hidden_at is not None and depth <= self.hidden_at:
                self.hidden_at = None
            if self.marked_at is not None and depth <= self.marked_at:
                self.marked_at = None
                self.marked.append(" ")
            if top == tag:
                break

    def handle_data(self, data):
        if self.hidden_at is None:
            self.buf.append(data)
            if self.marked_at is not None:
                self.marked.append(data)


def words(text):
    return len([w for w in text.split() if re.search(r"\w", w)])


# ------------------------------------------------------------------------------ EPUB

def epub_units(path, problems):
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
            or z.read("mimetype") != b"application/epub+zip":
        problems.append("epub: mimetype is not the first, stored entry")
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    ns = {"o": "http://www.idpf.org/2007/opf"}
    metas = {m.get("property"): m.text for m in opf.findall(".//o:meta", ns) if m.get("property")}
    if metas.get("rendition:layout") != "pre-paginated":
        problems.append("epub: rendition:layout is not pre-paginated")
    if "META-INF/com.apple.ibooks.display-options.xml" not in z.namelist():
        problems.append("epub: no iBooks display options")
    base = os.path.dirname(opf_path)
    manifest = {i.get("id"): i.get("href") for i in opf.findall(".//o:manifest/o:item", ns)}
    units, body_words = [], 0
    spine = [manifest[r.get("idref")] for r in opf.findall(".//o:spine/o:itemref", ns)]
    for k, href in enumerate(spine, 1):
        if href != "page-%d.xhtml" % k:
            problems.append("epub: spine item %d is %s, not page-%d.xhtml" % (k, href, k))
        data = z.read(base + "/" + href).decode("utf-8")
        try:
            ET.fromstring(data.encode("utf-8"))
        except ET.ParseError as e:
            problems.append("epub: %s does not parse (%s)" % (href, e))
        if 'name="viewport" content="width=595, height=842"' not in data:
            problems.append("epub: %s has no fixed viewport" % href)
        p = Shown(skip_classes=("paragraph-style-13", "paragraph-style-14"))
        p.feed(data)
        p.flush()
        body_words += words(" ".join(p.units))
        q = Shown()
        q.feed(data)
        q.flush()
        units.extend(q.units)
    return units, body_words


# ------------------------------------------------------------------------------ Mastodon HTML

def html_units(path, problems):
    data = open(path, encoding="utf-8").read()
    if not data.startswith('<!DOCTYPE html>\n<html class="no-reduce-motion" lang="en"><head>'
                           '<meta http-equiv="content-type" content="text/html; charset=UTF-8">'):
        problems.append("html: does not start the way Firefox saves a page")
    if 'id="mastodon"' not in data:
        problems.append("html: no div#mastodon")
    m = re.search(r'<script type="application/json" id="initial-state">(.*?)</script>', data)
    try:
        state = json.loads(m.group(1))
        if state["meta"]["domain"] != "mastodon.social":
            problems.append("html: initial-state is not mastodon.social's")
    except (AttributeError, ValueError, KeyError):
        problems.append("html: no parseable initial-state")
    p = Shown(mark_classes=("status__content__text", "poll", "status-card__content"))
    p.feed(data)
    p.flush()
    return p.units, words("".join(p.marked))


# ------------------------------------------------------------------------------ Notion Markdown

def md_shown(line):
    s = re.sub(r"</?(aside|details|summary)>", " ", line)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", s)
    return s


def md_units(path, problems):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[0].startswith("# ") or not re.match(r"\w[\w ?]*: ", lines[2]):
        problems.append("md: no title line followed by properties")
    if "<aside>" not in text or "<details>" not in text or "<summary>" not in text:
        problems.append("md: no callout or toggle blocks")
    if text.endswith("\n"):
        problems.append("md: Notion's export has no final newline")
    units = []
    for line in lines:
        if re.fullmatch(r"\|[\s|:-]+\|", line.strip()):
            continue
        if line.startswith("|"):
            cells = [ws(md_shown(c)) for c in line.strip().strip("|").split("|")]
            units.extend(c for c in cells if c)
            continue
        t = ws(md_shown(line))
        if t:
            units.append(t)
    return units, words(" ".join(units))


# ------------------------------------------------------------------------------ main

def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            subprocess.run([sys.executable, os.path.join(HERE, maker), tmp], check=True)
            fn = DOCS[name]
            with open(os.path.join(tmp, fn), "rb") as a, open(os.path.join(ROOT, "docs", fn), "rb") as b:
                if a.read() != b.read():
                    problems.append("tools/%s does not re-make docs/%s byte for byte" % (maker, fn))
        extra = sorted(set(os.listdir(tmp)) - set(DOCS.values()))
        if extra:
            problems.append("make scripts wrote unexpected files: %s" % extra)


def main():
    problems = []
    remake(problems)
    units, joined = {}, {}
    for name, fn in DOCS.items():
        full = os.path.join(ROOT, "docs", fn)
        if fn.endswith(".epub"):
            u, n = epub_units(full, problems)
        elif fn.endswith(".html"):
            u, n = html_units(full, problems)
        else:
            u, n = md_units(full, problems)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        print("%s: %d units, %d words of text" % (fn, len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of text, expected 1,300 to 1,800" % (fn, n))
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
                problems.append("%s: no section name found in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(key in u.lower() for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, DOCS[name], a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
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
