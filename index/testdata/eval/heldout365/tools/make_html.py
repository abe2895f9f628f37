#!/usr/bin/python3
"""Re-make docs/ken-betwa-daudhan-long-read.html from tools/ken-betwa-daudhan-long-read.txt.

The page is a long read on "Fieldline", a Scroll-style digital magazine, as Chrome's "Save page as…
Webpage, Complete" writes it: the "saved from url" comment, a charset meta inserted first in <head>,
resource URLs rewritten into the "…_files" folder Chrome makes next to the page (not part of the
set), Open Graph / Twitter metas, JSON-LD, analytics and ad scripts left in place, the site header
and navigation, an <article> with a header (section kicker, h1, standfirst h2, byline in <address>,
<time>), body paragraphs with h2 subheads, figures with captions and credits, pull quotes, in-article
ad slots and an "Also read" card, then the comments line, tags, share bar, support box, related
articles and the site footer. Deterministic: no dates or ids are taken from the clock.
Usage: make_html.py [output path]  (default: docs/ken-betwa-daudhan-long-read.html)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "ken-betwa-daudhan-long-read.txt")
OUT = os.path.join(ROOT, "docs", "ken-betwa-daudhan-long-read.html")

RELATED = [
    ("1079934", "parbati-kalisindh-chambal-erc-project-rajasthan-madhya-pradesh-water",
     "The river link Rajasthan waited 20 years for: what the PKC-ERCP deal changes", "Neha Bhargava", "Dec 19, 2024"),
    ("1075512", "veerangana-durgavati-tiger-reserve-nauradehi-wolves-cheetah",
     "In Nauradehi, a new tiger reserve and an old question about who the forest is for", "Anirudh Tiwari", "Oct 03, 2023"),
    ("1080876", "panna-diamonds-tigers-mining-lease-madhya-pradesh",
     "Pannaâ€™s other treasure: the diamond mine at the edge of a tiger reserve", "Ravi Shankar Pandey", "Feb 11, 2025"),
    ("1081590", "bundelkhand-tanks-chandela-revival-mahoba-water",
     "Before canals, Bundelkhand had tanks. Can the Chandela lakes be saved?", "Shreya Joshi", "Apr 28, 2025"),
]
NAV = ["Latest", "India", "Politics", "Environment", "Economy & Business", "Science", "Culture", "Opinion",
       "Long reads", "Video", "Podcasts"]
FILES = "./Where the Ken was meant to spill over_ Bundelkhand waits for a river, Panna braces for a dam_files"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def inline(s):
    s = esc(s)
    s = re.sub(r"\[\[(.+?)\|(.+?)\]\]", r'<a href="\2" target="_blank">\1</a>', s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = s.replace("₹44,605 crore", "₹44,605&nbsp;crore").replace("103 MW", "103&nbsp;MW")
    return s


def parse():
    meta, blocks = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("%"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("> "):
            blocks.append(("quote", line[2:]))
        elif line.startswith("[figure "):
            f, cap, credit = [x.strip() for x in line[8:-1].split("|")]
            blocks.append(("figure", (f, cap, credit)))
        else:
            blocks.append(("p", line))
    return meta, blocks


def figure(f, cap, credit, first=False):
    base = f.rsplit(".", 1)[0]
    src = "%s/%s.jpg" % (FILES, base)
    load = ' fetchpriority="high"' if first else ' loading="lazy"'
    return ('<figure class="cms-block cms-block-image%s"><div class="image-wrapper" style="aspect-ratio: 3 / 2;">'
            '<img src="%s" srcset="%s/%s-480.jpg 480w, %s/%s-960.jpg 960w, %s 1600w" sizes="(max-width: 768px) 100vw, 720px" '
            'alt="%s" width="1600" height="1067"%s decoding="async"></div>'
            '<figcaption class="cms-block-image-caption">%s <span class="cms-block-image-credit">Photo: %s</span></figcaption></figure>'
            % (" article-lead-image" if first else "", src, FILES, base, FILES, base, src, attr(cap), load, esc(cap), esc(credit)))


def ad(n):
    return ('<div class="ad-slot ad-slot--inarticle" data-ad-unit="/21812345/fieldline/article/inarticle_%d" data-lazy="true">'
            '<span class="ad-label">Advertisement</span><div id="div-gpt-ad-1699000000%03d-0" style="min-height:250px;"></div>'
            '<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1699000000%03d-0");});</script></div>' % (n, n, n))


def build():
    meta, blocks = parse()
    url = "https://fieldline.in/article/%s/%s" % (meta["id"], meta["slug"])
    title = meta["title"]
    desc = meta["standfirst"]
    body, n_p, n_ad, first_fig = [], 0, 0, True
    for kind, val in blocks:
        if kind == "h2":
            body.append('<h2 class="cms-block cms-block-heading">%s</h2>' % inline(val))
        elif kind == "quote":
            body.append('<blockquote class="cms-block cms-block-pullquote"><p>%s</p></blockquote>' % inline(val))
        elif kind == "figure":
            body.append(figure(*val, first=first_fig))
            first_fig = False
        else:
            if val.startswith("*") and val.endswith("*"):
                body.append('<p class="author-bio"><em>%s</em></p>' % esc(val.strip("*")))
                continue
            body.append('<p>%s</p>' % inline(val))
            n_p += 1
            if n_p in (4, 13):
                n_ad += 1
                body.append(ad(n_ad))
            if n_p == 8:
                r = RELATED[1]
                body.append('<aside class="inline-related"><span class="inline-related-label">Also read:</span> '
                            '<a href="https://fieldline.in/article/%s/%s">%s</a></aside>' % (r[0], r[1], esc(r[2])))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": title, "description": desc,
          "image": ["https://fieldline.in/media/2025/06/ken-gorge-daudhan-1600.jpg"],
          "datePublished": meta["date"], "dateModified": "2025-06-22T09:12:41+05:30",
          "author": [{"@type": "Person", "name": meta["author"], "url": "https://fieldline.in/author/" + meta["author_slug"]}],
          "publisher": {"@type": "Organization", "name": "Fieldline",
                        "logo": {"@type": "ImageObject", "url": "https://fieldline.in/static/img/fieldline-logo-600.png"}},
          "articleSection": meta["section"], "keywords": meta["tags"], "isAccessibleForFree": True}
    tags = [t.strip() for t in meta["tags"].split(",")]
    head = [
        '<!DOCTYPE html>',
        '<!-- saved from url=(%04d)%s -->' % (len(url), url),
        '<html lang="en-IN" class="js webp"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
        '<title>%s</title>' % esc(title),
        '<meta name="description" content="%s">' % attr(desc),
        '<meta name="robots" content="max-image-preview:large">',
        '<link rel="canonical" href="%s">' % url,
        '<link rel="amphtml" href="https://fieldline.in/amp/article/%s/%s">' % (meta["id"], meta["slug"]),
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="Fieldline">',
        '<meta property="og:title" content="%s">' % attr(title),
        '<meta property="og:description" content="%s">' % attr(desc),
        '<meta property="og:url" content="%s">' % url,
        '<meta property="og:image" content="https://fieldline.in/media/2025/06/ken-gorge-daudhan-1600.jpg">',
        '<meta property="article:published_time" content="%s">' % meta["date"],
        '<meta property="article:section" content="%s">' % meta["section"],
        "".join('<meta property="article:tag" content="%s">' % attr(t) for t in tags),
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@fieldline_in">',
        '<meta name="twitter:title" content="%s">' % attr(title),
        '<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">',
        '<link rel="stylesheet" href="%s/css2" media="all">' % FILES,
        '<link rel="stylesheet" href="%s/main.7c1e94b2.css">' % FILES,
        '<link rel="icon" href="https://fieldline.in/favicon.ico" sizes="any">',
        '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")),
        '<script async="" src="%s/gtag.js"></script>' % FILES,
        '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());'
        'gtag("config","G-7Q2FLD0N3X",{"content_group":"Environment","author":"%s"});</script>' % meta["author"],
        '<script async="" src="%s/gpt.js"></script>' % FILES,
        '<script>window.googletag=window.googletag||{cmd:[]};</script>',
        '<style>.ad-slot{margin:2rem auto;text-align:center}.ad-label{font:11px/1.4 sans-serif;color:#999;'
        'text-transform:uppercase;letter-spacing:.08em}.cookie-banner[hidden]{display:none}</style>',
        '</head>',
    ]
    nav = "".join('<li class="site-nav-item%s"><a href="https://fieldline.in/%s">%s</a></li>'
                  % (" is-active" if n == "Environment" else "", re.sub(r"[^a-z]+", "-", n.lower()).strip("-"), esc(n))
                  for n in NAV)
    page = [
        '<body class="article-page section-environment">',
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5KX2FLD" height="0" width="0" '
        'style="display:none;visibility:hidden"></iframe></noscript>',
        '<a class="skip-link" href="%s#article-contents">Skip to content</a>' % url,
        '<header class="site-header" id="site-header"><div class="site-header-inner">'
        '<button class="menu-toggle" aria-label="Open menu" aria-expanded="false"><span></span><span></span><span></span></button>'
        '<a class="site-logo" href="https://fieldline.in/" aria-label="Fieldline home"><img src="%s/fieldline-logo.svg" alt="Fieldline" width="148" height="36"></a>'
        '<nav class="site-nav" aria-label="Sections"><ul>%s</ul></nav>'
        '<div class="site-header-actions"><a class="btn-support" href="https://fieldline.in/support">Support Fieldline</a>'
        '<button class="search-toggle" aria-label="Search"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">'
        '<path d="M10 4a6 6 0 1 0 3.9 10.6l4.7 4.7 1.4-1.4-4.7-4.7A6 6 0 0 0 10 4z"></path></svg></button>'
        '<a class="login-link" href="https://fieldline.in/login">Log in</a></div></div></header>' % (FILES, nav),
        '<main id="main" class="site-main"><div class="article-container">',
        '<article class="article-content" id="article-%s" data-article-id="%s" itemscope="" itemtype="https://schema.org/NewsArticle">'
        % (meta["id"], meta["id"]),
        '<header class="article-header"><div class="article-kicker"><a href="https://fieldline.in/environment">%s</a>'
        '<span class="article-format">Long read</span></div>' % esc(meta["section"]),
        '<h1 itemprop="headline">%s</h1>' % esc(title),
        '<h2 class="article-summary" itemprop="description">%s</h2>' % esc(desc),
        '<div class="article-meta"><address class="article-author-byline" itemprop="author">'
        '<a rel="author" href="https://fieldline.in/author/%s">%s</a></address>'
        '<time class="article-published-time" datetime="%s" itemprop="datePublished">Published %s</time>'
        '<span class="reading-time">· 10 min read</span></div>'
        % (meta["author_slug"], esc(meta["author"]), meta["date"], esc(meta["shown"])),
        '</header>',
        '<div class="article-share article-share--top" aria-label="Share">'
        '<a class="share-whatsapp" href="https://api.whatsapp.com/send?text=%s" aria-label="Share on WhatsApp"></a>'
        '<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" aria-label="Share on Facebook"></a>'
        '<a class="share-x" href="https://x.com/intent/post?url=%s" aria-label="Share on X"></a>'
        '<button class="share-copy" aria-label="Copy link"></button></div>' % (url, url, url),
        '<div class="article-body" id="article-contents" itemprop="articleBody">%s</div>' % "".join(body),
        '<footer class="article-footer">'
        '<p class="article-comments-cta">We welcome your comments at <a href="mailto:letters@fieldline.in">letters@fieldline.in</a>.</p>'
        '<ul class="article-tags-list" aria-label="Tags">%s</ul>'
        % "".join('<li><a href="https://fieldline.in/topic/%s">%s</a></li>'
                  % (re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), esc(t)) for t in tags),
        '<div class="support-box"><p class="support-box-title">Fieldline is reader-supported.</p>'
        '<p>Our reporting from rivers, forests and villages is free to read. If it matters to you, help keep it that way.</p>'
        '<a class="btn-support" href="https://fieldline.in/support?src=article-footer">Contribute now</a></div>'
        '</footer></article>',
        '<section class="related-articles" aria-labelledby="related-heading"><h3 id="related-heading">Also read</h3><ul>%s</ul></section>'
        % "".join('<li><article class="related-card"><a href="https://fieldline.in/article/%s/%s">'
                  '<img src="%s/related-%s.jpg" alt="" width="320" height="213" loading="lazy">'
                  '<h4>%s</h4></a><p class="related-meta">%s · %s</p></article></li>'
                  % (r[0], r[1], FILES, r[0], esc(r[2]), esc(r[3]), r[4]) for r in RELATED),
        '</div></main>',
        '<footer class="site-footer"><div class="site-footer-inner">'
        '<a class="site-logo site-logo--footer" href="https://fieldline.in/"><img src="%s/fieldline-logo-white.svg" alt="Fieldline" width="120" height="29"></a>'
        '<nav aria-label="Footer"><ul><li><a href="https://fieldline.in/about">About us</a></li>'
        '<li><a href="https://fieldline.in/contact">Contact</a></li><li><a href="https://fieldline.in/careers">Careers</a></li>'
        '<li><a href="https://fieldline.in/privacy">Privacy policy</a></li><li><a href="https://fieldline.in/terms">Terms of use</a></li>'
        '</ul></nav><p class="copyright">© 2025 Fieldline Media Pvt Ltd. All rights reserved.</p></div></footer>' % FILES,
        '<div class="cookie-banner" role="dialog" aria-live="polite" hidden=""><p>We use cookies to understand how you use our site.</p>'
        '<button class="cookie-accept">OK</button></div>',
        '<script src="%s/main.3f0a6d19.js" defer=""></script>' % FILES,
        '</body></html>',
    ]
    return "\n".join(head) + "\n" + "\n".join(page) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
