#!/usr/bin/python3
"""Make docs/result.json from tools/result.txt.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py [OUTPUT]
(OUTPUT defaults to docs/result.json). Standard library only; the same bytes on every run.

The file imitates Telegram Desktop's full data export ("Settings > Advanced > Export Telegram
data", machine-readable JSON) with only "Public channels" ticked and media left out, so the
export holds one channel. It follows the JSON writer of Telegram Desktop byte for byte:
  - the top-level object has "about" (Telegram's notice) and "chats" ({"about", "list"}); the
    channel sits in "list" with "name", "type" ("public_channel"), "id" and "messages";
  - indentation is one space per nesting level of the writer's context, which is why the
    message fields sit six spaces deep, and why each "reactions" array opens its objects one
    space deeper than a "text" array does (the writer pushes an extra level there);
  - strings keep UTF-8 as is (emoji, dashes, curly quotes), "/" is not escaped, a newline is
    written \\n; numbers are bare; no newline at the end of the file;
  - every message has id, type, date (the exporter's local time, here IST) and date_unixtime
    (a string); then edited/edited_unixtime, from/from_id ("channel..."), author (the post's
    signature, once the admins turned signatures on), forwarded_from, reply_to_message_id;
    media fields (photo with photo_file_size/width/height, a voice message with file,
    file_size, media_type, mime_type, duration_seconds; a poll object); text (a plain string
    when there is no entity, otherwise a list of strings and entity objects), text_entities
    (always objects, "plain" included) and reactions;
  - service messages (create_channel, edit_group_photo, pin_message) have actor, actor_id,
    action and their own fields, with text "" and text_entities [];
  - files that were not downloaded read "(File not included. Change data exporting settings
    to download.)"; deleted posts leave gaps in the ids.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")

ABOUT = ("Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data "
         "for ad targeting and doesn't sell it to others. Telegram only keeps the information it "
         "needs to function as a secure and feature-rich cloud service.\n\nCheck out Settings > "
         "Privacy & Security on Telegram's mobile apps for the relevant settings.")
ABOUT_CHATS = "This page lists all chats from this export."
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


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


def sobj(depth, pairs):
    """SerializeObject with the writer's context `depth` levels deep."""
    body = []
    for key, value in pairs:
        if value is None or value == "":
            continue
        body.append("\n" + " " * (depth + 1) + sstr(key) + ": " + value)
    return "{" + ",".join(body) + "\n" + " " * depth + "}"


def sarr(depth, items):
    """SerializeArray with the writer's context `depth` levels deep."""
    body = ["\n" + " " * (depth + 1) + it for it in items]
    return "[" + ",".join(body) + "\n" + " " * depth + "]"


def unix(local):
    dt = datetime.datetime.strptime(local, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return str(int(dt.timestamp()))


INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\|\|(?P<spoiler>.+?)\|\|"
                    r"|`(?P<code>[^`]+)`|\[(?P<label>[^\]]+)\]\((?P<href>[^)]+)\)"
                    r"|(?P<link>https?://\S+)|(?<!\S)(?P<hashtag>#\w+)|(?<!\S)(?P<mention>@\w+)")


def parts_of(lines):
    """Text parts [(type, text, extra)] of a message written in the source markup."""
    parts = []

    def add(kind, text, extra=None):
        if not text:
            return
        if kind == "plain" and parts and parts[-1][0] == "plain":
            parts[-1] = ("plain", parts[-1][1] + text, None)
        else:
            parts.append((kind, text, extra))

    i = 0
    first = True
    while i < len(lines):
        if not first:
            add("plain", "\n")
        first = False
        if lines[i].startswith("> "):
            quote = []
            while i < len(lines) and lines[i].startswith("> "):
                quote.append(lines[i][2:])
                i += 1
            add("blockquote", "\n".join(quote), "false")
            continue
        line = lines[i]
        pos = 0
        for m in INLINE.finditer(line):
            add("plain", line[pos:m.start()])
            kind = m.lastgroup if m.lastgroup != "href" else "text_link"
            if kind == "text_link":
                add("text_link", m.group("label"), m.group("href"))
            else:
                add(kind, m.group(kind))
            pos = m.end()
        add("plain", line[pos:])
        i += 1
    return parts


def ser_text(depth, parts, objects):
    """SerializeText: `depth` is the context depth while the message is being built."""
    if not parts:
        return "[]" if objects else sstr("")
    if not objects and len(parts) == 1 and parts[0][0] == "plain":
        return sstr(parts[0][1])
    items = []
    for kind, text, extra in parts:
        if kind == "plain" and not objects:
            items.append(sstr(text))
            continue
        pairs = [("type", sstr(kind)), ("text", sstr(text))]
        if kind == "text_link":
            pairs.append(("href", sstr(extra)))
        elif kind == "blockquote":
            pairs.append(("collapsed", extra))
        items.append(sobj(depth + 1, pairs))
    return sarr(depth, items)


