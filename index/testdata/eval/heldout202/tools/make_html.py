#!/usr/bin/python3
"""Make docs/icimod-wikipedia.html from tools/icimod-wikipedia.txt.

The page is an English Wikipedia article in the Vector 2022 skin as Firefox writes it with
"Save Page As... > Web Page, complete": Firefox serialises the live DOM, so the page keeps the
classes its scripts added (client-js, mw-made-collapsible, collapsed navboxes with a "show"
button and hidden rows), puts its own <meta http-equiv="Content-Type"> first in <head>, points
stylesheets, scripts and images at a "<title>_files/" folder (not part of this set) and makes
every link absolute. Around the article: the Vector 2022 header (main menu, logo, search,
Donate / Create account / Log in), the sticky header, the title bar with the table of contents
collapsed into its "Toggle the table of contents" dropdown, the language button, the
Article/Talk and Read/Edit/View history tabs with the Tools menu, the pinned Appearance menu
(Text, Width, Color (beta)) in the right-hand column, "From Wikipedia, the free encyclopedia",
a primary-sources maintenance box, the coordinates indicator; then the infobox, the lead,
headings each followed by an "[edit]" link, references as [n] marks, a wikitable with a caption,
the reference list with ^ a b back-links and cite markup, navboxes, categories (with hidden
ones) and the footer.

Run from anywhere: /usr/bin/python3 tools/make_html.py   (output is byte-for-byte stable)
"""
import html
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "icimod-wikipedia.txt")
OUT = os.path.join(HERE, "..", "docs", "icimod-wikipedia.html")
WIKI = "https://en.wikipedia.org/wiki/"
W = "https://en.wikipedia.org/w/index.php?title="


URLS = {
    "about": "https://www.icimod.org/who-we-are/",
    "dg": "https://kathmandupost.com/national/2020/10/01/pema-gyamtsho-takes-charge-as-icimod-director-general",
    "history": "https://www.icimod.org/who-we-are/history/",
    "molden": "https://web.archive.org/web/20200302000000/https://www.icimod.org/team/david-molden/",
    "call": "https://www.icimod.org/hkh-call-to-action/",
    "forty": "https://nepalitimes.com/news/icimod-turns-40",
    "gov": "https://www.icimod.org/who-we-are/governance/",
    "park": "https://www.icimod.org/icimod-knowledge-park-at-godavari/",
    "yala": "https://www.mdpi.com/2073-4441/11/1/6",
    "transb": "https://www.thethirdpole.net/en/climate/nepals-glacial-lakes-are-a-cross-border-problem/",
    "atmos": "https://www.icimod.org/initiative/atmosphere/",
    "ksl": "https://www.icimod.org/initiative/ksl/",
    "kl": "https://www.icimod.org/initiative/kangchenjunga-landscape/",
    "huc": "https://www.icimod.org/initiative/himalayan-university-consortium/",
    "kiln": "https://kathmandupost.com/money/2017/03/02/rebuilding-brick-kilns-better-after-the-earthquake",
    "servir": "https://servirglobal.net/hubs/hindu-kush-himalaya",
    "cbfews": "https://nhess.copernicus.org/articles/17/423/2017/",
    "thame": "https://kathmandupost.com/province-no-1/2024/08/17/flood-sweeps-through-thame-village-in-khumbu",
    "iygp": "https://www.un.org/en/observances/glaciers-preservation-year",
    "rasuwa": "https://kathmandupost.com/bagmati-province/2025/07/09/glacial-lake-outburst-in-tibet-behind-rasuwa-flood-experts-say",
}


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def wlink(target, text=None):
    t = target[0].upper() + target[1:]
    href = WIKI + urllib.parse.quote(t.replace(" ", "_"), safe="/:(),'!_-.")
    return '<a href="%s" title="%s">%s</a>' % (href, attr(t), text if text is not None else esc(target))


class Refs:
    def __init__(self, defs):
        self.defs = defs        # name -> (kind, text)
        self.order = []         # names by first use
        self.uses = {}          # name -> count

    def mark(self, name):
        if name not in self.uses:
            self.order.append(name)
            self.uses[name] = 0
        n = self.order.index(name) + 1
        k = self.uses[name]
        self.uses[name] += 1
        return ('<sup id="cite_ref-%s_%d-%d" class="reference"><a href="#cite_note-%s-%d">'
                '<span class="cite-bracket">[</span>%d<span class="cite-bracket">]</span></a></sup>'
                % (name, n, k, name, n, n))


def inline(s, refs):
    out = esc(s)
    out = re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", lambda m: wlink(html.unescape(m.group(1)), m.group(2)), out)
    out = re.sub(r"\[\[([^\]]+)\]\]", lambda m: wlink(html.unescape(m.group(1)), m.group(1)), out)
    out = re.sub(r"'''(.+?)'''", r"<b>\1</b>", out)
    out = re.sub(r"''(.+?)''", r"<i>\1</i>", out)
    out = re.sub(r"\{\{r\|(\w+)\}\}", lambda m: refs.mark(m.group(1)), out)
    return out


def anchor(title):
    return title.replace(" ", "_")


