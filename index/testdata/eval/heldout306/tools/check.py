#!/usr/bin/python3
"""Check the heldout306 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Teams transcript .docx: every w:p of word/document.xml, split into lines at w:br (so the
    "Name   m:ss" line and the spoken text are separate lines);
  - TiddlyWiki .tid: the title field, then the WikiText body rendered line by line: pragmas
    (\\define) and comments dropped, the file's own macros expanded, core macros (<<list-links>>)
    and transclusions ({{...}}) dropped, headings (!), list and definition markers (* # ; :),
    block quotes (<<<) and the horizontal rule (---) handled, table rows split into cells (the
    "|...|c" caption row is one unit), and inline markup removed ('' // __ ~~ ^^ ,, @@...@@,
    [[text|target]] and [ext[...]] shown as their text, HTML tags dropped) with "--" and "---"
    turned into the en and em dashes TiddlyWiki prints;
  - Standard Notes decrypted backup .txt: the JSON's Note items (title, then text): the Super
    note's Lexical JSON walked into paragraphs, headings and list items; the Markdown note read
    line by line with its markers removed (#, -, >, **, *, table rows split into cells, the
    |---| rule row skipped); the plain-text note line by line; tag and smart-view titles too.
Then checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly the keys
q, accept (one or two strings) and section (a non-empty list of strings); 25 questions per
document and 12 out-of-scope ones (key q only); every accept string is ASCII, 5-12 words long,
inside one unit (line, cell, paragraph or list item) of its own document, and occurs exactly
once (case-insensitive, whitespace collapsed) across the three documents' extracted text; at
least one section name of each question occurs in its document; each document has 1,300 to
1,800 words of text; the .docx, the .tid and the backup have the parts their tools write; and
tools/make_teams_docx.py, tools/make_tid.py and tools/make_sn.py re-make the documents byte for
byte.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TEAMS = "GS4 Mentorship - Codes of Conduct-20250614_133212-Meeting Transcript"
TID = "GS4_ Emotional Intelligence (EI)"
SN = "Standard Notes Backup and Import File"
DOCS = {
    TEAMS: ("docs/%s.docx" % TEAMS, "make_teams_docx.py"),
    TID: ("docs/%s.tid" % TID, "make_tid.py"),
    SN: ("docs/%s.txt" % SN, "make_sn.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ Teams .docx

def teams_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "docProps/core.xml", "docProps/app.xml", "word/_rels/document.xml.rels"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for n in names:
            ET.fromstring(z.read(n))
        if b"<Application>Microsoft Teams</Application>" not in z.read("docProps/app.xml"):
            problems.append("docx: app.xml does not name Microsoft Teams")
        root = ET.fromstring(z.read("word/document.xml"))
    units, paras = [], []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif el.tag == W + "tab":
                parts.append("\t")
        text = "".join(parts)
        paras.append(text)
        for line in text.split("\n"):
            if ws(line):
                units.append(ws(line))
    if not re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2}[AP]M", paras[1]):
        problems.append("docx: second paragraph is not a Teams date line: %r" % paras[1])
    if not re.fullmatch(r"(\d+h )?\d+m \d+s", paras[2]):
        problems.append("docx: third paragraph is not a duration: %r" % paras[2])
    utt = [p for p in paras if "\n" in p]
    bad = [p for p in utt if not re.fullmatch(r".+ {3}\d{1,2}:\d{2}(:\d{2})?", p.split("\n")[0])]
    if not utt or bad:
        problems.append("docx: utterances must open with 'Name   m:ss' (%d bad)" % len(bad))
    if not any(p.endswith("started transcription") for p in paras):
        problems.append("docx: no 'started transcription' line")
    return units


# ------------------------------------------------------------------ TiddlyWiki .tid

def tid_split(raw):
    head, _, body = raw.partition("\n\n")
    fields = {}
    for line in head.split("\n"):
        k, _, v = line.partition(": ")
        fields[k] = v
    return fields, body


def tid_render_inline(s, macros):
    def expand(m):
        name, args = m.group(1), re.findall(r'"([^"]*)"|(\S+)', m.group(2) or "")
        if name not in macros:
            return ""
        params, body = macros[name]
        vals = [a or b for a, b in args]
        for i, p in enumerate(params):
            body = body.replace("$%s$" % p, vals[i] if i < len(vals) else "")
        return tid_render_inline(body, {})
    s = re.sub(r"<<([\w-]+)(.*?)>>", expand, s)
    s = re.sub(r"\{\{[^}]*\}\}", "", s)
    s = re.sub(r"\[img[^\]]*\[[^\]]*\]\]", "", s)
    s = re.sub(r"\[ext\[([^|\]]*)\|[^\]]*\]\]", r"\1", s)
    s = re.sub(r"\[\[([^|\]]*)\|[^\]]*\]\]", r"\1", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"</?\$?[\w.-]+(\s[^<>]*)?/?>", "", s)
    s = re.sub(r"@@(\.[\w-]+\s+|[\w-]+:[^;@]*;)?", "", s)
    s = s.replace("''", "").replace("__", "").replace("~~", "").replace("^^", "").replace(",,", "")
    s = re.sub(r"(?<!https:)(?<!http:)//", "", s)
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    return s


def tid_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    fields, body = tid_split(raw)
    for k in ("title", "type", "created", "modified", "tags"):
        if k not in fields:
            problems.append("tid: no %s field" % k)
    keys = [l.partition(": ")[0] for l in raw.partition("\n\n")[0].split("\n")]
    if keys != sorted(keys):
        problems.append("tid: header fields not in sorted order")
    if fields.get("type") != "text/vnd.tiddlywiki":
        problems.append("tid: type is not text/vnd.tiddlywiki")
    macros = {}
    for m in re.finditer(r"^\\define ([\w-]+)\(([^)]*)\) (.*)$", body, re.M):
        macros[m.group(1)] = ([p.strip() for p in m.group(2).split(",") if p.strip()], m.group(3))
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    units = [ws(fields["title"])]
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("\\define") or line == "---":
            continue
        if line.startswith("<<<"):
            line = line[3:]
        elif line.startswith("|"):
            if line.endswith("|c"):
                cells = [line[1:-2]]
            elif re.search(r"\|[hfk]$", line):
                continue
            else:
                cells = [c[1:] if c.startswith("!") else c for c in line[1:-1].split("|")]
            for c in cells:
                t = ws(tid_render_inline(c, macros))
                if t:
                    units.append(t)
            continue
        else:
            line = re.sub(r"^!{1,6}\s*", "", line)
            line = re.sub(r"^[*#;:>]+\s*", "", line)
        t = ws(tid_render_inline(line, macros))
        if t:
            units.append(t)
    return units


# ------------------------------------------------------------------ Standard Notes backup

def lexical_units(text):
    out = []

    def own_text(node):
        parts = []
        for c in node.get("children", []):
            if c.get("type") == "text":
                parts.append(c["text"])
            elif c.get("type") == "link":
                parts.append(own_text(c))
        return "".join(parts)

    def walk(node):
        t = node.get("type")
        if t in ("paragraph", "heading", "quote", "listitem"):
            s = ws(own_text(node))
            if s:
                out.append(s)
        for c in node.get("children", []):
            if c.get("type") not in ("text", "link"):
                walk(c)
    walk(json.loads(text)["root"])
    return out


def md_inline(s):
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return s


def md_units(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or re.fullmatch(r"[-|: ]+", line):
            continue
        if line.startswith("|"):
            for c in line.strip("|").split("|"):
                if ws(c):
                    out.append(ws(md_inline(c)))
            continue
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^(?:[-*+]|\d+\.|>)\s+", "", line)
        if ws(line):
            out.append(ws(md_inline(line)))
    return out


def sn_units(full, problems):
    data = json.load(open(full, encoding="utf-8"))
    if data.get("version") != "004" or not isinstance(data.get("items"), list):
        problems.append("sn: not a version 004 backup with items")
        return [], []
    kinds = {i["content_type"] for i in data["items"]}
    for k in ("Note", "Tag", "SN|Component"):
        if k not in kinds:
            problems.append("sn: no %s item" % k)
    if kinds & {"SN|ItemsKey", "SN|UserPreferences"}:
        problems.append("sn: a decrypted backup holds no items key or preferences")
    order = ["content_type", "content", "created_at_timestamp", "created_at", "deleted",
             "duplicate_of", "updated_at_timestamp", "updated_at", "uuid"]
    notes, other = [], []
    for it in data["items"]:
        if list(it) != order:
            problems.append("sn: item keys out of order in %s" % it.get("uuid"))
        c = it["content"]
        if it["content_type"] == "Note":
            notes.append(ws(c["title"]))
            if c.get("noteType") == "super":
                notes.extend(lexical_units(c["text"]))
            elif c.get("noteType") == "markdown":
                notes.extend(md_units(c["text"]))
            else:
                notes.extend(ws(l) for l in c["text"].split("\n") if ws(l))
        elif it["content_type"] in ("Tag", "SN|SmartTag"):
            other.append(ws(c["title"]))
    return notes, other


# ------------------------------------------------------------------ checks

def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name][0])
    if full.endswith(".docx"):
        u = teams_units(full, problems)
        return u, u
    if full.endswith(".tid"):
        u = tid_units(full, problems)
        return u, u
    notes, other = sn_units(full, problems)
    return notes + other, notes


def check_remake(problems):
    for name, (path, script) in DOCS.items():
        full = os.path.join(ROOT, path)
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            if open(out, "rb").read() != open(full, "rb").read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name in DOCS:
        shown, counted = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown)).lower()
        nw = len(" ".join(counted).split())
        print("%s: %d words of text, %d units" % (DOCS[name][0], nw, len(shown)))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[name][0], nw))
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
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
                    problems.append("%s: not inside one line/cell/element of its document: %r"
                                    % (where, a))
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
