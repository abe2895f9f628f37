#!/usr/bin/python3
"""Re-makes docs/imd-heatwave-explainer.html from tools/imd-heatwave-explainer.txt.

The page is a newspaper explainer as Chrome saves it with "Webpage, Complete":
the saved-from comment, the site's head (meta, JSON-LD, ad and analytics
scripts), masthead and menus, the article with its takeaways box, drop cap,
pull quotes, ad slots and "Also read" links, the author box, the newsletter
sign-up, related stories and the footer. Deterministic: no dates or randomness
other than those in the source text.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "imd-heatwave-explainer.txt")
OUT = os.path.join(HERE, "..", "docs", "imd-heatwave-explainer.html")

SITE = "https://indianledger.in"
FILES = "./Explained_ When does IMD call it a heatwave, and why are Indian summers getting harder to survive_ _ Explained News - The Indian Ledger_files"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def parse(path):
    meta = {}
    body = []  # list of (kind, payload)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        m = re.match(r"@(\w+)\s?(.*)$", line)
        if not m:
            raise SystemExit("bad line: %r" % line)
        kind, rest = m.group(1), m.group(2)
        if kind in ("takeaways", "ul", "ol", "table"):
            items = []
            while lines[i] != "@end":
                items.append(lines[i])
                i += 1
            i += 1
            body.append((kind, (rest, items)))
        elif kind in ("p", "h2", "h3", "ad", "also", "pull", "note"):
            body.append((kind, rest))
        else:
            meta[kind] = rest
    return meta, body


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower())
    return s.strip("-")


def build():
    meta, body = parse(SRC)
    url = "%s/article/%s/" % (SITE, meta["slug"])
    title = meta["h1"]
    page_title = "%s | Explained News - The Indian Ledger" % title
    desc = meta["standfirst"]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en-IN" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">')
    w("<title>%s</title>" % esc(page_title))
    w('<meta name="description" content="%s">' % attr(desc))
    w('<meta name="keywords" content="%s">' % attr(meta["keywords"]))
    w('<meta name="news_keywords" content="%s">' % attr(meta["keywords"]))
    w('<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">')
    w('<link rel="canonical" href="%s">' % url)
    w('<link rel="amphtml" href="%s">' % url.replace("/article/", "/article/amp/"))
    w('<meta property="og:type" content="article">')
    w('<meta property="og:site_name" content="The Indian Ledger">')
    w('<meta property="og:title" content="%s">' % attr(title))
    w('<meta property="og:description" content="%s">' % attr(desc))
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:image" content="%s/wp-content/uploads/2024/05/%s?w=1200">' % (SITE, meta["image"]))
    w('<meta property="article:published_time" content="%s">' % meta["published"])
    w('<meta property="article:modified_time" content="%s">' % meta["modified"])
    w('<meta property="article:section" content="%s">' % meta["section"])
    w('<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@IndianLedger"><meta name="twitter:title" content="%s">' % attr(title))
    w('<link rel="stylesheet" href="%s/ledger-main.min.css" media="all">' % FILES)
    w('<link rel="stylesheet" href="%s/article-explained.min.css" media="all">' % FILES)
    w('<link rel="preload" as="font" href="%s/Merriweather-Bold.woff2" type="font/woff2" crossorigin="">' % FILES)
    w("<style>.dropcap{float:left;font-size:3.6em;line-height:.85;margin:6px 8px 0 0;font-family:Merriweather,Georgia,serif;color:#b3131b}.ad-slot{min-height:250px;background:#f4f4f4;text-align:center}.ad-label{font-size:10px;letter-spacing:1px;color:#999}.pullquote{border-left:4px solid #b3131b;font-size:1.35em;font-style:italic;margin:24px 0;padding:4px 0 4px 18px}.key-takeaways{background:#fff7e6;border:1px solid #f2c46d;padding:14px 18px}</style>")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": desc,
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "articleSection": meta["section"],
        "keywords": [k.strip() for k in meta["keywords"].split(",")],
        "inLanguage": "en",
        "image": {"@type": "ImageObject", "url": "%s/wp-content/uploads/2024/05/%s" % (SITE, meta["image"]), "width": 1200, "height": 667},
        "author": [{"@type": "Person", "name": meta["author"], "url": "%s/profile/author/%s/" % (SITE, meta["authorslug"])}],
        "publisher": {"@type": "Organization", "name": "The Indian Ledger", "logo": {"@type": "ImageObject", "url": SITE + "/wp-content/themes/ledger/images/ledger-logo-600x60.png", "width": 600, "height": 60}},
        "isAccessibleForFree": "True",
    }
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": "Explained", "item": SITE + "/section/explained/"},
            {"@type": "ListItem", "position": 3, "name": meta["subsection"], "item": SITE + "/section/explained/explained-climate/"},
        ],
    }
    w('<script type="application/ld+json">%s</script>' % json.dumps(crumbs, separators=(",", ":")))
    w("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article','articleId':'%s','section':'explained','subSection':'explained-climate','author':'%s','publishDate':'2024-05-22','wordCount':'1610','isPremium':'no'});</script>" % (meta["id"], meta["author"]))
    w('<script async="" src="%s/gtm.js"></script><script async="" src="%s/gpt.js"></script>' % (FILES, FILES))
    w("<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.defineSlot('/1055314/IL_Desktop/IL_Explained/IL_Article_ATF_728',[[728,90],[970,90]],'div-gpt-ad-atf').addService(googletag.pubads());googletag.defineSlot('/1055314/IL_Desktop/IL_Explained/IL_Article_MTF_300',[300,250],'div-gpt-ad-mtf-1').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>")
    w("</head>")
    w('<body class="article-template explained single-post postid-%s">' % meta["id"])
    w('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5LDG7X" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>')
    w('<div id="ad-atf" class="ad-slot ad-leaderboard"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-atf" data-google-query-id="CKmV2s-XtYwDFa2Wrl0d"></div></div>')
    # masthead and menus
    w('<header class="site-header" id="masthead">')
    w('<div class="top-strip"><div class="container"><span class="today-date">Monday, Apr 14, 2025</span> <span class="edition">EDITION <a href="%s/">India</a> | <a href="%s/cities/">Cities</a></span> <a class="epaper" href="%s/epaper/">ePaper</a> <a class="sub-btn" href="%s/subscribe/">Subscribe</a> <a class="login" href="%s/login/">Sign In</a></div></div>' % (SITE, SITE, SITE, SITE, SITE))
    w('<div class="masthead"><a class="logo" href="%s/" title="The Indian Ledger"><img src="%s/ledger-logo.svg" alt="The Indian Ledger" width="330" height="44"></a><div class="tagline">Journalism of record, since 1961</div></div>' % (SITE, FILES))
    nav = ["Home", "India", "World", "Cities", "Explained", "Opinion", "Business", "Sports", "Entertainment", "Lifestyle", "Tech", "UPSC Essentials", "Research", "Videos", "Audio"]
    w('<nav class="main-nav" aria-label="Main menu"><ul class="menu">' + "".join('<li class="menu-item%s"><a href="%s/section/%s/">%s</a></li>' % (" current-menu-ancestor" if n == "Explained" else "", SITE, slugify(n), esc(n)) for n in nav) + "</ul></nav>")
    sub = ["Explained Climate", "Explained Economics", "Explained Law", "Explained Global", "Explained Sci-Tech", "Explained Health", "Everyday Explainers"]
    w('<nav class="sub-nav" aria-label="Explained menu"><ul>' + "".join('<li><a href="%s/section/explained/%s/">%s</a></li>' % (SITE, slugify(n), esc(n)) for n in sub) + "</ul></nav>")
    w('<div class="trending-strip"><span class="label">Trending</span><ul><li><a href="%s/section/india/">Waqf Amendment Act</a></li><li><a href="%s/section/business/">Tariff tracker</a></li><li><a href="%s/section/sports/">IPL 2025</a></li><li><a href="%s/section/explained/">Heatwave</a></li></ul></div>' % (SITE, SITE, SITE, SITE))
    w("</header>")
    w('<main id="main" class="site-main"><div class="container"><div class="row">')
    w('<div class="col-main">')
    w('<ol class="breadcrumb"><li><a href="%s/">Home</a></li><li><a href="%s/section/explained/">Explained</a></li><li><a href="%s/section/explained/explained-climate/">%s</a></li><li class="active">Heatwave criteria</li></ol>' % (SITE, SITE, SITE, meta["subsection"]))
    w('<article class="story-details" id="article-%s">' % meta["id"])
    w('<div class="heading-part"><h1 itemprop="headline" class="native_story_title">%s</h1>' % esc(title))
    w('<h2 itemprop="description" class="synopsis">%s</h2></div>' % esc(desc))
    w('<div class="author-date"><div class="editor"><span class="written-by">Written by </span><a href="%s/profile/author/%s/" rel="author">%s</a></div><div class="place">%s</div><div class="date" itemprop="dateModified" content="%s"><span>%s</span></div><div class="read-time">%s</div></div>' % (SITE, meta["authorslug"], esc(meta["author"]), esc(meta["place"]), meta["modified"], esc(meta["datedisplay"]), esc(meta["readtime"])))
    w('<div class="share-bar"><a class="share whatsapp" href="https://api.whatsapp.com/send?text=%s" aria-label="Share on WhatsApp">WhatsApp</a><a class="share facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a class="share x" href="https://x.com/intent/post?url=%s">X</a><a class="share copy" href="javascript:void(0)">Copy link</a><a class="gnews" href="https://news.google.com/publications/CAAqBwgKMNHAqQswqJ3BAw">Follow us on Google News</a></div>' % (url, url, url))
    w('<figure class="custom-caption"><img src="%s/%s" alt="heatwave india" width="1200" height="667" loading="eager"><figcaption>%s</figcaption></figure>' % (FILES, meta["image"], esc(meta["caption"])))
    w('<div class="full-details" id="pcl-full-content" itemprop="articleBody">')
    first_p = True
    ads = 0
    for kind, payload in body:
        if kind == "takeaways":
            _, items = payload
            w('<div class="key-takeaways"><div class="kt-title">Key takeaways</div><ul>' + "".join("<li>%s</li>" % it for it in items) + "</ul></div>")
        elif kind == "p":
            if first_p:
                first_p = False
                w('<p class="first-para"><span class="dropcap">%s</span>%s</p>' % (payload[0], payload[1:]))
            else:
                w("<p>%s</p>" % payload)
        elif kind == "h2":
            w('<h2 id="%s">%s</h2>' % (slugify(html.unescape(payload))[:40], payload))
        elif kind == "h3":
            w("<h3>%s</h3>" % payload)
        elif kind in ("ul", "ol"):
            _, items = payload
            w("<%s>" % kind + "".join("<li>%s</li>" % it for it in items) + "</%s>" % kind)
        elif kind == "table":
            caption, rows = payload
            cells = [r.split("|") for r in rows]
            t = ['<div class="table-responsive"><table class="story-table"><caption>%s</caption>' % caption]
            t.append("<thead><tr>" + "".join("<th>%s</th>" % c for c in cells[0]) + "</tr></thead><tbody>")
            for r in cells[1:]:
                t.append('<tr class="row-%s">' % r[0].lower() + "".join("<td>%s</td>" % c for c in r) + "</tr>")
            t.append("</tbody></table></div>")
            w("".join(t))
        elif kind == "ad":
            ads += 1
            w('<div class="ad-slot ad-inarticle" id="inarticle-%d"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-mtf-%d"></div><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-mtf-%d");});</script></div>' % (ads, ads, ads))
        elif kind == "also":
            label, slug = [x.strip() for x in payload.split("|")]
            w('<div class="also-read"><span class="ar-label">Also Read</span> | <a href="%s/article/%s/" target="_blank">%s</a></div>' % (SITE, slug, label))
        elif kind == "pull":
            w('<blockquote class="pullquote"><p>%s</p></blockquote>' % payload)
        elif kind == "note":
            w('<p class="update-note"><em>%s</em></p>' % payload)
    w("</div>")  # full-details
    tags = meta["tags"].split("|")
    w('<div class="storytags"><span>Tags:</span><ul>' + "".join('<li><a href="%s/about/%s/">%s</a></li>' % (SITE, slugify(t), esc(t)) for t in tags) + "</ul></div>")
    w('<div class="author-box"><img src="%s/ananya-rao-150x150.jpg" alt="%s" width="72" height="72"><div class="author-info"><a class="author-name" href="%s/profile/author/%s/">%s</a><p class="author-bio">%s</p><a class="follow" href="https://x.com/ananyarao_IL">Follow @ananyarao_IL</a></div></div>' % (FILES, meta["author"], SITE, meta["authorslug"], meta["author"], meta["authorbio"]))
    w("</article>")
    w('<section class="newsletter-signup" id="nl-explained"><h3 class="nl-title">Explained, in your inbox</h3><p class="nl-desc">Get the day’s most important explainers, plus a weekly UPSC Essentials round-up, every morning at 7.</p><form action="%s/newsletters/subscribe/" method="post"><input type="email" name="email" placeholder="Enter your email address" required=""><input type="hidden" name="list" value="explained-daily"><button type="submit">Subscribe</button></form><p class="nl-terms">By signing up you agree to our <a href="%s/terms-of-use/">Terms of Use</a> and <a href="%s/privacy-policy/">Privacy Policy</a>.</p></section>' % (SITE, SITE, SITE))
    w('<section class="more-explained"><h3 class="section-title">More Explained</h3><ul>'
      '<li><a href="%s/article/explained-climate/la-nina-monsoon-2025-forecast-9931005/">Will La Niña return? What it could mean for the 2025 monsoon</a></li>'
      '<li><a href="%s/article/explained-health/heatstroke-heat-exhaustion-difference-9342217/">Heatstroke or heat exhaustion? How to tell them apart</a></li>'
      '<li><a href="%s/article/explained-economics/heat-wheat-yield-food-inflation-9870412/">How heat is feeding India’s food inflation</a></li>'
      '<li><a href="%s/article/explained-law/disaster-management-amendment-act-2025-9906618/">What the amended disaster management law changes</a></li>'
      "</ul></section>" % (SITE, SITE, SITE, SITE))
    w("</div>")  # col-main
    w('<aside class="col-side"><div class="ad-slot ad-rhs"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-rhs-1"></div></div><div class="most-read"><h3>Most Read</h3><ol>'
      '<li><a href="%s/section/cities/delhi/">Delhi weather today: IMD issues yellow alert as mercury crosses 40°C</a></li>'
      '<li><a href="%s/section/india/">Schools in Odisha to shut early for summer vacation</a></li>'
      '<li><a href="%s/section/business/">Power demand set to touch new high this summer: CEA</a></li>'
      '<li><a href="%s/section/upsc-essentials/">UPSC Essentials: Key terms from the week’s news</a></li>'
      "</ol></div></aside>" % (SITE, SITE, SITE, SITE))
    w("</div></div></main>")
    w('<footer class="site-footer"><div class="container">')
    w('<div class="footer-logo"><img src="%s/ledger-logo-white.svg" alt="The Indian Ledger" width="220" height="30"></div>' % FILES)
    w('<div class="footer-cols"><ul><li class="fh">News</li><li><a href="%s/section/india/">India</a></li><li><a href="%s/section/world/">World</a></li><li><a href="%s/section/cities/">Cities</a></li><li><a href="%s/section/explained/">Explained</a></li></ul>' % (SITE, SITE, SITE, SITE))
    w('<ul><li class="fh">Company</li><li><a href="%s/about-us/">About Us</a></li><li><a href="%s/contact-us/">Contact Us</a></li><li><a href="%s/careers/">Careers</a></li><li><a href="%s/advertise/">Advertise with Us</a></li></ul>' % (SITE, SITE, SITE, SITE))
    w('<ul><li class="fh">Policies</li><li><a href="%s/privacy-policy/">Privacy Policy</a></li><li><a href="%s/terms-of-use/">Terms of Use</a></li><li><a href="%s/grievance-redressal/">Grievance Redressal</a></li><li><a href="%s/code-of-ethics/">Code of Ethics</a></li></ul></div>' % (SITE, SITE, SITE, SITE))
    w('<div class="footer-social">Follow us: <a href="https://www.facebook.com/indianledger">Facebook</a> <a href="https://x.com/IndianLedger">X</a> <a href="https://www.instagram.com/indianledger/">Instagram</a> <a href="https://www.youtube.com/@indianledger">YouTube</a> <a href="https://t.me/indianledger">Telegram</a></div>')
    w('<p class="copyright">Copyright © 2025 The Indian Ledger Pvt. Ltd. All Rights Reserved</p>')
    w("</div></footer>")
    w('<div id="cookie-consent" class="cookie-bar" style="display: none;">We use cookies to improve your experience. By continuing to browse, you agree to our <a href="%s/privacy-policy/">cookie policy</a>. <button>OK</button></div>' % SITE)
    w('<script src="%s/ledger-main.min.js"></script>' % FILES)
    w('<script>document.querySelectorAll(".share.copy").forEach(function(b){b.addEventListener("click",function(){navigator.clipboard.writeText(location.href)})});</script>')
    w("</body></html>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    data = build().encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", os.path.normpath(OUT), len(data), "bytes")
