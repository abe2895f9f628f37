#!/usr/bin/python3
"""Re-make docs/varsity-inflation-targeting-framework.html from its source text.

The page imitates a Zerodha-Varsity-style chapter (a WordPress "chapter" post) saved from
Chrome as "Webpage, Complete": the "saved from url" comment, the Content-Type meta Chrome adds,
stylesheet, script and image links rewritten into a "_files" folder (not part of the set),
the module sidebar of chapters, the chapter body, the previous/next links, the comment thread
as WordPress prints it, the comment form and the footer.

Run: /usr/bin/python3 tools/make_varsity.py [OUT]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "varsity-inflation-targeting-framework.txt")
OUT = os.path.join(HERE, "..", "docs", "varsity-inflation-targeting-framework.html")
BASE = "https://zerodha.com/varsity"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<em>\1</em>", s)
    return s


def parse(path):
    meta, sidebar, body, comments = {}, [], [], []
    part = None
    cur = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if part is None or (line.startswith("@") and not line.startswith("@@")):
            m = re.match(r"@(\w+):\s*(.*)$", line)
            if m:
                meta[m.group(1)] = m.group(2)
                continue
            if line.strip() in ("@sidebar", "@body", "@comments"):
                part = line.strip()[1:]
                continue
            if not line.strip():
                continue
        if part == "sidebar":
            if line.strip():
                sidebar.append(line.split("|"))
        elif part == "body":
            body.append(line)
        elif part == "comments":
            m = re.match(r"\[(.+)\]$", line)
            if m:
                f = m.group(1).split("|")
                cur = {"id": f[0], "parent": f[1], "name": f[2], "iso": f[3], "shown": f[4],
                       "author": len(f) > 5, "text": []}
                comments.append(cur)
            elif line.strip():
                cur["text"].append(line)
    return meta, sidebar, body, comments


def render_body(lines, files):
    out = []
    i = 0
    blocks = []
    buf = []
    for line in lines + [""]:
        if line.strip():
            buf.append(line)
        elif buf:
            blocks.append(buf)
            buf = []
    for b in blocks:
        first = b[0]
        if first.startswith("### "):
            out.append('<h3 class="wp-block-heading"><strong>%s</strong></h3>' % inline(first[4:]))
        elif first.startswith("## "):
            out.append('<h2 class="wp-block-heading">%s</h2>' % inline(first[3:]))
        elif first.startswith("- "):
            out.append('<ul class="wp-block-list">')
            for item in b:
                out.append("<li>%s</li>" % inline(item[2:]))
            out.append("</ul>")
        elif re.match(r"\d+\. ", first):
            out.append('<ol class="wp-block-list">')
            for item in b:
                out.append("<li>%s</li>" % inline(re.sub(r"^\d+\. ", "", item)))
            out.append("</ol>")
        elif first.startswith("| "):
            rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in b]
            out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                       '<thead><tr>%s</tr></thead><tbody>' % "".join("<th>%s</th>" % inline(c) for c in rows[0]))
            for r in rows[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in r))
            out.append("</tbody></table></figure>")
        elif first.startswith("!fig "):
            fn, alt, cap = first[5:].split("|")
            stem = fn[:-4]
            out.append('<figure class="wp-block-image aligncenter size-large"><img fetchpriority="high" '
                       'decoding="async" width="1024" height="576" src="./%s/%s" alt="%s" class="wp-image-9420" '
                       'srcset="%s/wp-content/uploads/2025/08/%s 1024w, %s/wp-content/uploads/2025/08/%s-300x169.png 300w, '
                       '%s/wp-content/uploads/2025/08/%s-768x432.png 768w" sizes="(max-width: 1024px) 100vw, 1024px">'
                       '<figcaption class="wp-element-caption">%s</figcaption></figure>'
                       % (attr(files), fn, attr(alt), BASE, fn, BASE, stem, BASE, stem, inline(cap)))
        elif first.startswith("> "):
            out.append('<div class="wp-block-group note-box is-layout-flow wp-block-group-is-layout-flow">'
                       '<p>%s</p></div>' % inline(" ".join(l[2:] for l in b)))
        else:
            out.append("<p>%s</p>" % inline(" ".join(b)))
            if first.startswith("The MPFA was a bridge"):
                out.append("<p>&nbsp;</p>")
    # the stray empty paragraph the classic editor leaves before the takeaways
    k = [j for j, l in enumerate(out) if "Key takeaways" in l][0]
    out.insert(k, "<p>&nbsp;</p>")
    return "\n".join(out)


def render_comments(comments, meta, files):
    url = "%s/chapter/%s/" % (BASE, meta["slug"])
    kids = {}
    for c in comments:
        kids.setdefault(c["parent"], []).append(c)
    state = {"alt": 0, "thread": 0}
    avatars = {}

    def one(c, depth, ind):
        cls = ["comment"]
        if c["author"]:
            cls += ["byuser", "comment-author-meghana-rao", "bypostauthor"]
        cls += (["odd", "alt"] if state["alt"] % 2 else ["even"])
        state["alt"] += 1
        if depth == 1:
            cls += (["thread-odd", "thread-alt"] if state["thread"] % 2 else ["thread-even"])
            state["thread"] += 1
        cls.append("depth-%d" % depth)
        if c["id"] in kids:
            cls.append("parent")
        if c["name"] not in avatars:
            avatars[c["name"]] = "%032x" % (abs(hash_name(c["name"])))
        av = avatars[c["name"]]
        name = esc(c["name"])
        if c["author"]:
            name = '<a href="%s/" class="url" rel="ugc">%s</a>' % (BASE, name)
        s = ind + '<li id="comment-%s" class="%s">\n' % (c["id"], " ".join(cls))
        s += ind + '\t<article id="div-comment-%s" class="comment-body">\n' % c["id"]
        s += ind + '\t\t<footer class="comment-meta">\n'
        s += ind + '\t\t\t<div class="comment-author vcard">\n'
        s += ind + ('\t\t\t\t<img alt="" src="./%s/%s" srcset="https://secure.gravatar.com/avatar/%s?s=100&amp;d=mm&amp;r=g 2x" '
                    'class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async">'
                    '\t\t\t\t\t\t<b class="fn">%s</b> <span class="says">says:</span>\t\t\t\t\t</div><!-- .comment-author -->\n'
                    % (attr(files), av[:20], av, name))
        s += ind + '\n'
        s += ind + '\t\t\t\t\t<div class="comment-metadata">\n'
        s += ind + ('\t\t\t\t\t\t<a href="%s#comment-%s"><time datetime="%s">%s</time></a>\t\t\t\t\t</div><!-- .comment-metadata -->\n'
                    % (url, c["id"], c["iso"], c["shown"]))
        s += ind + '\n'
        s += ind + '\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n'
        s += ind + '\n'
        s += ind + '\t\t\t<div class="comment-content">\n'
        for p in c["text"]:
            s += ind + '\t\t\t\t<p>%s</p>\n' % inline(p)
        s += ind + '\t\t\t</div><!-- .comment-content -->\n'
        s += ind + '\n'
        s += ind + ('\t\t\t<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%s#respond" '
                    'data-commentid="%s" data-postid="%s" data-belowelement="div-comment-%s" data-respondelement="respond" '
                    'data-replyto="Reply to %s" aria-label="Reply to %s">Reply</a></div>\t\t</article><!-- .comment-body -->\n'
                    % (url, c["id"], c["id"], meta["postid"], c["id"], attr(c["name"]), attr(c["name"])))
        if c["id"] in kids:
            s += ind + '\t<ol class="children">\n'
            for k in kids[c["id"]]:
                s += one(k, depth + 1, ind + "\t")
            s += ind + '\t</ol><!-- .children -->\n'
        s += ind + '</li><!-- #comment-## -->\n'
        return s

    return "".join(one(c, 1, "\t\t\t") for c in kids.get("0", []))


def hash_name(name):
    h = 1469598103934665603
    for ch in name.encode("utf-8"):
        h = ((h ^ ch) * 1099511628211) % (1 << 128)
    return h


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, sidebar, body, comments = parse(SRC)
    title = meta["title"]
    page_title = "%s – Varsity by Zerodha" % title
    files = "%s_files" % page_title
    url = "%s/chapter/%s/" % (BASE, meta["slug"])
    upd_iso, upd_shown = meta["updated"].split("|")
    prev = meta["prev"].split("|")
    nxt = meta["next"].split("|")
    n_comments = len(comments)
    F = attr(files)

    side = []
    for num, name, slug in sidebar:
        cls = ' class="active"' if num == meta["chapter"] else ""
        side.append('\t\t\t\t\t<li%s><a href="%s/chapter/%s/"><span class="chapter-number">%s</span>'
                    '<span class="chapter-name">%s</span></a></li>' % (cls, BASE, slug, num, esc(name)))

    head = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(page_title)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="dns-prefetch" href="https://zerodha.com/">
<link rel="dns-prefetch" href="https://fonts.googleapis.com/">
<link rel="alternate" type="application/rss+xml" title="Varsity by Zerodha » Feed" href="{BASE}/feed/">
<link rel="alternate" type="application/rss+xml" title="Varsity by Zerodha » Comments Feed" href="{BASE}/comments/feed/">
<link rel="alternate" type="application/rss+xml" title="Varsity by Zerodha » {attr(title)} Comments Feed" href="{url}feed/">
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/zerodha.com\\/varsity\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.8.3"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
/* ]]> */
</script><script src="./{F}/wp-emoji-release.min.js" type="text/javascript" defer=""></script>
<style id="wp-emoji-styles-inline-css" type="text/css">

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
<link rel="stylesheet" id="wp-block-library-css" href="./{F}/style.min.css" type="text/css" media="all">
<style id="classic-theme-styles-inline-css" type="text/css">
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<link rel="stylesheet" id="varsity-fonts-css" href="./{F}/css" type="text/css" media="all">
<link rel="stylesheet" id="varsity-style-css" href="./{F}/style.css" type="text/css" media="all">
<script type="text/javascript" src="./{F}/jquery.min.js" id="jquery-core-js"></script>
<script type="text/javascript" src="./{F}/jquery-migrate.min.js" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{BASE}/wp-json/"><link rel="alternate" title="JSON" type="application/json" href="{BASE}/wp-json/wp/v2/chapter/{meta['postid']}"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{BASE}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.8.3">
<link rel="canonical" href="{url}">
<link rel="shortlink" href="{BASE}/?p={meta['postid']}">
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{BASE}/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fzerodha.com%2Fvarsity%2Fchapter%2F{meta['slug']}%2F">
<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{BASE}/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fzerodha.com%2Fvarsity%2Fchapter%2F{meta['slug']}%2F&amp;format=xml">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Varsity by Zerodha">
<meta property="og:image" content="{BASE}/wp-content/uploads/2025/08/M18-C7-patel-report.png">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@zerodhavarsity">
<link rel="icon" href="{BASE}/wp-content/uploads/2019/01/cropped-varsity-favicon-32x32.png" sizes="32x32">
<link rel="icon" href="{BASE}/wp-content/uploads/2019/01/cropped-varsity-favicon-192x192.png" sizes="192x192">
<script async="" src="./{F}/js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-VRSTY7Q2LD', {{ 'anonymize_ip': true }});
</script>
</head>

<body class="chapter-template-default single single-chapter postid-{meta['postid']} wp-embed-responsive logged-out">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>

	<header id="masthead" class="site-header">
		<div class="container">
			<div class="header-wrap">
				<a class="logo" href="{BASE}/"><img src="./{F}/varsity-logo.svg" alt="Varsity by Zerodha" width="120" height="28"></a>
				<nav id="site-navigation" class="main-navigation" aria-label="Primary">
					<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="icon-menu"></span></button>
					<ul id="primary-menu" class="menu"><li id="menu-item-31" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-31"><a href="{BASE}/modules/">Modules</a></li>
<li id="menu-item-32" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-32"><a href="{BASE}/glossary/">Glossary</a></li>
<li id="menu-item-33" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-33"><a href="{BASE}/certified/">Certified</a></li>
<li id="menu-item-34" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-34"><a href="{BASE}/live/">Live</a></li>
<li id="menu-item-35" class="app menu-item menu-item-type-custom menu-item-object-custom menu-item-35"><a href="{BASE}/app/">Varsity app</a></li>
</ul>				</nav>
				<form role="search" method="get" class="search-form" action="{BASE}/">
					<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search modules, chapters…" value="" name="s"></label>
				</form>
			</div>
		</div>
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div class="container">
			<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="{BASE}/"><span property="name">Varsity</span></a><meta property="position" content="1"></span> › <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="{BASE}/module/{meta['module_slug']}/"><span property="name">{esc(meta['module'])}</span></a><meta property="position" content="2"></span> › <span property="itemListElement" typeof="ListItem"><span property="name">{esc(title)}</span><meta property="position" content="3"></span></div>
			<div class="row">
				<aside id="secondary" class="widget-area module-sidebar">
					<div class="module-head">
						<span class="module-label">Module 18</span>
						<h4 class="module-title"><a href="{BASE}/module/{meta['module_slug']}/">{esc(meta['module'])}</a></h4>
						<span class="module-count">{len(sidebar)} chapters</span>
					</div>
					<ul class="chapter-list">
{chr(10).join(side)}
					</ul>
					<a class="download-module" href="{BASE}/wp-content/uploads/2025/08/Module-18_Macroeconomics-for-Markets.pdf">Download module PDF</a>
				</aside>

				<main id="primary" class="site-main chapter-main">
					<article id="post-{meta['postid']}" class="post-{meta['postid']} chapter type-chapter status-publish has-post-thumbnail hentry module-{meta['module_slug']}">
						<header class="entry-header">
							<span class="chapter-no">{meta['chapter']}</span>
							<h1 class="entry-title">{esc(title)}</h1>
							<div class="entry-meta">
								<span class="posted-on">Updated on <time class="entry-date published updated" datetime="{upd_iso}">{upd_shown}</time></span>
								<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{BASE}/author/meghana-rao/">{esc(meta['author'])}</a></span></span>
								<span class="comments-link"><a href="{url}#comments">{n_comments} comments</a></span>
							</div>
							<div class="chapter-actions"><a class="btn-pdf" href="{BASE}/wp-content/uploads/2025/08/M18-C7-Inflation-targeting.pdf">Download PDF</a></div>
						</header><!-- .entry-header -->

						<div class="entry-content post-content">
"""
    content = render_body(body, files)
    mid = f"""
						</div><!-- .entry-content -->

						<nav class="navigation chapter-navigation" aria-label="Chapters">
							<div class="nav-links"><div class="nav-previous"><a href="{BASE}/chapter/{prev[2]}/" rel="prev"><span class="meta-nav">← Previous chapter</span> <span class="post-title">{prev[0]}. {esc(prev[1])}</span></a></div><div class="nav-next"><a href="{BASE}/chapter/{nxt[2]}/" rel="next"><span class="meta-nav">Next chapter →</span> <span class="post-title">{nxt[0]}. {esc(nxt[1])}</span></a></div></div>
						</nav>

						<div class="share-chapter">
							<span class="share-label">Share</span>
							<a class="share-x" href="https://x.com/intent/tweet?url={url}" target="_blank" rel="noopener"><img src="./{F}/x.svg" alt="X"></a>
							<a class="share-whatsapp" href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener"><img src="./{F}/whatsapp.svg" alt="WhatsApp"></a>
							<a class="share-telegram" href="https://t.me/share/url?url={url}" target="_blank" rel="noopener"><img src="./{F}/telegram.svg" alt="Telegram"></a>
						</div>
					</article><!-- #post-{meta['postid']} -->

<div id="comments" class="comments-area">

			<h2 class="comments-title">
			{n_comments} comments		</h2>

		<ol class="comment-list">
"""
    tail = f"""		</ol><!-- .comment-list -->

			<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Post a comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3><form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate=""><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required=""></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required=""></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required=""></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="{meta['postid']}" id="comment_post_ID">
<input type="hidden" name="comment_parent" id="comment_parent" value="0">
</p></form>	</div><!-- #respond -->
	
</div><!-- #comments -->
				</main><!-- #primary -->
			</div>
		</div>
	</div><!-- #content -->

	<div class="app-banner">
		<img src="./{F}/varsity-app-icon.png" alt="" width="40" height="40">
		<p>Learn on the go with the Varsity app</p>
		<a href="https://play.google.com/store/apps/details?id=com.zerodha.varsity"><img src="./{F}/google-play.png" alt="Get it on Google Play"></a>
		<a href="https://apps.apple.com/in/app/varsity-by-zerodha/id1541483856"><img src="./{F}/app-store.png" alt="Download on the App Store"></a>
	</div>

	<footer id="colophon" class="site-footer">
		<div class="container">
			<div class="footer-cols">
				<div class="footer-about">
					<img src="./{F}/varsity-logo-white.svg" alt="Varsity" width="100">
					<p>Free lessons on markets and money, in plain language.</p>
				</div>
				<ul class="footer-links">
					<li><a href="{BASE}/modules/">Modules</a></li>
					<li><a href="{BASE}/glossary/">Glossary</a></li>
					<li><a href="https://zerodha.com/">Zerodha</a></li>
					<li><a href="https://zerodha.com/terms-and-conditions/">Terms</a></li>
					<li><a href="https://zerodha.com/privacy-policy/">Privacy</a></li>
				</ul>
			</div>
			<p class="copyright">© 2015 – 2025, Zerodha Broking Ltd. All rights reserved.</p>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->

<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/varsity\\/*"}},{{"not":{{"href_matches":["\\/varsity\\/wp-*.php","\\/varsity\\/wp-admin\\/*","\\/varsity\\/wp-content\\/uploads\\/*"]}}}}]}},"eagerness":"conservative"}}]}}
</script>
<script type="text/javascript" src="./{F}/comment-reply.min.js" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="./{F}/main.js" id="varsity-main-js"></script>


</body></html>"""
    page = head + content + mid + render_comments(comments, meta, files) + tail
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
