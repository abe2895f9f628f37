#!/usr/bin/python3
"""Make docs/state-gig-laws-linkedin.html from tools/state-gig-laws-linkedin.txt.

The page imitates a LinkedIn article (a newsletter edition) opened while signed in and saved
with Chrome's "Save page as... > Webpage, Complete": the "saved from url" comment, a <title>
with the unread-notifications count in brackets, meta and Open Graph tags, a JSON-LD Article
block, stylesheet and script links into the "_files" folder (not part of the set), an inline
style block; the global nav bar (search box, Home, My Network, Jobs, Messaging, Notifications
with a badge, Me, For Business, a Premium upsell); the reader: cover image, the newsletter strip
(name, blurb, subscribers, Subscribe), the <h1> title, the author lockup (photo, name, headline,
followers, "Published ..." date, "+ Follow" button), the article body as LinkedIn's editor writes
it (<p>, <h2> headings, <h3> subheadings, <ul>/<ol> lists, <strong>/<em>, a <blockquote>, a
<figure> with an image and caption), hashtags, the social counts (reaction icons, "... and N
others", comments, reposts), the Like / Comment / Repost / Send bar, the comment box, the
"Most relevant" sort, comments and replies (name, connection degree, headline, age, "Author"
badge, "(edited)", text clamped with a "...see more" button, Like / Reply counts), "Load more
comments", the author card again with "Follow" and "More articles by ...", "Explore topics",
the footer, the messaging overlay and trailing scripts.

Run from anywhere: /usr/bin/python3 tools/make_linkedin.py  (output is byte-for-byte stable)
"""
import hashlib
import json
import os
import re
from html import escape as _escape


def escape(s, quote=True):
    """Escape as Chrome serialises a saved page: &, < and > always, '"' only in attributes."""
    s = _escape(s, quote=False)
    return s.replace('"', "&quot;") if quote else s

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "state-gig-laws-linkedin.txt")
OUT = os.path.join(HERE, "..", "docs", "state-gig-laws-linkedin.html")
FILES = "./Rajasthan went first, Karnataka went further_files"


def eid(*parts):
    """Stable ember-like ids and URNs derived from content."""
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:8], 16)


def inline(s):
    s = escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<em>\1</em>", s)
    return s


def read_source():
    meta, body, comments = {}, [], []
    in_comments = False
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("%"):
                continue
            if line == "@comments-start":
                in_comments = True
                continue
            if in_comments:
                if line.startswith("@comment ") or line.startswith("@reply "):
                    key, rest = line.split(" ", 1)
                    name, head, degree, age, likes, replies, edited = rest.split("^")
                    c = {"name": name, "headline": head, "degree": degree, "age": age,
                         "likes": int(likes), "replies": int(replies), "edited": bool(edited),
                         "text": [], "more": [], "children": []}
                    if key == "@reply":
                        comments[-1]["children"].append(c)
                    else:
                        comments.append(c)
                    cur = c
                elif line.startswith("@more "):
                    cur["more"].append(line[6:])
                elif line.strip():
                    cur["text"].append(line)
                continue
            if line.startswith("@") and not body:
                key, _, val = line.partition(" ")
                meta[key[1:]] = val
            else:
                body.append(line)
    return meta, body, comments


def article_html(lines):
    out, para, lst = [], [], None

    def flush():
        nonlocal lst
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()
        if lst:
            tag, items = lst
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % inline(i) for i in items), tag))
            lst = None

    for line in lines:
        s = line.strip()
        if not s:
            flush()
        elif s.startswith("### "):
            flush()
            out.append("<h3>%s</h3>" % inline(s[4:]))
        elif s.startswith("## "):
            flush()
            out.append("<h2>%s</h2>" % inline(s[3:]))
        elif s.startswith("- "):
            if para:
                flush()
            if lst and lst[0] != "ul":
                flush()
            lst = lst or ("ul", [])
            lst[1].append(s[2:])
        elif re.match(r"\d+\. ", s):
            if para:
                flush()
            if lst and lst[0] != "ol":
                flush()
            lst = lst or ("ol", [])
            lst[1].append(s.split(". ", 1)[1])
        elif s.startswith("> "):
            flush()
            out.append("<blockquote><p>%s</p></blockquote>" % inline(s[2:]))
        elif s.startswith("@figure "):
            flush()
            alt, cap = s[8:].split("|", 1)
            out.append(
                '<figure class="reader-image-block"><div class="reader-image-block__image-container">'
                '<img class="reader-image-block__img" alt="%s" src="%s/D5612AQH3kq8ZrVbN1w.jpeg" '
                'loading="lazy" width="1200" height="630"></div>'
                '<figcaption class="reader-image-block__caption">%s</figcaption></figure>'
                % (escape(alt), FILES, inline(cap)))
        else:
            if lst:
                flush()
            para.append(s)
    flush()
    return "\n".join(out)


