#!/usr/bin/python3
"""Re-make docs/public-accounts-committee-india-wikipedia.html from
tools/public-accounts-committee-india-wikipedia.txt.

The page is an English Wikipedia article as the browser writes it with "Save Page As... >
Webpage, HTML only": the HTML exactly as the server sent it, with nothing rewritten and no
asset folder. So the <html> element still carries "client-nojs" (no script has run), links stay
site-relative ("/wiki/...", "/w/index.php?...", "/w/load.php?..." stylesheets, protocol-relative
"//upload.wikimedia.org" images), the CentralNotice banner slot is an empty comment, and the
inline RLCONF / RLSTATE / RLPAGEMODULES scripts, the NewPP limit report and parser-cache
comments, the sticky header and the closing mw.config script are all there. The skin is
Vector 2022: "Jump to content", the main-menu dropdown (Navigation and Contribute), logo and
search form, the personal tools (Donate, Create account, Log in, "Pages for logged out editors"),
the sidebar "Contents" table of contents with numbered entries and toggle buttons, the language
dropdown, Article/Talk and Read/Edit/View history tabs, the Tools and Appearance menus, "From
Wikipedia, the free encyclopedia", a hidden short description, hatnotes, an infobox, headings in
"mw-heading" divs with [edit] links, reference marks, a wikitable, a [citation needed] tag, the
reference list with ^ a b backlinks and cite markup, navboxes with v/t/e links, categories
(hidden ones included), and the footer.

Source markup (tools/...txt): "@key value" page metadata; "@hatnote", "@main"; "@infobox" ...
"@endinfobox" with "~ label | value" rows; "== H2 ==" and "=== H3 ==="; "* item" lists;
"@tablecap", "! a | b" header, "| a | b" rows, "@endtable"; "@ref name | kind | title | url |
work | date | access-date"; "@navbox Title | Template" with "# group | items"; "@category",
"@hiddencat", "@lang code | autonym | title | English name"; inline '''bold''', [[Target]],
[[Target|label]], [r:name] references and [citation needed].
Run: /usr/bin/python3 tools/make_html.py [OUT]   (deterministic: same bytes on every run)
"""
import html
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "public-accounts-committee-india-wikipedia"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")

MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def esc(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def wiki_href(target):
    t = target.replace(" ", "_")
    return "/wiki/" + urllib.parse.quote(t, safe=";@$!*(),/~:_.-")


def anchor_id(text):
    return text.replace(" ", "_")


class Refs:
    def __init__(self, defs):
        self.defs = defs
        self.order = []
        self.uses = {}

    def mark(self, name):
        if name not in self.order:
            self.order.append(name)
        n = self.order.index(name) + 1
        k = self.uses.get(name, 0)
        self.uses[name] = k + 1
        return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="#cite_note-%s-%d">'
                '<span class="cite-bracket">&#91;</span>%d<span class="cite-bracket">&#93;</span>'
                '</a></sup>' % (name, n, k, name, n, n))


CN = ('<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">&#91;<i>'
      '<a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed"><span title="'
      'This claim needs references to reliable sources. (March 2025)">citation needed</span></a>'
      '</i>&#93;</sup>')


def inline(s, refs):
    s = esc(s)
    s = re.sub(r"'''(.+?)'''", r"<b>\1</b>", s)
    s = re.sub(r"''(.+?)''", r"<i>\1</i>", s)

    def lk(m):
        target = html.unescape(m.group(1))
        label = m.group(2) if m.group(2) is not None else m.group(1)
        return '<a href="%s" title="%s">%s</a>' % (wiki_href(target), esc(target), label)
    s = re.sub(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]", lk, s)
    s = re.sub(r"\[r:([a-z0-9]+)\]", lambda m: refs.mark(m.group(1)), s)
    s = s.replace("[citation needed]", CN)
    return s


HATNOTE_STYLE = ('<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote'
                 '{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em;margin-bottom:0.5em}'
                 '.mw-parser-output .hatnote i{font-style:normal}.mw-parser-output .hatnote+link+.hatnote'
                 '{margin-top:-0.5em}@media print{body.ns-0 .mw-parser-output .hatnote{display:none!important}}'
                 '</style>')
HATNOTE_LINK = '<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1236090951">'
INFOBOX_STYLE = ('<style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox'
                 '{padding:0;border:none;margin:-3px;width:auto;min-width:100%;font-size:100%;clear:none;'
                 'float:none;background-color:transparent}.mw-parser-output .infobox-3cols-child{margin:auto}'
                 '.mw-parser-output .infobox .navbar{font-size:100%}@media screen{html.skin-theme-clientpref-night '
                 '.mw-parser-output .infobox-full-data:not(.notheme)>div:not(.notheme)[style]{background:#1f1f23'
                 '!important;color:#f8f9fa}}</style>')
