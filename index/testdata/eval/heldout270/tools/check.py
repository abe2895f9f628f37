#!/usr/bin/python3
"""Check the heldout270 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one
or two strings) and section (a non-empty list of strings); oos.jsonl lines hold only q. There
must be 25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII,
5-12 words long, lie inside one unit of its own document as a reader sees it, and occur exactly
once across the three documents' text (case-insensitive, whitespace collapsed):
  - Typora note (.md): one rendered block - a heading, paragraph line, list or task item,
    blockquote line, table cell, footnote, front-matter line or mermaid node label - with the
    Markdown and inline HTML taken off (** * == marks, <u>/<mark> tags, [text](url) links as
    their text, [^n] footnote marks and :emoji: shortcodes dropped, HTML comments and the
    [toc] line skipped);
  - Google Docs .docx: one paragraph, list item, table cell or table-of-contents entry of
    word/document.xml, or one paragraph of the header, footer or a footnote, read with
    zipfile and ElementTree;
  - Zoom transcript (.vtt): one cue's text line (speaker name included).
At least one of each question's section names must occur in its document's text. Each
document must hold 1,300-1,800 words of text as so extracted (the .vtt counted with and
without the speakers' names, the .docx with and without its table of contents). The .md must
look as Typora saves it (no BOM, LF, front matter with typora keys, [toc], a mermaid block,
footnotes defined); the .docx must hold a Google Docs export's parts, a table-of-contents sdt
with a TOC field and page numbers, footnotes, a header and a PAGE field; the .vtt must be
well-formed WebVTT with numbered, ordered cues; and tools/make_md.py, tools/make_docx.py and
tools/make_vtt.py must re-make the three documents byte for byte (they are run on a copy of
tools/ in a temporary directory, so docs/ is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "dpsp-part-iv-notes": ("docs/dpsp-part-iv-notes.md", "make_md.py"),
    "fundamental-duties-art-51a": ("docs/fundamental-duties-art-51a.docx", "make_docx.py"),
    "how-courts-read-dpsp-zoom": ("docs/how-courts-read-dpsp-zoom.vtt", "make_vtt.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
              "word/numbering.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml",
              "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels"]
TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
SPEAKER = re.compile(r"^([A-Z][\w.() ]*?): ")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Typora Markdown

def md_inline(s):
    s = re.sub(r"<!--.*?-->", "", s)
    s = re.sub(r"\[\^\w+\]", "", s)                       # footnote marks
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)      # links and images -> their text
    s = re.sub(r"</?(u|mark|br|span)\b[^>]*>", "", s)     # inline HTML Typora renders
    s = re.sub(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])", "", s)  # emoji shortcodes
    s = s.replace("**", "").replace("==", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return ws(s)


def md_units(text, problems):
    units = []
    lines = text.split("\n")
    i = 0
    if lines[0] == "---":
        end = lines.index("---", 1)
        units += [ws(l) for l in lines[1:end] if l.strip()]
        i = end + 1
    fence = None
    in_comment = False
    for line in lines[i:]:
        if fence is not None:
            if line.startswith("```"):
                fence = None
                continue
            if fence == "mermaid":
                node = line.strip()
                node = re.sub(r"^root\(\((.*)\)\)$", r"\1", node)
                if node and node != "mindmap":
                    units.append(ws(node))
            else:
                units.append(ws(line))
            continue
        if line.startswith("```"):
            fence = line[3:].strip()
            continue
        if in_comment or line.strip().startswith("<!--"):
            in_comment = "-->" not in line
            continue
        s = line.strip()
        if not s or s.lower() == "[toc]" or re.fullmatch(r"-{3,}", s):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            units += [md_inline(c) for c in cells if md_inline(c)]
            continue
        if re.match(r"#{1,6}\s", s):
            s = re.sub(r"^#{1,6}\s+", "", s)
        else:
            s = re.sub(r"^>\s?", "", s)
            s = re.sub(r"^(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?", "", s)
        s = re.sub(r"^\[\^\w+\]:\s*", "", s)
        t = md_inline(s)
        if t:
            units.append(t)
    if fence is not None:
        problems.append("md: unclosed code fence")
    return units


def check_md(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or not raw.endswith(b"\n") \
            or raw.endswith(b"\n\n"):
        problems.append("md: not saved as Typora saves (BOM, CR or final newline)")
    text = raw.decode("utf-8")
    if not text.startswith("---\n") or "typora-copy-images-to:" not in text.split("\n---\n")[0]:
        problems.append("md: no YAML front matter with Typora keys")
    if "\n[toc]\n" not in text or "```mermaid\n" not in text:
        problems.append("md: needs a [toc] line and a mermaid block")
    marks = set(re.findall(r"\[\^(\w+)\](?!:)", text))
    defs = set(re.findall(r"^\[\^(\w+)\]:", text, re.M))
    if marks != defs:
        problems.append("md: footnote marks and definitions differ")
    return md_units(text, problems)


# ---------------------------------------------------------------- Google Docs .docx

def docx_paragraphs(data):
    out = []
    for p in ET.fromstring(data).iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def check_docx(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in DOCX_PARTS:
            if part not in names:
                problems.append("docx: missing part %s" % part)
        if names[0] != "[Content_Types].xml":
            problems.append("docx: [Content_Types].xml is not the first entry")
        if any(n.startswith("docProps/") for n in names):
            problems.append("docx: a Google Docs export has no docProps")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                problems.append("docx: %s does not parse (%s)" % (info.filename, e))
        doc = z.read("word/document.xml").decode("utf-8")
        root = ET.fromstring(doc)
        units = docx_paragraphs(z.read("word/document.xml"))
        toc = []
        for sdt in root.iter(W + "sdt"):
            g = sdt.find(".//" + W + "docPartGallery")
            if g is not None and g.get(W + "val") == "Table of Contents":
                toc = docx_paragraphs(ET.tostring(sdt))
        if not toc or "TOC \\h" not in doc or not all(re.search(r" \d+$", t) for t in toc):
            problems.append("docx: no table of contents with page numbers")
        for style in ("Title", "Heading1", "Heading2"):
            if 'w:val="%s"' % style not in doc:
                problems.append("docx: no %s paragraph" % style)
        if "<w:tbl>" not in doc or "<w:numPr>" not in doc or "footnoteReference" not in doc:
            problems.append("docx: needs a table, lists and footnote references")
        if "PAGE" not in z.read("word/footer1.xml").decode("utf-8"):
            problems.append("docx: footer has no PAGE field")
        extra = (docx_paragraphs(z.read("word/header1.xml"))
                 + docx_paragraphs(z.read("word/footer1.xml"))
                 + docx_paragraphs(z.read("word/footnotes.xml")))
    return units + extra, toc


# ---------------------------------------------------------------- Zoom .vtt

def check_vtt(full, problems):
    raw = open(full, "rb").read()
    text = raw.decode("utf-8")
    blocks = text.rstrip("\n").split("\n\n")
    if blocks[0] != "WEBVTT":
        problems.append("vtt: must open with a bare WEBVTT line and a blank line")
    units, last, names = [], -1, 0
    for n, block in enumerate(blocks[1:], 1):
        lines = block.split("\n")
        if len(lines) != 3 or lines[0] != str(n):
            problems.append("vtt: cue %d is not number / timing / one text line" % n)
            continue
        m = TIMING.match(lines[1])
        if not m:
            problems.append("vtt: bad timing line in cue %d" % n)
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not last <= start < end:
            problems.append("vtt: cue %d out of order" % n)
        last = end
        units.append(ws(lines[2]))
        m = SPEAKER.match(lines[2])
        names += len(m.group(1).split()) if m else 0
    return units, names


# ---------------------------------------------------------------- the set

def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
            made = open(os.path.join(tmp, path), "rb").read()
            if made != open(os.path.join(ROOT, path), "rb").read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units, joined, words = {}, {}, {}
    for name, (path, _) in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".md"):
            u = check_md(full, problems)
            words[name] = [sum(len(x.split()) for x in u)]
        elif path.endswith(".docx"):
            u, toc = check_docx(full, problems)
            n = sum(len(x.split()) for x in u)
            words[name] = [n, n - sum(len(x.split()) for x in toc)]
        else:
            u, names = check_vtt(full, problems)
            n = sum(len(x.split()) for x in u)
            words[name] = [n, n - names]
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        for n in words[name]:
            if not 1300 <= n <= 1800:
                problems.append("%s: %d words of text, want 1,300-1,800" % (path, n))
    remake(problems)
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    for name, (path, _) in DOCS.items():
        print("%s: %s words" % (path, " / ".join(str(n) for n in words[name])))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
