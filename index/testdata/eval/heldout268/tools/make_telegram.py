#!/usr/bin/python3
"""Make docs/messages.html from tools/messages.txt.

The file is what Telegram Desktop writes for "Export chat history" of one channel in HTML format
(photos included, files left out), following its export writer (export_output_html.cpp):
"<!DOCTYPE html>" glued to "<html>"; every tag a block on its own line, indented one space per
open tag, with an empty line between consecutive tags (each tag is written as "\\n" + indent +
tag + "\\n"); attributes in sorted order; the inline title "Exported Data"; links to the export's
css/style.css and js/script.js (not part of the set); body onload "CheckLocation();"; page_wrap,
page_header with the channel's current name (and the trailing space the exporter leaves after a
channel's empty "last name"), page_body chat_page, history. Each new day gets a "message service"
date line with a negative id (message-1, message-2, ...). Service lines: a pin ("... pinned this
message" with a GoToMessage link), "Channel title changed to &laquo;...&raquo;" and "Channel photo
changed" with the new photo as a 60-pixel userpic link. Posts are "message default clearfix"
blocks: a userpic of coloured initials (class userpicN from the peer id), the time with the full
date and "UTC+05:30" in a title attribute, from_name (again the channel's current name, with a
trailing space, even on posts from before the rename), and "joined" blocks without userpic and
name for a post by the same peer within 900 seconds on the same day; forwarded posts in a
"forwarded body" with the source's own userpic, name and date; "In reply to this message" links;
photos as photo_wrap links to photos/photo_N@dd-mm-yyyy_hh-mm-ss.jpg with a _thumb image sized to
half of the 520-pixel thumbnail; documents as generic media with "Not included, change data
exporting settings to download." and a size; polls with "Final results" or "Anonymous poll",
"- answer" lines with vote counts (", chosen vote" for the exporting account's vote) and a total
in a class with a trailing tab; text with <br> line breaks, &quot; and &apos; escapes, <strong>,
<em>, <code>, <s>, blockquote, spoiler spans and ShowHashtag links; inline URL buttons in a
bot_buttons_table; the author signature; reactions as span blocks with counts.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py [OUTPUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
OUT = os.path.join(HERE, "..", "docs", "messages.html")
IST = timezone(timedelta(hours=5, minutes=30))
JOIN_WITHIN = 900
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def serialize(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("<br>")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == "'":
            out.append("&apos;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        else:
            out.append(ch)
    return "".join(out)


class Context:
    """Telegram Desktop's HtmlContext: block tags on their own lines, one space per open tag."""

    def __init__(self):
        self.tags = []

    def indent(self):
        return " " * len(self.tags)

    def push(self, tag, attrs=None, inline=False, empty=False):
        inner = "".join(' %s="%s"' % (k, serialize(v)) for k, v in sorted((attrs or {}).items()))
        res = ("" if inline else "\n" + self.indent()) + "<" + tag + inner + ("/" if empty else "") + ">" \
            + ("" if inline else "\n")
        if not empty:
            self.tags.append((tag, not inline))
        return res

    def pop(self):
        tag, block = self.tags.pop()
        return ("\n" + self.indent() if block else "") + "</" + tag + ">" + ("\n" if block else "")

    def div(self, cls, style=None):
        a = {"class": cls}
        if style:
            a["style"] = style
        return self.push("div", a)


def color_index(peer_id):
    return [0, 7, 4, 1, 6, 3, 5][abs(peer_id % 7)]


def stamp(day, clock):
    return datetime.strptime(day + " " + clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)


def full_date(d):
    return d.strftime("%d.%m.%Y %H:%M:%S") + " UTC+05:30"


