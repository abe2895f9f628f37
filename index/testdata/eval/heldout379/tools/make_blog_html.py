#!/usr/bin/python3
"""Re-make docs/la-nina-2024-25-enso-blog.html from tools/la-nina-2024-25-enso-blog.txt.

The page is a blog post of a Drupal 7 site (Bartik-derived theme, the Footnotes, Views,
AddToAny and EU Cookie Compliance modules, CKEditor's image2 figures) as Chrome 139 saves it
with "Webpage, Complete": the DOM serialised after scripts ran, the "saved from url" comment,
a Content-Type meta inserted first in <head>, and resource links rewritten into the
"<title>_files" folder (not part of the set).  Deterministic: no clock, no randomness.
Run: /usr/bin/python3 tools/make_blog_html.py [output.html]
"""
import datetime
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "la-nina-2024-25-enso-blog.txt")
OUT = os.path.join(HERE, "..", "docs", "la-nina-2024-25-enso-blog.html")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def parse(src):
    meta, blocks, fns, comments, rels, tags = {}, [], {}, [], [], []
    for raw in src.split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("tag "):
            tags = [t.strip() for t in line[4:].split("|")]
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("[fig "):
            f, alt, cap, credit = [x.strip() for x in line[5:-1].split(" | ")]
            blocks.append(("fig", f, alt, cap, credit))
        elif line.startswith("[update] "):
            blocks.append(("update", line[9:]))
        elif line.startswith("fn "):
            n, _, t = line[3:].partition(" ")
            fns[n] = t
        elif re.match(r"^>* ?c \d+ \| ", line):
            depth = len(line) - len(line.lstrip(">"))
            body = line.lstrip(">").strip()[2:]
            cid, name, when, text = [x.strip() for x in body.split(" | ", 3)]
            comments.append((depth, cid, name, when, text))
        elif line.startswith("rel "):
            rels.append([x.strip() for x in line[4:].split(" | ")])
        else:
            blocks.append(("p", line))
    return meta, blocks, fns, comments, rels, tags


def fn_key(n):
    return hashlib.md5(("fn" + n).encode()).hexdigest()[:7]


def inline(text, fns):
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\*(.+?)\*", r"<em>\1</em>", out)

    def ref(m):
        n = m.group(1)
        k = fn_key(n)
        return ('<a class="see-footnote" id="footnoteref%s_%s" title="%s" href="#footnote%s_%s">%s</a>'
                % (n, k, attr(fns[n]), n, k, n))
    return re.sub(r"\[\^(\d+)\]", ref, out)


USERS = {"Meera Iyer": "meera-iyer", "Karthik R.": "karthik-r", "Dr. S. Nair": "drsnair",
         "Vikram Singh": "vikram-singh", "Pooja M.": "pooja-m"}


def comment_time(iso):
    d = datetime.datetime.fromisoformat(iso)
    return d.strftime("%a, %m/%d/%Y - %H:%M")


def subject(text):
    # Drupal 7 derives a missing subject from the body: truncate_utf8(body, 29, TRUE)
    if len(text) <= 29:
        return text
    cut = text[:30]
    m = re.match(r"^(.*)\W", cut, re.S)
    return (m.group(1) if m else text[:29]).rstrip()


