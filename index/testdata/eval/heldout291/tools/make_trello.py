#!/usr/bin/python3
"""Make docs/cdm-pact-to-withdrawal-trello.json from tools/cdm-pact-to-withdrawal-trello.txt.

The file is a Trello board as "Menu > Print, export and share > Export as JSON" downloads it:
one line of compact JSON (no indentation, UTF-8 with emoji and dashes unescaped), the board
object first (id, nodeId, name, desc, descData, closed, limits, url, prefs with its background
image sizes and switcherViews, shortLink, labelNames for all thirty colours, dateLastActivity,
shortUrl, idMemberCreator ...), then "actions" newest first (createBoard, addMemberToBoard,
createList, createCard, addChecklistToCard, updateCheckItemStateOnCard, addAttachmentToCard,
updateCard moves and archiving, commentCard), each with data, type, date, limits and a
memberCreator; "cards" with badges, desc in Trello's Markdown, full label objects and idLabels,
idChecklists, pos, shortLink, url, cover, attachments; "labels" with uses (one unnamed),
"lists", "members", "checklists" with checkItems and their states, "customFields",
"memberships" and "pluginData". Ids are 24-hex object ids whose first eight digits are the Unix
time of creation, as Trello's are.

Source markup: "@board name" with "created:" and an "@desc" ... "@end" block; "@members"
(key | full name | username | initials | role); "@labels" (colour | name); "@list name";
"@card list | name" with "labels:", "created: <iso> by <key>", "moved: <iso> to <list> by <key>",
"closed: <iso>", "due:", "members:", "attach: <url>", "desc:" lines, "@checklist name" with
"[x] " / "[ ] " items, "@comment <iso> <key>" lines, up to "@endcard".

Run: /usr/bin/python3 tools/make_trello.py [OUT]   (output is byte-for-byte stable)
"""
import hashlib
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cdm-pact-to-withdrawal-trello.txt")
OUT = os.path.join(HERE, "..", "docs", "cdm-pact-to-withdrawal-trello.json")
ORG = "65f1a0c2b7d3e41a9c2f7b10"
EXPORTED = "2025-08-30T17:42:09.551Z"
COLOURS = ["green", "yellow", "orange", "red", "purple", "blue", "sky", "lime", "pink", "black"]
ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LIMIT_OK = lambda d, w: {"status": "ok", "disableAt": d, "warnAt": w}


