#!/usr/bin/python3
"""Re-make docs/pm-e-drive-subsidy-mint-article.html from tools/pm-e-drive-subsidy-mint-article.txt.

The page is a premium story of a business newspaper site (Mint, livemint.com, its Next.js
renderer of 2025) as Chrome's "Save as > Webpage, Complete" writes it: the "saved from url"
comment, the meta charset Chrome inserts, SEO / Open Graph / Twitter metas, three JSON-LD
blocks (NewsArticle with isAccessibleForFree false and a hasPart cssSelector for the paywalled
part, BreadcrumbList, NewsMediaOrganization), stylesheet and script links rewritten into the
"..._files" folder Chrome makes (not part of the set), a cookie-consent banner, the site header
and section menu, breadcrumbs, the story header (premium tag, headline, summary, byline, read
time, date), share / listen / gift buttons, the lead image with caption, story paragraphs with
"Also Read" links, the paywalled remainder (in the DOM, clipped) under a subscribe overlay,
topic tags, the "Catch all the..." line, related and trending stories, the footer and the
__NEXT_DATA__ payload.  Source text marks: "key: value" header lines, "---", "## " subheads,
">> title | url" Also Read links and "@paywall" where the clipped part starts.
Deterministic.  Usage: make_mint.py [output path]
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pm-e-drive-subsidy-mint-article.txt")
OUT = os.path.join(HERE, "..", "docs", "pm-e-drive-subsidy-mint-article.html")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def parse():
    meta = {}
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    for ln in head.split("\n"):
        k, v = ln.split(":", 1)
        meta[k.strip()] = v.strip()
    blocks = []
    for ln in body.split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("## "):
            blocks.append(("h2", ln[3:].strip()))
        elif ln.startswith(">> "):
            t, u = ln[3:].split(" | ")
            blocks.append(("also", (t.strip(), u.strip())))
        elif ln.strip() == "@paywall":
            blocks.append(("paywall", None))
        else:
            blocks.append(("p", ln.strip()))
    return meta, blocks


def folder(title):
    # Chrome names the resource folder after the page title, with characters Windows
    # forbids in file names (\ / : * ? " < > |) turned into "_"
    t = title
    for ch in '\\/:*?"<>|':
        t = t.replace(ch, "_")
    return "./" + t + "_files"


SHARE_SVG = {
    "whatsapp": '<svg width="20" height="20" viewBox="0 0 24 24"><path fill="#25D366" d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2Zm5.3 14.1c-.2.6-1.3 1.2-1.8 1.2-.5.1-1 .2-3.3-.7-2.8-1.1-4.5-3.9-4.7-4.1-.1-.2-1.1-1.5-1.1-2.8s.7-2 1-2.3c.2-.3.5-.3.7-.3h.5c.2 0 .4 0 .6.5l.8 2c.1.2.1.3 0 .5l-.4.6-.3.4c.1.3.6 1 1.3 1.7.9.8 1.7 1.1 2 1.2.2.1.4.1.5-.1l.7-.9c.2-.2.4-.2.6-.1l1.9.9c.3.1.4.2.5.3.1.2.1.7-.1 1.3Z"></path></svg>',
    "facebook": '<svg width="20" height="20" viewBox="0 0 24 24"><path fill="#1877F2" d="M24 12a12 12 0 1 0-13.9 11.9v-8.4H7.1V12h3V9.4c0-3 1.8-4.7 4.5-4.7 1.3 0 2.7.2 2.7.2v3h-1.5c-1.5 0-2 .9-2 1.9V12h3.4l-.5 3.5h-2.9v8.4A12 12 0 0 0 24 12Z"></path></svg>',
    "x": '<svg width="20" height="20" viewBox="0 0 24 24"><path fill="#000" d="M18.2 2.3h3.4l-7.4 8.4 8.7 11.5h-6.8l-5.3-7-6.1 7H1.3l7.9-9L.9 2.3h7l4.8 6.4 5.5-6.4Zm-1.2 17.9h1.9L7.1 4.2H5.1l11.9 16Z"></path></svg>',
    "linkedin": '<svg width="20" height="20" viewBox="0 0 24 24"><path fill="#0A66C2" d="M20.4 20.5h-3.6v-5.6c0-1.3 0-3-1.8-3s-2.1 1.4-2.1 2.9v5.7H9.3V9h3.4v1.6h.1c.5-.9 1.6-1.8 3.4-1.8 3.6 0 4.3 2.4 4.3 5.5v6.2ZM5.3 7.4a2.1 2.1 0 1 1 0-4.2 2.1 2.1 0 0 1 0 4.2ZM7.1 20.5H3.6V9h3.5v11.5Z"></path></svg>',
    "copy": '<svg width="20" height="20" viewBox="0 0 24 24"><path fill="#555" d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14c0 1.1.9 2 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z"></path></svg>',
}

RELATED = [
    ("Ola Electric slips to fourth in e-scooter registrations as TVS, Bajaj pull ahead",
     "https://www.livemint.com/companies/news/ola-electric-market-share-tvs-bajaj-ather-11756712093311.html",
     "ola_share_1756712012811.jpg", "4 min read", "01 Sep 2025"),
    ("Tesla opens first India showroom in Mumbai; Model Y priced at ₹59.89 lakh",
     "https://www.livemint.com/auto-news/tesla-india-showroom-mumbai-bkc-model-y-price-11752557120448.html",
     "tesla_bkc_1752557101982.jpg", "3 min read", "15 Jul 2025"),
    ("Why no one wants to bid for India’s biggest lithium find",
     "https://www.livemint.com/economy/reasi-lithium-block-auction-annulled-bidders-11721893310762.html",
     "lithium_reasi_1721893291104.jpg", "5 min read", "25 Jul 2024"),
    ("Centre’s e-truck incentive finds no takers as scrappage papers run short",
     "https://www.livemint.com/economy/e-truck-incentive-scrappage-certificate-pm-e-drive-11757232263970.html",
     "etruck_1757232240118.jpg", "4 min read", "07 Sep 2025"),
]
TRENDING = [
    ("Stock market today: Nifty 50, Sensex open flat ahead of Fed meet",
     "https://www.livemint.com/market/stock-market-news/stock-market-today-nifty-sensex-11757902310527.html"),
    ("Gold rate today: yellow metal holds near record high",
     "https://www.livemint.com/market/commodities/gold-rate-today-15-september-2025-11757900410332.html"),
    ("Income tax return deadline: what happens if you miss it",
     "https://www.livemint.com/money/personal-finance/itr-deadline-missed-penalty-11757851720945.html"),
]
NAV = [("Home", "https://www.livemint.com/"), ("Latest News", "https://www.livemint.com/latest-news"),
       ("Markets", "https://www.livemint.com/market"), ("News", "https://www.livemint.com/news"),
       ("Premium", "https://www.livemint.com/mint-premium"), ("Companies", "https://www.livemint.com/companies"),
       ("Money", "https://www.livemint.com/money"), ("Technology", "https://www.livemint.com/technology"),
       ("Mint Hindi", "https://hindi.livemint.com/"), ("In Charts", "https://www.livemint.com/static/charts")]
TOPICS = ["PM E-Drive", "Electric Vehicles", "FAME II", "GST", "Lithium"]


def build():
    meta, blocks = parse()
    title = meta["title"]
    page_title = title + " | Mint"
    fd = folder(page_title)
    url = meta["url"]
    aid = meta["id"]
    amp = url.replace("-%s.html" % aid, "/amp-%s.html" % aid)
    img_name = meta["image"].rsplit("/", 1)[1]
    ld_article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": meta["summary"],
        "keywords": meta["keywords"],
        "articleSection": meta["subsection"],
        "url": url,
        "image": {"@type": "ImageObject", "url": meta["image"], "width": 600, "height": 338},
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "author": [{"@type": "Person", "name": meta["author"], "url": meta["author_url"]}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "mint",
                      "logo": {"@type": "ImageObject",
                               "url": "https://images.livemint.com/static/livemint-logo-v1.svg",
                               "width": 600, "height": 60}},
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"},
        "inLanguage": "en",
    }
    ld_crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": "https://www.livemint.com/", "name": "Home"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": "https://www.livemint.com/industry", "name": "Industry"}},
            {"@type": "ListItem", "position": 3,
             "item": {"@id": "https://www.livemint.com/industry/automobile", "name": "Automobile"}},
            {"@type": "ListItem", "position": 4, "item": {"@id": url, "name": title}}]}
    ld_org = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Mint",
              "url": "https://www.livemint.com/",
              "logo": {"@type": "ImageObject", "url": "https://images.livemint.com/static/livemint-logo-v1.svg"},
              "sameAs": ["https://www.facebook.com/livemint", "https://twitter.com/livemint",
                         "https://www.youtube.com/c/livemint", "https://www.instagram.com/livemint/"]}

    def ld(o):
        return ('<script type="application/ld+json">' + json.dumps(o, ensure_ascii=False, separators=(",", ":"))
                .replace("</", "<\\/") + "</script>")

    h = []
    h.append("<!DOCTYPE html>")
    h.append("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    h.append('<html lang="en" class="  js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
             '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">')
    h.append("<title>%s</title>" % esc(page_title))
    heads = [
        '<meta name="description" content="%s">' % attr(meta["summary"]),
        '<meta name="keywords" content="%s">' % attr(meta["keywords"]),
        '<meta name="news_keywords" content="%s">' % attr(meta["keywords"]),
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<link rel="canonical" href="%s">' % attr(url),
        '<link rel="amphtml" href="%s">' % attr(amp),
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="mint">',
        '<meta property="og:title" content="%s">' % attr(title),
        '<meta property="og:description" content="%s">' % attr(meta["summary"]),
        '<meta property="og:url" content="%s">' % attr(url),
        '<meta property="og:image" content="%s">' % attr(meta["image"]),
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@livemint">',
        '<meta name="twitter:title" content="%s">' % attr(title),
        '<meta name="twitter:image" content="%s">' % attr(meta["image"]),
        '<meta property="article:published_time" content="%s">' % meta["published"],
        '<meta property="article:modified_time" content="%s">' % meta["modified"],
        '<meta property="article:section" content="%s">' % meta["section"],
        '<meta name="Last-Modified" content="%s">' % meta["modified"],
        '<meta name="theme-color" content="#fc7b05">',
        '<link rel="preconnect" href="https://images.livemint.com/">',
        '<link rel="icon" href="%s/favicon.ico">' % fd,
        '<link rel="stylesheet" href="%s/8f2e1c4a9b7d3e60.css" data-n-g="">' % fd,
        '<link rel="stylesheet" href="%s/c41d07a2e5b69f13.css" data-n-p="">' % fd,
        ld(ld_article), ld(ld_crumbs), ld(ld_org),
        '<script async="" src="%s/gpt.js"></script>' % fd,
        '<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"storyPage",'
        '"storyId":"%s","section":"industry","subSection":"automobile","premium":"yes","author":"%s",'
        '"wordCount":"","publishDate":"%s"});</script>' % (aid, meta["author"], meta["published"][:10]),
        '<style>.paywall{position:relative;max-height:220px;overflow:hidden}.paywall:after{content:"";position:absolute;'
        'bottom:0;left:0;right:0;height:160px;background:linear-gradient(rgba(255,255,255,0),#fff)}'
        '.cookieBanner_cookieWrap__Q2b7x{position:fixed;bottom:0;z-index:99}</style>',
    ]
    h.extend(heads)
    h.append("</head>")
    b = []
    b.append('<body class="storyPageBody"><div id="__next">')
    b.append('<div id="cookieConsent" class="cookieBanner_cookieWrap__Q2b7x" role="dialog" aria-label="Cookie consent">'
             '<p class="cookieBanner_text__fP1sd">We use cookies and similar technologies to improve your experience, '
             'analyse traffic and show personalised ads. By continuing to browse, you agree to our '
             '<a href="https://www.livemint.com/privacy-policy" target="_blank">Privacy Policy</a> and '
             '<a href="https://www.livemint.com/cookie-policy" target="_blank">Cookie Policy</a>.</p>'
             '<div class="cookieBanner_btns__kq9Xm"><button type="button" class="cookieBanner_manage__H3tLr">'
             'Manage Preferences</button><button type="button" class="cookieBanner_accept__Z8cVw">Accept</button>'
             '</div></div>')
    b.append('<header class="header_header__vW3nL"><div class="header_top__c8Jt2">'
             '<button class="header_hamburger__RkQ1e" aria-label="Open menu"><span></span><span></span><span></span></button>'
             '<a class="header_logo__Pz0Hd" href="https://www.livemint.com/"><img src="%s/livemint-logo-v1.svg" '
             'alt="Mint" width="132" height="28"></a>'
             '<div class="header_right__x1Ymk"><a class="header_epaper__nV0dA" href="https://epaper.livemint.com/">'
             'e-Paper</a><button class="header_signIn__Q5rEo" type="button">Sign in</button>'
             '<a class="header_subscribe__tA7wU" href="https://www.livemint.com/subscription">Subscribe</a></div></div>'
             % fd)
    b.append('<nav class="header_nav__Lm2Qs" aria-label="Sections"><ul>')
    for name, u in NAV:
        cls = ' class="header_active__b3Z0e"' if name == "Premium" else ""
        b.append('<li%s><a href="%s">%s</a></li>' % (cls, attr(u), esc(name)))
    b.append("</ul></nav></header>")
    b.append('<main class="storyPage_main__g1Lw8"><div class="storyPage_leftBlock__yQ0s3">')
    b.append('<nav class="breadcrumb_wrap__Mq6Ts" aria-label="breadcrumb"><a href="https://www.livemint.com/">Home</a>'
             '<span> / </span><a href="https://www.livemint.com/industry">Industry</a><span> / </span>'
             '<a href="https://www.livemint.com/industry/automobile">Automobile</a></nav>')
    b.append('<article id="article_%s" class="storyPage_storyBox__zPlkE" data-story-type="premium">' % aid)
    b.append('<div class="storyPage_premiumTag__Rb7sT"><img src="%s/mint-premium.svg" alt="" width="16" height="16">'
             '<span>Premium</span></div>' % fd)
    b.append('<h1 id="article-title-%s" class="storyPage_title__7Yy3K">%s</h1>' % (aid, esc(title)))
    b.append('<h2 class="storyPage_summary__Ge0kQ">%s</h2>' % esc(meta["summary"]))
    b.append('<div class="storyPage_authorInfo__9rC2d"><div class="storyPage_authorDesc__Dt5sN">'
             '<a href="%s" class="storyPage_authorName__Xw4Mb">%s</a></div>'
             '<div class="storyPage_date__JS9qJ"><span class="storyPage_readTime__q8E2t">%s</span>'
             '<span class="storyPage_time__uJ7Vy" data-updatedtime="%s">%s</span></div></div>'
             % (attr(meta["author_url"]), esc(meta["author"]), esc(meta["read"]), meta["modified"], esc(meta["shown"])))
    enc = attr(url)
    b.append('<div class="storyPage_shareBar__hD3oM"><button type="button" class="storyPage_listen__Vn2Ra" '
             'aria-label="Listen to this article"><img src="%s/listen-icon.svg" alt="" width="18" height="18">'
             'Listen to this article</button><div class="socialShare_wrap__p5TiB">' % fd)
    shares = [("whatsapp", "Share on WhatsApp", "https://api.whatsapp.com/send?text=" + enc),
              ("facebook", "Share on Facebook", "https://www.facebook.com/sharer.php?u=" + enc),
              ("x", "Share on X", "https://twitter.com/intent/tweet?url=" + enc + "&amp;via=livemint"),
              ("linkedin", "Share on LinkedIn", "https://www.linkedin.com/shareArticle?mini=true&amp;url=" + enc)]
    for key, label, href in shares:
        b.append('<a class="socialShare_icon__Hw3Ld" aria-label="%s" href="%s" target="_blank" rel="noopener">%s</a>'
                 % (label, href, SHARE_SVG[key]))
    b.append('<button type="button" class="socialShare_copy__Nf8Ue" aria-label="Copy link">%s</button></div>'
             '<button type="button" class="storyPage_gift__Kc1mJ">Gift this article</button></div>' % SHARE_SVG["copy"])
    b.append('<figure class="storyPage_imgFig__t5bQx"><img src="%s/%s" alt="%s" width="600" height="338" '
             'loading="eager"><figcaption class="storyPage_caption__Bq9wE">%s</figcaption></figure>'
             % (fd, img_name, attr(meta["caption"].rsplit(" (", 1)[0]), esc(meta["caption"])))
    b.append('<div class="storyPage_storyContent__m_MYl" id="storyContent_%s">' % aid)
    inpay = False
    n = 0
    for kind, val in blocks:
        if kind == "paywall":
            b.append('<div class="paywall storyPage_paywallContent__Zx0d3" data-paywall="true">')
            inpay = True
        elif kind == "h2":
            b.append('<h2 class="storyPage_subHead__K2m8u">%s</h2>' % esc(val))
        elif kind == "also":
            t, u = val
            b.append('<p class="storyPage_alsoRead__t3VpQ"><strong>Also Read</strong> | <a href="%s" '
                     'target="_blank">%s</a></p>' % (attr(u), esc(t)))
        else:
            n += 1
            b.append('<div class="storyParagraph" id="paragraph_%d"><p>%s</p></div>' % (n, esc(val)))
    if inpay:
        b.append("</div>")
    b.append("</div>")
    b.append('<div id="paywallOverlay" class="paywall_overlay__W8kEr"><div class="paywall_box__c0Ruv">'
             '<img src="%s/mint-premium-logo.svg" alt="Mint Premium" width="120" height="24">'
             '<p class="paywall_head__Jm3tA">This is a Premium story</p>'
             '<p class="paywall_sub__rL6eN">Subscribe to Mint for unlimited access to premium stories, the ePaper '
             'and newsletters.</p>'
             '<a class="paywall_cta__Yq2Bs" href="https://www.livemint.com/subscription?utm_source=paywall">'
             'Subscribe Now</a><p class="paywall_login__F4xWv">Already a subscriber? '
             '<a href="https://accounts.livemint.com/login">Sign in</a></p></div></div>' % fd)
    b.append('<div class="storyPage_topics__Lw1dE"><span class="storyPage_topicsHead__e2SgQ">Topics</span><ul>')
    for t in TOPICS:
        b.append('<li><a href="https://www.livemint.com/topic/%s">%s</a></li>' % (t.lower().replace(" ", "-"), esc(t)))
    b.append("</ul></div>")
    b.append('<div class="storyPage_catchAll__p4NdE"><p>Catch all the <a href="https://www.livemint.com/industry">'
             'Industry News</a>, <a href="https://www.livemint.com/industry/banking">Banking News</a> and Updates '
             'on Live Mint. Download The <a href="https://www.livemint.com/mobile-app">Mint News App</a> to get '
             'Daily Market Updates.</p></div>')
    b.append("</article>")
    b.append('<section class="relatedStories_wrap__Dk0Lp"><h2 class="relatedStories_head__u7Rsm">Related Stories</h2><ul>')
    for t, u, img, rt, dt in RELATED:
        b.append('<li class="relatedStories_card__Wb5Ce"><a href="%s"><img src="%s/%s" alt="" width="128" height="72" '
                 'loading="lazy"><h3>%s</h3></a><span class="relatedStories_meta__f9ZtB">%s · %s</span></li>'
                 % (attr(u), fd, img, esc(t), rt, dt))
    b.append("</ul></section></div>")
    b.append('<aside class="storyPage_rightBlock__Sg4bQ"><div class="trending_wrap__Rr3Xo"><h2>Trending Stories</h2><ol>')
    for t, u in TRENDING:
        b.append('<li><a href="%s">%s</a></li>' % (attr(u), esc(t)))
    b.append('</ol></div><div id="div-gpt-ad-1605100815543-0" class="adBox_ad__E4bTn" data-ad-slot="RHS_ATF">'
             '</div></aside></main>')
    b.append('<footer class="footer_footer__Ha2Tq"><ul class="footer_links__Vd8mP">')
    for t, u in [("About Us", "https://www.livemint.com/aboutus"), ("Contact Us", "https://www.livemint.com/contactus"),
                 ("Terms of Use", "https://www.livemint.com/termsofuse"),
                 ("Privacy Policy", "https://www.livemint.com/privacy-policy"),
                 ("RSS", "https://www.livemint.com/rss")]:
        b.append('<li><a href="%s">%s</a></li>' % (u, t))
    b.append('</ul><p class="footer_copy__Lx4pE">Copyright © HT Digital Streams Ltd All Right Reserved</p></footer>')
    b.append("</div>")
    nd = {"props": {"pageProps": {"storyId": aid, "headline": title, "summary": meta["summary"],
                                  "section": "industry", "subSection": "automobile", "isPremium": True,
                                  "paywall": {"type": "hard", "selector": ".paywall"},
                                  "publishedDate": meta["published"], "lastModifiedDate": meta["modified"]},
                    "__N_SSP": True},
          "page": "/[...slug]", "query": {"slug": url.split("livemint.com/")[1].split("/")},
          "buildId": "Kq3vR0mY2hT8sLw1nZ5dP", "isFallback": False, "gssp": True, "scriptLoader": []}
    b.append('<script id="__NEXT_DATA__" type="application/json">%s</script>'
             % json.dumps(nd, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    for js in ["webpack-4f2d8e1b93c6a750.js", "framework-7c1e4b0a92d35f86.js", "main-2b9f6e0d41c8a375.js",
               "pages/_app-e83a1d5c7f0b2946.js", "pages/%5B...slug%5D-9d04c7e2b61f3a58.js"]:
        b.append('<script src="%s/%s" defer=""></script>' % (fd, js.split("/")[-1]))
    b.append("</body></html>")
    return "\n".join(h) + "\n" + "".join(b) + "\n"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(build())


if __name__ == "__main__":
    main()
