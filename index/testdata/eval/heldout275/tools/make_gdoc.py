#!/usr/bin/python3
"""Re-make docs/forty-second-amendment-gdoc.html from tools/forty-second-amendment-gdoc.txt.

The output is a Google Docs document published to the web (File > Share > Publish to web)
and saved from Chrome with "Save page as... > Webpage, Complete": the DOCTYPE, Chrome's
"saved from url=(NNNN)" comment, the page's head as Chrome serialises it (its own
Content-Type meta first, nonce attributes emptied, the stylesheet pointing into the
"..._files" folder the browser writes next to the page, which the set does not hold), the
publish banner ("Published using Google Docs", "Report abuse", "Learn more") and the title
banner ("Updated automatically every 5 minutes"), then <div id="contents"> holding the
document's own <style> (class rules .c0-.c32 and lst-kix list counters) and the doc-content
div: title and subtitle paragraphs, h1/h2 headings with "h.xxxxxxxxxxxx" ids, a table of
contents of links to those ids, spans with class lists, Google's flat lists (a nested level
is a separate <ul> after its parent list, never inside it), a checklist, an inline image in
Google's rotate/translateZ span, a bordered table (with the <tbody> Chrome adds), links sent
through https://www.google.com/url?q=..., footnote marks [n] and the footnotes after an <hr>.
Standard library only.  Run: /usr/bin/python3 tools/make_gdoc.py [output path]
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "forty-second-amendment-gdoc.txt")
OUT = os.path.join(HERE, "..", "docs", "forty-second-amendment-gdoc.html")

LIST_UL = "lst-kix_8q2wz5m1rk4c"
LIST_CHK = "lst-kix_x0hd3tv7yb9n"
UST = "1751634210511842"


def esc_text(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("\u00a0", "&nbsp;")
    # Google Docs keeps runs of typed spaces with no-break spaces
    return re.sub(r" {2,}", lambda m: " " + "&nbsp;" * (len(m.group(0)) - 1), s)


def esc_attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def hid(text):
    """A Google-style heading id, h. plus twelve base-36 characters."""
    n = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(12):
        n, r = divmod(n, 36)
        out += chars[r]
    return "h." + out


def usg(url):
    return "AOvVaw" + hashlib.md5(url.encode("utf-8")).hexdigest()[:22]


def glink(url):
    return "https://www.google.com/url?q=%s&sa=D&source=editors&ust=%s&usg=%s" % (url, UST, usg(url))


TOKEN = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https?://[^)]+)\)|\[\^(\d+)\]")


def runs(text, base="c0", extra=""):
    """Inline markup to Google's spans."""
    out, pos = [], 0
    cls = lambda more: " ".join(c for c in (base, extra, more) if c)

    def plain(t):
        if t:
            out.append('<span class="%s">%s</span>' % (cls(""), esc_text(t)))

    for m in TOKEN.finditer(text):
        plain(text[pos:m.start()])
        if m.group(1) is not None:
            out.append('<span class="%s">%s</span>' % (cls("c2"), esc_text(m.group(1))))
        elif m.group(2) is not None:
            out.append('<span class="%s">%s</span>' % (cls("c5"), esc_text(m.group(2))))
        elif m.group(3) is not None:
            out.append('<span class="%s"><a class="c12" href="%s">%s</a></span>'
                       % (cls("c11"), esc_attr(glink(m.group(4))), esc_text(m.group(3))))
        else:
            n = m.group(5)
            out.append('<sup class="c31"><a href="#ftnt%s" id="ftnt_ref%s">[%s]</a></sup>' % (n, n, n))
        pos = m.end()
    plain(text[pos:])
    return "".join(out)


def parse(path):
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            if line in ("TOC", "END"):
                blocks.append((line, ""))
                continue
            kind, _, rest = line.partition(":")
            blocks.append((kind, rest[1:] if rest.startswith(" ") else rest))
    return meta, blocks


