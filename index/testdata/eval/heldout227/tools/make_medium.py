#!/usr/bin/python3
"""Re-make docs/talikota-1565-and-after-medium.html from its source text.

The source (tools/talikota-1565-and-after-medium.txt) holds the story as Medium shows it:
TITLE/SUBTITLE/TAGS lines, then blocks separated by blank lines ("## " section heading, "- "
bullets, "1. " numbered items, "> " block quote, ">> " pull quote, "[fig] " an image with its
caption, "[top]" for a paragraph carrying Medium's "Top highlight" label, ==...== for the
reader's own highlights, **bold**, *italic*), and "@@ name | when | claps | text" responses
("@@> " for a reply). This script wraps it in the page a logged-in reader saves from
medium.com with the SingleFile browser extension: SingleFile's comment after the html start tag,
no head/body tags, unquoted attribute values where HTML allows, no scripts, Medium's data-rh
meta tags and atomic CSS classes, images as data: URIs, and the site around the story (top bar,
byline, clap and response counts, tags, author card, responses, "More from" and "Recommended
from Medium" cards, footer).
Run: /usr/bin/python3 tools/make_medium.py [OUTPUT]
"""
import base64
import hashlib
import html
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "talikota-1565-and-after-medium.txt")
OUT = os.path.join(HERE, "..", "docs", "talikota-1565-and-after-medium.html")

SLUG = "talikota-1565-the-afternoon-that-emptied-a-capital-5c1e9a7d2b44"
PUB = "the-itihaas-notebook"
URL = "https://medium.com/%s/%s" % (PUB, SLUG)
AUTHOR = "Nandini Rao"
HANDLE = "@nandini.rao"
PUBNAME = "The Itihaas Notebook"
SAVED = "Sat Oct 18 2025 22:14:09 GMT+0530 (India Standard Time)"
DATE = "Oct 5, 2025"
CLAPS = "1.4K"
RESP = 23

P_CLS = "pw-post-body-paragraph mf mg gt mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc ga bk"
LI_CLS = "mf mg gt mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc oc od oe bk"
OL_CLS = "mf mg gt mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc of od oe bk"
H2_CLS = "ne nf gt be ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob bk"
Q_CLS = "mf mg oj mh b mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc ga bk"
PQ_CLS = "on oo gt be op oq or os ot ou ov ow ox oy oz pa ga bk"


