#!/usr/bin/python3
"""Re-make docs/ondc-three-years-linkedin.html byte for byte from tools/ondc-three-years-linkedin.txt.

The page is a LinkedIn article (the guest "pulse" reader of 2025, article-ssr-frontend) as Chrome
saves it with "Webpage, Complete": the "saved from url" comment, Chrome's Content-Type meta first
in <head>, links into the "..._files" folder Chrome makes next to the page (not part of the set),
LinkedIn's Tailwind-style classes, the empty <!----> placeholders of its renderer, hidden <code>
blobs, the author card with the date and reading time, the article body, the reactions bar, the
comments, "More articles by", the content categories rail, the footer with its language menu and
the sign-in modal. Standard library only, deterministic.
Usage: make_linkedin.py [output path]
"""
import hashlib
import html
import json
import os
import re
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ondc-three-years-linkedin.txt")
OUT = os.path.join(HERE, "..", "docs", "ondc-three-years-linkedin.html")
TRK = "article-ssr-frontend-pulse"


def e(s):
    return html.escape(s, quote=True)


def t(s):
    return html.escape(s, quote=False)


def h(key, n=24):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def inline(s):
    out = []
    for i, part in enumerate(s.split("**")):
        out.append("<strong>%s</strong>" % t(part) if i % 2 else t(part))
    return "".join(out)


def parse():
    meta, body, comments = {}, [], []
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i = 0
    while lines[i].startswith("#"):
        i += 1
    while lines[i] != "---":
        k, v = lines[i].split(": ", 1)
        meta[k] = v
        i += 1
    i += 1
    while i < len(lines) and lines[i] != "=== comments":
        if lines[i].strip():
            body.append(lines[i])
        i += 1
    i += 1
    cur = None
    for line in lines[i:]:
        if not line.strip():
            continue
        if line.startswith("@@ ") or line.startswith("@ "):
            reply = line.startswith("@@ ")
            f = [x.strip() for x in line[3 if reply else 2:].split(" | ")]
            cur = {"name": f[0], "headline": " | ".join(f[1:-2]), "age": f[-2], "reactions": int(f[-1]),
                   "reply": reply, "text": []}
            comments.append(cur)
        else:
            cur["text"].append(line)
    return meta, body, comments


def rec_html(recs):
    cards = []
    for title, author, age in recs:
        short = title if len(title) <= 52 else title[:title.rfind(" ", 0, 52)] + "…"
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-")
        cards.append("""
            <li class="recommended-content__item">
              <a href="https://www.linkedin.com/pulse/%s-%s?trk=%s_recommended-content" data-tracking-control-name="%s_recommended-content" data-tracking-will-navigate="" class="base-card relative w-full hover:no-underline focus:no-underline base-card--link flex flex-col">
                <img class="recommended-content__image w-full lazy-loaded" alt="%s" src="./%%FILES%%/article-cover_image-shrink_720_1280(%d)">
                <h3 class="recommended-content__title font-sans text-sm font-bold text-color-text">%s</h3>
                <p class="recommended-content__meta text-xs text-color-text-low-emphasis"><span>%s</span> <span>%s</span></p>
              </a>
            </li>""" % (slug, h(title, 5), TRK, TRK, e(title), len(cards) + 1, t(short), t(author), t(age)))
    return ("""</div>
          <div class="recommended-content my-2" data-test-id="recommended-content">
            <h2 class="recommended-content__title-heading font-sans text-md font-bold text-color-text">Recommended by LinkedIn</h2>
            <ul class="recommended-content__list grid grid-cols-3 gap-x-1">%s
            </ul>
          </div>
          <div data-test-id="publishing-text-block" class="article-main__content">""" % "".join(cards))


def body_html(body):
    out, open_list = [], None
    recs = []
    for line in body:
        if line.startswith("rec: "):
            recs.append([x.strip() for x in line[5:].split(" | ")])
            continue
        if recs:
            out.append(rec_html(recs))
            recs = []
        kind = "ul" if line.startswith("- ") else "ol" if re.match(r"\d+\. ", line) else None
        if open_list and kind != open_list:
            out.append("</%s>" % open_list)
            open_list = None
        if kind and not open_list:
            out.append("<%s>" % kind)
            open_list = kind
        if kind == "ul":
            out.append("<li>%s</li>" % inline(line[2:]))
        elif kind == "ol":
            out.append("<li>%s</li>" % inline(line.split(". ", 1)[1]))
        elif line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line == "== recommended":
            continue
        elif line.startswith("tags: "):
            tags = line[6:].split()
            out.append("<p>%s</p>" % " ".join(
                '<a href="https://www.linkedin.com/feed/hashtag/?keywords=%s&amp;trk=%s-article-content-hashtag" '
                'data-tracking-control-name="%s-article-content-hashtag" data-tracking-will-navigate="">%s</a>'
                % (tg[1:].lower(), TRK, TRK, t(tg)) for tg in tags))
        else:
            out.append("<p>%s</p>" % inline(line))
    if open_list:
        out.append("</%s>" % open_list)
    return "".join(out)


