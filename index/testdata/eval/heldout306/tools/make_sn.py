#!/usr/bin/python3
"""Re-make the decrypted Standard Notes backup in docs/ from its source text in tools/.

Standard Notes (web/desktop 3.x, Preferences > Backups > "Download backup", decrypted) saves a
zip whose "Standard Notes Backup and Import File.txt" is JSON.stringify(data, null, 2) of
{"version": "004", "items": [...]}, each item a decrypted payload with the keys content_type,
content, created_at_timestamp, created_at, deleted, duplicate_of, updated_at_timestamp,
updated_at, uuid (in that order), non-ASCII left raw, no newline at the end. The items key and
user preferences are not exported; the editor component and theme a long-time user installed
are (SN|Component, SN|Theme), with the tags (Tag, one nested under another by a TagToParentTag
reference, tag-to-note references in the legacy {uuid, content_type} form), a smart view
(SN|SmartTag) and the notes:
  - a Markdown Pro note (noteType "markdown", the deprecated advanced-markdown-editor id, the
    component's own data under appData "org.standardnotes.sn.components"), pinned;
  - a Super note, whose text is the Lexical editor state serialised as a JSON string (root >
    heading / paragraph / list > listitem / horizontalrule nodes; check-list items carry
    "checked"; bold text nodes have format 1);
  - a plain-text note; an empty "Untitled" note left in the trash.
Every note carries preview_plain (the first 160 characters of its plain text) as the app stores it.

Source (tools/<doc>.txt): "=== note: <title>" starts a note; its text follows as written
(Markdown for the first, a Markdown-like outline turned into Lexical nodes for the Super note:
"# "/"## " headings, "- " bullets, "[x] "/"[ ] " check items, "---" a rule, "**b**" bold).
Run: /usr/bin/python3 tools/make_sn.py [output path]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Standard Notes Backup and Import File"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", NAME + ".txt")

U = {
    "mdpro": "8f3c2a61-5b7e-4d0a-9c41-2e6f7a9b1d35",
    "midnight": "c41e9d07-2a58-4f63-b1c9-7d0e5a3f8b22",
    "tag_gs4": "1d7b5e93-0c2f-4a86-8e41-b6a9c3f2d710",
    "tag_probity": "6a2f0c48-93d1-4b7e-a5c2-0f8e1d4b9a63",
    "tag_ca": "e93b7a15-4c6d-4f20-9a8e-51c2d0b7f4a9",
    "tag_frames": "3c8d1f62-7e0a-4b95-b2d4-9a6f0e3c1b87",
    "smart": "b5f20e7a-1c93-4d68-8f0b-c2a7e91d5f46",
    "note_master": "f0a4c9e2-8b31-4d7c-a6e5-3b9d2f1c7e08",
    "note_ca": "2e9f6b04-d7a3-4c81-b5f9-8a1e0c3d6b72",
    "note_frame": "9b1d3e7f-4a02-4c6e-8d95-f7c0a2b6e413",
    "note_untitled": "57c0e8a1-3f9b-4d24-a7e6-0d2b9c4f1a85",
}


def stamp(iso, micro):
    """(ISO string with milliseconds, microsecond epoch) as the server returns them."""
    return iso, micro


TIMES = {
    "mdpro": (stamp("2023-11-02T16:40:12.518Z", 1698943212518344), stamp("2025-03-09T05:12:40.207Z", 1741497160207912)),
    "midnight": (stamp("2023-11-02T16:41:55.093Z", 1698943315093117), stamp("2025-03-09T05:12:40.311Z", 1741497160311405)),
    "tag_gs4": (stamp("2024-07-18T13:02:47.660Z", 1721307767660281), stamp("2025-10-05T15:48:21.774Z", 1759679301774530)),
    "tag_probity": (stamp("2024-07-18T13:03:30.112Z", 1721307810112647), stamp("2025-10-05T15:48:21.790Z", 1759679301790118)),
    "tag_ca": (stamp("2024-07-18T13:04:02.951Z", 1721307842951003), stamp("2025-09-28T17:20:09.418Z", 1759080009418462)),
    "tag_frames": (stamp("2025-01-11T10:27:14.385Z", 1736591234385770), stamp("2025-08-30T06:55:43.102Z", 1756536943102255)),
    "smart": (stamp("2025-01-11T10:31:58.842Z", 1736591518842319), stamp("2025-01-11T10:31:58.842Z", 1736591518842319)),
    "note_master": (stamp("2024-07-18T13:10:05.227Z", 1721308205227561), stamp("2025-10-05T15:47:59.630Z", 1759679279630894)),
    "note_ca": (stamp("2024-07-22T17:44:36.904Z", 1721670276904128), stamp("2025-09-28T17:19:51.266Z", 1759079991266703)),
    "note_frame": (stamp("2025-01-11T10:25:40.518Z", 1736591140518336), stamp("2025-08-30T06:55:31.049Z", 1756536931049180)),
    "note_untitled": (stamp("2025-08-30T06:49:02.773Z", 1756536542773409), stamp("2025-08-30T06:49:20.016Z", 1756536560016852)),
}


def read_notes():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    notes = []
    for chunk in src.split("=== note: ")[1:]:
        title, _, text = chunk.partition("\n")
        notes.append((title, text.strip("\n")))
    return notes


# ---------------------------------------------------------------- Lexical (Super) serialisation

def text_nodes(s):
    out = []
    for tok in re.split(r"(\*\*.+?\*\*)", s):
        if not tok:
            continue
        bold = tok.startswith("**")
        out.append({"detail": 0, "format": 1 if bold else 0, "mode": "normal", "style": "",
                    "text": tok[2:-2] if bold else tok, "type": "text", "version": 1})
    return out


def block(kind, children, **extra):
    node = {"children": children, "direction": "ltr" if children else None, "format": "",
            "indent": 0, "type": kind, "version": 1}
    node.update(extra)
    return node


def lexical(text):
    root, lst = [], None
    for line in text.split("\n"):
        m_check = re.match(r"\[( |x)\] (.*)", line)
        if line.startswith("- ") or m_check:
            kind = "check" if m_check else "bullet"
            if lst is None or lst["listType"] != kind:
                lst = block("list", [], listType=kind, start=1, tag="ul")
                root.append(lst)
            if m_check:
                item = block("listitem", text_nodes(m_check.group(2)),
                             checked=m_check.group(1) == "x", value=len(lst["children"]) + 1)
            else:
                item = block("listitem", text_nodes(line[2:]), value=len(lst["children"]) + 1)
            lst["children"].append(item)
            lst["direction"] = "ltr"
            continue
        lst = None
        if line.startswith("## "):
            root.append(block("heading", text_nodes(line[3:]), tag="h2"))
        elif line.startswith("# "):
            root.append(block("heading", text_nodes(line[2:]), tag="h1"))
        elif line.strip() == "---":
            root.append({"type": "horizontalrule", "version": 1})
        elif line.strip():
            root.append(block("paragraph", text_nodes(line)))
        else:
            root.append(block("paragraph", []))
    state = {"root": {"children": root, "direction": "ltr", "format": "", "indent": 0,
                      "type": "root", "version": 1}}
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def plain_of_lexical(text):
    out = []

    def walk(node):
        if node.get("type") == "text":
            out.append(node["text"])
        for c in node.get("children", []):
            walk(c)
        if node.get("type") in ("paragraph", "heading", "listitem"):
            out.append("\n")
    walk(json.loads(text)["root"])
    return "".join(out)


def preview(plain):
    s = re.sub(r"\s+", " ", plain).strip()
    return s[:160]


def md_plain(text):
    s = re.sub(r"[#*>|`]", "", text)
    return s


# ---------------------------------------------------------------- items

def payload(key, content_type, content):
    (c_iso, c_us), (u_iso, u_us) = TIMES[key]
    return {
        "content_type": content_type,
        "content": content,
        "created_at_timestamp": c_us,
        "created_at": c_iso,
        "deleted": False,
        "duplicate_of": None,
        "updated_at_timestamp": u_us,
        "updated_at": u_iso,
        "uuid": U[key],
    }


def sn_app(key, **extra):
    d = {"client_updated_at": TIMES[key][1][0]}
    d.update(extra)
    return {"org.standardnotes.sn": d}


def note_refs(*keys):
    return [{"uuid": U[k], "content_type": "Note"} for k in keys]


def build():
    (t1, x1), (t2, x2), (t3, x3), (t4, x4) = read_notes()
    super_text = lexical(x2)
    items = []
    items.append(payload("mdpro", "SN|Component", {
        "name": "Markdown Pro",
        "area": "editor-editor",
        "package_info": {
            "identifier": "org.standardnotes.advanced-markdown-editor",
            "name": "Markdown Pro",
            "content_type": "SN|Component",
            "area": "editor-editor",
            "version": "1.5.4",
            "description": "A fully featured Markdown editor that supports live preview, a styling toolbar, and split pane support.",
            "url": "https://github.com/standardnotes/markdown-pro",
            "download_url": "https://github.com/standardnotes/markdown-pro/archive/1.5.4.zip",
            "latest_url": "https://listed.standardnotes.org/api/v2/packages/org.standardnotes.advanced-markdown-editor",
            "marketing_url": "https://standardnotes.com/plugins/markdown-pro",
            "thumbnail_url": "https://s3.amazonaws.com/standard-notes/screenshots/models/editors/adv-markdown.jpg",
            "spellcheckControl": True,
            "file_type": "md",
            "note_type": "markdown",
        },
        "hosted_url": "https://app.standardnotes.com/components/assets/org.standardnotes.advanced-markdown-editor/dist/index.html",
        "local_url": "sn://Extensions/org.standardnotes.advanced-markdown-editor/dist/index.html",
        "permissions": [{"name": "stream-context-item"}],
        "valid_until": "2026-11-02T16:40:12.000Z",
        "autoupdateDisabled": False,
        "references": [],
        "appData": sn_app("mdpro"),
    }))
    items.append(payload("tag_gs4", "Tag", {
        "title": "GS4",
        "references": note_refs("note_master", "note_ca", "note_frame"),
        "appData": sn_app("tag_gs4"),
        "expanded": True,
        "iconString": "\U0001F4D8",
    }))
    items.append(payload("note_master", "Note", {
        "title": t1,
        "text": x1,
        "references": [],
        "appData": {
            "org.standardnotes.sn": {"client_updated_at": TIMES["note_master"][1][0], "pinned": True,
                                     "prefersPlainEditor": False},
            "org.standardnotes.sn.components": {U["mdpro"]: {"mode": "split", "scrollPosition": 0}},
        },
        "preview_plain": preview(md_plain(x1)),
        "spellcheck": True,
        "noteType": "markdown",
        "editorIdentifier": "org.standardnotes.advanced-markdown-editor",
    }))
    items.append(payload("tag_probity", "Tag", {
        "title": "probity",
        "references": [{"reference_type": "TagToParentTag", "uuid": U["tag_gs4"], "content_type": "Tag"}]
        + note_refs("note_master", "note_ca", "note_frame"),
        "appData": sn_app("tag_probity"),
        "expanded": False,
    }))
    items.append(payload("note_ca", "Note", {
        "title": t2,
        "text": super_text,
        "references": [],
        "appData": sn_app("note_ca"),
        "preview_plain": preview(plain_of_lexical(super_text)),
        "spellcheck": True,
        "noteType": "super",
        "editorIdentifier": "com.standardnotes.super-editor",
    }))
    items.append(payload("tag_ca", "Tag", {
        "title": "current-affairs",
        "references": note_refs("note_ca"),
        "appData": sn_app("tag_ca"),
        "iconString": "\U0001F4F0",
    }))
    items.append(payload("midnight", "SN|Theme", {
        "name": "Midnight",
        "package_info": {
            "identifier": "org.standardnotes.theme-midnight",
            "name": "Midnight",
            "content_type": "SN|Theme",
            "area": "themes",
            "version": "1.2.8",
            "description": "Elegant utilitarianism.",
            "dock_icon": {"type": "circle", "background_color": "#086DD6", "foreground_color": "#ffffff",
                          "border_color": "#086DD6"},
        },
        "hosted_url": "https://app.standardnotes.com/components/assets/org.standardnotes.theme-midnight/index.css",
        "local_url": "sn://Extensions/org.standardnotes.theme-midnight/index.css",
        "valid_until": "2026-11-02T16:41:55.000Z",
        "active": False,
        "references": [],
        "appData": sn_app("midnight"),
    }))
    items.append(payload("note_frame", "Note", {
        "title": t3,
        "text": x3,
        "references": [],
        "appData": sn_app("note_frame", prefersPlainEditor=True),
        "preview_plain": preview(x3),
        "spellcheck": False,
        "noteType": "plain-text",
    }))
    items.append(payload("tag_frames", "Tag", {
        "title": "answer-frames",
        "references": note_refs("note_frame"),
        "appData": sn_app("tag_frames"),
    }))
    items.append(payload("smart", "SN|SmartTag", {
        "title": "Revise this week",
        "predicate": {"keypath": "userModifiedDate", "operator": ">", "value": "7.days.ago"},
        "references": [],
        "appData": sn_app("smart"),
        "iconString": "\U0001F501",
    }))
    items.append(payload("note_untitled", "Note", {
        "title": t4,
        "text": x4,
        "references": [],
        "appData": sn_app("note_untitled"),
        "preview_plain": "",
        "spellcheck": True,
        "trashed": True,
    }))
    return {"version": "004", "items": items}


def main():
    data = json.dumps(build(), ensure_ascii=False, indent=2)
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
