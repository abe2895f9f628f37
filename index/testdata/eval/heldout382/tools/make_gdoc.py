#!/usr/bin/python3
"""Re-make docs/maratha-military-landscapes-gdoc.html byte for byte from
tools/maratha-military-landscapes-gdoc.txt.

The file is the .html inside the zip that Google Docs gives for File > Download > Web Page
(.html, zipped): one line with no line breaks; a head holding only the content-type meta and one
style element (per-list lst-kix_ rules for all nine levels in Google's scrambled order, the
li-bullet rule, then generated classes c0, c1, ... and the .title, .subtitle, li, p, h1-h6
rules); a body of class "cN doc-content" with the title and subtitle paragraphs, h1-h3 headings
with h.xxxxxxxxxxxx ids, bullet lists as ul / numbered ones as ol with lst-kix_ classes (each item
in the li-bullet-0 class), a table preceded by its t.<hash> and t.0 anchors, links rewritten
through https://www.google.com/url?q=...&sa=D&source=editors&ust=...&usg=..., named entities
(&rsquo; &ldquo; &ndash; &nbsp; &#39;), a footnote after an hr and a comment in a bordered div.
Deterministic: ids and link parameters come from fixed hashes.
Usage: /usr/bin/python3 tools/make_gdoc.py [output.html]
"""
import hashlib
import html.entities
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "maratha-military-landscapes-gdoc.txt")
OUT = os.path.join(ROOT, "docs", "maratha-military-landscapes-gdoc.html")
UST = 1753619413000000  # export time (27 Jul 2025, 12:30 UTC) in microseconds

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def hid(seed, n=12):
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(ALNUM[b % 36] for b in h[:n])


def esc(s):
    out = []
    for c in s:
        if c == "&":
            out.append("&amp;")
        elif c == "<":
            out.append("&lt;")
        elif c == ">":
            out.append("&gt;")
        elif c == '"':
            out.append("&quot;")
        elif c == "'":
            out.append("&#39;")
        elif ord(c) > 126:
            name = html.entities.codepoint2name.get(ord(c))
            out.append("&%s;" % name if name else "&#%d;" % ord(c))
        else:
            out.append(c)
    return "".join(out)


FONT = 'font-family:"Arial"'
SPAN_FULL = "color:#000000;font-weight:%d;text-decoration:none;vertical-align:baseline;font-size:%spt;" + FONT + ";font-style:%s"
P_BASE = "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left"
STYLES = {
    # name: css  (the class numbers below are Google's, assigned in no meaningful order)
    "span": SPAN_FULL % (400, "11", "normal"),
    "span_b": SPAN_FULL % (700, "11", "normal"),
    "span_i": SPAN_FULL % (400, "11", "italic"),
    "span_small": SPAN_FULL % (400, "10", "normal"),
    "h1span": SPAN_FULL % (400, "20", "normal"),
    "h2span": SPAN_FULL % (400, "16", "normal"),
    "h3span": "color:#434343;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:14pt;" + FONT + ";font-style:normal",
    "titlespan": SPAN_FULL % (400, "26", "normal"),
    "subspan": "color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;" + FONT + ";font-style:normal",
    "bold": "font-weight:700",
    "ital": "font-style:italic",
    "plain": "font-weight:400",
    "link": "text-decoration-skip-ink:none;-webkit-text-decoration-skip:none;color:#1155cc;text-decoration:underline",
    "linka": "color:inherit;text-decoration:inherit",
    "p": P_BASE,
    "p_empty": P_BASE + ";height:11pt",
    "li": "margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "li2": "margin-left:72pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "h1": "padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "h2": "padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "h3": "padding-top:16pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "ptitle": "padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "psub": "padding-top:0pt;padding-bottom:16pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left",
    "pcell": "padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left",
    "ulc": "padding:0;margin:0",
    "table": "border-spacing:0;border-collapse:collapse;margin-right:auto",
    "tr": "height:0pt",
    "body": "background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt",
    "cmtdiv": "border:1px solid black;margin:5px",
}
WIDTHS = [27.8, 84.8, 131.3, 102.8, 121.3]
for i, w in enumerate(WIDTHS):
    base = ("border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;"
            "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
            "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;"
            "width:%spt;border-top-color:#000000;border-bottom-style:solid" % ("%g" % w))
    STYLES["td%d" % i] = base
    STYLES["th%d" % i] = "background-color:#d9ead3;" + base

ORDER = ["span", "p", "h1span", "plain", "li", "bold", "p_empty", "span_b", "ulc", "h1", "pcell", "h2span",
         "td1", "th2", "link", "linka", "tr", "h2", "td0", "td3", "th0", "td2", "td4", "th1", "th3", "th4",
         "table", "h3span", "h3", "span_i", "ital", "li2", "ptitle", "titlespan", "psub", "subspan",
         "span_small", "cmtdiv", "body"]
