#!/usr/bin/python3
"""Re-make docs/white-revolution-2-ghost-post.html from tools/white-revolution-2-ghost-post.txt.

The source holds the post's settings (title, excerpt, dates, author, tags, feature image and
its caption) above a "---" line and the post body below it in light marks:
  "## " / "### " headings, blank-line separated paragraphs, "- " bullet and "1. " numbered
  items, **bold**, *italic*, [text](url), and Koenig cards written as
  "::: callout <emoji> <colour>", "::: toggle <heading>" and "::: bookmark" (key: value lines)
  each closed by ":::".
The output is the page as Chrome's "Save as > Webpage, Complete" writes a Ghost 5 post in the
Casper theme: the doctype and the "saved from url" comment, Chrome's Content-Type meta in place
of the theme's charset meta, the ghost_head block (description, canonical, Open Graph and
Twitter metas, JSON-LD, generator, Portal and Sodo Search scripts, card assets, accent colour),
the gh-head site header, the article header with the primary tag, byline and the feature image
with its caption, the post body as Ghost's Lexical renderer writes it (one line, headings with
ids, kg-card blocks), the members sign-up box, three "read more" cards, the site footer, the
PhotoSwipe lightbox and the scripts, with saved resources pointing into the "..._files" folder
(named after the title, ":" and "?" turned into "_"; the folder is not part of the set).
Usage: make_ghost.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "white-revolution-2-ghost-post.txt")
OUT = os.path.join(HERE, "..", "docs", "white-revolution-2-ghost-post.html")

SITE = "https://mainsledger.in/"
SITE_TITLE = "The Mains Ledger"
GHOST_VERSION = "5.130"
CONTENT_KEY = "3f9c1d2e7a0b45c8e61f2d9a7c"
ACCENT = "#1f6f43"


def esc(s):
    """Text as Chrome serialises a text node: &, <, > and no-break spaces escaped."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def inline(s):
    out = esc(s)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", out)
    return out


def tag_slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def slugify(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    return re.sub(r"\s+", "-", s.strip())


def parse(src):
    head, body = src.split("\n---\n", 1)
    meta = {}
    for line in head.split("\n"):
        if line.strip():
            k, v = line.split(": ", 1)
            meta[k] = v
    return meta, body


def render_toggle(heading, paras):
    content = "".join("<p>%s</p>" % inline(p) for p in paras)
    return ('<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">\n'
            '            <div class="kg-toggle-heading">\n'
            '                <h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">%s</span></h4>\n'
            '                <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">\n'
            '                    <svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">\n'
            '                        <path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path>\n'
            '                    </svg>\n'
            '                </button>\n'
            '            </div>\n'
            '            <div class="kg-toggle-content">%s</div>\n'
            '        </div>' % (esc(heading), content))


def render_callout(emoji, colour, paras):
    text = "<br>".join(inline(p) for p in paras)
    return ('<div class="kg-card kg-callout-card kg-callout-card-%s"><div class="kg-callout-emoji">%s</div>'
            '<div class="kg-callout-text">%s</div></div>' % (colour, emoji, text))


def render_bookmark(kv):
    return ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="%s">'
            '<div class="kg-bookmark-content"><div class="kg-bookmark-title">%s</div>'
            '<div class="kg-bookmark-description">%s</div><div class="kg-bookmark-metadata">'
            '<img class="kg-bookmark-icon" src="%s" alt=""><span class="kg-bookmark-author">%s</span>'
            '<span class="kg-bookmark-publisher">%s</span></div></div><div class="kg-bookmark-thumbnail">'
            '<img src="%s" alt="" onerror="this.style.display = \'none\'"></div></a></figure>'
            % (attr(kv["url"]), esc(kv["title"]), esc(kv["description"]), attr(kv["icon"]),
               esc(kv["publisher"]), esc(kv["author"]), attr(kv["thumbnail"])))


