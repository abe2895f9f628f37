#!/usr/bin/python3
"""Make docs/permanent-settlement-1793.xmind from tools/permanent-settlement-1793.txt.

The file is what XMind (the 2024/2025 app, successor of XMind Zen) saves for a workbook of
three sheets: a zip whose entries are content.json, metadata.json, manifest.json, the
content.xml warning stub XMind writes for XMind 8 users, Thumbnails/thumbnail.png and one
pasted picture under resources/.

content.json is a JSON list of sheets, each with a rootTopic:
  - "PS 1793 - the system": a balanced map growing anticlockwise
    (org.xmind.ui.map.anticlockwise) whose main branches are numbered by XMind itself (a
    "numbering" block on the central topic; the numbers are not part of the titles); notes
    stored as plain text and as realHTML; labels, markers, a boundary, a summary (summary topic
    in children.summary plus a "summaries" range), a callout, a topic holding a pasted image
    (xap:resources/...), two relationships and a floating (detached) topic;
  - "Impact on ryots (fishbone)": a left-headed fishbone (org.xmind.ui.fishbone.leftHeaded);
  - "Reform to abolition (timeline)": a vertical timeline (org.xmind.ui.timeline.vertical)
    whose topics are years, each with the event(s) as children.
IDs are 26-character base-32 strings derived from each object's place in the outline, and
every zip entry carries the same date, so the output is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_xmind.py [output path]
"""
import base64
import hashlib
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "permanent-settlement-1793.txt")
OUT = os.path.join(HERE, "..", "docs", "permanent-settlement-1793.xmind")
DATE = (2025, 1, 19, 22, 14, 36)


def xid(*parts):
    h = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return base64.b32encode(h).decode("ascii").lower()[:26]


THEME = {
    "id": xid("theme"),
    "importantTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                       "fo:color": "#FFFFFF",
                                                       "svg:fill": "#E03A3E"}},
    "minorTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                   "fo:color": "#FFFFFF",
                                                   "svg:fill": "#F5A623"}},
    "expiredTopic": {"type": "topic", "properties": {"fo:text-decoration": "line-through",
                                                     "svg:fill": "none"}},
    "map": {"id": xid("theme", "map"), "properties": {
        "svg:fill": "#FBF7EF",
        "multi-line-colors": "#8C4A2F #B07D2B #55733F #2E6A8E #6E4B8B #A33B3B",
        "color-list": "#FBF7EF #8C4A2F #B07D2B #55733F #2E6A8E #6E4B8B",
        "line-tapered": "tapered"}},
    "centralTopic": {"id": xid("theme", "central"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "28pt", "fo:font-weight": "600",
        "fo:color": "#FFFFFF", "svg:fill": "#8C4A2F",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.curve", "line-width": "3pt",
        "line-color": "#8C4A2F"}},
    "mainTopic": {"id": xid("theme", "main"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "18pt", "fo:font-weight": "500",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.curve", "line-width": "2pt"}},
    "subTopic": {"id": xid("theme", "sub"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400",
        "shape-class": "org.xmind.topicShape.underline",
        "line-class": "org.xmind.branchConnection.curve", "line-width": "1pt"}},
    "floatingTopic": {"id": xid("theme", "float"), "properties": {
        "fo:font-size": "14pt", "svg:fill": "#FFF1B8", "fo:color": "#5C4300",
        "shape-class": "org.xmind.topicShape.roundedRect"}},
    "summaryTopic": {"id": xid("theme", "sumtopic"), "properties": {
        "fo:font-size": "14pt", "fo:font-style": "italic", "svg:fill": "#F3E9DD",
        "shape-class": "org.xmind.topicShape.roundedRect"}},
    "calloutTopic": {"id": xid("theme", "callout"), "properties": {
        "fo:font-size": "13pt", "svg:fill": "#2E6A8E", "fo:color": "#FFFFFF",
        "shape-class": "org.xmind.calloutTopicShape.balloon.roundedRect"}},
    "boundary": {"id": xid("theme", "boundary"), "properties": {
        "fo:font-size": "13pt", "svg:fill": "#F6E7E7", "line-pattern": "dash",
        "shape-class": "org.xmind.boundaryShape.roundedRect"}},
    "summary": {"id": xid("theme", "summary"), "properties": {
        "line-width": "1pt", "shape-class": "org.xmind.summaryShape.square"}},
    "relationship": {"id": xid("theme", "rel"), "properties": {
        "fo:font-size": "13pt", "fo:font-style": "italic", "line-pattern": "dash",
        "line-color": "#A33B3B", "arrow-end-class": "org.xmind.arrowShape.triangle"}},
}


def new_topic(title):
    return {"title": title.replace("\\n", "\n"), "notes": [], "children": [], "labels": [],
            "markers": [], "href": None, "image": None, "folded": False, "callouts": [],
            "summaries": [], "boundaries": []}


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
    sheet, stack = None, []
    for line in raw:
        if not line.strip() or line.startswith("#"):
            continue
        s = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if s.startswith("@sheet "):
            sheet = {"title": s[7:], "layout": None, "root": None, "rels": [], "floats": [],
                     "numbering": False}
            sheets.append(sheet)
        elif s.startswith("@layout "):
            sheet["layout"] = s[8:]
        elif s.startswith("@root "):
            sheet["root"] = new_topic(s[6:])
            stack = [(-1, sheet["root"])]
        elif s == "@numbering":
            sheet["numbering"] = True
        elif s.startswith("@rel "):
            ends, title = s[5:].rsplit(": ", 1)
            a, b = ends.split(" => ")
            sheet["rels"].append((a, b, title))
        elif s.startswith("@float "):
            sheet["floats"].append(s[7:])
        elif s.startswith("@"):
            depth = (indent - 1) // 2 if indent >= 2 else -1
            owner = [t for d, t in stack if d == depth][-1]
            key, _, val = s.partition(" ")
            if key == "@note":
                owner["notes"].append(val)
            elif key == "@callout":
                owner["callouts"].append(val)
            elif key in ("@summary", "@boundary"):
                rng, title = val.split(" ", 1)
                a, b = (int(x) for x in rng.split("-"))
                owner["boundaries" if key == "@boundary" else "summaries"].append((a, b, title))
            else:
                raise SystemExit("unknown directive: %r" % line)
        elif s.startswith("- "):
            depth = indent // 2
            parts = s[2:].split(" || ")
            topic = new_topic(parts[0])
            for p in parts[1:]:
                k, v = p.split("=", 1)
                if k in ("labels", "markers"):
                    topic[k] = v.split(",")
                elif k == "image":
                    topic["image"] = tuple(int(x) for x in v.split("x"))
                elif k == "folded":
                    topic["folded"] = True
                else:
                    topic[k] = v
            while stack[-1][0] >= depth:
                stack.pop()
            stack[-1][1]["children"].append(topic)
            stack.append((depth, topic))
        else:
            raise SystemExit("cannot parse: %r" % line)
    return sheets


def note_json(paras):
    plain, html = [], []
    for p in paras:
        bullet = p.startswith("* ")
        text = p[2:] if bullet else p
        plain.append(("\u2022 " if bullet else "") + text.replace("**", ""))
        h = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>",
                   escape(text, {'"': "&quot;"}))
        html.append("<ul><li>%s</li></ul>" % h if bullet else "<div>%s</div>" % h)
    return {"plain": {"content": "\n".join(plain)}, "realHTML": {"content": "".join(html)}}


