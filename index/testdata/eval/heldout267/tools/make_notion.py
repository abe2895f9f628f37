#!/usr/bin/python3
"""Make the Notion page export in docs/ from its source text in tools/.

Run from anywhere: /usr/bin/python3 tools/make_notion.py [OUTPUT]
(OUTPUT defaults to the .html file in docs/). Standard library only; the same bytes on every
run (block ids come from a seeded generator).

The page imitates what Notion writes for "Export -> HTML" of one page of a teamspace wiki
that uses the Serif font and has an icon but no cover and no properties: everything on one
line except the lines of Notion's export <style> block (kept as Notion ships it), an
<article class="page serif"> whose <header> holds the icon in a "page-header-icon undefined"
div, the title and an empty description; then a page body with a
grey callout, a table of contents, Heading 1 and Heading 2 blocks, one <ul>/<ol> per list item,
an inline database (div.collection-content with an h4 collection title and a table whose title
cells link to row pages the export folder would hold), a three-column column list, an equation
block rendered by KaTeX (MathML with its TeX annotation plus the katex-html spans), a quote, an
image block with a caption pointing into the export folder, plain toggles, a code block, a
divider, a to-do list and a trailing empty paragraph; and the empty <span class="sans"> Notion
puts after the article.
"""
import html
import os
import random
import re
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "Harappan Economy - Trade, Crafts, Seals, Script 1e2f6a9c3b7d80f4a5c1e8b2d9f6a037"
SRC = os.path.join(HERE, STEM + ".txt")
OUT = os.path.join(HERE, "..", "docs", STEM + ".html")