def comment_html(c, meta, depth=0):
    urn = eid(c["name"], c["age"], " ".join(c["text"]))
    cls = "comments-comment-entity" + (" comments-comment-entity--reply" if depth else "")
    is_author = c["headline"] == "Author"
    headline = meta["headline"] if is_author else c["headline"]
    badge = ('<span class="comments-comment-meta__data--author-badge">Author</span>'
             if is_author else
             '<span class="comments-comment-meta__data"><span class="visually-hidden">'
             '%s degree connection</span><span aria-hidden="true">\u2022 %s</span></span>'
             % (c["degree"].replace("2nd", "Second").replace("3rd+", "Third+"), c["degree"]))
    text = " ".join(c["text"])
    more = " ".join(c["more"])
    body = '<span dir="ltr">%s%s</span>' % (
        escape(text, quote=False),
        (' <span class="see-more-less-text__overflow">%s</span>' % escape(more, quote=False))
        if more else "")
    see_more = ('<button class="see-more t-14 t-black--light t-normal hoverable-link-text" '
                'aria-label="see more, visually reveals content which is already detected by '
                'screen readers" type="button"><span>\u2026see more</span></button>'
                if more else "")
    edited = '<span class="comments-comment-meta__data--edited">(edited)</span>' if c["edited"] else ""
    replies = ""
    if c["children"]:
        replies = ('<div class="comments-replies-list"><div class="comments-replies-list__container">'
                   + "".join(comment_html(r, meta, depth + 1) for r in c["children"])
                   + "</div></div>")
    reply_count = ('<span class="comments-comment-social-bar__replies-count">%d %s</span>'
                   % (c["replies"], "reply" if c["replies"] == 1 else "replies")
                   if c["replies"] else "")
    return (
        '<article class="%s comments-comment-entity--rounded" data-id="urn:li:comment:(urn:li:'
        'linkedInArticle:7375519204418215936,%d)">\n'
        '<div class="comments-comment-meta__container"><a class="comments-comment-meta__image-link" '
        'href="https://www.linkedin.com/in/%s/"><img class="EntityPhoto-circle-1" width="40" '
        'height="40" alt="View %s\u2019s profile" src="%s/profile-%d.jpeg"></a>\n'
        '<div class="comments-comment-meta__actor"><a class="comments-comment-meta__description-container" '
        'href="https://www.linkedin.com/in/%s/"><h3 class="comments-comment-meta__description">'
        '<span class="comments-comment-meta__description-title">%s</span>%s</h3>'
        '<div class="comments-comment-meta__description-subtitle">%s</div></a></div>\n'
        '<div class="comments-comment-meta__info"><time class="comments-comment-meta__data">%s</time>'
        '%s<button class="comment-options-trigger" aria-label="View more options for %s\u2019s comment">'
        '<svg role="none" aria-hidden="true" width="16" height="16"><use href="#overflow-web-ios-small">'
        '</use></svg></button></div></div>\n'
        '<div class="comments-comment-item-content-body"><div class="update-components-text '
        'relative"><span class="comments-comment-item__main-content feed-shared-inline-show-more-text '
        'feed-shared-inline-show-more-text--3-lines" dir="ltr">%s</span>%s</div></div>\n'
        '<div class="comments-comment-social-bar--cr"><span class="comments-comment-social-bar__'
        'reactions-count--cr"><button aria-label="%d Reactions on %s\u2019s comment" type="button">'
        '<img alt="like" width="16" height="16" src="%s/like-small.svg"><span>%d</span></button>'
        '</span><button class="comments-comment-social-bar__action-button" aria-label="React Like '
        'to %s\u2019s comment" type="button"><span>Like</span></button><span class="comments-'
        'comment-social-bar__vertical-divider" aria-hidden="true">|</span><button class="comments-'
        'comment-social-bar__reply-action-button--cr" aria-label="Reply to %s\u2019s comment" '
        'type="button"><span>Reply</span></button>%s</div>\n%s</article>\n'
        % (cls, urn, re.sub(r"[^a-z]+", "-", c["name"].lower()) + "-%x" % (urn % 4096),
           escape(c["name"]), FILES, urn % 1000,
           re.sub(r"[^a-z]+", "-", c["name"].lower()) + "-%x" % (urn % 4096),
           escape(c["name"]), badge, escape(headline), c["age"], edited, escape(c["name"]),
           body, see_more, c["likes"], escape(c["name"]), FILES, c["likes"], escape(c["name"]),
           escape(c["name"]), reply_count, replies))


