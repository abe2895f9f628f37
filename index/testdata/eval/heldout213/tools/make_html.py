#!/usr/bin/python3
"""Make docs/history-se-rajendra-srivijaya-raid.html from tools/history-se-rajendra-srivijaya-raid.txt.

The page imitates a History Stack Exchange question page as the SingleFile browser extension
saves it ("Page saved with SingleFile" comment after <html>, scripts removed, stylesheets
inlined and pruned, images and the favicon turned into data: URIs, a content-security-policy
meta, the .sf-hidden rule, attribute quotes dropped where HTML allows and whitespace between
tags collapsed, so the page sits on a few very long lines). The markup is Stack Exchange's own:
the top bar, the site header, the left navigation, the question header with Asked/Modified/
Viewed, vote cells, the s-prose post bodies, tag lists, post menus, user cards with reputation
and badge counts, comment lists, the "3 Answers" header with its sort select, the accepted
answer's check mark, the "Your Answer" form for a logged-out reader, the right sidebar (The
Overflow Blog, Featured on Meta, Linked, Related, Hot Network Questions), the footer and the
OneTrust cookie banner.

Run from anywhere: /usr/bin/python3 tools/make_html.py [--out PATH]
The output is the same bytes on every run (no clock, no randomness).
"""
import base64
import datetime
import hashlib
import html
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "history-se-rajendra-srivijaya-raid.txt")
OUT = os.path.join(HERE, "..", "docs", "history-se-rajendra-srivijaya-raid.html")
HOST = "https://history.stackexchange.com"

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# ---------------------------------------------------------------- source

def read_source():
    front, users, posts, side = {}, {}, [], {}
    cur, block = None, None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("@@"):
            head = line[2:].split()
            kind = head[0]
            if kind in ("linked", "related", "hot"):
                block = side.setdefault(kind, [])
                cur = None
                continue
            block = None
            attrs = {"kind": kind, "id": head[1], "body": [], "comments": []}
            for h in head[2:]:
                k, _, v = h.partition("=")
                attrs[k] = v if v else True
            if " asked=" in line or " answered=" in line or " edited=" in line or " date=" in line:
                for k in ("asked", "answered", "edited", "date"):
                    m = re.search(r" %s=(\S+ \S+)" % k, line)
                    if m:
                        attrs[k] = m.group(1)
            if kind == "comment":
                posts[-1]["comments"].append(attrs)
            else:
                posts.append(attrs)
            cur = attrs
            continue
        if block is not None:
            if line.strip():
                block.append(line.split("|", 1))
            continue
        if cur is None and line.startswith("@"):
            key, _, val = line.partition(" ")
            if key == "@user":
                uid, name, rep, badges = val.split("|")
                users[uid] = (name, rep, [int(b) for b in badges.split(",")])
            else:
                front[key[1:]] = val
            continue
        if cur is not None:
            cur["body"].append(line)
    return front, users, posts, side


# ---------------------------------------------------------------- helpers

def parse_ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%SZ")


def se_date(s, now):
    d = parse_ts(s)
    if d.year == now.year:
        return "%s %d at %d:%02d" % (MONTHS[d.month - 1], d.day, d.hour, d.minute)
    return "%s %d, %d at %d:%02d" % (MONTHS[d.month - 1], d.day, d.year, d.hour, d.minute)


def ago(s, now):
    d = parse_ts(s)
    days = (now - d).days
    if days < 31:
        return "%d days ago" % days
    months = (now.year - d.year) * 12 + now.month - d.month - (1 if now.day < d.day else 0)
    y, m = divmod(months, 12)
    parts = []
    if y:
        parts.append("%d year%s" % (y, "" if y == 1 else "s"))
    if m:
        parts.append("%d month%s" % (m, "" if m == 1 else "s"))
    return ", ".join(parts) + " ago"


def slug(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:80].rstrip("-")


def attr_value(v):
    """SingleFile drops the quotes round an attribute value when HTML allows it."""
    if v == "":
        return '=""'
    if re.fullmatch(r"[A-Za-z0-9_.:#;,()%+-]+", v):
        return "=" + v
    if re.fullmatch(r"[A-Za-z0-9_.:/#?=&;%+-]+", v) and not v.endswith("/"):
        return "=" + v.replace("&", "&amp;")
    return '="%s"' % html.escape(v, quote=True).replace("&#x27;", "'")


def tag(name, attrs=(), close=False):
    out = "<" + name
    for k, v in attrs:
        out += " " + k if v is None else " " + k + attr_value(v)
    return out + ">"


