#!/usr/bin/python3
"""Make docs/launch-window-38-space-policy-2023.eml from tools/launch-window-38-space-policy-2023.txt.

The file is a Substack newsletter post as it reaches a Gmail inbox (sent through Mailgun) and is
saved with Gmail's "Download message": CRLF line ends; Gmail's delivery headers on top (Delivered-To,
a "Received: by 2002:..." line, X-Google-Smtp-Source, X-Received, ARC-Seal, ARC-Message-Signature,
ARC-Authentication-Results, Return-Path with a Mailgun VERP bounce address, the mailgun.net hop,
Received-SPF, Authentication-Results), then the sender's (DKIM-Signature, X-Mailgun-* keys, Mailgun's
HTTP Received line, Date, From, Reply-To, To, Message-Id, Subject, Mime-Version, the
multipart/alternative Content-Type, List-* headers, Feedback-ID). Both parts are UTF-8 and
quoted-printable with soft line breaks at 76 columns. The text/plain part is Substack's rendering
("View this post on the web at ...", links as "text [ url ]", "* " bullets). The text/html part is
Substack's e-mail template: a hidden preheader with invisible filler, "Forwarded this email?",
the h1 title link and h3 subtitle, the Like / Comment / Restack bar with "READ IN APP", the byline
with the date and "Preview" (the post is cut for free subscribers), the post body (p, h2, ul/ol with
each li wrapping a p, blockquote, captioned image, share button, subscribe widget, poll embed,
embedded-post card), the paywall box "Keep reading with a 7-day free trial", the bottom bar, the
upgrade line and the footer with Substack's postal address and Unsubscribe.

Run from anywhere: /usr/bin/python3 tools/make_eml.py [OUTPUT]  (output is byte-for-byte stable)
"""
import base64
import hashlib
import html
import os
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "launch-window-38-space-policy-2023.txt")
OUT = os.path.join(HERE, "..", "docs", "launch-window-38-space-policy-2023.eml")
BOUNDARY = "b1d7e04c5a9f43e2a0c6f18d27b3e95c"
NS = uuid.UUID("0b7f0c52-36b9-4f0e-9d8e-7c1a2f4e9b63")
PUB_ID = "2417839"
USER_REF = "4zq1p"
MG_IP = "69.72.43.15"


def h(seed, n=32, alphabet="b64"):
    """Deterministic pseudo-random token for ids, hashes and signatures."""
    out = b""
    i = 0
    while len(out) < n * 2:
        out += hashlib.sha256(("%s#%d" % (seed, i)).encode()).digest()
        i += 1
    if alphabet == "hex":
        return out.hex()[:n]
    s = base64.b64encode(out).decode()
    if alphabet == "url":
        s = s.replace("+", "-").replace("/", "_")
    return s[:n]


def redirect(seed):
    return "https://substack.com/redirect/%s?j=%s" % (uuid.uuid5(NS, seed), h("j" + seed, 160, "url"))


def read_source():
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or line == "#":
                continue
            if line.startswith("@") and ": " in line and not body:
                k, v = line[1:].split(": ", 1)
                meta[k] = v
            elif line.strip():
                body.append(line)
    return meta, body


# ---------------------------------------------------------------- inline markup

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")


def inline_html(s):
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)  # Substack's editor types curly quotes
    s = html.escape(s, quote=False)
    s = s.replace("'", "\u2019")
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<em>\1</em>", s)
    s = LINK.sub(lambda m: '<a href="%s">%s</a>' % (redirect(m.group(2)), m.group(1)), s)
    return s


def inline_text(s):
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"\1", s)
    s = LINK.sub(lambda m: "%s [ %s ]" % (m.group(1), redirect(m.group(2))), s)
    return s


# ---------------------------------------------------------------- post body

P = 'style="margin:0 0 20px 0;color:rgb(54,55,55);line-height:26px;font-size:16px;"'
H2 = ('style="margin:1em 0 0.625em 0;color:rgb(54,55,55);line-height:1.16em;font-size:1.625em;'
      'font-weight:bold;font-family:\'SF Pro Display\',-apple-system-headline,system-ui,-apple-system,'
      'BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif,\'Apple Color Emoji\','
      '\'Segoe UI Emoji\',\'Segoe UI Symbol\';"')
