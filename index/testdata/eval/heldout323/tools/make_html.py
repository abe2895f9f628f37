#!/usr/bin/python3
"""Make docs/dgp-empanelment-verdict-lawledger.html from tools/dgp-empanelment-verdict-lawledger.txt.

The page imitates a story on a (fictional) WordPress legal news site, "The Law Ledger", that runs
a block theme (full-site editing: wp-site-blocks, template parts, core/post-* and core/comment-*
blocks), as Firefox keeps it with "Save Page As... > Web Page, HTML only": the HTML exactly as the
server sent it, absolute https:// links to wp-content and wp-includes, no saved-from comment, no
resource folder. WordPress quirks kept: wptexturize's numeric character references for curly
quotes, apostrophes, en and em dashes and the ellipsis; the wp-emoji settings script; the
global-styles inline CSS; Yoast's JSON-LD; block class names; a post embed (blockquote plus
sandboxed iframe) as an "Also Read"; Jetpack sharing and likes; the comments block with threaded
replies and the comment form; the footer template part.

Run from anywhere: /usr/bin/python3 tools/make_html.py (re-makes the file byte for byte).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dgp-empanelment-verdict-lawledger"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")
SITE = "https://thelawledger.in"
UP = SITE + "/wp-content/uploads"


def texturize(s):
    """A small wptexturize: & escaped, quotes, dashes and ellipses as numeric references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("...", "&#8230;")
    s = s.replace(" -- ", " &#8212; ")
    s = s.replace(" - ", " &#8211; ")
    s = re.sub(r"(\d)-(\d)", r"\1&#8211;\2", s)
    s = re.sub(r'(^|[\s(\[])"', r"\1&#8220;", s)
    s = s.replace('"', "&#8221;")
    s = re.sub(r"(^|[\s(\[])'", r"\1&#8216;", s)
    s = s.replace("'", "&#8217;")
    return s


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def load():
    meta, body, tags, comments, recent = {}, [], [], [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            kind, _, rest = line.partition(" ")
            if kind == "@meta":
                k, _, v = rest.partition("|")
                meta[k] = v
            elif kind == "@tags":
                tags = rest.split("|")
            elif kind == "@comment":
                cid, parent, author, iso, shown, text = rest.split("|", 5)
                comments.append(dict(id=cid, parent=parent, author=author, iso=iso,
                                     shown=shown, text=text))
            elif kind == "@recent":
                recent.append(rest.split("|"))
            else:
                body.append((kind, rest))
    return meta, body, tags, comments, recent


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def render_body(body, meta):
    out = []
    i = 0
    while i < len(body):
        kind, rest = body[i]
        if kind == "@note":
            label, _, text = rest.partition(": ")
            out.append('<div class="wp-block-group editor-note has-border-color has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow" style="border-color:#0693e3;border-width:1px;border-left-width:4px;padding-top:var(--wp--preset--spacing--20);padding-right:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--20);padding-left:var(--wp--preset--spacing--30)">')
            out.append('<p class="has-small-font-size"><strong>%s:</strong> %s</p>' % (texturize(label), texturize(text)))
            out.append("</div>")
            out.append("")
            out.append("")
            out.append("")
        elif kind == "@p":
            out.append("<p>%s</p>" % texturize(rest))
            out.append("")
            out.append("")
            out.append("")
        elif kind == "@case":
            rows = []
            while i < len(body) and body[i][0] == "@case":
                k, _, v = body[i][1].partition("|")
                rows.append((k, v))
                i += 1
            link = body[i][1] if i < len(body) and body[i][0] == "@caselink" else None
            out.append('<div class="wp-block-group case-details has-border-color has-contrast-3-border-color has-base-2-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained" style="border-width:1px;border-radius:6px">')
            out.append('<p class="case-details__label has-small-font-size"><strong>CASE DETAILS</strong></p>')
            out.append("")
            out.append("")
            out.append("")
            out.append('<figure class="wp-block-table is-style-stripes has-small-font-size"><table><tbody>' +
                       "".join("<tr><td><strong>%s</strong></td><td>%s</td></tr>" % (texturize(k), texturize(v)) for k, v in rows) +
                       "</tbody></table></figure>")
            out.append("")
            out.append("")
            out.append("")
            if link:
                out.append('<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">')
                out.append('<div class="wp-block-button has-custom-font-size has-small-font-size"><a class="wp-block-button__link wp-element-button" href="%s/wp-content/uploads/2019/03/prakash-singh-ia-24616-2019-13-march-2019.pdf" target="_blank" rel="noreferrer noopener">%s</a></div>' % (SITE, texturize(link)))
                out.append("</div>")
            out.append("</div>")
            out.append("")
            out.append("")
            out.append("")
            continue
        elif kind == "@h2":
            out.append('<h2 class="wp-block-heading" id="%s">%s</h2>' % (slugify(rest), texturize(rest)))
            out.append("")
            out.append("")
            out.append("")
        elif kind == "@quote":
            cite = None
            if i + 1 < len(body) and body[i + 1][0] == "@cite":
                cite = body[i + 1][1]
            out.append('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">')
            out.append("<p>%s</p>" % texturize(rest))
            if cite:
                out.append("<cite>%s</cite>" % texturize(cite))
                i += 1
            out.append("</blockquote>")
            out.append("")
            out.append("")
            out.append("")
        elif kind == "@li":
            items = []
            while i < len(body) and body[i][0] == "@li":
                items.append(body[i][1])
                i += 1
            numbered = items[0][:1].isalpha() and not re.match(r"\d", items[0])
            if numbered:
                out.append('<ol class="wp-block-list">')
                for it in items:
                    out.append("<li>%s</li>" % texturize(it))
                out.append("</ol>")
            else:
                out.append('<ul class="wp-block-list">')
                for it in items:
                    date, _, text = it.partition(": ")
                    out.append("<li><strong>%s:</strong> %s</li>" % (texturize(date), texturize(text)))
                out.append("</ul>")
            out.append("")
            out.append("")
            out.append("")
            continue
        elif kind == "@alsoread":
            head, slug = rest.split("|")
            out.append('<p class="also-read has-small-font-size"><strong>Also Read &#8211; </strong><a href="%s/%s/">%s</a></p>' % (SITE, slug, texturize(head)))
            out.append("")
            out.append("")
            out.append("")
        elif kind == "@embed":
            head, slug, secret = rest.split("|")
            url = "%s/%s/" % (SITE, slug)
            out.append('<figure class="wp-block-embed is-type-wp-embed is-provider-the-law-ledger wp-block-embed-the-law-ledger"><div class="wp-block-embed__wrapper">')
            out.append('<blockquote class="wp-embedded-content" data-secret="%s"><a href="%s">%s</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="&#8220;%s&#8221; &#8212; The Law Ledger" src="%sembed/#?secret=%s" data-secret="%s" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>' % (secret, url, texturize(head), texturize(head), url, secret, secret))
            out.append("</div><figcaption class=\"wp-element-caption\">Also Read</figcaption></figure>")
            out.append("")
            out.append("")
            out.append("")
        i += 1
    return "\n".join(out)


def comment_html(c, by_parent, depth, post_url):
    kids = by_parent.get(c["id"], [])
    avatar = "https://secure.gravatar.com/avatar/%s?s=40&#038;d=mm&#038;r=g" % (
        "%032x" % (int(c["id"]) * 2654435761 % (1 << 128)))
    body = "".join("<p>%s</p>\n" % texturize(p) for p in c["text"].split(" // "))
    author = texturize(c["author"])
    if c["author"] == "Ananya Kulkarni":
        author_html = '<a rel="external nofollow ugc" href="%s/author/ananya-kulkarni/" target="_self" >%s</a>' % (SITE, author)
        cls = " bypostauthor"
    else:
        author_html = author
        cls = ""
    s = ('<li id="comment-%s" class="comment %s depth-%d%s%s">' % (
        c["id"], "even thread-even" if depth == 1 else "odd alt", depth, cls, " parent" if kids else ""))
    s += ('<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">'
          '<div class="wp-block-column is-vertically-aligned-top is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40px">'
          '<div class="wp-block-avatar"><img alt="%s Avatar" src="%s" srcset="%s 2x" class="avatar avatar-40 photo wp-block-avatar__image" height="40" width="40" style="border-radius:20px;"/></div></div>\n'
          % (attr(c["author"]), avatar, avatar.replace("s=40", "s=80")))
    s += '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">'
    s += '<div class="wp-block-comment-author-name has-small-font-size">%s</div>\n' % author_html
    s += ('<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0px;margin-bottom:0px">'
          '<div class="wp-block-comment-date has-small-font-size"><time datetime="%s"><a href="%s#comment-%s">%s</a></time></div>\n\n'
          '<div class="wp-block-comment-edit-link has-small-font-size"></div></div>\n'
          % (c["iso"], post_url, c["id"], c["shown"]))
    s += '<div class="wp-block-comment-content">%s</div>\n' % body
    s += ('<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" '
          'href="%s?replytocom=%s#respond" data-commentid="%s" data-postid="%s" data-belowelement="comment-%s" '
          'data-respondelement="respond" data-replyto="Reply to %s" aria-label="Reply to %s">Reply</a></div></div>\n'
          '</div>\n' % (post_url, c["id"], c["id"], "18342", c["id"], attr(c["author"]), attr(c["author"])))
    if kids:
        s += '<ol class="children">' + "".join(comment_html(k, by_parent, depth + 1, post_url) for k in kids) + "</ol>"
    s += "</li>"
    return s


EMOJI = ('window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/",'
         '"ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg",'
         '"source":{"concatemoji":"https:\\/\\/thelawledger.in\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.6.2"}};\n'
         '/*! This file is auto-generated */\n'
         '!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};'
         'sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}function p(e,t,n){e.clearRect(0,0,e.canvas.width,'
         'e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height)'
         '.data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData'
         '(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){return e===r[t]})}'
         'function u(e,t,n){switch(t){case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f",'
         '"\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b'
         '\\ud83c\\uddf3");case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}return!1}'
         '(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={everything:!0,everythingExceptFlag:!0},'
         'e=new Promise(function(e){i.addEventListener("DOMContentLoaded",e,{once:!0})}))}((window,document),'
         'window._wpemojiSettings);')


def main():
    meta, body, tags, comments, recent = load()
    title = meta["title"]
    slug = meta["slug"]
    url = "%s/%s/" % (SITE, slug)
    pub_iso, pub_shown = meta["published"].split("|")
    mod_iso, mod_shown = meta["modified"].split("|")
    t_title = texturize(title)
    desc = meta["excerpt"]

    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"name": meta["author"], "@id": SITE + "/#/schema/person/5d1c0f2a"},
             "headline": title[:110], "datePublished": pub_iso, "dateModified": mod_iso,
             "mainEntityOfPage": {"@id": url}, "wordCount": 1187, "commentCount": len(comments),
             "publisher": {"@id": SITE + "/#organization"},
             "image": {"@id": url + "#primaryimage"},
             "thumbnailUrl": UP + "/2019/03/supreme-court-police-reforms.jpg",
             "keywords": tags, "articleSection": [meta["category"], "Top Stories"], "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title + " - The Law Ledger",
             "isPartOf": {"@id": SITE + "/#website"}, "datePublished": pub_iso, "dateModified": mod_iso,
             "description": desc, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
                {"@type": "ListItem", "position": 2, "name": meta["category"], "item": SITE + "/category/supreme-court/"},
                {"@type": "ListItem", "position": 3, "name": title}]},
            {"@type": "Organization", "@id": SITE + "/#organization", "name": "The Law Ledger", "url": SITE + "/",
             "logo": {"@type": "ImageObject", "url": UP + "/2018/06/law-ledger-logo.png", "width": 512, "height": 512}},
        ]}
    ld_text = json.dumps(ld, separators=(",", ":")).replace("/", "\\/")

    by_parent = {}
    for c in comments:
        by_parent.setdefault(c["parent"], []).append(c)

    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="en-US">')
    a("<head>")
    a('\t<meta charset="UTF-8" />')
    a('<meta name="viewport" content="width=device-width, initial-scale=1" />')
    a("")
    a("<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->")
    a("<title>%s - The Law Ledger</title>" % t_title)
    a('<meta name="description" content="%s" />' % attr(desc))
    a('<link rel="canonical" href="%s" />' % url)
    a('<meta property="og:locale" content="en_US" />')
    a('<meta property="og:type" content="article" />')
    a('<meta property="og:title" content="%s" />' % attr(title))
    a('<meta property="og:description" content="%s" />' % attr(desc))
    a('<meta property="og:url" content="%s" />' % url)
    a('<meta property="og:site_name" content="The Law Ledger" />')
    a('<meta property="article:published_time" content="%s" />' % pub_iso)
    a('<meta property="article:modified_time" content="%s" />' % mod_iso)
    a('<meta property="og:image" content="%s/2019/03/supreme-court-police-reforms.jpg" />' % UP)
    a('\t<meta property="og:image:width" content="1200" />')
    a('\t<meta property="og:image:height" content="675" />')
    a('\t<meta property="og:image:type" content="image/jpeg" />')
    a('<meta name="author" content="%s" />' % meta["author"])
    a('<meta name="twitter:card" content="summary_large_image" />')
    a('<meta name="twitter:label1" content="Written by" />')
    a('\t<meta name="twitter:data1" content="%s" />' % meta["author"])
    a('\t<meta name="twitter:label2" content="Est. reading time" />')
    a('\t<meta name="twitter:data2" content="7 minutes" />')
    a('<script type="application/ld+json" class="yoast-schema-graph">%s</script>' % ld_text)
    a("<!-- / Yoast SEO plugin. -->")
    a("")
    a("")
    a("<link rel='dns-prefetch' href='//stats.wp.com' />")
    a("<link rel='dns-prefetch' href='//secure.gravatar.com' />")
    a('<link rel="alternate" type="application/rss+xml" title="The Law Ledger &raquo; Feed" href="%s/feed/" />' % SITE)
    a('<link rel="alternate" type="application/rss+xml" title="The Law Ledger &raquo; Comments Feed" href="%s/comments/feed/" />' % SITE)
    a('<link rel="alternate" type="application/rss+xml" title="The Law Ledger &raquo; %s Comments Feed" href="%sfeed/" />' % (t_title, url))
    a("<script>")
    a(EMOJI)
    a("</script>")
    a("<style id='wp-block-site-logo-inline-css'>")
    a(".wp-block-site-logo{box-sizing:border-box;line-height:0}.wp-block-site-logo a{display:inline-block;line-height:0}.wp-block-site-logo img{height:auto;max-width:100%}")
    a("</style>")
    a("<style id='wp-block-navigation-inline-css'>")
    a(".wp-block-navigation{position:relative;--navigation-layout-justification-setting:flex-start}.wp-block-navigation ul{margin-bottom:0;margin-left:0;margin-top:0;padding-left:0}.wp-block-navigation .wp-block-navigation-item{align-items:center;display:flex;position:relative}")
    a("</style>")
    a("<link rel='stylesheet' id='wp-block-library-css' href='%s/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />" % SITE)
    a("<style id='wp-block-quote-inline-css'>")
    a(".wp-block-quote{box-sizing:border-box;overflow-wrap:break-word}.wp-block-quote.is-style-large:where(:not(.is-style-plain)){margin-bottom:1em;padding:0 1em}.wp-block-quote cite{font-size:.8em;font-style:normal}")
    a("</style>")
    a("<style id='global-styles-inline-css'>")
    a(":root{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--pale-cyan-blue: #8ed1fc;"
      "--wp--preset--color--base: #FFFFFF;--wp--preset--color--base-2: #F5F5F5;--wp--preset--color--contrast: #111111;"
      "--wp--preset--color--contrast-2: #636363;--wp--preset--color--contrast-3: #A4A4A4;--wp--preset--color--accent: #9b1c1c;"
      "--wp--preset--font-size--small: 0.9rem;--wp--preset--font-size--medium: 1.05rem;--wp--preset--font-size--large: clamp(1.39rem, 1.39rem + ((1vw - 0.2rem) * 0.767), 1.85rem);"
      "--wp--preset--font-family--body: \"Source Serif 4\", serif;--wp--preset--font-family--heading: Inter, sans-serif;"
      "--wp--preset--spacing--20: 10px;--wp--preset--spacing--30: 20px;--wp--preset--spacing--40: 30px;--wp--preset--spacing--50: clamp(30px, 5vw, 50px);}"
      ":where(body) { margin: 0; }.wp-site-blocks > .alignleft { float: left; margin-right: 2em; }"
      ":where(.wp-site-blocks) > * { margin-block-start: 1.2rem; margin-block-end: 0; }"
      "body{background-color: var(--wp--preset--color--base);color: var(--wp--preset--color--contrast);font-family: var(--wp--preset--font-family--body);font-size: var(--wp--preset--font-size--medium);line-height: 1.55;}"
      "a:where(:not(.wp-element-button)){color: var(--wp--preset--color--accent);text-decoration: underline;}"
      "h1, h2, h3, h4, h5, h6{font-family: var(--wp--preset--font-family--heading);font-weight: 700;line-height: 1.2;}"
      ".wp-block-quote{border-left-color: var(--wp--preset--color--accent);border-left-width: 3px;border-left-style: solid;padding-left: var(--wp--preset--spacing--30);}"
      ".has-pale-cyan-blue-background-color{background-color: var(--wp--preset--color--pale-cyan-blue) !important;}.has-base-2-background-color{background-color: var(--wp--preset--color--base-2) !important;}"
      ".has-contrast-3-border-color{border-color: var(--wp--preset--color--contrast-3) !important;}.has-small-font-size{font-size: var(--wp--preset--font-size--small) !important;}")
    a("</style>")
    a("<style id='core-block-supports-inline-css'>")
    a(".wp-container-core-columns-is-layout-1{flex-wrap:nowrap;}.wp-container-core-group-is-layout-3{justify-content:space-between;}")
    a("</style>")
    a("<style id='wp-block-template-skip-link-inline-css'>")
    a("\t\t.skip-link.screen-reader-text {border: 0;clip: rect(1px,1px,1px,1px);clip-path: inset(50%);height: 1px;margin: -1px;overflow: hidden;padding: 0;position: absolute !important;width: 1px;word-wrap: normal !important;}")
    a("</style>")
    a("<link rel='stylesheet' id='jetpack_likes-css' href='%s/wp-content/plugins/jetpack/modules/likes/style.css?ver=13.9' media='all' />" % SITE)
    a("<link rel='stylesheet' id='sharedaddy-css' href='%s/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.9' media='all' />" % SITE)
    a("<link rel='stylesheet' id='ledger-style-css' href='%s/wp-content/themes/ledger-blocks/style.css?ver=1.4.2' media='all' />" % SITE)
    a('<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="%s/wp-json/wp/v2/posts/%s" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd" />' % (SITE, SITE, meta["postid"], SITE))
    a('<meta name="generator" content="WordPress 6.6.2" />')
    a("<link rel='shortlink' href='%s/?p=%s' />" % (SITE, meta["postid"]))
    a('<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="%s/wp-json/oembed/1.0/embed?url=%s" />' % (SITE, url.replace(":", "%3A").replace("/", "%2F")))
    a("\t<style>img#wpstats{display:none}</style>")
    a('\t\t<link rel="icon" href="%s/2018/06/cropped-law-ledger-logo-32x32.png" sizes="32x32" />' % UP)
    a('<link rel="icon" href="%s/2018/06/cropped-law-ledger-logo-192x192.png" sizes="192x192" />' % UP)
    a('<link rel="apple-touch-icon" href="%s/2018/06/cropped-law-ledger-logo-180x180.png" />' % UP)
    a("</head>")
    a("")
    a('<body class="post-template-default single single-post postid-%s single-format-standard wp-embed-responsive">' % meta["postid"])
    a("")
    a('<div class="wp-site-blocks"><header class="wp-block-template-part">')
    a('<div class="wp-block-group topbar has-contrast-background-color has-background is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">')
    a('<p class="has-base-color has-text-color has-small-font-size">Wednesday, 5 November 2025</p>')
    a("")
    a('<p class="has-base-color has-text-color has-small-font-size"><a href="%s/newsletter/">Get the Daily Ledger in your inbox</a></p>' % SITE)
    a("</div>")
    a("")
    a('<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="%s/" class="custom-logo-link" rel="home"><img width="48" height="48" src="%s/2018/06/law-ledger-logo.png" class="custom-logo" alt="The Law Ledger" decoding="async" /></a></div>' % (SITE, UP))
    a("")
    a('<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-site-title"><a href="%s" target="_self" rel="home">The Law Ledger</a></p>' % SITE)
    a("")
    a('<p class="wp-block-site-tagline">Courts, cases and the Constitution</p></div>')
    a("")
    a('<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Primary"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open " data-wp-on-async--click="actions.openMenuOnClick" data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>')
    a('\t\t\t\t<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">' +
      "".join('<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="%s/%s/"><span class="wp-block-navigation-item__label">%s</span></a></li>' % (SITE, s, n)
              for n, s in [("Supreme Court", "category/supreme-court"), ("High Courts", "category/high-courts"),
                           ("Explainers", "category/explainers"), ("Know The Law", "category/know-the-law"),
                           ("Columns", "category/columns"), ("Jobs &amp; Internships", "category/jobs")]) +
      "</ul></div></div></nav></div>")
    a("</header>")
    a("")
    a("")
    a('<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">')
    a('<div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="%s/category/supreme-court/" rel="tag">Supreme Court</a><span class="wp-block-post-terms__separator">, </span><a href="%s/category/top-stories/" rel="tag">Top Stories</a></div>' % (SITE, SITE))
    a("")
    a('<h1 class="wp-block-post-title">%s</h1>' % t_title)
    a("")
    a('<div class="wp-block-group post-meta is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-author-name has-small-font-size">By <a href="%s/author/%s/" target="_self" class="wp-block-post-author-name__link">%s</a></div>' % (SITE, meta["authorslug"], meta["author"]))
    a("")
    a('<div class="wp-block-post-date has-small-font-size"><time datetime="%s">%s</time></div>' % (pub_iso, pub_shown))
    a("")
    a('<div class="wp-block-post-date has-small-font-size wp-block-post-date__modified-date"><span class="wp-block-post-date__prefix">Updated: </span><time datetime="%s">%s</time></div>' % (mod_iso, mod_shown))
    a("")
    a('<p class="reading-time has-small-font-size">%s</p></div>' % meta["readtime"])
    a("")
    a('<figure class="wp-block-post-featured-image"><img width="1200" height="675" src="%s/2019/03/supreme-court-police-reforms.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Supreme Court of India" style="object-fit:cover;" decoding="async" fetchpriority="high" srcset="%s/2019/03/supreme-court-police-reforms.jpg 1200w, %s/2019/03/supreme-court-police-reforms-300x169.jpg 300w, %s/2019/03/supreme-court-police-reforms-768x432.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px" /><figcaption class="wp-element-caption">File photo of the Supreme Court of India</figcaption></figure>' % (UP, UP, UP, UP))
    a("")
    a('<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">')
    a(render_body(body, meta))
    a('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>' +
      "".join('<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-%s" class="share-%s sd-button share-icon" href="%s?share=%s" target="_blank" title="Click to share on %s" ><span>%s</span></a></li>' % (k, k, meta["postid"], k, url, k, n, n)
              for k, n in [("twitter", "X"), ("facebook", "Facebook"), ("jetpack-whatsapp", "WhatsApp"), ("linkedin", "LinkedIn"), ("telegram", "Telegram"), ("print", "Print")]) +
      '<li class="share-end"></li></ul></div></div></div><div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-142019733-%s-6729a1f0c2e4b\' data-src=\'https://widgets.wp.com/likes/?ver=13.9#blog_id=142019733&amp;post_id=%s&amp;origin=thelawledger.in&amp;obj_id=142019733-%s-6729a1f0c2e4b\' data-name=\'like-post-frame-142019733-%s-6729a1f0c2e4b\' data-title=\'Like or Reblog\'><h3 class="sd-title">Like this:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\' style=\'height: 55px;\'><span class=\'button\'><span>Like</span></span> <span class="loading">Loading...</span></div><span class=\'sd-text-color\'></span><a class=\'sd-link-color\'></a></div>' % (meta["postid"], meta["postid"], meta["postid"], meta["postid"]))
    a("</div>")
    a("")
    a('<div class="taxonomy-post_tag wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">Tags: </span>' +
      '<span class="wp-block-post-terms__separator"> </span>'.join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (SITE, slugify(t), t) for t in tags) + "</div>")
    a("")
    a('<nav class="wp-block-group post-navigation-link is-layout-flex wp-block-group-is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">&larr;</span><a href="%s/kerala-hc-police-complaints-authority-order/" rel="prev">Previous: Kerala HC Asks State To Fill Police Complaints Authority Posts</a></div>' % SITE)
    a("")
    a('<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="%s/sc-custodial-violence-cctv-hearing-march-2019/" rel="next">Next: Supreme Court Seeks Centre&#8217;s Reply On Police Station CCTV Plea</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">&rarr;</span></div></nav>' % SITE)
    a("")
    a('<div class="wp-block-comments">')
    n = len(comments)
    a('<h2 class="wp-block-comments-title">%d responses</h2>' % n)
    a("")
    a('<ol class="wp-block-comment-template">' + "".join(comment_html(c, by_parent, 1, url) for c in by_parent.get("0", [])) + "</ol>")
    a("")
    a('\t<div id="respond" class="comment-respond wp-block-post-comments-form">')
    a('\t\t<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">Cancel reply</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>' % (url, SITE))
    a('<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>')
    a('<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>')
    a('<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>')
    a('<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%s\' id=\'comment_post_ID\' />' % meta["postid"])
    a("<input type='hidden' name='comment_parent' id='comment_parent' value='0' />")
    a("</p><p style=\"display: none;\"><input type=\"hidden\" id=\"akismet_comment_nonce\" name=\"akismet_comment_nonce\" value=\"5b7e0c4d1a\" /></p><p style=\"display: none !important;\" class=\"akismet-fields-container\" data-prefix=\"ak_\"><label>&#916;<textarea name=\"ak_hp_textarea\" cols=\"45\" rows=\"8\" maxlength=\"100\"></textarea></label><input type=\"hidden\" id=\"ak_js_1\" name=\"ak_js\" value=\"33\"/><script>document.getElementById( \"ak_js_1\" ).setAttribute( \"value\", ( new Date() ).getTime() );</script></p></form>\t</div><!-- #respond -->")
    a("\t</div>")
    a("")
    a('<aside class="wp-block-group sidebar is-layout-flow wp-block-group-is-layout-flow">')
    a('<form role="search" method="get" action="%s/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-2" >Search</label><div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-2" placeholder="Search judgments, news&#8230;" value="" type="search" name="s" required /><button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit" >Search</button></div></form>' % SITE)
    a("")
    a('<h2 class="wp-block-heading has-medium-font-size">Latest on Police Reforms</h2>')
    a("")
    a('<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">' +
      "".join('<li><a class="wp-block-latest-posts__post-title" href="%s/%s/">%s</a><time datetime="%sT09:00:00+05:30" class="wp-block-latest-posts__post-date">%s</time></li>' % (SITE, s, texturize(h), d, _shown(d))
              for d, h, s in recent) + "</ul>")
    a("")
    a('<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="142019733" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type your email&#8230;</label><input type="email" name="email" required="required" value="" id="subscribe-field" placeholder="Type your email&#8230;"/></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link" name="jetpack_subscriptions_widget">Subscribe</button></p></form></div></div>')
    a("</aside>")
    a("</main>")
    a("")
    a("")
    a('<footer class="wp-block-template-part">')
    a('<div class="wp-block-group has-contrast-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">')
    a('<p class="has-base-color has-text-color has-small-font-size">&copy; 2025 The Law Ledger. All rights reserved.</p>')
    a("")
    a('<p class="has-base-color has-text-color has-small-font-size"><a href="%s/about/">About</a> | <a href="%s/privacy-policy/">Privacy Policy</a> | <a href="%s/disclaimer/">Disclaimer</a> | <a href="%s/contact/">Contact</a></p>' % (SITE, SITE, SITE, SITE))
    a("")
    a('<p class="has-base-color has-text-color has-small-font-size">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>')
    a("</div>")
    a("</footer>")
    a("</div>")
    a("\t<div style=\"display:none\">\n\t\t\t<div class=\"grofile-hash-map-%s\">\n\t\t</div>\n\t\t</div>" % "5d1c0f2a8e")
    a("<script id=\"comment-reply-js\" src=\"%s/wp-includes/js/comment-reply.min.js?ver=6.6.2\" async=\"async\" data-wp-strategy=\"async\"></script>" % SITE)
    a("<script id=\"wp-embed-js\" src=\"%s/wp-includes/js/wp-embed.min.js?ver=6.6.2\" defer data-wp-strategy=\"defer\"></script>" % SITE)
    a("<script id=\"jetpack-stats-js-before\">")
    a("_stq = window._stq || [];")
    a("_stq.push([ \"view\", JSON.parse(\"{\\\"v\\\":\\\"ext\\\",\\\"blog\\\":\\\"142019733\\\",\\\"post\\\":\\\"%s\\\",\\\"tz\\\":\\\"5.5\\\",\\\"srv\\\":\\\"thelawledger.in\\\",\\\"j\\\":\\\"1:13.9\\\"}\") ]);" % meta["postid"])
    a("_stq.push([ \"clickTrackerInit\", \"142019733\", \"%s\" ]);" % meta["postid"])
    a("</script>")
    a("<script src=\"https://stats.wp.com/e-202545.js\" id=\"jetpack-stats-js\" defer data-wp-strategy=\"defer\"></script>")
    a("<script id=\"sharing-js-js-extra\">")
    a("var sharing_js_options = {\"lang\":\"en\",\"counts\":\"1\",\"is_stats_active\":\"1\"};")
    a("</script>")
    a("<script src=\"%s/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9\" id=\"sharing-js-js\"></script>" % SITE)
    a("\t<iframe src='https://widgets.wp.com/likes/master.html?ver=20241104#ver=20241104' scrolling='no' id='likes-master' name='likes-master' style='display:none;'></iframe>")
    a("\t<div id='likes-other-gravatars' role=\"dialog\" aria-hidden=\"true\" tabindex=\"-1\"><div class=\"likes-text\"><span>%d</span></div><ul class=\"wpl-avatars sd-like-gravatars\"></ul></div>")
    a("\t</body>")
    a("</html>")
    data = "\n".join(L) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _shown(d):
    y, m, dd = d.split("-")
    return "%s %d, %s" % (MONTHS[int(m) - 1], int(dd), y)


if __name__ == "__main__":
    main()
