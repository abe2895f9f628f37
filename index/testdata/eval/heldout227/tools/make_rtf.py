#!/usr/bin/python3
r"""Re-make docs/vijayanagara-economy-hampi-temples.rtf from its source text.

The source (tools/vijayanagara-economy-hampi-temples.txt) is the note as WordPad shows it, with
light markup: "= " title, "~ " italic source line, "# " heading, "* " bullet, "1. " numbered
item, "! " red remark with a bold label, "|= " a merged caption row and "| " table rows (the
first after the caption is the bold header), "[pic]" an inserted picture, a blank line an empty
paragraph; inline **bold**, *italic*, ~~struck out~~, ==highlighted== and <url> links. This
script writes it as WordPad on Windows 11 (RichEdit, "Riched20 10.0.22621") saves RTF: CRLF line
ends, one paragraph a line, \pard only where the paragraph settings change, cp1252 characters as
\'xx and the rest as \uN?, bullets and numbers as \pntext fallbacks with a \*\pn destination,
the picture as a wmetafile8 (a small WMF wrapping a DIB) in hex lines of 128 digits, links as
HYPERLINK fields, a bordered table with \clmgf/\clmrg merged cells, and the NUL byte RichEdit
leaves after the closing brace.
Run: /usr/bin/python3 tools/make_rtf.py [OUTPUT]
"""
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "vijayanagara-economy-hampi-temples.txt")
OUT = os.path.join(HERE, "..", "docs", "vijayanagara-economy-hampi-temples.rtf")

