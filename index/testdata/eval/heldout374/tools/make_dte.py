#!/usr/bin/python3
"""Re-make docs/dte-heat-action-plans-article.html byte for byte from tools/dte-heat-action-plans-article.txt.

The page is a Down To Earth article (the 2024 redesign of downtoearth.org.in, a server-rendered
React story page) as Chrome writes it with "Save page as... > Webpage, Complete": the
"saved from url" comment, a Content-Type meta first in the head, every stylesheet, script, font and
image pointed into the "..._files" folder Chrome makes next to the file (named after the page
title, with ":" turned into "_"; the set does not hold it), the chart iframe's document saved as
saved_resource.html in that folder, the DOM as it stood after scripts ran (ad slots, the
cookie banner, the Google Tag Manager noscript iframe).
Source marks: "%key value" metadata, "P " paragraphs, "## " subheads, "[chart] title | id | source",
"[also] title | url".
Deterministic: fixed dates, no randomness.
Run: /usr/bin/python3 tools/make_dte.py [output path]
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "dte-heat-action-plans-article.txt")
OUT = os.path.join(ROOT, "docs", "dte-heat-action-plans-article.html")

NAV = [("Climate Change", "climate-change"), ("Environment", "environment"), ("Water", "water"),
       ("Air", "air"), ("Health", "health"), ("Agriculture", "agriculture"),
       ("Wildlife &amp; Biodiversity", "wildlife-biodiversity"), ("Forests", "forests"),
       ("Energy", "energy"), ("Urbanisation", "urbanisation"), ("Governance", "governance"),
       ("Africa", "africa"), ("Video", "video"), ("Data Centre", "data-centre")]


def esc(s):
    """Text as Chrome's serializer writes it: &amp; &lt; &gt; and no-break spaces as &nbsp;."""
    return html.escape(s, quote=False).replace("\u00a0", "&nbsp;")


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def parse(path):
    meta, blocks = {}, []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("%"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("P "):
            blocks.append(("p", line[2:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("[chart] "):
            blocks.append(("chart", [x.strip() for x in line[8:].split(" | ")]))
        elif line.startswith("[also] "):
            blocks.append(("also", [x.strip() for x in line[7:].split(" | ")]))
    return meta, blocks


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(SRC)
    url = meta["url"]
    title = meta["headline"]
    files = title.replace(":", "_") + "_files"
    fq = "./" + files.replace(" ", "%20").replace("’", "%E2%80%99") + "/"
    img_path, caption, credit = [x.strip() for x in meta["image"].split(" | ")]
    img_name = img_path.split("/")[-1]
    img_url = "https://media.assettype.com/downtoearth/" + img_path
    tags = [t.strip() for t in meta["tags"].split(",")]
    pub, upd = meta["published"], meta["updated"]
    desc = meta["standfirst"]
    ld = {
        "@context": "http://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title, "description": desc,
        "image": {"@type": "ImageObject", "url": img_url + "?w=1200&auto=format%2Ccompress&ogImage=true",
                  "width": "1200", "height": "675"},
        "datePublished": pub, "dateModified": upd,
        "author": [{"@type": "Person", "givenName": meta["author"],
                    "name": meta["author"], "url": "https://www.downtoearth.org.in/author/" + meta["author-slug"]}],
        "keywords": ",".join(tags),
        "articleSection": meta["section"],
        "publisher": {"@type": "Organization", "name": "Down To Earth",
                      "logo": {"@type": "ImageObject",
                               "url": "https://media.assettype.com/downtoearth/2024-04/dte-logo.png",
                               "width": "600", "height": "60"}},
    }
    crumbs = {"@context": "http://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.downtoearth.org.in"},
        {"@type": "ListItem", "position": 2, "name": meta["section"],
         "item": "https://www.downtoearth.org.in/" + meta["section-slug"]},
        {"@type": "ListItem", "position": 3, "name": title, "item": url}]}
    o = []
    w = o.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>%s</title>" % esc(title))
    w('<meta name="description" content="%s">' % attr(desc))
    w('<meta name="keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="author" content="%s">' % attr(meta["author"]))
    w('<link rel="canonical" href="%s">' % url)
    w('<meta property="og:type" content="article"><meta property="og:site_name" content="Down To Earth">')
    w('<meta property="og:url" content="%s"><meta property="og:title" content="%s">' % (url, attr(title)))
    w('<meta property="og:description" content="%s">' % attr(desc))
    w('<meta property="og:image" content="%s?rect=0%%2C0%%2C1200%%2C675&amp;w=1200&amp;auto=format%%2Ccompress&amp;ogImage=true">' % img_url)
    w('<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (pub, upd))
    w('<meta property="article:section" content="%s">' % meta["section"])
    for t in tags:
        w('<meta property="article:tag" content="%s">' % attr(t))
    w('<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@down2earthindia">')
    w('<meta name="twitter:title" content="%s">' % attr(title))
    w('<link rel="preconnect" href="https://media.assettype.com/">')
    w('<link rel="icon" type="image/png" href="%sfavicon-32x32.png">' % fq)
    w('<link rel="stylesheet" href="%sapp.a7c31f0e.css">' % fq)
    w('<link rel="stylesheet" href="%sstory-page.3be6d2f9.css">' % fq)
    w('<style>@font-face{font-family:"Lora";font-display:swap;src:url(%slora-v32-latin-regular.woff2) format("woff2")}'
      '@font-face{font-family:"Inter";font-display:swap;src:url(%sinter-v13-latin-regular.woff2) format("woff2")}'
      ':root{--primary-color:#0a6f3c;--secondary-color:#f4a51c;--font-headline:"Lora",serif;--font-body:"Inter",sans-serif}</style>' % (fq, fq))
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")))
    w('<script type="application/ld+json">%s</script>' % json.dumps(crumbs, ensure_ascii=False, separators=(",", ":")))
    w('<script async="" src="%sgtm.js"></script><script async="" src="%sadsbygoogle.js" crossorigin="anonymous"></script>' % (fq, fq))
    w("</head>\n")
    w('<body class="story-page"><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K4B8QNV" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n')
    w('<div id="container"><div class="arr--app">')
    # top strip
    w('<div class="top-strip-m_wrapper__Zq9fE"><div class="top-strip-m_date__1uV7s">Monday, 16 June 2025</div>'
      '<ul class="top-strip-m_links__2QHCe"><li><a href="https://www.downtoearth.org.in/subscribe">Subscribe</a></li>'
      '<li><a href="https://www.downtoearth.org.in/newsletter">Newsletters</a></li>'
      '<li><a href="https://www.downtoearth.org.in/hindi">हिंदी</a></li></ul></div>\n')
    # header + nav
    w('<header class="header-m_header__3nF0a"><div class="header-m_inner__2pKxZ">'
      '<button class="header-m_hamburger__1xq0N" aria-label="Open menu"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M3 6h18M3 12h18M3 18h18" stroke="#000"></path></svg></button>'
      '<a class="header-m_logo__3tTq1" href="https://www.downtoearth.org.in/" aria-label="Down To Earth"><img src="%sdte-logo.svg" alt="Down To Earth" width="220" height="48"></a>'
      '<button class="header-m_search__2wZ5y" aria-label="Search"><svg width="20" height="20" viewBox="0 0 20 20"><circle cx="8" cy="8" r="6" stroke="#000" fill="none"></circle></svg></button>'
      '</div>\n<nav class="nav-m_menu__1E7pA" aria-label="Main navigation"><ul class="nav-m_list__3hX2q">' % fq)
    for name, slug in NAV:
        w('<li class="nav-m_item__2vGkD"><a href="https://www.downtoearth.org.in/%s">%s</a></li>' % (slug, name))
    w('</ul></nav></header>\n')
    w('<div class="ad-m_wrapper__2S0pA ad-m_leaderboard__1Dk9d"><div class="ad-m_label__3t1zq">Advertisement</div>'
      '<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-5321468419871234" data-ad-slot="4412097713" data-adsbygoogle-status="done" data-ad-status="unfilled"></ins></div>\n')
    # story
    w('<main id="main-content"><div class="arr--story-page" data-story-content-id="6b0f9f2e-5b2d-4a43-9c4e-2f1f2c7d7a10">')
    w('<div class="story-head-m_wrapper__1uZ1t">')
    w('<div class="section-tag-m_tag__3kY4b"><a href="https://www.downtoearth.org.in/%s" class="section-tag-m_link__2q8Ze">%s</a></div>\n'
      % (meta["section-slug"], esc(meta["section"])))
    w('<h1 class="headline-m_headline__3PGCE" data-test-id="headline">%s</h1>\n' % esc(title))
    w('<h2 class="subheadline-m_subheadline__3tSdq" data-test-id="subheadline">%s</h2>\n' % esc(desc))
    w('<div class="byline-m_wrapper__2bT8c"><div class="byline-m_authors__1oE3n">'
      '<a href="https://www.downtoearth.org.in/author/%s" class="byline-m_author__3xw0R"><img src="%sauthor-placeholder.png" alt="%s" width="36" height="36" loading="lazy">'
      '<span class="byline-m_name__2E3ef">%s</span></a></div>'
      % (meta["author-slug"], fq, attr(meta["author"]), esc(meta["author"])))
    w('<div class="byline-m_dates__1m0sJ"><time datetime="%s" class="byline-m_published__3nV7p">Published on: 16 Jun 2025, 4:07 pm</time>'
      '<time datetime="%s" class="byline-m_updated__2d0Qk">Updated on: 16 Jun 2025, 6:42 pm</time></div>' % (pub, upd))
    w('<div class="share-m_share__1rZ2v" aria-label="Share">'
      '<a href="https://www.facebook.com/sharer.php?u=%s" target="_blank" rel="noopener" aria-label="Share on Facebook"><svg width="16" height="16"><use href="#icon-facebook"></use></svg></a>'
      '<a href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener" aria-label="Share on X"><svg width="16" height="16"><use href="#icon-x"></use></svg></a>'
      '<a href="https://api.whatsapp.com/send?text=%s" target="_blank" rel="noopener" aria-label="Share on WhatsApp"><svg width="16" height="16"><use href="#icon-whatsapp"></use></svg></a>'
      '<a href="https://www.linkedin.com/shareArticle?url=%s" target="_blank" rel="noopener" aria-label="Share on LinkedIn"><svg width="16" height="16"><use href="#icon-linkedin"></use></svg></a>'
      '<button class="share-m_copy__3d2Fq" aria-label="Copy link"><svg width="16" height="16"><use href="#icon-link"></use></svg></button></div></div>\n'
      % (url, url, url, url))
    w('</div>\n')
    w('<figure class="hero-image-m_figure__2XyPz"><div class="hero-image-m_image__1GhN0">'
      '<img src="%s%s" alt="%s" width="1200" height="675" fetchpriority="high" data-src="%s?w=1200&amp;auto=format%%2Ccompress"></div>'
      '<figcaption class="hero-image-m_caption__3wq7A"><span class="hero-image-m_text__1bX9Y">%s</span>'
      '<span class="hero-image-m_attribution__2kX5t">%s</span></figcaption></figure>\n'
      % (fq, img_name, attr(caption), img_url, esc(caption), esc(credit)))
    w('<div class="story-m_body__2q7Fc" data-test-id="story-body">\n')
    card = 0
    for kind, val in blocks:
        if kind == "p":
            w('<div class="story-element story-element-text"><div class="arr--text-element text-m_textElement__e3QEt"><p>%s</p></div></div>\n' % esc(val))
        elif kind == "h2":
            card += 1
            w('<div class="story-element story-element-text"><div class="arr--text-element text-m_textElement__e3QEt"><h2>%s</h2></div></div>\n' % esc(val))
        elif kind == "also":
            t, link = val
            w('<div class="story-element story-element-text"><div class="arr--text-element text-m_textElement__e3QEt"><p><strong>Also read:</strong> <a href="%s" target="_blank">%s</a></p></div></div>\n'
              % (link, esc(t)))
        elif kind == "chart":
            t, cid, source = val
            w('<div class="story-element story-element-jsembed"><div class="arr--jsembed">'
              '<iframe title="%s" aria-label="Column Chart" id="datawrapper-chart-%s" src="%ssaved_resource.html" scrolling="no" frameborder="0" '
              'style="width: 0; min-width: 100%% !important; border: none;" height="438" data-external="1"></iframe>'
              '<script type="text/javascript">!function(){"use strict";window.addEventListener("message",function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}})}();</script>'
              '</div></div>\n' % (attr(t), cid, fq))
            w('<div class="ad-m_wrapper__2S0pA ad-m_inArticle__3q1Yx"><div class="ad-m_label__3t1zq">Advertisement</div>'
              '<ins class="adsbygoogle" style="display:block;text-align:center" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-5321468419871234" data-ad-slot="8817432205" data-adsbygoogle-status="done" data-ad-status="unfilled"></ins></div>\n')
    w('</div>\n')
    # tags
    w('<div class="tags-m_wrapper__1b7pN"><div class="tags-m_title__3c9mN">Tags</div><ul class="arr--tag-list tags-m_list__2hQ0b">')
    for t in tags:
        w('<li><a href="https://www.downtoearth.org.in/topic/%s" class="tags-m_tag__2tL6A">%s</a></li>' % (t.lower().replace(" ", "-"), esc(t)))
    w('</ul></div>\n')
    # support box
    w('<div class="support-m_box__1q8Zd"><p class="support-m_text__2yF0p">Down To Earth reports on environment and development from the ground up. '
      'Independent journalism costs money: if you value our work, please consider supporting it.</p>'
      '<a href="https://www.downtoearth.org.in/donate" class="support-m_button__3pX1c">Support us</a></div>\n')
    # newsletter
    w('<div class="newsletter-m_box__2aB7c"><div class="newsletter-m_heading__3Rt0q">Subscribe to our daily newsletter</div>'
      '<p class="newsletter-m_text__1cQ8e">The day&#39;s top stories on environment and development, in your inbox every morning.</p>'
      '<form class="newsletter-m_form__2mM1d" action="https://www.downtoearth.org.in/newsletter/subscribe" method="post">'
      '<input type="email" name="email" placeholder="Enter your email" required="" aria-label="Email address">'
      '<button type="submit" class="newsletter-m_button__1rB6k">Subscribe</button></form></div>\n')
    w('</div></main>\n')
    # footer
    w('<footer class="footer-m_footer__3zQ1c"><div class="footer-m_top__2Ye8d">'
      '<a href="https://www.downtoearth.org.in/" class="footer-m_logo__1x7Jm"><img src="%sdte-logo-white.svg" alt="Down To Earth" width="180" height="40" loading="lazy"></a>'
      '<p class="footer-m_about__1K9s4">A publication of the Centre for Science and Environment, New Delhi.</p></div>'
      '<ul class="footer-m_links__2wP0c">' % fq)
    for name, slug in (("About us", "about-us"), ("Contact us", "contact-us"), ("Advertise", "advertise"),
                       ("Careers", "careers"), ("Privacy policy", "privacy-policy"), ("Terms of use", "terms-of-use")):
        w('<li><a href="https://www.downtoearth.org.in/%s">%s</a></li>' % (slug, name))
    w('</ul><ul class="footer-m_social__3tN9d">'
      '<li><a href="https://www.facebook.com/down2earthindia" aria-label="Facebook"><svg width="20" height="20"><use href="#icon-facebook"></use></svg></a></li>'
      '<li><a href="https://twitter.com/down2earthindia" aria-label="X"><svg width="20" height="20"><use href="#icon-x"></use></svg></a></li>'
      '<li><a href="https://www.instagram.com/down2earthindia/" aria-label="Instagram"><svg width="20" height="20"><use href="#icon-instagram"></use></svg></a></li>'
      '<li><a href="https://www.youtube.com/@down2earthindia" aria-label="YouTube"><svg width="20" height="20"><use href="#icon-youtube"></use></svg></a></li></ul>'
      '<div class="footer-m_copyright__1vP3n">Copyright © 2025 Down To Earth. All rights reserved.</div></footer>\n')
    w('<div class="cookie-m_banner__2oZ8r" role="dialog" aria-live="polite" style="display: none;"><p>We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.</p>'
      '<button class="cookie-m_accept__3bN0s">Accept</button></div>\n')
    w('</div></div>\n')
    w('<script>window.qtVersion="7f3c2a9";window.__GTM_ID__="GTM-K4B8QNV";</script>'
      '<script src="%svendor.5e0b1c77.js"></script><script src="%sapp.91d4e2aa.js"></script>\n' % (fq, fq))
    w('<svg style="display:none" xmlns="http://www.w3.org/2000/svg"><symbol id="icon-facebook" viewBox="0 0 24 24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4v2H7v4h3v8h4v-8h3l1-4h-4V8z"></path></symbol>'
      '<symbol id="icon-x" viewBox="0 0 24 24"><path d="M4 4l16 16M20 4L4 20"></path></symbol></svg>\n')
    w('</body></html>')
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(o))


if __name__ == "__main__":
    main()
