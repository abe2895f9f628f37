#!/usr/bin/python3
"""Check the heldout284 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse. In-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); there are 25 a document, and oos.jsonl
holds 12 lines with q only. Every accept string must be ASCII, 5-12 words long, lie inside one
unit of its own document as a reader sees it, and occur exactly once (ignoring case, whitespace
collapsed) across the three documents' text:
  - Goodnotes PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (two text boxes side by side share a printed line); the handwriting is
    ink paths with no text, so it adds nothing;
  - YouTube page text (.txt): one line (CRLF line ends);
  - RemNote Markdown (.md): one line, read without its indent, its "- " bullet, a "# " header
    mark and the [[ ]] and {{ }} brackets of references and clozes.
At least one section name of each question must occur in its own document's text (compared with
curly quotes, en and em dashes and arrows folded to ASCII; for the PDF the `pdftotext -raw` text
counts too, since a box title wrapped in a side-by-side box is split by the other box's lines in
the layout text). Finally every make script is run into
a temporary directory and its output compared byte for byte with the file in docs/, and the
document shapes are checked: the PDF has 6 pages with a Goodnotes creator and a cover, the .txt
is UTF-8 with CRLF only, the .md has "- " bullets indented by four spaces.
Run: /usr/bin/python3 tools/check.py      (needs pdftotext and, for the PDF, reportlab)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "pallava-architecture-goodnotes": ("docs/pallava-architecture-goodnotes.pdf", "make_pdf.py"),
    "chalukya-badami-aihole-pattadakal-youtube":
        ("docs/chalukya-badami-aihole-pattadakal-youtube.txt", "make_youtube.py"),
    "pallava-vs-chalukya-remnote": ("docs/pallava-vs-chalukya-remnote.md", "make_remnote.py"),
}
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                      "\u2013": "-", "\u2014": "-", "\u2192": "->", "\u00a0": " "})


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def txt_units(full):
    with open(full, "rb") as f:
        data = f.read().decode("utf-8")
    return [ws(l) for l in data.split("\r\n") if ws(l)]


def md_units(full):
    units = []
    with open(full, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            t = line.lstrip(" ")
            if t.startswith("- "):
                t = t[2:]
            t = re.sub(r"^#{1,6} ", "", t)
            t = t.replace("[[", "").replace("]]", "").replace("{{", "").replace("}}", "")
            if ws(t):
                units.append(ws(t))
    return units


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".txt"):
        return txt_units(full)
    return md_units(full)


def check_shapes(problems):
    pdf = os.path.join(ROOT, DOCS["pallava-architecture-goodnotes"][0])
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    if not re.search(r"^Pages:\s+6$", info, re.M):
        problems.append("PDF: expected 6 pages")
    if not re.search(r"^Creator:\s+Goodnotes$", info, re.M):
        problems.append("PDF: creator is not Goodnotes")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True,
                           text=True, check=True).stdout
    if "PALLAVA ART & ARCHITECTURE" not in first:
        problems.append("PDF: page 1 is not the notebook cover")
    with open(os.path.join(ROOT, DOCS["chalukya-badami-aihole-pattadakal-youtube"][0]), "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf") or raw.replace(b"\r\n", b"").count(b"\n") or \
            raw.replace(b"\r\n", b"").count(b"\r"):
        problems.append("YouTube .txt: must be UTF-8 without BOM and CRLF only")
    for needle in (b"Pinned by @", b"\r\nChapters\r\n", b"Show transcript", b" Comments\r\n"):
        if needle not in raw:
            problems.append("YouTube .txt: missing %r" % needle)
    with open(os.path.join(ROOT, DOCS["pallava-vs-chalukya-remnote"][0]), encoding="utf-8") as f:
        for i, line in enumerate(f.read().rstrip("\n").split("\n"), 1):
            m = re.match(r"^( *)- ", line)
            if not m or len(m.group(1)) % 4:
                problems.append("RemNote .md line %d is not a bullet indented by 4s" % i)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    folded = {k: ws(" ".join(u)).translate(FOLD).lower() for k, u in units.items()}
    # A heading that wraps inside a side-by-side text box is interleaved with the other box's
    # lines in the layout text; the PDF's text in content-stream order keeps it whole.
    pdf = os.path.join(ROOT, DOCS["pallava-architecture-goodnotes"][0])
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    folded["pallava-architecture-goodnotes"] += " " + ws(raw).translate(FOLD).lower()
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
            elif not any(ws(s).translate(FOLD).lower() in folded[name] for s in sec):
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
                    problems.append("%s: not inside one line of %s: %r" % (where, name, a))
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
    check_shapes(problems)
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--dump"]:
        for k, (path, _) in DOCS.items():
            print("=====", k)
            for u in units_of(path):
                print(u)
        sys.exit(0)
    sys.exit(main())