REFLIST_STYLE = ('<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist'
                 '{margin-bottom:0.5em;list-style-type:decimal}@media screen{.mw-parser-output .reflist'
                 '{font-size:90%}}.mw-parser-output .reflist .references{font-size:100%;margin-bottom:0;'
                 'list-style-type:inherit}.mw-parser-output .reflist-columns-2{column-width:30em}'
                 '.mw-parser-output .reflist-columns-3{column-width:25em}.mw-parser-output .reflist-columns'
                 '{margin-top:0.3em}.mw-parser-output .reflist-columns ol{margin-top:0}.mw-parser-output '
                 '.reflist-columns li{page-break-inside:avoid;break-inside:avoid-column}</style>')
CITE_STYLE = ('<style data-mw-deduplicate="TemplateStyles:r1238218222">.mw-parser-output cite.citation'
              '{font-style:inherit;word-wrap:break-word}.mw-parser-output .citation q{quotes:"\\"""\\"""'
              '"\'""\'"}.mw-parser-output .citation:target{background-color:rgba(0,127,255,0.133)}'
              '.mw-parser-output .id-lock-free.id-lock-free a{background:url("//upload.wikimedia.org/'
              'wikipedia/commons/6/65/Lock-green.svg")right 0.1em center/9px no-repeat}.mw-parser-output '
              '.cs1-code{color:inherit;background:inherit;border:none;padding:inherit}.mw-parser-output '
              '.reference-accessdate{font-weight:inherit}.mw-parser-output .cs1-format{font-size:95%}'
              '.mw-parser-output .cs1-kern-left{padding-left:0.2em}.mw-parser-output .cs1-kern-right'
              '{padding-right:0.2em}.mw-parser-output .citation .mw-selflink{font-weight:inherit}</style>')
CITE_LINK = '<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1238218222">'
NAVBOX_STYLE = ('<style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,'
                '.mw-parser-output .hlist ol,.mw-parser-output .hlist ul{margin:0;padding:0}.mw-parser-output '
                '.hlist dd,.mw-parser-output .hlist dt,.mw-parser-output .hlist li{margin:0;display:inline}'
                '.mw-parser-output .hlist.inline,.mw-parser-output .hlist.inline dl,.mw-parser-output '
                '.hlist.inline ol,.mw-parser-output .hlist.inline ul,.mw-parser-output .hlist dl dl'
                '{display:inline}</style><style data-mw-deduplicate="TemplateStyles:r1236075235">'
                '.mw-parser-output .navbox{box-sizing:border-box;border:1px solid #a2a9b1;width:100%;'
                'clear:both;font-size:88%;text-align:center;padding:1px;margin:1em auto 0}.mw-parser-output '
                '.navbox .navbox{margin-top:0}.mw-parser-output .navbox+.navbox,.mw-parser-output '
                '.navbox+.navbox-styles+.navbox{margin-top:-1px}.mw-parser-output .navbox-inner,'
                '.mw-parser-output .navbox-subgroup{width:100%}.mw-parser-output .navbox-title{background-color:'
                '#ccf}.mw-parser-output .navbox-group{background-color:#ddf;white-space:nowrap;text-align:'
                'right;font-weight:bold;padding:0 10px}.mw-parser-output .navbox-list{line-height:1.5em;'
                'border-color:#fdfdfd}.mw-parser-output .navbox-even{background-color:#f7f7f7}</style>'
                '<style data-mw-deduplicate="TemplateStyles:r1239400231">.mw-parser-output .navbar{display:'
                'inline;font-size:88%;font-weight:normal}.mw-parser-output .navbar-collapse{float:left;'
                'text-align:left}.mw-parser-output .navbar-boxtext{word-spacing:0}.mw-parser-output .navbar ul'
                '{display:inline-block;white-space:nowrap;line-height:inherit}.mw-parser-output '
                '.navbar-brackets::before{margin-right:-0.125em;content:"[ "}.mw-parser-output '
                '.navbar-brackets::after{margin-left:-0.125em;content:" ]"}.mw-parser-output .navbar li'
                '{word-spacing:-0.125em}.mw-parser-output .navbar a>span,.mw-parser-output .navbar a>abbr'
                '{text-decoration:inherit}.mw-parser-output .navbar-mini abbr{font-variant:small-caps;'
                'border-bottom:none;text-decoration:none;cursor:inherit}</style>')
NAVBOX_LINKS = ('<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1129693374">'
                '<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1236075235">')


