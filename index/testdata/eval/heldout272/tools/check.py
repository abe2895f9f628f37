#!/usr/bin/python3
"""Check the heldout272 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or two
strings) and section (a non-empty list of strings), out-of-scope lines only q. Every accept string
must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and
occur exactly once across the three documents' shown text (case-insensitive, whitespace
collapsed). At least one section name of each question must occur in its document's shown text.
The units:
  - Medium story saved by Edge (.mhtml): the main frame's text/html part (the first part, whose
    Content-Location is the Snapshot-Content-Location; quoted-printable decoded by the email
    package), one block element's visible text (p, li, h1-h6, div, figcaption, blockquote, pre,
    ...), with style, script, title, template, svg and noscript elements and display:none
    subtrees skipped; other frames (the Google one-tap iframe) are not part of the page's text;
  - TextEdit rich text (.rtf): one paragraph (ended by \\par or a backslash at the end of a line)
    or one table cell (\\cell), read with a small RTF reader: \\'xx as Windows-1252, \\uN with
    \\ucN skipping, the font, colour, list, list-override and info tables, \\* destinations and
    field instructions left out, field results kept, {\\listtext ...} markers left out;
  - Excel workbook (.xlsx): one line of one cell's text (shared strings, rich-text runs joined;
    an Alt+Enter break ends a line), the sheet names, and the threaded comments as Excel 365
    shows them (the legacy "[Threaded comment]" copies in xl/commentsN.xml are not read, as
    Excel does not show them).
It also checks that there are 25 questions per document and 12 out-of-scope ones, that each
document has 1,300 to 1,800 words of shown text, that the .mhtml is a multipart/related message
saved by Blink whose first part is the page, that the .rtf is Cocoa RTF with balanced braces, that
the .xlsx has two worksheets with merged cells and threaded comments, and that tools/make_mhtml.py,
tools/make_rtf.py and tools/make_xlsx.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import email
import email.policy
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "sagar-to-mahasagar-medium": ("docs/sagar-to-mahasagar-medium.mhtml", "make_mhtml.py"),
    "chabahar-sittwe-ports": ("docs/chabahar-sittwe-ports.rtf", "make_rtf.py"),
    "string-of-pearls-tracker": ("docs/string-of-pearls-tracker.xlsx", "make_xlsx.py"),
}
VOID = {"br", "img", "meta", "input", "link", "hr", "col", "area", "base", "source", "wbr", "embed",
        "param", "track"}
BLOCK = {"p", "li", "ul", "ol", "td", "th", "tr", "tbody", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "div", "blockquote", "figure", "figcaption", "br", "body", "head", "html", "form", "pre",
         "section", "article", "header", "footer", "nav", "main", "aside", "picture", "textarea"}
HIDDEN = {"style", "script", "title", "template", "svg", "noscript", "textarea"}
SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TC = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ MHTML

class Blocks(html.parser.HTMLParser):
    """Visible text of each block; hidden elements and display:none subtrees are skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.skip = [], [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        style = (dict((k or "", v or "") for k, v in attrs).get("style") or "").replace(" ", "")
        hidden = tag in HIDDEN or "display:none" in style
        if tag in BLOCK or hidden:
            self.flush()
        if tag not in VOID:
            self.stack.append((tag, hidden))
            self.skip += hidden

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK or tag in HIDDEN:
            self.flush()
        if tag in VOID:
            return
        # pop to the matching open tag (tolerates unclosed elements)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for _, h in self.stack[i:]:
                    self.skip -= h
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def mhtml_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not raw.startswith(b"From: <Saved by Blink>\r\n") or msg.get_content_type() != "multipart/related":
        problems.append("%s: not a Blink MHTML multipart/related archive" % full)
        return []
    parts = [p for p in msg.walk() if not p.is_multipart()]
    first = parts[0]
    if (first.get_content_type() != "text/html"
            or first["Content-Location"] != msg["Snapshot-Content-Location"]):
        problems.append("%s: first part is not the saved page" % full)
        return []
    body = first.get_payload(decode=True)
    # Blink gives the page part no charset parameter; the page's own <meta> names it
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', body[:2000], re.I)
    p = Blocks()
    p.feed(body.decode(m.group(1).decode("ascii") if m else "utf-8"))
    p.close()
    p.flush()
    return p.units


# ------------------------------------------------------------------ RTF

SKIP_DEST = {"fonttbl", "colortbl", "expandedcolortbl", "listtable", "listoverridetable", "info",
             "stylesheet", "fldinst", "listtext", "pict", "header", "footer"}
RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}]+)", re.S)


