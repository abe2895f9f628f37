#!/usr/bin/python3
"""Re-make docs/santal-rebellion-wikipedia.html from tools/santal-rebellion-wikipedia.txt.

The page is shaped as English Wikipedia serves an article in the Vector 2022 skin (MediaWiki
1.45 wmf branch, October 2025) and as Chrome saves it with "Webpage, HTML Only": the
client-nojs html class list, the RLCONF / RLSTATE / RLPAGEMODULES scripts, load.php
stylesheet links, the header with the main-menu dropdown, search and user links, the pinned
sidebar table of contents (vector-toc), the page title bar with the language dropdown, the
Article / Talk and Read / Edit / View history tabs, the Tools and Appearance menus, the
parser output (infobox vevent, hatnote, headings in mw-heading divs with [edit] links,
reference superscripts, a citation-needed tag, a wikitable, the reference list with CS1
citations and COinS spans, two navboxes with TemplateStyles), the NewPP limit report,
categories, the footer, the sticky header and the closing config and JSON-LD scripts.

Standard library only, deterministic.  Usage: make_wikipedia.py [output path]
"""
import html
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "santal-rebellion-wikipedia.txt")
OUT = os.path.join(HERE, "..", "docs", "santal-rebellion-wikipedia.html")

REDLINKS = {"Manjhi Haram", "Naikda movement", "Singpho rebellion", "Jaher"}


def esc(s):
    return html.escape(s, quote=True)


def href_of(target):
    t = target.replace(" ", "_")
    return "/wiki/" + urllib.parse.quote(t, safe="/:,()-_.!*'").replace("'", "%27")


def link(target, text=None):
    text = text if text is not None else target
    if target in REDLINKS:
        return ('<a href="/w/index.php?title=%s&amp;action=edit&amp;redlink=1" class="new" title="%s (page does not exist)">%s</a>'
                % (urllib.parse.quote(target.replace(" ", "_"), safe="(),-_."), esc(target), text))
    return '<a href="%s" title="%s">%s</a>' % (href_of(target), esc(target), text)


def anchor_of(title):
    return title.replace(" ", "_").replace("(", "(").replace(")", ")")


class Refs:
    def __init__(self, defs):
        self.defs = defs
        self.order = []
        self.uses = {}

    def mark(self, name):
        if name not in self.order:
            self.order.append(name)
            self.uses[name] = 0
        n = self.order.index(name) + 1
        k = self.uses[name]
        self.uses[name] += 1
        return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="#cite_note-%s-%d"><span class="cite-bracket">&#91;</span>%d<span class="cite-bracket">&#93;</span></a></sup>'
                % (name, n, k, name, n, n))


