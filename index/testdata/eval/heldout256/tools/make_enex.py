#!/usr/bin/python3
"""Make docs/pwm-rules-amendments-evernote.enex from tools/pwm-rules-amendments-evernote.txt.

The file is an Evernote 10 export of one note that holds a phone-scanned PDF (a CamScanner
scan of a two-page coaching handout) and the student's typed notes around it. Evernote's
recognition service has read the scan, so the PDF's <resource> carries a <recognition>
block: a recoIndex document (one <item> per word with its box, and <t> candidates with
weights, the best first) as Evernote stores it for searching inside attachments.

What the script does:
  * lays out the handout pages (source lines after "@page") in Liberation fonts with
    Pillow (installed with reportlab), adds the scan's look (off-white paper, shadow at the
    binding edge, specks, two pen notes, CamScanner's watermark) and keeps every word's box;
  * writes the scan as the app's black-and-white mode leaves it: an image-only PDF, one
    1-bit Flate-compressed image per A4 page, producer "intsig.com pdf producer" (standard
    library only, no text layer);
  * writes the recoIndex from the word boxes (pages stacked one under the other), with
    OCR alternatives from a fixed pseudo-random sequence and a few words misread;
  * writes the ENML of the note (Evernote 10 editor markup: h2/h3, div per line,
    <div><br/></div> for blank lines, ul/ol of li>div, a table with colgroup, a checklist,
    highlight spans, en-media for the PDF) and the en-export around it.

Source markup for the note body: "## " / "### " headings, "- " bullets, "1. " numbers,
"| a | b |" table rows (first is the header), "[x] " / "[ ] " checklist, **bold**,
==highlight==, "@pdf" for the attachment; a blank line is an empty paragraph.
Handout lines: HDR left || right, HDR2, TITLE, SUB, RULE, SEC, "• " bullet, P, TBL a | b | c,
BOX, HAND x y angle text (pen note), FTR left || right.

Run: /usr/bin/python3 tools/make_enex.py  (output is byte-for-byte stable)
"""
import base64
import hashlib
import math
import os
import random
import re
import zlib
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pwm-rules-amendments-evernote.txt")
OUT = os.path.join(HERE, "..", "docs", "pwm-rules-amendments-evernote.enex")
FONTS = "/usr/share/fonts/truetype"
W, H = 1240, 1754            # A4 at 150 dpi
LEFT, RIGHT = 105, 1135
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
CELL = "padding: 8px; border: 1px solid rgb(204, 204, 204);"
HEAD_CELL = CELL + " background-color: rgb(240, 240, 240);"
WIDTHS = [120, 330, 150]
MISREAD = {("HDR", "Rajinder"): "Rajlnder", ("FTR", "E-14"): "E-l4"}
HANDREAD = {"imp!!": ["irnp!!", "imp!!", "lmp!"], "see": ["sce", "see"],
            "my": ["rny", "my"], "EPR": ["EPR", "FPR"], "notes": ["notcs", "notes", "nofes"]}
CONFUSE = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("i", "l"), ("O", "0"), ("o", "0"),
           ("e", "c"), ("c", "e"), ("S", "5"), ("s", "5"), ("t", "f"), ("h", "b"), ("n", "u"),
           ("u", "n"), ("B", "8"), ("g", "q"), ("0", "O"), ("1", "l"), ("5", "S"), ("a", "o")]


def font(name, size):
    sub = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(os.path.join(FONTS, sub, name + ".ttf"), size)


F = {
    "hdr": font("LiberationSans-Bold", 21), "hdr2": font("LiberationSans-Regular", 19),
    "title": font("LiberationSans-Bold", 34), "sub": font("LiberationSerif-Italic", 25),
    "sec": font("LiberationSans-Bold", 25), "body": font("LiberationSerif-Regular", 23),
    "th": font("LiberationSans-Bold", 20), "td": font("LiberationSerif-Regular", 22),
    "box": font("LiberationSans-Regular", 20), "ftr": font("LiberationSans-Regular", 18),
    "hand": font("DejaVuSans-Oblique", 27), "wm": font("LiberationSans-Regular", 17),
    "wmlogo": font("LiberationSans-Bold", 15),
}


# ---------------------------------------------------------------- handout pages

