#!/usr/bin/python3
"""Build issue #58 of "Arthniti" (a beehiiv newsletter on the Indian economy for aspirants) as
the .eml a reader saves from Thunderbird: Thunderbird's X-Mozilla-Status lines on top of the
message as Gmail delivered it over IMAP, a multipart/alternative body with a text/plain part and a
beehiiv-style table-layout text/html part, both UTF-8 and quoted-printable, CRLF line ends.

    /usr/bin/python3 tools/make_eml.py [SOURCE.txt [OUT.eml]]

Defaults: tools/arthniti-letter-gst-2-0.txt -> docs/arthniti-letter-gst-2-0.eml. Standard library
only; the output is the same bytes on every run (the tracking ids are hashes of the link text).

Source format, one construct a line:
    %title / %subtitle / %byline / %date / %preheader   the post's header fields
    ## Heading                     a section heading (h2)
    %list Label:                   a bold lead-in line for the list that follows
    - text                         a bullet (one ul per run of bullets)
    | a | b | c                    table rows, the first row the header
    **bold**                       bold inside any line
    anything else                  a paragraph
"""
import base64
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "arthniti-letter-gst-2-0.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "arthniti-letter-gst-2-0.eml")
BOUNDARY = "--==_mimepart_68e21d2c8a1f4_3b2a9c1e4d7f5a60b"
POST_URL = "https://arthniti.beehiiv.com/p/gst-2-0-two-weeks-in-slabs-40-rate-end-of-compensation-cess"


def h(s, n=10):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def track(label, target):
    """A beehiiv click-tracking link for target."""
    k = h(label + target, 40)
    return ("https://link.mail.beehiiv.com/ss/c/u001.%s%s/4ks/%s/h%d/h001.%s"
            % (k[:22], h(target, 18), h(label, 22), len(label) % 40 + 1, k[22:40]))


def b64(s, n=1):
    """A base64 string made of n SHA-256 digests of s (stands in for DKIM hashes)."""
    raw = b"".join(hashlib.sha256((s + str(i)).encode("ascii")).digest() for i in range(n))
    return base64.b64encode(raw).decode("ascii")