def rtf_units(full, problems):
    with open(full, "rb") as f:
        data = f.read().decode("latin-1")
    if not data.startswith("{\\rtf1\\ansi\\ansicpg1252\\cocoartf"):
        problems.append("%s: not Cocoa (TextEdit) RTF" % full)
    depth = 0
    for ch in re.sub(r"\\[\\{}]", "", data):
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            break
    if depth != 0:
        problems.append("%s: unbalanced braces" % full)
    units, buf = [], []
    stack = [{"skip": False, "uc": 1}]
    pending_skip = 0
    high = None

    def emit(text):
        if not stack[-1]["skip"]:
            buf.append(text)

    def brk():
        t = ws("".join(buf))
        if t:
            units.append(t)
        buf.clear()

    first_in_group = False
    for m in RTF_TOKEN.finditer(data):
        word, arg, hexd, sym, brace, text = m.groups()
        if brace == "{":
            stack.append(dict(stack[-1]))
            first_in_group = True
            continue
        if brace == "}":
            if len(stack) > 1:
                stack.pop()
            first_in_group = False
            continue
        if word is not None:
            if first_in_group and word in SKIP_DEST:
                stack[-1]["skip"] = True
            first_in_group = False
            if word in ("par", "cell", "row", "line", "sect", "page"):
                brk()
            elif word == "tab":
                emit(" ")
            elif word == "uc":
                stack[-1]["uc"] = int(arg or 1)
            elif word == "u":
                code = int(arg) % 65536
                if 0xD800 <= code < 0xDC00:
                    high = code
                elif 0xDC00 <= code < 0xE000 and high is not None:
                    emit(chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)))
                    high = None
                else:
                    emit(chr(code))
                pending_skip = stack[-1]["uc"]
            continue
        if sym is not None:
            if sym == "*" and first_in_group:
                stack[-1]["skip"] = True
            elif sym == "\n" or sym == "\r":
                brk()
            elif sym in "\\{}":
                emit(sym)
            elif sym == "~":
                emit("\u00a0")
            first_in_group = False
            continue
        if hexd is not None:
            first_in_group = False
            if pending_skip:
                pending_skip -= 1
                continue
            emit(bytes([int(hexd, 16)]).decode("cp1252", errors="replace"))
            continue
        if text is not None:
            first_in_group = False
            text = text.replace("\r", "").replace("\n", "")
            if pending_skip:
                cut = min(pending_skip, len(text))
                text, pending_skip = text[cut:], pending_skip - cut
            emit(text)
    brk()
    return units


# ------------------------------------------------------------------ XLSX

def xlsx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        sst = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(SS + "si"):
                sst.append("".join(t.text or "" for t in si.iter(SS + "t")))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        sheets = [s.get("name") for s in wb.iter(SS + "sheet")]
        units.extend(sheets)
        sheet_files = sorted(n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n))
        if len(sheets) != 2 or len(sheet_files) != 2:
            problems.append("%s: expected two worksheets" % full)
        merged = 0
        for n in sheet_files:
            root = ET.fromstring(z.read(n))
            merged += len(list(root.iter(SS + "mergeCell")))
            for c in root.iter(SS + "c"):
                t, v = c.get("t"), c.find(SS + "v")
                if t == "s" and v is not None:
                    text = sst[int(v.text)]
                elif t == "inlineStr":
                    text = "".join(x.text or "" for x in c.iter(SS + "t"))
                elif t == "str" and v is not None:
                    text = v.text or ""
                else:
                    text = v.text if v is not None else ""
                for line in (text or "").split("\n"):
                    if ws(line):
                        units.append(ws(line))
        if not merged:
            problems.append("%s: no merged cells" % full)
        threaded = sorted(n for n in names if n.startswith("xl/threadedComments/"))
        if not threaded:
            problems.append("%s: no threaded comments" % full)
        for n in threaded:
            for tc in ET.fromstring(z.read(n)).iter(TC + "threadedComment"):
                t = tc.find(TC + "text")
                if t is not None and ws(t.text or ""):
                    units.append(ws(t.text))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".mhtml"):
        return mhtml_units(full, problems)
    if path.endswith(".rtf"):
        return rtf_units(full, problems)
    return xlsx_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as f:
                new = hashlib.sha256(f.read()).hexdigest()
            with open(os.path.join(ROOT, path), "rb") as f:
                old = hashlib.sha256(f.read()).hexdigest()
            if new != old:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    check_remake(problems)
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d units, %d words shown" % (DOCS[k][0], len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words of shown text, expected 1,300-1,800" % (DOCS[k][0], n))
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
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name occurs in %s: %r" % (where, name, sec))
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
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
