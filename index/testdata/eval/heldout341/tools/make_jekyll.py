#!/usr/bin/python3
"""Re-make docs/tb-mukt-bharat-100-day-campaign-jekyll.html from its source text.

The source (tools/tb-mukt-bharat-100-day-campaign-jekyll.txt) is the post as it sits in the
site's _posts folder: YAML front matter and kramdown (GFM input) with footnotes. This script
does what the site's build and the browser's save did to it:
  - kramdown's HTML: h2/h3 with GFM auto ids, p, ul/ol with two-space-indented li, a
    blockquote, a table with thead/tbody, <sup> footnote references and the
    div.footnotes / ol / li#fn:… list with &#160;↩ back-links;
  - the Minima theme (jekyll/minima master of April 2025: layouts base and post, includes head,
    header, nav-items, footer with the "Subscribe" feed link, social) with Liquid's whitespace
    control as rendered, jekyll-seo-tag v2.8.0 and jekyll-feed's feed_meta, built with
    Jekyll 4.4.1 in production (comments: false shows the "Comments have been disabled" note);
  - Chrome's "Save page as… Webpage, Complete": the "saved from url" comment, a
    Content-Type meta in place of <meta charset>, void elements without "/", boolean
    attributes as attr="", links made absolute, stylesheets pointed into the "…_files" folder
    (named after the title with ":" and "|" turned into "_"; the set does not hold it),
    character references written out as characters except &nbsp;, &amp;, &lt; and &gt;.
Usage: make_jekyll.py [OUTPUT]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "tb-mukt-bharat-100-day-campaign-jekyll.txt")
DEFAULT_OUT = os.path.join(ROOT, "docs", "tb-mukt-bharat-100-day-campaign-jekyll.html")

SITE = {
    "title": "Room 14 Notes",
    "url": "https://rohan-kulkarni.github.io",
    "author": "Rohan Kulkarni",
    "email": "room14.notes@gmail.com",
    "description": "A civil services aspirant’s working notes on polity, governance, health and "
                   "the news — written to be revised, not admired.",
    "nav": [("About", "/about/"), ("Archive", "/archive/"), ("GS Index", "/gs-index/")],
    "social": [("GitHub", "github", "https://github.com/rohan-kulkarni"),
               ("Telegram study group", "telegram", "https://t.me/room14notes")],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n\n", text, re.S)
    fm = {}
    for line in m.group(1).split("\n"):
        k, v = line.split(": ", 1)
        fm[k] = v[1:-1] if v.startswith('"') else v
    return fm, text[m.end():]


def gfm_id(text):
    s = text.lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


class Notes:
    def __init__(self):
        self.order = []

    def ref(self, name):
        if name not in self.order:
            self.order.append(name)
        n = self.order.index(name) + 1
        return ('<sup id="fnref:%s" role="doc-noteref"><a href="#fn:%s" class="footnote" '
                'rel="footnote">%d</a></sup>' % (name, name, n))


def inline(s, notes):
    s = esc(s)
    s = re.sub(r"\[\^([\w-]+)\]", lambda m: notes.ref(m.group(1)), s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    return s


def kramdown(body):
    notes = Notes()
    defs = {}
    blocks = []
    lines = body.rstrip("\n").split("\n")
    i = 0
    paras = []
    while i < len(lines):
        line = lines[i]
        m = re.match(r"\[\^([\w-]+)\]: (.*)$", line)
        if m:
            defs[m.group(1)] = m.group(2)
            i += 1
            continue
        if not line.strip():
            i += 1
            continue
        group = []
        while i < len(lines) and lines[i].strip() and not re.match(r"\[\^[\w-]+\]: ", lines[i]):
            group.append(lines[i])
            i += 1
        paras.append(group)
    for g in paras:
        first = g[0]
        if first.startswith("### ") or first.startswith("## "):
            level = 3 if first.startswith("### ") else 2
            text = first[level + 1:]
            blocks.append('<h%d id="%s">%s</h%d>' % (level, gfm_id(text), inline(text, notes), level))
        elif first.startswith("- "):
            items = "".join("  <li>%s</li>\n" % inline(l[2:], notes) for l in g)
            blocks.append("<ul>\n%s</ul>" % items)
        elif re.match(r"\d+\. ", first):
            items = "".join("  <li>%s</li>\n" % inline(re.sub(r"^\d+\. ", "", l), notes) for l in g)
            blocks.append("<ol>\n%s</ol>" % items)
        elif first.startswith("> "):
            text = " ".join(l[2:] for l in g)
            blocks.append("<blockquote>\n  <p>%s</p>\n</blockquote>" % inline(text, notes))
        elif first.startswith("|"):
            rows = [[c.strip() for c in l.strip("|").split("|")] for l in g if not re.match(r"\|[-|]+\|$", l)]
            out = ["<table>", "  <thead>", "    <tr>"]
            out += ["      <th>%s</th>" % inline(c, notes) for c in rows[0]]
            out += ["    </tr>", "  </thead>", "  <tbody>"]
            for r in rows[1:]:
                out.append("    <tr>")
                out += ["      <td>%s</td>" % inline(c, notes) for c in r]
                out.append("    </tr>")
            out += ["  </tbody>", "</table>"]
            blocks.append("\n".join(out))
        else:
            blocks.append("<p>%s</p>" % inline("\n".join(g), notes))
    html = "\n\n".join(blocks) + "\n"
    if notes.order:
        fn = ['<div class="footnotes" role="doc-endnotes">', "  <ol>"]
        for name in notes.order:
            fn.append('    <li id="fn:%s" role="doc-endnote">' % name)
            fn.append('      <p>%s&#160;<a href="#fnref:%s" class="reversefootnote" '
                      'role="doc-backlink">&#8617;</a></p>' % (inline(defs[name], notes), name))
            fn.append("    </li>")
        fn += ["  </ol>", "</div>"]
        html += "\n" + "\n".join(fn) + "\n"
    return html


def xmlschema(d):
    # "2025-03-29 21:40:00 +0530" -> "2025-03-29T21:40:00+05:30"
    day, time, tz = d.split()
    return "%sT%s%s:%s" % (day, time, tz[:3], tz[3:])


def human(d):
    y, m, dd = d.split()[0].split("-")
    return "%s %d, %s" % (MONTHS[int(m) - 1], int(dd), y)


def chrome(html, page_url, files_dir):
    """What Chrome's Webpage, Complete serializer does to the served page."""
    html = html.replace('<meta charset="utf-8">', "")
    html = html.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    html = re.sub(r"\s*/>", ">", html)
    html = re.sub(r"(<path\b[^>]*)>", r"\1></path>", html)
    html = re.sub(r' (itemscope|hidden)(?=[ >])', r' \1=""', html)
    html = html.replace('href="/assets/css/style.css"', 'href="./%s/style.css"' % files_dir)
    html = html.replace('href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@latest/css/all.min.css"',
                        'href="./%s/all.min.css"' % files_dir)

    def absolute(m):
        href = m.group(1)
        if href.startswith("#"):
            href = page_url + href
        elif href.startswith("/"):
            href = SITE["url"] + href
        return '<a%s href="%s"' % (m.group(0)[2:m.group(0).index(" href=")], href)
    html = re.sub(r'<a(?: [\w-]+="[^"]*")*? href="([^"]*)"', absolute, html)
    html = html.replace("&#160;", "&nbsp;").replace("&#8617;", "↩")
    comment = "<!-- saved from url=(%04d)%s -->" % (len(page_url), page_url)
    return html.replace("<!DOCTYPE html>\n", "<!DOCTYPE html>\n%s\n" % comment, 1)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    fm, body = front_matter(open(SRC, encoding="utf-8").read())
    slug = "tb-mukt-bharat-after-the-100-day-campaign"
    path = "/%s/%s/%s.html" % ("/".join(fm["categories"].split()), fm["date"][:10].replace("-", "/"), slug)
    page_url = SITE["url"] + path
    title = fm["title"]
    full_title = "%s | %s" % (title, SITE["title"])
    files_dir = full_title.replace(":", "_").replace("|", "_") + "_files"
    pub, mod = xmlschema(fm["date"]), xmlschema(fm["modified_date"])
    desc = fm["description"]
    content = kramdown(body)

    seo = "\n".join([
        "<!-- Begin Jekyll SEO tag v2.8.0 -->",
        "<title>%s</title>" % esc(full_title),
        '<meta name="generator" content="Jekyll v4.4.1" />',
        '<meta property="og:title" content="%s" />' % attr(title),
        '<meta name="author" content="%s" />' % SITE["author"],
        '<meta property="og:locale" content="en_US" />',
        '<meta name="description" content="%s" />' % attr(desc),
        '<meta property="og:description" content="%s" />' % attr(desc),
        '<link rel="canonical" href="%s" />' % page_url,
        '<meta property="og:url" content="%s" />' % page_url,
        '<meta property="og:site_name" content="%s" />' % SITE["title"],
        '<meta property="og:type" content="article" />',
        '<meta property="article:published_time" content="%s" />' % pub,
        '<meta name="twitter:card" content="summary" />',
        '<meta property="twitter:title" content="%s" />' % attr(title),
        '<script type="application/ld+json">',
        '{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"%s"},'
        '"dateModified":"%s","datePublished":"%s","description":"%s","headline":"%s",'
        '"mainEntityOfPage":{"@type":"WebPage","@id":"%s"},"url":"%s"}</script>'
        % (SITE["author"], mod, pub, desc, title, page_url, page_url),
        "<!-- End Jekyll SEO tag -->",
        ""])

    head = ('<head>\n  <meta charset="utf-8">\n  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1">' + seo +
            '<link id="main-stylesheet" rel="stylesheet" href="/assets/css/style.css">'
            '<link type="application/atom+xml" rel="alternate" href="%s/feed.xml" title="%s" />'
            '<link rel="icon" type="image/png" href="%s/assets/favicon-32.png">\n'
            '<meta name="theme-color" content="#2a7ae2">\n  \n</head>' % (SITE["url"], SITE["title"], SITE["url"]))

    nav = "".join('\n  <a class="nav-item" href="%s">%s</a>' % (u, t) for t, u in SITE["nav"])
    header = ('<header class="site-header">\n\n  <div class="wrapper">\n'
              '    <a class="site-title" rel="author" href="/">%s</a>\n'
              '      <nav class="site-nav">\n        <input type="checkbox" id="nav-trigger" />\n'
              '        <label for="nav-trigger">\n          <span class="menu-icon"></span>\n'
              '        </label>\n\n        <div class="nav-items">%s\n</div>\n\n      </nav>\n'
              '  </div>\n</header>' % (SITE["title"], nav))

    post = ('<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n\n'
            '  <header class="post-header">\n'
            '    <h1 class="post-title p-name" itemprop="name headline">%s</h1>\n'
            '    <div class="post-meta"><span class="meta-label">Published:</span>\n'
            '      <time class="dt-published" datetime="%s" itemprop="datePublished">\n'
            '        %s\n      </time><span class="bullet-divider">•</span>\n'
            '        <span class="meta-label">Updated:</span>\n'
            '        <time class="dt-modified" datetime="%s" itemprop="dateModified">\n'
            '          %s\n        </time>\n'
            '      <div class="post-authors">\n'
            '          <span itemprop="author" itemscope itemtype="http://schema.org/Person">\n'
            '            <span class="p-author h-card" itemprop="name">%s</span></span>\n'
            '      </div>\n    </div>\n  </header>\n\n'
            '  <div class="post-content e-content" itemprop="articleBody">\n    %s\n  </div>\n\n'
            '  <div class="comments-disabled-message">\n'
            '      Comments have been disabled for this post.\n    </div>\n'
            '    <a class="u-url" href="%s" hidden></a>\n</article>'
            % (esc(title), pub, human(fm["date"]), mod, human(fm["modified_date"]), SITE["author"],
               content, path))

    social = "".join(
        '<li>\n    <a rel="me" href="%s" target="_blank" title="%s">\n'
        '      <span class="grey fa-brands fa-%s fa-lg"></span>\n    </a>\n  </li>' % (u, t, i)
        for t, i, u in SITE["social"])
    footer = ('<link id="fa-stylesheet" rel="stylesheet" '
              'href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@latest/css/all.min.css">\n\n'
              '<footer class="site-footer h-card">\n  <data class="u-url" value="/"></data>\n\n'
              '  <div class="wrapper">\n\n    <div class="footer-col-wrapper">\n'
              '      <div class="footer-col">\n        <p class="feed-subscribe">\n'
              '          <a href="%s/feed.xml">\n            <svg class="svg-icon orange">\n'
              '              <path d="M12.8 16C12.8 8.978 7.022 3.2 0 3.2V0c8.777 0 16 7.223 16 16h-3.2zM2.194\n'
              '                11.61c1.21 0 2.195.985 2.195 2.196 0 1.21-.99 2.194-2.2 2.194C.98 16 0 15.017 0\n'
              '                13.806c0-1.21.983-2.195 2.194-2.195zM10.606\n'
              '                16h-3.11c0-4.113-3.383-7.497-7.496-7.497v-3.11c5.818 0 10.606 4.79 10.606 10.607z"\n'
              '              />\n            </svg><span>Subscribe</span>\n          </a>\n        </p>\n'
              '        <ul class="contact-list">\n          <li class="p-name">%s</li>\n'
              '          <li><a class="u-email" href="mailto:%s">%s</a></li>\n        </ul>\n'
              '      </div>\n      <div class="footer-col">\n        <p>%s</p>\n      </div>\n'
              '    </div>\n\n    <div class="social-links"><ul class="social-media-list">%s</ul></div>\n\n'
              '  </div>\n\n</footer>'
              % (SITE["url"], SITE["author"], SITE["email"], SITE["email"], esc(SITE["description"]), social))

    page = ('<!DOCTYPE html>\n<html lang="en">%s<body>%s<main class="page-content" aria-label="Content">\n'
            '      <div class="wrapper">\n        %s\n      </div>\n    </main>%s\n\n  \n\n</body></html>'
            % (head, header, post, footer))
    page = chrome(page, page_url, files_dir)
    with open(out, "wb") as f:
        f.write(page.encode("utf-8"))


if __name__ == "__main__":
    main()