def css():
    rules = []
    add = rules.append
    add('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);')
    add('.%s-0>li:before{content:"\\0025cf   "}' % LIST_UL)
    add('.%s-1>li:before{content:"\\0025cb   "}' % LIST_UL)
    add('ul.%s-0{list-style-type:none}' % LIST_UL)
    add('ul.%s-1{list-style-type:none}' % LIST_UL)
    add('.%s-0>li:before{content:"\\002610   "}' % LIST_CHK)
    add('.%s-0>li.c28:before{content:"\\002611   "}' % LIST_CHK)
    add('ul.%s-0{list-style-type:none}' % LIST_CHK)
    add('.%s-0>li{counter-increment:lst-ctn-%s-0}' % (LIST_UL, LIST_UL))
    add('li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}')
    add('ol{margin:0;padding:0}table td,table th{padding:0}')
    c = {
        "c0": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal',
        "c1": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
        "c2": "font-weight:700",
        "c3": "margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
        "c4": "margin-left:72pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
        "c5": "font-style:italic",
        "c6": "padding:0;margin:0",
        "c7": "padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
        "c8": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal',
        "c9": "padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
        "c10": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal',
        "c11": "color:#1155cc;text-decoration:underline",
        "c12": "color:inherit;text-decoration:inherit",
        "c13": "background-color:#fff2cc",
        "c14": "border-spacing:0;border-collapse:collapse;margin-right:auto",
        "c15": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:150.4pt;border-top-color:#000000;border-bottom-style:solid",
        "c16": "background-color:#d9d9d9",
        "c17": "height:0pt",
        "c18": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
        "c19": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;margin-left:0pt",
        "c20": "background-color:#ffffff;max-width:451.3pt;padding:72pt 72pt 72pt 72pt",
        "c21": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;margin-left:18pt",
        "c22": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:26pt;font-family:"Arial";font-style:normal',
        "c23": "padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
        "c24": 'color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";font-style:normal',
        "c25": "padding-top:0pt;padding-bottom:16pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
        "c26": "height:11pt",
        "c27": "color:#666666;font-size:9pt;font-style:italic",
        "c28": "text-decoration:line-through",
        "c29": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left",
        "c30": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal',
        "c31": "vertical-align:super",
        "c32": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center",
    }
    for k in sorted(c, key=lambda x: int(x[1:])):
        add(".%s{%s}" % (k, c[k]))
    add('.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    add('.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    add('li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}')
    add('h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    add('h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    return "".join(rules)


def body(meta, blocks):
    heads = [(k, t) for k, t in blocks if k in ("H1", "H2")]
    footnotes = [t for k, t in blocks if k == "FN"]
    out = []
    open_list = None  # (tag, class) of the list being filled
    table = None

    def close_list():
        nonlocal open_list
        if open_list:
            out.append("</%s>" % open_list[0])
            open_list = None

    def in_list(tag, cls):
        nonlocal open_list
        if open_list != (tag, cls):
            close_list()
            out.append('<%s class="c6 %s start">' % (tag, cls))
            open_list = (tag, cls)

    for kind, text in blocks:
        if kind not in ("UL", "UL2", "CHK"):
            close_list()
        if kind == "T":
            out.append('<p class="c23 title" id="%s"><span class="c22">%s</span></p>' % (hid("T" + text), esc_text(text)))
        elif kind == "ST":
            out.append('<p class="c25 subtitle" id="%s"><span class="c24">%s</span></p>' % (hid("ST" + text), esc_text(text)))
        elif kind == "P":
            out.append('<p class="c1">%s</p>' % runs(text))
        elif kind == "HL":
            out.append('<p class="c1">%s</p>' % runs(text, extra="c13"))
        elif kind == "E":
            out.append('<p class="c1 c26"><span class="c0"></span></p>')
        elif kind == "H1":
            out.append('<h1 class="c7" id="%s"><span class="c8">%s</span></h1>' % (hid(text), esc_text(text)))
        elif kind == "H2":
            out.append('<h2 class="c9" id="%s"><span class="c10">%s</span></h2>' % (hid(text), esc_text(text)))
        elif kind == "TOC":
            for hk, ht in heads:
                pcls = "c19" if hk == "H1" else "c21"
                out.append('<p class="%s"><span class="c11"><a class="c12" href="#%s">%s</a></span></p>'
                           % (pcls, hid(ht), esc_text(ht)))
        elif kind == "UL":
            in_list("ul", LIST_UL + "-0")
            out.append('<li class="c3 li-bullet-0">%s</li>' % runs(text))
        elif kind == "UL2":
            in_list("ul", LIST_UL + "-1")
            out.append('<li class="c4 li-bullet-0">%s</li>' % runs(text))
        elif kind == "CHK":
            in_list("ul", LIST_CHK + "-0")
            done = text.startswith("[x] ")
            label = text[4:]
            if done:
                out.append('<li class="c3 li-bullet-0 c28">%s</li>' % runs(label, extra="c28"))
            else:
                out.append('<li class="c3 li-bullet-0">%s</li>' % runs(label))
        elif kind == "IMG":
            name, w, h = text.split("|")
            folder = "./%s_files/" % meta["name"]
            span = ("overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; "
                    "transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px); "
                    "width: %spx; height: %spx;" % (w, h))
            img = ("width: %spx; height: %spx; margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) "
                   "translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);" % (w, h))
            out.append('<p class="c32"><span style="%s"><img alt="" src="%s%s" style="%s" title=""></span></p>'
                       % (span, folder, name, img))
        elif kind == "CAP":
            out.append('<p class="c32"><span class="c0 c27">%s</span></p>' % esc_text(text))
        elif kind == "TBL":
            cells = [c.strip() for c in text.split("|")]
            if table is None:
                table = []
                out.append('<table class="c14"><tbody>')
                row = "".join('<td class="c15 c16" colspan="1" rowspan="1"><p class="c18">%s</p></td>'
                              % runs("**%s**" % c) for c in cells)
            else:
                row = "".join('<td class="c15" colspan="1" rowspan="1"><p class="c18">%s</p></td>'
                              % runs(c) for c in cells)
            table.append(row)
            out.append('<tr class="c17">%s</tr>' % row)
        elif kind == "END":
            out.append("</tbody></table>")
            table = None
        elif kind == "FN":
            pass
        else:
            raise SystemExit("unknown block %r" % kind)
    close_list()
    out.append('<hr class="c6">')
    for i, t in enumerate(footnotes, 1):
        out.append('<div><p class="c29"><a href="#ftnt_ref%d" id="ftnt%d">[%d]</a><span class="c30">&nbsp;%s</span></p></div>'
                   % (i, i, i, esc_text(t)))
    return "".join(out)


SVG = ('<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">'
       '<path d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6z" fill="#4285F4"></path>'
       '<path d="M14 2v6h6" fill="#A1C2FA"></path><path d="M8 13h8v1.5H8zM8 16h8v1.5H8zM8 10h5v1.5H8z" fill="#FFFFFF"></path></svg>')


def page(meta, blocks):
    url, name = meta["pub"], meta["name"]
    files = "./%s_files/" % name
    pub_id = url.split("/d/")[1].rsplit("/", 1)[0]
    head = ('<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge;">'
            '<meta name="referrer" content="strict-origin-when-cross-origin">'
            '<title>%s</title>'
            '<link rel="icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico">'
            '<link href="%s1819471305-published_document_view_css_ltr.css" rel="stylesheet" nonce="">'
            '<script nonce="">var DOCS_timing={}; DOCS_timing[\'pls\']=new Date().getTime();</script>'
            '<script nonce="">window[\'_docs_flag_initialData\']={"docs-ails":"docs_cold","docs-fwds":"docs_nf",'
            '"docs-crs":"docs_crs_nfd","docs-shdn":0,"docs-tfh":"","info_params":{},"docs-eivt":false,'
            '"docs-ecuach":false,"docs-cclt":2033,"docs-ecci":true,"docs-esi":false,"docs-pubview":true};'
            '</script></head>') % (esc_text(name), files)
    banner = ('<div id="banners"><div id="publish-banner"><div id="publish-banner-icon">%s</div>'
              '<div id="publish-banner-text">Published using Google Docs</div>'
              '<div id="publish-banner-buttons"><a href="https://docs.google.com/abuse?id=%s" target="_blank" '
              'id="publish-banner-report-abuse">Report abuse</a><a href="https://support.google.com/docs/answer/183965" '
              'target="_blank">Learn more</a></div></div>'
              '<div id="title-banner"><div id="title">%s</div><div id="interval"><span>Updated automatically '
              'every 5 minutes</span></div></div></div>') % (SVG, esc_attr(pub_id), esc_text(name))
    contents = ('<div id="contents"><style type="text/css">%s</style><div class="c20 doc-content">%s</div></div>'
                % (css(), body(meta, blocks)))
    tail = ('<script nonce="">(function(){var a=document.getElementById("publish-banner-report-abuse");'
            'if(a){a.addEventListener("click",function(){window.open(a.href,"_blank");});}})();'
            'DOCS_timing[\'lpl\']=new Date().getTime();</script>')
    return ('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html>%s<body>%s%s%s</body></html>'
            % (len(url), url, head, banner, contents, tail))


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(SRC)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, blocks))


if __name__ == "__main__":
    main()
