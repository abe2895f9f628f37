#!/usr/bin/python3
"""Make docs/2025-11-29-Hypothesis-UPSC-Env-2026.json from tools/2025-11-29-Hypothesis-UPSC-Env-2026.txt.

The file imitates what the Hypothesis client writes with Share > Export (JSON) for the
annotations loaded in the sidebar on one page (here the Wikipedia article "Kigali Amendment")
in a private group: JSON.stringify(content, null, 2) of {export_date, export_userid,
client_version, annotations}, where each annotation is the h API's JSON for it, client-internal
"$" fields stripped: id, created, updated, user, uri, text (Markdown; an @mention stored as the
client's <a data-hyp-mention> tag), tags, group, permissions (read/admin/update/delete), target
(source plus RangeSelector, TextPositionSelector and TextQuoteSelector with exact, prefix and
suffix; a page note or a reply has the source alone), document (title list), links (html,
incontext, json), references for a reply, user_info, flagged, hidden and mentions. The file
name is the client's suggested one: date, "Hypothesis", group name with spaces as hyphens.

Run from anywhere: /usr/bin/python3 tools/make_hypothesis.py [OUT]
Standard library only; the output is byte-for-byte reproducible.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025-11-29-Hypothesis-UPSC-Env-2026.txt")
OUT = os.path.join(HERE, "..", "docs", "2025-11-29-Hypothesis-UPSC-Env-2026.json")

URI = "https://en.wikipedia.org/wiki/Kigali_Amendment"
TITLE = "Kigali Amendment - Wikipedia"
GROUP = "kG4xW2qN"
EXPORTER = "meera_k"
NAMES = {"meera_k": "Meera K", "arjun_2026": "Arjun S", "tanvi.r": "Tanvi R"}
JOINED = {"meera_k": "2024-06-11T08:22:41.118302+00:00",
          "arjun_2026": "2025-01-19T15:07:12.904411+00:00",
          "tanvi.r": "2024-11-30T04:48:55.270019+00:00"}
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
XPATH = "/div[1]/div[1]/div[1]/main[1]/div[3]/div[3]/div[1]/p[%d]"


def acct(user):
    return "acct:%s@hypothes.is" % user


def read_source():
    anns, cur, field = [], None, None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("@ann "):
            parts = line.split(" ")
            cur = {"key": parts[1], "text": [], "quote": []}
            for p in parts[2:]:
                k, v = p.split("=", 1)
                cur[k] = v
            anns.append(cur)
            field = None
        elif line.startswith("~prefix "):
            cur["prefix"] = line[len("~prefix "):]
        elif line.startswith("~suffix "):
            cur["suffix"] = line[len("~suffix "):]
        elif line in ("~quote", "~text"):
            field = line[1:]
        elif cur is not None and field:
            cur[field].append(line)
    for a in anns:
        for k in ("text", "quote"):
            while a[k] and not a[k][-1].strip():
                a[k].pop()
            a[k] = "\n".join(a[k])
    return anns


def with_mentions(text):
    """The client stores an @mention as a tag holding the user id."""
    mentions = []
    for user in NAMES:
        tag = "@" + user
        if tag in text:
            text = text.replace(tag, '<a data-hyp-mention="" data-userid="%s">@%s</a>'
                                % (acct(user), user))
            mentions.append({
                "userid": acct(user),
                "original_userid": acct(user),
                "username": user,
                "display_name": NAMES[user],
                "link": "https://hypothes.is/users/%s" % user,
                "description": None,
                "joined": JOINED[user],
            })
    return text, mentions


def build():
    rng = random.Random(20251129)
    anns = read_source()
    ids = {a["key"]: "".join(rng.choice(B64URL) for _ in range(22)) for a in anns}
    out = []
    for a in anns:
        aid = ids[a["key"]]
        created = a["at"] + "+00:00"
        updated = a.get("upd", a["at"]) + "+00:00"
        target = {"source": URI}
        if a["quote"]:
            exact = a["quote"]
            start = int(a["pos"])
            off = int(a["off"])
            xp = XPATH % int(a["p"])
            target["selector"] = [
                {"type": "RangeSelector", "endOffset": off + len(exact), "startOffset": off,
                 "endContainer": xp, "startContainer": xp},
                {"type": "TextPositionSelector", "end": start + len(exact), "start": start},
                {"type": "TextQuoteSelector", "exact": exact, "prefix": a.get("prefix", ""),
                 "suffix": a.get("suffix", "")},
            ]
        text, mentions = with_mentions(a["text"])
        user = acct(a["user"])
        ann = {
            "id": aid,
            "created": created,
            "updated": updated,
            "user": user,
            "uri": URI,
            "text": text,
            "tags": a["tags"].split(",") if a.get("tags") else [],
            "group": GROUP,
            "permissions": {
                "read": ["group:%s" % GROUP],
                "admin": [user],
                "update": [user],
                "delete": [user],
            },
            "target": [target],
            "document": {"title": [TITLE]},
            "links": {
                "html": "https://hypothes.is/a/%s" % aid,
                "incontext": "https://hyp.is/%s/en.wikipedia.org/wiki/Kigali_Amendment" % aid,
                "json": "https://hypothes.is/api/annotations/%s" % aid,
            },
        }
        if a.get("reply"):
            ann["references"] = [ids[a["reply"]]]
        ann["user_info"] = {"display_name": NAMES[a["user"]]}
        ann["flagged"] = False
        ann["hidden"] = False
        ann["mentions"] = mentions
        out.append(ann)
    content = {
        "export_date": "2025-11-29T17:42:10.518Z",
        "export_userid": acct(EXPORTER),
        "client_version": "1.1604.0",
        "annotations": out,
    }
    return json.dumps(content, indent=2, ensure_ascii=False)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
