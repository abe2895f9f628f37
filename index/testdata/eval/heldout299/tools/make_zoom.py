#!/usr/bin/python3
"""Make docs/meeting_saved_chat.txt from tools/meeting_saved_chat.txt.

The output is the chat file Zoom saves for a participant ("Save chat" or the automatic
meeting_saved_chat.txt): each message opens with a line

    HH:MM:SS From  Sender  to  Everyone:

(two spaces around the sender and "to"; a direct message reads "to  Name(Direct Message):"),
and every line of the message follows on its own line after a tab. A reply starts with
'Replying to "<first 20 characters of the quoted message>..."' and a tab-only blank line; a
reaction is a message of its own, 'Reacted to "<first 20 characters>..." with <emoji>'.

Run from anywhere: /usr/bin/python3 tools/make_zoom.py  (the output is byte for byte the same
every time).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "meeting_saved_chat.txt")
OUT = os.path.join(HERE, "..", "docs", "meeting_saved_chat.txt")

HEAD = re.compile(r"^\[(\d\d:\d\d:\d\d)\] (.+?) -> (.+?)(?: \{(reply|react) (?:(\S+) )?(\d\d:\d\d:\d\d)\})?$")


def parse(text):
    msgs = []
    for line in text.split("\n"):
        if line.startswith("#"):
            continue
        m = HEAD.match(line)
        if m:
            ts, sender, to, kind, emoji, ref = m.groups()
            msgs.append({"ts": ts, "from": sender, "to": to, "kind": kind, "emoji": emoji,
                         "ref": ref, "lines": []})
        elif msgs:
            msgs[-1]["lines"].append(line)
    for m in msgs:
        while m["lines"] and not m["lines"][-1].strip():
            m["lines"].pop()
    return msgs


def snippet(msg):
    first = msg["lines"][0] if msg["lines"] else ""
    return first[:20] + "..." if len(first) > 20 else first


def render(msgs):
    by_ts = {m["ts"]: m for m in msgs}
    out = []
    for m in msgs:
        to = "Everyone" if m["to"] == "Everyone" else m["to"]
        out.append("%s From  %s  to  %s:" % (m["ts"], m["from"], to))
        if m["kind"] == "react":
            out.append('\tReacted to "%s" with %s' % (snippet(by_ts[m["ref"]]), m["emoji"]))
            continue
        if m["kind"] == "reply":
            out.append('\tReplying to "%s"' % snippet(by_ts[m["ref"]]))
            out.append("\t")
        for line in m["lines"]:
            out.append("\t" + line)
    return "\n".join(out) + "\n"


def main():
    with open(SRC, encoding="utf-8") as f:
        msgs = parse(f.read())
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(render(msgs))


if __name__ == "__main__":
    main()
