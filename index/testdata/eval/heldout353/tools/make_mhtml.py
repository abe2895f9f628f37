#!/usr/bin/python3
"""Re-make docs/pm-svanidhi-2030-epaper-article.mhtml from tools/pm-svanidhi-2030-epaper-article.txt.

The document is an e-paper reader page ("The Indian Ledger", New Delhi edition of Thursday
28 August 2025, page 9, with the article opened in the reader's text view) saved by Chrome as
"Webpage, Single File": a multipart/related MIME archive as Blink writes it (the "Saved by Blink"
header, an RFC 2047 Subject, the serialized DOM as quoted-printable HTML with scripts dropped and
the charset meta replaced, a cid: stylesheet for the inline style, the reader's stylesheet, an SVG
logo as quoted-printable and the loaded page thumbnails and crops as base64 PNGs). Deterministic:
fixed date, boundary, ids and images. Standard library only.
Run: /usr/bin/python3 tools/make_mhtml.py [output path]
"""
import base64
import html
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pm-svanidhi-2030-epaper-article.txt")
OUT = os.path.join(HERE, "..", "docs", "pm-svanidhi-2030-epaper-article.mhtml")

SITE = "https://epaper.indianledger.in"
PAGE_URL = SITE + "/new-delhi/2025-08-28/9/article/ILD-ND-20250828-09-0031"
TITLE = "The Indian Ledger ePaper | New Delhi | 28 Aug 2025 | Page 9 \u2013 Nation"
DATE = "Thu, 28 Aug 2025 07:42:19 +0530"
BOUNDARY = "----MultipartBoundary--Qe7LbN2xW0pTfVh4rKc9sJm1YdGu8Az3oPiXnE5Rt6----"
FRAME_ID = "<frame-9C4E21F07B3AD5186E0F2C94B7D1A6E3@mhtml.blink>"
CSS_CID = "cid:css-4f1d8b26-93ac-4e07-b5d2-7a0c61e9f384@mhtml.blink"
CSS_URL = SITE + "/static/css/reader.8c1f2e07.css"
LOGO_URL = SITE + "/static/img/logo-ledger.svg"
CDN = "https://cdn-epaper.indianledger.in/nd/2025/08/28"

PAGES = ["Front Page", "Delhi", "Delhi", "Delhi", "Nation", "Nation", "States", "Editorial",
         "Nation", "Opinion", "Nation", "World", "Business", "Business", "Sports", "Sports"]
LOADED = 10  # thumbnails 1-10 had loaded when the page was saved; the rest are lazy placeholders
BLANK_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


# ---------------------------------------------------------------- Blink's quoted-printable
def qp_encode(data, is_header=False):
    """Port of blink::QuotedPrintableEncode (mhtml_archive.cc)."""
    prefix, suffix = b"=?utf-8?Q?", b"?="
    out = bytearray()
    if is_header:
        out += prefix
    line = 0
    n = len(data)
    i = 0

    def eol_at(k):
        if k >= n:
            return 0
        if data[k] == 0x0A:
            return 1
        if data[k] == 0x0D:
            return 2 if k + 1 < n and data[k + 1] == 0x0A else 1
        return 0

    while i < n:
        last = i == n - 1
        c = data[i]
        enc = (c < 0x20 or c > 0x7E or c == 0x3D) and c != 0x09
        if not enc and c in (0x09, 0x20):
            enc = True if is_header else (last or eol_at(i + 1) > 0)
        if not last:
            le = eol_at(i)
            if le:
                out += b"\r\n"
                line = 0
                i += le
                continue
        width = 3 if enc else 1
        if not last:
            width += 1
        maxlen = 76 - (12 if is_header else 0)
        if line + width > maxlen:
            if is_header:
                out += suffix + b"\r\n "
            else:
                out += b"=\r\n"
            line = 0
            if is_header:
                out += prefix
        if enc:
            out += b"=%02X" % c
            line += 3
        else:
            out.append(c)
            line += 1
        i += 1
    if is_header:
        out += suffix
    return bytes(out)


def subject(text):
    if all(0x20 <= ord(ch) <= 0x7E for ch in text):
        return text.encode("ascii")
    return qp_encode(text.encode("utf-8"), is_header=True)


def part(ctype, location, body, encoding, content_id=None):
    head = "\r\n--" + BOUNDARY + "\r\nContent-Type: " + ctype + "\r\n"
    if content_id:
        head += "Content-ID: " + content_id + "\r\n"
    head += "Content-Transfer-Encoding: " + encoding + "\r\n"
    head += "Content-Location: " + location + "\r\n\r\n"
    if encoding == "quoted-printable":
        payload = qp_encode(body)
    else:
        b = base64.b64encode(body)
        payload = b"".join(b[k:k + 76] + b"\r\n" for k in range(0, len(b), 76))
    return head.encode("ascii") + payload


