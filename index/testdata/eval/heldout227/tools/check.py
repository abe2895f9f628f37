#!/usr/bin/python3
r"""Check the heldout227 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings), out-of-scope lines only q. Every
accept string must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader
sees it, and occur exactly once (case-insensitive, whitespace collapsed) across the three
documents' extracted text:
  - Logseq page (.md): one line of the file, taken as written (so never across Logseq markup
    such as **, [[ ]], (( )) or a property's "key::"); the unit is the line without its tabs and
    bullet;
  - WordPad RTF: one paragraph or one table cell of the text RichEdit shows, read with a small
    RTF reader (font and colour tables, the generator group, \* destinations, the picture and
    the HYPERLINK field instruction skipped; \'xx and \uN decoded; list fallbacks kept);
  - Medium page saved with SingleFile (.html): one element's visible text (paragraph, heading,
    list item, caption, response), scripts and styles skipped.
Some section name of each question must occur in its document's text. Each q-*.jsonl must hold
25 questions (at least three of them short keyword queries of 2-4 words) and oos.jsonl 12.
Each document must hold 1,300 to 1,800 words of text (Logseq: block text without page and block
properties, ids, logbook and scheduling lines; RTF: all shown text; Medium: the story's own
paragraphs, from title to the sources line). Finally every tools/make_*.py script must re-make
its document in docs/ byte for byte (it is run into a temporary directory, so docs/ is never
touched).
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "vijayanagara-administration-logseq": ("docs/vijayanagara-administration-logseq.md", "make_logseq.py"),
    "vijayanagara-economy-hampi-temples": ("docs/vijayanagara-economy-hampi-temples.rtf", "make_rtf.py"),
    "talikota-1565-and-after-medium": ("docs/talikota-1565-and-after-medium.html", "make_medium.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "figure", "figcaption", "blockquote", "pre", "picture"}
RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "generator",
            "listtable", "listoverridetable", "themedata", "datastore"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Logseq page
PROP = re.compile(r"^[a-z][a-z0-9.-]*:: ")


def logseq_units(full):
    """(units, text counted as words)."""
    lines = open(full, encoding="utf-8").read().split("\n")
    units, words = [], []
    in_props = True
    for raw in lines:
        line = raw.lstrip("\t")
        if in_props:
            if not line:
                in_props = False
            elif ws(line):
                units.append(ws(line))
            continue
        text = line[2:] if line.startswith("- ") else line.strip()
        if not ws(text):
            continue
        units.append(ws(text))
        if PROP.match(text) or text.startswith((":LOGBOOK:", "CLOCK:", ":END:", "SCHEDULED:")):
            continue
        words.append(text)
    return units, " ".join(words)


# ---------------------------------------------------------------- WordPad RTF
TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n\x00]+)|[\r\n\x00]+")


def rtf_units(full):
    data = open(full, "rb").read().decode("latin-1")
    units, buf = [], []
    stack, skip, fresh = [], False, False
    drop_q = False

    def flush():
        t = ws("".join(buf))
        if t:
            units.append(t)
        del buf[:]

    for m in TOKEN.finditer(data):
        word, arg, hexd, sym, brace, text = m.groups()
        if brace == "{":
            stack.append(skip)
            fresh = True
            continue
        if brace == "}":
            skip = stack.pop() if stack else False
            fresh = False
            continue
        first, fresh = fresh, False
        if word is not None:
            if first and word in RTF_SKIP:
                skip = True
            if skip:
                continue
            if word in ("par", "cell", "line"):
                flush()
            elif word == "tab":
                buf.append("\t")
            elif word == "u":
                n = int(arg)
                buf.append(chr(n + 65536 if n < 0 else n))
                drop_q = True
            continue
        if sym is not None:
            if sym == "*" and first:
                skip = True
            elif not skip and sym in "\\{}":
                buf.append(sym)
            elif not skip and sym == "~":
                buf.append("\u00a0")
            continue
        if skip:
            continue
        if hexd is not None:
            if drop_q:
                drop_q = False
                continue
            buf.append(bytes([int(hexd, 16)]).decode("cp1252"))
        elif text is not None:
            if drop_q and text.startswith("?"):
                text = text[1:]
            drop_q = False
            buf.append(text)
    flush()
    return units, " ".join(units)


# ---------------------------------------------------------------- Medium HTML
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.story, self.sel = [], 0

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
        if self.sel:
            self.sel += 1
        elif "data-selectable-paragraph" in dict(attrs):
            self.sel = 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if self.sel:
            self.sel -= 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if self.sel:
                self.story.append(data)


def html_units(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units, " ".join(p.story)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return logseq_units(full)
    if path.endswith(".rtf"):
        return rtf_units(full)
    return html_units(full)


def check_make(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def check_shapes(problems):
    md = open(os.path.join(ROOT, DOCS["vijayanagara-administration-logseq"][0]), encoding="utf-8").read()
    for need in ("title:: ", "id:: ", "((", "{{embed ((", "[[Jan 16th, 2024]]", "#card", "collapsed:: true",
                 "background-color:: ", "#+BEGIN_IMPORTANT", ":LOGBOOK:", "query-table:: true"):
        if need not in md:
            problems.append("logseq page lacks %r" % need)
    for ref in re.findall(r"\(\(([0-9a-f-]{36})\)\)", md):
        if "id:: " + ref not in md:
            problems.append("logseq block reference to a missing id %s" % ref)
    rtf = open(os.path.join(ROOT, DOCS["vijayanagara-economy-hampi-temples"][0]), "rb").read()
    for need in (b"{\\rtf1\\ansi\\ansicpg1252", b"{\\*\\generator Riched20", b"\\trowd", b"\\clmgf",
                 b"\\cell", b"\\pict", b"HYPERLINK", b"\\pntext", b"\r\n"):
        if need not in rtf:
            problems.append("rtf lacks %r" % need)
    if rtf.count(b"{") != rtf.count(b"}"):
        problems.append("rtf braces do not balance")
    page = open(os.path.join(ROOT, DOCS["talikota-1565-and-after-medium"][0]), encoding="utf-8").read()
    for need in ("Page saved with SingleFile", "data-selectable-paragraph", "<mark", "Top highlight",
                 "headerClapButton", "Responses (", "Recommended from Medium"):
        if need not in page:
            problems.append("medium page lacks %r" % need)
    if "<script" in page:
        problems.append("medium page holds a script (SingleFile removes them)")


def main():
    problems = []
    check_make(problems)
    check_shapes(problems)
    units, joined, words = {}, {}, {}
    for k, (path, _) in DOCS.items():
        u, counted = units_of(path)
        units[k] = u
        joined[k] = ws(" ".join(u)).lower()
        words[k] = len(counted.split())
        if not 1300 <= words[k] <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (path, words[k]))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            elif 2 <= len(obj["q"].split()) <= 4:
                short += 1
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/paragraph/cell/element of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d short keyword queries (2-4 words)" % (fn, short))
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
    print("words: " + ", ".join("%s %d" % (k, v) for k, v in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
