#!/usr/bin/python3
"""Make docs/pib-semicon-india-backgrounder.html from tools/pib-semicon-india-backgrounder.txt.

The page imitates a PIB release page (pib.gov.in/PressReleasePage.aspx) saved from Chrome with
"Webpage, Complete": the "saved from url" comment, the charset meta Chrome inserts, links into
the "_files" folder (which the set does not keep), the ASP.NET form with its __VIEWSTATE,
__VIEWSTATEGENERATOR and __EVENTVALIDATION hidden fields, the site header (skip links, text
size buttons, the regional-language list, logo, menu), the release block ("Read this release
in:" links, ministry, title, "Posted On:" line, share icons), the release text as pasted from
Word by the PIB editor (MsoNormal paragraphs, nested font spans, <o:p> tags, &nbsp;, curly
quotes), the "***" end mark, initials, the "(Release ID: ...)" and visitor-counter line, the
language links again, and the site footer with its scripts.

Run from anywhere: /usr/bin/python3 tools/make_html.py [output-path]
The output is the same bytes every time.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-semicon-india-backgrounder.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-semicon-india-backgrounder.html")
FILES = "./PressReleasePage_files"


def curly(s):
    """Word's AutoFormat: straight quotes to curly ones."""
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s):
    s = html.escape(curly(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    # the editor's non-breaking spaces: between a number and its unit, after the rupee sign
    s = re.sub(r"(\d) (crore|nm|per cent|million|billion)", "\\1&nbsp;\\2", s)
    return s


def span(text, size="12.0pt", color=None):
    inner = '<span style="font-family:&quot;Arial&quot;,sans-serif">%s</span>' % text
    if color:
        inner = '<span style="color:%s">%s</span>' % (color, inner)
    return '<span style="font-size:%s">%s</span>' % (size, inner)


def para(text, style="text-align:justify"):
    return ('<p class="MsoNormal" style="margin-bottom:8.0pt; %s; line-height:normal">%s'
            '<o:p></o:p></p>' % (style, span(inline(text))))


def heading(text):
    return ('<p class="MsoNormal" style="margin-top:12.0pt; margin-bottom:6.0pt; '
            'text-align:justify; line-height:normal"><b>%s</b><o:p></o:p></p>'
            % span(inline(text), "14.0pt", "#1f3864"))


def subheading(text):
    return ('<p class="MsoNormal" style="margin-bottom:6.0pt; text-align:justify; '
            'line-height:normal"><b><u>%s</u></b><o:p></o:p></p>' % span(inline(text), "12.0pt", "#2e74b5"))


def blank():
    return '<p class="MsoNormal" style="text-align:justify"><span style="font-size:12.0pt">&nbsp;</span><o:p></o:p></p>'


def ul(items):
    lis = "".join('\n<li class="MsoNormal" style="margin-bottom:6.0pt; text-align:justify; '
                  'line-height:normal">%s</li>' % span(inline(t)) for t in items)
    return '<ul style="margin-top:0in" type="disc">%s\n</ul>' % lis


def ol(items):
    lis = "".join('\n<li class="MsoNormal" style="margin-bottom:4.0pt; text-align:justify; '
                  'line-height:normal">%s</li>' % span(inline(t)) for t in items)
    return '<ol style="margin-top:0in" start="1" type="1">%s\n</ol>' % lis


def table(rows):
    widths = [44, 150, 130, 112, 92, 84]
    out = ['<div align="center">',
           '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse; border:none">', '<tbody>']
    for i, r in enumerate(rows):
        cells = r.split(" | ")
        out.append('<tr style="height:%s">' % ("24.75pt" if i == 0 else "15.0pt"))
        for w, c in zip(widths, cells):
            bg = " background:#d9e2f3;" if i == 0 else ""
            txt = span(inline(c), "11.0pt")
            if i == 0:
                txt = "<b>%s</b>" % txt
            out.append('<td width="%d" valign="top" style="width:%.1fpt; border:solid windowtext '
                       '1.0pt;%s padding:0in 5.4pt 0in 5.4pt">\n<p class="MsoNormal" '
                       'style="margin-bottom:0in; line-height:normal">%s<o:p></o:p></p>\n</td>'
                       % (w, w * 0.75 * 1.333, bg, txt))
        out.append("</tr>")
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


def box(title, items):
    lis = "".join('\n<li class="MsoNormal" style="margin-bottom:4.0pt; line-height:normal">%s</li>'
                  % span(inline(t), "11.5pt") for t in items)
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%%" '
            'style="width:100.0%%; background:#fff2cc; border-collapse:collapse">\n<tbody>\n<tr>\n'
            '<td style="border:solid #bf8f00 1.5pt; padding:6.0pt 9.0pt 6.0pt 9.0pt">\n'
            '<p class="MsoNormal" style="margin-bottom:4.0pt; line-height:normal"><b>%s</b>'
            '<o:p></o:p></p>\n<ul style="margin-top:0in" type="disc">%s\n</ul>\n</td>\n</tr>\n'
            '</tbody>\n</table>' % (span(inline(title), "13.0pt", "#7f6000"), lis))


def image(name, w, h):
    return ('<p class="MsoNormal" align="center" style="text-align:center"><img alt="" '
            'src="%s/%s" style="height:%spx; width:%spx"></p>' % (FILES, name, h, w))


def read():
    front, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    i = 0
    refs = []
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if s.startswith("@box "):
            items = []
            while lines[i].strip() != "@endbox":
                if lines[i].strip():
                    items.append(lines[i].strip()[2:])
                i += 1
            i += 1
            body.append(box(s[5:], items))
        elif s == "@table":
            rows = []
            while lines[i].strip() != "@endtable":
                rows.append(lines[i].strip())
                i += 1
            i += 1
            body.append(table(rows))
        elif s.startswith("@img "):
            _, name, w, h = s.split()
            body.append(image(name, w, h))
        elif s.startswith("@ref "):
            label, url = s[5:].split("|")
            body.append('<p class="MsoNormal" style="margin-bottom:4.0pt; line-height:normal">%s</p>'
                        % span('<a href="%s" target="_blank">%s</a>' % (html.escape(url), inline(label)), "11.0pt"))
        elif s.startswith("@pdf "):
            body.append(blank())
            body.append('<p class="MsoNormal" style="text-align:justify"><a href="%s/PIB%s.pdf">'
                        '<b>%s</b></a></p>' % (FILES, front["@prid"], span(inline(s[5:]), "12.0pt", "#0563c1")))
        elif s.startswith("@lead "):
            body.append('<p class="MsoNormal" align="center" style="margin-bottom:8.0pt; '
                        'text-align:center; line-height:normal"><i>%s</i><o:p></o:p></p>'
                        % span(inline(s[6:]), "13.0pt", "#c00000"))
        elif s.startswith("@"):
            k, _, v = s.partition(" ")
            front[k] = v
        elif s.startswith("=== "):
            body.append(subheading(s[4:]))
        elif s.startswith("== "):
            body.append(heading(s[3:]))
        elif s.startswith("- "):
            items = [s[2:]]
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:].strip())
                i += 1
            body.append(ul(items))
        elif re.match(r"\d+\. ", s):
            items = [s.split(" ", 1)[1]]
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append(lines[i].split(" ", 1)[1].strip())
                i += 1
            body.append(ol(items))
        else:
            body.append(para(s))
    return front, body


