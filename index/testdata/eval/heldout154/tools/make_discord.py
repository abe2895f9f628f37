#!/usr/bin/python3
"""Re-make docs/poona-pact-legacy.json from tools/poona-pact-legacy.txt.

Run from anywhere: /usr/bin/python3 tools/make_discord.py [output-path]
Standard library only; the output is byte-for-byte reproducible. It is laid out the way
DiscordChatExporter writes a JSON export of one channel: guild, channel (with category and
topic), dateRange, exportedAt, then messages (id, type "Default"/"Reply"/
"ChannelPinnedMessage", local timestamps with offset, timestampEdited, isPinned, content in
Discord markdown with mentions already rendered as @name, author with roles and avatar,
attachments, embeds, stickers, reactions with their users, mentions, reference for replies and
pins, inlineEmojis) and messageCount; two-space indentation and emoji written as themselves.
Snowflake ids are derived from the timestamps.

Source markup: "@guild", "@category", "@channel", "@topic", "@exported", "@role NAME COLOR POS",
"@user KEY | name | nickname or - | color | roles | [bot DISCRIMINATOR]", then messages:
"@msg KEY", header lines (author, time, edited, reply, pinned, type, mention, react
"EMOJI=user,user | ...", attach "file | bytes", embed-title, embed-url, embed-desc,
embed-color, embed-field "name | value", embed-footer), "---", content lines, "@end".
"""
import datetime
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "poona-pact-legacy.txt")
OUT = os.path.join(HERE, "..", "docs", "poona-pact-legacy.json")
EPOCH = 1420070400000
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
EMOJI = {
    "👍": ("thumbsup", "1f44d"), "🙏": ("pray", "1f64f"), "🔥": ("fire", "1f525"),
    "🤔": ("thinking", "1f914"), "💯": ("100", "1f4af"), "📌": ("pushpin", "1f4cc"),
    "😮": ("open_mouth", "1f62e"), "😂": ("joy", "1f602"), "❤️": ("heart", "2764"),
    "🇦": ("regional_indicator_a", "1f1e6"), "🇧": ("regional_indicator_b", "1f1e7"),
    "🇨": ("regional_indicator_c", "1f1e8"), "🇩": ("regional_indicator_d", "1f1e9"),
}


def h(s, n=32):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


def snowflake(ms, salt):
    return str(((ms - EPOCH) << 22) | (int(h(salt, 4), 16) & 0x3FFFFF))


def ms_of(ts):
    d = datetime.datetime.fromisoformat(ts).replace(tzinfo=IST)
    return int(d.timestamp() * 1000)


