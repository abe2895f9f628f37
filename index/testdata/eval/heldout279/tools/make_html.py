#!/usr/bin/python3
"""Re-make docs/mgnrega-faq-ministry.html from tools/mgnrega-faq-ministry.txt.

The output is the FAQ page of the Mahatma Gandhi NREGA website (an ASP.NET Web Forms page
built by NIC for the Ministry of Rural Development) as Chrome writes it with "Save page as >
Webpage, Complete": the serialized DOM, not the server's bytes. So it has the "saved from
url" mark, a meta charset Chrome puts first in the head, the ASP.NET title with its line
break and tab, links and the form action made absolute, saved resources pointed into
"./Nrega_FAQ_files/" (scripts with Chrome's ".download" suffix, the gtag loader saved as
"js", the Google Translate frame as "saved_resource.html"), tbody elements the parser added
to every GridView table, void elements without a slash, &nbsp; for no-break spaces, and the
Google Translate gadget and tooltip that the page's scripts had inserted before saving.
Standard library only; byte for byte the same every run.
Run: /usr/bin/python3 tools/make_html.py
"""
import base64
import hashlib
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mgnrega-faq-ministry.txt")
OUT = os.path.join(HERE, "..", "docs", "mgnrega-faq-ministry.html")

SITE = "https://nrega.dord.gov.in/MGNREGA_new/"
PAGE = SITE + "Nrega_FAQ.aspx"
F = "./Nrega_FAQ_files/"
CP = "ctl00_ContentPlaceHolder1_"


def esc(s):
    return html.escape(s, quote=False).replace("\u00a0", "&nbsp;")


def blob(seed, n):
    """Deterministic base64 text standing in for ASP.NET's view state."""
    out = b""
    h = seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out[:n]).decode()


