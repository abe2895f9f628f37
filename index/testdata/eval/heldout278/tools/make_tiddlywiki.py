#!/usr/bin/python3
"""Re-make docs/upsc-wiki-champaran-1917.html, a TiddlyWiki 5.3.5 single-file wiki, byte for byte.

The user's tiddlers (and the small system tiddlers a saved wiki carries: $:/SiteTitle,
$:/StoryList, $:/palette, a sidebar state, the user name) come from
tools/upsc-wiki-champaran-1917.txt; this script adds the page TiddlyWiki writes around them
(the MOTW comment with its CRLF, the head and meta tags with the copyright text, boot.css in
the style area, the noscript list of titles, the JSON tiddler store with "<" written as
\u003C and one tiddler a line sorted by title, the empty legacy storeArea div, the library
and boot kernel script blocks). The $:/core and theme plugins and the boot kernel are cut down
to stubs; a real saved wiki holds them whole (about 2.5 MB).
Run: /usr/bin/python3 tools/make_tiddlywiki.py [output path]
"""
import base64
import html
import json
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "upsc-wiki-champaran-1917.txt")
OUT = os.path.join(HERE, "..", "docs", "upsc-wiki-champaran-1917.html")
VERSION = "5.3.5"
CORE_README = """This plugin contains TiddlyWiki's core components, comprising:

* JavaScript code modules
* Icons
* Templates needed to create TiddlyWiki's user interface
* British English (''en-GB'') translations of the localisable strings used by the core"""
COPYRIGHT = """TiddlyWiki created by Jeremy Ruston, (jeremy [at] jermolene [dot] com)

Copyright (c) 2004-2007, Jeremy Ruston
Copyright (c) 2007-2024, UnaMesa Association
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

* Redistributions of source code must retain the above copyright notice, this
  list of conditions and the following disclaimer.

* Redistributions in binary form must reproduce the above copyright notice,
  this list of conditions and the following disclaimer in the documentation
  and/or other materials provided with the distribution.

* Neither the name of the copyright holder nor the names of its
  contributors may be used to endorse or promote products derived from
  this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS 'AS IS'
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE."""
BOOT_CSS = """/*
Basic styles used before we boot up the parsing engine
*/

/*
Error message and password prompt
*/

.tc-error-form {
	font-family: sans-serif;
	color: #fff;
	z-index: 20000;
	position: fixed;
	background-color: rgb(255, 75, 75);
	border: 8px solid rgb(255, 0, 0);
	border-radius: 8px;
	width: 50%;
	margin-left: 25%;
	margin-top: 4em;
	padding: 0 2em 1em 2em;
}

.tc-error-form h1 {
	text-align: center;
}

.tc-error-prompt {
	text-align: center;
	color: #000;
}

.tc-error-message {
	overflow: auto;
	max-height: 40em;
	padding-right: 1em;
	margin: 1em 0;
	white-space: pre-line;
}

.tc-password-wrapper {
    font-family: sans-serif;
	z-index: 20000;
	position: fixed;
	text-align: center;
	width: 200px;
	top: 4em;
	left: 50%;
	margin-left: -144px; /* - width/2 - paddingHorz/2 - border */
	padding: 16px 16px 16px 16px;
	border-radius: 8px;
}

.tc-password-wrapper {
	color: #000;
	text-shadow: 0 1px 0 rgba(255, 255, 255, 0.5);
	background-color: rgb(197, 235, 183);
	border: 8px solid rgb(164, 197, 152);
}

.tc-password-wrapper form {
	text-align: left;
}

.tc-password-wrapper h1 {
	font-size: 16px;
	line-height: 20px;
	padding-bottom: 16px;
}

.tc-password-wrapper input {
	width: 100%;
}
"""


