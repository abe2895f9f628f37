#!/usr/bin/python3
"""Re-make docs/pib-spectrum-allocation-backgrounder.html from tools/pib-spectrum-allocation-backgrounder.txt.

The output is a pib.gov.in release page (PressReleasePage.aspx) as Chrome saves it with
"Webpage, Complete": the saved-from comment, asset links into a "_files" folder that the set does
not hold, the ASP.NET form with its hidden __VIEWSTATE fields, PIB's header, menus and
region/language pickers, the release in the "innner-page-main-about-us-content-right-part" div
(ministry name, "Posted On" date line, centred bold title, the CKEditor/Word markup of the release
with nested font spans, &nbsp; spacer paragraphs, a one-cell "Key Takeaways" box table, an
MsoTableGrid table of figures, '***' end mark and the initials), the Release ID and visitor
counter, "Read this release in", the share bar, the sidebar of the ministry's other releases and
the footer. Standard library only; the output is the same byte for byte on every run.

Source markup, one item a line: @ministry @posted @prid @visitors @hindi @title @sub; @box TITLE
... @endbox (its "* " lines are the box's list); "## " bold heading; "* " bullet (consecutive
bullets make one list; a leading "date: " in a Recent developments bullet is bold); @img name w h;
@table CAPTION, "| " rows, @endtable; @note small italic source line; @ref text | url; @pdf url;
@end initials; @side prid | title (sidebar); any other line is a paragraph.
Usage: /usr/bin/python3 tools/make_pib.py [output.html]
"""
import base64
import hashlib
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "pib-spectrum-allocation-backgrounder"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")
FILES = "./PressReleasePage_files/"
FONT = '<span style="font-size:12pt"><span style="font-family:Arial,sans-serif">%s</span></span>'
FONT11 = '<span style="font-size:11pt"><span style="font-family:Arial,sans-serif">%s</span></span>'


def esc(s):
    return html.escape(s, quote=False).replace("'", "\u2019")


def blob(seed, n):
    out, h = b"", seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out[:n]).decode()


