#!/usr/bin/python3
"""Re-make docs/policy-desk-newsletter.eml from tools/policy-desk-newsletter.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The message is laid out the way a Mailchimp campaign arrives and is
saved from a mail client: delivery and list headers, multipart/alternative with a text/plain
part (Mailchimp's "** Heading" + dashed-rule plain-text style) and a text/html part (the
table-based template), both UTF-8 quoted-printable, CRLF line ends. Byte-for-byte reproducible.
"""
import html
import os
import quopri
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "policy-desk-newsletter.txt")
OUT = os.path.join(HERE, "..", "docs", "policy-desk-newsletter.eml")

SUBJECT = "\U0001F4CC MPC holds at 5.50%: what the pause means + your inflation-targeting cheat sheet"
PREHEADER = "Repo unchanged, forecasts revised, and the whole MPC chapter on one page."
BOUNDARY = "_----------=_MCPart_1184306237"
U, ID, E = "8c1f2be7a94d05e3c61a7d2f0", "4b7e21c9d0", "9f2a61c3b7"
ARCHIVE = "https://us21.campaign-archive.com/?e=%s&u=%s&id=%s" % (E, U, ID)
PREFS = "https://policydesk.us21.list-manage.com/profile?u=%s&id=6a0d3f58e2&e=%s&c=%s" % (U, E, ID)
UNSUB = "https://policydesk.us21.list-manage.com/unsubscribe?u=%s&id=6a0d3f58e2&t=b&e=%s&c=%s" % (U, E, ID)
ADDRESS = ["The Policy Desk", "2nd Floor, 14 Old Rajinder Nagar Market", "New Delhi, DL 110060",
           "India"]

