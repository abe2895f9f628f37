#!/usr/bin/python3
"""Check the heldout339 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Zotero/ZotFile annotation report (.txt, UTF-8 with BOM, CRLF): one unit per line;
  - PowerPoint handout PDF (.pdf): the Flate content streams of each page in page order, text
    shown by Tj / TJ / ' / " decoded with WinAnsi (cp1252); the current transformation matrix
    (q / Q / cm) and text matrix (Tm / Td / TD / T*) give each piece's baseline on the page, and
    one unit is one printed line: pieces on the same baseline one after the other are joined
    (with a space where neither side has one), a TJ gap wider than 200/1000 em counts as a space;
  - Kobo Markdown export (.md): one unit per non-blank line with the Markdown marks taken off
    ("#" heading marks, "> " quote marks, "**" bold and "*" italic markers; "---" rules dropped).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted (a word is a whitespace-separated token
    holding at least one letter or digit, so bullet glyphs and dashes do not count);
  - its format's marks are there (the report's BOM, CRLF lines, "Extracted Annotations (...)"
    header, citation block with URL and Accessed lines, "<Colour> highlight - Page N" labels in
    at least three colours, heading highlights, "Note:" comments, an image annotation and the
    PDF text layer's ligatures; the PDF's header and binary comment, tagged structure, PowerPoint
    producer, Calibri / Calibri-Light / ArialMT fonts, and on every page the handout header,
    the footer date, the page number, three slide frames (two on the last page) with eight note
    lines each; the Markdown's "# " title with no front matter, "## " chapters, "> " quotes,
    "— Location N, D Mon YYYY" lines, "**Note:**" lines, "---" rules and the export footer);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_zotero.py, tools/make_handout.py and tools/make_kobo.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "urban-missions-decade-annotations": ("docs/urban-missions-decade-annotations.txt", "make_zotero.py"),
    "smart-cities-mission-review-handout": ("docs/smart-cities-mission-review-handout.pdf", "make_handout.py"),
    "unfinished-cities-kobo-highlights": ("docs/unfinished-cities-kobo-highlights.md", "make_kobo.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF

OBJ_RE = re.compile(rb"(\d+) 0 obj\r?\n")


def pdf_objects(data):
    objs = {}
    for m in OBJ_RE.finditer(data):
        oid = int(m.group(1))
        start = m.end()
        end = data.index(b"endobj", start)
        body = data[start:end]
        if b"stream\r\n" in body and body.lstrip().startswith(b"<<"):
            head, _, rest = body.partition(b"stream\r\n")
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            objs[oid] = (head, rest[:length])
        else:
            objs[oid] = (body, None)
    return objs


TOKEN_RE = re.compile(rb"\s*(?:(%[^\r\n]*)|(\()|(<<)|(>>)|(<[0-9A-Fa-f\s]*>)|(\[)|(\])|(/[^\s/\[\]()<>{}%]*)"
                      rb"|([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+))")


def read_string(data, i):
    depth, out = 1, bytearray()
    while True:
        c = data[i]
        i += 1
        if c == 0x5C:
            n = data[i]
            i += 1
            if 0x30 <= n <= 0x37:
                digs = bytes([n])
                while len(digs) < 3 and 0x30 <= data[i] <= 0x37:
                    digs += bytes([data[i]])
                    i += 1
                out.append(int(digs, 8) & 0xFF)
            else:
                out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i
            out.append(c)
        else:
            out.append(c)


def tokens(data):
    i, n = 0, len(data)
    while i < n:
        m = TOKEN_RE.match(data, i)
        if not m or m.end() == i:
            i += 1
            continue
        i = m.end()
        if m.group(1):
            continue
        if m.group(2):
            s, i = read_string(data, i)
            yield ("str", s)
        elif m.group(3):
            yield ("<<", None)
        elif m.group(4):
            yield (">>", None)
        elif m.group(5):
            h = re.sub(rb"\s", b"", m.group(5)[1:-1])
            yield ("str", bytes.fromhex(h.decode()))
        elif m.group(6):
            yield ("[", None)
        elif m.group(7):
            yield ("]", None)
        elif m.group(8):
            yield ("name", m.group(8)[1:].decode("latin-1"))
        elif m.group(9):
            yield ("num", float(m.group(9)))
        else:
            yield ("op", m.group(10).decode("latin-1"))


def mul(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def page_lines(content):
    """Return the printed lines of one page's content stream."""
    lines = []
    ctm, stack = [1, 0, 0, 1, 0, 0], []
    tm = lm = [1, 0, 0, 1, 0, 0]
    leading, size = 0.0, 1.0
    operands, arr, dict_depth = [], None, 0
    last_y = None

    def show(text):
        nonlocal last_y
        m = mul(tm, ctm)
        y = round(m[5], 1)
        if lines and last_y is not None and abs(y - last_y) < 0.6:
            prev = lines[-1]
            if prev.endswith(" ") or text.startswith(" ") or not prev:
                lines[-1] = prev + text
            else:
                lines[-1] = prev + " " + text
        else:
            lines.append(text)
        last_y = y

    for kind, val in tokens(content):
        if dict_depth:
            if kind == "<<":
                dict_depth += 1
            elif kind == ">>":
                dict_depth -= 1
            continue
        if kind == "<<":
            dict_depth = 1
            continue
        if kind == "[":
            arr = []
            continue
        if kind == "]":
            operands.append(("arr", arr))
            arr = None
            continue
        if arr is not None:
            arr.append((kind, val))
            continue
        if kind != "op":
            operands.append((kind, val))
            continue
        op, args = val, operands
        operands = []
        nums = [v for k, v in args if k == "num"]
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = mul(nums[-6:], ctm)
        elif op == "BT":
            tm = lm = [1, 0, 0, 1, 0, 0]
        elif op == "Tf":
            size = nums[-1]
        elif op == "TL":
            leading = nums[-1]
        elif op == "Tm":
            tm = lm = nums[-6:]
        elif op in ("Td", "TD"):
            if op == "TD":
                leading = -nums[-1]
            lm = mul([1, 0, 0, 1, nums[-2], nums[-1]], lm)
            tm = lm
        elif op == "T*":
            lm = mul([1, 0, 0, 1, 0, -leading], lm)
            tm = lm
        elif op in ("Tj", "'", '"'):
            if op != "Tj":
                lm = mul([1, 0, 0, 1, 0, -leading], lm)
                tm = lm
            s = [v for k, v in args if k == "str"][-1]
            show(s.decode("cp1252", errors="replace"))
        elif op == "TJ":
            parts = []
            for k, v in [a for k2, a in args if k2 == "arr"][-1]:
                if k == "str":
                    parts.append(v.decode("cp1252", errors="replace"))
                elif k == "num" and v < -200:
                    parts.append(" ")
            show("".join(parts))
    return [ws(l) for l in lines if ws(l)]