class Page:
    def __init__(self, number):
        self.number = number
        self.img = Image.new("L", (W, H), 247)
        self.draw = ImageDraw.Draw(self.img)
        self.words = []          # (x, y, w, h, text, kind)
        self.y = 70

    def word(self, x, y, text, f, kind, fill=28):
        self.draw.text((x, y), text, font=f, fill=fill)
        l, t, r, b = f.getbbox(text)
        self.words.append((x + l, y + t, r - l, b - t, text, kind))
        return f.getlength(text)

    def line(self, x, y, text, f, kind, fill=28):
        space = f.getlength(" ")
        for w in text.split(" "):
            if w:
                x += self.word(x, y, w, f, kind, fill) + space
        return x

    def wrap(self, text, f, width):
        lines, cur = [], ""
        for w in text.split(" "):
            trial = (cur + " " + w).strip()
            if cur and f.getlength(trial) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines


def layout(pages_src):
    pages = []
    for n, lines in enumerate(pages_src, 1):
        p = Page(n)
        i = 0
        while i < len(lines):
            kind, _, text = lines[i].partition(" ")
            if lines[i].startswith("• "):
                kind, text = "•", lines[i][2:]
            if kind == "HDR":
                left, right = text.split(" || ")
                p.line(LEFT, p.y, left, F["hdr"], "HDR")
                p.line(RIGHT - F["hdr2"].getlength(right), p.y + 2, right, F["hdr2"], "HDR")
                p.y += 32
            elif kind == "HDR2":
                p.line(LEFT, p.y, text, F["hdr2"], "HDR")
                p.y += 30
                p.draw.line([(LEFT, p.y), (RIGHT, p.y)], fill=60, width=2)
                p.y += 22
            elif kind == "TITLE":
                p.line((W - F["title"].getlength(text)) / 2, p.y, text, F["title"], "TITLE")
                p.y += 48
            elif kind == "SUB":
                p.line((W - F["sub"].getlength(text)) / 2, p.y, text, F["sub"], "SUB")
                p.y += 40
            elif kind == "RULE":
                p.draw.line([(LEFT + 200, p.y), (RIGHT - 200, p.y)], fill=90, width=1)
                p.y += 14
            elif kind == "SEC":
                p.y += 10
                p.line(LEFT, p.y, text, F["sec"], "SEC")
                p.y += 38
            elif kind in ("•", "P"):
                x0 = LEFT + 40 if kind == "•" else LEFT
                if kind == "•":
                    p.draw.ellipse([LEFT + 14, p.y + 10, LEFT + 22, p.y + 18], fill=30)
                for k, ln in enumerate(p.wrap(text, F["body"], RIGHT - x0)):
                    p.line(x0, p.y, ln, F["body"], kind)
                    p.y += 31
                p.y += 3
            elif kind == "TBL":
                rows = []
                while i < len(lines) and lines[i].startswith("TBL "):
                    rows.append([c.strip() for c in lines[i][4:].split("|")])
                    i += 1
                i -= 1
                cols = [LEFT, 318, 880, RIGHT]
                top = p.y
                p.y += 8
                for r, row in enumerate(rows):
                    f = F["th"] if r == 0 else F["td"]
                    if r > 0 and row[0]:
                        p.draw.line([(LEFT, p.y - 4), (RIGHT, p.y - 4)], fill=70, width=1)
                    for c, cell in enumerate(row):
                        if cell:
                            p.line(cols[c] + 10, p.y, cell, f, "TBL")
                    p.y += 32 if r == 0 else 30
                    if r == 0:
                        p.draw.line([(LEFT, p.y - 2), (RIGHT, p.y - 2)], fill=40, width=2)
                        p.y += 6
                p.draw.rectangle([LEFT, top, RIGHT, p.y + 2], outline=40, width=2)
                for c in cols[1:3]:
                    p.draw.line([(c, top), (c, p.y + 2)], fill=70, width=1)
                p.y += 18
            elif kind == "BOX":
                rows = []
                while i < len(lines) and lines[i].startswith("BOX "):
                    rows.extend(p.wrap(lines[i][4:], F["box"], RIGHT - LEFT - 40))
                    i += 1
                i -= 1
                top = p.y
                p.y += 12
                for ln in rows:
                    p.line(LEFT + 20, p.y, ln, F["box"], "BOX")
                    p.y += 28
                p.draw.rectangle([LEFT, top, RIGHT, p.y + 6], outline=50, width=2)
                p.y += 24
            elif kind == "HAND":
                x, y, angle, note = text.split(" ", 3)
                hand(p, int(x), int(y), float(angle), note)
            elif kind == "FTR":
                left, right = text.split(" || ")
                p.draw.line([(LEFT, 1660), (RIGHT, 1660)], fill=90, width=1)
                p.line(LEFT, 1668, left, F["ftr"], "FTR", fill=60)
                p.line(RIGHT - F["ftr"].getlength(right), 1668, right, F["ftr"], "FTR", fill=60)
            i += 1
        scan_look(p)
        pages.append(p)
    return pages


