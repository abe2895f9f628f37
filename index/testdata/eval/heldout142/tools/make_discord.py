#!/usr/bin/python3
"""Re-make docs/amr-study-group.json from tools/amr-study-group.txt.

The output is a DiscordChatExporter JSON export of one channel, written the way its
JsonMessageWriter writes it (System.Text.Json, indented by two spaces, UnsafeRelaxedJsonEscaping,
which still escapes emoji as surrogate pairs). Standard library only; byte for byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_discord.py

Source format: a message starts with
    === <n> <local timestamp> <user> [reply=<n>] [mention=<u>,<u>] [type=<Kind>] [pinned] [edited=<ts>]
followed by optional "+react <emoji> <user>,<user>" lines and then the content lines verbatim.
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amr-study-group.txt")
OUT = os.path.join(HERE, "..", "docs", "amr-study-group.json")

DISCORD_EPOCH = 1420070400000
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

GUILD = {"id": "1183742095581220864", "name": "UPSC Mains 2026 | Study Circle",
         "iconUrl": "https://cdn.discordapp.com/icons/1183742095581220864/"
                    "a3f9c2e1b7d4058e6c1f2a9b8d7e6f50.png?size=512"}
CHANNEL = {"id": "1184001927263625276", "type": "GuildTextChat",
           "categoryId": "1183998410830483476", "category": "GS PAPER 3",
           "name": "gs3-health-amr",
           "topic": "AMR notes + doubts only. One topic per message, use headings. "
                    "Sources: WHO, PIB, NCDC, ICMR. No memes pls"}
EXPORTED_AT = "2025-11-23T10:41:27.903+05:30"

ROLES = {
    "mod": {"id": "1183744502116536371", "name": "Moderator", "color": "#E67E22", "position": 6},
    "m26": {"id": "1183745119572148264", "name": "Mains 2026", "color": "#3498DB", "position": 4},
    "med": {"id": "1183745790861312061", "name": "Medical background", "color": "#2ECC71",
            "position": 3},
    "opt": {"id": "1183746257263726714", "name": "Optional: Anthropology", "color": None,
            "position": 2},
}
USERS = {
    "ananya": ("842113576029618186", "ananya.k", "Ananya | Mains 26", ["mod", "m26"],
               "5f1c0e9a7b2d4c83e6a1f09d2b7c4e81"),
    "rohit": ("951207743812059146", "rohit_upsc", "Rohit", ["m26"], None),
    "meher": ("1027385519266824262", "meher.s", "Meher (Kochi)", ["m26", "opt"],
              "c2d84b1e07f9a35d6e2c8b41f7a09e3d"),
    "farhan": ("1101649273305366578", "farhan.ias", "Farhan", ["m26"], None),
    "tanvi": ("899640151787233290", "dr.tanvi", "Tanvi MBBS", ["med", "m26"],
              "9e07b3c5a1d24f6e8b0c7d2a5e4f1b93"),
}
EMOJI = {"👍": "thumbsup", "🔥": "fire", "🙏": "pray", "💯": "100", "😅": "sweat_smile",
         "🙌": "raised_hands"}


def q(s):
    """A JSON string as System.Text.Json writes it with UnsafeRelaxedJsonEscaping."""
    if s is None:
        return "null"
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
            o -= 0x10000
            out.append("\\u%04X\\u%04X" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class W:
    def __init__(self):
        self.parts = []

    def dump(self, v, ind=0):
        pad = "  " * ind
        if isinstance(v, dict):
            if not v:
                return "{}"
            items = ["%s  %s: %s" % (pad, q(k), self.dump(x, ind + 1)) for k, x in v.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(v, list):
            if not v:
                return "[]"
            items = ["%s  %s" % (pad, self.dump(x, ind + 1)) for x in v]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        return q(v)


def parse_ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=IST)


def fmt_ts(dt):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    frac = ("%06d" % dt.microsecond).rstrip("0")
    return s + ("." + frac if frac else "") + "+05:30"


def snowflake(dt, n):
    ms = int(dt.timestamp() * 1000)
    return str(((ms - DISCORD_EPOCH) << 22) | (1 << 17) | (n % 4096))


def user(key, roles=True):
    uid, name, nick, rkeys, avatar = USERS[key]
    rs = sorted((ROLES[r] for r in rkeys), key=lambda r: -r["position"])
    color = next((r["color"] for r in rs if r["color"]), None)
    d = {"id": uid, "name": name, "discriminator": "0000", "nickname": nick, "color": color,
         "isBot": False}
    if roles:
        d["roles"] = [dict(r) for r in rs]
    if avatar:
        d["avatarUrl"] = "https://cdn.discordapp.com/avatars/%s/%s.png?size=512" % (uid, avatar)
    else:
        d["avatarUrl"] = "https://cdn.discordapp.com/embed/avatars/%d.png" % ((int(uid) >> 22) % 6)
    return d


def read_messages():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    msgs, cur = [], None
    for line in lines:
        if line.startswith("=== "):
            parts = line[4:].split()
            cur = {"n": int(parts[0]), "ts": parts[1], "user": parts[2], "opts": {},
                   "react": [], "content": []}
            for p in parts[3:]:
                k, _, v = p.partition("=")
                cur["opts"][k] = v
            msgs.append(cur)
        elif cur is not None and line.startswith("+react ") and not cur["content"]:
            _, emo, who = line.split(" ", 2)
            cur["react"].append((emo, who.split(",")))
        elif cur is not None:
            cur["content"].append(line)
    for m in msgs:
        while m["content"] and not m["content"][-1].strip():
            m["content"].pop()
    return msgs


def build():
    msgs = read_messages()
    ids = {}
    out = []
    for m in msgs:
        dt = parse_ts(m["ts"])
        ids[m["n"]] = snowflake(dt, m["n"])
    for m in msgs:
        dt = parse_ts(m["ts"])
        kind = m["opts"].get("type")
        if not kind:
            kind = "Reply" if "reply" in m["opts"] else "Default"
        content = "\n".join(m["content"])
        if kind == "ChannelPinnedMessage":
            content = "Pinned a message."
        mentioned = [u for u in m["opts"].get("mention", "").split(",") if u]
        for u in mentioned:
            content = content.replace("<@%s>" % u, "@" + USERS[u][2])
        d = {
            "id": ids[m["n"]],
            "type": kind,
            "timestamp": fmt_ts(dt),
            "timestampEdited": fmt_ts(parse_ts(m["opts"]["edited"])) if "edited" in m["opts"] else None,
            "callEndedTimestamp": None,
            "isPinned": "pinned" in m["opts"],
            "content": content,
            "author": user(m["user"]),
            "attachments": [],
            "components": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [user(u) for u in mentioned],
        }
        if content.startswith("@everyone"):
            d["mentions"] = d["mentions"]
        for emo, who in m["react"]:
            code = "-".join("%x" % ord(c) for c in emo if ord(c) != 0xFE0F)
            d["reactions"].append({
                "emoji": {"id": "", "name": emo, "code": EMOJI[emo], "isAnimated": False,
                          "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg" % code},
                "count": len(who),
                "users": [user(u, roles=False) for u in who],
            })
        if "reply" in m["opts"]:
            d["reference"] = {"type": "Default", "messageId": ids[int(m["opts"]["reply"])],
                              "channelId": CHANNEL["id"], "guildId": GUILD["id"]}
        d["inlineEmojis"] = []
        out.append(d)
    root = {
        "guild": GUILD,
        "channel": CHANNEL,
        "dateRange": {"after": None, "before": None},
        "exportedAt": EXPORTED_AT,
        "messages": out,
        "messageCount": len(out),
    }
    text = W().dump(root)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    build()
