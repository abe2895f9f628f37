#!/usr/bin/python3
"""Make "docs/Fwd_ Judge in his own cause_ The Speaker and the Tenth Schedule.eml" from
"tools/Fwd_ Judge in his own cause_ The Speaker and the Tenth Schedule.txt".

The file is a Substack post that a friend forwarded from Gmail, as the recipient's Gmail
"Download message" saves it (the browser turned ":" and "?" in the subject into "_" in the
file name): CRLF line ends; Gmail's delivery headers (Delivered-To, Received, X-Received,
ARC-Seal / ARC-Message-Signature / ARC-Authentication-Results, Return-Path, the mail-sor
Received hop, Received-SPF, Authentication-Results, a folded DKIM-Signature,
X-Google-DKIM-Signature, X-Gm-Message-State, X-Gm-Gg, X-Google-Smtp-Source), then the
forwarder's own headers in Gmail's order (MIME-Version, References and In-Reply-To pointing at
the Substack message, From, Date, X-Gm-Features, Message-ID, a "Fwd:" Subject, To, the
multipart/alternative Content-Type with a Gmail-style 0000... boundary). The text/plain part
is Gmail's own rendering of the forward (the note, "---------- Forwarded message ---------",
From/Date/Subject/To lines, the post as text with links as "label <url>", images as
"[image: alt]", "   - " and "   1. " list items); the text/html part is Gmail's forward HTML:
the note in div dir="ltr" lines, the gmail_quote container with the gmail_attr block and
gmail_sendername, and the Substack e-mail inside a div class="msg<id>" with every class and id
of the original prefixed "m_<id>" as Gmail rewrites them. Both parts are UTF-8 and
quoted-printable (soft breaks at 76 columns). Substack's smart quotes and apostrophes are
applied to the post.

Source markup: "@key: value" headers, "@note" then the forwarder's lines, "@post" then the post:
"# " h2 and "## " h3 headings, blank-line separated paragraphs, "- " and "1. " list items,
">> " a pull quote, "!image: alt | caption", "!embed: title | subtitle | url",
"@button: label | url", "@subscribe", "[^n]" footnote marks and "[^n]: text" footnotes,
"**bold**", "*italic*".

Run: /usr/bin/python3 tools/make_eml.py [OUT]   (byte-for-byte stable output)
"""
import html
import os
import quopri
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "Fwd_ Judge in his own cause_ The Speaker and the Tenth Schedule"
SRC = os.path.join(HERE, STEM + ".txt")
OUT = os.path.join(HERE, "..", "docs", STEM + ".eml")

BOUNDARY = "000000000000a83f5e063b5f0c27"
MID = "-3981154627027431178"
PFX = "m_" + MID
BASE = "https://samvidhansunday.substack.com"
TRACK = "https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly9zYW12aWRoYW5zdW5kYXkuc3Vic3RhY2suY29tL3AvanVkZ2UtaW4taGlzLW93bi1jYXVzZSIsInAiOjE2OTQyMjc3MSwicyI6MjQ4MTkwNiwiZiI6dHJ1ZSwidSI6MzE4MjQ1NjAsImlhdCI6MTc1NDE4NDcyNH0"
FONT = ("font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,"
        "sans-serif,'Apple Color Emoji','Segoe UI Emoji','Segoe UI Symbol'")