def png(w, h, draw):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(draw(x, y))
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def thumb_px(x, y):
    """Thumbnail: brown central block, branches to both sides."""
    if 92 <= x < 164 and 70 <= y < 90:
        return (140, 74, 47)
    if (y - 80) % 18 == 0 and (40 <= x < 92 or 164 <= x < 216) and 20 <= y < 150:
        return (176, 125, 43)
    if x in (91, 164) and 26 <= y < 136:
        return (120, 110, 100)
    return (251, 247, 239)


def map_px(x, y):
    """The pasted screenshot: a rough map of Bengal, Bihar, Orissa shaded as PS areas."""
    if (x - 95) ** 2 // 3 + (y - 55) ** 2 < 900 or (60 <= x < 110 and 70 <= y < 110):
        return (214, 160, 110)
    if 120 <= x < 176 and 8 <= y < 20:
        return (60, 60, 60) if (x + y) % 7 < 3 else (235, 235, 235)
    if y > 104 and x > 110:
        return (160, 200, 230)
    return (238, 233, 222)


CONTENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><xmap-content '
    'xmlns="urn:xmind:xmap:xmlns:content:2.0" xmlns:fo="http://www.w3.org/1999/XSL/Format" '
    'xmlns:svg="http://www.w3.org/2000/svg" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" modified-by="bruce" timestamp="1503058545540" '
    'version="2.0"><sheet id="7abtd0ssc7n4pi1nu6i7b6lsdh" modified-by="bruce" '
    'theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1503058545540"><topic '
    'id="1vr0lcte2og4t2sopiogvdmifc" modified-by="bruce" '
    'structure-class="org.xmind.ui.logic.right" timestamp="1503058545417"><title>Warning '
    '\u8b66\u544a Attention Warnung \uacbd\uace0</title><children><topics type="attached"><topic '
    'id="71h1aip2t1o8vvm0a41nausaar" modified-by="bruce" timestamp="1503058545423"><title '
    'svg:width="500">This file can not be opened normally, please do not modify and save, '
    'otherwise the contents will be permanently lost\uff01</title><children><topics '
    'type="attached"><topic id="428akmkh9a0tog6c91qj995qdl" modified-by="bruce" '
    'timestamp="1503058545427"><title>You can try using XMind 8 Update 3 or later version to '
    'open</title></topic></topics></children></topic></topics></children></topic><title>Sheet '
    '1</title></sheet></xmap-content>')


