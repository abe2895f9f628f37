#!/usr/bin/python3
"""Re-make docs/startup-india-notion-notes.html, a Notion page exported as "HTML" (Export ->
HTML, Include subpages off), from tools/startup-india-notion-notes.txt.

Source marks: "@" header lines (title, icon, seed for the block ids, page properties), then one
block a line: "## " / "### " headings, "- " bullets, "N. " numbered items, "> EMOJI color | text"
callouts, "[toggle] summary" with two-space indented children, "[x] " / "[ ] " to-dos,
"| a | b |" simple-table rows (first row is the header), "@toc", "@db" (a linked database view
followed by its rows), "@page", "@bookmark", "---" a divider, an empty line an empty text block;
**bold** inline. Block ids are derived from the seed, so the output is the same on every run.
Usage: make_notion.py [OUT]
"""
import hashlib
import html
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "startup-india-notion-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "startup-india-notion-notes.html")

STYLE = """
/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html {
	-webkit-print-color-adjust: exact;
}
* {
	box-sizing: border-box;
	-webkit-print-color-adjust: exact;
}

html,
body {
	margin: 0;
	padding: 0;
}
@media only screen {
	body {
		margin: 2em auto;
		max-width: 900px;
		color: rgb(55, 53, 47);
	}
}

body {
	line-height: 1.5;
	white-space: pre-wrap;
}

a,
a.visited {
	color: inherit;
	text-decoration: underline;
}

.pdf-relative-link-path {
	font-size: 80%;
	color: #444;
}

h1,
h2,
h3 {
	letter-spacing: -0.01em;
	line-height: 1.2;
	font-weight: 600;
	margin-bottom: 0;
}

.page-title {
	font-size: 2.5rem;
	font-weight: 700;
	margin-top: 0;
	margin-bottom: 0.75em;
}

h1 {
	font-size: 1.875rem;
	margin-top: 1.875rem;
}

h2 {
	font-size: 1.5rem;
	margin-top: 1.5rem;
}

h3 {
	font-size: 1.25rem;
	margin-top: 1.25rem;
}

.source {
	border: 1px solid #ddd;
	border-radius: 3px;
	padding: 1.5em;
	word-break: break-all;
}

.callout {
	border-radius: 3px;
	padding: 1rem;
}

figure {
	margin: 1.25em 0;
	page-break-inside: avoid;
}

figcaption {
	opacity: 0.5;
	font-size: 85%;
	margin-top: 0.5em;
}

mark {
	background-color: transparent;
}

.indented {
	padding-left: 1.5em;
}

hr {
	background: transparent;
	display: block;
	width: 100%;
	height: 1px;
	visibility: visible;
	border: none;
	border-bottom: 1px solid rgba(55, 53, 47, 0.09);
}

img {
	max-width: 100%;
}

@media only print {
	img {
		max-height: 100vh;
		object-fit: contain;
	}
}

@page {
	margin: 1in;
}

.collection-content {
	font-size: 0.875rem;
}

.column-list {
	display: flex;
	justify-content: space-between;
}

.column {
	padding: 0 1em;
}

.column:first-child {
	padding-left: 0;
}

.column:last-child {
	padding-right: 0;
}

.table_of_contents-item {
	display: block;
	font-size: 0.875rem;
	line-height: 1.3;
	padding: 0.125rem;
}

.table_of_contents-indent-1 {
	margin-left: 1.5rem;
}

.table_of_contents-indent-2 {
	margin-left: 3rem;
}

.table_of_contents-indent-3 {
	margin-left: 4.5rem;
}

.table_of_contents-link {
	text-decoration: none;
	opacity: 0.7;
	border-bottom: 1px solid rgba(55, 53, 47, 0.18);
}

table,
th,
td {
	border: 1px solid rgba(55, 53, 47, 0.09);
	border-collapse: collapse;
}

table {
	border-left: none;
	border-right: none;
}

th,
td {
	font-weight: normal;
	padding: 0.25em 0.5em;
	line-height: 1.5;
	min-height: 1.5em;
	text-align: left;
}

th {
	color: rgba(55, 53, 47, 0.6);
}

ol,
ul {
	margin: 0;
	margin-block-start: 0.6em;
	margin-block-end: 0.6em;
}

li > ol:first-child,
li > ul:first-child {
	margin-block-start: 0.6em;
}

ul > li {
	list-style: disc;
}

ul.to-do-list {
	padding-inline-start: 0;
}

ul.to-do-list > li {
	list-style: none;
}

.to-do-children-checked {
	text-decoration: line-through;
	opacity: 0.375;
}

ul.toggle > li {
	list-style: none;
}

ul {
	padding-inline-start: 1.7em;
}

ul > li {
	padding-left: 0.1em;
}

ol {
	padding-inline-start: 1.6em;
}

ol > li {
	padding-left: 0.2em;
}

.mono ol {
	padding-inline-start: 2em;
}

.mono ol > li {
	text-indent: -0.4em;
}

.toggle {
	padding-inline-start: 0em;
	list-style-type: none;
}

/* Indent toggle children */
.toggle > li > details {
	padding-left: 1.7em;
}

.toggle > li > details > summary {
	margin-left: -1.1em;
}

.selected-value {
	display: inline-block;
	padding: 0 0.5em;
	background: rgba(206, 205, 202, 0.5);
	border-radius: 3px;
	margin-right: 0.5em;
	margin-top: 0.3em;
	margin-bottom: 0.3em;
	white-space: nowrap;
}

.collection-title {
	display: inline-block;
	margin-right: 1em;
}

.page-description {
	margin-bottom: 2em;
}

.simple-table {
	margin-top: 1em;
	font-size: 0.875rem;
	empty-cells: show;
}
.simple-table td {
	height: 29px;
	min-width: 120px;
}

.simple-table th {
	height: 29px;
	min-width: 120px;
}

.simple-table-header-color {
	background: rgb(247, 246, 243);
	color: black;
}
.simple-table-header {
	font-weight: 500;
}

time {
	opacity: 0.5;
}

.icon {
	display: inline-block;
	max-width: 1.2em;
	max-height: 1.2em;
	text-decoration: none;
	vertical-align: text-bottom;
	margin-right: 0.5em;
}

img.icon {
	border-radius: 3px;
}

.user-icon {
	width: 1.5em;
	height: 1.5em;
	border-radius: 100%;
	margin-right: 0.5rem;
}

.user-icon-inner {
	font-size: 0.8em;
}

.text-icon {
	border: 1px solid #000;
	text-align: center;
}

.page-cover-image {
	display: block;
	object-fit: cover;
	width: 100%;
	max-height: 30vh;
}

.page-header-icon {
	font-size: 3rem;
	margin-bottom: 1rem;
}

.page-header-icon-with-cover {
	margin-top: -0.72em;
	margin-left: 0.07em;
}

.page-header-icon img {
	border-radius: 3px;
}

.link-to-page {
	margin: 1em 0;
	padding: 0;
	border: none;
	font-weight: 500;
}

p > .user {
	opacity: 0.5;
}

td > .user,
td > time {
	white-space: nowrap;
}

input[type="checkbox"] {
	transform: scale(1.5);
	margin-right: 0.6em;
	vertical-align: middle;
}

p {
	margin-top: 0.5em;
	margin-bottom: 0.5em;
}

.image {
	border: none;
	margin: 1.5em 0;
	padding: 0;
	border-radius: 0;
	text-align: center;
}

.code,
code {
	background: rgba(135, 131, 120, 0.15);
	border-radius: 3px;
	padding: 0.2em 0.4em;
	border-radius: 3px;
	font-size: 85%;
	tab-size: 2;
}

code {
	color: #eb5757;
}

.code {
	padding: 1.5em 1em;
}

.code-wrap {
	white-space: pre-wrap;
	word-break: break-all;
}

.code > code {
	background: none;
	padding: 0;
	font-size: 100%;
	color: inherit;
}

blockquote {
	font-size: 1.25em;
	margin: 1em 0;
	padding-left: 1em;
	border-left: 3px solid rgb(55, 53, 47);
}

.bookmark {
	text-decoration: none;
	max-height: 8em;
	padding: 0;
	display: flex;
	width: 100%;
	align-items: stretch;
}

.bookmark-title {
	font-size: 0.85em;
	overflow: hidden;
	text-overflow: ellipsis;
	height: 1.75em;
	white-space: nowrap;
}

.bookmark-text {
	display: flex;
	flex-direction: column;
}

.bookmark-info {
	flex: 4 1 180px;
	padding: 12px 14px 14px;
	display: flex;
	flex-direction: column;
	justify-content: space-between;
}

.bookmark-image {
	width: 33%;
	flex: 1 1 180px;
	display: block;
	position: relative;
	object-fit: cover;
	border-radius: 1px;
}

.bookmark-description {
	color: rgba(55, 53, 47, 0.6);
	font-size: 0.75em;
	overflow: hidden;
	max-height: 4.5em;
	word-break: break-word;
}

.bookmark-href {
	font-size: 0.75em;
	margin-top: 0.25em;
}

.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol"; }
.code { font-family: "SFMono-Regular", Menlo, Consolas, "PT Mono", "Liberation Mono", Courier, monospace; }
.serif { font-family: Lyon-Text, Georgia, ui-serif, serif; }
.mono { font-family: iawriter-mono, Nitti, Menlo, Courier, monospace; }
.pdf .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", 'Twemoji', 'Noto Color Emoji', 'Noto Sans CJK JP'; }
.pdf:lang(zh-CN) .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", 'Twemoji', 'Noto Color Emoji', 'Noto Sans CJK SC'; }
.pdf:lang(zh-TW) .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", 'Twemoji', 'Noto Color Emoji', 'Noto Sans CJK TC'; }
.pdf:lang(ko-KR) .sans { font-family: Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol", 'Twemoji', 'Noto Color Emoji', 'Noto Sans CJK KR'; }
.pdf .code { font-family: Source Code Pro, "SFMono-Regular", Menlo, Consolas, "PT Mono", "Liberation Mono", Courier, monospace, 'Twemoji', 'Noto Color Emoji', 'Noto Sans Mono CJK JP'; }
.pdf .serif { font-family: PT Serif, Lyon-Text, Georgia, ui-serif, serif, 'Twemoji', 'Noto Color Emoji', 'Noto Serif CJK JP'; }
.pdf .mono { font-family: PT Mono, iawriter-mono, Nitti, Menlo, Courier, monospace, 'Twemoji', 'Noto Color Emoji', 'Noto Sans Mono CJK JP'; }
.highlight-default {
	color: rgba(44, 44, 43, 1);
}
.highlight-gray {
	color: rgba(125, 122, 117, 1);
	fill: rgba(125, 122, 117, 1);
}
.highlight-brown {
	color: rgba(159, 118, 90, 1);
	fill: rgba(159, 118, 90, 1);
}
.highlight-orange {
	color: rgba(210, 123, 45, 1);
	fill: rgba(210, 123, 45, 1);
}
.highlight-yellow {
	color: rgba(203, 148, 52, 1);
	fill: rgba(203, 148, 52, 1);
}
.highlight-teal {
	color: rgba(80, 148, 110, 1);
	fill: rgba(80, 148, 110, 1);
}
.highlight-blue {
	color: rgba(56, 125, 201, 1);
	fill: rgba(56, 125, 201, 1);
}
.highlight-purple {
	color: rgba(154, 107, 180, 1);
	fill: rgba(154, 107, 180, 1);
}
.highlight-pink {
	color: rgba(193, 76, 138, 1);
	fill: rgba(193, 76, 138, 1);
}
.highlight-red {
	color: rgba(207, 81, 72, 1);
	fill: rgba(207, 81, 72, 1);
}
.highlight-default_background {
	color: rgba(44, 44, 43, 1);
}
.highlight-gray_background {
	background: rgba(42, 28, 0, 0.07);
}
.highlight-brown_background {
	background: rgba(139, 46, 0, 0.086);
}
.highlight-orange_background {
	background: rgba(224, 101, 1, 0.129);
}
.highlight-yellow_background {
	background: rgba(211, 168, 0, 0.137);
}
.highlight-teal_background {
	background: rgba(0, 100, 45, 0.09);
}
.highlight-blue_background {
	background: rgba(0, 124, 215, 0.094);
}
.highlight-purple_background {
	background: rgba(102, 0, 178, 0.078);
}
.highlight-pink_background {
	background: rgba(197, 0, 93, 0.086);
}
.highlight-red_background {
	background: rgba(223, 22, 0, 0.094);
}
.block-color-default {
	color: inherit;
	fill: inherit;
}
.block-color-gray {
	color: rgba(125, 122, 117, 1);
	fill: rgba(125, 122, 117, 1);
}
.block-color-brown {
	color: rgba(159, 118, 90, 1);
	fill: rgba(159, 118, 90, 1);
}
.block-color-orange {
	color: rgba(210, 123, 45, 1);
	fill: rgba(210, 123, 45, 1);
}
.block-color-yellow {
	color: rgba(203, 148, 52, 1);
	fill: rgba(203, 148, 52, 1);
}
.block-color-teal {
	color: rgba(80, 148, 110, 1);
	fill: rgba(80, 148, 110, 1);
}
.block-color-blue {
	color: rgba(56, 125, 201, 1);
	fill: rgba(56, 125, 201, 1);
}
.block-color-purple {
	color: rgba(154, 107, 180, 1);
	fill: rgba(154, 107, 180, 1);
}
.block-color-pink {
	color: rgba(193, 76, 138, 1);
	fill: rgba(193, 76, 138, 1);
}
.block-color-red {
	color: rgba(207, 81, 72, 1);
	fill: rgba(207, 81, 72, 1);
}
.block-color-default_background {
	color: inherit;
	fill: inherit;
}
.block-color-gray_background {
	background: rgba(240, 239, 237, 1);
}
.block-color-brown_background {
	background: rgba(245, 237, 233, 1);
}
.block-color-orange_background {
	background: rgba(251, 235, 222, 1);
}
.block-color-yellow_background {
	background: rgba(249, 243, 220, 1);
}
.block-color-teal_background {
	background: rgba(232, 241, 236, 1);
}
.block-color-blue_background {
	background: rgba(229, 242, 252, 1);
}
.block-color-purple_background {
	background: rgba(243, 235, 249, 1);
}
.block-color-pink_background {
	background: rgba(250, 233, 241, 1);
}
.block-color-red_background {
	background: rgba(252, 233, 231, 1);
}
.select-value-color-uiBlue { background-color: undefined; }
.select-value-color-pink { background-color: rgba(225, 136, 179, 0.27); }
.select-value-color-purple { background-color: rgba(168, 129, 197, 0.27); }
.select-value-color-green { background-color: rgba(123, 183, 129, 0.27); }
.select-value-color-gray { background-color: rgba(84, 72, 49, 0.15); }
.select-value-color-transparentGray { background-color: undefined; }
.select-value-color-translucentGray { background-color: undefined; }
.select-value-color-orange { background-color: rgba(224, 124, 57, 0.27); }
.select-value-color-brown { background-color: rgba(210, 162, 141, 0.35); }
.select-value-color-red { background-color: rgba(244, 171, 159, 0.4); }
.select-value-color-yellow { background-color: rgba(236, 191, 66, 0.39); }
.select-value-color-blue { background-color: rgba(93, 165, 206, 0.27); }
.select-value-color-pageGlass { background-color: undefined; }
.select-value-color-washGlass { background-color: undefined; }

.checkbox {
	display: inline-flex;
	vertical-align: text-bottom;
	width: 16;
	height: 16;
	background-size: 16px;
	margin-left: 2px;
	margin-right: 5px;
}

.checkbox-on {
	background-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20width%3D%2216%22%20height%3D%2216%22%20fill%3D%22%2358A9D7%22%2F%3E%0A%3Cpath%20d%3D%22M6.71429%2012.2852L14%204.9995L12.7143%203.71436L6.71429%209.71378L3.28571%206.2831L2%207.57092L6.71429%2012.2852Z%22%20fill%3D%22white%22%2F%3E%0A%3C%2Fsvg%3E");
}

.checkbox-off {
	background-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20x%3D%220.75%22%20y%3D%220.75%22%20width%3D%2214.5%22%20height%3D%2214.5%22%20fill%3D%22white%22%20stroke%3D%22%2336352F%22%20stroke-width%3D%221.5%22%2F%3E%0A%3C%2Fsvg%3E");
}
	
"""

