#!/usr/bin/python3
"""Re-make docs/single-use-plastic-ban-current-affairs.html from
tools/single-use-plastic-ban-current-affairs.txt, byte for byte.

The page is a WordPress current-affairs post of an exam-preparation portal ("PrepNagar",
Adda247 / Testbook style) as Chrome's "Save Page As... > Webpage, Complete" writes it: the
serialised DOM after scripts ran, a "saved from url" comment, resource links pointing into the
"<title>_files" folder, Rank Math metas and JSON-LD, the Easy Table of Contents box, "Also Read"
boxes, a Practice MCQs block with hidden answers, Rank Math FAQ accordions plus a FAQPage
JSON-LD, share buttons, an author box, comments and a long footer.
Run: /usr/bin/python3 tools/make_portal.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "single-use-plastic-ban-current-affairs.txt")
OUT = os.path.join(HERE, "..", "docs", "single-use-plastic-ban-current-affairs.html")
SITE = "https://www.prepnagar.com"


def esc(s):
    """Chrome's serialiser: & < > in text, nbsp as &nbsp;."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def inline(s):
    """Source text may carry <strong>..</strong>; everything else is escaped."""
    parts = re.split(r"(</?strong>)", s)
    return "".join(p if p in ("<strong>", "</strong>") else esc(p) for p in parts)


def plain(s):
    return re.sub(r"</?strong>", "", s)


def anchor(h):
    """Easy TOC's id: spaces to _, drop ? , : ( ) and quotes."""
    a = re.sub(r"[?,:()\u201c\u201d'’.]", "", h)
    a = re.sub(r"\s+", "_", a.strip())
    return a


def parse(text):
    meta, blocks = {}, []
    cur = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("- ") and cur is not None:
            cur[1].append(line[2:])
        elif line.startswith("ROW: "):
            blocks[-1][1][1].append([c.strip() for c in line[5:].split("|")])
        elif line.startswith("OPT: "):
            blocks[-1][1]["opts"].append(line[5:])
        elif line.startswith("ANS: "):
            blocks[-1][1]["ans"] = line[5:]
        else:
            cur = None
            tag, _, rest = line.partition(":")
            rest = rest.strip()
            if line == "TOC":
                blocks.append(("TOC", None))
            elif tag in ("UL", "OL"):
                cur = (tag, [])
                blocks.append(cur)
            elif tag == "TABLE":
                blocks.append(("TABLE", ([c.strip() for c in rest.split("|")], [])))
            elif tag == "MCQ":
                blocks.append(("MCQ", {"q": rest, "opts": [], "ans": ""}))
            elif tag == "FAQ":
                q, a = rest.split("||")
                blocks.append(("FAQ", (q.strip(), a.strip())))
            elif tag == "ALSO":
                t, s = rest.split("|")
                blocks.append(("ALSO", (t.strip(), s.strip())))
            else:
                blocks.append((tag, rest))
    return meta, blocks


