#!/usr/bin/python3
"""Make docs/telegram-gs3decoded-clnd-act.html from tools/telegram-gs3decoded-clnd-act.txt.

The page imitates a Telegram channel's public web preview (https://t.me/s/<channel>) saved
with Chrome's "Save page as > Webpage, Complete" on 14 October 2025: Chrome's "saved from url"
comment and charset meta, stylesheet and script links rewritten into the "_files" folder (not
kept in the set), the tgme_header with its search form, the right column's channel card
(photo, title, @username, counters, description, "Download Telegram"), the "load more" link
and the message history. Each post is a tgme_widget_message_wrap holding the avatar, a bubble
with its SVG tail, the author line, an optional "Forwarded from" line, photo, text
(<br/>-separated lines, <b>/<i>, hashtag links to ?q=%23tag, @mentions, external links with
Telegram's confirm() onclick, emoji as <i class="emoji"> images holding the character),
link preview card, document or poll (question, "Anonymous Quiz", options with percentages and
bars), reactions, and the footer (voters, views, "edited", date link with a <time> element in
UTC). Because the page was saved after Telegram's script ran, every wrap carries the date
chip the script appends ("February 14", or "December 20, 2024" for another year) and a
date_visible class where the date changes, and the posts the browser had scrolled past have
lost their data-view attribute. One service message shows a pin.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py
Standard library only; the output is the same byte for byte on every run.
"""
import base64
import hashlib
import html
import json
import os
import re
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "telegram-gs3decoded-clnd-act.txt")
OUT = os.path.join(HERE, "..", "docs", "telegram-gs3decoded-clnd-act.html")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
CHANNEL_ID = -1001726455813

EMOJI = re.compile(
    "([\U0001F1E6-\U0001F1FF]{2}"
    "|[0-9#*]\uFE0F\u20E3"
    "|[\U0001F300-\U0001FAFF\u2600-\u27BF\u25AA\u25AB\u2B50\u2B55\u231A\u231B\u23E9-\u23FA]"
    "\uFE0F?)")


