#!/usr/bin/python3
"""Re-make docs/mastodon-thread-indian-antarctic-stations.html from
tools/mastodon-thread-indian-antarctic-stations.txt.

The page is what Firefox writes with File > Save Page As... > "Web Page, complete" for a thread
open in Mastodon 4.3's web app while logged out: the serialised live DOM, not the server's HTML.
Firefox adds its content-type meta as the first child of head and points stylesheets, scripts and
images at a "<name>_files/" folder (which the set does not hold); the React tree sits on one line
inside div#mastodon; the web app has replaced every Unicode emoji with a Twemoji <img
class="emojione">, so emoji survive only as alt text; the opening post is the detailed status and
the replies follow in Mastodon's depth-first order, so the other people's replies come after the
whole self-thread, last-answered post first.

Source format: "@account acct | display name | id | avatar" lines, then one "=== id | acct |
created | in_reply_to | lang | boosts | favourites | edited" block per post, with optional
"media:", "poll:", "cw:" and "card:" lines before the text (blank line = new paragraph).

Run: /usr/bin/python3 tools/make_mastodon.py [output-dir]
Standard library only; the output is the same byte for byte on every run.
"""
import datetime
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "mastodon-thread-indian-antarctic-stations"
SRC = os.path.join(HERE, NAME + ".txt")
FILES = NAME + "_files"
HOST = "https://mastodon.social"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

EMOJI = {
    "🧵": ("1f9f5", "thread"), "🙏": ("1f64f", "pray"), "🚢": ("1f6a2", "ship"),
    "🧊": ("1f9ca", "ice_cube"), "✉️": ("2709", "envelope"), "👇": ("1f447", "point_down"),
    "🏔️": ("1f3d4", "snow_capped_mountain"), "🧪": ("1f9ea", "test_tube"),
    "🏗️": ("1f3d7", "building_construction"), "🌊": ("1f30a", "ocean"),
    "🌐": ("1f310", "globe_with_meridians"), "🏢": ("1f3e2", "office"),
    "🗓️": ("1f5d3", "spiral_calendar_pad"), "👩‍🔬": ("1f469-200d-1f52c", "woman_scientist"),
    "📊": ("1f4ca", "bar_chart"), "✅": ("2705", "white_check_mark"), "📦": ("1f4e6", "package"),
    "📮": ("1f4ee", "postbox"), "🤝": ("1f91d", "handshake"), "🔧": ("1f527", "wrench"),
    "🧭": ("1f9ed", "compass"), "⚖️": ("2696", "scales"), "📝": ("1f4dd", "pencil"),
    "🙌": ("1f64c", "raised_hands"), "😅": ("1f605", "sweat_smile"),
    "🌍": ("1f30d", "earth_africa"), "🗺️": ("1f5fa", "world_map"),
}
EMOJI_RE = re.compile("|".join(re.escape(e) for e in sorted(EMOJI, key=len, reverse=True)))

