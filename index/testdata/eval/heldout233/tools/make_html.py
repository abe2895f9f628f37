#!/usr/bin/python3
"""Re-make docs/narmada-bachao-andolan-mobile.html from tools/narmada-bachao-andolan-mobile.txt.

Run from anywhere: /usr/bin/python3 tools/make_html.py   (standard library; same bytes each run)

The page is the English Wikipedia article as the mobile site (en.m.wikipedia.org, the Minerva
Neue skin with MobileFrontend) serves it, saved from Chrome with "Save page as... > Webpage,
Complete": Chrome writes its "saved from url=(NNNN)" comment first, serialises the live DOM
(so the classes the page's scripts added stay: client-js, open-block on the expanded
sections, aria-expanded on the section headings), inserts its own Content-Type meta, points
stylesheets, scripts and images at a "Narmada Bachao Andolan - Wikipedia_files/" folder (not
part of this set) and writes links as absolute URLs. What the mobile skin adds, and the
desktop skin does not: the header chrome (hamburger main menu with Home, Random, Nearby, Log
in, Settings, Donate, About Wikipedia and Disclaimers; the wordmark; the search box and search
button); the page heading with the short description as a visible tagline; the page-actions
bar (Language, Watch, Edit, More); no table of contents; the lead section (mf-section-0) with
MobileFrontend's lead-paragraph move, so the first paragraph comes before the infobox and an
empty paragraph is left behind; every h2 wrapped in a clickable "section-heading" div with an
expand indicator and an "edit" button, its content in a <section class="mf-section-N
collapsible-block">; h3 headings inside the sections with their own "edit" buttons; the
"Last edited 2 months ago by ..." bar; the Languages list, the footer with the licence line,
Terms of Use, Privacy policy and the Desktop toggle; closing RLQ scripts.

Source markup: "@key value" header lines; @infobox ... @endinfobox (label=value rows); wikitext
paragraphs with '''bold''', ''italic'', [[Target|text]] links, {{r|name}} references and
{{lit|...}}; "== h2 ==" and "=== h3 ===" headings; "* " list items; @refs ... @endrefs with
"name|citation" lines (''italic'' allowed).
"""
import datetime
import html
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "narmada-bachao-andolan-mobile.txt")
OUT = os.path.join(HERE, "..", "docs", "narmada-bachao-andolan-mobile.html")
M = "https://en.m.wikipedia.org"
FILES = "./Narmada Bachao Andolan - Wikipedia_files/"

EDIT_BUTTON = (
    '<span class="mw-editsection">\n'
    '<a role="button" href="{m}/w/index.php?title={page}&amp;action=edit&amp;section={n}" '
    'title="Edit section: {title}" class="cdx-button cdx-button--size-large '
    'cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only '
    'cdx-button--weight-quiet ">\n'
    '    <span class="minerva-icon minerva-icon--edit"></span>\n'
    '<span>edit</span>\n'
    '</a>\n'
    '</span>\n')


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def wiki_href(target):
    target = target.replace(" ", "_")
    page, _, frag = target.partition("#")
    url = M + "/wiki/" + urllib.parse.quote(page, safe="_(),'!:-.")
    if frag:
        url += "#" + urllib.parse.quote(frag, safe="_(),'!:-.")
    return url


class Refs:
    def __init__(self, order):
        self.cites = order          # name -> citation text
        self.number = {}            # name -> n
        self.uses = {}              # name -> count

    def mark(self, name):
        if name not in self.number:
            self.number[name] = len(self.number) + 1
            self.uses[name] = 0
        n = self.number[name]
        k = self.uses[name]
        self.uses[name] += 1
        return ('<sup id="cite_ref-{name}_{n}-{k}" class="reference"><a href="{m}/wiki/'
                'Narmada_Bachao_Andolan#cite_note-{name}-{n}"><span class="cite-bracket">'
                '&#91;</span>{n}<span class="cite-bracket">&#93;</span></a></sup>').format(
                    name=name, n=n, k=k, m=M)


