#!/usr/bin/python3
"""Re-make docs/messages.html from tools/messages.txt.

Imitates Telegram Desktop's "Export chat history" in HTML for one channel (no signatures),
written the way the exporter's tag writer writes it: every block tag on its own line after a
newline, indented one space per open tag, attributes in alphabetical order, the element's text
on the next line without indent, inline tags kept on the line; text serialised with <br> for
line breaks and &quot; &apos; &amp; &lt; &gt; for the five special characters.

What it writes: the "Exported Data" skeleton (charset and viewport meta, the export's css and
js, CheckLocation, page_wrap, page_header with the channel name and a trailing space,
page_body chat_page, history); a date separator (service message with a negative id) before
the first message of each day; a "... pinned this message" service message; posts with the
channel's userpic (a coloured circle with one initial), the time with the full date and
UTC+05:30 in its title and the channel name, or "joined" (no userpic, no name) when made
within 15 minutes of the post before on the same day; reactions; a closed poll ("Final
results", the total in a class that ends with a tab); a reply; a post forwarded from another
channel (its own userpic, name and date); a photo, a voice message and a PDF left out of the
export ("Not included, change data exporting settings to download.", with the photo's size,
the voice note's duration and the file's size); entities as the exporter serialises them:
<strong>, <em>, <code>, <pre>, <blockquote>, text links, hashtags (ShowHashtag) and @username
mentions (t.me links).

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
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


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


class Writer:
    """The exporter's tag stack: block tags on their own lines, indented by depth."""

    def __init__(self):
        self.tags = []

    def indent(self):
        return " " * len(self.tags)

    def push(self, name, attrs=None, inline=False, empty=False):
        inner = "".join(' %s="%s"' % (k, ser(v)) for k, v in sorted((attrs or {}).items()))
        block = not inline
        res = ("\n" + self.indent() if block else "") + "<" + name + inner + \
              ("/" if empty else "") + ">" + ("\n" if block else "")
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


# ------------------------------------------------------------------ source

def parse():
    meta, msgs, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("# "):
            continue
        if line.startswith(("@channel ", "@userpic ", "@fwdpic ")):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith(("@msg ", "@service ")):
            kind, mid, date, time_, *rest = line[1:].split(" ")
            cur = {"kind": kind, "id": int(mid), "text": [], "react": [], "opts": [],
                   "date": datetime.datetime.strptime(date + " " + time_, "%d.%m.%Y %H:%M:%S")}
            for r in rest:
                k, _, v = r.partition("=")
                cur[k] = v
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


