#!/usr/bin/python3
"""Make docs/india-chagos-agalega-explained.mhtml from the saved page's parts in tools/.

The file is what Chrome's "Save page as... > Webpage, Single File" writes for a news site's
explainer (Blink's MHTMLArchive / FrameSerializer):
  - the header block: "From: <Saved by Blink>", Snapshot-Content-Location, the page title as an
    RFC 2047 Subject (Q-encoded UTF-8 because of the em dash, folded over several encoded words,
    spaces written =20, "?" and ":" left as they are), a Date in UTC written with "-0000",
    MIME-Version and a folded multipart/related Content-Type with type="text/html" and a
    "----MultipartBoundary--...----" boundary; CRLF line ends throughout;
  - seven parts, each opened by CRLF--boundary: the main frame (text/html, quoted-printable,
    Content-ID <frame-...@mhtml.blink>), the site stylesheet (text/css, quoted-printable, as
    Blink re-serialises it from the CSSOM: @charset first, rgb() colours, 0px), the Google News
    badge (image/svg+xml, quoted-printable), the lead graphic (image/png, base64 in 76-column
    lines), the locator map (image/svg+xml, quoted-printable), then the embedded X post as its own
    frame (text/html with its own frame Content-ID, which the page's <iframe src="cid:..."> names)
    and that frame's avatar (image/png, base64); the closing boundary ends with "--".
Quoted-printable follows Blink's encoder: "=" and bytes outside printable ASCII become =XX
(UTF-8 bytes of curly quotes, dashes, the rupee sign and emoji), a space or tab is encoded only
before a line end, soft line breaks ("=" CRLF) keep lines within 76 columns and may cut words,
entities and tags, and line ends become CRLF.

tools/india-chagos-agalega-explained.txt is the page as Chrome serialises its DOM (its own
http-equiv meta first in <head>, every <script> dropped, so only what the scripts left in the DOM
survives: the script preload link, onclick handlers, the filled ad slot, the consent banner,
the paywall meter and the hidden paywall modal, lazy-load placeholders that never loaded);
tools/india-chagos-agalega-explained.css is the stylesheet; tools/india-chagos-agalega-explained.x-post.html
is the embedded post's frame. The two PNGs and the two SVGs are drawn here.

Run from anywhere: /usr/bin/python3 tools/make_mhtml.py (standard library only; the output is
byte for byte the same on every run).
"""
import base64
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "india-chagos-agalega-explained.mhtml")
HTML = os.path.join(HERE, "india-chagos-agalega-explained.txt")
CSS = os.path.join(HERE, "india-chagos-agalega-explained.css")
XPOST = os.path.join(HERE, "india-chagos-agalega-explained.x-post.html")

PAGE_URL = ("https://www.coastlineherald.in/explained/explained-global/"
            "chagos-deal-india-agalega-sagar-mahasagar-diego-garcia-10124587/")
CSS_URL = "https://www.coastlineherald.in/assets/css/article.min.css?ver=7.3.18"
BADGE_URL = "https://www.coastlineherald.in/assets/img/google-news-badge.svg"
LEAD_URL = "https://images.coastlineherald.in/2025/05/agalega-airstrip-explained-640.png"
MAP_URL = "https://images.coastlineherald.in/2025/05/chagos-agalega-locator-map.svg"
XPOST_URL = ("https://platform.twitter.com/embed/Tweet.html?dnt=false&embedId=twitter-widget-0"
             "&frame=false&hideCard=false&hideThread=false&id=1926293147750584711&lang=en"
             "&origin=https%3A%2F%2Fwww.coastlineherald.in%2Fexplained%2F&theme=light&width=550px")
AVATAR_URL = "https://pbs.twimg.com/profile_images/1702311458120216576/chq_logo_normal.png"
TITLE = ("Explained: What the Chagos deal means for India \u2014 from Agalega to SAGAR and "
         "MAHASAGAR | The Coastline Herald")
DATE = "Sat, 24 May 2025 14:27:31 -0000"
BOUNDARY = "----MultipartBoundary--qT4pL0xZc8NwR2vEy6KbH1sJ9mAf3GdU7oXiV5nCk----"
MAIN_ID = "<frame-3B9E0A6C1D57F2848E0C6B1A9D3F7E25@mhtml.blink>"
XPOST_ID = "<frame-7D21C5A08E3F4B96D1A4E0B27C93F615@mhtml.blink>"
MAX_LINE = 76
PREFIX, SUFFIX = b"=?utf-8?Q?", b"?="


