#!/usr/bin/python3
"""Check the heldout260 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q, accept
(one or two strings) and section (a non-empty list of strings). Every accept string must be
ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees it, and occur
exactly once across the three documents' shown text (case-insensitive, whitespace collapsed):
  - Slack day file (.json): one line of one message's text as Slack shows it (<url|label> as the
    label, <!channel> as @channel, *bold* / _italic_ / ~strike~ markers dropped, &amp; &lt; &gt;
    decoded), or one line of an attachment's title or text, or a file's title; the copy of a
    thread parent inside a broadcast reply's "root" is not shown again and is skipped. The
    string must also stand in the message's raw text as exported (so it never spans markup);
  - Bear Markdown (.md): one line with the Markdown markup taken off (heading hashes, list,
    task and quote markers, **, *, ==, ~~, ~, backticks, [[wiki links]], link targets), a
    table row counted cell by cell; the string must also stand in the raw line;
  - PDF: one line of `pdftotext` output (its default reading order), and also one segment of a
    `pdftotext -layout` line (cut where two columns meet, at a run of three or more spaces).
Some name in each question's section list must be a part of its document: a Markdown heading
or the note's title; a Slack message's bold title line, an attachment's title or the channel
topic; a PDF line (or two or three consecutive lines, for a wrapped headline) that is a
subhead, headline or box title. Names are compared without leading numbers, emoji and case,
with curly quotes and dashes made ASCII.
It also checks that each document shows 1,300 to 1,800 words (tokens with a letter or digit),
that there are 25 questions per document and 12 out-of-scope ones, that the
Slack file is a JSON list of messages of one day, that the .md has no final newline and LF line
ends, that the PDF has two pages, and that tools/make_slack.py, tools/make_md.py and
tools/make_pdf.py re-make the three documents byte for byte (run in a temporary copy of tools/).
Run: /usr/bin/python3 tools/check.py
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "2025-02-18": "docs/2025-02-18.json",
    "mcc-model-code-of-conduct": "docs/mcc-model-code-of-conduct.md",
    "evm-vvpat-litigation-explained": "docs/evm-vvpat-litigation-explained.pdf",
}
MAKERS = {"make_slack.py": "docs/2025-02-18.json",
          "make_md.py": "docs/mcc-model-code-of-conduct.md",
          "make_pdf.py": "docs/evm-vvpat-litigation-explained.pdf"}
IST = timezone(timedelta(hours=5, minutes=30))


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def asciify(s):
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
             "\u2013": "-", "\u00a0": " ", "\u2192": "->"}
    return "".join(table.get(ch, ch) for ch in s)


def norm_section(s):
    s = asciify(s).lower()
    s = "".join(ch for ch in s if ch.isascii())
    s = re.sub(r"^\s*\d+\.(\d+\.?)*\s+", "", s)
    return ws(s).strip(" :")


# ---------------------------------------------------------------- Slack

def slack_shown(text, names):
    text = re.sub(r"<(https?://[^>|]+)\|([^>]+)>", r"\2", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"<@(U\w+)>", lambda m: "@" + names.get(m.group(1), m.group(1)), text)
    text = re.sub(r"<!(channel|here)>", r"@\1", text)
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w~])~([^~\n]+)~(?![\w~])", r"\1", text)
    return html.unescape(text)


def slack_doc(full, problems):
    with open(full, encoding="utf-8") as f:
        msgs = json.load(f)
    if not isinstance(msgs, list) or not all(
            isinstance(m, dict) and m.get("type") == "message" and "ts" in m for m in msgs):
        problems.append("%s: not a list of Slack messages" % full)
        return [], [], []
    day = os.path.basename(full)[:-5]
    for m in msgs:
        d = datetime.fromtimestamp(float(m["ts"]), IST).strftime("%Y-%m-%d")
        if d != day:
            problems.append("%s: message %s is not of %s" % (full, m["ts"], day))
    names = {m["user"]: m["user_profile"]["display_name"] for m in msgs if "user_profile" in m}
    units, raws, sections = [], [], []
    for m in msgs:
        text = m.get("text", "")
        raws.append(text)
        for line in slack_shown(text, names).split("\n"):
            if ws(line):
                units.append(ws(line))
        first = text.split("\n", 1)[0]
        b = re.search(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", first)
        if b:
            sections.append(html.unescape(b.group(1)))
        if m.get("subtype") == "channel_topic":
            sections.append(html.unescape(m["topic"]))
        for a in m.get("attachments", []):
            for key in ("title", "text", "service_name", "footer"):
                if a.get(key):
                    raws.append(a[key])
                    for line in html.unescape(a[key]).split("\n"):
                        if ws(line):
                            units.append(ws(line))
            if a.get("title"):
                sections.append(a["title"])
        for f in m.get("files", []):
            units.append(ws(f["title"]))
            raws.append(f["title"])
    return units, raws, sections


# ---------------------------------------------------------------- Bear Markdown

def md_inline(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("==", "").replace("~~", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w~])~([^~\n]+)~(?![\w~])", r"\1", s)
    return s


def md_doc(full, problems):
    data = open(full, "rb").read()
    if data.endswith(b"\n") or b"\r" in data:
        problems.append("%s: a Bear export has LF line ends and no final newline" % full)
    text = data.decode("utf-8")
    units, raws, sections = [], [], []
    for line in text.split("\n"):
        raws.append(line)
        s = line.strip()
        if not s or re.fullmatch(r"\|?\s*:?-{3,}.*", s) or s in ("***", "---"):
            continue
        h = re.match(r"^(#{1,6})\s+(.*)$", s)
        if h:
            sections.append(md_inline(h.group(2)))
            units.append(ws(md_inline(h.group(2))))
            continue
        if s.startswith("|"):
            for cell in s.strip("|").split("|"):
                if ws(cell):
                    units.append(ws(md_inline(cell)))
            continue
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^([-*+]|\d+\.)\s+(\[[ xX]\]\s+)?", "", s)
        if ws(md_inline(s)):
            units.append(ws(md_inline(s)))
    return units, raws, sections


# ---------------------------------------------------------------- PDF

def pdf_doc(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if not re.search(r"^Pages:\s+2$", info, re.M):
        problems.append("%s: expected 2 pages" % full)
    out = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    units = [ws(l) for l in out.split("\n") if ws(l)]
    lay = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True,
                         check=True).stdout
    segs = []
    for line in lay.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                segs.append(ws(seg))
    # section names: whole lines, or two or three consecutive lines (a wrapped headline)
    sections = list(units)
    for n in (2, 3):
        sections += [" ".join(units[i:i + n]) for i in range(len(units) - n + 1)]
    return units, segs, sections


# ---------------------------------------------------------------- checks

def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.mkdir(os.path.join(tmp, "docs"))
        for script, doc in MAKERS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            made = os.path.join(tmp, doc)
            if not os.path.exists(made) or open(made, "rb").read() != open(
                    os.path.join(ROOT, doc), "rb").read():
                problems.append("tools/%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    remake(problems)
    units, raws, secs, joined = {}, {}, {}, {}
    for k, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".json"):
            u, r, s = slack_doc(full, problems)
        elif path.endswith(".md"):
            u, r, s = md_doc(full, problems)
        else:
            u, r, s = pdf_doc(full, problems)
        units[k], raws[k], secs[k] = u, r, {norm_section(x) for x in s}
        joined[k] = ws(" ".join(u)).lower()
        nw = len([t for t in " ".join(u).split() if re.search(r"[A-Za-z0-9]", t)])
        print("%s: %d words shown" % (path, nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words of text, expected 1,300 to 1,800" % (path, nw))
    n_q = 0
    for name, path in DOCS.items():
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
            elif not any(norm_section(s) in secs[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, path, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                la = ws(a).lower()
                if not any(la in u.lower() for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, path, a))
                if not any(la in ws(r).lower() for r in raws[name]):
                    problems.append("%s: not inside one raw line/segment of %s: %r"
                                    % (where, path, a))
                total = sum(j.count(la) for j in joined.values())
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
