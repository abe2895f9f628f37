#!/usr/bin/python3
"""Make docs/electoral-bonds-verdict-livelaw.html from tools/electoral-bonds-verdict-livelaw.txt.

The page imitates a LiveLaw judgment report saved from Chrome with "Webpage, Complete": the
"saved from url" comment, a long <head> (meta, Open Graph and Twitter tags, canonical and AMP
links, stylesheets in the "_files" folder Chrome writes beside the page, which the set does not
hold, two JSON-LD blocks, Google Tag Manager and ad scripts), then the Hocalwire-style page body:
the free-story meter strip, a cookie notice, the header with the logo, the section menu and the
Subscribe / Login buttons, the breadcrumb, the story (h1 headline, h2 summary, byline with
published and updated stamps, share bar, "Listen to this Article", the lead image with its
caption, paragraphs whose sub-headings are bold run-in paragraphs as LiveLaw writes them, "Also
Read" links, ad slots reading "Advertisement", a numbered and two bulleted lists, the case-details
lines, the judgment link, tags), the Premium teaser with its lock message and perks, "Next Story",
"Related Stories" and the footer.

Run from anywhere: /usr/bin/python3 tools/make_livelaw.py [OUTPUT]   (the output is byte-for-byte stable;
OUTPUT defaults to the file in docs/)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electoral-bonds-verdict-livelaw.txt")
OUT = os.path.join(HERE, "..", "docs", "electoral-bonds-verdict-livelaw.html")
SITE = "https://www.livelaw.in"
FILES = "./Electoral Bonds Scheme Unconstitutional, Violates Voters' Right To Information_files"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<em>\1</em>", s)
    return s


def curly(s):
    """LiveLaw's headline lists show curly quotes and apostrophes."""
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def read():
    meta, body, rel, prem, case = {}, [], [], {"perks": []}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("%"):
                continue
            key, _, val = line.partition(" ")
            if key.startswith("@"):
                meta[key[1:]] = val
            elif key == "REL":
                rel.append(val.split("|"))
            elif key == "NEXT":
                meta["next"] = val.split("|")
            elif key == "CASE":
                case.append(val.split("|", 1))
            elif key == "JUDG":
                meta["judg"] = val.split("|")
            elif key == "PREM-PERK":
                prem["perks"].append(val)
            elif key.startswith("PREM-"):
                prem[key[5:].lower()] = val
            else:
                body.append((key, val))
    return meta, body, rel, prem, case


def story_html(body, meta):
    out, open_list = [], None
    ad = 0
    for key, val in body:
        if open_list and key != open_list:
            out.append("</%s>" % ("ol" if open_list == "O" else "ul"))
            open_list = None
        if key == "FIG":
            out.append('<figure class="story-image"><img src="%s/1500x900_2363012-supreme-court-of-india.webp" '
                       'alt="%s" width="1500" height="900" loading="lazy"><figcaption>%s</figcaption></figure>'
                       % (FILES, attr(val), esc(val)))
        elif key == "P":
            out.append("<p>%s</p>" % inline(val))
        elif key == "H":
            out.append("<p><strong>%s</strong></p>" % inline(val))
        elif key in ("O", "U"):
            if not open_list:
                out.append("<ol>" if key == "O" else "<ul>")
                open_list = key
            out.append("<li>%s</li>" % inline(val))
        elif key == "ALSO":
            head, slug = val.split("|")
            out.append('<p><strong>Also Read - </strong><a href="%s/top-stories/%s" target="_blank">%s</a></p>'
                       % (SITE, slug, esc(curly(head))))
        elif key == "AD":
            ad += 1
            out.append('<div class="ad-slot inarticle-ad" id="div-gpt-ad-1707481223%03d-%d">'
                       '<span class="ad-label">Advertisement</span>'
                       '<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1707481223%03d-%d");});</script>'
                       '</div>' % (ad * 117, ad, ad * 117, ad))
        else:
            raise SystemExit("unknown line: %s %s" % (key, val))
    if open_list:
        out.append("</%s>" % ("ol" if open_list == "O" else "ul"))
    return "\n".join(out)


