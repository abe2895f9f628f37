#!/usr/bin/python3
"""Re-make docs/sufism-in-india-wikibooks-print.html from tools/sufism-in-india-wikibooks-print.txt.

The output is the print version of a Wikibooks book ("Sufism in India/Print version") as Chrome's
"Save as > Webpage, Complete" writes it: a "saved from url" comment, the Vector 2022 skin's page
chrome (jump link, main menu, logo, search, personal tools; no sidebar table of contents, as the
print version carries __NOTOC__), the page title with its "< Sufism in India" subpage link, the Book / Discussion / Read / Edit / Edit source / View history tabs, the Tools and
Appearance menus), then the parser output: the print-version cover text and notice, each chapter's
"= Title =" heading (edit link to section=N of the print version) followed by the transcluded
subpage, whose "==" / "===" headings carry edit links to the subpage (section=T-N), paragraphs,
lists, a wikitable, <ref> citations as superscript links and a references list per chapter
("↑" backlinks, numbering running on through the page), the license line and a navbox; then
"Retrieved from", the category box, the footer (last edited, licence, footer links) and the
sticky header and RLQ config scripts. Resource links point into the "..._files" folder Chrome
makes (not part of the set). Deterministic: the ids, revision and dates are fixed.
Source marks: "@@chapter <subpage>" starts a chapter; "= X =" is the print version's own chapter
heading; "==", "===" headings, "* " / "# " lists, {| |} tables, '''bold''', ''italic'',
[[w:Target|text]] and <ref>...</ref> are wikitext.
Usage: make_wikibooks.py [output path]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sufism-in-india-wikibooks-print.txt")
OUT = os.path.join(HERE, "..", "docs", "sufism-in-india-wikibooks-print.html")
URL = "https://en.wikibooks.org/wiki/Sufism_in_India/Print_version"
WB = "https://en.wikibooks.org"
FILES = "./Sufism in India_Print version - Wikibooks, open books for an open world_files"
OLDID = 4519836
BOOK = "Sufism in India"


def anchor(text, used):
    a = re.sub(r"\s+", "_", text.strip())
    a = a.replace('"', "&quot;")
    base, n = a, 1
    while a in used:
        n += 1
        a = "%s_%d" % (base, n)
    used.add(a)
    return a


def title_url(t):
    return t.replace(" ", "_")


class Page:
    def __init__(self):
        self.refs = []        # (number, text) for the whole page
        self.pending = []     # refs waiting for the next <references/>
        self.used = set()
        self.page_section = 0

    def inline(self, s):
        def ref(m):
            n = len(self.refs) + 1
            self.refs.append((n, m.group(1)))
            self.pending.append((n, m.group(1)))
            return "\x00REF%d\x00" % n
        s = re.sub(r"<ref>(.*?)</ref>", ref, s)
        s = html.escape(s, quote=False)
        s = re.sub(r"'''(.+?)'''", r"<b>\1</b>", s)
        s = re.sub(r"''(.+?)''", r"<i>\1</i>", s)

        def link(m):
            target, text = m.group(1), m.group(2)
            page = target[2:]
            return ('<a href="https://en.wikipedia.org/wiki/%s" class="extiw" title="%s">%s</a>'
                    % (title_url(page), html.escape(target), text))
        s = re.sub(r"\[\[(w:[^|\]]+)\|([^\]]+)\]\]", link, s)
        s = re.sub("\x00REF(\\d+)\x00", lambda m: (
            '<sup id="cite_ref-%s" class="reference"><a href="#cite_note-%s"><span class="cite-bracket">'
            '[</span>%s<span class="cite-bracket">]</span></a></sup>' % (m.group(1), m.group(1), m.group(1))), s)
        return s

    def references(self):
        items = []
        for n, text in self.pending:
            items.append('<li id="cite_note-%d"><span class="mw-cite-backlink"><a href="#cite_ref-%d">↑</a></span>'
                         ' <span class="reference-text">%s</span>\n</li>' % (n, n, self.inline_noref(text)))
        self.pending = []
        return ('<div class="mw-references-wrap"><ol class="references">\n' + "\n".join(items)
                + "</ol></div>\n")

    def inline_noref(self, s):
        s = html.escape(s, quote=False)
        s = re.sub(r"'''(.+?)'''", r"<b>\1</b>", s)
        return re.sub(r"''(.+?)''", r"<i>\1</i>", s)

    def heading(self, level, text, chapter, tnum):
        a = anchor(text, self.used)
        if level == 1:
            self.page_section += 1
            target, sec = "Sufism_in_India/Print_version", str(self.page_section)
        else:
            target, sec = title_url(chapter), "T-%d" % tnum
        edit = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                '<a href="%s/w/index.php?title=%s&amp;veaction=edit&amp;section=%s" class="mw-editsection-visualeditor" '
                'title="Edit section: %s"><span>edit</span></a><span class="mw-editsection-divider"> | </span>'
                '<a href="%s/w/index.php?title=%s&amp;action=edit&amp;section=%s" title="Edit section: %s">'
                '<span>edit source</span></a><span class="mw-editsection-bracket">]</span></span>'
                % (WB, target, sec, html.escape(text), WB, target, sec, html.escape(text)))
        return ('<div class="mw-heading mw-heading%d"><h%d id="%s">%s</h%d>%s</div>\n'
                % (level, level, a, html.escape(text, quote=False), level, edit))

    def body(self, src):
        out = []
        chapter, tnum = None, 0
        lines = src.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("@@chapter "):
                chapter, tnum = line.split(" ", 1)[1], 0
                i += 1
                continue
            m = re.match(r"^(=+) (.*?) (=+)$", line)
            if m:
                level = len(m.group(1))
                if level > 1:
                    tnum += 1
                out.append(self.heading(level, m.group(2), chapter, tnum))
                i += 1
                continue
            if line.strip() == "<references/>":
                out.append(self.references())
                i += 1
                continue
            if line.startswith("* ") or line.startswith("# "):
                tag = "ul" if line[0] == "*" else "ol"
                items = []
                while i < len(lines) and lines[i][:2] == line[:2]:
                    items.append("<li>%s</li>" % self.inline(lines[i][2:]))
                    i += 1
                out.append("<%s>%s</%s>\n" % (tag, "\n".join(items), tag))
                continue
            if line.startswith("{|"):
                rows, cur = [], None
                i += 1
                while not lines[i].startswith("|}"):
                    l = lines[i]
                    if l.startswith("!"):
                        cur = [("th", c.strip()) for c in l[1:].split("!!")]
                        rows.append(cur)
                    elif l.startswith("|-"):
                        cur = None
                    elif l.startswith("|"):
                        rows.append([("td", c.strip()) for c in l[1:].split("||")])
                    i += 1
                i += 1
                trs = []
                for r in rows:
                    trs.append("<tr>\n" + "\n".join("<%s>%s\n</%s>" % (t, self.inline(c), t) for t, c in r) + "</tr>")
                out.append('<table class="wikitable">\n<tbody>' + "\n".join(trs) + "</tbody></table>\n")
                continue
            if line.strip():
                para = [line]
                i += 1
                out.append("<p>%s\n</p>\n" % self.inline(" ".join(para)))
                continue
            i += 1
        return "".join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=(%(urllen)04d)%(url)s -->
<html class="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-not-available" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<title>Sufism in India/Print version - Wikibooks, open books for an open world</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-not-available";var cookie=document.cookie.match(/(?:^|; )enwikibooksmwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%%2C').forEach(function(pref){className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"7c1f4e0a-3b9d-4f6e-9a51-2d8e0c6b7f13","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"Sufism_in_India/Print_version","wgTitle":"Sufism in India/Print version","wgCurRevisionId":%(oldid)d,"wgRevisionId":%(oldid)d,"wgArticleId":461207,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Book:Sufism in India"],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"Sufism_in_India/Print_version","wgRelevantArticleId":461207,"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgVisualEditor":{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"},"wgMFDisplayWikibaseDescriptions":{"search":false,"watchlist":false,"tagline":false},"wgEditSubmitButtonLabelPublish":true,"wgULSPosition":"interlanguage","wgULSisCompactLinksEnabled":false,"wgVector2022LanguageInHeader":true,"wgULSisLanguageSelectorEmpty":true,"wgCheckUserClientHintsHeadersJsApi":["brands","architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"]};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.PrintOptions","ext.urlShortener.toolbar","ext.centralauth.centralautologin","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","wikibase.client.vector-2022","ext.checkUser.clientHints"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"});
}];});});</script>
<link rel="stylesheet" href="%(files)s/load.php">
<script async="" src="%(files)s/load(1).php"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="%(files)s/load(2).php">
<meta name="generator" content="MediaWiki 1.46.0-wmf.4">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="Sufism in India/Print version - Wikibooks, open books for an open world">
<meta property="og:type" content="website">
<link rel="preconnect" href="https://upload.wikimedia.org/">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://en.m.wikibooks.org/wiki/Sufism_in_India/Print_version">
<link rel="alternate" type="application/x-wiki" title="Edit" href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=edit">
<link rel="apple-touch-icon" href="https://en.wikibooks.org/static/apple-touch/wikibooks.png">
<link rel="icon" href="https://en.wikibooks.org/static/favicon/wikibooks.ico">
<link rel="search" type="application/opensearchdescription+xml" href="https://en.wikibooks.org/w/rest.php/v1/search" title="Wikibooks (en)">
<link rel="EditURI" type="application/rsd+xml" href="https://en.wikibooks.org/w/api.php?action=rsd">
<link rel="canonical" href="%(url)s">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="alternate" type="application/atom+xml" title="Wikibooks Atom feed" href="https://en.wikibooks.org/w/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="dns-prefetch" href="https://meta.wikimedia.org/">
<link rel="dns-prefetch" href="https://login.wikimedia.org/">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Sufism_in_India_Print_version rootpage-Sufism_in_India skin-vector-2022 action-view"><a class="mw-jump-link" href="%(url)s#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header no-font-mode-scale">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox " aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
	</label>
	<div class="vector-dropdown-content">
<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
	<div class="vector-pinnable-header-label">Main menu</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button>
</div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
	<div class="vector-menu-heading">Navigation</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="n-mainpage-description" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Main_Page" title="Visit the main page [alt-shift-z]" accesskey="z"><span>Main Page</span></a></li><li id="n-help" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Help:Contents" title="Find help on how to use and edit Wikibooks"><span>Help</span></a></li><li id="n-Browse" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Card_Catalog_Office"><span>Browse</span></a></li><li id="n-Cookbook" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Cookbook:Table_of_Contents"><span>Cookbook</span></a></li><li id="n-Wikijunior" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikijunior"><span>Wikijunior</span></a></li><li id="n-Featured-books" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Featured_books"><span>Featured books</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Special:RecentChanges" title="A list of recent changes in the wiki [alt-shift-r]" accesskey="r"><span>Recent changes</span></a></li><li id="n-randompage" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Special:RandomInCategory/Book:Wikibooks_Stacks/Books" title="Load a random page [alt-shift-x]" accesskey="x"><span>Random book</span></a></li><li id="n-Using-Wikibooks" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Using_Wikibooks"><span>Using Wikibooks</span></a></li>
		</ul>
	</div>
</div>
<div id="p-community" class="vector-menu mw-portlet mw-portlet-community">
	<div class="vector-menu-heading">Community</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="n-Reading-room-forum" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Reading_room"><span>Reading room forum</span></a></li><li id="n-portal" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Community_Portal" title="Find your way around the Wikibooks community"><span>Community portal</span></a></li><li id="n-Bulletin-Board" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Reading_room/Bulletin_Board"><span>Bulletin Board</span></a></li><li id="n-maintenance" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Maintenance"><span>Help out!</span></a></li><li id="n-Policies-and-guidelines" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Policies_and_guidelines"><span>Policies and guidelines</span></a></li><li id="n-contact" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Wikibooks:Contact_us" title="How to get in touch"><span>Contact us</span></a></li>
		</ul>
	</div>
</div>
</div>
</div>
	</div>
</div>
		</nav>
<a href="https://en.wikibooks.org/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="%(files)s/wikibooks.svg" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container skin-invert">
		<strong class="mw-logo-wordmark">Wikibooks</strong>
		<span class="mw-logo-tagline">The Free Textbook Project</span>
	</span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="https://en.wikibooks.org/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikibooks [alt-shift-f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>
<span>Search</span>
	</a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="https://en.wikibooks.org/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input mw-searchInput" autocomplete="off" type="search" name="search" placeholder="Search Wikibooks" aria-label="Search Wikibooks" autocapitalize="sentences" spellcheck="false" title="Search Wikibooks [alt-shift-f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="Special:Search">
				</div>
				<button class="cdx-button cdx-search-input__end-button">Search</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools">
	<div class="vector-user-links-main">
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		</ul>
	</div>
</div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikibooks.org&amp;uselang=en" class=""><span>Donations</span></a>
</li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://en.wikibooks.org/w/index.php?title=Special:CreateAccount&amp;returnto=Sufism+in+India%%2FPrint+version" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://en.wikibooks.org/w/index.php?title=Special:UserLogin&amp;returnto=Sufism+in+India%%2FPrint+version" title="You are encouraged to log in; however, it is not mandatory. [alt-shift-o]" accesskey="o" class=""><span>Log in</span></a>
</li>
		</ul>
	</div>
</div>
	</div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and more options">
	<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox " aria-label="Personal tools">
	<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span>
<span class="vector-dropdown-label-text">Personal tools</span>
	</label>
</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><!-- CentralNotice --></div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container">
		<div id="mw-navigation">
			<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">
				<div id="vector-main-menu-pinned-container" class="vector-pinned-container">
				</div>
		</nav>
		</div>
	</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar no-font-mode-scale">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Sufism in India/Print version</span></h1>
							<div class="vector-dropdown mw-portlet mw-portlet-lang" id="p-lang-btn">
	<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="This article exists only in this language. Add the article for other languages">
	<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-0" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span>
<span class="vector-dropdown-label-text">Add languages</span>
	</label>
</div>
</header>
				<div class="vector-page-toolbar vector-feature-custom-font-size-clientpref--excluded">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="%(url)s" title="View the content page [alt-shift-c]" accesskey="c"><span>Book</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Talk:Sufism_in_India/Print_version&amp;action=edit&amp;redlink=1" rel="discussion" class="new" title="Discussion about the content page (page does not exist) [alt-shift-t]" accesskey="t"><span>Discussion</span></a></li>
		</ul>
	</div>
</div>
							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="%(url)s"><span>Read</span></a></li><li id="ca-ve-edit" class="vector-tab-noicon mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;veaction=edit" title="Edit this page [alt-shift-v]" accesskey="v"><span>Edit</span></a></li><li id="ca-edit" class="collapsible vector-tab-noicon mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=edit" title="Edit the source code of this page [alt-shift-e]" accesskey="e"><span>Edit source</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=history" title="Past revisions of this page [alt-shift-h]" accesskey="h"><span>View history</span></a></li>
		</ul>
	</div>
</div>
							</nav>
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox " aria-label="Tools">
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span>
	</label>
	<div class="vector-dropdown-content">
<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
	<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned" data-feature-name="page-tools-pinned" data-pinnable-element-id="vector-page-tools" data-pinned-container-id="vector-page-tools-pinned-container" data-unpinned-container-id="vector-page-tools-unpinned-container">
	<div class="vector-pinnable-header-label">Tools</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-page-tools.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-page-tools.unpin">hide</button>
</div>
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet vector-has-collapsible-items" title="More options">
	<div class="vector-menu-heading">Actions</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="%(url)s"><span>Read</span></a></li><li id="ca-more-ve-edit" class="vector-more-collapsible-item mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;veaction=edit" title="Edit this page [alt-shift-v]" accesskey="v"><span>Edit</span></a></li><li id="ca-more-edit" class="collapsible vector-more-collapsible-item mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=edit" title="Edit the source code of this page [alt-shift-e]" accesskey="e"><span>Edit source</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=history"><span>View history</span></a></li>
		</ul>
	</div>
</div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">
	<div class="vector-menu-heading">General</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="t-whatlinkshere" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Special:WhatLinksHere/Sufism_in_India/Print_version" title="A list of all wiki pages that link here [alt-shift-j]" accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="https://en.wikibooks.org/wiki/Special:RecentChangesLinked/Sufism_in_India/Print_version" rel="nofollow" title="Recent changes in pages linked from this page [alt-shift-k]" accesskey="k"><span>Related changes</span></a></li><li id="t-upload" class="mw-list-item"><a href="https://commons.wikimedia.org/wiki/Special:UploadWizard?uselang=en" title="Upload files [alt-shift-u]" accesskey="u"><span>Upload file</span></a></li><li id="t-permalink" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;oldid=%(oldid)d" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;action=info" title="More information about this page"><span>Page information</span></a></li><li id="t-cite" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Special:CiteThisPage&amp;page=Sufism_in_India%%2FPrint_version&amp;id=%(oldid)d&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite this page</span></a></li><li id="t-urlshortener" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Special:UrlShortener&amp;url=https%%3A%%2F%%2Fen.wikibooks.org%%2Fwiki%%2FSufism_in_India%%2FPrint_version"><span>Get shortened URL</span></a></li><li id="t-urlshortener-qrcode" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Special:QrCode&amp;url=https%%3A%%2F%%2Fen.wikibooks.org%%2Fwiki%%2FSufism_in_India%%2FPrint_version"><span>Download QR code</span></a></li>
		</ul>
	</div>
</div>
<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_export">
	<div class="vector-menu-heading">Print/export</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="coll-create_a_book" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Special:Book&amp;bookcmd=book_creator&amp;referer=Sufism+in+India%%2FPrint+version"><span>Create a collection</span></a></li><li id="coll-download-as-rl" class="mw-list-item"><a href="https://en.wikibooks.org/w/index.php?title=Special:DownloadAsPdf&amp;page=Sufism_in_India%%2FPrint_version&amp;action=show-download-screen"><span>Download as PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="javascript:print();" rel="alternate" title="Printable version of this page [alt-shift-p]" accesskey="p"><span>Printable version</span></a></li>
		</ul>
	</div>
</div>
</div>
</div>
	</div>
</div>
							</nav>
						</div>
					</div>
				</div>
				<div class="vector-column-end no-font-mode-scale">
					<div class="vector-sticky-pinned-container">
						<nav class="vector-page-tools-landmark" aria-label="Page tools">
							<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
							</div>
		</nav>
						<nav class="vector-appearance-landmark" aria-label="Appearance">
							<div id="vector-appearance-pinned-container" class="vector-pinned-container">
				<div id="vector-appearance" class="vector-appearance vector-pinnable-element">
	<div class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned" data-feature-name="appearance-pinned" data-pinnable-element-id="vector-appearance" data-pinned-container-id="vector-appearance-pinned-container" data-unpinned-container-id="vector-appearance-unpinned-container">
	<div class="vector-pinnable-header-label">Appearance</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-appearance.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-appearance.unpin">hide</button>
</div>
</div>
							</div>
		</nav>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container="">
					<div class="vector-body-before-content">
							<div class="mw-indicators">
		</div>
						<div id="siteSub" class="noprint">From Wikibooks, open books for an open world</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"><div class="subpages">&lt; <bdi dir="ltr"><a href="https://en.wikibooks.org/wiki/Sufism_in_India" title="Sufism in India">Sufism in India</a></bdi></div></div></div>
					
					
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="noprint" style="border:1px solid #aaa; background-color:#f9f9f9; padding:0.5em; margin-bottom:1em; text-align:center;"><b>This is the <a href="https://en.wikibooks.org/wiki/Help:Print_versions" title="Help:Print versions">print version</a> of <a href="https://en.wikibooks.org/wiki/Sufism_in_India" title="Sufism in India">Sufism in India</a></b><br>You won't see this message or any elements not part of the book's content when you print or <a class="external text" href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;printable=yes">preview</a> this page.</div>
<div style="text-align:center;"><p><span style="font-size:200%%;">Sufism in India</span>
</p><p>Silsilas, khanqahs, sama and the shrines of the Sufis in the Indian subcontinent
</p></div>
<p>The current, editable version of this book is available in Wikibooks, the open-content textbooks collection, at<br><a class="external free" href="https://en.wikibooks.org/wiki/Sufism_in_India">https://en.wikibooks.org/wiki/Sufism_in_India</a>
</p><p>Permission is granted to copy, distribute, and/or modify this document under the terms of the <a class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>.
</p>
"""