def png(w, h, fn):
    raw = b"".join(b"\x00" + b"".join(bytes(fn(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(data).decode()


def solid(rgb):
    return png(8, 8, lambda x, y: rgb)


def figure_png():
    def f(x, y):
        if abs(y - (10 + (x // 6) % 3)) <= 1:
            return (70, 110, 170)  # the Krishna
        if (x - 30) ** 2 + (y - 20) ** 2 < 10:
            return (180, 40, 40)  # the field
        return (236, 228, 208)
    return png(48, 27, f)


FAVICON = png(16, 16, lambda x, y: (0, 0, 0) if (x - 8) ** 2 + (y - 8) ** 2 < 30 else (255, 255, 255))
AVATAR = solid((176, 120, 90))
PUBLOGO = solid((32, 64, 96))
ME = solid((90, 140, 110))


def pid(i):
    return hashlib.md5(("para%d" % i).encode()).hexdigest()[:4]


def inline(text):
    s = html.escape(text, quote=False)
    s = re.sub(r"==(.+?)==", r'<mark class="agz aha ao">\1</mark>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<strong class="mh gu">\1</strong>', s)
    s = re.sub(r"\*(.+?)\*", r'<em class=nd>\1</em>', s)
    return s


def sel(tag, i, cls, inner):
    return '<%s id=%s class="%s" data-selectable-paragraph="">%s</%s>' % (tag, pid(i), cls, inner, tag)


def story(blocks):
    out = []
    n = 10
    for b in blocks:
        lines = b.split("\n")
        n += 1
        if b.startswith("## "):
            out.append(sel("h2", n, H2_CLS, inline(b[3:])))
        elif b.startswith("- "):
            items = []
            for l in lines:
                n += 1
                items.append(sel("li", n, LI_CLS, inline(l[2:])))
            out.append('<ul class="">' + "".join(items) + "</ul>")
        elif re.match(r"\d+\. ", b):
            items = []
            for l in lines:
                n += 1
                items.append(sel("li", n, OL_CLS, inline(l.split(". ", 1)[1])))
            out.append('<ol class="">' + "".join(items) + "</ol>")
        elif b.startswith(">> "):
            out.append('<blockquote class="pb pc pd">' + sel("p", n, PQ_CLS, "<em class=nd>" + inline(b[3:]) + "</em>") + "</blockquote>")
        elif b.startswith("> "):
            out.append('<blockquote class="og oh oi">' + sel("p", n, Q_CLS, "<em class=nd>" + inline(b[2:]) + "</em>") + "</blockquote>")
        elif b.startswith("[fig] "):
            out.append('<figure class="pe pf pg ph pi pj pk pl paragraph-image"><div role=button tabindex=0 class="pm pn fj po bg pp">'
                       '<div class="pk pl pq"><picture><source srcset="data:," type=image/webp>'
                       '<img alt="Sketch map of the battlefield near the Krishna" class="bg lu pr c" width=700 height=394 loading=eager role=presentation src="%s"></picture></div></div>'
                       % figure_png() + sel("figcaption", n, "ps fe pt pk pl pu pv be b bf z dt", inline(b[6:])) + "</figure>")
        elif b.startswith("[top]"):
            out.append('<div class="ps pt pu"><div class="pv pw ab"><p class="be b du z dt">Top highlight</p></div></div>'
                       + sel("p", n, P_CLS, inline(b[5:])))
        else:
            out.append(sel("p", n, P_CLS, inline(b)))
    return "".join(out)


def svg(path, size=24):
    return ('<svg xmlns=http://www.w3.org/2000/svg width=%d height=%d fill=none viewBox="0 0 %d %d">'
            '<path fill=currentColor fill-rule=evenodd d="%s" clip-rule=evenodd></path></svg>' % (size, size, size, size, path))


CLAP = svg("M11.37.828 12 3.282l.63-2.454zM15.421 1.84l-1.185-.388-.338 2.5zM9.757 1.452l-1.184.389 1.523 2.112zM20.253 11.84 17.75 7.438c-.238-.353-.57-.584-.93-.643a.96.96 0 0 0-.753.183 1.13 1.13 0 0 0-.443.695c.014.019.03.033.044.053l2.352 4.138c1.614 2.95 1.1 5.771-1.525 8.395a7 7 0 0 1-.454.415c.997-.13 1.927-.61 2.773-1.457 2.705-2.704 2.517-5.585 1.438-7.377")
RESP_ICON = svg("M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598zm-3.122 1.055-.067-.223-.315.096a8 8 0 0 1-2.311.338c-4.023 0-7.292-2.955-7.292-6.587 0-3.633 3.269-6.588 7.292-6.588 4.014 0 7.112 2.958 7.112 6.593 0 1.794-.608 3.469-2.027 4.72l-.195.168v.255c0 .056 0 .151.016.295.025.231.081.478.154.733.154.558.398 1.117.722 1.659a5.3 5.3 0 0 1-2.165-.845c-.276-.176-.714-.383-.941-.59z")
BOOKMARK = svg("M17.5 1.25a.5.5 0 0 1 1 0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 1-1 0v-2.5H15a.5.5 0 0 1 0-1h2.5zm-11 4.5a1 1 0 0 1 1-1H11a.5.5 0 0 0 0-1H7.5a2 2 0 0 0-2 2v14a.5.5 0 0 0 .8.4l5.7-4.4 5.7 4.4a.5.5 0 0 0 .8-.4v-8.5a.5.5 0 0 0-1 0v7.48l-5.2-4a.5.5 0 0 0-.6 0l-5.2 4z")
LOGO = ('<svg xmlns=http://www.w3.org/2000/svg width=719 height=160 fill=none viewBox="0 0 719 160" class=ba>'
        '<path fill=#242424 d="m174.104 9.734.215-.047V8.02H130.39L89.6 103.89 48.81 8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.087 12.433-12.106 14.243l-.213.047v1.671h32.118v-1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972l53.925-126.743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-.05c-7.269-1.639-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242"></path></svg>')


def bar(top):
    tid = "headerClapButton" if top else "footerClapButton"
    return ('<div class="ab cp qa qb qc qd qe qf qg qh qi qj qk ql qm qn qo"><div class="h k w ff fg r">'
            '<div class="ab q"><div class="qp"><span data-dd-action-name=clap class=l><div class="ab q"><div class="pw-multi-vote-icon fj ld qq qr qs">'
            '<div class="qt qu"><button data-testid=%s aria-label=clap class="qv ao qw qx qy qz am ra rb rc rd">%s</button></div></div>'
            '<div class="pw-multi-vote-count l re rf rg rh ri rj rk"><p class="be b du z dt"><span class=rl>%s</span></p></div></div></span></div>'
            '<div class="bq ab"><div><div class="bm" aria-hidden=false><button class="ao qv rm rn ab q fk ro rp" aria-label=responses>%s'
            '<p class="be b du z dt"><span class="pw-responses-count rq rr">%d</span></p></button></div></div></div></div>'
            '<div class="ab q"><div class="rs l jx"><div><div class="bm" aria-hidden=false><span><a class=ag data-testid=bookmarkButton aria-label="Add to list bookmark button">%s</a></span></div></div></div>'
            '%s<div class="ep rt cn"><div class="l ae"><div class="ab cb"><div class="ru rv rw rx ry rz ci bh"><div class="ab"><div class="bm bh" aria-hidden=false><div><div class=bm aria-hidden=false><button aria-label=Share class="ag fk sd se sf sg sh si sj sk sl sm sn so sp sq sr ss st"><div class="ab q sa"><p class="be b bf z dt">Share</p></div></button></div></div></div></div></div></div></div></div></div></div></div>'
            % (tid, CLAP, CLAPS, RESP_ICON, RESP, BOOKMARK,
               '<div class="ep rt cn"><div class="l ae"><div class="ab cb"><div class="ru rv rw rx ry rz ci bh"><div class="ab"><div class="bm bh" aria-hidden=false><div><div class=bm aria-hidden=false><button aria-label=Listen class="ag fk sa sb sc"><div class="ab q sa"><p class="be b bf z dt">Listen</p></div></button></div></div></div></div></div></div></div></div>' if top else ""))


def response(r, reply=False):
    name, when, claps, text = [x.strip() for x in r.split("|", 3)]
    ind = ' style="padding-left:24px;border-left:3px solid #f2f2f2"' if reply else ""
    return ('<div class="l"%s><div class="ab" data-testid=responseItem><div class="ab q"><div class=l><img alt="%s" class="l ep by cw cx ex" src="%s" width=32 height=32 loading=lazy></div>'
            '<div class="sv ab"><div class="ab cp"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" rel=noopener href=/@%s><p class="be b bf z gu">%s</p></a></div>'
            '<p class="be b bf z dt"><a class="ag ah ai aj ak al am an ao ap aq ar as at au" rel=noopener href="/p/%s">%s</a></p></div></div>'
            '<div class="ab cp"><pre class="be b bf z dt sw sx">%s</pre></div>'
            '<div class="ab q sy"><div class="ab q"><button aria-label=clap class="qv ao">%s</button><p class="be b du z dt"><span class=rl>%s</span></p></div>'
            '<div class="sz l"><button class="be b du z dt ta">%s</button></div></div></div></div>'
            % (ind, html.escape(name), ME if reply else AVATAR, name.lower().replace(" ", ""), html.escape(name),
               hashlib.md5(text.encode()).hexdigest()[:12], when, html.escape(text), CLAP, claps,
               "Reply" if reply else ("1 reply" if name.startswith("Kavya") else "Reply")))


CARDS_MORE = [
    ("The Itihaas Notebook", "Krishnadevaraya’s Raichur Campaign of 1520, Told Through Nuniz", "How a siege on the Krishna made the Raya the master of the doab for a generation", "Sep 14, 2025", "812", "11"),
    ("The Itihaas Notebook", "The Bahmani Kingdom in Seven Maps", "From Hasan Gangu to the five successor states, one map at a time", "Aug 30, 2025", "1.1K", "19"),
    ("Nandini Rao", "How I Revised Medieval History in 21 Days for Prelims", "A day-by-day plan with the NCERT chapters I re-read", "Jul 2, 2025", "2.3K", "64"),
    ("The Itihaas Notebook", "Gol Gumbaz and the Adil Shahi Builders of Bijapur", "Domes, whispering galleries and the Deccani style", "Jun 11, 2025", "640", "7"),
]
CARDS_REC = [
    ("Arjun Mehta", "Harappan Town Planning in 12 Points (With PYQs)", "Drains, granaries and the citadel in one page", "Mar 3, 2025", "3.9K", "52"),
    ("Sana Qureshi", "Bhakti Saints of South India: A Timeline You Can Draw", "Alvars, Nayanars and Basavanna on one line", "Jan 19, 2025", "1.7K", "28"),
]


def card(c, i):
    who, title, sub, when, claps, resp = c
    return ('<div class="tb tc td te tf tg" data-testid=postPreview><div class="ab cb"><div class="l"><img alt="%s" class="l ep by cw cx ex" src="%s" width=20 height=20 loading=lazy>'
            '<p class="be b du z gu">%s</p></div></div><a rel=noopener href="/p/%s"><h2 class="be gu th ti tj tk tl tm tn to tp tq tr ts">%s</h2>'
            '<div class="tt l"><h3 class="be b du z dt">%s</h3></div></a><div class="ab q tu"><span class="be b du z dt">%s</span>'
            '<div class="ab q">%s<span class="be b du z dt">%s</span></div><div class="ab q">%s<span class="be b du z dt">%s</span></div></div></div>'
            % (html.escape(who), PUBLOGO if who == PUBNAME else AVATAR, html.escape(who),
               hashlib.md5(title.encode()).hexdigest()[:12], html.escape(title, quote=False), html.escape(sub, quote=False), when,
               CLAP, claps, RESP_ICON, resp))


CSS = ("body{margin:0;padding:0}.a{font-family:medium-content-sans-serif-font,-apple-system,BlinkMacSystemFont,\"Segoe UI\",Roboto,Oxygen,Ubuntu,Cantarell,\"Open Sans\",\"Helvetica Neue\",sans-serif}"
       ".b{font-weight:400}.c{background-color:rgba(255,255,255,1)}.l{display:block}.ab{display:flex}.ae{position:relative}.ag{color:inherit}"
       ".ao{cursor:pointer}.be{font-family:sohne,\"Helvetica Neue\",Helvetica,Arial,sans-serif}.bf{font-size:14px}.du{font-size:13px}.dt{color:rgba(107,107,107,1)}"
       ".gu{font-weight:500}.mf{color:rgba(36,36,36,1)}.mh{font-family:source-serif-pro,Georgia,Cambria,\"Times New Roman\",Times,serif}"
       ".mi{font-size:20px}.mj{line-height:32px}.mk{letter-spacing:-0.003em}.ne{font-size:24px}.nf{font-weight:700}.ng{line-height:30px}"
       ".agz{background-color:rgba(26,137,23,0.1)}.aha{color:inherit}.pw-post-title{font-size:42px;line-height:52px;letter-spacing:-0.011em}"
       ".pw-subtitle-paragraph{color:rgba(107,107,107,1);font-size:22px;line-height:28px}.og{box-shadow:inset 3px 0 0 0 rgba(36,36,36,1)}"
       ".on{font-size:30px;line-height:40px;font-style:italic}.rl{font-size:13px}.sw{white-space:pre-wrap;font-family:inherit;margin:0}"
       "@media all and (max-width:551.98px){.mi{font-size:18px}.pw-post-title{font-size:32px;line-height:38px}}")


def build(src):
    head, body = src.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.split("\n"))
    title, subtitle = meta["TITLE"], meta["SUBTITLE"]
    tags = [t.strip() for t in meta["TAGS"].split("|")]
    blocks = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        kind = "- " if line.startswith("- ") else "1" if re.match(r"\d+\. ", line) else None
        prev = blocks[-1] if blocks else ""
        if kind and (prev.startswith("- ") if kind == "- " else re.match(r"\d+\. ", prev)):
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
    resp = [b for b in blocks if b.startswith("@@")]
    blocks = [b for b in blocks if not b.startswith("@@")]
    responses = []
    for r in "\n".join(resp).split("\n"):
        if r.startswith("@@> "):
            responses.append(response(r[4:], True))
        else:
            responses.append(response(r[3:]))
    desc = re.sub(r"[*=]", "", blocks[0])[:140].rsplit(" ", 1)[0] + "…"
    full_title = "%s | by %s | %s | Oct, 2025 | Medium" % (title, AUTHOR, PUBNAME)
    et = lambda s: html.escape(s)
    p = []
    p.append("<!DOCTYPE html> <html lang=en><!--\n Page saved with SingleFile \n url: %s \n saved date: %s\n-->" % (URL, SAVED))
    p.append("<meta charset=utf-8>\n<title>%s</title>\n" % et(full_title))
    p.append('<meta name=viewport content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">\n')
    metas = [
        ("name", "theme-color", "#000000"), ("name", "twitter:app:name:iphone", "Medium"),
        ("name", "twitter:app:id:iphone", "828256236"), ("property", "al:ios:app_name", "Medium"),
        ("property", "al:ios:app_store_id", "828256236"), ("property", "al:android:package", "com.medium.reader"),
        ("property", "fb:app_id", "542599432471018"), ("property", "og:site_name", "Medium"),
        ("property", "og:type", "article"), ("property", "article:published_time", "2025-10-05T06:12:44.318Z"),
        ("name", "title", full_title), ("property", "og:title", title), ("property", "al:android:url", "medium://p/5c1e9a7d2b44"),
        ("property", "al:ios:url", "medium://p/5c1e9a7d2b44"), ("property", "al:android:app_name", "Medium"),
        ("name", "description", desc), ("property", "og:description", subtitle),
        ("property", "og:url", URL), ("property", "al:web:url", URL),
        ("property", "og:image", "https://miro.medium.com/v2/resize:fit:1200/1*Qm3vT0k8ZrJ1xXbYF2Lw9A.png"),
        ("property", "article:author", "https://medium.com/" + HANDLE), ("name", "author", AUTHOR),
        ("name", "robots", "index,noarchive,follow,max-image-preview:large"), ("name", "referrer", "unsafe-url"),
        ("property", "twitter:title", title), ("name", "twitter:site", "@Medium"), ("name", "twitter:creator", "@nandini_rao"),
        ("name", "twitter:app:url:iphone", "medium://p/5c1e9a7d2b44"), ("property", "twitter:description", subtitle),
        ("name", "twitter:image:src", "https://miro.medium.com/v2/resize:fit:1200/1*Qm3vT0k8ZrJ1xXbYF2Lw9A.png"),
        ("name", "twitter:card", "summary_large_image"), ("name", "twitter:label1", "Reading time"), ("name", "twitter:data1", "9 min read"),
    ]
    for kind, k, v in metas:
        vv = v if re.fullmatch(r"[A-Za-z0-9#:/._@,\-]+", v) else '"%s"' % et(v)
        p.append("<meta data-rh=true %s=%s content=%s>" % (kind, k, vv))
    p.append("\n<link data-rh=true rel=icon href=%s>" % FAVICON)
    p.append('<link data-rh=true rel=search type=application/opensearchdescription+xml title=Medium href=/osd.xml>')
    p.append("<link data-rh=true rel=author href=https://medium.com/%s>" % HANDLE)
    p.append("<link data-rh=true rel=canonical href=%s>" % URL)
    p.append("<link data-rh=true rel=alternate href=android-app://com.medium.reader/https/medium.com/p/5c1e9a7d2b44>\n")
    p.append("<style>%s</style>\n" % CSS)
    p.append("<meta http-equiv=content-security-policy content=\"default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;\"><style>img[src=\"data:,\"],source[src=\"data:,\"]{display:none!important}</style>\n")
    p.append('<div id=root><div class="a b c"><div class="l c"><div class="l c">')
    # top bar
    p.append('<div class="bw bx by bz ca l"><div class="ab q cb cc cd ce"><div class="cf ab cg ch"><div class="ab q"><div class="ci l"><p class="be b bf z dt">'
             'Get unlimited access to the best of Medium for less than $1/week.</p></div><a class="ag ah ai aj ak al am an ao ap aq ar as at au" href=/plans rel=noopener><p class="be b bf z gu">Become a member</p></a></div></div></div></div>')
    p.append('<div class="cj ck cl l" data-testid=headerNav><div class="ab q cm cn"><div class="ab q co"><a aria-label=Homepage data-testid=headerMediumLogo rel=noopener href=/>%s</a>'
             '<div class="cp ab cq cr cs ct"><div class="cu cv ab cw cx"><svg xmlns=http://www.w3.org/2000/svg width=24 height=24 fill=none viewBox="0 0 24 24"><path fill=currentColor fill-rule=evenodd d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 8.05 0 0 0 11.042 3z" clip-rule=evenodd></path></svg></div>'
             '<input role=combobox aria-controls=search-results aria-expanded=false aria-label=search data-testid=headerSearchInput tabindex=0 class="ax cz da db z bf dc dd de df dg" placeholder=Search value></div></div>'
             '<div class="ab q dh"><div class="di l"><a data-testid=headerWriteButton class="ag ah ai aj ak al am an ao ap aq ar as at au" rel=noopener href=/new-story><div class="be b bf z dt dj dk ab q fk"><p class="be b bf z dt">Write</p></div></a></div>'
             '<div class="dl l"><a data-testid=headerNotificationButton rel=noopener href=/me/notifications><span class="dm dn">3</span></a></div>'
             '<div class="l"><button aria-label="user options menu" data-testid=headerUserIcon><img alt="Your avatar" class="l ep by do dp cx" src="%s" width=32 height=32 loading=lazy></button></div></div></div></div>'
             % (LOGO, ME))
    # article
    p.append('<div class="l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gl gm gn go gp"></div><div class="gq gr gs gt gu"><div class="ab cb"><div class="ch bg ew ex ey ez">')
    p.append('<div><h1 id=%s class="pw-post-title gv gw gx be gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw bk" data-testid=storyTitle data-selectable-paragraph="">%s</h1></div>'
             % (pid(1), et(title)))
    p.append('<div><h2 id=%s class="pw-subtitle-paragraph hx hy gx be b hz ia ib ic id ie if ig ih ii ij ik il im in io ip iq ir cq dt" data-selectable-paragraph="">%s</h2></div>'
             % (pid(2), et(subtitle)))
    p.append('<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="is it iu iv iw ab"><div><div class="ab ix"><div><div class="bm" aria-hidden=false>'
             '<a rel=noopener href=/%s><div class="l iy iz by ja jb"><div class="l ed"><img alt="%s" class="l ep by dd de cx" src="%s" width=44 height=44 loading=lazy data-testid=authorPhoto></div></div></a></div></div>'
             '<div class="jc ab ed"><div><div class="bm" aria-hidden=false><a href=/%s rel=noopener><div class="l jd je by ja jf"><div class="l ed"><img alt="%s" class="l ep by br jg cx" src="%s" width=24 height=24 loading=lazy data-testid=publicationPhoto></div></div></a></div></div></div></div></div>'
             '<div class="bn bh l"><div class="ab"><div style=flex:1><span class="be b bf z bk"><div class="jh ab q"><div class="ab q ji"><div class="ab q"><div><div class="bm" aria-hidden=false><p class="be b bf z jj jk jl jm jn jo jp jq bk"><a class="ag ah ai aj ak al am an ao ap aq ar as jr" data-testid=authorName rel=noopener href=/%s>%s</a></p></div></div></div>'
             '<span class="js jt" aria-hidden=true><span class="be b bf z dt">·</span></span><p class="be b bf z dt"><span><a class="ju jv ah ai aj ak al am an ao ap aq ar ew jw jx" rel=noopener href=/m/signin>Follow</a></span></p></div></div></span></div></div>'
             '<div class="l jy"><span class="be b bf z dt"><div class="ab cn jz ka kb"><div class="kc kd ab"><div class="be b bf z dt ab ke"><span class="kf l jy">Published in</span><div><div class="l" aria-hidden=false><a class="ag ah ai aj ak al am an ao ap aq ar as jr ab q" data-testid=publicationName href=https://medium.com/%s rel=noopener><p class="be b bf z kg kh ki kj kk kl km kn bk">%s</p></a></div></div></div>'
             '<div class="h k"><span class="js jt" aria-hidden=true><span class="be b bf z dt">·</span></span></div></div><span class="be b bf z dt"><div class="ab ae"><span data-testid=storyReadTime>9 min read</span><div class="ko kp l" aria-hidden=true><span class="l" aria-hidden=true><span class="be b bf z dt">·</span></span></div><span data-testid=storyPublishDate>%s</span></div></span></div></span></div></div></div>'
             % (HANDLE, AUTHOR, AVATAR, PUB, PUBNAME, PUBLOGO, HANDLE, AUTHOR, PUB, PUBNAME, DATE))
    p.append(bar(True))
    p.append("</div></div></div></div>")
    p.append('<div class="ab cb"><div class="ch bg ew ex ey ez">')
    p.append(story(blocks))
    p.append("</div></div></div></div></section></div></div></article></div>")
    # tags + bottom bar
    p.append('<div class="ab cb"><div class="ch bg ew ex ey ez"><div class="ug uh ab jg"><div class="ui ab">' + "".join(
        '<a href=/tag/%s rel=noopener><div class="uj ed cw uk gh ul um bf z bk un">%s</div></a>' % (t.lower().replace(" ", "-"), et(t)) for t in tags)
        + "</div></div>" + bar(False) + "</div></div>")
    # author card
    p.append('<div class="l c"><div class="ab cb"><div class="ch bg ew ex ey ez"><div class="uo up ab q"><a href=/%s rel=noopener><img alt="%s" class="l ep by uq ur cx" src="%s" width=64 height=64 loading=lazy></a></div>'
             '<div class="us ab"><div class="ut l"><a href=/%s rel=noopener><h2 class="be gu uu uv uw ux uy uz va vb vc vd ve vf vg vh vi bk">Written by %s</h2></a>'
             '<div class="vj ab"><span class="pw-follower-count be b bf z bk"><a class="ag ah ai aj ak al am an ao ap aq ar as jr" rel=noopener href=/%s/followers>1.2K followers</a></span>'
             '<span class="be b bf z dt"><span class="vk">·</span><a class="ag ah ai aj ak al am an ao ap aq ar as jr" rel=noopener href=/%s/following>180 following</a></span></div>'
             '<div class="vl l"><p class="be b bf z bk"><span class="vm">UPSC CSE 2024 interview candidate. I write history notes that read like stories, one battle at a time.</span></p></div></div>'
             '<div class="h k"><div class="ab"><button class="be b bf z bk vn vo vp vq">Following</button></div></div></div>'
             '<div class="us ab vr"><div class="ut l"><a href=https://medium.com/%s rel=noopener><h2 class="be gu uu uv uw ux uy uz va vb vc vd ve vf vg vh vi bk">Published in %s</h2></a>'
             '<div class="vj ab"><span class="pw-follower-count be b bf z bk">3.4K followers</span><span class="be b bf z dt"><span class="vk">·</span>Last published 2 days ago</span></div>'
             '<div class="vl l"><p class="be b bf z bk"><span class="vm">Long-form history notes for civil services aspirants, with maps, timelines and PYQs.</span></p></div></div></div></div></div></div>'
             % (HANDLE, AUTHOR, AVATAR, HANDLE, AUTHOR, HANDLE, HANDLE, PUB, PUBNAME))
    # responses
    p.append('<div class="l"><div class="ab cb"><div class="ch bg ew ex ey ez"><div class="vs vt vu vv vw l"><h2 class="be gu uu uv uw bk">Responses (%d)</h2>'
             '<div class="ab q"><img alt="Your avatar" class="l ep by cw cx ex" src="%s" width=32 height=32 loading=lazy><p class="be b bf z dt">What are your thoughts?</p>'
             '<button class="be b du z dt">Cancel</button><button class="be b du z bk" disabled>Respond</button></div>'
             '<div class="ab q"><p class="be b du z dt">Most relevant</p></div>' % (RESP, ME))
    p.append("".join(responses))
    p.append('<div class="vx l"><button class="be b du z dt vy">See all responses</button></div></div></div></div></div>')
    # more from
    p.append('<div class="l c"><div class="ab cb"><div class="ch bg ew ex ey ez"><h2 class="be gu vz wa wb bk">More from %s and %s</h2>' % (AUTHOR, PUBNAME)
             + "".join(card(c, i) for i, c in enumerate(CARDS_MORE))
             + '<div class="wc l"><a href=/%s rel=noopener><button class="be b bf z bk wd">See all from %s</button></a>' % (HANDLE, AUTHOR)
             + '<a href=https://medium.com/%s rel=noopener><button class="be b bf z bk wd">See all from %s</button></a></div></div></div></div>' % (PUB, PUBNAME))
    p.append('<div class="l c"><div class="ab cb"><div class="ch bg ew ex ey ez"><h2 class="be gu vz wa wb bk">Recommended from Medium</h2>'
             + "".join(card(c, i) for i, c in enumerate(CARDS_REC))
             + '<div class="wc l"><a href=/?source=post_page rel=noopener><button class="be b bf z bk wd">See more recommendations</button></a></div></div></div></div>')
    # footer
    p.append('<div class="we wf l"><div class="ab cb"><div class="wg ab wh"><div class="ab q">' + "".join(
        '<a class="ag ah ai aj ak al am an ao ap aq ar as at au" href=%s rel=noopener><p class="be b du z dt">%s</p></a>' % (h, t) for t, h in [
            ("Help", "https://help.medium.com/hc/en-us"), ("Status", "https://medium.statuspage.io/"), ("About", "/about"),
            ("Careers", "/jobs-at-medium/work-at-medium-959d1a85284e"), ("Press", "mailto:pressinquiries@medium.com"),
            ("Blog", "https://blog.medium.com/"), ("Privacy", "https://policy.medium.com/medium-privacy-policy-f03bf92035c9"),
            ("Rules", "https://policy.medium.com/medium-rules-30e5502c4eb4"), ("Terms", "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f"),
            ("Text to speech", "https://speechify.com/medium")])
             + "</div></div></div></div>")
    p.append("</div></div></div></div>\n")
    return "".join(p).encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
