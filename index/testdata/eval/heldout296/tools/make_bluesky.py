#!/usr/bin/python3
"""Make docs/bluesky-govt-of-india-act-1858-thread.html from tools/bluesky-govt-of-india-act-1858-thread.txt.

The document is a Bluesky thread as the bsky.app web client renders it, saved from Chrome with
"Save Page As... > Webpage, Complete" (so the DOM as it stood, not the server's HTML): the
"saved from url" mark, the head with bskyweb's meta and Open Graph tags for the post, the
react-native-web stylesheet of atomic classes, script and font links pointing into the
"_files" folder Chrome writes beside the page (the set does not hold it), the noscript notice,
and in #root the three-column desktop layout: the left nav (Home, Explore, Notifications,
Chat, Feeds, Lists, Saved, Profile, Settings, New Post), the centre column with the "Post"
header, the anchor post (big text, the full date as niceDate prints it for an en-IN browser,
"Everybody can reply", repost/quote/like/save counts with their -expanded test ids and the big
controls), the author's self-thread and the other replies as thread items (avatar, name,
handle, a relative time "1mo" whose data-tooltip holds the full date, postText, embeds, the
reply/repost/like/bookmark/share/menu controls with their data-testid and aria-label counts),
a deleted-post tombstone, image embeds with alt text and the ALT badge, a quote-post embed, and
the right column (search box, Discover/Following feeds, trending topics, footer links).
Post keys are real TIDs made from the post times; CIDs are made from the content.
Everything is react-native-web "div soup": css-175oi2r views, css-146c3p1 texts with inline
font styles, r-... atomic classes.

Run from anywhere: /usr/bin/python3 tools/make_bluesky.py  (output is byte-for-byte stable)
"""
import hashlib
import html
import os
import re
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bluesky-govt-of-india-act-1858-thread.txt")
OUT = os.path.join(HERE, "..", "docs", "bluesky-govt-of-india-act-1858-thread.html")
FILES = "./bluesky-govt-of-india-act-1858-thread_files"
IST = timezone(timedelta(hours=5, minutes=30))
SAVED = datetime(2025, 9, 12, 21, 14, tzinfo=IST)
VIEWER = ("Ananya R", "ananya-r.bsky.social", "did:plc:a9n2y4r6q8w0e1t3u5i7o9pl")
S32 = "234567abcdefghijklmnopqrstuvwxyz"
V, T, TS = "css-175oi2r", "css-146c3p1", "css-1jxf684"
FONT = ("font-family: InterVariable, system-ui, -apple-system, BlinkMacSystemFont, &quot;Segoe UI&quot;, "
        "Roboto, Helvetica, Arial, sans-serif, &quot;Apple Color Emoji&quot;, &quot;Segoe UI Emoji&quot;; "
        "font-variant: no-contextual;")
INK, GREY, BLUE = "rgb(11, 15, 20)", "rgb(66, 87, 108)", "rgb(16, 131, 254)"
BORDER = "rgb(212, 219, 226)"


def tstyle(size, line, color=INK, weight=None, extra=""):
    w = " font-weight: %s;" % weight if weight else ""
    return ('font-size: %.1fpx; letter-spacing: 0px; color: %s; line-height: %spx; %s%s%s'
            % (size, color, line, FONT, w, extra)).replace(".0px", "px")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- identifiers

def tid(dt, clock):
    micros = int(dt.timestamp()) * 1000000 + (clock * 7919) % 1000000
    n = (micros << 10) | (clock % 1024)
    out = ""
    for _ in range(13):
        out = S32[n & 31] + out
        n >>= 5
    return out


def cid(*key):
    h = hashlib.sha256("|".join(key).encode()).digest()
    bits = "".join("{:08b}".format(b) for b in h)
    return "bafkrei" + "".join(S32[int(bits[i:i + 5].ljust(5, "0"), 2)] for i in range(0, 260, 5))[:52]


def nice_date(dt):
    """niceDate() for an en-IN browser: '2 August 2025 at 9:30 am'."""
    hour = dt.hour % 12 or 12
    return "%d %s %d at %d:%02d %s" % (dt.day, dt.strftime("%B"), dt.year, hour, dt.minute,
                                        "am" if dt.hour < 12 else "pm")


