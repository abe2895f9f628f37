#!/usr/bin/python3
"""Check the set: every jsonl line parses and has the right keys; every accept string is ASCII,
5-12 words, lies within one line of its document (for the HTML page: within the visible text of
one block element, inline tags such as <strong> and <a> included, scripts and <head> left out;
for the Markdown page: outside any ** or * emphasis span) and occurs exactly once across the
three documents (compared case-insensitively, whitespace collapsed)."""
import glob, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
INLINE = {"a", "strong", "em", "b", "i", "span", "small", "code", "abbr", "sup", "sub", "time",
          "cite", "mark", "u", "img", "q", "s", "del", "ins", "kbd", "var", "bdi", "wbr"}
HIDDEN = {"script", "style", "head", "noscript", "template", "textarea"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(HTMLParser):
    """Visible text of an HTML page, one entry per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.blocks = []
        self.cur = []

    def flush(self):
        t = ws("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag not in INLINE:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE and tag not in HIDDEN:
            self.flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag not in INLINE:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def emphasis_mask(line):
    """True for every character of a Markdown line that lies inside ** or * emphasis
    (the markers included). A leading '* ' or '- ' bullet is not emphasis."""
    mask = [False] * len(line)
    body_start = 0
    m = re.match(r"\s*([*+-])\s", line)
    if m:
        body_start = m.end()
    for pat in (r"\*\*(.+?)\*\*", r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)"):
        for e in re.finditer(pat, line[body_start:]):
            for k in range(body_start + e.start(), body_start + e.end()):
                mask[k] = True
    return mask


docs = {}   # name -> list of (raw line or block, mask or None)
for p in sorted(glob.glob(os.path.join(ROOT, "docs", "*"))):
    name = os.path.basename(p)
    raw = open(p, encoding="utf-8").read()
    if p.endswith((".html", ".htm")):
        parser = Blocks()
        parser.feed(raw)
        parser.close()
        docs[name] = [(b, None) for b in parser.blocks]
    elif p.endswith(".md"):
        docs[name] = [(l, emphasis_mask(l)) for l in raw.splitlines()]
    else:
        docs[name] = [(l, None) for l in raw.splitlines()]

whole = "\n".join(ws(l).lower() for v in docs.values() for l, _ in v)
# the Markdown page's text with its emphasis markers dropped, so that an accept string cannot
# hide a second occurrence behind ** in another line
whole_plain = "\n".join(ws(l.replace("*", "")).lower() for v in docs.values() for l, _ in v)

bad = 0
counts = {}


def problem(where, msg):
    global bad
    bad += 1
    print("%s: %s" % (where, msg))


for qf in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
    base = os.path.basename(qf)
    oos = base.startswith("oos")
    n_lines = 0
    for n, line in enumerate(open(qf, encoding="utf-8"), 1):
        where = "%s:%d" % (base, n)
        if not line.strip():
            problem(where, "empty line")
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            problem(where, "does not parse: %s" % e)
            continue
        n_lines += 1
        if not isinstance(o.get("q"), str) or not o["q"].strip():
            problem(where, "no question")
        if oos:
            if set(o) != {"q"}:
                problem(where, "out-of-scope line must hold only q")
            continue
        if set(o) != {"q", "accept", "section"}:
            problem(where, "keys are %s" % sorted(o))
        acc = o.get("accept")
        sec = o.get("section")
        if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
            problem(where, "accept must be a list of one or two strings")
            acc = []
        if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
            problem(where, "section must be a non-empty list of strings")
        for a in acc:
            prob = []
            a2 = ws(a)
            if not a.isascii():
                prob.append("non-ASCII")
            words = len(a2.split())
            if not 5 <= words <= 12:
                prob.append("%d words" % words)
            if "*" in a:
                prob.append("holds an emphasis marker")
            total = whole.count(a2.lower())
            total_plain = whole_plain.count(a2.lower())
            if total != 1 or total_plain != 1:
                prob.append("occurs %d times (%d without emphasis markers)" % (total, total_plain))
            hits = []
            for name, v in docs.items():
                for l, mask in v:
                    i = l.find(a2) if mask is None else l.find(a)
                    if mask is None and i < 0:
                        i = ws(l).find(a2)
                        if i >= 0:
                            hits.append((name, False))
                        continue
                    if i < 0:
                        continue
                    inside = mask is not None and any(mask[i:i + len(a)])
                    hits.append((name, inside))
            if len(hits) != 1:
                prob.append("lies within %d lines/elements (case-sensitive)" % len(hits))
            elif hits[0][1]:
                prob.append("inside Markdown emphasis in %s" % hits[0][0])
            if prob:
                problem("%s %r" % (where, a), ", ".join(prob))
    counts[base] = n_lines

for base, c in sorted(counts.items()):
    print("%-24s %d lines" % (base, c))
print("problems:", bad)
sys.exit(1 if bad else 0)
