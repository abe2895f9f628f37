#!/usr/bin/python3
"""Re-make docs/sagar-to-mahasagar-medium.mhtml from tools/sagar-to-mahasagar-medium.txt.

Run: /usr/bin/python3 tools/make_mhtml.py [output path]   (standard library only)

The file is what Microsoft Edge writes with "Save page as > Webpage, Single File (*.mhtml)" for a
free Medium story read by a visitor who is not signed in to Medium (Edge, like Chrome, uses
Blink's MHTML writer):
  - the header block: "From: <Saved by Blink>", Snapshot-Content-Location, the page title as an
    RFC 2047 Subject (Q-encoded UTF-8 because of the curly apostrophe, folded over several
    encoded words), a Date in UTC written with "-0000", MIME-Version and a folded
    multipart/related Content-Type with type="text/html" and a "----MultipartBoundary--...----"
    boundary; CRLF line ends throughout and two blank lines before the first part;
  - the main frame (text/html, quoted-printable, Content-ID <frame-...@mhtml.blink>): Medium's
    server-rendered React page as the DOM stood when it was saved, serialised by Blink (its own
    http-equiv Content-Type meta first in <head>, every <script> dropped; data-rh meta tags;
    fela STATIC, KEYFRAME and RULE style blocks of one- and two-letter atomic classes; the
    signed-out top bar with "Open in app", "Sign up", "Sign in", the Medium logo SVG, the search
    combobox and "Write"; the story in an <article>: the pw-post-title h1 and pw-subtitle h2,
    the byline (author photo, name, Follow, "Published in", read time, date), the clap /
    responses / bookmark / Listen / Share bar; the body as Medium marks it up, every element
    with a four-hex id and data-selectable-paragraph, paragraphs classed
    pw-post-body-paragraph, section headings as h1 and sub-headings as h2, ol and ul lists,
    strong and em runs, a blockquote, a pull quote and a figure whose <picture> offers webp and
    png srcsets, with a figcaption; the tag pills, the second clap bar, the publication and
    author cards, "Responses (6)" with the reply box and two responses, "More from ...", the
    signed-out upsell ("Sign up to discover human stories...") and the footer links; the
    Google "Sign in with Google" one-tap iframe that Medium injects for signed-out readers,
    with its src rewritten to the cid: of its own frame part; and the shadow-root template a
    desktop grammar extension leaves at the end of <body>);
  - the site stylesheet (text/css), the author's and the publication's avatars (image/png,
    base64), the figure as the browser fetched it (image/webp: a lossless VP8L image written
    here with two-symbol prefix codes), and the one-tap iframe as its own frame (text/html);
    the closing boundary ends with "--".
Quoted-printable follows Blink's encoder: "=" and bytes outside printable ASCII become =XX (the
UTF-8 bytes of curly quotes, dashes, the rupee sign and the middle dot), a space or tab is
encoded only before a line end, soft line breaks ("=" CRLF) keep lines within 76 columns and may
cut words, entities and tags.
"""
import base64
import hashlib
import html
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sagar-to-mahasagar-medium.txt")
OUT = os.path.join(HERE, "..", "docs", "sagar-to-mahasagar-medium.mhtml")

POST_ID = "7c1e94b2d0a3"
SLUG = "from-sagar-to-mahasagar-ten-years-of-indias-indian-ocean-doctrine-and-where-iora-fits"
PAGE_URL = "https://medium.com/the-sea-lanes-digest/%s-%s" % (SLUG, POST_ID)
AUTHOR, HANDLE, USER_ID = "Rohan Menon", "rohanmenon.ir", "5b8e1c2a9f04"
PUB, PUB_SLUG = "The Sea Lanes Digest", "the-sea-lanes-digest"
CSS_URL = "https://glyph.medium.com/css/unbound.css"
AVATAR_URL = "https://miro.medium.com/v2/resize:fill:88:88/1*Xq3nB0cK2rGv7yJ1mU5pTw.png"
PUB_LOGO_URL = "https://miro.medium.com/v2/resize:fill:96:96/1*3FqXhZ1b8dY0pL2sWkT6Vg.png"
FIG_ID = "1*Rk7mZp0W2tVbQ9xN4sJc8A.png"
FIG_WEBP_URL = "https://miro.medium.com/v2/resize:fit:1400/format:webp/" + FIG_ID
ONETAP_URL = ("https://accounts.google.com/gsi/iframe/select?client_id=216296035834-k1k6qe060s2tp2a2jam4ljdcms00sttg"
              ".apps.googleusercontent.com&ux_mode=popup&ui_mode=card&as=kN3c%2BqLr8v1xT0a9sYw5Ug&channel_id="
              "4f0e2b9d61a7c35e8b2d90f1c6a4e7b3d5f8a1c0e9b7d2f4a6c8e0b1d3f5a7c9&origin=https%3A%2F%2Fmedium.com")
DATE = "Thu, 28 Aug 2025 16:52:07 -0000"
BOUNDARY = "----MultipartBoundary--Vn2cQ8xLr4KpT0wZ7hYb3MdJ6sEa9gFu1iNoXk5Ct----"
MAIN_ID = "<frame-9C2E47A1D03B58F6E1A7C4B92D0F6E35@mhtml.blink>"
ONETAP_ID = "<frame-41B8E0D27C6A93F5B0E4D1C8A72F93E6@mhtml.blink>"
MAX_LINE = 76
PREFIX, SUFFIX = b"=?utf-8?Q?", b"?="
SRC_PARAM = "source=post_page---byline--%s---------------------------------------" % POST_ID


# ---------------------------------------------------------------- encoders

def _line_end(data, i):
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
        reserve = 0 if last else 1
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


class Bits:
    def __init__(self):
        self.acc, self.n, self.out = 0, 0, bytearray()

    def put(self, value, nbits):
        self.acc |= value << self.n
        self.n += nbits
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def done(self):
        if self.n:
            self.out.append(self.acc & 0xFF)
        return bytes(self.out)