def build(out=OUT):
    meta, body, rel, prem, case = read()
    url = "%s/top-stories/%s" % (SITE, meta["slug"])
    title = meta["title"]
    pub_iso, pub = meta["published"].split("|")
    upd_iso, upd = meta["updated"].split("|")
    tags = meta["tags"].split("|")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": meta["summary"],
        "image": {"@type": "ImageObject",
                  "url": "https://images.assettype.com/livelaw/2024-02/1500x900_2363012-supreme-court-of-india.webp",
                  "width": 1500, "height": 900},
        "datePublished": pub_iso,
        "dateModified": upd_iso,
        "author": [{"@type": "Person", "name": meta["author"], "url": SITE + "/author/livelaw-news-network-24"}],
        "publisher": {"@type": "Organization", "name": "LiveLaw",
                      "logo": {"@type": "ImageObject", "url": SITE + "/images/logo.png", "width": 600, "height": 60}},
        "keywords": ", ".join(tags),
        "isAccessibleForFree": "True",
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": meta["section"], "item": SITE + "/top-stories"},
            {"@type": "ListItem", "position": 3, "name": title, "item": url},
        ],
    }
    saved = "<!-- saved from url=(%04d)%s -->" % (len(url), url)
    head = """<!DOCTYPE html>
%(saved)s
<html lang="en" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<title>%(title)s</title>
<meta name="description" content="%(desc)s">
<meta name="keywords" content="%(kw)s">
<meta name="news_keywords" content="%(kw)s">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="%(url)s">
<link rel="amphtml" href="%(site)s/amp/top-stories/%(slug)s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Live Law">
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(desc)s">
<meta property="og:url" content="%(url)s">
<meta property="og:image" content="https://images.assettype.com/livelaw/2024-02/1500x900_2363012-supreme-court-of-india.webp">
<meta property="article:published_time" content="%(pub_iso)s">
<meta property="article:modified_time" content="%(upd_iso)s">
<meta property="article:section" content="%(section)s">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LiveLawIndia">
<meta name="twitter:title" content="%(title)s">
<meta name="twitter:description" content="%(desc)s">
<link rel="preconnect" href="https://images.assettype.com">
<link rel="preconnect" href="https://securepubads.g.doubleclick.net">
<link rel="icon" type="image/png" href="%(files)s/favicon.png">
<link rel="stylesheet" href="%(files)s/bootstrap.min.css">
<link rel="stylesheet" href="%(files)s/hocalwire-story.min.css">
<link rel="stylesheet" href="%(files)s/livelaw-theme.css">
<script type="application/ld+json">%(ld)s</script>
<script type="application/ld+json">%(crumbs)s</script>
<script async="" src="%(files)s/gtm.js"></script><script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-KXQ7W3N');</script>
<script async="" src="%(files)s/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []};
googletag.cmd.push(function() {
  googletag.defineSlot('/21791201237/livelaw_desktop/story_inarticle_1', [[300, 250], [728, 90]], 'div-gpt-ad-1707481223117-1').addService(googletag.pubads());
  googletag.defineSlot('/21791201237/livelaw_desktop/story_inarticle_2', [[300, 250], [728, 90]], 'div-gpt-ad-1707481223234-2').addService(googletag.pubads());
  googletag.pubads().setTargeting('section', ['top-stories']).setTargeting('premium', ['no']);
  googletag.pubads().enableSingleRequest(); googletag.enableServices();
});</script>
<script>var hocalwire = {"storyId": "249361", "sectionId": "23", "sectionName": "Top Stories", "paywall": {"type": "metered", "freeLimit": 5, "remaining": 2}, "isPremiumStory": false, "cdn": "https://images.assettype.com/livelaw/"};</script>
<style>.paywall-meter{background:#fff4e5;color:#6b3d00;font-size:13px;padding:6px 12px;text-align:center}
.story-content p{font-size:17px;line-height:1.7;margin:0 0 18px}.story-content li{font-size:17px;line-height:1.7}
.ad-label{display:block;font-size:10px;color:#999;text-align:center;text-transform:uppercase}
.premium-teaser{border:1px solid #c9a227;border-radius:6px;padding:16px;margin:24px 0;background:#fffdf5}
.premium-teaser .teaser-text{-webkit-mask-image:linear-gradient(180deg,#000 40%%,transparent)}
.related-stories li{border-bottom:1px solid #eee;padding:8px 0}
#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px;z-index:999}</style>
</head>
""" % {"saved": saved, "title": esc(title), "desc": attr(meta["summary"]), "kw": attr(", ".join(tags)),
       "url": url, "site": SITE, "slug": meta["slug"], "pub_iso": pub_iso, "upd_iso": upd_iso,
       "section": meta["section"], "files": FILES,
       "ld": json.dumps(ld, ensure_ascii=False), "crumbs": json.dumps(crumbs, ensure_ascii=False)}

    nav = ["Top Stories", "Supreme Court", "High Court", "Law Firms", "Columns", "Know The Law",
           "Round Ups", "Digests", "Hindi", "Premium"]
    nav_html = "\n".join('<li class="nav-item"><a class="nav-link" href="%s/%s">%s</a></li>'
                         % (SITE, n.lower().replace(" ", "-"), n) for n in nav)
    top = """<body class="story-page section-top-stories">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KXQ7W3N" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="paywall-meter" id="paywall-meter">%(meter)s <a href="%(site)s/subscription">Subscribe</a></div>
<div id="cookie-consent" role="dialog" aria-live="polite"><p>We use cookies to improve your experience. See our <a href="%(site)s/cookie-policy">Cookie Policy</a>.</p><button type="button" class="btn btn-sm btn-light" onclick="acceptCookies()">Accept</button></div>
<header class="main-header">
<div class="container header-top d-flex align-items-center justify-content-between">
<button class="navbar-toggler" type="button" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<a class="navbar-brand" href="%(site)s/"><img src="%(files)s/livelaw-logo.svg" alt="Live Law" width="180" height="40"></a>
<div class="header-actions"><a class="btn btn-subscribe" href="%(site)s/subscription">Subscribe</a> <a class="btn btn-login" href="%(site)s/login">Login</a></div>
</div>
<nav class="navbar navbar-expand-lg main-menu"><ul class="navbar-nav">
%(nav)s
</ul></nav>
</header>
""" % {"meter": esc(meta["meter"]), "site": SITE, "files": FILES, "nav": nav_html}

    tag_html = "\n".join('<li><a href="%s/tags/%s">%s</a></li>'
                         % (SITE, re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), esc(t)) for t in tags)
    case_html = "\n".join("<p><strong>%s : </strong>%s</p>" % (esc(k), esc(v)) for k, v in case)
    jlabel, jurl = meta["judg"]
    nhead, nslug = meta["next"]
    rel_html = "\n".join(
        '<li class="related-story"><a href="%s/top-stories/%s"><img src="%s/rel-%d.webp" alt="" width="120" height="72" loading="lazy">'
        '<h4 class="related-title">%s</h4></a><span class="related-date">%s</span></li>'
        % (SITE, slug, FILES, i + 1, esc(curly(head)), esc(date)) for i, (date, head, slug) in enumerate(rel))
    perks = "\n".join("<li>%s</li>" % esc(p) for p in prem["perks"])

    story = """<main class="container main-content">
<div class="row"><div class="col-lg-8 story-column">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="%(site)s/">Home</a></li>
<li class="breadcrumb-item"><a href="%(site)s/top-stories">%(section)s</a></li>
<li class="breadcrumb-item active" aria-current="page">%(short)s</li></ol></nav>
<article class="details-story-wrapper" data-story-id="249361">
<h1 class="details-title">%(title)s</h1>
<h2 class="details-short-desc">%(summary)s</h2>
<div class="details-author-wrapper"><img class="author-img" src="%(files)s/livelaw-news-network.png" alt="LIVELAW NEWS NETWORK" width="40" height="40">
<div class="author-meta"><a class="author-name" href="%(site)s/author/livelaw-news-network-24">%(author)s</a>
<div class="story-dates"><span class="convert-to-localtime" data-datestring="%(pub_iso)s">%(pub)s</span> <span class="update-date">Updated: <span class="convert-to-localtime" data-datestring="%(upd_iso)s">%(upd)s</span></span></div></div>
<div class="share-bar" aria-label="Share"><a class="share-fb" href="https://www.facebook.com/sharer.php?u=%(url)s" title="Facebook"><svg width="18" height="18" viewBox="0 0 24 24"><path d="M14 9h3V6h-3c-2.2 0-4 1.8-4 4v2H8v3h2v7h3v-7h3l1-3h-4v-2c0-.6.4-1 1-1z"></path></svg></a><a class="share-tw" href="https://twitter.com/intent/tweet?url=%(url)s" title="Twitter"><svg width="18" height="18" viewBox="0 0 24 24"><path d="M18 2h3l-7 8 8 12h-6l-5-7-6 7H2l8-9L2 2h6l4 6z"></path></svg></a><a class="share-wa" href="https://api.whatsapp.com/send?text=%(url)s" title="WhatsApp"><svg width="18" height="18" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></svg></a></div></div>
<div class="listen-article"><button type="button" class="btn-listen" aria-label="Listen to this Article">Listen to this Article</button><audio preload="none" src="%(files)s/story-249361.mp3"></audio></div>
<div class="story-content details-content-story">
%(body)s
%(case)s
<p><a class="judgment-link" href="%(jurl)s" target="_blank" rel="noopener">%(jlabel)s</a></p>
</div>
<div class="story-tags"><span class="tags-label">Tags:</span><ul class="tags-list">
%(tags)s
</ul></div>
</article>
<aside class="premium-teaser" data-premium="true">
<span class="premium-badge">LIVELAW PREMIUM</span>
<h3 class="premium-title"><a href="%(site)s/columns/after-electoral-bonds-state-funding-of-elections-249588">%(ptitle)s</a></h3>
<p class="premium-byline">%(pby)s</p>
<p class="teaser-text">%(ptext)s</p>
<div class="paywall-lock"><p class="lock-msg">%(plock)s</p>
<ul class="premium-perks">
%(perks)s
</ul>
<a class="btn btn-subscribe" href="%(site)s/subscription?utm_source=story_paywall">Subscribe Now</a>
<p class="lock-login">Already a subscriber? <a href="%(site)s/login">Login</a></p></div>
</aside>
<div class="next-story"><span class="next-label">Next Story</span> <a href="%(site)s/top-stories/%(nslug)s">%(nhead)s</a></div>
<section class="related-stories"><h3 class="section-head">Related Stories</h3><ul>
%(rel)s
</ul></section>
</div>
<div class="col-lg-4 sidebar"><div class="ad-slot sidebar-ad" id="div-gpt-ad-1707481223351-3"><span class="ad-label">Advertisement</span></div>
<div class="newsletter-box"><h4>Get LiveLaw's Daily Newsletter</h4><form action="%(site)s/newsletter" method="post"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Sign Up</button></form></div></div>
</div>
</main>
""" % {"site": SITE, "section": meta["section"], "short": esc(title[:60]) + "...", "title": esc(title),
       "summary": esc(meta["summary"]), "files": FILES, "author": meta["author"], "pub_iso": pub_iso,
       "pub": pub, "upd_iso": upd_iso, "upd": upd, "url": url, "body": story_html(body, meta),
       "case": case_html, "jurl": jurl, "jlabel": jlabel, "tags": tag_html,
       "ptitle": esc(prem["title"]), "pby": esc(prem["by"]), "ptext": esc(prem["text"]),
       "plock": esc(prem["lock"]), "perks": perks, "nslug": nslug, "nhead": esc(nhead), "rel": rel_html}

    foot = """<footer class="main-footer"><div class="container">
<div class="footer-social"><span>Follow Us</span> <a href="https://www.facebook.com/livelawindia">Facebook</a> <a href="https://twitter.com/LiveLawIndia">X</a> <a href="https://www.youtube.com/c/LiveLawIndia">YouTube</a> <a href="https://t.me/livelawindia">Telegram</a></div>
<ul class="footer-links"><li><a href="%(site)s/about-us">About Us</a></li><li><a href="%(site)s/contact-us">Contact Us</a></li><li><a href="%(site)s/advertise-with-us">Advertise With Us</a></li><li><a href="%(site)s/privacy-policy">Privacy Policy</a></li><li><a href="%(site)s/terms-and-conditions">Terms &amp; Conditions</a></li><li><a href="%(site)s/careers">Careers</a></li></ul>
<p class="copyright">© 2025 Live Law Media Pvt Ltd. All Rights Reserved.</p>
<p class="powered-by">Powered by <a href="https://www.hocalwire.com/">Hocalwire</a></p>
</div></footer>
<script src="%(files)s/jquery.min.js"></script>
<script src="%(files)s/hocalwire-story.min.js"></script>
<script>function acceptCookies(){document.cookie="ll_cookie_ok=1;max-age=31536000;path=/";document.getElementById("cookie-consent").remove();}
$(".convert-to-localtime").each(function(){var d=new Date($(this).data("datestring"));if(!isNaN(d)){$(this).attr("title",d.toString());}});</script>
</body></html>
""" % {"site": SITE, "files": FILES}
    data = head + top + story + foot
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
