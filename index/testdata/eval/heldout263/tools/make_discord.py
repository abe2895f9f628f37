#!/usr/bin/python3
"""Re-make docs/discord-independence-act-1947-thread.txt from tools/discord-independence-act-1947-thread.txt.

The output is what DiscordChatExporter's PlainTextMessageWriter writes for one *forum post*
(a thread of a forum channel) exported with the CLI on Linux, `--format PlainText --locale
en-GB --after 2023-07-01 --before 2025-09-01`, local time IST: a preamble between two rules
of 62 "=" with "Guild:", "Channel: <parent forum> / <post title>" (threads carry their parent
as the category and have no topic, so there is no "Topic:" line), and "After:"/"Before:" in
the locale's short "g" format (dd/MM/yyyy HH:mm); then per message a header
"[dd/MM/yyyy HH:mm] <user name>" (new-style usernames without a discriminator, the bot as
"Name#1234", " (pinned)" for pinned messages), the content with only mentions, custom emoji
and <t:…> timestamps rendered (user mentions as @username, channel mentions as #name, custom
emoji as :name:, timestamps in the same "g" format) and every other piece of Discord markdown
left raw (##, **, *, - lists), a blank line, then {Attachments}, {Embed}, {Stickers} and
{Reactions} blocks (reactions as "emoji (n) " with the count only when above one and a
trailing space), a blank line; system messages carry the exporter's fixed text
("Pinned a message."); the postamble "Exported N message(s)". LF line ends, UTF-8 without BOM.

Source markup: "@key value" header lines (@user id name, @channelref id name), then messages
starting "@@ YYYY-MM-DD HH:MM | author[ | pinned][ | system:pin]" with raw content lines and
"{attach} url", "{embed} line", "{sticker} url", "{react} emoji n | emoji n" lines.

Run: /usr/bin/python3 tools/make_discord.py [OUT]   (byte-for-byte stable)
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "discord-independence-act-1947-thread.txt")
OUT = os.path.join(HERE, "..", "docs", "discord-independence-act-1947-thread.txt")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
RULE = "=" * 62


def g(dt):
    """.NET "g" format for en-GB: dd/MM/yyyy HH:mm."""
    return dt.astimezone(IST).strftime("%d/%m/%Y %H:%M")


def parse():
    meta, users, chans, msgs = {}, {}, {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    cur = None
    for ln in lines:
        if ln.startswith("@@ "):
            head = [x.strip() for x in ln[3:].split("|")]
            cur = {"when": datetime.datetime.strptime(head[0], "%Y-%m-%d %H:%M").replace(tzinfo=IST),
                   "author": head[1], "flags": head[2:], "content": [], "attach": [], "embed": [],
                   "sticker": [], "react": []}
            msgs.append(cur)
        elif cur is None:
            if ln.startswith("@user "):
                uid, name = ln[6:].split(" ", 1)
                users[uid] = name
            elif ln.startswith("@channelref "):
                cid, name = ln[12:].split(" ", 1)
                chans[cid] = name
            elif ln.startswith("@"):
                k, v = ln[1:].split(" ", 1)
                meta[k] = v
        elif ln.startswith("{attach} "):
            cur["attach"].append(ln[9:])
        elif ln.startswith("{embed} "):
            cur["embed"].append(ln[8:])
        elif ln.startswith("{sticker} "):
            cur["sticker"].append(ln[10:])
        elif ln.startswith("{react} "):
            for r in ln[8:].split(" | "):
                emoji, n = r.rsplit(" ", 1)
                cur["react"].append((emoji, int(n)))
        else:
            cur["content"].append(ln)
    for m in msgs:
        while m["content"] and not m["content"][-1].strip():
            m["content"].pop()
    return meta, users, chans, msgs


def render(text, users, chans):
    def user(m):
        name = users.get(m.group(1))
        return "@" + (name.split("#")[0] if name else "Unknown")
    text = re.sub(r"<@!?(\d+)>", user, text)
    text = re.sub(r"<#(\d+)>", lambda m: "#" + chans.get(m.group(1), "deleted-channel"), text)
    text = re.sub(r"<a?:(\w+):\d+>", r":\1:", text)
    text = re.sub(r"<t:(-?\d+)(?::\w)?>",
                  lambda m: g(datetime.datetime.fromtimestamp(int(m.group(1)), datetime.timezone.utc)), text)
    return text


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, users, chans, msgs = parse()
    w = []
    w.append(RULE)
    w.append("Guild: %s" % meta["guild"])
    w.append("Channel: %s / %s" % (meta["category"], meta["channel"]))
    w.append("After: %s" % g(datetime.datetime.fromisoformat(meta["after"])))
    w.append("Before: %s" % g(datetime.datetime.fromisoformat(meta["before"])))
    w.append(RULE)
    w.append("")
    for m in msgs:
        head = "[%s] %s" % (g(m["when"]), m["author"])
        if "pinned" in m["flags"]:
            head += " (pinned)"
        w.append(head)
        content = "\n".join(m["content"])
        if content.strip():
            w.append(render(content, users, chans))
        w.append("")
        if m["attach"]:
            w.append("{Attachments}")
            w.extend(m["attach"])
            w.append("")
        if m["embed"]:
            w.append("{Embed}")
            w.extend(render(e, users, chans) for e in m["embed"])
            w.append("")
        if m["sticker"]:
            w.append("{Stickers}")
            w.extend(m["sticker"])
            w.append("")
        if m["react"]:
            w.append("{Reactions}")
            w.append("".join("%s%s " % (e, " (%d)" % n if n > 1 else "") for e, n in m["react"]))
        w.append("")
    w.append(RULE)
    w.append("Exported {:,} message(s)".format(len(msgs)))
    w.append(RULE)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(w) + "\n")


if __name__ == "__main__":
    main()
