#!/usr/bin/python3
"""Check the heldout295 evaluation set.

The documents' text is extracted as a reader sees it:
  - BibTeX (.bib): every field value of every entry, with @String macros and # concatenation
    expanded and the LaTeX decoded ({\\`e} -> e-grave, \\emph{x} -> x, ~ -> space, -- -> en dash,
    ``x'' -> curly quotes, \\& -> &, braces dropped); one unit per field; the lines of the user's
    @Comment block are units too. Bookkeeping fields (file, owner, dates, groups, ranking,
    readstatus, keywords, url) are counted for uniqueness but not for the word count.
  - LibreOffice flat XML (.fodt): one unit per text:p / text:h (title, contents entries,
    headings, body paragraphs, list items, table cells, caption), each with the footnote call
    number but without the footnote body or a comment's text; every footnote body paragraph
    and every comment (office:annotation) paragraph is a unit of its own; text deleted under
    change tracking (kept in text:tracked-changes) is left out of the units but counted for
    uniqueness; text:s, text:tab and text:line-break are read as spaces.
  - TTML (.ttml): one unit per caption cue (p), spans flattened and <br /> read as a space; the
    head metadata and the chapter divs' ttm:title are counted for uniqueness and sections only.
Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of its own document, and occur exactly once across
the three documents' text (ignoring case, whitespace collapsed). At least one section name of
every question must occur in its document. There must be 25 questions per document and 12
out-of-scope ones. Each document must hold 1,300-1,800 words of text. Finally the three make
scripts are run on a copy of tools/ and must re-make docs/ byte for byte.
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

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "pmla-case-law-bibliography": "docs/pmla-case-law-bibliography.bib",
    "fatf-mer-india-notes": "docs/fatf-mer-india-notes.fodt",
    "ed-fema-pmla-webinar": "docs/ed-fema-pmla-webinar.ttml",
}
MAKERS = ["make_bib.py", "make_fodt.py", "make_ttml.py"]
BOOKKEEPING = {"file", "owner", "creationdate", "modificationdate", "groups", "ranking",
               "readstatus", "keywords", "url", "urldate", "date", "year"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- BibTeX

ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
           "c": "\u0327", "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c"}


def delatex(s):
    import unicodedata

    def accent(m):
        mark, letter = m.group(1), m.group(2)
        letter = {"\\i": "i", "\\j": "j"}.get(letter, letter)
        return unicodedata.normalize("NFC", letter + ACCENTS[mark])

    s = re.sub(r"\{\\([`'^\"~=.uvc])\s*\{?(\\[ij]|[A-Za-z])\}?\}", accent, s)
    s = re.sub(r"\\([`'^\"~=.])\{?(\\[ij]|[A-Za-z])\}?", accent, s)
    s = re.sub(r"\\([uvc])\{(\\[ij]|[A-Za-z])\}", accent, s)
    s = re.sub(r"\\(?:emph|textit|textbf|textsc|texttt|url|mbox)\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\&", "&").replace("\\%", "%").replace("\\$", "$").replace("\\#", "#")
    s = s.replace("\\_", "_").replace("\\S", "\u00a7").replace("\\ldots", "\u2026")
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    s = s.replace("``", "\u201c").replace("''", "\u201d")
    s = s.replace("~", " ").replace("\\\\", "\n")
    s = s.replace("{", "").replace("}", "")
    return s


def bib_value(text, i, strings):
    """Parse one field value starting at text[i]; return (raw value, next index)."""
    parts = []
    while True:
        while text[i].isspace():
            i += 1
        if text[i] == "{":
            depth, j = 0, i
            while True:
                if text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            parts.append(text[i + 1:j])
            i = j + 1
        elif text[i] == '"':
            j = text.index('"', i + 1)
            parts.append(text[i + 1:j])
            i = j + 1
        else:
            m = re.match(r"[A-Za-z0-9_:-]+", text[i:])
            tok = m.group(0)
            parts.append(strings.get(tok.lower(), tok))
            i += len(tok)
        while text[i].isspace():
            i += 1
        if text[i] == "#":
            i += 1
            continue
        return "".join(parts), i


def bib_parse(full):
    text = open(full, encoding="utf-8").read()
    strings, entries, comments = {}, [], []
    for m in re.finditer(r"@(\w+)\s*\{", text):
        kind = m.group(1).lower()
        i = m.end()
        if kind == "comment":
            depth, j = 1, i
            while depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            comments.append(text[i:j - 1])
        elif kind == "string":
            name = re.match(r"\s*(\w+)\s*=", text[i:])
            val, _ = bib_value(text, i + name.end(), strings)
            strings[name.group(1).lower()] = val
        elif kind == "preamble":
            continue
        else:
            key = re.match(r"\s*([^,\s]+)\s*,", text[i:])
            i += key.end()
            fields = []
            while True:
                fm = re.match(r"\s*(\w+)\s*=\s*", text[i:])
                if not fm:
                    break
                val, i = bib_value(text, i + fm.end(), strings)
                fields.append((fm.group(1).lower(), val))
                while text[i].isspace():
                    i += 1
                if text[i] == ",":
                    i += 1
            entries.append((kind, key.group(1), fields))
    return strings, entries, comments


def bib_units(full, problems):
    strings, entries, comments = bib_parse(full)
    if len(strings) < 3 or not any("jabref-meta" in c for c in comments):
        problems.append("bib: needs @String macros and a JabRef comment block")
    units, extra, counted = [], [], []
    for c in comments:
        for line in c.split("\n"):
            if ws(line):
                units.append(ws(line))
                if "jabref-meta" not in c:
                    counted.append(ws(line))
    for kind, key, fields in entries:
        extra.append(key)
        for name, raw in fields:
            v = ws(delatex(raw)) if name not in ("file", "url") else ws(raw)
            if not v:
                continue
            units.append(v)
            if name not in BOOKKEEPING:
                counted.append(v)
    return units, extra, counted


# ---------------------------------------------------------------- ODF flat XML

O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"


def odf_text(el, skip_notes=True):
    """Shown text of a paragraph: footnote bodies and comments are left out (they are units of
    their own); the footnote call number stays."""
    parts = []

    def walk(e):
        tag = e.tag
        if tag == O + "annotation":
            pass
        elif tag == T + "note-body" and skip_notes:
            pass
        elif tag == T + "s":
            parts.append(" " * int(e.get(T + "c", "1")))
        elif tag in (T + "tab", T + "line-break"):
            parts.append(" ")
        else:
            if e.text:
                parts.append(e.text)
            for c in e:
                walk(c)
                if c.tail:
                    parts.append(c.tail)
            return
        if e.tail is not None:
            pass

    if el.text:
        parts.append(el.text)
    for c in el:
        walk(c)
        if c.tail:
            parts.append(c.tail)
    return ws("".join(parts))


def fodt_units(full, problems):
    root = ET.parse(full).getroot()
    if root.tag != O + "document" or root.get(O + "mimetype") != "application/vnd.oasis.opendocument.text":
        problems.append("fodt: not an office:document of text mimetype")
    text_el = root.find(O + "body/" + O + "text")
    units, extra, counted = [], [], []
    deleted = set()
    tc = text_el.find(T + "tracked-changes")
    if tc is not None:
        for p in tc.iter(T + "p"):
            extra.append(odf_text(p))
            deleted.add(p)
    in_note, in_ann, in_toc = set(), set(), set()
    for n in text_el.iter(T + "note-body"):
        in_note.update(n.iter(T + "p"))
    for a in text_el.iter(O + "annotation"):
        in_ann.update(a.iter(T + "p"))
    for t in text_el.iter(T + "table-of-content"):
        in_toc.update(t.iter(T + "p"))
    for p in text_el.iter():
        if p.tag not in (T + "p", T + "h") or p in deleted:
            continue
        t = odf_text(p)
        if not t:
            continue
        units.append(t)
        if p not in in_toc:
            counted.append(t)
    for need in ("note", "annotation", "tracked-changes", "list", "h"):
        ns = O if need == "annotation" else T
        if text_el.find(".//" + ns + need) is None:
            problems.append("fodt: no %s element" % need)
    if text_el.find(".//{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table") is None:
        problems.append("fodt: no table")
    meta = root.find(O + "meta")
    if meta is None or root.find(O + "font-face-decls") is None or root.find(O + "automatic-styles") is None:
        problems.append("fodt: needs office:meta, font-face-decls and automatic-styles")
    return units, extra, counted


# ---------------------------------------------------------------- TTML

TT = "{http://www.w3.org/ns/ttml}"
TTM = "{http://www.w3.org/ns/ttml#metadata}"


def ttml_units(full, problems):
    root = ET.parse(full).getroot()
    if root.tag != TT + "tt":
        problems.append("ttml: root is not tt in the TTML namespace")
    units, extra = [], []
    for el in root.iter():
        if el.tag in (TTM + "title", TTM + "desc", TTM + "copyright", TTM + "name"):
            extra.append(ws(el.text or ""))
    agents = 0
    for p in root.iter(TT + "p"):
        if not (p.get("begin") and p.get("end")):
            problems.append("ttml: cue without begin/end")
        if p.get(TTM + "agent"):
            agents += 1
        parts = []

        def walk(e):
            if e.text:
                parts.append(e.text)
            for c in e:
                if c.tag == TT + "br":
                    parts.append(" ")
                else:
                    walk(c)
                if c.tail:
                    parts.append(c.tail)
        walk(p)
        t = ws("".join(parts))
        if t:
            units.append(t)
    if not agents or root.find(".//" + TT + "styling") is None or root.find(".//" + TT + "layout") is None:
        problems.append("ttml: needs styling, layout and ttm:agent speakers")
    return units, extra, list(units)


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".bib"):
        return bib_units(full, problems)
    if path.endswith(".fodt"):
        return fodt_units(full, problems)
    return ttml_units(full, problems)


# ---------------------------------------------------------------- remake

def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script in MAKERS:
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)], check=True)
        for path in DOCS.values():
            made = open(os.path.join(tmp, path), "rb").read()
            have = open(os.path.join(ROOT, path), "rb").read()
            if made != have:
                problems.append("%s: the make script does not re-make it byte for byte" % path)
        extra = set(os.listdir(os.path.join(tmp, "docs"))) - {os.path.basename(p) for p in DOCS.values()}
        if extra:
            problems.append("make scripts wrote unexpected files: %s" % sorted(extra))


def main():
    problems = []
    units, joined, words = {}, {}, {}
    for k, v in DOCS.items():
        shown, extra, counted = units_of(v, problems)
        units[k] = shown
        joined[k] = ws(" ".join(shown + extra)).lower()
        words[k] = len(" ".join(counted).split())
        if not 1300 <= words[k] <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (v, words[k]))
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("words: " + ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
