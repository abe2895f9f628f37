#!/usr/bin/python3
"""Make docs/urban-heat-island-gdoc.html from tools/urban-heat-island-gdoc.txt.

The page imitates what Google Docs serves for a document shared with File > Share > Publish to
web (the ".../pub" address): a minified one-line page with Google's head (viewer style sheet link,
nonce'd timing and flag scripts), the "Published using Google Docs" banner with "Report abuse"
and "Learn more", the title banner with "Updated automatically every 5 minutes", and then the
document itself inside <div id="contents">: its own <style> block (class rules c0, c1, ... for
every paragraph and text style, the lst-kix_... list rules with their bullet glyphs and counters,
and Google's default title/subtitle/h1-h6/p/li rules), a "doc-content" div with the Title and
Subtitle paragraphs, h1-h3 headings carrying "h.xxxxxxxxxxxx" ids, a table of contents whose
entries link to those ids, bullet and numbered lists as <ul>/<ol> with lst-kix classes and
li-bullet-0, a table with "t.0" anchors, an image in Google's rotated-span wrapper, links sent
through www.google.com/url?q=..., footnote marks and the footnotes under an <hr>, a hidden page
break, empty paragraphs, and text escaped as Google escapes it (&#39; and &quot;).

Run from anywhere: /usr/bin/python3 tools/make_gdoc.py  (standard library only; output is fixed)
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "urban-heat-island-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "urban-heat-island-gdoc.html")

RNG = random.Random(315)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def rid(n):
    return "".join(RNG.choice(ALNUM) for _ in range(n))


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


# ------------------------------------------------------------------ class rules
SPAN = ('color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;'
        'font-size:%s;font-family:"Arial";font-style:normal')
PARA = "padding-top:%spt;padding-bottom:%spt;line-height:%s;%sorphans:2;widows:2;text-align:left"
RULES = {
    "span": SPAN % "11pt",
    "bold": "font-weight:700",
    "ital": "font-style:italic",
    "hi": "background-color:#ffff00",
    "link": "color:#1155cc;text-decoration:underline",
    "a": "color:inherit;text-decoration:inherit",
    "p": PARA % (0, 0, "1.15", ""),
    "empty": "height:11pt",
    "li0": "margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;"
           "orphans:2;widows:2;text-align:left",
    "li1": "margin-left:72pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;"
           "orphans:2;widows:2;text-align:left",
    "listpad": "padding:0;margin:0",
    "toc2": "margin-left:18pt",
    "toc3": "margin-left:36pt",
    "h1p": PARA % (20, 6, "1.15", "page-break-after:avoid;"),
    "h1s": SPAN % "20pt",
    "h2p": PARA % (18, 6, "1.15", "page-break-after:avoid;"),
    "h2s": SPAN % "16pt",
    "h3p": PARA % (16, 4, "1.15", "page-break-after:avoid;"),
    "h3s": ('color:#434343;font-weight:400;text-decoration:none;vertical-align:baseline;'
            'font-size:14pt;font-family:"Arial";font-style:normal'),
    "titlep": PARA % (0, 3, "1.15", "page-break-after:avoid;"),
    "titles": SPAN % "26pt",
    "subp": PARA % (0, 16, "1.15", "page-break-after:avoid;"),
    "subs": ('color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;'
             'font-size:15pt;font-family:"Arial";font-style:normal'),
    "metas": ('color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;'
              'font-size:9pt;font-family:"Arial";font-style:normal'),
    "cellp": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "fnp": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "fns": ('color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;'
            'font-size:10pt;font-family:"Arial";font-style:normal'),
    "table": "border-spacing:0;border-collapse:collapse;margin-right:auto",
    "tr": "height:0pt",
    "headbg": "background-color:#cfe2f3",
    "doc": "background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt",
    "hr": "border:none;border-top:1px solid #000000;width:33%;margin-left:0",
}
CELL = ("border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
        "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;"
        "border-right-color:#000000;border-left-width:1pt;border-top-style:solid;"
        "border-left-style:solid;border-bottom-width:1pt;width:%spt;border-top-color:#000000;"
        "border-bottom-style:solid")
WIDTHS = ["84.8", "118.5", "96", "152.1"]
for w in WIDTHS:
    RULES["td" + w] = CELL % w

# Google numbers its classes in no visible order; a fixed shuffle gives the same look.
_names = sorted(RULES)
_order = list(range(len(_names)))
random.Random(1315).shuffle(_order)
CLS = {name: "c%d" % _order[i] for i, name in enumerate(_names)}


def c(*roles):
    return " ".join(CLS[r] for r in roles)


# ------------------------------------------------------------------ inline markup
TOKEN = re.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|==(.+?)==|"
                   r"\[([^\]^][^\]]*)\]\(([^)]+)\)|\[\^(\d+)\]")
UST = "1752489126043512"


def gurl(url):
    usg = "AOvVaw" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                             for _ in range(22))
    return ("https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=%s&amp;usg=%s"
            % (esc(url), UST, usg))


def inline(text, base="span", extra=()):
    """Google's spans: one per run of equal style; links get a span and an <a>."""
    out, pos = [], 0

    def plain(s, *more):
        if s:
            out.append('<span class="%s">%s</span>' % (c(base, *extra, *more), esc(s)))

    for m in TOKEN.finditer(text):
        plain(text[pos:m.start()])
        if m.group(1) is not None:
            plain(m.group(1), "bold")
        elif m.group(2) is not None:
            plain(m.group(2), "ital")
        elif m.group(3) is not None:
            plain(m.group(3), "hi")
        elif m.group(4) is not None:
            out.append('<span class="%s"><a class="%s" href="%s">%s</a></span>'
                       % (c(base, "link"), c("a"), gurl(m.group(5)), esc(m.group(4))))
        else:
            n = m.group(6)
            out.append('<sup><a href="#ftnt%s" id="ftnt_ref%s">[%s]</a></sup>' % (n, n, n))
        pos = m.end()
    plain(text[pos:])
    return "".join(out)


