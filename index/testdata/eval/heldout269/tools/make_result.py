#!/usr/bin/python3
"""Re-make docs/result.json from tools/result.txt.

Run: /usr/bin/python3 tools/make_result.py [OUT]
Standard library only; the same bytes on every run.

The file is what Telegram Desktop writes for one chat: "Saved Messages" > Export chat
history, format "Machine-readable JSON", photos, voice messages and files left out. Its JSON writer (export_output_json.cpp) is copied here rather than using the
json module, because its layout differs in small ways:
  - the single-chat file is one object with "type" ("saved_messages"), "id" and "messages";
    Saved Messages has no "name" key at all;
  - one space of indentation per level of the writer's nesting context, ", " never used,
    UTF-8 written raw (emoji, arrows, the rupee sign), "/" not escaped, no final newline;
  - "date" is the exporter's local time (IST here) without an offset, "date_unixtime" the
    epoch seconds as a string; "edited"/"edited_unixtime" when a note was edited;
  - "text" is a bare string when the message has no entities, else a list mixing bare strings
    and entity objects; "text_entities" always lists every part as an object ("plain" too);
    "pre" parts carry "language" (empty here), "blockquote" parts "collapsed": false,
    "text_link" parts "href";
  - "reactions" (Saved Messages tags) are written one level deeper than a "text" list, so
    their objects open one space further in and the list closes one space further in, as
    the real writer does;
  - media not downloaded is "(File not included. Change data exporting settings to
    download.)" with its size (and width/height or mime type and duration).
"""
import os
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "result.txt")
OUT = os.path.join(HERE, "..", "docs", "result.json")
IST = timezone(timedelta(hours=5, minutes=30))


# --------------------------------------------------------------------------- Telegram's writer

def ser_string(s):
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
            out.append("\\x%X%X" % (ord(ch) >> 4, ord(ch) & 15))
        elif ch == "\u2028":
            out.append("\\u2028")
        elif ch == "\u2029":
            out.append("\\u2029")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def ser_object(nesting, pairs):
    indent = " " * nesting
    nxt = "\n" + " " * (nesting + 1)
    body = ",".join(nxt + ser_string(k) + ": " + v for k, v in pairs if v != "")
    return "{" + body + "\n" + indent + "}"


def ser_array(nesting, values):
    indent = " " * nesting
    nxt = "\n" + " " * (nesting + 1)
    return "[" + ",".join(nxt + v for v in values) + "\n" + indent + "]"


def ser_text(nesting, parts, objects):
    """SerializeText: `nesting` is the writer's context depth when it is called."""
    if not parts:
        return "[]" if objects else ser_string("")
    items = []
    for typ, text, extra in parts:
        if typ == "plain" and not objects:
            items.append(ser_string(text))
            continue
        pairs = [("type", ser_string(typ)), ("text", ser_string(text))]
        if typ == "pre":
            pairs.append(("language", ser_string(extra)))
        elif typ == "text_link":
            pairs.append(("href", ser_string(extra)))
        elif typ == "blockquote":
            pairs.append(("collapsed", "true" if extra else "false"))
        items.append(ser_object(nesting + 1, pairs))
    if not objects and len(parts) == 1 and parts[0][0] == "plain":
        return items[0]
    return ser_array(nesting, items)


def ser_reactions(nesting, reactions):
    items = [ser_object(nesting + 2, [("type", ser_string("emoji")), ("count", "1"),
                                       ("emoji", ser_string(e))]) for e in reactions]
    return ser_array(nesting + 1, items)


# --------------------------------------------------------------------------- source parsing

INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\|\|(?P<spoiler>.+?)\|\|"
                    r"|`(?P<code>[^`]+?)`|\[(?P<lt>[^\]]+)\]\((?P<lu>[^)]+)\)"
                    r"|(?P<link>https?://[^\s)]+)|(?<![\w#])(?P<hashtag>#\w+)"
                    r"|(?<![\w@])(?P<mention>@\w+)")


def inline_parts(s):
    parts = []
    pos = 0
    for m in INLINE.finditer(s):
        if m.start() > pos:
            parts.append(("plain", s[pos:m.start()], ""))
        kind = m.lastgroup
        if kind == "lu":
            parts.append(("text_link", m.group("lt"), m.group("lu")))
        else:
            parts.append((kind, m.group(kind), ""))
        pos = m.end()
    if pos < len(s):
        parts.append(("plain", s[pos:], ""))
    return parts


