#!/usr/bin/python3
"""Re-make docs/permafrost-thaw-feature.html from tools/permafrost-thaw-feature.txt.

The output imitates a magazine long read saved with the browser's
"Save page as > Webpage, Complete": a "saved from url" comment, head tags with
Open Graph and JSON-LD, stylesheet and image links into the "_files" folder
(which the set does not hold), the site header and menus, a cookie banner, the
article (hero image with caption, drop cap, h2 breaks, figures, pull quotes,
"Read more" boxes, a key-terms box), tags, author bio, newsletter box, related
stories and the footer. Deterministic: no clock, no randomness.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "permafrost-thaw-feature.txt")
OUT = os.path.join(HERE, "..", "docs", "permafrost-thaw-feature.html")

SITE = "https://www.earthlines.in"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def parse(src):
    meta = {"tags": [], "related": []}
    body = []
    box = None
    for raw in src.split("\n"):
        line = raw.rstrip("\n")
        if box is not None:
            if line == "[/box]":
                body.append(("box", box))
                box = None
            elif line.strip():
                box[1].append(line)
            continue
        if not line.strip():
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            if key == "related":
                t, _, u = val.partition(" | ")
                meta["related"].append((t, u))
            elif key == "tags":
                meta["tags"] = [t.strip() for t in val.split(";")]
            elif key in ("published", "updated"):
                iso, _, shown = val.partition(" | ")
                meta[key] = (iso, shown)
            elif key == "hero":
                meta[key] = val.split(" | ")
            else:
                meta[key] = val
        elif line.startswith("!drop "):
            body.append(("drop", line[6:]))
        elif line.startswith("## "):
            body.append(("h2", line[3:]))
        elif line.startswith("> "):
            body.append(("quote", line[2:]))
        elif line.startswith("[fig "):
            body.append(("fig", line[5:-1].split(" | ")))
        elif line.startswith("[more "):
            t, _, u = line[6:-1].partition(" | ")
            body.append(("more", (t, u)))
        elif line.startswith("[box "):
            box = (line[5:-1], [])
        else:
            body.append(("p", line))
    return meta, body


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def build(meta, body):
    title = meta["title"]
    files = "./" + title.replace(":", "_").replace("’", "_") + " _ Earthlines_files"
    url = meta["url"]
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en-IN" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>%s | Earthlines</title>" % esc(title))
    w('<meta name="description" content="%s">' % attr(meta["standfirst"]))
    w('<meta name="author" content="%s">' % attr(meta["author"]))
    w('<meta name="robots" content="index, follow, max-image-preview:large">')
    w('<link rel="canonical" href="%s">' % attr(url))
    w('<meta property="og:type" content="article">')
    w('<meta property="og:site_name" content="Earthlines">')
    w('<meta property="og:title" content="%s">' % attr(title))
    w('<meta property="og:description" content="%s">' % attr(meta["standfirst"]))
    w('<meta property="og:url" content="%s">' % attr(url))
    w('<meta property="og:image" content="%s/wp-content/uploads/2025/01/%s">' % (SITE, meta["hero"][0]))
    w('<meta property="article:published_time" content="%s">' % meta["published"][0])
    w('<meta property="article:modified_time" content="%s">' % meta["updated"][0])
    w('<meta property="article:section" content="%s">' % attr(meta["section"]))
    for t in meta["tags"]:
        w('<meta property="article:tag" content="%s">' % attr(t))
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@earthlinesmag">')
    w('<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">')
    w('<link rel="stylesheet" id="earthlines-fonts-css" href="%s/css2" type="text/css" media="all">' % files)
    w('<link rel="stylesheet" id="earthlines-main-css" href="%s/main.min.css" type="text/css" media="all">' % files)
    w('<link rel="icon" href="%s/favicon-32x32.png" sizes="32x32">' % files)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": meta["standfirst"],
        "image": [SITE + "/wp-content/uploads/2025/01/" + meta["hero"][0]],
        "datePublished": meta["published"][0],
        "dateModified": meta["updated"][0],
        "author": [{"@type": "Person", "name": meta["author"], "url": SITE + "/author/" + slugify(meta["author"]) + "/"}],
        "publisher": {"@type": "Organization", "name": "Earthlines", "logo": {"@type": "ImageObject", "url": SITE + "/static/img/earthlines-logo-600.png"}},
        "mainEntityOfPage": url,
        "keywords": ", ".join(meta["tags"]),
        "isAccessibleForFree": True,
    }
    w('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    w('<script async="" src="%s/js"></script>' % files)
    w("<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-7QX2L9EARTH', {'content_group': 'long-reads'});</script>")
    w("<style>.dropcap{float:left;font-size:4.6em;line-height:.82;margin:.06em .08em 0 0;font-family:'Playfair Display',Georgia,serif;color:#0b4f6c}"
      ".read-more{border-left:4px solid #0b4f6c;background:#eef5f8;padding:.7em 1em;margin:1.6em 0}"
      ".read-more__label{display:block;font:700 .72rem/1.2 Inter,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:#0b4f6c}"
      ".pullquote{font:italic 1.45rem/1.35 'Playfair Display',Georgia,serif;border-top:2px solid #222;border-bottom:2px solid #222;padding:.8em 0;margin:2em 0}"
      ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}"
      ".cookie-banner[hidden]{display:none}</style>")
    w("</head>")
    w('<body class="post-template-default single single-post postid-48213 single-format-standard long-read">')
    w('<a class="skip-link sr-only" href="#main-content">Skip to content</a>')
    # top strip
    w('<div class="top-strip"><div class="container">')
    w('<span class="top-strip__date">Thursday, 10 April 2025</span>')
    w('<ul class="top-strip__links"><li><a href="%s/epaper/">E-Paper</a></li><li><a href="%s/podcasts/">Podcasts</a></li><li><a href="%s/newsletters/">Newsletters</a></li><li><a href="%s/hindi/">हिंदी</a></li></ul>' % (SITE, SITE, SITE, SITE))
    w('<div class="top-strip__social"><a href="https://x.com/earthlinesmag" aria-label="Earthlines on X"><svg class="icon" aria-hidden="true"><use href="#i-x"></use></svg></a><a href="https://www.instagram.com/earthlinesmag/" aria-label="Earthlines on Instagram"><svg class="icon" aria-hidden="true"><use href="#i-ig"></use></svg></a><a href="https://www.youtube.com/@earthlinesmag" aria-label="Earthlines on YouTube"><svg class="icon" aria-hidden="true"><use href="#i-yt"></use></svg></a></div>')
    w("</div></div>")
    # header
    w('<header class="site-header" role="banner"><div class="container site-header__inner">')
    w('<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="sr-only">Menu</span><span class="hamburger"></span></button>')
    w('<a class="site-logo" href="%s/" rel="home"><img src="%s/earthlines-logo.svg" alt="Earthlines" width="210" height="44"><span class="site-tagline">Climate. Science. Planet.</span></a>' % (SITE, files))
    w('<form class="site-search" role="search" action="%s/search/"><label class="sr-only" for="s">Search</label><input type="search" id="s" name="q" placeholder="Search stories, topics, places"><button type="submit">Search</button></form>' % SITE)
    w('<div class="header-actions"><a class="btn btn--ghost" href="%s/account/sign-in/">Sign in</a><a class="btn btn--primary" href="%s/subscribe/?src=header">Subscribe</a></div>' % (SITE, SITE))
    w("</div>")
    w('<nav class="primary-nav" id="primary-menu" aria-label="Primary"><div class="container"><ul class="menu">')
    for name, path in [("Home", "/"), ("Climate", "/climate/"), ("Environment", "/environment/"), ("Science", "/science/"), ("Wildlife", "/wildlife/"), ("Energy", "/energy/"), ("Oceans &amp; Poles", "/oceans-poles/"), ("Explainers", "/explainers/"), ("Long Reads", "/climate/long-reads/"), ("Data", "/data/"), ("Videos", "/videos/")]:
        cur = ' class="current-menu-ancestor"' if name == "Climate" else ""
        w('<li%s><a href="%s%s">%s</a></li>' % (cur, SITE, path, name))
    w('<li class="menu-item-has-children"><a href="#">More</a><ul class="sub-menu"><li><a href="%s/opinion/">Opinion</a></li><li><a href="%s/books/">Books</a></li><li><a href="%s/events/">Events</a></li><li><a href="%s/about/">About us</a></li></ul></li>' % (SITE, SITE, SITE, SITE))
    w("</ul></div></nav>")
    w("</header>")
    # cookie banner (present in the saved DOM)
    w('<div class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>We use cookies to improve your experience. <a href="%s/cookie-policy/">Cookie policy</a></p><div class="cookie-banner__buttons"><button class="btn btn--primary" data-consent="all">Accept all</button><button class="btn btn--ghost" data-consent="manage">Manage preferences</button></div></div>' % SITE)
    w('<main id="main-content" class="site-main" role="main">')
    w('<div class="container container--article">')
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="%s/">Home</a></li><li><a href="%s/climate/">Climate</a></li><li><a href="%s/climate/long-reads/">Long Reads</a></li></ol></nav>' % (SITE, SITE, SITE))
    w('<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-climate category-long-reads">')
    w('<header class="entry-header">')
    w('<p class="entry-kicker"><a href="%s/climate/long-reads/">%s</a></p>' % (SITE, esc(meta["kicker"])))
    w('<h1 class="entry-title">%s</h1>' % esc(title))
    w('<p class="entry-dek">%s</p>' % esc(meta["standfirst"]))
    w('<div class="entry-meta"><span class="byline">By <a class="author-link" href="%s/author/%s/" rel="author">%s</a></span>'
      '<span class="posted-on">Published: <time datetime="%s">%s</time></span>'
      '<span class="updated-on">Updated: <time datetime="%s">%s</time></span>'
      '<span class="reading-time">%s</span></div>' % (SITE, slugify(meta["author"]), esc(meta["author"]), meta["published"][0], meta["published"][1], meta["updated"][0], meta["updated"][1], meta["readtime"]))
    w('<div class="share-bar" aria-label="Share this story"><span class="share-bar__label">Share:</span>'
      '<a class="share share--x" href="https://x.com/intent/tweet?url=%s" target="_blank" rel="noopener">X</a>'
      '<a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener">Facebook</a>'
      '<a class="share share--wa" href="https://api.whatsapp.com/send?text=%s" target="_blank" rel="noopener">WhatsApp</a>'
      '<a class="share share--li" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s" target="_blank" rel="noopener">LinkedIn</a>'
      '<button class="share share--copy" type="button" data-url="%s">Copy link</button></div>' % (url, url, url, url, url))
    w("</header>")
    img, alt, cap, credit = meta["hero"]
    w('<figure class="hero-image"><img src="%s/%s" alt="%s" width="1600" height="900" loading="eager" fetchpriority="high">'
      '<figcaption class="hero-image__caption">%s <span class="credit">%s</span></figcaption></figure>' % (files, img, attr(alt), esc(cap), esc(credit)))
    w('<div class="entry-content">')
    for kind, val in body:
        if kind == "drop":
            w('<p class="has-dropcap"><span class="dropcap" aria-hidden="true">%s</span>%s</p>' % (esc(val[0]), esc(val[1:])))
        elif kind == "p":
            w("<p>%s</p>" % esc(val))
        elif kind == "h2":
            w('<h2 class="wp-block-heading" id="%s">%s</h2>' % (slugify(val), esc(val)))
        elif kind == "quote":
            w('<blockquote class="pullquote"><p>%s</p></blockquote>' % esc(val))
        elif kind == "fig":
            img, alt, cap, credit = val
            w('<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" src="%s/%s" alt="%s" width="1200" height="800">'
              '<figcaption class="wp-element-caption">%s <em class="credit">%s</em></figcaption></figure>' % (files, img, attr(alt), esc(cap), esc(credit)))
        elif kind == "more":
            t, u = val
            w('<aside class="read-more"><span class="read-more__label">Read more</span><a href="%s%s">%s</a></aside>' % (SITE, u, esc(t)))
        elif kind == "box":
            head, lines = val
            w('<aside class="explainer-box"><h4 class="explainer-box__title">%s</h4><ul>' % esc(head))
            for ln in lines:
                term, _, defi = ln.partition(": ")
                w("<li><strong>%s:</strong> %s</li>" % (esc(term), esc(defi)))
            w("</ul></aside>")
    w("</div>")
    w('<footer class="entry-footer"><div class="entry-tags"><span class="entry-tags__label">Topics:</span><ul>')
    for t in meta["tags"]:
        w('<li><a href="%s/tag/%s/" rel="tag">%s</a></li>' % (SITE, slugify(t), esc(t)))
    w("</ul></div>")
    w('<section class="author-bio"><img class="author-bio__photo" src="%s/anirudh-menon-150x150.jpg" alt="" width="96" height="96">'
      '<div class="author-bio__text"><h3 class="author-bio__name"><a href="%s/author/%s/">%s</a></h3><p>%s</p>'
      '<p class="author-bio__links"><a href="%s/author/%s/">More by this author</a> · <a href="https://x.com/anirudhwrites">@anirudhwrites</a></p></div></section>'
      % (files, SITE, slugify(meta["author"]), esc(meta["author"]), esc(meta["bio"]), SITE, slugify(meta["author"])))
    w("</footer>")
    w("</article>")
    w('<section class="newsletter-box" aria-labelledby="nl-title"><h3 id="nl-title">The Cold Facts</h3>'
      '<p>Our free weekly newsletter on the poles, the Himalaya and the planet’s ice. One email every Friday, no spam.</p>'
      '<form class="newsletter-form" action="%s/newsletters/subscribe/" method="post"><label class="sr-only" for="nl-email">Email address</label>'
      '<input type="email" id="nl-email" name="email" placeholder="Your email address" required=""><input type="hidden" name="list" value="cold-facts">'
      '<button type="submit" class="btn btn--primary">Sign me up</button></form>'
      '<p class="newsletter-box__small"><a href="%s/privacy-policy/">Privacy Policy</a></p></section>' % (SITE, SITE))
    w('<section class="related-stories" aria-labelledby="rel-title"><h3 id="rel-title">Related stories</h3><ul class="related-stories__list">')
    for t, u in meta["related"]:
        w('<li class="related-card"><a href="%s%s"><img src="%s/%s.jpg" alt="" width="320" height="180" loading="lazy"><span class="related-card__title">%s</span></a></li>' % (SITE, u, files, u.rstrip("/").split("/")[-1][:40], esc(t)))
    w("</ul></section>")
    w('<section class="comments-area" id="comments"><h3 class="comments-title">Comments (0)</h3><p class="comments-note"><a href="%s/account/sign-in/?next=%s%%23comments">Sign in to comment</a></p></section>' % (SITE, url))
    w("</div>")
    w("</main>")
    w('<footer class="site-footer" role="contentinfo"><div class="container site-footer__grid">')
    w('<div class="site-footer__brand"><img src="%s/earthlines-logo-white.svg" alt="Earthlines" width="160" height="34"><p>Reader-supported since 2016.</p></div>' % files)
    cols = [
        ("Earthlines", [("About us", "/about/"), ("Our team", "/team/"), ("Careers", "/careers/"), ("Contact", "/contact/"), ("Advertise with us", "/advertise/")]),
        ("Policies", [("Privacy Policy", "/privacy-policy/"), ("Terms of Use", "/terms/"), ("Cookie policy", "/cookie-policy/"), ("Corrections", "/corrections/"), ("Grievance redressal", "/grievance/")]),
    ]
    for head, links in cols:
        w('<nav class="site-footer__col" aria-label="%s"><h4>%s</h4><ul>' % (head, head))
        for n, pth in links:
            w('<li><a href="%s%s">%s</a></li>' % (SITE, pth, n))
        w("</ul></nav>")
    w("</div>")
    w('<div class="container site-footer__bottom"><p>© 2025 Earthlines Media Pvt. Ltd. All rights reserved.</p><p>Follow us: <a href="https://x.com/earthlinesmag">X</a> · <a href="https://www.instagram.com/earthlinesmag/">Instagram</a> · <a href="https://www.youtube.com/@earthlinesmag">YouTube</a> · <a href="https://www.linkedin.com/company/earthlines/">LinkedIn</a></p></div>')
    w("</footer>")
    w('<button class="back-to-top" type="button" aria-label="Back to top">↑</button>')
    w('<script src="%s/main.min.js" id="earthlines-main-js"></script>' % files)
    w('<script>document.querySelectorAll(\'[data-consent]\').forEach(function(b){b.addEventListener(\'click\',function(){document.querySelector(\'.cookie-banner\').hidden=true;});});</script>')
    w("</body></html>")
    return "\n".join(o) + "\n"


def main():
    with open(SRC, encoding="utf-8") as f:
        meta, body = parse(f.read())
    data = build(meta, body).encode("utf-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
