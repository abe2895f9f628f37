#!/usr/bin/python3
"""Make docs/envt-circle-slack-export.zip from tools/envt-circle-slack-export.txt.

The file is a Slack workspace export ("Export data" for a free workspace, public channels) as the
admin downloads it: a zip holding channels.json, users.json and integration_logs.json at the top
and one folder per channel ("general/", "gs3-envt-biodiversity/") with one JSON file per day that
had messages ("2025-02-10.json" ...). Every JSON file is a list written the way Slack writes it:
indented four spaces, non-ASCII as \\u escapes and every "/" escaped as "\\/". Messages carry
user, type, ts, client_msg_id, the mrkdwn text (&amp; &lt; &gt; escaped; *bold*, _italic_,
<url|label>, <@U...> and <#C...|name> links, :emoji: codes), team ids, a user_profile and the
same content again as rich_text blocks; thread parents carry thread_ts, reply_count,
reply_users_count, latest_reply, reply_users, replies, is_locked and subscribed, replies carry
thread_ts and parent_user_id (a reply "also sent to the channel" is a thread_broadcast with a
root copy); there are reactions, edited stamps, pinned_to and pinned_item messages, file shares
(a PNG with thumbs, a PDF with thumb_pdf), a link unfurl in attachments, channel_join and
channel_purpose messages, a reminder_add message and Slackbot's reminder. The zip's entries are
dated at the export time, with directory entries, made on Unix.

Run: /usr/bin/python3 tools/make_slack.py [out.zip]   (the output is byte-for-byte stable)
"""
import json
import os
import re
import sys
import uuid
import zipfile
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "envt-circle-slack-export.txt")
OUT = os.path.join(HERE, "..", "docs", "envt-circle-slack-export.zip")
IST = timezone(timedelta(hours=5, minutes=30))
TEAM = "T08A2RPE7QK"
DOMAIN = "upsc2026prepcircle"
EXPORT_TIME = (2025, 5, 24, 21, 3, 12)
NS = uuid.UUID("2b7c1f0e-5a44-4d1e-9c3a-71e0d5f8a902")

# key: (id, name, first, last, display, avatar hash, title, admin, owner, color)
USERS = {
    "aditi": ("U08A2RPE9LM", "aditi.rao", "Aditi", "Rao", "Aditi (admin)", "f3a91c0d27b4",
              "UPSC CSE 2026 | Anthropology", True, True, "9f69e7"),
    "karan": ("U08A3CZ1QHT", "karan.mehta", "Karan", "Mehta", "karan_m", "0b6d2e84c1f9",
              "CSE 2026 | PSIR", False, False, "4bbe2e"),
    "sana": ("U08A4N7VD2K", "sana.qureshi", "Sana", "Qureshi", "Sana Q", "7ac4f1e0932d",
             "Mains 2025 :fingers_crossed:", False, False, "e7392d"),
    "vikram": ("U08A5G8LW0R", "vikram.singh", "Vikram", "Singh", "vikram", "d28b7e6f0a13",
               "", False, False, "3c989f"),
    "neha": ("U08A6TQ3XEN", "neha.bhat", "Neha", "Bhat", "neha.b", "c90f1a4b7d52",
             "Geography optional", False, False, "674b1b"),
    "rohit": ("U08BC2WJ7PZ", "rohit.das", "Rohit", "Das", "rohit", "5e1d83a0bc64",
              "Beginner, CSE 2027", False, False, "e96699"),
}
SLACKBOT = "USLACKBOT"
EMOJI = {"pray": "1f64f", "+1": "1f44d", "fire": "1f525", "pushpin": "1f4cc",
         "newspaper": "1f4f0", "tada": "1f389", "white_check_mark": "2705",
         "see_no_evil": "1f648", "bookmark": "1f516", "100": "1f4af", "eyes": "1f440",
         "sweat_smile": "1f605", "raised_hands": "1f64c", "heart_eyes": "1f60d",
         "moneybag": "1f4b0", "brain": "1f9e0", "earth_asia": "1f30f", "point_right": "1f449"}
