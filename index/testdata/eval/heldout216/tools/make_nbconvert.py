#!/usr/bin/python3
"""Re-make docs/cpi-vs-target-notebook.md from its source text.

The file imitates `jupyter nbconvert --to markdown cpi-vs-target-notebook.ipynb`: markdown cells
as written; code cells in ```python fences; stream output (stdout and stderr alike), plain-text
results and tracebacks indented four spaces, each ending in a line of four spaces; pandas
DataFrames as the raw HTML of their text/html output (a <div> with a scoped <style> and a
"dataframe" table); figures as ![png](<name>_files/<name>_<cell>_<output>.png) links into a
folder that is not part of the set; blank lines between cells as nbconvert leaves them.

Run: /usr/bin/python3 tools/make_nbconvert.py [OUT]
"""
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "cpi-vs-target-notebook"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".md")

STYLE = """<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>"""


def parse(path):
    cells = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%% "):
            kind = line[3:].strip()
            if kind in ("markdown", "code"):
                cells.append({"type": kind, "src": [], "outputs": []})
            else:
                cells[-1]["outputs"].append({"type": kind.split()[1], "lines": []})
            continue
        if not cells:
            continue
        if cells[-1]["outputs"]:
            cells[-1]["outputs"][-1]["lines"].append(line)
        else:
            cells[-1]["src"].append(line)
    for c in cells:
        c["src"] = "\n".join(c["src"]).strip("\n")
        for o in c["outputs"]:
            o["text"] = "\n".join(o["lines"]).strip("\n")
    return cells


def indent(text):
    # nbconvert's indent filter on text that ends in a newline: the last line is four spaces
    return "\n".join("    " + l if l else "    " for l in (text + "\n").split("\n"))


def frame(text):
    rows = [r.split("\t") for r in text.split("\n")]
    out = ["<div>", STYLE, '<table border="1" class="dataframe">', "  <thead>",
           '    <tr style="text-align: right;">']
    for h in rows[0]:
        out.append("      <th>%s</th>" % html.escape(h, quote=False))
    out += ["    </tr>", "  </thead>", "  <tbody>"]
    for r in rows[1:]:
        out.append("    <tr>")
        out.append("      <th>%s</th>" % html.escape(r[0], quote=False))
        for c in r[1:]:
            out.append("      <td>%s</td>" % html.escape(c, quote=False))
        out.append("    </tr>")
    out += ["  </tbody>", "</table>", "</div>"]
    return "\n".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    parts = []
    for ci, c in enumerate(parse(SRC)):
        if c["type"] == "markdown":
            parts.append(c["src"] + "\n\n")
            continue
        parts.append("\n```python\n%s\n```\n\n" % c["src"])
        for oi, o in enumerate(c["outputs"]):
            if o["type"] in ("stream", "stderr", "error"):
                parts.append(indent(o["text"]) + "\n\n")
            elif o["type"] == "result":
                parts.append("\n\n\n" + indent(o["text"]) + "\n\n")
            elif o["type"] == "frame":
                parts.append("\n\n\n" + frame(o["text"]) + "\n\n\n")
            elif o["type"] == "image":
                parts.append("    \n![png](%s_files/%s_%d_%d.png)\n    \n\n" % (NAME, NAME, ci, oi))
    text = "".join(parts).rstrip("\n") + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
