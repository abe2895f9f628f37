#!/usr/bin/python3
"""Make docs/sarkar-i-khalsa-linkedin.html from tools/sarkar-i-khalsa-linkedin.txt.

The page imitates a LinkedIn article (linkedin.com/pulse/...) opened while signed out and saved
with Chrome's "Save page as... > Webpage, HTML Only": the server's markup as sent, with no
"saved from url" comment and no local asset folder, so stylesheets, scripts and images still
point at static.licdn.com and media.licdn.com. It has LinkedIn's guest-page furniture: a head
with pageKey / locale / config metas, Open Graph and Twitter tags, a canonical link, a JSON-LD
Article block, a skip link, the guest nav (Articles, People, Learning, Jobs, Games, Join now,
Sign in), the cover image with delayed-url lazy loading, the h1 title, the author card (name,
headline, "Published <date>", "+ Follow"), the article blocks, the hashtags, the social counts,
the Like / Comment / Share bar and its share menu, "Report this article", the comments a guest
sees (with one reply and "See more comments" / "To view or add a comment, sign in"), "More
articles by", "Explore topics", the guest footer and the contextual sign-in modal, hidden
<code> data islands whose JSON sits inside HTML comments, and the trailing script tags.

Run from anywhere: /usr/bin/python3 tools/make_linkedin.py [output-path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sarkar-i-khalsa-linkedin.txt")
OUT = os.path.join(HERE, "..", "docs", "sarkar-i-khalsa-linkedin.html")
STATIC = "https://static.licdn.com/aero-v1/sc/h"
TRK = "article-ssr-frontend-pulse"


LANGS = (
    ("ar_AE", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 (Arabic)"), ("bn_IN", "\u09ac\u09be\u0982\u09b2\u09be (Bangla)"),
    ("cs_CZ", "\u010ce\u0161tina (Czech)"), ("da_DK", "Dansk (Danish)"), ("de_DE", "Deutsch (German)"),
    ("el_GR", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac (Greek)"), ("en_US", "English (English)"),
    ("es_ES", "Espa\u00f1ol (Spanish)"), ("fa_IR", "\u0641\u0627\u0631\u0633\u06cc (Persian)"),
    ("fi_FI", "Suomi (Finnish)"), ("fr_FR", "Fran\u00e7ais (French)"), ("hi_IN", "\u0939\u093f\u0902\u0926\u0940 (Hindi)"),
    ("hu_HU", "Magyar (Hungarian)"), ("in_ID", "Bahasa Indonesia (Indonesian)"), ("it_IT", "Italiano (Italian)"),
    ("iw_IL", "\u05e2\u05d1\u05e8\u05d9\u05ea (Hebrew)"), ("ja_JP", "\u65e5\u672c\u8a9e (Japanese)"),
    ("ko_KR", "\ud55c\uad6d\uc5b4 (Korean)"), ("mr_IN", "\u092e\u0930\u093e\u0920\u0940 (Marathi)"),
    ("ms_MY", "Bahasa Malaysia (Malay)"), ("nl_NL", "Nederlands (Dutch)"), ("no_NO", "Norsk (Norwegian)"),
    ("pa_IN", "\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40 (Punjabi)"), ("pl_PL", "Polski (Polish)"),
    ("pt_BR", "Portugu\u00eas (Portuguese)"), ("ro_RO", "Rom\u00e2n\u0103 (Romanian)"),
    ("ru_RU", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439 (Russian)"), ("sv_SE", "Svenska (Swedish)"),
    ("te_IN", "\u0c24\u0c46\u0c32\u0c41\u0c17\u0c41 (Telugu)"), ("th_TH", "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 (Thai)"),
    ("tl_PH", "Tagalog (Tagalog)"), ("tr_TR", "T\u00fcrk\u00e7e (Turkish)"),
    ("uk_UA", "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430 (Ukrainian)"),
    ("vi_VN", "Ti\u1ebfng Vi\u1ec7t (Vietnamese)"), ("zh_CN", "\u7b80\u4f53\u4e2d\u6587 (Chinese (Simplified))"),
    ("zh_TW", "\u6b63\u9ad4\u4e2d\u6587 (Chinese (Traditional))"),
)


def esc(s):
    return html.escape(s, quote=True)


def inline(s):
    s = esc(s).replace("&#x27;", "&#39;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<em>\1</em>", s)
    return s


def read():
    front, blocks, comments = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("%") or not raw.strip():
                continue
            if raw.startswith("@comment ") or raw.startswith("@reply "):
                kind, _, rest = raw.partition(" ")
                name, headline, age, reacts, text = _split_comment(rest)
                comments.append((kind[1:], name, headline, age, reacts, text))
            elif raw.startswith("@"):
                k, _, v = raw[1:].partition(" ")
                front[k] = v
            elif raw.startswith("## "):
                blocks.append(("h2", raw[3:]))
            elif raw.startswith("### "):
                blocks.append(("h3", raw[4:]))
            elif raw.startswith("- "):
                blocks.append(("ul", raw[2:]))
            elif re.match(r"\d+\. ", raw):
                blocks.append(("ol", raw.split(" ", 1)[1]))
            elif raw.startswith("> "):
                blocks.append(("quote", raw[2:]))
            else:
                blocks.append(("p", raw))
    return front, blocks, comments


def _split_comment(rest):
    """name|headline|age|reactions|text where the headline itself may hold " | "."""
    parts = rest.split("|")
    name = parts[0]
    # the age is the first field after the name that looks like "3mo" / "2w"
    for i in range(2, len(parts)):
        if re.fullmatch(r"\d+(mo|w|d|h|yr)", parts[i]):
            return name, "|".join(parts[1:i]), parts[i], parts[i + 1], "|".join(parts[i + 2:])
    raise ValueError(rest)


def article_body(blocks):
    out, i = [], 0
    while i < len(blocks):
        kind, text = blocks[i]
        if kind in ("ul", "ol"):
            items = []
            while i < len(blocks) and blocks[i][0] == kind:
                items.append('<li>%s</li>' % inline(blocks[i][1]))
                i += 1
            out.append("<%s>%s</%s>" % (kind, "".join(items), kind))
            continue
        if kind == "h2":
            out.append("<h2>%s</h2>" % inline(text))
        elif kind == "h3":
            out.append("<h3>%s</h3>" % inline(text))
        elif kind == "quote":
            out.append("<blockquote>%s</blockquote>" % inline(text))
        else:
            out.append("<p>%s</p>" % inline(text))
        i += 1
    return out


def comment_html(c, n, replies_after):
    kind, name, headline, age, reacts, text = c
    slug = re.sub(r"[^a-z]+", "-", name.lower()).strip("-")
    urn = "urn:li:comment:(urn:li:linkedInArticle:7357629810047549440,73577%07d)" % (n * 48213)
    cls = "comment comment--reply" if kind == "reply" else "comment"
    lines = [
        '<section class="%s flex grow-1 items-stretch pt-1.5 pb-2" data-id="%s" data-test-id="comment-container">' % (cls, esc(urn)),
        '  <a href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-image" class="comment__image-link" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-image" data-tracking-will-navigate>' % (slug, TRK, TRK),
        '    <img class="inline-block relative rounded-[50%%] w-4 h-4 comment__author-image" data-delayed-url="https://media.licdn.com/dms/image/v2/C5103AQH%s/profile-displayphoto-shrink_100_100/0/1600000000000?e=2147483647&amp;v=beta" data-ghost-classes="bg-color-entity-ghost-background" data-ghost-url="%s/9c8pery4andzj6ohjkjp54ma2" alt="%s">' % (slug.replace("-", "")[:8], STATIC, esc(name)),
        '  </a>',
        '  <div class="comment__body flex-grow">',
        '    <div class="comment__header flex justify-between">',
        '      <div class="flex flex-col">',
        '        <a class="text-sm link-styled no-underline leading-open comment__author truncate pr-6" href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-name" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-name" data-tracking-will-navigate>' % (slug, TRK, TRK),
        '          %s' % esc(name),
        '        </a>',
        '        <p class="!text-xs text-color-text-low-emphasis leading-[1.33333] mb-0.5 truncate comment__author-headline">%s</p>' % esc(headline),
        '      </div>',
        '      <div class="flex items-start">',
        '        <span class="text-xs text-color-text-low-emphasis comment__duration-since">%s</span>' % age,
        '      </div>',
        '    </div>',
        '    <p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words comment__text babybear:mt-0.5" dir="ltr">%s</p>' % esc(text).replace("&#x27;", "&#39;"),
        '    <div class="comment__actions flex items-center">',
        '      <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_like" class="comment__action inline-block font-sans text-xs text-color-text-low-emphasis cursor-pointer" data-tracking-control-name="%s_x-social-details_comments-action_comment_like" data-tracking-will-navigate>Like</a>' % (TRK, TRK),
        '      <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_reply" class="comment__action inline-block font-sans text-xs text-color-text-low-emphasis cursor-pointer" data-tracking-control-name="%s_x-social-details_comments-action_comment_reply" data-tracking-will-navigate>Reply</a>' % (TRK, TRK),
        '      <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_reactions" class="comment__reactions-count font-sans text-xs text-color-text-low-emphasis" data-tracking-control-name="%s_x-social-details_comments-action_comment_reactions" data-tracking-will-navigate>' % (TRK, TRK),
        '        <img alt="" class="comment__reaction-icon" data-delayed-url="%s/8ekq8gho1ruaf8i7f86vd1ftt">' % STATIC,
        '        <span class="comment__reactions-count-text">%s Reactions</span>' % reacts,
        '      </a>',
    ]
    if replies_after:
        lines.append('      <span class="comment__replies-count text-xs text-color-text-low-emphasis">%d Reply</span>' % replies_after)
    lines += [
        '    </div>',
        '  </div>',
        '</section>',
    ]
    return lines


def build():
    front, blocks, comments = read()
    url = "https://www.linkedin.com/pulse/%s" % front["slug"]
    title = front["title"]
    desc = blocks[0][1][:155].rsplit(" ", 1)[0] + "\u2026"
    ld = {
        "@context": "http://schema.org",
        "@type": "Article",
        "name": title,
        "headline": title,
        "author": {"@type": "Person", "name": front["author"],
                   "url": "https://in.linkedin.com/in/%s" % front["profile"]},
        "datePublished": front["isodate"],
        "dateModified": front["isodate"],
        "image": {"@type": "ImageObject",
                  "url": "https://media.licdn.com/dms/image/v2/D5612AQGx7RkQm2Yb1w/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1754199387112?e=2147483647&v=beta&t=Qm4cL0x0tKq7b0m2hZr6N9yJt3aEwVfUuP1sHdGkR8c"},
        "publisher": {"@type": "Organization", "name": "LinkedIn",
                      "url": "https://www.linkedin.com",
                      "logo": {"@type": "ImageObject",
                               "url": "%s/akt4ae504epesldzj74dzred8" % STATIC}},
        "interactionStatistic": [
            {"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction",
             "userInteractionCount": int(front["reactions"])},
            {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction",
             "userInteractionCount": int(front["commentcount"])}],
        "url": url,
        "mainEntityOfPage": url,
    }
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="en">')
    a("  <head>")
    a('    <meta name="pageKey" content="d_pulse_article_guest">')
    a('    <meta name="locale" content="en_US">')
    a('    <meta id="config" data-app-version="2.0.2812" data-call-tree-id="AAY7mLq0+Vd1Q8vQyQ2SgQ==" data-multiproduct-name="article-ssr-frontend" data-service-name="article-ssr-frontend" data-browser-id="8e1f6a2c-55d3-4f0b-9c3e-1b7a0d2f4c61" data-enable-page-view-heartbeat-tracking data-disable-comscore-tracking data-page-instance="urn:li:page:d_pulse_article_guest;Yk2nS7TzQ4mC0k9xF1e3Bw==" data-disable-jsbeacon-pagekey-suffix="false" data-member-id="0" data-should-use-full-url-in-pve-path="true" data-dna-member-lix-treatment="enabled" data-human-member-lix-treatment="enabled" data-dfp-member-lix-treatment="control" data-sync-apfc-headers-lix-treatment="control" data-sync-apfc-cb-lix-treatment="control" data-recaptcha-v3-integration-lix-value="control" data-network-interceptor-lix-value="control" data-is-gsap-enabled="false" data-is-insights-enabled="false">')
    a('    <link rel="canonical" href="%s">' % url)
    a('    <link rel="manifest" href="/homepage-guest/manifest.json" crossorigin="use-credentials">')
    a('    <link rel="icon" href="https://static.licdn.com/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">')
    a('    <script>')
    a('      function getDfd() {let yFn,nFn;const p=new Promise(function(y, n){yFn=y;nFn=n;});p.resolve=yFn;p.reject=nFn;return p;}')
    a('      window.lazyloader = getDfd();')
    a('      window.tracking = getDfd();')
    a('      window.impressionTracking = getDfd();')
    a('      window.ingraphTracking = getDfd();')
    a('      window.appDetection = getDfd();')
    a('      window.pemTracking = getDfd();')
    a('    </script>')
    a('    <title>%s | LinkedIn</title>' % esc(title))
    a('    <meta name="description" content="%s">' % esc(desc))
    a('    <meta property="og:title" content="%s">' % esc(title))
    a('    <meta property="og:description" content="%s">' % esc(desc))
    a('    <meta property="og:image" content="https://media.licdn.com/dms/image/v2/D5612AQGx7RkQm2Yb1w/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1754199387112?e=2147483647&amp;v=beta&amp;t=Qm4cL0x0tKq7b0m2hZr6N9yJt3aEwVfUuP1sHdGkR8c">')
    a('    <meta property="og:type" content="article">')
    a('    <meta property="og:url" content="%s">' % url)
    a('    <meta property="article:published_time" content="%s">' % front["isodate"])
    a('    <meta name="twitter:card" content="summary_large_image">')
    a('    <meta name="twitter:site" content="@LinkedIn">')
    a('    <meta name="twitter:title" content="%s">' % esc(title))
    a('    <meta name="twitter:description" content="%s">' % esc(desc))
    a('    <meta name="litmsProfileName" content="article-ssr-frontend">')
    a('    <meta name="viewport" content="width=device-width, initial-scale=1.0">')
    a('    <link rel="stylesheet" href="%s/ejbgcyd2yk6eidpvpk0i7ovba">' % STATIC)
    a('    <link rel="preload" href="%s/c98v6t2c0ov6wq3vunlyhpvzl" as="script">' % STATIC)
    a('    <script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    a("  </head>")
    a('  <body dir="ltr">')
    a('    <a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">')
    a("      Skip to main content")
    a("    </a>")
    a('    <header class="header base-container-header mx-auto flex w-full items-center justify-between">')
    a('      <nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5" aria-label="Primary">')
    a('        <a href="https://www.linkedin.com/?trk=%s_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto" data-tracking-control-name="%s_nav-header-logo" data-tracking-will-navigate>' % (TRK, TRK))
    a('          <span class="sr-only">LinkedIn</span>')
    a('          <icon class="block text-color-brand w-[102px] h-[26px] babybear:w-[84px] babybear:h-[21px]" data-svg-class-name="h-[26px] w-[102px] babybear:h-[21px] babybear:w-[84px]" data-delayed-url="%s/5bukxbhy9xsil5mb7c2wulfbx"></icon>' % STATIC)
    a("        </a>")
    a('        <ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between justify-center w-max">')
    for label, path, icon in (("Articles", "pulse/topics/home/", "7kb6sn3tm4cx918cx9a5jlb0"),
                              ("People", "pub/dir/+/+", "a13x9p3p7ey5bv3z7c9bb8zmx"),
                              ("Learning", "learning/search", "8wykgzgbqy0t3fnkgborvz54u"),
                              ("Jobs", "jobs/search", "92eb1xekc34eklevj0io6x4ki"),
                              ("Games", "games", "29h8hsjuomfp50lam5ipnc3uh")):
        a("          <li>")
        a('            <a href="https://www.linkedin.com/%s?trk=%s_guest_nav_menu_%s" data-tracking-control-name="%s_guest_nav_menu_%s" data-tracking-will-navigate class="top-nav-link flex justify-center items-center h-[52px] hover:text-color-text visited:hover:text-color-text hover:no-underline w-8 flex-col mx-1 babybear:mx-0 text-color-text-secondary visited:text-color-text-secondary">' % (path, TRK, label.lower(), TRK, label.lower()))
        a('              <icon class="top-nav-link__icon flex h-3 w-3 flex-shrink-0 justify-center" data-delayed-url="%s/%s"></icon>' % (STATIC, icon))
        a('              <span class="top-nav-link__label-text font-sans text-xs leading-regular text-center font-regular whitespace-nowrap">%s</span>' % label)
        a("            </a>")
        a("          </li>")
    a("        </ul>")
    a('        <div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2 babymamabear:min-w-[50px]">')
    a('          <a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_nav-header-join" data-tracking-control-name="%s_nav-header-join" data-test-live-nav-primary-cta data-tracking-will-navigate>' % (front["slug"], TRK, TRK))
    a("            Join now")
    a("          </a>")
    a('          <a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/login?session_redirect=%%2Fpulse%%2F%s&amp;fromSignIn=true&amp;trk=%s_nav-header-signin" data-tracking-control-name="%s_nav-header-signin" data-tracking-will-navigate>' % (front["slug"], TRK, TRK))
    a("            Sign in")
    a("          </a>")
    a("        </div>")
    a("      </nav>")
    a("    </header>")
    a('    <main id="main-content" class="main papabear:flex papabear:w-content-max-w papabear:mx-auto papabear:justify-center babymamabear:mx-mobile-container-padding" role="main">')
    a('      <section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]">')
    a('        <div class="details mx-details-container-padding">')
    a('          <article class="article-main relative">')
    a('            <figure class="cover-img">')
    a('              <img class="cover-img__image !w-full object-cover" data-delayed-url="https://media.licdn.com/dms/image/v2/D5612AQGx7RkQm2Yb1w/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1754199387112?e=2147483647&amp;v=beta&amp;t=Qm4cL0x0tKq7b0m2hZr6N9yJt3aEwVfUuP1sHdGkR8c" data-ghost-classes="bg-color-entity-ghost-background" alt="%s">' % esc(front["cover"]))
    a("            </figure>")
    a('            <div class="article-main__header-container">')
    a('              <h1 class="pulse-title text-color-text font-sans font-bold text-xl leading-regular mt-3 babybear:mt-2">%s</h1>' % esc(title))
    a('              <div class="publisher-author-card flex items-center mt-2">')
    a('                <a href="https://in.linkedin.com/in/%s?trk=%s_publisher-author-card" class="publisher-author-card__image-link" data-tracking-control-name="%s_publisher-author-card" data-tracking-will-navigate>' % (front["profile"], TRK, TRK))
    a('                  <img class="inline-block relative rounded-[50%%] w-6 h-6" data-delayed-url="https://media.licdn.com/dms/image/v2/C4D03AQE8hG5sXw3yQg/profile-displayphoto-shrink_100_100/0/1612338841193?e=2147483647&amp;v=beta&amp;t=0sPq8nL2mV4kXc9rJ1yT7uF3aB6dE5hG2iK8oN4wZ1M" data-ghost-classes="bg-color-entity-ghost-background" alt="%s">' % esc(front["author"]))
    a("                </a>")
    a('                <div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">')
    a('                  <h3 class="base-main-card__title font-sans text-[18px] font-bold text-color-text overflow-hidden">')
    a('                    <a href="https://in.linkedin.com/in/%s?trk=%s_publisher-author-card" data-tracking-control-name="%s_publisher-author-card" data-tracking-will-navigate>%s</a>' % (front["profile"], TRK, TRK, esc(front["author"])))
    a("                  </h3>")
    a('                  <h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">')
    a("                    %s" % esc(front["headline"]))
    a("                  </h4>")
    a('                  <div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis">')
    a('                    <span class="base-main-card__metadata-item">Published %s</span>' % front["published"])
    a("                  </div>")
    a("                </div>")
    a('                <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fin%%2F%s&amp;trk=%s_publisher-author-card_follow" class="publisher-author-card__follow btn-sm btn-secondary-emphasis" data-tracking-control-name="%s_publisher-author-card_follow" data-tracking-will-navigate>' % (front["profile"], TRK, TRK))
    a("                  + Follow")
    a("                </a>")
    a("              </div>")
    a("            </div>")
    a('            <div class="article-main__content" data-test-id="article-content-blocks">')
    a('              <div data-test-id="publishing-text-block" class="article-main__content">')
    for line in article_body(blocks):
        a("                " + line)
    a('                <p>%s</p>' % " ".join(
        '<a href="https://www.linkedin.com/feed/hashtag/?keywords=%s&amp;trk=%s_x-social-details_hashtag" data-tracking-control-name="%s_x-social-details_hashtag" data-tracking-will-navigate>#%s</a>'
        % (t[1:].lower(), TRK, TRK, t[1:]) for t in front["tags"].split()))
    a("              </div>")
    a("            </div>")
    a("          </article>")
    a('          <div class="social-action-bar x-social-action-bar flex justify-between items-center">')
    a('            <div class="social-action-bar__social-counts flex items-center">')
    a('              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_x-social-details_likes-count_social-actions-reactions" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" aria-label="%s Reactions" data-tracking-control-name="%s_x-social-details_likes-count_social-actions-reactions" data-tracking-will-navigate>' % (front["slug"], TRK, front["reactions"], TRK))
    for icon in ("bn39hirwzjqj18ej1fkz55671", "a0e8rff6djeoq8iympcysuqfu", "cm8d2ytayynyhw5ieaare0tl3"):
        a('                <img alt="" data-delayed-url="%s/%s" class="social-counts__reaction-icon">' % (STATIC, icon))
    a('                <span aria-hidden="true" class="font-normal ml-0.5" data-test-id="social-actions__reaction-count">%s</span>' % front["reactions"])
    a("              </a>")
    a('              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_x-social-details_likes-count_social-actions-comments" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" data-tracking-control-name="%s_x-social-details_likes-count_social-actions-comments" data-tracking-will-navigate data-test-id="social-actions__comments" data-id="social-actions__comments" data-num-comments="%s">' % (front["slug"], TRK, TRK, front["commentcount"]))
    a("                %s Comments" % front["commentcount"])
    a("              </a>")
    a("            </div>")
    a('            <div class="social-action-bar__actions flex">')
    for label, ctl in (("Like", "like-toggle_like-cta"), ("Comment", "comment-cta")):
        a('              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_x-social-details_%s" class="social-action-bar__button" data-tracking-control-name="%s_x-social-details_%s" data-tracking-will-navigate>' % (front["slug"], TRK, ctl, TRK, ctl))
        a('                <icon class="social-action-bar__icon" data-delayed-url="%s/%s"></icon>' % (STATIC, "ada0kfqkfxqh9dsu8w8mxdbt4" if label == "Like" else "2d9u8xemfbykf8zfs7nwswlha"))
        a('                <span class="social-action-bar__button-text">%s</span>' % label)
        a("              </a>")
    a('              <div class="collapsible-dropdown flex items-center relative hyphens-auto social-action-bar__share-menu">')
    a('                <button class="social-action-bar__button" aria-expanded="false" data-tracking-control-name="%s_x-social-details_share-cta" data-feed-control="share-menu">' % TRK)
    a('                  <icon class="social-action-bar__icon" data-delayed-url="%s/cr5bvzhyohf4lyevyuvuqqfy2"></icon>' % STATIC)
    a('                  <span class="social-action-bar__button-text">Share</span>')
    a("                </button>")
    a('                <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-auto top-[100%]" role="menu" tabindex="-1">')
    for label in ("Copy", "LinkedIn", "Facebook", "X"):
        a('                  <li class="ellipsis-menu__item border-t-1 border-solid border-color-border-low-emphasis first-of-type:border-none flex"><button class="ellipsis-menu__item-button flex items-center w-full" data-share-service="%s">%s</button></li>' % (label.lower(), label))
    a("                </ul>")
    a("              </div>")
    a("            </div>")
    a("          </div>")
    a('          <div class="ellipsis-menu absolute right-0 top-0 !mr-0.5">')
    a('            <a href="https://www.linkedin.com/uas/login?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_ellipsis-menu-semaphore-sign-in-redirect" class="semaphore__toggle visited:text-color-text-secondary" data-tracking-control-name="%s_ellipsis-menu-semaphore-sign-in-redirect" data-tracking-will-navigate>' % (front["slug"], TRK, TRK))
    a('              <icon class="semaphore__icon" data-delayed-url="%s/iq0x9q37wj214o129ai1yjut"></icon>' % STATIC)
    a("              Report this article")
    a("            </a>")
    a("          </div>")
    a('          <section class="comments mb-2">')
    for n, c in enumerate(comments):
        nxt = 1 if n + 1 < len(comments) and comments[n + 1][0] == "reply" else 0
        if c[0] == "reply":
            a('            <div class="comment__replies ml-6">')
            for line in comment_html(c, n + 1, 0):
                a("              " + line)
            a("            </div>")
        else:
            for line in comment_html(c, n + 1, nxt):
                a("            " + line)
    a('            <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_x-social-details_comments_see-more-comments" class="comments__see-more btn-md btn-secondary" data-tracking-control-name="%s_x-social-details_comments_see-more-comments" data-tracking-will-navigate>' % (front["slug"], TRK, TRK))
    a("              See more comments")
    a("            </a>")
    a('            <div class="comments__sign-in text-center">')
    a('              <p class="text-sm">To view or add a comment, <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_x-social-details_comments_sign-in" data-tracking-control-name="%s_x-social-details_comments_sign-in" data-tracking-will-navigate>sign in</a></p>' % (front["slug"], TRK, TRK))
    a("            </div>")
    a("          </section>")
    a("        </div>")
    a('        <section class="more-articles mt-4">')
    a('          <h2 class="more-articles__title text-color-text text-lg font-semibold">More articles by %s</h2>' % esc(front["author"]))
    a('          <ul class="more-articles__list">')
    for t, d, s in (("Zorawar Singh and the high-altitude campaign nobody teaches", "Jun 14, 2025", "zorawar-singh-high-altitude-campaign-nobody-teaches-grewal-3hdsq"),
                    ("Answer writing for History optional: the 'map, date, debate' rule", "Feb 2, 2024", "answer-writing-history-optional-map-date-debate-rule-grewal-fw0xn")):
        a('            <li class="more-articles__item">')
        a('              <a href="https://www.linkedin.com/pulse/%s?trk=%s_more-articles_related-content-card" class="base-card relative flex" data-tracking-control-name="%s_more-articles_related-content-card" data-tracking-will-navigate>' % (s, TRK, TRK))
        a('                <h3 class="base-main-card__title">%s</h3>' % esc(t).replace("&#x27;", "&#39;"))
        a('                <span class="base-main-card__metadata-item">%s</span>' % d)
        a("              </a>")
        a("            </li>")
    a("          </ul>")
    a('          <a href="https://www.linkedin.com/in/%s/recent-activity/articles/?trk=%s_more-articles_see-all" class="more-articles__see-all" data-tracking-control-name="%s_more-articles_see-all" data-tracking-will-navigate>See all articles</a>' % (front["profile"], TRK, TRK))
    a("        </section>")
    a("      </section>")
    a('      <aside class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter mamabear:max-w-[790px] mamabear:mx-auto">')
    a('        <section class="aside-section-container mb-4">')
    a('          <h2 class="aside-section-container__title section-title">Explore topics</h2>')
    a('          <div class="aside-section-container__content break-words">')
    a('            <ul class="show-more-less-html__markup">')
    for t, s in (("Sales", "sales"), ("Marketing", "marketing"), ("IT Services", "it-services"),
                 ("Business Administration", "business-administration"), ("HR Management", "hr-management"),
                 ("Engineering", "engineering"), ("Soft Skills", "soft-skills"), ("See All", "")):
        a('              <li><a href="https://www.linkedin.com/pulse/topics/%shome/?trk=%s_explore-topics" data-tracking-control-name="%s_explore-topics" data-tracking-will-navigate>%s</a></li>' % (s + "/" if s else "", TRK, TRK, t))
    a("            </ul>")
    a("          </div>")
    a("        </section>")
    a("      </aside>")
    a("    </main>")
    a('    <footer class="li-footer bg-transparent w-full">')
    a('      <ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px] py-2 px-2 papabear:p-0">')
    a('        <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
    a('          <span class="sr-only">LinkedIn</span>')
    a('          <icon class="li-footer__copy-logo text-color-logo-brand-alt inline-block self-center h-[14px] w-[56px] mr-1" data-delayed-url="%s/5mebydpuuijm3uhv1q375inqh"></icon>' % STATIC)
    a('          <span class="li-footer__copy-text flex items-center">&copy; 2025</span>')
    a("        </li>")
    for label, href in (("About", "https://about.linkedin.com"),
                        ("Accessibility", "https://www.linkedin.com/accessibility"),
                        ("User Agreement", "https://www.linkedin.com/legal/user-agreement"),
                        ("Privacy Policy", "https://www.linkedin.com/legal/privacy-policy"),
                        ("Cookie Policy", "https://www.linkedin.com/legal/cookie-policy"),
                        ("Copyright Policy", "https://www.linkedin.com/legal/copyright-policy"),
                        ("Brand Policy", "https://brand.linkedin.com/policies"),
                        ("Guest Controls", "https://www.linkedin.com/psettings/guest-controls"),
                        ("Community Guidelines", "https://www.linkedin.com/legal/professional-community-policies")):
        a('        <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
        a('          <a class="li-footer__item-link flex items-center font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover focus:text-color-link-focus" href="%s?trk=%s_footer-%s" data-tracking-control-name="%s_footer-%s" data-tracking-will-navigate>' % (href, TRK, label.lower().replace(" ", "-"), TRK, label.lower().replace(" ", "-")))
        a("            %s" % label)
        a("          </a>")
        a("        </li>")
    a('        <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50% papabear:justify-center papabear:w-auto">')
    a('          <div class="collapsible-dropdown collapsible-dropdown--footer collapsible-dropdown--up flex items-center relative hyphens-auto language-selector z-2">')
    a('            <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-[100%] top-auto" role="menu" tabindex="-1">')
    for code, name in LANGS:
        a('              <li class="language-selector__item" role="menuitem" lang="%s"><button aria-label="%s%s" class="font-sans text-xs link block py-[5px] px-2 w-full hover:cursor-pointer hover:bg-color-action hover:text-color-text-on-dark focus:bg-color-action focus:text-color-text-on-dark" data-locale="%s">%s</button></li>' % (code, name, ", selected" if code == "en_US" else "", code, name))
    a("            </ul>")
    a('            <button class="language-selector__button select-none relative pr-2 font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover hover:cursor-pointer focus:text-color-link-focus focus:outline-dotted focus:outline-1" aria-expanded="false" data-tracking-control-name="%s_footer-lang-dropdown_trigger">' % TRK)
    a('              <span class="language-selector__label-text mr-0.5 break-words">Language</span>')
    a('              <icon class="language-selector__label-chevron w-2 h-2 absolute top-0 right-0" data-delayed-url="%s/cyolgscd0imw2ldqppkrb84vo"></icon>' % STATIC)
    a("            </button>")
    a("          </div>")
    a("        </li>")
    a("      </ul>")
    a("    </footer>")
    a('    <div class="contextual-sign-in-modal base-contextual-sign-in-modal" data-impression-id="%s_contextual-sign-in-modal" data-cool-off-enabled data-show-on-page-load>' % TRK)
    a('      <div class="modal modal--contextual-sign-in" data-outlet="base-contextual-sign-in-modal_contextual-sign-in-modal-outlet">')
    a('        <div class="modal__overlay flex items-center bg-color-background-scrim justify-center fixed bottom-0 left-0 right-0 top-0 opacity-0 invisible pointer-events-none z-[1000] transition-[opacity] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.17s] py-4" aria-hidden="true">')
    a('          <section aria-modal="true" role="dialog" aria-labelledby="base-contextual-sign-in-modal-modal-header" tabindex="-1" class="max-h-full modal__wrapper overflow-auto p-0 bg-color-surface max-w-[1128px] min-h-[160px] relative scale-[0.25] shadow-sm shadow-color-border-faint transition-[transform] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.33s] focus:outline-0 w-[1128px] mamabear:w-[744px] babybear:w-[360px] rounded-md">')
    a('            <button class="modal__dismiss btn-tertiary h-[40px] w-[40px] p-0 rounded-full indent-0 contextual-sign-in-modal__modal-dismiss absolute right-0 m-[20px] cursor-pointer" aria-label="Dismiss" data-tracking-control-name="%s_contextual-sign-in-modal_modal_dismiss">' % TRK)
    a('              <icon class="contextual-sign-in-modal__modal-dismiss-icon" data-delayed-url="%s/gs508lg3t2o81tq7pmcgn6m2"></icon>' % STATIC)
    a("            </button>")
    a('            <div class="modal__main w-full">')
    a('              <div class="contextual-sign-in-modal__layout mx-auto">')
    a('                <h2 class="contextual-sign-in-modal__context-screen-title font-sans py-2 px-3 text-xl" id="base-contextual-sign-in-modal-modal-header">Sign in to view more content</h2>')
    a('                <p class="contextual-sign-in-modal__subtitle">Create your free account or sign in to continue your search</p>')
    a('                <a class="contextual-sign-in-modal__sign-in btn-md btn-primary" href="https://www.linkedin.com/login?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_contextual-sign-in-modal_sign-in-modal_auth-button_sign-in" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_auth-button_sign-in" data-tracking-will-navigate>Sign in</a>' % (front["slug"], TRK, TRK))
    a('                <p class="contextual-sign-in-modal__join-now">New to LinkedIn? <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%%2Fpulse%%2F%s&amp;trk=%s_contextual-sign-in-modal_sign-in-modal_join-link" data-tracking-control-name="%s_contextual-sign-in-modal_sign-in-modal_join-link" data-tracking-will-navigate>Join now</a></p>' % (front["slug"], TRK, TRK))
    a('                <p class="linkedin-tc__text text-color-text-low-emphasis text-xs pb-2 !text-sm">By clicking Continue to join or sign in, you agree to LinkedIn&#39;s <a href="/legal/user-agreement?trk=linkedin-tc_auth-button_user-agreement" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_user-agreement" data-tracking-will-navigate="true">User Agreement</a>, <a href="/legal/privacy-policy?trk=linkedin-tc_auth-button_privacy-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_privacy-policy" data-tracking-will-navigate="true">Privacy Policy</a>, and <a href="/legal/cookie-policy?trk=linkedin-tc_auth-button_cookie-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_cookie-policy" data-tracking-will-navigate="true">Cookie Policy</a>.</p>')
    a("              </div>")
    a("            </div>")
    a("          </section>")
    a("        </div>")
    a("      </div>")
    a("    </div>")
    a('    <code id="isClsFixActive" style="display: none"><!--true--></code>')
    a('    <code id="i18n_sign_in_modal_title" style="display: none"><!--"Sign in to view more content"--></code>')
    a('    <code id="lixTracking" style="display: none"><!--{"urn":"urn:li:member:0","keys":["d_pulse_article_guest"]}--></code>')
    a('    <code id="articleUrn" style="display: none"><!--"urn:li:linkedInArticle:7357629810047549440"--></code>')
    a('    <script src="%s/c98v6t2c0ov6wq3vunlyhpvzl" async></script>' % STATIC)
    a('    <script src="%s/bz5ckpe2aqzd2jbvanx2ccimc" async defer></script>' % STATIC)
    a('    <script>window.lazyloader.resolve();</script>')
    a("  </body>")
    a("</html>")
    return "\n".join(L) + "\n"


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
