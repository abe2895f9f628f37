#!/usr/bin/python3
"""Check the heldout283 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be ASCII,
5-12 words long, lie inside one unit of its own document as a reader sees it, and occur exactly
once across the three documents' text (case-insensitive, whitespace collapsed):
  - Colab notebook (.ipynb): one line of a text cell as Colab renders it (heading marks, list
    marks, **bold**, *italic*, _italic_, ~~strike~~, `code` and HTML tags dropped; a markdown table
    row split into its cells), one line of a code cell, one line of a stream output or of a
    traceback (ANSI colour codes dropped), one element of a DataFrame's text/html (table cells;
    style, script, svg and button skipped), or a line of text/plain where there is no HTML or image;
  - WebVTT podcast transcript (.vtt): the text of one cue (voice and other tags dropped, its lines
    joined by a space), or one line of a NOTE block;
  - PDF handout: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of three
    or more spaces (so one table cell or one header/footer item), whitespace collapsed.
It also checks that some section name of each question occurs in its document, that each
document holds 1,300-1,800 words as extracted, that the notebook is nbformat 4 JSON, that the
transcript is well-formed WebVTT (header, timings in order, a voice tag on every spoken cue),
that there are 25 questions per document and 12 out-of-scope ones, and that tools/make_ipynb.py,
tools/make_vtt.py and tools/make_pdf.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "gva-gdp-national-accounts-colab": ("docs/gva-gdp-national-accounts-colab.ipynb",
                                        "tools/make_ipynb.py"),
    "arth-samvad-ep47-new-gdp-base-year": ("docs/arth-samvad-ep47-new-gdp-base-year.vtt",
                                           "tools/make_vtt.py"),
    "informal-sector-class22-handout": ("docs/informal-sector-class22-handout.pdf",
                                        "tools/make_pdf.py"),
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "br",
         "h1", "h2", "h3", "h4", "h5", "h6", "pre"}
SKIP = {"style", "script", "svg", "button"}


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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def md_line(line):
    """One markdown source line as Colab shows it (a list, since a table row gives cells)."""
    s = line.strip()
    if s.startswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", c) for c in cells):
            return []
        return [md_inline(c) for c in cells]
    s = re.sub(r"^#{1,6}\s+", "", s)
    s = re.sub(r"^>\s?", "", s)
    s = re.sub(r"^([-*+]|\d+\.)\s+", "", s)
    return [md_inline(s)]


def md_inline(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("**", "").replace("~~", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", s)
    return ws(s)


def ipynb_units(full, problems):
    with open(full, encoding="utf-8") as f:
        nb = json.load(f)
    if nb.get("nbformat") != 4 or not isinstance(nb.get("cells"), list):
        problems.append("%s: not an nbformat 4 notebook" % full)
        return []
    units = []
    for cell in nb["cells"]:
        src = "".join(cell.get("source", []))
        if cell["cell_type"] == "markdown":
            for line in src.split("\n"):
                units.extend(u for u in md_line(line) if u)
            continue
        units.extend(ws(l) for l in src.split("\n") if ws(l))
        for out in cell.get("outputs", []):
            kind = out["output_type"]
            if kind == "stream":
                units.extend(ws(l) for l in "".join(out["text"]).split("\n") if ws(l))
            elif kind == "error":
                tb = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(out["traceback"]))
                units.extend(ws(l) for l in tb.split("\n") if ws(l))
            else:
                data = out.get("data", {})
                if "text/html" in data:
                    p = Blocks()
                    p.feed("".join(data["text/html"]))
                    p.flush()
                    units.extend(p.units)
                elif "image/png" not in data:
                    units.extend(ws(l) for l in "".join(data.get("text/plain", [])).split("\n")
                                 if ws(l))
    return units


TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


def vtt_units(full, problems):
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("WEBVTT\n"):
        problems.append("%s: no WEBVTT header" % full)
    units, last = [], -1
    for block in text.split("\n\n")[1:]:
        lines = [l for l in block.split("\n") if l]
        if not lines:
            continue
        if lines[0].startswith("NOTE"):
            first = lines[0][4:].strip()
            units.extend(ws(l) for l in ([first] if first else []) + lines[1:])
            continue
        m = TIMING.match(lines[0])
        if not m:
            problems.append("%s: bad cue timing %r" % (full, lines[0]))
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if not (last <= start < end):
            problems.append("%s: cue timings out of order at %s" % (full, lines[0]))
        last = end
        body = " ".join(lines[1:])
        if not body.startswith("<v ") and not body.startswith("["):
            problems.append("%s: spoken cue without a voice tag at %s" % (full, lines[0]))
        units.append(ws(re.sub(r"<[^>]+>", "", body)))
    return units


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".ipynb"):
        return ipynb_units(full, problems)
    if path.endswith(".vtt"):
        return vtt_units(full, problems)
    return pdf_units(full)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, j in joined.items():
        n = len(j.split())
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words as extracted, expected 1,300-1,800" % (k, n))
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
                if not any(ws(a).lower() in u.lower() for u in units[name]):
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
    check_remake(problems)
    for p in problems:
        print(p)
    for k, j in joined.items():
        print("%s: %d words as extracted" % (k, len(j.split())))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
