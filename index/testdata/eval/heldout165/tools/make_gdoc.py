#!/usr/bin/python3
"""Re-make docs/Interstatewaterdisputesnotes.html from tools/Interstatewaterdisputesnotes.txt.

The output imitates Google Docs' File > Download > Web page (.html, zipped) export: one long
line, a <style> block of generated classes (c0, c1, ...) and lst-kix list counters, headings with
"h." ids, a table of contents of in-page links, tables preceded by <a id="t..."> anchors, links
wrapped in google.com/url redirects, smart quotes as entities, footnotes and comments appended
at the end. Standard library only; byte-for-byte reproducible.
Run: /usr/bin/python3 tools/make_gdoc.py
"""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Interstatewaterdisputesnotes.txt")
OUT = os.path.join(HERE, "..", "docs", "Interstatewaterdisputesnotes.html")


def rid(seed, n=12):
    h = hashlib.sha256(seed.encode()).hexdigest()
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alpha[int(h[i:i + 2], 16) % 36] for i in range(0, 2 * n, 2))


def smart(text):
    """Google Docs' automatic substitutions, then HTML entities as the exporter writes them."""
    text = text.replace("->", "\u2192")
    out = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == "'":
            out.append("\u2018" if prev in " (\u201c" else "\u2019")
        elif ch == '"':
            out.append("\u201c" if prev in " (" else "\u201d")
        else:
            out.append(ch)
    s = "".join(out)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch, ent in (("\u2018", "&lsquo;"), ("\u2019", "&rsquo;"), ("\u201c", "&ldquo;"),
                    ("\u201d", "&rdquo;"), ("\u2013", "&ndash;"), ("\u2014", "&mdash;")):
        s = s.replace(ch, ent)
    return s


UST = "1754812087123456"
FOOTNOTES, COMMENTS = [], []


def gurl(url):
    usg = "AOvVaw" + rid(url, 22).replace("0", "Q")
    q = url.replace("&", "%26")
    return ("https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=%s&amp;usg=%s"
            % (q, UST, usg))


def inline(text, base="c0"):
    """Split text into Google-Docs spans: plain c0, bold c3, italic c11, link c8 inside c18."""
    parts = []
    pos = 0
    pat = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)|\^fn\{(.+?)\}|\^cm\{(.+?)\}")
    for m in pat.finditer(text):
        if m.start() > pos:
            parts.append('<span class="%s">%s</span>' % (base, smart(text[pos:m.start()])))
        if m.group(1):
            parts.append('<span class="c3">%s</span>' % smart(m.group(1)))
        elif m.group(2):
            parts.append('<span class="c11">%s</span>' % smart(m.group(2)))
        elif m.group(3):
            parts.append('<span class="c18"><a class="c8" href="%s">%s</a></span>'
                         % (gurl(m.group(4)), smart(m.group(3))))
        elif m.group(5):
            FOOTNOTES.append(m.group(5))
            n = len(FOOTNOTES)
            parts.append('<sup><a href="#ftnt%d" id="ftnt_ref%d">[%d]</a></sup>' % (n, n, n))
        elif m.group(6):
            COMMENTS.append(m.group(6))
            n = len(COMMENTS)
            parts.append('<sup><a href="#cmnt%d" id="cmnt_ref%d">[%s]</a></sup>'
                         % (n, n, "abcdefgh"[n - 1]))
        pos = m.end()
    if pos < len(text):
        parts.append('<span class="%s">%s</span>' % (base, smart(text[pos:])))
    if not parts:
        parts.append('<span class="%s"></span>' % base)
    return "".join(parts)


LISTS = []  # (kind, id) for the style block


