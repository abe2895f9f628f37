#!/usr/bin/python3
"""Re-make docs/simultaneous-elections-1951-67-law-commission-blog.html from its source text.

The source (tools/simultaneous-elections-1951-67-law-commission-blog.txt) holds the post's
settings (title, author, dates, categories, tags, excerpt, previous / next posts) above a
"==" line and the post body below it: paragraphs, "## " and "### " headings, "- " and "1. "
lists, "> quote | source" for a quote block, "[image: file | alt | caption]" for an image block
and "----" for a line block; inline markup is already HTML (<em>, <strong>, &nbsp;).
This script wraps it the way a Squarespace 7.1 site serves a blog item and the way Chrome's
"Save page as... > Webpage, Complete" writes the page back out: the "saved from url" comment,
Chrome's Content-Type meta in place of the site's charset meta, links into the
"..._files" folder, the live DOM (scripts' classes and data-controllers-bound attributes),
header and mobile menu, the blog item, share buttons, pagination, the footer with the
newsletter block and the cookie banner. Deterministic: fixed ids and timestamps.
Usage: make_squarespace.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "simultaneous-elections-1951-67-law-commission-blog"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(HERE, "..", "docs", SLUG + ".html")
SITE = "https://www.thepolityroom.in"
SITE_TITLE = "The Polity Room"
WEBSITE_ID = "64b7f2c91d5e8a3f07c2e915"
COLLECTION_ID = "64b7f3a8e2d41b6c1f9a0d37"
ITEM_ID = "67946c1b8f2a5d0e3b7c4a19"
UPDATED_ON = "1752496527412"


def esc(s):
    return html.escape(s, quote=True)


def parse():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n==\n", 1)
    meta = {}
    for line in head.split("\n"):
        k, v = line.split(": ", 1)
        meta[k] = v
    blocks = []
    for chunk in body.strip("\n").split("\n\n"):
        lines = chunk.split("\n")
        first = lines[0]
        if first.startswith("### "):
            blocks.append(("h3", first[4:]))
        elif first.startswith("## "):
            blocks.append(("h2", first[3:]))
        elif first.startswith("- "):
            blocks.append(("ul", [l[2:] for l in lines]))
        elif re.match(r"\d+\. ", first):
            blocks.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        elif first.startswith("> "):
            q, src = first[2:].split(" | ", 1)
            blocks.append(("quote", (q, src)))
        elif first.startswith("[image: "):
            f, alt, cap = first[8:-1].split(" | ")
            blocks.append(("image", (f, alt, cap)))
        elif first == "----":
            blocks.append(("hr", None))
        else:
            blocks.append(("p", " ".join(lines)))
    return meta, blocks


P = '<p class="" style="white-space:pre-wrap;">%s</p>'


def text_html(items):
    out = []
    for kind, val in items:
        if kind == "p":
            out.append(P % val)
        elif kind in ("h2", "h3"):
            out.append('<%s style="white-space:pre-wrap;">%s</%s>' % (kind, val, kind))
        else:
            lis = "".join("<li>%s</li>" % (P % v) for v in val)
            out.append('<%s data-rte-list="default">%s</%s>' % (kind, lis, kind))
    return "".join(out)


RADII = ('data-border-radii="{&quot;topLeft&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0},'
         '&quot;topRight&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0},'
         '&quot;bottomLeft&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0},'
         '&quot;bottomRight&quot;:{&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0}}"')


def block_id(n):
    return "block-yui_3_17_2_1_1737776581234_%d" % (4821 + 97 * n)


def body_blocks(blocks, files):
    out, run, n = [], [], 0

    def flush():
        nonlocal n
        if not run:
            return
        out.append(
            '<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" '
            'data-block-type="2" %s id="%s"><div class="sqs-block-content">\n\n'
            '<div class="sqs-html-content">\n  %s\n</div>\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n'
            '</div></div>' % (RADII, block_id(n), text_html(run)))
        n += 1
        run.clear()

    for kind, val in blocks:
        if kind in ("p", "h2", "h3", "ul", "ol"):
            run.append((kind, val))
            continue
        flush()
        if kind == "image":
            f, alt, cap = val
            out.append(
                '<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" '
                'id="%s">\n<div class="sqs-block-content">\n\n\n\n\n\n\n\n  \n\n    \n  \n    '
                '<div class="image-block-outer-wrapper layout-caption-below design-layout-inline '
                'combination-animation-site-default individual-animation-site-default '
                'individual-text-animation-site-default" data-test="image-block-inline-outer-wrapper">\n\n'
                '      \n\n      \n        <figure class="sqs-block-image-figure intrinsic" style="max-width:1200px;">\n'
                '          \n        \n        \n\n        \n          \n            \n          <div class="image-block-wrapper" data-animation-role="image">\n'
                '            <div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.66666412353516%%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">\n'
                '                <noscript><img src="https://images.squarespace-cdn.com/content/v1/%s/1737776903118-QK7Z2WJ4N1H8B5T0R6YD/%s" alt="%s" /></noscript><img class="thumb-image loaded" elementtiming="system-image-block" src="./%s/%s" data-image="https://images.squarespace-cdn.com/content/v1/%s/1737776903118-QK7Z2WJ4N1H8B5T0R6YD/%s" data-image-dimensions="1200x800" data-image-focal-point="0.5,0.5" alt="%s" data-load="false" data-image-id="67946d07a1c3e52f19b8d604" data-type="image" style="left: 0%%; top: 0%%; width: 100%%; height: 100%%; position: absolute;" data-image-resolution="1000w">\n\n'
                '            </div>\n          </div>\n        \n          \n        \n\n        \n          \n          <figcaption class="image-caption-wrapper">\n'
                '            <div class="image-caption">%s</div>\n          </figcaption>\n        \n      \n        </figure>\n      \n\n    \n  \n\n\n  \n\n\n</div>\n</div></div>'
                % (block_id(n), WEBSITE_ID, f, esc(alt), files, f, WEBSITE_ID, f, esc(alt), P % cap))
            n += 1
        elif kind == "quote":
            q, src = val
            out.append(
                '<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="%s"><div class="sqs-block-content">\n\n\n'
                '<figure class="block--quote">\n  <blockquote data-animation-role="quote" data-animation-override="">\n'
                '    <span>“</span>%s<span>”</span>\n  </blockquote>\n  \n  \n  <figcaption class="source">— %s</figcaption>\n  \n  \n</figure>\n</div></div>'
                % (block_id(n), q, src))
            n += 1
        elif kind == "hr":
            out.append('<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" '
                       'id="%s"><div class="sqs-block-content"><hr></div></div>' % block_id(n))
            n += 1
    flush()
    return "".join(out)


NAV = [("Home", "/", None), ("Courses", "/courses", None), ("Blog", "/blog", "active"),
       ("Resources", None, [("PYQ Archive", "/pyq-archive"), ("Monthly Magazine", "/monthly-magazine"),
                            ("Answer Writing", "/answer-writing")]),
       ("About", "/about", None), ("Contact", "/contact", None)]


def desktop_nav():
    out = []
    for label, href, extra in NAV:
        if isinstance(extra, list):
            items = "".join(
                '\n            <div class="header-nav-folder-item">\n              <a href="%s">\n'
                '                <span class="header-nav-folder-item-content">\n                  %s\n'
                '                </span>\n              </a>\n            </div>\n          ' % (h, l)
                for l, h in extra)
            out.append(
                '\n        <div class="header-nav-item header-nav-item--folder">\n'
                '          <button class="header-nav-folder-title" data-href="/resources" data-animation-role="header-element" aria-expanded="false" aria-controls="resources">\n'
                '          \n            \n            %s\n            \n          \n          </button>\n'
                '          <div class="header-nav-folder-content" id="resources">%s</div>\n        </div>\n      ' % (label, items))
        else:
            active = " header-nav-item--active" if extra else ""
            cur = ' aria-current="page"' if extra else ""
            out.append(
                '\n        <div class="header-nav-item header-nav-item--collection%s">\n'
                '          <a href="%s" data-animation-role="header-element"%s>\n            %s\n          </a>\n        </div>\n      '
                % (active, href, cur, label))
    return "".join(out)


def mobile_nav():
    out = []
    for label, href, extra in NAV:
        if isinstance(extra, list):
            out.append(
                '\n        <div class="container header-menu-nav-item">\n'
                '          <a data-folder-id="/resources" href="/resources">\n'
                '            <div class="header-menu-nav-item-content">\n              <span class="visually-hidden">Folder:</span>\n'
                '              <span>%s</span>\n              <span class="chevron chevron--right"></span>\n            </div>\n          </a>\n        </div>\n      ' % label)
        else:
            active = " header-menu-nav-item--active" if extra else ""
            out.append(
                '\n        <div class="container header-menu-nav-item header-menu-nav-item--collection%s">\n'
                '          <a href="%s"%s>\n            <div class="header-menu-nav-item-content">\n              %s\n            </div>\n          </a>\n        </div>\n      '
                % (active, href, ' aria-current="page"' if extra else "", label))
    folder = "".join(
        '\n        <div class="container header-menu-nav-item">\n          <a href="%s">\n'
        '            <div class="header-menu-nav-item-content">\n              %s\n            </div>\n          </a>\n        </div>\n      ' % (h, l)
        for l, h in NAV[3][2])
    return out, folder


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse()
    title = meta["title"]
    page_title = "%s — %s" % (title, SITE_TITLE)
    files = re.sub(r'[:|"<>?*/\\]', "_", page_title) + "_files"
    url = "%s/blog/%s" % (SITE, meta["slug"])
    excerpt = meta["excerpt"]
    cats = meta["categories"].split(" | ")
    tags = meta["tags"].split(" | ")
    prev_title, prev_slug = meta["prev"].split(" | ")
    next_title, next_slug = meta["next"].split(" | ")
    author = meta["author"]
    author_slug = author.lower().replace(" ", "-")
    date_iso = meta["published"][:10]
    context = {
        "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0", "rollups": {
            "squarespace-announcement-bar": {"js": "//assets.squarespace.com/universal/scripts-compressed/announcement-bar-7c2f8a1c5e0b9d34-min.en-US.js"},
            "squarespace-audio-player": {"css": "//assets.squarespace.com/universal/styles-compressed/audio-player-b05f5197a871c566-min.en-US.css"},
            "squarespace-blog-collection-list": {"css": "//assets.squarespace.com/universal/styles-compressed/blog-collection-list-b4046463b72f34e2-min.en-US.css"}},
        "pageType": 50, "website": {
            "id": WEBSITE_ID, "identifier": "polity-room", "websiteType": 1, "contentModifiedOn": 1752496527412,
            "cloneable": False, "hasBeenCloneable": False, "siteStatus": {}, "language": "en-IN",
            "translationLocale": "en-US", "formattingLocale": "en-IN", "timeZone": "Asia/Kolkata",
            "machineTimeZoneOffset": 19800000, "timeZoneOffset": 19800000, "timeZoneAbbr": "IST",
            "siteTitle": SITE_TITLE, "fullSiteTitle": page_title, "siteDescription": "",
            "shareButtonOptions": {"1": True, "2": True, "4": True, "7": True},
            "authenticUrl": SITE, "internalUrl": "https://polity-room.squarespace.com", "baseUrl": SITE,
            "primaryDomain": "www.thepolityroom.in", "sslSetting": 3, "isHstsEnabled": True,
            "socialAccounts": [{"serviceId": 64, "screenname": "Instagram", "addedOn": 1689713041123, "profileUrl": "https://www.instagram.com/thepolityroom", "iconEnabled": True, "serviceName": "instagram-unauth"},
                               {"serviceId": 69, "screenname": "YouTube", "addedOn": 1689713065456, "profileUrl": "https://www.youtube.com/@thepolityroom", "iconEnabled": True, "serviceName": "youtube-unauth"}],
            "typekitId": "", "statsMigrated": False, "imageMetadataProcessingEnabled": False,
            "captchaSettings": {"enabledForDonations": False}, "showOwnerLogin": False},
        "websiteSettings": {"id": "64b7f2c91d5e8a3f07c2e918", "websiteId": WEBSITE_ID, "subjects": [],
                            "country": "IN", "state": "UP", "simpleLikingEnabled": True,
                            "mobileInfoBarSettings": {"isContactEmailEnabled": False, "isContactPhoneNumberEnabled": False, "isLocationEnabled": False, "isBusinessHoursEnabled": False},
                            "commentLikesAllowed": True, "commentAnonAllowed": True, "commentThreaded": True,
                            "commentApprovalRequired": True, "commentAvatarsOn": True, "commentSortType": 2,
                            "commentFlagThreshold": 0, "commentFlagsAllowed": True, "commentEnableByDefault": True,
                            "commentDisableAfterDaysDefault": 0, "disqusShortname": "", "commentsEnabled": True,
                            "storeSettings": {}, "useEscapeKeyToLogin": False, "ssBadgeType": 1,
                            "ssBadgePosition": 4, "ssBadgeVisibility": 1, "ssBadgeDevices": 1, "pinterestOverlayOptions": {"mode": "disabled"}},
        "cookieSettings": {"isCookieBannerEnabled": True, "isRestrictiveCookiePolicyEnabled": True,
                           "cookieBannerText": "", "cookieBannerTheme": "", "cookieBannerVariant": "",
                           "cookieBannerPosition": "", "cookieBannerCtaVariant": "", "cookieBannerCtaText": "",
                           "cookieBannerAcceptType": "OPT_IN", "cookieBannerOptOutCtaText": "",
                           "cookieBannerHasOptOut": False, "cookieBannerHasManageCookies": True,
                           "cookieBannerManageCookiesLabel": "", "cookieBannerSavedPreferencesText": "",
                           "cookieBannerSavedPreferencesLayout": "PILL"},
        "websiteCloneable": False, "collection": {"title": "Blog", "id": COLLECTION_ID, "fullUrl": "/blog",
                                                   "type": 1, "permissionType": 1},
        "item": {"title": title, "id": ITEM_ID, "fullUrl": "/blog/" + meta["slug"], "publicCommentCount": 7,
                 "commentState": 1, "recordType": 1},
        "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True,
        "tweakJSON": {"form-use-theme-colors": "false", "header-logo-height": "50px",
                      "header-mobile-logo-max-height": "30px", "header-vert-padding": "1.5vw",
                      "header-width": "Full", "maxPageWidth": "1200px", "pagePadding": "4vw",
                      "tweak-blog-alternating-side-by-side-image-aspect-ratio": "1:1 Square",
                      "tweak-blog-basic-grid-columns": "3", "tweak-blog-item-alignment": "Center",
                      "tweak-blog-item-delimiter": "Dot", "tweak-blog-item-meta-position": "Above Title",
                      "tweak-blog-item-show-author-profile": "true", "tweak-blog-item-show-categories": "true",
                      "tweak-blog-item-show-date": "true", "tweak-blog-item-width": "Narrow"},
        "templateId": "5c5a519771c10ba3470d8101", "templateVersion": "7.1", "pageFeatures": [1, 2, 4],
        "gmRenderKey": "QUl6YVN5Q0JUUk9xNkx1dkZfSUUxcjQ2LVQ0QWVUU1YtMGQwQXZB",
        "templateScriptsRootUrl": "https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/",
        "impersonatedSession": False, "tzData": {"zones": [[330, None, "IST", None]], "rules": {}},
        "showAnnouncementBar": False, "recaptchaEnterpriseContext": {"recaptchaEnterpriseSiteKey": "6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"},
        "i18nContext": {"timeZoneData": {"id": "Asia/Kolkata", "name": "India Time"}},
        "env": "PRODUCTION", "visitorFormContext": {"formFieldFormats": {"initialNameOrder": "GIVEN_FIRST", "initialAddressFormat": {"id": 0, "type": "ADDRESS", "country": "IN"}}}}
    website_ld = {"url": SITE, "name": SITE_TITLE, "description": "", "@context": "http://schema.org", "@type": "WebSite"}
    post_ld = {"url": url, "name": title, "headline": title, "datePublished": meta["published"],
               "dateModified": meta["modified"], "author": author, "publisher": {"name": SITE_TITLE, "@context": "http://schema.org", "@type": "Organization"},
               "@context": "http://schema.org", "@type": "BlogPosting"}
    body_html = body_blocks(blocks, files)
    mob, folder = mobile_nav()
    cat_links = '\n          <span class="blog-meta-delimiter"></span>\n          '.join(
        '<a href="/blog/category/%s" class="blog-meta-item blog-meta-item--category">%s</a>' % (c.replace(" ", "+"), c) for c in cats)
    tag_links = "\n      ".join(
        '<a href="/blog/tag/%s" class="blog-item-tag">%s</a>' % (t.replace(" ", "+"), t) for t in tags)
    chev_l = '<svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg>'
    chev_r = '<svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg>'

    h = []
    w = h.append
    w('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(url), url))
    w('<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-IN" class="touch-styles"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n    \n    \n    \n    \n      \n    \n    \n  <!-- This is Squarespace. --><!-- polity-room -->\n')
    w('<base href=".">\n\n<title>%s</title>\n' % esc(page_title))
    w('<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model">\n')
    w('<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/%s/favicon.ico?format=100w">\n' % WEBSITE_ID)
    w('<link rel="canonical" href="%s">\n' % url)
    w('<meta property="og:site_name" content="%s">\n' % SITE_TITLE)
    w('<meta property="og:title" content="%s">\n' % esc(page_title))
    w('<meta property="og:latitude" content="26.8467">\n<meta property="og:longitude" content="80.9462">\n<meta property="og:locality" content="Lucknow">\n')
    w('<meta property="og:url" content="%s">\n<meta property="og:type" content="article">\n' % url)
    w('<meta property="og:description" content="%s">\n' % esc(excerpt))
    w('<meta property="og:image" content="http://static1.squarespace.com/static/%s/%s/%s/1737776903118/1952-ballot-box.jpg?format=1500w">\n' % (WEBSITE_ID, COLLECTION_ID, ITEM_ID))
    w('<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="800">\n')
    w('<meta itemprop="name" content="%s">\n<meta itemprop="url" content="%s">\n' % (esc(page_title), url))
    w('<meta itemprop="description" content="%s">\n' % esc(excerpt))
    w('<meta itemprop="thumbnailUrl" content="http://static1.squarespace.com/static/%s/%s/%s/1737776903118/1952-ballot-box.jpg?format=1500w">\n' % (WEBSITE_ID, COLLECTION_ID, ITEM_ID))
    w('<link rel="image_src" href="http://static1.squarespace.com/static/%s/%s/%s/1737776903118/1952-ballot-box.jpg?format=1500w">\n' % (WEBSITE_ID, COLLECTION_ID, ITEM_ID))
    w('<meta itemprop="author" content="%s">\n<meta itemprop="datePublished" content="%s">\n<meta itemprop="dateModified" content="%s">\n' % (author, meta["published"], meta["modified"]))
    w('<meta itemprop="headline" content="%s">\n<meta itemprop="publisher" content="%s">\n' % (esc(title), SITE_TITLE))
    w('<meta name="twitter:title" content="%s">\n<meta name="twitter:image" content="http://static1.squarespace.com/static/%s/%s/%s/1737776903118/1952-ballot-box.jpg?format=1500w">\n' % (esc(page_title), WEBSITE_ID, COLLECTION_ID, ITEM_ID))
    w('<meta name="twitter:url" content="%s">\n<meta name="twitter:card" content="summary">\n' % url)
    w('<meta name="twitter:description" content="%s">\n' % esc(excerpt))
    w('<meta name="description" content="%s">\n' % esc(excerpt))
    w('<link rel="preconnect" href="https://images.squarespace-cdn.com/">\n<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">\n')
    w('<link rel="stylesheet" href="./%s/css2">\n' % files)
    w('<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="./%s/legacy.js.download"></script>\n' % files)
    w('<script type="text/javascript" crossorigin="anonymous" defer="true" src="./%s/modern.js.download"></script>\n' % files)
    w('<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>\n')
    w('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-0f5bd0e1d4c9a3b2-min.en-US.js"]; })(SQUARESPACE_ROLLUPS, \'squarespace-extract_css_runtime\');</script>\n')
    w('<script crossorigin="anonymous" src="./%s/extract-css-runtime-0f5bd0e1d4c9a3b2-min.en-US.js.download" defer=""></script>' % files)
    w('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/cldr-resource-pack-22ed584d99d9b83d-min.en-US.js"]; })(SQUARESPACE_ROLLUPS, \'squarespace-cldr_resource_pack\');</script>\n')
    w('<script crossorigin="anonymous" src="./%s/cldr-resource-pack-22ed584d99d9b83d-min.en-US.js.download" defer=""></script>' % files)
    w('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-fbd854d40b0804b7-min.en-US.js"]; })(SQUARESPACE_ROLLUPS, \'squarespace-common_vendors_stable\');</script>\n')
    w('<script crossorigin="anonymous" src="./%s/common-vendors-stable-fbd854d40b0804b7-min.en-US.js.download" defer=""></script>' % files)
    w('<script>(function(rollups, name) { if (!rollups[name]) { rollups[name] = {}; } rollups[name].js = ["//assets.squarespace.com/universal/scripts-compressed/performance-6c7058b44420b6db-min.en-US.js"]; })(SQUARESPACE_ROLLUPS, \'squarespace-performance\');</script>\n')
    w('<script crossorigin="anonymous" src="./%s/performance-6c7058b44420b6db-min.en-US.js.download" defer=""></script>' % files)
    w('<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>\n'
      % json.dumps(context, ensure_ascii=False, separators=(",", ":")))
    w('<script type="application/ld+json">%s</script>' % json.dumps(website_ld, ensure_ascii=False, separators=(",", ":")))
    w('<script type="application/ld+json">%s</script>' % json.dumps(post_ld, ensure_ascii=False, separators=(",", ":")))
    w('<link rel="stylesheet" type="text/css" href="./%s/site.css"><script>Static.COOKIE_BANNER_CAPABLE = true;</script>\n' % files)
    w('<!-- End of Squarespace Headers -->\n    <link rel="stylesheet" type="text/css" href="./%s/static.css">\n  '
      '<style type="text/css">.sqs-announcement-bar-dropzone{min-height:0}</style></head>\n\n' % files)
    body_class = ("primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill "
                  "tertiary-button-style-outline tertiary-button-shape-underline form-field-style-solid form-field-shape-square "
                  "form-field-border-all form-field-checkbox-type-icon form-field-checkbox-fill-solid form-field-checkbox-color-inverted "
                  "form-field-checkbox-shape-square form-field-checkbox-layout-stack form-field-radio-type-icon form-field-radio-fill-solid "
                  "form-field-radio-color-normal form-field-radio-shape-pill form-field-radio-layout-stack form-field-survey-fill-solid "
                  "form-field-survey-color-normal form-field-survey-shape-pill form-field-hover-focus-outline form-submit-button-style-label "
                  "header-overlay-alignment-center header-width-full tweak-transparent-header tweak-fixed-header-style-basic "
                  "tweak-blog-alternating-side-by-side-width-full tweak-blog-alternating-side-by-side-image-aspect-ratio-11-square "
                  "tweak-blog-alternating-side-by-side-text-alignment-left tweak-blog-alternating-side-by-side-read-more-style-show "
                  "tweak-blog-alternating-side-by-side-image-text-alignment-middle tweak-blog-alternating-side-by-side-delimiter-bullet "
                  "tweak-blog-alternating-side-by-side-meta-position-top tweak-blog-alternating-side-by-side-primary-meta-categories "
                  "tweak-blog-alternating-side-by-side-secondary-meta-date tweak-blog-alternating-side-by-side-excerpt-show "
                  "tweak-blog-basic-grid-width-inset tweak-blog-basic-grid-image-aspect-ratio-32-standard "
                  "tweak-blog-basic-grid-text-alignment-left tweak-blog-basic-grid-delimiter-bullet "
                  "tweak-blog-basic-grid-image-placement-above tweak-blog-basic-grid-read-more-style-show "
                  "tweak-blog-basic-grid-primary-meta-categories tweak-blog-basic-grid-secondary-meta-date "
                  "tweak-blog-basic-grid-excerpt-show tweak-blog-item-width-narrow tweak-blog-item-text-alignment-left "
                  "tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date "
                  "tweak-blog-item-show-author-name tweak-blog-item-show-author-bio tweak-blog-item-delimiter-dot "
                  "primary-button-style-solid primary-button-shape-pill image-block-poster-text-alignment-center "
                  "image-block-card-content-position-center image-block-card-text-alignment-left "
                  "image-block-overlap-content-position-center image-block-overlap-text-alignment-left "
                  "image-block-collage-content-position-center image-block-collage-text-alignment-left "
                  "image-block-stack-text-alignment-left hide-opentable-icons opentable-style-dark "
                  "tweak-product-quick-view-button-style-floating tweak-product-quick-view-button-position-bottom "
                  "tweak-product-quick-view-lightbox-excerpt-display-truncate tweak-product-quick-view-lightbox-show-arrows "
                  "tweak-product-quick-view-lightbox-show-close-button tweak-product-quick-view-lightbox-controls-weight-light "
                  "native-currency-code-inr view-item collection-type-blog-basic-grid collection-layout-default "
                  "collection-%s mobile-style-available sqs-seven-one show-pagination" % COLLECTION_ID)
    w('  <body id="item-%s" class="%s" data-controller="AnnouncementBarLoader" tabindex="-1" data-controllers-bound="AnnouncementBarLoader">\n' % (ITEM_ID, body_class))
    w('    <div id="siteWrapper" class="clearfix site-wrapper">\n      \n        <div id="floatingCart" class="floating-cart hidden">\n'
      '          <a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart">\n            <span class="Cart-inner">\n              \n\n\n\n  <svg class="icon icon--cart" viewBox="0 0 31 24">\n  <g class="svg-icon cart-icon--odd">\n    <circle fill="none" stroke-miterlimit="10" cx="22.5" cy="21.5" r="1"></circle>\n    <circle fill="none" stroke-miterlimit="10" cx="9.5" cy="21.5" r="1"></circle>\n    <path fill="none" stroke-miterlimit="10" d="M0,1.5 h5.8578644c0.5522847,0,1.0136628,0.4426234,1.0357357,0.9944659l0.7285286,17.9661375"></path>\n  </g>\n</svg>\n\n              <div class="legacy-cart icon-cart-quantity">\n                <span class="sqs-cart-quantity">0</span>\n              </div>\n            </span>\n          </a>\n        </div>\n      \n\n      \n\n\n\n\n\n\n\n\n\n\n\n\n\n  \n')
    w('<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" '
      'data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;, &quot;action&quot;: {&quot;href&quot;: &quot;/contact&quot;, &quot;buttonText&quot;: &quot;Join the Batch&quot;, &quot;newWindow&quot;: false}, &quot;showSocial&quot;: true, &quot;socialOptions&quot;: {&quot;socialBorderShape&quot;: &quot;none&quot;, &quot;socialBorderStyle&quot;: &quot;outline&quot;, &quot;socialBorderThickness&quot;: {&quot;unit&quot;: &quot;px&quot;, &quot;value&quot;: 1.0}}, &quot;sectionTheme&quot;: &quot;white&quot;, &quot;cartStyle&quot;: &quot;cart&quot;, &quot;showButton&quot;: true, &quot;showCart&quot;: false, &quot;showAccountLogin&quot;: false, &quot;headerStyle&quot;: &quot;dynamic&quot;, &quot;languagePicker&quot;: {&quot;enabled&quot;: false}}" '
      'data-section-id="header" data-header-style="dynamic" data-language-picker="{&quot;enabled&quot;:false}" data-first-focusable-element="" tabindex="-1" '
      'style="--announcement-bar-height: 0px; --sqs-site-gutter: 4vw;" data-controllers-bound="Header">\n')
    w('  <svg style="display:none" viewBox="0 0 22 22" xmlns="http://www.w3.org/2000/svg">\n  <symbol id="circle">\n    <path d="M11.5 17C14.5376 17 17 14.5376 17 11.5C17 8.46243 14.5376 6 11.5 6C8.46243 6 6 8.46243 6 11.5C6 14.5376 8.46243 17 11.5 17Z" fill="none"></path>\n  </symbol>\n</svg>\n')
    w('  <div class="sqs-announcement-bar-dropzone"></div>\n\n  <div class="header-announcement-bar-wrapper">\n    \n    <a href="#page" class="header-skip-link sqs-button-element--primary">\n      Skip to Content\n    </a>\n    \n\n\n\n    <div class="header-border" data-header-style="dynamic" data-header-border="false" data-test="header-border" style="\n\n\n\n\n\n"></div>\n    <div class="header-dropshadow" data-header-style="dynamic" data-header-dropshadow="false" data-test="header-dropshadow" style=""></div>\n    \n    \n\n    <div class="header-inner container--fluid\n        \n        header-layout--with-commerce\n        \n        \n        \n        \n        \n        \n        \n         header-mobile-layout-logo-left-nav-right\n        \n        \n        \n        \n        \n         header-layout-nav-right\n        \n        \n        \n        \n        \n        \n        \n        \n        " data-test="header-inner">\n')
    w('      <!-- Background -->\n      <div class="header-background theme-bg--primary"></div>\n\n      <div class="header-display-desktop" data-content-field="site-title">\n        \n\n        \n\n        \n\n        \n\n        \n\n        \n        \n\n        \n\n        \n\n        \n\n        <div class="header-title-nav-wrapper">\n          \n\n          \n          \n            \n<div class="header-title" data-animation-role="header-element">\n  \n    <div class="header-title-text">\n      <a href="/" data-animation-role="header-element">%s</a>\n    </div>\n  \n\n  \n</div>\n\n          \n\n          \n          \n            \n              \n<div class="header-nav">\n  <div class="header-nav-wrapper">\n    <nav class="header-nav-list">\n      %s\n    </nav>\n  </div>\n</div>\n\n            \n          \n        </div>\n' % (SITE_TITLE, desktop_nav()))
    w('\n        \n        <div class="header-actions header-actions--right">\n          \n            \n              \n            \n            <div class="showOnDesktop"><div class="header-actions-action header-actions-action--social">\n  \n    \n      <a class="icon icon--fill  header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://www.instagram.com/thepolityroom" target="_blank" aria-label="Instagram">\n        <svg viewBox="23 23 64 64">\n          <use xlink:href="#instagram-unauth-icon" width="110" height="110"></use>\n        </svg>\n      </a>\n    \n  \n    \n      <a class="icon icon--fill  header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://www.youtube.com/@thepolityroom" target="_blank" aria-label="YouTube">\n        <svg viewBox="23 23 64 64">\n          <use xlink:href="#youtube-unauth-icon" width="110" height="110"></use>\n        </svg>\n      </a>\n    \n  \n</div>\n</div>\n          \n\n          \n\n        \n          \n          <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">\n            <a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">\n              Join the Batch\n            </a>\n          </div>\n        \n        </div>\n      </div>\n\n\n      <div class="header-display-mobile" data-content-field="site-title">\n        \n          \n\n          <div class="header-title-nav-wrapper">\n            <div class="header-title" data-animation-role="header-element">\n              <div class="header-title-text">\n                <a href="/" data-animation-role="header-element">%s</a>\n              </div>\n            </div>\n          </div>\n        \n        <div class="header-burger\n\n          menu-overlay-has-visible-non-navigation-items\n\n\n          " data-animation-role="header-element">\n          <button class="header-burger-btn burger" data-test="header-burger">\n            <span hidden="" class="js-header-burger-open-title visually-hidden">Open Menu</span>\n            <span hidden="" class="js-header-burger-close-title visually-hidden">Close Menu</span>\n            <div class="burger-box">\n              <div class="burger-inner header-menu-icon-doubleLineHamburger">\n                <div class="top-bun"></div>\n                <div class="patty"></div>\n                <div class="bottom-bun"></div>\n              </div>\n            </div>\n          </button>\n        </div>\n      </div>\n    </div>\n  </div>\n' % SITE_TITLE)
    w('  <!-- (Mobile) Menu Navigation -->\n  <div class="header-menu header-menu--folder-list\n    \n    \n    \n    \n    " data-section-theme="white" data-current-styles="{&quot;layout&quot;: &quot;navRight&quot;}" data-section-id="overlay-nav" data-show-account-login="false" data-test="header-menu">\n    <div class="header-menu-bg theme-bg--primary"></div>\n    <div class="header-menu-nav">\n      <nav class="header-menu-nav-list">\n        <div data-folder="root" class="header-menu-nav-folder">\n          <div class="header-menu-nav-folder-content">\n            <!-- Menu Navigation -->\n<div class="header-menu-nav-wrapper">\n  \n    \n      %s\n    \n  \n</div>\n\n          </div>\n        </div>\n        \n          \n            <div data-folder="/resources" class="header-menu-nav-folder">\n              <div class="header-menu-nav-folder-content">\n                <div class="header-menu-controls container header-menu-nav-item">\n                  <a class="header-menu-controls-control header-menu-controls-control--active" data-action="back" href="/">\n                    <span class="chevron chevron--left"></span><span>Back</span>\n                  </a>\n                  \n                </div>\n                %s\n              </div>\n            </div>\n          \n        \n      </nav>\n    </div>\n    <div class="header-menu-cta">\n      <a class="theme-btn--primary btn sqs-button-element--primary" href="/contact">\n        Join the Batch\n      </a>\n    </div>\n  </div>\n</header>\n\n\n\n\n  \n' % ("".join(mob), folder))
    w('    <main id="page" class="container" role="main">\n      \n        \n          \n<article class="sections" id="sections" data-page-sections="%s">\n  \n  \n    \n    \n\n\n <section data-test="page-section" data-section-theme="white" class="page-section \n    \n      content-collection\n      full-bleed-section\n      collection-type-blog-basic-grid\n    \n    background-width--full-bleed\n    \n      section-height--medium\n    \n    \n      content-width--wide\n    \n    horizontal-alignment--center\n    vertical-alignment--middle\n    \n      \n    \n    \n    white" data-section-id="%s" data-controller="SectionWrapper" data-current-styles="{&quot;imageOverlayOpacity&quot;: 0.15, &quot;backgroundWidth&quot;: &quot;background-width--full-bleed&quot;, &quot;sectionHeight&quot;: &quot;section-height--medium&quot;, &quot;horizontalAlignment&quot;: &quot;horizontal-alignment--center&quot;, &quot;verticalAlignment&quot;: &quot;vertical-alignment--middle&quot;, &quot;contentWidth&quot;: &quot;content-width--wide&quot;, &quot;sectionTheme&quot;: &quot;white&quot;, &quot;sectionAnimation&quot;: &quot;none&quot;, &quot;backgroundMode&quot;: &quot;image&quot;}" data-current-context="{&quot;video&quot;: {&quot;playbackSpeed&quot;: 0.5, &quot;filter&quot;: 1, &quot;filterStrength&quot;: 0, &quot;zoom&quot;: 0, &quot;videoSourceProvider&quot;: &quot;none&quot;}, &quot;backgroundImageId&quot;: null, &quot;backgroundMediaEffect&quot;: null, &quot;divider&quot;: null, &quot;typeName&quot;: &quot;blog-basic-grid&quot;}" data-animation="none" data-controllers-bound="SectionWrapper">\n  <div class="section-border">\n    <div class="section-background">\n    \n      \n    \n    </div>\n  </div>\n  <div class="content-wrapper" style="\n      \n        \n      \n    ">\n    <div class="content">\n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n        \n        \n        \n\n<article class="blog-item" itemscope="" itemtype="http://schema.org/BlogPosting">\n' % ("64b7f3a8e2d41b6c1f9a0d40", "64b7f3a8e2d41b6c1f9a0d40"))
    w('\n  \n\n\n\n<div class="blog-item-wrapper">\n  <div class="blog-item-top-wrapper">\n    <div class="blog-item-meta-wrapper">\n      <div class="blog-meta-section">\n        <span class="blog-meta-primary">\n          \n            <time class="dt-published blog-meta-item blog-meta-item--date" datetime="%s" pubdate="" data-content-field="published-on">\n              %s\n            </time>\n          \n        </span>\n        <span class="blog-meta-delimiter"></span>\n        <span class="blog-meta-secondary">\n          \n          \n            <span class="blog-author">%s</span>\n          \n        </span>\n        <span class="blog-meta-delimiter"></span>\n        <span class="blog-categories-list">%s</span>\n      </div>\n    </div>\n\n    <div class="blog-item-title">\n      <h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: left;">\n        %s\n      </h1>\n    </div>\n  </div>\n\n'
      % (date_iso, "January 25, 2025", author, cat_links, title))
    w('  <div class="blog-item-content-wrapper">\n    <div class="blog-item-content e-content">\n      <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" data-updated-on="%s" id="item-%s"><div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div></div>\n    </div>\n  </div>\n\n' % (UPDATED_ON, ITEM_ID, body_html))
    w('  <div class="blog-item-tags-wrapper">\n    <div class="blog-meta-section blog-meta-section--tags">\n      <span class="blog-item-tag-label">Tags:</span> %s\n    </div>\n  </div>\n\n' % tag_links)
    w('  <div class="blog-share-like">\n    <div class="squarespace-social-buttons inline-style" data-system-data-id="%s" data-asset-url="" data-record-type="1" data-full-url="/blog/%s" data-title="%s"><span class="ss-social-button-wrapper"><div class="ss-social-button facebook" data-service="facebook"><span class="ss-social-button-icon"></span><span class="ss-social-button-label">Facebook</span></div></span><span class="ss-social-button-wrapper"><div class="ss-social-button twitter" data-service="twitter"><span class="ss-social-button-icon"></span><span class="ss-social-button-label">Twitter</span></div></span><span class="ss-social-button-wrapper"><div class="ss-social-button linkedin" data-service="linkedin"><span class="ss-social-button-icon"></span><span class="ss-social-button-label">LinkedIn</span></div></span><span class="ss-social-button-wrapper"><div class="ss-social-button pinterest" data-service="pinterest"><span class="ss-social-button-icon"></span><span class="ss-social-button-label">Pinterest</span></div></span></div>\n    <div class="like-wrapper"><span class="sqs-simple-like" data-item-id="%s" data-like-count="23" role="button" tabindex="0"><span class="like-icon"></span><span class="like-count">23</span></span></div>\n  </div>\n\n' % (ITEM_ID, meta["slug"], esc(title), ITEM_ID))
    w('  <div class="blog-item-author-profile-wrapper">\n    <a class="author-avatar" href="/blog?author=%s"><div class="author-avatar-image" style="background-image:url(\'./%s/ananya-sharma.jpg\')"></div></a>\n    <div class="author-info">\n      <a class="author-name" href="/blog?author=%s">%s</a>\n      <div class="author-bio"><p>Ananya teaches Polity and Governance at The Polity Room, Lucknow, and writes the Sunday answer-writing threads.</p></div>\n    </div>\n  </div>\n\n' % (author_slug, files, author_slug, author))
    w('  <div class="blog-item-comments">\n    <div class="squarespace-comments" id="comments-%s"><div class="comments-header"><h3 class="comments-count">7 Comments</h3><div class="comment-sort"><span class="sort-label">Newest First</span></div></div><div class="comment-list"><div class="comment" data-comment-id="6795d3e2a7c14b0f29e1c845"><div class="comment-header"><span class="comment-author">Rohit K.</span> <time class="comment-date" datetime="2025-01-26">January 26, 2025</time></div><div class="comment-body"><p>Ma’am please do a similar post on delimitation, the 2026 freeze is confusing.</p></div><div class="comment-actions"><span class="comment-like">Like</span> <span class="comment-reply">Reply</span></div></div><div class="comment" data-comment-id="6875c0a19d3e2b7f40c1a962"><div class="comment-header"><span class="comment-author">Shreya Menon</span> <time class="comment-date" datetime="2025-07-15">July 15, 2025</time></div><div class="comment-body"><p>Thanks for the update section, saved this for Mains revision.</p></div><div class="comment-actions"><span class="comment-like">Like</span> <span class="comment-reply">Reply</span></div></div></div><div class="comment-load-more"><button type="button">Load more comments</button></div></div>\n  </div>\n\n' % ITEM_ID)
    w('  <section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid" data-controller="ItemPagination" data-controllers-bound="ItemPagination">\n'
      '    <a href="/blog/%s" class="item-pagination-link item-pagination-link--prev">\n      <div class="item-pagination-icon icon icon--stroke">\n        %s\n      </div>\n      <span class="pagination-title-wrapper">\n        <div class="visually-hidden">Previous</div>\n        <div class="item-pagination-prev-next">Previous</div>\n        <h2 class="item-pagination-title">%s</h2>\n      </span>\n    </a>\n'
      '    <a href="/blog/%s" class="item-pagination-link item-pagination-link--next">\n      <div class="pagination-title-wrapper">\n        <div class="visually-hidden">Next</div>\n        <div class="item-pagination-prev-next">Next</div>\n        <h2 class="item-pagination-title">%s</h2>\n      </div>\n      <div class="item-pagination-icon icon icon--stroke">\n        %s\n      </div>\n    </a>\n  </section>\n\n</div>\n\n</article>\n\n'
      % (prev_slug, chev_l, prev_title, next_slug, next_title, chev_r))
    w('      \n    </div>\n  </div>\n  \n</section>\n\n  \n</article>\n\n          \n        \n      \n    </main>\n    \n      <footer class="sections" id="footer-sections" data-footer-sections="">\n  \n  \n  \n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n  <section data-test="page-section" data-section-theme="dark" class="page-section \n    \n      layout-engine-section\n    \n    background-width--full-bleed\n    \n      section-height--small\n    \n    \n      content-width--wide\n    \n    horizontal-alignment--center\n    vertical-alignment--middle\n    \n      \n    \n    \n    dark" data-section-id="64b7f2c91d5e8a3f07c2e9a2" data-controller="SectionWrapper" data-current-styles="{&quot;sectionTheme&quot;: &quot;dark&quot;, &quot;sectionHeight&quot;: &quot;section-height--small&quot;}" data-animation="none" data-controllers-bound="SectionWrapper">\n  <div class="section-border">\n    <div class="section-background">\n    \n      \n    \n    </div>\n  </div>\n  <div class="content-wrapper" style="\n      \n        \n      \n    ">\n    <div class="content">\n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      \n      <div class="fluid-engine fe-64b7f2c91d5e8a3f07c2e9a3">\n')
    w('<div class="fe-block fe-block-yui_3_17_2_1_1689713245671_2207"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1689713245671_2207"><div class="sqs-block-content">\n\n\n\n\n\n\n\n\n\n<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">\n  <form class="newsletter-form" data-form-id="64b7f4c21d5e8a3f07c2f011" data-success-redirect="" autocomplete="on" method="POST" novalidate="" onsubmit="return (function (form) {\n    Y.use(\'squarespace-form-submit\', \'node\', function usingFormSubmit(Y) {\n      (new Y.Squarespace.FormSubmit(form)).submit({\n        formId: \'64b7f4c21d5e8a3f07c2f011\',\n        collectionId: \'\',\n        objectName: \'block-yui_3_17_2_1_1689713245671_2207\'\n      });\n    });\n    return false;\n  })(this);">\n    \n      <header class="newsletter-form-header">\n        <h2 class="newsletter-form-header-title">Subscribe</h2>\n        <div class="newsletter-form-header-description"><p>Weekly current affairs digest and the Sunday answer-writing prompt, straight to your inbox.</p></div>\n      </header>\n    \n    <div class="newsletter-form-body">\n      <div class="newsletter-form-fields-wrapper form-fields">\n        \n          \n        \n          \n            <div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1689713245671_4412">\n              <label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1689713245671_4412-field">Email Address</label>\n              <input id="email-yui_3_17_2_1_1689713245671_4412-field" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address">\n            </div>\n          \n        \n      </div>\n      <div data-animation-role="button" class="\n          newsletter-form-button-wrapper\n          submit-wrapper\n          \n        ">\n        <button class="\n            newsletter-form-button\n            sqs-system-button\n            sqs-editable-button-layout\n            sqs-editable-button-style\n            sqs-editable-button-shape\n            sqs-button-element--primary\n          " type="submit" value="Sign Up">\n          <span class="newsletter-form-spinner sqs-spin light large"></span>\n          <span class="newsletter-form-button-label">Sign Up</span>\n          <span class="newsletter-form-button-icon"></span>\n        </button>\n      </div>\n      \n        <div class="newsletter-form-footnote"><p>We respect your privacy. Unsubscribe any time.</p></div>\n      \n      <div class="captcha-container-wrapper">\n        <div class="captcha-container rendered" data-widget-id="0"></div>\n        <div class="captcha-error-message">Please complete the captcha.</div>\n      </div>\n    </div>\n    <div class="hidden form-submission-text">Thank you!</div>\n    <div class="hidden form-submission-html" data-submission-html=""></div>\n  </form>\n</div>\n</div></div></div>')
    w('<div class="fe-block fe-block-yui_3_17_2_1_1689713245671_3310"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" %s id="block-yui_3_17_2_1_1689713245671_3310"><div class="sqs-block-content">\n\n<div class="sqs-html-content">\n  <p class="" style="white-space:pre-wrap;">The Polity Room · 2nd floor, Kapoorthala Complex, Aliganj, Lucknow 226024</p><p class="" style="white-space:pre-wrap;">© 2025 The Polity Room. Notes are for personal study; please do not resell.</p>\n</div>\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n</div></div></div></div>\n    </div>\n  </div>\n  \n</section>\n\n  \n</footer>\n\n    \n  </div>\n' % RADII)
    w('  <script type="text/javascript" src="./%s/site-bundle.js.download"></script>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641c-0.383-0.986-0.896-1.823-1.73-2.657c-0.834-0.834-1.67-1.347-2.657-1.73z"></path></symbol><symbol id="youtube-unauth-icon" viewBox="0 0 64 64"><path d="M46.7,26c0,0-0.3-2.1-1.2-3c-1.1-1.2-2.4-1.2-3-1.3C38.3,21.4,32,21.4,32,21.4h0c0,0-6.3,0-10.5,0.3c-0.6,0.1-1.9,0.1-3,1.3c-0.9,0.9-1.2,3-1.2,3S17,28.4,17,30.9v2.3c0,2.4,0.3,4.9,0.3,4.9z"></path></symbol></svg>\n' % files)
    w('<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">\n  (function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();\n</script>\n<script>Squarespace.afterBodyLoad(Y);</script>\n\n\n')
    w('<div class="sqs-cookie-banner-v2-container" data-test="cookie-banner-v2"><div class="sqs-cookie-banner-v2 PILL BOTTOM_LEFT" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand which notes you read.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage" type="button">Manage cookies</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline" type="button">Decline</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept" type="button">Accept</button></div></div></div>'
      '<iframe data-src="https://www.google.com/recaptcha/enterprise/anchor" style="display: none;" title="reCAPTCHA" tabindex="-1"></iframe></body></html>')
    with open(out_path, "wb") as f:
        f.write("".join(h).encode("utf-8"))


if __name__ == "__main__":
    main()
