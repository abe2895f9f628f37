#!/usr/bin/python3
"""Make docs/plantation-crops-gdoc.md from tools/plantation-crops-gdoc.txt.

The output is what Google Docs writes with File > Download > Markdown (.md): the Title and the
Heading 1 paragraphs both come out as "# " lines and Heading 2 as "## "; a heading the writer
made bold keeps its ** markers inside the "#"; only the heading an internal link points at gets
a {#anchor} id; bullets are "* " (a nested level indented), numbered items "1. ", and every list
item but the last of its list ends in two spaces; tables are pipe tables with a "| :---- |" rule
and the writer's bold header cells; a pasted picture is "![][image1]" with its base64 PNG in a
reference definition at the very end; footnotes are [^n] marks with "[^n]:  text" definitions
after a "---" rule; a person chip is a mailto: link. Google's backslash escapes are applied to
literal ~ < > = + # * _ [ ] characters, to a "-" or "1." that opens a paragraph, and the smart
quotes, dashes, arrows and the rupee sign Docs keeps are left as UTF-8. Lines end in \\n.

Run from anywhere: /usr/bin/python3 tools/make_gdoc_md.py  (output is byte-for-byte stable)
"""
import base64
import os
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "plantation-crops-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "plantation-crops-gdoc.md")

INLINE = re.compile(r"\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)|\[\^(\d+)\]")


def esc(text, start=False):
    out = re.sub(r"([~<>=+#*_\[\]])", r"\\\1", text)
    if start:
        out = re.sub(r"^(\d+)\.", r"\1\\.", out)
        out = re.sub(r"^-", r"\\-", out)
    return out


def inline(text):
    if "'" in text or '"' in text:
        raise SystemExit("straight quote in source (Docs would curl it): %r" % text)
    parts, pos = [], 0
    for m in INLINE.finditer(text):
        parts.append(esc(text[pos:m.start()], start=(pos == 0)))
        if m.group(1) is not None:
            parts.append("**%s**" % esc(m.group(1)))
        elif m.group(2) is not None:
            parts.append("*%s*" % esc(m.group(2)))
        elif m.group(3) is not None:
            parts.append("[%s](%s)" % (esc(m.group(3)), m.group(4)))
        else:
            parts.append("[^%s]" % m.group(5))
        pos = m.end()
    parts.append(esc(text[pos:], start=(pos == 0)))
    return "".join(parts)


def anchor(text):
    a = text.lower()
    a = re.sub(r"[^\w\s&–-]", "", a)
    return re.sub(r"\s+", "-", a.strip())


def png():
    """A small map-like picture: two green clusters on a pale ground (40 x 28, RGB)."""
    w, h = 40, 28
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            ne = (x - 31) ** 2 + (y - 8) ** 2 < 30
            south = (x - 12) ** 2 // 2 + (y - 21) ** 2 < 22
            if ne or south:
                row += bytes((46, 125, 50))
            elif (x + y) % 11 == 0:
                row += bytes((200, 214, 229))
            else:
                row += bytes((243, 241, 234))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    blocks = []  # (kind, [output lines])
    footnotes, images = [], []
    i = 0
    while i < len(lines):
        tag, _, body = lines[i].partition(": ")
        if lines[i] == "HR":
            tag, body = "HR", ""
        if tag in ("B", "B2", "N"):
            items, n = [], 0
            while i < len(lines) and lines[i].partition(": ")[0] in ("B", "B2", "N"):
                t, _, b = lines[i].partition(": ")
                if t == "N":
                    n += 1
                    items.append("%d. %s" % (n, inline(b)))
                else:
                    items.append(("  * " if t == "B2" else "* ") + inline(b))
                i += 1
            blocks.append([l + "  " for l in items[:-1]] + [items[-1]])
            continue
        if tag == "TR":
            rows = []
            while i < len(lines) and lines[i].startswith("TR: "):
                cells = lines[i][4:].split(" | ")
                rows.append("| " + " | ".join(inline(c.strip()) if c.strip() else ""
                                              for c in cells) + " |")
                if len(rows) == 1:
                    rows.append("| " + " | ".join(":----" for _ in cells) + " |")
                i += 1
            blocks.append(rows)
            continue
        if tag == "T":
            blocks.append(["# " + inline(body)])
        elif tag == "H1":
            blocks.append(["# " + inline(body)])
        elif tag == "H1*":
            blocks.append(["# **%s**" % esc(body)])
        elif tag == "H1#":
            blocks.append(["# %s {#%s}" % (inline(body), anchor(body))])
        elif tag == "H2":
            blocks.append(["## " + inline(body)])
        elif tag == "P":
            blocks.append([inline(body)])
        elif tag == "IMG":
            images.append(body)
            blocks.append(["![][%s]" % body])
        elif tag == "HR":
            blocks.append(["---"])
        elif tag == "FN":
            num, _, text = body.partition(" | ")
            footnotes.append("[^%s]:  %s" % (num, inline(text)))
        else:
            raise SystemExit("unknown line: %r" % lines[i])
        i += 1
    out = "\n\n".join("\n".join(b) for b in blocks)
    out += "\n\n" + "\n\n".join(footnotes)
    data = base64.b64encode(png()).decode("ascii")
    for name in images:
        out += "\n\n[%s]: <data:image/png;base64,%s>" % (name, data)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out + "\n")


if __name__ == "__main__":
    main()
