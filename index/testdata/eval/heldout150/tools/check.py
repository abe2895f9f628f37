#!/usr/bin/python3
"""Check the heldout150 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it (for the RTF, one paragraph or one table
cell of the text a standard-library RTF reader extracts; for the Chrome MHTML, one element's
visible text in the main frame's HTML part, decoded from quoted-printable; for Markdown, one
source line and free of emphasis markers), and occur exactly once across the three documents
(case-insensitive).
Run: /usr/bin/python3 tools/check.py   (add --words to print each document's word count)
"""
import email
import html.parser
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "article-312-and-the-ais": "docs/article-312-and-the-ais.rtf",
    "central-deputation-debate": "docs/central-deputation-debate.mhtml",
    "civil-service-reforms": "docs/civil-service-reforms.md",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "option", "select", "textarea", "iframe"}


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
        if tag in ("style", "script", "noscript", "textarea"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "noscript", "textarea"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# RTF symbols that stand for text; every other control word only formats.
RTF_SYMBOLS = {"bullet": "\u2022", "endash": "\u2013", "emdash": "\u2014", "lquote": "\u2018",
               "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "tab": "\t"}
RTF_BREAKS = {"par", "cell", "row", "line", "sect", "page"}
RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
            "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl"}


def rtf_units(data):
    """Paragraphs and table cells of an RTF file as a reader shows them (standard library)."""
    units, buf = [], []
    stack = []            # (skip, uc) of enclosing groups
    skip, uc, pending = False, 1, 0
    i, n = 0, len(data)
    tok = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}]+)", re.S)

    def emit(t):
        if not skip:
            buf.append(t)

    def brk():
        t = ws("".join(buf))
        if t:
            units.append(t)
        buf.clear()

    first_in_group = False
    for m in tok.finditer(data):
        word, arg, hexb, sym, brace, text = m.groups()
        if brace == "{":
            stack.append((skip, uc))
            first_in_group = True
            continue
        if brace == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            first_in_group = False
            continue
        if pending and (text is not None or hexb is not None):
            if text is not None:
                text = text.replace("\r", "").replace("\n", "")
                cut = min(pending, len(text))
                pending -= cut
                text = text[cut:]
                if not text:
                    continue
            else:
                pending -= 1
                continue
        if sym is not None:
            if sym == "*" and first_in_group:
                skip = True
            elif sym in "\\{}":
                emit(sym)
            elif sym == "~":
                emit("\u00a0")
            elif sym in "\r\n":
                if not skip:
                    brk()
            first_in_group = False
            continue
        if word is not None:
            if first_in_group and word in RTF_SKIP:
                skip = True
            first_in_group = False
            if word == "u":
                v = int(arg)
                emit(chr(v + 65536 if v < 0 else v))
                pending = uc
            elif word == "uc":
                uc = int(arg)
            elif word in RTF_SYMBOLS:
                emit(RTF_SYMBOLS[word])
            elif word in RTF_BREAKS:
                if not skip:
                    brk()
            continue
        first_in_group = False
        if hexb is not None:
            emit(bytes([int(hexb, 16)]).decode("cp1252", "replace"))
        elif text is not None:
            emit(text.replace("\r", "").replace("\n", ""))
    brk()
    return units


def mhtml_units(raw):
    """Visible text of the main frame of a Chrome MHTML archive, one unit per element."""
    msg = email.message_from_bytes(raw)
    top = msg["Snapshot-Content-Location"]
    for part in msg.walk():
        if part.get_content_type() == "text/html" and part["Content-Location"] == top:
            p = Blocks()
            p.feed(part.get_payload(decode=True).decode("utf-8"))
            p.flush()
            return p.units
    raise ValueError("no main frame in MHTML archive")


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".rtf"):
        with open(full, encoding="ascii") as f:
            return rtf_units(f.read())
    if path.endswith(".mhtml"):
        with open(full, "rb") as f:
            return mhtml_units(f.read())
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


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
                if DOCS[name].endswith(".md") and re.search(r"==|\*\*|\[\[|\]\]|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: emphasis marker in %r" % (where, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