def inline(text, refs):
    out = esc(text).replace("&#x27;", "'")
    out = re.sub(r"'''(.+?)'''", r"<b>\1</b>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"''(.+?)''", r"<i>\1</i>", out)
    out = out.replace("&lt;br&gt;", "<br />")

    def wl(m):
        target = html.unescape(m.group(1))
        text = m.group(2) if m.group(2) is not None else m.group(1)
        return link(target, text)
    out = re.sub(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]", wl, out)
    out = re.sub(r"\{\{r\|(\w+)\}\}", lambda m: refs.mark(m.group(1)), out)
    out = re.sub(r"\{\{cn\|([^}]+)\}\}", lambda m: (
        '<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i><a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (%s)">citation needed</span></a></i>&#93;</sup>' % m.group(1)), out)
    return out


def read():
    meta, body, infobox, navboxes, refdefs = {}, [], {}, [], {}
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("="):
            if ln.startswith("=="):
                body.append(ln)
            else:
                k, v = ln[1:].split(" ", 1)
                meta[k] = v
        elif ln.startswith("{{infobox"):
            key = None
            i += 1
            while lines[i] != "}}":
                if lines[i].startswith("|"):
                    key, v = lines[i][1:].split("=", 1)
                    infobox[key] = [v]
                else:
                    infobox[key].append(lines[i])
                i += 1
        elif ln.startswith("{{navbox|"):
            title = ln[len("{{navbox|"):]
            groups = []
            i += 1
            while lines[i] != "}}":
                g, v = lines[i][1:].split("=", 1)
                groups.append((g, v.split("; ")))
                i += 1
            navboxes.append((title, groups))
        elif ln.startswith("{{ref|"):
            parts = ln[len("{{ref|"):-2].split("|")
            refdefs[parts[0]] = parts[1:]
        else:
            body.append(ln)
        i += 1
    return meta, body, infobox, navboxes, refdefs


def headings(body):
    out = []
    for ln in body:
        m = re.match(r"(={2,3}) (.+?) ={2,3}$", ln)
        if m:
            out.append((len(m.group(1)), m.group(2)))
    return out


def toc_html(heads):
    rows = ['\t<ul class="vector-toc-contents" id="mw-panel-toc-list">',
            '\t\t<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">',
            '\t\t\t<a href="#" class="vector-toc-link">',
            '\t\t\t\t<div class="vector-toc-text">(Top)</div>',
            '\t\t\t</a>',
            '\t\t</li>']
    n1 = n2 = 0
    i = 0
    while i < len(heads):
        level, title = heads[i]
        n1 += 1
        n2 = 0
        subs = []
        j = i + 1
        while j < len(heads) and heads[j][0] == 3:
            subs.append(heads[j][1])
            j += 1
        a = anchor_of(title)
        cls = "vector-toc-list-item vector-toc-level-1" + (" vector-toc-list-item-expanded" if subs else "")
        rows += ['\t\t<li id="toc-%s" class="%s">' % (esc(a), cls),
                 '\t\t<a class="vector-toc-link" href="#%s">' % esc(a),
                 '\t\t\t<div class="vector-toc-text">',
                 '\t\t\t\t<span class="vector-toc-numb">%d</span>' % n1,
                 '\t\t\t\t<span>%s</span>' % esc(title),
                 '\t\t\t</div>',
                 '\t\t</a>']
        if subs:
            rows += ['\t\t',
                     '\t\t\t<button aria-controls="toc-%s-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">' % esc(a),
                     '\t\t\t\t<span class="vector-icon mw-ui-icon-wikimedia-expand"></span>',
                     '\t\t\t\t<span>Toggle %s subsection</span>' % esc(title),
                     '\t\t\t</button>',
                     '\t\t']
        rows.append('\t\t<ul id="toc-%s-sublist" class="vector-toc-list">' % esc(a))
        for s in subs:
            n2 += 1
            sa = anchor_of(s)
            rows += ['\t\t\t<li id="toc-%s" class="vector-toc-list-item vector-toc-level-2">' % esc(sa),
                     '\t\t\t<a class="vector-toc-link" href="#%s">' % esc(sa),
                     '\t\t\t\t<div class="vector-toc-text">',
                     '\t\t\t\t\t<span class="vector-toc-numb">%d.%d</span>' % (n1, n2),
                     '\t\t\t\t\t<span>%s</span>' % esc(s),
                     '\t\t\t\t</div>',
                     '\t\t\t</a>',
                     '\t\t\t',
                     '\t\t\t<ul id="toc-%s-sublist" class="vector-toc-list">' % esc(sa),
                     '\t\t\t</ul>',
                     '\t\t</li>']
        rows += ['\t</ul>', '</li>']
        i = j
    rows.append('</ul>')
    return "\n".join(rows)


def infobox_html(ib, refs):
    def cell(key):
        vals = ib[key]
        first = inline(vals[0], refs)
        items = [inline(v[2:], refs) for v in vals[1:] if v.startswith("* ")]
        if items:
            first += "\n<ul><li>" + "</li>\n<li>".join(items) + "</li></ul>"
        return first
    img = ib["image"][0].replace(" ", "_")
    q = urllib.parse.quote(img)
    out = ['<table class="infobox vevent" style="width:315px;border-spacing:2px;"><tbody>'
           '<tr><th colspan="2" class="infobox-above summary" style="background:#B0C4DE;font-size:125%%;">%s</th></tr>' % esc(ib["name"][0]),
           '<tr><td colspan="2" class="infobox-subheader" style="background-color:#DCDCDC; line-height:1.5em;">%s</td></tr>' % cell("partof"),
           '<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:%s" class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8c/%s/300px-%s" decoding="async" width="300" height="204" class="mw-file-element" srcset="//upload.wikimedia.org/wikipedia/commons/thumb/8/8c/%s/450px-%s 1.5x, //upload.wikimedia.org/wikipedia/commons/thumb/8/8c/%s/600px-%s 2x" data-file-width="1400" data-file-height="952" /></a></span><div class="infobox-caption">%s</div></td></tr>'
           % (q, q, q, q, q, q, q, cell("caption")),
           '<tr><td colspan="2" class="infobox-full-data"><table style="width:100%%;margin:0;border-spacing:0;"><tbody>'
           '<tr><th style="padding-right:1em">Date</th><td>%s</td></tr>'
           '<tr><th style="padding-right:1em">Location</th><td><div class="location">%s</div></td></tr>'
           '<tr><th style="padding-right:1em">Result</th><td>%s</td></tr></tbody></table></td></tr>'
           % (cell("date"), cell("place"), cell("result"))]
    for head, a, b in (("Belligerents", "combatant1", "combatant2"),
                       ("Commanders and leaders", "commander1", "commander2"),
                       ("Strength", "strength1", "strength2"),
                       ("Casualties and losses", "casualties1", "casualties2")):
        out.append('<tr><th colspan="2" class="infobox-header" style="background:#B0C4DE;">%s</th></tr>'
                   '<tr><td class="infobox-data infobox-data-a" style="border-right:1px dotted #aaa;width:50%%;">%s</td>'
                   '<td class="infobox-data infobox-data-b" style="width:50%%;">%s</td></tr>' % (head, cell(a), cell(b)))
    out.append('</tbody></table>')
    return "".join(out)


def ref_item(name, n, parts, uses):
    kind = parts[0]
    if uses > 1:
        back = '<span class="mw-cite-backlink">^ ' + " ".join(
            '<a href="#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>' % (name, n, k, "abcdefgh"[k]) for k in range(uses)) + "</span>"
    else:
        back = '<span class="mw-cite-backlink"><b><a href="#cite_ref-%s_%d-0">^</a></b></span>' % (name, n)
    if kind == "book":
        author, year, title, pub, extra = parts[1:]
        last = author.split(",")[0]
        coins_title = re.sub(r"''", "", title)
        body = ('<cite id="CITEREF%s%s" class="citation book cs1">%s (%s). <i>%s</i>. %s%s %s.</cite>'
                % (esc(re.sub(r"[^A-Za-z]", "", last)), year, esc(author), year, esc(coins_title), esc(pub),
                   "" if pub.endswith(".") else ".", esc(extra)))
        coins = ('<span title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%%3Aofi%%2Ffmt%%3Akev%%3Amtx%%3Abook&amp;rft.genre=book&amp;rft.btitle=%s&amp;rft.date=%s&amp;rft.aulast=%s&amp;rfr_id=info%%3Asid%%2Fen.wikipedia.org%%3ASantal+rebellion" class="Z3988"></span>'
                 % (urllib.parse.quote_plus(coins_title), year, urllib.parse.quote_plus(last)))
    elif kind == "web":
        title, year, site, retrieved = parts[1:]
        body = ('<cite class="citation web cs1"><a rel="nofollow" class="external text" href="https://www.skmu.ac.in/about">%s</a>. <i>%s</i>. %s. <span class="reference-accessdate">%s</span>.</cite>'
                % (esc(title.strip('"')).join(["&quot;", "&quot;"]), esc(site), year, esc(retrieved)))
        coins = ""
    else:
        title, date, paper, retrieved = parts[1:]
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        body = ('<cite class="citation news cs1"><a rel="nofollow" class="external text" href="https://www.example-news.in/%s">%s</a>. %s. %s. <span class="reference-accessdate">%s</span>.</cite>'
                % (slug, "&quot;" + esc(title.strip('"')) + "&quot;", inline(paper, Refs({})), esc(date), esc(retrieved)))
        coins = ""
    return '<li id="cite_note-%s-%d">%s <span class="reference-text">%s%s</span>\n</li>' % (name, n, back, body, coins)


def edit_link(title, sec):
    return ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Santal_rebellion&amp;action=edit&amp;section=%d" title="Edit section: %s"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>'
            % (sec, esc(title)))


