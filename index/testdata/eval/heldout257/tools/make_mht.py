#!/usr/bin/python3
"""Make docs/ryotwari-mahalwari-explained.mht from tools/ryotwari-mahalwari-explained.txt.

The file is what Internet Explorer 11 (on Windows 7) writes with File > Save as > "Web Archive,
single file (*.mht)": a MIME message built by MimeOLE with CRLF line ends -- the header block
"From: <Saved by Windows Internet Explorer 11>", a Subject of folded RFC 2047 "B" encoded-words
(the title has an en dash), a Date with the local +0530 offset, MIME-Version, a folded
multipart/related Content-Type with type="text/html" and a "----=_NextPart_000_0000_..."
boundary, and an X-MimeOLE line; then "This is a multi-part message in MIME format." and seven
parts, each with Content-Type, Content-Transfer-Encoding and Content-Location (the original
URL):
  1. the page as IE's DOM serialiser writes it (text/html, utf-8, quoted-printable with =3D,
     =E2=80=99-style escapes and soft line breaks at 76 columns): `<!DOCTYPE html PUBLIC "" "">`,
     upper-case tag names, IE's own `<META content="IE=11.0000" http-equiv="X-UA-Compatible">`
     first in the head and `<META name="GENERATOR" content="MSHTML 11.00...">` last, META
     attributes in IE's order (content before name), whitespace runs left between head
     elements, boolean attributes written as async="", tbody added to tables; unlike Chrome,
     IE keeps every <SCRIPT> element and its code (gtag, the Easy TOC settings, jQuery and the
     theme script by src), <NOSCRIPT> and conditional comments;
  2-3. two stylesheets (text/css, quoted-printable);
  4. the theme script (application/javascript, quoted-printable);
  5-7. the logo, the featured image and the author's avatar (image/png, base64 in 76-column
     lines).
The page around the article: an "unsupported browser" strip the site shows to IE users, a top
bar, the header with logo, navigation and search, breadcrumbs, the h1 with its meta line, the
featured image, the Key Takeaways box, an Easy TOC "Table of Contents" box, the article with
h2/h3 headings carrying ez-toc-section spans, a callout, a striped table, a Rank Math FAQ
block, tags, share buttons, an author box, related posts, two comments with a reply and a reply
form, a sidebar and a footer.
Run from anywhere: /usr/bin/python3 tools/make_mht.py [output path]
"""
import base64
import html
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ryotwari-mahalwari-explained.txt")
OUT = os.path.join(HERE, "..", "docs", "ryotwari-mahalwari-explained.mht")
BOUNDARY = "----=_NextPart_000_0000_01DBB0F1.6A3C2E50"
SITE = "https://www.pathshalaias.in"
THEME = SITE + "/wp-content/themes/pathshala"
LOGO = SITE + "/wp-content/uploads/2024/06/pathshala-logo.png"
FEATURED = SITE + "/wp-content/uploads/2025/01/ryotwari-mahalwari-system.png"
AVATAR = ("https://secure.gravatar.com/avatar/5f0c2a8e4b7d1c9a3e6f8b2d4c7a9e1f?s=96&d=mm&r=g")
STYLE1 = THEME + "/style.css?ver=2.3.1"
STYLE2 = SITE + "/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.71"
JS1 = THEME + "/js/main.js?ver=2.3.1"
JQUERY = SITE + "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"


# ---------------------------------------------------------------- source


