#!/usr/bin/python3
"""Re-make docs/epr-plastic-packaging-hugo-post.md from tools/epr-plastic-packaging-hugo-post.txt,
byte for byte.

The .md is a Hugo content file (content/posts/…/index.md of a PaperMod-themed blog) as its author
keeps it in git: TOML front matter between +++ lines (title, date, lastmod, draft, author, slug,
tags, categories, summary, toc, ShowReadingTime and a [cover] table), a <!--more--> summary
divider after the opening paragraph, {{< figure >}}, {{< notice info >}}…{{< /notice >}},
{{% details title=… %}}…{{% /details %}} and {{< youtube >}} shortcodes, a relref link, headings,
bullet and numbered lists, a pipe table, an italic update note and footnotes.
Run: /usr/bin/python3 tools/make_hugo.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "epr-plastic-packaging-hugo-post.txt")
OUT = os.path.join(HERE, "..", "docs", "epr-plastic-packaging-hugo-post.md")


def q(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def build(src):
    meta, body = {}, []
    for line in src.split("\n"):
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.strip():
            body.append(line)
    fm = ["+++",
          "title = %s" % q(meta["title"]),
          "date = %s" % meta["date"],
          "lastmod = %s" % meta["lastmod"],
          "draft = false",
          "author = %s" % q(meta["author"]),
          "slug = %s" % q(meta["slug"]),
          "tags = [%s]" % ", ".join(q(t.strip()) for t in meta["tags"].split("|")),
          "categories = [%s]" % ", ".join(q(t.strip()) for t in meta["categories"].split("|")),
          "summary = %s" % q(meta["summary"]),
          "toc = true",
          "ShowReadingTime = true",
          "",
          "[cover]",
          "  image = %s" % q(meta["cover"].split("|")[0].strip()),
          "  alt = %s" % q(meta["cover"].split("|")[1].strip()),
          "  relative = false",
          "+++",
          ""]
    out = []
    prev = None
    in_table = False
    for line in body:
        line = re.sub(r"\]\(REF:([^)]+)\)", r']({{< relref "\1" >}})', line)
        kind = "p"
        if line == "MORE":
            chunk = ["<!--more-->"]
        elif line.startswith("FIGURE "):
            src_, alt, cap = [x.strip() for x in line[7:].split("|")]
            chunk = ["{{< figure src=%s alt=%s caption=%s >}}" % (q(src_), q(alt), q(cap))]
        elif line == "NOTICE info":
            chunk, kind = ["{{< notice info >}}"], "open"
        elif line == "ENDNOTICE":
            chunk, kind = ["{{< /notice >}}"], "close"
        elif line.startswith("DETAILS "):
            chunk, kind = ["{{%% details title=%s %%}}" % q(line[8:])], "open"
        elif line == "ENDDETAILS":
            chunk, kind = ["{{% /details %}}"], "close"
        elif line.startswith("YOUTUBE "):
            chunk = ["{{< youtube %s >}}" % line[8:]]
        elif line.startswith("TABLE: "):
            cells = [c.strip() for c in line[7:].split("|")]
            chunk = ["| %s |" % " | ".join(cells), "|%s|" % "|".join(["---"] * len(cells))]
            kind = "table"
        elif line.startswith("ROW: "):
            chunk = ["| %s |" % " | ".join(c.strip() for c in line[5:].split("|"))]
            kind = "row"
        elif line.startswith("FOOTNOTE "):
            n, _, t = line[9:].partition(": ")
            chunk, kind = ["[^%s]: %s" % (n, t)], "fn"
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            chunk, kind = [line], "li"
        elif line.startswith("#"):
            chunk, kind = [line], "h"
        else:
            chunk = [line]
        if out:
            tight = ((kind == "li" and prev == "li") or (kind == "row") or (prev == "open")
                     or (kind == "close") or (kind == "fn" and prev == "fn"))
            if not tight:
                out.append("")
        out.extend(chunk)
        prev = kind
    return "\n".join(fm + out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build(open(SRC, encoding="utf-8").read()).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