H3 = ('style="margin:1em 0 0.625em 0;color:rgb(54,55,55);line-height:1.16em;font-size:1.375em;'
      'font-weight:bold;"')
LI_P = 'style="margin:0 0 0 0;color:rgb(54,55,55);line-height:26px;font-size:16px;box-sizing:border-box;padding-left:4px;"'
LIST = 'style="margin-top:0;padding:0;box-sizing:border-box;padding-left:32px;"'
BUTTON = ('style="display:inline-block;box-sizing:border-box;border-radius:8px;font-size:14px;'
          'font-weight:600;line-height:20px;padding:12px 20px;text-align:center;text-decoration:none;'
          'font-family:system-ui,-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,'
          'sans-serif;background-color:#e8482b;color:#ffffff;border:1px solid #e8482b;"')


def body_html(meta, lines):
    base = "https://%s.substack.com" % meta["subdomain"]
    out, plain = [], []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            out.append('<h2 class="header-anchor-post" %s>%s</h2>' % (H2, inline_html(line[3:])))
            plain.append(inline_text(line[3:]))
        elif line.startswith("### "):
            out.append('<h3 class="header-anchor-post" %s>%s</h3>' % (H3, inline_html(line[4:])))
            plain.append(inline_text(line[4:]))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and ((kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            i -= 1
            out.append("<%s %s>" % (kind, LIST) + "".join(
                '<li><p %s>%s</p></li>' % (LI_P, inline_html(t)) for t in items) + "</%s>" % kind)
            for n, t in enumerate(items, 1):
                plain.append(("* " if kind == "ul" else "%d. " % n) + inline_text(t))
        elif line.startswith("> "):
            out.append('<blockquote style="border-left:4px solid #e8482b;margin:20px 0;padding:0 0 0 20px;">'
                       '<p %s>%s</p></blockquote>' % (P, inline_html(line[2:])))
            plain.append(inline_text(line[2:]))
        elif line.startswith("[image|"):
            _, name, w, hgt, caption, alt = line[1:-1].split("|")
            key = h("img" + name, 8, "hex") + "-" + h("img2" + name, 4, "hex")
            s3 = ("https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F"
                  + uuid.uuid5(NS, name).hex[:8] + "-" + key + "_" + w + "x" + hgt + ".png")
            src = ("https://substackcdn.com/image/fetch/w_1100,c_limit,f_auto,q_auto:good,"
                   "fl_progressive:steep/" + s3)
            ht = int(round(550 * int(hgt) / int(w)))
            out.append(
                '<div class="captioned-image-container"><figure style="margin:32px auto;">'
                '<a class="image-link image2" target="_blank" href="%s" style="display:block;">'
                '<div class="image2-inset" style="position:relative;"><img src="%s" width="550" height="%d"'
                ' alt="%s" title="%s" style="display:block;margin:0 auto;max-width:100%%;height:auto;'
                'border:none;"></div></a><figcaption class="image-caption" style="font-size:14px;'
                'line-height:20px;color:rgb(119,119,119);text-align:center;margin-top:10px;">%s'
                '</figcaption></figure></div>'
                % (redirect("img-link" + name), src, ht, html.escape(alt), html.escape(alt),
                   inline_html(caption)))
            plain.append("[%s]" % caption)
        elif line == "[share]":
            out.append('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s/p/%s?utm_source='
                       'substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,'
                       '&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}"'
                       ' data-component-name="ButtonCreateButton" style="text-align:center;margin:32px 0;">'
                       '<a class="button primary" href="%s" %s><span>Share</span></a></p>'
                       % (base, meta["slug"], redirect("share"), BUTTON))
            plain.append("Share [ %s ]" % redirect("share"))
        elif line == "[subscribe]":
            cap = ("%s is a reader-supported publication. To receive new posts and support my work, "
                   "consider becoming a free or paid subscriber." % meta["publication"])
            out.append('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:'
                       '&quot;%s/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;'
                       'language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM">'
                       '<div class="subscription-widget show-subscribe" style="text-align:center;'
                       'margin:32px 0;padding:24px;border-radius:8px;background:#f7f7f7;"><div class='
                       '"preamble"><p class="cta-caption" style="font-size:16px;line-height:24px;'
                       'margin:0 0 16px 0;">%s</p></div><a class="button primary" href="%s" %s>'
                       '<span>Subscribe</span></a></div></div>'
                       % (base, html.escape(cap), redirect("subscribe-widget"), BUTTON))
            plain.append(cap)
            plain.append("Subscribe [ %s ]" % redirect("subscribe-widget"))
        elif line.startswith("[poll|"):
            parts = line[1:-1].split("|")
            q, opts = parts[1], parts[2:]
            pid = int(h("poll", 6, "hex"), 16) % 400000
            rows = "".join(
                '<tr><td style="padding:4px 0;"><a href="%s" style="display:block;border:1px solid '
                '#dddddd;border-radius:8px;padding:10px 14px;color:rgb(54,55,55);text-decoration:none;'
                'font-size:15px;line-height:22px;">%s</a></td></tr>'
                % (redirect("poll-%d-%d" % (pid, n)), inline_html(o)) for n, o in enumerate(opts))
            out.append('<div class="poll-embed" data-attrs="{&quot;id&quot;:%d}" data-component-name='
                       '"PollToDOM"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"'
                       ' border="0" style="border:1px solid #dddddd;border-radius:8px;margin:24px 0;'
                       'padding:16px;"><tr><td><p style="margin:0 0 4px 0;font-size:12px;letter-spacing:'
                       '0.1em;color:rgb(119,119,119);">POLL</p><p class="poll-question" style="margin:0 0 '
                       '12px 0;font-size:18px;line-height:26px;font-weight:bold;">%s</p></td></tr>%s'
                       '<tr><td><p style="margin:12px 0 0 0;font-size:13px;color:rgb(119,119,119);">'
                       '<a href="%s" style="color:rgb(119,119,119);">Vote in the app or on the web</a>'
                       '</p></td></tr></table></div>'
                       % (pid, inline_html(q), rows, redirect("poll-%d" % pid)))
            plain.append("POLL")
            plain.append(inline_text(q))
            for n, o in enumerate(opts):
                plain.append("%s [ %s ]" % (inline_text(o), redirect("poll-%d-%d" % (pid, n))))
        elif line.startswith("[embed|"):
            _, title, sub, slug, date = line[1:-1].split("|")
            out.append('<div class="embedded-post-wrap" data-attrs="{&quot;id&quot;:%d,&quot;url&quot;:'
                       '&quot;%s/p/%s&quot;,&quot;publication_name&quot;:&quot;%s&quot;}" data-component-'
                       'name="EmbeddedPostToDOM"><a class="embedded-post" href="%s" style="display:block;'
                       'border:1px solid #dddddd;border-radius:8px;padding:16px;margin:24px 0;color:'
                       'rgb(54,55,55);text-decoration:none;"><div class="embedded-post-header"><span class='
                       '"embedded-post-publication-name" style="font-size:14px;font-weight:600;">%s</span>'
                       '</div><div class="embedded-post-title-wrapper"><div class="embedded-post-title" '
                       'style="font-size:20px;line-height:26px;font-weight:bold;margin:8px 0;">%s</div>'
                       '</div><div class="embedded-post-body" style="font-size:15px;line-height:22px;">%s'
                       '</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta" style='
                       '"font-size:14px;font-weight:600;color:#e8482b;">Read full story</span></div><div '
                       'class="embedded-post-meta" style="font-size:13px;color:rgb(119,119,119);">%s '
                       '\u00b7 %s</div></a></div>'
                       % (int(h(slug, 6, "hex"), 16) % 90000000 + 140000000, base, slug,
                          html.escape(meta["publication"]), redirect("embed" + slug),
                          html.escape(meta["publication"]), inline_html(title), inline_html(sub),
                          html.escape(meta["author"]), date))
            plain.append("%s [ %s ]" % (inline_text(title), redirect("embed" + slug)))
        elif line == "[paywall]":
            break
        else:
            out.append("<p %s>%s</p>" % (P, inline_html(line)))
            plain.append(inline_text(line))
        i += 1
    return "".join(out), plain


CSS = """
  body { margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }
  table, td { border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }
  img { border: 0; height: auto; line-height: 100%; outline: none; text-decoration: none; }
  .typography a { color: #e8482b; text-decoration: underline; }
  .typography p, .typography li { font-family: Lora,Georgia,'Times New Roman',serif; }
  .post-title a { color: rgb(54,55,55); text-decoration: none; }
  .email-ufi-2-top a, .email-ufi-2-bottom a { color: rgb(119,119,119); text-decoration: none; }
  .footer, .footer a { color: rgb(119,119,119); }
  @media screen and (max-width: 650px) {
    .container { width: 100% !important; }
    .typography h1 { font-size: 28px !important; line-height: 32px !important; }
  }
  @media (prefers-color-scheme: dark) {
    .typography, .typography p, .typography li { color: #e6e6e6 !important; }
  }
"""


def ufi(meta, where):
    base = "post-email-ufi-%s" % where

    def icon(name, label):
        return ('<td style="padding-right:12px;"><a href="%s" class="email-icon-button" style="display:'
                'inline-block;font-size:14px;line-height:20px;color:rgb(119,119,119);text-decoration:none;">'
                '<img src="https://substackcdn.com/image/fetch/w_36,c_scale,f_png,q_auto:good,fl_progressive:'
                'steep/https%%3A%%2F%%2Fsubstack.com%%2Ficon%%2FLucide%%2F%s%%3Fv%%3D4%%26height%%3D36%%26fill'
                '%%3Dnone%%26stroke%%3D%%2523808080%%26strokeWidth%%3D2" width="18" height="18" alt="" style='
                '"vertical-align:middle;"><span style="vertical-align:middle;padding-left:4px;">%s</span></a></td>'
                % (redirect("%s-%s" % (base, name)), name, label))
    right = ""
    if where == "top":
        right = ('<td align="right"><a href="%s" style="display:inline-block;font-size:13px;font-weight:600;'
                 'letter-spacing:0.02em;color:rgb(54,55,55);border:1px solid #dddddd;border-radius:20px;'
                 'padding:6px 14px;text-decoration:none;">READ IN APP <span>\u2197</span></a></td>'
                 % redirect("read-in-app"))
    return ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" class='
            '"email-ufi-2-%s" style="margin:16px 0;border-top:1px solid #eeeeee;border-bottom:1px solid '
            '#eeeeee;"><tr><td style="padding:8px 0;"><table role="presentation" cellpadding="0" '
            'cellspacing="0" border="0"><tr>%s%s%s</tr></table></td>%s</tr></table>'
            % (where, icon("Heart", "Like"), icon("MessageCircle", "Comment"), icon("Repeat2", "Restack"),
               right))


def build_html(meta, body):
    d = datetime.strptime(meta["date"], "%Y-%m-%d %H:%M:%S")
    short_date = d.strftime("%b %d").replace(" 0", " ")
    base = "https://%s.substack.com" % meta["subdomain"]
    title, sub = meta["title"], meta["subtitle"]
    filler = "&#847; &zwnj; &nbsp; &#8199; &shy; " * 60
    app_link = ("https://substack.com/app-link/post?publication_id=%s&amp;post_id=%s&amp;utm_source="
                "post-email-title&amp;utm_campaign=email-post-title&amp;isFreemail=true&amp;r=%s&amp;"
                "token=%s" % (PUB_ID, meta["post_id"], USER_REF, h("tok", 180, "url")))
    avatar = ("https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:"
              "steep,g_auto/https%%3A%%2F%%2Fsubstack-post-media.s3.amazonaws.com%%2Fpublic%%2Fimages%%2F"
              "%s_400x400.jpeg" % uuid.uuid5(NS, "avatar"))
    paywall = ('<div class="paywall" style="margin:32px 0;padding:32px 24px;border-radius:8px;background:'
               '#f7f7f7;text-align:center;"><h2 class="paywall-title" style="margin:0 0 12px 0;font-size:'
               '24px;line-height:30px;color:rgb(54,55,55);">Keep reading with a 7-day free trial</h2><p '
               'class="paywall-text" %s>Subscribe to <a href="%s" style="color:rgb(54,55,55);">%s</a> to '
               'keep reading this post and get 7 days of free access to the full post archives.</p><p '
               'class="button-wrapper" style="text-align:center;margin:0 0 16px 0;"><a class="button '
               'primary" href="%s" %s><span>Start trial</span></a></p><p class="paywall-login" style='
               '"font-size:14px;color:rgb(119,119,119);margin:0;">Already a paid subscriber? <a href="%s" '
               'style="color:rgb(119,119,119);">Sign in</a></p></div>'
               % (P, redirect("paywall-pub"), html.escape(meta["publication"]), redirect("start-trial"),
                  BUTTON, redirect("sign-in")))
    footer = ('<div class="footer footer-ufi" style="padding:24px 0;text-align:center;font-size:14px;'
              'line-height:20px;color:rgb(119,119,119);"><p style="margin:0 0 16px 0;">You\u2019re currently '
              'a free subscriber to <a href="%s">%s</a>. For the full experience, <a href="%s">upgrade your '
              'subscription.</a></p><p style="margin:0 0 24px 0;"><a class="button primary" href="%s" %s>'
              '<span>Upgrade to paid</span></a></p><p class="footer-section" style="margin:0 0 8px 0;">'
              '\u00a9 %s %s<br>548 Market Street PMB 72296, San Francisco, CA 94104 <br><a href="%s">'
              'Unsubscribe</a></p><p class="footer-section" style="margin:16px 0 0 0;"><a href="%s"><img '
              'src="https://substackcdn.com/image/fetch/w_270,c_limit,f_auto,q_auto:good/https%%3A%%2F%%2F'
              'substack.com%%2Fimg%%2Femail%%2Fgeneric-app-button%%402x.png" width="135" alt="Get the app" '
              'style="vertical-align:middle;"></a><a href="%s"><img src="https://substackcdn.com/image/'
              'fetch/w_270,c_limit,f_auto,q_auto:good/https%%3A%%2F%%2Fsubstack.com%%2Fimg%%2Femail%%2F'
              'publish-button%%402x.png" width="135" alt="Start writing" style="vertical-align:middle;">'
              '</a></p></div>'
              % (redirect("footer-pub"), html.escape(meta["publication"]), redirect("upgrade-link"),
                 redirect("upgrade-button"), BUTTON, d.year, html.escape(meta["author"]),
                 redirect("unsubscribe"), redirect("get-app"), redirect("start-writing")))
    parts = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, '
        'initial-scale=1.0"><meta name="x-apple-disable-message-reformatting"><meta name="color-scheme" '
        'content="light dark"><meta name="supported-color-schemes" content="light dark"><title>%s</title>'
        '<style>%s</style></head><body style="margin:0;padding:0;background-color:#ffffff;">'
        % (html.escape(title), CSS),
        '<div class="preview" style="display:none;font-size:1px;color:#333333;line-height:1px;'
        'max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>' % html.escape(sub),
        '<div style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:'
        '0px;opacity:0;overflow:hidden;">%s</div>' % filler.strip(),
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" class='
        '"email-body-container"><tr><td></td><td class="container" width="550" style="max-width:550px;'
        'padding:24px 16px;">',
        '<div class="preamble"><p class="small" style="margin:0 0 24px 0;text-align:center;font-size:'
        '13px;color:rgb(119,119,119);">Forwarded this email? <a href="%s" style="color:rgb(119,119,119);">'
        'Subscribe here</a> for more</p></div>' % redirect("forwarded-subscribe"),
        '<div class="post typography" dir="auto" style="font-size:16px;line-height:26px;">',
        '<div class="post-header" role="region" aria-label="Post header"><h1 class="post-title published" '
        'style="margin:0 0 8px 0;font-size:32px;line-height:36px;font-weight:bold;color:rgb(54,55,55);">'
        '<a href="%s">%s</a></h1><h3 class="subtitle" style="margin:0 0 16px 0;font-size:20px;'
        'line-height:26px;font-weight:normal;color:rgb(119,119,119);">%s</h3>'
        % (app_link, html.escape(title), html.escape(sub)),
        ufi(meta, "top"),
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" class="post-meta" style='
        '"margin:0 0 24px 0;"><tr><td style="padding-right:10px;"><a href="%s"><img src="%s" width="40" '
        'height="40" alt="" style="border-radius:20px;display:block;"></a></td><td style="font-size:14px;'
        'line-height:20px;"><a href="%s" style="color:rgb(54,55,55);font-weight:600;text-decoration:none;">'
        '%s</a><br><span class="post-date" style="color:rgb(119,119,119);">%s</span><span style="color:'
        'rgb(119,119,119);"> \u2219 Preview</span></td></tr></table></div>'
        % (redirect("author-avatar"), avatar, redirect("author-name"), html.escape(meta["author"]),
           short_date),
        '<div class="post-body"><div class="body markup" dir="auto">%s</div></div>' % body,
        paywall,
        ufi(meta, "bottom"),
        "</div>",
        footer,
        "</td><td></td></tr></table></body></html>",
    ]
    return "\n".join(parts) + "\n"