INLINE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`"
                    r"|\[([^\]]+)\]\(([^)]+)\)|(?<![\w&])#([A-Za-z]\w*)|(?<![\w.])@([A-Za-z]\w{4,})")


def inline_parts(text):
    out, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            out.append(ser(text[pos:m.start()]))
        g = m.groups()
        if g[0] is not None:
            out.append("<strong>" + ser(g[0]) + "</strong>")
        elif g[1] is not None:
            out.append("<em>" + ser(g[1]) + "</em>")
        elif g[2] is not None:
            out.append("<code>" + ser(g[2]) + "</code>")
        elif g[3] is not None:
            out.append('<a href="' + ser(g[4]) + '">' + ser(g[3]) + "</a>")
        elif g[5] is not None:
            out.append('<a href="" onclick="return ShowHashtag(' + ser('"' + g[5] + '"') + ')">#'
                       + ser(g[5]) + "</a>")
        else:
            out.append('<a href="https://t.me/' + g[6] + '">@' + ser(g[6]) + "</a>")
        pos = m.end()
    if pos < len(text):
        out.append(ser(text[pos:]))
    return "".join(out)


def format_text(text):
    """Telegram's FormatText: plain parts and entities serialised one after another. A ```
    block is one pre entity and a run of "> " lines one blockquote entity (their line breaks
    are serialised as <br> like any other); the line break after either is plain text."""
    out, buf, block, kind = [], [], None, None
    lines = text.split("\n")

    def flush_plain(trailing):
        if buf:
            out.append(inline_parts("\n".join(buf) + ("\n" if trailing else "")))

    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "```" or line.startswith("> "):
            flush_plain(True)
            buf = []
            if line == "```":
                j = i + 1
                pre = []
                while lines[j] != "```":
                    pre.append(lines[j])
                    j += 1
                out.append("<pre>" + ser("\n".join(pre)) + "</pre>")
                i = j + 1
            else:
                j = i
                quote = []
                while j < len(lines) and lines[j].startswith("> "):
                    quote.append(lines[j][2:])
                    j += 1
                out.append("<blockquote>" + inline_parts("\n".join(quote)) + "</blockquote>")
                i = j
            if i < len(lines):
                buf.append("")
            continue
        buf.append(line)
        i += 1
    if buf:
        out.append(inline_parts("\n".join(buf)))
    return "".join(out)


def fmt_full(d):
    return d.strftime("%d.%m.%Y %H:%M:%S") + " UTC+05:30"


def date_text(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# ------------------------------------------------------------------ writer

def userpic(w, color, name):
    out = w.push("div", {"class": "userpic userpic%d" % color, "style": "width: 42px; height: 42px"})
    out += w.div("initials", "line-height: 42px")
    out += ser(name.strip()[:1])
    out += w.pop()
    out += w.pop()
    return out


def generic_media(w, classes, title, description, status):
    out = w.div("media_wrap clearfix")
    out += w.div("media clearfix pull_left " + classes)
    out += w.div("fill pull_left")
    out += w.pop()
    out += w.div("body")
    out += w.div("title bold") + ser(title) + w.pop()
    out += w.div("description") + ser(description) + w.pop()
    out += w.div("status details") + ser(status) + w.pop()
    out += w.pop()
    out += w.pop()
    out += w.pop()
    return out


def poll_media(w, m):
    out = w.div("media_wrap clearfix")
    out += w.div("media_poll")
    out += w.div("question bold") + ser(m["poll"]) + w.pop()
    out += w.div("details") + ("Final results" if m.get("closed") else "Anonymous poll") + w.pop()

    def votes(n):
        return "%d votes" % n if n > 1 else ("1 vote" if n == 1 else "No votes")
    for text, n in m["opts"]:
        out += w.div("answer") + "- " + ser(text) + \
            (' <span class="details">' + votes(n) + "</span>" if n else "")
        out += w.pop()
    out += w.div("total details\t") + votes(sum(n for _, n in m["opts"])) + w.pop()
    out += w.pop()
    out += w.pop()
    return out


def go_to(mid):
    return '<a href="#go_to_message%d" onclick="return GoToMessage(%d)">this message</a>' % (mid, mid)


def main():
    meta, msgs = parse()
    channel = meta["channel"]
    color = int(meta["userpic"])
    w = Writer()
    out = "<!DOCTYPE html>" + w.push("html")
    out += w.push("head")
    out += w.push("meta", {"charset": "utf-8"}, empty=True)
    out += w.push("title", inline=True) + "Exported Data" + w.pop()
    out += w.push("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1.0"},
                  empty=True)
    out += w.push("link", {"href": "css/style.css", "rel": "stylesheet"}, empty=True)
    out += w.push("script", {"src": "js/script.js", "type": "text/javascript"})
    out += w.pop()
    out += w.pop()
    out += w.push("body", {"onload": "CheckLocation();"})
    out += w.div("page_wrap")
    out += w.div("page_header")
    out += w.div("content")
    out += w.div("text bold") + ser(channel + " ") + w.pop()
    out += w.pop()
    out += w.pop()
    out += w.div("page_body chat_page")
    out += w.div("history")

    previous, date_id = None, 0
    for m in msgs:
        if previous is None or previous["date"].date() != m["date"].date():
            date_id -= 1
            out += w.push("div", {"class": "message service", "id": "message%d" % date_id})
            out += w.div("body details") + date_text(m["date"]) + w.pop()
            out += w.pop()
        if m["kind"] == "service":
            out += w.push("div", {"class": "message service", "id": "message%d" % m["id"]})
            out += w.div("body details")
            out += ser(channel) + " pinned " + go_to(int(m["pin"]))
            out += w.pop()
            out += w.pop()
            previous = {"type": "service", "date": m["date"]}
            continue
        fwd = m.get("fwd")
        wrap = (previous is None or previous["type"] != "default"
                or previous["date"].date() != m["date"].date()
                or bool(fwd) != bool(previous.get("fwd"))
                or (fwd and previous.get("fwd") and fwd[0] != previous["fwd"][0])
                or abs((m["date"] - previous["date"]).total_seconds()) > (1 if fwd else JOIN_WITHIN))
        out += w.push("div", {"class": "message default clearfix" if wrap
                              else "message default clearfix joined", "id": "message%d" % m["id"]})
        if wrap:
            out += w.div("pull_left userpic_wrap")
            out += userpic(w, color, channel)
            out += w.pop()
        out += w.div("body")
        out += w.push("div", {"class": "pull_right date details", "title": fmt_full(m["date"])})
        out += m["date"].strftime("%H:%M")
        out += w.pop()
        if wrap:
            out += w.div("from_name") + ser(channel + " ") + w.pop()
        if fwd:
            out += w.div("pull_left forwarded userpic_wrap")
            out += userpic(w, int(meta["fwdpic"]), fwd[0])
            out += w.pop()
            out += w.div("forwarded body")
            out += w.div("from_name")
            out += ser(fwd[0] + " ")
            out += w.push("span", {"class": "date details", "title": fmt_full(fwd[1])}, inline=True)
            out += " " + fwd[1].strftime("%d.%m.%Y %H:%M:%S")
            out += w.pop()
            out += w.pop()
        if "reply" in m:
            out += w.div("reply_to details") + "In reply to " + go_to(m["reply"]) + w.pop()
        if "photo" in m:
            pw, ph, size = m["photo"].split("|")
            out += generic_media(w, "media_photo", "Photo", NOT_INCLUDED,
                                 "%sx%s, %s" % (pw, ph, size))
        if "poll" in m:
            out += poll_media(w, m)
        if "voice" in m:
            dur, size = m["voice"].split("|")
            out += generic_media(w, "media_voice_message", "Voice message", NOT_INCLUDED,
                                 dur + ", " + size)
        if "file" in m:
            name, size = m["file"].split("|")
            out += generic_media(w, "media_file", name, NOT_INCLUDED, size)
        if m["text"]:
            out += w.div("text") + format_text(m["text"]) + w.pop()
        if fwd:
            out += w.pop()
        if m["react"]:
            out += w.div("reactions")
            for emoji, count in m["react"]:
                out += w.push("span", {"class": "reaction"})
                out += w.push("span", {"class": "emoji"}) + ser(emoji) + w.pop()
                out += w.push("span", {"class": "count"}) + count + w.pop()
                out += w.pop()
            out += w.pop()
        out += w.pop()
        out += w.pop()
        previous = {"type": "default", "date": m["date"], "fwd": fwd}
    while w.tags:
        out += w.pop()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
