#!/usr/bin/python3
"""Re-make docs/messages.html from tools/messages.txt.

Imitates Telegram Desktop's "Export chat history" in HTML for one channel with signed posts:
the exporter's tag writer (a block tag is written as newline, one space of indent per open tag,
the tag, newline; attributes in alphabetical order; <br> for line breaks; &apos; and &quot; in
text), the "Exported Data" page skeleton, the page header with the channel name followed by a
space, date separators as service messages with negative ids, a "pinned this message" service
message, posts with a userpic of one initial, the channel name (again with a trailing space) and
a time whose title holds the full date with UTC+05:30, posts within 15 minutes of the last one
on the same day "joined" (no userpic, no name), the author's signature under each signed post,
reactions with counts, a photo with its thumbnail, a closed poll ("Final results", a tab in the
class of the total), a reply, a post forwarded from another channel with its own userpic, name
and date, a voice message and a PDF left out of the export, bold, italic, spoiler, blockquote,
text links and hashtags.

Run: /usr/bin/python3 tools/make_telegram.py
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
OUT = os.path.join(HERE, "..", "docs", "messages.html")
JOIN_WITHIN = 900
NOT_INCLUDED = "Not included, change data exporting settings to download."
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ser(s):
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
    def __init__(self):
        self.tags = []

    def indent(self):
        return " " * len(self.tags)

    def push(self, name, attrs=None, inline=False, empty=False):
        inner = "".join(' %s="%s"' % (k, ser(v)) for k, v in sorted((attrs or {}).items()))
        block = not inline
        res = ("\n" + self.indent() if block else "") + "<" + name + inner + ("/" if empty else "") + ">" + \
              ("\n" if block else "")
        if not empty:
            self.tags.append((name, block))
        return res

    def pop(self):
        name, block = self.tags.pop()
        return ("\n" + self.indent() if block else "") + "</" + name + ">" + ("\n" if block else "")

    def div(self, cls, style=None):
        attrs = {"class": cls}
        if style:
            attrs["style"] = style
        return self.push("div", attrs)


# ---------------------------------------------------------------- source

def parse():
    meta, msgs = {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("# "):
            continue
        if line.startswith("@channel ") or line.startswith("@userpic ") or line.startswith("@fwdpic "):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("@msg ") or line.startswith("@service "):
            kind, mid, date, time_, *rest = line[1:].split(" ")
            cur = {"kind": kind, "id": int(mid),
                   "date": datetime.datetime.strptime(date + " " + time_, "%d.%m.%Y %H:%M:%S"),
                   "text": [], "react": [], "opts": []}
            for r in rest:
                k, _, v = r.partition("=")
                cur[k] = int(v)
            msgs.append(cur)
            continue
        if cur is None:
            continue
        if not cur["text"] and line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            if k == "react":
                cur["react"] = [tuple(x.strip().split(" ")) for x in v.split("|")]
            elif k == "opt":
                t, _, votes = v.rpartition("|")
                cur["opts"].append((t, int(votes)))
            elif k == "closed":
                cur["closed"] = True
            elif k == "fwd":
                name, _, d = v.partition("|")
                cur["fwd"] = (name, datetime.datetime.strptime(d, "%d.%m.%Y %H:%M:%S"))
            elif k == "reply":
                cur["reply"] = int(v)
            else:
                cur[k] = v
            continue
        cur["text"].append(line)
    for m in msgs:
        while m["text"] and not m["text"][-1].strip():
            m["text"].pop()
        m["text"] = "\n".join(m["text"])
    return meta, msgs


INLINE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|\|\|(.+?)\|\||\[([^\]]+)\]\(([^)]+)\)|(?<![\w&])#(\w+)")


def format_text(text):
    """Telegram's FormatText: entity parts serialised one by one."""
    out = []
    # blockquotes: whole lines starting with "> "
    segments = []
    for line in text.split("\n"):
        if line.startswith("> "):
            segments.append(("quote", line[2:]))
        else:
            segments.append(("text", line))
    pieces = []
    for k, (kind, line) in enumerate(segments):
        sep = "\n" if k < len(segments) - 1 else ""
        pieces.append((kind, line, sep))
    buf = ""
    for kind, line, sep in pieces:
        if kind == "quote":
            out.append(inline_parts(buf))
            buf = ""
            out.append("<blockquote>" + inline_parts(line) + "</blockquote>")
            buf = sep
        else:
            buf += line + sep
    out.append(inline_parts(buf))
    return "".join(out)


