#!/usr/bin/python3
"""Make docs/kabil-overseas-assets.xmind from tools/kabil-overseas-assets.txt.

The file is what XMind (2024/2025, the "XMind" successor of XMind Zen) saves: a zip whose
entries are content.json, metadata.json, manifest.json, the content.xml warning stub that XMind
writes for XMind 8 and older, and Thumbnails/thumbnail.png.

content.json is a JSON list of two sheets:
  - "Overseas assets (KABIL)", a logic chart growing to the right (structureClass
    org.xmind.ui.logic.right on the central topic and in the sheet's skeleton extension), whose
    central topic title is broken over two lines and carries a note; ten numbered main branches
    typed by hand ("1. What is KABIL?"), two of them laid out as tree tables
    (org.xmind.ui.treetable); notes stored three ways as XMind does (plain text, Quill "ops"
    deltas with bold runs and bullet attributes, and realHTML); labels, markers (priority,
    flag, star, question), a callout, two summaries (a summary topic in children.summary plus a
    "summaries" range on the parent), a boundary, two relationships with titles, a floating
    (detached) topic and a style override on one topic;
  - "News timeline 2019-25", a horizontal timeline (org.xmind.ui.timeline.horizontal) of dated
    topics, each with one child holding the event.
IDs are 26-character hex strings derived from each object's place in the outline and every zip
entry carries the same date, so the output is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_xmind.py
"""
import hashlib
import json
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kabil-overseas-assets.txt")
OUT = os.path.join(HERE, "..", "docs", "kabil-overseas-assets.xmind")
DATE = (2025, 11, 16, 21, 7, 44)
STAMP = 1763307464000


def xid(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:26]


THEME = {
    "id": "3f1b7c2a9e4d5f6a7b8c9d0e1f",
    "importantTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                       "fo:color": "#FFFFFF",
                                                       "svg:fill": "#D94141"}},
    "minorTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                   "fo:color": "#FFFFFF",
                                                   "svg:fill": "#F0A030"}},
    "expiredTopic": {"type": "topic", "properties": {"fo:text-decoration": "line-through",
                                                     "svg:fill": "none"}},
    "map": {"id": "5a7d2e9c1b3f4a6d8e0c2b4a6d", "properties": {
        "svg:fill": "#FFFFFF", "multi-line-colors": "#0E6E5C #2F5BA8 #C2452D #D89A1E #6B4BA1 #2A8FB8",
        "color-list": "#FFFFFF #0E6E5C #2F5BA8 #C2452D #D89A1E #6B4BA1",
        "line-tapered": "none"}},
    "centralTopic": {"id": "6b8e3f0d2c4a5b7e9f1d3c5b7e", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "26pt", "fo:font-weight": "600",
        "fo:color": "#FFFFFF", "svg:fill": "#0E6E5C",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "2pt",
        "line-color": "#0E6E5C"}},
    "mainTopic": {"id": "7c9f4a1e3d5b6c8f0a2e4d6c8f", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "16pt", "fo:font-weight": "500",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "2pt"}},
    "subTopic": {"id": "8d0a5b2f4e6c7d9a1b3f5e7d9a", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "13pt", "fo:font-weight": "400",
        "shape-class": "org.xmind.topicShape.underline",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "1pt"}},
    "floatingTopic": {"id": "9e1b6c3a5f7d8e0b2c4a6f8e0b", "properties": {
        "fo:font-size": "13pt", "svg:fill": "#FFF4CC", "fo:color": "#6B4B00",
        "shape-class": "org.xmind.topicShape.roundedRect"}},
    "summaryTopic": {"id": "af2c7d4b6a8e9f1c3d5b7a9f1c", "properties": {
        "fo:font-size": "13pt", "fo:font-style": "italic", "svg:fill": "#EEF6F3",
        "shape-class": "org.xmind.topicShape.roundedRect"}},
    "calloutTopic": {"id": "b03d8e5c7b9f0a2d4e6c8b0a2d", "properties": {
        "fo:font-size": "12pt", "svg:fill": "#2F5BA8", "fo:color": "#FFFFFF",
        "shape-class": "org.xmind.calloutTopicShape.balloon.roundedRect"}},
    "boundary": {"id": "c14e9f6d8c0a1b3e5f7d9c1b3e", "properties": {
        "fo:font-size": "12pt", "svg:fill": "#F3EEFA", "line-pattern": "dash",
        "shape-class": "org.xmind.boundaryShape.roundedRect"}},
    "summary": {"id": "d25f0a7e9d1b2c4f6a8e0d2c4f", "properties": {
        "line-width": "1pt", "shape-class": "org.xmind.summaryShape.square"}},
    "relationship": {"id": "e36a1b8f0e2c3d5a7b9f1e3d5a", "properties": {
        "fo:font-size": "12pt", "fo:font-style": "italic", "line-pattern": "dash",
        "line-color": "#C2452D", "arrow-end-class": "org.xmind.arrowShape.triangle"}},
}


