#!/usr/bin/python3
"""Check the heldout123 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the WebVTT captions, one cue's text with
its lines joined and its tags removed; for HTML, one element's visible text; for the WordPad RTF,
one paragraph or one table cell of the text RichEdit shows), and occur exactly once across the
three documents (case-insensitive). Also checks that tools/make_vtt.py and tools/make_rtf.py
re-make docs/earthquakes-and-seismic-waves.vtt and docs/volcanoes.rtf byte for byte.
Standard library only.
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "earthquakes-and-seismic-waves": "docs/earthquakes-and-seismic-waves.vtt",
    "earthquake-zones-of-india": "docs/earthquake-zones-of-india.html",
    "volcanoes": "docs/volcanoes.rtf",
}
MAKERS = {
    "tools/make_vtt.py": "docs/earthquakes-and-seismic-waves.vtt",
    "tools/make_rtf.py": "docs/volcanoes.rtf",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label"}


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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def vtt_units(text):
    """The text of each cue: timing line found, identifier dropped, lines joined, tags removed.
    The header block and NOTE and STYLE blocks are not shown by a player, so they are skipped."""
    units = []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    for i, block in enumerate(blocks):
        lines = [l for l in block.split("\n") if l.strip()]
        if not lines:
            continue
        if i == 0 and lines[0].startswith("WEBVTT"):
            continue
        if lines[0].startswith("NOTE") or lines[0].startswith("STYLE") or lines[0].startswith("REGION"):
            continue
        k = next((j for j, l in enumerate(lines) if "-->" in l), None)
        if k is None:
            continue
        cue = " ".join(lines[k + 1:])
        cue = html.unescape(re.sub(r"<[^>]*>", "", cue))
        if ws(cue):
            units.append(ws(cue))
    return units


SKIP_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer",
             "listtable", "listoverridetable", "rsidtbl", "generator", "themedata",
             "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "object"}
SYMBOLS = {"bullet": "\u2022", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018",
           "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "tab": " ",
           "emspace": " ", "enspace": " ", "qmspace": " "}
BREAKS = {"par", "cell", "row", "sect", "page", "line"}


def rtf_units(data):
    """Paragraphs and table cells of the text an RTF reader shows, standard library only."""
    units, buf = [], []
    stack, skip, uc = [], False, 1
    n = len(data)
    token = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)")

    def flush():
        t = ws("".join(buf))
        if t:
            units.append(t)
        buf.clear()

    pos = 0
    while pos < n:
        m = token.match(data, pos)
        if not m:
            pos += 1
            continue
        pos = m.end()
        word, arg, hexa, sym, brace, nl, text = m.groups()
        if brace == "{":
            stack.append((skip, uc))
            continue
        if brace == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            continue
        if nl:
            continue
        if sym is not None:
            if sym == "*":
                skip = True
            elif not skip:
                if sym in "\\{}":
                    buf.append(sym)
                elif sym == "~":
                    buf.append(" ")
                elif sym == "_":
                    buf.append("-")
            continue
        if word is not None:
            if word in SKIP_DEST:
                skip = True
                continue
            if skip:
                continue
            if word == "uc" and arg is not None:
                uc = int(arg)
            elif word == "u" and arg is not None:
                v = int(arg)
                buf.append(chr(v + 65536 if v < 0 else v))
                # skip the fallback character(s)
                j = 0
                while j < uc and pos < n:
                    if data.startswith("\\'", pos):
                        pos += 4
                    else:
                        pos += 1
                    j += 1
            elif word in BREAKS:
                flush()
            elif word in SYMBOLS:
                buf.append(SYMBOLS[word])
            continue
        if hexa is not None:
            if not skip:
                buf.append(bytes([int(hexa, 16)]).decode("cp1252", "replace"))
            continue
        if text is not None and not skip:
            buf.append(text)
    flush()
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        p = Blocks()
        p.feed(open(full, encoding="utf-8").read())
        p.flush()
        return p.units
    if path.endswith(".vtt"):
        return vtt_units(open(full, encoding="utf-8").read())
    if path.endswith(".rtf"):
        return rtf_units(open(full, "rb").read().decode("ascii"))
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def check_makers(problems):
    for script, target in MAKERS.items():
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, os.path.basename(target))
            subprocess.run([sys.executable, os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, target), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, target))


def main():
    problems = []
    check_makers(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one cue/element/paragraph of %s: %r" % (where, name, a))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
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
