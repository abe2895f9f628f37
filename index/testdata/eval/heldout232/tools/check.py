#!/usr/bin/python3
"""Check the heldout232 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - WPS .pptx: every paragraph (a:p) of every slide in presentation order - placeholders,
    text boxes, and the shapes inside the grouped "smart graphics" - followed by the
    paragraphs of that slide's speaker notes (the notes body placeholder); slide-number
    fields are left out. Section names are the slide titles.
  - Joplin RAW export .md: the title line and each line of the Markdown body as Joplin
    renders it (list markers, heading hashes, **, *, == and <sub> marks dropped, links shown
    by their label, images and <img> tags dropped, backslash escapes undone); the metadata
    block at the end is not shown. Section names are the note title and the # headings.
  - AOO .odt: each text:p / text:h of content.xml (table-cell and list-item paragraphs
    included, a footnote's paragraph as its own unit, not inside its anchor paragraph) and
    the header and footer paragraphs of styles.xml. Section names are the Title paragraph
    and the text:h headings.
Then it checks: 25 questions per document with exactly the keys q, accept, section; 12
out-of-scope lines with only q; every accept string ASCII, 5-12 words, inside one unit of its
own document (whitespace collapsed) and occurring exactly once (ignoring case) across the
three documents' joined text; at least one section name of every question equal (ignoring
case and spacing) to a section name of its document; each document 1,300-1,800 words as
extracted; the packages well-formed (every XML part parses; the .odt has "mimetype" first
and stored; the .pptx's parts all have content types) and the Joplin metadata block intact;
and that tools/make_pptx.py, tools/make_md.py and tools/make_odt.py re-make the three
documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "humayun-tomb-charbagh-deck": ("docs/humayun-tomb-charbagh-deck.pptx", "make_pptx.py"),
    "taj-mahal-pietra-dura-clip": ("docs/taj-mahal-pietra-dura-clip.md", "make_md.py"),
    "fatehpur-sikri-handout": ("docs/fatehpur-sikri-handout.odt", "make_odt.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
JOPLIN_KEYS = ["id", "parent_id", "created_time", "updated_time", "is_conflict", "latitude",
               "longitude", "altitude", "author", "source_url", "is_todo", "todo_due",
               "todo_completed", "source", "source_application", "application_data", "order",
               "user_created_time", "user_updated_time", "encryption_cipher_text",
               "encryption_applied", "markup_language", "is_shared", "share_id",
               "conflict_original_id", "master_key_id", "user_data", "deleted_time", "type_"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    return ws(s).lower()


# ---------------------------------------------------------------- pptx

def rels_of(z, part):
    d, f = posixpath.split(part)
    name = posixpath.join(d, "_rels", f + ".rels")
    out = {}
    for r in ET.fromstring(z.read(name)).iter(PR + "Relationship"):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[1],
                            posixpath.normpath(posixpath.join(d, r.get("Target"))))
    return out


def a_paras(root, skip_sldnum=True):
    """Text of each a:p in document order, skipping slide-number placeholders."""
    out = []

    def walk(el, skip):
        if el.tag == P + "sp":
            ph = el.find("./%snvSpPr/%snvPr/%sph" % (P, P, P))
            skip = ph is not None and ph.get("type") in ("sldNum", "sldImg")
        if el.tag == A + "p":
            if not skip:
                parts = []
                for x in el.iter():
                    if x.tag == A + "t":
                        parts.append(x.text or "")
                    elif x.tag == A + "br":
                        parts.append("\n")
                for line in "".join(parts).split("\n"):
                    if ws(line):
                        out.append(ws(line))
            return
        for c in el:
            walk(c, skip)

    walk(root, False)
    return out


def pptx_units(full, problems):
    units, heads = [], []
    with zipfile.ZipFile(full) as z:
        names = set(z.namelist())
        ct = ET.fromstring(z.read("[Content_Types].xml"))
        over = {o.get("PartName").lstrip("/") for o in ct if o.tag.endswith("Override")}
        defaults = {d.get("Extension") for d in ct if d.tag.endswith("Default")}
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, n, e))
            ext = n.rsplit(".", 1)[-1]
            if n != "[Content_Types].xml" and n not in over and ext not in defaults:
                problems.append("%s: no content type for %s" % (full, n))
        app = z.read("docProps/app.xml").decode("utf-8")
        if "<Application>WPS Presentation</Application>" not in app:
            problems.append("%s: app.xml does not name WPS Presentation" % full)
        if "KSOProductBuildVer" not in z.read("docProps/custom.xml").decode("utf-8"):
            problems.append("%s: custom.xml lacks KSOProductBuildVer" % full)
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        prels = rels_of(z, "ppt/presentation.xml")
        for sid in pres.iter(P + "sldId"):
            slide = prels[sid.get(R + "id")][1]
            root = ET.fromstring(z.read(slide))
            for sp in root.iter(P + "sp"):
                ph = sp.find("./%snvSpPr/%snvPr/%sph" % (P, P, P))
                if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                    heads.extend(a_paras(sp))
            units.extend(a_paras(root))
            for kind, target in rels_of(z, slide).values():
                if kind == "notesSlide":
                    units.extend(a_paras(ET.fromstring(z.read(target))))
    return units, heads


# ---------------------------------------------------------------- Joplin md

ESC = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def md_render(line):
    keep = {}

    def protect(m):
        key = chr(0xE000 + len(keep))
        keep[key] = m.group(1)
        return key

    s = re.sub(r"\\([%s])" % re.escape(ESC), protect, line)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"<img\b[^>]*>", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<!\w)\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", s)
    for k, v in keep.items():
        s = s.replace(k, v)
    return html.unescape(s)


def md_units(full, problems):
    text = open(full, encoding="utf-8").read()
    lines = text.split("\n")
    meta_start = len(lines) - len(JOPLIN_KEYS)
    keys = [l.split(":", 1)[0] for l in lines[meta_start:]]
    if keys != JOPLIN_KEYS or lines[meta_start - 1] != "" or text.endswith("\n"):
        problems.append("%s: Joplin metadata block is not intact" % full)
    title, body = lines[0], lines[2:meta_start - 1]
    units, heads = [ws(title)], [ws(title)]
    for raw in body:
        line = raw.strip()
        if not line or re.fullmatch(r"(\* \* \*|---+)", line):
            continue
        m = re.match(r"^(#{1,6}) +(.*)$", line)
        if m:
            line = m.group(2)
        line = re.sub(r"^(- \[[ x]\] |[-+] |\d+\.\s+|> ?)", "", line)
        shown = ws(md_render(line))
        if m:
            heads.append(shown)
        if shown:
            units.append(shown)
    return units, heads


# ---------------------------------------------------------------- odt

def odt_para_units(p, out):
    """Text of one text:p / text:h; footnote bodies become units of their own."""
    parts, notes = [], []

    def walk(el):
        if el.tag == T + "note":
            notes.append(el)
            return
        if el.text:
            parts.append(el.text)
        for c in el:
            if c.tag == T + "s":
                parts.append(" " * int(c.get(T + "c", "1")))
            elif c.tag == T + "tab":
                parts.append("\t")
            elif c.tag == T + "line-break":
                parts.append("\n")
            else:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(p)
    for line in "".join(parts).split("\n"):
        if ws(line):
            out.append(ws(line))
    for note in notes:
        for q in note.iter():
            if q.tag in (T + "p", T + "h"):
                odt_para_units(q, out)


def odt_units(full, problems):
    units, heads = [], []
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored member" % full)
        for n in z.namelist():
            if (n.endswith(".xml") or n.endswith(".rdf")) and z.read(n):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, n, e))
        styles = ET.fromstring(z.read("styles.xml"))
        content = ET.fromstring(z.read("content.xml"))
    for part in (styles.iter(STYLE + "header"), styles.iter(STYLE + "footer")):
        for hf in part:
            for p in hf.iter(T + "p"):
                odt_para_units(p, units)
    text = content.find("./%sbody/%stext" % (OFFICE, OFFICE))

    def walk(el):
        for c in el:
            if c.tag in (T + "p", T + "h"):
                before = len(units)
                odt_para_units(c, units)
                if c.tag == T + "h" or c.get(T + "style-name") == "Title":
                    heads.extend(units[before:before + 1])
            else:
                walk(c)

    walk(text)
    return units, heads


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    if path.endswith(".md"):
        return md_units(full, problems)
    return odt_units(full, problems)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, maker) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", maker), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, maker))


def main():
    problems = []
    units, heads, joined = {}, {}, {}
    for name, (path, _) in DOCS.items():
        units[name], heads[name] = units_of(path, problems)
        joined[name] = norm(" ".join(units[name]))
        nwords = len(" ".join(units[name]).split())
        print("%s: %d words as extracted, %d units, %d section names"
              % (path, nwords, len(units[name]), len(heads[name])))
        if not 1300 <= nwords <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, nwords))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        headset = {norm(h) for h in heads[name]}
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
            elif not any(norm(s) in headset for s in sec):
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
                total = sum(j.count(norm(a)) for j in joined.values())
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
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        probs = []
        for name, (path, _) in DOCS.items():
            u, h = units_of(path, probs)
            print("=====", path, "| sections:", h)
            for x in u:
                print(x)
        print(probs)
        sys.exit(0)
    sys.exit(main())
