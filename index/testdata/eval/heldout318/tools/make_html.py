#!/usr/bin/python3
"""Re-make docs/daily-ca-18-july-2025-gi-tags.html from tools/daily-ca-18-july-2025-gi-tags.txt.

The page is a coaching institute's WordPress post built with Elementor (Elementor Pro theme
builder: header, single-post and footer templates on the Hello Elementor theme), saved from Chrome
with "Save as > Webpage, Complete": Chrome puts a "saved from url" comment after the doctype, adds
its own Content-Type meta, rewrites stylesheet, script and image addresses into a
"..._files" folder (which the set does not hold) and writes the page as the browser had built it,
so the Table of Contents widget is already filled in by its script (with anchors inside the h2
headings) and lazy-loaded containers carry "e-lazyloaded".

Source markup, one line each:
  @title T                 post title (h1 of the single-post template)
  @intro                   the text before the first news item
  @h2 T                    a news item heading, an h2 heading widget in a new container
  @divh T                  a news item heading written as a styled <div> heading widget
  @tag T                   the syllabus line under an item heading
  @sub T                   a subhead, a heading widget with header_size "div"
  @table CAPTION ... @endtable   a TinyMCE table in a text-editor widget, cells split on " | "
  @box TITLE ... @endbox   a shaded inner container with a heading and a text editor
  @source T                the italic sources line
  "- " item                an Elementor icon-list item (check-circle icon)
  "* " item                a bulleted list item in a text-editor widget
  "1. " .. inside a box    statements joined into one paragraph with <br />
  any other line           a paragraph; "**b**" is bold
Run: /usr/bin/python3 tools/make_html.py [OUT]   (byte-for-byte reproducible)
"""
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "daily-ca-18-july-2025-gi-tags.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "docs", "daily-ca-18-july-2025-gi-tags.html")

SITE = "https://www.sankalpvidyaias.in"
SLUG = "daily-current-affairs-18-july-2025"
POST_ID = 48213
FILES = "./Daily Current Affairs 18 July 2025 - Sankalp Vidya IAS_files"
URL = "%s/%s/" % (SITE, SLUG)

_n = [0]


def eid():
    """Elementor's seven-hex-digit element ids (made from a counter, so stable)."""
    _n[0] += 1
    return hashlib.md5(("el%d" % _n[0]).encode()).hexdigest()[:7]


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return s


SVG_CHECK = ('<svg aria-hidden="true" class="e-font-icon-svg e-fas-check-circle" viewBox="0 0 512 512" '
             'xmlns="http://www.w3.org/2000/svg"><path d="M504 256c0 136.967-111.033 248-248 248S8 '
             '392.967 8 256 119.033 8 256 8s248 111.033 248 248zM227.314 387.314l184-184c6.248-6.248 '
             '6.248-16.379 0-22.627l-22.627-22.627c-6.248-6.249-16.379-6.249-22.628 0L216 308.118l-70.059-'
             '70.059c-6.248-6.248-16.379-6.248-22.628 0l-22.627 22.627c-6.248 6.248-6.248 16.379 0 '
             '22.627l104 104c6.249 6.249 16.379 6.249 22.628.001z"></path></svg>')
SVG_CHEV_L = ('<svg aria-hidden="true" class="e-font-icon-svg e-fas-angle-left" viewBox="0 0 256 512" '
              'xmlns="http://www.w3.org/2000/svg"><path d="M31.7 239l136-136c9.4-9.4 24.6-9.4 33.9 0l22.6 '
              '22.6c9.4 9.4 9.4 24.6 0 33.9L127.9 256l96.4 96.4c9.4 9.4 9.4 24.6 0 33.9L201.7 409c-9.4 '
              '9.4-24.6 9.4-33.9 0l-136-136c-9.5-9.4-9.5-24.6-.1-34z"></path></svg>')
SVG_CHEV_R = ('<svg aria-hidden="true" class="e-font-icon-svg e-fas-angle-right" viewBox="0 0 256 512" '
              'xmlns="http://www.w3.org/2000/svg"><path d="M224.3 273l-136 136c-9.4 9.4-24.6 9.4-33.9 '
              '0l-22.6-22.6c-9.4-9.4-9.4-24.6 0-33.9l96.4-96.4-96.4-96.4c-9.4-9.4-9.4-24.6 0-33.9L54.3 '
              '103c9.4-9.4 24.6-9.4 33.9 0l136 136c9.5 9.4 9.5 24.6.1 34z"></path></svg>')


def svg_brand(name):
    return ('<svg class="e-font-icon-svg e-fab-%s" viewBox="0 0 512 512" '
            'xmlns="http://www.w3.org/2000/svg"><path d="M0 0h512v512H0z"></path></svg>' % name)


def widget(kind, inner, extra_class="", settings=None):
    i = eid()
    st = ' data-settings="%s"' % html.escape(settings) if settings else ""
    return ('<div class="elementor-element elementor-element-%s%s elementor-widget elementor-widget-%s" '
            'data-id="%s" data-element_type="widget"%s data-widget_type="%s.default">\n'
            '\t\t\t\t<div class="elementor-widget-container">\n%s\t\t\t\t</div>\n'
            '\t\t\t\t</div>\n' % (i, extra_class, kind, i, st, kind, inner))


def heading(text, tag="h2", anchor=None):
    a = ('<span id="elementor-toc__heading-anchor-%d" class="elementor-menu-anchor "></span>' % anchor
         if anchor is not None else "")
    return widget("heading", '\t\t\t\t\t<%s class="elementor-heading-title elementor-size-default">%s%s</%s>'
                  '\t\t\t\t\n' % (tag, a, inline(text), tag))


