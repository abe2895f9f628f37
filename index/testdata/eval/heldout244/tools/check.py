#!/usr/bin/python3
"""Check the heldout244 evaluation set.

Extracts the three documents' text as a reader sees it (standard library only):
  - WordPad .rtf: one unit per paragraph (\\par) and per table cell (\\cell), read with a small
    RTF reader that drops the font/colour tables, \\* destinations (generator, \\pn, field
    instructions), \\pntext bullet fallbacks and the trailing NUL, decodes \\'xx as cp1252 and
    \\uN? as Unicode, and keeps a field's result text; headings are the title paragraph and
    the "Qn." question paragraphs;
  - DiscordChatExporter .json: one unit per line of a message's content as Discord shows it
    ("#"/"##"/"-#" heading and subtext markers, "- " bullets and "> " quote markers dropped,
    "**", "__", "||", "~~" removed, code-block fences dropped, code-block lines kept) plus the
    embeds' titles and descriptions and the channel name; headings are the "## " lines and the
    channel name;
  - Org-mode .org: one unit per line as Emacs shows it (heading stars, TODO keyword and tags
    dropped, "- " bullets dropped, "#+KEY:" lines shown as their value, table rows split into
    cells, property drawer lines shown as "KEY: value"); headings are the headline titles and
    #+TITLE.
Then checks: 25 questions per q-*.jsonl with exactly the keys q, accept, section; 12
out-of-scope questions in oos.jsonl with only q; every accept string is ASCII, 5-12 words,
inside one unit of its own document (verbatim, whitespace collapsed) and occurs exactly once
(ignoring case, whitespace collapsed) across the three documents' text; at least one section
name of each question is a heading of its document (ignoring case, whitespace, and en dash vs
hyphen); each document has 1,300-1,800 words of text (Org property drawers, planning lines,
comment and keyword lines other than the title left out of the count); the RTF, JSON and Org
files have the shape their tools write; and tools/make_rtf.py, tools/make_discord.py and
tools/make_org.py re-make the documents byte for byte.
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
    "isc-article-263-qna": ("docs/isc-article-263-qna.rtf", "tools/make_rtf.py"),
    "zonal-councils-group-dm": ("docs/zonal-councils-group-dm.json", "tools/make_discord.py"),
    "centre-state-commissions-drill": ("docs/centre-state-commissions-drill.org",
                                       "tools/make_org.py"),
}
SKIP_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pntext", "pict", "fldinst"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_heading(s):
    return ws(s.replace("\u2013", "-").replace("\u2014", "-")).lower()


# ---------------------------------------------------------------- RTF (WordPad)
def rtf_units(data, problems):
    if not data.startswith(b"{\\rtf1\\ansi"):
        problems.append("rtf: does not start with {\\rtf1\\ansi")
    if not data.endswith(b"}\r\n\x00"):
        problems.append("rtf: does not end with the closing brace, CRLF and NUL WordPad writes")
    text = data.rstrip(b"\x00").decode("ascii")
    units, buf = [], []
    stack = []
    skip = False
    uc_skip = 0
    i = 0
    n = len(text)
    depth = 0
    while i < n:
        c = text[i]
        if c == "{":
            stack.append(skip)
            depth += 1
            i += 1
            # a destination group starting with \* or a known destination word
            m = re.match(r"\\\*|\\([a-z]+)", text[i:])
            if m and (m.group(0) == "\\*" or m.group(1) in SKIP_DEST):
                skip = True
            continue
        if c == "}":
            skip = stack.pop() if stack else False
            depth -= 1
            i += 1
            continue
        if c == "\\":
            m = re.match(r"\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\([\\{}~\-_*])", text[i:])
            if not m:
                problems.append("rtf: bad control at %d" % i)
                i += 1
                continue
            i += len(m.group(0))
            if skip:
                continue
            if m.group(3):
                buf.append(bytes([int(m.group(3), 16)]).decode("cp1252"))
            elif m.group(4):
                buf.append({"~": "\u00a0", "-": "", "_": "-"}.get(m.group(4), m.group(4)))
            else:
                word, arg = m.group(1), m.group(2)
                if word in ("par", "cell", "row"):
                    t = ws("".join(buf))
                    if t:
                        units.append(t)
                    buf = []
                elif word == "tab":
                    buf.append("\t")
                elif word == "u":
                    v = int(arg)
                    buf.append(chr(v + 65536 if v < 0 else v))
                    uc_skip = 1
            continue
        if c in "\r\n":
            i += 1
            continue
        if uc_skip:
            uc_skip -= 1
            i += 1
            continue
        if not skip:
            buf.append(c)
        i += 1
    if depth != 0:
        problems.append("rtf: unbalanced braces")
    t = ws("".join(buf))
    if t:
        units.append(t)
    headings = [units[0]] + [u for u in units if re.match(r"Q\d+\. ", u)]
    return units, headings, units


# ---------------------------------------------------------------- Discord JSON
def discord_line(line):
    line = re.sub(r"^(#{1,3}|-#) ", "", line)
    line = re.sub(r"^> ", "", line)
    line = re.sub(r"^- ", "", line)
    for mark in ("**", "__", "||", "~~"):
        line = line.replace(mark, "")
    return line


def discord_units(data, problems):
    root = json.loads(data.decode("utf-8"))
    for key in ("guild", "channel", "dateRange", "exportedAt", "messages", "messageCount"):
        if key not in root:
            problems.append("json: no %s" % key)
    if root.get("channel", {}).get("type") != "DirectGroupTextChat":
        problems.append("json: channel is not a group DM")
    if root.get("messageCount") != len(root.get("messages", [])):
        problems.append("json: messageCount does not match")
    units, headings = [], []
    name = root["channel"]["name"]
    units.append(ws(name))
    headings.append(ws(name))
    for m in root["messages"]:
        for k in ("id", "type", "timestamp", "content", "author", "reactions", "inlineEmojis"):
            if k not in m:
                problems.append("json: message %s lacks %s" % (m.get("id"), k))
        in_code = False
        for line in m["content"].split("\n"):
            if line.startswith("```"):
                in_code = not in_code
                continue
            if not in_code and line.startswith("## "):
                headings.append(ws(line[3:]))
            shown = ws(line if in_code else discord_line(line))
            if shown:
                units.append(shown)
        for e in m.get("embeds", []):
            for part in (e.get("title") or "", e.get("description") or ""):
                for line in part.split("\n"):
                    if ws(line):
                        units.append(ws(line))
    words = units
    return units, headings, words


# ---------------------------------------------------------------- Org
def org_units(data, problems):
    text = data.decode("utf-8")
    if not text.startswith("#+TITLE: ") or not text.endswith("\n") or "\r" in text:
        problems.append("org: expected #+TITLE first, LF line ends and a final newline")
    units, headings, words = [], [], []
    in_drawer = False
    for line in text.split("\n"):
        if line == ":PROPERTIES:":
            in_drawer = True
            continue
        if line == ":END:":
            in_drawer = False
            continue
        if in_drawer:
            m = re.match(r"^:([\w-]+):\s+(.*)$", line)
            if not m:
                problems.append("org: bad property line %r" % line)
                continue
            units.append(ws("%s: %s" % m.groups()))
            continue
        if not line.strip():
            continue
        count = True
        if line.startswith("*"):
            m = re.match(r"^\*+ (?:(?:TODO|DONE) )?(.*?)(?:\s+:[\w@:]+:)?$", line)
            shown = m.group(1)
            headings.append(ws(shown))
            if len(line) > 77 and re.search(r"\s:[\w@:]+:$", line) and not line.endswith(":"):
                problems.append("org: tags not aligned in %r" % line)
            cells = [shown]
        elif line.startswith("#+"):
            key, _, value = line[2:].partition(": ")
            cells = [value]
            count = key == "TITLE"
            if key == "TITLE":
                headings.append(ws(value))
        elif line.startswith("# "):
            cells = [line[2:]]
            count = False
        elif re.match(r"^(SCHEDULED|DEADLINE|CLOSED): ", line):
            cells = [line]
            count = False
        elif line.startswith("|"):
            if re.match(r"^\|[-+]+\|$", line):
                continue
            cells = line.strip().strip("|").split("|")
        else:
            cells = [re.sub(r"^\s*- ", "", line)]
        for c in cells:
            c = ws(c)
            if c:
                units.append(c)
                if count:
                    words.append(c)
    return units, headings, words


READERS = {".rtf": rtf_units, ".json": discord_units, ".org": org_units}


def remake(doc, script, problems):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(doc))
        r = subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append("%s failed: %s" % (script, r.stderr.strip()))
            return
        with open(out, "rb") as f:
            new = f.read()
    with open(os.path.join(ROOT, doc), "rb") as f:
        old = f.read()
    if new != old:
        problems.append("%s does not re-make %s byte for byte" % (script, doc))


def main():
    problems = []
    units, heads, joined = {}, {}, {}
    for name, (doc, script) in DOCS.items():
        with open(os.path.join(ROOT, doc), "rb") as f:
            data = f.read()
        u, h, w = READERS[os.path.splitext(doc)[1]](data, problems)
        units[name], heads[name] = u, {norm_heading(x) for x in h}
        joined[name] = ws(" ".join(u)).lower()
        nwords = len(" ".join(w).split())
        print("%-32s %5d words, %3d units, %2d headings" % (name, nwords, len(u), len(h)))
        if not 1300 <= nwords <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (doc, nwords))
        remake(doc, script, problems)
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
            elif not any(norm_heading(s) in heads[name] for s in sec):
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