def parse():
    news, cats = [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@new "):
                d, t = line[5:].split(" | ", 1)
                news.append((d, t))
            elif line.startswith("@cat "):
                cats.append({"name": line[5:], "qs": []})
            elif line.startswith("Q: "):
                cats[-1]["qs"].append({"q": line[3:], "a": []})
            elif line.startswith("A: "):
                cats[-1]["qs"][-1]["a"].append(("p", line[3:]))
            elif line.startswith("- "):
                cats[-1]["qs"][-1]["a"].append(("li", line[2:]))
            else:
                raise SystemExit("unparsed line: %r" % line)
    return news, cats


HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(%(n)04d)%(page)s -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>
\tFrequently Asked Questions : Mahatma Gandhi NREGA
</title><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Frequently Asked Questions on the Mahatma Gandhi National Rural Employment Guarantee Act, 2005 - Job Card, demand for work, wages, unemployment allowance, worksite facilities and grievance redressal."><meta name="keywords" content="MGNREGA, NREGA, FAQ, Job Card, Unemployment Allowance, Wage Rate, Ministry of Rural Development"><link rel="shortcut icon" href="%(site)simages/favicon.ico" type="image/x-icon"><link href="%(f)sbootstrap.min.css" rel="stylesheet" type="text/css"><link href="%(f)sfont-awesome.min.css" rel="stylesheet" type="text/css"><link href="%(f)sStyleSheet.css" rel="stylesheet" type="text/css"><link href="%(f)sgigw.css" rel="stylesheet" type="text/css">
    <script src="%(f)sjquery-3.6.0.min.js.download" type="text/javascript"></script>
    <script async="" src="%(f)sjs"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag() { dataLayer.push(arguments); }
        gtag('js', new Date());
        gtag('config', 'G-7QK2N4RM1D');
    </script>
    <style type="text/css">
        .faq-cat { background: #1c5d99; color: #fff; font-weight: bold; padding: 6px 10px; margin-top: 18px; }
        .faq-q { font-weight: bold; color: #7a1f1f; }
        .faq-a { color: #222; }
        .faq-grid th { background: #e8eef5; }
        .alt-row { background: #f7f7f7; }
    </style>
<link type="text/css" rel="stylesheet" charset="UTF-8" href="%(f)sm=el_main_css"><script type="text/javascript" charset="UTF-8" src="%(f)sm=el_main"></script></head>
<body>
    <form name="aspnetForm" method="post" action="%(page)s" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBDxYCHgRUZXh0%(vs)s">
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>


<script src="%(f)sWebResource.axd.download" type="text/javascript"></script>

"""

TOP = """        <div class="top-strip">
            <div class="container">
                <div class="row">
                    <div class="col-md-6 col-sm-6">
                        <ul class="gov-link">
                            <li><img src="%(f)sflag.png" alt="Indian Flag" width="22" height="15"> भारत सरकार</li>
                            <li>Government of India</li>
                        </ul>
                    </div>
                    <div class="col-md-6 col-sm-6 text-right">
                        <ul class="accessibility-links">
                            <li><a href="#maincontent" title="Skip to main content">Skip to main content</a></li>
                            <li><a href="%(site)sScreenReader.aspx" title="Screen Reader Access">Screen Reader Access</a></li>
                            <li><a href="javascript:void(0);" id="btnDecFont" title="Decrease font size">A-</a></li>
                            <li><a href="javascript:void(0);" id="btnResetFont" title="Normal font size">A</a></li>
                            <li><a href="javascript:void(0);" id="btnIncFont" title="Increase font size">A+</a></li>
                            <li><a href="javascript:void(0);" class="contrast-high" title="High Contrast"><i class="fa fa-adjust"></i></a></li>
                            <li><div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr" style=""><div id=":0.targetLanguage" class="goog-te-gadget-simple" style="white-space: nowrap;"><img src="https://www.google.com/images/cleardot.gif" class="goog-te-gadget-icon" alt="" style="background-image: url(&quot;https://translate.googleapis.com/translate_static/img/te_ctrl3.gif&quot;); background-position: -65px 0px;"><span style="vertical-align: middle;"><a aria-haspopup="true" class="VIpgJd-ZVi9od-xl07Ob-lTBxed" href="%(page)s#"><span>Select Language</span><img src="https://www.google.com/images/cleardot.gif" alt="" width="1" height="1"><span style="border-left: 1px solid rgb(187, 187, 187);">\u200b</span><img src="https://www.google.com/images/cleardot.gif" alt="" width="1" height="1"><span aria-hidden="true" style="color: rgb(118, 118, 118);">▼</span></a></span></div></div></div></li>
                        </ul>
                    </div>
                </div>
            </div>
        </div>
        <div class="header">
            <div class="container">
                <div class="row">
                    <div class="col-md-9 col-sm-9 logo-area">
                        <a href="%(site)sNrega_home.aspx"><img src="%(f)semblem.png" alt="State Emblem of India" height="72" class="emblem"></a>
                        <div class="site-title">
                            <span class="title-hi">महात्मा गांधी राष्ट्रीय ग्रामीण रोज़गार गारंटी अधिनियम</span><br>
                            <span class="title-en">Mahatma Gandhi National Rural Employment Guarantee Act</span><br>
                            <span class="title-min">Ministry of Rural Development, Government of India</span>
                        </div>
                    </div>
                    <div class="col-md-3 col-sm-3 text-right">
                        <img src="%(f)smgnrega_logo.png" alt="Mahatma Gandhi NREGA logo" height="72">
                    </div>
                </div>
            </div>
        </div>
        <div class="menu-bar">
            <div class="container">
<a href="#ctl00_Menu1_SkipLink"><img alt="Skip Navigation Links" src="%(f)sWebResource.axd" width="0" height="0" style="border-width:0px;"></a><div id="ctl00_Menu1" class="main-menu">
\t<ul class="level1 static" role="menubar" style="position: relative; width: auto; float: left;">
\t\t<li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sNrega_home.aspx" tabindex="-1">Home</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sAboutUs.aspx" tabindex="-1">About Us</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sActsRules.aspx" tabindex="-1">Acts &amp; Rules</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sCirculars.aspx" tabindex="-1">Circulars</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sMISReports.aspx" tabindex="-1">MIS Reports</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sSocialAudit.aspx" tabindex="-1">Social Audit</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static selected" href="%(page)s" tabindex="-1">FAQ</a></li><li role="menuitem" class="static" style="position: relative; float: left;"><a class="level1 static" href="%(site)sContactUs.aspx" tabindex="-1">Contact Us</a></li>
\t</ul>
</div><a id="ctl00_Menu1_SkipLink"></a>
            </div>
        </div>
"""


def ticker(news):
    parts = []
    for d, t in news:
        parts.append('<a href="%sCirculars.aspx" target="_blank">%s : %s <img src="%snew.gif" '
                     'alt="new" width="28" height="11"></a>' % (SITE, d, esc(t), F))
    return ("""        <div class="whats-new">
            <div class="container">
                <span class="wn-label">What's New</span>
                <marquee direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">"""
            + "&nbsp;&nbsp;|&nbsp;&nbsp;".join(parts) + """</marquee>
            </div>
        </div>
""")


def grid(ci, cat):
    gid = CP + "rptCategory_ctl%02d_gvFAQ" % ci
    out = ['<div class="faq-cat" id="cat%s"><span id="%srptCategory_ctl%02d_lblCategory">%s</span></div>'
           % (cat["name"][0], CP, ci, esc(cat["name"])),
           '<div>',
           '\t<table class="table table-bordered faq-grid" cellspacing="0" rules="all" border="1" '
           'id="%s" style="width:100%%;border-collapse:collapse;">' % gid,
           '\t\t<tbody><tr>',
           '\t\t\t<th scope="col" style="width:7%;">S.No.</th><th scope="col">Question / Answer</th>',
           '\t\t</tr>']
    for qi, q in enumerate(cat["qs"]):
        rid = "%s_ctl%02d_" % (gid, qi + 2)
        ans = []
        for kind, text in q["a"]:
            if kind == "p":
                if ans:
                    ans.append("<br><br>")
                ans.append(esc(text))
            else:
                ans.append("<br>•&nbsp;" + esc(text))
        cls = ' class="alt-row"' if qi % 2 else ""
        out.append('\t\t<tr%s>' % cls)
        out.append('\t\t\t<td align="center" valign="top">%d.</td><td>'
                   '<span id="%slblQuestion" class="faq-q">%s</span><br>'
                   '<span id="%slblAnswer" class="faq-a">%s</span></td>'
                   % (qi + 1, rid, esc(q["q"]), rid, "".join(ans)))
        out.append('\t\t</tr>')
    out[-1] = '\t\t</tr>\n\t</tbody></table>'
    out.append('</div>')
    return "\n".join(out) + "\n"


def main_area(cats):
    idx = " | ".join('<a href="#cat%s">%s</a>' % (c["name"][0], esc(c["name"][3:])) for c in cats)
    body = [
        '        <div class="container main-area">',
        '            <div class="row">',
        '                <div class="col-md-9 col-sm-12">',
        '                    <div class="breadcrumb-area"><a href="%sNrega_home.aspx">Home</a> &gt;&gt; '
        '<span id="%slblBreadcrumb">Frequently Asked Questions</span></div>' % (SITE, CP),
        '                    <a id="maincontent" name="maincontent"></a>',
        '                    <h2 class="page-title">Frequently Asked Questions (FAQs)</h2>',
        '                    <p class="faq-note">These answers are for the general information of workers and '
        'citizens. In case of any difference, the provisions of the Act, its Schedules and the '
        'notifications of the Central Government shall prevail.</p>',
        '                    <div class="faq-index"><b>Jump to:</b> %s</div>' % idx,
    ]
    text = "\n".join(body) + "\n"
    for ci, c in enumerate(cats):
        text += grid(ci, c)
    text += """                    <div class="back-top"><a href="#maincontent">Back to Top</a></div>
                </div>
                <div class="col-md-3 col-sm-12 side-panel">
                    <div class="side-box">
                        <h4>Citizen Corner</h4>
                        <ul>
                            <li><a href="%(site)sJobCardSearch.aspx">Know your Job Card</a></li>
                            <li><a href="%(site)sMusterRoll.aspx">Muster Roll Search</a></li>
                            <li><a href="%(site)sWageRates.aspx">Wage Rate Notifications</a></li>
                            <li><a href="%(site)sGrievance.aspx">Lodge a Grievance</a></li>
                            <li><a href="%(site)sSocialAudit.aspx">Social Audit Reports</a></li>
                        </ul>
                    </div>
                    <div class="side-box">
                        <h4>Mobile Apps</h4>
                        <ul>
                            <li><a href="https://play.google.com/store/apps/details?id=nic.rural.janmnrega">JanMnREGA</a></li>
                            <li><a href="https://play.google.com/store/apps/details?id=nic.rural.nmms">NMMS</a></li>
                        </ul>
                    </div>
                </div>
            </div>
        </div>
""" % {"site": SITE}
    return text


FOOT = """        <div class="footer">
            <div class="container">
                <ul class="footer-links">
                    <li><a href="%(site)sWebsitePolicies.aspx">Website Policies</a></li>
                    <li><a href="%(site)sHelp.aspx">Help</a></li>
                    <li><a href="%(site)sSitemap.aspx">Sitemap</a></li>
                    <li><a href="%(site)sFeedback.aspx">Feedback</a></li>
                    <li><a href="%(site)sHyperlinkPolicy.aspx">Hyperlink Policy</a></li>
                    <li><a href="%(site)sCopyrightPolicy.aspx">Copyright Policy</a></li>
                    <li><a href="%(site)sPrivacyPolicy.aspx">Privacy Policy</a></li>
                    <li><a href="%(site)sTermsConditions.aspx">Terms &amp; Conditions</a></li>
                    <li><a href="%(site)sAccessibility.aspx">Accessibility Statement</a></li>
                </ul>
                <p>Content owned and maintained by Ministry of Rural Development, Government of India.</p>
                <p>Designed, Developed and Hosted by <a href="https://www.nic.in/" target="_blank">National Informatics Centre (NIC)</a></p>
                <p>Last Updated : <span id="ctl00_lblLastUpdated">18/11/2025</span> &nbsp;|&nbsp; Visitor No. : <span id="ctl00_lblVisitorCount">9,86,54,307</span></p>
                <p class="small">Best viewed in 1366 x 768 resolution on the latest versions of Chrome, Firefox and Edge.</p>
            </div>
        </div>

<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9D3F1C2B">
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOa%(ev)s">
</div>
<script type="text/javascript">
//<![CDATA[
var ctl00_Menu1_Data = new Object();
ctl00_Menu1_Data.disappearAfter = 500;
ctl00_Menu1_Data.horizontalOffset = 0;
ctl00_Menu1_Data.verticalOffset = 0;
new Sys.WebForms.Menu({ element: 'ctl00_Menu1', disappearAfter: 500, orientation: 'horizontal', tabIndex: 0, disabled: false });
//]]>
</script>
</form>
    <script src="%(f)sbootstrap.min.js.download" type="text/javascript"></script>
    <script src="%(f)scustom.js.download" type="text/javascript"></script>
    <script type="text/javascript">
        function googleTranslateElementInit() {
            new google.translate.TranslateElement({ pageLanguage: 'en', includedLanguages: 'hi,bn,te,mr,ta,ur,gu,kn,ml,or,pa,as', layout: google.translate.TranslateElement.InlineLayout.SIMPLE }, 'google_translate_element');
        }
    </script>
    <script type="text/javascript" src="%(f)selement.js.download"></script>

<div class="skiptranslate" style="display: none;"><iframe id=":1.container" class="VIpgJd-ZVi9od-ORHb-OEVmcd skiptranslate" title="Google Translate" frameborder="0" style="visibility: visible;" src="%(f)ssaved_resource.html"></iframe></div><div id="goog-gt-tt" class="VIpgJd-yAWNEb-L7lbkb skiptranslate" style="border-radius: 12px; margin: 0 0 0 -23px; padding: 0; font-family: 'Google Sans', Arial, sans-serif;" data-id=""><div id="goog-gt-vt" class="VIpgJd-yAWNEb-hvhgNd"><div class=" VIpgJd-yAWNEb-hvhgNd-l4eHX-i3jM8c"><img src="%(f)stranslate_24dp.png" width="24" height="24" alt=""></div><div class=" VIpgJd-yAWNEb-hvhgNd-k77Iif-i3jM8c"><div class="VIpgJd-yAWNEb-hvhgNd-IuizWc" dir="ltr">Original text</div><div class="VIpgJd-yAWNEb-hvhgNd-axAV1"><div class="VIpgJd-yAWNEb-hvhgNd-fmcmS" dir="ltr"></div></div></div><div class="VIpgJd-yAWNEb-hvhgNd-N7Eqid ltr"><div class="VIpgJd-yAWNEb-hvhgNd-N7Eqid-B7I4Od ltr" dir="ltr"><div class="VIpgJd-yAWNEb-hvhgNd-UTujCb">Rate this translation</div><div class="VIpgJd-yAWNEb-hvhgNd-eO9mKe">Your feedback will be used to help improve Google Translate</div></div><div class="VIpgJd-yAWNEb-hvhgNd-xgov5 ltr"><button id="goog-gt-thumbUpButton" type="button" class="VIpgJd-yAWNEb-hvhgNd-bgm6sf" title="Good translation" aria-label="Good translation" aria-pressed="false"><span id="goog-gt-thumbUpIcon"></span></button><button id="goog-gt-thumbDownButton" type="button" class="VIpgJd-yAWNEb-hvhgNd-bgm6sf" title="Poor translation" aria-label="Poor translation" aria-pressed="false"><span id="goog-gt-thumbDownIcon"></span></button></div></div></div></div></body></html>"""


def main():
    news, cats = parse()
    v = {"n": len(PAGE), "page": PAGE, "site": SITE, "f": F,
         "vs": blob("viewstate-faq", 2310), "ev": blob("eventvalidation-faq", 60)}
    doc = HEAD % v + TOP % v + ticker(news) + main_area(cats) + FOOT % v
    with open(OUT, "wb") as f:
        f.write(doc.encode("utf-8"))


if __name__ == "__main__":
    main()