def text_editor(body):
    return widget("text-editor", "\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\n" % body)


def icon_list(items):
    lis = "".join(
        '\t\t\t\t\t\t\t<li class="elementor-icon-list-item">\n'
        '\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n'
        '\t\t\t\t\t\t\t%s\t\t\t\t\t\t</span>\n'
        '\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">%s</span>\n'
        '\t\t\t\t\t\t\t\t\t</li>\n' % (SVG_CHECK, inline(t)) for t in items)
    return widget("icon-list", '\t\t\t\t\t\t\t<ul class="elementor-icon-list-items">\n%s\t\t\t\t\t\t</ul>\n' % lis,
                  " elementor-icon-list--layout-traditional elementor-list-item-link-full_width")


def container_open(parent=True, shaded=False):
    i = eid()
    if parent:
        return ('<div class="elementor-element elementor-element-%s e-flex e-con-boxed e-con e-parent e-lazyloaded" '
                'data-id="%s" data-element_type="container">\n\t\t\t\t\t<div class="e-con-inner">\n' % (i, i))
    st = ' data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"' if shaded else ""
    return ('\t\t<div class="elementor-element elementor-element-%s e-con-full e-flex e-con e-child" '
            'data-id="%s" data-element_type="container"%s>\n' % (i, i, st))


def container_close(parent=True):
    return "\t\t\t\t\t</div>\n\t\t\t\t</div>\n" if parent else "\t\t\t\t</div>\n"


def render_post(lines):
    out, paras, bullets, icons = [], [], [], []
    title = None
    toc = []
    state = {"open": False}

    def flush():
        if paras:
            out.append(text_editor("".join("<p>%s</p>" % inline(p) for p in paras)))
            paras.clear()
        if bullets:
            out.append(text_editor("<ul>%s</ul>" % "".join("<li>%s</li>" % inline(b) for b in bullets)))
            bullets.clear()
        if icons:
            out.append(icon_list(icons))
            icons.clear()

    def new_parent():
        flush()
        if state["open"]:
            out.append(container_close())
        out.append(container_open())
        state["open"] = True

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@title "):
            title = line[7:]
        elif line == "@intro":
            new_parent()
        elif line.startswith("@h2 "):
            new_parent()
            out.append(heading(line[4:], "h2", anchor=len(toc)))
            toc.append(line[4:])
        elif line.startswith("@divh "):
            new_parent()
            out.append(heading(line[6:], "div"))
        elif line.startswith("@tag "):
            flush()
            out.append(text_editor('<p><span style="color: #6d6d6d;"><strong>\U0001F4CC Syllabus:</strong> %s</span></p>'
                                   % inline(line[5:])))
        elif line.startswith("@sub "):
            flush()
            out.append(heading(line[5:], "div"))
        elif line.startswith("@table "):
            flush()
            cap = line[7:]
            rows = []
            while lines[i] != "@endtable":
                rows.append(lines[i].split(" | "))
                i += 1
            i += 1
            h = 35 * len(rows)
            trs = []
            for r, cells in enumerate(rows):
                tds = []
                for c, cell in enumerate(cells):
                    w = "32.1429%" if c == 0 else "67.8571%"
                    t = inline(cell)
                    if r == 0 or c == 0:
                        t = "<strong>%s</strong>" % t
                    tds.append('<td style="width: %s; height: 35px;">%s</td>' % (w, t))
                trs.append('<tr style="height: 35px;">%s</tr>' % "".join(tds))
            out.append(text_editor('<p><strong>%s</strong></p><table style="border-collapse: collapse; width: 100%%; '
                                   'height: %dpx;" border="1"><tbody>%s</tbody></table><p>&nbsp;</p>'
                                   % (inline(cap), h, "".join(trs))))
        elif line.startswith("@box "):
            flush()
            out.append(container_open(parent=False, shaded=True))
            out.append(heading(line[5:], "h4"))
            ps, stmts = [], []
            while lines[i] != "@endbox":
                l = lines[i]
                i += 1
                if re.match(r"\d+\. ", l):
                    stmts.append(inline(l))
                    continue
                if stmts:
                    ps.append("<br />".join(stmts))
                    stmts = []
                ps.append(inline(l))
            i += 1
            if stmts:
                ps.append("<br />".join(stmts))
            out.append(text_editor("".join("<p>%s</p>" % p for p in ps)))
            out.append(container_close(parent=False))
        elif line.startswith("@source "):
            flush()
            out.append(text_editor("<p><em>%s</em></p>" % inline(line[8:])))
        elif line.startswith("- "):
            if paras or bullets:
                flush()
            icons.append(line[2:])
        elif line.startswith("* "):
            if paras or icons:
                flush()
            bullets.append(line[2:])
        else:
            if bullets or icons:
                flush()
            paras.append(line)
    flush()
    if state["open"]:
        out.append(container_close())
    return title, toc, "".join(out)


NAV = [("Home", "/", []),
       ("About Us", "/about-us/", []),
       ("Courses", "/courses/", [("GS Foundation 2026", "/courses/gs-foundation/"),
                                 ("Optional: Geography", "/courses/geography-optional/"),
                                 ("Prelims Test Series", "/courses/prelims-test-series/")]),
       ("Current Affairs", "/category/current-affairs/", [("Daily Current Affairs", "/category/current-affairs/daily-current-affairs/"),
                                                          ("Monthly Magazine", "/monthly-magazine/"),
                                                          ("Daily Quiz", "/daily-quiz/")]),
       ("Free Resources", "/free-resources/", []),
       ("Contact", "/contact/", [])]