SVG = ('<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;'
       'fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="%s"><path d="%s"></path></svg>')
PATHS = {
    "typesMultipleSelect": "M1.91602 4.83789C2.44238 4.83789 2.87305 4.40723 2.87305 3.87402C2.87305 3.34766 2.44238 2.91699 1.91602 2.91699C1.38281 2.91699 0.952148 3.34766 0.952148 3.87402C0.952148 4.40723 1.38281 4.83789 1.91602 4.83789ZM5.1084 4.52344H14.3984C14.7607 4.52344 15.0479 4.23633 15.0479 3.87402C15.0479 3.51172 14.7607 3.22461 14.3984 3.22461H5.1084C4.74609 3.22461 4.45898 3.51172 4.45898 3.87402C4.45898 4.23633 4.74609 4.52344 5.1084 4.52344ZM1.91602 9.03516C2.44238 9.03516 2.87305 8.60449 2.87305 8.07129C2.87305 7.54492 2.44238 7.11426 1.91602 7.11426C1.38281 7.11426 0.952148 7.54492 0.952148 8.07129C0.952148 8.60449 1.38281 9.03516 1.91602 9.03516ZM5.1084 8.7207H14.3984C14.7607 8.7207 15.0479 8.43359 15.0479 8.07129C15.0479 7.70898 14.7607 7.42188 14.3984 7.42188H5.1084C4.74609 7.42188 4.45898 7.70898 4.45898 8.07129C4.45898 8.43359 4.74609 8.7207 5.1084 8.7207ZM1.91602 13.2324C2.44238 13.2324 2.87305 12.8018 2.87305 12.2686C2.87305 11.7422 2.44238 11.3115 1.91602 11.3115C1.38281 11.3115 0.952148 11.7422 0.952148 12.2686C0.952148 12.8018 1.38281 13.2324 1.91602 13.2324ZM5.1084 12.918H14.3984C14.7607 12.918 15.0479 12.6309 15.0479 12.2686C15.0479 11.9062 14.7607 11.6191 14.3984 11.6191H5.1084C4.74609 11.6191 4.45898 11.9062 4.45898 12.2686C4.45898 12.6309 4.74609 12.918 5.1084 12.918Z",
    "typesStatus": "M8.75488 1.02344C8.75488 0.601562 8.44727 0.258789 8.03711 0.258789C7.62012 0.258789 7.29883 0.601562 7.29883 1.02344V3.21094C7.29883 3.62695 7.62012 3.96973 8.03711 3.96973C8.44727 3.96973 8.75488 3.62695 8.75488 3.21094V1.02344ZM4.19336 2.86914C3.90625 2.57617 3.4375 2.55859 3.14453 2.8457C2.85742 3.13281 2.85156 3.60742 3.13867 3.89453L4.69727 5.45898C4.98438 5.74609 5.45312 5.75195 5.74609 5.45898C6.0332 5.17188 6.03906 4.70312 5.75195 4.41602L4.19336 2.86914ZM11.1133 4.40430C10.8262 4.69141 10.832 5.16016 11.1191 5.44727C11.4121 5.74023 11.8809 5.73438 12.168 5.44727L13.7266 3.88281C14.0137 3.5957 14.0078 3.12109 13.7148 2.83398C13.4219 2.55273 12.9531 2.56445 12.666 2.85742L11.1133 4.40430Z",
    "typesSelect": "M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00293 7.99316 1.00293C4.13086 1.00293 0.938477 4.20215 0.938477 8.06445C0.938477 11.9336 4.1377 15.126 8 15.126ZM7.99316 10.4658C7.80176 10.4658 7.63086 10.377 7.49414 10.2266L4.76953 7.21387C4.58496 7.00195 4.56445 6.73535 4.7832 6.54395C4.99512 6.35938 5.26172 6.41406 5.45312 6.61914L7.99316 9.43945L10.5332 6.61914C10.7246 6.41406 10.9912 6.35938 11.2031 6.54395C11.4219 6.73535 11.4014 7.00195 11.2168 7.21387L8.49219 10.2266C8.35547 10.377 8.18457 10.4658 7.99316 10.4658Z",
    "typesPerson": "M10.9536 7.90088C12.217 7.90088 13.2559 6.79468 13.2559 5.38525C13.2559 4.01514 12.2114 2.92017 10.9536 2.92017C9.70142 2.92017 8.65137 4.02637 8.65698 5.39087C8.6626 6.79468 9.69019 7.90088 10.9536 7.90088ZM4.4231 8.03003C5.52368 8.03003 6.42212 7.05859 6.42212 5.83447C6.42212 4.63843 5.51245 3.68945 4.4231 3.68945C3.33374 3.68945 2.41846 4.64966 2.41846 5.84009C2.42407 7.05859 3.32251 8.03003 4.4231 8.03003ZM1.37964 13.168H5.49561C4.87231 12.292 5.43384 10.5288 6.78711 9.5127C6.18628 9.12964 5.37769 8.85474 4.4231 8.85474C1.95239 8.85474 0.262207 10.6384 0.262207 12.1023C0.262207 12.7109 0.598633 13.168 1.37964 13.168ZM7.50024 13.168H14.407C15.4009 13.168 15.7322 12.5495 15.7322 11.9934C15.7322 10.3354 13.6721 8.72021 10.9536 8.72021C8.22949 8.72021 6.17505 10.3354 6.17505 11.9934C6.17505 12.5495 6.50635 13.168 7.50024 13.168Z",
    "typesUrl": "M7.69922 10.8945L8.73828 9.84863C7.91797 9.77344 7.34375 9.51367 6.91992 9.08984C5.76465 7.93457 5.76465 6.29395 6.91309 5.14551L9.18262 2.87598C10.3379 1.7207 11.9717 1.7207 13.127 2.87598C14.2891 4.03809 14.2822 5.67188 13.1338 6.82031L11.958 7.99609C12.1768 8.49512 12.2451 9.10352 12.1289 9.62988L14.0908 7.6748C15.7725 6.00293 15.7793 3.62109 14.084 1.92578C12.3887 0.223633 10.0137 0.237305 8.33496 1.91211L5.95312 4.29395C4.27148 5.97559 4.26465 8.35742 5.95996 10.0527C6.36328 10.4629 6.92383 10.7773 7.69922 10.8945Z",
    "typesCreatedAt": "M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00293 7.99316 1.00293C4.13086 1.00293 0.938477 4.20215 0.938477 8.06445C0.938477 11.9336 4.1377 15.126 8 15.126ZM4.54395 8.91211C4.22266 8.91211 3.98340 8.67285 3.98340 8.35156C3.98340 8.03711 4.22266 7.79102 4.54395 7.79102H7.43945V3.98242C7.43945 3.66797 7.67871 3.42188 7.99316 3.42188C8.30762 3.42188 8.55371 3.66797 8.55371 3.98242V8.35156C8.55371 8.67285 8.30762 8.91211 7.99316 8.91211H4.54395Z",
    "typesDate": "M3.29688 14.4561H12.7031C14.1797 14.4561 14.9453 13.6904 14.9453 12.2344V3.91504C14.9453 2.45215 14.1797 1.69336 12.7031 1.69336H3.29688C1.82031 1.69336 1.05469 2.45215 1.05469 3.91504V12.2344C1.05469 13.6973 1.82031 14.4561 3.29688 14.4561ZM3.27637 13.1162C2.70898 13.1162 2.39453 12.8154 2.39453 12.2207V5.9043C2.39453 5.30273 2.70898 5.00879 3.27637 5.00879H12.71C13.2842 5.00879 13.6055 5.30273 13.6055 5.9043V12.2207C13.6055 12.8154 13.2842 13.1162 12.71 13.1162H3.27637Z",
    "typesCheckbox": "M3.85742 14.4561H12.1357C13.6123 14.4561 14.3779 13.6904 14.3779 12.2344V3.91504C14.3779 2.45215 13.6123 1.69336 12.1357 1.69336H3.85742C2.38086 1.69336 1.61523 2.45215 1.61523 3.91504V12.2344C1.61523 13.6973 2.38086 14.4561 3.85742 14.4561ZM7.11523 11.0469C6.86914 11.0469 6.66406 10.9443 6.47266 10.7051L4.77734 8.62012C4.66113 8.46973 4.59961 8.30566 4.59961 8.13477C4.59961 7.79297 4.86621 7.52637 5.20117 7.52637C5.40625 7.52637 5.57715 7.60156 5.75488 7.83398L7.08789 9.54297L9.91895 4.99023C10.0625 4.76465 10.2539 4.64844 10.4521 4.64844C10.7803 4.64844 11.0879 4.87402 11.0879 5.22266C11.0879 5.38672 10.999 5.55762 10.9033 5.70801L7.72363 10.6982C7.57324 10.9307 7.36133 11.0469 7.11523 11.0469Z",
    "typesTitle": "M0.637695 13.1914C1.0957 13.1914 1.32812 13 1.47852 12.5215L2.24414 10.3887H6.14746L6.91309 12.5215C7.06348 13 7.29590 13.1914 7.74707 13.1914C8.22559 13.1914 8.5332 12.9043 8.5332 12.4531C8.5332 12.2891 8.50586 12.1523 8.44434 11.9746L5.41602 3.79102C5.2041 3.21973 4.82129 2.95312 4.20605 2.95312C3.61133 2.95312 3.22852 3.21289 3.0166 3.78418L-0.0117188 11.9746C-0.0732422 12.1455 -0.100586 12.2891 -0.100586 12.4531C-0.100586 12.9043 0.18457 13.1914 0.637695 13.1914ZM2.63379 9.04688L4.17871 4.58398H4.21289L5.75781 9.04688H2.63379Z",
    "typesText": "M1.56738 3.25879H14.4258C14.7676 3.25879 15.0479 2.97852 15.0479 2.63672C15.0479 2.29492 14.7676 2.02148 14.4258 2.02148H1.56738C1.22559 2.02148 0.952148 2.29492 0.952148 2.63672C0.952148 2.97852 1.22559 3.25879 1.56738 3.25879ZM1.56738 6.84082H14.4258C14.7676 6.84082 15.0479 6.56055 15.0479 6.21875C15.0479 5.87695 14.7676 5.59668 14.4258 5.59668H1.56738C1.22559 5.59668 0.952148 5.87695 0.952148 6.21875C0.952148 6.56055 1.22559 6.84082 1.56738 6.84082ZM1.56738 10.4229H14.4258C14.7676 10.4229 15.0479 10.1426 15.0479 9.80078C15.0479 9.45898 14.7676 9.17871 14.4258 9.17871H1.56738C1.22559 9.17871 0.952148 9.45898 0.952148 9.80078C0.952148 10.1426 1.22559 10.4229 1.56738 10.4229ZM1.56738 14.0049H8.75879C9.10059 14.0049 9.38086 13.7246 9.38086 13.3828C9.38086 13.041 9.10059 12.7607 8.75879 12.7607H1.56738C1.22559 12.7607 0.952148 13.041 0.952148 13.3828C0.952148 13.7246 1.22559 14.0049 1.56738 14.0049Z",
}
TYPE_ICON = {"multi_select": "typesMultipleSelect", "status": "typesStatus", "select": "typesSelect",
             "person": "typesPerson", "url": "typesUrl", "created_time": "typesCreatedAt",
             "date": "typesDate", "checkbox": "typesCheckbox", "title": "typesTitle",
             "text": "typesText"}
