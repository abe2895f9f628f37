#!/usr/bin/python3
"""Re-make docs/shree-anna-pib-backgrounder.html from tools/shree-anna-pib-backgrounder.txt.

The file is shaped like a PIB (Press Information Bureau) backgrounder page,
PressReleasePage.aspx, saved with Chrome's "Webpage, Complete": the serialised DOM (doctype,
then the "saved from url" comment, a charset meta Chrome puts first in the head, void tags
without a slash, entities other than &amp; &lt; &gt; &nbsp; written as characters), links into
the "Press Release_Press Information Bureau_files" folder with Chrome's ".download" suffix on
scripts; the ASP.NET WebForms furniture (form1, __VIEWSTATE, __EVENTVALIDATION, __doPostBack);
the site header with screen-reader and text-size links, the language menu and the main menu;
the release block (ministry line, the amrit mahotsav logo, h2 title, h3 subtitle, the "Posted
On" date line), CKEditor content (justified paragraphs with font spans, centred bold coloured
headings, stray &nbsp; paragraphs, a one-cell Key Takeaways table, a bordered MSP table, images,
lists, a references list and "Click here to see PDF"), the initials, "Post Released by", the
Release ID with the visitor counter, "Read this release in" and the footer.
Standard library only; deterministic.

Run: /usr/bin/python3 tools/make_pib.py [output.html]
"""
import base64
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "shree-anna-pib-backgrounder.txt")
OUT = os.path.join(ROOT, "docs", "shree-anna-pib-backgrounder.html")

LANGS = [("English", "en"), ("हिन्दी", "hi"), ("اردو", "ur"), ("मराठी", "mr"), ("ગુજરાતી", "gu"),
         ("ਪੰਜਾਬੀ", "pa"), ("বাংলা", "bn"), ("অসমীয়া", "as"), ("ଓଡ଼ିଆ", "or"), ("தமிழ்", "ta"),
         ("తెలుగు", "te"), ("ಕನ್ನಡ", "kn"), ("മലയാളം", "ml"), ("Manipuri", "mni"), ("Mizo", "lus"),
         ("Konkani", "kok")]
LANG_IDS = {"English": 1, "हिन्दी": 2, "اردو": 3, "मराठी": 4, "ગુજરાતી": 5, "ਪੰਜਾਬੀ": 6, "বাংলা": 7,
            "অসমীয়া": 8, "ଓଡ଼ିଆ": 9, "தமிழ்": 10, "తెలుగు": 11, "ಕನ್ನಡ": 12, "മലയാളം": 13,
            "Manipuri": 14, "Mizo": 15, "Konkani": 16}


def pseudo_b64(seed, n):
    out, h = b"", seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out[:n]).decode()


