#!/usr/bin/python3
"""Make docs/2025-02-18.json from tools/2025-02-18.txt.

The file is one day file of one channel as a Slack workspace export writes it (the export zip
holds one such file per channel per day, named YYYY-MM-DD.json): a JSON list, indented four
spaces, non-ASCII as \\u escapes and every "/" escaped as "\\/". User messages carry type, user,
ts, client_msg_id, the mrkdwn text (&amp; &lt; &gt; escaped, *bold*, _italic_, ~strike~,
<url|label> and bare <url> links, <!channel>, :emoji: codes, ``` blocks), team ids, a
user_profile and the same content again as rich_text blocks. Thread parents carry thread_ts,
reply_count, reply_users_count, latest_reply, reply_users, is_locked and subscribed; replies carry
thread_ts and parent_user_id; a reply also sent to the channel is a thread_broadcast with a root.
Other shapes: channel_topic, channel_join, reminder_add, a tombstone for a deleted thread parent,
bot_message posts of an RSS app with attachments, link unfurls as attachments, a file share,
reactions and edited stamps.

Run from anywhere: /usr/bin/python3 tools/make_slack.py  (output is byte-for-byte stable)
"""
import json
import os
import re
import uuid
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "2025-02-18.txt")
OUT = os.path.join(HERE, "..", "docs", "2025-02-18.json")
DAY = "2025-02-18"
IST = timezone(timedelta(hours=5, minutes=30))
TEAM = "T07F2MUP6NA"
CHANNEL = "C07G8KQ2ZP4"
NS = uuid.UUID("0b6f3e52-71c4-4d3a-9e21-5a8d7c2b9f60")

USERS = {
    # key: (id, name, first, real, display, avatar_hash)
    "ritika": ("U07H3QK9B2M", "ritika.sharma", "Ritika", "Ritika Sharma", "Ritika (mod)", "b51e07c2d9a4"),
    "aarav": ("U07H5ZP1D8R", "aarav.mehta", "Aarav", "Aarav Mehta", "aarav.m", "9c3d1f7e0a62"),
    "sneha": ("U07J2LX6C4T", "sneha.iyer", "Sneha", "Sneha Iyer", "sneha_iyer", "e04a8b6d2c17"),
    "kabir": ("U07K8NW3F5V", "kabir.rathore", "Kabir", "Kabir Rathore", "kabir.upsc", "3f7b2e9c1d58"),
    "farhan": ("U07L1TB7G9X", "farhan.qureshi", "Farhan", "Farhan Qureshi", "farhan", "a6c0d4e8f271"),
}
BOT = {"bot_id": "B07M4R2XQ1A", "app_id": "A0F81R8ET", "username": "RSS",
       "icon": "https://a.slack-edge.com/80588/img/services/rss_48.png"}
EMOJI = {"ballot_box_with_ballot": "1f5f3-fe0f", "classical_building": "1f3db-fe0f",
         "scroll": "1f4dc", "point_down": "1f447", "newspaper": "1f4f0", "zzz": "1f4a4"}