def parse(lines):
    meta, body, refdefs, navboxes, cats, hidden, langs = {}, [], {}, [], [], [], []
    infobox = None
    for line in lines:
        if not line.strip():
            continue
        m = re.match(r"@(title|slug|shortdesc|lastedited|oldid|pageid|wikidata) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        if line.startswith("@infobox "):
            infobox = {"title": line[9:], "rows": []}
            continue
        if line.startswith("@infobox-image "):
            infobox["image"] = [x.strip() for x in line[15:].split("|")]
            continue
        if line.startswith("@infobox-sub "):
            infobox["sub"] = line[13:]
            continue
        if line.startswith("~ "):
            infobox["rows"].append([x.strip() for x in line[2:].split(" | ", 1)])
            continue
        if line == "@endinfobox":
            body.append(("infobox", infobox))
            continue
        if line.startswith("@ref "):
            f = [x.strip() for x in re.split(r"\s*\|\s*", line[5:])]
            refdefs[f[0]] = f[1:]
            continue
        if line.startswith("@navbox "):
            t, tmpl = [x.strip() for x in line[8:].split(" | ")]
            navboxes.append({"title": t, "template": tmpl, "groups": []})
            continue
        if line.startswith("# "):
            g, items = line[2:].split(" | ", 1)
            navboxes[-1]["groups"].append((g, items))
            continue
        if line.startswith("@category "):
            cats.append(line[10:])
            continue
        if line.startswith("@hiddencat "):
            hidden.append(line[11:])
            continue
        if line.startswith("@lang "):
            langs.append([x.strip() for x in line[6:].split(" | ")])
            continue
        m = re.match(r"(===?) (.+?) ===?$", line)
        if m:
            body.append(("h%d" % len(m.group(1)), m.group(2)))
            continue
        for key in ("@hatnote ", "@main ", "@tablecap "):
            if line.startswith(key):
                body.append((key[1:-1], line[len(key):]))
                break
        else:
            if line.startswith("* "):
                body.append(("li", line[2:]))
            elif line.startswith("! "):
                body.append(("th", [x.strip() for x in line[2:].split(" | ")]))
            elif line.startswith("| "):
                body.append(("tr", [x.strip() for x in line[2:].split(" | ")]))
            elif line == "@endtable":
                body.append(("endtable", None))
            else:
                body.append(("p", line))
    return meta, body, refdefs, navboxes, cats, hidden, langs


def render_content(meta, body, refs, sections):
    out = []
    sec_no = 0
    hat_styled = False
    in_list = False
    table = None
    lead_done = False
    for kind, val in body:
        if kind != "li" and in_list:
            out.append("</ul>\n")
            in_list = False
        if kind in ("h2", "h3") and not lead_done:
            out.append('<meta property="mw:PageProp/toc" />\n')
            lead_done = True
        if kind == "hatnote":
            out.append((HATNOTE_LINK if hat_styled else HATNOTE_STYLE) +
                       '<div role="note" class="hatnote navigation-not-searchable">%s</div>\n'
                       % inline(val, refs))
            hat_styled = True
        elif kind == "main":
            out.append(HATNOTE_LINK + '<div role="note" class="hatnote navigation-not-searchable">Main '
                       'article: <a href="%s" title="%s">%s</a></div>\n'
                       % (wiki_href(val), esc(val), esc(val)))
        elif kind == "infobox":
            ib = val
            rows = ['<tr><th colspan="2" class="infobox-above" style="font-size:125%%;">%s</th></tr>'
                    % esc(ib["title"])]
            fn, cap_txt = ib["image"]
            stem = fn.replace(" ", "_")
            rows.append('<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" '
                        'typeof="mw:File/Frameless"><a href="/wiki/File:%s" class="mw-file-description">'
                        '<img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/5/55/%s/100px-%s.png" '
                        'decoding="async" width="100" height="149" class="mw-file-element" srcset="//upload.'
                        'wikimedia.org/wikipedia/commons/thumb/5/55/%s/150px-%s.png 1.5x, //upload.wikimedia.'
                        'org/wikipedia/commons/thumb/5/55/%s/200px-%s.png 2x" data-file-width="512" '
                        'data-file-height="763" /></a></span><div class="infobox-caption">%s</div></td></tr>'
                        % (stem, stem, stem, stem, stem, stem, stem, esc(cap_txt)))
            rows.append('<tr><td colspan="2" class="infobox-subheader">%s</td></tr>' % inline(ib["sub"], refs))
            rows.append('<tr><th colspan="2" class="infobox-header">Overview</th></tr>')
            for lab, v in ib["rows"]:
                rows.append('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s'
                            '</td></tr>' % (esc(lab), inline(v, refs)))
            out.append(INFOBOX_STYLE + '<table class="infobox"><tbody>%s</tbody></table>\n' % "".join(rows))
        elif kind in ("h2", "h3"):
            sec_no += 1
            hid = anchor_id(val)
            sections.append((kind, val, hid))
            out.append('<div class="mw-heading mw-heading%s"><%s id="%s">%s</%s><span class="mw-editsection">'
                       '<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=%s&amp;'
                       'action=edit&amp;section=%d" title="Edit section: %s"><span>edit</span></a>'
                       '<span class="mw-editsection-bracket">]</span></span></div>\n'
                       % (kind[1], kind, esc(hid), esc(val), kind, meta["slug"], sec_no, esc(val)))
            if val == "References":
                out.append("@@REFLIST@@")
        elif kind == "p":
            out.append("<p>%s\n</p>" % inline(val, refs))
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            else:
                out.append("\n")
            out.append("<li>%s</li>" % inline(val, refs))
        elif kind == "tablecap":
            table = ['<table class="wikitable"><caption>%s\n</caption>\n<tbody>' % esc(val)]
        elif kind == "th":
            table.append("<tr>\n" + "\n".join("<th>%s</th>" % esc(c) for c in val[:-1]) +
                         "\n<th>%s\n</th></tr>" % esc(val[-1]))
        elif kind == "tr":
            table.append("<tr>\n" + "\n".join("<td>%s</td>" % inline(c, refs) for c in val[:-1]) +
                         "\n<td>%s\n</td></tr>" % inline(val[-1], refs))
        elif kind == "endtable":
            out.append("\n".join(table) + "</tbody></table>\n")
            table = None
    if in_list:
        out.append("</ul>\n")
    return "".join(out)


def coins(kind, title, work, url, date, slug_title):
    q = urllib.parse.quote_plus
    parts = ["ctx_ver=Z39.88-2004", "rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal",
             "rft.genre=%s" % ("article" if kind == "news" else "unknown"),
             "rft.jtitle=" + q(work), "rft.atitle=" + q(title)]
    if date:
        d, mth, y = date.split()
        parts.append("rft.date=%s-%02d-%02d" % (y, MONTHS.index(mth), int(d)))
    parts += ["rft_id=" + q(url), "rfr_id=info%3Asid%2Fen.wikipedia.org%3A" + q(slug_title)]
    return '<span title="%s" class="Z3988"></span>' % "&amp;".join(parts)


def render_reflist(refs, meta):
    items = []
    first = True
    for n, name in enumerate(refs.order, 1):
        kind, title, url, work, date, access = refs.defs[name]
        uses = refs.uses[name]
        if uses == 1:
            back = '<span class="mw-cite-backlink"><b><a href="#cite_ref-%s_%d-0">^</a></b></span>' % (name, n)
        else:
            letters = "abcdefghijklmnopqrstuvwxyz"
            back = '<span class="mw-cite-backlink">^ ' + " ".join(
                '<a href="#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>' % (name, n, k, letters[k])
                for k in range(uses)) + "</span>"
        ad, am, ay = access.split()
        cite = ('<cite class="citation %s cs1"><a rel="nofollow" class="external text" href="%s">'
                '&quot;%s&quot;</a>. <i>%s</i>. %s<span class="reference-accessdate">. Retrieved '
                '<span class="nowrap">%s %s</span> %s</span>.</cite>'
                % (kind, esc(url), esc(title), esc(work), (esc(date) if date else ""), ad, am, ay))
        if not date:
            cite = cite.replace("</i>. <span", "</i><span")
        items.append('<li id="cite_note-%s-%d">%s <span class="reference-text">%s%s%s</span>\n</li>'
                     % (name, n, back, CITE_STYLE if first else CITE_LINK, cite,
                        coins(kind, title, work, url, date, meta["title"])))
        first = False
    return (REFLIST_STYLE + '<div class="reflist">\n<div class="mw-references-wrap mw-references-columns">'
            '<ol class="references">\n' + "\n".join(items) + "\n</ol></div></div>\n")


def render_navboxes(navboxes, refs, meta):
    out = []
    for i, nb in enumerate(navboxes):
        tmpl = nb["template"]
        label = "Template:" + tmpl
        groups = []
        for j, (g, items) in enumerate(nb["groups"]):
            lis = "".join("<li>%s</li>" % inline(x.strip(), refs) for x in items.split(" · "))
            lis = lis.replace('<a href="%s" title="%s">' % (wiki_href(meta["title"]), esc(meta["title"])),
                              '<a class="mw-selflink selflink">')
            groups.append('<tr><th scope="row" class="navbox-group" style="width:1%%">%s</th><td class="'
                          'navbox-list-with-group navbox-list navbox-%s" style="width:100%%;padding:0"><div '
                          'style="padding:0 0.25em"><ul>%s</ul></div></td></tr>'
                          % (esc(g), "odd" if j % 2 == 0 else "even", lis))
        styles = NAVBOX_STYLE if i == 0 else NAVBOX_LINKS
        out.append('<div class="navbox-styles">%s</div><div role="navigation" class="navbox" aria-labelledby='
                   '"%s%d" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse '
                   'navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr>'
                   '<th scope="col" class="navbox-title" colspan="2"><link rel="mw-deduplicated-inline-style" '
                   'href="mw-data:TemplateStyles:r1129693374"><link rel="mw-deduplicated-inline-style" '
                   'href="mw-data:TemplateStyles:r1239400231"><div class="navbar plainlinks hlist navbar-mini">'
                   '<ul><li class="nv-view"><a href="/wiki/%s" title="%s"><abbr title="View this template">v'
                   '</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:%s" title="Template talk:%s">'
                   '<abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/'
                   'Special:EditPage/%s" title="Special:EditPage/%s"><abbr title="Edit this template">e</abbr>'
                   '</a></li></ul></div><div id="%s%d" style="font-size:114%%;margin:0 4em">%s</div></th></tr>%s'
                   '</tbody></table></div>\n'
                   % (styles, tmpl, i, label.replace(" ", "_"), esc(label).replace("_", " "), tmpl,
                      tmpl.replace("_", " "), label.replace(" ", "_"), label.replace("_", " "), tmpl, i,
                      esc(nb["title"]), "".join(groups)))
    return "".join(out)


def toc_html(sections):
    out = ['\t\t<li id="toc-mw-content-text"\n\t\t\tclass="vector-toc-list-item vector-toc-level-1">\n'
           '\t\t\t<a href="#" class="vector-toc-link">\n\t\t\t\t<div class="vector-toc-text">(Top)</div>\n'
           '\t\t\t</a>\n\t\t</li>\n']
    n1 = n2 = 0
    i = 0
    while i < len(sections):
        kind, text, hid = sections[i]
        n1 += 1
        n2 = 0
        subs = []
        j = i + 1
        while j < len(sections) and sections[j][0] == "h3":
            n2 += 1
            subs.append('\t\t<li id="toc-%s"\n\t\tclass="vector-toc-list-item vector-toc-level-2">\n'
                        '\t\t\t<a class="vector-toc-link" href="#%s">\n\t\t\t\t<div class="vector-toc-text">\n'
                        '\t\t\t\t<span class="vector-toc-numb">%d.%d</span>\n\t\t\t\t<span>%s</span>\n'
                        '\t\t\t\t</div>\n\t\t\t</a>\n\t\t\t\n\t\t\t<ul id="toc-%s-sublist" class="vector-toc-list">'
                        '\n\t\t\t</ul>\n\t\t</li>\n'
                        % (esc(sections[j][2]), esc(sections[j][2]), n1, n2, esc(sections[j][1]),
                           esc(sections[j][2])))
            j += 1
        toggle = ""
        if subs:
            toggle = ('\t\t\t\n\t\t\t<button aria-controls="toc-%s-sublist" class="cdx-button '
                      'cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">\n\t\t\t\t<span '
                      'class="vector-icon mw-ui-icon-wikimedia-expand"></span>\n\t\t\t\t<span>Toggle %s '
                      'subsection</span>\n\t\t\t</button>\n' % (esc(hid), esc(text)))
        out.append('\t\t<li id="toc-%s"\n\t\tclass="vector-toc-list-item vector-toc-level-1">\n\t\t\t<a '
                   'class="vector-toc-link" href="#%s">\n\t\t\t\t<div class="vector-toc-text">\n\t\t\t\t<span '
                   'class="vector-toc-numb">%d</span>\n\t\t\t\t<span>%s</span>\n\t\t\t\t</div>\n\t\t\t</a>\n%s'
                   '\t\t\t<ul id="toc-%s-sublist" class="vector-toc-list">\n%s\t\t\t</ul>\n\t\t</li>\n'
                   % (esc(hid), esc(hid), n1, esc(text), toggle, esc(hid), "".join(subs)))
        i = j
    return "".join(out)


def menu(pid, heading, items, cls=""):
    lis = "".join('\t\t\t<li id="%s" class="mw-list-item"><a href="%s"%s><span>%s</span></a></li>\n'
                  % (i, h, (' title="%s"' % t if t else ""), l) for i, h, t, l in items)
    return ('\t<div id="%s" class="vector-menu mw-portlet mw-portlet-%s%s"  >\n\t<div class="vector-menu-'
            'heading">\n\t\t%s\n\t</div>\n\t<div class="vector-menu-content">\n\t\t\n\t\t<ul class="vector-menu-'
            'content-list">\n\t\t\t\n%s\t\t</ul>\n\t\t\n\t</div>\n</div>\n'
            % (pid, pid[2:], cls, heading, lis))


def page(meta, content, sections, cats, hidden, langs):
    slug = meta["slug"]
    title = meta["title"]
    nav = menu("p-navigation", "Navigation", [
        ("n-mainpage-description", "/wiki/Main_Page", "Visit the main page [z]", "Main page"),
        ("n-contents", "/wiki/Wikipedia:Contents", "Guides to browsing Wikipedia", "Contents"),
        ("n-currentevents", "/wiki/Portal:Current_events", "Articles related to current events", "Current events"),
        ("n-randompage", "/wiki/Special:Random", "Visit a randomly selected article [x]", "Random article"),
        ("n-aboutsite", "/wiki/Wikipedia:About", "Learn about Wikipedia and how it works", "About Wikipedia"),
        ("n-contactpage", "//en.wikipedia.org/wiki/Wikipedia:Contact_us", "How to contact Wikipedia", "Contact us")])
    contrib = menu("p-interaction", "Contribute", [
        ("n-help", "/wiki/Help:Contents", "Guidance on how to use and edit Wikipedia", "Help"),
        ("n-introduction", "/wiki/Help:Introduction", "Learn how to edit Wikipedia", "Learn to edit"),
        ("n-portal", "/wiki/Wikipedia:Community_portal", "The hub for editors", "Community portal"),
        ("n-recentchanges", "/wiki/Special:RecentChanges", "A list of recent changes to Wikipedia [r]", "Recent changes"),
        ("n-upload", "/wiki/Wikipedia:File_upload_wizard", "Add images or other media for use on Wikipedia", "Upload file"),
        ("n-specialpages", "/wiki/Special:SpecialPages", None, "Special pages")])
    lang_items = "".join(
        '\t\t\t<li class="interlanguage-link interwiki-%s mw-list-item"><a href="https://%s.wikipedia.org/wiki/'
        '%s" title="%s – %s" lang="%s" hreflang="%s" data-title="%s" data-language-autonym="%s" '
        'data-language-local-name="%s" class="interlanguage-link-target"><span>%s</span></a></li>\n'
        % (c, c, urllib.parse.quote(t.replace(" ", "_"), safe="()_"), esc(t), en, c, c, esc(t), a, en, a)
        for c, a, t, en in langs)
    cat_items = "".join('<li><a href="%s" title="Category:%s">%s</a></li>'
                        % (wiki_href("Category:" + c), esc(c), esc(c)) for c in cats)
    hid_items = "".join('<li><a href="%s" title="Category:%s">%s</a></li>'
                        % (wiki_href("Category:" + c), esc(c), esc(c)) for c in hidden)
    wg_cats = ",".join('"%s"' % c for c in hidden + cats)
    body_cls = "page-" + re.sub(r"[()]", "", slug)
    fill = {
        "slug": slug, "title": esc(title), "oldid": meta["oldid"], "pageid": meta["pageid"],
        "wikidata": meta["wikidata"], "shortdesc": esc(meta["shortdesc"]), "nav": nav,
        "contrib": contrib, "toc": toc_html(sections), "nlang": len(langs), "langs": lang_items,
        "content": content, "cats": cat_items, "hidcats": hid_items, "lastedited": meta["lastedited"],
        "wgcats": wg_cats, "bodycls": body_cls, "rootslug": re.sub(r"[()]", "", slug),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: str(fill[m.group(1)]), SHELL)


# The Vector 2022 page around the article, as the server sends it ({{name}} slots are filled in).
SHELL = r'''<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{{title}} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\w+$|[^\w-]+/g,'')+'-clientpref-\\w+( |$)'),'$1'+pref+'$2');});}document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"c3e1a0f4-8b1d-4f0e-9a57-2d6e81b0c4a9","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{{slug}}","wgTitle":"{{title}}","wgCurRevisionId":{{oldid}},"wgRevisionId":{{oldid}},"wgArticleId":{{pageid}},"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[{{wgcats}}],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"{{slug}}","wgRelevantArticleId":{{pageid}},"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"wikipedia","wgFlaggedRevsParams":{"tags":{"status":{"levels":1}}},"wgConfirmEditCaptchaNeededForGenericEdit":"hcaptcha","wgConfirmEditHCaptchaSiteKey":"5d0c670e-a5f4-4258-ad16-1f42792c9c62","wgMediaViewerOnClick":true,"wgMediaViewerEnabledByDefault":true,"wgPopupsFlags":0,"wgVisualEditor":{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"},"wgMFDisplayWikibaseDescriptions":{"search":true,"watchlist":true,"tagline":false,"nearby":true},"wgWMESchemaEditAttemptStepOversample":false,"wgWMEPageLength":20000,"wgEditSubmitButtonLabelPublish":true,"wgULSPosition":"interlanguage","wgULSisCompactLinksEnabled":false,"wgVector2022LanguageInHeader":true,"wgULSisLanguageSelectorEmpty":false,"wgWikibaseItemId":"{{wikidata}}","wgCheckUserClientHintsHeadersJsApi":["brands","architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"],"GEHomepageSuggestedEditsEnableTopics":true,"wgGESuggestedEditsTaskTypes":{"taskTypes":["copyedit","link-recommendation"],"unavailableTaskTypes":[]},"wgGETopicsMatchModeEnabled":false,"wgGELevelingUpEnabledForUser":false};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","jquery.makeCollapsible.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"};RLPAGEMODULES=["ext.cite.ux-enhancements","mediawiki.page.media","site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.visualEditor.desktopArticleTarget.init","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","ext.cx.uls.quick.actions","wikibase.client.vector-2022","wikibase.databox.fromWikidata","ext.checkUser.clientHints","ext.growthExperiments.SuggestedEditSession"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\","watchToken":"+\\","csrfToken":"+\\"});
}];});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.uls.interlanguage%7Cext.visualEditor.desktopArticleTarget.noscript%7Cext.wikimediamessages.styles%7Cjquery.makeCollapsible.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.17">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/thumb/5/55/Emblem_of_India.svg/1200px-Emblem_of_India.svg.png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="1788">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="{{title}} - Wikipedia">
<meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//en.m.wikipedia.org/wiki/{{slug}}">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title={{slug}}&amp;action=edit">
<link rel="apple-touch-icon" href="/static/apple-touch/wikipedia.png">
<link rel="icon" href="/static/favicon/wikipedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Wikipedia (en)">
<link rel="EditURI" type="application/rsd+xml" href="//en.wikipedia.org/w/api.php?action=rsd">
<link rel="canonical" href="https://en.wikipedia.org/wiki/{{slug}}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="alternate" type="application/atom+xml" title="Wikipedia Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="dns-prefetch" href="//meta.wikimedia.org" />
<link rel="dns-prefetch" href="auth.wikimedia.org">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable {{bodycls}} rootpage-{{rootslug}} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
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

	
{{nav}}
	
{{contrib}}
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
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:CreateAccount&amp;returnto={{slug}}" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:UserLogin&amp;returnto={{slug}}" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o" class=""><span>Log in</span></a>
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
			
			<li id="pt-sitesupport" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en"><span>Donate</span></a></li><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto={{slug}}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>Create account</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto={{slug}}" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>Log in</span></a></li>
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


	<ul class="vector-toc-contents" id="mw-panel-toc-list">
{{toc}}	</ul>
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
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{{title}}</span></h1>
							
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"  >
	<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in {{nlang}} languages"   >
	<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-{{nlang}}" aria-hidden="true"  ><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span>

<span class="vector-dropdown-label-text">{{nlang}} languages</span>
	</label>
	<div class="vector-dropdown-content">

		<div class="vector-menu-content">
			
			<ul class="vector-menu-content-list">
				
{{langs}}
			</ul>
			<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/{{wikidata}}#sitelinks-wikipedia" title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div>
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
			
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{{slug}}" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:{{slug}}" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li>
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
			
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{{slug}}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={{slug}}&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={{slug}}&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li>
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
			
			<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="/wiki/{{slug}}"><span>Read</span></a></li><li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={{slug}}&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={{slug}}&amp;action=history"><span>View history</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"  >
	<div class="vector-menu-heading">
		General
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/{{slug}}" title="List of all English Wikipedia pages containing links to this page [j]" accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/{{slug}}" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>Related changes</span></a></li><li id="t-upload" class="mw-list-item"><a href="//en.wikipedia.org/wiki/Wikipedia:File_Upload_Wizard" title="Upload files [u]" accesskey="u"><span>Upload file</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={{slug}}&amp;oldid={{oldid}}" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" class="mw-list-item"><a href="/w/index.php?title={{slug}}&amp;action=info" title="More information about this page"><span>Page information</span></a></li><li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:CiteThisPage&amp;page={{slug}}&amp;id={{oldid}}&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite this page</span></a></li><li id="t-urlshortener" class="mw-list-item"><a href="/w/index.php?title=Special:UrlShortener&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F{{slug}}"><span>Get shortened URL</span></a></li><li id="t-urlshortener-qrcode" class="mw-list-item"><a href="/w/index.php?title=Special:QrCode&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F{{slug}}"><span>Download QR code</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_export"  >
	<div class="vector-menu-heading">
		Print/export
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="coll-download-as-rl" class="mw-list-item"><a href="/w/index.php?title=Special:DownloadAsPdf&amp;page={{slug}}&amp;action=show-download-screen" title="Download this page as a PDF file"><span>Download as PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="/w/index.php?title={{slug}}&amp;printable=yes" title="Printable version of this page [p]" accesskey="p"><span>Printable version</span></a></li>
		</ul>
		
	</div>
</div>

<div id="p-wikibase-otherprojects" class="vector-menu mw-portlet mw-portlet-wikibase-otherprojects"  >
	<div class="vector-menu-heading">
		In other projects
	</div>
	<div class="vector-menu-content">
		
		<ul class="vector-menu-content-list">
			
			<li id="t-wikibase" class="wb-otherproject-link wb-otherproject-wikibase-dataitem mw-list-item"><a href="https://www.wikidata.org/wiki/Special:EntityPage/{{wikidata}}" title="Structured data on this page hosted by Wikidata [g]" accesskey="g"><span>Wikidata item</span></a></li>
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
					
					
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">{{content}}
<!-- 
NewPP limit report
Parsed by mw‐api‐ext.eqiad.main‐5d8b7c9f6‐k2x7p
Cached time: 20250912043712
Cache expiry: 2592000
Reduced expiry: false
Complications: [vary‐revision‐sha1, show‐toc]
CPU time usage: 0.412 seconds
Real time usage: 0.561 seconds
Preprocessor visited node count: 2871/1000000
Revision size: 11874/2097152 bytes
Post‐expand include size: 61214/2097152 bytes
Template argument size: 2212/2097152 bytes
Highest expansion depth: 12/100
Expensive parser function count: 4/500
Unstrip recursion depth: 1/20
Unstrip post‐expand size: 59871/5000000 bytes
Lua time usage: 0.251/10.000 seconds
Lua memory usage: 5866712/52428800 bytes
Number of Wikibase entities loaded: 1/400
-->
<!--
Transclusion expansion time report (%,ms,calls,template)
100.00%  471.812      1 -total
 41.37%  195.189      1 Template:Reflist
 30.11%  142.061      9 Template:Cite_news
 16.52%   77.944      1 Template:Infobox_legislature
 10.03%   47.322      1 Template:Short_description
  8.64%   40.779      2 Template:Navbox
  6.92%   32.650      2 Template:Hatnote
  4.41%   20.813      1 Template:Citation_needed
  3.87%   18.259      1 Template:Use_dmy_dates
  3.21%   15.140      1 Template:Use_Indian_English
-->

<!-- Saved in parser cache with key enwiki:pcache:{{pageid}}:|#|:idhash:canonical and timestamp 20250912043712 and revision id {{oldid}}. Rendering was triggered because: page-view
 -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?useformat=desktop&amp;type=1x1&amp;usesul3=1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title={{slug}}&amp;oldid={{oldid}}">https://en.wikipedia.org/w/index.php?title={{slug}}&amp;oldid={{oldid}}</a>"</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul>{{cats}}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>{{hidcats}}</ul></div></div>
				</div>
			</main>
			
		</div>
		<div class="mw-footer-container">
			
<footer id="footer" class="mw-footer" >
	<ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on {{lastedited}}<span class="anonymous-show">&#160;(UTC)</span>.</li>
	<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>;
additional terms may apply. By using this site, you agree to the <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li>
</ul>

	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li>
	<li id="footer-places-legal-safety-contacts"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Legal:Wikimedia_Foundation_Legal_and_Safety_Contact_Information">Legal &amp; safety contacts</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org">Developers</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikipedia.org">Statistics</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>
	<li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title={{slug}}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
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
			
		<div role="search" class="vector-search-box-vue  vector-search-box-show-thumbnail vector-search-box">
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
				<div class="vector-sticky-header-context-bar-primary" aria-hidden="true" ><span class="mw-page-title-main">{{title}}</span></div>
			</div>
		</div>
		<div class="vector-sticky-header-end" aria-hidden="true">
			<div class="vector-sticky-header-icons">
				<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span>

<span></span>
			</a>
			<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-subject-sticky-header" tabindex="-1" data-event-name="subject-sticky-header"><span class="vector-icon mw-ui-icon-article mw-ui-icon-wikimedia-article"></span>

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

<span>{{nlang}} languages</span>
			</button>
			<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive" id="ca-addsection-sticky-header" tabindex="-1" data-event-name="addsection-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbleAdd-progressive mw-ui-icon-wikimedia-speechBubbleAdd-progressive"></span>

<span>Add topic</span>
			</a>
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
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6f4d8c7b9d-q8r2m","wgBackendResponseTime":148,"wgPageParseReport":{"limitreport":{"cputime":"0.412","walltime":"0.561","ppvisitednodes":{"value":2871,"limit":1000000},"revisionsize":{"value":11874,"limit":2097152},"postexpandincludesize":{"value":61214,"limit":2097152},"templateargumentsize":{"value":2212,"limit":2097152},"expansiondepth":{"value":12,"limit":100},"expensivefunctioncount":{"value":4,"limit":500},"unstrip-depth":{"value":1,"limit":20},"unstrip-size":{"value":59871,"limit":5000000},"entityaccesscount":{"value":1,"limit":400},"timingprofile":["100.00%  471.812      1 -total"," 41.37%  195.189      1 Template:Reflist"," 30.11%  142.061      9 Template:Cite_news"," 16.52%   77.944      1 Template:Infobox_legislature"]},"scribunto":{"limitreport-timeusage":{"value":"0.251","limit":"10.000"},"limitreport-memusage":{"value":5866712,"limit":52428800}},"cachereport":{"origin":"mw-api-ext.eqiad.main-5d8b7c9f6-k2x7p","timestamp":"20250912043712","ttl":2592000,"transientcontent":false}}});});</script>
<script type="application/ld+json">{"@context":"https:\/\/schema.org","@type":"Article","name":"{{title}}","url":"https:\/\/en.wikipedia.org\/wiki\/{{slug}}","sameAs":"http:\/\/www.wikidata.org\/entity\/{{wikidata}}","mainEntity":"http:\/\/www.wikidata.org\/entity\/{{wikidata}}","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc.","logo":{"@type":"ImageObject","url":"https:\/\/www.wikimedia.org\/static\/images\/wmf-hor-googpub.png"}},"datePublished":"2006-06-02T11:20:31Z","dateModified":"2025-09-12T04:37:00Z","headline":"financial committee of the Parliament of India"}</script>
</body>
</html>
'''


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    meta, body, refdefs, navboxes, cats, hidden, langs = parse(lines)
    refs = Refs(refdefs)
    sections = []
    content = render_content(meta, body, refs, sections)
    content = content.replace("@@REFLIST@@", render_reflist(refs, meta))
    content += render_navboxes(navboxes, refs, meta)
    content = ('<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">%s</div>'
               % esc(meta["shortdesc"])) + content
    doc = page(meta, content, sections, cats, hidden, langs)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
