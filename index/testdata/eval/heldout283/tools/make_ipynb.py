#!/usr/bin/python3
"""Make docs/gva-gdp-national-accounts-colab.ipynb from tools/gva-gdp-national-accounts-colab.txt.

The notebook imitates what Google Colab writes for File > Download > Download .ipynb: nbformat 4
with nbformat_minor 0 written first, Colab's notebook metadata (provenance, toc_visible, an
authorship_tag), 2-space JSON indent with non-ASCII kept as it is, sources as lists of lines,
text cells as {cell_type, source, metadata{id}}, code cells as {cell_type, source, metadata,
execution_count, outputs} (the very first code cell keeps the template's sorted key order), and
per-output metadata {colab{base_uri, height}, id, outputId}. Outputs: stdout streams, an error
with an ANSI-coloured IPython traceback, DataFrames as text/plain + Colab's "colab-df-container"
HTML + the application/vnd.google.colaboratory.intrinsic+json summary, and a matplotlib figure
as a base64 PNG (drawn here with zlib, so it is byte-for-byte stable).

Run from anywhere: /usr/bin/python3 tools/make_ipynb.py [OUTPUT]
"""
import base64
import json
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gva-gdp-national-accounts-colab.txt")
OUT = os.path.join(HERE, "..", "docs", "gva-gdp-national-accounts-colab.ipynb")

SVG_TABLE = ('<svg xmlns="http://www.w3.org/2000/svg" height="24px" viewBox="0 -960 960 960">\n'
             '    <path d="M120-120v-720h720v720H120Zm60-500h600v-160H180v160Zm220 220h160v-160H400v160Zm0 '
             '220h160v-160H400v160ZM180-400h160v-160H180v160Zm440 0h160v-160H620v160ZM180-180h160v-160H180v160Zm440 '
             '0h160v-160H620v160Z"/>\n  </svg>')