CELL_IDS = ["PAJz", "ZN`<", "n]aH", "wbqU", "Qx;k"]
DB_PROP_IDS = {"date": "Xo%3Fa", "select": "q%7DNr", "text": "cLbW"}


class Ids:
    def __init__(self, seed):
        self.seed, self.n = seed, 0

    def next(self):
        self.n += 1
        h = hashlib.sha1(("%s:%d" % (self.seed, self.n)).encode()).hexdigest()
        return "1%s-%s-80%s-%s%s-%s" % (h[1:8], h[8:12], h[14:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32])


def esc(s):
    return html.escape(s, quote=False)


def inline(s):
    out = esc(s)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return out


def icon(kind):
    name = TYPE_ICON[kind]
    return '<span class="icon property-icon">' + SVG % (name, PATHS[name]) + "</span>"


def prop_row(kind, name, value):
    if kind == "multi_select":
        cells = "".join('<span class="selected-value select-value-color-%s">%s</span>'
                        % (c, esc(v)) for v, c in (x.split(":") for x in value.split(";")))
    elif kind in ("select",):
        v, c = value.split(":")
        cells = '<span class="selected-value select-value-color-%s">%s</span>' % (c, esc(v))
    elif kind == "status":
        v, c = value.split(":")
        cells = ('<span class="status-value select-value-color-%s"><div class="status-dot '
                 'status-dot-color-%s"></div>%s</span>' % (c, c, esc(v)))
    elif kind == "person":
        cells = ('<span class="user"><img src="https://lh3.googleusercontent.com/a/ACg8ocK3mZr1x'
                 'Vq0b7TnWfE2yHd9LpQ4s6uJcA8eRkN1oG5tBzXw=s100" class="icon user-icon"/>%s</span>'
                 % esc(value))
    elif kind == "url":
        cells = '<a href="%s" class="url-value">%s</a>' % (html.escape(value), esc(value))
    elif kind in ("created_time", "date"):
        cells = "<time>@%s</time>" % esc(value)
    elif kind == "checkbox":
        cells = '<div class="checkbox checkbox-%s"></div>' % value
    else:
        cells = esc(value)
    return ('<tr class="property-row property-row-%s"><th>%s%s</th><td>%s</td></tr>'
            % (kind, icon(kind), esc(name), cells))