def render_body(body):
    """The post body as Ghost's Lexical renderer writes it: blocks back to back on one line."""
    out = []
    lines = body.split("\n")
    i = 0
    para = []

    def flush_para():
        if para:
            out.append('<p>%s</p>' % inline(" ".join(para)))
            del para[:]

    while i < len(lines):
        line = lines[i]
        if line.startswith(":::"):
            flush_para()
            kind = line[3:].strip()
            inner = []
            i += 1
            while lines[i].strip() != ":::":
                inner.append(lines[i])
                i += 1
            i += 1
            paras = [p for p in inner if p.strip()]
            if kind.startswith("callout "):
                _, emoji, colour = kind.split(" ")
                out.append(render_callout(emoji, colour, paras))
            elif kind.startswith("toggle "):
                out.append(render_toggle(kind[len("toggle "):], paras))
            elif kind == "bookmark":
                kv = dict(p.split(": ", 1) for p in paras)
                out.append(render_bookmark(kv))
            else:
                raise ValueError(kind)
            continue
        if not line.strip():
            flush_para()
            i += 1
            continue
        if line.startswith("## ") or line.startswith("### "):
            flush_para()
            level = 2 if line.startswith("## ") else 3
            text = line[level + 1:]
            out.append('<h%d id="%s">%s</h%d>' % (level, slugify(text), inline(text), level))
            i += 1
            continue
        if line.startswith("- ") or re.match(r"\d+\. ", line):
            flush_para()
            ordered = not line.startswith("- ")
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if not ordered else re.match(r"\d+\. ", lines[i])):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            tag = "ol" if ordered else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % inline(t) for t in items), tag))
            continue
        para.append(line)
        i += 1
    flush_para()
    return "".join(out)


NAV = [("Home", "home", ""), ("GS1", "gs1", "tag/gs1/"), ("GS2", "gs2", "tag/gs2/"),
       ("GS3", "gs3", "tag/gs3/"), ("Essay", "essay", "tag/essay/"), ("About", "about", "about/")]
NAV2 = [("Sign up", "sign-up", "#/portal/"), ("Privacy", "privacy", "privacy/"), ("Contact", "contact", "contact/")]

MORE = [
    ("pm-kusum-after-five-years", "PM-KUSUM after five years: what the numbers say", "GS3 – Agriculture",
     "Solar pumps were meant to cut diesel bills and add farm income. A component-by-component look at where the scheme stands and what it means for the Mains answer on energy in agriculture.",
     "2025-08-14", "14 Aug 2025", "7 min read", "2025/08/kusum-solar-pump.jpg"),
    ("fisheries-pmmsy-fidf-blue-economy", "Fisheries: PMMSY, FIDF and the blue economy in one page", "GS3 – Agriculture",
     "The fisheries schemes get confused with each other every year. Here is the one-page version, with the 2025 numbers and the deep-sea fishing debate.",
     "2025-07-30", "30 Jul 2025", "6 min read", "2025/07/fishing-harbour-kochi.jpg"),
    ("msp-kharif-2025-26", "MSP for kharif 2025-26: the hike, the formula and the debate", "Current Affairs 2025",
     "What the Cabinet announced, how the 1.5 times cost formula works, and three arguments you can use for and against a legal guarantee.",
     "2025-06-02", "02 Jun 2025", "5 min read", "2025/06/paddy-procurement-punjab.jpg"),
]

FILES_DIR = None  # set in main from the title


def f(name):
    return "./%s/%s" % (FILES_DIR, name)


MEMBERS_CSS = """.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {
    display: flex;
    flex-direction: column;
    align-items: center;
    font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif;
    text-align: center;
    width: 100%;
    color: #ffffff;
    font-size: 16px;
}

.gh-post-upgrade-cta-content {
    border-radius: 8px;
    padding: 40px 4vw;
}

.gh-post-upgrade-cta h2 {
    color: #ffffff;
    font-size: 28px;
    letter-spacing: -0.2px;
    margin: 0;
    padding: 0;
}

.gh-post-upgrade-cta p {
    margin: 20px 0 0;
    padding: 0;
}

.gh-post-upgrade-cta small {
    font-size: 16px;
    letter-spacing: -0.2px;
}

.gh-post-upgrade-cta a {
    color: #ffffff;
    cursor: pointer;
    font-weight: 500;
    box-shadow: none;
    text-decoration: underline;
}

.gh-post-upgrade-cta a:hover {
    color: #ffffff;
    opacity: 0.8;
    box-shadow: none;
    text-decoration: underline;
}

.gh-post-upgrade-cta a.gh-btn {
    display: block;
    background: #ffffff;
    text-decoration: none;
    margin: 28px 0 0;
    padding: 8px 18px;
    border-radius: 4px;
    font-size: 16px;
    font-weight: 600;
}

.gh-post-upgrade-cta a.gh-btn:hover {
    opacity: 0.92;
}"""

