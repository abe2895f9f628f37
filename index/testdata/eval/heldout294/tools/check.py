#!/usr/bin/python3
"""Check the heldout294 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines have exactly the keys q,
accept (one or two strings) and section (a non-empty list of strings); oos lines only q.
Every accept string must be ASCII, 5-12 words long, lie inside one unit of its own document's
text as a reader sees it, and occur exactly once across the three documents' text (ignoring
case, whitespace collapsed). The documents are read with the standard library only:
  - MediaWiki export (.xml): parsed with ElementTree; each page's title, and its wikitext
    rendered roughly as the wiki shows it: comments dropped, <ref>s cut out (a unit ends at
    each reference mark) and their citation titles listed as the references, links shown by
    their label, templates expanded for the ones the pages use (the infobox as its labels and
    values, hatnotes, {{As of}}, {{flag}}, {{Citation needed}} ...; banners, navboxes and
    maintenance templates give nothing), bold and italic quotes dropped, <br /> as a break;
    a unit is a heading, a paragraph, a list item, a table caption or a table cell;
  - Quarto source (.qmd): the YAML title and subtitle, then the body line by line (one
    paragraph a line, as the visual editor writes it) with heading marks, {#id} and {.class}
    attributes, list marks, ** and * and callout fences dropped, each pipe-table cell its
    own unit and each ^[...] footnote cut out into a unit of its own; code-chunk lines and
    HTML comments are counted for uniqueness but not as prose;
  - ASS subtitles (.ass): the Text field of every Dialogue event with {...} override blocks
    removed, cut at each \\N (or \\n) line break, \\h as a space; Comment events are counted
    for uniqueness only.
Each question's section list must name at least one part present in its document (ignoring
case). Each document must be 1,300 to 1,800 words of text (the wiki pages' rendered text; the
.qmd's prose outside code and comments; the .ass's Dialogue text). The export must be a
MediaWiki 0.11 export whose every <text> carries the right bytes and base-36 sha1 (matching
the revision's <sha1>); the .qmd must open with YAML front matter and hold {#sec-} headings,
a callout, #| chunk options and ^[...] footnotes; the .ass must start with a byte-order mark,
use CRLF line ends, hold [Script Info], [V4+ Styles] and [Events] with two styles, and every
event must use one of them and end no earlier than it starts.
Each tools/make_*.py must re-make its document byte for byte (run into a temporary directory).
There must be 25 questions per document and 12 out-of-scope ones.
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "Wikipedia-20251102141907": ("docs/Wikipedia-20251102141907.xml", "make_mediawiki.py"),
    "lwe-samadhan-notes": ("docs/lwe-samadhan-notes.qmd", "make_quarto.py"),
    "is-lecture-14-bastar.en": ("docs/is-lecture-14-bastar.en.ass", "make_ass.py"),
}
MW = "{http://www.mediawiki.org/xml/export-0.11/}"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
INFOBOX_LABELS = {"partof": "Part of", "date": "Date", "place": "Location", "status": "Status",
                  "combatant1": "Belligerents", "combatant2": "",
                  "commander1": "Commanders and leaders", "commander2": ""}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- MediaWiki

def params(body):
    parts = body.split("|")
    name, pos, named = parts[0].strip(), [], {}
    for p in parts[1:]:
        m = re.match(r"\s*([\w -]+?)\s*=(.*)", p, re.S)
        if m:
            named[m.group(1).strip()] = m.group(2).strip()
        else:
            pos.append(p.strip())
    return name, pos, named


def template(body):
    name, pos, named = params(body)
    key = name.lower()
    if key.startswith("infobox"):
        out = []
        for k, v in named.items():
            if k in ("image", "image_size"):
                continue
            if INFOBOX_LABELS.get(k):
                out.append(INFOBOX_LABELS[k])
            out.append(v)
        return "\n" + "\n".join(out) + "\n"
    if key == "flag":
        return pos[0]
    if key == "kia":
        return "\u2020"
    if key == "as of":
        text = "As of %s %s" % (MONTHS[int(pos[1]) - 1], pos[0]) if len(pos) > 1 else "As of " + pos[0]
        return text[0].lower() + text[1:] if named.get("lc") == "y" else text
    if key in ("citation needed", "cn"):
        return "[citation needed]"
    if key == "main":
        return "\nMain article: %s\n" % pos[0]
    if key == "further":
        return "\nFurther information: %s\n" % " and ".join(pos)
    if key == "for":
        return "\nFor %s, see %s.\n" % (pos[0], pos[1])
    if key == "commons category-inline":
        return "Media related to %s at Wikimedia Commons" % pos[0]
    return ""


def link(m):
    target, _, label = m.group(1).partition("|")
    if re.match(r"(?i)(category|file|image):", target):
        return ""
    return (label or target.lstrip(":")) + m.group(2)


def cite_title(ref):
    m = re.search(r"\|\s*title\s*=([^|}]*)", ref)
    pub = re.search(r"\|\s*(?:publisher|work)\s*=([^|}]*)", ref)
    if not m:
        return ""
    text = ws(m.group(1)) + (". " + ws(pub.group(1)) if pub else "")
    return re.sub(r"\[\[([^\[\]]+)\]\](\w*)", link, text)


def render_wikitext(text):
    """Units (paragraphs, headings, list items, table cells) of rendered wikitext."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    cites = []

    def ref(m):
        if m.group(1):
            t = cite_title(m.group(1))
            if t:
                cites.append(t)
        return "\n"

    text = re.sub(r"<ref[^>/]*/>", "\n", text)
    text = re.sub(r"<ref[^>]*>(.*?)</ref>", ref, text, flags=re.S)
    text = re.sub(r"\[\[([^\[\]]+)\]\](\w*)", link, text)
    while True:
        new = re.sub(r"\{\{([^{}]*)\}\}", lambda m: template(m.group(1)), text)
        if new == text:
            break
        text = new
    text = re.sub(r"\[https?://\S+ ([^\]]+)\]", r"\1", text)
    text = text.replace("'''", "").replace("''", "")
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    units = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or line in ("{|", "|}", "|-") or line.startswith("{|"):
            continue
        m = re.match(r"^(=+)\s*(.*?)\s*\1$", line)
        if m:
            cells = [m.group(2)]
        elif line.startswith("|+"):
            cells = [line[2:]]
        elif line.startswith("!"):
            cells = line[1:].split("!!")
        elif line.startswith("|"):
            cells = [c.split("|", 1)[-1] for c in line[1:].split("||")]
        elif line.upper().startswith("#REDIRECT"):
            cells = ["Redirect to: " + line.split(None, 1)[1]]
        else:
            cells = [re.sub(r"^[*#:;]+", "", line)]
        for c in cells:
            c = ws(html.unescape(c))
            if c:
                units.append(c)
    return units + cites


