#!/usr/bin/python3
"""Re-make docs/ozone-depletion-newsletter.eml from tools/ozone-depletion-newsletter.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The output is byte-for-byte reproducible: the headers, the Date, the
Message-ID and the MIME boundary are fixed, and both parts are quoted-printable UTF-8 with CRLF
line ends, as a mail client saves a message it has received.

Source markup (one block per paragraph, blocks separated by blank lines):
  @greeting TEXT   the opening salutation
  @index           the "In this issue" list, made from the ## headings
  ## HEADING       a section heading (h2 with an anchor in HTML, "** " line in plain text)
  - TEXT           bullet item
  1. TEXT          numbered item
  !LABEL: TEXT     a coloured callout box ("Exam tip", "Prelims trap")
  | a | b |        a table row; the first row is the header row
  **bold**         bold inside a line (plain text drops the stars)
"""
import email.charset
import email.generator
import email.policy
import html
import io
import os
import re
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ozone-depletion-newsletter.txt")
OUT = os.path.join(HERE, "..", "docs", "ozone-depletion-newsletter.eml")

ISSUE = "112"
WEB = "https://prepwiseias.in/newsletter/env-weekly-112"
UNSUB = "https://prepwiseias.in/newsletter/unsubscribe?list=env-weekly&u=7f3a9c21e4"
PREFS = "https://prepwiseias.in/newsletter/preferences?list=env-weekly&u=7f3a9c21e4"
BOUNDARY = "----=_Part_48213_1736502291.1757901612044"
RULE = "-" * 60

HEADERS = [
    ("Return-Path", "<bounce-envweekly-112-7f3a9c21e4@mail.prepwiseias.in>"),
    ("Received", "from mta2.mail.prepwiseias.in (mta2.mail.prepwiseias.in [203.0.113.42])"
                 " by mx.example.com with ESMTPS id 4cQk2s1Lz9z1xqV"
                 " for <priya.upsc26@example.com>; Mon, 15 Sep 2025 07:30:14 +0530 (IST)"),
    ("Received", "from app01.prepwiseias.in (localhost [127.0.0.1])"
                 " by mta2.mail.prepwiseias.in (Postfix) with ESMTP id 9B1E42A0C3"
                 " for <priya.upsc26@example.com>; Mon, 15 Sep 2025 07:30:12 +0530 (IST)"),
    ("From", "Prepwise IAS Environment Desk <newsletter@prepwiseias.in>"),
    ("Reply-To", "Prepwise IAS <ask@prepwiseias.in>"),
    ("To", "Priya <priya.upsc26@example.com>"),
    ("Subject", "Env Weekly #112: Ozone layer, CFCs, the 1985 hole and the 2023 recovery report"),
    ("Date", "Mon, 15 Sep 2025 07:30:12 +0530"),
    ("Message-ID", "<20250915020012.112.7f3a9c21e4@mail.prepwiseias.in>"),
    ("List-Id", "Environment Weekly <env-weekly.prepwiseias.in>"),
    ("List-Unsubscribe", "<mailto:unsub-7f3a9c21e4@mail.prepwiseias.in?subject=unsubscribe>,"
                         " <%s>" % UNSUB),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("Feedback-ID", "envweekly-112:newsletter:prepwiseias"),
    ("X-Mailer", "Prepwise Mailer 3.2"),
]


def parse(lines):
    """Group the source into blocks: (kind, payload)."""
    blocks, i = [], 0
    while i < len(lines):
        s = lines[i].rstrip()
        if not s:
            i += 1
            continue
        if s.startswith("@greeting "):
            blocks.append(("greeting", s[10:]))
        elif s == "@index":
            blocks.append(("index", None))
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("- ") or re.match(r"\d+\. ", s) or s.startswith("| "):
            kind = "ul" if s.startswith("- ") else ("ol" if s[0].isdigit() else "table")
            items = []
            while i < len(lines) and lines[i].strip():
                t = lines[i].rstrip()
                if kind == "ul":
                    items.append(t[2:])
                elif kind == "ol":
                    items.append(re.sub(r"^\d+\. ", "", t))
                else:
                    items.append([c.strip() for c in t.strip("|").split("|")])
                i += 1
            blocks.append((kind, items))
            continue
        elif s.startswith("!"):
            label, text = s[1:].split(": ", 1)
            blocks.append(("callout", (label, text)))
        else:
            blocks.append(("p", s))
        i += 1
    return blocks


