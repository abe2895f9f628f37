#!/usr/bin/python3
"""Re-make docs/speaker-removal-deputy-neutrality.eml from tools/speaker-removal-deputy-neutrality.txt.

The message is a Substack newsletter post as Gmail's "Download message" saves it: CRLF line
ends, Mailgun/Substack headers (List-Unsubscribe, List-Unsubscribe-Post, Feedback-ID, ...), a
multipart/alternative body with a text/plain part ("View this post on the web at ...") and a long
text/html part in Substack's email markup, both quoted-printable: the hidden preheader, the
"Forwarded this email? Subscribe here" line, post title and subtitle, author/date meta, the
"Listen to this post" button, the Like/Comment/Restack/Share bar, the post body (header-anchor-post
headings, list items wrapped in <p>, blockquotes, the ButtonCreateButton "Share" button, the
SubscribeWidget), Substack footnote anchors and footnotes, and the footer with the publication's
address line and Unsubscribe link.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only; fixed boundary, dates and ids, so the output is byte for byte the same.
"""
import html
import os
import quopri
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "speaker-removal-deputy-neutrality.txt")
OUT = os.path.join(HERE, "..", "docs", "speaker-removal-deputy-neutrality.eml")

PUB = "https://thepolitydesk.substack.com"
BOUNDARY = "7c4e2b91d05f4a3e8f16b0c9a2d7e54f"
TOKEN = "eyJ1c2VyX2lkIjoxOTI4MzQ1NjcsInBvc3RfaWQiOjE2ODUzMjc0NSwiaWF0IjoxNzUyMzczODY3fQ.q8Lw3mZ0Xk1bV7tR5sN2pD4fH6jC9aE0uY3iO1gK8lM"
UTM = "utm_source=substack&utm_medium=email"


def smart(s):
    """Substack's editor turns straight quotes into curly ones."""
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'", "\\1\u2019", s)
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s, slug):
    out = html.escape(smart(s), quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)

    def fn(m):
        n = m.group(1)
        return ('<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
                'id="footnote-anchor-%s" href="%s/p/%s#footnote-%s" target="_self">%s</a>'
                % (n, PUB, slug, n, n))
    return re.sub(r"\[(\d)\]", fn, out)


def plain(s):
    s = smart(s).replace("**", "")
    return re.sub(r"\[(\d)\]", r"[\1]", s)


def parse(lines):
    meta, blocks, notes = {}, [], []
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        if s.startswith("@footnote "):
            n, text = s[10:].split(" ", 1)
            notes.append((n, text))
        elif s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("### "):
            blocks.append(("h3", s[4:]))
        elif s.startswith("> "):
            blocks.append(("quote", s[2:]))
        elif s.startswith("[button "):
            blocks.append(("button", s[8:-1]))
        elif s == "[subscribe]":
            blocks.append(("subscribe", ""))
        elif s.startswith("- ") or re.match(r"\d+\. ", s):
            ordered = not s.startswith("- ")
            items = []
            while i < len(lines) and (re.match(r"\d+\. ", lines[i]) if ordered else lines[i].startswith("- ")):
                items.append(lines[i].split(". ", 1)[1] if ordered else lines[i][2:])
                i += 1
            i -= 1
            blocks.append(("ol" if ordered else "ul", items))
        elif s:
            blocks.append(("p", s))
        i += 1
    return meta, blocks, notes


