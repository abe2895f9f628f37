#!/usr/bin/python3
"""Check the heldout291 evaluation set.

The three documents' text is extracted as a reader sees it:
  - FictionBook .fb2: one unit per <p> (titles, annotation, sections, cite, epigraph, notes),
    poem line <v>, <subtitle>, <text-author> and table cell <th>/<td>, plus the book-title;
    footnote link text "[N]" stays in its paragraph, as an ebook reader shows it;
  - Trello board .json: the board name, each line of the board description, the open lists'
    names, the labels' names, and for every card its name, each line of its Markdown desc as
    Trello renders it (heading, list, quote and bold/italic markers dropped), its checklists'
    names and items, its attachments' names and each line of its comments (commentCard actions);
  - Substack page .html: the visible text of each block element (p, li, h1-h6, div, figcaption,
    button, span runs inside a block ...), with script, style, noscript, svg, template, title
    and textarea skipped.
Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); out-of-scope lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
(ignoring case, whitespace collapsed) and occur exactly once across the three documents' text;
some section name of every question must occur in its document's text. There must be 25
questions per document and 12 out-of-scope ones; each document must have 1,300-1,800 words of
extracted text, parse in its format and hold the parts that format has; and each make script
must re-make its document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import base64
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
    "salt-satyagraha-1930-ebook": ("docs/salt-satyagraha-1930-ebook.fb2", "make_fb2.py"),
    "cdm-pact-to-withdrawal-trello": ("docs/cdm-pact-to-withdrawal-trello.json",
                                      "make_trello.py"),
    "round-table-conferences-substack": ("docs/round-table-conferences-substack.html",
                                         "make_substack.py"),
}
FB = "{http://www.gribuser.ru/xml/fictionbook/2.0}"
XL = "{http://www.w3.org/1999/xlink}"
SKIP = {"script", "style", "noscript", "svg", "template", "title", "textarea"}
BLOCK = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "figure",
         "figcaption", "blockquote", "form", "button", "article", "section", "header", "footer",
         "nav", "main", "table", "tr", "td", "th", "br", "body", "html", "head", "picture"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- FictionBook
def fb2_units(full, problems):
    root = ET.parse(full).getroot()
    if root.tag != FB + "FictionBook":
        problems.append("fb2: root is not FictionBook")
    ti = root.find(FB + "description/" + FB + "title-info")
    if ti is None or root.find(FB + "description/" + FB + "document-info") is None:
        problems.append("fb2: description lacks title-info or document-info")
        return []
    units = [ws(ti.findtext(FB + "book-title"))]
    for p in ti.iter(FB + "p"):
        units.append(ws("".join(p.itertext())))
    bodies = root.findall(FB + "body")
    if len(bodies) != 2 or bodies[1].get("name") != "notes":
        problems.append("fb2: expected a main body and a notes body")
    note_ids = {s.get("id") for s in bodies[-1].findall(FB + "section")}
    for body in bodies:
        for el in body.iter():
            if el.tag in (FB + "p", FB + "v", FB + "subtitle", FB + "text-author", FB + "td",
                          FB + "th"):
                t = ws("".join(el.itertext()))
                if t:
                    units.append(t)
            if el.tag == FB + "a" and el.get("type") == "note":
                if el.get(XL + "href", "")[1:] not in note_ids:
                    problems.append("fb2: note link %s has no note" % el.get(XL + "href"))
    cover = ti.find(FB + "coverpage/" + FB + "image")
    binaries = {b.get("id"): b for b in root.findall(FB + "binary")}
    if cover is None or cover.get(XL + "href", "")[1:] not in binaries:
        problems.append("fb2: coverpage image has no binary")
    else:
        data = base64.b64decode(binaries[cover.get(XL + "href")[1:]].text)
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            problems.append("fb2: cover binary is not a PNG")
    for tag in ("epigraph", "poem", "cite", "empty-line", "subtitle", "table", "annotation"):
        if bodies and not list(bodies[0].iter(FB + tag)):
            problems.append("fb2: main body has no <%s>" % tag)
    return units


# ---------------------------------------------------------------- Trello
def md_line(line):
    line = re.sub(r"^\s*(#{1,6} |> |[-*+] |\d+\. )", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)
    line = line.replace("**", "")
    line = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!~|<>:])", r"\1", line)
    return ws(line)


def trello_units(full, problems):
    with open(full, encoding="utf-8") as f:
        raw = f.read()
    b = json.loads(raw)
    if "\n" in raw.strip():
        problems.append("trello: export should be one line of compact JSON")
    for key in ("id", "name", "desc", "prefs", "labelNames", "actions", "cards", "labels",
                "lists", "members", "checklists", "memberships"):
        if key not in b:
            problems.append("trello: board lacks %r" % key)
    units = [ws(b["name"])]
    units += [md_line(l) for l in b["desc"].split("\n")]
    units += [ws(l["name"]) for l in b["lists"] if not l["closed"]]
    units += [ws(l["name"]) for l in b["labels"] if l["name"]]
    checklists = {c["id"]: c for c in b["checklists"]}
    comments = {}
    for a in b["actions"]:
        if a["type"] == "commentCard":
            comments.setdefault(a["data"]["card"]["id"], []).append(a["data"]["text"])
    for c in b["cards"]:
        units.append(ws(c["name"]))
        units += [md_line(l) for l in c["desc"].split("\n")]
        for cl in c["idChecklists"]:
            units.append(ws(checklists[cl]["name"]))
            units += [ws(i["name"]) for i in checklists[cl]["checkItems"]]
        units += [ws(a["name"]) for a in c["attachments"]]
        for text in comments.get(c["id"], []):
            units += [md_line(l) for l in text.split("\n")]
    return [u for u in units if u]


# ---------------------------------------------------------------- Substack
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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def substack_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    for part in ('<meta http-equiv="content-type"', "window._preloads", 'class="post-title',
                 'class="body markup"', 'class="footnote-anchor"', 'class="footnote-content"',
                 "SubscribeWidgetToDOM", 'class="comments-section"', 'class="comment"',
                 "round-table-conferences-substack_files/", 'class="footer'):
        if part not in text:
            problems.append("substack: page lacks %s" % part)
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".fb2"):
        return fb2_units(full, problems)
    if path.endswith(".json"):
        return trello_units(full, problems)
    return substack_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k in DOCS:
        n = len(joined[k].split())
        print("%s: %d words of extracted text" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        low_units = [u.lower() for u in units[name]]
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
                sec = []
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
                key = ws(a).lower()
                if not any(key in u for u in low_units):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
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
