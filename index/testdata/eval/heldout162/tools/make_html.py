#!/usr/bin/python3
"""Re-make docs/imd-cyclone-warnings.html from tools/imd-cyclone-warnings.chat.txt.

The output imitates a DiscordChatExporter HTML export (dark theme) of one text channel: the
minified preamble on one line (<title>, font faces and the stylesheet, highlight.js and lottie
scripts, the hidden SVG icon sprite, the guild icon, the server name, "Category / channel" and the
channel topic), then one line per message group (messages by one author within 7 minutes; replies
and system notifications start a new group), then the postamble ("Exported N message(s)",
"Timezone: UTC+5.5"). Attributes are unquoted where HTML5 allows (WebMarkupMin), message bodies
are left unminified (the wmm:ignore blocks) with real newlines in a pre-wrap span, text is
encoded like .NET WebUtility.HtmlEncode (&#39;, &#176; ...), standard emoji become multi-line
Twemoji <img> tags, and replies repeat the referenced message in a chatlog__reply preview.
Run from anywhere: /usr/bin/python3 tools/make_html.py   (byte-for-byte reproducible)
"""
import datetime
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "imd-cyclone-warnings.chat.txt")
OUT = os.path.join(HERE, "..", "docs", "imd-cyclone-warnings.html")

IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
DISCORD_EPOCH = 1420070400000
EMOJI = {"🌀": "cyclone", "🙏": "pray", "😅": "sweat_smile", "🎉": "tada", "🔥": "fire",
         "🕒": "clock3", "🟢": "green_circle", "🟡": "yellow_circle", "🟠": "orange_circle",
         "🔴": "red_circle", "🥲": "smiling_face_with_tear", "😢": "cry", "🙂": "slight_smile",
         "📌": "pushpin"}
TWEMOJI = "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg"

