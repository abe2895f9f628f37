#!/usr/bin/python3
"""Re-make docs/result.json (a Telegram Desktop export of one public channel) from tools/result.txt.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py  (an optional argument writes the file
elsewhere, as tools/check.py does). Standard library only; the bytes are the same on every run.

The file is what Telegram Desktop writes for "Export chat history" of one channel in the
machine-readable JSON format with media left out: one object holding name, type
("public_channel"), id and messages; one space of indentation per nesting level; strings escaped
only for quote, backslash, newline, carriage return, tab and U+2028/U+2029 (emoji, arrows, the
rupee sign and dashes stay raw UTF-8; "/" is not escaped); no newline at the end of the file.
Message keys follow the exporter's order: id, type, date, date_unixtime, edited, edited_unixtime,
then actor/actor_id/action/message_id for a service message, or from, from_id, author (the post
signature), reply_to_message_id, via_bot (posts made through @ControllerBot), the media keys
(photo, photo_file_size, width, height / file, file_name, file_size, thumbnail,
thumbnail_file_size, media_type, mime_type, duration_seconds, width, height), then text,
text_entities, inline_bot_buttons and reactions. "date" is IST without an offset and
"date_unixtime" the same moment as a string. "text" is a plain string when the message has no
entity, otherwise a list of bare strings and entity objects; "text_entities" lists every part as
an object, plain parts typed "plain". Entities used: bold, italic, spoiler (the quiz answers),
hashtag, text_link, blockquote (with "collapsed": false) and custom_emoji (with its
"document_id" as a string), which a Premium admin puts in front of each day's title.
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"

INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\|\|(?P<spoiler>.+?)\|\||"
                    r"`(?P<code>[^`]+)`|\[(?P<lt>[^\]]+)\]\((?P<href>[^)]+)\)|"
                    r"\{ce (?P<ceid>\d+) (?P<ce>[^}]+)\}|"
                    r"(?<![\w&])(?P<tag>#[A-Za-z]\w*)")


class Raw(str):
    """A value already serialised (true/false)."""


class Obj(list):
    """A JSON object: an ordered list of (key, value) pairs."""


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
        elif ch in "\u2028\u2029":
            out.append("\\u%04x" % ord(ch))
        elif ord(ch) < 32:
            raise ValueError("control character in text")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(value, depth):
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return jstr(value)
    pad = " " * (depth + 1)
    if not isinstance(value, Obj):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(pad + dump(v, depth + 1) for v in value) + "\n" + \
            " " * depth + "]"
    return "{\n" + ",\n".join(pad + jstr(k) + ": " + dump(v, depth + 1) for k, v in value) + \
        "\n" + " " * depth + "}"


def unixtime(date):
    d = datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=IST)
    return str(int(d.timestamp()))


def inline_parts(text):
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
        elif m.group("code") is not None:
            parts.append(("code", m.group("code"), None))
        elif m.group("lt") is not None:
            parts.append(("text_link", m.group("lt"), ("href", m.group("href"))))
        elif m.group("ceid") is not None:
            parts.append(("custom_emoji", m.group("ce"), ("document_id", m.group("ceid"))))
        else:
            parts.append(("hashtag", m.group("tag"), None))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def parts_of(lines):
    """Entity parts of a message; lines starting "> " make one blockquote."""
    parts, buf, i = [], [], 0
    while i < len(lines):
        if lines[i].startswith("> "):
            quote = []
            while i < len(lines) and lines[i].startswith("> "):
                quote.append(lines[i][2:])
                i += 1
            parts.extend(inline_parts("\n".join(buf) + ("\n" if buf else "")))
            buf = []
            parts.append(("blockquote", "\n".join(quote), ("collapsed", Raw("false"))))
            if i < len(lines):
                parts.append(("plain", "\n", None))
            continue
        buf.append(lines[i])
        i += 1
    if buf:
        parts.extend(inline_parts("\n".join(buf)))
    merged = []
    for p in parts:
        if merged and p[0] == "plain" and merged[-1][0] == "plain":
            merged[-1] = ("plain", merged[-1][1] + p[1], None)
        elif p[1] != "":
            merged.append(p)
    return merged


def entity(part):
    kind, text, extra = part
    obj = Obj([("type", kind), ("text", text)])
    if extra is not None:
        obj.append(extra)
    return obj


def text_fields(parts):
    if not parts:
        return [("text", ""), ("text_entities", [])]
    if len(parts) == 1 and parts[0][0] == "plain":
        text = parts[0][1]
    else:
        text = [p[1] if p[0] == "plain" else entity(p) for p in parts]
    return [("text", text), ("text_entities", [entity(p) for p in parts])]


def reactions(spec):
    out = []
    for item in spec.split(","):
        emoji, count = item.rsplit(":", 1)
        out.append(Obj([("type", "emoji"), ("count", int(count)), ("emoji", emoji)]))
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("@ ")]
    channel, messages, i = None, [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@channel "):
            name, cid, ctype = line[9:].rsplit("|", 2)
            channel = {"name": name, "id": int(cid), "type": ctype}
            from_id = "channel" + cid
            i += 1
        elif line.startswith("@service "):
            mid, date, action, kv = line[9:].split("|", 3)
            key, value = kv.split("=", 1)
            msg = Obj([("id", int(mid)), ("type", "service"), ("date", date),
                       ("date_unixtime", unixtime(date)), ("actor", channel["name"]),
                       ("actor_id", from_id), ("action", action), (key, int(value))])
            msg += text_fields([])
            messages.append(msg)
            i += 1
        elif line.startswith("@msg "):
            mid, date = line[5:].split("|")
            meta, body = {}, []
            i += 1
            while lines[i] != "::":
                key, value = lines[i][1:].split(" ", 1)
                meta[key] = value
                i += 1
            i += 1
            while lines[i] != "@end":
                body.append(lines[i])
                i += 1
            i += 1
            msg = Obj([("id", int(mid)), ("type", "message"), ("date", date),
                       ("date_unixtime", unixtime(date))])
            if "edited" in meta:
                msg += [("edited", meta["edited"]),
                        ("edited_unixtime", unixtime(meta["edited"]))]
            msg += [("from", channel["name"]), ("from_id", from_id)]
            if "author" in meta:
                msg.append(("author", meta["author"]))
            if "reply" in meta:
                msg.append(("reply_to_message_id", int(meta["reply"])))
            if "via" in meta:
                msg.append(("via_bot", meta["via"]))
            if "photo" in meta:
                w, h = meta["photo"].split("|")
                msg += [("photo", NOT_INCLUDED), ("photo_file_size", 214733), ("width", int(w)),
                        ("height", int(h))]
            if "video" in meta:
                name, size, tsize, secs, w, h = meta["video"].split("|")
                msg += [("file", NOT_INCLUDED), ("file_name", name), ("file_size", int(size)),
                        ("thumbnail", NOT_INCLUDED), ("thumbnail_file_size", int(tsize)),
                        ("media_type", "video_file"), ("mime_type", "video/mp4"),
                        ("duration_seconds", int(secs)), ("width", int(w)), ("height", int(h))]
            msg += text_fields(parts_of(body))
            if "buttons" in meta:
                row = []
                for b in meta["buttons"].split("|"):
                    label, url = b.split("=", 1)
                    row.append(Obj([("type", "url"), ("text", label), ("data", url)]))
                msg.append(("inline_bot_buttons", [row]))
            if "reactions" in meta:
                msg.append(("reactions", reactions(meta["reactions"])))
            messages.append(msg)
        else:
            i += 1
    top = Obj([("name", channel["name"]), ("type", channel["type"]), ("id", channel["id"]),
               ("messages", messages)])
    return dump(top, 0)


def main():
    with open(OUT, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
