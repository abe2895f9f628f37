#!/usr/bin/python3
"""Check the heldout242 evaluation set.

1. The three make_*.py scripts re-make docs/ byte for byte: each document is read, its script
   run, the result compared; a document that changed is put back and reported.
2. Each document is read as a reader gets it and cut into units:
   - the Google Sheets workbook (.xlsx, read with zipfile and ElementTree): one line of one
     cell as Sheets shows it (shared strings with their rich-text runs joined, formula cells by
     their cached value, checkboxes as TRUE/FALSE, date serials in the cell's "d mmm yyyy"
     format), one line of a cell note, and each tab name;
   - the Telegram export (messages.html): the visible text of each block element (head,
     scripts and styles skipped, entities decoded), also cut at every <br>, a <blockquote>
     being its own block;
   - the Typora note (.md): one line as Typora shows it, with the Markdown markers, alert
     markers, footnote marks, escapes and inline HTML dropped; a table row is cut into its
     cells and a cell (or line) at every <br>.
   Each document must hold 1,300 to 1,800 words of such text (whitespace-separated tokens
   holding a letter or a digit) and the marks of its format (the workbook: Sheets' parts and
   no docProps, [Content_Types].xml last, 1980-01-01 entries, tab colours, frozen panes,
   merged rows, notes with their VML drawing, dropdown and checkbox validations, boolean
   cells, conditional formatting, a filter and its hidden name, HYPERLINK and COUNTIF formulas
   with cached values, a rich-text string, date cells; the export: the "Exported Data"
   skeleton, date separators, a pinned-message service message, joined posts, a poll, a
   forwarded post, a reply, <pre> and <blockquote> entities, media left out of the export;
   the note: UTF-8 without BOM, LF only, one final line break, Typora's front matter, [toc],
   GitHub alerts, padded pipe tables, a task list, a footnote, ==highlight==, the zoomed
   <img> tag and a page-break div).
3. q-<doc>.jsonl: exactly 25 lines, each a JSON object with exactly the keys q, accept,
   section; accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one
   unit of its own document (case and whitespace ignored) and occurring exactly once in the
   three documents' text taken together (case and whitespace ignored); section is a non-empty
   list of strings, and at least one of them other than the generic "Introduction",
   "Definition", "What is" and "Overview" is found in its document's text (curly quotes,
   en dashes and arrows read as their ASCII forms).
4. oos.jsonl: exactly 12 lines, each a JSON object with only a non-empty q.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import datetime
import hashlib
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    "aplm-2017-vs-apmc": ("aplm-2017-vs-apmc.xlsx", "make_xlsx.py"),
    "messages": ("messages.html", "make_telegram.py"),
    "apmc-mandi-system": ("apmc-mandi-system.md", "make_md.py"),
}
GENERIC = {"Introduction", "Definition", "What is", "Overview"}
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
P = "{http://schemas.openxmlformats.org/package/2006/relationships}"
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2192", "->")):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()


# ------------------------------------------------------------------ xlsx

def xlsx_units(path):
    units = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for needed in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                       "xl/sharedStrings.xml", "_rels/.rels", "[Content_Types].xml"):
            if needed not in names:
                err("xlsx: missing part %s" % needed)
        if any(n.startswith("docProps/") for n in names):
            err("xlsx: Google Sheets writes no docProps")
        if names[-1] != "[Content_Types].xml":
            err("xlsx: [Content_Types].xml is not the last entry")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                err("xlsx: %s not dated 1980-01-01" % info.filename)
            ET.fromstring(z.read(info.filename))
        sst = []
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(S + "si"):
            sst.append("".join(t.text or "" for t in si.iter(S + "t")))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        fmts = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(S + "numFmt")}
        xfs = [int(x.get("numFmtId")) for x in styles.find(S + "cellXfs").findall(S + "xf")]
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(P + "Relationship")}
        raw_all = ""
        for sh in wb.find(S + "sheets").findall(S + "sheet"):
            units.append(sh.get("name"))
            part = "xl/" + rels[sh.get(R + "id")]
            raw = z.read(part).decode("utf-8")
            raw_all += raw
            for c in ET.fromstring(raw).iter(S + "c"):
                v, t = c.find(S + "v"), c.get("t")
                if v is None:
                    continue
                if t == "s":
                    text = sst[int(v.text)]
                elif t == "b":
                    text = "TRUE" if v.text == "1" else "FALSE"
                elif t == "str":
                    text = v.text or ""
                else:
                    num = float(v.text)
                    code = fmts.get(xfs[int(c.get("s", "0"))], "")
                    if code == "d mmm yyyy":
                        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(num))
                        text = "%d %s %d" % (d.day, d.strftime("%b"), d.year)
                    else:
                        text = str(int(num)) if num.is_integer() else str(num)
                units.extend(l for l in text.split("\n"))
        for n in names:
            if re.match(r"xl/comments\d+\.xml$", n):
                for cm in ET.fromstring(z.read(n)).iter(S + "comment"):
                    units.extend("".join(t.text or "" for t in cm.iter(S + "t")).split("\n"))
        wbraw = z.read("xl/workbook.xml").decode("utf-8")
        sstraw = z.read("xl/sharedStrings.xml").decode("utf-8")
        vml = [n for n in names if n.endswith(".vml")]
    for needed in ("<tabColor ", 'state="frozen"', "<mergeCell ", '<legacyDrawing r:id="anysvml"/>',
                   '<formula1>"TRUE,FALSE"</formula1>', 't="b"', "<conditionalFormatting ",
                   "NOT(ISERROR(SEARCH((", "<autoFilter ", "<f>HYPERLINK(", "<f>COUNTIF(",
                   'showGridLines="0"'):
        if needed not in raw_all:
            err("xlsx: no %r in any sheet" % needed)
    if "_xlnm._FilterDatabase" not in wbraw:
        err("xlsx: no hidden _FilterDatabase name")
    if "<r><rPr><b/>" not in sstraw:
        err("xlsx: no rich-text run")
    if not vml:
        err("xlsx: no VML drawing for the notes")
    return [" ".join(u.split()) for u in units if u.strip()]


# ------------------------------------------------------------------ telegram html

BLOCK = {"p", "div", "li", "ul", "ol", "blockquote", "br", "pre", "h1", "h2", "h3", "h4", "h5",
         "h6", "table", "tr", "td", "th", "span"}
SKIP = {"head", "script", "style", "title"}


class Units(html.parser.HTMLParser):
    """Visible text per block element; a span counts as a block only for the export's
    reaction and details spans (they are laid out apart), not for inline entities."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.cur, self.skip = [], [], 0

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.units.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            cls = dict(attrs).get("class") or ""
            if tag != "span" or cls.split()[:1] in (["reaction"], ["emoji"], ["count"], ["details"],
                                                    ["date"]):
                self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK and tag != "span":
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_units(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for needed in ("<title>Exported Data</title>", '<div class="page_wrap">', '<div class="history">',
                   '<div class="message service" id="message-1">', "pinned <a href=",
                   "message default clearfix joined", '<div class="media_poll">',
                   '<div class="pull_left forwarded userpic_wrap">', '<div class="reply_to details">',
                   "<pre>", "<blockquote>", "Not included, change data exporting settings to download.",
                   "media_photo", "media_voice_message", "media_file", "ShowHashtag(",
                   '<div class="reactions">'):
        if needed not in text:
            err("telegram export: missing %r" % needed)
    p = Units()
    p.feed(text.replace("<br>", "<br/>"))
    p.close()
    p.flush()
    return p.units


# ------------------------------------------------------------------ typora markdown

def md_inline(s):
    s = re.sub(r"<img [^>]*>", "", s)
    s = re.sub(r"\[\^[^\]]+\](?!:)", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = re.sub(r"</?(?:u|mark|span|div|sup|sub|kbd)\b[^>]*>", "", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"==(.+?)==", r"\1", s)
    s = re.sub(r"~~(.+?)~~", r"\1", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|~<>])", r"\1", s)
    return s


def md_units(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("md: has a BOM")
    if b"\r" in raw:
        err("md: line ends are not LF only")
    if not raw.endswith(b"\n") or raw.endswith(b"\n\n"):
        err("md: should end with exactly one line break")
    text = raw.decode("utf-8")
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m or "typora-copy-images-to:" not in m.group(1) or "typora-root-url:" not in m.group(1):
        err("md: no Typora front matter")
    body = text[m.end():] if m else text
    for needed in ("[toc]", "> [!NOTE]", "> [!IMPORTANT]", "> [!TIP]", "> [!WARNING]", "- [x] ",
                   "- [ ] ", "[^1]:", "==TRAP:==", 'style="zoom:50%;"',
                   '<div style="page-break-after: always;"></div>'):
        if needed not in body:
            err("md: missing %r" % needed)
    lines = body.split("\n")
    units, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            rows = lines[i:j]
            if len({len(r) for r in rows}) != 1 and all(r.isascii() for r in rows):
                err("md: table at line %d is not padded" % (i + 1))
            for k, row in enumerate(rows):
                if k == 1:
                    if not re.match(r"^\|( :?-+:? \|)+$", row):
                        err("md: bad delimiter row at line %d" % (i + 2))
                    continue
                for cell in re.split(r"(?<!\\)\|", row.strip())[1:-1]:
                    for part in re.split(r"<br\s*/?>", cell):
                        units.append(md_inline(part))
            i = j
            continue
        i += 1
        s = line.strip()
        if not s or s == "[toc]" or s.startswith("<div") or s.startswith("<img"):
            continue
        s = re.sub(r"^(> ?)+", "", s)
        if re.match(r"^\[![A-Z]+\]$", s):
            continue
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^\[\^[^\]]+\]: ", "", s)
        s = re.sub(r"^(?:[-*+] \[[ xX]\] |[-*+] |\d+\. )", "", s)
        for part in re.split(r"<br\s*/?>", s):
            units.append(md_inline(part))
    return [" ".join(u.split()) for u in units if u.strip()]


# ------------------------------------------------------------------ main

def units_of(name):
    fn = DOCS[name][0]
    path = os.path.join(ROOT, "docs", fn)
    if fn.endswith(".xlsx"):
        return xlsx_units(path)
    if fn.endswith(".html"):
        return html_units(path)
    return md_units(path)


def remake():
    for name, (fn, maker) in DOCS.items():
        path = os.path.join(ROOT, "docs", fn)
        with open(path, "rb") as f:
            before = f.read()
        subprocess.run(["/usr/bin/python3", os.path.join(HERE, maker)], check=True)
        with open(path, "rb") as f:
            after = f.read()
        if hashlib.sha256(before).digest() != hashlib.sha256(after).digest():
            err("%s does not re-make docs/%s byte for byte" % (maker, fn))
            with open(path, "wb") as f:
                f.write(before)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def words(units):
    return sum(1 for t in " ".join(units).split() if any(ch.isalnum() for ch in t))


def main():
    remake()
    units = {n: units_of(n) for n in DOCS}
    if "--dump" in sys.argv:
        for n, us in units.items():
            print("=====", n)
            for u in us:
                print(u)
    full = {n: norm(" ".join(u)) for n, u in units.items()}
    nunits = {n: [norm(u) for u in us] for n, us in units.items()}
    for n, us in units.items():
        nw = words(us)
        print("%-28s %5d words of text, %4d units" % (DOCS[n][0], nw, len(us)))
        if not 1300 <= nw <= 1800:
            err("%s: %d words, want 1,300 to 1,800" % (DOCS[n][0], nw))
    total_q = 0
    for n in DOCS:
        fn = "q-%s.jsonl" % n
        lines = read_jsonl(os.path.join(ROOT, fn))
        if len(lines) != 25:
            err("%s: %d questions, want 25" % (fn, len(lines)))
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s: bad JSON (%s)" % (where, e))
                continue
            total_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                err("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2 or \
                    not all(isinstance(a, str) for a in acc):
                err("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not a.isascii():
                    err("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err("%s: accept has %d words: %r" % (where, nw, a))
                na = norm(a)
                if not any(na in u for u in nunits[n]):
                    err("%s: accept not inside one unit of %s: %r" % (where, DOCS[n][0], a))
                total = sum(full[d].count(na) for d in DOCS)
                if total != 1:
                    err("%s: accept occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                               for s in sec):
                err("%s: section must be a non-empty list of strings" % where)
                continue
            named = [s for s in sec if s not in GENERIC]
            if not named or not any(norm(s) in full[n] for s in named):
                err("%s: no section name found in %s: %r" % (where, DOCS[n][0], sec))
    lines = read_jsonl(os.path.join(ROOT, "oos.jsonl"))
    if len(lines) != 12:
        err("oos.jsonl: %d questions, want 12" % len(lines))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos.jsonl:%d: bad JSON (%s)" % (i, e))
            continue
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            err("oos.jsonl:%d: must hold only a non-empty q" % i)
    for e in errors:
        print("FAIL:", e)
    print("in-scope questions: %d, out-of-scope: %d" % (total_q, len(lines)))
    print("problems: %d" % len(errors))
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