def build_html(meta, blocks, notes):
    slug = meta["slug"]
    url = "%s/p/%s" % (PUB, slug)
    body = []
    for kind, val in blocks:
        if kind == "h2":
            body.append('<h2 class="header-anchor-post">%s</h2>' % inline(val, slug))
        elif kind == "h3":
            body.append('<h3 class="header-anchor-post">%s</h3>' % inline(val, slug))
        elif kind == "p":
            body.append("<p>%s</p>" % inline(val, slug))
        elif kind == "quote":
            body.append("<blockquote><p>%s</p></blockquote>" % inline(val, slug))
        elif kind in ("ul", "ol"):
            body.append("<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % inline(x, slug) for x in val), kind))
        elif kind == "button":
            body.append('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?%s&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;%s&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton">'
                        '<a class="button primary" href="%s?%s&amp;utm_content=share&amp;action=share"><span>%s</span></a></p>'
                        % (PUB, UTM, html.escape(val), PUB, UTM, html.escape(val)))
        elif kind == "subscribe":
            body.append('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;%s/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM">'
                        '<div class="subscription-widget show-subscribe"><div class="preamble">'
                        '<p class="cta-caption">The Polity Desk is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p>'
                        '</div><a class="button primary" href="%s/subscribe?%s&amp;utm_content=subscribe_widget"><span>Subscribe</span></a></div></div>'
                        % (PUB, PUB, UTM))
    fns = []
    for n, text in notes:
        fns.append('<div class="footnote" data-component-name="FootnoteToDOM">'
                   '<a id="footnote-%s" href="%s#footnote-anchor-%s" class="footnote-number" contenteditable="false" target="_self">%s</a>'
                   '<div class="footnote-content"><p>%s</p></div></div>' % (n, url, n, n, inline(text, slug)))
    ufi = ('<table role="presentation" class="email-ufi-2-%s" width="auto" border="0" cellspacing="0" cellpadding="0"><tr>'
           '<td><a class="email-icon-button" href="%s?%s&amp;utm_content=like&amp;action=like"><img src="https://substackcdn.com/image/fetch/w_36,c_scale,f_png,q_auto:good,fl_progressive:steep/https%%3A%%2F%%2Fsubstack.com%%2Ficon%%2FLucideHeart%%3Fv%%3D4%%26height%%3D36%%26fill%%3Dnone%%26stroke%%3D%%2523808080%%26strokeWidth%%3D2" width="18" height="18" alt="" style="display:block;border:none;"/><span class="email-button-text">Like</span></a></td>'
           '<td><a class="email-icon-button" href="%s/comments?%s&amp;utm_content=comment_button"><span class="email-button-text">Comment</span></a></td>'
           '<td><a class="email-icon-button" href="https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly9vcGVuLnN1YnN0YWNrLmNvbS9wdWIvdGhlcG9saXR5ZGVzay9wL3doby1ndWFyZHMtdGhlLWNoYWlyP3V0bV9zb3VyY2U9c3Vic3RhY2smdXRtX21lZGl1bT1lbWFpbCZ1dG1fY29udGVudD1yZXN0YWNrIn0"><span class="email-button-text">Restack</span></a></td>'
           '<td><a class="email-icon-button" href="%s?%s&amp;utm_content=share&amp;action=share"><span class="email-button-text">Share</span></a></td>'
           "</tr></table>")
    style = """
body{margin:0;padding:0;background:#ffffff;}
.email-body-container{max-width:550px;margin:0 auto;}
.typography{font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:26px;color:#363737;}
.post-title{font-family:'SF Pro Display',-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:32px;line-height:40px;margin:0;}
.post-title a{color:#363737;text-decoration:none;}
.subtitle{font-size:20px;line-height:28px;color:#757575;font-weight:normal;margin:8px 0 16px;}
.meta-author-wrap{font-size:13px;color:#757575;}
.button{display:inline-block;border-radius:8px;padding:10px 20px;font-family:-apple-system,Helvetica,Arial,sans-serif;font-weight:600;text-decoration:none;}
.button.primary{background:#c0392b;color:#ffffff;}
.email-button-outline{border:1px solid #e6e6e6;color:#757575;}
.email-icon-button{color:#757575;text-decoration:none;font-size:13px;padding:6px 10px;}
.footnote-anchor{vertical-align:super;font-size:12px;text-decoration:none;}
.footnote{display:flex;font-size:15px;line-height:22px;margin-top:10px;}
.footnote-number{min-width:24px;text-decoration:none;}
blockquote{border-left:4px solid #c0392b;margin:20px 0;padding-left:20px;}
.footer{font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:13px;color:#757575;text-align:center;padding:32px 0;}
.preview{display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;}
@media screen and (max-width:550px){.post-title{font-size:26px;line-height:32px;}}
"""
    filler = "&#847;&zwnj;&nbsp;" * 40
    doc = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>'
           '<meta name="viewport" content="width=device-width, initial-scale=1.0"/>'
           '<meta name="x-apple-disable-message-reformatting"/>'
           "<title>%(title)s</title><style>%(style)s</style></head>\n"
           '<body class="email-body">'
           '<div class="preview" style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%(sub)s%(filler)s</div>\n'
           '<table role="presentation" width="100%%" border="0" cellspacing="0" cellpadding="0" class="email-body-container"><tr><td>\n'
           '<div class="email-body-header"><p class="forwarded-notice" style="font-size:13px;color:#757575;text-align:center;">Forwarded this email? <a href="%(pub)s/subscribe?%(utm)s&amp;utm_content=forwarded">Subscribe here</a> for more</p></div>\n'
           '<div class="post typography" dir="auto">\n'
           '<div class="post-header">'
           '<h1 class="post-title"><a href="%(url)s?%(utm)s&amp;utm_campaign=email-post-title">%(title)s</a></h1>'
           '<h3 class="subtitle">%(sub)s</h3>'
           '<table role="presentation" class="meta-author-wrap" border="0" cellspacing="0" cellpadding="0"><tr>'
           '<td class="email-avatar"><img src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill,f_auto,q_auto:good/https%%3A%%2F%%2Fsubstack-post-media.s3.amazonaws.com%%2Fpublic%%2Fimages%%2Fpolitydesk-avatar.png" width="40" height="40" alt="" style="border-radius:50%%;"/></td>'
           '<td><div class="meta-author"><a href="https://substack.com/@ananyarao">Ananya Rao</a></div>'
           '<div class="meta-date">%(date)s</div></td></tr></table>\n'
           '%(ufi_top)s\n'
           '<p class="listen-wrapper"><a class="button email-button-outline" href="https://substack.com/app-link/post?publication_id=2317049&amp;post_id=168532745&amp;%(utm)s&amp;utm_content=listen&amp;action=listen">'
           '<span>Listen to this post</span></a></p>\n'
           "</div>\n"
           '<div class="body markup" dir="auto">\n%(body)s\n'
           '<div class="footnotes">%(fns)s</div>\n'
           "</div>\n"
           '%(ufi_bottom)s\n'
           '<p class="button-wrapper"><a class="button email-button-outline" href="%(url)s/comments?%(utm)s&amp;utm_content=comment_button">'
           "<span>Leave a comment</span></a></p>\n"
           "</div>\n"
           '<div class="footer">'
           '<p class="footer-section">You\u2019re currently a free subscriber to <a href="%(pub)s/?%(utm)s">The Polity Desk</a>. '
           'For the full experience, <a href="%(pub)s/subscribe?%(utm)s&amp;utm_content=upgrade">upgrade your subscription</a>.</p>'
           '<p class="footer-section"><a class="button primary" href="%(pub)s/subscribe?%(utm)s&amp;utm_content=footer">Upgrade to paid</a></p>'
           '<p class="footer-section">\u00a9 2025 Ananya Rao<br/>548 Market Street PMB 72296, San Francisco, CA 94104<br/>'
           '<a href="%(pub)s/action/disable_email?token=%(token)s">Unsubscribe</a></p>'
           '<p class="footer-section"><a href="https://substack.com/app/app-store-redirect?%(utm)s&amp;utm_content=footer"><img src="https://substackcdn.com/image/fetch/w_262,c_scale,f_png,q_auto:good/https%%3A%%2F%%2Fsubstack.com%%2Fimg%%2Femail%%2Fgeneric-app-button%%402x.png" width="131" height="40" alt="Get the app"/></a>'
           ' <a href="https://substack.com/signup?%(utm)s&amp;utm_content=footer&amp;utm_campaign=autofilled-footer"><img src="https://substackcdn.com/image/fetch/w_270,c_scale,f_png,q_auto:good/https%%3A%%2F%%2Fsubstack.com%%2Fimg%%2Femail%%2Fpublish-button%%402x.png" width="135" height="40" alt="Start writing"/></a></p>'
           "</div>\n"
           "</td></tr></table>\n"
           '<img src="https://eotrx.substackcdn.com/open?token=%(token)s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;"/>'
           "</body></html>\n") % {
        "title": html.escape(smart(meta["title"])), "sub": html.escape(smart(meta["subtitle"])),
        "filler": filler, "style": style, "pub": PUB, "utm": UTM, "url": url,
        "date": meta["date"], "body": "\n".join(body), "fns": "".join(fns), "token": TOKEN,
        "ufi_top": ufi % (("top", url, UTM, url, UTM, url, UTM)),
        "ufi_bottom": ufi % (("bottom", url, UTM, url, UTM, url, UTM)),
    }
    return doc


