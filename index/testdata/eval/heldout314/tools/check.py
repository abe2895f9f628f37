#!/usr/bin/python3
"""Check the heldout314 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document
as a reader gets it, and occur exactly once across the three documents' text (ignoring case,
whitespace collapsed):
  - Docusaurus Markdown (.md): the page as the site renders it, one unit per rendered line -
    a paragraph, list item, heading (without its {#id}), admonition title, summary, code line
    or table cell; front matter, import/export lines and JSX-only lines give no text; inline
    markup (**, *, links, images, tags) is dropped, keeping the text a reader sees;
  - OneNote PDF: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (side-by-side containers and table cells are separate units);
  - voice-typed note (.txt): one line of the file.
Some name in each question's section list must occur in its document's text. Each document
must hold 1,300-1,800 words of text (the rendered Markdown; pdftotext's plain output; the
note's lines), show the parts of its format (checked in check_formats), and tools/make_md.py,
tools/make_pdf.py and tools/make_txt.py must re-make docs/ byte for byte (each is run in a
scratch copy of tools/, so the committed files are never touched). There must be 25
questions per document and 12 out-of-scope ones.
Run: /usr/bin/python3 tools/check.py        (add --dump to print every unit)
"""
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "nscaem-mission": "docs/nscaem-mission.md",
    "sickle-cell-science-onenote": "docs/sickle-cell-science-onenote.pdf",
    "tribal-health-voice-notes": "docs/tribal-health-voice-notes.txt",
}
MAKERS = {"make_md.py": "nscaem-mission.md",
          "make_pdf.py": "sickle-cell-science-onenote.pdf",
          "make_txt.py": "tribal-health-voice-notes.txt"}
N_Q, N_OOS = 25, 12


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len(re.findall(r"[A-Za-z0-9\u20b9][A-Za-z0-9'\u2019.,%&@()/+\-]*", s))


# ---------------------------------------------------------------- Markdown (Docusaurus MDX)

def md_inline(s):
    s = re.sub(r"\[\^\w+\]", "", s)                        # footnote marks (a superscript)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)        # images -> alt text
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)         # links -> label
    s = re.sub(r"<[A-Za-z/][^>]*>", "", s)                 # JSX / HTML tags
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", s)
    s = s.replace("`", "")
    return ws(s)


def md_units(text):
    lines = text.split("\n")
    assert lines[0] == "---", "no front matter"
    end = lines.index("---", 1)
    units, in_export, in_code = [], False, False
    for line in lines[end + 1:]:
        s = line.strip()
        if in_code:
            if s.startswith("```"):
                in_code = False
            elif s:
                units.append(ws(s))
            continue
        if in_export:
            if s == ");":
                in_export = False
            continue
        if s.startswith("```"):
            in_code = True
            continue
        if s.startswith("import "):
            continue
        if s.startswith("export "):
            in_export = not s.endswith(";")
            continue
        if not s or s == ":::" or re.fullmatch(r"(<[^>]+>\s*)+", s):
            continue
        m = re.match(r":::\w+(?:\[(.*)\])?$", s)
        if m:
            if m.group(1):
                units.append(ws(m.group(1)))
            continue
        if s.startswith("|"):
            if re.fullmatch(r"[|:\- ]+", s):
                continue
            for cell in s.strip("|").split("|"):
                if md_inline(cell):
                    units.append(md_inline(cell))
            continue
        s = re.sub(r"^#+\s+", "", s)
        s = re.sub(r"\s*\{#[\w-]+\}$", "", s)
        s = re.sub(r"^(?:[-*]|\d+\.|>)\s+", "", s)
        s = re.sub(r"^\[\^(\w+)\]:\s*", r"\1. ", s)
        t = md_inline(s)
        if t:
            units.append(t)
    return units


# ---------------------------------------------------------------- PDF and text

def pdf_units(full):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    raw = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    return units, words(raw), out