ICONS = {
    "reply": "M760-200v-160q0-50-35-85t-85-35H273l144 144-57 56-240-240 240-240 57 56-144 144h367q83 0 141.5 58.5T840-360v160h-80Z",
    "retweet": "M280-80 120-240l160-160 56 58-62 62h406v-160h80v240H274l62 62-56 58Zm-80-440v-240h486l-62-62 56-58 160 160-160 160-56-58 62-62H280v160h-80Z",
    "star": "m354-287 126-76 126 77-33-144 111-96-146-13-58-136-58 135-146 13 111 97-33 143ZM233-120l65-281L80-590l288-25 112-265 112 265 288 25-218 189 65 281-247-149-247 149Zm247-350Z",
    "bookmark": "M200-120v-640q0-33 23.5-56.5T280-840h400q33 0 56.5 23.5T760-760v640L480-240 200-120Zm80-122 200-86 200 86v-518H280v518Zm0-518h400-400Z",
    "ellipsis-h": "M240-400q-33 0-56.5-23.5T160-480q0-33 23.5-56.5T240-560q33 0 56.5 23.5T320-480q0 33-23.5 56.5T240-400Zm240 0q-33 0-56.5-23.5T400-480q0-33 23.5-56.5T480-560q33 0 56.5 23.5T560-480q0 33-23.5 56.5T480-400Zm240 0q-33 0-56.5-23.5T640-480q0-33 23.5-56.5T720-560q33 0 56.5 23.5T800-480q0 33-23.5 56.5T720-400Z",
    "globe": "M480-80q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Z",
    "chevron-left": "M560-240 320-480l240-240 56 56-184 184 184 184-56 56Z",
    "sliders": "M440-120v-240h80v80h320v80H520v80h-80Zm-320-80v-80h240v80H120Zm160-160v-80H120v-80h160v-80h80v240h-80Zm160-80v-80h400v80H440Zm160-160v-240h80v80h160v80H680v80h-80Zm-480-80v-80h400v80H120Z",
    "caret-down": "M480-360 280-560h400L480-360Z",
    "explore": "m300-300 280-80 80-280-280 80-80 280Zm180-120q-25 0-42.5-17.5T420-480q0-25 17.5-42.5T480-540q25 0 42.5 17.5T540-480q0 25-17.5 42.5T480-420Z",
    "globe-alt": "M480-80q-82 0-155-31.5t-127.5-86Q143-252 111.5-325T80-480q0-83 31.5-155.5t86-127Q252-817 325-848.5T480-880q83 0 155.5 31.5t127 86q54.5 54.5 86 127T880-480q0 82-31.5 155t-86 127.5q-54.5 54.5-127 86T480-80Z",
    "ellipsis-v": "M480-160q-33 0-56.5-23.5T400-240q0-33 23.5-56.5T480-320q33 0 56.5 23.5T560-240q0 33-23.5 56.5T480-160Zm0-240q-33 0-56.5-23.5T400-480q0-33 23.5-56.5T480-560q33 0 56.5 23.5T560-480q0 33-23.5 56.5T480-400Z",
    "check": "M382-240 154-468l57-57 171 171 367-367 57 57-424 424Z",
}


def svg(name, extra=""):
    return ('<svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 -960 960 960" '
            'width="24" class="icon icon-%s%s" aria-hidden="true"><path d="%s"></path></svg>'
            % (name, extra, ICONS[name]))


