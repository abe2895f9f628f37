#!/usr/bin/python3
"""Re-make docs/coral-reefs-of-india-wikipedia.html from tools/coral-reefs-of-india-wikipedia.txt.

The source is a light wikitext: "@" lines carry page data (title, revision, infobox, navboxes,
categories), "== h ==" / "=== h ===" headings, [[links]], ''italic'', '''bold''', <ref> tags,
[[File:...|thumb|caption]] and "* " list items.  The output is the page as Chrome's
"Webpage, Complete" saves an English Wikipedia article in the Vector 2022 skin: the DOM as
rendered (client-js classes, collapsed navboxes), links made absolute, resources pointing into
the "Coral reefs of India - Wikipedia_files" folder.  Deterministic: no clock, no randomness.
Usage: make_wikipedia.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coral-reefs-of-india-wikipedia.txt")
OUT = os.path.join(HERE, "..", "docs", "coral-reefs-of-india-wikipedia.html")
WIKI = "https://en.wikipedia.org/wiki/"
W = "https://en.wikipedia.org/w/index.php?title="


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\xa0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\xa0", "&nbsp;")


def read():
    meta, info, navs, body = {}, [], [], []
    mode = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if mode == "info":
            if line == "@end":
                mode = None
            else:
                k, v = line.split(" = ", 1)
                info.append((k, v))
            continue
        if line.startswith("@navbox "):
            title, tpl = line[8:].split(" | ")
            navs.append((title, tpl, []))
            mode = "nav"
            continue
        if mode == "nav" and " = " in line and not line.startswith("@"):
            k, v = line.split(" = ", 1)
            navs[-1][2].append((k, v.split("; ")))
            continue
        if line == "@infobox":
            mode = "info"
            continue
        if line.startswith("@") and line != "@reflist":
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            mode = None
            continue
        mode = None if mode == "nav" else mode
        body.append(line)
    return meta, info, navs, "\n".join(body).strip("\n")


META, INFO, NAVS, BODY = read()
TITLE = META["title"]
PAGE = TITLE.replace(" ", "_")
URL = WIKI + PAGE
FILES = "./%s - Wikipedia_files/" % TITLE
REFS = {}      # name -> [number, uses, text]
ORDER = []


def slug(s):
    return s.replace(" ", "_")


def anchor(s):
    s = re.sub(r"<[^>]+>", "", s).replace(" ", "_")
    return s.replace("–", ".E2.80.93") if False else s


def link(target, text):
    target = target.strip()
    target = target[0].upper() + target[1:]
    if target == TITLE:
        return '<a class="mw-selflink selflink">%s</a>' % text
    if target in ("Palk Bay Dugong Conservation Reserve",):
        return ('<a href="%s%s&amp;action=edit&amp;redlink=1" class="new" title="%s (page does not '
                'exist)">%s</a>' % (W, slug(target), attr(target), text))
    return '<a href="%s%s" title="%s">%s</a>' % (WIKI, slug(target), attr(target), text)


def inline(s):
    s = esc(s).replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
    s = re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", lambda m: link(m.group(1), m.group(2)), s)
    s = re.sub(r"\[\[([^|\]]+)\]\]([a-z]*)", lambda m: link(m.group(1), m.group(1) + m.group(2)), s)
    s = re.sub(r"\[(https?://\S+) ([^\]]+)\]",
               lambda m: '<a rel="nofollow" class="external text" href="%s">%s</a>' % (m.group(1), m.group(2)), s)
    s = re.sub(r"'''(.+?)'''", r"<b>\1</b>", s)
    s = re.sub(r"''(.+?)''", r"<i>\1</i>", s)
    s = s.replace("{{cn}}", '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">'
                  '[<i><a href="https://en.wikipedia.org/wiki/Wikipedia:Citation_needed" title="Wikipedia:'
                  'Citation needed"><span title="This claim needs references to reliable sources. (January '
                  '2025)">citation needed</span></a></i>]</sup>')
    return s


def ref_call(name, text):
    if name not in REFS:
        REFS[name] = [len(REFS) + 1, 0, None]
        ORDER.append(name)
    r = REFS[name]
    if text is not None:
        r[2] = text
    use = r[1]
    r[1] += 1
    return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="%s#cite_note-%s-%d"><span '
            'class="cite-bracket">[</span>%d<span class="cite-bracket">]</span></a></sup>'
            % (name, r[0], use, URL, name, r[0], r[0]))


def para_html(s):
    out, pos = [], 0
    for m in re.finditer(r'<ref name="([^"]+)"(?:/>|>(.*?)</ref>)', s):
        out.append(inline(s[pos:m.start()]))
        out.append(ref_call(m.group(1), m.group(2)))
        pos = m.end()
    out.append(inline(s[pos:]))
    return "".join(out)


def heading(level, text, secno):
    hid = anchor(text)
    return ('<div class="mw-heading mw-heading%d"><h%d id="%s">%s</h%d><span class="mw-editsection"><span '
            'class="mw-editsection-bracket">[</span><a href="%s%s&amp;action=edit&amp;section=%d" title="Edit '
            'section: %s"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>\n'
            % (level, level, attr(hid), esc(text), level, W, PAGE, secno, attr(text)))


def figure(spec):
    name, _, cap = spec.split("|", 2)
    name = name[5:]
    return ('<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="%sFile:%s" class="mw-file-'
            'description"><img src="%s250px-%s" decoding="async" width="250" height="188" class="mw-file-'
            'element" srcset="https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/%s/375px-%s 1.5x, '
            'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/%s/500px-%s 2x" data-file-width="4000" '
            'data-file-height="3000"></a><figcaption>%s</figcaption></figure>\n'
            % (WIKI, name, FILES, name, name, name, name, name, inline(cap)))


def cite_class(text):
    if "Diversity and Distributions" in text or "Publication" in text:
        return "citation journal cs1"
    if "Handbook" in text:
        return "citation book cs1"
    if "[http" in text:
        return "citation web cs1"
    return "citation news cs1"


def reflist():
    out = ['<div class="reflist">\n<div class="mw-references-wrap mw-references-columns"><ol class="references">\n']
    for name in ORDER:
        n, uses, text = REFS[name]
        if uses == 1:
            back = ('<span class="mw-cite-backlink"><b><a href="%s#cite_ref-%s_%d-0">^</a></b></span>'
                    % (URL, name, n))
        else:
            back = '<span class="mw-cite-backlink">^ ' + " ".join(
                '<a href="%s#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>' % (URL, name, n, u, "abcdefgh"[u])
                for u in range(uses)) + "</span>"
        out.append('<li id="cite_note-%s-%d">%s <span class="reference-text"><cite class="%s">%s</cite>'
                   '<span title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%%3Aofi%%2Ffmt%%3Akev%%3Amtx%%3Ajournal&amp;'
                   'rfr_id=info%%3Asid%%2Fen.wikipedia.org%%3A%s" class="Z3988"></span></span>\n</li>\n'
                   % (name, n, back, cite_class(text), inline(text), PAGE))
    out.append("</ol></div></div>\n")
    return "".join(out)


def infobox():
    rows = []
    for k, v in INFO:
        if k == "above":
            rows.append('<tr><th colspan="2" class="infobox-above" style="font-size:125%%;">%s</th></tr>' % esc(v))
        elif k == "image":
            f, cap = v.split(" | ")
            rows.append('<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/'
                        'Frameless"><a href="%sFile:%s" class="mw-file-description"><img src="%s250px-%s" '
                        'decoding="async" width="250" height="167" class="mw-file-element" data-file-width="3008" '
                        'data-file-height="2000"></a></span><div class="infobox-caption">%s</div></td></tr>'
                        % (WIKI, f, FILES, f, inline(cap)))
        else:
            rows.append('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s</td></tr>'
                        % (esc(k), inline(v)))
    return ('<table class="infobox"><tbody>' + "".join(rows) + "</tbody></table>\n")


def navbox(title, tpl, groups):
    nid = slug(title)
    lis = []
    for i, (g, items) in enumerate(groups):
        cells = "".join("<li>%s</li>" % link(x, esc(x)) for x in items)
        lis.append('<tr style="display: none;"><th scope="row" class="navbox-group" style="width:1%%">%s</th><td '
                   'class="navbox-list-with-group navbox-list navbox-%s hlist" style="width:100%%;padding:0"><div '
                   'style="padding:0 0.25em"><ul>%s</ul></div></td></tr>'
                   % (esc(g), "odd" if i % 2 == 0 else "even", cells))
    return ('<div class="navbox-styles"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:'
            'r1129693374"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1236075235"></div>'
            '<div role="navigation" class="navbox" aria-labelledby="%s" style="padding:3px"><table class="nowraplinks '
            'mw-collapsible autocollapse navbox-inner mw-made-collapsible mw-collapsed" style="border-spacing:0;'
            'background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2">'
            '<button type="button" class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-'
            'collapsed" aria-expanded="false" tabindex="0"><span class="mw-collapsible-text">show</span></button>'
            '<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="%s%s" title="%s">'
            '<abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="%sTemplate_talk:%s" '
            'title="Template talk:%s"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a '
            'href="%sSpecial:EditPage/%s" title="Special:EditPage/%s"><abbr title="Edit this template">e</abbr></a>'
            '</li></ul></div><div id="%s" style="font-size:114%%;margin:0 4em">%s</div></th></tr>%s</tbody></table>'
            '</div>\n' % (attr(nid), WIKI, slug(tpl), attr(tpl), WIKI, slug(tpl[9:]), attr(tpl[9:]), WIKI,
                          slug(tpl), attr(tpl), attr(nid), link(title, esc(title)), "".join(lis)))


def content():
    out, toc = [], []
    secno = 0
    blocks = BODY.split("\n")
    lead_done = False
    ul = []

    def flush_ul():
        if ul:
            out.append("<ul>" + "".join("<li>%s</li>" % para_html(x) for x in ul) + "</ul>\n")
            del ul[:]

    for b in blocks:
        b = b.strip("\n")
        if not b:
            continue
        m = re.match(r"^(==+) (.+?) ==+$", b)
        if m:
            flush_ul()
            if not lead_done:
                out.append("<meta property=\"mw:PageProp/toc\">\n")
                lead_done = True
            level = len(m.group(1))
            secno += 1
            toc.append((level, m.group(2)))
            out.append(heading(level, m.group(2), secno))
            continue
        if b.startswith("* "):
            ul.append(b[2:])
            continue
        flush_ul()
        if b == "@reflist":
            out.append(reflist())
        elif b.startswith("[[File:"):
            out.append(figure(b[2:-2]))
        else:
            out.append("<p>%s\n</p>" % para_html(b))
    flush_ul()
    return "".join(out), toc


def toc_html(toc):
    items, i = [], 0
    n1 = n2 = 0
    out = ['<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1 vector-toc-list-item-active">'
           '\n<a href="%s#" class="vector-toc-link">\n<div class="vector-toc-text">(Top)</div>\n</a>\n</li>\n' % URL]
    while i < len(toc):
        level, text = toc[i]
        n1 += 1
        n2 = 0
        subs = []
        j = i + 1
        while j < len(toc) and toc[j][0] == 3:
            n2 += 1
            subs.append((n2, toc[j][1]))
            j += 1
        a = anchor(text)
        s = ('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-1">\n<a class="vector-toc-link" href="%s#%s">'
             '\n<div class="vector-toc-text">\n<span class="vector-toc-numb">%d</span>\n<span>%s</span>\n</div>\n</a>\n'
             % (attr(a), URL, attr(a), n1, esc(text)))
        if subs:
            s += ('<button aria-controls="toc-%s-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-'
                  'only vector-toc-toggle" aria-expanded="false">\n<span class="vector-icon mw-ui-icon-wikimedia-expand">'
                  '</span>\n<span>Toggle %s subsection</span>\n</button>\n' % (attr(a), esc(text)))
        s += '<ul id="toc-%s-sublist" class="vector-toc-list">\n' % attr(a)
        for k, t in subs:
            b = anchor(t)
            s += ('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-2">\n<a class="vector-toc-link" '
                  'href="%s#%s">\n<div class="vector-toc-text">\n<span class="vector-toc-numb">%d.%d</span>\n<span>%s'
                  '</span>\n</div>\n</a>\n<ul id="toc-%s-sublist" class="vector-toc-list">\n</ul>\n</li>\n'
                  % (attr(b), URL, attr(b), n1, k, esc(t), attr(b)))
        s += "</ul>\n</li>\n"
        out.append(s)
        i = j
    return "".join(out)


def menu_item(pid, href, label, key=None):
    k = ' accesskey="%s"' % key if key else ""
    return ('<li id="%s" class="mw-list-item"><a href="%s" title="%s"%s><span>%s</span></a></li>'
            % (pid, href, attr(label), k, esc(label)))


def page():
    body, toc = content()
    cats = META["categories"].split("; ")
    hidden = META["hiddencats"].split("; ")
    rl_conf = ('{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],'
               '"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June",'
               '"July","August","September","October","November","December"],"wgRequestId":"f3b1c27e-4a5d-4e0b-'
               '9b8a-2c6d1e7f0a93","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":'
               '0,"wgPageName":"%s","wgTitle":"%s","wgCurRevisionId":%s,"wgRevisionId":%s,"wgArticleId":20871436,'
               '"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],'
               '"wgCategories":[%s],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":'
               '"wikitext","wgRelevantPageName":"%s","wgRelevantArticleId":20871436,"wgIsProbablyEditable":true,'
               '"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],'
               '"wgNoticeProject":"wikipedia","wgFlaggedRevsParams":{"tags":{"status":{"levels":1}}},'
               '"wgConfirmEditCaptchaNeededForGenericEdit":"hcaptcha","wgMediaViewerOnClick":true,'
               '"wgMediaViewerEnabledByDefault":true,"wgVisualEditor":{"pageLanguageCode":"en","pageLanguageDir":'
               '"ltr","pageVariantFallbacks":"en"},"wgMFDisplayWikibaseDescriptions":{"search":true,"watchlist":true,'
               '"tagline":false,"nearby":true},"wgWMESchemaEditAttemptStepOversample":false,'
               '"wgWMEPageLength":30000,"wgEditSubmitButtonLabelPublish":true,"wgULSPosition":"interlanguage",'
               '"wgULSisCompactLinksEnabled":false,"wgVector2022LanguageInHeader":true,"wgULSisLanguageSelector'
               'EmptyState":true,"wgWikibaseItemId":"Q5169112","wgCheckUserClientHintsHeadersJsApi":["brands",'
               '"architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"],'
               '"GEHomepageSuggestedEditsEnableTopics":true,"wgGESuggestedEditsTaskTypes":{"taskTypes":["copyedit",'
               '"link-recommendation"],"unavailableTaskTypes":[]},"wgGETopicsMatchModeEnabled":false,'
               '"wgGELevelingUpEnabledForUser":false}'
               % (PAGE, TITLE, META["revision"], META["revision"],
                  ",".join('"%s"' % c for c in hidden + cats), PAGE))
    css = FILES + "load.php"
    h = []
    h.append('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(URL), URL))
    h.append('<html class="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-'
             'header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 '
             'vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-'
             'limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-'
             'pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-'
             'enabled vector-toc-available" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" '
             'content="text/html; charset=UTF-8">\n\n<title>%s - Wikipedia</title>\n' % esc(TITLE))
    h.append('<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-'
             'language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-'
             'clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-'
             'feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-'
             'appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-'
             'header-enabled vector-toc-available";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences='
             '([^;]+)/);if(cookie){cookie[1].split(\'%2C\').forEach(function(pref){className=className.replace(new '
             'RegExp(\'(^| )\'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,\'\')+\'-clientpref-\\\\w+( |$)\'),\'$1\'+'
             'pref+\'$2\');});}document.documentElement.className=className;}());RLCONF=' + rl_conf + ';\n'
             'RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready",'
             '"ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready",'
             '"skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready",'
             '"jquery.makeCollapsible.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.'
             'desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"};'
             'RLPAGEMODULES=["ext.cite.ux-enhancements","mediawiki.page.media","site","mediawiki.page.ready",'
             '"jquery.makeCollapsible","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP",'
             '"ext.centralNotice.startUp","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.'
             'toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.visualEditor.desktop'
             'ArticleTarget.init","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigation'
             'Timing","ext.uls.interface","ext.cx.eventlogging.campaigns","ext.cx.uls.quick.actions",'
             '"wikibase.client.vector-2022","wikibase.databox.fromWikidata","ext.checkUser.clientHints",'
             '"ext.quicksurveys.init","ext.growthExperiments.SuggestedEditSession"];</script>\n')
    h.append('<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@'
             '12s5i",function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\\\","watchToken":"+\\\\",'
             '"csrfToken":"+\\\\"});\n}];});\n});</script>\n')
    h.append('<link rel="stylesheet" href="%s">\n<script async="" src="%s"></script>\n<style>\n.mw-parser-output '
             '.infobox{border:1px solid #a2a9b1;background-color:#f8f9fa;color:black;margin:0.5em 0 0.5em 1em;'
             'padding:0.2em;float:right;clear:right;font-size:88%%;line-height:1.5em;width:22em}\n</style>\n'
             '<meta name="ResourceLoaderDynamicStyles" content="">\n<link rel="stylesheet" href="%s">\n'
             '<meta name="generator" content="MediaWiki 1.45.0-wmf.13">\n<meta name="referrer" content="origin-'
             'when-cross-origin">\n<meta name="robots" content="max-image-preview:standard">\n<meta name="format-'
             'detection" content="telephone=no">\n<meta property="og:image" content="https://upload.wikimedia.org/'
             'wikipedia/commons/thumb/3/3f/%s/1200px-%s">\n<meta property="og:image:width" content="1200">\n'
             '<meta property="og:image:height" content="798">\n<meta name="viewport" content="width=1120">\n'
             '<meta property="og:title" content="%s - Wikipedia">\n<meta property="og:type" content="website">\n'
             '<link rel="preconnect" href="https://upload.wikimedia.org/">\n<link rel="alternate" media="only '
             'screen and (max-width: 640px)" href="https://en.m.wikipedia.org/wiki/%s">\n<link rel="alternate" '
             'type="application/x-wiki" title="Edit this page" href="%s%s&amp;action=edit">\n<link rel="apple-touch-'
             'icon" href="https://en.wikipedia.org/static/apple-touch/wikipedia.png">\n<link rel="icon" href="https:'
             '//en.wikipedia.org/static/favicon/wikipedia.ico">\n<link rel="search" type="application/opensearch'
             'description+xml" href="https://en.wikipedia.org/w/rest.php/v1/search" title="Wikipedia (en)">\n<link '
             'rel="EditURI" type="application/rsd+xml" href="https://en.wikipedia.org/w/api.php?action=rsd">\n<link '
             'rel="canonical" href="%s">\n<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/'
             'deed.en">\n<link rel="alternate" type="application/atom+xml" title="Wikipedia Atom feed" href="https://'
             'en.wikipedia.org/w/index.php?title=Special:RecentChanges&amp;feed=atom">\n<link rel="dns-prefetch" '
             'href="https://meta.wikimedia.org/">\n<link rel="dns-prefetch" href="https://login.wikimedia.org/">\n'
             '<script src="%s" async=""></script><link rel="stylesheet" href="%s"><script src="%s"></script>'
             '</head>\n' % (css, FILES + "load(1).php", FILES + "load(2).php", INFO[1][1].split(" | ")[0],
                            INFO[1][1].split(" | ")[0], esc(TITLE), PAGE, W, PAGE, URL, FILES + "load(3).php",
                            FILES + "load(4).php", FILES + "load(5).php"))
    h.append('<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-'
             'elt ns-0 ns-subject mw-editable page-%s rootpage-%s skin-vector-2022 action-view uls-dialog-sticky-hide '
             'vector-below-page-title">\n<a class="mw-jump-link" href="%s#bodyContent">Jump to content</a>\n' % (PAGE, PAGE, URL))
    nav = [("n-mainpage-description", WIKI + "Main_Page", "Main page", "z"),
           ("n-contents", WIKI + "Wikipedia:Contents", "Contents", None),
           ("n-currentevents", WIKI + "Portal:Current_events", "Current events", None),
           ("n-randompage", WIKI + "Special:Random", "Random article", "x"),
           ("n-aboutsite", WIKI + "Wikipedia:About", "About Wikipedia", None),
           ("n-contactpage", WIKI + "Wikipedia:Contact_us", "Contact us", None)]
    contrib = [("n-help", WIKI + "Help:Contents", "Help", None),
               ("n-introduction", WIKI + "Help:Introduction", "Learn to edit", None),
               ("n-portal", WIKI + "Wikipedia:Community_portal", "Community portal", None),
               ("n-recentchanges", WIKI + "Special:RecentChanges", "Recent changes", "r"),
               ("n-upload", WIKI + "Wikipedia:File_upload_wizard", "Upload file", None),
               ("n-specialpages", WIKI + "Special:SpecialPages", "Special pages", None)]
    h.append('<div class="vector-header-container">\n<header class="vector-header mw-header no-font-mode-scale">\n'
             '<div class="vector-header-start">\n<nav class="vector-main-menu-landmark" aria-label="Site">\n'
             '<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-'
             'left vector-button-flush-right" title="Main menu">\n<input type="checkbox" id="vector-main-menu-dropdown-'
             'checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" '
             'class="vector-dropdown-checkbox " aria-label="Main menu">\n<label id="vector-main-menu-dropdown-label" '
             'for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button '
             'cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true">'
             '<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>\n<span class="vector-dropdown-'
             'label-text">Main menu</span>\n</label>\n<div class="vector-dropdown-content">\n<div id="vector-main-menu-'
             'unpinned-container" class="vector-unpinned-container">\n<div id="vector-main-menu" class="vector-main-menu '
             'vector-pinnable-element">\n<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-'
             'pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" '
             'data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-'
             'menu-unpinned-container">\n<div class="vector-pinnable-header-label">Main menu</div>\n<button class='
             '"vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-'
             'header.vector-main-menu.pin">move to sidebar</button>\n<button class="vector-pinnable-header-toggle-'
             'button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">'
             'hide</button>\n</div>\n<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">\n'
             '<div class="vector-menu-heading">Navigation</div>\n<div class="vector-menu-content">\n<ul class="vector-'
             'menu-content-list">' + "".join(menu_item(*x) for x in nav) + '</ul>\n</div>\n</div>\n<div id="p-'
             'interaction" class="vector-menu mw-portlet mw-portlet-interaction">\n<div class="vector-menu-heading">'
             'Contribute</div>\n<div class="vector-menu-content">\n<ul class="vector-menu-content-list">'
             + "".join(menu_item(*x) for x in contrib) + '</ul>\n</div>\n</div>\n</div>\n</div>\n</div>\n</div>\n'
             '</nav>\n<a href="%sMain_Page" class="mw-logo">\n<img class="mw-logo-icon" src="%swikipedia.png" alt="" '
             'aria-hidden="true" height="50" width="50">\n<span class="mw-logo-container skin-invert">\n<img class='
             '"mw-logo-wordmark" alt="Wikipedia" src="%swikipedia-wordmark-en.svg" style="width: 7.5em; height: '
             '1.125em;">\n<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="%swikipedia-tagline-en.svg" '
             'width="117" height="13" style="width: 7.3125em; height: 0.8125em;">\n</span>\n</a>\n</div>\n'
             % (WIKI, FILES, FILES, FILES))
    h.append('<div class="vector-header-end">\n<div id="p-search" role="search" class="vector-search-box-vue  vector-'
             'search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-'
             'box">\n<a href="%sSpecial:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--'
             'enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" '
             'accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>\n<span>'
             'Search</span>\n</a>\n<div class="vector-typeahead-search-container">\n<div class="cdx-typeahead-search '
             'cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">\n<form action="https://'
             'en.wikipedia.org/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">'
             '\n<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">\n<div '
             'class="cdx-text-input cdx-text-input--has-start-icon">\n<input class="cdx-text-input__input" type="search"'
             ' name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" '
             'title="Search Wikipedia [f]" accesskey="f" id="searchInput" autocomplete="off">\n<span class="cdx-text-'
             'input__icon cdx-text-input__start-icon"></span>\n</div>\n<input type="hidden" name="title" value="Special:'
             'Search">\n</div>\n<button class="cdx-button cdx-search-input__end-button">Search</button>\n</form>\n'
             '</div>\n</div>\n</div>\n<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools">'
             '\n<div class="vector-user-links-main">\n<div id="p-vector-user-menu-preferences" class="vector-menu mw-'
             'portlet emptyPortlet">\n<div class="vector-menu-content">\n<ul class="vector-menu-content-list">\n</ul>\n'
             '</div>\n</div>\n<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">\n<div class="vector-'
             'menu-content">\n<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-'
             'item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.wikimedia.org/?'
             'wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en" class=""><span>'
             'Donate</span></a>\n</li>\n<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-'
             'links-collapsible-item"><a data-mw="interface" href="%s%sSpecial:CreateAccount&amp;returnto=%s" title="You '
             'are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create '
             'account</span></a>\n</li>\n<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-'
             'collapsible-item"><a data-mw="interface" href="%sSpecial:UserLogin&amp;returnto=%s" title="You\'re '
             'encouraged to log in; however, it\'s not mandatory. [o]" accesskey="o" class=""><span>Log in</span></a>\n'
             '</li>\n</ul>\n</div>\n</div>\n</div>\n</nav>\n</div>\n</header>\n</div>\n'
             % (WIKI, W, "", PAGE, W, PAGE))
    h.append('<div class="mw-page-container">\n<div class="mw-page-container-inner">\n<div class="vector-sitenotice-'
             'container">\n<div id="siteNotice"><!-- CentralNotice --></div>\n</div>\n<div class="vector-column-start">'
             '\n<div class="vector-main-menu-container">\n<div id="mw-navigation">\n<nav id="mw-panel" class="vector-'
             'main-menu-landmark" aria-label="Site">\n<div id="vector-main-menu-pinned-container" class="vector-pinned-'
             'container">\n</div>\n</nav>\n</div>\n</div>\n<div class="vector-sticky-pinned-container">\n<nav id="mw-'
             'panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container '
             'vector-toc-landmark">\n<div id="vector-toc-pinned-container" class="vector-pinned-container">\n<div id='
             '"vector-toc" class="vector-toc vector-pinnable-element">\n<div class="vector-pinnable-header vector-toc-'
             'pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id='
             '"vector-toc">\n<h2 class="vector-pinnable-header-label">Contents</h2>\n<button class="vector-pinnable-'
             'header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">'
             'move to sidebar</button>\n<button class="vector-pinnable-header-toggle-button vector-pinnable-header-'
             'unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button>\n</div>\n<ul class="'
             'vector-toc-contents" id="mw-panel-toc-list">\n' + toc_html(toc) + '</ul>\n</div>\n</div>\n</nav>\n'
             '</div>\n</div>\n')
    h.append('<div class="mw-content-container">\n<main id="content" class="mw-body">\n<header class="mw-body-header '
             'vector-page-titlebar no-font-mode-scale">\n<h1 id="firstHeading" class="firstHeading mw-first-heading">'
             '<span class="mw-page-title-main">%s</span></h1>\n<div id="p-lang-btn" class="vector-dropdown mw-portlet '
             'mw-portlet-lang">\n<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" '
             'data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" '
             'aria-label="This article exist only in this language. Add the article for other languages">\n<label '
             'id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-'
             'button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-'
             'portlet-lang-heading-0" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive '
             'mw-ui-icon-wikimedia-language-progressive"></span>\n<span class="vector-dropdown-label-text">Add '
             'languages</span>\n</label>\n</div>\n</header>\n' % esc(TITLE))
    h.append('<div class="vector-page-toolbar">\n<div class="vector-page-toolbar-container">\n<div id="left-navigation">'
             '\n<nav aria-label="Namespaces">\n<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-'
             'portlet mw-portlet-associated-pages">\n<div class="vector-menu-content">\n<ul class="vector-menu-content-'
             'list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="%s" title="View the '
             'content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon '
             'mw-list-item"><a href="%sTalk:%s" rel="discussion" title="Discuss improvements to the content page [t]" '
             'accesskey="t"><span>Talk</span></a></li></ul>\n</div>\n</div>\n</nav>\n</div>\n<div id="right-navigation" '
             'class="vector-collapsible">\n<nav aria-label="Views">\n<div id="p-views" class="vector-menu vector-menu-'
             'tabs mw-portlet mw-portlet-views">\n<div class="vector-menu-content">\n<ul class="vector-menu-content-list">'
             '<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="%s"><span>Read</span></a></li>'
             '<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="%s%s&amp;action=edit" title="Edit this '
             'page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-'
             'item"><a href="%s%s&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View '
             'history</span></a></li></ul>\n</div>\n</div>\n</nav>\n<nav class="vector-page-tools-landmark" aria-label='
             '"Page tools">\n<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">\n'
             '<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" '
             'data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox " aria-label='
             '"Tools">\n<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class='
             '"vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--'
             'weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span>\n</label>\n<div '
             'class="vector-dropdown-content">\n<div id="vector-page-tools-unpinned-container" class="vector-unpinned-'
             'container">\n<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">\n<div class='
             '"vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned" data-feature-'
             'name="page-tools-pinned" data-pinnable-element-id="vector-page-tools">\n<div class="vector-pinnable-'
             'header-label">Tools</div>\n<button class="vector-pinnable-header-toggle-button vector-pinnable-header-'
             'pin-button" data-event-name="pinnable-header.vector-page-tools.pin">move to sidebar</button>\n<button '
             'class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name='
             '"pinnable-header.vector-page-tools.unpin">hide</button>\n</div>\n<div id="p-cactions" class="vector-menu '
             'mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options">\n<div class="vector-'
             'menu-heading">Actions</div>\n<div class="vector-menu-content">\n<ul class="vector-menu-content-list"><li '
             'id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="%s"><span>Read'
             '</span></a></li><li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a href="%s%s&amp;'
             'action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-more-history" '
             'class="vector-more-collapsible-item mw-list-item"><a href="%s%s&amp;action=history"><span>View history'
             '</span></a></li></ul>\n</div>\n</div>\n<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">\n'
             '<div class="vector-menu-heading">General</div>\n<div class="vector-menu-content">\n<ul class="vector-menu-'
             'content-list"><li id="t-whatlinkshere" class="mw-list-item"><a href="%sSpecial:WhatLinksHere/%s" '
             'accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item">'
             '<a href="%sSpecial:RecentChangesLinked/%s" rel="nofollow" accesskey="k"><span>Related changes</span></a>'
             '</li><li id="t-upload" class="mw-list-item"><a href="%sWikipedia:File_Upload_Wizard" accesskey="u"><span>'
             'Upload file</span></a></li><li id="t-permalink" class="mw-list-item"><a href="%s%s&amp;oldid=%s" title='
             '"Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" '
             'class="mw-list-item"><a href="%s%s&amp;action=info" title="More information about this page"><span>Page '
             'information</span></a></li><li id="t-cite" class="mw-list-item"><a href="%sSpecial:CiteThisPage&amp;'
             'page=%s&amp;id=%s&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite '
             'this page</span></a></li><li id="t-urlshortener" class="mw-list-item"><a href="%sSpecial:UrlShortener&amp;'
             'url=https%%3A%%2F%%2Fen.wikipedia.org%%2Fwiki%%2F%s"><span>Get shortened URL</span></a></li><li id="t-'
             'wikibase" class="mw-list-item"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q5169112" title='
             '"Structured data on this page hosted by Wikidata [g]" accesskey="g"><span>Wikidata item</span></a></li>'
             '</ul>\n</div>\n</div>\n<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_'
             'export">\n<div class="vector-menu-heading">Print/export</div>\n<div class="vector-menu-content">\n<ul '
             'class="vector-menu-content-list"><li id="coll-download-as-rl" class="mw-list-item"><a href="%sSpecial:'
             'DownloadAsPdf&amp;page=%s&amp;action=show-download-screen"><span>Download as PDF</span></a></li><li id="t-'
             'print" class="mw-list-item"><a href="%s%s&amp;printable=yes" title="Printable version of this page [p]" '
             'accesskey="p"><span>Printable version</span></a></li></ul>\n</div>\n</div>\n</div>\n</div>\n</div>\n'
             '</div>\n</nav>\n</div>\n</div>\n</div>\n'
             % (URL, WIKI, PAGE, URL, W, PAGE, W, PAGE, URL, W, PAGE, W, PAGE, WIKI, PAGE, WIKI, PAGE, WIKI, W, PAGE,
                META["revision"], W, PAGE, W, PAGE, META["revision"], W, PAGE, W, PAGE, W, PAGE))
    ambox = ('<div class="box-Update plainlinks metadata ambox ambox-content ambox-Update" role="presentation"><table '
             'class="box-Update plainlinks metadata ambox ambox-content ambox-Update" role="presentation"><tbody><tr>'
             '<td class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><span><img alt="" src="%s'
             '40px-Ambox_current_red_Asia_Australia.svg.png" decoding="async" width="40" height="34" class="mw-file-'
             'element"></span></span></div></td><td class="mbox-text"><div class="mbox-text-span">This article needs '
             'to be <b>updated</b>. Please help update this article to reflect recent events or newly available '
             'information. <span class="date-container"><i>(<span class="date">%s</span>)</i></span></div></td></tr>'
             '</tbody></table></div>\n' % (FILES, META["update"]))
    hat = '<div role="note" class="hatnote navigation-not-searchable">%s</div>\n' % inline(META["hatnote"])
    h.append('<div class="vector-column-end no-font-mode-scale">\n<div class="vector-sticky-pinned-container">\n<nav '
             'class="vector-appearance-landmark" aria-label="Appearance">\n<div id="vector-appearance-pinned-container"'
             ' class="vector-pinned-container">\n<div id="vector-appearance" class="vector-appearance vector-pinnable-'
             'element">\n<div class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-'
             'pinned" data-feature-name="appearance-pinned" data-pinnable-element-id="vector-appearance">\n<div class='
             '"vector-pinnable-header-label">Appearance</div>\n<button class="vector-pinnable-header-toggle-button '
             'vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-appearance.pin">move to '
             'sidebar</button>\n<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-'
             'button" data-event-name="pinnable-header.vector-appearance.unpin">hide</button>\n</div>\n</div>\n</div>\n'
             '</nav>\n</div>\n</div>\n')
    h.append('<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container="">'
             '\n<div class="vector-body-before-content">\n<div class="mw-indicators">\n</div>\n<div id="siteSub" class='
             '"noprint">From Wikipedia, the free encyclopedia</div>\n</div>\n<div id="contentSub"><div id="mw-content-'
             'subtitle"></div></div>\n<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-'
             'parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile noexcerpt noprint searchaux" '
             'style="display:none">%s</div>\n%s%s%s' % (esc(META["short"]), hat, ambox, infobox()))
    h.append(body.replace('<meta property="mw:PageProp/toc">\n', '<meta property="mw:PageProp/toc">\n', 1))
    h.append("".join(navbox(t, tp, g) for t, tp, g in NAVS))
    h.append('<!-- \nNewPP limit report\nParsed by mw-web.eqiad.main-7c9d8f5b6-x2k4q\nCached time: 20250809164212\n'
             'Cache expiry: 2592000\nReduced expiry: false\nComplications: [vary‐revision‐sha1, show‐toc]\nCPU time '
             'usage: 0.612 seconds\nReal time usage: 0.781 seconds\nPreprocessor visited node count: 4211/1000000\n'
             'Revision size: 14873/2097152 bytes\nPost‐expand include size: 96412/2097152 bytes\nTemplate argument '
             'size: 2871/2097152 bytes\nHighest expansion depth: 16/100\nExpensive parser function count: 6/500\n'
             'Unstrip recursion depth: 1/20\nUnstrip post‐expand size: 61233/5000000 bytes\nLua time usage: 0.379/'
             '10.000 seconds\nLua memory usage: 8712345/52428800 bytes\nNumber of Wikibase entities loaded: 0/500\n-->'
             '\n</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?useformat='
             'desktop&amp;type=1x1&amp;usesul3=1" alt="" width="1" height="1" style="border: none; position: absolute;">'
             '</noscript>\n<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="%s%s&amp;'
             'oldid=%s">%s%s&amp;oldid=%s</a>"</div></div>\n' % (W, PAGE, META["revision"], W, PAGE, META["revision"]))
    h.append('<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-'
             'catlinks"><a href="%sHelp:Category" title="Help:Category">Categories</a>: <ul>%s</ul></div><div id="mw-'
             'hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>%s</ul></div>'
             '</div>\n</div>\n</main>\n</div>\n'
             % (WIKI, "".join('<li><a href="%sCategory:%s" title="Category:%s">%s</a></li>' % (WIKI, slug(c), attr(c), esc(c))
                              for c in cats),
                "".join('<li><a href="%sCategory:%s" title="Category:%s">%s</a></li>' % (WIKI, slug(c), attr(c), esc(c))
                        for c in hidden)))
    h.append('<div class="mw-footer-container">\n<footer id="footer" class="mw-footer">\n<ul id="footer-info">\n<li '
             'id="footer-info-lastmod"> This page was last edited on %s<span class="anonymous-show">&nbsp;(UTC)</span>.'
             '</li>\n<li id="footer-info-copyright">Text is available under the <a href="%sWikipedia:Text_of_the_'
             'Creative_Commons_Attribution-ShareAlike_4.0_International_License" title="Wikipedia:Text of the Creative '
             'Commons Attribution-ShareAlike 4.0 International License">Creative Commons Attribution-ShareAlike 4.0 '
             'License</a>;\nadditional terms may apply. By using this site, you agree to the <a href="https://'
             'foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use" class="extiw">Terms of Use</a> and '
             '<a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy" class="extiw">'
             'Privacy Policy</a>. Wikipedia® is a registered trademark of the <a rel="nofollow" class="external text" '
             'href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li>\n'
             '</ul>\n<ul id="footer-places">\n<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/'
             'wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>\n<li id="footer-places-about"><a '
             'href="%sWikipedia:About">About Wikipedia</a></li>\n<li id="footer-places-disclaimers"><a href="%s'
             'Wikipedia:General_disclaimer">Disclaimers</a></li>\n<li id="footer-places-contact"><a href="https://'
             'en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li>\n<li id="footer-places-wm-'
             'codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_'
             'of_Conduct">Code of Conduct</a></li>\n<li id="footer-places-developers"><a href="https://developer.'
             'wikimedia.org/">Developers</a></li>\n<li id="footer-places-statslink"><a href="https://stats.wikimedia.'
             'org/#/en.wikipedia.org">Statistics</a></li>\n<li id="footer-places-cookiestatement"><a href="https://'
             'foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>\n<li '
             'id="footer-places-mobileview"><a href="https://en.m.wikipedia.org/w/index.php?title=%s&amp;mobileaction='
             'toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>\n</ul>\n<ul id="footer-'
             'icons" class="noprint">\n<li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-'
             'button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source '
             'media="(min-width: 500px)" srcset="%swikimedia-button.svg" width="84" height="29"><img src="%swikimedia.'
             'svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>\n<li '
             'id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button '
             'cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" '
             'srcset="%spoweredby_mediawiki.svg" width="88" height="31"><img src="%smediawiki_compact.svg" alt="Powered '
             'by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li>\n</ul>\n</footer>\n'
             '</div>\n</div>\n</div>\n' % (META["lastmod"], WIKI, WIKI, WIKI, PAGE, FILES, FILES, FILES, FILES))
    h.append('<div class="vector-header-container vector-sticky-header-container">\n<div id="vector-sticky-header" '
             'class="vector-sticky-header">\n<div class="vector-sticky-header-start">\n<div class="vector-sticky-header-'
             'context-bar">\n<div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-'
             'page-title-main">%s</span></div>\n</div>\n</div>\n<div class="vector-sticky-header-end" aria-hidden="true">'
             '\n<div class="vector-sticky-header-icons">\n<a href="%s#" class="cdx-button cdx-button--fake-button cdx-'
             'button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" '
             'tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-'
             'icon-wikimedia-speechBubbles"></span>\n</a>\n</div>\n</div>\n</div>\n</div>\n<div class="mw-portlet mw-'
             'portlet-dock-bottom emptyPortlet" id="p-dock-bottom">\n<ul>\n</ul>\n</div>\n' % (esc(TITLE), URL))
    h.append('<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7c9d8f5b6-'
             'x2k4q","wgBackendResponseTime":143,"wgPageParseReport":{"limitreport":{"cputime":"0.612","walltime":'
             '"0.781","ppvisitednodes":{"value":4211,"limit":1000000},"revisionsize":{"value":14873,"limit":2097152},'
             '"postexpandincludesize":{"value":96412,"limit":2097152},"templateargumentsize":{"value":2871,"limit":'
             '2097152},"expansiondepth":{"value":16,"limit":100},"expensivefunctioncount":{"value":6,"limit":500},'
             '"unstrip-depth":{"value":1,"limit":20},"unstrip-size":{"value":61233,"limit":5000000},"entityaccesscount":'
             '{"value":0,"limit":500},"timingprofile":["100.00%%  689.117      1 -total"," 38.02%%  262.004      1 '
             'Template:Reflist"," 21.47%%  147.912      6 Template:Cite_news"," 12.90%%   88.875      1 Template:'
             'Infobox"]},"scribunto":{"limitreport-timeusage":{"value":"0.379","limit":"10.000"},"limitreport-'
             'memusage":{"value":8712345,"limit":52428800}},"cachereport":{"origin":"mw-web.eqiad.main-7c9d8f5b6-'
             'x2k4q","timestamp":"20250809164212","ttl":2592000,"transientcontent":false}}});});</script>\n'
             '<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"%s",'
             '"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/%s","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/'
             'Q5169112","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q5169112","author":{"@type":'
             '"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":'
             '"Wikimedia Foundation, Inc.","logo":{"@type":"ImageObject","url":"https:\\/\\/www.wikimedia.org\\/static'
             '\\/images\\/wmf-hor-googpub.png"}},"datePublished":"2008-12-02T06:51:40Z","dateModified":"%s",'
             '"headline":"%s"}</script>\n\n</body></html>' % (TITLE, PAGE, META["iso"], esc(META["short"])))
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())


if __name__ == "__main__":
    main()