def render_comment(c, node, path, author, ind, parent=None):
    depth, cid, name, when, text = c
    reply_of = "/comment/%s#comment-%s" % (parent, parent) if parent else path
    pad = "  " * ind
    if name == author:
        cls = "comment comment-by-node-author clearfix"
    elif name in USERS:
        cls = "comment clearfix"
    else:
        cls = "comment comment-by-anonymous clearfix"
    if name in USERS:
        who = ('<a href="https://www.climatesense.in/users/%s" title="View user profile." class="username" '
               'xml:lang="" about="/users/%s" typeof="sioc:UserAccount" property="foaf:name" datatype="">%s</a>'
               % (USERS[name], USERS[name], esc(name)))
    else:
        who = ('<span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" '
               'datatype="">%s (not verified)</span>' % esc(name))
    paras = "".join("<p>%s</p>" % esc(p) for p in text.split(" // "))
    out = []
    out.append('%s<a id="comment-%s"></a>' % (pad, cid))
    out.append('%s<div class="%s" about="/comment/%s#comment-%s" typeof="sioc:Post sioct:Comment">'
               % (pad, cls, cid, cid))
    out.append('%s  <div class="attribution">' % pad)
    out.append('%s    <div class="submitted">' % pad)
    out.append('%s      <p class="commenter-name">' % pad)
    out.append('%s        <span rel="sioc:has_creator">%s</span>      </p>' % (pad, who))
    out.append('%s      <p class="comment-time">' % pad)
    out.append('%s        <span property="dc:date dc:created" content="%s" datatype="xsd:dateTime">%s</span>      </p>'
               % (pad, when, comment_time(when)))
    out.append('%s      <p class="comment-permalink">' % pad)
    out.append('%s        <a href="https://www.climatesense.in/comment/%s#comment-%s" class="permalink" rel="bookmark">Permalink</a>      </p>'
               % (pad, cid, cid))
    out.append('%s    </div>' % pad)
    out.append('%s  </div>' % pad)
    out.append('%s  <div class="comment-text">' % pad)
    out.append('%s    <div class="comment-arrow"></div>' % pad)
    out.append('%s          <h3 property="dc:title" datatype=""><a href="https://www.climatesense.in/comment/%s#comment-%s" class="permalink" rel="bookmark">%s</a></h3>'
               % (pad, cid, cid, esc(subject(text))))
    out.append('%s        <div class="content">' % pad)
    out.append('%s      <span rel="sioc:reply_of" resource="%s" class="rdf-meta element-hidden"></span>'
               '<div class="field field-name-comment-body field-type-text-long field-label-hidden">'
               '<div class="field-items"><div class="field-item even" property="content:encoded">%s</div></div></div>          </div> <!-- /.content -->'
               % (pad, reply_of, paras))
    out.append('')
    out.append('%s          <ul class="links inline"><li class="comment-reply first last">'
               '<a href="https://www.climatesense.in/comment/reply/%s/%s">reply</a></li>\n%s</ul>    '
               % (pad, node, cid, pad))
    out.append('%s  </div> <!-- /.comment-text -->' % pad)
    out.append('%s</div>' % pad)
    return "\n".join(out)


