#!/usr/bin/python3
"""Check the heldout255 evaluation set.

Run: /usr/bin/python3 tools/check.py          (add --dump to print every extracted unit)

It extracts the three documents' text as a reader sees it, with the standard library only:
  - the Collabora Online .odt: each paragraph, heading, list item and table cell of content.xml
    (text:s as spaces, soft page breaks ignored), with the tracked changes accepted (the deleted
    text stored in text:tracked-changes left out, inserted text kept), each comment
    (office:annotation) as a unit of its own, and the header and footer of styles.xml;
  - the Telegram messages.html: each line (split at <br>) of a message's text, the poll's
    question and answers, the titles, descriptions and statuses of media, the sender names and
    the service lines, entities decoded;
  - the Excel CSV: decoded as Windows-1252, each line of each non-empty cell.
Then it checks:
  - each document holds 1,300 to 1,800 words of such text;
  - q-*.jsonl: 25 lines each, every line a JSON object with exactly q, accept and section;
    accept a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its own
    document (case and runs of whitespace ignored) and occurring exactly once in the three
    documents' text together; section a non-empty list of strings of which at least one occurs
    in the question's own document;
  - oos.jsonl: 12 lines, each a JSON object with only q;
  - the .odt is a zip with "mimetype" first and stored and well-formed XML parts, the CSV has
    nine fields in every row and CRLF row ends, the HTML has the Telegram export's skeleton;
  - tools/make_odt.py, tools/make_telegram.py and tools/make_csv.py re-make the three documents
    byte for byte (written to a private temporary directory and compared).
"""
import csv
import html
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "rti-commissions-2019-amendment": ("docs/rti-commissions-2019-amendment.odt", "tools/make_odt.py"),
    "messages": ("docs/messages.html", "tools/make_telegram.py"),
    "RTI_Case_Tracker_Sneha": ("docs/RTI_Case_Tracker_Sneha.csv", "tools/make_csv.py"),
}
PY = "/usr/bin/python3"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------- ODT


def odt_units(path, problems):
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append("%s: mimetype is not the first, stored entry" % path)
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        problems.append("%s: wrong mimetype" % path)
    for name in ("content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"):
        try:
            ET.fromstring(z.read(name))
        except ET.ParseError as e:
            problems.append("%s: %s does not parse (%s)" % (path, name, e))
    units = []
    comments = []

    def text_of(el):
        out = [el.text or ""]
        for ch in el:
            tag = ch.tag
            if tag == T + "s":
                out.append(" " * int(ch.get(T + "c", "1")))
            elif tag == T + "tab":
                out.append("\t")
            elif tag == T + "line-break":
                out.append("\n")
            elif tag == O + "annotation":
                comments.append(" ".join(text_of(p) for p in ch.iter(T + "p")))
            elif tag in (T + "change", T + "change-start", T + "change-end", T + "soft-page-break",
                         O + "annotation-end", T + "bookmark", T + "bookmark-start", T + "bookmark-end"):
                pass
            else:
                out.append(text_of(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def walk(el):
        for ch in el:
            if ch.tag == T + "tracked-changes":
                continue
            if ch.tag in (T + "p", T + "h"):
                for line in text_of(ch).split("\n"):
                    if ws(line):
                        units.append(ws(line))
            else:
                walk(ch)

    content = ET.fromstring(z.read("content.xml"))
    walk(content.find(O + "body"))
    styles = ET.fromstring(z.read("styles.xml"))
    for mp in styles.iter(S + "master-page"):
        walk(mp)
    units.extend(ws(c) for c in comments if ws(c))
    return units


# --------------------------------------------------------------------------- Telegram HTML

SHOWN = {"text", "from_name", "question bold", "answer", "title bold", "description", "status details",
         "body details", "text bold", "total details\t", "details"}


class TelegramText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, collecting)
        self.units, self.buf = [], []
        self.classes = set()

    def flush(self):
        for line in "".join(self.buf).split("\n"):
            if ws(line):
                self.units.append(ws(line))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "class" in a:
            self.classes.add(a["class"])
        if tag == "br":
            self.buf.append("\n")
            return
        if tag in ("img", "meta", "link"):
            return
        collecting = tag == "div" and a.get("class") in SHOWN and not any(c for _, c in self.stack)
        if tag == "blockquote":
            self.buf.append("\n")
        self.stack.append((tag, collecting))

    def handle_endtag(self, tag):
        if tag in ("br", "img", "meta", "link"):
            return
        if tag == "blockquote":
            self.buf.append("\n")
        t, collecting = self.stack.pop()
        if collecting:
            self.flush()

    def handle_data(self, data):
        if any(c for _, c in self.stack):
            self.buf.append(data)


def telegram_units(path, problems):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    p = TelegramText()
    p.feed(page)
    p.close()
    if p.stack:
        problems.append("%s: unbalanced tags %r" % (path, p.stack[-3:]))
    for cls in ("page_wrap", "page_header", "page_body chat_page", "history", "message service",
                "message default clearfix", "message default clearfix joined", "reply_to details",
                "forwarded body", "media_wrap clearfix", "photo_wrap clearfix pull_left", "reactions"):
        if cls not in p.classes:
            problems.append("%s: no element of class %r" % (path, cls))
    if "<title>Exported Data</title>" not in page:
        problems.append("%s: not a Telegram export page" % path)
    return p.units


# --------------------------------------------------------------------------- CSV


def csv_units(path, problems):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: has a byte-order mark" % path)
    text = raw.decode("cp1252")
    if text.replace("\r\n", "").count("\r"):
        problems.append("%s: stray CR" % path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if any(len(r) != 9 for r in rows):
        problems.append("%s: a row without nine fields" % path)
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    if path.endswith(".html"):
        return telegram_units(full, problems)
    return csv_units(full, problems)


# --------------------------------------------------------------------------- checks


def check_remake(problems):
    tmp = tempfile.mkdtemp()
    try:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run([PY, os.path.join(ROOT, script), out], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))
    finally:
        shutil.rmtree(tmp)


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    if "--dump" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    low_units = {k: [u.lower() for u in v] for k, v in units.items()}
    joined = {k: " \n ".join(v) for k, v in low_units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words" % (k, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(key in u for u in low_units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
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
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