HEAD = """<!DOCTYPE html>
<!-- saved from url=(0056)https://pib.gov.in/PressReleasePage.aspx?PRID={prid} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>
	Press Release:Press Information Bureau
</title>
    <meta name="description" content="{title}">
    <meta property="og:title" content="{title}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="https://pib.gov.in/PressReleasePage.aspx?PRID={prid}">
    <meta property="og:image" content="https://static.pib.gov.in/WriteReadData/userfiles/image/{img}">
    <meta property="og:description" content="{title}">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:site" content="@PIB_India">
    <link rel="shortcut icon" href="{files}favicon.ico" type="image/x-icon">
    <link href="{files}bootstrap.min.css" rel="stylesheet">
    <link href="{files}font-awesome.min.css" rel="stylesheet">
    <link href="{files}style.css" rel="stylesheet">
    <link href="{files}responsive.css" rel="stylesheet">
    <link href="{files}jquery-ui.css" rel="stylesheet">
    <script src="{files}jquery-3.6.0.min.js.download"></script>
    <script src="{files}bootstrap.min.js.download"></script>
    <script async="" src="{files}js"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() {{ dataLayer.push(arguments); }}
        gtag('js', new Date());
        gtag('config', 'G-8KVB3NTFJ8');
    </script>
    <style type="text/css">
        .innner-page-main-about-us-content-right-part p {{ font-size: 16px; line-height: 1.6; }}
        .ReleaseId {{ font-size: 14px; color: #333; padding-top: 10px; }}
        .listRelease li {{ border-bottom: 1px dotted #ccc; padding: 6px 0; }}
    </style>
</head>
<body>
    <form method="post" action="./PressReleasePage.aspx?PRID={prid}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}">
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1D11AD3A">
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}">
</div>
        <div class="top-header">
            <div class="container">
                <ul class="top-left-link">
                    <li><a href="https://pib.gov.in/PressReleasePage.aspx?PRID={prid}#maincontent">Skip to main content</a></li>
                    <li><a href="https://pib.gov.in/ScreenReaderAccess.aspx">Screen Reader Access</a></li>
                </ul>
                <ul class="top-right-link">
                    <li><a href="javascript:void(0);" id="btn-decrease">A-</a></li>
                    <li><a href="javascript:void(0);" id="btn-orig">A</a></li>
                    <li><a href="javascript:void(0);" id="btn-increase">A+</a></li>
                    <li><a href="javascript:void(0);" class="contrast-dark" title="High Contrast"><img src="{files}contrast.png" alt="High Contrast"></a></li>
                </ul>
            </div>
        </div>
        <header class="header-area">
            <div class="container">
                <div class="logo-area">
                    <a href="https://pib.gov.in/index.aspx"><img src="{files}pib-logo.png" alt="PIB Logo"></a>
                    <div class="logo-text"><span class="logo-text-hindi">पत्र सूचना कार्यालय</span><span class="logo-text-english">Press Information Bureau</span><span class="logo-text-goi">Government of India</span></div>
                </div>
                <div class="search-area">
                    <input name="ctl00$txtSearch" type="text" id="txtSearch" class="form-control" placeholder="Search">
                    <a id="btnSearch" href="javascript:__doPostBack(&#39;ctl00$btnSearch&#39;,&#39;&#39;)"><i class="fa fa-search"></i></a>
                </div>
            </div>
        </header>
        <nav class="navbar navbar-default main-menu">
            <div class="container">
                <ul class="nav navbar-nav">
                    <li><a href="https://pib.gov.in/index.aspx">Home</a></li>
                    <li class="dropdown"><a href="https://pib.gov.in/allRel.aspx" class="dropdown-toggle">Releases</a>
                        <ul class="dropdown-menu"><li><a href="https://pib.gov.in/allRel.aspx">All Releases</a></li><li><a href="https://pib.gov.in/AdvSearch.aspx">Search Releases</a></li></ul></li>
                    <li><a href="https://pib.gov.in/ViewBackgrounder.aspx">Backgrounders</a></li>
                    <li><a href="https://pib.gov.in/FactsheetDetails.aspx">Factsheets</a></li>
                    <li><a href="https://pib.gov.in/PhotoGallery.aspx">Photos</a></li>
                    <li><a href="https://pib.gov.in/Eventsdetail.aspx">Events</a></li>
                    <li><a href="https://accreditation.pib.gov.in/">Media Accreditation</a></li>
                    <li><a href="https://pib.gov.in/feedback.aspx">Feedback</a></li>
                </ul>
                <div class="region-lang">
                    <select name="ctl00$ddlRegion" id="ddlRegion" class="form-control"><option selected="selected" value="3">PIB Delhi</option><option value="1">PIB Mumbai</option><option value="5">PIB Chennai</option><option value="6">PIB Kolkata</option><option value="17">PIB Hyderabad</option></select>
                    <select name="ctl00$ddlLang" id="ddlLang" class="form-control"><option selected="selected" value="1">English</option><option value="2">हिंदी</option><option value="3">اردو</option><option value="14">मराठी</option><option value="11">ગુજરાતી</option><option value="12">தமிழ்</option></select>
                </div>
            </div>
        </nav>
        <a name="maincontent" id="maincontent"></a>
        <section class="inner-page-content">
            <div class="container">
                <div class="row">
                    <div class="col-lg-9 col-md-9 col-sm-12">
                        <div class="content-area">
                            <div class="innner-page-main-about-us-content-right-part">
"""

