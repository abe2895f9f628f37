#!/usr/bin/python3
"""Re-make docs/sundarbans-cyclones-telegram.html from tools/sundarbans-cyclones-telegram.txt.

The source holds the channel's name, initials and userpic colour, then one block per post:
"== <id> | dd.mm.yyyy hh:mm:ss", optional "fwd: <name> | <date> | <initials> | <colour>",
"reply: <id>", "photo: <path> | <w>x<h>", "poll: <question> | <kind> | <votes>" with "- "
answers, the text lines (**bold**, ||spoiler||, #hashtags, bare URLs) and "react: <emoji> <n> | ...";
"!pin <id> <pinned id> | <date>" is a pin service message.  The output is messages.html as
Telegram Desktop's "Export chat history" (HTML) writes it: one-space indents, blank lines between
tags, date service messages with negative ids, joined messages, forwarded blocks, reactions.
Deterministic: no clock, no randomness.
Usage: make_telegram.py [output path]
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sundarbans-cyclones-telegram.txt")
OUT = os.path.join(HERE, "..", "docs", "sundarbans-cyclones-telegram.html")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def fmt_text(lines):
    out = []
    for line in lines:
        s = esc(line)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"\|\|(.+?)\|\|",
                   r'<span class="spoiler hidden" onclick="ShowSpoiler(this)">'
                   r'<span aria-hidden="true">\1</span></span>', s)
        s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
        s = re.sub(r"(?<![\w&])#(\w+)",
                   r'<a href="" onclick="return ShowHashtag(&quot;\1&quot;)">#\1</a>', s)
        out.append(s)
    return "<br>".join(out)


class Out:
    def __init__(self):
        self.lines = []

    def open(self, depth, tag):
        self.lines.append(" " * depth + tag)
        self.lines.append("")

    def close(self, depth, tag):
        self.lines.append(" " * depth + tag)
        self.lines.append("")

    def leaf(self, depth, tag, text, end="</div>"):
        self.lines.append(" " * depth + tag)
        self.lines.append(text)
        self.lines.append(" " * depth + end)
        self.lines.append("")


def parse(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.split("\n"))
    items = []
    for block in re.split(r"\n(?===|!pin)", "\n" + body.strip("\n")):
        block = block.strip("\n")
        if not block:
            continue
        lines = block.split("\n")
        if lines[0].startswith("!pin"):
            m = re.match(r"!pin (\d+) (\d+) \| (.+)", lines[0])
            items.append({"kind": "pin", "id": m.group(1), "target": m.group(2),
                          "date": m.group(3)})
            continue
        m = re.match(r"== (\d+) \| (.+)", lines[0])
        msg = {"kind": "msg", "id": m.group(1), "date": m.group(2), "text": [], "answers": []}
        for l in lines[1:]:
            if not l.strip():
                continue
            if l.startswith("fwd: "):
                msg["fwd"] = l[5:].split(" | ")
            elif l.startswith("reply: "):
                msg["reply"] = l[7:]
            elif l.startswith("photo: "):
                msg["photo"] = l[7:].split(" | ")
            elif l.startswith("poll: "):
                msg["poll"] = l[6:].split(" | ")
            elif l.startswith("react: "):
                msg["react"] = [r.split(" ") for r in l[7:].split(" | ")]
            elif "poll" in msg and l.startswith("- "):
                msg["answers"].append(l[2:])
            else:
                msg["text"].append(l)
        items.append(msg)
    return meta, items


def when(s):
    return datetime.datetime.strptime(s, "%d.%m.%Y %H:%M:%S")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = parse(SRC)
    o = Out()
    o.lines += ["<!DOCTYPE html>", "<html>", "", " <head>", "", '  <meta charset="utf-8"/>',
                "<title>Exported Data</title>",
                '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>', "",
                '  <link href="css/style.css" rel="stylesheet"/>', "",
                '  <script src="js/script.js" type="text/javascript">', "", "  </script>", "",
                " </head>", "", ' <body onload="CheckLocation();">', ""]
    o.open(2, '<div class="page_wrap">')
    o.open(3, '<div class="page_header">')
    o.open(4, '<div class="content">')
    o.leaf(5, '<div class="text bold">', esc(meta["channel"]))
    o.close(4, "</div>")
    o.close(3, "</div>")
    o.open(3, '<div class="page_body chat_page">')
    o.open(4, '<div class="history">')
    day, service_no, prev = None, 0, None
    for it in items:
        d = when(it["date"])
        if d.date() != day:
            day = d.date()
            service_no += 1
            o.open(5, '<div class="message service" id="message-%d">' % service_no)
            o.leaf(6, '<div class="body details">', "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year))
            o.close(5, "</div>")
            prev = None
        if it["kind"] == "pin":
            o.open(5, '<div class="message service" id="message%s">' % it["id"])
            o.leaf(6, '<div class="body details">',
                   '%s pinned <a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>'
                   % (esc(meta["channel"]), it["target"], it["target"]))
            o.close(5, "</div>")
            prev = None
            continue
        joined = (prev is not None and "fwd" not in it and "fwd" not in prev
                  and (d - when(prev["date"])).total_seconds() < 900)
        cls = "message default clearfix" + (" joined" if joined else "")
        o.open(5, '<div class="%s" id="message%s">' % (cls, it["id"]))
        if not joined:
            o.open(6, '<div class="pull_left userpic_wrap">')
            o.open(7, '<div class="userpic userpic%s" style="width: 42px; height: 42px">' % meta["userpic"])
            o.leaf(8, '<div class="initials" style="line-height: 42px">', meta["initials"])
            o.close(7, "</div>")
            o.close(6, "</div>")
        o.open(6, '<div class="body">')
        o.leaf(7, '<div class="pull_right date details" title="%s UTC+05:30">' % it["date"],
               d.strftime("%H:%M"))
        if not joined:
            o.leaf(7, '<div class="from_name">', esc(meta["channel"]) + " ")
        depth = 7
        if "fwd" in it:
            name, fdate, ini, col = it["fwd"]
            o.open(7, '<div class="pull_left forwarded userpic_wrap">')
            o.open(8, '<div class="userpic userpic%s" style="width: 42px; height: 42px">' % col)
            o.leaf(9, '<div class="initials" style="line-height: 42px">', ini)
            o.close(8, "</div>")
            o.close(7, "</div>")
            o.open(7, '<div class="forwarded body">')
            o.leaf(8, '<div class="from_name">',
                   '%s<span class="date details" title="%s UTC+05:30"> %s</span>'
                   % (esc(name), fdate, fdate))
            depth = 8
        if "reply" in it:
            o.leaf(depth, '<div class="reply_to details">',
                   'In reply to <a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>'
                   % (it["reply"], it["reply"]))
        if "photo" in it:
            path, size = it["photo"]
            w, h = size.split("x")
            thumb = path[:-4] + "_thumb.jpg"
            o.open(depth, '<div class="media_wrap clearfix">')
            o.open(depth + 1, '<a class="photo_wrap clearfix pull_left" href="%s">' % path)
            o.lines.append(" " * (depth + 2) + '<img class="photo" src="%s" style="width: %spx; height: %spx"/>'
                           % (thumb, w, h))
            o.lines.append("")
            o.close(depth + 1, "</a>")
            o.close(depth, "</div>")
        if "poll" in it:
            q, kind, votes = it["poll"]
            o.open(depth, '<div class="media_wrap clearfix">')
            o.open(depth + 1, '<div class="media_poll">')
            o.leaf(depth + 2, '<div class="question bold">', esc(q))
            o.leaf(depth + 2, '<div class="details">', esc(kind))
            for a in it["answers"]:
                o.leaf(depth + 2, '<div class="answer">', "- " + esc(a))
            o.leaf(depth + 2, '<div class="total details">', votes.replace(",", ""))
            o.close(depth + 1, "</div>")
            o.close(depth, "</div>")
        if it["text"]:
            o.leaf(depth, '<div class="text">', fmt_text(it["text"]))
        if "fwd" in it:
            o.close(7, "</div>")
        if "react" in it:
            o.open(7, '<span class="reactions">')
            for emoji, n in it["react"]:
                o.open(8, '<span class="reaction">')
                o.leaf(9, '<span class="emoji">', emoji, "</span>")
                o.leaf(9, '<span class="count">', n, "</span>")
                o.close(8, "</span>")
            o.close(7, "</span>")
        o.close(6, "</div>")
        o.close(5, "</div>")
        prev = it
    o.close(4, "</div>")
    o.close(3, "</div>")
    o.close(2, "</div>")
    o.lines += [" </body>", "", "</html>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o.lines) + "\n")


if __name__ == "__main__":
    main()