CLS = {name: "c%d" % i for i, name in enumerate(ORDER)}
CSS_ORDER = [17, 2, 30, 5, 12, 0, 25, 8, 36, 21, 3, 14, 9, 33, 27, 1, 19, 38, 6, 24, 11, 31, 15, 4, 28,
             22, 35, 7, 20, 13, 37, 16, 26, 29, 10, 32, 23, 18, 34]


def parse(path):
    items, fns, cmts = [], {}, {}
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(": ")
        tag = tag.rstrip(":")
        if tag.startswith("FN "):
            fns[tag[3:]] = rest
        elif tag.startswith("CMT "):
            cmts[tag[4:]] = rest
        else:
            items.append((tag, rest))
    return items, fns, cmts


TOKEN = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)]+)\)|\[\^(\d+)\]|\[\[(\w)\]\]")


def pieces(text):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()]))
        if m.group(1):
            out.append(("b", m.group(1)))
        elif m.group(2):
            out.append(("i", m.group(2)))
        elif m.group(3):
            out.append(("a", m.group(3), m.group(4)))
        elif m.group(5):
            out.append(("fn", m.group(5)))
        else:
            out.append(("cmt", m.group(6)))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:]))
    return out


LINKS = [0]


def gurl(url):
    LINKS[0] += 1
    n = LINKS[0]
    usg = "AOvVaw" + "".join(("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")[b % 64]
                             for b in hashlib.sha256(url.encode()).digest()[:22])
    q = urllib.parse.quote(url, safe=":/?=&._-").replace("=", "%3D").replace("&", "%26")
    return "https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=%d&amp;usg=%s" % (
        q, UST + 3000000 + n * 137, usg)


def spans(text, full="span", full_b="span_b", full_i="span_i"):
    ps = pieces(text)
    # index of the last text-bearing piece gets the full class
    last = max(i for i, p in enumerate(ps) if p[0] in ("t", "b", "i", "a"))
    out = []
    for i, p in enumerate(ps):
        if p[0] == "fn":
            out.append('<sup><a href="#ftnt%s" id="ftnt_ref%s">[%s]</a></sup>' % (p[1], p[1], p[1]))
        elif p[0] == "cmt":
            n = ord(p[1]) - 96
            out.append('<sup><a href="#cmnt%d" id="cmnt_ref%d">[%s]</a></sup>' % (n, n, p[1]))
        elif p[0] == "a":
            cls = CLS["link"] if i != last else CLS["link"] + " " + CLS["plain"]
            out.append('<span class="%s"><a class="%s" href="%s">%s</a></span>' % (
                cls, CLS["linka"], gurl(p[2]), esc(p[1])))
        else:
            kind = {"t": (full, "plain"), "b": (full_b, "bold"), "i": (full_i, "ital")}[p[0]]
            cls = CLS[kind[0]] if i == last else CLS[kind[1]]
            out.append('<span class="%s">%s</span>' % (cls, esc(p[1])))
    return "".join(out)


def list_css(lid, numbered):
    rules = []
    for lvl in range(9):
        k = "lst-kix_%s-%d" % (lid, lvl)
        if numbered:
            fmt = ["decimal", "lower-latin", "lower-roman"][lvl % 3]
            rules.append("ol.%s.start{counter-reset:lst-ctn-kix_%s-%d 0}" % (k, lid, lvl))
            rules.append(".%s>li{counter-increment:lst-ctn-kix_%s-%d}" % (k, lid, lvl))
            rules.append('.%s>li:before{content:"" counter(lst-ctn-kix_%s-%d,%s) ". "}' % (k, lid, lvl, fmt))
            rules.append("ol.%s{list-style-type:none}" % k)
        else:
            glyph = ["\\0025cf", "\\0025cb", "\\0025a0"][lvl % 3]
            rules.append('.%s>li:before{content:"%s   "}' % (k, glyph))
            rules.append("ul.%s{list-style-type:none}" % k)
    return rules