def base36(hexdigest):
    n, out = int(hexdigest, 16), ""
    while n:
        n, r = divmod(n, 36)
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + out
    return out.rjust(31, "0")


def mediawiki(path, problems):
    root = ET.parse(path).getroot()
    if root.tag != MW + "mediawiki" or root.get("version") != "0.11":
        problems.append("mediawiki: root is not a MediaWiki 0.11 export")
    if root.find(MW + "siteinfo/" + MW + "sitename") is None:
        problems.append("mediawiki: no siteinfo")
    units = []
    for page in root.iter(MW + "page"):
        title = page.findtext(MW + "title")
        rev = page.find(MW + "revision")
        t = rev.find(MW + "text")
        text = t.text or ""
        sha = base36(hashlib.sha1(text.encode("utf-8")).hexdigest())
        if t.get("bytes") != str(len(text.encode("utf-8"))) or t.get("sha1") != sha \
                or rev.findtext(MW + "sha1") != sha:
            problems.append("mediawiki: %s: bytes/sha1 do not match its text" % title)
        if (page.find(MW + "redirect") is not None) != text.upper().startswith("#REDIRECT"):
            problems.append("mediawiki: %s: redirect element and text disagree" % title)
        units.append(ws(title))
        units.extend(render_wikitext(text))
    return units, [], units


# ---------------------------------------------------------------- Quarto

