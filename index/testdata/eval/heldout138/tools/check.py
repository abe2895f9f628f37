#!/usr/bin/python3
"""Check the heldout138 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive):
- the Anki export (.txt): inside one source line (one card) and inside one shown line of one
  field (fields split at <br>, <div>, <li> and the like, HTML tags removed, entities decoded,
  cloze deletions {{c1::answer::hint}} shown as their answer);
- the WordPad file (.rtf): inside one paragraph or table cell of the text this script extracts
  with its own RTF reader (standard library only);
- the Obsidian note (.md): inside one source line and free of emphasis markers.
It also checks the formats themselves (the Anki header lines and three columns a card, the
RTF's header, tables, bullets and escapes, and that tools/make_rtf.py re-makes the RTF byte
for byte), 25 questions per document and 12 out-of-scope questions.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import html
import importlib.util
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = {
    "coral-reefs-deck": "docs/coral-reefs-deck.txt",
    "coral-bleaching": "docs/coral-bleaching.rtf",
    "coral-reefs-india": "docs/coral-reefs-india.md",
}
ANKI_HEADER = ["#separator:tab", "#html:true", "#tags column:3"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Anki plain-text export
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
FIELD_BREAK = re.compile(r"<br\s*/?>|</?(?:div|p|li|ol|ul)\b[^>]*>", re.I)


def anki_shown_lines(field):
    field = CLOZE.sub(r"\1", field)
    out = []
    for piece in FIELD_BREAK.split(field):
        t = ws(html.unescape(re.sub(r"<[^>]+>", "", piece)))
        if t:
            out.append(t)
    return out


def anki(path, problems):
    raw = open(path, encoding="utf-8", newline="").read()
    lines = raw.split("\n")
    if lines[:3] != ANKI_HEADER:
        problems.append("%s: header lines are not %r" % (path, ANKI_HEADER))
    body = "\n".join(lines[3:])
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter="\t", quotechar='"'))
    rows = [r for r in rows if r]
    if len(rows) != len([l for l in lines[3:] if l]):
        problems.append("%s: a card spans more than one line" % path)
    units, cards = [], []
    for n, r in enumerate(rows, 4):
        if len(r) != 3:
            problems.append("%s:%d: %d columns, expected 3" % (path, n, len(r)))
            continue
        for field in r[:2]:
            units.extend(anki_shown_lines(field))
    if not any(CLOZE.search(r[0]) for r in rows):
        problems.append("%s: no cloze card" % path)
    if '""' not in raw:
        problems.append("%s: no quoted field with doubled quotes" % path)
    source_lines = [l for l in lines[3:] if l]
    return units, source_lines


# ---------------------------------------------------------------- WordPad RTF
RTF_CHARS = {"bullet": "\u2022", "endash": "\u2013", "emdash": "\u2014", "lquote": "\u2018",
             "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "tab": "\t",
             "emspace": " ", "enspace": " "}
RTF_BREAKS = {"par", "line", "cell", "row", "page", "sect"}
RTF_DESTS = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer",
             "generator", "listtable", "listoverridetable", "pn", "object", "themedata"}
CTRL = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?")


def rtf_text(data):
    """The text WordPad shows, with a newline after every paragraph, cell and row."""
    text = data.rstrip(b"\x00").decode("latin-1")
    symbol_fonts = set(re.findall(r"\\f(\d+)\\f\w+\\fcharset2 ", text))
    out = []
    stack = []
    skip, uc, font = False, 1, "0"
    pending = 0                                 # fallback characters still to skip after \uN
    i, n = 0, len(text)

    def emit(s):
        nonlocal pending
        if skip:
            return
        if pending:
            pending -= 1
            return
        out.append(s)

    while i < n:
        c = text[i]
        if c == "{":
            stack.append((skip, uc, font))
            i += 1
        elif c == "}":
            if stack:
                skip, uc, font = stack.pop()
            i += 1
        elif c == "\\":
            m = CTRL.match(text, i)
            if m:
                word, param = m.group(1), m.group(2)
                i = m.end()
                if word in RTF_DESTS:
                    skip = True
                elif skip:
                    pass
                elif word in RTF_BREAKS:
                    out.append("\n")
                elif word in RTF_CHARS:
                    emit(RTF_CHARS[word])
                elif word == "uc":
                    uc = int(param)
                elif word == "u":
                    v = int(param)
                    emit(chr(v + 65536 if v < 0 else v))
                    pending = uc
                elif word == "f":
                    font = param
                continue
            nxt = text[i + 1:i + 2]
            if nxt == "'":
                b = bytes([int(text[i + 2:i + 4], 16)])
                ch = "\u2022" if font in symbol_fonts and b == b"\xb7" else b.decode("cp1252")
                emit(ch)
                i += 4
            elif nxt == "*":
                skip = True
                i += 2
            elif nxt in ("\\", "{", "}"):
                emit(nxt)
                i += 2
            elif nxt in ("\r", "\n"):
                if not skip:
                    out.append("\n")
                i += 2
            elif nxt == "~":
                emit("\u00a0")
                i += 2
            else:
                i += 2
        elif c in "\r\n":
            i += 1
        else:
            emit(c)
            i += 1
    return "".join(out)


def rtf(path, problems):
    data = open(path, "rb").read()
    for need in (b"{\\rtf1\\ansi\\ansicpg1252", b"{\\fonttbl", b"{\\colortbl", b"\\par\r\n",
                 b"\\trowd", b"\\cell", b"\\row", b"\\bullet", b"\\pntext", b"\\'", b"\\b "):
        if need not in data:
            problems.append("%s: no %r" % (path, need.decode()))
    if not data.endswith(b"}\r\n\x00"):
        problems.append("%s: does not end the way WordPad ends a file" % path)
    if not data.isascii():
        problems.append("%s: RTF is not 7-bit" % path)
    spec = importlib.util.spec_from_file_location("make_rtf", os.path.join(HERE, "make_rtf.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.render() != data:
        problems.append("%s: tools/make_rtf.py does not re-make it byte for byte" % path)
    return [ws(l) for l in rtf_text(data).split("\n") if ws(l)]


# ---------------------------------------------------------------- Obsidian Markdown
def markdown(path, problems):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n") or "\naliases:" not in text or "\ntags:" not in text:
        problems.append("%s: no YAML front matter with aliases and tags" % path)
    for need in ("> [!", "[[", "==", "- [ ]", "- [x]", "|---|"):
        if need not in text:
            problems.append("%s: no %r" % (path, need))
    return [l for l in text.split("\n") if l.strip()]


def main():
    problems = []
    units, raw_lines = {}, {}
    u, src = anki(os.path.join(ROOT, DOCS["coral-reefs-deck"]), problems)
    units["coral-reefs-deck"], raw_lines["coral-reefs-deck"] = u, src
    u = rtf(os.path.join(ROOT, DOCS["coral-bleaching"]), problems)
    units["coral-bleaching"], raw_lines["coral-bleaching"] = u, u
    u = markdown(os.path.join(ROOT, DOCS["coral-reefs-india"]), problems)
    units["coral-reefs-india"], raw_lines["coral-reefs-india"] = u, u
    if "--dump" in sys.argv:
        for k in DOCS:
            for x in units[k]:
                print("%s\t%s" % (k, x))
        return 0
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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)|(?<![\w*])\*(?!\*)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one shown line/paragraph/cell of %s: %r" % (where, name, a))
                if not any(a in l for l in raw_lines[name]):
                    problems.append("%s: not inside one source line of %s: %r" % (where, name, a))
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
