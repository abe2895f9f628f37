#!/usr/bin/python3
"""Make docs/reddit-teesta-iii-rebuild.html from tools/reddit-teesta-iii-rebuild.txt.

The page imitates an r/UPSC thread of Reddit's 2024-25 web design ("shreddit", built of web
components) saved from Chrome with "Save page as > Webpage, Complete": a "saved from url"
comment; a head with the title ending " : r/UPSC", meta, Open Graph and twitter tags, the
canonical link, stylesheets and module scripts pointing into the "_files" folder saved next to
the page (which the set does not hold), an inline style block of theme variables and a JSON-LD
DiscussionForumPosting script; a <shreddit-app> holding the header (logo, "Search in r/UPSC",
Get App, Log In, the "Open menu" / "Expand user menu" screen-reader labels), the left
<reddit-sidebar-nav> (Home, Popular, Explore, All, RESOURCES, the legal links), the
<shreddit-post> with its attributes (author, created-timestamp, score, comment-count,
post-title, permalink...), a credit bar with the community icon, r/UPSC, "•", a
<faceplate-timeago> whose <time> shows "7 mo. ago" over a full-date title, the author, a Join
button, the h1 title, a <shreddit-post-flair>, the self-text in a "-post-rtjson-content" div
(p, ul/ol whose every li holds a p, strong, em), the vote / comment / award / share bar with
<faceplate-number> counts; the "Sort by: Best" comment header and comment search; a
<shreddit-comment-tree> of nested <shreddit-comment> elements (depth 0-2, children in
slot="children") each with an avatar, the commentMeta (author, OP, MOD and "Top 1% Commenter"
badges, "Pinned" for the stickied moderator comment, "•", the age, "Edited ..." where edited),
the body in a "-comment-rtjson-content" div (p, h2, lists, strong, em) and a
<shreddit-comment-action-row>; a "Comment deleted by user" stub; a promoted post between
comments; a "View more comments" partial loader; the right sidebar (community card with
members and online counts, rules, moderators, the footer links).

Run from anywhere: /usr/bin/python3 tools/make_html.py   (output is byte-for-byte stable)
"""
import datetime
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "reddit-teesta-iii-rebuild.txt")
OUT = os.path.join(HERE, "..", "docs", "reddit-teesta-iii-rebuild.html")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

UP = ('<svg fill="currentColor" height="16" icon-name="upvote-outline" viewBox="0 0 20 20" '
      'width="16" xmlns="http://www.w3.org/2000/svg"><path d="M10 19c-.072 0-.145 0-.218-.006A4.1 '
      '4.1 0 0 1 6 14.816V11H2.862a1.751 1.751 0 0 1-1.234-2.993L9.41.28a.836.836 0 0 1 1.18 0l7.782 '
      '7.727A1.751 1.751 0 0 1 17.139 11H14v3.882a4.134 4.134 0 0 1-.854 2.592A3.99 3.99 0 0 1 10 '
      '19Z"></path></svg>')
DOWN = UP.replace('icon-name="upvote-outline"', 'icon-name="downvote-outline"')
COMMENT_ICON = ('<svg fill="currentColor" height="16" icon-name="comment-outline" viewBox="0 0 20 '
                '20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M10 19H1.871a.886.886 '
                '0 0 1-.798-.52.886.886 0 0 1 .158-.941L3.1 15.771A9 9 0 1 1 10 19Z"></path></svg>')
SHARE_ICON = ('<svg fill="currentColor" height="16" icon-name="share-new-outline" viewBox="0 0 20 '
              '20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M2.239 18.723A1.235 '
              '1.235 0 0 1 1 17.488C1 11.5 4.821 6.91 10 6.505V3.616a1.646 1.646 0 0 1 2.812-1.16l6.9 '
              '6.952a.841.841 0 0 1 0 1.186l-6.9 6.852A1.645 1.645 0 0 1 10 16.284v-2.76Z"></path>'
              '</svg>')