def _line_end(data, i):
    """Length of the line break starting at data[i] (LF, CR or CRLF), else 0."""
    if i >= len(data):
        return 0
    if data[i] == 0x0A:
        return 1
    if data[i] == 0x0D:
        return 2 if i + 1 < len(data) and data[i + 1] == 0x0A else 1
    return 0


def qp(data, header=False):
    out = bytearray(PREFIX if header else b"")
    col = 0
    limit = MAX_LINE - (len(PREFIX) + len(SUFFIX) if header else 0)
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        last = i == n - 1
        if not last and not header:
            le = _line_end(data, i)
            if le:
                out += b"\r\n"
                col = 0
                i += le
                continue
        must = (c < 0x20 and c != 0x09) or c > 0x7E or c == 0x3D
        if c in (0x20, 0x09):
            must = True if header else (last or bool(_line_end(data, i + 1)))
        width = 3 if must else 1
        reserve = 0 if last else 1          # room for the soft break's "="
        if col + width + reserve > limit:
            out += (SUFFIX + b"\r\n " + PREFIX) if header else b"=\r\n"
            col = 0
        out += (b"=%02X" % c) if must else bytes([c])
        col += width
        i += 1
    if header:
        out += SUFFIX
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
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def lead_pixel(x, y):
    """Aerial-style graphic: deep sea, reef ring, a long island with a runway and a jetty."""
    cx, cy = 320, 190
    # island: a long slanted ellipse
    u = (x - cx) * 0.94 + (y - cy) * 0.34
    v = -(x - cx) * 0.34 + (y - cy) * 0.94
    d = (u / 255.0) ** 2 + (v / 46.0) ** 2
    if -200 <= u <= 200 and -5 <= v <= 5 and d < 1:
        return (70, 72, 76) if not (abs(v) < 1 and int(u) % 24 < 12) else (235, 235, 235)
    if 140 <= u <= 150 and 20 <= v <= 78:
        return (150, 120, 90)                      # jetty
    if d < 1:
        return (40 + int(50 * d), 120 - int(20 * d), 50)      # palms
    if d < 1.25:
        return (226, 211, 168)                      # beach
    if d < 1.9:
        return (64, 196, 200)                       # lagoon shallows
    shade = min(60, (x + y) // 20)
    return (10, 70 + shade // 2, 120 + shade)


def avatar_pixel(x, y):
    dx, dy = x - 24, y - 24
    if dx * dx + dy * dy > 576:
        return (255, 255, 255)
    if 14 <= y <= 34 and abs(dx) <= 14 and (y - 14) % 8 < 3:
        return (255, 255, 255)
    return (11, 37, 69)


def lonlat(lon, lat):
    return (round((lon - 50) / 35.0 * 600, 1), round((25 - lat) / 47.0 * 420, 1))


def poly(points):
    return " ".join("%s,%s" % lonlat(a, b) for a, b in points)


def map_svg():
    india = [(68.5, 25), (68.5, 23.5), (70.2, 22.6), (72.8, 21), (73, 16), (74.8, 12.8), (76.3, 9.5),
             (77.5, 8.1), (78.2, 9), (79.9, 10.3), (80.2, 13), (80.3, 15.8), (82.3, 17), (85, 19.5),
             (85, 25)]
    arabia = [(50, 25), (56.4, 25), (59.8, 22.6), (57.8, 19), (55, 17), (52, 16), (50, 15)]
    horn = [(50, 12.2), (51.3, 11.8), (50.6, 9.6), (50, 8.5)]
    madagascar = [(50, -15.4), (50.4, -15.6), (49.8, -17), (49.4, -18.8), (48.8, -20.5), (48.3, -22),
                  (50, -22)]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="420" viewBox="0 0 600 420" '
             'font-family="Arial, Helvetica, sans-serif">',
             '  <rect width="600" height="420" fill="#d8ecf7"/>',
             '  <g fill="#f3efe2" stroke="#8d8a7f" stroke-width="0.8">',
             '    <polygon points="%s"/>' % poly(india),
             '    <polygon points="%s"/>' % poly(arabia),
             '    <polygon points="%s"/>' % poly(horn),
             '    <polygon points="%s"/>' % poly(madagascar),
             '    <ellipse cx="%s" cy="%s" rx="9" ry="14"/>' % lonlat(80.7, 7.8),
             '  </g>',
             '  <g fill="#0b2545">']
    for lat in (7.0, 5.6, 4.2, 3.0, 1.8, 0.6, -0.6):
        lines.append('    <circle cx="%s" cy="%s" r="2"/>' % lonlat(73.4, lat))
    for lon, lat in ((71.8, -5.3), (72.2, -5.35), (71.9, -6.3), (72.4, -7.3)):
        lines.append('    <circle cx="%s" cy="%s" r="2.6"/>' % lonlat(lon, lat))
    for lon, lat in ((56.6, -10.4), (57.55, -20.25), (55.5, -4.6)):
        lines.append('    <circle cx="%s" cy="%s" r="3"/>' % lonlat(lon, lat))
    lines.append('  </g>')
    kx, ky = lonlat(77.5, 8.1)
    dx, dy = lonlat(72.4, -7.3)
    lines.append('  <line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#c1121f" stroke-width="1.5" '
                 'stroke-dasharray="5 4"/>' % (kx, ky, dx, dy))
    labels = [((74.5, 19.5), "INDIA", 14, "bold"), ((78.2, 7.2), "Kanyakumari", 10, "normal"),
              ((81.6, 6.2), "SRI LANKA", 10, "bold"), ((74.2, 3.2), "MALDIVES", 10, "bold"),
              ((73.1, -5.2), "CHAGOS ARCHIPELAGO", 11, "bold"), ((73.0, -7.6), "Diego Garcia", 10, "normal"),
              ((75.6, 0.4), "~1,800 km", 10, "normal"), ((57.4, -10.3), "AGALEGA", 10, "bold"),
              ((58.3, -20.2), "MAURITIUS", 10, "bold"), ((56.2, -4.4), "SEYCHELLES", 10, "bold"),
              ((62.5, -1.5), "INDIAN OCEAN", 16, "normal")]
    for (lon, lat), text, size, weight in labels:
        x, y = lonlat(lon, lat)
        lines.append('  <text x="%s" y="%s" font-size="%d" font-weight="%s" fill="#13315c">%s</text>'
                     % (x, y, size, weight, text))
    lines.append('  <text x="592" y="412" font-size="9" text-anchor="end" fill="#6c757d">'
                 'Not to scale. Map: The Coastline Herald</text>')
    lines.append('</svg>')
    return ("\n".join(lines) + "\n").encode("utf-8")


BADGE = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="18" height="18">'
         b'<path fill="#0c9d58" d="M4 5h16v14H4z"/><path fill="#fff" d="M6 8h7v2H6zm0 3h12v1.5H6zm0 3h12'
         b'v1.5H6z"/><circle cx="18" cy="8" r="2" fill="#fbbc04"/></svg>')


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
    def read(path):
        with open(path, "rb") as f:
            return f.read().rstrip(b"\n")
    html, css, xpost = read(HTML), read(CSS) + b"\n", read(XPOST)
    subject = TITLE.encode("ascii") if TITLE.isascii() else qp(TITLE.encode("utf-8"), header=True)
    out = bytearray()
    out += b"From: <Saved by Blink>\r\n"
    out += b"Snapshot-Content-Location: " + PAGE_URL.encode("ascii") + b"\r\n"
    out += b"Subject: " + subject + b"\r\n"
    out += b"Date: " + DATE.encode("ascii") + b"\r\n"
    out += b"MIME-Version: 1.0\r\n"
    out += b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
    out += b"\tboundary=\"" + BOUNDARY.encode("ascii") + b"\"\r\n\r\n"
    out += part("text/html", PAGE_URL, html, "quoted-printable", MAIN_ID)
    out += part("text/css", CSS_URL, css, "quoted-printable")
    out += part("image/svg+xml", BADGE_URL, BADGE, "quoted-printable")
    out += part("image/png", LEAD_URL, png(640, 360, lead_pixel), "base64")
    out += part("image/svg+xml", MAP_URL, map_svg(), "quoted-printable")
    out += part("text/html", XPOST_URL, xpost, "quoted-printable", XPOST_ID)
    out += part("image/png", AVATAR_URL, png(48, 48, avatar_pixel), "base64")
    out += ("\r\n--%s--\r\n" % BOUNDARY).encode("ascii")
    with open(OUT, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    main()
