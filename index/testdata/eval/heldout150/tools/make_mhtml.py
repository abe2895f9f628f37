#!/usr/bin/python3
"""Re-make docs/central-deputation-debate.mhtml from tools/central-deputation-debate.html.

Run from anywhere: /usr/bin/python3 tools/make_mhtml.py
Standard library only; the output is byte-for-byte reproducible (fixed date, boundary and
Content-IDs). The archive is written the way Chrome's "Save page as... Webpage, Single File"
(Blink's MHTML serializer) writes one:
  * top headers "From: <Saved by Blink>", Snapshot-Content-Location, an RFC 2047 Subject
    (the page title, Q-encoded and folded), Date, MIME-Version and a folded
    multipart/related Content-Type with type="text/html" and a ----MultipartBoundary--...----
    boundary; CRLF line ends throughout;
  * the main frame first, as text/html with a Content-ID <frame-...@mhtml.blink>,
    quoted-printable (lines of at most 76 characters, soft breaks "=", "=3D" for "=",
    UTF-8 bytes as =XX) and its Content-Location;
  * the serialized DOM, not the served source: <script> and <noscript> elements are
    dropped, the <meta charset> is dropped and Blink's own
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"> is put first in
    <head>, and the advertisement <iframe> points at its frame part by cid:;
  * then the stylesheet (text/css, quoted-printable), the advertisement frame (text/html
    with its own Content-ID) and its image (image/png, base64), and the closing boundary.
"""
import base64
import os
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "central-deputation-debate.html")
OUT = os.path.join(HERE, "..", "docs", "central-deputation-debate.mhtml")

URL = ("https://www.mainsqna.in/questions/48213/"
       "cadre-rules-amendment-2022-can-the-centre-call-ias-officers-on-deputation")
CSS_URL = "https://cdn.mainsqna.in/assets/site.min.css?v=4.2.1"
AD_URL = "https://ads.mainsqna.in/slot/sidebar-300x250?page=question"
AD_IMG_URL = "https://ads.mainsqna.in/creative/gs-foundation-2026.png"
BOUNDARY = "----MultipartBoundary--Xh3kQp9ZrT2vLmN8bYc4WdFs6JgA1eUoRiK7tPzVqE----"
DATE = "Sun, 11 May 2025 16:22:05 -0000"
MAIN_ID = "<frame-7C41E2A09B3D5F68A1C0E9D24B7F3A16@mhtml.blink>"
AD_ID = "<frame-0E5B93D7C21A48F6B9D3E7A15C2F80B4@mhtml.blink>"

CSS = """@charset "utf-8";
:root { --mq-blue: #1f5fa8; --mq-orange: #e8711a; --mq-grey: #6a737c; }
body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #232629; }
a { color: var(--mq-blue); text-decoration: none; }
.cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; z-index: 9000; padding: 16px 24px; background: #fff; box-shadow: 0 -2px 8px rgba(0,0,0,.15); }
.top-bar { border-top: 3px solid var(--mq-orange); background: #f8f9f9; box-shadow: 0 1px 2px rgba(0,0,0,.05); }
.top-bar-container { display: flex; align-items: center; max-width: 1264px; margin: 0 auto; height: 50px; }
.top-bar-links ul { display: flex; list-style: none; margin: 0; padding: 0; }
.container { display: flex; max-width: 1264px; margin: 0 auto; }
.left-sidebar { width: 164px; flex-shrink: 0; }
#content { display: flex; flex: 1; padding: 24px; border-left: 1px solid #d6d9dc; }
#mainbar { flex: 1; max-width: 728px; }
.sidebar { width: 300px; margin-left: 24px; }
.question-title { font-size: 27px; font-weight: 400; }
.votecell { width: 48px; text-align: center; color: var(--mq-grey); }
.js-vote-count { font-size: 21px; }
.accepted-answer .js-accepted-answer-indicator { color: #2f6f44; }
.s-prose h3 { font-size: 17px; margin: 1.2em 0 .4em; }
.comments-list { list-style: none; padding: 0; border-top: 1px solid #e3e6e8; font-size: 13px; }
.comment { padding: 6px 0; border-bottom: 1px solid #e3e6e8; }
.comment-date { color: #9199a1; }
.post-tag { display: inline-block; padding: 2px 6px; background: #e1ecf4; color: #39739d; border-radius: 3px; }
.site-footer { background: #232629; color: #bbc0c4; padding: 32px 0; }
"""

