#!/usr/bin/python3
"""Re-make docs/wetland-schemes-npca-amrit-dharohar.html from tools/wetland-schemes-npca-amrit-dharohar.txt.

The source is the page as GitBook's Git Sync writes it (Markdown with a YAML "description"
front matter and GitBook's own {% hint %} / {% tabs %} / {% tab %} blocks). The output is
that page as published on a gitbook.io site (GitBook's Next.js renderer, 2025) and saved from
Chrome with "Save page as > Webpage, Complete": a "saved from url" comment, stylesheet, font
and script links rewritten into the "..._files" folder Chrome creates (the set does not hold
it), the site header (logo, space title, "Ask or search..." with Ctrl K, header links), the
left table of contents (section groups, an expanded "Wetlands" page group, the current page
marked aria-current, "Powered by GitBook"), the page header (section label, h1 title,
description), the blocks (paragraphs, headings with hidden "Direct link to heading" hash
anchors, lists, hint blocks whose icons are empty svgs masked with Font Awesome URLs, a tab
set whose inactive panels carry the "hidden" class, a table drawn with div role="table" /
"row" / "columnheader" / "cell"), the Previous / Next page links, "Last updated" with a
relative time, a "Was this helpful?" widget, the "On this page" outline and the React Server
Components payload scripts (self.__next_f.push).
Run from anywhere: /usr/bin/python3 tools/make_gitbook.py (byte-for-byte reproducible);
an optional argument writes the file elsewhere, as tools/check.py does.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wetland-schemes-npca-amrit-dharohar.txt")
OUT = (sys.argv[1] if len(sys.argv) > 1
       else os.path.join(HERE, "..", "docs", "wetland-schemes-npca-amrit-dharohar.html"))
SITE = "https://prayaas-upsc.gitbook.io/notes"
PAGE_PATH = "/notes/gs3-environment/wetlands/wetland-schemes-npca-amrit-dharohar"
URL = SITE + "/gs3-environment/wetlands/wetland-schemes-npca-amrit-dharohar"
SPACE = "Prayaas UPSC Notes"
# Chrome names the folder after the page title, ":" and "|" turned into "_"; "&" is escaped
# wherever the path sits in an attribute
FILES = "./Wetland schemes_ NPCA, Amrit Dharohar &amp; Mission Sahbhagita _ Prayaas UPSC Notes_files"
FA = "https://ka-p.fontawesome.com/releases/v6.6.0/svgs/regular/%s.svg?v=2&token=a463935e93"

P_CLS = "mx-auto page-width-wide:mx-0 decoration-primary/6 w-full max-w-3xl print:break-inside-avoid page-api-block:ml-0"
BLOCK_CLS = "mx-auto page-width-wide:mx-0 w-full max-w-3xl page-api-block:ml-0"

TOC = [
    ("", [("Welcome", "/notes", 0), ("How to use these notes", "/notes/how-to-use-these-notes", 0)]),
    ("GS3 Environment", [
        ("Ecology basics", "/notes/gs3-environment/ecology-basics", 0),
        ("Biodiversity hotspots", "/notes/gs3-environment/biodiversity-hotspots", 0),
        ("Wetlands", "/notes/gs3-environment/wetlands", 0),
        ("Types of wetlands", "/notes/gs3-environment/wetlands/types-of-wetlands", 1),
        ("Ramsar Convention & Indian sites", "/notes/gs3-environment/wetlands/ramsar-convention-and-indian-sites", 1),
        ("Wetlands (Conservation & Management) Rules, 2017",
         "/notes/gs3-environment/wetlands/wetlands-conservation-and-management-rules-2017", 1),
        ("Wetland schemes: NPCA, Amrit Dharohar & Mission Sahbhagita", PAGE_PATH, 1),
        ("Mangroves & MISHTI", "/notes/gs3-environment/mangroves-and-mishti", 0),
        ("Coral reefs", "/notes/gs3-environment/coral-reefs", 0),
        ("Protected areas & ESZs", "/notes/gs3-environment/protected-areas-and-eszs", 0),
    ]),
    ("Current affairs", [
        ("Environment: August 2025", "/notes/current-affairs/environment-august-2025", 0),
        ("Environment: September 2025", "/notes/current-affairs/environment-september-2025", 0),
    ]),
]
PREV = ("Wetlands (Conservation & Management) Rules, 2017",
        "/notes/gs3-environment/wetlands/wetlands-conservation-and-management-rules-2017")
NEXT = ("Mangroves & MISHTI", "/notes/gs3-environment/mangroves-and-mishti")
HINT_ICON = {"info": "circle-info", "warning": "circle-exclamation", "success": "circle-check",
             "danger": "triangle-exclamation"}


def esc(s):
    return html.escape(s, quote=True)


def slug(s):
    s = re.sub(r"[^\w\s-]", "", s.lower())
    return re.sub(r"[\s_]+", "-", s).strip("-")


def inline(s):
    out = esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r'<strong class="font-bold">\1</strong>', out)


def icon(name, cls="size-[1em]"):
    return ('<svg class="gb-icon %s shrink-0" style="mask-image:url(%s);-webkit-mask-image:url(%s);'
            'mask-repeat:no-repeat;-webkit-mask-repeat:no-repeat;mask-position:center;'
            '-webkit-mask-position:center"></svg>' % (cls, esc(FA % name), esc(FA % name)))


def para(text):
    return '<p class="%s">%s</p>' % (P_CLS, inline(text))


def heading(level, text):
    hid = slug(text)
    size = "text-2xl" if level == 2 else "text-xl"
    return ('<h%d id="%s" class="group/hash flex items-baseline scroll-mt-(--content-scroll-margin) %s '
            'font-semibold mt-[1.25em] %s"><div class="hash grid grid-area-1-1 relative -ml-6 w-7 '
            'border-0 opacity-0 group-hover/hash:opacity-100 group-focus/hash:opacity-100 md:opacity-0">'
            '<a href="#%s" class="inline-flex h-full items-start opacity-0 hover:opacity-100 '
            'focus:opacity-100 group-hover/hash:opacity-100 group-focus/hash:opacity-100 '
            'transition-opacity duration-75 text-base" aria-label="Direct link to heading">%s</a></div>'
            '<div class="grid-area-1-1 z-1 justify-self-start text-left">%s</div></h%d>'
            % (level, hid, size, BLOCK_CLS, hid, icon("hashtag", "size-3 self-center text-tint"),
               inline(text), level))


def ul(items):
    return ('<ul class="%s list-disc marker:text-tint space-y-2 ps-6">%s</ul>'
            % (BLOCK_CLS, "".join('<li class="flex flex-col gap-2 leading-normal"><p class="leading-normal">'
                                  '%s</p></li>' % inline(i) for i in items)))


def hint(style, paras):
    return ('<div class="hint hint-%s %s px-4 py-4 transition-colors rounded-md straight-corners:rounded-none '
            'ring-1 ring-inset bg-%s ring-%s flex items-start gap-3 text-tint-strong" data-testid="hint">'
            '<div class="mt-0.5 text-%s">%s</div><div class="flex-1 space-y-4 leading-normal">%s</div></div>'
            % (style, BLOCK_CLS, style, style, style, icon(HINT_ICON[style], "size-[1.2em]"),
               "".join('<p class="leading-normal">%s</p>' % inline(p) for p in paras)))


def tabs(tab_list, n):
    buttons, panels = [], []
    for k, (title, body) in enumerate(tab_list):
        tid = "tab-%d-%d" % (n, k + 1)
        active = k == 0
        buttons.append('<button role="tab" type="button" id="%s" aria-controls="%s-panel" aria-selected="%s" '
                       'class="inline-block text-sm px-3.5 py-2 transition-[color] font-[500] relative '
                       'after:transition-colors after:border-r after:absolute after:left-[unset] '
                       'after:right-0 after:border-tint after:top-[15%%] after:h-[70%%] after:w-[1px] '
                       'truncate max-w-full%s">%s</button>'
                       % (tid, tid, "true" if active else "false",
                          " text-primary-strong bg-tint-base" if active else " text-tint hover:text-tint-strong",
                          esc(title)))
        panels.append('<div role="tabpanel" id="%s-panel" aria-labelledby="%s" class="p-4%s">%s</div>'
                      % (tid, tid, "" if active else " hidden", "".join(para(b) for b in body)))
    return ('<div class="%s rounded-lg straight-corners:rounded-sm ring-1 ring-inset ring-tint-subtle '
            'flex overflow-hidden flex-col" data-testid="tabs"><div role="tablist" class="group/tabs '
            'inline-flex flex-row self-stretch overflow-hidden bg-tint-12/1 ring-1 ring-inset '
            'ring-tint-subtle">%s</div>%s</div>' % (BLOCK_CLS, "".join(buttons), "".join(panels)))


def table(rows):
    head, body = rows[0], rows[1:]
    widths = [14, 20, 14, 22, 30]

    def cell(role, text, w):
        return ('<div role="%s" class="flex-1 align-middle border-tint-subtle border-b py-2 px-3 '
                'min-w-[100px] text-sm" style="width:%d%%;min-width:%d%%"><p class="leading-normal '
                'text-left">%s</p></div>' % (role, w, w, inline(text)))
    hdr = ('<div role="rowgroup" class="flex flex-col w-full [&amp;&gt;*+*]:border-t border-tint-subtle '
           'sticky top-0 z-[1] bg-tint-base"><div role="row" class="flex w-full font-semibold">%s</div></div>'
           % "".join(cell("columnheader", t, w) for t, w in zip(head, widths)))
    rws = "".join('<div role="row" class="flex w-full">%s</div>'
                  % "".join(cell("cell", t, w) for t, w in zip(r, widths)) for r in body)
    return ('<div class="%s relative overflow-x-auto rounded-md straight-corners:rounded-none ring-1 '
            'ring-inset ring-tint-subtle"><div role="table" class="flex flex-col min-w-fit">%s'
            '<div role="rowgroup" class="flex flex-col w-full">%s</div></div></div>' % (BLOCK_CLS, hdr, rws))


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    fm, body = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S).groups()
    desc = " ".join(l.strip() for l in fm.split("\n")[1:])
    lines = body.strip("\n").split("\n")
    title = lines[0][2:]
    blocks, outline, i, n_tabs = [], [], 1, 0
    while i < len(lines):
        s = lines[i]
        if not s.strip():
            i += 1
            continue
        m = re.match(r'\{% hint style="(\w+)" %\}', s)
        if m:
            paras = []
            i += 1
            while lines[i] != "{% endhint %}":
                if lines[i].strip():
                    paras.append(lines[i])
                i += 1
            blocks.append(hint(m.group(1), paras))
        elif s == "{% tabs %}":
            tab_list = []
            i += 1
            while lines[i] != "{% endtabs %}":
                t = re.match(r'\{% tab title="(.+)" %\}', lines[i])
                if t:
                    tab_list.append((t.group(1), []))
                elif lines[i].strip() and lines[i] != "{% endtab %}":
                    tab_list[-1][1].append(lines[i])
                i += 1
            n_tabs += 1
            blocks.append(tabs(tab_list, n_tabs))
        elif s.startswith("## ") or s.startswith("### "):
            level = 2 if s.startswith("## ") else 3
            text_ = s[level + 1:]
            blocks.append(heading(level, text_))
            outline.append((level, text_))
        elif s.startswith("* "):
            items = []
            while i < len(lines) and lines[i].startswith("* "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(ul(items))
            continue
        elif s.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i].strip("|").split(" | ")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(table(rows))
            continue
        else:
            blocks.append(para(s))
        i += 1
    return title, desc, blocks, outline


def sidebar():
    out = []
    for group, pages in TOC:
        items = []
        for name, href, depth in pages:
            current = href == PAGE_PATH
            items.append('<li class="flex flex-col"><a class="flex flex-row justify-between gap-2 circular-corners:'
                         'rounded-2xl rounded-md straight-corners:rounded-none p-1.5 pl-3 text-balance font-normal '
                         'text-sm transition-colors duration-100 hover:bg-tint-hover%s%s" href="%s"%s>%s%s</a></li>'
                         % (" ml-4 border-l border-tint-subtle" if depth else "",
                            " font-semibold text-primary-subtle bg-primary-hover" if current else " text-tint-strong/7",
                            esc(href), ' aria-current="page"' if current else "", esc(name),
                            icon("chevron-down", "size-3 m-1 text-tint") if name == "Wetlands" else ""))
        label = ('<li class="flex flex-col"><div class="-top-4 sticky z-1 flex items-center gap-3 px-3 pt-6 '
                 'font-semibold text-xs uppercase tracking-wide pb-3 [&amp;+ul]:mt-0 text-tint-strong">%s</div>'
                 '</li>' % esc(group)) if group else ""
        out.append('<ul class="flex flex-col gap-y-0.5">%s%s</ul>' % (label, "".join(items)))
    return ('<aside class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 page-no-toc:lg:basis-56 '
            'relative z-30 flex flex-col bg-tint-base lg:sticky lg:h-[calc(100vh-64px)] lg:top-16" '
            'data-testid="table-of-contents"><div class="flex-1 flex flex-col overflow-y-auto pt-6 pb-4 '
            'lg:pr-4"><nav aria-label="Table of contents">%s</nav></div><div class="border-t border-tint-subtle '
            'py-4"><a target="_blank" href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark'
            '&amp;utm_campaign=prayaas-upsc" class="text-sm font-semibold flex flex-row items-center px-5 '
            'py-4 gap-3 rounded-lg text-tint-strong ring-1 ring-inset ring-tint-subtle hover:bg-tint-hover">'
            '%s<span>Powered by GitBook</span></a></div></aside>' % ("".join(out), icon("gitbook", "size-5")))


def outline_html(outline):
    items = "".join('<li class="flex flex-col"><a href="#%s" class="flex flex-row items-baseline gap-3 text-sm '
                    'py-1 %s text-tint hover:text-tint-strong transition-colors">%s</a></li>'
                    % (slug(t), "pl-3" if lvl == 2 else "pl-7", esc(t)) for lvl, t in outline)
    return ('<aside class="group/aside hidden xl:flex flex-col basis-56 grow-0 shrink-0 sticky top-16 '
            'h-[calc(100vh-64px)] py-8 page-no-outline:hidden"><div class="flex flex-col"><div '
            'class="flex flex-row items-center gap-2 text-xs font-semibold uppercase tracking-wide '
            'text-tint-strong pb-2">%s<span>On this page</span></div><ul class="flex flex-col border-l '
            'border-tint-subtle">%s</ul></div></aside>' % (icon("block-quote", "size-3"), items))


def rsc(title, desc):
    chunks = [
        '1:"$Sreact.fragment"\n2:I[94012,["8077","static/chunks/8077-4c9b0b2d1e7f6a35.js","1312",'
        '"static/chunks/app/(site)/(content)/%5BpagePath%5D/page-2b7e9c1d0a6f4e58.js"],"TableOfContents"]\n',
        '3:I[51187,[],"ClientPageRoot"]\n4:I[77220,["3981","static/chunks/3981-a17fe02c9d58b6e4.js"],'
        '"TrackPageViewEvent"]\n',
        '5:' + json.dumps({"page": {"id": "Qw7rZp2KxV9mYd4LhN1c", "title": title, "description": desc,
                                    "path": "gs3-environment/wetlands/wetland-schemes-npca-amrit-dharohar",
                                    "updatedAt": "2025-09-28T12:32:41.118Z"},
                           "space": {"id": "t8HcW3nQa5XyRkP0s2Vb", "title": SPACE}},
                          ensure_ascii=False, separators=(",", ":")) + "\n",
    ]
    out = ['<script>(self.__next_f=self.__next_f||[]).push([0])</script>']
    for c in chunks:
        out.append("<script>self.__next_f.push(%s)</script>"
                   % json.dumps([1, c], ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    return "".join(out)


def main():
    title, desc, blocks, outline = parse()
    page_title = "%s | %s" % (title, SPACE)
    head = (
        '<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n'
        '<html lang="en" class="sidebar-filled circular-corners theme-clean no-tint font-Inter links-default '
        'page-has-toc page-has-outline" style="--scrollbar-width:0px;"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="%s/4b2d8f1a9c3e7d06.css" data-precedence="next">'
        '<link rel="stylesheet" href="%s/e91c0a7b5d3f2864.css" data-precedence="next">'
        '<link rel="preload" as="script" fetchpriority="low" href="%s/webpack-3f0d6e8a2b9c41d7.js">'
        '<script src="%s/4bd1b696-1c8e6f9a0d2b7e35.js.download" async=""></script>'
        '<script src="%s/main-app-8a3c5e1f7b9d0264.js.download" async=""></script>'
        '<link rel="preload" href="%s/inter-latin-wght-normal.woff2" as="font" crossorigin="" type="font/woff2">'
        '<meta name="next-size-adjust" content=""><title>%s</title>'
        '<meta name="description" content="%s"><meta name="generator" content="GitBook (12.1.0)">'
        '<meta name="robots" content="index, follow"><link rel="canonical" href="%s/gs3-environment/wetlands/'
        'wetland-schemes-npca-amrit-dharohar"><meta property="og:title" content="%s">'
        '<meta property="og:description" content="%s"><meta property="og:image" content="%s/~gitbook/ogimage/'
        'Qw7rZp2KxV9mYd4LhN1c"><meta name="twitter:card" content="summary_large_image">'
        '<meta name="twitter:title" content="%s"><meta name="color-scheme" content="light">'
        '<link rel="icon" href="%s/icon" type="image/png" media="(prefers-color-scheme: light)">'
        '<style>:root{--primary-1:255 255 255;--primary-9:6 106 90;--primary-10:8 122 103;'
        '--tint-1:255 255 255;--tint-12:20 23 28;--contrast-primary-9:255 255 255;--header-background:6 106 90;'
        '--header-link:255 255 255}</style></head>'
        % (len(URL), URL, FILES, FILES, FILES, FILES, FILES, FILES, esc(page_title), esc(desc), SITE, esc(page_title),
           esc(desc), SITE, esc(page_title), FILES))
    header = (
        '<body class="antialiased"><div class="scroll-nojump"><div class="pointer-events-none fixed inset-x-0 '
        'top-0 z-50 h-0.5 overflow-hidden hidden"></div><header id="site-header" class="flex flex-col h-[64px] '
        'sticky top-0 pt-[env(safe-area-inset-top)] z-30 w-full flex-none shadow-[0px_1px_0px] '
        'shadow-tint-12/2 bg-tint-base/9 theme-muted:bg-tint-subtle/9 backdrop-blur-lg text-sm">'
        '<div class="transition-all duration-300 lg:chat-open:pr-80"><div class="gap-4 lg:gap-6 flex items-center '
        'justify-between w-full py-3 min-h-16 sm:h-16 px-4 sm:px-6 md:px-8 max-w-screen-2xl mx-auto">'
        '<div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4">'
        '<button type="button" aria-label="Open table of contents" class="lg:hidden">%s</button>'
        '<a class="group/headerlogo min-w-0 shrink flex items-center" href="%s"><img alt="" class="block '
        'object-contain size-8" src="%s/logo-prayaas.png" width="32" height="32"><div class="text-pretty '
        'line-clamp-2 tracking-tight max-w-[18ch] lg:max-w-[24ch] font-semibold ms-3 text-base/tight '
        'lg:text-lg/tight text-tint-strong">%s</div></a></div><div class="flex grow-0 shrink-0 @2xl:basis-56 '
        'justify-self-end items-center gap-2 transition-[margin] duration-300 order-last"><div '
        'class="relative flex @max-2xl:size-9.5 grow"><button type="button" id="search-button" '
        'class="flex w-full items-center gap-2 rounded-corners:rounded-lg px-3 py-2 ring-1 ring-tint-subtle '
        'bg-tint-base text-tint">%s<div class="hidden @2xl:block grow truncate text-left">Ask or search...</div>'
        '<div class="shortcut hidden justify-end gap-0.5 whitespace-nowrap text-tint text-xs md:flex">'
        '<kbd class="flex h-5 min-w-5 items-center justify-center rounded-sm border border-tint-subtle '
        'px-1">Ctrl</kbd><kbd class="flex size-5 items-center justify-center rounded-sm border '
        'border-tint-subtle">K</kbd></div></button></div></div><div class="z-20 shrink contents md:flex">'
        '<div class="flex gap-2 items-center"><a href="https://t.me/prayaas_upsc_notes" class="text-sm px-3 '
        'py-1 font-medium rounded-md text-tint-strong hover:bg-tint-hover">Telegram</a><a '
        'href="https://www.youtube.com/@prayaasupsc" class="text-sm px-3 py-1 font-medium rounded-md '
        'text-tint-strong hover:bg-tint-hover">YouTube</a></div></div></div></div></header>'
        % (icon("bars", "size-4"), SITE, FILES, esc(SPACE), icon("magnifying-glass", "size-4")))
    main_ = (
        '<div class="flex flex-col lg:flex-row max-w-screen-2xl mx-auto lg:px-8 md:px-6 px-4 gap-8">%s'
        '<div class="flex flex-row flex-1 min-w-0 gap-8"><main class="relative min-w-0 flex-1 max-w-full '
        'py-8 break-anywhere page-api-block:xl:max-2xl:pr-0 page-api-block:max-w-[1654px]">'
        '<header class="max-w-3xl page-width-wide:max-w-screen-2xl mx-auto mb-6 space-y-3 '
        'page-api-block:ml-0"><div class="text-xs tracking-wide font-semibold uppercase flex flex-row '
        'items-center gap-2 text-primary-subtle"><a href="%s/gs3-environment/wetlands">Wetlands</a></div>'
        '<h1 class="text-pretty text-3xl font-bold flex items-center gap-4">%s</h1><p class="max-w-3xl '
        'text-lg text-tint">%s</p></header><div class="whitespace-pre-wrap grid [&amp;&gt;*+*]:mt-5 '
        'page-api-block:ml-0 ml-0 max-w-3xl">%s</div>'
        '<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl page-width-wide:max-w-screen-2xl mx-auto '
        'page-api-block:ml-0"><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse items-center '
        'pl-4 border border-tint-subtle rounded-sm circular-corners:rounded-2xl straight-corners:rounded-none '
        'hover:border-primary text-pretty md:p-4 md:text-base" href="%s"><span class="flex flex-col flex-1 '
        'text-right"><span class="text-xs">Previous</span><span class="text-tint-strong group-hover:text-primary '
        'line-clamp-2">%s</span></span>%s</a><a class="group text-sm p-2.5 flex gap-4 flex-1 flex-row items-center '
        'pr-4 border border-tint-subtle rounded-sm circular-corners:rounded-2xl straight-corners:rounded-none '
        'hover:border-primary text-pretty md:p-4 md:text-base" href="%s"><span class="flex flex-col flex-1">'
        '<span class="text-xs">Next</span><span class="text-tint-strong group-hover:text-primary line-clamp-2">'
        '%s</span></span>%s</a></div><div class="flex flex-row flex-wrap gap-4 items-center mt-6 max-w-3xl '
        'page-width-wide:max-w-screen-2xl mx-auto page-api-block:ml-0"><div class="flex flex-row items-center '
        'gap-2 text-sm text-tint">%s<p>Last updated <time datetime="2025-09-28T12:32:41.118Z" '
        'title="Sun, Sep 28, 2025, 6:02 PM">2 days ago</time></p></div><div class="flex-1"></div>'
        '<div class="flex flex-row items-center gap-3 text-sm"><p class="text-tint">Was this helpful?</p>'
        '<div role="radiogroup" class="flex gap-1"><button type="button" role="radio" aria-checked="false" '
        'aria-label="Not helpful" class="rounded-full size-8 ring-1 ring-tint-subtle">%s</button>'
        '<button type="button" role="radio" aria-checked="false" aria-label="Neutral" class="rounded-full '
        'size-8 ring-1 ring-tint-subtle">%s</button><button type="button" role="radio" aria-checked="false" '
        'aria-label="Helpful" class="rounded-full size-8 ring-1 ring-tint-subtle">%s</button></div></div>'
        '</div></main>%s</div></div>'
        % (sidebar(), SITE, esc(title), esc(desc), "".join(blocks), esc(PREV[1]), esc(PREV[0]),
           icon("chevron-left", "size-4 text-tint-subtle"), esc(NEXT[1]), esc(NEXT[0]),
           icon("chevron-right", "size-4 text-tint-subtle"), icon("clock", "size-3"),
           icon("face-frown", "size-4"), icon("face-meh", "size-4"), icon("face-smile", "size-4"),
           outline_html(outline)))
    tail = ('</div>%s<script src="%s/webpack-3f0d6e8a2b9c41d7.js.download" async=""></script>'
            '<next-route-announcer style="position: absolute;"></next-route-announcer></body></html>'
            % (rsc(title, desc), FILES))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + header + main_ + tail)


if __name__ == "__main__":
    main()
