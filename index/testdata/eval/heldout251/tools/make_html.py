#!/usr/bin/python3
"""Make docs/vande-mataram-swadeshi-scroll.html from tools/vande-mataram-swadeshi-scroll.txt.

The output is a Scroll.in long read as Chrome's "Save page as > Webpage, Complete" leaves it: a
"saved from url" comment after the doctype; a head with meta description, Open Graph and Twitter
tags, canonical and AMP links, stylesheets and scripts rewritten into the page's "_files" folder
(which the set does not hold), an inline critical-CSS block, a JSON-LD NewsArticle, a
BreadcrumbList, and Google Tag Manager and ad-loader scripts; then the body: a GTM noscript
iframe, the "Open in app" strip, the site header (logo, section menu, Scroll+ and Sign in, a
trending strip), a leaderboard ad slot, the article (section kicker, h1 headline, standfirst,
byline with author link and time, share buttons, the lead figure with caption and credit, the
body paragraphs with h2 subheads, "Also read" boxes, pull quotes, an in-article figure and a
mid-article ad slot, the italic author note and the "Support our journalism" line), the topic
tags, a "Daily Fix" newsletter box, a "More stories" list, the footer and deferred scripts.

Run from anywhere: /usr/bin/python3 tools/make_html.py  (output is byte-for-byte stable;
an optional argument writes the file elsewhere, as tools/check.py does)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "vande-mataram-swadeshi-scroll.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "vande-mataram-swadeshi-scroll.html")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def inline(s):
    s = esc(s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", s)
    return s


def parse(path):
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw or raw.startswith("@"):
                continue
            m = re.match(r"([A-Z_]+)=(.*)$", raw)
            if m:
                meta[m.group(1)] = m.group(2)
                continue
            kind, _, text = raw.partition(": ")
            blocks.append((kind, text))
    return meta, blocks


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main():
    meta, blocks = parse(SRC)
    url = "https://scroll.in/article/%s/%s" % (meta["ID"], meta["SLUG"])
    files = "./%s_files" % meta["HEADLINE"].replace(":", "_").replace("?", "_")
    files_attr = attr(files)
    lead_file, lead_cap, lead_credit = meta["LEAD_IMG"].split("|")
    tags = meta["TAGS"].split("|")
    title = "%s" % meta["HEADLINE"]
    desc = meta["STANDFIRST"]
    words = sum(len(re.sub(r"[*\[\]()]", " ", t).split()) for k, t in blocks if k in ("P", "H"))

    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": meta["HEADLINE"],
        "description": desc,
        "image": {"@type": "ImageObject",
                  "url": "https://sc0.blr1.cdn.digitaloceanspaces.com/article/%s-%s.jpg"
                         % (meta["ID"], lead_file.rsplit(".", 1)[0]),
                  "width": 1200, "height": 675},
        "datePublished": meta["DATE"],
        "dateModified": meta["UPDATED"],
        "author": [{"@type": "Person", "name": meta["AUTHOR"],
                    "url": "https://scroll.in/author/%s" % meta["AUTHOR_SLUG"]}],
        "publisher": {"@type": "Organization", "name": "Scroll.in",
                      "logo": {"@type": "ImageObject",
                               "url": "https://scroll.in/static/assets/scroll-logo-amp.png",
                               "width": 600, "height": 60}},
        "articleSection": meta["SECTION"],
        "keywords": ", ".join(tags),
        "wordCount": words,
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://scroll.in/"},
            {"@type": "ListItem", "position": 2, "name": meta["SECTION"],
             "item": "https://scroll.in/topic/58/%s" % slugify(meta["SECTION"])},
            {"@type": "ListItem", "position": 3, "name": meta["HEADLINE"], "item": url},
        ],
    }
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">')
    w("<title>%s</title>" % esc(title))
    w('<meta name="description" content="%s">' % attr(desc))
    w('<meta name="news_keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="robots" content="max-image-preview:large">')
    w('<link rel="canonical" href="%s">' % url)
    w('<link rel="amphtml" href="%s?amp">' % url)
    w('<meta property="og:site_name" content="Scroll.in">')
    w('<meta property="og:type" content="article">')
    w('<meta property="og:title" content="%s">' % attr(meta["HEADLINE"]))
    w('<meta property="og:description" content="%s">' % attr(desc))
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:image" content="%s">' % ld["image"]["url"])
    w('<meta property="article:published_time" content="%s">' % meta["DATE"])
    w('<meta property="article:modified_time" content="%s">' % meta["UPDATED"])
    w('<meta property="article:section" content="%s">' % meta["SECTION"])
    for t in tags:
        w('<meta property="article:tag" content="%s">' % attr(t))
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@scroll_in">')
    w('<meta name="twitter:title" content="%s">' % attr(meta["HEADLINE"]))
    w('<meta name="twitter:image" content="%s">' % ld["image"]["url"])
    w('<link rel="icon" type="image/png" href="%s/favicon-32x32.png" sizes="32x32">' % files_attr)
    w('<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">')
    w('<link rel="stylesheet" href="%s/article.min.css">' % files_attr)
    w('<link rel="stylesheet" href="%s/css2">' % files_attr)
    w("<style>:root{--scroll-red:#e4002b;--ink:#1a1a1a;--muted:#6b6b6b}"
      ".article-body p{font-family:\"Noto Serif\",Georgia,serif;font-size:1.125rem;line-height:1.7}"
      ".ad-slot{min-height:250px;background:#f4f4f4;text-align:center}"
      ".ad-label{font:11px/1 sans-serif;color:#999;text-transform:uppercase}"
      ".pull-quote{border-left:4px solid var(--scroll-red);padding-left:1rem;font-size:1.4rem}"
      ".also-read{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:.5rem 0}"
      "</style>")
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    w('<script type="application/ld+json">%s</script>' % json.dumps(crumbs, ensure_ascii=False))
    w('<script async="" src="%s/gtm.js"></script><script>(function(w,d,s,l,i){w[l]=w[l]||[];'
      'w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});})(window,document,"script",'
      '"dataLayer","GTM-K8R3XQ");</script>' % files_attr)
    w('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article",'
      '"articleId":"%s","section":"%s","author":"%s","premium":false});</script>'
      % (meta["ID"], meta["SECTION"], meta["AUTHOR"]))
    w('<script async="" src="%s/gpt.js"></script>' % files_attr)
    w('<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script>')
    w("</head>")
    w('<body class="article-page theme-light" data-article-id="%s">' % meta["ID"])
    w('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K8R3XQ" height="0" '
      'width="0" style="display:none;visibility:hidden"></iframe></noscript>')
    w('<div class="app-strip"><span>Read this on the Scroll app</span> '
      '<a class="app-strip-cta" href="https://scroll.in/app">Open</a> '
      '<button class="app-strip-close" aria-label="Close">×</button></div>')
    w('<header class="site-header" id="site-header">')
    w('<div class="site-header-inner"><button class="menu-toggle" aria-label="Open menu">'
      '<span></span><span></span><span></span></button>')
    w('<a class="site-logo" href="https://scroll.in/"><img src="%s/scroll-logo.svg" alt="Scroll.in" '
      'width="118" height="32"></a>' % files_attr)
    w('<div class="header-actions"><a class="scroll-plus-link" href="https://scroll.in/subscribe">'
      'Scroll<sup>+</sup></a><a class="sign-in-link" href="https://scroll.in/login">Sign in</a>'
      '<button class="search-toggle" aria-label="Search"><svg width="18" height="18" viewBox="0 0 24 24">'
      '<path d="M10 2a8 8 0 015.3 14l5.4 5.3-1.4 1.4-5.3-5.4A8 8 0 1110 2z"></path></svg></button></div>')
    w("</div>")
    w('<nav class="section-nav" aria-label="Sections"><ul>')
    for name, href in (("Latest", "latest"), ("Politics", "topic/56/politics"),
                       ("India", "topic/11/india"), ("World", "topic/4/world"),
                       ("Culture", "topic/5/culture"), ("History", "topic/58/history"),
                       ("Magazine", "magazine"), ("Video", "video"), ("Books", "topic/30/books"),
                       ("Fiction", "topic/41/fiction"), ("The Daily Fix", "topic/43/the-daily-fix")):
        w('<li><a href="https://scroll.in/%s">%s</a></li>' % (href, name))
    w("</ul></nav>")
    w('<div class="trending-strip"><span class="trending-label">Trending</span><ul>'
      '<li><a href="https://scroll.in/latest/1087330/">Why the winter session may be short this year</a></li>'
      '<li><a href="https://scroll.in/article/1087301/">The long wait for Delhi’s winter air</a></li>'
      '<li><a href="https://scroll.in/article/1087288/">A Kerala village that saves its seeds</a></li>'
      "</ul></div>")
    w("</header>")
    w('<div class="ad-slot ad-leaderboard" id="div-gpt-ad-1599112211-0"><span class="ad-label">'
      "Advertisement</span></div>")
    w('<main id="main-content"><article class="article-container" itemscope="" '
      'itemtype="https://schema.org/NewsArticle">')
    w('<div class="article-kicker"><a href="https://scroll.in/topic/58/history">%s</a> '
      '<span class="kicker-sep">|</span> <span class="kicker-label">%s</span></div>'
      % (meta["SECTION"], meta["KICKER"]))
    w('<h1 class="article-headline" itemprop="headline">%s</h1>' % esc(meta["HEADLINE"]))
    w('<h2 class="article-summary" itemprop="description">%s</h2>' % esc(desc))
    w('<div class="article-meta"><address class="article-authors"><a rel="author" '
      'href="https://scroll.in/author/%s" class="article-author-name">%s</a></address>'
      '<time class="article-published-time" datetime="%s" itemprop="datePublished">%s</time>'
      '<span class="article-read-time">· 12 min read</span></div>'
      % (meta["AUTHOR_SLUG"], esc(meta["AUTHOR"]), meta["DATE"], esc(meta["SHOWN_DATE"])))
    share = ('<div class="share-bar"><span class="share-label">Share</span>'
             '<a class="share-whatsapp" href="https://api.whatsapp.com/send?text=%s">WhatsApp</a>'
             '<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a>'
             '<a class="share-x" href="https://x.com/intent/post?url=%s&amp;via=scroll_in">X</a>'
             '<a class="share-email" href="mailto:?subject=Scroll.in&amp;body=%s">Email</a>'
             '<button class="share-copy" data-url="%s">Copy link</button></div>'
             % (url, url, url, url, url))
    w(share)
    w('<figure class="article-featured-image"><img src="%s/%s" alt="%s" width="1200" height="675" '
      'loading="eager"><figcaption>%s <span class="image-credit">Credit: %s</span></figcaption>'
      "</figure>" % (files_attr, lead_file, attr(lead_cap), esc(lead_cap), esc(lead_credit)))
    w('<div id="article-contents" class="article-body" itemprop="articleBody">')
    n_p = 0
    for kind, text in blocks:
        if kind == "P":
            w("<p>%s</p>" % inline(text))
            n_p += 1
            if n_p == 5:
                w('<div class="ad-slot ad-in-article" id="div-gpt-ad-1599112211-1">'
                  '<span class="ad-label">Advertisement</span></div>')
        elif kind == "H":
            w("<h2>%s</h2>" % inline(text))
        elif kind == "ALSO":
            t, href = [x.strip() for x in text.split("|")]
            w('<div class="also-read"><p><strong>Also read:</strong></p>'
              '<p><a href="%s">%s</a></p></div>' % (href, esc(t)))
        elif kind == "QUOTE":
            w('<blockquote class="pull-quote"><p>%s</p></blockquote>' % inline(text))
        elif kind == "FIG":
            f, cap, credit = text.split("|")
            w('<figure class="cms-block-image"><img src="%s/%s" alt="%s" width="800" height="533" '
              'loading="lazy"><figcaption>%s <span class="image-credit">Credit: %s</span>'
              "</figcaption></figure>" % (files_attr, f, attr(cap), esc(cap), esc(credit)))
        elif kind == "BIO":
            w('<p class="author-note"><em>%s</em></p>' % esc(text))
    w('<p class="support-line"><em>Support our journalism by <a href="https://scroll.in/subscribe">'
      'subscribing to Scroll+ here</a>. We welcome your comments at '
      '<a href="mailto:letters@scroll.in">letters@scroll.in</a>.</em></p>')
    w("</div>")
    w('<div class="article-tags"><span class="tags-label">Topics</span><ul>')
    for i, t in enumerate(tags):
        w('<li><a href="https://scroll.in/topic/%d/%s">%s</a></li>' % (4100 + 17 * i, slugify(t), esc(t)))
    w("</ul></div>")
    w(share)
    w("</article>")
    w('<aside class="newsletter-box"><h3>The Daily Fix</h3><p>Get the day’s most important '
      'stories in your inbox, every weekday.</p><form action="https://scroll.in/newsletter/subscribe" '
      'method="post"><input type="email" name="email" placeholder="Your email address">'
      '<button type="submit">Sign up</button></form></aside>')
    w('<section class="more-stories"><h3>More from History</h3><ul>')
    for sid, t in ((1086120, "How Curzon’s partition of Bengal redrew the map – and was undone in 1911"),
                   (1084877, "The forgotten printers of Calcutta’s Battala"),
                   (1083512, "What the Delhi Durbar of 1911 cost, and who paid for it"),
                   (1081960, "A short history of the Indian flag, in six drafts")):
        w('<li><a href="https://scroll.in/article/%d/">%s</a></li>' % (sid, esc(t)))
    w("</ul></section>")
    w('<div class="ad-slot ad-footer" id="div-gpt-ad-1599112211-2"><span class="ad-label">'
      "Advertisement</span></div>")
    w("</main>")
    w('<footer class="site-footer"><div class="footer-logo"><img src="%s/scroll-logo-white.svg" '
      'alt="Scroll.in" width="118" height="32"></div><ul class="footer-links">' % files_attr)
    for name, href in (("About Us", "about"), ("Contact Us", "contact"), ("Careers", "careers"),
                       ("Scroll+ subscription", "subscribe"), ("Privacy Policy", "privacy"),
                       ("Terms &amp; Conditions", "terms"), ("Grievance Redressal", "grievance")):
        w('<li><a href="https://scroll.in/%s">%s</a></li>' % (href, name))
    w("</ul>")
    w('<p class="footer-copy">© 2025 Scroll Media Inc. All rights reserved.</p></footer>')
    w('<script src="%s/vendor.min.js" defer=""></script>' % files_attr)
    w('<script src="%s/article.min.js" defer=""></script>' % files_attr)
    w("<script>googletag.cmd.push(function(){googletag.defineSlot(\"/21700000/scroll/article\","
      "[[728,90],[320,50]],\"div-gpt-ad-1599112211-0\").addService(googletag.pubads());"
      "googletag.enableServices();});</script>")
    w("</body></html>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
