#!/usr/bin/python3
"""Re-make docs/sc-freezes-mandir-masjid-suits-amp.mhtml from tools/sc-freezes-mandir-masjid-suits-amp.txt.

The file is the AMP version of a legal-news report (a LiveLaw-style site, "VerdictWire") that a
student opened from a search result on an Android phone and kept with Chrome for Android's
"Download page" (an offline page, which Chrome stores as MHTML through Blink's MHTML writer):
  - the header block: "From: <Saved by Blink>", Snapshot-Content-Location (the /amp/ address),
    the page title as a plain ASCII Subject, a Date in UTC written "-0000", MIME-Version and a
    folded multipart/related Content-Type with type="text/html" and a
    "----MultipartBoundary--...----" boundary; CRLF line ends throughout, two blank lines before
    the first part;
  - four parts: the main frame (text/html, quoted-printable, a Content-ID
    <frame-...@mhtml.blink>), the white site logo (image/svg+xml, quoted-printable), the author's
    avatar and the lead picture (image/png, base64 in 76-column lines), in the order the page
    uses them; the closing boundary ends with "--".
Quoted-printable is written the way Blink writes it: "=" and every byte outside printable ASCII
become =XX (the UTF-8 bytes of curly quotes, the hamburger glyph, the multiplication sign and
the copyright sign), a space or tab is encoded only before a line end, soft line breaks
("=" CRLF) keep lines within 76 columns and may cut words, entities and tags, line ends become
CRLF.

tools/sc-freezes-mandir-masjid-suits-amp.txt is the page as Chrome serialises the live AMP DOM:
its own http-equiv meta first in <head>; every <script> and <noscript> dropped (so the AMP
runtime and extension scripts, the JSON-LD and amp-analytics' JSON config are gone, and the
amp-boilerplate style is absent because the page is server-side rendered); what the AMP runtime
wrote into the DOM kept: the i-amphtml-* attributes and classes on <html>, the amp-runtime
style, the body's inline opacity/visibility/animation style, each amp-img's built classes,
i-amphtml-sizer and the inner <img>, the closed amp-sidebar (hidden, display: none), empty
amp-social-share buttons, an amp-ad left "amp-notsupported" and an empty amp-analytics.
The logo, the avatar and the lead picture are drawn here.

Run from anywhere: /usr/bin/python3 tools/make_mhtml.py [output path] (standard library only;
the output is the same byte for byte on every run).
"""
import base64
import math
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "sc-freezes-mandir-masjid-suits-amp.mhtml")
HTML = os.path.join(HERE, "sc-freezes-mandir-masjid-suits-amp.txt")

PAGE_URL = ("https://www.verdictwire.in/amp/top-stories/"
            "supreme-court-places-of-worship-act-no-new-suits-surveys-sanjiv-khanna-277614")
LOGO_URL = "https://www.verdictwire.in/static/img/verdictwire-logo-white.svg"
AVATAR_URL = "https://img.verdictwire.in/authors/ritwik-saxena-40.png"
LEAD_URL = "https://img.verdictwire.in/h-upload/2024/12/12/sc-places-of-worship-640.png"
TITLE = ("Supreme Court Bars New Suits, Surveys Against Places Of Worship Till It Decides "
         "Challenge To 1991 Act")
DATE = "Sat, 22 Feb 2025 06:41:09 -0000"
BOUNDARY = "----MultipartBoundary--Vb7kQ2mXe9LzR4tHcW1yN8pDs0Ju3FgA6oKiE5nTq----"
MAIN_ID = "<frame-A94C02E7B1D3F6580C2E9B7A41D6F0C3@mhtml.blink>"
MAX_LINE = 76


def _line_end(data, i):
    if i >= len(data):
        return 0
    if data[i] == 0x0A:
        return 1
    if data[i] == 0x0D:
        return 2 if i + 1 < len(data) and data[i + 1] == 0x0A else 1
    return 0


def qp(data):
    out = bytearray()
    col, i, n = 0, 0, len(data)
    while i < n:
        c = data[i]
        last = i == n - 1
        if not last:
            le = _line_end(data, i)
            if le:
                out += b"\r\n"
                col = 0
                i += le
                continue
        must = (c < 0x20 and c != 0x09) or c > 0x7E or c == 0x3D
        if c in (0x20, 0x09):
            must = last or bool(_line_end(data, i + 1))
        width = 3 if must else 1
        reserve = 0 if last else 1
        if col + width + reserve > MAX_LINE:
            out += b"=\r\n"
            col = 0
        out += (b"=%02X" % c) if must else bytes([c])
        col += width
        i += 1
    return bytes(out)


