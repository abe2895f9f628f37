#!/usr/bin/python3
"""Check the heldout142 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need q, accept (one or two
strings) and section (a non-empty list). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its document as the app shows it, and occur exactly once across the three
documents (case-insensitive):
- the Discord export (DiscordChatExporter JSON): one line of one message's content, with
  Discord's markdown (heading #, quote >, list -, **bold**, *italic*, __underline__, ~~strike~~,
  `code`) taken off; the string must also lie in the raw line, i.e. not across a marker;
- the YouTube captions (.srt): the text of ONE cue, its lines joined by a space;
- the PDF: one line of `pdftotext -layout` output, whitespace collapsed, and inside one table
  cell (a run of three or more spaces separates cells in the layout).
It also checks the shape of the JSON export and of the .srt (numbering, timings), and that
tools/make_discord.py, tools/make_srt.py and tools/make_pdf.py re-make the documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "amr-study-group": "docs/amr-study-group.json",
    "amr-lecture": "docs/amr-lecture.srt",
    "amr-policy-brief": "docs/amr-policy-brief.pdf",
}
MAKERS = {
    "docs/amr-study-group.json": "tools/make_discord.py",
    "docs/amr-lecture.srt": "tools/make_srt.py",
    "docs/amr-policy-brief.pdf": "tools/make_pdf.py",
}
MARKERS = re.compile(r"\*\*|__|~~|\*|`|\|\|")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def shown_line(line):
    s = re.sub(r"^#{1,3} ", "", line)
    s = re.sub(r"^> ", "", s)
    s = re.sub(r"^- ", "", s)
    return ws(MARKERS.sub("", s))


def discord_units(path, problems):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    for key in ("guild", "channel", "dateRange", "exportedAt", "messages", "messageCount"):
        if key not in d:
            problems.append("%s: export lacks %r" % (path, key))
    ids = set()
    shown, raw = [], []
    for m in d.get("messages", []):
        for key in ("id", "type", "timestamp", "content", "author", "attachments", "reactions"):
            if key not in m:
                problems.append("%s: message %s lacks %r" % (path, m.get("id"), key))
        if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+05:30$", m.get("timestamp", "")):
            problems.append("%s: bad timestamp %r" % (path, m.get("timestamp")))
        for key in ("name", "nickname"):
            if key not in m.get("author", {}):
                problems.append("%s: message %s author lacks %r" % (path, m.get("id"), key))
        if m.get("attachments"):
            problems.append("%s: message %s has attachments" % (path, m.get("id")))
        ref = m.get("reference")
        if ref and ref.get("messageId") not in ids:
            problems.append("%s: message %s replies to an unknown message" % (path, m.get("id")))
        if m.get("type") == "Reply" and not ref:
            problems.append("%s: reply %s without reference" % (path, m.get("id")))
        for r in m.get("reactions", []):
            if r.get("count") != len(r.get("users", [])):
                problems.append("%s: reaction count mismatch in %s" % (path, m.get("id")))
        ids.add(m.get("id"))
        for line in m.get("content", "").split("\n"):
            if line.strip():
                raw.append(line)
                shown.append(shown_line(line))
    if d.get("messageCount") != len(d.get("messages", [])):
        problems.append("%s: messageCount does not match" % path)
    return shown, raw


def srt_units(path, problems):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    units = []
    blocks = [b for b in text.strip("\n").split("\n\n")]
    last_end = None
    for i, b in enumerate(blocks, 1):
        lines = b.split("\n")
        if len(lines) < 3 or lines[0] != str(i):
            problems.append("%s: cue %d malformed" % (path, i))
            continue
        m = re.match(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$", lines[1])
        if not m:
            problems.append("%s: cue %d bad timing %r" % (path, i, lines[1]))
            continue
        g = [int(x) for x in m.groups()]
        start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
        end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
        if end <= start or (last_end is not None and start < last_end):
            problems.append("%s: cue %d timings out of order" % (path, i))
        last_end = end
        if len(lines) > 4:
            problems.append("%s: cue %d has more than two lines" % (path, i))
        units.append(ws(" ".join(lines[2:])))
    return units


def pdf_units(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                         text=True, check=True).stdout
    lines = [ws(l) for l in out.split("\n") if ws(l)]
    cells = []
    for l in out.split("\n"):
        for c in re.split(r"\s{3,}", l):
            if ws(c):
                cells.append(ws(c))
    return lines, cells


def check_makers(problems):
    for doc, maker in MAKERS.items():
        spec = importlib.util.spec_from_file_location("maker", os.path.join(ROOT, maker))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        with tempfile.TemporaryDirectory() as tmp:
            mod.OUT = os.path.join(tmp, os.path.basename(doc))
            mod.build()
            with open(mod.OUT, "rb") as f:
                new = f.read()
        with open(os.path.join(ROOT, doc), "rb") as f:
            old = f.read()
        if new != old:
            problems.append("%s does not re-make %s byte for byte" % (maker, doc))


def main():
    problems = []
    units, joined, raws = {}, {}, {}
    for name, path in DOCS.items():
        full = os.path.join(ROOT, path)
        if path.endswith(".json"):
            units[name], raws[name] = discord_units(full, problems)
            joined[name] = ws(" ".join(units[name])).lower()
        elif path.endswith(".srt"):
            units[name] = srt_units(full, problems)
            joined[name] = ws(" ".join(units[name])).lower()
        else:
            lines, units[name] = pdf_units(full)
            joined[name] = ws(" ".join(lines)).lower()
    check_makers(problems)
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
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if name in raws:
                    if MARKERS.search(a):
                        problems.append("%s: markdown marker in %r" % (where, a))
                    if not any(a in r for r in raws[name]):
                        problems.append("%s: crosses a markdown marker in %s: %r" % (where, name, a))
                if not any(a in u for u in units[name]):
                    problems.append("%s: not inside one line/cue/cell of %s: %r" % (where, name, a))
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
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