def comment_html(c, files, n):
    slug = re.sub(r"[^a-z]+", "-", c["name"].lower()).strip("-")
    urn = "urn:li:comment:(urn:li:linkedInArticle:7335112968044736512,%d)" % (7335290000000000000 + n * 7919)
    text = "\n".join(c["text"])
    indent = " comment--reply ml-6" if c["reply"] else ""
    return """
        <section class="comment flex grow-1 items-stretch pt-1.5 pb-1%s" data-id="%s">
          <a href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-image" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-image" data-tracking-will-navigate="" class="comment__avatar flex-shrink-0 self-start">
            <img class="inline-block relative rounded-[50%%] w-5 h-5 lazy-loaded" data-delayed-url="https://media.licdn.com/dms/image/v2/D5603AQ%s/profile-displayphoto-shrink_400_400/0/" data-ghost-classes="bg-color-entity-ghost-background" data-ghost-url="https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2" alt="%s" src="./%s/profile-displayphoto-shrink_400_400(%d)">
          </a>
          <div class="comment__body flex-grow-1 flex flex-col min-w-0 ml-0.5 rounded-r-md rounded-bl-md bg-color-background-container-tint px-1.5 pt-1 pb-1.5">
            <div class="comment__header flex flex-row justify-between">
              <div class="flex flex-col min-w-0">
                <a href="https://in.linkedin.com/in/%s?trk=%s_x-social-details_comments-action_comment_actor-name" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_actor-name" data-tracking-will-navigate="" class="text-sm link-styled no-underline leading-open comment__author truncate pr-6">
                  %s
                </a>
                <p class="!text-xs text-color-text-low-emphasis leading-[1.33333] mb-0.5 truncate comment__author-headline">%s</p>
              </div>
              <span class="text-sm text-color-text-low-emphasis comment__duration-since">%s</span>
            </div>
            <div class="attributed-text-segment-list__container relative mt-1 mb-1.5 babybear:mt-0 babybear:mb-0.5">
              <p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words comment__text babybear:line-clamp-6" dir="ltr">%s</p>
<!---->            </div>
            <div class="comment__actions flex items-center mt-0.5">
              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=https%%3A%%2F%%2Fwww%%2Elinkedin%%2Ecom%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_like" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_like" data-tracking-will-navigate="" class="comment__action inline-block font-sans text-xs text-color-text-low-emphasis cursor-pointer">Like</a>
              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=https%%3A%%2F%%2Fwww%%2Elinkedin%%2Ecom%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_reply" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_reply" data-tracking-will-navigate="" class="comment__action inline-block font-sans text-xs text-color-text-low-emphasis cursor-pointer">Reply</a>
              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=https%%3A%%2F%%2Fwww%%2Elinkedin%%2Ecom%%2Fpulse%%2F&amp;trk=%s_x-social-details_comments-action_comment_reactions" target="_self" data-tracking-control-name="%s_x-social-details_comments-action_comment_reactions" data-tracking-will-navigate="" class="comment__reactions flex items-center font-sans text-xs text-color-text-low-emphasis">
                <img alt="" src="./%s/8ekq8gho1ruaf8i7f86vd1ftt">
                <span class="comment__reactions-count">%d Reactions</span>
              </a>
            </div>
          </div>
        </section>""" % (indent, urn, slug, TRK, TRK, h(slug, 10).upper(), e(c["name"]), files, n, slug, TRK, TRK,
                        t(c["name"]), t(c["headline"]), t(c["age"]), t(text), TRK, TRK, TRK, TRK, TRK, TRK, files,
                        c["reactions"])


LANGS = [("ar_AE", "العربية (Arabic)"), ("bn_IN", "বাংলা (Bangla)"), ("cs_CZ", "Čeština (Czech)"),
         ("da_DK", "Dansk (Danish)"), ("de_DE", "Deutsch (German)"), ("el_GR", "Ελληνικά (Greek)"),
         ("en_US", "English (English)"), ("es_ES", "Español (Spanish)"), ("fa_IR", "فارسی (Persian)"),
         ("fi_FI", "Suomi (Finnish)"), ("fr_FR", "Français (French)"), ("hi_IN", "हिंदी (Hindi)"),
         ("hu_HU", "Magyar (Hungarian)"), ("in_ID", "Bahasa Indonesia (Indonesian)"), ("it_IT", "Italiano (Italian)"),
         ("iw_IL", "עברית (Hebrew)"), ("ja_JP", "日本語 (Japanese)"), ("ko_KR", "한국어 (Korean)"),
         ("mr_IN", "मराठी (Marathi)"), ("ms_MY", "Bahasa Malaysia (Malay)"), ("nl_NL", "Nederlands (Dutch)"),
         ("no_NO", "Norsk (Norwegian)"), ("pa_IN", "ਪੰਜਾਬੀ (Punjabi)"), ("pl_PL", "Polski (Polish)"),
         ("pt_BR", "Português (Portuguese)"), ("ro_RO", "Română (Romanian)"), ("ru_RU", "Русский (Russian)"),
         ("sv_SE", "Svenska (Swedish)"), ("te_IN", "తెలుగు (Telugu)"), ("th_TH", "ภาษาไทย (Thai)"),
         ("tl_PH", "Tagalog (Tagalog)"), ("tr_TR", "Türkçe (Turkish)"), ("uk_UA", "Українська (Ukrainian)"),
         ("vi_VN", "Tiếng Việt (Vietnamese)"), ("zh_CN", "简体中文 (Chinese (Simplified))"),
         ("zh_TW", "正體中文 (Chinese (Traditional))")]

