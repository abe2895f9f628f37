#!/usr/bin/python3
"""Make docs/ozone-layer-hole-mindmap.excalidraw.md from tools/ozone-layer-hole-mindmap.txt.

The file imitates what the Obsidian Excalidraw plugin (2.x, "compressed" saving on) writes for a
drawing: YAML front matter (excalidraw-plugin: parsed, tags), the "Switch to EXCALIDRAW VIEW"
warning line, the markdown the user typed on the back of the drawing, then "# Excalidraw Data"
with "## Text Elements" (each text element's raw text followed by " ^" and its 8-character id and
a blank line, in scene order, deleted elements left out), "## Element Links" (id: link),
"## Embedded Files" (sha1: [[file]]) and, between %% markers, "## Drawing" holding the scene as
a compressed-json block: JSON.stringify(scene, null, "\\t") run through LZString's
compressToBase64 (over UTF-16 code units, as JavaScript sees the string) and cut into lines of
256 characters separated by blank lines.

Run from anywhere: /usr/bin/python3 tools/make_excalidraw.py [OUT]
Standard library only; the output is byte-for-byte reproducible.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ozone-layer-hole-mindmap.txt")
OUT = os.path.join(HERE, "..", "docs", "ozone-layer-hole-mindmap.excalidraw.md")

PLUGIN_VERSION = "2.16.1"
WARNING = ("==\u26a0  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. \u26a0== "
           "You can decompress Drawing data with the command palette: 'Decompress current "
           "Excalidraw file'. For more info check in plugin settings under 'Saving'")
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KEY64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


# ---------------------------------------------------------------- LZString.compressToBase64
def lz_compress_base64(text):
    """LZString.compressToBase64 (pieroxy/lz-string 1.4/1.5), on UTF-16 code units."""
    data = text.encode("utf-16-le")
    units = [chr(data[i] | (data[i + 1] << 8)) for i in range(0, len(data), 2)]
    bits_per_char = 6
    dictionary, to_create = {}, set()
    w = ""
    enlarge_in, dict_size, num_bits = 2, 3, 2
    out, val, pos = [], 0, 0

    def emit(value, nbits):
        nonlocal val, pos
        for _ in range(nbits):
            val = (val << 1) | (value & 1)
            if pos == bits_per_char - 1:
                pos = 0
                out.append(KEY64[val])
                val = 0
            else:
                pos += 1
            value >>= 1

    def emit_w():
        nonlocal enlarge_in, num_bits
        if w in to_create:
            code = ord(w[0])
            if code < 256:
                emit(0, num_bits)
                emit(code, 8)
            else:
                emit(1, num_bits)
                emit(code, 16)
            enlarge_in -= 1
            if enlarge_in == 0:
                enlarge_in = 2 ** num_bits
                num_bits += 1
            to_create.discard(w)
        else:
            emit(dictionary[w], num_bits)
        enlarge_in -= 1
        if enlarge_in == 0:
            enlarge_in = 2 ** num_bits
            num_bits += 1

    for c in units:
        if c not in dictionary:
            dictionary[c] = dict_size
            dict_size += 1
            to_create.add(c)
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            emit_w()
            dictionary[wc] = dict_size
            dict_size += 1
            w = c
    if w != "":
        emit_w()
    emit(2, num_bits)
    while True:
        val <<= 1
        if pos == bits_per_char - 1:
            out.append(KEY64[val])
            break
        pos += 1
    res = "".join(out)
    return res + "=" * ((4 - len(res) % 4) % 4 if len(res) % 4 else 0)


# ---------------------------------------------------------------- source
def read_source():
    front, items = [], []
    cur = None
    in_front = False
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("%"):
            continue
        if line == "@front":
            in_front = True
            continue
        if in_front:
            if line == "@end":
                in_front = False
            else:
                front.append(line)
            continue
        if line.startswith("@"):
            link = None
            if " link=" in line:
                line, link = line.split(" link=", 1)
            parts = line.split(" ")
            head, args = parts[0], parts[1:]
            opts = {}
            pos = []
            for a in args:
                if "=" in a:
                    k, v = a.split("=", 1)
                    opts[k] = v
                else:
                    pos.append(a)
            if link:
                opts["link"] = link
            cur = {"what": head[1:], "pos": pos, "opts": opts, "text": []}
            if head == "@frame":
                cur["name"] = " ".join(pos[5:])
                cur["pos"] = pos[:5]
            items.append(cur)
        elif cur is not None:
            cur["text"].append(line)
    for it in items:
        while it["text"] and not it["text"][-1].strip():
            it["text"].pop()
        it["text"] = "\n".join(it["text"])
    return front, items


# ---------------------------------------------------------------- scene
class Scene:
    def __init__(self):
        self.rng = random.Random(288)
        self.elements = []
        self.by_id = {}
        self.clock = 1761468000000   # 26 Oct 2025, first stroke
        self.index = 0

    def nid(self, n=21):
        chars = BASE62 + "_-"
        return "".join(self.rng.choice(chars) for _ in range(n))

    def frac_index(self):
        i = self.index
        self.index += 1
        if i < 62:
            return "a" + BASE62[i]
        i -= 62
        return "b" + BASE62[i // 62] + BASE62[i % 62]

    def tick(self):
        self.clock += self.rng.randint(4000, 95000)
        return self.clock

    def base(self, eid, kind, x, y, w, h, **kw):
        el = {
            "id": eid,
            "type": kind,
            "x": x,
            "y": y,
            "width": w,
            "height": h,
            "angle": 0,
            "strokeColor": kw.get("stroke", "#1e1e1e"),
            "backgroundColor": kw.get("bg", "transparent"),
            "fillStyle": "solid",
            "strokeWidth": kw.get("sw", 2),
            "strokeStyle": "solid",
            "roughness": 1,
            "opacity": 100,
            "groupIds": [],
            "frameId": None,
            "index": self.frac_index(),
            "roundness": kw.get("roundness", {"type": 3}),
            "seed": self.rng.randint(1, 2 ** 31 - 1),
            "version": self.rng.randint(3, 140),
            "versionNonce": self.rng.randint(1, 2 ** 31 - 1),
            "isDeleted": bool(kw.get("deleted", False)),
            "boundElements": [],
            "updated": self.tick(),
            "link": kw.get("link"),
            "locked": False,
        }
        self.elements.append(el)
        self.by_id[eid] = el
        return el


def wrap(text, width, size):
    """Greedy wrap as Excalidraw does for text bound in a container (estimated glyph widths)."""
    per = max(8, int(width / (size * 0.52)))
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = word if not line else line + " " + word
            if len(cand) <= per or not line:
                line = cand
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)


def text_el(sc, eid, x, y, text, size, color="#1e1e1e", container=None, width=None,
            family=5, link=None, deleted=False, align="left"):
    shown = wrap(text, width, size) if width else text
    lines = shown.split("\n")
    w = width if width else round(max(len(l) for l in lines) * size * 0.52, 2)
    h = round(len(lines) * size * 1.25, 2)
    el = sc.base(eid, "text", x, y, w, h, stroke=color, link=link, deleted=deleted,
                 roundness=None)
    el.update({
        "text": shown,
        "rawText": text,
        "fontSize": size,
        "fontFamily": family,
        "textAlign": align,
        "verticalAlign": "middle" if container else "top",
        "containerId": container,
        "originalText": text,
        "autoResize": True,
        "lineHeight": 1.25,
    })
    return el


def build_scene(items):
    sc = Scene()
    md_texts, links, files = [], [], []
    frames = []
    for it in items:
        what, pos, o = it["what"], it["pos"], it["opts"]
        if what == "el":
            eid, kind, x, y = pos[0], pos[1], int(pos[2]), int(pos[3])
            size = int(o.get("size", 20))
            link = o.get("link")
            color = o.get("color", "#1e1e1e")
            text = it["text"]
            if kind in ("box", "sticky"):
                w = int(o["w"])
                shown = wrap(text, w - 20, size)
                h = round(len(shown.split("\n")) * size * 1.25 + 30, 2)
                rect = sc.base(sc.nid(), "rectangle", x, y, w, h, bg=o.get("bg", "transparent"),
                               sw=1 if kind == "sticky" else 2)
                t = text_el(sc, eid, x + 10, y + 15, text, size, color=color,
                            container=rect["id"], width=w - 20, link=link)
                rect["boundElements"].append({"type": "text", "id": eid})
            elif kind == "label":
                arrow = sc.by_id[o["on"]]
                t = text_el(sc, eid, x, y, text, 16, color="#495057", container=arrow["id"],
                            family=6, align="center")
                arrow["boundElements"].append({"type": "text", "id": eid})
            elif kind == "gone":
                t = text_el(sc, eid, x, y, text, size, color=color, deleted=True)
            else:
                width = int(o["w"]) if "w" in o else None
                family = 5 if kind in ("title", "head") else 6
                t = text_el(sc, eid, x, y, text, size if kind != "title" else int(o["size"]),
                            color=color, width=width, family=family, link=link,
                            align="center" if kind == "title" else "left")
            if kind != "gone":
                md_texts.append((text, eid))
                if link:
                    links.append((eid, link))
        elif what == "arrow":
            eid = pos[0]
            a, b = sc.by_id[o["from"]], sc.by_id[o["to"]]
            # arrows start and end at the containers of bound text
            a = sc.by_id.get(a.get("containerId") or "", a)
            b = sc.by_id.get(b.get("containerId") or "", b)
            x0, y0 = a["x"] + a["width"] / 2, a["y"] + a["height"]
            x1, y1 = b["x"] + b["width"] / 2, b["y"]
            el = sc.base(eid, "arrow", round(x0, 2), round(y0 + 6, 2), round(abs(x1 - x0), 2),
                         round(abs(y1 - y0 - 12), 2), roundness={"type": 2})
            el.update({
                "points": [[0, 0], [round(x1 - x0, 2), round(y1 - y0 - 12, 2)]],
                "lastCommittedPoint": None,
                "startBinding": {"elementId": a["id"], "focus": round(sc.rng.uniform(-0.3, 0.3), 4),
                                 "gap": 6, "fixedPoint": None},
                "endBinding": {"elementId": b["id"], "focus": round(sc.rng.uniform(-0.3, 0.3), 4),
                               "gap": 6, "fixedPoint": None},
                "startArrowhead": None,
                "endArrowhead": "arrow",
                "elbowed": False,
            })
            a["boundElements"].append({"id": eid, "type": "arrow"})
            b["boundElements"].append({"id": eid, "type": "arrow"})
        elif what == "frame":
            eid, x, y, w, h = pos[0], int(pos[1]), int(pos[2]), int(pos[3]), int(pos[4])
            el = sc.base(eid, "frame", x, y, w, h, roundness=None, sw=2)
            el["name"] = it["name"]
            frames.append(el)
        elif what == "image":
            eid, x, y, w, h, sha, fname = pos[0], int(pos[1]), int(pos[2]), int(pos[3]), \
                int(pos[4]), pos[5], pos[6]
            el = sc.base(eid, "image", x, y, w, h, roundness=None, sw=1)
            el.update({"status": "saved", "fileId": sha, "scale": [1, 1], "crop": None})
            files.append((sha, fname))
        elif what == "ink":
            eid, x, y = pos[0], int(pos[1]), int(pos[2])
            pts = [[0, 0]]
            for i in range(1, 40):
                pts.append([i * 22, round(sc.rng.uniform(-3, 3), 2)])
            el = sc.base(eid, "freedraw", x, y, 858, 6, stroke="#ffd43b", sw=4, roundness=None)
            el["opacity"] = 60
            el.update({"points": pts, "pressures": [], "simulatePressure": True,
                       "lastCommittedPoint": pts[-1]})
    for fr in frames:
        for el in sc.elements:
            if el is fr or el["type"] == "frame":
                continue
            if fr["x"] <= el["x"] < fr["x"] + fr["width"] and fr["y"] <= el["y"] < fr["y"] + fr["height"]:
                el["frameId"] = fr["id"]
    scene = {
        "type": "excalidraw",
        "version": 2,
        "source": "https://github.com/zsviczian/obsidian-excalidraw-plugin/releases/tag/%s"
                  % PLUGIN_VERSION,
        "elements": sc.elements,
        "appState": {
            "theme": "light",
            "viewBackgroundColor": "#ffffff",
            "currentItemStrokeColor": "#1e1e1e",
            "currentItemBackgroundColor": "transparent",
            "currentItemFillStyle": "solid",
            "currentItemStrokeWidth": 2,
            "currentItemStrokeStyle": "solid",
            "currentItemRoughness": 1,
            "currentItemOpacity": 100,
            "currentItemFontFamily": 5,
            "currentItemFontSize": 20,
            "currentItemTextAlign": "left",
            "currentItemStartArrowhead": None,
            "currentItemEndArrowhead": "arrow",
            "currentItemArrowType": "round",
            "scrollX": -412.5,
            "scrollY": -1388.25,
            "zoom": {"value": 0.55},
            "currentItemRoundness": "round",
            "gridSize": 20,
            "gridStep": 5,
            "gridModeEnabled": False,
            "gridColor": {"Bold": "rgba(217, 217, 217, 0.5)", "Regular": "rgba(230, 230, 230, 0.5)"},
            "currentStrokeOptions": None,
            "frameRendering": {"enabled": True, "clip": True, "name": True, "outline": True},
            "objectsSnapModeEnabled": False,
            "activeTool": {"type": "selection", "customType": None, "locked": False,
                           "fromSelection": False, "lastActiveTool": None},
        },
        "files": {},
    }
    return scene, md_texts, links, files


def render(front, scene, md_texts, links, files):
    out = ["---", "", "excalidraw-plugin: parsed", "tags: [excalidraw, upsc, gs3-environment]",
           "", "---", WARNING, "", "", ""]
    out = "\n".join(out)
    out += "\n".join(front).strip("\n") + "\n\n"
    out += "# Excalidraw Data\n\n## Text Elements\n"
    for text, eid in md_texts:
        out += "%s ^%s\n\n" % (text, eid)
    if links:
        out += "## Element Links\n"
        for eid, link in links:
            out += "%s: %s\n\n" % (eid, link)
    if files:
        out += "## Embedded Files\n"
        for sha, fname in files:
            out += "%s: [[%s]]\n\n" % (sha, fname)
    js = json.dumps(scene, indent="\t", ensure_ascii=False)
    comp = lz_compress_base64(js)
    chunks = [comp[i:i + 256] for i in range(0, len(comp), 256)]
    out += "%%\n## Drawing\n```compressed-json\n" + "\n\n".join(chunks) + "\n```\n%%"
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    front, items = read_source()
    scene, md_texts, links, files = build_scene(items)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(front, scene, md_texts, links, files))


if __name__ == "__main__":
    main()