NAV = [("Home", "home"), ("My Network", "people"), ("Jobs", "job"), ("Messaging", "send-privately"),
       ("Notifications", "bell")]

MORE_ARTICLES = [
    ("e-Shram at 30 crore: a register in search of a purpose", "Jul 14, 2025"),
    ("Ten-minute delivery and the heat: who pays when a rider collapses?", "Jun 2, 2025"),
    ("Budget 2025-26 and the one crore gig workers: reading the fine print", "Feb 3, 2025"),
]

TOPICS = ["Sales", "Marketing", "IT Services", "Business Administration", "HR Management",
          "Engineering", "Soft Skills", "See All"]

FOOTER = ["About", "Accessibility", "Help Center", "Privacy & Terms", "Ad Choices", "Advertising",
          "Business Services", "Get the LinkedIn app", "More"]


def page(meta, body, comments):
    url = "https://www.linkedin.com/pulse/%s/" % meta["slug"]
    saved = "<!-- saved from url=(%04d)%s -->" % (len(url), url)
    desc = ("On 12 September 2025 Karnataka published its Platform Based Gig Workers (Social "
            "Security and Welfare) Act in the state gazette.")
    ld = {
        "@context": "http://schema.org", "@type": "Article", "name": meta["title"],
        "headline": meta["title"], "datePublished": "2025-09-22T06:31:18.000+00:00",
        "dateModified": "2025-12-20T11:04:52.000+00:00",
        "author": {"@type": "Person", "name": meta["author"],
                   "url": "https://in.linkedin.com/in/ananya-rao-labour"},
        "publisher": {"@type": "Organization", "name": "LinkedIn",
                      "logo": {"@type": "ImageObject",
                               "url": "https://static.licdn.com/aero-v1/sc/h/3gl8qk6ubs4yr0xtb2xujzt8u"}},
        "commentCount": int(meta["comments"]),
        "interactionStatistic": {"@type": "InteractionCounter",
                                 "interactionType": "http://schema.org/LikeAction",
                                 "userInteractionCount": int(meta["reactions"])},
        "isPartOf": {"@type": "CreativeWorkSeries", "name": meta["newsletter"]},
        "mainEntityOfPage": url,
    }
    nav = "".join(
        '<li class="global-nav__primary-item"><a class="app-aware-link global-nav__primary-link" '
        'href="https://www.linkedin.com/%s/"><div class="ivm-image-view-model global-nav__icon-ivm">'
        '<svg role="img" aria-hidden="false" width="24" height="24" data-test-icon="%s-medium">'
        '<use href="#%s-medium"></use></svg></div>%s<span class="t-12 break-words block t-black--light '
        't-normal global-nav__primary-link-text" title="%s">%s</span></a></li>\n'
        % (n.lower().replace(" ", ""), icon, icon,
           '<span class="notification-badge notification-badge--show"><span class="notification-badge__count" '
           'aria-hidden="true">3</span><span class="visually-hidden">3 new notifications</span></span>'
           if n == "Notifications" else "", n, n)
        for n, icon in NAV)
    comment_list = "".join(comment_html(c, meta) for c in comments)
    more_articles = "".join(
        '<li class="reader-more-articles__item"><a class="reader-more-articles__link" href="https://'
        'www.linkedin.com/pulse/%s-ananya-rao-%s/"><img alt="" src="%s/more-%d.jpeg" width="88" '
        'height="48"><div class="reader-more-articles__text"><h3 class="t-14 t-bold">%s</h3>'
        '<p class="t-12 t-black--light">%s</p></div></a></li>\n'
        % (re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:60], "%05x" % (eid(t) % 1048576),
           FILES, i, escape(t), d)
        for i, (t, d) in enumerate(MORE_ARTICLES, 1))
    topics = "".join('<li><a class="reader-topics__link" href="https://www.linkedin.com/pulse/topics/'
                     '%s/">%s</a></li>' % (t.lower().replace(" ", "-"), t) for t in TOPICS)
    footer = "".join('<li class="global-footer-compact__item"><a href="https://www.linkedin.com/'
                     '%s">%s</a></li>' % (f.lower().replace(" ", "-").replace("&", "and"), escape(f))
                     for f in FOOTER)
    hashtags = " ".join('<a class="reader-hashtag" href="https://www.linkedin.com/feed/hashtag/?'
                        'keywords=%s">#%s</a>' % (h[1:].lower(), h[1:])
                        for h in meta["hashtags"].split())
    follow_btn = ('<button aria-label="Follow %s" class="follow artdeco-button artdeco-button--2 '
                  'artdeco-button--tertiary" type="button"><svg role="none" aria-hidden="true" '
                  'width="16" height="16"><use href="#add-small"></use></svg><span class="'
                  'artdeco-button__text">Follow</span></button>' % meta["author"])
    return """<!DOCTYPE html>
{saved}
<html lang="en" class="theme theme--mercado artdeco windows"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>(3) {title_text} | LinkedIn</title>
<meta name="description" content="{desc}">
<meta property="og:site_name" content="LinkedIn">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://media.licdn.com/dms/image/v2/D5612AQFgigcover/article-cover_image-shrink_720_1280/0/1758521478221">
<meta name="twitter:card" content="summary_large_image">
<meta name="linkedin:pageTag" content="pulse-reader">
<link rel="canonical" href="{url}">
<link rel="icon" href="https://static.licdn.com/aero-v1/sc/h/al2o9zrvru7aqj8e1x2rzsrca">
<link rel="stylesheet" href="{files}/ar5y0c8xq1mtn5ebe1hhdgtya.css">
<link rel="stylesheet" href="{files}/pulse-reader-2a91e.css">
<script type="application/ld+json">{ld}</script>
<style>.visually-hidden{{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}}.feed-shared-inline-show-more-text--3-lines{{-webkit-line-clamp:3;display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}}.see-more-less-text__overflow{{display:inline}}.reader-article-content h2{{font-size:2rem;font-weight:600}}.reader-article-content h3{{font-size:1.6rem;font-weight:600}}</style>
<script src="{files}/fs-bootstrap.js.download" async=""></script>
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application icons-loaded boot-complete">
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="application-outlet">
<header id="global-nav" class="global-nav global-alert-offset-top" role="banner"><div class="global-nav__content">
<a class="global-nav__logo" href="https://www.linkedin.com/feed/"><span class="visually-hidden">LinkedIn</span><svg role="img" width="34" height="34" data-test-icon="linkedin-bug-medium"><use href="#linkedin-bug-medium"></use></svg></a>
<div id="global-nav-search" class="global-nav__search"><div class="search-global-typeahead"><input class="search-global-typeahead__input" placeholder="Search" role="combobox" aria-label="Search" type="text"></div></div>
<nav class="global-nav__nav" aria-label="Primary Navigation"><ul class="global-nav__primary-items">
{nav}<li class="global-nav__primary-item global-nav__me"><button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger" type="button"><img width="24" height="24" alt="Priya Nair" class="global-nav__me-photo" src="{files}/me-24.jpeg"><span class="t-12 global-nav__primary-link-text">Me</span></button></li>
<li class="global-nav__primary-item global-nav__spotlight"><button class="global-nav__primary-link global-nav__primary-link--work" type="button"><span class="t-12 global-nav__primary-link-text">For Business</span></button></li>
<li class="global-nav__primary-item"><a class="global-nav__primary-link global-nav__primary-link--premium" href="https://www.linkedin.com/premium/products/?upsellOrderOrigin=premium_nav_upsell_text">Try Premium for \u20b90</a></li>
</ul></nav></div></header>
<div class="authentication-outlet"><main id="main-content" class="scaffold-layout__main" aria-label="Main Feed">
<div class="reader-wrapper"><article class="reader-article reader-article--newsletter">
<div class="reader-cover-image"><img class="reader-cover-image__img" alt="{cover}" src="{files}/D5612AQFgigcover.jpeg" width="1280" height="720"></div>
<div class="reader-newsletter-header"><a class="reader-newsletter-header__logo" href="https://www.linkedin.com/newsletters/labour-lines-7108814562941149184/"><img alt="{newsletter}" src="{files}/newsletter-logo.png" width="48" height="48"></a>
<div class="reader-newsletter-header__info"><a class="reader-newsletter-header__title t-16 t-bold" href="https://www.linkedin.com/newsletters/labour-lines-7108814562941149184/">{newsletter}</a><p class="t-14 t-black--light">{blurb}</p><p class="t-12 t-black--light">{subscribers} subscribers</p></div>
<button class="reader-newsletter-header__subscribe artdeco-button artdeco-button--2 artdeco-button--secondary" type="button"><span class="artdeco-button__text">Subscribe</span></button></div>
<h1 class="reader-article-header__title">{title_text}</h1>
<div class="reader-author-info__container"><a class="reader-author-info__image-link" href="https://in.linkedin.com/in/ananya-rao-labour"><img class="EntityPhoto-circle-3" alt="{author}" src="{files}/author-96.jpeg" width="56" height="56"></a>
<div class="reader-author-info__content"><a class="reader-author-info__author-link" href="https://in.linkedin.com/in/ananya-rao-labour"><h2 class="text-heading-medium">{author}</h2></a><span class="visually-hidden">Status is reachable</span>
<div class="reader-author-info__author-lockup"><div class="t-14 t-black t-normal">{headline}</div><div class="t-12 t-black--light t-normal">{followers} followers</div>
<time class="t-12 t-black--light t-normal" datetime="2025-09-22">Published {published}</time></div></div>
{follow}</div>
<div class="reader-article-content reader-article-content--content-blocks" dir="ltr">
{body}
<p class="reader-hashtags">{hashtags}</p>
</div>
<div class="reader-social-activity"><div class="social-details-social-counts"><button class="social-details-social-counts__reactions-count" aria-label="{reactions} reactions" type="button"><img alt="like" src="{files}/like.svg" width="16" height="16"><img alt="insightful" src="{files}/insightful.svg" width="16" height="16"><img alt="support" src="{files}/support.svg" width="16" height="16"><span class="social-details-social-counts__social-proof-fallback-number">{reaction_names}</span></button>
<ul class="social-details-social-counts__items"><li class="social-details-social-counts__comments"><button aria-label="{comments} comments on {author}\u2019s article" type="button"><span>{comments} comments</span></button></li><li class="social-details-social-counts__item"><button aria-label="{reposts} reposts of {author}\u2019s article" type="button"><span>{reposts} reposts</span></button></li></ul></div>
<div class="feed-shared-social-action-bar" role="group"><button class="react-button__trigger artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-pressed="false" aria-label="React Like" type="button"><span class="artdeco-button__text">Like</span></button><button class="comment-button artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-label="Comment" type="button"><span class="artdeco-button__text">Comment</span></button><button class="social-reshare-button artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-label="Repost" type="button"><span class="artdeco-button__text">Repost</span></button><button class="send-privately-button artdeco-button artdeco-button--muted artdeco-button--tertiary" aria-label="Send in a private message" type="button"><span class="artdeco-button__text">Send</span></button></div></div>
<section class="comments-comments-list comments-comments-list--cr" aria-label="Comments">
<div class="comments-comment-box"><img class="EntityPhoto-circle-1" width="40" height="40" alt="Priya Nair" src="{files}/me-40.jpeg"><div class="comments-comment-box__form"><div class="ql-editor ql-blank" contenteditable="true" data-placeholder="Add a comment\u2026" aria-label="Text editor for creating content"><p><br></p></div></div></div>
<div class="comments-sort-order-toggle"><button class="comments-sort-order-toggle__trigger" type="button"><span>Most relevant</span><svg role="none" aria-hidden="true" width="16" height="16"><use href="#caret-small"></use></svg></button></div>
<div class="comments-comments-list__container">
{comment_list}</div>
<div class="comments-comments-list__show-previous-container"><button class="comments-comments-list__load-more-comments-button artdeco-button artdeco-button--muted artdeco-button--1 artdeco-button--tertiary" type="button"><span class="artdeco-button__text">Load more comments</span></button></div>
</section>
<div class="reader-author-card"><div class="reader-author-card__header t-12 t-black--light">Published by</div><div class="reader-author-card__lockup"><img alt="{author}" src="{files}/author-96.jpeg" width="72" height="72"><div><a class="t-16 t-bold" href="https://in.linkedin.com/in/ananya-rao-labour">{author}</a><p class="t-14 t-black--light">{headline}</p><p class="t-12 t-black--light">Published \u2022 {published}</p></div>
{follow}</div></div>
<section class="reader-more-articles"><h2 class="t-16 t-bold">More articles by {author}</h2><ul class="reader-more-articles__list">
{more_articles}</ul><a class="reader-more-articles__see-all" href="https://www.linkedin.com/in/ananya-rao-labour/recent-activity/articles/">See all articles</a></section>
</article>
<aside class="reader-topics"><h2 class="t-16 t-bold">Explore topics</h2><ul class="reader-topics__list">{topics}</ul></aside>
</div></main></div>
<footer class="global-footer-compact" role="contentinfo"><ul class="global-footer-compact__list">{footer}</ul><p class="global-footer-compact__copyright"><span class="visually-hidden">LinkedIn</span> LinkedIn Corporation \u00a9 2025</p></footer>
<aside id="msg-overlay" class="msg-overlay-container" aria-label="Messaging"><div class="msg-overlay-list-bubble"><header class="msg-overlay-bubble-header"><img alt="Priya Nair" src="{files}/me-32.jpeg" width="32" height="32"><button class="msg-overlay-bubble-header__control" type="button"><span class="t-14 t-bold">Messaging</span></button><button class="msg-overlay-bubble-header__control" aria-label="You are on the messaging overlay. Press enter to open the list of conversations." type="button"><svg role="none" aria-hidden="true" width="16" height="16"><use href="#chevron-up-small"></use></svg></button></header></div></aside>
</div>
<script src="{files}/zy3g3a2vbpvmr0t91oofo8rsb.js.download"></script>
<script>window.__lix={{"voyager.web.pulse-reader":"enabled"}};(function(){{var t=performance.now();window.addEventListener("load",function(){{window.__rum&&window.__rum.push(["reader",performance.now()-t])}})}})();</script>
</body></html>
""".format(
        saved=saved, title=escape(meta["title"]), title_text=escape(meta["title"], quote=False),
        desc=escape(desc), url=url, files=FILES,
        ld=json.dumps(ld, ensure_ascii=False, separators=(",", ":")), nav=nav,
        cover=escape(meta["cover"]), newsletter=escape(meta["newsletter"]),
        blurb=escape(meta["newsletter-blurb"]), subscribers=meta["subscribers"],
        author=escape(meta["author"]), headline=escape(meta["headline"]),
        followers=meta["followers"], published=meta["published"], follow=follow_btn,
        body=article_html(body), hashtags=hashtags, reactions=meta["reactions"],
        reaction_names=escape(meta["reaction-names"]), comments=meta["comments"],
        reposts=meta["reposts"], comment_list=comment_list, more_articles=more_articles,
        topics=topics, footer=footer)


def build():
    meta, body, comments = read_source()
    html = page(meta, body, comments)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    build()
