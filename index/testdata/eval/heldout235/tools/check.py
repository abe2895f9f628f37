#!/usr/bin/python3
"""Check the heldout235 evaluation set.

The documents' text is extracted as a reader sees it:
  - Numbers export .xlsx: every worksheet's name and every non-empty cell as shown (shared
    strings; numbers through their number format: "0.000", "#,##0", "d mmm yyyy" or General;
    formulas by their cached value), one unit per cell, read with zipfile and ElementTree;
  - Brevo newsletter .eml: the text/html part, decoded from quoted-printable with the email
    package, one unit per block element (div, p, li, td, th, ...), skipping style, script,
    title and the display:none preheader;
  - saved PIB page .html: one unit per block element's visible text, skipping style, script
    and title.
Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly q, accept (one or
two strings) and section (a non-empty list of strings). Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document, and occur exactly once across the three
documents' text (case-insensitive, whitespace collapsed); the first section name of each
question (the part's name as written) must occur in its document's text (worksheet names
included). Each q-*.jsonl holds
25 questions and oos.jsonl 12 (with q only). Each document must hold 1,300 to 1,800 words of
text. It also checks the shape of each file (the workbook's parts, the Export Summary sheet
first and cached formula values; the message's LF line ends, MIME parts and encodings; the
page's release block) and that tools/make_xlsx.py, tools/make_eml.py and tools/make_html.py
re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import datetime
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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "fc-devolution-tracker": "docs/fc-devolution-tracker.xlsx",
    "divisible-pool-issue-58": "docs/divisible-pool-issue-58.eml",
    "pib-sixteenth-fc-report": "docs/pib-sixteenth-fc-report.html",
}
MAKERS = {
    "fc-devolution-tracker": "tools/make_xlsx.py",
    "divisible-pool-issue-58": "tools/make_eml.py",
    "pib-sixteenth-fc-report": "tools/make_html.py",
}
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section", "body",
         "html", "head", "br", "form", "label", "button", "center", "blockquote", "dl", "dt",
         "dd", "caption"}
VOID = {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "wbr", "source"}
XLSX_PARTS = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
              "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
              "xl/sharedStrings.xml", "xl/theme/theme1.xml"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text, one unit per block element; hidden elements and scripts skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.hidden = [], [], 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if self.hidden:
            if tag == self.hidden[-1][0] and tag not in VOID:
                self.hidden[-1][1] += 1
        elif "display:none" in style and tag not in VOID:
            self.hidden.append([tag, 1])
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if self.hidden and tag == self.hidden[-1][0]:
            self.hidden[-1][1] -= 1
            if not self.hidden[-1][1]:
                self.hidden.pop()
                self.buf = []
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip and not self.hidden:
            self.buf.append(data)


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.close()
    p.flush()
    return p.units


def fmt_number(v, code):
    if code == "0.000":
        return "%.3f" % v
    if code in ("#,##0", 3):
        return "{:,.0f}".format(v)
    if code == "d mmm yyyy":
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(v))
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if v == int(v):
        return str(int(v))
    return ("%.10g" % v)


def xlsx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in XLSX_PARTS:
            if part not in names:
                problems.append("xlsx: missing part %s" % part)
        for n in names:
            ET.fromstring(z.read(n))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PR + "Relationship")}
        sst = []
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        st = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(f.get("numFmtId")): f.get("formatCode") for f in st.iter(S + "numFmt")}
        fmts[3] = "#,##0"
        xfs = [int(x.get("numFmtId")) for x in st.find(S + "cellXfs").findall(S + "xf")]
        sheets = wb.find(S + "sheets").findall(S + "sheet")
        if not sheets or sheets[0].get("name") != "Export Summary":
            problems.append("xlsx: the first worksheet is not Numbers' Export Summary")
        for sh in sheets:
            units.append(sh.get("name"))
            root = ET.fromstring(z.read("xl/" + rels[sh.get(R + "id")]))
            for c in root.iter(S + "c"):
                v = c.find(S + "v")
                if c.find(S + "f") is not None and v is None:
                    problems.append("xlsx: formula without a cached value in %s" % sh.get("name"))
                if v is None:
                    continue
                if c.get("t") == "s":
                    text = sst[int(v.text)]
                else:
                    text = fmt_number(float(v.text), fmts.get(xfs[int(c.get("s", "0"))]))
                if ws(text):
                    units.append(ws(text))
    return units


def eml_units(full, problems):
    data = open(full, "rb").read()
    if b"\r" in data:
        problems.append("eml: Apple Mail's raw source has LF line ends, found CR")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append("eml: not multipart/alternative")
    types = [p.get_content_type() for p in msg.iter_parts()]
    if types != ["text/plain", "text/html"]:
        problems.append("eml: parts are %r" % types)
    for p in msg.iter_parts():
        if p["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append("eml: %s part not quoted-printable" % p.get_content_type())
    if not str(msg["Subject"]) or "=?" not in data.split(b"\nSubject: ")[1][:20].decode():
        problems.append("eml: Subject is not an RFC 2047 encoded word")
    html_part = [p for p in msg.iter_parts() if p.get_content_type() == "text/html"][0]
    return html_units(html_part.get_content())


def page_units(full, problems):
    text = open(full, encoding="utf-8").read()
    for mark in ('id="PdfDiv"', "MinistryNameSubhead", "ReleaseDateSubHeaddateTime",
                 "(Release ID: ", "__VIEWSTATE", "Press%20Release_%20Press%20Information%20Bureau_files/"):
        if mark not in text:
            problems.append("html: %s missing" % mark)
    if "saved from url" in text:
        problems.append("html: Firefox does not write a saved-from comment")
    return html_units(text)


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".xlsx"):
        return xlsx_units(full, problems)
    if full.endswith(".eml"):
        return eml_units(full, problems)
    return page_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, DOCS[name]), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(k, problems) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words of text in %d units" % (DOCS[k], n, len(u)))
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
            elif ws(sec[0]).lower() not in joined[name]:
                problems.append("%s: first section name not found in %s: %r" % (where, name, sec[0]))
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
                    problems.append("%s: not inside one cell/element of %s: %r" % (where, name, a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
