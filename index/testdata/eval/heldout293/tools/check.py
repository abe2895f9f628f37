#!/usr/bin/python3
"""Check the heldout293 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be ASCII,
5-12 words long, lie inside one unit of its own document as a reader sees it, and occur exactly
once across the three documents' text (case-insensitive, whitespace collapsed):
  - AsciiDoc (.adoc): the text as Asciidoctor renders it - one unit per title, section heading,
    block title, paragraph (its source lines joined), list item, description-list term or
    definition, admonition paragraph, table cell and footnote; comments, attribute entries, block
    attribute lines, anchors, delimiters and the image macro are not text; attribute references
    are replaced by their values, footnotes by [n] marks, xrefs by their label or the target
    section's title, formatting marks dropped, and Asciidoctor's replacements applied (" -- " and
    "--" to em dashes, "->" to an arrow, quoted "`...`" to curly quotes, word'word to a curly
    apostrophe);
  - Freeplane mind map (.mm): one unit per node text (TEXT, or each paragraph of a rich node
    text), per paragraph or list item of a node's details and note, per attribute name and
    value, and per arrow-link label, entities decoded by the XML parser;
  - SubViewer captions (.sbv): one unit per cue, its one or two text lines joined by a space.
Each question needs some section name that occurs in its own document's text. The documents must
have 1,300 to 1,800 words of text each; there must be 25 questions per document, the last three
of them short keyword queries of 2 to 4 words, and 12 out-of-scope questions; and tools/make_adoc.py,
tools/make_mm.py and tools/make_sbv.py must re-make their documents byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --dump to print every unit)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "sultanate-iqta-administration": "docs/sultanate-iqta-administration.adoc",
    "alauddin-market-reforms": "docs/alauddin-market-reforms.mm",
    "tughlaq-token-currency-capital-shift": "docs/tughlaq-token-currency-capital-shift.sbv",
}
MAKERS = {
    "docs/sultanate-iqta-administration.adoc": "tools/make_adoc.py",
    "docs/alauddin-market-reforms.mm": "tools/make_mm.py",
    "docs/tughlaq-token-currency-capital-shift.sbv": "tools/make_sbv.py",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- AsciiDoc

DELIMS = {"====", "****", "____", "----", "....", "--", "++++", "|===", "////"}


def auto_id(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


class Adoc:
    def __init__(self, text):
        self.attrs, self.ids, self.footnotes, self.named = {}, {}, [], {}
        self.units = []
        self.lines = text.split("\n")
        self.scan_ids()
        self.render()

    def scan_ids(self):
        pending = None
        for line in self.lines:
            m = re.match(r"^\[\[([\w-]+)\]\]$", line) or re.match(r"^\[#([\w-]+)\]$", line)
            if m:
                pending = m.group(1)
                continue
            m = re.match(r"^(={2,6}) (.*)$", line)
            if m:
                self.ids[pending or auto_id(m.group(2))] = m.group(2)
                pending = None
            elif line.strip():
                pending = None if not line.startswith("[") else pending
        for line in self.lines:
            m = re.match(r"^:([\w-]+):\s*(.*)$", line)
            if m:
                self.attrs[m.group(1)] = m.group(2)

    def inline(self, s):
        s = re.sub(r"\{([\w-]+)\}", lambda m: self.attrs.get(m.group(1), m.group(0)), s)

        def fn(m):
            fid, body = m.group(1), m.group(2)
            if fid and not body:
                return "[%d]" % self.named[fid]
            self.footnotes.append(self.inline(body))
            n = len(self.footnotes)
            if fid:
                self.named[fid] = n
            return "[%d]" % n
        s = re.sub(r"footnote:([\w-]*)\[((?:[^\]\\]|\\.)*)\]", fn, s)
        s = re.sub(r"<<([\w-]+),([^>]+)>>", lambda m: m.group(2), s)
        s = re.sub(r"<<([\w-]+)>>", lambda m: self.ids.get(m.group(1), "[" + m.group(1) + "]"), s)
        s = re.sub(r"(?:link:)?(https?://[^\s\[]+)\[([^\]]*)\]", lambda m: m.group(2) or m.group(1), s)
        s = re.sub(r"(?:pass|kbd):\[([^\]]*)\]", r"\1", s)
        s = re.sub(r'"`(.*?)`"', "\u201c\\1\u201d", s)
        s = re.sub(r"'`(.*?)`'", "\u2018\\1\u2019", s)
        s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
        s = re.sub(r"__(.+?)__", r"\1", s)
        s = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", s)
        s = re.sub(r"(?<![\w_])_(\S(?:.*?\S)?)_(?![\w_])", r"\1", s)
        s = re.sub(r"(?<![\w`])`(\S(?:.*?\S)?)`(?![\w`])", r"\1", s)
        s = re.sub(r"(?:\[[.\w-]+\])?(?<![\w#])#(\S(?:.*?\S)?)#(?![\w#])", r"\1", s)
        s = re.sub(r" -- ", "\u2009\u2014\u2009", s)
        s = re.sub(r"(\w)--(?=\w)", "\\1\u2014", s)
        s = s.replace("->", "\u2192").replace("=>", "\u21d2").replace("...", "\u2026")
        s = re.sub(r"(\w)'(?=\w)", "\\1\u2019", s)
        s = re.sub(r" \+$", "", s)
        return s

    def add(self, text):
        t = ws(self.inline(text))
        if t:
            self.units.append(t)

    def render(self):
        lines = self.lines
        i = 0
        # document header: title, author and revision lines, attribute entries
        if lines and lines[0].startswith("= "):
            self.add(lines[0][2:])
            i = 1
            while i < len(lines) and lines[i].strip():
                i += 1
        para, kind = [], None
        block_stack, in_table, literal, comment = [], False, False, False

        def flush():
            nonlocal para, kind
            if para:
                self.add(" ".join(para))
            para, kind = [], None

        while i < len(lines):
            line = lines[i].rstrip()
            i += 1
            if comment:
                if line == "////":
                    comment = False
                continue
            if line == "////":
                flush()
                comment = True
                continue
            if literal:
                if line in ("----", "...."):
                    literal = False
                elif line.strip():
                    self.units.append(ws(line))
                continue
            if line.startswith("//"):
                continue
            if not line.strip():
                flush()
                continue
            if line in DELIMS:
                flush()
                if line == "|===":
                    in_table = not in_table
                elif line in ("----", "...."):
                    literal = True
                continue
            if in_table:
                flush()
                for cell in re.split(r"(?<!\\)\|", line)[1:]:
                    self.add(cell)
                continue
            if re.match(r"^:[\w-]+:", line) or line in ("'''", "<<<") or line.startswith("image::"):
                flush()
                continue
            if re.match(r"^\[.*\]$", line):
                flush()
                continue
            m = re.match(r"^={2,6} (.*)$", line)
            if m:
                flush()
                self.add(m.group(1))
                continue
            m = re.match(r"^\.([^.\s].*)$", line)
            if m:
                flush()
                self.add(m.group(1))
                continue
            m = re.match(r"^(NOTE|TIP|IMPORTANT|CAUTION|WARNING): (.*)$", line)
            if m:
                flush()
                para, kind = [m.group(2)], "para"
                continue
            m = re.match(r"^\s*(?:\*+|-|\.+|\d+\.) (?:\[[ x*]\] )?(.*)$", line)
            if m:
                flush()
                para, kind = [m.group(1)], "item"
                continue
            m = re.match(r"^(.*?[^:\s])(::|:::|;;)(?:\s+(.*))?$", line)
            if m and not line.startswith(" "):
                flush()
                self.add(m.group(1))
                if m.group(3):
                    para, kind = [m.group(3)], "dd"
                else:
                    kind = "dd"
                continue
            para.append(line.strip())
            kind = kind or "para"
        flush()
        self.units.extend(ws(f) for f in self.footnotes)


# ---------------------------------------------------------------- Freeplane

def html_units(rc):
    out = []
    for el in rc.iter():
        if el.tag in ("p", "li"):
            t = ws("".join(el.itertext()))
            if t:
                out.append(t)
    return out


def mm_units(path):
    root = ET.parse(path).getroot()
    if root.tag != "map" or not root.get("version", "").startswith("freeplane"):
        raise ValueError("not a Freeplane map")
    units = []
    for node in root.iter("node"):
        if node.get("TEXT") is not None:
            units.append(ws(node.get("TEXT")))
        for rc in node.findall("richcontent"):
            units.extend(html_units(rc))
        for at in node.findall("attribute"):
            units.append(ws(at.get("NAME")))
            units.append(ws(at.get("VALUE")))
        for al in node.findall("arrowlink"):
            if al.get("MIDDLE_LABEL"):
                units.append(ws(al.get("MIDDLE_LABEL")))
    return [u for u in units if u]


# ---------------------------------------------------------------- SubViewer

TIME = re.compile(r"^\d+:\d{2}:\d{2}\.\d{3},\d+:\d{2}:\d{2}\.\d{3}$")


def sbv_units(path):
    text = open(path, encoding="utf-8").read()
    units = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        if not TIME.match(lines[0]) or len(lines) < 2 or len(lines) > 3:
            raise ValueError("bad cue: %r" % block[:60])
        units.append(ws(" ".join(lines[1:])))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".adoc"):
        return Adoc(open(full, encoding="utf-8").read()).units
    if path.endswith(".mm"):
        return mm_units(full)
    return sbv_units(full)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for doc, maker in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, maker), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (maker, doc))


def main():
    problems = []
    check_makers(problems)
    units = {k: units_of(v) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=====", k)
            for u in us:
                print("  |", u)
    joined = {k: " ".join(u).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d units, %d words" % (DOCS[k], len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k], n))
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
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif i > 22 and not 2 <= len(q.split()) <= 4:
                problems.append("%s: keyword query must be 2-4 words: %r" % (where, q))
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s" % (where, name))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                la = ws(a).lower()
                if not any(la in u for u in low_units):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
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
