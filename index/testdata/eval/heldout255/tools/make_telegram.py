#!/usr/bin/python3
"""Re-make docs/messages.html from tools/messages.txt.

Run: /usr/bin/python3 tools/make_telegram.py [output path]
Standard library only; byte for byte the same output on every run.

The page is what Telegram Desktop's "Export chat history" (format HTML, photos included, other
media left out) writes for a supergroup, following its HTML writer (export_output_html.cpp):
  - every block tag on its own line, indented one space per open tag, with an empty line
    between tags; attributes in sorted order; the <title> inline;
  - a "message service" date line (ids message-1, message-2, ...) whenever the day changes;
  - a message from the same sender within 15 minutes on the same day is "joined" (no userpic,
    no from_name); album photos are separate joined messages, the caption on the first;
  - userpics as coloured initials (class userpicN from the user id), from_name with a trailing
    space when there is no last name, the date in a title attribute with "UTC+05:30";
  - text with <br> for new lines, &quot; and &apos; escapes, <strong>, <em>, spoilers,
    blockquotes, hashtag and link anchors;
  - replies as "In reply to this message" links, a forwarded channel post in a "forwarded body",
    photos as photo_wrap links to photos/photo_N@dd-mm-yyyy_hh-mm-ss.jpg with _thumb images,
    a file and a sticker that were not downloaded ("Not included, change data exporting settings
    to download."), a closed poll with vote counts and the tab in "total details\t",
    reactions as spans with the reacting users' initials (and a count when more reacted);
  the export was run by Pooja Nair, so her reactions are "active" and her poll answer is the
  "chosen vote".
"""
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
OUT = os.path.join(HERE, "..", "docs", "messages.html")
COLOR_MAP = [0, 7, 4, 1, 6, 3, 5]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NOT_INCLUDED = "Not included, change data exporting settings to download."
SELF = "Pooja Nair"   # the member who ran the export: her reactions are "active", her poll vote "chosen"


def ser(s):
    """SerializeString: the exporter's escaping."""
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


class Ctx:
    def __init__(self):
        self.tags = []

    def indent(self):
        return " " * len(self.tags)

    def push(self, tag, attrs=None, block=True, empty=False):
        inner = "".join(' %s="%s"' % (k, ser(v)) for k, v in sorted((attrs or {}).items()))
        res = (("\n" + self.indent()) if block else "") + "<" + tag + inner + ("/" if empty else "") + ">" \
            + ("\n" if block else "")
        if not empty:
            self.tags.append((tag, block))
        return res

    def pop(self):
        tag, block = self.tags.pop()
        return (("\n" + self.indent()) if block else "") + "</" + tag + ">" + ("\n" if block else "")

    def div(self, cls, style=None):
        a = {"class": cls}
        if style:
            a["style"] = style
        return self.push("div", a)


def fmt_dt(dt, tz=True):
    s = dt.strftime("%d.%m.%Y %H:%M:%S")
    return s + (" UTC+05:30" if tz else "")


def color(bare):
    return COLOR_MAP[bare % 7]


def format_text(text):
    """Text entities to the exporter's markup."""
    lines = text.split("\n")
    quoted = []
    out_lines = []
    for ln in lines:
        if ln.startswith("> "):
            quoted.append(ln[2:])
            continue
        if quoted:
            out_lines.append(("Q", "\n".join(quoted)))
            quoted = []
        out_lines.append(("T", ln))
    if quoted:
        out_lines.append(("Q", "\n".join(quoted)))
    parts = []
    for i, (kind, ln) in enumerate(out_lines):
        sep = "<br>" if i < len(out_lines) - 1 else ""
        if kind == "Q":
            parts.append("<blockquote>" + inline(ln) + "</blockquote>" + sep)
        else:
            parts.append(inline(ln) + sep)
    return "".join(parts)


def inline(s):
    tokens = re.split(r"(\*\*.+?\*\*|__.+?__|\|\|.+?\|\||<<.+?>>|(?<![\w&])#\w+|(?<!\w)@\w+)", s)
    out = []
    for t in tokens:
        if not t:
            continue
        if t.startswith("**"):
            out.append("<strong>" + ser(t[2:-2]) + "</strong>")
        elif t.startswith("__"):
            out.append("<em>" + ser(t[2:-2]) + "</em>")
        elif t.startswith("||"):
            out.append('<span class="spoiler hidden" onclick="ShowSpoiler(this)"><span aria-hidden="true">'
                       + ser(t[2:-2]) + "</span></span>")
        elif t.startswith("<<"):
            u = ser(t[2:-2])
            out.append('<a href="%s">%s</a>' % (u, u))
        elif t.startswith("#"):
            out.append('<a href="" onclick="return ShowHashtag(%s)">%s</a>' % (ser('"' + t[1:] + '"'), ser(t)))
        elif t.startswith("@"):
            out.append('<a href="https://t.me/%s">%s</a>' % (ser(t[1:]), ser(t)))
        else:
            out.append(ser(t))
    return "".join(out)


