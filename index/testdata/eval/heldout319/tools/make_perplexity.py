#!/usr/bin/python3
"""Make docs/green-credit-programme-perplexity.html from tools/green-credit-programme-perplexity.txt.

The page imitates a Perplexity thread saved from Chrome with "Save Page As... > Webpage,
Complete": the doctype, Chrome's "saved from url" comment, a Next.js head whose stylesheet and
script links point into the "_files" folder Chrome writes beside the page (named after the page
title, so not after this file's name), then the whole body serialised on one line as the app
rendered it: the left sidebar (logo, New Thread with its Ctrl I hint, Home, Discover, Spaces,
Library and its recent threads, the Try Pro box, the account row, Download), a sticky header
with Share, and one block per turn of the thread: the query as a heading, the "Sources" strip
(three cards and a "View n more" card with favicons), the "Answer" with its markdown rendered
(h2 headings, bold lead-ins, bullet and numbered lists, tables in a scroll wrapper, citation
bubbles whose text is the source number), the action bar (Share, Rewrite, copy, thumbs) and the
right-hand Search Images / Search Videos buttons; after the last turn the "Related" list and the
"Ask follow-up" box; at the end the React Server Components payload scripts
(self.__next_f.push) that repeat the first answer's markdown, as Next.js pages do.

Run from anywhere: /usr/bin/python3 tools/make_perplexity.py [output path]
The output is deterministic (no clocks, no randomness).
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "green-credit-programme-perplexity.txt")
OUT = os.path.join(HERE, "..", "docs", "green-credit-programme-perplexity.html")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def hexid(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def read_source():
    front = {"library": []}
    turns, related = [], []
    cur, in_answer = None, False
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("%"):
            continue
        if in_answer:
            if line == "@end":
                in_answer = False
            else:
                cur["answer"].append(line)
            continue
        if line.startswith("@url "):
            front["url"] = line[5:]
        elif line.startswith("@user "):
            front["user"] = line[6:]
        elif line.startswith("@library "):
            front["library"].append(line[9:])
        elif line.startswith("@q "):
            cur = {"q": line[3:], "sources": [], "answer": []}
            turns.append(cur)
        elif line.startswith("@src "):
            n, site, url, title = line[5:].split("|", 3)
            cur["sources"].append({"n": int(n), "site": site, "url": url, "title": title})
        elif line.startswith("@related "):
            related.append(line[9:])
        elif line.strip() == "":
            continue
        else:
            # first answer line follows the @src lines directly
            in_answer = True
            cur["answer"].append(line)
    return front, turns, related


ICON = {
    "logo": '<svg viewBox="0 0 101 116" stroke="currentColor" fill="none" xmlns="http://www.w3.org/2000/svg" class="h-auto w-8"><path d="M86.4325 6.53418L50.4634 36.9696H86.4325V6.53418Z" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M50.4625 36.9696L17.2603 6.53418V36.9696" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M50.4634 1L50.4634 114.441" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M83.6656 70.172L50.4634 36.9697V79.3026L83.6656 109.738V70.172Z" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M17.2603 70.172L50.4625 36.9697V78.4497L17.2603 108.885V70.172Z" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M3.42627 36.9697V81.2678H17.2605V70.1723L50.4627 36.9697H3.42627Z" stroke-width="5.53371" stroke-miterlimit="10"></path><path d="M50.4634 36.9697L83.6656 70.1723V81.2678H97.4999V36.9697L50.4634 36.9697Z" stroke-width="5.53371" stroke-miterlimit="10"></path></svg>',
    "plus": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="plus" class="svg-inline--fa fa-plus fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M248 72c0-13.3-10.7-24-24-24s-24 10.7-24 24V232H40c-13.3 0-24 10.7-24 24s10.7 24 24 24H200V440c0 13.3 10.7 24 24 24s24-10.7 24-24V280H408c13.3 0 24-10.7 24-24s-10.7-24-24-24H248V72z"></path></svg>',
    "home": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="magnifying-glass" class="svg-inline--fa fa-magnifying-glass fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M368 208A160 160 0 1 0 48 208a160 160 0 1 0 320 0zM337.1 371.1C301.7 399.2 256.8 416 208 416C93.1 416 0 322.9 0 208S93.1 0 208 0S416 93.1 416 208c0 48.8-16.8 93.7-44.9 129.1L505 471c9.4 9.4 9.4 24.6 0 33.9s-24.6 9.4-33.9 0L337.1 371.1z"></path></svg>',
    "compass": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="compass" class="svg-inline--fa fa-compass fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M464 256A208 208 0 1 0 48 256a208 208 0 1 0 416 0zM0 256a256 256 0 1 1 512 0A256 256 0 1 1 0 256zm306.7 69.1L162.4 380.6c-19.4 7.5-38.5-11.6-31-31l55.5-144.3c3.3-8.5 9.9-15.1 18.4-18.4l144.3-55.5c19.4-7.5 38.5 11.6 31 31L325.1 306.7c-3.2 8.5-9.9 15.1-18.4 18.4zM288 256a32 32 0 1 0 -64 0 32 32 0 1 0 64 0z"></path></svg>',
    "grid": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="grid-2" class="svg-inline--fa fa-grid-2 fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M192 80c8.8 0 16 7.2 16 16v96c0 8.8-7.2 16-16 16H96c-8.8 0-16-7.2-16-16V96c0-8.8 7.2-16 16-16h96zM96 32C60.7 32 32 60.7 32 96v96c0 35.3 28.7 64 64 64h96c35.3 0 64-28.7 64-64V96c0-35.3-28.7-64-64-64H96z"></path></svg>',
    "books": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="books" class="svg-inline--fa fa-books fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M48 80v16H96V80H48zm0 64V368H96V144H48zm0 272v16H96V416H48zM0 80C0 53.5 21.5 32 48 32H96c26.5 0 48 21.5 48 48V432c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V80z"></path></svg>',
    "list": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="list-timeline" class="svg-inline--fa fa-list-timeline fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M48 88a24 24 0 1 1 48 0A24 24 0 1 1 48 88zm96-24H464c13.3 0 24 10.7 24 24s-10.7 24-24 24H144c-13.3 0-24-10.7-24-24s10.7-24 24-24z"></path></svg>',
    "answer": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="bars-staggered" class="svg-inline--fa fa-bars-staggered fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M0 88C0 74.7 10.7 64 24 64H424c13.3 0 24 10.7 24 24s-10.7 24-24 24H24C10.7 112 0 101.3 0 88z"></path></svg>',
    "share": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="share-nodes" class="svg-inline--fa fa-share-nodes fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M448 112c0 44.2-35.8 80-80 80c-22.9 0-43.6-9.6-58.1-25l-151 75.5c.8 4.4 1.1 8.9 1.1 13.5s-.4 9.1-1.1 13.5l151 75.5c14.6-15.4 35.2-25 58.1-25c44.2 0 80 35.8 80 80s-35.8 80-80 80s-80-35.8-80-80c0-9.7 1.7-19 4.9-27.7L147.2 299.5C132.9 312.2 114.1 320 93.5 320c-44.2 0-80-35.8-80-80s35.8-80 80-80c20.6 0 39.4 7.8 53.7 20.5L292.9 107.7c-3.2-8.7-4.9-18-4.9-27.7c0-44.2 35.8-80 80-80s80 35.8 80 80z"></path></svg>',
    "rewrite": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="repeat" class="svg-inline--fa fa-repeat fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M0 224c0 17.7 14.3 32 32 32s32-14.3 32-32c0-53 43-96 96-96H320v32c0 12.9 7.8 24.6 19.8 29.6s25.7 2.2 34.9-6.9l64-64c12.5-12.5 12.5-32.8 0-45.3l-64-64c-9.2-9.2-22.9-11.9-34.9-6.9S320 19.1 320 32V64H160C71.6 64 0 135.6 0 224z"></path></svg>',
    "copy": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="clipboard" class="svg-inline--fa fa-clipboard fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 384 512"><path fill="currentColor" d="M280 64h40c35.3 0 64 28.7 64 64V448c0 35.3-28.7 64-64 64H64c-35.3 0-64-28.7-64-64V128C0 92.7 28.7 64 64 64h40 9.6C121 27.5 153.3 0 192 0s71 27.5 78.4 64H280z"></path></svg>',
    "up": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="thumbs-up" class="svg-inline--fa fa-thumbs-up fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M323.8 34.8c-38.2-10.9-78.1 11.2-89 49.4l-5.7 20c-3.7 13-10.4 25-19.5 35l-51.3 56.4c-8.9 9.8-8.2 25 1.6 33.9s25 8.2 33.9-1.6l51.3-56.4z"></path></svg>',
    "down": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="thumbs-down" class="svg-inline--fa fa-thumbs-down fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M323.8 477.2c-38.2 10.9-78.1-11.2-89-49.4l-5.7-20c-3.7-13-10.4-25-19.5-35l-51.3-56.4c-8.9-9.8-8.2-25 1.6-33.9s25-8.2 33.9 1.6l51.3 56.4z"></path></svg>',
    "dots": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="ellipsis" class="svg-inline--fa fa-ellipsis fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M416 256a48 48 0 1 1 -96 0 48 48 0 1 1 96 0zm-160 0a48 48 0 1 1 -96 0 48 48 0 1 1 96 0zM64 304a48 48 0 1 1 0-96 48 48 0 1 1 0 96z"></path></svg>',
    "image": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="image" class="svg-inline--fa fa-image fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M448 80c8.8 0 16 7.2 16 16V415.8l-5-6.5-136-176c-4.5-5.9-11.6-9.3-19-9.3s-14.4 3.4-19 9.3L202 340.7l-30.5-42.7C167 291.7 159.8 288 152 288s-15 3.7-19.5 10.1l-80 112L48 416.3l0-.3V96c0-8.8 7.2-16 16-16H448z"></path></svg>',
    "video": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="film" class="svg-inline--fa fa-film fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M448 32H361.9l-1 1-127 127h92.1l1-1L453.8 32.3c-1.9-.2-3.8-.3-5.8-.3zm64 128V96c0-15.1-5.3-29.1-14-40l-104 104H512z"></path></svg>',
    "gear": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="gear" class="svg-inline--fa fa-gear fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M256 0c17 0 33.6 1.7 49.8 4.8c7.9 1.5 21.8 6.1 29.4 20.1c2 3.7 3.6 7.6 4.6 11.8l9.3 38.5C350.5 81 360.3 86.7 366 85l38-11.2c4-1.2 8.1-1.8 12.2-1.9z"></path></svg>',
    "paperclip": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="paperclip" class="svg-inline--fa fa-paperclip fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M364.2 83.8c-24.4-24.4-64-24.4-88.4 0l-184 184c-42.1 42.1-42.1 110.3 0 152.4s110.3 42.1 152.4 0l152-152c10.9-10.9 28.7-10.9 39.6 0s10.9 28.7 0 39.6l-152 152c-64 64-167.6 64-231.6 0s-64-167.6 0-231.6l184-184c46.3-46.3 121.3-46.3 167.6 0s46.3 121.3 0 167.6z"></path></svg>',
    "arrow": '<svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="arrow-right" class="svg-inline--fa fa-arrow-right fa-fw fa-1x " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M440.6 273.4c4.7-4.5 7.4-10.8 7.4-17.4s-2.7-12.8-7.4-17.4l-176-168c-9.6-9.2-24.8-8.8-33.9 .8s-8.8 24.8 .8 33.9L364.1 232H24c-13.3 0-24 10.7-24 24s10.7 24 24 24H364.1L231.4 406.6c-9.6 9.2-9.9 24.3-.8 33.9s24.3 9.9 33.9 .8l176-168z"></path></svg>',
}

BUBBLE = ('<span class="relative select-none align-middle -top-px font-sans text-base text-textMain '
          'dark:text-textMainDark selection:bg-super/50 selection:text-textMain dark:selection:bg-superDuper/10 '
          'dark:selection:text-superDuper"><span class="min-w-[1rem] rounded-[0.3125rem] text-center align-middle '
          'font-mono text-[0.6rem] tabular-nums hover:text-white py-[0.1875rem] px-[0.3rem] border-borderMain/50 '
          'ring-borderMain/50 divide-borderMain/50 dark:divide-borderMainDark/50 dark:ring-borderMainDark/50 '
          'dark:border-borderMainDark/50 bg-offsetPlus dark:bg-offsetPlusDark">%d</span></span>')


def inline(text, sources):
    """Perplexity markdown inline: **bold**, [n] citation bubbles."""
    bysrc = {s["n"]: s for s in sources}
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[(\d+)\]", text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>%s</strong>" % esc(m.group(1)))
        else:
            s = bysrc[int(m.group(2))]
            out.append('<a href="%s" target="_blank" class="citation ml-xs inline" data-state="closed" '
                       'aria-label="%s">%s</a>' % (attr(s["url"]), attr(s["site"]), BUBBLE % s["n"]))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def render_answer(lines, sources):
    html, i = [], 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("## "):
            html.append('<h2 class="mb-2 mt-6 text-lg font-[500] first:mt-3">%s</h2>' % inline(line[3:], sources))
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append('<li>%s</li>' % inline(lines[i][2:], sources))
                i += 1
            html.append('<ul class="marker:text-textOff list-disc">%s</ul>' % "".join(items))
        elif re.match(r"\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append('<li>%s</li>' % inline(lines[i].split(". ", 1)[1], sources))
                i += 1
            html.append('<ol class="marker:text-textOff list-decimal">%s</ol>' % "".join(items))
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            head = "".join('<th class="border-borderMain/50 px-sm py-sm dark:border-borderMainDark/50">%s</th>'
                           % inline(c, sources) for c in rows[0])
            body = "".join("<tr>%s</tr>" % "".join(
                '<td class="border-borderMain/50 px-sm py-sm dark:border-borderMainDark/50">%s</td>'
                % inline(c, sources) for c in r) for r in rows[1:])
            html.append(
                '<div class="group relative"><div class="w-full overflow-x-auto md:max-w-[90vw] '
                'border-borderMain/50 ring-borderMain/50 divide-borderMain/50 dark:divide-borderMainDark/50 '
                'dark:ring-borderMainDark/50 dark:border-borderMainDark/50 bg-transparent">'
                '<table class="m-0 w-full table-auto border-collapse"><thead class="bg-offset dark:bg-offsetDark">'
                '<tr>%s</tr></thead><tbody>%s</tbody></table></div>'
                '<div class="absolute right-2 top-2 opacity-0 transition-opacity group-hover:opacity-100">'
                '<button type="button" aria-label="Copy table" class="rounded-md p-1 text-textOff">%s</button>'
                '</div></div>' % (head, body, ICON["copy"]))
        else:
            html.append('<p class="my-0">%s</p>' % inline(line, sources))
            i += 1
    return "".join(html)


def favicon(site):
    return ('<img class="h-full w-full rounded-full" alt="%s favicon" src="https://www.google.com/s2/favicons?sz=128&amp;domain=%s" '
            'width="16" height="16">' % (attr(site), attr(site)))


def sources_strip(sources):
    cards = []
    for s in sources[:3]:
        cards.append(
            '<div class="flex-none"><a href="%s" target="_blank" class="group flex h-full cursor-pointer flex-col '
            'justify-between rounded-lg bg-offset px-sm py-xs transition-all duration-300 hover:bg-offsetPlus '
            'dark:bg-offsetDark"><div class="line-clamp-2 text-left text-xs font-medium text-textMain '
            'dark:text-textMainDark">%s</div><div class="mt-xs flex items-center gap-x-xs"><div class="h-4 w-4 '
            'flex-none">%s</div><div class="line-clamp-1 grow text-xs text-textOff dark:text-textOffDark">%s</div>'
            '<div class="flex-none text-xs text-textOff">·</div><div class="flex-none text-xs text-textOff '
            'dark:text-textOffDark">%d</div></div></a></div>'
            % (attr(s["url"]), esc(s["title"]), favicon(s["site"]), esc(s["site"]), s["n"]))
    rest = sources[3:]
    if rest:
        icons = "".join('<div class="-ml-1 h-4 w-4 first:ml-0">%s</div>' % favicon(s["site"]) for s in rest[:4])
        cards.append(
            '<div class="flex-none"><button type="button" class="flex h-full w-full flex-col justify-between '
            'rounded-lg bg-offset px-sm py-xs text-left dark:bg-offsetDark"><div class="flex items-center">%s</div>'
            '<div class="text-xs text-textOff dark:text-textOffDark">View %d more</div></button></div>'
            % (icons, len(rest)))
    return ('<div class="mb-md"><div class="mb-sm flex items-center gap-x-sm"><div class="text-textMain '
            'dark:text-textMainDark">%s</div><div class="text-lg font-medium text-textMain dark:text-textMainDark">'
            'Sources</div></div><div class="grid grid-cols-2 gap-sm md:grid-cols-4">%s</div></div>'
            % (ICON["list"], "".join(cards)))


def button(label, icon, extra=""):
    return ('<button type="button" class="md:hover:bg-offsetPlus text-textOff dark:text-textOffDark '
            'md:hover:text-textMain dark:md:hover:bg-offsetPlusDark dark:md:hover:text-textMainDark font-sans '
            'focus:outline-none outline-none transition duration-300 ease-out select-none items-center relative '
            'group/button justify-center text-center items-center rounded-full cursor-pointer active:scale-95 '
            'origin-center whitespace-nowrap inline-flex text-sm px-sm font-medium h-8"%s><div class="flex '
            'items-center min-w-0 gap-xs justify-center">%s%s</div></button>'
            % (extra, icon, ('<div class="text-align-center relative truncate leading-loose -mb-px">%s</div>'
                             % label) if label else ""))


def turn_html(t, idx):
    q = ('<h1 class="group/query break-words text-3xl font-display tracking-tight text-textMain '
         'dark:text-textMainDark selection:bg-super/50">%s</h1>' % esc(t["q"]))
    answer = ('<div class="mb-md"><div class="mb-sm flex items-center gap-x-sm"><div class="text-textMain '
              'dark:text-textMainDark">%s</div><div class="text-lg font-medium text-textMain dark:text-textMainDark">'
              'Answer</div></div><div dir="auto"><div class="prose dark:prose-invert inline leading-normal '
              'break-words min-w-0 [word-break:break-word]">%s</div></div></div>'
              % (ICON["answer"], render_answer(t["answer"], t["sources"])))
    bar = ('<div class="mt-sm flex items-center justify-between"><div class="flex items-center gap-x-xs">%s%s</div>'
           '<div class="flex items-center gap-x-xs">%s%s%s%s</div></div>'
           % (button("Share", ICON["share"]), button("Rewrite", ICON["rewrite"]),
              button("", ICON["copy"], ' aria-label="Copy"'), button("", ICON["up"], ' aria-label="Helpful"'),
              button("", ICON["down"], ' aria-label="Not helpful"'), button("", ICON["dots"], ' aria-label="More"')))
    right = ('<div class="col-span-4 hidden md:block"><div class="sticky top-20 flex flex-col gap-y-sm">'
             '<div class="rounded-lg border border-borderMain/50 dark:border-borderMainDark/50">%s</div>'
             '<div class="rounded-lg border border-borderMain/50 dark:border-borderMainDark/50">%s</div></div></div>'
             % (button("Search Images", ICON["image"]), button("Search Videos", ICON["video"])))
    return ('<div class="border-b border-borderMain/50 pb-lg dark:border-borderMainDark/50" data-turn="%d">'
            '<div class="mx-auto max-w-threadWidth px-md md:px-lg"><div class="pb-md pt-lg">%s</div>'
            '<div class="grid grid-cols-12 gap-xl"><div class="col-span-12 md:col-span-8">%s%s%s</div>%s</div>'
            '</div></div>' % (idx, q, sources_strip(t["sources"]), answer, bar, right))


def sidebar(front):
    nav = []
    for label, icon, href in (("Home", "home", "https://www.perplexity.ai/"),
                              ("Discover", "compass", "https://www.perplexity.ai/discover"),
                              ("Spaces", "grid", "https://www.perplexity.ai/spaces"),
                              ("Library", "books", "https://www.perplexity.ai/library")):
        nav.append('<a class="flex items-center gap-x-sm rounded-md px-sm py-xs text-sm text-textOff '
                   'hover:bg-offsetPlus dark:text-textOffDark" href="%s">%s<div class="truncate">%s</div></a>'
                   % (href, ICON[icon], label))
    lib = "".join(
        '<a class="block rounded-md px-sm py-[2px] text-xs text-textOff hover:text-textMain '
        'dark:text-textOffDark" href="https://www.perplexity.ai/search/%s"><div class="line-clamp-1">%s</div></a>'
        % (hexid(item, 22), esc(item)) for item in front["library"])
    return (
        '<div class="group/sidebar hidden md:flex h-screen w-sideBarWidth flex-none flex-col justify-between '
        'border-r border-borderMain/50 bg-offset px-sm py-md dark:border-borderMainDark/50 dark:bg-offsetDark">'
        '<div class="flex flex-col gap-y-md"><a href="https://www.perplexity.ai/" aria-label="Perplexity home" '
        'class="flex items-center gap-x-xs px-sm text-textMain dark:text-textMainDark">%s<span class="text-xl '
        'font-display">perplexity</span></a><button type="button" class="flex w-full items-center '
        'justify-between rounded-full border border-borderMain/50 bg-base px-md py-sm text-sm '
        'dark:border-borderMainDark/50 dark:bg-baseDark"><div class="flex items-center gap-x-xs">%s<div>New Thread'
        '</div></div><div class="flex items-center gap-x-[2px] font-mono text-[0.6rem] text-textOff"><span '
        'class="rounded border px-[3px]">Ctrl</span><span class="rounded border px-[3px]">I</span></div></button>'
        '<nav class="flex flex-col gap-y-[2px]">%s<div class="ml-[18px] mt-[2px] flex flex-col border-l '
        'border-borderMain/50 pl-sm dark:border-borderMainDark/50">%s</div></nav></div>'
        '<div class="flex flex-col gap-y-sm"><div class="rounded-lg border border-borderMain/50 p-sm '
        'dark:border-borderMainDark/50"><div class="text-sm font-medium text-textMain dark:text-textMainDark">'
        'Try Pro</div><div class="mt-[2px] text-xs text-textOff dark:text-textOffDark">Upgrade for image upload, '
        'smarter AI, and more Pro Search.</div><a href="https://www.perplexity.ai/pro" class="mt-sm inline-flex '
        'items-center gap-x-xs rounded-full bg-super px-sm py-[3px] text-xs text-white">%s<span>Learn More</span>'
        '</a></div><div class="flex items-center justify-between px-sm"><div class="flex items-center gap-x-xs">'
        '<img alt="User avatar" class="h-6 w-6 rounded-full" src="https://lh3.googleusercontent.com/a/'
        'ACg8ocK3vQ2u9rXlDpTq5mZ7sYbN1eHcRwUo4fGkLjPa8tVd=s96-c" width="24" height="24"><div class="truncate '
        'text-sm text-textMain dark:text-textMainDark">%s</div></div><button type="button" aria-label="Settings" '
        'class="text-textOff">%s</button></div><div class="flex items-center justify-between px-sm text-xs '
        'text-textOff"><a href="https://www.perplexity.ai/download" class="flex items-center gap-x-xs">'
        '<span>Download</span></a><div class="flex items-center gap-x-sm"><a href="https://x.com/perplexity_ai" '
        'aria-label="X">𝕏</a><a href="https://discord.gg/perplexity-ai" aria-label="Discord">%s</a></div></div>'
        '</div></div>' % (ICON["logo"], ICON["plus"], "".join(nav), lib, ICON["arrow"], esc(front["user"]),
                          ICON["gear"], ICON["dots"]))


def related_html(related):
    rows = "".join(
        '<div class="flex cursor-pointer items-center justify-between border-t border-borderMain/50 py-sm '
        'first:border-t-0 dark:border-borderMainDark/50"><div class="text-textMain dark:text-textMainDark '
        'font-medium">%s</div><div class="flex-none text-super dark:text-superDark">%s</div></div>'
        % (esc(r), ICON["plus"]) for r in related)
    return ('<div class="mx-auto max-w-threadWidth px-md pt-lg md:px-lg"><div class="mb-sm flex items-center '
            'gap-x-sm"><div class="text-textMain dark:text-textMainDark">%s</div><div class="text-lg font-medium '
            'text-textMain dark:text-textMainDark">Related</div></div><div class="grid grid-cols-12"><div '
            'class="col-span-12 md:col-span-8 divide-y">%s</div></div></div>' % (ICON["list"], rows))


def ask_box():
    return ('<div class="sticky bottom-0 mx-auto max-w-threadWidth px-md pb-md md:px-lg"><div class="rounded-full '
            'border border-borderMain/50 bg-base px-md py-xs shadow-md dark:border-borderMainDark/50 '
            'dark:bg-baseDark"><div class="flex items-center gap-x-sm"><textarea placeholder="Ask follow-up" '
            'autocomplete="off" rows="1" class="grow resize-none overflow-auto bg-transparent outline-none" '
            'style="height: 48px !important;"></textarea><div class="flex items-center gap-x-xs">'
            '<button type="button" aria-label="Attach" class="text-textOff">%s</button><div class="flex '
            'items-center gap-x-[3px] text-xs text-textOff"><button type="button" role="switch" '
            'aria-checked="false" class="h-4 w-7 rounded-full bg-offsetPlus"></button><span>Pro</span></div>'
            '<button type="button" aria-label="Submit" disabled="" class="rounded-full bg-offsetPlus p-xs '
            'text-textOff">%s</button></div></div></div></div>' % (ICON["paperclip"], ICON["arrow"]))


def rsc_payload(turns):
    md = "\n".join(turns[0]["answer"]).strip()
    chunks = [
        '(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])',
        'self.__next_f.push([1,%s])' % json.dumps(
            '1:HL["/_next/static/media/a34f9d1faa5f3315-s.p.woff2","font",{"crossOrigin":"","type":"font/woff2"}]\n'
            '2:I[12846,[],""]\n', ensure_ascii=False),
        'self.__next_f.push([1,%s])' % json.dumps(
            '5:["$","$L6",null,{"thread":{"slug":"%s","title":%s,"mode":"concise","model":"turbo"}}]\n'
            % (hexid(turns[0]["q"], 22), json.dumps(turns[0]["q"])), ensure_ascii=False),
        'self.__next_f.push([1,%s])' % json.dumps(
            '1f:T%x,%s' % (len(md.encode("utf-8")), md), ensure_ascii=False),
        'self.__next_f.push([1,%s])' % json.dumps(
            '7:["$","div",null,{"className":"contents","children":"$1f"}]\n', ensure_ascii=False),
    ]
    return "".join("<script>%s</script>" % c for c in chunks)


def build(out):
    front, turns, related = read_source()
    title = turns[0]["q"]
    files = "./%s - Perplexity_files/" % title
    first = re.sub(r"\[\d+\]|\*\*", "", turns[0]["answer"][0])
    desc = first[:157].rsplit(" ", 1)[0] + "..."
    css = ["%s.css" % hexid("css%d" % i) for i in range(3)]
    js = ["webpack-%s.js" % hexid("webpack"), "fd9d1056-%s.js" % hexid("fd9d"), "main-app-%s.js" % hexid("mainapp"),
          "2117-%s.js" % hexid("2117"), "page-" + hexid("page") + ".js"]
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">']
    head += ['<link rel="stylesheet" href="%s%s" data-precedence="next">' % (attr(files), c) for c in css]
    head += ['<link rel="preload" as="script" fetchpriority="low" href="%s%s">' % (attr(files), js[0])]
    head += ['<script src="%s%s" async=""></script>' % (attr(files), j) for j in js[1:]]
    head += ['<link rel="preconnect" href="https://pplx-res.cloudinary.com">',
             '<title>%s - Perplexity</title>' % esc(title),
             '<meta name="description" content="%s">' % attr(desc),
             '<meta name="robots" content="index, follow">',
             '<meta property="og:title" content="%s">' % attr(title),
             '<meta property="og:description" content="%s">' % attr(desc),
             '<meta property="og:url" content="%s">' % attr(front["url"]),
             '<meta property="og:site_name" content="Perplexity AI">',
             '<meta property="og:image" content="https://ppl-ai-public.s3.amazonaws.com/static/img/pplx-default-preview.png">',
             '<meta property="og:type" content="website">',
             '<meta name="twitter:card" content="summary_large_image">',
             '<meta name="twitter:site" content="@perplexity_ai">',
             '<link rel="icon" href="https://www.perplexity.ai/favicon.ico" type="image/x-icon" sizes="16x16">',
             '<link rel="apple-touch-icon" href="https://www.perplexity.ai/apple-touch-icon.png">',
             '<link rel="manifest" href="https://www.perplexity.ai/site.webmanifest">',
             '<script src="%spolyfills-%s.js" nomodule=""></script>' % (attr(files), hexid("polyfills"))]
    header = ('<div class="sticky top-0 z-10 flex h-headerHeight items-center justify-between border-b '
              'border-borderMain/50 bg-base/95 px-md backdrop-blur dark:border-borderMainDark/50 dark:bg-baseDark/95">'
              '<div class="flex min-w-0 items-center gap-x-sm"><div class="truncate text-sm text-textMain '
              'dark:text-textMainDark">%s</div></div><div class="flex items-center gap-x-xs">%s%s</div></div>'
              % (esc(title), button("", ICON["dots"], ' aria-label="Thread actions"'),
                 button("Share", ICON["share"], ' data-testid="share-button"')))
    body = ('<body class="font-sans antialiased bg-base dark:bg-baseDark text-textMain dark:text-textMainDark">'
            '<div class="flex min-h-screen">%s<main class="flex min-w-0 grow flex-col">%s%s%s%s</main></div>'
            '%s<next-route-announcer style="position: absolute;"></next-route-announcer></body>'
            % (sidebar(front), header, "".join(turn_html(t, i) for i, t in enumerate(turns)),
               related_html(related), ask_box(), rsc_payload(turns)))
    page = ('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html lang="en-US" class="dark" '
            'style="color-scheme: dark;"><head>%s</head>%s</html>'
            % (len(front["url"]), front["url"], "".join(head), body))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