LANG_SITES = [("English", "https://pib.gov.in/indexm.aspx?reg=3&amp;lang=1"),
              ("\u0939\u093f\u0928\u094d\u0926\u0940", "https://pib.gov.in/indexm.aspx?reg=3&amp;lang=2"),
              ("\u0627\u0631\u062f\u0648", "https://pib.gov.in/indexm.aspx?reg=3&amp;lang=3"),
              ("\u092e\u0930\u093e\u0920\u0940", "https://pib.gov.in/indexm.aspx?reg=6&amp;lang=15"),
              ("\u0985\u09b8\u09ae\u09c0\u09af\u09bc\u09be", "https://pib.gov.in/indexm.aspx?reg=20&amp;lang=11"),
              ("\u09ac\u09be\u0982\u09b2\u09be", "https://pib.gov.in/indexm.aspx?reg=7&amp;lang=5"),
              ("\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40", "https://pib.gov.in/indexm.aspx?reg=18&amp;lang=14"),
              ("\u0a97\u0ac1\u0a9c\u0ab0\u0abe\u0aa4\u0ac0", "https://pib.gov.in/indexm.aspx?reg=5&amp;lang=7"),
              ("\u0b13\u0b21\u0b3c\u0b3f\u0b06", "https://pib.gov.in/indexm.aspx?reg=9&amp;lang=9"),
              ("\u0ba4\u0bae\u0bbf\u0bb4\u0bcd", "https://pib.gov.in/indexm.aspx?reg=22&amp;lang=17"),
              ("\u0c24\u0c46\u0c32\u0c41\u0c17\u0c41", "https://pib.gov.in/indexm.aspx?reg=23&amp;lang=18"),
              ("\u0c95\u0ca8\u0ccd\u0ca8\u0ca1", "https://pib.gov.in/indexm.aspx?reg=17&amp;lang=10"),
              ("\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02", "https://pib.gov.in/indexm.aspx?reg=10&amp;lang=12"),
              ("Manipuri", "https://pib.gov.in/indexm.aspx?reg=40&amp;lang=19"),
              ("Konkani", "https://pib.gov.in/indexm.aspx?reg=15&amp;lang=20")]

