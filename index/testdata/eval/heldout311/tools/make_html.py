#!/usr/bin/python3
"""Re-make docs/central-ground-water-board-mobile.html from tools/central-ground-water-board-mobile.txt.

The document is the English Wikipedia article "Central Ground Water Board" as the mobile site
(en.m.wikipedia.org, Minerva skin with MobileFrontend) serves it, saved from desktop Firefox
with "Save Page As... > Web Page, HTML only": the page source exactly as the server sent it,
not the live DOM. So: no "saved from url" comment and no asset folder; the root class is
"client-nojs" with the mobile client preferences; Firefox leaves every link as served
(relative /wiki/ and /w/ addresses, protocol-relative //upload.wikimedia.org images); the
RLCONF/RLSTATE script, user.options script and load.php links are the server's; sections are
collapsed as served (each h2 inside a "section-heading" div with onclick mfTempOpenSection(n),
an expand indicator and an edit button, the content in "mf-section-n collapsible-block"
sections, no "open-block"); h3 headings in "mw-heading3" divs; the first lead paragraph moved
above the infobox as MobileFrontend does, the short description both as the visible tagline
under the title and as a hidden div; a hatnote; an infobox table with a lazy-loaded image
placeholder and its noscript fallback; [n] reference marks (reused ones get "^ a b"
backlinks), {{citation needed}} marks; a wikitable; the references list with CS1 cites and
COinS spans; the parser's NewPP report comment; "Retrieved from"; the last-edited bar; a
Languages list; the Minerva footer; the closing RLQ and JSON-LD scripts. No navboxes and no
categories (the mobile site drops them). Deterministic; standard library only.
Run: /usr/bin/python3 tools/make_html.py
"""
import html
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "central-ground-water-board-mobile.txt")
OUT = os.path.join(HERE, "..", "docs", "central-ground-water-board-mobile.html")

REDLINKS = {"Groundwater in India"}


def parse():
    meta, ibox, body, refs = {}, [], [], {}
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("# ") or line == "#":
            continue
        if line.startswith("#ref "):
            parts = [p.strip() for p in line[5:].split("|")]
            name, kind, title, work, url, date, accessed = parts
            refs[name] = dict(kind=kind, title=title, work=work, url=url, date=date,
                              accessed=accessed)
        elif line.startswith("#"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("@ibox-image "):
            fn, w, h, cap = [p.strip() for p in line[12:].split(" | ")]
            ibox.append(("image", fn, w, h, cap))
        elif line.startswith("@ibox "):
            lab, _, val = line[6:].partition(" | ")
            ibox.append(("row", lab.strip(), val.strip()))
        else:
            body.append(line)
    return meta, ibox, body, refs


def wiki_href(target):
    t = target.replace(" ", "_")
    return urllib.parse.quote(t, safe="_(),:./-!")


class Refs:
    def __init__(self, defs):
        self.defs = defs
        self.order = []
        self.uses = {}

    def mark(self, name):
        if name not in self.uses:
            self.order.append(name)
            self.uses[name] = 0
        n = self.order.index(name) + 1
        k = self.uses[name]
        self.uses[name] += 1
        return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="#cite_note-%s-%d">'
                '<span class="cite-bracket">&#91;</span>%d<span class="cite-bracket">&#93;</span>'
                '</a></sup>' % (name, n, k, name, n, n))


def inline(text, refs):
    def link(m):
        target, _, label = m.group(1).partition("|")
        label = label or target
        if target in REDLINKS:
            return ('<a href="/w/index.php?title=%s&amp;action=edit&amp;redlink=1" class="new" '
                    'title="%s (page does not exist)">%s</a>'
                    % (wiki_href(target), html.escape(target), label))
        return '<a href="/wiki/%s" title="%s">%s</a>' % (wiki_href(target), html.escape(target),
                                                          label)
    text = re.sub(r"'''(.+?)'''", r"<b>\1</b>", text)
    text = re.sub(r"''(.+?)''", r"<i>\1</i>", text)
    text = re.sub(r"\[\[([^\]]+)\]\]", link, text)
    text = re.sub(r"<ref:(\w+)>", lambda m: refs.mark(m.group(1)), text)
    text = re.sub(r"\{\{cn\|([^}]+)\}\}", lambda m: (
        '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;'
        '<i><a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed">'
        '<span title="This claim needs references to reliable sources. (%s)">citation&#160;needed'
        '</span></a></i>&#93;</sup>' % m.group(1)), text)
    return text