CSS = (
    "@font-face{src:url(\"https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-400.woff2\");"
    "font-family:gg sans;font-weight:400;font-style:normal}"
    "@font-face{src:url(\"https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-500.woff2\");"
    "font-family:gg sans;font-weight:500;font-style:normal}"
    "@font-face{src:url(\"https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-600.woff2\");"
    "font-family:gg sans;font-weight:600;font-style:normal}"
    "@font-face{src:url(\"https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-italic-400.woff2\");"
    "font-family:gg sans;font-weight:400;font-style:italic}"
    "html,body{margin:0;padding:0;background-color:#36393e;color:#dcddde;"
    "font-family:\"gg sans\",\"Helvetica Neue\",Helvetica,Arial,sans-serif;font-size:17px;"
    "font-weight:400;scroll-behavior:smooth}a{color:#00aff4;text-decoration:none}"
    "a:hover{text-decoration:underline}img{object-fit:contain;image-rendering:high-quality;"
    "image-rendering:-webkit-optimize-contrast}.preamble{display:grid;grid-template-columns:auto 1fr;"
    "max-width:100%;padding:1rem}.preamble__guild-icon-container{grid-column:1}"
    ".preamble__guild-icon{max-width:88px;max-height:88px}.preamble__entries-container{grid-column:2;"
    "margin-left:1rem}.preamble__entry{margin-bottom:.15rem;color:#fff;font-size:1.4rem}"
    ".preamble__entry--small{font-size:1rem}.chatlog{padding:1rem 0;width:100%;"
    "border-top:1px solid rgba(255,255,255,.1);border-bottom:1px solid rgba(255,255,255,.1)}"
    ".chatlog__message-group{margin-bottom:1rem}.chatlog__message-container{background-color:transparent;"
    "transition:background-color 1s ease}.chatlog__message-container--highlighted{background-color:"
    "rgba(114,137,218,.2)}.chatlog__message-container--pinned{background-color:rgba(249,168,37,.05)}"
    ".chatlog__message{display:grid;grid-template-columns:auto 1fr;padding:.15rem 0;direction:ltr;"
    "unicode-bidi:bidi-override}.chatlog__message:hover{background-color:#32353b}"
    ".chatlog__message:hover .chatlog__short-timestamp{display:block}.chatlog__message-aside{grid-column:1;"
    "width:72px;padding:.15rem .15rem 0 .15rem;text-align:center}.chatlog__reply-symbol{height:10px;"
    "margin:6px 4px 4px 36px;border-left:2px solid #4f545c;border-top:2px solid #4f545c;"
    "border-radius:8px 0 0 0}.chatlog__avatar{width:40px;height:40px;border-radius:50%}"
    ".chatlog__short-timestamp{display:none;color:#a3a6aa;font-size:.75rem;font-weight:500;"
    "direction:ltr;unicode-bidi:bidi-override}.chatlog__message-primary{grid-column:2;min-width:0}"
    ".chatlog__reply{display:flex;margin-bottom:.15rem;align-items:center;color:#b5b6b8;"
    "font-size:.875rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    ".chatlog__reply-avatar{width:16px;height:16px;margin-right:.25rem;border-radius:50%}"
    ".chatlog__reply-author{margin-right:.3rem;font-weight:600}.chatlog__reply-content{overflow:hidden;"
    "text-overflow:ellipsis}.chatlog__reply-link{cursor:pointer}.chatlog__reply-link *{display:inline;"
    "pointer-events:none}.chatlog__system-notification-icon{width:18px;height:18px}"
    ".chatlog__system-notification-author{font-weight:500;color:#fff}"
    ".chatlog__system-notification-content{color:#96989d}.chatlog__system-notification-link{"
    "font-weight:500;color:#fff}.chatlog__system-notification-timestamp{margin-left:.3rem;"
    "color:#a3a6aa;font-size:.75rem;font-weight:500;direction:ltr;unicode-bidi:bidi-override}"
    ".chatlog__header{margin-bottom:.1rem}.chatlog__author{font-weight:500;color:#fff}"
    ".chatlog__author-tag{position:relative;top:-.1rem;margin-left:.3rem;padding:.05rem .3rem;"
    "border-radius:3px;background-color:#5865f2;color:#fff;font-size:.625rem;font-weight:500;"
    "line-height:1.3}.chatlog__timestamp{margin-left:.3rem;color:#a3a6aa;font-size:.75rem;"
    "font-weight:500;direction:ltr;unicode-bidi:bidi-override}.chatlog__timestamp a{color:inherit}"
    ".chatlog__content{padding-right:1rem;font-size:.95rem;word-wrap:break-word}"
    ".chatlog__edited-timestamp{margin-left:.15rem;color:#a3a6aa;font-size:.75rem;font-weight:500}"
    ".chatlog__attachment{position:relative;width:fit-content;margin-top:.3rem;border-radius:3px;"
    "overflow:hidden}.chatlog__attachment-media{max-width:45vw;max-height:500px;vertical-align:top;"
    "border-radius:3px}.chatlog__attachment-generic{max-width:520px;width:100%;height:40px;padding:10px;"
    "border:1px solid #292b2f;border-radius:3px;background-color:#2f3136;overflow:hidden}"
    ".chatlog__attachment-generic-icon{float:left;width:30px;height:100%;margin-right:10px}"
    ".chatlog__attachment-generic-size{color:#72767d;font-size:12px}"
    ".chatlog__attachment-generic-name{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}"
    ".chatlog__reactions{display:flex}.chatlog__reaction{display:flex;margin:.35rem .1rem .1rem 0;"
    "padding:.125rem .375rem;border:1px solid transparent;border-radius:8px;background-color:#2f3136;"
    "align-items:center}.chatlog__reaction-count{min-width:9px;margin-left:.35rem;color:#b9bbbe;"
    "font-size:.875rem}.chatlog__markdown{max-width:100%;line-height:1.3;overflow-wrap:break-word}"
    ".chatlog__markdown h1{margin:1rem 0 .5rem;color:#f2f3f5;font-size:1.5rem;line-height:1}"
    ".chatlog__markdown h2{margin:1rem 0 .5rem;color:#f2f3f5;font-size:1.25rem;line-height:1}"
    ".chatlog__markdown ul,ol{margin:0 0 0 1rem;padding:0}.chatlog__markdown-preserve{white-space:pre-wrap}"
    ".chatlog__markdown-spoiler{background-color:rgba(255,255,255,.1);padding:0 2px;border-radius:3px}"
    ".chatlog__markdown-spoiler--hidden{cursor:pointer;background-color:#202225;color:rgba(0,0,0,0)}"
    ".chatlog__markdown-pre{background-color:#2f3136;font-family:\"Consolas\",\"Courier New\",Courier,"
    "monospace;font-size:.85rem;text-decoration:inherit}.chatlog__markdown-pre--multiline{display:block;"
    "margin-top:.25rem;padding:.5rem;border:2px solid #282b30;border-radius:5px;color:#b9bbbe}"
    ".chatlog__markdown-pre--inline{display:inline-block;padding:2px;border-radius:3px}"
    ".chatlog__markdown-mention{border-radius:3px;padding:0 2px;background-color:rgba(88,101,242,.3);"
    "color:#dee0fc;font-weight:500}.chatlog__emoji{width:1.325rem;height:1.325rem;margin:0 .06rem;"
    "vertical-align:-.4rem}.chatlog__emoji--small{width:1rem;height:1rem}.chatlog__emoji--large{"
    "width:2.8rem;height:2.8rem}.postamble{padding:1.25rem}.postamble__entry{color:#fff}")

