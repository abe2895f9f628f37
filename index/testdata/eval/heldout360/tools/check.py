#!/usr/bin/python3
"""Check the heldout360 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Chrome-printed .pdf: the page objects in /Kids order, each content stream inflated and read
    for Tf, Tm and hex Tj operators, glyph ids turned into text through the font's ToUnicode
    CMap and measured with its /W widths; runs on one baseline are joined in x order (a space
    where the gap is over 0.15 em), and one unit per line, a gap of over 3 em (Chrome's header
    and footer) starting a new unit;
  - Thread Reader App .html: one unit per block element's visible text (script, style and svg
    skipped; <br> counts as a break, so a tweet's paragraphs are units of their own);
  - Google Docs .txt: one unit per line (byte-order mark dropped, CRLF line ends).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's Skia producer and Chrome creator, Type0 / CIDFontType2 Identity-H fonts with
    embedded FontFile2 subsets and ToUnicode CMaps, the structure tree with marked content,
    header and footer artifacts, the print date on every page, "n/m" page numbers and the URL in
    every footer, link annotations, the "Case Title:" and "Citation:" lines and block quotes;
    the Thread Reader page's numbered content-tweet divs, author card, "Read on Twitter" links,
    two "Keep Current with" boxes, "• • •", "force a refresh" and "More from @…"; the Google
    Docs export's byte-order mark, CRLF-only line ends, "●" and "   o " bullets, "Q." / "Ans."
    pairs, the dated "In news" part, the underscore rule, the footnote and the comment);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_threadreader.py and tools/make_gdoc_txt.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never
    touched).
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
    "electoral-bonds-case-report-courtscribe": ("docs/electoral-bonds-case-report-courtscribe.pdf", "make_pdf.py"),
    "electoral-funding-thread-threadreader": ("docs/electoral-funding-thread-threadreader.html",
                                              "make_threadreader.py"),
    "electoral-bonds-polity-class-notes": ("docs/electoral-bonds-polity-class-notes.txt", "make_gdoc_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "hr"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF
def pdf_objects(data):
    return {int(m.group(1)): m.group(2)
            for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj\n", data, re.S)}


def pdf_stream(objs, n):
    body = objs[n]
    i = body.index(b"stream\n") + 7
    raw = body[i:body.rindex(b"\nendstream")]
    return zlib.decompress(raw) if b"/FlateDecode" in body[:i] else raw


def pdf_font(objs, ref):
    obj = objs[ref]
    tu = int(re.search(rb"/ToUnicode (\d+) 0 R", obj).group(1))
    txt = pdf_stream(objs, tu).decode("latin-1")
    uni = {}
    for blk in re.findall(r"beginbfchar\n(.*?)endbfchar", txt, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            uni[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange\n(.*?)endbfrange", txt, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            for k in range(int(a, 16), int(b, 16) + 1):
                uni[k] = chr(int(c, 16) + k - int(a, 16))
    desc = int(re.search(rb"/DescendantFonts \[(\d+) 0 R\]", obj).group(1))
    widths = {}
    w = re.search(rb"/W \[(.*)\]", objs[desc], re.S).group(1).decode("latin-1")
    for first, arr in re.findall(r"(\d+) \[([^\]]*)\]", w):
        for k, v in enumerate(arr.split()):
            widths[int(first) + k] = float(v)
    return uni, widths


def pdf_pages(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages_ref = int(re.search(rb"/Pages (\d+) 0 R", objs[root]).group(1))
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R",
                                        re.search(rb"/Kids \[(.*?)\]", objs[pages_ref], re.S).group(1))]
    cache, pages = {}, []
    for pid in kids:
        pobj = objs[pid]
        fonts = {}
        for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", re.search(rb"/Font <<(.*?)>>", pobj, re.S).group(1)):
            ref = int(ref)
            if ref not in cache:
                cache[ref] = pdf_font(objs, ref)
            fonts[name.decode()] = cache[ref]
        content = pdf_stream(objs, int(re.search(rb"/Contents (\d+) 0 R", pobj).group(1))).decode("latin-1")
        runs, font, size, x, y = [], None, 0.0, 0.0, 0.0
        for m in re.finditer(r"/(\w+) ([\d.]+) Tf|1 0 0 -1 ([\d.-]+) ([\d.-]+) Tm|<([0-9A-Fa-f]*)> Tj", content):
            if m.group(1):
                font, size = fonts[m.group(1)], float(m.group(2))
            elif m.group(3):
                x, y = float(m.group(3)), float(m.group(4))
            else:
                h = m.group(5)
                gids = [int(h[i:i + 4], 16) for i in range(0, len(h), 4)]
                text = "".join(font[0].get(g, "") for g in gids)
                width = sum(font[1].get(g, 0) for g in gids) * size / 1000.0
                runs.append((round(y, 1), x, x + width, size, text))
        rows = {}
        for y, x0, x1, s, t in runs:
            rows.setdefault(y, []).append((x0, x1, s, t))
        units = []
        for y in sorted(rows):
            cur, end = "", None
            for x0, x1, s, t in sorted(rows[y]):
                if end is not None and x0 - end > 3 * s:
                    units.append(cur)
                    cur = ""
                elif end is not None and x0 - end > 0.15 * s:
                    cur += " "
                cur += t
                end = x1
            units.append(cur)
        pages.append([ws(u) for u in units if u.strip()])
    return pages, data, objs


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
        return [u for page in pdf_pages(full)[0] for u in page]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.lstrip("\ufeff").split("\r\n") if l.strip()]


# ---------------------------------------------------------------- format marks
def check_pdf(problems):
    path = os.path.join(ROOT, DOCS["electoral-bonds-case-report-courtscribe"][0])
    pages, data, objs = pdf_pages(path)
    raw = data.decode("latin-1")
    needs = [(data.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "PDF 1.4 header with binary comment"),
             ("/Producer (Skia/PDF m" in raw, "Skia/PDF producer"),
             ("Chrome/" in raw and "/Creator (Mozilla/5.0" in raw, "Chrome user agent as creator"),
             ("/Subtype /Type0" in raw and "/Encoding /Identity-H" in raw, "Type0 Identity-H fonts"),
             ("/Subtype /CIDFontType2" in raw and "/FontFile2" in raw, "embedded TrueType subsets"),
             (re.search(r"/BaseFont /[A-Z]{6}\+", raw) is not None, "subset tags on font names"),
             ("/ToUnicode" in raw, "ToUnicode CMaps"),
             ("/StructTreeRoot" in raw and "/MarkInfo" in raw, "structure tree"),
             ("/Subtype /Link" in raw and "/URI (" in raw, "link annotations")]
    streams = "".join(pdf_stream(objs, int(n)).decode("latin-1")
                      for n in re.findall(r"/Contents (\d+) 0 R", raw))
    needs += [("/Artifact <</Type /Pagination>> BDC" in streams, "header/footer artifacts"),
              ("/MCID" in streams and " BDC" in streams, "marked content")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    n = len(pages)
    if n < 3:
        problems.append("pdf: only %d pages" % n)
    for i, page in enumerate(pages, 1):
        if not page or not re.match(r"^\d\d/\d\d/\d\d, \d{1,2}:\d\d [AP]M$", page[0]):
            problems.append("pdf: page %d has no print date in its header" % i)
        if page[-1] != "%d/%d" % (i, n):
            problems.append("pdf: page %d has no %d/%d footer" % (i, i, n))
        if not any(u.startswith("https://www.courtscribe.in/") for u in page[-3:]):
            problems.append("pdf: page %d has no URL in its footer" % i)
    allu = [u for p in pages for u in p]
    for start in ("Case Title:", "Citation:", "COURTSCRIBE", "“Information about funding",
                  "After the judgment: updates"):
        if not any(u.startswith(start) for u in allu):
            problems.append("pdf: no line starting %r" % start)


def check_thread(units, problems):
    page = open(os.path.join(ROOT, DOCS["electoral-funding-thread-threadreader"][0]), encoding="utf-8").read()
    tweets = re.findall(r'<div class="content-tweet[^"]*" id="tweet_(\d+)"[^\n]*data-tweet="(\d+)" dir="auto">\n\s*(\d+)/ ', page)
    if len(tweets) < 20 or any(int(a) != k or int(c) != k for k, (a, _b, c) in enumerate(tweets, 1)):
        problems.append("thread: tweets are not numbered content-tweet divs 1/, 2/, ...")
    for mark, what, least in (("Read on Twitter", "Read on Twitter links", 2),
                              ("Keep Current with", "Keep Current with boxes", 2),
                              ("thread-author-name", "author card", 1),
                              ("force a refresh", "force-a-refresh line", 1),
                              ("&bull; &bull; &bull;", "end-of-thread dots", 1),
                              ("More from @", "More from box", 1),
                              ("Did Thread Reader help you today?", "support box", 1),
                              ("on Thread Reader App", "site title", 1),
                              ('class="entity-hashtag"', "hashtag entities", 1),
                              ('class="entity-url"', "t.co link entities", 1)):
        if page.count(mark) < least:
            problems.append("thread: no %s" % what)
    if not any(re.search(r"\b\d+ tweets\b", u) for u in units):
        problems.append("thread: no tweet count in the author card")


def check_notes(units, problems):
    raw = open(os.path.join(ROOT, DOCS["electoral-bonds-polity-class-notes"][0]), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("notes: no byte-order mark")
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.endswith(b"\n"):
        problems.append("notes: line ends are not CRLF-only, without a final one")
    text = raw.decode("utf-8")
    for mark, what in (("\r\n● ", "first-level ● bullets"), ("\r\n   o ", "second-level o bullets"),
                       ("\r\nQ. ", "Q. lines"), ("\r\nAns. ", "Ans. lines"),
                       ("\r\nIn news (2024–25)\r\n", "In news heading"),
                       ("\r\n________________\r\n", "underscore rule"), ("\r\n[1] ", "footnote"),
                       ("\r\n[a]", "comment")):
        if mark not in text:
            problems.append("notes: no %s" % what)
    if text.count("\r\nQ. ") != text.count("\r\nAns. "):
        problems.append("notes: Q./Ans. lines do not pair up")


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
    check_thread(units["electoral-funding-thread-threadreader"], problems)
    check_notes(units["electoral-bonds-polity-class-notes"], problems)
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
