#!/usr/bin/python3
"""Re-make docs/iod-enso-anki-export.tsv from tools/iod-enso-anki-export.txt.

Run: /usr/bin/python3 tools/make_tsv.py [OUTPUT]
Standard library only. Writes what Anki 25.02 writes with File > Export > "Notes in Plain Text"
with every box ticked (HTML and media references, tags, deck name, notetype name, unique
identifier), saved under a .tsv name:

  - the header lines Anki's exporter writes: #separator:tab, #html:true, #guid column:1,
    #notetype column:2, #deck column:3 and #tags column:N, where N is 4 + the field count of
    the widest notetype in the export (Image Occlusion has five fields, so N is 9);
  - one record a note in note-id order (the order they were added, so the subdecks are mixed),
    fields padded with empty columns up to that widest notetype, as Anki pads them;
  - records written the way the Rust csv crate writes them: tab between fields, LF after every
    record, a field quoted only when it holds a tab, a double quote, CR or LF, with inner
    quotes doubled;
  - Anki's ten-character base91 guids (here derived from a hash of the note's first field so
    the file is stable) and tags sorted case-insensitively, as Anki stores them.
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "iod-enso-anki-export.txt")
OUT = os.path.join(HERE, "..", "docs", "iod-enso-anki-export.tsv")

BASE91 = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
          "!#$%&()*+,-./:;<=>?@[]^_`{|}~")
FIELDS = {"Basic": 2, "Basic (and reversed card)": 2, "Basic (type in the answer)": 2,
          "Cloze": 2, "Image Occlusion": 5}


def guid(seed):
    n = int.from_bytes(hashlib.sha1(seed.encode("utf-8")).digest()[:8], "big")
    out = ""
    while n:
        n, r = divmod(n, 91)
        out = BASE91[r] + out
    out = out.rjust(10, "a")[-10:]
    if out[0] == "#":          # keep clear of the comment character
        out = "H" + out[1:]
    return out


def parse():
    deck, notes, cur = None, [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or line == "#":
                continue
            if line.startswith("DECK: "):
                deck = line[6:]
            elif line.startswith("@ "):
                nt, sub, tags = [p.strip() for p in line[2:].split("|")]
                cur = {"notetype": nt, "deck": deck + "::" + sub, "tags": tags.split(),
                       "fields": []}
                notes.append(cur)
            elif line.strip():
                cur["fields"].append(line)
            else:
                cur = None if cur is None or cur["fields"] else cur
    for n in notes:
        if len(n["fields"]) > FIELDS[n["notetype"]]:
            raise ValueError("too many fields: %r" % n["fields"][0])
        n["fields"] += [""] * (FIELDS[n["notetype"]] - len(n["fields"]))
    return notes


def cell(s):
    if any(c in s for c in '\t"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build(out):
    notes = parse()
    width = max(FIELDS[n["notetype"]] for n in notes)
    lines = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
             "#deck column:3", "#tags column:%d" % (4 + width)]
    for n in notes:
        fields = n["fields"] + [""] * (width - len(n["fields"]))
        tags = " ".join(sorted(set(n["tags"]), key=str.lower))
        row = [guid(n["notetype"] + "\x1f" + n["fields"][0]), n["notetype"], n["deck"]]
        row += fields + [tags]
        lines.append("\t".join(cell(c) for c in row))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
