#!/usr/bin/python3
"""Re-make docs/lok-adalats-explained-the-hindu.html from tools/lok-adalats-explained-the-hindu.txt.

The document is an "Explained" article page of The Hindu (thehindu.com, 2024 layout) as Chrome
saves it with "Webpage, Complete": DOCTYPE, the "saved from url" comment, Chrome's inserted
Content-Type meta, the site's metas and JSON-LD, stylesheets and scripts re-pointed into the
"..._files" folder (scripts renamed *.js.download, iframes saved_resource(N).html), the site
header with its mega-menu, the subscription wall markup the page carries (hidden), the article
with "Updated - " / "Published - " datelines, share bar, lead picture, FAQ-style h2 subheads,
in-article "ALSO READ" links and advertisement slots, related topics, author bio, the Vuukle
comments block and the footer. The source text has a header block (title, subtitle, author,
dates, url, caption, bio), then "---", then paragraphs, "## " subheads and "[ALSO READ] title |
url" lines. Deterministic: the output depends on the source text only.
Usage: make_hindu_html.py [output.html]   (default: docs/lok-adalats-explained-the-hindu.html)
"""
import html
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SLUG = "lok-adalats-explained-the-hindu"
SRC = os.path.join(ROOT, "tools", SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".html")
ARTICLE_ID = "68490153"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def read_source():
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        head, _, rest = f.read().partition("\n---\n")
    for line in head.split("\n"):
        k, _, v = line.partition(": ")
        meta[k] = v
    for line in rest.split("\n"):
        if line.strip():
            body.append(line)
    return meta, body


MENU = [
    ("News", "https://www.thehindu.com/news/", ["India", "World", "States", "Cities", "Elections"]),
    ("Opinion", "https://www.thehindu.com/opinion/", ["Editorial", "Columns", "Comment", "Cartoon", "Letters", "Interview", "Lead", "Open Page"]),
    ("Business", "https://www.thehindu.com/business/", ["Agri-Business", "Industry", "Economy", "Markets", "Budget"]),
    ("Sport", "https://www.thehindu.com/sport/", ["Cricket", "Football", "Hockey", "Tennis", "Athletics", "Chess"]),
    ("Entertainment", "https://www.thehindu.com/entertainment/", ["Movies", "Music", "Art", "Theatre", "Dance", "Reviews"]),
    ("Sci-Tech", "https://www.thehindu.com/sci-tech/", ["Science", "Technology", "Health", "Agriculture", "Environment"]),
    ("Explained", "https://www.thehindu.com/news/national/explained/", []),
    ("Data", "https://www.thehindu.com/data/", []),
]


def slugify(s):
    return s.lower().replace(" & ", "-").replace(" ", "-")


