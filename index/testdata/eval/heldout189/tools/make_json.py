#!/usr/bin/python3
"""Re-make docs/result.json from tools/pli-chat.txt.

The file is written the way Telegram Desktop's "Export chat history" (format: JSON, media not
downloaded) writes it: the chat's name, type ("private_supergroup") and id at the top, then a
"messages" array; one-space indentation, UTF-8 emoji written as they are; every message with
"date" (local time) and "date_unixtime" (a string); "text" a plain string when the message has
no formatting and otherwise an array mixing strings and entity objects, always followed by
"text_entities"; service messages with actor/action; replies with "reply_to_message_id";
forwards with "forwarded_from"; edits with "edited"/"edited_unixtime"; reactions; a sticker and
a photo whose files were not included in the export.
Standard library only. Run from anywhere: /usr/bin/python3 tools/make_json.py
The output is byte-for-byte reproducible.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pli-chat.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")

IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
TOKEN = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((https?://[^)]+)\)|(https?://\S+)|(#\w+)|(@\w+)")


def unix(local):
    dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return dt.strftime("%Y-%m-%dT%H:%M:%S"), str(int(dt.timestamp()))


def entities(text):
    ents, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            ents.append({"type": "plain", "text": text[pos:m.start()]})
        if m.group(1) is not None:
            ents.append({"type": "bold", "text": m.group(1)})
        elif m.group(2) is not None:
            ents.append({"type": "text_link", "text": m.group(2), "href": m.group(3)})
        elif m.group(4) is not None:
            ents.append({"type": "link", "text": m.group(4)})
        elif m.group(5) is not None:
            ents.append({"type": "hashtag", "text": m.group(5)})
        else:
            ents.append({"type": "mention", "text": m.group(6)})
        pos = m.end()
    if pos < len(text):
        ents.append({"type": "plain", "text": text[pos:]})
    return ents


def text_fields(text):
    ents = entities(text)
    if not ents:
        return "", []
    if all(e["type"] == "plain" for e in ents):
        return text, [{"type": "plain", "text": text}]
    mixed = [e["text"] if e["type"] == "plain" else e for e in ents]
    return mixed, ents


def build():
    chat, users, msgs = {}, {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("@user "):
            name, uid = line[6:].split(" = ")
            users[name] = uid
        elif line.startswith("@") and cur is None:
            key, val = line[1:].split(" ", 1)
            chat[key] = val
        elif line.startswith("=== "):
            fields = [x.strip() for x in line[4:].split("|")]
            cur = {"id": int(fields[0]), "date": fields[1], "from": fields[2], "opts": {}, "body": []}
            for o in fields[3:]:
                k, v = o.split("=", 1)
                cur["opts"][k] = v
            msgs.append(cur)
        elif cur is not None:
            cur["body"].append(line)

    out = []
    for m in msgs:
        o = m["opts"]
        date, ut = unix(m["date"])
        text = "\n".join(m["body"]).strip("\n")
        rec = {"id": m["id"]}
        if "service" in o:
            rec.update({"type": "service", "date": date, "date_unixtime": ut,
                        "actor": m["from"], "actor_id": users[m["from"]], "action": o["service"]})
            if "msgid" in o:
                rec["message_id"] = int(o["msgid"])
            rec["text"], rec["text_entities"] = "", []
            out.append(rec)
            continue
        rec.update({"type": "message", "date": date, "date_unixtime": ut})
        if "edited" in o:
            rec["edited"], rec["edited_unixtime"] = unix(o["edited"])
        rec["from"], rec["from_id"] = m["from"], users[m["from"]]
        if "fwd" in o:
            rec["forwarded_from"] = o["fwd"]
        if "reply" in o:
            rec["reply_to_message_id"] = int(o["reply"])
        if "photo" in o:
            w, h = o["photo"].split("x")
            rec.update({"photo": NOT_INCLUDED, "photo_file_size": 187342, "width": int(w), "height": int(h)})
        if "sticker" in o:
            rec.update({"file": NOT_INCLUDED, "file_name": "sticker.webp", "file_size": 24816,
                        "thumbnail": NOT_INCLUDED, "thumbnail_file_size": 6120, "media_type": "sticker",
                        "sticker_emoji": o["sticker"], "width": 512, "height": 512})
        rec["text"], rec["text_entities"] = text_fields(text)
        if "react" in o:
            emoji, count = o["react"].split(":")
            rec["reactions"] = [{"type": "emoji", "count": int(count), "emoji": emoji}]
        out.append(rec)

    doc = {"name": chat["chat"], "type": chat["type"], "id": int(chat["id"]), "messages": out}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    build()
