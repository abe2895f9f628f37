#!/usr/bin/python3
"""Make docs/Wikipedia-20251102141907.xml from tools/Wikipedia-20251102141907.txt.

The file is what English Wikipedia's Special:Export returns (and the browser saves under the
name Wikipedia-<yyyymmddhhmmss>.xml) for three titles typed into its box with "Include only
the current revision, not the full history" ticked and "Include templates" left off: the
article "Naxalite–Maoist insurgency", its talk page and the redirect "Naxalite insurgency".
Export schema 0.11: a <mediawiki> root with the export namespace, xsi:schemaLocation, version
and xml:lang (no XML declaration), a <siteinfo> block (sitename, dbname, base, generator,
case and the wiki's namespace list), then one <page> per title with title, ns, id, an empty
<redirect title=.../> for the redirect, and one <revision> holding id, parentid, timestamp,
contributor (username and id), <minor /> where flagged, the edit summary, origin, model,
format, the wikitext in <text bytes=.. sha1=.. xml:space="preserve"> and the revision's sha1
(SHA-1 of the UTF-8 text written in base 36, 31 digits, as MediaWiki stores it). Text and
attributes are escaped as MediaWiki's dumper does it: & < > and " become entities,
apostrophes stay as they are; the wikitext carries no trailing newline.

Source markup: each page starts with an "@@PAGE" line, "key: value" header lines, and an
"@@TEXT" line; the wikitext follows to the next "@@PAGE".

Run from anywhere: /usr/bin/python3 tools/make_mediawiki.py [OUT]  (output is byte-for-byte stable)
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Wikipedia-20251102141907"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".xml")

NAMESPACES = [
    (-2, "Media"), (-1, "Special"), (0, ""), (1, "Talk"), (2, "User"), (3, "User talk"),
    (4, "Wikipedia"), (5, "Wikipedia talk"), (6, "File"), (7, "File talk"), (8, "MediaWiki"),
    (9, "MediaWiki talk"), (10, "Template"), (11, "Template talk"), (12, "Help"),
    (13, "Help talk"), (14, "Category"), (15, "Category talk"), (100, "Portal"),
    (101, "Portal talk"), (118, "Draft"), (119, "Draft talk"), (126, "MOS"), (127, "MOS talk"),
    (710, "TimedText"), (711, "TimedText talk"), (828, "Module"), (829, "Module talk"),
    (1728, "Event"), (1729, "Event talk"),
]
MINOR = {"Naxalite insurgency"}
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def base36_sha1(text):
    n = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = DIGITS[r] + out
    return out.rjust(31, "0")


def pages(src):
    chunks = src.split("@@PAGE\n")[1:]
    for chunk in chunks:
        head, text = chunk.split("@@TEXT\n", 1)
        meta = {}
        for line in head.strip("\n").split("\n"):
            k, v = line.split(": ", 1)
            meta[k] = v
        yield meta, text.rstrip("\n")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    o = ['<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ '
         'http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">',
         "  <siteinfo>",
         "    <sitename>Wikipedia</sitename>",
         "    <dbname>enwiki</dbname>",
         "    <base>https://en.wikipedia.org/wiki/Main_Page</base>",
         "    <generator>MediaWiki 1.45.0-wmf.25</generator>",
         "    <case>first-letter</case>",
         "    <namespaces>"]
    for key, name in NAMESPACES:
        if name:
            o.append('      <namespace key="%d" case="first-letter">%s</namespace>' % (key, name))
        else:
            o.append('      <namespace key="%d" case="first-letter" />' % key)
    o += ["    </namespaces>", "  </siteinfo>"]
    for meta, text in pages(src):
        o.append("  <page>")
        o.append("    <title>%s</title>" % esc(meta["title"]))
        o.append("    <ns>%s</ns>" % meta["ns"])
        o.append("    <id>%s</id>" % meta["id"])
        if "redirect" in meta:
            o.append('    <redirect title="%s" />' % esc(meta["redirect"]))
        o.append("    <revision>")
        o.append("      <id>%s</id>" % meta["revid"])
        o.append("      <parentid>%s</parentid>" % meta["parentid"])
        o.append("      <timestamp>%s</timestamp>" % meta["timestamp"])
        o.append("      <contributor>")
        o.append("        <username>%s</username>" % esc(meta["user"]))
        o.append("        <id>%s</id>" % meta["userid"])
        o.append("      </contributor>")
        if meta["title"] in MINOR:
            o.append("      <minor />")
        o.append("      <comment>%s</comment>" % esc(meta["comment"]))
        o.append("      <origin>%s</origin>" % meta["revid"])
        o.append("      <model>wikitext</model>")
        o.append("      <format>text/x-wiki</format>")
        sha = base36_sha1(text)
        o.append('      <text bytes="%d" sha1="%s" xml:space="preserve">%s</text>'
                 % (len(text.encode("utf-8")), sha, esc(text)))
        o.append("      <sha1>%s</sha1>" % sha)
        o.append("    </revision>")
        o.append("  </page>")
    o.append("</mediawiki>")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
