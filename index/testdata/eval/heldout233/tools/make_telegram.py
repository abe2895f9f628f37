#!/usr/bin/python3
"""Re-make docs/result.json (a Telegram Desktop export of one private channel) from
tools/result.txt.

Run from anywhere: /usr/bin/python3 tools/make_telegram.py
Standard library only; the output is the same bytes on every run.

The file is what Telegram Desktop writes for "Export chat history" of a single chat in the
machine-readable JSON format, with media left out: one object holding name, type
("private_channel"), id and messages; one space of indentation per nesting level; strings
escaped only for quote, backslash, newline, carriage return, tab, U+2028 and U+2029 (all other
text, emoji included, stays raw UTF-8, and "/" is not escaped); no newline at the end of the
file. Message keys follow the exporter's order: id, type, date, date_unixtime, edited,
edited_unixtime, then actor/actor_id/action/... for service messages or from, from_id, author
(the post signature), reply_to_message_id for posts, then media (photo, photo_file_size,
width, height / file, file_name, file_size, thumbnail, thumbnail_file_size, mime_type / poll),
text, text_entities, inline_bot_buttons and reactions. "date" is local time (IST, UTC+5:30)
without an offset and "date_unixtime" the same moment as a string of epoch seconds. "text" is
a plain string when the message has no entity, otherwise a list of bare strings and entity
objects; "text_entities" always lists every part as an object, the plain ones typed "plain".
Service messages carry an empty "text" and an empty "text_entities" list. A channel renamed
after it was made keeps its old name only in the create_channel message's "title"; "from" and
"actor" always show the current name.

Source markup (tools/result.txt):
  @channel NAME|ID|TYPE
  @service ID|DATE|ACTION|key=value          create_channel, edit_group_title, pin_message
  @msg ID|DATE ... :: text ... @end          a post; header lines before "::":
      @author NAME, @edited DATE, @reply ID, @photo PATH|BYTES|W|H,
      @file PATH|NAME|BYTES|THUMBPATH|THUMBBYTES|MIME, @buttons TEXT=URL|TEXT=URL (one row),
      @reactions EMOJI:COUNT,... ("paid:N" for a paid star reaction)
  @poll ID|DATE|closed|TOTAL  (@author line), question line, "- answer|voters" lines, @end
Text markup: **bold**, __italic__, [text](url), bare http(s) URLs (link), #tag (hashtag),
@name (mention); lines starting ">" form a blockquote entity, lines starting ">!" a collapsed
(expandable) blockquote.
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))

INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|"
                    r"\[(?P<lt>[^\]]+)\]\((?P<href>[^)]+)\)|(?P<link>https?://\S+)|"
                    r"(?<![\w&])(?P<tag>#[A-Za-z]\w*)|(?<![\w@])(?P<mention>@[A-Za-z]\w{4,})")


class Raw(str):
    """A value already serialised (numbers, true/false)."""


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
        elif ch == "\u2028":
            out.append("\\u2028")
        elif ch == "\u2029":
            out.append("\\u2029")
        elif ord(ch) < 32:
            raise ValueError("control character in text")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(value, depth):
    """Serialise as Telegram Desktop does: one space per nesting level."""
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
        items = [pad + dump(v, depth + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * depth + "]"
    items = [pad + jstr(k) + ": " + dump(v, depth + 1) for k, v in value]
    return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"


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
        elif m.group("lt") is not None:
            parts.append(("text_link", m.group("lt"), ("href", m.group("href"))))
        elif m.group("link") is not None:
            parts.append(("link", m.group("link"), None))
        elif m.group("tag") is not None:
            parts.append(("hashtag", m.group("tag"), None))
        else:
            parts.append(("mention", m.group("mention"), None))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def parts_of(lines):
    """Split the message text into entity parts, blockquotes spanning whole lines."""
    parts, buf, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            collapsed = line.startswith(">!")
            mark = ">!" if collapsed else ">"
            quote = []
            while i < len(lines) and lines[i].startswith(mark) and \
                    (collapsed or not lines[i].startswith(">!")):
                quote.append(lines[i][len(mark):])
                i += 1
            text = "\n".join(buf)
            if buf:
                text += "\n"
            parts.extend(inline_parts(text))
            buf = []
            parts.append(("blockquote", "\n".join(quote),
                          ("collapsed", Raw("true" if collapsed else "false"))))
            if i < len(lines):
                parts.append(("plain", "\n", None))
            continue
        buf.append(line)
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
        if emoji == "paid":
            out.append(Obj([("type", "paid"), ("count", int(count))]))
        else:
            out.append(Obj([("type", "emoji"), ("count", int(count)), ("emoji", emoji)]))
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    channel = None
    messages = []
    i = 0
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
                       ("actor_id", from_id), ("action", action)])
            msg.append((key, int(value) if key == "message_id" else value))
            msg += text_fields([])
            messages.append(msg)
            i += 1
        elif line.startswith("@msg ") or line.startswith("@poll "):
            is_poll = line.startswith("@poll ")
            head = line.split(" ", 1)[1].split("|")
            mid, date = int(head[0]), head[1]
            meta, body = {}, []
            i += 1
            if is_poll:
                while lines[i].startswith("@author "):
                    meta["author"] = lines[i][8:]
                    i += 1
                question = lines[i]
                i += 1
                answers = []
                while lines[i] != "@end":
                    text, voters = lines[i][2:].rsplit("|", 1)
                    answers.append(Obj([("text", text), ("voters", int(voters)),
                                        ("chosen", False)]))
                    i += 1
                i += 1
            else:
                while lines[i] != "::":
                    key, value = lines[i][1:].split(" ", 1)
                    meta[key] = value
                    i += 1
                i += 1
                while lines[i] != "@end":
                    body.append(lines[i])
                    i += 1
                i += 1
            msg = Obj([("id", mid), ("type", "message"), ("date", date),
                       ("date_unixtime", unixtime(date))])
            if "edited" in meta:
                msg += [("edited", meta["edited"]), ("edited_unixtime", unixtime(meta["edited"]))]
            msg += [("from", channel["name"]), ("from_id", from_id)]
            if "author" in meta:
                msg.append(("author", meta["author"]))
            if "reply" in meta:
                msg.append(("reply_to_message_id", int(meta["reply"])))
            if "photo" in meta:
                path, size, w, h = meta["photo"].split("|")
                msg += [("photo", path), ("photo_file_size", int(size)),
                        ("width", int(w)), ("height", int(h))]
            if "file" in meta:
                path, name, size, tpath, tsize, mime = meta["file"].split("|")
                msg += [("file", path), ("file_name", name), ("file_size", int(size)),
                        ("thumbnail", tpath), ("thumbnail_file_size", int(tsize)),
                        ("mime_type", mime)]
            if is_poll:
                msg.append(("poll", Obj([("question", question), ("closed", True),
                                         ("total_voters", int(head[3])),
                                         ("answers", answers)])))
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


def render():
    """The document's bytes (tools/check.py compares them with docs/)."""
    return build().encode("utf-8")


def main():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    main()
