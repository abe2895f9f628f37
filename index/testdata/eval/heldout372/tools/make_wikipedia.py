#!/usr/bin/python3
"""Re-make docs/dholavira-wikipedia.html from tools/dholavira-wikipedia.txt.

The page is an English Wikipedia article in the Vector 2022 skin as Chrome's "Save as... Webpage,
Complete" writes it: the "saved from url" comment, the live DOM after the skin's JavaScript ran
(client-js classes, the Vue search box, collapsed navboxes), resource links rewritten into the
"Dholavira - Wikipedia_files" folder (not part of the set) and every in-wiki link made absolute.
The source text is a light wikitext: [[links]], ''italic'', '''bold''', <name> citations, == headings ==,
an {{infobox}} block, {{navbox}} blocks, * lists and # references. Output is deterministic.
Usage: /usr/bin/python3 tools/make_wikipedia.py [OUT.html]
"""
import html
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "dholavira-wikipedia"
WIKI = "https://en.wikipedia.org/wiki/"
W = "https://en.wikipedia.org/w/index.php?title="


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def href(page):
    if page.startswith("commons:"):
        return "https://commons.wikimedia.org/wiki/" + urllib.parse.quote(page[8:].replace(" ", "_"),
                                                                          safe="/:(),'")
    return WIKI + urllib.parse.quote(page.replace(" ", "_"), safe="/:(),'")


class Refs:
    def __init__(self, defs):
        self.defs = defs          # name -> text, in list order
        self.order = []           # names in order of first use
        self.uses = {}

    def cite(self, title, name):
        if name not in self.order:
            self.order.append(name)
        n = self.order.index(name) + 1
        k = self.uses.get(name, 0)
        self.uses[name] = k + 1
        return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="%s#cite_note-%s-%d">'
                '<span class="cite-bracket">[</span>%d<span class="cite-bracket">]</span></a></sup>'
                % (name, n, k, href(title), name, n, n))


