#!/usr/bin/python3
"""Make docs/rbi-microfinance-press-release.html from tools/rbi-microfinance-press-release.txt.

The page imitates a press release on the Reserve Bank of India's classic website
(Scripts/BS_PressReleaseDisplay.aspx) as Chrome saves it with "Save page as... Webpage,
Complete": the "saved from url" comment, a charset meta inserted by the browser, stylesheet,
script and image links rewritten into a "..._files" folder (which the set does not hold), the
ASP.NET form with its hidden __VIEWSTATE / __VIEWSTATEGENERATOR / __EVENTVALIDATION fields, the
banner with the "new website" link, the Hindi/English header, the top menu, the left menu, the
breadcrumb, a table-based content area (date row, title row, PDF link row, body cell) with the
release text in <p> elements, the signature and press release number, the annexes, the share
and print bar, and the footer.

Source: "key: value" header lines up to "====="; then lines "P: " paragraph, "H: " bold
sub-head, "I: " indented numbered point, "SIG: name|designation", "A: " annex heading,
"T: a | b" annex table rows (first row is the header), "Q: " bold question.

Run from anywhere: /usr/bin/python3 tools/make_html.py [OUTPUT]
(OUTPUT defaults to docs/rbi-microfinance-press-release.html; output is byte-for-byte stable.)
"""
import base64
import hashlib
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rbi-microfinance-press-release.txt")
OUT = os.path.join(HERE, "..", "docs", "rbi-microfinance-press-release.html")
FILES = "./Reserve Bank of India - Press Releases_files"


def blob(seed, n):
    """Deterministic stand-in for ASP.NET's base64 state fields."""
    raw = b""
    i = 0
    while len(raw) < n:
        raw += hashlib.sha256(("%s-%d" % (seed, i)).encode()).digest()
        i += 1
    return base64.b64encode(raw[:n]).decode()


