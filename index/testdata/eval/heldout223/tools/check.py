#!/usr/bin/python3
"""Check the heldout223 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); out-of-scope lines hold only q. Every
accept string must be ASCII, 5-12 words long, lie inside one unit of its own document as a
reader sees it, and occur exactly once (case-insensitive, whitespace collapsed) across the three
documents' text:
  - Google Slides .pptx: one paragraph (a:p) of a slide, a table cell or a speaker-notes page,
    read from the slide and notes-slide XML in slide order (the slide-number field shown as the
    slide's number);
  - InDesign .epub: one block (heading, paragraph, list item, table cell, footnote paragraph) of
    the XHTML files in the OPF spine order, head skipped;
  - Bear .md: one line of the note as Bear shows it (heading and list markers, to-do boxes,
    ==, **, *, ~~ and ~ marks, link targets and footnote marks dropped; a table row split into
    its cells; code-block lines as they are).
At least one of each question's section names must be a heading of its document (slide titles;
h1/h2 headings and box heads; "#" headings), compared case-insensitively with curly quotes,
dashes and arrows made ASCII, and also with a leading number or a trailing/leading emoji
removed. Each document must hold 1,300-1,800 words as extracted; the make scripts in tools/ must
re-make the documents byte for byte; the formats are checked for their main parts.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "arthashastra-officials-revenue": ("docs/arthashastra-officials-revenue.pptx", "make_pptx.py"),
    "megasthenes-indica-pataliputra": ("docs/megasthenes-indica-pataliputra.epub", "make_epub.py"),
    "ashoka-dhamma-officials-edicts": ("docs/ashoka-dhamma-officials-edicts.md", "make_bear.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
OPF = "{http://www.idpf.org/2007/opf}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "aside", "body", "nav", "br", "figure", "figcaption"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- pptx
def rels_of(z, path):
    d, f = path.rsplit("/", 1)
    rp = "%s/_rels/%s.rels" % (d, f)
    out = {}
    for r in ET.fromstring(z.read(rp)):
        tgt = os.path.normpath(os.path.join(d, r.get("Target"))).replace(os.sep, "/")
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1], tgt)
    return out


def pptx_paras(root, number):
    out = []
    for p in root.iter(A + "p"):
        parts = []
        for el in p:
            if el.tag == A + "r":
                parts.append("".join(t.text or "" for t in el.iter(A + "t")))
            elif el.tag == A + "fld":
                parts.append(str(number) if el.get("type") == "slidenum" else
                             "".join(t.text or "" for t in el.iter(A + "t")))
            elif el.tag == A + "br":
                parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def pptx_units(full, problems):
    units, heads = [], []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for n in names:
            if n.endswith((".xml", ".rels")):
                ET.fromstring(z.read(n))
        if "docProps/core.xml" in names or names[-1] != "[Content_Types].xml":
            problems.append("pptx: not laid out as a Google Slides download")
        for i in z.infolist():
            if i.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("pptx: %s not dated 1980-01-01" % i.filename)
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = rels_of(z, "ppt/presentation.xml")
        ct = z.read("[Content_Types].xml").decode("utf-8")
        for n in names:
            if not n.endswith(".rels") and n != "[Content_Types].xml" and "/%s\"" % n not in ct:
                problems.append("pptx: %s has no content type" % n)
        notes_count = 0
        for num, sid in enumerate(pres.find(P + "sldIdLst"), 1):
            spath = prels[sid.get(R + "id")][1]
            sroot = ET.fromstring(z.read(spath))
            if not any("Google Shape;" in (c.get("name") or "") for c in sroot.iter(P + "cNvPr")):
                problems.append("pptx: %s has no Google Shape names" % spath)
            for sp in sroot.iter(P + "sp"):
                ph = sp.find(".//" + P + "ph")
                if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                    heads.extend(pptx_paras(sp, num))
            units.extend(pptx_paras(sroot, num))
            srels = rels_of(z, spath)
            for typ, tgt in srels.values():
                if tgt not in names:
                    problems.append("pptx: %s points to missing %s" % (spath, tgt))
                if typ == "notesSlide":
                    notes_count += 1
                    nroot = ET.fromstring(z.read(tgt))
                    for sp in nroot.iter(P + "sp"):
                        ph = sp.find(".//" + P + "ph")
                        if ph is not None and ph.get("type") == "body":
                            units.extend(pptx_paras(sp, num))
        if notes_count != len(pres.find(P + "sldIdLst")):
            problems.append("pptx: every slide needs a notes slide")
    return units, heads


# ---------------------------------------------------------------- epub
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.heads, self.buf, self.skip = [], [], [], 0
        self.head_tag = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.head_tag:
                self.heads.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
            cls = dict(attrs).get("class") or ""
            self.head_tag = tag if tag in ("h1", "h2", "h3") or "Box-Head" in cls else None

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
            self.head_tag = None

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def epub_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
                z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: mimetype must come first, stored")
        for i in infos:
            if i.filename.endswith((".xml", ".opf", ".ncx", ".xhtml")):
                ET.fromstring(z.read(i.filename))
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get(
            "full-path")
        opf = ET.fromstring(z.read(opf_path))
        if opf.get("version") != "3.0" or "Adobe InDesign" not in z.read(opf_path).decode("utf-8"):
            problems.append("epub: OPF is not an InDesign EPUB 3 package")
        base = opf_path.rsplit("/", 1)[0]
        items = {i.get("id"): i for i in opf.find(OPF + "manifest")}
        for i in items.values():
            if "%s/%s" % (base, i.get("href")) not in z.namelist():
                problems.append("epub: manifest item %s missing" % i.get("href"))
        if not any("nav" in (i.get("properties") or "") for i in items.values()):
            problems.append("epub: no nav document")
        p = Blocks()
        for ref in opf.find(OPF + "spine"):
            p.feed(z.read("%s/%s" % (base, items[ref.get("idref")].get("href"))).decode("utf-8"))
            p.flush()
    return p.units, p.heads


# ---------------------------------------------------------------- bear markdown
def md_inline(s):
    s = re.sub(r"\[\^\d+\]", "", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"==(.+?)==", r"\1", s)
    s = re.sub(r"~~(.+?)~~", r"\1", s)
    s = re.sub(r"(?<!\w)~(.+?)~(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(.+?)\*(?![\w*])", r"\1", s)
    return s


def md_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n") or not text.startswith("# "):
        problems.append("md: a Bear export starts with '# ' and has no final newline")
    units, heads, code = [], [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            code = not code
            continue
        if code:
            if line.strip():
                units.append(ws(line))
            continue
        m = re.match(r"^(#{1,6}) (.*)$", line)
        if m:
            t = ws(md_inline(m.group(2)))
            heads.append(t)
            units.append(t)
            continue
        if re.match(r"^\|[-| :]+\|$", line):
            continue
        if line.startswith("|"):
            units.extend(ws(md_inline(c)) for c in line.strip().strip("|").split("|") if c.strip())
            continue
        line = re.sub(r"^\[\^\d+\]: ", "", line)
        line = re.sub(r"^\s*(?:[-*+] (?:\[[ x]\] )?|\d+\. |> )", "", line)
        t = ws(md_inline(line))
        if t and t != "---":
            units.append(t)
    return units, heads


# ---------------------------------------------------------------- helpers
def norm(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = s.replace("–", "-").replace("—", "-").replace("→", "->")
    s = "".join(ch for ch in s if ord(ch) < 0x2000 or ch in "·")
    return ws(s).lower()


def head_forms(h):
    forms = {norm(h)}
    forms.add(norm(re.sub(r"^\s*\d+(\.\d+)*\.?\s+", "", h)))
    return forms


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units, heads, joined = {}, {}, {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        fn = {".pptx": pptx_units, ".epub": epub_units, ".md": md_units}[os.path.splitext(path)[1]]
        units[name], heads[name] = fn(full, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        nw = len(joined[name].split())
        print("%s: %d words, %d units, %d headings" % (path, nw, len(units[name]), len(heads[name])))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, nw))
    remake(problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        forms = set()
        for h in heads[name]:
            forms |= head_forms(h)
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
            elif not any(norm(s) in forms or head_forms(s) & forms for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        probs = []
        for name, (path, _) in DOCS.items():
            full = os.path.join(ROOT, path)
            fn = {".pptx": pptx_units, ".epub": epub_units, ".md": md_units}[os.path.splitext(path)[1]]
            u, h = fn(full, probs)
            print("=====", name, "HEADINGS:", h)
            for x in u:
                print("  |", x)
        print(probs)
        sys.exit(0)
    sys.exit(main())
