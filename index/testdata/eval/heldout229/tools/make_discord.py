#!/usr/bin/python3
"""Make docs/chagos-icj-forum-thread.json from tools/chagos-icj-forum-thread.txt.

The output imitates DiscordChatExporter (2.4x, JSON format, run from the Windows GUI) exporting
one post of a forum channel, i.e. a public thread: the root object with guild, channel (type
GuildPublicThread; "categoryId"/"category" hold the parent forum, as the exporter writes them
for threads), dateRange, exportedAt, messages and messageCount. Each message is written the way
JsonMessageWriter does it: id, type, timestamp, timestampEdited, callEndedTimestamp, isPinned,
content (mentions already rendered as @nickname and #channel, Discord markdown kept), author
(with roles and role colour), attachments, embeds, stickers, reactions (with the users),
mentions, reference, interaction and inlineEmojis. System messages carry the exporter's
fallback text ("Added ... to the group.", "Pinned a message.", "Changed the channel name: ...");
the slash-command reply has a message type the exporter's enum does not know, so it is written
as the number "20". Utf8JsonWriter with the relaxed encoder: two-space indentation, CRLF line
ends (Environment.NewLine on Windows), no final newline, characters outside the BMP (emoji)
escaped as surrogate pairs, everything else written as itself.

Run from anywhere: /usr/bin/python3 tools/make_discord.py (standard library only).
"""
import hashlib
import os
import re
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chagos-icj-forum-thread.txt")
OUT = os.path.join(HERE, "..", "docs", "chagos-icj-forum-thread.json")

IST = timezone(timedelta(hours=5, minutes=30))
DISCORD_EPOCH = 1420070400000
NL = "\r\n"

EMOJI = {  # standard emoji: Discord's code name and the Twemoji file name
    "👍": ("thumbsup", "1f44d"), "🙏": ("pray", "1f64f"), "😂": ("joy", "1f602"),
    "🔥": ("fire", "1f525"), "💯": ("100", "1f4af"), "😶": ("no_mouth", "1f636"),
    "😭": ("sob", "1f62d"), "🤔": ("thinking", "1f914"), "✅": ("white_check_mark", "2705"),
    "🇮🇳": ("flag_in", "1f1ee-1f1f3"),
}


class Raw(str):
    """A value written without quotes (numbers, true/false/null)."""


