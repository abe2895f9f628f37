#!/usr/bin/python3
"""Make docs/reddit-inter-state-council.html from tools/reddit-inter-state-council.txt.

The page imitates a thread of the 2021-23 "new" Reddit design saved from Chrome with "Save
page as > Webpage, Complete": a "saved from url" comment; a head with the page title ending
": r/UPSC", meta and Open Graph tags, stylesheets in a "_files" folder next to the page (which
the set does not hold), an inline style block and a window.___r state script; the top bar
(logo, "r/UPSC" jump, search box, Get App / Log In buttons); the post card with its vote
column, "Posted by u/..." line, award icons with counts, the h1 title and its flair, the
self-text as a RichTextJSON-root (p, h2, ul/ol with a p in every li, strong, em), and the
comments / Share / Save / Hide / Report bar with the upvote ratio; "Log in or sign up to leave
a comment"; "Sort By: Best"; the comments as a flat list of divs indented with padding-left
by depth, each with the screen-reader "level N" label, the author (with OP and MOD badges), a
"Stickied comment" label, the age, awards, the body and the Reply / Give Award / Share /
Report / Save / Follow row, a "Comment removed by moderator" stub; the sidebar (About
Community, rules, moderators, the footer links) and a "Back to Top" button.

Source markup: "@key value" header lines, "@post" and then the self-text, "@comment k=v ..."
and then its body; in bodies "## " is a heading, "- " a bullet, "1. " a numbered item, other
lines are paragraphs, "**b**" bold and "*i*" italic.
Run from anywhere: /usr/bin/python3 tools/make_reddit.py (byte-for-byte reproducible).
"""
import html
import json
import os
import re
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "reddit-inter-state-council.txt")
OUT = os.path.join(HERE, "..", "docs", "reddit-inter-state-council.html")

UP = ('<svg class="_2Jxk822qXs4DaXwsN7yyHA" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg">'
      '<path d="M12.877 19H7.123A1.125 1.125 0 0 1 6 17.877V11H2.126a1.114 1.114 0 0 1-1.007-.7 '
      '1.249 1.249 0 0 1 .171-1.343L9.166.368a1.181 1.181 0 0 1 1.668 0l7.872 8.589a1.25 1.25 0 '
      '0 1 .176 1.348 1.113 1.113 0 0 1-1.005.695H14v6.877A1.125 1.125 0 0 1 12.877 19Z"></path></svg>')
DOWN = UP.replace('class="_2Jxk822qXs4DaXwsN7yyHA"', 'class="ZyxIIl4FP5gHGrJDzNpUC"')
DOTS = ('<svg class="_1GQDWqbF-wkYWbrpmOvjqJ" viewBox="0 0 20 20" xmlns="http://www.w3.org/2000/svg">'
        '<path d="M6 10a2 2 0 1 1-4 0 2 2 0 0 1 4 0Zm4-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm6 0a2 2 0 1 0 '
        '0 4 2 2 0 0 0 0-4Z"></path></svg>')
AWARD_IMG = {"Helpful": "Helpful_512.png", "Wholesome": "Wholesome_512.png",
             "Gold": "gold_512.png", "Take My Energy": "TakeMyEnergy_512.png"}