def cite_html(name, n, kind, text, uses, refs):
    if uses == 1:
        back = '<span class="mw-cite-backlink"><b><a href="#cite_ref-%s_%d-0">^</a></b></span>' % (name, n)
    else:
        letters = "abcdefgh"
        back = '<span class="mw-cite-backlink">^ %s</span>' % " ".join(
            '<a href="#cite_ref-%s_%d-%d"><sup><i><b>%s</b></i></sup></a>' % (name, n, k, letters[k])
            for k in range(uses))
    body = inline(text, refs)
    # titles in quotes become the external link, as cite web / cite news render them
    body = re.sub(r'^(.*?)"(.+?)"', lambda m: '%s<a rel="nofollow" class="external text" href="%s">"%s"</a>'
                  % (m.group(1), URLS[name], m.group(2)), body, count=1)
    body = re.sub(r"doi:(\S+?)\.", r'<a href="https://en.wikipedia.org/wiki/Doi_(identifier)" class="mw-redirect" title="Doi (identifier)">doi</a>:<a rel="nofollow" class="external text" href="https://doi.org/\1">\1</a>.', body)
    body = re.sub(r"ISBN (\S+?)\.$", r'<a href="https://en.wikipedia.org/wiki/ISBN_(identifier)" class="mw-redirect" title="ISBN (identifier)">ISBN</a>&nbsp;<a href="https://en.wikipedia.org/wiki/Special:BookSources/\1" title="Special:BookSources/\1"><bdi>\1</bdi></a>.', body)
    body = re.sub(r"\.\s*Retrieved (\d+ \w+) (\d{4})\.", r'<span class="reference-accessdate">. Retrieved <span class="nowrap">\1</span> \2</span>.', body)
    return ('<li id="cite_note-%s-%d">%s <span class="reference-text"><link rel="mw-deduplicated-inline-style" '
            'href="mw-data:TemplateStyles:r1238218222"><cite id="CITEREF%s" class="citation %s cs1">%s</cite>'
            '<span title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%%3Aofi%%2Ffmt%%3Akev%%3Amtx%%3A%s" class="Z3988"></span>'
            '</span>\n</li>' % (name, n, back, name, kind, body, "book" if kind == "book" else "journal"))