def infobox(meta, rows, refs):
    out = ['<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">'
           '%s</th></tr>' % meta["title"]]
    for r in rows:
        if r[0] == "image":
            _, fn, w, h, cap = r
            f = fn.replace(" ", "_")
            src = "//upload.wikimedia.org/wikipedia/commons/thumb/5/55/%s/%spx-%s.png" % (f, w, f)
            out.append(
                '<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" '
                'typeof="mw:File"><a href="/wiki/File:%s" class="mw-file-description"><noscript>'
                '<img src="%s" decoding="async" width="%s" height="%s" class="mw-file-element" '
                'data-file-width="%s" data-file-height="%s"></noscript><span class="lazy-image-'
                'placeholder" style="width: %spx;height: %spx;" data-mw-src="%s" data-width="%s" '
                'data-height="%s" data-mw-srcset="%s 1.5x, %s 2x" data-class="mw-file-element">'
                '&nbsp;</span></a></span><div class="infobox-caption">%s</div></td></tr>'
                % (f, src, w, h, w, h, w, h, src, w, h, src.replace("%spx" % w, "150px"),
                   src.replace("%spx" % w, "200px"), cap))
            out.append('<tr><th colspan="2" class="infobox-header" style="background:#bfd0ff">'
                       'Agency overview</th></tr>')
        else:
            _, lab, val = r
            cls = ' class="infobox-data"'
            if lab == "Headquarters":
                cls = ' class="infobox-data label"'
            if lab == "Website":
                cls = ' class="infobox-data"'
                val = '<span class="url">%s</span>' % val
            out.append('<tr><th scope="row" class="infobox-label">%s</th><td%s>%s</td></tr>'
                       % (lab, cls, inline(val, refs)))
    out.append('</tbody></table>')
    return "".join(out)


def edit_button(title_enc, n, head):
    return ('<span class="mw-editsection">\n<a role="button" href="/w/index.php?title=%s&amp;action='
            'edit&amp;section=%d" title="Edit section: %s" class="cdx-button cdx-button--size-large '
            'cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only '
            'cdx-button--weight-quiet ">\n    <span class="minerva-icon minerva-icon--edit"></span>\n'
            '<span>edit</span>\n</a>\n\n</span>\n\n' % (title_enc, n, html.escape(head, quote=True)))


def anchor(head):
    return head.replace(" ", "_")


def body_html(meta, ibox, body, refs):
    title_enc = wiki_href(meta["title"])
    out = []
    para = []
    listitems = []
    table = None
    secno = 0
    editno = 0
    lead_done = False
    lead_pars = 0

    def flush():
        nonlocal para, listitems, lead_pars
        if para:
            text = " ".join(para)
            out.append("<p>%s\n</p>" % inline(text, refs))
            if secno == 0:
                lead_pars += 1
                if lead_pars == 1:
                    out.append(infobox(meta, ibox, refs))
            para = []
        if listitems:
            out.append("<ul>" + "".join("<li>%s</li>" % inline(t, refs) for t in listitems)
                       + "</ul>")
            listitems = []

    out.append('<section class="mf-section-0" id="mf-section-0"><div class="shortdescription '
               'nomobile noexcerpt noprint searchaux" style="display:none">%s</div>\n'
               % meta["shortdesc"])
    out.append('<div role="note" class="hatnote navigation-not-searchable">%s</div>\n'
               % inline(meta["hatnote"], refs))
    for line in body:
        if table is not None:
            if line.startswith("|}"):
                rows = []
                for kind, cells in table["rows"]:
                    tag = "th" if kind == "!" else "td"
                    rows.append("<tr>\n" + "\n".join("<%s>%s\n</%s>" % (tag, inline(c, refs), tag)
                                                     for c in cells) + "</tr>")
                out.append('<table class="wikitable">\n<caption>%s\n</caption>\n<tbody>%s</tbody>'
                           '</table>' % (inline(table["caption"], refs), "\n".join(rows)))
                table = None
            elif line.startswith("!"):
                table["rows"].append(("!", [c.strip() for c in line[1:].split("!!")]))
            elif line.startswith("|"):
                table["rows"].append(("|", [c.strip() for c in line[1:].split("||")]))
            continue
        if not line.strip():
            flush()
            continue
        m2 = re.match(r"^(={2,3}) (.+?) \1$", line)
        if m2:
            flush()
            level, head = len(m2.group(1)), m2.group(2)
            editno += 1
            if level == 2:
                if secno == 0:
                    out.append('<meta property="mw:PageProp/toc" />\n')
                secno += 1
                out.append('</section><div class="mw-heading mw-heading2 section-heading" '
                           'onclick="mfTempOpenSection(%d)"><span class="indicator mf-icon '
                           'mf-icon-expand mf-icon--small"></span><h2 id="%s">%s</h2>%s</div>'
                           '<section class="mf-section-%d collapsible-block" id="mf-section-%d">\n'
                           % (secno, anchor(head), head, edit_button(title_enc, editno, head),
                              secno, secno))
                if head == "References":
                    out.append(references(refs, meta))
            else:
                out.append('<div class="mw-heading mw-heading3"><h3 id="%s">%s</h3>%s</div>\n'
                           % (anchor(head), head, edit_button(title_enc, editno, head)))
            continue
        if line.startswith("{| "):
            flush()
            table = {"caption": line[3:], "rows": []}
            continue
        if line.startswith("* "):
            listitems.append(line[2:])
            continue
        para.append(line)
    flush()
    out.append("</section>")
    return "".join(out)


