#!/usr/bin/python3
"""Re-make docs/dpdp-act-rules-docusaurus.mdx byte for byte from its source text.

The source (tools/dpdp-act-rules-docusaurus.txt) holds the front matter as "@key value" lines and
the page body with light marks, which this script turns into Docusaurus 3 MDX:
  == Heading | id          ->  ## Heading {#id}          (=== for ###)
  [tabs group] [tab value | Label] ... [/tabs]  ->  <Tabs groupId=…><TabItem value=… label=…>
  [details Summary] ... [/details]              ->  <details><summary>…</summary> … </details>
  [admonition type | Title] ... [/admonition]    ->  <Admonition type=… title=…> … </Admonition>
  [tip Title] / [caution Title] / [note] ... [/] ->  :::tip[Title] … :::
  [code lang | title] ... [/code]                ->  ```lang title="…" … ```
  [comment text]                                 ->  {/* text */}
  [hl colour|text] (inline)                      ->  <Highlight color="colour">text</Highlight>
  [export Highlight]                             ->  the export const at the end
Everything else (paragraphs, lists, pipe tables, **bold**, links) is copied as written.
Deterministic. Usage: make_mdx.py [OUT]   (default: docs/dpdp-act-rules-docusaurus.mdx)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "dpdp-act-rules-docusaurus.txt")
OUT = os.path.join(ROOT, "docs", "dpdp-act-rules-docusaurus.mdx")

EXPORT = """export const Highlight = ({children, color}) => (
  <span
    style={{
      backgroundColor: color,
      borderRadius: '2px',
      color: '#fff',
      padding: '0.2rem',
    }}>
    {children}
  </span>
);
"""


def inline(line):
    return re.sub(r"\[hl (#[0-9a-fA-F]{6})\|(.+?)\]", r'<Highlight color="\1">\2</Highlight>', line)


def build(src):
    lines = src.split("\n")
    meta = {}
    body_start = 0
    for n, line in enumerate(lines):
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.strip():
            body_start = n
            break
    out = ["---"]
    out.append("id: %s" % meta["id"])
    out.append("title: %s" % meta["title"])
    out.append("sidebar_label: %s" % meta["sidebar_label"])
    out.append("sidebar_position: %s" % meta["sidebar_position"])
    out.append("description: %s" % meta["description"])
    out.append("tags: [%s]" % meta["tags"])
    date, author = [x.strip() for x in meta["last_update"].split("|")]
    out.append("last_update:")
    out.append("  date: %s" % date)
    out.append("  author: %s" % author)
    out.append("---")
    out.append("")
    out.append("import Tabs from '@theme/Tabs';")
    out.append("import TabItem from '@theme/TabItem';")
    out.append("import Admonition from '@theme/Admonition';")
    out.append("")
    stack = []
    first_tab = False
    for line in lines[body_start:]:
        m = re.match(r"^(={2,3}) (.+?) \| ([a-z0-9-]+)$", line)
        if m:
            out.append("%s %s {#%s}" % ("#" * len(m.group(1)), m.group(2), m.group(3)))
            continue
        m = re.match(r"^\[tabs ([a-z0-9-]+)\]$", line)
        if m:
            out.append('<Tabs groupId="%s">' % m.group(1))
            stack.append("tabs")
            first_tab = True
            continue
        m = re.match(r"^\[tab ([a-z0-9-]+) \| (.+)\]$", line)
        if m:
            if not first_tab:
                out.append("")
                out.append("  </TabItem>")
            out.append('  <TabItem value="%s" label="%s"%s>' % (m.group(1), m.group(2), " default" if first_tab else ""))
            out.append("")
            first_tab = False
            continue
        if line == "[/tabs]":
            out.append("")
            out.append("  </TabItem>")
            out.append("</Tabs>")
            stack.pop()
            continue
        m = re.match(r"^\[details (.+)\]$", line)
        if m:
            out.append("<details>")
            out.append("  <summary>%s</summary>" % m.group(1))
            out.append("")
            continue
        if line == "[/details]":
            out.append("")
            out.append("</details>")
            continue
        m = re.match(r"^\[admonition ([a-z]+) \| (.+)\]$", line)
        if m:
            out.append('<Admonition type="%s" title="%s">' % (m.group(1), m.group(2)))
            out.append("")
            continue
        if line == "[/admonition]":
            out.append("")
            out.append("</Admonition>")
            continue
        m = re.match(r"^\[(tip|caution|note|info|warning|danger)(?: (.+))?\]$", line)
        if m:
            out.append(":::%s%s" % (m.group(1), "[%s]" % m.group(2) if m.group(2) else ""))
            out.append("")
            continue
        if line == "[/]":
            out.append("")
            out.append(":::")
            continue
        m = re.match(r"^\[code ([a-z]+) \| (.+)\]$", line)
        if m:
            out.append('```%s title="%s"' % (m.group(1), m.group(2)))
            continue
        if line == "[/code]":
            out.append("```")
            continue
        m = re.match(r"^\[comment (.+)\]$", line)
        if m:
            out.append("{/* %s */}" % m.group(1))
            continue
        if line == "[export Highlight]":
            out.append(EXPORT.rstrip("\n"))
            continue
        out.append(inline(line))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip("\n") + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build(src))


if __name__ == "__main__":
    main()
