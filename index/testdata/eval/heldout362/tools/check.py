#!/usr/bin/python3
"""Check the heldout362 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PRS-style bill summary .pdf: the page objects in /Kids order, each content stream inflated
    and read operator by operator; one unit per BT/ET block (a line of a paragraph, a line of a
    table cell, a heading, a running head, a page number or a footnote line), Tj strings and TJ
    arrays decoded from WinAnsi (cp1252), kerning offsets dropped and superscript footnote markers
    joined to the word before them as a reader gets them;
  - WordPress 'Explained' page .html: one unit per block element's visible text (script, style
    and svg skipped; the site's menus, share bar, newsletter box, related stories and footer count,
    as their text is in the page);
  - WhatsApp notes .txt: one unit per line (CRLF line ends).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's header, A4 media box, Flate streams, Word producer, Tw/TJ/Ts operators, highlights
    box, table, running heads, page numbers and footnotes; the saved page's "saved from url"
    comment, Content-Type meta, "_files" links, WordPress generator, Yoast schema, share bar,
    newsletter form, related stories, wp-block headings, chronology list and "What next"; the
    WhatsApp paste's forwarded label, timestamped sender prefix with a narrow no-break space,
    CRLF line ends, *bold* and _italic_ marks, emoji bullets, "1."-style numbers and the News part
    with dated lines);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_wordpress.py and tools/make_whatsapp.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
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
    "waqf-amendment-bill-2024-prs-summary": ("docs/waqf-amendment-bill-2024-prs-summary.pdf", "make_pdf.py"),
    "waqf-act-supreme-court-explained": ("docs/waqf-act-supreme-court-explained.html", "make_wordpress.py"),
    "waqf-amendment-whatsapp-notes": ("docs/waqf-amendment-whatsapp-notes.txt", "make_whatsapp.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ HTML
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


# ------------------------------------------------------------------ PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    return objs


def stream_of(obj):
    m = re.search(rb"stream\r?\n(.*)\r?\nendstream", obj, re.S)
    raw = m.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in obj else raw


TOKEN = re.compile(rb"\s*(?:(\()|(<)|(\[)|(\])|(/[^\s/\[\]()<>]+)|([-+]?\d*\.?\d+)|([A-Za-z'\"*]+))")


def read_string(s, i):
    depth, out = 1, bytearray()
    while True:
        c = s[i]
        if c == 0x5C:
            n = s[i + 1]
            esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in esc:
                out.append(esc[n])
                i += 2
            elif 0x30 <= n <= 0x37:
                m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
            else:
                out.append(n)
                i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(c)
        i += 1


def content_units(s):
    units, stack, cur, in_bt, arr = [], [], [], False, None
    i = 0
    while i < len(s):
        m = TOKEN.match(s, i)
        if not m:
            i += 1
            continue
        i = m.end()
        if m.group(1):
            val, i = read_string(s, i)
            (arr if arr is not None else stack).append(("s", val))
        elif m.group(2):
            j = s.index(b">", i)
            val = bytes.fromhex(s[i:j].decode())
            i = j + 1
            (arr if arr is not None else stack).append(("s", val))
        elif m.group(3):
            arr = []
        elif m.group(4):
            stack.append(arr)
            arr = None
        elif m.group(5) or m.group(6):
            (arr if arr is not None else stack).append(m.group(0).strip())
        else:
            op = m.group(7)
            if op == b"BT":
                in_bt, cur = True, []
            elif op == b"ET":
                t = ws("".join(cur))
                if t:
                    units.append(t)
                in_bt = False
            elif op == b"Tj" and stack and isinstance(stack[-1], tuple):
                cur.append(stack[-1][1].decode("cp1252"))
            elif op == b"TJ" and stack and isinstance(stack[-1], list):
                for el in stack[-1]:
                    if isinstance(el, tuple):
                        cur.append(el[1].decode("cp1252"))
                    elif re.match(rb"^[-+]?\d*\.?\d+$", el) and float(el) < -250:
                        cur.append(" ")
            stack = []
    return units


def pdf_units(full):
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", objs[pages_ref]).group(1))]
    out, per_page = [], []
    for k in kids:
        c = int(re.search(rb"/Contents (\d+) 0 R", objs[k]).group(1))
        u = content_units(stream_of(objs[c]))
        per_page.append(u)
        out.extend(u)
    return out, per_page, data


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)[0]
    text = open(full, encoding="utf-8", newline="").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\r\n") if l.strip()]


# ------------------------------------------------------------------ format marks
def check_pdf(problems):
    units, pages, data = pdf_units(os.path.join(ROOT, DOCS["waqf-amendment-bill-2024-prs-summary"][0]))
    objs = pdf_objects(data)
    streams = b"".join(stream_of(o) for o in objs.values() if b"/FlateDecode" in o)
    needs = [(data.startswith(b"%PDF-1.7"), "a PDF 1.7 header"),
             (b"/MediaBox[ 0 0 595.32 841.92]" in data, "A4 media boxes"),
             (b"/FlateDecode" in data, "Flate-compressed content streams"),
             (b"Microsoft" in data and b"/Producer" in data, "a Word producer in the Info dictionary"),
             (b"/Subtype/XML" in data, "an XMP metadata stream"),
             (b" Tw" in streams and b"]TJ" in streams and b" Ts" in streams, "Tw, TJ and Ts operators"),
             (len(pages) >= 3, "three or more pages"),
             ("Highlights of the Bill" in units, "the highlights box"),
             (any(u.startswith("Table 1:") for u in units), "the table caption"),
             (all("Bill Summary: The Waqf (Amendment) Bill, 2024" in p for p in pages[1:]), "running heads"),
             (all(str(i + 1) in p for i, p in enumerate(pages)), "page numbers"),
             (any(re.match(r"^\d Section \d", u) for u in units), "numbered footnotes"),
             (any(u.startswith("DISCLAIMER:") for u in units), "the disclaimer")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_html(problems):
    page = open(os.path.join(ROOT, DOCS["waqf-act-supreme-court-explained"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
                 "_files/", '<meta name="generator" content="WordPress', "yoast-schema-graph",
                 "heateor_sss_sharing_container", "mc4wp-form", "st-related-posts", 'class="wp-block-heading"',
                 "st-chronology", 'id="site-navigation"', "adsbygoogle", "&nbsp;"):
        if mark not in page:
            problems.append("html: no %r" % mark)
    m = re.search(r"saved from url=\((\d{4})\)(\S+) -->", page)
    if not m or int(m.group(1)) != len(m.group(2)):
        problems.append("html: the saved-from-url length is wrong")
    if not re.search(r"<h2[^>]*>What next</h2>", page):
        problems.append("html: no 'What next' heading")


def check_txt(problems):
    raw = open(os.path.join(ROOT, DOCS["waqf-amendment-whatsapp-notes"][0]), "rb").read()
    txt = raw.decode("utf-8")
    lines = txt.split("\r\n")
    needs = [(lines[0] == "Forwarded many times", "a forwarded label on the first line"),
             (re.match(r"^\[\d\d/\d\d/\d\d, \d{1,2}:\d\d\u202f[ap]m\] [^:]+: \*", lines[1]) is not None,
              "a WhatsApp sender prefix"),
             ("\n" not in txt.replace("\r\n", ""), "CRLF line ends only"),
             (not raw.startswith(b"\xef\xbb\xbf") and not txt.endswith("\n"), "no BOM and no final newline"),
             (sum(1 for l in lines if re.match(r"^\*.+\*$", l)) >= 8, "*bold* heading lines"),
             (sum(1 for l in lines if re.match(r"^_.+_", l)) >= 2, "_italic_ lines"),
             (all(any(l.startswith(e) for l in lines) for e in ("👉", "🔹", "📅", "✅", "❌")), "emoji bullets"),
             (sum(1 for l in lines if re.match(r"^\d+\. ", l)) >= 10, "'1.'-style numbered lines"),
             ("*📰 NEWS:*" in lines, "a News part"),
             (sum(1 for l in lines if re.match(r"^📅 \d", l)) >= 10, "dated news lines")]
    for ok, what in needs:
        if not ok:
            problems.append("whatsapp: no %s" % what)


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
    check_html(problems)
    check_txt(problems)
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
