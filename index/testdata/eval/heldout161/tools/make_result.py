#!/usr/bin/python3
"""Re-make docs/result.json (a Telegram Desktop channel export) from tools/result.txt.

Run from anywhere: /usr/bin/python3 tools/make_result.py
Standard library only; the output is byte-for-byte reproducible.

Telegram Desktop's "Export chat history" in machine-readable JSON writes one object with the
channel's name, type and id and a "messages" list, indented by one space, non-ASCII left as
UTF-8. Dates are local time (here IST, UTC+5:30) and date_unixtime is the same moment as a
string of epoch seconds. A message whose text has no formatting has "text" as a plain string;
otherwise "text" is a list of bare strings and entity objects. "text_entities" always lists
every piece, plain ones included.

Source markup: "@channel NAME|ID"; "@msg ID|DATE" ... "@end" with optional "@edited DATE",
"@reply ID", "@photo PATH|W|H|BYTES", "@reactions EMOJI:COUNT,..." lines first;
"@service ID|DATE|ACTION|MESSAGE_ID"; "@poll ID|DATE|closed" then the question line and
"- answer|voters" lines, then "@end". In text: **bold**, ||spoiler||, [text](url) for a
text_link; bare URLs become "link" and #words "hashtag" entities.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|\|\|(?P<spoiler>.+?)\|\||"
                   r"\[(?P<lt>[^\]]+)\]\((?P<href>[^)]+)\)|(?P<link>https?://\S+)|"
                   r"(?<![\w&])(?P<tag>#[A-Za-z]\w*)")


def unixtime(date):
    d = datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return str(int(d.timestamp()))


def entities(text):
    ents, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            ents.append({"type": "plain", "text": text[pos:m.start()]})
        if m.group("bold") is not None:
            ents.append({"type": "bold", "text": m.group("bold")})
        elif m.group("spoiler") is not None:
            ents.append({"type": "spoiler", "text": m.group("spoiler")})
        elif m.group("lt") is not None:
            ents.append({"type": "text_link", "text": m.group("lt"), "href": m.group("href")})
        elif m.group("link") is not None:
            ents.append({"type": "link", "text": m.group("link")})
        else:
            ents.append({"type": "hashtag", "text": m.group("tag")})
        pos = m.end()
    if pos < len(text):
        ents.append({"type": "plain", "text": text[pos:]})
    return ents


def text_field(ents):
    if all(e["type"] == "plain" for e in ents):
        return "".join(e["text"] for e in ents)
    return [e["text"] if e["type"] == "plain" else e for e in ents]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    channel, messages = None, []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@channel "):
            name, cid = line[9:].split("|")
            channel = {"name": name, "type": "public_channel", "id": int(cid)}
            i += 1
        elif line.startswith("@service "):
            mid, date, action, target = line[9:].split("|")
            messages.append({
                "id": int(mid), "type": "service", "date": date, "date_unixtime": unixtime(date),
                "actor": channel["name"], "actor_id": "channel%d" % channel["id"],
                "action": action, "message_id": int(target), "text": "", "text_entities": []})
            i += 1
        elif line.startswith("@poll "):
            mid, date, state = line[6:].split("|")
            question = lines[i + 1]
            answers = []
            i += 2
            while lines[i] != "@end":
                a, v = lines[i][2:].rsplit("|", 1)
                answers.append({"text": a, "voters": int(v), "chosen": False})
                i += 1
            i += 1
            messages.append({
                "id": int(mid), "type": "message", "date": date, "date_unixtime": unixtime(date),
                "from": channel["name"], "from_id": "channel%d" % channel["id"],
                "poll": {"question": question, "closed": state == "closed",
                         "total_voters": sum(a["voters"] for a in answers), "answers": answers},
                "text": "", "text_entities": []})
        elif line.startswith("@msg "):
            mid, date = line[5:].split("|")
            meta, body = {}, []
            i += 1
            while lines[i].startswith("@") and lines[i] != "@end":
                key, _, val = lines[i][1:].partition(" ")
                meta[key] = val
                i += 1
            while lines[i] != "@end":
                body.append(lines[i])
                i += 1
            i += 1
            msg = {"id": int(mid), "type": "message", "date": date,
                   "date_unixtime": unixtime(date)}
            if "edited" in meta:
                msg["edited"] = meta["edited"]
                msg["edited_unixtime"] = unixtime(meta["edited"])
            msg["from"] = channel["name"]
            msg["from_id"] = "channel%d" % channel["id"]
            if "reply" in meta:
                msg["reply_to_message_id"] = int(meta["reply"])
            if "photo" in meta:
                path, w, h, size = meta["photo"].split("|")
                msg["photo"] = path
                msg["photo_file_size"] = int(size)
                msg["width"] = int(w)
                msg["height"] = int(h)
            ents = entities("\n".join(body))
            msg["text"] = text_field(ents)
            msg["text_entities"] = ents
            if "reactions" in meta:
                msg["reactions"] = []
                for pair in meta["reactions"].split(","):
                    emoji, count = pair.rsplit(":", 1)
                    msg["reactions"].append({"type": "emoji", "count": int(count),
                                             "emoji": emoji})
            messages.append(msg)
        else:
            i += 1
    channel["messages"] = messages
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(channel, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    build()
