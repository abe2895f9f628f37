#!/usr/bin/python3
"""Check the heldout258 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Word 97-2003 binary (.doc): the compound file is read (header, FAT, mini FAT, directory), then
    the FIB, the Clx piece table in the 1Table stream and the text pieces in WordDocument
    (compressed cp1252 or, as here, UTF-16LE); the main document, the footnote document and the
    header document are split into paragraphs at 0x0D and into table cells at 0x07; fields are
    shown by their result (instruction text between 0x13 and 0x14 dropped) and footnote
    reference marks (0x02) and separators (0x03, 0x04) are dropped. List numbers live in the
    list tables, not in the text, so they are not part of any paragraph;
  - Telegram Desktop export (result.json): each message's text as the app shows it (a plain
    string, or the texts of the list's strings and entity objects joined), one unit per line;
  - saved web page (.htm): one unit per block element's visible text (p, h1-h6, li, td, th,
    figcaption, blockquote, cite, div, ...), scripts, styles, noscript, svg, template and
    textarea skipped, entities decoded; the article (headline, standfirst and entry content)
    is what the word count covers.
Then checks:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - 25 questions per document and 12 out-of-scope questions;
  - each accept string is ASCII, 5-12 words, lies inside one unit of its own document (for the
    page also inside one text node, so never across a link, a footnote mark or <strong>), and
    occurs exactly once across the three documents' text (ignoring case, whitespace collapsed);
  - at least one section name of each question occurs in its document's text;
  - each document has 1,300 to 1,800 words of text (the .doc: main text and footnotes; the
    export: all message text; the page: the article);
  - the .doc has the five streams Word writes, a Word 97-2003 FIB written by Word 2007/2010
    (nFib 0x00C1, nFibNew 0x0112), one uncompressed piece covering the main, footnote and
    header documents, and footnote and header PLCs that agree with the FIB's counts; the export
    is one public channel's object with a list of messages; the page ends with W3 Total Cache's
    comment and has no "saved from" comment;
  - tools/make_doc.py, tools/make_telegram.py and tools/make_htm.py re-make the three documents
    byte for byte (written to a private temporary directory, compared and removed).
Run: /usr/bin/python3 tools/check.py
"""
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
    "gs2-handout-17-river-water-disputes": ("docs/gs2-handout-17-river-water-disputes.doc",
                                            "make_doc.py"),
    "result": ("docs/result.json", "make_telegram.py"),
    "krishna-mahadayi-tribunals-scc-times": ("docs/krishna-mahadayi-tribunals-scc-times.htm",
                                             "make_htm.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(units):
    return sum(1 for u in units for t in u.split() if re.search(r"[A-Za-z0-9]", t))


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

    def read(start):
        out, seen = [], set()
        while start < 0xFFFFFFFA and start not in seen:
            seen.add(start)
            out.append(sector(start))
            start = fat[start]
        return b"".join(out)

    dirs = read(dir_start)
    entries = []
    for k in range(len(dirs) // 128):
        e = dirs[k * 128:(k + 1) * 128]
        nlen = struct.unpack_from("<H", e, 64)[0]
        entries.append((e[:max(0, nlen - 2)].decode("utf-16-le"), e[66],
                        *struct.unpack_from("<II", e, 116)))
    ministream = read(entries[0][2]) if entries[0][2] < 0xFFFFFFFA else b""
    minifat = []
    if n_mfat:
        mf = read(mfat_start)
        minifat = list(struct.unpack("<%dI" % (len(mf) // 4), mf))
    streams = {}
    for name, typ, start, size in entries[1:]:
        if typ != 2:
            continue
        if size < cutoff:
            out, s = [], start
            while s < 0xFFFFFFFA:
                out.append(ministream[s * mssz:(s + 1) * mssz])
                s = minifat[s]
            streams[name] = b"".join(out)[:size]
        else:
            streams[name] = read(start)[:size]
    return streams


def doc_parts(path, problems):
    with open(path, "rb") as f:
        streams = cfb_streams(f.read(), problems)
    for need in ("WordDocument", "1Table", "\x05SummaryInformation",
                 "\x05DocumentSummaryInformation", "\x01CompObj"):
        if need not in streams:
            problems.append("doc: stream %r missing" % need)
    word = streams["WordDocument"]
    ident, nfib = struct.unpack_from("<HH", word, 0)
    flags = struct.unpack_from("<H", word, 10)[0]
    if ident != 0xA5EC or nfib != 0x00C1 or not flags & 0x1000:
        problems.append("doc: not a Word 97-2003 FIB (wIdent %04x, nFib %04x)" % (ident, nfib))
    table = streams["1Table" if flags & 0x0200 else "0Table"]
    csw = struct.unpack_from("<H", word, 32)[0]
    pos = 34 + 2 * csw
    cslw = struct.unpack_from("<H", word, pos)[0]
    lw = struct.unpack_from("<%dI" % cslw, word, pos + 2)
    ccp_text, ccp_ftn, ccp_hdd = lw[3], lw[4], lw[5]
    pos += 2 + 4 * cslw
    n_pairs = struct.unpack_from("<H", word, pos)[0]
    pairs = struct.unpack_from("<%dI" % (2 * n_pairs), word, pos + 2)
    pos += 2 + 8 * n_pairs
    csw_new = struct.unpack_from("<H", word, pos)[0]
    nfib_new = struct.unpack_from("<H", word, pos + 2)[0] if csw_new else 0
    if n_pairs != 0xB7 or nfib_new != 0x0112:
        problems.append("doc: FIB is not the one Word 2007/2010 writes (%d pairs, nFibNew %04x)"
                        % (n_pairs, nfib_new))

    def plc(idx):
        fc, lcb = pairs[2 * idx], pairs[2 * idx + 1]
        return table[fc:fc + lcb]

    clx = plc(33)
    i = 0
    while clx[i] == 0x01:
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plcpcd = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = struct.unpack_from("<%dI" % (n + 1), plcpcd, 0)
    text = []
    for k in range(n):
        fc = struct.unpack_from("<I", plcpcd, 4 * (n + 1) + 8 * k + 2)[0]
        length = cps[k + 1] - cps[k]
        if fc & 0x40000000:
            off = (fc & 0x3FFFFFFF) // 2
            text.append(word[off:off + length].decode("cp1252"))
        else:
            text.append(word[fc:fc + 2 * length].decode("utf-16-le"))
    full = "".join(text)
    if n != 1 or fc & 0x40000000:
        problems.append("doc: expected one uncompressed (UTF-16) piece")
    if len(full) != ccp_text + ccp_ftn + ccp_hdd:
        problems.append("doc: piece table covers %d CPs, FIB says %d"
                        % (len(full), ccp_text + ccp_ftn + ccp_hdd))
    ftn_txt = plc(3)
    ftn_cps = struct.unpack("<%dI" % (len(ftn_txt) // 4), ftn_txt)
    if ftn_cps[-2] != ccp_ftn - 1:
        problems.append("doc: PlcffndTxt does not end at ccpFtn - 1")
    hdd = plc(11)
    hdd_cps = struct.unpack("<%dI" % (len(hdd) // 4), hdd)
    if len(hdd_cps) != 14 or hdd_cps[-2] != ccp_hdd - 1:
        problems.append("doc: PlcfHdd does not hold 12 stories ending at ccpHdd - 1")
    ref = plc(2)
    n_ref = (len(ref) - 4) // 6
    for cp in struct.unpack_from("<%dI" % n_ref, ref, 0):
        if full[cp] != "\x02":
            problems.append("doc: footnote reference at CP %d is not 0x02" % cp)
    return (full[:ccp_text], full[ccp_text:ccp_text + ccp_ftn],
            full[ccp_text + ccp_ftn:ccp_text + ccp_ftn + ccp_hdd])


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
    main, ftn, hdd = doc_parts(path, problems)
    units, body = [], []
    for part, counted in ((main, True), (ftn, True), (hdd, False)):
        shown = re.sub(r"[\x02\x03\x04]", "", fields_shown(part))
        for piece in re.split(r"[\r\x07\x0b\x0c]", shown):
            u = ws(piece)
            if u:
                units.append(u)
                if counted:
                    body.append(u)
    return units, units, body


# ---------------------------------------------------------------- Telegram export (result.json)

def shown_text(text):
    if isinstance(text, str):
        return text
    return "".join(p if isinstance(p, str) else p["text"] for p in text)


def telegram_units(path, problems):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    if raw.endswith("\n"):
        problems.append("result.json: Telegram Desktop writes no newline at the end")
    if not (isinstance(data, dict) and data.get("type") == "public_channel"
            and isinstance(data.get("messages"), list)):
        problems.append("result.json: not a public channel's export with a messages list")
        return [], [], []
    units = []
    for m in data["messages"]:
        if "text_entities" not in m or "date_unixtime" not in m:
            problems.append("result.json: message %s lacks text_entities or date_unixtime"
                            % m.get("id"))
        shown = shown_text(m.get("text", ""))
        if shown != "".join(e["text"] for e in m.get("text_entities", [])):
            problems.append("result.json: message %s text and text_entities differ" % m.get("id"))
        for line in shown.split("\n"):
            if ws(line):
                units.append(ws(line))
    return units, units, units


# ---------------------------------------------------------------- saved page (.htm)

BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figcaption", "figure",
         "blockquote", "cite", "div", "address", "time", "td", "th", "tr", "table", "title",
         "header", "footer", "nav", "main", "article", "section", "aside", "form", "br",
         "button", "label", "span"}
SKIP = {"script", "style", "noscript", "svg", "template", "textarea"}
ARTICLE = ("entry-title", "entry-excerpt", "entry-content")


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.nodes, self.body, self.buf = [], [], [], []
        self.skip, self.stack = 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if any(c in ARTICLE for _, cls in self.stack for c in cls.split()):
                self.body.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK and tag != "span":
            self.flush()
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append((tag, dict(attrs).get("class") or ""))

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK and tag != "span":
            self.flush()
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)
            if ws(data):
                self.nodes.append(ws(data))


def htm_units(path, problems):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if "saved from url" in raw or not raw.rstrip().endswith("by W3 Total Cache\n-->"):
        problems.append("htm: not the server's HTML as Firefox saves it with HTML only")
    p = Blocks()
    p.feed(raw)
    p.close()
    p.flush()
    return p.units, p.nodes, p.body


# ---------------------------------------------------------------- checks

def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".doc"):
        return doc_units(full, problems)
    if path.endswith(".json"):
        return telegram_units(full, problems)
    return htm_units(full, problems)


def remake(problems):
    tmp = tempfile.mkdtemp()
    try:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))
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