CSS = '\n/* cspell:disable-file */\n/* webkit printing magic: print all background colors */\nhtml {\n\t-webkit-print-color-adjust: exact;\n}\n* {\n\tbox-sizing: border-box;\n\t-webkit-print-color-adjust: exact;\n}\n\nhtml,\nbody {\n\tmargin: 0;\n\tpadding: 0;\n}\n@media only screen {\n\tbody {\n\t\tmargin: 2em auto;\n\t\tmax-width: 900px;\n\t\tcolor: rgb(55, 53, 47);\n\t}\n}\n\nbody {\n\tline-height: 1.5;\n\twhite-space: pre-wrap;\n}\n\na,\na.visited {\n\tcolor: inherit;\n\ttext-decoration: underline;\n}\n\n.pdf-relative-link-path {\n\tfont-size: 80%;\n\tcolor: #444;\n}\n\nh1,\nh2,\nh3 {\n\tletter-spacing: -0.01em;\n\tline-height: 1.2;\n\tfont-weight: 600;\n\tmargin-bottom: 0;\n}\n\n.page-title {\n\tfont-size: 2.5rem;\n\tfont-weight: 700;\n\tmargin-top: 0;\n\tmargin-bottom: 0.75em;\n}\n\nh1 {\n\tfont-size: 1.875rem;\n\tmargin-top: 1.875rem;\n}\n\nh2 {\n\tfont-size: 1.5rem;\n\tmargin-top: 1.5rem;\n}\n\nh3 {\n\tfont-size: 1.25rem;\n\tmargin-top: 1.25rem;\n}\n\n.source {\n\tborder: 1px solid #ddd;\n\tborder-radius: 3px;\n\tpadding: 1.5em;\n\tword-break: break-all;\n}\n\n.callout {\n\tborder-radius: 10px;\n\tpadding: 1rem;\n}\n\nfigure {\n\tmargin: 1.25em 0;\n\tpage-break-inside: avoid;\n}\n\nfigcaption {\n\topacity: 0.5;\n\tfont-size: 85%;\n\tmargin-top: 0.5em;\n}\n\nmark {\n\tbackground-color: transparent;\n}\n\n.indented {\n\tpadding-left: 1.5em;\n}\n\nhr {\n\tbackground: transparent;\n\tdisplay: block;\n\twidth: 100%;\n\theight: 1px;\n\tvisibility: visible;\n\tborder: none;\n\tborder-bottom: 1px solid rgba(55, 53, 47, 0.09);\n}\n\nimg {\n\tmax-width: 100%;\n}\n\n@media only print {\n\timg {\n\t\tmax-height: 100vh;\n\t\tobject-fit: contain;\n\t}\n}\n\n@page {\n\tmargin: 1in;\n}\n\n.collection-content {\n\tfont-size: 0.875rem;\n}\n\n.column-list {\n\tdisplay: flex;\n\tjustify-content: space-between;\n}\n\n.column {\n\tpadding: 0 1em;\n}\n\n.column:first-child {\n\tpadding-left: 0;\n}\n\n.column:last-child {\n\tpadding-right: 0;\n}\n\n.table_of_contents-item {\n\tdisplay: block;\n\tfont-size: 0.875rem;\n\tline-height: 1.3;\n\tpadding: 0.125rem;\n}\n\n.table_of_contents-indent-1 {\n\tmargin-left: 1.5rem;\n}\n\n.table_of_contents-indent-2 {\n\tmargin-left: 3rem;\n}\n\n.table_of_contents-indent-3 {\n\tmargin-left: 4.5rem;\n}\n\n.table_of_contents-link {\n\ttext-decoration: none;\n\topacity: 0.7;\n\tborder-bottom: 1px solid rgba(55, 53, 47, 0.18);\n}\n\ntable,\nth,\ntd {\n\tborder: 1px solid rgba(55, 53, 47, 0.09);\n\tborder-collapse: collapse;\n}\n\ntable {\n\tborder-left: none;\n\tborder-right: none;\n}\n\nth,\ntd {\n\tfont-weight: normal;\n\tpadding: 0.25em 0.5em;\n\tline-height: 1.5;\n\tmin-height: 1.5em;\n\ttext-align: left;\n}\n\nth {\n\tcolor: rgba(55, 53, 47, 0.6);\n}\n\nol,\nul {\n\tmargin: 0;\n\tmargin-block-start: 0.6em;\n\tmargin-block-end: 0.6em;\n}\n\nli > ol:first-child,\nli > ul:first-child {\n\tmargin-block-start: 0.6em;\n}\n\nul > li {\n\tlist-style: disc;\n}\n\nul.to-do-list {\n\tpadding-inline-start: 0;\n}\n\nul.to-do-list > li {\n\tlist-style: none;\n}\n\n.to-do-children-checked {\n\ttext-decoration: line-through;\n\topacity: 0.375;\n}\n\nul.toggle > li {\n\tlist-style: none;\n}\n\nul {\n\tpadding-inline-start: 1.7em;\n}\n\nul > li {\n\tpadding-left: 0.1em;\n}\n\nol {\n\tpadding-inline-start: 1.6em;\n}\n\nol > li {\n\tpadding-left: 0.2em;\n}\n\n.mono ol {\n\tpadding-inline-start: 2em;\n}\n\n.mono ol > li {\n\ttext-indent: -0.4em;\n}\n\n.toggle {\n\tpadding-inline-start: 0em;\n\tlist-style-type: none;\n}\n\n/* Indent toggle children */\n.toggle > li > details {\n\tpadding-left: 1.7em;\n}\n\n.toggle > li > details > summary {\n\tmargin-left: -1.1em;\n}\n\n.selected-value {\n\tdisplay: inline-block;\n\tpadding: 0 0.5em;\n\tbackground: rgba(206, 205, 202, 0.5);\n\tborder-radius: 3px;\n\tmargin-right: 0.5em;\n\tmargin-top: 0.3em;\n\tmargin-bottom: 0.3em;\n\twhite-space: nowrap;\n}\n\n.collection-title {\n\tdisplay: inline-block;\n\tmargin-right: 1em;\n}\n\n.page-description {\n\tmargin-bottom: 2em;\n}\n\n.simple-table {\n\tmargin-top: 1em;\n\tfont-size: 0.875rem;\n\tempty-cells: show;\n}\n.simple-table td {\n\theight: 29px;\n\tmin-width: 120px;\n}\n\n.simple-table th {\n\theight: 29px;\n\tmin-width: 120px;\n}\n\n.simple-table-header-color {\n\tbackground: rgb(247, 246, 243);\n\tcolor: black;\n}\n.simple-table-header {\n\tfont-weight: 500;\n}\n\ntime {\n\topacity: 0.5;\n}\n\n.icon {\n\tdisplay: inline-block;\n\tmax-width: 1.2em;\n\tmax-height: 1.2em;\n\ttext-decoration: none;\n\tvertical-align: text-bottom;\n\tmargin-right: 0.5em;\n}\n\nimg.icon {\n\tborder-radius: 3px;\n}\n\n.user-icon {\n\twidth: 1.5em;\n\theight: 1.5em;\n\tborder-radius: 100%;\n\tmargin-right: 0.5rem;\n}\n\n.user-icon-inner {\n\tfont-size: 0.8em;\n}\n\n.text-icon {\n\tborder: 1px solid #000;\n\ttext-align: center;\n}\n\n.page-cover-image {\n\tdisplay: block;\n\tobject-fit: cover;\n\twidth: 100%;\n\tmax-height: 30vh;\n}\n\n.page-header-icon {\n\tfont-size: 3rem;\n\tmargin-bottom: 1rem;\n}\n\n.page-header-icon-with-cover {\n\tmargin-top: -0.72em;\n\tmargin-left: 0.07em;\n}\n\n.page-header-icon img {\n\tborder-radius: 3px;\n}\n\n.link-to-page {\n\tmargin: 1em 0;\n\tpadding: 0;\n\tborder: none;\n\tfont-weight: 500;\n}\n\np > .user {\n\topacity: 0.5;\n}\n\ntd > .user,\ntd > time {\n\twhite-space: nowrap;\n}\n\ninput[type="checkbox"] {\n\ttransform: scale(1.5);\n\tmargin-right: 0.6em;\n\tvertical-align: middle;\n}\n\np {\n\tmargin-top: 0.5em;\n\tmargin-bottom: 0.5em;\n}\n\n.image {\n\tborder: none;\n\tmargin: 1.5em 0;\n\tpadding: 0;\n\tborder-radius: 0;\n\ttext-align: center;\n}\n\n.code,\ncode {\n\tbackground: rgba(135, 131, 120, 0.15);\n\tborder-radius: 3px;\n\tpadding: 0.2em 0.4em;\n\tborder-radius: 3px;\n\tfont-size: 85%;\n\ttab-size: 2;\n}\n\ncode {\n\tcolor: #eb5757;\n}\n\n.code {\n\tpadding: 1.5em 1em;\n}\n\n.code-wrap {\n\twhite-space: pre-wrap;\n\tword-break: break-all;\n}\n\n.code > code {\n\tbackground: none;\n\tpadding: 0;\n\tfont-size: 100%;\n\tcolor: inherit;\n}\n\nblockquote {\n\tfont-size: 1.25em;\n\tmargin: 1em 0;\n\tpadding-left: 1em;\n\tborder-left: 3px solid rgb(55, 53, 47);\n}\n\n.bookmark {\n\ttext-decoration: none;\n\tmax-height: 8em;\n\tpadding: 0;\n\tdisplay: flex;\n\twidth: 100%;\n\talign-items: stretch;\n}\n\n.bookmark-title {\n\tfont-size: 0.85em;\n\toverflow: hidden;\n\ttext-overflow: ellipsis;\n\theight: 1.75em;\n\twhite-space: nowrap;\n}\n\n.bookmark-text {\n\tdisplay: flex;\n\tflex-direction: column;\n}\n\n.bookmark-info {\n\tflex: 4 1 180px;\n\tpadding: 12px 14px 14px;\n\tdisplay: flex;\n\tflex-direction: column;\n\tjustify-content: space-between;\n}\n\n.bookmark-image {\n\twidth: 33%;\n\tflex: 1 1 180px;\n\tdisplay: block;\n\tposition: relative;\n\tobject-fit: cover;\n\tborder-radius: 1px;\n}\n\n.bookmark-description {\n\tcolor: rgba(55, 53, 47, 0.6);\n\tfont-size: 0.75em;\n\toverflow: hidden;\n\tmax-height: 4.5em;\n\tword-break: break-word;\n}\n\n.bookmark-href {\n\tfont-size: 0.75em;\n\tmargin-top: 0.25em;\n}\n\n.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol"; }\n.code { font-family: "SFMono-Regular", Menlo, Consolas, "PT Mono", "Liberation Mono", Courier, monospace; }\n.serif { font-family: Lyon-Text, Georgia, ui-serif, serif; }\n.mono { font-family: iawriter-mono, Nitti, Menlo, Courier, monospace; }\n.pdf .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", \'Twemoji\', \'Noto Color Emoji\', \'Noto Sans CJK JP\'; }\n.pdf:lang(zh-CN) .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", \'Twemoji\', \'Noto Color Emoji\', \'Noto Sans CJK SC\'; }\n.pdf .code { font-family: Source Code Pro, "SFMono-Regular", Menlo, Consolas, "PT Mono", "Liberation Mono", Courier, monospace, \'Twemoji\', \'Noto Color Emoji\', \'Noto Sans Mono CJK JP\'; }\n.pdf .serif { font-family: PT Serif, Lyon-Text, Georgia, ui-serif, serif, \'Twemoji\', \'Noto Color Emoji\', \'Noto Serif CJK JP\'; }\n.pdf .mono { font-family: PT Mono, iawriter-mono, Nitti, Menlo, Courier, monospace, \'Twemoji\', \'Noto Color Emoji\', \'Noto Sans Mono CJK JP\'; }\n.highlight-default {\n\tcolor: rgba(44, 44, 43, 1);\n}\n.highlight-gray {\n\tcolor: rgba(125, 122, 117, 1);\n\tfill: rgba(125, 122, 117, 1);\n}\n.highlight-brown {\n\tcolor: rgba(159, 118, 90, 1);\n\tfill: rgba(159, 118, 90, 1);\n}\n.highlight-orange {\n\tcolor: rgba(210, 123, 45, 1);\n\tfill: rgba(210, 123, 45, 1);\n}\n.highlight-yellow {\n\tcolor: rgba(203, 148, 52, 1);\n\tfill: rgba(203, 148, 52, 1);\n}\n.highlight-teal {\n\tcolor: rgba(80, 148, 110, 1);\n\tfill: rgba(80, 148, 110, 1);\n}\n.highlight-blue {\n\tcolor: rgba(56, 125, 201, 1);\n\tfill: rgba(56, 125, 201, 1);\n}\n.highlight-purple {\n\tcolor: rgba(154, 107, 180, 1);\n\tfill: rgba(154, 107, 180, 1);\n}\n.highlight-pink {\n\tcolor: rgba(193, 76, 138, 1);\n\tfill: rgba(193, 76, 138, 1);\n}\n.highlight-red {\n\tcolor: rgba(207, 81, 72, 1);\n\tfill: rgba(207, 81, 72, 1);\n}\n.highlight-default_background {\n\tcolor: rgba(44, 44, 43, 1);\n}\n.highlight-gray_background {\n\tbackground: rgba(42, 28, 0, 0.07);\n}\n.highlight-brown_background {\n\tbackground: rgba(139, 46, 0, 0.086);\n}\n.highlight-orange_background {\n\tbackground: rgba(224, 101, 1, 0.129);\n}\n.highlight-yellow_background {\n\tbackground: rgba(211, 168, 0, 0.137);\n}\n.highlight-teal_background {\n\tbackground: rgba(0, 100, 45, 0.09);\n}\n.highlight-blue_background {\n\tbackground: rgba(0, 124, 215, 0.094);\n}\n.highlight-purple_background {\n\tbackground: rgba(102, 0, 178, 0.078);\n}\n.highlight-pink_background {\n\tbackground: rgba(197, 0, 93, 0.086);\n}\n.highlight-red_background {\n\tbackground: rgba(223, 22, 0, 0.094);\n}\n.block-color-default {\n\tcolor: inherit;\n\tfill: inherit;\n}\n.block-color-gray {\n\tcolor: rgba(125, 122, 117, 1);\n\tfill: rgba(125, 122, 117, 1);\n}\n.block-color-brown {\n\tcolor: rgba(159, 118, 90, 1);\n\tfill: rgba(159, 118, 90, 1);\n}\n.block-color-orange {\n\tcolor: rgba(210, 123, 45, 1);\n\tfill: rgba(210, 123, 45, 1);\n}\n.block-color-yellow {\n\tcolor: rgba(203, 148, 52, 1);\n\tfill: rgba(203, 148, 52, 1);\n}\n.block-color-teal {\n\tcolor: rgba(80, 148, 110, 1);\n\tfill: rgba(80, 148, 110, 1);\n}\n.block-color-blue {\n\tcolor: rgba(56, 125, 201, 1);\n\tfill: rgba(56, 125, 201, 1);\n}\n.block-color-purple {\n\tcolor: rgba(154, 107, 180, 1);\n\tfill: rgba(154, 107, 180, 1);\n}\n.block-color-pink {\n\tcolor: rgba(193, 76, 138, 1);\n\tfill: rgba(193, 76, 138, 1);\n}\n.block-color-red {\n\tcolor: rgba(207, 81, 72, 1);\n\tfill: rgba(207, 81, 72, 1);\n}\n.block-color-default_background {\n\tcolor: inherit;\n\tfill: inherit;\n}\n.block-color-gray_background {\n\tbackground: rgba(240, 239, 237, 1);\n}\n.block-color-brown_background {\n\tbackground: rgba(245, 237, 233, 1);\n}\n.block-color-orange_background {\n\tbackground: rgba(251, 235, 222, 1);\n}\n.block-color-yellow_background {\n\tbackground: rgba(249, 243, 220, 1);\n}\n.block-color-teal_background {\n\tbackground: rgba(232, 241, 236, 1);\n}\n.block-color-blue_background {\n\tbackground: rgba(229, 242, 252, 1);\n}\n.block-color-purple_background {\n\tbackground: rgba(243, 235, 249, 1);\n}\n.block-color-pink_background {\n\tbackground: rgba(250, 233, 241, 1);\n}\n.block-color-red_background {\n\tbackground: rgba(252, 233, 231, 1);\n}\n.select-value-color-uiBlue { background-color: undefined; }\n.select-value-color-pink { background-color: rgba(225, 136, 179, 0.27); }\n.select-value-color-purple { background-color: rgba(168, 129, 197, 0.27); }\n.select-value-color-green { background-color: rgba(123, 183, 129, 0.27); }\n.select-value-color-gray { background-color: rgba(84, 72, 49, 0.15); }\n.select-value-color-transparentGray { background-color: undefined; }\n.select-value-color-translucentGray { background-color: undefined; }\n.select-value-color-orange { background-color: rgba(224, 124, 57, 0.27); }\n.select-value-color-brown { background-color: rgba(210, 162, 141, 0.35); }\n.select-value-color-red { background-color: rgba(244, 171, 159, 0.4); }\n.select-value-color-yellow { background-color: rgba(236, 191, 66, 0.39); }\n.select-value-color-blue { background-color: rgba(93, 165, 206, 0.27); }\n.select-value-color-pageGlass { background-color: undefined; }\n.select-value-color-washGlass { background-color: undefined; }\n\n.checkbox {\n\tdisplay: inline-flex;\n\tvertical-align: text-bottom;\n\twidth: 16;\n\theight: 16;\n\tbackground-size: 16px;\n\tmargin-left: 2px;\n\tmargin-right: 5px;\n}\n\n.checkbox-on {\n\tbackground-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20width%3D%2216%22%20height%3D%2216%22%20fill%3D%22%2358A9D7%22%2F%3E%0A%3Cpath%20d%3D%22M6.71429%2012.2852L14%204.9995L12.7143%203.71436L6.71429%209.71378L3.28571%206.2831L2%207.57092L6.71429%2012.2852Z%22%20fill%3D%22white%22%2F%3E%0A%3C%2Fsvg%3E");\n}\n\n.checkbox-off {\n\tbackground-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20x%3D%220.75%22%20y%3D%220.75%22%20width%3D%2214.5%22%20height%3D%2214.5%22%20fill%3D%22white%22%20stroke%3D%22%2336352F%22%20stroke-width%3D%221.5%22%2F%3E%0A%3C%2Fsvg%3E");\n}\n\t\n'
PROP_ICONS = {
    "select": ("typesSelect", "M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00293 7.99316 1.00293C4.13086 1.00293 0.938477 4.20215 0.938477 8.06445C0.938477 11.9336 4.1377 15.126 8 15.126ZM7.99316 10.6143L4.95508 7.1416C4.73633 6.87793 4.89355 6.49902 5.23535 6.49902H10.7578C11.0996 6.49902 11.2637 6.87793 11.0381 7.1416L8.00684 10.6143H7.99316Z"),
    "multi_select": ("typesMultipleSelect", "M1.91602 4.83789C2.44238 4.83789 2.87305 4.40723 2.87305 3.87402C2.87305 3.34766 2.44238 2.91699 1.91602 2.91699C1.38281 2.91699 0.952148 3.34766 0.952148 3.87402C0.952148 4.40723 1.38281 4.83789 1.91602 4.83789ZM5.1084 4.52344H14.3984C14.7607 4.52344 15.0479 4.23633 15.0479 3.87402C15.0479 3.51172 14.7607 3.22461 14.3984 3.22461H5.1084C4.74609 3.22461 4.45898 3.51172 4.45898 3.87402C4.45898 4.23633 4.74609 4.52344 5.1084 4.52344ZM1.91602 9.03613C2.44238 9.03613 2.87305 8.60547 2.87305 8.07227C2.87305 7.5459 2.44238 7.11523 1.91602 7.11523C1.38281 7.11523 0.952148 7.5459 0.952148 8.07227C0.952148 8.60547 1.38281 9.03613 1.91602 9.03613ZM5.1084 8.72168H14.3984C14.7607 8.72168 15.0479 8.43457 15.0479 8.07227C15.0479 7.70996 14.7607 7.42285 14.3984 7.42285H5.1084C4.74609 7.42285 4.45898 7.70996 4.45898 8.07227C4.45898 8.43457 4.74609 8.72168 5.1084 8.72168Z"),
    "text": ("typesText", "M1.56738 3.25879H14.4258C14.7676 3.25879 15.0479 2.97852 15.0479 2.63672C15.0479 2.29492 14.7676 2.02148 14.4258 2.02148H1.56738C1.22559 2.02148 0.952148 2.29492 0.952148 2.63672C0.952148 2.97852 1.22559 3.25879 1.56738 3.25879ZM1.56738 6.84863H14.4258C14.7676 6.84863 15.0479 6.56836 15.0479 6.22656C15.0479 5.88477 14.7676 5.61133 14.4258 5.61133H1.56738C1.22559 5.61133 0.952148 5.88477 0.952148 6.22656C0.952148 6.56836 1.22559 6.84863 1.56738 6.84863ZM1.56738 10.4385H14.4258C14.7676 10.4385 15.0479 10.1582 15.0479 9.81641C15.0479 9.47461 14.7676 9.20117 14.4258 9.20117H1.56738C1.22559 9.20117 0.952148 9.47461 0.952148 9.81641C0.952148 10.1582 1.22559 10.4385 1.56738 10.4385ZM1.56738 14.0283H8.75879C9.10059 14.0283 9.38086 13.748 9.38086 13.4062C9.38086 13.0645 9.10059 12.791 8.75879 12.791H1.56738C1.22559 12.791 0.952148 13.0645 0.952148 13.4062C0.952148 13.748 1.22559 14.0283 1.56738 14.0283Z"),
    "title": ("typesTitle", "M0.637695 13.1035C1.0957 13.1035 1.32812 12.9258 1.47852 12.4336L2.24414 10.1504H6.14746L6.90625 12.4336C7.05664 12.9258 7.2959 13.1035 7.74707 13.1035C8.22559 13.1035 8.5332 12.8271 8.5332 12.3818C8.5332 12.2178 8.50586 12.0674 8.41699 11.8154L5.37793 3.6582C5.16602 3.08398 4.78711 2.81055 4.20605 2.81055C3.64551 2.81055 3.25977 3.08398 3.05469 3.65137L0.00878906 11.8633C-0.0732422 12.1016 -0.114258 12.2656 -0.114258 12.4062C-0.114258 12.8516 0.178711 13.1035 0.637695 13.1035ZM2.64062 8.83105L4.17871 4.2666H4.21973L5.76465 8.83105H2.64062ZM12.2793 13.1582C13.3115 13.1582 14.2891 12.6113 14.7129 11.7432H14.7402V12.4268C14.7539 12.8311 15.0205 13.0898 15.4102 13.0898C15.8135 13.0898 16.0801 12.8105 16.0801 12.3779V8.00391C16.0801 6.68066 15.0273 5.79883 13.4346 5.79883C12.2246 5.79883 11.209 6.32519 10.8398 7.1416C10.7578 7.3125 10.7168 7.47656 10.7168 7.62695C10.7168 7.96875 10.9834 8.19434 11.3184 8.19434C11.5713 8.19434 11.7559 8.09863 11.8926 7.87305C12.2549 7.20996 12.7197 6.9502 13.3867 6.9502C14.2207 6.9502 14.7266 7.39453 14.7266 8.16699V8.70703L12.8877 8.81641C11.2197 8.91211 10.2764 9.66406 10.2764 10.8877C10.2764 12.1318 11.1992 13.1582 12.2793 13.1582ZM12.6416 12.0469C12.0312 12.0469 11.6211 11.7021 11.6211 11.1963C11.6211 10.6904 12.0176 10.3799 12.8262 10.3184L14.7266 10.2021V10.8057C14.7266 11.5352 14.0088 12.0469 12.6416 12.0469Z"),
}
SVG = ('<span class="icon property-icon"><svg role="graphics-symbol" viewBox="0 0 16 16" '
       'style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" '
       'class="%s"><path d="%s"></path></svg></span>')
