#!/usr/bin/python3
"""Check the heldout276 evaluation set.

Extracts each document's text as a reader sees it, one unit a line / element / cell:
  - LaTeX source (.tex): the text between \\begin{document} and \\end{document} line by line,
    plus \\title, \\author (split at \\\\) and \\date; % comments left out of the units (but
    counted for uniqueness); \\footnote{...} bodies as units of their own; tabular rows split
    into cells at &; \\caption{X} shown as "Table n: X"; \\section{X} / \\subsection{X} as X;
    \\textbf, \\emph, \\tn, \\imp and other one-argument commands replaced by their argument,
    Table~\\ref{...} by "Table n"; `` '' as curly quotes, -- as an en dash, ~ as a space,
    $\\sim$ as "~", $\\rightarrow$ as an arrow, \\& \\% \\# \\$ \\_ as the characters;
    environment, rule and layout commands dropped;
  - HTML (Instapaper reader page): one unit per block element's visible text (p, li, td, th,
    h1-h3, figcaption, blockquote, cite, div, button, ...), scripts and styles skipped;
  - PDF (Samsung Notes export): `pdftotext -layout`, one unit per printed line, a line cut
    where pdftotext leaves three or more spaces (table columns).
Then checks, for q-*.jsonl and oos.jsonl:
  - every line parses; in-scope lines have exactly the keys q, accept, section; 25 a document
    (at least three of them 2-4 word keyword queries); oos.jsonl has 12 lines with only q;
  - every accept string (one or two a question) is ASCII, 5-12 words long, lies inside one unit
    of its own document (case and whitespace ignored) and occurs exactly once across the three
    documents' extracted text (the .tex's comments included);
  - at least one section name of every question occurs in its document's extracted text;
and that each document's extracted text is 1,300-1,800 words, and that tools/make_tex.py,
tools/make_html.py and tools/make_pdf.py re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py            (add --units to print the extracted units)
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
    "sangam-literature-notes": ("docs/sangam-literature-notes.tex", "make_tex.py"),
    "muvendar-polity-instapaper": ("docs/muvendar-polity-instapaper.html", "make_html.py"),
    "sangam-economy-samsung-notes": ("docs/sangam-economy-samsung-notes.pdf", "make_pdf.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- LaTeX
SKIP = re.compile(r"^\\(begin|end|toprule|midrule|bottomrule|centering|maketitle|tableofcontents|"
                  r"bigskip|medskip|smallskip|newpage|addcontentsline)\b")


def split_comment(line):
    m = re.search(r"(?<!\\)%", line)
    if not m:
        return line, ""
    return line[:m.start()], line[m.end():]


def braced(s, i):
    """s[i] is '{': return (content, index after the closing brace)."""
    depth, j = 0, i
    while j < len(s):
        if s[j] == "{" and (j == 0 or s[j - 1] != "\\"):
            depth += 1
        elif s[j] == "}" and s[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1
    return s[i + 1:], len(s)


def take_cmd(s, name):
    """Remove every \\name{...} from s, returning (rest, [contents])."""
    found = []
    while True:
        k = s.find("\\%s{" % name)
        if k < 0:
            return s, found
        body, end = braced(s, k + len(name) + 1)
        found.append(body)
        s = s[:k] + s[end:]


def detex(s, labels):
    s = re.sub(r"Table~\\ref\{([^}]+)\}", lambda m: "Table %s" % labels.get(m.group(1), "?"), s)
    s = re.sub(r"\\ref\{([^}]+)\}", lambda m: labels.get(m.group(1), "?"), s)
    s = re.sub(r"\\label\{[^}]*\}", "", s)
    s = s.replace("$\\sim$", "~").replace("$\\rightarrow$", "\u2192")
    s = s.replace("\\ldots{}", "\u2026").replace("\\ldots", "\u2026")
    s = re.sub(r"\\item(\[[^\]]*\])?\s*", "", s)
    s = s.replace("\\noindent", "")
    s = re.sub(r"\\textcolor\{[^}]*\}", "", s)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\\[A-Za-z]+\*?\{([^{}]*)\}", r"\1", s)
    for a, b in (("\\&", "&"), ("\\%", "%"), ("\\#", "#"), ("\\$", "$"), ("\\_", "_"),
                 ("``", "\u201c"), ("''", "\u201d"), ("---", "\u2014"), ("--", "\u2013"),
                 ("\\ ", " "), ("~", " ")):
        s = s.replace(a, b)
    s = re.sub(r"\\[A-Za-z]+\*?", "", s)
    return ws(s.replace("{", "").replace("}", ""))


def tex_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if "\\begin{document}" not in text or not text.rstrip().endswith("\\end{document}"):
        problems.append("tex: no \\begin{document} ... \\end{document}")
    lines = text.split("\n")
    labels, tables, sec = {}, 0, 0
    for line in lines:
        code, _ = split_comment(line)
        if code.startswith("\\section{"):
            sec += 1
            for lab in re.findall(r"\\label\{([^}]+)\}", code):
                labels[lab] = str(sec)
        if "\\caption{" in code:
            tables += 1
            for lab in re.findall(r"\\label\{([^}]+)\}", code):
                labels[lab] = str(tables)
    units, comments, in_doc, in_tab, tables = [], [], False, False, 0
    for line in lines:
        code, comment = split_comment(line)
        if comment.strip():
            comments.append(ws(comment))
        s = code.strip()
        if not in_doc:
            for key in ("title", "author", "date"):
                if s.startswith("\\%s{" % key):
                    val, _ = braced(s, len(key) + 1)
                    units.extend(detex(p, labels) for p in val.split("\\\\"))
            if s.startswith("\\begin{document}"):
                in_doc = True
            continue
        if s.startswith("\\end{document}"):
            break
        if s.startswith("\\begin{tabular}"):
            in_tab = True
        if s.startswith("\\end{tabular}"):
            in_tab = False
        if not s or SKIP.match(s):
            continue
        s, notes = take_cmd(s, "footnote")
        for n in notes:
            units.append(detex(n, labels))
        if s.startswith("\\caption{"):
            tables += 1
            cap, _ = braced(s, len("\\caption"))
            units.append("Table %d: %s" % (tables, detex(cap, labels)))
            continue
        if in_tab:
            s = re.sub(r"\\\\\s*$", "", s)
            units.extend(detex(c, labels) for c in re.split(r"(?<!\\)&", s))
            continue
        units.extend(detex(p, labels) for p in s.split("\\\\"))
    return [u for u in units if u], [c for c in comments if c]


def tex_headings(full):
    out = []
    for line in open(full, encoding="utf-8").read().split("\n"):
        m = re.match(r"^\\(sub)?section\*?\{(.*?)\}", line)
        if m:
            out.append(m.group(2))
    return out


# ---------------------------------------------------------------- HTML
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "cite", "figure", "figcaption", "blockquote"}


class Blocks(html.parser.HTMLParser):
    """Visible text, cut at block elements."""

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


def html_units(full, problems):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units, []


# ---------------------------------------------------------------- PDF
def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip().strip("\f")):
            if ws(seg):
                units.append(ws(seg))
    return units, []


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name][0])
    if full.endswith(".tex"):
        return tex_units(full, problems)
    if full.endswith(".html"):
        return html_units(full, problems)
    return pdf_units(full, problems)


# ---------------------------------------------------------------- checks
def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, "out" + os.path.splitext(doc)[1])
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out],
                           check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, doc), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (doc, script))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    objs = []
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, objs


def main():
    problems = []
    units, joined = {}, {}
    for k in DOCS:
        shown, extra = units_of(k, problems)
        units[k] = shown
        joined[k] = ws(" ".join(shown + extra)).lower()
        n = len(" ".join(shown).split())
        print("%-30s %4d units, %5d words as extracted" % (k, len(shown), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        lowered = [ws(u).lower() for u in units[name]]
        shown_text = ws(" ".join(units[name])).lower()
        short = 0
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be exactly q, accept, section" % where)
                continue
            q, acc, sec = obj["q"], obj["accept"], obj["section"]
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: q must be a non-empty string" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2 or \
                    not all(isinstance(a, str) for a in acc):
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not a.isascii():
                    problems.append("%s: accept not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: accept has %d words: %r" % (where, nw, a))
                al = ws(a).lower()
                if not any(al in u for u in lowered):
                    problems.append("%s: accept not inside one unit of its document: %r"
                                    % (where, a))
                total = sum(j.count(al) for j in joined.values())
                if total != 1:
                    problems.append("%s: accept occurs %d times across the documents: %r"
                                    % (where, total, a))
            if not isinstance(sec, list) or not sec or \
                    not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in shown_text for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
        if len(objs) != 25 or len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d short keyword queries (2-4 words)" % (fn, short))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--units":
        probs = []
        for k in DOCS:
            for u in units_of(k, probs)[0]:
                print("%s\t%s" % (k[:6], u))
        print("\n".join(probs))
        sys.exit(0)
    sys.exit(main())
