#!/usr/bin/python3
"""Re-make docs/bihar-caste-survey-forum-thread.html from tools/bihar-caste-survey-forum-thread.txt.

The output imitates a Discourse (3.5) topic page as Chrome's "Save as... Webpage, Complete" writes it
for a logged-in member on desktop: the "saved from url" comment, Chrome's charset meta, Discourse's
head (generator meta, Open Graph and article metas, stylesheets and scripts pointing into the
"..._files" folder Chrome makes, with "(1)" suffixes where file names repeat), the server-rendered
<noscript> block (title, category breadcrumb, tags, crawler footer), the Ember-rendered DOM (header
with the topic title, sidebar, topic title with category badges and tags, the post stream with
avatars, names, relative dates, reply-to tabs, edit indicators, cooked bodies with quotes, tables
and emoji images, like counts and post menus, the topic map, the timeline, footer buttons with the
notification reason, Suggested Topics as a topic-list table and "Want to read more?"), the SVG
sprite sheet and the data-preloaded JSON. Deterministic: no clock, no randomness.
Usage: make_discourse_html.py [output path]
"""
import datetime
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bihar-caste-survey-forum-thread.txt")
OUT = os.path.join(HERE, "..", "docs", "bihar-caste-survey-forum-thread.html")
BASE = "https://community.mainsmanthan.in"
SITE = "Mains Manthan Community"
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AVATAR_COLOURS = {"a": "e47c2d", "r": "8dc26f", "m": "b2b25a", "v": "4da0c9", "s": "9e5dd1", "n": "c57346",
                  "d": "3ab54a"}