def new_topic(title):
    return {"title": title.replace("\\n", "\n"), "notes": [], "children": [], "labels": [],
            "markers": [], "href": None, "struct": None, "callouts": [], "summaries": [],
            "boundaries": []}


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
    sheet = None
    stack = []
    for line in raw:
        if not line.strip() or line.startswith("#"):
            continue
        s = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if s.startswith("@sheet "):
            sheet = {"title": s[7:], "layout": None, "root": None, "rels": [], "floats": []}
            sheets.append(sheet)
        elif s.startswith("@layout "):
            sheet["layout"] = s[8:]
        elif s.startswith("@root "):
            sheet["root"] = new_topic(s[6:])
            stack = [(-1, sheet["root"])]
        elif s.startswith("@rel "):
            ends, title = s[5:].rsplit(": ", 1)
            a, b = ends.split(" -> ")
            sheet["rels"].append((a, b, title))
        elif s.startswith("@float "):
            sheet["floats"].append(s[7:])
        elif s.startswith("@"):
            # belongs to the topic one level up from its indent (root for indent 1)
            depth = indent // 2 - 1 if indent >= 2 else -1
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
    plain, ops, html = [], [], []
    for p in paras:
        bullet = p.startswith("* ")
        text = p[2:] if bullet else p
        plain.append(("\u2022 " if bullet else "") + text.replace("**", ""))
        pieces = re.split(r"(\*\*.+?\*\*)", text)
        hpieces = []
        for piece in pieces:
            if not piece:
                continue
            if piece.startswith("**"):
                ops.append({"insert": piece[2:-2], "attributes": {"bold": True}})
                hpieces.append("<strong>%s</strong>" % escape(piece[2:-2]))
            else:
                ops.append({"insert": piece})
                hpieces.append(escape(piece))
        if bullet:
            ops.append({"insert": "\n", "attributes": {"list": "bullet"}})
            html.append("<ul><li>%s</li></ul>" % "".join(hpieces))
        else:
            ops.append({"insert": "\n"})
            html.append("<div>%s</div>" % "".join(hpieces))
    return {"plain": {"content": "\n".join(plain)},
            "ops": {"ops": ops},
            "realHTML": {"content": "".join(html)}}


def to_json(t, path, ids):
    tid = xid("topic", *path)
    ids[t["title"].replace("\n", " ")] = tid
    d = {"id": tid, "class": "topic", "title": t["title"]}
    if t["struct"]:
        d["structureClass"] = t["struct"]
    if t["href"]:
        d["href"] = t["href"]
    if t["notes"]:
        d["notes"] = note_json(t["notes"])
    if t["labels"]:
        d["labels"] = t["labels"]
    if t["markers"]:
        d["markers"] = [{"markerId": m} for m in t["markers"]]
    children = {}
    if t["children"]:
        children["attached"] = [to_json(c, path + (i,), ids) for i, c in enumerate(t["children"])]
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
                            "title": title} for i, (a, b, title) in enumerate(t["boundaries"])]
    if len(path) == 3 and "Prelims traps" in t["title"]:
        d["style"] = {"id": xid("style", *path), "properties": {"svg:fill": "#D94141",
                                                                "fo:color": "#FFFFFF"}}
    return d


def png(w, h):
    """A plain thumbnail: green central block with branch lines to the right."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if 20 <= x < 70 and 52 <= y < 68:
                px = (14, 110, 92)
            elif x == 70 + (0 if y < 60 else 0) and 10 <= y < 110:
                px = (120, 120, 120)
            elif 72 <= x < 150 and y % 11 == 5 and 8 <= y < 114:
                px = (47, 91, 168) if (y // 11) % 2 else (194, 69, 45)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


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


def build():
    sheets = parse()
    content = []
    for si, sh in enumerate(sheets):
        ids = {}
        root = to_json(sh["root"], (si, "root"), ids)
        root["structureClass"] = sh["layout"]
        if sh["floats"]:
            root.setdefault("children", {})["detached"] = [
                {"id": xid("float", si, i), "class": "topic", "title": t,
                 "position": {"x": -310, "y": 420 + 60 * i}}
                for i, t in enumerate(sh["floats"])]
        d = {"id": xid("sheet", si), "revisionId": xid("rev", si, 23), "class": "sheet",
             "rootTopic": root, "title": sh["title"], "topicOverlapping": "overlap",
             "theme": THEME}
        if sh["rels"]:
            d["relationships"] = [{"id": xid("rel", si, i), "end1Id": ids[a], "end2Id": ids[b],
                                   "title": t, "controlPoints": {"0": {"x": 40, "y": -60},
                                                                 "1": {"x": 40, "y": 60}},
                                   "lineEndPoints": {}}
                                  for i, (a, b, t) in enumerate(sh["rels"])]
        d["extensions"] = [{"provider": "org.xmind.ui.skeleton.structure.style",
                            "content": {"centralTopic": sh["layout"]}}]
        content.append(d)
    metadata = {"dataStructureVersion": "3", "creator": {"name": "Vana", "version": "25.04.03101"},
                "layoutEngineVersion": "5", "activeSheetId": content[0]["id"],
                "familyId": "local-" + xid("family")}
    manifest = {"file-entries": {"content.json": {}, "metadata.json": {},
                                 "Thumbnails/thumbnail.png": {}}}
    entries = [
        ("content.json", json.dumps(content, ensure_ascii=False, separators=(",", ":"))),
        ("metadata.json", json.dumps(metadata, separators=(",", ":"))),
        ("manifest.json", json.dumps(manifest, separators=(",", ":"))),
        ("content.xml", CONTENT_XML),
        ("Thumbnails/thumbnail.png", png(160, 120)),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    build()
