#!/usr/bin/python3
"""Re-make docs/result.json (a Telegram Desktop chat export) from tools/result-chat.txt.

Run from anywhere: /usr/bin/python3 tools/make_json.py
Standard library only; the output is byte-for-byte reproducible.

Source format: "@name", "@type", "@id" give the chat; "@user Name = user123" the members' ids.
Each message starts with a line "=== id | YYYY-MM-DD HH:MM:SS | sender | key=value | ..." (local
time, IST) and its text follows up to the next blank line. Keys: reply=<id>, fwd=<name>,
sticker=<emoji>, photo=<WxH>:<bytes>, edited=<date time>, react=<emoji>:<name>,<name>,
service=join_group_by_link or service=pin_message:<id>. Inline markup in the text becomes
Telegram's text entities: **bold**, __italic__, `code`, [text](url) (text_link), bare https://
links (link), @mentions and #hashtags.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result-chat.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
NOFILE = "(File not included. Change data exporting settings to download.)"

TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|`(?P<code>[^`]+)`"
                   r"|\[(?P<tl>[^\]]+)\]\((?P<href>https?://[^)]+)\)"
                   r"|(?P<link>https?://\S+)|(?P<mention>@\w+)|(?P<hashtag>#\w+)")


def when(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return d.strftime("%Y-%m-%dT%H:%M:%S"), str(int(d.timestamp()))


def entities(text):
    parts, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            parts.append({"type": "plain", "text": text[pos:m.start()]})
        if m.group("bold") is not None:
            parts.append({"type": "bold", "text": m.group("bold")})
        elif m.group("italic") is not None:
            parts.append({"type": "italic", "text": m.group("italic")})
        elif m.group("code") is not None:
            parts.append({"type": "code", "text": m.group("code")})
        elif m.group("tl") is not None:
            parts.append({"type": "text_link", "text": m.group("tl"), "href": m.group("href")})
        elif m.group("link") is not None:
            parts.append({"type": "link", "text": m.group("link")})
        elif m.group("mention") is not None:
            parts.append({"type": "mention", "text": m.group("mention")})
        else:
            parts.append({"type": "hashtag", "text": m.group("hashtag")})
        pos = m.end()
    if pos < len(text):
        parts.append({"type": "plain", "text": text[pos:]})
    if all(p["type"] == "plain" for p in parts):
        return ("".join(p["text"] for p in parts), parts)
    shown = [p["text"] if p["type"] == "plain" else dict(p) for p in parts]
    return shown, parts


def build():
    chat, users, msgs = {}, {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("@user "):
            name, _, uid = line[6:].partition(" = ")
            users[name.strip()] = uid.strip()
        elif line.startswith("@") and cur is None:
            key, _, val = line[1:].partition(" ")
            chat[key] = val
        elif line.startswith("=== "):
            fields = [x.strip() for x in line[4:].split("|")]
            cur = {"id": int(fields[0]), "date": fields[1], "from": fields[2], "opts": {},
                   "text": []}
            for kv in fields[3:]:
                k, _, v = kv.partition("=")
                cur["opts"][k] = v
            msgs.append(cur)
        elif cur is not None and line.strip():
            cur["text"].append(line)

    out = []
    for m in msgs:
        o = m["opts"]
        date, unix = when(m["date"])
        rec = {"id": m["id"]}
        if "service" in o:
            action, _, arg = o["service"].partition(":")
            rec.update({"type": "service", "date": date, "date_unixtime": unix,
                        "actor": m["from"], "actor_id": users[m["from"]], "action": action})
            if action == "join_group_by_link":
                rec["inviter"] = "Group"
            elif action == "pin_message":
                rec["message_id"] = int(arg)
            rec.update({"text": "", "text_entities": []})
            out.append(rec)
            continue
        rec.update({"type": "message", "date": date, "date_unixtime": unix})
        if "edited" in o:
            ed, eu = when(o["edited"])
            rec.update({"edited": ed, "edited_unixtime": eu})
        rec.update({"from": m["from"], "from_id": users[m["from"]]})
        if "fwd" in o:
            rec["forwarded_from"] = o["fwd"]
        if "reply" in o:
            rec["reply_to_message_id"] = int(o["reply"])
        if "sticker" in o:
            rec.update({"file": NOFILE, "file_size": 24000 + m["id"] % 997 * 7,
                        "thumbnail": NOFILE, "thumbnail_file_size": 5000 + m["id"] % 389 * 3,
                        "media_type": "sticker", "sticker_emoji": o["sticker"],
                        "width": 512, "height": 512})
        if "photo" in o:
            size, _, nbytes = o["photo"].partition(":")
            w, _, h = size.partition("x")
            rec.update({"photo": NOFILE, "photo_file_size": int(nbytes),
                        "width": int(w), "height": int(h)})
        text, ents = entities("\n".join(m["text"])) if m["text"] else ("", [])
        rec["text"] = text
        rec["text_entities"] = ents
        if "react" in o:
            emoji, _, who = o["react"].partition(":")
            names = [n.strip() for n in who.split(",") if n.strip()]
            rec["reactions"] = [{"type": "emoji", "count": len(names), "emoji": emoji,
                                 "recent": [{"from": n, "from_id": users[n], "date": date}
                                            for n in reversed(names)]}]
        out.append(rec)

    doc = {"name": chat["name"], "type": chat["type"], "id": int(chat["id"]), "messages": out}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1))
        f.write("\n")


if __name__ == "__main__":
    build()