AWARD_ICON = ('<svg fill="currentColor" height="16" icon-name="award-outline" viewBox="0 0 20 20" '
              'width="16" xmlns="http://www.w3.org/2000/svg"><path d="M18.75 8.5h-2.139a4.87 4.87 0 '
              '0 0 .889-2.75 3.75 3.75 0 0 0-3.75-3.75 4.3 4.3 0 0 0-3.75 2.583A4.3 4.3 0 0 0 6.25 2 '
              '3.75 3.75 0 0 0 2.5 5.75a4.87 4.87 0 0 0 .889 2.75H1.25V14h1.5v6h14.5v-6h1.5Z"></path>'
              '</svg>')
DOTS = ('<svg fill="currentColor" height="16" icon-name="overflow-horizontal-fill" viewBox="0 0 '
        '20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M6 10a2 2 0 1 1-4 0 2 2 0 '
        '0 1 4 0Zm4-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z"></path></svg>')
LOGO = ('<svg class="h-8 w-8" viewBox="0 0 216 216" xmlns="http://www.w3.org/2000/svg"><circle '
        'cx="108" cy="108" fill="#FF4500" r="108"></circle><path d="M180 108a16 16 0 0 '
        '0-27-11.6c-13-8.5-29.6-13.5-47.4-14l8-38 26.4 5.6a11.5 11.5 0 1 0 1.2-5.6l-29.4-6.2a2.9 '
        '2.9 0 0 0-3.4 2.2l-9 42.4c-18 .4-34.8 5.4-48 14a16 16 0 1 0-17.6 26.2 31 31 0 0 0-.4 '
        '4.8c0 24.4 28.4 44.2 63.4 44.2s63.4-19.8 63.4-44.2a31 31 0 0 0-.4-4.8A16 16 0 0 0 180 '
        '108Z" fill="#FFF"></path></svg>')
WORDMARK = ('<svg class="hidden m:block h-[22px]" viewBox="0 0 514 149" xmlns="http://www.w3.org/2000/svg">'
            '<g style="fill:#ff4500"><path d="m71.62 45.92-12.01 28.56c-1.51-.76-5.11-1.61-8.51'
            '-1.61s-6.81.85-10.12 2.46c-6.53 3.31-11.35 9.93-11.35 19.48v46.52H-.06V45.35h28.75v13.34'
            'c6.81-9.08 17.21-14.19 29.61-14.19 4.92 0 9.65.95 13.34 1.51Z"></path></g></svg>')


# ---------------------------------------------------------------- source
def parse():
    meta, post, comments, ads, cur = {}, [], [], [], None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if line == "@post":
            cur = post
        elif line.startswith("@comment ") or line.startswith("@ad "):
            attrs = {}
            for kv in re.findall(r"(\w+)=(.*?)(?= \w+=|$)", line.split(" ", 1)[1]):
                attrs[kv[0]] = kv[1]
            attrs["body"] = []
            attrs["_after"] = len(comments)
            (ads if line.startswith("@ad ") else comments).append(attrs)
            cur = attrs["body"]
        elif line.startswith("@") and cur is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.strip():
            cur.append(line)
    return meta, post, comments, ads


def ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f%z")