def esc(s):
    """Text as Firefox serialises a text node."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def emojify(text_html):
    def rep(m):
        code, short = EMOJI[m.group(0)]
        return ('<img draggable="false" class="emojione" alt="%s" title=":%s:" src="%s/%s.svg">'
                % (m.group(0), short, FILES, code))
    return EMOJI_RE.sub(rep, text_html)


def parse_time(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def full(dt):
    return dt.astimezone(IST).strftime("%b %d, %Y, %H:%M")


def short_edit(dt):
    return dt.astimezone(IST).strftime("%b %d, %H:%M")


def read_source():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    accounts, posts, cur = {}, [], None
    for line in lines:
        if line.startswith("@saved "):
            saved = parse_time(line[7:])
        elif line.startswith("@account "):
            acct, name, aid, avatar = [x.strip() for x in line[9:].split("|")]
            accounts[acct] = {"name": name, "id": aid, "avatar": avatar}
        elif line.startswith("=== "):
            f = [x.strip() for x in line[4:].split("|")]
            cur = {"id": f[0], "acct": f[1], "at": parse_time(f[2]),
                   "reply_to": None if f[3] == "-" else f[3], "lang": f[4],
                   "boosts": int(f[5]), "favs": int(f[6]),
                   "edited": parse_time(f[7]) if f[7] else None,
                   "media": [], "poll": None, "cw": None, "card": None, "text": []}
            posts.append(cur)
        elif cur is not None and not cur["text"] and line.startswith("media: "):
            kind, fn, alt, size = [x.strip() for x in line[7:].split("|")]
            cur["media"].append((kind, fn, alt, size))
        elif cur is not None and not cur["text"] and line.startswith("poll: "):
            f = [x.strip() for x in line[6:].split("|")]
            opts = [tuple(o.rsplit("=", 1)) for o in f[2:]]
            cur["poll"] = (parse_time(f[0]), int(f[1]), [(t, int(n)) for t, n in opts])
        elif cur is not None and not cur["text"] and line.startswith("cw: "):
            cur["cw"] = line[4:]
        elif cur is not None and not cur["text"] and line.startswith("card: "):
            cur["card"] = [x.strip() for x in line[6:].split("|")]
        elif cur is not None:
            cur["text"].append(line)
    for p in posts:
        while p["text"] and not p["text"][-1].strip():
            p["text"].pop()
        text = "\n".join(p["text"])
        assert len(text) <= 500, (p["id"], len(text))
        p["raw"] = text
    return saved, accounts, posts


def acct_url(acct):
    if "@" in acct:
        user, dom = acct.split("@")
        return "https://%s/@%s" % (dom, user)
    return "%s/@%s" % (HOST, acct)


def content_html(p, accounts):
    """Status content as the server renders it, after the web app has worked on it."""
    paras = re.split(r"\n\s*\n", p["raw"])
    tags = []
    if paras and all(re.fullmatch(r"#\w+", w) for w in paras[-1].split()):
        tags = paras[-1].split()
        paras = paras[:-1]
    out = []
    for para in paras:
        lines = []
        for line in para.split("\n"):
            h = esc(line)
            h = re.sub(r"(?<![\w/])#(\w+)", lambda m: '<a href="%s/tags/%s" class="mention hashtag status-link" rel="tag">#<span>%s</span></a>' % (HOST, m.group(1).lower(), m.group(1)), h)

            def men(m):
                acct = m.group(1)
                user = acct.split("@")[0]
                return ('<span class="h-card" translate="no"><a href="%s" class="u-url mention status-link" '
                        'title="@%s">@<span>%s</span></a></span>' % (acct_url(acct), acct, user))
            h = re.sub(r"(?<![\w@])@([a-z0-9_]+(?:@[a-z0-9.]+)?)", men, h)
            lines.append(emojify(h))
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(out), tags


def display_name(acct, accounts):
    return emojify(esc(accounts[acct]["name"]))


def avatar(acct, accounts, size=46):
    return ('<div class="account__avatar" style="width: %dpx; height: %dpx;"><img src="%s/%s.png" alt=""></div>'
            % (size, size, FILES, accounts[acct]["avatar"]))


def short_acct(acct):
    return "@" + acct


def counter(n):
    return ('<span class="icon-button__counter"><span class="animated-number"><span style="position: static;">'
            '<span>%d</span></span></span></span>' % n)


def screen_reader(p, accounts):
    body = p["cw"] if p["cw"] else re.sub(r"\s+", " ", p["raw"])
    return "%s, %s, %s, %s" % (accounts[p["acct"]]["name"], body, full(p["at"]), p["acct"])


def media_html(p):
    out = []
    for kind, fn, alt, size in p["media"]:
        w, h = [int(x) for x in size.split("x")]
        mid = str(int(p["id"]) - 1733)
        ext = fn.rsplit(".", 1)[1]
        fn = hashlib.sha1(fn.encode("utf-8")).hexdigest()[:16] + "." + ext
        remote = "https://files.mastodon.social/media_attachments/files/%s/original/%s" % (
            "/".join(mid[i:i + 3] for i in range(0, 18, 3)), fn)
        out.append('<div class="media-gallery" style="aspect-ratio: %d / %d;">'
                   '<div class="media-gallery__item media-gallery__item--tall media-gallery__item--wide" '
                   'style="inset: auto; width: 100%%; height: 100%%;">'
                   '<canvas class="media-gallery__preview media-gallery__preview--hidden" width="32" height="32"></canvas>'
                   '<a class="media-gallery__item-thumbnail" href="%s" target="_blank" rel="noopener noreferrer">'
                   '<img src="%s/%s" alt="%s" title="%s" lang="en" style="object-position: 50%% 50%%;"></a>'
                   '<div class="media-gallery__item__badges"><button class="media-gallery__alt__label" type="button">ALT</button></div>'
                   '</div></div>' % (w, h, remote, FILES, fn, attr(alt), attr(alt)))
    return "".join(out)


def poll_html(p):
    closes, people, opts = p["poll"]
    total = sum(n for _, n in opts)
    top = max(n for _, n in opts)
    items = []
    for text, n in opts:
        pct = int(round(100.0 * n / total))
        lead = " poll__chart--leading" if n == top else ""
        mark = ('<span class="poll__voted"><svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 -960 960 960" width="24" class="icon icon-check poll__voted__mark" aria-hidden="true"><path d="%s"></path></svg></span>' % ICONS["check"]) if n == top else ""
        items.append('<li><label class="poll__option"><span class="poll__number">%d%%</span>'
                     '<span class="poll__option__text translate" lang="en">%s</span>%s</label>'
                     '<span class="poll__chart%s" style="width: %d%%;"></span></li>'
                     % (pct, esc(text), mark, lead, pct))
    return ('<div class="poll"><ul>%s</ul><div class="poll__footer"><span>%d people</span> · '
            '<span>Closed</span></div></div>' % ("".join(items), people))


def card_html(p):
    url, host, title, desc, date = p["card"]
    d = datetime.datetime.strptime(date, "%Y-%m-%d")
    return ('<a href="%s" class="status-card" target="_blank" rel="noopener noreferrer">'
            '<div class="status-card__image"><canvas class="status-card__image-preview" width="32" height="32"></canvas>'
            '<img src="%s/pib-og-image.jpg" alt="" class="status-card__image-image" style="aspect-ratio: 1.91 / 1;"></div>'
            '<div class="status-card__content"><span class="status-card__host"><span lang="en">%s</span> · '
            '<time datetime="%sT00:00:00.000Z" title="%s, 05:30">%s</time></span>'
            '<strong class="status-card__title" title="%s" lang="en">%s</strong>'
            '<span class="status-card__description" lang="en">%s</span></div></a>'
            % (attr(url), FILES, esc(host), date, d.strftime("%b %d, %Y"), d.strftime("%b %d, %Y"),
               attr(title), esc(title), esc(desc)))


def status_content(p, accounts, detailed):
    body, tags = content_html(p, accounts)
    lang = p["lang"]
    extra = ""
    if p["cw"]:
        inner = ('<p><span class="translate" lang="%s">%s</span> <button type="button" '
                 'class="status__content__spoiler-link status__content__spoiler-link--show-less" '
                 'aria-expanded="true">Show less</button></p>'
                 '<div tabindex="0" class="status__content__text status__content__text--visible translate" lang="%s">%s</div>'
                 % (lang, esc(p["cw"]), lang, body))
        cls = "status__content status__content--with-action status__content--with-spoiler"
    else:
        inner = ('<div class="status__content__text status__content__text--visible translate" lang="%s">%s</div>'
                 % (lang, body))
        cls = "status__content" if detailed else "status__content status__content--with-action"
    if lang != "en":
        inner += '<button type="button" class="status__content__translate-button">Translate</button>'
    out = '<div class="%s" tabindex="0">%s</div>' % (cls, inner)
    if p["poll"]:
        out += poll_html(p)
    if p["media"]:
        out += media_html(p)
    if p["card"]:
        out += card_html(p)
    if tags:
        out += '<div class="hashtag-bar">%s</div>' % "".join(
            '<a href="/tags/%s">#<span>%s</span></a>' % (t[1:].lower(), t[1:]) for t in tags)
    return out


def status_url(p):
    acct = p["acct"]
    if "@" in acct:
        return "%s/@%s/%s" % (HOST, acct, p["id"])
    return "%s/@%s/%s" % (HOST, acct, p["id"])


def detailed(p, accounts, replies):
    a = p["acct"]
    edited = ""
    if p["edited"]:
        edited = ('·<button class="dropdown-menu__text-button">Edited %s %s</button>'
                  % (short_edit(p["edited"]), svg("caret-down")))
    return (
        '<div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="-1" aria-label="%s">'
        '<div class="detailed-status">'
        '<a href="/@%s" data-hover-card-account="%s" class="detailed-status__display-name">'
        '<div class="detailed-status__display-avatar">%s</div>'
        '<span class="display-name"><bdi><strong class="display-name__html">%s</strong></bdi>'
        '<span class="display-name__account">%s</span></span></a>'
        '%s'
        '<div class="detailed-status__meta"><div class="detailed-status__meta__line">'
        '<a class="detailed-status__datetime" href="%s" target="_blank" rel="noopener noreferrer">'
        '<time datetime="%s" title="%s">%s</time></a>%s·<span class="detailed-status__visibility-icon">%s</span></div>'
        '<div class="detailed-status__meta__line">'
        '<a class="detailed-status__link" href="/@%s/%s/reblogs"><span class="detailed-status__reblogs">'
        '<span class="animated-number"><span style="position: static;"><span>%d</span></span></span></span>'
        '<span>boosts</span></a>·'
        '<a class="detailed-status__link" href="/@%s/%s/favourites"><span class="detailed-status__favorites">'
        '<span class="animated-number"><span style="position: static;"><span>%d</span></span></span></span>'
        '<span>favorites</span></a></div></div></div>'
        '<div class="detailed-status__action-bar">'
        '<div class="detailed-status__button"><button type="button" aria-label="Reply" title="Reply" class="icon-button" tabindex="0">%s</button></div>'
        '<div class="detailed-status__button"><button type="button" aria-label="Boost" title="Boost" class="icon-button" tabindex="0">%s</button></div>'
        '<div class="detailed-status__button"><button type="button" aria-label="Favorite" title="Favorite" class="icon-button star-icon" tabindex="0">%s</button></div>'
        '<div class="detailed-status__button"><button type="button" aria-label="Bookmark" title="Bookmark" class="icon-button bookmark-icon" tabindex="0">%s</button></div>'
        '<div class="detailed-status__action-bar-dropdown"><button type="button" aria-label="More" title="More" class="icon-button" tabindex="0">%s</button></div>'
        '</div></div>'
        % (attr(screen_reader(p, accounts)), a, accounts[a]["id"], avatar(a, accounts),
           display_name(a, accounts), short_acct(a), status_content(p, accounts, True),
           status_url(p), iso(p["at"]), full(p["at"]), full(p["at"]), edited, svg("globe"),
           a, p["id"], p["boosts"], a, p["id"], p["favs"],
           svg("reply"), svg("retweet"), svg("star"), svg("bookmark"), svg("ellipsis-h")))


def status(p, accounts, replies, pos, size):
    a = p["acct"]
    href = "/@%s" % a
    rep = replies.get(p["id"], 0)
    return (
        '<article data-id="%s" aria-posinset="%d" aria-setsize="%d"><div tabindex="-1">'
        '<div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="%s">'
        '<div class="status status-public" data-id="%s">'
        '<div class="status__info"><a href="%s" class="status__relative-time" target="_blank" rel="noopener noreferrer">'
        '<span class="status__visibility-icon">%s</span><time datetime="%s" title="%s">%s</time></a>'
        '<a href="%s" title="%s" data-hover-card-account="%s" class="status__display-name" target="_blank" rel="noopener noreferrer">'
        '<div class="status__avatar">%s</div><span class="display-name"><bdi><strong class="display-name__html">%s</strong></bdi> '
        '<span class="display-name__account">%s</span></span></a></div>'
        '%s'
        '<div class="status__action-bar">'
        '<button type="button" aria-label="Reply" aria-hidden="false" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter" tabindex="0">%s%s</button>'
        '<button type="button" aria-label="Boost" aria-hidden="false" title="Boost" class="status__action-bar__button boost-icon icon-button icon-button--with-counter" tabindex="0">%s%s</button>'
        '<button type="button" aria-label="Favorite" aria-hidden="false" title="Favorite" class="status__action-bar__button star-icon icon-button icon-button--with-counter" tabindex="0">%s%s</button>'
        '<button type="button" aria-label="Bookmark" aria-hidden="false" title="Bookmark" class="status__action-bar__button bookmark-icon icon-button" tabindex="0">%s</button>'
        '<div class="status__action-bar__dropdown"><button type="button" aria-label="More" aria-hidden="false" title="More" class="icon-button" tabindex="0">%s</button></div>'
        '</div></div></div></div></article>'
        % (p["id"], pos, size, attr(screen_reader(p, accounts)), p["id"], status_url(p), svg("globe"),
           iso(p["at"]), full(p["at"]), p["at"].astimezone(IST).strftime("%b %d"),
           href, "@" + a, accounts[a]["id"], avatar(a, accounts), display_name(a, accounts), short_acct(a),
           status_content(p, accounts, False),
           svg("reply"), counter(rep), svg("retweet"), counter(p["boosts"]),
           svg("star"), counter(p["favs"]), svg("bookmark"), svg("ellipsis-h")))


LINK_FOOTER = (
    '<div class="link-footer"><p><strong>mastodon.social</strong>: '
    '<a href="/about">About</a><span aria-hidden="true"> · </span>'
    '<a href="https://status.mastodon.social" target="_blank">Status</a><span aria-hidden="true"> · </span>'
    '<a href="/privacy-policy" rel="privacy-policy">Privacy policy</a></p>'
    '<p><strong>Mastodon</strong>: <a href="https://joinmastodon.org" target="_blank">About</a>'
    '<span aria-hidden="true"> · </span><a href="https://joinmastodon.org/apps" target="_blank">Get the app</a>'
    '<span aria-hidden="true"> · </span><a href="/keyboard-shortcuts">Keyboard shortcuts</a>'
    '<span aria-hidden="true"> · </span><a href="https://github.com/mastodon/mastodon" rel="noopener noreferrer" target="_blank">View source code</a>'
    '<span aria-hidden="true"> · </span><span class="version">v4.3.8</span></p></div>')

SIGN_IN = (
    '<div class="sign-in-banner"><p><strong>Mastodon is the best way to keep up with what\'s happening.</strong></p>'
    '<p>Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.</p>'
    '<a href="https://mastodon.social/auth/sign_up" class="button button--block">Create account</a>'
    '<a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div>')

LOGO = ('<svg viewBox="0 0 261 66" class="logo logo--wordmark" role="img"><title>Mastodon</title>'
        '<use xlink:href="#logo-symbol-wordmark"></use></svg>')

LANGS = [["aa", "Afar", "Afaraf"], ["ab", "Abkhaz", "аҧсуа бызшәа"], ["af", "Afrikaans", "Afrikaans"],
         ["ar", "Arabic", "اللغة العربية"], ["as", "Assamese", "অসমীয়া"], ["bn", "Bengali", "বাংলা"],
         ["de", "German", "Deutsch"], ["en", "English", "English"], ["es", "Spanish", "Español"],
         ["fr", "French", "Français"], ["gu", "Gujarati", "ગુજરાતી"], ["hi", "Hindi", "हिन्दी"],
         ["kn", "Kannada", "ಕನ್ನಡ"], ["ml", "Malayalam", "മലയാളം"], ["mr", "Marathi", "मराठी"],
         ["ne", "Nepali", "नेपाली"], ["no", "Norwegian", "Norsk"], ["or", "Oriya", "ଓଡ଼ିଆ"],
         ["pa", "Panjabi", "ਪੰਜਾਬੀ"], ["ru", "Russian", "Русский"], ["sa", "Sanskrit", "संस्कृतम्"],
         ["ta", "Tamil", "தமிழ்"], ["te", "Telugu", "తెలుగు"], ["ur", "Urdu", "اردو"],
         ["zh", "Chinese", "中文"], ["zh-TW", "Chinese (Taiwan)", "繁體中文（臺灣）"]]


def initial_state():
    state = {
        "meta": {"access_token": None, "activity_api_enabled": True, "admin": None,
                 "domain": "mastodon.social", "limited_federation_mode": False, "locale": "en",
                 "mascot": None, "profile_directory": True, "registrations_open": True,
                 "repository": "mastodon/mastodon", "search_enabled": True,
                 "single_user_mode": False, "source_url": "https://github.com/mastodon/mastodon",
                 "sso_redirect": None, "status_page_url": "https://status.mastodon.social",
                 "streaming_api_base_url": "wss://streaming.mastodon.social",
                 "timeline_preview": False, "title": "Mastodon", "trends_as_landing_page": True,
                 "trends_enabled": True, "version": "4.3.8", "auto_play_gif": False,
                 "display_media": "default", "reduce_motion": False, "use_blurhash": True},
        "compose": {"text": ""},
        "accounts": {},
        "media_attachments": {"accept_content_types": [
            ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".avif", ".webm", ".mp4",
            ".m4v", ".mov", ".ogg", ".oga", ".mp3", ".wav", ".flac", ".opus", ".aac", ".m4a", ".3gp",
            ".wma", "image/jpeg", "image/png", "image/gif", "image/heic", "image/heif", "image/webp",
            "image/avif", "video/webm", "video/mp4", "video/quicktime", "video/ogg", "audio/wave",
            "audio/wav", "audio/x-wav", "audio/x-pn-wave", "audio/vnd.wave", "audio/ogg",
            "audio/vorbis", "audio/mpeg", "audio/mp3", "audio/webm", "audio/flac", "audio/aac",
            "audio/m4a", "audio/x-m4a", "audio/mp4", "audio/3gpp", "video/x-ms-asf"]},
        "settings": {},
        "languages": LANGS,
        "features": [],
        "push_subscription": None,
        "role": None,
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def build():
    saved, accounts, posts = read_source()
    head_post = posts[0]
    replies = {}
    for p in posts:
        if p["reply_to"]:
            replies[p["reply_to"]] = replies.get(p["reply_to"], 0) + 1
    first_line = head_post["raw"].split("\n")[0]
    snippet = first_line if len(first_line) <= 30 else first_line[:29].rstrip() + "…"
    author = accounts[head_post["acct"]]["name"]
    title = '%s: "%s" - Mastodon' % (author, snippet)
    plain = re.sub(r"\s+", " ", head_post["raw"])
    og_desc = plain if len(plain) <= 160 else plain[:159] + "…"
    url = status_url(head_post)

    body_statuses = [detailed(head_post, accounts, replies)]
    rest = posts[1:]
    for n, p in enumerate(rest, 1):
        body_statuses.append(status(p, accounts, replies, n, len(rest)))

    ui = (
        '<div class="notranslate app-holder" data-props="{&quot;locale&quot;:&quot;en&quot;}" id="mastodon">'
        '<div tabindex="-1"><div class="ui"><div class="columns-area__panels">'
        '<div class="columns-area__panels__pane columns-area__panels__pane--compositional">'
        '<div class="columns-area__panels__pane__inner"><div class="compose-panel">'
        '<div class="search"><label><span style="display: none;">Search</span>'
        '<input class="search__input" type="text" placeholder="Search" aria-label="Search" dir="auto" value=""></label>'
        '<div class="search__icon">%s</div></div>%s<div class="flex-spacer"></div></div></div></div>'
        '<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div>'
        '<div class="columns-area columns-area--mobile"><div role="region" aria-label="Post" class="column">'
        '<div class="column-header__wrapper"><h1 class="column-header"><div class="column-header__title-wrapper">'
        '<button class="column-header__back-button">%s<span>Back</span></button>'
        '<div class="column-header__buttons"><button class="column-header__button" title="Hide all" aria-label="Hide all" aria-pressed="false">%s</button></div>'
        '</div></h1></div>'
        '<div class="scrollable"><div>%s</div></div></div></div></div>'
        '<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational">'
        '<div class="columns-area__panels__pane__inner"><div class="navigation-panel">'
        '<div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/">%s</a></div>'
        '<a class="column-link column-link--transparent" href="/explore" title="Explore">%s<span>Explore</span></a>'
        '<a class="column-link column-link--transparent" href="/public/local" title="Live feeds">%s<span>Live feeds</span></a>'
        '<div class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about" title="About">%s<span>About</span></a></div>'
        '<div class="flex-spacer"></div>%s</div></div></div></div>'
        '<div class="upload-area" style="visibility: hidden; opacity: 0;"><div class="upload-area__drop">'
        '<div class="upload-area__background" style="transform: scale(0.95);"></div>'
        '<div class="upload-area__content">Drag &amp; drop to upload</div></div></div>'
        '<div role="dialog" class="modal-root"><div style="opacity: 0;"></div></div></div></div></div>'
        % (svg("explore"), SIGN_IN, svg("chevron-left"), svg("sliders"), "".join(body_statuses),
           LOGO, svg("explore"), svg("globe-alt"), svg("ellipsis-v"), LINK_FOOTER))

    f = FILES
    head = "\n".join([
        '<!DOCTYPE html>',
        '<html class="no-reduce-motion" lang="en"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">',
        '<meta charset="utf-8">',
        '<meta content="width=device-width, initial-scale=1" name="viewport">',
        '<link href="%s/favicon-16x16-c58fdef40ced38d582d5b8eed9d15c5a.png" rel="icon" sizes="16x16" type="image/png">' % f,
        '<link href="%s/favicon-32x32-249409a6d9f300112c51af514d863112.png" rel="icon" sizes="32x32" type="image/png">' % f,
        '<link href="%s/apple-touch-icon-180x180-3c3ec2ea0a0bd5d0d7b0edb4d1ad4a11.png" rel="apple-touch-icon" sizes="180x180">' % f,
        '<link color="#6364FF" href="https://mastodon.social/packs/media/images/logo-symbol-icon-de412ab2d4a2e1b2f5bd9a2b12a61a8b.svg" rel="mask-icon">',
        '<link href="https://mastodon.social/manifest" rel="manifest">',
        '<meta name="theme-color" content="#191b22">',
        '<meta content="yes" name="mobile-web-app-capable">',
        '<title>%s</title>' % esc(title),
        '<link rel="stylesheet" crossorigin="anonymous" href="%s/default-b4389951.css" media="all">' % f,
        '<link rel="stylesheet" crossorigin="anonymous" href="%s/inert-3a4f6c8b.css" media="all">' % f,
        '<script src="%s/common-9c2d1f7e.js" crossorigin="anonymous" type="module"></script>' % f,
        '<script src="%s/application-5f0e4b21.js" crossorigin="anonymous" type="module"></script>' % f,
        '<script src="%s/locale-en-json-1e2a3b4c.js" crossorigin="anonymous" type="module"></script>' % f,
        '<meta content="mOq8nD3vZk7b0sX1yR2wEA==" name="style-nonce" id="style-nonce">',
        '<link rel="stylesheet" media="all" href="%s/custom.css">' % f,
        '<link href="https://mastodon.social/@%s/%s" rel="alternate" type="application/activity+json">' % (head_post["acct"], head_post["id"]),
        '<meta content="Mastodon" property="og:site_name">',
        '<meta content="article" property="og:type">',
        '<meta content="%s" property="og:url">' % attr(url),
        '<meta content="%s (@%s@mastodon.social)" property="og:title">' % (attr(author), head_post["acct"]),
        '<meta content="%s" name="description">' % attr(og_desc),
        '<meta content="%s" property="og:description">' % attr(og_desc),
        '<meta content="%s" property="og:published_time">' % iso(head_post["at"]),
        '<meta content="summary_large_image" property="twitter:card">',
        '<meta content="@%s@mastodon.social" property="profile:username">' % head_post["acct"],
        '<script type="application/json" id="initial-state">%s</script>' % initial_state(),
        '<script src="%s/inert-ef1e9b4c.js" crossorigin="anonymous" type="module"></script>' % f,
        '</head>',
    ])
    body = ('<body class="app-body theme-default no-reduce-motion layout-single-column">\n'
            + ui + '\n'
            '<div aria-hidden="true" id="modal-container"></div>\n'
            '<noscript>\n<img alt="Mastodon" src="%s/logo-symbol-icon-de412ab2d4a2e1b2f5bd9a2b12a61a8b.svg">\n'
            '<div>\nTo use the Mastodon web application, please enable JavaScript. Alternatively, try one of the '
            '<a href="https://joinmastodon.org/apps">native apps</a> for Mastodon for your platform.\n</div>\n'
            '</noscript>\n\n\n</body></html>' % f)
    return head + "\n" + body


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, NAME + ".html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(build())


if __name__ == "__main__":
    main()