DF_STYLE = """<style scoped>
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

CONVERT_STYLE = """  <style>
    .colab-df-container {
      display:flex;
      gap: 12px;
    }

    .colab-df-convert {
      background-color: #E8F0FE;
      border: none;
      border-radius: 50%;
      cursor: pointer;
      display: none;
      fill: #1967D2;
      height: 32px;
      padding: 0 0 0 0;
      width: 32px;
    }

    .colab-df-convert:hover {
      background-color: #E2EBFA;
      box-shadow: 0px 1px 2px rgba(60, 64, 67, 0.3), 0px 1px 3px 1px rgba(60, 64, 67, 0.15);
      fill: #174EA6;
    }

    [theme=dark] .colab-df-convert {
      background-color: #3B4455;
      fill: #D2E3FC;
    }
  </style>"""


def lines_of(text):
    """Jupyter's list-of-lines form of a string."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def html_table(index_name, header, rows):
    out = ['<table border="1" class="dataframe">', "  <thead>",
           '    <tr style="text-align: right;">', "      <th></th>"]
    out += ["      <th>%s</th>" % esc(c) for c in header]
    out.append("    </tr>")
    if index_name:
        out += ["    <tr>", "      <th>%s</th>" % esc(index_name)]
        out += ["      <th></th>" for _ in header]
        out.append("    </tr>")
    out += ["  </thead>", "  <tbody>"]
    for r in rows:
        out += ["    <tr>", "      <th>%s</th>" % esc(r[0])]
        out += ["      <td>%s</td>" % esc(c) for c in r[1:]]
        out.append("    </tr>")
    out += ["  </tbody>", "</table>"]
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def df_html(dfid, var, index_name, header, rows):
    return "\n".join([
        '\n  <div id="%s" class="colab-df-container">' % dfid,
        "    <div>",
        DF_STYLE,
        html_table(index_name, header, rows),
        "</div>",
        '    <div class="colab-df-buttons">',
        "",
        '  <div class="colab-df-container">',
        '    <button class="colab-df-convert" onclick="convertToInteractive(\'%s\')"' % dfid,
        '            title="Convert this dataframe to an interactive table."',
        '            style="display:none;">',
        "",
        "  " + SVG_TABLE,
        "    </button>",
        "",
        CONVERT_STYLE,
        "",
        "    <script>",
        "      const buttonEl =",
        "        document.querySelector('#%s button.colab-df-convert');" % dfid,
        "      buttonEl.style.display =",
        "        google.colab.kernel.accessAllowed ? 'block' : 'none';",
        "",
        "      async function convertToInteractive(key) {",
        "        const element = document.querySelector('#%s');" % dfid,
        "        const dataTable =",
        "          await google.colab.kernel.invokeFunction('convertToInteractive',",
        "                                                    [key], {});",
        "        if (!dataTable) return;",
        "",
        "        const docLinkHtml = 'Like what you see? Visit the ' +",
        "          '<a target=\"_blank\" href=https://colab.research.google.com/notebooks/data_table.ipynb>data table notebook</a>'",
        "          + ' to learn more about interactive tables.';",
        "        element.innerHTML = '';",
        "        dataTable['output_type'] = 'display_data';",
        "        await google.colab.output.renderOutput(dataTable, element);",
        "        const docLink = document.createElement('div');",
        "        docLink.innerHTML = docLinkHtml;",
        "        element.appendChild(docLink);",
        "      }",
        "    </script>",
        "  </div>",
        "",
        "",
        '  <div id="id_%s">' % dfid[3:],
        "    <style>",
        "      .colab-df-generate {",
        "        background-color: #E8F0FE;",
        "        border: none;",
        "        border-radius: 50%;",
        "        cursor: pointer;",
        "        display: none;",
        "        fill: #1967D2;",
        "        height: 32px;",
        "        padding: 0 0 0 0;",
        "        width: 32px;",
        "      }",
        "    </style>",
        '    <button class="colab-df-generate" onclick="generateWithVariable(\'%s\')"' % var,
        '            title="Generate code using this dataframe."',
        '            style="display:none;">',
        "",
        '  <svg xmlns="http://www.w3.org/2000/svg" height="24px"viewBox="0 0 24 24"',
        '       width="24px">',
        '    <path d="M7,19H8.4L18.45,9,17,7.55,7,17.6ZM5,21V16.75L18.45,3.32a2,2,0,0,1,2.83,0l1.4,1.43a1.91,'
        '1.91,0,0,1,.58,1.4,1.91,1.91,0,0,1-.58,1.4L9.25,21ZM18.45,9,17,7.55Zm-12,3A5.31,5.31,0,0,0,4.9,8.1,'
        '5.31,5.31,0,0,0,1,6.5,5.31,5.31,0,0,0,4.9,4.9,5.31,5.31,0,0,0,6.5,1,5.31,5.31,0,0,0,8.1,4.9,5.31,'
        '5.31,0,0,0,12,6.5,5.46,5.46,0,0,0,6.5,12Z"/>',
        "  </svg>",
        "    </button>",
        "    <script>",
        "      (() => {",
        "      const buttonEl =",
        "        document.querySelector('#id_%s button.colab-df-generate');" % dfid[3:],
        "      buttonEl.style.display =",
        "        google.colab.kernel.accessAllowed ? 'block' : 'none';",
        "",
        "      buttonEl.onclick = () => {",
        "        google.colab.notebook.generateWithVariable('%s');" % var,
        "      }",
        "      })();",
        "    </script>",
        "  </div>",
        "",
        "    </div>",
        "  </div>",
        "",
    ])


