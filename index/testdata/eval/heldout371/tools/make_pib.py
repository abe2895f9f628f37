#!/usr/bin/python3
"""Re-make docs/pib-iwai-record-cargo-fy2024-25.html byte for byte.

A PIB release page (pib.gov.in/PressReleasePage.aspx, the ASP.NET Web Forms site of 2025) as
Chrome saves it with "Webpage, Complete": the "saved from url" comment, the DOM as it stood
after the page's scripts ran (a charset meta first in head, the two <title>s the site sends,
tables wrapped in div.table-responsive, the main menu shown), stylesheet, script and image
links rewritten into the "Press Release_ Press Information Bureau_files" folder, other links
made absolute. The page carries its chrome: the accessibility bar with the Region and
Language selects, the emblem header, the main menu, the print icons, the ministry line, the
title and sub-title, the "Posted On:" stamp, the release (a dateline, paragraphs in CKEditor's
Bookman Old Style spans, a bulleted list, a bordered table, "***" and the "MJPS/..."
signature), "(Release ID: ...)" and the visitor counter, "Read this release in:", the social
share bar, the hidden PdfDiv copy of the release used for the PDF button, a hidden input
holding the release HTML escaped, the logo carousel and the footer.

Source text: tools/pib-iwai-record-cargo-fy2024-25.txt (%-lines for the furniture, paragraphs,
"- " bullets, "| " table rows).
Usage: make_pib.py [OUT.html]   (default: docs/pib-iwai-record-cargo-fy2024-25.html)
"""
import base64
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "pib-iwai-record-cargo-fy2024-25.txt")
OUT = os.path.join(ROOT, "docs", "pib-iwai-record-cargo-fy2024-25.html")
FILES = "./Press Release_ Press Information Bureau_files/"
SITE = "https://pib.gov.in/"
SPAN_OPEN = '<span style="font-size:12pt"><span style="font-family:&quot;Bookman Old Style&quot;,serif">'
SPAN_CLOSE = "</span></span>"


