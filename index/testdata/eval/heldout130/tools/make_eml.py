#!/usr/bin/python3
"""Re-make docs/social-justice-brief-63.eml from tools/social-justice-brief-63.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The output is byte-for-byte reproducible: fixed headers, a fixed MIME
boundary, both parts quoted-printable (UTF-8), CRLF line ends, as a mail client saves a
Mailchimp newsletter (multipart/alternative: text/plain first, then text/html).

Source markup: @title/@preheader/@masthead/@tagline/@button/@footer directives, "# " section
headings, "## " sub-headings, "- " bullets, "1. " numbered items, "| a | b |" table rows (first
row is the header), "> " a callout box, "Q1." quiz lines; anything else is a paragraph (one
line each). Blank lines separate blocks.
"""
import html
import os
import quopri
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "social-justice-brief-63.txt")
OUT = os.path.join(HERE, "..", "docs", "social-justice-brief-63.eml")

BOUNDARY = "_----------=_MCPart_1294863118"
VIEW_URL = "https://us21.campaign-archive.com/?u=7c1e9a04b2f35d8a6e0c4b19&id=8d2b6e41fa"
RULE = "-" * 60

HEADERS = [
    ("Return-Path", "<bounce-mc.us21_158603412.3521077-5b8e1d0a2c@mail227.atl121.mcsv.net>"),
    ("Delivered-To", "ananya.r.upsc@gmail.com"),
    ("Received", "from mail227.atl121.mcsv.net (mail227.atl121.mcsv.net. [198.2.139.227])\r\n"
                 "        by mx.google.com with ESMTPS id 6a1803df08f44-6e8f7d1c2a4si1822916d6.201.2025.03.15.01.30.09\r\n"
                 "        for <ananya.r.upsc@gmail.com>\r\n"
                 "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
                 "        Sat, 15 Mar 2025 01:30:09 -0700 (PDT)"),
    ("Received-SPF", "pass (google.com: domain of bounce-mc.us21_158603412.3521077-5b8e1d0a2c@mail227.atl121.mcsv.net designates 198.2.139.227 as permitted sender) client-ip=198.2.139.227;"),
    ("Subject", None),
    ("From", "Samagra IAS Academy <brief@samagraias.in>"),
    ("Reply-To", "Samagra IAS Academy <brief@samagraias.in>"),
    ("To", "Ananya <ananya.r.upsc@gmail.com>"),
    ("Date", "Sat, 15 Mar 2025 08:30:07 +0000"),
    ("Message-ID", "<3521077.5b8e1d0a2c.20250315083007.a1f3c9e2d4@mail227.atl121.mcsv.net>"),
    ("List-ID", "7c1e9a04b2f35d8a6e0c4b19mc list <7c1e9a04b2f35d8a6e0c4b19.331721.list-id.mcsv.net>"),
    ("List-Unsubscribe", "<https://samagraias.us21.list-manage.com/unsubscribe?u=7c1e9a04b2f35d8a6e0c4b19&id=3fa2d91c07&t=b&e=5b8e1d0a2c&c=8d2b6e41fa>,\r\n"
                         " <mailto:unsubscribe-mc.us21_158603412.3521077-5b8e1d0a2c@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("X-Mailer", "Mailchimp Mailer - **CID8d2b6e41fa5b8e1d0a2c**"),
    ("X-Campaign", "mailchimp7c1e9a04b2f35d8a6e0c4b19.8d2b6e41fa"),
    ("X-campaignid", "mailchimp7c1e9a04b2f35d8a6e0c4b19.8d2b6e41fa"),
    ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=7c1e9a04b2f35d8a6e0c4b19&id=8d2b6e41fa&e=5b8e1d0a2c"),
    ("X-MC-User", "7c1e9a04b2f35d8a6e0c4b19"),
    ("Feedback-ID", "158603412:158603412.3521077:us21:mc"),
    ("Precedence", "bulk"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % BOUNDARY),
]

CSS = """body,#bodyTable{margin:0;padding:0;width:100% !important;background-color:#eef1f5;}
table{border-collapse:collapse;}
img{border:0;outline:none;text-decoration:none;}
h1{font-family:Georgia,serif;font-size:28px;letter-spacing:2px;color:#ffffff;margin:0;}
h2{font-family:Arial,Helvetica,sans-serif;font-size:19px;color:#123b6d;margin:26px 0 10px 0;border-bottom:2px solid #f0a020;padding-bottom:4px;}
h3{font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#123b6d;margin:18px 0 6px 0;}
p,li,td{font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.55;color:#222222;}
.recap td{font-size:13px;border:1px solid #c9d3e0;padding:6px 8px;vertical-align:top;}
.recap tr.head td{background-color:#123b6d;color:#ffffff;font-weight:bold;}
.footer p{font-size:12px;color:#6b7280;}
@media only screen and (max-width:480px){#templateContainer{width:100% !important;}h1{font-size:22px !important;}}"""


def esc(s):
    return html.escape(s, quote=False)


def parse(lines):
    meta = {"footer": []}
    blocks = []
    table = None
    for line in lines:
        s = line.rstrip()
        if table is not None and not s.startswith("|"):
            blocks.append(("table", table))
            table = None
        if s.startswith("@"):
            key, _, val = s[1:].partition(" ")
            if key == "footer":
                meta["footer"].append(val)
            elif key == "button":
                blocks.append(("button", val))
            else:
                meta[key] = val
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if table is None:
                table = []
            table.append(cells)
        elif not s:
            continue
        elif s.startswith("## "):
            blocks.append(("h3", s[3:]))
        elif s.startswith("# "):
            blocks.append(("h2", s[2:]))
        elif s.startswith("- "):
            blocks.append(("li", s[2:]))
        elif re.match(r"\d+\. ", s):
            blocks.append(("oli", s.split(" ", 1)[1]))
        elif s.startswith("> "):
            blocks.append(("callout", s[2:]))
        else:
            blocks.append(("p", s))
    if table is not None:
        blocks.append(("table", table))
    return meta, blocks


def plain(meta, blocks):
    out = ["View this email in your browser (%s)" % VIEW_URL, "", "** " + meta["masthead"], RULE,
           meta["tagline"], ""]
    prev = None
    n = 0
    for kind, val in blocks:
        if prev in ("li", "oli") and kind not in ("li", "oli"):
            out.append("")
        if kind == "h2":
            out += ["", "** " + val, RULE, ""]
        elif kind == "h3":
            out += ["** " + val, ""]
        elif kind == "li":
            out.append("* " + val)
        elif kind == "oli":
            n = n + 1 if prev == "oli" else 1
            out.append("%d. %s" % (n, val))
        elif kind == "callout":
            out += [val, ""]
        elif kind == "table":
            for row in val:
                out.append(" | ".join(row))
            out.append("")
        elif kind == "button":
            label, url = val.split("|")
            out += ["%s (%s)" % (label, url), ""]
        else:
            out += [val, ""]
        prev = kind
    out += ["", RULE, ""]
    for f in meta["footer"]:
        if "|" in f:
            label, url = f.split("|")
            out.append("%s (%s)" % (label, url))
        else:
            out.append(f)
    out.append("")
    return "\n".join(out)


def rich(meta, blocks):
    o = []
    o.append('<!doctype html>')
    o.append('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">')
    o.append('<head>')
    o.append('<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->')
    o.append('<meta charset="UTF-8">')
    o.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append('<title>%s</title>' % esc(meta["title"]))
    o.append('<style type="text/css">')
    o.append(CSS)
    o.append('</style>')
    o.append('</head>')
    o.append('<body>')
    o.append('<!--*|IF:MC_PREVIEW_TEXT|*-->')
    o.append('<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">%s</span><!--<![endif]-->' % esc(meta["preheader"]))
    o.append('<!--*|END:IF|*-->')
    o.append('<center>')
    o.append('<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">')
    o.append('<tr><td align="center" valign="top" id="bodyCell">')
    o.append('<table border="0" cellpadding="0" cellspacing="0" width="600" id="templateContainer" style="background-color:#ffffff;">')
    o.append('<tr><td valign="top" id="templatePreheader" style="padding:8px 18px;text-align:right;font-size:11px;"><a href="%s" target="_blank" style="color:#6b7280;">View this email in your browser</a></td></tr>' % esc(VIEW_URL))
    o.append('<tr><td valign="top" id="templateHeader" style="background-color:#123b6d;padding:26px 24px;text-align:center;">')
    o.append('<img src="https://mcusercontent.com/7c1e9a04b2f35d8a6e0c4b19/images/4b0e7f2c-samagra-logo-white.png" width="120" alt="Samagra IAS" style="display:block;margin:0 auto 12px auto;">')
    o.append('<h1>%s</h1>' % esc(meta["masthead"]))
    o.append('<p style="color:#cfe0f5;font-size:13px;margin:8px 0 0 0;">%s</p>' % esc(meta["tagline"]))
    o.append('</td></tr>')
    o.append('<tr><td valign="top" id="templateBody" style="padding:10px 24px 24px 24px;">')
    i = 0
    while i < len(blocks):
        kind, val = blocks[i]
        if kind in ("li", "oli"):
            tag = "ul" if kind == "li" else "ol"
            o.append('<%s style="padding-left:22px;margin:8px 0;">' % tag)
            while i < len(blocks) and blocks[i][0] == kind:
                o.append('<li style="margin-bottom:6px;">%s</li>' % fmt(blocks[i][1]))
                i += 1
            o.append('</%s>' % tag)
            continue
        if kind == "h2":
            o.append('<h2>%s</h2>' % esc(val))
        elif kind == "h3":
            o.append('<h3>%s</h3>' % esc(val))
        elif kind == "callout":
            o.append('<table border="0" cellpadding="0" cellspacing="0" width="100%%" style="margin:14px 0;"><tr><td style="background-color:#fff4e0;border-left:4px solid #f0a020;padding:10px 14px;">%s</td></tr></table>' % fmt(val))
        elif kind == "table":
            o.append('<table class="recap" border="0" cellpadding="0" cellspacing="0" width="100%" style="margin:10px 0 16px 0;">')
            for r, row in enumerate(val):
                cls = ' class="head"' if r == 0 else ""
                o.append('<tr%s>%s</tr>' % (cls, "".join('<td>%s</td>' % esc(c) for c in row)))
            o.append('</table>')
        elif kind == "button":
            label, url = val.split("|")
            o.append('<table border="0" cellpadding="0" cellspacing="0" style="margin:6px 0 14px 0;"><tr><td align="center" style="background-color:#f0a020;border-radius:4px;padding:11px 22px;"><a href="%s" target="_blank" style="color:#ffffff;font-weight:bold;text-decoration:none;">%s</a></td></tr></table>' % (esc(url), esc(label)))
        else:
            o.append('<p style="margin:0 0 12px 0;">%s</p>' % fmt(val))
        i += 1
    o.append('</td></tr>')
    o.append('<tr><td valign="top" id="templateFooter" class="footer" style="background-color:#f6f7f9;padding:18px 24px;text-align:center;border-top:1px solid #e5e7eb;">')
    links = []
    for f in meta["footer"]:
        if "|" in f:
            label, url = f.split("|")
            links.append('<a href="%s" style="color:#6b7280;">%s</a>' % (esc(url), esc(label)))
        else:
            o.append('<p style="margin:0 0 6px 0;">%s</p>' % esc(f))
    o.append('<p style="margin:6px 0 0 0;">%s</p>' % " &middot; ".join(links))
    o.append('</td></tr>')
    o.append('</table>')
    o.append('</td></tr>')
    o.append('</table>')
    o.append('</center>')
    o.append('<img src="https://samagraias.us21.list-manage.com/track/open.php?u=7c1e9a04b2f35d8a6e0c4b19&id=8d2b6e41fa&e=5b8e1d0a2c" height="1" width="1" alt="">')
    o.append('</body>')
    o.append('</html>')
    return "\n".join(o) + "\n"


def fmt(s):
    """Escape, and bold a leading label ending in a colon (as the template does)."""
    m = re.match(r"^([^:]{2,60}):( .*)$", s)
    if m and not re.match(r"Q\d", m.group(1)):
        return "<strong>%s:</strong>%s" % (esc(m.group(1)), esc(m.group(2)))
    return esc(s)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def render():
    """The .eml file's bytes."""
    with open(SRC, encoding="utf-8") as f:
        meta, blocks = parse(f.read().split("\n"))
    subject = Header("\U0001F4CC " + meta["title"], "utf-8").encode()
    head = []
    for name, val in HEADERS:
        if name == "Subject":
            val = subject
        head.append("%s: %s" % (name, val))
    body = [
        "\r\n".join(head),
        "",
        "This is a multi-part message in MIME format",
        "",
        "--" + BOUNDARY,
        'Content-Type: text/plain; charset="utf-8"; format="fixed"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain(meta, blocks)).replace("\n", "\r\n"),
        "--" + BOUNDARY,
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(rich(meta, blocks)).replace("\n", "\r\n"),
        "--" + BOUNDARY + "--",
        "",
    ]
    return "\r\n".join(body).encode("ascii")


def build():
    data = render()
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
