#!/usr/bin/python3
"""Re-make docs/womens-reservation-act.mhtml from tools/womens-reservation-act.html.

Run from anywhere: /usr/bin/python3 tools/make_mhtml.py
Standard library only; the output is byte-for-byte reproducible (fixed boundary, date,
Content-IDs and a PNG drawn here with fixed zlib settings).

The file is laid out the way Chrome's "Save page as... Webpage, Single File" writes it: a
"From: <Saved by Blink>" header block with Snapshot-Content-Location, a Q-encoded Subject and
a multipart/related body; the serialized DOM as a text/html part in quoted-printable (76-column
lines, "=" soft breaks, CRLF), Chrome's serializer having already dropped <script> and
<noscript> elements and replaced <style> elements by a <link> to a cid: stylesheet; then the
stylesheet as a text/css part and the featured image as an image/png part in base64.
"""
import base64
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "womens-reservation-act.html")
OUT = os.path.join(HERE, "..", "docs", "womens-reservation-act.mhtml")

URL = "https://www.prepkosh.in/polity/womens-reservation-act-2023-nari-shakti-vandan-adhiniyam/"
IMG_URL = "https://www.prepkosh.in/wp-content/uploads/2023/09/womens-reservation-act-2023-featured.png"
BOUNDARY = "----MultipartBoundary--Qm7tR2xVb9LkP4sZ8hN1cW6yE3jD0fGaUoTqKiXr5M----"
FRAME_ID = "<frame-8C1E0A7F5B2D44E39A61F0C7D2B83E15@mhtml.blink>"
CSS_LOC = "cid:css-3f9a61c2-7d4e-4b8a-9c1f-5e2d08a7b6c4@mhtml.blink"
TITLE = ("Women\u2019s Reservation Act 2023 (Nari Shakti Vandan Adhiniyam): Provisions, "
         "Census Link, Analysis | PrepKosh IAS")
DATE = "Sat, 12 Jul 2025 16:42:09 -0000"

CSS = """@charset "utf-8";

body { margin: 0px; font-family: "Noto Sans", Arial, sans-serif; color: rgb(34, 34, 34); background: rgb(247, 248, 250); }
.top-bar { background: rgb(11, 61, 145); color: rgb(255, 255, 255); font-size: 13px; }
.site-header { background: rgb(255, 255, 255); border-bottom: 1px solid rgb(226, 230, 236); }
.main-navigation .menu { display: flex; list-style: none; gap: 18px; }
.announcement-strip { background: rgb(255, 243, 205); text-align: center; padding: 6px; }
.grid-container { max-width: 1200px; margin: 0px auto; display: flex; }
.content-area { width: 70%; }
.widget-area { width: 30%; padding-left: 24px; }
.entry-title { font-size: 32px; line-height: 1.25; }
.pk-box { border-left: 4px solid rgb(11, 61, 145); background: rgb(238, 243, 252); padding: 10px 14px; margin: 16px 0px; }
.pk-trap { border-left-color: rgb(192, 57, 43); background: rgb(253, 237, 236); }
.pk-tip { border-left-color: rgb(39, 174, 96); background: rgb(234, 250, 241); }
.pk-table { border-collapse: collapse; width: 100%; }
.pk-table td, .pk-table th { border: 1px solid rgb(204, 204, 204); padding: 6px 8px; }
.cookie-notice { position: fixed; bottom: 0px; left: 0px; right: 0px; background: rgb(50, 50, 58); color: rgb(255, 255, 255); z-index: 9999; }
.tg-float { position: fixed; right: 18px; bottom: 80px; }
.adsbygoogle { min-height: 250px; }
"""


def png(width, height):
    """A flat featured image: saffron, white and green bands with a navy rule."""
    bands = [(255, 153, 51), (255, 255, 255), (19, 136, 8)]
    rows = []
    for y in range(height):
        if height // 2 - 3 <= y <= height // 2 + 3:
            rgb = (11, 61, 145)
        else:
            rgb = bands[min(2, y * 3 // height)]
        rows.append(b"\x00" + bytes(rgb) * width)
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qp_line(line):
    """Quoted-printable encode one line (bytes, no line break) into 76-column pieces."""
    toks = []
    for i, b in enumerate(line):
        last = i == len(line) - 1
        if b == 0x3D or b > 0x7E or (b < 0x20 and b != 0x09) or (last and b in (0x20, 0x09)):
            toks.append("=%02X" % b)
        else:
            toks.append(chr(b))
    out, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 75:
            out.append(cur + "=")
            cur = ""
        cur += t
    out.append(cur)
    return out


def qp(text):
    lines = []
    for line in text.encode("utf-8").split(b"\n"):
        lines.extend(qp_line(line))
    return "\r\n".join(lines)


def q_header(text):
    """Subject as RFC 2047 Q encoded-words, folded the way Blink folds them."""
    words, cur = [], ""
    for b in text.encode("utf-8"):
        t = chr(b) if (0x21 <= b <= 0x7E and chr(b) not in "=?_") else "=%02X" % b
        if len(cur) + len(t) > 60:
            words.append(cur)
            cur = ""
        cur += t
    words.append(cur)
    return "\r\n\t".join("=?utf-8?Q?%s?=" % w for w in words)


def build():
    with open(SRC, encoding="utf-8") as f:
        html = f.read()
    if html.endswith("\n"):
        html = html[:-1]
    image = base64.b64encode(png(1200, 630)).decode("ascii")
    image = "\r\n".join(image[i:i + 76] for i in range(0, len(image), 76))
    head = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: " + URL,
        "Subject: " + q_header(TITLE),
        "Date: " + DATE,
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        '\tboundary="%s"' % BOUNDARY,
        "",
        "",
    ]
    parts = [
        ["Content-Type: text/html", "Content-ID: " + FRAME_ID,
         "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + URL, "",
         qp(html)],
        ["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
         "Content-Location: " + CSS_LOC, "", qp(CSS.rstrip("\n"))],
        ["Content-Type: image/png", "Content-Transfer-Encoding: base64",
         "Content-Location: " + IMG_URL, "", image],
    ]
    out = "\r\n".join(head)
    for p in parts:
        out += "--" + BOUNDARY + "\r\n" + "\r\n".join(p) + "\r\n"
    out += "--" + BOUNDARY + "--\r\n"
    with open(OUT, "wb") as f:
        f.write(out.encode("ascii"))


if __name__ == "__main__":
    build()