def nav_menu(dropdown):
    items = []
    n = 1100
    for label, href, sub in NAV:
        n += 1
        cls = "menu-item menu-item-type-post_type menu-item-object-page menu-item-%d" % n
        if label == "Current Affairs":
            cls = ("menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor "
                   "current-menu-parent current-post-parent menu-item-has-children menu-item-%d" % n)
        elif sub:
            cls += " menu-item-has-children"
        a_cls = "elementor-item" if not dropdown else "elementor-item"
        tab = ' tabindex="-1"' if dropdown else ""
        s = '<li class="%s"><a href="%s%s" class="%s%s"%s>%s</a>' % (
            cls, SITE, href, a_cls, " elementor-item-anchor" if label == "Current Affairs" else "", tab, label)
        if sub:
            subs = []
            for sl, sh in sub:
                n += 1
                subs.append('<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-%d">'
                            '<a href="%s%s" class="elementor-sub-item"%s>%s</a></li>' % (n, SITE, sh, tab, sl))
            s += '\n<ul class="sub-menu elementor-nav-menu--dropdown">\n\t%s\n</ul>\n' % "\n\t".join(subs)
        items.append(s + "</li>")
    return "\n".join(items)


def page(title, toc, body):
    full_title = "%s | GI Tags: Kolhapuri Chappal, India-EU GI Pact - Sankalp Vidya IAS" % title
    desc = ("Daily Current Affairs 18 July 2025 for UPSC: Kolhapuri chappal GI and the Prada row, "
            "India-EU GI agreement, basmati PGI, Prelims snippets on new GI tags.")
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"%s#article","isPartOf":{"@id":"%s"},'
          '"author":{"name":"Team Sankalp","@id":"%s/#/schema/person/6f1c0e2b"},"headline":"%s",'
          '"datePublished":"2025-07-18T05:30:12+00:00","dateModified":"2025-07-18T11:02:47+00:00",'
          '"mainEntityOfPage":{"@id":"%s"},"wordCount":1384,"commentCount":0,"publisher":{"@id":"%s/#organization"},'
          '"image":{"@id":"%s#primaryimage"},"thumbnailUrl":"%s/wp-content/uploads/2025/07/gi-tag-kolhapuri-chappal.webp",'
          '"keywords":["Geographical Indication","GI Tag","Kolhapuri Chappal","Prada","India-EU FTA","Basmati"],'
          '"articleSection":["Daily Current Affairs","GS Paper 3"],"inLanguage":"en-US"},'
          '{"@type":"BreadcrumbList","@id":"%s#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Home",'
          '"item":"%s/"},{"@type":"ListItem","position":2,"name":"Current Affairs","item":"%s/category/current-affairs/"},'
          '{"@type":"ListItem","position":3,"name":"%s"}]},{"@type":"Organization","@id":"%s/#organization",'
          '"name":"Sankalp Vidya IAS","url":"%s/","sameAs":["https://www.facebook.com/sankalpvidyaias",'
          '"https://t.me/sankalpvidyaias","https://www.youtube.com/@sankalpvidyaias"]}]}'
          % (URL, URL, SITE, title, URL, SITE, URL, SITE, URL, SITE, SITE, title, SITE, SITE))
    toc_items = "".join(
        '<li class="elementor-toc__list-item "><div class="elementor-toc__list-item-text-wrapper">'
        '<a href="#elementor-toc__heading-anchor-%d" class="elementor-toc__list-item-text elementor-toc__top-level-heading">'
        '%s</a></div></li>' % (k, html.escape(t, quote=False)) for k, t in enumerate(toc))
    toc_id = eid()
    S = []
    w = S.append
    w('<!DOCTYPE html>\n<!-- saved from url=(0064)%s -->\n' % URL)
    w('<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('\t\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w('\t<link rel="profile" href="https://gmpg.org/xfn/11">\n')
    w("\t<meta name=\"robots\" content=\"index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\">\n")
    w('\n\t<!-- This site is optimized with the Yoast SEO plugin v25.4 - https://yoast.com/wordpress/plugins/seo/ -->\n')
    w('\t<title>%s</title>\n' % html.escape(full_title, quote=False))
    w('\t<meta name="description" content="%s">\n' % html.escape(desc))
    w('\t<link rel="canonical" href="%s">\n' % URL)
    w('\t<meta property="og:locale" content="en_US">\n\t<meta property="og:type" content="article">\n')
    w('\t<meta property="og:title" content="%s">\n' % html.escape(full_title))
    w('\t<meta property="og:description" content="%s">\n' % html.escape(desc))
    w('\t<meta property="og:url" content="%s">\n\t<meta property="og:site_name" content="Sankalp Vidya IAS">\n' % URL)
    w('\t<meta property="article:publisher" content="https://www.facebook.com/sankalpvidyaias">\n')
    w('\t<meta property="article:published_time" content="2025-07-18T05:30:12+00:00">\n')
    w('\t<meta property="article:modified_time" content="2025-07-18T11:02:47+00:00">\n')
    w('\t<meta property="og:image" content="%s/wp-content/uploads/2025/07/gi-tag-kolhapuri-chappal.webp">\n' % SITE)
    w('\t<meta property="og:image:width" content="1200">\n\t<meta property="og:image:height" content="675">\n')
    w('\t<meta name="author" content="Team Sankalp">\n\t<meta name="twitter:card" content="summary_large_image">\n')
    w('\t<meta name="twitter:label1" content="Written by">\n\t<meta name="twitter:data1" content="Team Sankalp">\n')
    w('\t<meta name="twitter:label2" content="Est. reading time">\n\t<meta name="twitter:data2" content="7 minutes">\n')
    w('\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n' % ld)
    w('\t<!-- / Yoast SEO plugin. -->\n\n\n')
    w("<link rel=\"dns-prefetch\" href=\"https://www.googletagmanager.com/\">\n")
    w('<link rel="alternate" type="application/rss+xml" title="Sankalp Vidya IAS » Feed" href="%s/feed/">\n' % SITE)
    w('<link rel="alternate" type="application/rss+xml" title="Sankalp Vidya IAS » Comments Feed" href="%s/comments/feed/">\n' % SITE)
    w('<link rel="alternate" type="application/rss+xml" title="Sankalp Vidya IAS » Daily Current Affairs 18 July 2025 Comments Feed" '
      'href="%sfeed/">\n' % URL)
    w('<script async="" src="%s/js"></script><script src="%s/wp-emoji-release.min.js.download" defer=""></script>'
      '<script>\nwindow._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/",'
      '"ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/svg\\/","svgExt":".svg",'
      '"source":{"concatemoji":"https:\\/\\/www.sankalpvidyaias.in\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.8.2"}};\n'
      '/*! This file is auto-generated */\n!function(s,n){var o,i,e;function c(e){try{var t={supportTests:e,timestamp:'
      '(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);\n</script>\n'
      % (FILES, FILES))
    w("<style id=\"wp-emoji-styles-inline-css\">\n\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n"
      "\t\tborder: none !important;\n\t\tbox-shadow: none !important;\n\t\theight: 1em !important;\n"
      "\t\twidth: 1em !important;\n\t\tmargin: 0 0.07em !important;\n\t\tvertical-align: -0.1em !important;\n"
      "\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}\n</style>\n")
    for sid, name in [("wp-block-library-css", "style.min.css"), ("hello-elementor-css", "reset.css"),
                      ("hello-elementor-theme-style-css", "theme.css"),
                      ("hello-elementor-header-footer-css", "header-footer.css"),
                      ("elementor-frontend-css", "frontend.min.css"), ("elementor-post-7-css", "post-7.css"),
                      ("widget-heading-css", "widget-heading.min.css"),
                      ("widget-icon-list-css", "widget-icon-list.min.css"),
                      ("widget-nav-menu-css", "widget-nav-menu.min.css"),
                      ("widget-table-of-contents-css", "widget-table-of-contents.min.css"),
                      ("widget-share-buttons-css", "widget-share-buttons.min.css"),
                      ("widget-post-navigation-css", "widget-post-navigation.min.css"),
                      ("e-animation-grow-css", "e-animation-grow.min.css"),
                      ("elementor-post-%d-css" % POST_ID, "post-%d.css" % POST_ID),
                      ("elementor-post-95-css", "post-95.css"), ("elementor-post-112-css", "post-112.css"),
                      ("elementor-post-131-css", "post-131.css"),
                      ("elementor-gf-local-poppins-css", "poppins.css")]:
        w("<link rel=\"stylesheet\" id=\"%s\" href=\"%s/%s\" media=\"all\">\n" % (sid, FILES, name))
    w('<script src="%s/jquery.min.js.download" id="jquery-core-js"></script>\n' % FILES)
    w('<script src="%s/jquery-migrate.min.js.download" id="jquery-migrate-js"></script>\n' % FILES)
    w('<link rel="https://api.w.org/" href="%s/wp-json/"><link rel="alternate" title="JSON" type="application/json" '
      'href="%s/wp-json/wp/v2/posts/%d"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd">\n'
      % (SITE, SITE, POST_ID, SITE))
    w('<meta name="generator" content="WordPress 6.8.2">\n<link rel="shortlink" href="%s/?p=%d">\n' % (SITE, POST_ID))
    w('<meta name="generator" content="Site Kit by Google 1.157.0"><meta name="generator" content="Elementor 3.30.2; '
      'features: e_font_icon_svg, additional_custom_breakpoints, e_element_cache; settings: css_print_method-external, '
      'google_font-enabled, font_display-swap">\n')
    w('\t\t\t<style>\n\t\t\t\t.e-con.e-parent:nth-of-type(n+4):not(.e-lazyloaded):not(.e-no-lazyload),\n'
      '\t\t\t\t.e-con.e-parent:nth-of-type(n+4):not(.e-lazyloaded):not(.e-no-lazyload) * {\n'
      '\t\t\t\t\tbackground-image: none !important;\n\t\t\t\t}\n\t\t\t</style>\n\t\t\t\n')
    w('<link rel="icon" href="%s/cropped-sv-favicon-32x32.png" sizes="32x32">\n' % FILES)
    w('<link rel="icon" href="%s/cropped-sv-favicon-192x192.png" sizes="192x192">\n' % FILES)
    w('<link rel="apple-touch-icon" href="%s/cropped-sv-favicon-180x180.png">\n' % FILES)
    w('<meta name="msapplication-TileImage" content="%s/wp-content/uploads/2023/02/cropped-sv-favicon-270x270.png">\n' % SITE)
    w('</head>\n<body class="wp-singular post-template-default single single-post postid-%d single-format-standard '
      'wp-custom-logo wp-embed-responsive wp-theme-hello-elementor hello-elementor-default elementor-default '
      'elementor-kit-7 elementor-page elementor-page-%d elementor-page-112 e--ua-blink e--ua-chrome e--ua-webkit" '
      'data-elementor-device-mode="desktop">\n\n\n' % (POST_ID, POST_ID))
    w('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n\n')
    # ---- header template
    w('\t\t<header data-elementor-type="header" data-elementor-id="95" class="elementor elementor-95 '
      'elementor-location-header" data-elementor-post-type="elementor_library">\n')
    w(container_open())
    w(container_open(parent=False))
    w(icon_list_inline([("tel:+919811045267", "+91 98110 45267"), ("mailto:info@sankalpvidyaias.in", "info@sankalpvidyaias.in")]))
    w(container_close(parent=False))
    w(container_open(parent=False))
    w(text_editor('<p><strong>Admissions open:</strong> GS Foundation Batch 2026 starts 4 August. '
                  '<a href="%s/courses/gs-foundation/">Enrol now</a></p>' % SITE))
    w(container_close(parent=False))
    w(container_close())
    w(container_open())
    w(widget("theme-site-logo", '\t\t\t\t\t\t\t\t\t\t\t<a href="%s">\n\t\t\t<img width="260" height="72" src="%s/sankalp-vidya-ias-logo.png" '
             'class="attachment-full size-full wp-image-9" alt="Sankalp Vidya IAS">\t\t\t\t</a>\n' % (SITE, FILES),
             " elementor-widget-image"))
    nav_id = eid()
    w(widget("nav-menu",
             '\t\t\t\t\t\t\t\t<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
             'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">\n'
             '\t\t\t\t<ul id="menu-1-%s" class="elementor-nav-menu" data-smartmenus-id="17528163095631">%s</ul>\t\t\t</nav>\n'
             '\t\t\t\t\t<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" '
             'aria-expanded="false"><svg aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open '
             'e-font-icon-svg e-eicon-menu-bar" viewBox="0 0 1000 1000" xmlns="http://www.w3.org/2000/svg"><path d="M104 '
             '333H896C929 333 958 304 958 271S929 208 896 208H104C71 208 42 237 42 271S71 333 104 333Z"></path></svg>'
             '<span class="elementor-screen-only">Menu</span>\n\t\t</div>\n'
             '\t\t\t\t\t<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">\n'
             '\t\t\t\t<ul id="menu-2-%s" class="elementor-nav-menu" data-smartmenus-id="17528163095872">%s</ul>\t\t\t</nav>\n'
             % (nav_id, nav_menu(False), nav_id, nav_menu(True)),
             " elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside "
             "elementor-nav-menu--toggle elementor-nav-menu--burger",
             '{"layout":"horizontal","submenu_icon":{"value":"<svg class=\\"e-font-icon-svg e-fas-caret-down\\"></svg>",'
             '"library":"fa-solid"},"toggle":"burger"}'))
    w(widget("button", '\t\t\t\t\t\t\t\t\t<div class="elementor-button-wrapper">\n\t\t\t\t\t<a class="elementor-button '
             'elementor-button-link elementor-size-sm elementor-animation-grow" href="%s/contact/">\n\t\t\t\t\t\t'
             '<span class="elementor-button-content-wrapper">\n\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">'
             'Enquire Now</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t\t\t</div>\n' % SITE))
    w(container_close())
    w('\t\t\t\t</header>\n\t\t\t\t')
    # ---- single post template
    w('<div data-elementor-type="single-post" data-elementor-id="112" class="elementor elementor-112 '
      'elementor-location-single post-%d post type-post status-publish format-standard has-post-thumbnail hentry '
      'category-daily-current-affairs category-gs-paper-3 tag-basmati tag-geographical-indication tag-gi-tag '
      'tag-india-eu-fta tag-kolhapuri-chappal tag-prada" data-elementor-post-type="elementor_library">\n' % POST_ID)
    w(container_open())
    w(widget("breadcrumbs", '<p id="breadcrumbs"><span><span><a href="%s/">Home</a></span> » <span>'
             '<a href="%s/category/current-affairs/">Current Affairs</a></span> » <span>'
             '<a href="%s/category/current-affairs/daily-current-affairs/">Daily Current Affairs</a></span> » '
             '<span class="breadcrumb_last" aria-current="page">%s</span></span></p>\t\t\t\t\t\t\n'
             % (SITE, SITE, SITE, html.escape(title, quote=False))))
    w(widget("theme-post-title", '\t\t\t\t\t<h1 class="elementor-heading-title elementor-size-default">%s</h1>\t\t\t\t\n'
             % html.escape(title, quote=False), " elementor-widget-heading"))
    w(widget("post-info", post_info(), " elementor-align-left"))
    w(widget("theme-post-featured-image", '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<img width="800" height="450" '
             'src="%s/gi-tag-kolhapuri-chappal-1024x576.webp" class="attachment-large size-large wp-image-48219" '
             'alt="Kolhapuri chappal GI tag Prada row daily current affairs" decoding="async" fetchpriority="high">'
             '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n' % FILES, " elementor-widget-image"))
    w(widget("table-of-contents",
             '\t\t\t\t\t\t\t<div class="elementor-toc__header">\n\t\t\t\t\t<div class="elementor-toc__header-title">\n'
             '\t\t\t\t\tTable of Contents\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t<div class="elementor-toc__toggle-button '
             'elementor-toc__toggle-button--expand" role="button" tabindex="0" aria-controls="elementor-toc__%s" '
             'aria-expanded="true" aria-label="Open table of contents"><svg aria-hidden="true" class="e-font-icon-svg '
             'e-fas-chevron-down" viewBox="0 0 448 512" xmlns="http://www.w3.org/2000/svg"><path d="M207 381.5L12.7 '
             '187.1c-9.4-9.4-9.4-24.6 0-33.9l22.7-22.7c9.4-9.4 24.5-9.4 33.9 0L224 284.5l154.7-154c9.4-9.3 24.5-9.3 '
             '33.9 0l22.7 22.7c9.4 9.4 9.4 24.6 0 33.9L241 381.5c-9.4 9.4-24.6 9.4-34 0z"></path></svg></div>\n'
             '\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t<div id="elementor-toc__%s" class="elementor-toc__body">\n'
             '\t\t\t\t\t<ol class="elementor-toc__list-wrapper">%s</ol></div>\n' % (toc_id, toc_id, toc_items),
             " elementor-toc--minimized-on-tablet",
             '{"headings_by_tags":["h2"],"container":".elementor-widget-theme-post-content",'
             '"exclude_headings_by_selector":[],"marker_view":"numbers","no_headings_message":'
             '"No headings were found on this page.","minimize_box":"yes","minimized_on":"tablet",'
             '"hierarchical_view":"yes","min_height":{"unit":"px","size":"","sizes":[]}}'))
    w(widget("theme-post-content", '\t\t\t\t\t\t\t\t<div data-elementor-type="wp-post" data-elementor-id="%d" '
             'class="elementor elementor-%d" data-elementor-post-type="post">\n%s\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\n'
             % (POST_ID, POST_ID, body)))
    w(widget("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
             '\t\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-5c0d2e4 elementor-inline-item" '
             'itemprop="about">\n\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item '
             'elementor-post-info__item--type-terms">\n\t\t\t\t\t\t\t<span class="elementor-post-info__item-prefix">'
             'Tags:</span>\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n\t\t\t\t'
             + ", ".join('<a href="%s/tag/%s/" class="elementor-post-info__terms-list-item">%s</a>' % (SITE, s, t)
                         for s, t in [("basmati", "Basmati"), ("geographical-indication", "Geographical Indication"),
                                      ("gi-tag", "GI Tag"), ("india-eu-fta", "India-EU FTA"),
                                      ("kolhapuri-chappal", "Kolhapuri Chappal"), ("prada", "Prada")])
             + '\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</li>\n\t\t\t\t</ul>\n', " elementor-align-left"))
    w(heading("Share this post:", "h5"))
    w(widget("share-buttons", share_buttons(), " elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient "
             "elementor-share-buttons--shape-rounded elementor-grid-0 elementor-share-buttons--color-official"))
    w(widget("post-navigation",
             '\t\t\t\t\t\t<div class="elementor-post-navigation" role="navigation" aria-label="Post Navigation">\n'
             '\t\t\t<div class="elementor-post-navigation__prev elementor-post-navigation__link">\n'
             '\t\t\t\t<a href="%s/daily-current-affairs-17-july-2025/" rel="prev"><span class="post-navigation__arrow-wrapper '
             'post-navigation__arrow-prev">%s<span class="elementor-screen-only">Prev</span></span><span '
             'class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous Post</span>'
             '<span class="post-navigation__prev--title">Daily Current Affairs 17 July 2025</span></span></a>\t\t\t</div>\n'
             '\t\t\t\t\t\t\t<div class="elementor-post-navigation__separator-wrapper">\n\t\t\t\t\t<div '
             'class="elementor-post-navigation__separator"></div>\n\t\t\t\t</div>\n'
             '\t\t\t\t\t\t<div class="elementor-post-navigation__next elementor-post-navigation__link">\n'
             '\t\t\t\t<a href="%s/daily-current-affairs-19-july-2025/" rel="next"><span class="elementor-post-navigation__link__next">'
             '<span class="post-navigation__next--label">Next Post</span><span class="post-navigation__next--title">'
             'Daily Current Affairs 19 July 2025</span></span><span class="post-navigation__arrow-wrapper '
             'post-navigation__arrow-next">%s<span class="elementor-screen-only">Next</span></span></a>\t\t\t</div>\n'
             '\t\t</div>\n' % (SITE, SVG_CHEV_L, SITE, SVG_CHEV_R)))
    w(heading("Related Posts", "h3"))
    w(widget("posts", related(), " elementor-grid-3 elementor-posts--thumbnail-top elementor-posts__hover-gradient"))
    w(widget("post-comments", comments(), " elementor-widget-theme-post-comments"))
    w(container_close())
    w('\t\t\t\t</div>\n\t\t')
    # ---- footer template
    w('<footer data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 '
      'elementor-location-footer" data-elementor-post-type="elementor_library">\n')
    w(container_open())
    w(container_open(parent=False))
    w(heading("Sankalp Vidya IAS", "h4"))
    w(text_editor("<p>Classroom and online coaching for the UPSC Civil Services Examination since 2016.</p>"))
    w(container_close(parent=False))
    w(container_open(parent=False))
    w(heading("Quick Links", "h4"))
    w(icon_list_links([("/category/current-affairs/daily-current-affairs/", "Daily Current Affairs"),
                       ("/monthly-magazine/", "Monthly Magazine"), ("/daily-quiz/", "Daily Quiz"),
                       ("/upsc-syllabus/", "UPSC Syllabus")]))
    w(container_close(parent=False))
    w(container_open(parent=False))
    w(heading("Contact Us", "h4"))
    w(text_editor("<p>2nd Floor, 14/7 Old Rajinder Nagar, New Delhi 110060<br>+91 98110 45267</p>"))
    w(container_close(parent=False))
    w(container_close())
    w(container_open())
    w(text_editor('<p>© 2025 Sankalp Vidya IAS. All Rights Reserved. | <a href="%s/privacy-policy/">Privacy Policy</a> | '
                  '<a href="%s/terms/">Terms &amp; Conditions</a></p>' % (SITE, SITE)))
    w(container_close())
    w('\t\t\t\t</footer>\n\t\t\n')
    w('<script type="speculationrules">\n{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"},'
      '{"not":{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/wp-content\\/*",'
      '"\\/wp-content\\/plugins\\/*","\\/wp-content\\/themes\\/hello-elementor\\/*","\\/*\\\\?(.+)"]}},'
      '{"not":{"selector_matches":"a[rel~=\\"nofollow\\"]"}},{"not":{"selector_matches":".no-prefetch, .no-prefetch a"}}]},'
      '"eagerness":"conservative"}]}\n</script>\n')
    w('\t\t\t<script>\n\t\t\t\tconst lazyloadRunObserver = () => {\n\t\t\t\t\tconst lazyloadBackgrounds = '
      'document.querySelectorAll( `.e-con.e-parent:not(.e-lazyloaded)` );\n\t\t\t\t\tconst lazyloadBackgroundObserver = '
      'new IntersectionObserver( ( entries ) => {\n\t\t\t\t\t\tentries.forEach( ( entry ) => {\n\t\t\t\t\t\t\tif '
      '( entry.isIntersecting ) {\n\t\t\t\t\t\t\t\tlet lazyloadBackground = entry.target;\n\t\t\t\t\t\t\t\tif( '
      'lazyloadBackground ) {\n\t\t\t\t\t\t\t\t\tlazyloadBackground.classList.add( \'e-lazyloaded\' );\n'
      '\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t\tlazyloadBackgroundObserver.unobserve( entry.target );\n\t\t\t\t\t\t\t}\n'
      '\t\t\t\t\t\t});\n\t\t\t\t\t}, { rootMargin: \'200px 0px 200px 0px\' } );\n\t\t\t\t};\n\t\t\t</script>\n')
    w('<a href="https://wa.me/919811045267" class="wa-float" target="_blank" rel="noopener">'
      '<img src="%s/whatsapp-icon.svg" alt="WhatsApp" width="56" height="56"></a>\n' % FILES)
    for name, sid in [("hello-frontend.min.js.download", "hello-theme-frontend-js"),
                      ("jquery.smartmenus.min.js.download", "smartmenus-js"),
                      ("webpack-pro.runtime.min.js.download", "elementor-pro-webpack-runtime-js"),
                      ("webpack.runtime.min.js.download", "elementor-webpack-runtime-js"),
                      ("frontend-modules.min.js.download", "elementor-frontend-modules-js")]:
        w('<script src="%s/%s" id="%s"></script>\n' % (FILES, name, sid))
    w('<script id="elementor-frontend-js-before">\nvar elementorFrontendConfig = {"environmentMode":{"edit":false,'
      '"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Share on Facebook","shareOnTwitter":'
      '"Share on Twitter","pinIt":"Pin it","download":"Download","close":"Close (Esc)"},"is_rtl":false,'
      '"breakpoints":{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600},"version":"3.30.2","is_static":false,'
      '"experimentalFeatures":{"e_font_icon_svg":true,"additional_custom_breakpoints":true,"container":true,'
      '"e_optimized_markup":true,"nested-elements":true,"e_element_cache":true,"home_screen":true},'
      '"urls":{"assets":"https:\\/\\/www.sankalpvidyaias.in\\/wp-content\\/plugins\\/elementor\\/assets\\/"},'
      '"post":{"id":%d,"title":"Daily%%20Current%%20Affairs%%2018%%20July%%202025%%20%%7C%%20Sankalp%%20Vidya%%20IAS",'
      '"excerpt":"","featuredImage":"https:\\/\\/www.sankalpvidyaias.in\\/wp-content\\/uploads\\/2025\\/07\\/'
      'gi-tag-kolhapuri-chappal-1024x576.webp"}};\n</script>\n' % POST_ID)
    w('<script src="%s/frontend.min.js.download" id="elementor-frontend-js"></script>\n' % FILES)
    w('<script src="%s/elements-handlers.min.js.download" id="pro-elements-handlers-js"></script>\n\n\n' % FILES)
    w('</body></html>')
    return "".join(S)


def icon_list_inline(items):
    lis = "".join(
        '\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-inline-item">\n'
        '\t\t\t\t\t\t\t\t\t\t\t<a href="%s">\n\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n'
        '\t\t\t\t\t\t\t%s\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">%s</span>\n'
        '\t\t\t\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t</li>\n' % (h, svg_brand("phone-alt"), t) for h, t in items)
    return widget("icon-list", '\t\t\t\t\t\t\t<ul class="elementor-icon-list-items elementor-inline-items">\n%s'
                  '\t\t\t\t\t\t</ul>\n' % lis, " elementor-icon-list--layout-inline elementor-align-left")


def icon_list_links(items):
    lis = "".join(
        '\t\t\t\t\t\t\t<li class="elementor-icon-list-item">\n\t\t\t\t\t\t\t\t\t\t\t<a href="%s%s">\n\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t%s\t\t\t\t\t\t</span>\n'
        '\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">%s</span>\n\t\t\t\t\t\t\t\t\t\t\t</a>\n'
        '\t\t\t\t\t\t\t\t\t</li>\n' % (SITE, h, SVG_CHEV_R, t) for h, t in items)
    return widget("icon-list", '\t\t\t\t\t\t\t<ul class="elementor-icon-list-items">\n%s\t\t\t\t\t\t</ul>\n' % lis,
                  " elementor-icon-list--layout-traditional elementor-list-item-link-full_width")


def post_info():
    def li(rep, prop, inner, href=None):
        a_open = '\n\t\t\t\t\t\t\t\t\t\t\t<a href="%s">\n\n\t\t\t\t\t\t\t\t\t\t\t' % href if href else ""
        a_close = '\n\t\t\t\t\t\t\t\t\t\t\t</a>' if href else ""
        return ('\t\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-%s elementor-inline-item" '
                'itemprop="%s">%s\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t'
                '%s\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t%s%s\n\t\t\t\t\t\t\t\t</li>\n'
                % (rep, prop, a_open, svg_brand("user-circle"), inner, a_close))
    items = [
        li("a3f09c1", "author", '<span class="elementor-icon-list-text elementor-post-info__item '
           'elementor-post-info__item--type-author">\n\t\t\t\t\t\t\t<span class="elementor-post-info__item-prefix">By '
           '</span>\n\t\t\t\t\t\t\t\t\t\tTeam Sankalp\t\t\t\t\t</span>', SITE + "/author/team-sankalp/"),
        li("7bd42e8", "datePublished", '<span class="elementor-icon-list-text elementor-post-info__item '
           'elementor-post-info__item--type-date">\n\t\t\t\t\t\t\t\t\t\t<time>July 18, 2025</time>\t\t\t\t\t</span>',
           SITE + "/2025/07/18/"),
        li("e61c0d5", "about", '<span class="elementor-icon-list-text elementor-post-info__item '
           'elementor-post-info__item--type-terms">\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n'
           '\t\t\t\t<a href="%s/category/current-affairs/daily-current-affairs/" class="elementor-post-info__terms-list-item">'
           'Daily Current Affairs</a>, <a href="%s/category/gs-paper-3/" class="elementor-post-info__terms-list-item">'
           'GS Paper 3</a>\t\t\t\t</span>\n\t\t\t\t\t</span>' % (SITE, SITE)),
        li("0c9a7f2", "commentCount", '<span class="elementor-icon-list-text elementor-post-info__item '
           'elementor-post-info__item--type-comments">\n\t\t\t\t\t\t\t\t\t\tNo Comments\t\t\t\t\t</span>', URL + "#respond"),
    ]
    return ('<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n%s\t\t\t\t</ul>\n'
            % "".join(items))


def share_buttons():
    out = ['\t\t\t\t\t<div class="elementor-grid" role="list">\n']
    for net, label in [("facebook", "Facebook"), ("twitter", "X"), ("whatsapp", "WhatsApp"),
                       ("telegram", "Telegram"), ("linkedin", "LinkedIn")]:
        out.append('\t\t\t\t\t\t\t\t<div class="elementor-grid-item" role="listitem">\n'
                   '\t\t\t\t\t\t<div class="elementor-share-btn elementor-share-btn_%s" role="button" tabindex="0" '
                   'aria-label="Share on %s">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-share-btn__icon">\n'
                   '\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div '
                   'class="elementor-share-btn__text">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span '
                   'class="elementor-share-btn__title">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t</span>\n'
                   '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n'
                   '\t\t\t\t\t</div>\n' % (net, net, svg_brand(net), label))
    out.append('\t\t\t\t\t</div>\n')
    return "".join(out)


def related():
    posts = [(48190, "daily-current-affairs-17-july-2025", "Daily Current Affairs 17 July 2025", "July 17, 2025"),
             (48102, "monthly-current-affairs-magazine-june-2025", "Monthly Current Affairs Magazine: June 2025",
              "July 3, 2025"),
             (47655, "daily-current-affairs-14-june-2025", "Daily Current Affairs 14 June 2025", "June 14, 2025")]
    arts = []
    for pid, slug, t, d in posts:
        arts.append('\t\t\t\t<article class="elementor-post elementor-grid-item post-%d post type-post status-publish '
                    'format-standard has-post-thumbnail hentry category-daily-current-affairs" role="listitem">\n'
                    '\t\t\t\t<a class="elementor-post__thumbnail__link" href="%s/%s/" tabindex="-1">\n'
                    '\t\t\t<div class="elementor-post__thumbnail"><img width="300" height="169" src="%s/%s-300x169.webp" '
                    'class="attachment-medium size-medium" alt="" decoding="async" loading="lazy"></div>\n\t\t</a>\n'
                    '\t\t\t\t<div class="elementor-post__text">\n\t\t\t\t<h3 class="elementor-post__title">\n'
                    '\t\t\t<a href="%s/%s/">\n\t\t\t\t%s\t\t\t</a>\n\t\t</h3>\n'
                    '\t\t\t\t<div class="elementor-post__meta-data">\n\t\t\t\t\t<span class="elementor-post-date">\n'
                    '\t\t\t%s\t\t</span>\n\t\t\t\t</div>\n\t\t\t\t\t\t\t\t<a class="elementor-post__read-more" '
                    'href="%s/%s/" aria-label="Read more about %s" tabindex="-1">\n\t\t\tRead More »\t\t</a>\n'
                    '\t\t\t\t</div>\n\t\t\t\t</article>\n' % (pid, SITE, slug, FILES, slug, SITE, slug, t, d, SITE, slug, t))
    return ('\t\t\t\t\t\t\t<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic '
            'elementor-grid" role="list">\n%s\t\t\t\t</div>\n' % "".join(arts))


def comments():
    return ('<section id="comments" class="comments-area">\n\n\t\n\t\t<div id="respond" class="comment-respond">\n'
            '\t\t<h2 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" '
            'id="cancel-comment-reply-link" href="%s#respond" style="display:none;">Cancel reply</a></small></h2>'
            '<form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
            '<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>'
            '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> '
            '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required=""></textarea></p>'
            '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> '
            '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" '
            'required=""></p>\n<p class="comment-form-email"><label for="email">Email <span class="required">*</span>'
            '</label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" '
            'aria-describedby="email-notes" autocomplete="email" required=""></p>\n'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> '
            '<input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID">\n<input type="hidden" '
            'name="comment_parent" id="comment_parent" value="0">\n</p></form>\t</div><!-- #respond -->\n\t\n'
            '</section>\n' % (URL, SITE, POST_ID))


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    title, toc, body = render_post(lines)
    data = page(title, toc, body)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
