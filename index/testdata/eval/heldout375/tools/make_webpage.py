#!/usr/bin/python3
"""Re-make docs/jpc-one-nation-one-election-daily-news.html from
tools/jpc-one-nation-one-election-daily-news.txt.

The file is a "Daily News Analysis" page of a UPSC coaching site as Chrome writes it with
Save page as > "Webpage, Complete": the doctype, then the "saved from url=(NNNN)" comment, a
Content-Type meta that Chrome inserts as the first child of head, stylesheet, script and image
URLs rewritten into the "<title>_files" folder Chrome makes beside the page (not part of the
set), the DOM as the scripts left it (gtag and tag-manager scripts added at the end of head, the
header carrying its "sticky" class, a cookie bar), boolean attributes written as async="",
no-break spaces as &nbsp;, and the article body as the site's CKEditor 4 writes it (tab-indented
nested lists, <strong> run-in labels, links into the site's topic pages).

Deterministic. Run: /usr/bin/python3 tools/make_webpage.py [out.html]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "jpc-one-nation-one-election-daily-news.txt")
OUT = os.path.join(ROOT, "docs", "jpc-one-nation-one-election-daily-news.html")
SITE = "https://www.pratyakshias.com"


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def inline(text):
    t = html.escape(text, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\[([^\]]+)\]", lambda m: '<a href="%s/to-the-points/paper2/%s" target="_blank">%s</a>'
               % (SITE, slug(m.group(1)), m.group(1)), t)
    return t


def parse(path):
    meta, body = {}, []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("@"):
            k, _, v = raw[1:].partition(" ")
            if k.startswith("pyq") or k == "mainsq":
                body.append((k, v))
            else:
                meta[k] = v
        elif raw.startswith("### "):
            body.append(("h3", raw[4:]))
        elif raw.startswith("## "):
            body.append(("h2", raw[3:]))
        elif raw.startswith("  - "):
            body.append(("li2", raw[4:]))
        elif raw.startswith("- "):
            body.append(("li", raw[2:]))
        else:
            body.append(("p", raw))
    return meta, body


def article(body):
    out = []
    i = 0
    while i < len(body):
        k, v = body[i]
        if k == "h2":
            out.append("<h2><strong>%s</strong></h2>\n" % inline(v))
        elif k == "h3":
            out.append("<h3><strong>%s</strong></h3>\n" % inline(v))
        elif k == "p":
            out.append("<p>%s</p>\n" % inline(v))
        elif k == "li":
            out.append("<ul>\n")
            while i < len(body) and body[i][0] in ("li", "li2"):
                out.append("\t<li>%s" % inline(body[i][1]))
                if i + 1 < len(body) and body[i + 1][0] == "li2":
                    out.append("\n\t<ul>\n")
                    i += 1
                    while i < len(body) and body[i][0] == "li2":
                        out.append("\t\t<li>%s</li>\n" % inline(body[i][1]))
                        i += 1
                    out.append("\t</ul>\n\t</li>\n")
                    continue
                out.append("</li>\n")
                i += 1
            out.append("</ul>\n")
            continue
        elif k == "mainsq":
            out.append('<div class="border-bg">\n<p><strong>Pratyaksh Mains Question:</strong></p>\n\n'
                       "<p>%s</p>\n</div>\n" % inline(v))
            out.append("<h2><strong>UPSC Civil Services Examination Previous Year Question (PYQ)</strong></h2>\n")
        elif k == "pyq-prelims":
            q, a, b, c, d, ans = v.split("|")
            if body[i - 1][0] != "pyq-prelims":
                out.append("<p><strong>Prelims:</strong></p>\n")
            out.append("<p><strong>%s</strong></p>\n\n<p>(a) %s<br>\n(b) %s<br>\n(c) %s<br>\n(d) %s</p>\n\n"
                       "<p><strong>Ans: (%s)</strong></p>\n" % (inline(q), inline(a), inline(b), inline(c),
                                                               inline(d), ans))
        elif k == "pyq-mains":
            if body[i - 1][0] != "pyq-mains":
                out.append("<p><strong>Mains:</strong></p>\n")
            m = re.match(r"(Q\d\.) (.*) \((\d{4})\)$", v)
            out.append("<p><strong>%s</strong> %s <strong>(%s)</strong></p>\n" % (m.group(1), inline(m.group(2)),
                                                                                 m.group(3)))
        i += 1
    return "".join(out)


MENU = [
    ("Home", "/", []),
    ("Daily Updates", "/current-affairs-news-analysis-editorials", [
        "Daily News Analysis", "Editorials", "Important Facts for Prelims", "Rapid Fire Current Affairs",
        "Monthly Consolidation"]),
    ("Courses", "/online-course", ["UPSC Foundation (Online)", "Optional Courses", "State PCS Courses"]),
    ("Test Series", "/test-series", ["Prelims Test Series 2026", "Mains Test Series 2025"]),
    ("Study Material", "/study-material", ["NCERT Notes", "To The Points", "Previous Year Papers"]),
    ("Mains Answer Writing", "/mains-practice-question", []),
]


def header():
    out = ['<header id="header" class="header-wrapper sticky" style="top: 0px;">\n'
           '<div class="top-strip">\n<div class="container">\n<div class="row">\n'
           '<div class="col-md-6 call-us"><i class="fa fa-phone"></i> <a href="tel:+918010441441">Call Us: 8010-441-441</a></div>\n'
           '<div class="col-md-6 text-right"><ul class="top-links">\n'
           '<li><a href="%s/hindi/daily-updates/daily-news-analysis">हिंदी</a></li>\n'
           '<li><a href="%s/login" class="login-btn">Login</a></li>\n</ul></div>\n'
           '</div>\n</div>\n</div>\n' % (SITE, SITE),
           '<div class="main-header">\n<div class="container">\n<div class="logo"><a href="%s/">'
           '<img src="./Joint Parliamentary Committee on One Nation One Election_files/logo.png" alt="Pratyaksh IAS" width="178" height="54"></a></div>\n'
           '<button class="navbar-toggler" type="button" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>\n'
           '<nav class="main-nav" id="main-nav">\n<ul class="menu">\n' % SITE]
    for label, href, sub in MENU:
        if sub:
            out.append('<li class="has-dropdown"><a href="%s%s">%s <i class="fa fa-angle-down"></i></a>\n'
                       '<ul class="sub-menu">\n' % (SITE, href, label))
            for s in sub:
                out.append('<li><a href="%s%s/%s">%s</a></li>\n' % (SITE, href, slug(s), s))
            out.append("</ul>\n</li>\n")
        else:
            out.append('<li><a href="%s%s">%s</a></li>\n' % (SITE, href, label))
    out.append('</ul>\n</nav>\n<div class="search-box"><form action="%s/search" method="get">'
               '<input type="text" name="keys" placeholder="Search" autocomplete="off">'
               '<button type="submit" aria-label="search"><i class="fa fa-search"></i></button></form></div>\n'
               '</div>\n</div>\n</header>\n' % SITE)
    return "".join(out)


def share_bar(url):
    u = html.escape(url)
    return ('<div class="social-shares">\n<span class="share-label">Share:</span>\n<ul>\n'
            '<li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" aria-label="Share on Facebook"><i class="fa fa-facebook"></i></a></li>\n'
            '<li><a class="twitter" href="https://twitter.com/intent/tweet?url=%s" target="_blank" aria-label="Share on X"><i class="fa fa-twitter"></i></a></li>\n'
            '<li><a class="whatsapp" href="https://api.whatsapp.com/send?text=%s" target="_blank" aria-label="Share on WhatsApp"><i class="fa fa-whatsapp"></i></a></li>\n'
            '<li><a class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s" target="_blank" aria-label="Share on LinkedIn"><i class="fa fa-linkedin"></i></a></li>\n'
            '<li><a class="telegram" href="https://t.me/share/url?url=%s" target="_blank" aria-label="Share on Telegram"><i class="fa fa-telegram"></i></a></li>\n'
            '</ul>\n<a class="print-pdf" href="javascript:void(0)" onclick="window.print()"><i class="fa fa-print"></i> Print PDF</a>\n'
            '</div>\n' % (u, u, u, u, u))


def footer():
    cols = [("Quick Links", ["About Us", "Contact Us", "Careers", "Blog"]),
            ("Resources", ["Daily News Analysis", "Editorials", "Previous Year Papers", "Mains Answer Writing"]),
            ("Policies", ["Privacy Policy", "Terms & Conditions", "Refund Policy"])]
    out = ['<footer class="footer">\n<div class="container">\n<div class="row">\n'
           '<div class="col-md-3 footer-about"><img src="./Joint Parliamentary Committee on One Nation One Election_files/logo-white.png" alt="Pratyaksh IAS" width="150" height="46">\n'
           '<p>B-14, Commercial Complex, Dr. Mukherjee Nagar, Delhi – 110009</p>\n'
           '<p>Email: help@pratyakshias.com</p>\n</div>\n']
    for head, links in cols:
        out.append('<div class="col-md-3"><h4>%s</h4>\n<ul>\n' % html.escape(head))
        for l in links:
            out.append('<li><a href="%s/%s">%s</a></li>\n' % (SITE, slug(l), html.escape(l, quote=False)))
        out.append("</ul>\n</div>\n")
    out.append('</div>\n<div class="copyright">\n<p>Copyright © 2025 Pratyaksh IAS. All Rights Reserved.</p>\n'
               '</div>\n</div>\n</footer>\n')
    return "".join(out)


def page(meta, body):
    title = meta["title"]
    url = meta["url"]
    files = "./%s_files" % title
    desc = ("The Joint Parliamentary Committee on the One Nation One Election Bills heard former Chief "
            "Justices of India; know about the JPC, the Constitution (129th Amendment) Bill, 2024 and "
            "the concerns about committee scrutiny.")
    tags = meta["tags"].split("|")
    prelims = meta["prelims"]
    mains = meta["mains"]
    h = []
    h.append("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    h.append('<html lang="en" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n')
    h.append("<title>%s</title>\n" % html.escape(title))
    h.append('<meta name="description" content="%s">\n' % html.escape(desc))
    h.append('<meta name="keywords" content="JPC, One Nation One Election, Constitution (129th Amendment) Bill 2024, '
             'Article 82A, Parliamentary Committees, Waqf JPC, UPSC current affairs">\n')
    h.append('<link rel="canonical" href="%s">\n' % url)
    h.append('<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
             '<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
             '<meta property="og:image" content="%s/images/og-daily-news.jpg">\n'
             '<meta name="twitter:card" content="summary_large_image">\n'
             % (html.escape(title), html.escape(desc), url, SITE))
    h.append('<link rel="shortcut icon" href="%s/favicon.ico" type="image/x-icon">\n' % SITE)
    h.append('<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">\n')
    for css in ("css2", "bootstrap.min.css", "font-awesome.min.css", "style.css", "responsive.css"):
        h.append('<link href="%s/%s" rel="stylesheet">\n' % (files, css))
    h.append("<style>\n.header-wrapper.sticky{position:sticky;top:0;z-index:999;box-shadow:0 2px 6px rgba(0,0,0,.12)}\n"
             ".article-detail h2{font-size:20px;color:#1a3b6d;margin:22px 0 10px}\n"
             ".article-detail h3{font-size:17px;color:#333;margin:16px 0 8px}\n"
             ".border-bg{border:1px solid #f26522;padding:12px 16px;margin:20px 0;background:#fff8f3}\n"
             ".social-shares{display:flex;align-items:center;gap:10px;margin:10px 0 18px}\n</style>\n")
    h.append('<script async="" src="%s/gtm.js"></script><script async="" src="%s/js"></script>\n' % (files, files))
    h.append("<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n"
             "  gtag('js', new Date());\n  gtag('config', 'G-7KQ2PX4M1D');\n</script>\n")
    h.append('</head>\n<body class="path-daily-news-analysis page-node-type-daily-news">\n')
    h.append('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N8K3QZ7" height="0" width="0" '
             'style="display:none;visibility:hidden"></iframe></noscript>\n')
    h.append(header())
    h.append('<div class="breadcrumb-wrap">\n<div class="container">\n<ol class="breadcrumb">\n'
             '<li><a href="%s/">Home</a></li>\n<li><a href="%s/current-affairs-news-analysis-editorials">Daily Updates</a></li>\n'
             '<li class="active">Daily News Analysis</li>\n</ol>\n</div>\n</div>\n' % (SITE, SITE))
    h.append('<section class="main-content">\n<div class="container">\n<div class="row">\n'
             '<div class="col-lg-8 col-md-12">\n<div class="list-category">\n<article>\n<div class="article-detail">\n')
    h.append('<h1>%s</h1>\n' % html.escape(title))
    h.append('<div class="tags-new">\n<ul>\n<li class="date"><i class="fa fa-calendar"></i> %s</li>\n' % meta["date"])
    for t in tags:
        h.append('<li><a href="%s/tags/%s">%s</a></li>\n' % (SITE, slug(t), html.escape(t, quote=False)))
    h.append("</ul>\n</div>\n")
    h.append(share_bar(url))
    h.append('<div class="article-content">\n')
    h.append("<p><strong>For Prelims:</strong>&nbsp;%s</p>\n\n" % inline(prelims))
    h.append("<p><strong>For Mains:</strong>&nbsp;%s</p>\n\n" % inline(mains))
    h.append(article(body))
    h.append('<p><strong>Source: %s</strong></p>\n' % meta["source"])
    h.append("</div>\n")
    h.append('<div class="next-post">\n<a class="prev" href="%s/daily-updates/daily-news-analysis/indias-critical-minerals-mission">'
             '<i class="fa fa-angle-left"></i> Previous</a>\n'
             '<a class="next" href="%s/daily-updates/daily-news-analysis/monsoon-and-kharif-sowing-2025">'
             'Next <i class="fa fa-angle-right"></i></a>\n</div>\n' % (SITE, SITE))
    h.append("</div>\n</article>\n</div>\n</div>\n")
    h.append('<aside class="col-lg-4 col-md-12 sidebar">\n<div class="widget related-articles">\n<h4>Related Articles</h4>\n<ul>\n')
    for r in ("Kovind Panel Report on Simultaneous Elections", "Constitution of Parliamentary Standing Committees",
              "Waqf (Amendment) Bill, 2024 Passed", "Role of the Public Accounts Committee"):
        h.append('<li><a href="%s/daily-updates/daily-news-analysis/%s">%s</a></li>\n' % (SITE, slug(r), html.escape(r, quote=False)))
    h.append("</ul>\n</div>\n</aside>\n</div>\n</div>\n</section>\n")
    h.append(footer())
    h.append('<div class="cookie-bar" id="cookie-bar" style="display: none;"><p>We use cookies to improve your experience. '
             'By using this site you agree to our Privacy Policy.</p><button type="button" class="btn-accept">Accept</button></div>\n')
    h.append('<a href="https://api.whatsapp.com/send?phone=918010441441" class="whatsapp-float" target="_blank" aria-label="Chat on WhatsApp">'
             '<i class="fa fa-whatsapp"></i></a>\n')
    for js in ("jquery.min.js", "bootstrap.bundle.min.js", "custom.js"):
        h.append('<script src="%s/%s"></script>\n' % (files, js))
    h.append("\n\n</body></html>")
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = parse(SRC)
    data = page(meta, body).replace("\u00a0", "&nbsp;")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
