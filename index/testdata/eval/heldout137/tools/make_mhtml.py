#!/usr/bin/python3
"""Re-make docs/money-bill-vs-financial-bill.mhtml the way Chrome's "Save page as... Webpage,
Single File" writes it (Blink's MHTML generator).

Sources (kept here in tools/): the page's DOM as Blink serialises it
(money-bill-vs-financial-bill.html: scripts already dropped, the <meta http-equiv> charset tag
put first in <head>, the ad iframe's src rewritten to a cid: URL), the site stylesheet as Blink
re-serialises it from the CSSOM (money-bill-vs-financial-bill.css: `@charset "utf-8";` first,
one rule per block) and the filled ad iframe (ad-frame.html).

Output: a MIME multipart/related file with CRLF line endings; the header block Blink writes
(From: <Saved by Blink>, Snapshot-Content-Location, a Q-encoded Subject folded into encoded
words, an RFC 2822 Date with day unpadded and offset -0000, MIME-Version, Content-Type with
type= and boundary= on tab-indented lines); then the main frame (text/html, Content-ID
<frame-...@mhtml.blink>), the stylesheet (text/css) and the ad frame (text/html with its own
frame Content-ID), each quoted-printable with soft line breaks at 76 columns. Fixed boundary,
ids and date: byte-for-byte reproducible. Standard library only.
Run from anywhere: /usr/bin/python3 tools/make_mhtml.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "money-bill-vs-financial-bill.mhtml")

URL = "https://www.samvidhannotes.in/polity/parliament/money-bill-vs-financial-bill/"
CSS_URL = ("https://www.samvidhannotes.in/wp-content/themes/samvidhan/assets/css/"
           "style.min.css?ver=3.4.1")
AD_URL = ("https://googleads.g.doubleclick.net/pagead/ads?client=ca-pub-4471905235108862"
          "&output=html&h=250&slotname=8817263340&adk=1964527123&w=728&format=728x250")
TITLE = "Money Bill vs Financial Bill \u2013 Articles 110 and 117 Explained | Samvidhan Notes"
DATE = "Wed, 2 Jul 2025 13:07:41 -0000"
BOUNDARY = "----MultipartBoundary--q7RkX2mVbN4sT9wYc1LfHd8ZpJ0aGe6Uo3KiEyQtWn----"
MAIN_ID = "<frame-A3C9E1F07B5D2846C0E9F1B27D4A6E58@mhtml.blink>"
AD_ID = "<frame-6B1F0E29C4D8A7735E02F1A9B3C6D480@mhtml.blink>"
MAX_LINE = 76


def qp_encode(text):
    """Quoted-printable as Blink writes it: '=' and bytes outside printable ASCII as =XX,
    trailing space or tab before a line break encoded, CRLF line breaks, soft breaks '=' so
    that no line is longer than 76 characters."""
    out_lines = []
    for line in text.split("\n"):
        data = line.encode("utf-8")
        encoded = []
        for i, b in enumerate(data):
            last = i == len(data) - 1
            if b == 0x3D or b >= 0x7F or (b < 0x20 and b != 0x09) or (last and b in (0x20, 0x09)):
                encoded.append("=%02X" % b)
            else:
                encoded.append(chr(b))
        cur = ""
        for piece in encoded:
            if len(cur) + len(piece) > MAX_LINE - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += piece
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def q_encode_header(text):
    """RFC 2047 Q-encoding split into encoded words, folded with CRLF + space."""
    prefix, suffix = "=?utf-8?Q?", "?="
    pieces = []
    for b in text.encode("utf-8"):
        c = chr(b)
        if c == " ":
            pieces.append("_")
        elif c.isalnum() and b < 0x80:
            pieces.append(c)
        else:
            pieces.append("=%02X" % b)
    words, cur = [], ""
    room = MAX_LINE - len("Subject: ") - len(prefix) - len(suffix)
    for p in pieces:
        if len(cur) + len(p) > room:
            words.append(prefix + cur + suffix)
            cur = ""
            room = MAX_LINE - 1 - len(prefix) - len(suffix)
        cur += p
    words.append(prefix + cur + suffix)
    return "\r\n ".join(words)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().rstrip("\n")


def part(content_type, content_id, location, body):
    head = "--" + BOUNDARY + "\r\n" + "Content-Type: " + content_type + "\r\n"
    if content_id:
        head += "Content-ID: " + content_id + "\r\n"
    head += "Content-Transfer-Encoding: quoted-printable\r\n"
    head += "Content-Location: " + location + "\r\n\r\n"
    return head + qp_encode(body) + "\r\n"


def build():
    header = ("From: <Saved by Blink>\r\n"
              "Snapshot-Content-Location: " + URL + "\r\n"
              "Subject: " + q_encode_header(TITLE) + "\r\n"
              "Date: " + DATE + "\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: multipart/related;\r\n"
              "\ttype=\"text/html\";\r\n"
              "\tboundary=\"" + BOUNDARY + "\"\r\n\r\n\r\n")
    body = (part("text/html", MAIN_ID, URL, read("money-bill-vs-financial-bill.html"))
            + part("text/css", None, CSS_URL, read("money-bill-vs-financial-bill.css"))
            + part("text/html", AD_ID, AD_URL, read("ad-frame.html"))
            + "--" + BOUNDARY + "--\r\n")
    with open(OUT, "wb") as f:
        f.write((header + body).encode("ascii"))


if __name__ == "__main__":
    build()