TAIL = """<table class="navbox" style="margin:1em auto 0; width:100%%; border:1px solid #aaa; background:#fdfdfd;">
<tbody><tr>
<th style="background:#ccf;">Sufism in India
</th></tr>
<tr>
<td style="text-align:center;"><a href="https://en.wikibooks.org/wiki/Sufism_in_India/The_Khanqah" title="Sufism in India/The Khanqah">The Khanqah</a> · <a href="https://en.wikibooks.org/wiki/Sufism_in_India/Sama_and_Qawwali" title="Sufism in India/Sama and Qawwali">Sama and Qawwali</a> · <a href="https://en.wikibooks.org/wiki/Sufism_in_India/Nizamuddin_Auliya_and_Amir_Khusrau" title="Sufism in India/Nizamuddin Auliya and Amir Khusrau">Nizamuddin Auliya and Amir Khusrau</a> · <a href="https://en.wikibooks.org/wiki/Sufism_in_India/Dargah_and_Urs" title="Sufism in India/Dargah and Urs">Dargah and Urs</a>
</td></tr>
<tr>
<td style="text-align:center; font-size:90%%;">See also: <a href="https://en.wikibooks.org/wiki/History_of_India" title="History of India">History of India</a> · <a href="https://en.wikibooks.org/wiki/Islam" title="Islam">Islam</a> · <a href="https://en.wikibooks.org/wiki/Subject:Religion" title="Subject:Religion">Subject:Religion</a>
</td></tr></tbody></table>
<!-- 
NewPP limit report
Parsed by mw-web.eqiad.main-6c9f7d8b5-x2q4k
Cached time: 20251213061455
Cache expiry: 2592000
Reduced expiry: false
Complications: []
CPU time usage: 0.118 seconds
Real time usage: 0.161 seconds
Preprocessor visited node count: 1212/1000000
Revision size: 414/2097152 bytes
Post‐expand include size: 24518/2097152 bytes
Template argument size: 1330/2097152 bytes
Highest expansion depth: 8/100
Expensive parser function count: 0/500
Unstrip recursion depth: 0/20
Unstrip post‐expand size: 9071/5000000 bytes
Number of Wikibase entities loaded: 0/400
-->
<!--
Transclusion expansion time report (%%,ms,calls,template)
100.00%%   82.407      1 -total
 31.72%%   26.140      1 Sufism_in_India/Dargah_and_Urs
 23.05%%   18.996      1 Sufism_in_India/The_Khanqah
 21.60%%   17.800      1 Sufism_in_India/Nizamuddin_Auliya_and_Amir_Khusrau
 17.13%%   14.116      1 Sufism_in_India/Sama_and_Qawwali
  6.50%%    5.356      1 Template:Print_version_notice
-->

<!-- Saved in parser cache with key enwikibooks:pcache:461207:|#|:idhash:canonical and timestamp 20251213061455 and revision id %(oldid)d. Rendering was triggered because: page-view
 -->
</div><noscript><img src="https://en.wikibooks.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;oldid=%(oldid)d">https://en.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;oldid=%(oldid)d</a>"</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="https://en.wikibooks.org/wiki/Special:Categories" title="Special:Categories">Category</a>: <ul><li><a href="https://en.wikibooks.org/wiki/Category:Book:Sufism_in_India" title="Category:Book:Sufism in India">Book:Sufism in India</a></li></ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
			
<footer id="footer" class="mw-footer">
	<ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on 9 December 2025, at 17:42.</li>
	<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative Commons Attribution-ShareAlike License</a>;
additional terms may apply.  By using this site, you agree to the <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy.</a></li>
</ul>

	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="https://en.wikibooks.org/wiki/Wikibooks:Welcome">About Wikibooks</a></li>
	<li id="footer-places-disclaimers"><a href="https://en.wikibooks.org/wiki/Wikibooks:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org/">Developers</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikibooks.org">Statistics</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>
	<li id="footer-places-mobileview"><a href="https://en.m.wikibooks.org/w/index.php?title=Sufism_in_India/Print_version&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
</ul>

	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="%(files)s/wikimedia-button.svg" width="84" height="29"><img src="%(files)s/wikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="%(files)s/poweredby_mediawiki.svg" width="88" height="31"><img src="%(files)s/mediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li>
</ul>

</footer>

		</div>
	</div> 
</div> 
<div class="vector-header-container vector-sticky-header-container">
	<div id="vector-sticky-header" class="vector-sticky-header">
		<div class="vector-sticky-header-start">
			<div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
				<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle" tabindex="-1" data-event-name="ui.vector-sticky-search-form.icon"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>

<span>Search</span>
			</button>
		</div>
			<div class="vector-sticky-header-context-bar">
					<div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-page-title-main">Sufism in India/Print version</span></div>
			</div>
		</div>
		<div class="vector-sticky-header-end" aria-hidden="true">
			<div class="vector-sticky-header-icons">
				<a href="https://en.wikibooks.org/wiki/Sufism_in_India/Print_version#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span>

<span></span>
			</a>
				<a href="https://en.wikibooks.org/wiki/Sufism_in_India/Print_version#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1" data-event-name="history-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-history mw-ui-icon-wikimedia-wikimedia-history"></span>

<span></span>
			</a>
			</div>
		</div>
	</div>
</div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom">
	<ul>
		
	</ul>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6c9f7d8b5-x2q4k","wgBackendResponseTime":187,"wgPageParseReport":{"limitreport":{"cputime":"0.118","walltime":"0.161","ppvisitednodes":{"value":1212,"limit":1000000},"revisionsize":{"value":414,"limit":2097152},"postexpandincludesize":{"value":24518,"limit":2097152},"templateargumentsize":{"value":1330,"limit":2097152},"expansiondepth":{"value":8,"limit":100},"expensivefunctioncount":{"value":0,"limit":500},"unstrip-depth":{"value":0,"limit":20},"unstrip-size":{"value":9071,"limit":5000000},"entityaccesscount":{"value":0,"limit":400},"timingprofile":["100.00%%   82.407      1 -total"," 31.72%%   26.140      1 Sufism_in_India/Dargah_and_Urs"]},"cachereport":{"origin":"mw-web.eqiad.main-6c9f7d8b5-x2q4k","timestamp":"20251213061455","ttl":2592000,"transientcontent":false}}});});</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgCanonicalServer":"https://en.wikibooks.org"});});</script>

</body></html>"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    page = Page()
    body = page.body(open(SRC, encoding="utf-8").read())
    values = {"url": URL, "urllen": len(URL), "files": FILES, "oldid": OLDID}
    doc = (HEAD % values) + body + (TAIL % values)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