def h(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def digest(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def emoji_html(m):
    seq = m.group(0)
    code = "".join("%02X" % b for b in seq.replace("\uFE0F", "").encode("utf-8"))
    return ("<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/%s.png')\">"
            "<b>%s</b></i>" % (code, seq))


def inline(line):
    """One source line to Telegram's message-text HTML."""
    s = h(line)
    s = re.sub(r"(https?://[^\s<]+)",
               lambda m: ('<a href="%s" target="_blank" rel="noopener" onclick="return '
                          'confirm(\'Open this link?\\n\\n\'+this.href);">%s</a>'
                          % (m.group(1), m.group(1))), s)
    s = re.sub(r"(?<![\w&/])#(\w+)", lambda m: '<a href="?q=%%23%s">#%s</a>'
               % (m.group(1), m.group(1)), s)
    s = re.sub(r"(?<![\w/])@(\w{5,})", r'<a href="https://t.me/\1">@\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return EMOJI.sub(emoji_html, s)


def plain(line):
    return EMOJI.sub(emoji_html, h(line))


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    meta = {"counters": []}
    posts = []
    cur = None
    for line in lines:
        if line.startswith("=== "):
            parts = line[4:].split(" | ")
            cur = {"id": int(parts[0]), "time": parts[1], "views": parts[2], "lines": [],
                   "opts": [], "flags": set(), "reactions": []}
            rest = parts[3:]
            k = 0
            while k < len(rest):
                f = rest[k]
                if f.startswith("fwd "):
                    cur["fwd"] = (f[4:], rest[k + 1])
                    k += 2
                    continue
                if f.startswith("pinned "):
                    cur["pinned"] = f[7:]
                else:
                    cur["flags"].add(f)
                k += 1
            posts.append(cur)
            continue
        if cur is None:
            if line.startswith("@counter "):
                v, t = line[9:].split(" | ")
                meta["counters"].append((v, t))
            elif line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                meta[key] = val
            continue
        if not line.strip():
            continue
        if line.startswith("@preview "):
            cur["preview"] = line[9:].split(" | ")
        elif line.startswith("@photo "):
            cur["photo"] = float(line[7:])
        elif line.startswith("@doc "):
            cur["doc"] = line[5:].split(" | ")
        elif line.startswith("@reactions "):
            bits = line[11:].split()
            cur["reactions"] = list(zip(bits[0::2], bits[1::2]))
        elif line.startswith("@poll "):
            cur["poll"] = line[6:]
        elif line.startswith("@type "):
            cur["ptype"] = line[6:]
        elif line.startswith("@opt "):
            cur["opts"].append(line[5:].split(" | "))
        elif line.startswith("@voters "):
            cur["voters"] = line[8:]
        else:
            cur["lines"].append(line)
    return meta, posts


TAIL = (
    '<i class="tgme_widget_message_bubble_tail">\n'
    '        <svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20">\n'
    '          <g fill="none">\n'
    '            <path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.8,15.2 '
    '7.1,12.2 5.9,9.2 C5,6.9 3.5,4.7 1.3,2.7 C0.9,2.4 0.9,1.7 1.3,1.3 C1.5,1.1 1.7,1 2,1 L8,1 Z">'
    '</path>\n'
    '            <path class="border_1x" fill="#d7e3ec" d="M9,1 L2,1 C1.7,1 1.5,1.1 1.3,1.3 '
    'C0.9,1.7 0.9,2.4 1.3,2.7 C3.5,4.7 5,6.9 5.9,9.2 C7.1,12.2 7.8,15.2 8,18 L8,20 L9,20 Z"></path>\n'
    '            <path class="border_2x" d="M9,1 L2,1 C1.7,1 1.5,1.1 1.3,1.3 C0.9,1.7 0.9,2.4 1.3,2.7 '
    'C3.5,4.7 5,6.9 5.9,9.2 C7.1,12.2 7.8,15.2 8,18 L8,20 L9,20 Z"></path>\n'
    '            <path class="border_3x" d="M9,1 L2,1 C1.7,1 1.5,1.1 1.3,1.3 C0.9,1.7 0.9,2.4 1.3,2.7 '
    'C3.5,4.7 5,6.9 5.9,9.2 C7.1,12.2 7.8,15.2 8,18 L8,20 L9,20 Z"></path>\n'
    '          </g>\n'
    '        </svg>\n'
    '      </i>')


def chip(dt, saved_year):
    d = "%s %d" % (MONTHS[dt.month - 1], dt.day)
    return d if dt.year == saved_year else "%s, %d" % (d, dt.year)


def render(meta, posts):
    user = meta["username"]
    title = meta["channel"]
    files = "./%s – Telegram_files" % title.replace("|", "_")
    saved = datetime.strptime(meta["saved"], "%Y-%m-%d").replace(tzinfo=timezone.utc)
    avatar = "%s/%s.jpg" % (files, digest("avatar", user, n=24))
    o = []
    w = o.append
    url = "https://t.me/s/%s" % user
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w("    ")
    w("    <title>%s – Telegram</title>" % h(title))
    w('    <meta name="viewport" content="width=device-width, initial-scale=1.0">')
    w('    <meta property="og:title" content="%s">' % h(title))
    w('    <meta property="og:image" content="https://cdn4.telesco.pe/file/%s.jpg">'
      % digest("og", user, n=40))
    w('    <meta property="og:site_name" content="Telegram">')
    w('    <meta property="og:description" content="%s">' % h(meta["description"]))
    w('    <meta property="twitter:title" content="%s">' % h(title))
    w('    <meta property="twitter:image" content="https://cdn4.telesco.pe/file/%s.jpg">'
      % digest("og", user, n=40))
    w('    <meta property="twitter:site" content="@Telegram">')
    w('    <meta property="al:ios:app_store_id" content="686449807">')
    w('    <meta property="al:ios:app_name" content="Telegram Messenger">')
    w('    <meta property="al:ios:url" content="tg://resolve?domain=%s">' % user)
    w('    <meta property="al:android:url" content="tg://resolve?domain=%s">' % user)
    w('    <meta property="al:android:app_name" content="Telegram">')
    w('    <meta property="al:android:package" content="org.telegram.messenger">')
    w('    <meta name="twitter:card" content="summary">')
    w('    <meta name="twitter:site" content="@Telegram">')
    w('    <meta name="twitter:description" content="%s">' % h(meta["description"]))
    w('    <meta name="MobileOptimized" content="176">')
    w('    <meta name="HandheldFriendly" content="True">')
    w('    <meta name="robots" content="noindex, nofollow">')
    w('    <link rel="shortcut icon" href="https://telegram.org/favicon.ico?3" type="image/x-icon">')
    w('    <link href="%s/css" rel="stylesheet" type="text/css">' % files)
    w('    <link href="%s/font-roboto.css" rel="stylesheet" type="text/css">' % files)
    w('    <link href="%s/telegram.css" rel="stylesheet" media="screen">' % files)
    w('    <link href="%s/widget-frame.css" rel="stylesheet" media="screen">' % files)
    w('    <link href="%s/telegram-web.css" rel="stylesheet" media="screen">' % files)
    w("    <script>TBaseUrl='/';</script>")
    w('    <link rel="canonical" href="https://t.me/s/%s">' % user)
    w('    <link rel="prev" href="https://t.me/s/%s?before=%d">' % (user, posts[0]["id"]))
    w("  </head>")
    w('  <body class="widget_frame_base emoji_image">')
    w('    <header class="tgme_header search_collapsed">')
    w('      <div class="tgme_header_search">')
    w('        <form class="tgme_header_search_form" action="https://t.me/s/%s" method="get">' % user)
    w('          <input class="tgme_header_search_form_input js-header_search" name="q" '
      'placeholder="Search" autocomplete="off" value="">')
    w('          <i class="tgme_icon_search"></i>')
    w('        </form>')
    w('      </div>')
    w('      <div class="tgme_header_info">')
    w('        <a class="tgme_header_link" href="https://t.me/%s">' % user)
    w('          <i class="tgme_page_photo_image bgcolor3" data-content="G"><img src="%s"></i>'
      % h(avatar))
    w('          <div class="tgme_header_title"><span dir="auto">%s</span></div>' % h(title))
    w('          <div class="tgme_header_counter">%s %s</div>' % meta["counters"][0])
    w('        </a>')
    w('      </div>')
    w('      <div class="tgme_header_right_btn">')
    w('        <a class="tgme_action_button_new tgme_action_button_new_small" '
      'href="https://t.me/%s">Join</a>' % user)
    w('      </div>')
    w('    </header>')
    w('    <main class="tgme_main">')
    w('      <div class="tgme_container">')
    w('        <section class="tgme_right_column">')
    w('          <div class="tgme_channel_info">')
    w('            <div class="tgme_channel_info_header">')
    w('              <i class="tgme_page_photo_image bgcolor3" data-content="G"><img src="%s"></i>'
      % h(avatar))
    w('              <div class="tgme_channel_info_header_title"><span dir="auto">%s</span></div>'
      % h(title))
    w('              <div class="tgme_channel_info_header_username"><a href="https://t.me/%s">@%s'
      '</a></div>' % (user, user))
    w('            </div>')
    w('            <div class="tgme_channel_info_counters">%s</div>' % "".join(
        '<div class="tgme_channel_info_counter"><span class="counter_value">%s</span> '
        '<span class="counter_type">%s</span></div>' % c for c in meta["counters"]))
    w('            <div class="tgme_channel_info_description">%s</div>' % inline(meta["description"]))
    w('            <div class="tgme_channel_download_telegram">')
    w('              <a class="tgme_action_button_new" href="https://telegram.org/dl?tme=%s_%s">'
      'Download Telegram</a>' % (digest("dl", user, n=20), user))
    w('              <div class="tgme_channel_download_telegram_bottom">to view and join the '
      'conversation</div>')
    w('            </div>')
    w('          </div>')
    w('        </section>')
    w('        <section class="tgme_channel_history js-message_history">')
    w('          <div class="tme_messages_more_wrap js-messages_more_wrap"><a href="https://t.me/s/%s'
      '?before=%d" class="tme_messages_more js-messages_more" data-before="%d"></a></div>'
      % (user, posts[0]["id"], posts[0]["id"]))
    prev_chip = None
    for p in posts:
        dt = datetime.strptime(p["time"], "%Y-%m-%dT%H:%M:%S+00:00").replace(tzinfo=timezone.utc)
        c = chip(dt, saved.year)
        vis = " date_visible" if c != prev_chip else ""
        prev_chip = c
        post = "%s/%d" % (user, p["id"])
        service = "pinned" in p
        view = ""
        if "seen" not in p["flags"]:
            payload = json.dumps({"c": CHANNEL_ID, "p": p["id"], "t": int(saved.timestamp()) + 3600 * 9,
                                  "h": digest("view", p["id"], n=18)}, separators=(",", ":"))
            view = ' data-view="%s"' % base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        cls = "tgme_widget_message text_not_supported_wrap %sjs-widget_message" % (
            "service_message " if service else "")
        w('<div class="tgme_widget_message_wrap js-widget_message_wrap%s"><div class="%s" '
          'data-post="%s"%s>' % (vis, cls, post, view))
        w('  <div class="tgme_widget_message_user"><a href="https://t.me/%s"><i class="tgme_widget_'
          'message_user_photo bgcolor3" data-content="G"><img src="%s"></i></a></div>' % (user, h(avatar)))
        w('  <div class="tgme_widget_message_bubble">')
        w("      " + TAIL)
        w('    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_'
          'owner_name" href="https://t.me/%s"><span dir="auto">%s</span></a></div>' % (user, h(title)))
        if "fwd" in p:
            name, furl = p["fwd"]
            w('    <div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a '
              'class="tgme_widget_message_forwarded_from_name" href="%s"><span dir="auto">%s</span>'
              '</a></div>' % (furl, h(name)))
        if service:
            w('    <div class="tgme_widget_message_text js-message_text" dir="auto"><a class="tgme_'
              'widget_message_author_name" href="https://t.me/%s"><span dir="auto">%s</span></a> '
              'pinned «<span class="tgme_widget_service_strong_text" dir="auto">%s</span>»</div>'
              % (user, h(title), plain(p["pinned"])))
        if "photo" in p:
            pid = digest("photo", p["id"], n=19)
            w('    <a class="tgme_widget_message_photo_wrap %s %s_%s" href="https://t.me/%s" '
              "style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/%s.jpg')\">"
              % (int(pid, 16) % 10 ** 19, int(digest("o", p["id"], n=8), 16),
                 int(digest("a", p["id"], n=8), 16), post, digest("pf", p["id"], n=64)))
            w('      <div class="tgme_widget_message_photo" style="padding-top:%s%%"></div>'
              % ("%.3f" % (100 / p["photo"])).rstrip("0").rstrip("."))
            w('    </a>')
        if p["lines"]:
            w('    <div class="tgme_widget_message_text js-message_text" dir="auto">%s</div>'
              % "<br/>".join(inline(l) for l in p["lines"]))
        if "preview" in p:
            site, ptitle, desc, purl = p["preview"]
            w('    <a class="tgme_widget_message_link_preview" href="%s">' % purl)
            w("      <i class=\"link_preview_right_image\" style=\"background-image:url('https://cdn4."
              "telesco.pe/file/%s.jpg')\"></i>" % digest("lp", purl, n=48))
            w('      <div class="link_preview_site_name accent_color" dir="auto">%s</div>' % h(site))
            w('      <div class="link_preview_title" dir="auto">%s</div>' % h(ptitle))
            w('      <div class="link_preview_description" dir="auto">%s</div>' % h(desc))
            w('    </a>')
        if "doc" in p:
            dtitle, size = p["doc"]
            w('    <div class="tgme_widget_message_document_wrap">')
            w('      <a class="tgme_widget_message_document" href="https://t.me/%s">' % post)
            w('        <i class="tgme_widget_message_document_icon accent_bg default"></i>')
            w('        <div class="tgme_widget_message_document_title accent_color" dir="auto">%s</div>'
              % h(dtitle))
            w('        <div class="tgme_widget_message_document_extra" dir="auto">%s</div>' % h(size))
            w('      </a>')
            w('    </div>')
        if "poll" in p:
            w('    <div class="tgme_widget_message_poll js-poll">')
            w('      <div class="tgme_widget_message_poll_question">%s</div>' % plain(p["poll"]))
            w('      <div class="tgme_widget_message_poll_type">%s</div>' % h(p["ptype"]))
            w('      <a class="tgme_widget_message_poll_options" href="https://t.me/%s">' % post)
            for pct, text in p["opts"]:
                w('        <div class="tgme_widget_message_poll_option">')
                w('          <div class="tgme_widget_message_poll_option_percent">%s</div>' % pct)
                w('          <div class="tgme_widget_message_poll_option_value">')
                w('            <div class="tgme_widget_message_poll_option_text">%s</div>' % h(text))
                w('            <div class="tgme_widget_message_poll_option_bar accent_bg" '
                  'style="width:%s"></div>' % pct)
                w('          </div>')
                w('        </div>')
            w('      </a>')
            w('    </div>')
        w('    <div class="tgme_widget_message_footer compact js-message_footer">')
        if p["reactions"]:
            w('      <div class="tgme_widget_message_reactions js-message_reactions">%s</div>' % "".join(
                '<span class="tgme_reaction">%s%s</span>' % (plain(e), n) for e, n in p["reactions"]))
        w('      <div class="tgme_widget_message_info short js-message_info">')
        info = []
        if "voters" in p:
            info.append('<span class="tgme_widget_message_voters">%s</span><span class="copyonly"> '
                        'voters</span>' % p["voters"])
        if p["views"] != "-":
            info.append('<span class="tgme_widget_message_views">%s</span><span class="copyonly"> '
                        'views</span>' % p["views"])
        edited = "edited " if "edited" in p["flags"] else ""
        info.append('<span class="tgme_widget_message_meta">%s<a class="tgme_widget_message_date" '
                    'href="https://t.me/%s"><time datetime="%s" class="time">%s</time></a></span>'
                    % (edited, post, p["time"], dt.strftime("%H:%M")))
        w("        " + "".join(info))
        w('      </div>')
        w('    </div>')
        w('  </div>')
        w('</div><div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_'
          'service_date">%s</div></div></div>' % c)
    w('        </section>')
    w('      </div>')
    w('    </main>')
    w('    <script src="%s/jquery.min.js.download"></script>' % files)
    w('    <script src="%s/widget-frame.js.download"></script>' % files)
    w('    <script src="%s/telegram-web.js.download"></script>' % files)
    w('    <script>TWeb.init();</script>')
    w('  ')
    w('</body></html>')
    return "\n".join(o)


def main():
    meta, posts = parse()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(meta, posts))


if __name__ == "__main__":
    main()