SEARCH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" '
              'stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" '
              'd="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>')

LIGHTBOX = """<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>

    <div class="pswp__scroll-wrap">
        <div class="pswp__container">
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
        </div>

        <div class="pswp__ui pswp__ui--hidden">
            <div class="pswp__top-bar">
                <div class="pswp__counter"></div>

                <button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
                <button class="pswp__button pswp__button--share" title="Share"></button>
                <button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
                <button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button>

                <div class="pswp__preloader">
                    <div class="pswp__preloader__icn">
                        <div class="pswp__preloader__cut">
                            <div class="pswp__preloader__donut"></div>
                        </div>
                    </div>
                </div>
            </div>

            <div class="pswp__share-modal pswp__share-modal--hidden pswp__single-tap">
                <div class="pswp__share-tooltip"></div>
            </div>

            <button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)"></button>
            <button class="pswp__button pswp__button--arrow--right" title="Next (arrow right)"></button>

            <div class="pswp__caption">
                <div class="pswp__caption__center"></div>
            </div>
        </div>
    </div>
</div>"""


def to_utc(stamp):
    """2025-08-28T09:30:00.000+05:30 -> 2025-08-28T04:00:00.000Z (IST is a fixed +05:30)."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.000\+05:30$", stamp)
    y, mo, d, h, mi, s = map(int, m.groups())
    total = h * 60 + mi - 330
    if total < 0:
        raise ValueError("keep the stamps after 05:30 IST")
    return "%04d-%02d-%02dT%02d:%02d:%02d.000Z" % (y, mo, d, total // 60, total % 60, s)


def nav_html(items, indent):
    pad = " " * indent
    rows = ['<ul class="nav">']
    for label, slug, path in items:
        href = path if path.startswith("#") else SITE + path
        rows.append('    <li class="nav-%s"><a href="%s">%s</a></li>' % (slug, href, esc(label)))
    rows.append("</ul>")
    return ("\n" + pad).join(rows) + "\n"


def post_card(c):
    slug, title, tag, excerpt, iso, shown, rt, img = c
    url = SITE + slug + "/"
    base = SITE + "content/images/size/w%d/" + img
    return """<article class="post-card post tag-%s">

    <a class="post-card-image-link" href="%s">

        <img class="post-card-image" srcset="%s 300w,
                    %s 600w,
                    %s 1000w,
                    %s 2000w" sizes="(max-width: 1000px) 400px, 800px" src="%s" alt="%s" loading="lazy">


    </a>

    <div class="post-card-content">

        <a class="post-card-content-link" href="%s">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">%s</span>
                </div>
                <h2 class="post-card-title">
                    %s
                </h2>
            </header>
                <div class="post-card-excerpt">%s</div>
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="%s">%s</time>
                <span class="post-card-meta-length">%s</span>
        </footer>

    </div>

