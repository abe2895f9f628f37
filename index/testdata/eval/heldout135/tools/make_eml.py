#!/usr/bin/python3
"""Re-make docs/erupee-newsletter.eml from tools/erupee-newsletter.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The message is multipart/alternative (text/plain, then text/html), both
parts quoted-printable, CRLF line ends, a fixed boundary and fixed headers, so the output is the
same byte for byte on every run.
"""
import html
import os
import re
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "erupee-newsletter.txt")
OUT = os.path.join(HERE, "..", "docs", "erupee-newsletter.eml")

SITE = "https://ledgerline.in"
UNSUB = "https://ledgerline.in/u/147/9f3c2a71e5?list=weekly"
BROWSER = "https://ledgerline.in/issues/147-three-years-of-e-rupee"
BOUNDARY = "===============4417023986245181207=="

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")

CSS = """
      body { margin: 0; padding: 0; -webkit-text-size-adjust: 100%; }
      table { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }
      img { border: 0; outline: none; text-decoration: none; }
      a { color: #0b6e4f; }
      .wrap { width: 600px; }
      @media only screen and (max-width: 620px) {
        .wrap { width: 100% !important; }
        .pad { padding-left: 18px !important; padding-right: 18px !important; }
      }
"""


def inline_html(s):
    s = html.escape(s, quote=False)
    s = BOLD.sub(r"<strong>\1</strong>", s)
    return LINK.sub(r'<a href="\2" style="color:#0b6e4f;">\1</a>', s)


def inline_text(s):
    s = BOLD.sub(r"\1", s)
    return LINK.sub(r"\1 (\2)", s)


def read_blocks():
    blocks = []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            tag, _, text = line.partition("|")
            blocks.append((tag, text))
    return blocks


