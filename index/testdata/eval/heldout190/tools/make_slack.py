#!/usr/bin/python3
"""Make docs/gs1-art-culture-slack.json from tools/gs1-art-culture-slack.txt.

The file is one channel's messages as a Slack workspace export writes them: a JSON list, indented
four spaces, non-ASCII as \\u escapes and "/" escaped as "\\/". Each message carries type, user,
ts, client_msg_id, the mrkdwn text (with &amp; &lt; &gt; escaped, *bold*, _italic_, <url|label>
links, <@U...> mentions and :emoji: codes), team ids, a user_profile, and the same content again
as rich_text blocks. Thread parents carry thread_ts, reply_count, reply_users, replies, latest_reply;
replies carry thread_ts and parent_user_id. There are reactions, an edited stamp, file shares
(files[] with url_private, permalink, thumbs) and channel_join / channel_purpose system messages.

Run from anywhere: /usr/bin/python3 tools/make_slack.py  (output is byte-for-byte stable)
"""
import json
import os
import re
import uuid
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs1-art-culture-slack.txt")
OUT = os.path.join(HERE, "..", "docs", "gs1-art-culture-slack.json")
IST = timezone(timedelta(hours=5, minutes=30))
TEAM = "T05A8M2K4QZ"
NS = uuid.UUID("6f1c2a4e-9b1d-4c4e-8a53-0d9e6b7f2c11")

USERS = {
    "priya": ("U05ANJ1RZ9K", "priya.menon", "Priya", "Priya Menon", "Priya (mod)", "a41c9e07b2d5"),
    "rahul": ("U05B2KQ7HTL", "rahul.verma", "Rahul", "Rahul Verma", "rahulv", "g3b8f1d0c7e2"),
    "sneha": ("U05BZ3M8W1P", "sneha.kulkarni", "Sneha", "Sneha Kulkarni", "sneha_k", "5d20ac9e4f18"),
    "arjun": ("U05C91TD2QX", "arjun.nair", "Arjun", "Arjun Nair", "arjun.ias", "e7f6a2b91c03"),
    "meera": ("U05D7LJ3B6V", "meera.joshi", "Meera", "Meera Joshi", "meera", "g90d4e1a7b6c"),
    "kabir": ("U06E1HX0GJ4", "kabir.singh", "Kabir", "Kabir Singh", "kabir", "0c5b7e3f2d91"),
}
EMOJI = {"pray": "1f64f", "+1": "1f44d", "fire": "1f525", "pushpin": "1f4cc",
         "classical_building": "1f3db-fe0f", "newspaper": "1f4f0", "tada": "1f389",
         "white_check_mark": "2705", "see_no_evil": "1f648", "books": "1f4da",
         "sunrise": "1f305", "raised_hands": "1f64c", "heart_eyes": "1f60d",
         "bookmark": "1f516", "joy": "1f602", "sweat_smile": "1f605", "100": "1f4af",
         "bulb": "1f4a1", "eyes": "1f440"}