def body_html(body, refs, ib):
    out = []
    sec = 0
    para = []
    i = 0
    infobox_done = False

    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para), refs) + "\n</p>")
            para.clear()
    while i < len(body):
        ln = body[i]
        m = re.match(r"(={2,3}) (.+?) ={2,3}$", ln)
        if m:
            flush()
            sec += 1
            lvl = len(m.group(1))
            t = m.group(2)
            out.append('<div class="mw-heading mw-heading%d"><h%d id="%s">%s</h%d>%s</div>'
                       % (lvl, lvl, esc(anchor_of(t)), esc(t), lvl, edit_link(t, sec)))
            if t == "References":
                out.append("@@REFLIST@@")
        elif ln.startswith("* "):
            flush()
            items = []
            while i < len(body) and body[i].startswith("* "):
                items.append("<li>" + inline(body[i][2:], refs) + "</li>")
                i += 1
            cls = ' class="div-col"' if False else ""
            out.append("<ul>" + "\n".join(items) + "</ul>")
            continue
        elif ln.startswith("{|"):
            flush()
            rows = []
            i += 1
            cur = None
            while not body[i].startswith("|}"):
                r = body[i]
                if r.startswith("!"):
                    rows.append("<tr>\n" + "\n".join("<th>%s\n</th>" % inline(c, refs) for c in r[1:].split("!!")) + "</tr>")
                elif r.startswith("|-"):
                    pass
                elif r.startswith("|"):
                    rows.append("<tr>\n" + "\n".join("<td>%s\n</td>" % inline(c, refs) for c in r[1:].split("||")) + "</tr>")
                i += 1
            out.append('<table class="wikitable">\n<tbody>' + "\n".join(rows) + "</tbody></table>")
        elif not ln.strip():
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    return out


HEAD_CLASSES = ("vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled "
                "vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 "
                "vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 "
                "vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 "
                "vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled "
                "skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available")


def menu(pid, heading, items, extra_cls=""):
    rows = ['<div id="%s" class="vector-menu mw-portlet mw-portlet-%s%s" >' % (pid, pid[2:], extra_cls),
            '\t<div class="vector-menu-heading">%s</div>' % heading,
            '\t<div class="vector-menu-content">',
            '\t\t<ul class="vector-menu-content-list">']
    for iid, href, title, text in items:
        t = ' title="%s"' % title if title else ""
        rows.append('\t\t\t<li id="%s" class="mw-list-item"><a href="%s"%s><span>%s</span></a></li>' % (iid, href, t, text))
    rows += ['\t\t</ul>', '\t\t', '\t</div>', '</div>']
    return "\n".join(rows)


