#!/usr/bin/python3
"""Make docs/krishna-mahadayi-tribunals-scc-times.htm from tools/krishna-mahadayi-tribunals-scc-times.txt.

The page is an SCC Times (WordPress) explainer as Firefox on Windows saves it with "Save Page As >
Web Page, HTML only": the HTML exactly as the server sent it, so nothing is rewritten - no
"saved from" comment, no "_files" folder, every asset link still absolute, lazy-loaded images
left as placeholders, and W3 Total Cache's closing comment after </html>. The article body is
Gutenberg block markup (wp-block-heading with Yoast "h-" ids, wp-block-list, a striped
wp-block-table with a caption, a wp-block-quote, an "Also Read" box, a Yoast table of contents and
the WordPress footnotes block with <sup data-fn> marks and "Jump to footnote reference" back
links); quotes, apostrophes and spaced hyphens are texturized into numeric entities (&#8217;,
&#8220;, &#8221;, &#8211;) as wptexturize does.

Run from anywhere: /usr/bin/python3 tools/make_htm.py  (byte-for-byte stable; an optional argument
writes the file elsewhere, as tools/check.py does)
"""
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "krishna-mahadayi-tribunals-scc-times.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "docs", "krishna-mahadayi-tribunals-scc-times.htm")

SITE = "https://www.scconline.com/blog"
POST_ID = 356812
SLUG = "krishna-mahadayi-water-disputes-tribunal-awards-explained"
URL = "%s/post/2025/08/22/%s/" % (SITE, SLUG)
IMG = "%s/wp-content/uploads/2025/08/Krishna-Mahadayi-water-disputes.jpg" % SITE
VER = "6.8.2"


def texturize(s):
    """Escape for HTML, then curl quotes and dashes as wptexturize does."""
    s = html.escape(s, quote=False)
    s = s.replace(" - ", " &#8211; ")
    s = re.sub(r'(^|[\s(\[])"', r"\1&#8220;", s)
    s = s.replace('"', "&#8221;")
    s = re.sub(r"(^|[\s(\[])'", r"\1&#8216;", s)
    s = s.replace("'", "&#8217;")
    return s


def fn_id(text):
    h = hashlib.md5(text.encode("utf-8")).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def slug(text):
    return "h-" + re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def inline(s, notes):
    out, pos = [], 0
    for m in re.finditer(r"\{fn ([^}]+)\}|\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])|"
                         r"\[([^\]]+)\]\(([^)]+)\)", s):
        out.append(texturize(s[pos:m.start()]))
        if m.group(1):
            fid = fn_id(m.group(1))
            notes.append((fid, m.group(1)))
            out.append('<sup data-fn="%s" class="fn"><a href="#%s" id="%s-link">%d</a></sup>'
                       % (fid, fid, fid, len(notes)))
        elif m.group(2):
            out.append("<strong>%s</strong>" % texturize(m.group(2)))
        elif m.group(3):
            out.append("<em>%s</em>" % texturize(m.group(3)))
        else:
            out.append('<a href="%s">%s</a>' % (m.group(5), texturize(m.group(4))))
        pos = m.end()
    out.append(texturize(s[pos:]))
    return "".join(out)


def parse():
    blocks = []
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw or raw.startswith("@"):
                continue
            kind, _, text = raw.partition(": ")
            blocks.append((kind, text))
    return blocks