def age(then, now):
    d = now - then
    days = d.days
    if days >= 365:
        return "%d yr. ago" % (days // 365)
    if days >= 30:
        return "%d mo. ago" % (days // 30)
    if days >= 1:
        return "%d day%s ago" % (days, "" if days == 1 else "s")
    return "%d hr. ago" % max(1, d.seconds // 3600)


def full_date(t):
    t = t.astimezone(IST)
    hour = t.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d:%02d %s GMT+5:30" % (
        t.strftime("%A"), t.strftime("%B"), t.day, t.year, hour, t.minute, t.second,
        "AM" if t.hour < 12 else "PM")


def timeago(t, now, prefix=""):
    iso = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "Z"
    return ('<faceplate-timeago format="short" ts="%s"><time datetime="%s" title="%s">%s%s'
            '</time></faceplate-timeago>' % (iso, iso, full_date(t), prefix, age(t, now)))


# ---------------------------------------------------------------- rich text
def inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a class="text-link" href="\2" rel="noopener '
               r'nofollow ugc" target="_blank">\1</a>', t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", t)
    return t


def rtjson(lines, div_id, extra=""):
    out, lst = [], None
    for line in lines:
        kind = "ul" if line.startswith("- ") else "ol" if re.match(r"\d+\. ", line) else None
        if lst and kind != lst:
            out.append("</%s>" % lst)
            lst = None
        if kind:
            if not lst:
                out.append("<%s>" % kind)
                lst = kind
            text = line[2:] if kind == "ul" else line.split(" ", 1)[1]
            out.append("<li><p>%s</p></li>" % inline(text))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("> "):
            out.append("<blockquote><p>%s</p></blockquote>" % inline(line[2:]))
        else:
            out.append("<p>%s</p>" % inline(line))
    if lst:
        out.append("</%s>" % lst)
    return ('<div class="md text-14-scalable rounded-[8px] py-0 px-0" id="%s"%s>%s</div>'
            % (div_id, extra, "".join(out)))


# ---------------------------------------------------------------- pieces
FILES = [""]


def files_dir(meta):
    """The folder Chrome saves next to the page: the page title cut short, URL-encoded."""
    return ("%s _ r_UPSC_files" % meta["title"][:60].replace("?", "_").rstrip()).replace(" ", "%20")


def head(meta, post):
    url = "https://www.reddit.com/r/UPSC/comments/%s/%s/" % (meta["id"], meta["slug"])
    files = files_dir(meta)
    title = html.escape(meta["title"], quote=True)
    desc = html.escape(re.sub(r"\*\*|\*", "", post[0])[:157] + "...", quote=True)
    ld = {
        "@context": "https://schema.org", "@type": "DiscussionForumPosting",
        "author": {"@type": "Person", "name": meta["author"],
                   "url": "https://www.reddit.com/user/%s/" % meta["author"]},
        "datePublished": meta["created"][:19] + "+00:00", "headline": meta["title"],
        "url": url, "commentCount": int(meta["comments"]),
        "interactionStatistic": [{"@type": "InteractionCounter",
                                  "interactionType": "https://schema.org/LikeAction",
                                  "userInteractionCount": int(meta["score"])}],
        "isPartOf": {"@type": "WebPage", "url": "https://www.reddit.com/r/UPSC/"},
    }
    return (
        '<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n'
        '<html lang="en-US" class="theme-beta js-focus-visible" data-js-focus-visible=""><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
        '<title>%s : r/UPSC</title>\n'
        '<meta name="description" content="%s">\n'
        '<meta property="og:site_name" content="Reddit">\n'
        '<meta property="og:title" content="From the UPSC community on Reddit">\n'
        '<meta property="og:description" content="Explore this post and more from the UPSC community">\n'
        '<meta property="og:url" content="%s">\n'
        '<meta property="og:type" content="website">\n'
        '<meta name="twitter:card" content="summary">\n'
        '<meta name="twitter:site" content="@reddit">\n'
        '<meta name="robots" content="noindex, nofollow">\n'
        '<link rel="canonical" href="%s">\n'
        '<link rel="icon" type="image/png" sizes="32x32" href="./%s/favicon-32x32.png">\n'
        '<link rel="stylesheet" href="./%s/shreddit-global.3d5b6f1a.css">\n'
        '<link rel="stylesheet" href="./%s/reddit-sidebar-nav.9c0e72b4.css">\n'
        '<link rel="stylesheet" href="./%s/shreddit-comment-tree.4f81a6d0.css">\n'
        '<link rel="modulepreload" href="./%s/shreddit-app.a7c2e915.js">\n'
        '<style>:root{--color-neutral-background:#FFFFFF;--color-neutral-content:#2A3C42;'
        '--color-neutral-content-weak:#5C6C74;--color-global-brand-orangered:#FF4500;'
        '--color-global-op:#0A5CC0;--color-global-admin:#FF4500;--shreddit-content-background:'
        '#FFFFFF;--font-sans:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,'
        'sans-serif}.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;'
        'overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0}'
        'shreddit-comment[depth="1"]{margin-left:28px}shreddit-comment[depth="2"]'
        '{margin-left:56px}</style>\n'
        '<script type="application/ld+json">%s</script>\n'
        '<script type="module" src="./%s/shreddit-app.a7c2e915.js"></script>\n'
        '<script type="module" src="./%s/faceplate-timeago.1e0b9d37.js"></script>\n'
        '<script type="module" src="./%s/shreddit-comment.b2f4c881.js"></script>\n'
        '</head>\n' % (len(url), url, title, desc, url, url, files, files, files, files, files,
                       json.dumps(ld, ensure_ascii=False, separators=(",", ":")), files, files,
                       files))


def header():
    return (
        '<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 flex items-center '
        'h-header-large px-md bg-neutral-background border-b-sm border-solid">'
        '<button aria-label="Open menu" class="button-plain-weak icon inline-flex">'
        '<span class="sr-only">Open menu</span></button>'
        '<a aria-label="Home" href="https://www.reddit.com/" id="reddit-logo" class="flex items-center">'
        '%s%s</a><search-dynamic-id-cache-controller>'
        '<faceplate-search-input class="flex-grow" placeholder="Search in r/UPSC" '
        'name="q"><span class="truncate">r/UPSC</span><input type="text" aria-label="Search in '
        'r/UPSC" placeholder="Search in r/UPSC"></faceplate-search-input>'
        '</search-dynamic-id-cache-controller><div class="flex items-center gap-xs">'
        '<a class="button-secondary button-small" href="https://www.reddit.com/download-app">'
        '<span>Get App</span></a><a class="button-brand button-small" id="login-button" '
        'href="https://www.reddit.com/login/"><span>Log In</span></a><button '
        'aria-label="Expand user menu" class="button-plain icon"><span class="sr-only">Expand '
        'user menu</span>%s</button></div></header></reddit-header-large>\n' % (LOGO, WORDMARK, DOTS))


def left_nav():
    items = [("Home", "/"), ("Popular", "/r/popular/"), ("Explore", "/explore/"), ("All", "/r/all/")]
    res = [("About Reddit", "https://redditinc.com"), ("Advertise", "https://ads.reddit.com"),
           ("Reddit Pro", "https://www.reddit.com/reddit-pro"), ("Help", "https://support.reddithelp.com"),
           ("Blog", "https://redditblog.com"), ("Careers", "https://www.redditinc.com/careers"),
           ("Press", "https://www.redditinc.com/press")]
    out = ['<flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav '
           'id="left-sidebar"><nav aria-label="Primary"><ul>']
    for label, href in items:
        out.append('<li><faceplate-tracker noun="%s"><a class="nav-link" href="%s"><span '
                   'class="text-14">%s</span></a></faceplate-tracker></li>'
                   % (label.lower(), href, label))
    out.append('</ul><hr><faceplate-expandable-section-helper open=""><details open=""><summary>'
               '<span class="text-12 uppercase">Resources</span></summary><ul>')
    for label, href in res:
        out.append('<li><a class="nav-link" href="%s"><span class="text-14">%s</span></a></li>'
                   % (href, label))
    out.append('</ul></details></faceplate-expandable-section-helper><hr><ul>'
               '<li><a href="https://www.reddit.com/posts/2025/global/">Best of Reddit</a></li>'
               '<li><a href="https://www.reddit.com/topics/a-1/">Topics</a></li></ul><hr>'
               '<ul><li><a href="https://www.redditinc.com/policies/content-policy">Reddit Rules</a></li>'
               '<li><a href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a></li>'
               '<li><a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a></li>'
               '</ul><p class="text-10">Reddit, Inc. © 2025. All rights reserved.</p></nav>'
               '</reddit-sidebar-nav></flex-left-nav-container>\n')
    return "".join(out)


def vote_bar(score, thing, comments=None):
    btns = ('<span class="flex items-center rounded-full" data-post-click-location="vote">'
            '<button aria-pressed="false" class="button-plain icon" upvote="" type="button">'
            '<span class="sr-only">Upvote</span>%s</button><span class="text-12 font-semibold">'
            '<faceplate-number number="%s" pretty="">%s</faceplate-number></span><button '
            'aria-pressed="false" class="button-plain icon" downvote="" type="button"><span '
            'class="sr-only">Downvote</span>%s</button></span>' % (UP, score, pretty(score), DOWN))
    if comments is not None:
        btns += ('<a class="button-secondary button-small" data-post-click-location="comments-button" '
                 'href="#comments-%s">%s<span><faceplate-number number="%s" pretty="">%s'
                 '</faceplate-number></span></a>' % (thing, COMMENT_ICON, comments, comments))
    btns += ('<award-button><button class="button-secondary button-small" type="button">%s'
             '<span class="sr-only">Give award</span></button></award-button>'
             '<shreddit-post-share-button><button class="button-secondary button-small" '
             'type="button">%s<span>Share</span></button></shreddit-post-share-button>'
             % (AWARD_ICON, SHARE_ICON))
    return btns


def pretty(n):
    n = int(n)
    if n >= 1000:
        return ("%.1fK" % (n / 1000.0)).replace(".0K", "K")
    return str(n)


def post_html(meta, post, now):
    pid = meta["id"]
    created = ts(meta["created"])
    url = "/r/UPSC/comments/%s/%s/" % (pid, meta["slug"])
    attrs = ('author="%s" author-id="t2_8s1k2m9q" comment-count="%s" content-href="https://www.reddit.com%s" '
             'created-timestamp="%s" domain="self.UPSC" id="t3_%s" permalink="%s" '
             'post-language="en" post-title="%s" post-type="text" score="%s" '
             'subreddit-id="t5_2t9u8" subreddit-name="UPSC" subreddit-prefixed-name="r/UPSC" '
             'user-id="" view-context="CommentsPage" vote-type=""' % (
                 meta["author"], meta["comments"], url, meta["created"], pid, url,
                 html.escape(meta["title"], quote=True), meta["score"]))
    return (
        '<shreddit-post %s class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs '
        'nd:pt-xs bg-neutral-background">'
        '<div class="flex justify-between text-12 pt-md pb-2xs" slot="credit-bar">'
        '<span class="flex gap-xs items-center"><a class="flex items-center" href="/r/UPSC/">'
        '<span class="avatar text-24"><img alt="r/UPSC icon" class="shreddit-subreddit-icon__icon" '
        'src="./%s/communityIcon_upsc.png"></span></a><span class="flex flex-col"><span '
        'class="flex items-center gap-2xs"><a class="subreddit-name" href="/r/UPSC/">r/UPSC</a>'
        '<span class="inline-block" aria-hidden="true">•</span><span class="text-neutral-content-weak">'
        '%s</span></span><span class="flex items-center"><faceplate-hovercard><a '
        'class="author-name" href="/user/%s/">%s</a></faceplate-hovercard></span></span></span>'
        '<span class="flex items-center"><shreddit-join-button subreddit-name="UPSC"><button '
        'class="button-primary button-x-small" type="button">Join</button></shreddit-join-button>'
        '<shreddit-post-overflow-menu><button aria-label="Open user actions" class="button-plain '
        'icon">%s</button></shreddit-post-overflow-menu></span></div>'
        '<h1 class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs" '
        'id="post-title-t3_%s" slot="title">%s</h1>'
        '<shreddit-post-flair class="flex gap-xs flex-wrap" slot="post-flair"><a '
        'href="/r/UPSC/?f=flair_name%%3A%%22GS3%%22"><span class="bg-tone-4 inline-block truncate '
        'flair-content">%s</span></a></shreddit-post-flair>'
        '<div class="text-neutral-content" slot="text-body">%s</div>'
        '<div class="flex gap-sm" slot="action-bar">%s</div></shreddit-post>\n' % (
            attrs, files_dir(meta), timeago(created, now), meta["author"], meta["author"], DOTS, pid,
            html.escape(meta["title"], quote=False), html.escape(meta["flair"], quote=False),
            rtjson(post, "t3_%s-post-rtjson-content" % pid, ' property="schema:articleBody"'),
            vote_bar(meta["score"], pid, meta["comments"])))


def comment_html(c, pid, now, kids):
    cid = c["id"]
    depth = int(c["depth"])
    created = ts(c["created"])
    permalink = "/r/UPSC/comments/%s/comment/%s/" % (pid, cid)
    parent = ' parentid="t1_%s"' % c["parent"] if "parent" in c else ""
    slot = ' slot="children"' if depth else ""
    if c.get("deleted"):
        return ('<shreddit-comment author="[deleted]" collapsed="" depth="%d" is-comment-deleted="" '
                'permalink="%s" postid="t3_%s" score="0" thingid="t1_%s"%s%s>'
                '<div class="flex items-center text-12" slot="commentMeta"><span '
                'class="text-neutral-content-weak">[deleted]</span><span aria-hidden="true">•</span>'
                '%s</div><div class="text-neutral-content-weak italic" slot="comment">'
                '<p>Comment deleted by user</p></div>%s</shreddit-comment>'
                % (depth, permalink, pid, cid, parent, slot, timeago(created, now), kids))
    badges = ""
    if c.get("op"):
        badges += ('<span class="text-global-op font-bold text-12" id="comment-author-badge-%s">'
                   'OP</span>' % cid)
    if c.get("mod"):
        badges += ('<span class="text-global-moderator font-bold text-12">MOD</span>')
    if c.get("badge"):
        badges += ('<span class="bg-secondary-background rounded-full px-2xs text-10 '
                   'font-semibold">%s</span>' % html.escape(c["badge"].replace("_", " ")))
    sticky = ""
    if c.get("sticky"):
        sticky = ('<span aria-hidden="true">•</span><span class="text-global-moderator text-12 '
                  'flex items-center">Pinned</span>')
    edited = ""
    if c.get("edited"):
        edited = ('<span aria-hidden="true">•</span><span class="text-neutral-content-weak italic">'
                  '%s</span>' % timeago(ts(c["edited"]), now, "Edited "))
    av = (sum(map(ord, c["author"])) % 7) + 1
    return (
        '<shreddit-comment arrowsrole="" author="%s" award-count="0" content-type="text" '
        'created="%s" depth="%d" permalink="%s" postid="t3_%s" score="%s" thingid="t1_%s"%s%s>'
        '<div class="shrink-0 flex items-center" slot="commentAvatar"><faceplate-tracker '
        'noun="comment_author_avatar"><a href="/user/%s/"><span class="avatar text-24"><img '
        'alt="u/%s avatar" src="./%s/avatar_default_%d.png" loading="lazy"></span></a>'
        '</faceplate-tracker></div>'
        '<div class="flex flex-row items-center overflow-hidden text-12" slot="commentMeta">'
        '<faceplate-hovercard><a class="font-bold text-neutral-content-strong" href="/user/%s/">'
        '%s</a></faceplate-hovercard>%s<span aria-hidden="true">•</span><a href="%s" '
        'rel="nofollow noopener noreferrer">%s</a>%s%s</div>'
        '<div class="py-0 xs:mx-xs mx-2xs inline-block max-w-full" slot="comment">%s</div>'
        '<shreddit-comment-action-row permalink="%s" score="%s" slot="actionRow">'
        '<div class="flex items-center">%s<faceplate-tracker noun="reply_comment"><button '
        'class="button-plain-weak button-small" type="button">%s<span>Reply</span></button>'
        '</faceplate-tracker><button class="button-plain-weak button-small" type="button">%s'
        '<span class="sr-only">Give award</span></button><button class="button-plain-weak '
        'button-small" type="button">%s<span>Share</span></button><shreddit-overflow-menu>'
        '<button aria-label="Open comment actions" class="button-plain-weak icon">%s</button>'
        '</shreddit-overflow-menu></div></shreddit-comment-action-row>%s</shreddit-comment>'
        % (c["author"], c["created"], depth, permalink, pid, c["score"], cid, parent, slot,
           c["author"], c["author"], FILES[0], av, c["author"], c["author"], badges, permalink,
           timeago(created, now), edited, sticky,
           rtjson(c["body"], "t1_%s-comment-rtjson-content" % cid),
           permalink, c["score"], vote_only(c["score"]), COMMENT_ICON, AWARD_ICON, SHARE_ICON,
           DOTS, kids))


def vote_only(score):
    return ('<button aria-pressed="false" class="button-plain icon" upvote="" type="button"><span '
            'class="sr-only">Upvote</span>%s</button><span class="text-12 font-semibold">'
            '<faceplate-number number="%s" pretty="">%s</faceplate-number></span><button '
            'aria-pressed="false" class="button-plain icon" downvote="" type="button"><span '
            'class="sr-only">Downvote</span>%s</button>' % (UP, score, pretty(score), DOWN))


def ad_html(ad):
    return (
        '<shreddit-comments-page-ad class="block my-md" placement="comments_page_mid_tree">'
        '<shreddit-ad-post ad-type="promoted" domain="%s" id="%s" post-type="link">'
        '<div class="flex items-center text-12" slot="credit-bar"><span class="avatar text-24">'
        '<img alt="" src="./%s/ad_avatar.png"></span><a href="/user/%s/">u/%s</a>'
        '<span aria-hidden="true">•</span><span class="text-neutral-content-weak">Promoted</span>'
        '</div><a slot="title" href="https://%s/upsc-gs3-test-series?utm_source=reddit">%s</a>'
        '<div class="flex justify-between items-center" slot="cta"><span class="text-12">%s</span>'
        '<a class="button-secondary button-small" href="https://%s/upsc-gs3-test-series">%s</a>'
        '</div></shreddit-ad-post></shreddit-comments-page-ad>'
        % (ad["domain"], ad["id"], FILES[0], ad["advertiser"], ad["advertiser"], ad["domain"],
           html.escape(ad["body"][0], quote=False), ad["domain"], ad["domain"], ad["cta"]))


def tree(comments, ads, pid, now):
    by_parent = {}
    for i, c in enumerate(comments):
        by_parent.setdefault(c.get("parent"), []).append(c)

    def render(c):
        kids = "".join(render(k) for k in by_parent.get(c["id"], []))
        return comment_html(c, pid, now, kids)

    out = []
    ad_at = {a["_after"]: a for a in ads}
    for i, c in enumerate(comments):
        if i in ad_at:
            out.append(ad_html(ad_at[i]))
        if "parent" not in c:
            out.append(render(c))
    return out


def sidebar(meta):
    rules = ["Be civil - no personal attacks or casteist, communal or sexist remarks",
             "No sale or sharing of paid coaching material",
             "No misinformation - cite a source for facts",
             "Use the right flair for your post",
             "No self-promotion, surveys or Telegram links"]
    mods = ["AutoModerator", "upsc_mod_team", "prelims_pilot", "essay_wallah"]
    out = ['<div id="right-sidebar-container" class="sidebar-grid"><aside aria-label="Community '
           'information" class="w-[316px]"><div class="bg-neutral-background-weak rounded-[16px] '
           'p-md"><div class="flex justify-between items-center"><h2 class="text-16 font-bold">'
           'r/UPSC</h2><shreddit-join-button subreddit-name="UPSC"><button class="button-primary '
           'button-x-small">Join</button></shreddit-join-button></div>'
           '<p class="text-14">A community for aspirants of the UPSC Civil Services Examination: '
           'doubts, strategy, current affairs and answer writing.</p>'
           '<div class="flex gap-md text-12"><div><faceplate-number number="412380" pretty="">'
           '%s</faceplate-number><span> Members</span></div><div><span class="inline-block w-xs '
           'h-xs rounded-full bg-kiwigreen-400"></span><faceplate-number number="1312" pretty="">'
           '%s</faceplate-number><span> Online</span></div></div>'
           '<p class="text-12">Created Jun 8, 2013</p><p class="text-12">Public</p></div>'
           '<div class="p-md"><h2 class="text-12 uppercase">r/UPSC Rules</h2><ol>'
           % (meta["members"], meta["online"])]
    for i, r in enumerate(rules, 1):
        out.append('<li><faceplate-expandable-section-helper><details><summary><span>%d</span>'
                   '<span>%s</span></summary></details></faceplate-expandable-section-helper></li>'
                   % (i, html.escape(r, quote=False)))
    out.append('</ol></div><div class="p-md"><h2 class="text-12 uppercase">Moderators</h2>'
               '<a class="button-secondary button-small" href="/message/compose?to=r/UPSC">'
               'Message Mods</a><ul>')
    for m in mods:
        out.append('<li><a href="/user/%s/">u/%s</a></li>' % (m, m))
    out.append('</ul><a href="/r/UPSC/about/moderators/">View all moderators</a></div>'
               '<div class="p-md text-12"><a href="https://www.redditinc.com/policies/content-policy">'
               'Reddit Rules</a> <a href="https://www.reddit.com/policies/privacy-policy">Privacy '
               'Policy</a> <a href="https://www.redditinc.com/policies/user-agreement">User '
               'Agreement</a> <a href="https://support.reddithelp.com/hc/en-us/articles/'
               '26410290525844">Accessibility</a><p>Reddit, Inc. © 2025. All rights reserved.</p>'
               '</div></aside></div>\n')
    return "".join(out)


def main():
    meta, post, comments, ads = parse()
    now = ts(meta["saved"])
    FILES[0] = files_dir(meta)
    pid = meta["id"]
    body = [head(meta, post),
            '<body class="v2 m-0 p-0 min-h-screen bg-neutral-background" style="--shreddit-header-'
            'height: 56px;">\n<shreddit-app app-name="shreddit" pagetype="post_detail" '
            'routename="post_page" env="production" locale="en-US" spa-navigation="">\n',
            '<shreddit-title title="%s : r/UPSC"></shreddit-title>\n'
            % html.escape(meta["title"], quote=True),
            header(),
            '<div class="grid-container theme-beta grid">\n', left_nav(),
            '<main class="main w-full flex-grow min-w-0" id="main-content">\n',
            post_html(meta, post, now),
            '<shreddit-async-loader bundlename="comment_body_header"><comment-body-header '
            'class="block mt-md mb-xs"><div class="flex items-center justify-between">'
            '<shreddit-sort-dropdown><button class="button-plain-weak button-small" '
            'type="button"><span>Sort by:</span> <span>Best</span></button>'
            '</shreddit-sort-dropdown><faceplate-search-input class="flex-grow" '
            'placeholder="Search Comments"><span class="sr-only">Expand comment search</span>'
            '</faceplate-search-input></div></comment-body-header></shreddit-async-loader>\n',
            '<shreddit-comment-tree id="comment-tree" post-id="t3_%s" totalcomments="%s" '
            'sort="confidence" initialcommentscount="%d">\n' % (pid, meta["comments"],
                                                                len(comments))]
    body += [t + "\n" for t in tree(comments, ads, pid, now)]
    body.append('<faceplate-partial loading="action" src="/svc/shreddit/more-comments/UPSC/t3_%s'
                '?top-level=1&amp;cursor=MTk" id="more-comments-t3_%s"><button class="button-'
                'plain-weak button-small" type="button"><span>View more comments</span></button>'
                '</faceplate-partial>\n</shreddit-comment-tree>\n</main>\n' % (pid, pid))
    body.append(sidebar(meta))
    body.append('</div>\n</shreddit-app>\n</body></html>\n')
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(body))


if __name__ == "__main__":
    main()
