#!/usr/bin/python3
"""Check the heldout374 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word PDF: the content stream of every page (FlateDecode, inflated with zlib) is read for its
    text operators (Tf, Tm, Td, TD, T*, Tj, TJ, ', "), the WinAnsi bytes decoded as cp1252 and each
    glyph advanced by the font's Widths; text on one baseline makes a line, read left to right,
    and a line is cut into separate units where a horizontal gap of more than 9 pt opens (table
    cells, the footer's two sides, a bullet and its text, a Contents number and its entry). Page
    headers and footers are included, as a reader gets them;
  - Down To Earth .html: one unit per block element's visible text (script, style, svg and
    noscript skipped);
  - WhatsApp .txt: one unit per line (a multi-line message gives several lines).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's header, Info and XMP metadata naming Word, tagged structure, embedded subset
    TrueType fonts, outlines, Contents links and dot leaders, a table drawn with rules, bullets and
    "Page n of N" footers; the saved page's "saved from url" comment, _files links, section tag,
    headline, standfirst, byline and dates, lead image and caption, chart iframe, "Also read:"
    links, tags, newsletter form and footer; the chat's Android line stamps with U+202F before
    am/pm, system lines, <Media omitted>, a deleted message, a poll, an edited message, *bold* and
    _italic_ marks and emoji);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_dte.py and tools/make_whatsapp.py re-make the documents byte for
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
    "heat-wave-guideline-notes": ("docs/heat-wave-guideline-notes.pdf", "make_pdf.py"),
    "dte-heat-action-plans-article": ("docs/dte-heat-action-plans-article.html", "make_dte.py"),
    "whatsapp-heatwave-revision-chat": ("docs/whatsapp-heatwave-revision-chat.txt", "make_whatsapp.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "time", "iframe"}
SKIP = {"script", "style", "svg", "noscript"}
GAP = 9.0


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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


# ---------------------------------------------------------------- PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\r?\n(.*?)\r?\nendobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    return objs


def stream_of(body):
    m = re.search(rb"stream\r?\n(.*)\r?\nendstream$", body, re.S)
    raw = m.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body[:m.start()] else raw


def ref(body, key):
    m = re.search(rb"/" + key + rb" (\d+) 0 R", body)
    return int(m.group(1)) if m else None


def tokens(content):
    i, n = 0, len(content)
    while i < n:
        c = content[i:i + 1]
        if c in b" \t\r\n":
            i += 1
        elif c == b"(":
            depth, j, out = 1, i + 1, bytearray()
            while depth:
                ch = content[j:j + 1]
                if ch == b"\\":
                    nx = content[j + 1:j + 2]
                    if nx in b"01234567":
                        k = j + 1
                        while k < j + 4 and content[k:k + 1] in b"01234567":
                            k += 1
                        out.append(int(content[j + 1:k], 8) & 255)
                        j = k
                        continue
                    out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        break
                out += ch
                j += 1
            yield ("str", bytes(out))
            i = j + 1
        elif c == b"[":
            yield ("[", None)
            i += 1
        elif c == b"]":
            yield ("]", None)
            i += 1
        elif c == b"<" and content[i:i + 2] == b"<<":
            j = content.index(b">>", i)
            yield ("dict", content[i:j + 2])
            i = j + 2
        elif c == b"/":
            m = re.match(rb"/[^\s/\[\]<>()]+", content[i:])
            yield ("name", m.group(0)[1:])
            i += m.end()
        else:
            m = re.match(rb"[^\s/\[\]<>()]+", content[i:])
            w = m.group(0)
            i += m.end()
            if re.match(rb"^[-+]?(\d+\.?\d*|\.\d+)$", w):
                yield ("num", float(w))
            else:
                yield ("op", w)


def pdf_units(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1))
    pages_obj = objs[ref(objs[root], b"Pages")]
    kids = [int(x) for x in re.findall(rb"(\d+) 0 R", pages_obj.split(b"/Kids")[1].split(b"]")[0])]
    widths_cache = {}

    def font_widths(fnum):
        if fnum not in widths_cache:
            fb = objs[fnum]
            first = int(re.search(rb"/FirstChar (\d+)", fb).group(1))
            warr = objs[ref(fb, b"Widths")]
            ws_ = [float(x) for x in re.findall(rb"-?\d+\.?\d*", warr)]
            widths_cache[fnum] = (first, ws_)
        return widths_cache[fnum]

    units = []
    for pnum in kids:
        page = objs[pnum]
        fonts = {k.decode(): int(v) for k, v in
                 re.findall(rb"/(F\d+) (\d+) 0 R", page.split(b"/Font<<")[1].split(b">>")[0])}
        content = stream_of(objs[ref(page, b"Contents")])
        segs = []  # (y, x0, x1, text)
        font, size, tx, ty = None, 0, 0.0, 0.0
        lx, ly, lead = 0.0, 0.0, 0.0
        stack = []
        arr = None
        for kind, val in tokens(content):
            if kind == "[":
                arr = []
                continue
            if kind == "]":
                stack.append(("arr", arr))
                arr = None
                continue
            if arr is not None:
                arr.append((kind, val))
                continue
            if kind != "op":
                stack.append((kind, val))
                continue
            op = val
            args = [v for _, v in stack]
            stack = []

            def show(items):
                nonlocal tx
                first, wl = font_widths(fonts[font])
                x0 = tx
                text = []
                for k, v in items:
                    if k == "num":
                        if v < -200:
                            text.append(" ")
                        tx -= v / 1000.0 * size
                    elif k == "str":
                        for b in v:
                            ch = bytes([b]).decode("cp1252", "replace")
                            text.append(ch)
                            idx = b - first
                            tx += (wl[idx] if 0 <= idx < len(wl) else 500) / 1000.0 * size
                segs.append((round(ty, 1), x0, tx, "".join(text)))
            if op == b"Tf":
                font, size = args[0].decode(), args[1]
            elif op == b"Tm":
                tx, ty = args[4], args[5]
                lx, ly = tx, ty
            elif op in (b"Td", b"TD"):
                lx, ly = lx + args[0], ly + args[1]
                tx, ty = lx, ly
                if op == b"TD":
                    lead = -args[1]
            elif op == b"TL":
                lead = args[0]
            elif op == b"T*":
                ly -= lead
                tx, ty = lx, ly
            elif op == b"BT":
                tx = ty = lx = ly = 0.0
            elif op == b"Tj":
                show([("str", args[0])])
            elif op == b"TJ":
                show(args[0])
            elif op == b"'":
                ly -= lead
                tx, ty = lx, ly
                show([("str", args[0])])
        by_y = {}
        for y, x0, x1, t in segs:
            by_y.setdefault(y, []).append((x0, x1, t))
        for y in sorted(by_y, reverse=True):
            row = sorted(by_y[y])
            cur, end = "", None
            for x0, x1, t in row:
                if end is not None and x0 - end > GAP:
                    if ws(cur):
                        units.append(ws(cur))
                    cur = ""
                elif end is not None and x0 - end > 1.0 and not cur.endswith(" "):
                    cur += " "
                cur += t
                end = x1
            if ws(cur):
                units.append(ws(cur))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


# ---------------------------------------------------------------- format marks
def check_pdf(units, problems):
    data = open(os.path.join(ROOT, DOCS["heat-wave-guideline-notes"][0]), "rb").read()
    contents = b"".join(stream_of(body) for body in pdf_objects(data).values()
                        if body.startswith(b"<</Filter/FlateDecode/Length") and b"/Length1" not in body[:60])
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n"), "Word's PDF header"),
             (b"/Producer(\\376\\377\\000M\\000i\\000c\\000r\\000o\\000s\\000o\\000f\\000t" in data, "Word as Producer"),
             (b"<xmp:CreatorTool>Microsoft\xc2\xae Word for Microsoft 365</xmp:CreatorTool>" in data, "XMP metadata"),
             (b"/StructTreeRoot" in data and b"/MarkInfo<</Marked true>>" in data, "a tagged structure tree"),
             (b"/S/Table" in data and b"/S/TOCI" in data and b"/S/LBody" in data, "Table, TOC and list tags"),
             (b"/Subtype/TrueType" in data and b"/FontFile2" in data and b"+ArialMT" in data, "embedded subset TrueType fonts"),
             (b"/Type/Outlines" in data, "bookmarks"),
             (b"/Subtype/Link" in data and b"/Dest[" in data, "Contents links"),
             (b"/Artifact BMC" in contents and b"/P <</Lang (en-IN)/MCID" in contents, "marked content and artifact headers and footers"),
             (b"\r\nxref\r\n0 " in data and b"/ID[<" in data, "a cross-reference table and /ID")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    if not any(re.match(r"^Page \d+ of \d+$", u) for u in units):
        problems.append("pdf: no 'Page n of N' footers")
    if not any(re.search(r"\.{20,} \d+$", u) for u in units):
        problems.append("pdf: no dot-leader Contents entries")
    if "\u2022" not in units:
        problems.append("pdf: no bullets")
    if "Contents" not in units:
        problems.append("pdf: no Contents page")


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["dte-heat-action-plans-article"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", "_files/", 'property="og:title"', '"@type":"NewsArticle"',
                 "<iframe", "saved_resource.html", "<figcaption", "arr--tag-list", 'type="email"',
                 "<footer", "<nav", "Advertisement"):
        if mark not in page:
            problems.append("html: no %s" % mark)
    for unit in ("Climate Change", "Also read:", "Published on:", "Tags", "Subscribe to our daily newsletter"):
        if not any(u.startswith(unit) for u in units):
            problems.append("html: no %r unit" % unit)


def check_chat(problems):
    txt = open(os.path.join(ROOT, DOCS["whatsapp-heatwave-revision-chat"][0]), encoding="utf-8").read()
    stamped = re.findall(r"^\d\d/\d\d/\d\d, \d{1,2}:\d\d\u202f[ap]m - ", txt, re.M)
    if len(stamped) < 50:
        problems.append("chat: only %d stamped lines" % len(stamped))
    for mark, what in (("<Media omitted>", "media omitted"), ("This message was deleted", "deleted message"),
                       ("POLL:\n", "poll"), ("OPTION: ", "poll options"), ("<This message was edited>", "edited message"),
                       ("end-to-end encrypted", "encryption notice"), (" created group ", "group creation"),
                       ("\n1. ", "numbered lists"), ("*", "bold marks"), ("_", "italic marks"),
                       ("\U0001F525", "emoji")):
        if mark not in txt:
            problems.append("chat: no %s" % what)
    if txt.startswith("\ufeff") or "\r" in txt:
        problems.append("chat: BOM or CR present")


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
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["heat-wave-guideline-notes"], problems)
    check_html(units["dte-heat-action-plans-article"], problems)
    check_chat(problems)
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
