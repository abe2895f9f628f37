#!/usr/bin/python3
"""Check the heldout144 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents' shown text (case-insensitive). The units are:
- the spreadsheet (.ods): one paragraph (text:p) of one cell of content.xml, which also keeps
  a string inside one cell;
- the newsletter (.eml): one element's visible text of the text/html part (base64-decoded),
  which is what a mail client shows of a multipart/alternative message;
- the Obsidian note (.md): one source line, and the string must be free of emphasis markers.
The three documents' text for the uniqueness count is the same shown text. The check also
re-makes the .ods and the .eml from tools/ in memory and compares them byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from email.parser import BytesParser

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "ramsar-tracker": "docs/ramsar-tracker.ods",
    "paryavaran-pulse-87": "docs/paryavaran-pulse-87.eml",
    "wetlands-and-mangroves": "docs/wetlands-and-mangroves.md",
}
MAKERS = {"docs/ramsar-tracker.ods": "tools/make_ods.py",
          "docs/paryavaran-pulse-87.eml": "tools/make_eml.py"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside"}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


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


def odf_text(el):
    """Text of an ODF paragraph as shown: text:s are spaces, text:tab and line-break too."""
    parts = [el.text or ""]
    for ch in el:
        if ch.tag == TEXT + "s":
            parts.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag in (TEXT + "tab", TEXT + "line-break"):
            parts.append(" ")
        else:
            parts.append(odf_text(ch))
        parts.append(ch.tail or "")
    return "".join(parts)


def ods_units(full):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            raise ValueError("mimetype must be the first member and stored")
        for need in ("content.xml", "styles.xml", "META-INF/manifest.xml"):
            if need not in names:
                raise ValueError("missing " + need)
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for cell in root.iter(TABLE + "table-cell"):
        for p in cell.findall(TEXT + "p"):
            t = ws(odf_text(p))
            if t:
                units.append(t)
    return units


def eml_units(full):
    with open(full, "rb") as f:
        msg = BytesParser(policy=policy.default).parse(f)
    if msg.get_content_type() != "multipart/alternative":
        raise ValueError("not multipart/alternative")
    parts = {p.get_content_type(): p for p in msg.iter_parts()}
    if set(parts) != {"text/plain", "text/html"}:
        raise ValueError("expected text/plain and text/html parts")
    p = Blocks()
    p.feed(parts["text/html"].get_content())
    p.flush()
    return p.units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".ods"):
        return ods_units(full)
    if path.endswith(".eml"):
        return eml_units(full)
    return [l for l in open(full, encoding="utf-8").read().split("\n") if l.strip()]


def remade(path, problems):
    """Re-run the maker into a temporary copy and compare bytes."""
    full = os.path.join(ROOT, path)
    with open(full, "rb") as f:
        before = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        keep = os.path.join(tmp, "keep")
        with open(keep, "wb") as f:
            f.write(before)
        try:
            subprocess.run([sys.executable, os.path.join(ROOT, MAKERS[path])], check=True)
            with open(full, "rb") as f:
                after = f.read()
        finally:
            with open(full, "wb") as f:
                f.write(before)
    if after != before:
        problems.append("%s: %s does not re-make it byte for byte" % (path, MAKERS[path]))


def main():
    problems = []
    for path in MAKERS:
        remade(path, problems)
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/element/cell of %s: %r" % (where, name, a))
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