FOOT = """                            </div>
                        </div>
                    </div>
                    <div class="col-lg-3 col-md-3 col-sm-12">
                        <div class="share-box">
                            <span>Share this release:</span>
                            <a href="https://www.facebook.com/sharer/sharer.php?u=https://pib.gov.in/PressReleasePage.aspx?PRID={prid}" target="_blank"><img src="{files}facebook.png" alt="Facebook"></a>
                            <a href="https://twitter.com/intent/tweet?url=https://pib.gov.in/PressReleasePage.aspx?PRID={prid}" target="_blank"><img src="{files}x.png" alt="X"></a>
                            <a href="https://api.whatsapp.com/send?text=https://pib.gov.in/PressReleasePage.aspx?PRID={prid}" target="_blank"><img src="{files}whatsapp.png" alt="WhatsApp"></a>
                            <a href="mailto:?subject=PIB&amp;body=https://pib.gov.in/PressReleasePage.aspx?PRID={prid}"><img src="{files}email.png" alt="Email"></a>
                            <a href="https://www.linkedin.com/shareArticle?url=https://pib.gov.in/PressReleasePage.aspx?PRID={prid}" target="_blank"><img src="{files}linkedin.png" alt="LinkedIn"></a>
                            <a href="javascript:window.print();"><img src="{files}print.png" alt="Print"></a>
                        </div>
                        <div class="RightMinistryBox">
                            <h3 class="font-weight-bold">{ministry}</h3>
                            <ul class="listRelease">
{side}                            </ul>
                            <a class="btn-more" href="https://pib.gov.in/allRel.aspx?reg=3&amp;lang=1">More releases...</a>
                        </div>
                    </div>
                </div>
            </div>
        </section>
        <footer class="footer-area">
            <div class="container">
                <ul class="footer-link">
                    <li><a href="https://pib.gov.in/WebsitePolicies.aspx">Website Policies</a></li>
                    <li><a href="https://pib.gov.in/Help.aspx">Help</a></li>
                    <li><a href="https://pib.gov.in/ContactUs.aspx">Contact Us</a></li>
                    <li><a href="https://pib.gov.in/feedback.aspx">Feedback</a></li>
                    <li><a href="https://pib.gov.in/sitemap.aspx">Site Map</a></li>
                </ul>
                <p class="footer-copy">Content Owned, Updated and Maintained by Press Information Bureau, Government of India. Website designed and developed by National Informatics Centre.</p>
                <p class="footer-copy">Visitor Counter : <span id="lblVisitorCounter">47,06,18,352</span> &nbsp;|&nbsp; Last Updated On : 21 JUL 2025</p>
            </div>
        </footer>
    </form>
    <script src="{files}custom.js.download"></script>
</body></html>
"""


def para(text, style="margin-bottom:11px; text-align:justify", font=FONT):
    return '<p style="%s">%s</p>\n' % (style, font % esc(text))


def heading(text):
    return ('<p style="text-align:justify">&nbsp;</p>\n<p style="text-align:justify"><strong>'
            + FONT % ('<span style="color:#1f4e79">%s</span>' % esc(text)) + '</strong></p>\n')


def bullet(text, dated):
    if dated and ": " in text:
        head, rest = text.split(": ", 1)
        inner = "<strong>%s:</strong> %s" % (esc(head), esc(rest))
    else:
        inner = esc(text)
    return '\t<li style="text-align:justify">%s</li>\n' % (FONT % inner)


def table(caption, rows):
    widths = [62, 170, 250, 110]
    out = ['<p style="text-align:center"><strong>' + FONT % esc(caption) + '</strong></p>\n',
           '<table align="center" class="MsoTableGrid" style="border-collapse:collapse; border:none; '
           'width:602px" cellspacing="0" cellpadding="0" border="1">\n\t<tbody>\n']
    for r, cells in enumerate(rows):
        out.append("\t\t<tr>\n")
        for c, cell in enumerate(cells):
            bg = " background:#d9e2f3;" if r == 0 else ""
            align = "center" if c in (0, 3) else "left"
            text = esc(cell)
            if r == 0:
                text = "<strong>%s</strong>" % text
            out.append('\t\t\t<td style="border:solid windowtext 1.0pt;%s width:%dpx; padding:0in 5.4pt '
                       '0in 5.4pt" valign="top">\n\t\t\t<p style="text-align:%s">%s</p>\n\t\t\t</td>\n'
                       % (bg, widths[c], align, FONT11 % text))
        out.append("\t\t</tr>\n")
    out.append("\t</tbody>\n</table>\n")
    return "".join(out)