def coins(r, page_title):
    q = [("ctx_ver", "Z39.88-2004")]
    if r["kind"] == "news":
        q += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article"),
              ("rft.jtitle", r["work"]), ("rft.atitle", r["title"])]
    else:
        q += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "unknown"),
              ("rft.btitle", r["title"]), ("rft.pub", r["work"])]
    if r["date"]:
        q.append(("rft.date", r["date"]))
    q += [("rft_id", r["url"]), ("rfr_id", "info:sid/en.wikipedia.org:" + page_title)]
    s = "&".join("%s=%s" % (k, urllib.parse.quote_plus(v)) for k, v in q)
    return '<span title="%s" class="Z3988"></span>' % html.escape(s, quote=True)


def cite(r, page_title):
    url = html.escape(r["url"], quote=True)
    title = r["title"]
    if r["kind"] == "court":
        case, _, cit = title.partition(", ")
        s = ('<cite class="citation court cs1"><i><a rel="nofollow" class="external text" '
             'href="%s">%s</a></i>, %s (%s %s).</cite>' % (url, case, cit, r["work"], r["date"]))
        return s
    cls = {"web": "web", "pdf": "web", "news": "news"}[r["kind"]]
    s = ('<cite class="citation %s cs1"><a rel="nofollow" class="external text" href="%s">'
         '"%s"</a>' % (cls, url, title))
    if r["kind"] == "pdf":
        s += ' <span class="cs1-format">(PDF)</span>'
    s += ". <i>%s</i>." % r["work"]
    if r["date"]:
        s += " %s." % r["date"]
    if r["accessed"]:
        s += ' Retrieved <span class="nowrap">%s</span>.' % r["accessed"]
    s += "</cite>"
    return s


def references(refs, meta):
    # Filled in after the body is built (marks decide the numbering); placeholder here.
    return "@@REFERENCES@@"


def reflist(refs, meta):
    items = []
    for i, name in enumerate(refs.order, 1):
        r = refs.defs[name]
        uses = refs.uses[name]
        if uses == 1:
            back = ('<span class="mw-cite-backlink"><b><a href="#cite_ref-%s_%d-0">^</a></b></span>'
                    % (name, i))
        else:
            letters = "abcdefgh"
            back = '<span class="mw-cite-backlink">^ ' + " ".join(
                '<a href="#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>'
                % (name, i, k, letters[k]) for k in range(uses)) + "</span>"
        items.append('<li id="cite_note-%s-%d">%s <span class="reference-text">%s%s</span>\n</li>'
                     % (name, i, back, cite(r, meta["title"]), coins(r, meta["title"])))
    return ('<div class="reflist">\n<div class="mw-references-wrap mw-references-columns">'
            '<ol class="references">\n%s\n</ol></div></div>\n' % "\n".join(items))