SCRIPTS = (
    "<link rel=stylesheet href=https://cdnjs.cloudflare.com/ajax/libs/highlight.js/9.15.6/styles/solarized-dark.min.css>"
    "<script src=https://cdnjs.cloudflare.com/ajax/libs/highlight.js/9.15.6/highlight.min.js></script>"
    "<script>document.addEventListener('DOMContentLoaded',()=>{document.querySelectorAll("
    "'.chatlog__markdown-pre--multiline').forEach(e=>hljs.highlightBlock(e));});</script>"
    "<script src=https://cdnjs.cloudflare.com/ajax/libs/lottie-web/5.8.1/lottie.min.js></script>"
    "<script>document.addEventListener('DOMContentLoaded',()=>{document.querySelectorAll("
    "'.chatlog__sticker--media[data-source]').forEach(e=>{const anim=lottie.loadAnimation({container:e,"
    "renderer:'svg',loop:true,autoplay:true,path:e.getAttribute('data-source')});anim.addEventListener("
    "'data_failed',()=>e.innerHTML='<strong>[Sticker cannot be rendered]</strong>');});});</script>"
    "<script>function scrollToMessage(event,id){const element=document.getElementById("
    "'chatlog__message-container-'+id);if(!element)return;event.preventDefault();element.classList.add("
    "'chatlog__message-container--highlighted');window.scrollTo({top:element.getBoundingClientRect().top-"
    "document.body.getBoundingClientRect().top-(window.innerHeight/2),behavior:'smooth'});"
    "window.setTimeout(()=>element.classList.remove('chatlog__message-container--highlighted'),2000);}"
    "function showSpoiler(event,element){if(!element)return;if(element.classList.contains("
    "'chatlog__attachment--hidden')){event.preventDefault();element.classList.remove("
    "'chatlog__attachment--hidden');}if(element.classList.contains('chatlog__markdown-spoiler--hidden')){"
    "event.preventDefault();element.classList.remove('chatlog__markdown-spoiler--hidden');}}</script>")