# ------------------------------------------------------------------ the document
def build(lines):
    meta, fns, heads = {}, {}, []
    blocks = []
    for line in lines:
        if line.startswith("%%") or not line.strip():
            continue
        if line.startswith("@doc ") or line.startswith("@pub "):
            meta[line[1:4]] = line[5:]
        elif line.startswith("@fn "):
            n, text = line[4:].split(" ", 1)
            fns[n] = text
        else:
            blocks.append(line)
    # heading ids first (the table of contents needs them)
    hid = {}
    for b in blocks:
        m = re.match(r"^(#{1,3}) (.*)$", b)
        if m:
            hid[b] = "h." + rid(12)
            heads.append((len(m.group(1)), m.group(2), hid[b]))
    title_id, sub_id = "h." + rid(12), "h." + rid(12)

    lists_css = []
    body = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("@title "):
            body.append('<p class="%s title" id="%s"><span class="%s">%s</span></p>'
                        % (c("titlep"), title_id, c("titles"), esc(b[7:])))
        elif b.startswith("@subtitle "):
            body.append('<p class="%s subtitle" id="%s"><span class="%s">%s</span></p>'
                        % (c("subp"), sub_id, c("subs"), esc(b[10:])))
        elif b.startswith("@meta "):
            body.append('<p class="%s">%s</p>' % (c("p"), inline(b[6:], "metas")))
        elif b == "@blank":
            body.append('<p class="%s"><span class="%s"></span></p>' % (c("p", "empty"), c("span")))
        elif b == "@pagebreak":
            body.append('<hr style="page-break-before:always;display:none;">')
        elif b == "@toc":
            for level, text, h in heads:
                pcls = {1: c("p"), 2: c("p", "toc2"), 3: c("p", "toc3")}[level]
                body.append('<p class="%s"><span class="%s"><a class="%s" href="#%s">%s</a></span></p>'
                            % (pcls, c("span", "link"), c("a"), h, esc(text)))
        elif b.startswith("@img "):
            size, alt = b[5:].split(" | ", 1)
            w, h = size.split()
            dims = "width: %s.00px; height: %s.00px;" % (w, h)
            key = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                          for _ in range(22))
            src = ("https://lh7-rt.googleusercontent.com/docsz/AD_4nX" +
                   "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                           for _ in range(120)) + "?key=" + key)
            body.append(
                '<p class="%s"><span style="overflow: hidden; display: inline-block; margin: 0.00px '
                '0.00px; border: 0.00px solid #000000; transform: rotate(0.00rad) translateZ(0px); '
                '-webkit-transform: rotate(0.00rad) translateZ(0px); %s"><img alt="%s" src="%s" '
                'style="%s margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) '
                'translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);" title=""></span></p>'
                % (c("p"), dims, esc(alt), src, dims))
        elif re.match(r"^#{1,3} ", b):
            level = len(b.split(" ", 1)[0])
            text = b[level + 1:]
            body.append('<h%d class="%s" id="%s"><span class="%s">%s</span></h%d>'
                        % (level, c("h%dp" % level), hid[b], c("h%ds" % level), esc(text), level))
        elif b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append([x.strip() for x in blocks[i].strip().strip("|").split("|")])
                i += 1
            i -= 1
            t = ['<a id="t.%s"></a><a id="t.0"></a><table class="%s">' % (rid(12), c("table"))]
            for r, row in enumerate(rows):
                t.append('<tr class="%s">' % c("tr"))
                for k, cell in enumerate(row):
                    tdc = c("td" + WIDTHS[k], "headbg") if r == 0 else c("td" + WIDTHS[k])
                    span = inline("**%s**" % cell) if r == 0 else inline(cell)
                    t.append('<td class="%s" colspan="1" rowspan="1"><p class="%s">%s</p></td>'
                             % (tdc, c("cellp"), span))
                t.append("</tr>")
            t.append("</table>")
            body.append("".join(t))
        elif re.match(r"^( *)- ", b) or re.match(r"^1\. ", b):
            ordered = b.startswith("1. ")
            lid = rid(12)
            items = []
            while i < len(blocks):
                m = re.match(r"^( *)- (.*)$", blocks[i]) if not ordered else \
                    re.match(r"^()1\. (.*)$", blocks[i])
                if not m:
                    break
                items.append((len(m.group(1)) // 2, m.group(2)))
                i += 1
            i -= 1
            levels = sorted({lv for lv, _ in items})
            for lv in levels:
                name = "lst-kix_%s-%d" % (lid, lv)
                if ordered:
                    cnt = "lst-ctn-kix_%s-%d" % (lid, lv)
                    lists_css.append('ol.%s{list-style-type:none}.%s>li:before{content:"" counter(%s,decimal) ". "}'
                                     '.%s>li{counter-increment:%s}ol.%s.start{counter-reset:%s 0}'
                                     % (name, name, cnt, name, cnt, name, cnt))
                else:
                    glyph = "\\0025cf" if lv == 0 else "\\0025cb"
                    lists_css.append('.%s>li:before{content:"%s   "}ul.%s{list-style-type:none}'
                                     % (name, glyph, name))
            tag = "ol" if ordered else "ul"
            cur, seen = None, set()
            for lv, text in items:
                if lv != cur:
                    if cur is not None:
                        body.append("</%s>" % tag)
                    start = "" if lv in seen else " start"
                    extra = ' start="1"' if ordered and not start == "" else ""
                    body.append('<%s class="%s lst-kix_%s-%d%s"%s>' % (tag, c("listpad"), lid, lv, start, extra))
                    seen.add(lv)
                    cur = lv
                body.append('<li class="%s li-bullet-0">%s</li>' % (c("li%d" % lv), inline(text)))
            body.append("</%s>" % tag)
        else:
            body.append('<p class="%s">%s</p>' % (c("p"), inline(b)))
        i += 1

    if fns:
        body.append('<hr class="%s">' % c("hr"))
        for n in sorted(fns, key=int):
            body.append('<div><p class="%s"><a href="#ftnt_ref%s" id="ftnt%s">[%s]</a><span class="%s">&nbsp;%s</span></p></div>'
                        % (c("fnp"), n, n, n, c("fns"), esc(fns[n])))

    rules = "".join(".%s{%s}" % (CLS[n], RULES[n]) for n in sorted(RULES, key=lambda n: int(CLS[n][1:])))
    css = ("@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);"
           + "".join(lists_css)
           + "li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}"
           + "ol{margin:0;padding:0}table td,table th{padding:0}" + rules
           + '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'li{color:#000000;font-size:11pt;font-family:"Arial"}'
           + 'p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
           + 'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'h4{padding-top:14pt;color:#666666;font-size:12pt;padding-bottom:4pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'h5{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           + 'h6{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;font-style:italic;orphans:2;widows:2;text-align:left}')
    return meta, css, "".join(body)


def page(meta, css, body):
    doc, pub = esc(meta["doc"]), meta["pub"]
    nonce = "kQ3vX9sLr2TbNc7Hw1FyEg"
    flags = ('{"docs-ails":"docs_cold","docs-fwds":"docs_nf","docs-crs":"docs_crs_nfd","docs-shdn":0,'
             '"docs-tfh":"","info_params":{},"docs-eivt":false,"docs-ecuach":false,"docs-cclt":2033,'
             '"docs-ecci":true,"docs-esi":false,"docs-pubview":true}')
    icon = ('<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">'
            '<path d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6z" fill="#4285F4"></path>'
            '<path d="M14 2v6h6" fill="#A1C2FA"></path>'
            '<path d="M8 13h8v1.5H8zM8 16h8v1.5H8zM8 10h5v1.5H8z" fill="#FFFFFF"></path></svg>')
    return (
        '<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge;">'
        '<meta name="referrer" content="strict-origin-when-cross-origin">'
        '<title>%s</title>'
        '<link rel="icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico">'
        '<link href="/static/document/client/css/3121807724-published_document_view_css_ltr.css" '
        'rel="stylesheet" nonce="%s">'
        '<script nonce="%s">var DOCS_timing={}; DOCS_timing[\'pls\']=new Date().getTime();</script>'
        '<script nonce="%s">window[\'_docs_flag_initialData\']=%s;</script>'
        '</head><body>'
        '<div id="banners"><div id="publish-banner"><div id="publish-banner-icon">%s</div>'
        '<div id="publish-banner-text">Published using Google Docs</div>'
        '<div id="publish-banner-buttons"><a href="https://docs.google.com/abuse?id=e/%s" target="_blank" '
        'id="publish-banner-report-abuse">Report abuse</a>'
        '<a href="https://support.google.com/docs/answer/183965" target="_blank">Learn more</a></div></div>'
        '<div id="title-banner"><div id="title">%s</div>'
        '<div id="interval"><span>Updated automatically every 5 minutes</span></div></div></div>'
        '<div id="contents"><style type="text/css">%s</style>'
        '<div class="%s doc-content">%s</div></div>'
        '<script nonce="%s">(function(){var a=document.getElementById("publish-banner-report-abuse");'
        'if(a){a.addEventListener("click",function(){window.open(a.href,"_blank");});}})();'
        'DOCS_timing[\'lpl\']=new Date().getTime();</script>'
        '</body></html>'
        % (doc, nonce, nonce, nonce, flags, icon, pub, doc, css, c("doc"), body, nonce))


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, css, body = build(lines)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(page(meta, css, body))


if __name__ == "__main__":
    main()