def png(width, height, rows):
    """A truecolour PNG from rows of (r, g, b) tuples, with fixed zlib settings."""
    raw = b"".join(b"\x00" + b"".join(struct.pack("BBB", *px) for px in row) for row in rows)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def identicon(seed, size=64):
    h = hashlib.md5(seed.encode("utf-8")).digest()
    fg = (h[0] // 2 + 40, h[1] // 2 + 40, h[2] // 2 + 40)
    bg = (240, 240, 240)
    cells = [[False] * 5 for _ in range(5)]
    for i in range(15):
        on = (h[3 + i // 8] >> (i % 8)) & 1
        r, c = i % 5, i // 5
        cells[r][c] = cells[r][4 - c] = bool(on)
    cell = size // 8
    pad = (size - 5 * cell) // 2
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            cy, cx = (y - pad) // cell, (x - pad) // cell
            inside = 0 <= cy < 5 and 0 <= cx < 5 and pad <= y and pad <= x
            row.append(fg if inside and cells[cy][cx] else bg)
        rows.append(row)
    return "data:image/png;base64," + base64.b64encode(png(size, size, rows)).decode("ascii")


def favicon():
    blue = (0x2C, 0x5B, 0x87)
    rows = []
    for y in range(32):
        row = []
        for x in range(32):
            border = x < 3 or x > 28 or y < 3 or y > 28
            h = (9 <= x <= 12 or 19 <= x <= 22) and 7 <= y <= 24 or (13 <= x <= 18 and 14 <= y <= 17)
            row.append(blue if border or h else (255, 255, 255))
        rows.append(row)
    return "data:image/png;base64," + base64.b64encode(png(32, 32, rows)).decode("ascii")


# ---------------------------------------------------------------- markdown

def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r'<a href="\2" rel="nofollow noreferrer">\1</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", s)
    return s


def markdown(lines):
    out, para, lst = [], [], None

    def flush():
        nonlocal lst
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()
        if lst:
            kind, items = lst
            out.append("<%s> %s </%s>" % (kind, " ".join("<li>%s</li>" % inline(i) for i in items), kind))
            lst = None

    quote = []
    for line in lines + [""]:
        if line.startswith("> "):
            quote.append(line[2:])
            continue
        if quote:
            out.append("<blockquote> <p>%s</p> </blockquote>" % inline(" ".join(quote)))
            quote = []
        if not line.strip():
            flush()
        elif line.startswith("## "):
            flush()
            out.append("<h2>%s</h2>" % inline(line[3:]))
        elif line.startswith("- "):
            if para or (lst and lst[0] != "ul"):
                flush()
            lst = lst or ("ul", [])
            lst[1].append(line[2:])
        elif re.match(r"\d+\. ", line):
            if para or (lst and lst[0] != "ol"):
                flush()
            lst = lst or ("ol", [])
            lst[1].append(line.split(" ", 1)[1])
        else:
            if lst:
                flush()
            para.append(line)
    flush()
    return " ".join(out)


# ---------------------------------------------------------------- page parts

SVG_UP = ('<svg aria-hidden=true class="svg-icon iconArrowUp" width=18 height=18 viewBox="0 0 18 18">'
          '<path d="M1 12h16L9 4z"></path></svg>')
SVG_DOWN = ('<svg aria-hidden=true class="svg-icon iconArrowDown" width=18 height=18 viewBox="0 0 18 18">'
            '<path d="M1 6h16l-8 8z"></path></svg>')
SVG_SAVE = ('<svg aria-hidden=true class="js-saves-btn-unselected svg-icon iconBookmarkAlt" width=18 '
            'height=18 viewBox="0 0 18 18"><path d="m9 10.6 4 2.66V3H5v10.26zM3 3c0-1.1.9-2 2-2h8a2 '
            '2 0 0 1 2 2v16l-6-4-6 4z"></path></svg>')
SVG_HISTORY = ('<svg aria-hidden=true class="mln2 mr0 svg-icon iconHistory" width=19 height=18 '
               'viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77L8.2 14.3A6 6 0 1 0 5 9l3.01-.01-4 '
               '4-4-4h3zm7-4h1.01L11 9.36l3.22 2.1-.6.93L10 10z"></path></svg>')
SVG_CHECK = ('<svg aria-hidden=true class="svg-icon iconCheckmarkLg" width=36 height=36 viewBox="0 0 36 36">'
             '<path d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg>')
SVG_PENCIL = ('<svg aria-hidden=true class="va-text-top svg-icon iconPencilSm" width=14 height=14 '
              'viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 '
              '0M2 10.12l6.37-6.43 1.88 1.88L3.88 12H2z"></path></svg>')
SVG_META = ('<svg aria-hidden=true class="va-text-top svg-icon iconLogoSEXxs" width=14 height=14 '
            'viewBox="0 0 14 14"><path d="M3.36 14c-1.06 0-1.86-.91-1.86-2.02v-.9h11v.9c0 1.1-.8 2.02-1.86 '
            '2.02h-.4L8.17 16.5V14zM12.5 10.8h-11V8.57h11zm0-2.53h-11V5.93h11zm0-2.62h-11V3.43h11zm0-2.6h-11v-.86'
            'C1.5.94 2.3 0 3.36 0h7.28c1.05 0 1.86.94 1.86 2.2z"></path></svg>')
SVG_FEED = ('<svg aria-hidden=true class="fc-orange-400 svg-icon iconRss" width=18 height=18 '
            'viewBox="0 0 18 18"><path d="M1 3c0-1.1.9-2 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2z'
            'm14.5 12C15.5 8.55 9.45 2.5 3 2.5V5c4.77 0 10 5.23 10 10zM11 15c-.7-3.4-4.6-7.3-8-8v2.5c2.7 0 '
            '5.5 2.8 5.5 5.5zM5 15c0-1.1-.9-2-2-2v2z"></path></svg>')


def user_card(uid, users, verb, when, now, owner=False):
    name, rep, (gold, silver, bronze) = users[uid]
    href = "/users/%s/%s" % (uid, slug(name))
    flair = '<div class=-flair><span class=reputation-score title="reputation score %s" dir=ltr>%s</span>' % (
        rep.replace(",", ""), rep)
    for n, cls, word in ((gold, "badge1", "gold"), (silver, "badge2", "silver"), (bronze, "badge3", "bronze")):
        if n:
            flair += ('<span title="%d %s badge%s" aria-hidden=true><span class=%s></span><span class=badgecount>%d'
                      '</span></span><span class=v-visible-sr>%d %s badge%s</span>' % (
                          n, word, "" if n == 1 else "s", cls, n, n, word, "" if n == 1 else "s"))
    flair += "</div>"
    return ('<div class="post-signature%s flex--item"><div class="user-info user-hover"><div class=d-flex>'
            '<div class="user-action-time fl-grow1">%s <span title="%s" class=relativetime>%s</span></div></div>'
            '<div class=user-gravatar32><a href=%s><div class=gravatar-wrapper-32><img src="%s" alt="%s&#39;s user avatar" '
            'width=32 height=32 class=bar-sm></div></a></div><div class=user-details itemprop=author itemscope '
            'itemtype=http://schema.org/Person><a href=%s>%s</a>%s</div>'
            '</div></div>' % (" owner" if owner else "", verb, when, se_date(when, now), href,
                              identicon(uid), html.escape(name), href, html.escape(name), flair))


def edited_card(pid, when, now):
    return ('<div class="post-signature flex--item fl0"><div class=user-info><div class=d-flex><div '
            'class="user-action-time fl-grow1"><a href=/posts/%s/revisions title="show all edits to this post" '
            'class=js-gps-track>edited <span title="%s" class=relativetime>%s</span></a></div></div>'
            '<div class=user-gravatar32></div><div class=user-details itemprop=author itemscope '
            'itemtype=http://schema.org/Person></div></div></div>'
            % (pid, when, se_date(when, now)))


def comments(post, users, now, owner):
    pid = post["id"]
    items = []
    for c in post["comments"]:
        name, rep, _ = users[c["user"]]
        score = int(c.get("score", "0"))
        score_html = ('<div class="comment-score js-comment-edit-hide"><span title="number of &#39;useful '
                      'comment&#39; votes received" class=cool>%d</span></div>' % score) if score else ""
        text = inline(" ".join(l for l in c["body"] if l.strip()))
        items.append(
            '<li id=comment-%s class="comment js-comment" data-comment-id=%s data-comment-owner-id=%s '
            'data-comment-score=%d><div class="js-comment-actions comment-actions">%s</div>'
            '<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">'
            '<span class=comment-copy>%s</span> <div class="d-inline-flex ai-center">&ndash;&nbsp;<a '
            'href=/users/%s/%s title="%s reputation" class="comment-user%s">%s</a></div> <span class=comment-date '
            'dir=ltr><span title="%s, License: CC BY-SA 4.0" class=relativetime-clean>%s</span></span></div>'
            '</div></li>' % (c["id"], c["id"], c["user"], score, score_html, text, c["user"], slug(name), rep,
                             " owner" if c["user"] == owner else "", html.escape(name), c["date"],
                             se_date(c["date"], now)))
    return ('<div id=comments-%s class="comments js-comments-container bt bc-black-075 mt12" data-post-id=%s '
            'data-min-length=15><ul class="comments-list js-comments-list" data-remaining-comments-count=0 '
            'data-canpost=false data-cansee=true data-comments-unavailable=false data-addlink-disabled=true>%s</ul>'
            '</div><div id=comments-link-%s data-rep=50 data-anon=true><a class="js-add-link comments-link '
            'disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid '
            'answering questions in comments." href=# role=button>Add a comment</a></div>'
            % (pid, pid, " ".join(items), pid))


def vote_cell(post, kind):
    pid, score = post["id"], int(post["score"])
    accepted = ""
    if post.get("accepted"):
        accepted = ('<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" '
                    'data-s-tooltip-placement=right title="Loading when this answer was accepted&hellip;" '
                    'tabindex=0 role=note aria-label=Accepted><div class=ta-center>%s</div></div>' % SVG_CHECK)
    noun = "question" if kind == "question" else "answer"
    return ('<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column '
            'ai-center gs4 fc-black-300" data-post-id=%s data-referrer=None><button class="js-vote-up-btn '
            'flex--item s-btn s-btn__unset c-pointer py6 mx-auto" data-controller=s-tooltip '
            'data-s-tooltip-placement=right aria-pressed=false aria-label="Up vote">%s</button><div '
            'class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading '
            'py4" itemprop=upvoteCount data-value=%d>%d</div><button class="js-vote-down-btn flex--item s-btn '
            's-btn__unset c-pointer py6 mx-auto" data-controller=s-tooltip data-s-tooltip-placement=right '
            'aria-pressed=false aria-label="Down vote">%s</button><button class="js-saves-btn s-btn s-btn__unset '
            'c-pointer py4" type=button id=saves-btn-%s data-controller=s-tooltip data-s-tooltip-placement=right '
            'aria-pressed=false data-post-id=%s data-post-type-id=%d aria-label="Save this %s.">%s</button>%s'
            '<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href=/posts/%s/timeline '
            'data-shortcut=T aria-label=Timeline title="Show activity on this post.">%s</a></div></div>'
            % (pid, SVG_UP, score, score, SVG_DOWN, pid, pid, 1 if kind == "question" else 2, noun, SVG_SAVE,
               accepted, pid, SVG_HISTORY))


def post_menu(post, kind):
    pid = post["id"]
    noun = "question" if kind == "question" else "answer"
    short = "q" if kind == "question" else "a"
    return ('<div class="flex--item mr16" style="flex:1 1 100px"><div class="js-post-menu pt2" data-post-id=%s '
            'data-post-type-id=%d><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class=flex--item>'
            '<a href=/%s/%s rel=nofollow itemprop=url class="js-share-link js-gps-track" title="Short permalink to '
            'this %s" aria-controls=se-share-sheet-%s>Share</a></div><div class=flex--item><a href=/posts/%s/edit '
            'class="js-suggest-edit-post js-gps-track" title="">Improve this %s</a></div><div class=flex--item>'
            '<button type=button id=btnFollowPost-%s class="s-btn s-btn__link js-follow-post js-follow-%s '
            'js-gps-track" title="Follow this %s to receive notifications">Follow</button></div></div></div></div>'
            % (pid, 1 if kind == "question" else 2, short, pid, noun, pid, pid, noun, pid, noun, noun))


def tag_list(tags):
    return ('<div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul '
            'class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">%s</ul></div></div>' % "".join(
                '<li class="d-inline mr4 js-post-tag-list-item"><a href=/questions/tagged/%s class="s-tag post-tag" '
                'title="show questions tagged &#39;%s&#39;" aria-label="show questions tagged &#39;%s&#39;" rel=tag '
                'aria-labelledby=tag-%s-tooltip-container data-tag-menu-origin=Unknown>%s</a></li>'
                % (t, t, t, t, t) for t in tags))


def question_html(q, front, users, now):
    owner = q["owner"]
    tags = front["tags"].split()
    sig = user_card(owner, users, "asked", q["asked"], now, owner=True)
    return ('<div id=question class="question js-question" data-questionid=%s data-position-on-page=0 '
            'data-score=%s><div class=js-zone-container></div><div class=post-layout>%s<div class="postcell '
            'post-layout--right"><div class="s-prose js-post-body" itemprop=text> %s </div><div class="mt24 mb12">'
            '%s</div><div class=mb0><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">%s%s</div>'
            '</div></div><div class=post-layout--right '
            'js-post-comments-component>%s</div></div></div>'
            % (q["id"], q["score"], vote_cell(q, "question"), markdown(q["body"]), tag_list(tags),
               post_menu(q, "question"), sig, comments(q, users, now, owner)))


def answer_html(a, pos, users, now, qowner):
    acc = a.get("accepted")
    cls = "answer js-answer" + (" accepted-answer js-accepted-answer" if acc else "")
    prop = "acceptedAnswer" if acc else "suggestedAnswer"
    sigs = ""
    if "edited" in a:
        sigs += edited_card(a["id"], a["edited"], now)
    sigs += user_card(a["owner"], users, "answered", a["answered"], now)
    return ('<div id=answer-%s class="%s" data-answerid=%s data-parentid=71842 data-score=%s '
            'data-position-on-page=%d data-highest-scored=%d data-question-has-accepted-highest-score=1 '
            'itemprop=%s itemscope itemtype=https://schema.org/Answer><div class=post-layout>%s<div class="answercell '
            'post-layout--right"><div class="s-prose js-post-body" itemprop=text> %s </div><div class="mt24">'
            '<div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop=dateCreated datetime=%s></time>'
            '%s%s</div></div></div><div class=post-layout--right '
            'js-post-comments-component>%s</div></div></div>'
            % (a["id"], cls, a["id"], a["score"], pos, 1 if pos == 1 else 0, prop, vote_cell(a, "answer"),
               markdown(a["body"]), a["answered"].replace(" ", "T").rstrip("Z"), post_menu(a, "answer"), sigs,
               comments(a, users, now, qowner)))


CSS = (":root{--theme-primary-color:#2c5b87;--theme-link-color:#2c5b87;--black-600:#3b4045;--black-400:#6a737c;"
       "--orange-400:#f48225;--green-400:#2f6f44;--ff-sans:-apple-system,BlinkMacSystemFont,\"Segoe UI\",\"Liberation "
       "Sans\",sans-serif;--ff-serif:Georgia,Cambria,\"Times New Roman\",Times,serif}body{margin:0;padding:0;"
       "font-family:var(--ff-sans);font-size:13px;line-height:1.38;color:#232629;background:#fff;min-width:1075px}"
       "a{color:var(--theme-link-color);text-decoration:none;cursor:pointer}.s-topbar{position:fixed;top:0;left:0;"
       "width:100%;height:50px;background:#f8f9f9;border-top:3px solid var(--orange-400);box-shadow:0 1px 2px "
       "hsla(0,0%,0%,.05);z-index:5050}.s-topbar--container{width:97.2307692rem;max-width:100%;height:100%;display:"
       "flex;margin:0 auto;align-items:center}.site-header{background:#2c5b87 linear-gradient(#1e3f5e,#2c5b87);"
       "height:64px;margin-top:50px}.site-header--link{color:#fff;font-family:var(--ff-serif);font-size:2.6rem;"
       "line-height:64px;padding-left:16px}.container{max-width:1264px;width:100%;display:flex;margin:0 auto}"
       "#left-sidebar{width:164px;flex-shrink:0}.nav-links--link{display:block;padding:4px 4px 4px 8px;color:#525960}"
       ".youarehere .nav-links--link{font-weight:bold;background:#f1f2f3;border-right:3px solid var(--orange-400);"
       "color:#0c0d0e}#content{max-width:1100px;width:calc(100% - 164px);padding:24px;border-left:1px solid #d6d9dc;"
       "box-sizing:border-box}.fs-headline1{font-size:2.07692308rem!important}#mainbar{width:calc(100% - 300px - 24px);"
       "float:left}#sidebar{width:300px;float:right}.post-layout{display:grid;grid-template-columns:max-content 1fr}"
       ".votecell{vertical-align:top;padding-right:16px}.s-prose{font-size:15px;line-height:1.5;overflow-wrap:"
       "break-word}.s-prose blockquote{margin:0 0 1em;padding:1em;border-left:4px solid #d6d9dc;color:#3b4045;"
       "background:#f8f9f9}.s-prose h2{font-size:1.46153846rem;margin:1.2em 0 .6em}.s-tag{display:inline-block;"
       "padding:.4em .5em;margin:2px 2px 2px 0;font-size:12px;line-height:1;color:#39739d;background:#e1ecf4;"
       "border-radius:3px}.comments{width:100%}.comment-copy{overflow-wrap:break-word}.comment-date{color:#9199a1}"
       ".comment-user.owner{padding:1px 5px;background:#d9eaf7;border-radius:3px}.user-info{box-sizing:border-box;"
       "padding:5px 6px 7px 7px;color:#6a737c;width:200px}.owner{border-radius:3px;background:#d9eaf7}"
       ".reputation-score{font-weight:bold;margin-right:2px}.badge1{background:#fc0}.badge2{background:#b4b8bc}"
       ".badge3{background:#d1a684}.badge1,.badge2,.badge3{display:inline-block;width:6px;height:6px;margin:0 3px 0 2px;"
       "border-radius:50%}.v-visible-sr{position:absolute!important;height:1px;width:1px;overflow:hidden;clip:rect(1px,"
       "1px,1px,1px)}.s-sidebarwidget{position:relative;border:1px solid #f1e5bc;border-radius:3px;background:#fdf7e2}"
       ".module{margin-bottom:19.5px}#hot-network-questions li{padding:2.5px 0;display:flex}.favicon{width:16px;"
       "height:16px;margin-right:8px;flex-shrink:0;background:#d6d9dc}.site-footer{background:#232629;color:#9199a1;"
       "padding:32px 0 12px}.site-footer a{color:#9199a1}.site-footer--copyright{font-size:11px}#onetrust-banner-sdk"
       "{position:fixed;bottom:0;left:0;width:100%;background:#fff;box-shadow:0 0 18px rgba(0,0,0,.2);z-index:2147483645;"
       "padding:16px 24px;font-size:13px}#onetrust-button-group button{margin:4px 8px;padding:10px 16px;border-radius:"
       "5px;border:1px solid #0a95ff;background:#0a95ff;color:#fff}#onetrust-pc-btn-handler{background:#fff!important;"
       "color:#0a95ff!important}.d-none{display:none!important}")


def sidebar(side):
    blog = [("pencil", "https://stackoverflow.blog/2025/07/29/what-developers-actually-want-from-ai-search/",
             "What developers actually want from AI search"),
            ("pencil", "https://stackoverflow.blog/2025/07/31/the-quiet-work-of-keeping-open-source-alive/",
             "The quiet work of keeping open source alive")]
    meta = [("meta", "https://meta.stackexchange.com/questions/411240/", "Policy: Generative AI (e.g., ChatGPT) is banned"),
            ("meta", "https://history.meta.stackexchange.com/questions/2871/",
             "Exam-prep questions: on topic?")]
    items = []
    for icon, href, title in blog:
        items.append('<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0">%s</div>'
                     '<div class="flex--item wmn0 ow-break-word"><a href=%s class=js-gps-track>%s</a></div></li>'
                     % (SVG_PENCIL, href, html.escape(title)))
    items2 = []
    for icon, href, title in meta:
        items2.append('<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0">%s</div>'
                      '<div class="flex--item wmn0 ow-break-word"><a href=%s class=js-gps-track>%s</a></div></li>'
                      % (SVG_META, href, html.escape(title)))
    widget = ('<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" '
              'data-tracker=cb=1><ul class="d-block p0 m0"><li class="s-sidebarwidget--header '
              's-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li>'
              '%s<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 '
              'd:fc-black-900 bb bbw1">Featured on Meta</li>%s</ul></div>' % ("".join(items), "".join(items2)))

    def qlist(rows, cls, head, base):
        out = []
        for i, (score, title) in enumerate(rows):
            qid = base + i * 137
            out.append('<div class=spacer><a href=/q/%d title="Question score (highest is %s)"><div '
                       'class="answer-votes answered-accepted default s-badge s-badge__votes s-badge__answered">%s'
                       '</div></a> <a href=/questions/%d/%s class=question-hyperlink>%s</a></div>'
                       % (qid, score, score, qid, slug(title), html.escape(title)))
        return ('<div class="module %s"><h4 id=h-%s>%s</h4><div class=%s data-tracker=%s=1>%s</div></div>'
                % (cls, head.lower(), head, "linked" if head == "Linked" else "related js-related",
                   "lq" if head == "Linked" else "rq", "".join(out)))

    related = qlist(side["related"], "sidebar-related", "Related", 5410)
    hot = []
    for i, (site, title) in enumerate(side["hot"]):
        sub = slug(site.replace("&", "")).replace("-", "")
        if site == "English Language & Usage":
            sub = "english"
        hot.append('<li><div class="favicon favicon-%s" title="%s Stack Exchange"></div><a href=https://%s.stack'
                   'exchange.com/questions/%d/%s class="js-gps-track question-hyperlink mb0">%s</a></li>'
                   % (sub, html.escape(site), sub, 100231 + i * 9173, slug(title), html.escape(title)))
    hotq = ('<div id=hot-network-questions class="module tex2jax_ignore"><h4><a href=https://stackexchange.com/'
            'questions?tab=hot class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul>%s</ul>'
            '<a href=# class="show-more js-show-more js-gps-track">more hot questions</a></div>' % "".join(hot))
    feed = ('<div id=feed-link><a href=/feeds/question/71842 title="Feed of this question and its answers">%s '
            'Question feed</a></div>' % SVG_FEED)
    return ('<div id=sidebar class=show-votes role=complementary aria-label=sidebar>%s%s%s%s</div>'
            % (widget, related, hotq, feed))


def your_answer(url):
    return ('<form id=post-form action=/questions/71842/answer/submit method=post class="js-add-answer-component '
            'post-form"><input type=hidden id=post-id value=71842><input type=hidden id=qualityBanFormSubmit '
            'value=false><h2 class=space id=your-answer-header>Your Answer</h2><div id=post-editor class="post-editor '
            'js-post-editor"><div class=ps-relative><div class="wmd-container mb8"><div id=wmd-button-bar '
            'class="wmd-button-bar btr-sm"></div><div class=js-stacks-validation><div class=ps-relative><textarea '
            'id=wmd-input name=post-text class="wmd-input s-input bar0 js-post-body-field" data-post-type-id=2 cols=92 '
            'rows=15 tabindex=101 data-min-length=""></textarea></div></div></div></div></div><div class="ps-relative '
            'js-wmd-preview"><div id=wmd-preview class="s-prose js-wmd-preview" data-post-type-id=2></div></div>'
            '<div class="js-post-editor-subtitle"></div><div class="js-talent-sign-up d-flex fd-column"><div '
            'class=mb24><h2 class=fs-title>Sign up or <a id=login-link href="/users/login?ssrc=question_page&amp;'
            'returnurl=%s%%23new-answer">log in</a></h2><div class="d-flex fd-column gs8 gsy"><button '
            'class="flex--item s-btn s-btn__icon s-btn__google bar-md ba bc-black-100" data-provider=google>Sign up '
            'using Google</button><button class="flex--item s-btn s-btn__icon s-btn__github bar-md ba bc-black-100" '
            'data-provider=email>Sign up using Email and Password</button></div></div><div class=mb24><h2 '
            'class=fs-title>Post as a guest</h2><div class="d-flex fd-column gs4 gsy"><label for=display-name '
            'class=s-label>Name</label><input id=display-name name=display-name type=text size=30 maxlength=30 '
            'class=s-input></div><div class="d-flex fd-column gs4 gsy"><label class=s-label for=m-address>Email'
            '<p class=s-description>Required, but never shown</p></label><input id=m-address name=m-address '
            'type=email size=40 maxlength=100 class=s-input></div></div></div><div class="form-submit clear-both '
            'd-flex gsx gs4"><button class="s-btn s-btn__filled" id=submit-button type=submit tabindex=120>Post Your '
            'Answer</button><button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div>'
            '<div class="js-general-error js-post-legal d-flex fs-caption fc-black-400 mt12"><p class=mb0>By clicking '
            '&ldquo;Post Your Answer&rdquo;, you agree to our <a href=https://stackoverflow.com/legal/terms-of-service/'
            'public name=tos target=_blank class=-link>terms of service</a> and acknowledge you have read our <a '
            'href=https://stackoverflow.com/legal/privacy-policy name=privacy target=_blank class=-link>privacy '
            'policy</a>.</p></div></div></form>' % html.escape(url.replace(HOST, ""), quote=True))


def footer(rev):
    col1 = [("/tour", "Tour"), ("/help", "Help"), ("https://chat.stackexchange.com?tab=site&host=history."
                                                    "stackexchange.com", "Chat"),
            ("/contact", "Contact"), ("https://history.meta.stackexchange.com", "Feedback")]
    col2 = [("https://stackoverflow.com", "Stack Overflow"), ("https://stackoverflow.co/teams/", "Teams"),
            ("https://stackoverflow.co/advertising/", "Advertising"), ("https://stackoverflow.co/talent/", "Talent"),
            ("https://stackoverflow.co/", "About"), ("https://stackoverflow.co/company/press/", "Press"),
            ("https://stackoverflow.com/legal", "Legal"), ("https://stackoverflow.com/legal/privacy-policy",
                                                           "Privacy Policy"),
            ("https://stackoverflow.com/legal/terms-of-service/public", "Terms of Service"),
            ("#", "Cookie Settings"), ("https://stackoverflow.com/legal/cookie-policy", "Cookie Policy")]
    col3 = [("https://stackexchange.com/sites#technology", "Technology"),
            ("https://stackexchange.com/sites#culturerecreation", "Culture &amp; recreation"),
            ("https://stackexchange.com/sites#lifearts", "Life &amp; arts"),
            ("https://stackexchange.com/sites#science", "Science"),
            ("https://stackexchange.com/sites#professional", "Professional"),
            ("https://stackexchange.com/sites#business", "Business"),
            ("https://api.stackexchange.com/", "API"), ("https://data.stackexchange.com/", "Data")]
    social = [("https://stackoverflow.blog?blb=1", "Blog"), ("https://www.facebook.com/officialstackoverflow/",
                                                             "Facebook"),
              ("https://twitter.com/stackoverflow", "Twitter"), ("https://linkedin.com/company/stack-overflow",
                                                                 "LinkedIn"),
              ("https://www.instagram.com/thestackoverflow", "Instagram")]

    def ul(rows, cls="-list"):
        return '<ul class="%s">%s</ul>' % (cls, "".join(
            '<li class=-item><a href%s class="js-gps-track -link">%s</a></li>' % (attr_value(h), t)
            for h, t in rows))

    return ('<footer id=footer class=site-footer role=contentinfo><div class=site-footer--container><div '
            'class=site-footer--logo><a href=https://history.stackexchange.com aria-label="History Stack Exchange">'
            '</a></div><nav class=site-footer--nav><div class=site-footer--col><h5 class=-title><a '
            'href=https://history.stackexchange.com>History</a></h5>%s</div><div class=site-footer--col><h5 '
            'class=-title><a href=https://stackoverflow.co/>Company</a></h5>%s</div><div class="site-footer--col '
            'site-footer--categories-nav"><div><h5 class=-title><a href=https://stackexchange.com>Stack Exchange '
            'Network</a></h5>%s</div></div></nav><div class="site-footer--copyright fs-fine md:mt24">%s<p '
            'class=md:mb0>Site design / logo &copy; 2025 Stack Exchange Inc; <span class=td-underline><a '
            'href=https://stackoverflow.com/help/licensing>user contributions licensed under CC BY-SA</a></span>. '
            '<span id=svnrev>rev %s</span></p></div></div></footer>'
            % (ul(col1), ul(col2), ul(col3), ul(social, "-list -social md:mb8"), rev))


COOKIES = ('<div id=onetrust-consent-sdk><div class="onetrust-pc-dark-filter ot-hide ot-fade-in sf-hidden"></div>'
           '<div id=onetrust-banner-sdk class="otFlat ot-wo-title vertical-align-content" tabindex=0 role=region '
           'aria-label="Cookie banner"><div role=dialog aria-label=Privacy><div class=ot-sdk-container><div '
           'class=ot-sdk-row><div id=onetrust-group-container class="ot-sdk-eight ot-sdk-columns"><div '
           'class=banner_logo></div><div id=onetrust-policy><h2 id=onetrust-policy-title>Your privacy</h2><div '
           'id=onetrust-policy-text>By clicking &ldquo;Accept all cookies&rdquo;, you agree Stack Exchange can store '
           'cookies on your device and disclose information in accordance with our <a '
           'href=https://stackoverflow.com/legal/cookie-policy>Cookie Policy</a>.</div></div></div><div '
           'id=onetrust-button-group-parent class="ot-sdk-three ot-sdk-columns"><div id=onetrust-button-group><button '
           'id=onetrust-accept-btn-handler>Accept all cookies</button><button id=onetrust-reject-all-handler>'
           'Necessary cookies only</button><button id=onetrust-pc-btn-handler class=cookie-setting-link>Customize '
           'settings</button></div></div></div></div></div></div></div>')


def page(front, users, posts, side):
    now = parse_ts(front["now"])
    q = posts[0]
    answers = posts[1:]
    url = front["url"]
    title = front["title"]
    tags = front["tags"].split()
    head = ('<!DOCTYPE html> <html itemscope itemtype=https://schema.org/QAPage class="html__responsive '
            'html__unpinned-leftnav" lang=en><!--\n Page saved with SingleFile \n url: %s \n saved date: %s\n-->'
            '<meta charset=utf-8><title>%s - %s - History Stack Exchange</title><link rel="shortcut icon" href="%s">'
            '<link rel=apple-touch-icon href="%s"><meta name=viewport content="width=device-width, height=device-height, '
            'initial-scale=1.0, minimum-scale=1.0"><meta property=og:type content=website><meta property=og:url '
            'content=%s><meta property=og:site_name content="History Stack Exchange"><meta name=twitter:card '
            'content=summary><meta name=twitter:domain content=history.stackexchange.com><meta name=twitter:title '
            'property=og:title itemprop=name content="%s"><meta name=twitter:description property=og:description '
            'itemprop=description content="%s"><link rel=canonical href=%s><link rel=alternate type=application/'
            'atom+xml title="Feed for question &#39;%s&#39;" href=/feeds/question/71842><meta '
            'http-equiv=content-security-policy content="default-src \'none\'; font-src \'self\' data:; img-src '
            '\'self\' data:; style-src \'unsafe-inline\'; media-src \'self\' data:; script-src \'unsafe-inline\' '
            'data:; object-src \'self\' data:; frame-src \'self\' data:;"><style>%s</style><style>.sf-hidden{display:'
            'none!important}</style><meta name=referrer content=no-referrer>'
            % (url, front["saved"], tags[0], html.escape(title), favicon(), favicon(), url, html.escape(title),
               html.escape(" ".join(q["body"][0].split()[:28]) + "..."), url, html.escape(title), CSS))
    topbar = ('<body class="question-page unified-theme"><div id=notify-container></div><div id=custom-header>'
              '</div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class=s-topbar--container><a href=# '
              'class="s-topbar--menu-btn js-left-sidebar-toggle" role=menuitem aria-label=Menu aria-controls='
              'left-sidebar aria-expanded=false aria-haspopup=true><span></span></a><a class="s-topbar--logo '
              'network-logo js-gps-track js-network-logo" href=https://stackexchange.com aria-label="Stack Exchange">'
              '<span class="-img _glyph">Stack Exchange</span></a><form id=search role=search action=/search '
              'class="s-topbar--searchbar js-searchbar" autocomplete=off><div class=s-topbar--searchbar--input-group>'
              '<input name=q type=text role=combobox placeholder="Search on History&hellip;" value="" '
              'autocomplete=off maxlength=240 class="s-input s-input__search js-search-field" aria-label=Search '
              'aria-controls=top-search aria-expanded=false></div></form><nav class="h100 ml-auto overflow-x-auto '
              'pr12"><ol class=s-topbar--content role=menubar><li role=none><a href="https://history.stackexchange.com'
              '/users/login?ssrc=head&amp;returnurl=https%3a%2f%2fhistory.stackexchange.com%2fquestions%2f71842" '
              'class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel=nofollow '
              'role=menuitem>Log in</a></li><li role=none><a href="https://history.stackexchange.com/users/signup?'
              'ssrc=head&amp;returnurl=https%3a%2f%2fhistory.stackexchange.com%2fquestions%2f71842" '
              'class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap js-gps-track" '
              'rel=nofollow role=menuitem>Sign up</a></li></ol></nav></div></header><header class=site-header><div '
              'class=site-header--container><a class="site-header--link d-flex ai-center fs-headline1 fw-bold" '
              'href=https://history.stackexchange.com aria-label="History Stack Exchange">History</a></div></header>')
    nav = ('<div class=container><div id=left-sidebar data-is-here-when="md lg" class="left-sidebar js-pinned-left-'
           'sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav aria-label=Primary>'
           '<ol class=nav-links><li class=ps-relative><a href=/ class="pl8 js-gps-track nav-links--link" aria-controls='
           '"" data-controller="" data-s-popover-placement=right aria-current=false><div class="d-flex ai-center">'
           '<div class="flex--item truncate">Home</div></div></a></li><li class="ps-relative youarehere"><a id='
           'nav-questions href=/questions class="pl8 js-gps-track nav-links--link" aria-current=page><div class="d-flex '
           'ai-center"><div class="flex--item truncate">Questions</div></div></a></li><li class=ps-relative><a id='
           'nav-unanswered href=/unanswered class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center">'
           '<div class="flex--item truncate">Unanswered</div></div></a></li><li class=ps-relative><a id=nav-tags '
           'href=/tags class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item '
           'truncate">Tags</div></div></a></li><li class=ps-relative><a id=nav-chat href="https://chat.stackexchange.'
           'com?tab=site&amp;host=history.stackexchange.com" class="pl8 js-gps-track nav-links--link"><div '
           'class="d-flex ai-center"><div class="flex--item truncate">Chat</div></div></a></li><li class=ps-relative>'
           '<a id=nav-users href=/users class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center"><div '
           'class="flex--item truncate">Users</div></div></a></li></ol></nav></div></div>')
    qpath = url.replace(HOST, "")
    qhead = ('<div id=content class=snippet-hidden><div itemprop=mainEntity itemscope itemtype=https://schema.org/'
             'Question><link itemprop=image href=https://cdn.sstatic.net/Sites/history/Img/apple-touch-icon.png>'
             '<div class="inner-content clearfix"><div id=question-header class="d-flex sm:fd-column"><h1 '
             'itemprop=name class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href=%s class=question-hyperlink>'
             '%s</a></h1><div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div '
             'class=ml-auto><a href=/questions/ask class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div>'
             '</div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" '
             'title="%s"><span class="fc-black-400 mr2">Asked</span> <time itemprop=dateCreated datetime=%s>%s</time>'
             '</div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a '
             'href="?lastactivity" class="s-link s-link__inherit" title="%s">%s</a></div><div class="flex--item '
             'ws-nowrap mb8" title="Viewed %s times"><span class="fc-black-400 mr2">Viewed</span> %s times</div></div>'
             % (qpath, html.escape(title), q["asked"], q["asked"].replace(" ", "T").rstrip("Z"),
                ago(q["asked"], now), front["modified"], ago(front["modified"], now), front["viewed"],
                front["viewed"].split(",")[0] + "k"))
    n = len(answers)
    ahead = ('<div id=answers><a name=tab-top></a><div id=answers-header><div class="answers-subheader d-flex '
             'ai-center mb8"><div class="flex--item fl1"><h2 class=mb0 data-answercount=%d>%d Answers</h2></div><div class=flex--item><div class="d-flex g4 '
             'gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label '
             'class="flex--item fs-caption" for=answer-sort-dropdown-select-menu>Sorted by:</label></div><div '
             'class="flex--item s-select"><select id=answer-sort-dropdown-select-menu><option value=scoredesc '
             'selected>Highest score (default)</option><option value=modifieddesc>Date modified (newest first)'
             '</option><option value=createdasc>Date created (oldest first)</option></select></div></div></div></div>'
             '</div>' % (n, n))
    body_answers = "".join('<a name=%s></a>%s' % (a["id"], answer_html(a, i + 1, users, now, q["owner"]))
                           for i, a in enumerate(answers))
    notice = ('<h2 class="bottom-notice" data-loc=1>Not the answer you&#39;re looking for? Browse other questions '
              'tagged %s or <a href=/questions/ask>ask your own question</a>.</h2>'
              % " ".join('<a href=/questions/tagged/%s class="s-tag post-tag" rel=tag>%s</a>' % (t, t) for t in tags))
    main = ('<div id=mainbar role=main aria-label="question and answers">%s%s%s%s%s</div></div>'
            % (question_html(q, front, users, now), ahead, body_answers, your_answer(url), notice))
    tail = ('%s</div></div></div></div>%s%s</body></html>\n' % (sidebar(side), footer(front["rev"]), COOKIES))
    return head + topbar + nav + qhead + main + tail


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    front, users, posts, side = read_source()
    data = page(front, users, posts, side)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