def page(meta, body, ib, navboxes, refdefs):
    title = meta["title"]
    slug = title.replace(" ", "_")
    refs = Refs(refdefs)
    content = body_html(body, refs, ib)
    infob = infobox_html(ib, refs)
    # reference list in order of first use
    reflist = ['<div class="mw-references-wrap mw-references-columns"><ol class="references">']
    for n, name in enumerate(refs.order, 1):
        reflist.append(ref_item(name, n, refdefs[name], refs.uses[name]))
    reflist.append("</ol></div>")
    content = [c if c != "@@REFLIST@@" else '<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}@media screen{.mw-parser-output .reflist{font-size:90%}}.mw-parser-output .reflist .references{font-size:100%;margin-bottom:0;list-style-type:inherit}.mw-parser-output .reflist-columns-2{column-width:30em}</style><div class="reflist">\n' + "\n".join(reflist) + "</div>" for c in content]
    # lead goes after the infobox; hatnote and short description first
    hat = inline(meta["hatnote"], refs)
    nav = navboxes_html(navboxes)
    heads = headings(body)
    langs = [l.split("|") for l in meta["languages"].split(";")]
    cats = meta["categories"].split("|")
    hidden = meta["hidden"].split("|")
    oldid = meta["oldid"]
    parser = ('<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">%s</div>'
              '<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em;margin-bottom:0.5em}.mw-parser-output .hatnote i{font-style:normal}.mw-parser-output .hatnote+link+.hatnote{margin-top:-0.5em}@media print{body.ns-0 .mw-parser-output .hatnote{display:none!important}}</style>'
              '<div role="note" class="hatnote navigation-not-searchable">%s</div>\n'
              '<style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox{padding:0;border:none;margin:-3px;width:auto;min-width:100%%;font-size:100%%;clear:none;float:none;background-color:transparent}.mw-parser-output .infobox-3cols-child{margin:auto}.mw-parser-output .infobox .navbar{font-size:100%%}@media screen{html.skin-theme-clientpref-night .mw-parser-output .infobox-full-data:not(.notheme)>div:not(.notheme)[style]{background:#1f1f23!important;color:#f8f9fa}}</style>%s\n'
              % (esc(meta["short"]), hat, infob))
    parser += "\n".join(content) + "\n" + nav + "\n"
    parser += ("<!-- \nNewPP limit report\nParsed by mw\u2010web.eqiad.main\u20107b5c9d4f6\u2010x2kqp\nCached time: 20251002064117\nCache expiry: 2592000\n"
               "Reduced expiry: false\nComplications: [vary\u2010revision\u2010sha1, show\u2010toc]\nCPU time usage: 0.612 seconds\nReal time usage: 0.771 seconds\n"
               "Preprocessor visited node count: 3618/1000000\nRevision size: 11873/2097152 bytes\nPost\u2010expand include size: 96410/2097152 bytes\n"
               "Template argument size: 2215/2097152 bytes\nHighest expansion depth: 16/100\nExpensive parser function count: 4/500\n"
               "Unstrip recursion depth: 1/20\nUnstrip post\u2010expand size: 41867/5000000 bytes\nLua time usage: 0.384/10.000 seconds\n"
               "Lua memory usage: 6918744/52428800 bytes\nNumber of Wikibase entities loaded: 0/500\n-->\n"
               "<!--\nTransclusion expansion time report (%,ms,calls,template)\n100.00%  671.204      1 -total\n"
               " 31.82%  213.551      1 Template:Reflist\n 24.07%  161.532      1 Template:Infobox_military_conflict\n"
               " 20.41%  136.971      4 Template:Cite_book\n 11.25%   75.514      2 Template:Navbox\n"
               "  6.74%   45.232      1 Template:Short_description\n  3.05%   20.466      1 Template:Citation_needed\n-->\n\n"
               "<!-- Saved in parser cache with key enwiki:pcache:7791120:|#|:idhash:canonical and timestamp 20251002064117 and revision id @@OLDID@@. Rendering was triggered because: page-view\n -->\n</div>").replace("@@OLDID@@", oldid)
    lang_items = "\n".join(
        '\t\t\t<li class="interlanguage-link interwiki-%s mw-list-item"><a href="https://%s.wikipedia.org/wiki/Santal_rebellion" title="Santal rebellion \u2013 %s" lang="%s" hreflang="%s" data-title="%s" data-language-autonym="%s" data-language-local-name="%s" class="interlanguage-link-target"><span>%s</span></a></li>'
        % (code, code, local, code, code, title, auto, local, auto)
        for (auto, local), code in zip(langs, ["bn", "de", "es", "fr", "hi", "sat", "mr", "or", "ru", "ta", "te", "ur"]))
    nlang = len(langs)
    tpl = TEMPLATE
    rep = {
        "@@CLASSES@@": HEAD_CLASSES, "@@TITLE@@": esc(title), "@@SLUG@@": slug, "@@OLDID@@": oldid,
        "@@CATS_JSON@@": ",".join('"%s"' % c for c in hidden + cats),
        "@@TOC@@": toc_html(heads), "@@NLANG@@": str(nlang), "@@LANGS@@": lang_items,
        "@@PARSER@@": parser, "@@CATLINKS@@": catlinks(cats, hidden), "@@EDITED@@": meta["edited"],
        "@@SHORT@@": esc(meta["short"]),
    }
    for k, v in rep.items():
        tpl = tpl.replace(k, v)
    return tpl


def navboxes_html(navboxes):
    out = ['<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol,.mw-parser-output .hlist ul{margin:0;padding:0}.mw-parser-output .hlist dd,.mw-parser-output .hlist dt,.mw-parser-output .hlist li{margin:0;display:inline}.mw-parser-output .hlist.inline,.mw-parser-output .hlist.inline dl,.mw-parser-output .hlist.inline ol,.mw-parser-output .hlist.inline ul,.mw-parser-output .hlist dl dl,.mw-parser-output .hlist dl ol,.mw-parser-output .hlist dl ul{display:inline}.mw-parser-output .hlist dd:after,.mw-parser-output .hlist li:after{content:" \u00b7 ";font-weight:bold}.mw-parser-output .hlist dd:last-child:after,.mw-parser-output .hlist dt:last-child:after,.mw-parser-output .hlist li:last-child:after{content:none}</style><style data-mw-deduplicate="TemplateStyles:r1236075235">.mw-parser-output .navbox{box-sizing:border-box;border:1px solid #a2a9b1;width:100%;clear:both;font-size:88%;text-align:center;padding:1px;margin:1em auto 0}.mw-parser-output .navbox .navbox{margin-top:0}.mw-parser-output .navbox+.navbox,.mw-parser-output .navbox+.navbox-styles+.navbox{margin-top:-1px}.mw-parser-output .navbox-inner,.mw-parser-output .navbox-subgroup{width:100%}.mw-parser-output .navbox-title{text-align:center;padding-left:1em;padding-right:1em}.mw-parser-output th.navbox-group{background-color:#ddddff;white-space:nowrap;text-align:right}.mw-parser-output .navbox-list{line-height:1.5em;border-color:#fdfdfd}.mw-parser-output .navbox-odd{background-color:transparent}.mw-parser-output .navbox-even{background-color:#f7f7f7}</style></div>']
    for n, (title, groups) in enumerate(navboxes):
        tid = title.replace(" ", "_") + str(380 + n * 7)
        tmpl = "Template:" + ("Adivasi risings in British India" if n == 0 else "Santal people")
        tq = tmpl.replace(" ", "_")
        if n:
            out.append('<div class="navbox-styles"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1129693374"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1236075235"></div>')
        rows = ['<div role="navigation" class="navbox" aria-labelledby="%s" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1129693374"><style data-mw-deduplicate="TemplateStyles:r1239400231">.mw-parser-output .navbar{display:inline;font-size:88%%;font-weight:normal}.mw-parser-output .navbar-collapse{float:left;text-align:left}.mw-parser-output .navbar-boxtext{word-spacing:0}.mw-parser-output .navbar ul{display:inline-block;white-space:nowrap;line-height:inherit}.mw-parser-output .navbar-brackets::before{margin-right:-0.125em;content:"[ "}.mw-parser-output .navbar-brackets::after{margin-left:-0.125em;content:" ]"}.mw-parser-output .navbar li{word-spacing:-0.125em}.mw-parser-output .navbar a>span,.mw-parser-output .navbar a>abbr{text-decoration:inherit}.mw-parser-output .navbar-mini abbr{font-variant:small-caps;border-bottom:none;text-decoration:none;cursor:inherit}</style><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/%s" title="%s"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:%s" title="Template talk:%s"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/%s" title="Special:EditPage/%s"><abbr title="Edit this template">e</abbr></a></li></ul></div><div id="%s" style="font-size:114%%;margin:0 4em">%s</div></th></tr>'
                % (esc(tid), tq, esc(tmpl), tq[9:], esc(tmpl[9:]), tq, esc(tmpl), esc(tid), esc(title))]
        for k, (g, items) in enumerate(groups):
            lis = []
            for it in items:
                m = re.match(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]$", it)
                if m:
                    lis.append("<li>%s</li>" % link(m.group(1), esc(m.group(2) or m.group(1))))
                else:
                    lis.append('<li><a class="mw-selflink selflink">%s</a></li>' % esc(it))
            parity = "odd" if k % 2 == 0 else "even"
            rows.append('<tr><th scope="row" class="navbox-group" style="width:1%%">%s</th><td class="navbox-list-with-group navbox-list navbox-%s hlist" style="width:100%%;padding:0"><div style="padding:0 0.25em">\n<ul>%s</ul>\n</div></td></tr>'
                        % (esc(g), parity, "\n".join(lis)))
        rows.append("</tbody></table></div>")
        out.append("".join(rows))
    return "\n".join(out)