FILES = {
    "F1": ("F08MZ3R1K7D", "dilwara_vimal_vasahi_ceiling.jpg", "Vimal Vasahi ceiling",
           "image/jpeg", "jpg", "JPEG", 284117, 1600, 1067),
    "F2": ("F08N0A6QW2T", "gommateshwara_vindhyagiri.jpg", "Gommateshwara, Vindhyagiri",
           "image/jpeg", "jpg", "JPEG", 219870, 1080, 1440),
    "F3": ("F08N2KJ5S9P", "Prakrit_classical_language_Cabinet_03Oct2024.pdf",
           "Prakrit_classical_language_Cabinet_03Oct2024.pdf", "application/pdf", "pdf", "PDF",
           118532, 0, 0),
}
TOKEN = re.compile(r"<(https?://[^>|]+)\|([^>]+)>|<(https?://[^>]+)>|<@(U\w+)>"
                   r"|\*([^*\n]+)\*|(?<!\w)_([^_\n]+)_(?!\w)|:([a-z0-9_+\-]+):")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stamp(day, clock):
    dt = datetime.strptime(day + " " + clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return int(dt.timestamp())


def ts_of(mid, epoch):
    return "%d.%06d" % (epoch, zlib.crc32(mid.encode()) % 1000000)


def profile(u):
    uid, name, first, real, display, av = USERS[u]
    return {
        "avatar_hash": av,
        "image_72": "https://secure.gravatar.com/avatar/%s.jpg?s=72&d=https%%3A%%2F%%2Fa.slack-edge.com"
                    "%%2Fdf10d%%2Fimg%%2Favatars%%2Fava_0012-72.png" % (av * 3)[:32],
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
        url, label, bare, user, bold, ital, emo = m.groups()
        if url:
            els.append({"type": "link", "url": url, "text": label})
        elif bare:
            els.append({"type": "link", "url": bare})
        elif user:
            els.append({"type": "user", "user_id": user})
        elif bold:
            els.append({"type": "text", "text": bold, "style": {"bold": True}})
        elif ital:
            els.append({"type": "text", "text": ital, "style": {"italic": True}})
        elif emo in EMOJI:
            els.append({"type": "emoji", "name": emo, "unicode": EMOJI[emo]})
        else:
            plain(m.group(0))
    plain(text[pos:])
    return els


def mrkdwn_text(text):
    """The text field: plain runs escaped, markup kept."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        out.append(esc(text[pos:m.start()]))
        tok = m.group(0)
        if m.group(5) or m.group(6):
            tok = tok[0] + esc(tok[1:-1]) + tok[-1]
        out.append(tok)
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def blocks_of(mid, lines):
    elements, run, i = [], [], 0

    def flush_run():
        if run:
            elements.append({"type": "rich_text_section",
                             "elements": inline_elements("\n".join(run) + "\n")})
            run.clear()

    while i < len(lines):
        l = lines[i]
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
    return [{"type": "rich_text", "block_id": bid.replace("0", "Q"), "elements": elements}]


def file_obj(key, user, epoch):
    fid, name, title, mime, ftype, pretty, size, w, h = FILES[key]
    uid = USERS[user][0]
    base = "https://files.slack.com/files-pri/%s-%s/" % (TEAM, fid)
    f = {
        "id": fid, "created": epoch, "timestamp": epoch, "name": name, "title": title,
        "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": uid,
        "user_team": TEAM, "editable": False, "size": size, "mode": "hosted",
        "is_external": False, "external_type": "", "is_public": True,
        "public_url_shared": False, "display_as_bot": False, "username": "",
        "url_private": base + name,
        "url_private_download": base + "download/" + name,
        "media_display_type": "unknown",
    }
    if w:
        for px in (64, 80, 360, 480, 720, 800, 960, 1024):
            f["thumb_%d" % px] = "https://files.slack.com/files-tmb/%s-%s-8c1e2f/%s_%d.jpg" % (
                TEAM, fid, name.rsplit(".", 1)[0], px)
            if px >= 360:
                sc = min(px / w, px / h)
                f["thumb_%d_w" % px], f["thumb_%d_h" % px] = round(w * sc), round(h * sc)
        f["original_w"], f["original_h"] = w, h
        f["thumb_tiny"] = "AwAkADDTooorEo//2Q=="
    else:
        f["thumb_pdf"] = "https://files.slack.com/files-tmb/%s-%s-3a7d91/%s_thumb_pdf.png" % (
            TEAM, fid, name.rsplit(".", 1)[0])
        f["thumb_pdf_w"], f["thumb_pdf_h"] = 935, 1210
    f["permalink"] = "https://upsc2026studycircle.slack.com/files/%s/%s/%s" % (
        uid, fid, name.lower())
    f["permalink_public"] = "https://slack-files.com/%s-%s-5be3a1c0d2" % (TEAM, fid)
    f["has_rich_preview"] = False
    f["file_access"] = "visible"
    return f


def parse():
    msgs, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("@msg "):
                parts = line.split()
                cur = {"id": parts[1], "user": parts[2], "day": parts[3], "clock": parts[4],
                       "lines": []}
                for kv in parts[5:]:
                    k, v = kv.split("=", 1)
                    cur[k] = v
                msgs.append(cur)
            elif cur is not None and line:
                cur["lines"].append(line)
    return msgs


def build():
    msgs = parse()
    by_id = {}
    for m in msgs:
        m["epoch"] = stamp(m["day"], m["clock"])
        m["ts"] = ts_of(m["id"], m["epoch"])
        by_id[m["id"]] = m
    out = []
    for m in msgs:
        uid = USERS[m["user"]][0]
        sub = m.get("subtype")
        if sub == "channel_join":
            out.append({"type": "message", "subtype": "channel_join", "ts": m["ts"],
                        "user": uid, "text": "<@%s> has joined the channel" % uid})
            continue
        text = "\n".join(m["lines"])
        if sub == "channel_purpose":
            out.append({"type": "message", "subtype": "channel_purpose", "ts": m["ts"],
                        "user": uid, "text": "<@%s> set the channel purpose: %s" % (uid, esc(text)),
                        "purpose": esc(text)})
            continue
        o = {"user": uid, "type": "message", "ts": m["ts"],
             "client_msg_id": str(uuid.uuid5(NS, m["id"])),
             "text": mrkdwn_text(text), "team": TEAM, "user_team": TEAM, "source_team": TEAM,
             "user_profile": profile(m["user"])}
        if "edited" in m:
            o["edited"] = {"user": uid, "ts": "%d.000000" % stamp(m["day"], m["edited"])}
        o["blocks"] = blocks_of(m["id"], m["lines"])
        if "file" in m:
            o["files"] = [file_obj(m["file"], m["user"], m["epoch"])]
            o["upload"] = False
            o["display_as_bot"] = False
        replies = [r for r in msgs if r.get("parent") == m["id"]]
        if replies:
            users = []
            for r in replies:
                if USERS[r["user"]][0] not in users:
                    users.append(USERS[r["user"]][0])
            o.update({"thread_ts": m["ts"], "reply_count": len(replies),
                      "reply_users_count": len(users), "latest_reply": replies[-1]["ts"],
                      "reply_users": users,
                      "replies": [{"user": USERS[r["user"]][0], "ts": r["ts"]} for r in replies],
                      "is_locked": False, "subscribed": False})
        if "parent" in m:
            p = by_id[m["parent"]]
            o["thread_ts"] = p["ts"]
            o["parent_user_id"] = USERS[p["user"]][0]
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