def anchor(h):
    return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")


def inline_html(s):
    out = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def inline_plain(s):
    return s.replace("**", "")


def render_plain(blocks):
    heads = [b[1] for b in blocks if b[0] == "h2"]
    out = ["View this email in your browser (%s)" % WEB, "",
           "** ENVIRONMENT WEEKLY | Issue #%s | 15 September 2025" % ISSUE, RULE,
           "Prepwise IAS - notes for GS Paper III (Environment)", ""]
    for kind, x in blocks:
        if kind == "greeting":
            out += [x, ""]
        elif kind == "index":
            out += ["** In this issue", RULE]
            out += ["%d. %s" % (n, h) for n, h in enumerate(heads, 1)]
            out.append("")
        elif kind == "h2":
            out += ["", "** " + x, RULE]
        elif kind == "p":
            out += [inline_plain(x), ""]
        elif kind == "ul":
            out += ["* " + inline_plain(t) for t in x]
            out.append("")
        elif kind == "ol":
            out += ["%d. %s" % (n, inline_plain(t)) for n, t in enumerate(x, 1)]
            out.append("")
        elif kind == "callout":
            out += [">> %s: %s" % (x[0].upper(), inline_plain(x[1])), ""]
        elif kind == "table":
            for row in x[1:]:
                out.append("%s: %s" % (row[0], row[1]))
            out.append("")
    out += [RULE,
            "You are receiving this email because you signed up for Environment Weekly at prepwiseias.in.",
            "",
            "Unsubscribe from this list: %s" % UNSUB,
            "Update your preferences: %s" % PREFS,
            "",
            "Prepwise IAS, 2nd Floor, 14/9 Pusa Road, Old Rajinder Nagar, New Delhi 110060",
            "Copyright (C) 2025 Prepwise IAS. All rights reserved.", ""]
    return "\n".join(out)


CSS = """body{margin:0;padding:0;background:#f2f4f7;}
table{border-collapse:collapse;}
.wrap{width:100%;background:#f2f4f7;}
.card{max-width:640px;margin:0 auto;background:#ffffff;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.55;color:#1d2733;}
h1{font-family:Arial,Helvetica,sans-serif;font-size:24px;color:#0b5d3b;margin:0;}
h2{font-family:Arial,Helvetica,sans-serif;font-size:19px;color:#0b5d3b;border-bottom:2px solid #cfe6d9;padding-bottom:4px;margin:28px 0 10px;}
.facts td,.facts th{border:1px solid #cfd8e3;padding:6px 8px;font-size:14px;text-align:left;vertical-align:top;}
.facts th{background:#0b5d3b;color:#ffffff;}
.callout{background:#fff6dd;border-left:4px solid #f0a500;padding:10px 14px;margin:14px 0;font-size:15px;}
.footer{font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#6b7785;text-align:center;padding:24px;}
@media only screen and (max-width:480px){.card{width:100% !important;}}"""


