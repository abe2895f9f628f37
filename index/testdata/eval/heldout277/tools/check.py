#!/usr/bin/python3
"""Check the heldout277 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly q, accept (one or
two strings) and section (a non-empty list of strings), and each question file must hold 25
questions, oos.jsonl 12 (with only q). Every accept string must be ASCII, 5-12 words long, lie
inside one unit of its own document as a reader sees it, and occur exactly once across the three
documents' text (case-insensitive, whitespace collapsed):
  - ChatGPT conversations.json: the conversation's title and the messages on the path from
    current_node back to the root that the app shows (user and assistant text sent to "all",
    not visually hidden), with the private-use citation tokens dropped and Markdown read as
    shown: one unit per line, heading hashes, list markers and emphasis stars dropped, a table
    row split into its cells. Branches off the path (a regenerated-away answer) are counted for
    uniqueness, never as places an answer may lie;
  - Canva PDF: one line of `pdftotext -layout` output with whitespace collapsed, cut where
    pdftotext leaves a gap of three or more spaces (side-by-side text boxes);
  - Kindle notebook HTML: one div's visible text (noteText, noteHeading, sectionHeading, the
    title block), style and script skipped.
Some name in each question's section list must occur in its document's text. Each document must
hold 1,300 to 1,800 words of text as extracted (for the notebook, without the generated
"Highlight (yellow) - Page N · Location M" heading lines). The structure of each format is checked (the
export's mapping tree, the PDF's Canva metadata and page size, the notebook's divs), and
tools/make_chatgpt.py, tools/make_canva.py and tools/make_kindle.py must re-make the three
documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CANVA = "The Indian Plate & the Himalaya - GS1 Geography"
KINDLE = "Restless Ranges-Notebook"
DOCS = {
    "conversations": "docs/conversations.json",
    CANVA: "docs/%s.pdf" % CANVA,
    KINDLE: "docs/%s.html" % KINDLE,
}
MAKERS = {
    "conversations": "tools/make_chatgpt.py",
    CANVA: "tools/make_canva.py",
    KINDLE: "tools/make_kindle.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "body", "html", "head", "br", "hr"}
CITE = re.compile("\ue200.*?\ue201")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(units):
    return sum(1 for u in units for w in u.split() if re.search(r"\w", w))


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.classes, self.unit_class = [], [], 0, [], []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            self.unit_class.append(self.classes[-1] if self.classes else "")
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "div":
            self.classes.append(dict(attrs).get("class", ""))

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def md_units(text):
    """Markdown as the ChatGPT app shows it: one unit per line, table rows cut into cells."""
    units = []
    for line in CITE.sub("", text).split("\n"):
        s = line.strip()
        if not s or re.fullmatch(r"[-*_]{3,}", s):
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|?[\s:|-]+\|?", s):
                continue
            cells = [c for c in s.strip("|").split("|")]
        else:
            s = re.sub(r"^#{1,6}\s+", "", s)
            s = re.sub(r"^(?:[-*+]\s+|\d+\.\s+|>\s*)", "", s)
            cells = [s]
        for c in cells:
            c = re.sub(r"\*\*([^*]+)\*\*", r"\1", c)
            c = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", c)
            c = c.replace("`", "")
            if ws(c):
                units.append(ws(c))
    return units


def chatgpt_units(full, problems):
    with open(full, encoding="utf-8") as f:
        convs = json.load(f)
    shown, extra = [], []
    if not isinstance(convs, list) or len(convs) != 1:
        problems.append("conversations.json: expected a list holding one conversation")
        return shown, extra, shown
    conv = convs[0]
    mapping = conv.get("mapping", {})
    for key in ("title", "create_time", "update_time", "mapping", "current_node",
                "conversation_id", "default_model_slug"):
        if key not in conv:
            problems.append("conversations.json: no %r" % key)
    path, node = [], conv.get("current_node")
    while node is not None:
        path.append(node)
        n = mapping[node]
        if n.get("id") != node:
            problems.append("conversations.json: node id mismatch %s" % node)
        if n["parent"] is not None and node not in mapping[n["parent"]]["children"]:
            problems.append("conversations.json: %s not among its parent's children" % node)
        node = n["parent"]
    if not path or path[-1] != "client-created-root":
        problems.append("conversations.json: current_node does not lead to the root")
    on_path = set(path)
    if len(on_path) == len(mapping):
        problems.append("conversations.json: expected a branch off the current path")

    def visible(msg):
        return (msg and msg["author"]["role"] in ("user", "assistant")
                and msg.get("recipient") == "all"
                and msg["content"].get("content_type") == "text"
                and not msg.get("metadata", {}).get("is_visually_hidden_from_conversation"))

    shown.append(ws(conv["title"]))
    for node in reversed(path):
        msg = mapping[node]["message"]
        if visible(msg):
            shown.extend(md_units("".join(p for p in msg["content"]["parts"]
                                          if isinstance(p, str))))
    for node, n in mapping.items():
        msg = n["message"]
        if node not in on_path and visible(msg):
            extra.extend(md_units("".join(msg["content"]["parts"])))
    return shown, extra, shown


def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    for want in ("Creator:         Canva", "Producer:        Canva", "Page size:       1440 x 810"):
        if want not in info:
            problems.append("pdf: pdfinfo lacks %r" % want)
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units, [], units


def kindle_units(full, problems):
    text = open(full, encoding="utf-8").read()
    p = Blocks()
    p.feed(text)
    p.flush()
    for cls in ("notebookFor", "bookTitle", "authors", "citation", "sectionHeading",
                "noteHeading", "noteText"):
        if cls not in p.classes:
            problems.append("kindle: no %s div" % cls)
    if p.classes.count("noteHeading") != p.classes.count("noteText"):
        problems.append("kindle: noteHeading and noteText divs do not pair up")
    # words of text: the title block, chapter headings, highlights and notes (not the
    # "Highlight (yellow) - Page 2 · Location 27" lines the app generates)
    counted = [u for u, c in zip(p.units, p.unit_class) if c != "noteHeading"]
    return p.units, [], counted


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".json"):
        return chatgpt_units(full, problems)
    if full.endswith(".pdf"):
        return pdf_units(full, problems)
    return kindle_units(full, problems)


def check_makers(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in MAKERS.items():
            target = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), target], check=True)
            with open(target, "rb") as a, open(os.path.join(ROOT, DOCS[name]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    check_makers(problems)
    units, joined = {}, {}
    for name in DOCS:
        shown, extra, counted = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        n = nwords(counted)
        print("%s: %d words" % (DOCS[name], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name], n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        doc_text = joined[name]
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
            elif not any(ws(s).lower() in doc_text for s in sec):
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
                la = ws(a).lower()
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/unit of %s: %r" % (where, name, a))
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
    if "--units" in sys.argv:
        probs = []
        for name in DOCS:
            shown, extra, counted = units_of(name, probs)
            print("=====", name)
            print("\n".join(shown))
        sys.exit(0)
    sys.exit(main())
