#!/usr/bin/python3
"""Check the heldout361 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Excel .xlsx: one unit per sheet tab name and one per non-empty cell, sheet by sheet and row by
    row; text cells read through xl/sharedStrings.xml (rich-text runs joined, Alt+Enter line breaks
    kept as whitespace), numbers shown with their cell's number format (dates dd-mmm-yyyy, "0.00"
    with two decimals), formulas by their cached value;
  - saved explainer .html: one unit per block element's visible text (script, style, svg and
    noscript skipped; the accordion's hidden FAQ panels count, as their text is in the page);
  - Quizlet export .txt: one unit per line, a line with a Tab split into its term and its
    definition (the continuation lines of a multi-line definition are units of their own).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    workbook's parts, shared strings with rich runs, the sheets 'Concepts' and 'Timeline', a
    merged title cell, header rows under frozen panes, date formats, a quotePrefix text label,
    the AutoFilter, print titles and calcChain; the page's "saved from url" comment, sticky header,
    Key Takeaways box, Easy Table of Contents, formula box, Kadence FAQ accordion with collapsed
    buttons, FAQPage JSON-LD that matches the accordion, Yoast schema graph, related-articles rail
    and footer; the export's Tab separators, CRLF line breaks, no byte-order mark, no final line
    break and multi-line definitions);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_xlsx.py, tools/make_html.py and tools/make_quizlet.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "inflation-india-revision-table": ("docs/inflation-india-revision-table.xlsx", "make_xlsx.py"),
    "cpi-wpi-rbi-inflation-targeting-explained": ("docs/cpi-wpi-rbi-inflation-targeting-explained.html",
                                                  "make_html.py"),
    "rbi-mpc-inflation-quizlet-flashcards": ("docs/rbi-mpc-inflation-quizlet-flashcards.txt", "make_quizlet.py"),
}
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RN = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "textarea"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.ld = []
        self.in_ld = False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_ld = True
            self.ld.append("")
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_ld = False
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.in_ld:
            self.ld[-1] += data
        if not self.skip:
            self.buf.append(data)


def xlsx_cells(full):
    """Yield (sheet name, cell ref, shown text, style index, raw cell element) for every cell."""
    with zipfile.ZipFile(full) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        sst = []
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(S + "numFmt")}
        xfs = [int(x.get("numFmtId", "0")) for x in styles.find(S + "cellXfs")]
        out = []
        for sh in wb.iter(S + "sheet"):
            name = sh.get("name")
            root = ET.fromstring(z.read("xl/" + target[sh.get(RN + "id")]))
            for c in root.iter(S + "c"):
                v = c.find(S + "v")
                s = int(c.get("s", "0"))
                if v is None:
                    out.append((name, c.get("r"), "", s, c))
                    continue
                if c.get("t") == "s":
                    text = sst[int(v.text)]
                else:
                    num = float(v.text)
                    fid = xfs[s]
                    code = fmts.get(fid, "")
                    if fid in range(14, 23) or ("yy" in code and "mm" in code):
                        text = (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(num))).strftime("%d-%b-%Y")
                    elif fid == 2:
                        text = "%.2f" % num
                    else:
                        text = v.text
                out.append((name, c.get("r"), text, s, c))
        return [n.get("name") for n in wb.iter(S + "sheet")], out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".xlsx"):
        names, cells = xlsx_cells(full)
        units = list(names)
        units += [ws(t) for _, _, t, _, _ in cells if ws(t)]
        return units
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    units = []
    for line in re.split(r"\r?\n", text):
        for part in line.split("\t", 1):
            if ws(part):
                units.append(ws(part))
    return units


def check_xlsx(problems):
    full = os.path.join(ROOT, DOCS["inflation-india-revision-table"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                     "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/theme/theme1.xml",
                     "xl/sharedStrings.xml", "xl/calcChain.xml"):
            if part not in names:
                problems.append("xlsx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
            if not z.read(info.filename).startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'):
                problems.append("xlsx: %s lacks Excel's XML declaration + CRLF" % info.filename)
        wb = z.read("xl/workbook.xml").decode("utf-8")
        s1 = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        s2 = z.read("xl/worksheets/sheet2.xml").decode("utf-8")
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
        styles = z.read("xl/styles.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
    names_, cells = xlsx_cells(full)
    firsts = {}
    for sheet, ref, text, s, c in cells:
        if ref == "A1":
            firsts.setdefault(sheet, text)
    needs = [(names_ == ["Concepts", "Timeline"], "sheets 'Concepts' and 'Timeline'"),
             ("<Application>Microsoft Excel</Application>" in app, "app.xml naming Microsoft Excel"),
             ("<sst " in sst and "uniqueCount=" in sst, "shared strings table"),
             ("<r><rPr><b/>" in sst, "a rich-text bold run"),
             ('t="s"' in s1 and 't="s"' in s2, "shared-string cells in both sheets"),
             ('<mergeCell ref="A1:C1"/>' in s1 and '<mergeCell ref="A1:C1"/>' in s2, "merged title cells"),
             ('state="frozen"' in s1 and 'state="frozen"' in s2, "frozen panes"),
             ("<autoFilter " in s1 and "_xlnm._FilterDatabase" in wb, "an AutoFilter"),
             ("_xlnm.Print_Titles" in wb, "print titles"),
             ('formatCode="dd\\-mmm\\-yyyy"' in styles and 'quotePrefix="1"' in styles, "date format and quotePrefix"),
             ("<f>SUM(" in s1, "a formula"),
             ("<oddFooter>" in s1 and "&amp;P of &amp;N" in s1, "page-numbered footers"),
             (any(t == "Term" for _, r, t, _, _ in cells if r == "A3"), "a Term / definition / example header row"),
             (any(t == "Date" for sh, r, t, _, _ in cells if sh == "Timeline" and r == "A2"), "a Date / Event header row"),
             (all(firsts.get(n) for n in ("Concepts", "Timeline")), "title text in A1")]
    for ok, what in needs:
        if not ok:
            problems.append("xlsx: no %s" % what)


def check_html(problems):
    page = open(os.path.join(ROOT, DOCS["cpi-wpi-rbi-inflation-targeting-explained"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", 'http-equiv="Content-Type"', "sticky-enabled", "position:sticky",
                 "pp-key-takeaways", "Key Takeaways", 'id="ez-toc-container"', "pp-formula-box",
                 "wp-block-kadence-accordion", 'aria-expanded="false"', "kt-accordion-panel-hidden",
                 "yoast-schema-graph", "pp-related-rail", 'class="site-info"', "_files/"):
        if mark not in page:
            problems.append("html: no %s" % mark)
    p = Blocks()
    p.feed(page)
    faqs = []
    for block in p.ld:
        data = json.loads(block)
        items = data.get("@graph", [data])
        for it in items:
            types = it.get("@type")
            types = types if isinstance(types, list) else [types]
            if "FAQPage" in types and "mainEntity" in it and isinstance(it["mainEntity"][0], dict) and "name" in it["mainEntity"][0]:
                faqs = [q["name"] for q in it["mainEntity"]]
    shown = re.findall(r'<span class="kt-blocks-accordion-title">(.*?)</span>', page)
    if not faqs or [html.unescape(s) for s in shown] != faqs:
        problems.append("html: FAQPage JSON-LD does not match the accordion")


def check_quizlet(problems):
    raw = open(os.path.join(ROOT, DOCS["rbi-mpc-inflation-quizlet-flashcards"][0]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("quizlet: has a byte-order mark")
    if raw.endswith(b"\n"):
        problems.append("quizlet: ends with a line break")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        problems.append("quizlet: bare LF line break")
    lines = text.split("\r\n")
    cards = [l for l in lines if "\t" in l]
    cont = [l for l in lines if "\t" not in l]
    if any(l.count("\t") != 1 for l in cards):
        problems.append("quizlet: a row with more than one Tab")
    if len(cards) < 50 or len(cont) < 10:
        problems.append("quizlet: %d cards, %d continuation lines" % (len(cards), len(cont)))


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_xlsx(problems)
    check_html(problems)
    check_quizlet(problems)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
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
