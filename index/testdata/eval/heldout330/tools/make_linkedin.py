#!/usr/bin/python3
"""Make docs/presidents-rule-after-bommai-linkedin.html from tools/presidents-rule-after-bommai-linkedin.txt.

The page imitates an edition of a LinkedIn newsletter (a linkedin.com/pulse/ article that belongs
to a newsletter) opened while signed out and saved with the browser's "Save Page As... > Web
Page, HTML only": the markup exactly as the server sent it, so there is no "saved from url"
comment, no local asset folder, and stylesheets, scripts and images still point at
static.licdn.com and media.licdn.com (images lazy-load through data-delayed-url, so most img tags
have no src at all). The server-rendered page carries:
  - a head with pageKey / locale / config metas, app-link metas, the lazy-loader bootstrap
    script, title, description, Open Graph and Twitter tags, a canonical link, a JSON-LD
    Article block whose isPartOf names the newsletter;
  - the guest top bar: skip link, logo, Articles / People / Learning / Jobs / Games / Get the
    app, Join now and Sign in;
  - the article: cover image, the newsletter strip (logo, name, "Weekly newsletter",
    subscriber count, Subscribe), the h1 title, the author card (name, headline, follower
    count, Follow), "Published <date>", the content blocks (p, h2, ul, ol, strong, em, an image
    block with a figcaption, hashtag links), the newsletter's Subscribe card again at the end;
  - reactions and comments counts, Like / Comment / Share, "Report this article";
  - the comments a guest sees, one with the author's reply, "See more comments" and
    "To view or add a comment, sign in";
  - "More articles by <author>" cards with dates and counts and "See all articles";
  - "Others also viewed", "Explore content categories", the guest footer with its language
    menu, the contextual sign-in modal ("Sign in to view more content", "Welcome back"), hidden
    <code> data islands whose values sit inside HTML comments, <!----> placeholders left by the
    server renderer, and the trailing script tags.

Run from anywhere: /usr/bin/python3 tools/make_linkedin.py
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "presidents-rule-after-bommai-linkedin.txt")
OUT = os.path.join(HERE, "..", "docs", "presidents-rule-after-bommai-linkedin.html")
STATIC = "https://static.licdn.com/aero-v1/sc/h"
MEDIA = "https://media.licdn.com/dms/image/v2"
TRK = "article-ssr-frontend-pulse"

LANGS = [
    ("ar_AE", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 (Arabic)"),
    ("bn_IN", "\u09ac\u09be\u0982\u09b2\u09be (Bangla)"),
    ("cs_CZ", "\u010ce\u0161tina (Czech)"), ("da_DK", "Dansk (Danish)"),
    ("de_DE", "Deutsch (German)"), ("el_GR", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac (Greek)"),
    ("en_US", "English (English)"), ("es_ES", "Espa\u00f1ol (Spanish)"),
    ("fa_IR", "\u0641\u0627\u0631\u0633\u06cc (Persian)"), ("fi_FI", "Suomi (Finnish)"),
    ("fr_FR", "Fran\u00e7ais (French)"), ("hi_IN", "\u0939\u093f\u0902\u0926\u0940 (Hindi)"),
    ("hu_HU", "Magyar (Hungarian)"), ("in_ID", "Bahasa Indonesia (Indonesian)"),
    ("it_IT", "Italiano (Italian)"), ("iw_IL", "\u05e2\u05d1\u05e8\u05d9\u05ea (Hebrew)"),
    ("ja_JP", "\u65e5\u672c\u8a9e (Japanese)"), ("ko_KR", "\ud55c\uad6d\uc5b4 (Korean)"),
    ("mr_IN", "\u092e\u0930\u093e\u0920\u0940 (Marathi)"), ("ms_MY", "Bahasa Malaysia (Malay)"),
    ("nl_NL", "Nederlands (Dutch)"), ("no_NO", "Norsk (Norwegian)"),
    ("pa_IN", "\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40 (Punjabi)"), ("pl_PL", "Polski (Polish)"),
    ("pt_BR", "Portugu\u00eas (Portuguese)"), ("ro_RO", "Rom\u00e2n\u0103 (Romanian)"),
    ("ru_RU", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439 (Russian)"), ("sv_SE", "Svenska (Swedish)"),
    ("te_IN", "\u0c24\u0c46\u0c32\u0c41\u0c17\u0c41 (Telugu)"),
    ("th_TH", "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 (Thai)"), ("tl_PH", "Tagalog (Tagalog)"),
    ("tr_TR", "T\u00fcrk\u00e7e (Turkish)"),
    ("uk_UA", "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430 (Ukrainian)"),
    ("vi_VN", "Ti\u1ebfng Vi\u1ec7t (Vietnamese)"),
    ("zh_CN", "\u7b80\u4f53\u4e2d\u6587 (Chinese (Simplified))"),
    ("zh_TW", "\u6b63\u9ad4\u4e2d\u6587 (Chinese (Traditional))"),
]

CATEGORIES = ["Career", "Productivity", "Finance", "Soft Skills &amp; Emotional Intelligence",
              "Project Management", "Education", "Technology", "Leadership", "Ecommerce",
              "User Experience", "Recruitment &amp; HR", "Customer Experience", "Real Estate",
              "Marketing", "Sales", "Retail &amp; Merchandising", "Science", "Supply Chain Management",
              "Future Of Work", "Consulting", "Writing", "Economics", "Artificial Intelligence",
              "Employee Experience", "Workplace Trends", "Fundraising", "Networking",
              "Corporate Social Responsibility", "Negotiation", "Communication", "Engineering",
              "Hospitality &amp; Tourism", "Business Strategy", "Change Management",
              "Organizational Culture", "Design", "Innovation", "Event Planning", "Training &amp; Development"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![*\w])\*([^*]+)\*(?![*\w])", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
               lambda m: '<a href="%s" target="_blank" rel="nofollow noopener" class="link">%s</a>'
               % (m.group(2), m.group(1)), s)
    return s


def parse(path):
    meta, body, comments, more, also = {}, [], [], [], []
    mode = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^([A-Z_]+):\s?(.*)$", line)
        if m and m.group(1) in ("BODY", "COMMENTS", "MORE", "ALSO"):
            mode = m.group(1)
            continue
        if m and mode in (None, "BODY") and m.group(1) in (
                "TITLE", "SLUG", "AUTHOR", "AUTHOR_SLUG", "HEADLINE", "FOLLOWERS", "PUBLISHED",
                "PUBLISHED_ISO", "NEWSLETTER", "NEWSLETTER_DESC", "NEWSLETTER_SUBS", "REACTIONS", "COMMENT_COUNT",
                "COMMENTS", "TAGS"):
            meta[m.group(1)] = m.group(2)
            continue
        if mode == "BODY":
            body.append(line)
        elif mode == "COMMENTS":
            reply = line.startswith(">")
            f = [x.strip() for x in line.lstrip(">").split(" | ")]
            comments.append({"reply": reply, "name": f[0], "headline": " | ".join(f[1:-3]),
                             "ago": f[-3], "likes": f[-2], "text": f[-1]})
        elif mode == "MORE":
            more.append([x.strip() for x in line.split(" | ")])
        elif mode == "ALSO":
            also.append([x.strip() for x in line.split(" | ")])
    return meta, body, comments, more, also


def blocks_html(body, meta):
    """The article's content blocks as LinkedIn's publishing editor serialises them."""
    out, text_block, lst = [], [], None

    def close_list():
        nonlocal lst
        if lst:
            text_block.append("<%s>%s</%s>" % (lst[0], "".join(lst[1]), lst[0]))
            lst = None

    def flush_text():
        close_list()
        if text_block:
            out.append('<div data-test-id="publishing-text-block" class="article-main__content">'
                       + "".join(text_block) + "</div>")
            del text_block[:]

    img_n = 0
    for line in body:
        if line.startswith("== "):
            close_list()
            text_block.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("- "):
            if lst and lst[0] != "ul":
                close_list()
            if not lst:
                lst = ("ul", [])
            lst[1].append("<li>%s</li>" % inline(line[2:]))
        elif re.match(r"^\d+\. ", line):
            if lst and lst[0] != "ol":
                close_list()
            if not lst:
                lst = ("ol", [])
            lst[1].append("<li>%s</li>" % inline(line.split(" ", 1)[1]))
        elif line.startswith("IMG: "):
            flush_text()
            img_n += 1
            out.append(
                '<div data-test-id="publishing-image-block">\n'
                '              <figure class="max-w-full mb-2">\n'
                '                <img class="max-w-full block mx-auto" data-delayed-url="%s/D4D12AQG7s0xKpTq3Vw/article-inline_image-shrink_1500_2232/article-inline_image-shrink_1500_2232/0/1755998741093?e=2147483647&amp;v=beta&amp;t=Qm3rV0aQ1pJmXh9yTq_6cWsLr2N4uYbE8oZkD7fHiGA" alt="%s">\n'
                '                <figcaption class="text-sm text-color-text-low-emphasis text-center mt-1">%s</figcaption>\n'
                '              </figure>\n'
                '            </div>' % (MEDIA, attr(line[5:]), inline(line[5:])))
        else:
            close_list()
            text_block.append("<p>%s</p>" % inline(line))
    tags = meta["TAGS"].split()
    links = " ".join(
        '<a class="app-aware-link" href="https://www.linkedin.com/feed/hashtag/?keywords=%s&amp;trk=%s_little-text-block" target="_self" data-tracking-control-name="%s_little-text-block" data-tracking-will-navigate>#%s</a>'
        % (t.lower(), TRK, TRK, t) for t in tags)
    text_block.append("<p>%s</p>" % links)
    flush_text()
    return "\n            ".join(out)


def code_island(cid, value):
    return '<code style="display: none" id="%s"><!--%s--></code>' % (cid, json.dumps(value))


def build():
    meta, body, comments, more, also = parse(SRC)
    title, author = meta["TITLE"], meta["AUTHOR"]
    url = "https://www.linkedin.com/pulse/%s" % meta["SLUG"]
    profile = "https://in.linkedin.com/in/%s" % meta["AUTHOR_SLUG"]
    nl_url = "https://www.linkedin.com/newsletters/polity-decoded-7186043921187262464"
    first_para = re.sub(r"\*", "", body[0])
    desc = first_para[:157].rsplit(" ", 1)[0] + "\u2026"
    ld = {
        "@context": "http://schema.org", "@type": "Article", "name": title, "headline": title,
        "author": {"@type": "Person", "name": author, "url": profile},
        "datePublished": meta["PUBLISHED_ISO"], "dateModified": meta["PUBLISHED_ISO"],
        "image": {"@type": "ImageObject",
                  "url": MEDIA + "/D4D12AQFk2w8hN1cYtA/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1755998514211?e=2147483647&v=beta&t=a0Hx1Zr5qV8lL2mPw9nBtCkJ7sYdU3eRfO4gI6hTqWE"},
        "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.com",
                      "logo": {"@type": "ImageObject",
                               "url": STATIC + "/bjcn4vdznpzjydhywfetjdw5f"}},
        "url": url, "mainEntityOfPage": url,
        "isPartOf": {"@type": "CreativeWorkSeries", "name": meta["NEWSLETTER"], "url": nl_url},
        "commentCount": int(meta["COMMENT_COUNT"]),
        "interactionStatistic": [{"@type": "InteractionCounter",
                                  "interactionType": "http://schema.org/LikeAction",
                                  "userInteractionCount": int(meta["REACTIONS"])},
                                 {"@type": "InteractionCounter",
                                  "interactionType": "http://schema.org/CommentAction",
                                  "userInteractionCount": int(meta["COMMENT_COUNT"])}],
    }
    H = []
    w = H.append
    w('<!DOCTYPE html>')
    w('<html lang="en">')
    w('  <head>')
    w('    <meta name="pageKey" content="d_flagship2_pulse_read_public">')
    w('<!----><!---->    <meta name="linkedin:pageTag" content="newsletter">')
    w('    <meta name="locale" content="en_US">')
    w('    <meta id="config" data-app-version="2.0.2718" data-call-tree-id="AAY9A3nq4v4T0b2mVZ1JxQ==" data-multiproduct-name="article-ssr-frontend" data-service-name="article-ssr-frontend" data-browser-id="8d1c7f7e-43a2-4c6b-9a0e-2b61f3c5d9aa" data-enable-page-view-heartbeat-tracking data-page-instance="urn:li:page:d_flagship2_pulse_read_public;Vb3qA9tqQ0m1hFxk0p2S7w==" data-disable-jsbeacon-pagekey-suffix="false" data-member-id="0" data-should-use-full-url-in-pve-path="true" data-dna-member-lix-treatment="enabled" data-human-member-lix-treatment="enabled" data-dfp-member-lix-treatment="control" data-sync-apfc-headers-lix-treatment="control" data-sync-apfc-cb-lix-treatment="control" data-recaptcha-v3-integration-lix-value="control" data-is-edge-proxy-enabled="false">')
    w('')
    w('    <link rel="canonical" href="%s">' % url)
    w('<!----><!---->')
    w('<!---->')
    w('<!---->')
    w('      <meta property="al:android:url" content="%s">' % url)
    w('      <meta property="al:android:package" content="com.linkedin.android">')
    w('      <meta property="al:android:app_name" content="LinkedIn">')
    w('      <meta property="al:ios:url" content="%s">' % url)
    w('      <meta property="al:ios:app_store_id" content="288429040">')
    w('      <meta property="al:ios:app_name" content="LinkedIn">')
    w('<!---->')
    w('    <link rel="icon" href="%s/al2o9zrvru7aqj8e1x2rzsrca">' % STATIC)
    w('      <script>')
    w('        function getDfd() {let yFn,nFn;const p=new Promise(function(y, n){yFn=y;nFn=n;});p.resolve=yFn;p.reject=nFn;return p;}')
    w('        window.lazyloader = getDfd();')
    w('        window.tracking = getDfd();')
    w('        window.impressionTracking = getDfd();')
    w('        window.ingraphTracking = getDfd();')
    w('        window.appDetection = getDfd();')
    w('        window.pemTracking = getDfd();')
    w('        window.appRedirect = getDfd();')
    w('      </script>')
    w('<!---->')
    w('    <title>%s | LinkedIn</title>' % esc(title))
    w('    <meta name="description" content="%s">' % attr(desc))
    w('    <meta property="og:title" content="%s">' % attr(title))
    w('    <meta property="og:description" content="%s">' % attr(desc))
    w('    <meta property="og:image" content="%s">' % attr(ld["image"]["url"]))
    w('    <meta property="og:type" content="article">')
    w('    <meta property="og:url" content="%s">' % url)
    w('    <meta property="article:published_time" content="%s">' % meta["PUBLISHED_ISO"])
    w('    <meta name="twitter:card" content="summary_large_image">')
    w('    <meta name="twitter:site" content="@linkedin">')
    w('    <meta name="twitter:title" content="%s">' % attr(title))
    w('    <meta name="twitter:description" content="%s">' % attr(desc))
    w('    <meta name="twitter:image" content="%s">' % attr(ld["image"]["url"]))
    w('    <meta name="litmsProfileName" content="article-ssr-frontend">')
    w('    <link rel="stylesheet" href="%s/4obylpm53fupdy4d2vrspbz4d">' % STATIC)
    w('    <script type="application/ld+json">')
    w('      ' + json.dumps(ld, separators=(",", ":")).replace("/", "\\/"))
    w('    </script>')
    w('  </head>')
    w('  <body dir="ltr">')
    w('<!----><!----><!---->')
    w('    <a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">')
    w('      Skip to main content')
    w('    </a>')
    w('    <header class="header base-container-header z-[1]">')
    w('      <nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5" aria-label="Primary">')
    w('        <a href="https://www.linkedin.com/?trk=%s_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto babymamabear:z-0 hover:no-underline focus:no-underline active:no-underline" data-tracking-control-name="%s_nav-header-logo" data-tracking-will-navigate>' % (TRK, TRK))
    w('            <span class="sr-only">LinkedIn</span>')
    w('            <icon class="block text-color-brand w-[102px] h-[26px] babybear:hidden" data-delayed-url="%s/8fkga714vy9b2wk5auqo5reeb" data-svg-class-name="h-[26px] w-[102px]"></icon>' % STATIC)
    w('            <icon class="nav-logo--inbug hidden text-color-brand babybear:flex" data-delayed-url="%s/4zqr0f9jf98vi2nkijyc3bex2" data-svg-class-name="h-[34px] w-[34px]"></icon>' % STATIC)
    w('        </a>')
    w('<!---->')
    w('          <ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between mamabear:pl-0 mamabear:justify-between papabear:pl-0">')
    for label, path, icon in (("Articles", "https://www.linkedin.com/pulse/topics/home/", "7kb6sn3tm4cx918cx9a5jlb0"),
                              ("People", "https://www.linkedin.com/pub/dir/+/+", "6nxxalhqmecfzg5k0xl9ejmfq"),
                              ("Learning", "https://www.linkedin.com/learning/search", "1ng79ipmfcihjl7dsojwe9tpt"),
                              ("Jobs", "https://www.linkedin.com/jobs/search", "psfz1xvd2uvucmbmmmf6gpkm"),
                              ("Games", "https://www.linkedin.com/games", "2sh9ta0ss1yuq29eqrp3u69wd"),
                              ("Get the app", "ms-windows-store://pdp/?ProductId=9WZDNCRFJ4Q7&amp;mode=mini&amp;cid=guest_nav_upsell", "3x4ag2kxdmc7pfmlc7rt9rzb4")):
        w('              <li class="top-nav-menu__item">')
        w('                <a href="%s?trk=%s_guest_nav_menu_%s" data-tracking-control-name="%s_guest_nav_menu_%s" data-tracking-will-navigate class="top-nav-link flex justify-center items-center h-[52px] hover:text-color-text visited:hover:text-color-text hover:no-underline papabear:flex-col papabear:mx-1">' % (path, TRK, slug(label).replace("-", "_"), TRK, slug(label).replace("-", "_")))
        w('                  <icon class="top-nav-link__icon flex h-3 w-3 flex-shrink-0 justify-center" data-delayed-url="%s/%s"></icon>' % (STATIC, icon))
        w('                  <span class="top-nav-link__label-text font-sans text-xs leading-regular text-center font-regular whitespace-nowrap">%s</span>' % label)
        w('                </a>')
        w('              </li>')
    w('          </ul>')
    w('        <div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2 babymamabear:min-w-[50px]">')
    w('            <a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_nav-header-join" data-tracking-control-name="%s_nav-header-join" data-tracking-will-navigate data-test-live-nav-primary-cta>' % (attr(url), TRK, TRK))
    w('              Join now')
    w('            </a>')
    w('          <a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/uas/login?session_redirect=%s&amp;fromSignIn=true&amp;trk=%s_nav-header-signin" data-tracking-control-name="%s_nav-header-signin" data-tracking-will-navigate data-test-live-nav-secondary-cta>' % (attr(url), TRK, TRK))
    w('              Sign in')
    w('          </a>')
    w('        </div>')
    w('      </nav>')
    w('    </header>')
    w('')
    w('    <main id="main-content" class="main papabear:flex papabear:w-content-max-w papabear:mx-auto papabear:pt-desktop-content-top-margin mamabear:pt-desktop-content-top-margin" role="main">')
    w('      <section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] mamabear:px-mobile-container-padding babybear:max-w-[790px] babybear:px-mobile-container-padding">')
    w('        <article class="article-main relative">')
    w('          <figure class="cover-img">')
    w('            <div class="cover-img__image-frame relative w-full overflow-hidden pb-[calc((134/782)*100%)]">')
    w('              <div class="cover-img__image-position absolute top-0 right-0 bottom-0 left-0">')
    w('                <img class="cover-img__image relative w-full h-full object-cover" data-delayed-url="%s" alt="">' % attr(ld["image"]["url"]))
    w('              </div>')
    w('            </div>')
    w('          </figure>')
    w('          <header class="mt-3 papabear:mt-4">')
    w('            <div class="newsletter-strip flex items-center mb-2" data-test-id="series-lockup">')
    w('              <a href="%s?trk=%s_series-lockup" class="flex-shrink-0" data-tracking-control-name="%s_series-lockup" data-tracking-will-navigate>' % (nl_url, TRK, TRK))
    w('                <img class="inline-block relative w-6 h-6 rounded-[2px]" data-delayed-url="%s/D4D12AQHrN3v9k2LwPg/series-logo_image-shrink_100_100/series-logo_image-shrink_100_100/0/1712811065301?e=2147483647&amp;v=beta&amp;t=3pVYmrbTz0nH8aW1dLxqk5hS2uJc7GfXe9oRiMvNwKs" alt="%s">' % (MEDIA, attr(meta["NEWSLETTER"])))
    w('              </a>')
    w('              <div class="ml-1 flex-1 min-w-0">')
    w('                <h2 class="text-md font-bold text-color-text truncate"><a href="%s?trk=%s_series-title" class="text-color-text hover:underline" data-tracking-control-name="%s_series-title" data-tracking-will-navigate>%s</a></h2>' % (nl_url, TRK, TRK, esc(meta["NEWSLETTER"])))
    w('                <p class="text-sm text-color-text-low-emphasis">Weekly newsletter</p>')
    w('                <p class="text-sm text-color-text-low-emphasis">%s</p>' % meta["NEWSLETTER_SUBS"])
    w('              </div>')
    w('              <a class="btn-sm btn-secondary-emphasis ml-1" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_series-subscribe" data-tracking-control-name="%s_series-subscribe" data-tracking-will-navigate>' % (attr(nl_url), TRK, TRK))
    w('                Subscribe')
    w('              </a>')
    w('            </div>')
    w('            <div class="ellipsis-menu absolute right-0 top-0 !mr-1">')
    w('              <div class="collapsible-dropdown flex items-center relative hyphens-auto">')
    w('                <button class="ellipsis-menu__trigger collapsible-dropdown__button btn-md btn-tertiary cursor-pointer !py-[6px] !px-1 flex items-center rounded-[50%%]" aria-expanded="false" aria-label="Open menu" data-tracking-control-name="%s_ellipsis-menu-trigger" tabindex="0">' % TRK)
    w('                  <icon class="ellipsis-menu__trigger-icon m-0 p-0 centered-icon" data-delayed-url="%s/671xosfpvk4c0kqtyl87hashi"></icon>' % STATIC)
    w('                </button>')
    w('                <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-auto top-[100%]" role="menu" tabindex="-1">')
    w('                  <li class="ellipsis-menu__item border-t-1 border-solid border-color-border-low-emphasis first-of-type:border-none flex">')
    w('                    <a href="https://www.linkedin.com/uas/login?fromSignIn=true&amp;session_redirect=%s&amp;trk=%s_ellipsis-menu-semaphore-sign-in-redirect&amp;guestReportContentType=PONCHO_ARTICLE" data-tracking-control-name="%s_ellipsis-menu-semaphore-sign-in-redirect" data-tracking-will-navigate data-item-type="semaphore" data-semaphore-content-type="PONCHO_ARTICLE" class="semaphore__toggle visited:text-color-text-secondary ellipsis-menu__semaphore ellipsis-menu__item-button flex items-center w-full p-1 cursor-pointer font-sans text-sm font-bold link-styled focus:link-styled link:no-underline active:bg-color-background-container-tint focus:bg-color-background-container-tint hover:bg-color-background-container-tint outline-offset-[-2px]">' % (attr(url), TRK, TRK))
    w('                      <icon class="ellipsis-menu__item-icon text-color-text h-[24px] w-[24px] mr-1" data-delayed-url="%s/iq0x9q37wj214o129ai1yjut"></icon>' % STATIC)
    w('                      Report this article')
    w('                    </a>')
    w('                  </li>')
    w('                </ul>')
    w('              </div>')
    w('            </div>')
    w('            <h1 class="pulse-title text-display-lg font-bold text-color-text mb-2 break-words">')
    w('              %s' % esc(title))
    w('            </h1>')
    w('            <div class="base-main-card flex flex-wrap py-1.5 pr-2 babybear:pr-0 base-main-card--link main-author-card" data-test-id="main-author-card">')
    w('              <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="%s?trk=%s_publisher-author-card" data-tracking-control-name="%s_publisher-author-card" data-tracking-will-navigate>' % (profile, TRK, TRK))
    w('                <span class="sr-only">')
    w('                  %s' % esc(author))
    w('                </span>')
    w('              </a>')
    w('              <div class="base-main-card__media relative w-[56px] h-[56px] mr-1 flex-shrink-0">')
    w('                <img class="inline-block relative rounded-[50%%] w-6 h-6" data-delayed-url="%s/D4D03AQE5sY1mK3b0Pw/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1698139204427?e=2147483647&amp;v=beta&amp;t=pL0fXc2mV8bWq1Yz4nKd7sH3rJtG6uE9iO5aFcNxRhs" alt="%s">' % (MEDIA, attr(author)))
    w('              </div>')
    w('              <div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">')
    w('                <h3 class="base-main-card__title font-sans text-md font-bold text-color-text overflow-hidden">')
    w('                  %s' % esc(author))
    w('                </h3>')
    w('                <h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">')
    w('                  %s' % esc(meta["HEADLINE"]))
    w('                </h4>')
    w('                <div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis">')
    w('                  <span class="base-main-card__metadata-item">%s</span>' % meta["FOLLOWERS"])
    w('                </div>')
    w('              </div>')
    w('              <button class="follow-button btn-sm btn-secondary-emphasis min-h-[32px] z-[3] papabear:ml-1" data-tracking-control-name="%s_publisher-author-card-follow" data-modal="public_post_follow-cta-modal">' % TRK)
    w('                <icon class="btn-sm__icon" data-delayed-url="%s/7x5j3x5stopf7ogyvzx3rb5ew"></icon>' % STATIC)
    w('                <span class="follow">Follow</span>')
    w('              </button>')
    w('            </div>')
    w('            <div class="flex items-center text-sm text-color-text-low-emphasis">')
    w('              <time class="text-sm">Published %s</time>' % meta["PUBLISHED"])
    w('            </div>')
    w('          </header>')
    w('          <div class="article-main__content px-0.5" data-test-id="article-content-blocks">')
    w('            ' + blocks_html(body, meta))
    w('          </div>')
    # newsletter card after the body
    w('          <section class="newsletter-card container-lined p-2 my-3 flex flex-col" data-test-id="series-card">')
    w('            <div class="flex items-center">')
    w('              <img class="w-6 h-6 rounded-[2px] flex-shrink-0" data-delayed-url="%s/D4D12AQHrN3v9k2LwPg/series-logo_image-shrink_100_100/series-logo_image-shrink_100_100/0/1712811065301?e=2147483647&amp;v=beta&amp;t=3pVYmrbTz0nH8aW1dLxqk5hS2uJc7GfXe9oRiMvNwKs" alt="">' % MEDIA)
    w('              <div class="ml-1.5">')
    w('                <h3 class="text-lg font-bold text-color-text">%s</h3>' % esc(meta["NEWSLETTER"]))
    w('                <p class="text-sm text-color-text">%s</p>' % esc(meta["NEWSLETTER_DESC"]))
    w('                <p class="text-sm text-color-text-low-emphasis">%s</p>' % meta["NEWSLETTER_SUBS"])
    w('              </div>')
    w('            </div>')
    w('            <a class="btn-md btn-secondary-emphasis mt-2 self-start" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_series-card-subscribe" data-tracking-control-name="%s_series-card-subscribe" data-tracking-will-navigate>' % (attr(nl_url), TRK, TRK))
    w('              Subscribe')
    w('            </a>')
    w('          </section>')
    w('          <div class="social-details flex items-center justify-between py-1 border-b-1 border-solid border-color-border-faint">')
    w('            <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_likes-count_social-actions-reactions" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" data-tracking-control-name="%s_x-social-details_likes-count_social-actions-reactions" data-tracking-will-navigate data-test-id="social-actions__reactions" data-id="social-actions__reactions" data-num-reactions="%s" data-singular="%%numReactions%%" data-plural="%%numReactions%%">' % (attr(url), TRK, TRK, meta["REACTIONS"]))
    for i, rid in enumerate(("8ekq8gho1ruaf8i7f86vd1ftt", "b1dl5jk88euc7e9ri50xy5qo8", "cryzkreqrh52ja5bc6njlrupa")):
        w('              <img alt="" src="%s/%s" height="16" width="16" data-reaction-type="%s" class="inline-block ml-[-4px] first:ml-0 rounded-[50%%] border-1 border-solid border-color-background-container-inverse">' % (STATIC, rid, ("LIKE", "INTEREST", "PRAISE")[i]))
    w('              <span aria-hidden="true" class="font-normal ml-0.5" data-test-id="social-actions__reaction-count">')
    w('                %s' % meta["REACTIONS"])
    w('              </span>')
    w('                <span class="sr-only">%s Reactions</span>' % meta["REACTIONS"])
    w('            </a>')
    w('            <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" data-tracking-control-name="%s_x-social-details_comments" data-tracking-will-navigate data-test-id="social-actions__comments" data-id="social-actions__comments" data-num-comments="%s" data-singular="%%numComments%% Comment" data-plural="%%numComments%% Comments">' % (attr(url), TRK, TRK, meta["COMMENT_COUNT"]))
    w('              %s Comments' % meta["COMMENT_COUNT"])
    w('            </a>')
    w('          </div>')
    w('          <div class="social-action-bar flex justify-around">')
    for label, ic in (("Like", "2tzoeodxy0zug4455msr0oq0v"), ("Comment", "2pg5qc8p2mx7t0rghi2ovp4a0"), ("Share", "cyolgscd0imw2ldqppkrb84vo")):
        w('            <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_%s-cta" class="flex items-center justify-center flex-1 py-1.5 text-color-text-low-emphasis font-semibold !no-underline" data-tracking-control-name="%s_x-social-details_%s-cta" data-tracking-will-navigate>' % (attr(url), TRK, label.lower(), TRK, label.lower()))
        w('              <icon class="mr-0.5" data-delayed-url="%s/%s"></icon>' % (STATIC, ic))
        w('              %s' % label)
        w('            </a>')
    w('          </div>')
    w('          ' + code_island("social-details-props", {"numReactions": int(meta["REACTIONS"]), "numComments": int(meta["COMMENT_COUNT"]), "threadUrn": "urn:li:article:7365219043170852864"}))
    # comments
    w('          <section class="comments mt-2" data-test-id="comments">')
    for c in comments:
        cls = "comment flex grow-1 items-stretch pt-1.5" + (" pl-[44px]" if c["reply"] else "")
        w('            <section class="%s" data-id="urn:li:comment:(urn:li:article:7365219043170852864,%d)">' % (cls, 7365300000000000000 + len(c["text"]) * 7919))
        w('              <a href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-image" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-image" data-tracking-will-navigate class="comment__avatar">' % (slug(c["name"]), TRK, TRK))
        w('                <img class="inline-block relative rounded-[50%%] w-4 h-4" data-delayed-url="%s/C5603AQ%s/profile-displayphoto-shrink_100_100/0/1690000000000?e=2147483647&amp;v=beta" alt="%s">' % (MEDIA, slug(c["name"]).replace("-", "")[:11], attr(c["name"])))
        w('              </a>')
        w('              <div class="comment__body flex-grow ml-0.5 mb-1.5 min-w-0">')
        w('                <div class="comment__header bg-color-background-container-tint rounded-t-md pt-1 px-1.5 relative">')
        w('                  <a class="text-sm link-styled no-underline leading-open comment__author truncate pr-6" href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-name" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-name" data-tracking-will-navigate>' % (slug(c["name"]), TRK, TRK))
        w('                    %s' % esc(c["name"]))
        w('                  </a>')
        w('                  <p class="!text-xs text-color-text-low-emphasis leading-[1.33333] mb-0.5 truncate comment__author-headline">%s</p>' % esc(c["headline"]))
        w('                  <span class="text-xs text-color-text-low-emphasis absolute right-1.5 top-1 comment__duration-since">%s</span>' % c["ago"])
        w('                </div>')
        w('                <div class="comment__content bg-color-background-container-tint rounded-b-md px-1.5 pb-1">')
        w('                  <p class="attributed-text-segment-list__content comment__text text-color-text !text-sm whitespace-pre-wrap break-words" dir="ltr">%s</p>' % inline(c["text"]))
        w('                </div>')
        w('                <div class="comment__actions flex items-baseline font-sans text-xs text-color-text-low-emphasis">')
        w('                  <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments-action_comment_like" class="font-semibold mx-1" data-tracking-control-name="%s_x-social-details_comments-action_comment_like" data-tracking-will-navigate>Like</a>' % (attr(url), TRK, TRK))
        w('                  <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments-action_comment_reply" class="font-semibold mx-1" data-tracking-control-name="%s_x-social-details_comments-action_comment_reply" data-tracking-will-navigate>Reply</a>' % (attr(url), TRK, TRK))
        w('                  <span class="comment__reactions-count">%s Reactions</span>' % c["likes"])
        w('                </div>')
        w('              </div>')
        w('            </section>')
    w('          </section>')
    w('          <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments_see-more" class="btn-md btn-secondary-emphasis w-full mt-1" data-tracking-control-name="%s_x-social-details_comments_see-more" data-tracking-will-navigate>' % (attr(url), TRK, TRK))
    w('            See more comments')
    w('          </a>')
    w('          <p class="text-sm text-color-text mt-2 text-center">')
    w('            To view or add a comment, <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments_signin" class="link" data-tracking-control-name="%s_x-social-details_comments_signin" data-tracking-will-navigate>sign in</a>' % (attr(url), TRK, TRK))
    w('          </p>')
    w('        </article>')
    # more articles
    w('        <section class="more-articles container-lined mt-3 p-2" data-test-id="more-articles">')
    w('          <h2 class="text-lg font-semibold mb-1.5">More articles by %s</h2>' % esc(author))
    w('          <ul class="show-more-less__list grid grid-cols-3 babymamabear:grid-cols-1 gap-2">')
    for t, d, r, cm in more:
        w('            <li>')
        w('              <div class="base-card relative w-full hover:no-underline focus:no-underline base-card--link base-main-card flex flex-wrap">')
        w('                <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://www.linkedin.com/pulse/%s-%s?trk=%s_more-articles_related-content-card" data-tracking-control-name="%s_more-articles_related-content-card" data-tracking-will-navigate>' % (slug(t)[:60].strip("-"), slug(author), TRK, TRK))
        w('                  <span class="sr-only">%s</span>' % esc(t))
        w('                </a>')
        w('                <img class="w-full rounded-t-md" data-delayed-url="%s/D4D12AQ%s/article-cover_image-shrink_423_752/0/1700000000000?e=2147483647&amp;v=beta" alt="">' % (MEDIA, slug(t).replace("-", "")[:12]))
        w('                <div class="base-main-card__info px-1 pb-1">')
        w('                  <h3 class="base-main-card__title font-sans text-md font-bold text-color-text line-clamp-2">%s</h3>' % esc(t))
        w('                  <div class="base-main-card__metadata text-sm text-color-text-low-emphasis">')
        w('                    <span class="base-main-card__metadata-item">%s</span>' % d)
        w('                  </div>')
        w('                  <div class="flex items-center text-xs text-color-text-low-emphasis mt-0.5">')
        w('                    <img alt="" src="%s/8ekq8gho1ruaf8i7f86vd1ftt" height="16" width="16"> <span class="ml-0.5">%s</span>' % (STATIC, r))
        w('                    <span class="ml-1">%s Comments</span>' % cm)
        w('                  </div>')
        w('                </div>')
        w('              </div>')
        w('            </li>')
    w('          </ul>')
    w('          <a href="https://in.linkedin.com/in/%s/recent-activity/articles/?trk=%s_more-articles_see-all" class="btn-md btn-tertiary mt-1" data-tracking-control-name="%s_more-articles_see-all" data-tracking-will-navigate>See all articles</a>' % (meta["AUTHOR_SLUG"], TRK, TRK))
    w('        </section>')
    w('      </section>')
    w('      <section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter mamabear:max-w-[790px] mamabear:px-mobile-container-padding babybear:max-w-[790px] babybear:px-mobile-container-padding">')
    w('        <section class="aside-section-container mb-4">')
    w('          <h2 class="aside-section-container__title section-title">Others also viewed</h2>')
    w('          <div class="aside-section-container__content break-words">')
    w('            <ul class="aside-profiles-list">')
    for t, a, ago in also:
        w('              <li>')
        w('                <a href="https://www.linkedin.com/pulse/%s?trk=%s_article-card_others-also-viewed" class="base-aside-card base-aside-card--link" data-tracking-control-name="%s_article-card_others-also-viewed" data-tracking-will-navigate>' % (slug(t)[:60].strip("-"), TRK, TRK))
        w('                  <div class="base-aside-card__info">')
        w('                    <h3 class="base-aside-card__title font-sans text-md font-bold text-color-text">%s</h3>' % esc(t))
        w('                    <p class="base-aside-card__subtitle text-sm text-color-text-low-emphasis">%s <span aria-hidden="true">&#183;</span> %s</p>' % (esc(a), ago))
        w('                  </div>')
        w('                </a>')
        w('              </li>')
    w('            </ul>')
    w('          </div>')
    w('        </section>')
    w('        <section class="aside-section-container mb-4">')
    w('          <h2 class="aside-section-container__title section-title">Explore content categories</h2>')
    w('          <div class="aside-section-container__content break-words">')
    w('            <ul class="show-more-less__list show-more-less__list--hide-after-10" data-impression-id="%s_show-more-less">' % TRK)
    for c in CATEGORIES:
        w('              <li><a class="link-styled font-sans text-md font-semibold" href="https://www.linkedin.com/pulse/topics/%s/?trk=%s_explore-content" data-tracking-control-name="%s_explore-content" data-tracking-will-navigate>%s</a></li>' % (slug(html.unescape(c)), TRK, TRK, c))
    w('            </ul>')
    w('            <button class="show-more-less__button show-more-less__more-button show-more-less-button" aria-expanded="false" data-tracking-control-name="%s_show-more-less">Show more</button>' % TRK)
    w('            <button class="show-more-less__button show-more-less__less-button show-more-less-button show-more-less__button--hide" aria-expanded="false" data-tracking-control-name="%s_show-more-less">Show less</button>' % TRK)
    w('          </div>')
    w('        </section>')
    w('      </section>')
    w('    </main>')
    # footer
    w('    <footer class="li-footer bg-transparent w-full">')
    w('      <ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px] my-[0px] mx-auto py-3 px-2 papabear:w-[1128px] papabear:p-0">')
    w('        <li class="li-footer__item font-sans text-xs text-color-text-solid-secondary flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
    w('          <span class="sr-only">LinkedIn</span>')
    w('          <icon class="li-footer__copy-logo text-color-logo-brand-alt inline-block self-center h-[14px] w-[56px] mr-1" data-delayed-url="%s/5mebydpuuijm3uhv1q375inqh"></icon>' % STATIC)
    w('          <span class="li-footer__copy-text flex items-center">&copy; 2025</span>')
    w('        </li>')
    for label, href, key in (("About", "https://about.linkedin.com", "about"),
                             ("Accessibility", "https://www.linkedin.com/accessibility", "accessibility"),
                             ("User Agreement", "https://www.linkedin.com/legal/user-agreement", "user-agreement"),
                             ("Privacy Policy", "https://www.linkedin.com/legal/privacy-policy", "privacy-policy"),
                             ("Your California Privacy Choices", "https://www.linkedin.com/legal/california-privacy-disclosure", "ccpa-optout"),
                             ("Cookie Policy", "https://www.linkedin.com/legal/cookie-policy", "cookie-policy"),
                             ("Copyright Policy", "https://www.linkedin.com/legal/copyright-policy", "copyright-policy"),
                             ("Brand Policy", "https://brand.linkedin.com/policies", "brand-policy"),
                             ("Guest Controls", "https://www.linkedin.com/psettings/guest-controls", "guest-controls"),
                             ("Community Guidelines", "https://www.linkedin.com/legal/professional-community-policies", "community-guide")):
        w('        <li class="li-footer__item font-sans text-xs text-color-text-solid-secondary flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
        w('          <a class="li-footer__item-link flex items-center font-sans text-xs font-bold text-color-text-solid-secondary hover:text-color-link-hover focus:text-color-link-focus" href="%s?trk=d_flagship2_pulse_read_public-footer-%s" data-tracking-control-name="d_flagship2_pulse_read_public-footer-%s" data-tracking-will-navigate>' % (href, key, key))
        w('            %s' % label)
        w('          </a>')
        w('        </li>')
    w('        <li class="li-footer__item font-sans text-xs text-color-text-solid-secondary flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
    w('          <div class="collapsible-dropdown collapsible-dropdown--footer collapsible-dropdown--up flex items-center relative hyphens-auto language-selector z-2">')
    w('            <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-[100%] top-auto" role="menu" tabindex="-1">')
    for code, name in LANGS:
        cls = "language-selector__link !font-regular" + (" !font-bold" if code == "en_US" else "")
        w('                <li class="language-selector__item" role="presentation">')
        w('                  <button aria-label="%s" aria-current="%s" class="%s" data-tracking-control-name="language-selector-%s" data-locale="%s" role="menuitem" lang="%s">' % (attr(name), "true" if code == "en_US" else "false", cls, code, code, code))
        w('                    %s' % name)
        w('                  </button>')
        w('                </li>')
    w('            </ul>')
    w('            <button class="language-selector__button select-none relative pr-2 font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover hover:cursor-pointer focus:text-color-link-focus focus:outline-dotted focus:outline-1" aria-expanded="false" data-tracking-control-name="footer-lang-dropdown_trigger">')
    w('              <span class="language-selector__label-text mr-0.5 break-words">')
    w('                Language')
    w('              </span>')
    w('              <icon class="language-selector__label-chevron w-2 h-2 absolute top-0 right-0" data-delayed-url="%s/cyolgscd0imw2ldqppkrb84vo"></icon>' % STATIC)
    w('            </button>')
    w('          </div>')
    w('        </li>')
    w('      </ul>')
    w('    </footer>')
    # contextual sign-in modal
    w('    <div class="contextual-sign-in-modal base-contextual-sign-in-modal" data-impression-id="%s_contextual-sign-in-modal" data-cool-off-enabled data-show-on-page-load>' % TRK)
    w('      <div class="modal modal--contextual-sign-in" data-outlet="base-contextual-sign-in-modal">')
    w('        <div class="modal__overlay flex items-center bg-color-background-scrim justify-center fixed bottom-0 left-0 right-0 top-0 opacity-0 invisible pointer-events-none z-[1000] transition-[opacity] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.17s] py-4" aria-hidden="true">')
    w('          <section aria-modal="true" role="dialog" aria-labelledby="base-contextual-sign-in-modal-modal-header" tabindex="-1" class="max-h-full modal__wrapper overflow-auto p-0 bg-color-surface max-w-[1128px] min-h-[160px] relative scale-[0.25] shadow-sm shadow-color-border-faint transition-[transform] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.33s] focus:outline-0 w-[1128px] mamabear:w-[744px] babybear:w-[360px] rounded-md">')
    w('            <button class="modal__dismiss btn-tertiary h-[40px] w-[40px] p-0 rounded-full indent-0 contextual-sign-in-modal__modal-dismiss absolute right-0 m-[20px] cursor-pointer" aria-label="Dismiss" data-tracking-control-name="%s_contextual-sign-in-modal_modal_dismiss">' % TRK)
    w('              <icon class="contextual-sign-in-modal__modal-dismiss-icon" data-delayed-url="%s/gs508lg3t2o81tq7pmcgn6m2"></icon>' % STATIC)
    w('            </button>')
    w('            <div class="modal__main w-full">')
    w('              <div class="contextual-sign-in-modal__screen contextual-sign-in-modal__context-screen flex flex-col my-4 mx-3">')
    w('                <img class="inline-block relative w-16 h-16 contextual-sign-in-modal__img m-auto" data-delayed-url="%s/dbvmk0tsk0o0hd59fi64z3own" alt="">' % STATIC)
    w('                <h2 class="contextual-sign-in-modal__context-screen-title font-sans text-xl text-color-text my-3 mx-4 text-center" id="base-contextual-sign-in-modal-modal-header">')
    w('                  Sign in to view more content')
    w('                </h2>')
    w('                <p class="contextual-sign-in-modal__subtitle text-center">Create your free account or sign in to continue your search</p>')
    w('                <div class="contextual-sign-in-modal__btn-container m-auto w-[320px] babybear:w-full">')
    w('                  <div class="sign-in-modal" data-impression-id="%s_contextual-sign-in-modal_sign-in-modal">' % TRK)
    w('                    <button class="sign-in-modal__outlet-btn cursor-pointer btn-md btn-primary btn-secondary" data-tracking-client-ingraph data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_outlet-button" data-modal="base-sign-in-modal">' % TRK)
    w('                      Sign in')
    w('                    </button>')
    w('                    <div class="modal modal--sign-in" data-outlet="base-sign-in-modal">')
    w('                      <div class="modal__overlay" aria-hidden="true">')
    w('                        <section aria-modal="true" role="dialog" aria-labelledby="base-sign-in-modal_modal-header" tabindex="-1" class="max-h-full modal__wrapper overflow-auto p-0 bg-color-surface max-w-[1128px] min-h-[160px] relative rounded-md w-[512px] babybear:w-[360px]">')
    w('                          <div class="modal__main w-full">')
    w('                            <div class="sign-in-modal__screen flex flex-col py-4 w-[513px] babybear:w-full px-3">')
    w('                              <h2 class="sign-in-modal__header font-sans text-display-md text-color-text">Welcome back</h2>')
    w('                              <form data-id="sign-in-form" action="https://www.linkedin.com/uas/login-submit" method="post" novalidate class="mt-1.5 mb-2">')
    w('                                <input name="loginCsrfParam" value="e3f0c2a1-7b8d-4a61-8f2e-0d9c5b7a3e14" type="hidden">')
    w('                                <div class="flex flex-col">')
    w('                                  <div class="mt-1.5" data-js-module-id="guest-input">')
    w('                                    <div class="flex flex-col">')
    w('                                      <label class="input-label mb-1" for="base-sign-in-modal_session_key">')
    w('                                        Email or phone')
    w('                                      </label>')
    w('                                      <input class="text-color-text font-sans text-md outline-0 bg-color-transparent grow" autocomplete="username" id="base-sign-in-modal_session_key" name="session_key" required data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_sign-in-session-key" type="text">' % TRK)
    w('                                    </div>')
    w('                                  </div>')
    w('                                  <div class="mt-1.5" data-js-module-id="guest-input">')
    w('                                    <div class="flex flex-col">')
    w('                                      <label class="input-label mb-1" for="base-sign-in-modal_session_password">')
    w('                                        Password')
    w('                                      </label>')
    w('                                      <input class="text-color-text font-sans text-md outline-0 bg-color-transparent grow" autocomplete="current-password" id="base-sign-in-modal_session_password" name="session_password" required data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_sign-in-password" type="password">' % TRK)
    w('                                      <button aria-live="assertive" aria-relevant="text" data-id="sign-in-form__password-visibility-toggle" class="font-sans text-md font-bold text-color-action z-10 ml-[12px] hover:cursor-pointer" aria-label="Show your LinkedIn password" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_sign-in-password-visibility-toggle-btn" type="button">Show</button>' % TRK)
    w('                                    </div>')
    w('                                  </div>')
    w('                                </div>')
    w('                                <a class="font-sans text-md font-bold link leading-regular sign-in-form__forgot-password" href="https://www.linkedin.com/uas/request-password-reset?trk=%s_contextual-sign-in-modal_sign-in-modal_forgot_password" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_forgot_password" data-tracking-will-navigate>Forgot password?</a>' % (TRK, TRK))
    w('                                <div class="flex justify-between sign-in-form__footer--full-width" data-id="sign-in-form__footer">')
    w('                                  <button class="btn-md btn-primary flex-shrink-0 cursor-pointer sign-in-form__submit-btn--full-width" data-id="sign-in-form__submit-btn" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_sign-in-submit-btn" data-tracking-litms type="submit">' % TRK)
    w('                                    Sign in')
    w('                                  </button>')
    w('                                </div>')
    w('                              </form>')
    w('                              <div class="sign-in-modal__divider left-right-divider">')
    w('                                <p class="sign-in-modal__divider-text font-sans text-sm text-color-text px-2">or</p>')
    w('                              </div>')
    w('                              <p class="linkedin-tc__text text-color-text-low-emphasis text-xs pb-2 !text-sm !text-color-text" data-impression-id="linkedin-tc__button-skip-link">')
    w('                                By clicking Continue to join or sign in, you agree to LinkedIn&#8217;s <a href="/legal/user-agreement?trk=linkedin-tc_auth-button_user-agreement" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_user-agreement" data-tracking-will-navigate>User Agreement</a>, <a href="/legal/privacy-policy?trk=linkedin-tc_auth-button_privacy-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_privacy-policy" data-tracking-will-navigate>Privacy Policy</a>, and <a href="/legal/cookie-policy?trk=linkedin-tc_auth-button_cookie-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_cookie-policy" data-tracking-will-navigate>Cookie Policy</a>.')
    w('                              </p>')
    w('                              <p class="sign-in-modal__join-now m-auto font-sans text-md text-color-text mt-2">')
    w('                                New to LinkedIn? <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_contextual-sign-in-modal_sign-in-modal_join-link" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_join-link" data-tracking-will-navigate="true" class="sign-in-modal__join-link">Join now</a>' % (attr(url), TRK, TRK))
    w('                              </p>')
    w('                            </div>')
    w('                          </div>')
    w('                        </section>')
    w('                      </div>')
    w('                    </div>')
    w('                  </div>')
    w('                  <div class="contextual-sign-in-modal__divider left-right-divider">')
    w('                    <p class="contextual-sign-in-modal__divider-text font-sans text-sm text-color-text px-2">or</p>')
    w('                  </div>')
    w('                  <a class="contextual-sign-in-modal__join-cta btn-md btn-secondary-emphasis w-full" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_contextual-sign-in-modal_join-link" data-tracking-control-name="%s_contextual-sign-in-modal_join-link" data-tracking-will-navigate>' % (attr(url), TRK, TRK))
    w('                    Join now')
    w('                  </a>')
    w('                </div>')
    w('              </div>')
    w('            </div>')
    w('          </section>')
    w('        </div>')
    w('      </div>')
    w('    </div>')
    w('    ' + code_island("lixTracking", {"urn:li:lix:seo_pulse_article_newsletter_lockup": "enabled", "urn:li:lix:guest_contextual_sign_in_modal": "enabled"}))
    w('    ' + code_island("isClsFixActive", True))
    w('    ' + code_island("enableFingerprintingJS", True))
    w('    ' + code_island("enableLinkedinTc", True))
    w('    ' + code_island("i18n_sign_in_modal_dismiss", "Dismiss"))
    w('<!---->')
    w('    <script src="%s/8wykgzgbqy0t3fnkgborvz54u" async></script>' % STATIC)
    w('    <script src="%s/5wnhg1ol6x6nyhb4k7u6h2o8m" async defer></script>' % STATIC)
    w('    <script src="%s/7jq2h8wsb0pv1ey51cyvf3qz5" async defer></script>' % STATIC)
    w('  </body>')
    w('</html>')
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H) + "\n")


if __name__ == "__main__":
    build()
