#!/usr/bin/python3
"""Re-make docs/disinvestment-live-class-notes.pdf from tools/disinvestment-live-class-notes.txt.

The PDF is what a coaching app hands out as "class notes" after a live class: the educator's
PowerPoint deck (16:9, 960 x 540 pt landscape pages) exported by PowerPoint for Microsoft 365 with
non-embedded Arial / Arial Bold TrueType fonts in WinAnsiEncoding and Wingdings for the arrow
sub-bullets, kerned TJ arrays, the educator's live-class ink (red pen strokes drawn as paths), and
then stamped by the app with iText 7: a second content stream on every page with a diagonal
translucent "unacademy" watermark (Helvetica /Xi0, ExtGState /Xi1). Every page carries the footer
"Kshitij Rathore | Indian Economy for UPSC CSE 2026" and the page number. Streams are Flate-encoded
with zlib; the Info dictionary and XMP packet carry fixed dates, the trailer ID is an MD5 of the
source, so the output is the same byte for byte on every run.
Run: /usr/bin/python3 tools/make_pdf.py [output.pdf]
"""
import hashlib
import math
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "disinvestment-live-class-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "disinvestment-live-class-notes.pdf")

W, H = 960, 540

# Helvetica/Arial advance widths, code points 32..126
REG = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
       556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
       667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
       722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333,
       556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
       333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
BLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
       556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975,
       722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778,
       722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333,
       556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611,
       389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
HIGH_REG = {0x80: 556, 0x85: 1000, 0x91: 222, 0x92: 222, 0x93: 333, 0x94: 333, 0x95: 350,
            0x96: 556, 0x97: 1000, 0xA0: 278, 0xA9: 737, 0xAE: 737, 0xB7: 278}
HIGH_BLD = {0x80: 556, 0x85: 1000, 0x91: 278, 0x92: 278, 0x93: 500, 0x94: 500, 0x95: 350,
            0x96: 556, 0x97: 1000, 0xA0: 278, 0xA9: 737, 0xAE: 737, 0xB7: 278}


def widths(bold):
    base, high = (BLD, HIGH_BLD) if bold else (REG, HIGH_REG)
    out = []
    for c in range(32, 256):
        if c <= 126:
            out.append(base[c - 32])
        else:
            out.append(high.get(c, 556 if c >= 0xC0 else 0))
    return out


WREG, WBLD = widths(False), widths(True)
KERN = {"Av": 74, "AV": 74, "Te": 111, "To": 111, "Ta": 111, "Tr": 74, "Yo": 111, "Wa": 37,
        "LT": 74, "P.": 111, "r,": 55, "y.": 55, "Fo": 37, "“T": 37, "Va": 74}


def enc(s):
    return s.encode("cp1252")


def text_width(s, size, bold=False):
    tbl = WBLD if bold else WREG
    return sum(tbl[b - 32] for b in enc(s)) * size / 1000.0


