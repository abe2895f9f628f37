#!/usr/bin/python3
"""Make docs/message_1.json from tools/message_1.txt.

The file is one group chat as Facebook's "Download your information" (Messages, JSON format)
writes it: a JSON object indented two spaces with participants, messages (newest first), title,
is_still_participant, thread_path, magic_words, image and joinable_mode. Each message has
sender_name, timestamp_ms, content and is_geoblocked_for_viewer, with reactions (reaction,
actor), photos (uri, creation_timestamp) or share (link, share_text) where the message has them.
Facebook's quirk is kept: every string is UTF-8 whose bytes were read as Latin-1 code points and
then escaped, so "📚" is written "\\u00f0\\u009f\\u0093\\u009a" and Hindi the same way.

Run: /usr/bin/python3 tools/make_messenger.py [output path]   (output is byte-for-byte stable)
"""
import json
import os
import sys
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "message_1.txt")
OUT = os.path.join(HERE, "..", "docs", "message_1.json")
IST = timezone(timedelta(hours=5, minutes=30))
ROOT = "your_facebook_activity/messages/"


def fb(s):
    """Facebook's mojibake: UTF-8 bytes as Latin-1 code points."""
    return s.encode("utf-8").decode("latin-1")


def epoch(stamp):
    return int(datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST).timestamp())


def photo_name(name, sec):
    a = zlib.crc32(name.encode()) % 10 ** 9
    b = zlib.crc32((name + "#").encode()) * 4099 % 10 ** 15
    return "%d_%d%06d_%d_n_%d.jpg" % (460000000 + a % 9000000, sec % 10 ** 10, a % 10 ** 6,
                                      b, 1000000000000000 + b % 10 ** 15)


def parse():
    head, msgs, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                head[k] = v
            elif line.startswith("== "):
                stamp, sender = line[3:].split(" | ")
                cur = {"stamp": stamp, "sender": sender, "text": [], "react": [], "photos": [],
                       "share": None}
                msgs.append(cur)
            elif line.startswith("+react "):
                actor, emo = line[7:].split(" | ")
                cur["react"].append((emo, actor))
            elif line.startswith("+photo "):
                cur["photos"].append(line[7:])
            elif line.startswith("+share "):
                link, text = (line[7:] + " ").split(" | ", 1)
                cur["share"] = (link.strip(), text.strip())
            elif cur is not None:
                cur["text"].append(line)
    return head, msgs


def build_bytes():
    head, msgs = parse()
    thread = head["thread"]
    out_msgs = []
    for m in reversed(msgs):
        sec = epoch(m["stamp"])
        ms = sec * 1000 + zlib.crc32((m["stamp"] + m["sender"]).encode()) % 1000
        o = {"sender_name": fb(m["sender"]), "timestamp_ms": ms}
        text = "\n".join(m["text"]).strip("\n")
        if text:
            o["content"] = fb(text)
        if m["photos"]:
            o["photos"] = [{"uri": ROOT + thread + "/photos/" + photo_name(p, sec),
                            "creation_timestamp": sec} for p in m["photos"]]
        if m["share"]:
            link, stext = m["share"]
            o["share"] = {"link": link}
            if stext:
                o["share"]["share_text"] = fb(stext)
        if m["react"]:
            o["reactions"] = [{"reaction": fb(e), "actor": fb(a)} for e, a in m["react"]]
        o["is_geoblocked_for_viewer"] = False
        out_msgs.append(o)
    img_name, img_stamp = head["image"].split(" | ")
    doc = {
        "participants": [{"name": fb(n.strip())} for n in head["participants"].split(";")],
        "messages": out_msgs,
        "title": fb(head["title"]),
        "is_still_participant": True,
        "thread_path": thread,
        "magic_words": [],
        "image": {"uri": ROOT + thread + "/" + img_name, "creation_timestamp": epoch(img_stamp)},
        "joinable_mode": {"mode": 1, "link": ""},
    }
    return json.dumps(doc, indent=2, ensure_ascii=True).encode("ascii")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build_bytes())


if __name__ == "__main__":
    main()
