#!/usr/bin/python3
"""Make docs/naoroji-drain-theory.textpack from tools/naoroji-drain-theory.txt.

The file is what Bear 2 writes with File > Export Notes > TextPack for one note: a zip holding
one "<note title>.textbundle/" folder with
  info.json   Bear's TextBundle metadata: creatorIdentifier, a "net.shinyfrog.bear" block
              (archived, creationDate, lastEditingDevice, locked, modificationDate, pinned,
              pinnedInTagTitles, trashed, uniqueIdentifier, version ...), transient, type and
              version 2, keys sorted and written with Apple's " : " separator and two-space
              indent (an empty array printed as "[\\n\\n    ]");
  text.md     the note as Bear 2 markdown, exactly the source text (title as "# " line,
              inline #tags and a closing-hash multi-word tag, ==highlights==, ~~strike~~,
              [[wiki links]], a table, - [ ] / - [x] tasks, a footnote, images as
              ![](assets/...) with the file name percent-encoded);
  assets/     the two pictures the note shows: a chart saved from the web and a macOS
              screenshot whose name has the narrow no-break space before "PM".
Directory entries come first, members are deflated, and every member carries the note's
modification time, so the output is the same byte for byte on every run.

Run from anywhere: /usr/bin/python3 tools/make_textpack.py [OUT]
(OUT defaults to docs/naoroji-drain-theory.textpack.)
"""
import json
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "naoroji-drain-theory.txt")
OUT = os.path.join(HERE, "..", "docs", "naoroji-drain-theory.textpack")

TITLE = "Drain of Wealth \u2013 Dadabhai Naoroji"
BUNDLE = TITLE + ".textbundle/"
STAMP = (2025, 3, 4, 22, 17, 36)  # local time of the last edit, as the zip stores it
SHOT = "Screenshot 2025-01-21 at 9.42.17\u202fPM.png"
CHART = "maddison-india-share.png"

INFO = {
    "creatorIdentifier": "net.shinyfrog.bear",
    "net.shinyfrog.bear": {
        "archived": 0,
        "archivedDate": None,
        "creationDate": "2025-02-27T15:02:41Z",
        "lastEditingDevice": "Ananya\u2019s MacBook Air",
        "locked": 0,
        "lockedDate": None,
        "modificationDate": "2025-03-04T16:47:36Z",
        "pinned": 1,
        "pinnedDate": "2025-03-03T14:20:09Z",
        "pinnedInTagTitles": [],
        "trashed": 0,
        "trashedDate": None,
        "uniqueIdentifier": "7E0C2B5A-4F1D-4B8E-9C63-2D91A8F0B4C7",
        "version": 3,
    },
    "transient": False,
    "type": "net.daringfireball.markdown",
    "version": 2,
}


def apple_json(obj, level=0):
    """JSON the way NSJSONSerialization pretty-prints with sorted keys."""
    pad = "  " * (level + 1)
    end = "  " * level
    if isinstance(obj, dict):
        items = ["%s%s : %s" % (pad, json.dumps(k, ensure_ascii=False), apple_json(obj[k], level + 1))
                 for k in sorted(obj)]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(obj, list):
        if not obj:
            return "[\n\n" + end + "]"
        return "[\n" + ",\n".join(pad + apple_json(v, level + 1) for v in obj) + "\n" + end + "]"
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, str):
        return json.dumps(obj, ensure_ascii=False).replace("/", "\\/")
    return str(obj)


def png(width, height, pixel):
    """A truecolour PNG; pixel(x, y) gives (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    phys = struct.pack(">IIB", 5669, 5669, 1)  # 144 dpi, as a Retina screen saves
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"pHYs", phys)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def chart():
    """Bar chart: India's share of world GDP, 1700, 1820, 1870, 1913, 1950 (Maddison)."""
    shares = [24.4, 16.0, 12.1, 7.5, 4.2]
    w, h, base, left = 480, 300, 260, 50

    def px(x, y):
        if y == base and left <= x < w - 20:
            return (60, 60, 60)
        if x == left and 30 <= y <= base:
            return (60, 60, 60)
        for i, s in enumerate(shares):
            x0 = left + 20 + i * 82
            top = base - int(s * 9)
            if x0 <= x < x0 + 52 and top <= y < base:
                return (196, 98, 45) if i == 0 else (222, 140, 84)
        if y % 45 == 35 and left < x < w - 20 and x % 6 < 3:
            return (210, 210, 210)
        return (255, 255, 255)
    return png(w, h, px)


def screenshot():
    """A screenshot of a news card: green banner, headline bars, grey text lines."""
    w, h = 640, 360

    def px(x, y):
        if y < 54:
            return (10, 122, 66) if x > 24 else (255, 255, 255)
        if 78 <= y < 96 and 24 <= x < 560:
            return (30, 30, 30)
        if 104 <= y < 122 and 24 <= x < 430:
            return (30, 30, 30)
        for row in range(6):
            y0 = 150 + row * 28
            if y0 <= y < y0 + 10 and 24 <= x < (600 - (row % 3) * 70):
                return (150, 150, 150)
        return (247, 247, 245)
    return png(w, h, px)


def member(zf, name, data):
    info = zipfile.ZipInfo(name, STAMP)
    info.create_system = 3
    if name.endswith("/"):
        info.external_attr = (0o40755 << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    with zipfile.ZipFile(out, "w") as zf:
        member(zf, BUNDLE, b"")
        member(zf, BUNDLE + "assets/", b"")
        member(zf, BUNDLE + "assets/" + CHART, chart())
        member(zf, BUNDLE + "assets/" + SHOT, screenshot())
        member(zf, BUNDLE + "info.json", apple_json(INFO).encode("utf-8"))
        member(zf, BUNDLE + "text.md", text.encode("utf-8"))


if __name__ == "__main__":
    main()