def text_parts(lines):
    """Lines of a message to Telegram text parts (plain parts merged as the client does)."""
    parts = []
    i = 0
    buf = []            # plain lines waiting for inline parsing

    def flush_plain(trailing_newline):
        if buf:
            parts.extend(inline_parts("\n".join(buf) + ("\n" if trailing_newline else "")))
            buf.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush_plain(True)
            j = i + 1
            body = []
            while not lines[j].startswith("```"):
                body.append(lines[j])
                j += 1
            parts.append(("pre", "\n".join(body), ""))
            i = j + 1
            if i < len(lines):
                parts.append(("plain", "\n", ""))
            continue
        if line.startswith("> "):
            flush_plain(True)
            quote = []
            while i < len(lines) and lines[i].startswith("> "):
                quote.append(lines[i][2:])
                i += 1
            parts.append(("blockquote", "\n".join(quote), False))
            if i < len(lines):
                parts.append(("plain", "\n", ""))
            continue
        buf.append(line)
        i += 1
    flush_plain(False)
    merged = []
    for p in parts:
        if merged and p[0] == "plain" and merged[-1][0] == "plain":
            merged[-1] = ("plain", merged[-1][1] + p[1], "")
        elif p[1] != "":
            merged.append(p)
    return merged


def read_source():
    chat_id, me, msgs = None, None, []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cur = None
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("@chat "):
            chat_id = line[6:]
        elif line.startswith("@me "):
            me = line[4:]
        elif line.startswith("=== "):
            head = {}
            for kv in line[4:].split(";"):
                k, v = kv.split("=", 1)
                head[k] = v
            cur = {"head": head, "lines": []}
            msgs.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for m in msgs:
        while m["lines"] and m["lines"][-1] == "":
            m["lines"].pop()
    return chat_id, me, msgs


def unixtime(local):
    return str(int(datetime.fromisoformat(local).replace(tzinfo=IST).timestamp()))


def ser_message(m, chat_id, me):
    h = m["head"]
    pairs = [("id", h["id"]), ("type", ser_string("message")),
             ("date", ser_string(h["date"])), ("date_unixtime", ser_string(unixtime(h["date"])))]
    if "edited" in h:
        pairs += [("edited", ser_string(h["edited"])), ("edited_unixtime", ser_string(unixtime(h["edited"])))]
    pairs += [("from", ser_string(me)), ("from_id", ser_string("user" + chat_id))]
    if "fwd" in h:
        pairs.append(("forwarded_from", ser_string(h["fwd"])))
    if "saved" in h:
        pairs.append(("saved_from", ser_string(h["saved"])))
    if "reply" in h:
        pairs.append(("reply_to_message_id", h["reply"]))
    if "photo" in h:
        path, size, w, hgt = h["photo"].split("|")
        pairs += [("photo", ser_string(path)), ("photo_file_size", size), ("width", w), ("height", hgt)]
    if "voice" in h:
        path, size, mime, dur = h["voice"].split("|")
        pairs += [("file", ser_string(path)), ("file_size", size),
                  ("media_type", ser_string("voice_message")), ("mime_type", ser_string(mime)),
                  ("duration_seconds", dur)]
    if "file" in h:
        path, name, size, mime = h["file"].split("|")
        pairs += [("file", ser_string(path)), ("file_name", ser_string(name)), ("file_size", size),
                  ("mime_type", ser_string(mime))]
    parts = text_parts(m["lines"])
    pairs.append(("text", ser_text(3, parts, False)))
    pairs.append(("text_entities", ser_text(3, parts, True)))
    if "react" in h:
        pairs.append(("reactions", ser_reactions(3, h["react"].split(","))))
    return ser_object(2, pairs)


def build():
    chat_id, me, msgs = read_source()
    out = ['{', '\n "type": ' + ser_string("saved_messages"), ',\n "id": ' + chat_id,
           ',\n "messages": [']
    for k, m in enumerate(msgs):
        out.append(("\n" if k == 0 else ",\n") + "  " + ser_message(m, chat_id, me))
    out.append("\n ]\n}")
    return "".join(out)


if __name__ == "__main__":
    with open(sys.argv[1] if len(sys.argv) > 1 else OUT, "wb") as f:
        f.write(build().encode("utf-8"))