</article>""" % (tag_slug(tag), url, base % 300, base % 600, base % 1000, base % 2000, f(img.rsplit("/", 1)[1]),
                 attr(title), url, esc(tag), esc(title), esc(excerpt), iso, shown, rt)


def build(src):
    global FILES_DIR
    meta, body = parse(src)
    title = meta["title"]
    FILES_DIR = re.sub(r'[:?|"*<>/\\]', "_", title) + "_files"
    url = SITE + meta["slug"] + "/"
    tags = [t.strip() for t in meta["tags"].split(",")]
    tag_slugs = [tag_slug(t) for t in tags]
    img_rel = meta["feature_image"]
    img_abs = SITE + "content/images/" + img_rel
    img_size = lambda w: SITE + "content/images/size/w%d/" % w + img_rel
    pub_utc, mod_utc = to_utc(meta["published"]), to_utc(meta["modified"])
    date_iso = meta["published"][:10]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    date_shown = "%s %s %s" % (date_iso[8:10], months[int(date_iso[5:7]) - 1], date_iso[:4])
    desc = meta["excerpt"]
    author = meta["author"]
    author_url = SITE + "author/%s/" % meta["author_slug"]
    avatar_abs = SITE + "content/images/size/w100/2024/03/nikhil-verma.jpg"

    schema = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": SITE_TITLE,
            "url": SITE,
            "logo": {"@type": "ImageObject", "url": SITE + "content/images/size/w256h256/2024/03/ml-favicon.png",
                     "width": 60, "height": 60},
        },
        "author": {
            "@type": "Person",
            "name": author,
            "image": {"@type": "ImageObject", "url": SITE + "content/images/2024/03/nikhil-verma.jpg",
                      "width": 800, "height": 800},
            "url": author_url,
            "sameAs": ["https://t.me/mainsledger"],
        },
        "headline": title,
        "url": url,
        "datePublished": pub_utc,
        "dateModified": mod_utc,
        "image": {"@type": "ImageObject", "url": img_abs, "width": 2000, "height": 1333},
        "keywords": ", ".join(tags),
        "description": desc,
        "mainEntityOfPage": url,
    }
    ld = json.dumps(schema, indent=4, ensure_ascii=False).replace("</", "<\\/")

    head_items = [
        '<meta name="description" content="%s">' % attr(desc),
        '<link rel="icon" href="%scontent/images/size/w256h256/2024/03/ml-favicon.png" type="image/png">' % SITE,
        '<link rel="canonical" href="%s">' % url,
        '<meta name="referrer" content="no-referrer-when-downgrade">',
        '',
        '<meta property="og:site_name" content="%s">' % SITE_TITLE,
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s">' % attr(title),
        '<meta property="og:description" content="%s">' % attr(desc),
        '<meta property="og:url" content="%s">' % url,
        '<meta property="og:image" content="%s">' % img_abs,
        '<meta property="article:published_time" content="%s">' % pub_utc,
        '<meta property="article:modified_time" content="%s">' % mod_utc,
    ] + ['<meta property="article:tag" content="%s">' % attr(t) for t in tags] + [
        '',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:title" content="%s">' % attr(title),
        '<meta name="twitter:description" content="%s">' % attr(desc),
        '<meta name="twitter:url" content="%s">' % url,
        '<meta name="twitter:image" content="%s">' % img_abs,
        '<meta name="twitter:label1" content="Written by">',
        '<meta name="twitter:data1" content="%s">' % attr(author),
        '<meta name="twitter:label2" content="Filed under">',
        '<meta name="twitter:data2" content="%s">' % attr(", ".join(tags)),
        '<meta name="twitter:site" content="@mainsledger">',
        '<meta property="og:image:width" content="2000">',
        '<meta property="og:image:height" content="1333">',
        '',
        '<script type="application/ld+json">\n%s\n    </script>\n' % ld,
        '<meta name="generator" content="Ghost %s">' % GHOST_VERSION,
        '<link rel="alternate" type="application/rss+xml" title="%s" href="%srss/">' % (SITE_TITLE, SITE),
        '<script defer="" src="%s" data-i18n="true" data-ghost="%s" data-key="%s" data-api="%sghost/api/content/" '
        'data-locale="en" crossorigin="anonymous"></script><style id="gh-members-styles">%s</style>'
        % (f("portal.min.js.download"), SITE, CONTENT_KEY, SITE, MEMBERS_CSS),
        '<script defer="" src="%s" data-key="%s" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.8/umd/main.css" '
        'data-sodo-search="%s" data-locale="en" crossorigin="anonymous"></script>'
        % (f("sodo-search.min.js.download"), CONTENT_KEY, SITE),
        '',
        '<link href="%swebmentions/receive/" rel="webmention">' % SITE,
        '<script defer="" src="%s"></script>' % f("cards.min.js.download"),
        '<link rel="stylesheet" type="text/css" href="%s">' % f("cards.min.css"),
        '<script defer="" src="%s"></script>' % f("member-attribution.min.js.download"),
        '<!-- Google tag (gtag.js) -->\n<script async="" src="%s"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n'
        '  function gtag(){dataLayer.push(arguments);}\n  gtag(\'js\', new Date());\n\n  gtag(\'config\', \'G-7QK2M9X4LB\');\n'
        '</script><style>:root {--ghost-accent-color: %s;}</style>' % (f("js"), ACCENT),
    ]
    ghost_head = "\n    ".join(head_items).strip()

    body_html = render_body(body)
    body_class = "post-template %s is-head-left-logo has-cover" % " ".join("tag-" + s for s in tag_slugs)
    post_class = "post %s" % " ".join("tag-" + s for s in tag_slugs)
    img_file = img_rel.rsplit("/", 1)[1]

    page = """<!DOCTYPE html>
