#!/usr/bin/python3
"""Re-make docs/reddit-upsc-migrant-workers-thread.html from its source text.

The page is an old.reddit.com comments page as a logged-out Chrome saves it with "Webpage, HTML
only" (the server's bytes, no "saved from" comment): the head (title "... : UPSC", metas,
redditstatic stylesheet and scripts, the r.setup config script), the sr-bar header, the sidebar
(search box with its hidden search help, link info, submit box, title box with readers and users
online, the subreddit's sidebar text, moderators), the post as a "thing" with its three score
divs, flair, tagline, buttons and the self text rendered the way snudown renders markdown
(&#39; and &quot; escapes, "\n\n" between blocks), the comment area (sort menu, nested comments
with "[–]", three score spans, live timestamps, OP / moderator tags, flairs, stickied and edited
marks, deleted and removed comments, buttons, "load more comments"), the footer and the
"Rendered by PID" line.  Standard library only; deterministic.

Usage: make_reddit.py [OUT]
"""
import datetime
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "reddit-upsc-migrant-workers-thread"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".html")
OLD = "https://old.reddit.com"


def esc(s):
    """snudown / houdini escaping of text."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    out = esc(s)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", out)
    out = re.sub(r"(?<![\w/])u/([A-Za-z0-9_-]+)", r'<a href="/u/\1">u/\1</a>', out)
    out = re.sub(r"(?<![\w/])r/([A-Za-z0-9_]+)(?![\w/])", r'<a href="/r/\1">r/\1</a>', out)
    return out


def markdown(text):
    """A small snudown: paragraphs, ### headings, lists, pipe tables, bold/italic/links."""
    blocks = []
    lines = text.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("### "):
            blocks.append("<h3>%s</h3>" % inline(line[4:]))
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li>%s</li>" % inline(lines[i][2:]))
                i += 1
            blocks.append("<ul>\n%s\n</ul>" % "\n".join(items))
        elif re.match(r"\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append("<li>%s</li>" % inline(lines[i].split(" ", 1)[1]))
                i += 1
            blocks.append("<ol>\n%s\n</ol>" % "\n".join(items))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            head, aligns, body = rows[0], rows[1], rows[2:]
            al = [' align="left"' if a.startswith(":") else "" for a in aligns]
            th = "\n".join("<th%s>%s</th>" % (al[k], inline(c)) for k, c in enumerate(head))
            trs = "\n".join("<tr>\n%s\n</tr>" % "\n".join("<td%s>%s</td>" % (al[k], inline(c))
                                                        for k, c in enumerate(r)) for r in body)
            blocks.append("<table><thead>\n<tr>\n%s\n</tr>\n</thead><tbody>\n%s\n</tbody></table>" % (th, trs))
        else:
            para = []
            while (i < len(lines) and lines[i].strip() and not lines[i].startswith(("### ", "- ", "|"))
                   and not re.match(r"\d+\. ", lines[i])):
                para.append(lines[i])
                i += 1
            blocks.append("<p>%s</p>" % inline("\n".join(para)))
    return '<div class="md">' + "\n\n".join(blocks) + "\n</div>"


def parse_kv(s):
    out, flags = {}, set()
    for m in re.finditer(r'(\w+)=("[^"]*"|\S+(?: (?![a-z_]+=|mod\b|op\b|stickied\b|deleted\b|removed\b)\S+)*)|(\w+)', s):
        if m.group(1):
            out[m.group(1)] = m.group(2).strip('"')
        else:
            flags.add(m.group(3))
    return out, flags


def parse_source():
    meta, post, comments = {}, None, []
    cur = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@post "):
            kv, flags = parse_kv(line[6:])
            post = dict(kv, body=[])
            cur = post
        elif line.startswith("@title "):
            post["title"] = line[7:]
        elif line.startswith("@comment "):
            kv, flags = parse_kv(line[9:])
            c = dict(kv, flags=flags, body=[], kind="comment")
            comments.append(c)
            cur = c
        elif line.startswith("@more "):
            kv, flags = parse_kv(line[6:])
            comments.append(dict(kv, kind="more", flags=flags))
            cur = None
        elif line.startswith("@") and cur is None and post is None:
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif cur is not None:
            cur["body"].append(line)
    return meta, post, comments


def when(iso):
    return datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S")


def ago(t, now):
    secs = (now - t).total_seconds()
    days = int(secs // 86400)
    if days >= 365:
        n, unit = days // 365, "year"
    elif days >= 30:
        n, unit = days // 30, "month"
    elif days >= 1:
        n, unit = days, "day"
    elif secs >= 3600:
        n, unit = int(secs // 3600), "hour"
    else:
        n, unit = max(1, int(secs // 60)), "minute"
    return "%d %s%s ago" % (n, unit, "" if n == 1 else "s")


def title_time(t):
    return "%s %s %d %s %d UTC" % (t.strftime("%a"), t.strftime("%b"), t.day, t.strftime("%H:%M:%S"), t.year)


def timetag(t, now, cls="live-timestamp"):
    return '<time title="%s" datetime="%s+00:00" class="%s">%s</time>' % (
        title_time(t), t.strftime("%Y-%m-%dT%H:%M:%S"), cls, ago(t, now))


def points(n):
    return "%d point%s" % (n, "" if n == 1 else "s")


def build(out_path):
    meta, post, comments = parse_source()
    now = when(meta["saved"])
    sub = meta["sub"]
    pid = post["id"]
    plink = "/r/%s/comments/%s/%s/" % (sub, pid, post["slug"])
    title = post["title"]
    body_md = "\n".join(post["body"])
    first_para = body_md.strip().split("\n")[0]
    desc = first_para[:160].rsplit(" ", 1)[0] + "..." if len(first_para) > 160 else first_para
    created = when(post["created"])
    n_comments = int(post["num_comments"])

    # ------------------------------------------------------------ head
    h = []
    h.append('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
             '<title>%s : %s</title>' % (attr(title), sub))
    h.append('<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " />'
             '<meta name="description" content="%s" /><meta name="referrer" content="always">'
             '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
             '<link type="application/opensearchdescription+xml" rel="search" href="/static/opensearch.xml"/>'
             '<link rel="canonical" href="https://www.reddit.com%s" />'
             '<meta name="viewport" content="width=1024">'
             '<link rel="dns-prefetch" href="//out.reddit.com"><link rel="preconnect" href="//out.reddit.com">'
             "<link rel='icon' href=\"//www.redditstatic.com/icon.png\" sizes=\"256x256\" type=\"image/png\" />"
             "<link rel='shortcut icon' href=\"//www.redditstatic.com/favicon.ico\" type=\"image/x-icon\" />"
             "<link rel='apple-touch-icon-precomposed' href=\"//www.redditstatic.com/icon-touch.png\" />"
             '<link rel="alternate" href="%s%s.rss" type="application/atom+xml" title="RSS" />'
             % (attr(desc), plink, OLD, plink))
    h.append('<meta property="og:site_name" content="reddit"><meta property="og:description" content="%s">'
             '<meta property="og:title" content="r/%s - %s"><meta property="twitter:site" content="reddit">'
             '<meta property="twitter:card" content="summary"><meta property="twitter:title" content="r/%s - %s">'
             '<meta property="og:ttl" content="600"><meta property="og:url" content="%s%s">'
             % (attr(desc), sub, attr(title), sub, attr(title), OLD, plink))
    h.append('<link rel="stylesheet" type="text/css" href="//www.redditstatic.com/reddit.C4m1jW8xK2o.css" media="all">'
             '<link rel="stylesheet" href="https://b.thumbs.redditmedia.com/Xq0r3n9YkD2w7sLp1uB5mVt8cHa4eGj6iZo0fQy3NkE.css" '
             'title="applied_subreddit_stylesheet" type="text/css">')
    cfg = ('r.setup({"ajax_domain": "old.reddit.com", "post_site": "%s", "gold": false, "poisoning_canary": null, '
           '"cur_domain": "reddit.com", "is_fake": false, "renderstyle": "html", "https_endpoint": "https://old.reddit.com", '
           '"user_id": false, "pref_no_profanity": true, "logged": false, "over_18": false, "stats_domain": "https://stats.redditmedia.com", '
           '"static_root": "//www.redditstatic.com", "extension": null, "media_domain": "www.redditmedia.com", '
           '"cur_listing": "%s", "send_logs": true, "server_time": %d.0, "store_visits": false, "clicktracker_url": "//click.redditmedia.com", '
           '"eventtracker_url": "//pixel.redditmedia.com/pixel/of_delight.png", "cur_screen_width": 1024, "new_window": false, '
           '"nsfw_media_acknowledged": false, "vote_hash": "", "feature_new_report_dialog": true, '
           '"cur_subreddit": {"name": "%s", "fullname": "%s", "type": "public"}, "modhash": false, "status_msg": {"fetching": "fetching title...", '
           '"submitting": "submitting...", "loading": "loading..."}})'
           % (sub, sub, int((now - datetime.datetime(1970, 1, 1)).total_seconds()), sub, meta["sub_id"]))
    h.append('<script type="text/javascript" id="config">%s</script>' % cfg)
    h.append('<script type="text/javascript" src="//www.redditstatic.com/reddit-init.en.Hk2Qm0sV8yE.js"></script>'
             '<script type="text/javascript">r.events.init();</script></head>')

    # ------------------------------------------------------------ header
    srs = ["AskReddit", "pics", "funny", "worldnews", "news", "india", "todayilearned", "movies",
           "gaming", "explainlikeimfive", "mildlyinteresting", "IndiaSpeaks", "history", "books"]
    b = []
    b.append('<body class="listing-page comments-page loggedout single-page" ><div id="header" role="banner">'
             '<a tabindex="1" href="#content" id="jumpToContent">jump to content</a>'
             '<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)">'
             '<span class="selected title">my subreddits</span></div><div class="drop-choices srdrop">'
             '<a href="%s/subreddits/" class="bottom-option choice" >edit subscriptions</a></div>'
             '<div class="sr-list"><ul class="flat-list sr-bar hover" >' % OLD)
    b.append("<li class='selected'><a href=\"%s/r/popular/\" class=\"choice\" >popular</a></li>" % OLD)
    for name, cls in (("all", "choice"), ("random", "random choice"), ("users", "choice")):
        path = "users" if name == "users" else "r/" + name
        b.append('<li ><span class="separator">-</span><a href="%s/%s/" class="%s" >%s</a></li>' % (OLD, path, cls, name))
    b.append("</ul><span class=\"separator\">&nbsp;|&nbsp;</span><ul class=\"flat-list sr-bar hover\" id='sr-bar'>")
    for k, s in enumerate(srs):
        sep = '' if k == 0 else '<span class="separator">-</span>'
        b.append('<li >%s<a href="%s/r/%s/" class="choice" >%s</a></li>' % (sep, OLD, s, s))
    b.append('</ul></div><a href="%s/subreddits/" id="sr-more-link" >more &raquo;</a></div></div>' % OLD)
    b.append('<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;'
             '<span class="hover pagename redditname"><a href="%s/r/%s/" >%s</a></span>&nbsp;<ul class="tabmenu " >'
             "<li class='selected'><a href=\"%s%s\" class=\"choice\" >comments</a></li></ul></div>"
             % (OLD, sub, sub, OLD, plink))
    b.append('<div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="%s/login" class="login-required login-link" >'
             'Log in or sign up</a>&#32;in seconds.</span><span class="separator">|</span><ul class="flat-list hover" >'
             '<li><a href="javascript:void(0)" class="pref-lang choice" onclick="return showlang();" >English</a></li></ul></div></div>'
             % OLD)

    # ------------------------------------------------------------ side
    b.append('<div class="side"><div class=\'spacer\' ><form action="%s/r/%s/search" id="search" role="search">'
             '<input type="text" name="q" placeholder="search" tabindex="20" /><input type="submit" value="" tabindex="22" />'
             '<div id="searchexpando" class="infobar"><label><input type="checkbox" name="restrict_sr" tabindex="21" />'
             'limit my search to r/%s</label><div id="moresearchinfo"><p>use the following search parameters to narrow your results:</p>'
             '<dl><dt>subreddit:<i>subreddit</i></dt><dd>find submissions in &quot;subreddit&quot;</dd>'
             '<dt>author:<i>username</i></dt><dd>find submissions by &quot;username&quot;</dd>'
             '<dt>site:<i>example.com</i></dt><dd>find submissions from &quot;example.com&quot;</dd>'
             '<dt>url:<i>text</i></dt><dd>search for &quot;text&quot; in url</dd>'
             '<dt>selftext:<i>text</i></dt><dd>search for &quot;text&quot; in self post contents</dd>'
             '<dt>self:yes (or self:no)</dt><dd>include (or exclude) self posts</dd>'
             '<dt>nsfw:yes (or nsfw:no)</dt><dd>include (or exclude) results marked as NSFW</dd></dl>'
             '<p>e.g.&#32;<code>subreddit:aww site:imgur.com dog</code></p>'
             '<p><a href="https://www.reddit.com/wiki/search">see the search faq for details.</a></p></div>'
             '<p><a href="https://www.reddit.com/wiki/search" id="search_showmore">advanced search: by author, subreddit...</a></p>'
             '</div></form></div>' % (OLD, sub, sub))
    b.append('<div class=\'spacer\' ><div class="linkinfo"><div class="date"><span>this post was submitted on&#32;</span>'
             '<time datetime="%s+00:00">%s</time></div><div class="score"><span class="number">%s</span>&#32;'
             '<span class="word">points</span>&#32;(%s%% upvoted)</div><div class="shortlink">shortlink:&#32;'
             '<input type="text" value="https://redd.it/%s" readonly="readonly" id="shortlink-text" /></div></div></div>'
             % (created.strftime("%Y-%m-%dT%H:%M:%S"), created.strftime("%d %b %Y"), post["score"], post["ratio"], pid))
    b.append('<div class=\'spacer\' ><div class="sidebox submit submit-text"><div class="morelink">'
             '<a href="%s/r/%s/submit?selftext=true" class="login-required access-required" data-event-action="submit" '
             'data-type="subreddit" data-event-detail="self" target="_top" >Submit a new text post</a>'
             '<div class="nub"></div></div></div></div>' % (OLD, sub))
    side_md = markdown(
        "**Welcome to r/UPSC**, a community for civil services aspirants.\n\n"
        "**Rules**\n\n"
        "1. Be civil. No personal attacks, casteist or communal remarks.\n"
        "2. No promotion of coaching, courses, Telegram or YouTube channels.\n"
        "3. No leaked or pirated material.\n"
        "4. Use the correct post flair.\n"
        "5. Search before posting; repeat questions will be removed.\n\n"
        "[UPSC official website](https://upsc.gov.in)")
    b.append('<div class=\'spacer\' ><div class="titlebox"><h1 class="hover redditname"><a href="%s/r/%s/" class="hover" >%s</a></h1>'
             '<span class="fancy-toggle-button subscribe-button toggle" style="" data-sr_name="%s">'
             '<a class="option active add login-required" href="#" tabindex="100">join</a>'
             '<a class="option remove" href="#" >leave</a></span>'
             '<span class="subscribers"><span class="number">%s</span>&#32;<span class="word">readers</span></span>'
             '<p class="users-online" title="users here now"><span class="number">%s</span>&#32;<span class="word">users here now</span></p>'
             '<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, &#39;editusertext&#39;)" id="form-t5_sidebar">'
             '<input type="hidden" name="thing_id" value="%s"/><div class="usertext-body may-blank-within md-container " >%s\n</div></form>'
             '<div class="bottom">created by<a href="%s/user/civilsmod" class="author may-blank id-t2_3m1x0" >civilsmod</a>'
             '<span class="userattrs"></span><span class="age">a community for&#32;<time title="Tue Jan 8 09:21:44 2013 UTC" '
             'datetime="2013-01-08T09:21:44+00:00">12 years</time></span></div></div></div>'
             % (OLD, sub, sub, sub, meta["subscribers"], meta["online"], meta["sub_id"], side_md, OLD))
    mods = ["civilsmod", "AutoModerator", "mains_mentor", "polity_panda", "ethics_essay"]
    b.append('<div class=\'spacer\' ><div class="sidecontentbox " ><a class="helplink" href="/message/compose?to=%%2Fr%%2F%s" >'
             'message the mods</a><div class="title"><h1>MODERATORS</h1></div><ul class="content">' % sub)
    for m in mods:
        b.append('<li><a href="%s/user/%s" class="author may-blank" >%s</a><span class="userattrs"></span></li>' % (OLD, m, m))
    b.append('<li class="more"><a href="/r/%s/about/moderators" class="more" >...and 4 more &raquo;</a></li></ul></div></div></div>' % sub)

    # ------------------------------------------------------------ post
    b.append('<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable" >')
    ts = int((created - datetime.datetime(1970, 1, 1)).total_seconds()) * 1000
    sc = int(post["score"])
    b.append('<div class=" thing id-t3_%s odd&#32; link self" id="thing_t3_%s" onclick="click_thing(this)" data-fullname="t3_%s" '
             'data-type="link" data-gildings="0" data-whitelist-status="all_ads" data-is-gallery="false" data-author="%s" '
             'data-author-fullname="%s" data-subreddit="%s" data-subreddit-prefixed="r/%s" data-subreddit-fullname="%s" '
             'data-subreddit-type="public" data-timestamp="%d" data-url="%s" data-permalink="%s" data-domain="self.%s" '
             'data-rank="" data-comments-count="%d" data-score="%d" data-promoted="false" data-nsfw="false" data-spoiler="false" '
             'data-oc="false" data-num-crossposts="0" data-context="comments" >'
             % (pid, pid, pid, post["author"], post["author_id"], sub, sub, meta["sub_id"], ts, plink, plink, sub,
                n_comments, sc))
    b.append('<p class="parent"></p><span class="rank"></span><div class="midcol unvoted" >'
             '<div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0" ></div>'
             '<div class="score dislikes" title="%d">%d</div><div class="score unvoted" title="%d">%d</div>'
             '<div class="score likes" title="%d">%d</div>'
             '<div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0" ></div></div>'
             % (sc - 1, sc - 1, sc, sc, sc + 1, sc + 1))
    edited = when(post["edited"])
    b.append('<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" '
             'href="%s" tabindex="1" >%s</a>&#32;<span class="linkflairlabel " title="%s">%s</span>&#32;'
             '<span class="domain">(<a href="/r/%s/">self.%s</a>)</span></p>'
             % (plink, esc(title), post["flair"], post["flair"], sub, sub))
    b.append('<p class="tagline ">submitted&#32;%s<time title="last edited %s" class="edited-timestamp" datetime="%s+00:00">*</time>&#32;by&#32;'
             '<a href="%s/user/%s" class="author may-blank id-%s" >%s</a><span class="userattrs"></span></p>'
             % (timetag(created, now), ago(edited, now), edited.strftime("%Y-%m-%dT%H:%M:%S"), OLD, post["author"],
                post["author_id"], post["author"]))
    b.append('<ul class="flat-list buttons"><li class="first"><a href="%s%s" data-event-action="comments" class="bylink comments may-blank" rel="nofollow" >%d comments</a></li>'
             '<li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li>'
             '<li class="link-save-button save-button login-required"><a href="#">save</a></li>'
             '<li><form action="/post/hide" method="post" class="state-button hide-button"><input type="hidden" name="executed" value="hidden" />'
             '<span><a href="javascript:void(0)" class=" " data-event-action="hide" onclick="change_state(this, &#39;hide&#39;, hide_thing);">hide</a></span></form></li>'
             '<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li>'
             '<li class="crosspost-button"><a class="post-crosspost-button" href="javascript: void 0;" data-crosspost-fullname="t3_%s" >crosspost</a></li></ul>'
             '<div class="reportform report-t3_%s"></div></div>' % (OLD, plink, n_comments, pid, pid))
    b.append('<div class="expando " ><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, &#39;editusertext&#39;)" id="form-t3_%s9fq">'
             '<input type="hidden" name="thing_id" value="t3_%s"/><div class="usertext-body may-blank-within md-container " >%s\n</div></form></div></div>'
             '<div class="child" ></div><div class="clearleft"></div></div><div class="clearleft"></div></div>'
             % (pid, pid, markdown(body_md)))

    # ------------------------------------------------------------ comments
    b.append("<div class='commentarea' ><div class=\"panestack-title\"><span class=\"title\">&#32;all %d comments</span>&#32;"
             '<a href="%s%s?limit=500" class="title-button " >show all %d</a></div>' % (n_comments, OLD, plink, n_comments))
    b.append('<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by:&#32;</span>'
             '<div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">best</span></div>'
             '<div class="drop-choices lightdrop">')
    for k, s in enumerate(("top", "new", "controversial", "old", "random", "q&amp;a", "live (beta)")):
        key = ("top", "new", "controversial", "old", "random", "qa", "live")[k]
        b.append('<a href="%s%s?sort=%s" class="choice" >%s</a>' % (OLD, plink, key, s))
    b.append('</div></div><div class="spacer"></div></div>')
    b.append('<div class="infobar commentsignupbar"><div class="commentsignupbar__container"><div class="commentsignupbar__pitch">'
             '<h4>Want to add to the discussion?</h4><p>Post a comment!</p></div>'
             '<a href="https://www.reddit.com/register/?dest=%s%s" class="commentsignupbar__button" >Create an account</a></div></div>'
             % (OLD, plink))

    children = {}
    for c in comments:
        children.setdefault(c["parent"], []).append(c)

    def render(c, depth):
        if c["kind"] == "more":
            return ('<div class=" thing id-t1_%s noncollapsed   morechildren" id="thing_t1_%s" ><p class="parent"></p>'
                    '<div class="entry unvoted"><span class="morecomments"><a style="font-size: smaller; font-weight: bold" class="button" '
                    'id="more_t1_%s" href="javascript:void(0)" onclick="return morechildren(this, &#39;t3_%s&#39;, &#39;confidence&#39;, '
                    '&#39;%s&#39;, &#39;False&#39;)">load more comments<span class="gray">&nbsp;(%s %s)</span></a></span>'
                    '<div class="clearleft"></div></div><div class="clearleft"></div></div>'
                    % (c["id"], c["id"], c["id"], pid, c["id"], c["count"], "reply" if c["count"] == "1" else "replies"))
        cid = c["id"]
        kids = children.get(cid, [])
        nkids = len([k for k in kids if k["kind"] == "comment"])
        t = when(c["created"])
        deleted = "deleted" in c["flags"]
        cls = " thing id-t1_%s noncollapsed   comment %s" % (cid, "deleted" if deleted else "")
        if "stickied" in c["flags"]:
            cls += " stickied"
        clink = "%s%s/" % (plink, cid)
        o = []
        o.append('<div class="%s" id="thing_t1_%s" onclick="click_thing(this)" data-fullname="t1_%s" data-type="comment" '
                 'data-gildings="0" data-subreddit="%s" data-subreddit-prefixed="r/%s" data-subreddit-fullname="%s" '
                 'data-subreddit-type="public"%s data-replies="%d" data-permalink="%s" >'
                 % (cls, cid, cid, sub, sub, meta["sub_id"],
                    "" if deleted else ' data-author="%s" data-author-fullname="%s"' % (c["author"], c["author_id"]),
                    nkids, clink))
        o.append('<p class="parent"><a name="%s"></a></p><div class="midcol unvoted" >'
                 '<div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0" ></div>'
                 '<div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0" ></div></div>'
                 % cid)
        tag = ['<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[&ndash;]</a>']
        if deleted:
            tag.append('<em>[deleted]</em>&#32;%s' % timetag(t, now))
        else:
            acls = "author may-blank id-%s" % c["author_id"]
            extra = ""
            if "op" in c["flags"]:
                acls = "author submitter may-blank id-%s" % c["author_id"]
                extra = ' title="submitter"'
            if "mod" in c["flags"]:
                acls = "author moderator may-blank id-%s" % c["author_id"]
            tag.append('<a href="%s/user/%s" class="%s"%s >%s</a>' % (OLD, c["author"], acls, extra, c["author"]))
            if c.get("flair"):
                tag.append('<span class="flair " title="%s">%s</span>' % (c["flair"], c["flair"]))
            if "op" in c["flags"]:
                tag.append('<span class="userattrs">&#32;[<a class="submitter" title="submitter" href="%s%s">S</a>]</span>' % (OLD, plink))
            elif "mod" in c["flags"]:
                tag.append('<span class="userattrs">&#32;[<a class="moderator" title="moderator of /r/%s, speaking officially" '
                           'href="/r/%s/about/moderators">M</a>]</span>' % (sub, sub))
            else:
                tag.append('<span class="userattrs"></span>')
            p = int(c["points"])
            tag.append('&#32;<span class="score dislikes" title="%d">%s</span><span class="score unvoted" title="%d">%s</span>'
                       '<span class="score likes" title="%d">%s</span>&#32;' % (p - 1, points(p - 1), p, points(p), p + 1, points(p + 1)))
            tag.append(timetag(t, now))
            if c.get("edited"):
                e = when(c["edited"])
                tag.append('<time title="last edited %s" class="edited-timestamp" datetime="%s+00:00">*</time>'
                           % (ago(e, now), e.strftime("%Y-%m-%dT%H:%M:%S")))
            if "stickied" in c["flags"]:
                tag.append('&#32;<span class="stickied-tagline" title="selected by this subreddit&#39;s moderators">- stickied comment</span>')
        tag.append('&nbsp;<span class="numchildren">(%d %s)</span></p>' % (nkids, "child" if nkids == 1 else "children"))
        o.append("".join(tag))
        if deleted:
            body = '<div class="md"><p>%s</p>\n</div>' % ("[removed]" if "removed" in c["flags"] else "[deleted]")
        else:
            body = markdown("\n".join(c["body"]))
        o.append('<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, &#39;editusertext&#39;)" id="form-t1_%sx2k">'
                 '<input type="hidden" name="thing_id" value="t1_%s"/><div class="usertext-body may-blank-within md-container " >%s\n</div></form>'
                 % (cid, cid, body))
        btn = ['<ul class="flat-list buttons"><li class="first"><a href="%s%s" data-event-action="permalink" class="bylink" rel="nofollow" >permalink</a></li>'
               % (OLD, clink)]
        if not deleted:
            btn.append('<li><a href="javascript:void(0)" class="embed-comment" data-comment="%s" data-media="www.redditmedia.com" '
                       'data-link="%s" data-root="%s" data-depth="%d" data-edited="%s">embed</a></li>'
                       % (clink, plink, "true" if depth == 0 else "false", depth, "true" if c.get("edited") else "false"))
            btn.append('<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li>')
        if depth > 0:
            btn.append('<li><a href="#%s" data-event-action="parent" class="bylink" rel="nofollow" >parent</a></li>' % c["parent"])
        if not deleted:
            btn.append('<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li>')
            btn.append('<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">reply</a></li>')
        btn.append('</ul><div class="reportform report-t1_%s"></div></div>' % cid)
        o.append("".join(btn))
        o.append('<div class="child" >')
        if kids:
            o.append('<div id="siteTable_t1_%s" class="sitetable listing">' % cid)
            o.append("".join(render(k, depth + 1) for k in kids))
            o.append('</div>')
        o.append('</div><div class="clearleft"></div></div><div class="clearleft"></div>')
        return "".join(o)

    b.append('<div class="sitetable nestedlisting" id="siteTable_t3_%s">' % pid)
    b.append("".join(render(c, 0) for c in children.get("t3", [])))
    b.append('</div></div></div>')

    # ------------------------------------------------------------ footer
    cols = [("about", [("https://www.redditinc.com/blog", "blog"), ("https://www.redditinc.com", "about"),
                       ("https://www.redditinc.com/advertising", "advertising"), ("https://www.redditinc.com/careers", "careers")]),
            ("help", [("https://www.redditinc.com/policies/content-policy", "site rules"),
                      ("https://support.reddithelp.com/hc/en-us", "Reddit help center"),
                      ("https://www.reddit.com/wiki/reddiquette", "reddiquette"),
                      ("https://www.redditinc.com/policies/moderator-guidelines", "mod guidelines"),
                      ("https://support.reddithelp.com/hc/en-us/requests/new", "contact us")]),
            ("apps &amp; tools", [("https://itunes.apple.com/us/app/reddit-the-official-app/id1064216828?mt=8", "Reddit for iPhone"),
                                  ("https://play.google.com/store/apps/details?id=com.reddit.frontpage", "Reddit for Android"),
                                  ("%s/mobile/download" % OLD, "mobile website")]),
            ("&lt;3", [("%s/premium" % OLD, "reddit premium")])]
    b.append('<div class="footer-parent"><div class="footer rounded">')
    for head, links in cols:
        b.append('<div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">%s</li>' % head)
        for href, text in links:
            b.append('<li ><a href="%s" class="choice" >%s</a></li>' % (href, text))
        b.append('</ul></div>')
    b.append('</div><p class="bottommenu">Use of this site constitutes acceptance of our&#32;'
             '<a href="https://www.redditinc.com/policies/user-agreement" >User Agreement</a>&#32;and&#32;'
             '<a href="https://www.reddit.com/policies/privacy-policy" >Privacy Policy</a>. &copy; %d reddit inc. All rights reserved.</p>'
             '<p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>' % now.year)
    b.append('<p class="debuginfo"><span class="icon">&pi;</span>&nbsp;<span class="content">Rendered by PID %s on&#32;%s&#32;at %s.%06d+00:00 '
             'running %s country code: IN.</span></p>' % (meta["render_pid"], meta["render_host"],
                                                          now.strftime("%Y-%m-%d %H:%M:%S"), 482913, meta["render_rev"]))
    b.append('<script type="text/javascript" src="//www.redditstatic.com/reddit.en.Zt7qW0pR2cA.js"></script>'
             '<script type="text/javascript">r.utils.updateEventFields({"sr_name": "%s"});</script>'
             '<script type="text/javascript" src="//www.redditstatic.com/gtm.Bf9xL1mT3wQ.js"></script></body></html>' % sub)

    page = "".join(h) + "\n" + "".join(b) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