def parse_time(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def fmt(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def oid(dt, seed):
    return "%08x" % int(dt.timestamp()) + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:16]


def short(seed):
    h = int(hashlib.sha1(("short:" + seed).encode("utf-8")).hexdigest(), 16)
    out = ""
    for _ in range(8):
        h, r = divmod(h, 62)
        out += ALNUM[r]
    return out


def slug(name):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    board = {"desc": [], "members": [], "labels": [], "lists": [], "cards": []}
    mode, card = None, None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("@board "):
            board["name"] = line[7:]
            mode = "board"
        elif line == "@desc":
            mode = "desc"
        elif line == "@end":
            mode = None
        elif line == "@members":
            mode = "members"
        elif line == "@labels":
            mode = "labels"
        elif line.startswith("@list "):
            board["lists"].append(line[6:])
            mode = None
        elif line.startswith("@card "):
            lst, name = line[6:].split(" | ", 1)
            card = {"list": lst, "name": name, "labels": [], "desc": [], "checklists": [],
                    "comments": [], "moves": [], "closed": None, "due": None, "members": [],
                    "attach": None}
            board["cards"].append(card)
            mode = "card"
        elif line == "@endcard":
            card, mode = None, None
        elif mode == "board" and line.startswith("created: "):
            iso, who = line[9:].split(" by ")
            board["created"], board["creator"] = iso, who
        elif mode == "desc":
            board["desc"].append(line)
        elif mode == "members" and line.strip():
            board["members"].append([p.strip() for p in line.split("|")])
        elif mode == "labels" and line.strip():
            colour, name = [p.strip() for p in line.split("|")]
            board["labels"].append((colour, name))
        elif mode == "card":
            if line.startswith("labels: "):
                card["labels"] = line[8:].split(", ")
            elif line.startswith("created: "):
                iso, who = line[9:].split(" by ")
                card["created"], card["creator"] = iso, who
            elif line.startswith("moved: "):
                m = re.match(r"moved: (\S+) to (.+) by (\w+)$", line)
                card["moves"].append(m.groups())
            elif line.startswith("closed: "):
                card["closed"] = line[8:]
            elif line.startswith("due: "):
                card["due"] = line[5:]
            elif line.startswith("members: "):
                card["members"] = line[9:].split(", ")
            elif line.startswith("attach: "):
                card["attach"] = line[8:]
            elif line == "desc:":
                mode = "card-desc"
        elif mode == "card-desc" and not line.startswith("@"):
            card["desc"].append(line)
        if line.startswith("@checklist ") and card is not None:
            card["checklists"].append([line[11:], []])
            mode = "checklist"
        elif mode == "checklist" and (line.startswith("[x] ") or line.startswith("[ ] ")):
            card["checklists"][-1][1].append((line[4:], line[1] == "x"))
        elif line.startswith("@comment ") and card is not None:
            iso, who = line[9:].split(" ")
            card["comments"].append([iso, who, []])
            mode = "comment"
        elif mode == "comment" and line != "@endcard" and not line.startswith("@comment"):
            card["comments"][-1][2].append(line)
    return board


def build(out_path):
    b = parse()
    t0 = parse_time(b["created"])
    board_id = oid(t0, "board")
    board_short = short("board")
    board_ref = {"id": board_id, "name": b["name"], "shortLink": board_short}
    members, member_ref = [], {}
    for k, (key, full, user, initials, role) in enumerate(b["members"]):
        mid = oid(t0 - timedelta(days=400 + 90 * k), "member:" + key)
        avatar = hashlib.md5(("avatar:" + key).encode()).hexdigest()
        member_ref[key] = {
            "id": mid, "activityBlocked": False, "avatarHash": avatar,
            "avatarUrl": "https://trello-members.s3.amazonaws.com/%s/%s" % (mid, avatar),
            "fullName": full, "idMemberReferrer": None, "initials": initials, "nonPublic": {},
            "nonPublicAvailable": True, "username": user}
        members.append({
            "id": mid, "activityBlocked": False, "avatarHash": avatar,
            "avatarUrl": "https://trello-members.s3.amazonaws.com/%s/%s" % (mid, avatar),
            "bio": "", "bioData": None, "confirmed": True, "fullName": full,
            "idEnterprise": None, "idEnterprisesDeactivated": [], "idMemberReferrer": None,
            "idPremOrgsAdmin": [], "initials": initials, "memberType": "normal",
            "nonPublic": {}, "nonPublicAvailable": True, "products": [],
            "url": "https://trello.com/" + user, "username": user, "status": "disconnected"})
    role = {m[0]: m[4] for m in b["members"]}

    events = []          # (datetime, seq, action)
    seq = [0]

    def act(dt, kind, who, data, comment=False):
        seq[0] += 1
        limits = {"reactions": {"perAction": LIMIT_OK(900, 720),
                                "uniquePerAction": LIMIT_OK(17, 14)}} if comment else {}
        events.append((dt, seq[0], {
            "id": oid(dt, "action:%d" % seq[0]), "idMemberCreator": member_ref[who]["id"],
            "data": data, "appCreator": None, "type": kind, "date": fmt(dt), "limits": limits,
            "memberCreator": member_ref[who]}))

    act(t0, "createBoard", b["creator"], {"board": board_ref})
    other = [m[0] for m in b["members"] if m[0] != b["creator"]]
    for k, key in enumerate(other):
        act(t0 + timedelta(minutes=4 + k), "addMemberToBoard", b["creator"], {
            "idMemberAdded": member_ref[key]["id"], "memberType": role[key],
            "board": board_ref, "member": {"id": member_ref[key]["id"],
                                           "name": member_ref[key]["fullName"]}})
    lists, list_ref = [], {}
    for k, name in enumerate(b["lists"]):
        dt = t0 + timedelta(seconds=20 + 37 * k)
        lid = oid(dt, "list:" + name)
        list_ref[name] = {"id": lid, "name": name}
        lists.append({"id": lid, "name": name, "closed": False, "color": None,
                      "idBoard": board_id, "pos": 16384 * (k + 1),
                      "subscribed": False, "softLimit": None, "type": None,
                      "datasource": {"filter": False}})
        act(dt, "createList", b["creator"], {"list": {"id": lid, "name": name},
                                             "board": board_ref})

    label_objs, label_by_name = [], {}
    for k, (colour, name) in enumerate(b["labels"]):
        lab = {"id": oid(t0, "label:%s:%s" % (colour, name)), "idBoard": board_id,
               "name": name, "color": colour, "uses": 0}
        label_objs.append(lab)
        if name:
            label_by_name[name] = lab

    cards, checklists = [], []
    per_list = {}
    for n, c in enumerate(sorted(b["cards"], key=lambda c: c["created"]), 1):
        c["idShort"] = n
    for c in b["cards"]:
        created = parse_time(c["created"])
        cid = oid(created, "card:" + c["name"])
        sl = short("card:" + c["name"])
        final_list = c["moves"][-1][1] if c["moves"] else c["list"]
        card_ref = {"id": cid, "name": c["name"], "idShort": c["idShort"], "shortLink": sl}
        act(created, "createCard", c["creator"], {
            "card": card_ref, "list": list_ref[c["list"]], "board": board_ref})
        last = created
        labels = []
        for name in c["labels"]:
            label_by_name[name]["uses"] += 1
            labels.append(label_by_name[name])
        id_checklists, n_items, n_done = [], 0, 0
        for k, (cname, items) in enumerate(c["checklists"]):
            dt = created + timedelta(minutes=3 + k)
            clid = oid(dt, "checklist:%s:%s" % (c["name"], cname))
            id_checklists.append(clid)
            act(dt, "addChecklistToCard", c["creator"], {
                "card": card_ref, "checklist": {"id": clid, "name": cname}, "board": board_ref})
            check_items = []
            for j, (text, done) in enumerate(items):
                iid = oid(dt + timedelta(seconds=10 * (j + 1)), "item:%s:%s" % (clid, text))
                check_items.append({"id": iid, "name": text, "nameData": {"emoji": {}},
                                    "pos": 16384 * (j + 1),
                                    "state": "complete" if done else "incomplete",
                                    "due": None, "dueReminder": None, "idMember": None,
                                    "idChecklist": clid})
                n_items += 1
                if done:
                    n_done += 1
                    when = created + timedelta(days=2, hours=3 * j + 1, minutes=7 * k)
                    last = max(last, when)
                    act(when, "updateCheckItemStateOnCard", c["creator"], {
                        "checkItem": {"id": iid, "name": text, "state": "complete",
                                      "textData": {"emoji": {}}},
                        "checklist": {"id": clid, "name": cname}, "card": card_ref,
                        "board": board_ref})
            checklists.append({"id": clid, "name": cname, "idBoard": board_id, "idCard": cid,
                               "pos": 16384 * (k + 1), "checkItems": check_items})
        attachments = []
        if c["attach"]:
            dt = created + timedelta(minutes=5)
            aid = oid(dt, "attach:" + c["attach"])
            attachments.append({"bytes": None, "date": fmt(dt), "edgeColor": None,
                                "idMember": member_ref[c["creator"]]["id"],
                                "isMalicious": False, "isUpload": False, "mimeType": "",
                                "name": c["attach"], "previews": [], "url": c["attach"],
                                "pos": 16384, "fileName": None, "id": aid})
            act(dt, "addAttachmentToCard", c["creator"], {
                "attachment": {"id": aid, "name": c["attach"], "url": c["attach"]},
                "card": card_ref, "board": board_ref})
        before = c["list"]
        for iso, to, who in c["moves"]:
            dt = parse_time(iso)
            last = max(last, dt)
            act(dt, "updateCard", who, {
                "card": dict(card_ref, idList=list_ref[to]["id"]),
                "old": {"idList": list_ref[before]["id"]}, "board": board_ref,
                "listBefore": list_ref[before], "listAfter": list_ref[to]})
            before = to
        for iso, who, text in c["comments"]:
            dt = parse_time(iso)
            last = max(last, dt)
            act(dt, "commentCard", who, {
                "text": "\n".join(text).strip("\n"), "textData": {"emoji": {}},
                "card": card_ref, "board": board_ref, "list": list_ref[final_list]},
                comment=True)
        if c["closed"]:
            dt = parse_time(c["closed"])
            last = max(last, dt)
            act(dt, "updateCard", c["creator"], {
                "card": dict(card_ref, closed=True), "old": {"closed": False},
                "board": board_ref, "list": list_ref[final_list]})
        per_list[final_list] = per_list.get(final_list, 0) + 1
        pos = 16384 * per_list[final_list] + (8191.5 if c["moves"] else 0)
        desc = "\n".join(c["desc"]).strip("\n")
        cards.append({
            "id": cid,
            "badges": {"attachmentsByType": {"trello": {"board": 0, "card": 0}},
                       "externalSource": None, "location": False, "votes": 0,
                       "viewingMemberVoted": False, "subscribed": False, "fogbugz": "",
                       "checkItems": n_items, "checkItemsChecked": n_done,
                       "checkItemsEarliestDue": None, "comments": len(c["comments"]),
                       "attachments": len(attachments), "description": bool(desc),
                       "due": c["due"], "dueComplete": False, "lastUpdatedByAi": False,
                       "start": None},
            "checkItemStates": [], "closed": bool(c["closed"]), "dueComplete": False,
            "dateLastActivity": fmt(last), "desc": desc, "descData": {"emoji": {}},
            "due": c["due"], "dueReminder": 1440 if c["due"] else None, "email": None,
            "idBoard": board_id, "idChecklists": id_checklists,
            "idList": list_ref[final_list]["id"],
            "idMembers": [member_ref[m]["id"] for m in c["members"]],
            "idMembersVoted": [], "idShort": c["idShort"], "idAttachmentCover": None,
            "labels": labels, "idLabels": [l["id"] for l in labels],
            "manualCoverAttachment": False, "name": c["name"],
            "nodeId": "ari:cloud:trello::card/workspace/%s/%s" % (ORG, cid),
            "pinned": False, "pos": pos, "shortLink": sl,
            "shortUrl": "https://trello.com/c/" + sl, "start": None, "subscribed": False,
            "url": "https://trello.com/c/%s/%d-%s" % (sl, c["idShort"], slug(c["name"])),
            "cover": {"idAttachment": None, "color": None, "idUploadedBackground": None,
                      "size": "normal", "brightness": "dark", "idPlugin": None},
            "isTemplate": False, "cardRole": None, "mirrorSourceId": None,
            "attachments": attachments, "pluginData": [], "customFieldItems": []})

    actions = [a for _, _, a in sorted(events, key=lambda e: (e[0], e[1]), reverse=True)]
    last_activity = max(e[0] for e in events)
    bg = "https://trello-backgrounds.s3.amazonaws.com/SharedBackground/%dx%d/" \
         "8f0e1f3c6a2b49d5c1e7a4b3f9d20c61/photo-1590766940554-634a7ed41450.jpg"
    sizes = [(75, 50), (150, 100), (480, 320), (960, 640), (1024, 683), (2048, 1365),
             (1280, 853), (1920, 1280), (2400, 1600)]
    label_names = {}
    for suffix in ("", "_dark", "_light"):
        for colour in COLOURS:
            label_names[colour + suffix] = ""
    for colour, name in b["labels"]:
        label_names[colour] = name
    out = {
        "id": board_id,
        "nodeId": "ari:cloud:trello::board/workspace/%s/%s" % (ORG, board_id),
        "name": b["name"], "desc": "\n".join(b["desc"]), "descData": {"emoji": {}},
        "closed": False, "dateClosed": None, "idOrganization": ORG, "idEnterprise": None,
        "limits": {
            "attachments": {"perBoard": LIMIT_OK(36000, 28800),
                            "perCard": LIMIT_OK(1000, 800)},
            "boards": {"totalMembersPerBoard": LIMIT_OK(1600, 1280),
                       "totalAccessRequestsPerBoard": LIMIT_OK(4000, 3200)},
            "cards": {"openPerBoard": LIMIT_OK(5000, 4000), "openPerList": LIMIT_OK(5000, 4000),
                      "totalPerBoard": LIMIT_OK(2000000, 1600000),
                      "totalPerList": LIMIT_OK(1000000, 800000)},
            "checklists": {"perBoard": LIMIT_OK(1800000, 1440000),
                           "perCard": LIMIT_OK(500, 400)},
            "checkItems": {"perChecklist": LIMIT_OK(200, 160)},
            "customFields": {"perBoard": LIMIT_OK(50, 40)},
            "customFieldOptions": {"perField": LIMIT_OK(50, 40)},
            "labels": {"perBoard": LIMIT_OK(1000, 800)},
            "lists": {"openPerBoard": LIMIT_OK(500, 400), "totalPerBoard": LIMIT_OK(3000, 2400)},
            "stickers": {"perCard": LIMIT_OK(70, 56)},
            "reactions": {"perAction": LIMIT_OK(900, 720),
                          "uniquePerAction": LIMIT_OK(17, 14)}},
        "pinned": False, "starred": True,
        "url": "https://trello.com/b/%s/%s" % (board_short, slug(b["name"])),
        "prefs": {
            "permissionLevel": "private", "hideVotes": False, "voting": "disabled",
            "comments": "members", "invitations": "members", "selfJoin": True,
            "cardCovers": True, "cardCounts": False, "isTemplate": False,
            "cardAging": "regular", "calendarFeedEnabled": False,
            "hiddenPluginBoardButtons": [],
            "switcherViews": [{"viewType": v, "enabled": e} for v, e in
                              (("Board", True), ("Table", True), ("Calendar", False),
                               ("Dashboard", False), ("Timeline", False), ("Map", False))],
            "autoArchive": None, "background": "6489c5f0a1b2c3d4e5f60718",
            "backgroundColor": None, "backgroundDarkColor": None,
            "backgroundImage": bg % (2400, 1600), "backgroundDarkImage": None,
            "backgroundImageScaled": [{"width": w, "height": h, "url": bg % (w, h)}
                                      for w, h in sizes],
            "backgroundTile": False, "backgroundBrightness": "dark",
            "sharedSourceUrl": "https://images.unsplash.com/photo-1590766940554-634a7ed41450"
                               "?ixid=M3w3MDY2NzR8MHwxfHNlYXJjaHwxfHxzYWx0JTIwcGFuc3xlbnwwfHx8"
                               "fDE3MTA3NzQxMjB8MA&ixlib=rb-4.0.3&w=2400&h=1600&q=85&fm=jpg"
                               "&crop=entropy&cs=srgb",
            "backgroundBottomColor": "#2b2a27", "backgroundTopColor": "#8c8f93",
            "canBePublic": True, "canBeEnterprise": True, "canBeOrg": True,
            "canBePrivate": True, "canInvite": True},
        "shortLink": board_short, "subscribed": False, "labelNames": label_names,
        "powerUps": [], "dateLastActivity": fmt(last_activity), "dateLastView": EXPORTED,
        "shortUrl": "https://trello.com/b/" + board_short, "idTags": [],
        "datePluginDisable": None, "creationMethod": None, "ixUpdate": str(len(events) + 212),
        "templateGallery": None, "enterpriseOwned": False, "idBoardSource": None,
        "premiumFeatures": ["additionalBoardBackgrounds", "additionalStickers",
                            "customBoardBackgrounds", "customEmoji", "customStickers",
                            "plugins"],
        "idMemberCreator": member_ref[b["creator"]]["id"], "type": None,
        "actions": actions, "cards": cards, "labels": label_objs, "lists": lists,
        "members": members, "checklists": checklists, "customFields": [],
        "memberships": [{"id": oid(t0, "membership:" + m[0]),
                         "idMember": member_ref[m[0]]["id"], "memberType": m[4],
                         "unconfirmed": False, "deactivated": False} for m in b["members"]],
        "pluginData": []}
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(out, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