def build(out):
    sheets = parse()
    map_png = png(180, 120, map_px)
    res_name = "resources/" + hashlib.sha256(map_png).hexdigest()[:40] + ".png"

    def to_json(t, path, ids):
        tid = xid("topic", *path)
        ids[t["title"].replace("\n", " ")] = tid
        d = {"id": tid, "class": "topic", "title": t["title"]}
        if t["href"]:
            d["href"] = t["href"]
        if t["image"]:
            d["image"] = {"src": "xap:" + res_name, "width": t["image"][0],
                          "height": t["image"][1]}
        if t["notes"]:
            d["notes"] = note_json(t["notes"])
        if t["labels"]:
            d["labels"] = t["labels"]
        if t["markers"]:
            d["markers"] = [{"markerId": m} for m in t["markers"]]
        if t["folded"]:
            d["branch"] = "folded"
        children = {}
        if t["children"]:
            children["attached"] = [to_json(c, path + (i,), ids)
                                    for i, c in enumerate(t["children"])]
        if t["callouts"]:
            children["callout"] = [{"id": xid("callout", *path, i), "title": c}
                                   for i, c in enumerate(t["callouts"])]
        if t["summaries"]:
            children["summary"] = [{"id": xid("sumtopic", *path, i), "title": title}
                                   for i, (a, b, title) in enumerate(t["summaries"])]
            d["summaries"] = [{"id": xid("summary", *path, i), "range": "(%d,%d)" % (a, b),
                               "topicId": xid("sumtopic", *path, i)}
                              for i, (a, b, title) in enumerate(t["summaries"])]
        if children:
            d["children"] = children
        if t["boundaries"]:
            d["boundaries"] = [{"id": xid("boundary", *path, i), "range": "(%d,%d)" % (a, b),
                                "title": title}
                               for i, (a, b, title) in enumerate(t["boundaries"])]
        return d

    content = []
    for si, sh in enumerate(sheets):
        ids = {}
        root = to_json(sh["root"], (si, "root"), ids)
        root["structureClass"] = sh["layout"]
        if sh["numbering"]:
            root["numbering"] = {"numberFormat": "org.xmind.numbering.arabic",
                                 "prependingNumbers": "none", "suffix": "."}
        if sh["floats"]:
            root.setdefault("children", {})["detached"] = [
                {"id": xid("float", si, i), "class": "topic", "title": t,
                 "position": {"x": 460, "y": -380 + 70 * i}}
                for i, t in enumerate(sh["floats"])]
        d = {"id": xid("sheet", si), "revisionId": xid("rev", si, 41), "class": "sheet",
             "rootTopic": root, "title": sh["title"], "topicOverlapping": "overlap",
             "theme": THEME}
        if sh["rels"]:
            d["relationships"] = [{"id": xid("rel", si, i), "end1Id": ids[a], "end2Id": ids[b],
                                   "title": t, "controlPoints": {"0": {"x": -60, "y": 40},
                                                                 "1": {"x": 60, "y": 40}},
                                   "lineEndPoints": {}}
                                  for i, (a, b, t) in enumerate(sh["rels"])]
        d["extensions"] = [{"provider": "org.xmind.ui.skeleton.structure.style",
                            "content": {"centralTopic": sh["layout"]}}]
        content.append(d)
    metadata = {"dataStructureVersion": "3",
                "creator": {"name": "Vana", "version": "24.12.24231"},
                "layoutEngineVersion": "5", "activeSheetId": content[0]["id"],
                "familyId": "local-" + xid("family")}
    manifest = {"file-entries": {"content.json": {}, "metadata.json": {},
                                 "Thumbnails/thumbnail.png": {}, res_name: {}}}
    entries = [
        ("content.json", json.dumps(content, ensure_ascii=False, separators=(",", ":"))),
        ("metadata.json", json.dumps(metadata, separators=(",", ":"))),
        ("manifest.json", json.dumps(manifest, separators=(",", ":"))),
        ("content.xml", CONTENT_XML),
        ("Thumbnails/thumbnail.png", png(256, 170, thumb_px)),
        (res_name, map_png),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
