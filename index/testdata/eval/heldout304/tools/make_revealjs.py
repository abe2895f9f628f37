#!/usr/bin/python3
"""Make docs/gs3-lec14-food-processing-pmksy.html from tools/gs3-lec14-food-processing-pmksy.txt.

The deck is a reveal.js presentation kept as one hand-written index.html, the way a teacher
edits the reveal.js starter file: the starter's head (charset and viewport metas, reset.css,
reveal.css and a theme, the leftover "Theme used for syntax highlighted code" comment and the
monokai stylesheet, all loaded from the jsDelivr CDN for the version in "@reveal"), a small
inline style block, div.reveal > div.slides holding the slides, and the starter's script tags and
Reveal.initialize call with its comments. Slides are <section> elements, a <section> holding
<section>s being a vertical stack; speaker notes are <aside class="notes">; fragments are
class="fragment ..." with data-fragment-index; one slide is a markdown slide
(<section data-markdown><textarea data-template>, "Note:" for its notes). Indentation is tabs.

The source holds the slides' markup indented by two spaces a level; "@title" and "@reveal"
lines set the page title and the reveal.js version. Each two leading spaces become one tab and
the slides are set four tabs deep, as in the starter file.

Run: /usr/bin/python3 tools/make_revealjs.py [output path]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs3-lec14-food-processing-pmksy.txt")
OUT = os.path.join(HERE, "..", "docs", "gs3-lec14-food-processing-pmksy.html")

HEAD = """<!doctype html>
<html lang="en">
\t<head>
\t\t<meta charset="utf-8">
\t\t<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">

\t\t<title>{title}</title>

\t\t<link rel="stylesheet" href="{cdn}/dist/reset.css">
\t\t<link rel="stylesheet" href="{cdn}/dist/reveal.css">
\t\t<link rel="stylesheet" href="{cdn}/dist/theme/white.css">

\t\t<!-- Theme used for syntax highlighted code -->
\t\t<link rel="stylesheet" href="{cdn}/plugin/highlight/monokai.css">
\t\t<style>
\t\t\t.reveal h1, .reveal h2, .reveal h3 {{ text-transform: none; }}
\t\t\t.reveal section table {{ font-size: 0.55em; }}
\t\t\t.reveal ul.news li {{ font-size: 0.62em; margin-bottom: 0.3em; }}
\t\t\t.reveal blockquote {{ font-size: 0.6em; width: 90%; }}
\t\t\t.reveal .small-table td, .reveal .small-table th {{ padding: 0.2em 0.4em; }}
\t\t\t/* TODO: the dark green looks brown on the classroom projector */
\t\t</style>
\t</head>
\t<body>
\t\t<div class="reveal">
\t\t\t<div class="slides">
"""

TAIL = """\t\t\t</div>
\t\t</div>

\t\t<script src="{cdn}/dist/reveal.js"></script>
\t\t<script src="{cdn}/plugin/notes/notes.js"></script>
\t\t<script src="{cdn}/plugin/markdown/markdown.js"></script>
\t\t<script src="{cdn}/plugin/highlight/highlight.js"></script>
\t\t<script>
\t\t\t// More info about initialization & config:
\t\t\t// - https://revealjs.com/initialization/
\t\t\t// - https://revealjs.com/config/
\t\t\tReveal.initialize({{
\t\t\t\thash: true,
\t\t\t\tslideNumber: 'c/t',
\t\t\t\ttransition: 'slide',
\t\t\t\t// showNotes: true,

\t\t\t\t// Learn about plugins: https://revealjs.com/plugins/
\t\t\t\tplugins: [ RevealMarkdown, RevealHighlight, RevealNotes ]
\t\t\t}});
\t\t</script>
\t</body>
</html>
"""


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = re.match(r"@(\w+) (.*)$", line)
            if m and not body:
                meta[m.group(1)] = m.group(2)
                continue
            body.append(line)
    while body and not body[-1].strip():
        body.pop()
    cdn = "https://cdn.jsdelivr.net/npm/reveal.js@%s" % meta["reveal"]
    lines = []
    for line in body:
        if not line.strip():
            lines.append("")
            continue
        n = len(line) - len(line.lstrip(" "))
        if n % 2:
            raise SystemExit("odd indentation: %r" % line)
        lines.append("\t" * (4 + n // 2) + line.lstrip(" "))
    text = HEAD.format(title=meta["title"], cdn=cdn) + "\n".join(lines) + "\n" + TAIL.format(cdn=cdn)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
