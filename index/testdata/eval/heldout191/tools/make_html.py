#!/usr/bin/python3
"""Re-make docs/rise-of-magadha-article.html from tools/rise-of-magadha-article.txt.

The document is a coaching institute's WordPress article as Chrome writes it
with "Save page as > Webpage, Complete": the "saved from url" comment, the
serialised DOM after scripts ran (emoji left as characters),
asset links rewritten into a "_files" folder the set does not hold, the site
header and menu, breadcrumbs, the post meta, an Easy-TOC box, share buttons,
the Gutenberg article (h2/h3, lists, a table, a callout), a Spectra FAQ
accordion, tags, an author box, a related-posts sidebar, the WordPress
comment list with replies and the reply form, the footer and a cookie banner.
Source markup (line based): "@key: value" header lines, "## "/"### "
headings, "- " list items, "| a | b |" table rows (first = header) after an
"@caption:" line, "> " callout, "[[FAQ]]" with "? question" / "= answer",
"[[COMMENTS]]" with "% name | date | text" and "%% reply"; inline **bold**,
*italic*.
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rise-of-magadha-article.txt")
OUT = os.path.join(HERE, "..", "docs", "rise-of-magadha-article.html")

FILES = "./Rise of Magadha_ Factors Behind Magadha\u2019s Supremacy over the Mahajanapadas _ UPSC Notes_files"
SITE = "https://www.nitipathias.in"

def texturize(s):
    """A small wptexturize: curly quotes and apostrophes, en dashes, ellipses."""
    s = s.replace("...", "\u2026")
    s = s.replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def inline(s):
    s = html.escape(s, quote=False)
    s = texturize(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def slug(s):
    s = re.sub(r"[^A-Za-z0-9 ]", "", s).strip()
    return re.sub(r" +", "-", s).lower()


def toc_id(s):
    s = re.sub(r"[^A-Za-z0-9 ]", "", s).strip()
    return re.sub(r" +", "_", s)


def parse(path):
    meta, body, faq, comments = {}, [], [], []
    mode = "body"
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if not line.strip():
            continue
        if line == "[[FAQ]]":
            mode = "faq"
            continue
        if line == "[[COMMENTS]]":
            mode = "comments"
            continue
        if mode == "body":
            m = re.match(r"@(\w+): (.*)$", line)
            if m and m.group(1) != "caption":
                meta[m.group(1)] = m.group(2)
            else:
                body.append(line)
        elif mode == "faq":
            if line.startswith("? "):
                faq.append([line[2:], ""])
            else:
                faq[-1][1] = line[2:]
        else:
            depth = 2 if line.startswith("%% ") else 1
            name, date, text = [x.strip() for x in line.lstrip("% ").split(" | ", 2)]
            comments.append((depth, name, date, text))
    return meta, body, faq, comments


def render_body(body):
    out, headings = [], []
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("## ") or line.startswith("### "):
            level = 2 if line.startswith("## ") else 3
            text = line[level + 1:]
            tid = toc_id(text)
            headings.append((level, text, tid))
            out.append('<h%d class="wp-block-heading" id="%s"><span class="ez-toc-section" id="%s" ez-toc-data-id="#%s"></span>%s<span class="ez-toc-section-end"></span></h%d>'
                       % (level, slug(text), tid, tid, inline(text), level))
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(body) and body[i].startswith("- "):
                items.append("<li>%s</li>" % inline(body[i][2:]))
                i += 1
            out.append('<ul class="wp-block-list">\n' + "\n".join(items) + "\n</ul>")
        elif line.startswith("@caption: "):
            caption = line[len("@caption: "):]
            i += 1
            rows = []
            while i < len(body) and body[i].startswith("|"):
                rows.append([c.strip() for c in body[i].strip("|").split("|")])
                i += 1
            t = ['<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>']
            t.append("".join("<th>%s</th>" % inline(c) for c in rows[0]))
            t.append("</tr></thead><tbody>")
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % inline(c) for c in r) + "</tr>")
            t.append('</tbody></table><figcaption class="wp-element-caption">%s</figcaption></figure>' % inline(caption))
            out.append("".join(t))
        elif line.startswith("> "):
            text = line[2:]
            label, rest = text.split(":", 1)
            out.append('<div class="wp-block-group np-key-box has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">'
                       '<p><strong>\U0001F4A1 %s:</strong>%s</p></div>' % (inline(label), inline(rest)))
            i += 1
        else:
            out.append("<p>%s</p>" % inline(line))
            i += 1
    return out, headings


def toc(headings):
    items = []
    n2 = 0
    parts = ['<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">',
             '<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p>',
             '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path></svg></span></span></span></a></span></div>',
             '<nav><ul class="ez-toc-list ez-toc-list-level-1 ">']
    open_sub = False
    k = 0
    for level, text, tid in headings:
        k += 1
        a = '<a class="ez-toc-link ez-toc-heading-%d" href="#%s" title="%s">%s</a>' % (k, tid, html.escape(texturize(text)), inline(text))
        if level == 2:
            if open_sub:
                parts.append("</ul></li>")
                open_sub = False
            elif n2:
                parts.append("</li>")
            n2 += 1
            parts.append('<li class="ez-toc-page-1 ez-toc-heading-level-2">' + a)
        else:
            if not open_sub:
                parts.append('<ul class="ez-toc-list-level-3">')
                open_sub = True
            parts.append('<li class="ez-toc-heading-level-3">%s</li>' % a)
    if open_sub:
        parts.append("</ul>")
    parts.append("</li>")
    k += 1
    parts.append('<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-%d" href="#Frequently_Asked_Questions_FAQs" title="Frequently Asked Questions (FAQs)">Frequently Asked Questions (FAQs)</a></li>' % k)
    parts.append("</ul></nav></div>")
    return "\n".join(parts)


def faq_block(faq):
    out = ['<h2 class="wp-block-heading" id="frequently-asked-questions-faqs"><span class="ez-toc-section" id="Frequently_Asked_Questions_FAQs" ez-toc-data-id="#Frequently_Asked_Questions_FAQs"></span>Frequently Asked Questions (FAQs)<span class="ez-toc-section-end"></span></h2>',
           '<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-5c1d9e2a uagb-faq-icon-row uagb-faq-layout-accordion uagb-faq-expand-first-false uagb-faq-inactive-other-true uagb-faq-equal-height" data-faqtoggle="true" role="tablist">']
    for n, (q, a) in enumerate(faq):
        bid = ["7e0a41c3", "a93f2d60", "0c5b8e17", "d4e61f2b", "61b0c9aa"][n]
        out.append('<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item uagb-block-%s " role="tab" tabindex="0">'
                   '<div class="uagb-faq-questions-button uagb-faq-questions">'
                   '<span class="uagb-icon uagb-faq-icon-wrap"><svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M432 256c0 17.69-14.33 32.01-32 32.01H256v144c0 17.69-14.33 31.99-32 31.99s-32-14.3-32-31.99v-144H48c-17.67 0-32-14.32-32-32.01s14.33-31.99 32-31.99H192v-144c0-17.69 14.33-32.01 32-32.01s32 14.32 32 32.01v144h144C417.7 224 432 238.3 432 256z"></path></svg></span>'
                   '<span class="uagb-icon-active uagb-faq-icon-wrap"><svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M400 288h-352c-17.69 0-32-14.32-32-32.01s14.31-31.99 32-31.99h352c17.69 0 32 14.3 32 31.99S417.7 288 400 288z"></path></svg></span>'
                   '<h3 class="uagb-question">%s</h3></div>'
                   '<div class="uagb-faq-content"><p>%s</p></div></div>' % (bid, inline(q), inline(a)))
    out.append("</div>")
    return "\n".join(out)


def comments_block(comments, title):
    ids = [4812, 4815, 4831, 4834, 4857, 4890, 4893, 5012]
    out = ['<div id="comments" class="comments-area">',
           '<h3 class="comments-title">%d thoughts on \u201c<span>%s</span>\u201d</h3>' % (len(comments), inline(title)),
           '<ol class="comment-list">']
    open_parent = False
    for n, (depth, name, date, text) in enumerate(comments):
        cid = ids[n]
        staff = name == "NitiPath IAS"
        m = re.match(r"(\w+) (\d+), (\d{4}) at (\d+):(\d+) (am|pm)", date)
        months = {"August": 8, "September": 9}
        hh = int(m.group(4)) % 12 + (12 if m.group(6) == "pm" else 0)
        iso = "%s-%02d-%02dT%02d:%s:00+05:30" % (m.group(3), months[m.group(1)], int(m.group(2)), hh, m.group(5))
        nxt = comments[n + 1][0] if n + 1 < len(comments) else 1
        if depth == 1:
            if open_parent:
                out.append("</li><!-- #comment-## -->")
            parity = "odd" if n % 2 else "even"
            cls = "comment %s thread-%s depth-1%s" % (parity, parity, " parent" if nxt == 2 else "")
        else:
            cls = "comment byuser comment-author-nitipath bypostauthor odd alt depth-2"
            out.append('<ol class="children">')
        avatar = ('%s/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6.png' % FILES) if not staff else ("%s/nitipath-logo-icon-150x150.png" % FILES)
        out.append('<li id="comment-%d" class="%s">' % (cid, cls))
        out.append('<article id="div-comment-%d" class="comment-body">' % cid)
        out.append('<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="%s" srcset="%s 2x" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"><b class="fn">%s</b> <span class="says">says:</span></div>'
                   % (avatar, avatar, html.escape(name)))
        out.append('<div class="comment-metadata"><a href="%s/upsc-notes/ancient-history/rise-of-magadha-factors/#comment-%d"><time datetime="%s">%s</time></a></div></footer>'
                   % (SITE, cid, iso, date))
        out.append('<div class="comment-content"><p>%s</p></div>' % inline(text))
        out.append('<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s/upsc-notes/ancient-history/rise-of-magadha-factors/?replytocom=%d#respond" data-commentid="%d" data-postid="21437" data-belowelement="div-comment-%d" data-respondelement="respond" data-replyto="Reply to %s" aria-label="Reply to %s">Reply</a></div>'
                   % (SITE, cid, cid, cid, html.escape(name), html.escape(name)))
        out.append("</article><!-- .comment-body -->")
        if depth == 2:
            out.append("</li><!-- #comment-## -->")
            out.append("</ol><!-- .children -->")
        open_parent = depth == 1 or open_parent
    out.append("</li><!-- #comment-## -->")
    out.append("</ol><!-- .comment-list -->")
    out.append('<div id="respond" class="comment-respond">'
               '<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s/upsc-notes/ancient-history/rise-of-magadha-factors/#respond" style="display:none;">Cancel reply</a></small></h3>'
               '<form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate="">'
               '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
               '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required=""></textarea></p>'
               '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required=""></p>'
               '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required=""></p>'
               '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>'
               '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="21437" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>'
               '</form></div><!-- #respond -->' % (SITE, SITE))
    out.append("</div><!-- #comments -->")
    return "\n".join(out)


def share_bar(where):
    return ('<div class="np-share np-share-%s"><span class="np-share-label">Share:</span>'
            '\n<a class="np-share-btn whatsapp" href="https://api.whatsapp.com/send?text=Rise%%20of%%20Magadha%%20%%E2%%80%%93%%20NitiPath%%20IAS%%20https%%3A%%2F%%2Fwww.nitipathias.in%%2Fupsc-notes%%2Fancient-history%%2Frise-of-magadha-factors%%2F" target="_blank" rel="noopener">WhatsApp</a>'
            '\n<a class="np-share-btn telegram" href="https://t.me/share/url?url=https%%3A%%2F%%2Fwww.nitipathias.in%%2Fupsc-notes%%2Fancient-history%%2Frise-of-magadha-factors%%2F" target="_blank" rel="noopener">Telegram</a>'
            '\n<a class="np-share-btn facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fwww.nitipathias.in%%2Fupsc-notes%%2Fancient-history%%2Frise-of-magadha-factors%%2F" target="_blank" rel="noopener">Facebook</a>'
            '\n<a class="np-share-btn twitter" href="https://x.com/intent/post?url=https%%3A%%2F%%2Fwww.nitipathias.in%%2Fupsc-notes%%2Fancient-history%%2Frise-of-magadha-factors%%2F" target="_blank" rel="noopener">X (Twitter)</a>'
            '\n<button class="np-share-btn copy" type="button" data-clipboard-text="https://www.nitipathias.in/upsc-notes/ancient-history/rise-of-magadha-factors/">Copy Link</button></div>' % where)


def main():
    meta, body, faq, comments = parse(SRC)
    title = meta["title"]
    h1 = meta["h1"]
    parts, headings = render_body(body)
    # the intro is the two paragraphs before the first heading; the TOC goes after them
    first_h = next(i for i, p in enumerate(parts) if p.startswith("<h2"))
    article = parts[:first_h] + [toc(headings)] + parts[first_h:] + [faq_block(faq)]
    tags = [t.strip() for t in meta["tags"].split(",")]
    url = meta["url"]
    faq_ld = ",".join('{"@type":"Question","name":"%s","acceptedAnswer":{"@type":"Answer","text":"%s"}}' % (q.replace('"', '\\"'), a.replace('"', '\\"')) for q, a in faq)

    H = []
    w = H.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>%s</title>" % html.escape(texturize(title), quote=False))
    w('<meta name="description" content="Rise of Magadha for UPSC: the four-power struggle among Kosala, Vatsa, Avanti and Magadha, and the geographical, economic and military factors behind Magadha\u2019s supremacy. With FAQs and practice questions.">')
    w('<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">')
    w('<link rel="canonical" href="%s">' % url)
    w('<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="NitiPath IAS">' % (html.escape(texturize(title)), url))
    w('<meta property="article:published_time" content="2025-08-14T08:30:00+05:30"><meta property="article:modified_time" content="2025-09-09T18:05:12+05:30">')
    w('<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.nitipathias.in/#organization","name":"NitiPath IAS"},{"@type":"BreadcrumbList","@id":"%s#breadcrumb","itemListElement":[{"@type":"ListItem","position":"1","item":{"@id":"https://www.nitipathias.in","name":"Home"}},{"@type":"ListItem","position":"2","item":{"@id":"https://www.nitipathias.in/upsc-notes/","name":"UPSC Notes"}},{"@type":"ListItem","position":"3","item":{"@id":"https://www.nitipathias.in/upsc-notes/ancient-history/","name":"Ancient History"}}]},{"@type":"FAQPage","mainEntity":[%s]}]}</script>' % (url, faq_ld))
    w('<link rel="stylesheet" id="wp-block-library-css" href="%s/style.min.css" media="all">' % FILES)
    w('<link rel="stylesheet" id="astra-theme-css-css" href="%s/main.min.css" media="all">' % FILES)
    w('<link rel="stylesheet" id="ez-toc-css" href="%s/screen.min.css" media="all">' % FILES)
    w('<link rel="stylesheet" id="uagb-block-css-css" href="%s/uagb-21437.css" media="all">' % FILES)
    w('<style id="np-inline-css">.np-key-box{border-left:4px solid #0b7285;padding:14px 18px;margin:1.5em 0}.np-share{display:flex;gap:8px;align-items:center;margin:1em 0}.np-share-btn{padding:4px 10px;border-radius:4px;color:#fff;font-size:13px}.np-cookie{position:fixed;bottom:0;left:0;right:0;background:#1f2937;color:#fff;padding:12px 20px;z-index:9999}.uagb-faq-content{display:none}.uagb-faq-item-active .uagb-faq-content{display:block}</style>')
    w('<script src="%s/jquery.min.js" id="jquery-core-js"></script>' % FILES)
    w('<script async="" src="%s/js" id="google-gtag"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag(\'js\', new Date());gtag(\'config\', \'G-7QX2M4NP1K\');</script>' % FILES)
    w("</head>")
    w('<body class="post-template-default single single-post postid-21437 single-format-standard wp-custom-logo wp-embed-responsive ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent" itemtype="https://schema.org/Blog" itemscope="">')
    w('<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>')
    w('<div class="hfeed site" id="page">')
    # top bar + header
    w('<div class="np-topbar"><div class="ast-container"><span>\U0001F4DE +91 98110 47263</span> <span>\u2709 support@nitipathias.in</span> <a href="%s/upsc-foundation-2026/" class="np-topbar-cta">UPSC Foundation 2026 \u2013 Admissions Open</a></div></div>' % SITE)
    w('<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="" itemid="#masthead">')
    w('<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">')
    w('<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="%s/" class="custom-logo-link" rel="home"><img width="220" height="56" src="%s/nitipath-logo.png" class="custom-logo" alt="NitiPath IAS" decoding="async"></a></span></div>' % (SITE, FILES))
    w('<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope=""><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">')
    menu = [("Home", "/"), ("UPSC CSE", "/upsc-cse/"), ("Current Affairs", "/current-affairs/"), ("UPSC Notes", "/upsc-notes/"), ("Test Series", "/test-series/"), ("Optional", "/optional-subjects/"), ("Free Resources", "/free-resources/"), ("Contact", "/contact-us/")]
    for k, (label, href) in enumerate(menu):
        cur = ' current-menu-ancestor' if label == "UPSC Notes" else ""
        w('<li id="menu-item-%d" class="menu-item menu-item-type-custom menu-item-object-custom%s menu-item-%d"><a href="%s%s" class="menu-link">%s</a></li>' % (101 + k, cur, 101 + k, SITE, href, label))
    w("</ul></div></nav>")
    w('<div class="ast-header-button-1"><a class="ast-custom-button-link" href="%s/login/"><div class="ast-custom-button">Login / Register</div></a></div>' % SITE)
    w("</div></div></div></div>")
    w("</header><!-- #masthead -->")
    w('<div id="content" class="site-content"><div class="ast-container">')
    w('<div id="primary" class="content-area primary">')
    w('<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="%s">Home</a><span class="separator"> \u00bb </span><a href="%s/upsc-notes/">UPSC Notes</a><span class="separator"> \u00bb </span><a href="%s/upsc-notes/ancient-history/">Ancient History</a><span class="separator"> \u00bb </span><span class="last">Rise of Magadha: Factors Behind Magadha\u2019s Supremacy over the Mahajanapadas</span></p></nav>' % (SITE, SITE, SITE))
    w('<main id="main" class="site-main"><article class="post-21437 post type-post status-publish format-standard has-post-thumbnail hentry category-ancient-history ast-article-single" id="post-21437" itemtype="https://schema.org/CreativeWork" itemscope="">')
    w('<div class="ast-post-format- single-layout-1">')
    w('<header class="entry-header"><div class="ast-single-post-order">')
    w('<h1 class="entry-title" itemprop="headline">%s</h1>' % inline(h1))
    w('<div class="entry-meta"><span class="cat-links"><a href="%s/upsc-notes/ancient-history/" rel="category tag">%s</a></span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="" itemprop="author"><a title="View all posts by %s" href="%s/author/editorial/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">%s</span><span class="updated" itemprop="dateModified"> (Updated: %s)</span></span> / <span class="np-readtime">%s</span></div>'
      % (SITE, meta["category"], meta["author"], SITE, meta["author"], meta["published"], meta["updated"], meta["readtime"]))
    w("</div></header><!-- .entry-header -->")
    w('<div class="post-thumb-img-content post-thumb"><img width="1200" height="628" src="%s/rise-of-magadha-upsc-1200x628.webp" class="attachment-large size-large wp-post-image" alt="Rise of Magadha UPSC notes map of Mahajanapadas" itemprop="image" decoding="async" fetchpriority="high"></div>' % FILES)
    w(share_bar("top"))
    w('<div class="entry-content clear" itemprop="text">')
    for p in article:
        w(p)
    w('<div class="np-telegram-cta wp-block-group"><p><strong>Join 1.2 lakh+ aspirants on our Telegram channel</strong> for daily current affairs and free PDFs. <a href="https://t.me/nitipathias" target="_blank" rel="noopener">Join Now</a></p></div>')
    w("</div><!-- .entry-content -->")
    w('<div class="entry-tags"><span class="tags-links">Tags: %s</span></div>' % ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (SITE, slug(t), t) for t in tags))
    w(share_bar("bottom"))
    w('<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About the Author</h3></div><div class="ast-author-details"><div class="post-author-avatar"><img alt="" src="%s/nitipath-logo-icon-150x150.png" class="avatar avatar-100 photo" height="100" width="100" loading="lazy" decoding="async"></div><div class="post-author-bio"><a class="url fn n" href="%s/author/editorial/" itemprop="url" rel="author"><h4 class="author-title" itemprop="name">NitiPath Editorial Team</h4></a><div class="post-author-desc">Our team of UPSC mentors and toppers prepares notes for GS, CSAT and optional subjects, updated with the latest current affairs.</div></div></div></div></div>' % (FILES, SITE))
    w('<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="%s/upsc-notes/ancient-history/sixteen-mahajanapadas-list/" rel="prev"><span class="ast-left-arrow">\u2190</span> Previous Post</a></div><div class="nav-next"><a href="%s/upsc-notes/ancient-history/mauryan-empire-administration/" rel="next">Next Post <span class="ast-right-arrow">\u2192</span></a></div></div></nav>' % (SITE, SITE))
    w("</div></article>")
    w(comments_block(comments, h1))
    w("</main></div><!-- #primary -->")
    # sidebar
    w('<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope=""><div class="sidebar-main">')
    w('<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="%s/"><label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search notes..." value="" name="s"></label><button class="search-submit" aria-label="Search">Search</button></form></aside>' % SITE)
    w('<aside id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Related Posts</h2><nav aria-label="Related Posts"><ul>')
    related = [("16 Mahajanapadas: List, Capitals and Map for UPSC", "sixteen-mahajanapadas-list"),
               ("Haryanka Dynasty: Bimbisara, Ajatashatru and Udayin", "haryanka-dynasty"),
               ("Nanda Dynasty: Mahapadma Nanda to Dhana Nanda", "nanda-dynasty"),
               ("Buddhist Councils: Complete List with Venues and Patrons", "buddhist-councils"),
               ("Gana-Sanghas: Republics of Ancient India", "gana-sanghas-republics"),
               ("Persian and Macedonian Invasions of India", "persian-macedonian-invasions"),
               ("Mauryan Empire: Administration and Economy", "mauryan-empire-administration")]
    for label, s in related:
        w('<li><a href="%s/upsc-notes/ancient-history/%s/">%s</a></li>' % (SITE, s, label))
    w("</ul></nav></aside>")
    w('<aside id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Free PDF Downloads</h2><div class="textwidget custom-html-widget"><ul class="np-pdf-list"><li><a href="%s/free-resources/ancient-history-pyq-pdf/">Ancient History PYQs 2013-2025 (PDF)</a></li><li><a href="%s/free-resources/ncert-summary/">NCERT Summary: Themes in Indian History</a></li><li><a href="%s/free-resources/monthly-magazine/">Monthly Current Affairs Magazine \u2013 August 2025</a></li></ul></div></aside>' % (SITE, SITE, SITE))
    w('<aside id="custom_html-5" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="np-ad-box"><p class="np-ad-title">GS Foundation Batch 2026</p><p>Live + recorded classes, mentorship and 40 sectional tests.</p><a class="np-ad-btn" href="%s/upsc-foundation-2026/">Enroll Now</a></div></div></aside>' % SITE)
    w('<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>')
    for label, n in [("Ancient History", 84), ("Art &amp; Culture", 61), ("Current Affairs", 1247), ("Economy", 112), ("Geography", 97), ("Modern History", 73), ("Polity", 138)]:
        w('<li class="cat-item"><a href="%s/category/%s/">%s</a> (%d)</li>' % (SITE, slug(label.replace("&amp;", "and")), label, n))
    w("</ul></nav></aside>")
    w("</div></div><!-- #secondary -->")
    w("</div></div><!-- #content -->")
    # footer
    w('<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="" itemid="#colophon">')
    w('<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">')
    w('<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item"><section class="widget widget_text"><h2 class="widget-title">NitiPath IAS</h2><div class="textwidget"><p>2nd Floor, 27-B Pusa Road, Karol Bagh, New Delhi 110005</p></div></section></aside></div>')
    w('<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section class="widget widget_nav_menu"><h2 class="widget-title">Quick Links</h2><div class="menu-footer-container"><ul class="menu"><li><a href="%s/about-us/">About Us</a></li><li><a href="%s/privacy-policy/">Privacy Policy</a></li><li><a href="%s/terms-and-conditions/">Terms &amp; Conditions</a></li><li><a href="%s/refund-policy/">Refund Policy</a></li><li><a href="%s/careers/">Careers</a></li></ul></div></section></aside></div>' % (SITE, SITE, SITE, SITE, SITE))
    w('<div class="site-footer-primary-section-3 site-footer-section"><aside class="footer-widget-area widget-area"><section class="widget widget_text"><h2 class="widget-title">Follow Us</h2><div class="textwidget"><p><a href="https://www.youtube.com/@nitipathias">YouTube</a> | <a href="https://t.me/nitipathias">Telegram</a> | <a href="https://www.instagram.com/nitipathias/">Instagram</a></p></div></section></aside></div>')
    w("</div></div></div>")
    w('<div class="site-below-footer-wrap"><div class="ast-builder-html-element"><p>Copyright \u00a9 2025 NitiPath IAS. All rights reserved.</p></div></div>')
    w("</footer><!-- #colophon -->")
    w("</div><!-- #page -->")
    # cookie banner (CookieYes-like)
    w('<div class="np-cookie cky-consent-container" role="region" aria-label="We value your privacy"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking \u201cAccept All\u201d, you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept All</button></div></div></div></div>')
    w('<div id="np-whatsapp-float" class="np-float"><a href="https://wa.me/919811047263?text=Hi%20NitiPath" target="_blank" rel="noopener" aria-label="Chat on WhatsApp"><svg viewBox="0 0 32 32" width="28" height="28"><title>WhatsApp</title><path d="M16 3C9 3 3.3 8.6 3.3 15.6c0 2.2.6 4.4 1.7 6.3L3 29l7.3-1.9c1.8 1 3.8 1.5 5.8 1.5 7 0 12.7-5.7 12.7-12.7S23 3 16 3z"></path></svg></a></div>')
    w('<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":"1","is_header_footer_builder_active":"1"};</script>')
    w('<script src="%s/frontend.min.js" id="astra-theme-js-js"></script>' % FILES)
    w('<script src="%s/comment-reply.min.js" id="comment-reply-js" async="" data-wp-strategy="async"></script>' % FILES)
    w('<script id="ez-toc-scroll-scriptjs-js-extra">var eztoc_smooth_local = {"scroll_offset":"30","add_request_uri":"","add_self_reference_link":""};</script>')
    w('<script src="%s/faq.min.js" id="uagb-faq-js-js"></script>' % FILES)
    w("</body></html>")
    data = "\n".join(H) + "\n"
    with open(OUT, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
