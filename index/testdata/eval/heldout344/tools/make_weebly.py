#!/usr/bin/python3
"""Re-make docs/rupee-uae-maldives-upi-weebly.html from its source text.

The source (tools/rupee-uae-maldives-upi-weebly.txt) has three parts, "@main", "@sidebar" and
"@footer"; inside them, blocks are separated by blank lines: "# " is the page's big title and
"## " a title element (both Weebly's h2.wsite-content-title), a block of "- " lines is a
paragraph element holding a bullet list, "---" is a divider, "@image", "@button" and "@spacer"
are the editor's image, button and spacer elements, and any other block is a paragraph element
whose lines are joined with <br>. Inline HTML (strong, em, a, &amp;) is written as it stands.

The page is a Weebly site (Birdseye theme) as Chrome's "Save page as... Webpage, Complete"
writes it: a "saved from url" comment, the charset meta Chrome puts first in the head, the
serialised DOM (attributes normalised, <br> without a slash, &nbsp; kept as an entity, curly
quotes and dashes as UTF-8 characters), stylesheets and scripts pointing into the
"..._files" folder (scripts with Chrome's ".download" suffix; the folder is not part of the
set), links made absolute, the desktop menu with a flyout, a two-column multicol element whose
right column is the sidebar, the footer elements, the Weebly footer badge and the mobile menu.
Usage: make_weebly.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "rupee-uae-maldives-upi-weebly.txt")
OUT = os.path.join(ROOT, "docs", "rupee-uae-maldives-upi-weebly.html")

SITE = "https://arthashastraias.weebly.com"
PAGE = SITE + "/rupee-internationalisation-ca-2025.html"
TITLE = "Rupee Internationalisation (CA 2025) - ARTHASHASTRA IAS"
FILES = "./" + TITLE + "_files"
BUILD = "1758204133"
DESC = ("Internationalisation of the Indian rupee for UPSC GS3: RBI IDG report 2023, SRVA, "
        "India-UAE and India-Maldives local currency settlement, UPI abroad, capital account "
        "convertibility and Tarapore Committees.")

MENU = [
    ("pg162039440514867093", "/", "Home", []),
    ("pg708152283646092140", "/about-us.html", "About Us", []),
    ("pg300470519806371265", "/gs-notes.html", "GS Notes", [
        ("wsite-nav-882047163409150776", "/gs1-history-culture.html", "GS1 History &amp; Culture", False),
        ("wsite-nav-550216889193717364", "/gs2-polity.html", "GS2 Polity &amp; IR", False),
        ("wsite-nav-437960512871342155", "/gs3-economy.html", "GS3 Economy", False),
        ("wsite-nav-914475030275283622", "/gs3-environment.html", "GS3 Environment", False)]),
    ("active", "/current-affairs.html", "Current Affairs", [
        ("wsite-nav-265804936158392857", "/monthly-compilation.html", "Monthly Compilation", False),
        ("wsite-nav-693718204582913704", "/rupee-internationalisation-ca-2025.html",
         "Rupee Internationalisation (CA 2025)", True),
        ("wsite-nav-471309628735591930", "/pib-summaries.html", "PIB Summaries", False)]),
    ("pg845193067226804421", "/test-series.html", "Test Series", []),
    ("pg129584730066491852", "/contact.html", "Contact", []),
]


def menu_html(indent):
    t = "\t" * indent
    out = ['<ul class="wsite-menu-default">']
    for ident, href, label, kids in MENU:
        out.append('%s<li id="%s" class="wsite-menu-item-wrap">' % (t, ident))
        out.append('%s\t<a href="%s%s" class="wsite-menu-item">' % (t, SITE, href))
        out.append("%s\t\t%s" % (t, label))
        out.append("%s\t</a>" % t)
        if kids:
            out.append('%s\t<div class="wsite-menu-wrap" style="display:none">' % t)
            out.append('%s\t\t<ul class="wsite-menu">' % t)
            for kid, khref, klabel, cur in kids:
                cls = "wsite-menu-subitem-wrap wsite-nav-current" if cur else "wsite-menu-subitem-wrap "
                out.append('%s\t\t\t<li id="%s" class="%s">' % (t, kid, cls))
                out.append('%s\t\t\t\t<a href="%s%s" class="wsite-menu-subitem">' % (t, SITE, khref))
                out.append('%s\t\t\t\t\t<span class="wsite-menu-title">' % t)
                out.append("%s\t\t\t\t\t\t%s" % (t, klabel))
                out.append("%s\t\t\t\t\t</span>" % t)
                out.append("%s\t\t\t\t</a>" % t)
                out.append("%s\t\t\t</li>" % t)
            out.append("%s\t\t</ul>" % t)
            out.append("%s\t</div>" % t)
        else:
            out.append("%s\t" % t)
        out.append("%s</li>" % t)
    out.append("</ul>")
    return "\n".join(out)


def blocks(text):
    cur = []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            yield cur
            cur = []
    if cur:
        yield cur


def render(text, justify):
    out = []
    pstyle = ' style="text-align:justify;"' if justify else ' style="text-align:left;"'
    for b in blocks(text):
        first = b[0]
        if first.startswith("# "):
            out.append('<h2 class="wsite-content-title"><font size="6">%s</font></h2>' % first[2:])
        elif first.startswith("## "):
            out.append('<h2 class="wsite-content-title">%s</h2>' % first[3:])
        elif first == "---":
            out.append('<div><div style="height: 20px; overflow: hidden; width: 100%;"></div>\n'
                       '<hr class="styled-hr" style="width:100%;">\n'
                       '<div style="height: 20px; overflow: hidden; width: 100%;"></div></div>')
        elif first == "@spacer":
            out.append('<div class="wsite-spacer" style="height:50px;"></div>')
        elif first.startswith("@image "):
            name = first[7:]
            out.append('<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;'
                       'padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">\n'
                       '<a>\n<img src="%s/%s" alt="Picture" style="width:auto;max-width:100%%">\n</a>\n'
                       '<div style="display:block;font-size:90%%"></div>\n</div></div>' % (FILES, name))
        elif first.startswith("@button "):
            label, _, href = first[8:].partition(" | ")
            out.append('<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div>'
                       '<a class="wsite-button wsite-button-small wsite-button-highlight" href="%s" '
                       'target="_blank">\n<span class="wsite-button-inner">%s</span>\n</a>'
                       '<div style="height: 10px; overflow: hidden;"></div></div>' % (href, label))
        elif all(l.startswith("- ") for l in b):
            items = "".join("<li>%s</li>" % l[2:] for l in b)
            out.append('<div class="paragraph"%s><ul>%s</ul></div>' % (pstyle, items))
        else:
            out.append('<div class="paragraph"%s>%s</div>' % (pstyle, "<br>".join(b)))
    return "\n\n".join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=(%(urllen)04d)%(page)s -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
\t\t<title>%(title)s</title><meta property="og:site_name" content="ARTHASHASTRA IAS">
<meta property="og:title" content="Rupee Internationalisation (CA 2025)">
<meta property="og:description" content="%(desc)s">
<meta property="og:image" content="%(site)s/uploads/1/4/8/2/148263091/rupee-global_orig.png">
<meta property="og:url" content="%(page)s">
<meta name="description" content="%(desc)s">
<meta name="keywords" content="rupee internationalisation, SRVA, vostro, LCS, UAE, Maldives, UPI, Tarapore committee, UPSC GS3">


<meta name="viewport" content="width=device-width, initial-scale=1.0">

\t\t
\t\t<link id="wsite-base-style" rel="stylesheet" type="text/css" href="%(files)s/sites.css">
<link rel="stylesheet" type="text/css" href="%(files)s/fancybox.css">
<link rel="stylesheet" type="text/css" href="%(files)s/social-icons.css" media="screen,projection">
<link rel="stylesheet" type="text/css" href="%(files)s/main_style.css" title="wsite-theme-css">
<link href="%(files)s/css" rel="stylesheet" type="text/css">
<link href="%(files)s/css(1)" rel="stylesheet" type="text/css">
<link href="%(files)s/css(2)" rel="stylesheet" type="text/css">
<style type="text/css">
.wsite-elements.wsite-not-footer:not(.wsite-header-elements) div.paragraph, .wsite-elements.wsite-not-footer:not(.wsite-header-elements) p, #wsite-content div.paragraph, #wsite-content p, .blog-sidebar div.paragraph, .blog-sidebar p {font-family:"Source Sans Pro" !important;}
#wsite-content div.paragraph, #wsite-content p, .blog-sidebar div.paragraph, .blog-sidebar p {color:#2b2b2b !important;}
.wsite-elements.wsite-not-footer:not(.wsite-header-elements) h2, #wsite-content h2, .blog-sidebar h2 {font-family:"Montserrat" !important;font-weight:700 !important;}
#wsite-content h2, .blog-sidebar h2 {color:#1d3c6e !important;}
#wsite-title {font-family:"Montserrat" !important;font-weight:700 !important;letter-spacing: 2px !important;}
.wsite-menu-default a {font-family:"Montserrat" !important;text-transform:  uppercase !important;}
.wsite-menu a {}
.wsite-image div, .wsite-caption {}
.wsite-headline,.wsite-header-section .wsite-content-title {}
.wsite-button-inner {}
.wsite-not-footer blockquote {}
.wsite-footer blockquote {}
@media screen and (min-width: 767px) {#wsite-content div.paragraph, #wsite-content p {font-size:17px !important;line-height:28px !important;}
#wsite-content h2 {font-size:24px !important;}
#wsite-title {font-size:26px !important;}
}</style>

\t\t<script>
var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';
</script>
<script src="%(files)s/jquery.min.js.download"></script>

<script type="text/javascript" src="%(files)s/stl.js.download"></script>
<script src="%(files)s/main.js.download"></script><script type="text/javascript">_W.configDomain = "www.weebly.com";</script><script>_W.relinquish && _W.relinquish()</script>
<script type="text/javascript" src="%(files)s/stl.js(1).download"></script><script> _W.themePlugins = {"navpane":{"condense":1024,"forced":1}};</script><script src="%(files)s/theme-plugins.js.download"></script><script type="text/javascript"> _W.recaptchaUrl = "https://www.google.com/recaptcha/api.js"; </script><script type="text/javascript"><!--
\tfunction initFlyouts(){
\t\tinitPublishedFlyoutMenus(
\t\t\t[{"id":"162039440514867093","title":"Home","url":"index.html","target":"","nav_menu":false,"nonclickable":false},{"id":"708152283646092140","title":"About Us","url":"about-us.html"},{"id":"300470519806371265","title":"GS Notes","url":"gs-notes.html"},{"id":"781126540947201233","title":"Current Affairs","url":"current-affairs.html"},{"id":"845193067226804421","title":"Test Series","url":"test-series.html"},{"id":"129584730066491852","title":"Contact","url":"contact.html"}],
\t\t\t"693718204582913704",
\t\t\t'',
\t\t\t'active',
\t\t\tfalse,
\t\t\t{},
\t\t\t{"hasCustomMinicart":true}
\t\t)
\t}
//-->
</script>
\t\t
\t\t
\t</head>
\t<body class="no-header-page  wsite-page-rupee-internationalisation-ca-2025  full-width-on  wsite-theme-light">
\t\t<div class="wrapper">
\t\t\t<div class="birdseye-header">
\t\t\t\t<div class="nav-wrap">
\t\t\t\t\t<div class="container">
\t\t\t\t\t\t<a class="hamburger" aria-label="Menu" href="%(page)s#"><span></span></a>
\t\t\t\t\t\t<div class="logo"><span class="wsite-logo">

\t<a href="%(site)s/">
\t<span id="wsite-title">ARTHASHASTRA IAS</span>
\t</a>

</span></div>
\t\t\t\t\t\t<div class="nav desktop-nav">%(menu)s
</div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>

\t\t\t<div class="main-wrap">
\t\t\t\t<div id="wsite-content" class="wsite-elements wsite-not-footer">
\t<div class="wsite-section-wrap">
\t<div class="wsite-section wsite-body-section wsite-background-14">
\t\t<div class="wsite-section-content">
          <div class="container">
\t\t\t<div class="wsite-section-elements">
\t\t\t\t<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">
\t<table class="wsite-multicol-table">
\t\t<tbody class="wsite-multicol-tbody">
\t\t\t<tr class="wsite-multicol-tr">
\t\t\t\t<td class="wsite-multicol-col" style="width:68.552631578947%%; padding:0 15px;">
\t\t\t\t\t
\t\t\t\t\t\t

"""