MENU = [("Home", "https://pib.gov.in/indexm.aspx"),
        ("Press Releases", "https://pib.gov.in/allRel.aspx"),
        ("Photos", "https://pib.gov.in/PhotoGallery.aspx"),
        ("Factsheets", "https://pib.gov.in/factsheet.aspx"),
        ("Backgrounders", "https://pib.gov.in/Backgrounders.aspx"),
        ("Explainers", "https://pib.gov.in/Explainers.aspx"),
        ("Features", "https://pib.gov.in/FeaturesDeatils.aspx"),
        ("Ministries", "https://pib.gov.in/ministrymain.aspx"),
        ("Media Accreditation", "https://accreditation.pib.gov.in/"),
        ("Archives", "https://archive.pib.gov.in/"),
        ("Contact Us", "https://pib.gov.in/Contact.aspx")]

VIEWSTATE = ("/wEPDwUKMTU3NjgzMjk4Mg9kFgICAw9kFgQCAQ8WAh4EVGV4dAUPUElCIEhlYWRxdWFydGVyc2QCAw8WAh8A"
             "BU1JbmRpYSdzIFNlbWljb25kdWN0b3IgTWlzc2lvbjogVGVuIEFwcHJvdmVkIFVuaXRzIGFuZCB0aGUgUm9h"
             "ZCB0byBNYWRlLWluLUluZGlhIENoaXBzZGQ1xA0dWq3m8P1kHn7s2v+XbLcYpQ==")
EVENTVAL = "/wEdAAOu4cA7dYB2z3TPjYx2Jg3rvGm2kB9bPq0xSg5qV7R1n8bXvEoH8T0D6xLQ1cR0yAZ3nT4="