def read_tiddlers(path):
    """Parse the source: a list of (fields in order, text) per tiddler."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    blocks = src.split("\n@@@\n")[1:]
    out = []
    for b in blocks:
        if b.endswith("\n---"):
            b += "\n"
        head, _, text = b.partition("\n---\n")
        if text.endswith("\n"):
            text = text[:-1]
        fields = []
        for line in head.split("\n"):
            if line == "text":
                fields.append(("text", None))
            else:
                k, _, v = line.partition(": ")
                if line.endswith(":"):
                    k, v = line[:-1], ""
                fields.append((k, v))
        out.append((fields, text))
    return out


def png_map():
    """A small 32x20 'map' image (two district blocks and a river), as base64 PNG."""
    w, h = 32, 20
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if abs(x - (y * 3) // 2 - 2) <= 1:
                px = (70, 120, 200)
            elif x < 16:
                px = (236, 214, 160)
            else:
                px = (198, 226, 170)
            if y == 0 or y == h - 1 or x == 0 or x == w - 1:
                px = (60, 60, 60)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode("ascii")


def plugin(title, meta, shadows):
    d = {"title": title}
    d.update(meta)
    d["type"] = "application/json"
    d["text"] = json.dumps({"tiddlers": shadows}, ensure_ascii=False, indent=None,
                           separators=(",", ":"))
    return d


def system_plugins():
    core = plugin("$:/core", [
        ("name", "Core"), ("description", "TiddlyWiki5 core"), ("author", "JeremyRuston"),
        ("core-version", ">=5.0.0"), ("plugin-priority", "0"), ("list", "readme"),
        ("stability", "STABILITY_2_STABLE"), ("version", VERSION), ("plugin-type", "plugin"),
        ("dependents", "")], {
        "$:/core/readme": {"title": "$:/core/readme", "text": CORE_README},
        "$:/core/copyright.txt": {"title": "$:/core/copyright.txt", "type": "text/plain",
                                  "text": COPYRIGHT},
        "$:/core/templates/version": {"title": "$:/core/templates/version",
                                      "text": "<<version>>"},
    })
    vanilla = plugin("$:/themes/tiddlywiki/vanilla", [
        ("name", "Vanilla"), ("author", "JeremyRuston"), ("core-version", ">=5.0.0"),
        ("plugin-type", "theme"), ("description", "Basic theme"), ("plugin-priority", "0"),
        ("version", VERSION), ("dependents", "")], {
        "$:/themes/tiddlywiki/vanilla/settings/fontfamily": {
            "title": "$:/themes/tiddlywiki/vanilla/settings/fontfamily",
            "text": "\"system-ui\",\"-apple-system\",\"Segoe UI\",\"Helvetica Neue\",\"Arial\","
                    "\"Noto Sans\",sans-serif"},
        "$:/themes/tiddlywiki/vanilla/metrics/storywidth": {
            "title": "$:/themes/tiddlywiki/vanilla/metrics/storywidth", "text": "770px"},
    })
    snow = plugin("$:/themes/tiddlywiki/snowwhite", [
        ("name", "Snow White"), ("author", "JeremyRuston"), ("core-version", ">=5.0.0"),
        ("plugin-type", "theme"), ("description", "Emphasises individual tiddlers"),
        ("dependents", "$:/themes/tiddlywiki/vanilla"), ("plugin-priority", "0"),
        ("version", VERSION)], {
        "$:/themes/tiddlywiki/snowwhite/base": {
            "title": "$:/themes/tiddlywiki/snowwhite/base",
            "tags": "[[$:/tags/Stylesheet]]",
            "text": "\\rules only filteredtranscludeinline transcludeinline macrodef "
                    "macrocallinline\n\n.tc-tiddler-frame {\n\t<<box-shadow \"1px 1px 5px "
                    "rgba(0, 0, 0, 0.3)\">>\n}\n"},
    })
    return [core, snow, vanilla]


def build():
    tiddlers = []
    for fields, text in read_tiddlers(SRC):
        d = {}
        for k, v in fields:
            if k == "text":
                d["text"] = text
            else:
                d[k] = v
        if d.get("text") == "@PNG":
            d["text"] = png_map()
        tiddlers.append(d)
    tiddlers += system_plugins()
    tiddlers.sort(key=lambda t: t["title"].lower())
    store = ",\n".join(json.dumps(t, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
                       for t in tiddlers)
    titles = "\n".join("<li>%s</li>" % html.escape(t["title"], quote=False) for t in tiddlers)
    site = [t["text"] for t in tiddlers if t["title"] == "$:/SiteTitle"][0]
    sub = [t["text"] for t in tiddlers if t["title"] == "$:/SiteSubtitle"][0]
    out = []
    out.append("<!doctype html>\n")
    out.append("<!-- The following comment is called a MOTW comment and is necessary for the "
               "TiddlyIE Internet Explorer extension -->\n"
               "<!-- saved from url=(0021)https://tiddlywiki.com -->\r\n")
    out.append('<html lang="en-GB">\n<head>\n'
               '<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n'
               "<!--~~ Raw markup for the top of the head section ~~-->\n\n"
               '<meta http-equiv="X-UA-Compatible" content="IE=Edge"/>\n'
               '<meta name="application-name" content="TiddlyWiki" />\n'
               '<meta name="generator" content="TiddlyWiki" />\n'
               '<meta name="tiddlywiki-version" content="%s" />\n'
               '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
               '<meta name="apple-mobile-web-app-capable" content="yes" />\n'
               '<meta name="apple-mobile-web-app-status-bar-style" content="black-translucent" />\n'
               '<meta name="mobile-web-app-capable" content="yes"/>\n'
               '<meta name="format-detection" content="telephone=no" />\n'
               '<meta name="copyright" content="%s" />\n'
               '<link id="faviconLink" rel="shortcut icon" href="favicon.ico">\n'
               "<title>%s \u2014 %s</title>\n"
               "<!--~~ This is a Tiddlywiki file. The points of interest in the file are "
               "marked with this pattern ~~-->\n\n"
               "<!--~~ Raw markup ~~-->\n\n\n\n"
               "</head>\n" % (VERSION, COPYRIGHT, site, sub))
    out.append('<body class="tc-body">\n'
               "<!--~~ Raw markup for the top of the body section ~~-->\n\n"
               "<!--~~ Static styles ~~-->\n"
               '<div id="styleArea">\n'
               '<style data-tiddler-title="$:/boot/boot.css" data-tiddler-type="text/css" '
               'type="text/css">%s</style>\n'
               "</div>\n" % BOOT_CSS)
    out.append("<!--~~ Static content for Google and browsers without JavaScript ~~-->\n"
               "<noscript>\n"
               '<div id="splashArea">\n'
               "<p>This <a class=\"tc-tiddlylink-external\" href=\"https://tiddlywiki.com\" "
               "rel=\"noopener noreferrer\" target=\"_blank\">TiddlyWiki</a> contains the "
               "following tiddlers:</p><p><ul>\n%s\n</ul>\n</p>\n"
               "<!-- ensure splash screen isn't shown when JS is disabled -->\n"
               "<style>\n.tc-remove-when-wiki-loaded {display: none;}\n</style>\n"
               "</div>\n"
               "</noscript>\n" % titles)
    out.append("<!--~~ Ordinary tiddlers ~~-->\n"
               '<script class="tiddlywiki-tiddler-store" type="application/json">[\n%s\n]'
               '</script><div id="storeArea" style="display:none;"></div>\n' % store)
    out.append("<!--~~ Library modules ~~-->\n"
               '<div id="libraryModules" style="display:none;">\n'
               '<script data-tiddler-library="yes" data-tiddler-title="$:/library/sjcl.js" '
               'data-tiddler-type="application/javascript" type="text/javascript">'
               "/* sjcl.js (Stanford JavaScript Crypto Library) - not kept in this copy */"
               "</script>\n"
               "</div>\n"
               "<!--~~ Boot kernel prologue ~~-->\n"
               '<div id="bootKernelPrefix" style="display:none;">\n'
               '<script data-tiddler-title="$:/boot/bootprefix.js" '
               'data-tiddler-type="application/javascript" type="text/javascript">'
               "/*\\\ntitle: $:/boot/bootprefix.js\ntype: application/javascript\n\n"
               "This file sets up the globals that need to be available when JavaScript "
               "modules are executed in the browser.\n\n\\*/\n\n"
               "var _bootprefix = (function($tw) {\n\"use strict\";\n"
               "/* body not kept in this copy */\nreturn $tw;\n});\n\n"
               "if(typeof(exports) === \"undefined\") {\n\t// Set up $tw global for the browser\n"
               "\twindow.$tw = _bootprefix(window.$tw);\n} else {\n"
               "\texports.bootprefix = _bootprefix;\n}\n"
               "</script>\n"
               "</div>\n"
               "<!--~~ Boot kernel ~~-->\n"
               '<div id="bootKernel" style="display:none;">\n'
               '<script data-tiddler-title="$:/boot/boot.js" '
               'data-tiddler-type="application/javascript" type="text/javascript">'
               "/*\\\ntitle: $:/boot/boot.js\ntype: application/javascript\n\n"
               "The main boot kernel for TiddlyWiki. This single file creates a barebones "
               "TW environment that is just sufficient to bootstrap the modules containing "
               "the main logic of the application.\n\n\\*/\n\n"
               "var _boot = (function($tw) {\n\n/*jslint node: true, browser: true */\n"
               "/*global modules: false, $tw: false */\n\"use strict\";\n\n"
               "/* body (89 kB) not kept in this copy */\n\nreturn $tw;\n\n});\n\n"
               "if(typeof(exports) !== \"undefined\") {\n\texports.TiddlyWiki = _boot;\n"
               "} else {\n\t_boot(window.$tw);\n}\n"
               "</script>\n"
               "</div>\n"
               "<!--~~ Raw markup for the bottom of the body section ~~-->\n\n"
               "</body>\n"
               "</html>")
    return "".join(out)


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
