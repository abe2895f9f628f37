#!/usr/bin/python3
"""Make docs/messages.json from tools/messages.txt.

The output is a Google Chat space's messages.json as Google Takeout exports it (the file that
sits in "Google Chat/Groups/Space <id>/" next to group_info.json): one object holding a
"messages" list, written the way Google's Gson writer does it - two-space indent, "key": value,
emoji and other non-ASCII as raw UTF-8, but the HTML-unsafe characters ' = < > & escaped as
\\u0027 \\u003d \\u003c \\u003e \\u0026. Each message has creator (name, email, user_type),
created_date in Takeout's long form ("Sunday, January 12, 2025 at 2:05:31<U+202F>PM UTC", with the
narrow no-break space before AM/PM), an updated_date when edited, the text with Chat's own
markup (*bold*, _italic_, typed "•" bullets), annotations (drive_metadata for a Docs link,
url_metadata with its private_do_not_access_or_else_safe_url_wrapped_value, user_mention_metadata
for an @mention; start_index and length count UTF-16 units), attached_files (original_name,
export_name), reactions (emoji unicode and reactor_emails), topic_id and message_id
("<space>/<topic>/<message>", a topic's first message repeating the topic id).

Run from anywhere: /usr/bin/python3 tools/make_gchat.py  (output is byte-for-byte stable)
"""
import base64
import hashlib
import json
import os
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
OUT = os.path.join(HERE, "..", "docs", "messages.json")
SPACE = "AAAAq7Zc4Wk"
PEOPLE = {
    "priya": ("Priya Nair", "priya.nair.ias26@gmail.com"),
    "arjun": ("Arjun Bora", "arjunbora.jrt@gmail.com"),
    "sneha": ("Sneha Gowda", "sneha.gowda1999@gmail.com"),
    "rahul": ("Rahul Meena", "rahulmeena.upsc@gmail.com"),
    "farhan": ("Farhan Qureshi", "farhan.q.notes@gmail.com"),
}


def short_id(seed):
    raw = hashlib.sha1(seed.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(raw).decode("ascii")[:11]


def takeout_date(s):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    hour = dt.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d:%02d\u202f%s UTC" % (
        dt.strftime("%A"), dt.strftime("%B"), dt.day, dt.year, hour, dt.minute, dt.second,
        "AM" if dt.hour < 12 else "PM")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def person(key):
    name, email = PEOPLE[key]
    return {"name": name, "email": email, "user_type": "Human"}


def parse():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    msgs = []
    for chunk in src.split("\n@@\n")[1:]:
        head, _, text = chunk.partition("\n--\n")
        h = {"react": [], "text": text.rstrip("\n")}
        for line in head.split("\n"):
            key, _, val = line.partition(": ")
            if key == "react":
                h["react"].append(val)
            else:
                h[key] = val
        msgs.append(h)
    return msgs


def gson(obj):
    s = json.dumps(obj, ensure_ascii=False, indent=2)
    for ch, rep in (("&", "\\u0026"), ("'", "\\u0027"), ("=", "\\u003d"), ("<", "\\u003c"),
                    (">", "\\u003e")):
        s = s.replace(ch, rep)
    return s


def main():
    out = []
    topics = {}
    for n, h in enumerate(parse()):
        t = h["topic"]
        if t.startswith("new "):
            name = t[4:]
            topics[name] = short_id("topic/" + name)
            tid = mid = topics[name]
        else:
            tid = topics[t]
            mid = short_id("msg/%d/%s" % (n, h["at"]))
        text = h["text"]
        m = {"creator": person(h["from"]), "created_date": takeout_date(h["at"])}
        if "edited" in h:
            m["updated_date"] = takeout_date(h["edited"])
        m["text"] = text
        ann = []
        if "drive" in h:
            fid, title = h["drive"].split(" | ")
            url = text.split("\n")[0]
            ann.append({"start_index": 0, "length": u16(url),
                        "drive_metadata": {"id": fid, "title": title, "thumbnail_url": ""}})
        if "url" in h:
            url, title, snippet = h["url"].split(" | ")
            start = text.rindex(url)
            ann.append({"start_index": u16(text[:start]), "length": u16(url),
                        "url_metadata": {"title": title, "snippet": snippet, "image_url": "",
                                         "url": {"private_do_not_access_or_else_safe_url_wrapped_value": url}}})
        if "mention" in h:
            name = "@" + PEOPLE[h["mention"]][0]
            start = text.index(name)
            ann.append({"start_index": u16(text[:start]), "length": u16(name),
                        "user_mention_metadata": {"type": "MENTION", "user": person(h["mention"])}})
        if ann:
            m["annotations"] = ann
        if "file" in h:
            m["attached_files"] = [{"original_name": h["file"], "export_name": "File-" + h["file"]}]
        if h["react"]:
            m["reactions"] = []
            for r in h["react"]:
                emoji, *who = r.split(" ")
                m["reactions"].append({"emoji": {"unicode": emoji},
                                       "reactor_emails": [PEOPLE[w][1] for w in who]})
        m["topic_id"] = tid
        m["message_id"] = "%s/%s/%s" % (SPACE, tid, mid)
        out.append(m)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(gson({"messages": out}) + "\n")


if __name__ == "__main__":
    main()