def parse():
    meta, note, post, mode = {}, [], [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            if mode is None and line.startswith("@") and ": " in line:
                k, v = line[1:].split(": ", 1)
                meta[k] = v
            elif line == "@note":
                mode = "note"
            elif line == "@post":
                mode = "post"
            elif mode == "note":
                note.append(line)
            else:
                post.append(line)
    blocks, cur, notes = [], [], {}
    for line in post + [""]:
        m = re.match(r"\[\^(\d+)\]: (.*)$", line)
        if m:
            notes[m.group(1)] = m.group(2)
        elif not line.strip():
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(line)
    return meta, note, blocks, notes


def smart(text):
    text = re.sub(r'(^|[\s(\[>])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def inline_html(text, meta):
    out = html.escape(smart(text), quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\*(.+?)\*", r"<em>\1</em>", out)
    url = "%s/p/%s" % (BASE, meta["slug"])
    return re.sub(r"\[\^(\d+)\]",
                  lambda m: ('<a class="%sfootnote-anchor" id="%sfootnote-anchor-%s" href="%s#footnote-%s"'
                             ' style="text-decoration:none;color:#7c3aed;font-size:12px;vertical-align:'
                             'super" target="_blank">%s</a>' % (PFX, PFX, m.group(1), url, m.group(1),
                                                               m.group(1))), out)


def inline_text(text):
    text = smart(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\*(.+?)\*", r"\1", text)
    return re.sub(r"\[\^(\d+)\]", r"[\1]", text)


P = 'style="margin:0 0 20px 0;font-size:17px;line-height:26px;color:#363737"'


def post_html(blocks, notes, meta):
    out = []
    for b in blocks:
        first = b[0]
        if first.startswith("# "):
            hid = re.sub(r"[^a-z0-9]+", "-", first[2:].lower()).strip("-")
            out.append('<h2 class="%sheader-anchor-post" id="%s%s" style="font-size:1.625em;line-height:'
                       '1.2em;margin:1.2em 0 0.6em;color:#363737;%s">%s</h2>'
                       % (PFX, PFX, hid, FONT, inline_html(first[2:], meta)))
        elif first.startswith("## "):
            out.append('<h3 class="%sheader-anchor-post" style="font-size:1.375em;line-height:1.2em;'
                       'margin:1.2em 0 0.6em;color:#363737;%s">%s</h3>'
                       % (PFX, FONT, inline_html(first[3:], meta)))
        elif first.startswith("- "):
            items = "".join('<li style="margin:0 0 8px 0"><p %s>%s</p></li>'
                            % (P, inline_html(l[2:], meta)) for l in b)
            out.append('<ul style="margin:0 0 20px 0;padding-left:32px">%s</ul>' % items)
        elif re.match(r"\d+\. ", first):
            items = "".join('<li style="margin:0 0 8px 0"><p %s>%s</p></li>'
                            % (P, inline_html(l.split(". ", 1)[1], meta)) for l in b)
            out.append('<ol style="margin:0 0 20px 0;padding-left:32px">%s</ol>' % items)
        elif first.startswith(">> "):
            out.append('<div class="%spullquote" style="margin:32px 0;padding:8px 0 8px 24px;border-left:'
                       '4px solid #7c3aed"><p style="margin:0;font-size:22px;line-height:32px;font-style:'
                       'italic;color:#363737">%s</p></div>' % (PFX, inline_html(first[3:], meta)))
        elif first.startswith("!image: "):
            alt, cap = [x.strip() for x in first[8:].split("|")]
            src = ("https://substackcdn.com/image/fetch/w_1100,c_limit,f_auto,q_auto:good,fl_progressive"
                   ":steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F"
                   "5b1e0c9a-3f7d-4e12-9a64-7d2c81e4f0b3_1456x816.jpeg")
            out.append('<div class="%scaptioned-image-container" style="margin:32px auto"><figure style="margin:0">'
                       '<a class="%simage-link %simage2" target="_blank" href="%s" style="display:block">'
                       '<img src="%s" width="550" height="308" alt="%s" title="%s" style="display:block;'
                       'border:none;width:100%%;height:auto;max-width:550px" class="CToWUd a6T" '
                       'data-bit="iit" tabindex="0"></a><figcaption class="%simage-caption" '
                       'style="font-size:14px;line-height:20px;color:#77757a;text-align:center;'
                       'padding-top:8px">%s</figcaption></figure></div>'
                       % (PFX, PFX, PFX, TRACK, src, html.escape(smart(alt)), html.escape(smart(alt)),
                          PFX, inline_html(cap, meta)))
        elif first.startswith("!embed: "):
            title, sub, url = [x.strip() for x in first[8:].split("|")]
            out.append('<div class="%sdigest-post-embed" style="border:1px solid #e6e6e6;border-radius:'
                       '4px;padding:16px;margin:32px 0"><a href="%s" style="text-decoration:none;color:'
                       '#363737" target="_blank"><div class="%sembedded-post-header" style="font-size:'
                       '13px;color:#77757a">Samvidhan Sunday</div><div class="%sembedded-post-title" '
                       'style="font-size:20px;font-weight:700;line-height:26px;margin:6px 0">%s</div>'
                       '<div class="%sembedded-post-body" style="font-size:15px;color:#77757a">%s</div>'
                       '<div class="%sembedded-post-cta" style="font-size:13px;font-weight:600;'
                       'color:#7c3aed;margin-top:10px">Read more</div></a></div>'
                       % (PFX, url, PFX, PFX, inline_html(title, meta), PFX, inline_html(sub, meta), PFX))
        elif first.startswith("@button: "):
            label, url = [x.strip() for x in first[9:].split("|")]
            out.append('<p class="%sbutton-wrapper" style="text-align:center;margin:32px 0"><a class="%s'
                       'button %sprimary" href="%s" style="display:inline-block;background:#7c3aed;'
                       'color:#ffffff;font-size:14px;font-weight:600;padding:10px 20px;border-radius:'
                       '4px;text-decoration:none" target="_blank"><span>%s</span></a></p>'
                       % (PFX, PFX, PFX, html.escape(url), html.escape(label)))
        elif first == "@subscribe":
            out.append('<div class="%ssubscription-widget-wrap" style="margin:32px 0;padding:24px;'
                       'background:#f7f5ff;border-radius:4px;text-align:center"><div class="%s'
                       'preamble"><p class="%scta-caption" style="margin:0 0 16px;font-size:15px;'
                       'color:#363737">Samvidhan Sunday is a reader-supported publication. To receive '
                       'new posts and support my work, consider becoming a free or paid subscriber.'
                       '</p></div><a href="%s/subscribe?utm_source=substack&amp;utm_medium=email" '
                       'style="display:inline-block;background:#7c3aed;color:#ffffff;font-size:14px;'
                       'font-weight:600;padding:10px 20px;border-radius:4px;text-decoration:none" '
                       'target="_blank">Upgrade to paid</a></div>' % (PFX, PFX, PFX, BASE))
        elif len(b) > 1 and not any(l.startswith(("- ", "# ")) for l in b):
            out.append('<p %s>%s</p>' % (P, "<br>".join(inline_html(l, meta) for l in b)))
        else:
            out.append('<p %s>%s</p>' % (P, inline_html(" ".join(b), meta)))
    url = "%s/p/%s" % (BASE, meta["slug"])
    for n in sorted(notes, key=int):
        out.append('<div class="%sfootnote" style="display:flex;margin:0 0 12px 0;font-size:14px;'
                   'line-height:20px;color:#77757a"><a class="%sfootnote-number" id="%sfootnote-%s" '
                   'href="%s#footnote-anchor-%s" style="min-width:24px;color:#7c3aed;text-decoration:'
                   'none" target="_blank">%s</a><div class="%sfootnote-content"><p style="margin:0">'
                   '%s</p></div></div>' % (PFX, PFX, PFX, n, url, n, n, PFX,
                                           inline_html(notes[n], meta)))
    return "\n".join(out)


def bar(meta, where):
    url = "%s/p/%s" % (BASE, meta["slug"])
    cells = []
    for label, action, icon in (("Like", "like", "Heart"), ("Comment", "comment", "MessageCircle"),
                                ("Restack", "restack", "Refresh"), ("Share", "share", "Share")):
        cells.append('<td style="padding:0 12px 0 0"><a href="%s?utm_source=substack&amp;utm_medium='
                     'email&amp;utm_content=%s-button&amp;action=%s" style="text-decoration:none;'
                     'color:#77757a;font-size:14px" target="_blank"><img src="https://substackcdn.com/'
                     'image/fetch/w_18,c_scale,f_png/https%%3A%%2F%%2Fsubstack.com%%2Ficon%%2FLucide'
                     'Icons%%2F%s%%3Fv%%3D4%%26height%%3D36%%26fill%%3Dnone%%26stroke%%3D%%2523808080" '
                     'width="18" height="18" alt="" style="vertical-align:middle;border:none" '
                     'class="CToWUd" data-bit="iit"> <span>%s</span></a></td>'
                     % (url, where, action, icon, label))
    return ('<table role="presentation" class="%spost-ufi" style="margin:%s"><tbody><tr>%s</tr>'
            '</tbody></table>' % (PFX, "16px 0 24px" if where == "top" else "24px 0 32px",
                                  "".join(cells)))


def build_html(meta, note, blocks, notes):
    url = "%s/p/%s" % (BASE, meta["slug"])
    sender, addr = re.match(r"(.*) <(.*)>$", meta["sender"]).groups()
    to_addr = re.match(r".* <(.*)>$", meta["forwarder"]).group(1)
    filler = "&#847; &zwnj; &nbsp; " * 40
    head = "".join("<div>%s</div>" % html.escape(l, quote=False) if l else "<div><br></div>"
                   for l in note)
    parts = []
    parts.append('<div dir="ltr">%s<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                 'class="gmail_attr">---------- Forwarded message ---------<br>From: <strong '
                 'class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href='
                 '"mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: &lt;<a href='
                 '"mailto:%s">%s</a>&gt;<br></div><br><br>'
                 % (head, html.escape(sender), addr, addr, meta["post-date"],
                    html.escape(meta["title"], quote=False), to_addr, to_addr))
    parts.append('<div class="msg%s"><u></u>\n<div style="padding:0;margin:0;background-color:#ffffff">\n'
                 '<div class="%spreview" style="display:none;font-size:1px;color:#333333;line-height:1px;'
                 'max-height:0px;max-width:0px;opacity:0;overflow:hidden">%s</div>\n'
                 '<div class="%spreview" style="display:none;font-size:1px;color:#333333;line-height:1px;'
                 'max-height:0px;max-width:0px;opacity:0;overflow:hidden">%s</div>\n'
                 % (MID, PFX, html.escape(smart(meta["subtitle"]), quote=False), PFX, filler))
    parts.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" '
                 'class="%semail-body-container" style="background-color:#ffffff"><tbody><tr><td '
                 'align="center"><table role="presentation" width="550" cellpadding="0" '
                 'cellspacing="0" border="0" class="%scontainer" style="max-width:550px;width:100%%">'
                 '<tbody><tr><td class="%scontainer-inner" style="padding:24px 16px;%s">\n'
                 % (PFX, PFX, PFX, FONT))
    parts.append('<p class="%sforwarded-header" style="margin:0 0 16px;font-size:13px;color:#77757a;'
                 'text-align:center">Forwarded this email? <a href="%s/subscribe?utm_source=email&amp;'
                 'utm_campaign=email-subscribe&amp;r=1iz4k8&amp;next=%s" style="color:#77757a" '
                 'target="_blank">Subscribe here</a> for more</p>\n'
                 % (PFX, BASE, html.escape(url.replace(":", "%3A").replace("/", "%2F"))))
    parts.append('<h1 class="%spost-title %spublished" style="font-size:32px;line-height:38px;'
                 'font-weight:700;margin:0 0 8px;color:#363737"><a href="%s" style="color:#363737;'
                 'text-decoration:none" target="_blank">%s</a></h1>\n'
                 '<h3 class="%ssubtitle" style="font-size:18px;line-height:26px;font-weight:400;margin:'
                 '0 0 16px;color:#77757a">%s</h3>\n'
                 % (PFX, PFX, TRACK, html.escape(smart(meta["title"]), quote=False), PFX,
                    html.escape(smart(meta["subtitle"]), quote=False)))
    parts.append('<table role="presentation" class="%spost-meta" style="margin:0"><tbody><tr><td '
                 'style="padding:0 8px 0 0"><img src="https://substackcdn.com/image/fetch/w_80,h_80,'
                 'c_fill,f_auto,q_auto:good,fl_progressive:steep/https%%3A%%2F%%2Fsubstack-post-media.'
                 's3.amazonaws.com%%2Fpublic%%2Fimages%%2Fa41d7c2e-5b6f-4c0a-8e9d-1f2a3b4c5d6e_400x400.'
                 'png" width="40" height="40" alt="" style="border-radius:50%%;display:block" '
                 'class="CToWUd" data-bit="iit"></td><td><div class="%smeta-author" style="font-size:'
                 '14px;font-weight:600;color:#363737">%s</div><div class="%spost-date" style="font-size:'
                 '13px;color:#77757a">%s</div></td></tr></tbody></table>\n'
                 % (PFX, PFX, html.escape(meta["author"]), PFX, meta["post-date-short"]))
    parts.append(bar(meta, "top") + "\n")
    parts.append('<p style="text-align:center;margin:0 0 24px"><a href="%s?utm_source=substack&amp;'
                 'utm_medium=email&amp;utm_content=open-in-app" style="display:inline-block;border:1px '
                 'solid #e6e6e6;border-radius:4px;padding:8px 16px;color:#363737;font-size:14px;'
                 'text-decoration:none" target="_blank">Read in app</a></p>\n' % TRACK)
    parts.append('<div class="%sbody %smarkup" dir="auto">\n%s\n</div>\n'
                 % (PFX, PFX, post_html(blocks, notes, meta)))
    parts.append('<p style="text-align:center;margin:32px 0 8px"><a href="%s/comments" style="'
                 'display:inline-block;border:1px solid #e6e6e6;border-radius:4px;padding:8px 16px;'
                 'color:#363737;font-size:14px;text-decoration:none" target="_blank">Leave a comment'
                 '</a></p>\n' % url)
    parts.append(bar(meta, "bottom") + "\n")
    parts.append('<div class="%sfooter" style="border-top:1px solid #e6e6e6;padding:24px 0 0;'
                 'text-align:center;font-size:13px;line-height:20px;color:#77757a">'
                 '<p style="margin:0 0 12px">You\u2019re currently a free subscriber to <a href="%s" '
                 'style="color:#77757a" target="_blank">Samvidhan Sunday</a>. For the full experience, '
                 '<a href="%s/subscribe?utm_source=email&amp;utm_medium=footer" style="color:#77757a" '
                 'target="_blank">upgrade your subscription</a>.</p>'
                 '<p style="margin:0 0 12px"><a href="%s/subscribe?utm_source=email&amp;utm_medium='
                 'upgrade-button" style="display:inline-block;background:#7c3aed;color:#ffffff;'
                 'padding:8px 16px;border-radius:4px;text-decoration:none;font-weight:600" '
                 'target="_blank">Upgrade to paid</a></p>'
                 '<p style="margin:0 0 12px">\u00a9 2025 %s<br>548 Market Street PMB 72296, San '
                 'Francisco, CA 94104<br><a href="%s/action/disable_email?token=eyJ1c2VyX2lkIjozMTgy'
                 'NDU2MCwicG9zdF9pZCI6MTY5NDIyNzcxfQ" style="color:#77757a" target="_blank">'
                 'Unsubscribe</a></p>'
                 '<p style="margin:0"><a href="https://substack.com/app/app-store-redirect?utm_'
                 'campaign=app-marketing&amp;utm_content=author-post-insert" target="_blank"><img '
                 'src="https://substackcdn.com/image/fetch/w_262,c_limit,f_auto/https%%3A%%2F%%2F'
                 'substack.com%%2Fimg%%2Femail%%2Fgeneric-app-button%%402x.png" alt="Get the app" '
                 'width="131" height="40" style="border:none" class="CToWUd" data-bit="iit"></a> '
                 '<a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=email&amp;'
                 'utm_content=footer&amp;utm_campaign=autofill-footer&amp;freeSignup=true" '
                 'target="_blank"><img src="https://substackcdn.com/image/fetch/w_270,c_limit,f_auto/'
                 'https%%3A%%2F%%2Fsubstack.com%%2Fimg%%2Femail%%2Fpublish-button%%402x.png" '
                 'alt="Start writing" width="135" height="40" style="border:none" class="CToWUd" '
                 'data-bit="iit"></a></p></div>\n'
                 % (PFX, BASE, BASE, BASE, html.escape(meta["author"]), BASE))
    parts.append('</td></tr></tbody></table></td></tr></tbody></table>\n<img src="https://eotrx.'
                 'substackcdn.com/open?token=eyJtIjoiPDIwMjUwODAzMDEzMjA0LjMuYzdlOWE0MjFmYjBhNGQ1'
                 'OEBtZzEuc3Vic3RhY2suY29tPiIsInUiOjMxODI0NTYwLCJyIjoia2FiaXIuc29vZC51cHNjQGdtYWls'
                 'LmNvbSJ9" alt="" width="1" height="1" border="0" style="height:1px!important;width:'
                 '1px!important;border-width:0!important;margin:0!important;padding:0!important" '
                 'class="CToWUd" data-bit="iit"></div></div></div></div>\n')
    return "".join(parts)


def build_text(meta, note, blocks, notes):
    url = "%s/p/%s" % (BASE, meta["slug"])
    to_addr = re.match(r".* <(.*)>$", meta["forwarder"]).group(1)
    out = list(note) + ["", "---------- Forwarded message ---------",
                        "From: %s" % meta["sender"], "Date: %s" % meta["post-date"],
                        "Subject: %s" % meta["title"], "To: <%s>" % to_addr, "", "",
                        "View this post on the web at %s" % url, "",
                        smart(meta["subtitle"]), ""]
    for b in blocks:
        first = b[0]
        if first.startswith("# "):
            out += [inline_text(first[2:]), ""]
        elif first.startswith("## "):
            out += [inline_text(first[3:]), ""]
        elif first.startswith("- "):
            out += ["   - " + inline_text(l[2:]) for l in b] + [""]
        elif re.match(r"\d+\. ", first):
            out += ["   %s. %s" % (i, inline_text(l.split(". ", 1)[1])) for i, l in enumerate(b, 1)]
            out.append("")
        elif first.startswith(">> "):
            out += [inline_text(first[3:]), ""]
        elif first.startswith("!image: "):
            alt, cap = [x.strip() for x in first[8:].split("|")]
            out += ["[image: %s] <%s>" % (smart(alt), TRACK), "", inline_text(cap), ""]
        elif first.startswith("!embed: "):
            title, sub, link = [x.strip() for x in first[8:].split("|")]
            out += ["Samvidhan Sunday", inline_text(title), inline_text(sub),
                    "Read more <%s>" % link, ""]
        elif first.startswith("@button: "):
            label, link = [x.strip() for x in first[9:].split("|")]
            out += ["%s <%s>" % (label, link), ""]
        elif first == "@subscribe":
            out += ["Samvidhan Sunday is a reader-supported publication. To receive new posts and "
                    "support my work, consider becoming a free or paid subscriber.", "",
                    "Upgrade to paid <%s/subscribe?utm_source=substack&utm_medium=email>" % BASE, ""]
        elif len(b) > 1:
            out += [inline_text(l) for l in b] + [""]
        else:
            out += [inline_text(" ".join(b)), ""]
    for n in sorted(notes, key=int):
        out += ["%s <%s#footnote-anchor-%s>" % (n, url, n), "", inline_text(notes[n]), ""]
    out += ["Leave a comment <%s/comments>" % url, "",
            "\u00a9 2025 %s" % meta["author"],
            "548 Market Street PMB 72296, San Francisco, CA 94104",
            "Unsubscribe <%s/action/disable_email?token=eyJ1c2VyX2lkIjozMTgyNDU2MCwicG9zdF9pZCI6MTY5NDIy"
            "NzcxfQ>" % BASE, "",
            "[image: Get the app] <https://substack.com/app/app-store-redirect?utm_campaign=app-marketing"
            "&utm_content=author-post-insert>[image: Start writing] <https://substack.com/signup?"
            "utm_source=substack&utm_medium=email&utm_content=footer&utm_campaign=autofill-footer"
            "&freeSignup=true>", ""]
    return "\n".join(out)


def qp(text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return enc.replace("\n", "\r\n")


HEADERS = """Delivered-To: {to_addr}
Received: by 2002:a05:7010:8f0b:b0:3c1:5e2a:71d4 with SMTP id f11csp1492817mdx;
        Sun, 3 Aug 2025 10:11:09 -0700 (PDT)
X-Received: by 2002:a17:90b:3c4e:b0:31f:5a0b:77d2 with SMTP id 98e67ed59e1d1-3213f6b1c0dmr10682213a91.12.1754241069115;
        Sun, 03 Aug 2025 10:11:09 -0700 (PDT)
ARC-Seal: i=1; a=rsa-sha256; t=1754241069; cv=none;
        d=google.com; s=arc-20240605;
        b=Hq2vW8mN0xLr5TcYp1aKd3Fj7eUo9sGiZb4QnRy6Vw2XkM8tJ0lPcA5uEh1DfS3gIo
         7yBn4Tm9Rq2Wv6Lz0Kx8Ja3Pc5Ue1Hs7Gd9Fb2Nt4Mr6Qy8Vw0Xk2Jl4Pn6Rt8Sv0Uw
         2Yx4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm4No6
         Pq8Rs0Tu2Vw4Xy6Za8Bc0De2Fg4Hi6Jk8Lm0No2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0
         Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0Vw2Xy4
         Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy0Za2Bc==
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :dkim-signature;
        bh=7pQ2xK9mZ4vR1tY6nW3sL8eJ5aF0cH2gB4dU7iO9kM1=;
        fh=Zk3Lw9Qp2Xc7Vb5Nm1Rt8Ys4Ud6Ie0Of2Pg3Ah9Sj5=;
        b=Lm4No6Pq8Rs0Tu2Vw4Xy6Za8Bc0De2Fg4Hi6Jk8Lm0No2Pq4Rs6Tu8Vw0Xy2Za4Bc6
         De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0
         Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm4
         No6Pq8Rs0Tu2Vw4Xy6Za8Bc0De2Fg4Hi6Jk8Lm0No2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8
         Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0Vw2
         Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw==;
        dara=google.com
ARC-Authentication-Results: i=1; mx.google.com;
       dkim=pass header.i=@gmail.com header.s=20230601 header.b=Xk3pQ9aZ;
       spf=pass (google.com: domain of {from_addr} designates 209.85.220.41 as permitted sender) smtp.mailfrom={from_addr};
       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com;
       dara=pass header.i=@gmail.com
Return-Path: <{from_addr}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
        by mx.google.com with SMTPS id 98e67ed59e1d1-31f63d9a0f2sor3871922a91.3.2025.08.03.10.11.08
        for <{to_addr}>
        (Google Transport Security);
        Sun, 03 Aug 2025 10:11:08 -0700 (PDT)
Received-SPF: pass (google.com: domain of {from_addr} designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;
Authentication-Results: mx.google.com;
       dkim=pass header.i=@gmail.com header.s=20230601 header.b=Xk3pQ9aZ;
       spf=pass (google.com: domain of {from_addr} designates 209.85.220.41 as permitted sender) smtp.mailfrom={from_addr};
       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com;
       dara=pass header.i=@gmail.com
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1754241068; x=1754845868; darn=gmail.com;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=7pQ2xK9mZ4vR1tY6nW3sL8eJ5aF0cH2gB4dU7iO9kM1=;
        b=Xk3pQ9aZc1Vb7Nm5Lk3Jh1Gf9Ds7Aq5Wz3Ex1Rc9Tv7By5Nu3Mi1Ko9Lp7Qa5Ws3Ed1
         Rf9Tg7Yh5Uj3Ik1Ol9Pz7Xc5Vb3Nm1Lk9Jh7Gf5Ds3Aq1Wz9Ex7Rc5Tv3By1Nu9Mi7Ko
         5Lp3Qa1Ws9Ed7Rf5Tg3Yh1Uj9Ik7Ol5Pz3Xc1Vb9Nm7Lk5Jh3Gf1Ds9Aq7Wz5Ex3Rc
         1Tv9By7Nu5Mi3Ko1Lp9Qa7Ws5Ed3Rf1Tg9Yh7Uj5Ik3Ol1Pz9Xc7Vb5Nm3Lk1Jh9Gf
         7Ds5Aq3Wz1Ex9Rc7Tv5By3Nu1Mi9Ko7Lp5Qa3Ws1Ed9Rf7Tg5Yh3Uj1Ik9Ol7Pz5Xc
         3Vb1Nm9Lk7Jh5Gf3Ds1Aq9Wz7Ex5Rc3Tv1By9Nu7Mi5Ko3Lp1Qa==
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1754241068; x=1754845868;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh=7pQ2xK9mZ4vR1tY6nW3sL8eJ5aF0cH2gB4dU7iO9kM1=;
        b=Qa1Ws9Ed7Rf5Tg3Yh1Uj9Ik7Ol5Pz3Xc1Vb9Nm7Lk5Jh3Gf1Ds9Aq7Wz5Ex3Rc1Tv9
         By7Nu5Mi3Ko1Lp9Qa7Ws5Ed3Rf1Tg9Yh7Uj5Ik3Ol1Pz9Xc7Vb5Nm3Lk1Jh9Gf7Ds5
         Aq3Wz1Ex9Rc7Tv5By3Nu1Mi9Ko7Lp5Qa3Ws1Ed9Rf7Tg5Yh3Uj1Ik9Ol7Pz5Xc3Vb1
         Nm9Lk7Jh5Gf3Ds1Aq9Wz7Ex5Rc3Tv1By9Nu7Mi5Ko3Lp1Qa9Ws7Ed5Rf3Tg1Yh9Uj7
         Ik5Ol3Pz1Xc9Vb7Nm5Lk3Jh1Gf9Ds7Aq5Wz3Ex1Rc9Tv7By5Nu3Mi1Ko9Lp7Qa5Ws3
         Ed1Rf9Tg7Yh5Uj3Ik1Ol9Pz7Xc5Vb3Nm1Lk9Jh7Gf5Ds3Aq1Wz==
X-Gm-Message-State: AOJu0YzK4p8Lq2Wm6Xr0Tb3Nv9Hc5Js1Fd7Ge2Ua4Yi8Ok6Pl0Rm3Sn
	5Tw7Vx9Zy1Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mn==
X-Gm-Gg: ASbGncuQ8pL2mN6vX0rT4kY9bH3jW7sF1dG5eU2aI8oK6lP0qR3nS5tV7wZ9yA1cB3dE5f
	G7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3bC5
	dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS==
X-Google-Smtp-Source: AGHT+IFq3Lm7Np1Rt5Vx9Zb3Df7Hj1Ln5Pr9Tv3Xz7Bd1Fh5Jl9Np3Rt7Vx1Zb5Df9Hj3Ln7Pr1Tv5Xz9Bd3Fh7Jl1Np5Rt9Vx3Zb7==
X-Received: by 2002:a17:90b:1d8c:b0:31e:f3b2:9a47 with SMTP id
 98e67ed59e1d1-3213f6b1c0dmr10681954a91.9.1754241068412; Sun, 03 Aug 2025
 10:11:08 -0700 (PDT)
MIME-Version: 1.0
References: <20250803013204.3.c7e9a421fb0a4d58@mg1.substack.com>
In-Reply-To: <20250803013204.3.c7e9a421fb0a4d58@mg1.substack.com>
From: {forwarder}
Date: {fwd_date}
X-Gm-Features: Ac12FXxP7mL3kQ9vN2wR6tY0bH4jS8dF1gE5uA3iO7cK9lZ2xV6nB0mQ4pW8rT2y
Message-ID: <CAN3kP7vXq2mL9tR4wZ8bY6cH1jF5sD0gU3eA7iO2kN9pQ4xV@mail.gmail.com>
Subject: Fwd: {title}
To: {recipient}
Content-Type: multipart/alternative; boundary="{boundary}"
"""


def build(out):
    meta, note, blocks, notes = parse()
    text = build_text(meta, note, blocks, notes)
    page = build_html(meta, note, blocks, notes)
    from_addr = re.match(r".* <(.*)>$", meta["forwarder"]).group(1)
    to_addr = re.match(r".* <(.*)>$", meta["recipient"]).group(1)
    head = HEADERS.format(to_addr=to_addr, from_addr=from_addr, forwarder=meta["forwarder"],
                          fwd_date=meta["fwd-date"], title=meta["title"],
                          recipient=meta["recipient"], boundary=BOUNDARY)
    body = [head.rstrip("\n").replace("\n", "\r\n"), "\r\n\r\n",
            "--%s\r\n" % BOUNDARY,
            'Content-Type: text/plain; charset="UTF-8"\r\n',
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
            qp(text + "\n"), "\r\n",
            "--%s\r\n" % BOUNDARY,
            'Content-Type: text/html; charset="UTF-8"\r\n',
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
            qp(page), "\r\n",
            "--%s--\r\n" % BOUNDARY]
    with open(out, "wb") as f:
        f.write("".join(body).encode("ascii"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
