#!/usr/bin/python3
"""Check the heldout301 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly q, accept (one or
two strings) and section (a non-empty list of strings). Every accept string must be ASCII, 5-12
words long, lie inside one unit of its own document as a reader sees it, and occur exactly once
(ignoring case, whitespace collapsed) across the three documents' text:
  - Readwise CSV: one line of one cell (highlight, note, title, tags ...) of a data row;
  - Messenger message_1.json: one line of one message's content, after undoing Facebook's
    mojibake (Latin-1 code points holding UTF-8 bytes), or the thread title or a share text;
  - Google Drive OCR .txt: one line of the file (byte-order mark dropped, CRLF line ends).
At least one section name of every question must occur in its document's text. It also checks
the formats (CSV header and 11 columns a row, ".h1" heading rows; the Messenger keys and newest-
first order; BOM and CRLF in the OCR text), that each document holds 1,300-1,800 words of text,
that there are 25 questions per document and 12 out-of-scope ones, and that tools/make_readwise.py,
tools/make_messenger.py and tools/make_ocr.py re-make their documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "readwise-communal-award-yerawada": ("docs/readwise-communal-award-yerawada.csv", "make_readwise.py"),
    "message_1": ("docs/message_1.json", "make_messenger.py"),
    "modern-india-ch11-scan": ("docs/modern-india-ch11-scan.txt", "make_ocr.py"),
}
CSV_HEADER = ["Highlight", "Book Title", "Book Author", "Amazon Book ID", "Note", "Color", "Tags",
              "Location Type", "Location", "Highlighted at", "Document tags"]
MSG_KEYS = {"sender_name", "timestamp_ms", "content", "reactions", "photos", "share",
            "is_geoblocked_for_viewer"}
TOP_KEYS = ["participants", "messages", "title", "is_still_participant", "thread_path",
            "magic_words", "image", "joinable_mode"]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def lines_of(text):
    return [ws(l) for l in text.split("\n") if ws(l)]


def csv_units(raw, problems):
    """Units and word count (highlights and notes) of the Readwise CSV."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if rows[0] != CSV_HEADER:
        problems.append("csv: header is not Readwise's")
    units, words, heads = [], 0, 0
    for r in rows[1:]:
        if len(r) != 11:
            problems.append("csv: row with %d columns" % len(r))
            continue
        heads += ".h1" in r[6]
        words += len(r[0].split()) + len(r[4].split())
        for cell in r:
            units.extend(lines_of(cell))
    if heads < 3:
        problems.append("csv: fewer than three .h1 heading rows")
    if not raw.endswith(b"\r\n"):
        problems.append("csv: rows do not end in CRLF")
    return units, words


def fix(s):
    return s.encode("latin-1").decode("utf-8")


def messenger_units(raw, problems):
    doc = json.loads(raw.decode("ascii"))
    if list(doc) != TOP_KEYS:
        problems.append("messenger: top-level keys are not Facebook's: %s" % list(doc))
    msgs = doc["messages"]
    stamps = [m["timestamp_ms"] for m in msgs]
    if stamps != sorted(stamps, reverse=True):
        problems.append("messenger: messages are not newest first")
    units, words = lines_of(fix(doc["title"])), 0
    for m in msgs:
        if not set(m) <= MSG_KEYS or "is_geoblocked_for_viewer" not in m:
            problems.append("messenger: message keys %s" % sorted(m))
        text = fix(m.get("content", ""))
        words += len(text.split())
        units.extend(lines_of(text))
        if "share_text" in m.get("share", {}):
            units.extend(lines_of(fix(m["share"]["share_text"])))
    if "\\u00f0\\u009f" not in raw.decode("ascii"):
        problems.append("messenger: no mojibake-escaped emoji")
    return units, words


def ocr_units(raw, problems):
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("ocr: no byte-order mark")
    text = raw.decode("utf-8-sig")
    if "\n" in text.replace("\r\n", ""):
        problems.append("ocr: bare LF line ends")
    text = text.replace("\r\n", "\n")
    return lines_of(text), len(text.split())


def remade(maker, doc, problems):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", maker), out], check=True)
        with open(out, "rb") as f, open(os.path.join(ROOT, doc), "rb") as g:
            if f.read() != g.read():
                problems.append("%s: tools/%s does not re-make it byte for byte" % (doc, maker))


def main():
    problems = []
    units, words = {}, {}
    for name, (doc, maker) in DOCS.items():
        with open(os.path.join(ROOT, doc), "rb") as f:
            raw = f.read()
        fn = {".csv": csv_units, ".json": messenger_units, ".txt": ocr_units}[os.path.splitext(doc)[1]]
        try:
            units[name], words[name] = fn(raw, problems)
        except (ValueError, KeyError, IndexError) as e:
            problems.append("%s: does not parse (%s)" % (doc, e))
            units[name], words[name] = [], 0
        if not 1300 <= words[name] <= 1800:
            problems.append("%s: %d words of text, expected 1,300-1,800" % (doc, words[name]))
        remade(maker, doc, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
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
                problems.append("%s: no section name occurs in its document: %r" % (where, sec))
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
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
    print("words: %s" % ", ".join("%s %d" % kv for kv in words.items()))
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