HEAD = """<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{title} - Wikipedia</title>
<script>(function(){{var className="client-js skin-theme-clientpref-day mf-expand-sections-clientpref-0 mf-font-size-clientpref-small mw-mf-amc-clientpref-0";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"7e2d8f1c-4b0a-4f6e-9a31-2c5d0b8e6f14","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{page}","wgTitle":"{title}","wgCurRevisionId":{oldid},"wgRevisionId":{oldid},"wgArticleId":38127594,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Articles with short description","Short description is different from Wikidata","Use Indian English from March 2025","All articles with unsourced statements","Articles with unsourced statements from August 2025","Articles with unsourced statements from March 2025","Articles with unsourced statements from October 2025","Articles with unsourced statements from June 2025","Government agencies of India","Water resource management in India","Groundwater","Faridabad","1970 establishments in India"],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"{page}","wgRelevantArticleId":38127594,"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"wikipedia","wgFlaggedRevsParams":{{"tags":{{"status":{{"levels":1}}}}}},"wgMFMode":"stable","wgMFAmc":false,"wgMFAmcOutreachActive":false,"wgMFAmcOutreachUserEligible":false,"wgMFLazyLoadImages":true,"wgMFEditNoticesFeatureConflict":false,"wgMFDisplayWikibaseDescriptions":{{"search":true,"watchlist":true,"tagline":true,"nearby":true}},"wgMFIsSupportedEditRequest":true,"wgMFScriptPath":"","wgWMESchemaEditAttemptStepOversample":false,"wgWMEPageLength":20000,"wgMinervaPermissions":{{"watchable":true,"watch":false}},"wgMinervaFeatures":{{"beta":false,"donate":true,"mobileOptionsLink":true,"categories":false,"pageIssues":true,"talkAtTop":true,"historyInPageActions":false,"overflowSubmenu":false,"tabsOnSpecials":true,"personalMenu":false,"mainMenuExpanded":false,"nightMode":true}},"wgMinervaDownloadNamespaces":[0],"wgWikibaseItemId":"Q5061698"}};
RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.minerva.base.styles":"ready","skins.minerva.content.styles.images":"ready","mediawiki.hlist":"ready","skins.minerva.codex.styles":"ready","skins.minerva.icons.wikimedia":"ready","skins.minerva.mainMenu.icons":"ready","skins.minerva.mainMenu.styles":"ready","ext.wikimediamessages.styles":"ready","mobile.init.styles":"ready","ext.relatedArticles.styles":"ready","ext.wikimediaBadges":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.minerva.scripts","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mobile.init","ext.relatedArticles.readMore.bootstrap","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.cx.eventlogging.campaigns","ext.cx.entrypoints.mffrequentlanguages","ext.cx.entrypoints.languagesearcher.init","mw.externalguidance.init","ext.checkUser.clientHints","ext.quicksurveys.init"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.relatedArticles.styles%7Cext.wikimediaBadges%7Cext.wikimediamessages.styles%7Cmediawiki.hlist%7Cmobile.init.styles%7Cskins.minerva.base.styles%7Cskins.minerva.codex.styles%7Cskins.minerva.content.styles.images%7Cskins.minerva.icons.wikimedia%7Cskins.minerva.mainMenu.icons%2Cstyles&amp;only=styles&amp;skin=minerva">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=minerva"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=minerva">
<meta name="generator" content="MediaWiki 1.46.0-wmf.7">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="theme-color" content="#eaecf0">
<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/5/55/Emblem_of_India.svg/1200px-Emblem_of_India.svg.png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="1920">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:title" content="{title} - Wikipedia">
<meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org">
<link rel="manifest" href="/w/api.php?action=webapp-manifest">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title={page}&amp;action=edit">
<link rel="apple-touch-icon" href="/static/apple-touch/wikipedia.png">
<link rel="icon" href="/static/favicon/wikipedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Wikipedia (en)">
<link rel="EditURI" type="application/rsd+xml" href="//en.wikipedia.org/w/api.php?action=rsd">
<link rel="canonical" href="https://en.wikipedia.org/wiki/{page}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="dns-prefetch" href="//meta.wikimedia.org" />
<link rel="dns-prefetch" href="auth.wikimedia.org">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{page} rootpage-{page} stable issues-group-B skin-minerva action-view skin--responsive mw-mf-amc-disabled mw-mf"><div id="mw-mf-viewport">
	<div id="mw-mf-page-center">
		<a class="mw-mf-page-center__mask" href="#"></a>
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
			<a class="toggle-list-item__anchor menu__item--home" href="/wiki/Main_Page" data-mw="interface">
				<span class="minerva-icon minerva-icon--home"></span>

				<span class="toggle-list-item__label">Home</span>
			</a>
		</li>
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--random" href="/wiki/Special:Random" data-mw="interface">
				<span class="minerva-icon minerva-icon--die"></span>

				<span class="toggle-list-item__label">Random</span>
			</a>
		</li>
		<li class="toggle-list-item skin-minerva-list-item-jsonly">
			<a class="toggle-list-item__anchor menu__item--nearby" href="/wiki/Special:Nearby" data-event-name="menu.nearby" data-mw="interface">
				<span class="minerva-icon minerva-icon--mapPin"></span>

				<span class="toggle-list-item__label">Nearby</span>
			</a>
		</li>
	</ul>
	<ul id="p-personal" class="toggle-list__list">
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--login" href="/w/index.php?title=Special:UserLogin&amp;returnto={returnto}" data-event-name="menu.login" data-mw="interface">
				<span class="minerva-icon minerva-icon--logIn"></span>

				<span class="toggle-list-item__label">Log in</span>
			</a>
		</li>
	</ul>
	<ul id="pt-preferences" class="toggle-list__list">
		<li class="toggle-list-item skin-minerva-list-item-jsonly">
			<a class="toggle-list-item__anchor menu__item--settings" href="/w/index.php?title=Special:MobileOptions&amp;returnto={returnto}" data-event-name="menu.settings" data-mw="interface">
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
			<a class="toggle-list-item__anchor menu__item--about" href="/wiki/Wikipedia:About" data-mw="interface">
				<span class="toggle-list-item__label">About Wikipedia</span>
			</a>
		</li>
		<li class="toggle-list-item ">
			<a class="toggle-list-item__anchor menu__item--disclaimers" href="/wiki/Wikipedia:General_disclaimer" data-mw="interface">
				<span class="toggle-list-item__label">Disclaimers</span>
			</a>
		</li>
	</ul>
</div>

					<label class="main-menu-mask" for="main-menu-input"></label>
				</nav>
				<div class="branding-box">
					<a href="/wiki/Main_Page">
						<span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18" style="width: 7.5em; height: 1.125em;"/>
</span>

					</a>
				</div>
					<form action="/w/index.php" method="get" class="minerva-search-form">
				<div class="search-box">
					<input type="hidden" name="title" value="Special:Search"/>
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
			<a role="button" href="#p-lang" data-mw="interface" data-event-name="menu.languages" title="Language" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet language-selector">
				<span class="minerva-icon minerva-icon--language"></span>
				<span>Language</span>
			</a>
		</li>
		<li id="page-actions-watch" class="page-actions-menu__list-item">
			<a role="button" id="ca-watch" href="/w/index.php?title=Special:UserLogin&amp;returnto={returnto}" data-event-name="menu.watch" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-watch">
				<span class="minerva-icon minerva-icon--star"></span>
				<span>Watch</span>
			</a>
		</li>
		<li id="page-actions-edit" class="page-actions-menu__list-item">
			<a role="button" id="ca-edit" href="/w/index.php?title={page}&amp;action=edit" data-event-name="menu.edit" data-mw="interface" class="edit-page cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--icon-only cdx-button--weight-quiet menu__item--page-actions-edit">
				<span class="minerva-icon minerva-icon--edit"></span>
				<span>Edit</span>
			</a>
		</li>
	</ul>
</nav>
<!-- version 1.0.2 (change every time you update a partial) -->
				<div id="mw-content-subtitle"></div>
			</div>
			<div id="bodyContent" class="content">
				<div id="mw-content-text" class="mw-body-content"><script>function mfTempOpenSection(id){{var block=document.getElementById("mf-section-"+id);block.className+=" open-block";block.previousSibling.className+=" open-block";}}</script><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">"""

