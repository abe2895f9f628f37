#!/usr/bin/python3
"""Check the heldout352 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PIB .html: one unit per block element's visible text (script, style, svg and noscript
    skipped; Word's conditional comments are comments, so only the Symbol-font bullet "·"
    they wrap is text); the site's header, menus, share bar, language bar and footer count;
  - PowerPoint .pptx: the slides in presentation order, one unit per a:p (title, bullets,
    table-cell paragraphs, footer and slide-number fields), each slide followed by the
    a:p units of its notes slide;
  - Org .org: one unit per line, with headings shown without stars, TODO keyword, priority
    and tags, [[target][description]] links shown as their description, property and
    logbook drawers, planning lines (CLOSED/SCHEDULED/DEADLINE), "#+begin_/#+end_" lines and
    "#+" settings other than TITLE, AUTHOR, DATE and CAPTION left out, and one unit per
    table cell (rule rows left out).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PIB page's saved-from comment, ASP.NET hidden fields, ministry and "Posted On"
    lines, Word-pasted bullets and MsoTableGrid table, sign-off, Release ID, language bar,
    share links and footer; the deck's parts, title slide, notes slides, table, second-level
    bullets, slide-number fields, spell-check runs, JPEG thumbnail and closing slide; the
    Org file's #+TITLE and #+DATE, TODO/DONE headings with aligned tags, property drawers,
    lists and checkboxes, an aligned table, links and a source block);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pib.py, tools/make_pptx.py and tools/make_org.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
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
    "pib-janjatiya-gaurav-divas-pm-janman-dajgua": ("docs/pib-janjatiya-gaurav-divas-pm-janman-dajgua.html",
                                                    "make_pib.py"),
    "pvtg-tribal-welfare-lecture-deck": ("docs/pvtg-tribal-welfare-lecture-deck.pptx", "make_pptx.py"),
    "pvtg-schemes-org-notes": ("docs/pvtg-schemes-org-notes.org", "make_org.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
RELNS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "select", "option"}
SKIP = {"script", "style", "svg", "noscript"}
ORG_KEEP = ("TITLE", "AUTHOR", "DATE", "CAPTION")
ORG_TODO = ("TODO", "REVISE", "DONE")


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


def a_paras(xml_bytes):
    out = []
    for p in ET.fromstring(xml_bytes).iter(A + "p"):
        t = ws("".join(e.text or "" for e in p.iter() if e.tag == A + "t"))
        if t:
            out.append(t)
    return out


def pptx_units(full):
    out = []
    with zipfile.ZipFile(full) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("ppt/_rels/presentation.xml.rels"))}
        rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        for sld in pres.iter("{http://schemas.openxmlformats.org/presentationml/2006/main}sldId"):
            part = "ppt/" + rels[sld.get(rid)]
            out.extend(a_paras(z.read(part)))
            srels = part.replace("slides/", "slides/_rels/") + ".rels"
            for r in ET.fromstring(z.read(srels)):
                if r.get("Type").endswith("/notesSlide"):
                    out.extend(a_paras(z.read("ppt/notesSlides/" + r.get("Target").split("/")[-1])))
    return out


def org_line(line):
    line = re.sub(r"\[\[([^\]]*)\]\[([^\]]*)\]\]", r"\2", line)
    line = re.sub(r"\[\[([^\]]*)\]\]", r"\1", line)
    m = re.match(r"^\*+ (.*)$", line)
    if m:
        h = m.group(1)
        h = re.sub(r"\s+:[\w@#%:]+:\s*$", "", h)
        h = re.sub(r"^(%s) " % "|".join(ORG_TODO), "", h)
        h = re.sub(r"^\[#[A-C]\] ", "", h)
        return [h]
    return [line]


def org_units(text):
    out, drawer = [], False
    for raw in text.split("\n"):
        s = raw.strip()
        if drawer:
            if s == ":END:":
                drawer = False
            continue
        if re.match(r"^:[A-Z]+:$", s) and s != ":END:":
            drawer = True
            continue
        if re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", s):
            continue
        if s.startswith("#+"):
            m = re.match(r"^#\+(\w+):\s*(.*)$", s)
            if m and m.group(1).upper() in ORG_KEEP:
                out.append(ws(m.group(2)))
            continue
        if s.startswith("# ") or s == "#":
            continue
        if s.startswith("|"):
            if s.startswith("|-"):
                continue
            out.extend(ws(c) for c in s.strip("|").split("|") if c.strip())
            continue
        for u in org_line(raw):
            if ws(u):
                out.append(ws(u))
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return org_units(text)


def check_pib(units, problems):
    page = open(os.path.join(ROOT, DOCS["pib-janjatiya-gaurav-divas-pm-janman-dajgua"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "saved-from-url comment"),
                       ('name="__VIEWSTATE"', "ASP.NET view state"),
                       ('class="MinistryNameSubhead', "ministry line"),
                       ('class="ReleaseDateSubHeaddateTime', "date-time line"),
                       ("MsoListParagraphCxSpFirst", "Word-pasted bullet list"),
                       ("<!--[if !supportLists]-->", "Word list conditional comments"),
                       ('class="MsoTableGrid"', "Word table"),
                       ("<o:p></o:p>", "Word o:p tags"),
                       ("facebook.com/sharer", "Facebook share button"),
                       ("api.whatsapp.com/send", "WhatsApp share button"),
                       ("Press Release_Press Information Bureau_files/", "Chrome's _files folder links"),
                       ("&nbsp;", "non-breaking spaces")):
        if mark not in page:
            problems.append("pib: no %s" % what)
    for start, what in (("Ministry of Tribal Affairs", "ministry line"),
                        ("Posted On: ", "Posted On line"), ("PIB Delhi | ", "PIB sign-off"),
                        ("(Release ID: ", "Release ID line"), ("Read this release in:", "language bar"),
                        ("Content Owned, Maintained and Updated by Press Information Bureau", "footer"),
                        ("\u00b7 ", "Symbol-font bullets")):
        if not any(u.startswith(start) for u in units):
            problems.append("pib: no %s unit" % what)


def check_pptx(units, problems):
    full = os.path.join(ROOT, DOCS["pvtg-tribal-welfare-lecture-deck"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("pptx: %s not stamped 1980-01-01" % info.filename)
        for part in ("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/slideMasters/slideMaster1.xml",
                     "ppt/theme/theme1.xml", "ppt/notesMasters/notesMaster1.xml", "ppt/tableStyles.xml",
                     "ppt/presProps.xml", "ppt/viewProps.xml", "docProps/app.xml", "docProps/core.xml",
                     "docProps/thumbnail.jpeg"):
            if part not in names:
                problems.append("pptx: missing part %s" % part)
        layouts = [n for n in names if re.match(r"ppt/slideLayouts/slideLayout\d+\.xml$", n)]
        notes = [n for n in names if re.match(r"ppt/notesSlides/notesSlide\d+\.xml$", n)]
        slides = sorted((n for n in names if re.match(r"ppt/slides/slide\d+\.xml$", n)),
                        key=lambda n: int(re.findall(r"\d+", n)[0]))
        text = {n: z.read(n).decode("utf-8") for n in slides}
        app = z.read("docProps/app.xml").decode("utf-8")
        thumb = z.read("docProps/thumbnail.jpeg")
    needs = [(len(layouts) == 11, "eleven slide layouts"),
             (len(notes) >= 5, "speaker notes on several slides"),
             ("Microsoft Office PowerPoint" in app, "app.xml naming PowerPoint"),
             (thumb[:2] == b"\xff\xd8" and thumb[-2:] == b"\xff\xd9", "JPEG thumbnail"),
             ('type="ctrTitle"' in text[slides[0]], "title slide"),
             (any("<a:tbl>" in t for t in text.values()), "a table slide"),
             (any('<a:pPr lvl="1"/>' in t for t in text.values()), "second-level bullets"),
             (sum('type="slidenum"' in t for t in text.values()) >= len(slides) - 1, "slide numbers"),
             (any('err="1"' in t for t in text.values()), "spell-check runs"),
             ("Thank you / Doubts?" in text[slides[-1]], "closing 'Thank you / Doubts?' slide")]
    for ok, what in needs:
        if not ok:
            problems.append("pptx: no %s" % what)


def check_org(problems):
    text = open(os.path.join(ROOT, DOCS["pvtg-schemes-org-notes"][0]), encoding="utf-8").read()
    lines = text.split("\n")
    needs = [(text.startswith("# -*- mode: org"), "mode line"),
             (any(l.startswith("#+TITLE: ") for l in lines), "#+TITLE"),
             (any(re.match(r"^#\+DATE: <\d{4}-\d\d-\d\d \w{3}>$", l) for l in lines), "#+DATE"),
             (any(re.match(r"^\*+ TODO ", l) for l in lines), "TODO heading"),
             (any(re.match(r"^\*+ DONE ", l) for l in lines), "DONE heading"),
             (any(re.match(r"^\*+ .*\S {2,}:[\w:]+:$", l) and len(l) == 77 for l in lines), "tags aligned to column 77"),
             (":PROPERTIES:" in lines and ":END:" in lines, "property drawer"),
             (any(re.match(r"^:[A-Z]+: {2,}\S", l) for l in lines), "aligned properties"),
             (any(l.startswith("- [X] ") for l in lines) and any(l.startswith("- [ ] ") for l in lines), "checkboxes"),
             (any(re.match(r"^\|-+\+", l) for l in lines), "aligned table with a rule"),
             ("[[https://" in text and "[[file:" in text and "[[*" in text, "links"),
             ("#+begin_src" in text and "#+end_src" in text, "source block"),
             (any(l.startswith("CLOSED: [") for l in lines), "CLOSED planning line"),
             ("[fn:1]" in text, "footnote")]
    for ok, what in needs:
        if not ok:
            problems.append("org: no %s" % what)


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
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pib(units["pib-janjatiya-gaurav-divas-pm-janman-dajgua"], problems)
    check_pptx(units["pvtg-tribal-welfare-lecture-deck"], problems)
    check_org(problems)
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
