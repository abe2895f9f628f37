#!/usr/bin/python3
"""Check the heldout353 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Chrome .mhtml (e-paper page): the MIME archive parsed with the email package, the first
    text/html part decoded from quoted-printable as UTF-8, then one unit per block element's
    visible text (style, script, svg and noscript skipped; toolbar, thumbnail strip, article
    blocks, boxes and footer all count, as they are in the page);
  - Google Keep Takeout .html: one unit per block element, with <br> as a break, so each line of
    the note text is a unit (the <title>, the heading's date, the title div and the chips count);
  - EPUB 3: META-INF/container.xml -> the OPF -> the spine's XHTML files in order, one unit per
    block element's text (footnote asides, boxes and captions included; the nav document, which
    is not in the spine, is not read).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    .mhtml's Blink header, RFC 2047 Subject, quoted-printable HTML part with a Content-ID, cid:
    stylesheet, base64 images, QP SVG, toolbar, thumbnails, text blocks with data-bbox, a box,
    a column-split paragraph; the Keep file's XHTML doctype, Keep stylesheet, heading with pinned
    icon and edited date, title, <br> line breaks, ticked and unticked checklist lines, label
    chips and web-link chip, &#39; escapes and an astral character reference; the EPUB's stored
    first mimetype, container, OPF 3.0 metadata and spine, nav with toc and page-list, NCX,
    footnote links and footnote asides, a sidebar aside, headings and print page markers);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_mhtml.py, tools/make_keep.py and tools/make_epub.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py
"""
import email
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
    "pm-svanidhi-2030-epaper-article": ("docs/pm-svanidhi-2030-epaper-article.mhtml", "make_mhtml.py"),
    "street-vendors-act-keep-note": ("docs/street-vendors-act-keep-note.html", "make_keep.py"),
    "street-vending-credit-ladder-magazine": ("docs/street-vending-credit-ladder-magazine.epub",
                                              "make_epub.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


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
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


def mhtml_html(full):
    msg = email.message_from_bytes(open(full, "rb").read())
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True).decode("utf-8")
    raise ValueError("no text/html part")


def epub_spine(full):
    with zipfile.ZipFile(full) as z:
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf"}
        opf_path = cont.find(".//c:rootfile", ns).get("full-path")
        opf = ET.fromstring(z.read(opf_path))
        base = os.path.dirname(opf_path)
        items = {i.get("id"): i.get("href") for i in opf.find("o:manifest", ns)}
        texts = []
        for ref in opf.find("o:spine", ns):
            texts.append(z.read(base + "/" + items[ref.get("idref")]).decode("utf-8"))
    return texts


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".mhtml"):
        return html_units(mhtml_html(full))
    if path.endswith(".epub"):
        out = []
        for text in epub_spine(full):
            out += html_units(text)
        return out
    return html_units(open(full, encoding="utf-8").read())


def check_mhtml(problems):
    full = os.path.join(ROOT, DOCS["pm-svanidhi-2030-epaper-article"][0])
    raw = open(full, "rb").read()
    page = mhtml_html(full)
    msg = email.message_from_bytes(raw)
    types = [p.get_content_type() for p in msg.walk()]
    needs = [(raw.startswith(b"From: <Saved by Blink>\r\nSnapshot-Content-Location: "), "Blink header"),
             (b"\r\nSubject: =?utf-8?Q?" in raw, "RFC 2047 Subject"),
             (b"\r\nContent-ID: <frame-" in raw and b"Content-Transfer-Encoding: quoted-printable" in raw,
              "quoted-printable frame part"),
             (b"=\r\n" in raw and b"=3D" in raw and b"=E2=82=B9" in raw, "soft line breaks and =XX escapes"),
             ('href="cid:css-' in page and "text/css" in types, "cid: stylesheet"),
             ("image/png" in types and b"Content-Transfer-Encoding: base64" in raw, "base64 images"),
             ("image/svg+xml" in types, "quoted-printable SVG"),
             ("<script" not in page, "scripts dropped"),
             ('role="toolbar"' in page and 'class="thumbs"' in page, "toolbar and thumbnails"),
             ('data-bbox="' in page and 'class="blk blk-body"' in page, "clipped text blocks"),
             ('class="blk blk-box"' in page, "boxes"),
             (raw.endswith(b"--\r\n"), "closing boundary")]
    for ok, what in needs:
        if not ok:
            problems.append("mhtml: no %s" % what)


def check_keep(problems, units):
    text = open(os.path.join(ROOT, DOCS["street-vendors-act-keep-note"][0]), encoding="utf-8").read()
    needs = [(text.startswith('<?xml version="1.0" ?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'),
              "XHTML doctype"),
             ("/* go/keep-more-colors-eng */" in text, "Keep stylesheet"),
             ('<div class="heading"><div class="meta-icons">' in text and 'class="pinned"' in text, "heading icons"),
             (re.search(r"\n[A-Z][a-z]{2} \d{1,2}, 20\d\d, \d{1,2}:\d\d:\d\d [AP]M</div>", text), "edited date"),
             ('<div class="title">' in text and '<div class="content">' in text, "title and content"),
             (text.count("<br>") > 50, "line breaks"),
             ("\u2611" in text and "\u2610" in text, "ticked and unticked checklist lines"),
             ('<span class="chip label"><span class="label-name">' in text, "label chips"),
             ("chip annotation WEBLINK" in text, "web-link chip"),
             ("&#39;" in text and re.search(r"&#1\d{5};", text), "Takeout escapes")]
    for ok, what in needs:
        if not ok:
            problems.append("keep: no %s" % what)
    if not any(re.match(r"[A-Z][a-z]{2} \d{1,2}, 2025", u) for u in units):
        problems.append("keep: edited date not a unit")


def check_epub(problems):
    full = os.path.join(ROOT, DOCS["street-vending-credit-ladder-magazine"][0])
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
            problems.append("epub: mimetype not first and stored")
        if z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: bad mimetype")
        for part in ("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/toc.xhtml", "OEBPS/toc.ncx"):
            if part not in names:
                problems.append("epub: missing %s" % part)
        for n in names:
            if n.endswith((".xml", ".opf", ".ncx", ".xhtml")):
                ET.fromstring(z.read(n))
        opf = z.read("OEBPS/content.opf").decode("utf-8")
        nav = z.read("OEBPS/toc.xhtml").decode("utf-8")
        docs = "".join(z.read(n).decode("utf-8") for n in names if n.endswith(".xhtml") and "toc" not in n)
    needs = [('version="3.0"' in opf and "dcterms:modified" in opf and "<spine" in opf, "OPF 3.0"),
             ('properties="nav"' in opf, "nav item"),
             ('epub:type="toc"' in nav and 'epub:type="page-list"' in nav, "toc and page-list nav"),
             ('epub:type="noteref"' in docs and 'epub:type="footnote"' in docs, "footnote links"),
             ('epub:type="sidebar"' in docs, "a box aside"),
             ('epub:type="pagebreak"' in docs, "print page markers"),
             ("<h2 " in docs and "<h1 " in docs, "headings")]
    for ok, what in needs:
        if not ok:
            problems.append("epub: no %s" % what)


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
    check_mhtml(problems)
    check_keep(problems, units["street-vendors-act-keep-note"])
    check_epub(problems)
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
