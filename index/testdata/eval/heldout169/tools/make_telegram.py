#!/usr/bin/python3
"""Re-make docs/result.json from tools/telegram-export.txt.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py
Writes what Telegram Desktop's "Export chat history" (format: machine-readable JSON, media not
downloaded, a date range) writes for a channel: one object with name, type, id and messages,
indented by one space, non-ASCII kept as UTF-8. A message's "text" is a plain string when it
has no formatting, otherwise an array of plain strings and entity objects (bold, italic,
hashtag, mention, link, text_link with its href); "text_entities" repeats it as objects, the
plain parts typed "plain". Dates are the exporter's local time (IST) and date_unixtime the
matching Unix time as a string. Service messages (pin_message) carry actor, actor_id, action
and message_id; polls carry a poll object and an empty text; a photo that was not downloaded
keeps Telegram's "(File not included. ...)" placeholder. Standard library only.

Source format: "@name", "@id", "@type" lines; each message starts "=== <id> <date>" (then
"service pin_message <target>" or "poll closed <total>" for those kinds); header lines
"edited:", "forwarded:", "reply_to:", "photo: WxH bytes", "reactions: <emoji> <n>, ..." end at
"---", after which the text follows. In the text: **bold**, __italic__, [text](href),
#hashtag, @mention. Poll lines: "? question", "- answer | voters [| chosen]".
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "telegram-export.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def unixtime(local):
    d = datetime.datetime.strptime(local, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return str(int(d.timestamp()))


ENTITY = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|\[(.+?)\]\((\S+?)\)|(?<![\w&])(#[A-Za-z]\w*)"
                    r"|(?<![\w.])(@[A-Za-z]\w{3,})|(https?://\S+)")


def parse_text(body):
    parts = []
    pos = 0
    for m in ENTITY.finditer(body):
        if m.start() > pos:
            parts.append(body[pos:m.start()])
        if m.group(1) is not None:
            parts.append({"type": "bold", "text": m.group(1)})
        elif m.group(2) is not None:
            parts.append({"type": "italic", "text": m.group(2)})
        elif m.group(3) is not None:
            parts.append({"type": "text_link", "text": m.group(3), "href": m.group(4)})
        elif m.group(5) is not None:
            parts.append({"type": "hashtag", "text": m.group(5)})
        elif m.group(6) is not None:
            parts.append({"type": "mention", "text": m.group(6)})
        else:
            parts.append({"type": "link", "text": m.group(7)})
        pos = m.end()
    if pos < len(body):
        parts.append(body[pos:])
    entities = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in parts]
    if all(isinstance(p, str) for p in parts):
        return "".join(parts), entities
    return parts, entities


def build():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    head, *blocks = re.split(r"^=== ", src, flags=re.M)
    meta = dict(re.findall(r"^@(\w+) (.*)$", head, flags=re.M))
    chan = meta["name"]
    chan_id = "channel" + meta["id"]
    messages = []
    for block in blocks:
        first, _, rest = block.partition("\n")
        f = first.split()
        mid, date = int(f[0]), f[1]
        msg = {"id": mid, "type": "message", "date": date, "date_unixtime": unixtime(date)}
        if len(f) > 2 and f[2] == "service":
            msg["type"] = "service"
            msg.update({"actor": chan, "actor_id": chan_id, "action": f[3],
                        "message_id": int(f[4]), "text": "", "text_entities": []})
            messages.append(msg)
            continue
        if len(f) > 2 and f[2] == "poll":
            question, answers = "", []
            for line in rest.strip("\n").split("\n"):
                if line.startswith("? "):
                    question = line[2:]
                elif line.startswith("- "):
                    cells = [c.strip() for c in line[2:].split("|")]
                    answers.append({"text": cells[0], "voters": int(cells[1]),
                                    "chosen": len(cells) > 2 and cells[2] == "chosen"})
            msg.update({"from": chan, "from_id": chan_id,
                        "poll": {"question": question, "closed": f[3] == "closed",
                                 "total_voters": int(f[4]), "answers": answers},
                        "text": "", "text_entities": []})
            messages.append(msg)
            continue
        header, _, body = rest.partition("---\n")
        h = dict(l.split(": ", 1) for l in header.strip("\n").split("\n") if l.strip())
        if "edited" in h:
            msg["edited"] = h["edited"]
            msg["edited_unixtime"] = unixtime(h["edited"])
        msg["from"] = chan
        msg["from_id"] = chan_id
        if "forwarded" in h:
            msg["forwarded_from"] = h["forwarded"]
        if "reply_to" in h:
            msg["reply_to_message_id"] = int(h["reply_to"])
        if "photo" in h:
            size, nbytes = h["photo"].split()
            w, hgt = size.split("x")
            msg.update({"photo": NOT_INCLUDED, "photo_file_size": int(nbytes),
                        "width": int(w), "height": int(hgt)})
        text, entities = parse_text(body.rstrip("\n"))
        msg["text"] = text
        msg["text_entities"] = entities
        if "reactions" in h:
            msg["reactions"] = []
            for r in h["reactions"].split(", "):
                emoji, n = r.rsplit(" ", 1)
                msg["reactions"].append({"type": "emoji", "count": int(n), "emoji": emoji})
        messages.append(msg)
    out = {"name": chan, "type": meta["type"], "id": int(meta["id"]), "messages": messages}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    build()
