#!/usr/bin/python3
"""Make docs/attorney-general-article-76.md from tools/attorney-general-article-76.txt.

The page is one Markdown source file of an MkDocs Material notes site (docs/polity/ in the
site's own tree): YAML front matter (title, description, icon, tags, status, hide, search
boost, comments), then the body kept in the .txt (admonitions, content tabs, grid cards, a
definition list, an annotated paragraph, tables, footnotes), then the page's abbreviation
list and the snippet line the site uses to pull in its shared glossary, as a writer of such a
site keeps them at the foot of the page. Lines end in LF; the file ends in one newline.

Run from anywhere: /usr/bin/python3 tools/make_md.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "attorney-general-article-76.txt")
OUT = os.path.join(HERE, "..", "docs", "attorney-general-article-76.md")

FRONT = """---
title: Attorney General of India (Article 76)
description: >-
  UPSC GS-II Polity notes on the Attorney General for India: appointment,
  term, duties, rights and limitations, past AGs, PYQ-style MCQ and 2023-25 news.
icon: material/scale-balance
tags:
  - GS-II
  - Polity
  - Constitutional posts
  - Law officers
status: updated
hide:
  - navigation
search:
  boost: 2
comments: true
---

"""

ABBR = [
    ("AG", "Attorney General for India"),
    ("SG", "Solicitor General of India"),
    ("ACC", "Appointments Committee of the Cabinet"),
    ("CJI", "Chief Justice of India"),
    ("PYQ", "Previous Year Question"),
    ("MCQ", "Multiple Choice Question"),
]


def build():
    with open(SRC, encoding="utf-8") as f:
        body = f.read().rstrip("\n") + "\n"
    foot = "\n" + "".join("*[%s]: %s\n" % a for a in ABBR)
    foot += '\n--8<-- "includes/abbreviations.md"\n'
    data = FRONT + body + foot
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build()
