#!/usr/bin/python3
"""Re-make docs/reddit-isro-gaganyaan-thread.html byte for byte from tools/reddit-isro-gaganyaan-thread.txt.

The page is a Reddit thread as the 2025 web client (shreddit: server-rendered web components)
serves it, saved from Chrome with "Webpage, Complete": the saved-from-url comment, links into the
"..._files" folder Chrome makes, the header, the left navigation, the post (credit bar, flair,
title, text body, vote / comment / award / share row with award badges), the comment sort bar,
a comment tree of <shreddit-comment> elements with depth, author, score, timestamps, OP / MOD /
pinned marks, a removed comment, Reply / Award / Share buttons and a "more replies" loader, and the
right sidebar with the community card, the rules and the moderators. Standard library only.
Usage: make_reddit.py [output.html]
"""
import html
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "reddit-isro-gaganyaan-thread.txt")
DEFAULT_OUT = os.path.join(HERE, "..", "docs", "reddit-isro-gaganyaan-thread.html")


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out = esc(text)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
                 lambda m: '<a class="text-global-link" href="%s" rel="noopener nofollow ugc">%s</a>'
                 % (m.group(2), m.group(1)), out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*(.+?)\*(?!\w)", r"<em>\1</em>", out)
    out = re.sub(r"(?<![\w/])u/([A-Za-z0-9_-]+)",
                 r'<a class="text-global-link" href="/user/\1/">u/\1</a>', out)
    return out


def md(text):
    """Render the small markdown subset Reddit's rich text JSON turns into HTML."""
    blocks, cur = [], []
    for ln in text.split("\n"):
        if not ln.strip():
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        if all(l.startswith("- ") for l in b):
            out.append("<ul>" + "".join("<li><p>%s</p></li>" % inline(l[2:]) for l in b) + "</ul>")
        elif all(re.match(r"\d+\. ", l) for l in b):
            out.append("<ol>" + "".join("<li><p>%s</p></li>" % inline(l.split(". ", 1)[1])
                                        for l in b) + "</ol>")
        else:
            out.append("<p>%s</p>" % "<br>".join(inline(l) for l in b))
    return "".join(out)


def parse(path):
    meta, post, comments, side = {}, None, [], {"rules": [], "mods": []}
    cur = None
    mode = "head"
    for ln in open(path, encoding="utf-8").read().split("\n"):
        if ln.startswith("@post "):
            post = dict(kv.split("=", 1) for kv in re.findall(r"\S+=(?:[^=]+?)(?=\s\S+=|$)", ln[6:]))
            post["body"] = []
            cur = post
            mode = "post"
        elif ln.startswith("@title ") and mode == "post":
            post["title"] = ln[7:]
        elif ln.startswith("@comment "):
            c = dict(kv.split("=", 1) for kv in ln[9:].split())
            c["body"] = []
            comments.append(c)
            cur = c
        elif ln == "@sidebar":
            mode = "side"
            cur = None
        elif mode == "side" and ln.startswith("@rule "):
            side["rules"].append(ln[6:].split("|", 1))
        elif mode == "side" and ln.startswith("@mod "):
            side["mods"].append(ln[5:])
        elif mode == "side" and ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            side[k] = v
        elif mode == "head" and ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
        elif cur is not None:
            cur["body"].append(ln)
    for c in [post] + comments:
        while c["body"] and not c["body"][-1].strip():
            c["body"].pop()
    return meta, post, comments, side


def slug(title):
    words = re.sub(r"[^a-z0-9 ]", "", title.lower()).split()
    out = []
    for w in words:
        if len("_".join(out + [w])) > 50:
            break
        out.append(w)
    return "_".join(out)