def load(name, path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    text = open(full, encoding="utf-8").read()
    if path.endswith(".md"):
        units = md_units(text)
        return units, sum(words(u) for u in units), text
    units = [ws(l) for l in text.split("\n") if l.strip()]
    return units, sum(words(u) for u in units), text


# ---------------------------------------------------------------- format checks

def check_formats(units, texts, problems):
    md = texts["nscaem-mission"]
    fm = md.split("\n---\n", 1)[0]
    for key in ("id:", "title:", "sidebar_position:", "slug:", "tags:", "last_update:"):
        if "\n" + key not in fm:
            problems.append("md: front matter lacks %s" % key)
    for part in ("\nimport Tabs from '@theme/Tabs';", "\nimport TabItem from '@theme/TabItem';",
                 "\nexport const ", ":::tip[", ":::warning[", "<Tabs groupId=", "<TabItem value=",
                 "<details>", "<summary>", "<TOCInline ", "\n|---|", "\n```text title=",
                 "\n[^1]: "):
        if part not in md:
            problems.append("md: missing %r" % part.strip())
    if len(re.findall(r"(?m)^## .+ \{#[\w-]+\}$", md)) < 8:
        problems.append("md: expected headings with explicit ids")
    if re.search(r"(?m)^# ", md):
        problems.append("md: the body should carry no h1 (the title comes from front matter)")

    pdf = texts["sickle-cell-science-onenote"]
    info = subprocess.run(["pdfinfo", os.path.join(ROOT, DOCS["sickle-cell-science-onenote"])],
                          capture_output=True, text=True, check=True).stdout
    if "OneNote" not in info or "Print To PDF" not in info:
        problems.append("pdf: expected a OneNote creator and the Print To PDF producer")
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    if not m or float(m.group(1)) <= float(m.group(2)):
        problems.append("pdf: expected a landscape (wide) page")
    if not re.search(r"Pages:\s+3\b", info):
        problems.append("pdf: expected 3 pages")
    for part in ("Saturday, 22 November 2025", "10:14 PM", "Pasted from <https://",
                 "Quick facts", "To do", "Doubts"):
        if part not in pdf:
            problems.append("pdf: missing %r" % part)
    side = [l for l in pdf.split("\n") if len(re.split(r" {3,}", l.strip())) >= 2]
    if len(side) < 30:
        problems.append("pdf: expected containers side by side on many lines")

    txt = texts["tribal-health-voice-notes"]
    lines = txt.split("\n")
    if txt.endswith("\n") or "\r" in txt or txt.startswith("\ufeff"):
        problems.append("txt: expected LF line ends, no BOM and no final line break")
    for part in ("full stop", "next point", " comma ", "Topic two ", "Topic 7 "):
        if part not in txt:
            problems.append("txt: missing %r" % part)
    if any(l.startswith("#") or l.isupper() for l in lines):
        problems.append("txt: dictated notes should carry no formal headings")
    long_lines = [l for l in lines if len(l) > 300]
    if len(long_lines) < 10:
        problems.append("txt: expected long run-on dictation lines")
    if txt.count(".") > 40:
        problems.append("txt: too much punctuation for voice typing")


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for maker, out in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", maker)], check=True)
            if not filecmp.cmp(os.path.join(tmp, "docs", out), os.path.join(ROOT, "docs", out),
                               shallow=False):
                problems.append("tools/%s does not re-make docs/%s byte for byte" % (maker, out))


# ---------------------------------------------------------------- questions

def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return lines, out


def main():
    problems = []
    units, alltext, texts = {}, {}, {}
    for name, path in DOCS.items():
        u, n, text = load(name, path)
        units[name], texts[name] = u, text
        alltext[name] = ws(" ".join(u)).lower()
        print("%s: %d words, %d units" % (path, n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, n))
        if "--dump" in sys.argv:
            for x in u:
                print("   |", x)
    check_formats(units, texts, problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines, objs = read_jsonl(fn, problems)
        for where, obj in objs:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in alltext[name] or ws(s).lower() in
                         ws(texts[name]).lower() for s in sec):
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
                if not any(ws(a) in x for x in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in alltext.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != N_Q:
            problems.append("%s: %d questions, expected %d" % (fn, len(lines), N_Q))
    lines, objs = read_jsonl("oos.jsonl", problems)
    for where, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if len(lines) != N_OOS:
        problems.append("oos.jsonl: %d questions, expected %d" % (len(lines), N_OOS))
    check_makers(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
