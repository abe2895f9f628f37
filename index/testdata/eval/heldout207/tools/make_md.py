#!/usr/bin/python3
"""Make docs/niti-state-indices.md from tools/niti-state-indices.txt.

The output is a page of a Docusaurus 3 docs site as it sits in the site's repository
(docs/gs2/polity/federalism/niti-state-indices.md, which Docusaurus compiles as MDX): YAML
front matter (id, title, sidebar_label, sidebar_position, description, tags, keywords,
last_update, toc_max_heading_level), MDX import lines, an h1, custom-id headings
("## Why rank states? {#why-rank-states}"), :::info / :::tip / :::caution admonitions, a GFM
table, a <Tabs groupId=... queryString> block of <TabItem>s (the first one default), inline
<Highlight> components, <details>/<summary> FAQ blocks, <PyqCard> practice cards, an MDX
comment ({/* ... */}), a GFM footnote and <DocCardList /> at the end.

Source markup: "@key: value" header lines, "@import ..." lines, "@body" and then Markdown with
"@tabs groupId", "@tab value|label[|default]", "@endtabs", "@faq question", "@endfaq".
Run from anywhere: /usr/bin/python3 tools/make_md.py (byte-for-byte reproducible).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "niti-state-indices.txt")
OUT = os.path.join(HERE, "..", "docs", "niti-state-indices.md")


def yaml_str(s):
    if any(ch in s for ch in ":#&'\"[]{}") or s != s.strip():
        return '"%s"' % s.replace('"', '\\"')
    return s


def main():
    meta, imports, body, in_body = {}, [], [], False
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if in_body:
            body.append(line)
        elif line == "@body":
            in_body = True
        elif line.startswith("@import "):
            imports.append(line[1:])
        elif line.startswith("@"):
            k, _, v = line[1:].partition(": ")
            meta[k] = v
    while body and not body[-1].strip():
        body.pop()
    fm = ["---", "id: " + meta["id"], "title: " + yaml_str(meta["title"]),
          "sidebar_label: " + yaml_str(meta["sidebar_label"]),
          "sidebar_position: " + meta["sidebar_position"],
          "description: " + yaml_str(meta["description"]),
          "tags: [" + ", ".join(t.strip() for t in meta["tags"].split(",")) + "]",
          "keywords:"]
    fm += ["  - " + k.strip() for k in meta["keywords"].split(",")]
    date, _, author = meta["last_update"].partition(" | ")
    fm += ["last_update:", "  date: " + date, "  author: " + author,
           "toc_max_heading_level: " + meta["toc_max_heading_level"], "---", ""]
    out = fm + imports + [""]
    in_tab = False
    for line in body:
        if line.startswith("@tabs "):
            out.append('<Tabs groupId="%s" queryString>' % line[6:])
        elif line.startswith("@tab "):
            parts = line[5:].split("|")
            if in_tab:
                out += ["", "</TabItem>"]
            out += ['<TabItem value="%s" label="%s"%s>' % (parts[0], parts[1],
                                                          " default" if len(parts) > 2 else ""),
                    ""]
            in_tab = True
        elif line == "@endtabs":
            out += ["", "</TabItem>", "</Tabs>"]
            in_tab = False
        elif line.startswith("@faq "):
            out += ["<details>", "<summary>%s</summary>" % line[5:], ""]
        elif line == "@endfaq":
            out += ["", "</details>", ""]
        else:
            out.append(line)
    text = "\n".join(out) + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
