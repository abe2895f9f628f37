#!/usr/bin/python3
"""Check the heldout304 evaluation set.

Text is extracted from the documents as a reader sees it (standard library only):
  - reveal.js deck (.html): the slides' visible text with html.parser, head, scripts, styles and
    comments skipped; one unit per block element (headings, paragraphs, list items, table cells,
    blockquotes, speaker-note asides); the markdown slide's <textarea data-template> gives one
    unit per non-empty line (its <!-- .element --> comments dropped);
  - Tomboy note (.note): the <title> and one unit per line of <note-content> with the marks
    (bold, size, list, link ...) dropped, read with ElementTree;
  - Moodle GIFT export (.txt): "//" comment lines dropped; the $CATEGORY paths; for each
    question its ::name::, the question text, each answer, each answer's feedback, each matching
    pair's two sides and the general feedback, GIFT escapes undone ("\\:" to ":", "\\n" to a
    newline ...) and the HTML split into one unit per block element.
Whitespace is collapsed in every unit.

Checks:
  - each document has 1,300 to 1,800 words of extracted text and the marks of its format;
  - q-*.jsonl: 25 lines each with exactly the keys q, accept, section; accept one or two strings,
    each ASCII, 5 to 12 words, inside one unit of its own document and occurring exactly once
    (ignoring case, whitespace collapsed) across the three documents' extracted text; section a
    non-empty list of strings of which at least one occurs in the document's text; at least three
    questions of 2 to 4 words;
  - oos.jsonl: 12 lines with the key q only;
  - tools/make_revealjs.py, tools/make_tomboy.py and tools/make_gift.py, run on a copy of tools/,
    re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py        (prints the problems; exit status 1 if any)
     /usr/bin/python3 tools/check.py --units NAME   (prints the units of one document)
"""
import filecmp
import html
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
GUID = "5d0e2c4b-8a31-4f6e-b7c2-91e4a3d07f58"
GIFT = "questions-GS3ECO26-FoodSafety-FSSAI-20251019-2112"
DOCS = {
    "gs3-lec14-food-processing-pmksy": ("docs/gs3-lec14-food-processing-pmksy.html", "make_revealjs.py"),
    GUID: ("docs/%s.note" % GUID, "make_tomboy.py"),
    GIFT: ("docs/%s.txt" % GIFT, "make_gift.py"),
}
BLOCK = {"section", "div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody",
         "h1", "h2", "h3", "h4", "h5", "h6", "aside", "blockquote", "br", "textarea"}
SKIP = {"head", "script", "style", "title"}
TB = "{http://beatniksoftware.com/tomboy}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text split at block elements; a textarea's text split at its lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.textarea = [], [], 0, False

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
        if tag == "textarea":
            self.textarea = True

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "textarea":
            self.textarea = False

    def handle_data(self, data):
        if self.skip:
            return
        if self.textarea:
            lines = data.split("\n")
            for i, line in enumerate(lines):
                self.buf.append(line)
                if i < len(lines) - 1:
                    self.flush()
        else:
            self.buf.append(data)


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def deck_units(full, problems):
    text = open(full, encoding="utf-8").read()
    for what, pat in [("reveal.js stylesheet", "/dist/reveal.css"), ("reveal.js script", "/dist/reveal.js"),
                      ("div.reveal", '<div class="reveal">'), ("div.slides", '<div class="slides">'),
                      ("Reveal.initialize", "Reveal.initialize({"), ("speaker notes", '<aside class="notes">'),
                      ("fragments", 'class="fragment'), ("fragment index", "data-fragment-index"),
                      ("markdown slide", "<section data-markdown>"), ("markdown template", "<textarea data-template>"),
                      ("notes plugin", "RevealNotes"), ("background colour", "data-background-color")]:
        if pat not in text:
            problems.append("deck: no %s" % what)
    # vertical stacks: a <section> whose next tag is another <section>
    if len(re.findall(r"<section[^>]*>\s*<section", text)) < 4:
        problems.append("deck: fewer than four vertical stacks")
    return html_units(text)


def tomboy_units(full, problems):
    root = ET.parse(full).getroot()
    if root.tag != TB + "note" or root.get("version") != "0.3":
        problems.append("tomboy: root is not <note version=\"0.3\"> in the Tomboy namespace")
    for tag in ("title", "text", "last-change-date", "last-metadata-change-date", "create-date",
                "cursor-position", "selection-bound-position", "width", "height", "x", "y", "tags",
                "open-on-startup"):
        if root.find(TB + tag) is None:
            problems.append("tomboy: no <%s>" % tag)
    content = root.find(TB + "text").find(TB + "note-content")
    raw = open(full, encoding="utf-8").read()
    for mark in ("<bold>", "<italic>", "<strikethrough>", "<highlight>", "<monospace>", "<size:small>",
                 "<size:large>", "<link:internal>", "<link:broken>", "<link:url>",
                 '<list><list-item dir="ltr">', "</list-item></list></list-item>"):
        if mark not in raw:
            problems.append("tomboy: no %s" % mark)
    text = "".join(content.itertext())
    title = root.findtext(TB + "title")
    if text.split("\n")[0] != title:
        problems.append("tomboy: first line of note-content is not the title")
    units = [ws(title)] + [ws(l) for l in text.split("\n") if ws(l)]
    return units