def build():
    meta, body, side = {}, [], []
    lines = open(SRC, encoding="utf-8").read().split("\n")
    i, ul, section, rows, caption = 0, None, "", None, ""

    def close_ul():
        nonlocal ul
        if ul is not None:
            body.append("<ul>\n" + "".join(ul) + "</ul>\n")
            ul = None

    for line in lines:
        if not line.strip():
            continue
        key = line.split(" ", 1)[0]
        val = line[len(key) + 1:]
        if rows is not None and line.startswith("| "):
            rows.append([c.strip() for c in line[2:].split(" | ")])
            continue
        if key in ("@ministry", "@posted", "@prid", "@visitors", "@hindi", "@title", "@sub"):
            meta[key[1:]] = val
            continue
        if line.startswith("* "):
            if ul is None:
                ul = []
            ul.append(bullet(line[2:], section.startswith("Recent")))
            continue
        close_ul()
        if key == "@box":
            body.append('<table align="center" border="0" cellpadding="0" cellspacing="0" '
                        'style="background:#e7f0fa; border:1.5px solid #1f4e79; width:95%">\n'
                        '\t<tbody>\n\t\t<tr>\n\t\t\t<td style="padding:8px 12px">\n'
                        '\t\t\t<p><strong>' + FONT % ('<span style="color:#1f4e79">%s</span>' % esc(val))
                        + '</strong></p>\n')
        elif key == "@endbox":
            body.append("\t\t\t</td>\n\t\t</tr>\n\t</tbody>\n</table>\n")
        elif key == "@img":
            name, w, h = val.split()
            body.append('<p style="text-align:center"><img alt="" src="%s%s" style="height:%spx; '
                        'width:%spx"></p>\n' % (FILES, name, h, w))
        elif key == "##":
            section = val
            body.append(heading(val))
        elif key == "@table":
            rows, caption = [], val
        elif key == "@endtable":
            body.append(table(caption, rows))
            rows = None
        elif key == "@note":
            body.append('<p style="text-align:justify"><em><span style="font-size:10pt"><span '
                        'style="font-family:Arial,sans-serif">%s</span></span></em></p>\n' % esc(val))
        elif key == "@ref":
            text, url = val.rsplit(" | ", 1)
            body.append('<p style="text-align:justify">%s</p>\n' % (
                FONT11 % ('%s: <a href="%s" target="_blank">%s</a>' % (esc(text), url, url))))
        elif key == "@pdf":
            body.append('<p style="text-align:justify"><a href="%s" target="_blank"><strong>Click here '
                        'to see in PDF</strong></a></p>\n' % val)
        elif key == "@end":
            body.append('<p style="text-align:center">&nbsp;</p>\n<p style="text-align:center"><strong>'
                        '***</strong></p>\n<p style="text-align:justify">%s</p>\n' % esc(val))
        elif key == "@side":
            prid, title = val.split(" | ", 1)
            side.append('                                <li><a href="https://pib.gov.in/PressReleasePage'
                        '.aspx?PRID=%s">%s</a></li>\n' % (prid, esc(title)))
        else:
            body.append(para(line))
    close_ul()
    fill = {"prid": meta["prid"], "title": html.escape(meta["title"]), "files": FILES,
            "img": "image001T8QK.jpg", "ministry": esc(meta["ministry"]), "side": "".join(side),
            "viewstate": "/wEPDwULLTE2NjQ3OTU1NjAPZBYCZg9kFgICAw9kFgYC" + blob("vs" + meta["prid"], 1401),
            "validation": "/wEdAAZ" + blob("ev" + meta["prid"], 294)}
    out = [HEAD.format(**fill)]
    out.append('                                <div class="MinistryNameSubhead text-center">%s</div>\n'
               % esc(meta["ministry"]))
    out.append('                                <div class="ReleaseDateSubHeaddateTime text-center pt20">'
               '%s</div>\n' % esc(meta["posted"]))
    out.append('                                <div class="pt20" id="PdfDiv">\n'
               '<h2 style="text-align:center"><strong>%s</strong></h2>\n' % esc(meta["title"]))
    out.append('<p style="text-align:center"><em>%s</em></p>\n' % (FONT % esc(meta["sub"])))
    out.append('<p style="text-align:center">&nbsp;</p>\n')
    out.extend(body)
    out.append("                                </div>\n")
    out.append('                                <div class="ReleaseId">(Release ID: %s)&nbsp;&nbsp;'
               '&nbsp;Visitor Counter : %s</div>\n' % (meta["prid"], meta["visitors"]))
    out.append('                                <div class="ReleaseLang">Read this release in: '
               '<a href="https://pib.gov.in/PressReleasePage.aspx?PRID=%s">Hindi</a></div>\n'
               % meta["hindi"])
    out.append(FOOT.format(**fill))
    return "".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
