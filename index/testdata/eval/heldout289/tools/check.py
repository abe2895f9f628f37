#!/usr/bin/python3
"""Check the heldout289 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines hold exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings); there are 25 per document and
12 out-of-scope lines holding only q. Every accept string must be ASCII, 5 to 12 words long,
lie inside one unit of its own document as a reader sees it, and occur exactly once across the
three documents' extracted text (case ignored, whitespace collapsed):
  - Zotero Note HTML export (.html): one block element's text (h1-h3, p, li, th/td paragraph),
    <br> breaking a block in two;
  - WordPress export (.xml): per item, the title, the excerpt, one block element of the
    content:encoded HTML (HTML comments, i.e. Gutenberg block delimiters, skipped), or one
    line of an approved comment; the text counted for uniqueness also holds the unapproved
    comment, the image alt text and the Yoast meta descriptions;
  - Microsoft Whiteboard PDF (.pdf): one line of `pdftotext -layout` output cut where
    pdftotext leaves three or more spaces (notes side by side share a printed line).
At least one section name of each question must occur in its document's text. The documents
must be 1,300 to 1,800 words as extracted, have the shape of their format (the Note HTML
skeleton with div.zotero-note blocks; a WXR 1.2 file that parses as XML; a one-page PDF made by
"Microsoft Whiteboard"), and tools/make_zotero.py, tools/make_wxr.py and
tools/make_whiteboard.py must re-make them byte for byte.
Run: /usr/bin/python3 tools/check.py   (add --units to print every document's units)
"""
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "zotero-electoral-college-vote-value": ("docs/zotero-electoral-college-vote-value.html",
                                            "tools/make_zotero.py"),
    "polityprepdiaries-wordpress-2025-09-14": ("docs/polityprepdiaries-wordpress-2025-09-14.xml",
                                               "tools/make_wxr.py"),
    "whiteboard-vice-president-2025": ("docs/whiteboard-vice-president-2025.pdf",
                                       "tools/make_whiteboard.py"),
}
NS = {"content": "http://purl.org/rss/1.0/modules/content/",
      "excerpt": "http://wordpress.org/export/1.2/excerpt/",
      "wp": "http://wordpress.org/export/1.2/"}
BLOCK = {"p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "thead", "h1", "h2", "h3",
         "h4", "h5", "h6", "div", "hr", "br", "figure", "figcaption", "blockquote", "summary",
         "details", "body", "html", "head"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Text of each block element; a Yoast FAQ question (<strong class="schema-faq-question">)
    counts as a block of its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.faq_q = [], [], 0, False

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "strong" and ("class", "schema-faq-question") in attrs:
            self.flush()
            self.faq_q = True
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK or (tag == "strong" and self.faq_q):
            self.flush()
            self.faq_q = False

    def handle_startendtag(self, tag, attrs):
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


def zotero_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if not text.startswith('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                           '<div class="zotero-notes"><div class="zotero-note">'):
        problems.append("zotero: not the Note HTML export skeleton")
    if text.endswith("\n") or text.count('<div class="zotero-note">') != 3 or text.count("<hr>") != 2:
        problems.append("zotero: expected three notes joined by <hr> and no final newline")
    if "data-annotation" in text or "data-citation=" in text or "data-schema-version" in text:
        problems.append("zotero: the export strips annotation/citation data and the schema container")
    return html_units(text), []


def wxr_units(full, problems):
    root = ET.parse(full).getroot()
    ch = root.find("channel")
    if root.tag != "rss" or ch.findtext("wp:wxr_version", namespaces=NS) != "1.2":
        problems.append("wxr: not a WXR 1.2 file")
    units = [ws(ch.findtext("title")), ws(ch.findtext("description"))]
    extra = []
    for it in ch.findall("item"):
        ptype = it.findtext("wp:post_type", namespaces=NS)
        if ptype not in ("post", "page", "attachment"):
            continue
        units.append(ws(it.findtext("title")))
        units.extend(html_units(it.findtext("content:encoded", namespaces=NS) or ""))
        exc = ws(it.findtext("excerpt:encoded", namespaces=NS) or "")
        if exc:
            units.append(exc)
        for m in it.findall("wp:postmeta", NS):
            if m.findtext("wp:meta_key", namespaces=NS) in ("_yoast_wpseo_metadesc",
                                                            "_wp_attachment_image_alt"):
                extra.append(m.findtext("wp:meta_value", namespaces=NS))
        for c in it.findall("wp:comment", NS):
            lines = [ws(html.unescape(l)) for l in
                     c.findtext("wp:comment_content", namespaces=NS).split("\n") if l.strip()]
            if c.findtext("wp:comment_approved", namespaces=NS) == "1":
                units.extend(lines)
            else:
                extra.extend(lines)
    return [u for u in units if u], extra


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if not re.search(r"^Pages:\s+1$", info, re.M) or "Microsoft Whiteboard" not in info:
        problems.append("pdf: expected one page created by Microsoft Whiteboard")
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, []


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        return zotero_units(full, problems)
    if path.endswith(".xml"):
        return wxr_units(full, problems)
    return pdf_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    check_remake(problems)
    units, joined = {}, {}
    for name, (doc, _) in DOCS.items():
        shown, extra = units_of(doc, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        words = len(" ".join(shown).split())
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words as extracted, expected 1,300 to 1,800" % (doc, words))
    if "--units" in sys.argv:
        for name in DOCS:
            print("=== %s" % name)
            for u in units[name]:
                print(u)
        return 0
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