def webp_lossless(width, height, pixel, levels):
    """A VP8L image with no transforms and one simple prefix code per channel.

    levels maps a channel ("g", "r", "b", "a") to its one or two possible values; a pixel
    function returns (r, g, b). Two-symbol codes give each value a one-bit code, the lower
    symbol getting 0, so every pixel costs one bit per channel that varies."""
    bw = Bits()
    bw.put(0x2F, 8)
    bw.put(width - 1, 14)
    bw.put(height - 1, 14)
    bw.put(0, 1)            # alpha_is_used
    bw.put(0, 3)            # version
    bw.put(0, 1)            # no transform
    bw.put(0, 1)            # no colour cache
    bw.put(0, 1)            # no meta prefix codes
    for ch in ("g", "r", "b", "a", "dist"):
        vals = levels[ch]
        bw.put(1, 1)                        # simple code
        bw.put(len(vals) - 1, 1)
        first8 = 1 if vals[0] > 1 else 0
        bw.put(first8, 1)
        bw.put(vals[0], 8 if first8 else 1)
        if len(vals) == 2:
            bw.put(vals[1], 8)
    order = (("g", 1), ("r", 0), ("b", 2))
    for y in range(height):
        for x in range(width):
            rgb = pixel(x, y)
            for ch, idx in order:
                vals = levels[ch]
                if len(vals) == 2:
                    bw.put(0 if rgb[idx] == min(vals) else 1, 1)
    data = bw.done()
    chunk = b"VP8L" + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


SEA, LAND, MARK, RING = (190, 222, 245), (190, 222, 150), (232, 222, 150), (232, 222, 245)


def figure_pixel(x, y):
    """A schematic map: India's peninsula, Sri Lanka, the island states, radar rings, markers."""
    def inside(poly):
        c = False
        j = len(poly) - 1
        for i in range(len(poly)):
            xi, yi = poly[i]
            xj, yj = poly[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                c = not c
            j = i
        return c
    india = [(250, 0), (420, 0), (430, 40), (380, 70), (352, 150), (322, 205), (300, 186), (282, 120),
             (262, 70), (236, 40)]
    lanka = [(350, 205), (362, 214), (366, 236), (354, 246), (344, 230)]
    land = inside(india) or inside(lanka)
    for cx, cy, r in ((300, 250, 5), (302, 262, 4), (118, 250, 6), (92, 296, 7), (104, 212, 4),
                      (58, 180, 5)):
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            land = True
    for cx, cy in ((300, 256), (92, 296), (58, 180), (352, 226), (118, 250), (276, 36)):
        d = (x - cx) ** 2 + (y - cy) ** 2
        if d <= 9:
            return MARK if land else RING
        if 400 <= d <= 441:
            return RING if not land else MARK
    return LAND if land else SEA


def avatar_pixel(x, y):
    dx, dy = x - 44, y - 44
    if dx * dx + dy * dy > 44 * 44:
        return (255, 255, 255)
    if dx * dx + (dy + 10) ** 2 < 15 * 15:
        return (238, 205, 170)
    if dy > 12 and dx * dx + (dy - 40) ** 2 < 36 * 36:
        return (29, 53, 87)
    return (168, 218, 220)


def pub_pixel(x, y):
    if (y // 8) % 3 == 0 and 12 < y < 84:
        return (255, 255, 255)
    return (0, 80, 130)


# ---------------------------------------------------------------- page

def pid(*parts):
    return hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()[:4]


def inline(text):
    t = html.escape(text, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r'<strong class="nk gv">\1</strong>', t)
    t = re.sub(r"(?<![\w*])\*(.+?)\*(?![\w*])", r'<em class="nk">\1</em>', t)
    return t


P_FIRST = "pw-post-body-paragraph ni nj gu nk b nl pq nn no np pr nr ns nt ps nv nw nx pt nz oa ob pu od oe of fn bj"
P_NEXT = "pw-post-body-paragraph ni nj gu nk b nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of fn bj"
H1_CLS = "pv pw gu be px py pz qa qb qc qd qe qf qg qh qi qj qk ql qm qn qo qp qq qr qs bj"
H2_CLS = "qt pw gu be px qu qv qw qb qx qy qz qf ra rb rc qj rd re rf qn rg rh ri qr rj bj"
LI_OL = "ni nj gu nk b nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of rk rl rm bj"
LI_UL = "ni nj gu nk b nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of rn rl rm bj"


def article_body(lines):
    out, lst, after_head, n = [], None, True, 0
    for line in lines:
        n += 1
        m = re.match(r"^(#{1,2}|1\.|-|>|@pull|!fig)\s+(.*)$", line)
        kind, text = (m.group(1), m.group(2)) if m else ("p", line)
        if lst and kind not in (lst,):
            out.append("</%s>" % ("ol" if lst == "1." else "ul"))
            lst = None
        i = pid(str(n), text)
        if kind == "#":
            out.append('<h1 id="%s" class="%s" data-selectable-paragraph="">%s</h1>' % (i, H1_CLS, inline(text)))
            after_head = True
        elif kind == "##":
            out.append('<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>' % (i, H2_CLS, inline(text)))
            after_head = True
        elif kind in ("1.", "-"):
            if lst is None:
                out.append('<ol class="">' if kind == "1." else '<ul class="">')
                lst = kind
            out.append('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>'
                       % (i, LI_OL if kind == "1." else LI_UL, inline(text)))
            after_head = False
        elif kind == ">":
            out.append('<blockquote class="ro rp rq"><p id="%s" class="ni nj rr nk b nl nm nn no np nq nr ns nt nu nv '
                       'nw nx ny nz oa ob oc od oe of rs bj" data-selectable-paragraph="">%s</p></blockquote>'
                       % (i, inline(text)))
            after_head = False
        elif kind == "@pull":
            out.append('<blockquote class="rt"><p id="%s" class="ru rv gu be rw rx ry rz sa sb sc sd se sf sg sh si sj" '
                       'data-selectable-paragraph="">%s</p></blockquote>' % (i, inline(text)))
            after_head = False
        elif kind == "!fig":
            sizes = ("(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-pixel-ratio: 4) and "
                     "(max-width: 700px) 50vw, (min-resolution: 3dppx) and (max-width: 700px) 67vw, "
                     "(-webkit-min-device-pixel-ratio: 3) and (max-width: 700px) 65vw, (min-resolution: 2.5dppx) and "
                     "(max-width: 700px) 80vw, (-webkit-min-device-pixel-ratio: 2.5) and (max-width: 700px) 80vw, "
                     "(min-resolution: 2dppx) and (max-width: 700px) 100vw, (-webkit-min-device-pixel-ratio: 2) and "
                     "(max-width: 700px) 100vw, 700px")
            ws = (640, 720, 750, 786, 828, 1100, 1400)
            webp = ", ".join("https://miro.medium.com/v2/resize:fit:%d/format:webp/%s %dw" % (w, FIG_ID, w) for w in ws)
            pngs = ", ".join("https://miro.medium.com/v2/resize:fit:%d/%s %dw" % (w, FIG_ID, w) for w in ws)
            out.append('<figure class="sk sl sm sn so sp sq sr paragraph-image"><div role="button" tabindex="0" '
                       'class="ss st fj su bh sv"><div class="sq sr sw"><picture><source srcset="%s" sizes="%s" '
                       'type="image/webp"><source data-testid="og" srcset="%s" sizes="%s"><img alt="" '
                       'class="bh md sx c" width="700" height="394" loading="eager" role="presentation" '
                       'src="https://miro.medium.com/v2/resize:fit:700/%s"></picture></div></div>'
                       '<figcaption class="sy ff sz sq sr ta tb be b bf z du" data-selectable-paragraph="">%s'
                       '</figcaption></figure>' % (webp, sizes, pngs, sizes, FIG_ID, inline(text)))
            after_head = False
        else:
            out.append('<p id="%s" class="%s" data-selectable-paragraph="">%s</p>'
                       % (i, P_FIRST if after_head else P_NEXT, inline(text)))
            after_head = False
    if lst:
        out.append("</%s>" % ("ol" if lst == "1." else "ul"))
    return "".join(out)


SVG_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" viewBox="0 0 719 160" '
            'class="au av aw"><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39L89.6 103.89 48.81 8.021H1.472v1.666'
            'l.213.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.086 12.433-12.104 14.243l-.212.047v1.671h32.118v-'
            '1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972l53.925-126.743V140.75c-.68'
            '7 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-.05c-7.269-1.639-11.4-4.013-12.087-11.701l'
            '-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242m25.555 75.488c.915-20.474 8.268-35.252 20.606-35.507 3.806'
            '.063 6.998 1.312 9.479 3.714 5.272 5.118 7.751 15.812 7.368 31.793zm-.553 5.77h65.573v-.275c-.186-15.656-4.721-2'
            '7.834-13.466-36.196-7.559-7.227-18.751-11.203-30.507-11.203h-.263c-6.101 0-13.584 1.48-18.909 4.16-6.061 2.807-1'
            '1.407 7.003-15.855 12.511-7.161 8.874-11.499 20.866-12.554 34.343q-.05.606-.092 1.212a50 50 0 0 0-.065 1.151 85 '
            '85 0 0 0-.094 5.689C153.291 116.2 159.26 141.14 179.09 145.962c9.749 2.367 24.06.282 35.7-11.068l-.221-.345c-.35.'
            '227-.741.455-1.155.685-5.266 2.947-12.12 4.834-20.133 4.617-21.31-.581-33.115-16.862-31.764-49.859"></path></svg>')
SVG_SEARCH = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path '
              'fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0m6'
              '.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 8.05 0 0 0 11.042 3.01"'
              ' clip-rule="evenodd"></path></svg>')
