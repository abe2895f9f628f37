#!/usr/bin/python3
"""Check the heldout273 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); out-of-scope lines hold only q. There are
25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII, 5-12 words
long, lie inside one unit of its own document as a reader sees it, and occur exactly once
(case-insensitive, whitespace collapsed) across the three documents' text:
  - Google Slides .pptx: one paragraph (a:p) of a slide (text boxes, placeholders, table cells,
    the sect tree's boxes) or of its speaker notes, read in slide order, the slide-number field
    shown as the slide's number;
  - calibre .epub: one block (heading, paragraph, list item, table cell, div) of the XHTML files
    in the OPF spine order (cover page, inline contents, index, the three posts), head skipped;
  - iPhone WhatsApp .txt: one line of the export with the invisible marks (U+200E, U+2068,
    U+2069) dropped and U+202F read as a space.
At least one of each question's section names must be a heading of its own document (slide
titles; h1-h4 headings and the book and post titles; the chat's whole-line *bold* titles, the
group's name, the senders' names and the dates), compared case-insensitively with curly quotes,
dashes and arrows made ASCII, other non-ASCII (emoji) dropped and a leading "1." number removed.
Each document must hold 1,300-1,800 words as extracted; the three make scripts in tools/ must
re-make the documents byte for byte; and each format is checked for its main parts (the pptx as
Google writes it, the EPUB 3 as calibre writes it, the chat's message prefixes and CRLF lines).
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "councils-and-sects-lec14": ("docs/councils-and-sects-lec14.pptx", "make_pptx.py"),
    "sthapatya-notes-stupas-chaityas-viharas": (
        "docs/sthapatya-notes-stupas-chaityas-viharas.epub", "make_epub.py"),
    "shramana-art-circle-chat": ("docs/shramana-art-circle-chat.txt", "make_whatsapp.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "blockquote", "body", "nav", "header", "footer", "main",
         "figure", "figcaption", "br", "svg"}
HEADS = {"h1", "h2", "h3", "h4"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    """A heading or section name folded for comparison."""
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2192", "->"), ("\u00b7", "-"),
                 ("\u2026", "...")):
        s = s.replace(a, b)
    s = "".join(c for c in s if ord(c) < 128)
    s = re.sub(r"^\s*\d+\.\s+", "", s)
    return ws(s).lower()


# ---------------------------------------------------------------- pptx
def rels_of(z, path):
    d, f = path.rsplit("/", 1)
    out = {}
    for r in ET.fromstring(z.read("%s/_rels/%s.rels" % (d, f))):
        if r.get("TargetMode") == "External":
            out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1], r.get("Target"))
            continue
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
        if any(n.startswith("docProps/") for n in names) or names[-1] != "[Content_Types].xml" \
                or names[-2] != "_rels/.rels":
            problems.append("pptx: not laid out as a Google Slides download")
        for i in z.infolist():
            if i.date_time != (1980, 1, 1, 0, 0, 0) or i.compress_type != zipfile.ZIP_DEFLATED:
                problems.append("pptx: %s not deflated and dated 1980-01-01" % i.filename)
        ct = z.read("[Content_Types].xml").decode("utf-8")
        for n in names:
            if n.endswith(".xml") and n != "[Content_Types].xml" and 'PartName="/%s"' % n not in ct:
                problems.append("pptx: %s has no content type" % n)
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        sz = pres.find(P + "sldSz")
        if (sz.get("cx"), sz.get("cy")) != ("9144000", "6858000"):
            problems.append("pptx: page is not 4:3")
        prels = rels_of(z, "ppt/presentation.xml")
        slides = pres.find(P + "sldIdLst")
        jumps = 0
        for num, sid in enumerate(slides, 1):
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
            has_notes = False
            for rid, (typ, tgt) in srels.items():
                if typ == "hyperlink":
                    continue
                if tgt not in names:
                    problems.append("pptx: %s points to missing %s" % (spath, tgt))
                if typ == "slide":
                    jumps += 1
                if typ == "notesSlide":
                    has_notes = True
                    nroot = ET.fromstring(z.read(tgt))
                    for sp in nroot.iter(P + "sp"):
                        ph = sp.find(".//" + P + "ph")
                        if ph is not None and ph.get("type") == "body":
                            units.extend(pptx_paras(sp, num))
            if not has_notes:
                problems.append("pptx: slide %d has no notes slide" % num)
        if jumps < 5:
            problems.append("pptx: the agenda's slide links are missing")
    return units, heads


# ---------------------------------------------------------------- epub
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.heads, self.buf, self.skip, self.head_tag = [], [], [], 0, None

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
            self.head_tag = tag if tag in HEADS else None

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
    units, heads = [], []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
                z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: mimetype must come first, stored")
        if infos[1].filename != "META-INF/" or infos[2].filename != "META-INF/container.xml":
            problems.append("epub: META-INF/ and container.xml must follow the mimetype")
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        opf_path = cont.find(".//{urn:oasis:names:tc:opendocument:xmlns:container}rootfile").get(
            "full-path")
        opf = ET.fromstring(z.read(opf_path))
        if opf.get("version") != "3.0" or "calibre" not in (opf.get("prefix") or ""):
            problems.append("epub: content.opf is not calibre's EPUB 3 package")
        title = opf.find(".//" + DC + "title").text
        heads.append(title)
        contrib = opf.find(".//" + DC + "contributor")
        if contrib is None or not contrib.text.startswith("calibre ("):
            problems.append("epub: no calibre book-producer contributor")
        manifest = {i.get("id"): i for i in opf.find(OPF + "manifest")}
        props = {i.get("properties") for i in manifest.values()}
        if "nav" not in props or "cover-image" not in props:
            problems.append("epub: nav document or cover image missing from the manifest")
        if any(i.get("href").endswith(".ncx") for i in manifest.values()):
            problems.append("epub: calibre's EPUB 3 output has no NCX")
        for item in manifest.values():
            if item.get("href") not in z.namelist():
                problems.append("epub: manifest item %s missing" % item.get("href"))
            elif item.get("media-type") == "application/xhtml+xml":
                ET.fromstring(z.read(item.get("href")))
        for ref in opf.find(OPF + "spine"):
            href = manifest[ref.get("idref")].get("href")
            p = Blocks()
            p.feed(z.read(href).decode("utf-8"))
            p.flush()
            units.extend(p.units)
            heads.extend(p.heads)
    return units, heads


# ---------------------------------------------------------------- chat
PREFIX = re.compile(r"^\u200e?\[(\d\d/\d\d/\d{4}), (\d\d:\d\d:\d\d)\] ([^:]+): ")


def chat_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        problems.append("chat: lines must end in CRLF")
    lines = text[:-2].split("\r\n")
    if not PREFIX.match(lines[0]):
        problems.append("chat: first line is not a message")
    units, heads = [], []
    for line in lines:
        shown = line.replace("\u200e", "").replace("\u2068", "").replace("\u2069", "")
        shown = shown.replace("\u202f", " ")
        m = PREFIX.match(line)
        if m:
            heads.extend([m.group(1), m.group(3).replace("\u202f", " ")])
            body = line[m.end():]
        else:
            body = line
        b = body.strip()
        if re.fullmatch(r"\*[^*]+\*( \S+)?", b):
            heads.append(b.split("*")[1])
        if ws(shown):
            units.append(ws(shown))
    return units, heads


# ---------------------------------------------------------------- main
def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    return chat_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if hashlib.sha256(a.read()).digest() != hashlib.sha256(b.read()).digest():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def read_jsonl(fn, problems):
    out = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f.read().split("\n"), 1):
            if not line.strip():
                continue
            try:
                out.append((i, json.loads(line)))
            except ValueError as e:
                problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    units, heads = {}, {}
    for name, (path, _) in DOCS.items():
        units[name], heads[name] = units_of(path, problems)
        n = len(" ".join(units[name]).split())
        print("%s: %d words, %d units, %d headings" % (path, n, len(units[name]), len(heads[name])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    nq = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        rows = read_jsonl(fn, problems)
        nq += len(rows)
        if len(rows) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(rows)))
        hset = {norm(h) for h in heads[name]}
        for i, obj in rows:
            where = "%s:%d" % (fn, i)
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                                for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(norm(s) in hset for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept item is not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                wa = ws(a).lower()
                if not any(wa in u.lower() for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(wa) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
    rows = read_jsonl("oos.jsonl", problems)
    for i, obj in rows:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(rows) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(rows))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (nq, len(rows)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for name, (path, _) in DOCS.items():
            u, h = units_of(path, [])
            with open(sys.argv[2] + "/" + name + ".units", "w", encoding="utf-8") as f:
                f.write("\n".join(u) + "\n==== HEADS\n" + "\n".join(h) + "\n")
        sys.exit(0)
    sys.exit(main())