def stamp(ts):
    return ts + "+05:30"


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, roles, users, msgs = {}, {}, {}, []
    cur, body = None, None
    for line in lines:
        if body is not None:
            if line == "@end":
                cur["content"] = "\n".join(body)
                msgs.append(cur)
                cur, body = None, None
            else:
                body.append(line)
            continue
        if cur is not None:
            if line == "---":
                body = []
            else:
                k, _, v = line.partition(": ")
                cur.setdefault(k, []).append(v)
            continue
        if line.startswith("@role "):
            parts = line[6:].rsplit(" ", 2)
            roles[parts[0]] = (parts[1], int(parts[2]))
        elif line.startswith("@user "):
            f = [x.strip() for x in line[6:].split("|")]
            users[f[0]] = {"name": f[1], "nickname": None if f[2] == "-" else f[2], "color": f[3],
                           "roles": [r.strip() for r in f[4].split(",")],
                           "bot": f[5].split()[1] if len(f) > 5 else None}
        elif line.startswith("@msg "):
            cur = {"key": line[5:]}
        elif line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
    guild_id = snowflake(1703000000000, "guild")
    chan_id = snowflake(1703000500000, "channel")
    cat_id = snowflake(1703000400000, "category")
    role_ids = {r: snowflake(1703001000000 + 1000 * i, "role" + r) for i, r in enumerate(sorted(roles))}
    user_ids = {k: snowflake(1500000000000 + 7919000000 * i, "user" + k) for i, k in enumerate(users)}

    def user(k, full):
        u = users[k]
        d = {"id": user_ids[k], "name": u["name"], "discriminator": u["bot"] or "0000",
             "nickname": u["nickname"] or u["name"]}
        if full:
            d["color"] = u["color"]
        d["isBot"] = bool(u["bot"])
        if full:
            d["roles"] = [{"id": role_ids[r], "name": r, "color": roles[r][0], "position": roles[r][1]}
                          for r in sorted(u["roles"], key=lambda r: -roles[r][1])]
        d["avatarUrl"] = "https://cdn.discordapp.com/avatars/%s/%s.png?size=512" % (user_ids[k], h(k))
        return d

    msg_ids = {m["key"]: snowflake(ms_of(m["time"][0]), m["key"]) for m in msgs}
    out_msgs = []
    for m in msgs:
        mtype = m.get("type", ["Reply" if "reply" in m else "Default"])[0]
        attachments = []
        for a in m.get("attach", []):
            name, size = [x.strip() for x in a.split("|")]
            aid = snowflake(ms_of(m["time"][0]) + 150, name)
            ex = "%x" % ((ms_of(m["time"][0]) // 1000) + 14 * 86400)
            attachments.append({
                "id": aid,
                "url": "https://cdn.discordapp.com/attachments/%s/%s/%s?ex=%s&is=%x&hm=%s&"
                       % (chan_id, aid, name, ex, ms_of(m["time"][0]) // 1000, hashlib.sha256((name + aid).encode("utf-8")).hexdigest()),
                "fileName": name, "fileSizeBytes": int(size)})
        embeds = []
        if "embed-title" in m:
            e = {"title": m["embed-title"][0], "url": m.get("embed-url", [None])[0],
                 "timestamp": stamp(m["time"][0]) if "embed-footer" in m else None,
                 "description": m.get("embed-desc", [""])[0].replace("\\n", "\n"),
                 "color": m.get("embed-color", [None])[0]}
            if "embed-footer" in m:
                e["footer"] = {"text": m["embed-footer"][0], "iconUrl": None}
            e["images"] = []
            e["fields"] = []
            for fld in m.get("embed-field", []):
                name, _, value = fld.partition(" | ")
                e["fields"].append({"name": name, "value": value.replace("\\n", "\n"), "isInline": False})
            e["inlineEmojis"] = []
            embeds.append(e)
        reactions = []
        if "react" in m:
            for part in m["react"][0].split(" | "):
                em, _, who = part.partition("=")
                name, code = EMOJI[em]
                ulist = [user(k, False) for k in who.split(",")]
                reactions.append({"emoji": {"id": "", "name": em, "code": name, "isAnimated": False,
                                            "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg" % code},
                                  "count": len(ulist), "users": ulist})
        d = {"id": msg_ids[m["key"]], "type": mtype, "timestamp": stamp(m["time"][0]),
             "timestampEdited": stamp(m["edited"][0]) if "edited" in m else None,
             "callEndedTimestamp": None, "isPinned": "pinned" in m, "content": m["content"],
             "author": user(m["author"][0], True), "attachments": attachments, "embeds": embeds,
             "stickers": [], "reactions": reactions,
             "mentions": [user(k, False) for k in m.get("mention", [])]}
        if "reply" in m:
            d["reference"] = {"messageId": msg_ids[m["reply"][0]], "channelId": chan_id, "guildId": guild_id}
        d["inlineEmojis"] = []
        out_msgs.append(d)
    doc = {
        "guild": {"id": guild_id, "name": meta["guild"],
                  "iconUrl": "https://cdn.discordapp.com/icons/%s/%s.png?size=512" % (guild_id, h("guild-icon"))},
        "channel": {"id": chan_id, "type": "GuildTextChat", "categoryId": cat_id,
                    "category": meta["category"], "name": meta["channel"], "topic": meta["topic"]},
        "dateRange": {"after": None, "before": None},
        "exportedAt": meta["exported"],
        "messages": out_msgs,
        "messageCount": len(out_msgs),
    }
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