def qp_encode(text):
    """Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, soft breaks at 76."""
    out = []
    for line in text.split("\n"):
        enc = []
        data = line.encode("utf-8")
        for i, b in enumerate(data):
            c = chr(b)
            if b in (32, 9) and i == len(data) - 1:
                enc.append("=%02X" % b)
            elif (33 <= b <= 126 and c != "=") or b in (32, 9):
                enc.append(c)
            else:
                enc.append("=%02X" % b)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def inline_html(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def inline_text(s):
    return s.replace("**", "")


def parse(src):
    meta, blocks = {}, []
    lines = open(src, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        m = re.match(r"%(title|subtitle|byline|date|preheader) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("%list "):
            blocks.append(("lead", line[6:]))
        elif line.startswith("- "):
            items = [line[2:]]
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(("ul", items))
        elif line.startswith("| "):
            rows = [line]
            while i < len(lines) and lines[i].startswith("| "):
                rows.append(lines[i])
                i += 1
            blocks.append(("table", [[c.strip() for c in r[2:].split(" | ")] for r in rows]))
        else:
            blocks.append(("p", line))
    return meta, blocks


P_STYLE = ('style="color:#2A2A2A;font-family:\'Georgia\',serif;font-size:17px;line-height:26px;'
           'margin:0 0 16px 0;padding:0;"')
FOOT_STYLE = 'style="color:#8A8A8A;font-family:\'Helvetica\',Arial,sans-serif;font-size:12px;line-height:18px;margin:0;"'


def build_html(meta, blocks):
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"><head>')
    w('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
      '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
      '<meta name="x-apple-disable-message-reformatting" />'
      '<meta name="format-detection" content="telephone=no,address=no,email=no,date=no,url=no" />')
    w('<title>%s</title>' % html.escape(meta["title"], quote=False))
    w('<!--[if mso]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch>'
      '</o:OfficeDocumentSettings></xml><![endif]-->')
    w('<style type="text/css">\n'
      '  body{margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;}\n'
      '  table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}\n'
      '  img{border:0;height:auto;line-height:100%;outline:none;text-decoration:none;}\n'
      '  a[x-apple-data-detectors]{color:inherit!important;text-decoration:none!important;}\n'
      '  .rendered-container{max-width:600px!important;}\n'
      '  .mob-table td{padding:6px 8px;}\n'
      '  @media only screen and (max-width:620px){\n'
      '    .rendered-container{width:100%!important;}\n'
      '    .mob-stack{display:block!important;width:100%!important;}\n'
      '    .paragraph{font-size:16px!important;line-height:24px!important;}\n'
      '    h1{font-size:28px!important;line-height:34px!important;}\n'
      '  }\n'
      '  @media (prefers-color-scheme: dark){ .darkmode-bg{background-color:#121212!important;} }\n'
      '</style></head>')
    w('<body style="margin:0;padding:0;background-color:#F4F1EA;" class="darkmode-bg">')
    pad = "&#847; &zwnj; &nbsp; &#8199; &shy; " * 18
    w('<div style="display:none;font-size:1px;color:#F4F1EA;line-height:1px;max-height:0px;max-width:0px;'
      'opacity:0;overflow:hidden;mso-hide:all;">%s %s</div>'
      % (html.escape(meta["preheader"], quote=False), pad.strip()))
    w('<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" '
      'style="background-color:#F4F1EA;"><tr><td align="center" valign="top">')
    w('<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" '
      'cellspacing="0" border="0"><tr><td><![endif]-->')
    w('<table role="presentation" class="rendered-container" width="600" border="0" cellspacing="0" '
      'cellpadding="0" style="width:600px;max-width:600px;background-color:#FFFFFF;">')
    # top bar
    w('<tr><td style="padding:12px 24px;" align="right"><table role="presentation" border="0" '
      'cellspacing="0" cellpadding="0"><tr>'
      '<td style="padding:0 0 0 12px;"><a href="%s" style="color:#8A8A8A;font-family:Helvetica,Arial,'
      'sans-serif;font-size:12px;text-decoration:underline;">Read Online</a></td>'
      '<td style="padding:0 0 0 12px;"><a href="%s" style="color:#8A8A8A;font-family:Helvetica,Arial,'
      'sans-serif;font-size:12px;text-decoration:underline;">Sign Up</a></td>'
      '<td style="padding:0 0 0 12px;"><a href="%s" style="color:#8A8A8A;font-family:Helvetica,Arial,'
      'sans-serif;font-size:12px;text-decoration:underline;">Advertise</a></td></tr></table></td></tr>'
      % (track("Read Online", POST_URL), track("Sign Up", "https://arthniti.beehiiv.com/subscribe"),
         track("Advertise", "https://arthniti.beehiiv.com/advertise")))
    w('<tr><td align="center" style="padding:8px 24px 0 24px;"><a href="%s"><img src="https://media.beehiiv.com/'
      'cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/'
      '6b1f2c9e-4d7a-4c3b-9e8f-1a2b3c4d5e6f/arthniti-wordmark.png" alt="Arthniti" width="180" '
      'style="display:block;width:180px;max-width:180px;" /></a></td></tr>'
      % track("logo", "https://arthniti.beehiiv.com/"))
    # post header
    w('<tr><td style="padding:24px 24px 0 24px;"><h1 style="color:#1B1B1B;font-family:\'Georgia\',serif;'
      'font-size:32px;font-weight:700;line-height:38px;margin:0 0 10px 0;">%s</h1>'
      % html.escape(meta["title"], quote=False))
    w('<p style="color:#555555;font-family:\'Georgia\',serif;font-size:18px;line-height:26px;'
      'margin:0 0 16px 0;">%s</p></td></tr>' % html.escape(meta["subtitle"], quote=False))
    w('<tr><td style="padding:0 24px;"><table role="presentation" border="0" cellspacing="0" '
      'cellpadding="0"><tr><td style="padding-right:10px;"><img src="https://media.beehiiv.com/cdn-cgi/'
      'image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/user/profile_picture/'
      '0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f/kabir.jpg" alt="Author" width="36" height="36" '
      'style="border-radius:18px;display:block;" /></td><td><p style="color:#1B1B1B;font-family:'
      'Helvetica,Arial,sans-serif;font-size:14px;font-weight:700;line-height:18px;margin:0;">%s</p>'
      '<p style="color:#8A8A8A;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:18px;'
      'margin:0;">%s</p></td></tr></table></td></tr>' % (meta["byline"], meta["date"]))
    share = []
    for net, url in (("Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
                     ("X", "https://twitter.com/intent/tweet?url="),
                     ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite?url="),
                     ("WhatsApp", "https://api.whatsapp.com/send?text=")):
        share.append('<td style="padding:0 6px 0 0;"><a href="%s"><img src="https://media.beehiiv.com/'
                     'static_assets/share_icons/%s.png" alt="%s" width="24" height="24" '
                     'style="display:block;" /></a></td>'
                     % (track("share " + net, url + POST_URL), net.lower(), net))
    w('<tr><td style="padding:14px 24px 6px 24px;border-bottom:1px solid #E5E1D8;"><table role="presentation" '
      'border="0" cellspacing="0" cellpadding="0"><tr>%s</tr></table></td></tr>' % "".join(share))
    # body
    w('<tr><td class="dd" style="padding:22px 24px 8px 24px;">')
    for kind, val in blocks:
        if kind == "p":
            w('<p class="paragraph" %s>%s</p>' % (P_STYLE, inline_html(val)))
        elif kind == "lead":
            w('<p class="paragraph" %s><b>%s</b></p>' % (P_STYLE, inline_html(val)))
        elif kind == "h2":
            w('<h2 class="heading" style="color:#1B1B1B;font-family:\'Helvetica\',Arial,sans-serif;'
              'font-size:22px;font-weight:700;line-height:28px;margin:28px 0 12px 0;padding:0;">%s</h2>'
              % inline_html(val))
        elif kind == "ul":
            w('<ul style="margin:0 0 16px 0;padding:0 0 0 22px;list-style-type:disc;">')
            for it in val:
                w('<li class="listItem ultext" style="margin:0 0 8px 0;"><p class="paragraph" '
                  'style="color:#2A2A2A;font-family:\'Georgia\',serif;font-size:17px;line-height:26px;'
                  'margin:0;padding:0;">%s</p></li>' % inline_html(it))
            w('</ul>')
        elif kind == "table":
            w('<table role="presentation" class="mob-table" width="100%" border="0" cellspacing="0" '
              'cellpadding="0" style="border:1px solid #D9D4C7;margin:0 0 18px 0;">')
            for ri, row in enumerate(val):
                tag_style = ('background-color:#1F3A5F;color:#FFFFFF;font-weight:700;' if ri == 0 else
                             'background-color:%s;color:#2A2A2A;' % ("#FAF8F3" if ri % 2 else "#FFFFFF"))
                cells = "".join('<td style="%sfont-family:Helvetica,Arial,sans-serif;font-size:14px;'
                                'line-height:20px;padding:8px 10px;border-bottom:1px solid #E5E1D8;">'
                                '<p style="margin:0;">%s</p></td>' % (tag_style, inline_html(c)) for c in row)
                w('<tr>%s</tr>' % cells)
            w('</table>')
    w('</td></tr>')
    # referral block
    w('<tr><td style="padding:8px 24px 24px 24px;"><table role="presentation" width="100%%" border="0" '
      'cellspacing="0" cellpadding="0" style="background-color:#FAF8F3;border:1px solid #E5E1D8;">'
      '<tr><td style="padding:18px;"><p style="color:#1B1B1B;font-family:Helvetica,Arial,sans-serif;'
      'font-size:18px;font-weight:700;margin:0 0 8px 0;">Share Arthniti</p>'
      '<p style="color:#2A2A2A;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;'
      'margin:0 0 12px 0;">You currently have <b>0</b> referrals, only <b>3</b> away from receiving '
      '<b>GST in 25 one-liners (PDF)</b>.</p>'
      '<a href="%s" style="background-color:#1F3A5F;border-radius:4px;color:#FFFFFF;display:inline-block;'
      'font-family:Helvetica,Arial,sans-serif;font-size:14px;font-weight:700;padding:10px 18px;'
      'text-decoration:none;">Click to Share</a>'
      '<p style="color:#8A8A8A;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;'
      'margin:12px 0 0 0;">Or copy and paste this link to others: '
      '<a href="https://arthniti.beehiiv.com/subscribe?ref=Qb7xK2mZ9w" style="color:#1F3A5F;">'
      'https://arthniti.beehiiv.com/subscribe?ref=Qb7xK2mZ9w</a></p></td></tr></table></td></tr>'
      % track("Click to Share", "https://arthniti.beehiiv.com/subscribe?ref=Qb7xK2mZ9w"))
    # footer
    w('<tr><td align="center" style="padding:24px;background-color:#F4F1EA;">')
    w('<p %s><a href="%s" style="color:#8A8A8A;text-decoration:underline;">Update your email preferences '
      'or unsubscribe here</a></p>' % (FOOT_STYLE, track("unsubscribe", "https://arthniti.beehiiv.com/"
                                                         "subscribe/manage")))
    w('<p %s>&copy; 2025 Arthniti</p>' % FOOT_STYLE)
    w('<p %s>B-17, Mukherjee Nagar, Delhi 110009, India</p>' % FOOT_STYLE)
    w('<p %s><a href="%s" style="color:#8A8A8A;text-decoration:none;">Powered by beehiiv</a>'
      ' &nbsp;|&nbsp; <a href="%s" style="color:#8A8A8A;text-decoration:none;">Terms of Service</a></p>'
      % (FOOT_STYLE, track("powered", "https://www.beehiiv.com/?utm_source=arthniti&utm_medium=footer"),
         track("tos", "https://www.beehiiv.com/tou")))
    w('</td></tr></table>')
    w('<!--[if mso]></td></tr></table><![endif]-->')
    w('</td></tr></table>')
    w('<img src="https://link.mail.beehiiv.com/ss/o/u001.%s/4ks/%s/ho.gif" alt="" width="1" height="1" '
      'border="0" style="height:1px !important;width:1px !important;border-width:0 !important;'
      'margin:0 !important;padding:0 !important;" />' % (h("open", 40), h("pixel", 22)))
    w('</body></html>')
    return "\n".join(out)


def build_text(meta, blocks):
    out = []
    w = out.append
    w("View online: %s" % POST_URL)
    w("")
    w("----------")
    w("")
    w(meta["title"])
    w("")
    w(meta["subtitle"])
    w("")
    w(meta["byline"])
    w(meta["date"])
    w("")
    for kind, val in blocks:
        if kind in ("p", "lead"):
            w(inline_text(val))
            w("")
        elif kind == "h2":
            w("")
            w(inline_text(val))
            w("")
        elif kind == "ul":
            for it in val:
                w("- " + inline_text(it))
            w("")
        elif kind == "table":
            for row in val:
                w(" | ".join(inline_text(c) for c in row))
            w("")
    w("----------")
    w("")
    w("Share Arthniti")
    w("")
    w("You currently have 0 referrals, only 3 away from receiving GST in 25 one-liners (PDF).")
    w("")
    w("Or copy and paste this link to others: https://arthniti.beehiiv.com/subscribe?ref=Qb7xK2mZ9w")
    w("")
    w("Update your email preferences or unsubscribe here:")
    w("https://arthniti.beehiiv.com/subscribe/manage")
    w("")
    w("\u00a9 2025 Arthniti")
    w("B-17, Mukherjee Nagar, Delhi 110009, India")
    w("")
    w("Powered by beehiiv (https://www.beehiiv.com/?utm_source=arthniti&utm_medium=footer)")
    return "\n".join(out)


def build(src):
    meta, blocks = parse(src)
    subj = meta["title"]
    # fold the Subject as the sender did: at a space before column 78
    cut = subj.rfind(" ", 0, 78 - len("Subject: "))
    subject = "Subject: %s\r\n %s" % (subj[:cut], subj[cut + 1:])
    unsub = "https://arthniti.beehiiv.com/subscribe/manage?u=%s&t=%s" % (h("u"), h("t", 16))
    headers = [
        "X-Mozilla-Status: 0001",
        "X-Mozilla-Status2: 00000000",
        "X-Mozilla-Keys: " + " " * 80,
        "Delivered-To: meera.aspirant2026@gmail.com",
        "Received: by 2002:a05:7208:3c8e:b0:a1:4d2f:9b10 with SMTP id r14csp1187423rbb;",
        "        Sat, 4 Oct 2025 19:00:09 -0700 (PDT)",
        "X-Google-Smtp-Source: AGHT+IG4v2xq0Zk7Lr9mW3cN1dPe8sTjYb5uQfA6hXoRz2iKwMnV0gEyC4lBtUaJ7pDsH9qFxO1c",
        "X-Received: by 2002:a05:6214:4b07:b0:87a:12c4:5e9f with SMTP id pi7-20020a0562144b0700b0087a12c45e9fmr4521197qvb.31.1759629609412;",
        "        Sat, 04 Oct 2025 19:00:09 -0700 (PDT)",
        "Return-Path: <bounces+41872230-6c2e-meera.aspirant2026=gmail.com@em8412.mail.beehiiv.com>",
        "Received: from o3.mail.beehiiv.com (o3.mail.beehiiv.com. [149.72.203.114])",
        "        by mx.google.com with ESMTPS id 6a1803df08f44-87b0f1a9c22si118204736d6.211.2025.10.04.19.00.09",
        "        for <meera.aspirant2026@gmail.com>",
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
        "        Sat, 04 Oct 2025 19:00:09 -0700 (PDT)",
        "Authentication-Results: mx.google.com;",
        "       dkim=pass header.i=@mail.beehiiv.com header.s=s1 header.b=Kp3vX9aQ;",
        "       spf=pass (google.com: domain of bounces+41872230-6c2e-meera.aspirant2026=gmail.com@em8412.mail.beehiiv.com designates 149.72.203.114 as permitted sender) smtp.mailfrom=\"bounces+41872230-6c2e-meera.aspirant2026=gmail.com@em8412.mail.beehiiv.com\";",
        "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=mail.beehiiv.com",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.beehiiv.com;",
        "\th=content-type:from:mime-version:subject:list-unsubscribe:",
        "\tlist-unsubscribe-post:reply-to:to:cc:content-type:from:subject:to;",
        "\ts=s1; bh=%s;" % b64("bh"),
        "\tb=Kp3vX9aQ%s" % b64("b", 6)[8:72],
        "\t%s" % b64("b", 6)[72:148],
        "\t%s" % b64("b", 6)[148:],
        "Content-Type: multipart/alternative; boundary=\"%s\"" % BOUNDARY,
        "Date: Sun, 05 Oct 2025 02:00:04 +0000 (UTC)",
        "From: Kabir Mehta from Arthniti <arthniti@mail.beehiiv.com>",
        "Mime-Version: 1.0",
        subject,
        "Reply-To: Kabir Mehta <kabir@arthniti.in>",
        "List-Unsubscribe: <%s>, <mailto:unsubscribe+%s@mail.beehiiv.com>" % (unsub, h("mail", 24)),
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Message-ID: <%s.%s@mail.beehiiv.com>" % (h("mid1", 12), h("mid2", 20)),
        "X-Beehiiv-Type: newsletter",
        "X-Entity-ID: u001.%s" % h("entity", 22),
        "X-SG-EID: u001.%s" % h("sgeid", 64),
        "To: meera.aspirant2026@gmail.com",
    ]
    parts = ["\r\n".join(headers), "", "--" + BOUNDARY,
             "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
             qp_encode(build_text(meta, blocks)), "--" + BOUNDARY,
             "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
             qp_encode(build_html(meta, blocks)), "--" + BOUNDARY + "--", ""]
    return "\r\n".join(parts).encode("ascii")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    with open(out, "wb") as f:
        f.write(build(src))


if __name__ == "__main__":
    main()
