#!/usr/bin/python3
"""Check the heldout288 evaluation set.

Every line of q-*.jsonl and oos.jsonl must parse; in-scope lines need exactly q, accept (one or
two strings) and section (a non-empty list of strings); out-of-scope lines only q. Every accept
string must be ASCII, 5-12 words long, lie inside one unit of its own document as a reader sees
it, and occur exactly once across the three documents' shown text (case-insensitive,
whitespace collapsed). At least one section name of each question must occur in its document.
The units are:
  - Excalidraw .excalidraw.md: one line of one entry of "## Text Elements" (the raw text before
    " ^id"), or one line of the markdown on the back of the drawing;
  - Apple Notes PDF: one line of `pdftotext -layout` output with whitespace collapsed, cut where
    pdftotext leaves a gap of three or more spaces (so a table cell is a unit of its own);
  - Hypothesis JSON export: the page title, one line of a TextQuoteSelector's exact text, one
    line of an annotation's text as the sidebar renders it (HTML tags such as the @mention
    anchor dropped, Markdown markers **, *, `, leading #s and "- " dropped), or a tag.
It also checks each document's structure: the Excalidraw file's front matter and sections, that
its compressed-json block decompresses (LZString, base64) to a scene whose live text elements
match "## Text Elements" one for one and in order, whose links and image files match "## Element
Links" and "## Embedded Files"; that the PDF has the document info iOS writes; that the
Hypothesis export has its four keys, unique ids, replies whose references point at annotations
in the file, and quote selectors on every top-level annotation but the page note. Finally it
re-makes the three documents with tools/make_excalidraw.py, tools/make_pdf.py and
tools/make_hypothesis.py into a temporary directory and compares them byte for byte.
Run: /usr/bin/python3 tools/check.py          (add --dump to print every unit)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "ozone-layer-hole-mindmap": "docs/ozone-layer-hole-mindmap.excalidraw.md",
    "montreal-protocol-ozone-treaty": "docs/montreal-protocol-ozone-treaty.pdf",
    "2025-11-29-Hypothesis-UPSC-Env-2026": "docs/2025-11-29-Hypothesis-UPSC-Env-2026.json",
}
MAKERS = {
    "ozone-layer-hole-mindmap": "tools/make_excalidraw.py",
    "montreal-protocol-ozone-treaty": "tools/make_pdf.py",
    "2025-11-29-Hypothesis-UPSC-Env-2026": "tools/make_hypothesis.py",
}
KEY64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Excalidraw
def lz_decompress_base64(data):
    """LZString.decompressFromBase64, returning a Python string."""
    if not data:
        return ""
    rev = {c: i for i, c in enumerate(KEY64)}
    length, reset = len(data), 32
    state = {"val": rev[data[0]], "pos": reset, "index": 1}

    def bits(n):
        res, power = 0, 1
        for _ in range(n):
            b = state["val"] & state["pos"]
            state["pos"] >>= 1
            if state["pos"] == 0:
                state["pos"] = reset
                state["val"] = rev[data[state["index"]]] if state["index"] < length else 0
                state["index"] += 1
            if b:
                res |= power
            power <<= 1
        return res

    dictionary = {0: 0, 1: 1, 2: 2}
    enlarge_in, dict_size, num_bits = 4, 4, 3
    nxt = bits(2)
    if nxt == 2:
        return ""
    c = chr(bits(8 if nxt == 0 else 16))
    dictionary[3] = c
    w = c
    result = [c]
    while True:
        if state["index"] > length:
            return ""
        code = bits(num_bits)
        if code in (0, 1):
            dictionary[dict_size] = chr(bits(8 if code == 0 else 16))
            dict_size += 1
            code = dict_size - 1
            enlarge_in -= 1
        elif code == 2:
            units = "".join(result)
            return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        if enlarge_in == 0:
            enlarge_in = 2 ** num_bits
            num_bits += 1
        if code in dictionary:
            entry = dictionary[code]
        elif code == dict_size:
            entry = w + w[0]
        else:
            raise ValueError("bad LZString data")
        result.append(entry)
        dictionary[dict_size] = w + entry[0]
        dict_size += 1
        enlarge_in -= 1
        w = entry
        if enlarge_in == 0:
            enlarge_in = 2 ** num_bits
            num_bits += 1


def section(md, name):
    m = re.search(r"^## %s\n(.*?)(?=^## |^%%)" % re.escape(name), md, re.S | re.M)
    return m.group(1) if m else None


def excalidraw_units(full, problems):
    md = open(full, encoding="utf-8").read()
    if not md.startswith("---\n\nexcalidraw-plugin: parsed\n"):
        problems.append("excalidraw: front matter lacks excalidraw-plugin: parsed")
    if "==\u26a0  Switch to EXCALIDRAW VIEW" not in md or "# Excalidraw Data\n" not in md:
        problems.append("excalidraw: warning line or # Excalidraw Data missing")
    back = md.split("\n---\n", 1)[1].split("# Excalidraw Data\n", 1)[0]
    back_lines = [ws(l) for l in back.split("\n")[1:] if ws(l)]
    texts = section(md, "Text Elements") or ""
    entries = re.findall(r"(.*?) \^([A-Za-z0-9_-]{8})\n\n", texts, re.S)
    if "".join("%s ^%s\n\n" % e for e in entries) != texts:
        problems.append("excalidraw: ## Text Elements does not parse as 'text ^id' entries")
    links = re.findall(r"^([A-Za-z0-9_-]{8}): (.+)$", section(md, "Element Links") or "", re.M)
    files = re.findall(r"^([0-9a-f]{40}): \[\[(.+)\]\]$", section(md, "Embedded Files") or "",
                       re.M)
    m = re.search(r"%%\n## Drawing\n```compressed-json\n(.*?)\n```\n%%$", md, re.S)
    if not m:
        problems.append("excalidraw: no compressed-json drawing block at the end")
    else:
        chunks = m.group(1).split("\n\n")
        if any(len(c) != 256 for c in chunks[:-1]):
            problems.append("excalidraw: compressed data not cut into 256-character lines")
        scene = json.loads(lz_decompress_base64("".join(chunks)))
        if scene.get("type") != "excalidraw" or "elements" not in scene:
            problems.append("excalidraw: decompressed drawing is not an Excalidraw scene")
        live = [(e["rawText"], e["id"]) for e in scene["elements"]
                if e["type"] == "text" and not e["isDeleted"]]
        if live != entries:
            problems.append("excalidraw: scene text elements do not match ## Text Elements")
        ids = {e["id"]: e for e in scene["elements"]}
        for eid, link in links:
            if eid not in ids or ids[eid].get("link") != link:
                problems.append("excalidraw: element link %s not on its element" % eid)
        fids = {e.get("fileId") for e in scene["elements"] if e["type"] == "image"}
        if {f for f, _ in files} != fids:
            problems.append("excalidraw: ## Embedded Files does not match the image elements")
    units = list(back_lines)
    for text, _ in entries:
        units.extend(ws(l) for l in text.split("\n") if ws(l))
    return units


# ---------------------------------------------------------------- PDF
def pdf_units(full, problems):
    info = subprocess.run(["pdfinfo", full], capture_output=True, text=True, check=True).stdout
    if "Quartz PDFContext" not in info or "Page size:       595.276 x 841.89" not in info:
        problems.append("pdf: document info is not what iOS writes (Producer, A4)")
    out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True,
                         text=True, check=True).stdout
    units = []
    for line in out.split("\n"):
        for seg in re.split(r" {3,}", line.strip()):
            if ws(seg):
                units.append(ws(seg))
    return units


# ---------------------------------------------------------------- Hypothesis
def md_shown(line):
    line = re.sub(r"<[^>]+>", "", line)
    line = re.sub(r"^\s*#+\s*", "", line)
    line = re.sub(r"^\s*[-*]\s+", "", line)
    line = line.replace("**", "").replace("`", "")
    line = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", line)
    return ws(line)


def hypothesis_units(full, problems):
    with open(full, encoding="utf-8") as f:
        data = json.load(f)
    if list(data) != ["export_date", "export_userid", "client_version", "annotations"]:
        problems.append("hypothesis: top-level keys are not the client export's four")
    anns = data["annotations"]
    ids = [a["id"] for a in anns]
    if len(set(ids)) != len(ids):
        problems.append("hypothesis: annotation ids are not unique")
    units, titles = [], set()
    for a in anns:
        titles.update(a["document"]["title"])
        sel = [s for t in a["target"] for s in t.get("selector", [])]
        if a.get("references"):
            if not all(r in ids for r in a["references"]) or sel:
                problems.append("hypothesis: reply %s is malformed" % a["id"])
        elif not sel and not a["text"].lstrip().startswith("## "):
            problems.append("hypothesis: annotation %s has no selectors" % a["id"])
        for s in sel:
            if s["type"] == "TextQuoteSelector":
                units.extend(ws(l) for l in s["exact"].split("\n") if ws(l))
        units.extend(md_shown(l) for l in a["text"].split("\n") if md_shown(l))
        units.extend(a["tags"])
    return sorted(titles) + units


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".excalidraw.md"):
        return excalidraw_units(full, problems)
    if full.endswith(".pdf"):
        return pdf_units(full, problems)
    return hypothesis_units(full, problems)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, script in MAKERS.items():
            out = os.path.join(tmp, os.path.basename(DOCS[name]))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, script), out], check=True)
            with open(out, "rb") as f:
                new = f.read()
            with open(os.path.join(ROOT, DOCS[name]), "rb") as f:
                old = f.read()
            if new != old:
                problems.append("%s does not re-make %s byte for byte" % (script, DOCS[name]))


def main():
    problems = []
    units = {k: units_of(k, problems) for k in DOCS}
    if "--dump" in sys.argv:
        for k, us in units.items():
            print("=" * 20, k, len(" ".join(us).split()), "words")
            for u in us:
                print(u)
        return 0
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
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
