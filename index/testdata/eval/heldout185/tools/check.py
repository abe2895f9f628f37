#!/usr/bin/python3
"""Check the heldout185 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list whose names are headings of the document or the allowed
aliases). Every accept string must be ASCII, 5-12 words long, lie inside one unit of its document
as the app shows it, and occur exactly once across the three documents (case-insensitive):
  - EPUB (Apple Pages export): the shown text of the spine's XHTML chapters, one unit per
    paragraph, heading, list item or table cell (zipfile + html.parser);
  - e-mail (.eml, Substack): the decoded text/html part, one unit per element's visible text,
    leaving out <style>, <script> and the display:none preheader (email + html.parser);
  - Org-mode (.org): one unit per line, table rows split into cells, and accept strings free of
    Org markup (emphasis markers, [[links]], [fn:N]).
It also checks each file's structure (EPUB: mimetype first and stored, container.xml, OPF,
nav document, XHTML that parses; e-mail: multipart/alternative with text/plain and text/html,
the Listen, Share and Unsubscribe parts and footnotes; Org: #+TITLE, headings, TODO items,
a table, footnotes, :PROPERTIES: drawers) and that tools/make_*.py re-make each file byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import importlib.util
import json
import os
import posixpath
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "speaker-office-and-powers": "docs/speaker-office-and-powers.epub",
    "speaker-removal-deputy-neutrality": "docs/speaker-removal-deputy-neutrality.eml",
    "speaker-tenth-schedule-and-speakers": "docs/speaker-tenth-schedule-and-speakers.org",
}
MAKERS = {
    "docs/speaker-office-and-powers.epub": "make_epub.py",
    "docs/speaker-removal-deputy-neutrality.eml": "make_eml.py",
    "docs/speaker-tenth-schedule-and-speakers.org": "make_org.py",
}
ALIASES = {"Introduction", "Definition", "What is", "Overview", "Frequently Asked Questions"}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside",
         "blockquote", "figure", "figcaption"}
VOID = {"br", "img", "meta", "link", "hr", "input", "col", "source", "wbr"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
    """Visible text, one unit per block element; headings collected separately."""

    def __init__(self, heading_classes=()):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.hidden_at = [], [], [], None
        self.headings, self.in_heading, self.hbuf = [], None, []
        self.heading_classes = heading_classes

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
            if self.hidden_at is None and (tag in ("style", "script", "head")
                                           or "display:none" in (a.get("style") or "").replace(" ", "")):
                self.hidden_at = len(self.stack)
        if tag in BLOCK:
            self.flush()
        if self.hidden_at is None and (tag in ("h1", "h2", "h3", "h4") or
                                       (tag == "p" and a.get("class") in self.heading_classes)):
            self.in_heading, self.hbuf = tag, []

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            if tag in BLOCK:
                self.flush()
            return
        if tag in BLOCK:
            self.flush()
        if tag == self.in_heading:
            t = ws("".join(self.hbuf))
            if t:
                self.headings.append(t)
            self.in_heading = None
        while self.stack:
            top = self.stack.pop()
            if self.hidden_at is not None and len(self.stack) < self.hidden_at:
                self.hidden_at = None
            if top == tag:
                break

    def handle_data(self, data):
        if self.hidden_at is None:
            self.buf.append(data)
            if self.in_heading:
                self.hbuf.append(data)


def epub_units(full, problems):
    z = zipfile.ZipFile(full)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
            or z.read("mimetype") != b"application/epub+zip":
        problems.append("%s: mimetype must come first, stored, application/epub+zip" % full)
    ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf"}
    cont = ET.fromstring(z.read("META-INF/container.xml"))
    opf_path = cont.find(".//c:rootfile", ns).get("full-path")
    opf = ET.fromstring(z.read(opf_path))
    base = posixpath.dirname(opf_path)
    items = {i.get("id"): i for i in opf.find("o:manifest", ns)}
    if not any("nav" in (i.get("properties") or "").split() for i in items.values()):
        problems.append("%s: no EPUB 3 nav document in the manifest" % full)
    units, heads = [], []
    for ref in opf.find("o:spine", ns):
        item = items[ref.get("idref")]
        data = z.read(posixpath.join(base, item.get("href"))).decode("utf-8")
        ET.fromstring(data.encode("utf-8"))  # must be well-formed XHTML
        if "epub:type=\"sidebar\"" not in data:
            problems.append("%s: chapter has no sidebars" % full)
        p = Blocks(heading_classes=("paragraph-style-9",))
        p.feed(data)
        p.flush()
        units += p.units
        heads += p.headings
    return units, heads


def eml_units(full, problems):
    msg = email.message_from_bytes(open(full, "rb").read(), policy=email.policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append("%s: not multipart/alternative" % full)
    parts = {p.get_content_type(): p for p in msg.walk() if not p.is_multipart()}
    if set(parts) != {"text/plain", "text/html"}:
        problems.append("%s: parts are %s" % (full, sorted(parts)))
    page = parts["text/html"].get_content()
    for needle in ("Listen to this post", ">Share<", "Unsubscribe", 'class="footnote"',
                   "footnote-anchor", "substack"):
        if needle not in page:
            problems.append("%s: HTML lacks %r" % (full, needle))
    p = Blocks()
    p.feed(page)
    p.flush()
    heads = []
    for h in p.headings:
        heads.append(h)
        m = re.match(r"^\d+\.\s+(.*)$", h)
        if m:
            heads.append(m.group(1))
    return p.units, heads


def org_units(full, problems):
    text = open(full, encoding="utf-8").read()
    for needle in ("#+TITLE:", "\n* ", "\n** TODO ", ":PROPERTIES:", ":END:", "[fn:1]", "\n|-"):
        if needle not in text:
            problems.append("%s: Org file lacks %r" % (full, needle))
    units, heads = [], []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("|"):
            units += [c.strip() for c in line.strip("|").split("|") if c.strip() and not set(c) <= set("-+")]
            continue
        units.append(line)
        m = re.match(r"^\*+\s+(.*)$", line)
        if m:
            h = re.sub(r"\s+:[\w:]+:\s*$", "", m.group(1)).strip()
            heads.append(h)
            kw = re.match(r"^(TODO|DONE)\s+(.*)$", h)
            if kw:
                heads.append(kw.group(2))
    return units, heads


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".epub"):
        return epub_units(full, problems)
    if path.endswith(".eml"):
        return eml_units(full, problems)
    return org_units(full, problems)


def check_remake(problems):
    for doc, maker in MAKERS.items():
        spec = importlib.util.spec_from_file_location(maker[:-3], os.path.join(ROOT, "tools", maker))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with tempfile.TemporaryDirectory() as tmp:
            mod.OUT = os.path.join(tmp, os.path.basename(doc))
            mod.main()
            if open(mod.OUT, "rb").read() != open(os.path.join(ROOT, doc), "rb").read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, maker))


ORG_MARKUP = re.compile(r"\[\[|\]\]|\[fn:|(?<![\w])[*/=~+_]\S|\S[*/=~+_](?![\w])")


def main():
    problems = []
    units, heads = {}, {}
    for k, v in DOCS.items():
        units[k], heads[k] = units_of(v, problems)
    check_remake(problems)
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
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            else:
                for s in sec:
                    if s not in heads[name] and s not in ALIASES:
                        problems.append("%s: section %r is not a heading of %s" % (where, s, name))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if DOCS[name].endswith(".org") and ORG_MARKUP.search(a):
                    problems.append("%s: Org markup in %r" % (where, a))
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
