#!/usr/bin/python3
"""Check the heldout251 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Craft Markdown export (.md): one unit per line with the Markdown and Craft markup taken off
    (heading, list, task and quote markers, <callout>, <highlight>, <page>/<pageTitle>/<content>
    tags, ** and _ emphasis, backslash escapes, links and images shown as their labels) and one
    unit per pipe-table cell;
  - Word 97-2003 binary (.doc): the compound file is read (FAT, mini FAT, directory), then the FIB,
    the Clx piece table in the 1Table stream and the text pieces in WordDocument; the main
    document and the header document (headers and footers) are split into paragraphs at 0x0D and
    into table cells at 0x07, fields are shown by their result (instruction text between 0x13
    and 0x14 dropped);
  - Scroll.in page (.html): one unit per block element's visible text (p, h1-h6, li,
    figcaption, blockquote, div, address, time, td, th, title), scripts, styles, noscript and svg
    skipped, entities decoded.
Then checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - 25 questions per document and 12 out-of-scope questions;
  - each accept string is ASCII, 5-12 words, lies inside one unit of its own document (and, for
    the Markdown and the HTML, inside one source line or one text node, so it never spans markup),
    and occurs exactly once across the three documents' text (ignoring case, whitespace
    collapsed);
  - at least one section name of each question occurs in its document's text;
  - each document has 1,300 to 1,800 words of text (the .html counted over its headline,
    standfirst and article body);
  - the compound file has the streams Word writes and its FIB says Word 97-2003;
  - tools/make_md.py, tools/make_doc.py and tools/make_html.py re-make the documents byte for
    byte (written to a private temporary directory and compared).
Run: /usr/bin/python3 tools/check.py
"""
import html
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "partition-of-bengal-1905-craft": ("docs/partition-of-bengal-1905-craft.md", "make_md.py"),
    "swadeshi-boycott-class-notes": ("docs/swadeshi-boycott-class-notes.doc", "make_doc.py"),
    "vande-mataram-swadeshi-scroll": ("docs/vande-mataram-swadeshi-scroll.html", "make_html.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(units):
    return sum(1 for u in units for t in u.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- Markdown (Craft export)

def md_clean(line):
    s = line.strip()
    s = re.sub(r"^#{1,6} ", "", s)
    s = re.sub(r"^- \[[ x]\] ", "", s)
    s = re.sub(r"^(- |\d+\. |> )", "", s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\((?:craftdocs|https?)://[^)]*\)", r"\1", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w\\])_([^_]+)_(?!\w)", r"\1", s)
    s = s.replace("\\[", "[").replace("\\]", "]")
    return "" if re.fullmatch(r"-{3,}", s) else ws(s)


def md_units(path, problems):
    units, raw = [], []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip():
                continue
            raw.append(line)
            st = line.strip()
            if st.startswith("|"):
                cells = [c.strip() for c in st.strip("|").split(" | ")]
                if all(re.fullmatch(r"-+", c) for c in cells):
                    continue
                units.extend(md_clean(c) for c in cells if md_clean(c))
            else:
                if md_clean(line):
                    units.append(md_clean(line))
    return units, raw, units


# ---------------------------------------------------------------- Word 97-2003 (.doc)

def cfb_streams(data, problems):
    if data[:8] != bytes.fromhex("d0cf11e0a1b11ae1"):
        problems.append("doc: not a compound file")
        return {}
    ssz = 1 << struct.unpack_from("<H", data, 30)[0]
    mssz = 1 << struct.unpack_from("<H", data, 32)[0]
    n_fat, dir_start = struct.unpack_from("<II", data, 44)
    cutoff, mfat_start, n_mfat = struct.unpack_from("<III", data, 56)
    difat = list(struct.unpack_from("<109I", data, 76))[:n_fat]

    def sector(i):
        return data[512 + i * ssz:512 + (i + 1) * ssz]

    fat = []
    for s in difat:
        fat.extend(struct.unpack("<%dI" % (ssz // 4), sector(s)))

    def chain(start):
        out, seen = [], set()
        while start < 0xFFFFFFFA and start not in seen:
            seen.add(start)
            out.append(start)
            start = fat[start]
        return out

    def read(start):
        return b"".join(sector(s) for s in chain(start))

    dirs = read(dir_start)
    entries = []
    for k in range(len(dirs) // 128):
        e = dirs[k * 128:(k + 1) * 128]
        nlen = struct.unpack_from("<H", e, 64)[0]
        name = e[:max(0, nlen - 2)].decode("utf-16-le")
        typ = e[66]
        start, size = struct.unpack_from("<II", e, 116)
        entries.append((name, typ, start, size))
    root = entries[0]
    ministream = read(root[2]) if root[2] < 0xFFFFFFFA else b""
    minifat = []
    if n_mfat:
        mf = read(mfat_start)
        minifat = list(struct.unpack("<%dI" % (len(mf) // 4), mf))
    streams = {}
    for name, typ, start, size in entries[1:]:
        if typ != 2:
            continue
        if size < cutoff:
            out, s = b"", start
            while s < 0xFFFFFFFA:
                out += ministream[s * mssz:(s + 1) * mssz]
                s = minifat[s]
            streams[name] = out[:size]
        else:
            streams[name] = read(start)[:size]
    return streams


def doc_text(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    streams = cfb_streams(data, problems)
    for need in ("WordDocument", "1Table", "\x05SummaryInformation",
                 "\x05DocumentSummaryInformation", "\x01CompObj"):
        if need not in streams:
            problems.append("doc: stream %r missing" % need)
    word = streams["WordDocument"]
    ident, nfib = struct.unpack_from("<HH", word, 0)
    flags = struct.unpack_from("<H", word, 10)[0]
    if ident != 0xA5EC or nfib != 0x00C1:
        problems.append("doc: FIB is not a Word 97-2003 FIB (wIdent %04x, nFib %04x)" % (ident, nfib))
    table = streams["1Table" if flags & 0x0200 else "0Table"]
    csw = struct.unpack_from("<H", word, 32)[0]
    pos = 34 + 2 * csw
    cslw = struct.unpack_from("<H", word, pos)[0]
    lw = struct.unpack_from("<%dI" % cslw, word, pos + 2)
    ccp_text, ccp_ftn, ccp_hdd = lw[3], lw[4], lw[5]
    pos = pos + 2 + 4 * cslw
    n_pairs = struct.unpack_from("<H", word, pos)[0]
    pairs = struct.unpack_from("<%dI" % (2 * n_pairs), word, pos + 2)
    fc_clx, lcb_clx = pairs[66], pairs[67]
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while clx[i] == 0x01:
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from("<%dI" % (n + 1), plc, 0)
    text = []
    for k in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        length = cps[k + 1] - cps[k]
        if fc & 0x40000000:
            off = (fc & 0x3FFFFFFF) // 2
            text.append(word[off:off + length].decode("cp1252"))
        else:
            text.append(word[fc:fc + 2 * length].decode("utf-16-le"))
    full = "".join(text)
    return full[:ccp_text], full[ccp_text + ccp_ftn:ccp_text + ccp_ftn + ccp_hdd]


def fields_shown(s):
    out, stack = [], []
    for ch in s:
        if ch == "\x13":
            stack.append("code")
        elif ch == "\x14":
            if stack:
                stack[-1] = "result"
        elif ch == "\x15":
            if stack:
                stack.pop()
        elif not stack or stack[-1] == "result":
            out.append(ch)
    return "".join(out)


def doc_units(path, problems):
    main, hdd = doc_text(path, problems)
    units = []
    body = []
    for part, into in ((main, body), (hdd, None)):
        for piece in re.split(r"[\r\x07\x0b\x0c]", fields_shown(part)):
            u = ws(piece)
            if u:
                units.append(u)
                if into is not None:
                    into.append(u)
    return units, units, body


# ---------------------------------------------------------------- HTML (Scroll.in page)

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figcaption", "figure",
         "blockquote", "div", "address", "time", "td", "th", "tr", "table", "title", "header",
         "footer", "nav", "main", "article", "section", "aside", "form", "br", "button"}
SKIP = {"script", "style", "noscript", "svg", "template"}


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.nodes, self.buf, self.skip = [], [], [], 0
        self.stack = []
        self.body_units = []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if any(cls in ("article-body", "article-headline", "article-summary")
                   for _, cls in self.stack):
                self.body_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag not in ("br", "img", "meta", "link", "input"):
            self.stack.append((tag, dict(attrs).get("class") or ""))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            self.nodes.append(ws(data))


def html_units(path, problems):
    with open(path, encoding="utf-8") as f:
        p = Blocks()
        p.feed(f.read())
        p.close()
        p.flush()
    return p.units, p.nodes, p.body_units


# ---------------------------------------------------------------- checks

def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".md"):
        return md_units(full, problems)
    if path.endswith(".doc"):
        return doc_units(full, problems)
    return html_units(full, problems)


def remake(problems):
    tmp = tempfile.mkdtemp()
    try:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units, raws, bodies = {}, {}, {}
    for name, (path, _) in DOCS.items():
        units[name], raws[name], bodies[name] = units_of(path, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for name, (path, _) in DOCS.items():
        n = words(bodies[name])
        print("%s: %d words of text (%d units, %d words in all)"
              % (path, n, len(units[name]), words(units[name])))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
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
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                elif not any(a in r for r in raws[name]):
                    problems.append("%s: spans markup in %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
