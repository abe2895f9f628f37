#!/usr/bin/python3
"""Re-make docs/tughlaq-experiments-blog.mhtml from the saved page's parts in tools/.

Run from anywhere: /usr/bin/python3 tools/make_mhtml.py
Standard library only; the output is byte-for-byte reproducible.

The file is what Chrome's "Save page as... Webpage, Single File" writes (Blink's MHTMLArchive):
a "From: <Saved by Blink>" header block with Snapshot-Content-Location, an RFC 2047 encoded
Subject (the page title has a typographic apostrophe), a Date with the local offset, and
multipart/related with a "----MultipartBoundary--...----" boundary; then the parts, each opened
by CRLF--boundary: the serialized page (text/html, quoted-printable, with a frame Content-ID),
the theme stylesheet (text/css, quoted-printable) and the post's featured image (image/png,
base64 in 76-column lines). Quoted-printable follows Blink's encoder: '=' and bytes outside
printable ASCII become =XX, a space or tab is encoded only before a line end, soft breaks keep
lines within 76 columns, and line ends become CRLF.

tools/tughlaq-experiments-blog.html is the page as Chrome serializes its DOM: Chrome's own
<meta http-equiv="Content-Type"> first in <head>, scripts kept, hidden form inputs dropped.
tools/tughlaq-experiments-blog.css is the stylesheet; the PNG is drawn here.
"""
import base64
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "tughlaq-experiments-blog.mhtml")
HTML = os.path.join(HERE, "tughlaq-experiments-blog.html")
CSS = os.path.join(HERE, "tughlaq-experiments-blog.css")

PAGE_URL = "https://www.sultanatesandsufis.in/2025/04/why-muhammad-bin-tughlaq-experiments-failed/"
CSS_URL = "https://www.sultanatesandsufis.in/wp-content/themes/sas-magazine/style.css?ver=2.4.1"
IMG_URL = "https://www.sultanatesandsufis.in/wp-content/uploads/2025/04/daulatabad-fort-768x432.png"
TITLE = "Why Did Muhammad bin Tughlaq\u2019s Experiments Fail? | Sultanates & Sufis"
DATE = "Sat, 9 Aug 2025 22:41:07 +0530"
BOUNDARY = "----MultipartBoundary--Vq3nXbT8yLw0PzK6dR2mJf9sHc5GaE1uNo7iYt4Bk0----"
FRAME_ID = "<frame-6E0F3B9A2D4C81F57A0B9C3E1D2F4A68@mhtml.blink>"
MAX_LINE = 76
PREFIX, SUFFIX = b"=?utf-8?Q?", b"?="


def line_end_len(data, i):
    if data[i] == 0x0A:
        return 1
    if data[i] == 0x0D:
        if i + 1 == len(data) or data[i + 1] != 0x0A:
            return 1
        return 2
    return 0


def qp_encode(data, is_header=False):
    """Blink's QuotedPrintableEncode (third_party/blink/renderer/platform/mhtml)."""
    out = bytearray()
    if is_header:
        out += PREFIX
    cur = 0
    i = 0
    n = len(data)
    while i < n:
        last = i == n - 1
        c = data[i]
        enc = (c < 0x20 or c > 0x7E or c == 0x3D) and c != 0x09
        if not enc and c in (0x09, 0x20):
            if is_header:
                enc = True
            else:
                enc = last or bool(line_end_len(data, i + 1))
        if not last:
            le = line_end_len(data, i)
            if le:
                out += b"\r\n"
                cur = 0
                i += le
                continue
        clen = 1 + (2 if enc else 0) + (0 if last else 1)
        maxlen = MAX_LINE - (len(PREFIX) + len(SUFFIX) if is_header else 0)
        if cur + clen > maxlen:
            if is_header:
                out += SUFFIX + b"\r\n "
            else:
                out += b"=\r\n"
            cur = 0
            if is_header:
                out += PREFIX
        if enc:
            out += b"=%02X" % c
            cur += 3
        else:
            out.append(c)
            cur += 1
        i += 1
    if is_header:
        out += SUFFIX
    return bytes(out)


def printable_header(text):
    if all(0x20 <= ord(ch) <= 0x7E for ch in text):
        return text.encode("ascii")
    return qp_encode(text.encode("utf-8"), is_header=True)


def png(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def fort_pixel(x, y):
    """A small drawing of Daulatabad's hill fort: sky, conical hill, walls and a minaret."""
    w, h = 192, 108
    hill_top = 34 + abs(x - 96) * 0.75
    if 150 <= x <= 154 and y >= 22 and y < 80:
        return (222, 196, 150)                      # tower
    if y >= 80 and (x // 6) % 2 == 0 and y < 84:
        return (120, 84, 52)                        # battlements
    if y >= 84:
        return (110, 78, 50) if y < 92 else (96, 122, 60)   # wall, then fields
    if y >= hill_top:
        shade = int(60 + (y - hill_top) * 0.8)
        return (min(140, 70 + shade // 2), min(110, 50 + shade // 3), 40)
    t = y / h
    return (int(250 - 90 * t), int(200 - 40 * t), int(140 + 80 * t)) if y < 30 else \
           (int(170 + 40 * t), int(190 + 20 * t), 235)


def part(ctype, encoding, location, body, content_id=None):
    head = "\r\n--%s\r\nContent-Type: %s\r\n" % (BOUNDARY, ctype)
    if content_id:
        head += "Content-ID: %s\r\n" % content_id
    head += "Content-Transfer-Encoding: %s\r\nContent-Location: %s\r\n\r\n" % (encoding, location)
    if encoding == "quoted-printable":
        data = qp_encode(body)
    else:
        b64 = base64.b64encode(body)
        data = b"".join(b64[i:i + MAX_LINE] + b"\r\n" for i in range(0, len(b64), MAX_LINE))
    return head.encode("ascii") + data


def build():
    with open(HTML, "rb") as f:
        html = f.read().rstrip(b"\n")      # the serialized DOM ends at </html>
    with open(CSS, "rb") as f:
        css = f.read()
    image = png(192, 108, fort_pixel)
    out = bytearray()
    out += b"From: <Saved by Blink>\r\n"
    out += b"Snapshot-Content-Location: " + PAGE_URL.encode("ascii")
    out += b"\r\nSubject: " + printable_header(TITLE)
    out += b"\r\nDate: " + DATE.encode("ascii")
    out += b"\r\nMIME-Version: 1.0\r\n"
    out += b"Content-Type: multipart/related;\r\n"
    out += b"\ttype=\"text/html\";\r\n"
    out += b"\tboundary=\"" + BOUNDARY.encode("ascii") + b"\"\r\n\r\n"
    out += part("text/html", "quoted-printable", PAGE_URL, html, FRAME_ID)
    out += part("text/css", "quoted-printable", CSS_URL, css)
    out += part("image/png", "base64", IMG_URL, image)
    out += ("\r\n--%s--\r\n" % BOUNDARY).encode("ascii")
    with open(OUT, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    build()
