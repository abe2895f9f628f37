#!/usr/bin/python3
"""Make docs/advocate-general-explained.html from tools/advocate-general-explained.txt.

The page is a newspaper's "Explained" article saved with the browser's "Save Page As... >
Webpage, Complete": the "saved from url" comment, the head with meta, Open Graph and Twitter
tags, stylesheet and script links into the "..._files" folder the browser writes beside the
page (not kept in this set), inline scripts (dataLayer, ad slots, JSON-LD NewsArticle and
BreadcrumbList) and an inline style; the masthead with the top bar (date, ePaper, Subscribe,
Sign In), the section menu and a "Trending" strip; the breadcrumb, the section label, the
headline, the standfirst, the byline with the author link and the dateline, share buttons,
the lead picture with its caption, a boxed "THE GIST" list, the body with h2 subheads, inline
"Also Read" boxes and "ADVERTISEMENT" slots, the tags, the related stories, a newsletter box,
the subscribe overlay the site lays over the page after a few paragraphs, and the footer.

Source markup: "@key value" lines for the page fields, "@gist" ... "@endgist" for the gist
list ("- " items), "## " for subheads, "@alsoread title | url", "@tags a | b", "@related
title | url"; every other line is a paragraph. Curly quotes and apostrophes are kept as typed.

Run from anywhere: /usr/bin/python3 tools/make_html.py  (output is byte-for-byte stable)
"""
import json
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "advocate-general-explained.txt")
OUT = os.path.join(HERE, "..", "docs", "advocate-general-explained.html")
FILES = "./Why every new state government gets a new Advocate General _ Explained News - The Civic Times_files"
SITE = "https://www.civictimes.in"
MENU = ["Home", "ePaper", "India", "Cities", "Explained", "Opinion", "Politics", "Business",
        "Entertainment", "Sports", "Education", "UPSC Current Affairs", "Videos"]
TRENDING = ["Budget 2024", "Paris Olympics 2024", "NEET-UG row", "Kanwar Yatra order",
            "UPSC Key"]


def e(s):
    return escape(s, quote=True)


def parse(text):
    meta, body, gist, tags, related = {}, [], [], [], []
    in_gist = False
    for line in text.rstrip("\n").split("\n"):
        if line == "@gist":
            in_gist = True
        elif line == "@endgist":
            in_gist = False
        elif in_gist:
            gist.append(line[2:])
        elif line.startswith("@alsoread "):
            title, url = [x.strip() for x in line[10:].split("|")]
            body.append(("also", title, url))
        elif line.startswith("@tags "):
            tags = [x.strip() for x in line[6:].split("|")]
        elif line.startswith("@related "):
            title, url = [x.strip() for x in line[9:].split("|")]
            related.append((title, url))
        elif line.startswith("@figure "):
            src, cap = [x.strip() for x in line[8:].split("|")]
            meta["figure"] = (src, cap)
        elif line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = value
        elif line.startswith("## "):
            body.append(("h2", line[3:]))
        elif line.strip():
            body.append(("p", line))
    return meta, body, gist, tags, related