SPRITE = (
    "<svg style=display:none xmlns=http://www.w3.org/2000/svg><defs>"
    "<symbol id=attachment-icon viewBox=\"0 0 720 960\"><path fill=#f4f5fb d=\"M50,935a25,25,0,0,1-25-25V50A25,"
    "25,0,0,1,50,25H519.6L695,201.32V910a25,25,0,0,1-25,25Z\"/><path fill=#7789c4 d=\"M509.21,50,670,211.63V910H50V"
    "50H509.21M530,0H50A50,50,0,0,0,0,50V910a50,50,0,0,0,50,50H670a50,50,0,0,0,50-50h0V191Z\"/></symbol>"
    "<symbol id=join-icon viewBox=\"0 0 18 18\"><path fill=#3ba55c d=\"m0 8h14.2l-3.6-3.6 1.4-1.4 6 6-6 6-1.4-1.4 "
    "3.6-3.6h-14.2\"/></symbol><symbol id=leave-icon viewBox=\"0 0 18 18\"><path fill=#ed4245 d=\"m3.8 8 3.6-3.6"
    "-1.4-1.4-6 6 6 6 1.4-1.4-3.6-3.6h14.2v-2\"/></symbol><symbol id=pencil-icon viewBox=\"0 0 18 18\"><path "
    "fill=#99aab5 d=\"m0 14.25v3.75h3.75l11.06-11.06-3.75-3.75zm17.71-10.21c.39-.39.39-1.02 0-1.41l-2.34-2.34c"
    "-.39-.39-1.02-.39-1.41 0l-1.83 1.83 3.75 3.75z\"/></symbol><symbol id=pin-icon viewBox=\"0 0 18 18\"><path "
    "fill=#b9bbbe d=\"m16.908 8.39684-8.29587-8.295827-1.18584 1.184157 1.18584 1.18584-4.14834 4.1475v.00167l-"
    "1.18583-1.18583-1.185 1.18583 3.55583 3.55502-4.740831 4.74 1.185001 1.185 4.74083-4.74 3.55581 3.555 1.185-"
    "1.185-1.185-1.185 4.1475-4.14836h.0009l1.185 1.185z\"/></symbol></defs></svg>")