STYLE = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFmbH7s9F3m5T2o);'
    '{lists}'
    'ol{{margin:0;padding:0}}table td,table th{{padding:0}}'
    '.c9{{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;background-color:#d9ead3;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;border-top-color:#000000;border-bottom-style:solid}}'
    '.c14{{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:110.2pt;border-top-color:#000000;border-bottom-style:solid}}'
    '.c0{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}'
    '.c3{{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}'
    '.c11{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:italic}}'
    '.c6{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal}}'
    '.c7{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}}'
    '.c15{{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";font-style:normal}}'
    '.c16{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal}}'
    '.c20{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:26pt;font-family:"Arial";font-style:normal}}'
    '.c1{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}}'
    '.c2{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}'
    '.c4{{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}}'
    '.c5{{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}'
    '.c10{{padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    '.c12{{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    '.c13{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;margin-left:18pt}}'
    '.c17{{margin-left:72pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}'
    '.c8{{color:inherit;text-decoration:inherit}}'
    '.c18{{color:#1155cc;text-decoration:underline}}'
    '.c19{{margin-left:-5pt;border-spacing:0;border-collapse:collapse;margin-right:auto}}'
    '.c21{{height:0pt}}'
    '.c22{{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}}'
    '.c23{{padding:0;margin:0}}'
    '.title{{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    '.subtitle{{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    'li{{color:#000000;font-size:11pt;font-family:"Arial"}}p{{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}}'
    'h1{{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    'h2{{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    'h3{{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
)


def list_css():
    css = []
    for kind, lid in LISTS:
        for lvl in (0, 1):
            name = "lst-kix_%s-%d" % (lid, lvl)
            if kind == "ul":
                glyph = "\\0025cf" if lvl == 0 else "\\0025cb"
                css.append('.%s>li:before{content:"%s   "}ul.%s{list-style-type:none}' % (name, glyph, name))
            else:
                ctn = "lst-ctn-kix_%s-%d" % (lid, lvl)
                css.append('ol.%s{list-style-type:none}.%s>li:before{content:"" counter(%s,decimal) ". "}'
                           '.%s>li{counter-increment:%s}ol.%s.start{counter-reset:%s 0}'
                           % (name, name, ctn, name, ctn, name, ctn))
    return "".join(css)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads = []
    for ln in lines:
        m = re.match(r"(H[12]): (.*)", ln)
        if m:
            heads.append((m.group(1), m.group(2), "h." + rid("head" + m.group(2))))
    body = []
    cur_list = None  # (kind, id, level-open)
    open_tag = None
    table = None
    tcount = 0

    def close_list():
        nonlocal open_tag
        if open_tag:
            body.append("</%s>" % open_tag)
            open_tag = None

    for ln in lines + [""]:
        if table is not None:
            if ln.startswith("|"):
                table.append([c.strip() for c in ln.strip().strip("|").split("|")])
                continue
            tcount += 1
            html = ['<a id="t.%s"></a><a id="t.%d"></a><table class="c19">' % (hashlib.sha1(("tbl%d" % tcount).encode()).hexdigest(), tcount - 1)]
            for r, row in enumerate(table):
                html.append('<tr class="c21">')
                for cell in row:
                    html.append('<td class="%s" colspan="1" rowspan="1"><p class="c4">%s</p></td>'
                                % ("c9" if r == 0 else "c14", inline(cell, "c3" if r == 0 else "c0")))
                html.append("</tr>")
            html.append("</table>")
            body.append("".join(html))
            table = None
        kind = None
        m = re.match(r"(TITLE|SUBTITLE|H1|H2|P|UL2|UL|OL|TABLE|TOC):? ?(.*)", ln)
        if not m:
            continue
        tag, text = m.group(1), m.group(2)
        if tag in ("UL", "UL2", "OL"):
            kind = "ol" if tag == "OL" else "ul"
            lvl = 1 if tag == "UL2" else 0
            if cur_list is None or cur_list[0] != kind:
                close_list()
                lid = rid("list%d" % len(body), 12)
                LISTS.append((kind, lid))
                cur_list = [kind, lid, -1]
            if cur_list[2] != lvl:
                close_list()
                name = "lst-kix_%s-%d" % (cur_list[1], lvl)
                start = "" if (lvl == 0 and cur_list[2] == 1) else " start"
                extra = ' start="1"' if kind == "ol" else ""
                body.append('<%s class="c23 %s%s"%s>' % (kind, name, start, extra))
                open_tag = kind
                cur_list[2] = lvl
            cls = "c5" if lvl == 0 else "c17"
            body.append('<li class="%s li-bullet-0">%s</li>' % (cls, inline(text)))
            continue
        close_list()
        cur_list = None
        if tag == "TITLE":
            body.append('<p class="c2 title" id="h.%s"><span class="c20">%s</span></p>' % (rid("title"), smart(text)))
        elif tag == "SUBTITLE":
            body.append('<p class="c2 subtitle" id="h.%s"><span class="c15">%s</span></p>' % (rid("subtitle"), smart(text)))
        elif tag == "TOC":
            for lvl, head, hid in heads:
                cls = "c2" if lvl == "H1" else "c13"
                body.append('<p class="%s"><span class="c18"><a class="c8" href="#%s">%s</a></span></p>'
                            % (cls, hid, smart(head)))
        elif tag in ("H1", "H2"):
            hid = "h." + rid("head" + text)
            if tag == "H1":
                body.append('<h1 class="c10" id="%s"><span class="c6">%s</span></h1>' % (hid, smart(text)))
            else:
                body.append('<h2 class="c12" id="%s"><span class="c7">%s</span></h2>' % (hid, smart(text)))
        elif tag == "P":
            if not text:
                body.append('<p class="c1"><span class="c0"></span></p>')
            else:
                body.append('<p class="c2">%s</p>' % inline(text))
        elif tag == "TABLE":
            table = []
    close_list()
    tail = []
    if FOOTNOTES:
        tail.append('<hr class="c23">')
        for i, fn in enumerate(FOOTNOTES, 1):
            tail.append('<div><p class="c2"><a href="#ftnt_ref%d" id="ftnt%d">[%d]</a><span class="c16">&nbsp;%s</span></p></div>'
                        % (i, i, i, smart(fn)))
    for i, cm in enumerate(COMMENTS, 1):
        tail.append('<div class="c23"><p class="c2"><a href="#cmnt_ref%d" id="cmnt%d">[%s]</a><span class="c16">%s</span></p></div>'
                    % (i, i, "abcdefgh"[i - 1], smart(cm)))
    style = STYLE.format(lists=list_css())
    html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<style type="text/css">%s</style></head><body class="c22 doc-content">%s%s</body></html>'
            % (style, "".join(body), "".join(tail)))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(html)


if __name__ == "__main__":
    build()
