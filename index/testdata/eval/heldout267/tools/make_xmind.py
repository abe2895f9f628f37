#!/usr/bin/python3
"""Make docs/ivc-town-planning-org-chart.xmind from tools/ivc-town-planning-org-chart.txt.

Run from anywhere: /usr/bin/python3 tools/make_xmind.py [OUTPUT]
Standard library only; the same bytes on every run.

The file is what Xmind 2024 saves: a zip whose entries are content.json, metadata.json,
manifest.json, the content.xml stub Xmind writes to warn XMind 8 users, and
Thumbnails/thumbnail.png, all dated with the moment of the last save.

content.json is a JSON list of two sheets:
  - "IVC town planning (org chart)": an organisation chart growing downwards
    (structureClass org.xmind.ui.org-chart.down on the central topic and in the sheet's
    skeleton extension), eight main branches numbered by hand, site topics one level further
    down; notes stored three ways as Xmind does (plain text, Quill "ops" deltas and realHTML),
    labels, markers, a boundary, three relationships with titles and control points, and one
    floating (detached) topic with its own position;
  - "Site -> river -> state (brace)": a brace map opening to the right
    (org.xmind.ui.brace.right) for quick revision.
IDs are 26-character base-32 strings derived from each object's place in the outline.
"""
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
SRC = os.path.join(HERE, "ivc-town-planning-org-chart.txt")
OUT = os.path.join(HERE, "..", "docs", "ivc-town-planning-org-chart.xmind")
DATE = (2025, 2, 16, 21, 40, 12)
B32 = "0123456789abcdefghijklmnopqrstuv"