TAIL = """
<!-- 
NewPP limit report
Parsed by mw-api-int.codfw.main-5c8d7b9f6d-q2xkz
Cached time: 20251231184311
Cache expiry: 2592000
Reduced expiry: false
Complications: [vary&#8208;revision&#8208;sha1, show&#8208;toc]
CPU time usage: 0.412 seconds
Real time usage: 0.538 seconds
Preprocessor visited node count: 2871/1000000
Revision size: 14872/2097152 bytes
Post&#8208;expand include size: 61218/2097152 bytes
Template argument size: 3904/2097152 bytes
Highest expansion depth: 13/100
Expensive parser function count: 9/500
Unstrip recursion depth: 1/20
Unstrip post&#8208;expand size: 52774/5000000 bytes
Lua time usage: 0.241/10.000 seconds
Lua memory usage: 6239845/52428800 bytes
Number of Wikibase entities loaded: 1/500
-->
<!--
Transclusion expansion time report (%,ms,calls,template)
100.00%  471.052      1 -total
 41.37%  194.882      1 Template:Reflist
 30.02%  141.401     10 Template:Cite_web
 19.66%   92.611      1 Template:Infobox_government_agency
 15.20%   71.602      1 Template:Short_description
 11.73%   55.253      7 Template:Citation_needed
  8.91%   41.989      7 Template:Fix
  6.30%   29.684      1 Template:Use_Indian_English
  5.12%   24.118      3 Template:Cite_news
  3.44%   16.208      1 Template:Distinguish
-->

<!-- Saved in parser cache with key enwiki:pcache:38127594:|#|:idhash:canonical and timestamp 20251231184311 and revision id {oldid}. Rendering was triggered because: page-view
 -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title={page}&amp;oldid={oldid}">https://en.wikipedia.org/w/index.php?title={page}&amp;oldid={oldid}</a>"</div></div>
				
			</div>
			<div class="post-content" id="page-secondary-actions">
			</div>
		</main>
		<footer class="mw-footer minerva-footer" role="contentinfo">
		  <a class="last-modified-bar" href="/w/index.php?title={page}&amp;action=history">
	<div class="post-content last-modified-bar__content">
		<span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span>

		<span class="last-modified-bar__text modified-enhancement"
				data-user-name="{lastuser}"
				data-user-gender="unknown"
				data-timestamp="{revts}">
				<span>Last edited on {lastedit_short}</span>
		</span>
		<span class="minerva-icon minerva-icon-size-small minerva-icon--expand"></span>

	</div>
</a>

		<div class="post-content footer-content">
			<div id='mw-data-after-content'>
	<div class="read-more-container"></div>
</div>

			<div id="p-lang">
	    <h4>Languages</h4>
	    <section>
	        <ul id="p-variants" class="minerva-languages"></ul>
	        <ul class="minerva-languages"><li class="interlanguage-link interwiki-hi mw-list-item"><a href="https://hi.m.wikipedia.org/wiki/%E0%A4%95%E0%A5%87%E0%A4%82%E0%A4%A6%E0%A5%8D%E0%A4%B0%E0%A5%80%E0%A4%AF_%E0%A4%AD%E0%A5%82%E0%A4%9C%E0%A4%B2_%E0%A4%AC%E0%A5%8B%E0%A4%B0%E0%A5%8D%E0%A4%A1" title="केंद्रीय भूजल बोर्ड – Hindi" lang="hi" hreflang="hi" data-title="केंद्रीय भूजल बोर्ड" data-language-autonym="हिन्दी" data-language-local-name="Hindi" class="interlanguage-link-target"><span>हिन्दी</span></a></li><li class="interlanguage-link interwiki-ml mw-list-item"><a href="https://ml.m.wikipedia.org/wiki/%E0%B4%95%E0%B5%87%E0%B4%A8%E0%B5%8D%E0%B4%A6%E0%B5%8D%E0%B4%B0%E0%B5%80%E0%B4%AF_%E0%B4%AD%E0%B5%82%E0%B4%97%E0%B5%BC%E0%B4%AD%E0%B4%9C%E0%B4%B2_%E0%B4%AC%E0%B5%8B%E0%B5%BC%E0%B4%A1%E0%B5%8D" title="കേന്ദ്രീയ ഭൂഗർഭജല ബോർഡ് – Malayalam" lang="ml" hreflang="ml" data-title="കേന്ദ്രീയ ഭൂഗർഭജല ബോർഡ്" data-language-autonym="മലയാളം" data-language-local-name="Malayalam" class="interlanguage-link-target"><span>മലയാളം</span></a></li></ul>
	    </section>
	</div>
<div class="minerva-footer-logo"><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" alt="Wikipedia" width="120" height="18" style="width: 7.5em; height: 1.125em;"/>
</div>

			<ul id="footer-info" class="footer-info hlist hlist-separated">
	<li id="footer-info-lastmod"> This page was last edited on {lastedit}<span class="anonymous-show">&#160;(UTC)</span>.</li>
	<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">CC BY-SA 4.0</a> unless otherwise noted.</li>
</ul>

			<ul id="footer-places" class="footer-places hlist hlist-separated">
	<li id="footer-places-privacy"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="/wiki/Special:MyLanguage/Project:About">About Wikipedia</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Special:MyLanguage/Project:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-contact"><a href="//en.m.wikipedia.org/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org">Developers</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikipedia.org">Statistics</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>
	<li id="footer-places-terms-use"><a href="https://foundation.m.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a></li>
	<li id="footer-places-desktop-toggle"><a id="mw-mf-display-toggle" href="//en.wikipedia.org/w/index.php?title={page}&amp;mobileaction=toggle_view_desktop" data-event-name="switch_to_desktop">Desktop</a></li>
</ul>

		</div>
	</footer>

	</div>
</div>
<!-- v:8.3.1 -->
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.codfw.main-7d9c5b6f4-h8vnm","wgBackendResponseTime":162,"wgPageParseReport":{{"limitreport":{{"cputime":"0.412","walltime":"0.538","ppvisitednodes":{{"value":2871,"limit":1000000}},"revisionsize":{{"value":14872,"limit":2097152}},"postexpandincludesize":{{"value":61218,"limit":2097152}},"templateargumentsize":{{"value":3904,"limit":2097152}},"expansiondepth":{{"value":13,"limit":100}},"expensivefunctioncount":{{"value":9,"limit":500}},"unstrip-depth":{{"value":1,"limit":20}},"unstrip-size":{{"value":52774,"limit":5000000}},"entityaccesscount":{{"value":1,"limit":500}},"timingprofile":["100.00%  471.052      1 -total"," 41.37%  194.882      1 Template:Reflist"," 30.02%  141.401     10 Template:Cite_web"]}},"scribunto":{{"limitreport-timeusage":{{"value":"0.241","limit":"10.000"}},"limitreport-memusage":{{"value":6239845,"limit":52428800}}}},"cachereport":{{"origin":"mw-api-int.codfw.main-5c8d7b9f6d-q2xkz","timestamp":"20251231184311","ttl":2592000,"transientcontent":false}}}}}});}});</script>
<script type="application/ld+json">{{"@context":"https:\\/\\/schema.org","@type":"Article","name":"{title}","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/{page}","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q5061698","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q5061698","author":{{"@type":"Organization","name":"Contributors to Wikimedia projects"}},"publisher":{{"@type":"Organization","name":"Wikimedia Foundation, Inc.","logo":{{"@type":"ImageObject","url":"https:\\/\\/www.wikimedia.org\\/static\\/images\\/wmf-hor-googpub.png"}}}},"datePublished":"2013-01-07T09:21:44Z","dateModified":"2025-12-31T18:42:00Z","image":"https:\\/\\/upload.wikimedia.org\\/wikipedia\\/commons\\/5\\/55\\/Emblem_of_India.svg","headline":"apex groundwater agency of the Government of India"}}</script>
</body>
</html>
"""


def main():
    meta, ibox, body, defs = parse()
    refs = Refs(defs)
    content = body_html(meta, ibox, body, refs)
    content = content.replace("@@REFERENCES@@", reflist(refs, meta))
    page = wiki_href(meta["title"])
    fields = dict(title=meta["title"], page=page, oldid=meta["oldid"],
                  shortdesc=meta["shortdesc"], returnto=meta["title"].replace(" ", "+"),
                  lastedit=meta["lastedit"], lastedit_short=meta["lastedit"].split(",")[0],
                  lastuser=meta["lastuser"], revts=meta["revid-ts"])
    data = HEAD.format(**fields) + content + TAIL.format(**fields)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
