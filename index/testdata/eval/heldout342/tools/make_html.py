#!/usr/bin/python3
"""Re-make docs/disinvestment-targets-hashnode-post.html from
tools/disinvestment-targets-hashnode-post.txt.

The source text is the post as Hashnode keeps it (its GitHub-backup Markdown: front matter with
title, subtitle, datePublished, cuid, slug, cover and tags; list items followed by a line of four
spaces; the callout as Hashnode's data-node-type="callout" HTML block). The output is that post's
page on a Hashnode blog (the Next.js "hashnode" theme) as Chrome saves it with "Webpage, Complete":
the "saved from url" comment, the charset meta Chrome inserts, stylesheet / font / script links
rewritten into the "..._files" folder (scripts saved with ".js.download"), the blog header (logo
text, search / theme / Follow / Subscribe buttons, nav links), the cover image, the h1 title and
h2 subtitle, the author, date and "6 min read" line, the "Table of contents" widget, the post body
in #post-content-wrapper (heading ids "heading-...", tables in div.hn-table with p in every cell,
p inside li), the floating bar with the like count, comment count and share buttons, the newsletter
box, the tags, "Written by", the comments with the comment box, "More articles", the footer and the
__NEXT_DATA__ JSON (with Next.js's \\u003c escapes). Everything is fixed, so the output is the same
byte for byte on every run.
Run: /usr/bin/python3 tools/make_html.py [output.html]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "disinvestment-targets-hashnode-post.txt")
OUT = os.path.join(HERE, "..", "docs", "disinvestment-targets-hashnode-post.html")

BLOG = "Ledger &amp; Lens"
BLOG_RAW = "Ledger & Lens"
HOST = "https://ledgerandlens.hashnode.dev"
AUTHOR = "Rohan Deshpande"
USERNAME = "rohandeshpande"
BIO = ("Cleared prelims twice, still chasing the list. I write down the economy notes I wish someone had "
       "given me in my first attempt.")
READ_MIN = 6
LIKES = 42
COMMENTS = [
    ("Sneha Pillai", "sneha-pillai", "Sep 15, 2025",
     "The scorecard table is gold. Quick doubt: is the Air India entry for 2021-22 only the cash part?",
     ("Rohan Deshpande", "Sep 15, 2025",
      "Yes. The debt that Talace took over is not money coming to the Government, so only the cash shows up.")),
    ("Vikram Rawat", "vikramrawat", "Sep 16, 2025",
     "Please do the monetisation pipeline next, I always mix it up with this topic.", None),
    ("Aditi Sharma", "aditi-sharma-upsc", "Sep 20, 2025",
     "The SUUTI stocks in Bharat 22 came in our mock test last week. Thanks for this!", None),
]
MORE = [
    ("asset-monetisation-vs-disinvestment", "Asset monetisation vs disinvestment: the pipeline in ten minutes",
     "Leasing a road is not selling a company. A quick guide to the National Monetisation Pipeline and the 2025-30 plan.",
     "Aug 31, 2025", 5),
    ("fiscal-deficit-frbm-glide-path", "Fiscal deficit, FRBM and the glide path to 4.4%",
     "What the Budget 2025-26 numbers say about the deficit, the debt anchor and the states.", "Aug 17, 2025", 7),
    ("public-sector-banks-after-mergers", "Public sector banks after the mega-mergers",
     "From 27 banks to 12: what the 2019-20 mergers changed and what is still pending.", "Jul 27, 2025", 6),
]
FILES = "Missed targets, record dividends_ what India’s disinvestment numbers really say_files"
BUILD = "hc4qXG3v1tD8YyQ2LwV7n"


def slugify(s):
    s = re.sub(r"[^a-z0-9\s-]", "", s.lower())
    return re.sub(r"[\s-]+", "-", s).strip("-")


def inline(s):
    s = s.replace("\\*", "\x00")
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s.replace("\x00", "*")


def parse(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.split("\n")[1:]:
        if not line.strip():
            continue
        k, v = line.split(": ", 1)
        meta[k] = v.strip('"')
    return meta, body.strip("\n")


def render(body):
    lines = body.split("\n")
    out, toc, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("## "):
            t = line[3:]
            hid = "heading-" + slugify(t)
            toc.append((hid, t))
            out.append('<h2 id="%s">%s</h2>' % (hid, inline(t)))
            i += 1
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                if not set(lines[i]) <= set("|- "):
                    rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = '<div class="hn-table"><table><thead><tr>'
            t += "".join("<td><p><strong>%s</strong></p></td>" % inline(c) for c in rows[0])
            t += "</tr></thead><tbody>"
            for r in rows[1:]:
                t += "<tr>" + "".join("<td><p>%s</p></td>" % inline(c) for c in r) + "</tr>"
            out.append(t + "</tbody></table></div>")
        elif re.match(r"\d+\. |\* ", line):
            tag = "ol" if line[0].isdigit() else "ul"
            items, pat = [], r"\d+\. " if tag == "ol" else r"\* "
            while i < len(lines):
                if re.match(pat, lines[i]):
                    items.append(re.sub(r"^(\d+\. |\* )", "", lines[i]))
                    i += 1
                elif not lines[i].strip():
                    j = i
                    while j < len(lines) and not lines[j].strip():
                        j += 1
                    if j < len(lines) and re.match(pat, lines[j]):
                        i = j
                    else:
                        break
                else:
                    break
            out.append("<%s>%s</%s>" % (tag, "".join("<li><p>%s</p></li>" % inline(x) for x in items), tag))
        elif line.startswith("<div"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out.append("".join(block))
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith(("## ", "|", "<div")):
                para.append(lines[i])
                i += 1
            out.append("<p>%s</p>" % inline(" ".join(para)))
    return "".join(out), toc


def svg(path, cls="h-5 w-5 stroke-current"):
    return ('<svg class="%s" viewBox="0 0 24 24" fill="none"><path d="%s" stroke-width="1.5" '
            'stroke-linecap="round" stroke-linejoin="round"></path></svg>' % (cls, path))


def next_escape(s):
    return (s.replace("&", "\\u0026").replace(">", "\\u003e").replace("<", "\\u003c")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build():
    meta, body = parse(SRC)
    content, toc = render(body)
    title, sub, slug = meta["title"], meta["subtitle"], meta["slug"]
    url = "%s/%s" % (HOST, slug)
    tags = [t.strip() for t in meta["tags"].split(",")]
    tag_names = {"upsc": "UPSC", "economy": "Economy", "indian-economy": "Indian Economy",
                 "disinvestment": "disinvestment", "gs3": "GS3", "current-affairs": "Current Affairs"}
    brief = re.sub(r"\s+", " ", re.sub(r"\*+", "", body.split("\n\n")[0]))[:251].rsplit(" ", 1)[0] + "…"
    cover_file = "./%s/%s" % (FILES, meta["cover"].rsplit("/", 1)[1])
    e = html.escape
    h = ['<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(url), url)]
    h.append('<html lang="en" class="light"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>' % e(title, False))
    h.append('<meta name="description" content="%s">' % e(brief))
    h.append('<meta property="og:title" content="%s"><meta property="og:description" content="%s">' % (e(title), e(brief)))
    h.append('<meta property="og:type" content="article"><meta property="og:url" content="%s">' % url)
    h.append('<meta property="og:image" content="https://hashnode.com/utility/r?url=%s%%3Fw%%3D1200%%26h%%3D630%%26fit%%3Dcrop%%26crop%%3Dentropy%%26auto%%3Dcompress%%2Cformat%%26format%%3Dwebp%%26fm%%3Dpng">'
             % meta["cover"].replace(":", "%3A").replace("/", "%2F"))
    h.append('<meta property="article:published_time" content="2025-09-14T04:10:37.842Z">')
    h.append('<meta property="article:author" content="https://hashnode.com/@%s">' % USERNAME)
    h.append('<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s">' % e(title))
    h.append('<link rel="canonical" href="%s"><link rel="alternate" type="application/rss+xml" title="%s" href="%s/rss.xml">'
             % (url, BLOG, HOST))
    h.append('<link rel="icon" type="image/png" href="./%s/favicon-32x32.png">' % FILES)
    h.append('<link rel="preload" href="./%s/Outfit-VariableFont.woff2" as="font" type="font/woff2" crossorigin="anonymous">' % FILES)
    h.append('<link rel="stylesheet" href="./%s/8e4b7a1f2c09d3e5.css" data-n-g="">' % FILES)
    h.append('<link rel="stylesheet" href="./%s/c1a0e62fb7d4f918.css" data-n-p="">' % FILES)
    h.append('<style>:root{--color-primary-500:#2563eb;--color-primary-600:#1d4ed8;--font-heading:Outfit,ui-sans-serif;}'
             '.blog-title{font-family:var(--font-heading)}.hn-table{overflow-x:auto}</style>')
    h.append('<script type="application/ld+json">%s</script>' % json.dumps({
        "@context": "https://schema.org", "@type": "BlogPosting", "headline": title, "description": brief,
        "datePublished": "2025-09-14T04:10:37.842Z", "dateModified": "2025-09-16T11:02:45.119Z",
        "author": {"@type": "Person", "name": AUTHOR, "url": "https://hashnode.com/@" + USERNAME},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url}}, ensure_ascii=False))
    for js in ("polyfills-42372ed130431b0a.js", "webpack-7c3b2f10a4e0d5b9.js", "framework-ecc4130bc7a58a64.js",
               "main-0f2e4c8d9b1a7635.js", "_app-5d1e9a0c3b7f2468.js", "[slug]-a93f6d20e1c84b57.js",
               "_buildManifest.js", "_ssgManifest.js"):
        attrs = ' nomodule=""' if js.startswith("polyfills") else ' defer=""'
        h.append('<script src="./%s/%s.download"%s></script>' % (FILES, js, attrs))
    h.append('</head><body class="bg-white dark:bg-slate-950"><div id="__next">')
    h.append('<div class="blog-page relative min-h-screen">')
    # header
    h.append('<header class="blog-header relative z-50 w-full border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">'
             '<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4">'
             '<div class="mb-2 flex flex-row items-center md:mb-0 dark:text-white">'
             '<button type="button" aria-label="Open blog drawer" class="mr-2 rounded-full p-2 hover:bg-slate-100">%s</button>'
             '<h1 class="blog-main-logo text-xl font-semibold leading-snug md:text-2xl"><a aria-label="%s home page" class="blog-title flex flex-row items-center" href="%s/"><span>%s</span></a></h1></div>'
             '<div class="flex flex-row items-center dark:text-white">'
             '<button type="button" aria-label="Toggle blog search" class="mr-2 rounded-full p-2 hover:bg-slate-100">%s</button>'
             '<button type="button" aria-label="Toggle theme" class="mr-2 rounded-full p-2 hover:bg-slate-100">%s</button>'
             '<button type="button" class="mr-2 flex flex-row items-center rounded-full border px-3 py-2 text-sm font-semibold">Follow</button>'
             '<button type="button" class="flex flex-row items-center rounded-full bg-blue-600 px-3 py-2 text-sm font-semibold text-white">Subscribe</button>'
             '</div></div>'
             '<div class="blog-sub-header relative z-10 mb-2 flex flex-row items-center justify-between"><nav class="blog-nav-links w-full overflow-x-auto"><ul class="flex flex-row items-center whitespace-nowrap">'
             % (svg("M4 6h16M4 12h16M4 18h16"), BLOG, HOST, BLOG, svg("M21 21l-4.35-4.35M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15z"),
                svg("M12 3v1m0 16v1m9-9h-1M4 12H3m15.36-6.36l-.71.71M6.34 17.66l-.71.71")))
    for label, href in (("Home", "/"), ("GS3 Economy", "/series/gs3-economy"), ("Prelims PYQs", "/series/prelims-pyqs"),
                        ("Newsletter", "/newsletter"), ("About me", "/about")):
        h.append('<li><a href="%s%s" class="mr-2 block rounded-full px-3 py-1 font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300">%s</a></li>'
                 % (HOST, href, label))
    h.append('</ul></nav></div></div></header>')
    # article head
    h.append('<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-center">'
             '<div class="blog-article-page container relative mx-auto grid grid-cols-8"><div class="col-span-full lg:col-span-6 lg:col-start-2">'
             '<div class="relative"><img alt="%s" src="%s" width="1600" height="840" decoding="async" class="mb-0 block w-full" style="color: transparent;"></div>'
             '<div class="font-heading mb-5 mt-6 break-words px-4 text-center text-3xl font-extrabold text-slate-900 dark:text-white md:mt-10 md:px-5 md:text-4xl lg:px-8 xl:px-20 xl:text-5xl">'
             '<h1 class="leading-snug" data-query="post-title">%s</h1></div>'
             '<div class="font-heading mb-8 px-4 text-center md:mb-14 md:px-5 lg:px-8 xl:px-20"><h2 class="text-2xl leading-snug text-slate-700 dark:text-slate-400 md:text-3xl xl:text-3xl">%s</h2></div>'
             '<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg last:md:mb-10">'
             '<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start">'
             '<div class="overflow-hidden rounded-full bg-slate-200 dark:bg-white/20 md:mr-3 h-10 w-10 md:h-12 md:w-12"><a href="https://hashnode.com/@%s" class="relative block h-full w-full"><img src="./%s/avatar-%s.jpeg" alt="%s" class="block h-full w-full"></a></div>'
             '<a href="https://hashnode.com/@%s" class="ml-2 font-semibold text-slate-600 dark:text-white md:ml-0"><span>%s</span></a></div>'
             '<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start">'
             '<span class="mx-3 hidden font-bold text-slate-500 md:block">·</span>'
             '<a class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Sep 14, 2025 09:40" href="%s"><span>Sep 14, 2025</span></a>'
             '<span class="mx-3 block font-bold text-slate-500">·</span>'
             '<p class="flex flex-row items-center text-slate-700 dark:text-slate-400">%s<span>%d min read</span></p></div></div></div></div>'
             % (e(title), cover_file, e(title, False), e(sub, False), USERNAME, FILES, USERNAME, AUTHOR, USERNAME, AUTHOR, url,
                svg("M12 6.25v13m0-13C10.83 5.48 9.25 5 7.5 5S4.17 5.48 3 6.25v13C4.17 18.48 5.75 18 7.5 18s3.33.48 4.5 1.25m0-13C13.17 5.48 14.75 5 16.5 5c1.75 0 3.33.48 4.5 1.25v13C19.83 18.48 18.25 18 16.5 18c-1.75 0-3.33.48-4.5 1.25",
                    "mr-2 h-5 w-5 fill-current opacity-75"), READ_MIN))
    # body
    h.append('<div class="blog-content-wrapper article-main-wrapper container relative z-30 mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 2xl:grid-cols-10">'
             '<section class="blog-content-main z-20 col-span-8 mb-10 px-4 md:z-10 lg:col-span-6 lg:col-start-2 lg:px-0 xl:col-span-6 xl:col-start-2 2xl:col-span-6 2xl:col-start-3"><div class="relative">')
    h.append('<div class="relative mb-10 w-full overflow-hidden rounded-2xl border border-slate-200 bg-white p-4 pt-0 dark:border-slate-800 dark:bg-slate-900"><div class="max-h-full">'
             '<div class="pt-4"><h2 class="px-[18px] py-2 text-sm font-medium uppercase text-slate-500 dark:text-slate-400"><span>Table of contents</span></h2></div>'
             '<ul class="list-inside font-semibold dark:border-slate-800">')
    for k, (hid, t) in enumerate(toc):
        h.append('<li class="px-2 py-0.5 align-middle"><div class="flex items-center gap-2 rounded-lg hover:underline">'
                 '<a id="toc-%02d" class="w-full py-2.5 pr-2.5 text-sm font-medium text-slate-800 dark:text-slate-100 pl-3" href="#%s" aria-label="%s">%s</a></div></li>'
                 % (k + 1, hid, e(t), e(t, False)))
    h.append('</ul></div></div>')
    h.append('<div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg min-h-30 dark:prose-dark xl:prose-xl mx-auto mb-10 break-words">')
    h.append(content)
    h.append('</div>')
    h.append('<div class="post-floating-bar fixed left-0 right-0 z-50 flex h-12 w-full flex-wrap justify-center 2xl:h-14 freeze">'
             '<div class="relative mx-auto flex h-12 shrink flex-wrap items-center justify-center rounded-full border-1/2 border-slate-200 bg-white px-5 py-1 text-sm text-slate-800 shadow-xl dark:border-slate-500 dark:bg-slate-700 dark:text-slate-50 2xl:h-14">'
             '<div><button type="button" aria-label="Like this article" data-title="Like this article" class="flex cursor-pointer items-center rounded-full hover:bg-slate-100">'
             '<span class="rounded-full p-2">%s</span><span class="ml-0.5 pr-2">%d</span></button></div>'
             '<div data-orientation="vertical" role="separator" class="mx-2 h-5 w-px bg-slate-200"></div>'
             '<div><button type="button" aria-label="%d comments, open the comments" class="flex cursor-pointer items-center rounded-full hover:bg-slate-100">'
             '<span class="rounded-full p-2">%s</span><span class="ml-0.5 pr-2">%d</span></button></div>'
             '<div data-orientation="vertical" role="separator" class="mx-2 h-5 w-px bg-slate-200"></div>'
             '<button type="button" aria-label="Table of contents" class="rounded-full p-2 hover:bg-slate-100">%s</button>'
             '<div data-orientation="vertical" role="separator" class="mx-2 h-5 w-px bg-slate-200"></div>'
             '<button type="button" aria-label="Share this article" class="rounded-full p-2 hover:bg-slate-100">%s</button>'
             '</div></div></div>'
             % (svg("M12 21s-7.5-4.35-9.5-9.1C1.1 8.6 3.2 5 6.6 5c2.1 0 3.6 1.1 5.4 3 1.8-1.9 3.3-3 5.4-3 3.4 0 5.5 3.6 4.1 6.9C19.5 16.65 12 21 12 21z"),
                LIKES, len(COMMENTS) + 1, svg("M8 10h8M8 14h5M4 19l2.4-2.4A9 9 0 1 0 4 12v7z"), len(COMMENTS) + 1,
                svg("M4 6h16M4 12h10M4 18h7"), svg("M4 12v7a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7M16 6l-4-4-4 4M12 2v13")))
    # newsletter
    h.append('<div class="my-10 mt-20 flex w-full flex-col items-center pb-10 md:px-5">'
             '<h3 class="mb-5 text-center font-heading text-2xl font-bold text-slate-900 dark:text-slate-50 md:text-3xl">Subscribe to my newsletter</h3>'
             '<p class="mb-5 text-center text-lg text-slate-700 dark:text-slate-300 md:w-2/3 md:text-xl">Read articles from <strong>%s</strong> directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.</p>'
             '<div class="flex flex-row overflow-hidden rounded-lg border border-slate-800 dark:border-slate-200 md:w-2/3">'
             '<input type="email" placeholder="Enter your email address" class="w-full bg-transparent p-3 text-black outline-none dark:text-white md:p-5 md:text-lg" value="">'
             '<button type="button" class="shrink-0 rounded-none bg-slate-800 px-3 font-bold uppercase tracking-wide text-white hover:bg-slate-700 md:px-5">Subscribe</button></div></div>' % BLOG)
    # tags
    h.append('<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">')
    for t in tags:
        h.append('<a class="mb-2 mr-3 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium text-slate-700 hover:bg-slate-200 dark:border-slate-800 dark:bg-slate-800 dark:text-slate-100" href="%s/tag/%s?source=tags_bottom_blogs"><span>%s</span></a>'
                 % (HOST, t, tag_names[t]))
    h.append('</div>')
    # written by
    h.append('<div class="mb-5 mt-10 flex flex-col gap-16"><div class="flex-1 px-2"><div class="flex flex-col flex-wrap items-start md:flex-nowrap">'
             '<h3 class="mb-4 w-full border-b-1-1/2 pb-2 text-base font-medium tracking-wider text-slate-500 dark:border-slate-800 dark:text-slate-400">Written by</h3>'
             '<div class="flex w-full flex-col gap-12"><div class="flex flex-col flex-wrap items-start gap-4 md:flex-row md:flex-nowrap">'
             '<div class="flex flex-1 flex-col"><h4 class="text-xl font-bold text-slate-900 dark:text-white"><a href="https://hashnode.com/@%s">%s</a></h4>'
             '<div class="prose dark:prose-dark mt-1 text-slate-600"><p>%s</p></div></div>'
             '<button type="button" class="rounded-full border border-blue-600 px-4 py-1 text-sm font-semibold text-blue-600">Follow</button></div></div></div></div></div>'
             % (USERNAME, AUTHOR, BIO))
    h.append('</div></section></div>')
    # comments
    h.append('<section id="comments" class="blog-comments container mx-auto mb-10 px-4 lg:w-2/3">'
             '<h3 class="mb-5 font-heading text-xl font-bold text-slate-900 dark:text-white">Comments (%d)</h3>'
             '<div class="mb-8 rounded-xl border border-slate-200 p-4 dark:border-slate-800">'
             '<textarea placeholder="Write a comment..." rows="3" class="w-full resize-none bg-transparent outline-none" aria-label="Write a comment"></textarea>'
             '<div class="flex justify-end"><button type="button" disabled="" class="rounded-full bg-blue-600 px-4 py-1.5 text-sm font-semibold text-white opacity-50">Comment</button></div></div>'
             % (len(COMMENTS) + 1))
    for name, user, date, text, reply in COMMENTS:
        h.append('<div class="response-card mb-6 border-b border-slate-200 pb-6 dark:border-slate-800">'
                 '<div class="mb-2 flex flex-row items-center gap-2"><a href="https://hashnode.com/@%s" class="font-semibold text-slate-900 dark:text-white">%s</a>'
                 '<span class="text-slate-400">·</span><span class="text-sm text-slate-500">%s</span></div>'
                 '<div class="prose dark:prose-dark"><p>%s</p></div>'
                 '<div class="mt-2 flex flex-row gap-4 text-sm text-slate-500"><button type="button" aria-label="Like this comment">%s</button><button type="button">Reply</button></div>'
                 % (user, name, date, e(text, False), svg("M12 21s-7.5-4.35-9.5-9.1C1.1 8.6 3.2 5 6.6 5c2.1 0 3.6 1.1 5.4 3 1.8-1.9 3.3-3 5.4-3 3.4 0 5.5 3.6 4.1 6.9C19.5 16.65 12 21 12 21z", "h-4 w-4 stroke-current")))
        if reply:
            h.append('<div class="reply-card ml-8 mt-4 border-l-2 border-slate-200 pl-4">'
                     '<div class="mb-2 flex flex-row items-center gap-2"><a href="https://hashnode.com/@%s" class="font-semibold text-slate-900 dark:text-white">%s</a>'
                     '<span class="rounded bg-slate-100 px-1 text-xs font-semibold text-slate-600">Author</span><span class="text-slate-400">·</span><span class="text-sm text-slate-500">%s</span></div>'
                     '<div class="prose dark:prose-dark"><p>%s</p></div></div>' % (USERNAME, reply[0], reply[1], e(reply[2], False)))
        h.append('</div>')
    h.append('</section></article></main>')
    # more articles
    h.append('<div class="blog-more-articles container mx-auto px-4 pb-10"><h2 class="mb-5 text-center font-heading text-2xl font-semibold uppercase tracking-wide text-slate-500">More articles</h2>'
             '<div class="grid grid-cols-1 gap-5 md:grid-cols-3">')
    for s, t, b, d, m in MORE:
        h.append('<div class="rounded-xl border border-slate-200 p-5 dark:border-slate-800"><h3 class="font-heading text-lg font-bold text-slate-900 dark:text-white"><a href="%s/%s">%s</a></h3>'
                 '<p class="mt-2 text-slate-600">%s</p><p class="mt-3 text-sm text-slate-500"><span>%s</span><span class="mx-2">·</span><span>%d min read</span></p></div>'
                 % (HOST, s, e(t, False), e(b, False), d, m))
    h.append('</div></div>')
    # footer
    h.append('<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-800 dark:border-slate-800 dark:bg-black dark:text-slate-500 md:px-10 md:py-12 lg:py-20">'
             '<div class="blog-footer-credits flex flex-col items-center justify-center">'
             '<div class="mb-12 flex flex-col flex-wrap items-center"><p class="mb-2 text-slate-600 dark:text-slate-300">©2025 %s</p>'
             '<div class="flex flex-row flex-wrap items-center justify-center text-slate-600 dark:text-slate-300">'
             '<a href="%s/archive" class="mx-2 underline">Archive</a><span class="font-extrabold text-black opacity-20 dark:text-white">·</span>'
             '<a href="https://hashnode.com/privacy" class="mx-2 underline">Privacy policy</a><span class="font-extrabold text-black opacity-20 dark:text-white">·</span>'
             '<a href="https://hashnode.com/terms" class="mx-2 underline">Terms</a></div></div>'
             '<div class="flex flex-col items-center"><a aria-label="Publish with Hashnode" href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer" class="mb-4 flex flex-row items-center rounded-lg border px-4 py-2 font-semibold">Publish with Hashnode</a>'
             '<p class="text-slate-600 dark:text-slate-300">Powered by <a href="https://hashnode.com/?source=blog-footer" class="underline">Hashnode</a> - Build your developer hub.</p>'
             '<div class="mt-2 flex flex-row gap-3 text-sm"><a href="https://hashnode.com/onboard?source=blog-footer" class="underline">Start your blog</a><a href="https://hashnode.com/docs?source=blog-footer" class="underline">Create docs</a></div></div>'
             '</div></footer>' % (BLOG, HOST))
    h.append('</div></div>')
    data = {"props": {"pageProps": {"publication": {"id": "66a1f0c2e4b5d7a9c3f81e20", "title": BLOG_RAW, "url": HOST,
                                                    "isTeam": False, "features": {"newsletter": {"isEnabled": True},
                                                                                  "readTime": {"isEnabled": True}}},
                                    "post": {"id": "68c64a2d9f1e3b7c50d2a814", "cuid": meta["cuid"], "slug": slug,
                                             "title": title, "subtitle": sub, "brief": brief, "url": url,
                                             "publishedAt": "2025-09-14T04:10:37.842Z", "updatedAt": "2025-09-16T11:02:45.119Z",
                                             "readTimeInMinutes": READ_MIN, "reactionCount": LIKES,
                                             "responseCount": len(COMMENTS), "replyCount": 1,
                                             "coverImage": {"url": meta["cover"], "isPortrait": False},
                                             "tags": [{"id": "t%02d" % k, "slug": t, "name": tag_names[t]} for k, t in enumerate(tags)],
                                             "author": {"id": "5f9e2c41a7b3d86e10c4f2a9", "name": AUTHOR, "username": USERNAME},
                                             "features": {"tableOfContents": {"isEnabled": True, "items": [
                                                 {"id": hid, "level": 2, "slug": hid[8:], "title": t, "parentId": None} for hid, t in toc]}},
                                             "content": {"markdown": body}}},
                      "__N_SSP": True},
            "page": "/[slug]", "query": {"slug": slug}, "buildId": BUILD, "isFallback": False, "gssp": True,
            "customServer": True, "scriptLoader": []}
    h.append('<script id="__NEXT_DATA__" type="application/json">%s</script>'
             % next_escape(json.dumps(data, ensure_ascii=False, separators=(",", ":"))))
    h.append('<div id="hn-toast-container"></div></body></html>')
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
