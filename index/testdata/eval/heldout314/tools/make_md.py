#!/usr/bin/python3
"""Make docs/nscaem-mission.md from tools/nscaem-mission.txt.

The output is one page of a Docusaurus 3 docs site as it sits in the site's repository
(docs/gs2/health/07-nscaem.md; Docusaurus compiles .md files as MDX): YAML front matter
(id, title, sidebar_label, sidebar_position, slug, description, tags as a block list,
keywords as a flow list, pagination_prev/next, custom_edit_url, hide_table_of_contents,
last_update and sidebar_custom_props as nested maps); four MDX import lines and an inline
`export const Badge` component; no h1 in the body (the theme prints the front-matter title);
a row of <Badge> elements, an inline <TOCInline toc={toc} />, h2 headings with explicit ids
("## Screening {#screening}") and one h3; ':::tip[Title]' and ':::warning[Title]' admonitions
(Docusaurus 3 bracket titles, blank lines inside); GFM tables; a fenced code block with a
title; an image; a <Tabs groupId queryString> block whose <TabItem>s are indented two spaces
with blank lines round their Markdown; <details>/<summary> FAQ blocks; a <Link> component; a
GFM footnote.

Source markup: see the comment lines at the top of the source file.
Run from anywhere: /usr/bin/python3 tools/make_md.py (the output is byte-for-byte the same
every time).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nscaem-mission.txt")
OUT = os.path.join(HERE, "..", "docs", "nscaem-mission.md")


def yaml_str(s):
    if any(ch in s for ch in ":#&'\"[]{}") or s != s.strip():
        return "'%s'" % s.replace("'", "''")
    return s


def main():
    meta, imports, export, body = {}, [], [], []
    mode = "head"
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if mode == "body":
            body.append(line)
        elif mode == "export":
            if line == "@endexport":
                mode = "head"
            else:
                export.append(line)
        elif line.startswith("%"):
            continue
        elif line == "@body":
            mode = "body"
        elif line == "@export":
            mode = "export"
        elif line.startswith("@import "):
            imports.append(line[1:])
        elif line.startswith("@fm "):
            k, _, v = line[4:].partition(": ")
            meta[k] = v
    while body and not body[-1].strip():
        body.pop()

    fm = ["---"]
    for key in ("id", "title", "sidebar_label", "sidebar_position", "slug", "description"):
        fm.append("%s: %s" % (key, yaml_str(meta[key])))
    fm.append("tags:")
    fm += ["  - " + t.strip() for t in meta["tags"].split(",")]
    fm.append("keywords: [%s]" % ", ".join(k.strip() for k in meta["keywords"].split(",")))
    for key in ("pagination_prev", "pagination_next", "custom_edit_url",
                "hide_table_of_contents"):
        fm.append("%s: %s" % (key, meta[key]))
    date, _, author = meta["last_update"].partition(" | ")
    fm += ["last_update:", "  date: " + date, "  author: " + author]
    k, _, v = meta["sidebar_custom_props"].partition("=")
    fm += ["sidebar_custom_props:", "  %s: %s" % (k, v), "---", ""]

    out = fm + imports + [""] + export + [""]
    in_tab = False
    for line in body:
        if line.startswith("@tabs "):
            gid, _, qs = line[6:].partition("|")
            out.append('<Tabs groupId="%s" queryString="%s">' % (gid, qs))
        elif line.startswith("@tab "):
            parts = line[5:].split("|")
            if in_tab:
                out += ["", "  </TabItem>"]
            out += ['  <TabItem value="%s" label="%s"%s>' % (
                parts[0], parts[1], " default" if len(parts) > 2 else ""), ""]
            in_tab = True
        elif line == "@endtabs":
            out += ["", "  </TabItem>", "</Tabs>"]
            in_tab = False
        elif line.startswith("@faq "):
            out += ["<details>", "  <summary>%s</summary>" % line[5:], ""]
        elif line == "@endfaq":
            out += ["", "</details>", ""]
        else:
            out.append(line)
    text = "\n".join(out) + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