def inline(text, refs):
    out = esc(text)

    def link(m):
        target, _, label = m.group(1).partition("|")
        label = label or target
        title = target.partition("#")[0]
        return '<a href="{}" title="{}">{}</a>'.format(attr(wiki_href(target)), attr(title), label)

    out = re.sub(r"\[\[([^\]]+)\]\]", link, out)
    out = re.sub(r"'''(.+?)'''", r"<b>\1</b>", out)
    out = re.sub(r"''(.+?)''", r"<i>\1</i>", out)
    out = re.sub(r"\{\{lit\|([^}]+)\}\}",
                 r'<abbr title="literal translation">lit.</abbr>&#8201;&#39;\1&#39;', out)
    if refs is not None:
        out = re.sub(r"\{\{r\|(\w+)\}\}", lambda m: refs.mark(m.group(1)), out)
    return out


def anchor(title):
    return title.replace(" ", "_")


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, infobox, body, cites = {}, [], [], {}
    mode = "body"
    for line in lines:
        if mode == "infobox":
            if line == "@endinfobox":
                mode = "body"
            else:
                k, v = line.split("=", 1)
                infobox.append((k, v))
            continue
        if mode == "refs":
            if line == "@endrefs":
                mode = "body"
            else:
                k, v = line.split("|", 1)
                cites[k] = v
            continue
        if line == "@infobox":
            mode = "infobox"
        elif line == "@refs":
            mode = "refs"
        elif line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        else:
            body.append(line)
    return meta, infobox, body, cites


def render_infobox(rows, refs):
    out = ['<table class="infobox vcard"><tbody>']
    for k, v in rows:
        if k == "above":
            out.append('<tr><th colspan="2" class="infobox-above fn org">{}</th></tr>'.format(esc(v)))
        elif k == "subheader":
            out.append('<tr><td colspan="2" class="infobox-subheader"><span lang="hi">{}</span>'
                       '</td></tr>'.format(esc(v)))
        else:
            out.append('<tr><th scope="row" class="infobox-label">{}</th><td class="infobox-data">'
                       '{}</td></tr>'.format(esc(k), inline(v, refs)))
    out.append("</tbody></table>")
    return "".join(out)


