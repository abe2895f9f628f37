#!/usr/bin/python3
"""Re-make the Notion export zip in docs/ from tools/<same name>.txt.

Notion's "Export" of one page as "Markdown & CSV" (2025) downloads
"<workspace-id>_Export-<task-id>.zip", which holds one stored inner zip,
"ExportBlock-<task-id>-Part-1.zip"; the inner zip holds the page as
"<Page title> <32-hex block id>.md" and, in a folder of the same name, the image pasted into
the page as "image.png". The Markdown is the page exactly as Notion writes it: "# " title, a
callout as an <aside> block, "---" divider, "##" headings, nested bullets indented four spaces,
numbered lists, a pipe table with a "| --- |" rule, @date mentions, a bookmark written as a
link, a blockquote, toggles as "- " items whose body is indented between indented blank lines,
to-dos as "- [ ]" / "- [x]", the image as ![image.png](percent-encoded path), and no newline at
the end of the file. The image is a small bar chart drawn here with a 5x7 pixel font and
written as an 8-bit grey PNG with zlib.
Every zip entry is dated 2025-10-04 17:22:08; the .md and .png are deflated, the inner zip is
stored.
Run: /usr/bin/python3 tools/make_notion.py [OUTDIR]
"""
import io
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "5d3f9a1c-2b7e-4c84-9f06-e1a7b3c2d904_Export-8b2e6f41-0c9d-4a3b-a7e5-3f61d9c0b852"
SRC = os.path.join(HERE, NAME + ".txt")
OUTDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")
INNER = "ExportBlock-8b2e6f41-0c9d-4a3b-a7e5-3f61d9c0b852-Part-1.zip"
PAGE = "SMRs & the Nuclear Energy Mission (Budget 2025) 2a6f1c9e4b3d80f7a21ce5d0b94f6a13"
STAMP = (2025, 10, 4, 17, 22, 8)

FONT = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "G": ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "11001", "10101", "10011", "10001", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    "V": ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
    "W": ["10001", "10001", "10001", "10101", "10101", "11011", "10001"],
    "Z": ["11111", "00001", "00010", "00100", "01000", "10000", "11111"],
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
    "(": ["00010", "00100", "01000", "01000", "01000", "00100", "00010"],
    ")": ["01000", "00100", "00010", "00010", "00010", "00100", "01000"],
    " ": ["00000"] * 7,
}


def chart():
    w, h = 520, 300
    px = [[255] * w for _ in range(h)]

    def rect(x0, y0, x1, y1, v):
        for y in range(max(0, y0), min(h, y1)):
            row = px[y]
            for x in range(max(0, x0), min(w, x1)):
                row[x] = v

    def text(x, y, s, scale, v):
        for ch in s:
            g = FONT[ch]
            for r, bits in enumerate(g):
                for c, b in enumerate(bits):
                    if b == "1":
                        rect(x + c * scale, y + r * scale, x + (c + 1) * scale,
                             y + (r + 1) * scale, v)
            x += 6 * scale

    def centred(cx, y, s, scale, v):
        text(cx - (len(s) * 6 * scale - scale) // 2, y, s, scale, v)

    centred(w // 2, 14, "UNIT SIZE (MWE)", 3, 40)
    base = 250
    rect(40, base, w - 30, base + 2, 60)
    bars = [("PHWR", 700, 70), ("BSR", 220, 120), ("BSMR-200", 200, 120), ("SMR-55", 55, 170)]
    for i, (label, mw, shade) in enumerate(bars):
        cx = 100 + i * 110
        top = base - mw * 180 // 700
        rect(cx - 30, top, cx + 30, base, shade)
        centred(cx, top - 20, str(mw), 2, 30)
        centred(cx, base + 12, label, 2, 30)
    centred(w // 2, 284, "LARGE VS SMALL", 1, 110)
    raw = b"".join(b"\x00" + bytes(row) for row in px)

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def entry(z, name, data, method):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = method
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    z.writestr(info, data)


def build():
    md = open(SRC, encoding="utf-8").read()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        entry(z, PAGE + ".md", md.encode("utf-8"), zipfile.ZIP_DEFLATED)
        entry(z, PAGE + "/image.png", chart(), zipfile.ZIP_DEFLATED)
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as z:
        entry(z, INNER, inner.getvalue(), zipfile.ZIP_STORED)
    return outer.getvalue()


def main():
    data = build()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(os.path.join(OUTDIR, NAME + ".zip"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