def build_text(meta, blocks, notes):
    url = "%s/p/%s" % (PUB, meta["slug"])
    out = ["View this post on the web at %s" % url, ""]
    for kind, val in blocks:
        if kind in ("h2", "h3", "p", "quote"):
            out += [plain(val), ""]
        elif kind == "ul":
            out += ["* " + plain(x) for x in val] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (n, plain(x)) for n, x in enumerate(val, 1)] + [""]
        elif kind == "button":
            out += ["%s [ %s?%s&utm_content=share&action=share ]" % (val, PUB, UTM), ""]
    for n, text in notes:
        out += ["%s [ %s#footnote-anchor-%s ]" % (n, url, n), "", plain(text), ""]
    out += ["Unsubscribe %s/action/disable_email?token=%s" % (PUB, TOKEN), ""]
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, blocks, notes = parse(lines)
    headers = [
        "Delivered-To: ritika.upsc25@gmail.com",
        "Return-Path: <bounce-mg-168532745-ritika.upsc25=gmail.com@mg-d1.substack.com>",
        "Received: from mg-d1.substack.com (mg-d1.substack.com. [198.2.182.61])",
        "        by mx.google.com with UTF8SMTPS id 5b1f17b1804b1-4561a7e3c0bsi1842237f8f.412.2025.07.12.19.31.08",
        "        for <ritika.upsc25@gmail.com>;",
        "        Sat, 12 Jul 2025 19:31:08 -0700 (PDT)",
        "Date: Sun, 13 Jul 2025 02:31:07 +0000",
        "From: Ananya Rao from The Polity Desk <thepolitydesk@substack.com>",
        "Reply-To: Ananya Rao from The Polity Desk <reply+2m3k9x&168532745&&b94d27e1@mg1.substack.com>",
        "To: ritika.upsc25@gmail.com",
        "Message-ID: <20250713023107.3.4f9e1a2b7c6d5e08@mg-d1.substack.com>",
        "Subject: " + smart(meta["title"]).encode("ascii", "replace").decode(),
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % BOUNDARY,
        "List-Id: <thepolitydesk.substack.com>",
        "List-URL: <%s/>" % PUB,
        "List-Unsubscribe: <%s/action/disable_email/disable?token=%s>," % (PUB, TOKEN),
        " <mailto:%s@unsubscribe.substack.com>" % "b94d27e1",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Feedback-ID: post-168532745:cat-post:pub-2317049:substack",
        "X-Mailgun-Tag: post",
        "X-Mailgun-Track-Clicks: false",
        "X-Mailgun-Variables: {\"category\": \"post\", \"post_id\": 168532745, \"pub_community_enabled\": true,",
        " \"publication_id\": 2317049, \"user_id\": 192834567}",
    ]
    parts = [
        ("text/plain", build_text(meta, blocks, notes)),
        ("text/html", build_html(meta, blocks, notes)),
    ]
    out = b"\r\n".join(h.encode("utf-8") for h in headers) + b"\r\n\r\n"
    for ctype, text in parts:
        out += b"--" + BOUNDARY.encode() + b"\r\n"
        out += ('Content-Type: %s; charset="utf-8"\r\n' % ctype).encode()
        out += b"Content-Transfer-Encoding: quoted-printable\r\n"
        out += b"Mime-Version: 1.0\r\n\r\n"
        out += qp(text) + b"\r\n"
    out += b"--" + BOUNDARY.encode() + b"--\r\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
