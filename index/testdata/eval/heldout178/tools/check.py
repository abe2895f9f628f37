#!/usr/bin/python3
"""Check the heldout178 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the WordPad .rtf, one paragraph or one
table cell of the text an RTF reader shows; for the SubRip .srt, one cue's text, its lines joined;
for the Notion Markdown, one source line and free of emphasis markers), and occur exactly once
across the three documents (case-insensitive).
It also checks that tools/make_rtf.py and tools/make_srt.py re-make the two files byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NOTION = "Harsha Administration Society and Decline 5c0e9b2a41d74f6e8a3b7d21f0c4e6a9"
DOCS = {
    "pushyabhutis-and-harshas-wars": "docs/pushyabhutis-and-harshas-wars.rtf",
    "lecture-14-harsha-xuanzang-and-culture": "docs/lecture-14-harsha-xuanzang-and-culture.srt",
    NOTION: "docs/%s.md" % NOTION,
}
MAKERS = {
    "docs/pushyabhutis-and-harshas-wars.rtf": "tools/make_rtf.py",
    "docs/lecture-14-harsha-xuanzang-and-culture.srt": "tools/make_srt.py",
}
# RTF destinations whose text is not shown (pntext is the bullet/number the reader draws itself).
SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "generator", "pntext", "pict", "header",
        "footer", "listtable", "listoverridetable", "rsidtbl", "xmlnstbl", "themedata",
        "colorschememapping", "latentstyles", "datastore", "pn"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def rtf_units(data):
    """Paragraphs and table cells of an RTF file, as a reader shows them (standard library)."""
    tok = re.compile(rb"\\'([0-9a-fA-F]{2})|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])|([{}])|(\r\n|\r|\n|\x00)|([^\\{}\r\n\x00]+)")
    units, buf = [], []
    stack, skip, uc, pending = [], False, 1, 0
    star = False

    def flush():
        t = ws("".join(buf))
        if t:
            units.append(t)
        buf.clear()

    for m in tok.finditer(data):
        hexv, word, arg, sym, brace, nl, text = m.groups()
        if brace == b"{":
            stack.append((skip, uc))
            star = False
            continue
        if brace == b"}":
            skip, uc = stack.pop() if stack else (False, 1)
            continue
        if nl is not None:
            continue
        if pending and (hexv is not None or text is not None):
            if text is not None:
                drop = min(pending, len(text))
                pending -= drop
                text = text[drop:]
                if not text:
                    continue
            else:
                pending -= 1
                continue
        if hexv is not None:
            if not skip:
                buf.append(bytes([int(hexv, 16)]).decode("cp1252", "replace"))
        elif word is not None:
            w = word.decode()
            if w in SKIP or star:
                skip = True
                star = False
            elif w == "u":
                n = int(arg)
                if not skip:
                    buf.append(chr(n + 65536 if n < 0 else n))
                pending = uc
            elif w == "uc":
                uc = int(arg)
            elif skip:
                pass
            elif w in ("par", "cell", "row", "sect", "page"):
                flush()
            elif w in ("tab", "line"):
                buf.append(" ")
            elif w in ("emdash", "endash"):
                buf.append("\u2014" if w == "emdash" else "\u2013")
        elif sym is not None:
            c = sym.decode()
            if c == "*":
                star = True
            elif skip:
                pass
            elif c in "\\{}":
                buf.append(c)
            elif c == "~":
                buf.append(" ")
            elif c == "_":
                buf.append("-")
        elif text is not None and not skip:
            buf.append(text.decode("cp1252"))
    flush()
    return units


def srt_units(data):
    """The text of each SubRip cue, its lines joined with a space."""
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    units = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if len(lines) >= 3 and lines[0].strip().isdigit() and "-->" in lines[1]:
            t = ws(" ".join(lines[2:]))
            if t:
                units.append(t)
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    with open(full, "rb") as f:
        data = f.read()
    if path.endswith(".rtf"):
        return rtf_units(data)
    if path.endswith(".srt"):
        return srt_units(data)
    return [l for l in data.decode("utf-8").split("\n") if l.strip()]


def check_makers(problems):
    for doc, maker in MAKERS.items():
        full = os.path.join(ROOT, doc)
        with open(full, "rb") as f:
            before = f.read()
        subprocess.run([sys.executable, os.path.join(ROOT, maker)], check=True)
        with open(full, "rb") as f:
            after = f.read()
        if before != after:
            problems.append("%s: %s does not re-make it byte for byte" % (doc, maker))


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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if DOCS[name].endswith(".md") and not any(
                        a in seg for u in units[name] for seg in re.split(r"\*\*|==", u)):
                    problems.append("%s: not inside one line outside emphasis of %s: %r" % (where, name, a))
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