def nice_date(iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%s %d%s, %d" % (months[m - 1], d, suf, y)


def build(text):
    meta, blocks = parse(text)
    title = meta["title"]
    page_title = title + " - PrepNagar"
    url = "%s/current-affairs/%s/" % (SITE, meta["slug"])
    files = "./" + re.sub(r'[:|?*"<>\\/]', "_", page_title) + "_files"
    desc = meta["description"]
    pub, mod = meta["published"], meta["modified"]
    headings = [(t, r) for t, r in blocks if t in ("H2", "H3")]
    faqs = [r for t, r in blocks if t == "FAQ"]
    L = []
    w = L.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en-US" prefix="og: https://ogp.me/ns#" class="js no-touch"><head>'
      '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<script async="" src="%s/gtm.js"></script><script async="" src="%s/js"></script>' % (files, files))
    w('\n\t\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t'
      '<link rel="profile" href="https://gmpg.org/xfn/11">\n\t'
      '<link rel="pingback" href="https://www.prepnagar.com/xmlrpc.php">\n\n'
      '<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->\n')
    w("<title>%s</title>\n" % esc(page_title))
    w('<meta name="description" content="%s">\n' % attr(desc))
    w('<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">\n')
    w('<link rel="canonical" href="%s">\n' % url)
    for p, v in (("og:locale", "en_US"), ("og:type", "article"), ("og:title", page_title),
                 ("og:description", desc), ("og:url", url), ("og:site_name", "PrepNagar"),
                 ("article:publisher", "https://www.facebook.com/prepnagar"),
                 ("article:tag", "Environment"), ("article:tag", "Plastic Waste Management Rules"),
                 ("article:tag", "Single Use Plastic"), ("article:section", "Current Affairs"),
                 ("og:updated_time", mod),
                 ("og:image", SITE + "/wp-content/uploads/2025/07/Single-Use-Plastic-Ban-in-India.webp"),
                 ("og:image:width", "1200"), ("og:image:height", "675"),
                 ("og:image:alt", "Single Use Plastic Ban in India"), ("og:image:type", "image/webp"),
                 ("article:published_time", pub), ("article:modified_time", mod)):
        w('<meta property="%s" content="%s">\n' % (p, attr(v)))
    for n, v in (("twitter:card", "summary_large_image"), ("twitter:title", page_title),
                 ("twitter:description", desc), ("twitter:site", "@prepnagar"),
                 ("twitter:creator", "@prepnagar"), ("twitter:label1", "Written by"),
                 ("twitter:data1", meta["author"]), ("twitter:label2", "Time to read"),
                 ("twitter:data2", "7 minutes")):
        w('<meta name="%s" content="%s">\n' % (n, attr(v)))
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": ["EducationalOrganization", "Organization"], "@id": SITE + "/#organization",
         "name": "PrepNagar", "url": SITE + "/",
         "sameAs": ["https://www.facebook.com/prepnagar", "https://twitter.com/prepnagar",
                    "https://t.me/prepnagar_official"],
         "logo": {"@type": "ImageObject", "@id": SITE + "/#logo",
                  "url": SITE + "/wp-content/uploads/2023/02/prepnagar-logo.png",
                  "contentUrl": SITE + "/wp-content/uploads/2023/02/prepnagar-logo.png",
                  "caption": "PrepNagar", "inLanguage": "en-US", "width": "240", "height": "60"}},
        {"@type": "WebSite", "@id": SITE + "/#website", "url": SITE, "name": "PrepNagar",
         "publisher": {"@id": SITE + "/#organization"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": "1", "item": {"@id": SITE, "name": "Home"}},
            {"@type": "ListItem", "position": "2",
             "item": {"@id": SITE + "/current-affairs/", "name": "Current Affairs"}},
            {"@type": "ListItem", "position": "3", "item": {"@id": url, "name": title}}]},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": page_title,
         "datePublished": pub, "dateModified": mod, "isPartOf": {"@id": SITE + "/#website"},
         "inLanguage": "en-US", "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "Person", "@id": SITE + "/author/shivangi-mishra/", "name": meta["author"],
         "url": SITE + "/author/shivangi-mishra/", "worksFor": {"@id": SITE + "/#organization"}},
        {"@type": "NewsArticle", "headline": page_title, "keywords": "single use plastic ban",
         "datePublished": pub, "dateModified": mod, "articleSection": "Current Affairs",
         "author": {"@id": SITE + "/author/shivangi-mishra/", "name": meta["author"]},
         "publisher": {"@id": SITE + "/#organization"}, "description": desc, "name": page_title,
         "@id": url + "#richSnippet", "isPartOf": {"@id": url + "#webpage"},
         "inLanguage": "en-US", "mainEntityOfPage": {"@id": url + "#webpage"}}]}
    w('<script type="application/ld+json" class="rank-math-schema-pro">%s</script>\n'
      % json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    w('<!-- /Rank Math WordPress SEO plugin -->\n\n')
    w("<link rel=\"dns-prefetch\" href=\"https://www.googletagmanager.com/\">\n"
      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"PrepNagar » Feed\" href=\"https://www.prepnagar.com/feed/\">\n"
      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"PrepNagar » Comments Feed\" href=\"https://www.prepnagar.com/comments/feed/\">\n")
    for cid, name in (("wp-block-library-css", "style.min.css"), ("ez-toc-css", "screen.min.css"),
                      ("generate-style-css", "main.min.css"), ("pn-custom-css", "custom.css"),
                      ("rank-math-css", "blocks.css")):
        w("<link rel=\"stylesheet\" id=\"%s\" href=\"%s/%s\" media=\"all\">\n" % (cid, files, name))
    w("<style id=\"generate-style-inline-css\">\nbody{background-color:#f4f6fb;color:#222222;}"
      "a{color:#e8491d;}a:hover{color:#c0390f;}.entry-content h2{border-left:4px solid #e8491d;"
      "padding-left:10px;}.pn-quiz .pn-answer{display:none;}.rank-math-list-item:not(.faq-open) "
      ".rank-math-answer{display:none;}\n</style>\n")
    w("<script src=\"%s/jquery.min.js\" id=\"jquery-core-js\"></script>\n" % files)
    w("<script id=\"ez-toc-js-js-extra\">\nvar ezTOC = {\"smooth_scroll\":\"1\",\"visibility_hide_by_default\":\"\","
      "\"scroll_offset\":\"30\",\"fallbackIcon\":\"<span class=\\\"\\\"><span class=\\\"eztoc-hide\\\" "
      "style=\\\"display:none;\\\">Toggle<\\/span><span class=\\\"ez-toc-icon-toggle-span\\\"><\\/span><\\/span>\"};\n</script>\n")
    w('<link rel="https://api.w.org/" href="https://www.prepnagar.com/wp-json/">'
      '<link rel="shortlink" href="https://www.prepnagar.com/?p=184523">\n')
    w('<link rel="icon" href="%s/cropped-favicon-32x32.png" sizes="32x32">\n' % files)
    # FAQPage JSON-LD
    fj = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in faqs]}
    w('<script type="application/ld+json">%s</script>\n' % json.dumps(fj, ensure_ascii=False, indent=None))
    w('<link rel="preload" as="image" href="%s/Single-Use-Plastic-Ban-in-India.webp">' % files)
    w('<style type="text/css" id="wp-custom-css">.sticky-course{position:fixed;bottom:0;left:0;right:0;z-index:999;}</style>'
      '<iframe name="googlefcPresent" style="display: none; width: 0px; height: 0px; border: none; z-index: -1000; left: -1000px; top: -1000px;" src="./%s/saved_resource.html"></iframe></head>\n' % files[2:])
    w('\n<body class="post-template-default single single-post postid-184523 single-format-standard '
      'wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left '
      'dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope="">\n\t')
    w('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    # app banner
    w('<div class="pn-app-banner" id="pn-app-banner"><img src="%s/app-icon.png" alt="" width="36" height="36">'
      '<div class="pn-app-text"><strong>PrepNagar App</strong><span>Free Daily Quiz &amp; Current Affairs</span></div>'
      '<a class="pn-app-btn" href="https://play.google.com/store/apps/details?id=com.prepnagar.app" target="_blank" rel="noopener">Get App</a>'
      '<button class="pn-app-close" aria-label="Close">×</button></div>\n' % files)
    # top bar
    cats = ["Banking", "SSC", "Railways", "Teaching", "Defence", "UPSC", "State PCS", "Current Affairs"]
    w('<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container">'
      '<ul class="pn-exam-cats">%s</ul><a class="pn-login-btn" href="https://www.prepnagar.com/login/?redirect_to=%s">Login</a></div></div>\n'
      % ("".join('<li><a href="%s/%s/">%s</a></li>' % (SITE, c.lower().replace(" ", "-"), c) for c in cats),
         url.replace(":", "%3A").replace("/", "%2F")))
    w('<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope="">'
      '<div class="inside-header grid-container"><div class="site-logo"><a href="https://www.prepnagar.com/" rel="home">'
      '<img class="header-image is-logo-image" alt="PrepNagar" src="%s/prepnagar-logo.png" width="240" height="60"></a></div>'
      '<form method="get" class="search-form" action="https://www.prepnagar.com/"><label><span class="screen-reader-text">Search for:</span>'
      '<input type="search" class="search-field" placeholder="Search …" value="" name="s" title="Search for:"></label>'
      '<button class="search-submit" aria-label="Search"></button></form></div></header>\n' % files)
    mega = [("Banking", ["SBI PO", "IBPS PO", "IBPS Clerk", "RBI Grade B"]),
            ("SSC", ["SSC CGL", "SSC CHSL", "SSC GD"]),
            ("Railways", ["RRB NTPC", "RRB Group D"]),
            ("UPSC", ["UPSC Prelims", "UPSC Mains", "Optional Subjects"]),
            ("State PCS", ["UPPSC", "BPSC", "MPPSC", "RPSC"])]
    nav = []
    for top, subs in mega:
        slug = top.lower().replace(" ", "-")
        nav.append('<li class="menu-item menu-item-has-children"><a href="%s/%s/">%s<span role="presentation" class="dropdown-menu-toggle"></span></a>'
                   '<ul class="sub-menu">%s</ul></li>' % (SITE, slug, top, "".join(
                       '<li class="menu-item"><a href="%s/%s/">%s</a></li>' % (SITE, s.lower().replace(" ", "-"), s) for s in subs)))
    nav.append('<li class="menu-item current-menu-ancestor"><a href="%s/current-affairs/">Current Affairs</a></li>' % SITE)
    nav.append('<li class="menu-item"><a href="%s/test-series/">Test Series</a></li>' % SITE)
    w('<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope="">'
      '<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">'
      '<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">%s</ul></div></div></nav>\n' % "".join(nav))
    w('\n\t<div class="site grid-container container hfeed" id="page">\n\t\t<div class="site-content" id="content">\n\t\t\t\n\t'
      '<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n\t\t\t\n<article id="post-184523" '
      'class="post-184523 post type-post status-publish format-standard has-post-thumbnail hentry category-current-affairs '
      'tag-environment tag-plastic-waste-management-rules tag-single-use-plastic" itemtype="https://schema.org/CreativeWork" itemscope="">\n'
      '\t<div class="inside-article">\n')
    w('<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="https://www.prepnagar.com/">Home</a>'
      '<span class="separator"> » </span><a href="https://www.prepnagar.com/current-affairs/">Current Affairs</a>'
      '<span class="separator"> » </span><span class="last">%s</span></p></nav>' % esc(title))
    w('\n\t\t\t<header class="entry-header">\n\t\t\t\t<h1 class="entry-title" itemprop="headline">%s</h1>\t\t<div class="entry-meta">\n\t\t\t'
      '<span class="byline">By <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope="">'
      '<a class="url fn n" href="https://www.prepnagar.com/author/shivangi-mishra/" title="View all posts by %s" rel="author" itemprop="url">'
      '<span class="author-name" itemprop="name">%s</span></a></span></span> <span class="posted-on">Published On <time class="entry-date published" '
      'datetime="%s" itemprop="datePublished">%s</time></span> \t\t</div>\n\t\t\t\t\t</header>\n'
      % (esc(title), attr(meta["author"]), esc(meta["author"]), pub, nice_date(pub)))
    w('\t\t\t<div class="featured-image page-header-image-single grid-container grid-parent">\n\t\t\t\t'
      '<img width="1200" height="675" src="%s/Single-Use-Plastic-Ban-in-India.webp" class="attachment-full size-full wp-post-image" '
      'alt="Single Use Plastic Ban in India" itemprop="image" decoding="async" fetchpriority="high">\t\t\t</div>\n' % files)
    share = ('<div class="pn-share"><span class="pn-share-label">Share</span>'
             '<a class="pn-share-btn fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="nofollow noopener" aria-label="Share on Facebook"><svg viewBox="0 0 24 24" width="18" height="18"><path d="M14 8h3V4h-3c-2.8 0-4 1.8-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8z"></path></svg></a>'
             '<a class="pn-share-btn tw" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="nofollow noopener" aria-label="Share on X"><svg viewBox="0 0 24 24" width="18" height="18"><path d="M17 3h3l-7 8 8 10h-6l-5-6-5 6H2l8-9L2 3h6l4 5z"></path></svg></a>'
             '<a class="pn-share-btn wa" href="https://api.whatsapp.com/send?text=%s" target="_blank" rel="nofollow noopener" aria-label="Share on WhatsApp"><svg viewBox="0 0 24 24" width="18" height="18"><path d="M12 2a10 10 0 0 0-8.6 15l-1.4 5 5.1-1.3A10 10 0 1 0 12 2z"></path></svg></a>'
             '<a class="pn-share-btn tg" href="https://t.me/share/url?url=%s" target="_blank" rel="nofollow noopener" aria-label="Share on Telegram"><svg viewBox="0 0 24 24" width="18" height="18"><path d="M22 3 2 11l6 2 2 7 3-4 5 4z"></path></svg></a></div>'
             % (url, url, url, url))
    w(share + "\n")
    w('\n\t\t<div class="entry-content" itemprop="text">\n')
    alt_n = 0
    for tag, rest in blocks:
        if tag == "P":
            w("<p>%s</p>\n" % inline(rest).replace(". ", ".\u00a0", 0))
        elif tag == "TOC":
            items, open_h2 = [], False
            toc = ['<div id="ez-toc-container" class="ez-toc-v2_0_73 counter-hierarchy ez-toc-counter ez-toc-light-blue ez-toc-container-direction">\n'
                   '<div class="ez-toc-title-container">\n<p class="ez-toc-title" style="cursor:inherit">Table of Contents</p>\n'
                   '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
                   'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span>'
                   '<span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>\n'
                   '<nav><ul class="ez-toc-list ez-toc-list-level-1 ">']
            n = 0
            for i, (ht, hx) in enumerate(headings):
                h = plain(hx)
                n += 1
                link = '<a class="ez-toc-link ez-toc-heading-%d" href="%s#%s" title="%s">%s</a>' % (n, url, anchor(h), attr(h), esc(h))
                if ht == "H2":
                    if open_h2:
                        toc.append("</li>")
                    toc.append('<li class="ez-toc-page-1 ez-toc-heading-level-2">' + link)
                    open_h2 = True
                    nxt = headings[i + 1][0] if i + 1 < len(headings) else None
                    if nxt == "H3":
                        toc.append('<ul class="ez-toc-list-level-3">')
                else:
                    toc.append('<li class="ez-toc-heading-level-3">%s</li>' % link)
                    nxt = headings[i + 1][0] if i + 1 < len(headings) else None
                    if nxt != "H3":
                        toc.append("</ul>")
            toc.append("</li>")
            n += 1
            toc.append('<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-%d" href="%s#Practice_MCQs" title="Practice MCQs">Practice MCQs</a></li>' % (n, url))
            n += 1
            toc.append('<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-%d" href="%s#FAQs" title="FAQs">FAQs</a></li>' % (n, url))
            toc.append("</ul></nav></div>\n")
            w("".join(toc))
        elif tag in ("H2", "H3"):
            lv = tag[1]
            w('<h%s class="wp-block-heading"><span class="ez-toc-section" id="%s"></span>%s<span class="ez-toc-section-end"></span></h%s>\n'
              % (lv, anchor(plain(rest)), esc(rest), lv))
        elif tag in ("UL", "OL"):
            t = tag.lower()
            w('<%s class="wp-block-list">\n%s</%s>\n' % (t, "".join("<li>%s</li>\n" % inline(x) for x in rest), t))
        elif tag == "TABLE":
            head, rows = rest
            w('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
              '<figcaption class="wp-element-caption">Amendments to the Plastic Waste Management Rules, 2016</figcaption></figure>\n'
              % ("".join("<th>%s</th>" % esc(c) for c in head),
                 "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows)))
        elif tag == "ALSO":
            t, s = rest
            alt_n += 1
            w('<div class="pn-also-read"><span class="pn-also-read-label">Also Read</span><table><tbody><tr><td>'
              '<a href="%s/current-affairs/%s/" target="_blank" rel="noopener">%s</a></td>'
              '<td><a href="%s/current-affairs/daily-current-affairs-quiz/" target="_blank" rel="noopener">Daily Current Affairs Quiz</a></td></tr></tbody></table></div>\n'
              % (SITE, s, esc(t), SITE))
    # MCQs
    mcqs = [r for t, r in blocks if t == "MCQ"]
    w('<h2 class="wp-block-heading"><span class="ez-toc-section" id="Practice_MCQs"></span>Practice MCQs<span class="ez-toc-section-end"></span></h2>\n')
    for i, m in enumerate(mcqs, 1):
        w('<div class="pn-quiz" id="pn-quiz-%d"><p class="pn-q"><strong>Q%d.</strong> %s</p><ol class="pn-options" type="a">%s</ol>'
          '<button class="pn-show-answer" type="button" onclick="this.nextElementSibling.style.display=\'block\'">View Answer</button>'
          '<div class="pn-answer" style="display: none;"><p>%s</p></div></div>\n'
          % (i, i, esc(m["q"]), "".join("<li>%s</li>" % esc(o) for o in m["opts"]), esc(m["ans"])))
    w('<h2 class="wp-block-heading"><span class="ez-toc-section" id="FAQs"></span>FAQs<span class="ez-toc-section-end"></span></h2>\n')
    w('<div id="rank-math-faq" class="rank-math-block">\n<div class="rank-math-list ">\n')
    for i, (q, a) in enumerate(faqs):
        w('<div id="faq-question-17515%05d" class="rank-math-list-item%s">\n<h3 class="rank-math-question ">%s</h3>\n'
          '<div class="rank-math-answer ">\n\n<p>%s</p>\n\n</div>\n</div>\n' % (2310 + 7 * i, " faq-open" if i == 0 else "", esc(q), esc(a)))
    w('</div>\n</div>\n')
    w('<div class="pn-after-content"><p class="pn-download-pdf"><a href="https://www.prepnagar.com/current-affairs/monthly-pdf/" target="_blank" rel="noopener">'
      'Download Monthly Current Affairs PDF</a></p></div>\n')
    w('\t\t</div>\n\n\t\t\t\t<footer class="entry-meta" aria-label="Entry meta">\n\t\t\t<span class="cat-links"><span class="screen-reader-text">Categories </span>'
      '<a href="https://www.prepnagar.com/current-affairs/" rel="category tag">Current Affairs</a></span> <span class="tags-links">'
      '<span class="screen-reader-text">Tags </span><a href="https://www.prepnagar.com/tag/environment/" rel="tag">Environment</a>, '
      '<a href="https://www.prepnagar.com/tag/plastic-waste-management-rules/" rel="tag">Plastic Waste Management Rules</a>, '
      '<a href="https://www.prepnagar.com/tag/single-use-plastic/" rel="tag">Single Use Plastic</a></span> \t\t</footer>\n')
    w(share + "\n")
    w('<div class="pn-author-box"><img alt="" src="%s/shivangi-mishra-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96" loading="lazy" decoding="async">'
      '<div class="pn-author-info"><p class="pn-author-name">%s</p><p class="pn-author-bio">Shivangi writes current affairs and static GK for '
      'UPSC and State PCS aspirants.</p></div></div>\n' % (files, esc(meta["author"])))
    w('\t</div>\n</article>\n')
    # comments
    w('\n\t\t\t<div class="comments-area">\n\t\t\t\t<div id="comments">\n\n\t\t<h3 class="comments-title">2 thoughts on “%s”</h3>\n'
      '\t\t<ol class="comment-list">\n' % esc(title))
    for cid, who, when, body in (("58211", "Rohit Yadav", "2025-07-03T20:11:09+05:30", "Very helpful notes mam. Please also make one on the global plastics treaty talks."),
                                 ("58240", "Ankita", "2025-07-04T07:53:41+05:30", "Is the 120 micron rule for non-woven bags also? Table me clear nahi hai.")):
        w('\t\t\t<li id="comment-%s" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-%s" itemtype="https://schema.org/Comment" itemscope="">'
          '<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="%s/avatar-default.png" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">'
          '<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope=""><cite itemprop="name" class="fn">%s</cite></div>'
          '<div class="entry-meta comment-metadata"><a href="%s#comment-%s"><time datetime="%s" itemprop="datePublished">%s at %s</time></a></div></div></footer>'
          '<div class="comment-content" itemprop="text"><p>%s</p>\n<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%s" data-commentid="%s" '
          'data-postid="184523" aria-label="Reply to %s">Reply</a></span></div></article></li><!-- #comment-## -->\n'
          % (cid, cid, files, esc(who), url, cid, when, nice_date(when), ("8:11 pm" if cid == "58211" else "7:53 am"), esc(body), cid, cid, attr(who)))
    w('\t\t</ol><!-- .comment-list -->\n\n\t\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">Leave a Comment '
      '<small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">Cancel reply</a></small></h3>'
      '<form action="https://www.prepnagar.com/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate="">'
      '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required=""></textarea></p>'
      '<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required="">\n'
      '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required="">\n'
      '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> '
      '<input type="hidden" name="comment_post_ID" value="184523" id="comment_post_ID">\n<input type="hidden" name="comment_parent" id="comment_parent" value="0">\n'
      '</p></form>\t</div><!-- #respond -->\n\t\n\t\t</div><!-- #comments -->\n\t\t\t</div>\n\n\t\t\t\t\t</main>\n\t</div>\n' % url)
    # sidebar
    w('\n\t<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">\n\t<div class="inside-right-sidebar">\n'
      '<aside id="block-7" class="widget inner-padding widget_block"><div class="pn-course-card"><img src="%s/upsc-foundation-2026.webp" alt="UPSC Foundation 2026" loading="lazy">'
      '<a class="pn-course-btn" href="https://www.prepnagar.com/courses/upsc-foundation-2026/">Enroll Now</a></div></aside>'
      '<aside id="block-9" class="widget inner-padding widget_block"><h2 class="widget-title">Latest Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">'
      '<li><a class="wp-block-latest-posts__post-title" href="https://www.prepnagar.com/current-affairs/daily-current-affairs-3-july-2025/">Daily Current Affairs 3 July 2025</a></li>'
      '<li><a class="wp-block-latest-posts__post-title" href="https://www.prepnagar.com/current-affairs/important-days-in-july-2025/">Important Days in July 2025</a></li>'
      '</ul></aside>\t</div>\n</div>\n\n\t</div>\n</div>\n\n\n' % files)
    # footer
    w('<div class="site-footer footer-bar-active footer-bar-align-right">\n\t\t\t\t<div id="footer-widgets" class="site footer-widgets">\n'
      '\t\t\t\t<div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">\n'
      '<div class="footer-widget-1"><aside class="widget inner-padding widget_text"><h2 class="widget-title">PrepNagar</h2><div class="textwidget">'
      '<p>PrepNagar publishes daily current affairs, mock tests and free notes for government job aspirants.</p></div></aside></div>\n'
      '<div class="footer-widget-2"><aside class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Quick Links</h2><div class="menu-quick-links-container"><ul class="menu">'
      '<li class="menu-item"><a href="https://www.prepnagar.com/about-us/">About Us</a></li><li class="menu-item"><a href="https://www.prepnagar.com/contact-us/">Contact Us</a></li>'
      '<li class="menu-item"><a href="https://www.prepnagar.com/privacy-policy/">Privacy Policy</a></li><li class="menu-item"><a href="https://www.prepnagar.com/terms-conditions/">Terms &amp; Conditions</a></li>'
      '</ul></div></aside></div>\n'
      '<div class="footer-widget-3"><aside class="widget inner-padding widget_nav_menu"><h2 class="widget-title">Popular Exams</h2><div class="menu-popular-exams-container"><ul class="menu">'
      '<li class="menu-item"><a href="https://www.prepnagar.com/upsc/">UPSC CSE</a></li><li class="menu-item"><a href="https://www.prepnagar.com/ssc-cgl/">SSC CGL</a></li>'
      '<li class="menu-item"><a href="https://www.prepnagar.com/ibps-po/">IBPS PO</a></li><li class="menu-item"><a href="https://www.prepnagar.com/bpsc/">BPSC</a></li>'
      '</ul></div></aside></div>\n'
      '<div class="footer-widget-4"><aside class="widget inner-padding widget_block"><h2 class="widget-title">Download App</h2>'
      '<p><a href="https://play.google.com/store/apps/details?id=com.prepnagar.app"><img src="%s/google-play-badge.png" alt="Get it on Google Play" width="150" height="45" loading="lazy"></a></p></aside></div>\n'
      '\t\t\t\t</div></div>\n\t\t\t</div>\n\t\t\t\t\t<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope="">\n'
      '\t\t\t<div class="inside-site-info grid-container">\n\t\t\t\t\t\t\t\t<div class="copyright-bar">\n\t\t\t\t\t© 2025 PrepNagar. All rights reserved.\t\t\t\t</div>\n'
      '\t\t\t</div>\n\t\t</footer>\n\t\t</div>\n\n' % files)
    # sticky course ad
    w('<div class="sticky-course" id="pn-sticky-course"><div class="sticky-course-inner"><span class="sticky-course-text"><strong>UPSC Prelims 2026 Crash Course</strong> '
      '| Live Classes + Test Series | Use code PN25</span><a class="sticky-course-cta" href="https://www.prepnagar.com/courses/upsc-prelims-2026-crash-course/?utm_source=sticky">Buy Now</a>'
      '<button class="sticky-course-close" aria-label="Close" onclick="document.getElementById(\'pn-sticky-course\').remove()">×</button></div></div>\n')
    w('<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;'
      'e.addEventListener("mousedown",function(){e.classList.add("using-mouse")}),e.addEventListener("keydown",function(){e.classList.remove("using-mouse")})}}();</script>\n')
    w('<script>jQuery(function($){$(".rank-math-question").on("click",function(){$(this).parent().toggleClass("faq-open");});});</script>\n')
    for sid, name in (("ez-toc-js-js", "front.min.js"), ("generate-menu-js", "menu.min.js"),
                      ("comment-reply-js", "comment-reply.min.js"), ("pn-quiz-js", "quiz.js")):
        w('<script src="%s/%s" id="%s"></script>\n' % (files, name, sid))
    w('\n\n<iframe src="./%s/sw_iframe.html" style="display: none;"></iframe></body></html>' % files[2:])
    return "".join(L)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    data = build(text).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
