#!/usr/bin/python3
"""Re-make docs/chalukya-badami-aihole-pattadakal-youtube.txt from its source in tools/.

The document is what a student gets by selecting a YouTube watch page in a desktop browser (the
description expanded, the pinned comment expanded with "Read more") and pasting it into Windows
Notepad: UTF-8 without BOM, CRLF line ends, the button labels (Join, Subscribe, Share, Download,
Thanks), the views line with the Indian digit grouping and the first three hashtags, the
description, the "Chapters" carousel (made here from the description's timestamps, shown the way
the cards show them, "0:00" rather than "00:00"), the transcript and channel boxes, "Show less",
then the comments header and each comment as author / time / text / likes / "Reply" / replies.

The source keeps the page's content only:
  @title, @channel, @subscribers, @likes, @views, @date   header fields
  @description                                            lines up to @comments
  @comments N                                             the comment count
  @comment AUTHOR | WHEN | LIKES | REPLIES [| pinned]      a top-level comment, text below
  @reply AUTHOR | WHEN | LIKES                             an opened reply under the last comment

The script also checks YouTube's own limits: a description of at most 5,000 characters without
angle brackets, chapters starting at 0:00 in rising order (at least three, ten seconds or more
apart), and comments of at most 10,000 characters.

Run: /usr/bin/python3 tools/make_youtube.py [OUTPUT]   (default: the file in docs/)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chalukya-badami-aihole-pattadakal-youtube.txt")
OUT = os.path.join(HERE, "..", "docs", "chalukya-badami-aihole-pattadakal-youtube.txt")


def parse(path):
    head, desc, comments = {}, [], []
    mode = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@description"):
            mode = "desc"
            continue
        m = re.match(r"@(title|channel|subscribers|likes|views|date|comments) (.*)$", line)
        if m:
            head[m.group(1)] = m.group(2)
            mode = None
            continue
        if line.startswith("@comment ") or line.startswith("@reply "):
            kind, _, rest = line.partition(" ")
            f = [x.strip() for x in rest.split("|")]
            item = {"author": f[0], "when": f[1], "likes": f[2], "lines": [], "replies": []}
            if kind == "@comment":
                item["count"] = f[3]
                item["pinned"] = len(f) > 4 and f[4] == "pinned"
                comments.append(item)
            else:
                comments[-1]["replies"].append(item)
            mode = item
            continue
        if mode == "desc":
            desc.append(line)
        elif isinstance(mode, dict):
            mode["lines"].append(line)
    while desc and not desc[-1].strip():
        desc.pop()
    for c in comments:
        for it in [c] + c["replies"]:
            while it["lines"] and not it["lines"][-1].strip():
                it["lines"].pop()
    return head, desc, comments


def secs(ts):
    n = 0
    for part in ts.split(":"):
        n = n * 60 + int(part)
    return n


def card_time(ts):
    parts = ts.split(":")
    parts[0] = str(int(parts[0]))
    return ":".join(parts)


def chapters(desc):
    out = []
    for line in desc:
        m = re.match(r"^(\d{1,2}:\d{2}(?::\d{2})?) (.+)$", line)
        if m:
            out.append((m.group(1), m.group(2)))
    assert len(out) >= 3 and secs(out[0][0]) == 0, "chapters must start at 0:00"
    for (a, _), (b, _) in zip(out, out[1:]):
        assert secs(b) - secs(a) >= 10, "chapters must be 10 s apart and rising"
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    head, desc, comments = parse(SRC)
    text = "\n".join(desc)
    assert len(text) <= 5000, "description has %d characters" % len(text)
    assert "<" not in text and ">" not in text, "angle brackets are not allowed"
    tags = re.findall(r"#\w+", desc[-1])
    out = [head["title"], "", "", head["channel"], head["subscribers"], "", "Join", "",
           "Subscribe", "", head["likes"], "", "Share", "", "Download", "", "Thanks", "",
           "%s  %s  %s" % (head["views"], head["date"], " ".join(tags[:3]))]
    out += desc
    out += ["", "Chapters", "", "View all", ""]
    for ts, title in chapters(desc):
        out += [title, card_time(ts), ""]
    out += ["Transcript", "", "Follow along using the transcript.", "", "Show transcript", "",
            head["channel"], head["subscribers"], "", "Videos", "", "About", "", "Telegram",
            "Instagram", "", "Show less", "", "", "%s Comments" % head["comments"], "",
            "Sort by", "", "", "Add a comment...", "", ""]
    for c in comments:
        body = "\n".join(c["lines"])
        assert len(body) <= 10000, "comment has %d characters" % len(body)
        if c["pinned"]:
            out.append("Pinned by %s" % c["author"])
        out += [c["author"], c["when"]] + c["lines"]
        if len(body) > 300:
            out.append("Show less")
        out += [c["likes"], "", "Reply", ""]
        if c["count"] != "Reply":
            out += [c["count"], ""]
        for r in c["replies"]:
            out += [r["author"], r["when"]] + r["lines"] + [r["likes"], "", "Reply", ""]
        if c["replies"] and len(c["replies"]) < int(c["count"].split()[0]):
            out += ["Show more replies", ""]
        out.append("")
    while out and not out[-1]:
        out.pop()
    data = "\r\n".join(out) + "\r\n"
    with open(out_path, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