def catlinks(cats, hidden):
    a = "".join('<li><a href="/wiki/Category:%s" title="Category:%s">%s</a></li>' % (urllib.parse.quote(c.replace(" ", "_")), esc(c), esc(c)) for c in cats)
    b = "".join('<li><a href="/wiki/Category:%s" title="Category:%s">%s</a></li>' % (urllib.parse.quote(c.replace(" ", "_")), esc(c), esc(c)) for c in hidden)
    return ('<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul>%s</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>%s</ul></div></div>' % (a, b))


# The skin around the parser output, as the server sends it (tabs and blank lines included).
TEMPLATE = r"""<!DOCTYPE html>
<html class="client-nojs @@CLASSES@@" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>@@TITLE@@ - Wikipedia</title>
<script>(function(){var className="client-js @@CLASSES@@";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\w+$|[^\w-]+/g,'')+'-clientpref-\\w+( |$)'),'$1'+pref+'$2');});}document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"4f2b9a6d-1c8e-4b37-a5d0-93e1c7f24a68","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"@@SLUG@@","wgTitle":"@@TITLE@@","wgCurRevisionId":@@OLDID@@,"wgRevisionId":@@OLDID@@,"wgArticleId":7791120,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[@@CATS_JSON@@],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"@@SLUG@@","wgRelevantArticleId":7791120,"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"wikipedia","wgFlaggedRevsParams":{"tags":{"status":{"levels":1}}},"wgMediaViewerOnClick":true,"wgMediaViewerEnabledByDefault":true,"wgPopupsFlags":0,"wgVisualEditor":{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"},"wgMFDisplayWikibaseDescriptions":{"search":true,"watchlist":true,"tagline":false,"nearby":true},"wgWMESchemaEditAttemptStepOversample":false,"wgWMEPageLength":10000,"wgEditSubmitButtonLabelPublish":true,"wgULSPosition":"interlanguage","wgULSisCompactLinksEnabled":false,"wgVector2022LanguageInHeader":true,"wgULSisLanguageSelectorEmpty":false,"wgWikibaseItemId":"Q3527385","wgCheckUserClientHintsHeadersJsApi":["brands","architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"],"GEHomepageSuggestedEditsEnableTopics":true,"wgGESuggestedEditsTaskTypes":{"taskTypes":["copyedit","link-recommendation"],"unavailableTaskTypes":[]},"wgGETopicsMatchModeEnabled":false,"wgGELevelingUpEnabledForUser":false};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","jquery.makeCollapsible.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","ext.cx.uls.quick.actions","wikibase.client.vector-2022","ext.checkUser.clientHints","ext.growthExperiments.SuggestedEditSession"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\","watchToken":"+\\","csrfToken":"+\\"});
}];});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.uls.interlanguage%7Cext.visualEditor.desktopArticleTarget.noscript%7Cext.wikimediamessages.styles%7Cjquery.makeCollapsible.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.21">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/8/8c/Santal_insurrection_ILN_1856.jpg/1200px-Santal_insurrection_ILN_1856.jpg">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="816">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="@@TITLE@@ - Wikipedia">
<meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//en.m.wikipedia.org/wiki/@@SLUG@@">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title=@@SLUG@@&amp;action=edit">
<link rel="apple-touch-icon" href="/static/apple-touch/wikipedia.png">
<link rel="icon" href="/static/favicon/wikipedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Wikipedia (en)">
<link rel="EditURI" type="application/rsd+xml" href="//en.wikipedia.org/w/api.php?action=rsd">
<link rel="canonical" href="https://en.wikipedia.org/wiki/@@SLUG@@">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="alternate" type="application/atom+xml" title="Wikipedia Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="dns-prefetch" href="//meta.wikimedia.org" />
<link rel="dns-prefetch" href="auth.wikimedia.org">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-@@SLUG@@ rootpage-@@SLUG@@ skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header no-font-mode-scale">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
				
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"  title="Main menu" >
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox "  aria-label="Main menu"  >
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>

<span class="vector-dropdown-label-text">Main menu</span>
	</label>
	<div class="vector-dropdown-content">


				<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
		
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div
	class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned"
	data-feature-name="main-menu-pinned"
	data-pinnable-element-id="vector-main-menu"
	data-pinned-container-id="vector-main-menu-pinned-container"
	data-unpinned-container-id="vector-main-menu-unpinned-container"
>
	<div class="vector-pinnable-header-label">Main menu</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button>
</div>

	
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"  >
	<div class="vector-menu-heading">
		Navigation
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page" title="Visit the main page [z]" accesskey="z"><span>Main page</span></a></li><li id="n-contents" class="mw-list-item"><a href="/wiki/Wikipedia:Contents" title="Guides to browsing Wikipedia"><span>Contents</span></a></li><li id="n-currentevents" class="mw-list-item"><a href="/wiki/Portal:Current_events" title="Articles related to current events"><span>Current events</span></a></li><li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random" title="Visit a randomly selected article [x]" accesskey="x"><span>Random article</span></a></li><li id="n-aboutsite" class="mw-list-item"><a href="/wiki/Wikipedia:About" title="Learn about Wikipedia and how it works"><span>About Wikipedia</span></a></li><li id="n-contactpage" class="mw-list-item"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us" title="How to contact Wikipedia"><span>Contact us</span></a></li>
		</ul>
		
	</div>
</div>

	
	
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"  >
	<div class="vector-menu-heading">
		Contribute
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="n-help" class="mw-list-item"><a href="/wiki/Help:Contents" title="Guidance on how to use and edit Wikipedia"><span>Help</span></a></li><li id="n-introduction" class="mw-list-item"><a href="/wiki/Help:Introduction" title="Learn how to edit Wikipedia"><span>Learn to edit</span></a></li><li id="n-portal" class="mw-list-item"><a href="/wiki/Wikipedia:Community_portal" title="The hub for editors"><span>Community portal</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges" title="A list of recent changes to Wikipedia [r]" accesskey="r"><span>Recent changes</span></a></li><li id="n-upload" class="mw-list-item"><a href="/wiki/Wikipedia:File_upload_wizard" title="Add images or other media for use on Wikipedia"><span>Upload file</span></a></li><li id="n-specialpages" class="mw-list-item"><a href="/wiki/Special:SpecialPages"><span>Special pages</span></a></li>
		</ul>
		
	</div>
</div>

</div>

				</div>

	</div>
</div>

		</nav>
			
<a href="/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container skin-invert">
		<img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg" style="width: 7.5em; height: 1.125em;">
		<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;">
	</span>
</a>

		</div>
		<div class="vector-header-end">
			
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>

<span>Search</span>
	</a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper"  data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input
							class="cdx-text-input__input mw-searchInput" autocomplete="off"
							 type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" spellcheck="false" title="Search Wikipedia [f]" accesskey="f" id="searchInput"
							>
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
	
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			
		</ul>
		
	</div>
</div>

	
<div id="p-vector-user-menu-userpage" class="vector-menu mw-portlet emptyPortlet"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			
		</ul>
		
	</div>
</div>

	<nav class="vector-appearance-landmark" aria-label="Appearance">
		
<div id="vector-appearance-dropdown" class="vector-dropdown "  title="Change the appearance of the page&#039;s font size, width, and color" >
	<input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-appearance-dropdown" class="vector-dropdown-checkbox "  aria-label="Appearance"  >
	<label id="vector-appearance-dropdown-label" for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-appearance mw-ui-icon-wikimedia-appearance"></span>

<span class="vector-dropdown-label-text">Appearance</span>
	</label>
	<div class="vector-dropdown-content">


			<div id="vector-appearance-unpinned-container" class="vector-unpinned-container">
				
			</div>
		
	</div>
</div>

	</nav>
	
<div id="p-vector-user-menu-notifications" class="vector-menu mw-portlet emptyPortlet"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			
		</ul>
		
	</div>
</div>

	
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en" class=""><span>Donate</span></a>
</li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:CreateAccount&amp;returnto=@@SLUG@@" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:UserLogin&amp;returnto=@@SLUG@@" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o" class=""><span>Log in</span></a>
</li>

			
		</ul>
		
	</div>
</div>

	</div>
	
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"  title="Log in and more options" >
	<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox "  aria-label="Personal tools"  >
	<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span>

<span class="vector-dropdown-label-text">Personal tools</span>
	</label>
	<div class="vector-dropdown-content">


		
<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item"  title="User menu" >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="pt-sitesupport" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en"><span>Donate</span></a></li><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=@@SLUG@@" title="You are encouraged to create an account and log in; however, it is not mandatory"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>Create account</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=@@SLUG@@" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>Log in</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"  >
	<div class="vector-menu-heading">
		Pages for logged out editors <a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a>
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions" title="A list of edits made from this IP address [y]" accesskey="y"><span>Contributions</span></a></li><li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk" title="Discussion about edits from this IP address [n]" accesskey="n"><span>Talk</span></a></li>
		</ul>
		
	</div>
</div>

	
	</div>
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
	<div class="vector-sticky-pinned-container">
				<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
					<div id="vector-toc-pinned-container" class="vector-pinned-container">
					<div id="vector-toc" class="vector-toc vector-pinnable-element">
	<div
	class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"
	data-feature-name="toc-pinned"
	data-pinnable-element-id="vector-toc"
	
	
>
	<h2 class="vector-pinnable-header-label">Contents</h2>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button>
</div>


@@TOC@@
</div>

					</div>
		</nav>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar no-font-mode-scale">
					<nav aria-label="Contents" class="vector-toc-landmark">
						
<div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"  title="Table of Contents" >
	<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-titlebar-toc" class="vector-dropdown-checkbox "  aria-label="Toggle the table of contents"  >
	<label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span>

<span class="vector-dropdown-label-text">Toggle the table of contents</span>
	</label>
	<div class="vector-dropdown-content">


							<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container">
			</div>
		
	</div>
</div>

					</nav>
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">@@TITLE@@</span></h1>
							
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"  >
	<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in @@NLANG@@ languages"   >
	<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-@@NLANG@@" aria-hidden="true"  ><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span>

<span class="vector-dropdown-label-text">@@NLANG@@ languages</span>
	</label>
	<div class="vector-dropdown-content">

		<div class="vector-menu-content">
			
			<ul class="vector-menu-content-list">
				
@@LANGS@@
			</ul>
			<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q3527385#sitelinks-wikipedia" title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div>
		</div>

	</div>
</div>
</header>
				<div class="vector-page-toolbar vector-feature-custom-font-size-clientpref--excluded">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
								
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/@@SLUG@@" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:@@SLUG@@" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li>
		</ul>
		
	</div>
</div>

								
<div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"  >
	<input type="checkbox" id="vector-variants-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-variants-dropdown" class="vector-dropdown-checkbox " aria-label="Change language variant"   >
	<label id="vector-variants-dropdown-label" for="vector-variants-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"  ><span class="vector-dropdown-label-text">English</span>
	</label>
	<div class="vector-dropdown-content">


					
<div id="p-variants" class="vector-menu mw-portlet mw-portlet-variants emptyPortlet"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			
		</ul>
		
	</div>
</div>

				
	</div>
</div>

							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="Views">
								
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"  >
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/@@SLUG@@"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li>
		</ul>
		
	</div>
</div>

							</nav>
				
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
								
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"  >
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox "  aria-label="Tools"  >
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"  ><span class="vector-dropdown-label-text">Tools</span>
	</label>
	<div class="vector-dropdown-content">


									<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
						
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
	<div
	class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned"
	data-feature-name="page-tools-pinned"
	data-pinnable-element-id="vector-page-tools"
	data-pinned-container-id="vector-page-tools-pinned-container"
	data-unpinned-container-id="vector-page-tools-unpinned-container"
>
	<div class="vector-pinnable-header-label">Tools</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-page-tools.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-page-tools.unpin">hide</button>
</div>

	
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet vector-has-collapsible-items"  title="More options" >
	<div class="vector-menu-heading">
		Actions
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="/wiki/@@SLUG@@"><span>Read</span></a></li><li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;action=history"><span>View history</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"  >
	<div class="vector-menu-heading">
		General
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/@@SLUG@@" title="List of all English Wikipedia pages containing links to this page [j]" accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/@@SLUG@@" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>Related changes</span></a></li><li id="t-upload" class="mw-list-item"><a href="//en.wikipedia.org/wiki/Wikipedia:File_Upload_Wizard" title="Upload files [u]" accesskey="u"><span>Upload file</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;oldid=@@OLDID@@" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" class="mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;action=info" title="More information about this page"><span>Page information</span></a></li><li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:CiteThisPage&amp;page=@@SLUG@@&amp;id=@@OLDID@@&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite this page</span></a></li><li id="t-urlshortener" class="mw-list-item"><a href="/w/index.php?title=Special:UrlShortener&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F@@SLUG@@"><span>Get shortened URL</span></a></li><li id="t-urlshortener-qrcode" class="mw-list-item"><a href="/w/index.php?title=Special:QrCode&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F@@SLUG@@"><span>Download QR code</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_export"  >
	<div class="vector-menu-heading">
		Print/export
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="coll-download-as-rl" class="mw-list-item"><a href="/w/index.php?title=Special:DownloadAsPdf&amp;page=@@SLUG@@&amp;action=show-download-screen" title="Download this page as a PDF file"><span>Download as PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="/w/index.php?title=@@SLUG@@&amp;printable=yes" title="Printable version of this page [p]" accesskey="p"><span>Printable version</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-wikibase-otherprojects" class="vector-menu mw-portlet mw-portlet-wikibase-otherprojects"  >
	<div class="vector-menu-heading">
		In other projects
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li class="wb-otherproject-link wb-otherproject-commons mw-list-item"><a href="https://commons.wikimedia.org/wiki/Category:Santal_rebellion" hreflang="en"><span>Wikimedia Commons</span></a></li><li id="t-wikibase" class="wb-otherproject-link wb-otherproject-wikibase-dataitem mw-list-item"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q3527385" title="Structured data on this page hosted by Wikidata [g]" accesskey="g"><span>Wikidata item</span></a></li>
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
	<div
	class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned"
	data-feature-name="appearance-pinned"
	data-pinnable-element-id="vector-appearance"
	data-pinned-container-id="vector-appearance-pinned-container"
	data-unpinned-container-id="vector-appearance-unpinned-container"
>
	<div class="vector-pinnable-header-label">Appearance</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-appearance.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-appearance.unpin">hide</button>
</div>


</div>

							</div>
		</nav>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
							<div class="mw-indicators">
		</div>

						<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					
					
					<div id="mw-content-text" class="mw-body-content">@@PARSER@@
					<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title=@@SLUG@@&amp;oldid=@@OLDID@@">https://en.wikipedia.org/w/index.php?title=@@SLUG@@&amp;oldid=@@OLDID@@</a>"</div></div>
					@@CATLINKS@@
				</div>
			</main>
			
		</div>
		<div class="mw-footer-container">
			
<footer id="footer" class="mw-footer" >
	<ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on @@EDITED@@<span class="anonymous-show">&#160;(UTC)</span>.</li>
	<li id="footer-info-copyright">Text is available under the <a href="/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License" title="Wikipedia:Text of the Creative Commons Attribution-ShareAlike 4.0 International License">Creative Commons Attribution-ShareAlike 4.0 License</a>;
additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use" class="extiw" title="foundation:Special:MyLanguage/Policy:Terms of Use">Terms of Use</a> and <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy" class="extiw" title="foundation:Special:MyLanguage/Policy:Privacy policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li>
</ul>

	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org">Developers</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikipedia.org">Statistics</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>
	<li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=@@SLUG@@&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
</ul>

	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="/static/images/footer/wikimedia-button.svg" width="84" height="29"><img src="/static/images/footer/wikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="/w/resources/assets/poweredby_mediawiki.svg" width="88" height="31"><img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li>
</ul>

</footer>

		</div>
	</div> 
</div> 
<div class="vector-header-container vector-sticky-header-container no-font-mode-scale">
	<div id="vector-sticky-header" class="vector-sticky-header">
		<div class="vector-sticky-header-start">
			<div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
				<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle" tabindex="-1" data-event-name="ui.vector-sticky-search-form.icon"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>

<span>Search</span>
			</button>
		</div>
			
		<div role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
			<div class="vector-typeahead-search-container">
				<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail">
					<form action="/w/index.php" id="vector-sticky-search-form" class="cdx-search-input cdx-search-input--has-end-button">
						<div  class="cdx-search-input__input-wrapper"  data-search-loc="header-moved">
							<div class="cdx-text-input cdx-text-input--has-start-icon">
								<input
									class="cdx-text-input__input mw-searchInput" autocomplete="off"
									
									type="search" name="search" placeholder="Search Wikipedia">
								<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
							</div>
							<input type="hidden" name="title" value="Special:Search">
						</div>
						<button class="cdx-button cdx-search-input__end-button">Search</button>
					</form>
				</div>
			</div>
		</div>
		<div class="vector-sticky-header-context-bar">
				<nav aria-label="Contents" class="vector-toc-landmark">
						
					<div id="vector-sticky-header-toc" class="vector-dropdown mw-portlet mw-portlet-sticky-header-toc vector-sticky-header-toc vector-button-flush-left"  >
						<input type="checkbox" id="vector-sticky-header-toc-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-sticky-header-toc" class="vector-dropdown-checkbox "  aria-label="Toggle the table of contents"  >
						<label id="vector-sticky-header-toc-label" for="vector-sticky-header-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span>

<span class="vector-dropdown-label-text">Toggle the table of contents</span>
						</label>
						<div class="vector-dropdown-content">
							<div id="vector-sticky-header-toc-unpinned-container" class="vector-unpinned-container">
							</div>
						</div>
					</div>
			</nav>
				<div class="vector-sticky-header-context-bar-primary" aria-hidden="true" ><span class="mw-page-title-main">@@TITLE@@</span></div>
			</div>
		</div>
		<div class="vector-sticky-header-end" aria-hidden="true">
			<div class="vector-sticky-header-icons">
				<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span>

<span></span>
			</a>
			<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1" data-event-name="history-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-history mw-ui-icon-wikimedia-wikimedia-history"></span>

<span></span>
			</a>
			<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only mw-watchlink" id="ca-watchstar-sticky-header" tabindex="-1" data-event-name="watch-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-star mw-ui-icon-wikimedia-wikimedia-star"></span>

<span></span>
			</a>
			<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-edit-sticky-header" tabindex="-1" data-event-name="wikitext-edit-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-wikiText mw-ui-icon-wikimedia-wikimedia-wikiText"></span>

<span></span>
			</a>
		</div>
			<div class="vector-sticky-header-buttons">
				<button class="cdx-button cdx-button--weight-quiet mw-interlanguage-selector" id="p-lang-btn-sticky-header" tabindex="-1" data-event-name="ui.dropdown-p-lang-btn-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-language mw-ui-icon-wikimedia-wikimedia-language"></span>

<span>@@NLANG@@ languages</span>
			</button>
		</div>
			<div class="vector-sticky-header-icon-end">
				<div class="vector-user-links">
				</div>
			</div>
		</div>
	</div>
</div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom">
	<ul>
		
	</ul>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7b5c9d4f6-x2kqp","wgBackendResponseTime":163,"wgPageParseReport":{"limitreport":{"cputime":"0.612","walltime":"0.771","ppvisitednodes":{"value":3618,"limit":1000000},"revisionsize":{"value":11873,"limit":2097152},"postexpandincludesize":{"value":96410,"limit":2097152},"templateargumentsize":{"value":2215,"limit":2097152},"expansiondepth":{"value":16,"limit":100},"expensivefunctioncount":{"value":4,"limit":500},"unstrip-depth":{"value":1,"limit":20},"unstrip-size":{"value":41867,"limit":5000000},"entityaccesscount":{"value":0,"limit":500},"timingprofile":["100.00%  671.204      1 -total"," 31.82%  213.551      1 Template:Reflist"," 24.07%  161.532      1 Template:Infobox_military_conflict"," 20.41%  136.971      4 Template:Cite_book"," 11.25%   75.514      2 Template:Navbox"]},"scribunto":{"limitreport-timeusage":{"value":"0.384","limit":"10.000"},"limitreport-memusage":{"value":6918744,"limit":52428800}},"cachereport":{"origin":"mw-web.eqiad.main-7b5c9d4f6-x2kqp","timestamp":"20251002064117","ttl":2592000,"transientcontent":false}}});});</script>
<script type="application/ld+json">{"@context":"https:\/\/schema.org","@type":"Article","name":"@@TITLE@@","url":"https:\/\/en.wikipedia.org\/wiki\/@@SLUG@@","sameAs":"http:\/\/www.wikidata.org\/entity\/Q3527385","mainEntity":"http:\/\/www.wikidata.org\/entity\/Q3527385","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc.","logo":{"@type":"ImageObject","url":"https:\/\/www.wikimedia.org\/static\/images\/wmf-hor-googpub.png"}},"datePublished":"2006-11-14T09:27:51Z","dateModified":"2025-10-02T06:41:12Z","image":"https:\/\/upload.wikimedia.org\/wikipedia\/commons\/8\/8c\/Santal_insurrection_ILN_1856.jpg","headline":"@@SHORT@@"}</script>
</body>
</html>
"""


def make(out_path):
    meta, body, ib, navboxes, refdefs = read()
    text = page(meta, body, ib, navboxes, refdefs)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    make(out)
    print(out)
