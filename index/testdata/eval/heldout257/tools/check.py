#!/usr/bin/python3
"""Check the heldout257 evaluation set.

Extracts the three documents' text the way a reader sees it, with the standard library only:
  - XMind .xmind: from content.json, the sheet titles, every topic title (attached, detached,
    callout and summary topics; a Shift+Enter break read as a space), labels, each line of a
    note's plain text, boundary and relationship titles; markers and ids are not text;
  - OpenDocument .ods: from content.xml, every paragraph (text:p) of every table cell, with
    text:s, text:tab, spans and links resolved, plus the paragraphs of cell comments
    (office:annotation, without author and date) and the sheet names; the validation help
    message and settings are not shown text;
  - Internet Explorer .mht: the MIME message is parsed, the text/html part decoded
    (quoted-printable, utf-8) and its visible text taken element by element (paragraph, list
    item, heading, table cell, div ...), skipping script and style.
Then it checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys q,
    accept and section, out-of-scope lines only q; 25 questions per document, 12 out of scope;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit
    (cell paragraph, topic title or note line, HTML element) of its own document, and occurring
    exactly once (ignoring case, whitespace collapsed) across the three documents' text;
  - section is a non-empty list of strings and at least one of them occurs in its document;
  - each document has 1,300 to 1,800 words of text (for the .mht, the article: from the h1
    through the end of the entry content; the page around it is counted separately);
  - the formats hold what the real tools write (zip members, XML well-formedness, the MIME
    structure with CRLF lines and quoted-printable lines of at most 76 characters);
  - tools/make_xmind.py, tools/make_ods.py and tools/make_mht.py, run into a scratch
    directory, re-make the documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "permanent-settlement-1793": "docs/permanent-settlement-1793.xmind",
    "land-revenue-systems-comparison": "docs/land-revenue-systems-comparison.ods",
    "ryotwari-mahalwari-explained": "docs/ryotwari-mahalwari-explained.mht",
}
MAKERS = {
    "make_xmind.py": DOCS["permanent-settlement-1793"],
    "make_ods.py": DOCS["land-revenue-systems-comparison"],
    "make_mht.py": DOCS["ryotwari-mahalwari-explained"],
}
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "figure", "figcaption", "blockquote", "textarea"}
VOID = {"meta", "link", "img", "input", "br", "hr", "col", "area", "base", "source", "wbr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(units):
    return sum(len(u.split()) for u in units)


# ---------------------------------------------------------------- XMind


def xmind_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("content.json", "metadata.json", "manifest.json", "content.xml",
                     "Thumbnails/thumbnail.png"):
            if part not in names:
                problems.append("xmind: missing %s" % part)
        sheets = json.loads(z.read("content.json"))
        meta = json.loads(z.read("metadata.json"))
        manifest = json.loads(z.read("manifest.json"))
        ET.fromstring(z.read("content.xml"))
        for entry in manifest.get("file-entries", {}):
            if entry not in names:
                problems.append("xmind: manifest names a missing entry %s" % entry)
    if not isinstance(sheets, list) or not all(s.get("class") == "sheet" for s in sheets):
        problems.append("xmind: content.json is not a list of sheets")
    if meta.get("activeSheetId") != sheets[0]["id"]:
        problems.append("xmind: activeSheetId does not name the first sheet")
    units = []

    def add(t):
        t = ws(t)
        if t:
            units.append(t)

    def topic(t):
        add(t.get("title", ""))
        for label in t.get("labels", []):
            add(label)
        if "notes" in t:
            for line in t["notes"]["plain"]["content"].split("\n"):
                add(line)
        ch = t.get("children", {})
        for kind in ("attached", "detached", "callout", "summary"):
            for c in ch.get(kind, []):
                topic(c)
        for b in t.get("boundaries", []):
            add(b.get("title", ""))

    for s in sheets:
        add(s["title"])
        topic(s["rootTopic"])
        for r in s.get("relationships", []):
            add(r.get("title", ""))
    return units, units


# ---------------------------------------------------------------- ODS


def odf_text(p):
    out = []

    def rec(e):
        if e.text:
            out.append(e.text)
        for c in e:
            if c.tag == X + "s":
                out.append(" " * int(c.get(X + "c", "1")))
            elif c.tag == X + "tab":
                out.append("\t")
            elif c.tag == X + "line-break":
                out.append("\n")
            else:
                rec(c)
            if c.tail:
                out.append(c.tail)
    rec(p)
    return "".join(out)


def ods_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("ods: mimetype is not the first, stored entry")
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            problems.append("ods: wrong mimetype")
        for info in infos:
            if info.filename.endswith((".xml", ".rdf")):
                ET.fromstring(z.read(info.filename))
        names = [i.filename for i in infos]
        for part in ("content.xml", "styles.xml", "meta.xml", "settings.xml",
                     "META-INF/manifest.xml"):
            if part not in names:
                problems.append("ods: missing %s" % part)
        root = ET.fromstring(z.read("content.xml"))
    units = []
    tables = list(root.iter(T + "table"))
    if len(tables) != 3:
        problems.append("ods: expected three sheets, found %d" % len(tables))
    for t in tables:
        units.append(ws(t.get(T + "name")))
        for cell in t.iter(T + "table-cell"):
            for child in cell:
                if child.tag == X + "p":
                    paras = [child]
                elif child.tag == O + "annotation":
                    paras = list(child.iter(X + "p"))
                else:
                    paras = []
                for p in paras:
                    text = ws(odf_text(p))
                    if text:
                        units.append(text)
    return units, units


# ---------------------------------------------------------------- MHT


class Blocks(html.parser.HTMLParser):
    """Visible text, one unit per block element; also notes which units are the article."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.article, self.buf = [], [], []
        self.skip = 0
        self.stack = []
        self.in_article = 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.in_article:
                self.article.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        cls = (dict(attrs).get("class") or "").split()
        mark = "entry-header" in cls or "entry-content" in cls
        self.stack.append((tag, mark))
        if mark:
            self.in_article += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        while self.stack:
            t, mark = self.stack.pop()
            if mark:
                self.in_article -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def mht_units(full, problems):
    raw = open(full, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("mht: a line does not end in CRLF")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not raw.startswith(b"From: <Saved by Windows Internet Explorer"):
        problems.append("mht: no Internet Explorer From header")
    if msg.get_content_type() != "multipart/related" or not msg.get("X-MimeOLE"):
        problems.append("mht: not a MimeOLE multipart/related message")
    parts = [p for p in msg.iter_parts()]
    if not parts or parts[0].get_content_type() != "text/html":
        problems.append("mht: first part is not the page")
    for p in parts:
        if not p["Content-Location"]:
            problems.append("mht: a part has no Content-Location")
    for line in raw.split(b"\r\n"):
        if len(line) > 76 and not line.startswith((b"Content-Location:", b"Subject:")):
            problems.append("mht: line longer than 76 characters: %r" % line[:40])
            break
    page = parts[0].get_content()
    if not page.startswith('<!DOCTYPE html PUBLIC "" "">') or "MSHTML 11.00" not in page:
        problems.append("mht: page is not in IE's serialisation")
    b = Blocks()
    b.feed(page)
    b.flush()
    return b.units, b.article


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".xmind"):
        return xmind_units(full, problems)
    if path.endswith(".ods"):
        return ods_units(full, problems)
    return mht_units(full, problems)


# ---------------------------------------------------------------- re-make


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for script, doc in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as f1, open(os.path.join(ROOT, doc), "rb") as f2:
                if f1.read() != f2.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, doc))


# ---------------------------------------------------------------- main


def main():
    problems = []
    units, counted = {}, {}
    for k, v in DOCS.items():
        units[k], counted[k] = units_of(v, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k in DOCS:
        n = words(counted[k])
        extra = "" if counted[k] is units[k] else " (%d on the whole page)" % words(units[k])
        print("%s: %d words%s" % (DOCS[k], n, extra))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[k], n))
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