SVG_WRITE = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" '
             'aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0zm-7-7H4v1h10zM3 '
             '4v16h1V4zm1 17h16v-1H4zm17-1V10h-1v10zm-1 1a1 1 0 0 0 1-1h-1zM3 20a1 1 0 0 0 1 1v-1zM4 3a1 1 0 0 0-1 1h1'
             'z"></path><path stroke="currentColor" d="m17.5 4.5-8.458 8.458a.25.25 0 0 0-.06.098l-.824 2.47a.25.25 0 0 '
             '0 .316.316l2.47-.823a.25.25 0 0 0 .098-.06L19.5 6.5m-2-2 2.323-2.323a.25.25 0 0 1 .354 0l1.646 1.646a.25.2'
             '5 0 0 1 0 .354L19.5 6.5m-2-2 2 2"></path></svg>')
SVG_CLAP = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" '
            'aria-label="clap"><path fill="currentColor" fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM13.916 '
            '3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a'
            '6 6 0 0 0 .407-.372c2.388-2.389 2.86-4.951 1.399-7.623l-.912-1.603-.79-1.672c-.26-.56-.194-.98.203-1.288a.'
            '7.7 0 0 1 .546-.132c.283.046.546.231.728.5l2.363 4.157c.976 1.624 1.141 4.237-1.324 6.702" '
            'clip-rule="evenodd"></path></svg>')
SVG_RESP = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" class="mb"><path d="M18.006 16.803c1.5'
            '33-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191'
            ' 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.4'
            '57-.287a.49.49 0 0 0-.035-.397c-.493-.968-.723-2.01-.636-2.992z"></path></svg>')
SVG_BOOKMARK = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" '
                'class="ms"><path fill="#000" d="M17.5 1.25a.5.5 0 0 1 1 0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 1-1 '
                '0v-2.5H15a.5.5 0 0 1 0-1h2.5zm-11 4.5a1 1 0 0 1 1-1H11a.5.5 0 0 0 0-1H7.5a2 2 0 0 0-2 2v14a.5.5 0 0 0 '
                '.8.4l5.7-4.4 5.7 4.4a.5.5 0 0 0 .8-.4v-8.5a.5.5 0 0 0-1 0v7.48l-5.2-4a.5.5 0 0 0-.6 0l-5.2 4z"></path>'
                '</svg>')
