#!/usr/bin/python3
"""Re-make docs/pib-janjatiya-gaurav-divas-pm-janman-dajgua.html from its source text.

The page is a pib.gov.in PressReleasePage (an ASP.NET WebForms page) as Chrome's
"Save page as... > Webpage, Complete" writes it: the "saved from url" comment, the
serialised DOM with resource links pointing into the "..._files" folder Chrome makes
(named after the title with ":" turned into "_"; not part of the set), absolute links,
and the release body pasted from Word (MsoNormal paragraphs, Bookman Old Style spans,
<o:p> tags, Symbol-font bullets inside conditional comments, an MsoTableGrid table).

Source marks: "@key value" header lines; "## " a bold sub-head paragraph; "* " a
bullet; "| " a table row (first row is the header); "~" a non-breaking space; blank
lines separate paragraphs.  Deterministic: no clock, no randomness.
Usage: make_pib.py [OUTPUT]   (default: ../docs/<slug>.html)
"""
import base64
import hashlib
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "pib-janjatiya-gaurav-divas-pm-janman-dajgua"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(HERE, "..", "docs", SLUG + ".html")
FILES = "./Press Release_Press Information Bureau_files"

SPAN = ('lang="EN-IN" style="font-size:14.0pt;font-family:&quot;Bookman Old Style&quot;,serif"')
SPAN12 = ('lang="EN-IN" style="font-size:12.0pt;font-family:&quot;Bookman Old Style&quot;,serif"')
PSTYLE = 'style="margin-bottom:12.0pt;text-align:justify;line-height:normal"'
BULLET = ('<!--[if !supportLists]--><span lang="EN-IN" style="font-size:14.0pt;font-family:Symbol;'
          'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">\u00b7<span style="font:7.0pt '
          '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
          '<!--[endif]-->')
TD_STYLE = ('border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;'
            'padding:0in 5.4pt 0in 5.4pt')
TD_STYLE_NEXT = ('border:solid windowtext 1.0pt;border-left:none;mso-border-left-alt:solid windowtext .5pt;'
                 'mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt')
TD_STYLE_DOWN = ('border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;'
                 'mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt')
TD_STYLE_INNER = ('border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;'
                  'border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;'
                  'mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;'
                  'padding:0in 5.4pt 0in 5.4pt')
WIDTHS = [(48, "36.0pt"), (214, "160.4pt"), (178, "133.5pt"), (198, "148.5pt")]


def esc(s):
    s = html.escape(s, quote=False)
    return s.replace("~", "&nbsp;")


def blob(seed, n):
    raw = b""
    i = 0
    while len(raw) < n:
        raw += hashlib.sha256(("%s-%d" % (seed, i)).encode()).digest()
        i += 1
    return base64.b64encode(raw[:n]).decode()


def parse(text):
    meta, blocks, cur = {}, [], None
    for line in text.split("\n"):
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if not line.strip():
            cur = None
            continue
        if line.startswith("## "):
            blocks.append(("head", line[3:]))
            cur = None
        elif line.startswith("* "):
            if cur is None or cur[0] != "list":
                cur = ("list", [])
                blocks.append(cur)
            cur[1].append(line[2:])
        elif line.startswith("| "):
            if cur is None or cur[0] != "table":
                cur = ("table", [])
                blocks.append(cur)
            cur[1].append([c.strip() for c in line[2:].split(" | ")])
        else:
            blocks.append(("para", line))
            cur = None
    return meta, blocks