def read_source():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    channel, msgs = None, []
    for ln in lines:
        if ln.startswith("@channel "):
            name, kind, cid = ln[9:].split("|")
            channel = {"name": name, "type": kind, "id": cid}
        elif ln.startswith("=== "):
            head = ln[4:].split(" ", 2)
            mid, date = head[0], head[1]
            keys = {}
            if len(head) > 2:
                for kv in re.split(r" (?=\w+=)", head[2]):
                    k, _, v = kv.partition("=")
                    keys[k] = v
            msgs.append({"id": mid, "date": date, "keys": keys, "lines": [], "poll": None})
        elif msgs and ln.startswith("@poll "):
            q, state, total = ln[6:].split("|")
            msgs[-1]["poll"] = {"q": q, "closed": state == "closed", "total": total, "answers": []}
        elif msgs and ln.startswith("@ans "):
            text, voters = ln[5:].rsplit("|", 1)
            msgs[-1]["poll"]["answers"].append((text, voters))
        elif msgs:
            msgs[-1]["lines"].append(ln)
    for m in msgs:
        while m["lines"] and not m["lines"][-1].strip():
            m["lines"].pop()
    return channel, msgs


def ser_message(depth, m, channel):
    """SerializeMessage with the writer's context `depth` levels deep (the messages array)."""
    inner = depth + 1           # the writer pushes one level while it builds the values
    k = m["keys"]
    chan_id = "channel" + channel["id"]
    pairs = [("id", m["id"]),
             ("type", sstr("service" if "service" in k else "message")),
             ("date", sstr(m["date"])),
             ("date_unixtime", sstr(unix(m["date"])))]
    if "edited" in k:
        pairs += [("edited", sstr(k["edited"])), ("edited_unixtime", sstr(unix(k["edited"])))]
    if "service" in k:
        pairs += [("actor", sstr(channel["name"])), ("actor_id", sstr(chan_id)),
                  ("action", sstr(k["service"]))]
        if "title" in k:
            pairs.append(("title", sstr(k["title"])))
        if "msgid" in k:
            pairs.append(("message_id", k["msgid"]))
        if "photo" in k:
            wh, size = k["photo"].split(":")
            w, h = wh.split("x")
            pairs += [("photo", sstr(NOT_INCLUDED)), ("photo_file_size", size), ("width", w),
                      ("height", h)]
        parts = []
    else:
        pairs += [("from", sstr(channel["name"])), ("from_id", sstr(chan_id))]
        if "sign" in k:
            pairs.append(("author", sstr(k["sign"])))
        if "fwd" in k:
            pairs.append(("forwarded_from", sstr(k["fwd"])))
        if "reply" in k:
            pairs.append(("reply_to_message_id", k["reply"]))
        if "photo" in k:
            wh, size = k["photo"].split(":")
            w, h = wh.split("x")
            pairs += [("photo", sstr(NOT_INCLUDED)), ("photo_file_size", size), ("width", w),
                      ("height", h)]
        if "voice" in k:
            secs, size = k["voice"].split(":")
            pairs += [("file", sstr(NOT_INCLUDED)), ("file_size", size),
                      ("media_type", sstr("voice_message")), ("mime_type", sstr("audio/ogg")),
                      ("duration_seconds", secs)]
        if m["poll"]:
            p = m["poll"]
            answers = [sobj(inner + 2, [("text", sstr(t)), ("voters", v), ("chosen", "false")])
                       for t, v in p["answers"]]
            pairs.append(("poll", sobj(inner, [
                ("question", sstr(p["q"])),
                ("closed", "true" if p["closed"] else "false"),
                ("total_voters", p["total"]),
                ("answers", sarr(inner + 1, answers))])))
        parts = parts_of(m["lines"])
    pairs.append(("text", ser_text(inner, parts, False)))
    pairs.append(("text_entities", ser_text(inner, parts, True)))
    if "react" in k:
        items = []
        for r in k["react"].split(";"):
            emoji, count = r.rsplit(":", 1)
            # the writer pushes an array level and then an object level for each reaction
            items.append(sobj(inner + 2, [("type", sstr("emoji")), ("count", count),
                                          ("emoji", sstr(emoji))]))
        pairs.append(("reactions", sarr(inner + 1, items)))
    return sobj(depth, pairs)


def build(out=OUT):
    channel, msgs = read_source()
    # JsonWriter: {  "about"  "chats": { "about" "list": [ {chat} ] } }
    s = "{"
    s += "\n" + " " + sstr("about") + ": " + sstr(ABOUT)
    s += ",\n" + " " + sstr("chats") + ": " + "{"
    s += "\n" + "  " + sstr("about") + ": " + sstr(ABOUT_CHATS)
    s += ",\n" + "  " + sstr("list") + ": " + "["
    s += "\n" + "   " + "{"
    s += "\n" + "    " + sstr("name") + ": " + sstr(channel["name"])
    s += ",\n" + "    " + sstr("type") + ": " + sstr(channel["type"])
    s += ",\n" + "    " + sstr("id") + ": " + channel["id"]
    s += ",\n" + "    " + sstr("messages") + ": " + "["
    for i, m in enumerate(msgs):
        s += ("\n" if i == 0 else ",\n") + "     " + ser_message(5, m, channel)
    s += "\n" + "    " + "]"
    s += "\n" + "   " + "}"
    s += "\n" + "  " + "]"
    s += "\n" + " " + "}"
    s += "\n" + "}"
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(s)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