HEADERS = [
    ("Return-Path", "<bounce-mc.us21_171039042.5310761-9f2a61c3b7@mail44.suw121.mcdlv.net>"),
    ("Delivered-To", "ananya.upsc@example.com"),
    ("Received", "from mail44.suw121.mcdlv.net (mail44.suw121.mcdlv.net. [198.2.180.44])\r\n"
                 "        by mx.example.com with ESMTPS id 5b1f17b1804b1-46e61a0c2d1si2240315e9.88\r\n"
                 "        for <ananya.upsc@example.com>;\r\n"
                 "        Sat, 04 Oct 2025 02:00:47 -0700 (PDT)"),
    ("Date", "Sat, 04 Oct 2025 09:00:41 +0000"),
    ("From", "The Policy Desk <hello@policydesk.example>"),
    ("Reply-To", "The Policy Desk <hello@policydesk.example>"),
    ("To", "<ananya.upsc@example.com>"),
    ("Message-ID", "<ba6c1e0d5f2b4a2cb0f3e1d95c7a8e41@mail44.suw121.mcdlv.net>"),
    ("Subject", None),
    ("Feedback-ID", "171039042:171039042.5310761:us21:mc"),
    ("List-ID", "The Policy Desk <%s.6a0d3f58e2.list-id.mcsv.net>" % U),
    ("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (ID, "e41f93")),
    ("X-Campaign", "mailchimp%s.%s" % (U, ID)),
    ("X-campaignid", "mailchimp%s.%s" % (U, ID)),
    ("X-Report-Abuse", "Please report abuse for this campaign here:\r\n"
                       " https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (U, ID, E)),
    ("X-MC-User", U),
    ("X-Accounttype", "pr"),
    ("List-Unsubscribe", "<https://policydesk.us21.list-manage.com/unsubscribe?u=%s&id=6a0d3f58e2&t=b&e=%s&c=%s>,\r\n"
                         " <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
                         % (U, E, ID, U[:9], ID, E)),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/alternative; boundary="%s"' % BOUNDARY),
]


def parse():
    meta, blocks = {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for line in lines:
        s = line.rstrip()
        if s.startswith("@"):
            k, _, v = s[1:].partition(" ")
            meta[k] = v
        elif s.startswith("## "):
            flush()
            blocks.append(("h2", s[3:]))
        elif s.startswith("| "):
            flush()
            cells = [c.strip() for c in s[2:].split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif s.startswith("- "):
            flush()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(s[2:])
            else:
                blocks.append(("ul", [s[2:]]))
        elif re.match(r"^\d+\. ", s) and not (blocks and blocks[-1][0] == "h2" and blocks[-1][1] == "Quiz answers"):
            flush()
            item = s.split(". ", 1)[1]
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(item)
            else:
                blocks.append(("ol", [item]))
        elif s.startswith("> "):
            flush()
            blocks.append(("box", s[2:]))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return meta, blocks


def plain(meta, blocks):
    out = ["View this email in your browser (%s)" % ARCHIVE, "", meta["masthead"], meta["tagline"], ""]
    for kind, val in blocks:
        if kind == "h2":
            out += ["", "** " + val, "-" * 60]
        elif kind == "p":
            out += [val, ""]
        elif kind == "box":
            out += [val, ""]
        elif kind == "ul":
            out += ["* " + i for i in val] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (n, i) for n, i in enumerate(val, 1)] + [""]
        elif kind == "table":
            out += ["%s: %s" % (r[0], r[1]) for r in val] + [""]
    out += ["", "=" * 60, "Copyright \u00a9 2025 The Policy Desk, All rights reserved.",
            "You are receiving this email because you signed up for the weekly economy brief at our website.",
            "", "Our mailing address is:"] + ADDRESS + [
            "", "Want to change how you receive these emails?",
            "You can ** update your preferences (%s)" % PREFS,
            "or ** unsubscribe from this list (%s)" % UNSUB, "",
            "Email Marketing Powered by Mailchimp",
            "http://www.mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter&utm_medium=email&utm_campaign=monkey_rewards&aid=%s&afl=1" % U,
            ""]
    return "\n".join(out)


CSS = """p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}.mcnPreviewText{display:none !important;}#outlook a{padding:0;}table,td{mso-table-lspace:0pt;mso-table-rspace:0pt;}.ExternalClass{width:100%;}.ReadMsgBody{width:100%;}p,a,li,td,blockquote{mso-line-height-rule:exactly;}#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}body,#bodyTable{background-color:#F4F1EA;}#templateHeader{background-color:#1B3A5C;}#templateBody{background-color:#FFFFFF;}h2{color:#1B3A5C;font-family:Georgia,Times,serif;font-size:20px;line-height:125%;}#templateBody .mcnTextContent{color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;}#templateFooter .mcnTextContent{color:#656565;font-family:Helvetica;font-size:12px;line-height:150%;text-align:center;}.glance td{border:1px solid #D8D2C4;padding:6px 8px;font-size:14px;}.box{background-color:#FFF4D6;border-left:4px solid #E0A100;padding:12px 16px;}@media only screen and (max-width:480px){body,table,td,p,a,li,blockquote{-webkit-text-size-adjust:none !important;}body{width:100% !important;min-width:100% !important;}.mcnTextContent{font-size:16px !important;line-height:150% !important;}}"""


def e(s):
    return html.escape(s, quote=False)


def text_block(inner):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">\n'
            '<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">\n'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">\n'
            '<tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;">\n'
            + inner + '\n</td></tr></tbody></table>\n</td></tr></tbody></table>\n')


def html_doc(meta, blocks):
    body = []
    for kind, val in blocks:
        if kind == "h2":
            body.append("<h2>%s</h2>" % e(val))
        elif kind == "p":
            v = e(val)
            v = re.sub(r"^(Why hold when inflation is this soft\?|Our read:|Question:|Answer skeleton:)",
                       r"<strong>\1</strong>", v)
            body.append("<p>%s</p>" % v)
        elif kind == "box":
            body.append('<div class="box"><p style="margin:0;">%s</p></div>' % e(val))
        elif kind == "ul":
            body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(i) for i in val))
        elif kind == "ol":
            body.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(i) for i in val))
        elif kind == "table":
            rows = []
            for n, r in enumerate(val):
                tag = "th" if n == 0 else "td"
                rows.append("<tr>%s</tr>" % "".join('<%s align="left">%s</%s>' % (tag, e(c), tag) for c in r))
            body.append('<table class="glance" width="100%%" border="0" cellpadding="0" cellspacing="0">%s</table>'
                        % "".join(rows))
    footer = ('<em>Copyright &copy; 2025 The Policy Desk, All rights reserved.</em><br>\n'
              'You are receiving this email because you signed up for the weekly economy brief at our website.<br>\n<br>\n'
              '<strong>Our mailing address is:</strong><br>\n'
              '<div class="vcard"><span class="org fn">%s</span><div class="adr"><div class="street-address">%s</div>'
              '<span class="locality">New Delhi</span>, <span class="region">DL</span> <span class="postal-code">110060</span>'
              '<div class="country-name">India</div></div></div><br>\n'
              'Want to change how you receive these emails?<br>\n'
              'You can <a href="%s">update your preferences</a> or <a href="%s">unsubscribe from this list</a>.<br>\n<br>\n'
              '<a href="http://www.mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=monkey_rewards&amp;aid=%s&amp;afl=1">'
              '<img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" border="0" alt="Intuit Mailchimp" title="Intuit Mailchimp" width="139" height="54"></a>'
              % (ADDRESS[0], ADDRESS[1], html.escape(PREFS), html.escape(UNSUB), U))
    return ('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<!--[if gte mso 15]>\n<xml>\n<o:OfficeDocumentSettings>\n<o:AllowPNG/>\n<o:PixelsPerInch>96</o:PixelsPerInch>\n'
            '</o:OfficeDocumentSettings>\n</xml>\n<![endif]-->\n'
            '<meta charset="UTF-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style type="text/css">\n%s\n</style>\n</head>\n'
            '<body>\n<!--*|IF:MC_PREVIEW_TEXT|*-->\n<!--[if !gte mso 9]><!----><span class="mcnPreviewText" '
            'style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">'
            '%s</span><!--<![endif]-->\n<!--*|END:IF|*-->\n'
            '<center>\n<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable">\n'
            '<tr><td align="center" valign="top" id="bodyCell">\n'
            '<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->\n'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="templateContainer">\n'
            '<tr><td valign="top" id="templatePreheader">\n%s</td></tr>\n'
            '<tr><td valign="top" id="templateHeader">\n%s</td></tr>\n'
            '<tr><td valign="top" id="templateBody">\n%s</td></tr>\n'
            '<tr><td valign="top" id="templateFooter">\n%s</td></tr>\n'
            '</table>\n<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->\n'
            '</td></tr>\n</table>\n</center>\n'
            '<img src="https://policydesk.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt="">\n'
            '</body>\n</html>\n') % (
        e(SUBJECT), CSS, e(PREHEADER),
        text_block('<div style="text-align:right;font-size:11px;"><a href="%s" target="_blank">View this email in your browser</a></div>' % html.escape(ARCHIVE)),
        text_block('<h1 style="color:#FFFFFF;font-family:Georgia,Times,serif;font-size:30px;letter-spacing:2px;">%s</h1>\n'
                   '<p style="color:#E8DFC8;font-size:13px;">%s</p>' % (e(meta["masthead"]), e(meta["tagline"]))),
        text_block("\n".join(body)),
        text_block(footer), U, ID, E)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def build():
    meta, blocks = parse()
    lines = []
    for k, v in HEADERS:
        if k == "Subject":
            v = Header(SUBJECT, "utf-8").encode(linesep="\r\n")
        lines.append("%s: %s" % (k, v))
    head = "\r\n".join(lines) + "\r\n\r\n"
    parts = []
    for sub, body in (("plain", plain(meta, blocks)), ("html", html_doc(meta, blocks))):
        parts.append("--%s\r\nContent-Type: text/%s; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n"
                     % (BOUNDARY, sub, qp(body).replace("\n", "\r\n")))
    msg = head + "This is a multi-part message in MIME format\r\n\r\n" + "\r\n".join(parts) + "\r\n--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(msg.encode("ascii"))


if __name__ == "__main__":
    build()