def enc(text):
    """.NET WebUtility.HtmlEncode."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 160 <= o <= 255 or o > 0xffff:
            out.append("&#%d;" % o)
        else:
            out.append(ch)
    return "".join(out)


def attr(value):
    """WebMarkupMin HTML5 quote removal."""
    if value and not re.search(r"[\s\"'=<>`]", value):
        return value
    return '"%s"' % value.replace('"', "&quot;")


def emoji_img(ch, jumbo=False):
    code = "-".join("%x" % ord(c) for c in ch if ord(c) != 0xfe0f)
    return ('<img\n    loading="lazy"\n    class="chatlog__emoji %s"\n    alt="%s"\n    title="%s"\n'
            '    src="%s">' % ("chatlog__emoji--large" if jumbo else "", ch, EMOJI[ch], TWEMOJI % code))


class Doc:
    def __init__(self):
        self.meta, self.users, self.msgs = {}, {}, []


def parse():
    d = Doc()
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("@user "):
            parts = [p.strip() for p in line[6:].split("|")]
            key, disp, uname, uid, colour, av = parts[:6]
            d.users[key] = {"display": disp, "name": uname, "id": int(uid),
                            "colour": None if colour == "-" else tuple(int(x) for x in colour.split(",")),
                            "avatar": None if av == "-" else av, "bot": len(parts) > 6}
        elif cur is None and line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            d.meta[k] = v
        elif line.startswith("== "):
            parts = [p.strip() for p in line[3:].split("|")]
            cur = {"key": parts[0], "user": parts[1],
                   "ts": datetime.datetime.strptime(parts[2], "%Y-%m-%d %H:%M").replace(tzinfo=IST),
                   "flags": parts[3:], "lines": []}
            d.msgs.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for n, m in enumerate(d.msgs):
        m["content"] = "\n".join(m["lines"]).strip("\n")
        fl = {}
        for f_ in m["flags"]:
            if "=" in f_:
                k, v = f_.split("=", 1)
                fl[k] = v
            else:
                fl[f_] = True
        if "system" in fl and " ref=" in fl["system"]:
            fl["system"], fl["ref"] = fl["system"].split(" ref=")
        m["fl"] = fl
        ms = int(m["ts"].timestamp() * 1000) + (n * 7919) % 1000 + 13000
        m["id"] = ((ms - DISCORD_EPOCH) << 22) | (1 << 17) | (n % 4096)
        m["ms"] = ms
    return d


def fmt_g(ts):
    return "%d/%d/%d %s" % (ts.month, ts.day, ts.year, fmt_t(ts))


def fmt_t(ts):
    h = ts.hour % 12 or 12
    return "%d:%02d %s" % (h, ts.minute, "AM" if ts.hour < 12 else "PM")


def fmt_f(ts):
    return "%s, %s %d, %d %s" % (ts.strftime("%A"), ts.strftime("%B"), ts.day, ts.year, fmt_t(ts))


class Renderer:
    def __init__(self, d):
        self.d = d
        self.by_name = {u["name"].split("#")[0].lower(): u for u in d.users.values()}
        self.by_key = d.users

    def inline(self, text, jumbo=False):
        # tokens: code spans, spoilers, bold, italic, mentions, emoji, links
        out = []
        pos = 0
        pat = re.compile(r"`([^`]+)`|\|\|(.+?)\|\||\*\*(.+?)\*\*(?!\*)|\*([^*\n]+)\*|@(everyone|here)\b"
                         r"|@([a-z0-9_.]+)\b|(https?://\S*[^\.,:;\"'\s])|([%s])" % "".join(EMOJI))
        for m in pat.finditer(text):
            out.append(enc(text[pos:m.start()]))
            code, spoiler, bold, ital, every, user, link, emo = m.groups()
            if code is not None:
                out.append('<code class="chatlog__markdown-pre chatlog__markdown-pre--inline">%s</code>' % enc(code))
            elif spoiler is not None:
                out.append('<span class="chatlog__markdown-spoiler chatlog__markdown-spoiler--hidden" '
                           'onclick="showSpoiler(event, this)">%s</span>' % self.inline(spoiler))
            elif bold is not None:
                out.append("<strong>%s</strong>" % self.inline(bold))
            elif ital is not None:
                out.append("<em>%s</em>" % self.inline(ital))
            elif every is not None:
                out.append('<span class="chatlog__markdown-mention">@%s</span>' % every)
            elif user is not None:
                u = self.by_key.get(user) or self.by_name.get(user)
                if u is None:
                    out.append(enc(m.group(0)))
                else:
                    out.append('<span class="chatlog__markdown-mention" title="%s">@%s</span>'
                               % (enc(u["name"]), enc(u["display"])))
            elif link is not None:
                out.append('<a href="%s">%s</a>' % (enc(link), enc(link)))
            else:
                out.append(emoji_img(emo, jumbo))
            pos = m.end()
        out.append(enc(text[pos:]))
        return "".join(out)

    def block(self, text):
        jumbo = all(c in EMOJI or c.isspace() for c in text) and text.strip() != ""
        out = []
        parts = re.split(r"```(?:(\w*)\n)?(.+?)```", text, flags=re.S)
        # re.split with 2 groups -> [text, lang, code, text, ...]
        i = 0
        while i < len(parts):
            chunk = parts[i]
            out.append(self.lines(chunk, jumbo))
            if i + 2 < len(parts) + 0 and i + 1 < len(parts):
                lang, code = parts[i + 1], parts[i + 2]
                cls = "language-%s" % lang if lang else "nohighlight"
                out.append('<code class="chatlog__markdown-pre chatlog__markdown-pre--multiline %s">%s</code>'
                           % (cls, enc(code)))
            i += 3
        return "".join(out)

    def lines(self, chunk, jumbo):
        out = []
        rows = chunk.split("\n")
        k = 0
        while k < len(rows):
            row = rows[k]
            last = k == len(rows) - 1
            m = re.match(r"(#{1,3}) (.+)$", row)
            if m and not last:
                out.append("<h%d>%s</h%d>" % (len(m.group(1)), self.inline(m.group(2)), len(m.group(1))))
                k += 1
                continue
            if row.startswith("- "):
                items = []
                while k < len(rows) and rows[k].startswith("- "):
                    items.append("<li>%s</li>" % self.inline(rows[k][2:]))
                    k += 1
                out.append("<ul>%s</ul>" % "".join(items))
                continue
            out.append(self.inline(row, jumbo) + ("" if last else "\n"))
            k += 1
        return "".join(out)


def avatar(u):
    if u["avatar"]:
        return "https://cdn.discordapp.com/avatars/%d/%s.png?size=512" % (u["id"], u["avatar"])
    return "https://cdn.discordapp.com/embed/avatars/%d.png" % ((u["id"] >> 22) % 6)


def colour_style(u):
    if u["colour"] is None:
        return ""
    return " style=color:rgb(%d,%d,%d)" % u["colour"]


def render_group(d, r, group):
    h = ["<div class=chatlog__message-group>"]
    by_key = {m["key"]: m for m in d.msgs}
    for i, m in enumerate(group):
        u = d.users[m["user"]]
        fl = m["fl"]
        cls = "chatlog__message-container"
        if fl.get("pinned"):
            cls += " chatlog__message-container--pinned"
        h.append("<div id=chatlog__message-container-%d class=%s data-message-id=%d><div class=chatlog__message>"
                 % (m["id"], attr(cls), m["id"]))
        if "system" in fl:
            icon = {"pin": "pin-icon", "join": "join-icon"}[fl["system"]]
            h.append("<div class=chatlog__message-aside><svg class=chatlog__system-notification-icon>"
                     "<use href=#%s></use></svg></div><div class=chatlog__message-primary>" % icon)
            h.append("<span class=chatlog__system-notification-author%s title=%s data-user-id=%d>%s</span> "
                     "<span> </span> <span class=chatlog__system-notification-content>"
                     % (colour_style(u), attr(u["name"]), u["id"], enc(u["display"])))
            if fl["system"] == "pin":
                ref = by_key[fl["ref"]]
                h.append("<span>pinned </span><a class=chatlog__system-notification-link "
                         "href=#chatlog__message-container-%d>a message</a><span> to this channel.</span>"
                         % ref["id"])
            else:
                h.append("<span>joined the server.</span>")
            h.append("</span> <span class=chatlog__system-notification-timestamp title=%s>"
                     "<a href=#chatlog__message-container-%d>%s</a></span></div></div></div>"
                     % (attr(fmt_f(m["ts"])), m["id"], fmt_g(m["ts"])))
            continue
        h.append("<div class=chatlog__message-aside>")
        if i == 0:
            if "reply" in fl:
                h.append("<div class=chatlog__reply-symbol></div>")
            h.append("<img class=chatlog__avatar src=%s alt=Avatar loading=lazy>" % attr(avatar(u)))
        else:
            h.append("<div class=chatlog__short-timestamp title=%s>%s</div>" % (attr(fmt_f(m["ts"])), fmt_t(m["ts"])))
        h.append("</div><div class=chatlog__message-primary>")
        if i == 0:
            if "reply" in fl:
                ref = by_key[fl["reply"]]
                ru = d.users[ref["user"]]
                h.append("<div class=chatlog__reply><img class=chatlog__reply-avatar src=%s alt=Avatar loading=lazy>"
                         "<div class=chatlog__reply-author%s title=%s>%s</div><div class=chatlog__reply-content>"
                         "<span class=chatlog__reply-link onclick=\"scrollToMessage(event, '%d')\">%s</span>"
                         % (attr(avatar(ru)), colour_style(ru), attr(ru["name"]), enc(ru["display"]),
                            ref["id"], r.block(ref["content"])))
                if "edited" in ref["fl"]:
                    h.append(" <span class=chatlog__reply-edited-timestamp title=%s>(edited)</span>"
                             % attr(fmt_f(ref["edited_ts"])))
                h.append("</div></div>")
            h.append("<div class=chatlog__header><span class=chatlog__author%s title=%s data-user-id=%d>%s</span>"
                     % (colour_style(u), attr(u["name"]), u["id"], enc(u["display"])))
            if u["bot"]:
                h.append(" <span class=chatlog__author-tag>BOT</span>")
            h.append(" <span class=chatlog__timestamp title=%s><a href=#chatlog__message-container-%d>%s</a></span></div>"
                     % (attr(fmt_f(m["ts"])), m["id"], fmt_g(m["ts"])))
        h.append('<div class="chatlog__content chatlog__markdown"><span class=chatlog__markdown-preserve>%s</span>'
                 % r.block(m["content"]))
        if "edited" in fl:
            h.append(" <span class=chatlog__edited-timestamp title=%s>(edited)</span>" % attr(fmt_f(m["edited_ts"])))
        h.append("</div>")
        if "attach" in fl:
            name, size = fl["attach"].split(" ", 1)
            aid = m["id"] + 1
            url = ("https://cdn.discordapp.com/attachments/%s/%d/%s?ex=%08x&is=%08x&hm=%s&"
                   % (d.meta["channel-id"], aid, name, (m["ms"] // 1000 + 86400 * 40) & 0xffffffff,
                      (m["ms"] // 1000 + 86400 * 39) & 0xffffffff,
                      ("%064x" % (aid * 2654435761 % (1 << 256)))))
            if name.endswith(".png"):
                h.append("<div class=chatlog__attachment><a href=%s><img class=chatlog__attachment-media src=%s "
                         "alt=\"Image attachment\" title=\"Image: %s (%s)\" loading=lazy></a></div>"
                         % (attr(url), attr(url), enc(name), size))
            else:
                h.append("<div class=chatlog__attachment><div class=chatlog__attachment-generic>"
                         "<svg class=chatlog__attachment-generic-icon><use href=#attachment-icon /></svg>"
                         "<div class=chatlog__attachment-generic-name><a href=%s>%s</a></div>"
                         "<div class=chatlog__attachment-generic-size>%s</div></div></div>"
                         % (attr(url), enc(name), size))
        if "react" in fl:
            h.append("<div class=chatlog__reactions>")
            for item in fl["react"].split(","):
                emo, count = item.split()
                code = "-".join("%x" % ord(c) for c in emo if ord(c) != 0xfe0f)
                h.append("<div class=chatlog__reaction title=%s><img class=\"chatlog__emoji chatlog__emoji--small\" "
                         "alt=%s src=%s loading=lazy><span class=chatlog__reaction-count>%s</span></div>"
                         % (EMOJI[emo], emo, TWEMOJI % code, count))
            h.append("</div>")
        h.append("</div></div></div>")
    h.append("</div>")
    return "".join(h)


def build():
    d = parse()
    for m in d.msgs:
        if "edited" in m["fl"]:
            m["edited_ts"] = datetime.datetime.strptime(m["fl"]["edited"], "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    r = Renderer(d)
    # grouping as in HtmlMessageWriter.CanJoinGroup
    groups = []
    for m in d.msgs:
        g = groups[-1] if groups else None
        ok = False
        if g:
            last = g[-1]
            if "reply" in m["fl"]:
                ok = False
            elif "system" in m["fl"]:
                ok = "system" in last["fl"]
            else:
                ok = ("system" not in last["fl"] and m["user"] == last["user"]
                      and abs(m["ms"] - last["ms"]) <= 7 * 60 * 1000)
        if ok:
            g.append(m)
        else:
            groups.append([m])
    icon = "https://cdn.discordapp.com/icons/%s/%s.png?size=512" % (d.meta["guild-id"], d.meta["guild-icon"])
    pre = ("<!DOCTYPE html><html lang=en><head><title>%s - %s</title><meta charset=utf-8>"
           "<meta name=viewport content=\"width=device-width\"><style>%s</style>%s%s</head><body>"
           "<div class=preamble><div class=preamble__guild-icon-container><img class=preamble__guild-icon "
           "src=%s alt=\"Guild icon\" loading=lazy></div><div class=preamble__entries-container>"
           "<div class=preamble__entry>%s</div><div class=preamble__entry>%s</div>"
           "<div class=preamble__entry preamble__entry--small>%s</div></div></div>\n<div class=\"chatlog\">\n"
           % (enc(d.meta["guild"]), enc(d.meta["channel-name"]), CSS, SCRIPTS, SPRITE, attr(icon),
              enc(d.meta["guild"]), enc(d.meta["channel"]), r.block(d.meta["topic"])))
    pre = pre.replace("class=preamble__entry preamble__entry--small", 'class="preamble__entry preamble__entry--small"')
    out = [pre]
    for g in groups:
        out.append(render_group(d, r, g) + "\n")
    out.append("\n</div>\n<div class=postamble><div class=postamble__entry>Exported %d message(s)</div>"
               "<div class=postamble__entry>Timezone: UTC+5.5</div></div>\n" % len(d.msgs))
    with open(OUT, "wb") as f:
        f.write("".join(out).encode("utf-8"))


if __name__ == "__main__":
    build()