SVG_PLAY = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path '
            'fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 2 6.477 2 12s4'
            '.477 10 10 10 10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 1-.777-.416V8.934a.5.5 0 0 1 '
            '.777-.416l4.599 3.066a.5.5 0 0 1 0 .832" clip-rule="evenodd"></path></svg>')
SVG_SHARE = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path '
             'fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292'
             '.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h-.0'
             '2a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 .068.498m-.106.138.00'
             '8.004v-.01zM16 7.063h1.5a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-11c-1.1 0-2-.9-2-2v-10a2 2 0 0 1 2-2H8a.5.5 0 0 '
             '1 .35.15.5.5 0 0 1 .15.35.5.5 0 0 1-.15.35.5.5 0 0 1-.35.15H6.4c-.5 0-.9.4-.9.9v10.2a.9.9 0 0 0 .9.9h11.2'
             'c.5 0 .9-.4.9-.9v-10.2c0-.5-.4-.9-.9-.9H16a.5.5 0 0 1 0-1" clip-rule="evenodd"></path></svg>')

STATIC_CSS = ('html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}body{marg'
              'in:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);'
              'position:relative;min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, p'
              're, form{margin:0}menu, ol, ul{padding:0;list-style:none;list-style-image:none}main{display:block}a{colo'
              'r:inherit;text-decoration:none}a, button, input{-webkit-tap-highlight-color:transparent}img, svg{vertical'
              '-align:middle}button{background:transparent;overflow:visible}button, input, optgroup, select, textarea{m'
              'argin:0}:root{--reach-tabs:1;--reach-menu-button:1}#speechify-root{font-family:Sohne, sans-serif}div[dat'
              'a-popper-reference-hidden="true"]{visibility:hidden;pointer-events:none}.grecaptcha-badge{visibility:hid'
              'den}\n@media all and (max-width: 728px){}')
RULE_CSS = ('.a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, O'
            'xygen, Ubuntu, Cantarell, "Open Sans", "Helvetica Neue", sans-serif}.b{font-weight:400}.c{background-colo'
            'r:rgba(255, 255, 255, 1)}.l{display:block}.m{position:sticky}.n{top:0}.o{z-index:500}.p{padding:0 24px}.q'
            '{align-items:center}.r{border-bottom:solid 1px #F2F2F2}.s{height:41px}.t{line-height:20px}.u{display:flex'
            '}.ab{display:flex}.ae{flex:1 0 auto}.au{height:25px}.av{fill:rgba(36, 36, 36, 1)}.be{font-family:sohne, "'
            'Helvetica Neue", Helvetica, Arial, sans-serif}.bj{color:rgba(36, 36, 36, 1)}.du{color:rgba(107, 107, 107,'
            ' 1)}.gu{word-break:break-word}.gv{font-weight:700}.nk{font-family:source-serif-pro, Georgia, Cambria, "Ti'
            'mes New Roman", Times, serif}.nl{font-size:20px}.nm{line-height:32px}.pw{color:rgba(36, 36, 36, 1)}.px{fon'
            't-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}.rk{list-style-type:decimal}.rn{list-style-'
            'type:disc}.rl{margin-left:30px}.rm{padding-left:0px}.rr{font-style:italic}.ro{box-shadow:inset 3px 0 0 0 '
            '#242424}.rp{padding-left:23px}.rt{margin-top:53px}.ru{font-size:30px}.sx{width:100%}.du{color:rgba(107, 10'
            '7, 107, 1)}.h{display:none}.fd{border-radius:50%}')
RULE_CSS_SMALL = ('.ni{font-size:18px}.nm{line-height:28px}.pv{font-size:20px}.qt{font-size:16px}.ru{font-size:24px}'
                  '.h{display:block}.k{display:none}')

SITE_CSS = ('@font-face { font-family: sohne; font-weight: 400; font-style: normal; font-display: swap; src: url("http'
            's://glyph.medium.com/font/9b4b0d5/0-5j9eeq-8/sohne-400-normal.woff2") format("woff2"); }\n@font-face { fon'
            't-family: sohne; font-weight: 500; font-style: normal; font-display: swap; src: url("https://glyph.medium'
            '.com/font/9b4b0d5/0-5j9eeq-8/sohne-500-normal.woff2") format("woff2"); }\n@font-face { font-family: sourc'
            'e-serif-pro; font-weight: 400; font-style: normal; font-display: swap; src: url("https://glyph.medium.com'
            '/font/9b4b0d5/0-5j9eeq-8/source-serif-pro-400-normal.woff2") format("woff2"); }\n@font-face { font-family'
            ': source-serif-pro; font-weight: 700; font-style: normal; font-display: swap; src: url("https://glyph.med'
            'ium.com/font/9b4b0d5/0-5j9eeq-8/source-serif-pro-700-normal.woff2") format("woff2"); }\n@font-face { font'
            '-family: source-serif-pro; font-weight: 400; font-style: italic; font-display: swap; src: url("https://gl'
            'yph.medium.com/font/9b4b0d5/0-5j9eeq-8/source-serif-pro-400-italic.woff2") format("woff2"); }\n@font-face'
            ' { font-family: gt-super; font-weight: 400; font-style: normal; font-display: swap; src: url("https://gly'
            'ph.medium.com/font/9b4b0d5/0-5j9eeq-8/gt-super-400-normal.woff2") format("woff2"); }\n')

ONETAP_HTML = ('<!DOCTYPE html><html lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; '
               'charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in with '
               'Google</title><style nonce="">body{margin:0;font-family:"Google Sans",Roboto,Arial,sans-serif}#picker'
               '{border:1px solid #dadce0;border-radius:8px;padding:16px 20px;width:350px}.title{font-size:16px;color:'
               '#202124}.sub{font-size:14px;color:#5f6368;margin:12px 0}button{background:#1a73e8;color:#fff;border:0;'
               'border-radius:4px;padding:9px 24px;font-size:14px}</style></head><body><div id="picker" role="dialog" '
               'aria-modal="true"><div class="title">Sign in to medium.com with google.com</div><div class="sub">No '
               'more passwords to remember. Signing in is fast, simple and secure.</div><button type="button" '
               'id="continue-as">Continue</button></div></body></html>')


