#!/usr/bin/python3
"""Re-make docs/monsoon-mind-map.xmind from tools/monsoon-mind-map.txt.

The output is an XMind (Zen / 2020 and later) workbook: a zip holding content.json (a list of
sheets, each with a rootTopic whose children.attached topics nest several levels deep, notes as
plain + realHTML, labels, markers, a boundary, relationships and a floating topic),
content.xml (the warning stub XMind writes for XMind 8 and older), metadata.json, manifest.json
and Thumbnails/thumbnail.png. IDs are derived from the topic's place in the outline and the zip
entries carry a fixed date, so the file is the same byte for byte each run.
Run from anywhere: /usr/bin/python3 tools/make_xmind.py
"""
import hashlib
import json
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "monsoon-mind-map.txt")
OUT = os.path.join(HERE, "..", "docs", "monsoon-mind-map.xmind")
DATE = (2025, 10, 19, 22, 41, 6)


def xid(*parts):
    h = hashlib.md5("/".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:26]


THEME = {
    "id": "b5a54b5b0cf3a8c3e3d2f7c1a9",
    "importantTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                       "fo:color": "#FFFFFF", "svg:fill": "#C0392B"}},
    "minorTopic": {"type": "topic", "properties": {"fo:font-weight": "bold",
                                                   "fo:color": "#FFFFFF", "svg:fill": "#F39C12"}},
    "map": {"id": "c1e2a3b4d5f60718293a4b5c6d", "properties": {"svg:fill": "#FFFFFF",
                                                                "multi-line-colors": "#2A6FDB #E0474C #1FA67A #F5A623 #7B61FF #14A3C7",
                                                                "color-list": "#000229 #1F2766 #52CC83 #4D86DB #99142F #245570",
                                                                "line-tapered": "none"}},
    "centralTopic": {"id": "d2f3b4c5e6071829304a5b6c7d", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "30pt", "fo:font-weight": "500",
        "fo:color": "#FFFFFF", "svg:fill": "#000229", "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "3pt"}},
    "mainTopic": {"id": "e3a4c5d6f708192a3b4c5d6e7f", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "18pt", "fo:font-weight": "500",
        "shape-class": "org.xmind.topicShape.roundedRect", "line-width": "2pt"}},
    "subTopic": {"id": "f4b5d6e7a8192a3b4c5d6e7f80", "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400",
        "shape-class": "org.xmind.topicShape.underline", "line-width": "2pt"}},
    "floatingTopic": {"id": "a5c6e7f8091a2b3c4d5e6f7081", "properties": {
        "fo:font-size": "14pt", "svg:fill": "#EEEBEE", "shape-class": "org.xmind.topicShape.roundedRect"}},
    "boundary": {"id": "b6d7f8091a2b3c4d5e6f708192", "properties": {
        "fo:font-size": "13pt", "svg:fill": "#EEEBEE", "shape-class": "org.xmind.boundaryShape.roundedRect"}},
    "relationship": {"id": "c7e8091a2b3c4d5e6f708192a3", "properties": {
        "fo:font-size": "13pt", "line-pattern": "dash", "arrow-end-class": "org.xmind.arrowShape.triangle"}},
}


def parse():
    sheets = []
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
    for line in raw:
        if not line.strip() or line.startswith("#"):
            continue
        s = line.strip()
        if s.startswith("@sheet "):
            sheet = {"title": s[7:], "root": None, "floats": [], "rels": []}
            sheets.append(sheet)
            stack = []
        elif s.startswith("@root "):
            root = {"title": s[6:].replace("\\n", "\n"), "notes": [], "children": [],
                    "labels": [], "markers": [], "boundaries": []}
            sheet["root"] = root
            stack = [(-1, root)]
        elif s.startswith("@note ") or s.startswith("@boundary "):
            # a note or boundary indented like a topic's children belongs to that topic
            depth = (len(line) - len(line.lstrip(" "))) // 2 - 1
            owner = [t for d, t in stack if d == depth][-1]
            if s.startswith("@note "):
                owner["notes"].append(s[6:])
            else:
                rng, title = s[10:].split(" ", 1)
                a, b = rng.split("-")
                owner["boundaries"].append((int(a), int(b), title))
        elif s.startswith("@float "):
            sheet["floats"].append(s[7:])
        elif s.startswith("@rel "):
            ends, title = s[5:].rsplit(": ", 1)
            a, b = ends.split(" -> ")
            sheet["rels"].append((a, b, title))
        elif s.startswith("- "):
            depth = (len(line) - len(line.lstrip(" "))) // 2
            parts = s[2:].split(" || ")
            topic = {"title": parts[0].replace("\\n", "\n"), "notes": [], "children": [],
                     "labels": [], "markers": [], "boundaries": []}
            for p in parts[1:]:
                k, v = p.split("=", 1)
                topic[k] = [x.strip() for x in v.split(",")]
            while stack[-1][0] >= depth:
                stack.pop()
            stack[-1][1]["children"].append(topic)
            stack.append((depth, topic))
        else:
            raise SystemExit("cannot parse: %r" % line)
    return sheets