def build():
    meta, body = read_source()
    title = meta["title"]
    page_title = title + " - The Hindu"
    files = "./" + page_title.replace("?", "_").replace("|", "_").replace(":", "_") + "_files/"
    url = meta["url"]
    amp = url + "/amp/"
    O = []
    w = O.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('    \n    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0">\n')
    w("    <title>%s</title>\n" % esc(page_title))
    w('    <meta name="description" content="%s">\n' % attr(meta["subtitle"]))
    w('    <meta name="keywords" content="Lok Adalat, NALSA, legal aid, Supreme Court special Lok Adalat, Legal Services Authorities Act, explained">\n')
    w('    <meta name="news_keywords" content="Lok Adalat, NALSA, legal aid, Supreme Court, explained">\n')
    w('    <meta property="og:site_name" content="The Hindu">\n')
    w('    <meta property="og:type" content="article">\n')
    w('    <meta property="og:title" content="%s">\n' % attr(title))
    w('    <meta property="og:description" content="%s">\n' % attr(meta["subtitle"]))
    w('    <meta property="og:url" content="%s">\n' % url)
    w('    <meta property="og:image" content="https://th-i.thgim.com/public/incoming/k2p4ws/article68490154.ece/alternates/LANDSCAPE_1200/PTI08_03_2024_000187B.jpg">\n')
    w('    <meta property="article:published_time" content="2024-08-06T08:30:00+05:30">\n')
    w('    <meta property="article:modified_time" content="2024-08-06T11:02:41+05:30">\n')
    w('    <meta property="article:section" content="India">\n')
    w('    <meta property="article:author" content="https://www.thehindu.com/profile/author/K-Sruthi-Menon-21862/">\n')
    w('    <meta name="twitter:card" content="summary_large_image">\n')
    w('    <meta name="twitter:site" content="@the_hindu">\n')
    w('    <meta name="twitter:title" content="%s">\n' % attr(title))
    w('    <link rel="canonical" href="%s">\n' % url)
    w('    <link rel="amphtml" href="%s">\n' % amp)
    w('    <link rel="shortcut icon" href="https://www.thehindu.com/theme/images/th-online/favicon.ico" type="image/x-icon">\n')
    for css in ("bootstrap.min.css", "common.css", "article.css", "header-footer.css"):
        w('    <link rel="stylesheet" href="%s%s">\n' % (files, css))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "description": meta["subtitle"], "url": url,
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "datePublished": "2024-08-06T08:30:00+05:30", "dateModified": "2024-08-06T11:02:41+05:30",
          "articleSection": "India", "keywords": "Lok Adalat, NALSA, legal aid",
          "author": [{"@type": "Person", "name": meta["author"],
                      "url": "https://www.thehindu.com/profile/author/K-Sruthi-Menon-21862/"}],
          "publisher": {"@type": "Organization", "name": "The Hindu",
                        "logo": {"@type": "ImageObject", "url": "https://www.thehindu.com/theme/images/th-online/thehindu-logo.svg"}},
          "isAccessibleForFree": "False",
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".articlebodycontent"}}
    w('    <script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False))
    w('    <script async="" src="%sgpt.js.download"></script>\n' % files)
    w('    <script src="%sjquery.min.js.download"></script>\n' % files)
    w('    <script>\n        var articleId = "%s";\n        var _sectionName = "National";\n        var isPremium = false;\n        window.dataLayer = window.dataLayer || [];\n        dataLayer.push({"pageType":"article","articleId":"%s","section":"news/national","author":"%s","publishDate":"2024-08-06"});\n    </script>\n'
      % (ARTICLE_ID, ARTICLE_ID, meta["author"]))
    w('<style type="text/css">.vf-hidden{display:none}</style></head>\n')
    w('<body class="article-page th-theme">\n')
    w('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N6KSJKJ" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n')
    # header
    w('<div class="header-container">\n  <div class="top-header">\n    <div class="container">\n')
    w('      <div class="left-section">\n        <button class="navbar-toggler" type="button" aria-label="menu"><span class="navbar-toggler-icon"></span></button>\n')
    w('        <a href="https://epaper.thehindu.com/" class="epaper" target="_blank">e-Paper</a>\n      </div>\n')
    w('      <div class="logo">\n        <a href="https://www.thehindu.com/" title="The Hindu"><img src="%sthehindu-logo.svg" alt="The Hindu" width="240" height="32"></a>\n      </div>\n' % files)
    w('      <div class="right-section">\n        <a href="https://www.thehindu.com/subscription/gift/" class="gift-subs">GIFT a Subscription</a>\n')
    w('        <a href="https://www.thehindu.com/subscription/?utm_source=header" class="btn-subscribe">Subscribe</a>\n')
    w('        <a href="javascript:void(0)" class="login-btn" id="loginLink">LOGIN</a>\n      </div>\n    </div>\n  </div>\n')
    w('  <nav class="navigation">\n    <div class="container">\n      <ul class="nav-menu">\n')
    for name, href, subs in MENU:
        if subs:
            w('        <li class="nav-item has-mega-menu"><a href="%s" class="nav-link">%s</a>\n' % (href, esc(name)))
            w('          <div class="mega-menu">\n            <ul class="sub-menu">\n')
            for s in subs:
                w('              <li><a href="%s%s/">%s</a></li>\n' % (href, slugify(s), esc(s)))
            w('            </ul>\n          </div>\n        </li>\n')
        else:
            w('        <li class="nav-item"><a href="%s" class="nav-link">%s</a></li>\n' % (href, esc(name)))
    w('        <li class="nav-item premium"><a href="https://www.thehindu.com/premium/" class="nav-link">Premium</a></li>\n')
    w('      </ul>\n    </div>\n  </nav>\n</div>\n')
    # subscription wall (rendered hidden by the paywall script)
    w('<div class="paywall-container" id="subscriptionWall" style="display: none;">\n  <div class="premium-wall">\n')
    w('    <h4 class="wall-title">You have reached your limit for free articles this month.</h4>\n')
    w('    <p class="sub-heading">Subscription Benefits Include</p>\n    <ul class="subs-benefits">\n')
    for t, d in (("Today\u2019s Paper", "Find mobile-friendly version of articles from the day\u2019s newspaper in one easy-to-read list."),
                 ("Unlimited Access", "Enjoy reading as many articles as you wish without any limitations."),
                 ("Personalised recommendations", "A select list of articles that match your interests and tastes."),
                 ("Faster pages", "Move smoothly between articles as our pages load instantly.")):
        w('      <li>\n        <h5 class="ben-title">%s</h5>\n        <p class="ben-desc">%s</p>\n      </li>\n' % (esc(t), esc(d)))
    w('    </ul>\n    <a href="https://www.thehindu.com/subscription/?utm_source=paywall" class="btn-subscribe-now">Subscribe Now</a>\n')
    w('    <p class="have-account">Already have an account? <a href="javascript:void(0)" class="sign-in">Sign in</a></p>\n')
    w('    <p class="support-text">Support Quality Journalism</p>\n  </div>\n</div>\n')
    # article
    w('<div class="container article-section">\n  <div class="row">\n    <div class="col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12">\n')
    w('      <div class="article-section ">\n')
    w('        <div class="breadcrumb">\n          <a href="https://www.thehindu.com/news/national/" class="section-name">India</a>\n        </div>\n')
    w('        <h1 class="title">%s</h1>\n' % esc(title))
    w('        <h3 class="sub-title">%s</h3>\n' % esc(meta["subtitle"]))
    w('        <div class="author-section">\n          <div class="author-name-new">\n')
    w('            <a href="https://www.thehindu.com/profile/author/K-Sruthi-Menon-21862/" class="person-name lnk">%s</a>\n' % esc(meta["author"]))
    w('          </div>\n          <div class="update-publish-time">\n')
    w('            <p><span>Updated - %s</span></p>\n' % esc(meta["updated"]))
    w('            <p class="publish-time-new"><span>Published - %s</span></p>\n' % esc(meta["published"]))
    w('          </div>\n        </div>\n')
    w('        <div class="share-page">\n          <ul class="social-share">\n')
    for s in ("Copy link", "Email", "Facebook", "Twitter", "Telegram", "LinkedIn", "WhatsApp", "Reddit"):
        w('            <li><a href="javascript:void(0)" class="share-%s" title="%s"><span class="sr-only">%s</span></a></li>\n' % (slugify(s), s, s))
    w('          </ul>\n          <a href="javascript:void(0)" class="read-later" data-articleid="%s">READ LATER</a>\n        </div>\n' % ARTICLE_ID)
    w('        <div class="picture">\n          <figure>\n')
    w('            <img src="%sPTI08_03_2024_000187B.jpg" alt="%s" width="1200" height="675" class="lead-img">\n' % (files, attr(meta["image_caption"].split(" | ")[0])))
    cap, _, credit = meta["image_caption"].partition(" | ")
    w('            <figcaption class="caption"><p>%s <span class="credits"> | %s</span></p></figcaption>\n' % (esc(cap), esc(credit)))
    w('          </figure>\n        </div>\n')
    w('        <div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="content-body-%s">\n' % ARTICLE_ID)
    ad = 0
    paras_seen = 0
    for line in body:
        if line.startswith("## "):
            w('          <h2>%s</h2>\n' % esc(line[3:]))
        elif line.startswith("[ALSO READ] "):
            t, _, href = line[len("[ALSO READ] "):].rpartition(" | ")
            w('          <div class="related-topics-inline">\n            <p class="heading">ALSO READ</p>\n')
            w('            <ul><li><a href="%s" class="also-read"><span class="title">%s</span></a></li></ul>\n          </div>\n' % (href, esc(t)))
        else:
            text = esc(line).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")
            w('          <p>%s</p>\n' % text)
            paras_seen += 1
            if paras_seen in (3, 9):
                ad += 1
                w('          <div class="articleblock-container"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-1614060462%03d-0" class="dfp-ad" data-google-query-id="CJ7x%02dq8iYgDFQ"><div id="google_ads_iframe_/6202/th_web/article_%d__container__"><iframe id="google_ads_iframe_/6202/th_web/article_%d" title="3rd party ad content" name="google_ads_iframe_/6202/th_web/article_%d" width="300" height="250" scrolling="no" frameborder="0" src="%ssaved_resource(%d).html"></iframe></div></div></div>\n'
                  % (ad, ad, ad, ad, ad, files, ad))
    w('        </div>\n')
    w('        <div class="publish-time-new bottom"><span>Published - %s</span></div>\n' % esc(meta["published"]))
    w('        <div class="related-topics">\n          <p class="heading">Related Topics</p>\n          <ul class="related-topics-list">\n')
    for t, href in (("explained", "https://www.thehindu.com/topic/explained/"),
                    ("judiciary (system of justice)", "https://www.thehindu.com/topic/judiciary-system-of-justice/"),
                    ("Supreme Court", "https://www.thehindu.com/topic/supreme-court/"),
                    ("laws", "https://www.thehindu.com/topic/laws/"),
                    ("India", "https://www.thehindu.com/topic/india/")):
        w('            <li><a href="%s">%s</a></li>\n' % (href, esc(t)))
    w('          </ul>\n        </div>\n')
    w('        <div class="author-bio">\n          <img src="%sk-sruthi-menon.jpg" alt="%s" width="64" height="64">\n' % (files, attr(meta["author"])))
    w('          <div class="bio-text">\n            <a href="https://www.thehindu.com/profile/author/K-Sruthi-Menon-21862/" class="author-name">%s</a>\n' % esc(meta["author"]))
    w('            <p>%s</p>\n          </div>\n        </div>\n' % esc(meta["bio"]))
    w('        <div class="comments-shares" id="comments">\n          <div class="comments-heading"><h4>Comments</h4></div>\n')
    w('          <div class="comment-policy">\n            <p>Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our <a href="https://www.thehindu.com/commentpolicy/">community guidelines</a> for posting your comments.</p>\n')
    w('            <p>We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may continue to engage with our articles. If you do not have an account please register and login to post comments. Users can access their older comments by logging into their accounts on Vuukle.</p>\n          </div>\n')
    w('          <button class="show-comments" type="button">Show comments</button>\n')
    w('          <div id="vuukle-comments" class="vf-hidden"><iframe src="%ssaved_resource(3).html" title="Vuukle comments" width="100%%" height="0" frameborder="0" scrolling="no"></iframe></div>\n        </div>\n' % files)
    w('      </div>\n    </div>\n  </div>\n</div>\n')
    # footer
    w('<footer class="footer">\n  <div class="container">\n    <div class="footer-logo"><a href="https://www.thehindu.com/"><img src="%sthehindu-logo-white.svg" alt="The Hindu" width="180" height="24"></a></div>\n' % files)
    w('    <div class="footer-links">\n      <ul>\n')
    for t in ("About Us", "Code of Editorial Values", "News Archive", "Sitemap", "Print Subscription",
              "Digital Subscription", "Rss Feeds", "Readers Editor-Terms of Use", "Contact Us"):
        w('        <li><a href="https://www.thehindu.com/%s/">%s</a></li>\n' % (slugify(t).replace("editor-terms", "editor"), esc(t)))
    w('      </ul>\n      <ul class="group-sites">\n')
    for t in ("Business Line", "Sportstar", "Frontline", "The Hindu Centre", "Young World", "Tamil Hindu"):
        w('        <li><a href="https://www.thehindu.com/group-sites/#%s">%s</a></li>\n' % (slugify(t), esc(t)))
    w('      </ul>\n    </div>\n')
    w('    <div class="copyright"><p>Copyright\u00a9 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</p></div>\n  </div>\n</footer>\n')
    w('<script src="%scommon.js.download"></script>\n<script src="%sarticle.js.download"></script>\n' % (files, files))
    w('<script src="%spaywall.js.download" async=""></script>\n' % files)
    w('<script type="text/javascript">var vuukleConfig = {apiKey: "b4a8a0f4-2d8f-4d46-9d5e-9d5c1c3c9c11", articleId: "%s", comments: {enabled: true}};</script>\n' % ARTICLE_ID)
    w('<iframe name="googlefcPresent" style="display: none; width: 0px; height: 0px; border: none; z-index: -1000; left: -1000px; top: -1000px;" src="%ssaved_resource.html"></iframe>\n' % files)
    w('\n</body></html>')
    return "".join(O)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