def size_text(n):
    if n >= 1024 * 1024:
        t = n * 10 // (1024 * 1024)
        return "%d.%d MB" % (t // 10, t % 10)
    if n >= 1024:
        t = n * 10 // 1024
        return "%d.%d KB" % (t // 10, t % 10)
    return "%d B" % n


def thumb_size(w, h):
    """QSize::scaled(520, 520, Qt::KeepAspectRatio) when larger, then rounded down to even."""
    if w > 520 or h > 520:
        rw = 520 * w // h
        if rw <= 520:
            nw, nh = rw, 520
        else:
            nw, nh = 520, 520 * h // w
    else:
        nw, nh = w, h
    return nw & ~1, nh & ~1


def parse(path):
    chat, users, channels, msgs = None, {}, {}, []
    cur = None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("%"):
                continue
            if raw.startswith("@chat "):
                chat = raw[6:].strip()
            elif raw.startswith("@user "):
                name, first, last, bare = [x.strip() for x in raw[6:].split("|")]
                users[name] = (first, last, int(bare))
            elif raw.startswith("@channel "):
                name, bare = [x.strip() for x in raw[9:].split("|")]
                channels[name] = int(bare)
            elif raw.startswith("#") and re.match(r"#\d+ \|", raw):
                fields = [x.strip() for x in raw.split(" | ")]
                cur = {"id": int(fields[0][1:]), "date": datetime.strptime(fields[1], "%Y-%m-%d %H:%M:%S"),
                       "text": []}
                for fld in fields[2:]:
                    k, v = fld.split(": ", 1)
                    cur[k] = v
                msgs.append(cur)
            elif cur is not None:
                cur["text"].append(raw)
    for m in msgs:
        while m["text"] and not m["text"][-1].strip():
            m["text"].pop()
        m["text"] = "\n".join(m["text"])
    return chat, users, channels, msgs


def build(out_path):
    chat, users, channels, msgs = parse(SRC)
    c = Ctx()
    doc = ["<!DOCTYPE html>" + c.push("html")]
    doc.append(c.push("head"))
    doc.append(c.push("meta", {"charset": "utf-8"}, empty=True))
    doc.append(c.push("title", block=False) + "Exported Data" + c.pop())
    doc.append(c.push("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1.0"},
                      empty=True))
    doc.append(c.push("link", {"href": "css/style.css", "rel": "stylesheet"}, empty=True))
    doc.append(c.push("script", {"src": "js/script.js", "type": "text/javascript"}))
    doc.append(c.pop())
    doc.append(c.pop())
    doc.append(c.push("body", {"onload": "CheckLocation();"}))
    doc.append(c.div("page_wrap"))
    doc.append(c.div("page_header") + c.div("content") + c.div("text bold") + ser(chat + " ")
               + c.pop() + c.pop() + c.pop())
    doc.append(c.div("page_body chat_page"))
    doc.append(c.div("history"))

    def userpic(first, last, bare, size, tooltip=None):
        px = "%dpx" % size
        r = c.push("div", {"class": "userpic userpic%d" % (color(bare) + 1),
                           "style": "width: %s; height: %s" % (px, px)})
        a = {"class": "initials", "style": "line-height: " + px}
        if tooltip:
            a["title"] = tooltip
        r += c.push("div", a)
        r += (ser(first.strip()[:1]) if first.strip() else "") + (ser(last.strip()[:1]) if last.strip() else "")
        r += c.pop() + c.pop()
        return r

    date_id = 0
    photo_no = 0
    prev = None      # (type, from, date, forwarded key)
    for m in msgs:
        dt = m["date"]
        if prev is None or prev[2].date() != dt.date():
            date_id -= 1
            doc.append(c.push("div", {"class": "message service", "id": "message%d" % date_id})
                       + c.div("body details") + "%d %s %d" % (dt.day, MONTHS[dt.month - 1], dt.year)
                       + c.pop() + c.pop())
        if "service" in m:
            kind, rest = m["service"].split(" ", 1)
            a, b = [x.strip() for x in rest.split(" / ")]
            if kind == "join_link":
                text = "%s joined group by link from %s" % (ser(a), ser(b))
            elif kind == "pin":
                text = '%s pinned <a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>' % (
                    ser(a), b, b)
            elif kind == "remove":
                text = "%s removed %s" % (ser(a), ser(b))
            elif kind == "invite":
                text = "%s invited %s" % (ser(a), ser(b))
            doc.append(c.push("div", {"class": "message service", "id": "message%d" % m["id"]})
                       + c.div("body details") + text + c.pop() + c.pop())
            prev = ("service", None, dt, None)
            continue
        sender = m["from"]
        first, last, bare = users[sender]
        fwd = m.get("fwd")
        fwd_key = fwd.split(" / ")[0] if fwd else None
        wrap = (prev is None or prev[0] != "default" or prev[1] != sender or prev[2].date() != dt.date()
                or prev[3] != fwd_key or abs((dt - prev[2]).total_seconds()) > (1 if fwd else 900))
        b = c.push("div", {"class": "message default clearfix" + ("" if wrap else " joined"),
                           "id": "message%d" % m["id"]})
        if wrap:
            b += c.div("pull_left userpic_wrap") + userpic(first, last, bare, 42) + c.pop()
        b += c.div("body")
        b += c.push("div", {"class": "pull_right date details", "title": fmt_dt(dt)}) + dt.strftime("%H:%M") + c.pop()
        if wrap:
            b += c.div("from_name") + ser(first + " " + last) + c.pop()
        if fwd:
            ch_name, ch_date = [x.strip() for x in fwd.split(" / ")]
            fdt = datetime.strptime(ch_date, "%Y-%m-%d %H:%M:%S")
            cbare = channels[ch_name]
            b += c.div("pull_left forwarded userpic_wrap") + userpic(ch_name, "", cbare, 42) + c.pop()
            b += c.div("forwarded body")
            b += c.div("from_name") + ser(ch_name + " ")
            b += c.push("span", {"class": "date details", "title": fmt_dt(fdt)}, block=False)
            b += " " + fmt_dt(fdt, tz=False) + c.pop() + c.pop()
        if "reply" in m:
            rid = m["reply"]
            b += c.div("reply_to details") + "In reply to " + (
                '<a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>' % (rid, rid)) + c.pop()
        text = m["text"]
        if "photo" in m:
            w, h = [int(x) for x in m["photo"].split("x")]
            photo_no += 1
            base = "photos/photo_%d@%s" % (photo_no, dt.strftime("%d-%m-%Y_%H-%M-%S"))
            tw, th = thumb_size(w, h)
            b += c.div("media_wrap clearfix")
            b += c.push("a", {"class": "photo_wrap clearfix pull_left", "href": base + ".jpg"})
            b += c.push("img", {"class": "photo", "src": base + "_thumb.jpg",
                                "style": "width: %dpx; height: %dpx" % (tw // 2, th // 2)}, empty=True)
            b += c.pop() + c.pop()
        if "file" in m or "sticker" in m:
            if "file" in m:
                name, size = [x.strip() for x in m["file"].split(" / ")]
                title, status, cls = name, size_text(int(size)), "media_file"
            else:
                emoji, size = [x.strip() for x in m["sticker"].split(" / ")]
                title, status, cls = "Sticker", emoji + ", " + size_text(int(size)), "media_photo"
            b += c.div("media_wrap clearfix") + c.div("media clearfix pull_left " + cls)
            b += c.div("fill pull_left") + c.pop()
            b += c.div("body")
            b += c.div("title bold") + ser(title) + c.pop()
            b += c.div("description") + ser(NOT_INCLUDED) + c.pop()
            b += c.div("status details") + ser(status) + c.pop()
            b += c.pop() + c.pop() + c.pop()
        if "poll" in m:
            q, *answers = text.split("\n")
            text = ""
            b += c.div("media_wrap clearfix") + c.div("media_poll")
            b += c.div("question bold") + inline(q) + c.pop()
            b += c.div("details") + ("Final results" if m["poll"] == "closed" else "Anonymous poll") + c.pop()
            total = 0
            for a in answers:
                at, votes = a[2:].split(" / ", 1)
                mine = votes.endswith(" / chosen")
                v = int(votes.split(" / ")[0])
                total += v
                det = "" if not v else ' <span class="details">%d vote%s%s</span>' % (
                    v, "s" if v > 1 else "", ", chosen vote" if mine else "")
                b += c.div("answer") + "- " + inline(at) + det + c.pop()
            b += c.div("total details\t") + ("%d votes" % total) + c.pop()
            b += c.pop() + c.pop()
        if text:
            b += c.div("text") + format_text(text) + c.pop()
        if fwd:
            b += c.pop()
        if "react" in m:
            b += c.push("span", {"class": "reactions"})
            for part in m["react"].split("; "):
                emoji, who = part.split("=", 1)
                count = None
                if "/" in who:
                    count, who = who.split("/", 1)
                names = [x.strip() for x in who.split(",")]
                b += c.push("span", {"class": "reaction active" if SELF in names else "reaction"})
                b += c.push("span", {"class": "emoji"}) + ser(emoji) + c.pop()
                b += c.push("span", {"class": "userpics"})
                for n in names:
                    f, l, ub = users[n]
                    b += userpic(f, l, ub, 20, tooltip=n)
                b += c.pop()
                if count and int(count) > len(names):
                    b += c.push("span", {"class": "count"}) + count + c.pop()
                b += c.pop()
            b += c.pop()
        b += c.pop() + c.pop()
        doc.append(b)
        prev = ("default", sender, dt, fwd_key)
    while c.tags:
        doc.append(c.pop())
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(doc))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