HEADER = (
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang16393{\fonttbl{\f0\fnil\fcharset0 Calibri;}"
    r"{\f1\fnil\fcharset2 Symbol;}{\f2\fnil\fcharset0 Cambria;}}" "\r\n"
    r"{\colortbl ;\red31\green56\blue100;\red192\green0\blue0;\red5\green99\blue193;"
    r"\red89\green89\blue89;\red255\green255\blue0;\red217\green226\blue243;}" "\r\n"
    r"{\*\generator Riched20 10.0.22621}\viewkind4\uc1 " "\r\n"
)
# colour table: 1 dark blue, 2 red, 3 link blue, 4 grey, 5 yellow, 6 pale blue
NORMAL = r"\pard\sa200\sl276\slmult1"
CELLS = [2196, 4662, 6858, 9360]


def esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                n = o if o < 32768 else o - 65536
                out.append("\\u%d?" % n)
    return "".join(out)


def inline(text):
    """Inline markup to RTF runs (base font \\f0\\fs22 assumed)."""
    out = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|~~(.+?)~~|==(.+?)==|<(https?://[^>]+)>|\*(.+?)\*")
    for m in pat.finditer(text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("\\b " + esc(m.group(1)) + "\\b0 ")
        elif m.group(2) is not None:
            out.append("\\strike " + esc(m.group(2)) + "\\strike0 ")
        elif m.group(3) is not None:
            out.append("\\highlight5 " + esc(m.group(3)) + "\\highlight0 ")
        elif m.group(4) is not None:
            url = m.group(4)
            out.append('{{\\field{\\*\\fldinst{HYPERLINK "%s" }}{\\fldrslt{\\ul\\cf3\\cf3\\ul %s}}}}'
                       "\\f0\\fs22 " % (url, esc(url)))
        else:
            out.append("\\i " + esc(m.group(5)) + "\\i0 ")
        pos = m.end()
    out.append(esc(text[pos:]))
    s = "".join(out)
    return re.sub(r"(\\[a-z]+\d*) $", r"\1", s)


def wmf_picture():
    """A 48 x 32 pixel map thumbnail as a placeable-less WMF holding one StretchDIB record."""
    w, h = 48, 32
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if x < 6 or (y > 22 and x < 20 and y < 30 and x > 3):
                px = (60, 60, 150) if y > 22 else (200, 170, 110)  # royal centre block
            elif 10 <= y <= 13:
                px = (190, 120, 40)  # the Tungabhadra (BGR)
            elif (x - 30) ** 2 + (y - 20) ** 2 < 30:
                px = (90, 160, 90)
            else:
                px = (205, 222, 232)
            row += bytes(px)
        row += b"\x00" * ((4 - len(row) % 4) % 4)
        rows.append(bytes(row))
    bits = b"".join(rows)
    bih = struct.pack("<IiiHHIIiiII", 40, w, h, 1, 24, 0, len(bits), 3780, 3780, 0, 0)
    dib = bih + bits
    # META_STRETCHDIB: rop, usage, srcH, srcW, ySrc, xSrc, destH, destW, yDst, xDst, dib
    params = struct.pack("<IHhhhhhhhh", 0x00CC0020, 0, h, w, 0, 0, 640, 960, 0, 0) + dib
    if len(params) % 2:
        params += b"\x00"
    rec_stretch = struct.pack("<IH", 3 + len(params) // 2, 0x0F43) + params
    rec_org = struct.pack("<IHhh", 5, 0x020B, 0, 0)
    rec_ext = struct.pack("<IHhh", 5, 0x020C, 640, 960)
    rec_mode = struct.pack("<IHh", 4, 0x0103, 8)  # MM_ANISOTROPIC
    rec_eof = struct.pack("<IH", 3, 0x0000)
    records = rec_mode + rec_org + rec_ext + rec_stretch + rec_eof
    maxrec = 3 + len(params) // 2
    size_words = (18 + len(records)) // 2
    header = struct.pack("<HHHIHIH", 1, 9, 0x0300, size_words, 0, maxrec, 0)
    data = header + records
    hexs = data.hex()
    lines = [hexs[i:i + 128] for i in range(0, len(hexs), 128)]
    return ("{\\pict{\\*\\picprop}\\wmetafile8\\picw2540\\pich1693\\picwgoal1440\\pichgoal960 \r\n"
            + "\r\n".join(lines) + "}")


def border(prefix):
    return "".join("%s%s\\brdrw10\\brdrs" % (prefix, side) for side in "ltrb")


def table_rows(rows):
    out = []
    trow = ("\\trowd\\trgaph108\\trleft5" + "".join("\\trbrdr%s\\brdrs\\brdrw10 " % s for s in "ltrb")
            + "\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddfr3")
    for i, (kind, cells) in enumerate(rows):
        defs = []
        for j, x in enumerate(CELLS):
            shade = "\\clcbpat6" if kind in ("cap", "head") else ""
            merge = ""
            if kind == "cap":
                merge = "\\clmgf" if j == 0 else "\\clmrg"
            defs.append("%s%s%s \\cellx%d" % (merge, shade, border("\\clbrdr"), x))
        out.append(trow + "\r\n" + "".join(defs) + "\r\n")
        if kind == "cap":
            body = "\\pard\\intbl\\widctlpar\\qc\\cf1\\b " + inline(cells[0]) + "\\cf0\\b0\\cell\\cell\\cell\\cell\\row"
        elif kind == "head":
            body = "\\pard\\intbl\\widctlpar\\b " + "\\cell ".join(inline(c) for c in cells) + "\\cell\\b0\\row"
        else:
            body = "\\pard\\intbl\\widctlpar " + "\\cell ".join(inline(c) for c in cells) + "\\cell\\row"
        out.append(body + "\r\n")
    return "".join(out)


def build(src):
    lines = src.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    out = [HEADER]
    state = None  # kind of the previous paragraph's \pard settings
    first = True
    num = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        lang = "\\lang9" if first else ""
        if line.startswith("= "):
            out.append(NORMAL + "\\qc\\cf1\\b\\f2\\fs32" + lang + " " + inline(line[2:]) + "\\cf0\\b0\\f0\\fs22\\par\r\n")
            state = "center"
        elif line.startswith("~ "):
            out.append("\\cf4\\i\\fs18 " + inline(line[2:]) + "\\cf0\\i0\\fs22\\par\r\n")
            state = "center"
        elif line.startswith("# "):
            pre = NORMAL + "\\keepn" if state != "head" else ""
            out.append(pre + "\\cf1\\b\\f2\\fs26 " + inline(line[2:]) + "\\cf0\\b0\\f0\\fs22\\par\r\n")
            state = "head"
        elif line.startswith("* "):
            if state != "bullet":
                out.append("\\pard{\\pntext\\f1\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\'b7}}"
                           "\\fi-360\\li720\\sa200\\sl276\\slmult1 " + inline(line[2:]) + "\\par\r\n")
            else:
                out.append("{\\pntext\\f1\\'b7\\tab}" + inline(line[2:]) + "\\par\r\n")
            state = "bullet"
        elif re.match(r"\d+\. ", line):
            n, rest = line.split(". ", 1)
            if state != "num":
                out.append("\\pard{\\pntext\\f0 %s.\\tab}{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart1\\pndec"
                           "{\\pntxta.}}\\fi-360\\li720\\sa200\\sl276\\slmult1 " % n + inline(rest) + "\\par\r\n")
            else:
                out.append("{\\pntext\\f0 %s.\\tab}" % n + inline(rest) + "\\par\r\n")
            state = "num"
        elif line.startswith("! "):
            label, rest = line[2:].split(":", 1)
            pre = NORMAL + " " if state not in ("normal",) else ""
            out.append(pre + "\\cf2\\b " + esc(label) + ":\\b0  " + inline(rest.lstrip()) + "\\cf0\\par\r\n")
            state = "normal"
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                l = lines[i]
                if l.startswith("|= "):
                    rows.append(("cap", [l[3:]]))
                else:
                    cells = [c.strip() for c in l[1:].split("|")]
                    rows.append(("head" if rows and rows[-1][0] == "cap" else "row", cells))
                i += 1
            out.append(table_rows(rows))
            state = "table"
            continue
        elif line == "[pic]":
            out.append(NORMAL + "\\qc " + wmf_picture() + "\\par\r\n")
            state = "center"
        elif line == "":
            pre = NORMAL + " " if state != "normal" else ""
            out.append(pre + "\\par\r\n")
            state = "normal"
        else:
            if state == "center" and lines[i - 1] == "[pic]":
                out.append("\\cf4\\i\\fs18 " + inline(line) + "\\cf0\\i0\\fs22\\par\r\n")
                i += 1
                continue
            pre = NORMAL + " " if state != "normal" else ""
            if first:
                pre = NORMAL + "\\lang9 "
            out.append(pre + inline(line) + "\\par\r\n")
            state = "normal"
        first = False
        i += 1
    out.append("}\r\n\x00")
    text = "".join(out)
    text = text.replace("\\par\r\n}", "\\par\r\n}")
    return text.encode("ascii")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
