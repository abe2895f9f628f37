#!/usr/bin/python3
"""Re-make docs/Fission Brief 47_ Who pays if a reactor fails_.eml from its source text.

The output is a Zoho Campaigns newsletter as it lands in an Outlook.com mailbox and is saved with
Outlook on the web's "Download" (the file named after the subject, ":" and "?" turned into "_"):
CRLF line ends; Exchange Online's header block (three Received hops through outlook.com,
Authentication-Results, Received-SPF, the sender's own headers, then the X-MS-Exchange-* and
X-Microsoft-Antispam stamps); an RFC 2047 base64 Subject with an emoji; a multipart/alternative
body with a Java-mail style boundary: a quoted-printable text/plain part that Zoho generates from
the template, and the text/html part in base64 (76-character lines). The HTML is a table-based
Zoho template: a hidden preheader, a "View in browser" bar, a logo, a kicker line, an h1, h2
section heads, ordered and unordered lists, a shaded pointer box, a bordered table, the quiz, the
footer with the postal address, unsubscribe and "Powered by Zoho Campaigns", and an open-tracking
pixel; every link goes through the click-tracking host.

Source lines are "KIND|text": SUBJECT, PRE (preheader), KICKER, H1, P, H2, OL and UL items (runs of
them make one list), BOX, TH (table header cells split by "|"), TD (table row). Inline: **bold**.
Run: /usr/bin/python3 tools/make_eml.py [OUTDIR]
"""
import base64
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Fission Brief 47_ Who pays if a reactor fails_"
SRC = os.path.join(HERE, NAME + ".txt")
OUTDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")

BOUNDARY = "----=_Part_3187442_1425611337.1763861514207"
TRACK = "https://mxqp.maillist-manage.in"
CLICK = TRACK + "/click/1a9e3c5b7d0f2468/%s?ec=2b7e41f09d3c6a58&amp;cid=3187442"
FOOT_LINKS = [
    ("Unsubscribe", "u7"), ("Update profile", "p3"), ("Forward to a friend", "f1"),
]
SOCIAL = [("Telegram", "s1"), ("YouTube", "s2"), ("Instagram", "s3")]
FONT = "font-family:Georgia,'Times New Roman',serif;"
SANS = "font-family:Arial,Helvetica,sans-serif;"


def rich(text):
    """HTML for one line of source text: escape, then **bold**."""
    s = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def plain(text):
    return text.replace("**", "")


def parse():
    items = []
    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        if raw.strip():
            kind, _, text = raw.partition("|")
            items.append((kind, text))
    return items


