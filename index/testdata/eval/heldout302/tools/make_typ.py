#!/usr/bin/python3
"""Make docs/ocean-currents-lec12.typ from tools/ocean-currents-lec12.txt.

The output is a Typst source file as it sits in a typst.app project (UTF-8, LF line ends, no
BOM, no newline after the last line): a // comment header,
a preamble of #set / #show rules and two #let helpers (note, pyq), a centred title block,
#outline, then the body: "=" / "==" headings with <labels>, "-" bullets, "+" numbered items,
"/ Term: description" term lists, *strong* and _emph_, #footnote[...], @label references,
$...$ math, a #quote(block: true, attribution: [...]), a #figure with an image, a #figure
holding a #table (table.header, cells one row per line), #note[...] and #pyq[...][...] calls,
"--" for en dashes and // TODO comments.

Source markup: "%% " header comments; "@key: value" metadata; "# " / "## " headings with an
optional "{#label}"; "* " bullets; "1. " numbered items; "Term:: text" term items; **strong**;
^[footnote]; [[ref:label]]; MATH(...); NOTE: ...; PYQ(tag): ...; QUOTE(attribution): ...;
FIGURE(path, width): caption; TABLE(caption) followed by "| a | b |" rows (first is the header);
"%TODO " comments.

Run: /usr/bin/python3 tools/make_typ.py [output path]   (byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ocean-currents-lec12.txt")
OUT = os.path.join(HERE, "..", "docs", "ocean-currents-lec12.typ")


def inline(s):
    s = s.replace("—", "---").replace("–", "--")
    s = re.sub(r"\*\*(.+?)\*\*", r"*\1*", s)
    s = re.sub(r"\[\[ref:([\w-]+)\]\]", r"@\1", s)
    s = re.sub(r"MATH\((.+?)\)", r"$\1$", s)
    s = re.sub(r"\^\[(.+?)\]", r"#footnote[\1]", s)
    return s


def preamble(meta):
    y, m, d = (int(x) for x in meta["date"].split("-"))
    return [
        "#set document(",
        "  title: [%s]," % meta["title"],
        '  author: "%s",' % meta["author"],
        "  date: datetime(year: %d, month: %d, day: %d)," % (y, m, d),
        ")",
        "#set page(",
        '  paper: "a4",',
        "  margin: (x: 2cm, top: 2.4cm, bottom: 2cm),",
        '  numbering: "1 / 1",',
        "  header: context {",
        "    if counter(page).get().first() > 1 [",
        "      #set text(8pt, fill: luma(110))",
        "      GS1 Physical Geography · Lec 12 #h(1fr) Ocean currents",
        "    ]",
        "  },",
        ")",
        '#set text(font: "Libertinus Serif", size: 10.5pt, lang: "en", region: "in")',
        "#set par(justify: true, leading: 0.62em)",
        '#set heading(numbering: "1.1")',
        "#set list(marker: ([•], [‣]))",
        '#set enum(numbering: "1.")',
        '#show heading.where(level: 1): set text(size: 13pt, fill: rgb("#1f4e79"))',
        '#show heading.where(level: 2): set text(size: 11pt, fill: rgb("#2e75b6"))',
        "#show link: underline",
        '#show "AMOC": set text(fill: rgb("#c00000"))',
        "#show figure.where(kind: table): set figure.caption(position: top)",
        "",
        "/* helpers -- keep these short, typst.app autocomplete gets slow otherwise */",
        "#let note(body) = block(",
        "  fill: luma(238), inset: 8pt, radius: 3pt, width: 100%,",
        ")[*Note.* #body]",
        "#let pyq(tag, body) = block(",
        '  stroke: (left: 2pt + rgb("#c00000")), inset: (left: 8pt, y: 4pt),',
        ")[*PYQ (#tag).* #body]",
        "",
        "#align(center)[",
        '  #text(17pt, weight: "bold")[%s]' % meta["title"],
        "  #v(2pt)",
        "  %s \\" % inline(meta["subtitle"]),
        '  #text(9pt, style: "italic")[%s]' % inline(meta["byline"]),
        "]",
        "",
        "#outline(title: [Contents], indent: auto, depth: 2)",
        "#v(6pt)",
        "",
    ]


def table(caption, rows):
    out = ["#figure(", "  table(", "    columns: (auto, auto, auto, 1fr),",
           "    align: (left, left, center, left),", "    stroke: 0.5pt + luma(160),",
           "    table.header(%s)," % ", ".join("[%s]" % c for c in rows[0])]
    for r in rows[1:]:
        out.append("    " + ", ".join("[%s]" % inline(c) for c in r) + ",")
    out += ["  ),", "  caption: [%s]," % caption, ") <tab-currents>"]
    return out


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    head, meta, body = [], {}, []
    i = 0
    while i < len(lines) and (lines[i].startswith("%% ") or lines[i].startswith("@")):
        if lines[i].startswith("%% "):
            head.append("// " + inline(lines[i][3:]))
        else:
            k, v = lines[i][1:].split(": ", 1)
            meta[k] = v
        i += 1
    out = head + [""] + preamble(meta)
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("TABLE("):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            out += table(line[6:-1], rows)
            continue
        m = re.match(r"(#+) (.+?)(?: \{#([\w-]+)\})?$", line)
        if m:
            out.append("=" * len(m.group(1)) + " " + inline(m.group(2)) +
                       (" <%s>" % m.group(3) if m.group(3) else ""))
            continue
        if line.startswith("%TODO "):
            out.append("// TODO: " + line[6:])
        elif line.startswith("* "):
            out.append("- " + inline(line[2:]))
        elif re.match(r"\d+\. ", line):
            out.append("+ " + inline(line.split(". ", 1)[1]))
        elif line.startswith("NOTE: "):
            out.append("#note[%s]" % inline(line[6:]))
        elif line.startswith("PYQ("):
            tag, text = re.match(r"PYQ\((.+?)\): (.+)", line).groups()
            out.append("#pyq[%s][%s]" % (tag, inline(text)))
        elif line.startswith("QUOTE("):
            attr, text = re.match(r"QUOTE\((.+?)\): (.+)", line).groups()
            out += ["#quote(block: true, attribution: [%s])[" % inline(attr),
                    "  " + inline(text), "]"]
        elif line.startswith("FIGURE("):
            path, width, cap = re.match(r"FIGURE\((.+?), (.+?)\): (.+)", line).groups()
            out += ["#figure(", '  image("%s", width: %s),' % (path, width),
                    "  caption: [%s]," % inline(cap), ") <fig-gyres>"]
        elif "::" in line and not line.startswith(" "):
            term, text = line.split(":: ", 1)
            out.append("/ %s: %s" % (term, inline(text)))
        else:
            out.append(inline(line))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
