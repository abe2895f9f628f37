#!/usr/bin/python3
"""Re-make docs/uttarakhand-ucc-news-explainer.html byte for byte from its source text.

The source, tools/uttarakhand-ucc-news-explainer.txt, holds the article as the newsroom typed
it: "key: value" lines (title, summary, byline, dates, node id, path, tags, picture), a blank
line, three "* " key highlights, then the body with "## " and "### " subheadings, "> Also Read |
title | path" boxes, "- date: text" timeline lines and plain paragraphs.

The page is what Chrome writes with "Save as... Webpage, Complete" for an article node of a
Drupal 10 newspaper site ("The Indian Courier"): the "saved from url" mark, a charset meta Chrome
adds, the site's metas (Generator Drupal 10, canonical, shortlink, Open Graph, Twitter,
NewsArticle JSON-LD), aggregated css_/js_ files rewritten into the "..._files" folder Chrome
makes beside the page (the set does not hold it), the header with date strip, branding block and
main menu, breadcrumb, the node with byline, dates, share buttons, figure, key highlights, the
body field with "Also Read" boxes and the timeline, tags, an ad iframe, the Simplenews sign-up
form, a "Latest in Explained" view, the footer menus, the EU Cookie Compliance banner that
Drupal's script had inserted, and the drupal-settings-json blob. Everything is fixed, so the
output is the same on every run.
Run: /usr/bin/python3 tools/make_html.py [output.html]
"""
import hashlib
import html
import json
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "uttarakhand-ucc-news-explainer.txt")
OUT = os.path.join(HERE, "..", "docs", "uttarakhand-ucc-news-explainer.html")
SITE = "https://www.theindiancourier.com"
SITE_NAME = "The Indian Courier"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def h(seed, n=43):
    """A stable token in Drupal's base64url style."""
    out = ""
    i = 0
    while len(out) < n:
        d = hashlib.sha256((seed + str(i)).encode()).digest()
        out += "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[b % 64]
                       for b in d)
        i += 1
    return out[:n]


def esc(s):
    return html.escape(s, quote=True)


NBSP = {"Rs 10,000": "Rs&nbsp;10,000", "B R Ambedkar": "B R&nbsp;Ambedkar",
        "(January 27) ": "(January 27)&nbsp;"}


def inline(s):
    """Body text as CKEditor stores it: &, < and > escaped, a few no-break spaces."""
    s = html.escape(s, quote=False)
    for a, b in NBSP.items():
        s = s.replace(a, b)
    return s


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def long_date(iso):
    y, m, d = iso[:10].split("-")
    return "%s %d, %s %s IST" % (MONTHS[int(m) - 1], int(d), y, iso[11:16])


def parse(src):
    head, body = src.split("\n\n", 1)
    meta = {}
    for ln in head.split("\n"):
        k, _, v = ln.partition(": ")
        meta[k] = v
    highlights, blocks = [], []
    for ln in body.split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("* "):
            highlights.append(ln[2:])
        elif ln.startswith("## "):
            blocks.append(("h2", ln[3:]))
        elif ln.startswith("### "):
            blocks.append(("h3", ln[4:]))
        elif ln.startswith("> Also Read | "):
            title, path = ln[len("> Also Read | "):].rsplit(" | ", 1)
            blocks.append(("also", title, path))
        elif ln.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(ln[2:])
            else:
                blocks.append(("ul", [ln[2:]]))
        else:
            blocks.append(("p", ln))
    return meta, highlights, blocks


def files_dir(title):
    # Chrome names the folder after the page title, with characters Windows forbids made "_"
    return "./" + re.sub(r'[\\/:*?"<>|~]', "_", title) + "_files"


