#!/usr/bin/python3
"""Re-make docs/result.json from tools/result.txt.

Run from anywhere: /usr/bin/python3 tools/make_result.py
Writes the file the way Telegram Desktop's "Export chat history" (format: JSON, one chat)
writes it: one-space indentation per nesting level, UTF-8 left unescaped, "text" as a plain
string when the message has no entities and as a list of strings and entity objects when it has,
"text_entities" always as a list of objects, keys in Telegram's order, no newline at the end.
Standard library only; the output is byte-for-byte reproducible.
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
SKIPPED = "(File not included. Change data exporting settings to download.)"


def jstr(s):
    out = ['"']
    for ch in s:
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


def obj(depth, pairs):
    """Serialise an object whose opening brace sits at nesting depth `depth`."""
    pad, inner = " " * depth, " " * (depth + 1)
    body = ",".join("\n%s%s: %s" % (inner, jstr(k), v) for k, v in pairs)
    return "{" + body + "\n" + pad + "}"


def arr(depth, items):
    pad, inner = " " * depth, " " * (depth + 1)
    body = ",".join("\n%s%s" % (inner, v) for v in items)
    return "[" + body + "\n" + pad + "]"


TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\[(?P<lt>[^\]]+)\]\((?P<href>[^)]+)\)"
                   r"|(?P<url>https?://[^\s)]+)|(?<![\w#])(?P<tag>#\w+)|(?<![\w@])(?P<mention>@\w{5,})")


def parts_of(text):
    parts, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()], None))
        if m.group("bold") is not None:
            parts.append(("bold", m.group("bold"), None))
        elif m.group("italic") is not None:
            parts.append(("italic", m.group("italic"), None))
        elif m.group("lt") is not None:
            parts.append(("text_link", m.group("lt"), m.group("href")))
        elif m.group("url") is not None:
            parts.append(("link", m.group("url"), None))
        elif m.group("tag") is not None:
            parts.append(("hashtag", m.group("tag"), None))
        else:
            parts.append(("mention", m.group("mention"), None))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def text_fields(text):
    parts = parts_of(text)
    # "text" (nesting 3 inside a message; its items at 4)
    if not parts:
        return [("text", '""'), ("text_entities", "[]")]
    ents = []
    for typ, t, extra in parts:
        pairs = [("type", jstr(typ)), ("text", jstr(t))]
        if typ == "text_link":
            pairs.append(("href", jstr(extra)))
        ents.append(obj(4, pairs))
    if len(parts) == 1 and parts[0][0] == "plain":
        text_val = jstr(parts[0][1])
    else:
        text_val = arr(3, [jstr(t) if typ == "plain" else e
                           for (typ, t, _), e in zip(parts, ents)])
    return [("text", text_val), ("text_entities", arr(3, ents))]


def stamp(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return jstr(s), jstr(str(int(d.timestamp())))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, msgs, cur = {}, [], None
    for line in lines:
        if line.startswith("%%"):
            continue
        if line.startswith("%") and cur is None:
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        if line.startswith("@@ "):
            _, mid, date = line.split(" ")
            cur = {"id": mid, "date": date, "head": [], "body": None}
            msgs.append(cur)
            continue
        if cur is None:
            continue
        if cur["body"] is not None:
            cur["body"].append(line)
        elif line == "--":
            cur["body"] = []
        elif line.strip():
            cur["head"].append(line)

    chan = meta["name"]
    chan_id = jstr("channel" + meta["id"])
    items = []
    for m in msgs:
        head = {}
        poll_q, poll_a = None, []
        for h in m["head"]:
            if h.startswith("? "):
                poll_q = h[2:]
            elif h.startswith("- "):
                a, v = h[2:].rsplit(" = ", 1)
                poll_a.append((a, v))
            else:
                k, v = h.split(": ", 1)
                head[k] = v
        d, du = stamp(m["date"])
        pairs = [("id", m["id"])]
        if "service" in head:
            action, target = head["service"].split(" ")
            pairs += [("type", jstr("service")), ("date", d), ("date_unixtime", du),
                      ("actor", jstr(chan)), ("actor_id", chan_id), ("action", jstr(action)),
                      ("message_id", target), ("text", '""'), ("text_entities", "[]")]
            items.append(obj(2, pairs))
            continue
        pairs += [("type", jstr("message")), ("date", d), ("date_unixtime", du)]
        if "edited" in head:
            e, eu = stamp(head["edited"])
            pairs += [("edited", e), ("edited_unixtime", eu)]
        pairs += [("from", jstr(chan)), ("from_id", chan_id)]
        if "author" in head:
            pairs.append(("author", jstr(head["author"])))
        if "forwarded_from" in head:
            pairs.append(("forwarded_from", jstr(head["forwarded_from"])))
        if "reply_to" in head:
            pairs.append(("reply_to_message_id", head["reply_to"]))
        if "photo" in head:
            size, wh = head["photo"].split(" ")
            w, h = wh.split("x")
            pairs += [("photo", jstr(SKIPPED)), ("photo_file_size", size),
                      ("width", w), ("height", h)]
        if "file" in head:
            name, mime, size = head["file"].split(" ")
            pairs += [("file", jstr(SKIPPED)), ("file_name", jstr(name)),
                      ("file_size", size), ("mime_type", jstr(mime))]
        if "poll" in head:
            opts = dict(kv.split("=") for kv in head["poll"].split(" "))
            answers = [obj(5, [("text", jstr(a)), ("voters", v), ("chosen", "false")])
                       for a, v in poll_a]
            pairs.append(("poll", obj(3, [("question", jstr(poll_q)), ("closed", opts["closed"]),
                                          ("total_voters", opts["total"]),
                                          ("answers", arr(4, answers))])))
        body = "\n".join(m["body"] or []).strip("\n")
        pairs += text_fields(body)
        if "reactions" in head:
            rs = []
            for r in head["reactions"].split(" "):
                emo, cnt = r.split("=")
                rs.append(obj(4, [("type", jstr("emoji")), ("count", cnt), ("emoji", jstr(emo))]))
            pairs.append(("reactions", arr(3, rs)))
        items.append(obj(2, pairs))

    out = ("{\n \"name\": " + jstr(chan) + ",\n \"type\": \"public_channel\",\n \"id\": " + meta["id"]
           + ",\n \"messages\": " + arr(1, items) + "\n}")
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(out)


if __name__ == "__main__":
    build()
