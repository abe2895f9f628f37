#!/usr/bin/python3
"""Re-make docs/waqf-act-supreme-court-explained.html from tools/waqf-act-supreme-court-explained.txt.

The page is an 'Explained' article on a WordPress news site (GeneratePress theme, Yoast SEO,
Sassy Social Share, MC4WP, Site Kit, AdSense) as Chrome's "Save as... Webpage, Complete" writes
it: the "saved from url" comment after the doctype, the Content-Type meta Chrome puts first in the
head, every stylesheet, script and image pointed into the "..._files" folder Chrome makes (named
after the title, ":" and "|" turned into "_"; the set does not hold that folder), the DOM as it
stood after the scripts ran (the AdSense slot marked done and unfilled, emoji settings inline),
characters written out (curly quotes, dashes) rather than as entities, except &nbsp;.
The source is the post as the editor typed it: a header block, then paragraphs, '## ' and '### '
headings, '- ' list items, '> ' a pull quote, an '[also]' related link and a '[chrono]' block.
Usage: make_wordpress.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "waqf-act-supreme-court-explained.txt")
OUT = os.path.join(HERE, "..", "docs", "waqf-act-supreme-court-explained.html")
SITE = "https://samvadtimes.in"
POST_ID = 48213


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def slugify(s):
    s = s.lower().replace("’", "").replace("‘", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def parse():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for l in head.split("\n"):
        k, v = l.split(": ", 1)
        meta[k] = v
    return meta, body.rstrip("\n").split("\n")


def content_html(lines, files):
    out = []
    i = 0
    n_para = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            t = l[3:]
            out.append('<h2 class="wp-block-heading" id="h-%s">%s</h2>' % (slugify(t), esc(t)))
        elif l.startswith("### "):
            t = l[4:]
            out.append('<h3 class="wp-block-heading" id="h-%s">%s</h3>' % (slugify(t), esc(t)))
        elif l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li>%s</li>" % esc(lines[i][2:]))
                i += 1
            out.append('<ul class="wp-block-list">\n' + "\n\n\n\n".join(items) + "\n</ul>")
            continue
        elif l.startswith("> "):
            out.append('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n'
                       '<p>%s</p>\n</blockquote>' % esc(l[2:]))
        elif l.startswith("[also] "):
            t, slug = l[7:].split(" | ")
            out.append('<p class="st-also-read"><strong>Also Read |</strong> <a href="%s/explained/%s/">%s</a></p>'
                       % (SITE, slug, esc(t)))
        elif l == "[chrono]":
            items = []
            i += 1
            while lines[i] != "[/chrono]":
                d, t = lines[i].split(" | ", 1)
                items.append("<li><strong>%s:</strong> %s</li>" % (esc(d), esc(t)))
                i += 1
            out.append('<ul class="wp-block-list st-chronology">\n' + "\n\n\n\n".join(items) + "\n</ul>")
        else:
            n_para += 1
            t = esc(l)
            if n_para == 3:
                t += "&nbsp;"
            out.append("<p>%s</p>" % t)
            if n_para == 5:
                out.append(AD % {"F": files})
        i += 1
    return "\n\n\n\n".join(out)


AD = ('<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n'
      '<p class="st-ad-label">Advertisement</p>\n'
      '<ins class="adsbygoogle" style="display: block; height: 0px;" data-ad-client="ca-pub-3958214077261904" data-ad-slot="7312049865" '
      'data-ad-format="auto" data-full-width-responsive="true" data-adsbygoogle-status="done" data-ad-status="unfilled">'
      '<div id="aswift_1_host" style="border: none; height: 0px; width: 760px; margin: 0px; padding: 0px; position: relative; visibility: visible; background-color: transparent; display: inline-block; overflow: hidden; opacity: 0;">'
      '<iframe id="aswift_1" name="aswift_1" browsingtopics="true" style="left:0;position:absolute;top:0;border:0;width:760px;height:0px;" sandbox="allow-forms allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-top-navigation-by-user-activation" width="760" height="0" frameborder="0" marginwidth="0" marginheight="0" vspace="0" hspace="0" allowtransparency="true" scrolling="no" allow="attribution-reporting; run-ad-auction" src="./%(F)s/ads.html" data-google-container-id="a!2" tabindex="0" title="Advertisement" aria-label="Advertisement" data-load-complete="true"></iframe></div></ins>\n'
      '<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script></div>')

SHARE = [("Whatsapp", "whatsapp", "#55eb4c", "https://api.whatsapp.com/send?text=%(T)s%%20%(U)s"),
         ("Facebook", "facebook", "#0765FE", "https://www.facebook.com/sharer/sharer.php?u=%(U)s"),
         ("X", "x", "#2a2a2a", "https://twitter.com/intent/tweet?text=%(T)s&amp;url=%(U)s"),
         ("Telegram", "telegram", "#3da5f1", "https://telegram.me/share/url?url=%(U)s&amp;text=%(T)s"),
         ("Linkedin", "linkedin", "#0077b5", "https://www.linkedin.com/sharing/share-offsite/?url=%(U)s"),
         ("Copy Link", "Copy_Link", "#ffc112", "https://samvadtimes.in/explained/%(S)s/")]

MENU = [("Home", "/"), ("India", "/india/"), ("World", "/world/"), ("Politics", "/politics/"),
        ("Explained", "/explained/"), ("Business", "/business/"), ("Opinion", "/opinion/"),
        ("UPSC Corner", "/upsc/"), ("Videos", "/videos/")]

RELATED = [("What is ‘waqf by user’, and why the Centre wanted it gone", "what-is-waqf-by-user", "August 10, 2024", "waqf-by-user-dargah-768x432.jpg"),
           ("Inside the stormy sittings of the joint committee on the Waqf Bill", "jpc-waqf-bill-sittings", "January 31, 2025", "jpc-waqf-meeting-768x432.jpg"),
           ("UMEED portal: how mutawallis are to upload details of waqf properties", "umeed-portal-waqf-upload-explained", "June 9, 2025", "umeed-portal-launch-768x432.jpg"),
           ("Article 26 and the freedom of religious denominations, explained", "article-26-religious-denominations", "April 19, 2025", "supreme-court-facade-768x432.jpg")]


def svg_share(cls):
    return ('<svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="-6 -5 40 40">'
            '<path class="heateor_sss_svg_stroke heateor_sss_no_fill" stroke="#fff" stroke-width="2" fill="none" d="M 11.579798566743314 24.396926207859085 A 10 10 0 1 0 6.808479557110079 20.73576436351046"></path></svg>'
            if cls == "whatsapp" else
            '<svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 32 32"><path fill="#fff" d="M17.78 27.5V17.008h3.522l.527-4.09h-4.05v-2.61c0-1.182.33-1.99 2.023-1.99h2.166V4.66c-.375-.05-1.66-.16-3.155-.16-3.123 0-5.26 1.905-5.26 5.405v3.016h-3.53v4.09h3.53V27.5h4.223z"></path></svg>')


def build():
    meta, lines = parse()
    title = meta["title"]
    full_title = "%s | Samvad Times" % title
    files = full_title.replace(":", "_").replace("|", "_") + "_files"
    F = "./" + files
    url = "%s/explained/%s/" % (SITE, meta["slug"])
    enc_url = url.replace(":", "%3A").replace("/", "%2F")
    enc_title = title.replace(" ", "%20").replace(":", "%3A").replace(",", "%2C")
    tags = meta["tags"].split(" | ")
    words = sum(len(l.split()) for l in lines)
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": meta["author"], "@id": SITE + "/#/schema/person/5f0c2e7d1a9b"},
         "headline": title, "datePublished": meta["published"], "dateModified": meta["modified"],
         "mainEntityOfPage": {"@id": url}, "wordCount": words, "commentCount": 0,
         "publisher": {"@id": SITE + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": SITE + "/wp-content/uploads/2025/09/waqf-supreme-court.jpg",
         "keywords": tags, "articleSection": ["Explained"], "inLanguage": "en-US",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": full_title, "isPartOf": {"@id": SITE + "/#website"},
         "datePublished": meta["published"], "dateModified": meta["modified"], "description": meta["excerpt"],
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": "Explained", "item": SITE + "/explained/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "Organization", "@id": SITE + "/#organization", "name": "Samvad Times", "url": SITE + "/",
         "sameAs": ["https://www.facebook.com/samvadtimes", "https://x.com/samvadtimes"]},
        {"@type": "Person", "@id": SITE + "/#/schema/person/5f0c2e7d1a9b", "name": meta["author"],
         "url": SITE + "/author/tanvi-deshmukh/"}]}
    schema_js = json.dumps(schema, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    body = content_html(lines, files)
    share = []
    for label, cls, colour, href in SHARE:
        h = href % {"T": enc_title, "U": enc_url, "S": meta["slug"]}
        share.append('<a aria-label="%s" class="heateor_sss_%s" href="%s" title="%s" rel="noopener" target="_blank" style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle">'
                     '<span class="heateor_sss_svg" style="background-color:%s;width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left;font-size:32px;box-shadow:none;display:inline-block;font-size:16px;padding:0 4px;vertical-align:middle;background-repeat:repeat;overflow:hidden;padding:0;cursor:pointer;box-sizing:content-box">%s</span></a>'
                     % (label, cls, h, label, colour, svg_share(cls)))
    share_html = ('<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="%s">'
                  '<div class="heateor_sss_sharing_title" style="font-weight:bold">Share this:</div>'
                  '<div class="heateor_sss_sharing_ul">%s</div><div class="heateorSssClear"></div></div>' % (url, "".join(share)))
    menu = []
    for k, (label, path) in enumerate(MENU):
        cls = "menu-item menu-item-type-taxonomy menu-item-object-category" if k else "menu-item menu-item-type-custom menu-item-object-custom menu-item-home"
        if label == "Explained":
            cls += " current-post-ancestor current-menu-parent current-post-parent"
        menu.append('<li id="menu-item-%d" class="%s menu-item-%d"><a href="%s%s">%s</a></li>'
                    % (1180 + k * 7, cls, 1180 + k * 7, SITE, path, label))
    related = []
    for t, slug, d, img in related_items():
        related.append('<article class="st-related-item">\n<a href="%s/explained/%s/" class="st-related-thumb"><img width="768" height="432" src="%s/%s" class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy"></a>\n'
                       '<h5 class="st-related-item-title"><a href="%s/explained/%s/">%s</a></h5>\n<span class="st-related-date">%s</span>\n</article>'
                       % (SITE, slug, F, img, SITE, slug, esc(t), d))
    tag_links = ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (SITE, slugify(t), esc(t)) for t in tags)
    tag_classes = " ".join("tag-" + slugify(t) for t in tags)
    pub_h = "September 16, 2025"
    P = {"F": F, "url": url, "len": "%04d" % len(url), "title": esc(full_title), "h1": esc(title),
         "desc": attr(meta["excerpt"]), "excerpt": esc(meta["excerpt"]), "schema": schema_js,
         "pub": meta["published"], "mod": meta["modified"], "pub_h": pub_h, "author": esc(meta["author"]),
         "menu": "".join(menu), "share": share_html, "body": body, "related": "\n".join(related),
         "tags": tag_links, "tagcls": tag_classes, "id": POST_ID, "site": SITE, "slug": meta["slug"],
         "ogtitle": attr(title), "words": words}
    return (PAGE % P).encode("utf-8")


def related_items():
    return RELATED


PAGE = '''<!DOCTYPE html>
<!-- saved from url=(%(len)s)%(url)s -->
<html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
\t
\t<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Search Engine Optimization by Yoast SEO v25.8 - https://yoast.com/wordpress/plugins/seo/ -->
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<link rel="canonical" href="%(url)s">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="%(ogtitle)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:url" content="%(url)s">
<meta property="og:site_name" content="Samvad Times">
<meta property="article:publisher" content="https://www.facebook.com/samvadtimes">
<meta property="article:published_time" content="%(pub)s">
<meta property="article:modified_time" content="%(mod)s">
<meta property="og:image" content="%(site)s/wp-content/uploads/2025/09/waqf-supreme-court.jpg">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="675">
<meta property="og:image:type" content="image/jpeg">
<meta name="author" content="%(author)s">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:creator" content="@samvadtimes">
<meta name="twitter:site" content="@samvadtimes">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="%(author)s">
<meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="7 minutes">
<script type="application/ld+json" class="yoast-schema-graph">%(schema)s</script>
<!-- / Yoast SEO plugin. -->


<link rel="dns-prefetch" href="https://www.googletagmanager.com/">
<link rel="dns-prefetch" href="https://pagead2.googlesyndication.com/">
<link rel="alternate" type="application/rss+xml" title="Samvad Times » Feed" href="%(site)s/feed/">
<link rel="alternate" type="application/rss+xml" title="Samvad Times » Comments Feed" href="%(site)s/comments/feed/">
<link rel="alternate" type="application/rss+xml" title="Samvad Times » %(ogtitle)s Comments Feed" href="%(url)sfeed/">
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/samvadtimes.in\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.8.2"}};
/*! This file is auto-generated */
!function(s,n){var o,i,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),a=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===a[t]})}(e=s._wpemojiSettings,n.readyCallback=function(){n.DOMReady=!0},e.readyCallback&&e.readyCallback())}((window,document));
</script>
<style id="wp-emoji-styles-inline-css">

\timg.wp-smiley, img.emoji {
\t\tdisplay: inline !important;
\t\tborder: none !important;
\t\tbox-shadow: none !important;
\t\theight: 1em !important;
\t\twidth: 1em !important;
\t\tmargin: 0 0.07em !important;
\t\tvertical-align: -0.1em !important;
\t\tbackground: none !important;
\t\tpadding: 0 !important;
\t}
</style>
<link rel="stylesheet" id="wp-block-library-css" href="%(F)s/style.min.css" media="all">
<style id="classic-theme-styles-inline-css">
/*! This file is auto-generated */
.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}.wp-block-file__button{background:#32373c;color:#fff;text-decoration:none}
</style>
<style id="global-styles-inline-css">
:root{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--16-9: 16/9;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--color--contrast: var(--contrast);--wp--preset--color--accent: var(--accent);--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;}:where(.is-layout-flex){gap: 0.5em;}:where(.is-layout-grid){gap: 0.5em;}body .is-layout-flex{display: flex;}
</style>
<link rel="stylesheet" id="heateor_sss_frontend_css-css" href="%(F)s/sassy-social-share-public.css" media="all">
<style id="heateor_sss_frontend_css-inline-css">
.heateor_sss_button_instagram span.heateor_sss_svg,a.heateor_sss_instagram span.heateor_sss_svg{background:radial-gradient(circle at 30%% 107%%,#fdf497 0,#fdf497 5%%,#fd5949 45%%,#d6249f 60%%,#285aeb 90%%)}div.heateor_sss_horizontal_sharing a.heateor_sss_button_instagram span{background:#000!important;}div.heateor_sss_standard_follow_icons_container a.heateor_sss_button_instagram span{background:#000}
</style>
<link rel="stylesheet" id="generate-style-css" href="%(F)s/main.min.css" media="all">
<style id="generate-style-inline-css">
body{background-color:#f4f4f4;color:#1b1b1b;}a{color:#b3121b;}a:hover, a:focus, a:active{color:#000000;}.grid-container{max-width:1180px;}.site-header{background-color:#ffffff;}.main-navigation,.main-navigation ul ul{background-color:#b3121b;}.main-navigation .main-nav ul li a{color:#ffffff;padding-left:16px;padding-right:16px;line-height:48px;}.top-bar{background-color:#111111;color:#ffffff;font-size:12px;}h1.entry-title{font-size:34px;font-weight:700;line-height:1.25;}h2{font-size:25px;}h3{font-size:20px;}.st-excerpt{font-size:19px;color:#444;}.st-also-read{border-left:4px solid #b3121b;padding-left:12px;}.st-newsletter{background:#fff6e5;border:1px solid #f0c36d;padding:20px;margin:30px 0;}.st-ad-label{font-size:10px;color:#999;text-transform:uppercase;margin-bottom:4px;}
</style>
<link rel="stylesheet" id="mc4wp-form-basic-css" href="%(F)s/basic.css" media="all">
<link rel="stylesheet" id="samvad-child-css" href="%(F)s/style.css" media="all">
<script src="%(F)s/jquery.min.js" id="jquery-core-js"></script>
<script src="%(F)s/jquery-migrate.min.js" id="jquery-migrate-js"></script>

<!-- Google tag (gtag.js) snippet added by Site Kit -->
<!-- Google Analytics snippet added by Site Kit -->
<script src="%(F)s/js" id="google_gtagjs-js" async=""></script>
<script id="google_gtagjs-js-after">
window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}
gtag("set","linker",{"domains":["samvadtimes.in"]});
gtag("js", new Date());
gtag("set", "developer_id.dZTNiMT", true);
gtag("config", "G-7QK2M4XW1P");
</script>
<link rel="https://api.w.org/" href="%(site)s/wp-json/"><link rel="alternate" title="JSON" type="application/json" href="%(site)s/wp-json/wp/v2/posts/%(id)s"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%(site)s/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.8.2">
<link rel="shortlink" href="%(site)s/?p=%(id)s">
<meta name="generator" content="Site Kit by Google 1.160.0">
<!-- Google AdSense meta tags added by Site Kit -->
<meta name="google-adsense-platform-account" content="ca-host-pub-2644536267352236">
<meta name="google-adsense-platform-domain" content="sitekit.withgoogle.com">
<!-- End Google AdSense meta tags added by Site Kit -->
<script async="" src="%(F)s/adsbygoogle.js" crossorigin="anonymous"></script>
<link rel="icon" href="%(F)s/cropped-st-favicon-32x32.png" sizes="32x32">
<link rel="icon" href="%(F)s/cropped-st-favicon-192x192.png" sizes="192x192">
<link rel="apple-touch-icon" href="%(F)s/cropped-st-favicon-180x180.png">
<meta name="msapplication-TileImage" content="%(site)s/wp-content/uploads/2023/04/cropped-st-favicon-270x270.png">
</head>

<body class="wp-singular post-template-default single single-post postid-%(id)s single-format-standard wp-custom-logo wp-embed-responsive wp-theme-generatepress wp-child-theme-samvad-child post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope="">
\t<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>\t\t<div class="top-bar top-bar-align-right">
\t\t\t<div class="inside-top-bar grid-container">
\t\t\t\t<aside id="block-12" class="widget inner-padding widget_block"><p class="st-today">Tuesday, September 16, 2025</p></aside>\t\t\t</div>
\t\t</div>
\t\t\t\t<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope="">
\t\t\t<div class="inside-header grid-container">
\t\t\t\t<div class="site-logo">
\t\t\t\t\t<a href="%(site)s/" rel="home">
\t\t\t\t\t\t<img class="header-image is-logo-image" alt="Samvad Times" src="%(F)s/samvad-times-logo.png" width="260" height="60">
\t\t\t\t\t</a>
\t\t\t\t</div>\t<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
\t\t\t\t<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
\t\t\t<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z"></path></svg></span><span class="screen-reader-text">Menu</span>\t\t</button>
\t</nav>
\t\t\t</div>
\t\t</header>
\t\t\t\t<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope="">
\t\t\t<div class="inside-navigation grid-container">
\t\t\t\t<div id="primary-menu" class="main-nav"><ul id="menu-primary" class="menu sf-menu">%(menu)s</ul></div>\t\t\t</div>
\t\t</nav>
\t\t
\t<div class="site grid-container container hfeed" id="page">
\t\t\t\t<div class="site-content" id="content">
\t\t\t
\t<div class="content-area" id="primary">
\t\t<main class="site-main" id="main">
\t\t\t<p id="breadcrumbs"><span><span><a href="%(site)s/">Home</a></span> » <span><a href="%(site)s/explained/">Explained</a></span> » <span class="breadcrumb_last" aria-current="page">%(h1)s</span></span></p>
<article id="post-%(id)s" class="post-%(id)s post type-post status-publish format-standard has-post-thumbnail hentry category-explained %(tagcls)s" itemtype="https://schema.org/CreativeWork" itemscope="">
\t<div class="inside-article">
\t\t\t<div class="featured-image  page-header-image-single ">
\t\t\t\t<img width="1200" height="675" src="%(F)s/waqf-supreme-court.jpg" class="attachment-full size-full wp-post-image" alt="Supreme Court of India" itemprop="image" decoding="async" fetchpriority="high" srcset="%(F)s/waqf-supreme-court.jpg 1200w, %(F)s/waqf-supreme-court-300x169.jpg 300w, %(F)s/waqf-supreme-court-768x432.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px">
\t\t\t</div>\t\t\t<header class="entry-header">
\t\t\t<span class="st-kicker"><a href="%(site)s/explained/">Explained</a></span>
\t\t\t<h1 class="entry-title" itemprop="headline">%(h1)s</h1>
\t\t\t<p class="st-excerpt">%(excerpt)s</p>
\t\t<div class="entry-meta">
\t\t\t<span class="byline">By <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope=""><a class="url fn n" href="%(site)s/author/tanvi-deshmukh/" title="View all posts by %(author)s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%(author)s</span></a></span></span> <span class="posted-on"><time class="updated" datetime="%(mod)s" itemprop="dateModified">Updated: September 16, 2025 7:10 pm IST</time><time class="entry-date published" datetime="%(pub)s" itemprop="datePublished">%(pub_h)s</time></span> <span class="st-reading-time">7 min read</span>\t\t</div>
\t\t\t\t\t</header>
\t\t\t%(share)s
\t\t<div class="entry-content" itemprop="text">
%(body)s
<div class="st-newsletter">
<p class="st-newsletter-title"><strong>Explained, in your inbox</strong></p>
<script>(function() {
\twindow.mc4wp = window.mc4wp || {
\t\tlisteners: [],
\t\tforms: {
\t\t\ton: function(evt, cb) {
\t\t\t\twindow.mc4wp.listeners.push({event: evt, callback: cb});
\t\t\t}
\t\t}
\t}
})();
</script><!-- Mailchimp for WordPress v4.10.6 - https://wordpress.org/plugins/mailchimp-for-wp/ --><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-51" method="post" data-id="51" data-name="Explained newsletter"><div class="mc4wp-form-fields"><p>One big story, unpacked by our editors, every weekday evening. Free, and you can leave any time.</p>
<p>
    <input type="email" name="EMAIL" placeholder="Your email address" required="">
    <input type="submit" value="Sign up">
</p></div><label style="display: none !important;">Leave this field empty if you're human: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off"></label><input type="hidden" name="_mc4wp_timestamp" value="1758029147"><input type="hidden" name="_mc4wp_form_id" value="51"><input type="hidden" name="_mc4wp_form_element_id" value="mc4wp-form-1"><div class="mc4wp-response"></div></form><!-- / Mailchimp for WordPress Plugin -->
</div>
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing st-share-bottom" data-heateor-sss-href="%(url)s"><div class="heateor_sss_sharing_title" style="font-weight:bold">Share this:</div><div class="heateor_sss_sharing_ul"><a aria-label="Whatsapp" class="heateor_sss_whatsapp" href="https://api.whatsapp.com/send?text=%(url)s" title="Whatsapp" rel="noopener" target="_blank"><span class="heateor_sss_svg" style="background-color:#55eb4c;width:35px;height:35px;border-radius:999px;display:inline-block"></span></a><a aria-label="Copy Link" class="heateor_sss_button_copy_link" title="Copy Link" rel="noopener" href="%(url)s"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_copy_link" style="background-color:#ffc112;width:35px;height:35px;border-radius:999px;display:inline-block"></span></a></div><div class="heateorSssClear"></div></div>\t\t</div>

\t\t\t\t<footer class="entry-meta" aria-label="Entry meta">
\t\t\t<span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 25.349l10.797 22.651H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z"></path></svg></span><span class="screen-reader-text">Categories </span><a href="%(site)s/explained/" rel="category tag">Explained</a></span> <span class="tags-links"><span class="gp-icon icon-tags"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20z"></path></svg></span><span class="screen-reader-text">Tags </span>%(tags)s</span> \t\t<nav id="nav-below" class="post-navigation" aria-label="Posts">
\t\t\t<div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512L64.276 256.001l111.317 111.277c1.7 1.7 2.832 4.247 2.832 6.513 0 2.265-1.133 4.813-2.832 6.512L161.43 394.46c-1.7 1.7-4.249 2.832-6.514 2.832-2.266 0-4.816-1.133-6.515-2.832L16.407 262.514c-1.699-1.7-2.832-4.248-2.832-6.513 0-2.265 1.133-4.813 2.832-6.512l131.994-131.947c1.7-1.699 4.249-2.831 6.515-2.831 2.265 0 4.815 1.132 6.514 2.831l14.163 14.157c1.7 1.7 2.832 3.965 2.832 6.513z"></path></svg></span><span class="prev"><a href="%(site)s/explained/gst-two-slab-rates-household-budget/" rel="prev">Explained: What the two-slab GST means for your monthly bills</a></span></div><div class="nav-next"><span class="gp-icon icon-arrow-right"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M178.425 256.001c0 2.266-1.133 4.815-2.832 6.515L43.599 394.509c-1.7 1.7-4.248 2.833-6.514 2.833s-4.816-1.133-6.515-2.833l-14.163-14.162c-1.699-1.7-2.832-3.966-2.832-6.515 0-2.266 1.133-4.815 2.832-6.515l111.317-111.316L16.407 144.685c-1.699-1.7-2.832-4.249-2.832-6.515s1.133-4.815 2.832-6.515l14.163-14.162c1.7-1.7 4.249-2.833 6.515-2.833s4.815 1.133 6.514 2.833l131.994 131.993c1.7 1.7 2.832 4.249 2.832 6.515z"></path></svg></span><span class="next"><a href="%(site)s/explained/nepal-gen-z-protests-explained/" rel="next">Explained: How Nepal’s Gen Z protests brought down a government</a></span></div>\t\t</nav>
\t\t\t\t</footer>
\t\t\t\t<div class="st-author-box">
<img alt="" src="%(F)s/tanvi-deshmukh-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96" loading="lazy" decoding="async">
<div class="st-author-bio"><p class="st-author-name"><a href="%(site)s/author/tanvi-deshmukh/">%(author)s</a></p>
<p>Tanvi Deshmukh is a senior correspondent who covers the courts, Parliament and governance for Samvad Times.</p></div>
</div>
\t\t\t</div>
</article>

<div class="st-related-posts">
<h4 class="st-related-heading">Related Stories</h4>
<div class="st-related-grid">
%(related)s
</div>
</div>

\t\t\t<div class="comments-area">
\t\t\t\t<div id="comments">

\t<div id="respond" class="comment-respond">
\t\t<h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="%(url)s#respond" style="display:none;">Cancel reply</a></small></h3><form action="%(site)s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required=""></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required="">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required="">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="%(id)s" id="comment_post_ID">
<input type="hidden" name="comment_parent" id="comment_parent" value="0">
</p></form>\t</div><!-- #respond -->
\t
\t\t\t</div><!-- #comments -->
\t\t\t</div>

\t\t\t\t\t</main>
\t</div>

\t
\t</div>
</div>


<div class="site-footer">
\t\t\t<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope="">
\t\t\t<div class="inside-site-info grid-container">
\t\t\t\t\t\t\t\t<div class="copyright-bar">
\t\t\t\t\t<span class="copyright">© 2025 Samvad Times</span> · <a href="%(site)s/about-us/">About Us</a> · <a href="%(site)s/contact/">Contact</a> · <a href="%(site)s/privacy-policy/">Privacy Policy</a> · <a href="%(site)s/corrections/">Corrections</a>\t\t\t\t</div>
\t\t\t</div>
\t\t</footer>
\t\t</div>

<a title="Scroll back to top" aria-label="Scroll back to top" rel="nofollow" href="%(url)s#" class="generate-back-to-top" data-scroll-speed="400" data-start-scroll="300" role="button">
\t\t\t\t\t<span class="gp-icon icon-arrow-up"><svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M305.863 314.916c0 2.266-1.133 4.815-2.832 6.514l-14.157 14.163c-1.699 1.7-3.964 2.832-6.513 2.832-2.265 0-4.813-1.133-6.512-2.832L164.572 224.276 53.295 335.593c-1.699 1.7-4.247 2.832-6.512 2.832-2.265 0-4.814-1.133-6.513-2.832L26.113 321.43c-1.699-1.7-2.831-4.248-2.831-6.514s1.132-4.816 2.831-6.515L158.06 176.408c1.699-1.7 4.247-2.833 6.512-2.833 2.265 0 4.814 1.133 6.513 2.833L303.03 308.4c1.7 1.7 2.832 4.249 2.832 6.515z" fill-rule="nonzero"></path></svg></span>
\t\t\t\t</a><script type="speculationrules">
{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"},{"not":{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/wp-content\\/*","\\/wp-content\\/plugins\\/*","\\/wp-content\\/themes\\/generatepress\\/*","\\/*\\\\?(.+)"]}},{"not":{"selector_matches":"a[rel~=\\"nofollow\\"]"}},{"not":{"selector_matches":".no-prefetch, .no-prefetch a"}}]},"eagerness":"conservative"}]}
</script>
<script id="generate-a11y">
!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;e.addEventListener("pointerdown",(function(){e.classList.add("using-mouse")}),{passive:!0}),e.addEventListener("keydown",(function(){e.classList.remove("using-mouse")}),{passive:!0})}}();
</script>
<script id="heateor_sss_sharing_js-js-before">
function heateorSssLoadEvent(e) {var t=window.onload;if (typeof window.onload!="function") {window.onload=e}else{window.onload=function() {t();e()}}};\tvar heateorSssSharingAjaxUrl = 'https://samvadtimes.in/wp-admin/admin-ajax.php', heateorSssCloseIconPath = 'https://samvadtimes.in/wp-content/plugins/sassy-social-share/public/../images/close.png', heateorSssPluginIconPath = 'https://samvadtimes.in/wp-content/plugins/sassy-social-share/public/../images/logo.png', heateorSssHorizontalSharingCountEnable = 0, heateorSssVerticalSharingCountEnable = 0, heateorSssSharingOffset = -10; var heateorSssMobileStickySharingEnabled = 0;var heateorSssCopyLinkMessage = "Link copied.";var heateorSssUrlCountFetched = [], heateorSssSharesText = 'Shares', heateorSssShareText = 'Share';function heateorSssPopup(e) {window.open(e,"popUpWindow","height=400,width=600,left=400,top=100,resizable,scrollbars,toolbar=0,personalbar=0,menubar=no,location=no,directories=no,status")}
</script>
<script src="%(F)s/sassy-social-share-public.js" id="heateor_sss_sharing_js-js"></script>
<script id="generate-menu-js-before">
var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"};
</script>
<script src="%(F)s/menu.min.js" id="generate-menu-js"></script>
<script id="generate-back-to-top-js-before">
var generatepressBackToTop = {"smooth":true};
</script>
<script src="%(F)s/back-to-top.min.js" id="generate-back-to-top-js"></script>
<script src="%(F)s/comment-reply.min.js" id="comment-reply-js" async="" data-wp-strategy="async"></script>
<script defer="" src="%(F)s/forms.js" id="mc4wp-forms-api-js"></script>


</body></html>'''


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build())