def build_html(items):
    meta = {k: t for k, t in items if k in ("SUBJECT", "PRE", "KICKER")}
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office">')
    w('<head>')
    w('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    w('<meta name="x-apple-disable-message-reformatting">')
    w('<title>%s</title>' % html.escape(meta["SUBJECT"].split(" ", 1)[1], quote=False))
    w('<style type="text/css">')
    w('body{margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;}')
    w('table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}')
    w('img{border:0;outline:none;text-decoration:none;-ms-interpolation-mode:bicubic;}')
    w('.zceditcnt p{margin:0 0 14px 0;}')
    w('.zceditcnt h2{margin:22px 0 10px 0;}')
    w('@media only screen and (max-width:620px){.zc-wrapper{width:100% !important;}'
      '.zceditcnt{padding:0 16px !important;}.zc-hide-mob{display:none !important;}}')
    w('</style>')
    w('<!--[if mso]><style type="text/css">body,table,td,h1,h2,p,li{font-family:Georgia,serif '
      '!important;}</style><![endif]-->')
    w('</head>')
    w('<body style="margin:0;padding:0;background-color:#eef1f4;" zc-campaign-id="3187442">')
    w('<div style="display:none;max-height:0px;overflow:hidden;mso-hide:all;font-size:1px;'
      'line-height:1px;color:#eef1f4;">%s%s</div>'
      % (html.escape(meta["PRE"], quote=False), "&#847;&zwnj;&nbsp;" * 12))
    w('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
      'class="zc-bg" style="background-color:#eef1f4;">')
    w('<tr>')
    w('<td align="center" style="padding:12px 0 24px 0;">')
    w('<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" '
      'border="0"><tr><td><![endif]-->')
    w('<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
      'class="zc-wrapper" style="width:600px;background-color:#ffffff;">')
    w('<tr>')
    w('<td class="zc-topbar zc-hide-mob" align="right" style="%sfont-size:11px;color:#6b7785;'
      'padding:8px 24px;background-color:#eef1f4;">Having trouble reading this? '
      '<a href="%s" target="_blank" style="color:#6b7785;text-decoration:underline;">View in '
      'browser</a></td>' % (SANS, CLICK % "vb0"))
    w('</tr>')
    w('<tr>')
    w('<td class="zc-header" align="left" style="padding:22px 24px 6px 24px;'
      'border-top:4px solid #0b6e4f;"><a href="%s" target="_blank"><img '
      'src="%s/images/3187442/fission-brief-logo.png" alt="Fission Brief" width="180" '
      'height="38" style="display:block;width:180px;height:38px;"></a></td>'
      % (CLICK % "lg0", TRACK))
    w('</tr>')
    w('<tr>')
    w('<td class="zc-kicker" style="%sfont-size:11px;letter-spacing:1.5px;color:#0b6e4f;'
      'padding:6px 24px 0 24px;">%s</td>' % (SANS, html.escape(meta["KICKER"], quote=False)))
    w('</tr>')
    w('<tr>')
    w('<td class="zceditcnt" style="%sfont-size:16px;line-height:1.6;color:#1f2a33;'
      'padding:4px 24px 8px 24px;">' % FONT)
    lst = None
    rows = []

    def close_list():
        nonlocal lst
        if lst:
            w('</%s>' % lst)
            lst = None

    def close_table():
        if not rows:
            return
        w('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
          'class="zc-table" style="border:1px solid #c9d3dc;margin:4px 0 16px 0;">')
        for i, (k, cells) in enumerate(rows):
            w('<tr>')
            for c in cells:
                if k == "TH":
                    w('<th align="left" style="%sfont-size:13px;background-color:#0b6e4f;'
                      'color:#ffffff;padding:8px;border:1px solid #c9d3dc;">%s</th>'
                      % (SANS, rich(c)))
                else:
                    bg = "#f4f8f6" if i % 2 == 0 else "#ffffff"
                    w('<td valign="top" style="%sfont-size:13px;line-height:1.45;padding:8px;'
                      'border:1px solid #c9d3dc;background-color:%s;">%s</td>' % (SANS, bg, rich(c)))
            w('</tr>')
        w('</table>')
        rows.clear()

    for kind, text in items:
        if kind in ("SUBJECT", "PRE", "KICKER"):
            continue
        if kind not in ("OL", "UL"):
            close_list()
        if kind not in ("TH", "TD"):
            close_table()
        if kind == "H1":
            w('<h1 style="%sfont-size:27px;line-height:1.25;font-weight:bold;color:#12222e;'
              'margin:8px 0 18px 0;">%s</h1>' % (FONT, rich(text)))
        elif kind == "H2":
            w('<h2 style="%sfont-size:19px;line-height:1.3;color:#0b6e4f;margin:22px 0 10px 0;'
              'border-bottom:1px solid #d7e3dd;padding-bottom:4px;">%s</h2>' % (SANS, rich(text)))
        elif kind == "P":
            w('<p style="margin:0 0 14px 0;">%s</p>' % rich(text))
        elif kind in ("OL", "UL"):
            tag = kind.lower()
            if lst != tag:
                close_list()
                w('<%s style="margin:0 0 14px 0;padding-left:22px;">' % tag)
                lst = tag
            w('<li style="margin:0 0 8px 0;">%s</li>' % rich(text))
        elif kind == "BOX":
            w('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" '
              'border="0" class="zc-box"><tr><td style="background-color:#fff6d6;'
              'border-left:4px solid #e0a800;padding:12px 14px;%sfont-size:14px;'
              'line-height:1.5;">%s</td></tr></table>' % (SANS, rich(text)))
        elif kind in ("TH", "TD"):
            rows.append((kind, text.split("|")))
        else:
            raise SystemExit("unknown kind %r" % kind)
    close_list()
    close_table()
    w('</td>')
    w('</tr>')
    w('<tr>')
    w('<td class="zc-footer" align="center" style="%sfont-size:12px;line-height:1.6;'
      'color:#6b7785;padding:18px 24px 22px 24px;background-color:#f6f8fa;'
      'border-top:1px solid #e3e8ed;">' % SANS)
    w('<p style="margin:0 0 8px 0;">%s</p>' % " &nbsp;|&nbsp; ".join(
        '<a href="%s" target="_blank" style="color:#0b6e4f;">%s</a>' % (CLICK % k, n)
        for n, k in SOCIAL))
    w('<p style="margin:0 0 8px 0;">You are receiving this email because you signed up for '
      'Fission Brief at praxisias.in.</p>')
    w('<p style="margin:0 0 8px 0;">Praxis IAS, 3rd Floor, 27-B Pusa Road, Karol Bagh, '
      'New Delhi 110005, India</p>')
    w('<p style="margin:0 0 12px 0;">%s</p>' % " &nbsp;|&nbsp; ".join(
        '<a href="%s" target="_blank" style="color:#6b7785;">%s</a>' % (CLICK % k, n)
        for n, k in FOOT_LINKS))
    w('<a href="https://www.zoho.com/campaigns/?utm_source=zc_footer&amp;utm_medium=email" '
      'target="_blank"><img src="%s/images/zc-powered-by.png" alt="Powered by Zoho Campaigns" '
      'width="130" height="24" style="display:inline-block;"></a>' % TRACK)
    w('</td>')
    w('</tr>')
    w('</table>')
    w('<!--[if mso]></td></tr></table><![endif]-->')
    w('</td>')
    w('</tr>')
    w('</table>')
    w('<img src="%s/open/3187442/2b7e41f09d3c6a58.gif" width="1" height="1" alt="" '
      'style="display:block;border:0;">' % TRACK)
    w('</body>')
    w('</html>')
    return "\r\n".join(out) + "\r\n"


def build_plain(items):
    out = []
    w = out.append
    w("View in browser ( %s )" % (CLICK % "vb0").replace("&amp;", "&"))
    w("")
    num = 0
    prev = None
    for kind, text in items:
        if kind in ("SUBJECT", "PRE"):
            continue
        if kind != "OL":
            num = 0
        if prev in ("OL", "UL", "TH", "TD") and kind not in (prev, "TD"):
            w("")
        if kind == "KICKER":
            w(text)
            w("")
        elif kind == "H1":
            w(plain(text).upper())
            w("")
        elif kind == "H2":
            w(plain(text))
            w("-" * len(plain(text)))
            w("")
        elif kind == "P":
            w(plain(text))
            w("")
        elif kind == "OL":
            num += 1
            w("%d. %s" % (num, plain(text)))
        elif kind == "UL":
            w("* %s" % plain(text))
        elif kind == "BOX":
            w("> " + plain(text))
            w("")
        elif kind in ("TH", "TD"):
            w(" | ".join(plain(c) for c in text.split("|")))
        prev = kind
    w("")
    w("--")
    w("You are receiving this email because you signed up for Fission Brief at praxisias.in.")
    w("Praxis IAS, 3rd Floor, 27-B Pusa Road, Karol Bagh, New Delhi 110005, India")
    w("Unsubscribe: %s" % (CLICK % "u7").replace("&amp;", "&"))
    w("Powered by Zoho Campaigns")
    return "\r\n".join(out) + "\r\n"


def qp(text):
    """Quoted-printable with CRLF line ends and soft breaks before column 76."""
    lines = []
    for line in text.split("\r\n"):
        enc = []
        for b in line.encode("utf-8"):
            c = chr(b)
            if b == 61 or b > 126 or (b < 32 and c != "\t"):
                enc.append("=%02X" % b)
            else:
                enc.append(c)
        if enc and enc[-1] in (" ", "\t"):
            enc[-1] = "=%02X" % ord(enc[-1])
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += tok
        lines.append(cur)
    return "\r\n".join(lines)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\r\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def encoded_subject(subject):
    raw = subject.encode("utf-8")
    words, cur = [], b""
    for ch in subject:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 45:
            words.append(cur)
            cur = b""
        cur += b
    words.append(cur)
    assert b"".join(words) == raw
    return "\r\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(wd).decode("ascii") for wd in words)


HEADERS = """Received: from PN2P287MB0863.INDP287.PROD.OUTLOOK.COM (::1) by
 MA0P287MB2170.INDP287.PROD.OUTLOOK.COM with HTTPS; Sun, 23 Nov 2025 01:31:59
 +0000
Received: from SG2PR01CA0154.apcprd01.prod.exchangelabs.com
 (2603:1096:4:8f::34) by PN2P287MB0863.INDP287.PROD.OUTLOOK.COM
 (2603:1096:c01:1b9::12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9343.12; Sun, 23 Nov
 2025 01:31:58 +0000
Received: from SG1PEPF000082E6.apcprd02.prod.outlook.com
 (2603:1096:4:8f:cafe::4b) by SG2PR01CA0154.outlook.office365.com
 (2603:1096:4:8f::34) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.12 via Frontend Transport; Sun,
 23 Nov 2025 01:31:58 +0000
Authentication-Results: spf=pass (sender IP is 136.143.184.87)
 smtp.mailfrom=bounce-zc.praxisias.in; dkim=pass (signature was verified)
 header.d=praxisias.in;dmarc=pass action=none
 header.from=praxisias.in;compauth=pass reason=100
Received-SPF: Pass (protection.outlook.com: domain of bounce-zc.praxisias.in
 designates 136.143.184.87 as permitted sender)
 receiver=protection.outlook.com; client-ip=136.143.184.87;
 helo=sender4-zc-87.zohocampaigns.in; pr=C
Received: from sender4-zc-87.zohocampaigns.in (136.143.184.87) by
 SG1PEPF000082E6.mail.protection.outlook.com (10.167.240.9) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.9343.9 via Frontend Transport; Sun, 23 Nov 2025 01:31:57 +0000
X-IncomingTopHeaderMarker:
 OriginalChecksum:6D1F0C8A2E47B93D51A0F6C2B8E4D7A19C03F5E6B2D8A41C7E9F0B3A6D5C2E81;UpperCasedChecksum:0E9B4C7D21A8F35E6C0D9B2A7F41E8C3D5B06A9F2E7C14B8D3A0F6E5C92B7D41;SizeAsReceived:7912;Count:22
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t=1763861514;
 s=zc2025; d=praxisias.in; i=brief@praxisias.in;
 h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID;
 bh=q3Zf1oN0cJpX9mE4vR7tK2yW8aL5dB6hU1sG0iT3fVc=;
 b=Xk4pV9qL2mZ7rT0wE5yN8cB3hJ6fA1sD4gK7lQ0oP9uI2vR5tY8eW3nM6bC1xZ4aS7dF0gH3jK6lL9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6g=
Date: Sun, 23 Nov 2025 07:01:54 +0530 (IST)
From: Aditi at Fission Brief <brief@praxisias.in>
Reply-To: brief@praxisias.in
To: riya.kulkarni.upsc@outlook.com
Message-ID: <1763861514207.1058.3187442@zc-mta-in2.zohocampaigns.in>
Subject: {subject}
MIME-Version: 1.0
Content-Type: multipart/alternative;
 boundary="{boundary}"
List-Unsubscribe: <https://mxqp.maillist-manage.in/ua/optout?od=11287eca7e1c3f&rd=2b7e41f09d3c6a58&sd=11287eca7e0b55&n=11699e4c2b6a1f3>,
 <mailto:unsub-3187442-2b7e41f09d3c6a58@bounce-zc.praxisias.in>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 3187442:1058:zc-in2:zohocampaigns
X-Report-Abuse: Please forward a copy of this message, including all headers,
 to abuse@zohocampaigns.com
X-ZCM-CampaignKey: 3z11287eca7e1c3f2b7e41f09d3c6a58
X-ZCM-Mailtype: newsletter
Precedence: bulk
Return-Path: bounce-3187442-2b7e41f09d3c6a58@bounce-zc.praxisias.in
X-MS-Exchange-Organization-ExpirationStartTime: 23 Nov 2025 01:31:57.9874
 (UTC)
X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit
X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000
X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit
X-MS-Exchange-Organization-Network-Message-Id:
 5c0d7a4e-93f1-4b2e-0c7a-08de2a31f6b4
X-EOPAttributedMessage: 0
X-EOPTenantAttributedMessage: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa:0
X-MS-Exchange-Organization-MessageDirectionality: Incoming
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic:
 SG1PEPF000082E6:EE_|PN2P287MB0863:EE_|MA0P287MB2170:EE_
X-MS-Exchange-Organization-AuthSource:
 SG1PEPF000082E6.apcprd02.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-UserLastLogonTime: 11/22/2025 6:12:40 PM
X-MS-Office365-Filtering-Correlation-Id: 5c0d7a4e-93f1-4b2e-0c7a-08de2a31f6b4
X-MS-Exchange-EOPDirect: true
X-Sender-IP: 136.143.184.87
X-SID-PRA: BRIEF@PRAXISIAS.IN
X-SID-Result: PASS
X-MS-Exchange-Organization-PCL: 2
X-MS-Exchange-Organization-SCL: 1
X-Microsoft-Antispam: BCL:4;ARA:1444111002|2008001134|9400799030|461199028|5062899012|970799057|8060799015|15080799012|10035399007;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 23 Nov 2025 01:31:57.8624
 (UTC)
X-MS-Exchange-CrossTenant-Network-Message-Id: 5c0d7a4e-93f1-4b2e-0c7a-08de2a31f6b4
X-MS-Exchange-CrossTenant-Id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa
X-MS-Exchange-CrossTenant-AuthSource:
 SG1PEPF000082E6.apcprd02.prod.outlook.com
X-MS-Exchange-CrossTenant-AuthAs: Anonymous
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:
 00000000-0000-0000-0000-000000000000
X-MS-Exchange-Transport-CrossTenantHeadersStamped: MA0P287MB2170
X-MS-Exchange-Transport-EndToEndLatency: 00:00:02.0714352
X-MS-Exchange-Processed-By-BccFoldering: 15.20.9343.010
X-Microsoft-Antispam-Mailbox-Delivery:
 abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;ucf:0;jmr:0;ex:0;auth:1;dest:I;ENG:(5062000308)(920221119095)(90000117)(920221120095)(90005022)(91005020)(91035115)(9050020)(9100341)(944500132)(2008001134)(4810010)(4910033)(9910022)(9510006)(10110021)(9320005)(120001);
X-Message-Info:
 qZelhIiYnPnM1l4xZdfG0Tz7u5YcK2bQ8vRwN3sEoAjpD6hXy9LmCfU0gI5tBnKa
X-Message-Delivery: Vj0xLjE7dXM9MDtsPTE7YT0xO0Q9MTtHRD0xO1NDTD0x
X-Microsoft-Antispam-Message-Info:
 =?utf-8?B?Q1l4SzN0ZjB2R0w5cFJ6VWUyQWg1S3dOMEJtOHNEcUo0WGlUN2JIMWZWY1Fh?=
 =?utf-8?B?WnA2ajNMck45TXlLd0U0dUdvMlM4dEIxQ3hWZlI3bVk1bkQwaEpxV2lBNnNU?=
 =?utf-8?B?dlo5Z1gzTG8xRWNQOGtZMnJNNXdVZkg3YVNqQjRpTjBiRHhTNnlWdEs9?="""


def build():
    items = parse()
    subject = dict(items)["SUBJECT"]
    head = HEADERS.replace("\n", "\r\n")
    head = head.replace("{subject}", encoded_subject(subject)).replace("{boundary}", BOUNDARY)
    body = [
        "--" + BOUNDARY,
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(build_plain(items)),
        "--" + BOUNDARY,
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64(build_html(items)),
        "--" + BOUNDARY + "--",
        "",
    ]
    return (head + "\r\n\r\n" + "\r\n".join(body)).encode("ascii")


def main():
    data = build()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(os.path.join(OUTDIR, NAME + ".eml"), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