def esc(s):
    """Chrome's DOM serialiser: & < > and U+00A0 escaped, everything else as characters."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = s.replace("Shri ", "Shri&nbsp;")
    return s


def read_source():
    meta, body = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        body.append(line)
    return meta, body


def content_html(meta, body):
    files = "./" + meta["files"]
    out = []
    i = 0
    para_no = 0
    while i < len(body):
        line = body[i]
        if not line.strip():
            i += 1
            continue
        if line == "[[takeaways]]":
            items = []
            i += 1
            while body[i] != "[[/takeaways]]":
                items.append(body[i][2:])
                i += 1
            i += 1
            out.append('<table align="center" border="0" cellpadding="10" cellspacing="0" style="width:96%">\n'
                       '\t<tbody>\n\t\t<tr>\n\t\t\t<td style="background-color:#fdf1dc; border-left:6px solid #e67e22">\n'
                       '\t\t\t<p><span style="font-size:14pt"><span style="color:#e67e22"><strong>Key Takeaways</strong>'
                       '</span></span></p>\n\n\t\t\t<ul>\n')
            for it in items:
                out.append('\t\t\t\t<li style="text-align:justify"><span style="font-size:12pt"><span style="font-family:Arial,'
                           'Helvetica,sans-serif">%s</span></span></li>\n' % inline(it))
            out.append('\t\t\t</ul>\n\t\t\t</td>\n\t\t</tr>\n\t</tbody>\n</table>\n\n<p>&nbsp;</p>\n\n')
            continue
        m = re.match(r"^\[\[img (\S+) (\d+)x(\d+)\]\]$", line)
        if m:
            out.append('<p style="text-align:center"><img alt="" src="%s/%s" style="height:%spx; width:%spx"></p>\n\n'
                       % (files, m.group(1), m.group(3), m.group(2)))
            i += 1
            continue
        if line.startswith("## "):
            text = line[3:]
            if text == "References":
                out.append('<p>&nbsp;</p>\n\n<p style="text-align:justify"><strong><span style="font-size:12pt">'
                           '<span style="font-family:Arial,Helvetica,sans-serif">References</span></span></strong></p>\n\n<ul>\n')
                i += 1
                while i < len(body) and not body[i].startswith("[[ref"):
                    i += 1
                while i < len(body) and body[i].startswith("[[ref"):
                    url = body[i][6:-2]
                    out.append('\t<li><a href="%s" target="_blank"><span style="font-size:12pt"><span style="font-family:'
                               'Arial,Helvetica,sans-serif">%s</span></span></a></li>\n' % (esc(url), esc(url)))
                    i += 1
                out.append('</ul>\n\n')
                continue
            out.append('<p style="text-align:center"><span style="color:#c0392b"><strong><span style="font-size:14pt">'
                       '<span style="font-family:Arial,Helvetica,sans-serif">%s</span></span></strong></span></p>\n\n'
                       % inline(text))
            i += 1
            continue
        if line.startswith("### "):
            out.append('<p style="text-align:justify"><strong><span style="font-size:12pt"><span style="font-family:Arial,'
                       'Helvetica,sans-serif">%s</span></span></strong></p>\n\n' % inline(line[4:]))
            i += 1
            continue
        if line.startswith("* "):
            out.append("<ul>\n")
            while i < len(body) and body[i].startswith("* "):
                out.append('\t<li style="text-align:justify"><span style="font-size:12pt"><span style="font-family:Arial,'
                           'Helvetica,sans-serif">%s</span></span></li>\n' % inline(body[i][2:]))
                i += 1
            out.append("</ul>\n\n")
            continue
        if line.startswith("|"):
            rows = []
            while i < len(body) and body[i].startswith("|"):
                rows.append([c.strip() for c in body[i].strip("|").split("|")])
                i += 1
            out.append('<table align="center" border="1" cellpadding="0" cellspacing="0" class="Table" '
                       'style="border-collapse:collapse; border:none; width:620px">\n\t<tbody>\n')
            widths = [170, 150, 150, 150]
            for r, row in enumerate(rows):
                out.append("\t\t<tr>\n")
                for c, cell in enumerate(row):
                    bg = " background-color:#d9e2f3;" if r == 0 else ""
                    txt = "<strong>%s</strong>" % esc(cell) if r == 0 or c == 0 else esc(cell)
                    align = "center" if c else "left"
                    out.append('\t\t\t<td style="border:1px solid black;%s width:%dpx">\n\t\t\t<p style="text-align:%s">'
                               '<span style="font-size:12pt"><span style="font-family:Arial,Helvetica,sans-serif">%s'
                               '</span></span></p>\n\t\t\t</td>\n' % (bg, widths[c], align, txt))
                out.append("\t\t</tr>\n")
            out.append("\t</tbody>\n</table>\n\n")
            continue
        # ordinary paragraph (one source line)
        para_no += 1
        text = inline(line)
        if para_no in (3, 9):
            text += "&nbsp;"
        out.append('<p style="text-align:justify"><span style="font-size:12pt"><span style="font-family:Arial,'
                   'Helvetica,sans-serif">%s</span></span></p>\n\n' % text)
        if para_no == 6:
            out.append("<p>&nbsp;</p>\n\n")
        i += 1
    out.append('<p style="text-align:justify"><a href="https://static.pib.gov.in/WriteReadData/specificdocs/documents/2025/'
               'jun/doc202562556101.pdf" target="_blank"><strong><span style="font-size:12pt"><span style="font-family:'
               'Arial,Helvetica,sans-serif">Click here to see PDF</span></span></strong></a></p>\n\n')
    out.append('<p style="text-align:center"><strong>*****</strong></p>\n\n')
    out.append('<p style="text-align:justify"><span style="font-size:12pt"><span style="font-family:Arial,Helvetica,'
               'sans-serif">%s</span></span></p>\n' % esc(meta["initials"]))
    return "".join(out)


def build():
    meta, body = read_source()
    files = "./" + meta["files"]
    url = meta["url"]
    title = meta["title"]
    prid = meta["prid"]
    desc = re.sub(r"\*\*", "", [l for l in body if l.startswith("Millets, now known")][0])[:157] + "..."
    viewstate = pseudo_b64("viewstate" + prid, 1548)
    evval = pseudo_b64("eventvalidation" + prid, 117)
    lang_items = "".join('\t\t\t\t\t\t\t<li><a href="https://pib.gov.in/PressReleasePage.aspx?PRID=%s&amp;lang=%d&amp;reg=3"'
                         ' lang="%s">%s</a></li>\n' % (prid, LANG_IDS[n], code, n) for n, code in LANGS)
    rel_langs = []
    for pair in meta["langs"].split():
        name, rid = pair.split("=")
        rel_langs.append("<a href=\"https://pib.gov.in/PressReleasePage.aspx?PRID=%s\" target=\"_blank\"> %s </a>"
                         % (rid, name))
    posted = meta["posted"]
    page = []
    page.append('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(url), url))
    page.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=UTF-8"><script async="" src="%s/js"></script><script type="text/javascript" '
                'async="" src="%s/analytics.js.download"></script>\n' % (files, files))
    page.append('<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, '
                'initial-scale=1"><title>\n\tPress Release:Press Information Bureau\n</title>\n')
    page.append('    <!-- Google tag (gtag.js) -->\n    \n    <script>\n        window.dataLayer = window.dataLayer || [];\n'
                '        function gtag() { dataLayer.push(arguments); }\n        gtag(\'js\', new Date());\n\n'
                '        gtag(\'config\', \'G-Q9ZQ4VJ1HX\');\n    </script>\n')
    page.append('    <meta name="description" content="%s">\n' % esc(desc).replace('"', "&quot;"))
    page.append('    <meta property="og:title" content="%s">\n' % esc(title))
    page.append('    <meta property="og:description" content="%s">\n' % esc(desc).replace('"', "&quot;"))
    page.append('    <meta property="og:url" content="%s">\n' % esc(url))
    page.append('    <meta property="og:image" content="https://static.pib.gov.in/WriteReadData/userfiles/image/image001MSPJ.jpg">\n')
    page.append('    <meta name="twitter:card" content="summary_large_image">\n')
    page.append('    <meta name="twitter:title" content="%s">\n' % esc(title))
    page.append('    <link rel="shortcut icon" href="https://pib.gov.in/favicon.ico" type="image/x-icon">\n')
    for css in ("bootstrap.min.css", "font-awesome.min.css", "style.css", "responsive.css", "Sitefont.css"):
        page.append('    <link href="%s/%s" rel="stylesheet" type="text/css">\n' % (files, css))
    page.append('    <script src="%s/jquery-3.7.1.min.js.download" type="text/javascript"></script>\n' % files)
    page.append('    <script src="%s/bootstrap.min.js.download" type="text/javascript"></script>\n' % files)
    page.append('    <style type="text/css">\n        .ReleaseLang a { color: #0b5ed7; }\n        '
                '.innner-page-main-about-us-content-right-part table td p { margin: 4px 6px; }\n    </style>\n'
                '</head>\n')
    page.append('<body>\n    <form method="post" action="https://pib.gov.in/PressReleasePage.aspx?PRID=%s" id="form1">\n'
                '<div class="aspNetHidden">\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">\n'
                '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">\n'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">\n</div>\n\n' % (prid, viewstate))
    page.append('<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'form1\'];\nif (!theForm) {\n'
                '    theForm = document.form1;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n'
                '    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n'
                '        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n'
                '        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n\n')
    page.append('<div class="aspNetHidden">\n\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
                'value="7A1B9E7C">\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s">\n'
                '</div>\n' % evval)
    page.append('        <a href="#maincontent" class="skip-main">Skip to main content</a>\n')
    page.append('        <div class="top-header">\n            <div class="container">\n                <div class="row">\n'
                '                    <div class="col-sm-6 col-xs-12">\n                        <ul class="top-left-links">\n'
                '                            <li><a href="https://pib.gov.in/screenreaderaccess.aspx">Screen Reader Access</a></li>\n'
                '                            <li><a href="javascript:void(0);" class="decrease" title="Decrease Font Size">A-</a></li>\n'
                '                            <li><a href="javascript:void(0);" class="resetMe" title="Normal Font Size">A</a></li>\n'
                '                            <li><a href="javascript:void(0);" class="increase" title="Increase Font Size">A+</a></li>\n'
                '                        </ul>\n                    </div>\n'
                '                    <div class="col-sm-6 col-xs-12 text-right">\n'
                '                        <div class="dropdown lang-menu">\n'
                '                            <a href="javascript:void(0);" class="dropdown-toggle" data-toggle="dropdown" '
                'aria-expanded="false"><i class="fa fa-language" aria-hidden="true"></i> Select Language</a>\n'
                '                            <ul class="dropdown-menu" id="ddlLanguage">\n')
    page.append(lang_items)
    page.append('                            </ul>\n                        </div>\n                    </div>\n'
                '                </div>\n            </div>\n        </div>\n')
    page.append('        <header class="header">\n            <div class="container">\n                <div class="logo">\n'
                '                    <a href="https://pib.gov.in/indexm.aspx"><img src="%s/pib-logo.png" alt="Press Information '
                'Bureau"></a>\n                    <div class="logo-text">\n                        <span class="logo-title">Press '
                'Information Bureau</span>\n                        <span class="logo-sub">Government of India</span>\n'
                '                    </div>\n                </div>\n                <div class="search-box">\n'
                '                    <input name="txtSearch" type="text" id="txtSearch" placeholder="Search" class="form-control">\n'
                '                    <a id="btnSearch" class="search-btn" href="javascript:__doPostBack(\'btnSearch\',\'\')">'
                '<i class="fa fa-search"></i></a>\n                </div>\n            </div>\n'
                '            <nav class="navbar main-menu">\n                <div class="container">\n'
                '                    <ul class="nav navbar-nav">\n' % files)
    for label, href in (("Home", "indexm.aspx"), ("Press Releases", "allRel.aspx"), ("Backgrounders", "ViewBackgrounder.aspx"),
                        ("Photos", "PhotoGallery.aspx"), ("Videos", "PIBVideos.aspx"), ("Events", "AllEvents.aspx"),
                        ("Archives", "PIBArchives.aspx"), ("About Us", "AboutUs.aspx"), ("Contact Us", "ContactUs.aspx")):
        page.append('                        <li><a href="https://pib.gov.in/%s">%s</a></li>\n' % (href, label))
    page.append('                    </ul>\n                </div>\n            </nav>\n        </header>\n')
    page.append('        <section class="content-area" id="maincontent">\n            <div class="container">\n'
                '                <div class="row">\n                    <div class="col-sm-12">\n'
                '                        <div class="innner-page-main-about-us-content-right-part">\n')
    page.append('                            <div class="BackgroundRelease"><span class="event-heading-background">'
                'Backgrounders</span></div>\n')
    page.append('                            <div class="MinistryNameSubhead text-center" id="MinistryName">%s</div>\n'
                % esc(meta["ministry"]))
    page.append('                            <div class="text-center" id="lg_g"><img src="%s/azadi-ka-amrit-mahotsav.jpg" '
                'alt="azadi ka amrit mahotsav" class="img-responsive" style="margin:auto; max-width:120px"></div>\n' % files)
    page.append('                            <h2 id="Titleh2" class="text-center">%s</h2>\n' % esc(title))
    page.append('                            <h3 id="Subtitleh3" class="text-center"><span id="ltrSubtitle">%s</span></h3>\n'
                % esc(meta["subtitle"]))
    page.append('                            <div class="ReleaseDateSubHeaddateTime text-center pt20" id="PrDateTime">\n'
                '                                Posted On: %s by PIB Delhi\n                            </div>\n' % posted)
    page.append('                            <div class="pt20" id="PdfDiv">')
    page.append(content_html(meta, body))
    page.append('</div>\n')
    page.append('                            <div class="ReleasedBy pt10" id="RelBy">Post Released by: PIB Delhi</div>\n')
    page.append('                            <div class="ReleaseId">\n                                <span id="ReleaseId">'
                '(Release ID: %s)</span>&nbsp;<span id="lblViews">Visitor Counter : %s</span>\n'
                '                            </div>\n' % (prid, meta["visitors"]))
    page.append('                            <div class="ReleaseLang">\n                                Read this release in: '
                + " , ".join(rel_langs) + "\n                            </div>\n")
    page.append('                        </div>\n                    </div>\n                </div>\n            </div>\n'
                '        </section>\n')
    page.append('        <footer class="footer">\n            <div class="container">\n                <ul class="footer-links">\n')
    for label in ("Website Policies", "Help", "Contact Us", "Hyperlink Policy", "Feedback", "Sitemap"):
        page.append('                    <li><a href="https://pib.gov.in/%s.aspx">%s</a></li>\n'
                    % (label.replace(" ", ""), label))
    page.append('                </ul>\n                <p>Content Owned by Press Information Bureau, Government of India. '
                'Website designed and hosted by National Informatics Centre.</p>\n'
                '                <p>Last Updated: 02 JUN 2025</p>\n            </div>\n        </footer>\n')
    page.append('    </form>\n    <script src="%s/jquery.cookie.js.download" type="text/javascript"></script>\n'
                '    <script src="%s/fontsize.js.download" type="text/javascript"></script>\n'
                '    <script type="text/javascript">\n        $(document).ready(function () {\n'
                '            $(".increase").click(function () { changeFont(1); });\n'
                '            $(".decrease").click(function () { changeFont(-1); });\n'
                '            $(".resetMe").click(function () { resetFont(); });\n        });\n    </script>\n\n\n'
                '</body></html>' % (files, files))
    return "".join(page).encode("utf-8")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build())


if __name__ == "__main__":
    main()