def inline(text, title, refs=None):
    out = []
    pos = 0
    pat = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[(https?://\S+) ([^\]]+)\]|'''(.+?)'''|''(.+?)''|<(\w+)>")
    for m in pat.finditer(text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1):
            page, shown = m.group(1), m.group(2) or m.group(1)
            if page.startswith("commons:"):
                out.append('<a href="%s" class="extiw" title="%s">%s</a>' % (attr(href(page)), attr(page), esc(shown)))
            elif page == title:
                out.append('<a class="mw-selflink selflink">%s</a>' % esc(shown))
            else:
                out.append('<a href="%s" title="%s">%s</a>' % (attr(href(page)), attr(page), esc(shown)))
        elif m.group(3):
            out.append('<a rel="nofollow" class="external text" href="%s">%s</a>' % (attr(m.group(3)), esc(m.group(4))))
        elif m.group(5):
            out.append("<b>%s</b>" % inline(m.group(5), title))
        elif m.group(6):
            out.append("<i>%s</i>" % inline(m.group(6), title))
        elif m.group(7):
            out.append(refs.cite(title, m.group(7)))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def anchor(h):
    return h.replace(" ", "_")


def editsection(title, n, h):
    return ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="%s%s&amp;action=edit&amp;section=%d" '
            'title="Edit section: %s"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>'
            % (W, urllib.parse.quote(title), n, attr(h)))


LANG_NAMES = {"bn": ("বাংলা", "Bangla"), "de": ("Deutsch", "German"), "es": ("Español", "Spanish"),
              "fr": ("Français", "French"), "gu": ("ગુજરાતી", "Gujarati"), "hi": ("हिन्दी", "Hindi"),
              "it": ("Italiano", "Italian"), "kn": ("ಕನ್ನಡ", "Kannada"), "ml": ("മലയാളം", "Malayalam"),
              "mr": ("मराठी", "Marathi"), "nl": ("Nederlands", "Dutch"), "ja": ("日本語", "Japanese"),
              "pl": ("Polski", "Polish"), "pt": ("Português", "Portuguese"), "ru": ("Русский", "Russian"),
              "ta": ("தமிழ்", "Tamil"), "te": ("తెలుగు", "Telugu"), "ur": ("اردو", "Urdu")}
FILES = "./Dholavira - Wikipedia_files/"


def parse(src):
    meta, body = {}, []
    infobox, navboxes, refs_defs = [], [], {}
    lines = src.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
        elif ln.startswith("{{infobox"):
            i += 1
            while lines[i] != "}}":
                k, v = lines[i].split(" = ", 1)
                infobox.append((k, v))
                i += 1
        elif ln.startswith("{{navbox "):
            name = ln[9:].strip()
            groups = []
            i += 1
            while lines[i] != "}}":
                k, v = lines[i].split(" = ", 1)
                groups.append((k, [x.strip() for x in v.split(";")]))
                i += 1
            navboxes.append((name, groups))
        elif ln.startswith("# "):
            name, text = ln[2:].split(" | ", 1)
            refs_defs[name] = text
        elif ln.strip():
            body.append(ln)
        i += 1
    return meta, infobox, navboxes, refs_defs, body


def build_infobox(rows, title):
    d = dict(rows)
    out = ['<table class="infobox ib-archaeological-site vcard"><tbody>',
           '<tr><th colspan="2" class="infobox-above fn org">%s</th></tr>' % esc(d["name"]),
           '<tr><td colspan="2" class="infobox-subheader"><span lang="gu">%s</span></td></tr>' % esc(d["native"])]
    img, w, h = d["image"].split("|")
    out.append('<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless">'
               '<a href="%sFile:%s" class="mw-file-description"><img src="%s%s" decoding="async" width="%s" height="%s" '
               'class="mw-file-element" data-file-width="4000" data-file-height="2667"></a></span>'
               '<div class="infobox-caption">%s</div></td></tr>'
               % (WIKI, img.split("px-", 1)[1], FILES, img, w, h, esc(d["caption"])))
    out.append('<tr><td colspan="2" class="infobox-full-data"><div class="switcher-container">'
               '<div class="center"><div class="locmap" style="width:250px;float:none;clear:both;margin-left:auto;margin-right:auto">'
               '<div style="width:250px;padding:0"><div style="position:relative;width:250px">'
               '<span class="notpageimage" typeof="mw:File"><span><img alt="Dholavira is located in Gujarat" src="%s250px-India_Gujarat_location_map.svg.png" '
               'decoding="async" width="250" height="188" class="mw-file-element"></span></span>'
               '<div class="od" style="top:36.6%%;left:24.4%%"><div class="id" style="left:-3px;top:-3px"><span class="notpageimage" typeof="mw:File">'
               '<span title="Dholavira"><img alt="Dholavira" src="%s6px-Red_pog.svg.png" decoding="async" width="6" height="6" class="mw-file-element"></span></span></div>'
               '<div class="pl" style="font-size:90%%;width:6em;left:-6.5em"><span style="padding:1px">Dholavira</span></div></div></div>'
               '<div style="font-size:90%%;padding-top:3px">Show map of Gujarat</div></div></div></div>'
               '<div class="switcher-container-buttons">Show map of Gujarat · <a href="https://en.wikipedia.org/wiki/Dholavira#" role="button">Show map of India</a> · <a href="https://en.wikipedia.org/wiki/Dholavira#" role="button">Show all</a></div>'
               '</div></td></tr>' % (FILES, FILES))
    out.append('<tr><td colspan="2" class="infobox-full-data">%s</td></tr>' % esc(d["mapcaption"]))
    for k, v in rows:
        if k in ("name", "native", "image", "caption", "mapcaption", "#"):
            continue
        if k == "##":
            out.append('<tr><th colspan="2" class="infobox-header">%s</th></tr>' % esc(v))
            continue
        if k == "Coordinates":
            v_html = ('<span class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename=Dholavira&amp;params=23_53_10_N_70_12_49_E_type:landmark_region:IN-GJ">'
                      '<span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location">'
                      '<span class="latitude">23°53′10″N</span> <span class="longitude">70°12′49″E</span></span></span>'
                      '<span class="geo-multi-punct">\ufeff / \ufeff</span><span class="geo-nondefault"><span class="geo-dec" title="Maps, aerial photos, and other data for this location">23.88611°N 70.21361°E</span>'
                      '<span style="display:none">\ufeff / <span class="geo">23.88611; 70.21361</span></span></span></a></span>')
        else:
            v_html = inline(v, title)
        out.append('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s</td></tr>' % (esc(k), v_html))
    out.append("</tbody></table>")
    return "".join(out)


def build_navbox(name, groups, title):
    nid = anchor(name)
    out = ['<div role="navigation" class="navbox" aria-labelledby="%s" style="padding:3px">' % attr(nid),
           '<table class="nowraplinks mw-collapsible autocollapse navbox-inner mw-made-collapsible mw-collapsed" style="border-spacing:0;background:transparent;color:inherit"><tbody>',
           '<tr><th scope="col" class="navbox-title" colspan="2"><button type="button" class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-collapsed" aria-expanded="false" tabindex="0"><span class="mw-collapsible-text">show</span></button>'
           '<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1239400231">'
           '<div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="%sTemplate:%s" title="Template:%s"><abbr title="View this template">v</abbr></a></li>'
           '<li class="nv-talk"><a href="%sTemplate_talk:%s" title="Template talk:%s"><abbr title="Discuss this template">t</abbr></a></li>'
           '<li class="nv-edit"><a href="%sTemplate:%s&amp;action=edit" title="Special:EditPage/Template:%s"><abbr title="Edit this template">e</abbr></a></li></ul></div>'
           '<div id="%s" style="font-size:114%%;margin:0 4em">%s</div></th></tr>'
           % (WIKI, nid, attr(name), WIKI, nid, attr(name), W, nid, attr(name), attr(nid), inline("[[%s]]" % name, title))]
    for gi, (g, items) in enumerate(groups):
        lis = "".join("<li>%s</li>" % inline("[[%s]]" % it, title) for it in items)
        out.append('<tr style="display: none;"><th scope="row" class="navbox-group" style="width:1%%">%s</th>'
                   '<td class="navbox-list-with-group navbox-list navbox-%s hlist" style="width:100%%;padding:0"><div style="padding:0 0.25em"><ul>%s</ul></div></td></tr>'
                   % (esc(g), "odd" if gi % 2 == 0 else "even", lis))
    out.append("</tbody></table></div>")
    return "".join(out)


def build_content(meta, infobox, navboxes, refs_defs, body):
    title = meta["title"]
    refs = Refs(refs_defs)
    out = ['<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">',
           '<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">%s</div>' % esc(meta["short"]),
           '<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em;margin-bottom:0.5em}.mw-parser-output .hatnote i{font-style:normal}.mw-parser-output .hatnote+link+.hatnote{margin-top:-0.5em}@media print{body.ns-0 .mw-parser-output .hatnote{display:none!important}}</style>',
           '<div role="note" class="hatnote navigation-not-searchable">%s</div>' % inline(meta["hatnote"], title),
           '<p class="mw-empty-elt">\n</p>',
           '<style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox{padding:0;border:none;margin:-3px;width:auto;min-width:100%;font-size:100%;clear:none;float:none;background-color:transparent}.mw-parser-output .infobox-3cols-child{margin:auto}.mw-parser-output .infobox .navbar{font-size:100%}@media screen{html.skin-theme-clientpref-night .mw-parser-output .infobox-full-data:not(.notheme)&gt;div:not(.notheme)[style]{background:#1f1f23!important;color:#f8f9fa}}</style>',
           build_infobox(infobox, title)]
    sec = 0
    lst = None
    toc = []
    for ln in body:
        if lst and not ln.startswith("* "):
            out.append("</ul>\n")
            lst = None
        m = re.match(r"(==+) (.+?) ==+$", ln)
        if m:
            lvl = len(m.group(1))
            h = m.group(2)
            sec += 1
            toc.append((lvl, h))
            out.append('<div class="mw-heading mw-heading%d"><h%d id="%s">%s</h%d>%s</div>\n'
                       % (lvl, lvl, attr(anchor(h)), esc(h), lvl, editsection(title, sec, h)))
            if h == "References":
                out.append(build_reflist(refs, title))
            continue
        if ln.startswith("* "):
            if not lst:
                out.append("<ul>")
                lst = True
            out.append("<li>%s</li>\n" % inline(ln[2:], title, refs))
            continue
        out.append("<p>%s\n</p>\n" % inline(ln, title, refs))
    if lst:
        out.append("</ul>\n")
    out.append('<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol,.mw-parser-output .hlist ul{margin:0;padding:0}.mw-parser-output .hlist dd,.mw-parser-output .hlist dt,.mw-parser-output .hlist li{margin:0;display:inline}.mw-parser-output .hlist li:after{content:" · ";font-weight:bold}.mw-parser-output .hlist li:last-child:after{content:none}</style></div>')
    for name, groups in navboxes:
        out.append(build_navbox(name, groups, title))
    out.append('<!-- \nNewPP limit report\nParsed by mw\u2010api\u2010int.eqiad.main\u20107c5f8d9b64\u2010xk2vq\nCached time: 20251003114219\nCache expiry: 2592000\nReduced expiry: false\nComplications: [vary\u2010revision\u2010sha1, show\u2010toc]\nCPU time usage: 0.612 seconds\nReal time usage: 0.774 seconds\nPreprocessor visited node count: 3921/1000000\nRevision size: 14862/2097152 bytes\nHighest expansion depth: 16/100\nExpensive parser function count: 4/500\nUnstrip recursion depth: 1/20\nNumber of Wikibase entities loaded: 1/500\n-->\n')
    out.append("</div>")
    return "".join(out), toc


def build_reflist(refs, title):
    out = ['<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}@media screen{.mw-parser-output .reflist{font-size:90%}}.mw-parser-output .reflist .references{font-size:100%;margin-bottom:0;list-style-type:inherit}</style>',
           '<div class="reflist reflist-columns references-column-width" style="column-width: 30em;">\n<div class="mw-references-wrap mw-references-columns"><ol class="references">\n']
    REFS_PENDING.append(refs)
    out.append("@@REFS@@")
    out.append("</ol></div></div>\n")
    return "".join(out)


REFS_PENDING = []


def render_refs(refs, title):
    out = []
    for name in refs.order:
        n = refs.order.index(name) + 1
        uses = refs.uses[name]
        if uses == 1:
            back = '<span class="mw-cite-backlink"><b><a href="%s#cite_ref-%s_%d-0">^</a></b></span>' % (href(title), name, n)
        else:
            links = " ".join('<a href="%s#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>' % (href(title), name, n, k, "abcdefghijklmnopqrstuvwxyz"[k])
                             for k in range(uses))
            back = '<span class="mw-cite-backlink">^ %s</span>' % links
        text = refs.defs[name]
        m = re.match(r'(.*?)"(.+?)"(.*)$', text)
        if m:
            body = '%s<a rel="nofollow" class="external text" href="https://web.archive.org/web/2025/%s">"%s"</a>%s' % (
                inline(m.group(1), title), urllib.parse.quote(m.group(2)[:40].replace(" ", "-").lower()), esc(m.group(2)), inline(m.group(3), title))
        else:
            body = inline(text, title)
        out.append('<li id="cite_note-%s-%d">%s <span class="reference-text"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1238218222">'
                   '<cite class="citation %s cs1">%s</cite><span title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%%3Aofi%%2Ffmt%%3Akev%%3Amtx%%3Abook" class="Z3988"></span></span>\n</li>\n'
                   % (name, n, back, "book" if "''" in text and '"' not in text else "web", body))
    return "".join(out)


def toc_html(toc, title):
    out = ['<ul class="vector-toc-contents" id="mw-panel-toc-list">',
           '<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="%s#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>' % href(title)]
    n1 = 0
    n2 = 0
    open_sub = False
    for idx, (lvl, h) in enumerate(toc):
        if lvl == 2:
            if open_sub:
                out.append("</ul></li>")
                open_sub = False
            elif n1:
                out.append('<ul id="toc-%s-sublist" class="vector-toc-list"></ul></li>' % attr(anchor(toc[idx - 1][1])))
            n1 += 1
            n2 = 0
            has_sub = idx + 1 < len(toc) and toc[idx + 1][0] == 3
            out.append('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-1%s"><a class="vector-toc-link" href="%s#%s"><div class="vector-toc-text">'
                       '<span class="vector-toc-numb">%d</span><span>%s</span></div></a>'
                       % (attr(anchor(h)), " vector-toc-list-item-expanded" if has_sub else "", href(title), attr(anchor(h)), n1, esc(h)))
            if has_sub:
                out.append('<button aria-controls="toc-%s-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle" aria-expanded="true">'
                           '<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle %s subsection</span></button>'
                           '<ul id="toc-%s-sublist" class="vector-toc-list">' % (attr(anchor(h)), esc(h), attr(anchor(h))))
                open_sub = True
        else:
            n2 += 1
            out.append('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-2"><a class="vector-toc-link" href="%s#%s"><div class="vector-toc-text">'
                       '<span class="vector-toc-numb">%d.%d</span><span>%s</span></div></a><ul id="toc-%s-sublist" class="vector-toc-list"></ul></li>'
                       % (attr(anchor(h)), href(title), attr(anchor(h)), n1, n2, esc(h), attr(anchor(h))))
    if open_sub:
        out.append("</ul></li>")
    else:
        out.append('<ul id="toc-%s-sublist" class="vector-toc-list"></ul></li>' % attr(anchor(toc[-1][1])))
    out.append("</ul>")
    return "".join(out)


def menu(pid, heading, items, cls="mw-portlet"):
    lis = "".join('<li id="%s" class="mw-list-item"><a href="%s"%s><span>%s</span></a></li>' % (i, attr(u), (' title="%s"' % attr(t)) if t else "", esc(x))
                  for i, x, u, t in items)
    return ('<div id="%s" class="vector-menu %s mw-portlet-%s"><div class="vector-menu-heading">%s</div>'
            '<div class="vector-menu-content"><ul class="vector-menu-content-list">%s</ul></div></div>\n'
            % (pid, cls, pid[2:], esc(heading), lis))


HTML_CLASS = ("client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled "
              "vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled "
              "vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 "
              "vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day "
              "vector-sticky-header-enabled vector-toc-available")


def build(src):
    meta, infobox, navboxes, refs_defs, body = parse(src)
    title = meta["title"]
    url = href(title)
    content, toc = build_content(meta, infobox, navboxes, refs_defs, body)
    for refs in REFS_PENDING:
        content = content.replace("@@REFS@@", render_refs(refs, title))
    del REFS_PENDING[:]
    langs = [x.split(":", 1) for x in meta["languages"].split("|")]
    nl = len(langs)
    rlconf = ('RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],'
              '"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],'
              '"wgRequestId":"8e2c61f4-9b3a-4d7e-a1c5-0f6b2d9e7a13","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,'
              '"wgPageName":"%s","wgTitle":"%s","wgCurRevisionId":%s,"wgRevisionId":%s,"wgArticleId":3389412,"wgIsArticle":true,"wgIsRedirect":false,'
              '"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[%s],"wgPageViewLanguage":"en","wgPageContentLanguage":"en",'
              '"wgPageContentModel":"wikitext","wgRelevantPageName":"%s","wgRelevantArticleId":3389412,"wgIsProbablyEditable":true,'
              '"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"wikipedia",'
              '"wgFlaggedRevsParams":{"tags":{"status":{"levels":1}}},"wgMediaViewerOnClick":true,"wgMediaViewerEnabledByDefault":true,'
              '"wgPopupsFlags":0,"wgVisualEditor":{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"},'
              '"wgMFDisplayWikibaseDescriptions":{"search":true,"watchlist":true,"tagline":false,"nearby":true},"wgWMESchemaEditAttemptStepOversample":false,'
              '"wgULSCurrentAutonym":"English","wgCoordinates":{"lat":23.886111111111,"lon":70.213611111111},"wgWikibaseItemId":"Q1233518",'
              '"wgCheckUserClientHintsHeadersJsApi":["brands","architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"],'
              '"GEHomepageSuggestedEditsEnableTopics":true,"wgGESuggestedEditsTaskTypes":{"taskTypes":["copyedit","link-recommendation"],"unavailableTaskTypes":[]},'
              '"wgGETopicsMatchModeEnabled":false,"wgGELevelingUpEnabledForUser":false};'
              % (title, title, meta["revision"], meta["revision"],
                 ",".join('"%s"' % c for c in meta["hidden"].split("|") + meta["categories"].split("|")), title))
    head = ('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html class="%s" lang="en" dir="ltr">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n\n<title>%s - Wikipedia</title>\n'
            '<script>(function(){var className="%s";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);'
            'if(cookie){cookie[1].split(\'%%2C\').forEach(function(pref){className=className.replace(new RegExp(\'(^| )\'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,\'\')+\'-clientpref-\\\\w+( |$)\'),\'$1\'+pref+\'$2\');});}'
            'document.documentElement.className=className;}());%s\n'
            'RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready",'
            '"user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready",'
            '"skins.vector.icons":"ready","jquery.makeCollapsible.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready",'
            '"ext.uls.interlanguage":"ready","wikibase.client.init":"ready"};RLPAGEMODULES=["ext.cite.ux-enhancements","mediawiki.page.media",'
            '"site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP",'
            '"ext.centralNotice.startUp","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin",'
            '"mmv.bootstrap","ext.popups","ext.visualEditor.desktopArticleTarget.init","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents",'
            '"ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","ext.cx.uls.quick.actions","wikibase.client.vector-2022",'
            '"wikibase.databox.fromWikidata","ext.checkUser.clientHints","ext.growthExperiments.SuggestedEditSession"];</script>\n'
            '<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"});\n}];});});</script>\n'
            '<link rel="stylesheet" href="%sload.css">\n<script async="" src="%sload.php"></script>\n'
            '<style>\n.mw-ui-icon-wikimedia-language-progressive{-webkit-mask-image:url(data:image/svg+xml,%%3Csvg%%3E%%3C/svg%%3E);mask-image:url(data:image/svg+xml,%%3Csvg%%3E%%3C/svg%%3E)}\n</style>\n'
            '<meta name="ResourceLoaderDynamicStyles" content="">\n<link rel="stylesheet" href="%sload(1).css">\n'
            '<meta name="generator" content="MediaWiki 1.45.0-wmf.21">\n<meta name="referrer" content="origin">\n'
            '<meta name="referrer" content="origin-when-cross-origin">\n<meta name="robots" content="max-image-preview:standard">\n'
            '<meta name="format-detection" content="telephone=no">\n'
            '<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/5/5f/Dholavira_reservoir.jpg/1200px-Dholavira_reservoir.jpg">\n'
            '<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="800">\n'
            '<meta name="viewport" content="width=1120">\n<meta property="og:title" content="%s - Wikipedia">\n<meta property="og:type" content="website">\n'
            '<link rel="preconnect" href="https://upload.wikimedia.org/">\n'
            '<link rel="alternate" media="only screen and (max-width: 640px)" href="https://en.m.wikipedia.org/wiki/%s">\n'
            '<link rel="alternate" type="application/x-wiki" title="Edit this page" href="%s%s&amp;action=edit">\n'
            '<link rel="apple-touch-icon" href="https://en.wikipedia.org/static/apple-touch/wikipedia.png">\n'
            '<link rel="icon" href="https://en.wikipedia.org/static/favicon/wikipedia.ico">\n'
            '<link rel="search" type="application/opensearchdescription+xml" href="https://en.wikipedia.org/w/rest.php/v1/search" title="Wikipedia (en)">\n'
            '<link rel="EditURI" type="application/rsd+xml" href="https://en.wikipedia.org/w/api.php?action=rsd">\n'
            '<link rel="canonical" href="%s">\n<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">\n'
            '<link rel="alternate" type="application/atom+xml" title="Wikipedia Atom feed" href="https://en.wikipedia.org/w/index.php?title=Special:RecentChanges&amp;feed=atom">\n'
            '<link rel="dns-prefetch" href="https://meta.wikimedia.org/">\n<link rel="dns-prefetch" href="https://login.wikimedia.org/">\n'
            '<script src="%sload(2).php"></script><script async="" src="%sload(3).php"></script>'
            '<script src="%sload(4).php"></script><link rel="stylesheet" href="%sload(5).css"></head>\n'
            % (len(url), url, HTML_CLASS, title, HTML_CLASS, rlconf, FILES, FILES, FILES,
               title, title, W, title, url, FILES, FILES, FILES, FILES))
    main_menu = (menu("p-navigation", "Navigation", [
        ("n-mainpage-description", "Main page", WIKI + "Main_Page", "Visit the main page [alt-z]"),
        ("n-contents", "Contents", WIKI + "Wikipedia:Contents", "Guides to browsing Wikipedia"),
        ("n-currentevents", "Current events", WIKI + "Portal:Current_events", "Articles related to current events"),
        ("n-randompage", "Random article", WIKI + "Special:Random", "Visit a randomly selected article [alt-x]"),
        ("n-aboutsite", "About Wikipedia", WIKI + "Wikipedia:About", "Learn about Wikipedia and how it works"),
        ("n-contactpage", "Contact us", WIKI + "Wikipedia:Contact_us", "How to contact Wikipedia")])
        + menu("p-interaction", "Contribute", [
            ("n-help", "Help", WIKI + "Help:Contents", "Guidance on how to use and edit Wikipedia"),
            ("n-introduction", "Learn to edit", WIKI + "Help:Introduction", "Learn how to edit Wikipedia"),
            ("n-portal", "Community portal", WIKI + "Wikipedia:Community_portal", "The hub for editors"),
            ("n-recentchanges", "Recent changes", WIKI + "Special:RecentChanges", "A list of recent changes to Wikipedia [alt-shift-r]"),
            ("n-upload", "Upload file", WIKI + "Wikipedia:File_upload_wizard", "Add images or other media for use on Wikipedia"),
            ("n-specialpages", "Special pages", WIKI + "Special:SpecialPages", "")]))
    header = (
        '<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-%s rootpage-%s skin-vector-2022 action-view uls-dialog-sticky-hide">'
        '<a class="mw-jump-link" href="%s#bodyContent">Jump to content</a>\n<div class="vector-header-container">\n\t<header class="vector-header mw-header no-font-mode-scale">\n'
        '\t\t<div class="vector-header-start">\n\t\t\t<nav class="vector-main-menu-landmark" aria-label="Site">\n'
        '<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">'
        '<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox" aria-label="Main menu">'
        '<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true">'
        '<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>\n'
        '<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">'
        '<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">'
        '<div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>'
        '<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>\n%s'
        '</div></div></div></div>\n\t\t</nav>\n'
        '<a href="%sMain_Page" class="mw-logo"><img class="mw-logo-icon" src="%swikipedia.png" alt="" aria-hidden="true" height="50" width="50">'
        '<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="%swikipedia-wordmark-en.svg" style="width: 7.5em; height: 1.125em;">'
        '<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="%swikipedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a>\n'
        '\t\t</div>\n\t\t<div class="vector-header-end">\n'
        '<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">'
        '<a href="%sSpecial:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [alt-shift-f]" accesskey="f">'
        '<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>'
        '<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">'
        '<form action="https://en.wikipedia.org/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">'
        '<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input mw-searchInput" autocomplete="off" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" spellcheck="false" title="Search Wikipedia [alt-shift-f]" accesskey="f" id="searchInput">'
        '<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>'
        '<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>\n'
        '<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">'
        '<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>'
        '<div id="p-vector-user-menu-userpage" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>'
        '<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-dropdown" class="vector-dropdown " title="Change the appearance of the page\'s font size, width, and color">'
        '<input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-appearance-dropdown" class="vector-dropdown-checkbox" aria-label="Appearance">'
        '<label id="vector-appearance-dropdown-label" for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true">'
        '<span class="vector-icon mw-ui-icon-appearance mw-ui-icon-wikimedia-appearance"></span><span class="vector-dropdown-label-text">Appearance</span></label>'
        '<div class="vector-dropdown-content"><div id="vector-appearance-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>'
        '<div id="p-vector-user-menu-notifications" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>'
        '<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en" class=""><span>Donate</span></a></li>'
        '<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="%sSpecial:CreateAccount&amp;returnto=%s" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a></li>'
        '<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="%sSpecial:UserLogin&amp;returnto=%s" title="You\'re encouraged to log in; however, it\'s not mandatory. [alt-shift-o]" accesskey="o" class=""><span>Log in</span></a></li>'
        '</ul></div></div></div>'
        '<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and more options">'
        '<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox" aria-label="Personal tools">'
        '<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true">'
        '<span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label>'
        '<div class="vector-dropdown-content"><div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item" title="User menu"><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li id="pt-sitesupport" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en"><span>Donate</span></a></li>'
        '<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="%sSpecial:CreateAccount&amp;returnto=%s"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>Create account</span></a></li>'
        '<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="%sSpecial:UserLogin&amp;returnto=%s"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>Log in</span></a></li>'
        '</ul></div></div>'
        '<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">Pages for logged out editors <a href="%sHelp:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div>'
        '<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anoncontribs" class="mw-list-item"><a href="%sSpecial:MyContributions" title="A list of edits made from this IP address [alt-shift-y]" accesskey="y"><span>Contributions</span></a></li>'
        '<li id="pt-anontalk" class="mw-list-item"><a href="%sSpecial:MyTalk" title="Discussion about edits from this IP address [alt-shift-n]" accesskey="n"><span>Talk</span></a></li></ul></div></div>'
        '</div></div></nav>\n\t\t</div>\n\t</header>\n</div>\n'
        % (title, title, url, main_menu, WIKI, FILES, FILES, FILES, WIKI, W, title, W, title, W, title, W, title, WIKI, WIKI, WIKI))
    lang_items = "".join(
        '<li class="interlanguage-link interwiki-%s mw-list-item"><a href="https://%s.wikipedia.org/wiki/%s" title="%s – %s" lang="%s" hreflang="%s" data-title="%s" '
        'data-language-autonym="%s" data-language-local-name="%s" class="interlanguage-link-target"><span>%s</span></a></li>'
        % (code, code, urllib.parse.quote(name.replace(" ", "_")), attr(name), LANG_NAMES[code][1], code, code, attr(name),
           LANG_NAMES[code][0], LANG_NAMES[code][1], LANG_NAMES[code][0]) for code, name in langs)
    tools = (menu("p-cactions", "Actions", [("ca-more-view", "Read", url, ""), ("ca-more-edit", "Edit", W + title + "&action=edit", "Edit this page [alt-shift-e]"),
                                             ("ca-more-history", "View history", W + title + "&action=history", "Past revisions of this page [alt-shift-h]")])
             + menu("p-tb", "General", [("t-whatlinkshere", "What links here", WIKI + "Special:WhatLinksHere/" + title, "List of all English Wikipedia pages containing links to this page [alt-shift-j]"),
                                         ("t-recentchangeslinked", "Related changes", WIKI + "Special:RecentChangesLinked/" + title, "Recent changes in pages linked from this page [alt-shift-k]"),
                                         ("t-upload", "Upload file", WIKI + "Wikipedia:File_Upload_Wizard", "Upload files [alt-shift-u]"),
                                         ("t-permalink", "Permanent link", W + title + "&oldid=" + meta["revision"], "Permanent link to this revision of this page"),
                                         ("t-info", "Page information", W + title + "&action=info", "More information about this page"),
                                         ("t-cite", "Cite this page", W + "Special:CiteThisPage&page=" + title + "&id=" + meta["revision"] + "&wpFormIdentifier=titleform", "Information on how to cite this page"),
                                         ("t-urlshortener", "Get shortened URL", W + "Special:UrlShortener&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F" + title, ""),
                                         ("t-urlshortener-qrcode", "Download QR code", W + "Special:QrCode&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F" + title, "")])
             + menu("p-coll-print_export", "Print/export", [("coll-download-as-rl", "Download as PDF", W + "Special:DownloadAsPdf&page=" + title + "&action=show-download-screen", "Download this page as a PDF file"),
                                                            ("t-print", "Printable version", W + title + "&printable=yes", "Printable version of this page [alt-shift-p]")])
             + menu("p-wikibase-otherprojects", "In other projects", [("t-commons", "Wikimedia Commons", "https://commons.wikimedia.org/wiki/Category:Dholavira", ""),
                                                                       ("t-wikibase", "Wikidata item", "https://www.wikidata.org/wiki/Special:EntityPage/Q1233518", "Structured data on this page hosted by Wikidata [alt-shift-g]")]))
    page = (
        '<div class="mw-page-container">\n\t<div class="mw-page-container-inner">\n\t\t<div class="vector-sitenotice-container">\n\t\t\t<div id="siteNotice"><!-- CentralNotice --></div>\n\t\t</div>\n'
        '\t\t<div class="vector-column-start">\n\t\t\t<div class="vector-main-menu-container">\n\t\t<div id="mw-navigation">\n\t\t\t<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">\n'
        '\t\t\t\t<div id="vector-main-menu-pinned-container" class="vector-pinned-container">\n\t\t\t\t</div>\n\t\t</nav>\n\t\t</div>\n\t</div>\n'
        '\t<div class="vector-sticky-pinned-container">\n\t\t\t\t<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">\n'
        '\t\t\t\t\t<div id="vector-toc-pinned-container" class="vector-pinned-container">\n\t\t\t\t<div id="vector-toc" class="vector-toc vector-pinnable-element">\n'
        '\t<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc">\n'
        '\t<h2 class="vector-pinnable-header-label">Contents</h2>\n'
        '\t<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>\n'
        '\t<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button>\n</div>\n\n\n'
        '\t%s\n</div>\n\t\t\t\t\t</div>\n\t\t</nav>\n\t\t\t</div>\n\t\t</div>\n'
        '\t\t<div class="mw-content-container">\n\t\t\t\t<main id="content" class="mw-body">\n\t\t\t\t<header class="mw-body-header vector-page-titlebar no-font-mode-scale">\n'
        '\t\t\t\t\t<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">%s</span></h1>\n'
        '\t\t\t\t\t\t\t<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang">'
        '<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in %d languages">'
        '<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-%d" aria-hidden="true">'
        '<span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">%d languages</span></label>'
        '<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">%s</ul>'
        '<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q1233518#sitelinks-wikipedia" title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div>'
        '</div></div></div>\n\t\t\t\t</header>\n'
        '\t\t\t\t<div class="vector-page-toolbar vector-feature-custom-font-size-clientpref--excluded">\n\t\t\t\t\t<div class="vector-page-toolbar-container">\n'
        '\t\t\t\t\t\t<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="%s" title="View the content page [alt-shift-c]" accesskey="c"><span>Article</span></a></li>'
        '<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="%sTalk:%s" rel="discussion" title="Discuss improvements to the content page [alt-shift-t]" accesskey="t"><span>Talk</span></a></li>'
        '</ul></div></div><div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><input type="checkbox" id="vector-variants-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Change language variant">'
        '<label id="vector-variants-dropdown-label" for="vector-variants-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">English</span></label>'
        '<div class="vector-dropdown-content"><div id="p-variants" class="vector-menu mw-portlet mw-portlet-variants emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div></div></div></nav></div>\n'
        '\t\t\t\t\t\t<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="%s"><span>Read</span></a></li>'
        '<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="%s%s&amp;action=edit" title="Edit this page [alt-shift-e]" accesskey="e"><span>Edit</span></a></li>'
        '<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="%s%s&amp;action=history" title="Past revisions of this page [alt-shift-h]" accesskey="h"><span>View history</span></a></li>'
        '</ul></div></div></nav>'
        '<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">'
        '<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox" aria-label="Tools">'
        '<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>'
        '<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">'
        '<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned" data-feature-name="page-tools-pinned" data-pinnable-element-id="vector-page-tools">'
        '<div class="vector-pinnable-header-label">Tools</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-page-tools.pin">move to sidebar</button>'
        '<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-page-tools.unpin">hide</button></div>\n'
        '<div id="p-cactions" class="vector-menu mw-portlet emptyPortlet"></div>%s</div></div></div></div></nav></div>\n'
        '\t\t\t\t\t</div>\n\t\t\t\t</div>\n'
        '\t\t\t\t<div class="vector-column-end no-font-mode-scale">\n\t\t\t\t\t<div class="vector-sticky-pinned-container">\n'
        '\t\t\t\t\t\t<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">'
        '<div id="vector-appearance" class="vector-appearance vector-pinnable-element"><div class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned" data-feature-name="appearance-pinned" data-pinnable-element-id="vector-appearance">'
        '<div class="vector-pinnable-header-label">Appearance</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>'
        '<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>'
        '<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-custom-font-size"><div class="vector-menu-heading">Text</div><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li class="mw-list-item mw-list-item-js"><div><div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-vector-feature-custom-font-size-value-0" name="skin-client-pref-vector-feature-custom-font-size-group" type="radio" class="cdx-radio__input" value="0"><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label for="skin-client-pref-vector-feature-custom-font-size-value-0" class="cdx-label__label"><span class="cdx-label__label__text">Small</span></label></div></div></div>'
        '<div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-vector-feature-custom-font-size-value-1" name="skin-client-pref-vector-feature-custom-font-size-group" type="radio" class="cdx-radio__input" value="1" checked=""><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label for="skin-client-pref-vector-feature-custom-font-size-value-1" class="cdx-label__label"><span class="cdx-label__label__text">Standard</span></label></div></div></div>'
        '<div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-vector-feature-custom-font-size-value-2" name="skin-client-pref-vector-feature-custom-font-size-group" type="radio" class="cdx-radio__input" value="2"><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label for="skin-client-pref-vector-feature-custom-font-size-value-2" class="cdx-label__label"><span class="cdx-label__label__text">Large</span></label></div></div></div></div></li></ul></div></div>'
        '<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-limited-width"><div class="vector-menu-heading">Width</div><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li class="mw-list-item mw-list-item-js"><div><div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-vector-feature-limited-width-value-1" type="radio" class="cdx-radio__input" value="1" checked=""><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label class="cdx-label__label"><span class="cdx-label__label__text">Standard</span></label></div></div></div>'
        '<div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-vector-feature-limited-width-value-0" type="radio" class="cdx-radio__input" value="0"><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label class="cdx-label__label"><span class="cdx-label__label__text">Wide</span></label></div></div></div></div></li></ul></div></div>'
        '<div id="skin-client-prefs-skin-theme" class="mw-portlet mw-portlet-skin-client-prefs-skin-theme"><div class="vector-menu-heading">Color (beta)</div><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        '<li class="mw-list-item mw-list-item-js"><div><div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-skin-theme-value-os" type="radio" class="cdx-radio__input" value="os"><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label class="cdx-label__label"><span class="cdx-label__label__text">Automatic</span></label></div></div></div>'
        '<div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-skin-theme-value-day" type="radio" class="cdx-radio__input" value="day" checked=""><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label class="cdx-label__label"><span class="cdx-label__label__text">Light</span></label></div></div></div>'
        '<div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper"><input id="skin-client-pref-skin-theme-value-night" type="radio" class="cdx-radio__input" value="night"><span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label class="cdx-label__label"><span class="cdx-label__label__text">Dark</span></label></div></div></div></div></li></ul></div></div>'
        '</div></div></nav>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n'
        '\t\t\t\t<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container="">\n'
        '\t\t\t\t\t<div class="vector-body-before-content">\n\t\t\t\t\t\t\t<div class="mw-indicators">\n\t\t</div>\n'
        '\t\t\t\t\t\t<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>\n\t\t\t\t\t</div>\n'
        '\t\t\t\t\t<div id="contentSub"><div id="mw-content-subtitle"></div></div>\n\t\t\t\t\t\n\t\t\t\t\t\n'
        '\t\t\t\t\t<div id="mw-content-text" class="mw-body-content">'
        '<span id="coordinates"><a href="%sGeographic_coordinate_system" title="Geographic coordinate system">Coordinates</a>: <span class="plainlinks nourlexpansion">'
        '<a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename=Dholavira&amp;params=23_53_10_N_70_12_49_E_type:landmark_region:IN-GJ">'
        '<span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">23°53′10″N</span> <span class="longitude">70°12′49″E</span></span></span>'
        '<span class="geo-multi-punct">\ufeff / \ufeff</span><span class="geo-nondefault"><span class="geo-dec" title="Maps, aerial photos, and other data for this location">23.88611°N 70.21361°E</span></span></a></span></span>'
        '%s\n<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="%s%s&amp;oldid=%s">%s%s&amp;oldid=%s</a>"</div></div>\n'
        % (toc_html(toc, title), title, nl, nl, nl, lang_items, url, WIKI, title, url, W, title, W, title, tools, WIKI, content,
           W, title, meta["revision"], W.replace("&", "&amp;"), title, meta["revision"]))
    cats = "".join('<li><a href="%sCategory:%s" title="Category:%s">%s</a></li>' % (WIKI, urllib.parse.quote(c.replace(" ", "_")), attr(c), esc(c))
                   for c in meta["categories"].split("|"))
    hidden = "".join('<li><a href="%sCategory:%s" title="Category:%s">%s</a></li>' % (WIKI, urllib.parse.quote(c.replace(" ", "_")), attr(c), esc(c))
                     for c in meta["hidden"].split("|"))
    page += ('\t\t\t\t\t<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">'
             '<a href="%sHelp:Category" title="Help:Category">Categories</a>: <ul>%s</ul></div>'
             '<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>%s</ul></div></div>\n'
             '\t\t\t\t</div>\n\t\t\t</main>\n\t\t\t\n\t\t</div>\n\t\t<div class="mw-footer-container">\n\t\t\t\n'
             '<footer id="footer" class="mw-footer">\n\t<ul id="footer-info">\n'
             '\t<li id="footer-info-lastmod"> This page was last edited on %s<span class="anonymous-show">&nbsp;(UTC)</span>.</li>\n'
             '\t<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>;\nadditional terms may apply. By using this site, you agree to the '
             '<a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and '
             '<a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the '
             '<a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li>\n</ul>\n\n'
             '\t<ul id="footer-places">\n'
             '\t<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>\n'
             '\t<li id="footer-places-about"><a href="%sWikipedia:About">About Wikipedia</a></li>\n'
             '\t<li id="footer-places-disclaimers"><a href="%sWikipedia:General_disclaimer">Disclaimers</a></li>\n'
             '\t<li id="footer-places-contact"><a href="%sWikipedia:Contact_us">Contact Wikipedia</a></li>\n'
             '\t<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>\n'
             '\t<li id="footer-places-developers"><a href="https://developer.wikimedia.org/">Developers</a></li>\n'
             '\t<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikipedia.org">Statistics</a></li>\n'
             '\t<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>\n'
             '\t<li id="footer-places-mobileview"><a href="https://en.m.wikipedia.org/w/index.php?title=%s&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>\n</ul>\n\n'
             '\t<ul id="footer-icons" class="noprint">\n'
             '\t<li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="%swikimedia-button.svg" width="84" height="29"><img src="%swikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>\n'
             '\t<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="%spoweredby_mediawiki.svg" width="88" height="31"><img src="%smediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li>\n</ul>\n\n</footer>\n\n'
             '\t\t</div>\n\t</div> \n</div> \n'
             '<div class="vector-header-container vector-sticky-header-container">\n\t<div id="vector-sticky-header" class="vector-sticky-header">\n\t\t<div class="vector-sticky-header-start">\n'
             '\t\t\t<div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">\n'
             '\t\t\t\t<button class="cdx-button cdx-button--weight-quiet vector-sticky-header-search-toggle" tabindex="-1" data-event-name="ui.vector-sticky-search-form.icon"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></button>\n\t\t\t</div>\n'
             '\t\t\t<div class="vector-sticky-header-context-bar">\n\t\t\t\t<div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-page-title-main">%s</span></div>\n\t\t\t</div>\n\t\t</div>\n'
             '\t\t<div class="vector-sticky-header-end" aria-hidden="true">\n\t\t\t<div class="vector-sticky-header-icons">\n'
             '\t\t\t\t<a href="https://en.wikipedia.org/wiki/Talk:Dholavira" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span><span></span></a>\n'
             '\t\t\t\t<a href="https://en.wikipedia.org/wiki/Dholavira" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-subject-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-article mw-ui-icon-wikimedia-article"></span><span></span></a>\n'
             '\t\t\t\t<a href="https://en.wikipedia.org/w/index.php?title=Dholavira&amp;action=history" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-history mw-ui-icon-wikimedia-wikimedia-history"></span><span></span></a>\n'
             '\t\t\t\t<a href="https://en.wikipedia.org/w/index.php?title=Special:UserLogin&amp;returnto=Dholavira" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only mw-watchlink" id="ca-watchstar-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-star mw-ui-icon-wikimedia-wikimedia-star"></span><span></span></a>\n'
             '\t\t\t\t<a href="https://en.wikipedia.org/w/index.php?title=Dholavira&amp;action=edit" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-edit-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-wikiText mw-ui-icon-wikimedia-wikimedia-wikiText"></span><span></span></a>\n'
             '\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n'
             '<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom">\n\t<ul>\n\t\t\n\t</ul>\n</div>\n'
             '<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5d8f7c9b6-q4xlt","wgBackendResponseTime":161,'
             '"wgPageParseReport":{"limitreport":{"cputime":"0.612","walltime":"0.774","ppvisitednodes":{"value":3921,"limit":1000000},"revisionsize":{"value":14862,"limit":2097152},'
             '"expansiondepth":{"value":16,"limit":100},"expensivefunctioncount":{"value":4,"limit":500},"entityaccesscount":{"value":1,"limit":500},"timingprofile":["100.00%%  681.442      1 -total"]},'
             '"cachereport":{"origin":"mw-api-int.eqiad.main-7c5f8d9b64-xk2vq","timestamp":"20251003114219","ttl":2592000,"transientcontent":false}}});});</script>\n'
             '<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"%s","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/%s",'
             '"sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q1233518","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q1233518",'
             '"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc.",'
             '"logo":{"@type":"ImageObject","url":"https:\\/\\/www.wikimedia.org\\/static\\/images\\/wmf-hor-googpub.png"}},"datePublished":"2005-11-19T06:14:52Z",'
             '"dateModified":"2025-10-03T11:42:07Z","image":"https:\\/\\/upload.wikimedia.org\\/wikipedia\\/commons\\/5\\/5f\\/Dholavira_reservoir.jpg",'
             '"headline":"archaeological site in Gujarat, India"}</script>\n\n'
             '<div class="mw-notification-area" data-mw="interface"></div></body></html>'
             % (WIKI, cats, hidden, meta["lastedited"], WIKI, WIKI, WIKI, title, FILES, FILES, FILES, FILES, title, title, title))
    return head + header + page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", SLUG + ".html")
    src = open(os.path.join(HERE, SLUG + ".txt"), encoding="utf-8").read()
    data = build(src).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
