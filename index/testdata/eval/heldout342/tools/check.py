#!/usr/bin/python3
"""Check the heldout342 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - class-notes PDF: the page tree is walked and every page's content streams are inflated and
    interpreted (BT/ET, Tf, Tm, Td/TD/T*, Tj/'/"/TJ, with a TJ gap under -200 read as a space);
    runs on one baseline are joined left to right into one line, rotated runs (the watermark) are
    lines of their own; WinAnsi bytes are read as cp1252. One unit per line;
  - Heptabase Markdown: one unit per line (front matter included), with the block markers
    ("#", "-", "+", "1.", ">") and the hard-break backslash taken off, backslash escapes undone,
    "**" dropped, links and images read as their labels, and table rows split into cells;
  - Hashnode HTML: one unit per block element's visible text (script, style, svg and noscript
    skipped).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    PDF's landscape pages, PowerPoint creator and iText producer, non-embedded Arial and Wingdings,
    kerned TJ arrays, Flate streams, ink paths, the watermark stream and the educator's footer on
    every page, the targets table; the card's YAML properties, card links ending ".md", the PDF card
    link, toggles, three-space nesting, escaped numbered headings, quote callouts, hard break,
    pipe table, assets image; the saved page's "saved from url" comment, charset meta, ".js.download"
    scripts, __NEXT_DATA__, the header, "min read", table of contents, post body, Hashnode callout,
    hn-table, like and comment buttons, newsletter box, tags, "Written by", comment box, footer);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_md.py and tools/make_html.py re-make the documents byte for
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
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "disinvestment-live-class-notes": ("docs/disinvestment-live-class-notes.pdf", "make_pdf.py"),
    "strategic-disinvestment-heptabase-card": ("docs/strategic-disinvestment-heptabase-card.md", "make_md.py"),
    "disinvestment-targets-hashnode-post": ("docs/disinvestment-targets-hashnode-post.html", "make_html.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "textarea", "input"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(?m)^(\d+) 0 obj\r?\n", data):
        num, start = int(m.group(1)), m.end()
        head_end = data.find(b"endobj", start)
        s = data.find(b"stream", start)
        if s != -1 and s < head_end:
            d = data[start:s]
            length = int(re.search(rb"/Length (\d+)", d).group(1))
            s += 6
            s += 2 if data[s:s + 2] == b"\r\n" else 1
            objs[num] = (d, data[s:s + length])
        else:
            objs[num] = (data[start:head_end], None)
    return objs


def refs(b):
    return [int(x) for x in re.findall(rb"(\d+) 0 R", b)]


def pdf_tokens(b):
    i, n = 0, len(b)
    delim = b"()<>[]{}/% \t\r\n\f\x00"
    while i < n:
        c = b[i]
        if c in b" \t\r\n\f\x00":
            i += 1
        elif c == 0x25:
            while i < n and b[i] not in b"\r\n":
                i += 1
        elif c == 0x28:
            depth, out, i = 1, bytearray(), i + 1
            while i < n:
                ch = b[i]
                if ch == 0x5C:
                    nx = b[i + 1]
                    esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}
                    if nx in esc:
                        out.append(esc[nx]); i += 2
                    elif 0x30 <= nx <= 0x37:
                        j = i + 1
                        while j < i + 4 and 0x30 <= b[j] <= 0x37:
                            j += 1
                        out.append(int(b[i + 1:j], 8) & 255); i = j
                    elif nx in b"\r\n":
                        i += 2
                    else:
                        out.append(nx); i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                out.append(ch)
                i += 1
            yield ("s", bytes(out))
        elif c == 0x3C:
            if b[i + 1] == 0x3C:
                yield ("o", "<<"); i += 2
            else:
                j = b.index(b">", i)
                hx = re.sub(rb"\s", b"", b[i + 1:j])
                yield ("s", bytes.fromhex((hx + b"0" * (len(hx) % 2)).decode())); i = j + 1
        elif c == 0x3E:
            yield ("o", ">>"); i += 2
        elif c in b"[]":
            yield (chr(c), None); i += 1
        elif c == 0x2F:
            j = i + 1
            while j < n and b[j] not in delim:
                j += 1
            yield ("n", b[i + 1:j].decode("latin-1")); i = j
        else:
            j = i
            while j < n and b[j] not in delim:
                j += 1
            w = b[i:j].decode("latin-1")
            try:
                yield ("#", float(w))
            except ValueError:
                yield ("o", w)
            i = j if j > i else i + 1


def pdf_runs(stream):
    runs, stack, arr = [], [], None
    tm = [1, 0, 0, 1, 0, 0]
    lm = list(tm)
    leading = 0
    for kind, val in pdf_tokens(stream):
        if kind == "[":
            arr = []
            continue
        if kind == "]":
            stack.append(arr)
            arr = None
            continue
        if arr is not None:
            arr.append(val)
            continue
        if kind != "o":
            stack.append(val)
            continue
        op = val
        if op == "BT":
            tm, lm = [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0]
        elif op == "Tm":
            tm = [float(x) for x in stack[-6:]]
            lm = list(tm)
        elif op in ("Td", "TD"):
            tx, ty = stack[-2:]
            if op == "TD":
                leading = -ty
            lm = [lm[0], lm[1], lm[2], lm[3], lm[4] + tx * lm[0] + ty * lm[2], lm[5] + tx * lm[1] + ty * lm[3]]
            tm = list(lm)
        elif op == "TL":
            leading = stack[-1]
        elif op in ("T*", "'", '"'):
            lm = [lm[0], lm[1], lm[2], lm[3], lm[4] - leading * lm[2], lm[5] - leading * lm[3]]
            tm = list(lm)
        if op in ("Tj", "'", '"'):
            runs.append((tuple(tm), stack[-1].decode("cp1252", "replace")))
        elif op == "TJ":
            txt = ""
            for item in stack[-1]:
                if isinstance(item, bytes):
                    txt += item.decode("cp1252", "replace")
                elif item < -200:
                    txt += " "
            runs.append((tuple(tm), txt))
        stack = []
    return runs


def pdf_pages(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root][0]).group(1))

    def walk(num):
        d = objs[num][0]
        if b"/Type/Pages" in d:
            out = []
            for k in refs(re.search(rb"/Kids\[([^\]]*)\]", d).group(1)):
                out += walk(k)
            return out
        return [num]

    pages = []
    for p in walk(pages_ref):
        d = objs[p][0]
        m = re.search(rb"/Contents\[([^\]]*)\]", d) or re.search(rb"/Contents (\d+ 0 R)", d)
        runs = []
        for c in refs(m.group(1)):
            head, raw = objs[c]
            runs += pdf_runs(zlib.decompress(raw) if b"FlateDecode" in head else raw)
        lines, rotated = [], []
        for t, txt in runs:
            if t[1] or t[2]:
                rotated.append(txt)
                continue
            for ln in lines:
                if abs(ln[0] - t[5]) < 1.0:
                    ln[1].append((t[4], txt))
                    break
            else:
                lines.append([t[5], [(t[4], txt)]])
        units = []
        for y, parts in sorted(lines, key=lambda l: -l[0]):
            s = ""
            for x, txt in sorted(parts, key=lambda q: q[0]):
                s = s + txt if (not s or s.endswith(" ") or txt.startswith(" ")) else s + " " + txt
            if ws(s):
                units.append(ws(s))
        units += [ws(r) for r in rotated if ws(r)]
        pages.append((d, units))
    return pages


# ---------------------------------------------------------------- Markdown
def md_units(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s == "---" or re.fullmatch(r"\|[\s\-|]+\|", s):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
        else:
            s = re.sub(r"^(#{1,6} |[-+] |\d+\. |> )", "", s)
            if s.endswith("\\") and not s.endswith("\\\\"):
                s = s[:-1]
            cells = [s]
        for c in cells:
            c = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", c)
            c = c.replace("**", "")
            c = re.sub(r"\\(.)", r"\1", c)
            if ws(c):
                out.append(ws(c))
    return out


# ---------------------------------------------------------------- HTML
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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [u for _, units in pdf_pages(full) for u in units]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ---------------------------------------------------------------- format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["disinvestment-live-class-notes"][0])
    data = open(full, "rb").read()
    pages = pdf_pages(full)
    needs = [(data.startswith(b"%PDF-1.7"), "PDF 1.7 header"),
             (b"/Creator(Microsoft\xae PowerPoint\xae for Microsoft 365)" in data, "PowerPoint creator"),
             (b"modified using iText\xae 7" in data, "iText producer"),
             (b"/BaseFont/Arial" in data and b"/BaseFont/Arial,Bold" in data and b"/FontFile" not in data,
              "non-embedded Arial TrueType fonts"),
             (b"/BaseFont/Wingdings" in data, "Wingdings sub-bullets"),
             (b"/Xi0 13 0 R" in data and b"/Xi1 15 0 R" in data, "iText watermark resources"),
             (b"/Type/Metadata/Subtype/XML" in data, "XMP metadata"),
             (len(pages) >= 15, "15 or more slides"),
             (all(b"/MediaBox[0 0 960 540]" in d for d, _ in pages), "landscape 960 x 540 pages"),
             (all(any(u.startswith("Kshitij Rathore |") for u in us) for _, us in pages), "educator footer on every page"),
             (all("unacademy" in us for _, us in pages), "watermark on every page"),
             (any("Budget target" in u and "Actual" in u for _, us in pages for u in us), "targets table")]
    objs = pdf_objects(data)
    streams = b"".join(zlib.decompress(raw) for head, raw in objs.values() if raw is not None and b"FlateDecode" in head)
    needs += [(re.search(rb"\)-?\d+\(", streams) is not None, "kerned TJ arrays"),
              (b"0.8863 0.1098 0.1098 RG" in streams, "red ink annotation paths"),
              (streams.count(b"(unacademy)Tj") == len(pages), "one watermark stream per page")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_md(problems):
    t = open(os.path.join(ROOT, DOCS["strategic-disinvestment-heptabase-card"][0]), encoding="utf-8").read()
    needs = [(t.startswith("---\ntags:\n  - "), "YAML properties"),
             (re.search(r"^Last reviewed: \d{4}-\d\d-\d\d$", t, re.M), "a date property"),
             (re.search(r"^# \S", t, re.M), "title heading"),
             (re.search(r"\[[^\]]+\.md\]\(\./[^)]+%20[^)]*\.md\)", t), "card links ending .md"),
             ("](../Card%20Library/" in t, "PDF card link"),
             (re.search(r"^\+ \S", t, re.M), "toggle lists"),
             (re.search(r"^   [-\d]", t, re.M), "three-space nesting"),
             (re.search(r"^## \d+\\\. ", t, re.M), "escaped numbered headings"),
             (re.search(r"^> \S+ \*\*", t, re.M), "emoji callouts"),
             (re.search(r"\S\\\n", t), "backslash hard break"),
             ("| --- |" in t, "pipe table"),
             ("\\~" in t, "escaped tilde"),
             ("-assets/image.png)" in t, "assets image"),
             ("\n\n- " in t and "\n- " not in t.replace("\n\n- ", ""), "blank line between list items")]
    for ok, what in needs:
        if not ok:
            problems.append("heptabase: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["disinvestment-targets-hashnode-post"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", 'charset=UTF-8', '.js.download"', 'id="__NEXT_DATA__"', "\\u003c",
                 'class="blog-header', 'id="post-content-wrapper"', 'data-node-type="callout"', 'class="hn-table"',
                 'aria-label="Like this article"', "open the comments", 'placeholder="Write a comment..."',
                 "tags_bottom_blogs", 'id="heading-'):
        if mark not in page:
            problems.append("hashnode: no %s" % mark)
    for unit in ("Table of contents", "6 min read", "Subscribe to my newsletter", "Written by", "Comments (4)",
                 "More articles", "Powered by Hashnode - Build your developer hub."):
        if unit not in units:
            problems.append("hashnode: no %r line" % unit)


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
    check_pdf(problems)
    check_md(problems)
    check_html(units["disinvestment-targets-hashnode-post"], problems)
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
