#!/usr/bin/python3
"""Make docs/lwe-samadhan-notes.qmd from tools/lwe-samadhan-notes.txt.

The file is a student's Quarto source as the RStudio visual editor leaves it: a YAML front
matter block (title, subtitle, author with affiliation, date, date-modified, lang, categories,
an html format with toc, number-sections and code-fold plus a pdf format with KOMA-Script
options, execute and knitr options, crossref prefixes, bibliography and csl, editor: visual
with editor_options), then the body: "## " headings carrying {#sec-...} ids (and
{.unnumbered} on References), one paragraph per line, "- " and "1. " lists, a pipe table with
its ": caption {#tbl-...}" line, callouts written both as "::: callout-note" and as
"::: {.callout-tip collapse=\"true\"}" with a "## " title inside, a {{< pagebreak >}}
shortcode, an HTML comment, inline footnotes ^[...], cross-references @sec-, @fig- and @tbl-,
a ::: {#refs} div, and R and Python code chunks with #| options (the Python one run through
reticulate from the knitr engine).

Source markup: the body as it stands in the .qmd, with each code chunk written as a
<<chunk:label>> line; the YAML header and the chunks' code are kept in this script.

Run from anywhere: /usr/bin/python3 tools/make_quarto.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lwe-samadhan-notes"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".qmd")

YAML = '''---
title: "Left Wing Extremism: SAMADHAN, schemes and the security-development mix"
subtitle: "GS-III Internal Security | Topic 4 | revision notes v3"
author:
  - name: "Aditi R."
    affiliation: "Self-study, UPSC CSE 2026"
date: 2025-10-19
date-modified: last-modified
lang: en-GB
categories: [GS3, internal-security, LWE, schemes]
format:
  html:
    toc: true
    toc-depth: 2
    toc-title: "On this page"
    number-sections: true
    code-fold: true
    code-summary: "Show the code"
    theme: [cosmo, notes.scss]
    embed-resources: true
  pdf:
    documentclass: scrartcl
    papersize: a4
    geometry:
      - margin=2cm
execute:
  echo: true
  warning: false
  message: false
knitr:
  opts_chunk:
    dev: "ragg_png"
    fig.align: "center"
crossref:
  fig-prefix: Figure
  tbl-prefix: Table
bibliography: lwe.bib
csl: chicago-author-date.csl
editor: visual
editor_options:
  chunk_output_type: console
---
'''

CHUNKS = {
    "setup": '''```{r}
#| label: setup
#| include: false
library(tidyverse)
library(reticulate)
use_virtualenv("~/.virtualenvs/upsc", required = TRUE)
theme_set(theme_minimal(base_size = 11))
```''',
    "fig-districts": '''```{r}
#| label: fig-districts
#| fig-cap: "LWE-affected districts in the MHA's SRE list, 2018-2025"
#| fig-width: 7
#| fig-height: 3.5
districts <- tribble(
  ~list,       ~total, ~most_affected,
  "Apr 2018",      90,             30,
  "2021",          70,             25,
  "2024",          38,             12,
  "Apr 2025",      18,              6,
  "Oct 2025",      11,              3
)

districts |>
  mutate(list = fct_inorder(list)) |>
  pivot_longer(-list, names_to = "grade", values_to = "n") |>
  ggplot(aes(list, n, fill = grade)) +
  geom_col(position = "dodge", width = 0.7) +
  scale_fill_manual(values = c(most_affected = "#b2182b", total = "#999999")) +
  labs(x = NULL, y = "districts", fill = NULL)
```''',
    "decline": '''```{python}
#| label: decline
#| echo: false
peak = {"incidents": 1936, "deaths": 1005}   # 2010, MHA
now = {"incidents": 374, "deaths": 150}      # 2024, MHA
for k in peak:
    print(f"{k}: down {100 * (peak[k] - now[k]) / peak[k]:.0f}% since 2010")
```''',
}


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        body = f.read()
    body = re.sub(r"^<<chunk:([\w-]+)>>$", lambda m: CHUNKS[m.group(1)], body, flags=re.M)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(YAML + body)


if __name__ == "__main__":
    main()