KATEX_CSS = "@import url('https://cdnjs.cloudflare.com/ajax/libs/KaTeX/0.16.9/katex.min.css')"
PROP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<>=?@[]^_`{|}~;:"


class Ids:
    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def uuid(self):
        h = "%032x" % self.rnd.getrandbits(128)
        h = h[:12] + "80" + h[14:]          # newer Notion ids carry "80" here
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def hex32(self):
        return "%032x" % self.rnd.getrandbits(128)

    def prop(self):
        return "".join(self.rnd.choice(PROP_CHARS) for _ in range(4))


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"@@([^@]+)@@", r"<time>@\1</time>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"==(.+?)==", r'<mark class="highlight-yellow_background">\1</mark>', s)
    s = re.sub(r"\{\{(\w+):(.+?)\}\}", r'<mark class="highlight-\1">\2</mark>', s)
    s = re.sub(r"`(.+?)`", r'<code>\1</code>', s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    return s


def plain(s):
    return html.escape(re.sub(r"\*\*|==|`", "", s), quote=False)


# -- KaTeX ---------------------------------------------------------------------------------
def katex(tex):
    """KaTeX's display output for a flat list of numbers, thin spaces, commas and one arrow."""
    toks = re.findall(r"\\rightarrow|\\,|\\;|\d+|,", tex)
    mml, parts = [], []
    for t in toks:
        if t.isdigit():
            mml.append("<mn>%s</mn>" % t)
            parts.append('<span class="mord">%s</span>' % t)
        elif t == ",":
            mml.append('<mo separator="true">,</mo>')
            parts.append('<span class="mpunct">,</span>')
        elif t == "\\,":
            mml.append('<mtext>\u2009</mtext>')
            parts.append('<span class="mspace" style="margin-right:0.1667em;"></span>')
        elif t == "\\;":
            mml.append('<mtext>\u2005</mtext>')
            parts.append('<span class="mspace" style="margin-right:0.2778em;"></span>')
        else:
            mml.append("<mo>\u2192</mo>")
            parts.append("@@REL@@")
    left, right = "".join(parts).split("@@REL@@")
    strut = '<span class="strut" style="height:%sem;vertical-align:%sem;"></span>'
    html_ = ('<span class="base">%s%s<span class="mspace" style="margin-right:0.2778em;"></span>'
             '<span class="mrel">\u2192</span><span class="mspace" style="margin-right:0.2778em;">'
             '</span></span><span class="base">%s%s</span>'
             % (strut % ("0.8389", "-0.1944"), left, strut % ("0.8389", "-0.1944"), right))
    return ('<span class="katex-display"><span class="katex"><span class="katex-mathml"><math '
            'xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>%s</mrow>'
            '<annotation encoding="application/x-tex">%s</annotation></semantics></math></span>'
            '<span class="katex-html" aria-hidden="true">%s</span></span></span>'
            % ("".join(mml), html.escape(tex, quote=False), html_))