ESC = [("\\\\", "\x00a"), ("\\:", "\x00b"), ("\\#", "\x00c"), ("\\=", "\x00d"), ("\\{", "\x00e"),
       ("\\}", "\x00f"), ("\\~", "\x00g"), ("\\n", "\x00h")]
UNESC = {"\x00a": "\\", "\x00b": ":", "\x00c": "#", "\x00d": "=", "\x00e": "{", "\x00f": "}",
         "\x00g": "~", "\x00h": "\n"}


def g_pre(s):
    for a, b in ESC:
        s = s.replace(a, b)
    return s


def g_post(s):
    for a, b in UNESC.items():
        s = s.replace(a, b)
    return s


def g_html(s):
    s = g_post(s).strip()
    m = re.match(r"\[(html|moodle|plain|markdown)\]", s)
    if m:
        s = s[m.end():]
    return html_units(s)


def gift_units(full, problems):
    text = open(full, encoding="utf-8").read()
    units, nq, kinds = [], 0, set()
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = [l for l in chunk.split("\n") if l.strip() and not l.strip().startswith("//")]
        if not lines:
            continue
        body = "\n".join(lines)
        if body.startswith("$CATEGORY:"):
            units.append(ws(body[10:]))
            continue
        body = g_pre(body)
        if not body.startswith("::"):
            problems.append("gift: question without a ::name:: %r" % body[:60])
            continue
        end = body.index("::", 2)
        units.append(ws(g_post(body[2:end])))
        body = body[end + 2:]
        nq += 1
        if "{" not in body:
            kinds.add("description")
            units += g_html(body)
            continue
        qtext, ans = body[:body.index("{")], body[body.index("{") + 1:body.rindex("}")]
        units += g_html(qtext)
        if "####" in ans:
            ans, gf = ans.rsplit("####", 1)
            units += g_html(gf)
        if not ans.strip():
            kinds.add("essay")
        for line in ans.split("\n"):
            line = line.strip()
            if not line:
                continue
            parts = line.split("#")
            first = re.sub(r"^[=~]?(%-?[\d.]+%)?", "", parts[0])
            if parts[0] in ("TRUE", "FALSE"):
                kinds.add("truefalse")
            if "->" in first:
                kinds.add("match")
                left, right = first.split("->", 1)
                units += g_html(left)
                units.append(ws(g_post(right)))
            elif first:
                units += g_html(first)
            for fb in parts[1:]:
                units += g_html(fb)
    raw = text
    for what, pat in [("category switch", "// question: 0  name: Switch category to $course$/top/"),
                      ("$CATEGORY line", "\n$CATEGORY: $course$/top/"), ("[html] marker", "::[html]<p>"),
                      ("escaped Atto attributes", 'dir\\="ltr" style\\="text-align\\: left;"'),
                      ("escaped newline", "</p>\\n<p>"), ("general feedback", "\t####"),
                      ("weighted answer", "~%33.33333%"), ("negative weight", "~%-100%"),
                      ("short answer", "\t=%100%"), ("numerical", "{#\n"), ("true/false", "{FALSE#"),
                      ("idnumber and tags", "// [id:"), ("matching", " -> ")]:
        if pat not in raw:
            problems.append("gift: no %s" % what)
    if nq < 20:
        problems.append("gift: only %d questions" % nq)
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return deck_units(full, problems)
    if path.endswith(".note"):
        return tomboy_units(full, problems)
    return gift_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory(dir=ROOT, prefix=".remake-") as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, maker) in DOCS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)],
                               capture_output=True, text=True)
            made = os.path.join(tmp, path)
            if r.returncode != 0 or not os.path.exists(made):
                problems.append("%s: tools/%s failed: %s" % (name, maker, r.stderr.strip()[-300:]))
            elif not filecmp.cmp(made, os.path.join(ROOT, path), shallow=False):
                problems.append("%s: tools/%s does not re-make %s byte for byte" % (name, maker, path))


def read_jsonl(fn, problems):
    out = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                out.append((i, json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    units = {name: units_of(path, problems) for name, (path, _) in DOCS.items()}
    if len(sys.argv) == 3 and sys.argv[1] == "--units":
        for u in units[sys.argv[2]]:
            print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name in DOCS:
        n = len(joined[name].split())
        print("%s: %d words" % (name, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        rows = read_jsonl(fn, problems)
        short = 0
        for i, obj in rows:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: q must be a non-empty string" % where)
            elif 2 <= len(obj["q"].split()) <= 4:
                short += 1
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept entry is not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                key = ws(a).lower()
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
        if len(rows) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(rows)))
        if short < 3:
            problems.append("%s: only %d short (2-4 word) queries, expected at least 3" % (fn, short))
    oos = read_jsonl("oos.jsonl", problems)
    for i, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