def hand(p, x, y, angle, note):
    """A pen note: drawn on its own layer, turned by angle degrees, pasted on the page."""
    f = F["hand"]
    layer = Image.new("L", (520, 90), 0)
    d = ImageDraw.Draw(layer)
    d.text((10, 20), note, font=f, fill=255)
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=False)
    p.img.paste(Image.new("L", layer.size, 70), (x, y), layer)
    a = math.radians(angle)
    cx = 10
    for w in note.split(" "):
        l, t, r, b = f.getbbox(w)
        mx, my = cx + (l + r) / 2 - 260, 20 + (t + b) / 2 - 45     # about the layer's centre
        rx = 260 + mx * math.cos(a) + my * math.sin(a)
        ry = 45 - mx * math.sin(a) + my * math.cos(a)
        p.words.append((x + rx - (r - l) / 2, y + ry - (b - t) / 2, r - l, b - t, w, "HAND"))
        cx += f.getlength(w + " ")


def scan_look(p):
    # CamScanner's watermark at the foot of every page
    d = p.draw
    d.rounded_rectangle([W - 318, 1706, W - 290, 1732], radius=5, fill=120)
    d.text((W - 313, 1710), "CS", font=F["wmlogo"], fill=247)
    p.line(W - 282, 1709, "Scanned with CamScanner", F["wm"], "WM", fill=110)
    # the "B&W" filter: a 1-bit page, then the dark binding edge and specks it keeps
    p.img = p.img.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    rnd = random.Random(2560 + p.number)
    px = p.img.load()
    edge = 7
    for y in range(H):
        if y % 9 == 0:
            edge = max(3, min(14, edge + rnd.randrange(-2, 3)))
        for x in range(edge):
            px[x, y] = 0
    for _ in range(380):
        x, y = rnd.randrange(30, W - 10), rnd.randrange(10, H - 10)
        px[x, y] = 0
        if rnd.random() < 0.35:
            px[x + 1, y] = 0
            px[x, y + 1] = 0


def bits(img):
    return zlib.compress(img.tobytes(), 9)