def body_html(blocks):
    out = []
    lfo = 0
    for kind, val in blocks:
        if kind == "para":
            out.append('<p class="MsoNormal" %s><span %s>%s<o:p></o:p></span></p>' % (PSTYLE, SPAN, esc(val)))
        elif kind == "head":
            out.append('<p class="MsoNormal" %s><b><span %s>%s<o:p></o:p></span></b></p>' % (PSTYLE, SPAN, esc(val)))
        elif kind == "list":
            lfo += 1
            n = len(val)
            for i, item in enumerate(val):
                if n == 1:
                    cls = "MsoListParagraph"
                elif i == 0:
                    cls = "MsoListParagraphCxSpFirst"
                elif i == n - 1:
                    cls = "MsoListParagraphCxSpLast"
                else:
                    cls = "MsoListParagraphCxSpMiddle"
                extra = "margin-bottom:12.0pt;" if i == n - 1 else "margin-bottom:0in;"
                style = ("margin-top:0in;margin-right:0in;%smargin-left:.5in;mso-add-space:auto;"
                         "text-align:justify;text-indent:-.25in;line-height:normal;mso-list:l%d level1 lfo%d"
                         % (extra, lfo - 1, lfo))
                out.append('<p class="%s" style="%s">%s<span %s>%s<o:p></o:p></span></p>'
                           % (cls, style, BULLET, SPAN, esc(item)))
        elif kind == "table":
            rows = []
            for r, cells in enumerate(val):
                tds = []
                for c, cell in enumerate(cells):
                    w, wpt = WIDTHS[c]
                    if r == 0:
                        st = TD_STYLE if c == 0 else TD_STYLE_NEXT
                    else:
                        st = TD_STYLE_DOWN if c == 0 else TD_STYLE_INNER
                    if r == 0:
                        inner = '<b><span %s>%s<o:p></o:p></span></b>' % (SPAN12, esc(cell))
                        palign = ' align="center" style="margin-bottom:0in;text-align:center;line-height:normal"'
                    elif c == 0:
                        inner = '<span %s>%s<o:p></o:p></span>' % (SPAN12, esc(cell))
                        palign = ' align="center" style="margin-bottom:0in;text-align:center;line-height:normal"'
                    else:
                        inner = '<span %s>%s<o:p></o:p></span>' % (SPAN12, esc(cell))
                        palign = ' style="margin-bottom:0in;line-height:normal"'
                    tds.append('<td width="%d" valign="top" style="width:%s;%s">\n  <p class="MsoNormal"%s>%s</p>\n  </td>'
                               % (w, wpt, st, palign, inner))
                yfti = "mso-yfti-irow:%d" % r
                if r == 0:
                    yfti += ";mso-yfti-firstrow:yes"
                if r == len(val) - 1:
                    yfti += ";mso-yfti-lastrow:yes"
                rows.append(' <tr style="%s">\n  %s\n </tr>' % (yfti, "\n  ".join(tds)))
            out.append('<div align="center">\n\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
                       'mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt">\n <tbody>%s\n</tbody></table>\n\n</div>'
                       % "\n".join(rows))
            out.append('<p class="MsoNormal" style="margin-bottom:0in;text-align:justify;line-height:normal">'
                       '<span %s>&nbsp;<o:p></o:p></span></p>' % SPAN)
    return "\n\n".join(out)