def xid(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    n = int.from_bytes(h[:17], "big")
    out = []
    for _ in range(26):
        out.append(B32[n & 31])
        n >>= 5
    return "".join(out)


THEME = {
    "map": {"id": xid("theme", "map"), "properties": {
        "svg:fill": "#ffffff", "multi-line-colors": "#F9423A #F6A04D #F3D321 #00BC7B #486AFF #4D49BE",
        "color-list": "#000229 #1F2766 #52CC83 #4D86DB #99142F #245570",
        "line-tapered": "none"}},
    "centralTopic": {"id": xid("theme", "central"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "28pt", "fo:font-weight": "600",
        "fo:font-style": "normal", "fo:color": "inherited", "svg:fill": "#000229",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "3pt",
        "line-color": "#000229", "border-line-width": "0pt"}},
    "mainTopic": {"id": xid("theme", "main"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "18pt", "fo:font-weight": "500",
        "fo:color": "inherited", "svg:fill": "inherited",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "2pt",
        "border-line-width": "0pt"}},
    "subTopic": {"id": xid("theme", "sub"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400",
        "fo:color": "inherited", "svg:fill": "inherited",
        "shape-class": "org.xmind.topicShape.roundedRect",
        "line-class": "org.xmind.branchConnection.roundedElbow", "line-width": "2pt",
        "border-line-width": "0pt"}},
    "floatingTopic": {"id": xid("theme", "float"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "500",
        "fo:color": "#FFFFFF", "svg:fill": "#F9423A",
        "shape-class": "org.xmind.topicShape.roundedRect", "border-line-width": "0pt"}},
    "summaryTopic": {"id": xid("theme", "summarytopic"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "500",
        "svg:fill": "#000229", "shape-class": "org.xmind.topicShape.roundedRect",
        "border-line-width": "0pt"}},
    "calloutTopic": {"id": xid("theme", "callout"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400",
        "svg:fill": "#000229"}},
    "boundary": {"id": xid("theme", "boundary"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400",
        "fo:color": "#FFFFFF", "svg:fill": "#1F2766", "line-color": "#1F2766",
        "line-pattern": "dash", "shape-class": "org.xmind.boundaryShape.roundedRect"}},
    "summary": {"id": xid("theme", "summary"), "properties": {
        "line-color": "#000229", "line-width": "2pt",
        "shape-class": "org.xmind.summaryShape.round"}},
    "relationship": {"id": xid("theme", "relationship"), "properties": {
        "fo:font-family": "NeverMind", "fo:font-size": "13pt", "fo:font-weight": "400",
        "fo:font-style": "italic", "line-color": "#99142F", "line-width": "2pt",
        "line-pattern": "dash", "arrow-begin-class": "org.xmind.arrowShape.none",
        "arrow-end-class": "org.xmind.arrowShape.triangle"}},
    "skeletonThemeId": "db4a5df4db39a8cd1310ea55ea",
    "colorThemeId": "Rainbow-#000229-MULTI_LINE_COLORS",
}


def new_topic(title):
    return {"title": title.replace("\\n", "\n"), "notes": [], "children": [], "labels": [],
            "markers": [], "struct": None, "boundaries": []}


def parse():
    sheets, stack, sheet = [], [], None
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
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
        elif s.startswith("@note ") or s.startswith("@boundary "):
            depth = indent // 2 - 1 if indent >= 2 else -1
            owner = [t for d, t in stack if d == depth][-1]
            key, _, val = s.partition(" ")
            if key == "@note":
                owner["notes"].append(val)
            else:
                rng, title = val.split(" ", 1)
                a, b = (int(x) for x in rng.split("-"))
                owner["boundaries"].append((a, b, title))
        elif s.startswith("- "):
            depth = indent // 2
            parts = s[2:].split(" || ")
            topic = new_topic(parts[0])
            for p in parts[1:]:
                k, v = p.split("=", 1)
                if k in ("labels", "markers"):
                    topic[k] = v.split(",")
                elif k == "struct":
                    topic["struct"] = v
                else:
                    raise SystemExit("unknown attribute: %r" % line)
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
        plain.append(text.replace("**", ""))
        hpieces = []
        for piece in re.split(r"(\*\*.+?\*\*)", text):
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
    if t["notes"]:
        d["notes"] = note_json(t["notes"])
    if t["labels"]:
        d["labels"] = t["labels"]
    if t["markers"]:
        d["markers"] = [{"markerId": m} for m in t["markers"]]
    if t["children"]:
        d["children"] = {"attached": [to_json(c, path + (i,), ids)
                                      for i, c in enumerate(t["children"])]}
    if t["boundaries"]:
        d["boundaries"] = [{"id": xid("boundary", *path, i), "range": "(%d,%d)" % (a, b),
                            "title": title} for i, (a, b, title) in enumerate(t["boundaries"])]
    return d


def png(w, h):
    """A small thumbnail of an org chart: dark central block, a bus line, eight boxes below."""
    px = [[(255, 255, 255)] * w for _ in range(h)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(h, y1)):
            for x in range(max(0, x0), min(w, x1)):
                px[y][x] = c
    colours = [(249, 66, 58), (246, 160, 77), (243, 211, 33), (0, 188, 123), (72, 106, 255),
               (77, 73, 190), (249, 66, 58), (246, 160, 77)]
    rect(w // 2 - 34, 10, w // 2 + 34, 28, (0, 2, 41))
    rect(w // 2 - 1, 28, w // 2 + 1, 44, (0, 2, 41))
    rect(14, 43, w - 14, 45, (0, 2, 41))
    step = (w - 28) // 7
    for i, c in enumerate(colours):
        x = 14 + i * step
        rect(x - 1, 45, x + 1, 54, c)
        rect(x - 10, 54, x + 10, 64, c)
        for k in range(3 if i % 2 else 4):
            rect(x - 8, 72 + k * 12, x + 8, 78 + k * 12, (205, 208, 220))
    rect(12, h - 22, 62, h - 10, (249, 66, 58))
    rows = []
    for row in px:
        rows.append(b"\x00" + b"".join(bytes(c) for c in row))

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


def build(out=OUT):
    sheets = parse()
    content = []
    for si, sh in enumerate(sheets):
        ids = {}
        root = to_json(sh["root"], (si, "root"), ids)
        root["structureClass"] = sh["layout"]
        if sh["floats"]:
            root.setdefault("children", {})["detached"] = [
                {"id": xid("float", si, i), "class": "topic", "title": t,
                 "position": {"x": 1180.5, "y": -96.0 + 70 * i}}
                for i, t in enumerate(sh["floats"])]
        d = {"id": xid("sheet", si), "revisionId": xid("rev", si, 57), "class": "sheet",
             "rootTopic": root, "title": sh["title"],
             "extensions": [{"provider": "org.xmind.ui.skeleton.structure.style",
                             "content": {"centralTopic": sh["layout"]}}],
             "theme": THEME, "topicOverlapping": "overlap"}
        if sh["rels"]:
            rels = []
            for i, (a, b, t) in enumerate(sh["rels"]):
                rels.append({"id": xid("rel", si, i), "class": "relationship",
                             "end1Id": ids[a], "end2Id": ids[b], "title": t,
                             "controlPoints": {"0": {"x": 62.0 + 8 * i, "y": 140.0},
                                               "1": {"x": -48.0, "y": 132.0 - 6 * i}}})
            d["relationships"] = rels
        content.append(d)
    metadata = {"dataStructureVersion": "2", "creator": {"name": "Vana", "version": "24.10.01101"},
                "layoutEngineVersion": "4", "activeSheetId": content[0]["id"]}
    manifest = {"file-entries": {"content.json": {}, "metadata.json": {},
                                 "Thumbnails/thumbnail.png": {}}}
    entries = [
        ("content.json", json.dumps(content, ensure_ascii=False, separators=(",", ":"))),
        ("metadata.json", json.dumps(metadata, separators=(",", ":"))),
        ("manifest.json", json.dumps(manifest, separators=(",", ":"))),
        ("content.xml", CONTENT_XML),
        ("Thumbnails/thumbnail.png", png(200, 150)),
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