def parse():
    meta, blocks = {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    mode = None
    for line in lines:
        if line.startswith("#") and not line.startswith("## ") and not line.startswith("### "):
            continue
        if not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line in ("[takeaways]", "[faq]"):
            mode = line[1:-1]
            blocks.append((mode, []))
        elif line in ("[/takeaways]", "[/faq]"):
            mode = None
        elif mode == "takeaways":
            blocks[-1][1].append(line)
        elif mode == "faq":
            if line.startswith("Q: "):
                blocks[-1][1].append([line[3:], ""])
            else:
                blocks[-1][1][-1][1] = line[3:]
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif line.startswith("| "):
            row = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
        elif line.startswith("[note] "):
            blocks.append(("note", line[7:]))
        else:
            blocks.append(("p", line))
    return meta, blocks


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<STRONG>\1</STRONG>", s)
    s = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<EM>\1</EM>", s)
    return s


def anchor(text, seen):
    a = re.sub(r"[^A-Za-z0-9 -]", "", text.replace("’", "").replace("–", "-"))
    a = re.sub(r"\s+", "_", a.strip())
    a = re.sub(r"_?-_?", "-", a).strip("-_")
    n = seen.get(a, 0) + 1
    seen[a] = n
    return a if n == 1 else "%s-%d" % (a, n)


# ---------------------------------------------------------------- page


def article(meta, blocks):
    seen = {}
    heads = []
    body = []
    toc_done = False
    hn = 0
    faq_id = 1736412345000
    for kind, val in blocks:
        if kind in ("h2", "h3") and not toc_done:
            body.append("TOC_HERE")
            toc_done = True
        if kind in ("h2", "h3"):
            hn += 1
            a = anchor(val, seen)
            heads.append((kind, val, a, hn))
            body.append('<%s class="wp-block-heading"><SPAN class="ez-toc-section" id="%s" '
                        'ez-toc-data-id="#%s"></SPAN>%s<SPAN class="ez-toc-section-end"></SPAN>'
                        '</%s>' % (kind.upper(), a, a, inline(val), kind.upper()))
        elif kind == "p":
            body.append("<P>%s</P>" % inline(val))
        elif kind == "note":
            body.append('<P class="has-background" style="background-color: rgb(255, 243, '
                        '205);">%s</P>' % inline(val))
        elif kind == "ul":
            body.append('<UL class="wp-block-list">\n%s</UL>'
                        % "".join("<LI>%s</LI>\n" % inline(i) for i in val))
        elif kind == "table":
            head = "".join("<TH>%s</TH>" % inline(c) for c in val[0])
            rows = "".join("<TR>%s</TR>\n" % "".join("<TD>%s</TD>" % inline(c) for c in r)
                           for r in val[1:])
            body.append('<FIGURE class="wp-block-table is-style-stripes"><TABLE '
                        'class="has-fixed-layout">\n<THEAD>\n<TR>%s</TR></THEAD>\n<TBODY>\n%s'
                        '</TBODY></TABLE></FIGURE>' % (head, rows))
        elif kind == "takeaways":
            body.append('<DIV class="key-takeaways" style="border-left: 4px solid rgb(196, 90, '
                        '38); background: rgb(253, 246, 236); padding: 14px 18px;">\n'
                        '<P class="kt-title"><STRONG>Key Takeaways</STRONG></P>\n'
                        '<UL>\n%s</UL></DIV>' % "".join("<LI>%s</LI>\n" % inline(i) for i in val))
        elif kind == "faq":
            items = []
            for q, a in val:
                items.append('<DIV class="rank-math-list-item" id="faq-question-%d">\n'
                             '<H3 class="rank-math-question ">%s</H3>\n'
                             '<DIV class="rank-math-answer ">\n<P>%s</P></DIV></DIV>'
                             % (faq_id, inline(q), inline(a)))
                faq_id += 4177
            body.append('<DIV class="wp-block-rank-math-faq-block" id="rank-math-faq">\n'
                        '<DIV class="rank-math-list ">\n%s</DIV></DIV>' % "\n".join(items))
    toc = ['<DIV class="ez-toc-v2_0_71 counter-hierarchy ez-toc-counter ez-toc-grey '
           'ez-toc-container-direction" id="ez-toc-container">\n<DIV '
           'class="ez-toc-title-container">\n<P class="ez-toc-title" style="cursor: '
           'inherit;">Table of Contents</P><SPAN class="ez-toc-title-toggle"><A class="ez-toc-'
           'pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
           'aria-label="Toggle Table of Content"><SPAN class="ez-toc-js-icon-con"><SPAN '
           'class=""><SPAN class="eztoc-hide" style="display: none;">Toggle</SPAN></SPAN>'
           '</SPAN></A></SPAN></DIV>\n<NAV>\n<UL class="ez-toc-list ez-toc-list-level-1 ">']
    open_sub = False
    for kind, text, a, n in heads:
        if kind == "h3" and not open_sub:
            toc.append('<UL class="ez-toc-list-level-3">')
            open_sub = True
        elif kind == "h2" and open_sub:
            toc.append("</UL></LI>")
            open_sub = False
        elif kind == "h2" and n > 1:
            toc.append("</LI>")
        toc.append('<LI class="ez-toc-page-1 ez-toc-heading-level-%s"><A class="ez-toc-link '
                   'ez-toc-heading-%d" href="#%s">%s</A>%s'
                   % (kind[1], n, a, inline(text), "</LI>" if kind == "h3" else ""))
    toc.append("</UL></LI></UL>" if open_sub else "</LI></UL>")
    toc.append("</NAV></DIV>")
    return "\n".join(body).replace("TOC_HERE", "\n".join(toc))


def page(meta, blocks):
    title = meta["title"]
    url = meta["url"]
    h = html.escape
    art = article(meta, blocks)
    head = (
        '<!DOCTYPE html PUBLIC "" "">\r\n'
        '<HTML lang="en-US" class="js"><HEAD><META content="IE=11.0000" \r\n'
        'http-equiv="X-UA-Compatible">\r\n'
        '     \r\n'
        '<META charset="UTF-8">     \r\n'
        '<META name="viewport" content="width=device-width, initial-scale=1">     \r\n'
        '<LINK href="https://gmpg.org/xfn/11" rel="profile">     \r\n'
        '<TITLE>%s | Pathshala IAS</TITLE>     \r\n'
        '<META name="description" content="Ryotwari and Mahalwari systems for UPSC: Munro, Read, '
        'Holt Mackenzie, Regulation VII of 1822, Bird and Thomason, features, drawbacks, '
        'comparison table, FAQs and latest updates.">     \r\n'
        '<META name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, '
        'max-image-preview:large">     \r\n'
        '<LINK href="%s" rel="canonical">     \r\n'
        '<META property="og:locale" content="en_US">     \r\n'
        '<META property="og:type" content="article">     \r\n'
        '<META property="og:title" content="%s">     \r\n'
        '<META property="og:url" content="%s">     \r\n'
        '<META property="og:site_name" content="Pathshala IAS">     \r\n'
        '<META property="og:image" content="%s">     \r\n'
        '<META property="article:published_time" content="2025-01-09T18:30:12+05:30">     \r\n'
        '<META property="article:modified_time" content="2025-04-16T11:04:55+05:30">     \r\n'
        '<LINK href="%s" rel="alternate" type="application/rss+xml" title="Pathshala IAS &raquo; '
        'Feed">     \r\n'
        '<LINK id="pathshala-style-css" href="%s" rel="stylesheet" type="text/css" '
        'media="all">     \r\n'
        '<LINK id="ez-toc-css" href="%s" rel="stylesheet" type="text/css" media="all">     \r\n'
        '<!--[if lt IE 9]><script src="%s/js/html5shiv.min.js"></script><![endif]-->     \r\n'
        '<SCRIPT src="https://www.googletagmanager.com/gtag/js?id=G-7QX2P1K9LM" async=""></SCRIPT>'
        '\r\n     \r\n'
        '<SCRIPT>\r\n  window.dataLayer = window.dataLayer || [];\r\n'
        '  function gtag(){dataLayer.push(arguments);}\r\n  gtag(\'js\', new Date());\r\n'
        '  gtag(\'config\', \'G-7QX2P1K9LM\');\r\n</SCRIPT>\r\n     \r\n'
        '<SCRIPT id="jquery-core-js" src="%s" type="text/javascript"></SCRIPT>\r\n     \r\n'
        '<STYLE id="pathshala-inline-css" type="text/css">\r\n'
        '.entry-content h2{border-bottom:2px solid #c45a26;padding-bottom:4px}'
        '.key-takeaways li{margin-bottom:6px}\r\n</STYLE>\r\n'
        '<META name="GENERATOR" content="MSHTML 11.00.9600.20671"></HEAD>\r\n'
        % (h(title, quote=False), url, h(title), url, FEATURED, SITE + "/feed/", STYLE1, STYLE2,
           THEME, JQUERY))
    menu = ["Home", "Current Affairs", "GS Paper 1", "GS Paper 2", "GS Paper 3", "GS Paper 4",
            "Optional", "Test Series", "Contact"]
    nav = "".join('<LI class="menu-item"><A href="%s/%s/">%s</A></LI>'
                  % (SITE, re.sub(r"\W+", "-", m.lower()).strip("-"), m) for m in menu)
    body = (
        '<BODY class="post-template-default single single-post postid-4187 single-format-'
        'standard wp-custom-logo wp-embed-responsive ie11">\r\n'
        '<DIV class="browser-notice" id="ie-notice" role="alert">You are using Internet '
        'Explorer, which this site no longer supports. Some features may not work. Please '
        'switch to Microsoft Edge or Google Chrome. <A class="close-notice" href="#">'
        '&times;</A></DIV>\r\n'
        '<DIV class="site" id="page"><A class="skip-link screen-reader-text" href="#content">'
        'Skip to content</A>\r\n'
        '<DIV class="top-bar"><SPAN>Call / WhatsApp: +91 98110 42735</SPAN><SPAN class="top-'
        'bar-cta"><A href="%s/test-series/">UPSC Prelims 2025 Test Series &ndash; Enrol now</A>'
        '</SPAN></DIV>\r\n'
        '<HEADER class="site-header" id="masthead">\r\n<DIV class="site-branding"><A class='
        '"custom-logo-link" href="%s/" rel="home"><IMG width="220" height="54" class="custom-'
        'logo" alt="Pathshala IAS" src="%s"></A>\r\n<P class="site-description">Notes that '
        'clear Prelims and Mains</P></DIV>\r\n'
        '<NAV class="main-navigation" id="site-navigation"><BUTTON class="menu-toggle" '
        'aria-expanded="false" aria-controls="primary-menu">Menu</BUTTON>\r\n<UL class="menu" '
        'id="primary-menu">%s</UL></NAV>\r\n'
        '<FORM class="search-form" action="%s/" method="get"><LABEL><SPAN class="screen-reader-'
        'text">Search for:</SPAN><INPUT name="s" class="search-field" type="search" '
        'placeholder="Search notes &hellip;" value=""></LABEL><BUTTON class="search-submit" '
        'type="submit">Search</BUTTON></FORM></HEADER>\r\n'
        '<DIV class="site-content" id="content">\r\n<DIV class="content-area" id="primary">\r\n'
        '<MAIN class="site-main" id="main">\r\n'
        '<NAV class="rank-math-breadcrumb" aria-label="breadcrumbs"><P><A href="%s/">Home</A>'
        '<SPAN class="separator"> &raquo; </SPAN><A href="%s/modern-history/">Modern History</A>'
        '<SPAN class="separator"> &raquo; </SPAN><SPAN class="last">%s</SPAN></P></NAV>\r\n'
        '<ARTICLE class="post-4187 post type-post status-publish format-standard has-post-'
        'thumbnail hentry category-modern-history tag-land-revenue tag-munro" id="post-4187">\r\n'
        '<HEADER class="entry-header">\r\n<H1 class="entry-title">%s</H1>\r\n'
        '<DIV class="entry-meta"><SPAN class="byline">By <A href="%s/author/team-pathshala/">'
        '%s</A></SPAN> <SPAN class="sep">|</SPAN> <SPAN class="posted-on">Updated on <TIME '
        'class="updated" datetime="2025-04-16T11:04:55+05:30">%s</TIME></SPAN> <SPAN '
        'class="sep">|</SPAN> <SPAN class="reading-time">9 min read</SPAN></DIV></HEADER>\r\n'
        '<FIGURE class="post-thumbnail"><IMG width="1200" height="628" class="attachment-post-'
        'thumbnail size-post-thumbnail wp-post-image" alt="Ryotwari and Mahalwari System UPSC" '
        'src="%s" decoding="async" fetchpriority="high"></FIGURE>\r\n'
        '<DIV class="entry-content">\r\n%s\r\n</DIV>\r\n'
        % (SITE, SITE, LOGO, nav, SITE, SITE, SITE, h(title, quote=False), h(title, quote=False),
           SITE, meta["author"], meta["updated"], FEATURED, art))
    tags = ["Land Revenue", "Modern History", "Munro", "Peasant Movements", "UPSC Prelims"]
    related = ["Permanent Settlement of 1793: Features, Merits and Demerits",
               "Peasant Movements in British India: Indigo to Tebhaga",
               "Drain of Wealth and the Economic Critique of British Rule",
               "Commercialisation of Agriculture under Colonial Rule"]
    footer = (
        '<FOOTER class="entry-footer"><SPAN class="tags-links">Tags: %s</SPAN></FOOTER>\r\n'
        '<DIV class="share-buttons"><SPAN class="share-title">Share this:</SPAN> <A class="share'
        '-whatsapp" href="https://api.whatsapp.com/send?text=%s" target="_blank">WhatsApp</A> '
        '<A class="share-telegram" href="https://t.me/share/url?url=%s" target="_blank">Telegram'
        '</A> <A class="share-x" href="https://x.com/intent/tweet?url=%s" target="_blank">X</A> '
        '<A class="share-print" onclick="window.print();return false;" href="#">Print</A></DIV>'
        '\r\n</ARTICLE>\r\n'
        '<DIV class="author-box"><IMG width="96" height="96" class="avatar avatar-96 photo" '
        'alt="" src="%s">\r\n<DIV class="author-info"><P class="author-name">Team Pathshala</P>'
        '\r\n<P class="author-bio">A group of civil services mentors who write Modern History, '
        'Polity and Economy notes for the UPSC CSE and state PCS exams.</P></DIV></DIV>\r\n'
        '<DIV class="related-posts"><H3 class="related-title">Related Posts</H3>\r\n<UL>%s</UL>'
        '</DIV>\r\n'
        '<DIV class="comments-area" id="comments">\r\n<H2 class="comments-title">2 thoughts on '
        '&ldquo;%s&rdquo;</H2>\r\n<OL class="comment-list">\r\n'
        '<LI class="comment even thread-even depth-1 parent" id="comment-1288"><ARTICLE '
        'class="comment-body"><FOOTER class="comment-meta"><DIV class="comment-author vcard">'
        '<B class="fn">Ankit Yadav</B> <SPAN class="says">says:</SPAN></DIV><DIV class="comment-'
        'metadata"><TIME datetime="2025-01-12T21:17:40+05:30">January 12, 2025 at 9:17 pm</TIME>'
        '</DIV></FOOTER><DIV class="comment-content"><P>Sir please add the talukdari settlement '
        'of Awadh also, it came in our state PCS mock. Otherwise very crisp notes.</P></DIV>'
        '<DIV class="reply"><A class="comment-reply-link" href="#respond">Reply</A></DIV>'
        '</ARTICLE>\r\n<OL class="children">\r\n<LI class="comment byuser bypostauthor odd alt '
        'depth-2" id="comment-1291"><ARTICLE class="comment-body"><FOOTER class="comment-meta">'
        '<DIV class="comment-author vcard"><B class="fn">Team Pathshala</B> <SPAN class="says">'
        'says:</SPAN></DIV><DIV class="comment-metadata"><TIME datetime="2025-01-13T10:02:11+05:30">'
        'January 13, 2025 at 10:02 am</TIME></DIV></FOOTER><DIV class="comment-content"><P>Done '
        'Ankit, see the last point under the Mahalwari features. Keep revising!</P></DIV>'
        '</ARTICLE></LI></OL></LI>\r\n'
        '<LI class="comment even thread-odd thread-alt depth-1" id="comment-1504"><ARTICLE '
        'class="comment-body"><FOOTER class="comment-meta"><DIV class="comment-author vcard">'
        '<B class="fn">Sravani K</B> <SPAN class="says">says:</SPAN></DIV><DIV class="comment-'
        'metadata"><TIME datetime="2025-04-17T08:45:03+05:30">April 17, 2025 at 8:45 am</TIME>'
        '</DIV></FOOTER><DIV class="comment-content"><P>The Bhu Bharati update helps a lot for '
        'TGPSC Group 1 prep. Please also cover the Record of Rights in the Nizam&#8217;s '
        'Hyderabad state.</P></DIV><DIV class="reply"><A class="comment-reply-link" '
        'href="#respond">Reply</A></DIV></ARTICLE></LI></OL>\r\n'
        '<DIV class="comment-respond" id="respond"><H3 class="comment-reply-title" id="reply-'
        'title">Leave a Reply</H3>\r\n<FORM class="comment-form" id="commentform" action="%s/wp-'
        'comments-post.php" method="post"><P class="comment-notes">Your email address will not '
        'be published. Required fields are marked *</P><P class="comment-form-comment"><LABEL '
        'for="comment">Comment *</LABEL><TEXTAREA name="comment" id="comment" rows="8" '
        'cols="45" required=""></TEXTAREA></P><P class="comment-form-author"><LABEL '
        'for="author">Name *</LABEL><INPUT name="author" id="author" type="text" size="30" '
        'required="" value=""></P><P class="comment-form-email"><LABEL for="email">Email *'
        '</LABEL><INPUT name="email" id="email" type="email" size="30" required="" value="">'
        '</P><P class="form-submit"><INPUT name="submit" class="submit" id="submit" '
        'type="submit" value="Post Comment"></P></FORM></DIV></DIV>\r\n'
        '</MAIN></DIV>\r\n'
        % (", ".join('<A href="%s/tag/%s/" rel="tag">%s</A>'
                     % (SITE, re.sub(r"\W+", "-", t.lower()), t) for t in tags),
           url, url, url, h(AVATAR),
           "".join('<LI><A href="%s/%s/">%s</A></LI>'
                   % (SITE, re.sub(r"\W+", "-", r.lower()).strip("-"), h(r, quote=False))
                   for r in related),
           h(title, quote=False), SITE))
    popular = ["Government of India Act 1935 in 10 Points", "Revolt of 1857: Causes and Centres",
               "Subsidiary Alliance vs Doctrine of Lapse", "Indian Councils Acts: 1861, 1892, 1909"]
    cats = [("Modern History", 212), ("Polity", 187), ("Economy", 164), ("Geography", 141),
            ("Current Affairs", 508)]
    side = (
        '<ASIDE class="widget-area" id="secondary">\r\n'
        '<SECTION class="widget widget_text"><H2 class="widget-title">Join our Telegram</H2>'
        '<DIV class="textwidget"><P>Daily MCQs, PDF notes and answer-writing at '
        '<A href="https://t.me/pathshalaias" target="_blank">t.me/pathshalaias</A>.</P></DIV>'
        '</SECTION>\r\n'
        '<SECTION class="widget widget_popular"><H2 class="widget-title">Popular Posts</H2>'
        '<UL>%s</UL></SECTION>\r\n'
        '<SECTION class="widget widget_categories"><H2 class="widget-title">Categories</H2>'
        '<UL>%s</UL></SECTION>\r\n'
        '<NOSCRIPT><IMG width="1" height="1" style="display: none;" alt="" src="https://www.'
        'facebook.com/tr?id=918273645501&amp;ev=PageView&amp;noscript=1"></NOSCRIPT>\r\n'
        '</ASIDE></DIV>\r\n'
        '<FOOTER class="site-footer" id="colophon"><DIV class="site-info">&copy; 2025 '
        'Pathshala IAS. All rights reserved. <SPAN class="sep">|</SPAN> <A href="%s/privacy-'
        'policy/">Privacy Policy</A> <SPAN class="sep">|</SPAN> <A href="%s/disclaimer/">'
        'Disclaimer</A> <SPAN class="sep">|</SPAN> <A href="%s/contact/">Contact Us</A></DIV>'
        '</FOOTER></DIV>\r\n'
        '<A class="back-to-top" href="#page" aria-label="Back to top">&uarr;</A>\r\n'
        '<SCRIPT id="ez-toc-js-extra" type="text/javascript">\r\n/* <![CDATA[ */\r\n'
        'var ezTOC = {"smooth_scroll":"1","visibility_hide_by_default":"","scroll_offset":"30",'
        '"fallbackIcon":"<span class=\\"\\"><span class=\\"eztoc-hide\\" style=\\"display:none;'
        '\\">Toggle<\\/span><span class=\\"ez-toc-icon-toggle-span\\"><\\/span><\\/span>",'
        '"chamomile_theme_is_on":""};\r\n/* ]]> */\r\n</SCRIPT>\r\n'
        '<SCRIPT id="pathshala-main-js" src="%s" type="text/javascript"></SCRIPT>\r\n'
        '</BODY></HTML>\r\n'
        % ("".join('<LI><A href="%s/%s/">%s</A></LI>'
                   % (SITE, re.sub(r"\W+", "-", p.lower()).strip("-"), p) for p in popular),
           "".join('<LI class="cat-item"><A href="%s/%s/">%s</A> (%d)</LI>'
                   % (SITE, re.sub(r"\W+", "-", c.lower()), c, n) for c, n in cats),
           SITE, SITE, SITE, JS1))
    doc = head + body + footer + side
    # IE's serialiser writes characters, not named entities (only &amp; &lt; &gt; &nbsp; stay)
    for ent, ch in (("&raquo;", "\u00bb"), ("&ndash;", "\u2013"), ("&hellip;", "\u2026"),
                    ("&times;", "\u00d7"), ("&ldquo;", "\u201c"), ("&rdquo;", "\u201d"),
                    ("&copy;", "\u00a9"), ("&uarr;", "\u2191"), ("&#8217;", "\u2019")):
        doc = doc.replace(ent, ch)
    return doc


CSS1 = """/*
Theme Name: Pathshala
Theme URI: https://www.pathshalaias.in/
Version: 2.3.1
Text Domain: pathshala
*/
html{line-height:1.15;-webkit-text-size-adjust:100%}
body{margin:0;font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:17px;color:#222;background:#f7f5f2}
a{color:#b4491c;text-decoration:none}
a:hover{text-decoration:underline}
.browser-notice{background:#fff3cd;color:#7a5a00;padding:8px 16px;text-align:center;font-size:14px}
.top-bar{background:#3b2416;color:#fff;font-size:13px;display:flex;justify-content:space-between;padding:6px 24px}
.site-header{background:#fff;display:flex;align-items:center;justify-content:space-between;padding:10px 24px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}
.site-content{display:flex;max-width:1180px;margin:24px auto;gap:32px}
.content-area{flex:1 1 760px;background:#fff;padding:28px 34px}
.widget-area{flex:0 0 300px}
.entry-title{font-size:34px;line-height:1.25;margin:0 0 8px}
.entry-meta{color:#777;font-size:14px}
.entry-content table{border-collapse:collapse;width:100%}
.entry-content td,.entry-content th{border:1px solid #ddd;padding:8px 10px;vertical-align:top}
.is-style-stripes tbody tr:nth-child(odd){background:#faf3ea}
.rank-math-question{font-size:18px;margin:18px 0 6px}
.author-box{display:flex;gap:16px;border:1px solid #eee;padding:16px;margin:28px 0}
.comments-area{margin-top:32px}
.site-footer{background:#3b2416;color:#e9ddd3;text-align:center;padding:18px;font-size:14px}
.back-to-top{position:fixed;right:18px;bottom:18px;background:#c45a26;color:#fff;padding:8px 12px;border-radius:50%}
@media screen and (max-width:900px){.site-content{display:block}.widget-area{margin-top:24px}}
"""

CSS2 = """#ez-toc-container{background:#f9f9f9;border:1px solid #aaa;border-radius:4px;-webkit-box-shadow:0 1px 1px rgba(0,0,0,.05);box-shadow:0 1px 1px rgba(0,0,0,.05);display:table;margin-bottom:1em;padding:10px 20px 10px 10px;position:relative;width:auto}
#ez-toc-container ul ul{margin-left:1.5em}
#ez-toc-container li,#ez-toc-container ul{padding:0}
#ez-toc-container p.ez-toc-title{text-align:left;line-height:1.45;margin:0;padding:0}
.ez-toc-title{display:inline;text-align:left;vertical-align:middle}
#ez-toc-container.counter-hierarchy ul li a::before{content:counters(item,".",decimal) ". "}
#ez-toc-container.counter-hierarchy ul,.ez-toc-widget-container.counter-hierarchy ul{counter-reset:item}
#ez-toc-container.counter-hierarchy ul li,.ez-toc-widget-container.counter-hierarchy ul li{counter-increment:item}
"""

JS = """(function ($) {
  'use strict';
  // mobile menu
  $('.menu-toggle').on('click', function () {
    var open = $(this).attr('aria-expanded') === 'true';
    $(this).attr('aria-expanded', open ? 'false' : 'true');
    $('#primary-menu').toggleClass('toggled');
  });
  // close the old-browser notice
  $('.close-notice').on('click', function (e) {
    e.preventDefault();
    $('#ie-notice').hide();
  });
  // back to top
  $(window).on('scroll', function () {
    $('.back-to-top').toggle($(this).scrollTop() > 600);
  });
})(jQuery);
"""


def png(w, h, draw):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(draw(x, y))
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def logo_px(x, y):
    if 6 <= x < 48 and 6 <= y < 48:
        return (196, 90, 38) if (x - 27) ** 2 + (y - 27) ** 2 < 400 else (255, 255, 255)
    if 58 <= x < 214 and 16 <= y < 38 and (x // 6) % 3 != 2:
        return (59, 36, 22)
    return (255, 255, 255)


def featured_px(x, y):
    """A banner: ochre band, a field grid (ryot plots) on the left, a village block right."""
    if y < 40:
        return (59, 36, 22)
    if 40 <= x < 280 and 80 <= y < 280:
        return (120, 160, 70) if ((x - 40) // 40 + (y - 80) // 40) % 2 else (170, 200, 100)
    if 340 <= x < 560 and 90 <= y < 270:
        return (196, 90, 38) if (x - 340) % 55 < 40 and (y - 90) % 45 < 30 else (232, 200, 160)
    return (246, 236, 220)


def avatar_px(x, y):
    if (x - 48) ** 2 + (y - 36) ** 2 < 290 or ((x - 48) ** 2 + (y - 100) ** 2 < 1500 and y > 60):
        return (170, 170, 170)
    return (222, 222, 222)


# ---------------------------------------------------------------- MIME


def qp(text):
    """Quoted-printable as MimeOLE writes it: CRLF lines, soft breaks so no line passes 76."""
    out = []
    for line in text.encode("utf-8").split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            if b == 61 or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def subject(title):
    raw = title.encode("utf-8")
    words = []
    for i in range(0, len(raw), 45):
        words.append("=?utf-8?B?%s?=" % base64.b64encode(raw[i:i + 45]).decode("ascii"))
    return "\r\n\t".join(words)


def build(out):
    meta, blocks = parse()
    doc = page(meta, blocks)
    parts = [
        ('text/html;\r\n\tcharset="utf-8"', "quoted-printable", meta["url"], qp(doc)),
        ('text/css;\r\n\tcharset="utf-8"', "quoted-printable", STYLE1,
         qp(CSS1.replace("\n", "\r\n"))),
        ('text/css;\r\n\tcharset="utf-8"', "quoted-printable", STYLE2,
         qp(CSS2.replace("\n", "\r\n"))),
        ("application/javascript", "quoted-printable", JS1, qp(JS.replace("\n", "\r\n"))),
        ("image/png", "base64", LOGO, b64(png(220, 54, logo_px))),
        ("image/png", "base64", FEATURED, b64(png(600, 314, featured_px))),
        ("image/png", "base64", AVATAR, b64(png(96, 96, avatar_px))),
    ]
    msg = [
        "From: <Saved by Windows Internet Explorer 11>",
        "Subject: " + subject(meta["title"] + " | Pathshala IAS"),
        "Date: Sat, 19 Apr 2025 09:52:31 +0530",
        "MIME-Version: 1.0",
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="%s"' % BOUNDARY,
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24000",
        "",
        "This is a multi-part message in MIME format.",
        "",
    ]
    for ctype, enc, loc, payload in parts:
        msg += ["--" + BOUNDARY, "Content-Type: " + ctype, "Content-Transfer-Encoding: " + enc,
                "Content-Location: " + loc, "", payload, ""]
    msg += ["--" + BOUNDARY + "--", ""]
    with open(out, "wb") as f:
        f.write("\r\n".join(msg).encode("ascii"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
