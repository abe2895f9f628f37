#!/usr/bin/python3
"""Check the heldout224 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and occur
exactly once (ignoring case, whitespace collapsed) across the three documents' text:
  - Excel .xlsx (openpyxl): one line of one cell's shown text (inline and shared strings,
    numbers, dates shown as dd-mmm-yyyy; formulas have no cached value and show nothing), or
    one cell note; sheet names are shown too;
  - WordPress page saved with SingleFile (.html): one element's visible text (a paragraph, list
    item, heading, table cell, ...), scripts and styles skipped;
  - Google Docs .odt: one paragraph or heading of content.xml (table cells, list items and the
    table of contents included), with footnote bodies and comments as units of their own.
Some name in each question's section list must occur in its document's text. Each document
must hold 1,300 to 1,800 words of text. There must be 25 questions per document and 12
out-of-scope ones. The make scripts must re-make each document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import datetime
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "ramsar-india-site-tracker": ("docs/ramsar-india-site-tracker.xlsx", "tools/make_xlsx.py"),
    "wetland-rules-2017-amrit-dharohar": ("docs/wetland-rules-2017-amrit-dharohar.html", "tools/make_html.py"),
    "ramsar-convention-montreux-notes": ("docs/ramsar-convention-montreux-notes.odt", "tools/make_odt.py"),
}
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PREL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "span_block", "time_block", "ins", "a_block"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- xlsx
def xlsx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                shared.append("".join(t.text or "" for t in si.iter(MAIN + "t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(MAIN + "numFmt")}
        xfs = [int(x.get("numFmtId", "0")) for x in styles.find(MAIN + "cellXfs")]
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        for sh in wb.iter(MAIN + "sheet"):
            units.append(sh.get("name"))
            target = rels[sh.get(REL + "id")].lstrip("/")
            path = target if target.startswith("xl/") else "xl/" + target
            for c in ET.fromstring(z.read(path)).iter(MAIN + "c"):
                t = c.get("t")
                v = c.find(MAIN + "v")
                if t == "inlineStr":
                    text = "".join(x.text or "" for x in c.iter(MAIN + "t"))
                elif t == "s":
                    text = shared[int(v.text)]
                elif v is None or not v.text:
                    continue          # formula without a cached value, or an empty styled cell
                elif t in ("str", "b", "e"):
                    text = v.text or ""
                else:
                    num = float(v.text)
                    fmt = fmts.get(xfs[int(c.get("s", "0"))], "")
                    if "yy" in fmt:
                        d = datetime.datetime(1899, 12, 30) + datetime.timedelta(days=num)
                        text = d.strftime("%d-%b-%Y")
                    else:
                        text = str(int(num)) if num == int(num) else str(num)
                for line in text.split("\n"):
                    if ws(line):
                        units.append(ws(line))
        for n in names:
            if re.fullmatch(r"xl/comments/comment\d+\.xml", n):
                for cm in ET.fromstring(z.read(n)).iter(MAIN + "comment"):
                    units.append(ws("".join(t.text or "" for t in cm.iter(MAIN + "t"))))
    return units


# ---------------------------------------------------------------- html
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
        if tag in ("style", "script", "svg", "textarea"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "svg", "textarea"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.close()
    p.flush()
    return p.units


# ---------------------------------------------------------------- odt
def odt_text(el, extra):
    """Shown text of a paragraph; footnote bodies and comments go to extra as units."""
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag
        if tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif tag == T + "tab":
            out.append("\t")
        elif tag == T + "line-break":
            out.append("\n")
        elif tag == T + "note":
            out.append(ch.findtext(T + "note-citation") or "")
            for p in ch.find(T + "note-body"):
                extra.append(odt_text(p, extra))
        elif tag == OFFICE + "annotation":
            for p in ch.iter(T + "p"):
                extra.append(odt_text(p, extra))
        else:
            out.append(odt_text(ch, extra))
        out.append(ch.tail or "")
    return "".join(out)


def odt_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("odt: mimetype is not the first, stored entry")
        root = ET.fromstring(z.read("content.xml"))
        ET.fromstring(z.read("styles.xml"))
        ET.fromstring(z.read("META-INF/manifest.xml"))
    units = []
    text_root = root.find(OFFICE + "body").find(OFFICE + "text")

    def walk(el):
        for ch in el:
            if ch.tag in (T + "p", T + "h"):
                extra = []
                t = odt_text(ch, extra)
                for u in [t] + extra:
                    for line in u.split("\n"):
                        if ws(line):
                            units.append(ws(line))
            else:
                walk(ch)
    walk(text_root)
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".xlsx"):
        return xlsx_units(full, problems)
    if path.endswith(".html"):
        return html_units(full, problems)
    return odt_units(full, problems)


def remake(name, doc, script, problems):
    full = os.path.join(ROOT, doc)
    before = hashlib.sha256(open(full, "rb").read()).hexdigest()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s: %s failed: %s" % (name, script, r.stderr.strip()[-300:]))
            return
        after = hashlib.sha256(open(out, "rb").read()).hexdigest()
    if before != after:
        problems.append("%s: %s does not re-make %s byte for byte" % (name, script, doc))


def main():
    problems = []
    units, joined = {}, {}
    for name, (doc, script) in DOCS.items():
        units[name] = units_of(doc, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        words = len(" ".join(units[name]).split())
        print("%s: %d units, %d words" % (doc, len(units[name]), words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (doc, words))
        remake(name, doc, script, problems)
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one cell/element/paragraph of %s: %r"
                                    % (where, name, a))
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