def build_plain(meta, plain):
    base = "https://%s.substack.com" % meta["subdomain"]
    out = ["View this post on the web at %s/p/%s" % (base, meta["slug"]), ""]
    for p in plain:
        out.append(p)
        out.append("")
    out += ["Keep reading with a 7-day free trial", "",
            "Subscribe to %s to keep reading this post and get 7 days of free access to the full post "
            "archives." % meta["publication"], "",
            "Start trial [ %s ]" % redirect("start-trial"), "",
            "Unsubscribe %s" % redirect("unsubscribe")]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- MIME

def qp(text):
    """Quoted-printable with soft breaks at 76 columns, as Mailgun writes it (CRLF)."""
    out = []
    for line in text.split("\n"):
        enc = []
        data = line.encode("utf-8")
        for n, b in enumerate(data):
            c = chr(b)
            if b == 61 or b > 126 or (b < 32 and b != 9) or (c in " \t" and n == len(data) - 1):
                enc.append("=%02X" % b)
            else:
                enc.append(c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def fold(name, value, width=78):
    """Fold a header at spaces, continuation lines indented by one space."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def headers(meta):
    d = datetime.strptime(meta["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    pdt = d.astimezone(timezone(timedelta(hours=-7)))
    gdate = pdt.strftime("%a, %d %b %Y %H:%M:%S -0700 (PDT)").replace(", 0", ", ")
    gdate2 = (pdt + timedelta(seconds=2)).strftime("%a, %d %b %Y %H:%M:%S -0700 (PDT)").replace(", 0", ", ")
    epoch = int(d.timestamp())
    to = meta["to"]
    local = to.split("@")[0]
    bounce = "bounce+%s.%s-%s=gmail.com@mg-d0.substack.com" % (h("b1", 6, "hex"), h("b2", 6, "hex"), local)
    sub = meta["subdomain"]
    mid = "<%s.%d.%s@mg-d0.substack.com>" % (d.strftime("%Y%m%d%H%M%S"), 3, h("mid", 16, "hex"))
    sig_h = ("List-Post:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID:Content-Type:Mime-Version:"
             "Subject:Subject:Message-Id:To:To:Reply-To:From:From:Date:Sender:Sender")
    lines = [
        "Delivered-To: %s" % to,
        "Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%d;"
        % (h("r1", 4, "hex"), h("r2", 3, "hex"), h("r3", 4, "hex"), h("r4", 4, "hex"), h("r5", 3, "hex"),
           1286715),
        "        %s" % gdate2,
        "X-Google-Smtp-Source: AGHT+IF%s" % h("smtp", 84),
        "X-Received: by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id 6a1803df08f44-%smr%d6d6.%d.%d%03d;"
        % (h("x1", 4, "hex"), h("x2", 3, "hex"), h("x3", 4, "hex"), h("x4", 4, "hex"), h("x5", 11, "hex"),
           int(h("x6", 8, "hex"), 16) % 9000000000 + 1000000000, 5, epoch + 2, 215),
        "        %s" % gdate2,
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;" % (epoch + 2),
        "        d=google.com; s=arc-20240605;",
    ]
    seal = h("arcseal", 408)
    lines.append("        b=" + seal[:68])
    for k in range(68, len(seal), 70):
        lines.append("         " + seal[k:k + 70] + (";" if k + 70 >= len(seal) else ""))
    lines += [
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;",
        "        h=list-post:list-unsubscribe-post:list-unsubscribe:list-url:list-id:feedback-id",
        "         :mime-version:subject:message-id:to:reply-to:from:date:sender",
        "         :dkim-signature;",
        "        bh=%s=;" % h("arcbh", 43),
        "        fh=%s=;" % h("arcfh", 43),
        "        b=%s" % h("arcmsg", 68),
    ]
    msg = h("arcmsg2", 340)
    for k in range(0, len(msg), 70):
        lines.append("         " + msg[k:k + 70] + ("==;" if k + 70 >= len(msg) else ""))
    auth = [
        "       dkim=pass header.i=@substack.com header.s=mg header.b=%s;" % h("dkimb", 8),
        "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=\"%s\";"
        % (bounce, MG_IP, bounce),
        "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=substack.com",
    ]
    lines += ["ARC-Authentication-Results: i=1; mx.google.com;"] + auth
    lines += [
        "Return-Path: <%s>" % bounce,
        "Received: from m43-15.mailgun.net (m43-15.mailgun.net. [%s])" % MG_IP,
        "        by mx.google.com with UTF8SMTPS id 6a1803df08f44-%ssi%d6d6.%d.%s" % (
            h("rid", 11, "hex"), int(h("rid2", 8, "hex"), 16) % 9000000000 + 1000000000, 231,
            pdt.strftime("%Y.%m.%d.%H.%M.%S")),
        "        for <%s>" % to,
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
        "        %s" % gdate,
        "Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
        % (bounce, MG_IP, MG_IP),
        "Authentication-Results: mx.google.com;",
    ] + auth
    dk = h("dkimsig", 344)
    lines += [
        "DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=substack.com; q=dns/txt;",
        " s=mg; t=%d; x=%d; h=%s;" % (epoch, epoch + 7200, sig_h),
        " bh=%s=;" % h("dkimbh", 43),
        " b=%s" % dk[:70],
    ]
    for k in range(70, len(dk), 72):
        lines.append(" " + dk[k:k + 72] + ("=" if k + 72 >= len(dk) else ""))
    lines += [
        "X-Mailgun-Sending-Ip: %s" % MG_IP,
        "X-Mailgun-Sid: WyJ%s" % h("sid", 53),
        "Received: by %s with HTTP id %s; %s" % (h("mgh", 12, "hex"), h("mghttp", 24, "hex"),
                                                 d.strftime("%a, %d %b %Y %H:%M:%S GMT").replace(", 0", ", ")),
        "X-Mailgun-Batch-Id: %s" % h("batch", 24, "hex"),
        "Sender: %s <%s@substack.com>" % (meta["publication"], sub),
        "Date: %s" % d.strftime("%a, %d %b %Y %H:%M:%S +0000").replace(", 0", ", "),
        "From: %s from %s <%s@substack.com>" % (meta["author"], meta["publication"], sub),
        "Reply-To: %s <reply+2%s&1%s&&%s@mg1.substack.com>"
        % (meta["publication"], h("rt1", 6, "hex"), h("rt2", 4, "hex"), h("rt3", 64, "hex")),
        "To: %s" % to,
        "Message-Id: %s" % mid,
        fold("Subject", meta["title"]),
        "Mime-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % BOUNDARY,
        "List-Unsubscribe: <https://%s.substack.com/action/disable_email?token=%s>," % (sub, h("unsub", 96, "url")),
        " <mailto:%s+unsubscribe-%s@substack.com>" % (sub, h("unsubm", 24, "hex")),
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "List-Url: <https://%s.substack.com/>" % sub,
        "List-Id: <%s.substack.com>" % sub,
        "List-Post: <https://%s.substack.com/p/%s>" % (sub, meta["slug"]),
        "X-Mailgun-Tag: post",
        'X-Mailgun-Variables: {"category": "post", "email_generated_at": "%d873", "post_audience":'
        % (epoch - 1),
        ' "everyone", "post_id": "%s", "post_type": "newsletter", "pub_community_enabled": "true",'
        % meta["post_id"],
        ' "publication_id": "%s", "subdomain": "%s", "user_id": "301948221"}' % (PUB_ID, sub),
        "X-Mailgun-Track-Clicks: false",
        "Feedback-ID: post-%s:cr:substack" % meta["post_id"],
    ]
    return "\r\n".join(lines)


def build():
    meta, lines = read_source()
    body, plain = body_html(meta, lines)
    page = build_html(meta, body)
    text = build_plain(meta, plain)
    msg = (headers(meta) + "\r\n\r\n"
           + "--%s\r\n" % BOUNDARY
           + "Content-Transfer-Encoding: quoted-printable\r\n"
           + 'Content-Type: text/plain; charset="utf-8"\r\n\r\n'
           + qp(text) + "\r\n"
           + "--%s\r\n" % BOUNDARY
           + "Content-Transfer-Encoding: quoted-printable\r\n"
           + 'Content-Type: text/html; charset="utf-8"\r\n\r\n'
           + qp(page) + "\r\n"
           + "--%s--\r\n" % BOUNDARY)
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(msg.encode("ascii"))


if __name__ == "__main__":
    build()
