#!/usr/bin/python3
"""Re-make docs/result.json from tools/gst-channel.txt.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py
Standard library only. The output follows Telegram Desktop's JSON exporter for a single
chat (export_output_json.cpp): one space of indentation per nesting level, keys in the
exporter's order, raw UTF-8, "date" as local ISO time and "date_unixtime" as a string,
"text" as a plain string when the message has no entities and otherwise a list mixing
strings and entity objects, "text_entities" always a list of objects, service messages with
"actor"/"actor_id"/"action", skipped photos as "(File not included. ...)", no trailing newline.
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gst-channel.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\|\|(?P<spoiler>.+?)\|\|"
                    r"|\[(?P<ltext>[^\]]+)\]\((?P<href>[^)]+)\)|(?P<url>https?://[^\s)]+)"
                    r"|(?<![\w#])(?P<hashtag>#\w+)")


def s(value):
    """Telegram's SerializeString: escapes \\n \\r \\t \" \\\\ only, keeps UTF-8 and '/'."""
    out = ['"']
    for ch in value:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def obj(depth, pairs):
    """SerializeObject at nesting depth (object opened at indent `depth`)."""
    inner = "\n" + " " * (depth + 1)
    body = ",".join(inner + s(k) + ": " + v for k, v in pairs if v is not None)
    return "{" + body + "\n" + " " * depth + "}"


def arr(depth, items):
    inner = "\n" + " " * (depth + 1)
    return "[" + ",".join(inner + v for v in items) + "\n" + " " * depth + "]"


def parts_of(text):
    parts, pos = [], 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()], None))
        if m.group("bold") is not None:
            parts.append(("bold", m.group("bold"), None))
        elif m.group("italic") is not None:
            parts.append(("italic", m.group("italic"), None))
        elif m.group("spoiler") is not None:
            parts.append(("spoiler", m.group("spoiler"), None))
        elif m.group("ltext") is not None:
            parts.append(("text_link", m.group("ltext"), m.group("href")))
        elif m.group("url") is not None:
            parts.append(("link", m.group("url"), None))
        else:
            parts.append(("hashtag", m.group("hashtag"), None))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def serialize_text(depth, parts, objects):
    """SerializeText; `depth` is the nesting of the message object's keys."""
    if not parts:
        return "[]" if objects else s("")
    if not objects and len(parts) == 1 and parts[0][0] == "plain":
        return s(parts[0][1])
    items = []
    for kind, text, href in parts:
        if kind == "plain" and not objects:
            items.append(s(text))
        else:
            items.append(obj(depth + 1, [("type", s(kind)), ("text", s(text)),
                                         ("href", s(href) if href else None)]))
    return arr(depth, items)


def when(stamp):
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return s(dt.strftime("%Y-%m-%dT%H:%M:%S")), s(str(int(dt.timestamp())))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    name, chat_id, msgs, cur = None, None, [], None
    for line in lines:
        if line.startswith("# ") and cur is None:
            continue
        if line.startswith("@channel "):
            name, chat_id = [x.strip() for x in line[9:].split("|")]
        elif line.startswith("=== "):
            fields = [x.strip() for x in line[4:].split("|")]
            cur = {"id": fields[0], "date": fields[1], "opts": {}, "body": [], "poll": None, "answers": []}
            for opt in fields[2:]:
                key, _, val = opt.partition(" ")
                cur["opts"][key] = val
            msgs.append(cur)
        elif cur is not None:
            if line.startswith("?? "):
                cur["poll"] = line[3:]
            elif line.startswith("-- "):
                text, votes = line[3:].rsplit("|", 1)
                cur["answers"].append((text.strip(), votes.strip()))
            else:
                cur["body"].append(line)

    actor_id = s("channel" + chat_id)
    out = []
    for m in msgs:
        d, du = when(m["date"])
        o = m["opts"]
        pairs = [("id", m["id"]), ("type", s("service" if "pin" in o else "message")),
                 ("date", d), ("date_unixtime", du)]
        if "edited" in o:
            ed, edu = when(o["edited"])
            pairs += [("edited", ed), ("edited_unixtime", edu)]
        if "pin" in o:
            pairs += [("actor", s(name)), ("actor_id", actor_id), ("action", s("pin_message")),
                      ("message_id", o["pin"]), ("text", s("")), ("text_entities", "[]")]
            out.append(obj(2, pairs))
            continue
        pairs += [("from", s(name)), ("from_id", actor_id)]
        if "reply" in o:
            pairs.append(("reply_to_message_id", o["reply"]))
        if "photo" in o:
            w, h = o["photo"].split("x")
            pairs += [("photo", s("(File not included. Change data exporting settings to download.)")),
                      ("width", w), ("height", h)]
        if "poll" in o:
            answers = [obj(5, [("text", s(t)), ("voters", v), ("chosen", "false")])
                       for t, v in m["answers"]]
            pairs.append(("poll", obj(3, [("question", s(m["poll"])), ("closed", "false"),
                                          ("total_voters", o["poll"]), ("answers", arr(4, answers))])))
        body = "\n".join(m["body"]).strip("\n")
        parts = parts_of(body) if body else []
        pairs += [("text", serialize_text(3, parts, False)),
                  ("text_entities", serialize_text(3, parts, True))]
        out.append(obj(2, pairs))

    doc = ("{\n " + s("name") + ": " + s(name) + ",\n " + s("type") + ": " + s("public_channel")
           + ",\n " + s("id") + ": " + chat_id + ",\n " + s("messages") + ": ["
           + ",".join("\n  " + m for m in out) + "\n ]\n}")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(doc)


if __name__ == "__main__":
    build()