def comments_html(comments, node, path, author):
    # nest replies in <div class="indented"> the way comment_render does
    out = []
    prev_depth = 0
    last_at = {}
    for c in comments:
        d = c[0]
        last_at[d] = c[1]
        while prev_depth < d:
            out.append("  " * (prev_depth + 1) + '<div class="indented">')
            prev_depth += 1
        while prev_depth > d:
            out.append("  " * prev_depth + "</div>")
            prev_depth -= 1
        out.append(render_comment(c, node, path, author, d + 1, last_at.get(d - 1) if d else None))
    while prev_depth > 0:
        out.append("  " * prev_depth + "</div>")
        prev_depth -= 1
    return "\n".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks, fns, comments, rels, tags = parse(open(SRC, encoding="utf-8").read())
    url = meta["url"]
    path = url.split("climatesense.in", 1)[1]
    site = meta["site"]
    title = meta["title"]
    full_title = "%s | %s" % (title, site)
    files = re.sub(r'[:|/\\?*"<>]', "_", full_title) + "_files"
    f = "./" + files + "/"
    node = meta["node"]
    pub_iso, pub_human = [x.strip() for x in meta["published"].split("|")]
    author = meta["author"]
    n_comments = len(comments)

    body = []
    for b in blocks:
        if b[0] == "p":
            body.append("<p>%s</p>" % inline(b[1], fns))
        elif b[0] in ("h2", "h3"):
            body.append("<%s>%s</%s>" % (b[0], esc(b[1]), b[0]))
        elif b[0] == "fig":
            _, fn, alt, cap, credit = b
            h = {"ONI_2023-2025_bars_620.png": 349, "SST_anom_2025-01-08_620.png": 310}.get(fn, 372)
            body.append('<figure class="caption caption-img" role="group"><img alt="%s" data-entity-type="file" '
                        'height="%d" src="%s%s" width="620">\n<figcaption>%s <em>%s</em></figcaption>\n</figure>'
                        % (attr(alt), h, f, fn, inline(cap, fns), esc(credit)))
        elif b[0] == "update":
            body.append('<div class="update-box" style="background-color:#f3f7fb;border-left:4px solid #2b6cb0;'
                        'padding:10px 14px;margin:1em 0;">\n<p>%s</p>\n</div>' % inline(b[1], fns))
    fn_items = []
    for n in sorted(fns, key=int):
        k = fn_key(n)
        fn_items.append('<li class="footnote" id="footnote%s_%s"><a class="footnote-label" href="#footnoteref%s_%s">%s.</a> %s</li>'
                        % (n, k, n, k, n, esc(fns[n])))
    body.append('<ul class="footnotes">' + "\n".join(fn_items) + "</ul>")
    body_html = "\n".join(body)

    tag_html = "".join('<div class="field-item %s"><a href="https://www.climatesense.in/tags/%s" typeof="skos:Concept" '
                       'property="rdfs:label skos:prefLabel" datatype="">%s</a></div>'
                       % ("even" if i % 2 == 0 else "odd",
                          re.sub(r"[^a-z0-9]+", "-", t.lower().replace("ñ", "n")).strip("-"), esc(t))
                       for i, t in enumerate(tags))
    rel_items = []
    for i, (t, d, p) in enumerate(rels, 1):
        cls = "views-row views-row-%d views-row-%s" % (i, "odd" if i % 2 else "even")
        if i == 1:
            cls += " views-row-first"
        if i == len(rels):
            cls += " views-row-last"
        rel_items.append('<li class="%s">  \n  <div class="views-field views-field-title">        <span class="field-content">'
                         '<a href="https://www.climatesense.in%s">%s</a></span>  </div>  \n  <div class="views-field '
                         'views-field-field-published-date">        <div class="field-content"><span class="date-display-single">'
                         '%s</span></div>  </div></li>' % (cls, p, esc(t), esc(d)))
    settings = ('{"basePath":"\\/","pathPrefix":"","setHasJsCookie":0,"ajaxPageState":{"theme":"cs_bartik",'
                '"theme_token":"pV3kYd0wqQG1mJ9s_2x7hT4a0ZrE8c5lNbUoIfHjKgW","js":{"misc\\/jquery.js":1,'
                '"misc\\/jquery-extend-3.4.0.js":1,"misc\\/drupal.js":1,"sites\\/all\\/modules\\/footnotes\\/footnotes.js":1,'
                '"sites\\/all\\/modules\\/eu_cookie_compliance\\/js\\/eu_cookie_compliance.min.js":1}},'
                '"eu_cookie_compliance":{"popup_enabled":1,"popup_agreed_enabled":0,"popup_position":0,'
                '"cookie_lifetime":"100","domain":""},"googleanalytics":{"trackOutbound":1,"trackMailto":1},'
                '"urlIsAjaxTrusted":{"\\/news-features\\/blogs\\/enso-monsoon\\/la-nina-2024-25-late-weak-and-gone-spring":true}}')

    page = []
    page.append("<!DOCTYPE html>")
    page.append("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    page.append('<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ '
                'foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# '
                'sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# '
                'xsd: http://www.w3.org/2001/XMLSchema#" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    page.append('<link rel="shortcut icon" href="https://www.climatesense.in/sites/all/themes/cs_bartik/favicon.ico" type="image/vnd.microsoft.icon">')
    page.append('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    page.append('<meta name="description" content="%s">' % attr(meta["teaser"]))
    page.append('<meta name="generator" content="Drupal 7 (http://drupal.org)">')
    page.append('<link rel="canonical" href="%s">' % url)
    page.append('<link rel="shortlink" href="https://www.climatesense.in/node/%s">' % node)
    page.append('<meta property="og:site_name" content="%s">' % attr(site))
    page.append('<meta property="og:type" content="article">')
    page.append('<meta property="og:url" content="%s">' % url)
    page.append('<meta property="og:title" content="%s">' % attr(title))
    page.append('<meta property="og:description" content="%s">' % attr(meta["teaser"]))
    page.append('<meta property="og:image" content="https://www.climatesense.in/sites/default/files/2025-04/%s">' % meta["image"])
    page.append('<meta property="article:published_time" content="%s">' % pub_iso)
    page.append('<meta property="article:modified_time" content="%s">' % meta["modified"])
    page.append('<meta name="twitter:card" content="summary_large_image">')
    page.append('<meta name="twitter:site" content="@ClimateSenseIN">')
    page.append("<title>%s</title>" % esc(full_title))
    for css in ("css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css", "css_vZ_wrMQ9Og-YPPxa1q4us3N7DsZMJa-14jShHgRoRNo.css",
                "css_4ZvLVp5HcVqxaB9sxUyBFS7Hcv7GYVxjHXkB3ld5zOc.css"):
        page.append('<link type="text/css" rel="stylesheet" href="%s%s" media="all">' % (f, css))
    page.append('<link type="text/css" rel="stylesheet" href="%scss_47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU.css" media="print">' % f)
    page.append('<!--[if lte IE 8]><link type="text/css" rel="stylesheet" href="https://www.climatesense.in/sites/all/themes/cs_bartik/css/ie.css?t3q2xk" media="all" /><![endif]-->')
    page.append('<script type="text/javascript" src="%sjs_Pt6OpwTd6jcHLRIjrE-eSPLWMxWDkcyYrPTIrXDSON0.js.download"></script>' % f)
    page.append('<script type="text/javascript" src="%sjs_gHk2gWJ_Qw_jU2qRiUmSl7d8oly1Cx7lQFrqcp3RXcI.js.download"></script>' % f)
    page.append('<script type="text/javascript" async="" src="%sjs_a3YyvV0jGk1uM9c6pXh2fL8tQe4sN7oRbZwD5iHkCgE.js.download"></script>' % f)
    page.append('<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, %s);\n//--><!]]>\n</script>' % settings)
    page.append('<style type="text/css">.footnotes{font-size:0.85em;border-top:1px solid #ccc;margin-top:2em}'
                '.see-footnote{vertical-align:super;font-size:0.75em;text-decoration:none}</style>')
    page.append("</head>")
    page.append('<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-%s '
                'node-type-blog-article eu-cookie-compliance-popup-open">' % node)
    page.append('  <div id="skip-link">')
    page.append('    <a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>')
    page.append("  </div>")
    page.append('    <div id="page-wrapper"><div id="page">')
    page.append("")
    page.append('  <div id="header" class="without-secondary-menu"><div class="section clearfix">')
    page.append("")
    page.append('          <a href="https://www.climatesense.in/" title="Home" rel="home" id="logo">')
    page.append('        <img src="%slogo-cs-2x.png" alt="Home">' % f)
    page.append("      </a>")
    page.append("    ")
    page.append('          <div id="name-and-slogan">')
    page.append("")
    page.append('                              <div id="site-name">')
    page.append('              <strong>')
    page.append('                <a href="https://www.climatesense.in/" title="Home" rel="home"><span>%s</span></a>' % esc(site))
    page.append("              </strong>")
    page.append("            </div>")
    page.append("                  ")
    page.append('                  <div id="site-slogan">')
    page.append("            Climate science, explained for India          </div>")
    page.append("        ")
    page.append("      </div> <!-- /#name-and-slogan -->")
    page.append("    ")
    page.append('          <div class="region region-header">')
    page.append('    <div id="block-search-form" class="block block-search">')
    page.append("")
    page.append("    ")
    page.append('  <div class="content">')
    page.append('    <form action="%s" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">' % url)
    page.append('      <h2 class="element-invisible">Search form</h2>')
    page.append('    <div class="form-item form-type-textfield form-item-search-block-form">')
    page.append('  <label class="element-invisible" for="edit-search-block-form--2">Search </label>')
    page.append(' <input title="Enter the terms you wish to search for." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text">')
    page.append("</div>")
    page.append('<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Search" class="form-submit"></div>'
                '<input type="hidden" name="form_build_id" value="form-Qb7xR2mWcV0tJf3LkPz9sYd4hN1uGeA6oTiE8rCjHlM">'
                '<input type="hidden" name="form_id" value="search_block_form">')
    page.append("</div>")
    page.append("</div></form>  </div>")
    page.append("</div>")
    page.append("  </div>")
    page.append("    ")
    page.append('          <div id="main-menu" class="navigation">')
    page.append('        <h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">'
                '<li class="menu-218 first"><a href="https://www.climatesense.in/">Home</a></li>'
                '<li class="menu-1021 active-trail"><a href="https://www.climatesense.in/news-features" class="active-trail">News &amp; Features</a></li>'
                '<li class="menu-1022"><a href="https://www.climatesense.in/maps-data">Maps &amp; Data</a></li>'
                '<li class="menu-1023"><a href="https://www.climatesense.in/teaching">Teaching Climate</a></li>'
                '<li class="menu-1188 last"><a href="https://www.climatesense.in/about">About</a></li></ul>      </div> <!-- /#main-menu -->')
    page.append("    ")
    page.append("  </div></div> <!-- /.section, /#header -->")
    page.append("")
    page.append("  ")
    page.append("  ")
    page.append('  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">')
    page.append("")
    page.append('          <div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb">'
                '<a href="https://www.climatesense.in/">Home</a> » <a href="https://www.climatesense.in/news-features">News &amp; Features</a> » '
                '<a href="https://www.climatesense.in/news-features/blogs/enso-monsoon">%s</a></div></div>' % esc(meta["blog"]))
    page.append("    ")
    page.append("    ")
    page.append('    <div id="content" class="column"><div class="section">')
    page.append("            <a id=\"main-content\"></a>")
    page.append("                    <h1 class=\"title\" id=\"page-title\">")
    page.append("          %s        </h1>" % esc(title))
    page.append("                          ")
    page.append('          <div class="region region-content">')
    page.append('    <div id="block-system-main" class="block block-system">')
    page.append("")
    page.append("    ")
    page.append('  <div class="content">')
    page.append('    <div id="node-%s" class="node node-blog-article node-promoted view-mode-full clearfix" about="%s" typeof="sioc:Item foaf:Document">'
                % (node, path))
    page.append("")
    page.append('      <span property="dc:title" content="%s" class="rdf-meta element-hidden"></span>'
                '<span property="sioc:num_replies" content="%d" datatype="xsd:integer" class="rdf-meta element-hidden"></span>'
                % (attr(title), n_comments))
    page.append("  ")
    page.append('  <div class="content clearfix">')
    page.append('    <div class="field field-name-field-byline field-type-text field-label-inline clearfix"><div class="field-label">Author:&nbsp;</div>'
                '<div class="field-items"><div class="field-item even"><a href="https://www.climatesense.in/people/%s">%s</a></div></div></div>'
                % (USERS[author], esc(author)))
    page.append('<div class="field field-name-field-reviewer field-type-text field-label-inline clearfix"><div class="field-label">Reviewed by:&nbsp;</div>'
                '<div class="field-items"><div class="field-item even">%s</div></div></div>' % esc(meta["reviewer"]))
    page.append('<div class="field field-name-field-published-date field-type-datetime field-label-inline clearfix"><div class="field-label">Published:&nbsp;</div>'
                '<div class="field-items"><div class="field-item even"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="%s">%s</span></div></div></div>'
                % (pub_iso, esc(pub_human)))
    page.append('<div class="field field-name-field-comment-count field-type-computed field-label-inline clearfix"><div class="field-label">Comments:&nbsp;</div>'
                '<div class="field-items"><div class="field-item even"><a href="#comments">%d</a></div></div></div>' % n_comments)
    page.append('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">'
                + body_html + "\n</div></div></div>")
    page.append('<div class="field field-name-field-disclaimer field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">'
                '<p><em>Written and edited by the %s science desk. For official forecasts, always check IMD.</em></p></div></div></div>'
                % esc(site))
    page.append('<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items">'
                + tag_html + "</div></div>")
    page.append(
                '<span class="a2a_kit a2a_kit_size_24 a2a_target addtoany_list" id="da2a_1">'
                '<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=%s" target="_blank" rel="nofollow noopener">'
                '<span class="a2a_svg a2a_s__default a2a_s_facebook"><svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
                '<path fill="#FFF" d="M17.78 27.5V17.008h3.522l.527-4.09h-4.05v-2.61c0-1.182.33-1.99 2.023-1.99h2.166V4.66c-.375-.05-1.66-.16-3.155-.16-3.123 0-5.26 1.905-5.26 5.405v3.016h-3.53v4.09h3.53V27.5z"></path></svg></span>'
                '<span class="a2a_label">Facebook</span></a>'
                '<a class="a2a_button_whatsapp" href="https://www.addtoany.com/add_to/whatsapp?linkurl=%s" target="_blank" rel="nofollow noopener">'
                '<span class="a2a_svg a2a_s__default a2a_s_whatsapp"></span><span class="a2a_label">WhatsApp</span></a>'
                '<a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl=%s" target="_blank" rel="nofollow noopener">'
                '<span class="a2a_svg a2a_s__default a2a_s_email"></span><span class="a2a_label">Email</span></a></span>'
                % tuple([url.replace(":", "%3A").replace("/", "%2F")] * 3))
    page.append("  </div>")
    page.append("")
    page.append('  <ul class="links inline"><li class="comment-add first last active">'
                '<a href="%s#comment-form" title="Share your thoughts and opinions related to this posting." class="active">Add new comment</a></li>\n</ul>'
                % url)
    page.append('  <div id="comments" class="comment-wrapper">')
    page.append('          <h2 class="title">Comments</h2>')
    page.append("      ")
    page.append(comments_html(comments, node, path, author))
    page.append("")
    page.append('      <h2 class="title comment-form">Add new comment</h2>')
    page.append('    <form class="comment-form" action="https://www.climatesense.in/comment/reply/%s" method="post" id="comment-form" accept-charset="UTF-8"><div>'
                '<div class="form-item form-type-textfield form-item-name">\n  <label for="edit-name">Your name </label>\n'
                ' <input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text">\n</div>\n'
                '<div class="field-type-text-long field-name-comment-body field-widget-text-textarea form-wrapper" id="edit-comment-body">'
                '<div id="comment-body-add-more-wrapper"><div class="form-item form-type-textarea form-item-comment-body-und-0-value">\n'
                '  <label for="edit-comment-body-und-0-value">Comment <span class="form-required" title="This field is required.">*</span></label>\n'
                ' <div class="form-textarea-wrapper resizable textarea-processed resizable-textarea"><textarea class="text-full form-textarea required" '
                'id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5"></textarea><div class="grippie"></div></div>\n</div>\n'
                '</div></div><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="Save" class="form-submit">'
                '<input type="submit" id="edit-preview" name="op" value="Preview" class="form-submit"></div></div></form>  </div>' % node)
    page.append("")
    page.append("</div>")
    page.append("  </div>")
    page.append("</div>")
    page.append("  </div>")
    page.append("    ")
    page.append("  </div></div> <!-- /.section, /#content -->")
    page.append("")
    page.append('          <div id="sidebar-second" class="column sidebar"><div class="section">')
    page.append('          <div class="region region-sidebar-second">')
    page.append('    <div id="block-views-related-posts-block" class="block block-views">')
    page.append("")
    page.append("        <h2>Related posts</h2>")
    page.append("    ")
    page.append('  <div class="content">')
    page.append('    <div class="view view-related-posts view-id-related_posts view-display-id-block view-dom-id-7f3c1b0e9d2a4c6b8e5f1a2d3c4b5a69">')
    page.append("        ")
    page.append("  ")
    page.append("  ")
    page.append('      <div class="view-content">')
    page.append('      <div class="item-list">    <ul>          ' + "\n          ".join(rel_items) + "\n      </ul></div>    </div>")
    page.append("  ")
    page.append('      <div class="more-link">')
    page.append('  <a href="https://www.climatesense.in/news-features/blogs/enso-monsoon">')
    page.append("    More from the blog  </a>")
    page.append("</div>")
    page.append("  ")
    page.append("  ")
    page.append("</div>  </div>")
    page.append("</div>")
    page.append("  </div>")
    page.append("      </div></div> <!-- /.section, /#sidebar-second -->")
    page.append("    ")
    page.append("  </div></div> <!-- /#main, /#main-wrapper -->")
    page.append("")
    page.append("  ")
    page.append('  <div id="footer-wrapper"><div class="section">')
    page.append("")
    page.append("    ")
    page.append('          <div id="footer" class="clearfix">')
    page.append('          <div class="region region-footer">')
    page.append('    <div id="block-block-2" class="block block-block">')
    page.append("")
    page.append("    ")
    page.append('  <div class="content">')
    page.append("    <p>© 2025 %s · Text licensed under CC BY 4.0 · <a href=\"https://www.climatesense.in/privacy\">Privacy</a> · "
                "<a href=\"https://www.climatesense.in/contact\">Contact</a></p>  </div>" % esc(site))
    page.append("</div>")
    page.append("  </div>")
    page.append("      </div> <!-- /#footer -->")
    page.append("    ")
    page.append("  </div></div> <!-- /.section, /#footer-wrapper -->")
    page.append("")
    page.append("</div></div> <!-- /#page, /#page-wrapper -->")
    page.append("  ")
    page.append('<div id="sliding-popup" class="sliding-popup-bottom" style="height: auto; width: 100%; bottom: 0px;"><div>')
    page.append('  <div class="popup-content info">')
    page.append('    <div id="popup-text">')
    page.append("      <p>We use cookies on this site to enhance your user experience</p><p>By clicking any link on this page you are giving your consent for us to set cookies.</p>    </div>")
    page.append('    <div id="popup-buttons">')
    page.append('      <button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>')
    page.append('              <button type="button" class="find-more-button eu-cookie-compliance-more-button agree-button eu-cookie-compliance-default-button">No, give me more info</button>')
    page.append("          </div>")
    page.append("  </div>")
    page.append("</div>")
    page.append("</div></body></html>")
    data = "\n".join(page)
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
