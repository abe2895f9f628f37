#!/usr/bin/python3
"""Re-make docs/new-criminal-laws-one-year-lexdiary.html byte for byte from its source text.

The page is shaped as a legal news site's article (LiveLaw style, on a server-rendered news CMS)
saved with Chrome's "Save page as > Webpage, HTML Only": the server's HTML as sent, LF line
endings, a head full of SEO (description, keywords, news_keywords, canonical, amphtml), Open Graph
and Twitter meta tags, article:* tags, two JSON-LD blocks (NewsArticle, BreadcrumbList), Google
Publisher Tag slot definitions and gtag; in the body the top strip, the site header and menu, a
breadcrumb, the headline and summary, the by-line with the time, share links, the lead image, the
story text as the CMS stores it (HTML entities such as &rsquo; and &nbsp; mixed with raw UTF-8),
in-article advertisement slots with an "Advertisement" label, "Also Read" boxes, the tag list, a
newsletter sign-up form, the "Next Story" link, a sidebar with an ad and a "Top Stories" list, the
footer and the deferred scripts.

Source: tools/new-criminal-laws-one-year-lexdiary.txt (@key value lines, then paragraphs as stored
HTML, "## " headings, "@ad N" slots and "@also Title | slug" boxes).
Usage: /usr/bin/python3 tools/make_html.py [output.html]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "new-criminal-laws-one-year-lexdiary.txt")
OUT = os.path.join(ROOT, "docs", "new-criminal-laws-one-year-lexdiary.html")
SITE = "https://www.lexdiary.in"
ADS = {"1": "div-gpt-ad-1719814523561-0", "2": "div-gpt-ad-1719814523561-1"}


def read():
    meta, body = {}, []
    for ln in open(SRC, encoding="utf-8").read().split("\n"):
        if not ln.strip():
            continue
        m = re.match(r"@(\w+) (.*)", ln)
        if m and m.group(1) not in ("ad", "also"):
            meta[m.group(1)] = m.group(2)
        elif m:
            body.append((m.group(1), m.group(2)))
        elif ln.startswith("## "):
            body.append(("h2", ln[3:]))
        else:
            body.append(("p", ln))
    return meta, body


def attr(s):
    return html.escape(s, quote=True)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = read()
    title = meta["title"]
    url = "%s/%s/%s-%s" % (SITE, meta["section_slug"], meta["slug"], meta["id"])
    img = "%s/h-upload/%s" % (SITE, meta["image"])
    tags = meta["tags"].split(" | ")
    desc = meta["summary"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": desc,
        "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 630},
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "author": [{"@type": "Person", "name": meta["author"],
                    "url": "%s/author/%s" % (SITE, meta["author_slug"])}],
        "publisher": {"@type": "Organization", "name": "LexDiary",
                      "logo": {"@type": "ImageObject", "url": SITE + "/images/logo-amp.png",
                               "width": 600, "height": 60}},
        "keywords": ", ".join(tags),
        "articleSection": meta["section"],
        "inLanguage": "en",
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": meta["section"],
             "item": "%s/%s" % (SITE, meta["section_slug"])},
            {"@type": "ListItem", "position": 3, "name": title, "item": url},
        ],
    }
    o = []
    w = o.append
    w('<!DOCTYPE html>')
    w('<html lang="en">')
    w('<head>')
    w('<meta charset="utf-8">')
    w('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">')
    w('<title>%s</title>' % html.escape(title + " | LexDiary"))
    w('<meta name="description" content="%s">' % attr(desc))
    w('<meta name="keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="news_keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="author" content="%s">' % attr(meta["author"]))
    w('<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">')
    w('<link rel="canonical" href="%s">' % url)
    w('<link rel="amphtml" href="%s/amp/%s/%s-%s">' % (SITE, meta["section_slug"], meta["slug"], meta["id"]))
    w('<link rel="icon" type="image/png" href="/images/favicon-32x32.png" sizes="32x32">')
    w('<link rel="apple-touch-icon" href="/images/apple-touch-icon.png">')
    w('<meta property="fb:app_id" content="1782034968754210">')
    w('<meta property="og:site_name" content="LexDiary">')
    w('<meta property="og:locale" content="en_IN">')
    w('<meta property="og:type" content="article">')
    w('<meta property="og:title" content="%s">' % attr(title))
    w('<meta property="og:description" content="%s">' % attr(desc))
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:image" content="%s">' % img)
    w('<meta property="og:image:width" content="1200">')
    w('<meta property="og:image:height" content="630">')
    w('<meta property="article:published_time" content="%s">' % meta["published"])
    w('<meta property="article:modified_time" content="%s">' % meta["modified"])
    w('<meta property="article:section" content="%s">' % attr(meta["section"]))
    for t in tags:
        w('<meta property="article:tag" content="%s">' % attr(t))
    w('<meta property="article:publisher" content="https://www.facebook.com/lexdiaryindia">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@lexdiary_in">')
    w('<meta name="twitter:title" content="%s">' % attr(title))
    w('<meta name="twitter:description" content="%s">' % attr(desc))
    w('<meta name="twitter:image" content="%s">' % img)
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    w('<script type="application/ld+json">%s</script>' % json.dumps(crumbs, ensure_ascii=False))
    w('<link rel="preconnect" href="https://fonts.googleapis.com">')
    w('<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>')
    w('<link href="https://fonts.googleapis.com/css2?family=Merriweather:wght@400;700&amp;family=Roboto:wght@400;500;700&amp;display=swap" rel="stylesheet">')
    w('<link rel="stylesheet" href="/static/css/bootstrap.min.css?v=4.6.2">')
    w('<link rel="stylesheet" href="/static/css/main.min.css?v=5.3.08">')
    w('<style>.ad-container{min-height:280px;text-align:center;margin:20px 0}.ad-label{display:block;font-size:10px;'
      'letter-spacing:1px;color:#999;text-transform:uppercase}.also-read{border-left:4px solid #c8102e;background:#f7f7f7;'
      'padding:10px 14px;margin:18px 0}.story-content p{font-size:18px;line-height:1.7}</style>')
    w('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>')
    w('<script>')
    w('window.googletag = window.googletag || {cmd: []};')
    w('googletag.cmd.push(function() {')
    w("    googletag.defineSlot('/22318650817/LexDiary/Desktop_Article_Top', [[728, 90], [970, 90]], 'div-gpt-ad-1719814523561-9').addService(googletag.pubads());")
    for i, slot in sorted(ADS.items()):
        w("    googletag.defineSlot('/22318650817/LexDiary/Desktop_InArticle_%s', [[300, 250], [336, 280]], '%s').addService(googletag.pubads());" % (i, slot))
    w("    googletag.defineSlot('/22318650817/LexDiary/Desktop_Sidebar_RHS', [[300, 600], [300, 250]], 'div-gpt-ad-1719814523561-7').addService(googletag.pubads());")
    w("    googletag.pubads().setTargeting('section', ['%s']).setTargeting('story_id', ['%s']);" % (meta["section_slug"], meta["id"]))
    w('    googletag.pubads().enableSingleRequest();')
    w('    googletag.pubads().collapseEmptyDivs();')
    w('    googletag.enableServices();')
    w('});')
    w('</script>')
    w('<!-- Google tag (gtag.js) -->')
    w('<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK3D2LX9M"></script>')
    w("<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());"
      "gtag('config', 'G-7QK3D2LX9M', {'content_group': '%s', 'author': '%s'});</script>" % (meta["section"], meta["author"]))
    w('</head>')
    w('<body class="story-page">')
    w('<div class="top-strip d-none d-md-block"><div class="container d-flex justify-content-between">'
      '<span class="date-today">Tuesday, 1 July 2025</span>'
      '<ul class="top-links"><li><a href="/hindi">Hindi</a></li><li><a href="/premium">Premium</a></li>'
      '<li><a href="/login" class="login-link">Login</a></li></ul></div></div>')
    w('<header class="site-header">')
    w('<div class="container">')
    w('<div class="header-row">')
    w('<button class="menu-toggle" aria-label="Open menu"><span></span><span></span><span></span></button>')
    w('<a class="logo" href="/"><img src="/images/lexdiary-logo.svg" alt="LexDiary" width="190" height="42"></a>')
    w('<a class="btn btn-subscribe" href="/subscribe?utm_source=header">Subscribe</a>')
    w('<button class="search-toggle" aria-label="Search"><i class="icon-search"></i></button>')
    w('</div>')
    w('<nav class="main-nav" aria-label="Main menu">')
    w('<ul class="nav-menu">')
    for href, name in (("/", "Home"), ("/top-stories", "Top Stories"), ("/supreme-court", "Supreme Court"),
                       ("/high-court", "High Courts"), ("/know-the-law", "Know The Law"),
                       ("/columns", "Columns"), ("/law-firms", "Law Firms"), ("/law-schools", "Law Schools"),
                       ("/videos", "Videos")):
        cls = ' class="active"' if name == meta["section"] else ""
        w('<li%s><a href="%s">%s</a></li>' % (cls, href, name))
    w('</ul>')
    w('</nav>')
    w('</div>')
    w('</header>')
    w('<div class="ad-container ad-top"><div id="div-gpt-ad-1719814523561-9" style="min-width: 728px; min-height: 90px;">')
    w("<script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1719814523561-9'); });</script>")
    w('</div></div>')
    w('<main class="main-content">')
    w('<div class="container">')
    w('<div class="row">')
    w('<div class="col-lg-8 story-col">')
    w('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
      '<li class="breadcrumb-item"><a href="/%s">%s</a></li><li class="breadcrumb-item active" aria-current="page">%s</li></ol></nav>'
      % (meta["section_slug"], meta["section"], html.escape(title)))
    w('<article class="story" data-story-id="%s">' % meta["id"])
    w('<h1 class="story-title">%s</h1>' % html.escape(title))
    w('<h2 class="story-summary">%s</h2>' % html.escape(desc))
    w('<div class="story-meta">')
    w('<div class="author-info"><img class="author-img" src="/h-upload/authors/%s.jpg" alt="%s" width="40" height="40" loading="lazy">'
      '<a class="author-name" href="/author/%s">%s</a><span class="dot">&middot;</span>'
      '<time class="publish-time" datetime="%s">%s</time></div>'
      % (meta["author_slug"], attr(meta["author"]), meta["author_slug"], meta["author"], meta["published"], meta["shown"]))
    share = (("facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("twitter", "https://twitter.com/intent/tweet?url="),
             ("whatsapp", "https://api.whatsapp.com/send?text="), ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url="))
    w('<div class="share-icons">' + "".join(
        '<a class="share-%s" href="%s%s" target="_blank" rel="noopener" aria-label="Share on %s"><i class="icon-%s"></i></a>'
        % (n, u, url.replace(":", "%3A").replace("/", "%2F"), n.capitalize(), n) for n, u in share)
      + '<button class="copy-link" aria-label="Copy link"><i class="icon-link"></i></button></div>')
    w('</div>')
    w('<figure class="story-image"><img src="%s" alt="%s" width="1200" height="630" fetchpriority="high">'
      '<figcaption>%s</figcaption></figure>' % (img, attr(title), meta["caption"]))
    w('<div class="story-content" id="story-content-%s">' % meta["id"])
    for kind, val in body:
        if kind == "p":
            w('<p>%s</p>' % val)
        elif kind == "h2":
            w('<h2>%s</h2>' % html.escape(html.unescape(val), quote=False))
        elif kind == "ad":
            slot = ADS[val]
            w('<div class="ad-container in-article"><span class="ad-label">Advertisement</span>'
              '<div id="%s" style="min-width: 300px; min-height: 250px;">' % slot)
            w("<script>googletag.cmd.push(function() { googletag.display('%s'); });</script>" % slot)
            w('</div></div>')
        elif kind == "also":
            t, s = val.split(" | ")
            w('<div class="also-read"><span class="also-read-label">Also Read - </span>'
              '<a href="/%s/%s" target="_blank">%s</a></div>' % (meta["section_slug"], s, html.escape(t)))
    w('</div>')
    w('<div class="tags-list">')
    w('<span class="tags-title">Tags</span>')
    for t in tags:
        w('<a href="/tags/%s" class="tag">%s</a>' % (re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), t))
    w('</div>')
    w('<div class="newsletter-box">')
    w('<h3>Get LexDiary in your inbox</h3>')
    w('<p>The day&#8217;s top legal news, judgments and explainers, every evening.</p>')
    w('<form class="newsletter-form" action="/newsletter/subscribe" method="post">'
      '<input type="hidden" name="source" value="story-%s">'
      '<input type="email" name="email" placeholder="Enter your email address" aria-label="Email address" required>'
      '<button type="submit" class="btn btn-primary">Sign Up</button></form>' % meta["id"])
    w('<p class="small text-muted">By signing up you agree to our <a href="/privacy-policy">Privacy Policy</a>.</p>')
    w('</div>')
    w('</article>')
    w('<div class="next-story"><span class="next-label">Next Story</span>'
      '<a href="/supreme-court/supreme-court-bail-section-480-bnss-women-accused-297433">'
      'Section 480 BNSS: Supreme Court Explains When Women Accused Are Entitled To Special Consideration For Bail</a></div>')
    w('</div>')
    w('<aside class="col-lg-4 sidebar">')
    w('<div class="ad-container ad-sidebar"><span class="ad-label">Advertisement</span>'
      '<div id="div-gpt-ad-1719814523561-7" style="min-width: 300px; min-height: 600px;">')
    w("<script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1719814523561-7'); });</script>")
    w('</div></div>')
    w('<div class="widget top-stories"><h4 class="widget-title">Top Stories</h4><ul>')
    for s, t in (("delhi-high-court-trademark-interim-injunction-297402", "Delhi High Court Restrains Use Of Deceptively Similar Mark By Ayurvedic Brand"),
                 ("supreme-court-arbitration-section-34-limitation-297398", "Limitation Under Section 34 Arbitration Act Cannot Be Extended By Courts: Supreme Court"),
                 ("bombay-high-court-slum-rehabilitation-297390", "Bombay High Court Pulls Up Authority Over Delay In Slum Rehabilitation Project")):
        w('<li><a href="/top-stories/%s">%s</a></li>' % (s, t))
    w('</ul></div>')
    w('</aside>')
    w('</div>')
    w('</div>')
    w('</main>')
    w('<footer class="site-footer">')
    w('<div class="container">')
    w('<div class="footer-links">')
    for href, name in (("/about-us", "About Us"), ("/contact-us", "Contact Us"), ("/advertise", "Advertise"),
                       ("/careers", "Careers"), ("/privacy-policy", "Privacy Policy"),
                       ("/terms-and-conditions", "Terms &amp; Conditions")):
        w('<a href="%s">%s</a>' % (href, name))
    w('</div>')
    w('<p class="copyright">&copy; 2025 LexDiary Media Private Limited. All rights reserved.</p>')
    w('</div>')
    w('</footer>')
    w('<script src="/static/js/jquery-3.6.0.min.js"></script>')
    w('<script src="/static/js/main.min.js?v=5.3.08" defer></script>')
    w("<script>document.addEventListener('DOMContentLoaded',function(){var s=document.querySelector('.copy-link');"
      "if(s){s.addEventListener('click',function(){navigator.clipboard.writeText(location.href);});}});</script>")
    w('</body>')
    w('</html>')
    data = "\n".join(o) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