def parse(path):
    meta, post, comments, cur = {}, [], [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@post"):
            cur = post
        elif line.startswith("@comment "):
            attrs = dict(kv.split("=", 1) for kv in shlex.split(line[9:]))
            attrs["body"] = []
            comments.append(attrs)
            cur = attrs["body"]
        elif line.startswith("@") and cur is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.strip():
            cur.append(line)
    return meta, post, comments


def inline(text):
    t = html.escape(text, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r'<em class="_7s4syPYtk5hfUIjySXcRE">\1</em>', t)
    return t


def richtext(lines):
    out, lst = [], None
    for line in lines:
        kind = "ul" if line.startswith("- ") else "ol" if re.match(r"\d+\. ", line) else None
        if lst and kind != lst:
            out.append("</%s>" % lst)
            lst = None
        if kind:
            if not lst:
                cls = "_33MEMislY0GSx5RoNl3iuc" if kind == "ul" else "_3Ao5wfm0Qd4g5Cl2WfTRSq"
                out.append('<%s class="%s">' % (kind, cls))
                lst = kind
            text = line[2:] if kind == "ul" else line.split(" ", 1)[1]
            out.append('<li class="_3gqTEjt4x9UIIpWiro7YXz"><p class="_1qeIAgB0cPwnLhDF9XSiJM">%s</p>'
                       '</li>' % inline(text))
        elif line.startswith("## "):
            out.append('<h2 class="_3YxnTpmF9cvJOlJt3G5Uhl">%s</h2>' % inline(line[3:]))
        else:
            out.append('<p class="_1qeIAgB0cPwnLhDF9XSiJM">%s</p>' % inline(line))
    if lst:
        out.append("</%s>" % lst)
    return '<div class="_292iotee39Lmt0MkQZ2hPV RichTextJSON-root">' + "".join(out) + "</div>"


def awards(spec, files):
    if not spec:
        return ""
    parts = []
    for a in spec.split("|"):
        name, n = a.split(":")
        parts.append('<span class="_3XoW0oYd5806XiOr24gGdb" id="PostAwardBadges-%s" title="%s">'
                     '<img alt="%s" class="_1YbF2ySxkWYUuWMmWY7Ibu" src="./%s/%s" '
                     'style="height:16px;width:16px"><span class="_3fUX_ZSzfaSWNk5ZFgfcLR">%s'
                     '</span></span>' % (name.replace(" ", ""), name, name, files,
                                         AWARD_IMG[name], n))
    return '<span class="_1ZXdRRu1a6FZrW7cE24o-4">%s</span>' % "".join(parts)


def comment_html(c, files):
    level = int(c["level"])
    pad = 16 + 21 * (level - 1)
    lines = "".join('<div class="_1DooEIX-1Nj5rweIc5cw_E"><i class="threadline"></i></div>'
                    for _ in range(level - 1))
    if c.get("deleted"):
        return ('<div class="_3sf33-9rVAO_v4y0pIW_CH" id="%s" style="padding-left:%dpx" '
                'tabindex="-1">%s<div class="_3tw__eCCe7j-epNCKGXUKk"><span '
                'class="_1RIl585IYPW6cmNXwgRz0J">level %d</span><div class="_1z5rdmX8TDr6mqwNv7A70U">'
                '<span class="_2W0S8PSb0P6w8x6jCc6KsF">[deleted]</span><span '
                'class="_3aF6q5ox6hLSTtiKoy4lMo">·</span><a class="_3yx4Dn0W3Yunucf5sVJeFU" '
                'href="https://www.reddit.com/r/UPSC/comments/%s/comment/%s/">%s</a></div><div '
                'class="_1TSlkIr7ohnaiIWTcg3vqN"><p class="_3sbqt4LsIRKsN9nZ0Y14Dd">Comment removed '
                'by moderator</p></div></div></div>'
                % (c["id"], pad, lines, level, c["_post"], c["id"][3:], c["age"]))
    badges = ""
    if c.get("op"):
        badges += '<span class="_1XqOJm0ou7KMqFwU8MQb6K" title="Original Poster">OP</span>'
    if c.get("mod"):
        badges += '<span class="_2ETuFsVzMBxiHia6HfJCTQ _1Ybn8nLuqEEqShg4_fQ54t" title="Moderator">MOD</span>'
    sticky = ('<span class="_3YIdcz1Gr0z4sg7HS6Spq_">Stickied comment</span>' if c.get("sticky")
              else "")
    user_cls = "_23wugcdiaj44hdfugIAlnX" + (" _2ETuFsVzMBxiHia6HfJCTQ" if c.get("mod") else "")
    return (
        '<div class="_3sf33-9rVAO_v4y0pIW_CH" id="%(id)s" style="padding-left:%(pad)dpx" '
        'tabindex="-1">%(lines)s<div class="_3tw__eCCe7j-epNCKGXUKk"><span '
        'class="_1RIl585IYPW6cmNXwgRz0J">level %(level)d</span>'
        '<div class="_2mHuuvyV9doV3zwbZPtIPG"><a href="https://www.reddit.com/user/%(author)s/">'
        '<img alt="User avatar" class="_2TN8dEgAQbSyKntWpSPYM7 _1xBA9aQJy-k2cIN_xbAhpG" '
        'src="./%(files)s/avatar_default_%(av)d.png"></a></div>'
        '<div class="_1z5rdmX8TDr6mqwNv7A70U"><div class="_2mHuuvyV9doV3zwbZPtIPG '
        '_1vL3zBlbvLsRBRd9ppd3FT"><a class="wM6scouPXXsFDSZmZPHRo DjcdNGtVXPcxG0yiFXIoZ %(ucls)s" '
        'data-testid="comment_author_link" href="https://www.reddit.com/user/%(author)s/">'
        '%(author)s</a>%(badges)s</div><span class="_3aF6q5ox6hLSTtiKoy4lMo">·</span>'
        '<a class="_3yx4Dn0W3Yunucf5sVJeFU" data-testid="comment_timestamp" '
        'href="https://www.reddit.com/r/UPSC/comments/%(post)s/comment/%(short)s/" '
        'id="CommentTopMeta--Created--%(id)s" rel="nofollow noopener noreferrer" '
        'target="_blank">%(age)s</a>%(awards)s%(sticky)s</div>'
        '<div class="_3cjCphgls6DH-irkVaA0GM " data-testid="comment">%(body)s</div>'
        '<div class="_3KgrO85L1p9wQbgwG27q4y"><div class="_1E9mcoVn4MYnuBQSVDt1gC '
        '_2oM1YqCxIwkvwyeZamWwhW uFLi0KbD-vdPuJ8uiiWH3" id="vote-arrows-%(id)s"><button '
        'aria-label="upvote" aria-pressed="false" class="voteButton" data-click-id="upvote" '
        'id="upvote-button-%(id)s"><span class="_3ndXvUV7VOr6dUpZJ_EG8c">%(up)s</span></button>'
        '<div class="_1rZYMD_4xY3gRcSS3p8ODO _25IkBM0rRUqWX5ZojEMAFQ _3ChHiOyYyUkpZ_Nm3ZyM2M" '
        'style="color:#1A1A1B">%(score)s</div><button aria-label="downvote" aria-pressed="false" '
        'class="voteButton" data-click-id="downvote"><span class="_1iKd82bq_nqObFvSH1iC_Q">'
        '%(down)s</span></button></div><div class="_3MmwvEEt6fv5kQPFCVJizH"><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy" data-test-id="comment-reply-button"><i '
        'class="icon icon-comment _3DVrpDrMM9NLT6TlsTUMxC"></i>Reply</button></div><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy">Give Award</button></div><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy">Share</button></div><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy">Report</button></div><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy">Save</button></div><div><button '
        'class="_374Hkkigy4E1gWo3HlDmWy">Follow</button></div></div></div></div></div>'
    ) % dict(id=c["id"], pad=pad, lines=lines, level=level, author=c["author"], files=files,
             av=(sum(map(ord, c["author"])) % 7) + 1, ucls=user_cls, badges=badges,
             post=c["_post"], short=c["id"][3:], age=c["age"],
             awards=awards(c.get("awards"), files), sticky=sticky, body=richtext(c["body"]),
             up=UP, down=DOWN, score=c["score"])


def main():
    meta, post, comments = parse(SRC)
    pid, files = meta["id"], "%s_files" % meta["id"]
    url = "https://www.reddit.com/r/UPSC/comments/%s/%s/" % (pid, meta["slug"])
    title = meta["title"]
    for c in comments:
        c["_post"] = pid
    desc = re.sub(r"\s+", " ", post[0])[:160]
    state = {
        "posts": {"models": {"t3_" + pid: {
            "id": "t3_" + pid, "title": title, "author": meta["author"],
            "score": 1184, "upvoteRatio": 0.96, "numComments": int(meta["comments"]),
            "flair": [{"text": meta["flair"], "type": "text"}], "isSponsored": False,
            "permalink": url, "belongsTo": {"id": "t5_2t9u8", "type": "subreddit"},
            "created": 1752213180000, "isStickied": False, "isLocked": False}}},
        "subreddits": {"models": {"t5_2t9u8": {"name": "UPSC", "displayText": "r/UPSC",
                                               "subscribers": 412380}}},
        "user": {"loggedOut": True, "language": "en-US"},
    }
    head = (
        '<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n'
        '<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>%s : r/UPSC</title>'
        '<meta name="description" content="%s"><meta property="og:site_name" content="reddit">'
        '<meta property="og:title" content="r/UPSC on Reddit: %s"><meta property="og:type" '
        'content="website"><meta property="og:url" content="%s"><meta name="twitter:card" '
        'content="summary"><link rel="canonical" href="%s">'
        '<link rel="stylesheet" href="./%s/Chrome.0f1d97e2cad2f5e1de58.css">'
        '<link rel="stylesheet" href="./%s/CommentsPage.8c2b4d5a1e9a0f4c7b31.css">'
        '<link rel="stylesheet" href="./%s/Reddit.a4df3f7e2b0c55d6e9c3.css">'
        '<style>:root{--newCommunityTheme-body:#FFFFFF;--newCommunityTheme-bodyText:#1A1A1B;'
        '--newCommunityTheme-button:#0079D3;--newCommunityTheme-line:#EDEFF1;'
        '--newRedditTheme-metaText:#787C7E}._3sf33-9rVAO_v4y0pIW_CH{position:relative}'
        '._1RIl585IYPW6cmNXwgRz0J{position:absolute;clip:rect(1px,1px,1px,1px);height:1px;'
        'overflow:hidden;width:1px}</style>'
        '<script>window.___r = %s;</script>'
        '<script defer src="./%s/runtime~Reddit.6d1c5f2e8a9b7c3d4e5f.js"></script>'
        '<script defer src="./%s/vendors~Reddit.3e7a9c1b5d2f4a6b8c0d.js"></script>'
        '<script defer src="./%s/Reddit.9b8c7d6e5f4a3b2c1d0e.js"></script>'
        '</head>\n'
    ) % (len(url), url, html.escape(title), html.escape(desc), html.escape(title), url, url,
         files, files, files, json.dumps(state, ensure_ascii=True, sort_keys=True), files,
         files, files)
    topbar = (
        '<header class="_1D6bPyzWZpDVvz3Jj2JHAx" data-redditstyle="true"><div '
        'class="_2o2brjYtmzb2r3YeCVOLLh"><a aria-label="Home" class="_30BbATRhFv3V83DHNDjJAO" '
        'href="https://www.reddit.com/"><img alt="Reddit Logo" src="./%s/reddit-logo.svg"></a>'
        '<div class="_1P-KQrd1WJzpZ4H5-pRDqj"><button class="_2RhQjRDaVhPEUkg6MXtqQ6" '
        'aria-label="Start typing to filter your communities">r/UPSC</button></div>'
        '<div class="_3ozFtOe6WpJEMUtxDOIvtU"><form action="https://www.reddit.com/search/" '
        'role="search" class="_1PMGaYYpL8t4QPOUMFOyRE"><label for="header-search-bar" '
        'class="_3vJ3PSYZXBNCwTd_xEavwj">Search Reddit</label><input type="search" '
        'id="header-search-bar" name="q" placeholder="Search r/UPSC" value=""></form></div>'
        '<div class="_2lBm0h3MOnxZiGgeYG7Tr5"><a class="_3Wg53T10KuuPmyWOMWsY2F" role="button" '
        'href="https://www.reddit.com/app">Get App</a><a class="_3Wg53T10KuuPmyWOMWsY2F '
        '_2iuoyPiKHN3kfOoeIQalDT" role="button" href="https://www.reddit.com/login/">Log In</a>'
        '<button class="_2ag5m4SMyFFjJDxHxxBeWQ" aria-label="User account menu">%s</button>'
        '</div></div></header>' % (files, DOTS))
    post_card = (
        '<div class="_1oQyIsiPHYt6nx7VOmd1sz _1RYN-7H8gYctjOQeL8p2Q7" data-testid="post-container" '
        'id="t3_%(pid)s" tabindex="-1"><div class="_23h0-EcaBUorIHC-JZyh6J" '
        'style="width:40px;border-left:4px solid transparent"><div class="_1E9mcoVn4MYnuBQSVDt1gC" '
        'id="vote-arrows-t3_%(pid)s"><button aria-label="upvote" aria-pressed="false" '
        'class="voteButton" data-click-id="upvote">%(up)s</button><div '
        'class="_1rZYMD_4xY3gRcSS3p8ODO _3a2ZHWaih05DgAOtvu6cIo" style="color:#1A1A1B">'
        '%(score)s</div><button aria-label="downvote" aria-pressed="false" class="voteButton" '
        'data-click-id="downvote">%(down)s</button></div></div><div class="_14-YvdFiW5iVvfe5wdgmET">'
        '<div class="cZPZhMe-UCZ8htPodMyJ5"><div class="_2dr_3pZUCk8KfJ-x0txT_l">'
        '<div class="_3AStxql1mQsrZuUIFP9xSg nU4Je7n-eSXStTBAPMYt8" data-adclicklocation="top_bar">'
        '<a class="_3ryJoIoycVkA88fy40qNJc" href="https://www.reddit.com/r/UPSC/">r/UPSC</a>'
        '<span class="_3LS4zudUBagjFS7HjWJYxo _37gsGHa8DMRAxBmQS-Ppg8 _3V4xlrklKBP2Hg51ejjjvz" '
        'role="presentation">•</span><span class="_2fCzxBE1dlMh4OFc7B3Dun">Posted by</span>'
        '<div class="_2mHuuvyV9doV3zwbZPtIPG"><a class="_2tbHP6ZydRpjI44J3syuqC '
        '_23wugcdiaj44hdfugIAlnX oQctV4n0yUb0uiHDdGnmE" href="https://www.reddit.com/user/'
        '%(author)s/">u/%(author)s</a></div><span class="_2VF2J19pUIMSLJFky-7PEI" '
        'data-testid="post_timestamp">%(age)s</span></div>%(awards)s</div></div>'
        '<div class="_2FCtq-QzlfuN-SwVMUZMM3 _3wiKjmhpIpoTE2r5KCm2o6 t3_%(pid)s" '
        'data-adclicklocation="title"><div class="y8HYJ-y_lTUHkQIc1mdCq _2INHSNB8V5eaWp4P0rY_mE">'
        '<div class="_2SdHzo12ISmrC8H86TgSCp _29WrubtjAcKqzJSPdQqQ4h" '
        'style="--posttitletextcolor:#222222"><h1 class="_eYtD2XCVieq6emjKBH3m">%(title)s</h1></div>'
        '</div><div class="_2xu1HuBz1Yx6SP10AGVx_I" data-ignore-click="false"><span '
        'class="_1jNPl3YUk6zbpLWdjaJT1r _2VqfzH0dZ9dIl3XWNxs42y aJrgrewN9C8x1Fusdx4hh" '
        'style="background-color:#0079D3;color:#FFFFFF"><div class="_2X6EB3ZhEeXCh1eIVA64XM '
        '_2hSecp_zkPm_s5ddV2htoj _zMIUk6t-WDI7fxfkvD02">%(flair)s</div></span></div></div>'
        '<div class="_3xX726aBn29LDbsDtzr_6E _1Ap4F5maDtT1E1YuCiaO0r D3IL3FD0RFy_mkKLPwL4" '
        'data-adclicklocation="media" data-click-id="text">%(body)s</div>'
        '<div class="_1ixsU4oQRnNfZ91jhBU74y"><div class="_1E9mcoVn4MYnuBQSVDt1gC"></div>'
        '<a class="_1UoeAeSRhOKSNdY_h3iS1O _1Hw7tY9pMr-T1F4P1C-xNU _3U_7i38RDPV5eBv7m4M-9J '
        '_2qww3J5KKzsD7e5DO0BvvU" data-click-id="comments" rel="nofollow" href="%(url)s"><i '
        'class="icon icon-comment _3DVrpDrMM9NLT6TlsTUMxC"></i><span '
        'class="FHCV02u6Cp2zYL0fhQPsO">%(ncom)s comments</span></a><div '
        'class="_JRBNstMcGxbZUxrrIKXe _3yh2bniLq7bYr4BaiXowdO _1pShbCnOaF7EGWTq6IvZux">'
        '<button class="kU8ebCMnbXfjCWfqn0WPb">Share</button></div><button '
        'class="_10K5i7NW6qcm-UoCtpB3aK">Save</button><button class="_10K5i7NW6qcm-UoCtpB3aK">'
        'Hide</button><button class="_10K5i7NW6qcm-UoCtpB3aK">Report</button><div '
        'class="t4Hq30BDzTeJ85vREX7_M"><span>%(ratio)s Upvoted</span></div></div></div></div>'
    ) % dict(pid=pid, up=UP, down=DOWN, score=meta["score"], author=meta["author"],
             age=meta["age"], awards=awards(meta["awards"], files), title=html.escape(title),
             flair=html.escape(meta["flair"]), body=richtext(post), url=url,
             ncom=meta["comments"], ratio=meta["ratio"])
    login = (
        '<div class="_1r4smTyOEZFO91uFIdWW6T aUM8DQ_Nz5wL0EJc_wte6"><span '
        'class="_1VhRoJWMAoDsjfyTYt-G5C">Log in or sign up to leave a comment</span><div '
        'class="_2TuMoN2jmkq5mLgkPzJSsS"><a class="_2tU8R9NTqhvBrhoNAXWWcP" role="button" '
        'href="https://www.reddit.com/login/">Log In</a><a class="_2tU8R9NTqhvBrhoNAXWWcP '
        '_3Wg53T10KuuPmyWOMWsY2F" role="button" href="https://www.reddit.com/register/">Sign Up'
        '</a></div></div><div class="_3FAj9TaU4LhKFEqeIyx9Ln"><button '
        'class="_2Gj8wk6cT-5q6G6IxQ2HuW" id="CommentSort--SortPicker"><span '
        'class="_2-cXnP74241WI7fpcpfPmg">Sort By: Best</span></button></div>')
    comments_html = "".join(comment_html(c, files) for c in comments)
    comments_block = ('<div class="_1YCqQVO-9r-Up6QPB9H6_4 _1YCqQVO-9r-Up6QPB9H6_4"><div '
                      'style="width:100%%">%s</div></div><div class="_3uK2I0hi3JFTKnMUFHD2Pd">'
                      '<button class="_2JBsHFobuapzGwpHQjMtBt">View Entire Discussion (%s '
                      'Comments)</button></div>' % (comments_html, meta["comments"]))
    rules = ["Be respectful – no personal attacks or casteist remarks",
             "No self-promotion, coaching ads or Telegram links",
             "Search before you post: repeated questions are removed",
             "Use the right flair for your post",
             "Notes posts must be self-made and must name their sources",
             "No leaked papers or pirated material",
             "Weekly threads for quick doubts and motivation"]
    sidebar = (
        '<div class="_1vyLCp-v-tE5QvZovwcG1X" data-testid="frontpage-sidebar">'
        '<div class="_1PL2QJ4V3THJNDGwyPAjNI"><div class="_2QZ7T4uAFMs_N83BZcN-Em">'
        '<h2 class="_1jHxITzNQrdG5kUmcSmJ6X">About Community</h2></div><div '
        'class="_1zPvgKHteTOub9dKkvrOl4"><div class="_1vyHYXTFoYQ5vPXC0pZ9Ix">r/UPSC</div>'
        '<p class="_3xhPzNqqSu3lxl-e7zFvAG">A community for UPSC Civil Services aspirants: '
        'strategy, notes, doubts, answer writing and motivation. Not affiliated with the Union '
        'Public Service Commission.</p><div class="_3XFx6CfPlg-4XZSs1vQMgd"><div '
        'class="_3b9utyKN3e_kzVZ5ngPqAu">412k</div><p class="_20Kb6TX_CdnePw6CYSYrLG">Members</p>'
        '</div><div class="_3XFx6CfPlg-4XZSs1vQMgd"><div class="_3b9utyKN3e_kzVZ5ngPqAu">1.8k</div>'
        '<p class="_20Kb6TX_CdnePw6CYSYrLG">Online</p></div><div class="_2QZ7T4uAFMs_N83BZcN-Em '
        '_3NuPZ-kNhVFbuXaIaOHnJA"><span class="_1ut7nPdTm5kEP1JfdnwM_z">Created Mar 12, 2012'
        '</span></div></div></div>'
        '<div class="_1PL2QJ4V3THJNDGwyPAjNI"><div class="_2QZ7T4uAFMs_N83BZcN-Em"><h2 '
        'class="_1jHxITzNQrdG5kUmcSmJ6X">r/UPSC Rules</h2></div><div>%s</div></div>'
        '<div class="_1PL2QJ4V3THJNDGwyPAjNI"><div class="_2QZ7T4uAFMs_N83BZcN-Em"><h2 '
        'class="_1jHxITzNQrdG5kUmcSmJ6X">Moderators</h2></div><div class="_2tbHP6ZydRpjI44J3syuqC">'
        '<a href="https://www.reddit.com/user/UPSC_ModTeam_Arjun/">u/UPSC_ModTeam_Arjun</a><a '
        'href="https://www.reddit.com/user/AutoModerator/">u/AutoModerator</a><a '
        'href="https://www.reddit.com/user/ias_pathshala_mod/">u/ias_pathshala_mod</a></div>'
        '<a class="_2iuoyPiKHN3kfOoeIQalDT" href="https://www.reddit.com/r/UPSC/about/moderators">'
        'View All Moderators</a></div>'
        '<div class="_1PL2QJ4V3THJNDGwyPAjNI _3RPJ8hHnfFohktLZca18J6"><div '
        'class="_1sxLN6LLhh2z8YXNJcDgUY"><a href="https://www.redditinc.com/policies/user-agreement">'
        'User Agreement</a><a href="https://www.reddit.com/policies/privacy-policy">Privacy policy'
        '</a><a href="https://www.redditinc.com/policies/content-policy">Content policy</a><a '
        'href="https://www.redditinc.com/policies/moderator-code-of-conduct">Moderator Code of '
        'Conduct</a></div><div class="_1sxLN6LLhh2z8YXNJcDgUY">Reddit Inc © 2025. All rights '
        'reserved</div></div><button class="_2Ql2uRBgx3Kyt6FJb_HhZS">Back to Top</button></div>'
    ) % "".join('<div class="_8ZLJI1-ZiP7pHJ_yO1L4Z"><div class="_3Qt3HKdrTwn5Vx-4cgpwSv">%d.'
                '</div><div class="tbIApBd2DM_drfZQJjIum">%s</div></div>'
                % (i + 1, html.escape(r)) for i, r in enumerate(rules))
    body = (
        '<body><div id="2x-container"><div class="_3JgI-GOrkmyIeDeyzXdyUD _2CSlKHjH7lsjx0IpjORx14" '
        'tabindex="-1">%s<div class="_3HZXOLaLu0DY5eUnBQVO8e"><div class="_1X4dmbHSJmpmwjjXQw5aVq">'
        '<div class="uI_hDmU5GSiudtABRz_37 ">%s%s%s</div>%s</div></div></div></div>'
        '<script defer src="./%s/CommentsPage.2f8e1b4c6d9a0e3f5a7b.js"></script></body></html>\n'
    ) % (topbar, post_card, login, comments_block, sidebar, files)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + body)


if __name__ == "__main__":
    main()
