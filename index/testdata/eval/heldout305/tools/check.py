#!/usr/bin/python3
"""Check the heldout305 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly q, accept (one or
two strings) and section (a non-empty list of strings); oos.jsonl lines only q. Each q-*.jsonl
holds 25 questions (at least three of them short keyword queries of 2-4 words), oos.jsonl 12.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document's
text as a reader sees it, and occur exactly once (ignoring case, whitespace collapsed) across
the three documents' text:
  - Google Docs Markdown (.md): one line as rendered - heading, paragraph or list item with the
    #, *, 1. markers, {#anchor} ids, **/* emphasis, [^n] marks and backslash escapes removed,
    links shown as their labels - or one table cell; the base64 picture definition, the table
    rule and the --- rule are not text;
  - Google Chat Takeout messages.json: one line of one message's text as Chat shows it
    (the *bold* and _italic_ markers dropped);
  - Day One Journal.json: one line of an entry's "text" as Day One shows it (heading, list,
    checkbox and quote markers, ** * == markers and backslash escapes removed; photo lines
    skipped). richText repeats the same content and is not read.
At least one name in each question's section list must be a heading of its document: a # or ##
heading of the .md (the Title included), the bold title line that opens a Chat topic, or an
entry's # or ## line in the journal (compared ignoring case and whitespace).
Each document must be 1,300-1,800 words as extracted, look like its format (checked below), and
tools/make_gdoc_md.py, tools/make_gchat.py and tools/make_dayone.py must re-make it byte for byte
(they are run on a copy of the set in a temporary directory).
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "plantation-crops-gdoc": ("docs/plantation-crops-gdoc.md", "make_gdoc_md.py"),
    "messages": ("docs/messages.json", "make_gchat.py"),
    "Journal": ("docs/Journal.json", "make_dayone.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def md_inline(s):
    s = re.sub(r"!\[\]\[image\d+\]", "", s)
    s = re.sub(r"\s*\{#[^}]*\}\s*$", "", s)
    s = re.sub(r"\[\^\d+\]", "", s)
    s = re.sub(r"(?<!\\)\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"(?<!\\)\*\*", "", s)
    s = re.sub(r"(?<![\\\w])\*(?=\S)|(?<=\S)(?<!\\)\*(?!\w)", "", s)
    s = re.sub(r"\\(.)", r"\1", s)
    return ws(s)


def md_units(full, problems):
    text = open(full, encoding="utf-8").read()
    for need in ("| :---- |", "{#", "[^1]:  ", "](mailto:", "[image1]: <data:image/png;base64,"):
        if need not in text:
            problems.append("%s: lacks the Google Docs Markdown mark %r" % (full, need))
    units, heads = [], []
    for line in text.split("\n"):
        if not line.strip() or line.startswith("[image") or line == "---":
            continue
        if re.match(r"^\|( :----? \|)+$", line):
            continue
        if line.startswith("| "):
            for cell in re.split(r"(?<!\\)\|", line.strip()[1:-1]):
                if md_inline(cell):
                    units.append(md_inline(cell))
            continue
        m = re.match(r"^(#{1,6}) (.*)$", line)
        if m:
            heads.append(md_inline(m.group(2)))
            units.append(md_inline(m.group(2)))
            continue
        line = re.sub(r"^\s*(\* |\d+\. )", "", line)
        line = re.sub(r"^\[\^\d+\]:\s+", "", line)
        if md_inline(line):
            units.append(md_inline(line))
    return units, heads


def chat_shown(line):
    line = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", line)
    return re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", line)


def chat_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if "\\u0027" not in raw or "\u202f" not in raw:
        problems.append("%s: not written the way Takeout writes it" % full)
    msgs = json.loads(raw)["messages"]
    units, heads = [], []
    for m in msgs:
        for key in ("creator", "created_date", "topic_id", "message_id"):
            if key not in m:
                problems.append("%s: a message lacks %s" % (full, key))
        if not m["message_id"].endswith("/" + m["topic_id"] + "/" + m["message_id"].split("/")[-1]):
            problems.append("%s: bad message_id %s" % (full, m["message_id"]))
        lines = m.get("text", "").split("\n")
        first = m["message_id"].split("/")[-1] == m["topic_id"]
        if first and re.match(r"^\*[^*]+\*", lines[0]):
            heads.append(ws(re.match(r"^\*([^*]+)\*", lines[0]).group(1)))
        for line in lines:
            if ws(line):
                units.append(ws(chat_shown(line)))
    return units, heads


def dayone_line(line):
    line = re.sub(r"^(#{1,3} |- \[[ x]\] |- |\d+\. |> )", "", line)
    line = re.sub(r"(?<!\\)\*\*|(?<!\\)==", "", line)
    line = re.sub(r"(?<![\\\w])\*(?=\S)|(?<=\S)(?<!\\)\*(?!\w)", "", line)
    return ws(re.sub(r"\\(.)", r"\1", line))


def dayone_units(full, problems):
    raw = open(full, encoding="utf-8").read()
    if '"metadata" : {' not in raw or "\\/" not in raw:
        problems.append("%s: not written the way Day One writes it" % full)
    data = json.loads(raw)
    units, heads = [], []
    for e in data["entries"]:
        for key in ("uuid", "creationDate", "text", "tags", "location", "richText"):
            if key not in e:
                problems.append("%s: an entry lacks %s" % (full, key))
        for line in e["text"].split("\n"):
            if line.startswith("![](dayone-moment://"):
                continue
            if re.match(r"^#{1,3} ", line):
                heads.append(dayone_line(line))
            if dayone_line(line):
                units.append(dayone_line(line))
    return units, heads


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    try:
        if path.endswith(".md"):
            return md_units(full, problems)
        if path.endswith("messages.json"):
            return chat_units(full, problems)
        return dayone_units(full, problems)
    except (ValueError, KeyError, TypeError) as e:
        problems.append("%s: cannot be read (%s)" % (path, e))
        return [], []


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "set")
        shutil.copytree(ROOT, copy)
        for path, script in DOCS.values():
            os.remove(os.path.join(copy, path))
            subprocess.run(["/usr/bin/python3", os.path.join(copy, "tools", script)], check=True)
            with open(os.path.join(ROOT, path), "rb") as a, open(os.path.join(copy, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    check_remake(problems)
    units, heads, joined = {}, {}, {}
    for name, (path, _) in DOCS.items():
        units[name], heads[name] = units_of(path, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        words = len(joined[name].split())
        print("%s: %d words, %d units, %d headings" % (path, words, len(units[name]), len(heads[name])))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (path, words))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        head_set = {ws(h).lower() for h in heads[name]}
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            elif 2 <= len(obj["q"].split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in head_set for s in sec):
                problems.append("%s: no section name is a heading of %s: %r" % (where, name, sec))
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
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, short))
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
