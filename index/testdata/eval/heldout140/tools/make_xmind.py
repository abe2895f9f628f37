#!/usr/bin/python3
"""Re-make docs/harappan-sites.xmind from tools/harappan-sites.txt.

Run from anywhere: /usr/bin/python3 tools/make_xmind.py [output path]
The file is the zip XMind 2020+ writes: content.json (the sheets), metadata.json,
manifest.json, the content.xml stub that warns XMind 8 users, and Thumbnails/thumbnail.png.
Only the standard library is used; ids are derived from the topic's path and the zip entries
carry a fixed timestamp, so the output is byte-for-byte reproducible.
"""
import hashlib
import json
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "harappan-sites.txt")
OUT = os.path.join(HERE, "..", "docs", "harappan-sites.xmind")
STAMP = (2025, 8, 17, 21, 14, 6)


def xid(*parts):
    """A 26-character id like the ones XMind gives topics, derived from the topic's path."""
    return hashlib.sha1("/".join(parts).encode("utf-8")).hexdigest()[:26]


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    sheet_title, root = "", None
    stack = []  # (level, topic)
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        s = line.strip()
        indent = (len(line) - len(line.lstrip(" "))) // 2
        if s.startswith("@sheet "):
            sheet_title = s[7:]
        elif s.startswith("@root "):
            root = {"title": s[6:], "_notes": [], "_labels": [], "_markers": [], "_kids": [],
                    "_path": [s[6:]]}
            stack = [(0, root)]
        elif s.startswith("- "):
            level = indent + 1
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][1]
            t = {"title": s[2:], "_notes": [], "_labels": [], "_markers": [], "_kids": [],
                 "_path": parent["_path"] + [s[2:]]}
            parent["_kids"].append(t)
            stack.append((level, t))
        elif s.startswith("> "):
            stack[-1][1]["_notes"].append(s[2:])
        elif s.startswith("% "):
            stack[-1][1]["_labels"].extend(x.strip() for x in s[2:].split(" | "))
        elif s.startswith("! "):
            stack[-1][1]["_markers"].append(s[2:])
        else:
            raise SystemExit("cannot parse line: %r" % line)
    return sheet_title, root


def topic_json(t, is_root=False):
    out = {"id": xid(*t["_path"]), "class": "topic", "title": t["title"]}
    if is_root:
        out["structureClass"] = "org.xmind.ui.map.unbalanced"
    if t["_notes"]:
        out["notes"] = {
            "plain": {"content": "\n".join(t["_notes"])},
            "realHTML": {"content": "".join("<div>%s</div>" % html_escape(n) for n in t["_notes"])},
        }
    if t["_labels"]:
        out["labels"] = t["_labels"]
    if t["_markers"]:
        out["markers"] = [{"markerId": m} for m in t["_markers"]]
    if t["_kids"]:
        out["children"] = {"attached": [topic_json(k) for k in t["_kids"]]}
    if is_root:
        out["extensions"] = [{"provider": "org.xmind.ui.map.unbalanced",
                              "content": [{"name": "right-number", "content": "5"}]}]
    return out


def theme():
    def part(name, props):
        return {"id": xid("theme", name), "properties": props}
    return {
        "id": xid("theme"),
        "importedId": "classic",
        "title": "Classic",
        "map": part("map", {"svg:fill": "#ffffff", "multi-line-colors": "#F9423A #F6A04D #F3D321 #00BC7B #486AFF #4D49BE",
                            "color-list": "#000229 #1F2766 #52CC83 #4D86DB #99142B #734B30",
                            "line-tapered": "none"}),
        "centralTopic": part("centralTopic", {"fo:font-family": "NeverMind", "fo:font-size": "30pt",
                                              "fo:font-weight": "500", "svg:fill": "#000229",
                                              "line-width": "3pt", "line-color": "#000229",
                                              "shape-class": "org.xmind.topicShape.roundedRect"}),
        "mainTopic": part("mainTopic", {"fo:font-family": "NeverMind", "fo:font-size": "18pt",
                                        "fo:font-weight": "500", "line-width": "2pt",
                                        "shape-class": "org.xmind.topicShape.roundedRect"}),
        "subTopic": part("subTopic", {"fo:font-family": "NeverMind", "fo:font-size": "14pt",
                                      "fo:font-weight": "400", "line-width": "2pt"}),
    }


def content_xml():
    """The stub XMind 2020+ writes for XMind 8 users who open the file."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
            '<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" '
            'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'modified-by="bruce" timestamp="1503058545540" version="2.0">'
            '<sheet id="7abtd0ssc7n4pi15u2vo4mbc3e" modified-by="bruce" '
            'theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1503058545540">'
            '<topic id="1vr0lcte2og4t2sopiogvdmifc" modified-by="bruce" '
            'structure-class="org.xmind.ui.logic.right" timestamp="1503058545417">'
            '<title>Warning\n\u8b66\u544a\nAttention\nWarnung\n\uacbd\uace0</title>'
            '<children><topics type="attached">'
            '<topic id="71h1aip2t1o8vvm0a41nausaar" modified-by="bruce" timestamp="1503058545423">'
            '<title svg:width="500">This file can not be opened normally, please do not modify '
            'and save, otherwise the contents will be permanently lost\uff01</title>'
            '<children><topics type="attached">'
            '<topic id="428akmkh9a0tog6c91qj995qdl" modified-by="bruce" timestamp="1503058545427">'
            '<title>You can try using XMind 8 Update 3 or later version to open</title></topic>'
            '</topics></children></topic></topics></children></topic>'
            '<title>Sheet 1</title></sheet></xmap-content>')


def thumbnail_png(w=96, h=60):
    """A small white PNG standing in for the map's preview image."""
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    for y in (h // 2,):  # a dark bar for the central topic
        row = bytearray(b"\x00" + b"\xff\xff\xff" * w)
        for x in range(w // 3, 2 * w // 3):
            row[1 + 3 * x:4 + 3 * x] = b"\x00\x02\x29"
        raw = raw[:y * (1 + 3 * w)] + bytes(row) + raw[(y + 1) * (1 + 3 * w):]
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build(out=OUT):
    sheet_title, root = parse()
    sheet_id = xid("sheet", sheet_title)
    sheet = {"id": sheet_id, "class": "sheet", "title": sheet_title,
             "rootTopic": topic_json(root, is_root=True), "theme": theme(),
             "topicPositioning": "fixed", "coreVersion": "2.100.0",
             "extensions": [{"provider": "org.xmind.ui.skeleton.structure.style",
                             "content": {"centralTopic": "org.xmind.ui.map.unbalanced"}}]}
    content = json.dumps([sheet], ensure_ascii=False, separators=(",", ":"))
    metadata = json.dumps({"creator": {"name": "Vana", "version": "10.3.1.202101070032"},
                           "activeSheetId": sheet_id}, separators=(",", ":"))
    manifest = json.dumps({"file-entries": {"content.json": {}, "metadata.json": {},
                                            "Thumbnails/thumbnail.png": {}}},
                          separators=(",", ":"))
    entries = [("content.json", content.encode("utf-8")),
               ("metadata.json", metadata.encode("utf-8")),
               ("manifest.json", manifest.encode("utf-8")),
               ("content.xml", content_xml().encode("utf-8")),
               ("Thumbnails/thumbnail.png", thumbnail_png())]
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
