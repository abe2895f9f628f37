#!/usr/bin/python3
"""Check the heldout278 evaluation set.

Text is extracted from each document as a reader of that format would see it:
  - TiddlyWiki .html: the tiddlers of the JSON store (<script class="tiddlywiki-tiddler-store">),
    leaving out system tiddlers ($:/...) and non-wikitext ones (the PNG); each tiddler's title
    is one unit and each line of its text another, with the wikitext markup taken off (''bold'',
    //italic//, [[links|targets]], macro calls, heading "!", list "*#;:" and quote "<<<"
    marks), and a table row split into its cells;
  - Signal chat.md (signal-export): one unit per line, without the "[date time] Sender: "
    prefix, the "> " of a quoted message, or the markdown of an attachment link;
  - Word .docx: one unit per paragraph (w:p) of word/document.xml, table cells and text-box
    paragraphs included, nested paragraphs taken on their own and the VML copy of the text box
    (mc:Fallback) skipped, with tabs as spaces; then the footnotes, header and footer.
Every line of q-*.jsonl and oos.jsonl must parse. An in-scope line has exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings). Every accept string
must be ASCII, 5-12 words long, lie inside one unit of its own document, and occur exactly
once (case-insensitive, whitespace collapsed) across the three documents' extracted text.
Some section name of each question must be a heading of its document (TiddlyWiki: a tiddler
title, a "!" heading or a ";" FAQ term; Word: the Title, Subtitle or a Heading 1/2 paragraph;
Signal: a heading line of the forwarded one-pager, the quiz line, a sender's name or a
message date), compared without case, leading numbers and with en dashes read as hyphens.
Each document must hold 1,300-1,800 words of text; each q-*.jsonl 25 questions and oos.jsonl
12 (only the key q). Finally each make script is run into a temporary directory and its
output must equal the committed document byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "upsc-wiki-champaran-1917": ("docs/upsc-wiki-champaran-1917.html", "tools/make_tiddlywiki.py"),
    "signal-upsc26-modern-history-chat": ("docs/signal-upsc26-modern-history-chat.md",
                                          "tools/make_signal.py"),
    "ahmedabad-mill-strike-question-bank": ("docs/ahmedabad-mill-strike-question-bank.docx",
                                            "tools/make_docx.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
STORE = '<script class="tiddlywiki-tiddler-store" type="application/json">'


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_head(s):
    s = ws(s.replace("\u2013", "-").replace("\u2014", "-")).lower()
    s = re.sub(r"^(q?\d+[.)]|[a-e]\))\s*", "", s)
    return s.strip(" :")


# ---------------------------------------------------------------- TiddlyWiki
def wikitext_inline(s):
    s = re.sub(r"<<.*?>>", "", s)                       # macro calls
    s = re.sub(r"\{\{.*?\}\}", "", s)                   # transclusions
    s = re.sub(r"\[img[^\]]*\[[^\]]*\]\]", "", s)       # images
    s = re.sub(r"\[\[([^\]|]*)\|[^\]]*\]\]", r"\1", s)  # [[text|target]]
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)           # [[target]]
    s = re.sub(r"<[^>]+>", "", s)                       # html tags
    for mark in ("''", "//", "__", "^^", ",,", "~~", "@@"):
        s = s.replace(mark, "")
    s = re.sub(r"~(?=[A-Z])", "", s)
    return html.unescape(s)


def tiddlywiki(full, problems):
    text = open(full, encoding="utf-8").read()
    start = text.index(STORE) + len(STORE)
    end = text.index("</script>", start)
    try:
        tiddlers = json.loads(text[start:end])
    except ValueError as e:
        problems.append("%s: store does not parse (%s)" % (full, e))
        return [], set(), 0
    units, heads, words = [], set(), 0
    for t in tiddlers:
        if t["title"].startswith("$:/") or t.get("type", "text/vnd.tiddlywiki") not in (
                "", "text/vnd.tiddlywiki"):
            continue
        units.append(ws(t["title"]))
        heads.add(norm_head(t["title"]))
        for line in t.get("text", "").split("\n"):
            line = line.strip()
            if not line:
                continue
            if line.startswith("|"):
                cells = line.strip("|").split("|")
                if cells and cells[-1] in ("h", "c", "k", "f"):
                    cells = cells[:-1]
                for c in cells:
                    c = ws(wikitext_inline(c.lstrip("!")))
                    if c:
                        units.append(c)
                        words += len(c.split())
                continue
            is_head = line.startswith("!") or line.startswith(";")
            line = re.sub(r"^(<<<|!+|[*#;:>]+)\s*", "", line)
            line = ws(wikitext_inline(line))
            if not line:
                continue
            if is_head:
                heads.add(norm_head(line))
            units.append(line)
            words += len(line.split())
    return units, heads, words


# ---------------------------------------------------------------- Signal chat.md
MSG = re.compile(r"^\[(\d{4}-\d\d-\d\d) \d\d:\d\d:\d\d\] ([^:]+): ?(.*)$")


def signal(full, problems):
    lines = open(full, encoding="utf-8").read().split("\n")
    units, heads, words = [], set(), 0
    n_msg = 0
    for line in lines:
        m = MSG.match(line)
        if m:
            n_msg += 1
            heads.add(norm_head(m.group(1)))
            heads.add(norm_head(m.group(2)))
            line = m.group(3)
        if line.startswith("> "):
            line = line[2:]
        line = re.sub(r"!?\[([^\]]*)\]\(\./media/[^)]*\)", r"\1", line)
        line = ws(line)
        if not line:
            continue
        if (re.match(r"^\d\) [A-Z&' ]+$", line) or line.endswith("- ONE PAGER")
                or line.startswith("QUIZ TIME")):
            heads.add(norm_head(line))
        units.append(line)
        if not (line.startswith("(- ") or line.startswith("(( ")):
            words += len(line.split())
    if n_msg < 20:
        problems.append("%s: only %d signal-export message lines" % (full, n_msg))
    return units, heads, words


# ---------------------------------------------------------------- Word .docx
def docx_paras(root):
    out = []

    def walk(el, buf):
        for ch in el:
            if ch.tag == MC_FALLBACK:
                continue
            if ch.tag == W + "p":
                mine = []
                walk(ch, mine)
                out.append(("".join(mine), ch))
            elif ch.tag == W + "t":
                buf.append(ch.text or "")
            elif ch.tag == W + "tab":
                buf.append("\t")
            elif ch.tag in (W + "br", W + "cr"):
                buf.append("\n")
            else:
                walk(ch, buf)

    walk(root, [])
    return out


def docx(full, problems):
    units, heads, words = [], set(), 0
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        if names[0] != "[Content_Types].xml":
            problems.append("%s: [Content_Types].xml is not the first member" % full)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("%s: %s not dated 1980-01-01" % (full, info.filename))
            try:
                ET.fromstring(z.read(info.filename))
            except ET.ParseError as e:
                problems.append("%s: %s does not parse (%s)" % (full, info.filename, e))
        doc = ET.fromstring(z.read("word/document.xml"))
        for text, p in docx_paras(doc):
            t = ws(text)
            if not t:
                continue
            units.append(t)
            words += len(t.split())
            st = p.find("%spPr/%spStyle" % (W, W))
            if st is not None and st.get(W + "val") in ("Title", "Subtitle", "Heading1",
                                                         "Heading2"):
                heads.add(norm_head(t))
        for part in ("word/footnotes.xml", "word/header1.xml", "word/footer1.xml"):
            for text, p in docx_paras(ET.fromstring(z.read(part))):
                if ws(text):
                    units.append(ws(text))
                    if part == "word/footnotes.xml":
                        words += len(ws(text).split())
    return units, heads, words


def extract(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return tiddlywiki(full, problems)
    if path.endswith(".md"):
        return signal(full, problems)
    return docx(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units, heads, joined = {}, {}, {}
    for name, (path, _) in DOCS.items():
        u, hd, words = extract(path, problems)
        units[name], heads[name] = u, hd
        joined[name] = ws(" ".join(u)).lower()
        print("%s: %d units, %d words, %d headings" % (path, len(u), words, len(hd)))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (path, words))
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
                sec = []
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
            named = [s for s in sec if norm_head(s) not in GENERIC]
            if not any(norm_head(s) in heads[name] for s in named):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