def render_html(blocks):
    heads = [b[1] for b in blocks if b[0] == "h2"]
    o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
         ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">',
         "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
         '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
         "<title>Env Weekly #%s: Ozone special</title>" % ISSUE,
         "<style type=\"text/css\">", CSS, "</style>",
         "</head>",
         "<body>",
         '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">'
         "World Ozone Day special: the layer, the hole, the treaties and this year's recovery numbers"
         "&#8199;&#65279;&#847;&#8199;&#65279;&#847;</div>",
         '<table role="presentation" class="wrap" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
         '<table role="presentation" class="card" width="640" cellpadding="0" cellspacing="0">',
         '<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;text-align:right;">'
         '<a href="%s" style="color:#6b7785;">View this email in your browser</a></td></tr>' % WEB,
         '<tr><td style="padding:18px 24px;background:#e8f4ee;">'
         '<img src="https://prepwiseias.in/static/mail/logo-envweekly.png" width="150" height="40"'
         ' alt="Prepwise IAS" style="display:block;border:0;" />'
         "<h1>Environment Weekly</h1>"
         '<p style="margin:4px 0 0;font-family:Arial,sans-serif;font-size:13px;color:#3c4a57;">'
         "Issue #%s &middot; 15 September 2025 &middot; GS Paper III (Environment)</p></td></tr>" % ISSUE,
         '<tr><td style="padding:8px 24px 24px;">']
    for kind, x in blocks:
        if kind == "greeting":
            o.append("<p>%s</p>" % inline_html(x))
        elif kind == "index":
            o.append('<table role="presentation" width="100%" style="background:#f6f8fa;margin:12px 0;">'
                     '<tr><td style="padding:12px 16px;">')
            o.append('<p style="margin:0 0 6px;font-family:Arial,sans-serif;font-weight:bold;">In this issue</p>')
            o.append('<ol style="margin:0;padding-left:20px;">')
            for h in heads:
                o.append('<li><a href="#%s" style="color:#0b5d3b;">%s</a></li>' % (anchor(h), html.escape(h)))
            o.append("</ol></td></tr></table>")
        elif kind == "h2":
            o.append('<h2 id="%s">%s</h2>' % (anchor(x), html.escape(x)))
        elif kind == "p":
            o.append("<p>%s</p>" % inline_html(x))
        elif kind in ("ul", "ol"):
            o.append("<%s>" % kind)
            o += ["<li>%s</li>" % inline_html(t) for t in x]
            o.append("</%s>" % kind)
        elif kind == "callout":
            o.append('<div class="callout"><strong>%s:</strong> %s</div>'
                     % (html.escape(x[0]), inline_html(x[1])))
        elif kind == "table":
            o.append('<table class="facts" width="100%" cellpadding="0" cellspacing="0">')
            o.append("<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(c) for c in x[0]))
            for row in x[1:]:
                o.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in row))
            o.append("</table>")
    o += ["</td></tr>",
          '<tr><td class="footer">'
          "<p>You are receiving this email because you signed up for Environment Weekly at prepwiseias.in.</p>"
          '<p><a href="%s">Unsubscribe from this list</a> &middot; <a href="%s">Update your preferences</a></p>'
          % (html.escape(UNSUB), html.escape(PREFS)),
          "<p>Prepwise IAS, 2nd Floor, 14/9 Pusa Road, Old Rajinder Nagar, New Delhi 110060</p>"
          "<p>&copy; 2025 Prepwise IAS. All rights reserved.</p></td></tr>",
          "</table>",
          "</td></tr></table>",
          '<img src="https://mail.prepwiseias.in/o/112/7f3a9c21e4.gif" width="1" height="1" alt="" />',
          "</body>",
          "</html>", ""]
    return "\n".join(o)


def build():
    with open(SRC, encoding="utf-8") as f:
        blocks = parse(f.read().split("\n"))
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP
    msg = MIMEMultipart("alternative", boundary=BOUNDARY)
    for k, v in HEADERS:
        msg[k] = v
    ctype = msg["Content-Type"]
    del msg["MIME-Version"]
    del msg["Content-Type"]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = ctype
    for text, sub in ((render_plain(blocks), "plain"), (render_html(blocks), "html")):
        part = MIMEText(text, sub, cs)
        del part["MIME-Version"]
        msg.attach(part)
    buf = io.BytesIO()
    email.generator.BytesGenerator(buf, policy=email.policy.SMTP, mangle_from_=False).flatten(msg)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