def size_text(n):
    if n >= 1024 * 1024:
        t = n * 10 // (1024 * 1024)
        return "%d.%d MB" % (t // 10, t % 10)
    if n >= 1024:
        t = n * 10 // 1024
        return "%d.%d KB" % (t // 10, t % 10)
    return "%d B" % n


# ---------------------------------------------------------------- text entities

ENTITY = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|`(.+?)`|\|\|(.+?)\|\||~~(.+?)~~|\[([^\]]+)\]\((https?://[^)]+)\)"
                    r"|(https?://[^\s)]+)|(?<![\w/])#(\w+)|(?<![\w/])@(\w{5,})")


def format_text(text):
    """Telegram's FormatText over the flat list of entities in the text."""
    out = []
    lines = text.split("\n")
    # blockquote lines ("> ") become one blockquote entity each
    pieces = []
    for n, line in enumerate(lines):
        end = "\n" if n < len(lines) - 1 else ""
        if line.startswith("> "):
            pieces.append(("quote", line[2:] + end))
        else:
            pieces.append(("text", line + end))
    for kind, piece in pieces:
        if kind == "quote":
            out.append("<blockquote>" + serialize(piece) + "</blockquote>")
            continue
        pos = 0
        for m in ENTITY.finditer(piece):
            out.append(serialize(piece[pos:m.start()]))
            b, i, c, sp, st, label, url, bare, tag, mention = m.groups()
            if b is not None:
                out.append("<strong>" + serialize(b) + "</strong>")
            elif i is not None:
                out.append("<em>" + serialize(i) + "</em>")
            elif c is not None:
                out.append("<code>" + serialize(c) + "</code>")
            elif sp is not None:
                out.append('<span class="spoiler hidden" onclick="ShowSpoiler(this)"><span aria-hidden="true">'
                           + serialize(sp) + "</span></span>")
            elif st is not None:
                out.append("<s>" + serialize(st) + "</s>")
            elif label is not None:
                out.append('<a href="' + serialize(url) + '">' + serialize(label) + "</a>")
            elif bare is not None:
                out.append('<a href="' + serialize(bare) + '">' + serialize(bare) + "</a>")
            elif tag is not None:
                out.append('<a href="" onclick="return ShowHashtag(' + serialize('"' + tag + '"') + ')">#'
                           + serialize(tag) + "</a>")
            else:
                out.append('<a href="https://t.me/' + mention + '">@' + serialize(mention) + "</a>")
            pos = m.end()
        out.append(serialize(piece[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- source

def parse():
    chat, items = {"peers": {}}, []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    for line in lines:
        if line.startswith("# ") or line == "#":
            continue
        if line.startswith("@chat "):
            k, v = line[6:].split("=", 1)
            if k == "peer_name":
                name, pid = v.split("|")
                chat["peers"][name] = int(pid.split(":")[1])
            elif k == "peer":
                chat["peer"] = int(v.split(":")[1])
            else:
                chat[k] = v
        elif line.startswith("@msg "):
            parts = line[5:].split(" ")
            msg = {"kind": "msg", "id": int(parts[0]), "date": stamp(parts[1], parts[2]), "text": [],
                   "button_list": [], "answers": []}
            for kv in parts[3:]:
                k, v = kv.split("=", 1)
                msg[k] = v
            items.append(msg)
        elif line.startswith("@service "):
            parts = line[9:].split(" ", 4)
            items.append({"kind": "service", "id": int(parts[0]), "date": stamp(parts[1], parts[2]),
                          "what": parts[3], "arg": parts[4] if len(parts) > 4 else ""})
        else:
            msg = items[-1]
            if line.startswith("[button] "):
                label, url = line[9:].rsplit("|", 1)
                msg["button_list"].append((label, url))
            elif "poll" in msg and line.startswith("? "):
                msg["question"] = line[2:]
            elif "poll" in msg and line.startswith("- "):
                f = [x.strip() for x in line[2:].split("|")]
                msg["answers"].append((f[0], int(f[1]), len(f) > 2 and f[2] == "my"))
            else:
                msg["text"].append(line)
    return chat, items


# ---------------------------------------------------------------- writer

def userpic(ctx, color, first, size=42):
    out = ctx.push("div", {"class": "userpic userpic%d" % (color + 1),
                           "style": "width: %dpx; height: %dpx" % (size, size)})
    out += ctx.div("initials", "line-height: %dpx" % size)
    out += serialize(first.strip()[:1])
    out += ctx.pop() + ctx.pop()
    return out


def photo_path(n, d, thumb=False):
    return "photos/photo_%d@%s%s.jpg" % (n, d.strftime("%d-%m-%Y_%H-%M-%S"), "_thumb" if thumb else "")


def thumb_size(w, hgt):
    if w > 520 or hgt > 520:
        if w * 520 >= hgt * 520 and w >= hgt:
            nw, nh = 520, hgt * 520 // w
        else:
            nw, nh = w * 520 // hgt, 520
    else:
        nw, nh = w, hgt
    return nw & ~1, nh & ~1


def build():
    chat, items = parse()
    name = chat["name"]
    ctx = Context()
    out = "<!DOCTYPE html>" + ctx.push("html")
    out += ctx.push("head")
    out += ctx.push("meta", {"charset": "utf-8"}, empty=True)
    out += ctx.push("title", inline=True) + "Exported Data" + ctx.pop()
    out += ctx.push("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1.0"}, empty=True)
    out += ctx.push("link", {"href": "css/style.css", "rel": "stylesheet"}, empty=True)
    out += ctx.push("script", {"src": "js/script.js", "type": "text/javascript"})
    out += ctx.pop() + ctx.pop()
    out += ctx.push("body", {"onload": "CheckLocation();"})
    out += ctx.div("page_wrap")
    out += ctx.div("page_header") + ctx.div("content") + ctx.div("text bold")
    out += serialize(name + " ")
    out += ctx.pop() + ctx.pop() + ctx.pop()
    out += ctx.div("page_body chat_page") + ctx.div("history")

    own_color = color_index(chat["peer"])
    previous = None
    date_id = 0
    photo_no = 0
    for it in items:
        d = it["date"]
        if previous is None or previous["date"].date() != d.date():
            date_id -= 1
            out += ctx.push("div", {"class": "message service", "id": "message%d" % date_id})
            out += ctx.div("body details") + "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
            out += ctx.pop() + ctx.pop()
        if it["kind"] == "service":
            out += ctx.push("div", {"class": "message service", "id": "message%d" % it["id"]})
            out += ctx.div("body details")
            if it["what"] == "pinned":
                tid = int(it["arg"])
                out += serialize(name) + ' pinned <a href="#go_to_message%d" onclick="return GoToMessage(%d)">' \
                    'this message</a>' % (tid, tid)
                out += ctx.pop()
            elif it["what"] == "title":
                out += "Channel title changed to &laquo;" + serialize(it["arg"]) + "&raquo;"
                out += ctx.pop()
            elif it["what"] == "photo":
                photo_no += 1
                out += "Channel photo changed"
                out += ctx.pop()
                out += ctx.div("userpic_wrap")
                out += ctx.push("a", {"class": "userpic_link", "href": photo_path(photo_no, d)})
                out += ctx.push("img", {"class": "userpic", "src": photo_path(photo_no, d, True),
                                        "style": "width: 60px; height: 60px"}, empty=True)
                out += ctx.pop() + ctx.pop()
            out += ctx.pop()
            previous = {"type": "service", "date": d}
            continue

        fwd = it.get("fwd")
        fwd_name = fwd_date = None
        if fwd:
            fname, fday, fclock = fwd.split("|")
            fwd_name = fname.replace("_", " ")
            fwd_date = stamp(fday, fclock)
        wrap = (previous is None or previous["type"] != "default" or
                previous["date"].date() != d.date() or previous["fwd"] != fwd_name or
                abs((d - previous["date"]).total_seconds()) > (1 if fwd_name else JOIN_WITHIN))
        cls = "message default clearfix" + ("" if wrap else " joined")
        out += ctx.push("div", {"class": cls, "id": "message%d" % it["id"]})
        if wrap:
            out += ctx.div("pull_left userpic_wrap") + userpic(ctx, own_color, name) + ctx.pop()
        out += ctx.div("body")
        out += ctx.push("div", {"class": "pull_right date details", "title": full_date(d)})
        out += d.strftime("%H:%M") + ctx.pop()
        if wrap:
            out += ctx.div("from_name") + serialize(name + " ") + ctx.pop()
        if fwd_name:
            out += ctx.div("pull_left forwarded userpic_wrap")
            out += userpic(ctx, color_index(chat["peers"][fwd_name]), fwd_name) + ctx.pop()
            out += ctx.div("forwarded body")
            out += ctx.div("from_name") + serialize(fwd_name + " ")
            out += ctx.push("span", {"class": "date details", "title": full_date(fwd_date)}, inline=True)
            out += " " + fwd_date.strftime("%d.%m.%Y %H:%M:%S") + ctx.pop()
            out += ctx.pop()
        if "reply" in it:
            rid = int(it["reply"])
            out += ctx.div("reply_to details")
            out += 'In reply to <a href="#go_to_message%d" onclick="return GoToMessage(%d)">this message</a>' \
                % (rid, rid)
            out += ctx.pop()
        # media
        if "photo" in it:
            photo_no += 1
            w, hgt = (int(x) for x in it["photo"].split("x"))
            tw, th = thumb_size(w, hgt)
            out += ctx.div("media_wrap clearfix")
            out += ctx.push("a", {"class": "photo_wrap clearfix pull_left", "href": photo_path(photo_no, d)})
            out += ctx.push("img", {"class": "photo", "src": photo_path(photo_no, d, True),
                                    "style": "width: %dpx; height: %dpx" % (tw // 2, th // 2)}, empty=True)
            out += ctx.pop() + ctx.pop()
        if "file" in it:
            fname, size = it["file"].split("|")
            out += ctx.div("media_wrap clearfix")
            out += ctx.div("media clearfix pull_left media_file")
            out += ctx.div("fill pull_left") + ctx.pop()
            out += ctx.div("body")
            out += ctx.div("title bold") + serialize(fname) + ctx.pop()
            out += ctx.div("description") + "Not included, change data exporting settings to download." + ctx.pop()
            out += ctx.div("status details") + size_text(int(size)) + ctx.pop()
            out += ctx.pop() + ctx.pop() + ctx.pop()
        if "poll" in it:
            out += ctx.div("media_wrap clearfix") + ctx.div("media_poll")
            out += ctx.div("question bold") + serialize(it["question"]) + ctx.pop()
            out += ctx.div("details") + ("Final results" if it["poll"] == "closed" else "Anonymous poll") + ctx.pop()
            for text, votes, my in it["answers"]:
                det = ""
                if votes:
                    det = ' <span class="details">%d vote%s%s</span>' % (votes, "s" if votes > 1 else "",
                                                                        ", chosen vote" if my else "")
                out += ctx.div("answer") + "- " + serialize(text) + det + ctx.pop()
            total = int(it["total"])
            out += ctx.div("total details\t") + ("%d votes" % total) + ctx.pop()
            out += ctx.pop() + ctx.pop()
        text = "\n".join(it["text"]).strip("\n")
        if text:
            out += ctx.div("text") + format_text(text) + ctx.pop()
        if it["button_list"]:
            out += ctx.push("table", {"class": "bot_buttons_table"}) + ctx.push("tbody")
            out += ctx.push("tr") + ctx.push("td", {"class": "bot_button_row"})
            for n, (label, url) in enumerate(it["button_list"]):
                out += ctx.push("div", {"class": "bot_button"})
                out += ctx.push("a", {"href": url, "": ""}) + ctx.push("div")
                out += serialize(label) + ctx.pop() + ctx.pop() + ctx.pop()
                if n != len(it["button_list"]) - 1:
                    out += ctx.push("div", {"class": "bot_button_column_separator"}) + ctx.pop()
            out += ctx.pop() + ctx.pop() + ctx.pop() + ctx.pop()
        if "sig" in it:
            out += ctx.div("signature details") + serialize(it["sig"]) + ctx.pop()
        if fwd_name:
            out += ctx.pop()
        if "react" in it:
            out += ctx.push("span", {"class": "reactions"})
            for r in it["react"].split(","):
                emoji, count = r.rsplit(":", 1)
                out += ctx.push("span", {"class": "reaction"})
                out += ctx.push("span", {"class": "emoji"}) + serialize(emoji) + ctx.pop()
                out += ctx.push("span", {"class": "count"}) + count + ctx.pop()
                out += ctx.pop()
            out += ctx.pop()
        out += ctx.pop() + ctx.pop()
        previous = {"type": "default", "date": d, "fwd": fwd_name}
    while ctx.tags:
        out += ctx.pop()
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    build()