def page(body_html, title, subtitle):
    full_title = "%s | by %s | %s | Aug, 2025 | Medium" % (title, AUTHOR, PUB)
    desc = subtitle
    esc = lambda s: html.escape(s, quote=True)
    head = [
        '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<title>%s</title>' % html.escape(full_title, quote=False),
        '<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">',
        '<meta data-rh="true" name="theme-color" content="#000000">',
        '<meta data-rh="true" name="twitter:app:name:iphone" content="Medium">',
        '<meta data-rh="true" name="twitter:app:id:iphone" content="828256236">',
        '<meta data-rh="true" property="al:ios:app_name" content="Medium">',
        '<meta data-rh="true" property="al:ios:app_store_id" content="828256236">',
        '<meta data-rh="true" property="al:android:package" content="com.medium.reader">',
        '<meta data-rh="true" property="fb:app_id" content="542599432471018">',
        '<meta data-rh="true" property="og:site_name" content="Medium">',
        '<meta data-rh="true" property="og:type" content="article">',
        '<meta data-rh="true" property="article:published_time" content="2025-08-18T03:41:26.904Z">',
        '<meta data-rh="true" name="title" content="%s">' % esc(full_title),
        '<meta data-rh="true" property="og:title" content="%s">' % esc(title),
        '<meta data-rh="true" property="al:android:url" content="medium://p/%s">' % POST_ID,
        '<meta data-rh="true" property="al:ios:url" content="medium://p/%s">' % POST_ID,
        '<meta data-rh="true" property="al:android:app_name" content="Medium">',
        '<meta data-rh="true" name="description" content="%s">' % esc(desc),
        '<meta data-rh="true" property="og:description" content="%s">' % esc(desc),
        '<meta data-rh="true" property="og:url" content="%s">' % PAGE_URL,
        '<meta data-rh="true" property="al:web:url" content="%s">' % PAGE_URL,
        '<meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/%s">' % FIG_ID,
        '<meta data-rh="true" property="article:author" content="https://medium.com/@%s">' % HANDLE,
        '<meta data-rh="true" name="author" content="%s">' % AUTHOR,
        '<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">',
        '<meta data-rh="true" name="referrer" content="unsafe-url">',
        '<meta data-rh="true" property="twitter:title" content="%s">' % esc(title),
        '<meta data-rh="true" name="twitter:site" content="@Medium">',
        '<meta data-rh="true" name="twitter:app:url:iphone" content="medium://p/%s">' % POST_ID,
        '<meta data-rh="true" property="twitter:description" content="%s">' % esc(desc),
        '<meta data-rh="true" name="twitter:image:src" content="https://miro.medium.com/v2/resize:fit:1200/%s">' % FIG_ID,
        '<meta data-rh="true" name="twitter:card" content="summary_large_image">',
        '<meta data-rh="true" name="twitter:creator" content="@rohanmenon_ir">',
        '<meta data-rh="true" name="twitter:label1" content="Reading time">',
        '<meta data-rh="true" name="twitter:data1" content="9 min read">',
        '<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/resize:fill:256:256/1*VzTUkfeGymHP4Bvav-T-lA.png">',
        '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml">',
        '<link data-rh="true" rel="apple-touch-icon" sizes="152x152" href="https://miro.medium.com/v2/resize:fill:304:304/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156">',
        '<link data-rh="true" rel="author" href="https://medium.com/@%s">' % HANDLE,
        '<link data-rh="true" rel="canonical" href="%s">' % PAGE_URL,
        '<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s">' % POST_ID,
        '<link rel="stylesheet" type="text/css" href="%s">' % CSS_URL,
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="STATIC">%s</style>' % STATIC_CSS,
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="KEYFRAME">@keyframes k1{0%{opacity:0.8}'
        '50%{opacity:0.5}100%{opacity:0.8}}</style>',
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="RULE">%s</style>' % RULE_CSS,
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="RULE" media="all and (max-width: 551.98px)">'
        '%s</style>' % RULE_CSS_SMALL,
        '</head>']
    signin = ("https://medium.com/m/signin?operation=login&amp;redirect=%s&amp;source=post_page---top_nav_layout_nav-"
              "----------------------global_nav------------------" % PAGE_URL.replace(":", "%3A").replace("/", "%2F"))
    signup = signin.replace("operation=login", "operation=register")

    def auth_buttons():
        return ('<div class="ab q"><p class="be b dw dx dy dz ea eb ec ed ee ef du"><span><a class="be b dw dx eg dy dz '
                'eh ea eb ei ej ec ek el em en eo ep eq er es et eu ev ew ex ey ez fa fb fc bm fd fe" '
                'data-testid="headerSignUpButton" href="%s" rel="noopener follow">Sign up</a></span></p><div class="ax l">'
                '<p class="be b dw dx dy dz ea eb ec ed ee ef du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as '
                'at" data-testid="headerSignInButton" href="%s" rel="noopener follow">Sign in</a></span></p></div></div>'
                % (signup, signin))

    top = [
        '<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>',
        '<div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z">',
        '<a class="du ah dv bf al b an ao ap aq ar as at au s u bj" href="https://rsci.app.link/?%%24canonical_url='
        'https%%3A%%2F%%2Fmedium.com%%2Fp%%2F%s&amp;%%7Efeature=LoOpenInAppButton&amp;%%7Echannel=ShowPostUnderCollection'
        '&amp;%%7Estage=mobileNavBar&amp;source=post_page-----%s---------------------------------------" '
        'rel="noopener follow">Open in app</a>' % (POST_ID, POST_ID),
        auth_buttons(), '</div>',
        '<div class="p q r ab ac"><div class="ab q ae"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab" '
        'aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_layo'
        'ut_nav-----------------------------------------" rel="noopener follow">%s</a>' % SVG_LOGO,
        '<div class="ax h"><div class="ab ay az ba bb q bc bd"><div class="bm" aria-hidden="false" '
        'aria-describedby="searchResults" aria-labelledby="searchResults"></div><div class="bn bo ab">%s</div>'
        '<input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" '
        'data-testid="headerSearchInput" tabindex="0" class="ay be bf bg z bh bi bj bk bl bm bn bo bp bq" '
        'placeholder="Search" value=""></div></div></div>' % SVG_SEARCH,
        '<div class="h k w fg fh"><div class="fi ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" '
        'data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=https%%3A%%2F'
        '%%2Fmedium.com%%2Fnew-story&amp;source=---top_nav_layout_nav-----------------------new_post_topnav---------'
        '---------" rel="noopener follow"><div class="be b bf z du fj fk ab q fl fm">%s<div class="dv l">Write</div>'
        '</div></a></div></div>' % SVG_WRITE,
        '<div class="fi h k j">%s</div></div></div></div>' % auth_buttons(),
    ]
    byline = (
        '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ih ii ij ik il ab"><div>'
        '<div class="ab im"><div><div class="bm" aria-hidden="false"><a href="https://medium.com/@%s?%s" '
        'rel="noopener follow"><div class="l in io by ip iq"><div class="l fj"><img alt="%s" class="l fd by dd de cx" '
        'src="%s" width="44" height="44" loading="lazy" data-testid="authorPhoto"><div class="ir by l dd de fs n is '
        'ft"></div></div></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1">'
        '<span class="be b bf z bj"><div class="it ab q"><div class="ab q iu"><div class="ab q"><div><div class="bm" '
        'aria-hidden="false"><p class="be b iv iw bj"><a class="af ag ah ai aj ak al am an ao ap aq ar ix" '
        'data-testid="authorName" href="https://medium.com/@%s?%s" rel="noopener follow">%s</a></p></div></div></div>'
        '<span class="iy iz" aria-hidden="true"><span class="be b bf z du">·</span></span><p class="be b iv iw du">'
        '<span><a class="ja jb ah ai aj ak al am an ao ap aq ar ez jc jd" href="https://medium.com/m/signin?actionUrl='
        'https%%3A%%2F%%2Fmedium.com%%2F_%%2Fsubscribe%%2Fuser%%2F%s&amp;operation=register&amp;redirect=%s&amp;user='
        'Rohan+Menon&amp;userId=%s&amp;source=post_page-%s--byline--%s---------------------post_header-----------'
        '-------" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l je">'
        '<span class="be b bf z du"><div class="ab cn jf jg jh"><div class="ji jj ab"><div class="be b bf z du ab jk">'
        '<span class="jl l je">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj '
        'ak al am an ao ap aq ar ix ab q" data-testid="publicationName" href="https://medium.com/%s?%s" '
        'rel="noopener follow"><p class="be b bf z jm jn jo jp jq jr js jt bj">%s</p></a></div></div></div>'
        '<div class="h k"><span class="iy iz" aria-hidden="true"><span class="be b bf z du">·</span></span></div>'
        '</div><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">9 min read</span>'
        '<div class="ju jv l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·'
        '</span></span></div><span data-testid="storyPublishDate">Aug 18, 2025</span></div></span></div></span>'
        '</div></div></div></div></div>'
        % (HANDLE, SRC_PARAM, AUTHOR, AVATAR_URL, HANDLE, SRC_PARAM, AUTHOR, USER_ID,
           PAGE_URL.replace(":", "%3A").replace("/", "%2F"), USER_ID, USER_ID, POST_ID, PUB_SLUG, SRC_PARAM, PUB))

    def action_bar(where, claps="312", responses="6"):
        return (
            '<div class="ab cp jw jx jy jz ka kb kc kd ke kf kg kh ki kj kk kl"><div class="h k w fg fh q">'
            '<div class="lb l"><div class="ab q lc ld"><div class="pw-multi-vote-icon fj je le lf lg"><div class="">'
            '<div class="lh li lj lk ll lm ln am lo lp lq lg">%s</div></div></div><div class="pw-multi-vote-count l lr '
            'ls lt lu lv lw lx"><p class="be b dw z du"><span class="li">%s</span></p></div></div></div><div class="bq '
            'ab"><div><div class="bm" aria-hidden="false"><button class="ao lh mb mc ab q fk md me" '
            'aria-label="responses">%s<p class="be b dw z du"><span class="pw-responses-count ma mb">%s</span></p>'
            '</button></div></div></div></div><div class="ab q km kn ko kp kq kr ks kt ku kv kw kx ky kz la">'
            '<div class="h k"><div><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" '
            'aria-expanded="false" aria-label="Add to list bookmark button" data-testid="%sBookmarkButton" class="af fk '
            'ah ai aj ak al mg an ao ap ix mh mi mj" disabled="">%s</button></div></div></div>%s</div></div>'
            % (SVG_CLAP, claps, SVG_RESP, responses, where, SVG_BOOKMARK,
               ('<div class="fd mk cn"><div class="l ae"><div class="ab cb"><div class="ml mm mn mo mp mq ci bh"><div '
                'class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button '
                'aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al mg an ao ap ix mr ms me '
                'mt mu mv mw mx s my mz na nb nc nd ne u nf ng nh"><div class="ab q">%s<div class="j i d"><p class="be '
                'b bf z du">Listen</p></div></div></button></div></div></div></div></div></div></div></div><div '
                'class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSoc'
                'ialMenu"><div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" '
                'aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af fk ah '
                'ai aj ak al mg an ao ap ix mr ms me mt mu mv mw mx s my mz na nb nc nd ne u nf ng nh">%s<div class="j '
                'i d"><p class="be b bf z du">Share</p></div></button></div></div></div>' % (SVG_PLAY, SVG_SHARE))
               if where == "header" else ""))

    tags = ["Upsc", "Indian Ocean", "Foreign Policy", "Geopolitics", "India"]
    tag_html = '<div class="tc td te tf tg th ti"><div class="tj ab tk tl">%s</div></div>' % "".join(
        '<div class="tm tn l"><a class="to tp bf tq tr ts tt du" href="https://medium.com/tag/%s?%s" '
        'rel="noopener follow"><div class="tu ab">%s</div></a></div>'
        % (t.lower().replace(" ", "-"), SRC_PARAM.replace("byline", "post_tags"), t) for t in tags)

    def card(title, sub, date, claps):
        return ('<div class="uf ug uh ui uj l"><div class="uk ab ul um"><a class="af ag ah ai aj ak al am an ao ap aq '
                'ar as at" href="https://medium.com/%s/%s?source=post_page---author_recirc--%s----0------------------'
                '---------------------" rel="noopener follow"><div class="un ab q"><p class="be b iv iw bj">%s</p>'
                '<div class="uo l"><span class="be b dw z du">in</span></div><p class="be b iv iw bj">%s</p></div><h2 '
                'class="be gv up uq ur us ut uu uv bj">%s</h2><div class="uw l"><h3 class="be b iv z du">%s</h3></div>'
                '<div class="ux ab q"><span class="be b dw z du">%s</span><div class="uy l"><span class="be b dw z '
                'du">%s</span></div></div></a></div></div>'
                % (PUB_SLUG, pid(title), POST_ID, AUTHOR, PUB, html.escape(title, quote=False),
                   html.escape(sub, quote=False), date, claps))

    footer_links = ["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Rules", "Terms",
                    "Text to speech"]
    after = [
        '</section></div></div></article></div>',
        '<div class="l"><div class="vl vm vn vo vp">', tag_html, action_bar("footer"), '</div></div>',
        # publication card
        '<div class="l vq vr vs"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="vt vu ab je">'
        '<a href="https://medium.com/%s?%s" rel="noopener follow"><div class="l vv vw by vx"><img alt="%s" '
        'class="vx by vw vv" src="%s" width="48" height="48" loading="lazy"></div></a><div class="ab"><div class="vy '
        'vz wa"><h2 class="be gv wb wc wd we wf wg bj"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" '
        'href="https://medium.com/%s?%s" rel="noopener follow">Published in %s</a></h2><div class="wh l"><span '
        'class="be b bf z du">1.2K followers</span><span class="be b bf z du"> · </span><span class="be b bf z du">'
        'Last published 2 days ago</span></div><p class="be b bf z bj">Notes on India’s neighbourhood, oceans and '
        'security for civil services aspirants.</p></div><div class="wi wj l"><a class="ja jb ah ai aj ak al am an '
        'ao ap aq ar ez jc jd" href="https://medium.com/m/signin?operation=register&amp;collection=%s" '
        'rel="noopener follow">Follow</a></div></div></div>'
        % (PUB_SLUG, SRC_PARAM, PUB, PUB_LOGO_URL, PUB_SLUG, SRC_PARAM, PUB, PUB.replace(" ", "+")),
        # author card
        '<div class="vt vu ab je"><a href="https://medium.com/@%s?%s" rel="noopener follow"><div class="l vv vw by '
        'vx"><img alt="%s" class="l fd by vv vw cx" src="%s" width="48" height="48" loading="lazy"></div></a><div '
        'class="ab"><div class="vy vz wa"><h2 class="be gv wb wc wd we wf wg bj"><a class="af ag ah ai aj ak al am '
        'an ao ap aq ar as at" href="https://medium.com/@%s?%s" rel="noopener follow">Written by %s</a></h2><div '
        'class="wh l"><span class="be b bf z du">412 followers</span><span class="be b bf z du"> · </span><span '
        'class="be b bf z du">38 following</span></div><p class="be b bf z bj">IR and security notes for UPSC. '
        'Ex-merchant navy. Views my own.</p></div><div class="wi wj l"><a class="ja jb ah ai aj ak al am an ao ap aq '
        'ar ez jc jd" href="https://medium.com/m/signin?operation=register&amp;user=Rohan+Menon&amp;userId=%s" '
        'rel="noopener follow">Follow</a></div></div></div></div></div></div>'
        % (HANDLE, SRC_PARAM, AUTHOR, AVATAR_URL, HANDLE, SRC_PARAM, AUTHOR, USER_ID),
        # responses
        '<div class="l wk"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="wl ab"><h2 class="be gv wm '
        'wn wo wp bj">Responses (6)</h2></div><div class="wq l"><div class="wr ab q"><div class="ws l"><textarea '
        'aria-label="What are your thoughts?" class="wt wu wv ww" placeholder="What are your thoughts?" '
        'disabled=""></textarea></div></div></div>',
        '<div class="wx l"><div class="wy ab q"><p class="be b bf z bj">Tanvi Deshpande</p><p class="be b dw z du">'
        'Aug 19, 2025</p></div><pre class="wz xa xb xc xd"><p class="be b xe z bj">Very useful, bookmarked for GS2. '
        'Could you do the Colombo Security Conclave as a separate post?</p></pre><div class="xf ab q"><span '
        'class="be b dw z du">14</span><span class="be b dw z du">1 reply</span><span class="be b dw z du">Reply'
        '</span></div></div>',
        '<div class="wx l"><div class="wy ab q"><p class="be b bf z bj">Arjun K</p><p class="be b dw z du">Aug 21, '
        '2025</p></div><pre class="wz xa xb xc xd"><p class="be b xe z bj">bhai IORA ka chair 2025-27 mein India ke paas '
        'hai na? mains 2026 ke liye pakka padhna padega</p></pre><div class="xf ab q"><span class="be b dw z du">'
        '9</span><span class="be b dw z du">Reply</span></div></div>',
        '<div class="xg l"><button class="be b bf z bj xh xi">See all responses</button></div></div></div></div>',
        # more from
        '<div class="l xj"><div class="ab cb"><div class="ci bh fz ga gb gc"><h2 class="be gv xk xl bj">More from %s '
        'and %s</h2><div class="xm ab">' % (AUTHOR, PUB),
        card("String of Pearls, Port by Port: What China Built and What India Did",
             "A revision map of the ports for GS2 and GS3", "Aug 25, 2025", "198"),
        card("Chabahar’s Ten-Year Deal, Explained for Prelims",
             "What India signed with Iran in May 2024", "May 16, 2024", "245"),
        '</div><div class="xn ab"><a class="be b bf z bj xo" href="https://medium.com/@%s?%s" rel="noopener follow">'
        'See all from %s</a><a class="be b bf z bj xo" href="https://medium.com/%s?%s" rel="noopener follow">See all '
        'from %s</a></div></div></div></div>' % (HANDLE, SRC_PARAM, AUTHOR, PUB_SLUG, SRC_PARAM, PUB),
        # signed-out upsell
        '<div class="l xp"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="xq ab xr"><h2 class="be gv '
        'xs xt bj">Sign up to discover human stories that deepen your understanding of the world.</h2><div class="xu '
        'ab"><div class="xv l"><h3 class="be gv xw bj">Free</h3><p class="be b bf z bj">Distraction-free reading. No '
        'ads.</p><p class="be b bf z bj">Organize your knowledge with lists and highlights.</p><p class="be b bf z '
        'bj">Tell your story. Find your audience.</p><a class="be b bf z xx xy" href="%s" rel="noopener follow">Sign '
        'up for free</a></div><div class="xv l"><h3 class="be gv xw bj">Membership</h3><p class="be b bf z bj">Read '
        'member-only stories</p><p class="be b bf z bj">Support writers you read most</p><p class="be b bf z bj">Earn '
        'money for your writing</p><p class="be b bf z bj">Listen to audio narrations</p><p class="be b bf z bj">Read '
        'offline with the Medium app</p><a class="be b bf z xx xz" href="https://medium.com/plans?%s" rel="noopener '
        'follow">Try for $5/month</a></div></div></div></div></div></div>' % (signup, SRC_PARAM),
        # footer
        '<div class="ya yb l"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="yc ab yd">%s</div></div>'
        '</div></div>' % "".join(
            '<a class="be b dw z du ye" href="https://%s" rel="noopener follow">%s</a>'
            % ({"Help": "help.medium.com/hc/en-us", "Status": "medium.statuspage.io/", "About": "medium.com/about",
                "Careers": "medium.com/jobs-at-medium/work-at-medium-959d1a85284e", "Press": "pressinquiries@medium.com",
                "Blog": "blog.medium.com/", "Privacy": "policy.medium.com/medium-privacy-policy-f03bf92035c9",
                "Rules": "policy.medium.com/medium-rules-30e5502c4eb4",
                "Terms": "policy.medium.com/medium-terms-of-service-9db0094a1e0f",
                "Text to speech": "speechify.com/medium"}[f], f) for f in footer_links),
        '</div></div></div>',
        # Google one-tap, injected for signed-out readers
        '<div id="credential_picker_container" style="position: fixed; top: 20px; right: 20px; z-index: 2147483647;">'
        '<iframe src="cid:%s" title="Sign in with Google Dialog" style="height: 200px; width: 391px; overflow: '
        'hidden;" id="gsi_771042_512385"></iframe></div>' % ONETAP_ID[1:-1],
        '<grammarly-desktop-integration data-grammarly-shadow-root="true"><template shadowmode="open"><style>div.gram'
        'marly-desktop-integration{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:'
        'rect(0,0,0,0);white-space:nowrap;border:0;user-select:none}</style><div aria-label="grammarly-integration" '
        'role="group" tabindex="-1" class="grammarly-desktop-integration" data-content="{&quot;mode&quot;:&quot;full'
        '&quot;,&quot;isActive&quot;:true,&quot;isUserDisabled&quot;:false}"></div></template>'
        '</grammarly-desktop-integration></body></html>',
    ]
    article_top = [
        '<div class="l"><div class="fu fv fw fx fy l"><div class="ab cb"><div class="ci bh fz ga gb gc"></div></div>'
        '<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fs gi gj gk gl gm">'
        '</div><div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh fz ga gb gc">',
        '<div><h1 id="%s" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho '
        'hp hq bj" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
        % (pid("title", title), html.escape(title, quote=False)),
        '<div><h2 id="%s" class="pw-subtitle-paragraph hr gt gu be b hs ht hu hv hw hx hy hz ia ib ic id ie if ig cq '
        'du" data-selectable-paragraph="">%s</h2><div>' % (pid("subtitle", subtitle), html.escape(subtitle, quote=False)),
        byline, action_bar("header"), '</div></div>',
        body_html,
        '</div></div></div></div>',
    ]
    return "".join(head + top + article_top + after)


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
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    title = lines[0][len("@title "):]
    subtitle = lines[1][len("@subtitle "):]
    doc = page(article_body(lines[2:]), title, subtitle)
    full_title = "%s | by %s | %s | Aug, 2025 | Medium" % (title, AUTHOR, PUB)
    subject = full_title.encode("ascii") if full_title.isascii() else qp(full_title.encode("utf-8"), header=True)
    levels = {"g": [222], "r": [190, 232], "b": [150, 245], "a": [255], "dist": [0]}
    out = bytearray()
    out += b"From: <Saved by Blink>\r\n"
    out += b"Snapshot-Content-Location: " + PAGE_URL.encode("ascii") + b"\r\n"
    out += b"Subject: " + subject + b"\r\n"
    out += b"Date: " + DATE.encode("ascii") + b"\r\n"
    out += b"MIME-Version: 1.0\r\n"
    out += b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
    out += b"\tboundary=\"" + BOUNDARY.encode("ascii") + b"\"\r\n\r\n"
    out += part("text/html", PAGE_URL, doc.encode("utf-8"), "quoted-printable", MAIN_ID)
    out += part("text/css", CSS_URL, SITE_CSS.encode("utf-8"), "quoted-printable")
    out += part("image/png", AVATAR_URL, png(88, 88, avatar_pixel), "base64")
    out += part("image/webp", FIG_WEBP_URL, webp_lossless(560, 315, figure_pixel, levels), "base64")
    out += part("image/png", PUB_LOGO_URL, png(96, 96, pub_pixel), "base64")
    out += part("text/html", ONETAP_URL, ONETAP_HTML.encode("utf-8"), "quoted-printable", ONETAP_ID)
    out += ("\r\n--%s--\r\n" % BOUNDARY).encode("ascii")
    with open(out_path, "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    main()