def build():
    LINKS[0] = 0
    items, fns, cmts = parse(SRC)
    body = []
    list_ids = []
    css_lists = []
    i = 0
    heading_n = 0
    table_n = 0
    while i < len(items):
        tag, text = items[i]
        if tag == "TITLE":
            body.append('<p class="%s title" id="h.%s"><span class="%s">%s</span></p>' % (
                CLS["ptitle"], hid("title"), CLS["titlespan"], esc(text)))
        elif tag == "SUBTITLE":
            body.append('<p class="%s subtitle" id="h.%s"><span class="%s">%s</span></p>' % (
                CLS["psub"], hid("subtitle"), CLS["subspan"], esc(text)))
        elif tag == "P":
            body.append('<p class="%s">%s</p>' % (CLS["p"], spans(text)))
        elif tag == "EMPTY":
            body.append('<p class="%s %s"><span class="%s"></span></p>' % (CLS["p"], CLS["p_empty"], CLS["span"]))
        elif tag in ("H1", "H2", "H3"):
            heading_n += 1
            lvl = tag[1]
            body.append('<h%s class="%s" id="h.%s"><span class="%s">%s</span></h%s>' % (
                lvl, CLS["h" + lvl], hid("heading%d" % heading_n), CLS["h%sspan" % lvl], esc(text), lvl))
        elif tag in ("UL", "UL2", "NUM"):
            numbered = tag == "NUM"
            lid = hid("list%d" % len(list_ids))
            list_ids.append(lid)
            css_lists.append(list_css(lid, numbered))
            cur_lvl = None
            while i < len(items) and items[i][0] in (("NUM",) if numbered else ("UL", "UL2")):
                t, txt = items[i]
                lvl = 1 if t == "UL2" else 0
                li_cls = "%s %s li-bullet-0" % (CLS["li2" if lvl else "li"], CLS["p"])
                if lvl != cur_lvl:
                    if cur_lvl is not None:
                        body.append("</ol>" if numbered else "</ul>")
                    if numbered:
                        body.append('<ol class="%s lst-kix_%s-%d start" start="1">' % (CLS["ulc"], lid, lvl))
                    else:
                        body.append('<ul class="%s lst-kix_%s-%d start">' % (CLS["ulc"], lid, lvl))
                    cur_lvl = lvl
                body.append('<li class="%s">%s</li>' % (li_cls, spans(txt)))
                i += 1
            body.append("</ol>" if numbered else "</ul>")
            continue
        elif tag == "TABLE":
            rows = []
            while i < len(items) and items[i][0] == "TABLE":
                rows.append(items[i][1].split("|"))
                i += 1
            th = hashlib.sha1(("table%d" % table_n).encode()).hexdigest()
            out = '<a id="t.%s"></a><a id="t.%d"></a><table class="%s">' % (th, table_n, CLS["table"])
            for r, row in enumerate(rows):
                out += '<tr class="%s">' % CLS["tr"]
                for c, cell in enumerate(row):
                    tdc = CLS[("th%d" if r == 0 else "td%d") % c]
                    sp = CLS["span_b"] if r == 0 else CLS["span"]
                    out += '<td class="%s" colspan="1" rowspan="1"><p class="%s"><span class="%s">%s</span></p></td>' % (
                        tdc, CLS["pcell"], sp, esc(cell))
                out += "</tr>"
            out += "</table>"
            body.append(out)
            table_n += 1
            continue
        i += 1
    # empty paragraph Google keeps after a table and at the end
    tail = '<p class="%s %s"><span class="%s"></span></p>' % (CLS["p"], CLS["p_empty"], CLS["span"])
    foot = "<hr><div>" + "".join(
        '<p class="%s"><a href="#ftnt_ref%s" id="ftnt%s">[%s]</a><span class="%s">&nbsp;%s</span></p>' % (
            CLS["pcell"], n, n, n, CLS["span_small"], esc(t)) for n, t in sorted(fns.items())) + "</div>"
    comments = "".join(
        '<div class="%s"><p class="%s"><a href="#cmnt_ref%d" id="cmnt%d">[%s]</a><span class="%s">%s</span></p></div>' % (
            CLS["cmtdiv"], CLS["pcell"], ord(k) - 96, ord(k) - 96, k, CLS["span"], esc(t)) for k, t in sorted(cmts.items()))
    # insert the empty paragraph Google leaves after the table
    html_body = []
    for b in body:
        html_body.append(b)
        if b.startswith("<a id=\"t."):
            html_body.append(tail)
    # CSS: list rules interleaved in a scrambled but fixed order, then classes
    rules = []
    flat = [r for lst in css_lists for r in lst]
    order = sorted(range(len(flat)), key=lambda k: hashlib.md5(flat[k].encode()).hexdigest())
    rules = [flat[k] for k in order]
    pos = len(rules) * 2 // 3
    rules.insert(pos, "li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}")
    css = "".join(rules) + "ol{margin:0;padding:0}table td,table th{padding:0}"
    css += "".join(".%s{%s}" % ("c%d" % k, STYLES[ORDER[k]]) for k in CSS_ORDER)
    css += ('.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
            'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'h4{padding-top:14pt;color:#666666;font-size:12pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'h5{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
            'h6{padding-top:12pt;color:#666666;font-size:11pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;font-style:italic;orphans:2;widows:2;text-align:left}')
    doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
           + css + '</style></head><body class="%s doc-content">' % CLS["body"]
           + "".join(html_body) + tail + foot + comments + "</body></html>")
    return doc


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
