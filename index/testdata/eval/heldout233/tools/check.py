#!/usr/bin/python3
"""Check the heldout233 evaluation set.

Run: /usr/bin/python3 tools/check.py   (standard library only)

The documents' text is extracted as a reader sees it:
  - Telegram export docs/result.json: each message's text as the app shows it (entity parts
    joined, so no ** or link markup is left), cut into lines at "\\n"; a poll's question and
    its answers are lines too;
  - Wikipedia mobile page docs/narmada-bachao-andolan-mobile.html: the visible text of each
    element (paragraph, list item, table cell, heading, div ...), scripts and styles skipped;
  - Apple Notes export docs/appiko-and-eco-movements-notes.txt: its lines as a text view
    breaks them (str.splitlines, so the U+2028 soft breaks count as line ends), the typed
    table's lines cut further into cells at " | ".
Every unit is whitespace-collapsed. The checks:
  - each q-*.jsonl has exactly 25 lines, each a JSON object with exactly the keys q, accept,
    section; q a non-empty string; accept a list of one or two strings; section a non-empty
    list of strings;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own
    document, and occurs exactly once (ignoring case, whitespace collapsed) in the three
    documents' extracted text taken together;
  - at least one section name of each question occurs (ignoring case) in its document;
  - oos.jsonl has exactly 12 lines, each an object with the single key q;
  - result.json is a Telegram single-chat export (name, type, id, messages) and parses;
    the HTML is a Minerva (mobile) page; the Notes export has its header lines;
  - each make script re-makes its document byte for byte (the script is loaded and its
    render() output compared with the file in docs/; nothing is written).
"""
import html.parser
import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "result": ("docs/result.json", "tools/make_telegram.py"),
    "narmada-bachao-andolan-mobile": ("docs/narmada-bachao-andolan-mobile.html",
                                      "tools/make_html.py"),
    "appiko-and-eco-movements-notes": ("docs/appiko-and-eco-movements-notes.txt",
                                       "tools/make_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "caption",
         "form", "label", "button", "cite", "figure", "figcaption", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(html.parser.HTMLParser):
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


def shown_text(text):
    if isinstance(text, str):
        return text
    return "".join(p if isinstance(p, str) else p["text"] for p in text)


def telegram_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    if set(data) != {"name", "type", "id", "messages"} or data["type"] != "private_channel":
        problems.append("result.json: not a single-chat export of a private channel")
    units = []
    for m in data["messages"]:
        if m.get("type") not in ("message", "service") or "text_entities" not in m:
            problems.append("result.json: message %s lacks type or text_entities" % m.get("id"))
        lines = shown_text(m.get("text", "")).split("\n")
        if "poll" in m:
            lines = [m["poll"]["question"]] + [a["text"] for a in m["poll"]["answers"]]
        units.extend(ws(l) for l in lines if ws(l))
    with open(full, "rb") as f:
        raw = f.read()
    if raw.endswith(b"\n") or not raw.startswith(b'{\n "name": '):
        problems.append("result.json: not in the exporter's layout")
    return units


def html_units(full, problems):
    with open(full, encoding="utf-8") as f:
        doc = f.read()
    for needle in ("skin-minerva", "mf-section-0", "collapsible-block", "last-modified-bar"):
        if needle not in doc:
            problems.append("html: %s missing" % needle)
    p = Blocks()
    p.feed(doc)
    p.flush()
    return p.units


def notes_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.splitlines()
    if not (lines[1].startswith("Created: ") and lines[2].startswith("Modified: ")
            and lines[3].startswith("Folder: ") and lines[0] == lines[5]):
        problems.append("notes: header lines missing")
    units = []
    for line in lines:
        for cell in line.split(" | "):
            if ws(cell):
                units.append(ws(cell))
    return units


def remakes(doc, script, problems):
    with open(os.path.join(ROOT, doc), "rb") as f:
        committed = f.read()
    spec = importlib.util.spec_from_file_location("make_" + os.path.basename(doc).split(".")[0]
                                                  .replace("-", "_"), os.path.join(ROOT, script))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.render() != committed:
        problems.append("%s does not re-make %s byte for byte" % (script, doc))


def read_lines(fn):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def main():
    problems = []
    units = {}
    for name, (doc, script) in DOCS.items():
        full = os.path.join(ROOT, doc)
        if doc.endswith(".json"):
            units[name] = telegram_units(full, problems)
        elif doc.endswith(".html"):
            units[name] = html_units(full, problems)
        else:
            units[name] = notes_units(full, problems)
        remakes(doc, script, problems)
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        lines = read_lines(fn)
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
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
                sec = []
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
                    problems.append("%s: not inside one line/element/cell of %s: %r"
                                    % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    lines = read_lines("oos.jsonl")
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
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