def pdf_pages(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    pages_id = int(re.search(rb"/Pages (\d+) 0 R", objs[root][0]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[([^\]]*)\]", objs[pages_id][0]).group(1))]
    pages = []
    for k in kids:
        cid = int(re.search(rb"/Contents (\d+) 0 R", objs[k][0]).group(1))
        head, raw = objs[cid]
        content = zlib.decompress(raw) if b"FlateDecode" in head else raw
        pages.append((page_lines(content), content))
    return data, objs, pages


# ---------------------------------------------------------------- units

def md_unit(line):
    line = line.strip()
    if not line or re.fullmatch(r"-{3,}", line):
        return ""
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"^>\s?", "", line)
    line = line.replace("**", "")
    line = re.sub(r"^\*(.*)\*$", r"\1", line)
    return ws(line)


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [l for lines, _ in pdf_pages(full)[2] for l in lines]
    text = open(full, encoding="utf-8-sig").read()
    if path.endswith(".md"):
        return [u for u in (md_unit(l) for l in text.split("\n")) if u]
    return [ws(l) for l in re.split(r"\r?\n", text) if l.strip()]


def nwords(units):
    return sum(1 for u in units for t in u.split() if re.search(r"[^\W_]", t))


# ---------------------------------------------------------------- format marks

def check_zotero(problems):
    raw = open(os.path.join(ROOT, DOCS["urban-missions-decade-annotations"][0]), "rb").read()
    text = raw.decode("utf-8-sig")
    needs = [(raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark"),
             (b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "CRLF line endings only"),
             (re.match(r"Extracted Annotations \(\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d\d:\d\d [ap]m\)\r\n", text),
              "'Extracted Annotations (date)' header"),
             (re.search(r"^URL: https?://", text, re.M) and re.search(r"^Accessed: ", text, re.M),
              "citation block with URL and Accessed lines"),
             (len(set(re.findall(r"^(\w+) highlight - Page \d+\r$", text, re.M))) >= 3,
              "colour labels in three colours"),
             ("Yellow highlight - Page" in text and "Red highlight - Page" in text, "Yellow and Red labels"),
             (re.search(r"^Blue highlight - Page \d+\r\n\u201c\d+\. ", text, re.M), "heading highlights"),
             (len(re.findall(r"^Note: ", text, re.M)) >= 10, "'Note:' comments"),
             ("Image annotation - Page" in text, "an image annotation"),
             ("\ufb01" in text, "ligatures from the PDF text layer"),
             ("\u201c" in text and "\u201d" in text, "curly quotes")]
    for ok, what in needs:
        if not ok:
            problems.append("zotero: no %s" % what)


def check_pdf(problems):
    data, objs, pages = pdf_pages(os.path.join(ROOT, DOCS["smart-cities-mission-review-handout"][0]))
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n"), "Office PDF header"),
             (b"/StructTreeRoot" in data and b"/MarkInfo<</Marked true>>" in data, "tagged structure"),
             ("PowerPoint".encode("utf-16-be") in data.replace(b"\\000", b"\x00"), "PowerPoint producer"),
             (all(b"/BaseFont/%s/" % f in data for f in (b"Calibri", b"Calibri-Light", b"ArialMT")),
              "Calibri, Calibri-Light and ArialMT fonts"),
             (b"/Encoding/WinAnsiEncoding" in data, "WinAnsi encoding"),
             (b"<x:xmpmeta" in data, "XMP metadata")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for i, (lines, content) in enumerate(pages, 1):
        if not lines or lines[0] != "Smart Cities Mission \u2013 Review":
            problems.append("pdf: page %d has no handout header" % i)
        if not lines or lines[-1] != "22-07-2025 %d" % i:
            problems.append("pdf: page %d has no footer date and page number (%r)" % (i, lines[-1:]))
        frames = len(re.findall(rb"0.72 w\n[\d.]+ [\d.]+ 240 135 re\nS", content))
        want = 3 if i < len(pages) else frames
        if frames != want or not 1 <= frames <= 3:
            problems.append("pdf: page %d has %d slide frames" % (i, frames))
        if content.count(b" l\nS") != 8 * frames:
            problems.append("pdf: page %d has no eight note lines per slide" % i)
        if b"/Artifact <</Type/Pagination/Subtype/Header>> BDC" not in content:
            problems.append("pdf: page %d header is not a pagination artifact" % i)


def check_md(problems):
    text = open(os.path.join(ROOT, DOCS["unfinished-cities-kobo-highlights"][0]), encoding="utf-8").read()
    needs = [(text.startswith("# ") and not text.startswith("---"), "'# ' title without front matter"),
             (len(re.findall(r"^## ", text, re.M)) >= 5, "'## ' chapter headings"),
             (len(re.findall(r"^> \S", text, re.M)) >= 20, "'> ' blockquotes"),
             (len(re.findall(r"^\u2014 Location \d+, \d{1,2} [A-Z][a-z]{2} \d{4}$", text, re.M)) >= 20,
              "'\u2014 Location N, D Mon YYYY' lines"),
             (len(re.findall(r"^\*\*Note:\*\* ", text, re.M)) >= 8, "'**Note:**' lines"),
             (len(re.findall(r"^---$", text, re.M)) >= 20, "horizontal rules"),
             (re.search(r"^\*Exported with .*\*$", text, re.M), "export footer"),
             ("\u00ad" in text and "\u2011" in text, "soft hyphens and non-breaking hyphens")]
    for ok, what in needs:
        if not ok:
            problems.append("kobo: no %s" % what)


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
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    for k, u in units.items():
        n = nwords(u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_zotero(problems)
    check_pdf(problems)
    check_md(problems)
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