FOOTER = [("About", "https://about.linkedin.com"), ("Accessibility", "https://www.linkedin.com/accessibility"),
          ("User Agreement", "https://www.linkedin.com/legal/user-agreement"),
          ("Privacy Policy", "https://www.linkedin.com/legal/privacy-policy"),
          ("Cookie Policy", "https://www.linkedin.com/legal/cookie-policy"),
          ("Copyright Policy", "https://www.linkedin.com/legal/copyright-policy"),
          ("Brand Policy", "https://brand.linkedin.com/policies"),
          ("Guest Controls", "https://www.linkedin.com/psettings/guest-controls"),
          ("Community Guidelines", "https://www.linkedin.com/legal/professional-community-policies")]

MORE = [("UPI at 9: what the next 100 billion transactions need", "Apr 14, 2025"),
        ("Why zero-commission ride apps are winning in Bengaluru", "Jan 20, 2025"),
        ("Building a buyer app on ONDC: notes from the first 10,000 orders", "Sep 3, 2024")]

CATEGORIES = ["Career", "Productivity", "Finance", "Soft Skills &amp; Emotional Intelligence", "Project Management",
              "Education", "Technology", "Leadership", "Ecommerce", "User Experience", "Recruitment &amp; HR",
              "Customer Experience", "Real Estate", "Marketing", "Sales", "Retail &amp; Merchandising",
              "Science", "Supply Chain Management", "Future Of Work", "Consulting", "Writing", "Economics",
              "Artificial Intelligence", "Employee Experience", "Workplace Trends", "Fundraising", "Networking",
              "Corporate Social Responsibility", "Negotiation", "Communication", "Engineering", "Hospitality &amp; Tourism",
              "Business Strategy", "Change Management", "Organizational Culture", "Design", "Innovation",
              "Event Planning", "Training &amp; Development"]


