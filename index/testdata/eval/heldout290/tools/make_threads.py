#!/usr/bin/python3
"""Make docs/threads-e20-ethanol-blending.html from tools/threads-e20-ethanol-blending.txt.

The file is a Threads post page (www.threads.com, logged out, desktop layout) saved by Chrome
with "Webpage, Complete": Chrome's "saved from url=(0052)" comment, the <html id="facebook">
root Meta's web apps use, a head with the charset meta Chrome puts first, Open Graph, Twitter
and App Links metas (com.instagram.barcelona, Threads' code name), a canonical link, icons,
stylesheets and scripts pointing into a "threads-e20-ethanol-blending_files" folder (which
the set does not hold), and "application/json" data-sjs scripts holding the Relay payload with
"/" escaped as "\\/". The body is the rendered React tree in Meta's atomic class names
(x1lliihq, x78zum5 ...), written as minified HTML: the header bar with the Threads logo and
"Log in", the left navigation of SVG icons, the "Thread" column head with the view count, then
one data-pressable-container block per post: avatar, username link, a topic tag, a <time>
with an ISO datetime, a long title in local time (IST) and MM/DD/YY text, the text in a
dir="auto" span whose line breaks are kept as newlines (pre-wrap), "Translate" under Hinglish
replies, an "Author" badge on the poster's replies, and the Like / Reply / Repost / Share
buttons with counts (zero counts are not shown). The author's own chain (posts 1-15) comes
first, then the other users' replies, each followed by the author's answer one level in. The
right column holds the logged-out card ("Log in or sign up for Threads"), the footer (© 2025,
Threads Terms, Privacy Policy, Cookies Policy, Report a problem).

Source markup: "@page" then "@post" / "@reply" blocks of "key: value" lines, "---", the text.

Run from anywhere: /usr/bin/python3 tools/make_threads.py [OUT]  (output is byte-for-byte stable)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "threads-e20-ethanol-blending.txt")
OUT = os.path.join(HERE, "..", "docs", "threads-e20-ethanol-blending.html")
FILES = "./threads-e20-ethanol-blending_files/"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

TEXT_DIV = "x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"
TEXT_SPAN = ("x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf x193iq5w xeuugli x1fj9vlw "
             "x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye "
             "xjohtrz xo1l8bm xp07o12 x1yc453h xat24cr xdj266r")
NAME_SPAN = "x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft"
LINK = ("x1i10hfl xjbqb8w x1ejq31n xd10rxx x1sy0etr x17r0tee x972fbf xcfux6l x1qhh985 xm0m39n "
        "x9f619 x1ypdohk xt0psk2 xe8uvvx xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 "
        "x18d9i69 xkhd6sd x16tdsg8 x1hl2dhg xggy1nq x1a2a7pz x1lku1pv x12rw4y6 xrkepyr x1citr7e x37wo2f")
SVG = "x1lliihq x2lah0s x1f5funs x1n2onr6 x1bl4301 x1gaogpn x1f6tc7d"
COUNT = "x17qophe x10l6tqk x13vifvy x1s688f"
PATHS = {
    "Like": "M1.34375 7.53125L1.34375 7.54043C1.34374 8.04211 1.34372 8.76295 1.6611 9.65585C1.9795 10.5516 2.60026 11.5779 3.77681 12.7544",
    "Reply": "M15.376 13.2177L16.0861 14.7001L16.6175 15.8093L15.3946 15.6812L13.8633 15.5209C12.7643 16.0969 11.5135 16.4 10.2 16.4",
    "Repost": "M6.41256 1.23531C6.6349 0.971277 7.02918 0.937481 7.29321 1.15982L9.96509 3.40982C10.1022 3.52528 10.1831 3.69412 10.1873 3.87337",
    "Share": "M15.6097 4.09082L6.65039 9.11104M7.79128 14.439C8.00463 15.3275 8.11131 15.7718 8.33426 15.932C8.52764 16.071 8.77617 16.1081",
}
NAV = [("Home", "M2.25 12.8855V20.7497C2.25 21.5781 2.92157 22.2497 3.75 22.2497H9.25C9.52614 22.2497 9.75 22.0258 9.75 21.7497V17.2497"),
       ("Search", "M19 10.5A8.5 8.5 0 1 1 10.5 2a8.5 8.5 0 0 1 8.5 8.5Z"),
       ("Create", "M12 4.5v15M4.5 12h15"),
       ("Notifications", "M2.5 9.85683C2.5 14.224 6.22178 18.5299 12.0332 22.2735C12.3554 22.4783 12.7401 22.6 13 22.6"),
       ("Profile", "M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm-8 9.5c0-4 3.6-7 8-7s8 3 8 7")]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    parts = re.split(r"^@(page|post|reply)\n", text, flags=re.M)[1:]
    page, items = None, []
    for kind, chunk in zip(parts[0::2], parts[1::2]):
        if kind == "page":
            page = dict(l.split(": ", 1) for l in chunk.strip().split("\n"))
            continue
        head, body = chunk.split("---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
        meta["kind"] = kind
        meta["text"] = body.strip("\n")
        items.append(meta)
    return page, items


def when(iso):
    t = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.000Z").replace(
        tzinfo=datetime.timezone.utc).astimezone(IST)
    title = "%s, %s %d, %d at %d:%02d %s" % (t.strftime("%A"), t.strftime("%B"), t.day, t.year,
                                             (t.hour % 12) or 12, t.minute, "AM" if t.hour < 12 else "PM")
    return title, t.strftime("%m/%d/%y")


def svg(label, path, size=18):
    return ('<svg aria-label="%s" role="img" viewBox="0 0 %d %d" class="%s" style="--fill: currentColor; '
            '--height: %dpx; --width: %dpx;"><title>%s</title><path d="%s" fill="none" '
            'stroke="currentColor" stroke-width="2"></path></svg>' % (label, size, size, SVG, size, size,
                                                                       label, path))


def post_html(p, page, chain, first):
    user = p["user"]
    title, short = when(p["time"])
    counts = [c.strip() for c in p["counts"].split(",")]
    avatar = "%s%s_n.jpg" % (FILES, {"gs3.ananya": "473982116_1802251963"}.get(user, "4412%05d_s150x150" % (sum(map(ord, user)) * 7 % 100000)))
    head = ['<div class="x78zum5 x1q0g3np x1a02dak x1qughib"><div class="x78zum5 x1q0g3np x6s0dn4 x1iyjqo2">',
            '<span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs '
            'x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye xjohtrz x1s688f xp07o12 x1yc453h" '
            'dir="auto"><a class="%s" href="https://www.threads.com/@%s" role="link" tabindex="0">'
            '<span class="%s">%s</span></a></span>' % (LINK, user, NAME_SPAN, user)]
    if p.get("author") == "yes":
        head.append('<span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x1f6kntn xk50ysn x1s688f x1e56ztr '
                    'xdwrcjd x1o2sk6j x19kjcj4">Author</span>')
    if p.get("tag"):
        head.append('<span class="x1rg5ohu x1ncwhqj">%s</span><a class="%s" href="https://www.threads.com/search?'
                    'q=%s&amp;serp_type=tags&amp;tag_id=18061792684105743" role="link" tabindex="0">'
                    '<span class="x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft">%s</span></a>'
                    % (svg("Tag", "M9 3 15 9 9 15", 12), LINK, p["tag"], p["tag"]))
    head.append('<span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf x193iq5w xeuugli '
                'x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye '
                'xjohtrz xo1l8bm x12rw4y6 x1yc453h"><a class="%s" href="https://www.threads.com/@%s/post/%s" '
                'role="link" tabindex="0"><time class="x1rg5ohu xnei2rj x2b8uid xuxw1ft" datetime="%s" '
                'title="%s">%s</time></a></span></div>' % (LINK, user, p["code"], p["time"], title, short))
    head.append('<div class="x6s0dn4 x78zum5 xl56j7k x1n2onr6 xh8yej3" role="button" tabindex="0">%s</div></div>'
                % svg("More", "M12 13.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm6.5 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm-13 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z", 20))
    text = ('<div class="%s"><span class="%s" dir="auto"><span>%s</span></span></div>'
            % (TEXT_DIV, TEXT_SPAN, esc(p["text"])))
    extra = ""
    if p.get("translate") == "yes":
        extra = ('<div class="x78zum5 x1n2onr6"><div class="x1i10hfl x1ypdohk xdl72j9 x2lah0s" role="button" '
                 'tabindex="0"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x193iq5w xeuugli x1fj9vlw '
                 'x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye x1fhwpqd '
                 'xo1l8bm x12rw4y6 x1yc453h" dir="auto">Translate</span></div></div>')
    views = ""
    if first:
        views = ('<div class="x78zum5 x1q0g3np xp7jhwk"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 '
                 'x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty '
                 'x1943h6x x1i0vuye x1fhwpqd xo1l8bm x12rw4y6 x1yc453h" dir="auto">%s</span></div>' % page["views"])
    bar = []
    for label, n in zip(["Like", "Reply", "Repost", "Share"], counts):
        num = "" if n in ("0", "") else '<span class="%s"><span class="x17qophe x1s688f">%s</span></span>' % (COUNT, n)
        bar.append('<div class="x6s0dn4 x78zum5 xl56j7k xezivpi"><div class="x1i10hfl x1qjc9v5 xjbqb8w '
                   'x6s0dn4 x78zum5 xl56j7k" role="button" tabindex="0">%s%s</div></div>' % (svg(label, PATHS[label]), num))
    line = '<div class="x1uhb9sk x1plvlek xryxfnj x1iyjqo2 x2lwn1j xeuugli xdt5ytf"><div class="x1fhwpqd x1q0q8m5 x12u81az x10l6tqk"></div></div>' if chain else ""
    depth = int(p.get("depth", "0"))
    return ('<div class="x78zum5 xdt5ytf"%s><div class="x1ypdohk x1n2onr6 xvuun6i x3qs2gp x1w8tkb5 x8xoigl xz9dl7a">'
            '<div class="x78zum5 xdt5ytf" data-pressable-container="true" data-interactive-id="">'
            '<div class="x1lliihq x1n2onr6 x1e56ztr x1q0g3np x78zum5 x1xmf6yo x1gslohp">'
            '<div class="x6s0dn4 x78zum5 xdt5ytf x1qughib x1iyjqo2"><div class="x1uhb9sk x1plvlek xryxfnj '
            'x1iyjqo2 x2lwn1j xeuugli xdt5ytf x1n2onr6"><a href="https://www.threads.com/@%s" role="link" '
            'tabindex="-1"><div class="x1lliihq x1n2onr6 x2lah0s x14yjl9h xudhj91 x18nykt9 xww2gxu x1ebt8du" '
            'style="height: 36px; width: 36px;"><img alt="%s\'s profile picture" class="xl1xv1r x14yjl9h '
            'xudhj91 x18nykt9 xww2gxu x10l6tqk x1i1ezom x1o0tod x5yr21d xh8yej3" crossorigin="anonymous" '
            'draggable="false" height="36" src="%s" width="36"></div></a></div>%s</div>'
            '<div class="x1e56ztr x1xdureb">%s%s%s%s<div class="x78zum5 x1q0g3np xb57i2i x1uvtmcs xp7jhwk">%s</div>'
            '</div></div></div></div></div>'
            % (' style="padding-left: 48px;"' if depth else "", user, user, avatar, line,
               "".join(head), text, extra, views, "".join(bar)))


def relay(page, items):
    nodes = []
    for p in items[:3]:
        nodes.append({"post": {"pk": str(3716000000000000000 + sum(map(ord, p["code"])) * 1013),
                               "code": p["code"], "user": {"username": p["user"], "is_verified": False},
                               "caption": {"text": p["text"]},
                               "taken_at": int(datetime.datetime.strptime(p["time"], "%Y-%m-%dT%H:%M:%S.000Z")
                                               .replace(tzinfo=datetime.timezone.utc).timestamp()),
                               "text_post_app_info": {"is_reply": False, "reply_to_author": None,
                                                      "share_info": {"quoted_post": None}},
                               "like_count": None}})
    data = {"require": [["ScheduledServerJS", "handle", None, [{"__bbox": {"require": [
        ["RelayPrefetchedStreamCache", "next", [], [
            "adp_BarcelonaPostPageDirectQueryRelayPreloader_68c0f1a2e9b3d4",
            {"__bbox": {"complete": True, "result": {"data": {"data": {"edges": [
                {"node": {"thread_items": nodes, "thread_type": "thread", "header": None}}]}},
                "extensions": {"is_final": True}}, "sequence_number": 0}}]]]}}]]]}
    return sjs(json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/"))


def sjs(s):
    return '<script type="application/json" data-content-len="%d" data-sjs="">%s</script>' % (len(s), s)


def build(out_path):
    page, items = parse()
    url = "https://www.threads.com/@%s/post/%s" % (page["handle"], page["code"])
    first = items[0]
    desc = first["text"].split("\n")[0]
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            '<link rel="preconnect" href="https://static.cdninstagram.com/" crossorigin="anonymous">',
            '<meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">',
            '<meta name="color-scheme" content="light">',
            '<title>%s (@%s) on Threads</title>' % (esc(page["name"]), page["handle"]),
            '<meta property="og:site_name" content="Threads">',
            '<meta property="og:title" content="%s (@%s) on Threads">' % (attr(page["name"]), page["handle"]),
            '<meta property="og:description" content="%s">' % attr(desc),
            '<meta property="og:image" content="%s473982116_1802251963_n.jpg">' % FILES,
            '<meta property="og:url" content="%s">' % url,
            '<meta property="og:type" content="article">',
            '<meta name="twitter:card" content="summary">',
            '<meta name="twitter:title" content="%s (@%s) on Threads">' % (attr(page["name"]), page["handle"]),
            '<meta name="twitter:description" content="%s">' % attr(desc),
            '<meta property="al:ios:app_name" content="Threads">',
            '<meta property="al:ios:app_store_id" content="6446901002">',
            '<meta property="al:ios:url" content="barcelona://media?shortcode=%s">' % page["code"],
            '<meta property="al:android:app_name" content="Threads">',
            '<meta property="al:android:package" content="com.instagram.barcelona">',
            '<meta property="al:android:url" content="barcelona://media?shortcode=%s">' % page["code"],
            '<meta name="description" content="%s">' % attr(desc),
            '<link rel="canonical" href="%s">' % url,
            '<link rel="manifest" href="https://www.threads.com/data/manifest.json" crossorigin="use-credentials">',
            '<link rel="icon" sizes="192x192" href="%sDh6jfvN4YFj.png">' % FILES,
            '<link rel="apple-touch-icon" sizes="180x180" href="%sl7yRpCW2lXK.png">' % FILES,
            '<link type="text/css" rel="stylesheet" href="%sLtH3ZHsTl8B.css" data-bootloader-hash="xQ1ZfXr" crossorigin="anonymous">' % FILES,
            '<link type="text/css" rel="stylesheet" href="%s7pOqmC9sW2e.css" data-bootloader-hash="Hh8+3BW" crossorigin="anonymous">' % FILES,
            '<link type="text/css" rel="stylesheet" href="%sfX0c3nq1TgY.css" data-bootloader-hash="0rm9VRk" crossorigin="anonymous">' % FILES,
            '<script src="%sBpg1vTqzhRc.js" data-bootloader-hash="w+qAVEq" crossorigin="anonymous"></script>' % FILES,
            '<script src="%sq3Wk8hRrZ5a.js" data-bootloader-hash="8h1eN0F" async="" crossorigin="anonymous"></script>' % FILES,
            '<script src="%sZ9dLqv2m0Uw.js" data-bootloader-hash="Nt5ZP0o" async="" crossorigin="anonymous"></script>' % FILES,
            '<style nonce="">._9dls{--barcelona-primary-text:#000;--barcelona-secondary-text:#999;'
            '--barcelona-primary-background:#fff;--barcelona-secondary-background:#fafafa;'
            '--barcelona-primary-icon:#000;--barcelona-tertiary-icon:#ccc}.__fb-light-mode{color-scheme:light}'
            'html,body{margin:0;padding:0;overscroll-behavior-y:none}</style>',
            sjs('{"require":[["ServerTimestamp","init",[],[1757991614]],["CometSSRHydrationMarker","init",[],[{"lid":"7549317208512394721"}]]]}')]
    nav = "".join('<div class="x1i10hfl x1ypdohk x6s0dn4 x78zum5 xl56j7k x1n2onr6" role="link" tabindex="0">%s</div>'
                  % svg(l, d, 26) for l, d in NAV)
    chain = [p for p in items if p["kind"] == "post"]
    replies = [p for p in items if p["kind"] == "reply"]
    posts = [post_html(p, page, i < len(chain) - 1, i == 0) for i, p in enumerate(chain)]
    posts += [post_html(p, page, False, False) for p in replies]
    body = ['<body class="x1vjfegm _aa66" style="--vh: 8.38px;">',
            '<div class="x78zum5 xdt5ytf x1iyjqo2 x1n2onr6" id="mount_0_0_Kq"><div class="x1n2onr6 xzkaem6">'
            '<div class="x78zum5 xdt5ytf x1n2onr6 xh8yej3"><div class="x9f619 x1ja2u2z x78zum5 x1q0g3np x1qughib '
            'x6s0dn4 x1n2onr6 xh8yej3 x1vjfegm"><a aria-label="Threads" class="%s" href="https://www.threads.com/" '
            'role="link" tabindex="0"><svg aria-label="Threads" class="x1ypdohk x13dflua x11xpdln xk4oym4 xus2keu" '
            'fill="var(--barcelona-primary-icon)" height="100%%" role="img" viewBox="0 0 192 192" width="100%%" '
            'xmlns="http://www.w3.org/2000/svg"><path d="M141.537 88.9883C140.71 88.5919 139.87 88.2104 139.019 '
            '87.8451C137.537 60.5382 122.616 44.905 97.5619 44.745C97.4484 44.7443 97.3355 44.7443 97.222 44.7443C82.2364 '
            '44.7443 69.7731 51.1409 62.102 62.7807L75.881 72.2328C81.6116 63.5383 90.6052 61.6848 97.2286 61.6848Z">'
            '</path></svg></a><div class="x78zum5 x6s0dn4"><a class="%s" href="https://www.threads.com/login?'
            'show_choice_screen=false" role="link" tabindex="0"><div class="x6s0dn4 x78zum5 xl56j7k x1n2onr6 '
            'x1q0q8m5 xso031l x1fhwpqd x1s688f xgqmno8">Log in</div></a></div></div>' % (LINK, LINK),
            '<div class="x78zum5 x1q0g3np x1n2onr6"><nav class="x78zum5 xdt5ytf x1iyjqo2 x6s0dn4 xl56j7k x1nhvcw1">%s'
            '<div class="x1i10hfl x1ypdohk x6s0dn4 x78zum5 xl56j7k x1n2onr6" role="button" tabindex="0">%s</div>'
            '<div class="x1i10hfl x1ypdohk x6s0dn4 x78zum5 xl56j7k x1n2onr6" role="button" tabindex="0">%s</div></nav>'
            % (nav, svg("Pin", "M8.5 2.5h7l-1 6 3 3v2h-11v-2l3-3z", 26), svg("More", "M3 7h18M3 17h12", 26)),
            '<div class="x1iyjqo2 x1n2onr6 xh8yej3 x1c4vz4f"><div class="x6s0dn4 x78zum5 xl56j7k x1n2onr6 xh8yej3 '
            'x1s688f"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs '
            'x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye xjohtrz x1s688f xp07o12 x1yc453h" '
            'dir="auto">Thread</span></div><div class="x1c1b4dv x13dflua x11xpdln x1iyjqo2 xh8yej3 x1ja2u2z '
            'x1n2onr6 xzkaem6">' + "".join(posts) +
            '<div class="x78zum5 xdt5ytf x6s0dn4 xl56j7k x1n2onr6 xp7jhwk"><span class="x1lliihq x1plvlek '
            'xryxfnj x1n2onr6 x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i '
            'x1fgarty x1943h6x x1i0vuye x1fhwpqd xo1l8bm x12rw4y6 x1yc453h" dir="auto">Log in to see more '
            'replies.</span></div></div></div>',
            '<div class="x78zum5 xdt5ytf x2lah0s x1n2onr6 x1e558r4"><div class="x1ja2u2z x78zum5 xdt5ytf x1n2onr6 '
            'x1c4vz4f x2lah0s xdl72j9 x1q0q8m5 xso031l x9f619"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 '
            'x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x '
            'x1i0vuye x1s688f xp07o12 x1yc453h x2b8uid" dir="auto">Log in or sign up for Threads</span><span '
            'class="x1lliihq x1plvlek xryxfnj x1n2onr6 x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv '
            'xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye x1fhwpqd xo1l8bm x12rw4y6 x1yc453h x2b8uid" '
            'dir="auto">See what people are talking about and join the conversation.</span><a class="%s" '
            'href="https://www.threads.com/login/?show_choice_screen=false" role="link" tabindex="0"><div '
            'class="x6s0dn4 x78zum5 xl56j7k x1n2onr6 x1q0q8m5 xso031l">%s<span class="x1lliihq x1s688f">Continue '
            'with Instagram</span></div></a><a class="%s" href="https://www.threads.com/login/?'
            'show_choice_screen=false&amp;variant=username" role="link" tabindex="0"><span class="x1lliihq '
            'x1fhwpqd">Log in with username instead</span></a></div></div></div></div>'
            % (LINK, svg("Instagram", "M12 2.2c3.2 0 3.6 0 4.8.1 3.3.1 4.8 1.7 4.9 4.9.1 1.3.1 1.6.1 4.8", 26), LINK),
            '<div class="x78zum5 x1q0g3np x6s0dn4 xl56j7k x1n2onr6 x1c1b4dv"><ul class="x78zum5 x1q0g3np xe8uvvx '
            'x1iyjqo2 xl56j7k"><li class="x1lliihq"><span class="x1lliihq x1fhwpqd">© 2025</span></li>'
            + "".join('<li class="x1lliihq"><a class="%s" href="%s" role="link" tabindex="0"><span '
                      'class="x1lliihq x1fhwpqd">%s</span></a></li>' % (LINK, h, t) for t, h in [
                          ("Threads Terms", "https://help.instagram.com/769983657850450"),
                          ("Privacy Policy", "https://help.instagram.com/515230437301944"),
                          ("Cookies Policy", "https://privacycenter.instagram.com/policies/cookies/"),
                          ("Report a problem", "https://www.threads.com/report_problem")]) +
            '</ul></div></div></div>',
            relay(page, chain),
            sjs('{"require":[["BarcelonaLoggedOutPrompt","init",[],[{"surface":"post_page","delay_ms":4000}]]]}'),
            '</body>']
    saved = "<!-- saved from url=(%04d)%s -->" % (len(url), url)
    html = ("<!DOCTYPE html>\n%s\n<html id=\"facebook\" class=\"_9dls __fb-light-mode\" lang=\"en\" dir=\"ltr\">"
            "<head>%s</head>%s</html>" % (saved, "".join(head), "".join(body)))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