def parse(path):
    meta, infobox, blocks, refdefs, navboxes, cats, hidden = {}, [], [], {}, [], [], []
    mode = None
    cur_nav = None
    table = None
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    for line in lines:
        s = line.strip()
        if mode == "infobox":
            if s == "@end":
                mode = None
            elif s:
                k, v = s.split(" | ", 1)
                infobox.append((k, v))
            continue
        if table is not None:
            if s == "@end":
                blocks.append(("table", table))
                table = None
            elif s.startswith("! "):
                table["head"] = s[2:].split(" !! ")
            elif s.startswith("| "):
                table["rows"].append(s[2:].split(" || "))
            continue
        if not s:
            continue
        if s == "@infobox":
            mode = "infobox"
        elif s.startswith("@table "):
            table = {"caption": s[7:], "head": [], "rows": []}
        elif s.startswith("@ref "):
            name, kind, text = s[5:].split(" | ", 2)
            refdefs[name] = (kind, text)
        elif s == "@refs":
            blocks.append(("refs", None))
        elif s.startswith("@navbox "):
            cur_nav = {"title": s[8:], "groups": []}
        elif s.startswith("@group "):
            g, items = s[7:].split(" | ", 1)
            cur_nav["groups"].append((g, items.split("; ")))
        elif s == "@endnavbox":
            navboxes.append(cur_nav)
            cur_nav = None
        elif s.startswith("@cats "):
            cats = s[6:].split(" | ")
        elif s.startswith("@hiddencats "):
            hidden = s[12:].split(" | ")
        elif s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s.startswith("=== "):
            blocks.append(("h3", s.strip("= ")))
        elif s.startswith("== "):
            blocks.append(("h2", s.strip("= ")))
        elif s.startswith("* "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(s[2:])
            else:
                blocks.append(("ul", [s[2:]]))
        else:
            blocks.append(("p", s))
    return meta, infobox, blocks, refdefs, navboxes, cats, hidden


def heading(level, title, section):
    tag = "h%d" % level
    return ('<div class="mw-heading mw-heading%d"><%s id="%s">%s</%s><span class="mw-editsection">'
            '<span class="mw-editsection-bracket">[</span><a href="%s%s&amp;action=edit&amp;section=%d" '
            'title="Edit section: %s"><span>edit</span></a><span class="mw-editsection-bracket">]</span>'
            '</span></div>' % (level, tag, attr(anchor(title)), esc(title), tag, W, PAGE, section,
                               attr(title), ))


def infobox_html(title, rows, refs):
    out = ['<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">%s</th></tr>'
           % esc(title),
           '<tr><td colspan="2" class="infobox-image logo"><span class="mw-default-size" typeof="mw:File/Frameless">'
           '<a href="https://en.wikipedia.org/wiki/File:ICIMOD_logo.svg" class="mw-file-description">'
           '<img src="./%s_files/220px-ICIMOD_logo.svg.png" decoding="async" width="220" height="76" '
           'class="mw-file-element" srcset="./%s_files/330px-ICIMOD_logo.svg.png 1.5x, ./%s_files/440px-ICIMOD_logo.svg.png 2x" '
           'data-file-width="512" data-file-height="177"></a></span></td></tr>' % (FILES, FILES, FILES)]
    for k, v in rows:
        if k == "Website":
            val = ('<span class="url"><a rel="nofollow" class="external text" href="https://www.icimod.org/">%s</a></span>'
                   % esc(v))
        elif k == "Formation":
            year, ago = v.split("; ")
            val = ('%s<span style="display:none">&nbsp;(<span class="bday dtstart published updated itvstart">%s</span>)</span>'
                   '<span class="noprint">; %s</span>' % (year, year, esc(ago)))
        elif k == "Headquarters":
            val = ('<span class="label">%s</span>' % inline(v, refs))
        else:
            val = inline(v, refs)
        out.append('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s</td></tr>'
                   % (esc(k), val))
        if k == "Headquarters":
            out.append('<tr><th scope="row" class="infobox-label">Coordinates</th><td class="infobox-data">'
                       '<span class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename=%s&amp;params=27_39_N_85_20_E_type:landmark_region:NP">'
                       '<span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location">'
                       '<span class="latitude">27°39′N</span> <span class="longitude">85°20′E</span></span></span></a></span></td></tr>'
                       % PAGE)
    out.append('</tbody></table>')
    return "".join(out)


def table_html(t, refs):
    out = ['<table class="wikitable"><caption>%s</caption>\n<tbody><tr>\n' % esc(t["caption"])]
    out.append("\n".join("<th>%s</th>" % inline(h, refs) for h in t["head"]) + "\n</tr>\n")
    for r in t["rows"]:
        out.append("<tr>\n" + "\n".join("<td>%s</td>" % inline(c, refs) for c in r) + "\n</tr>\n")
    out.append("</tbody></table>")
    return "".join(out)


def navbox_html(nb):
    nid = anchor(nb["title"])
    if nb["title"] == "Authority control databases":
        rows = []
        for i, (g, items) in enumerate(nb["groups"]):
            rows.append('<tr><th scope="row" class="navbox-group" style="width:1%%">%s</th><td class="navbox-list-with-group navbox-list navbox-%s" style="width:100%%;padding:0"><div style="padding:0 0.25em"><ul>%s</ul></div></td></tr>'
                        % (esc(g), "odd" if i % 2 == 0 else "even",
                           "".join('<li><span class="uid"><a rel="nofollow" class="external text" href="https://www.wikidata.org/wiki/Q6047417#identifiers">%s</a></span></li>' % esc(x) for x in items)))
        return ('<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1236075235">.mw-parser-output .navbox{box-sizing:border-box;border:1px solid #a2a9b1;width:100%%;clear:both;font-size:88%%;text-align:center;padding:1px;margin:1em auto 0}</style></div>'
                '<div role="navigation" class="navbox authority-control" aria-label="Navbox" style="padding:3px"><table class="nowraplinks hlist navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody>'
                '<tr><th scope="row" class="navbox-group" style="width:1%%"><a href="https://en.wikipedia.org/wiki/Help:Authority_control" title="Help:Authority control">Authority control databases</a>: <span class="mw-valign-text-top noprint" typeof="mw:File/Frameless"><a href="https://www.wikidata.org/wiki/Q6047417#identifiers" title="Edit this at Wikidata"><img alt="Edit this at Wikidata" src="./%s_files/20px-OOjs_UI_icon_edit-ltr-progressive.svg.png" decoding="async" width="10" height="10" class="mw-file-element"></a></span></th><td class="navbox-list"></td></tr>%s</tbody></table></div>'
                % (FILES, "".join(rows)))
    rows = []
    for i, (g, items) in enumerate(nb["groups"]):
        lis = "".join("<li>%s</li>" % (wlink(x) if x != "ICIMOD" else
                                         '<a class="mw-selflink selflink">ICIMOD</a>') for x in items)
        rows.append('<tr style="display: none;"><th scope="row" class="navbox-group" style="width:1%%">%s</th>'
                    '<td class="navbox-list-with-group navbox-list navbox-%s hlist" style="width:100%%;padding:0">'
                    '<div style="padding:0 0.25em"><ul>%s</ul></div></td></tr>'
                    % (esc(g), "odd" if i % 2 == 0 else "even", lis))
    tmpl = "Template:" + nb["title"].replace(" ", "_")
    return ('<div class="navbox-styles"><link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1236075235"></div>'
            '<div role="navigation" class="navbox" aria-labelledby="%s" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner mw-made-collapsible mw-collapsed" style="border-spacing:0;background:transparent;color:inherit"><tbody>'
            '<tr><th scope="col" class="navbox-title" colspan="2"><button type="button" class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-collapsed" aria-expanded="false" tabindex="0"><span class="mw-collapsible-text">show</span></button>'
            '<link rel="mw-deduplicated-inline-style" href="mw-data:TemplateStyles:r1239400231"><div class="navbar plainlinks hlist navbar-mini"><ul>'
            '<li class="nv-view"><a href="https://en.wikipedia.org/wiki/%s" title="%s"><abbr title="View this template">v</abbr></a></li>'
            '<li class="nv-talk"><a href="https://en.wikipedia.org/wiki/Template_talk:%s" title="Template talk:%s"><abbr title="Discuss this template">t</abbr></a></li>'
            '<li class="nv-edit"><a href="%s%s&amp;action=edit" title="Special:EditPage/%s"><abbr title="Edit this template">e</abbr></a></li></ul></div>'
            '<div id="%s" style="font-size:114%%;margin:0 4em">%s</div></th></tr>%s</tbody></table></div>'
            % (nid, tmpl, attr(tmpl.replace("_", " ")), tmpl[9:], attr(nb["title"]), W, tmpl,
               attr(tmpl.replace("_", " ")), nid, esc(nb["title"]), "".join(rows)))


def toc_html(blocks):
    items = ['<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1 vector-toc-list-item-active">'
             '<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>']
    n2 = 0
    n3 = 0
    open_sub = False
    for kind, val in blocks:
        if kind == "h2":
            if open_sub:
                items.append("</ul></li>")
            n2 += 1
            n3 = 0
            a = anchor(val)
            items.append('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-1">'
                         '<a class="vector-toc-link" href="#%s"><div class="vector-toc-text">'
                         '<span class="vector-toc-numb">%d</span><span>%s</span></div></a>'
                         '<button aria-controls="toc-%s-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">'
                         '<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle %s subsection</span></button>'
                         '<ul id="toc-%s-sublist" class="vector-toc-list">'
                         % (attr(a), attr(a), n2, esc(val), attr(a), esc(val), attr(a)))
            open_sub = True
        elif kind == "h3":
            n3 += 1
            a = anchor(val)
            items.append('<li id="toc-%s" class="vector-toc-list-item vector-toc-level-2">'
                         '<a class="vector-toc-link" href="#%s"><div class="vector-toc-text">'
                         '<span class="vector-toc-numb">%d.%d</span><span>%s</span></div></a>'
                         '<ul id="toc-%s-sublist" class="vector-toc-list"></ul></li>'
                         % (attr(a), attr(a), n2, n3, esc(val), attr(a)))
    if open_sub:
        items.append("</ul></li>")
    # h2 entries without subsections lose their toggle button, as Vector renders them
    out = "\n".join(items)
    out = re.sub(r'<button aria-controls="toc-([^"]+)-sublist"[^>]*>(?:(?!</button>).)*</button>(<ul id="toc-\1-sublist" class="vector-toc-list">)\n</ul></li>',
                 r'\2\n</ul></li>', out)
    return ('<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-unpinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc">'
            '<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>'
            '<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>\n'
            '<ul class="vector-toc-contents" id="mw-panel-toc-list">\n%s\n</ul>\n</div>' % out)


def build():
    global PAGE, FILES
    meta, infobox, blocks, refdefs, navboxes, cats, hidden = parse(SRC)
    title = meta["title"]
    PAGE = title.replace(" ", "_")
    FILES = "%s - Wikipedia" % title
    refs = Refs(refdefs)

    body = []
    sec = 0
    for kind, val in blocks:
        if kind == "h2":
            sec += 1
            body.append(heading(2, val, sec))
        elif kind == "h3":
            sec += 1
            body.append(heading(3, val, sec))
        elif kind == "p":
            body.append("<p>%s\n</p>" % inline(val, refs))
        elif kind == "ul":
            body.append("<ul>" + "\n".join("<li>%s</li>" % inline(x, refs) for x in val) + "</ul>")
        elif kind == "table":
            body.append(table_html(val, refs))
        elif kind == "refs":
            pass
    # the reference list comes after the body text has numbered the marks
    reflist = []
    for i, name in enumerate(refs.order, 1):
        kind, text = refdefs[name]
        reflist.append(cite_html(name, i, kind, text, refs.uses[name], refs))
    unused = [n for n in refdefs if n not in refs.uses]
    assert not unused, unused

    sec += 1
    body.append(heading(2, "References", sec))
    body.append('<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;list-style-type:decimal}@media screen{.mw-parser-output .reflist{font-size:90%}}.mw-parser-output .reflist .references{font-size:100%;margin-bottom:0;list-style-type:inherit}.mw-parser-output .reflist-columns-2{column-width:30em}</style>'
                '<div class="reflist reflist-columns references-column-width" style="column-width: 30em;">\n'
                '<div class="mw-references-wrap mw-references-columns"><ol class="references">\n'
                + "\n".join(reflist) + "\n</ol></div></div>")
    sec += 1
    body.append(heading(2, "External links", sec))
    body.append('<ul><li><span class="official-website"><span class="url"><a rel="nofollow" class="external text" href="https://www.icimod.org/">Official website</a></span></span></li></ul>')
    body.append("\n".join(navbox_html(nb) for nb in navboxes))
    toc_blocks = [b for b in blocks if b[0] in ("h2", "h3")] + [("h2", "References"), ("h2", "External links")]

    lead_ambox = ('<style data-mw-deduplicate="TemplateStyles:r1251242444">.mw-parser-output .ambox{border:1px solid #a2a9b1;border-left:10px solid #36c;background-color:#fbfbfb;box-sizing:border-box}.mw-parser-output .ambox-content{border-left:10px solid #f28500}</style>'
                  '<table class="box-Primary_sources plainlinks metadata ambox ambox-content ambox-Primary_sources" role="presentation"><tbody><tr>'
                  '<td class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><span><img alt="" src="./%s_files/40px-Question_book-new.svg.png" decoding="async" width="40" height="31" class="mw-file-element"></span></span></div></td>'
                  '<td class="mbox-text"><div class="mbox-text-span">This article <b>relies excessively on <a href="https://en.wikipedia.org/wiki/Wikipedia:Verifiability" title="Wikipedia:Verifiability">references</a> to <a href="https://en.wikipedia.org/wiki/Wikipedia:No_original_research#Primary,_secondary_and_tertiary_sources" title="Wikipedia:No original research">primary sources</a></b>.<span class="hide-when-compact"> Please improve this article by adding <a href="https://en.wikipedia.org/wiki/Wikipedia:No_original_research#Primary,_secondary_and_tertiary_sources" title="Wikipedia:No original research">secondary or tertiary sources</a>. <br><small><span class="plainlinks"><i>Find sources:</i>&nbsp;<a rel="nofollow" class="external text" href="https://www.google.com/search?as_eq=wikipedia&amp;q=%%22International+Centre+for+Integrated+Mountain+Development%%22">"International Centre for Integrated Mountain Development"</a>&nbsp;–&nbsp;<a rel="nofollow" class="external text" href="https://www.google.com/search?tbm=nws&amp;q=%%22International+Centre+for+Integrated+Mountain+Development%%22+-wikipedia&amp;tbs=ar:1">news</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="https://www.google.com/search?&amp;q=%%22International+Centre+for+Integrated+Mountain+Development%%22&amp;tbs=bkt:s&amp;tbm=bks">newspapers</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="https://www.google.com/search?tbs=bks:1&amp;q=%%22International+Centre+for+Integrated+Mountain+Development%%22+-wikipedia">books</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="https://scholar.google.com/scholar?q=%%22International+Centre+for+Integrated+Mountain+Development%%22">scholar</a>&nbsp;<b>·</b> <a rel="nofollow" class="external text" href="https://www.jstor.org/action/doBasicSearch?Query=%%22International+Centre+for+Integrated+Mountain+Development%%22&amp;acc=on&amp;wc=on">JSTOR</a></span></small></span> <span class="date-container"><i>(<span class="date">%s</span>)</i></span><span class="hide-when-compact"><i> (<small><a href="https://en.wikipedia.org/wiki/Help:Maintenance_template_removal" title="Help:Maintenance template removal">Learn how and when to remove this message</a></small>)</i></span></div></td></tr></tbody></table>'
                  % (FILES, meta["ambox"]))

    langs = []
    for item in meta["languages"].split("|"):
        name, code = item.split("=")
        langs.append('<li class="interlanguage-link interwiki-%s mw-list-item"><a href="https://%s.wikipedia.org/wiki/%s" title="%s" lang="%s" hreflang="%s" data-title="%s" data-language-autonym="%s" class="interlanguage-link-target"><span>%s</span></a></li>'
                     % (code, code, urllib.parse.quote(PAGE), attr(title), code, code, attr(title), attr(name), esc(name)))
    nlang = len(langs)

    catlinks = ('<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">'
                '<a href="https://en.wikipedia.org/wiki/Help:Category" title="Help:Category">Categories</a>: <ul>'
                + "".join("<li>%s</li>" % wlink("Category:" + c, esc(c)) for c in cats)
                + '</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>'
                + "".join("<li>%s</li>" % wlink("Category:" + c, esc(c)) for c in hidden)
                + "</ul></div></div>")

    parser_output = (
        '<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">'
        '<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">%s</div>\n'
        '%s\n<p class="mw-empty-elt">\n</p>\n'
        '<style data-mw-deduplicate="TemplateStyles:r1257001546">.mw-parser-output .infobox-subbox{padding:0;border:none;margin:-3px;width:auto;min-width:100%%;font-size:100%%;clear:none;float:none;background-color:transparent}.mw-parser-output .infobox-3cols-child{margin:auto}</style>'
        '%s\n%s\n'
        '<!-- \nNewPP limit report\nParsed by mw\u2010api\u2010int.eqiad.main\u20105c4d8f6b7d\u2010xk2vq\nCached time: 20250812041742\nCache expiry: 2592000\nReduced expiry: false\nComplications: [vary\u2010revision\u2010sha1, show\u2010toc]\nCPU time usage: 0.611 seconds\nReal time usage: 0.789 seconds\nPreprocessor visited node count: 3512/1000000\nPost\u2010expand include size: 98412/2097152 bytes\nTemplate argument size: 2760/2097152 bytes\nHighest expansion depth: 16/100\nExpensive parser function count: 6/500\nUnstrip recursion depth: 1/20\nUnstrip post\u2010expand size: 101288/5000000 bytes\nLua time usage: 0.371/10.000 seconds\nLua memory usage: 7398621/52428800 bytes\nNumber of Wikibase entities loaded: 1/400\n-->\n'
        '</div>' % (esc(meta["shortdesc"]), lead_ambox, infobox_html(title, infobox, refs), "\n".join(body)))
    # the infobox was rendered after the body had numbered its marks; it holds none
    page = TEMPLATE.format(
        title=esc(title), page=PAGE, files=FILES, shortdesc=esc(meta["shortdesc"]),
        toc=toc_html(toc_blocks), nlang=nlang, langs="".join(langs),
        content=parser_output, catlinks=catlinks, lastedit=meta["lastedit"],
        pageq=urllib.parse.quote(PAGE), coord=meta["coord"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


TEMPLATE = '''<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-0 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<title>{title} - Wikipedia</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available";var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"5d1e0c2b-7f3a-4a5e-9e51-2c8f0b7e8d41","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{page}","wgTitle":"{title}","wgCurRevisionId":1305117432,"wgRevisionId":1305117432,"wgArticleId":5481126,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Articles with short description","Short description is different from Wikidata","Articles lacking reliable references from May 2024","All articles lacking reliable references","Coordinates on Wikidata","Intergovernmental organizations established in 1983","Organisations based in Lalitpur, Nepal","Research institutes in Nepal","Glaciology","Himalayas","Climate change in Asia"],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"{page}","wgRelevantArticleId":5481126,"wgIsProbablyEditable":true,"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"wikipedia","wgFlaggedRevsParams":{{"tags":{{"status":{{"levels":1}}}}}},"wgMediaViewerOnClick":true,"wgMediaViewerEnabledByDefault":true,"wgPopupsFlags":0,"wgVisualEditor":{{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"}},"wgMFDisplayWikibaseDescriptions":{{"search":true,"watchlist":true,"tagline":false,"nearby":true}},"wgWMESchemaEditAttemptStepOversample":false,"wgWMEPageLength":30000,"wgEditSubmitButtonLabelPublish":true,"wgULSPosition":"interlanguage","wgULSisCompactLinksEnabled":false,"wgVector2022LanguageInHeader":true,"wgULSisLanguageSelectorEmpty":false,"wgWikibaseItemId":"Q6047417","wgCheckUserClientHintsHeadersJsApi":["brands","architecture","bitness","fullVersionList","mobile","model","platform","platformVersion"],"GEHomepageSuggestedEditsEnableTopics":true,"wgGETopicsMatchModeEnabled":false,"wgGELevelingUpEnabledForUser":false}};
RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","jquery.makeCollapsible.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready","ext.wikimediaBadges":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","mediawiki.page.media","site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","ext.cx.uls.quick.actions","wikibase.client.vector-2022","ext.checkUser.clientHints","ext.growthExperiments.SuggestedEditSession"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="./{files}_files/load.css">
<script async="" src="./{files}_files/load.php"></script>
<link rel="stylesheet" href="./{files}_files/load(1).css">
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="./{files}_files/load(2).css">
<meta name="generator" content="MediaWiki 1.45.0-wmf.13">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="{title} - Wikipedia">
<meta property="og:type" content="website">
<link rel="alternate" media="only screen and (max-width: 640px)" href="https://en.m.wikipedia.org/wiki/{page}">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=edit">
<link rel="apple-touch-icon" href="https://en.wikipedia.org/static/apple-touch/wikipedia.png">
<link rel="icon" href="https://en.wikipedia.org/static/favicon/wikipedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="https://en.wikipedia.org/w/rest.php/v1/search" title="Wikipedia (en)">
<link rel="EditURI" type="application/rsd+xml" href="https://en.wikipedia.org/w/api.php?action=rsd">
<link rel="canonical" href="https://en.wikipedia.org/wiki/{page}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="alternate" type="application/atom+xml" title="Wikipedia Atom feed" href="https://en.wikipedia.org/w/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="dns-prefetch" href="https://meta.wikimedia.org/">
<link rel="dns-prefetch" href="https://login.wikimedia.org/">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{page} rootpage-{page} skin-vector-2022 action-view uls-dialog-sticky-hide vector-below-page-title"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header no-font-mode-scale">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox " aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
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
			<li id="n-mainpage-description" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Main_Page" title="Visit the main page [alt-z]" accesskey="z"><span>Main page</span></a></li><li id="n-contents" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:Contents" title="Guides to browsing Wikipedia"><span>Contents</span></a></li><li id="n-currentevents" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Portal:Current_events" title="Articles related to current events"><span>Current events</span></a></li><li id="n-randompage" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:Random" title="Visit a randomly selected article [alt-x]" accesskey="x"><span>Random article</span></a></li><li id="n-aboutsite" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:About" title="Learn about Wikipedia and how it works"><span>About Wikipedia</span></a></li><li id="n-contactpage" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:Contact_us" title="How to contact Wikipedia"><span>Contact us</span></a></li>
		</ul>
	</div>
</div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction">
	<div class="vector-menu-heading">Contribute</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="n-help" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Help:Contents" title="Guidance on how to use and edit Wikipedia"><span>Help</span></a></li><li id="n-introduction" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Help:Introduction" title="Learn how to edit Wikipedia"><span>Learn to edit</span></a></li><li id="n-portal" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:Community_portal" title="The hub for editors"><span>Community portal</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:RecentChanges" title="A list of recent changes to Wikipedia [alt-r]" accesskey="r"><span>Recent changes</span></a></li><li id="n-upload" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:File_upload_wizard" title="Add images or other media for use on Wikipedia"><span>Upload file</span></a></li><li id="n-specialpages" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:SpecialPages"><span>Special pages</span></a></li>
		</ul>
	</div>
</div>
</div>
</div>
	</div>
</div>
		</nav>
<a href="https://en.wikipedia.org/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="./{files}_files/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container skin-invert">
		<img class="mw-logo-wordmark" alt="Wikipedia" src="./{files}_files/wikipedia-wordmark-en.svg" style="width: 7.5em; height: 1.125em;">
		<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="./{files}_files/wikipedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;">
	</span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="https://en.wikipedia.org/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [alt-f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="https://en.wikipedia.org/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [alt-f]" accesskey="f" id="searchInput" autocomplete="off">
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
<div id="p-vector-user-menu-userpage" class="vector-menu mw-portlet emptyPortlet">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		</ul>
	</div>
</div>
<nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-dropdown" class="vector-dropdown " title="Change the appearance of the page's font size, width, and color">
	<input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-appearance-dropdown" class="vector-dropdown-checkbox " aria-label="Appearance">
	<label id="vector-appearance-dropdown-label" for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-appearance mw-ui-icon-wikimedia-appearance"></span><span class="vector-dropdown-label-text">Appearance</span></label>
	<div class="vector-dropdown-content">
<div id="vector-appearance-unpinned-container" class="vector-unpinned-container">
</div>
	</div>
</div>
</nav>
<div id="p-vector-user-menu-notifications" class="vector-menu mw-portlet emptyPortlet">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		</ul>
	</div>
</div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en" class=""><span>Donate</span></a>
</li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://en.wikipedia.org/w/index.php?title=Special:CreateAccount&amp;returnto={page}" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://en.wikipedia.org/w/index.php?title=Special:UserLogin&amp;returnto={page}" title="You're encouraged to log in; however, it's not mandatory. [alt-o]" accesskey="o" class=""><span>Log in</span></a>
</li>
		</ul>
	</div>
</div>
	</div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and more options">
	<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox " aria-label="Personal tools">
	<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label>
	<div class="vector-dropdown-content">
<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item" title="User menu">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-sitesupport" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.wikipedia.org&amp;uselang=en"><span>Donate</span></a></li><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:CreateAccount&amp;returnto={page}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>Create account</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:UserLogin&amp;returnto={page}" title="You're encouraged to log in; however, it's not mandatory. [alt-o]" accesskey="o"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>Log in</span></a></li>
		</ul>
	</div>
</div>
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor">
	<div class="vector-menu-heading">
		Pages for logged out editors <a href="https://en.wikipedia.org/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a>
	</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-anoncontribs" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:MyContributions" title="A list of edits made from this IP address [alt-y]" accesskey="y"><span>Contributions</span></a></li><li id="pt-anontalk" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:MyTalk" title="Discussion about edits from this IP address [alt-n]" accesskey="n"><span>Talk</span></a></li>
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
</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar no-font-mode-scale">
					<nav aria-label="Contents" class="vector-toc-landmark">
<div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left" title="Table of Contents">
	<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-titlebar-toc" class="vector-dropdown-checkbox " aria-label="Toggle the table of contents">
	<label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label>
	<div class="vector-dropdown-content">
							<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container">
{toc}
</div>
	</div>
</div>
					</nav>
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang">
	<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in {nlang} languages">
	<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-{nlang}" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">{nlang} languages</span></label>
	<div class="vector-dropdown-content">
		<div class="vector-menu-content">
			<ul class="vector-menu-content-list">
				{langs}
			</ul>
			<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q6047417#sitelinks-wikipedia" title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div>
		</div>
	</div>
</div>
</header>
				<div class="vector-page-toolbar vector-feature-custom-font-size-clientpref--excluded">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages">
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="https://en.wikipedia.org/wiki/{page}" title="View the content page [alt-c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="https://en.wikipedia.org/wiki/Talk:{page}" rel="discussion" title="Discuss improvements to the content page [alt-t]" accesskey="t"><span>Talk</span></a></li>
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
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="https://en.wikipedia.org/wiki/{page}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=edit" title="Edit this page [alt-e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=history" title="Past revisions of this page [alt-h]" accesskey="h"><span>View history</span></a></li>
		</ul>
	</div>
</div>
							</nav>
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox " aria-label="Tools">
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
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
			<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="https://en.wikipedia.org/wiki/{page}"><span>Read</span></a></li><li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=edit" title="Edit this page [alt-e]" accesskey="e"><span>Edit</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=history"><span>View history</span></a></li>
		</ul>
	</div>
</div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">
	<div class="vector-menu-heading">General</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="t-whatlinkshere" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:WhatLinksHere/{page}" title="List of all English Wikipedia pages containing links to this page [alt-j]" accesskey="j"><span>What links here</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Special:RecentChangesLinked/{page}" rel="nofollow" title="Recent changes in pages linked from this page [alt-k]" accesskey="k"><span>Related changes</span></a></li><li id="t-upload" class="mw-list-item"><a href="https://en.wikipedia.org/wiki/Wikipedia:File_Upload_Wizard" title="Upload files [alt-u]" accesskey="u"><span>Upload file</span></a></li><li id="t-permalink" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;oldid=1305117432" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li><li id="t-info" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;action=info" title="More information about this page"><span>Page information</span></a></li><li id="t-cite" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:CiteThisPage&amp;page={page}&amp;id=1305117432&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite this page</span></a></li><li id="t-urlshortener" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:UrlShortener&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F{pageq}"><span>Get shortened URL</span></a></li><li id="t-urlshortener-qrcode" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:QrCode&amp;url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2F{pageq}"><span>Download QR code</span></a></li>
		</ul>
	</div>
</div>
<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_export">
	<div class="vector-menu-heading">Print/export</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="coll-download-as-rl" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title=Special:DownloadAsPdf&amp;page={page}&amp;action=show-download-screen" title="Download this page as a PDF file"><span>Download as PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="https://en.wikipedia.org/w/index.php?title={page}&amp;printable=yes" title="Printable version of this page [alt-p]" accesskey="p"><span>Printable version</span></a></li>
		</ul>
	</div>
</div>
<div id="p-wikibase-otherprojects" class="vector-menu mw-portlet mw-portlet-wikibase-otherprojects">
	<div class="vector-menu-heading">In other projects</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="t-wikibase" class="wb-otherproject-link wb-otherproject-wikibase-dataitem mw-list-item"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q6047417" title="Structured data on this page hosted by Wikidata [alt-g]" accesskey="g"><span>Wikidata item</span></a></li>
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
<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-custom-font-size"><div class="vector-menu-heading">Text</div><div class="vector-menu-content"><ul class="vector-menu-content-list"><li class="mw-list-item mw-list-item-js"><div><form><div class="cdx-radio cdx-radio--inline" data-event-name="value-0"><div class="cdx-radio__wrapper"><input name="vector-feature-custom-font-size" id="skin-client-pref-vector-feature-custom-font-size-value-0" type="radio" class="cdx-radio__input" value="0"><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-vector-feature-custom-font-size-value-0" class="cdx-label__label"><span class="cdx-label__label__text">Small</span></label></div></div></div><div class="cdx-radio cdx-radio--inline" data-event-name="value-1"><div class="cdx-radio__wrapper"><input name="vector-feature-custom-font-size" id="skin-client-pref-vector-feature-custom-font-size-value-1" type="radio" class="cdx-radio__input" value="1" checked=""><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-vector-feature-custom-font-size-value-1" class="cdx-label__label"><span class="cdx-label__label__text">Standard</span></label></div></div></div><div class="cdx-radio cdx-radio--inline" data-event-name="value-2"><div class="cdx-radio__wrapper"><input name="vector-feature-custom-font-size" id="skin-client-pref-vector-feature-custom-font-size-value-2" type="radio" class="cdx-radio__input" value="2"><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-vector-feature-custom-font-size-value-2" class="cdx-label__label"><span class="cdx-label__label__text">Large</span></label></div></div></div></form></div><span class="skin-client-pref-description">This page always uses small font size</span></li></ul></div></div>
<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-limited-width"><div class="vector-menu-heading">Width</div><div class="vector-menu-content"><ul class="vector-menu-content-list"><li class="mw-list-item mw-list-item-js"><div><form><div class="cdx-radio cdx-radio--inline" data-event-name="value-1"><div class="cdx-radio__wrapper"><input name="vector-feature-limited-width" id="skin-client-pref-vector-feature-limited-width-value-1" type="radio" class="cdx-radio__input" value="1" checked=""><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-vector-feature-limited-width-value-1" class="cdx-label__label"><span class="cdx-label__label__text">Standard</span></label></div></div></div><div class="cdx-radio cdx-radio--inline" data-event-name="value-0"><div class="cdx-radio__wrapper"><input name="vector-feature-limited-width" id="skin-client-pref-vector-feature-limited-width-value-0" type="radio" class="cdx-radio__input" value="0"><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-vector-feature-limited-width-value-0" class="cdx-label__label"><span class="cdx-label__label__text">Wide</span></label></div></div></div></form></div><span class="skin-client-pref-description">The content is as wide as possible for your browser window.</span></li></ul></div></div>
<div id="skin-client-prefs-skin-theme" class="mw-portlet mw-portlet-skin-client-prefs-skin-theme"><div class="vector-menu-heading">Color (beta)</div><div class="vector-menu-content"><ul class="vector-menu-content-list"><li class="mw-list-item mw-list-item-js"><div><form><div class="cdx-radio cdx-radio--inline" data-event-name="value-os"><div class="cdx-radio__wrapper"><input name="skin-theme" id="skin-client-pref-skin-theme-value-os" type="radio" class="cdx-radio__input" value="os"><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-skin-theme-value-os" class="cdx-label__label"><span class="cdx-label__label__text">Automatic</span></label></div></div></div><div class="cdx-radio cdx-radio--inline" data-event-name="value-day"><div class="cdx-radio__wrapper"><input name="skin-theme" id="skin-client-pref-skin-theme-value-day" type="radio" class="cdx-radio__input" value="day" checked=""><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-skin-theme-value-day" class="cdx-label__label"><span class="cdx-label__label__text">Light</span></label></div></div></div><div class="cdx-radio cdx-radio--inline" data-event-name="value-night"><div class="cdx-radio__wrapper"><input name="skin-theme" id="skin-client-pref-skin-theme-value-night" type="radio" class="cdx-radio__input" value="night"><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label"><label for="skin-client-pref-skin-theme-value-night" class="cdx-label__label"><span class="cdx-label__label__text">Dark</span></label></div></div></div></form></div><span class="skin-client-pref-description">This page is always in light mode.</span></li></ul></div></div>
</div>
							</div>
		</nav>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container="">
					<div class="vector-body-before-content">
							<div class="mw-indicators">
		</div>
						<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<span id="coordinates"><a href="https://en.wikipedia.org/wiki/Geographic_coordinate_system" title="Geographic coordinate system">Coordinates</a>: <span class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.toolforge.org/geohack.php?pagename={page}&amp;params=27_39_N_85_20_E_type:landmark_region:NP"><span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">27°39′N</span> <span class="longitude">85°20′E</span></span></span></a></span></span>
					<div id="mw-content-text" class="mw-body-content">{content}
<noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title={page}&amp;oldid=1305117432">https://en.wikipedia.org/w/index.php?title={page}&amp;oldid=1305117432</a>"</div></div>
					{catlinks}
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer">
	<ul id="footer-info">
	<li id="footer-info-lastmod"> This page was last edited on {lastedit}<span class="anonymous-show">&nbsp;(UTC)</span>.</li>
	<li id="footer-info-copyright">Text is available under the <a href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License" rel="nofollow">Creative Commons Attribution-ShareAlike 4.0 License</a>;
additional terms may apply. By using this site, you agree to the <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
	<li id="footer-places-about"><a href="https://en.wikipedia.org/wiki/Wikipedia:About">About Wikipedia</a></li>
	<li id="footer-places-disclaimers"><a href="https://en.wikipedia.org/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li>
	<li id="footer-places-contact"><a href="https://en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact Wikipedia</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code of Conduct</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org/">Developers</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/en.wikipedia.org">Statistics</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">Cookie statement</a></li>
	<li id="footer-places-mobileview"><a href="https://en.m.wikipedia.org/w/index.php?title={page}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="./{files}_files/wikimedia-button.svg" width="84" height="29"><img src="./{files}_files/wikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="./{files}_files/poweredby_mediawiki.svg" width="88" height="31"><img src="./{files}_files/mediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li>
</ul>
</footer>
		</div>
	</div>
</div>
<div class="vector-header-container vector-sticky-header-container">
	<div id="vector-sticky-header" class="vector-sticky-header vector-sticky-header-icon-only" data-name="vector-sticky-header">
		<div class="vector-sticky-header-start">
			<div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
				<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle" tabindex="-1" data-event-name="ui.vector-sticky-search-form.icon"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></button>
			</div>
			<div class="vector-sticky-header-context-bar">
				<div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-page-title-main">{title}</span></div>
			</div>
		</div>
		<div class="vector-sticky-header-end" aria-hidden="true">
			<div class="vector-sticky-header-icons">
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span><span></span></a>
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-subject-sticky-header" tabindex="-1" data-event-name="subject-sticky-header"><span class="vector-icon mw-ui-icon-article mw-ui-icon-wikimedia-article"></span><span></span></a>
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1" data-event-name="history-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-history mw-ui-icon-wikimedia-wikimedia-history"></span><span></span></a>
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only mw-watchlink" id="ca-watchstar-sticky-header" tabindex="-1" data-event-name="watch-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-star mw-ui-icon-wikimedia-wikimedia-star"></span><span></span></a>
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-edit-sticky-header" tabindex="-1" data-event-name="wikitext-edit-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-wikiText mw-ui-icon-wikimedia-wikimedia-wikiText"></span><span></span></a>
			</div>
			<div class="vector-sticky-header-buttons">
				<button class="cdx-button cdx-button--weight-quiet mw-interlanguage-selector" id="p-lang-btn-sticky-header" tabindex="-1" data-event-name="ui.dropdown-p-lang-btn-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-language mw-ui-icon-wikimedia-wikimedia-language"></span><span>{nlang} languages</span></button>
				<a href="https://en.wikipedia.org/wiki/{page}#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive" id="ca-addsection-sticky-header" tabindex="-1" data-event-name="addsection-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbleAdd-progressive mw-ui-icon-wikimedia-speechBubbleAdd-progressive"></span><span>Add topic</span></a>
			</div>
		</div>
	</div>
</div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom">
	<ul>
	</ul>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.codfw.main-6b8f9d7c5-q2hzt","wgBackendResponseTime":143,"wgPageParseReport":{{"limitreport":{{"cputime":"0.611","walltime":"0.789","ppvisitednodes":{{"value":3512,"limit":1000000}},"postexpandincludesize":{{"value":98412,"limit":2097152}},"templateargumentsize":{{"value":2760,"limit":2097152}},"expansiondepth":{{"value":16,"limit":100}},"expensivefunctioncount":{{"value":6,"limit":500}},"unstrip-depth":{{"value":1,"limit":20}},"unstrip-size":{{"value":101288,"limit":5000000}},"entityaccesscount":{{"value":1,"limit":400}},"timingprofile":["100.00%  688.214      1 -total"," 38.12%  262.311      1 Template:Reflist"," 21.40%  147.280     11 Template:Cite_web"," 14.77%  101.632      1 Template:Infobox_organization"," 10.05%   69.160      1 Template:Short_description"]}},"scribunto":{{"limitreport-timeusage":{{"value":"0.371","limit":"10.000"}},"limitreport-memusage":{{"value":7398621,"limit":52428800}}}},"cachereport":{{"origin":"mw-api-int.eqiad.main-5c4d8f6b7d-xk2vq","timestamp":"20250812041742","ttl":2592000,"transientcontent":false}}}}}});}});</script>
<script type="application/ld+json">{{"@context":"https:\\/\\/schema.org","@type":"Article","name":"{title}","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/{page}","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q6047417","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q6047417","author":{{"@type":"Organization","name":"Contributors to Wikimedia projects"}},"publisher":{{"@type":"Organization","name":"Wikimedia Foundation, Inc.","logo":{{"@type":"ImageObject","url":"https:\\/\\/www.wikimedia.org\\/static\\/images\\/wmf-hor-googpub.png"}}}},"datePublished":"2006-06-28T09:41:12Z","dateModified":"2025-08-12T04:17:39Z","headline":"{shortdesc}"}}</script>

<div class="vector-settings" id="p-dock-bottom-settings"></div></body></html>'''


if __name__ == "__main__":
    build()
