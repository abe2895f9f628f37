#!/usr/bin/python3
"""Re-make docs/dte-project-cheetah-at-three.html from tools/dte-project-cheetah-at-three.txt.

The file imitates a Down To Earth story page (downtoearth.org.in, on the Quintype "Arrow" front end
the site has used since its 2024 relaunch) saved by Chrome as "Webpage, Complete": a "saved from url"
comment, head metadata (description, keywords, canonical, Open Graph, Twitter card, two JSON-LD
blocks, the NewsArticle one repeating the whole article body), stylesheet and script links into
the "…_files" folder Chrome writes beside the page (the set does not hold that folder), an inline
block of theme variables, Google Tag Manager with its noscript iframe; the site header (logo,
Hindi-edition and Subscribe links, search button, the section menu), the breadcrumb, the section
label, the h1 headline, the standfirst, the author card with the publish line and read time, share
buttons (svg icons), the lead image with caption and credit, the story elements (text paragraphs,
h2 subheads, a pull-quote blockquote with its attribution, "Read more" links to other stories),
the topic tags, a newsletter box, the comments box (count, form, two comments), "Related Stories",
an ad slot and the footer.  The output is deterministic.

Usage: make_dte_html.py [output path]   (default: docs/dte-project-cheetah-at-three.html)
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "dte-project-cheetah-at-three.txt")
OUT = os.path.join(ROOT, "docs", "dte-project-cheetah-at-three.html")
SITE = "https://www.downtoearth.org.in"
CDN = "https://media.assettype.com/downtoearth"


def esc(s):
    # Chrome's serializer escapes &, < and > in text and keeps non-ASCII characters as UTF-8;
    # the CMS stores a no-break space between "Rs" and the amount
    return html.escape(s, quote=False).replace("Rs ", "Rs&nbsp;")


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def parse(src):
    meta, blocks = {}, []
    lines = src.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("@meta "):
            k, v = ln[6:].split("=", 1)
            meta[k] = v
        elif ln.startswith("# "):
            meta["title"] = ln[2:]
        elif ln.startswith("> "):
            meta["standfirst"] = ln[2:]
        elif ln.startswith("@tags "):
            meta["tags"] = ln[6:].split(" | ")
        elif ln.startswith("@image "):
            cap, credit = ln[7:].split(" | ")
            meta["caption"], meta["credit"] = cap, credit
        elif ln.startswith("## "):
            blocks.append(("h2", ln[3:]))
        elif ln.startswith("@quote "):
            q, who = ln[7:].split(" | ")
            blocks.append(("quote", q, who))
        elif ln.startswith("@readmore "):
            t, u = ln[10:].split(" | ")
            blocks.append(("readmore", t, u))
        elif ln.startswith("@comments"):
            i += 1
            cs = []
            while lines[i] != "@end":
                cs.append(lines[i].split(" | "))
                i += 1
            meta["comments"] = cs
        elif ln.strip():
            blocks.append(("p", ln))
        i += 1
    return meta, blocks


def files(meta):
    # Chrome names the folder after the page title, with characters illegal in file names as "_"
    return "./" + meta["title"].replace(":", "_") + "_files"


ICON = {
    "facebook": "M9 8H6v4h3v12h5V12h3.6l.4-4h-4V6.3c0-1 .2-1.3 1.1-1.3H18V0h-3.8C10.6 0 9 1.6 9 4.6V8z",
    "x": "M18.2 2.2h3.4l-7.4 8.5 8.7 11.5h-6.8l-5.3-7-6.1 7H1.3l7.9-9L.8 2.2h7l4.8 6.4 5.6-6.4z",
    "whatsapp": "M12 0a12 12 0 0 0-10.4 18l-1.6 6 6.2-1.6A12 12 0 1 0 12 0z",
    "linkedin": "M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9h4v12H3zM9 9h3.8v1.7h.1c.5-1 1.8-2 3.8-2 4 0 4.8 2.6 4.8 6V21h-4v-5.6c0-1.3 0-3-1.9-3s-2.2 1.5-2.2 3V21H9z",
}


def svg(name):
    return ('<svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">'
            '<path d="%s"></path></svg>' % ICON[name])


def build(meta, blocks):
    F = files(meta)
    url = "%s/%s" % (SITE, meta["slug"])
    title = meta["title"]
    body_text = "\n\n".join(b[1] for b in blocks if b[0] in ("p", "h2"))
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": meta["standfirst"],
        "articleSection": meta["section"],
        "keywords": ",".join(meta["tags"]),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "image": {"@type": "ImageObject", "url": "%s/%s?w=1200&auto=format%%2Ccompress&fit=max" % (CDN, meta["image"]),
                  "width": "1200", "height": "675"},
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "author": [{"@type": "Person", "givenName": meta["author"], "name": meta["author"],
                    "url": "%s/author/%s" % (SITE, meta["author"].lower().replace(" ", "-"))}],
        "publisher": {"@type": "Organization", "@context": "http://schema.org", "name": "Down To Earth",
                      "url": SITE, "logo": {"@context": "http://schema.org", "@type": "ImageObject",
                                            "author": "downtoearth", "contentUrl": CDN + "/2024-04/dte-logo.png",
                                            "url": CDN + "/2024-04/dte-logo.png", "name": "logo", "width": "", "height": ""}},
        "articleBody": body_text,
        "isAccessibleForFree": True,
    }
    crumbs = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE},
        {"@type": "ListItem", "position": 2, "name": meta["section"], "item": SITE + "/wildlife-biodiversity"},
        {"@type": "ListItem", "position": 3, "name": title, "item": url}]}
    o = []
    w = o.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">')
    w('<link rel="preconnect" href="https://media.assettype.com"><link rel="dns-prefetch" href="https://www.googletagmanager.com">')
    w("<title>%s</title>" % esc(title))
    w('<meta name="description" content="%s">' % attr(meta["standfirst"]))
    w('<meta name="keywords" content="%s">' % attr(",".join(meta["tags"])))
    w('<meta name="news_keywords" content="%s">' % attr(",".join(meta["tags"])))
    w('<link rel="canonical" href="%s">' % url)
    w('<link rel="amphtml" href="%s/amp/story/%s">' % (SITE, meta["slug"]))
    w('<meta property="og:type" content="article"><meta property="og:site_name" content="Down To Earth">')
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:title" content="%s">' % attr(title))
    w('<meta property="og:description" content="%s">' % attr(meta["standfirst"]))
    w('<meta property="og:image" content="%s/%s?w=1200&amp;ar=40%%3A21&amp;auto=format%%2Ccompress&amp;ogImage=true&amp;mode=crop&amp;enlarge=true&amp;overlay=false&amp;overlay_position=bottom&amp;overlay_width=100">' % (CDN, meta["image"]))
    w('<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">')
    w('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (meta["published"], meta["modified"]))
    w('<meta property="article:section" content="%s">' % attr(meta["section"]))
    for t in meta["tags"]:
        w('<meta property="article:tag" content="%s">' % attr(t))
    w('<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@down2earthindia">')
    w('<meta name="twitter:title" content="%s">' % attr(title))
    w('<meta name="twitter:description" content="%s">' % attr(meta["standfirst"]))
    w('<meta name="robots" content="max-image-preview:large">')
    w('<link rel="icon" href="%s/favicon.ico">' % F)
    w('<link rel="stylesheet" href="%s/app.9c41d2e7.css">' % F)
    w('<link rel="stylesheet" href="%s/story-page.3be8a011.css">' % F)
    w('<style>:root{--arrow-c-brand1:#e2231a;--arrow-c-brand2:#1d1d1b;--arrow-c-mono1:#0d0d0d;--arrow-c-mono2:#333;'
      '--arrow-c-mono3:#636363;--arrow-c-mono4:#9e9e9e;--arrow-c-light:#fff;--arrow-c-accent1:#2e7d32;'
      '--arrow-typeface-primary:"Merriweather",serif;--arrow-typeface-secondary:"Source Sans Pro",sans-serif;'
      '--arrow-fw-bold:700}.arr--story-page .story-element p{font-size:18px;line-height:1.6}'
      '.arr--blockquote{border-left:4px solid var(--arrow-c-brand1)}</style>')
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False).replace("</", "<\\/"))
    w('<script type="application/ld+json">%s</script>' % json.dumps(crumbs, ensure_ascii=False))
    w('<script async="" src="%s/gtm.js"></script>' % F)
    w("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
      "var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
      "j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
      "})(window,document,'script','dataLayer','GTM-K8QX6D2');</script>")
    w('<script async="" src="%s/gpt.js"></script>' % F)
    w("</head>\n")
    w('<body class="story-page arrow-theme"><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K8QX6D2" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n')
    w('<div id="container"><div class="header-wrapper">')
    w('<header class="arr--header" data-test-id="header">')
    w('<div class="top-strip"><a class="hindi-link" href="https://www.downtoearth.org.in/hindi">हिंदी</a>'
      '<a class="subscribe-btn" href="https://www.downtoearth.org.in/subscribe">Subscribe</a>'
      '<a class="newsletter-btn" href="https://www.downtoearth.org.in/newsletters">Newsletters</a></div>')
    w('<div class="logo-row"><button class="hamburger" aria-label="Open menu"><span></span><span></span><span></span></button>'
      '<a href="https://www.downtoearth.org.in/" class="logo" aria-label="Down To Earth"><img src="%s/dte-logo.png" alt="Down To Earth" width="220" height="48"></a>'
      '<button class="search-icon" aria-label="Search"><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">'
      '<path d="M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2z"></path></svg></button></div>' % F)
    w('<nav class="arr--menu" aria-label="Sections"><ul class="menu-list">')
    for name, href in (("Climate Change", "climate-change"), ("Wildlife &amp; Biodiversity", "wildlife-biodiversity"),
                       ("Water", "water"), ("Air", "air"), ("Agriculture", "agriculture"), ("Health", "health"),
                       ("Energy", "energy"), ("Governance", "governance"), ("Africa", "africa"),
                       ("Science &amp; Technology", "science-technology"), ("Data Centre", "data-centre"),
                       ("Video", "video")):
        w('<li class="menu-item"><a href="https://www.downtoearth.org.in/%s">%s</a></li>' % (href, name))
    w("</ul></nav></header></div>\n")
    w('<main id="main"><div class="ad-slot ad-leaderboard"><div id="div-gpt-ad-1694412845207-0" style="min-width:728px;min-height:90px"></div></div>')
    w('<div class="arr--story-page" data-story-id="%s">' % meta["id"])
    w('<nav class="arr--breadcrumb" aria-label="breadcrumb"><ol><li><a href="https://www.downtoearth.org.in/">Home</a></li>'
      '<li><a href="https://www.downtoearth.org.in/wildlife-biodiversity">%s</a></li></ol></nav>' % esc(meta["section"]))
    w('<div class="arr--section-name"><a href="https://www.downtoearth.org.in/wildlife-biodiversity">%s</a></div>' % esc(meta["section"]))
    w('<h1 class="arr--headline" data-test-id="headline">%s</h1>' % esc(title))
    w('<h2 class="arr--sub-headline" data-test-id="subheadline">%s</h2>' % esc(meta["standfirst"]))
    slug = meta["author"].lower().replace(" ", "-")
    w('<div class="arr--author-details"><img class="author-image" src="%s/%s.jpg" alt="%s" width="40" height="40">'
      '<div class="author-meta"><a class="arr--author-name" href="https://www.downtoearth.org.in/author/%s" rel="author">%s</a>'
      '<div class="arr--publish-details"><time datetime="%s">Published on: <span>%s</span></time>'
      '<span class="dot"></span><span class="read-time">%s</span></div></div></div>'
      % (F, slug, attr(meta["author"]), slug, esc(meta["author"]), meta["published"], meta["shown"], meta["readtime"]))
    w('<div class="arr--share-list" aria-label="Share">')
    for name, label in (("facebook", "Share on Facebook"), ("x", "Share on X"), ("whatsapp", "Share on WhatsApp"),
                        ("linkedin", "Share on LinkedIn")):
        w('<a class="share-btn share-%s" aria-label="%s" href="#" role="button">%s</a>' % (name, label, svg(name)))
    w("</div>\n")
    img = meta["image"].split("/")[-1]
    w('<figure class="arr--hero-image"><img src="%s/%s" alt="%s" width="1200" height="675" loading="eager" '
      'srcset="%s/%s 480w, %s/%s 960w, %s/%s 1200w" sizes="(max-width: 768px) 100vw, 760px">'
      '<figcaption class="arr--hero-caption"><span class="caption">%s</span><span class="attribution">%s</span></figcaption></figure>\n'
      % (F, img, attr(meta["caption"]), F, img, F, img, F, img, esc(meta["caption"]), esc(meta["credit"])))
    w('<div class="arr--story-elements">\n')
    n_text = 0
    for b in blocks:
        if b[0] == "p":
            n_text += 1
            w('<div class="story-element story-element-text"><div class="arr--text-element"><p>%s</p></div></div>\n' % esc(b[1]))
            if n_text == 5:
                w('<div class="ad-slot ad-inarticle"><div id="div-gpt-ad-1694412845207-3" style="min-height:250px"></div></div>\n')
        elif b[0] == "h2":
            w('<div class="story-element story-element-text"><div class="arr--text-element"><h2>%s</h2></div></div>\n' % esc(b[1]))
        elif b[0] == "quote":
            w('<div class="story-element story-element-text story-element-text-blockquote"><blockquote class="arr--blockquote">'
              '<div class="quote-icon" aria-hidden="true">\u201c</div><p class="quote-text">%s</p>'
              '<p class="quote-attribution">\u2014 %s</p></blockquote></div>\n' % (esc(b[1]), esc(b[2])))
        elif b[0] == "readmore":
            w('<div class="story-element story-element-text story-element-text-also-read"><p><strong>Read more:</strong> '
              '<a href="https://www.downtoearth.org.in/%s">%s</a></p></div>\n' % (b[2], esc(b[1])))
    w("</div>\n")
    w('<div class="arr--story-tags"><span class="tags-label">Tags</span><ul>')
    for t in meta["tags"]:
        w('<li><a href="https://www.downtoearth.org.in/topic/%s">%s</a></li>' % (t.lower().replace(" ", "-"), esc(t)))
    w("</ul></div>\n")
    w('<div class="newsletter-box"><p class="newsletter-title">Subscribe to Daily Newsletter :</p>'
      '<form class="newsletter-form" action="https://www.downtoearth.org.in/newsletters" method="post">'
      '<input type="email" name="email" placeholder="Enter your email" aria-label="Email"><button type="submit">Subscribe</button>'
      "</form></div>\n")
    cs = meta["comments"]
    w('<section class="comments-box" id="comments"><h3 class="comments-title">Comments <span class="count">(%d)</span></h3>' % len(cs))
    w('<form class="comment-form"><textarea name="comment" rows="4" placeholder="Write your comment here" aria-label="Comment"></textarea>'
      '<div class="form-row"><input type="text" name="name" placeholder="Name*"><input type="email" name="email" placeholder="Email*">'
      '<button type="submit" class="post-comment">Post Comment</button></div></form>')
    w('<ul class="comment-list">')
    for name, when, text in cs:
        w('<li class="comment"><div class="comment-head"><span class="comment-author">%s</span><span class="comment-time">%s</span></div>'
          '<p class="comment-body">%s</p><button class="reply-btn">Reply</button></li>' % (esc(name), esc(when), esc(text)))
    w("</ul></section>\n")
    w('<section class="related-stories"><h3>Related Stories</h3><ul>'
      '<li><a href="https://www.downtoearth.org.in/wildlife-biodiversity/gandhi-sagar-gets-its-first-cheetahs">Gandhi Sagar gets its first cheetahs</a></li>'
      '<li><a href="https://www.downtoearth.org.in/wildlife-biodiversity/leopard-census-2022-madhya-pradesh-tops-again">Leopard census 2022: Madhya Pradesh tops again</a></li>'
      '<li><a href="https://www.downtoearth.org.in/wildlife-biodiversity/grasslands-are-not-wastelands">Grasslands are not wastelands</a></li>'
      "</ul></section>\n")
    w("</div></main>\n")
    w('<footer class="arr--footer"><div class="footer-logo"><img src="%s/dte-logo-white.png" alt="Down To Earth" width="180" height="40"></div>' % F)
    w('<p class="footer-about">Down To Earth is published by the Centre for Science and Environment, New Delhi.</p>')
    w('<ul class="footer-links"><li><a href="https://www.downtoearth.org.in/about-us">About Us</a></li>'
      '<li><a href="https://www.downtoearth.org.in/contact-us">Contact Us</a></li>'
      '<li><a href="https://www.downtoearth.org.in/advertise-with-us">Advertise</a></li>'
      '<li><a href="https://www.downtoearth.org.in/privacy-policy">Privacy Policy</a></li>'
      '<li><a href="https://www.downtoearth.org.in/terms-and-conditions">Terms &amp; Conditions</a></li></ul>')
    w('<div class="footer-social"><a href="https://www.facebook.com/down2earthindia" aria-label="Facebook">%s</a>'
      '<a href="https://x.com/down2earthindia" aria-label="X">%s</a></div>' % (svg("facebook"), svg("x")))
    w('<p class="copyright">Copyright \u00a9 2025 Down To Earth. All rights reserved.</p></footer></div>\n')
    w('<script src="%s/runtime.5b1f0c9e.js"></script><script src="%s/app.9c41d2e7.js"></script>\n' % (F, F))
    w("<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
      "googletag.defineSlot('/21827505/DTE_Story_Top',[728,90],'div-gpt-ad-1694412845207-0').addService(googletag.pubads());"
      "googletag.enableServices();});</script>\n")
    w("\n</body></html>")
    return "".join(o)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build(meta, blocks))


if __name__ == "__main__":
    main()
