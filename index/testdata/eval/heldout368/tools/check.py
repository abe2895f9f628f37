#!/usr/bin/python3
"""Check the heldout368 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PowerPoint .pptx: slides in the order of presentation.xml's slide list; one unit per a:p of
    each slide (titles, bullets, the text box, table cells, the footer and the slide-number field),
    then one unit per a:p of that slide's speaker notes (notesSlide body and its number);
  - LinkedIn .html: one unit per block element's visible text (script, style, svg and the
    commented <code> blobs skipped; the hidden sign-in modal and language menu count, as their
    text is in the page);
  - Excel .xlsx: the sheet names, then one unit per cell, shared strings resolved (rich-text runs
    joined) and date serials shown in their number format (dd-mmm-yyyy or mmm-yyyy).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .pptx's parts, slide layouts, notes slides, slide-number fields, table, text box,
    numbered list and PowerPoint properties; the page's "saved from url" comment, Chrome's meta,
    the author card with date and reading time, h2/h3 subheads, lists, reactions bar, comments,
    footer; the workbook's two sheets, bold header, date formats, date serials, merged bands,
    frozen pane and shared strings);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pptx.py, tools/make_linkedin.py and tools/make_xlsx.py re-make the documents byte
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
    "ondc-lecture-slides": ("docs/ondc-lecture-slides.pptx", "make_pptx.py"),
    "ondc-three-years-linkedin": ("docs/ondc-three-years-linkedin.html", "make_linkedin.py"),
    "ondc-revision-timeline": ("docs/ondc-revision-timeline.xlsx", "make_xlsx.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript", "code"}


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def rels_of(z, part):
    d, f = part.rsplit("/", 1)
    name = "%s/_rels/%s.rels" % (d, f)
    if name not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(name)).iter(PR + "Relationship"):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1], os.path.normpath(os.path.join(d, r.get("Target"))))
    return out


def para_units(root):
    out = []
    for p in root.iter(A + "p"):
        t = ws("".join(el.text or "" for el in p.iter(A + "t")))
        if t:
            out.append(t)
    return out


def pptx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = rels_of(z, "ppt/presentation.xml")
        for sid in pres.iter(P + "sldId"):
            slide = prels[sid.get(R + "id")][1]
            out += para_units(ET.fromstring(z.read(slide)))
            for typ, target in rels_of(z, slide).values():
                if typ == "notesSlide":
                    notes = ET.fromstring(z.read(target))
                    for sp in notes.iter(P + "sp"):
                        ph = sp.find(".//" + P + "ph")
                        if ph is not None and ph.get("type") in ("body", "sldNum"):
                            out += para_units(sp)
    return out


def fmt_date(serial, code):
    d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(serial))
    if "dd" in code:
        return d.strftime("%d-%b-%Y")
    return d.strftime("%b-%Y")


def xlsx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        wrels = rels_of(z, "xl/workbook.xml")
        sst = [ws("".join(t.text or "" for t in si.iter(S + "t")))
               for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si")]
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(S + "numFmt")}
        xfs = [int(x.get("numFmtId")) for x in styles.find(S + "cellXfs").findall(S + "xf")]
        for sh in wb.iter(S + "sheet"):
            out.append(sh.get("name"))
            root = ET.fromstring(z.read(wrels[sh.get(R + "id")][1]))
            for c in root.iter(S + "c"):
                v = c.find(S + "v")
                if v is None:
                    continue
                if c.get("t") == "s":
                    t = sst[int(v.text)]
                else:
                    code = fmts.get(xfs[int(c.get("s", "0"))], "")
                    t = fmt_date(v.text, code) if "yy" in code else v.text
                if t.strip():
                    out.append(ws(t))
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full)
    if path.endswith(".xlsx"):
        return xlsx_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


def check_pptx(problems):
    full = os.path.join(ROOT, DOCS["ondc-lecture-slides"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "docProps/thumbnail.jpeg", "ppt/presentation.xml", "ppt/slideMasters/slideMaster1.xml",
                     "ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme1.xml", "ppt/presProps.xml",
                     "ppt/viewProps.xml", "ppt/tableStyles.xml", "ppt/slideLayouts/slideLayout11.xml"):
            if part not in names:
                problems.append("pptx: missing part %s" % part)
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        slides = " ".join(z.read(n).decode("utf-8") for n in names if n.startswith("ppt/slides/slide"))
        notes = [n for n in names if n.startswith("ppt/notesSlides/notesSlide")]
        app = z.read("docProps/app.xml").decode("utf-8")
    needs = [("Microsoft Office PowerPoint" in app and "<Slides>" in app, "app.xml PowerPoint properties"),
             (len(notes) >= 10, "speaker notes in notesSlides"),
             ('type="slidenum"' in slides, "slide-number fields"),
             ("<a:tbl>" in slides, "a table slide"),
             ('txBox="1"' in slides, "a text box"),
             ("buAutoNum" in slides, "a numbered list"),
             ('type="ctrTitle"' in slides and 'type="title"' in slides, "slide titles"),
             ('type="ftr"' in slides, "footers")]
    for ok, what in needs:
        if not ok:
            problems.append("pptx: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["ondc-three-years-linkedin"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", 'http-equiv="Content-Type"', 'data-test-id="publisher-author-card"',
                 "min read", "<h2>", "<h3>", "<ul>", "<ol>", "social-actions__reactions", "comment__text",
                 "li-footer", "_files/"):
        if mark not in page:
            problems.append("linkedin: no %s" % mark)
    shown = units["ondc-three-years-linkedin"]
    for unit in ("Published", "Like Reply", "See more comments", "User Agreement", "© 2025", "min read"):
        if not any(unit in u for u in shown):
            problems.append("linkedin: no %r line" % unit)


def check_xlsx(units, problems):
    full = os.path.join(ROOT, DOCS["ondc-revision-timeline"][0])
    with zipfile.ZipFile(full) as z:
        for n in z.namelist():
            ET.fromstring(z.read(n))
        wb = z.read("xl/workbook.xml").decode("utf-8")
        s1 = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        st = z.read("xl/styles.xml").decode("utf-8")
        names = z.namelist()
    needs = [('name="Timeline"' in wb and 'name="Terms"' in wb, "sheets Timeline and Terms"),
             ("xl/sharedStrings.xml" in names, "shared strings"),
             ("mmm" in st and "numFmtId=\"164\"" in st, "date number formats"),
             (re.search(r'<c r="A\d+" s="2"><v>4\d{4}</v>', s1) is not None, "date serials"),
             ("<b/>" in st, "a bold font"),
             ("<mergeCell " in s1, "merged year bands"),
             ('state="frozen"' in s1, "a frozen header row")]
    for ok, what in needs:
        if not ok:
            problems.append("xlsx: no %s" % what)
    u = units["ondc-revision-timeline"]
    if u[0] != "Timeline" or "Terms" not in u or u[1:4] != ["Date", "Event", "Why it matters"]:
        problems.append("xlsx: header row Date | Event | Why it matters not read")


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
    check_pptx(problems)
    check_html(units, problems)
    check_xlsx(units, problems)
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