def render(meta):
    title = meta["title"]
    page_title = "%s | %s" % (title, SITE_NAME)
    url = SITE + meta["path"]
    fd = files_dir(page_title)
    return page_title, url, fd


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        meta, highlights, blocks = parse(f.read())
    page_title, url, fd = render(meta)
    title = meta["title"]
    nid = meta["nid"]
    css = ["css_%s.css" % h("css%d" % i) for i in range(3)]
    js = ["js_%s.js" % h("js%d" % i) for i in range(3)]
    theme_token = h("theme")
    form_build = "form-" + h("formbuild")
    tags = meta["tags"].split(" | ")
    pub, upd = meta["published"], meta["updated"]
    img = meta["image"]
    o = []
    w = o.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#" class="js"><head>'
      '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('    \n    <meta name="description" content="%s">\n' % esc(meta["summary"]))
    w('<meta name="keywords" content="%s">\n' % esc(", ".join(tags[:-1])))
    w('<link rel="canonical" href="%s">\n' % url)
    w('<meta name="robots" content="index, follow, max-image-preview:large">\n')
    w('<meta name="news_keywords" content="%s">\n' % esc(", ".join(tags[:-1])))
    w('<link rel="image_src" href="%s/sites/default/files/2025-01/%s">\n' % (SITE, img))
    w('<meta property="og:site_name" content="%s">\n' % SITE_NAME)
    w('<meta property="og:type" content="article">\n')
    w('<meta property="og:url" content="%s">\n' % url)
    w('<meta property="og:title" content="%s">\n' % esc(title))
    w('<meta property="og:description" content="%s">\n' % esc(meta["summary"]))
    w('<meta property="og:image" content="%s/sites/default/files/styles/og_image/public/2025-01/%s?itok=%s">\n'
      % (SITE, img, h("itok", 8)))
    w('<meta property="article:section" content="%s">\n' % meta["section"])
    for t in tags[:-1]:
        w('<meta property="article:tag" content="%s">\n' % esc(t))
    w('<meta property="article:published_time" content="%s">\n' % pub)
    w('<meta property="article:modified_time" content="%s">\n' % upd)
    w('<meta name="twitter:card" content="summary_large_image">\n')
    w('<meta name="twitter:site" content="@IndianCourier">\n')
    w('<meta name="twitter:title" content="%s">\n' % esc(meta["short"]))
    w('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n')
    w('<meta name="MobileOptimized" content="width">\n')
    w('<meta name="HandheldFriendly" content="true">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0">\n')
    ld = {
        "@context": "https://schema.org",
        "@graph": [{
            "@type": "NewsArticle",
            "headline": title,
            "name": meta["short"],
            "description": meta["summary"],
            "about": tags[:-1],
            "image": {"@type": "ImageObject", "representativeOfPage": "True",
                      "url": "%s/sites/default/files/2025-01/%s" % (SITE, img)},
            "datePublished": pub,
            "dateModified": upd,
            "author": {"@type": "Person", "name": meta["author"],
                       "url": "%s/author/%s" % (SITE, slug(meta["author"]))},
            "publisher": {"@type": "Organization", "@id": SITE, "name": SITE_NAME,
                          "logo": {"@type": "ImageObject",
                                   "url": "%s/themes/custom/courier/logo.png" % SITE}},
            "mainEntityOfPage": url,
            "articleSection": meta["section"],
            "inLanguage": "en",
        }],
    }
    w('<script type="application/ld+json">%s</script>\n'
      % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    w('<link rel="icon" href="%s/themes/custom/courier/favicon.ico" type="image/vnd.microsoft.icon">\n' % SITE)
    w('<link rel="shortlink" href="%s/node/%s">\n' % (SITE, nid))
    w("\n    <title>%s</title>\n" % esc(page_title))
    for c in css:
        w('    <link rel="stylesheet" media="all" href="%s/%s">\n' % (fd, c))
    w('    \n    <script async="" src="%s/gpt.js"></script><script src="%s/%s"></script>\n'
      % (fd, fd, js[0]))
    w('<style type="text/css">.eu-cookie-compliance-banner{background:#0b2a4a!important}'
      '.eu-cookie-compliance-content{color:#fff!important}</style>'
      '<link rel="preload" href="%s/pubads_impl.js" as="script"></head>\n' % fd)
    # ---------------------------------------------------------------- body
    w('  <body class="path-node page-node-type-article" data-once="drupal-dialog-deprecation-listener">\n')
    w('        <a href="%s#main-content" class="visually-hidden focusable skip-link">\n'
      '      Skip to main content\n    </a>\n    \n' % url)
    w('      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas="">\n')
    w('    <div class="page-wrapper">\n  <header class="site-header" role="banner">\n')
    w('    <div class="top-strip">\n      <div class="top-strip__date">Wednesday, Feb 05, 2025</div>\n'
      '      <ul class="top-strip__links">\n'
      '        <li><a href="https://epaper.theindiancourier.com/">E-Paper</a></li>\n'
      '        <li><a href="%s/subscribe?ref=header">Subscribe</a></li>\n'
      '        <li><a href="%s/user/login?destination=/node/%s">Sign In</a></li>\n'
      '      </ul>\n    </div>\n' % (SITE, SITE, nid))
    w('      <div class="region region-header">\n'
      '    <div id="block-courier-site-branding" class="block block-system block-system-branding-block">\n'
      '  \n    \n        <a href="%s/" rel="home" class="site-logo">\n'
      '      <img src="%s/logo.svg" alt="Home" fetchpriority="high">\n    </a>\n'
      '      </div>\n  </div>\n\n' % (SITE, fd))
    w('    <nav role="navigation" aria-labelledby="block-courier-main-menu-menu" id="block-courier-main-menu"'
      ' class="block block-menu navigation menu--main">\n'
      '            \n  <h2 class="visually-hidden" id="block-courier-main-menu-menu">Main navigation</h2>\n  \n'
      '        \n              <ul data-region="header" class="menu menu--level-1">\n')
    for name, path in (("Home", "/"), ("India", "/india"), ("World", "/world"),
                       ("Cities", "/cities"), ("Explained", "/explained"),
                       ("Opinion", "/opinion"), ("Business", "/business"),
                       ("Sports", "/sports"), ("Education", "/education"),
                       ("UPSC Key", "/upsc-current-affairs")):
        active = " menu__item--active-trail" if name == "Explained" else ""
        cls = " is-active" if name == "Explained" else ""
        w('                    <li class="menu__item%s">\n        <a href="%s%s" class="menu__link%s"'
          ' data-drupal-link-system-path="taxonomy/term/%d">%s</a>\n              </li>\n'
          % (active, SITE, path, cls, 100 + len(name) * 7, name))
    w('        </ul>\n  \n\n\n  </nav>\n\n  </header>\n\n')
    w('    <div class="region region-breadcrumb">\n'
      '    <div id="block-courier-breadcrumbs" class="block block-system block-system-breadcrumb-block">\n'
      '  \n    \n        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
      '    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n    <ol>\n'
      '          <li>\n                  <a href="%s/">Home</a>\n              </li>\n'
      '          <li>\n                  <a href="%s/explained">%s</a>\n              </li>\n'
      '          <li>\n                  <a href="%s/explained/explained-politics">%s</a>\n              </li>\n'
      '        </ol>\n  </nav>\n\n  </div>\n\n  </div>\n\n'
      % (SITE, SITE, meta["section"], SITE, meta["subsection"]))
    w('  <main role="main">\n    <a id="main-content" tabindex="-1"></a>\n    \n'
      '    <div class="layout-content">\n        <div class="region region-content">\n'
      '    <div data-drupal-messages-fallback="" class="hidden"></div>\n'
      '<div id="block-courier-content" class="block block-system block-system-main-block">\n  \n    \n      \n')
    w('<article data-history-node-id="%s" class="node node--type-article node--promoted node--view-mode-full">\n\n'
      % nid)
    w('  <header class="node__header">\n'
      '    <div class="field field--name-field-section field--type-entity-reference field--label-hidden field__item">'
      '<a href="%s/explained/explained-politics" hreflang="en">%s</a></div>\n' % (SITE, meta["subsection"]))
    w('    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n'
      % html.escape(title, quote=False))
    w('    <div class="field field--name-field-synopsis field--type-string-long field--label-hidden field__item">'
      '<h2 class="synopsis">%s</h2></div>\n' % esc(meta["summary"]))
    w('    <div class="node__meta">\n      <div class="byline">\n'
      '        <span class="byline__label">Written by</span>\n'
      '        <a href="%s/author/%s" class="byline__author">%s</a>\n'
      '        <span class="byline__place">%s</span>\n      </div>\n'
      % (SITE, slug(meta["author"]), meta["author"], meta["place"]))
    w('      <div class="dates">\n'
      '        <span class="dates__updated">Updated: <time datetime="%s">%s</time></span>\n'
      '        <span class="dates__published">First published on: <time datetime="%s">%s</time></span>\n'
      '      </div>\n' % (upd, long_date(upd), pub, long_date(pub)))
    share_t = urllib.parse.quote(title)
    w('      <div class="social-share" aria-label="Share this article">\n'
      '        <a class="social-share__link social-share__link--whatsapp" href="https://api.whatsapp.com/send?text=%s%%20%s" target="_blank" rel="noopener" title="Share on WhatsApp"><span class="visually-hidden">WhatsApp</span><img src="%s/whatsapp.svg" alt=""></a>\n'
      '        <a class="social-share__link social-share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener" title="Share on Facebook"><span class="visually-hidden">Facebook</span><img src="%s/facebook.svg" alt=""></a>\n'
      '        <a class="social-share__link social-share__link--x" href="https://twitter.com/intent/tweet?url=%s&amp;text=%s" target="_blank" rel="noopener" title="Share on X"><span class="visually-hidden">X</span><img src="%s/x.svg" alt=""></a>\n'
      '        <a class="social-share__link social-share__link--linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s" target="_blank" rel="noopener" title="Share on LinkedIn"><span class="visually-hidden">LinkedIn</span><img src="%s/linkedin.svg" alt=""></a>\n'
      '        <button type="button" class="social-share__copy" data-url="%s"><img src="%s/link.svg" alt="">Copy link</button>\n'
      '      </div>\n    </div>\n  </header>\n\n'
      % (share_t, url, fd, url, fd, url, share_t, fd, url, fd, url, fd))
    w('  <figure class="node__image">\n'
      '    <img loading="eager" src="%s/%s" width="1200" height="675" alt="%s" typeof="foaf:Image">\n'
      '    <figcaption>%s</figcaption>\n  </figure>\n\n'
      % (fd, img, esc(meta["caption"].split(" (")[0]), esc(meta["caption"])))
    w('  <div class="key-highlights">\n    <div class="key-highlights__title">Key Highlights</div>\n    <ul>\n')
    for hl in highlights:
        w("      <li>%s</li>\n" % inline(hl))
    w("    </ul>\n  </div>\n\n")
    w('  <div class="node__content">\n    \n'
      '            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">')
    ad_done = False
    for b in blocks:
        if b[0] == "p":
            w("<p>%s</p>\n" % inline(b[1]))
        elif b[0] in ("h2", "h3"):
            w('<%s id="%s">%s</%s>\n' % (b[0], slug(b[1])[:48], inline(b[1]), b[0]))
        elif b[0] == "also":
            w('<div class="also-read">\n  <p class="also-read__label">Also Read</p>\n'
              '  <h4 class="also-read__title"><a href="%s%s" target="_blank">%s</a></h4>\n</div>\n'
              % (SITE, b[2], inline(b[1])))
            if not ad_done:
                w('<div class="ad-slot ad-slot--inarticle"><div id="div-gpt-ad-1690889123456-0" data-google-query-id="%s">'
                  '<div id="google_ads_iframe_/21800512/courier_explained_inarticle_0__container__" style="border: 0pt none;">'
                  '<iframe id="google_ads_iframe_/21800512/courier_explained_inarticle_0" name="google_ads_iframe_/21800512/courier_explained_inarticle_0"'
                  ' title="3rd party ad content" width="300" height="250" scrolling="no" marginwidth="0" marginheight="0" frameborder="0"'
                  ' aria-label="Advertisement" tabindex="0" allow="private-state-token-redemption;attribution-reporting"'
                  ' data-load-complete="true" src="%s/saved_resource.html" style="border: 0px; vertical-align: bottom;"></iframe>'
                  '</div></div></div>\n' % (h("gq", 30), fd))
                ad_done = True
        elif b[0] == "ul":
            w('<ul class="timeline">\n')
            for item in b[1]:
                d, _, t = item.partition(": ")
                w("<li><strong>%s:</strong> %s</li>\n" % (esc(d), inline(t)))
            w("</ul>\n")
    w("</div>\n      \n")
    w('  <div class="field field--name-field-tags field--type-entity-reference field--label-above">\n'
      '    <div class="field__label">Tags</div>\n          <div class="field__items">\n')
    for i, t in enumerate(tags):
        w('              <div class="field__item"><a href="%s/about/%s" hreflang="en">%s</a></div>\n'
          % (SITE, slug(t), esc(t)))
    w("              </div>\n      </div>\n\n  </div>\n\n</article>\n\n  </div>\n")
    # newsletter sign-up (Simplenews)
    w('<div id="block-courier-explained-newsletter" class="block block-simplenews block-simplenews-subscription-block">\n'
      '  \n      <h2>Explained, in your inbox</h2>\n    \n'
      '      <p class="newsletter__intro">One explainer a day on the news that matters, every weekday at 7 am.</p>\n'
      '<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriber-form-explained" action="%s" method="post" id="simplenews-subscriber-form-explained" accept-charset="UTF-8">\n'
      '  <div class="field--type-simplenews-subscription field--name-subscriptions field--widget-simplenews-subscription-select js-form-wrapper form-wrapper" data-drupal-selector="edit-subscriptions-wrapper" id="edit-subscriptions-wrapper"></div>\n'
      '<div class="field--type-email field--name-mail field--widget-email-default js-form-wrapper form-wrapper" data-drupal-selector="edit-mail-wrapper" id="edit-mail-wrapper">      <div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail-0-value form-item-mail-0-value form-no-label">\n'
      '      <label for="edit-mail-0-value" class="visually-hidden js-form-required form-required">Email</label>\n'
      '        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" placeholder="Your email address" class="form-email required" required="required" aria-required="true">\n\n'
      '        </div>\n\n  </div>\n'
      '<input autocomplete="off" data-drupal-selector="form-%s" type="hidden" name="form_build_id" value="%s">\n'
      '<input data-drupal-selector="edit-simplenews-subscriber-form-explained" type="hidden" name="form_id" value="simplenews_subscriber_form_explained">\n'
      '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Subscribe" class="button button--primary js-form-submit form-submit">\n</div>\n'
      '<p class="newsletter__legal">By subscribing you agree to our Privacy Policy.</p>\n'
      '</form>\n\n  </div>\n' % (meta["path"], form_build[5:].lower(), form_build))
    w("\n  </div>\n\n    </div>\n")
    # sidebar view
    w('    <aside class="layout-sidebar-first" role="complementary">\n      <div class="region region-sidebar-first">\n'
      '    <div class="views-element-container block block-views block-views-blocklatest-explained-block-1" id="block-courier-views-block-latest-explained">\n'
      '  \n      <h2>Latest in Explained</h2>\n    \n'
      '      <div><div class="view view-latest-explained view-id-latest_explained view-display-id-block_1 js-view-dom-id-%s">\n'
      '  \n    \n      \n      <div class="view-content">\n' % h("viewdom", 64).lower())
    for t, p in (("Why the Waqf (Amendment) Bill has gone to a joint committee", "/explained/waqf-amendment-bill-jpc-2677310"),
                 ("What the Supreme Court said on sub-classification of Scheduled Castes", "/explained/sc-sub-classification-verdict-2671198"),
                 ("One Nation, One Election: what the two Bills propose", "/explained/one-nation-one-election-bills-2669845"),
                 ("How the Places of Worship Act works, and why it is in court", "/explained/places-of-worship-act-2666012")):
        w('          <div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
          '<a href="%s%s" hreflang="en">%s</a></span></div></div>\n' % (SITE, p, esc(t)))
    w("\n    </div>\n  \n          </div>\n</div>\n\n  </div>\n\n  </div>\n\n    </aside>\n  \n  </main>\n\n")
    # footer
    w('  <footer class="site-footer" role="contentinfo">\n    <div class="region region-footer">\n'
      '    <nav role="navigation" aria-labelledby="block-courier-footer-menu" id="block-courier-footer" class="block block-menu navigation menu--footer">\n'
      '            \n  <h2 class="visually-hidden" id="block-courier-footer-menu">Footer</h2>\n  \n'
      '        \n              <ul class="menu menu--level-1">\n')
    for name in ("About Us", "Contact Us", "Advertise with Us", "Careers", "Privacy Policy",
                 "Terms of Use", "Grievance Redressal"):
        w('                    <li class="menu__item">\n        <a href="%s/%s" class="menu__link">%s</a>\n              </li>\n'
          % (SITE, slug(name), name))
    w("        </ul>\n  \n\n\n  </nav>\n")
    w('<div id="block-courier-social" class="block block-block-content block-block-content-social">\n'
      '      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
      '<p>Follow us: <a href="https://www.facebook.com/theindiancourier">Facebook</a> <a href="https://x.com/IndianCourier">X</a> '
      '<a href="https://www.instagram.com/theindiancourier">Instagram</a> <a href="https://www.youtube.com/@theindiancourier">YouTube</a></p></div>\n  </div>\n')
    w('<div id="block-courier-copyright" class="block block-block-content block-block-content-copyright">\n'
      '      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
      '<p>© 2025 The Indian Courier Pvt Ltd. All Rights Reserved.</p></div>\n  </div>\n\n  </div>\n\n  </footer>\n')
    w("\n</div>\n\n  </div>\n\n    \n")
    settings = {
        "path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%s" % nid,
                 "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "ajaxPageState": {"libraries": h("libs", 120), "theme": "courier", "theme_token": None},
        "ajaxTrustedUrl": {"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM": True,
                           meta["path"] + "?ajax_form=1": True},
        "gtag": {"tagId": "G-9QX2M7C4KD", "consentMode": True, "otherIds": [], "events": [],
                 "additionalConfigInfo": []},
        "eu_cookie_compliance": {
            "cookie_policy_version": "1.0.0",
            "popup_enabled": True, "popup_agreed_enabled": False, "popup_hide_agreed": False,
            "popup_clicking_confirmation": False, "popup_scrolling_confirmation": False,
            "popup_html_info": "",
            "use_mobile_message": False, "popup_link": "/privacy-policy",
            "popup_position": False, "fixed_top_position": True, "popup_language": "en",
            "better_support_for_screen_readers": False, "cookie_name": "",
            "method": "opt_in", "cookie_lifetime": 100, "cookie_session": 0,
            "set_cookie_session_zero_on_disagree": 0, "disagree_do_not_show_popup": False,
            "withdraw_enabled": False, "reload_page": False, "domain": "",
            "containing_element": "body",
        },
        "user": {"uid": 0, "permissionsHash": h("perm", 64).lower()},
    }
    w('<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n'
      % json.dumps(settings, separators=(",", ":")).replace("/", "\\/"))
    for j in js[1:]:
        w('<script src="%s/%s"></script>\n' % (fd, j))
    # the cookie banner that eu_cookie_compliance.js had appended to body before the save
    w('\n\n<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"'
      ' style="height: auto; width: 100%; bottom: 0px;">  <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">\n'
      '    <div class="popup-content info eu-cookie-compliance-content">\n'
      '        <div id="popup-text" class="eu-cookie-compliance-message" role="document">\n'
      '      <h2>We use cookies on this site to enhance your user experience</h2>\n'
      '<p>By clicking the Accept button, you agree to us doing so.</p>\n\n'
      '              <button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button>\n'
      '          </div>\n\n    \n'
      '    <div id="popup-buttons" class="eu-cookie-compliance-buttons">\n'
      '            <button type="button" class="agree-button eu-cookie-compliance-secondary-button button button--small">Accept</button>\n'
      '              <button type="button" class="decline-button eu-cookie-compliance-default-button button button--small button--primary">No, thanks</button>\n'
      '          </div>\n  </div>\n    </div>\n</div></body></html>')
    data = "".join(o)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