def png(width, height, pixel):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def lead_pixel(x, y):
    """A flat graphic of a domed court building on a maroon ground with a gold rule."""
    ground = (120 - y // 12, 14, 20)
    if 318 <= y <= 322:
        return (212, 175, 55)
    cx = 320
    # dome
    if (x - cx) ** 2 + ((y - 120) * 1.25) ** 2 <= 58 ** 2 and y <= 120:
        return (236, 228, 214) if (x - cx) % 14 else (200, 190, 172)
    if abs(x - cx) <= 3 and 50 <= y <= 72:
        return (236, 228, 214)
    # pediment
    if 120 <= y <= 150 and abs(x - cx) <= 150 - (150 - y) * 5:
        return (226, 218, 204)
    # colonnade
    if 150 < y <= 270 and abs(x - cx) <= 170:
        col = (x - cx + 170) % 34
        return (236, 228, 214) if col < 16 else (70, 22, 26)
    # steps
    if 270 < y <= 300 and abs(x - cx) <= 170 + (y - 270) * 2:
        return (210, 202, 188) if (y - 270) % 10 < 8 else (170, 160, 146)
    # scales of justice, left corner
    sx, sy = 86, 120
    if abs(x - sx) <= 1 and sy <= y <= sy + 90:
        return (212, 175, 55)
    if abs(y - sy) <= 1 and abs(x - sx) <= 50:
        return (212, 175, 55)
    for px in (sx - 46, sx + 46):
        if (x - px) ** 2 + ((y - (sy + 40)) * 2) ** 2 <= 22 ** 2 and y >= sy + 40:
            return (212, 175, 55)
        if abs((x - px) - (y - sy) * 0.55) <= 1 and sy <= y <= sy + 40:
            return (212, 175, 55)
        if abs((x - px) + (y - sy) * 0.55) <= 1 and sy <= y <= sy + 40:
            return (212, 175, 55)
    return ground


def avatar_pixel(x, y):
    dx, dy = x - 19.5, y - 19.5
    if dx * dx + dy * dy > 400:
        return (255, 255, 255)
    if dx * dx + (dy + 5) ** 2 <= 49:
        return (250, 232, 214)
    if dy > 4 and dx * dx + (dy - 16) ** 2 <= 169:
        return (58, 74, 110)
    return (176, 196, 222)


LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="150" height="28" viewBox="0 0 150 28">'
        '<path d="M2 4h6l4 13 4-13h6l-7 20h-6z" fill="#fff"/><rect x="26" y="4" width="3" height="20" '
        'fill="#d4af37"/><text x="34" y="20" font-family="Georgia, serif" font-size="16" font-weight="700" '
        'fill="#fff">VerdictWire</text><text x="34" y="27" font-family="Arial, sans-serif" font-size="5.5" '
        'letter-spacing="1.2" fill="#f3d9d9">LEGAL NEWS \u2022 SINCE 2016</text></svg>\n').encode("utf-8")


def part(ctype, location, body, encoding, content_id=None):
    head = "\r\n--%s\r\nContent-Type: %s\r\n" % (BOUNDARY, ctype)
    if content_id:
        head += "Content-ID: %s\r\n" % content_id
    head += "Content-Transfer-Encoding: %s\r\nContent-Location: %s\r\n\r\n" % (encoding, location)
    if encoding == "quoted-printable":
        data = qp(body)
    else:
        b64 = base64.b64encode(body)
        data = b"".join(b64[i:i + MAX_LINE] + b"\r\n" for i in range(0, len(b64), MAX_LINE))
    return head.encode("ascii") + data


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(HTML, "rb") as f:
        html = f.read().rstrip(b"\n")
    out = bytearray()
    out += b"From: <Saved by Blink>\r\n"
    out += b"Snapshot-Content-Location: " + PAGE_URL.encode("ascii") + b"\r\n"
    out += b"Subject: " + TITLE.encode("ascii") + b"\r\n"
    out += b"Date: " + DATE.encode("ascii") + b"\r\n"
    out += b"MIME-Version: 1.0\r\n"
    out += b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
    out += b"\tboundary=\"" + BOUNDARY.encode("ascii") + b"\"\r\n\r\n"
    out += part("text/html", PAGE_URL, html, "quoted-printable", MAIN_ID)
    out += part("image/svg+xml", LOGO_URL, LOGO, "quoted-printable")
    out += part("image/png", AVATAR_URL, png(40, 40, avatar_pixel), "base64")
    out += part("image/png", LEAD_URL, png(640, 360, lead_pixel), "base64")
    out += ("\r\n--%s--\r\n" % BOUNDARY).encode("ascii")
    with open(out_path, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    main()
