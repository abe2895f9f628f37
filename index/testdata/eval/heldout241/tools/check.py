#!/usr/bin/python3
"""Check the heldout241 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); oos lines only q. There must be
25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
across the three documents' extracted text (case-insensitive, whitespace collapsed):
  - OpenDocument text saved by Word (.odt): one paragraph or heading of content.xml (table
    cells hold their own paragraphs, so each cell is a unit; a footnote's or a comment's
    paragraph is a unit of its own and is not part of the paragraph it hangs on), plus the page
    header and footer paragraphs of styles.xml once;
  - Chrome MHTML of an AMP page (.mhtml): the text/html part decoded with the email package and
    split into the visible text of block elements (p, li, h1-h3, div, figcaption, blockquote,
    time, br and the like), with head, script, style, template and any element carrying the
    hidden attribute (the closed amp-sidebar) left out;
  - Notepad text (.txt): one line, the byte order mark and CRLF removed.
Some name in each question's section list must occur in its document's extracted text. Each
document's extracted text must be 1,300 to 1,800 words. It also checks that the .odt is a zip
with "mimetype" first and stored and with content.xml, styles.xml and meta.xml that parse as XML;
that the .mhtml is multipart/related "<Saved by Blink>" with a text/html root; that the .txt
starts with a UTF-8 BOM and ends every line with CRLF; and that tools/make_odt.py,
tools/make_mhtml.py and tools/make_txt.py, run into a temporary directory, re-make the three
documents byte for byte (docs/ is never touched).
Run: /usr/bin/python3 tools/check.py        (add --units to print every unit)
"""
import email
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = {
    "gyanvapi-1991-suit-case-brief": ("docs/gyanvapi-1991-suit-case-brief.odt", "make_odt.py"),
    "sc-freezes-mandir-masjid-suits-amp": ("docs/sc-freezes-mandir-masjid-suits-amp.mhtml",
                                           "make_mhtml.py"),
    "places-of-worship-act-class-notes": ("docs/places-of-worship-act-class-notes.txt",
                                          "make_txt.py"),
}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
BLOCK = {"p", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "div", "section", "article", "header", "footer", "nav", "main", "aside", "figure",
         "figcaption", "blockquote", "br", "time", "button", "body", "html", "dl", "dt", "dd"}
SKIP = {"head", "script", "style", "template", "noscript"}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "area", "base"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- .odt
def odt_inline(el, out, extra):
    """Shown text of a paragraph; note bodies and comments go to `extra` as units of their own."""
    if el.text:
        out.append(el.text)
    for ch in el:
        tag = ch.tag
        if tag == TEXT + "note":
            out.append(ch.findtext(TEXT + "note-citation") or "")
            for p in ch.find(TEXT + "note-body"):
                extra.append(p)
        elif tag == OFFICE + "annotation":
            for p in ch.iter(TEXT + "p"):
                extra.append(p)
        elif tag == TEXT + "s":
            out.append(" " * int(ch.get(TEXT + "c", "1")))
        elif tag in (TEXT + "tab", TEXT + "line-break"):
            out.append(" ")
        else:
            odt_inline(ch, out, extra)
        if ch.tail:
            out.append(ch.tail)


def odt_paragraphs(root):
    units = []

    def para(p):
        out, extra = [], []
        odt_inline(p, out, extra)
        units.append(ws("".join(out)))
        for e in extra:
            para(e)

    def walk(el):
        for ch in el:
            if ch.tag in (TEXT + "p", TEXT + "h"):
                para(ch)
            else:
                walk(ch)
    walk(root)
    return [u for u in units if u]


def odt_units(path, problems):
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
                or z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            problems.append("%s: mimetype must come first, stored" % path)
        parts = {}
        for name in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            try:
                parts[name] = ET.fromstring(z.read(name))
            except (KeyError, ET.ParseError) as e:
                problems.append("%s: %s missing or not XML (%s)" % (path, name, e))
                return [], ""
    units = odt_paragraphs(parts["content.xml"].find(OFFICE + "body"))
    for mp in parts["styles.xml"].iter(STYLE + "master-page"):
        units.extend(odt_paragraphs(mp))
    return units, " ".join(units)


# ---------------------------------------------------------------- .mhtml
class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack = [], [], []

    def hidden(self):
        return any(self.stack)

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        self.stack.append(tag in SKIP or any(k == "hidden" for k, _ in attrs))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in BLOCK:
            self.flush()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.hidden():
            self.buf.append(data)


def mhtml_units(path, problems):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f)
    if msg["From"] != "<Saved by Blink>" or msg.get_content_type() != "multipart/related" \
            or msg.get_param("type") != "text/html":
        problems.append("%s: not a Blink multipart/related MHTML file" % path)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if not parts:
        problems.append("%s: no text/html part" % path)
        return [], ""
    v = Visible()
    v.feed(parts[0].get_payload(decode=True).decode("utf-8"))
    v.close()
    v.flush()
    return v.units, " ".join(v.units)


# ---------------------------------------------------------------- .txt
def txt_units(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: no UTF-8 byte order mark" % path)
    text = data.decode("utf-8-sig")
    if re.search(r"(?<!\r)\n", text) or not text.endswith("\r\n"):
        problems.append("%s: every line must end CRLF" % path)
    units = [ws(l) for l in text.split("\r\n") if l.strip()]
    return units, " ".join(units)


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    if path.endswith(".mhtml"):
        return mhtml_units(full, problems)
    return txt_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name, (doc, _) in DOCS.items():
        units[name], text = units_of(doc, problems)
        joined[name] = ws(text).lower()
        nw = len(text.split())
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (doc, nw))
        print("%s: %d words, %d units" % (doc, nw, len(units[name])))
        if "--units" in sys.argv:
            for u in units[name]:
                print("   | " + u)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        low_units = [ws(u).lower() for u in units[name]]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip()
                                                              for s in sec):
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
                key = ws(a).lower()
                if not any(key in u for u in low_units):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                    or not obj["q"].strip():
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