FILES = {
    "F1": ("F08D1KQ6V3S", "Aichi_vs_KMGBF.png", "Aichi vs KMGBF", "image/png", "png", "PNG",
           148227, 1242, 1606),
    "F2": ("F08GHM2R0B7", "India_NBSAP_2024-2030.pdf", "India_NBSAP_2024-2030.pdf",
           "application/pdf", "pdf", "PDF", 6218340, 0, 0),
}
UNFURLS = {
    "U1": {"title": "16th meeting of the Conference of the Parties to the Convention on "
                    "Biological Diversity (COP 16)",
           "text": "The resumed session of COP 16 takes place at FAO headquarters in Rome from "
                   "25 to 27 February 2025.",
           "service_name": "cbd.int", "service_icon": "https://www.cbd.int/favicon.ico"},
}
TOKEN = re.compile(r"<(https?://[^>|]+)\|([^>]+)>|<(https?://[^>]+)>|<@(U\w+)>|<#(C\w+)\|([^>]+)>"
                   r"|\*([^*\n]+)\*|(?<!\w)_([^_\n]+)_(?!\w)|:([a-z0-9_+\-]+):")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def epoch(day, clock):
    dt = datetime.strptime(day + " " + clock, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    return int(dt.timestamp())


def ts_of(mid, sec):
    return "%d.%06d" % (sec, zlib.crc32(mid.encode()) % 1000000)


def uid(key):
    return SLACKBOT if key == "USLACKBOT" else USERS[key][0]


def avatar(key, px):
    av = USERS[key][5]
    return ("https://secure.gravatar.com/avatar/%s.jpg?s=%d&d=https%%3A%%2F%%2Fa.slack-edge.com"
            "%%2Fdf10d%%2Fimg%%2Favatars%%2Fava_00%02d-%d.png" % ((av * 3)[:32], px,
                                                                 int(av[:2], 16) % 24 + 1, px))


def profile(key):
    u = USERS[key]
    return {"avatar_hash": u[5], "image_72": avatar(key, 72), "first_name": u[2],
            "real_name": "%s %s" % (u[2], u[3]), "display_name": u[4], "team": TEAM,
            "name": u[1], "is_restricted": False, "is_ultra_restricted": False}


def inline(text):
    els = []

    def plain(s):
        if not s:
            return
        if els and els[-1]["type"] == "text" and "style" not in els[-1]:
            els[-1]["text"] += s
        else:
            els.append({"type": "text", "text": s})

    pos = 0
    for m in TOKEN.finditer(text):
        plain(text[pos:m.start()])
        pos = m.end()
        url, label, bare, user, chan, cname, bold, ital, emo = m.groups()
        if url:
            els.append({"type": "link", "url": url, "text": label})
        elif bare:
            els.append({"type": "link", "url": bare})
        elif user:
            els.append({"type": "user", "user_id": user})
        elif chan:
            els.append({"type": "channel", "channel_id": chan})
        elif bold:
            for sub in inline(bold):
                if sub["type"] == "text":
                    sub["style"] = {"bold": True}
                els.append(sub)
        elif ital:
            els.append({"type": "text", "text": ital, "style": {"italic": True}})
        elif emo in EMOJI:
            els.append({"type": "emoji", "name": emo, "unicode": EMOJI[emo]})
        else:
            plain(m.group(0))
    plain(text[pos:])
    return els


def mrkdwn(text):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        out.append(esc(text[pos:m.start()]))
        tok = m.group(0)
        if m.group(7) or m.group(8):
            tok = tok[0] + esc(tok[1:-1]) + tok[-1]
        out.append(tok)
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def blocks(mid, lines):
    elements, run, i = [], [], 0

    def flush():
        if run:
            elements.append({"type": "rich_text_section", "elements": inline("\n".join(run) + "\n")})
            run.clear()

    while i < len(lines):
        line = lines[i]
        kind = ("bullet" if line.startswith("\u2022 ") else
                "ordered" if re.match(r"\d+\. ", line) else None)
        if kind:
            flush()
            items = []
            while i < len(lines) and ((kind == "bullet" and lines[i].startswith("\u2022 ")) or
                                      (kind == "ordered" and re.match(r"\d+\. ", lines[i]))):
                body = lines[i][2:] if kind == "bullet" else lines[i].split(". ", 1)[1]
                items.append({"type": "rich_text_section", "elements": inline(body)})
                i += 1
            elements.append({"type": "rich_text_list", "elements": items, "style": kind,
                             "indent": 0, "border": 0})
        else:
            run.append(line)
            i += 1
    flush()
    if elements and elements[-1]["type"] == "rich_text_section":
        last = elements[-1]["elements"]
        if last and last[-1]["type"] == "text" and last[-1]["text"].endswith("\n"):
            last[-1]["text"] = last[-1]["text"][:-1]
            if not last[-1]["text"]:
                last.pop()
    bid = "%05x" % (zlib.crc32(("blk" + mid).encode()) % 0xFFFFF)
    return [{"type": "rich_text", "block_id": bid.replace("0", "W").replace("1", "z"),
             "elements": elements}]


def file_obj(key, user, sec):
    fid, name, title, mime, ftype, pretty, size, w, h = FILES[key]
    u = uid(user)
    base = "https://files.slack.com/files-pri/%s-%s/" % (TEAM, fid)
    f = {"id": fid, "created": sec, "timestamp": sec, "name": name, "title": title,
         "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": u,
         "user_team": TEAM, "editable": False, "size": size, "mode": "hosted",
         "is_external": False, "external_type": "", "is_public": True,
         "public_url_shared": False, "display_as_bot": False, "username": "",
         "url_private": base + name, "url_private_download": base + "download/" + name,
         "media_display_type": "unknown"}
    stem = name.rsplit(".", 1)[0]
    if w:
        for px in (64, 80, 360, 480, 160, 720, 800, 960, 1024):
            f["thumb_%d" % px] = "https://files.slack.com/files-tmb/%s-%s-4d1c9a/%s_%d.png" % (
                TEAM, fid, stem.lower(), px)
            if px >= 360 and px != 160:
                sc = min(px / w, px / h)
                f["thumb_%d_w" % px], f["thumb_%d_h" % px] = round(w * sc), round(h * sc)
        f["original_w"], f["original_h"] = w, h
        f["thumb_tiny"] = "AwAwACTRooorMsKKKKACiiigD//Z"
    else:
        f["thumb_pdf"] = "https://files.slack.com/files-tmb/%s-%s-7be203/%s_thumb_pdf.png" % (
            TEAM, fid, stem.lower())
        f["thumb_pdf_w"], f["thumb_pdf_h"] = 935, 1210
    f["permalink"] = "https://%s.slack.com/files/%s/%s/%s" % (DOMAIN, u, fid, name.lower())
    f["permalink_public"] = "https://slack-files.com/%s-%s-e29c81d4f0" % (TEAM, fid)
    f["is_starred"] = False
    f["has_rich_preview"] = False
    f["file_access"] = "visible"
    return f


def parse():
    chans, msgs, cur = [], [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("@channel "):
                p = line.split()
                cur = {"name": p[1], "id": p[2], "day": p[3], "clock": p[4], "creator": p[5]}
                chans.append(cur)
            elif line.startswith("@msg "):
                p = line.split()
                cur = {"id": p[1], "channel": p[2], "user": p[3], "day": p[4], "clock": p[5],
                       "lines": []}
                for kv in p[6:]:
                    k, v = kv.split("=", 1)
                    cur[k] = v
                msgs.append(cur)
            elif cur is not None and "lines" not in cur and line:
                k, v = line.split(": ", 1)
                cur[k] = v
            elif cur is not None and line:
                cur["lines"].append(line)
    return chans, msgs


def dump(obj):
    return json.dumps(obj, indent=4, ensure_ascii=True).replace("/", "\\/").encode("utf-8")


def build(out):
    chans, msgs = parse()
    cid = {c["name"]: c["id"] for c in chans}
    by_id = {}
    for m in msgs:
        m["sec"] = epoch(m["day"], m["clock"])
        m["ts"] = ts_of(m["id"], m["sec"])
        by_id[m["id"]] = m
    files = {}  # (channel, day) -> list of messages

    def add(m, obj):
        files.setdefault((m["channel"], m["day"]), []).append((m["sec"], obj))

    for m in msgs:
        u = uid(m["user"])
        sub = m.get("subtype")
        text = "\n".join(m["lines"])
        if sub == "channel_join":
            add(m, {"type": "message", "subtype": "channel_join", "ts": m["ts"], "user": u,
                    "text": "<@%s> has joined the channel" % u})
            continue
        if sub == "channel_purpose":
            add(m, {"type": "message", "subtype": "channel_purpose", "ts": m["ts"], "user": u,
                    "text": "<@%s> set the channel description: %s" % (u, esc(text)),
                    "purpose": esc(text)})
            continue
        if sub == "reminder_add":
            add(m, {"type": "message", "subtype": "reminder_add", "ts": m["ts"], "user": u,
                    "text": esc(text)})
            continue
        if sub == "reminder":
            add(m, {"user": SLACKBOT, "type": "message", "ts": m["ts"], "text": mrkdwn(text),
                    "team": TEAM})
            continue
        o = {"user": u, "type": "message", "ts": m["ts"],
             "client_msg_id": str(uuid.uuid5(NS, m["id"])), "text": mrkdwn(text),
             "team": TEAM, "user_team": TEAM, "source_team": TEAM,
             "user_profile": profile(m["user"])}
        if "edited" in m:
            o["edited"] = {"user": u, "ts": "%d.000000" % epoch(m["day"], m["edited"])}
        if "file" in m:
            o["files"] = [file_obj(m["file"], m["user"], m["sec"])]
            o["upload"] = False
            o["display_as_bot"] = False
        if "unfurl" in m:
            url = re.search(r"<(https?://[^>|]+)", text).group(1)
            un = UNFURLS[m["unfurl"]]
            o["attachments"] = [{"from_url": url, "service_icon": un["service_icon"], "id": 1,
                                 "original_url": url, "fallback": "%s: %s" % (
                                     un["service_name"], un["title"]),
                                 "text": un["text"], "title": un["title"], "title_link": url,
                                 "service_name": un["service_name"]}]
        o["blocks"] = blocks(m["id"], m["lines"])
        replies = [r for r in msgs if r.get("parent") == m["id"]]
        if replies:
            users = []
            for r in replies:
                if uid(r["user"]) not in users:
                    users.append(uid(r["user"]))
            o.update({"thread_ts": m["ts"], "reply_count": len(replies),
                      "reply_users_count": len(users), "latest_reply": replies[-1]["ts"],
                      "reply_users": users,
                      "replies": [{"user": uid(r["user"]), "ts": r["ts"]} for r in replies],
                      "is_locked": False, "subscribed": False})
        if "parent" in m:
            p = by_id[m["parent"]]
            o["thread_ts"] = p["ts"]
            o["parent_user_id"] = uid(p["user"])
            if m.get("broadcast"):
                o["subtype"] = "thread_broadcast"
                o["root"] = {"user": uid(p["user"]), "type": "message", "ts": p["ts"],
                             "client_msg_id": str(uuid.uuid5(NS, p["id"])),
                             "text": mrkdwn("\n".join(p["lines"])), "team": TEAM,
                             "thread_ts": p["ts"], "reply_count": sum(
                                 1 for r in msgs if r.get("parent") == p["id"]),
                             "reply_users_count": len({uid(r["user"]) for r in msgs
                                                       if r.get("parent") == p["id"]}),
                             "latest_reply": [r for r in msgs if r.get("parent") == p["id"]][-1]["ts"],
                             "is_locked": False, "subscribed": False}
                del o["parent_user_id"]
        if m.get("pin"):
            o["pinned_to"] = [cid[m["channel"]]]
        if "reactions" in m:
            o["reactions"] = []
            for part in m["reactions"].split(";"):
                name, who = part.split(":")
                ids = [uid(w) for w in who.split(",")]
                o["reactions"].append({"name": name, "users": ids, "count": len(ids)})
        add(m, o)
        if m.get("pin"):
            psec = m["sec"] + 64
            pin = {"user": u, "type": "message", "subtype": "pinned_item",
                   "ts": ts_of("pin" + m["id"], psec),
                   "text": "<@%s> pinned a message to this channel." % u, "item_type": "C",
                   "attachments": [{"fallback": "[%s] %s" % (
                       datetime.fromtimestamp(m["sec"], IST).strftime("%B %-d, %Y %-I:%M %p"),
                       mrkdwn(m["lines"][0])), "text": mrkdwn("\n".join(m["lines"])),
                       "author_id": u, "author_subname": USERS[m["user"]][4],
                       "mrkdwn_in": ["text"], "id": 1, "ts": m["ts"],
                       "channel_id": cid[m["channel"]], "channel_name": m["channel"],
                       "is_msg_unfurl": True, "is_reply_unfurl": False,
                       "footer": "Posted in #%s" % m["channel"]}]}
            files.setdefault((m["channel"], m["day"]), []).append((psec, pin))

    channels = []
    for c in chans:
        members = [USERS[k][0] for k in USERS]
        pins = [{"id": by_id[mm]["ts"], "type": "C", "created": by_id[mm]["sec"] + 64,
                 "user": uid(by_id[mm]["user"]), "owner": uid(by_id[mm]["user"])}
                for mm in [m["id"] for m in msgs if m.get("pin") and m["channel"] == c["name"]]]
        ch = {"id": c["id"], "name": c["name"], "created": epoch(c["day"], c["clock"]),
              "creator": USERS[c["creator"]][0], "is_archived": False,
              "is_general": c["name"] == "general", "members": members}
        if pins:
            ch["pins"] = pins
        ch["topic"] = {"value": c["topic"], "creator": USERS[c["creator"]][0],
                       "last_set": epoch(c["day"], c["clock"]) + 3600}
        ch["purpose"] = {"value": c["purpose"], "creator": USERS[c["creator"]][0],
                         "last_set": epoch(c["day"], c["clock"])}
        channels.append(ch)

    users = []
    for k, u in USERS.items():
        prof = {"title": u[6], "phone": "", "skype": "", "real_name": "%s %s" % (u[2], u[3]),
                "real_name_normalized": "%s %s" % (u[2], u[3]), "display_name": u[4],
                "display_name_normalized": u[4], "fields": {}, "status_text": "",
                "status_emoji": "", "status_emoji_display_info": [], "status_expiration": 0,
                "avatar_hash": u[5], "first_name": u[2], "last_name": u[3]}
        for px in (24, 32, 48, 72, 192, 512):
            prof["image_%d" % px] = avatar(k, px)
        prof["status_text_canonical"] = ""
        prof["team"] = TEAM
        users.append({"id": u[0], "team_id": TEAM, "name": u[1], "deleted": False, "color": u[9],
                      "real_name": "%s %s" % (u[2], u[3]), "tz": "Asia/Kolkata",
                      "tz_label": "India Standard Time", "tz_offset": 19800, "profile": prof,
                      "is_admin": u[7], "is_owner": u[8], "is_primary_owner": u[8],
                      "is_restricted": False, "is_ultra_restricted": False, "is_bot": False,
                      "is_app_user": False, "updated": 1747000000 + int(u[5][:4], 16),
                      "is_email_confirmed": True, "who_can_share_contact_card": "EVERYONE"})
    users.append({"id": SLACKBOT, "team_id": TEAM, "name": "slackbot", "deleted": False,
                  "color": "757575", "real_name": "Slackbot", "tz": "America/Los_Angeles",
                  "tz_label": "Pacific Daylight Time", "tz_offset": -25200,
                  "profile": {"title": "", "phone": "", "skype": "", "real_name": "Slackbot",
                              "real_name_normalized": "Slackbot", "display_name": "Slackbot",
                              "display_name_normalized": "Slackbot", "fields": {},
                              "status_text": "", "status_emoji": "",
                              "status_emoji_display_info": [], "status_expiration": 0,
                              "avatar_hash": "sv41d8cd98f0", "always_active": True,
                              "first_name": "slackbot", "last_name": "",
                              "image_24": "https://a.slack-edge.com/80588/img/slackbot_24.png",
                              "image_72": "https://a.slack-edge.com/80588/img/slackbot_72.png",
                              "status_text_canonical": "", "team": TEAM},
                  "is_admin": False, "is_owner": False, "is_primary_owner": False,
                  "is_restricted": False, "is_ultra_restricted": False, "is_bot": False,
                  "is_app_user": False, "updated": 0, "is_email_confirmed": False,
                  "who_can_share_contact_card": "EVERYONE"})
    logs = [{"user_id": USERS["aditi"][0], "user_name": USERS["aditi"][1],
             "date": str(epoch("2025-02-10", "09:31:55")), "change_type": "added",
             "app_id": "A6NL8MJ6Q", "app_type": "app", "service_id": "", "service_type": "Google Drive",
             "scope": "identify,bot,commands,files:read,links:read,links:write,chat:write",
             "channel": "gs3-envt-biodiversity"}]

    entries = [("channels.json", dump(channels)), ("users.json", dump(users)),
               ("integration_logs.json", dump(logs))]
    for c in chans:
        entries.append((c["name"] + "/", None))
        for (ch, day) in sorted(k for k in files if k[0] == c["name"]):
            lst = [o for _, o in sorted(files[(ch, day)], key=lambda x: x[0])]
            entries.append(("%s/%s.json" % (ch, day), dump(lst)))
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=EXPORT_TIME)
            zi.create_system = 3
            if data is None:
                zi.external_attr = (0o40755 << 16) | 0x10
                z.writestr(zi, b"")
            else:
                zi.external_attr = 0o100644 << 16
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data, compresslevel=6)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
