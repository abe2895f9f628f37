#!/usr/bin/python3
"""Make docs/soil-erosion-conservation-upsc-notes.html from
tools/soil-erosion-conservation-upsc-notes.txt.

The page imitates a UPSC topic page of an exam-prep site (BYJU'S-like) as saved with the
browser's "Save Page As... > Webpage, HTML Only": a "saved from url" comment, a WordPress-style
head (meta description, robots, canonical, Open Graph and Twitter tags, stylesheet links, a
JSON-LD graph with Article and BreadcrumbList, the Tag Manager snippet, an inline style block),
then a top promo strip, the site header and menu, breadcrumbs, the post title, author / date /
read-time line and share bar, a lazy-loaded featured image with caption, the intro, a "Download
PDF" box, a "Table of Contents" box with a [hide] toggle (h2 entries with nested h3 entries),
h2/h3 headings wrapped in span ids as TOC plugins write them, bordered tables whose first row
is a title cell spanning the columns and whose header cells are bold td cells, "Also Read"
lines, an ad slot, an FAQ accordion marked up with schema.org FAQPage microdata (Question /
acceptedAnswer / Answer, "+" icons, answers hidden by CSS), a "Related Links" table, a
newsletter sign-up form, an author box, a "Trending" sidebar, the footer, a cookie bar and
script tags at the end.

Source mark-up: @meta key: value; @intro (paragraphs up to the first heading); "## " h2;
"### " h3; "- " list items; "1. " numbered items; @table Title ... @endtable (cells split on
" | ", first row the header); @alsoread Text|slug; @download Text; @ad; @faq with "Q: "/"A: "
lines ... @endfaq; @related rows "Text|slug ; Text|slug" ... @endrelated; **x** bold.

Run: /usr/bin/python3 tools/make_html.py [output.html]
Standard library only; the output is the same byte for byte on every run.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "soil-erosion-conservation-upsc-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "soil-erosion-conservation-upsc-notes.html")
SITE = "https://vidyastra.in"


def inline(text):
    t = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)


def anchor(text):
    return re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]+", "_", text)).strip("_")


def parse(lines):
    meta, blocks = {}, []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@meta "):
            k, v = line[6:].split(": ", 1)
            meta[k] = v
        elif line == "@intro":
            paras = []
            while not lines[i + 1].startswith("@") and not lines[i + 1].startswith("#"):
                i += 1
                paras.append(lines[i])
            blocks.append(("intro", paras))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(("ul", items))
            continue
        elif re.match(r"\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append(lines[i].split(". ", 1)[1])
                i += 1
            blocks.append(("ol", items))
            continue
        elif line.startswith("@table "):
            rows = []
            i += 1
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            blocks.append(("table", (line[7:], rows)))
        elif line == "@faq":
            qa = []
            i += 1
            while lines[i] != "@endfaq":
                if lines[i].startswith("Q: "):
                    qa.append([lines[i][3:], ""])
                else:
                    qa[-1][1] = lines[i][3:]
                i += 1
            blocks.append(("faq", qa))
        elif line == "@related":
            rows = []
            i += 1
            while lines[i] != "@endrelated":
                rows.append([c.strip().split("|") for c in lines[i].split(" ; ")])
                i += 1
            blocks.append(("related", rows))
        elif line.startswith("@alsoread "):
            blocks.append(("alsoread", line[10:].split("|")))
        elif line.startswith("@download "):
            blocks.append(("download", line[10:]))
        elif line == "@ad":
            blocks.append(("ad", None))
        elif line.strip():
            blocks.append(("p", line))
        i += 1
    return meta, blocks


def toc(blocks):
    out = ['<div id="toc_container" class="toc_wrap_left toc-box no_bullets">',
           '<p class="toc_title">Table of Contents <span class="toc_toggle">[<a href="#">hide</a>]</span></p>',
           '<ul class="toc_list">']
    open_sub = False
    n = 0
    for kind, val in blocks:
        if kind == "h2":
            if open_sub:
                out.append("</ul></li>")
                open_sub = False
            elif n:
                out.append("</li>")
            n += 1
            out.append('<li><a href="#%s"><span class="toc_number toc_depth_1">%d</span> %s</a>'
                       % (anchor(val), n, html.escape(val, quote=False)))
            sub = 0
        elif kind == "h3":
            if not open_sub:
                out.append("<ul>")
                open_sub = True
            sub += 1
            out.append('<li><a href="#%s"><span class="toc_number toc_depth_2">%d.%d</span> %s</a></li>'
                       % (anchor(val), n, sub, html.escape(val, quote=False)))
        elif kind == "faq":
            if open_sub:
                out.append("</ul></li>")
                open_sub = False
            else:
                out.append("</li>")
            n += 1
            out.append('<li><a href="#Frequently_Asked_Questions"><span class="toc_number toc_depth_1">'
                       '%d</span> Frequently Asked Questions on Soil Erosion</a>' % n)
    out.append("</ul></li>" if open_sub else "</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def table(title, rows):
    n = len(rows[0])
    out = ['<div class="table-responsive">', '<table class="table table-bordered">', "<tbody>",
           '<tr>\n<th colspan="%d" style="text-align: center;">%s</th>\n</tr>' % (n, inline(title))]
    for r, cells in enumerate(rows):
        if r == 0:
            tds = "".join("<td><strong>%s</strong></td>" % inline(c) for c in cells)
        else:
            tds = "".join("<td>%s</td>" % inline(c) for c in cells)
        out.append("<tr>%s</tr>" % tds)
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


def faq(qa):
    out = ['<div class="faq-accordion" itemscope="" itemtype="https://schema.org/FAQPage">']
    for n, (q, a) in enumerate(qa, 1):
        out.append('<div class="faq-item" itemscope="" itemprop="mainEntity" '
                   'itemtype="https://schema.org/Question">')
        out.append('<div class="faq-question" role="button" tabindex="0" aria-expanded="false">'
                   '<h3 itemprop="name">Q%d. %s</h3><span class="faq-icon">+</span></div>'
                   % (n, inline(q)))
        out.append('<div class="faq-answer" itemscope="" itemprop="acceptedAnswer" '
                   'itemtype="https://schema.org/Answer">')
        out.append('<div itemprop="text"><p>%s</p></div>' % inline(a))
        out.append("</div>\n</div>")
    out.append("</div>")
    return "\n".join(out)


def related(rows):
    out = ['<table class="table table-bordered related-links">', "<tbody>",
           '<tr>\n<th colspan="2">Related Links</th>\n</tr>']
    for cells in rows:
        out.append("<tr>%s</tr>" % "".join(
            '<td><a href="%s/upsc/%s/">%s</a></td>' % (SITE, slug, inline(text)) for text, slug in cells))
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def content(blocks):
    out = []
    toc_done = False
    for kind, val in blocks:
        if kind == "intro":
            continue
        if kind == "h2" and not toc_done:
            out.append(toc(blocks))
            toc_done = True
        if kind == "h2":
            out.append('<h2><span id="%s">%s</span></h2>' % (anchor(val), inline(val)))
        elif kind == "h3":
            out.append('<h3><span id="%s">%s</span></h3>' % (anchor(val), inline(val)))
        elif kind == "p":
            out.append("<p>%s</p>" % inline(val))
        elif kind == "ul":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % inline(x) for x in val))
        elif kind == "ol":
            out.append("<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % inline(x) for x in val))
        elif kind == "table":
            out.append(table(*val))
        elif kind == "alsoread":
            out.append('<p class="also-read"><strong>Also Read:</strong>&nbsp;<a href="%s/upsc/%s/" '
                       'target="_blank" rel="noopener">%s</a></p>' % (SITE, val[1], inline(val[0])))
        elif kind == "download":
            out.append('<div class="download-box"><a class="btn btn-download" href="%s/wp-content/'
                       'uploads/2025/09/soil-erosion-upsc-notes.pdf" rel="nofollow">'
                       '<i class="icon-download"></i> %s</a></div>' % (SITE, inline(val)))
        elif kind == "ad":
            out.append('<div class="ad-slot in-content"><span class="ad-label">Advertisement</span>\n'
                       '<ins class="adsbygoogle" style="display:block; text-align:center;" '
                       'data-ad-layout="in-article" data-ad-format="fluid" '
                       'data-ad-client="ca-pub-4021886537790312" data-ad-slot="8126650191"></ins>\n'
                       '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
        elif kind == "faq":
            out.append('<h2><span id="Frequently_Asked_Questions">Frequently Asked Questions on Soil '
                       'Erosion</span></h2>')
            out.append(faq(val))
        elif kind == "related":
            out.append(related(val))
    return "\n".join(out)


def page(meta, blocks):
    url = "%s/upsc/%s/" % (SITE, meta["slug"])
    title = meta["title"]
    intro = ["<p>%s</p>" % inline(p) for kind, val in blocks if kind == "intro" for p in val]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "headline": title,
         "datePublished": "2023-03-14T10:30:00+05:30", "dateModified": "2025-09-22T18:05:41+05:30",
         "author": {"@type": "Organization", "name": meta["author"], "url": SITE + "/author/team/"},
         "publisher": {"@type": "Organization", "name": "Vidyastra IAS",
                       "logo": {"@type": "ImageObject", "url": SITE + "/wp-content/uploads/logo-v3.png"}},
         "image": SITE + "/wp-content/uploads/2023/03/soil-erosion-upsc.webp",
         "mainEntityOfPage": url, "articleSection": meta["category"], "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": "UPSC", "item": SITE + "/upsc/"},
            {"@type": "ListItem", "position": 3, "name": "Geography", "item": SITE + "/upsc/geography/"},
            {"@type": "ListItem", "position": 4, "name": "Soil Erosion and Conservation"}]}]}
    desc = html.escape(meta["description"])
    parts = [
        "<!DOCTYPE html>",
        "<!-- saved from url=(%04d)%s -->" % (len(url), url),
        '<html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s - Vidyastra IAS</title>" % html.escape(title, quote=False),
        '<meta name="description" content="%s">' % desc,
        '<meta name="robots" content="index, follow, max-snippet:-1, max-video-preview:-1, '
        'max-image-preview:large">',
        '<link rel="canonical" href="%s">' % url,
        '<meta property="og:locale" content="en_US">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="%s">' % html.escape(title),
        '<meta property="og:description" content="%s">' % desc,
        '<meta property="og:url" content="%s">' % url,
        '<meta property="og:site_name" content="Vidyastra IAS">',
        '<meta property="article:published_time" content="2023-03-14T10:30:00+05:30">',
        '<meta property="article:modified_time" content="2025-09-22T18:05:41+05:30">',
        '<meta property="og:image" content="%s/wp-content/uploads/2023/03/soil-erosion-upsc.webp">' % SITE,
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" '
        'content="9 minutes">',
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin="">',
        '<link rel="stylesheet" id="vidyastra-main-css" href="%s/wp-content/themes/vidyastra/css/'
        'main.min.css?ver=4.8.2" media="all">' % SITE,
        '<link rel="stylesheet" id="toc-screen-css" href="%s/wp-content/plugins/table-of-contents-plus/'
        'screen.min.css?ver=2411.1" media="all">' % SITE,
        '<script type="application/ld+json" class="yoast-schema-graph">%s</script>'
        % json.dumps(ld, separators=(",", ":")),
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?"
        "'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
        "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7X2QPL');</script>",
        '<script async="" src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?'
        'client=ca-pub-4021886537790312" crossorigin="anonymous"></script>',
        "<style>.toc-box{background:#f9f9f9;border:1px solid #aaa;padding:10px 14px;display:table;"
        "margin-bottom:1em}.toc_title{font-weight:700;text-align:center}.faq-answer{display:none;"
        "padding:0 12px}.faq-item.open .faq-answer{display:block}.faq-question{cursor:pointer;"
        "display:flex;justify-content:space-between;border-bottom:1px solid #e5e5e5}"
        ".faq-question h3{font-size:17px;margin:10px 0}.newsletter-box{background:#eef6ff;"
        "border-radius:8px;padding:18px}.ad-label{font-size:10px;color:#999;display:block;"
        "text-align:center}.related-links th{background:#1f4e79;color:#fff}</style>",
        "</head>",
        '<body class="post-template-default single single-post postid-48213 single-format-standard '
        'wp-embed-responsive">',
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7X2QPL" height="0" '
        'width="0" style="display:none;visibility:hidden"></iframe></noscript>',
        '<div class="top-strip">UPSC CSE 2026 Foundation Batch starts 6 October&nbsp;|&nbsp;'
        '<a href="%s/courses/upsc-foundation-2026/">Enrol Now</a></div>' % SITE,
        '<header class="site-header" id="masthead">',
        '<div class="site-branding"><a href="%s/" rel="home"><img src="%s/wp-content/uploads/logo-v3.png" '
        'alt="Vidyastra IAS" width="168" height="42"></a></div>' % (SITE, SITE),
        '<nav class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">',
        '<li class="menu-item"><a href="%s/upsc/">UPSC</a></li>' % SITE,
        '<li class="menu-item"><a href="%s/current-affairs/">Current Affairs</a></li>' % SITE,
        '<li class="menu-item"><a href="%s/ncert-notes/">NCERT Notes</a></li>' % SITE,
        '<li class="menu-item"><a href="%s/test-series/">Test Series</a></li>' % SITE,
        '<li class="menu-item"><a href="%s/free-pdfs/">Free PDFs</a></li>' % SITE,
        '<li class="menu-item menu-login"><a href="%s/login/">Login</a></li>' % SITE,
        "</ul></nav>",
        "</header>",
        '<div class="breadcrumbs"><span><span><a href="%s/">Home</a></span> » <span><a href="%s/upsc/">'
        'UPSC</a></span> » <span><a href="%s/upsc/geography/">Geography</a></span> » '
        '<span class="breadcrumb_last" aria-current="page">Soil Erosion and Conservation</span></span></div>'
        % (SITE, SITE, SITE),
        '<main id="primary" class="site-main"><div class="container"><div class="row">',
        '<div class="col-md-8">',
        '<article id="post-48213" class="post-48213 post type-post status-publish category-geography">',
        '<header class="entry-header"><h1 class="entry-title">%s</h1>' % inline(title),
        '<div class="post-meta"><span class="byline">By <a href="%s/author/team/">%s</a></span>'
        '&nbsp;|&nbsp;<span class="updated">Updated on: %s</span>&nbsp;|&nbsp;<span class="read-time">'
        '%s</span></div>' % (SITE, meta["author"], meta["updated"], meta["readtime"]),
        '<div class="share-bar"><span>Share:</span> <a class="share-wa" href="https://api.whatsapp.com/'
        'send?text=%s">WhatsApp</a> <a class="share-tg" href="https://t.me/share/url?url=%s">Telegram</a> '
        '<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> '
        '<a class="share-x" href="https://twitter.com/intent/tweet?url=%s">X</a></div></header>'
        % (url, url, url, url),
        '<div class="entry-content">',
        '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="800" '
        'height="450" src="data:image/svg+xml,%%3Csvg%%20xmlns=%%27http://www.w3.org/2000/svg%%27%%3E%%3C/svg%%3E" '
        'data-src="%s/wp-content/uploads/2023/03/soil-erosion-upsc.webp" alt="Soil erosion and conservation '
        'UPSC notes" class="lazyload"><figcaption>Gully erosion in the Chambal valley (representative '
        'image)</figcaption></figure>' % SITE,
        "\n".join(intro),
        content(blocks),
        "</div>",
        '<div class="author-box"><img src="%s/wp-content/uploads/team-avatar.png" alt="" width="64" '
        'height="64"><div><p class="author-name">%s</p><p>Our Geography desk writes and updates '
        'these notes.</p></div></div>' % (SITE, meta["author"]),
        '<div class="newsletter-box" id="newsletter">',
        "<h4>Never miss an update!</h4>",
        "<p>Get daily current affairs, PIB summaries and free PDFs in your inbox.</p>",
        '<form class="newsletter-form" action="%s/subscribe/" method="post"><input type="email" '
        'name="email" placeholder="Enter your email address" required=""><input type="hidden" '
        'name="list" value="upsc-daily"><button type="submit">Subscribe</button></form>' % SITE,
        '<p class="small-print">We respect your privacy. Unsubscribe anytime.</p>',
        "</div>",
        "</article>",
        "</div>",
        '<aside class="col-md-4 sidebar"><div class="widget trending"><h4 class="widget-title">'
        "Trending</h4><ul>",
        '<li><a href="%s/upsc/upsc-syllabus/">UPSC Syllabus 2026</a></li>' % SITE,
        '<li><a href="%s/upsc/indian-monsoon/">Indian Monsoon</a></li>' % SITE,
        '<li><a href="%s/current-affairs/daily-news-analysis/">Daily News Analysis</a></li>' % SITE,
        "</ul></div></aside>",
        "</div></div></main>",
        '<footer class="site-footer"><div class="container"><ul class="footer-links">',
        '<li><a href="%s/about-us/">About Us</a></li><li><a href="%s/contact/">Contact</a></li>'
        '<li><a href="%s/privacy-policy/">Privacy Policy</a></li><li><a href="%s/terms/">Terms of Use</a></li>'
        % (SITE, SITE, SITE, SITE),
        "</ul>",
        '<p class="copyright">© 2025 Vidyastra Edutech Pvt. Ltd. All rights reserved.</p>',
        "</div></footer>",
        '<div id="cookie-notice" class="cookie-bar" role="dialog"><span>We use cookies to give you the '
        'best experience.</span> <a href="#" class="cookie-accept">Accept</a></div>',
        '<script src="%s/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>' % SITE,
        '<script src="%s/wp-content/plugins/table-of-contents-plus/front.min.js?ver=2411.1" '
        'id="toc-front-js"></script>' % SITE,
        "<script>document.querySelectorAll('.faq-question').forEach(function(q){q.addEventListener("
        "'click',function(){var it=q.parentNode;it.classList.toggle('open');q.setAttribute("
        "'aria-expanded',it.classList.contains('open'));q.querySelector('.faq-icon').textContent="
        "it.classList.contains('open')?'\\u2212':'+';});});</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def main(out):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    meta, blocks = parse(lines)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, blocks))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