def hexid(uid):
    return uid.replace("-", "")


def build(src):
    lines = src.split("\n")
    meta, props = {}, []
    i = 0
    while lines[i].strip():
        key, _, val = lines[i][1:].partition(" ")
        if key == "prop":
            props.append(val.split("|", 2))
        else:
            meta[key] = val
        i += 1
    body_lines = lines[i + 1:]
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    ids = Ids(meta["seed"])
    page_id = ids.next()
    title = meta["title"]
    out = []
    headings = []  # (level, id, text) for the table of contents
    toc_slot = None
    j = 0
    while j < len(body_lines):
        line = body_lines[j]
        if line.startswith("### ") or line.startswith("## "):
            level = 3 if line.startswith("### ") else 2
            text = line[level + 1:]
            uid = ids.next()
            headings.append((level, uid, text))
            out.append('<h%d id="%s" class="">%s</h%d>' % (level, uid, inline(text), level))
        elif line == "@toc":
            toc_slot = len(out)
            out.append(None)
            toc_id = ids.next()
        elif line.startswith("- "):
            out.append('<ul id="%s" class="bulleted-list"><li style="list-style-type:disc">%s</li></ul>'
                       % (ids.next(), inline(line[2:])))
        elif re.match(r"\d+\. ", line):
            n, _, text = line.partition(". ")
            out.append('<ol type="1" id="%s" class="numbered-list" start="%s"><li>%s</li></ol>'
                       % (ids.next(), n, inline(text)))
        elif line.startswith("> "):
            head, _, text = line[2:].partition(" | ")
            emoji, color = head.split(" ")
            out.append('<figure class="block-color-%s callout" style="white-space:pre-wrap;display:flex" '
                       'id="%s"><div style="font-size:1.5em"><span class="icon">%s</span></div>'
                       '<div style="width:100%%">%s</div></figure>' % (color, ids.next(), emoji, inline(text)))
        elif line.startswith("[toggle] "):
            uid = ids.next()
            kids = []
            while j + 1 < len(body_lines) and body_lines[j + 1].startswith("  "):
                j += 1
                kid = body_lines[j][2:]
                if kid.startswith("- "):
                    kids.append('<ul id="%s" class="bulleted-list"><li style="list-style-type:disc">%s</li></ul>'
                                % (ids.next(), inline(kid[2:])))
                else:
                    kids.append('<p id="%s" class="">%s</p>' % (ids.next(), inline(kid)))
            out.append('<ul id="%s" class="toggle"><li><details open=""><summary>%s</summary>%s</details></li></ul>'
                       % (uid, inline(line[9:]), "".join(kids)))
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            on = line[1] == "x"
            out.append('<ul id="%s" class="to-do-list"><li><div class="checkbox checkbox-%s"></div> '
                       '<span class="to-do-children-%s">%s</span><div class="indented"></div></li></ul>'
                       % (ids.next(), "on" if on else "off", "checked" if on else "unchecked",
                          inline(line[4:])))
        elif line.startswith("| "):
            rows = []
            while j < len(body_lines) and body_lines[j].startswith("| "):
                rows.append([c.strip() for c in body_lines[j].strip().strip("|").split(" | ")])
                j += 1
            j -= 1
            tid = ids.next()
            head = "".join('<th id="%s" class="simple-table-header-color simple-table-header">%s</th>'
                           % (esc(CELL_IDS[k]), inline(c)) for k, c in enumerate(rows[0]))
            parts = ['<table id="%s" class="simple-table"><thead class="simple-table-header">'
                     '<tr id="%s">%s</tr></thead><tbody>' % (tid, ids.next(), head)]
            for r in rows[1:]:
                parts.append('<tr id="%s">%s</tr>' % (ids.next(), "".join(
                    '<td id="%s" class="">%s</td>' % (esc(CELL_IDS[k]), inline(c)) for k, c in enumerate(r))))
            parts.append("</tbody></table>")
            out.append("".join(parts))
        elif line.startswith("@db "):
            spec = line[4:].split(" | ")
            dbname, cols = spec[0], [c.split(":") for c in spec[1:]]
            db_id = ids.next()
            db_hex = hexid(ids.next())
            head = "".join("<th>%s%s</th>" % (icon(kind), esc(name)) for name, kind in cols)
            parts = ['<div id="%s" class="collection-content"><h4 class="collection-title">%s</h4>'
                     '<table class="collection-content"><thead><tr>%s</tr></thead><tbody>'
                     % (db_id, esc(dbname), head)]
            while j + 1 < len(body_lines) and body_lines[j + 1].strip():
                j += 1
                cells = body_lines[j].split(" | ")
                row_id = ids.next()
                tds = []
                for (name, kind), val in zip(cols, cells):
                    if kind == "title":
                        href = "%s/%s.html" % (
                            urllib.parse.quote("%s %s" % (dbname, db_hex)),
                            urllib.parse.quote("%s %s" % (val.replace("'", ""), hexid(row_id))))
                        tds.append('<td class="cell-title"><a href="%s">%s</a></td>' % (href, esc(val)))
                    elif kind == "date":
                        tds.append('<td class="cell-%s"><time>@%s</time></td>' % (DB_PROP_IDS[kind], esc(val)))
                    elif kind == "select":
                        v, c = val.split(":")
                        tds.append('<td class="cell-%s"><span class="selected-value select-value-color-%s">'
                                   '%s</span></td>' % (DB_PROP_IDS[kind], c, esc(v)))
                    else:
                        tds.append('<td class="cell-%s">%s</td>' % (DB_PROP_IDS[kind], esc(val)))
                parts.append('<tr id="%s">%s</tr>' % (row_id, "".join(tds)))
            parts.append("</tbody></table><br/><br/></div>")
            j += 1  # the blank line that closes the rows
            out.append("".join(parts))
        elif line.startswith("@page "):
            emoji, _, name = line[6:].partition(" | ")
            uid = ids.next()
            fname = urllib.parse.quote("%s %s.html" % (name, hexid(uid)))
            out.append('<figure id="%s" class="link-to-page"><a href="%s"><span class="icon">%s</span>%s</a></figure>'
                       % (uid, fname, emoji, esc(name)))
        elif line.startswith("@bookmark "):
            url, btitle, desc = line[10:].split(" | ")
            out.append('<figure id="%s"><a href="%s" class="bookmark source"><div class="bookmark-info">'
                       '<div class="bookmark-text"><div class="bookmark-title">%s</div>'
                       '<div class="bookmark-description">%s</div></div><div class="bookmark-href">'
                       '<img src="https://static.pib.gov.in/WriteReadData/specificdocs/photo/2021/aug/ph202183101.png" '
                       'class="icon bookmark-icon"/>%s</div></div></a></figure>'
                       % (ids.next(), html.escape(url), esc(btitle), esc(desc), esc(url)))
        elif line == "---":
            out.append('<hr id="%s"/>' % ids.next())
        elif not line.strip():
            out.append('<p id="%s" class="">\n</p>' % ids.next())
        else:
            out.append('<p id="%s" class="">%s</p>' % (ids.next(), inline(line)))
        j += 1
    if toc_slot is not None:
        items = "".join('<div class="table_of_contents-item table_of_contents-indent-%d">'
                        '<a class="table_of_contents-link" href="#%s">%s</a></div>'
                        % (level - 1, uid, esc(text.replace("**", ""))) for level, uid, text in headings)
        out[toc_slot] = '<nav id="%s" class="block-color-gray table_of_contents">%s</nav>' % (toc_id, items)
    header = ('<header><div class="page-header-icon undefined"><span class="icon">%s</span></div>'
              '<h1 class="page-title">%s</h1><p class="page-description"></p>'
              '<table class="properties"><tbody>%s</tbody></table></header>'
              % (meta["icon"], esc(title), "".join(prop_row(k, n, v) for k, n, v in props)))
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>%s</title>'
           '<style>%s</style></head><body><article id="%s" class="page sans">%s<div class="page-body">%s'
           '</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>'
           % (esc(title), STYLE, page_id, header, "".join(out)))
    return doc


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build(src))


if __name__ == "__main__":
    main()
