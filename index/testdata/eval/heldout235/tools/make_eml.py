#!/usr/bin/python3
"""Make docs/divisible-pool-issue-58.eml from tools/divisible-pool-issue-58.txt.

The file is a newsletter sent through Brevo (the old Sendinblue "rnb" drag-and-drop template)
and received in an iCloud mailbox, saved from Apple Mail with File > Save As > Raw Message
Source: LF line ends, iCloud's delivery headers on top (Return-Path, Original-Recipient, a
folded Received line, X-ICL-SCORE/X-ICL-INFO, BIMI, ARC and Authentication-Results lines,
Received-SPF), then the sender's headers (two DKIM-Signature lines, Origin-messageId, Date, a
quoted From with a "|" in the display name, Reply-To, To, an RFC 2047 base64 Subject in two
encoded words, a Message-Id at smtp-relay.mailin.fr, List-Unsubscribe and
List-Unsubscribe-Post, X-Csa-Complaints, X-Mailin-Campaign, X-Mailin-Client, Feedback-ID,
X-sib-id) and iCloud's Proofpoint stamps; a multipart/alternative body with a text/plain part
and a text/html part, both UTF-8 and quoted-printable.

The HTML is the template Brevo sends: an XHTML 1.0 Transitional doctype, a style block, MSO
conditional comments, a hidden preheader div, nested "rnb-del-min-width" / "rnb-container" /
"rnb-force-col" tables with a <th> per column, spacer cells holding &nbsp;, a "View in browser"
bar, a logo and masthead, title blocks (bold 20px spans in a div, no h tags) and text blocks
whose paragraphs are <div>s separated by <div>&nbsp;</div>, <ul> lists, an image block with a
caption, the Brevo footer (sent-to line, why you got it, View in browser | Unsubscribe, the
sender's address, the Brevo logo) and a 1x1 open-tracking image; every link goes through a
click-tracking redirect on r.sp1-brevo.net.

Source markup: "@key value" header lines up to "---"; then "# " headings, "- " list items,
**bold**, blank lines between paragraphs; "@image URL | ALT", "@caption", "@footer".

Run from anywhere: /usr/bin/python3 tools/make_eml.py [OUTPUT]   (output is byte-for-byte stable)
"""
import base64
import hashlib
import html
import os
import quopri
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "divisible-pool-issue-58.txt")
OUT = os.path.join(HERE, "..", "docs", "divisible-pool-issue-58.eml")
TRACK = "https://xsd4k.r.sp1-brevo.net"
BOUNDARY = "b1=_sib_2025112301301263c6fa3e8d41"
FONT = "font-size:14px; font-family:Arial,Helvetica,sans-serif, sans-serif; color:#3c4858;"


def token(*parts):
    h = hashlib.sha256("|".join(parts).encode("utf-8")).digest()
    return base64.urlsafe_b64encode(h).decode("ascii").rstrip("=")


def tracked(url, n):
    return "%s/mk/cl/f/sh/%s/%s" % (TRACK, token("cl", url, str(n))[:22], token(url)[:30])


