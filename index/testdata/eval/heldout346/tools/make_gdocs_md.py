#!/usr/bin/python3
"""Re-make docs/sufi-bhakti-urs-unesco-gdocs.md from tools/sufi-bhakti-urs-unesco-gdocs.txt.

The output has the shape of Google Docs' File > Download > Markdown (.md): Heading 1 / Heading 2
paragraphs as "#" / "##" lines (the writer bolded the Heading 1 text, so those come out as
"# **...**"), a "{#slug}" anchor after every heading the table of contents links to, the table of
contents itself as one paragraph per entry, "[text<TAB>page](#slug)", bold normal paragraphs that
only look like headings ("**Common ground**"), bullets as "* " and numbered lists as "1. " with
two trailing spaces closing every item but the last, pipe tables with a ":----" alignment row,
Markdown characters escaped with a backslash (" \- ", "\+", "\=", "\>", "\_", "1\." at the start of
a paragraph), curly quotes and dashes as typed in Docs, and one pasted image written as
"![][image1]" with its base64 PNG defined at the very end.
Usage: make_gdocs_md.py [output path]
"""
import base64
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sufi-bhakti-urs-unesco-gdocs.txt")
OUT = os.path.join(HERE, "..", "docs", "sufi-bhakti-urs-unesco-gdocs.md")
# a TOC entry whose heading was renamed after the TOC was last refreshed keeps Docs' old id
STALE = {"4.2 Ajmer: the 813th Urs, January 2025": ("4.2 Ajmer Urs 2025", "heading=h.3k9f2b7qx1ma")}


def esc(s):
    """Escape text the way Docs' Markdown export does (outside of its own markup)."""
    s = s.replace("\\", "\\\\")
    for ch in "+=<>#_~[]":
        s = s.replace(ch, "\\" + ch)
    s = s.replace(" - ", " \\- ")
    s = re.sub(r"(\d)\)", r"\1\\)", s)
    s = re.sub(r"^(\d+)\. ", r"\1\\. ", s)
    return s


def inline(s):
    """Escape a line that may hold *italic* / **bold** runs typed as marks in the source."""
    parts = re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", s)
    out = []
    for i, p in enumerate(parts):
        if p.startswith("**") and p.endswith("**") and len(p) > 4:
            out.append("**" + esc(p[2:-2]) + "**")
        elif p.startswith("*") and p.endswith("*") and len(p) > 2:
            out.append("*" + esc(p[1:-1]) + "*")
        else:
            out.append(esc(p) if i == 0 else esc(p).replace("\\. ", ". "))
    return "".join(out)


def slug(text):
    return re.sub(r"\s+", "-", text.strip().lower())


def png():
    """A small screenshot-like PNG (deterministic), as Docs embeds a pasted image."""
    w, h = 48, 24
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 5:
                row += bytes((0x8a, 0x1c, 0x2b))
            elif (x // 6 + y // 6) % 2:
                row += bytes((0xf4, 0xe3, 0xc1))
            else:
                row += bytes((0xd9, 0xa4, 0x41))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def blocks(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def render(text):
    bl = blocks(text)
    heads = []
    for b in bl:
        m = re.match(r"H([12])\[(\d+)\]: (.*)", b[0])
        if m:
            heads.append((int(m.group(1)), m.group(3), m.group(2)))
    out = []
    for b in bl:
        first = b[0]
        if first.startswith("T: "):
            out.append("**" + esc(first[3:]) + "**")
        elif first.startswith("P: "):
            lines = [first[3:]] + b[1:]
            out.append("  \n".join(inline(l) for l in lines))
        elif first.startswith("B: "):
            out.append("**" + esc(first[3:]) + "**")
        elif first == "TOC":
            for level, t, page in heads:
                label, target = t, slug(t)
                if t in STALE:
                    label, target = STALE[t]
                out.append("[%s\t%s](#%s)" % (esc(label), page, target))
        elif first == "IMG":
            out.append("![][image1]")
        elif re.match(r"H[12]\[", first):
            m = re.match(r"H([12])\[(\d+)\]: (.*)", first)
            level, t = int(m.group(1)), m.group(3)
            anchor = "" if t in STALE else " {#%s}" % slug(t)
            if level == 1:
                out.append("# **%s**%s" % (esc(t), anchor))
            else:
                out.append("## %s%s" % (esc(t), anchor))
        elif first.startswith("* "):
            out.append("  \n".join("* " + inline(l[2:]) for l in b))
        elif re.match(r"\d+\. ", first):
            items = []
            for l in b:
                n, rest = l.split(". ", 1)
                items.append("%s. %s" % (n, inline(rest)))
            out.append("  \n".join(items))
        elif first.startswith("| "):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in b]
            lines = ["| " + " | ".join(esc(c) for c in rows[0]) + " |",
                     "| " + " | ".join(":----" for _ in rows[0]) + " |"]
            for r in rows[1:]:
                lines.append("| " + " | ".join(esc(c) for c in r) + " |")
            out.append("\n".join(lines))
        else:
            raise SystemExit("unknown block: %r" % first)
    img = base64.b64encode(png()).decode("ascii")
    out.append("[image1]: <data:image/png;base64,%s>" % img)
    return "\n\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(text))


if __name__ == "__main__":
    main()
