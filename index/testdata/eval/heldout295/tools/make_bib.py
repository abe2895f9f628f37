#!/usr/bin/python3
"""Make docs/pmla-case-law-bibliography.bib from tools/pmla-case-law-bibliography.txt.

The file is written the way JabRef 5 saves a biblatex library on Windows: CRLF line ends, the
"% Encoding: UTF-8" header line, a @Preamble, @String macros (sorted by name) written as
@String{name = {value}}, the user's own @Comment block kept verbatim in front of the first
entry, entries as @Type{key, with capitalised type names, one field a line, field names in
lower case, the type's required fields first and then the others, each group sorted
alphabetically, padded so the "=" signs line up within an entry, every
field but the last followed by a comma, macro references unbraced; and the jabref-meta
@Comment blocks (database type, file directory, static groups, save order) at the end.
Field values are kept exactly as written in the source: LaTeX accents and escapes
({\\`e}, \\emph{...}, ~, --, ``...''), the escaped colon in JabRef's file field, double braces
around corporate authors.

Run from anywhere: /usr/bin/python3 tools/make_bib.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pmla-case-law-bibliography.txt")
OUT = os.path.join(HERE, "..", "docs", "pmla-case-law-bibliography.bib")
NL = "\r\n"
# biblatex required fields per type: JabRef writes these first (sorted), then the rest (sorted)
REQUIRED = {
    "Book": ("author", "title", "date", "year"),
    "Misc": ("author", "editor", "title", "date", "year"),
    "Online": ("author", "editor", "title", "date", "year", "url"),
    "Report": ("author", "title", "type", "institution", "date", "year"),
}


def parse():
    blocks, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith(";;"):
                continue
            if line.startswith("@@"):
                parts = line[2:].split()
                cur = {"kind": parts[0], "args": parts[1:], "lines": []}
                blocks.append(cur)
            elif cur is not None:
                cur["lines"].append(line)
    for b in blocks:
        while b["lines"] and not b["lines"][-1].strip():
            b["lines"].pop()
    return blocks


def value(v):
    if v.startswith("="):
        return v[1:]
    return "{%s}" % v


def entry(typ, key, lines):
    fields = []
    for l in lines:
        name, v = l.split(": ", 1)
        fields.append((name, v))
    req = REQUIRED.get(typ, ("author", "title", "date", "year"))
    fields.sort(key=lambda kv: (kv[0] not in req, kv[0]))
    width = max(len(n) for n, _ in fields)
    out = ["@%s{%s," % (typ, key)]
    for i, (n, v) in enumerate(fields):
        sep = "," if i < len(fields) - 1 else ""
        out.append("  %s = %s%s" % (n.ljust(width), value(v), sep))
    out.append("}")
    return out


def build():
    blocks = parse()
    out = []
    strings = sorted((b for b in blocks if b["kind"] == "string"), key=lambda b: b["args"][0])
    for b in blocks:
        if b["kind"] == "header":
            out.extend(b["lines"])
            out.append("")
        elif b["kind"] == "preamble":
            out.append("@Preamble{%s}" % b["lines"][0])
            out.append("")
            for s in strings:
                out.append("@String{%s = {%s}}" % (s["args"][0], s["lines"][0]))
            out.append("")
        elif b["kind"] == "comment":
            out.append("@Comment{" + b["lines"][0])
            out.extend(b["lines"][1:])
            out.append("}")
            out.append("")
        elif b["kind"] == "entry":
            out.extend(entry(b["args"][0], b["args"][1], b["lines"]))
            out.append("")
        elif b["kind"] == "meta":
            out.extend(b["lines"])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(NL.join(out) + NL)


if __name__ == "__main__":
    build()
