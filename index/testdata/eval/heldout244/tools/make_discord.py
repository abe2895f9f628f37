#!/usr/bin/python3
"""Make docs/zonal-councils-group-dm.json from tools/zonal-councils-group-dm.txt.

The file is a DiscordChatExporter JSON export of a group DM, written the way its
JsonMessageWriter writes through Utf8JsonWriter on the Linux CLI build run with --utc
(`export -c <id> -f Json --utc --locale en-GB`): two-space indentation, LF line ends, no final
newline; characters outside the BMP (emoji) escaped as upper-case surrogate pairs, everything
else written as itself; the pseudo-guild "Direct Messages" (id 0, default avatar icon); a
channel of type DirectGroupTextChat with null category and topic and a channel-icons iconUrl;
timestamps normalised to UTC ("+00:00") with trailing zeros of the fraction trimmed;
exportedAt with seven fractional digits. Authors have no roles or colour (a DM has no guild
members), discriminator "0000", nickname = global name, CDN or default embed avatars.
System messages carry the exporter's fallback text: "Changed the channel name: ...",
"Added X to the group.", "Pinned a message.", "Started a call that lasted N minutes." (with
callEndedTimestamp), "Changed the channel icon.". Replies and the pin notice hold a reference
(type Default, messageId, channelId, guildId null). <t:...:D> timestamps are rendered with the
en-GB long date; standard emoji in content are listed in inlineEmojis.

Source format: "@channel" and "@user <key>" blocks of "field: value" lines; "@msg <user>
<YYYY-MM-DD HH:MM:SS.mmm IST> [type=...] [key=...] [reply=<key>] [pinned] [edited=<date time>]
[end=<date time>] [mention=<user>]" then optional "react:", "attach:", "embed:" lines, then the
content; "@embed <key>" blocks give an embed's title, url, description and thumbnail.

Run: /usr/bin/python3 tools/make_discord.py [OUT]   (byte-for-byte stable, standard library)
"""
import base64
import datetime
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "zonal-councils-group-dm.txt")
OUT = os.path.join(HERE, "..", "docs", "zonal-councils-group-dm.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
EPOCH_MS = 1420070400000
EMOJI_CODES = {
    "👍": "thumbsup", "📝": "pencil", "📚": "books", "🙏": "pray", "🔥": "fire",
    "📌": "pushpin", "🧠": "brain", "📍": "round_pushpin", "🤯": "exploding_head",
    "😭": "sob", "✅": "white_check_mark", "👀": "eyes", "💯": "100", "💀": "skull",
}


def parse_time(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=IST)
    return d


def fmt_time(d):
    u = d.astimezone(datetime.timezone.utc)
    frac = "%03d" % (u.microsecond // 1000)
    frac = frac.rstrip("0")
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ("." + frac if frac else "") + "+00:00"


def snowflake(d, salt):
    ms = int(d.timestamp() * 1000)
    low = int(hashlib.md5(salt.encode()).hexdigest()[:6], 16) & 0x3FFFFF
    return str(((ms - EPOCH_MS) << 22) | low)


def twemoji(e):
    cps = [c for c in e if ord(c) != 0xFE0F]
    return ("https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg"
            % "-".join("%x" % ord(c) for c in cps))


def emoji_obj(e):
    return {"id": "", "name": e, "code": EMOJI_CODES[e], "isAnimated": False,
            "imageUrl": twemoji(e)}


def inline_emojis(content):
    found = []
    if "```" in content:
        content = re.sub(r"```.*?```", "", content, flags=re.S)
    i = 0
    while i < len(content):
        for e in EMOJI_CODES:
            if content.startswith(e, i):
                if e not in found:
                    found.append(e)
                i += len(e) - 1
                break
        i += 1
    return [emoji_obj(e) for e in found]


def render_timestamps(text):
    def rep(m):
        d = datetime.datetime.fromtimestamp(int(m.group(1)), datetime.timezone.utc)
        return "%d %s %d" % (d.day, d.strftime("%B"), d.year)
    return re.sub(r"<t:(\d+):D>", rep, text)


def read_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    blocks = re.split(r"\n(?=@)", text.strip("\n"))
    channel, users, msgs, embeds = {}, {}, [], {}
    for b in blocks:
        head, _, rest = b.partition("\n")
        if head == "@channel":
            channel = dict(l.split(": ", 1) for l in rest.strip().split("\n"))
        elif head.startswith("@user "):
            users[head[6:]] = dict(l.split(": ", 1) for l in rest.strip().split("\n"))
        elif head.startswith("@embed "):
            embeds[head[7:]] = dict(l.split(": ", 1) for l in rest.strip().split("\n"))
        elif head.startswith("@msg "):
            parts = head[5:].split(" ")
            m = {"user": parts[0], "time": parse_time(parts[1] + " " + parts[2]),
                 "type": "Default", "react": [], "attach": None, "embed": None}
            opts = " ".join(parts[3:])
            for k, v in re.findall(r"(\w+)=(\S+(?: \d\d:\d\d:\d\d\.\d+)?)", opts):
                m[k] = v
            m["pinned"] = " pinned" in " " + opts
            lines = rest.rstrip("\n").split("\n") if rest.strip() else []
            while lines and re.match(r"(react|attach|embed): ", lines[0]):
                k, v = lines.pop(0).split(": ", 1)
                if k == "react":
                    for item in v.split(" | "):
                        e, who = item.split(" ")
                        m["react"].append((e, who.split(",")))
                else:
                    m[k] = v
            m["content"] = "\n".join(lines)
            msgs.append(m)
    return channel, users, msgs, embeds


def user_obj(u, roles=True):
    o = {"id": u["id"], "name": u["name"], "discriminator": "0000", "nickname": u["global"],
         "color": None, "isBot": False}
    if roles:
        o["roles"] = []
    if u["avatar"] == "-":
        idx = (int(u["id"]) >> 22) % 6
        o["avatarUrl"] = "https://cdn.discordapp.com/embed/avatars/%d.png" % idx
    else:
        ext = "gif" if u["avatar"].startswith("a_") else "png"
        o["avatarUrl"] = ("https://cdn.discordapp.com/avatars/%s/%s.%s?size=512"
                          % (u["id"], u["avatar"], ext))
    return o


def build():
    channel, users, msgs, embeds = read_source()
    ids = {}
    for n, m in enumerate(msgs):
        m["id"] = snowflake(m["time"], "%d:%s" % (n, m["content"][:40]))
        if "key" in m:
            ids[m["key"]] = m["id"]
    out_msgs = []
    for m in msgs:
        kind = m["type"]
        raw = m["content"]
        if kind == "ChannelNameChange":
            shown = "Changed the channel name: " + raw
        elif kind == "RecipientAdd":
            shown = "Added %s to the group." % users[m["mention"]]["global"]
        elif kind == "ChannelPinnedMessage":
            shown = "Pinned a message."
        elif kind == "ChannelIconChange":
            shown = "Changed the channel icon."
        elif kind == "Call":
            end = parse_time(m["end"])
            minutes = (end - m["time"]).total_seconds() / 60
            shown = "Started a call that lasted %d minutes." % round(minutes)
        else:
            shown = render_timestamps(raw)
        o = {
            "id": m["id"],
            "type": kind,
            "timestamp": fmt_time(m["time"]),
            "timestampEdited": fmt_time(parse_time(m["edited"])) if "edited" in m else None,
            "callEndedTimestamp": fmt_time(parse_time(m["end"])) if kind == "Call" else None,
            "isPinned": m["pinned"],
            "content": shown,
            "author": user_obj(users[m["user"]]),
            "attachments": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [],
        }
        if m["attach"]:
            fname, size = m["attach"].split(" ")
            att_id = snowflake(m["time"], fname)
            sig = hashlib.sha256(fname.encode()).hexdigest()
            # signed CDN link as fetched at export time: is = issued, ex = expires a day later
            issued = int(datetime.datetime.fromisoformat(channel["exported"][:19] + "+00:00")
                         .timestamp())
            o["attachments"].append({
                "id": att_id,
                "url": ("https://cdn.discordapp.com/attachments/%s/%s/%s?ex=%x&is=%x&hm=%s&"
                        % (channel["id"], att_id, fname, issued + 86400, issued, sig)),
                "fileName": fname,
                "fileSizeBytes": int(size),
            })
        if m["embed"]:
            e = embeds[m["embed"]]
            turl, w, h = e["thumb"].split(" ")
            proxy = ("https://images-ext-1.discordapp.net/external/%s/https/%s"
                     % (base64.urlsafe_b64encode(hashlib.sha256(turl.encode()).digest())
                        .decode()[:43], turl.split("://", 1)[1]))
            o["embeds"].append({
                "title": e["title"], "url": e["url"], "timestamp": None,
                "description": e["description"],
                "thumbnail": {"url": proxy, "canonicalUrl": turl, "width": int(w),
                              "height": int(h)},
                "images": [], "fields": [], "inlineEmojis": [],
            })
        for e, who in m["react"]:
            o["reactions"].append({"emoji": emoji_obj(e), "count": len(who),
                                   "users": [user_obj(users[u], False) for u in who]})
        if kind == "RecipientAdd":
            o["mentions"].append(user_obj(users[m["mention"]]))
        if "reply" in m:
            o["reference"] = {"type": "Default", "messageId": ids[m["reply"]],
                              "channelId": channel["id"], "guildId": None}
        o["inlineEmojis"] = inline_emojis(raw)
        out_msgs.append(o)
    root = {
        "guild": {"id": "0", "name": "Direct Messages",
                  "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png"},
        "channel": {"id": channel["id"], "type": "DirectGroupTextChat", "categoryId": None,
                    "category": None, "name": channel["name"], "topic": None,
                    "iconUrl": ("https://cdn.discordapp.com/channel-icons/%s/%s.png?size=512"
                                % (channel["id"], channel["icon"]))},
        "dateRange": {"after": None, "before": None},
        "exportedAt": channel["exported"],
        "messages": out_msgs,
        "messageCount": len(out_msgs),
    }
    text = json.dumps(root, indent=2, ensure_ascii=False)

    def esc(mo):
        c = ord(mo.group(0)) - 0x10000
        return "\\u%04X\\u%04X" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF))
    text = re.sub("[\U00010000-\U0010FFFF]", esc, text)
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build()