def split_footnotes(line):
    """Return (line without ^[...] footnotes, [footnote texts])."""
    out, notes, i = [], [], 0
    while i < len(line):
        if line.startswith("^[", i):
            depth, j = 1, i + 2
            while j < len(line) and depth:
                depth += {"[": 1, "]": -1}.get(line[j], 0)
                j += 1
            notes.append(line[i + 2:j - 1])
            out.append("\n")
            i = j
        else:
            out.append(line[i])
            i += 1
    return "".join(out), notes


def md_inline(s):
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", s)
    s = re.sub(r"\s*\{[#.][^}]*\}", "", s)
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", s)
    return s


def quarto(path, problems):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---\n"):
        problems.append("quarto: no YAML front matter")
        return [], [], []
    yaml, body = text[4:].split("\n---\n", 1)
    for need in ("{#sec-", "::: callout", "#| label:", "^["):
        if need not in body:
            problems.append("quarto: no %r in the body" % need)
    units = []
    for line in yaml.split("\n"):
        m = re.match(r'(title|subtitle): "(.*)"$', line)
        if m:
            units.append(ws(m.group(2)))
    prose, extra = list(units), []
    in_code = False
    body = re.sub(r"<!--(.*?)-->", lambda m: (extra.append(ws(m.group(1))), "")[1], body, flags=re.S)
    for line in body.split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            if ws(line):
                extra.append(ws(line))
            continue
        s = line.strip()
        if not s or s.startswith(":::") or s.startswith("{{<") or re.match(r"^\|[:\- |]+\|$", s):
            continue
        if s.startswith("|"):
            cells = s.strip("|").split("|")
        else:
            s = re.sub(r"^#+\s+", "", s)
            s = re.sub(r"^(?:[-*]|\d+\.)\s+", "", s)
            s = re.sub(r"^:\s+", "", s)
            main, notes = split_footnotes(s)
            cells = main.split("\n") + notes
        for c in cells:
            c = ws(md_inline(c))
            if c:
                units.append(c)
                prose.append(c)
    return units, extra, prose


# ---------------------------------------------------------------- ASS

def ass(path, problems):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("ass: no byte-order mark")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        problems.append("ass: line ends are not all CRLF")
    text = raw.decode("utf-8-sig")
    for sec in ("[Script Info]", "[V4+ Styles]", "[Events]"):
        if sec not in text:
            problems.append("ass: no %s section" % sec)
    styles = re.findall(r"^Style: ([^,]+),", text, re.M)
    if len(styles) != 2:
        problems.append("ass: %d styles, expected 2" % len(styles))
    units, extra = [], []

    def secs(t):
        h, m, s = t.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    for line in text.split("\r\n"):
        m = re.match(r"^(Dialogue|Comment): (\d+),([\d:.]+),([\d:.]+),([^,]*),([^,]*),"
                     r"(\d+),(\d+),(\d+),([^,]*),(.*)$", line)
        if not m:
            continue
        kind, start, end, style, body = m.group(1), m.group(3), m.group(4), m.group(5), m.group(11)
        if style not in styles:
            problems.append("ass: event with unknown style %r" % style)
        if secs(end) < secs(start):
            problems.append("ass: event ends before it starts: %s" % line[:60])
        shown = re.sub(r"\{[^}]*\}", "", body).replace("\\h", " ")
        for part in re.split(r"\\[Nn]", shown):
            if ws(part):
                (units if kind == "Dialogue" else extra).append(ws(part))
    return units, extra, units


# ---------------------------------------------------------------- checks

def units_of(name, problems):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".xml"):
        return mediawiki(path, problems)
    if path.endswith(".qmd"):
        return quarto(path, problems)
    return ass(path, problems)


def check_make(name, problems):
    path, script = DOCS[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(path))
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
        if open(out, "rb").read() != open(os.path.join(ROOT, path), "rb").read():
            problems.append("%s: tools/%s does not re-make it byte for byte" % (name, script))


def main():
    problems = []
    units, joined = {}, {}
    for name in DOCS:
        check_make(name, problems)
        shown, extra, words = units_of(name, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown + extra)).lower()
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