def ago(ts, saved):
    a = datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")
    b = datetime.strptime(saved[:19], "%Y-%m-%dT%H:%M:%S")
    d = (b - a).total_seconds()
    if d >= 86400:
        return "%dd ago" % (d // 86400)
    return "%dh ago" % (d // 3600)


def title_attr(ts):
    a = datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")
    # Reddit formats the tooltip in the reader's zone; this reader was in IST (+05:30)
    mins = a.hour * 60 + a.minute + 330
    day = a.day + mins // 1440
    mins %= 1440
    d = datetime(a.year, a.month, day, mins // 60, mins % 60, a.second)
    h12 = d.hour % 12 or 12
    return "%s, %d %s %d at %d:%02d:%02d %s GMT+5:30" % (
        d.strftime("%A"), d.day, d.strftime("%B"), d.year, h12, d.minute, d.second,
        "am" if d.hour < 12 else "pm")


def pretty(n):
    n = int(n)
    if abs(n) >= 1000:
        return ("%.1fK" % (n / 1000.0)).replace(".0K", "K")
    return str(n)


SVG_UP = ('<svg fill="currentColor" height="16" icon-name="upvote-outline" viewBox="0 0 20 20" width="16" '
          'xmlns="http://www.w3.org/2000/svg"><path d="M10 19c-.072 0-.145 0-.218-.006A4.1 4.1 0 0 1 6 14.816V11H2.862'
          'a1.751 1.751 0 0 1-1.234-2.993L9.41.28a.836.836 0 0 1 1.18 0l7.782 7.727A1.751 1.751 0 0 1 17.139 11H14v3.882'
          'a4.134 4.134 0 0 1-.854 2.592A3.99 3.99 0 0 1 10 19Z"></path></svg>')
SVG_DOWN = ('<svg fill="currentColor" height="16" icon-name="downvote-outline" viewBox="0 0 20 20" width="16" '
            'xmlns="http://www.w3.org/2000/svg"><path d="M10 1c.072 0 .145 0 .218.006A4.1 4.1 0 0 1 14 5.184V9h3.138'
            'a1.751 1.751 0 0 1 1.234 2.993L10.59 19.72a.836.836 0 0 1-1.18 0l-7.782-7.727A1.751 1.751 0 0 1 2.861 9H6V5.118'
            'a4.134 4.134 0 0 1 .854-2.592A3.99 3.99 0 0 1 10 1Z"></path></svg>')
SVG_COMMENT = ('<svg aria-hidden="true" class="icon-comment" fill="currentColor" height="16" icon-name="comment-outline" '
               'viewBox="0 0 20 20" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M10 19H1.871a.886.886 0 0 1-.798-.52'
               '.886.886 0 0 1 .158-.941L3.1 15.771A9 9 0 1 1 10 19Z"></path></svg>')
SVG_AWARD = ('<svg fill="currentColor" height="16" icon-name="award-outline" viewBox="0 0 20 20" width="16" '
             'xmlns="http://www.w3.org/2000/svg"><path d="M18.75 7h-1.716A3.123 3.123 0 0 0 17.5 5.5 3.35 3.35 0 0 0 14 2.5'
             'c-1.6 0-2.958.942-4 2.249C8.958 3.442 7.6 2.5 6 2.5a3.35 3.35 0 0 0-3.5 3Z"></path></svg>')
SVG_SHARE = ('<svg aria-hidden="true" fill="currentColor" height="16" icon-name="share-new-outline" viewBox="0 0 20 20" '
             'width="16" xmlns="http://www.w3.org/2000/svg"><path d="M2.239 18.723A1.235 1.235 0 0 1 1 17.488C1 11.5 4.821 '
             '6.91 10 6.505V3.616a1.646 1.646 0 0 1 2.812-1.16l6.9 6.952a.841.841 0 0 1 0 1.186Z"></path></svg>')
SVG_PIN = ('<svg fill="currentColor" height="14" icon-name="pin-fill" viewBox="0 0 20 20" width="14" '
           'xmlns="http://www.w3.org/2000/svg"><title>Pinned comment</title><path d="m19.51 7.883-6.44-6.44'
           'a1.75 1.75 0 0 0-2.475 0L7.261 4.776 4.2 4.1a1.751 1.751 0 0 0-1.628.47Z"></path></svg>')

AWARD_IMG = {"Helpful": "helpful_16.png", "Rocket Like": "rocket_like_16.png", "Bravo!": "bravo_16.png"}


def awards_html(spec, files):
    if not spec:
        return ""
    parts = []
    for item in spec.split(","):
        name, count = item.rsplit(":", 1)
        parts.append('<div class="inline-flex items-center gap-3xs" title="%s">'
                     '<img alt="%s" class="h-md w-md" height="16" loading="lazy" src="./%s/%s" width="16">'
                     '<span class="text-12 text-secondary-weak">%s</span></div>'
                     % (attr(name), attr(name), files, AWARD_IMG[name], count))
    return ('<div class="flex items-center gap-2xs ml-xs" data-testid="award-badges">%s</div>'
            % "".join(parts))


def comment_html(c, children, post, saved, files):
    cid = c["id"]
    depth = int(c["depth"])
    flags = c.get("flags", "").split(",")
    author = c["author"]
    removed = "removed" in flags
    permalink = "/r/%s/comments/%s/comment/%s/" % (post["sub"], post["id"], cid)
    a = []
    a.append('<shreddit-comment arialabel="Thread level %d: %s" author="%s" created="%s" '
             'depth="%d" permalink="%s" postid="t3_%s" score="%s"%s thingid="t1_%s"%s%s%s>'
             % (depth + 1, attr(author), attr(author), c["ts"], depth, permalink, post["id"], c["score"],
                ' slot="children"' if depth else "", cid,
                ' award-count="1"' if c.get("awards") else "",
                ' is-stickied=""' if "stickied" in flags else "",
                ' distinguished="moderator"' if "mod" in flags else ""))
    a.append('<div class="flex items-center" slot="commentAvatar"><faceplate-img alt="" class="rounded-full" '
             'height="24" loading="lazy" src="./%s/avatar_default_%d.png" width="24"></faceplate-img></div>'
             % (files, sum(map(ord, author)) % 8))
    meta = ['<div class="flex flex-row items-center overflow-hidden text-12 text-neutral-content-weak" slot="commentMeta">']
    if removed:
        meta.append('<span class="font-bold text-neutral-content-weak">[deleted]</span>')
    else:
        meta.append('<faceplate-tracker noun="comment_author" source="post_detail"><faceplate-hovercard '
                    'data-id="user-hover-card" position="bottom-start"><a class="truncate font-bold '
                    'text-neutral-content-strong text-12 hover:underline" href="/user/%s/"><!--?lit$617405928$-->%s</a>'
                    '</faceplate-hovercard></faceplate-tracker>' % (author, esc(author)))
    if "op" in flags:
        meta.append('<span class="text-12 font-bold text-global-op ml-2xs" id="comment-op-badge">OP</span>')
    if "mod" in flags:
        meta.append('<span class="text-12 font-bold text-global-moderator ml-2xs">MOD</span>')
    meta.append('\n<span class="inline-block my-0 mx-2xs text-neutral-content-weak" aria-hidden="true">&#8226;</span>\n')
    meta.append('<faceplate-timeago format="short" ts="%s"><time datetime="%s" title="%s">%s</time>'
                '</faceplate-timeago>' % (c["ts"], c["ts"], title_attr(c["ts"]), ago(c["ts"], saved)))
    if "stickied" in flags:
        meta.append('<span class="flex ml-2xs text-global-moderator">%s</span>' % SVG_PIN)
    meta.append(awards_html(c.get("awards"), files))
    meta.append("</div>")
    a.append("".join(meta))
    if removed:
        a.append('<div class="py-0 xs:mx-xs mx-2xs inline-block max-w-full" slot="comment">'
                 '<p class="text-14 text-neutral-content-weak italic">Comment removed by moderator</p></div>')
    else:
        a.append('<div class="py-0 xs:mx-xs mx-2xs inline-block max-w-full" slot="comment">'
                 '<div class="md text-14-scalable" id="t1_%s-comment-rtjson-content">%s</div></div>'
                 % (cid, md("\n".join(c["body"]))))
    score = int(c["score"])
    a.append('<shreddit-comment-action-row comment-id="t1_%s" permalink="%s" post-id="t3_%s" score="%d" '
             'slot="actionRow">' % (cid, permalink, post["id"], score))
    a.append('<div class="flex flex-row items-center text-neutral-content-weak">'
             '<span class="inline-flex items-center"><button aria-label="Upvote" aria-pressed="false" '
             'class="button-plain-weak button-small button-square" rpl="" upvote="">%s</button>'
             '<span class="text-12 font-semibold text-center"><faceplate-number number="%d" pretty=""><!--?lit$617405928$-->%s'
             '</faceplate-number></span><button aria-label="Downvote" aria-pressed="false" '
             'class="button-plain-weak button-small button-square" downvote="" rpl="">%s</button></span>'
             % (SVG_UP, score, "Vote" if score == 0 else pretty(score), SVG_DOWN))
    if not removed:
        a.append('<faceplate-tracker action="click" noun="reply_comment" source="comment"><button '
                 'class="button-plain-weak button-small px-xs" rpl="" slot="comment-reply">'
                 '<span class="flex items-center">%s<span class="text-12 font-semibold">Reply</span>'
                 '</span></button></faceplate-tracker>' % SVG_COMMENT)
        a.append('<award-button appearance="plain" thing-id="t1_%s"><button class="button-plain-weak '
                 'button-small px-xs" rpl=""><span class="flex items-center">%s<span '
                 'class="text-12 font-semibold">Award</span></span></button></award-button>' % (cid, SVG_AWARD))
        a.append('<shreddit-comment-share-button permalink="%s" thingid="t1_%s"><button '
                 'class="button-plain-weak button-small px-xs" rpl=""><span class="flex items-center">%s'
                 '<span class="text-12 font-semibold">Share</span></span></button>'
                 '</shreddit-comment-share-button>' % (permalink, cid, SVG_SHARE))
    a.append("</div></shreddit-comment-action-row>")
    for ch in children:
        a.append(ch)
    a.append("</shreddit-comment>")
    return "\n".join(a)


def tree(comments, post, saved, files):
    out = []

    def build(i, depth):
        c = comments[i]
        j = i + 1
        kids = []
        while j < len(comments) and int(comments[j]["depth"]) > depth:
            html_j, j = build(j, depth + 1)
            kids.append(html_j)
        return comment_html(c, kids, post, saved, files), j

    i = 0
    while i < len(comments):
        h, i = build(i, 0)
        out.append(h)
    return "\n".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    meta, post, comments, side = parse(SRC)
    sub = meta["subreddit"]
    post["sub"] = sub
    saved = meta["saved"]
    title = post["title"]
    page_title = "%s : r/%s" % (title, sub)
    files = re.sub(r'[:?/"<>|*]', "_", page_title) + "_files"
    url = "https://www.reddit.com/r/%s/comments/%s/%s/" % (sub, post["id"], slug(title))
    body_text = "\n".join(post["body"])
    desc = re.sub(r"\s+", " ", re.sub(r"[*_]", "", body_text)).strip()
    desc = desc[:157].rsplit(" ", 1)[0] + "..."
    f = files
    h = []
    h.append("<!DOCTYPE html>")
    h.append("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    h.append('<html lang="en-US" class="theme-beta sidebar-grid" style="--rem14: 14px; --rem16: 16px;">'
             '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">')
    h.append("<title>%s</title>" % esc(page_title))
    h.append('<meta name="description" content="%s">' % attr(desc))
    h.append('<meta name="robots" content="max-image-preview:large">')
    h.append('<link rel="canonical" href="%s">' % url)
    h.append('<meta property="og:site_name" content="Reddit">')
    h.append('<meta property="og:title" content="%s">' % attr(page_title.replace(" : ", " : ")))
    h.append('<meta property="og:description" content="%s">' % attr(desc))
    h.append('<meta property="og:type" content="website">')
    h.append('<meta property="og:url" content="%s">' % url)
    h.append('<meta property="og:image" content="https://share.redd.it/preview/post/%s">' % post["id"])
    h.append('<meta name="twitter:card" content="summary_large_image">')
    h.append('<link rel="icon" href="https://www.redditstatic.com/shreddit/assets/favicon/64x64.png" sizes="64x64">')
    h.append('<link rel="preconnect" href="https://www.redditstatic.com/">')
    h.append('<link rel="stylesheet" href="./%s/shell.4f1c2a9e.css">' % f)
    h.append('<link rel="stylesheet" href="./%s/comment-tree.b83d01e7.css">' % f)
    h.append("<style>:root{--color-neutral-background:#FFFFFF;--color-neutral-background-weak:#F6F8F9;"
             "--color-neutral-content:#2A3C42;--color-neutral-content-strong:#0F1A1C;"
             "--color-neutral-content-weak:#5C6C74;--color-global-link:#0A449B;--color-global-op:#0A449B;"
             "--color-global-moderator:#018452;--color-upvote-background:#D93A00;"
             "--color-downvote-background:#6A5CFF;--shreddit-content-background:#FFFFFF}"
             "shreddit-comment{display:block}shreddit-comment[collapsed] [slot=children]{display:none}</style>")
    h.append('<script type="module" src="./%s/shreddit-app.9c2e7b51.js"></script>' % f)
    h.append('<script type="module" src="./%s/comment-tree.1d7f3a08.js"></script>' % f)
    h.append('<script type="module" src="./%s/faceplate.06b4e9c2.js"></script>' % f)
    h.append("</head>")
    h.append('<body class="v2 m-0 p-0 bg-neutral-background overflow-x-hidden" style="">')
    h.append('<shreddit-app app-name="shreddit" class="" dev-mode="" env="production" lang="en-US" '
             'locale="en-US" pagetype="post_detail" routename="post_page" spa-navigation="" theme="light">')
    # header
    h.append('<reddit-header-large class="bg-neutral-background-weak sticky top-0 z-[3]">'
             '<header class="v2 flex items-center h-header-large px-md border-b-sm border-neutral-border">'
             '<nav class="flex items-center justify-between w-full h-full gap-md">'
             '<a class="absolute -top-[100px] focus:top-xs left-xs bg-neutral-background" href="#main-content">'
             'Skip to main content</a>'
             '<div class="flex items-center"><faceplate-tracker noun="reddit_logo" source="nav">'
             '<a aria-label="Home" class="flex items-center" href="https://www.reddit.com/" id="reddit-logo">'
             '<svg class="h-xl" viewBox="0 0 216 216" xmlns="http://www.w3.org/2000/svg"><circle cx="108" '
             'cy="108" fill="#FF4500" r="108"></circle></svg><svg class="h-[22px] hidden m:block" '
             'viewBox="0 0 57 18" xmlns="http://www.w3.org/2000/svg"><title>Reddit</title><path '
             'd="M54.63 16.52V7.68h1a1.4 1.4 0 0 0 1.29-.97Z" fill="currentColor"></path></svg></a>'
             '</faceplate-tracker></div>'
             '<div class="flex justify-center w-full max-w-[750px]"><reddit-search-large>'
             '<faceplate-search-input class="w-full" name="q" placeholder="Search in r/%s">'
             '<input autocomplete="off" name="q" placeholder="Search in r/%s" type="text" value="">'
             '</faceplate-search-input></reddit-search-large></div>'
             '<div class="flex items-center gap-xs"><faceplate-tracker noun="get_app" source="nav">'
             '<a class="button button-secondary button-small hidden l:inline-flex" href="https://reddit.app.link/">'
             '<span class="flex items-center">Get App</span></a></faceplate-tracker>'
             '<faceplate-tracker noun="login" source="nav"><a class="button button-brand button-small" '
             'href="https://www.reddit.com/login/" id="login-button"><span class="flex items-center">Log In'
             '</span></a></faceplate-tracker><button aria-label="Expand user menu" class="button-plain '
             'button-small button-square" id="expand-user-drawer-button"><svg fill="currentColor" height="20" '
             'icon-name="overflow-horizontal-fill" viewBox="0 0 20 20" width="20"></svg></button></div>'
             '</nav></header></reddit-header-large>' % (sub, sub))
    h.append('<div class="grid-container theme-beta grid">')
    # left nav
    nav = ['<flex-left-nav-container class="theme-beta" id="left-sidebar-container">'
           '<nav aria-label="Primary" class="w-full box-border px-md py-xs" id="left-sidebar">'
           '<left-nav-top-section>']
    for name, href in (("Home", "/?feed=home"), ("Popular", "/r/popular/"), ("Answers", "/answers/"),
                       ("Explore", "/explore/"), ("All", "/r/all/")):
        nav.append('<faceplate-tracker noun="%s_menu" source="nav"><a class="flex items-center px-md '
                   'py-2xs rounded-2 hover:bg-neutral-background-hover" href="%s"><span class="flex '
                   'items-center gap-xs min-w-0 shrink"><span class="text-14">%s</span>%s</span></a>'
                   '</faceplate-tracker>' % (name.lower(), href, name,
                                             '<span class="text-10 font-semibold ml-2xs">BETA</span>'
                                             if name == "Answers" else ""))
    nav.append("</left-nav-top-section><hr class=\"border-0 border-b-sm border-solid border-b-neutral-border-weak\">")
    nav.append('<faceplate-expandable-section-helper><details open=""><summary aria-controls="RESOURCES" '
               'aria-expanded="true" class="uppercase text-12 tracking-widest text-neutral-content-weak '
               'px-md py-xs">RESOURCES</summary><ul class="list-none p-0 m-0">')
    for name, href in (("About Reddit", "https://redditinc.com"), ("Advertise", "https://ads.reddit.com/"),
                       ("Developer Platform", "https://developers.reddit.com/"),
                       ("Reddit Pro", "https://www.reddit.com/reddit-pro"), ("Help", "https://support.reddithelp.com/"),
                       ("Blog", "https://redditblog.com/"), ("Careers", "https://www.redditinc.com/careers"),
                       ("Press", "https://www.redditinc.com/press"), ("Communities", "/best/communities/1/"),
                       ("Best of Reddit", "/posts/2025/global/"), ("Reddit Rules", "https://redditinc.com/policies/content-policy"),
                       ("Privacy Policy", "https://www.reddit.com/policies/privacy-policy"),
                       ("User Agreement", "https://www.redditinc.com/policies/user-agreement"),
                       ("Accessibility", "https://support.reddithelp.com/hc/articles/accessibility")):
        nav.append('<li><faceplate-tracker noun="resources" source="nav"><a class="flex items-center px-md '
                   'py-2xs text-14" href="%s"><span>%s</span>%s</a></faceplate-tracker></li>'
                   % (href, name, '<span class="text-10 font-semibold ml-2xs">BETA</span>'
                      if name == "Reddit Pro" else ""))
    nav.append("</ul></details></faceplate-expandable-section-helper>")
    nav.append('<div class="px-md py-sm text-10 text-neutral-content-weak"><faceplate-tracker noun="copyright" '
               'source="nav"><a href="https://redditinc.com">Reddit, Inc. &#169; 2025. All rights reserved.</a>'
               '</faceplate-tracker></div></nav></flex-left-nav-container>')
    h.append("".join(nav))
    # main
    h.append('<div class="main-container flex gap-md w-full"><main class="main w-full flex-grid--main-container-card '
             'right-sidebar-xs" id="main-content">')
    pflags = post.get("flair", "")
    score = int(post["score"])
    ptitle_attr = attr(title)
    h.append('<shreddit-post author="%s" comment-count="%s" content-href="%s" created-timestamp="%s" '
             'domain="self.%s" id="t3_%s" permalink="/r/%s/comments/%s/%s/" post-title="%s" post-type="text" '
             'score="%d" subreddit-id="t5_2r8rq" subreddit-prefixed-name="r/%s" view-context="CommentsPage" '
             'class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background">'
             % (post["author"], post["comments"], url, post["ts"].replace("Z", "+0000"), sub, post["id"], sub,
                post["id"], slug(title), ptitle_attr, score, sub))
    h.append('<div class="flex justify-between text-12 pt-xs pb-2xs" slot="credit-bar"><span class="flex gap-0 items-center">'
             '<a aria-label="Go to %s" class="flex items-center" href="/r/%s/"><faceplate-img alt="r/%s icon" '
             'class="shreddit-subreddit-icon__icon rounded-full" height="32" src="./%s/communityIcon_isro.png" '
             'width="32"></faceplate-img></a><span class="flex flex-col"><span class="flex items-center">'
             '<a class="subreddit-name text-neutral-content font-bold text-12 whitespace-nowrap" href="/r/%s/">r/%s</a>'
             '\n<span aria-hidden="true" class="inline-block my-0 mx-2xs text-neutral-content-weak">&#8226;</span>'
             '<faceplate-timeago format="short" ts="%s"><time datetime="%s" title="%s">%s</time></faceplate-timeago>'
             '</span><span class="flex items-center"><faceplate-hovercard position="bottom-start">'
             '<a class="author-name whitespace-nowrap text-neutral-content visited:text-neutral-content-weak '
             'hover:underline" href="/user/%s/">%s</a></faceplate-hovercard></span></span></span></div>'
             % (sub, sub, sub, f, sub, sub, post["ts"], post["ts"], title_attr(post["ts"]), ago(post["ts"], saved),
                post["author"], post["author"]))
    h.append('<h1 class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 '
             'xs:mb-md" id="post-title-t3_%s" slot="title">%s</h1>' % (post["id"], esc(title)))
    h.append('<shreddit-post-flair class="inline-block mb-2xs" slot="post-flair"><a class="no-decoration" '
             'href="/r/%s/?f=flair_name%%3A%%22%s%%22"><span class="bg-tone-4 inline-flex items-center flair-content '
             'max-w-full py-0 px-[6px] rounded-[20px] text-12 font-normal box-border">%s</span></a></shreddit-post-flair>'
             % (sub, pflags, esc(pflags)))
    h.append('<div class="text-neutral-content" slot="text-body"><div class="md feed-card-text-preview text-14-scalable" '
             'id="t3_%s-post-rtjson-content" property="schema:articleBody">%s</div></div>'
             % (post["id"], md(body_text)))
    h.append('<div class="flex flex-row items-center flex-nowrap overflow-hidden justify-start gap-sm" '
             'slot="post-actions"><span class="inline-flex items-center bg-secondary-background rounded-full">'
             '<button aria-label="Upvote" class="button-plain button-small button-square" upvote="">%s</button>'
             '<span class="text-12 font-semibold"><faceplate-number number="%d" pretty="">%s</faceplate-number>'
             '</span><button aria-label="Downvote" class="button-plain button-small button-square" downvote="">'
             '%s</button></span><a class="button border-md button-secondary button-small" href="#comments" '
             'name="comments-action-button"><span class="flex items-center">%s<span class="text-12 font-semibold">'
             '<faceplate-number number="%s" pretty="">%s</faceplate-number></span></span></a>'
             '<award-button appearance="secondary" count="3" thing-id="t3_%s"><button class="button button-secondary '
             'button-small"><span class="flex items-center">%s<span class="text-12">Award</span></span></button>'
             '</award-button>%s<shreddit-post-share-button appearance="secondary" permalink="/r/%s/comments/%s/%s/">'
             '<button class="button button-secondary button-small"><span class="flex items-center">%s'
             '<span class="text-12">Share</span></span></button></shreddit-post-share-button></div>'
             % (SVG_UP, score, pretty(score), SVG_DOWN, SVG_COMMENT, post["comments"], post["comments"], post["id"],
                SVG_AWARD, awards_html(post.get("awards"), f), sub, post["id"], slug(title), SVG_SHARE))
    h.append("</shreddit-post>")
    h.append('<div class="pt-md" id="comment-tree-content-anchor-%s"><comment-body-header class="block pb-xs">'
             '<div class="flex items-center gap-xs"><shreddit-sort-dropdown sort-event="comments-sort">'
             '<span class="text-12 text-neutral-content-weak">Sort by:</span> <span class="text-12 font-semibold">Best'
             '</span></shreddit-sort-dropdown><faceplate-search-input class="grow" placeholder="Search Comments">'
             '<input name="q" placeholder="Search Comments" type="search"></faceplate-search-input>'
             '<button aria-label="Expand comment search" class="button-plain button-small button-square"></button>'
             '</div></comment-body-header><comment-composer-host><faceplate-tracker noun="add_comment_button">'
             '<button class="button button-bordered w-full" data-testid="trigger-button"><span>Join the conversation'
             '</span></button></faceplate-tracker></comment-composer-host>' % post["id"])
    h.append('<shreddit-comment-tree id="comment-tree" post-id="t3_%s" sort="confidence" thingid="t3_%s" '
             'totalcomments="%s">' % (post["id"], post["id"], post["comments"]))
    h.append(tree(comments, post, saved, f))
    more = int(post["comments"]) - len(comments)
    h.append('<faceplate-partial loading="action" method="post" src="/svc/shreddit/more-comments/%s/t3_%s?sort=confidence">'
             '<button class="button button-plain-weak button-small" slot="trigger"><span class="flex items-center">'
             '<span class="text-12 font-semibold">%d more replies</span></span></button></faceplate-partial>'
             % (sub, post["id"], more))
    h.append("</shreddit-comment-tree></div></main>")
    # sidebar
    s = ['<div class="right-sidebar-container" id="right-sidebar-container"><aside aria-label="Community information" '
         'class="pb-xl bg-neutral-background-weak rounded-4"><shreddit-subreddit-header class="block px-md py-sm" '
         'prefixed-name="r/%s" subscribers="118204"><div class="flex justify-between items-center">'
         '<h2 class="m-0 text-16 font-bold">r/%s</h2><faceplate-tracker noun="join"><button class="button '
         'button-small button-brand">Join</button></faceplate-tracker></div>' % (sub, sub)]
    s.append('<p class="text-14 text-neutral-content-weak" data-testid="no-edit-description-block" id="description">%s</p>'
             % esc(side["about"]))
    s.append('<div class="flex items-center gap-xs text-12 text-neutral-content-weak"><svg height="16" '
             'icon-name="cake-outline" viewBox="0 0 20 20" width="16"></svg><span>Created %s</span></div>'
             '<div class="flex items-center gap-xs text-12 text-neutral-content-weak"><svg height="16" '
             'icon-name="world-outline" viewBox="0 0 20 20" width="16"></svg><span>Public</span></div>'
             % side["created"])
    s.append('<div class="flex gap-lg py-sm"><div class="flex flex-col"><strong class="text-16">'
             '<faceplate-number number="118204" pretty="">%s</faceplate-number></strong><span class="text-12 '
             'text-neutral-content-weak">Members</span></div><div class="flex flex-col"><strong class="text-16">'
             '<faceplate-number number="164" pretty="">%s</faceplate-number></strong><span class="text-12 '
             'text-neutral-content-weak"><span class="inline-block w-[8px] h-[8px] rounded-full bg-global-online">'
             '</span> Online</span></div></div></shreddit-subreddit-header>' % (side["members"], side["online"]))
    s.append('<hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">')
    s.append('<div class="px-md py-sm"><h2 class="uppercase text-12 tracking-widest text-neutral-content-weak m-0 '
             'py-xs">R/%s RULES</h2><div id="rules-widget">' % sub.upper())
    for n, (rule, desc_r) in enumerate(side["rules"], 1):
        s.append('<faceplate-expandable-section-helper><details class="p-0 m-0"><summary class="list-none flex '
                 'items-start gap-sm py-xs cursor-pointer" aria-expanded="false"><span class="text-14 '
                 'text-neutral-content-weak">%d</span><h2 class="i18n-translatable-text text-14 font-normal m-0">%s'
                 '</h2></summary><div class="md text-14 px-md pb-xs"><p>%s</p></div></details>'
                 '</faceplate-expandable-section-helper>' % (n, esc(rule), esc(desc_r)))
    s.append("</div></div>")
    s.append('<hr class="border-0 border-b-sm border-solid border-b-neutral-border-weak">')
    s.append('<div class="px-md py-sm"><h2 class="uppercase text-12 tracking-widest text-neutral-content-weak m-0 '
             'py-xs">Moderators</h2><faceplate-tracker noun="message_mods"><a class="button button-secondary '
             'button-small" href="/message/compose?to=r/%s"><span>Message Mods</span></a></faceplate-tracker><ul '
             'class="list-none p-0">' % sub)
    for m in side["mods"]:
        s.append('<li class="flex items-center gap-xs py-2xs"><faceplate-img alt="" class="rounded-full" '
                 'height="32" src="./%s/avatar_default_%d.png" width="32"></faceplate-img><a class="text-12 '
                 'text-neutral-content" href="/user/%s/">u/%s</a></li>' % (f, sum(map(ord, m)) % 8, m, m))
    s.append('</ul><a class="button button-plain-weak button-small" href="/mod/%s/moderators/"><span>View all '
             'moderators</span></a></div></aside></div>' % sub)
    h.append("".join(s))
    h.append("</div></div></shreddit-app>")
    h.append('<script>window.__SHREDDIT_BOOTSTRAP__={"route":"post_page","postId":"t3_%s","subredditName":"%s",'
             '"locale":"en-US","experiments":{"shreddit_comment_tree_v2":"enabled"}};</script>' % (post["id"], sub))
    h.append('<script type="module">import("./%s/lazy-loaded-modules.2a6e0f13.js")</script>' % f)
    h.append("</body></html>")
    data = "\n".join(h) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
