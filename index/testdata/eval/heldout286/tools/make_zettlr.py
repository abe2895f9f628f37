#!/usr/bin/python3
"""Make docs/rc-dutt-economic-history.md from tools/rc-dutt-economic-history.txt.

The file is a note as Zettlr keeps it on disk: a YAML front matter block (title, author,
date, the Zettelkasten id Zettlr also uses in links, keywords, lang, csl, link-citations and
the bibliography itself as a pandoc `references:` list in CSL YAML, the way Zotero's Better
BibTeX writes it: family/given names, `issued: - year:`, page ranges, container titles,
URLs and access dates), closed by "...", then the note body from the source text unchanged:
inline #tags, [[id]] links, pandoc citations ([@key], [@key, 29], [@a; @b]), footnotes,
==highlights==, pipe tables with alignment rows, task lists, an HTML comment and a closing
"# References" heading over an empty ::: {#refs} div that pandoc fills on export.

Run from anywhere: /usr/bin/python3 tools/make_zettlr.py [OUT]
(OUT defaults to docs/rc-dutt-economic-history.md.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rc-dutt-economic-history.txt")
OUT = os.path.join(HERE, "..", "docs", "rc-dutt-economic-history.md")

META = [
    ("title", '"R. C. Dutt: land revenue, famines and the drain"'),
    ("subtitle", '"Zettel for GS-I (Modern India) and the Essay paper"'),
    ("author", "Ananya R."),
    ("date", "2025-03-11"),
    ("id", "20250311094512"),
]
KEYWORDS = ["drain of wealth", "R. C. Dutt", "land revenue", "famines", "deindustrialisation",
            "economic nationalism"]
TAIL = [
    ("lang", "en-GB"),
    ("csl", "chicago-author-date.csl"),
    ("link-citations", "true"),
]

REFS = [
    {"id": "chandra1966", "type": "book",
     "author": [("Chandra", "Bipan")],
     "title": "The Rise and Growth of Economic Nationalism in India: Economic Policies of "
              "Indian National Leadership, 1880-1905",
     "publisher": "People's Publishing House", "publisher-place": "New Delhi", "year": 1966},
    {"id": "dutt1900", "type": "book",
     "author": [("Dutt", "Romesh Chunder")],
     "title": "Open Letters to Lord Curzon on Famines and Land Assessments in India",
     "publisher": "Kegan Paul, Trench, Trübner & Co.", "publisher-place": "London", "year": 1900},
    {"id": "dutt1902", "type": "book",
     "author": [("Dutt", "Romesh Chunder")],
     "title": "The Economic History of India under Early British Rule: From the Rise of the "
              "British Power in 1757 to the Accession of Queen Victoria in 1837",
     "publisher": "Kegan Paul, Trench, Trübner & Co.", "publisher-place": "London", "year": 1902},
    {"id": "dutt1904", "type": "book",
     "author": [("Dutt", "Romesh Chunder")],
     "title": "The Economic History of India in the Victorian Age: From the Accession of Queen "
              "Victoria in 1837 to the Commencement of the Twentieth Century",
     "publisher": "Kegan Paul, Trench, Trübner & Co.", "publisher-place": "London", "year": 1904},
    {"id": "gupta1911", "type": "book",
     "author": [("Gupta", "J. N.")],
     "title": "Life and Work of Romesh Chunder Dutt, C.I.E.",
     "publisher": "J. M. Dent & Sons", "publisher-place": "London", "year": 1911},
    {"id": "morris1963", "type": "article-journal",
     "author": [("Morris", "Morris David")],
     "title": "Towards a Reinterpretation of Nineteenth-Century Indian Economic History",
     "container-title": "The Journal of Economic History", "volume": "23", "issue": "4",
     "page": "606-618", "year": 1963},
    {"id": "naoroji1901", "type": "book",
     "author": [("Naoroji", "Dadabhai")],
     "title": "Poverty and Un-British Rule in India",
     "publisher": "Swan Sonnenschein & Co.", "publisher-place": "London", "year": 1901},
    {"id": "roy2020", "type": "book",
     "author": [("Roy", "Tirthankar")],
     "title": "The Economic History of India, 1857-2010", "edition": "4",
     "publisher": "Oxford University Press", "publisher-place": "New Delhi", "year": 2020},
]
ORDER = ["id", "type", "author", "title", "container-title", "volume", "issue", "page",
         "edition", "publisher", "publisher-place", "year"]


def yaml_str(s):
    if any(c in s for c in ":#&,'\"[]{}") or s != s.strip():
        return "'" + s.replace("'", "''") + "'"
    return s


def front_matter():
    out = ["---"]
    for k, v in META:
        out.append("%s: %s" % (k, v))
    out.append("keywords:")
    out += ["  - %s" % yaml_str(k) for k in KEYWORDS]
    for k, v in TAIL:
        out.append("%s: %s" % (k, v))
    out.append("references:")
    for ref in REFS:
        first = True
        for key in ORDER:
            if key not in ref:
                continue
            lead = "  - " if first else "    "
            first = False
            val = ref[key]
            if key == "author":
                out.append(lead + "author:")
                for family, given in val:
                    out.append("      - family: %s" % yaml_str(family))
                    out.append("        given: %s" % yaml_str(given))
            elif key == "year":
                out.append(lead + "issued:")
                out.append("      - year: %d" % val)
            else:
                out.append(lead + "%s: %s" % (key, yaml_str(val)))
    out.append("...")
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        body = f.read()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(front_matter() + "\n" + body)


if __name__ == "__main__":
    main()