def page(meta, blocks):
    prid = meta["prid"]
    url = "https://pib.gov.in/PressReleasePage.aspx?PRID=%s" % prid
    title = meta["title"]
    t_attr = html.escape(title, quote=True)
    langs = []
    for item in meta["langs"].split(" "):
        pid, _, name = item.partition(":")
        langs.append('<a href="https://pib.gov.in/PressReleasePage.aspx?PRID=%s" target="_blank" '
                     'class="lang-link">%s</a>' % (pid, name))
    share_u = "https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D" + prid
    first_para = next(v for k, v in blocks if k == "para")
    desc = html.escape(first_para[:157].rsplit(" ", 1)[0] + "...", quote=True)
    parts = []
    a = parts.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<!-- saved from url=(%04d)%s -->' % (len(url), url))
    a('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>\n\tPress Release:Press Information Bureau\n</title>')
    a('    <meta name="description" content="%s">' % desc)
    a('    <meta name="keywords" content="Press Information Bureau, PIB, Government of India, Press Release, Ministry of Tribal Affairs">')
    a('    <meta property="og:type" content="article">')
    a('    <meta property="og:title" content="%s">' % t_attr)
    a('    <meta property="og:description" content="%s">' % desc)
    a('    <meta property="og:url" content="%s">' % url)
    a('    <meta property="og:image" content="https://static.pib.gov.in/WriteReadData/specificdocs/photos/2024/nov/ph20241114465121.jpg">')
    a('    <meta name="twitter:card" content="summary_large_image">')
    a('    <meta name="twitter:site" content="@PIB_India">')
    a('    <link rel="shortcut icon" href="https://pib.gov.in/images/favicon.ico" type="image/x-icon">')
    for css in ("bootstrap.min.css", "font-awesome.min.css", "style.css", "responsive.css", "PressRelease.css"):
        a('    <link href="%s/%s" rel="stylesheet" type="text/css">' % (FILES, css))
    a('    <script async="" src="%s/js"></script><script type="text/javascript" src="%s/jquery-3.6.0.min.js"></script>' % (FILES, FILES))
    a('    <script type="text/javascript" src="%s/bootstrap.min.js"></script>' % FILES)
    a('    <script>\n        window.dataLayer = window.dataLayer || [];\n        function gtag() { dataLayer.push(arguments); }\n        gtag(\'js\', new Date());\n\n        gtag(\'config\', \'G-DHE0LTKMMS\');\n    </script>')
    a('    <style type="text/css">\n        .MinistryNameSubhead { font-size: 20px; font-weight: 600; color: #1c2b6b; }\n        .ReleaseDateSubHeaddateTime { font-size: 15px; color: #555; }\n        .ReleaseId { font-size: 14px; padding-top: 15px; }\n        #PdfDiv p { margin: 0 0 10px; }\n        @media print { .topheader, .navbar, footer, .socialmediaicon { display: none; } }\n    </style>')
    a('</head>')
    a('<body>')
    a('    <form method="post" action="%s" id="form1">' % url)
    a('<div class="aspNetHidden">')
    a('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">')
    a('<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">')
    a('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTQ4%s">' % blob("vs" + prid, 1125))
    a('</div>\n')
    a('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'form1\'];\nif (!theForm) {\n    theForm = document.form1;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n')
    a('<div class="aspNetHidden">\n\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="D9EB5C3A">')
    a('\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s">' % blob("ev" + prid, 201))
    a('</div>')
    a('        <div class="topheader">')
    a('            <div class="container">')
    a('                <ul class="top-links">')
    a('                    <li><a href="%s#skipCont" title="Skip to main content">Skip to main content</a></li>' % url)
    a('                    <li><a href="https://pib.gov.in/ScreenReaderAccess.aspx" title="Screen Reader Access">Screen Reader Access</a></li>')
    a('                    <li class="font-size"><a href="javascript:void(0);" id="btn-decrease" title="Decrease font size">A-</a> <a href="javascript:void(0);" id="btn-orig" title="Normal font size">A</a> <a href="javascript:void(0);" id="btn-increase" title="Increase font size">A+</a></li>')
    a('                    <li><select name="ctl00$ddlLang" id="Ddl_language" class="form-control lang-select" onchange="javascript:setTimeout(&#39;__doPostBack(\\&#39;ctl00$ddlLang\\&#39;,\\&#39;\\&#39;)&#39;, 0)">\n\t<option selected="selected" value="1">English</option>\n\t<option value="2">हिन्दी</option>\n\t<option value="3">اردو</option>\n\n</select></li>')
    a('                </ul>')
    a('            </div>')
    a('        </div>')
    a('        <div class="header">')
    a('            <div class="container">')
    a('                <div class="logo"><a href="https://pib.gov.in/indexm.aspx" title="Press Information Bureau"><img src="%s/pib-logo-2024.png" alt="Press Information Bureau, Government of India"></a></div>' % FILES)
    a('                <div class="header-right"><a href="https://amritmahotsav.nic.in/" target="_blank"><img src="%s/viksit-bharat.png" alt="Viksit Bharat"></a></div>' % FILES)
    a('            </div>')
    a('        </div>')
    a('        <nav class="navbar navbar-default">')
    a('            <div class="container">')
    a('                <ul class="nav navbar-nav">')
    nav = [("https://pib.gov.in/indexm.aspx", "Home"), ("https://pib.gov.in/allRel.aspx", "Releases"),
           ("https://pib.gov.in/PhotoGallery.aspx", "Photos"), ("https://pib.gov.in/AllFeature.aspx", "Features"),
           ("https://pib.gov.in/ViewBackgrounder.aspx", "Backgrounders"), ("https://pib.gov.in/factsheet.aspx", "Factsheets"),
           ("https://pib.gov.in/Accreditation.aspx", "Accreditation"), ("https://archive.pib.gov.in/archive2/", "PIB Archive"),
           ("https://pib.gov.in/AboutUs.aspx", "About Us"), ("https://pib.gov.in/ContactUs.aspx", "Contact Us")]
    for href, lab in nav:
        a('                    <li><a href="%s">%s</a></li>' % (href, lab))
    a('                </ul>')
    a('            </div>')
    a('        </nav>')
    a('        <div class="container">')
    a('            <div class="row">')
    a('                <div class="col-sm-12">')
    a('                    <div class="innner-page-main-about-us-content-right-part" id="skipCont">')
    a('                        <div class="socialmediaicon pull-right">')
    a('                            <ul>')
    a('                                <li><a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" title="Share on Facebook"><i class="fa fa-facebook" aria-hidden="true"></i></a></li>' % share_u)
    a('                                <li><a href="https://twitter.com/intent/tweet?url=%s&amp;text=%s" target="_blank" title="Share on X"><img src="%s/x-logo.png" alt="" width="16"></a></li>' % (share_u, title.replace(" ", "%20").replace(":", "%3A").replace(";", "%3B").replace(",", "%2C"), FILES))
    a('                                <li><a href="https://api.whatsapp.com/send?text=%s" target="_blank" title="Share on WhatsApp"><i class="fa fa-whatsapp" aria-hidden="true"></i></a></li>' % share_u)
    a('                                <li><a href="mailto:?subject=PIB%%20Press%%20Release&amp;body=%s" title="Share by Email"><i class="fa fa-envelope" aria-hidden="true"></i></a></li>' % share_u)
    a('                                <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=%s" target="_blank" title="Share on LinkedIn"><i class="fa fa-linkedin" aria-hidden="true"></i></a></li>' % share_u)
    a('                                <li><a href="javascript:window.print();" title="Print"><i class="fa fa-print" aria-hidden="true"></i></a></li>')
    a('                            </ul>')
    a('                        </div>')
    a('                        <div class="MinistryNameSubhead text-center">%s</div>' % esc(meta["ministry"]))
    a('                        <h2 style="text-align:center;">%s</h2>' % esc(title))
    a('                        <div class="ReleaseDateSubHeaddateTime text-center pt20">Posted On: %s by PIB Delhi</div>' % meta["posted"])
    a('                        <div class="pt20" id="PdfDiv">')
    a(body_html(blocks))
    a('\n<p class="MsoNormal" align="center" style="margin-bottom:0in;text-align:center;line-height:normal"><span %s>***<o:p></o:p></span></p>' % SPAN)
    a('\n<p class="MsoNormal" style="margin-bottom:0in;text-align:justify;line-height:normal"><span %s>%s<o:p></o:p></span></p>' % (SPAN, esc(meta["signoff"])))
    a('                        </div>')
    a('                        <div class="ReleaseId">(Release ID: %s)&nbsp;&nbsp; &nbsp; Visitor Counter : %s</div>' % (prid, meta["visitors"]))
    a('                        <div class="ReleaseLang">Read this release in: %s</div>' % " , ".join(langs))
    a('                    </div>')
    a('                </div>')
    a('            </div>')
    a('        </div>')
    a('        <footer class="footer">')
    a('            <div class="container">')
    a('                <ul class="footer-links">')
    for lab, href in (("Website Policies", "WebsitePolicies.aspx"), ("Copyright Policy", "CopyrightPolicy.aspx"),
                      ("Hyperlinking Policy", "HyperlinkingPolicy.aspx"), ("Privacy Policy", "PrivacyPolicy.aspx"),
                      ("Accessibility Statement", "AccessibilityStatement.aspx"), ("Help", "Help.aspx"),
                      ("Sitemap", "Sitemap.aspx"), ("Feedback", "Feedback.aspx")):
        a('                    <li><a href="https://pib.gov.in/%s">%s</a></li>' % (href, lab))
    a('                </ul>')
    a('                <p class="follow">Follow us on: <a href="https://twitter.com/PIB_India" target="_blank" title="X"><i class="fa fa-twitter"></i></a> <a href="https://www.facebook.com/pibindia" target="_blank" title="Facebook"><i class="fa fa-facebook"></i></a> <a href="https://www.instagram.com/pibindia/" target="_blank" title="Instagram"><i class="fa fa-instagram"></i></a> <a href="https://www.youtube.com/user/pibindia" target="_blank" title="YouTube"><i class="fa fa-youtube-play"></i></a></p>')
    a('                <p class="copyright">Content Owned, Maintained and Updated by Press Information Bureau, Government of India. Site is hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; Information Technology, Government of India.</p>')
    a('                <p class="lastupdated">Last Updated On : 14 Nov 2024</p>')
    a('            </div>')
    a('        </footer>')
    a('        <a href="%s#" id="back-to-top" title="Back to Top" style="display: none;"><i class="fa fa-angle-up"></i></a>' % url)
    a('    </form>')
    a('    <script type="text/javascript" src="%s/custom.js"></script>' % FILES)
    a('    <script type="text/javascript">\n        $(document).ready(function () {\n            $("#PdfDiv table").addClass("table-responsive");\n            $(window).scroll(function () { if ($(this).scrollTop() > 200) { $("#back-to-top").fadeIn(); } else { $("#back-to-top").fadeOut(); } });\n        });\n    </script>')
    a('\n\n</body></html>')
    return "\n".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, blocks))


if __name__ == "__main__":
    main()