# ---------------------------------------------------------------- tiny deterministic PNGs
def png(width, height, rows):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def page_png(no, width, height):
    """A newspaper page in grey: masthead or folio strip, headline bars, column text lines."""
    rows = []
    cols = 5 if no != 8 else 4
    margin = max(2, width // 30)
    colw = (width - 2 * margin) // cols
    top = height // 7 if no == 1 else height // 22
    for y in range(height):
        row = []
        for x in range(width):
            v = 250
            if y < top and margin <= x < width - margin:
                v = 40 if no == 1 and y > top // 4 else (120 if y % 3 else 250)
            elif top + 2 <= y < top + 2 + height // 18 and margin <= x < width * 3 // 4:
                v = 70 if (y - top) % 5 < 3 else 250
            else:
                cx = (x - margin) % colw if x >= margin else 0
                seed = (no * 131 + (y // 3) * 17 + ((x - margin) // max(colw, 1)) * 7) % 23
                if margin <= x < width - margin and 1 < cx < colw - 1 and y % 3 != 0 and y < height - margin:
                    if seed in (3, 11) and cx < colw * 2 // 3:
                        v = 250
                    elif (no + seed) % 9 == 0 and y % 40 < 20:
                        v = 150
                    else:
                        v = 165
            row.append(v)
        rows.append(row)
    return png(width, height, rows)


def photo_png(width, height):
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            v = 60 + (x * 3 + y * 2) % 120
            if (x - width // 2) ** 2 + (y - height // 2) ** 2 < (height // 3) ** 2:
                v = 200 - (x + y) % 60
            row.append(v)
        rows.append(row)
    return png(width, height, rows)


LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="176" height="28" viewBox="0 0 176 28">
  <title>The Indian Ledger</title>
  <rect width="28" height="28" rx="3" fill="#b3121b"/>
  <path d="M8 6h4v13h8v3H8z" fill="#fff"/>
  <text x="36" y="20" font-family="Georgia, 'Times New Roman', serif" font-size="17" font-weight="700" fill="#111">The Indian Ledger</text>
</svg>
"""

INLINE_CSS = """@charset "utf-8";

:root { --brand: #b3121b; --ink: #1b1b1b; --paper: #f4f1ea; --toolbar-h: 52px; --thumbs-w: 112px; }

html, body { margin: 0px; padding: 0px; height: 100%; }

body.modal-open { overflow: hidden; }"""

READER_CSS = """@charset "utf-8";

.app { display: flex; flex-direction: column; min-height: 100vh; background: var(--paper); color: var(--ink); font-family: "Noto Sans", Arial, sans-serif; }

.tb { position: sticky; top: 0px; z-index: 30; display: flex; align-items: center; gap: 12px; height: var(--toolbar-h); padding: 0px 16px; background: rgb(255, 255, 255); border-bottom: 1px solid rgb(221, 221, 221); }

.tb-logo img { height: 28px; display: block; }

.tb-label { font-size: 13px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--brand); }

.tb-group { display: flex; align-items: center; gap: 6px; }

.tb-btn { border: 1px solid rgb(204, 204, 204); background: rgb(255, 255, 255); border-radius: 4px; padding: 4px 10px; font-size: 13px; cursor: pointer; }

.tb-user { margin-left: auto; }

.tb-sub { background: var(--brand); color: rgb(255, 255, 255); padding: 5px 12px; border-radius: 4px; text-decoration: none; }

.body-wrap { display: flex; flex: 1 1 0%; min-height: 0px; }

.thumbs { width: var(--thumbs-w); overflow-y: auto; background: rgb(234, 230, 221); border-right: 1px solid rgb(214, 208, 196); }

.thumbs ul { list-style: none; margin: 0px; padding: 8px; }

.thumb { margin-bottom: 10px; text-align: center; font-size: 11px; }

.thumb img { width: 60px; height: 96px; border: 1px solid rgb(190, 182, 168); background: rgb(255, 255, 255); }

.thumb.is-active img { outline: rgb(179, 18, 27) solid 2px; }

.thumb-no { display: block; font-weight: 700; }

.page-view { flex: 1 1 0%; overflow: auto; padding: 16px; }

.page-canvas { position: relative; margin: 0px auto; box-shadow: rgba(0, 0, 0, 0.25) 0px 2px 10px; }

.hotspot { position: absolute; border: 1px dashed transparent; }

.hotspot.is-open { border-color: rgb(179, 18, 27); background: rgba(179, 18, 27, 0.08); }

.art-modal { position: fixed; inset: 64px 8% 24px; z-index: 50; display: flex; flex-direction: column; background: rgb(255, 255, 255); box-shadow: rgba(0, 0, 0, 0.35) 0px 8px 40px; }

.art-modal__bar, .art-modal__foot { display: flex; align-items: center; gap: 8px; padding: 8px 14px; font-size: 13px; border-bottom: 1px solid rgb(238, 238, 238); }

.art-modal__scroll { overflow-y: auto; padding: 20px 28px; }

.art { column-count: 2; column-gap: 28px; font-family: Georgia, "Times New Roman", serif; font-size: 17px; line-height: 1.55; }

.blk { break-inside: avoid; margin: 0px 0px 12px; }

.blk-kicker { font: 700 12px / 1.2 Arial, sans-serif; letter-spacing: 0.1em; color: var(--brand); }

.blk-head { column-span: all; font-size: 34px; line-height: 1.15; margin: 4px 0px 8px; }

.blk-deck { column-span: all; font-size: 19px; color: rgb(68, 68, 68); }

.blk-byline { font: 700 13px / 1.3 Arial, sans-serif; text-transform: uppercase; }

.dl { font-weight: 700; text-transform: uppercase; }

.blk-sub { font: 700 19px / 1.3 Arial, sans-serif; margin-top: 18px; }

.blk-box { background: rgb(246, 241, 226); border-top: 3px solid var(--brand); padding: 10px 14px; font-family: Arial, sans-serif; font-size: 14px; }

.blk-box h4 { margin: 0px 0px 6px; text-transform: uppercase; font-size: 13px; }

.tl-date { font-weight: 700; margin-right: 6px; }

.blk-jump { font: 700 12px Arial, sans-serif; text-align: right; }

.blk-photo img { width: 100%; height: auto; }

.blk-photo figcaption { font: italic 13px / 1.4 Arial, sans-serif; color: rgb(85, 85, 85); }

.ft { padding: 10px 16px; font-size: 12px; color: rgb(102, 102, 102); background: rgb(255, 255, 255); border-top: 1px solid rgb(221, 221, 221); }

@media (max-width: 900px) {
  .art { column-count: 1; }
  .thumbs { display: none; }
}"""


def esc(text):
    """Blink's text serialization: & < > escaped, U+00A0 as &nbsp;, everything else raw."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\u00a0", "&nbsp;"))


def attr(text):
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def inline(text):
    """Text of one block; "¬ " is a hyphen the e-paper's text layer kept at a line end."""
    return esc(text.replace("\u00ac ", "- "))


def read_source():
    blocks = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line or line.startswith("#"):
            continue
        mark, _, rest = line.partition(" ")
        blocks.append((mark, rest))
    return blocks


def article_html(blocks):
    out = []
    y = 212
    bid = 0
    first_p = True
    box = None

    def bbox(h):
        nonlocal y, bid
        bid += 1
        col = bid % 2
        s = ' data-blk="%d" data-bbox="%d,%d,%d,%d"' % (bid, 48 + col * 470, y, 452, h)
        y += h + 14
        if y > 1500:
            y = 212
        return s

    for mark, text in blocks:
        if box is not None and mark not in ("@endbox",):
            if mark == "@p":
                box.append("<p>%s</p>" % inline(text))
            elif mark == "@li":
                box.append("<li>%s</li>" % inline(text))
            elif mark == "@tl":
                d, _, e = text.partition(" | ")
                box.append('<li><span class="tl-date">%s</span>%s</li>' % (esc(d), esc(e)))
            continue
        if mark == "@kicker":
            out.append('<div class="blk blk-kicker"%s>%s</div>' % (bbox(22), esc(text)))
        elif mark == "@h1":
            out.append('<h1 class="blk blk-head" id="art-title"%s>%s</h1>' % (bbox(96), esc(text)))
        elif mark == "@deck":
            out.append('<div class="blk blk-deck"%s>%s</div>' % (bbox(60), esc(text)))
        elif mark == "@byline":
            out.append('<div class="blk blk-byline"%s>%s</div>' % (bbox(20), esc(text)))
        elif mark == "@dateline":
            dateline = text
        elif mark == "@p":
            chunks = text.split(" || ")
            for k, chunk in enumerate(chunks):
                body = inline(chunk)
                if first_p and k == 0:
                    body = '<span class="dl">%s:</span> %s' % (esc(dateline), body)
                    first_p = False
                out.append('<div class="blk blk-body"%s><p>%s</p></div>'
                           % (bbox(18 * (len(chunk) // 52 + 1)), body))
        elif mark == "@h3":
            out.append('<div class="blk blk-sub"%s><h3>%s</h3></div>' % (bbox(26), esc(text)))
        elif mark == "@jump":
            out.append('<div class="blk blk-jump"%s>%s</div>' % (bbox(18), esc(text)))
        elif mark == "@caption":
            out.append('<figure class="blk blk-photo"%s><img src="%s/crops/ILD-ND-20250828-09-0031-p1.png"'
                       ' alt="" loading="lazy"><figcaption>%s</figcaption></figure>'
                       % (bbox(260), CDN, esc(text)))
        elif mark == "@box":
            box = ['<h4>%s</h4>' % esc(text)]
            box_title = text
        elif mark == "@endbox":
            inner = "".join(box)
            inner = inner.replace("</h4><li>", "</h4><ul><li>", 1)
            if "<li>" in inner and "<ul>" not in inner:
                inner = inner.replace("<li>", "<ul><li>", 1)
            if "<ul>" in inner:
                inner += "</ul>"
            out.append('<aside class="blk blk-box"%s aria-label="%s">%s</aside>'
                       % (bbox(30 + 22 * inner.count("<li>") + 60 * inner.count("<p>")), attr(box_title), inner))
            box = None
    return "".join(out)


def page_html(blocks):
    thumbs = []
    for k, name in enumerate(PAGES, 1):
        active = k == 9
        src = "%s/thumbs/p%02d.png" % (CDN, k) if k <= LOADED else BLANK_GIF
        lazy = "" if k <= LOADED else ' data-src="%s/thumbs/p%02d.png"' % (CDN, k)
        thumbs.append('<li class="thumb%s"%s><a href="%s/new-delhi/2025-08-28/%d" title="Page %d: %s">'
                      '<img src="%s"%s alt="Page %d" width="60" height="96">'
                      '<span class="thumb-no">%d</span><span class="thumb-name">%s</span></a></li>'
                      % (" is-active" if active else "", ' aria-current="page"' if active else "",
                         SITE, k, k, name, src, lazy, k, k, name))
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<link rel="stylesheet" type="text/css" href="%s" />\n'
        '    \n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">\n'
        '    <title>%s</title>\n'
        '    <meta name="description" content="Read The Indian Ledger New Delhi edition ePaper of 28 August 2025 online. Page 9: Nation.">\n'
        '    <link rel="canonical" href="%s/new-delhi/2025-08-28/9">\n'
        '    <meta property="og:type" content="article">\n'
        '    <meta property="og:title" content="SVANidhi gets a new lease till 2030, first loan raised to \u20b915,000">\n'
        '    <meta property="og:image" content="%s/crops/ILD-ND-20250828-09-0031.jpg">\n'
        '    <meta property="og:url" content="%s">\n'
        '    <link rel="icon" href="%s/favicon.ico">\n'
        '    <link rel="preconnect" href="https://cdn-epaper.indianledger.in">\n'
        '    <link rel="stylesheet" href="%s">\n'
        '    \n'
        '    \n'
        '  </head>\n'
        % (CSS_CID, esc(TITLE), SITE, CDN, PAGE_URL, SITE, CSS_URL))
    toolbar = (
        '<header class="tb" role="toolbar" aria-label="ePaper toolbar">'
        '<a class="tb-logo" href="%s/"><img src="%s" alt="The Indian Ledger"></a>'
        '<span class="tb-label">ePaper</span>'
        '<div class="tb-group"><button class="tb-btn tb-edition" type="button" aria-haspopup="listbox">New Delhi \u25be</button>'
        '<button class="tb-btn tb-date" type="button">Thu, 28 Aug 2025 \u25be</button></div>'
        '<div class="tb-group tb-pager"><button class="tb-btn" type="button" aria-label="Previous page">\u2039 Prev</button>'
        '<span class="tb-pageno">Page <b>9</b> / 16</span>'
        '<button class="tb-btn" type="button" aria-label="Next page">Next \u203a</button></div>'
        '<div class="tb-group tb-tools"><button class="tb-btn" type="button" title="Zoom out">\u2212</button>'
        '<span class="tb-zoom">100%%</span><button class="tb-btn" type="button" title="Zoom in">+</button>'
        '<button class="tb-btn tb-clip" type="button">Clip</button><button class="tb-btn" type="button">Share</button>'
        '<button class="tb-btn" type="button">Download PDF</button></div>'
        '<div class="tb-group tb-user"><a class="tb-sub" href="%s/subscribe">Subscribe</a>'
        '<a class="tb-signin" href="%s/login?next=%%2Fnew-delhi%%2F2025-08-28%%2F9">Sign in</a></div></header>'
        % (SITE, LOGO_URL, SITE, SITE))
    hotspots = "".join(
        '<a class="hotspot%s" href="%s/new-delhi/2025-08-28/9/article/ILD-ND-20250828-09-%04d" '
        'style="left: %dpx; top: %dpx; width: %dpx; height: %dpx;" aria-label="Article %d"></a>'
        % (" is-open" if n == 31 else "", SITE, n, l, t, w, h, n)
        for n, l, t, w, h in ((28, 24, 40, 560, 300), (29, 600, 40, 396, 620), (30, 24, 360, 560, 300),
                              (31, 24, 680, 972, 880), (32, 24, 1580, 972, 40)))
    main = (
        '<div class="body-wrap"><nav class="thumbs" aria-label="Pages"><ul>%s</ul></nav>'
        '<main class="page-view"><div class="page-canvas" style="width: 1020px; height: 1632px;">'
        '<img class="page-img" src="%s/pages/p09_mid.png" alt="Page 9" width="1020" height="1632">%s</div></main></div>'
        % ("".join(thumbs), CDN, hotspots))
    modal = (
        '<div class="art-modal" role="dialog" aria-modal="true" aria-labelledby="art-title">'
        '<div class="art-modal__bar"><button class="tb-btn" type="button">\u2039 Previous article</button>'
        '<span class="art-pg">Page 9 \u00b7 Nation</span>'
        '<button class="tb-btn" type="button">Next article \u203a</button>'
        '<span class="art-tabs"><button class="tb-btn is-active" type="button">Text</button>'
        '<button class="tb-btn" type="button">Image</button></span>'
        '<button class="tb-btn art-close" type="button" aria-label="Close">\u2715</button></div>'
        '<div class="art-modal__scroll"><article class="art" data-article-id="ILD-ND-20250828-09-0031" lang="en">%s</article></div>'
        '<div class="art-modal__foot"><span>Published in The Indian Ledger, New Delhi edition, Thursday, 28 August 2025, Page 9</span>'
        '<button class="tb-btn" type="button">Copy link</button><button class="tb-btn" type="button">WhatsApp</button>'
        '<button class="tb-btn" type="button">Print</button></div></div>'
        % article_html(blocks))
    footer = (
        '<footer class="ft">\u00a9 2025 Ledger Media Pvt. Ltd. All rights reserved. \u00b7 '
        '<a href="%s/terms">Terms</a> \u00b7 <a href="%s/privacy">Privacy</a> \u00b7 '
        '<a href="%s/contact">Contact</a> \u00b7 <span>ePaper platform by PageLeaf</span></footer>'
        % (SITE, SITE, SITE))
    body = ('<body class="reader theme-light modal-open">\n    <div id="root"><div class="app">%s%s%s%s</div></div>\n'
            '    \n    <div id="toast-root" aria-live="polite"></div>\n  \n\n</body></html>'
            % (toolbar, main, modal, footer))
    return head + "  " + body


def build():
    blocks = read_source()
    page = page_html(blocks).encode("utf-8")
    out = bytearray()
    out += b"From: <Saved by Blink>\r\n"
    out += ("Snapshot-Content-Location: " + PAGE_URL + "\r\n").encode("ascii")
    out += b"Subject: " + subject(TITLE) + b"\r\n"
    out += ("Date: " + DATE + "\r\nMIME-Version: 1.0\r\n").encode("ascii")
    out += b"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\""
    out += BOUNDARY.encode("ascii") + b"\"\r\n\r\n"
    out += part("text/html", PAGE_URL, page, "quoted-printable", FRAME_ID)
    out += part("text/css", CSS_CID, INLINE_CSS.encode("utf-8"), "quoted-printable")
    out += part("text/css", CSS_URL, READER_CSS.encode("utf-8"), "quoted-printable")
    out += part("image/svg+xml", LOGO_URL, LOGO_SVG.encode("utf-8"), "quoted-printable")
    for k in range(1, LOADED + 1):
        out += part("image/png", "%s/thumbs/p%02d.png" % (CDN, k), page_png(k, 60, 96), "base64")
    out += part("image/png", CDN + "/pages/p09_mid.png", page_png(9, 255, 408), "base64")
    out += part("image/png", CDN + "/crops/ILD-ND-20250828-09-0031-p1.png", photo_png(240, 150), "base64")
    out += ("\r\n--" + BOUNDARY + "--\r\n").encode("ascii")
    return bytes(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