def body(blocks):
    notes, out, toc = [], [], []
    title = excerpt = None
    i = 0
    while i < len(blocks):
        kind, text = blocks[i]
        if kind == "TITLE":
            title = text
        elif kind == "EXCERPT":
            excerpt = text
        elif kind == "P":
            out.append("<p>%s</p>" % inline(text, notes))
        elif kind == "H2":
            toc.append((slug(text), text))
            out.append('<h2 class="wp-block-heading" id="%s">%s</h2>' % (slug(text), inline(text, notes)))
        elif kind == "LI":
            items = []
            while i < len(blocks) and blocks[i][0] == "LI":
                items.append("<li>%s</li>" % inline(blocks[i][1], notes))
                i += 1
            out.append('<ul class="wp-block-list">\n%s\n</ul>' % "\n".join(items))
            continue
        elif kind == "QUOTE":
            q, cite = text.split(" | ")
            out.append('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
                       '\n<p>%s</p>\n<cite>%s</cite></blockquote>' % (inline(q, notes), texturize(cite)))
        elif kind == "ALSO":
            t, u = text.split(" | ")
            out.append('<p class="has-background" style="background-color:#eef3f8"><strong>Also Read:'
                       '</strong> <a href="%s" target="_blank" rel="noreferrer noopener">%s</a></p>'
                       % (u, texturize(t)))
        elif kind == "ROW":
            rows = []
            while i < len(blocks) and blocks[i][0] == "ROW":
                rows.append(blocks[i][1].split(" | "))
                i += 1
            cap = ""
            if i < len(blocks) and blocks[i][0] == "CAPTION":
                cap = '<figcaption class="wp-element-caption">%s</figcaption>' % texturize(blocks[i][1])
                i += 1
            head = "<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % texturize(c) for c in rows[0])
            tb = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % inline(c, notes) for c in r)
                         for r in rows[1:])
            out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                       '%s<tbody>%s</tbody></table>%s</figure>' % (head, tb, cap))
            continue
        i += 1
    toc_html = ('<div class="wp-block-yoast-seo-table-of-contents yoast-table-of-contents">'
                '<h2>Table of contents</h2><ul>%s</ul></div>'
                % "".join('<li><a href="#%s" data-level="2">%s</a></li>' % (a, texturize(t))
                          for a, t in toc))
    # the table of contents goes after the two opening paragraphs
    out.insert(2, toc_html)
    fns = "".join('<li id="%s">%s <a href="#%s-link" aria-label="Jump to footnote reference %d">'
                  '\u21a9\ufe0e</a></li>' % (fid, texturize(t), fid, k + 1)
                  for k, (fid, t) in enumerate(notes))
    out.append('<ol class="wp-block-footnotes">%s</ol>' % fns)
    return title, excerpt, "\n\n\n\n".join(out)