def page(front, body):
    prid = front["@prid"]
    url = "https://pib.gov.in/PressReleasePage.aspx?PRID=%s" % prid
    langs = []
    for item in front["@langs"].split(", "):
        name, rid = item.split(":")
        langs.append('<a href="https://pib.gov.in/PressReleasePage.aspx?PRID=%s">%s</a>' % (rid, name))
    langline = " , ".join(langs)
    title = html.escape(curly(front["@title"]), quote=False)
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<meta name="description" content="%s">' % title)
    w('<meta property="og:title" content="%s">' % title)
    w('<meta property="og:image" content="https://static.pib.gov.in/WriteReadData/specificdocs/photo/2025/sep/ph2025901612001.jpg">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w("<title>\r\n\tPress Release: Press Information Bureau\r\n</title>")
    w('<link rel="shortcut icon" href="%s/favicon.ico" type="image/x-icon">' % FILES)
    for css in ("bootstrap.min.css", "font-awesome.min.css", "style.css", "responsive.css", "print.css"):
        w('<link href="%s/%s" rel="stylesheet" type="text/css">' % (FILES, css))
    w('<style type="text/css">')
    w("  .ReleaseLang a { color:#0b3e8a; }  .innner-page-main-about-us-content-right-part p { margin:0 0 8px 0; }")
    w("  #PdfDiv table td p { margin:0; }  .ReleaseId { font-size:13px; color:#444; }")
    w("</style>")
    w('<script async="" src="%s/js"></script><script>' % FILES)
    w("  window.dataLayer = window.dataLayer || [];")
    w("  function gtag(){dataLayer.push(arguments);}")
    w("  gtag('js', new Date());")
    w("  gtag('config', 'G-3XCLR2W1PD');")
    w("</script>")
    w("</head>")
    w('<body class="inner-page">')
    w('<form method="post" action="./PressReleasePage.aspx?PRID=%s" id="form1">' % prid)
    w('<div class="aspNetHidden">')
    w('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % VIEWSTATE)
    w("</div>")
    w("")
    w('<div class="aspNetHidden">')
    w("")
    w('\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="2D5C0A1B">')
    w('\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s">' % EVENTVAL)
    w("</div>")
    w('<header class="header">')
    w('<div class="top-header">')
    w('<div class="container">')
    w('<ul class="top-links">')
    w('<li><a href="#maincontent" title="Skip to main content">Skip to main content</a></li>')
    w('<li><a href="https://pib.gov.in/ScreenReaderAccess.aspx" title="Screen Reader Access">Screen Reader Access</a></li>')
    w('<li class="font-resize"><a href="javascript:void(0);" id="btn-decrease" title="Decrease Font Size">A-</a> '
      '<a href="javascript:void(0);" id="btn-orig" title="Normal Font">A</a> '
      '<a href="javascript:void(0);" id="btn-increase" title="Increase Font Size">A+</a></li>')
    w('<li><a href="javascript:void(0);" class="contrast" title="High Contrast">High Contrast</a></li>')
    w("</ul>")
    w('<ul class="lang-list">')
    for name, href in LANG_SITES:
        w('<li><a href="%s">%s</a></li>' % (href, name))
    w("</ul>")
    w("</div>")
    w("</div>")
    w('<div class="logo-bar"><div class="container">')
    w('<a href="https://pib.gov.in/indexm.aspx" class="logo"><img src="%s/emblem.png" alt="Emblem of India"><img src="%s/pib-logo.png" alt="PIB Logo"></a>' % (FILES, FILES))
    w('<div class="logo-text"><span class="t1">Press Information Bureau</span><span class="t2">Government of India</span></div>')
    w('<div class="g20-logo"><img src="%s/G20_Logo.png" alt=""></div>' % FILES)
    w("</div></div>")
    w('<nav class="navbar main-menu"><div class="container"><ul class="nav navbar-nav">')
    for name, href in MENU:
        w('<li><a href="%s">%s</a></li>' % (href, name))
    w("</ul></div></nav>")
    w("</header>")
    w('<section class="inner-page-main" id="maincontent">')
    w('<div class="container">')
    w('<div class="innner-page-main-about-us-content-right-part">')
    w('<div class="ReleaseLang" style="text-align:right">Read this release in: %s </div>' % langline)
    w('<div class="MinistryNameSubhead text-center">%s</div>' % html.escape(front["@ministry"]))
    w('<h2 style="text-align:center;">%s</h2>' % title)
    w('<div class="ReleaseDateSubHeaddateTime text-center pt20">Posted On: %s</div>' % front["@posted"])
    w('<div class="shareicon text-center"><a href="https://www.facebook.com/sharer.php?u=%s" title="Facebook"><i class="fa fa-facebook"></i></a> '
      '<a href="https://twitter.com/intent/tweet?url=%s" title="Twitter"><i class="fa fa-twitter"></i></a> '
      '<a href="https://api.whatsapp.com/send?text=%s" title="WhatsApp"><i class="fa fa-whatsapp"></i></a> '
      '<a href="mailto:?body=%s" title="Email"><i class="fa fa-envelope"></i></a> '
      '<a href="https://www.linkedin.com/shareArticle?url=%s" title="Linkedin"><i class="fa fa-linkedin"></i></a> '
      '<a href="javascript:window.print()" title="Print"><i class="fa fa-print"></i></a></div>'
      % ((url,) * 5))
    w('<div class="pt20" id="PdfDiv">')
    w('<div class="WordSection1">')
    for b in body:
        w(b)
    w(blank())
    w('<p class="MsoNormal" align="center" style="text-align:center"><b>%s</b></p>' % span("***", "12.0pt"))
    w('<p class="MsoNormal" style="text-align:justify">%s</p>' % span(front["@initials"], "12.0pt"))
    w("</div>")
    w("</div>")
    w('<div class="ReleaseId">(Release ID: %s)&nbsp;Visitor Counter : %s</div>' % (prid, front["@visitors"]))
    w('<div class="ReleaseLang"><strong>Read this release in:</strong> %s </div>' % langline)
    w("</div>")
    w("</div>")
    w("</section>")
    w('<footer class="footer">')
    w('<div class="container">')
    w('<ul class="footer-links">')
    for name in ("Website Policies", "Help", "Contact Us", "Feedback", "Sitemap", "Hyperlinking Policy", "Disclaimer"):
        w('<li><a href="https://pib.gov.in/%s.aspx">%s</a></li>' % (name.replace(" ", ""), name))
    w("</ul>")
    w('<p class="copyright">Copyright \u00a9 2025 Press Information Bureau. Content owned by Press Information Bureau, Government of India.</p>')
    w('<p class="copyright">Site is hosted by National Informatics Centre (NIC), Ministry of Electronics and Information Technology, Government of India.</p>')
    w('<p class="lastupdated">Last updated on: 01 Sep 2025 5:12 PM</p>')
    w("</div>")
    w("</footer>")
    w("</form>")
    for js in ("jquery.min.js", "bootstrap.min.js", "fontresize.js", "common.js"):
        w('<script src="%s/%s"></script>' % (FILES, js))
    w('<script type="text/javascript">$(document).ready(function () { $(".shareicon a").attr("rel", "noopener"); });</script>')
    w("</body></html>")
    return "\n".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    front, body = read()
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(page(front, body))


if __name__ == "__main__":
    main()
