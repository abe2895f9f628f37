#!/usr/bin/python3
"""Check the heldout249 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines hold exactly q, accept (one or
two strings) and section (a non-empty list of strings); oos.jsonl lines hold only q. There must
be 25 questions per document and 12 out-of-scope ones. Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
across the three documents' text (case-insensitive, whitespace collapsed):
  - Scrivener RTF: one paragraph of the body, one footnote or one comment, read with a small
    RTF reader (groups, control words, \\'xx and \\uN escapes; font, colour and list tables,
    document info and other \\* destinations skipped; a backslash-newline, \\par or \\page ends
    a paragraph; the running head, footnotes and annotations are units of their own);
  - WhatsApp export: one line of the .txt, never taking in a *bold* or _italic_ marker;
  - PDF worksheet: one line of `pdftotext -layout` output, cut where pdftotext leaves a gap of
    three or more spaces (so inside one table cell), whitespace collapsed.
At least one section name of every question must occur in its own document's text. Each
document must hold 1,300 to 1,800 words as extracted (the chat's message text without stamps
and names too), the PDF must have two pages and a table, the RTF must be balanced and hold
footnotes and comments, and tools/make_rtf.py, tools/make_whatsapp.py and tools/make_pdf.py
must re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "four-pillars-lives-and-works": ("docs/four-pillars-lives-and-works.rtf", "make_rtf.py"),
    "whatsapp-wari-wale-gs1": ("docs/whatsapp-wari-wale-gs1.txt", "make_whatsapp.py"),
    "worksheet-14-bhakti-maharashtra": ("docs/worksheet-14-bhakti-maharashtra.pdf", "make_pdf.py"),
}
SKIP_DEST = {"fonttbl", "colortbl", "expandedcolortbl", "listtable", "listoverridetable", "info",
             "stylesheet", "listtext", "pict", "object", "themedata", "latentstyles"}
SINK_DEST = {"footnote", "annotation", "header", "headerl", "headerr", "headerf", "footer"}
STAMP = re.compile(r"^\d\d/\d\d/\d\d, \d{1,2}:\d\d\u202f[ap]m - ")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def rtf_units(data, problems):
    """Paragraph texts of an RTF file: body paragraphs, then each footnote, comment and header."""
    depth = 0
    for ch in re.sub(r"\\[\\{}]", "", data):
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            break
    if depth != 0:
        problems.append("rtf: braces do not balance")
    sinks = {"body": [[]]}
    order = ["body"]
    stack = []
    st = {"skip": False, "sink": "body", "uc": 1, "first": True, "star": False}
    skip_chars = 0
    i, n = 0, len(data)

    def emit(text):
        nonlocal skip_chars
        if st["skip"]:
            return
        for ch in text:
            if skip_chars:
                skip_chars -= 1
                continue
            sinks[st["sink"]][-1].append(ch)

    def par():
        if not st["skip"]:
            sinks[st["sink"]].append([])

    counter = 0
    while i < n:
        c = data[i]
        if c == "{":
            stack.append(dict(st))
            st["first"], st["star"] = True, False
            i += 1
            continue
        if c == "}":
            st = stack.pop() if stack else st
            i += 1
            continue
        if c in "\r\n":
            i += 1
            continue
        if c != "\\":
            emit(c)
            st["first"] = False
            i += 1
            continue
        # control symbol or word
        nxt = data[i + 1] if i + 1 < n else ""
        if nxt in "\\{}":
            emit(nxt)
            i += 2
            st["first"] = False
            continue
        if nxt in "\r\n":
            par()
            i += 2
            continue
        if nxt == "'":
            emit(bytes([int(data[i + 2:i + 4], 16)]).decode("cp1252"))
            i += 4
            continue
        if nxt == "*":
            st["star"] = True
            i += 2
            continue
        if nxt == "~":
            emit("\u00a0")
            i += 2
            continue
        if nxt in "-_":
            emit("-" if nxt == "_" else "")
            i += 2
            continue
        m = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?").match(data, i)
        if not m:
            i += 2
            continue
        word, arg = m.group(1), m.group(2)
        i = m.end()
        if st["first"]:
            st["first"] = False
            if word in SINK_DEST and not st["skip"]:
                counter += 1
                name = "%s%d" % (word, counter)
                sinks[name] = [[]]
                order.append(name)
                st["sink"] = name
                continue
            if word in SKIP_DEST or st["star"]:
                st["skip"] = True
                continue
        if word in ("par", "page", "sect", "line"):
            par()
        elif word == "tab":
            emit("\t")
        elif word == "uc":
            st["uc"] = int(arg or 1)
        elif word == "u":
            v = int(arg)
            emit(chr(v + 65536 if v < 0 else v))
            skip_chars = st["uc"]
        elif word in ("emdash", "endash", "bullet", "lquote", "rquote", "ldblquote",
                      "rdblquote"):
            emit({"emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022",
                  "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
                  "rdblquote": "\u201d"}[word])
    units = []
    for name in order:
        if name.startswith("headerf"):
            continue
        for p in sinks[name]:
            t = ws("".join(p))
            if t:
                units.append(t)
    return units, sinks


def pdf_units(full, problems):
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = out.count("\f") + (0 if out.endswith("\f") else 1)
    if pages != 2:
        problems.append("pdf: %d pages, expected 2" % pages)
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    plain = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True,
                           check=True).stdout
    return units, len(plain.split())


def chat_units(full, problems):
    raw = open(full, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r\n" in raw or not raw.endswith(b"\n"):
        problems.append("chat: must be UTF-8 without BOM, LF line ends, final LF")
    lines = raw.decode("utf-8").split("\n")
    if not STAMP.match(lines[0]) or "end-to-end encrypted" not in lines[0]:
        problems.append("chat: first line must be the stamped encryption notice")
    text_words = 0
    for line in lines:
        if STAMP.match(line):
            rest = STAMP.sub("", line)
            m = re.match(r"([^:]+): (.*)$", rest)
            rest = m.group(2) if m else rest
        else:
            rest = line
        text_words += len(rest.split())
    units = [ws(l) for l in lines if l.strip()]
    return units, text_words


def units_of(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".rtf"):
        data = open(path, encoding="ascii").read()
        if not data.startswith("{\\rtf1\\ansi\\ansicpg1252\\cocoartf"):
            problems.append("rtf: not a Cocoa RTF header")
        units, sinks = rtf_units(data, problems)
        if not any(k.startswith("footnote") for k in sinks) or \
                not any(k.startswith("annotation") for k in sinks):
            problems.append("rtf: needs footnotes and comments")
        return units, len(" ".join(units).split()), None
    if path.endswith(".pdf"):
        units, words = pdf_units(path, problems)
        return units, words, None
    units, text_words = chat_units(path, problems)
    return units, len(" ".join(units).split()), text_words


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (doc, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(doc))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                           check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, doc), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, script))


def main():
    problems = []
    remake(problems)
    units, joined = {}, {}
    for name in DOCS:
        u, words, text_words = units_of(name, problems)
        units[name] = u
        joined[name] = ws(" ".join(u)).lower()
        shown = "%s: %d words" % (DOCS[name][0], words)
        if text_words is not None:
            shown += " (%d of message text)" % text_words
        print(shown)
        for w in (words, text_words):
            if w is not None and not 1300 <= w <= 1800:
                problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name][0], w))
    pdf_text = subprocess.run(["pdftotext", "-layout", os.path.join(ROOT, DOCS[
        "worksheet-14-bhakti-maharashtra"][0]), "-"], capture_output=True, text=True).stdout
    if "Saint" not in pdf_text or "Works to remember" not in pdf_text:
        problems.append("pdf: the reference table is missing")
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
                if name.startswith("whatsapp") and re.search(r"\*|(?<!\w)_|_(?!\w)", a):
                    problems.append("%s: WhatsApp marker in %r" % (where, a))
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