HEAD = """<!doctype html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO Premium plugin v25.7 (Yoast SEO v25.7) - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title} | SCC Times</title>
	<meta name="description" content="{excerpt}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title}" />
	<meta property="og:description" content="{excerpt}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="SCC Times" />
	<meta property="article:publisher" content="https://www.facebook.com/SCCOnline/" />
	<meta property="article:published_time" content="2025-08-22T06:30:12+00:00" />
	<meta property="article:modified_time" content="2025-08-23T05:11:55+00:00" />
	<meta property="og:image" content="{img}" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="675" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="Ananya Rao" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:creator" content="@SCCOnline" />
	<meta name="twitter:site" content="@SCCOnline" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="Ananya Rao" />
	<meta name="twitter:label2" content="Est. reading time" />
	<meta name="twitter:data2" content="9 minutes" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","@id":"{url}#article","isPartOf":{{"@id":"{url}"}},"author":{{"name":"Ananya Rao","@id":"{site}/#/schema/person/5d0f6c1e9b2a4c7d8e3f1a2b3c4d5e6f"}},"headline":"{title_json}","datePublished":"2025-08-22T06:30:12+00:00","dateModified":"2025-08-23T05:11:55+00:00","mainEntityOfPage":{{"@id":"{url}"}},"wordCount":1642,"publisher":{{"@id":"{site}/#organization"}},"image":{{"@id":"{url}#primaryimage"}},"thumbnailUrl":"{img}","keywords":["Article 262","Inter-State River Water Disputes Act 1956","Krishna Water Disputes Tribunal","Mahadayi","PRAWAH"],"articleSection":["Explainers","Legislation Updates"],"inLanguage":"en-US"}},{{"@type":"WebPage","@id":"{url}","url":"{url}","name":"{title_json} | SCC Times","isPartOf":{{"@id":"{site}/#website"}},"primaryImageOfPage":{{"@id":"{url}#primaryimage"}},"datePublished":"2025-08-22T06:30:12+00:00","dateModified":"2025-08-23T05:11:55+00:00","breadcrumb":{{"@id":"{url}#breadcrumb"}},"inLanguage":"en-US"}},{{"@type":"BreadcrumbList","@id":"{url}#breadcrumb","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"{site}/"}},{{"@type":"ListItem","position":2,"name":"Explainers","item":"{site}/post/category/explainers/"}},{{"@type":"ListItem","position":3,"name":"{title_json}"}}]}},{{"@type":"Organization","@id":"{site}/#organization","name":"SCC Times","url":"{site}/","logo":{{"@type":"ImageObject","url":"{site}/wp-content/uploads/2023/01/scc-times-logo.png"}}}}]}}</script>
	<!-- / Yoast SEO Premium plugin. -->


<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="SCC Times &raquo; Feed" href="{site}/feed/" />
<link rel="alternate" type="application/rss+xml" title="SCC Times &raquo; Comments Feed" href="{site}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="SCC Times &raquo; {title_attr} Comments Feed" href="{url}feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/www.scconline.com\\/blog\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={ver}"}}}};
/*! This file is auto-generated */
!function(s,n){{var o,i,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}function p(e,t,n){{e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),a=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){{return e===a[t]}})}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>

	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		box-shadow: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver={ver}' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<style id='yoast-seo-table-of-contents-style-inline-css'>
.yoast-table-of-contents{{padding:1em 1.5em;background:#f7f7f7;border-left:4px solid #b5121b}}.yoast-table-of-contents ul{{margin:0;padding-left:1.2em}}
</style>
<style id='global-styles-inline-css'>
:root{{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--16-9: 16/9;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--spacing--20: 0.44rem;--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);}}:where(.is-layout-flex){{gap: 0.5em;}}:where(.is-layout-grid){{gap: 0.5em;}}body .is-layout-flex{{display: flex;}}.has-fixed-layout{{table-layout:fixed;width:100%;}}
</style>
<link rel='stylesheet' id='scctimes-fonts-css' href='https://fonts.googleapis.com/css2?family=Merriweather:wght@400;700&#038;family=Source+Sans+3:wght@400;600;700&#038;display=swap' media='all' />
<link rel='stylesheet' id='scctimes-style-css' href='{site}/wp-content/themes/scctimes/style.css?ver=3.4.1' media='all' />
<script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{site}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>

<!-- Google tag (gtag.js) snippet added by Site Kit -->
<!-- Google Analytics snippet added by Site Kit -->
<script src="https://www.googletagmanager.com/gtag/js?id=G-7QX2N1B8LM" id="google_gtagjs-js" async></script>
<script id="google_gtagjs-js-after">
window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag("set","linker",{{"domains":["www.scconline.com"]}});
gtag("js", new Date());
gtag("set", "developer_id.dZTNiMT", true);
gtag("config", "G-7QX2N1B8LM");
</script>
<link rel="https://api.w.org/" href="{site}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{site}/wp-json/wp/v2/posts/{post_id}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{site}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {ver}" />
<link rel='shortlink' href='{site}/?p={post_id}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{site}/wp-json/oembed/1.0/embed?url={url_enc}" />
<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{site}/wp-json/oembed/1.0/embed?url={url_enc}&#038;format=xml" />
<meta name="generator" content="Site Kit by Google 1.159.0" />
<link rel="icon" href="{site}/wp-content/uploads/2023/01/cropped-scc-favicon-32x32.png" sizes="32x32" />
<link rel="icon" href="{site}/wp-content/uploads/2023/01/cropped-scc-favicon-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{site}/wp-content/uploads/2023/01/cropped-scc-favicon-180x180.png" />
<meta name="msapplication-TileImage" content="{site}/wp-content/uploads/2023/01/cropped-scc-favicon-270x270.png" />
</head>

<body class="wp-singular post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive wp-theme-scctimes">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div id="page" class="site">
	<div class="top-bar">
		<div class="container">
			<span class="top-date">Sunday, August 24, 2025</span>
			<ul class="top-links">
				<li><a href="https://www.scconline.com/" target="_blank">SCC Online</a></li>
				<li><a href="https://www.ebcreader.com/" target="_blank">EBC Reader</a></li>
				<li><a href="https://www.ebcwebstore.com/" target="_blank">EBC Webstore</a></li>
				<li><a href="{site}/subscribe/">Subscribe</a></li>
			</ul>
		</div>
	</div>
	<header id="masthead" class="site-header">
		<div class="container">
			<div class="site-branding">
				<a href="{site}/" rel="home"><img src="{site}/wp-content/uploads/2023/01/scc-times-logo.png" alt="SCC Times" width="260" height="64" /></a>
				<p class="site-description">Legal news and analysis</p>
			</div>
			<form role="search" method="get" class="search-form" action="{site}/">
				<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label>
				<input type="submit" class="search-submit" value="Search" />
			</form>
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<nav id="site-navigation" class="main-navigation">
				<div class="menu-main-menu-container"><ul id="primary-menu" class="menu"><li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-11"><a href="{site}/">Home</a></li>
<li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-12"><a href="{site}/post/category/supreme-court/">Supreme Court</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="{site}/post/category/high-courts/">High Courts</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="{site}/post/category/tribunals-commissions-regulatory-bodies/">Tribunals/Commissions/Regulatory Bodies</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-15"><a href="{site}/post/category/legislation-updates/">Legislation Updates</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-16"><a href="{site}/post/category/op-eds/">Op Eds</a></li>
<li id="menu-item-17" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-17"><a href="{site}/post/category/experts-corner/">Experts Corner</a></li>
<li id="menu-item-18" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent menu-item-18"><a href="{site}/post/category/explainers/">Explainers</a></li>
<li id="menu-item-19" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-19"><a href="{site}/post/category/law-school-news/">Law School News</a></li>
<li id="menu-item-20" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-20"><a href="{site}/post/category/book-reviews/">Book Reviews</a></li>
</ul></div>			</nav>
		</div>
	</header>
	<div class="trending-bar">
		<div class="container"><span class="trending-label">Trending:</span>
			<ul>
				<li><a href="{site}/post/2025/08/21/supreme-court-stray-dogs-order-modified/">Supreme Court modifies stray dogs order</a></li>
				<li><a href="{site}/post/2025/08/20/online-gaming-bill-2025-lok-sabha/">Promotion and Regulation of Online Gaming Bill, 2025</a></li>
				<li><a href="{site}/post/2025/08/19/constitution-130th-amendment-bill-explained/">Constitution (130th Amendment) Bill explained</a></li>
			</ul>
		</div>
	</div>

	<div id="content" class="site-content container">
	<main id="primary" class="site-main">
		<nav class="yoast-breadcrumbs" aria-label="Breadcrumb"><span><span><a href="{site}/">Home</a></span> &raquo; <span><a href="{site}/post/category/explainers/">Explainers</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{title_html}</span></span></nav>

<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-explainers category-legislation-updates tag-article-262 tag-inter-state-river-water-disputes-act-1956 tag-krishna-water-disputes-tribunal tag-mahadayi tag-prawah">
	<header class="entry-header">
		<div class="cat-links"><a href="{site}/post/category/explainers/" rel="category tag">Explainers</a> <a href="{site}/post/category/legislation-updates/" rel="category tag">Legislation Updates</a></div>
		<h1 class="entry-title">{title_html}</h1>
		<div class="entry-excerpt"><p>{excerpt_html}</p>
</div>
		<div class="entry-meta">
			<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{site}/post/author/ananya-rao/">Ananya Rao</a></span></span><span class="posted-on">Published on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2025-08-22T12:00:12+05:30">August 22, 2025</time><time class="updated" datetime="2025-08-23T10:41:55+05:30">August 23, 2025</time></a></span><span class="reading-time">9 min read</span>
		</div>
		<div class="share-buttons">
			<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url_enc}" target="_blank" rel="nofollow noopener" aria-label="Share on Facebook"></a>
			<a class="share-x" href="https://twitter.com/intent/tweet?url={url_enc}&#038;via=SCCOnline" target="_blank" rel="nofollow noopener" aria-label="Share on X"></a>
			<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?mini=true&#038;url={url_enc}" target="_blank" rel="nofollow noopener" aria-label="Share on LinkedIn"></a>
			<a class="share-whatsapp" href="https://api.whatsapp.com/send?text={url_enc}" target="_blank" rel="nofollow noopener" aria-label="Share on WhatsApp"></a>
			<a class="share-telegram" href="https://t.me/share/url?url={url_enc}" target="_blank" rel="nofollow noopener" aria-label="Share on Telegram"></a>
			<button class="share-copy" data-url="{url}" aria-label="Copy link"></button>
		</div>
	</header><!-- .entry-header -->

	<figure class="post-thumbnail">
		<img width="1200" height="675" src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201200%20675'%3E%3C/svg%3E" data-src="{img}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image lazyload" alt="Krishna and Mahadayi water disputes" decoding="async" fetchpriority="high" /><noscript><img width="1200" height="675" src="{img}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Krishna and Mahadayi water disputes" decoding="async" fetchpriority="high" /></noscript>
	</figure>

	<div class="entry-content">
"""