def pdfstr(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def tj(s):
    """A TJ array the way PowerPoint writes one: split at kerning pairs."""
    parts, cur, i = [], "", 0
    while i < len(s):
        cur += s[i]
        pair = s[i:i + 2]
        if len(pair) == 2 and pair in KERN:
            parts.append((cur, KERN[pair]))
            cur = ""
        i += 1
    parts.append((cur, None))
    out = b"["
    for txt, k in parts:
        if txt:
            out += pdfstr(enc(txt))
        if k is not None:
            out += b"%d" % k
    return out + b"]TJ"


def fmt(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def run(font, size, x, y, s, color="0.149 0.149 0.149"):
    return ("BT\n/%s %s Tf\n1 0 0 1 %s %s Tm\n%s rg\n" % (font, fmt(size), fmt(x), fmt(y), color)
            ).encode() + tj(s) + b"\nET\n"


def wrap(s, size, width, bold=False):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if cur and text_width(cand, size, bold) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def parse(path):
    meta, slides, cur = {}, [], None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@") and cur is None:
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif line.startswith("=== "):
            cur = {"title": line[4:], "items": [], "ink": [], "table": [], "notes": [], "fields": {}}
            slides.append(cur)
        elif line.startswith("! ink: "):
            cur["ink"].append(line[7:].split())
        elif line.startswith("| "):
            cur["table"].append([c.strip() for c in line[2:].split(" | ")])
        elif line.startswith("* "):
            cur["notes"].append(line[2:])
        elif line.startswith("  > "):
            cur["items"].append(("sub", line[4:]))
        elif line.startswith("- "):
            cur["items"].append(("bullet", line[2:]))
        elif line[0].isdigit() and ". " in line[:4]:
            n, t = line.split(". ", 1)
            cur["items"].append(("num", t, n))
        elif cur["title"] == "TITLE":
            k, v = line.split(": ", 1)
            cur["fields"][k] = v
        else:
            raise SystemExit("unparsed line: %r" % line)
    return meta, slides


NAVY = "0.0706 0.1608 0.3294"
ORANGE = "0.9333 0.4471 0.1294"
GREY = "0.4510 0.4510 0.4510"
INK = "0.8863 0.1098 0.1098"


def footer(page_no, meta):
    out = b"q\n0.749 0.749 0.749 RG\n0.75 w\n40 36 m\n920 36 l\nS\nQ\n"
    out += run("F1", 10, 40, 18, "%s  |  %s" % (meta["author"], meta["footer"]), GREY)
    num = str(page_no)
    out += run("F1", 10, 920 - text_width(num, 10), 18, num, GREY)
    return out


def wavy(x0, x1, y, seed):
    amp = 1.4 + (seed % 3) * 0.4
    n = max(2, int((x1 - x0) / 60))
    step = (x1 - x0) / n
    out = "%s %s m\n" % (fmt(x0), fmt(y))
    for i in range(n):
        a = x0 + i * step
        sgn = 1 if (i + seed) % 2 else -1
        out += "%s %s %s %s %s %s c\n" % (fmt(a + step / 3), fmt(y + sgn * amp), fmt(a + 2 * step / 3),
                                          fmt(y - sgn * amp), fmt(a + step), fmt(y + (i % 2) * 0.6))
    return out


def ellipse(cx, cy, rx, ry, seed):
    k = 0.5523
    tilt = 1.0 + (seed % 4) * 0.02
    pts = "%s %s m\n" % (fmt(cx + rx), fmt(cy))
    pts += "%s %s %s %s %s %s c\n" % (fmt(cx + rx), fmt(cy + k * ry), fmt(cx + k * rx), fmt(cy + ry * tilt), fmt(cx), fmt(cy + ry * tilt))
    pts += "%s %s %s %s %s %s c\n" % (fmt(cx - k * rx), fmt(cy + ry * tilt), fmt(cx - rx), fmt(cy + k * ry), fmt(cx - rx), fmt(cy))
    pts += "%s %s %s %s %s %s c\n" % (fmt(cx - rx), fmt(cy - k * ry), fmt(cx - k * rx), fmt(cy - ry), fmt(cx), fmt(cy - ry))
    pts += "%s %s %s %s %s %s c\n" % (fmt(cx + k * rx), fmt(cy - ry), fmt(cx + rx * 1.04), fmt(cy - k * ry), fmt(cx + rx * 1.03), fmt(cy + 3))
    return pts


def ink_ops(inks, boxes, rows, seed):
    out = ""
    for ink in inks:
        kind, args = ink[0], [int(a) for a in ink[1:]]
        if kind == "underline":
            x0, y, w = boxes[args[0] - 1]
            out += wavy(x0 - 2, x0 + min(w, 520) + 4, y - 5, seed + args[0])
        elif kind == "circle":
            x0, y, w = boxes[args[0] - 1]
            w = min(w, 380)
            out += ellipse(x0 + w / 2, y + 5, w / 2 + 14, 15, seed + args[0])
        elif kind == "bracket":
            ya = boxes[args[0] - 1][1] + 16
            yb = boxes[args[1] - 1][1] - 6
            out += "%s %s m\n%s %s %s %s %s %s c\n%s %s %s %s %s %s c\n" % (
                fmt(40), fmt(ya), fmt(33), fmt(ya - 4), fmt(31), fmt((ya + yb) / 2 + 8), fmt(30), fmt((ya + yb) / 2),
                fmt(31), fmt((ya + yb) / 2 - 8), fmt(33), fmt(yb + 4), fmt(40), fmt(yb))
        elif kind == "circle-row":
            ya, yb = rows[args[0]], rows[args[1]]
            out += ellipse(480, (ya + yb) / 2 + 5, 440, (ya - yb) / 2 + 16, seed)
    if not out:
        return b""
    return ("q\n%s RG\n2.2 w\n1 J\n1 j\n" % INK + out + "S\nQ\n").encode()


def title_slide(sl, meta, page_no):
    f = sl["fields"]
    out = ("q\n%s rg\n0 0 960 540 re\nf\n%s rg\n60 300 6 120 re\nf\nQ\n" % (NAVY, ORANGE)).encode()
    out += run("F2", 14, 84, 404, f["kicker"], ORANGE)
    y = 356
    for ln in wrap(f["title"], 36, 800, True):
        out += run("F2", 36, 84, y, ln, "1 1 1")
        y -= 44
    y -= 6
    for ln in wrap(f["sub"], 16, 800):
        out += run("F1", 16, 84, y, ln, "0.8 0.8 0.8")
        y -= 22
    out += run("F2", 22, 84, 150, f["name"], "1 1 1")
    out += run("F1", 14, 84, 126, f["when"], "0.8 0.8 0.8")
    out += footer(page_no, meta)
    return out


def body_slide(sl, meta, page_no):
    out = ("q\n%s rg\n0 470 960 70 re\nf\n%s rg\n0 466 960 4 re\nf\nQ\n" % (NAVY, ORANGE)).encode()
    out += run("F2", 28, 40, 494, sl["title"], "1 1 1")
    boxes, rows = [], {}
    if sl["table"]:
        cols = [60, 210, 400, 560]
        top, rh = 440, 32
        out += ("q\n0.8588 0.8941 0.9490 rg\n50 %s 860 %s re\nf\nQ\n" % (fmt(top - rh + 10), rh)).encode()
        grid = "q\n0.6 0.6 0.6 RG\n0.5 w\n"
        for r in range(len(sl["table"]) + 1):
            yy = top + 10 - r * rh
            grid += "50 %s m\n910 %s l\n" % (fmt(yy), fmt(yy))
        grid += "S\nQ\n"
        out += grid.encode()
        for r, row in enumerate(sl["table"]):
            yb = top - r * rh - 12
            rows[r] = yb
            for c, cell in enumerate(row):
                out += run("F2" if r == 0 else "F1", 16, cols[c], yb, cell, NAVY if r == 0 else "0.149 0.149 0.149")
        y = top - len(sl["table"]) * rh - 20
        for note in sl["notes"]:
            out += run("F1", 13, 60, y, note, GREY)
            y -= 19
        out += ink_ops(sl["ink"], boxes, rows, page_no)
        out += footer(page_no, meta)
        return out
    # autofit: shrink the body text until it fits above the footer, as PowerPoint does
    for size in (18, 17, 16, 15, 14):
        sub = size - 2
        lead, slead = size * 1.45, sub * 1.42
        y, plan = 425.0, []
        for it in sl["items"]:
            kind, txt = it[0], it[1]
            if kind == "sub":
                lines = wrap(txt, sub, 780)
                plan.append((kind, it, lines, y, sub, slead))
                y -= slead * len(lines) + 3
            else:
                lines = wrap(txt, size, 825)
                plan.append((kind, it, lines, y, size, lead))
                y -= lead * len(lines) + 7
        if y > 52:
            break
    for kind, it, lines, y0, sz, ld in plan:
        if kind == "bullet":
            out += run("F1", sz, 60, y0, "•", ORANGE)
            x = 85
        elif kind == "num":
            out += run("F2", sz, 58, y0, it[2] + ".", ORANGE)
            x = 85
        else:
            out += run("F3", sz, 100, y0, "\u00d8", NAVY)
            x = 124
        boxes.append((x, y0, text_width(lines[0], sz)))
        yy = y0
        for ln in lines:
            out += run("F1", sz, x, yy, ln)
            yy -= ld
    out += ink_ops(sl["ink"], boxes, rows, page_no)
    out += footer(page_no, meta)
    return out


WATERMARK = b"q\n/Xi1 gs\nBT\n0.6 0.6 0.6 rg\n/Xi0 120 Tf\n0.866 0.5 -0.5 0.866 255.4 86.2 Tm\n(unacademy)Tj\nET\nQ\n"


def build():
    meta, slides = parse(SRC)
    objs = {}

    def font(num, name, bold, desc):
        wl = WBLD if bold else WREG
        objs[num] = ("<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding"
                     "/FontDescriptor %d 0 R/FirstChar 32/LastChar 255/Widths %d 0 R>>"
                     % ("F1" if not bold else "F2", name, desc, desc + 1)).encode()
        objs[desc] = ("<</Type/FontDescriptor/FontName/%s/Flags 32/ItalicAngle 0/Ascent 905/Descent -210"
                      "/CapHeight 728/AvgWidth %d/MaxWidth 2665/FontWeight %d/XHeight 250/Leading 33/StemV %d"
                      "/FontBBox[-665 -210 2000 728]>>" % (name, 479 if bold else 441, 700 if bold else 400,
                                                          47 if bold else 44)).encode()
        objs[desc + 1] = ("[" + " ".join(str(w) for w in wl) + "]").encode()

    font(5, "Arial", False, 6)
    font(8, "Arial,Bold", True, 9)
    objs[11] = b"<</Type/Font/Subtype/TrueType/Name/F3/BaseFont/Wingdings/FontDescriptor 12 0 R/FirstChar 216/LastChar 216/Widths[823]>>"
    objs[12] = (b"<</Type/FontDescriptor/FontName/Wingdings/Flags 4/ItalicAngle 0/Ascent 899/Descent -211"
                b"/CapHeight 722/AvgWidth 890/MaxWidth 1359/FontWeight 400/XHeight 250/StemV 89/FontBBox[0 -211 1359 899]>>")
    objs[13] = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
    objs[14] = b"<</Type/ExtGState/BM/Normal/ca 1>>"
    objs[15] = b"<</ca 0.09/CA 0.09>>"
    objs[16] = (b"<</Font<</F1 5 0 R/F2 8 0 R/F3 11 0 R/Xi0 13 0 R>>/ExtGState<</GS7 14 0 R/Xi1 15 0 R>>"
                b"/ProcSet[/PDF/Text/ImageB/ImageC/ImageI]>>")
    kids, n = [], 17
    for i, sl in enumerate(slides, 1):
        content = title_slide(sl, meta, i) if sl["title"] == "TITLE" else body_slide(sl, meta, i)
        content = b"/GS7 gs\n" + content
        page, c1, c2 = n, n + 1, n + 2
        n += 3
        kids.append(page)
        objs[page] = ("<</Type/Page/Parent 2 0 R/Resources 16 0 R/MediaBox[0 0 %d %d]/Contents[%d 0 R %d 0 R]"
                      "/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S>>" % (W, H, c1, c2)).encode()
        for num, data in ((c1, content), (c2, WATERMARK)):
            z = zlib.compress(data, 9)
            objs[num] = (b"<</Filter/FlateDecode/Length %d>>stream\r\n" % len(z)) + z + b"\r\nendstream"
    objs[2] = ("<</Type/Pages/Count %d/Kids[%s]>>" % (len(kids), " ".join("%d 0 R" % k for k in kids))).encode()
    objs[1] = b"<</Type/Catalog/Pages 2 0 R/Lang(en-IN)/Metadata 4 0 R/ViewerPreferences<</DisplayDocTitle true>>/MarkInfo<</Marked false>>>>"
    creator = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
    producer = creator + "; modified using iText\u00ae 7.2.5 \u00a92000-2023 iText Group NV (AGPL-version)"
    info = b"<</Title" + pdfstr(meta["title"].encode("latin-1")) + b"/Author" + pdfstr(meta["author"].encode("latin-1"))
    info += b"/Subject" + pdfstr(meta["course"].encode("latin-1")) + b"/Keywords" + pdfstr(meta["keywords"].encode("latin-1"))
    info += b"/Creator" + pdfstr(creator.encode("latin-1")) + b"/CreationDate" + pdfstr(meta["created"].encode())
    info += b"/ModDate" + pdfstr(meta["modified"].encode()) + b"/Producer" + pdfstr(producer.encode("latin-1")) + b">>"
    objs[3] = info
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
           '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
           '<pdf:Producer>%s</pdf:Producer><pdf:Keywords>%s</pdf:Keywords></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>'
           '<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
           '<xmp:CreatorTool>%s</xmp:CreatorTool><xmp:CreateDate>2025-08-18T18:42:11+05:30</xmp:CreateDate>'
           '<xmp:ModifyDate>2025-08-18T22:29:07+05:30</xmp:ModifyDate></rdf:Description>\n'
           '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
           '<xmpMM:DocumentID>uuid:5C8E0B1A-7F3D-4E21-9A64-2B7D90C41E55</xmpMM:DocumentID>'
           '<xmpMM:InstanceID>uuid:5C8E0B1A-7F3D-4E21-9A64-2B7D90C41E55</xmpMM:InstanceID></rdf:Description>\n'
           '</rdf:RDF></x:xmpmeta>\n' % (producer, meta["keywords"], meta["title"].replace("&", "&amp;"),
                                         meta["author"], creator))
    xmp += (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    xb = xmp.encode("utf-8")
    objs[4] = (b"<</Type/Metadata/Subtype/XML/Length %d>>stream\r\n" % len(xb)) + xb + b"\r\nendstream"

    out = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
    offsets = {}
    for num in range(1, n):
        offsets[num] = len(out)
        out += b"%d 0 obj\r\n" % num + objs[num] + b"\r\nendobj\r\n"
    xref = len(out)
    out += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % n
    for num in range(1, n):
        out += b"%010d 00000 n\r\n" % offsets[num]
    digest = hashlib.md5(open(SRC, "rb").read()).hexdigest().upper()
    out += (b"trailer\r\n<</Size %d/Root 1 0 R/Info 3 0 R/ID[<%s><%s>]>>\r\nstartxref\r\n%d\r\n%%%%EOF\r\n"
            % (n, digest.encode(), digest.encode(), xref))
    return bytes(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
