#!/usr/bin/python3
"""Check the heldout370 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - pdfTeX PDF: the cross-reference stream and object streams are read, content streams inflated
    and interpreted (BT/ET, Tf, Td, Tm, TJ, Tj); character codes are mapped through each font's
    ToUnicode CMap (so the ligature codes give "fi", "ff", "ffi" and the OT1 quote and dash codes
    give curly quotes and en dashes), a space is put where a TJ gap is wider than 0.15 em, and
    glyphs are grouped into lines by baseline (a raised footnote mark stays on its line).  One unit
    per line: body lines, table rows, footnote lines, the running header and the page numbers;
  - WHO HTML page: one unit per block element's visible text (script, style, svg and noscript
    skipped; the hidden cookie banner counts, as its text is in the page);
  - Obsidian Markdown note: YAML front matter and %% comments %% dropped; one unit per line with the
    list, task, heading and quote/callout markers taken off ("> [!tip] Title" gives "Title"),
    **bold**, ==highlight== and *italic* marks removed, [[target|alias]] read as the alias and
    [[target]] as the target, embeds (![[...]]) and block ids (^id) dropped; table rows give one unit
    per cell.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    PDF's pdfTeX producer, PDF 1.5 object and cross-reference streams, embedded subsetted Type 1 CM
    fonts with ToUnicode CMaps, numbered sections 3.1-3.7, the booktabs table rules, footnotes with
    raised marks, the running header and centred page numbers 41-45; the HTML's cookie banner,
    breadcrumb, "Key facts" list, h2 sections, "Related" aside, language switcher, footer links and
    CRLF line ends; the note's YAML keys tags/aliases/created, callouts, wiki links with aliases,
    highlights, the drug-class table, tab-indented nested bullets and the dated "News" bullets);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_html.py and tools/make_md.py re-make the documents byte for byte
    (each is run into a temporary file, the committed file is never touched).
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
    "amr-india-policy-review-ch3": ("docs/amr-india-policy-review-ch3.pdf", "make_pdf.py"),
    "who-fact-sheet-amr-india": ("docs/who-fact-sheet-amr-india.html", "make_html.py"),
    "antimicrobial-resistance-vault-note": ("docs/antimicrobial-resistance-vault-note.md", "make_md.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------- PDF

WS = b" \t\r\n\f\x00"
DELIM = b"()<>[]{}/%"


class Name(str):
    pass


class Ref(tuple):
    pass


class PDFReader:
    """just enough of PDF 1.5 for pdfTeX output: xref streams, object streams, Flate"""

    def __init__(self, data):
        self.d = data
        self.cache = {}
        sx = data.rindex(b"startxref")
        off = int(data[sx + 9:].split()[0])
        self.xref = {}
        self.trailer = None
        self._read_xref(off)

    def _read_xref(self, off):
        d = self.d
        if d[off:off + 4] == b"xref":
            raise ValueError("classic xref tables not handled")
        obj, _ = self._parse_indirect(off)
        dic, raw = obj
        self.trailer = dic
        data = self._decode(dic, raw)
        w = dic["W"]
        idx = dic.get("Index", [0, dic["Size"]])
        p = 0
        for s, c in zip(idx[0::2], idx[1::2]):
            for k in range(s, s + c):
                f = [int.from_bytes(data[p + sum(w[:i]):p + sum(w[:i + 1])], "big") for i in range(3)]
                p += sum(w)
                if w[0] == 0:
                    f[0] = 1
                if k not in self.xref:
                    self.xref[k] = f
        if "Prev" in dic:
            self._read_xref(dic["Prev"])

    def _decode(self, dic, raw):
        flt = dic.get("Filter")
        if flt in ("FlateDecode", ["FlateDecode"]):
            return zlib.decompress(raw)
        if flt is None:
            return raw
        raise ValueError("filter %r" % flt)

    # --- tokenizer / parser
    def _skip(self, d, i):
        while i < len(d):
            c = d[i:i + 1]
            if c in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00"):
                i += 1
            elif c == b"%":
                while i < len(d) and d[i:i + 1] not in (b"\r", b"\n"):
                    i += 1
            else:
                break
        return i

    def parse(self, d, i):
        i = self._skip(d, i)
        c = d[i:i + 1]
        if c == b"<" and d[i + 1:i + 2] == b"<":
            i += 2
            res = {}
            while True:
                i = self._skip(d, i)
                if d[i:i + 2] == b">>":
                    return res, i + 2
                k, i = self.parse(d, i)
                v, i = self.parse(d, i)
                res[str(k)] = v
        if c == b"[":
            i += 1
            res = []
            while True:
                i = self._skip(d, i)
                if d[i:i + 1] == b"]":
                    return res, i + 1
                v, i = self.parse(d, i)
                res.append(v)
        if c == b"/":
            j = i + 1
            while j < len(d) and d[j:j + 1] not in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00") and d[j:j + 1] not in [bytes([x]) for x in DELIM]:
                j += 1
            return Name(d[i + 1:j].decode("latin-1")), j
        if c == b"(":
            depth = 0
            j = i
            out = bytearray()
            i += 1
            while True:
                ch = d[i]
                if ch == 0x5C:
                    n = d[i + 1]
                    if 0x30 <= n <= 0x37:
                        m = re.match(rb"[0-7]{1,3}", d[i + 1:i + 4])
                        out.append(int(m.group(0), 8) & 255)
                        i += 1 + len(m.group(0))
                        continue
                    out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
                    i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    if depth == 0:
                        return bytes(out), i + 1
                    depth -= 1
                out.append(ch)
                i += 1
        if c == b"<":
            j = d.index(b">", i)
            h = re.sub(rb"\s", b"", d[i + 1:j])
            if len(h) % 2:
                h += b"0"
            return bytes.fromhex(h.decode()), j + 1
        m = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)").match(d, i)
        if m:
            tok = m.group(0)
            j = m.end()
            if b"." not in tok:
                m2 = re.compile(rb"\s+(\d+)\s+R(?![A-Za-z])").match(d, j)
                if m2:
                    return Ref((int(tok), int(m2.group(1)))), m2.end()
                return int(tok), j
            return float(tok), j
        m = re.compile(rb"[A-Za-z]+").match(d, i)
        if m:
            w = m.group(0)
            return {b"true": True, b"false": False, b"null": None}.get(w, w), m.end()
        raise ValueError("parse error at %d: %r" % (i, d[i:i + 20]))

    def _parse_indirect(self, off):
        d = self.d
        m = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj").match(d, off)
        obj, i = self.parse(d, m.end())
        i = self._skip(d, i)
        if d[i:i + 6] == b"stream":
            i += 6
            if d[i:i + 2] == b"\r\n":
                i += 2
            elif d[i:i + 1] in (b"\n", b"\r"):
                i += 1
            L = obj["Length"]
            if isinstance(L, Ref):
                L = self.get(L)
            return (obj, d[i:i + L]), i + L
        return obj, i

    def get(self, ref):
        if isinstance(ref, Ref):
            n = ref[0]
        else:
            return ref
        if n in self.cache:
            return self.cache[n]
        t, a, b = self.xref[n]
        if t == 1:
            obj, _ = self._parse_indirect(a)
        elif t == 2:
            sdic, raw = self.get(Ref((a, 0)))
            data = self._decode(sdic, raw)
            first = sdic["First"]
            nums = data[:first].split()
            pairs = list(zip(nums[0::2], nums[1::2]))
            off = int(pairs[b][1])
            obj, _ = self.parse(data, first + off)
        else:
            obj = None
        self.cache[n] = obj
        return obj

    def pages(self):
        root = self.get(self.trailer["Root"])
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(root["Pages"])
        return out

    def stream_data(self, ref):
        dic, raw = self.get(ref)
        return self._decode(dic, raw)


def parse_cmap(data):
    m = {}
    s = data.decode("latin-1")
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", s, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange(.*?)endbfrange", s, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


def content_tokens(data):
    i = 0
    n = len(data)
    r = PDFReader.__new__(PDFReader)
    ops = []
    stack = []
    while True:
        i = r._skip(data, i)
        if i >= n:
            break
        c = data[i:i + 1]
        if c in (b"[", b"(", b"<", b"/") or re.match(rb"[+\-.\d]", c):
            if c == b"<" and data[i + 1:i + 2] != b"<":
                v, i = r.parse(data, i)
            else:
                v, i = r.parse(data, i)
            stack.append(v)
            continue
        m = re.compile(rb"[A-Za-z'\"*]+").match(data, i)
        if not m:
            i += 1
            continue
        op = m.group(0).decode()
        i = m.end()
        if op == "BI":
            j = data.index(b"EI", i)
            i = j + 2
            stack = []
            continue
        ops.append((op, stack))
        stack = []
    return ops


def page_lines(reader, page):
    """-> list of text lines (strings) in reading order for one page"""
    res = reader.get(page.get("Resources", {}))
    fonts = {}
    for nm, ref in reader.get(res.get("Font", {})).items():
        fd = reader.get(ref)
        cmap = parse_cmap(reader.stream_data(fd["ToUnicode"])) if "ToUnicode" in fd else {}
        fc = fd.get("FirstChar", 0)
        wid = reader.get(fd.get("Widths", []))
        widths = {fc + k: float(w) for k, w in enumerate(wid)}
        fonts[nm] = (cmap, widths)
    cont = page["Contents"]
    conts = cont if isinstance(cont, list) else [cont]
    data = b"".join(reader.stream_data(c) for c in conts)
    glyphs = []  # (y, x, xend, text, size)
    font, size = None, 10.0
    lx = ly = 0.0
    tm = [1, 0, 0, 1, 0, 0]
    for op, args in content_tokens(data):
        if op == "BT":
            lx = ly = 0.0
            tm = [1, 0, 0, 1, 0, 0]
        elif op == "Tf":
            font, size = fonts[str(args[0])], float(args[1])
        elif op == "Td":
            lx += float(args[0]); ly += float(args[1])
            tm = [1, 0, 0, 1, lx, ly]
        elif op == "Tm":
            tm = [float(a) for a in args]
            lx, ly = tm[4], tm[5]
        elif op in ("TJ", "Tj"):
            arr = args[0] if op == "TJ" else [args[0]]
            x = tm[4]
            for el in arr:
                if isinstance(el, (int, float)):
                    x -= el / 1000.0 * size
                    continue
                for code in el:
                    w = font[1].get(code, 0.0) / 1000.0 * size
                    glyphs.append((tm[5], x, x + w, font[0].get(code, ""), size))
                    x += w
            tm[4] = x
    # group into lines
    lines = []
    for y, x, xe, t, s in glyphs:
        if lines and abs(lines[-1]["y"] - y) < 4.5 and x >= lines[-1]["xe"] - 0.3 * s:
            L = lines[-1]
        else:
            L = {"y": y, "g": [], "xe": x}
            lines.append(L)
        L["g"].append((x, xe, t, s))
        L["xe"] = xe
    out = []
    for L in lines:
        txt = ""
        prev = None
        for x, xe, t, s in L["g"]:
            if prev is not None and x - prev > 0.15 * s:
                txt += " "
            txt += t
            prev = xe
        out.append(txt)
    return out


def pdf_lines(path):
    r = PDFReader(open(path, "rb").read())
    res = []
    for p in r.pages():
        res.extend(page_lines(r, p))
    return res


# ----------------------------------------------------------------------------- HTML

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


# ----------------------------------------------------------------------------- Markdown

def md_units(text):
    text = text.replace("\r\n", "\n")
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    text = re.sub(r"%%.*?%%", "", text, flags=re.S)
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or re.fullmatch(r"\^[\w-]+", s):
            continue
        while s.startswith(">"):
            s = s[1:].lstrip()
        m = re.match(r"\[!\w+\][+-]?\s*(.*)$", s)
        if m:
            s = m.group(1)
        if re.match(r"#{1,6}\s", s):
            s = re.sub(r"^#{1,6}\s+", "", s)
        else:
            s = re.sub(r"^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?", "", s)
        s = re.sub(r"!\[\[[^\]]*\]\]", "", s)
        s = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", s)
        s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
        s = s.replace("**", "").replace("==", "")
        s = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", s)
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            out.extend(ws(c) for c in cells if c.strip())
            continue
        s = ws(s)
        if s:
            out.append(s)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [ws(l) for l in pdf_lines(full) if ws(l)]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ----------------------------------------------------------------------------- format marks

def check_pdf(units, problems):
    path = os.path.join(ROOT, DOCS["amr-india-policy-review-ch3"][0])
    data = open(path, "rb").read()
    r = PDFReader(data)
    info = r.get(r.trailer["Info"])
    needs = [(data.startswith(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n"), "PDF 1.5 header with binary comment"),
             (info.get("Producer", b"").startswith(b"pdfTeX-"), "pdfTeX producer"),
             (b"PTEX.Fullbanner" in data, "PTEX.Fullbanner"),
             (r.trailer.get("Type") == "XRef", "cross-reference stream"),
             (b"/Type /ObjStm" in data, "object stream")]
    fonts = {}
    for p in r.pages():
        for nm, ref in r.get(p["Resources"])["Font"].items():
            fd = r.get(ref)
            fonts[str(fd["BaseFont"])] = fd
    names = sorted(fonts)
    needs.append((all(re.fullmatch(r"[A-Z]{6}\+CM[A-Z]+\d+", n) for n in names) and len(names) >= 8,
                  "subsetted Computer Modern fonts (%s)" % ", ".join(names)))
    ok = True
    for n, fd in fonts.items():
        desc = r.get(fd["FontDescriptor"])
        if fd.get("Subtype") != "Type1" or "FontFile" not in desc or "ToUnicode" not in fd or "Encoding" in fd:
            ok = False
        else:
            ff, _ = r.get(desc["FontFile"])
            if not all(k in ff for k in ("Length1", "Length2", "Length3")):
                ok = False
    needs.append((ok, "embedded Type 1 simple fonts (built-in encoding, FontFile, ToUnicode)"))
    joined = "\n".join(units)
    for k in range(1, 8):
        needs.append((re.search(r"^3\.%d [A-Z]" % k, joined, re.M) is not None, "section 3.%d" % k))
    needs.append(("Chapter 3. Antimicrobial Resistance: Surveillance, Policy and State Action" in units,
                  "running header"))
    needs.append((all(str(n) in units for n in range(41, 46)), "page numbers 41-45"))
    needs.append((b"0.797 w" in b"".join(r.stream_data(p["Contents"]) for p in r.pages()), "booktabs rules"))
    needs.append((any(re.match(r"^[1-3][A-Z]", u) for u in units), "footnote lines with marks"))
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_html(units, problems):
    raw = open(os.path.join(ROOT, DOCS["who-fact-sheet-amr-india"][0]), "rb").read()
    page = raw.decode("utf-8")
    if raw.count(b"\r\n") != raw.count(b"\n"):
        problems.append("html: not CRLF throughout")
    for mark in ('id="sfCookieConsent"', 'class="breadcrumb"', "<h3>Key facts</h3>", "<h2>",
                 'class="sf-related"', 'class="language-selector"', 'class="sf-footer"',
                 'name="Generator" content="Sitefinity'):
        if mark not in page:
            problems.append("html: no %s" % mark)
    for unit in ("Accept all cookies", "Related", "Privacy policy", "Terms of use", "Skip to main content"):
        if unit not in units:
            problems.append("html: no %r unit" % unit)


def check_md(units, problems):
    text = open(os.path.join(ROOT, DOCS["antimicrobial-resistance-vault-note"][0]), encoding="utf-8").read()
    fm = text.split("\n---\n", 1)[0]
    for key in ("tags:", "aliases:", "created:"):
        if "\n" + key not in fm:
            problems.append("md: no front matter key %s" % key)
    for mark, what in (("> [!note]", "note callout"), ("> [!tip]", "tip callout"), ("[[", "wiki links"),
                       ("==", "highlights"), ("\n\t- ", "tab-indented bullets"), ("\n\t\t- ", "second-level bullets"),
                       ("| --- |", "table"), ("## 7. News", "News section")):
        if mark not in text:
            problems.append("md: no %s" % what)
    if not re.search(r"\[\[[^\]|]+\|[^\]]+\]\]", text):
        problems.append("md: no aliased wiki link")
    if len(re.findall(r"^- \*\*20(23|24|25)-\d\d(-\d\d)?\*\*", text, re.M)) < 5:
        problems.append("md: too few dated News bullets")
    if text.endswith("\n"):
        problems.append("md: ends with a newline (Obsidian file should not)")


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
    check_pdf(units["amr-india-policy-review-ch3"], problems)
    check_html(units["who-fact-sheet-amr-india"], problems)
    check_md(units["antimicrobial-resistance-vault-note"], problems)
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