def to_json(t, path, ids):
    tid = xid("topic", *path)
    ids[t["title"]] = tid
    d = {"id": tid, "class": "topic", "title": t["title"]}
    if len(path) == 2:
        d["structureClass"] = "org.xmind.ui.map.clockwise"
    if t["notes"]:
        d["notes"] = {"plain": {"content": "\n".join(t["notes"])},
                      "realHTML": {"content": "".join("<div>%s</div>" % escape(n) for n in t["notes"])}}
    if t["labels"]:
        d["labels"] = t["labels"]
    if t["markers"]:
        d["markers"] = [{"markerId": m} for m in t["markers"]]
    if t["children"]:
        d["children"] = {"attached": [to_json(c, path + (i,), ids) for i, c in enumerate(t["children"])]}
    if t["boundaries"]:
        d["boundaries"] = [{"id": xid("boundary", *path, a, b), "range": "(%d,%d)" % (a, b), "title": title}
                           for a, b, title in t["boundaries"]]
    return d


def png(w, h):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if 80 <= x < 120 and 50 <= y < 70:
                row += bytes((0, 2, 41))
            elif (y in (59, 60) and (30 <= x < 80 or 120 <= x < 170)) or \
                    ((x in (30, 31, 169, 170)) and 30 <= y < 90):
                row += bytes((42, 111, 219))
            elif (x < 30 or x >= 170) and y % 20 in (9, 10) and 10 <= y < 110:
                row += bytes((120, 120, 120))
            else:
                row += bytes((255, 255, 255))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


CONTENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" '
    'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'modified-by="bruce" timestamp="1503058545540" version="2.0"><sheet id="7abtd0ssc7n4pi1nu6i7b6lsdh" '
    'modified-by="bruce" theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1503058545540"><topic '
    'id="1vr0lcte2og4t2sopiogvdmifc" modified-by="bruce" structure-class="org.xmind.ui.logic.right" '
    'timestamp="1503058545417"><title>Warning \u8b66\u544a Attention Warnung \uacbd\uace0</title><children>'
    '<topics type="attached"><topic id="71h1aip2t1o8vvm0a41nausaar" modified-by="bruce" '
    'timestamp="1503058545423"><title svg:width="500">This file can not be opened normally, please do not '
    'modify and save, otherwise the contents will be permanently lost\uff01</title><children><topics '
    'type="attached"><topic id="428akmkh9a0tog6c91qj995qdl" modified-by="bruce" timestamp="1503058545427">'
    '<title>You can try using XMind 8 Update 3 or later version to open</title></topic></topics></children>'
    '</topic></topics></children></topic><title>Sheet 1</title></sheet></xmap-content>')


def build():
    sheets = parse()
    content = []
    for si, sh in enumerate(sheets):
        ids = {}
        root = to_json(sh["root"], (si, "root"), ids)
        root["structureClass"] = "org.xmind.ui.map.clockwise"
        if sh["floats"]:
            root.setdefault("children", {})["detached"] = [
                {"id": xid("float", si, i), "class": "topic", "title": t,
                 "position": {"x": 420 + 40 * i, "y": -380 - 40 * i}}
                for i, t in enumerate(sh["floats"])]
        d = {"id": xid("sheet", si), "revisionId": xid("revision", si, 7), "class": "sheet",
             "rootTopic": root, "title": sh["title"], "topicOverlapping": "overlap",
             "theme": THEME}
        if sh["rels"]:
            d["relationships"] = [{"id": xid("rel", si, i), "end1Id": ids[a], "end2Id": ids[b],
                                   "title": t, "controlPoints": {}} for i, (a, b, t) in enumerate(sh["rels"])]
        d["extensions"] = [{"provider": "org.xmind.ui.skeleton.structure.style",
                            "content": {"centralTopic": "org.xmind.ui.map.clockwise"}}]
        content.append(d)
    metadata = {"dataStructureVersion": "2", "creator": {"name": "Vana", "version": "24.01.09061"},
                "layoutEngineVersion": "3", "activeSheetId": content[0]["id"]}
    manifest = {"file-entries": {"content.json": {}, "metadata.json": {}, "Thumbnails/thumbnail.png": {}}}
    entries = [
        ("content.json", json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")),
        ("content.xml", CONTENT_XML.encode("utf-8")),
        ("metadata.json", json.dumps(metadata, separators=(",", ":")).encode("utf-8")),
        ("manifest.json", json.dumps(manifest, separators=(",", ":")).encode("utf-8")),
        ("Thumbnails/thumbnail.png", png(200, 120)),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)


if __name__ == "__main__":
    build()
