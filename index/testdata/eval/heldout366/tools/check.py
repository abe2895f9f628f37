#!/usr/bin/python3
"""Check the heldout366 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PIB release printed to PDF (Chrome / Skia): the content streams are inflated and run
    through a small interpreter (q/Q/cm, BT/ET, Tf, Tm, Td, Tj, TJ); the two-byte glyph codes
    are mapped to text with each font's ToUnicode CMap and advanced with its W widths; runs
    that share a baseline on a page are sorted left to right, and a run starting more than 4 pt
    after the previous one ends opens a new unit, so one unit is one printed line of a
    paragraph, one line inside a table cell, or one header / footer item;
  - YouTube transcript .txt: one unit per line (CRLF line ends);
  - Google Keep Takeout .json: the title, one unit per line of textContent, and each label
    (textContentHtml repeats the text and is not read).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's Skia/Chrome Info, Type0 Identity-H fonts with ToUnicode, tagged structure,
    link annotations, browser header and footer on every page with "n/N" page numbers,
    PIB's "Posted On:", "Release ID" and "Visitor Counter" lines and the table header; the
    transcript's CRLF lines, chapter titles, m:ss timestamp lines each followed by a caption,
    [Music] cues, no BOM and no final newline; the Keep note's Takeout keys, microsecond
    timestamps, labels, colour, WEBLINK annotation, textContentHtml and line breaks);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_transcript.py and tools/make_keep.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --dump to print the extracted units)
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
    "pib-pm-vishwakarma-two-years": ("docs/pib-pm-vishwakarma-two-years.pdf", "make_pdf.py"),
    "pm-vishwakarma-youtube-transcript": ("docs/pm-vishwakarma-youtube-transcript.txt", "make_transcript.py"),
    "pm-vishwakarma-keep-note": ("docs/pm-vishwakarma-keep-note.json", "make_keep.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF reading

def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\n", data):
        n = int(m.group(1))
        start = m.end()
        end = data.index(b"\nendobj", start)
        body = data[start:end]
        stream = None
        si = body.find(b">> stream\n")
        if si >= 0:
            head = body[:si + 2]
            ln = int(re.search(rb"/Length (\d+)", head).group(1))
            off = start + si + len(b">> stream\n")
            stream = data[off:off + ln]
            if b"/FlateDecode" in head:
                stream = zlib.decompress(stream)
            body = head
        objs[n] = (body.decode("latin-1"), stream)
    return objs


def ref(text, key):
    m = re.search(r"/%s (\d+) 0 R" % key, text)
    return int(m.group(1)) if m else None


def parse_cmap(text):
    m = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = "".join(chr(int(b[i:i + 4], 16)) for i in range(0, len(b), 4))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                m[code] = chr(int(c, 16) + i)
    return m


def parse_w(text):
    w = {}
    m = re.search(r"/W \[(.*)\]", text, re.S)
    if not m:
        return w
    for start, arr in re.findall(r"(\d+) \[([^\]]*)\]", m.group(1)):
        for i, v in enumerate(arr.split()):
            w[int(start) + i] = float(v)
    return w


TOKEN = re.compile(rb"\s*(<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/\[\]<>()]+|[-+]?\d*\.?\d+|[A-Za-z'\"*]+)")


def mul(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def run_content(stream, fonts):
    runs = []
    ctm, stack = [1, 0, 0, 1, 0, 0], []
    tm = [1, 0, 0, 1, 0, 0]
    font, size = None, 0
    ops = []
    pos = 0
    while pos < len(stream):
        m = TOKEN.match(stream, pos)
        if not m:
            pos += 1
            continue
        pos = m.end()
        t = m.group(1)
        if re.fullmatch(rb"[A-Za-z'\"*]+", t) and t not in (b"true", b"false", b"null"):
            op = t.decode()
            args = ops
            ops = []
            if op == "q":
                stack.append(ctm[:])
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                ctm = mul([float(x) for x in args[-6:]], ctm)
            elif op == "BT":
                tm = [1, 0, 0, 1, 0, 0]
            elif op == "Tf":
                font, size = fonts.get(args[-2].decode()[1:]), float(args[-1])
            elif op == "Tm":
                tm = [float(x) for x in args[-6:]]
            elif op == "Td":
                tm = mul([1, 0, 0, 1, float(args[-2]), float(args[-1])], tm)
            elif op in ("Tj", "TJ") and font:
                cmap, widths = font
                text, adv = "", 0.0
                for a in args:
                    if a.startswith(b"<"):
                        h = re.sub(rb"\s", b"", a[1:-1]).decode()
                        for i in range(0, len(h), 4):
                            code = int(h[i:i + 4], 16)
                            text += cmap.get(code, "")
                            adv += widths.get(code, 0) / 1000.0 * size
                    elif re.fullmatch(rb"[-+]?\d*\.?\d+", a):
                        adv -= float(a) / 1000.0 * size
                m0 = mul(tm, ctm)
                x0, y0 = m0[4], m0[5]
                runs.append((round(y0, 1), x0, x0 + adv * m0[0], text))
        else:
            if t not in (b"[", b"]", b"<<", b">>"):
                ops.append(t)
    return runs


def pdf_units(path, info=None):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    cat = [n for n, (b, s) in objs.items() if "/Type /Catalog" in b][0]
    pages_ref = ref(objs[cat][0], "Pages")
    kids = [int(x) for x in re.findall(r"(\d+) 0 R", re.search(r"/Kids \[(.*?)\]", objs[pages_ref][0]).group(1))]
    units, per_page = [], []
    for k in kids:
        body = objs[k][0]
        fonts = {}
        fd = re.search(r"/Font <<(.*?)>>", body).group(1)
        for name, n in re.findall(r"/(\w+) (\d+) 0 R", fd):
            fb = objs[int(n)][0]
            cmap = parse_cmap(objs[ref(fb, "ToUnicode")][1].decode("latin-1"))
            desc = int(re.search(r"/DescendantFonts \[(\d+) 0 R\]", fb).group(1))
            fonts[name] = (cmap, parse_w(objs[desc][0]))
        runs = run_content(objs[ref(body, "Contents")][1], fonts)
        lines = {}
        for y, x0, x1, text in runs:
            lines.setdefault(y, []).append((x0, x1, text))
        page_units = []
        for y in sorted(lines, reverse=True):
            cur, last = "", None
            for x0, x1, text in sorted(lines[y]):
                if last is not None and x0 - last > 4.0:
                    page_units.append(ws(cur))
                    cur = ""
                cur += text
                last = x1
            if ws(cur):
                page_units.append(ws(cur))
        per_page.append(page_units)
        units.extend(page_units)
    if info is not None:
        info["pages"] = per_page
        info["objects"] = objs
        info["raw"] = data
    return units


# ---------------------------------------------------------------- other readers

def transcript_units(path):
    text = open(path, "rb").read().decode("utf-8")
    return [ws(l) for l in text.split("\r\n") if l.strip()]


def keep_units(path):
    note = json.load(open(path, encoding="utf-8"))
    out = [ws(note["title"])]
    out += [ws(l) for l in note["textContent"].split("\n") if l.strip()]
    out += [ws(l["name"]) for l in note.get("labels", [])]
    return out


def units_of(path, info=None):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full, info)
    if path.endswith(".json"):
        return keep_units(full)
    return transcript_units(full)


# ---------------------------------------------------------------- format marks

def check_pdf(info, problems):
    raw, objs, pages = info["raw"], info["objects"], info["pages"]
    allb = "\n".join(b for b, s in objs.values())
    needs = [(raw.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"), "PDF 1.4 header with binary comment"),
             ("/Producer (Skia/PDF m" in allb, "Skia/PDF producer"),
             ("Chrome/" in allb and "/Creator (Mozilla/5.0" in allb, "Chrome user agent as Creator"),
             ("/Subtype /Type0" in allb and "/Encoding /Identity-H" in allb, "Type0 Identity-H fonts"),
             ("/Subtype /CIDFontType2" in allb and "/FontFile2" in allb, "embedded TrueType subsets"),
             (allb.count("/ToUnicode") >= 3, "ToUnicode maps"),
             ("/StructTreeRoot" in allb and "/MarkInfo" in allb, "tagged structure"),
             ("/S /URI" in allb, "link annotations"),
             ("/Subtype /Image" in allb, "the logo image"),
             (raw.rstrip().endswith(b"%%EOF") and b"\nxref\n" in raw and b"trailer" in raw, "xref and trailer")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    n = len(pages)
    for i, pu in enumerate(pages):
        if not pu or not re.fullmatch(r"\d\d/\d\d/\d{4}, \d\d:\d\d", pu[0]):
            problems.append("pdf: page %d has no print date at its head" % (i + 1))
        if "Press Release:Press Information Bureau" not in pu[:3]:
            problems.append("pdf: page %d has no page title in its header" % (i + 1))
        if "%d/%d" % (i + 1, n) not in pu[-3:]:
            problems.append("pdf: page %d has no %d/%d footer" % (i + 1, i + 1, n))
        if not any(u.startswith("https://www.pib.gov.in/PressReleasePage.aspx?PRID=") for u in pu[-3:]):
            problems.append("pdf: page %d has no URL footer" % (i + 1))
    flat = [u for pu in pages for u in pu]
    for start in ("Posted On:", "(Release ID:", "Visitor Counter :", "Read this release in:",
                  "Ministry of Micro,Small & Medium Enterprises", "Entitlement under the Scheme",
                  "Press Information Bureau"):
        if not any(u.startswith(start) for u in flat):
            problems.append("pdf: no %r line" % start)


def check_transcript(problems):
    raw = open(os.path.join(ROOT, DOCS["pm-vishwakarma-youtube-transcript"][0]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("transcript: has a BOM")
    if raw.endswith(b"\n"):
        problems.append("transcript: ends with a newline")
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", ""):
        problems.append("transcript: bare LF line ends")
    lines = text.split("\r\n")
    stamps = [i for i, l in enumerate(lines) if re.fullmatch(r"\d{1,2}:\d\d", l)]
    if len(stamps) < 100:
        problems.append("transcript: only %d timestamp lines" % len(stamps))
    for i in stamps:
        if i + 1 >= len(lines) or re.fullmatch(r"\d{1,2}:\d\d", lines[i + 1]) or not lines[i + 1].strip():
            problems.append("transcript: timestamp on line %d has no caption after it" % (i + 1))
    chapters = [l for i, l in enumerate(lines) if i + 1 < len(lines) and not re.fullmatch(r"\d{1,2}:\d\d", l)
                and (i == 0 or re.fullmatch(r"\d{1,2}:\d\d", lines[i - 1]) is None)]
    if len(chapters) < 6:
        problems.append("transcript: only %d chapter titles" % len(chapters))
    if lines[0] != "Intro" or lines[1] != "0:00":
        problems.append("transcript: does not open with a chapter at 0:00")
    if text.count("[Music]") < 2:
        problems.append("transcript: no [Music] cues")
    if not any(re.fullmatch(r"1\d:\d\d", l) for l in lines):
        problems.append("transcript: no timestamp past 10:00")


def check_keep(problems):
    raw = open(os.path.join(ROOT, DOCS["pm-vishwakarma-keep-note"][0]), "rb").read()
    if b"\n" in raw:
        problems.append("keep: not a single line of JSON")
    note = json.loads(raw.decode("utf-8"))
    keys = ["color", "isTrashed", "isPinned", "isArchived", "annotations", "textContent", "title",
            "userEditedTimestampUsec", "createdTimestampUsec", "textContentHtml", "labels"]
    if list(note) != keys:
        problems.append("keep: keys are %r" % list(note))
    for k in ("userEditedTimestampUsec", "createdTimestampUsec"):
        if not isinstance(note.get(k), int) or len(str(note[k])) != 16:
            problems.append("keep: %s is not microseconds" % k)
    if note["createdTimestampUsec"] >= note["userEditedTimestampUsec"]:
        problems.append("keep: edited before created")
    if "\n" not in note["textContent"] or "listContent" in note:
        problems.append("keep: not a text note with line breaks")
    if not note["labels"] or not all(set(l) == {"name"} for l in note["labels"]):
        problems.append("keep: labels")
    if note["annotations"][0].get("source") != "WEBLINK":
        problems.append("keep: no WEBLINK annotation")
    if not note["textContentHtml"].startswith('<p dir="ltr"'):
        problems.append("keep: textContentHtml")
    if note["color"] not in ("DEFAULT", "RED", "ORANGE", "YELLOW", "GREEN", "TEAL", "BLUE", "CERULEAN",
                             "PURPLE", "PINK", "BROWN", "GRAY"):
        problems.append("keep: colour")
    if raw.decode("utf-8").isascii():
        problems.append("keep: non-ASCII escaped (Takeout writes UTF-8)")


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
    info = {}
    units = {k: units_of(v[0], info if v[0].endswith(".pdf") else None) for k, v in DOCS.items()}
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
    check_pdf(info, problems)
    check_transcript(problems)
    check_keep(problems)
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
