#!/usr/bin/python3
"""Re-make docs/paryavaran-pulse-87.eml from tools/paryavaran-pulse-87.html.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only; byte-for-byte reproducible (fixed headers, Message-ID and boundary).

The newsletter is multipart/alternative, the way mailing-list services send it: a text/plain
part (quoted-printable) generated from the HTML the way such services do (links kept in
brackets after their text, list items starred, the hidden preheader and the tracking pixel
left out), then the HTML part itself, base64-encoded. CRLF line endings throughout.
"""
import html.parser
import os
import re
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "paryavaran-pulse-87.html")
OUT = os.path.join(HERE, "..", "docs", "paryavaran-pulse-87.eml")
BOUNDARY = "----=_Part_2025100307_87.1759456804412"

BLOCK = {"p", "div", "h1", "h2", "h3", "tr", "table", "ul", "ol", "br"}


class Plain(html.parser.HTMLParser):
    """HTML to the plain-text alternative, roughly as Mailchimp-style senders build it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.href, self.ol, self.cells = [], 0, [], [], 0

    def nl(self, n=1):
        text = "".join(self.out)
        have = len(text) - len(text.rstrip("\n"))
        if text and have < n:
            self.out.append("\n" * (n - have))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "head", "title") or "display:none" in (a.get("style") or ""):
            self.skip += 1
            self.skipping_tag = tag
            return
        if self.skip:
            return
        if tag == "tr":
            self.cells = 0
        if tag in ("h1", "h2", "h3"):
            self.nl(2)
        elif tag in BLOCK:
            self.nl(2 if tag in ("p", "ul", "ol", "table") else 1)
        if tag == "ol":
            self.ol.append(0)
        elif tag == "ul":
            self.ol.append(None)
        elif tag == "li":
            self.nl(1)
            if self.ol and self.ol[-1] is not None:
                self.ol[-1] += 1
                self.out.append("%d. " % self.ol[-1])
            else:
                self.out.append("* ")
        elif tag in ("td", "th"):
            self.cells += 1
            if self.cells > 1:
                self.out.append(" | ")
        elif tag == "a":
            href = a.get("href", "")
            self.href.append(href if href.startswith("http") else "")
        elif tag == "img" and a.get("alt"):
            self.out.append("[%s]" % a["alt"])

    def handle_endtag(self, tag):
        if self.skip:
            if tag in ("style", "head", "title", "span"):
                self.skip -= 1
            return
        if tag == "a" and self.href:
            href = self.href.pop()
            if href:
                self.out.append(" (%s)" % href)
        elif tag in ("ol", "ul"):
            self.ol.pop()
            self.nl(2)
        elif tag == "h3":
            self.nl(2)
        elif tag in ("h1", "h2"):
            title = "".join(self.out).rsplit("\n", 1)[-1]
            self.out.append("\n" + ("=" if tag == "h1" else "-") * len(title))
            self.nl(2)
        elif tag in BLOCK:
            self.nl(1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data) if data.strip() else "")

    def text(self):
        lines = [l.strip() for l in "".join(self.out).split("\n")]
        text = "\n".join(lines)
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def build():
    with open(SRC, encoding="utf-8") as f:
        page = f.read()
    conv = Plain()
    conv.feed(page)
    plain = conv.text()

    msg = EmailMessage(policy=policy.SMTP)
    msg["Return-Path"] = "<bounce-87-8f2c41@mail.paryavaranpulse.in>"
    msg["From"] = "Paryavaran Pulse <newsletter@paryavaranpulse.in>"
    msg["Reply-To"] = "Paryavaran Pulse Editors <editor@paryavaranpulse.in>"
    msg["To"] = "Ritika Sharma <ritika.s@example.net>"
    msg["Subject"] = ("Issue #87: India hits 93 Ramsar sites \U0001F33F Wetland Cities, "
                      "mangrove data + quiz")
    msg["Date"] = "Fri, 03 Oct 2025 07:30:04 +0530"
    msg["Message-ID"] = "<20251003020004.87.8f2c41@mail.paryavaranpulse.in>"
    msg["List-ID"] = "Paryavaran Pulse weekly <weekly.paryavaranpulse.in>"
    msg["List-Unsubscribe"] = ("<https://paryavaranpulse.in/unsubscribe?u=8f2c41&id=pp87>, "
                               "<mailto:unsubscribe@paryavaranpulse.in?subject=unsubscribe>")
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "bulk"
    msg["X-Mailer"] = "Sendy 6.0.8"
    msg["X-Campaign-ID"] = "pp87"
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(page, subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary(BOUNDARY)
    with open(OUT, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


if __name__ == "__main__":
    build()
