#!/usr/bin/python3
"""Check the heldout247 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Google Slides .pptx (zipfile + ElementTree): every paragraph (a:p) of every slide, in the
    order of presentation.xml, then of its notes slide; table cells, grouped diagram shapes and
    text boxes included; a:br as a line break; the slide-number fields ("‹#›") left out;
  - Gmail-saved .eml (email + html.parser): the decoded text/html part's visible text, one unit
    per block element (p, div, li, h1-h6, td, figcaption, ... and br), skipping style, script and
    any element styled display:none (the hidden preheader);
  - Notion .csv (csv): every line of every cell, header row included.
Then checks:
  - each document's text is 1,300 to 1,800 words;
  - every line of q-*.jsonl parses, has exactly the keys q, accept, section; 25 per document;
  - every accept string is ASCII, 5-12 words, lies inside one unit (line / element / cell line)
    of its own document, and occurs exactly once (case-insensitive, whitespace collapsed) across
    the three documents' extracted text;
  - some section name of every question occurs in its own document's text;
  - oos.jsonl has 12 lines holding only q;
  - the format basics (the .pptx's parts, the .eml's MIME structure and CRLF ends, the .csv's BOM,
    LF ends and equal row widths);
  - tools/make_pptx.py, tools/make_eml.py and tools/make_csv.py re-make the documents byte for
    byte (into a temporary directory; the committed files are not touched).
Run: /usr/bin/python3 tools/check.py
"""
import csv
import email
import email.policy
import html.parser
import io
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
    "Wk 9 - Anti-defection law (study circle)":
        ("docs/Wk 9 - Anti-defection law (study circle).pptx", "make_pptx.py"),
    "Fwd_ Judge in his own cause_ The Speaker and the Tenth Schedule":
        ("docs/Fwd_ Judge in his own cause_ The Speaker and the Tenth Schedule.eml", "make_eml.py"),
    "Defection Tracker 7e3b9c21d4a54f0e8b6c2a1f5d9e0c47":
        ("docs/Defection Tracker 7e3b9c21d4a54f0e8b6c2a1f5d9e0c47.csv", "make_csv.py"),
}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
         "table", "tbody", "thead", "figure", "figcaption", "blockquote", "br", "body", "html",
         "head", "title"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- pptx
def para_text(p):
    parts = []
    for el in p:
        if el.tag == A + "r":
            parts.append("".join(t.text or "" for t in el.iter(A + "t")))
        elif el.tag == A + "br":
            parts.append("\n")
        elif el.tag == A + "fld" and el.get("type") != "slidenum":
            parts.append("".join(t.text or "" for t in el.iter(A + "t")))
    return "".join(parts)


def pptx_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml",
                     "ppt/_rels/presentation.xml.rels", "ppt/slideMasters/slideMaster1.xml",
                     "ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme1.xml"):
            if part not in names:
                problems.append("pptx: missing part %s" % part)
        if names[-1] != "[Content_Types].xml":
            problems.append("pptx: [Content_Types].xml is not the last entry (Google's order)")
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("pptx: %s not dated 1980-01-01" % info.filename)
            if info.filename.endswith((".xml", ".rels")):
                ET.fromstring(z.read(info.filename))
        rels = {r.get("Id"): r.get("Target") for r in
                ET.fromstring(z.read("ppt/_rels/presentation.xml.rels")).iter(PR + "Relationship")}
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        slides = ["ppt/" + rels[s.get(R + "id")] for s in pres.iter(P + "sldId")]
        for sl in slides:
            srels = {r.get("Type").rsplit("/", 1)[1]: r.get("Target") for r in ET.fromstring(
                z.read(sl.replace("slides/", "slides/_rels/") + ".rels")).iter(PR + "Relationship")}
            note = "ppt/notesSlides/" + srels["notesSlide"].rsplit("/", 1)[1]
            for part in (sl, note):
                for p in ET.fromstring(z.read(part)).iter(A + "p"):
                    for line in para_text(p).split("\n"):
                        if ws(line):
                            units.append(ws(line))
    return units


# ---------------------------------------------------------------- eml
class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.skip = [], [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def hidden(self):
        return any(h for _, h in self.stack) or self.skip

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in ("style", "script"):
            self.skip += 1
            return
        if tag not in VOID:
            style = (dict(attrs).get("style") or "").replace(" ", "").lower()
            self.stack.append((tag, "display:none" in style))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
            return
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.hidden():
            self.buf.append(data)


def eml_units(full, problems):
    raw = open(full, "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        problems.append("eml: bare LF line ends")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append("eml: not multipart/alternative")
    if not str(msg["Subject"]).startswith("Fwd: "):
        problems.append("eml: subject is not a forward")
    parts = {p.get_content_type(): p for p in msg.walk() if not p.is_multipart()}
    if set(parts) != {"text/plain", "text/html"}:
        problems.append("eml: parts are %s" % sorted(parts))
    for p in parts.values():
        if p["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append("eml: %s part is not quoted-printable" % p.get_content_type())
    page = parts["text/html"].get_content()
    for needle in ("gmail_quote", "gmail_attr", "---------- Forwarded message ---------",
                   "footnote-anchor", "Unsubscribe", "substack"):
        if needle not in page:
            problems.append("eml: HTML lacks %r" % needle)
    v = Visible()
    v.feed(page)
    v.close()
    v.flush()
    return v.units


# ---------------------------------------------------------------- csv
def csv_units(full, problems):
    raw = open(full, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("csv: no UTF-8 byte-order mark")
    if b"\r" in raw:
        problems.append("csv: CR found (Notion writes LF)")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if len({len(r) for r in rows}) != 1:
        problems.append("csv: rows of unequal width")
    units = []
    for r in rows:
        for cell in r:
            for line in cell.split("\n"):
                if ws(line):
                    units.append(ws(line))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".pptx"):
        return pptx_units(full, problems)
    if path.endswith(".eml"):
        return eml_units(full, problems)
    return csv_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            if open(out, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
                problems.append("%s does not re-make %s byte for byte" % (script, path))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        objs = read_jsonl(fn, problems)
        for where, obj in objs:
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
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
                    problems.append("%s: not inside one line/element/cell of its document: %r"
                                    % (where, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(objs) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(objs)))
    oos = read_jsonl("oos.jsonl", problems)
    for where, obj in oos:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