TAIL = """
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		<span class="tags-links">Tags : <a href="{site}/post/tag/article-262/" rel="tag">Article 262</a>, <a href="{site}/post/tag/inter-state-river-water-disputes-act-1956/" rel="tag">Inter-State River Water Disputes Act 1956</a>, <a href="{site}/post/tag/krishna-water-disputes-tribunal/" rel="tag">Krishna Water Disputes Tribunal</a>, <a href="{site}/post/tag/mahadayi/" rel="tag">Mahadayi</a>, <a href="{site}/post/tag/prawah/" rel="tag">PRAWAH</a></span>
	</footer><!-- .entry-footer -->
</article><!-- #post-{post_id} -->

		<div class="author-box">
			<img alt='' src='https://secure.gravatar.com/avatar/3f6b2c9e1d7a4b5c8e0f1a2b3c4d5e6f?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' loading='lazy' decoding='async'/>
			<div class="author-info">
				<h4 class="author-title">Ananya Rao</h4>
				<p class="author-bio">Legal Researcher, SCC Online</p>
			</div>
		</div>

	<nav class="navigation post-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Post navigation</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{site}/post/2025/08/21/supreme-court-stray-dogs-order-modified/" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">Supreme Court modifies its stray dogs order; sterilised dogs to be released</span></a></div><div class="nav-next"><a href="{site}/post/2025/08/22/delhi-high-court-trademark-daily-roundup/" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">Delhi High Court &#8211; Daily Roundup, August 22</span></a></div></div>
	</nav>
		<section class="related-posts">
			<h3 class="related-title">Related Posts</h3>
			<ul>
				<li><a href="{site}/post/2024/06/05/lok-sabha-dissolution-pending-bills-lapse/">Which Bills lapsed with the 17th Lok Sabha?</a> <span class="related-date">June 5, 2024</span></li>
				<li><a href="{site}/post/2023/10/05/krishna-water-disputes-tribunal-terms-of-reference-cabinet/">Cabinet clears fresh terms of reference for Krishna tribunal</a> <span class="related-date">October 5, 2023</span></li>
				<li><a href="{site}/post/2023/09/21/cauvery-supreme-court-cwma-order/">Cauvery: Supreme Court declines to interfere with CWMA order</a> <span class="related-date">September 21, 2023</span></li>
				<li><a href="{site}/post/2023/07/25/bombay-high-court-goa-mhadei-tiger-reserve/">Bombay High Court at Goa: notify Mhadei tiger reserve in three months</a> <span class="related-date">July 25, 2023</span></li>
			</ul>
		</section>

<div id="comments" class="comments-area">

		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="/blog/post/2025/08/22/{slug}/#respond" style="display:none;">Cancel reply</a></small></h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->

</div><!-- #comments -->

	</main><!-- #main -->

<aside id="secondary" class="widget-area">
	<section id="block-7" class="widget widget_block"><div class="newsletter-box"><h3>Subscribe to SCC Times</h3><p>Get the day&#8217;s legal news in your inbox every evening.</p><form class="newsletter-form" action="https://www.scconline.com/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="Your email" required /><button type="submit">Subscribe</button></form></div></section>
	<section id="scctimes_popular-3" class="widget widget_scctimes_popular"><h2 class="widget-title">Most Read</h2><ol>
		<li><a href="{site}/post/2025/08/19/constitution-130th-amendment-bill-explained/">Constitution (130th Amendment) Bill, 2025: removal of Ministers held in custody explained</a></li>
		<li><a href="{site}/post/2025/08/20/online-gaming-bill-2025-lok-sabha/">Lok Sabha passes the Promotion and Regulation of Online Gaming Bill, 2025</a></li>
		<li><a href="{site}/post/2025/08/18/income-tax-act-2025-key-changes/">Income-tax Act, 2025: key changes from the 1961 Act</a></li>
	</ol></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Latest Posts</h2><ul>
		<li><a href="{site}/post/2025/08/23/supreme-court-weekly-roundup/">Supreme Court Weekly Roundup</a></li>
		<li><a href="{site}/post/2025/08/22/delhi-high-court-trademark-daily-roundup/">Delhi High Court &#8211; Daily Roundup, August 22</a></li>
		<li><a href="{url}" aria-current="page">{title_html}</a></li>
	</ul></section>
</aside><!-- #secondary -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="container">
			<div class="footer-about"><img src="{site}/wp-content/uploads/2023/01/scc-times-logo-white.png" alt="SCC Times" width="200" height="49" loading="lazy" /><p>SCC Times is the legal news portal of SCC Online, Eastern Book Company.</p></div>
			<ul class="footer-links">
				<li><a href="{site}/about-us/">About Us</a></li>
				<li><a href="{site}/contact-us/">Contact Us</a></li>
				<li><a href="{site}/privacy-policy/">Privacy Policy</a></li>
				<li><a href="{site}/terms-of-use/">Terms of Use</a></li>
				<li><a href="{site}/disclaimer/">Disclaimer</a></li>
			</ul>
			<div class="site-info">&copy; 2025 EBC Publishing Pvt. Ltd. All rights reserved.</div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->

<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/blog\\/*"}},{{"not":{{"href_matches":["\\/blog\\/wp-*.php","\\/blog\\/wp-admin\\/*","\\/blog\\/wp-content\\/uploads\\/*","\\/blog\\/wp-content\\/*","\\/blog\\/wp-content\\/plugins\\/*","\\/blog\\/wp-content\\/themes\\/scctimes\\/*","\\/blog\\/*\\\\?(.+)"]}}}},{{"not":{{"selector_matches":"a[rel~=\\"nofollow\\"]"}}}},{{"not":{{"selector_matches":".no-prefetch, .no-prefetch a"}}}}]}},"eagerness":"conservative"}}]}}
</script>
<script src="{site}/wp-includes/js/comment-reply.min.js?ver={ver}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script src="{site}/wp-content/themes/scctimes/js/lazysizes.min.js?ver=5.3.2" id="lazysizes-js"></script>
<script src="{site}/wp-content/themes/scctimes/js/navigation.js?ver=3.4.1" id="scctimes-navigation-js"></script>

</body>
</html>

<!--
Performance optimized by W3 Total Cache. Learn more: https://www.boldgrid.com/w3-total-cache/

Page Caching using Disk: Enhanced 
Lazy Loading
Minified using Disk
Database Caching 23/81 queries in 0.038 seconds using Redis

Served from: www.scconline.com @ 2025-08-24 09:12:47 by W3 Total Cache
-->"""


def main():
    title, excerpt, content = body(parse())
    from urllib.parse import quote
    fields = {
        "site": SITE, "url": URL, "url_enc": quote(URL, safe=""), "img": IMG, "ver": VER,
        "post_id": POST_ID, "slug": SLUG,
        "title": texturize(title), "title_html": texturize(title), "title_attr": texturize(title),
        "title_json": title.replace('"', '\\"'), "excerpt": texturize(excerpt),
        "excerpt_html": texturize(excerpt),
    }
    page = HEAD.format(**fields) + content + TAIL.format(**fields)
    with open(OUT, "wb") as f:
        f.write(page.encode("utf-8"))


if __name__ == "__main__":
    main()