def render_body(meta, infobox, body, refs):
    page = meta["title"].replace(" ", "_")
    out = []
    section = 0
    edit_n = 0
    paras_in_lead = 0
    out.append('<section class="mf-section-0" id="mf-section-0">'
               '<div class="shortdescription nomobile noexcerpt noprint searchaux" '
               'style="display:none">{}</div>\n'.format(esc(meta["shortdesc"])))
    out.append('<div role="note" class="hatnote navigation-not-searchable">{}</div>\n'.format(
        inline(meta["hatnote"], None)))
    in_list = False
    for line in body:
        if in_list and not line.startswith("* "):
            out.append("</ul>\n")
            in_list = False
        if not line.strip():
            continue
        if line.startswith("=== "):
            title = line.strip("= ").strip()
            edit_n += 1
            out.append('<div class="mw-heading mw-heading3"><h3 id="{}">{}</h3>'.format(
                attr(anchor(title)), esc(title)))
            out.append(EDIT_BUTTON.format(m=M, page=page, n=edit_n, title=attr(title)))
            out.append("</div>")
        elif line.startswith("== "):
            title = line.strip("= ").strip()
            edit_n += 1
            section += 1
            out.append("</section>")
            out.append(
                '<div class="mw-heading mw-heading2 section-heading collapsible-heading '
                'open-block" onclick="mfTempOpenSection({s})" tabindex="0" role="button" '
                'aria-controls="mf-section-{s}" aria-expanded="true"><span class="indicator '
                'mf-icon mf-icon-expand mf-icon--small" aria-hidden="true"></span><h2 id="{a}">'
                '{t}</h2>'.format(s=section, a=attr(anchor(title)), t=esc(title)))
            out.append(EDIT_BUTTON.format(m=M, page=page, n=edit_n, title=attr(title)))
            out.append('</div><section class="mf-section-{s} collapsible-block open-block" '
                       'id="mf-section-{s}">\n'.format(s=section))
            if title == "References":
                out.append(render_refs(refs))
        elif line.startswith("* "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>{}</li>\n".format(inline(line[2:], refs)))
        else:
            out.append("<p>{}\n</p>".format(inline(line, refs)))
            if section == 0:
                paras_in_lead += 1
                if paras_in_lead == 1:
                    # MobileFrontend moves the first paragraph above the infobox
                    out.append(render_infobox(infobox, refs))
                    out.append('\n<p class="mw-empty-elt">\n</p>\n')
    if in_list:
        out.append("</ul>\n")
    out.append("</section>")
    return "".join(out)


def cite_html(text):
    out = esc(text)
    out = re.sub(r"''(.+?)''", r"<i>\1</i>", out)
    return out


def render_refs(refs):
    out = ['<div class="mw-references-wrap mw-references-columns"><ol class="references">\n']
    for name, n in sorted(refs.number.items(), key=lambda kv: kv[1]):
        uses = refs.uses[name]
        if uses == 1:
            back = ('<span class="mw-cite-backlink"><b><a href="{m}/wiki/Narmada_Bachao_Andolan'
                    '#cite_ref-{name}_{n}-0">^</a></b></span>').format(m=M, name=name, n=n)
        else:
            letters = "abcdefghij"
            links = "".join(
                '<a href="{m}/wiki/Narmada_Bachao_Andolan#cite_ref-{name}_{n}-{k}"><sup><i><b>'
                '{l}</b></i></sup></a> '.format(m=M, name=name, n=n, k=k, l=letters[k])
                for k in range(uses))
            back = '<span class="mw-cite-backlink">^ {}</span>'.format(links.rstrip())
        kind = "book" if "ISBN" in refs.cites[name] or "Earthscan" in refs.cites[name] \
            else "news" if "''The " in refs.cites[name] or "SANDRP" in refs.cites[name] \
            else "report"
        out.append('<li id="cite_note-{name}-{n}">{back} <span class="reference-text"><cite '
                   'class="citation {kind} cs1">{c}</cite></span>\n</li>\n'.format(
                       name=name, n=n, back=back, kind=kind, c=cite_html(refs.cites[name])))
    out.append("</ol></div>\n")
    return "".join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=({urllen:04d}){url} -->
<html class="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<title>{title} - Wikipedia</title>
<script>(function(){{var className="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0";var cookie=document.cookie.match(/(?:^|; )enwikimfclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"b8c1f0e2-6d3a-4c5e-9f1a-2e7d4a9c0b31","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{page}","wgTitle":"{title}","wgCurRevisionId":{revid},"wgRevisionId":{revid},"wgArticleId":{pageid},"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Articles with short description","Short description is different from Wikidata","Use dmy dates from August 2025","Use Indian English from August 2025","Environmental movements in India","Social movements in India","Narmada River","Dam controversies","1985 establishments in India","Gandhian movements"],"wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"{page}","wgRelevantArticleId":{pageid},"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgMFMode":"stable","wgMFAmc":false,"wgMFAmcOutreachActive":false,"wgMFAmcOutreachUserEligible":false,"wgMFLazyLoadImages":true,"wgMFEditNoticesFeatureConflict":false,"wgMFDisplayWikibaseDescriptions":{{"search":true,"watchlist":true,"tagline":true,"nearby":true}},"wgMFIsSupportedEditRequest":true,"wgMFScriptPath":"","wgWMESchemaEditAttemptStepOversample":false,"wgWMEPageLength":30000,"wgMinervaPermissions":{{"watchable":true,"watch":false}},"wgMinervaFeatures":{{"beta":false,"donate":true,"mobileOptionsLink":true,"categories":false,"pageIssues":true,"talkAtTop":true,"historyInPageActions":false,"overflowSubmenu":false,"tabsOnSpecials":true,"personalMenu":false,"mainMenuExpanded":false,"echo":true,"nightMode":true}},"wgMinervaDownloadNamespaces":[0],"wgWikibaseItemId":"Q1139475"}};RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.minerva.styles":"ready","skins.minerva.content.styles.images":"ready","mediawiki.hlist":"ready","skins.minerva.codex.styles":"ready","skins.minerva.icons":"ready","skins.minerva.amc.styles":"ready","ext.wikimediamessages.styles":"ready","mobile.init.styles":"ready","ext.relatedArticles.styles":"ready","wikibase.client.init":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.minerva.scripts","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mobile.init","ext.echo.centralauth","ext.relatedArticles.readMore.bootstrap","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.cx.eventlogging.campaigns","ext.cx.entrypoints.mffrequentlanguages","ext.cx.entrypoints.languagesearcher.init","mw.externalguidance.init","ext.checkUser.clientHints"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="{files}load.php">
<script async="" src="{files}load(1).php"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.24">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="theme-color" content="#eaecf0">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="{title} - Wikipedia">
<meta property="og:type" content="website">
<link rel="preconnect" href="https://upload.wikimedia.org/">
<link rel="manifest" href="https://en.m.wikipedia.org/w/api.php?action=webapp-manifest">
<link rel="apple-touch-icon" href="https://en.m.wikipedia.org/static/apple-touch/wikipedia.png">
<link rel="icon" href="https://en.m.wikipedia.org/static/favicon/wikipedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="https://en.m.wikipedia.org/w/rest.php/v1/search" title="Wikipedia (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="canonical" href="https://en.wikipedia.org/wiki/{page}">
<link rel="dns-prefetch" href="https://meta.wikimedia.org/">
<link rel="dns-prefetch" href="https://login.wikimedia.org/">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{page} rootpage-{page} stable skin-minerva action-view skin--responsive mw-mf-amc-disabled mw-mf">
<div id="mw-mf-viewport">
	<div id="mw-mf-page-center">
		<a class="mw-mf-page-center__mask" href="{url}#"></a>
		<header class="header-container header-chrome">
			<div class="minerva-header">
				<nav class="navigation-drawer toggle-list view-border-box">
					<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false" aria-labelledby="mw-mf-main-menu-button">
					<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" data-event-name="ui.mainmenu" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet toggle-list__toggle">
    <span class="minerva-icon minerva-icon--menu"></span>
<span></span>
</label>

					<div id="mw-mf-page-left" class="menu view-border-box">
	<ul id="p-navigation" class="toggle-list__list">
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--home" href="https://en.m.wikipedia.org/wiki/Main_Page" data-mw="interface">
				<span class="minerva-icon minerva-icon--home"></span>

				<span class="toggle-list-item__label">Home</span>
			</a>
		</li>
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--random" href="https://en.m.wikipedia.org/wiki/Special:Random" data-mw="interface">
				<span class="minerva-icon minerva-icon--die"></span>

				<span class="toggle-list-item__label">Random</span>
			</a>
		</li>
		<li class="toggle-list-item skin-minerva-list-item-jsonly">
			<a class="toggle-list-item__anchor menu__item--nearby" href="https://en.m.wikipedia.org/wiki/Special:Nearby" data-event-name="menu.nearby" data-mw="interface">
				<span class="minerva-icon minerva-icon--mapPin"></span>

				<span class="toggle-list-item__label">Nearby</span>
			</a>
		</li>
	</ul>
	<ul id="p-personal" class="toggle-list__list">
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--login" href="https://en.m.wikipedia.org/w/index.php?title=Special:UserLogin&amp;returnto={page}" data-event-name="menu.login" data-mw="interface">
				<span class="minerva-icon minerva-icon--logIn"></span>

				<span class="toggle-list-item__label">Log in</span>
			</a>
		</li>
	</ul>
	<ul id="pt-preferences" class="toggle-list__list">
		<li class="toggle-list-item skin-minerva-list-item-jsonly">
			<a class="toggle-list-item__anchor menu__item--settings" href="https://en.m.wikipedia.org/w/index.php?title=Special:MobileOptions&amp;returnto={page}" data-event-name="menu.settings" data-mw="interface">
				<span class="minerva-icon minerva-icon--settings"></span>

				<span class="toggle-list-item__label">Settings</span>
			</a>
		</li>
	</ul>
	<ul id="p-donation" class="toggle-list__list">
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--donate" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en&amp;wmf_key=minerva" data-event-name="menu.donate" data-mw="interface">
				<span class="minerva-icon minerva-icon--heart"></span>

				<span class="toggle-list-item__label">Donate</span>
			</a>
		</li>
	</ul>
	<ul class="hlist">
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--about" href="https://en.m.wikipedia.org/wiki/Wikipedia:About" data-mw="interface">
				<span class="toggle-list-item__label">About Wikipedia</span>
			</a>
		</li>
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--disclaimers" href="https://en.m.wikipedia.org/wiki/Wikipedia:General_disclaimer" data-mw="interface">
				<span class="toggle-list-item__label">Disclaimers</span>
			</a>
		</li>
	</ul>
</div>

					<label class="main-menu-mask" for="main-menu-input"></label>
				</nav>
				<div class="branding-box">
					<a href="https://en.m.wikipedia.org/wiki/Main_Page">
						<span><img src="{files}wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18" style="width: 7.5em; height: 1.125em;">
</span>

					</a>
				</div>
				<form action="https://en.m.wikipedia.org/w/index.php" method="get" class="minerva-search-form">
					<div class="search-box">
						<input type="hidden" name="title" value="Special:Search">
						<input class="search skin-minerva-search-trigger" id="searchInput" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f">
						<span class="search-box-icon-overlay"><span class="minerva-icon minerva-icon--search"></span>
</span>
					</div>
					<button id="searchIcon" class="cdx-button cdx-button--size-large cdx-button--icon-only cdx-button--weight-quiet skin-minerva-search-trigger">
	    <span class="minerva-icon minerva-icon--search"></span>
<span>Search</span>
</button>

				</form>
				<nav class="minerva-user-navigation" aria-label="User navigation">
				</nav>
			</div>
		</header>
		<main id="content" class="mw-body">
			<div class="banner-container">
			<div id="siteNotice"></div>
			</div>
			<div class="pre-content heading-holder">
				<div class="page-heading">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1>
					<div class="tagline">{shortdesc}</div>
				</div>
				<nav class="page-actions-menu">
	<ul id="p-views" class="page-actions-menu__list">
		<li id="language-selector" class="page-actions-menu__list-item">
			<a role="button" href="{url}#p-lang" data-mw="interface" data-event-name="menu.languages" title="Language" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet language-selector">
				<span class="minerva-icon minerva-icon--language"></span>
				<span>Language</span>
			</a>
		</li>
		<li id="page-actions-watch" class="page-actions-menu__list-item">
			<a role="button" id="ca-watch" href="https://en.m.wikipedia.org/w/index.php?title=Special:UserLogin&amp;returnto={page}" data-event-name="menu.watch" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-watch">
				<span class="minerva-icon minerva-icon--star"></span>
				<span>Watch</span>
			</a>
		</li>
		<li id="page-actions-edit" class="page-actions-menu__list-item">
			<a role="button" id="ca-edit" href="https://en.m.wikipedia.org/w/index.php?title={page}&amp;action=edit" data-event-name="menu.edit" data-mw="interface" class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-edit">
				<span class="minerva-icon minerva-icon--edit"></span>
				<span>Edit</span>
			</a>
		</li>
		<li id="page-actions-overflow" class="page-actions-menu__list-item">
			<div class="toggle-list toggle-list--has-button" id="page-actions-overflow">
				<input type="checkbox" id="page-actions-overflow-checkbox" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-expanded="false" aria-labelledby="page-actions-overflow-toggle">
				<label id="page-actions-overflow-toggle" for="page-actions-overflow-checkbox" class="toggle-list__toggle cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet" aria-hidden="true">
					<span class="minerva-icon minerva-icon--ellipsis"></span>
					<span>More</span>
				</label>
			</div>
		</li>
	</ul>
</nav>
<!-- version 1.0.2 (change every time you update a partial) -->
			</div>
			<div id="bodyContent" class="content">
				<div id="mw-content-text" class="mw-body-content"><script>function mfTempOpenSection(id){{var block=document.getElementById("mf-section-"+id);block.className+=" open-block";block.previousSibling.className+=" open-block";}}</script><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">"""

TAIL = """</div><!-- 
NewPP limit report
Parsed by mw‐api‐int.codfw.main‐7c5b9d84f6‐x2kq9
Cached time: 20251116091904
Cache expiry: 2592000
Reduced expiry: false
Complications: [show‐toc]
CPU time usage: 0.512 seconds
Real time usage: 0.684 seconds
Preprocessor visited node count: 2871/1000000
Revision size: 17544/2097152 bytes
Post‐expand include size: 54212/2097152 bytes
Template argument size: 1644/2097152 bytes
Highest expansion depth: 12/100
Expensive parser function count: 2/500
Unstrip recursion depth: 1/20
Unstrip post‐expand size: 41873/5000000 bytes
Lua time usage: 0.301/10.000 seconds
Lua memory usage: 6219442/52428800 bytes
Number of Wikibase entities loaded: 0/500
-->
<noscript><img src="https://en.m.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title={page}&amp;oldid={revid}">https://en.wikipedia.org/w/index.php?title={page}&amp;oldid={revid}</a>"</div></div>
			</div>
			<div class="post-content" id="page-secondary-actions">
			</div>
		</main>
		<footer class="mw-footer minerva-footer" role="contentinfo">
		  <a class="last-modified-bar" href="https://en.m.wikipedia.org/w/index.php?title={page}&amp;action=history">
  <div class="post-content last-modified-bar__content">
    <span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span>
    <span class="last-modified-bar__text modified-enhancement" data-user-name="{editor}" data-user-gender="unknown" data-timestamp="{edit_ts}">
      <span>Last edited {ago} by {editor}</span>
    </span>
    <span class="minerva-icon minerva-icon-size-small minerva-icon--expand"></span>
  </div>
</a>

			<div class="post-content footer-content">
			<div id="mw-data-after-content">
	<div class="read-more-container"></div>
</div>

			<div id="p-lang">
	    <h4>Languages</h4>
	    <section>
	        <ul id="p-variants" class="minerva-languages"></ul>
	        <ul class="minerva-languages"><li class="interlanguage-link interwiki-bn mw-list-item"><a href="https://bn.m.wikipedia.org/wiki/%E0%A6%A8%E0%A6%B0%E0%A7%8D%E0%A6%AE%E0%A6%A6%E0%A6%BE_%E0%A6%AC%E0%A6%BE%E0%A6%9A%E0%A6%BE%E0%A6%93_%E0%A6%86%E0%A6%A8%E0%A7%8D%E0%A6%A6%E0%A7%8B%E0%A6%B2%E0%A6%A8" title="নর্মদা বাঁচাও আন্দোলন – Bangla" lang="bn" hreflang="bn" data-title="নর্মদা বাঁচাও আন্দোলন" data-language-autonym="বাংলা" data-language-local-name="Bangla" class="interlanguage-link-target"><span>বাংলা</span></a></li><li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.m.wikipedia.org/wiki/Narmada_Bachao_Andolan" title="Narmada Bachao Andolan – German" lang="de" hreflang="de" data-title="Narmada Bachao Andolan" data-language-autonym="Deutsch" data-language-local-name="German" class="interlanguage-link-target"><span>Deutsch</span></a></li><li class="interlanguage-link interwiki-fr mw-list-item"><a href="https://fr.m.wikipedia.org/wiki/Narmada_Bachao_Andolan" title="Narmada Bachao Andolan – French" lang="fr" hreflang="fr" data-title="Narmada Bachao Andolan" data-language-autonym="Français" data-language-local-name="French" class="interlanguage-link-target"><span>Français</span></a></li><li class="interlanguage-link interwiki-gu mw-list-item"><a href="https://gu.m.wikipedia.org/wiki/%E0%AA%A8%E0%AA%B0%E0%AB%8D%E0%AA%AE%E0%AA%A6%E0%AA%BE_%E0%AA%AC%E0%AA%9A%E0%AA%BE%E0%AA%93_%E0%AA%86%E0%AA%82%E0%AA%A6%E0%AB%8B%E0%AA%B2%E0%AA%A8" title="નર્મદા બચાઓ આંદોલન – Gujarati" lang="gu" hreflang="gu" data-title="નર્મદા બચાઓ આંદોલન" data-language-autonym="ગુજરાતી" data-language-local-name="Gujarati" class="interlanguage-link-target"><span>ગુજરાતી</span></a></li><li class="interlanguage-link interwiki-hi mw-list-item"><a href="https://hi.m.wikipedia.org/wiki/%E0%A4%A8%E0%A4%B0%E0%A5%8D%E0%A4%AE%E0%A4%A6%E0%A4%BE_%E0%A4%AC%E0%A4%9A%E0%A4%BE%E0%A4%93_%E0%A4%86%E0%A4%82%E0%A4%A6%E0%A5%8B%E0%A4%B2%E0%A4%A8" title="नर्मदा बचाओ आंदोलन – Hindi" lang="hi" hreflang="hi" data-title="नर्मदा बचाओ आंदोलन" data-language-autonym="हिन्दी" data-language-local-name="Hindi" class="interlanguage-link-target"><span>हिन्दी</span></a></li><li class="interlanguage-link interwiki-mr mw-list-item"><a href="https://mr.m.wikipedia.org/wiki/%E0%A4%A8%E0%A4%B0%E0%A5%8D%E0%A4%AE%E0%A4%A6%E0%A4%BE_%E0%A4%AC%E0%A4%9A%E0%A4%BE%E0%A4%B5_%E0%A4%86%E0%A4%82%E0%A4%A6%E0%A5%8B%E0%A4%B2%E0%A4%A8" title="नर्मदा बचाव आंदोलन – Marathi" lang="mr" hreflang="mr" data-title="नर्मदा बचाव आंदोलन" data-language-autonym="मराठी" data-language-local-name="Marathi" class="interlanguage-link-target"><span>मराठी</span></a></li><li class="interlanguage-link interwiki-ta mw-list-item"><a href="https://ta.m.wikipedia.org/wiki/%E0%AE%A8%E0%AE%B0%E0%AF%8D%E0%AE%AE%E0%AE%A4%E0%AE%BE_%E0%AE%AA%E0%AE%9A%E0%AF%8D%E0%AE%9A%E0%AE%BE%E0%AE%B5%E0%AF%8B_%E0%AE%87%E0%AE%AF%E0%AE%95%E0%AF%8D%E0%AE%95%E0%AE%AE%E0%AF%8D" title="நர்மதா பச்சாவோ இயக்கம் – Tamil" lang="ta" hreflang="ta" data-title="நர்மதா பச்சாவோ இயக்கம்" data-language-autonym="தமிழ்" data-language-local-name="Tamil" class="interlanguage-link-target"><span>தமிழ்</span></a></li></ul>
	    </section>
	</div>
			<div class="minerva-footer-logo"><img src="{files}wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18" style="width: 7.5em; height: 1.125em;">
</div>
			<ul id="footer-info" class="footer-info hlist hlist-separated">
	<li id="footer-info-lastmod"> This page was last edited on {edit_date}<span class="anonymous-show">&nbsp;(UTC)</span>.</li>
	<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC BY-SA 4.0</a> unless otherwise noted.</li>
</ul>

			<ul id="footer-places" class="footer-places hlist hlist-separated">
	<li id="footer-places-terms-use"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a></li>
	<li id="footer-places-privacy"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-desktop-toggle"><a id="mw-mf-display-toggle" href="https://en.wikipedia.org/w/index.php?title={page}&amp;mobileaction=toggle_view_desktop" data-event-name="switch_to_desktop">Desktop</a></li>
</ul>

			</div>
		</footer>
			</div>
</div>
<!-- v:8.3.1 -->
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.codfw.main-6f9c8d7b5d-4jw2p","wgBackendResponseTime":163,"wgDiscussionToolsFeaturesEnabled":{{"replytool":false,"newtopictool":false,"sourcemodetoolbar":false,"topicsubscription":false,"autotopicsub":false,"visualenhancements":false,"visualenhancements_reply":false,"visualenhancements_pageframe":false}},"wgDiscussionToolsFallbackEditMode":"source","wgPageParseReport":{{"limitreport":{{"cputime":"0.512","walltime":"0.684","ppvisitednodes":{{"value":2871,"limit":1000000}},"revisionsize":{{"value":17544,"limit":2097152}}}},"cachereport":{{"origin":"mw-api-int.codfw.main-7c5b9d84f6-x2kq9","timestamp":"20251116091904","ttl":2592000,"transientcontent":false}}}}}});}});</script>
<script type="application/ld+json">{{"@context":"https:\\/\\/schema.org","@type":"Article","name":"{title}","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/{page}","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q1139475","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q1139475","author":{{"@type":"Organization","name":"Contributors to Wikimedia projects"}},"publisher":{{"@type":"Organization","name":"Wikimedia Foundation, Inc.","logo":{{"@type":"ImageObject","url":"https:\\/\\/www.wikimedia.org\\/static\\/images\\/wmf-hor-googpub.png"}}}},"datePublished":"2004-11-02T09:17:40Z","dateModified":"2025-08-19T06:41:12Z","headline":"{shortdesc}"}}</script>

</body></html>"""


def render():
    """The document's bytes (tools/check.py compares them with docs/)."""
    meta, infobox, body, cites = parse()
    refs = Refs(cites)
    page = meta["title"].replace(" ", "_")
    url = M + "/wiki/" + page
    content = render_body(meta, infobox, body, refs)
    ago, editor, edit_iso = meta["lastedit"].split("|")
    ts = datetime.datetime.strptime(edit_iso, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc)
    edit_date = "{} {} {}, at {}".format(ts.day, ts.strftime("%B"), ts.year, ts.strftime("%H:%M"))
    fields = dict(urllen=len(url), url=url, title=esc(meta["title"]), page=page,
                  revid=meta["revid"], pageid=meta["pageid"], files=FILES,
                  shortdesc=esc(meta["shortdesc"]), editor=esc(editor),
                  edit_ts=int(ts.timestamp()), ago=ago, edit_date=edit_date)
    return (HEAD.format(**fields) + content + TAIL.format(**fields)).encode("utf-8")


def main():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    main()