def jstr(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20:
            out.append("\\u%04X" % o)
        elif o > 0xFFFF:
            v = o - 0x10000
            out.append("\\u%04X\\u%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(v, ind=0):
    pad = "  " * ind
    if isinstance(v, Raw):
        return str(v)
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return jstr(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        items = [pad + "  " + dump(x, ind + 1) for x in v]
        return "[" + NL + ("," + NL).join(items) + NL + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + jstr(k) + ": " + dump(x, ind + 1) for k, x in v.items()]
        return "{" + NL + ("," + NL).join(items) + NL + pad + "}"
    raise TypeError(v)


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=IST)


def fmt_time(dt):
    """DateTimeOffset as Utf8JsonWriter writes it: fraction trimmed of trailing zeros."""
    base = dt.strftime("%Y-%m-%dT%H:%M:%S")
    frac = ("%06d" % dt.microsecond)[:3].rstrip("0")
    return base + ("." + frac if frac else "") + "+05:30"


def snowflake(dt, salt):
    ms = int(dt.timestamp() * 1000)
    low = int(hashlib.sha1(salt.encode("utf-8")).hexdigest(), 16) & ((1 << 22) - 1)
    return ((ms - DISCORD_EPOCH) << 22) | low


def hexsig(salt, n):
    return hashlib.sha256(salt.encode("utf-8")).hexdigest()[:n]


def load():
    head, roles, users, msgs = {}, {}, {}, []
    cur = None
    embed = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if cur is None and (line.startswith("#") or not line.strip()):
            continue
        m = re.match(r"=== (\d+) (\S+) (\S+)(.*)$", line)
        if m:
            opts = {}
            for w in m.group(4).split():
                k, _, v = w.partition("=")
                opts[k] = v if v else True
            cur = {"n": int(m.group(1)), "time": parse_time(m.group(2)), "user": m.group(3),
                   "opts": opts, "content": [], "react": [], "attach": [], "sticker": [],
                   "embeds": []}
            msgs.append(cur)
            continue
        if cur is None:
            key, _, val = line.partition(": ")
            parts = [p.strip() for p in val.split("|")]
            if key == "role":
                roles[parts[0]] = {"id": parts[0], "name": parts[1], "color": parts[2] or None,
                                   "position": int(parts[3])}
            elif key == "user":
                users[parts[0]] = {"id": parts[1], "name": parts[2], "global": parts[3],
                                   "nick": parts[4], "avatar": parts[5],
                                   "roles": parts[6].split(","),
                                   "bot": parts[7] if len(parts) > 7 else None}
            else:
                head[key] = parts
            continue
        if embed is not None:
            if line == "+end":
                cur["embeds"].append(embed)
                embed = None
            else:
                k, _, v = line.partition(" ")
                if k == "+desc":
                    embed["desc"].append(v)
                elif k == "+field":
                    embed["fields"].append(v.split(" | ", 1))
                else:
                    embed[k[1:]] = v
            continue
        if line == "+embed":
            embed = {"desc": [], "fields": []}
        elif line.startswith("+react "):
            _, emo, who = line.split(" ", 2)
            cur["react"].append((emo, who.split(",")))
        elif line.startswith("+attach "):
            _, name, size = line.split(" ")
            cur["attach"].append((name, int(size)))
        elif line.startswith("+sticker "):
            _, sid, rest = line.split(" ", 2)
            name, fmt = rest.rsplit(" ", 1)
            cur["sticker"].append((sid, name, fmt))
        else:
            cur["content"].append(line)
    for m in msgs:
        while m["content"] and not m["content"][-1].strip():
            m["content"].pop()
    return head, roles, users, msgs


def main():
    head, roles, users, msgs = load()
    gid, gname, ghash = head["guild"]
    fid, fname = head["forum"]
    link_id, link_name = head["channel"]

    for m in msgs:
        m["id"] = str(snowflake(m["time"], "msg%d" % m["n"]))
    thread_id = msgs[0]["id"]  # a forum post's id is the id of its starter message
    by_n = {m["n"]: m for m in msgs}

    def user_roles(u):
        rs = [roles[r] for r in u["roles"] if r in roles]
        return sorted(rs, key=lambda r: -r["position"])

    def avatar(u):
        if u["avatar"]:
            ext = "gif" if u["avatar"].startswith("a_") else "png"
            return "https://cdn.discordapp.com/avatars/%s/%s.%s?size=512" % (u["id"], u["avatar"], ext)
        return "https://cdn.discordapp.com/embed/avatars/%d.png" % ((int(u["id"]) >> 22) % 6)

    def user_obj(key, with_roles=True):
        u = users[key]
        rs = user_roles(u)
        color = next((r["color"] for r in rs if r["color"]), None)
        d = {"id": u["id"], "name": u["name"],
             "discriminator": u["bot"].split()[1] if u["bot"] else "0000",
             "nickname": u["nick"], "color": color, "isBot": bool(u["bot"])}
        if with_roles:
            d["roles"] = [{"id": r["id"], "name": r["name"], "color": r["color"],
                           "position": Raw(str(r["position"]))} for r in rs]
        d["avatarUrl"] = avatar(u)
        return d

    def emoji_obj(e):
        code, tw = EMOJI[e]
        return {"id": "", "name": e, "code": code, "isAnimated": False,
                "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg" % tw}

    def inline_emojis(text):
        found = []
        i = 0
        while i < len(text):
            hit = None
            for e in sorted(EMOJI, key=len, reverse=True):
                if text.startswith(e, i):
                    hit = e
                    break
            if hit:
                if hit not in found:
                    found.append(hit)
                i += len(hit)
            else:
                i += 1
        return [emoji_obj(e) for e in found]

    def render(text):
        text = re.sub(r"<@(\w+)>", lambda mm: "@" + users[mm.group(1)]["nick"], text)
        return re.sub(r"<#([\w-]+)>", lambda mm: "#" + mm.group(1), text)

    out_msgs = []
    for m in msgs:
        o = m["opts"]
        kind = o.get("type")
        if kind is None:
            if "interaction" in o:
                kind = "20"
            elif "reply" in o:
                kind = "Reply"
            else:
                kind = "Default"
        raw = "\n".join(m["content"])
        mentions = [k for k in o.get("mention", "").split(",") if k] if isinstance(o.get("mention"), str) else []
        if kind == "RecipientAdd":
            content = "Added %s to the group." % users[mentions[0]]["global"]
        elif kind == "ChannelPinnedMessage":
            content = "Pinned a message."
        elif kind == "ChannelNameChange":
            content = "Changed the channel name: %s" % raw
        else:
            content = render(raw)
        d = {"id": m["id"], "type": kind, "timestamp": fmt_time(m["time"]),
             "timestampEdited": fmt_time(parse_time(o["edited"])) if "edited" in o else None,
             "callEndedTimestamp": None, "isPinned": "pinned" in o, "content": content,
             "author": user_obj(m["user"])}
        atts = []
        for name, size in m["attach"]:
            aid = str(snowflake(m["time"], "att" + name))
            atts.append({"id": aid,
                         "url": "https://cdn.discordapp.com/attachments/%s/%s/%s?ex=%s&is=%s&hm=%s&"
                                % (thread_id, aid, name, "684f2a61", "684dd8e1",
                                   hexsig(name, 64)),
                         "fileName": name, "fileSizeBytes": Raw(str(size))})
        d["attachments"] = atts
        embeds = []
        for e in m["embeds"]:
            desc = render("\n".join(e["desc"]))
            eo = {"title": e.get("title", ""), "url": None, "timestamp": None,
                  "description": desc}
            if e.get("color"):
                eo["color"] = e["color"]
            if e.get("footer"):
                eo["footer"] = {"text": e["footer"]}
            eo["images"] = []
            eo["fields"] = [{"name": a, "value": b, "isInline": True} for a, b in e["fields"]]
            eo["inlineEmojis"] = inline_emojis(e["desc"] and "\n".join(e["desc"]) or "")
            embeds.append(eo)
        d["embeds"] = embeds
        d["stickers"] = [{"id": sid, "name": name, "format": fmt,
                          "sourceUrl": "https://cdn.discordapp.com/stickers/%s.%s"
                                       % (sid, "json" if fmt == "Lottie" else "png")}
                         for sid, name, fmt in m["sticker"]]
        d["reactions"] = [{"emoji": emoji_obj(e), "count": Raw(str(len(who))),
                           "users": [user_obj(k, False) for k in who]} for e, who in m["react"]]
        d["mentions"] = [user_obj(k) for k in mentions]
        if "reply" in o:
            d["reference"] = {"messageId": by_n[int(o["reply"])]["id"], "channelId": thread_id,
                              "guildId": gid}
        if "interaction" in o:
            name, who = o["interaction"].split("/")
            d["interaction"] = {"id": str(snowflake(m["time"] - timedelta(seconds=1), "ia")),
                                "name": name, "user": user_obj(who)}
        d["inlineEmojis"] = inline_emojis(raw) if kind in ("Default", "Reply", "20") else []
        out_msgs.append(d)

    root = {
        "guild": {"id": gid, "name": gname,
                  "iconUrl": "https://cdn.discordapp.com/icons/%s/%s.png?size=512" % (gid, ghash)},
        "channel": {"id": thread_id, "type": "GuildPublicThread", "categoryId": fid,
                    "category": fname, "name": head["thread"][0], "topic": None},
        "dateRange": {"after": None, "before": None},
        "exportedAt": head["exported"][0],
        "messages": out_msgs,
        "messageCount": Raw(str(len(out_msgs))),
    }
    data = dump(root)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
