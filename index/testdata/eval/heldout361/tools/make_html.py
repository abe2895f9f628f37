#!/usr/bin/python3
"""Re-make docs/cpi-wpi-rbi-inflation-targeting-explained.html from its source text.

The document is a post on "Paisa Pathshala", a finance-education site on WordPress 6.7 with the
GeneratePress theme, Yoast SEO, Easy Table of Contents and Kadence Blocks, saved by Chrome with
"Webpage, Complete": the doctype, the "saved from url" comment, Chrome's Content-Type meta first in
head, stylesheet and script links rewritten into the "..._files" folder named after the title
(characters Windows forbids turned into "_"), and the DOM as it stood after the page's scripts ran
(Kadence's accordion buttons carry aria-expanded / aria-controls, the panels are hidden, the
cookie bar is shown).  Usage: make_html.py [output path]
"""
import datetime
import html
import json
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cpi-wpi-rbi-inflation-targeting-explained.txt")
OUT = os.path.join(HERE, "..", "docs", "cpi-wpi-rbi-inflation-targeting-explained.html")
SITE = "https://paisapathshala.in"
SLUG = "inflation-in-india-cpi-wpi-rbi-target"
URL = "%s/%s/" % (SITE, SLUG)
POST_ID = 2184


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def inline(s):
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", esc(s))


def plain(s):
    return s.replace("**", "")


def toc_id(text):
    t = re.sub(r"[:?,()!.]", "", text)
    t = re.sub(r"\s+", "_", t.strip())
    return urllib.parse.quote(t, safe="_-%")


def parse(text):
    meta, blocks = {}, []
    lines = [l for l in text.split("\n") if not l.startswith("# ")]
    i = 0
    while i < len(lines):
        l = lines[i]
        m = re.match(r"^(title|excerpt|category|author|reviewer|published|updated|read): (.*)$", l)
        if m:
            meta[m.group(1)] = m.group(2)
        elif l in ("[takeaways]", "[formula]", "[faq]", "[related]"):
            kind = l[1:-1]
            body = []
            i += 1
            while i < len(lines) and lines[i] != "[/%s]" % kind and not (kind == "related" and not lines[i].strip()):
                if lines[i].strip():
                    body.append(lines[i])
                i += 1
            blocks.append((kind, body))
        elif l.startswith("## "):
            blocks.append(("h2", l[3:]))
        elif l.startswith("### "):
            blocks.append(("h3", l[4:]))
        elif l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            blocks.append(("table", rows))
            continue
        elif l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(("ul", items))
            continue
        elif l.strip():
            blocks.append(("p", l))
        i += 1
    return meta, blocks


def human(iso):
    d = datetime.datetime.fromisoformat(iso)
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


def utc(iso):
    d = datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


SVG_MENU = ('<svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em">'
            '<path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745'
            '-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24'
            '-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z">'
            '</path></svg>')
SVG_UP = ('<svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em">'
          '<path d="M305.863 314.916c0 2.266-1.133 4.815-2.832 6.514l-14.157 14.163c-1.699 1.7-3.964 2.832-6.513 2.832-2.265 '
          '0-4.813-1.133-6.512-2.832L164.572 224.276 53.295 335.593c-1.699 1.7-4.247 2.832-6.512 2.832-2.265 0-4.814-1.133'
          '-6.513-2.832L26.113 321.43c-1.699-1.7-2.831-4.248-2.831-6.514s1.132-4.816 2.831-6.515L158.06 176.408c1.699-1.7 '
          '4.247-2.833 6.512-2.833 2.265 0 4.814 1.133 6.513 2.833L303.03 308.4c1.7 1.7 2.832 4.249 2.832 6.515z"></path></svg>')
SVG_TOC = ('<svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" class="list-377408" width="20px" '
           'height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 '
           '16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path></svg>')


