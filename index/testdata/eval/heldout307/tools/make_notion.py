#!/usr/bin/python3
"""Re-make docs/New States & Boundary Disputes after 1956 <id>.md from the .txt of the same name
in tools/.

The file is what Notion writes for one page of a teamspace database when it is exported with
"..." > "Export" > "Markdown & CSV" (subpages not included) and the zip is unpacked. Notion's
quirks kept here:
  - the file is named after the page title plus a space and the page's 32-hex block id;
  - an "# " title line, then the database properties as "Key: value" lines, one after another
    (a relation as "Title (Title%20id.md)" items joined by ", "), then a blank line;
  - heading 1 blocks are written "# ", the same as the title; headings 2 and 3 as "##", "###";
  - callouts become <aside> blocks: the icon and the text on one line, a blank line, </aside>;
  - toggles are written as bullet lists: the toggle's text as a "- " item and each child block
    as a bullet indented four spaces under it (nothing marks them as toggles);
  - an inline database becomes its title on a line of its own and a pipe table of the current
    view, the title cells linking to the row pages in the sub-folder named after this page
    (percent-encoded, with their ids); every cell padded to the view's columns;
  - links to other pages are relative, percent-encoded paths ending in the page id; date
    mentions are "@Month D, YYYY"; to-dos are "- [ ]" / "- [x]"; quotes "> "; dividers "---";
  - blocks are separated by blank lines, consecutive list items are not, and the file has no
    newline at the end.

Run: /usr/bin/python3 tools/make_notion.py [output.md]
Standard library only; the output is the same byte for byte on every run.
"""
import os
import re
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "New States & Boundary Disputes after 1956 9c41e7a2d58b4f36b0e2a7c5d19f8e34"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".md")
SAFE = "/()',&!*-._~"
LIST = re.compile(r"^(\s*)(- \[[ x]\] |- |\d+\. )")


def page_path(title, pid, folder=""):
    name = quote("%s %s.md" % (title, pid), safe=SAFE)
    return (quote(folder, safe=SAFE) + "/" + name) if folder else name


def links(s, self_folder, in_property=False):
    def rep(m):
        parts = m.group(1).split("|")
        title, pid = parts[0], parts[1]
        folder = self_folder if len(parts) > 2 and parts[2] == "sub" else ""
        path = page_path(title, pid, folder)
        if in_property:
            return "%s (%s)" % (title, path)
        return "[%s](%s)" % (title, path)
    return re.sub(r"\[\[(.+?)\]\]", rep, s)


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().rstrip("\n").split("\n") if not l.startswith("%%")]
    title, self_folder = None, None
    props, blocks = [], []    # blocks: list of (kind, [lines]) ; kind "list" items join up
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("@file "):
            t, pid = [x.strip() for x in line[6:].split("|")]
            self_folder = "%s %s" % (t, pid)
        elif line.startswith("@title "):
            title = line[7:]
        elif line.startswith("@prop "):
            props.append(line[6:])
        elif line.startswith("::: callout "):
            icon = line[len("::: callout "):]
            body = []
            i += 1
            while lines[i] != ":::":
                body.append(lines[i])
                i += 1
            blocks.append(("block", ["<aside>", "%s %s" % (icon, " ".join(body)), "", "</aside>"]))
        elif line.startswith("::: toggle "):
            item = ["- " + line[len("::: toggle "):]]
            i += 1
            while lines[i] != ":::":
                item.append("    - " + lines[i])
                i += 1
            blocks.append(("list", item))
        elif line.startswith("::: db "):
            dtitle, _dbid = [x.strip() for x in line[len("::: db "):].split("|")]
            i += 1
            header = [c.strip() for c in lines[i].split(" | ")]
            rows = []
            i += 1
            while lines[i] != ":::":
                cells = [c.strip() for c in lines[i].split(" | ")]
                rtitle, rid = cells[0].split("|")
                cells[0] = "[%s](%s)" % (rtitle, page_path(rtitle, rid, self_folder))
                cells += [""] * (len(header) - len(cells))
                rows.append(cells)
                i += 1
            table = [dtitle, "",
                     "| " + " | ".join(header) + " |",
                     "| " + " | ".join("---" for _ in header) + " |"]
            table += ["| " + " | ".join(r) + " |" for r in rows]
            blocks.append(("block", table))
        elif not line.strip():
            pass
        elif line.startswith("[ ] ") or line.startswith("[x] "):
            blocks.append(("list", ["- " + line]))
        elif LIST.match(line):
            blocks.append(("list", [line]))
        else:
            blocks.append(("block", [line]))
        i += 1

    out = ["# " + title, ""]
    out += [links(p, self_folder, in_property=True) for p in props]
    prev = None
    for kind, blines in blocks:
        blines = [links(l, self_folder) for l in blines]
        if kind == "list" and prev == "list":
            out.extend(blines)
        else:
            out.append("")
            out.extend(blines)
        prev = kind
    text = "\n".join(out)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
