#!/usr/bin/python3
"""Re-make docs/daily-ca-brief-lokpal.eml from tools/daily-ca-brief-lokpal.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The output is byte-for-byte reproducible: the Date, Message-ID and MIME
boundary are fixed in the source text, and both parts are quoted-printable UTF-8, as a
newsletter service sends them (multipart/alternative: text/plain first, then text/html).

Source markup: "@key value" lines give headers and footer lines; "# " is the edition title
(the next line is its dateline); "## " a section heading; "- " a bullet; "1. " a numbered
item; any other line a paragraph; [text](url) a link.
"""
import email.charset
import os
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "daily-ca-brief-lokpal.txt")
OUT = os.path.join(HERE, "..", "docs", "daily-ca-brief-lokpal.eml")

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
RULE = "-" * 60

CSS = """body{margin:0;padding:0;background:#eef1f5;-webkit-text-size-adjust:100%;}
table{border-collapse:collapse;}
img{border:0;outline:none;text-decoration:none;}
.container{width:600px;background:#ffffff;}
.content h1{font-family:Georgia,serif;font-size:26px;line-height:32px;color:#14213d;margin:0 0 6px;}
.content h2{font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:24px;color:#b5172b;margin:26px 0 8px;border-bottom:2px solid #f0c419;padding-bottom:4px;}
.content p,.content li{font-family:Georgia,serif;font-size:16px;line-height:25px;color:#222222;}
.dateline{font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#6b7280;text-transform:uppercase;letter-spacing:.5px;}
.footer p{font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#6b7280;}
@media only screen and (max-width:620px){.container{width:100% !important;}.content{padding:18px !important;}}"""


def read_source():
    meta, body, sign, footer = {}, [], [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@sign "):
                sign.append(line[6:])
            elif line.startswith("@footer "):
                footer.append(line[8:])
            elif line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                meta[key] = val
            else:
                body.append(line)
    return meta, body, sign, footer


def blocks(body):
    """Yield (kind, items) blocks: h1, dateline, h2, p, ul, ol."""
    out, prev = [], None
    for line in body:
        s = line.strip()
        if not s:
            prev = None
            continue
        if s.startswith("# "):
            out.append(["h1", [s[2:]]])
            prev = "h1"
        elif prev == "h1":
            out.append(["dateline", [s]])
            prev = "dateline"
        elif s.startswith("## "):
            out.append(["h2", [s[3:]]])
            prev = "h2"
        elif s.startswith("- "):
            if prev == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(["ul", [s[2:]]])
            prev = "ul"
        elif re.match(r"\d+\. ", s):
            item = s.split(". ", 1)[1]
            if prev == "ol":
                out[-1][1].append(item)
            else:
                out.append(["ol", [item]])
            prev = "ol"
        else:
            out.append(["p", [s]])
            prev = "p"
    return out


def plain_inline(s):
    return LINK.sub(lambda m: "%s (%s)" % (m.group(1), m.group(2)), s)


def html_inline(s):
    parts, pos = [], 0
    for m in LINK.finditer(s):
        parts.append(escape(s[pos:m.start()], quote=False))
        parts.append('<a href="%s" style="color:#b5172b;">%s</a>' % (escape(m.group(2)), escape(m.group(1), quote=False)))
        pos = m.end()
    parts.append(escape(s[pos:], quote=False))
    text = "".join(parts)
    # bold the lead-in label of a paragraph ("What happened:", "Karnataka:", "Hint:")
    return re.sub(r"^([A-Z][A-Za-z' ]{2,30}:) ", r"<strong>\1</strong> ", text)


def make_plain(meta, bl, sign, footer):
    out = ["View this email in your browser (%s)" % meta["browser"], ""]
    for kind, items in bl:
        if kind == "h1":
            out += ["=" * 60, items[0], "=" * 60]
        elif kind == "dateline":
            out += [items[0], ""]
        elif kind == "h2":
            out += ["", "** " + items[0], RULE]
        elif kind == "p":
            out += [plain_inline(items[0]), ""]
        elif kind == "ul":
            out += ["* " + plain_inline(i) for i in items] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (n, plain_inline(i)) for n, i in enumerate(items, 1)] + [""]
    out += sign + ["", "=" * 60] + footer + [
        "",
        "Unsubscribe (%s)" % meta["unsub"],
        "Update your preferences (%s)" % meta["prefs"],
        "View in browser (%s)" % meta["browser"],
        "",
    ]
    return "\n".join(out)