def parse(path):
    meta, body, footer, image = {}, [], None, None
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while lines[i] != "---":
        k, v = lines[i][1:].split(" ", 1)
        meta[k] = v
        i += 1
    blocks, para = [], []
    for line in lines[i + 1:]:
        if line.startswith("@image "):
            url, alt = line[7:].split(" | ")
            image = {"url": url, "alt": alt}
            continue
        if line.startswith("@caption "):
            image["caption"] = line[9:]
            continue
        if line.startswith("@footer "):
            footer = line[8:]
            continue
        if line.startswith("# "):
            blocks.append(("h", line[2:]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif line.strip():
            blocks.append(("p", line))
    return meta, blocks, image, footer


def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def plain_inline(s):
    return s.replace("**", "")


SPACER = ('<tr><td height="20" style="font-size:1px; line-height:20px; mso-hide: all;">&nbsp;'
          '</td></tr>')


def layout(n, inner, bg="#ffffff"):
    """One Brevo row ("Layout_n") holding one column of content."""
    return (
        '<tr><td class="rnb-del-min-width" align="center" valign="top" style="min-width:590px;">\n'
        '<table width="100%%" cellpadding="0" border="0" bgcolor="%s" align="center" '
        'cellspacing="0" style="background-color: rgb(255, 255, 255);" name="Layout_%d" '
        'id="Layout_%d">\n<tbody><tr><td align="center" valign="top">'
        '<table border="0" width="100%%" cellpadding="0" cellspacing="0" class="rnb-container" '
        'bgcolor="%s" style="max-width: 100%%; min-width: 100%%; table-layout: fixed; '
        'background-color: rgb(255, 255, 255); border-radius: 0px; border-collapse: separate; '
        'padding-left: 20px; padding-right: 20px;">\n<tbody>%s\n'
        '<tr><td valign="top" class="rnb-container-padding" align="left">\n'
        '<table width="100%%" border="0" cellpadding="0" cellspacing="0" '
        'class="rnb-columns-container"><tbody><tr>\n'
        '<th class="rnb-force-col" style="text-align: left; font-weight: normal; '
        'padding-right: 0px;" valign="top">\n'
        '<table border="0" valign="top" cellspacing="0" cellpadding="0" width="100%%" '
        'align="left" class="rnb-col-1">\n<tbody><tr><td style="%s line-height: 21px;">'
        '%s</td></tr>\n</tbody></table>\n</th></tr></tbody></table></td></tr>\n%s\n'
        '</tbody></table></td></tr></tbody></table>\n</td></tr>\n'
        % (bg, n, n, bg, SPACER, FONT, inner, SPACER))


def build_html(meta, blocks, image, footer):
    links = [0]

    def a(url, label, style="text-decoration: underline; color: rgb(52, 4, 132);"):
        links[0] += 1
        return '<a href="%s" style="%s">%s</a>' % (tracked(url, links[0]), style, label)

    rows = []
    n = 0
    mirror = "%s/mk/mr/sh/%s/%s" % (TRACK, token("mr")[:22], token("mirror")[:30])
    # top bar: issue line and View in browser
    rows.append(
        '<tr><td class="rnb-del-min-width" align="center" valign="top" style="min-width:590px;">\n'
        '<table width="100%" cellpadding="0" border="0" bgcolor="#f9fafc" align="center" '
        'cellspacing="0" style="background-color: rgb(249, 250, 252);" name="Layout_" id="Layout_">'
        '\n<tbody><tr><td class="rnb-del-min-width" valign="top" align="center" '
        'style="min-width:590px;"><table width="100%" cellpadding="0" border="0" height="38" '
        'cellspacing="0"><tbody><tr><td valign="top" height="38"><img width="20" height="38" '
        'style="display:block; max-height:38px; max-width:20px;" alt="" '
        'src="https://img.mailinblue.com/new_images/rnb/rnb_space.gif"></td></tr></tbody>'
        '</table></td></tr></tbody></table>\n</td></tr>\n')
    rows.append(
        '<tr><td class="rnb-del-min-width" align="center" valign="top" style="min-width:590px;">\n'
        '<table width="100%" cellpadding="0" border="0" bgcolor="#f9fafc" align="center" '
        'cellspacing="0" style="background-color: rgb(249, 250, 252);" name="Layout_1" '
        'id="Layout_1">\n<tbody><tr><td align="center" valign="top"><table border="0" '
        'width="100%" cellpadding="0" cellspacing="0" class="rnb-container" bgcolor="#f9fafc" '
        'style="padding-left: 20px; padding-right: 20px;"><tbody><tr>'
        '<th class="rnb-force-col" style="text-align: left; font-weight: normal;" valign="top">'
        '<table border="0" cellspacing="0" cellpadding="0" width="100%" align="left" '
        'class="rnb-col-2"><tbody><tr><td style="font-size:11px; font-family:Arial,Helvetica,'
        'sans-serif; color:#888888;"><div>' + html.escape(meta["issue"]) + '</div></td></tr>'
        '</tbody></table></th>'
        '<th class="rnb-force-col" style="text-align: right; font-weight: normal;" valign="top">'
        '<table border="0" cellspacing="0" cellpadding="0" width="100%" align="right" '
        'class="rnb-col-2"><tbody><tr><td style="font-size:11px; font-family:Arial,Helvetica,'
        'sans-serif; color:#888888;" align="right"><div><a href="' + mirror + '" '
        'style="text-decoration: underline; color: rgb(136, 136, 136);">View in browser</a>'
        '</div></td></tr></tbody></table></th></tr></tbody></table></td></tr></tbody></table>\n'
        '</td></tr>\n')
    n = 2
    logo = ('<div style="text-align: center;"><img border="0" hspace="0" vspace="0" width="160" '
            'class="rnb-logo-img" src="https://img.mailinblue.com/3391847/images/rnb/original/'
            '64f2c1a9e0b7d52e1a6f3b21.png" style="float: none; display: block; margin: 0 auto; '
            'max-width: 160px;" alt="The Divisible Pool logo"></div>'
            '<div style="text-align: center;"><span style="font-size:26px;"><strong>%s</strong>'
            '</span></div><div style="text-align: center;"><span style="color:#7a7a7a;">'
            '<em>%s</em></span></div>' % (html.escape(meta["masthead"]),
                                        html.escape(meta["tagline"], quote=False)))
    rows.append(layout(n, logo))
    # content: a title block per heading, a text block for what follows it
    text = []

    def flush():
        nonlocal n
        if text:
            n += 1
            rows.append(layout(n, "<div>&nbsp;</div>".join(text)))
            text.clear()

    for kind, val in blocks:
        if kind == "h":
            flush()
            n += 1
            rows.append(layout(n, '<div><span style="font-size:20px;"><strong>%s</strong></span>'
                                  '</div>' % inline(val)))
        elif kind == "ul":
            text.append('<ul>%s</ul>' % "".join('<li>%s</li>' % inline(x) for x in val))
        else:
            text.append("<div>%s</div>" % inline(val))
    flush()
    n += 1
    img = ('<div style="text-align: center;"><img border="0" hspace="0" vspace="0" width="550" '
           'class="rnb-col-1-img" src="%s" style="vertical-align: top; max-width: 550px; '
           'float: left;" alt="%s"></div><div style="clear: both;">&nbsp;</div>'
           '<div><span style="font-size:12px;"><em>%s</em></span></div>'
           % (image["url"], html.escape(image["alt"]), html.escape(image["caption"], quote=False)))
    rows.append(layout(n, img))
    n += 1
    unsub = "%s/mk/un/v2/sh/%s/%s" % (TRACK, token("un")[:22], token("unsub")[:30])
    foot = ('<div style="text-align: center;"><span style="font-size:12px;">%s</span></div>'
            '<div style="text-align: center;">&nbsp;</div>'
            '<div style="text-align: center;"><span style="font-size:11px;">This email was sent '
            'to %s</span></div>'
            '<div style="text-align: center;"><span style="font-size:11px;">You&#39;ve received '
            'it because you&#39;ve subscribed to our newsletter.</span></div>'
            '<div style="text-align: center;"><span style="font-size:11px;"><a href="%s" '
            'style="text-decoration: underline; color: rgb(136, 136, 136);">View in browser</a>'
            ' | <a href="%s" style="text-decoration: underline; color: rgb(136, 136, 136);">'
            'Unsubscribe</a></span></div>'
            '<div style="text-align: center;"><span style="font-size:11px;">The Divisible Pool, '
            '3rd Floor, 41 Infantry Road, Bengaluru 560001, Karnataka, India</span></div>'
            '<div style="text-align: center;">&nbsp;</div>'
            '<div style="text-align: center;"><a href="%s" target="_blank"><img border="0" '
            'width="90" src="https://img.mailinblue.com/new_images/rnb/en/rnb_logo_brevo.png" '
            'alt="Brevo Logo" style="display: inline-block;"></a></div>'
            % (html.escape(footer, quote=False), html.escape(meta["to"]), mirror, unsub,
               tracked("https://www.brevo.com?utm_source=logo_client&utm_medium=email", 99)))
    rows.append(layout(n, foot, bg="#f9fafc").replace("background-color: rgb(255, 255, 255)",
                                                      "background-color: rgb(249, 250, 252)"))
    head = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<meta name="format-detection" content="telephone=no" />\n'
        '<!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge" /><!--<![endif]-->\n'
        '<title>%s</title>\n'
        '<style type="text/css">\n'
        'body{margin:0;padding:0;width:100%% !important;-webkit-text-size-adjust:100%%;'
        '-ms-text-size-adjust:100%%;}\n'
        'table{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}\n'
        'img,a img{border:0;outline:none;text-decoration:none;}\n'
        'ul{margin-top:0;margin-bottom:0;padding-left:22px;}\n'
        '@media only screen and (max-width: 597px){\n'
        '.rnb-container{padding-left:10px !important;padding-right:10px !important;}\n'
        '.rnb-del-min-width{min-width:0 !important;width:100%% !important;}\n'
        '.rnb-force-col{display:block;padding-right:0 !important;padding-left:0 !important;'
        'width:100%%;}\n'
        '.templateContainer{max-width:590px !important;width:100%% !important;}\n'
        '.rnb-col-1-img{max-width:100%% !important;height:auto !important;}\n}\n'
        '</style>\n'
        '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>'
        '<o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'
        '<!--[if mso]><style type="text/css">table{border-collapse:collapse;}'
        '.rnb-force-col{display:table-cell !important;}</style><![endif]-->\n'
        '</head>\n<body>\n'
        '<div style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;'
        'max-width:0px;opacity:0;overflow:hidden;">%s</div>\n'
        '<table class="main-template" width="100%%" border="0" cellpadding="0" cellspacing="0" '
        'bgcolor="#f9fafc" style="background-color: rgb(249, 250, 252);">\n'
        '<tbody><tr><td align="center" valign="top">\n'
        '<!--[if gte mso 9]><table align="center" border="0" cellspacing="0" cellpadding="0" '
        'width="590" style="width:590px;"><tr><td align="center" valign="top" width="590" '
        'style="width:590px;"><![endif]-->\n'
        '<table border="0" cellpadding="0" cellspacing="0" width="590" class="templateContainer" '
        'style="max-width:590px!important; width: 590px;">\n<tbody>\n'
        % (html.escape(meta["subject"]), html.escape(meta["preheader"], quote=False)))
    tail = (
        '</tbody></table>\n'
        '<!--[if gte mso 9]></td></tr></table><![endif]-->\n'
        '</td></tr></tbody></table>\n'
        '<img width="1" height="1" src="%s/tr/op/%s" alt="" />\n'
        '</body>\n</html>\n' % (TRACK, token("op")[:40]))
    return head + "".join(rows) + tail, mirror, unsub


def build_plain(meta, blocks, image, footer, mirror, unsub):
    out = ["View in browser ( %s )" % mirror, "", meta["issue"], "", meta["masthead"],
           meta["tagline"], ""]
    for kind, val in blocks:
        if kind == "h":
            out += ["", val.upper(), ""]
        elif kind == "ul":
            out += ["* " + plain_inline(x) for x in val] + [""]
        else:
            out += [plain_inline(val), ""]
    out += ["", image["caption"], "", footer, "",
            "This email was sent to %s" % meta["to"],
            "You've received it because you've subscribed to our newsletter.", "",
            "View in browser ( %s )" % mirror, "Unsubscribe ( %s )" % unsub, "",
            "The Divisible Pool, 3rd Floor, 41 Infantry Road, Bengaluru 560001, Karnataka, India",
            ""]
    return "\n".join(out)


def fold(value, width=76):
    """Fold a long header value over continuation lines (tab-indented, iCloud style)."""
    words = []
    for w in value.split(" "):
        if len(w) > width and w.startswith("h="):    # header lists break after a colon
            piece = ""
            for name in re.findall(r"[^:]+:?", w):
                if piece and len(piece) + len(name) > width - 4:
                    words.append(piece)
                    piece = ""
                piece += name
            words.append(piece)
            continue
        while len(w) > width and w.startswith(("b=", "cv=")) or (
                len(w) > width and re.fullmatch(r"[A-Za-z0-9+/=]+", w)):
            # long base64 runs are broken with whitespace
            words.append(w[:width - 4])
            w = w[width - 4:]
        words.append(w)
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return "\n\t".join(lines)


def b64lines(seed, n, width=76):
    blob = b"".join(hashlib.sha512((seed + str(i)).encode()).digest() for i in range(n))
    s = base64.b64encode(blob).decode("ascii")
    return s


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def encoded_subject(s):
    # split on a character boundary near the middle
    chars = list(s)
    half = len(chars) // 2
    a, b = "".join(chars[:half]), "".join(chars[half:])
    return "=?UTF-8?B?%s?=\n =?UTF-8?B?%s?=" % (
        base64.b64encode(a.encode("utf-8")).decode(), base64.b64encode(b.encode("utf-8")).decode())


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks, image, footer = parse(SRC)
    html_part, mirror, unsub = build_html(meta, blocks, image, footer)
    plain = build_plain(meta, blocks, image, footer, mirror, unsub)
    sig_a = b64lines("dkim-a", 4)[:344]
    sig_b = b64lines("dkim-b", 2)[:172]
    arc = b64lines("arc", 4)[:344]
    ams = b64lines("ams", 4)[:344]
    bh = base64.b64encode(hashlib.sha256(html_part.encode()).digest()).decode()
    msgid = "<202511230130.56012817931@smtp-relay.mailin.fr>"
    addr = re.search(r"<(.+)>", meta["from"]).group(1)
    name = meta["from"].split(" <")[0]
    headers = [
        "Return-Path: <bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net>",
        "Original-Recipient: rfc822;aarav.upsc26@icloud.com",
        "Received: from outbound-m17.sp1-brevo.net (outbound-m17.sp1-brevo.net [77.32.148.17])\n"
        "\tby p00-icloudmta-asmtp-us-west-3a-60-percent-4 (Postfix) with ESMTPS id 4dD3sq1Wb8z9vPXg\n"
        "\tfor <aarav.upsc26@icloud.com>; Sun, 23 Nov 2025 01:30:19 +0000 (UTC)",
        "X-ICL-SCORE: 3.33333030300",
        "X-ICL-INFO: GAtbVUseBVFGSVVESgMGUkFIRFcUWUIPAApbVRYSFhEAREQZF10IHBZHR18UB1UQFAoVBEdXH0ANV1pDWF0bVgoSBEMVFxFYRQEAQkMfFQtZBlUQAAESXFJBCFZVQV5URgReEllZFVccVwpbQ1JBX1JQGhQFBlMXV0YUB0RYFQxRRQdDDl1CVFMYG1lEBkcRUUcGVkwMXFUREgMeCxIJWxhQAA==",
        "Authentication-Results: bimi.icloud.com; bimi=none",
        fold("ARC-Seal: i=1; a=rsa-sha256; d=icloud.com; s=arc-20240116; t=1763861419; "
             "cv=none; b=" + arc),
        fold("ARC-Message-Signature: i=1; a=rsa-sha256; d=icloud.com; s=arc-20240116; "
             "t=1763861419; c=relaxed/relaxed; bh=" + bh + "; h=Content-Type:MIME-Version:"
             "Message-Id:Subject:To:Reply-To:From:Date; b=" + ams),
        fold("ARC-Authentication-Results: i=1; mx.icloud.com; dkim=pass (2048-bit key) "
             "reason=\"pass\" header.d=thedivisiblepool.in header.i=@thedivisiblepool.in "
             "header.b=Qm3vT0aZ; dkim=pass (1024-bit key) reason=\"pass\" header.d=sendibt2.com "
             "header.i=@sendibt2.com header.b=kX0pLw4s; dmarc=pass action=none "
             "header.from=thedivisiblepool.in; spf=pass smtp.mailfrom="
             "bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net"),
        "Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=thedivisiblepool.in",
        fold("Authentication-Results: dkim-verifier.icloud.com; dkim=pass (2048-bit key) "
             "header.d=thedivisiblepool.in header.i=@thedivisiblepool.in header.b=Qm3vT0aZ; "
             "dkim=pass (1024-bit key) header.d=sendibt2.com header.i=@sendibt2.com "
             "header.b=kX0pLw4s"),
        fold("Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of "
             "bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net designates 77.32.148.17 "
             "as permitted sender) smtp.mailfrom="
             "bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net"),
        fold("Received-SPF: pass (spf.icloud.com: domain of "
             "bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net designates 77.32.148.17 "
             "as permitted sender) receiver=spf.icloud.com; client-ip=77.32.148.17; "
             "helo=outbound-m17.sp1-brevo.net; "
             "envelope-from=bounces-58-3391847-aarav.upsc26=icloud.com@sp1-brevo.net"),
        fold("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=thedivisiblepool.in; "
             "q=dns/txt; s=brevo1; bh=" + bh + "; h=from:reply-to:subject:date:to:mime-version:"
             "content-type:list-unsubscribe:x-csa-complaints:list-unsubscribe-post:"
             "x-mailin-campaign:x-mailin-client:message-id:feedback-id:origin-messageid:x-sib-id; "
             "b=" + sig_a),
        fold("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendibt2.com; "
             "q=dns/txt; s=mail; bh=" + bh + "; h=from:reply-to:subject:date:to:mime-version:"
             "content-type:list-unsubscribe:x-csa-complaints:list-unsubscribe-post:"
             "x-mailin-campaign:x-mailin-client:message-id:feedback-id:origin-messageid:x-sib-id; "
             "b=" + sig_b),
        "Origin-messageId: " + msgid,
        "Date: " + meta["date"],
        'From: "%s" <%s>' % (name, addr),
        'Reply-To: "%s" <%s>' % (name, addr),
        "To: " + meta["to"],
        "Subject: " + encoded_subject(meta["subject"]),
        "Message-Id: " + msgid,
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative;\n boundary="%s"' % BOUNDARY,
        fold("List-Unsubscribe: <%s>, <mailto:unsubscribe@sp1-brevo.net?subject="
             "unsubscribe:3391847-58-aarav.upsc26@icloud.com>" % unsub),
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Csa-Complaints: csa-complaints@eco.de",
        "X-Mailin-Campaign: 58",
        "X-Mailin-Client: 3391847",
        "Feedback-ID: 77.32.148.17:3391847_-1:3391847:Sendinblue",
        "X-sib-id: " + token("sib")[:43] + "_" + token("sib2")[:40],
        "X-Proofpoint-ORIG-GUID: 2hVnTk3Yq0xR8sLm_pDfWcE1uJbZ6oAi",
        "X-Proofpoint-GUID: 2hVnTk3Yq0xR8sLm_pDfWcE1uJbZ6oAi",
        fold("X-Proofpoint-Virus-Version: vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1121,"
             "Hydra:6.1.9,FMLib:17.12.100.49 definitions=2025-11-22_07,2025-11-21_01,"
             "2025-11-22_01 signatures=0"),
        fold("X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 spamscore=0 "
             "bulkscore=0 suspectscore=0 phishscore=0 adultscore=0 malwarescore=0 "
             "clxscore=1030 mlxlogscore=721 mlxscore=0 classifier=spam adjust=0 reason=mlx "
             "scancount=1 engine=8.22.0-2506270000 definitions=main-2511230011"),
    ]
    parts = [
        "\n".join(headers), "", "--" + BOUNDARY,
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
        "", qp(plain).rstrip("\n"), "", "--" + BOUNDARY,
        "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
        "", qp(html_part).rstrip("\n"), "", "--" + BOUNDARY + "--", ""]
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
