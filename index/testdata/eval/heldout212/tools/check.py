#!/usr/bin/python3
"""Check the heldout212 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings), out-of-scope lines only q. Every
accept string must be ASCII, 5-12 words long, lie inside one unit of its own document as a
reader sees it, and occur exactly once across the three documents' extracted text (ignoring
case, whitespace collapsed):
  - Quizlet export (.txt): the term or the definition of one card (one line, split at its tab);
  - MkDocs Material page (.md): one rendered line of the page - a paragraph line, a list item,
    a heading, an admonition or tab title, or one pipe-table cell - with the Markdown markers
    (**, __, ==, ^^, ~~, *, ~x~, [^n], { attr lists }, :icon: codes, links and HTML tags)
    removed; front matter, code fences, abbreviation lines, HTML comments and the snippets
    line are not shown text;
  - browser-printed PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a
    gap of three or more spaces (so a timeline date and its text are separate units).
Some section name of each question (other than the generic "Introduction", "Definition",
"What is" and "Overview") must occur in its document's text. Each q-*.jsonl must hold 25
questions and oos.jsonl 12. Each document must hold 1,300-1,800 words as extracted. The
formats are checked (one tab a line and no final newline in the Quizlet export; front matter,
admonitions, tabs and tables in the Markdown; Chrome's header and footer on every PDF page),
and each tools/make_*.py must re-make its document byte for byte (run into a temporary file).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "quizlet-ocean-acidification": ("docs/quizlet-ocean-acidification.txt", "make_quizlet.py"),
    "coral-reefs-mkdocs": ("docs/coral-reefs-mkdocs.md", "make_md.py"),
    "reefs-tipping-point-news": ("docs/reefs-tipping-point-news.pdf", "make_pdf.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Quizlet export
def quizlet_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        data = f.read()
    if data.endswith("\n"):
        problems.append("quizlet: Quizlet writes no newline after the last row")
    units = []
    for i, line in enumerate(data.split("\n"), 1):
        if line.count("\t") != 1:
            problems.append("quizlet: line %d does not hold exactly one tab" % i)
            continue
        term, definition = line.split("\t")
        if not term.strip():
            problems.append("quizlet: line %d has an empty term" % i)
        units += [ws(x) for x in (term, definition) if ws(x)]
    return units


# ---------------------------------------------------------------- MkDocs Markdown
def md_inline(s):
    s = re.sub(r"<!--.*?-->", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\{[^{}]*\}", "", s)                       # attr lists, { .annotate }
    s = re.sub(r":[a-z]+(?:-[a-z0-9]+)+:", "", s)         # :material-fish: icons
    s = re.sub(r"\[\^\d+\]", "", s)                         # footnote references
    s = re.sub(r" \(\d\)(?=,)", "", s)                       # annotation markers "(1),"
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)       # links and images
    for mark in ("**", "__", "==", "^^", "~~"):
        s = s.replace(mark, "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?!\w)", r"\1", s)  # *italic*
    s = re.sub(r"~([^~\s]+)~", r"\1", s)                    # CO~2~ subscript
    return s


def md_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text or not text.endswith("\n"):
        problems.append("md: must be LF-only with a final newline")
    lines = text.split("\n")
    start = 0
    if lines[0] == "---":
        start = lines.index("---", 1) + 1
    else:
        problems.append("md: no YAML front matter")
    for need in (r"^!!! \w+ \"", r"^\?\?\? \w+ \"", r'^=== "', r"^\| --- \|", r"^\[\^\d\]: ",
                 r"^\*\[\w+\]: ", r"^--8<-- ", r"^```mermaid", r"\{ \.annotate \}"):
        if not re.search(need, text, re.M):
            problems.append("md: no line matching %s" % need)
    units, fence = [], False
    for line in lines[start:]:
        st = line.strip()
        if st.startswith("```"):
            fence = not fence
            continue
        if fence or not st or st == "---" or st.startswith(("*[", "--8<--", "<!--")):
            continue
        m = re.match(r'^(?:!!!|\?\?\?\+?)\s+\w+(?:\s+"(.*)")?\s*$', st)
        if m:
            if m.group(1):
                units.append(ws(md_inline(m.group(1))))
            continue
        m = re.match(r'^===\s+"(.*)"\s*$', st)
        if m:
            units.append(ws(m.group(1)))
            continue
        if re.match(r"^\|?\s*-{3,}", st):
            continue
        if st.startswith("|"):
            units += [ws(md_inline(c)) for c in st.strip("|").split("|") if ws(c)]
            continue
        st = re.sub(r"^#{1,6}\s+", "", st)
        st = re.sub(r"^\[\^\d+\]:\s*", "", st)
        st = re.sub(r"^(?:[-*+]|\d+\.)\s+(?:\[[ x]\]\s+)?", "", st)
        t = ws(md_inline(st))
        if t:
            units.append(t)
    return units


# ---------------------------------------------------------------- PDF
def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")
    pages = [p for p in pages if p.strip()]
    for n, page in enumerate(pages, 1):
        lines = [l for l in page.split("\n") if l.strip()]
        if not lines[0].startswith("14/10/25, 8:42 AM") or "…" not in lines[0]:
            problems.append("pdf: page %d lacks Chrome's header line" % n)
        if not lines[-1].startswith("https://www.deccanmeridian.com/") or \
                not lines[-1].rstrip().endswith("%d/%d" % (n, len(pages))):
            problems.append("pdf: page %d lacks Chrome's footer line" % n)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".txt"):
        return quizlet_units(full, problems)
    if path.endswith(".md"):
        return md_units(full, problems)
    return pdf_units(full, problems)


def remake(path, script, problems):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(path))
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
        with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
            if a.read() != b.read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units, joined = {}, {}
    for name, (path, script) in DOCS.items():
        units[name] = units_of(path, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        n = len(joined[name].split())
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words as extracted, expected 1,300-1,800" % (path, n))
        remake(path, script, problems)
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
            named = [s for s in sec if s.lower() not in GENERIC]
            if not any(ws(s).lower() in joined[name] for s in named):
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    for p in problems:
        print(p)
    print("words: %s" % ", ".join("%s %d" % (k, len(v.split())) for k, v in joined.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