def head(meta):
    title = "%s | Explained News - The Civic Times" % meta["headline"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
        "headline": meta["headline"],
        "description": meta["standfirst"],
        "datePublished": "2024-07-22T07:40:11+05:30",
        "dateModified": "2024-07-22T07:42:36+05:30",
        "author": {"@type": "Person", "name": meta["author"],
                   "url": SITE + "/profile/author/meera-krishnan/"},
        "publisher": {"@type": "Organization", "name": "The Civic Times",
                      "logo": {"@type": "ImageObject", "url": SITE + "/img/ct-logo-600x60.png"}},
        "articleSection": "Explained Law",
        "keywords": "Advocate General, Article 165, Odisha, Andhra Pradesh, Telangana",
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                    "cssSelector": ".paywall"},
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
        {"@type": "ListItem", "position": 2, "name": "Explained", "item": SITE + "/section/explained/"},
        {"@type": "ListItem", "position": 3, "name": "Explained Law",
         "item": SITE + "/section/explained/explained-law/"}]}
    img = SITE + "/wp-content/uploads/2024/07/" + meta["figure"][0]
    out = [
        "<!DOCTYPE html>",
        "<!-- saved from url=(%04d)%s -->" % (len(meta["url"]), meta["url"]),
        '<html lang="en-IN" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">',
        "<title>%s</title>" % e(title),
        '<meta name="description" content="%s">' % e(meta["standfirst"]),
        '<meta name="news_keywords" content="Advocate General, Article 165, Pitambar Acharya, Odisha AG, Andhra Pradesh, Telangana">',
        '<meta name="robots" content="max-image-preview:large">',
        '<link rel="canonical" href="%s">' % meta["url"],
        '<link rel="amphtml" href="%samp/">' % meta["url"],
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s">' % e(meta["headline"]),
        '<meta property="og:description" content="%s">' % e(meta["standfirst"]),
        '<meta property="og:url" content="%s">' % meta["url"],
        '<meta property="og:image" content="%s">' % img,
        '<meta property="og:site_name" content="The Civic Times">',
        '<meta property="article:section" content="Explained">',
        '<meta property="article:published_time" content="2024-07-22T07:40:11+05:30">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@CivicTimesIN">',
        '<link rel="stylesheet" href="%s/main.min.css" type="text/css" media="all">' % FILES,
        '<link rel="stylesheet" href="%s/explained-article.css" type="text/css" media="all">' % FILES,
        '<link rel="preload" href="%s/Merriweather-Bold.woff2" as="font" type="font/woff2" crossorigin="">' % FILES,
        '<script async="" src="%s/gtm.js"></script><script async="" src="%s/gpt.js"></script>' % (FILES, FILES),
        "<script>window.dataLayer = window.dataLayer || [];dataLayer.push({'pageType':'article','section':'explained','subSection':'explained-law','articleId':'9471382','author':'Meera Krishnan','premium':'yes','wordCount':'1410'});</script>",
        "<script>var googletag = googletag || {};googletag.cmd = googletag.cmd || [];googletag.cmd.push(function(){googletag.defineSlot('/1055314/CT_Desktop/CT_Explained/CT_ROS_ATF_728', [[728,90],[970,90]], 'div-gpt-ad-ATF').addService(googletag.pubads());googletag.defineSlot('/1055314/CT_Desktop/CT_Explained/CT_ROS_MTF_300', [300,250], 'div-gpt-ad-MTF').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>",
        '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False),
        '<script type="application/ld+json">%s</script>' % json.dumps(crumbs),
        "<style>.gist-box{border:2px solid #0b3d91;background:#f3f6fb;padding:14px 18px;margin:18px 0}"
        ".gist-box h4{font:700 15px/1.2 'Merriweather',serif;color:#0b3d91;letter-spacing:.08em;margin:0 0 8px}"
        ".also-read{border-left:4px solid #c8102e;padding:6px 12px;margin:16px 0;font-size:15px}"
        ".also-read span{display:block;font-weight:700;color:#c8102e;text-transform:uppercase;font-size:12px}"
        ".ev-subscribe-modal{position:fixed;bottom:0;left:0;right:0;z-index:999;background:#fff;box-shadow:0 -4px 18px rgba(0,0,0,.25)}"
        ".adsbox{min-height:250px;text-align:center;color:#999;font-size:11px}</style>",
        '<link rel="icon" href="%s/favicon.ico" sizes="32x32">' % FILES,
        "</head>",
    ]
    return out