def df_summary(var, index_name, header, rows):
    fields = []
    cols = list(zip(*[r[1:] for r in rows]))
    if index_name:
        fields.append(("%s" % index_name, [r[0] for r in rows]))
    fields += list(zip(header, cols))
    out = []
    for name, vals in fields:
        try:
            nums = [float(v) for v in vals]
        except ValueError:
            nums = None
        if nums is not None:
            mean = sum(nums) / len(nums)
            std = (sum((x - mean) ** 2 for x in nums) / (len(nums) - 1)) ** 0.5
            props = {"dtype": "number", "std": round(std, 15), "min": min(nums), "max": max(nums),
                     "num_unique_values": len(set(nums)), "samples": sorted(set(nums), reverse=True),
                     "semantic_type": "", "description": ""}
        else:
            props = {"dtype": "string", "num_unique_values": len(set(vals)),
                     "samples": list(vals), "semantic_type": "", "description": ""}
        out.append({"column": name, "properties": props})
    return json.dumps({"name": var, "rows": len(rows), "fields": out}, indent=2)


def png_chart():
    """A 630 x 470 bar chart in matplotlib's default look (axes box, teal bars, grey dashed line)."""
    W, H = 630, 470
    white, black, teal, grey = (255, 255, 255), (0, 0, 0), (0, 128, 128), (128, 128, 128)
    px = [[white] * W for _ in range(H)]

    def rect(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(H, y1)):
            row = px[y]
            for x in range(max(0, x0), min(W, x1)):
                row[x] = c

    left, right, top, bottom = 62, 612, 36, 392
    vals = [6.7, 5.4, 6.2, 7.4, 7.8, 8.2]
    ymax = 8.61
    n = len(vals)
    slot = (right - left) / n
    for i, v in enumerate(vals):
        x0 = int(left + slot * i + slot * 0.25)
        x1 = int(left + slot * i + slot * 0.75)
        y0 = int(bottom - (bottom - top) * v / ymax)
        rect(x0, y0, x1, bottom, teal)
        rect((x0 + x1) // 2, bottom, (x0 + x1) // 2 + 1, bottom + 5, black)
    yl = int(bottom - (bottom - top) * 6.5 / ymax)
    for x in range(left, right, 9):
        rect(x, yl, x + 5, yl + 1, grey)
    for t in range(0, 9, 2):
        y = int(bottom - (bottom - top) * t / ymax)
        rect(left - 5, y, left, y + 1, black)
    rect(left, top, right, top + 1, black)
    rect(left, bottom, right, bottom + 1, black)
    rect(left, top, left + 1, bottom, black)
    rect(right - 1, top, right, bottom, black)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode("ascii")


def ansi_traceback(text):
    frames = [f for f in text.split("\n\n")]
    out = []
    for f in frames:
        lines = []
        for line in f.split("\n"):
            if line.startswith("-----"):
                line = "\x1b[0;31m%s\x1b[0m" % line
            elif re.match(r"^\w+Error\s+Traceback", line):
                name, rest = line.split(" ", 1)
                line = "\x1b[0;31m%s\x1b[0m %s" % (name, rest)
            elif re.match(r"^\w+Error: ", line):
                name, rest = line.split(": ", 1)
                line = "\x1b[0;31m%s\x1b[0m: %s" % (name, rest)
            elif " in " in line and not line.startswith(" ") and not line.startswith("-"):
                where, func = line.rsplit(" in ", 1)
                m = re.match(r"(.*?)(\(.*\))$", func)
                fn, args = (m.group(1), m.group(2)) if m else (func, "")
                line = "\x1b[0;32m%s\x1b[0m in \x1b[0;36m%s\x1b[0;34m%s\x1b[0m" % (where, fn, args)
            elif re.match(r"^(-+>|->) *\d+", line):
                m = re.match(r"^(-+> *\d+)(.*)$", line)
                line = "\x1b[0;32m%s\x1b[0;31m%s\x1b[0m" % (m.group(1), m.group(2))
            elif re.match(r"^ +\d+ ", line):
                m = re.match(r"^( +\d+)(.*)$", line)
                line = "\x1b[0;32m%s\x1b[0m%s" % (m.group(1), m.group(2))
            lines.append(line)
        out.append("\n".join(lines))
    return out


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = [l for l in f.read().split("\n") if not l.startswith("%%%")]
    cells, cur, outp = [], None, None
    for line in raw:
        if line.startswith("@@> "):
            kind, _, arg = line[4:].partition(" ")
            if kind == "table":
                outp["table"] = {"index": None if arg == "-" else arg, "rows": []}
            else:
                outp = {"kind": kind, "arg": arg, "lines": []}
                cur["outputs"].append(outp)
            continue
        if line.startswith("@@ "):
            f = line[3:].split(" ")
            if f[0] == "md":
                cur = {"type": "markdown", "id": f[1], "lines": []}
            else:
                cur = {"type": "code", "id": f[1], "exec": None if f[2] == "null" else int(f[2]),
                       "out_id": None if f[3] == "-" else f[3],
                       "height": None if f[4] == "-" else int(f[4]), "lines": [], "outputs": []}
            cells.append(cur)
            outp = None
            continue
        if outp is not None and "table" in outp:
            outp["table"]["rows"].append([c.strip() for c in line.split(" | ")])
        elif outp is not None:
            outp["lines"].append(line)
        else:
            cur["lines"].append(line)
    return cells


def strip_tail(lines):
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def build_output(o):
    text = "\n".join(strip_tail(o["lines"]))
    k = o["kind"]
    if k in ("stdout", "stderr"):
        return {"output_type": "stream", "name": k, "text": lines_of(text + "\n")}
    if k == "error":
        ename, evalue = o["arg"].split("|", 1)
        return {"output_type": "error", "ename": ename, "evalue": evalue,
                "traceback": ansi_traceback(text)}
    if k == "figure":
        return {"output_type": "display_data",
                "data": {"text/plain": lines_of(text), "image/png": png_chart()},
                "metadata": {}}
    if k == "df":
        exe, var, dfid = o["arg"].split(" ")
        t = o["table"]
        header, rows = t["rows"][0][1:], t["rows"][1:]
        return {"output_type": "execute_result",
                "data": {"text/plain": lines_of(text),
                         "text/html": lines_of(df_html(dfid, var, t["index"], header, rows)),
                         "application/vnd.google.colaboratory.intrinsic+json": {
                             "type": "dataframe", "variable_name": var,
                             "summary": df_summary(var, t["index"], header, rows)}},
                "metadata": {}, "execution_count": int(exe)}
    raise ValueError(k)


def build_cell(c, first_code):
    src = lines_of("\n".join(strip_tail(c["lines"])))
    if c["type"] == "markdown":
        return {"cell_type": "markdown", "source": src, "metadata": {"id": c["id"]}}
    meta = {}
    if c["outputs"]:
        colab = {"base_uri": "https://localhost:8080/"}
        if c["height"]:
            colab["height"] = c["height"]
        meta["colab"] = colab
    meta["id"] = c["id"]
    if c["out_id"]:
        meta["outputId"] = c["out_id"]
    outs = [build_output(o) for o in c["outputs"]]
    if first_code:
        return {"cell_type": "code", "execution_count": c["exec"], "metadata": meta,
                "outputs": outs, "source": src}
    return {"cell_type": "code", "source": src, "metadata": meta,
            "execution_count": c["exec"], "outputs": outs}


def build(out=OUT):
    cells = parse(SRC)
    built, seen_code = [], False
    for c in cells:
        built.append(build_cell(c, c["type"] == "code" and not seen_code))
        seen_code = seen_code or c["type"] == "code"
    nb = {
        "nbformat": 4,
        "nbformat_minor": 0,
        "metadata": {
            "colab": {
                "provenance": [],
                "toc_visible": True,
                "authorship_tag": "ABX9TyPq7mR2vT4xG8kLw3nZcY1s",
            },
            "kernelspec": {"name": "python3", "display_name": "Python 3"},
            "language_info": {"name": "python"},
        },
        "cells": built,
    }
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(nb, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