FILES = {
    "F1": ("F08DQ6X4N2R", "CEC_and_Other_ECs_Act_2023_Gazette.pdf",
           "CEC and Other ECs Act 2023 - Gazette", "application/pdf", "pdf", "PDF", 402117),
}
TOKEN = re.compile(r"<(https?://[^>|]+)\|([^>]+)>|<(https?://[^>]+)>|<!(channel|here)>"
                   r"|(?<![\w*])\*([^*\n]+)\*(?![\w*])|(?<!\w)_([^_\n]+)_(?!\w)"
                   r"|(?<![\w~])~([^~\n]+)~(?![\w~])|:([a-z0-9_+\-]+):")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stamp(clock):
    dt = datetime.strptime(DAY + " " + clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return int(dt.timestamp())


def ts_of(mid, epoch):
    return "%d.%06d" % (epoch, zlib.crc32(mid.encode()) % 1000000)


def profile(u):
    uid, name, first, real, display, av = USERS[u]
    return {
        "avatar_hash": av,
        "image_72": "https://avatars.slack-edge.com/2024-07-19/%d_%s_72.jpg" % (
            7400000000000 + zlib.crc32(uid.encode()) % 99999999, av * 2 + av[:8]),
        "first_name": first,
        "real_name": real,
        "display_name": display,
        "team": TEAM,
        "name": name,
        "is_restricted": False,
        "is_ultra_restricted": False,
    }


def inline_elements(text):
    """Rich-text elements for one run of mrkdwn text."""
    els, pos = [], 0

    def plain(s):
        if s:
            if els and els[-1]["type"] == "text" and "style" not in els[-1]:
                els[-1]["text"] += s
            else:
                els.append({"type": "text", "text": s})

    for m in TOKEN.finditer(text):
        plain(text[pos:m.start()])
        pos = m.end()
        url, label, bare, bcast, bold, ital, strike, emo = m.groups()
        if url:
            els.append({"type": "link", "url": url, "text": label})
        elif bare:
            els.append({"type": "link", "url": bare})
        elif bcast:
            els.append({"type": "broadcast", "range": bcast})
        elif bold:
            els.append({"type": "text", "text": bold, "style": {"bold": True}})
        elif ital:
            els.append({"type": "text", "text": ital, "style": {"italic": True}})
        elif strike:
            els.append({"type": "text", "text": strike, "style": {"strike": True}})
        elif emo in EMOJI:
            els.append({"type": "emoji", "name": emo, "unicode": EMOJI[emo]})
        else:
            plain(m.group(0))
    plain(text[pos:])
    return els


def mrkdwn_text(text):
    """The text field: plain runs escaped, markup kept, ``` blocks escaped as they are."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        out.append(esc(text[pos:m.start()]))
        tok = m.group(0)
        if m.group(5) or m.group(6) or m.group(7):
            tok = tok[0] + esc(tok[1:-1]) + tok[-1]
        out.append(tok)
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def message_text(lines):
    """Escape the text, leaving ``` blocks to plain escaping (no markup inside)."""
    out, in_code = [], False
    for l in lines:
        if l == "```":
            in_code = not in_code
            out.append(l)
        elif in_code:
            out.append(esc(l))
        else:
            out.append(mrkdwn_text(l))
    return "\n".join(out)


def blocks_of(mid, lines):
    elements, run, i = [], [], 0

    def flush_run():
        if run:
            elements.append({"type": "rich_text_section",
                             "elements": inline_elements("\n".join(run) + "\n")})
            run.clear()

    while i < len(lines):
        l = lines[i]
        if l == "```":
            flush_run()
            j = lines.index("```", i + 1)
            elements.append({"type": "rich_text_preformatted",
                             "elements": [{"type": "text", "text": "\n".join(lines[i + 1:j])}],
                             "border": 0})
            i = j + 1
            continue
        kind = "bullet" if l.startswith("\u2022 ") else "ordered" if re.match(r"\d+\. ", l) else None
        if kind:
            flush_run()
            items = []
            while i < len(lines) and (
                    (kind == "bullet" and lines[i].startswith("\u2022 ")) or
                    (kind == "ordered" and re.match(r"\d+\. ", lines[i]))):
                body = lines[i][2:] if kind == "bullet" else lines[i].split(". ", 1)[1]
                items.append({"type": "rich_text_section", "elements": inline_elements(body)})
                i += 1
            elements.append({"type": "rich_text_list", "elements": items, "style": kind,
                             "indent": 0, "border": 0})
        else:
            run.append(l)
            i += 1
    flush_run()
    if elements and elements[-1]["type"] == "rich_text_section":
        last = elements[-1]["elements"][-1]
        if last["type"] == "text" and last["text"].endswith("\n"):
            last["text"] = last["text"][:-1]
            if not last["text"]:
                elements[-1]["elements"].pop()
    bid = "%05x" % (zlib.crc32(("b" + mid).encode()) % 0xFFFFF)
    return [{"type": "rich_text", "block_id": bid.replace("0", "K").replace("7", "w"),
             "elements": elements}]


def file_obj(key, user, epoch):
    fid, name, title, mime, ftype, pretty, size = FILES[key]
    uid = USERS[user][0]
    base = "https://files.slack.com/files-pri/%s-%s/" % (TEAM, fid)
    stem = name.rsplit(".", 1)[0].lower()
    return {
        "id": fid, "created": epoch, "timestamp": epoch, "name": name, "title": title,
        "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": uid,
        "user_team": TEAM, "editable": False, "size": size, "mode": "hosted",
        "is_external": False, "external_type": "", "is_public": True,
        "public_url_shared": False, "display_as_bot": False, "username": "",
        "url_private": base + name,
        "url_private_download": base + "download/" + name.lower(),
        "media_display_type": "unknown",
        "thumb_pdf": "https://files.slack.com/files-tmb/%s-%s-7d2c0e/%s_thumb_pdf.png" % (
            TEAM, fid, stem),
        "thumb_pdf_w": 909, "thumb_pdf_h": 1286,
        "permalink": "https://missionupsc2026.slack.com/files/%s/%s/%s" % (uid, fid, stem + ".pdf"),
        "permalink_public": "https://slack-files.com/%s-%s-e91b4d07c3" % (TEAM, fid),
        "has_rich_preview": False,
        "file_access": "visible",
    }


def parse():
    msgs, atts, cur = [], {}, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("@att "):
                cur = {"key": line.split()[1], "fields": {}, "text": [], "in_text": False}
                atts[cur["key"]] = cur
            elif line.startswith("@msg "):
                parts = line.split()
                cur = {"id": parts[1], "user": parts[2], "clock": parts[3], "lines": []}
                for kv in parts[4:]:
                    k, v = kv.split("=", 1)
                    cur[k] = v
                msgs.append(cur)
            elif cur is not None and "fields" in cur:
                if cur["in_text"]:
                    if line:
                        cur["text"].append(line)
                elif line == "text:":
                    cur["in_text"] = True
                elif line:
                    k, v = line.split(": ", 1)
                    cur["fields"][k] = v
            elif cur is not None and line:
                cur["lines"].append(line)
    return msgs, atts


def attachment(a, msg_ts, unfurl):
    f = a["fields"]
    text = "\n".join(a["text"])
    o = {}
    if unfurl:
        o.update({"from_url": f["from_url"], "service_icon": "https://%s/favicon.ico" %
                  f["from_url"].split("/")[2], "id": 1, "original_url": f["from_url"],
                  "fallback": "%s: %s" % (f["service_name"], f["title"])})
    else:
        o.update({"id": 1, "color": "36a64f", "fallback": f["title"]})
    o.update({"service_name": f["service_name"], "title": f["title"],
              "title_link": f["title_link"], "text": esc(text)})
    if "footer" in f:
        o["footer"] = f["footer"]
        o["ts"] = int(float(msg_ts))
    return o


def build():
    msgs, atts = parse()
    by_id = {}
    for m in msgs:
        m["epoch"] = stamp(m["clock"])
        m["ts"] = ts_of(m["id"], m["epoch"])
        by_id[m["id"]] = m
    out = []
    for m in msgs:
        sub = m.get("subtype")
        text = "\n".join(m["lines"])
        replies = [r for r in msgs if r.get("parent") == m["id"]]
        thread = {}
        if replies:
            users = []
            for r in replies:
                if USERS[r["user"]][0] not in users:
                    users.append(USERS[r["user"]][0])
            thread = {"thread_ts": m["ts"], "reply_count": len(replies),
                      "reply_users_count": len(users), "latest_reply": replies[-1]["ts"],
                      "reply_users": users, "is_locked": False, "subscribed": False}
        if sub == "bot_message":
            out.append({"type": "message", "subtype": "bot_message", "text": "",
                        "ts": m["ts"], "bot_id": BOT["bot_id"], "username": BOT["username"],
                        "icons": {"image_48": BOT["icon"]},
                        "attachments": [attachment(atts[m["attach"]], m["ts"], False)]})
            continue
        uid = USERS[m["user"]][0]
        if sub == "channel_join":
            out.append({"type": "message", "subtype": "channel_join", "ts": m["ts"],
                        "user": uid, "text": "<@%s> has joined the channel" % uid})
            continue
        if sub == "channel_topic":
            out.append({"type": "message", "subtype": "channel_topic", "ts": m["ts"],
                        "user": uid, "text": "<@%s> set the channel topic: %s" % (uid, esc(text)),
                        "topic": esc(text)})
            continue
        if sub == "reminder_add":
            out.append({"type": "message", "subtype": "reminder_add", "ts": m["ts"],
                        "user": uid, "text": text.replace('"', "\u201c", 1).replace('"', "\u201d", 1)})
            continue
        if sub == "tombstone":
            o = {"type": "message", "subtype": "tombstone", "text": "This message was deleted.",
                 "user": "USLACKBOT", "hidden": True, "ts": m["ts"]}
            o.update(thread)
            out.append(o)
            continue
        o = {"user": uid, "type": "message", "ts": m["ts"],
             "client_msg_id": str(uuid.uuid5(NS, m["id"])),
             "text": message_text(m["lines"]), "team": TEAM, "user_team": TEAM,
             "source_team": TEAM, "user_profile": profile(m["user"])}
        if "broadcast" in m:
            o["subtype"] = "thread_broadcast"
        if "edited" in m:
            o["edited"] = {"user": uid, "ts": "%d.000000" % stamp(m["edited"])}
        if "attach" in m:
            o["attachments"] = [attachment(atts[m["attach"]], m["ts"], True)]
        o["blocks"] = blocks_of(m["id"], m["lines"])
        if "file" in m:
            o["files"] = [file_obj(m["file"], m["user"], m["epoch"])]
            o["upload"] = False
            o["display_as_bot"] = False
        o.update(thread)
        if "parent" in m:
            p = by_id[m["parent"]]
            o["thread_ts"] = p["ts"]
            if p.get("subtype") == "tombstone":
                o["parent_user_id"] = "USLACKBOT"
            else:
                o["parent_user_id"] = USERS[p["user"]][0]
            if "broadcast" in m:
                prep = [r for r in msgs if r.get("parent") == p["id"]]
                users = []
                for r in prep:
                    if USERS[r["user"]][0] not in users:
                        users.append(USERS[r["user"]][0])
                o["root"] = {"user": USERS[p["user"]][0], "type": "message", "ts": p["ts"],
                             "client_msg_id": str(uuid.uuid5(NS, p["id"])),
                             "text": message_text(p["lines"]), "team": TEAM,
                             "thread_ts": p["ts"], "reply_count": len(prep),
                             "reply_users_count": len(users), "latest_reply": prep[-1]["ts"],
                             "reply_users": users, "is_locked": False, "subscribed": False}
        if "reactions" in m:
            o["reactions"] = []
            for part in m["reactions"].split(";"):
                name, who = part.split(":")
                ids = [USERS[w][0] for w in who.split(",")]
                o["reactions"].append({"name": name, "users": ids, "count": len(ids)})
        out.append(o)
    data = json.dumps(out, indent=4, ensure_ascii=True).replace("/", "\\/")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build()