def inline_parts(text):
    out = []
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append(ser(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>" + ser(m.group(1)) + "</strong>")
        elif m.group(2) is not None:
            out.append("<em>" + ser(m.group(2)) + "</em>")
        elif m.group(3) is not None:
            out.append('<span class="spoiler hidden" onclick="ShowSpoiler(this)"><span aria-hidden="true">'
                       + ser(m.group(3)) + "</span></span>")
        elif m.group(4) is not None:
            out.append('<a href="' + ser(m.group(5)) + '">' + ser(m.group(4)) + "</a>")
        else:
            tag = m.group(6)
            out.append('<a href="" onclick="return ShowHashtag(' + ser('"' + tag + '"') + ')">#' + ser(tag) + "</a>")
        pos = m.end()
    if pos < len(text):
        out.append(ser(text[pos:]))
    return "".join(out)


def fmt_full(d):
    return d.strftime("%d.%m.%Y %H:%M:%S") + " UTC+05:30"


def date_text(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# ---------------------------------------------------------------- writer

def userpic(ctx, color, name):
    out = ctx.push("div", {"class": "userpic userpic%d" % color, "style": "width: 42px; height: 42px"})
    out += ctx.div("initials", "line-height: 42px")
    out += ser(name.strip()[:1])
    out += ctx.pop()
    out += ctx.pop()
    return out


def generic_media(ctx, classes, title, description, status):
    out = ctx.div("media_wrap clearfix")
    out += ctx.div("media clearfix pull_left " + classes)
    out += ctx.div("fill pull_left")
    out += ctx.pop()
    out += ctx.div("body")
    out += ctx.div("title bold") + ser(title) + ctx.pop()
    out += ctx.div("description") + ser(description) + ctx.pop()
    out += ctx.div("status details") + ser(status) + ctx.pop()
    out += ctx.pop()
    out += ctx.pop()
    out += ctx.pop()
    return out


def photo_media(ctx, spec):
    path, w, h = spec.split("|")
    w, h = int(w), int(h)
    if w > 520 or h > 520:
        if w * 520 >= h * 520 and w >= h:
            tw, th = 520, h * 520 // w
        else:
            tw, th = w * 520 // h, 520
    else:
        tw, th = w, h
    tw, th = tw & ~1, th & ~1
    base, ext = os.path.splitext(path)
    out = ctx.div("media_wrap clearfix")
    out += ctx.push("a", {"class": "photo_wrap clearfix pull_left", "href": path})
    out += ctx.push("img", {"class": "photo", "src": base + "_thumb" + ext,
                            "style": "width: %dpx; height: %dpx" % (tw // 2, th // 2)}, empty=True)
    out += ctx.pop()
    out += ctx.pop()
    return out


def poll_media(ctx, m):
    out = ctx.div("media_wrap clearfix")
    out += ctx.div("media_poll")
    out += ctx.div("question bold") + ser(m["poll"]) + ctx.pop()
    out += ctx.div("details") + ("Final results" if m.get("closed") else "Anonymous poll") + ctx.pop()

    def votes(n):
        return "%d votes" % n if n > 1 else ("1 vote" if n == 1 else "No votes")
    for text, n in m["opts"]:
        out += ctx.div("answer") + "- " + ser(text) + (' <span class="details">' + votes(n) + "</span>" if n else "")
        out += ctx.pop()
    out += ctx.div("total details\t") + votes(sum(n for _, n in m["opts"])) + ctx.pop()
    out += ctx.pop()
    out += ctx.pop()
    return out


def main():
    meta, msgs = parse()
    channel = meta["channel"]
    color = int(meta["userpic"])
    ctx = Context()
    out = "<!DOCTYPE html>" + ctx.push("html")
    out += ctx.push("head")
    out += ctx.push("meta", {"charset": "utf-8"}, empty=True)
    out += ctx.push("title", inline=True) + "Exported Data" + ctx.pop()
    out += ctx.push("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1.0"}, empty=True)
    out += ctx.push("link", {"href": "css/style.css", "rel": "stylesheet"}, empty=True)
    out += ctx.push("script", {"src": "js/script.js", "type": "text/javascript"})
    out += ctx.pop()
    out += ctx.pop()
    out += ctx.push("body", {"onload": "CheckLocation();"})
    out += ctx.div("page_wrap")
    # dialog opening
    out += ctx.div("page_header")
    out += ctx.div("content")
    out += ctx.div("text bold") + ser(channel + " ") + ctx.pop()
    out += ctx.pop()
    out += ctx.pop()
    out += ctx.div("page_body chat_page")
    out += ctx.div("history")

    previous = None
    date_id = 0
    for m in msgs:
        if previous is None or previous["date"].date() != m["date"].date():
            date_id -= 1
            out += ctx.push("div", {"class": "message service", "id": "message%d" % date_id})
            out += ctx.div("body details") + date_text(m["date"]) + ctx.pop()
            out += ctx.pop()
        if m["kind"] == "service":
            out += ctx.push("div", {"class": "message service", "id": "message%d" % m["id"]})
            out += ctx.div("body details")
            out += ser(channel) + ' pinned <a href="#go_to_message%d" onclick="return GoToMessage(%d)">this message</a>' \
                % (m["pin"], m["pin"])
            out += ctx.pop()
            out += ctx.pop()
            previous = {"type": "service", "date": m["date"]}
            continue
        fwd = m.get("fwd")
        wrap = (previous is None or previous["type"] != "default"
                or previous["date"].date() != m["date"].date()
                or bool(fwd) != bool(previous.get("fwd"))
                or (fwd and previous.get("fwd") and fwd[0] != previous["fwd"][0])
                or abs((m["date"] - previous["date"]).total_seconds()) > (1 if fwd else JOIN_WITHIN))
        out += ctx.push("div", {"class": "message default clearfix" if wrap else "message default clearfix joined",
                                "id": "message%d" % m["id"]})
        if wrap:
            out += ctx.div("pull_left userpic_wrap")
            out += userpic(ctx, color, channel)
            out += ctx.pop()
        out += ctx.div("body")
        out += ctx.push("div", {"class": "pull_right date details", "title": fmt_full(m["date"])})
        out += m["date"].strftime("%H:%M")
        out += ctx.pop()
        if wrap:
            out += ctx.div("from_name") + ser(channel + " ") + ctx.pop()
        if fwd:
            out += ctx.div("pull_left forwarded userpic_wrap")
            out += userpic(ctx, int(meta.get("fwdpic", "3")), fwd[0])
            out += ctx.pop()
            out += ctx.div("forwarded body")
            out += ctx.div("from_name")
            out += ser(fwd[0] + " ")
            out += ctx.push("span", {"class": "date details", "title": fmt_full(fwd[1])}, inline=True)
            out += " " + fwd[1].strftime("%d.%m.%Y %H:%M:%S")
            out += ctx.pop()
            out += ctx.pop()
        if "reply" in m:
            out += ctx.div("reply_to details")
            out += 'In reply to <a href="#go_to_message%d" onclick="return GoToMessage(%d)">this message</a>' \
                % (m["reply"], m["reply"])
            out += ctx.pop()
        if "photo" in m:
            out += photo_media(ctx, m["photo"])
        if "poll" in m:
            out += poll_media(ctx, m)
        if "voice" in m:
            dur, size = m["voice"].split("|")
            out += generic_media(ctx, "media_voice_message", "Voice message", NOT_INCLUDED, dur + ", " + size)
        if "file" in m:
            name, size = m["file"].split("|")
            out += generic_media(ctx, "media_file", name, NOT_INCLUDED, size)
        if m["text"]:
            out += ctx.div("text") + format_text(m["text"]) + ctx.pop()
        if m.get("sign"):
            out += ctx.div("signature details") + ser(m["sign"]) + ctx.pop()
        if fwd:
            out += ctx.pop()
        if m["react"]:
            out += ctx.div("reactions")
            for emoji, count in m["react"]:
                out += ctx.push("span", {"class": "reaction"})
                out += ctx.push("span", {"class": "emoji"}) + ser(emoji) + ctx.pop()
                out += ctx.push("span", {"class": "count"}) + count + ctx.pop()
                out += ctx.pop()
            out += ctx.pop()
        out += ctx.pop()
        out += ctx.pop()
        previous = {"type": "default", "date": m["date"], "fwd": fwd}
    while ctx.tags:
        out += ctx.pop()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
