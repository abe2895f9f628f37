#!/usr/bin/python3
"""Check the heldout162 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive). The units are:
- WordPad .rtf: one paragraph (text between \\par marks, with \\'xx and \\uN decoded and the
  font/colour tables, generator and \\*\\pn groups skipped), cut at tabs so that no accept string
  spans two cells of the tabbed tables (a bullet or number from {\\pntext} is a cell of its own);
- Evernote .enex: the note title, or one block of the ENML body (div, li, td, h1-h6 ...), the
  body being read from the CDATA of <content> with xml.etree;
- DiscordChatExporter .html: one element's visible text (scripts and styles skipped), cut at the
  newlines that the pre-wrap message bodies keep, so an accept string lies in one line of a message.
Also checks that each document has 25 questions and that oos.jsonl has 12.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "cyclone-formation": "docs/cyclone-formation.rtf",
    "cyclone-naming": "docs/cyclone-naming.enex",
    "imd-cyclone-warnings": "docs/imd-cyclone-warnings.html",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "hr",
         "en-note", "code", "pre", "blockquote"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self, split_lines=False):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.split_lines = split_lines

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
        if self.skip:
            return
        if self.split_lines and "\n" in data:
            parts = data.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self.flush()
                self.buf.append(part)
        else:
            self.buf.append(data)


# --- WordPad RTF -------------------------------------------------------------------------------
RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+) ?|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])"
                       r"|([{}])|[\r\n\x00]|([^\\{}\r\n\x00]+)")
RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "generator", "pn", "listtable",
            "listoverridetable"}


def rtf_paragraphs(data):
    text = data.decode("ascii")
    paras, cur = [], []
    stack, skip, fresh, pending = [], False, False, 0
    for m in RTF_TOKEN.finditer(text):
        hexc, uni, word, _arg, sym, brace, chars = m.groups()
        if brace == "{":
            stack.append(skip)
            fresh = True
            continue
        if brace == "}":
            skip = stack.pop() if stack else False
            fresh = False
            continue
        if sym == "*":
            skip = True
            fresh = False
            continue
        if word is not None:
            if fresh and word in RTF_SKIP:
                skip = True
            fresh = False
            if skip:
                continue
            if word == "par":
                paras.append("".join(cur))
                cur = []
            elif word == "tab":
                cur.append("\t")
            elif word == "line":
                cur.append("\n")
            continue
        fresh = False
        if skip:
            continue
        if hexc:
            if pending:
                pending -= 1
                continue
            cur.append(bytes([int(hexc, 16)]).decode("cp1252"))
        elif uni is not None:
            n = int(uni)
            cur.append(chr(n + 65536 if n < 0 else n))
            pending = 1          # \uc1: skip the one fallback character
        elif sym is not None:
            cur.append({"\\": "\\", "{": "{", "}": "}", "~": "\u00a0"}.get(sym, ""))
        elif chars:
            if pending:
                chars = chars[1:]
                pending = 0
            cur.append(chars)
    if "".join(cur).strip():
        paras.append("".join(cur))
    return paras


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".rtf"):
        with open(full, "rb") as f:
            paras = rtf_paragraphs(f.read())
        return [ws(c) for p in paras for c in p.split("\t") if ws(c)]
    if path.endswith(".enex"):
        root = ET.parse(full).getroot()
        units = []
        for note in root.iter("note"):
            units.append(ws(note.findtext("title")))
            p = Blocks()
            p.feed(note.findtext("content"))
            p.flush()
            units += p.units
        return units
    if path.endswith(".html"):
        p = Blocks(split_lines=True)
        with open(full, encoding="utf-8") as f:
            p.feed(f.read())
        p.flush()
        return p.units
    raise ValueError(path)


def main():
    problems = []
    units = {k: units_of(v) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    if "--words" in sys.argv:
        for k, u in units.items():
            print("%s: %d words" % (DOCS[k], len(" ".join(u).split())))
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
