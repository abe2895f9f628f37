#!/usr/bin/python3
r"""Check the heldout259 evaluation set.

Run: /usr/bin/python3 tools/check.py   (standard library only)
     /usr/bin/python3 tools/check.py --dump   (also print every unit of every document)

It extracts each document's text as a reader sees it, as a list of units:
  - LibreOffice Impress deck (.odp): content.xml read with zipfile and ElementTree; one unit per
    text:p of the presentation body (slide titles and subtitles, outline items, the un-bulleted
    list headers of the two-content slide, table cells, the Summary Slide's items, speaker
    notes), with text:s as spaces, text:tab as a tab and text:line-break ending a unit; plus the
    footer declaration the master shows on every slide. Picture alt text (svg:title, svg:desc)
    is not shown on the slide and gives no unit.
  - Anki "Notes in Plain Text" export (.tsv): the header lines (#...) are read, not shown; each
    record is read with the csv module (tab, double quotes); the deck column and the tags column
    each give one unit, and each field gives one unit per line as Anki's card shows it: <br>,
    <div>, <li>, <ul>, <ol> and <p> boundaries end a line, other tags are dropped, entities are
    decoded, {{cN::text}} and {{cN::text::hint}} show as text and image-occlusion masks show
    nothing. The guid and notetype columns give no unit.
  - Phone note (.txt): one unit per non-empty line.
Then it checks:
  - every line of q-*.jsonl parses and holds exactly q, accept and section; 25 questions per
    document, at least three of them keyword queries of 2-4 words; oos.jsonl holds 12 lines,
    each with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (whitespace collapsed) and occurring exactly once (ignoring case, whitespace
    collapsed) across the three documents' text;
  - section is a non-empty list of strings of which at least one (other than the generic
    "Introduction", "Definition", "What is", "Overview") occurs in its own document's text;
  - each document holds 1,300 to 1,800 words (tokens with a letter or digit) of text: every
    unit of the deck; the field text of the Anki export (deck and tags columns left out); every
    line of the phone note;
  - the deck is a zip with a stored "mimetype" first and XML parts that parse, with its
    pictures present; the export opens with Anki's header lines and every record has the
    column count they imply; the phone note has LF line ends, no BOM, no final line break;
  - tools/make_odp.py, tools/make_tsv.py and tools/make_txt.py, run into a temporary
    directory, re-make the three documents byte for byte.
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "monsoon-itcz-tibet-deck": ("docs/monsoon-itcz-tibet-deck.odp", "make_odp.py"),
    "iod-enso-anki-export": ("docs/iod-enso-anki-export.tsv", "make_tsv.py"),
    "mjo-breaks-phone-notes": ("docs/mjo-breaks-phone-notes.txt", "make_txt.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}
WORD = re.compile(r"\w", re.UNICODE)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def count_words(units):
    return sum(1 for u in units for tok in u.split() if WORD.search(tok))


# ---------------------------------------------------------------- LibreOffice Impress
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
P = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
D = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XL = "{http://www.w3.org/1999/xlink}"


def odp_units(full, problems):
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        names = z.namelist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            problems.append("%s: mimetype is not the first, stored entry" % full)
        for info in infos:
            if info.filename.endswith((".xml", ".rdf")):
                try:
                    ET.fromstring(z.read(info.filename))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, info.filename, e))
        root = ET.fromstring(z.read("content.xml"))
        for img in root.iter(D + "image"):
            if img.get(XL + "href") not in names:
                problems.append("%s: picture %s missing" % (full, img.get(XL + "href")))
    units = []
    body = root.find(O + "body")
    for decl in body.iter(P + "footer-decl"):
        if decl.text:
            units.append(ws(decl.text))

    def flatten(el, buf):
        if el.text:
            buf[-1] += el.text
        for child in el:
            if child.tag == T + "s":
                buf[-1] += " " * int(child.get(T + "c", "1"))
            elif child.tag == T + "tab":
                buf[-1] += "\t"
            elif child.tag == T + "line-break":
                buf.append("")
            else:
                flatten(child, buf)
            if child.tail:
                buf[-1] += child.tail

    for p in body.iter(T + "p"):
        buf = [""]
        flatten(p, buf)
        units.extend(ws(b) for b in buf if ws(b))
    return units, units


# ---------------------------------------------------------------- Anki export
HEADER = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
          "#deck column:3"]


def anki_lines(field):
    f = re.sub(r"\{\{c\d+::image-occlusion:[^}]*\}\}", "", field)
    f = re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", f)
    f = re.sub(r"(?i)<br\s*/?>|</?(?:div|li|ul|ol|p)(?:\s[^>]*)?>", "\n", f)
    f = re.sub(r"<[^>]+>", "", f)
    return [ws(html.unescape(x)) for x in f.split("\n") if ws(html.unescape(x))]


def tsv_units(full, problems):
    with open(full, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    head = [l for l in lines if l.startswith("#")]
    if head[:5] != HEADER or not re.fullmatch(r"#tags column:\d+", head[5] if len(head) > 5 else ""):
        problems.append("%s: not Anki's header lines" % full)
        return [], []
    width = int(head[5].split(":")[1])
    rows = list(csv.reader([l + "\n" for l in lines if l and not l.startswith("#")],
                           delimiter="\t", quotechar='"'))
    units, field_units = [], []
    for r in rows:
        if len(r) != width:
            problems.append("%s: a record has %d columns, not %d" % (full, len(r), width))
            continue
        units.append(ws(r[2]))
        for fld in r[3:width - 1]:
            shown = anki_lines(fld)
            units.extend(shown)
            field_units.extend(shown)
        if r[width - 1].strip():
            units.append(ws(r[width - 1]))
    return units, field_units


# ---------------------------------------------------------------- phone note
def txt_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r" in raw or raw.endswith(b"\n"):
        problems.append("%s: expected LF lines, no BOM and no final line break" % full)
    units = [ws(l) for l in raw.decode("utf-8").split("\n") if ws(l)]
    return units, units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".odp"):
        return odp_units(full, problems)
    if path.endswith(".tsv"):
        return tsv_units(full, problems)
    return txt_units(full, problems)


# ---------------------------------------------------------------- re-make
def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, joined = {}, {}
    for name, (path, _) in DOCS.items():
        shown, counted = units_of(path, problems)
        units[name] = shown
        joined[name] = ws(" ".join(shown)).lower()
        n = count_words(counted)
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
        if "--dump" in sys.argv:
            print("=== %s (%d units, %d words)" % (path, len(shown), n))
            for u in shown:
                print("  " + u)
    check_remake(problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        keyword = 0
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
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif 2 <= len(q.split()) <= 4:
                keyword += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec
                         if ws(s).lower() not in GENERIC):
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
        if keyword < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, keyword))
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