def pdf(pages):
    """An image-only PDF as the scanner app writes it: one 1-bit image per page, no text layer."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    kids = []
    for p in pages:
        data = bits(p.img)
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n" % (W, H, len(data))
                  + data + b"\nendstream")
        content = b"q\n595.2 0 0 841.92 0 0 cm\n/Im0 Do\nQ\n"
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.2 841.92] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, img, cid)))
    info = add(b"<< /Producer (intsig.com pdf producer) /CreationDate (D:20250911184212+05'30') "
               b"/ModDate (D:20250911184212+05'30') >>")
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    ident = hashlib.md5(b"CamScanner 09-11-2025 18.42").hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, ident, ident, xref))
    return bytes(out)


def alternates(word, rnd):
    alts = []
    for _ in range(rnd.randrange(1, 4)):
        cands = [(a, b) for a, b in CONFUSE if a in word]
        if cands and rnd.random() < 0.8:
            a, b = cands[rnd.randrange(len(cands))]
            k = [m.start() for m in re.finditer(re.escape(a), word)]
            pos = k[rnd.randrange(len(k))]
            alt = word[:pos] + b + word[pos + len(a):]
        elif len(word) > 3:
            alt = word[:-1] if rnd.random() < 0.5 else word.upper()
        else:
            alt = word.lower() if word != word.lower() else word.capitalize()
        if alt != word and alt not in alts:
            alts.append(alt)
    return alts


def reco(pages, objid):
    rnd = random.Random(256)
    items = []
    for p in pages:
        off = (p.number - 1) * H
        for x, y, w, h, text, kind in p.words:
            if kind == "HAND":
                cands = HANDREAD[text]
                weights = sorted((rnd.randrange(18, 34) for _ in cands), reverse=True)
            else:
                top = MISREAD.get((kind, text), text)
                cands = [top] + [a for a in alternates(text, rnd) if a != top]
                if top != text:
                    cands.insert(1, text)
                hi = rnd.randrange(62, 96)
                weights = [hi] + sorted((rnd.randrange(12, hi - 8) for _ in cands[1:]), reverse=True)
            ts = "".join('<t w="%d">%s</t>' % (wt, escape(c)) for wt, c in zip(weights, cands))
            items.append('<item x="%d" y="%d" w="%d" h="%d">%s</item>'
                         % (round(x), round(y) + off, round(w), round(h), ts))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE recoIndex PUBLIC "SYSTEM" "http://xml.evernote.com/pub/recoIndex.dtd">\n'
            '<recoIndex docType="printed" objType="pdf" objID="%s" engineVersion="7.0.24.1" '
            'recoType="service" lang="en" objWidth="%d" objHeight="%d">\n%s\n</recoIndex>'
            % (objid, W, H * len(pages), "\n".join(items)))


# ---------------------------------------------------------------- ENML

def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    return s


def enml(lines, pdf_hash):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line == "@pdf":
            out.append('<div><en-media hash="%s" type="application/pdf" '
                       'style="--en-viewAs:attachment;" /></div>' % pdf_hash)
        elif not line.strip():
            out.append("<div><br/></div>")
        elif line.startswith(("[x] ", "[ ] ")):
            lis = []
            while i < len(lines) and lines[i].startswith(("[x] ", "[ ] ")):
                lis.append('<li style="--en-checked:%s;"><div>%s</div></li>'
                           % ("true" if lines[i][1] == "x" else "false", inline(lines[i][4:])))
                i += 1
            out.append('<ul style="--en-todo:true;">%s</ul>' % "".join(lis))
            continue
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<div style="padding-left:0px;"><table style="border-collapse: collapse; '
                 'min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    if r == 0:
                        t.append('<td style="width: %dpx; %s"><div><b>%s</b></div></td>'
                                 % (WIDTHS[c], HEAD_CELL, inline(text)))
                    else:
                        t.append('<td style="width: %dpx; %s"><div>%s</div></td>'
                                 % (WIDTHS[c], CELL, inline(text)))
                t.append("</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
            continue
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            lis = []
            while i < len(lines) and ((kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                text = lines[i][2:] if kind == "ul" else lines[i].split(". ", 1)[1]
                lis.append("<li><div>%s</div></li>" % inline(text))
                i += 1
            out.append("<%s>%s</%s>" % (kind, "".join(lis), kind))
            continue
        else:
            out.append("<div>%s</div>" % inline(line))
        i += 1
    return "".join(out)


def parse():
    text = open(SRC, encoding="utf-8").read()
    exp, note = text.split("@note\n", 1)
    meta_exp = dict(l.split(": ", 1) for l in exp.strip().split("\n")[1:])
    head, rest = note.split("---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
    parts = rest.split("@page\n")
    body = parts[0].rstrip("\n").split("\n")
    pages = [p.rstrip("\n").split("\n") for p in parts[1:]]
    return meta_exp, meta, body, pages


def build():
    meta_exp, meta, body, pages_src = parse()
    pages = layout(pages_src)
    data = pdf(pages)
    digest = hashlib.md5(data).hexdigest()
    b64 = base64.b64encode(data).decode()
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
         '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
         '<en-export export-date="%s" application="Evernote" version="%s">'
         % (meta_exp["export-date"], meta_exp["version"]),
         "  <note>",
         "    <title>%s</title>" % escape(meta["title"]),
         "    <created>%s</created>" % meta["created"],
         "    <updated>%s</updated>" % meta["updated"]]
    for t in meta["tags"].split(", "):
        x.append("    <tag>%s</tag>" % escape(t))
    x += ["    <note-attributes>",
          "      <author>%s</author>" % escape(meta["author"]),
          "      <source>%s</source>" % escape(meta["source"]),
          "    </note-attributes>",
          "    <content>",
          '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
          '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">',
          "<en-note>%s</en-note>      ]]>" % enml(body, digest),
          "    </content>",
          "    <resource>",
          '      <data encoding="base64">',
          "\n".join(b64[j:j + 76] for j in range(0, len(b64), 76)),
          "      </data>",
          "      <mime>application/pdf</mime>",
          "      <recognition><![CDATA[%s]]></recognition>" % reco(pages, digest),
          "      <resource-attributes>",
          "        <file-name>%s</file-name>" % escape(meta["pdf"]),
          "      </resource-attributes>",
          "    </resource>",
          "  </note>",
          "</en-export>"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(x) + "\n")


if __name__ == "__main__":
    build()