def esc(s):
    return escape(s, {'"': "&quot;"})


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        head, body = f.read().split("\n=====\n", 1)
    meta = dict(line.split(": ", 1) for line in head.split("\n"))
    url = "https://www.rbi.org.in/Scripts/BS_PressReleaseDisplay.aspx?prid=%s" % meta["prid"]

    content = []
    table = None
    for line in body.rstrip("\n").split("\n"):
        kind, text = line.split(": ", 1)
        if kind != "T" and table is not None:
            content.append(table + "</table>")
            table = None
        if kind == "P":
            content.append("<p>%s</p>" % esc(text))
        elif kind == "H":
            content.append("<p><b>%s</b></p>" % esc(text))
        elif kind == "I":
            content.append('<p style="margin-left:36px">%s</p>' % esc(text))
        elif kind == "Q":
            content.append("<p><b>%s</b></p>" % esc(text))
        elif kind == "SIG":
            name, desig = text.split("|")
            content.append('<p class="head" align="right">%s<br />\r\n%s</p>' % (esc(name), esc(desig)))
            content.append("<p>Press Release: %s</p>" % esc(meta["number"]))
        elif kind == "A":
            content.append('<p align="center"><b>%s</b></p>' % esc(text))
        elif kind == "T":
            cells = [c.strip() for c in text.split(" | ")]
            if table is None:
                table = ('<table class="tablebg" width="100%%" border="1" cellspacing="0" '
                         'cellpadding="4">\r\n<tr>%s</tr>\r\n'
                         % "".join('<td class="head" align="center"><b>%s</b></td>' % esc(c)
                                   for c in cells))
            else:
                table += ('<tr><td valign="top" width="22%%" nowrap="nowrap">%s</td>'
                          '<td valign="top">%s</td></tr>\r\n' % (esc(cells[0]), esc(cells[1])))
    if table is not None:
        content.append(table + "</table>")

    left_menu = ["What's New", "Notifications", "Press Releases", "Speeches & Media Interactions",
                 "Publications", "Statistics", "Regulatory Reporting", "Financial Education",
                 "RBI Bulletin", "Monetary Policy", "Database on Indian Economy",
                 "Tenders", "Right to Information", "Currency Management",
                 "Payment and Settlement Systems", "Consumer Education and Protection"]
    top_menu = ["Home", "About Us", "Notifications", "Press Releases", "Speeches",
                "Publications", "FAQs", "Statistics", "Sitemap"]

    h = []
    w = h.append
    w("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
      'content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
      '<title>\r\n\tReserve Bank of India - Press Releases\r\n</title>')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<meta name="description" content="Reserve Bank of India - Press Releases">')
    w('<link href="%s/bootstrap.min.css" rel="stylesheet" type="text/css">' % FILES)
    w('<link href="%s/Style.css" rel="stylesheet" type="text/css">' % FILES)
    w('<link href="%s/font-awesome.min.css" rel="stylesheet" type="text/css">' % FILES)
    w('<script type="text/javascript" async="" src="%s/js"></script>'
      '<script src="%s/jquery-3.6.0.min.js"></script>' % (FILES, FILES))
    w('<script src="%s/bootstrap.bundle.min.js"></script>' % FILES)
    w("<script type=\"text/javascript\">\r\n  window.dataLayer = window.dataLayer || [];\r\n"
      "  function gtag(){dataLayer.push(arguments);}\r\n  gtag('js', new Date());\r\n"
      "  gtag('config', 'G-4FDLTX1T9Q');\r\n</script>")
    w('<style type="text/css">.tablebg td{font-family:Verdana,Arial;font-size:12px;} '
      '.tableheader{background:#e8eff7;color:#10385a;} .head{font-weight:bold;}</style>')
    w("</head>")
    w('<body class="innerbody">')
    w('<form name="aspnetForm" method="post" action="./BS_PressReleaseDisplay.aspx?prid=%s" '
      'id="aspnetForm">' % meta["prid"])
    w("<div>")
    w('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">')
    w('<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">')
    w('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK%s">'
      % blob("vs" + meta["prid"], 1650))
    w("</div>")
    w("<script type=\"text/javascript\">\r\n//<![CDATA[\r\nvar theForm = document.forms['aspnetForm'];"
      "\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack("
      "eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {"
      "\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT."
      "value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>")
    w("<div>")
    w('<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="5F2B1C3E">')
    w('<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAY%s">'
      % blob("ev" + meta["prid"], 180))
    w("</div>")
    w('<div class="newsite-strip"><a href="https://website.rbi.org.in/" target="_blank">'
      "Click here to Visit the RBI’s new website</a></div>")
    w('<a class="skip-main" href="#maincontent">Skip to main content</a>')
    w('<div class="header"><div class="container"><div class="row">')
    w('<div class="col-md-7 logo"><a href="https://www.rbi.org.in/home.aspx">'
      '<img src="%s/rbi-logo.png" alt="Reserve Bank of India"></a>'
      '<span class="hindi-name">भारतीय रिज़र्व बैंक</span>'
      '<span class="eng-name">RESERVE BANK OF INDIA</span></div>' % FILES)
    w('<div class="col-md-5 top-links"><ul class="accessibility"><li><a href="javascript:void(0);" '
      'title="Decrease font size">A-</a></li><li><a href="javascript:void(0);" title="Normal font '
      'size">A</a></li><li><a href="javascript:void(0);" title="Increase font size">A+</a></li>'
      '<li><a href="https://www.rbi.org.in/hindi/Scripts/BS_PressReleaseDisplay.aspx?prid=%s">'
      "हिंदी</a></li></ul>" % meta["prid"])
    w('<div class="search"><input name="ctl00$txtSearch" type="text" id="txtSearch" '
      'placeholder="Search" class="form-control"><input type="submit" name="ctl00$btnSearch" '
      'value="Go" id="btnSearch" class="btn"></div></div>')
    w("</div></div></div>")
    w('<div class="topmenu"><div class="container"><ul class="nav">%s</ul></div></div>'
      % "".join('<li><a href="https://www.rbi.org.in/Scripts/%s.aspx">%s</a></li>'
                % (m.replace(" ", ""), esc(m)) for m in top_menu))
    w('<div class="container"><div class="row">')
    w('<div class="col-md-3 leftmenu"><div class="accordionButton">Press Releases</div>'
      '<ul class="list-unstyled">%s</ul>' % "".join(
          '<li><a href="https://www.rbi.org.in/Scripts/%s.aspx">%s</a></li>'
          % (m.replace(" ", "").replace("'", "").replace("&", "and"), esc(m)) for m in left_menu))
    w('<div class="important-sites"><div class="accordionButton">Important Websites</div><ul>'
      '<li><a href="https://cms.rbi.org.in/">Complaint Management System</a></li>'
      '<li><a href="https://rbikehtahai.rbi.org.in/">RBI Kehta Hai</a></li>'
      '<li><a href="https://sachet.rbi.org.in/">Sachet</a></li>'
      '<li><a href="https://www.rbi.org.in/financialeducation/">Financial Education</a></li>'
      "</ul></div></div>")
    w('<div class="col-md-9 maincontent" id="maincontent">')
    w('<ol class="breadcrumb"><li><a href="https://www.rbi.org.in/home.aspx">Home</a></li>'
      '<li><a href="https://www.rbi.org.in/Scripts/BS_PressReleaseDisplay.aspx">Press Releases'
      "</a></li><li class=\"active\">Press Release</li></ol>")
    w('<div class="page-title"><h2 class="page_title">Press Releases</h2></div>')
    w('<div class="share-bar"><a href="javascript:window.print();" title="Print">'
      '<img src="%s/print.gif" alt="Print"></a> <a href="https://www.facebook.com/sharer/'
      'sharer.php?u=%s" target="_blank" title="Share on Facebook"><i class="fa fa-facebook"></i>'
      '</a> <a href="https://twitter.com/intent/tweet?url=%s" target="_blank" title="Share on X">'
      '<i class="fa fa-twitter"></i></a> <a href="https://www.linkedin.com/shareArticle?url=%s" '
      'target="_blank" title="Share on LinkedIn"><i class="fa fa-linkedin"></i></a></div>'
      % (FILES, url, url, url))
    w('<table class="tablebg" width="100%" border="0" cellspacing="0" cellpadding="0">')
    w('<tbody><tr><td class="tableheader"><b>Date : </b>%s</td></tr>' % esc(meta["date"]))
    w('<tr><td align="center" class="tableheader"><b>%s</b></td></tr>' % esc(meta["title"]))
    w('<tr><td align="right"><a href="https://rbidocs.rbi.org.in/rdocs/PressRelease/PDFs/'
      'PR470MICROFINANCE06062025.PDF" target="_blank"><img src="%s/pdf.gif" alt="PDF" '
      'border="0"></a> (%s kb)</td></tr>' % (FILES, meta["pdfsize"]))
    w('<tr><td class="tablecontent2">')
    w("\r\n".join(content))
    w("</td></tr></tbody></table>")
    w('<div class="backtotop"><a href="#maincontent">Top</a></div>')
    w("</div></div></div>")
    w('<div class="footer"><div class="container">')
    w('<ul class="footer-links"><li><a href="https://www.rbi.org.in/Scripts/Disclaimer.aspx">'
      "Disclaimer</a></li><li><a href=\"https://www.rbi.org.in/Scripts/TermsofUse.aspx\">Terms of "
      "Use</a></li><li><a href=\"https://www.rbi.org.in/Scripts/PrivacyPolicy.aspx\">Privacy Policy"
      "</a></li><li><a href=\"https://www.rbi.org.in/Scripts/Sitemap.aspx\">Sitemap</a></li>"
      "<li><a href=\"https://www.rbi.org.in/Scripts/Archives.aspx\">Archives</a></li>"
      "<li><a href=\"https://www.rbi.org.in/Scripts/ContactUs.aspx\">Contact Us</a></li></ul>")
    w('<p class="lastupdated">Page Last Updated on: %s</p>' % esc(meta["updated"]))
    w("<p class=\"copyright\">© Reserve Bank of India. All Rights Reserved.</p>")
    w('<p class="bestview">Best viewed in Chrome, Firefox, Edge and Safari at a resolution of '
      "1366x768 or above</p>")
    w("</div></div>")
    w('<script src="%s/common.js" type="text/javascript"></script>' % FILES)
    w("</form>")
    w("</body></html>")
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(h) + "\r\n")


if __name__ == "__main__":
    main()