class Page:
    def __init__(self, lines):
        self.front, self.body = {}, []
        for ln in lines:
            if ln.startswith("%"):
                continue
            m = re.match(r"@(seed|title|icon|font) (.*)$", ln)
            if m:
                self.front[m.group(1)] = m.group(2)
            else:
                self.body.append(ln)
        self.ids = Ids(int(self.front["seed"]))
        self.folder = quote(STEM)
        self.headings = []

    def header(self):
        return ('<header><div class="page-header-icon undefined"><span class="icon">%s</span></div>'
                '<h1 class="page-title">%s</h1><p class="page-description"></p></header>'
                % (self.front["icon"], html.escape(self.front["title"], quote=False)))

    def block(self, text):
        return '<p id="%s" class="">%s</p>' % (self.ids.uuid(), inline(text))

    def parse(self, lines, i, stop=None):
        out = []
        while i < len(lines):
            s = lines[i].strip()
            if stop is not None and s == stop:
                return out, i + 1
            if not s:
                i += 1
                continue
            if s == "::toc":
                out.append("@@TOC@@")
                i += 1
            elif s.startswith("::callout "):
                _, color, icon = s.split(" ", 2)
                bid = self.ids.uuid()
                inner, i = self.parse(lines, i + 1, "::end")
                out.append('<figure class="block-color-%s callout" style="white-space:pre-wrap;'
                           'display:flex" id="%s"><div style="font-size:1.5em"><span class="icon">%s'
                           '</span></div><div style="width:100%%">%s</div></figure>'
                           % (color, bid, icon, "".join(inner)))
            elif s.startswith("::db "):
                i = self.database(s[5:], lines, i + 1, out)
            elif s == "::columns":
                cid = self.ids.uuid()
                cols, cur = [], None
                i += 1
                while lines[i].strip() != "::end":
                    if lines[i].strip() == "::col":
                        cur = []
                        cols.append(cur)
                    else:
                        cur.append(lines[i])
                    i += 1
                i += 1
                width = "%r%%" % (100 / len(cols))
                parts = []
                for c in cols:
                    colid = self.ids.uuid()
                    inner, _ = self.parse(c, 0)
                    parts.append('<div id="%s" style="width:%s" class="column">%s</div>'
                                 % (colid, width, "".join(inner)))
                out.append('<div id="%s" class="column-list">%s</div>' % (cid, "".join(parts)))
            elif s.startswith("::equation "):
                out.append('<figure id="%s" class="equation"><style>%s</style><div '
                           'class="equation-container">%s</div></figure>'
                           % (self.ids.uuid(), KATEX_CSS, katex(s[11:])))
                i += 1
            elif s.startswith("::code "):
                lang = s[7:]
                bid = self.ids.uuid()
                i += 1
                code = []
                while lines[i].strip() != "::end":
                    code.append(lines[i])
                    i += 1
                i += 1
                out.append('<pre id="%s" class="code code-wrap"><code class="language-%s" '
                           'style="white-space:pre-wrap;word-break:break-all">%s</code></pre>'
                           % (bid, lang, html.escape("\n".join(code), quote=False)))
            elif s.startswith("::image "):
                fn, width, cap = s[8:].split("|")
                src = "%s/%s" % (self.folder, quote(fn))
                out.append('<figure id="%s" class="image"><a href="%s"><img style="width:%spx" '
                           'src="%s"/></a><figcaption>%s</figcaption></figure>'
                           % (self.ids.uuid(), src, width, src, inline(cap)))
                i += 1
            elif s.startswith("?> "):
                bid = self.ids.uuid()
                inner, i = self.parse(lines, i + 1, "?<")
                out.append('<ul id="%s" class="toggle"><li><details open=""><summary>%s</summary>%s'
                           '</details></li></ul>' % (bid, inline(s[3:]), "".join(inner)))
            elif s.startswith("## ") or s.startswith("# "):
                lvl = 2 if s.startswith("## ") else 1
                bid = self.ids.uuid()
                text = s[lvl + 1:]
                self.headings.append((lvl - 1, bid, text))
                out.append('<h%d id="%s" class="">%s</h%d>' % (lvl, bid, inline(text), lvl))
                i += 1
            elif s.startswith("- "):
                text = s[2:]
                kids = []
                i += 1
                while i < len(lines) and lines[i].startswith("  - "):
                    kids.append('<ul id="%s" class="bulleted-list"><li style="list-style-type:circle">'
                                '%s</li></ul>' % (self.ids.uuid(), inline(lines[i].strip()[2:])))
                    i += 1
                out.append('<ul id="%s" class="bulleted-list"><li style="list-style-type:disc">%s%s'
                           '</li></ul>' % (self.ids.uuid(), inline(text), "".join(kids)))
            elif re.match(r"\d+\. ", s):
                n, text = s.split(". ", 1)
                out.append('<ol type="1" id="%s" class="numbered-list" start="%s"><li>%s</li></ol>'
                           % (self.ids.uuid(), n, inline(text)))
                i += 1
            elif s.startswith("[x] ") or s.startswith("[ ] "):
                on = s[1] == "x"
                out.append('<ul id="%s" class="to-do-list"><li><div class="checkbox checkbox-%s"></div> '
                           '<span class="to-do-children-%s">%s</span><div class="indented"></div></li></ul>'
                           % (self.ids.uuid(), "on" if on else "off", "checked" if on else "unchecked",
                              inline(s[4:])))
                i += 1
            elif s.startswith("> "):
                out.append('<blockquote id="%s" class="">%s</blockquote>' % (self.ids.uuid(), inline(s[2:])))
                i += 1
            elif s == "---":
                out.append('<hr id="%s"/>' % self.ids.uuid())
                i += 1
            elif s == "@empty":
                out.append('<p id="%s" class="">\n</p>' % self.ids.uuid())
                i += 1
            else:
                out.append(self.block(s))
                i += 1
        return out, i

    def database(self, title, lines, i, out):
        cols = [c.split(":") for c in lines[i].strip()[6:].split(",")]
        i += 1
        rows = []
        while lines[i].strip() != "::end":
            rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
            i += 1
        did = self.ids.uuid()
        props = ["title"] + [quote(self.ids.prop(), safe="") for _ in cols[1:]]
        head = []
        for (name, kind) in cols:
            cls, path = PROP_ICONS[kind]
            head.append("<th>%s%s</th>" % (SVG % (cls, path), html.escape(name, quote=False)))
        body = []
        for row in rows:
            rid = self.ids.uuid()
            sub = self.ids.hex32()
            cells = []
            for (name, kind), pid, val in zip(cols, props, row):
                if kind == "title":
                    href = "%s/%s" % (self.folder, quote("%s %s.html" % (val, sub)))
                    cells.append('<td class="cell-title"><a href="%s">%s</a></td>'
                                 % (href, html.escape(val, quote=False)))
                elif kind == "select":
                    v, color = val.rsplit(":", 1)
                    cells.append('<td class="cell-%s"><span class="selected-value select-value-color-%s">'
                                 '%s</span></td>' % (pid, color, html.escape(v, quote=False)))
                else:
                    cells.append('<td class="cell-%s">%s</td>' % (pid, html.escape(val, quote=False)))
            body.append('<tr id="%s">%s</tr>' % (rid, "".join(cells)))
        out.append('<div id="%s" class="collection-content"><h4 class="collection-title">%s</h4>'
                   '<table class="collection-content"><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                   '</table><br/><br/></div>'
                   % (did, html.escape(title, quote=False), "".join(head), "".join(body)))
        return i + 1

    def toc(self):
        items = []
        for lvl, bid, text in self.headings:
            items.append('<div class="table_of_contents-item table_of_contents-indent-%d">'
                         '<a class="table_of_contents-link" href="#%s">%s</a></div>' % (lvl, bid, plain(text)))
        return '<nav id="%s" class="block-color-gray table_of_contents">%s</nav>' % (self.toc_id, "".join(items))

    def render(self):
        article_id = self.ids.uuid()
        parts, _ = self.parse(self.body, 0)
        self.toc_id = self.ids.uuid()
        body = "".join(parts).replace("@@TOC@@", self.toc())
        title = html.escape(self.front["title"], quote=False)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
                '<title>%s</title><style>%s</style></head><body><article id="%s" class="page %s">%s'
                '<div class="page-body">%s</div></article><span class="sans" style="font-size:14px;'
                'padding-top:2em"></span></body></html>'
                % (title, CSS, article_id, self.front["font"], self.header(), body))


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(Page(lines).render())


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