<!-- saved from url=(%04d)%s -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

    <title>%s</title>
    
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    
    <link rel="preload" as="style" href="%s">
    <link rel="preload" as="script" href="%s">

    <link rel="stylesheet" type="text/css" href="%s">

    %s

</head>
<body class="%s">
<div class="viewport">

    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="%s">
                        %s
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search="">%s</button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                %s
            </nav>

            <div class="gh-head-actions">
                    <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search="">%s</button>
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
        



<main id="site-main" class="site-main">
<article class="article %s ">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="%stag/%s/">%s</a>
                </span>
        </div>

        <h1 class="article-title">%s</h1>

            <p class="article-excerpt">%s</p>

        <div class="article-byline">
        <section class="article-byline-content">

            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="%s" class="author-avatar" aria-label="Read more of %s">
                        <img class="author-profile-image" src="%s" alt="%s">
                    </a>
                </li>
            </ul>

            <div class="article-byline-meta">
                <h4 class="author-name"><a href="%s">%s</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="%s">%s</time>
                        <span class="byline-reading-time"><span class="bull">•</span> %s</span>
                </div>
            </div>

        </section>
        </div>

            <figure class="article-image">
                <img srcset="%s 300w,
                            %s 600w,
                            %s 1000w,
                            %s 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="%s" alt="%s">
                    <figcaption>%s</figcaption>
            </figure>

    </header>

    <section class="gh-content gh-canvas">
        %s
    </section>


</article>
</main>

    <section class="footer-cta outer">
        <div class="inner">
            <h2 class="footer-cta-title">Sign up for more like this.</h2>
            <a class="footer-cta-button" href="#/portal" data-portal="">
                <div class="footer-cta-input">Enter your email</div>
                <span>Subscribe</span>
            </a>
        </div>
    </section>



            <aside class="read-more-wrap outer">
                <div class="read-more inner">
                        %s
                </div>
            </aside>



    </div>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="%s">%s</a> © 2025</section>
            <nav class="site-footer-nav">
                %s
            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

    %s

<script src="%s" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous">
</script>
<script src="%s"></script>
<script>
$(document).ready(function () {
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {
        $('body').toggleClass('gh-head-open');
    });
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
});
</script>



<div id="sodo-search-root" style="display: none;"><iframe title="search" src="%s" style="position: fixed; inset: 0px; width: 100%%; height: 100%%; z-index: 3999999;"></iframe></div><div id="ghost-portal-root"><div></div></div></body></html>""" % (
        len(url), url, esc(title),
        SITE + "assets/built/screen.css?v=9c8a1e77d5", SITE + "assets/built/casper.js?v=9c8a1e77d5",
        f("screen.css"), ghost_head, body_class,
        SITE, SITE_TITLE, SEARCH_SVG, nav_html(NAV, 16), SEARCH_SVG,
        post_class, SITE, meta["tag_slug"], esc(meta["tag"]), esc(title), esc(desc),
        author_url, attr(author), f("nikhil-verma.jpg"), attr(author), author_url, esc(author),
        date_iso, date_shown, meta["reading_time"],
        img_size(300), img_size(600), img_size(1000), img_size(2000), f(img_file), attr(title),
        meta["feature_caption"], body_html,
        "\n                        ".join(post_card(c) for c in MORE),
        SITE, SITE_TITLE, nav_html(NAV2, 16), LIGHTBOX,
        f("jquery-3.5.1.min.js.download"), f("casper.js.download"), f("saved_resource.html"))
    return page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as fh:
        page = build(fh.read())
    with open(out, "wb") as fh:
        fh.write(page.encode("utf-8"))


if __name__ == "__main__":
    main()
