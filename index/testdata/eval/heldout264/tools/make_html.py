#!/usr/bin/python3
"""Re-make docs/reddit-western-ghats-esa-drafts.html from tools/reddit-western-ghats-esa-drafts.txt.

The page is an old.reddit.com comments page as Firefox writes it with "Save Page As... >
Web Page, HTML only": the server's HTML exactly as sent, so there is no "saved from url"
comment and no _files folder - stylesheets, scripts and images keep their protocol-relative
//www.redditstatic.com and //styles.redditmedia.com addresses, the inline r.setup config
and the closing jQuery bootstrap scripts stay in, and nothing is rewritten.  Markdown bodies
are rendered the way snudown does it (paragraphs, h3, lists, tables with thead/tbody,
blockquotes, &#39; and &quot; escapes, newlines between block elements).

Standard library only.  Run: /usr/bin/python3 tools/make_html.py [--out DIR]
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "reddit-western-ghats-esa-drafts.txt")
NAME = "reddit-western-ghats-esa-drafts.html"
SUB = "UPSC"
SUB_ID = "t5_2qjyz"
STATIC = "//www.redditstatic.com"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def esc_attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    """snudown-style inline markup on one escaped line."""
    links = []

    def keep_link(m):
        links.append('<a href="%s">%s</a>' % (esc_attr(m.group(2)), inline(m.group(1))))
        return "\x00%d\x00" % (len(links) - 1)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", keep_link, s)
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"(?<![\w/])(u/[A-Za-z0-9_-]+)", r'<a href="/\1">\1</a>', s)
    s = re.sub(r"(?<![\w/])(r/[A-Za-z0-9_]+)", r'<a href="/\1">\1</a>', s)
    s = re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))], s)
    return s


def markdown(text):
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if lines[0].startswith("### "):
            out.append("<h3>%s</h3>" % inline(lines[0][4:]))
        elif all(l.startswith("- ") for l in lines):
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % inline(l[2:]) for l in lines))
        elif all(re.match(r"\d+\. ", l) for l in lines):
            out.append("<ol>\n%s\n</ol>" % "\n".join("<li>%s</li>" % inline(l.split(". ", 1)[1]) for l in lines))
        elif lines[0].startswith("|"):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
            head, body = rows[0], rows[2:]
            h = "<table><thead>\n<tr>\n%s\n</tr>\n</thead><tbody>\n" % "\n".join("<th>%s</th>" % inline(c) for c in head)
            r = "".join("<tr>\n%s\n</tr>\n" % "\n".join("<td>%s</td>" % inline(c) for c in row) for row in body)
            out.append(h + r + "</tbody></table>")
        elif all(l.startswith("> ") for l in lines):
            out.append("<blockquote>\n<p>%s</p>\n</blockquote>" % "\n".join(inline(l[2:]) for l in lines))
        else:
            out.append("<p>%s</p>" % "\n".join(inline(l) for l in lines))
    return '<div class="md">' + "\n\n".join(out) + "\n</div>"


def parse(path):
    post, comments, more = {}, [], []
    cur = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@post ") or line.startswith("@comment ") or line.startswith("@more "):
            kind, rest = line[1:].split(" ", 1)
            attrs = dict(kv.split("=", 1) for kv in rest.split(" ") if "=" in kv)
            if kind == "post":
                post.update(attrs)
                post["body"] = []
                cur = post
            elif kind == "comment":
                attrs["body"] = []
                attrs["flair"] = None
                comments.append(attrs)
                cur = attrs
            else:
                more.append(attrs)
                cur = None
            # flair may contain spaces: re-read it from the raw line
            m = re.search(r" flair=(.+?)(?: edited=| flags=|$)", rest)
            if m and cur is not None:
                cur["flair"] = m.group(1)
        elif line.startswith("@title "):
            post["title"] = line[7:]
        elif line.startswith("@flair "):
            post["linkflair"] = line[7:]
        elif line.startswith("@saved "):
            post["saved"] = line[7:]
        elif cur is not None:
            cur["body"].append(line)
    for c in [post] + comments:
        c["body"] = "\n".join(c["body"]).strip("\n")
        c["flags"] = c.get("flags", "").split(",") if c.get("flags") else []
    return post, comments, more


def ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def ago(then, now):
    secs = (now - then).total_seconds()
    if secs < 3600:
        return "%d minutes ago" % (secs // 60)
    if secs < 86400:
        h = int(secs // 3600)
        return "%d hour%s ago" % (h, "" if h == 1 else "s")
    d = int(secs // 86400)
    return "%d day%s ago" % (d, "" if d == 1 else "s")


def title_time(t):
    return t.strftime("%a %b ") + str(t.day) + t.strftime(" %H:%M:%S %Y UTC")


def time_el(t, now):
    return ('<time title="%s" datetime="%s+00:00" class="live-timestamp">%s</time>'
            % (title_time(t), t.strftime("%Y-%m-%dT%H:%M:%S"), ago(t, now)))


class Page:
    def __init__(self):
        self.post, self.comments, self.more = parse(SRC)
        self.now = ts(self.post["saved"])
        p = self.post
        self.path = "/r/%s/comments/%s/%s/" % (SUB, p["id"], p["slug"])
        self.url = "https://old.reddit.com" + self.path
        self.kids = {}
        for c in self.comments:
            self.kids.setdefault(c["parent"], []).append(c)
        for m in self.more:
            self.kids.setdefault(m["parent"], []).append(m)

    def count_children(self, cid):
        n = 0
        for k in self.kids.get(cid, []):
            if "count" in k:
                n += int(k["count"])
            else:
                n += 1 + self.count_children(k["id"])
        return n

    def comment(self, c, parity, root):
        now = self.now
        p = self.post
        cid = c["id"]
        t = ts(c["created"])
        kids = self.kids.get(cid, [])
        nkids = self.count_children(cid)
        deleted = "deleted" in c["flags"]
        classes = " thing id-t1_%s %s noncollapsed  %s comment %s" % (
            cid, parity, "deleted" if deleted else "", "stickied" if "stickied" in c["flags"] else "")
        author = c["author"]
        data_author = "" if deleted else ' data-author="%s" data-author-fullname="t2_%s"' % (author, c["aid"])
        out = ['<div class="%s" id="thing_t1_%s" onclick="click_thing(this)" data-fullname="t1_%s" '
               'data-type="comment" data-gildings="0" data-subreddit="%s" data-subreddit-prefixed="r/%s" '
               'data-subreddit-fullname="%s" data-subreddit-type="public"%s data-replies="%d" '
               'data-permalink="%s%s/" >' % (classes, cid, cid, SUB, SUB, SUB_ID, data_author, len(kids), self.path, cid)]
        out.append('<p class="parent"><a name="%s"></a></p>' % cid)
        out.append('<div class="midcol unvoted" ><div class="arrow up login-required access-required" '
                   'data-event-action="upvote" role="button" aria-label="upvote" tabindex="0" ></div>'
                   '<div class="arrow down login-required access-required" data-event-action="downvote" '
                   'role="button" aria-label="downvote" tabindex="0" ></div></div>')
        out.append('<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" '
                   'onclick="return togglecomment(this)">[&ndash;]</a>')
        if deleted:
            out.append('<em>[deleted]</em>&#32;<span class="score-hidden" title="">[score hidden]</span>&#32;')
        else:
            mod = "mod" in c["flags"]
            out.append('<a href="https://old.reddit.com/user/%s" class="author may-blank id-t2_%s%s" >%s</a>'
                       % (author, c["aid"], " moderator" if mod else (" submitter" if "op" in c["flags"] else ""), author))
            if c.get("flair"):
                out.append('<span class="flair " title="%s">%s</span>' % (esc_attr(c["flair"]), esc(c["flair"])))
            attrs = ""
            if "op" in c["flags"]:
                attrs = ('[<a class="submitter" title="submitter" href="%s">S</a>]' % self.url)
            if mod:
                attrs = ('[<a class="moderator" title="moderator of /r/%s, speaking officially" '
                         'href="https://old.reddit.com/r/%s/about/moderators">M</a>]' % (SUB, SUB))
            out.append('<span class="userattrs">%s</span>&#32;' % attrs)
            s = int(c["score"])
            out.append('<span class="score dislikes" title="%d">%d points</span><span class="score unvoted" '
                       'title="%d">%d points</span><span class="score likes" title="%d">%d points</span>&#32;'
                       % (s - 1, s - 1, s, s, s + 1, s + 1))
        out.append(time_el(t, now))
        if c.get("edited"):
            e = ts(c["edited"])
            out.append('&nbsp;<time class="edited-timestamp" title="last edited %s" datetime="%s+00:00">*</time>'
                       % (ago(e, now), e.strftime("%Y-%m-%dT%H:%M:%S")))
        if "stickied" in c["flags"]:
            out.append('&#32;<span class="stickied-tagline" title="selected by this subreddit&#39;s moderators">'
                       'stickied comment</span>')
        out.append('&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">'
                   '(%d child%s)</a></p>' % (nkids, "" if nkids == 1 else "ren"))
        out.append('<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, '
                   '&#39;editusertext&#39;)" id="form-t1_%s%s"><input type="hidden" name="thing_id" value="t1_%s"/>'
                   '<div class="usertext-body may-blank-within md-container " >%s\n</div></form>'
                   % (cid, cid[-3:], cid, markdown(c["body"])))
        out.append('<ul class="flat-list buttons"><li class="first"><a href="%s%s/" data-event-action="permalink" '
                   'class="bylink" rel="nofollow" >permalink</a></li>' % (self.url, cid))
        if not deleted:
            out.append('<li><a href="javascript:void(0)" data-comment="%s%s/" data-media="www.redditmedia.com" '
                       'data-link="%s" data-root="%s" data-title="%s" class="embed-comment">embed</a></li>'
                       % (self.path, cid, self.path, "true" if root else "false", esc_attr(p["title"])))
            out.append('<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">'
                       'save</a></li>')
        if not root:
            out.append('<li><a href="#%s" data-event-action="parent" class="bylink" rel="nofollow" >parent</a></li>'
                       % c["parent"])
        if not deleted:
            out.append('<li class="report-button login-required" > <a href="javascript:void(0)" '
                       'class="reportbtn access-required" data-event-action="report">report</a></li>'
                       '<li class="reply-button login-required" ><a class="access-required" '
                       'href="javascript:void(0)" data-event-action="comment" onclick="return reply(this)">reply</a></li>')
        out.append('</ul><div class="reportform report-t1_%s"></div></div>' % cid)
        out.append('<div class="child" >')
        if kids:
            out.append('<div id="siteTable_t1_%s" class="sitetable listing">' % cid)
            for i, k in enumerate(kids):
                if "count" in k:
                    out.append(self.morechildren(k, "odd" if i % 2 == 0 else "even"))
                else:
                    out.append(self.comment(k, "odd" if i % 2 == 0 else "even", False))
            out.append("</div>")
        out.append('</div><div class="clearleft"></div></div><div class="clearleft"></div>')
        return "".join(out)

    def morechildren(self, m, parity):
        ids = m["ids"].split(",")
        return ('<div class=" thing id-t1_%s %s noncollapsed  morechildren " id="thing_t1_%s" '
                'onclick="click_thing(this)" data-fullname="t1_%s" data-type="morechildren" >'
                '<p class="parent"></p><div class="entry unvoted"><span class="morecomments">'
                '<a style="font-size: smaller; font-weight: bold" class="button" id="more_t1_%s" '
                'href="javascript:void(0)" onclick="return morechildren(this, &#39;t3_%s&#39;, &#39;confidence&#39;, '
                '&#39;%s&#39;, &#39;False&#39;)">load more comments</a><span class="gray">&nbsp;(%s replies)</span>'
                '</span></div><div class="clearleft"></div></div><div class="clearleft"></div>'
                % (ids[0], parity, ids[0], ids[0], ids[0], self.post["id"], ",".join(ids), m["count"]))

    def link(self):
        p = self.post
        t = ts(p["created"])
        score = int(p["score"])
        return (
            '<div class="sitetable linklisting" id="siteTable_t3_%(id)s"><div class=" thing id-t3_%(id)s odd&#32; link self" '
            'id="thing_t3_%(id)s" onclick="click_thing(this)" data-fullname="t3_%(id)s" data-type="link" data-gildings="0" '
            'data-whitelist-status="some_ads" data-is-gallery="false" data-author="%(author)s" '
            'data-author-fullname="t2_%(aid)s" data-subreddit="%(sub)s" data-subreddit-prefixed="r/%(sub)s" '
            'data-subreddit-fullname="%(subid)s" data-subreddit-type="public" data-timestamp="%(stamp)d" '
            'data-url="%(path)s" data-permalink="%(path)s" data-domain="self.%(sub)s" data-rank="" '
            'data-comments-count="%(n)s" data-score="%(score)d" data-promoted="false" data-nsfw="false" '
            'data-spoiler="false" data-oc="false" data-num-crossposts="0" data-context="comments" >'
            '<p class="parent"></p><span class="rank"></span><div class="midcol unvoted" >'
            '<div class="arrow up login-required access-required" data-event-action="upvote" role="button" '
            'aria-label="upvote" tabindex="0" ></div><div class="score dislikes" title="%(s0)d">%(s0)d</div>'
            '<div class="score unvoted" title="%(score)d">%(score)d</div><div class="score likes" title="%(s2)d">%(s2)d</div>'
            '<div class="arrow down login-required access-required" data-event-action="downvote" role="button" '
            'aria-label="downvote" tabindex="0" ></div></div><div class="entry unvoted"><div class="top-matter">'
            '<p class="title"><a class="title may-blank " data-event-action="title" href="%(path)s" tabindex="1" >'
            '%(title)s</a>&#32;<span class="linkflairlabel " title="%(flair)s">%(flair)s</span>&#32;'
            '<span class="domain">(<a href="/r/%(sub)s/">self.%(sub)s</a>)</span></p>'
            '<p class="tagline ">submitted&#32;%(time)s&#32;by&#32;<a href="https://old.reddit.com/user/%(author)s" '
            'class="author may-blank id-t2_%(aid)s" >%(author)s</a><span class="userattrs"></span></p>'
            '<ul class="flat-list buttons"><li class="first"><a href="%(url)s" data-event-action="comments" '
            'class="bylink comments may-blank" rel="nofollow" >%(n)s comments</a></li><li class="share">'
            '<a class="post-sharing-button" href="javascript: void 0;">share</a></li>'
            '<li class="link-save-button save-button login-required"><a href="#">save</a></li><li>'
            '<form action="/post/hide" method="post" class="state-button hide-button"><input type="hidden" '
            'name="executed" value="hidden" /><span><a href="javascript:void(0)" class=" " data-event-action="hide" '
            'onclick="change_state(this, &#39;hide&#39;, hide_thing);">hide</a></span></form></li>'
            '<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" '
            'data-event-action="report">report</a></li><li class="crosspost-button"><a class="post-crosspost-button" '
            'href="javascript: void 0;" data-crosspost-fullname="t3_%(id)s" >crosspost</a></li></ul>'
            '<div class="reportform report-t3_%(id)s"></div></div><div class="expando " ><form action="#" '
            'class="usertext warn-on-unload" onsubmit="return post_form(this, &#39;editusertext&#39;)" '
            'id="form-t3_%(id)sq2a"><input type="hidden" name="thing_id" value="t3_%(id)s"/>'
            '<div class="usertext-body may-blank-within md-container " >%(body)s\n</div></form></div></div>'
            '<div class="child" ></div><div class="clearleft"></div></div><div class="clearleft"></div></div>'
            % {"id": p["id"], "author": p["author"], "aid": p["aid"], "sub": SUB, "subid": SUB_ID,
               "stamp": int((t - datetime.datetime(1970, 1, 1)).total_seconds()) * 1000, "path": self.path,
               "url": self.url, "n": p["comments"], "score": score, "s0": score - 1, "s2": score + 1,
               "title": esc(p["title"]), "flair": esc(p["linkflair"]), "time": time_el(t, self.now),
               "body": markdown(p["body"])})

    def side(self):
        p = self.post
        t = ts(p["created"])
        rules = markdown("**Welcome to r/UPSC** - a community for civil services aspirants.\n\n"
                         "1. Be civil. No personal attacks.\n2. No piracy, no paid-material links.\n"
                         "3. Doubt posts must say what you already read.\n4. Use post flairs (GS1-GS4, Essay, Optional).\n"
                         "5. No self-promotion or coaching ads.\n\n"
                         "[Wiki: booklist](/r/UPSC/wiki/booklist) | [Daily answer writing](/r/UPSC/wiki/daw)")
        return (
            '<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/%(sub)s/search" id="search" '
            'role="search"><input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" '
            'tabindex="22"><div id="searchexpando" class="infobar"><label><input type="checkbox" name="restrict_sr" '
            'tabindex="21">limit my search to r/%(sub)s</label><div id="moresearchinfo"><p>use the following search '
            'parameters to narrow your results:</p><dl><dt>subreddit:<i>subreddit</i></dt><dd>find submissions in '
            '&quot;subreddit&quot;</dd><dt>author:<i>username</i></dt><dd>find submissions by &quot;username&quot;</dd>'
            '<dt>site:<i>example.com</i></dt><dd>find submissions from &quot;example.com&quot;</dd><dt>url:<i>text</i>'
            '</dt><dd>search for &quot;text&quot; in url</dd><dt>selftext:<i>text</i></dt><dd>search for &quot;text&quot; '
            'in self post contents</dd><dt>self:yes (or self:no)</dt><dd>include (or exclude) self posts</dd>'
            '<dt>nsfw:yes (or nsfw:no)</dt><dd>include (or exclude) results marked as NSFW</dd></dl><p>e.g. '
            '<code>subreddit:aww site:imgur.com dog</code></p><p><a href="https://www.reddit.com/wiki/search">'
            'see the search faq for details.</a></p></div><p><a href="https://www.reddit.com/wiki/search" '
            'id="search_showmore">advanced search: by author, subreddit...</a></p></div></form></div>'
            '<div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span>'
            '<time datetime="%(iso)s+00:00">%(day)s</time></div><div class="score"><span class="number">%(score)s'
            '</span>&#32;<span class="word">points</span>&#32;(%(ratio)s%% upvoted)</div><div class="shortlink">'
            'shortlink: <input type="text" value="https://redd.it/%(id)s" readonly="readonly" id="shortlink-text">'
            '</div></div></div><div class="spacer"><div class="sidebox submit submit-text"><div class="morelink">'
            '<a href="https://old.reddit.com/r/%(sub)s/submit?selftext=true" class="login-required access-required" '
            'data-event-action="submit" data-event-detail="self" data-type="subreddit" data-event-action="submit" '
            'target="_top">Submit a new text post</a><div class="nub"></div></div></div></div>'
            '<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/%(sub)s/" '
            'class="hover" >%(sub)s</a></h1><span class="fancy-toggle-button subscribe-button toggle" '
            'style="" data-sr_name="%(sub)s"><a class="option active add login-required" href="#" tabindex="100">'
            'join</a><a class="option remove" href="#" >leave</a></span><span class="subscribers"><span class="number">'
            '412,806</span>&#32;<span class="word">readers</span></span><p class="users-online" title="logged-in users '
            'viewing this subreddit in the past 15 minutes"><span class="number">1,137</span>&#32;<span class="word">'
            'users here now</span></p><form action="#" class="usertext warn-on-unload" id="form-%(subid)sx91">'
            '<input type="hidden" name="thing_id" value="%(subid)s"/><div class="usertext-body may-blank-within '
            'md-container " >%(rules)s\n</div></form><div class="bottom">created by<span>&#32;</span>'
            '<span class="author">[deleted]</span><span class="userattrs"></span><span class="age">a community for&#32;'
            '<time title="Sat Jan 23 09:14:05 2010 UTC" datetime="2010-01-23T09:14:05+00:00">15 years</time></span>'
            '</div><div class="clear"></div></div></div><div class="spacer"><div class="sidecontentbox "><div class="title">'
            '<h1>MODERATORS</h1></div><ul class="content"><li><a href="https://old.reddit.com/message/compose?to=%%2Fr%%2F%(sub)s" '
            'class="c-btn c-btn-primary c-pull-left">message the mods</a></li><li><a href="https://old.reddit.com/user/AutoModerator" '
            'class="author may-blank id-t2_6l4z" >AutoModerator</a></li><li><a href="https://old.reddit.com/user/UPSC_ModTeam" '
            'class="author may-blank id-t2_upscmt" >UPSC_ModTeam</a></li><li class="more"><a href="https://old.reddit.com/r/%(sub)s/about/moderators" '
            'class="more">about moderation team &raquo;</a></li></ul></div></div><div class="spacer">'
            '<div class="account-activity-box"><p><a href="https://old.reddit.com/login" class="access-required login-required" '
            'data-event-action="discussions" data-type="subreddit">discussions in r/%(sub)s</a></p></div></div>'
            '<div class="spacer"><div class="premium-banner-outer"><div class="premium-banner"><div class="premium-banner__logo">'
            'Reddit Premium</div><div class="premium-banner__title">Get an ad-free experience with special benefits, '
            'and directly support Reddit.</div><a href="https://www.reddit.com/premium" class="premium-banner__button">'
            'get reddit premium</a></div></div></div></div>'
            % {"sub": SUB, "subid": SUB_ID, "iso": t.strftime("%Y-%m-%dT%H:%M:%S"), "day": "%d %s" % (t.day, t.strftime("%b %Y")),
               "score": p["score"], "ratio": p["ratio"], "id": p["id"], "rules": rules})

    def render(self):
        p = self.post
        desc = re.sub(r"\s+", " ", p["body"])[:157] + "..."
        head = (
            '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>'
            '<title>%(title)s : %(sub)s</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " />'
            '<meta name="description" content="%(desc)s" /><meta name="referrer" content="always">'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><link type="application/opensearchdescription+xml" '
            'rel="search" href="/static/opensearch.xml"/><link rel="canonical" href="https://www.reddit.com%(path)s" />'
            '<meta name="viewport" content="width=1024"><meta property="og:image" content="https://share.redd.it/preview/post/%(id)s">'
            '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">'
            '<meta property="og:site_name" content="reddit"><meta property="og:description" content="%(desc)s">'
            '<meta property="og:title" content="r/%(sub)s on Reddit: %(title)s"><meta property="twitter:site" content="reddit">'
            '<meta property="twitter:card" content="summary_large_image"><meta property="og:ttl" content="600">'
            '<meta property="og:url" content="https://www.reddit.com%(path)s"><link rel="shorturl" href="https://redd.it/%(id)s"/>'
            '<link rel="alternate" type="application/json+oembed" href="https://www.reddit.com/oembed?url=https%%3A%%2F%%2Fwww.reddit.com%(qpath)s&format=json" title="%(title)s">'
            '<link rel=\'icon\' href="%(static)s/icon.png" sizes="256x256" type="image/png" />'
            '<link rel=\'shortcut icon\' href="%(static)s/favicon.ico" type="image/x-icon" />'
            '<link rel=\'apple-touch-icon-precomposed\' href="%(static)s/icon-touch.png" />'
            '<link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.reddit.com%(path)s" />'
            '<link rel="alternate" href="android-app://com.reddit.frontpage/reddit/r/%(sub)s/comments/%(id)s" />'
            '<link rel="stylesheet" type="text/css" href="%(static)s/reddit.M4q2gWzrQnU.css" media="all">'
            '<link rel="stylesheet" href="https://b.thumbs.redditmedia.com/Qf0yNlKcGmR8v3o2YtX1wR7aJ5uH9eD4sB6kC8pL0mE.css" '
            'title="applied_subreddit_stylesheet" type="text/css">\n'
            '<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "%(sub)s", '
            '"gold": false, "poisoning_canary": null, "requires_eu_cookie_policy": false, "cur_domain": "reddit.com", '
            '"is_fake": false, "stats_domain": "https://stats.redditmedia.com", "logged": false, "server_time": %(server)d.0, '
            '"cur_listing": "%(sub)s", "pref_no_profanity": true, "renderstyle": "html", "comment_sort": "confidence", '
            '"https_endpoint": "https://old.reddit.com", "static_root": "%(static)s", "country_code": "IN", '
            '"send_logs": true, "user_in_timeout": false, "over_18": false, "new_window": false, '
            '"vote_hash": "", "events_collector_url": "https://events.redditmedia.com/v1", "modhash": false})</script>\n'
            '<script type="text/javascript" src="%(static)s/reddit-init.en.N7kQ0wYc3sE.js"></script>\n'
            '</head>' % {"title": esc(p["title"]), "sub": SUB, "desc": esc(desc), "path": self.path, "id": p["id"],
                         "qpath": self.path.replace("/", "%2F"), "static": STATIC,
                         "server": int((self.now - datetime.datetime(1970, 1, 1)).total_seconds())})
        header = (
            '<body class="listing-page comments-page single-page loggedout  with-listing-chooser" >'
            '<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>'
            '<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)">'
            '<span class="selected title">my subreddits</span></div><div class="drop-choices srdrop"><a '
            'href="https://old.reddit.com/subreddits/" class="bottom-option choice" >edit subscriptions</a></div>'
            '<div class="sr-list"><ul class="flat-list sr-bar hover" ><li ><a href="https://old.reddit.com/r/popular/" '
            'class="choice" >popular</a></li><li ><span class="separator">-</span><a href="https://old.reddit.com/r/all/" '
            'class="choice" >all</a></li><li ><span class="separator">-</span><a href="https://old.reddit.com/r/random/" '
            'class="random choice" >random</a></li><li ><span class="separator">-</span><a href="https://old.reddit.com/users/" '
            'class="choice" >users</a></li></ul><span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover" '
            'id="sr-bar"><li ><a href="https://old.reddit.com/r/AskReddit/" class="choice" >AskReddit</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/india/" class="choice" >india</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/pics/" class="choice" >pics</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/worldnews/" class="choice" >worldnews</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/funny/" class="choice" >funny</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/mildlyinteresting/" class="choice" >mildlyinteresting</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/todayilearned/" class="choice" >todayilearned</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/movies/" class="choice" >movies</a></li>'
            '<li ><span class="separator">-</span><a href="https://old.reddit.com/r/news/" class="choice" >news</a></li>'
            '</ul></div><a href="https://old.reddit.com/subreddits/" id="sr-more-link" >more &raquo;</a></div></div>'
            '<div id="header-bottom-left"><a href="https://old.reddit.com/" id="header-img" class="default-header" '
            'title="" >reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="https://old.reddit.com/r/%(sub)s/" '
            '>%(sub)s</a></span><ul class="tabmenu " ><li class=\'selected\'><a href="%(url)s" class="choice" >comments</a></li>'
            '<li ><a href="https://old.reddit.com/r/%(sub)s/duplicates/%(id)s/%(slug)s/" class="choice" >other discussions (2)</a></li>'
            '</ul></div><div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="https://old.reddit.com/login" '
            'class="login-required login-link" >Log in or sign up</a>&#32;in seconds.</span><span class="separator">|</span>'
            '<ul class="flat-list hover" ><li ><a href="javascript:void(0)" class="pref-lang choice" '
            'onclick="return showlang();" >English</a></li></ul></div></div>'
            % {"sub": SUB, "url": self.url, "id": p["id"], "slug": p["slug"]})
        roots = self.kids.get("-", [])
        comments = []
        for i, c in enumerate(roots):
            comments.append(self.comment(c, "odd" if i % 2 == 0 else "even", True))
        sort_base = self.url
        commentarea = (
            '<div class="commentarea" ><div class="panestack-title"><span class="title">all %(n)s comments</span></div>'
            '<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span>'
            '<div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">best</span></div>'
            '<div class="drop-choices lightdrop"><a href="%(u)s?sort=top" class="choice" >top</a><a href="%(u)s?sort=new" '
            'class="choice" >new</a><a href="%(u)s?sort=controversial" class="choice" >controversial</a>'
            '<a href="%(u)s?sort=old" class="choice" >old</a><a href="%(u)s?sort=random" class="choice" >random</a>'
            '<a href="%(u)s?sort=qa" class="choice" >q&amp;a</a><a href="%(u)s?sort=live" class="choice" >live (beta)</a>'
            '</div></div><div class="spacer"></div></div><div class="infobar commentsignupbar">'
            '<div class="commentsignupbar__container"><div class="commentsignupbar__text">Want to add to the discussion?</div>'
            '<a class="c-btn c-btn-primary commentsignupbar__button" href="https://old.reddit.com/login">Post a comment!</a>'
            '</div><div class="commentsignupbar__container"><a class="c-btn c-btn-primary commentsignupbar__button" '
            'href="https://www.reddit.com/register/?dest=https%%3A%%2F%%2Fold.reddit.com%(qpath)s">Create an account</a>'
            '</div></div><div id="siteTable_t3_%(id)s" class="sitetable nestedlisting">%(comments)s</div></div>'
            % {"n": p["comments"], "u": sort_base, "id": p["id"], "comments": "".join(comments),
               "qpath": self.path.replace("/", "%2F")})
        footer = (
            '<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover" >'
            '<li class="flat-vert title">about</li><li ><a href="https://www.redditinc.com/blog" class="choice" >blog</a></li>'
            '<li ><a href="https://www.redditinc.com" class="choice" >about</a></li><li ><a href="https://www.redditinc.com/advertising" '
            'class="choice" >advertising</a></li><li ><a href="https://www.redditinc.com/careers" class="choice" >careers</a></li>'
            '</ul></div><div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">help</li><li >'
            '<a href="https://www.redditinc.com/policies/content-policy" class="choice" >site rules</a></li><li >'
            '<a href="https://support.reddithelp.com/hc/en-us" class="choice" >Reddit help center</a></li><li >'
            '<a href="https://www.reddit.com/wiki/reddiquette" class="choice" >reddiquette</a></li><li >'
            '<a href="https://www.reddit.com/r/mod/" class="choice" >mod guidelines</a></li><li >'
            '<a href="https://www.reddithelp.com/en/categories/reddit-101/contacting-reddit" class="choice" >contact us</a></li>'
            '</ul></div><div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">apps &amp; tools</li><li >'
            '<a href="https://itunes.apple.com/us/app/reddit-the-official-app/id1064216828?mt=8" class="choice" >Reddit for iPhone</a></li>'
            '<li ><a href="https://play.google.com/store/apps/details?id=com.reddit.frontpage" class="choice" >Reddit for Android</a></li>'
            '<li ><a href="https://www.reddit.com/mobile/download" class="choice" >mobile website</a></li></ul></div>'
            '<div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">&lt;3</li><li >'
            '<a href="https://www.reddit.com/premium" class="choice" >reddit premium</a></li></ul></div></div>'
            '<p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="https://www.redditinc.com/policies/user-agreement" '
            'class="" >User Agreement</a>&#32;and&#32;<a href="https://www.redditinc.com/policies/privacy-policy" class="" >'
            'Privacy Policy</a>. &copy; 2025 reddit inc. All rights reserved.</p><p class="bottommenu">REDDIT and the ALIEN '
            'Logo are registered trademarks of reddit inc.</p></div></div>'
            '<p class="debuginfo"><span class="icon">&pi;</span>&nbsp;<span class="content">Rendered by PID 48213 on&#32; '
            'reddit-service-r2-loggedout-7d5c9b8f6-x2q9k&#32;at 2025-11-19 14:08:33.512634+00:00 running 8a3f0c2 country code: IN.'
            '</span></p>'
            '<script type="text/javascript" src="%(static)s/reddit.en.VbO7gFqYc2M.js"></script>'
            '<script type="text/javascript">$(function(){r.utils.prefetchThumbnails();});</script>'
            '<script type="text/javascript">window.__r_events_collector__ = []; r.analytics.fireFirstVisitEvent && '
            'r.analytics.fireFirstVisitEvent();</script>\n</body></html>\n' % {"static": STATIC})
        return (head + header + self.side() + '<a name="content"></a><div class="content" role="main">'
                + self.link() + commentarea + "</div>" + footer)


def main():
    out_dir = os.path.join(HERE, "..", "docs")
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out_dir = sys.argv[2]
    path = os.path.join(out_dir, NAME)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(Page().render())
    print("wrote", path)


if __name__ == "__main__":
    main()