def esc(s):
    return html.escape(s, quote=False).replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def read_source():
    meta = {"subtitle": [], "lang": []}
    blocks, para = [], []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        m = re.match(r"%(\w+) (.*)$", line)
        if m:
            k, v = m.group(1), m.group(2).strip()
            if k in ("subtitle", "lang"):
                meta[k].append(v)
            else:
                meta[k] = v
            continue
        if not line.strip():
            if para:
                blocks.append(("p", " ".join(para)))
                para = []
            continue
        if line.startswith("- "):
            if blocks and blocks[-1][0] == "ul" and not para:
                blocks[-1][1].append(line[2:].strip())
            else:
                blocks.append(("ul", [line[2:].strip()]))
            continue
        if line.startswith("| "):
            cells = [c.strip() for c in line[2:].split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
            continue
        para.append(line.strip())
    if para:
        blocks.append(("p", " ".join(para)))
    return meta, blocks


def release_html(meta, blocks, indent=""):
    """The release body as CKEditor stores it (the same string goes into the page, PdfDiv and input)."""
    out = ['<p style="text-align:justify">%s<strong>%s</strong>%s</p>' % (SPAN_OPEN, esc(meta["dateline"]), SPAN_CLOSE)]
    for kind, val in blocks:
        if kind == "p":
            out.append('<p style="text-align:justify">%s%s%s</p>' % (SPAN_OPEN, esc(val), SPAN_CLOSE))
        elif kind == "ul":
            items = "".join('\n\t<li style="text-align:justify">%s%s%s</li>' % (SPAN_OPEN, esc(i), SPAN_CLOSE) for i in val)
            out.append("<ul>%s\n</ul>" % items)
        elif kind == "table":
            rows = []
            for r, cells in enumerate(val):
                tds = []
                for c, cell in enumerate(cells):
                    width = ("64", "180", "220")[c]
                    txt = "<strong>%s</strong>" % esc(cell) if r == 0 else esc(cell)
                    tds.append('\n\t\t\t<td style="border-bottom:1px solid black; border-left:1px solid black; '
                               'border-right:1px solid black; border-top:1px solid black; width:%spx">\n\t\t\t'
                               '<p style="text-align:center">%s%s%s</p>\n\t\t\t</td>' % (width, SPAN_OPEN, txt, SPAN_CLOSE))
                rows.append("\n\t\t<tr>%s\n\t\t</tr>" % "".join(tds))
            out.append('<table align="center" border="1" cellpadding="0" cellspacing="0" class="Table" '
                       'style="border-collapse:collapse; border:none; width:464px">\n\t<tbody>%s\n\t</tbody>\n</table>'
                       % "".join(rows))
    out.append('<p style="text-align:center">%s***%s</p>' % (SPAN_OPEN, SPAN_CLOSE))
    out.append('<p style="text-align:justify">%s<strong>%s</strong>%s</p>' % (SPAN_OPEN, esc(meta["signature"]), SPAN_CLOSE))
    return "\n\n".join(out) + "\n"


def wrap_tables(s):
    """What the page's jQuery does on ready: every table wrapped in div.table-responsive."""
    return re.sub(r"(<table\b.*?</table>)", r'<div class="table-responsive">\1</div>', s, flags=re.S)


def viewstate(seed, n):
    raw = b""
    h = hashlib.sha256(seed.encode()).digest()
    while len(raw) < n:
        h = hashlib.sha256(h).digest()
        raw += h
    return base64.b64encode(raw[:n]).decode()


REGIONS = [("3", "PIB Delhi"), ("1", "PIB Mumbai"), ("5", "PIB Hyderabad"), ("6", "PIB Chennai"),
           ("17", "PIB Chandigarh"), ("19", "PIB Kolkata"), ("20", "PIB Bengaluru"), ("21", "PIB Bhubaneshwar"),
           ("22", "PIB Ahmedabad"), ("23", "PIB Guwahati"), ("24", "PIB Thiruvananthpuram"), ("30", "PIB Imphal"),
           ("31", "PIB Mizoram"), ("32", "PIB Agartala"), ("33", "PIB Gangtok"), ("34", "PIB Kohima"),
           ("35", "PIB Shillong"), ("36", "PIB Itanagar"), ("37", "PIB Lucknow"), ("38", "PIB Bhopal"),
           ("39", "PIB Jaipur"), ("40", "PIB Patna"), ("41", "PIB Ranchi"), ("42", "PIB Shimla"),
           ("43", "PIB Raipur"), ("44", "PIB Jammu and Kashmir"), ("45", "PIB Vijayawada"), ("46", "PIB Dehradun")]

MENU = [
    ("About Us", [("About PIB", "aboutpibn.aspx"), ("Main Functions", "mainfunctions.aspx"),
                  ("Organizational Setup", "organisationalsetup.aspx"),
                  ("Photo Gallery of PrDGs/PIOs", "headsofpib.aspx")]),
    ("Press Releases", [("All Releases", "allRel.aspx"), ("PMO Releases", "PMContents/PMContents.aspx?menuid=1"),
                        ("All Releases 2004 to 2017", "https://archive.pib.gov.in/archive2/erelease.aspx")]),
    ("Gallery", [("Photos", "PhotogalleryNew.aspx"), ("Videos", "VideoGallery.aspx?MenuId=714"),
                 ("E-Booklets", "ViewAllEbooklet.aspx?MenuId=715"), ("InfoGraphics", "AllInfographics.aspx?MenuId=716"),
                 ("Webcast Videos", "WebcastMore.aspx")]),
    ("Research Unit", [("Explainer", "ViewBackgrounder.aspx?MenuId=15"), ("Factsheets", "AllFactsheet.aspx?MenuId=15"),
                       ("FAQ", "Viewfaq.aspx?MenuId=709"), ("Features", "ViewFeatures.aspx?MenuId=5")]),
    ("Media Facilitation", [("Accreditations", "ViewAccriditionList.aspx?AccredationID=2725"),
                            ("Facilities", "AllMediafacilitation.aspx?MenuId=16"),
                            ("Media Invitations", "AllMediaInvitation.aspx"),
                            ("Media List", "https://accreditation.pib.gov.in/acridexsrch.aspx")]),
    ("Archives", [("About Archives", "Aboutarchive.aspx"),
                  ("1947-2001", "https://archive.pib.gov.in/archive/phase2/archiveministry.aspx?phase=3"),
                  ("2002-2003", "https://archive.pib.gov.in/newsite/archivepage.aspx"),
                  ("2004 Onwards", "https://archive.pib.gov.in/archive2/")]),
    ("Fact Check Unit", [("About Fact Check Unit", "aboutfactchecke.aspx"),
                         ("Submit for Fact Check", "https://factcheck.pib.gov.in"), ("FAQ", "FAQ_fact.aspx")]),
]

FOOTER_COLS = [
    ("PIB Headquarters", ["Citizen Charter", "Transparency Audit", "Internal Complaints Committee",
                          "Liaison Officer", "Web Information Manager", "Portal for Public Grievance Submission"]),
    ("GOI Links", ["Ministry of Information and Broadcasting", "Ministry of Ports, Shipping and Waterways",
                   "Ministry of Finance", "Ministry of Home Affairs", "Ministry of Education"]),
]
FOOTER_BOTTOM = ["Tenders", "Archives", "Terms & Conditions", "Copyright Policy", "Privacy Policy",
                 "Hyperlinking Policy", "Help", "FeedBack"]


def absu(h):
    return h if h.startswith("http") else SITE + h


def page(meta, blocks):
    prid = meta["prid"]
    url = "https://pib.gov.in/PressReleasePage.aspx?PRID=%s" % prid
    body = release_html(meta, blocks)
    first_sentence = blocks[0][1].split(". ")[0]
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    a('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    a('<meta http-equiv="Cache-control" content="public">')
    a('<meta name="description" content="Press Information Bureau (PIB) is the nodal agency of the Government of India '
      'to disseminate information to the print and electronic media on government policies, programmes, initiatives '
      'and achievements.">')
    a('<meta name="keywords" content="Press Information Bureau, PIB, Government of India, Indian Government news, press '
      'releases, government updates, official news, India policies, national events, government schemes, Indian news '
      'portal">')
    a('<title>\n\tPress Release: Press Information Bureau\n</title><meta property="fb:app_id" content="930300783691811">'
      '<link rel="icon" href="https://static.pib.gov.in/WriteReadData/specificdocs/photo/2022/apr/ph20224636301.jpg" '
      'type="image/jpg"><link href="%sstyle3.1.css" rel="stylesheet" type="text/css">' % FILES)
    a("    <!-- Color Theme CSS -->")
    a('    <link rel="alternate stylesheet" href="%schange.css" media="screen" title="change"><link rel="alternate '
      'stylesheet" href="%sgreen2.css" media="screen" title="green"><link rel="alternate stylesheet" href="%syellow.css" '
      'media="screen" title="yellow"><link rel="stylesheet" type="text/css" href="%sprtint.css" media="print">'
      % (FILES, FILES, FILES, FILES))
    a("      <title>Press Release:Press Information Bureau</title>")
    a('      <link href="%sstyle.css" rel="stylesheet" type="text/css">' % FILES)
    a('      <meta charset="utf-8">')
    a('      <meta name="viewport" content="width=device-width, initial-scale=1">')
    a('      <script src="%sjquery.min.js.download" type="text/javascript"></script>' % FILES)
    a('      <link rel="preconnect" href="https://fonts.googleapis.com/">')
    a('      <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="true">')
    a('      <link href="%scss2" rel="stylesheet">' % FILES)
    a("      ")
    a('      <script type="text/javascript">')
    a("            $(document).ready(function () {")
    a("                  function getParameterByName(name) {")
    a("                        var url = window.location.href;")
    a("                        name = name.replace(/[\\[\\]]/g, '\\\\$&');")
    a("                        var regex = new RegExp('[?&]' + name + '(=([^&#]*)|&|#|$)'),")
    a("                              results = regex.exec(url);")
    a("                        if (!results) return null;")
    a("                        if (!results[2]) return '';")
    a("                        return decodeURIComponent(results[2].replace(/\\+/g, ' '));")
    a("                  }")
    a("                  let prid = parseInt(getParameterByName('PRID'), 10);")
    a("                  if (!isNaN(prid) && prid > 0) {")
    a("                        $.ajax({")
    a('                              type: "POST",')
    a('                              url: "AjaxMethod.aspx/UpdatePRHitCount",')
    a("                              async: false,")
    a("                              data: JSON.stringify({ 'PermId': prid }),")
    a('                              contentType: "application/json; charset=utf-8",')
    a('                              dataType: "json",')
    a("                              success: function (response) { console.log(response); },")
    a('                              error: function (error) { console.log("Error in AJAX request", error); }')
    a("                        });")
    a("                  }")
    a("            });")
    a("      </script>")
    a('      <style type="text/css">')
    a("            .table-responsive {")
    a("                  width: 100%;")
    a("                  overflow-x: auto;")
    a("            }")
    a("            a {")
    a("                  word-break: break-all;")
    a("            }")
    a("            iframe, img {")
    a("                  max-width: 100%;")
    a("            }")
    a("      </style>")
    a('      <script type="text/javascript">')
    a("            $(function () {")
    a('                  $("[id*=printPDF]").click(function () {')
    a('                        $("[id*=hfGridHtml]").val($("#PdfDiv").html());')
    a("                  });")
    a("            });")
    a("      </script>")
    a('      <script async="" src="%sjs" type="text/javascript"></script>' % FILES)
    a("      <script>")
    a("            window.dataLayer = window.dataLayer || [];")
    a("            function gtag() { dataLayer.push(arguments); }")
    a("            gtag('js', new Date());")
    a("            gtag('config', 'UA-112591026-1');")
    a("      </script>")
    a('<meta property="og:title" content="%s"><meta property="og:url" content="www.pib.gov.in/Pressreleaseshare.aspx?'
      'PRID=%s"><meta property="og:description" content="%s"><meta property="og:image" content="https:/pib.gov.in/images/'
      'indian-emblem.png"><style type="text/css">html, body { font-size: 100%%; }</style>'
      % (attr(meta["title"]), prid, attr(first_sentence), ))
    a("</head>")
    a('<body id="fontSize">')
    a('    <form method="post" action="%s" id="aspnetForm">' % html.escape(url))
    a('<div class="aspNetHidden">')
    a('<input type="hidden" name="ctl00_script_HiddenField" id="ctl00_script_HiddenField" value="">')
    a('<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">')
    a('<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">')
    a('<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="">')
    a('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % viewstate("vs" + prid, 5472))
    a("</div>")
    a("")
    a('<div class="aspNetHidden">')
    a("")
    a('\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="EA4E6A5C">')
    a('\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s">' % viewstate("ev" + prid, 420))
    a("</div>")
    a("        ")
    a("        <noscript>")
    a('            <div class="nos">')
    a("                <p>")
    a("                    JavaScript must be enabled in order for you to use the Site in standard view. However,")
    a("                it seems JavaScript is either disabled or not supported by your browser. To use")
    a("                standard view, enable JavaScript by changing your browser options.")
    a("                </p>")
    a("            </div>")
    a("        </noscript>")
    a('        <script type="text/javascript">')
    a("//<![CDATA[")
    a("Sys.WebForms.PageRequestManager._initialize('ctl00$script', 'aspnetForm', ['tctl00$ContentPlaceHolder1$update12',''], [], [], 90, 'ctl00');")
    a("//]]>")
    a("</script>")
    a("")
    a("        <header>")
    a('            <div class="top_head">')
    a('                <div class="container">')
    a('<a tabindex="-1" href="javascript:void(0)"></a>')
    a('<a tabindex="0" href="%s#pageContent" class="skip-link" title="Skip to Content" aria-label="Skip to Content">Skip to '
      'Content</a>' % url)
    a('<div class="row">')
    a('    <div class="col-md-12 top-acess">')
    a('        <div class="pull-left hidden-xs res_pb5">')
    a("            <ul>")
    a('                <li><a href="https://pib.gov.in/index.aspx" title="Home" aria-label="Home"><span class="home"></span></a></li>')
    a('                <li><a href="https://pib.gov.in/SubscribeRelease/SubscribeReleaseForm.aspx" aria-label="Subscribe Release Form" '
      'title="Subscribe Release"><span class="subscribe"></span></a></li>')
    a('                <li><a href="https://pib.gov.in/ViewRss.aspx" target="_blank" title="RSS" aria-label="View RSS Feeds"><span '
      'class="rss"></span></a></li>')
    a("            </ul>")
    a("        </div>")
    a('        <div class="pull-right">')
    a('            <ul id="example1">')
    a('                <li class="skin-reader hidden-xs"><a aria-label="Screen Reader Access" href="https://pib.gov.in/'
      'screenReaderAcces.aspx" title="Screen Reader Access ">Screen Reader Access  </a></li>')
    a('                <li class="regional res_pb5">')
    a('                    <label for="ctl00_Bar1_ddlregion" id="ctl00_Bar1_lblRegion" class="selector-label">Region</label>')
    a("                    <select name=\"ctl00$Bar1$ddlregion\" onchange=\"javascript:setTimeout(&#39;__doPostBack(\\&#39;ctl00$Bar1"
      "$ddlregion\\&#39;,\\&#39;\\&#39;)&#39;, 0)\" id=\"ctl00_Bar1_ddlregion\" class=\"classic form-control\" "
      "aria-label=\"Region Selection\">")
    for v, name in REGIONS:
        a('\t<option %svalue="%s">%s</option>' % ('selected="selected" ' if v == "3" else "", v, name))
    a("")
    a("</select>")
    a("")
    a("                </li>")
    a('                <li class="language res_pb5">')
    a('                    <label for="ctl00_Bar1_ddlLang" id="ctl00_Bar1_lblLanguage" class="selector-label">Language</label>')
    a("                    <select name=\"ctl00$Bar1$ddlLang\" onchange=\"javascript:setTimeout(&#39;__doPostBack(\\&#39;ctl00$Bar1"
      "$ddlLang\\&#39;,\\&#39;\\&#39;)&#39;, 0)\" id=\"ctl00_Bar1_ddlLang\" class=\"form-control\" "
      "aria-label=\"Language Selection\">")
    a('\t<option value="2">\u0939\u093f\u0928\u094d\u0926\u0940</option>')
    a('\t<option selected="selected" value="1">English</option>')
    a('\t<option value="3">Urdu</option>')
    a("")
    a("</select>")
    a("")
    a("                </li>")
    a('                <li class="icon dropdown"><a href="javascript:void(0)">')
    a('                    <img src="%shandicape-icon.png" alt="Handicape" title="Handicape"></a>' % FILES)
    a('                    <ul class="dropdown-content">')
    for lbl, fn, img in (("Decrease Font Size", "set_font_size('decrease')", "decrease-font-size.png"),
                         ("Normal Font Size", "set_font_size('')", "standard-view.png"),
                         ("Increase Font Size", "set_font_size('increase')", "increase-text-size.png"),
                         ("High Contrast", "setActiveStyleSheet('change'); return false;", "high-contrast.png")):
        a('                        <li><a href="javascript:void(0)" aria-label="%s" title="%s" onclick="%s">' % (lbl, lbl, fn))
        a('                            <img src="%s%s" alt="%s" title="%s"></a></li>' % (FILES, img, lbl, lbl))
    a("                    </ul>")
    a("                </li>")
    a('                <li class="icon"><a aria-label="Sitemap" href="https://pib.gov.in/SiteMap.aspx">')
    a('                    <img src="%ssitemap.png" alt="Sitemap" title="Sitemap"></a></li>' % FILES)
    a('                <li class="icon"><a aria-label="Advance Search" href="https://pib.gov.in/AdvanceSearch.aspx">')
    a('                    <img src="%ssearch.png" alt="Advance Search" title="Advance Search"></a>' % FILES)
    a("                </li>")
    a("            </ul>")
    a("        </div>")
    a("    </div>")
    a("</div>")
    a("")
    a("                </div>")
    a("            </div>")
    a('            <div class="mid-head">')
    a('                <div class="container">')
    a('                    <div class="row">')
    a('                        <div class="col-md-5">')
    a('                            <div class="indian-emblem">')
    a('                                <a href="https://pib.gov.in/index.aspx">')
    a('                                    <img src="%sindian-emblem.png" alt="Indian Emblem" title="Indian Emblem"></a>' % FILES)
    a("                            </div>")
    a('                            <div class="logo">')
    a("                                <h2>Government of India</h2>")
    a('                                <h1><a href="https://pib.gov.in/index.aspx" title="Press Information Bureau">Press '
      'Information Bureau</a> </h1>')
    a("                            </div>")
    a("")
    a("                        </div>")
    a('                        <div class="col-md-3">')
    a("                        </div>")
    a('                        <div class="col-md-4" style="text-align: right; float: right;">')
    a('                            <a href="https://pib.gov.in/">')
    a('                                <img src="%sph2024624343601.jpg" style="width: 25%%;" title="Press Information Bureau" '
      'alt="Press Information Bureau">' % FILES)
    a("                            </a>")
    a("                        </div>")
    a("                    </div>")
    a("                </div>")
    a("            </div>")
    a('            <div id="main-nav" class="navigation-bg" style="display: block;">')
    a("                <nav>")
    a('                    <div class="container">')
    menu = ['<ul class="clearfix sf-menu sf-js-enabled" id="example"><li><a title="Home" aria-label="Home" '
            'href="https://pib.gov.in/index.aspx"><i class="fa-home_r"></i></a></li>']
    for top, subs in MENU:
        items = "".join('<li><a target="_self" title="%s" href="%s">%s</a></li>' % (attr(t), attr(absu(h)), esc(t))
                        for t, h in subs)
        menu.append('<li class="has-sub"><a title="%s" href="%s#" class="sf-with-ul">%s</a><ul style="display: none;">%s'
                    '</ul></li>' % (top, url, top, items))
    menu.append("</ul>")
    a("".join(menu))
    a("                    </div>")
    a("                </nav>")
    a("            </div>")
    a("        </header>")
    a('                <main id="pageContent">')
    a('        <div class="mean-container">')
    a("        </div>")
    a("")
    a("        <!-- Menu Part End -->")
    a('        <div class="clearfix">')
    a("        </div>")
    a("        ")
    a('      <div id="ctl00_ContentPlaceHolder1_templateCss"></div>')
    a('      <div class="col-md-12 col-xs-12">')
    a('            <div class="rel_t">')
    a('                  <a href="https://pib.gov.in/indexm.aspx">')
    a('                        <img src="%sleft-d.png" class="img-reponsive"></a>' % FILES)
    a('                  <div class="pull-right" style="padding-top: 5px;">')
    a("                        ")
    a('<div class="print-icons">')
    a('<input type="image" name="ctl00$ContentPlaceHolder1$Print2$print" id="ctl00_ContentPlaceHolder1_Print2_print" '
      'aria-label="Print" src="%sprinter_icon.png" alt="print page button" style="padding: 0 10px 5px 10px;">' % FILES)
    a("</div>")
    a("                  </div>")
    a("            </div>")
    a("      </div>")
    a('      <input type="hidden" name="ctl00$ContentPlaceHolder1$hfGridHtml" id="ctl00_ContentPlaceHolder1_hfGridHtml">')
    a('      <div class="" style="margin-bottom: 50px;">')
    a('            <div id="ctl00_ContentPlaceHolder1_accessories">')
    a('                  <div class="pull-right" style="display: flex">')
    a('                        <div id="ctl00_ContentPlaceHolder1_voll"><a class="f_vl" title="Listen" onclick="speakRelease()">'
      '<i class="fa fa-volume-up"></i></a></div>')
    a('                        <div id="ctl00_ContentPlaceHolder1_vollDT"></div>')
    a('<div class="print-icons">')
    a('<input type="image" name="ctl00$ContentPlaceHolder1$Print1$print" id="ctl00_ContentPlaceHolder1_Print1_print" '
      'aria-label="Print" src="%sprinter_icon.png" alt="print page button" style="padding: 0 10px 5px 10px;">' % FILES)
    a("</div>")
    a("                  </div>")
    a("            </div>")
    a('            <input type="hidden" name="ctl00$ContentPlaceHolder1$hydpermid" id="ctl00_ContentPlaceHolder1_hydpermid" '
      'value="%s">' % prid)
    a('            <div class="innner-page-main-about-us-content-right-part" style="border: none;">')
    a("")
    a('                  <div id="ctl00_ContentPlaceHolder1_MinistryName" class="MinistryNameSubhead text-center">')
    a("                        %s" % esc(meta["ministry"]))
    a("                  </div>")
    a("                  ")
    a('                  <div id="ctl00_ContentPlaceHolder1_lg_g"></div>')
    a("")
    a("")
    a('                  <div class="text-center event-heading-background">')
    a("                        ")
    a('                        <h2 id="ctl00_ContentPlaceHolder1_Titleh2">')
    a("                              %s" % esc(meta["title"]))
    a("                        </h2>")
    a('                        <h3 id="ctl00_ContentPlaceHolder1_Subtitleh3">')
    a('                              <span id="ctl00_ContentPlaceHolder1_ltrSubtitle"><br>%s<br></span>'
      % "<br><br>".join(esc(s) for s in meta["subtitle"]))
    a("                        </h3>")
    a("                  </div>")
    a("")
    a('                  <div id="ctl00_ContentPlaceHolder1_PrDateTime" class="ReleaseDateSubHeaddateTime text-center pt20">')
    a("                        Posted On:")
    a("                %s" % meta["posted"])
    a("                  </div>")
    a("                  ")
    a("                  <div class=\"pt20\">")
    a("                  </div>")
    a('                  <input type="hidden" name="ctl00$ContentPlaceHolder1$hydphotoUrl" id="ctl00_ContentPlaceHolder1_hydphotoUrl">')
    a("                  ")
    a('                  <div class="Section1">')
    a(wrap_tables(body) + "</div>")
    a("")
    a("                  ")
    a('                  <div id="ctl00_ContentPlaceHolder1_reel_pic">')
    a("                  </div>")
    a("")
    a("                  <br>")
    a('                  <span id="ctl00_ContentPlaceHolder1_ReleaseId">(Release ID: %s)</span>' % prid)
    a('                  <span id="ctl00_ContentPlaceHolder1_lblViews">Visitor Counter : %s</span>' % meta["visitors"])
    a("                  <div>")
    a("                        ")
    a("                  </div>")
    a('                  <span id="ctl00_ContentPlaceHolder1_lblRefPhoto"></span>')
    a('                  <div class="BackgroundRelease">')
    a("                        ")
    a("                  </div>")
    langs = []
    for l in meta["lang"]:
        name, lid = l.rsplit(" ", 1)
        if name == "Hindi":
            name = "\u0939\u093f\u0928\u094d\u0926\u0940"
        langs.append("\n                              <a href=\"https://pib.gov.in/PressReleasePage.aspx?PRID=%s\" "
                     "target=\"_blank\">\n                                    %s </a>\n                        " % (lid, name))
    a('                  <div class="ReleaseLang">Read this release in: \n                  \n                              '
      + ",".join(langs) + "\n                  </div>")
    a("")
    a('                  <div class="RelTag">')
    a("                        <ul>")
    a("                              ")
    a("                        </ul>")
    a("                  </div>")
    a('                  <div class="clear">')
    a("                  </div>")
    a('                  <div id="ctl00_ContentPlaceHolder1_RelLink" class="RelLink">')
    a("                        <ul>")
    a("                              ")
    a("                        </ul>")
    a("                  </div>")
    a("            </div>")
    a("")
    a('            <div id="ctl00_ContentPlaceHolder1_update12">')
    a('                        <input type="hidden" name="ctl00$ContentPlaceHolder1$Hidden" id="ctl00_ContentPlaceHolder1_Hidden">')
    a('                        <div id="ctl00_ContentPlaceHolder1_P_CategoryManagement" class="ModalWindow" '
      'style="border-width:0px;height:60%;width:60%;overflow:auto;display: none">')
    a("                              <div>")
    a('                                    <input type="image" name="ctl00$ContentPlaceHolder1$btnClose" '
      'id="ctl00_ContentPlaceHolder1_btnClose" src="%sclose_flat_icon.png">' % FILES)
    a("                              </div>")
    a('                              <div id="description">')
    a("                              </div>")
    a("                        </div>")
    a("            </div>")
    a("      </div>")
    a("      ")
    # hidden copy used by the PDF button
    a('      <div id="ctl00_ContentPlaceHolder1_PdfDiv" style="display: none;">')
    a('            <table width="100%">')
    a("                  <tbody><tr>")
    a('                        <td style="font-weight: 200; text-align: center">')
    a("                              %s" % esc(meta["ministry"]))
    a('                              <div style="height: 30px; width: 100%;">')
    a("                              </div>")
    a('                              <div style="font-weight: 200; text-align: center; font-size: 30px;">')
    a("                                    %s" % esc(meta["title"]))
    a("                              </div>")
    a('                              <div style="height: 30px; width: 100%;">')
    a("                              </div>")
    a('                              <div style="font-weight: 200; text-align: center; font-size: 30px;">')
    a("                                    %s" % "".join('<div style="height:30px;width:100%%;"></div>%s<div style="height:'
                                                         '30px;width:100%%;"></div>' % esc(s) for s in meta["subtitle"]))
    a("                              </div>")
    a('                              <div style="text-align: center; font-size: 14px;">')
    a("                                    Posted On:")
    a("                        %s" % meta["posted"])
    a("                              </div>")
    a('                              <div style="font-weight: 200; text-align: left; font-size: 16px;">')
    a('                                    <div class="Section1">')
    a(wrap_tables(body) + "</div>")
    a("                              </div>")
    a("                        </td>")
    a("                  </tr>")
    a("            </tbody></table>")
    a("      </div>")
    a('      <input type="hidden" name="ctl00$ContentPlaceHolder1$ltrDescriptionn" id="ltrDescriptionn" value="%s">'
      % attr(body))
    a('      <script type="text/javascript">')
    a("            var synth = window.speechSynthesis;")
    a("            function CleanHtml(html) {")
    a("                  html = html.replace(/<script[\\s\\S]*?<\\/script>/gi, '');")
    a("                  return html;")
    a("            }")
    a("            function stripHtml(html) {")
    a('                  let tmp = document.createElement("DIV");')
    a("                  tmp.innerHTML = CleanHtml(html);")
    a('                  return tmp.textContent || tmp.innerText || "";')
    a("            }")
    a("            function speakRelease() {")
    a('                  var u = new SpeechSynthesisUtterance(stripHtml(document.getElementById("ltrDescriptionn").value));')
    a("                  synth.speak(u);")
    a("            }")
    a("      </script>")
    a('      <script type="text/javascript">')
    a("            $(document).ready(function () {")
    a('                  $("table").each(function () {')
    a('                        if (!$(this).closest(".table-responsive").length) {')
    a("                              $(this).wrap(\"<div class='table-responsive'></div>\");")
    a("                        }")
    a("                  });")
    a("            });")
    a("      </script>")
    a("      ")
    a('      <div class="section1">')
    t = html.escape(meta["title"])
    share = [("http://www.facebook.com/share.php?u=%s" % url, "fb_b", "facebook.jpg", "Share on facebook", "40"),
             ("https://twitter.com/intent/tweet?url=%s&amp;text=%s" % (url, t), "twitter_r", "ph2023818240601.jpg",
              "Share on twitter", "40"),
             ("https://api.whatsapp.com/send?text=%s" % url, "whatsapp_r", "whatsapp1.png", "Share on whatsapp", "40"),
             ("https://mail.google.com/mail/?view=cm&amp;fs=1&amp;tf=1&amp;to=&amp;su=%s&amp;body=%s&amp;ui=2&amp;tf=1"
              "&amp;pli=1" % (t, url), "fa-envelope_r", "email1.png", "Share on email", "40"),
             ("https://www.linkedin.com/shareArticle?mini=true&amp;url=%s&amp;title=%s&amp;summary=My%%20favorite%%20"
              "developer%%20program&amp;source=LinkedIn" % (url, t), "fa-linkedin_r", "linkedin.png", "Share on linkedin",
              "40")]
    a('            <div id="ctl00_ContentPlaceHolder1_arr_rm"><div class="sticky-social_mb"><ul class="social_mb">'
      + "".join('<a href="%s" target="_blank"><li class="%s"><img src="%s%s" alt="%s" width="%s"></li></a>'
                % (h, c, FILES, img, alt, w) for h, c, img, alt, w in share) + "</ul></div></div>")
    a("      </div>")
    a("")
    a('        <div class="container" style="padding: 5px 0; display: flex; justify-content: center; align-items: center; '
      'flex-wrap: wrap; gap: 10px;">')
    a('            <div tabindex="0" role="link">')
    a("                <center>")
    a('                    <img alt="National Portal Of India" title="National Portal Of India" width="100%%" height="70%%" '
      'src="%sph2024923399701.png" id="Img2" onclick="javascript:window.open(\'https://www.india.gov.in/\')" '
      'style="cursor: pointer;">' % FILES)
    a("                </center>")
    a("            </div>")
    a("        </div>")
    a("            </main>")
    a("        ")
    a('<section class="logos_scroller">')
    a('    <div class="container">')
    a('        <div class="nbs-flexisel-container"><div class="nbs-flexisel-inner"><ul id="flexiselDemo3" '
      'class="nbs-flexisel-ul" style="left: -190.4px;">'
      + "".join('<li class="nbs-flexisel-item" style="width: 190.4px;"><a href="%s" target="_blank" rel="noopener noreferrer">'
                '<img style="max-height:85px;" src="%s%s" alt="%s " title="%s "> </a></li>' % (h, FILES, img, n, n)
                for h, img, n in (("https://eci.gov.in/", "eci_0.png", "Election Commission of India"),
                                  ("https://egazette.gov.in/", "e-gazette_0.png", "E Gazette India"),
                                  ("https://www.mygov.in/", "mygov.png", "MyGov"),
                                  ("https://www.india.gov.in/", "npi.png", "National Portal of India")))
      + '</ul><div class="nbs-flexisel-nav-left" tabindex="0" role="button" aria-label="Previous Slide"></div>'
        '<div class="nbs-flexisel-nav-right" tabindex="0" role="button" aria-label="Next Slide"></div></div></div>')
    a("    </div>")
    a("</section>")
    a('<footer class="footer">')
    a('    <div class="footer-top">')
    a('        <div class="container">')
    a('            <div class="row">')
    for head, items in FOOTER_COLS:
        lis = "".join("<li class=\"col-md-0\"><a title=\"This link shall take you to an external website\" "
                      "target=\"_blank\" rel=\"noopener noreferrer\" href=\"https://pib.gov.in/content/%d_5_more.aspx\">%s</a>"
                      "</li>" % (20 + k, esc(it)) for k, it in enumerate(items))
        a("<div class='col-md-4 col-xs-12 firstulfooter'>".replace("'", '"') + "<h4>%s</h4><ul class=\"ulfooter\">%s</ul>"
          "<span class=\"more\"><a href=\"https://pib.gov.in/content/24_5_more.aspx\">More</a></span></div>" % (head, lis))
    a("            </div>")
    a("        </div>")
    a("    </div>")
    a('    <div class="footer-bottom">')
    a('        <div class="container">')
    a("            <ul>")
    a("                " + "".join('<li><a title="%s" href="https://pib.gov.in/content/%d_2_%s.aspx">%s</a></li>'
                                   % (attr(x), 99 + k, re.sub(r"\W+", "-", x).strip("-"), esc(x))
                                   for k, x in enumerate(FOOTER_BOTTOM)))
    a("")
    a("            </ul>")
    a("")
    a('            <p class="text-center"><span class="footer-nic">Site is hosted by National Informatics Centre (NIC). '
      'Information is provided and updated by Press Information Bureau \u201cA\u201d wing, Shastri Bhawan, Dr. Rajendra '
      'Prasad Road, New Delhi \u2013 110001, Phone: 23389338.</span></p>')
    a('            <div class="clearfix"></div>')
    a('            <div class="pull-left">')
    a("                <b>Visitor Counter: </b><span>")
    a("                    48215</span>")
    a("            </div>")
    a('            <div class="pull-right">')
    a("                Last Updated On: <strong>")
    a('                    <span id="ctl00_ctl08_lblUpdated">17 Apr 2025 09:41:00 AM</span></strong>')
    a("            </div>")
    a("        </div>")
    a("    </div>")
    a("</footer>")
    a('    <script src="%sjquery.flexisel.js.download" type="text/javascript"></script>' % FILES)
    a("    </form>")
    a("")
    a("</body></html>")
    return "\n".join(L)


def main():
    meta, blocks = read_source()
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(page(meta, blocks))


if __name__ == "__main__":
    main()
