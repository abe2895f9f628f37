#!/usr/bin/python3
"""Check the heldout222 evaluation set.

1. The three make_*.py scripts re-make docs/ byte for byte: each document is read, its script
   run, the result compared; a document that changed is put back and reported.
2. Each document is read as a reader gets it and cut into units:
   - the Notepad file: its lines (CR LF split), whitespace collapsed;
   - the Telegram export: the visible text of each block element (head, scripts and styles
     skipped, entities decoded), also cut at every <br>;
   - the magazine PDF: the lines of `pdftotext` output (reading order, the default mode).
   Each document must hold 1,300 to 1,800 words of such text and the marks of its format (the
   Notepad file: UTF-8 without BOM, CR LF only, no final line break, ALL-CAPS headings between
   dashed rules; the export: the "Exported Data" skeleton, date separators, signatures, the
   pinned-message and channel-photo service messages, a poll, a forwarded post, a reply, a pre
   block; the PDF: three pages, its producer, both columns' headings, the sidebar).
3. q-<doc>.jsonl: exactly 25 lines, each a JSON object with exactly the keys q, accept,
   section; accept is a list of one or two strings, each ASCII, 5 to 12 words long, inside one
   unit of its own document (case and whitespace ignored) and occurring exactly once in the
   three documents' text taken together (case and whitespace ignored); section is a non-empty
   list of strings, and at least one of them (other than the generic "Introduction",
   "Definition", "What is" and "Overview") is found in its document's text (curly quotes and
   en dashes read as their ASCII forms).
4. oos.jsonl: exactly 12 lines, each a JSON object with only a non-empty q.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {
    "imd-cyclone-warnings-and-names": ("imd-cyclone-warnings-and-names.txt", "make_txt.py"),
    "messages": ("messages.html", "make_telegram.py"),
    "ndma-ncrmp-magazine-nov-2025": ("ndma-ncrmp-magazine-nov-2025.pdf", "make_pdf.py"),
}
GENERIC = {"Introduction", "Definition", "What is", "Overview"}
BLOCK = {"p", "div", "li", "ul", "ol", "blockquote", "br", "pre", "h1", "h2", "h3", "h4", "h5",
         "h6", "table", "tr", "td", "th", "span"}
SKIP = {"head", "script", "style", "title"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(s.split()).lower()


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
            if tag != "span" or cls.split()[:1] in (["reaction"], ["emoji"], ["count"], ["details"]):
                self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK and tag != "span":
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def txt_units(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("notepad file: has a BOM")
    if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
        err("notepad file: line ends are not all CR LF")
    if raw.endswith(b"\n"):
        err("notepad file: ends with a line break")
    text = raw.decode("utf-8")
    lines = text.split("\r\n")
    heads = [l for i, l in enumerate(lines[1:-1], 1)
             if re.match(r"\d+\. [A-Z]", l) and lines[i - 1].startswith("-----")
             and lines[i + 1].startswith("-----")]
    if len(heads) < 10 or any(re.sub(r"\([^)]*\)", "", h) != re.sub(r"\([^)]*\)", "", h).upper()
                              for h in heads):
        err("notepad file: expected ten or more ALL-CAPS headings between dashed rules")
    return [" ".join(l.split()) for l in lines if l.strip()]


def html_units(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for needed in ("<title>Exported Data</title>", '<div class="page_wrap">', '<div class="history">',
                   '<div class="message service" id="message-1">', '<div class="signature details">',
                   "pinned <a href=", "Channel photo changed", '<div class="media_poll">',
                   '<div class="pull_left forwarded userpic_wrap">', '<div class="reply_to details">',
                   "<pre>", "Not included, change data exporting settings to download."):
        if needed not in text:
            err("telegram export: missing %r" % needed)
    p = Units()
    p.feed(text.replace("<br>", "<br/>"))
    p.close()
    p.flush()
    return p.units


def pdf_units(path):
    out = subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True,
                         text=True).stdout
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    if "Adobe PDF Library" not in info:
        err("pdf: producer is not the magazine's")
    m = re.search(r"Pages:\s+(\d+)", info)
    if not m or int(m.group(1)) != 3:
        err("pdf: expected 3 pages")
    for needed in ("WHY IN NEWS?", "FACT FILE | NCRMP AT A GLANCE", "Gaps that remain",
                   "Recent developments (2023\u201325)", "PRELIMS PRACTICE"):
        if needed not in out:
            err("pdf: missing %r" % needed)
    return [" ".join(l.split()) for l in out.split("\n") if l.strip()]


def units_of(name):
    fn = DOCS[name][0]
    path = os.path.join(ROOT, "docs", fn)
    if fn.endswith(".pdf"):
        return pdf_units(path)
    if fn.endswith(".html"):
        return html_units(path)
    return txt_units(path)


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
        words = len(" ".join(us).split())
        print("%-40s %5d words of text" % (DOCS[n][0], words))
        if not 1300 <= words <= 1800:
            err("%s: %d words, want 1,300 to 1,800" % (DOCS[n][0], words))
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
            if not (isinstance(acc, list) and 1 <= len(acc) <= 2
                    and all(isinstance(a, str) for a in acc)):
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
                    err("%s: accept not inside one line/element of its document: %r" % (where, a))
                total = sum(full[m].count(na) for m in DOCS)
                if total != 1:
                    err("%s: accept occurs %d times across the three documents: %r" % (where, total, a))
            if not (isinstance(sec, list) and sec and all(isinstance(s, str) and s.strip() for s in sec)):
                err("%s: section must be a non-empty list of strings" % where)
                continue
            named = [s for s in sec if s not in GENERIC]
            if not named or not any(norm(s) in full[n] for s in named):
                err("%s: no section name found in the document: %r" % (where, sec))
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
        print("FAIL", e)
    print("in-scope questions: %d, out-of-scope: %d, problems: %d" % (total_q, len(lines), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