AD_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>body{margin:0;font:13px Arial,sans-serif}a{display:block;color:#fff;background:#1f5fa8;padding:12px;text-decoration:none}</style></head><body><a href="https://ads.mainsqna.in/click?c=gsf26" target="_blank"><img src="https://ads.mainsqna.in/creative/gs-foundation-2026.png" width="16" height="16" alt=""> Sponsored · GS Foundation Batch 2026 · Polity by a retired IAS officer · Enrol now</a></body></html>
"""


def png(width, height, rgb):
    """A small solid-colour PNG built with zlib (deterministic)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qp(text):
    """Quoted-printable as Blink writes it: CRLF hard breaks, soft breaks at 76 columns."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        data = line.encode("utf-8")
        toks = []
        for i, b in enumerate(data):
            c = chr(b)
            last = i == len(data) - 1
            if b == 0x3D or b > 0x7E or (b < 0x20 and b != 0x09) or (c in " \t" and last):
                toks.append("=%02X" % b)
            else:
                toks.append(c)
        cur, n = [], 0
        for t in toks:
            if n + len(t) > 75:
                out.append("".join(cur) + "=")
                cur, n = [], 0
            cur.append(t)
            n += len(t)
        out.append("".join(cur))
    return "\r\n".join(out)


def subject(title):
    """RFC 2047 Q-encoded Subject, folded into encoded words of at most 75 characters."""
    toks = []
    for ch in title:  # one token per character, so no UTF-8 sequence is split
        if ord(ch) > 0x7E or ord(ch) < 0x21 or ch in "=?_":
            toks.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        else:
            toks.append(ch)
    words, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 75 - len("=?utf-8?Q??="):
            words.append("=?utf-8?Q?" + cur + "?=")
            cur = ""
        cur += t
    words.append("=?utf-8?Q?" + cur + "?=")
    return "\r\n ".join(words)


def serialize(html):
    """Mimic Blink's DOM serialization for MHTML."""
    html = re.sub(r"<script\b[^>]*>.*?</script>\n?", "", html, flags=re.S)
    html = re.sub(r"<noscript\b[^>]*>.*?</noscript>\n?", "", html, flags=re.S)
    html = html.replace('<meta charset="utf-8">\n', "")
    html = html.replace("<head>\n", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n', 1)
    html = html.replace('<iframe src="%s"' % AD_URL, '<iframe src="cid:%s"' % AD_ID.strip("<>"))
    return html


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def build():
    with open(SRC, encoding="utf-8") as f:
        page = f.read()
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    parts = [
        ["Content-Type: text/html", "Content-ID: " + MAIN_ID,
         "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + URL,
         "", qp(serialize(page))],
        ["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
         "Content-Location: " + CSS_URL, "", qp(CSS)],
        ["Content-Type: text/html", "Content-ID: " + AD_ID,
         "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + AD_URL,
         "", qp(AD_HTML)],
        ["Content-Type: image/png", "Content-Transfer-Encoding: base64",
         "Content-Location: " + AD_IMG_URL, "", b64(png(16, 16, (31, 95, 168)))],
    ]
    head = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: " + URL,
        "Subject: " + subject(title),
        "Date: " + DATE,
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        '\tboundary="%s"' % BOUNDARY,
        "", "",
    ]
    out = "\r\n".join(head)
    for p in parts:
        out += "--" + BOUNDARY + "\r\n" + "\r\n".join(p) + "\r\n\r\n"
    out += "--" + BOUNDARY + "--\r\n"
    with open(OUT, "wb") as f:
        f.write(out.encode("ascii"))


if __name__ == "__main__":
    build()