def ago(dt):
    days = (SAVED - dt).days
    if days >= 30:
        return "%dmo" % (days // 30)
    return "%dd" % days


def count(n):
    return "%d" % n if n < 1000 else "%.1fK" % (n / 1000.0)


# ---------------------------------------------------------------- source

def read_source():
    users, posts, images, quoted, order = {}, {}, {}, {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("#"):
            continue
        if line.startswith("@user "):
            key, rest = line[6:].split("|", 1)
            name, handle, did = rest.rsplit("|", 2)
            users[key] = (name, handle, did)
            cur = None
        elif line.startswith("@image "):
            _, key, w, h = line.split()
            cur = images.setdefault(key, {"w": int(w), "h": int(h), "lines": []})
        elif line.startswith("@quoted "):
            _, key, user, when = line.split()
            cur = quoted.setdefault(key, {"user": user, "when": when, "lines": []})
        elif line.startswith("@post "):
            parts = line.split()
            post = {"id": parts[1], "user": parts[2], "when": parts[3], "lines": [], "deleted": False}
            for p in parts[4:]:
                if p == "deleted":
                    post["deleted"] = True
                else:
                    k, v = p.split("=")
                    post[k] = int(v) if v.isdigit() else v
            posts[post["id"]] = post
            order.append(post["id"])
            cur = post
        elif cur is not None:
            cur["lines"].append(line)
    for d in list(posts.values()) + list(images.values()) + list(quoted.values()):
        d["text"] = "\n".join(d.pop("lines")).strip("\n")
    for p in posts.values():
        p["dt"] = datetime.strptime(p["when"], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
        p["replies"] = sum(1 for q in posts.values() if q.get("parent") == p["id"])
    for q in quoted.values():
        q["dt"] = datetime.strptime(q["when"], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    for n, key in enumerate(order):
        posts[key]["rkey"] = tid(posts[key]["dt"], n + 3)
    for n, q in enumerate(quoted.values()):
        q["rkey"] = tid(q["dt"], n + 40)
    return users, posts, images, quoted, order


# ---------------------------------------------------------------- pieces of markup

def svg(path, size, color):
    return ('<svg fill="none" width="%d" viewBox="0 0 24 24" height="%d" style="color: %s; pointer-events: none;">'
            '<path fill="%s" fill-rule="evenodd" clip-rule="evenodd" d="%s"></path></svg>'
            % (size, size, color, color, path))


ICONS = {
    "reply": "M2.002 6a3 3 0 0 1 3-3h14a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H12.28l-4.762 2.858A1 1 0 0 1 6.002 21v-2h-1a3 3 0 0 1-3-3V6Zm3-1a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h2a1 1 0 0 1 1 1v1.234l3.486-2.092a1 1 0 0 1 .514-.142h7a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1h-14Z",
    "repost": "M17.957 2.293a1 1 0 1 0-1.414 1.414L17.836 5H6a3 3 0 0 0-3 3v3a1 1 0 1 0 2 0V8a1 1 0 0 1 1-1h11.836l-1.293 1.293a1 1 0 0 0 1.414 1.414l2.47-2.47a1.75 1.75 0 0 0 0-2.474l-2.47-2.47ZM20 12a1 1 0 0 1 1 1v3a3 3 0 0 1-3 3H6.164l1.293 1.293a1 1 0 1 1-1.414 1.414l-2.47-2.47a1.75 1.75 0 0 1 0-2.474l2.47-2.47a1 1 0 0 1 1.414 1.414L6.164 17H18a1 1 0 0 0 1-1v-3a1 1 0 0 1 1-1Z",
    "like": "M16.734 5.091c-1.238-.276-2.708.047-4.022 1.38a1 1 0 0 1-1.424 0C9.974 5.137 8.504 4.814 7.266 5.09c-1.263.282-2.379 1.206-2.92 2.556C3.33 10.18 4.252 14.84 12 19.348c7.747-4.508 8.67-9.168 7.654-11.7-.541-1.351-1.657-2.275-2.92-2.557Zm4.777 1.812c1.604 4-.494 9.69-9.022 14.47a1 1 0 0 1-.978 0C2.983 16.592.885 10.902 2.49 6.902c.779-1.942 2.414-3.334 4.342-3.764 1.697-.378 3.552.003 5.169 1.286 1.617-1.283 3.472-1.664 5.17-1.286 1.927.43 3.562 1.822 4.34 3.764Z",
    "bookmark": "M5 4a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v16.028c0 1.22-1.38 1.93-2.372 1.221L12 17.944l-4.628 3.305C6.38 21.957 5 21.248 5 20.028V4Zm2 0v15.057l4.419-3.157a1 1 0 0 1 1.162 0L17 19.057V4H7Z",
    "share": "M12.707 3.293a1 1 0 0 0-1.414 0l-4.5 4.5a1 1 0 0 0 1.414 1.414L11 6.414v8.836a1 1 0 1 0 2 0V6.414l2.793 2.793a1 1 0 1 0 1.414-1.414l-4.5-4.5ZM5 12.75a1 1 0 1 0-2 0V20a1 1 0 0 0 1 1h16a1 1 0 0 0 1-1v-7.25a1 1 0 1 0-2 0V19H5v-6.25Z",
    "dots": "M2 12a2 2 0 1 1 4 0 2 2 0 0 1-4 0Zm16 0a2 2 0 1 1 4 0 2 2 0 0 1-4 0Zm-6-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",
    "back": "M3.293 11.293a1 1 0 0 0 0 1.414l7 7a1 1 0 0 0 1.414-1.414L6.414 13H20a1 1 0 1 0 0-2H6.414l5.293-5.293a1 1 0 0 0-1.414-1.414l-7 7Z",
    "trash": "M7.416 5H3a1 1 0 0 0 0 2h1.064l.938 14.067A1 1 0 0 0 6 22h12a1 1 0 0 0 .998-.933L19.936 7H21a1 1 0 1 0 0-2h-4.416a5 5 0 0 0-9.168 0Zm2.348 0h4.472c-.55-.614-1.348-1-2.236-1-.888 0-1.687.386-2.236 1Zm6.087 2H6.07l.867 13h10.128l.867-13h-2.036a1 1 0 0 1-.044 0ZM10 10a1 1 0 0 1 1 1v5a1 1 0 1 1-2 0v-5a1 1 0 0 1 1-1Zm4 0a1 1 0 0 1 1 1v5a1 1 0 1 1-2 0v-5a1 1 0 0 1 1-1Z",
    "globe": "M4.062 11h2.961c.103-2.204.545-4.218 1.235-5.77.06-.136.123-.269.188-.399A8.007 8.007 0 0 0 4.062 11ZM12 2C6.477 2 2 6.477 2 12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2Zm0 2c-.227 0-.518.1-.868.432-.354.337-.719.872-1.047 1.61-.561 1.263-.958 2.991-1.06 4.958h5.95c-.102-1.967-.499-3.695-1.06-4.958-.328-.738-.693-1.273-1.047-1.61C12.518 4.099 12.227 4 12 4Z",
}


def avatar(user, size, users):
    name, handle, did = users[user] if isinstance(user, str) else user
    src = "%s/%s@jpeg" % (FILES, cid("avatar", did))
    return ('<div class="%s" style="width: %dpx; height: %dpx;"><button aria-label="%s\'s avatar" '
            'aria-pressed="false" role="button" tabindex="0" class="%s r-1loqt21 r-1otgn73" type="button">'
            '<div class="%s" data-testid="userAvatarImage" style="width: %dpx; height: %dpx; border-radius: 999px; '
            'overflow: hidden; background-color: rgb(30, 41, 54);"><div class="%s r-1mlwlqe r-1udh08x r-417010" '
            'style="width: %dpx; height: %dpx;"><div class="%s r-1niwhzg r-vvn4in r-u6sd8q r-1p0dtai r-1pi2tsx '
            'r-1d2f490 r-u8s1d r-zchlnj r-ipm5af r-13qz1uu r-1wyyakw r-4gszlv" style="background-image: url(&quot;%s'
            '&quot;);"></div><img alt="" draggable="false" src="%s" class="css-9pa8cd"></div></div></button></div>'
            % (V, size, size, attr(name), V, V, size, size, V, size, size, V, src, src))


def rich(text, size, line, testid=True):
    """postText: plain text with literal newlines (white-space: pre-wrap) and #hashtag links."""
    out, pos = [], 0
    for m in re.finditer(r"(?<![\w#])#([A-Za-z][A-Za-z0-9_]*)", text):
        out.append(esc(text[pos:m.start()]))
        out.append('<a href="/hashtag/%s" role="link" class="%s r-1loqt21" style="%s" data-no-underline="1">#%s</a>'
                   % (m.group(1), T, tstyle(size, line, BLUE), esc(m.group(1))))
        pos = m.end()
    out.append(esc(text[pos:]))
    tid_attr = ' data-testid="postText"' if testid else ""
    return ('<div dir="auto"%s class="%s r-1xnzce8" style="%s">%s</div>'
            % (tid_attr, T, tstyle(size, line, INK, extra=" flex: 1 1 0%;"), "".join(out)))


def control(testid, label, icon, n, color=GREY, big=False, count_id=None):
    size = 22 if big else 18
    text = ""
    if n:
        cid_attr = ' data-testid="%s"' % count_id if count_id else ""
        text = ('<div dir="auto"%s class="%s r-lrvibr" style="%s">%s</div>'
                % (cid_attr, T, tstyle(15 if not big else 16, 20, color, extra=" user-select: none;"), count(n)))
    return ('<div class="%s" style="flex: 1 1 0%%; align-items: flex-start;"><button aria-label="%s" '
            'aria-pressed="false" role="button" tabindex="0" data-testid="%s" class="%s r-1loqt21 r-1otgn73" '
            'type="button" style="flex-direction: row; align-items: center; gap: 4px; border-radius: 999px; '
            'padding: 5px;">%s%s</button></div>' % (V, attr(label), testid, V, svg(ICONS[icon], size, color), text))


def plural(n, one, other):
    return "%d %s" % (n, one if n == 1 else other)


def controls(post, big=False):
    reps = post.get("reposts", 0) + post.get("quotes", 0)
    likes = post.get("likes", 0)
    left = (control("replyBtn", "Reply (%s)" % plural(post["replies"], "reply", "replies"), "reply",
                    post["replies"], big=big)
            + control("repostBtn", "Repost or quote post (%s)" % plural(reps, "repost", "reposts"), "repost",
                      reps, big=big, count_id="repostCount")
            + control("likeBtn", "Like (%s)" % plural(likes, "like", "likes"), "like", likes, big=big,
                      count_id="likeCount"))
    right = ""
    for testid, label, icon in (("postBookmarkBtn", "Save to bookmarks", "bookmark"),
                                ("postShareBtn", "Open share menu", "share"),
                                ("postDropdownBtn", "Open post options menu", "dots")):
        right += ('<button aria-label="%s" aria-haspopup="%s" aria-expanded="false" role="button" tabindex="0" '
                  'data-testid="%s" class="%s r-1loqt21 r-1otgn73" type="button" style="border-radius: 999px; '
                  'padding: 5px;">%s</button>' % (label, "false" if icon == "bookmark" else "menu", testid, V,
                                                  svg(ICONS[icon], 22 if big else 18, GREY)))
    return ('<div class="%s r-18u37iz r-1wtj0ep r-1awozwy" style="gap: 12px;%s"><div class="%s r-18u37iz '
            'r-13awgt0" style="max-width: 320px;">%s<div class="%s"></div></div><div class="%s r-18u37iz '
            'r-1h0z5md" style="gap: 8px;">%s</div></div>'
            % (V, "" if big else " padding-top: 2px;", V, left, V, V, right))


def image_embed(keys, images, did):
    out = []
    for k in keys:
        img = images[k]
        src = "%s/%s@jpeg" % (FILES, cid("img", did, k))
        ratio = img["w"] / img["h"]
        out.append('<div class="%s" style="margin-top: 8px;"><div class="%s" style="aspect-ratio: %.4f; '
                   'border-radius: 12px; overflow: hidden;"><button aria-label="%s" accessibilityhint="Views full '
                   'image" aria-pressed="false" role="button" tabindex="0" class="%s r-1loqt21 r-1otgn73" '
                   'type="button"><div class="%s r-1mlwlqe r-1udh08x r-417010" style="flex: 1 1 0%%;"><img alt="%s" '
                   'draggable="false" src="%s" class="css-9pa8cd"></div></button><div class="%s" style="position: '
                   'absolute; left: 6px; bottom: 6px; background-color: rgba(0, 0, 0, 0.75); border-radius: 6px; '
                   'padding: 3px 6px;"><div dir="auto" class="%s" style="%s">ALT</div></div></div></div>'
                   % (V, V, ratio, attr(img["text"]), V, V, attr(img["text"]), src, V, T,
                      tstyle(10, 10, "rgb(255, 255, 255)", 800)))
    return "".join(out)


def quote_embed(q, users):
    name, handle, did = users[q["user"]]
    return ('<div class="%s" style="margin-top: 8px;"><div role="link" tabindex="0" aria-label="Post by %s" '
            'class="%s r-1loqt21 r-1otgn73" style="border-width: 1px; border-color: %s; border-radius: 12px; '
            'padding: 12px 12px 8px;"><div class="%s r-18u37iz r-1awozwy" style="gap: 4px; padding-bottom: 4px;">%s'
            '<div dir="auto" class="%s" style="%s">%s</div><div dir="auto" class="%s" style="%s">@%s</div>'
            '<div dir="auto" class="%s" style="%s">\u00b7</div><a href="/profile/%s/post/%s" data-tooltip="%s" '
            'aria-label="%s" role="link" class="%s r-1loqt21" style="%s">%s</a></div>%s</div></div>'
            % (V, attr(name), V, BORDER, V, avatar(q["user"], 16, users), T, tstyle(15, 20, INK, 600), esc(name),
               T, tstyle(15, 20, GREY), handle, T, tstyle(15, 20, GREY), handle, q["rkey"], nice_date(q["dt"]),
               nice_date(q["dt"]), T, tstyle(15, 20, GREY), ago(q["dt"]), rich(q["text"], 15, 20, testid=False)))


def meta_line(post, users):
    name, handle, did = users[post["user"]]
    return ('<div class="%s r-18u37iz r-1wbh5a2" style="gap: 4px; padding-bottom: 2px; align-items: center;">'
            '<div class="%s r-1awozwy r-18u37iz r-1udh08x" style="max-width: 70%%;"><a href="/profile/%s" '
            'aria-label="View profile" role="link" class="%s r-1loqt21" style="%s" data-no-underline="1">%s</a>'
            '<a href="/profile/%s" role="link" class="%s r-1loqt21 r-3s2u2q" style="%s" data-no-underline="1">'
            '&nbsp;@%s</a></div><div dir="auto" aria-hidden="true" class="%s" style="%s">\u00b7</div><a '
            'href="/profile/%s/post/%s" data-tooltip="%s" aria-label="%s" role="link" class="%s r-1loqt21 r-3s2u2q" '
            'style="%s" data-no-underline="1">%s</a></div>'
            % (V, V, handle, T, tstyle(15, 20, INK, 600), esc(name), handle, T, tstyle(15, 20, GREY), handle, T,
               tstyle(15, 20, GREY), handle, post["rkey"], nice_date(post["dt"]), nice_date(post["dt"]), T,
               tstyle(15, 20, GREY), ago(post["dt"])))


def thread_item(post, users, images, quoted, line_above, line_below):
    name, handle, did = users[post["user"]]
    top = ('<div class="%s" style="padding-left: 16px; flex-direction: row; height: 8px;"><div class="%s" '
           'style="width: 42px;">%s</div></div>'
           % (V, V, ('<div class="%s" style="width: 2px; margin-left: auto; margin-right: auto; flex-grow: 1; '
                     'background-color: %s;"></div>' % (V, BORDER)) if line_above else ""))
    if post["deleted"]:
        return ('<div class="%s" style="padding: 0px 16px 16px;">%s<div class="%s r-18u37iz r-1awozwy" '
                'style="padding-top: 12px; padding-bottom: 12px; border-radius: 8px; background-color: rgb(241, '
                '243, 245);"><div class="%s r-18u37iz r-1awozwy" style="width: 42px; justify-content: center;">%s'
                '</div><div dir="auto" class="%s" style="%s">Post has been deleted</div></div></div>'
                % (V, top, V, V, svg(ICONS["trash"], 20, GREY), T, tstyle(15, 20, GREY, 600)))
    embed = ""
    if post.get("images"):
        embed = image_embed(post["images"].split(","), images, did)
    if post.get("quote"):
        embed = quote_embed(quoted[post["quote"]], users)
    below = ('<div class="%s" style="width: 2px; margin: 4px auto 0px; flex-grow: 1; background-color: %s;"></div>'
             % (V, BORDER)) if line_below else ""
    return ('<div class="%s" style="cursor: pointer;"><div role="link" tabindex="0" class="%s r-1loqt21 '
            'r-1otgn73" data-testid="postThreadItem-by-%s" style="padding-left: 16px; padding-right: 16px;">%s'
            '<div class="%s r-18u37iz" style="gap: 12px; padding-bottom: %dpx;"><div class="%s">%s%s</div>'
            '<div class="%s r-13awgt0">%s<div class="%s" style="margin-bottom: 2px;">%s</div>%s%s</div></div>'
            '</div></div>'
            % (V, V, handle, top, V, 4 if line_below else 12, V, avatar(post["user"], 42, users), below, V,
               meta_line(post, users), V, rich(post["text"], 15, 20), embed, controls(post)))


def anchor(post, users, images):
    name, handle, did = users[post["user"]]
    stats = []
    for key, testid, one, other, href in (("reposts", "repostCount-expanded", "repost", "reposts", "reposted-by"),
                                          ("quotes", "quoteCount-expanded", "quote", "quotes", "quotes"),
                                          ("likes", "likeCount-expanded", "like", "likes", "liked-by"),
                                          ("saves", "bookmarkCount-expanded", "save", "saves", "liked-by")):
        n = post.get(key, 0)
        if n:
            stats.append('<a href="/profile/%s/post/%s/%s" aria-label="%s" role="link" class="%s r-1loqt21" '
                         'data-no-underline="1"><div dir="auto" data-testid="%s" class="%s" style="%s"><span '
                         'class="%s" style="%s">%s</span> %s</div></a>'
                         % (handle, post["rkey"], href, {"reposts": "Reposts of this post",
                                                         "quotes": "Quotes of this post",
                                                         "likes": "Likes on this post",
                                                         "saves": "Saves of this post"}[key], T, testid, T,
                            tstyle(16, 20, GREY), TS, tstyle(16, 20, INK, 600), count(n), one if n == 1 else other))
    embed = image_embed(post["images"].split(","), images, did) if post.get("images") else ""
    return ('<div class="%s" data-testid="postThreadItem-by-%s" style="padding-left: 16px; padding-right: 16px; '
            'padding-top: 16px;"><div class="%s r-18u37iz" style="gap: 12px; padding-bottom: 12px;">'
            '<div class="%s">%s</div><a href="/profile/%s" aria-label="%s" role="link" class="%s r-1loqt21 '
            'r-13awgt0" data-no-underline="1"><div class="%s r-13awgt0" style="align-items: flex-start;"><div '
            'class="%s r-18u37iz r-1awozwy"><div dir="auto" class="%s" style="%s">%s</div></div><div dir="auto" '
            'class="%s" style="%s">@%s</div></div></a><div class="%s"><button aria-label="Follow %s" '
            'aria-pressed="false" role="button" tabindex="0" data-testid="followBtn" class="%s r-1loqt21 '
            'r-1otgn73" type="button" style="flex-direction: row; align-items: center; justify-content: center; '
            'border-radius: 999px; padding: 8px 14px; gap: 6px; background-color: rgb(16, 131, 254);"><div '
            'dir="auto" class="%s" style="%s">Follow</div></button></div></div><div class="%s" style="padding-bottom: '
            '8px;"><div class="%s" data-testid="contentHider-post" style="padding-top: 4px;">%s%s</div><div '
            'class="%s" style="gap: 12px; padding-top: 12px; align-items: flex-start;"><div class="%s r-18u37iz '
            'r-1awozwy" style="gap: 8px; flex-wrap: wrap;"><div dir="auto" class="%s" style="%s">%s</div>'
            '<button aria-label="Who can reply" role="button" tabindex="0" class="%s r-1loqt21 r-1otgn73" '
            'type="button" style="flex-direction: row; align-items: center; gap: 4px;">%s<div dir="auto" class="%s" '
            'style="%s">Everybody can reply</div></button></div></div><div class="%s r-18u37iz r-1awozwy" '
            'style="flex-wrap: wrap; row-gap: 8px; column-gap: 16px; border-top-width: 1px; border-bottom-width: '
            '1px; border-color: %s; margin-top: 12px; padding-top: 12px; padding-bottom: 12px;">%s</div><div '
            'class="%s" style="padding-top: 8px; padding-bottom: 2px; margin-left: -5px;">%s</div></div></div>'
            % (V, handle, V, V, avatar(post["user"], 42, users), handle, attr(name), V, V, V, T,
               tstyle(17, 22, INK, 600, " flex-shrink: 1;"), esc(name), T, tstyle(16, 21, GREY), handle, V,
               attr(name), V, T, tstyle(14, 17, "rgb(255, 255, 255)", 600), V, V,
               rich(post["text"], 19, 25), embed, V, V, T, tstyle(13, 17, GREY), nice_date(post["dt"]), V,
               svg(ICONS["globe"], 12, BLUE), T, tstyle(13, 17, BLUE), V, BORDER, "".join(stats), V,
               controls(post, big=True)))


# ---------------------------------------------------------------- page

NAV = (("/", "Home", "bottomBarHomeBtn"), ("/search", "Explore", "bottomBarSearchBtn"),
       ("/notifications", "Notifications", "bottomBarNotificationsBtn"), ("/messages", "Chat", "bottomBarMessagesBtn"),
       ("/feeds", "Feeds", "bottomBarFeedsBtn"), ("/lists", "Lists", "bottomBarListsBtn"),
       ("/saved", "Saved", "bottomBarSavedBtn"), ("/profile/ananya-r.bsky.social", "Profile", "bottomBarProfileBtn"),
       ("/settings", "Settings", "bottomBarSettingsBtn"))
TRENDING = ("Asia Cup", "ISRO", "Kerala Blasters", "GST 2.0", "Nepal protests")
RN_CSS = ('[stylesheet-group="0"]{}\nbody{margin:0;}\nbutton::-moz-focus-inner,input::-moz-focus-inner{border:0;'
          'padding:0;}\nhtml{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:'
          'rgba(0,0,0,0);}\ninput::-webkit-search-cancel-button,input::-webkit-search-decoration,input::-webkit-'
          'search-results-button,input::-webkit-search-results-decoration{display:none;}\n[stylesheet-group="1"]{}\n'
          '.css-146c3p1{background-color:rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;color:rgba(0,'
          '0,0,1.00);display:inline;font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,'
          'sans-serif;list-style:none;margin:0px;padding:0px;position:relative;text-align:start;text-decoration:'
          'none;white-space:pre-wrap;word-wrap:break-word;}\n.css-175oi2r{align-items:stretch;background-color:'
          'rgba(0,0,0,0.00);border:0 solid black;box-sizing:border-box;display:flex;flex-basis:auto;flex-direction:'
          'column;flex-shrink:0;list-style:none;margin:0px;min-height:0px;min-width:0px;padding:0px;position:'
          'relative;text-decoration:none;z-index:0;}\n.css-1jxf684{background-color:rgba(0,0,0,0.00);border:0 '
          'solid black;box-sizing:border-box;color:inherit;display:inline;font:inherit;list-style:none;margin:0px;'
          'padding:0px;position:relative;text-align:inherit;text-decoration:none;white-space:inherit;word-wrap:'
          'break-word;}\n.css-9pa8cd{bottom:0px;height:100%;left:0px;opacity:0;position:absolute;right:0px;top:'
          '0px;width:100%;z-index:-1;}\n[stylesheet-group="2"]{}\n.r-13awgt0{flex:1;}\n.r-1p0dtai{bottom:0px;}\n'
          '.r-1d2f490{left:0px;}\n.r-u8s1d{position:absolute;}\n.r-zchlnj{right:0px;}\n.r-ipm5af{top:0px;}\n'
          '.r-1udh08x{overflow-x:hidden;overflow-y:hidden;}\n.r-417010{z-index:0;}\n[stylesheet-group="3"]{}\n'
          '.r-18u37iz{flex-direction:row;}\n.r-1awozwy{align-items:center;}\n.r-1wtj0ep{justify-content:space-'
          'between;}\n.r-1h0z5md{justify-content:flex-start;}\n.r-1wbh5a2{flex-shrink:1;}\n.r-1mlwlqe{flex-basis:'
          'auto;}\n.r-1niwhzg{background-color:rgba(0,0,0,0.00);}\n.r-vvn4in{background-position:center;}\n'
          '.r-u6sd8q{background-repeat:no-repeat;}\n.r-1pi2tsx{height:100%;}\n.r-13qz1uu{width:100%;}\n'
          '.r-1wyyakw{z-index:-1;}\n.r-4gszlv{background-size:cover;}\n.r-1loqt21{cursor:pointer;}\n.r-1otgn73'
          '{touch-action:manipulation;}\n.r-lrvibr{-moz-user-select:none;-webkit-user-select:none;user-select:'
          'none;}\n.r-1xnzce8{-moz-user-select:text;-webkit-user-select:text;user-select:text;}\n.r-3s2u2q'
          '{white-space:nowrap;}\n')
BASE_CSS = ('\n      :root { --text: black; --background: white; --backgroundLight: hsl(211, 20%, 95%); }\n'
            '      @font-face { font-family: \'InterVariable\'; src: url(/static/media/InterVariable.c504db5c06caaf7'
            'cdfba.woff2) format(\'woff2\'); font-weight: 300 1000; font-style: normal; font-display: swap; }\n'
            '      html { -webkit-font-smoothing: antialiased; -moz-osx-font-smoothing: grayscale; '
            'scroll-behavior: smooth; scrollbar-gutter: stable both-edges; }\n'
            '      html, body { margin: 0px; padding: 0px; font-family: InterVariable, -apple-system, '
            'BlinkMacSystemFont, \'Segoe UI\', Roboto, Helvetica, Arial, sans-serif; text-rendering: '
            'optimizeLegibility; background-color: var(--background); }\n'
            '      #root { display: flex; flex: 1 0 auto; min-height: 100%; width: 100%; }\n    ')


def page(users, posts, images, quoted, order):
    root = posts[order[0]]
    name, handle, did = users[root["user"]]
    first_line = root["text"].replace("\n\n", " ").replace("\n", " ")
    title = '%s: "%s\u2026" \u2014 Bluesky' % (name, first_line[:140].rstrip())
    url = "https://bsky.app/profile/%s/post/%s" % (handle, root["rkey"])
    head = ('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html lang="en" dir="ltr" class="theme--light" '
            'style="--text: #0b0f14; --background: #ffffff;"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8">\n    \n    <meta name="viewport" content="width=device-width, '
            'initial-scale=1, minimum-scale=1, viewport-fit=cover">\n    <meta name="referrer" '
            'content="origin-when-cross-origin">\n    <meta name="application-name" content="Bluesky">\n    '
            '<meta name="generator" content="bskyweb">\n    <meta property="og:site_name" content="Bluesky Social">\n'
            '    <link type="application/activity+json" href="">\n    <link rel="preconnect" '
            'href="https://bsky.social">\n    <link rel="preconnect" href="https://go.bsky.app">\n    <link '
            'rel="preload" as="font" type="font/woff2" href="%s/InterVariable.c504db5c06caaf7cdfba.woff2" '
            'crossorigin="">\n    <style>%s</style>\n    <script defer="defer" src="%s/main.b42fd0a3.js"></script>\n'
            '    <link rel="apple-touch-icon" sizes="180x180" href="https://web-cdn.bsky.app/static/apple-touch-'
            'icon.png">\n    <link rel="icon" type="image/png" sizes="32x32" href="https://web-cdn.bsky.app/static/'
            'favicon-32x32.png">\n    <link rel="icon" type="image/png" sizes="16x16" href="https://web-cdn.bsky.app'
            '/static/favicon-16x16.png">\n    <link rel="mask-icon" href="https://web-cdn.bsky.app/static/safari-'
            'pinned-tab.svg" color="#1185fe">\n    <meta name="theme-color" content="#ffffff">\n    <meta '
            'name="twitter:site" content="@bluesky">\n    <link rel="manifest" href="https://bsky.app/'
            'manifest.json">\n  \n  <meta property="og:type" content="article">\n  <meta property="profile:username"'
            ' content="%s">\n  <meta property="og:url" content="%s">\n  <meta property="og:title" content="%s (@%s)">'
            '\n  <meta property="article:published_time" content="%s">\n  <meta property="post:author" content="%s">'
            '\n  <meta name="description" content="%s">\n  <meta property="og:description" content="%s">\n  '
            '<meta name="twitter:card" content="summary">\n  <meta name="twitter:label1" content="Account DID">\n  '
            '<meta name="twitter:value1" content="%s">\n  <link rel="alternate" href="at://%s/app.bsky.feed.post/%s">'
            '\n  <link rel="alternate" type="application/json+oembed" href="https://embed.bsky.app/oembed?format=json'
            '&amp;url=at%%3A%%2F%%2F%s%%2Fapp.bsky.feed.post%%2F%s">\n<title>%s</title><style '
            'id="react-native-stylesheet">%s</style></head>\n  <body>\n    <noscript>\n      <h1 lang="en">JavaScript '
            'Required</h1>\n      <p lang="en">This is a heavily interactive web application, and JavaScript is '
            'required. Simple HTML interfaces are possible, but that is not what this is.</p>\n      <p lang="en">'
            'Learn more about Bluesky at <a href="https://bsky.social">bsky.social</a> and <a '
            'href="https://atproto.com">atproto.com</a>.</p>\n      <p>Post by @%s</p>\n    </noscript>\n    '
            % (len(url), url, FILES, BASE_CSS, FILES, handle, url, attr(name), handle,
               root["dt"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"), did, attr(root["text"]),
               attr(root["text"]), did, did, root["rkey"], did.replace(":", "%3A"), root["rkey"], esc(title),
               RN_CSS, handle))
    nav = []
    for href, label, testid in NAV:
        nav.append('<a href="%s" aria-label="%s" role="link" data-testid="%s" class="%s r-1loqt21" style="flex-'
                   'direction: row; align-items: center; padding: 12px; gap: 12px;"><div class="%s" style="width: '
                   '24px; height: 24px;"></div><div dir="auto" class="%s" style="%s">%s</div>%s</a>'
                   % (href, label, testid, T, V, T, tstyle(18, 24, INK, 600 if label == "Home" else 400), label,
                      '<div class="%s" style="position: absolute; top: 6px; left: 26px; border-radius: 999px; '
                      'background-color: %s; padding: 1px 4px;"><div dir="auto" class="%s" style="%s">3</div></div>'
                      % (V, BLUE, T, tstyle(12, 14, "rgb(255, 255, 255)", 600)) if label == "Notifications" else ""))
    left = ('<nav role="navigation" class="%s" style="position: fixed; top: 0px; transform: translateX(-300px) '
            'translateX(-50%%); left: 50%%; width: 245px; padding: 10px 16px; height: 100vh;">%s<div class="%s">%s'
            '</div><button aria-label="Compose new post" role="button" tabindex="0" data-testid="composeBtn" '
            'class="%s r-1loqt21 r-1otgn73" type="button" style="flex-direction: row; align-items: center; '
            'justify-content: center; border-radius: 999px; padding: 13px 20px; margin-top: 20px; gap: 8px; '
            'background-color: %s;"><div dir="auto" class="%s" style="%s">New Post</div></button></nav>'
            % (V, avatar(VIEWER, 48, users), V, "".join(nav), V, BLUE, T, tstyle(16, 20, "rgb(255, 255, 255)", 600)))
    # the thread: anchor, the author's chain, then the other replies with their answers
    items = [anchor(root, users, images)]
    chain = [k for k in order[1:] if posts[k]["user"] == root["user"] and posts[k].get("parent", "").startswith("P")]
    rest = [k for k in order[1:] if k not in chain]
    for n, k in enumerate(chain):
        items.append(thread_item(posts[k], users, images, quoted, True, n + 1 < len(chain)))
    tops = [k for k in rest if posts[k].get("parent") == root["id"]]
    for k in tops:
        kids = [c for c in rest if posts[c].get("parent") == k]
        items.append('<div class="%s" style="border-top-width: 1px; border-color: %s;"></div>' % (V, BORDER))
        items.append(thread_item(posts[k], users, images, quoted, False, bool(kids)))
        for c in kids:
            items.append(thread_item(posts[c], users, images, quoted, True, False))
    header = ('<div class="%s r-18u37iz r-1awozwy" data-testid="postThreadHeader" style="position: sticky; top: 0px; '
              'z-index: 10; padding: 8px 12px; gap: 8px; border-bottom-width: 1px; border-color: %s; background-color: '
              'rgb(255, 255, 255);"><button aria-label="Go back" role="button" tabindex="0" data-testid='
              '"headerBackBtn" class="%s r-1loqt21 r-1otgn73" type="button">%s</button><div class="%s r-13awgt0 '
              'r-1awozwy"><div dir="auto" role="heading" aria-level="1" class="%s" style="%s">Post</div></div>'
              '<button aria-label="Thread options" aria-haspopup="menu" role="button" tabindex="0" data-testid='
              '"threadSettingsBtn" class="%s r-1loqt21 r-1otgn73" type="button">%s</button></div>'
              % (V, BORDER, V, svg(ICONS["back"], 24, INK), V, T, tstyle(17, 22, INK, 600), V,
                 svg(ICONS["dots"], 20, INK)))
    composer = ('<div class="%s" style="border-top-width: 1px; border-color: %s; padding: 8px 16px;"><button '
                'aria-label="Compose reply" role="button" tabindex="0" data-testid="replyPromptBtn" class="%s '
                'r-1loqt21 r-1otgn73" type="button" style="flex-direction: row; align-items: center; gap: 8px; '
                'padding: 8px; border-radius: 999px; background-color: rgb(241, 243, 245);">%s<div dir="auto" '
                'class="%s" style="%s">Write your reply</div></button></div>'
                % (V, BORDER, V, avatar(VIEWER, 24, users), T, tstyle(15, 20, GREY)))
    centre = ('<main class="%s" style="width: 600px; margin-left: auto; margin-right: auto; border-left-width: 1px; '
              'border-right-width: 1px; border-color: %s; min-height: 100vh;"><div class="%s" '
              'data-testid="postThreadScreen">%s<div class="%s" data-testid="postThreadList">%s</div><div class="%s" '
              'style="height: 400px;"></div></div>%s</main>'
              % (V, BORDER, V, header, V, "".join(items), V, composer))
    trend = "".join('<a href="/search?q=%s" role="link" class="%s r-1loqt21" style="padding: 4px 0px;" '
                    'data-no-underline="1"><div dir="auto" class="%s" style="%s">%s</div></a>'
                    % (t.replace(" ", "%20"), T, T, tstyle(14, 18, INK, 500), esc(t)) for t in TRENDING)
    feeds = "".join('<a href="%s" role="link" class="%s r-1loqt21" data-no-underline="1"><div dir="auto" '
                    'class="%s" style="%s">%s</div></a>' % (h, T, T, tstyle(15, 20, c), l)
                    for h, l, c in (("/", "Discover", INK), ("/?feed=following", "Following", INK),
                                    ("/feeds", "More feeds", BLUE)))
    foot = ('<div class="%s r-18u37iz" style="flex-wrap: wrap; gap: 8px; padding-top: 12px;">%s</div>'
            % (V, ('<div dir="auto" class="%s" style="%s"> \u00b7 </div>' % (T, tstyle(14, 18, GREY))).join(
                '<a href="%s" role="link" class="%s r-1loqt21" style="%s" data-no-underline="1">%s</a>'
                % (h, T, tstyle(14, 18, BLUE), l) for h, l in
                          (("https://blueskyweb.zendesk.com/hc/requests/new", "Feedback"),
                           ("https://bsky.social/about/support/privacy-policy", "Privacy"),
                           ("https://bsky.social/about/support/tos", "Terms"),
                           ("https://bsky.social/about/support", "Help")))))
    right = ('<div class="%s" style="position: fixed; top: 0px; left: 50%%; transform: translateX(300px) '
             'translateX(5px); width: 300px; padding: 12px 16px; gap: 16px;"><div class="%s r-18u37iz r-1awozwy" '
             'style="border-radius: 999px; padding: 0px 12px; gap: 8px; background-color: rgb(241, 243, 245);">'
             '<input aria-label="Search" placeholder="Search" autocomplete="off" autocorrect="off" '
             'autocapitalize="none" enterkeyhint="search" data-testid="searchTextInput" class="%s r-13awgt0" '
             'type="search" value="" style="%s"></div><div class="%s" style="gap: 6px;">%s</div><div class="%s" '
             'style="gap: 4px;"><div dir="auto" class="%s" style="%s">Trending</div>%s</div>%s</div>'
             % (V, V, T, tstyle(15, 20, INK), V, feeds, V, T, tstyle(15, 20, INK, 600), trend, foot))
    body = ('<div id="root"><div class="%s" style="height: 100%%;"><div class="%s r-13awgt0" '
            'style="flex: 1 1 0%%;">%s%s%s</div></div></div>\n  \n<div id="portal"></div><div '
            'data-testid="toastContainer" class="%s" style="position: fixed; bottom: 20px; left: 20px;"></div>'
            '</body></html>' % (V, V, left, centre, right, V))
    return head + body


def main():
    users, posts, images, quoted, order = read_source()
    text = page(users, posts, images, quoted, order)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
