#!/usr/bin/python3
"""Make docs/acharyas-instagram-captions.txt from tools/acharyas-instagram-captions.txt.

The .txt is what a student gets by selecting an Instagram carousel post on the web (the post
open in its own page, caption and comments expanded) and pasting it into a plain-text note
under two lines of her own: the account line with "• Follow", the location tag and the audio
line; the caption as the first "comment", its first line run on after the username, with the
braille-blank spacer lines (U+2800) creators use to force empty lines, dot lines and a block
of hashtags; under each comment the web page's own lines ("3d", "842 likes", "Reply", "See
translation", "Pinned", "—— View replies (1)" / "—— Hide replies"); the account's
"contd." comments carrying the slides the 2,200-character caption could not hold; and the
page's foot ("View all … comments", "Liked by …", the date, "Add a comment…").

Source markup: "@key value" metadata; "%caption" then its lines; "%meta" lines shown under the
caption; "%comment user|age|likes|label" and "%reply user|age|likes|" each followed by the
text's lines; "~" is a spacer line.

Run from anywhere: /usr/bin/python3 tools/make_insta.py [OUT]  (output is byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "acharyas-instagram-captions.txt")
OUT = os.path.join(HERE, "..", "docs", "acharyas-instagram-captions.txt")
SPACER = "\u2800"
LIMIT = 2200  # Instagram's limit for a caption or a comment, in characters


def read_source():
    meta, blocks, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("@") and cur is None:
                k, v = line[1:].split(" ", 1)
                meta.setdefault(k, []).append(v)
            elif line.startswith("%caption"):
                cur = {"kind": "caption", "lines": [], "meta": []}
                blocks.append(cur)
            elif line.startswith("%meta "):
                cur["meta"].append(line[6:])
            elif line.startswith("%comment ") or line.startswith("%reply "):
                kind, rest = line[1:].split(" ", 1)
                user, age, likes, label = rest.split("|")
                cur = {"kind": kind, "user": user, "age": age, "likes": likes,
                       "label": label, "lines": []}
                blocks.append(cur)
            else:
                cur["lines"].append(SPACER if line == "~" else line)
    return meta, blocks


def text_of(block):
    return "\n".join(block["lines"])


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = read_source()
    account = meta["account"][0]
    out = list(meta["header"])
    out.append("=" * 62)
    out.append("")
    out.append("%s • Follow" % account)
    out.append(meta["location"][0])
    out.append("\u266b " + meta["audio"][0])
    out.append("")
    for i, b in enumerate(blocks):
        assert len(text_of(b)) <= LIMIT, (b.get("user"), len(text_of(b)))
        if b["kind"] == "caption":
            lines = b["lines"]
            out.append("%s %s" % (account, lines[0]))
            out.extend(lines[1:])
            out.extend(b["meta"])
            out.append("")
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b["kind"] == "comment":
            if b["label"]:
                out.append(b["label"])
            out.append("%s %s" % (b["user"], b["lines"][0]))
            out.extend(b["lines"][1:])
            out.extend([b["age"], "%s likes" % b["likes"], "Reply"])
            if b["user"] == account:
                out.append("See translation")
            if nxt is not None and nxt["kind"] == "reply":
                out.append("\u2014\u2014 Hide replies")
            else:
                out.append("")
        else:
            out.append("%s %s" % (b["user"], b["lines"][0]))
            out.extend(b["lines"][1:])
            out.extend([b["age"], "%s likes" % b["likes"], "Reply", ""])
    out.append(meta["comments"][0])
    out.append(meta["likes"][0])
    out.append(meta["date"][0])
    out.append("Add a comment\u2026")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