def render(blocks):
    meta = {t: x for t, x in blocks if t in ("SUBJECT", "PREHEADER", "H1", "BYLINE")}
    txt = ["** THE LEDGER LINE", "India's fintech, decoded. Every Tuesday.",
           "View this email in your browser (%s)" % BROWSER, "", "** " + meta["H1"],
           "------------------------------------------------------------", meta["BYLINE"], ""]
    body = []
    open_list = None

    def close_list():
        nonlocal open_list
        if open_list:
            body.append('              </%s>' % open_list)
            txt.append("")
            open_list = None

    def start_list(kind, style):
        nonlocal open_list
        if open_list != kind:
            close_list()
            body.append('              <%s style="%s">' % (kind, style))
            open_list = kind

    ol_n = 0
    p_style = 'style="margin:0 0 16px 0;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#1d1d1b;"'
    li_style = 'style="margin:0 0 10px 0;font-family:Georgia,serif;font-size:17px;line-height:1.55;color:#1d1d1b;"'
    for tag, text in blocks:
        if tag in ("SUBJECT", "PREHEADER", "H1", "BYLINE"):
            continue
        if tag not in ("TOC", "LI", "OL"):
            close_list()
        if tag == "P":
            body.append("              <p %s>%s</p>" % (p_style, inline_html(text)))
            txt += [inline_text(text), ""]
        elif tag == "TOCHEAD":
            body.append('              <p style="margin:8px 0 6px 0;font-family:Arial,Helvetica,sans-serif;'
                        'font-size:13px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;'
                        'color:#0b6e4f;">%s</p>' % inline_html(text))
            txt += ["** " + text.upper(), "------------------------------------------------------------"]
            ol_n = 0
        elif tag == "TOC":
            start_list("ol", "margin:0 0 24px 0;padding-left:22px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;")
            ol_n += 1
            body.append('                <li style="margin:0 0 4px 0;">%s</li>' % inline_html(text))
            txt.append("%d. %s" % (ol_n, inline_text(text)))
        elif tag == "H2":
            body.append('              <h2 style="margin:32px 0 12px 0;font-family:Arial,Helvetica,sans-serif;'
                        'font-size:22px;line-height:1.3;color:#0b3d2e;">%s</h2>' % inline_html(text))
            txt += ["", "** " + inline_text(text),
                    "------------------------------------------------------------"]
            ol_n = 0
        elif tag == "LI":
            start_list("ul", "margin:0 0 16px 0;padding-left:22px;")
            body.append("                <li %s>%s</li>" % (li_style, inline_html(text)))
            txt.append("* " + inline_text(text))
        elif tag == "OL":
            start_list("ol", "margin:0 0 16px 0;padding-left:22px;")
            ol_n += 1
            body.append("                <li %s>%s</li>" % (li_style, inline_html(text)))
            txt.append("%d. %s" % (ol_n, inline_text(text)))
        elif tag == "Q":
            body.append('              <p style="margin:0 0 4px 0;font-family:Arial,Helvetica,sans-serif;'
                        'font-size:16px;font-weight:bold;color:#0b3d2e;">Q. %s</p>' % inline_html(text))
            txt.append("Q. " + inline_text(text))
        elif tag == "A":
            body.append("              <p %s>%s</p>" % (p_style, inline_html(text)))
            txt += [inline_text(text), ""]
        elif tag == "TIP":
            body.append('              <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">'
                        '<tr><td style="border-left:4px solid #e0a100;background:#fff8e6;padding:12px 16px;'
                        'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1d1d1b;">'
                        "%s</td></tr></table>" % inline_html(text))
            txt += [inline_text(text), ""]
        elif tag == "SPONSOR":
            blurb, cta, url = text.split("|")
            body.append("            </td>")
            body.append("          </tr>")
            body.append("          <tr>")
            body.append('            <td class="pad" style="padding:20px 40px;background:#f1f7f4;'
                        'border-top:1px solid #d5e6dd;border-bottom:1px solid #d5e6dd;">')
            body.append('              <p style="margin:0 0 6px 0;font-family:Arial,Helvetica,sans-serif;'
                        'font-size:11px;letter-spacing:1px;color:#6b7a73;">SPONSORED</p>')
            body.append('              <p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;'
                        'font-size:15px;line-height:1.5;color:#1d1d1b;">%s</p>' % inline_html(blurb))
            body.append('              <a href="%s" style="display:inline-block;padding:10px 18px;background:#0b6e4f;'
                        'color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;'
                        'text-decoration:none;border-radius:4px;">%s</a>' % (html.escape(url), html.escape(cta)))
            body.append("            </td>")
            body.append("          </tr>")
            body.append("          <tr>")
            body.append('            <td class="pad" style="padding:8px 40px 24px 40px;">')
            txt += ["------------------------------------------------------------", "SPONSORED",
                    inline_text(blurb), "%s (%s)" % (cta, url),
                    "------------------------------------------------------------", ""]
    close_list()
    foot = [x for t, x in blocks if t == "FOOT"]
    txt += ["============================================================"]
    txt += foot
    txt += ["Unsubscribe (%s)" % UNSUB, "Update your preferences (%s/preferences)" % SITE,
            "Forward to a friend (%s/forward/147)" % SITE, ""]

    page = []
    page.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    page.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="en">')
    page.append("  <head>")
    page.append('    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />')
    page.append('    <meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    page.append("    <title>%s</title>" % html.escape("The Ledger Line " + meta["SUBJECT"], quote=False))
    page.append('    <style type="text/css">%s    </style>' % CSS)
    page.append("  </head>")
    page.append('  <body style="margin:0;padding:0;background-color:#eef1ee;">')
    page.append('    <div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s'
                '&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>' % html.escape(meta["PREHEADER"], quote=False))
    page.append('    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
                'style="background-color:#eef1ee;">')
    page.append("      <tr>")
    page.append('        <td align="center" style="padding:24px 0;">')
    page.append('          <table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" '
                'border="0" style="background-color:#ffffff;">')
    page.append("          <tr>")
    page.append('            <td class="pad" style="padding:14px 40px;background:#0b3d2e;font-family:Arial,'
                'Helvetica,sans-serif;font-size:12px;color:#cfe3da;text-align:right;">'
                '<a href="%s" style="color:#cfe3da;">View in browser</a></td>' % BROWSER)
    page.append("          </tr>")
    page.append("          <tr>")
    page.append('            <td class="pad" style="padding:28px 40px 8px 40px;">')
    page.append('              <div style="font-family:Arial,Helvetica,sans-serif;font-size:28px;font-weight:bold;'
                'letter-spacing:2px;color:#0b3d2e;">THE LEDGER LINE</div>')
    page.append('              <div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#6b7a73;">'
                "India's fintech, decoded. Every Tuesday.</div>")
    page.append('              <h1 style="margin:28px 0 8px 0;font-family:Georgia,serif;font-size:30px;'
                'line-height:1.25;color:#1d1d1b;">%s</h1>' % inline_html(meta["H1"]))
    page.append('              <p style="margin:0 0 24px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;'
                'color:#6b7a73;">%s</p>' % inline_html(meta["BYLINE"]))
    page += body
    page.append("            </td>")
    page.append("          </tr>")
    page.append("          <tr>")
    page.append('            <td class="pad" style="padding:24px 40px;background:#0b3d2e;font-family:Arial,'
                'Helvetica,sans-serif;font-size:12px;line-height:1.6;color:#cfe3da;">')
    for f in foot:
        page.append('              <p style="margin:0 0 8px 0;">%s</p>' % inline_html(f))
    page.append('              <p style="margin:0;"><a href="%s" style="color:#ffffff;">Unsubscribe</a> | '
                '<a href="%s/preferences" style="color:#ffffff;">Update your preferences</a> | '
                '<a href="%s/forward/147" style="color:#ffffff;">Forward to a friend</a></p>' % (UNSUB, SITE, SITE))
    page.append("            </td>")
    page.append("          </tr>")
    page.append("          </table>")
    page.append("        </td>")
    page.append("      </tr>")
    page.append("    </table>")
    page.append('    <img src="https://ledgerline.in/o/147/9f3c2a71e5.gif" width="1" height="1" alt="" '
                'style="display:block;border:0;" />')
    page.append("  </body>")
    page.append("</html>")
    return meta["SUBJECT"], "\n".join(txt) + "\n", "\n".join(page) + "\n"


def build():
    subject, text, page = render(read_blocks())
    msg = EmailMessage(policy=policy.SMTP)
    msg["Delivered-To"] = "riya.prep2026@gmail.com"
    msg["Received"] = ("from mta7.ledgerline.in (mta7.ledgerline.in. [198.51.100.27]) by mx.google.com "
                       "with ESMTPS id 5b1f17b1804b1-4538a1f2c3dsi412587f8f.17.2025.07.08.02.00.04 "
                       "for <riya.prep2026@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 "
                       "bits=256/256); Tue, 08 Jul 2025 02:00:04 -0700 (PDT)")
    msg["Return-Path"] = "<bounces+147-riya.prep2026=gmail.com@mta7.ledgerline.in>"
    msg["From"] = "Meera Iyer at The Ledger Line <meera@ledgerline.in>"
    msg["Reply-To"] = "The Ledger Line <hello@ledgerline.in>"
    msg["To"] = "riya.prep2026@gmail.com"
    msg["Subject"] = "The Ledger Line " + subject
    msg["Date"] = "Tue, 08 Jul 2025 14:30:02 +0530"
    msg["Message-ID"] = "<20250708090002.147.9f3c2a71e5@mta7.ledgerline.in>"
    msg["List-Id"] = "The Ledger Line weekly <weekly.ledgerline.in>"
    msg["List-Unsubscribe"] = "<mailto:unsubscribe+9f3c2a71e5@ledgerline.in?subject=unsubscribe>, <%s>" % UNSUB
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "bulk"
    msg["X-Campaign"] = "weekly-147"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary(BOUNDARY)
    for part in msg.iter_parts():
        del part["MIME-Version"]
    with open(OUT, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


if __name__ == "__main__":
    build()
