#!/usr/bin/python3
"""Make docs/shramana-art-circle-chat.txt from tools/shramana-art-circle-chat.txt.

The file is what WhatsApp on an iPhone writes as _chat.txt for Export Chat > Without Media when
the phone uses the 24-hour clock: every message starts "[dd/mm/yyyy, HH:MM:SS] Sender: "; lines
end in CRLF, and the later lines of a multi-line message (blank ones too) carry no prefix.
A left-to-right mark (U+200E) stands before the bracket of group notices, media placeholders,
deleted and pending messages, and again before their text; notices are sent under the group's
own name; a sender not in the exporter's contacts is "~" and a narrow no-break space (U+202F)
before the name; placeholders read "image omitted", "audio omitted", "sticker omitted",
"Contact card omitted", "<name> • <n> pages document omitted" and "Location: <maps link>";
"This message was deleted.", "You deleted this message.", "Waiting for this message. This may
take a while."; an edited message ends in a mark and "<This message was edited>"; an @-mention
wraps the name in U+2068 / U+2069.

Run: /usr/bin/python3 tools/make_whatsapp.py [OUT]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "shramana-art-circle-chat.txt")
OUT = os.path.join(HERE, "..", "docs", "shramana-art-circle-chat.txt")
LRM, NNBSP = "\u200e", "\u202f"


def sender_name(s):
    return "~" + NNBSP + s[2:] if s.startswith("~ ") else s


def expand(text):
    """(text, marked): placeholders expanded; marked if the line gets the leading marks."""
    m = re.fullmatch(r"\{media:([^}]+)\}", text)
    if m:
        return LRM + m.group(1) + " omitted", True
    m = re.fullmatch(r"\{doc:([^|]+)\|(\d+)\}", text)
    if m:
        return "%s%s \u2022 %s%s pages %sdocument omitted" % (LRM, m.group(1), LRM, m.group(2), LRM), True
    m = re.fullmatch(r"\{loc:([^}]+)\}", text)
    if m:
        return LRM + "Location: https://maps.google.com/?q=" + m.group(1), True
    if text == "{deleted}":
        return LRM + "This message was deleted.", True
    if text == "{you-deleted}":
        return LRM + "You deleted this message.", True
    if text == "{waiting}":
        return LRM + "Waiting for this message. This may take a while.", True
    text = re.sub(r"\{@([^}]+)\}", lambda m: "@\u2068" + m.group(1) + "\u2069", text)
    if text.endswith("{edited}"):
        text = text[:-len("{edited}")] + " " + LRM + "<This message was edited>"
    return text, False


def build(path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    group, msgs = None, []
    for line in lines:
        if line.startswith("# ") and not msgs:
            continue
        if line.startswith("@group "):
            group = line[7:]
        elif line.startswith("@ "):
            stamp, who, text = line[2:].split(" | ", 2)
            msgs.append([stamp, who, [text]])
        else:
            msgs[-1][2].append(line)
    out = []
    for stamp, who, body in msgs:
        day, clock = stamp.split(" ")
        head = "[%s, %s] " % (day, clock)
        if who == "SYSTEM":
            out.append(LRM + head + group + ": " + LRM + body[0])
            continue
        first, marked = expand(body[0])
        rest = body[1:]
        if rest and rest[-1].endswith("{edited}"):
            rest[-1] = expand(rest[-1])[0]
        out.append((LRM if marked else "") + head + sender_name(who) + ": " + first)
        out.extend(rest)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