def build(out_path):
    meta, body, comments = parse()
    url = "https://www.linkedin.com/pulse/%s/" % meta["slug"]
    title = meta["title"]
    files = re.sub(r'[:?"<>|*/\\]', "_", title) + "_files"
    files_attr = e(files)
    ld = {"@context": "http://schema.org", "@type": "Article", "name": title, "headline": title,
          "author": {"@type": "Person", "name": meta["author"], "url": "https://in.linkedin.com/in/%s" % meta["author_slug"]},
          "datePublished": meta["published_iso"], "dateModified": meta["published_iso"],
          "image": {"@type": "ImageObject", "url": "https://media.licdn.com/dms/image/v2/D5612AQH7rQm2xK3pFw/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1748838412345?e=2147483647&v=beta&t=%s" % h("cover", 43)},
          "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.com",
                        "logo": {"@type": "ImageObject", "url": "https://static.licdn.com/aero-v1/sc/h/8u4o1z3e1wq6lbzlsnuvivs9n"}},
          "commentCount": int(meta["comments"]),
          "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction",
                                    "userInteractionCount": int(meta["reactions"])}],
          "mainEntityOfPage": url}
    top = "".join("""
          <li>
            <a href="https://www.linkedin.com/%s?trk=%s_guest_nav_menu_%s" data-tracking-control-name="%s_guest_nav_menu_%s" data-tracking-will-navigate="" class="top-nav-link flex justify-center items-center h-[52px] hover:text-color-text visited:hover:text-color-text hover:no-underline flex-col flex-wrap w-[64px] text-color-text-secondary visited:text-color-text-secondary">
              <icon class="top-nav-link__icon flex h-3 w-3 flex-shrink-0 justify-center" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/%s" data-svg-class-name="top-nav-link__icon-svg w-3 h-3"></icon>
              <span class="top-nav-link__label-text font-sans text-xs leading-regular text-center font-regular whitespace-nowrap">%s</span>
            </a>
          </li>""" % (path, TRK, key, TRK, key, h(key, 25), label) for label, key, path in
                  [("Articles", "articles", "pulse/topics/home/"), ("People", "people", "pub/dir/+/+"),
                   ("Learning", "learning", "learning/search"), ("Jobs", "jobs", "jobs/search"),
                   ("Games", "games", "games")])
    more = "".join("""
            <li class="more-articles__item">
              <a href="https://www.linkedin.com/pulse/%s?trk=%s_more-articles_related-content-card" target="_self" data-tracking-control-name="%s_more-articles_related-content-card" data-tracking-will-navigate="" class="base-card relative w-full hover:no-underline focus:no-underline base-card--link base-main-card flex flex-wrap py-1.5 pr-2 babybear:pr-0 base-main-card--link">
                <div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">
                  <h3 class="base-main-card__title font-sans text-sm font-bold text-color-text overflow-hidden">
                    %s
                  </h3>
                  <div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis">
                    <span class="base-main-card__metadata-item">%s</span>
                  </div>
                </div>
              </a>
            </li>""" % (re.sub(r"[^a-z0-9]+", "-", tt.lower()).strip("-") + "-kavya-raghunathan-" + h(tt, 5), TRK, TRK,
                        t(tt), d) for tt, d in MORE)
    cats = "".join("""
            <li><a href="https://www.linkedin.com/top-content/%s/?trk=%s_explore-content" class="pill-link">%s</a></li>"""
                   % (re.sub(r"[^a-z]+", "-", html.unescape(c).lower()).strip("-"), TRK, c) for c in CATEGORIES)
    foot = "".join("""
      <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50%% papabear:justify-center papabear:w-auto mamabear:justify-center mamabear:w-auto">
        <a class="li-footer__item-link flex items-center font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover focus:text-color-link-focus" href="%s?trk=%s_footer-%s" data-tracking-control-name="%s_footer-%s" data-tracking-will-navigate="">
          %s
        </a>
      </li>""" % (u, TRK, re.sub(r"[^a-z]+", "-", n.lower()), TRK, re.sub(r"[^a-z]+", "-", n.lower()), n) for n, u in FOOTER)
    langs = "".join("""
              <li class="language-selector__item" role="presentation">
                <!-- Adding aria-label to both the li and the button because screen reader focus goes to button on desktop and li on mobile-->
                <button data-locale="%s" class="font-sans text-xs link block py-[5px] px-2 w-full hover:cursor-pointer hover:bg-color-action hover:text-color-text-on-dark focus:bg-color-action focus:text-color-text-on-dark" role="menuitem" lang="%s" aria-label="%s">
                  %s
                </button>
              </li>""" % (loc, loc, e(name), t(name)) for loc, name in LANGS)
    comm = "".join(comment_html(c, files_attr, i + 1) for i, c in enumerate(comments))
    page = """<!DOCTYPE html>
<!-- saved from url=(%04d)%s -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="pageKey" content="d_flagship3_pulse_read">
<!---->    <meta name="linkedin:pageTag" content="articleSsr">
    <meta name="locale" content="en_US">
    <meta id="config" data-app-version="2.0.2459" data-call-tree-id="AAY3kx%s==" data-multiproduct-name="article-ssr-frontend" data-service-name="article-ssr-frontend" data-browser-id="%s" data-enable-page-view-heartbeat-tracking="" data-page-instance="urn:li:page:d_flagship3_pulse_read;%s==" data-disable-jsbeacon-pagekey-suffix="false" data-member-id="0" data-should-use-full-url-in-pve-path="true" data-dna-member-lix-treatment="enabled" data-human-member-lix-treatment="enabled" data-dfp-member-lix-treatment="control" data-sync-apfc-headers-lix-treatment="control" data-sync-apfc-cb-lix-treatment="control" data-recaptcha-v3-integration-lix-value="control" data-is-epd-enabled-lix-value="enabled">
    <link rel="canonical" href="%s">
<!----><!---->
<!---->
    <meta name="robots" content="max-image-preview:large, noarchive">
    <meta name="bingbot" content="max-image-preview:large, noarchive">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>%s</title>
    <meta name="description" content="%s">
    <meta property="og:title" content="%s">
    <meta property="og:description" content="%s">
    <meta property="og:image" content="https://media.licdn.com/dms/image/v2/D5612AQH7rQm2xK3pFw/article-cover_image-shrink_720_1280/article-cover_image-shrink_720_1280/0/1748838412345?e=2147483647&amp;v=beta&amp;t=%s">
    <meta property="og:type" content="article">
    <meta property="og:url" content="%s">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:site" content="@linkedin">
    <meta name="twitter:title" content="%s">
    <meta name="twitter:description" content="%s">
    <meta name="litmsProfileName" content="article-ssr-frontend">
    <meta name="ubba" content="https://static.licdn.com/aero-v1/sc/h/5h3lq7mpfxu1m2abpxb8o5g0j">
    <meta name="clientSideIngraphs" content="1" data-gauge-metric-endpoint="/article-ssr-frontend/api/ingraphs/gauge" data-counter-metric-endpoint="/article-ssr-frontend/api/ingraphs/counter">
    <link rel="icon" href="https://static.licdn.com/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">
    <link rel="apple-touch-icon" href="https://static.licdn.com/aero-v1/sc/h/2if24wp7oqlodqdlgei1n1520">
    <link rel="stylesheet" href="./%s/2yt3jygwkxmsw7iufmv3ovlxg.css">
    <script type="application/ld+json">%s</script>
    <script src="./%s/en_US.js" async=""></script>
  </head>
  <body dir="ltr" class="overflow-hidden">
    <a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">
      Skip to main content
    </a>
    <code id="i18n_sign_in_modal_title" style="display: none"><!--"Sign in to view more content"--></code>
    <code id="isClsFixActive" style="display: none"><!--false--></code>
    <code id="disableOneTapOnInitIfCsa" style="display: none"><!--true--></code>
    <header class="header base-detail-page__header px-mobile-container-padding bg-color-background-container global-alert-offset sticky-header">
      <nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5 nav--minified-mobile babybear:flex-wrap" aria-label="Primary">
        <a href="https://in.linkedin.com/?trk=%s_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto min-h-[52px] flex items-center babybear:z-0 hover:no-underline focus:no-underline active:no-underline" data-tracking-control-name="%s_nav-header-logo" data-tracking-will-navigate="">
            <span class="sr-only">LinkedIn</span>
            <icon class="block text-color-brand w-[102px] h-[26px] babybear:hidden" data-test-id="nav-logo" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb"></icon>
        </a>
        <ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between babybear:pt-1 justify-start w-max pt-0 overflow-x-auto after:papamamabear:up-down-divider after:papamamabear:!h-[37px] papamamabear:mr-3 babybear:order-last">%s
        </ul>
        <div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2 babymamabear:min-w-[50px]">
          <a class="nav__button-tertiary btn-tertiary btn-md" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_nav-header-join" data-tracking-control-name="%s_nav-header-join" data-test-live-nav-primary-cta="" data-tracking-will-navigate="">
            Join now
          </a>
          <a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/login?session_redirect=%s&amp;fromSignIn=true&amp;trk=%s_nav-header-signin" data-tracking-control-name="%s_nav-header-signin" data-tracking-will-navigate="">
            Sign in
          </a>
        </div>
      </nav>
    </header>
    <main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto papabear:justify-center babymamabear:mx-mobile-container-padding" id="main-content" role="main">
      <section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]">
        <div class="details mx-details-container-padding">
          <article class="article-main relative">
            <figure class="cover-img w-full">
              <div class="cover-img__image-frame relative w-full overflow-hidden pb-[calc((134_/_782)_*_100%%)]">
                <div class="cover-img__image-position absolute top-0 right-0 bottom-0 left-0">
                  <img class="cover-img__image relative w-full h-full object-cover lazy-loaded" data-delayed-url="https://media.licdn.com/dms/image/v2/D5612AQH7rQm2xK3pFw/article-cover_image-shrink_423_752/0/1748838412345?e=2147483647&amp;v=beta" alt="" src="./%s/article-cover_image-shrink_423_752">
                </div>
              </div>
            </figure>
            <div class="core-section-container my-3">
              <div class="core-section-container__content break-words">
                <div class="ellipsis-menu absolute right-0 top-0 !mr-0.5">
                  <div class="collapsible-dropdown flex items-center relative hyphens-auto">
                    <button class="ellipsis-menu__trigger collapsible-dropdown__button btn-md btn-tertiary cursor-pointer !py-[6px] !px-1 flex items-center rounded-[50%%]" aria-expanded="false" aria-label="Open menu" data-tracking-control-name="%s_ellipsis-menu-trigger" tabindex="0">
                      <icon class="ellipsis-menu__trigger-icon m-0 p-0 centered-icon" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/671xosfpvk4c0kqtyl87hashi"></icon>
                    </button>
                    <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-auto top-[100%%]" role="menu" tabindex="-1">
                      <li class="ellipsis-menu__item border-t-1 border-solid border-color-border-low-emphasis first-of-type:border-none flex" role="presentation">
                        <a href="https://www.linkedin.com/uas/login?session_redirect=https%%3A%%2F%%2Fwww.linkedin.com%%2Fpulse%%2F%s&amp;trk=%s_ellipsis-menu-semaphore-sign-in-redirect&amp;guestReportContentType=PONCHO_ARTICLE&amp;_f=guest-reporting" data-tracking-control-name="%s_ellipsis-menu-semaphore-sign-in-redirect" data-tracking-will-navigate="" data-item-type="semaphore" data-semaphore-content-type="PONCHO_ARTICLE" data-semaphore-content-urn="urn:li:linkedInArticle:7335112968044736512" data-semaphore-tracking-prefix="%s_ellipsis-menu-semaphore" data-is-logged-in="false" data-modal="semaphore__toggle" class="semaphore__toggle visited:text-color-text-secondary ellipsis-menu__semaphore ellipsis-menu__item-button flex items-center w-full p-1 cursor-pointer font-sans text-sm font-bold link-styled focus:link-styled link:no-underline active:bg-color-background-container-tint focus:bg-color-background-container-tint hover:bg-color-background-container-tint outline-offset-[-2px]" role="menuitem">
                          <icon class="ellipsis-menu__item-icon text-color-text h-[24px] w-[24px] mr-1" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/iq0x9q37wj214o129ai1yjut"></icon>
                          Report this article
                        </a>
                      </li>
                    </ul>
                  </div>
                </div>
                <header class="mb-3">
                  <h1 class="pulse-title text-color-text font-sans text-display-md font-bold babybear:text-xl leading-regular mb-2">%s</h1>
                  <div class="publisher-author-card mb-3" data-test-id="publisher-author-card">
                    <div class="base-main-card flex flex-wrap py-1.5 pr-2 babybear:pr-0 base-main-card--link main-author-card">
                      <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2] outline-offset-[4px]" href="https://in.linkedin.com/in/%s?trk=%s_publisher-author-card" data-tracking-control-name="%s_publisher-author-card" data-tracking-will-navigate="">
                        <span class="sr-only">
                          %s
                        </span>
                      </a>
                      <div class="base-main-card__media relative w-[88px] h-[88px] babybear:w-[64px] babybear:h-[64px] flex-shrink-0 overflow-hidden rounded-[50%%]">
                        <img class="inline-block relative rounded-[50%%] w-6 h-6 lazy-loaded" data-delayed-url="https://media.licdn.com/dms/image/v2/C5103AQ%s/profile-displayphoto-shrink_400_400/0/" alt="%s" src="./%s/profile-displayphoto-shrink_100_100">
                      </div>
                      <div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">
                        <h3 class="base-main-card__title font-sans text-sm font-bold text-color-text overflow-hidden">
                          %s
                        </h3>
                        <h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">
                          %s
                        </h4>
                        <div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis">
                          <span class="base-main-card__metadata-item">Published %s</span>
                          <span class="base-main-card__metadata-item">· %s</span>
                        </div>
                      </div>
                    </div>
                    <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_publisher-author-card-follow" class="publisher-author-card__follow btn-sm btn-secondary-emphasis" data-tracking-control-name="%s_publisher-author-card-follow" data-tracking-will-navigate="">
                      + Follow
                    </a>
                  </div>
                </header>
                <div data-test-id="publishing-text-block" class="article-main__content">%s</div>
              </div>
            </div>
            <div class="social-details">
              <div class="social-action-bar flex justify-between items-center">
                <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_social-actions-reactions" target="_self" data-tracking-control-name="%s_social-actions-reactions" data-tracking-will-navigate="" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" data-test-id="social-actions__reactions" data-id="social-actions__reactions" data-num-reactions="%s" data-singular="%%numReactions%%" data-plural="%%numReactions%%">
                  <img alt="" src="./%s/bn39hirwzjqj18ej1fkz55671" class="social-detail-reactions__icon">
                  <img alt="" src="./%s/2tzoeodxy0zug4455msr0oq0v" class="social-detail-reactions__icon">
                  <img alt="" src="./%s/cyfai5zw4nrqhyyhl0p7so58v" class="social-detail-reactions__icon">
                  <span class="font-normal ml-0.5" data-test-id="social-actions__reaction-count">%s</span>
                </a>
                <div class="flex items-center font-normal text-color-text-low-emphasis">
                  <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_social-actions-comments" target="_self" data-tracking-control-name="%s_social-actions-comments" data-tracking-will-navigate="" class="flex items-center font-normal text-color-text-low-emphasis !no-underline visited:text-color-text-low-emphasis my-1" data-test-id="social-actions__comments" data-id="social-actions__comments" data-num-comments="%s" data-singular="%%numComments%% Comment" data-plural="%%numComments%% Comments">
                    %s Comments
                  </a>
                  <span class="px-0.5">·</span>
                  <span class="my-1">%s reposts</span>
                </div>
              </div>
              <div class="social-action-bar__buttons flex justify-around border-t-1 border-solid border-color-border-faint">
                <a class="social-action-bar__button" href="https://www.linkedin.com/signup/cold-join?trk=%s_x-social-details_like-toggle_like-cta" data-tracking-control-name="%s_x-social-details_like-toggle_like-cta"><icon class="social-action-bar__icon" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/ada9zwf5w14gozgc2rw25hd2x"></icon><span class="social-action-bar__button-text">Like</span></a>
                <a class="social-action-bar__button" href="https://www.linkedin.com/signup/cold-join?trk=%s_comment-cta" data-tracking-control-name="%s_comment-cta"><icon class="social-action-bar__icon" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/1mbfgcprj3wl79c4oyw2c1sbp"></icon><span class="social-action-bar__button-text">Comment</span></a>
                <button class="social-action-bar__button share-native-button" data-share-url="%s" aria-label="Share"><icon class="social-action-bar__icon" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/2b5qf8ovj0yljg04x5zvfwuuv"></icon><span class="social-action-bar__button-text">Share</span></button>
              </div>
            </div>
            <section class="comments mt-2">%s
              <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_comments_comment-see-more" target="_self" data-tracking-control-name="%s_x-social-details_comments_comment-see-more" data-tracking-will-navigate="" class="btn-sm btn-secondary-emphasis inline-block mt-2">
                See more comments
              </a>
              <p class="text-sm text-color-text-low-emphasis mt-2">
                To view or add a comment, <a href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_x-social-details_feed-cta-banner-cta" class="link-styled">sign in</a>
              </p>
            </section>
          </article>
          <section class="more-articles mt-4">
            <h2 class="more-articles__title font-sans text-lg font-bold text-color-text mb-1">
              More articles by %s
            </h2>
            <ul class="more-articles__list">%s
            </ul>
            <a href="https://www.linkedin.com/today/author/%s?trk=%s_more-articles_see-all" class="btn-sm btn-secondary-emphasis inline-block mt-1">
              See all articles
            </a>
          </section>
        </div>
      </section>
      <section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter mamabear:max-w-[790px] mamabear:px-mobile-container-padding babybear:max-w-[790px] babybear:px-mobile-container-padding">
        <div class="aside-section-container mb-4">
          <h2 class="aside-section-container__title section-title">
            Explore content categories
          </h2>
          <ul class="pill-list flex flex-wrap">%s
          </ul>
          <button class="show-more-less__button show-more-less__more-button show-more-button" aria-expanded="false">
            Show more
          </button>
        </div>
      </section>
    </main>
    <footer class="li-footer bg-transparent w-full">
      <ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px] pt-1.5 pb-0 px-2 papamamabear:px-0.5 papabear:px-0 babybear:pt-[10px]">
      <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50%% papabear:justify-center papabear:w-auto mamabear:justify-center mamabear:w-auto">
        <span class="sr-only">LinkedIn</span>
        <icon class="li-footer__copy-logo text-color-logo-brand-alt inline-block self-center h-[14px] w-[56px] mr-1" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/5mebydpuuijm3uhv1q375inqh"></icon>
        <span class="li-footer__copy-text flex items-center">© 2025</span>
      </li>%s
      <li class="li-footer__item font-sans text-xs text-color-text-low-emphasis flex flex-shrink-0 justify-start p-1 relative w-50%% papabear:justify-center papabear:w-auto mamabear:justify-center mamabear:w-auto">
        <div class="collapsible-dropdown collapsible-dropdown--footer collapsible-dropdown--up flex items-center relative hyphens-auto language-selector z-2">
          <ul class="collapsible-dropdown__list hidden container-raised absolute w-auto overflow-y-auto flex-col items-stretch z-1 bottom-[100%%] top-auto" role="menu" tabindex="-1">%s
          </ul>
          <button class="language-selector__button select-none relative pr-2 font-sans text-xs font-bold text-color-text-low-emphasis hover:text-color-link-hover hover:cursor-pointer focus:text-color-link-focus focus:outline-dotted focus:outline-1" aria-expanded="false">
            <span class="language-selector__label-text mr-0.5 break-words">
              Language
            </span>
            <icon class="language-selector__label-chevron w-2 h-2 absolute top-0 right-0" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/cyolgscd0imw2ldqppkrb84vo"></icon>
          </button>
        </div>
      </li>
      </ul>
    </footer>
    <div class="contextual-sign-in-modal hidden" data-impression-id="%s_contextual-sign-in-modal">
      <div class="modal__overlay flex items-center bg-color-background-scrim justify-center fixed bottom-0 left-0 right-0 top-0 opacity-0 invisible pointer-events-none z-[1000] transition-[opacity] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.17s] py-4" aria-hidden="true">
        <section aria-modal="true" role="dialog" aria-labelledby="contextual-sign-in-modal-modal-header" tabindex="-1" class="max-h-full modal__wrapper overflow-auto p-0 bg-color-surface max-w-[1128px] min-h-[160px] relative scale-[0.25] shadow-sm shadow-color-border-faint transition-[transform] ease-[cubic-bezier(0.25,0.1,0.25,1.0)] duration-[0.33s] focus:outline-0 w-[1128px] mamabear:w-[744px] babybear:w-[360px] rounded-md">
          <button class="modal__dismiss btn-tertiary h-[40px] w-[40px] p-0 rounded-full indent-0 contextual-sign-in-modal__modal-dismiss absolute right-0 m-[20px] cursor-pointer" aria-label="Dismiss" data-tracking-control-name="%s_contextual-sign-in-modal_modal_dismiss">
            <icon class="contextual-sign-in-modal__modal-dismiss-icon" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/gs508lg3t2o81tq7pmcgn6m2"></icon>
          </button>
          <div class="modal__main w-full">
            <div class="contextual-sign-in-modal__screen contextual-sign-in-modal__context-screen flex flex-col my-4 mx-3">
              <img class="inline-block relative rounded-[50%%] w-16 h-16 contextual-sign-in-modal__img m-auto" data-delayed-url="https://static.licdn.com/aero-v1/sc/h/dbvmk0tsk0o0hd59fi64z3own" alt="" src="./%s/dbvmk0tsk0o0hd59fi64z3own">
              <h2 class="contextual-sign-in-modal__context-screen-title font-sans py-2 px-0 my-0 mx-auto text-xl leading-regular text-color-text text-center" id="contextual-sign-in-modal-modal-header">
                Sign in to view more content
              </h2>
              <p class="contextual-sign-in-modal__subtitle text-md text-color-text text-center">
                Create your free account or sign in to continue your search
              </p>
              <p class="linkedin-tc__text text-color-text-low-emphasis text-xs pb-2 !text-sm !text-color-text">
                By clicking Continue to join or sign in, you agree to LinkedIn’s <a href="https://www.linkedin.com/legal/user-agreement?trk=linkedin-tc_auth-button_user-agreement" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_user-agreement" data-tracking-will-navigate="true">User Agreement</a>, <a href="https://www.linkedin.com/legal/privacy-policy?trk=linkedin-tc_auth-button_privacy-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_privacy-policy" data-tracking-will-navigate="true">Privacy Policy</a>, and <a href="https://www.linkedin.com/legal/cookie-policy?trk=linkedin-tc_auth-button_cookie-policy" target="_blank" data-tracking-control-name="linkedin-tc_auth-button_cookie-policy" data-tracking-will-navigate="true">Cookie Policy</a>.
              </p>
              <div class="contextual-sign-in-modal__btn-container m-auto w-[320px] babybear:w-full">
                <a class="contextual-sign-in-modal__sign-in-btn btn-secondary-emphasis btn-lg w-full" href="https://www.linkedin.com/login?session_redirect=%s&amp;trk=%s_contextual-sign-in-modal_sign-in-modal_auth-button_sign-in">
                  Sign in
                </a>
                <p class="contextual-sign-in-modal__join-link text-md text-color-text text-center mt-2">
                  New to LinkedIn? <a class="link-styled" href="https://www.linkedin.com/signup/cold-join?session_redirect=%s&amp;trk=%s_contextual-sign-in-modal_join-link">Join now</a>
                </p>
              </div>
            </div>
          </div>
        </section>
      </div>
    </div>
    <script src="./%s/c2e6h1n8ekv2sryhxogpxaqm0" async="" defer=""></script>
    <script src="./%s/7g0h4tj8fmh6ygl6d2u5wqu8i" async="" defer=""></script>
    <script>window.__INITIAL_LIX = {"article-ssr-frontend-pulse-reading-time":"enabled","seo-pulse-cover-image":"enabled"};</script>
  

</body></html>""" % (
        len(url), url, h("call"), h("browser", 36), h("page"), url,
        t(title), e(meta["description"]), e(title), e(meta["description"]), h("cover", 43), url, e(title),
        e(meta["description"]), files_attr, json.dumps(ld, ensure_ascii=False).replace("</", "<\\/"), files_attr,
        TRK, TRK, top, url, TRK, TRK, url, TRK, TRK, files_attr, TRK, meta["slug"], TRK, TRK, TRK, t(title),
        meta["author_slug"], TRK, TRK, t(meta["author"]), h("avatar", 12).upper(), e(meta["author"]), files_attr,
        t(meta["author"]), t(meta["headline"]), meta["published"], meta["reading"], url, TRK, TRK,
        body_html(body).replace("%FILES%", files_attr),
        url, TRK, TRK, meta["reactions"], files_attr, files_attr, files_attr, meta["reactions"],
        url, TRK, TRK, meta["comments"], meta["comments"], meta["reposts"],
        TRK, TRK, TRK, TRK, url, comm, url, TRK, TRK, url, TRK,
        t(meta["author"]), more, meta["author_slug"], TRK, cats, foot, langs, TRK, TRK, files_attr,
        url, TRK, url, TRK, files_attr, files_attr)
    page = page.replace("session_redirect=" + url, "session_redirect=" + quote(url, safe=""))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