def make_html(meta, bl, sign, footer):
    c = []
    for kind, items in bl:
        if kind == "h1":
            c.append("<h1>%s</h1>" % escape(items[0], quote=False))
        elif kind == "dateline":
            c.append('<p class="dateline">%s</p>' % escape(items[0], quote=False))
        elif kind == "h2":
            c.append("<h2>%s</h2>" % escape(items[0], quote=False))
        elif kind == "p":
            c.append("<p>%s</p>" % html_inline(items[0]))
        elif kind in ("ul", "ol"):
            c.append("<%s>" % kind)
            c += ['  <li style="margin-bottom:6px;">%s</li>' % html_inline(i) for i in items]
            c.append("</%s>" % kind)
    c.append('<p style="margin-top:28px;">%s</p>' % "<br>\n".join(escape(s, quote=False) for s in sign))
    foot = ["<p>%s</p>" % escape(s, quote=False) for s in footer]
    foot.append('<p><a href="%s" style="color:#6b7280;">Unsubscribe</a> | <a href="%s" style="color:#6b7280;">Update your preferences</a> | <a href="%s" style="color:#6b7280;">View in browser</a></p>'
                % (escape(meta["unsub"]), escape(meta["prefs"]), escape(meta["browser"])))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="x-apple-disable-message-reformatting">
<title>{title}</title>
<style type="text/css">
{css}
</style>
</head>
<body>
<div style="display:none;font-size:1px;color:#eef1f5;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">{pre}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f5">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td class="topbar" align="right" style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;color:#6b7280;background:#eef1f5;"><a href="{browser}" style="color:#6b7280;">View in browser</a></td></tr>
<tr><td class="masthead" align="left" style="padding:18px 24px;background:#14213d;"><img src="https://dailycabrief.in/assets/email/logo-white.png" alt="Daily CA Brief" width="180" height="32" style="display:block;"></td></tr>
<tr><td class="content" style="padding:24px 32px;">
{content}
</td></tr>
<tr><td class="footer" align="center" style="padding:20px 32px;background:#f7f8fa;border-top:1px solid #e5e7eb;">
{foot}
</td></tr>
</table>
</td></tr>
</table>
<img src="https://dailycabrief.in/o/{campaign}/7c1e9a4f2b.gif" width="1" height="1" alt="" style="display:block;border:0;">
</body>
</html>
""".format(title=escape(meta["subject"], quote=False), css=CSS, pre=escape(meta["preheader"], quote=False),
           browser=escape(meta["browser"]), content="\n".join(c), foot="\n".join(foot),
           campaign=meta["campaign"])
    return page


def render():
    meta, body, sign, footer = read_source()
    bl = blocks(body)
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    plain = MIMEText(make_plain(meta, bl, sign, footer), "plain", cs)
    html = MIMEText(make_html(meta, bl, sign, footer), "html", cs)
    for part in (plain, html):
        del part["MIME-Version"]
    msg = MIMEMultipart("alternative", boundary=meta["boundary"])
    ctype = msg["Content-Type"]
    del msg["Content-Type"]
    del msg["MIME-Version"]
    for key, val in (
        ("Return-Path", "<bounce-412-7c1e9a4f2b@mail.dailycabrief.in>"),
        ("From", meta["from"]),
        ("Reply-To", "brief@dailycabrief.in"),
        ("To", meta["to"]),
        ("Subject", meta["subject"]),
        ("Date", meta["date"]),
        ("Message-ID", meta["msgid"]),
        ("List-Id", "Daily CA Brief <daily.dailycabrief.in>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@dailycabrief.in?subject=unsubscribe-7c1e9a4f2b>, <%s>" % meta["unsub"]),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", meta["campaign"]),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
    ):
        msg[key] = val
    msg.attach(plain)
    msg.attach(html)
    return msg.as_bytes(policy=compat32.clone(linesep="\r\n"))


def build():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    build()
