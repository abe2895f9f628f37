#!/usr/bin/python3
"""Check the heldout168 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive). The units are:
  - LibreOffice .odt: one paragraph or heading of content.xml (text:p / text:h; a table cell's,
    list item's, footnote's or text frame's paragraphs are units of their own, and a footnote or
    frame is not part of the paragraph that anchors it; a text:line-break ends a unit);
  - Google Keep Takeout .json: the title, one line of textContent, or a link annotation's title
    or description;
  - Chrome .mhtml: one element's visible text in the quoted-printable text/html part (scripts
    and styles skipped).
It also checks the containers: the .odt's mimetype entry first and stored, its manifest, and
Heading 1/2, list, table, footnote and frame in content.xml; the Keep note's Takeout keys and
that textContentHtml shows the same lines as textContent; the .mhtml's Blink header and parts.
There must be 25 questions per document and 12 out-of-scope questions.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "alauddin-khalji-reforms": "docs/alauddin-khalji-reforms.odt",
    "mbt-five-experiments": "docs/mbt-five-experiments.json",
    "tughlaq-experiments-blog": "docs/tughlaq-experiments-blog.mhtml",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "figure",
         "figcaption", "blockquote", "form", "label", "button", "textarea"}
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
KEEP_KEYS = ["color", "isTrashed", "isPinned", "isArchived", "annotations", "textContent", "title",
             "userEditedTimestampUsec", "createdTimestampUsec", "textContentHtml", "labels"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def odt_shown(el, out):
    """Shown text of a paragraph: note citations stay, note bodies and frames are left out."""
    if el.text:
        out.append(el.text)
    for ch in el:
        if ch.tag == TEXT + "note":
            out.append(ch.findtext(TEXT + "note-citation") or "")
        elif ch.tag == DRAW + "frame":
            pass
        elif ch.tag == TEXT + "s":
            out.append(" " * int(ch.get(TEXT + "c", "1")))
        elif ch.tag == TEXT + "tab":
            out.append("\t")
        elif ch.tag == TEXT + "line-break":
            out.append("\n")
        else:
            odt_shown(ch, out)
        if ch.tail:
            out.append(ch.tail)


def odt_units(full, problems):
    z = zipfile.ZipFile(full)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
            z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        problems.append("odt: mimetype must come first, stored, application/vnd.oasis.opendocument.text")
    names = set(z.namelist())
    for need in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
        if need not in names:
            problems.append("odt: missing %s" % need)
    manifest = z.read("META-INF/manifest.xml").decode("utf-8")
    for n in names - {"mimetype", "META-INF/manifest.xml"}:
        if 'manifest:full-path="%s"' % n not in manifest:
            problems.append("odt: %s not in the manifest" % n)
    styles = z.read("styles.xml").decode("utf-8")
    for s in ("Heading_20_1", "Heading_20_2"):
        if 'style:name="%s"' % s not in styles:
            problems.append("odt: styles.xml lacks %s" % s)
    root = ET.fromstring(z.read("content.xml"))
    levels = {h.get(TEXT + "outline-level") for h in root.iter(TEXT + "h")}
    if not {"1", "2"} <= levels:
        problems.append("odt: needs Heading 1 and Heading 2 paragraphs")
    for tag, what in ((TEXT + "list", "list"), (TABLE + "table", "table"),
                      (TEXT + "note", "footnote"), (DRAW + "text-box", "text box")):
        if root.find(".//" + tag) is None:
            problems.append("odt: no %s in content.xml" % what)
    units = []
    for el in root.iter():
        if el.tag in (TEXT + "p", TEXT + "h"):
            buf = []
            odt_shown(el, buf)
            units += [l for l in "".join(buf).split("\n") if l.strip()]
    return units


class HtmlLines(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.lines.append("")
        elif tag == "p":
            self.buf = []

    def handle_endtag(self, tag):
        if tag == "p":
            self.lines.append("".join(self.buf))

    def handle_data(self, data):
        self.buf.append(data)


def keep_units(full, problems):
    with open(full, encoding="utf-8") as f:
        raw = f.read()
    note = json.loads(raw)
    if list(note) != KEEP_KEYS:
        problems.append("keep: keys %s, expected Takeout order %s" % (list(note), KEEP_KEYS))
    if "\n" in raw:
        problems.append("keep: Takeout writes the note on one line")
    for k in ("userEditedTimestampUsec", "createdTimestampUsec"):
        if not isinstance(note.get(k), int) or note[k] < 10 ** 15:
            problems.append("keep: %s must be microseconds" % k)
    if not isinstance(note.get("isPinned"), bool) or not note.get("labels"):
        problems.append("keep: isPinned and labels expected")
    if any(a.get("source") != "WEBLINK" for a in note.get("annotations", [])):
        problems.append("keep: annotations must be WEBLINK")
    lines = note["textContent"].split("\n")
    p = HtmlLines()
    p.feed(note["textContentHtml"])
    if p.lines != lines:
        problems.append("keep: textContentHtml does not show the lines of textContent")
    units = [note["title"]] + [l for l in lines if l.strip()]
    for a in note.get("annotations", []):
        units += [t for t in (a.get("title", ""), a.get("description", "")) if t.strip()]
    return units


def mhtml_units(full, problems):
    with open(full, "rb") as f:
        data = f.read()
    if not data.startswith(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: "):
        problems.append("mhtml: not a Blink header")
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    if msg.get_content_type() != "multipart/related":
        problems.append("mhtml: not multipart/related")
    parts = msg.get_payload()
    types = [p.get_content_type() for p in parts]
    if not types or types[0] != "text/html" or not any(t.startswith("image/") for t in types):
        problems.append("mhtml: expected the text/html part first and an image part, got %s" % types)
    page = parts[0]
    if page["Content-Transfer-Encoding"] != "quoted-printable":
        problems.append("mhtml: the page part must be quoted-printable")
    p = Blocks()
    p.feed(page.get_payload(decode=True).decode("utf-8"))
    p.flush()
    return p.units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".odt"):
        return odt_units(full, problems)
    if path.endswith(".json"):
        return keep_units(full, problems)
    return mhtml_units(full, problems)


def main():
    problems = []
    units = {k: units_of(v, problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
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