def build():
    meta, blocks = parse(open(SRC, encoding="utf-8").read())
    title = meta["title"]
    doc_title = "%s - Paisa Pathshala" % title
    files = re.sub(r'[\\/:*?"<>|]', "_", doc_title) + "_files"
    F = "./" + files + "/"
    pub, upd = meta["published"], meta["updated"]
    headings = [(k, v) for k, v in blocks if k in ("h2", "h3")]
    faq = next(b for k, b in blocks if k == "faq")
    qa = []
    for line in faq:
        if line.startswith("Q: "):
            qa.append([line[3:], ""])
        elif line.startswith("A: "):
            qa[-1][1] = line[3:]
    related = [l.split(" | ") for l in next(b for k, b in blocks if k == "related")]

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": URL + "#article", "isPartOf": {"@id": URL},
         "author": {"name": meta["author"], "@id": SITE + "/#/schema/person/7d1f0c2b9e4a6d3c5b8a1e2f4c6d8b0a"},
         "headline": title, "datePublished": utc(pub), "dateModified": utc(upd),
         "mainEntityOfPage": {"@id": URL}, "wordCount": 1468, "commentCount": 0,
         "publisher": {"@id": SITE + "/#organization"},
         "image": {"@id": URL + "#primaryimage"}, "thumbnailUrl": SITE + "/wp-content/uploads/2024/03/inflation-india-cpi-wpi.jpg",
         "keywords": ["CPI", "inflation", "MPC", "RBI", "WPI"], "articleSection": [meta["category"]],
         "inLanguage": "en-US", "potentialAction": [{"@type": "CommentAction", "name": "Comment",
                                                     "target": [URL + "#respond"]}]},
        {"@type": ["WebPage", "FAQPage"], "@id": URL, "url": URL, "name": doc_title,
         "isPartOf": {"@id": SITE + "/#website"}, "primaryImageOfPage": {"@id": URL + "#primaryimage"},
         "image": {"@id": URL + "#primaryimage"}, "thumbnailUrl": SITE + "/wp-content/uploads/2024/03/inflation-india-cpi-wpi.jpg",
         "datePublished": utc(pub), "dateModified": utc(upd), "description": meta["excerpt"],
         "breadcrumb": {"@id": URL + "#breadcrumb"},
         "mainEntity": [{"@id": URL + "#faq-question-%d" % (i + 1)} for i in range(len(qa))],
         "inLanguage": "en-US", "potentialAction": [{"@type": "ReadAction", "target": [URL]}]},
        {"@type": "ImageObject", "inLanguage": "en-US", "@id": URL + "#primaryimage",
         "url": SITE + "/wp-content/uploads/2024/03/inflation-india-cpi-wpi.jpg",
         "contentUrl": SITE + "/wp-content/uploads/2024/03/inflation-india-cpi-wpi.jpg", "width": 1200, "height": 675,
         "caption": "Vegetable prices drive most swings in India’s retail inflation"},
        {"@type": "BreadcrumbList", "@id": URL + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": meta["category"], "item": SITE + "/category/economy-basics/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "WebSite", "@id": SITE + "/#website", "url": SITE + "/", "name": "Paisa Pathshala",
         "description": "Money lessons for Indian students and first-time earners", "publisher": {"@id": SITE + "/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": SITE + "/?s={search_term_string}"},
                              "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                                              "valueName": "search_term_string"}}], "inLanguage": "en-US"},
        {"@type": "Organization", "@id": SITE + "/#organization", "name": "Paisa Pathshala", "url": SITE + "/",
         "logo": {"@type": "ImageObject", "inLanguage": "en-US", "@id": SITE + "/#/schema/logo/image/",
                  "url": SITE + "/wp-content/uploads/2023/01/paisa-pathshala-logo.png", "width": 380, "height": 88,
                  "caption": "Paisa Pathshala"}, "image": {"@id": SITE + "/#/schema/logo/image/"},
         "sameAs": ["https://www.instagram.com/paisapathshala", "https://x.com/paisapathshala",
                    "https://www.youtube.com/@paisapathshala"]},
        {"@type": "Person", "@id": SITE + "/#/schema/person/7d1f0c2b9e4a6d3c5b8a1e2f4c6d8b0a", "name": meta["author"],
         "url": SITE + "/author/rohan/"}] + [
        {"@type": "Question", "@id": URL + "#faq-question-%d" % (i + 1), "position": i + 1,
         "url": URL + "#faq-question-%d" % (i + 1), "name": q, "answerCount": 1,
         "acceptedAnswer": {"@type": "Answer", "text": a, "inLanguage": "en-US"}, "inLanguage": "en-US"}
        for i, (q, a) in enumerate(qa)]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":"))

    o = []
    w = o.append
    w("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(URL), URL))
    w('<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n\t\n')
    w('\t<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w('\t<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->\n')
    w("\t<title>%s</title>\n" % esc(doc_title))
    w('\t<meta name="description" content="%s">\n' % attr(meta["excerpt"]))
    w('\t<link rel="canonical" href="%s">\n' % URL)
    w('\t<meta property="og:locale" content="en_US">\n\t<meta property="og:type" content="article">\n')
    w('\t<meta property="og:title" content="%s">\n' % attr(title))
    w('\t<meta property="og:description" content="%s">\n' % attr(meta["excerpt"]))
    w('\t<meta property="og:url" content="%s">\n\t<meta property="og:site_name" content="Paisa Pathshala">\n' % URL)
    w('\t<meta property="article:publisher" content="https://www.facebook.com/paisapathshala">\n')
    w('\t<meta property="article:published_time" content="%s">\n' % utc(pub))
    w('\t<meta property="article:modified_time" content="%s">\n' % utc(upd))
    w('\t<meta property="og:image" content="%s/wp-content/uploads/2024/03/inflation-india-cpi-wpi.jpg">\n' % SITE)
    w('\t<meta property="og:image:width" content="1200">\n\t<meta property="og:image:height" content="675">\n')
    w('\t<meta property="og:image:type" content="image/jpeg">\n')
    w('\t<meta name="author" content="%s">\n' % meta["author"])
    w('\t<meta name="twitter:card" content="summary_large_image">\n\t<meta name="twitter:site" content="@paisapathshala">\n')
    w('\t<meta name="twitter:label1" content="Written by">\n\t<meta name="twitter:data1" content="%s">\n' % meta["author"])
    w('\t<meta name="twitter:label2" content="Est. reading time">\n\t<meta name="twitter:data2" content="8 minutes">\n')
    w('\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n' % ld)
    w('\t<!-- / Yoast SEO plugin. -->\n\n\n')
    w('<link rel="dns-prefetch" href="https://www.googletagmanager.com/">\n')
    w('<link rel="alternate" type="application/rss+xml" title="Paisa Pathshala » Feed" href="%s/feed/">\n' % SITE)
    w('<link rel="alternate" type="application/rss+xml" title="Paisa Pathshala » Comments Feed" href="%s/comments/feed/">\n' % SITE)
    w('<link rel="alternate" type="application/rss+xml" title="Paisa Pathshala » %s Comments Feed" href="%sfeed/">\n'
      % (attr(title), URL))
    w('<link rel="stylesheet" id="wp-block-library-css" href="%sstyle.min.css" media="all">\n' % F)
    w('<style id="classic-theme-styles-inline-css">\n/*! This file is auto-generated */\n'
      '.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;'
      'text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}'
      '.wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}\n</style>\n')
    w('<style id="global-styles-inline-css">\n:root{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;'
      '--wp--preset--color--contrast: var(--contrast);--wp--preset--color--accent: var(--accent);'
      '--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;'
      '--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;}\n</style>\n')
    w('<link rel="stylesheet" id="ez-toc-css" href="%sscreen.min.css" media="all">\n' % F)
    w('<style id="ez-toc-inline-css">\ndiv#ez-toc-container .ez-toc-title {font-size: 120%;}div#ez-toc-container '
      '.ez-toc-title {font-weight: 600;}div#ez-toc-container ul li , div#ez-toc-container ul li a {font-size: 95%;}'
      'div#ez-toc-container ul li , div#ez-toc-container ul li a {font-weight: 500;}div#ez-toc-container nav ul ul li '
      '{font-size: 90%;}\n.ez-toc-container-direction {direction: ltr;}.ez-toc-counter ul{counter-reset: item ;}'
      '.ez-toc-counter nav ul li a::before {content: counters(item, \'.\', decimal) \'. \';display: inline-block;'
      'counter-increment: item;flex-grow: 0;flex-shrink: 0;margin-right: .2em; float: left; }\n</style>\n')
    w('<link rel="stylesheet" id="generate-style-css" href="%smain.min.css" media="all">\n' % F)
    w('<style id="generate-style-inline-css">\nbody{background-color:#f5f7f6;color:#1f2a2e;}a{color:#0b7a5c;}'
      'a:hover, a:focus, a:active{color:#07543f;}.grid-container{max-width:1180px;}'
      '.site-header{position:sticky;top:0;z-index:100;background-color:#ffffff;box-shadow:0 2px 8px rgba(0,0,0,.06);}'
      '.main-navigation .main-nav ul li a{padding-left:16px;padding-right:16px;line-height:64px;}'
      'h1.entry-title{font-size:36px;line-height:1.25;}h2{font-size:27px;}h3{font-size:21px;}'
      '.pp-key-takeaways{background:#eaf6f1;border-left:5px solid #0b7a5c;padding:18px 22px;margin-bottom:28px;}'
      '.pp-key-takeaways__title{font-size:19px;margin-bottom:8px;}'
      '.pp-formula-box{background:#fff8e6;border:1px dashed #d9a400;border-radius:6px;padding:16px 20px;margin:24px 0;}'
      '.pp-formula-box__label{text-transform:uppercase;letter-spacing:.06em;font-size:13px;color:#8a6a00;margin:0 0 6px;}'
      '.pp-formula{font-family:"Cambria Math",Georgia,serif;font-size:19px;}'
      '.pp-related-rail .pp-related-list{list-style:none;margin:0;}.pp-related-rail li{display:flex;gap:10px;'
      'margin-bottom:14px;}.pp-author-box{display:flex;gap:16px;background:#fff;border:1px solid #e3e8e6;'
      'padding:20px;margin-top:36px;}\n</style>\n')
    w('<link rel="stylesheet" id="kadence-blocks-accordion-css" href="%sstyle-blocks-accordion.min.css" media="all">\n' % F)
    w('<link rel="stylesheet" id="cookie-law-info-css" href="%scookie-law-info-public.css" media="all">\n' % F)
    w('<script src="%sjquery.min.js" id="jquery-core-js"></script>\n' % F)
    w('<script src="%sjquery-migrate.min.js" id="jquery-migrate-js"></script>\n' % F)
    w('<link rel="https://api.w.org/" href="%s/wp-json/"><link rel="alternate" title="JSON" type="application/json" '
      'href="%s/wp-json/wp/v2/posts/%d"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd">\n'
      % (SITE, SITE, POST_ID, SITE))
    w('<meta name="generator" content="WordPress 6.7.1">\n<link rel="shortlink" href="%s/?p=%d">\n' % (SITE, POST_ID))
    w('<!-- Google tag (gtag.js) snippet added by Site Kit -->\n<script src="%sjs" id="google_gtagjs-js" async=""></script>\n' % F)
    w('<script id="google_gtagjs-js-after">\nwindow.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}\n'
      'gtag("set","linker",{"domains":["paisapathshala.in"]});\ngtag("js", new Date());\ngtag("set", "developer_id.dZTNiMT", true);\n'
      'gtag("config", "G-7QK2P9XW4M");\n</script>\n<!-- End Google tag (gtag.js) snippet added by Site Kit -->\n')
    w('<link rel="icon" href="%scropped-pp-icon-32x32.png" sizes="32x32">\n<link rel="icon" href="%scropped-pp-icon-192x192.png" '
      'sizes="192x192">\n<link rel="apple-touch-icon" href="%scropped-pp-icon-180x180.png">\n' % (F, F, F))
    w('<meta name="msapplication-TileImage" content="%s/wp-content/uploads/2023/01/cropped-pp-icon-270x270.png">\n' % SITE)
    w('</head>\n\n')
    w('<body class="post-template-default single single-post postid-%d single-format-standard wp-custom-logo '
      'wp-embed-responsive post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar '
      'nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" '
      'itemtype="https://schema.org/Blog" itemscope="">\n' % POST_ID)
    w('\t<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>\t\t'
      '<header class="site-header has-inline-mobile-toggle sticky-enabled" id="masthead" aria-label="Site" '
      'itemtype="https://schema.org/WPHeader" itemscope="">\n\t\t\t<div class="inside-header grid-container">\n')
    w('\t\t\t\t<div class="site-logo">\n\t\t\t\t\t<a href="%s/" rel="home">\n\t\t\t\t\t\t<img class="header-image '
      'is-logo-image" alt="Paisa Pathshala" src="%spaisa-pathshala-logo.png" width="190" height="44">\n\t\t\t\t\t</a>\n'
      '\t\t\t\t</div>\t<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" '
      'aria-label="Mobile Toggle">\n\t\t\t\t<button data-nav="site-navigation" class="menu-toggle" '
      'aria-controls="primary-menu" aria-expanded="false">\n\t\t\t<span class="gp-icon icon-menu-bars">%s</span>'
      '<span class="screen-reader-text">Menu</span>\t\t</button>\n\t\t\t</nav>\n' % (SITE, F, SVG_MENU))
    nav = [("Personal Finance", "personal-finance", ""), ("Economy Basics", "economy-basics", " current-post-ancestor current-menu-parent"),
           ("Investing", "investing", ""), ("Tax", "tax", ""), ("Calculators", "calculators", "")]
    w('\t\t<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" '
      'itemtype="https://schema.org/SiteNavigationElement" itemscope="">\n\t\t\t<div class="inside-navigation grid-container">\n'
      '\t\t\t\t<div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class=" menu sf-menu">')
    for i, (n, s, extra) in enumerate(nav):
        w('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d">'
          '<a href="%s/category/%s/">%s</a></li>' % (31 + i, extra, 31 + i, SITE, s, n))
    w('</ul></div>\t\t\t</div>\n\t\t</nav>\n\t\t\t\t\t</div>\n\t\t</header>\n\t\t\n')
    w('\t<div class="site grid-container container hfeed" id="page">\n\t\t\t\t<div class="site-content" id="content">\n'
      '\t\t\t\n\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n\t\t\t\n')
    w('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry '
      'category-economy-basics tag-cpi tag-inflation tag-mpc tag-rbi tag-wpi" itemtype="https://schema.org/CreativeWork" '
      'itemscope="">\n\t<div class="inside-article">\n' % (POST_ID, POST_ID))
    w('\t\t<p id="breadcrumbs"><span><span><a href="%s/">Home</a></span> » <span><a href="%s/category/economy-basics/">%s</a>'
      '</span> » <span class="breadcrumb_last" aria-current="page">%s</span></span></p>\n' % (SITE, SITE, meta["category"], esc(title)))
    w('\t\t<div class="featured-image  page-header-image-single ">\n\t\t\t\t<img width="1200" height="675" '
      'src="%sinflation-india-cpi-wpi.jpg" class="attachment-full size-full" alt="Vegetable vendor at a market in Pune" '
      'itemprop="image" decoding="async" fetchpriority="high" sizes="(max-width: 1200px) 100vw, 1200px">\n\t\t\t</div>\t\t\t'
      '<header class="entry-header">\n\t\t\t\t<h1 class="entry-title" itemprop="headline">%s</h1>\t\t<div class="entry-meta">\n'
      % (F, esc(title)))
    w('\t\t\t<span class="posted-on"><time class="updated" datetime="%s" itemprop="dateModified">Updated on %s</time>'
      '<time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time></span> <span class="byline">by '
      '<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope=""><a class="url fn n" '
      'href="%s/author/rohan/" title="View all posts by %s" rel="author" itemprop="url"><span class="author-name" '
      'itemprop="name">%s</span></a></span></span> <span class="pp-reviewed">Reviewed by <a href="%s/about/#team">%s</a>'
      '</span> <span class="pp-reading-time">%s</span>\t\t</div>\n\t\t\t\t\t</header>\n'
      % (upd, human(upd), pub, human(pub), SITE, meta["author"], meta["author"], SITE, esc(meta["reviewer"]), meta["read"]))
    w('\t\t\t\n\t\t<div class="entry-content" itemprop="text">\n')

    def toc():
        t = ['<div id="ez-toc-container" class="ez-toc-v2_0_71 counter-hierarchy ez-toc-counter ez-toc-light-blue '
             'ez-toc-container-direction">\n<div class="ez-toc-title-container">\n<p class="ez-toc-title" style="cursor:inherit">'
             'Table of Contents</p>\n<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn '
             'ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">'
             '<span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span">'
             '%s</span></span></span></a></span></div>\n<nav><ul class="ez-toc-list ez-toc-list-level-1 ">' % SVG_TOC]
        n = 0
        open_sub = False
        for k, v in headings:
            n += 1
            a = ('<a class="ez-toc-link ez-toc-heading-%d" href="#%s" title="%s">%s</a>'
                 % (n, toc_id(v), attr(v), esc(v)))
            if k == "h2":
                if open_sub:
                    t.append("</li></ul>")
                    open_sub = False
                if n > 1:
                    t.append("</li>")
                t.append('<li class="ez-toc-page-1 ez-toc-heading-level-2">%s' % a)
            else:
                if not open_sub:
                    t.append('<ul class="ez-toc-list-level-3">')
                    open_sub = True
                else:
                    t.append("</li>")
                t.append('<li class="ez-toc-heading-level-3">%s' % a)
        if open_sub:
            t.append("</li></ul>")
        t.append("</li></ul></nav></div>\n")
        return "".join(t)

    first_heading_done = False
    for k, v in blocks:
        if k == "takeaways":
            w('<div class="wp-block-group pp-key-takeaways is-layout-flow wp-block-group-is-layout-flow" role="note">\n'
              '<p class="pp-key-takeaways__title"><strong>Key Takeaways</strong></p>\n\n\n\n<ul class="wp-block-list">\n')
            for item in v:
                w("<li>%s</li>\n\n\n\n" % inline(item[2:]))
            o[-1] = o[-1][:-3]
            w("</ul>\n</div>\n\n\n\n")
        elif k == "p":
            w("<p>%s</p>\n\n\n\n" % inline(v))
        elif k in ("h2", "h3"):
            if not first_heading_done:
                w(toc())
                first_heading_done = True
            w('<%s class="wp-block-heading"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end">'
              '</span></%s>\n\n\n\n' % (k, toc_id(v), esc(v), k))
        elif k == "ul":
            w('<ul class="wp-block-list">\n%s</ul>\n\n\n\n' % "".join("<li>%s</li>\n" % inline(x) for x in v))
        elif k == "table":
            head, body = v[0], v[1:]
            w('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>%s</tr></thead>'
              '<tbody>%s</tbody></table><figcaption class="wp-element-caption">Source: MoSPI, DPIIT</figcaption></figure>\n\n\n\n'
              % ("".join("<th>%s</th>" % esc(c) for c in head),
                 "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in body)))
        elif k == "formula":
            label, formula, notes = v[0], [x[2:] for x in v if x.startswith("= ")], [x for x in v[1:] if not x.startswith("= ")]
            w('<div class="wp-block-group pp-formula-box is-layout-flow wp-block-group-is-layout-flow">\n'
              '<p class="pp-formula-box__label">%s</p>\n\n\n\n' % esc(label))
            for f in formula:
                lhs, rhs = f.split(" = ", 1)
                w('<p class="pp-formula"><strong>%s</strong> = %s</p>\n\n\n\n' % (esc(lhs), esc(rhs)))
            for n_ in notes:
                w('<p class="pp-formula-box__note has-small-font-size"><em>%s</em></p>\n' % esc(n_))
            w("</div>\n\n\n\n")
        elif k == "faq":
            w('<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap kt-accordion-id%d_5e0c7a-9b '
              'kt-accordion-has-%d-panes kt-active-pane-0 kt-accordion-block kt-pane-header-alignment-left '
              'kt-accodion-icon-style-arrow kt-accodion-icon-side-right" style="max-width:none"><div '
              'class="kt-accordion-inner-wrap" data-allow-multiple-open="false" data-start-open="none">\n' % (POST_ID, len(qa)))
            for i, (q, a) in enumerate(qa, 1):
                w('<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-%d kt-pane%d_3c1f8d-%d">'
                  '<h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" '
                  'type="button" id="kt-accordion-header-%d-%d" aria-controls="kt-accordion-panel-%d-%d" aria-expanded="false">'
                  '<span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title">%s</span></span>'
                  '<span class="kt-blocks-accordion-icon-trigger"></span></button></h3><div class="kt-accordion-panel '
                  'kt-accordion-panel-hidden" id="kt-accordion-panel-%d-%d" role="region" aria-labelledby="kt-accordion-header-%d-%d">'
                  '<div class="kt-accordion-panel-inner">\n<p>%s</p>\n</div></div></div>\n'
                  % (i, POST_ID, 40 + i, POST_ID, i, POST_ID, i, esc(q), POST_ID, i, POST_ID, i, esc(a)))
            w("</div></div></div>\n\n\n\n")
            faqld = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
                {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in qa]}
            w('<script type="application/ld+json">\n%s\n</script>\n\n\n\n' % json.dumps(faqld, ensure_ascii=False, indent=2))
    w('<p class="has-small-font-size"><em>Disclaimer: For learning only, not investment '
      'advice. Data as of 14 November 2025.</em></p>\n\n\n\n')
    w('<div class="wp-block-group pp-author-box is-layout-flow wp-block-group-is-layout-flow"><img src="%srohan-deshmukh-96x96.jpg" '
      'alt="" width="96" height="96" loading="lazy"><div>\n<p class="pp-author-box__name"><strong>About %s</strong></p>\n\n\n\n'
      '<p>Rohan writes about personal finance and the Indian economy for first-time earners.</p>\n</div></div>\n' % (F, meta["author"]))
    w("\t\t</div>\n\n\t\t\t\t<footer class=\"entry-meta\" aria-label=\"Entry meta\">\n\t\t\t<span class=\"cat-links\">"
      "<span class=\"screen-reader-text\">Categories </span><a href=\"%s/category/economy-basics/\" rel=\"category tag\">"
      "Economy Basics</a></span> <span class=\"tags-links\"><span class=\"screen-reader-text\">Tags </span>" % SITE)
    w(", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (SITE, t.lower(), t) for t in ("CPI", "inflation", "MPC", "RBI", "WPI")))
    w('</span> \t\t<nav id="nav-below" class="post-navigation" aria-label="Posts">\n\t\t\t<div class="nav-previous">'
      '<span class="gp-icon icon-arrow-left"></span><span class="prev"><a href="%s/nominal-vs-real-gdp/" rel="prev">'
      'Nominal vs Real GDP, Simply Explained</a></span></div><div class="nav-next"><span class="gp-icon icon-arrow-right">'
      '</span><span class="next"><a href="%s/what-is-a-recession/" rel="next">What Is a Recession? Signs and Indian '
      'Examples</a></span></div>\t\t</nav>\n\t\t\t\t</footer>\n\t\t\t</div>\n</article>\n\n' % (SITE, SITE))
    w('\t\t\t<div class="comments-area">\n\t\t\t\t<div id="comments">\n\n\t\t<div id="respond" class="comment-respond">\n'
      '\t\t<h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow" '
      'id="cancel-comment-reply-link" href="%s#respond" style="display:none;">Cancel reply</a></small></h3>'
      '<form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate="">'
      '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea '
      'id="comment" name="comment" cols="45" rows="8" required=""></textarea></p><label for="author" '
      'class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" '
      'size="30" required="">\n<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" '
      'id="email" name="email" type="email" value="" size="30" required="">\n<p class="comment-form-cookies-consent">'
      '<input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label '
      'for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.'
      '</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
      'value="Post Comment"> <input type="hidden" name="comment_post_ID" value="%d" id="comment_post_ID">\n'
      '<input type="hidden" name="comment_parent" id="comment_parent" value="0">\n</p></form>\t</div><!-- #respond -->\n'
      '\t\n\t</div><!-- #comments -->\n\t\t\t</div>\n\n\t\t\t\t\t</main>\n\t</div>\n\n' % (URL, SITE, POST_ID))
    w('\t<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">\n\t<div class="inside-right-sidebar">\n'
      '\t\t<aside id="block-7" class="widget inner-padding widget_block"><div class="wp-block-group pp-related-rail '
      'is-layout-flow wp-block-group-is-layout-flow">\n<h2 class="wp-block-heading widget-title">Related articles</h2>\n'
      '<ul class="pp-related-list">')
    for i, (t, s) in enumerate(related):
        w('<li><a href="%s/%s/"><img src="%s%s-150x150.jpg" alt="" width="64" height="64" loading="lazy"></a><div>'
          '<a class="pp-related-title" href="%s/%s/">%s</a><span class="pp-related-meta">%s</span></div></li>'
          % (SITE, s, F, s, SITE, s, esc(t), ["6 min read", "9 min read", "5 min read", "7 min read", "8 min read"][i]))
    w('</ul>\n</div></aside><aside id="block-9" class="widget inner-padding widget_block"><div class="pp-newsletter">\n'
      '<p class="pp-newsletter__title"><strong>One money lesson every Sunday</strong></p>\n<p>Join 18,000+ readers. '
      'No spam, unsubscribe anytime.</p>\n<form class="pp-newsletter__form" action="https://paisapathshala.in/subscribe/" '
      'method="post"><input type="email" name="email" placeholder="Your email" aria-label="Your email" required="">'
      '<button type="submit">Subscribe</button></form></div></aside>\t</div>\n</div>\n\n\t</div>\n</div>\n\n\n')
    w('<div class="site-footer">\n\t\t\t\t<div id="footer-widgets" class="site footer-widgets">\n\t\t\t\t<div '
      'class="footer-widgets-container grid-container">\n\t\t\t\t\t<div class="inside-footer-widgets">\n'
      '\t\t\t\t\t\t\t<div class="footer-widget-1">\n\t\t<aside id="block-3" class="widget inner-padding widget_block">'
      '<p><strong>Paisa Pathshala</strong> explains money, markets and the economy in plain language for Indian '
      'students and first-time earners.</p></aside>\t</div>\n\t\t<div class="footer-widget-2">\n\t\t<aside id="block-4" '
      'class="widget inner-padding widget_block"><h2 class="wp-block-heading widget-title">Learn</h2><ul class="wp-block-list">'
      '<li><a href="%s/category/personal-finance/">Personal Finance</a></li><li><a href="%s/category/economy-basics/">'
      'Economy Basics</a></li><li><a href="%s/glossary/">Glossary</a></li></ul></aside>\t</div>\n\t\t<div '
      'class="footer-widget-3">\n\t\t<aside id="block-5" class="widget inner-padding widget_block"><h2 '
      'class="wp-block-heading widget-title">Company</h2><ul class="wp-block-list"><li><a href="%s/about/">About us</a>'
      '</li><li><a href="%s/contact/">Contact</a></li><li><a href="%s/privacy-policy/">Privacy Policy</a></li><li>'
      '<a href="%s/disclaimer/">Disclaimer</a></li></ul></aside>\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n'
      '\t\t\t\t\t<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope="">\n'
      '\t\t\t<div class="inside-site-info grid-container">\n\t\t\t\t\t\t\t\t<div class="copyright-bar">\n\t\t\t\t\t'
      '© 2025 Paisa Pathshala · Made with chai in Pune\t\t\t\t</div>\n\t\t\t</div>\n\t\t</footer>\n\t\t</div>\n\n'
      % ((SITE,) * 7))
    w('<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="#" class="generate-back-to-top" '
      'data-scroll-speed="400" data-start-scroll="300" role="button">\n\t\t\t\t\t<span class="gp-icon icon-arrow-up">%s</span>'
      '\t\t\t\t</a><div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2" style="background-color: '
      'rgb(255, 255, 255); color: rgb(51, 51, 51); font-family: inherit; bottom: 0px; position: fixed; display: block;">'
      '<span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">This website uses cookies to improve '
      'your experience.'
      '</div><div class="cli-bar-btn_container"><a role="button" class="cli_settings_button" style="margin: 0px 10px 0px 5px; '
      'color: rgb(51, 51, 51);">Cookie Settings</a><a role="button" data-cli_action="accept" id="cookie_action_close_header" '
      'class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button '
      'wt-cli-accept-btn">Accept</a></div></div></span></div>\n' % SVG_UP)
    w('<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){'
      'var e=document.body;e.addEventListener("mousedown",function(){e.classList.add("using-mouse")}),'
      'e.addEventListener("keydown",function(){e.classList.remove("using-mouse")})}}();</script>\n')
    w('<script id="generate-menu-js-extra">\nvar generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":'
      '"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"};\n</script>\n')
    w('<script src="%smenu.min.js" id="generate-menu-js"></script>\n' % F)
    w('<script src="%sback-to-top.min.js" id="generate-back-to-top-js"></script>\n' % F)
    w('<script id="ez-toc-scroll-scriptjs-js-extra">\nvar eztoc_smooth_local = {"scroll_offset":"80","add_request_uri":"",'
      '"add_self_reference_link":""};\n</script>\n<script src="%ssmooth_scroll.min.js" id="ez-toc-scroll-scriptjs-js"></script>\n' % F)
    w('<script src="%skt-accordion.min.js" id="kadence-blocks-accordion-js"></script>\n' % F)
    w('<script src="%scookie-law-info-public.js" id="cookie-law-info-js"></script>\n\n\n</body></html>' % F)
    return "".join(o)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