def masthead():
    out = ['<body class="post-template-default single single-post postid-9471382 explained-law premium">',
           '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7CT9Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
           '<div id="top-bar" class="top-bar"><div class="container">',
           '<span class="today-date">Monday, Jul 22, 2024</span>',
           '<a href="%s/epaper/" class="epaper-link">ePaper</a>' % SITE,
           '<a href="%s/subscribe/?utm_source=topbar" class="btn-subscribe">Subscribe</a>' % SITE,
           '<a href="%s/login/" class="signin">Sign In</a>' % SITE,
           "</div></div>",
           '<header id="masthead" class="site-header"><div class="container">',
           '<button class="hamburger" aria-label="Open menu"><span></span><span></span><span></span></button>',
           '<div class="logo"><a href="%s/" title="The Civic Times"><img src="%s/ct-logo.svg" alt="The Civic Times" width="280" height="36"></a></div>' % (SITE, FILES),
           '<div class="header-search"><form action="%s/" method="get"><input type="text" name="s" placeholder="Search"><button type="submit" aria-label="Search"></button></form></div>' % SITE,
           '</div><nav id="main-menu" class="main-menu" aria-label="Sections"><ul>']
    for m in MENU:
        slug = m.lower().replace(" ", "-")
        cls = ' class="active"' if m == "Explained" else ""
        out.append('<li%s><a href="%s/section/%s/">%s</a></li>' % (cls, SITE, slug, e(m)))
    out.append('</ul></nav><div class="trending-strip"><strong>Trending</strong><ul>')
    for t in TRENDING:
        out.append('<li><a href="%s/about/%s/">%s</a></li>' % (SITE, t.lower().replace(" ", "-"), e(t)))
    out.append("</ul></div></header>")
    out.append('<div class="adsbox ad-atf" id="div-gpt-ad-ATF"><span class="ad-label">ADVERTISEMENT</span>'
               "<script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-ATF');});</script></div>")
    return out


def article(meta, body, gist, tags, related):
    src, cap = meta["figure"]
    out = ['<main id="main" class="site-main"><div class="container"><div class="row"><div class="col-8">',
           '<ol class="breadcrumb"><li><a href="%s/">Home</a></li><li><a href="%s/section/explained/">Explained</a></li>'
           '<li><a href="%s/section/explained/explained-law/">%s</a></li></ol>' % (SITE, SITE, SITE, e(meta["kicker"])),
           '<article id="post-9471382" class="article premium-story">',
           '<div class="section-label"><a href="%s/section/explained/">%s</a></div>' % (SITE, e(meta["section"].upper())),
           '<h1 itemprop="headline" class="native_story_title">%s</h1>' % e(meta["headline"]),
           '<h2 itemprop="description" class="synopsis">%s</h2>' % e(meta["standfirst"]),
           '<div class="editor-details"><div class="byline"><span class="written-by">Written by</span> '
           '<a href="%s/profile/author/meera-krishnan/" rel="author">%s</a>'
           '<button class="follow-author" data-author="meera-krishnan">+ Follow</button></div>' % (SITE, e(meta["author"])),
           '<div class="dateline"><span itemprop="dateModified" content="2024-07-22T07:42:36+05:30">%s</span></div></div>' % e(meta["dateline"]),
           '<div class="share-bar"><a class="share-wa" href="https://api.whatsapp.com/send?text=%s" target="_blank">WhatsApp</a>'
           '<a class="share-fb" href="https://www.facebook.com/sharer.php?u=%s" target="_blank">Facebook</a>'
           '<a class="share-x" href="https://x.com/intent/post?url=%s" target="_blank">X</a>'
           '<button class="copy-link" data-url="%s">Copy link</button>'
           '<a class="follow-google" href="https://news.google.com/publications/CAAqBwgKMNvXlQsw-5qsAw" target="_blank">Follow us on Google News</a></div>'
           % (meta["url"], meta["url"], meta["url"], meta["url"]),
           '<figure class="lead-image"><img src="%s/%s" alt="%s" width="759" height="422" loading="eager">'
           "<figcaption>%s</figcaption></figure>" % (FILES, src, e(cap.split(" (")[0]), e(cap)),
           '<div class="gist-box"><h4>THE GIST</h4><ul>']
    out += ["<li>%s</li>" % e(g) for g in gist]
    out.append("</ul></div>")
    out.append('<div class="story_details paywall" id="pcl-full-content" itemprop="articleBody">')
    n_p = 0
    for item in body:
        if item[0] == "p":
            out.append("<p>%s</p>" % e(item[1]))
            n_p += 1
            if n_p == 4:
                out.append('<div class="adsbox ad-mtf" id="div-gpt-ad-MTF"><span class="ad-label">ADVERTISEMENT</span>'
                           "<script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-MTF');});</script></div>")
            if n_p == 14:
                out.append('<div class="adsbox ad-mtf2" id="div-gpt-ad-MTF2"><span class="ad-label">ADVERTISEMENT</span></div>')
        elif item[0] == "h2":
            out.append("<h2>%s</h2>" % e(item[1]))
        else:
            out.append('<div class="also-read"><span>Also Read</span><a href="%s">%s</a></div>' % (item[2], e(item[1])))
    out.append("</div>")
    out.append('<div class="ev-engagement"><p class="follow-cta">Stay updated with the latest - '
               '<a href="https://whatsapp.com/channel/0029Va8CTexplained">Click here to follow us on WhatsApp</a></p></div>')
    out.append('<div class="storytags"><span>Tags:</span><ul>')
    for t in tags:
        out.append('<li><a href="%s/about/%s/">%s</a></li>' % (SITE, t.lower().replace(" ", "-"), e(t)))
    out.append("</ul></div></article>")
    out.append('<div class="related-stories"><h3 class="related-title">Related Stories</h3><ul>')
    for title, url in related:
        out.append('<li><a href="%s"><img src="%s/related-thumb.jpg" alt="" width="120" height="68" loading="lazy">'
                   "<span>%s</span></a></li>" % (url, FILES, e(title)))
    out.append("</ul></div></div>")
    out.append('<aside class="col-4 sidebar"><div class="adsbox ad-rhs" id="div-gpt-ad-RHS"><span class="ad-label">ADVERTISEMENT</span></div>'
               '<div class="newsletter-box"><h3>UPSC Essentials newsletter</h3><p>Get the week’s explainers, '
               "practice questions and the day’s key terms in your inbox.</p>"
               '<form action="%s/newsletters/" method="post"><input type="email" placeholder="Enter your email">'
               '<button type="submit">Sign up</button></form></div></aside>' % SITE)
    out.append("</div></div></main>")
    return out


