#!/usr/bin/python3
"""Re-make docs/result.json (a Telegram Desktop channel export) from tools/result-source.txt.

Run from anywhere: /usr/bin/python3 tools/make_result.py
Standard library only; the output is byte-for-byte reproducible.

The output follows Telegram Desktop's JSON writer (export_output_json.cpp) for a single-chat
export: an object with name, type, id and messages; one space of indentation per level; keys in
the writer's order (id, type, date, date_unixtime, edited, edited_unixtime, actor/from and their
_id, action fields, forwarded_from, reply_to_message_id, photo/width/height or poll, text,
text_entities); "text" is a plain string when the message has no entities and otherwise a list
mixing plain strings and entity objects; "text_entities" always lists objects, plain parts as
{"type": "plain"}; UTF-8 written raw; no newline after the closing brace.

Source markup: "@chat key: value" lines; each message starts with "@@ <id> <message|service>
<local date> <local time>", then "key: value" lines, then "---", then the text. In the text,
**x** is bold, __x__ italic, [x](url) a text_link, #word a hashtag, https://... a link.
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result-source.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")

TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\[(?P<label>[^\]]+)\]\((?P<href>[^)]+)\)"
                   r"|(?P<link>https?://[^\s)]+)|(?<![\w#])(?P<hashtag>#\w+)")


def sstr(value):
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
        elif ord(ch) < 32:
            out.append("\\x%02X" % ord(ch))
        elif ch == "\u2028":
            out.append("\\u2028")
        elif ch == "\u2029":
            out.append("\\u2029")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Raw(str):
    """An already-serialised value (number, true/false)."""


def ser(value, depth):
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, str):
        return sstr(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        return "[" + ",".join(inner + ser(v, depth + 1) for v in value) + "\n" + " " * depth + "]"
    if isinstance(value, dict):
        inner = "\n" + " " * (depth + 1)
        return ("{" + ",".join(inner + sstr(k) + ": " + ser(v, depth + 1) for k, v in value.items())
                + "\n" + " " * depth + "}")
    raise TypeError(value)


def parts_of(text):
    parts, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()], None))
        if m.group("bold") is not None:
            parts.append(("bold", m.group("bold"), None))
        elif m.group("italic") is not None:
            parts.append(("italic", m.group("italic"), None))
        elif m.group("label") is not None:
            parts.append(("text_link", m.group("label"), m.group("href")))
        elif m.group("link") is not None:
            parts.append(("link", m.group("link"), None))
        else:
            parts.append(("hashtag", m.group("hashtag"), None))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def entity(kind, text, href):
    obj = {"type": kind, "text": text}
    if href:
        obj["href"] = href
    return obj


def text_fields(text):
    if not text:
        return "", []
    parts = parts_of(text)
    if len(parts) == 1 and parts[0][0] == "plain":
        return parts[0][1], [entity("plain", parts[0][1], None)]
    shown = [p[1] if p[0] == "plain" else entity(*p) for p in parts]
    return shown, [entity(*p) for p in parts]


def stamp(local, tz):
    dt = datetime.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return dt.strftime("%Y-%m-%dT%H:%M:%S"), str(int(dt.timestamp()))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    chat, blocks = {}, []
    for line in lines:
        if line.startswith("@chat "):
            k, v = line[6:].split(": ", 1)
            chat[k] = v
        elif line.startswith("@@ "):
            blocks.append({"head": line[3:].split(" "), "meta": [], "text": [], "in_text": False})
        elif blocks:
            b = blocks[-1]
            if b["in_text"]:
                b["text"].append(line)
            elif line == "---":
                b["in_text"] = True
            elif line.strip():
                k, v = line.split(": ", 1)
                b["meta"].append((k, v))
    sign, hh, mm = chat["tz"][0], int(chat["tz"][1:3]), int(chat["tz"][4:6])
    off = datetime.timedelta(hours=hh, minutes=mm) * (1 if sign == "+" else -1)
    tz = datetime.timezone(off)
    channel_id = "channel" + chat["id"]

    messages = []
    for b in blocks:
        mid, kind, day, clock = b["head"]
        meta = dict(b["meta"])
        date, unix = stamp(day + " " + clock, tz)
        msg = {"id": Raw(mid), "type": kind, "date": date, "date_unixtime": unix}
        if "edited" in meta:
            msg["edited"], msg["edited_unixtime"] = stamp(meta["edited"], tz)
        if kind == "service":
            msg["actor"] = chat["name"]
            msg["actor_id"] = channel_id
            msg["action"] = meta["action"]
            if "title" in meta:
                msg["title"] = meta["title"]
            if "message_id" in meta:
                msg["message_id"] = Raw(meta["message_id"])
        else:
            msg["from"] = chat["name"]
            msg["from_id"] = channel_id
            if "forwarded_from" in meta:
                msg["forwarded_from"] = meta["forwarded_from"]
            if "reply_to" in meta:
                msg["reply_to_message_id"] = Raw(meta["reply_to"])
            if "photo" in meta:
                msg["photo"] = meta["photo"]
                msg["width"] = Raw(meta["width"])
                msg["height"] = Raw(meta["height"])
            if "poll" in meta:
                answers = []
                for k, v in b["meta"]:
                    if k == "answer":
                        label, votes = v.rsplit(" | ", 1)
                        answers.append({"text": label, "voters": Raw(votes), "chosen": Raw("false")})
                msg["poll"] = {"question": meta["poll"], "closed": Raw(meta["closed"]),
                               "total_voters": Raw(meta["total_voters"]), "answers": answers}
        text = "\n".join(b["text"]).strip("\n")
        msg["text"], msg["text_entities"] = text_fields(text)
        messages.append(msg)

    root = {"name": chat["name"], "type": chat["type"], "id": Raw(chat["id"]), "messages": messages}
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(ser(root, 0))


if __name__ == "__main__":
    build()
