#!/usr/bin/python3
"""Check the heldout286 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document's
text as a reader sees it, and occur exactly once across the three documents' text (ignoring
case, whitespace collapsed). Units:
  - Bear TextPack (.textpack): the text.md of the zip's one .textbundle folder, one unit per
    line with the markdown marks a reader does not see taken off (heading #, list and task
    markers, > quotes, **, *, ==, ~~, image links, [label](url) shown as label, [[link]] as
    link, footnote marks); a table row is split into one unit per cell;
  - Zettlr note (.md): the body after the YAML front matter, read the same way (pandoc
    citations are left as written, the ::: div fences dropped); the front matter's text is
    counted for uniqueness but no accept string may lie in it;
  - Google Lens text (.txt): one unit per line.
Each question's section list must name at least one part present in its document (ignoring
case; for the Zettlr note its front-matter title counts). The documents must be 1,300 to
1,800 words of text (for the Zettlr note, the body; for the TextPack, text.md); the TextPack
must hold info.json (Bear's creatorIdentifier, a TextBundle version), text.md and every asset
text.md shows; the Zettlr note's citation keys must all be in its references; and each
tools/make_*.py must re-make its document byte for byte (run into a temporary directory).
There must be 25 questions per document and 12 out-of-scope ones.
Run: /usr/bin/python3 tools/check.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "naoroji-drain-theory": ("docs/naoroji-drain-theory.textpack", "make_textpack.py"),
    "rc-dutt-economic-history": ("docs/rc-dutt-economic-history.md", "make_zettlr.py"),
    "ranade-economic-critique-lens": ("docs/ranade-economic-critique-lens.txt", "make_lens.py"),
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def inline(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[\[([^\]]+)\]\]", r"\1", s)
    s = re.sub(r"\[\^\w+\]", "", s)
    s = re.sub(r"(?<!\])\[([^\]@^][^\]]*)\]\([^)]*\)", r"\1", s)
    s = s.replace("**", "").replace("==", "").replace("~~", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"\1", s)
    s = re.sub(r"<!--\s*|\s*-->", "", s)
    return s


def md_units(text):
    units = []
    for line in text.split("\n"):
        t = line.strip()
        if not t or re.match(r"^:::", t) or re.match(r"^\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?)?\s*$", t) or t == "---":
            continue
        if t.startswith("|"):
            for cell in t.strip("|").split("|"):
                c = ws(inline(cell))
                if c:
                    units.append(c)
            continue
        t = re.sub(r"^#{1,6}\s+", "", t)
        t = re.sub(r"^>\s?", "", t)
        t = re.sub(r"^(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?", "", t)
        t = re.sub(r"^\[\^\w+\]:\s*", "", t)
        t = ws(inline(t))
        if t:
            units.append(t)
    return units


def split_front(text):
    m = re.match(r"---\n(.*?)\n\.\.\.\n", text, re.S)
    if not m:
        return "", text
    return m.group(1), text[m.end():]


def read_textpack(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        roots = {n.split("/")[0] for n in names}
        if len(roots) != 1 or not next(iter(roots)).endswith(".textbundle"):
            problems.append("textpack: must hold one .textbundle folder, has %r" % sorted(roots))
        root = sorted(roots)[0] + "/"
        for part in ("info.json", "text.md", "assets/"):
            if root + part not in names:
                problems.append("textpack: missing %s" % part)
        info = json.loads(z.read(root + "info.json").decode("utf-8"))
        if info.get("creatorIdentifier") != "net.shinyfrog.bear" or info.get("version") != 2 \
                or "net.shinyfrog.bear" not in info:
            problems.append("textpack: info.json is not Bear's TextBundle v2 metadata")
        text = z.read(root + "text.md").decode("utf-8")
        for ref in re.findall(r"!\[[^\]]*\]\((assets/[^)]+)\)", text):
            if root + urllib.parse.unquote(ref) not in names:
                problems.append("textpack: image %s not in the zip" % ref)
    return text


def units_of(name, problems):
    """(units an accept must lie inside, extra text for uniqueness, text for sections, words)."""
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".textpack"):
        u = md_units(read_textpack(path, problems))
        return u, [], u, u
    text = open(path, encoding="utf-8").read()
    if path.endswith(".md"):
        front, body = split_front(text)
        if not front:
            problems.append("%s: no YAML front matter closed by '...'" % name)
        ids = set(re.findall(r"^\s*- id: (\S+)$", front, re.M))
        for key in re.findall(r"@([A-Za-z][\w-]*\d{4})", body):
            if key not in ids:
                problems.append("%s: citation @%s not in references" % (name, key))
        fl = [ws(re.sub(r"^[\s-]*(?:[\w-]+:\s*)?", "", l).strip("'\"")) for l in front.split("\n")]
        fl = [l for l in fl if l]
        u = md_units(body)
        return u, fl, u + fl, u
    u = [ws(l) for l in text.split("\n") if ws(l)]
    return u, [], u, u


def check_make(name, problems):
    path, script = DOCS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(path))
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
        if open(out, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
            problems.append("%s: tools/%s does not re-make it byte for byte" % (name, script))


def main():
    problems = []
    units, joined, secttext = {}, {}, {}
    for name in DOCS:
        check_make(name, problems)
        shown, extra, sect, words = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
        secttext[name] = ws(" ".join(sect)).lower()
        nw = len(" ".join(words).split())
        print("%s: %d words" % (name, nw))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (name, nw))
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
            elif not any(ws(s).lower() in secttext[name] for s in sec):
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
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/cell of %s: %r" % (where, name, a))
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