def overlay():
    return ['<div id="paywall-overlay" class="ev-subscribe-modal" role="dialog" aria-modal="true">',
            '<button class="close-modal" aria-label="Close">×</button>',
            '<div class="modal-inner"><p class="modal-kicker">This is a premium story</p>',
            "<h3>You have read 3 of your 5 free premium stories this month</h3>",
            "<p>Subscribe for unlimited access to Explained, the UPSC Key and the ePaper.</p>",
            '<ul class="plans"><li><strong>Digital</strong> ₹1,199 / year</li><li><strong>Digital + ePaper</strong> ₹1,999 / year</li></ul>',
            '<a class="btn-subscribe-modal" href="%s/subscribe/?utm_source=paywall&amp;utm_medium=explained">Subscribe Now</a>' % SITE,
            '<p class="already">Already a subscriber? <a href="%s/login/">Sign In</a></p></div></div>' % SITE]


def footer():
    links = ["About Us", "Contact Us", "Careers", "Advertise with Us", "Privacy Policy",
             "Terms of Use", "Grievance Redressal", "Sitemap"]
    out = ['<footer id="colophon" class="site-footer"><div class="container">',
           '<div class="footer-logo"><img src="%s/ct-logo-white.svg" alt="The Civic Times" width="200" height="26"></div>' % FILES,
           '<ul class="footer-links">']
    out += ['<li><a href="%s/%s/">%s</a></li>' % (SITE, l.lower().replace(" ", "-"), e(l)) for l in links]
    out += ["</ul>",
            '<p class="copyright">© 2024 The Civic Times Ltd. All Rights Reserved</p>',
            "</div></footer>",
            '<script src="%s/main.min.js"></script>' % FILES,
            '<script src="%s/paywall.js" defer=""></script>' % FILES,
            '<iframe name="__tcfapiLocator" style="display: none;" src="%s/saved_resource.html"></iframe>' % FILES,
            "</body></html>"]
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        meta, body, gist, tags, related = parse(f.read())
    lines = head(meta) + masthead() + article(meta, body, gist, tags, related) + overlay() + footer()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build()