def esc(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def t_esc(s):
    return html.escape(s, quote=False)


def parse_time(s):
    return datetime.datetime.fromisoformat(s)


def long_date(d):
    h = d.hour % 12 or 12
    return "%s %d, %d %d:%02d %s" % (MONTHS[d.month - 1], d.day, d.year, h, d.minute, "am" if d.hour < 12 else "pm")


def ms(d):
    return int(d.timestamp() * 1000)


def tiny_date(d, now, post=False):
    days = (now - d).days
    if days < 1:
        return "%dh" % ((now - d).seconds // 3600)
    if days < 30:
        return "%dd" % days
    if d.year == now.year:
        return "%s %d" % (MONTHS[d.month - 1], d.day)
    if post:
        return "%s %d" % (MONTHS[d.month - 1], d.year)
    return "%s '%02d" % (MONTHS[d.month - 1], d.year % 100)


def short_num(n):
    if n >= 1000:
        return ("%.1fk" % (n / 1000.0)).replace(".0k", "k")
    return str(n)


class Files:
    """Chrome's _files folder: one local name per URL, "(1)" added where names repeat."""

    def __init__(self, folder):
        self.folder, self.names, self.by_url = folder, set(), {}

    def __call__(self, url):
        if url in self.by_url:
            return self.by_url[url]
        name = url.split("?")[0].rstrip("/").split("/")[-1]
        base, dot, ext = name.rpartition(".")
        cand, i = name, 0
        while cand in self.names:
            i += 1
            cand = "%s(%d).%s" % (base, i, ext) if dot else "%s(%d)" % (name, i)
        self.names.add(cand)
        self.by_url[url] = "./%s/%s" % (self.folder, cand)
        return self.by_url[url]


def svg(icon, extra=""):
    return ('<svg class="fa d-icon d-icon-%s svg-icon svg-string%s" xmlns="http://www.w3.org/2000/svg">'
            '<use href="#%s"></use></svg>' % (icon, extra, icon))


def avatar_url(username, size):
    letter = username[0].lower()
    return "%s/letter_avatar_proxy/v4/letter/%s/%s/%d.png" % (BASE, letter, AVATAR_COLOURS.get(letter, "a87137"), size)


def emoji(name, files):
    url = "https://emoji.discourse-cdn.com/twitter/%s.png?v=14" % name
    return ('<img src="%s" title=":%s:" class="emoji" alt=":%s:" loading="lazy" width="20" height="20">'
            % (files(url), name, name))


def inline_md(s, files):
    s = t_esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r":([a-z_]+):", lambda m: emoji(m.group(1), files), s)
    return s


def cook(body, topic, slug, files, users):
    """Markdown subset -> Discourse cooked HTML."""
    out = []
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = re.match(r'\[quote="([^,]+), post:(\d+), topic:(\d+)"\]$', line)
        if m:
            user, pn = m.group(1), m.group(2)
            j = lines.index("[/quote]", i)
            inner = " ".join(lines[i + 1:j])
            out.append('<aside class="quote no-group" data-username="%s" data-post="%s" data-topic="%s">\n'
                       '<div class="title">\n<div class="quote-controls"></div>\n'
                       '<img loading="lazy" alt="" width="24" height="24" src="%s" class="avatar"> %s:</div>\n'
                       '<blockquote>\n<p>%s</p>\n</blockquote>\n</aside>'
                       % (user, pn, m.group(3), files(avatar_url(user, 48)), user, inline_md(inner, files)))
            i = j + 1
            continue
        if line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append("<li>%s</li>" % inline_md(lines[i][2:], files))
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if re.match(r"\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append("<li>%s</li>" % inline_md(lines[i].split(" ", 1)[1], files))
                i += 1
            out.append("<ol>\n" + "\n".join(items) + "\n</ol>")
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            head, rest = rows[0], rows[2:]
            t = ['<div class="md-table">\n<table>\n<thead>\n<tr>']
            t += ["<th>%s</th>" % inline_md(c, files) for c in head]
            t.append("</tr>\n</thead>\n<tbody>")
            for r in rest:
                t.append("<tr>")
                t += ["<td>%s</td>" % inline_md(c, files) for c in r]
                t.append("</tr>")
            t.append("</tbody>\n</table>\n</div>")
            out.append("\n".join(t))
            continue
        out.append("<p>%s</p>" % inline_md(line, files))
        i += 1
    return "\n".join(out)


def parse(src):
    meta, posts, suggested = {}, [], []
    cur = None
    mode = "meta"
    for line in src.split("\n"):
        if line.startswith("=== post"):
            f = [x.strip() for x in line[4:].split("|")]
            p = {"n": int(f[0].split()[1]), "user": f[1], "name": f[2], "time": parse_time(f[3]), "body": [],
                 "likes": 0, "edits": 0, "replies": 0, "reply_to": None, "title": "", "staff": False}
            for x in f[4:]:
                k, _, v = x.partition(" ")
                if k == "likes":
                    p["likes"] = int(v)
                elif k == "edits":
                    p["edits"] = int(v)
                elif k == "replies":
                    p["replies"] = int(v)
                elif k == "reply_to":
                    a, b = v.split()
                    p["reply_to"] = (int(a), b)
                elif k == "title":
                    p["title"] = v
                elif k == "staff":
                    p["staff"] = True
            posts.append(p)
            cur = p
            mode = "post"
        elif line.startswith("@suggested"):
            mode = "suggested"
        elif mode == "suggested":
            if line.strip():
                f = [x.strip() for x in line.split("|")]
                suggested.append({"title": f[0], "cat": f[1], "replies": int(f[2]), "views": int(f[3]),
                                  "activity": datetime.datetime.fromisoformat(f[4] + "T21:40:00+05:30"),
                                  "tags": [t.strip() for t in f[5].split(",")]})
        elif mode == "post":
            cur["body"].append(line)
        elif line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
    for p in posts:
        p["body"] = "\n".join(p["body"]).strip("\n")
    return meta, posts, suggested


def slugify(s):
    s = s.lower().replace("&", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, posts, suggested = parse(open(SRC, encoding="utf-8").read())
    topic_id, slug = meta["topic"].split()
    title = meta["title"]
    cat = [x.strip() for x in meta["category"].split("|")]
    pcat_name, pcat_slug, pcat_id, scat_name, scat_slug, scat_id, pcolor, scolor = cat
    tags = [t.strip() for t in meta["tags"].split(",")]
    saved_at, _, me = meta["saved"].partition(" by ")
    now = parse_time(saved_at)
    views = int(meta["views"])
    topic_url = "%s/t/%s/%s" % (BASE, slug, topic_id)
    page_title = "%s - %s - %s" % (title, scat_name, SITE)
    folder = re.sub(r'[\\/:*?"<>|]', "_", page_title) + "_files"
    files = Files(folder)
    users = {}
    for p in posts:
        users.setdefault(p["user"], p)
    for p in posts:
        p["cooked"] = cook(p["body"], topic_id, slug, files, users)
    first = posts[0]
    desc_text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", first["cooked"].split("</p>")[0])).strip()
    description = desc_text[:155].rsplit(" ", 1)[0] + "\u2026"
    css = ["%s/stylesheets/color_definitions_mains-light_3_12_4f9a1c0b2d7e8a3356c1e0f4b9d2a7c6e1f8b3a5.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/common_a1f04c9e7b6d3a2f58e0c7b41d9a6e3f2c8b5d70.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/desktop_a1f04c9e7b6d3a2f58e0c7b41d9a6e3f2c8b5d70.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/checklist_a1f04c9e7b6d3a2f58e0c7b41d9a6e3f2c8b5d70.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/discourse-solved_a1f04c9e7b6d3a2f58e0c7b41d9a6e3f2c8b5d70.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/poll_a1f04c9e7b6d3a2f58e0c7b41d9a6e3f2c8b5d70.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/common_theme_3_6c0d2e9f1a4b7c8d5e3f2a1b0c9d8e7f6a5b4c3d.css?__ws=community.mainsmanthan.in" % BASE,
           "%s/stylesheets/desktop_theme_3_2b7e9c1d4f6a8b0c3d5e7f9a1b2c4d6e8f0a1b3c.css?__ws=community.mainsmanthan.in" % BASE]
    js = ["%s/assets/vendor-5b1e2c8d9f0a3b4c6d7e8f9a0b1c2d3e4f5a6b7c.js" % BASE,
          "%s/assets/discourse-3f6a9c2e1b8d7f4a0c5e9b3d6f2a8c1e7b4d0f9a.js" % BASE,
          "%s/assets/locales/en.br-4c7e1a9d3f6b2c8e5a0d7f1b4e9c3a6d8f2b5e0c.js" % BASE,
          "%s/assets/plugins/chat-8d2f5a1c9e4b7d0f3a6c8e1b5d9f2a4c7e0b3d6f.js" % BASE,
          "%s/assets/plugins/poll-1a4d7f0c3e6b9d2f5a8c1e4b7d0f3a6c9e2b5d8f.js" % BASE,
          "%s/assets/start-discourse-9e2b5d8f1a4c7e0b3d6f9a2c5e8b1d4f7a0c3e6b.js" % BASE]
    logo = files("%s/uploads/default/original/1X/4d9c2a7e1f3b8d6a5c0e9f2b7d4a1c8e3f6b9d2a.png" % BASE)
    fav = files("%s/uploads/default/optimized/1X/0b7c3e9a2d5f8c1e4a7d0b3f6c9e2a5d8b1f4c7e_2_32x32.png" % BASE)

    h = []
    w = h.append
    w("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(topic_url), topic_url))
    w('<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch has-sidebar-page" '
      'style="--header-offset: 60px; --composer-height: 0px; --main-outlet-offset: 79px;">'
      '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n    \n')
    w("    <title>%s</title>\n" % t_esc(page_title))
    w('    <meta name="description" content="%s">\n' % esc(description))
    w('    <meta name="discourse_theme_id" content="3">\n    <meta name="discourse_current_homepage" content="latest">\n')
    w('    <meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3b2d1e0c7f9a4b6d8e2c5a1f3d7b9e0c4a6f8d2b">\n')
    w('<link rel="icon" type="image/png" href="%s">\n' % fav)
    w('<link rel="apple-touch-icon" type="image/png" href="%s">\n' % files("%s/uploads/default/optimized/1X/0b7c3e9a2d5f8c1e4a7d0b3f6c9e2a5d8b1f4c7e_2_180x180.png" % BASE))
    w('<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff">\n')
    w('<meta name="color-scheme" content="light">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">\n')
    w('<link rel="canonical" href="%s">\n' % topic_url)
    w('<link rel="search" type="application/opensearchdescription+xml" href="%s/opensearch.xml" title="%s Search">\n' % (BASE, SITE))
    for i, c in enumerate(css):
        extra = ' class="light-scheme"' if i == 0 else ""
        name = re.search(r"stylesheets/([a-z_-]+?)_", c).group(1)
        w('    <link href="%s" media="all" rel="stylesheet"%s data-target="%s">\n' % (files(c), extra, name))
    w('<meta name="csrf-param" content="authenticity_token">\n<meta name="csrf-token" content="uQ3Zk8mN2pR5sT7vW9xY1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3q">\n')
    for s in js:
        w('<link rel="preload" href="%s" as="script" nonce="" data-discourse-preload="true">\n' % files(s))
        w('<script defer="" src="%s" nonce=""></script>\n' % files(s))
    w('    <meta property="og:site_name" content="%s">\n' % SITE)
    w('<meta property="og:type" content="website">\n<meta name="twitter:card" content="summary">\n')
    w('<meta name="twitter:image" content="%s/uploads/default/original/1X/4d9c2a7e1f3b8d6a5c0e9f2b7d4a1c8e3f6b9d2a.png">\n' % BASE)
    w('<meta property="og:image" content="%s/uploads/default/original/1X/4d9c2a7e1f3b8d6a5c0e9f2b7d4a1c8e3f6b9d2a.png">\n' % BASE)
    w('<meta property="og:url" content="%s">\n<meta name="twitter:url" content="%s">\n' % (topic_url, topic_url))
    w('<meta property="og:title" content="%s">\n<meta name="twitter:title" content="%s">\n' % (esc(title), esc(title)))
    w('<meta property="og:description" content="%s">\n<meta name="twitter:description" content="%s">\n' % (esc(description), esc(description)))
    w('<meta property="og:article:section" content="%s">\n<meta property="og:article:section:color" content="%s">\n' % (pcat_name, pcolor))
    w('<meta property="og:article:section" content="%s">\n<meta property="og:article:section:color" content="%s">\n' % (scat_name, scolor))
    for t in tags:
        w('<meta property="og:article:tag" content="%s">\n' % t)
    total_likes = sum(p["likes"] for p in posts)
    w('<meta name="twitter:label1" value="Reading time">\n<meta name="twitter:data1" value="6 mins 🕑">\n')
    w('<meta name="twitter:label2" value="Likes">\n<meta name="twitter:data2" value="%d ❤">\n' % total_likes)
    w('<meta property="article:published_time" content="%s">\n' % first["time"].astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    w('<meta property="og:ignore_canonical" content="true">\n\n')
    w('<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;%s&#39;" href="%s.rss">\n' % (esc(title), topic_url))
    w('    <script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"%s","potentialAction":{"@type":"SearchAction","target":"%s/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>\n' % (BASE, BASE))
    w('    <meta id="data-discourse-setup" data-cdn="" data-base-url="%s" data-base-uri="" data-environment="production" '
      'data-disable-custom-css="false" data-highlight-js-path="/highlight-js/community.mainsmanthan.in/7c1e3a9d5f2b8c4e6a0d3f7b1c5e9a2d4f8b6c0e.js" '
      'data-svg-sprite-path="/svg-sprite/community.mainsmanthan.in/svg-3-5f0a8c2e6d9b3f1a7c4e0d8b2f6a9c3e1d5b7f0a.js" '
      'data-enable-js-error-reporting="true" data-color-scheme-is-dark="false" data-user-color-scheme-id="2" '
      'data-dark-color-scheme-id="-1" data-mb-last-file-change-id="1124">\n' % BASE)
    w('<style id="ember-last-style-tag" data-emotion="css"></style></head>\n\n')
    body_classes = ("category-%s-%s category-%s %s archetype-regular has-sidebar-page docked"
                    % (pcat_slug, scat_slug, pcat_slug, " ".join("tag-" + t for t in tags)))
    w('  <body class="%s" style="">\n' % body_classes)
    # server-rendered noscript (crawler content is not included for logged-in browsers)
    w('    <noscript data-path="/t/%s/%s">\n' % (slug, topic_id))
    w('      <header class="noscript-header">\n        <div class="wrap">\n          <div class="title">\n'
      '            <a href="%s/">\n              <img src="%s/uploads/default/original/1X/4d9c2a7e1f3b8d6a5c0e9f2b7d4a1c8e3f6b9d2a.png" alt="%s" id="site-logo" style="max-width: 150px;">\n'
      '            </a>\n          </div>\n        </div>\n      </header>\n' % (BASE, BASE, SITE))
    w('      <div id="main-outlet" class="wrap" role="main">\n        <!-- preload-content: -->\n')
    w('        <div id="topic-title">\n  <h1>\n    <a href="/t/%s/%s">%s</a>\n  </h1>\n\n' % (slug, topic_id, t_esc(title)))
    w('    <div class="topic-category" itemscope="" itemtype="http://schema.org/BreadcrumbList">\n')
    for pos, (n, s_, cid, col, par) in enumerate([(pcat_name, "/c/%s/%s" % (pcat_slug, pcat_id), pcat_id, pcolor, None),
                                                   (scat_name, "/c/%s/%s/%s" % (pcat_slug, scat_slug, scat_id), scat_id, scolor, pcat_id)], 1):
        w('        <span itemprop="itemListElement" itemscope="" itemtype="http://schema.org/ListItem">\n'
          '          <a href="%s%s" class="badge-wrapper bullet" itemprop="item">\n'
          '            <span class="badge-category-bg" style="background-color: #%s"></span>\n'
          '            <span class="badge-category clear-badge">\n              <span class="category-name" itemprop="name">%s</span>\n'
          '            </span>\n          </a>\n          <meta itemprop="position" content="%d">\n        </span>\n'
          % (BASE, s_, col, n, pos))
    w('    </div>\n\n    <div class="topic-category">\n      <div class="discourse-tags list-tags">\n')
    w(",\n".join('          <a href="%s/tag/%s" class="discourse-tag" rel="tag">%s</a>' % (BASE, t, t) for t in tags))
    w("\n      </div>\n    </div>\n</div>\n\n        <!-- :preload-content -->\n      </div>\n")
    w('      <footer class="container wrap">\n        <nav class="crawler-nav">\n          <ul>\n')
    for label, href in (("Home", "/"), ("Categories", "/categories"), ("Guidelines", "/guidelines"),
                        ("Terms of Service", "/tos"), ("Privacy Policy", "/privacy")):
        w('            <li itemscope="" itemtype="http://schema.org/SiteNavigationElement">\n'
          '              <span itemprop="name">\n                <a href="%s" itemprop="url">%s </a>\n'
          '              </span>\n            </li>\n' % (href, label))
    w('          </ul>\n        </nav>\n        <p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>\n'
      '      </footer>\n    </noscript>\n\n')

    # Ember application
    w('    <section id="main" class="ember-application"><div class="discourse-root"><!---->\n')
    w('<div id="ember3" class="desktop-view not-mobile-device text-size-normal ember-view">')
    w('<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">'
      '<div class="header-sidebar-toggle"><button class="btn btn-icon no-text btn-flat" aria-controls="d-sidebar" '
      'aria-expanded="true" title="Hide sidebar" type="button">%s</button></div>' % svg("bars"))
    w('<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" '
      'src="%s" width="" alt="%s"></a></div></div>' % (logo, SITE))
    w('<div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper"><h1 class="header-title">'
      '<a class="topic-link" href="/t/%s/%s" data-topic-id="%s"><span dir="auto">%s</span></a></h1>'
      '<div class="categories-wrapper"><a class="badge-category__wrapper " href="/c/%s/%s"><span data-category-id="%s" '
      'style="--category-badge-color: #%s; --category-badge-text-color: #FFFFFF;" data-drop-close="true" class="badge-category " '
      'title="Notes and discussion for GS Paper II: polity, governance, social justice, IR."><span class="badge-category__name">%s</span></span></a>'
      '<a class="badge-category__wrapper " href="/c/%s/%s/%s"><span data-category-id="%s" data-parent-category-id="%s" '
      'style="--category-badge-color: #%s; --category-badge-text-color: #FFFFFF; --parent-category-badge-color: #%s;" '
      'data-drop-close="true" class="badge-category --has-parent" title="Reservation, welfare schemes, health, education, vulnerable sections.">'
      '<span class="badge-category__name">%s</span></span></a></div></div></div></div>'
      % (slug, topic_id, topic_id, t_esc(title), pcat_slug, pcat_id, pcat_id, pcolor, pcat_name,
         pcat_slug, scat_slug, scat_id, scat_id, pcat_id, scolor, pcolor, scat_name))
    w('<div class="panel" role="navigation"><ul class="icons d-header-icons">'
      '<li class="search-dropdown header-dropdown-toggle"><button class="btn no-text btn-icon icon btn-flat" '
      'aria-expanded="false" aria-haspopup="true" title="Search" aria-label="Search" id="search-button" type="button">%s</button></li>'
      '<li class="current-user header-dropdown-toggle user-menu-panel"><button class="icon btn-flat" aria-haspopup="true" '
      'aria-expanded="false" href="/u/%s" aria-label="Profile and account" data-auto-route="true" type="button">'
      '<img alt="" width="32" height="32" src="%s" class="avatar"><span class="badge-notification unread-notifications" '
      'title="3 unread notifications">3</span></button></li></ul></div></div></div></header></div>\n'
      % (svg("magnifying-glass"), me, files(avatar_url(me, 64))))
    # sidebar
    w('<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container ">'
      '<div class="sidebar-scroll-wrap"><div class="sidebar-sections">')

    def sidebar_section(name, header, links):
        w('<div data-section-name="%s" class="sidebar-section sidebar-section-wrapper sidebar-section--expanded">'
          '<div class="sidebar-section-header-wrapper sidebar-row"><button aria-controls="sidebar-section-content-%s" '
          'aria-expanded="true" title="Toggle section" class="sidebar-section-header sidebar-section-header-collapsable btn-flat btn" type="button">'
          '<span class="sidebar-section-header-caret">%s</span><span class="sidebar-section-header-text">%s</span></button></div>'
          '<ul id="sidebar-section-content-%s" class="sidebar-section-content">' % (name, name, svg("angle-down"), header, name))
        for label, href, cls in links:
            w('<li data-list-item-name="%s" class="sidebar-section-link-wrapper"><a href="%s" data-link-name="%s" '
              'class="sidebar-section-link sidebar-row%s"><span class="sidebar-section-link-prefix icon">%s</span>'
              '<span class="sidebar-section-link-content-text">%s</span></a></li>'
              % (slugify(label), href, slugify(label), cls, svg("layer-group"), label))
        w("</ul></div>")
    sidebar_section("community", "Community", [("Topics", "/latest", ""), ("My Posts", "/u/%s/activity" % me, ""),
                                               ("More", "#", "")])
    sidebar_section("categories", "Categories", [("GS Paper I", "/c/gs-paper-i/5", ""), ("GS Paper II", "/c/gs-paper-ii/7", ""),
                                                 ("Social Justice", "/c/gs-paper-ii/social-justice/19", " active"),
                                                 ("GS Paper III", "/c/gs-paper-iii/8", ""), ("Essay & Ethics", "/c/essay-ethics/9", ""),
                                                 ("Current Affairs", "/c/current-affairs/11", ""), ("All categories", "/categories", "")])
    sidebar_section("tags", "Tags", [("caste-census", "/tag/caste-census", ""), ("reservation", "/tag/reservation", ""),
                                     ("bihar", "/tag/bihar", ""), ("census", "/tag/census", ""), ("All tags", "/tags", "")])
    sidebar_section("messages", "Messages", [("Inbox", "/u/%s/messages" % me, "")])
    w('</div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions">'
      '<button class="btn no-text btn-icon btn-flat sidebar-footer-actions-button add-section" title="Add a custom section" type="button">%s</button>'
      '<button class="btn no-text btn-icon btn-flat sidebar-footer-actions-keyboard-shortcuts" title="Keyboard shortcuts" type="button">%s</button>'
      '</div></div></div></div></section></div>\n' % (svg("plus"), svg("keyboard")))
    # topic
    w('<div id="main-outlet"><!----><div class="container posts"><div class="selected-posts hidden"></div>')
    w('<div id="topic-title" class="ember-view"><div class="container"><div class="title-wrapper">'
      '<h1 data-topic-id="%s"><a href="/t/%s/%s" class="fancy-title"><span dir="auto">%s</span></a></h1>'
      '<div class="topic-category"><div class="categories-wrapper">'
      '<a class="badge-category__wrapper " href="/c/%s/%s"><span data-category-id="%s" style="--category-badge-color: #%s; '
      '--category-badge-text-color: #FFFFFF;" data-drop-close="true" class="badge-category "><span class="badge-category__name">%s</span></span></a>'
      '<a class="badge-category__wrapper " href="/c/%s/%s/%s"><span data-category-id="%s" data-parent-category-id="%s" '
      'style="--category-badge-color: #%s; --category-badge-text-color: #FFFFFF; --parent-category-badge-color: #%s;" '
      'data-drop-close="true" class="badge-category --has-parent"><span class="badge-category__name">%s</span></span></a></div>'
      '<div class="list-tags">%s</div></div></div></div></div>\n'
      % (topic_id, slug, topic_id, t_esc(title), pcat_slug, pcat_id, pcat_id, pcolor, pcat_name,
         pcat_slug, scat_slug, scat_id, scat_id, pcat_id, scolor, pcolor, scat_name,
         "".join('<a href="/tag/%s" data-tag-name="%s" class="discourse-tag box">%s</a>' % (t, t, t) for t in tags)))
    w('<div class="posts-wrapper"><div id="ember42" class="post-stream ember-view">')
    for k, p in enumerate(posts):
        cls = "topic-owner " if p["user"] == first["user"] else ""
        staff = " staff moderator" if p["staff"] else ""
        w('<div class="topic-post clearfix %sregular%s" data-post-number="%d">' % (cls, " group-staff" if p["staff"] else "", p["n"]))
        w('<article id="post_%d" aria-label="post #%d by @%s" role="region" data-post-id="%d" data-topic-id="%s" '
          'data-user-id="%d" class="boxed onscreen-post"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span>'
          % (p["n"], p["n"], p["user"], 48210 + 7 * p["n"], topic_id, 300 + sorted(users).index(p["user"]) * 13))
        w('<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar " '
          'href="/u/%s" data-user-card="%s" aria-hidden="true" tabindex="-1"><img loading="lazy" alt="" width="48" height="48" '
          'src="%s" class="avatar"></a><div class="poster-avatar-extra"></div></div></div>'
          % (p["user"], p["user"], files(avatar_url(p["user"], 96))))
        w('<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">'
          '<div class="names trigger-user-card"><span class="first username%s"><a href="/u/%s" data-user-card="%s" class="">%s</a>%s</span>'
          % (staff, p["user"], p["user"], p["user"],
             '<svg class="fa d-icon d-icon-shield-halved svg-icon svg-string" aria-hidden="true"><use href="#shield-halved"></use></svg>' if p["staff"] else ""))
        if p["name"]:
            w('<span class="second full-name"><a href="/u/%s" data-user-card="%s" class="">%s</a></span>' % (p["user"], p["user"], p["name"]))
        if p["title"]:
            w('<span class="user-title">%s</span>' % p["title"])
        w("</div>")
        w('<div class="post-infos">')
        if p["reply_to"]:
            rn, ru = p["reply_to"]
            w('<div class="post-info reply-to-tab-wrapper"><a class="reply-to-tab" tabindex="0" aria-label="in reply to post #%d by @%s" '
              'title="in reply to post #%d by @%s">%s<img loading="lazy" alt="" width="24" height="24" src="%s" class="avatar">'
              '<span>%s</span></a></div>' % (rn, ru, rn, ru, svg("share"), files(avatar_url(ru, 48)), ru))
        if p["edits"]:
            last_edit = p["time"] + datetime.timedelta(minutes=47)
            w('<div class="post-info edits"><button class="widget-button btn-flat has-edits btn-icon-text" '
              'title="post last edited on %s" type="button"><span class="d-button-label">%d</span>%s</button></div>'
              % (long_date(last_edit), p["edits"], svg("pencil")))
        w('<div class="post-info post-date"><a class="post-date" href="/t/%s/%s/%d" data-share-url="/t/%s/%s/%d?u=%s" data-post-number="%d">'
          '<span title="%s" data-time="%d" class="relative-date">%s</span></a></div>'
          % (slug, topic_id, p["n"], slug, topic_id, p["n"], me, p["n"], long_date(p["time"]), ms(p["time"]), tiny_date(p["time"], now, True)))
        w('<div class="read-state read" title="Post is unread">%s</div></div></div>' % svg("circle"))
        w('<div class="regular contents"><div class="cooked">%s</div>' % p["cooked"])
        w('<section class="post-menu-area clearfix"><nav class="post-controls expanded-menu">')
        if p["replies"]:
            w('<button class="widget-button btn-flat show-replies btn-icon-text" aria-expanded="false" aria-label="%d Reply" '
              'aria-pressed="false" title="%d Reply" type="button"><span class="d-button-label">%d Reply</span>%s</button>'
              % (p["replies"], p["replies"], p["replies"], svg("chevron-down")))
        w('<div class="actions">')
        if p["likes"]:
            w('<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" '
              'title="%d people liked this post" aria-pressed="false" type="button"><span class="d-button-label">%d</span></button>'
              '<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post" '
              'aria-pressed="false" type="button">%s</button></div>' % (p["likes"], p["likes"], svg("far-heart")))
        else:
            w('<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" '
              'title="like this post" type="button">%s</button>' % svg("far-heart"))
        w('<button class="widget-button btn-flat copyLink no-text btn-icon" title="copy a link to this post to clipboard" type="button">%s</button>'
          '<button class="widget-button btn-flat show-more-actions no-text btn-icon" title="show more" type="button">%s</button>'
          '<button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="Reply to post #%d by @%s" '
          'title="begin composing a reply to this post" type="button">%s<span class="d-button-label">Reply</span></button>'
          % (svg("d-post-share"), svg("ellipsis"), p["n"], p["user"], svg("reply")))
        w('</div></nav></section><section class="embedded-posts bottom hidden"></section></div>'
          '<section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>')
        if k == 0:
            w('<section class="topic-map --op" aria-label="Topic summary"><div class="topic-map__contents"><div class="topic-map__stats --single-stat">'
              '<button class="btn no-text btn-icon btn-flat topic-map__views-trigger" type="button"><span class="number">%s</span>'
              '<span class="topic-map__stat-label">views</span></button>'
              '<button class="btn no-text btn-icon btn-flat topic-map__likes-trigger" type="button"><span class="number">%d</span>'
              '<span class="topic-map__stat-label">likes</span></button>'
              '<button class="btn no-text btn-icon btn-flat topic-map__users-trigger" type="button"><span class="number">%d</span>'
              '<span class="topic-map__stat-label">users</span></button>'
              '<button class="btn no-text btn-icon btn-flat topic-map__links-trigger" type="button"><span class="number">2</span>'
              '<span class="topic-map__stat-label">links</span></button></div></div></section>'
              % (short_num(views), total_likes, len(users)))
    w('</div></div><div id="topic-bottom"></div>')
    # timeline
    last = posts[-1]
    w('<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline">'
      '<div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date" href="/t/%s/%s/1">'
      '<span>%s</span></a></div><div class="timeline-scrollarea" style="height: 300px;"><div class="timeline-padding" style="height: 276px;"></div>'
      '<div class="timeline-scroller" style="height: 24px;"><div class="timeline-handle"></div><div class="timeline-scroller-content">'
      '<div class="timeline-replies">%d / %d</div><div class="timeline-ago">%s</div></div></div></div>'
      '<div class="timeline-date-wrapper"><a class="now-date" href="/t/%s/%s/%d"><span>%s</span></a></div></div>'
      '<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic" '
      'type="button">%s<span class="d-button-label">Reply</span></button></div></div></div></div>'
      % (slug, topic_id, tiny_date(first["time"], now, True), len(posts), len(posts), tiny_date(last["time"], now, True),
         slug, topic_id, len(posts), tiny_date(last["time"], now, True), svg("reply")))
    # footer buttons
    w('<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><!---->'
      '<button class="btn btn-icon-text btn-default share-and-invite share" title="Share a link to this topic" type="button">%s<span class="d-button-label">Share</span></button>'
      '<button class="btn btn-icon-text btn-default bookmark" title="Bookmark this topic" type="button">%s<span class="d-button-label">Bookmark</span></button>'
      '<button class="btn btn-icon-text btn-default flag-topic" title="Privately flag this topic for attention or send a private notification about it" type="button">%s<span class="d-button-label">Flag</span></button>'
      '<button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic" type="button">%s<span class="d-button-label">Reply</span></button></div>'
      '<div class="topic-notifications-button"><div class="select-kit single-select dropdown-select-box topic-notifications-options">'
      '<button class="btn select-kit-header" aria-label="Tracking" title="Tracking" type="button"><span class="select-kit-selected-name">%s'
      '<span class="name">Tracking</span></span>%s</button></div><p class="reason"><span class="text">You will see a count of new replies because you read this topic.</span></p></div></div>'
      % (svg("link"), svg("bookmark"), svg("flag"), svg("reply"), svg("circle-dot"), svg("angle-down")))
    # suggested topics
    w('<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" aria-labelledby="suggested-topics-title" '
      'id="suggested-topics" class="more-topics__list suggested-topics"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>'
      '<div class="topics"><table class="topic-list"><thead class="topic-list-header"><tr>'
      '<th data-sort-order="default" class="topic-list-data default" scope="col"><span>Topic</span></th>'
      '<th data-sort-order="posts" class="topic-list-data posts num" scope="col"><span>Replies</span></th>'
      '<th data-sort-order="views" class="topic-list-data views num" scope="col"><span>Views</span></th>'
      '<th data-sort-order="activity" class="topic-list-data activity num" scope="col"><span>Activity</span></th></tr></thead><tbody class="topic-list-body">')
    cat_ids = {"Social Justice": ("gs-paper-ii/social-justice", "19", scolor), "Polity & Governance": ("gs-paper-ii/polity-governance", "17", "F7941D")}
    for j, s in enumerate(suggested):
        tid = 5780 + 17 * j
        ts = slugify(s["title"])
        cpath, cid, ccol = cat_ids[s["cat"]]
        first_post = s["activity"] - datetime.timedelta(days=9 + 5 * j, hours=3)
        w('<tr data-topic-id="%d" class="topic-list-item category-%s %s ember-view">'
          % (tid, cpath.replace("/", "-"), " ".join("tag-" + t for t in s["tags"])))
        w('<td class="main-link topic-list-data" colspan="1"><span class="link-top-line"><a href="/t/%s/%d" class="title raw-link raw-topic-link" '
          'data-topic-id="%d"><span dir="auto">%s</span></a></span><div class="link-bottom-line">'
          '<a class="badge-category__wrapper " href="/c/%s/%s"><span data-category-id="%s" data-parent-category-id="7" '
          'style="--category-badge-color: #%s; --category-badge-text-color: #FFFFFF; --parent-category-badge-color: #%s;" '
          'data-drop-close="true" class="badge-category --has-parent"><span class="badge-category__name">%s</span></span></a>'
          '<div class="discourse-tags" role="list" aria-label="Tags">%s</div></div></td>'
          % (ts, tid, tid, t_esc(s["title"]), cpath, cid, cid, ccol, pcolor, t_esc(s["cat"]),
             '<span class="discourse-tags__tag-separator">,</span>'.join(
                 '<a href="/tag/%s" data-tag-name="%s" class="discourse-tag box">%s</a>' % (t, t, t) for t in s["tags"])))
        w('<td class="num posts-map posts topic-list-data" title="This topic has %d replies"><button class="btn-link posts-map badge-posts" '
          'aria-label="This topic has %d replies, jump to the first post" type="button"><span class="number">%d</span></button></td>'
          % (s["replies"], s["replies"], s["replies"]))
        w('<td class="num views topic-list-data "><span class="number" title="this topic has been viewed %s times">%s</span></td>'
          % ("{:,}".format(s["views"]), short_num(s["views"])))
        w('<td class="activity num topic-list-data age" title="First post: %s&#10;Posted: %s"><a href="/t/%s/%d/%d" class="post-activity">'
          '<span class="relative-date" data-time="%d" data-format="tiny">%s</span></a></td></tr>'
          % (long_date(first_post), long_date(s["activity"]), ts, tid, s["replies"] + 1, ms(s["activity"]),
             tiny_date(s["activity"], now)))
    w('</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in '
      '<a class="badge-category__wrapper " href="/c/%s/%s/%s"><span data-category-id="%s" data-parent-category-id="%s" '
      'style="--category-badge-color: #%s; --category-badge-text-color: #FFFFFF; --parent-category-badge-color: #%s;" '
      'data-drop-close="true" class="badge-category --has-parent"><span class="badge-category__name">%s</span></span></a> '
      'or <a href="/latest">view latest topics</a>.</h3></div></div></div>'
      % (pcat_slug, scat_slug, scat_id, scat_id, pcat_id, scolor, pcolor, scat_name))
    w('</div></div></div></div><div id="reply-control" class="closed hide-preview"><div class="reply-area"></div></div>'
      '<div class="modal-container"></div><div id="d-menu-portals"></div><div class="d-toasts"></div></div></section>\n')
    # sprite sheet
    w('<div class="hidden" id="svg-sprites"><div class="fontawesome"><svg xmlns="http://www.w3.org/2000/svg" style="display: none;">')
    for icon in ("bars", "magnifying-glass", "angle-down", "layer-group", "plus", "keyboard", "share", "pencil", "circle",
                 "chevron-down", "far-heart", "d-post-share", "ellipsis", "reply", "link", "bookmark", "flag", "circle-dot",
                 "shield-halved"):
        w('<symbol id="%s" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></symbol>' % icon)
    w("</svg></div></div>\n")
    # preloaded data
    pre_posts = []
    for p in posts:
        pre_posts.append({"id": 48210 + 7 * p["n"], "name": p["name"], "username": p["user"],
                          "avatar_template": "/letter_avatar_proxy/v4/letter/%s/%s/{size}.png" % (p["user"][0], AVATAR_COLOURS.get(p["user"][0], "a87137")),
                          "created_at": p["time"].astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                          "cooked": p["cooked"], "post_number": p["n"], "post_type": 1, "reply_count": p["replies"],
                          "reply_to_post_number": p["reply_to"][0] if p["reply_to"] else None, "version": p["edits"] or 1,
                          "topic_id": int(topic_id), "topic_slug": slug, "user_title": p["title"] or None,
                          "moderator": p["staff"], "staff": p["staff"],
                          "actions_summary": [{"id": 2, "count": p["likes"], "can_act": True}] if p["likes"] else [{"id": 2, "can_act": True}]})
    topic_json = {"post_stream": {"posts": pre_posts, "stream": [x["id"] for x in pre_posts]},
                  "id": int(topic_id), "title": title, "fancy_title": t_esc(title), "posts_count": len(posts),
                  "created_at": pre_posts[0]["created_at"], "views": views, "reply_count": len(posts) - 1,
                  "like_count": total_likes, "last_posted_at": pre_posts[-1]["created_at"], "visible": True, "closed": False,
                  "archived": False, "archetype": "regular", "slug": slug, "category_id": int(scat_id), "word_count": 1288,
                  "tags": tags, "pinned": False, "details": {"can_edit": False, "notification_level": 2,
                                                             "participants": [{"username": u, "post_count": sum(1 for x in posts if x["user"] == u)} for u in users]}}
    preloaded = {"site": json.dumps({"default_archetype": "regular", "notification_types": {"mentioned": 1, "replied": 2}}, ensure_ascii=False),
                 "siteSettings": json.dumps({"title": SITE, "contact_email": "", "logo": "/uploads/default/original/1X/4d9c2a7e1f3b8d6a5c0e9f2b7d4a1c8e3f6b9d2a.png",
                                             "default_locale": "en", "tagging_enabled": True}, ensure_ascii=False),
                 "currentUser": json.dumps({"id": 451, "username": me, "name": "Deepak R", "trust_level": 2}, ensure_ascii=False),
                 "topic_%s" % topic_id: json.dumps(topic_json, ensure_ascii=False)}
    w('<div class="hidden" id="data-preloaded" data-preloaded="%s"></div>\n' % esc(json.dumps(preloaded, ensure_ascii=False)))
    w('<script defer="" src="%s" nonce=""></script>\n' % files("%s/assets/browser-update-2c8e5a1d7f3b9c6e0a4d8f2b5c1e9a7d3f6b0c4e.js" % BASE))
    w("\n  \n\n</body></html>")
    data = "".join(h)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