MIDDLE = """

\t\t\t\t\t
\t\t\t\t</td>\t\t\t\t<td class="wsite-multicol-col" style="width:31.447368421053%%; padding:0 15px;">
\t\t\t\t\t
\t\t\t\t\t\t

"""

TAIL = """

\t\t\t\t\t
\t\t\t\t</td>\t\t\t</tr>
\t\t</tbody>
\t</table>
</div></div></div>
\t\t\t</div>
\t\t</div>
        </div>
\t</div>
</div>

</div>
\t\t\t</div>

\t\t\t<div class="footer-wrap">
\t\t\t\t<div class="container">
\t\t\t\t\t<div class="footer"><div class="wsite-elements wsite-footer">
%(footer)s
</div>

<div id="weebly-footer-signup-container-v3" style="border-top: 0px">
\t<div class="signup-container-header trigger-signup" style="background-color: inherit">
\t\t<div class="powered-by" style="opacity: 1; left: 2%%;">
\t\t\t<div class="footer-published-ab-powered-by">
\t\t\t\tPowered by <span class="link weebly-icon"></span>
\t\t\t\t<img class="footer-ab-published-toast-image" src="%(files)s/footer-toast-published-image.jpg">
\t\t\t\t<span class="footer-ab-published-toast-text">Create your own unique website with customizable templates.</span>
\t\t\t\t<span class="footer-ab-published-toast-button-wrapper">
\t\t\t\t\t<button class="footer-published-ab-button">Get Started</button>
\t\t\t\t</span>
\t\t\t</div>
\t\t</div>
\t</div>
</div>


<script type="text/javascript" src="%(files)s/footerSignup.js.download"></script>
<script type="text/javascript">
\tif (document.readyState === 'complete') {
\t\tWeebly.footer.setupContainer('cdn2.editmysite.com', '%(build)s', 'www.weebly.com');
\t} else {
\t\tdocument.addEventListener('DOMContentLoaded', function() {
\t\t\tWeebly.footer.setupContainer('cdn2.editmysite.com', '%(build)s', 'www.weebly.com');
\t\t});
\t}
</script>
</div>
\t\t\t\t</div><!-- end container -->
\t\t\t</div><!-- end footer-wrap -->
\t\t</div>

\t\t<div id="navMobile" class="nav mobile-nav">
\t\t\t<a class="hamburger" aria-label="Menu" href="%(page)s#"><span></span></a>
\t\t\t%(mobile)s
\t\t</div>

\t\t<script type="text/javascript" src="%(files)s/plugins.js.download"></script>
\t\t<script type="text/javascript" src="%(files)s/custom.js.download"></script>

\t\t<script type="text/javascript" async="1">
\t;(function(p,l,o,w,i,n,g){if(!p[i]){p.GlobalSnowplowNamespace=p.GlobalSnowplowNamespace||[];
\t\t\tp.GlobalSnowplowNamespace.push(i);p[i]=function(){(p[i].q=p[i].q||[]).push(arguments)
\t\t\t};p[i].q=p[i].q||[];n=l.createElement(o);g=l.getElementsByTagName(o)[0];n.async=1;
\t\t\tn.src=w;g.parentNode.insertBefore(n,g)}}(window,document,'script','//cdn2.editmysite.com/js/wsnbn/snowday262.js','snowday'));

\t_W.Analytics = _W.Analytics || {'trackers': {}};
\t_W.Analytics.trackers.wSP = 'snowday';
\t_W.Analytics.user_id = '148263091';
\t_W.Analytics.site_id = '927364518203746159';
\twindow.doNotTrack = document.cookie.indexOf('gdpr-kb') === -1 ? 'yes' : null;
</script>
<script>
\twindow._W.isEUUser = false;
\twindow._W.showCookieToAll = "";
</script>


\t

</body></html>"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = open(SRC, encoding="utf-8").read()
    parts = {}
    name = None
    for chunk in text.split("\n"):
        if chunk in ("@main", "@sidebar", "@footer"):
            name = chunk[1:]
            parts[name] = []
        else:
            parts[name].append(chunk)
    main_txt = "\n".join(parts["main"])
    side_txt = "\n".join(parts["sidebar"])
    foot_lines = [l for l in parts["footer"] if l.strip()]
    footer = '<div class="paragraph" style="text-align:center;">%s</div>' % "<br>".join(foot_lines)
    vals = {"urllen": len(PAGE), "page": PAGE, "title": TITLE, "desc": DESC, "site": SITE,
            "files": FILES, "build": BUILD, "menu": menu_html(2), "mobile": menu_html(3),
            "footer": footer}
    html = (HEAD % vals + render(main_txt, True) + MIDDLE % vals + render(side_txt, False)
            + TAIL % vals)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    main()
