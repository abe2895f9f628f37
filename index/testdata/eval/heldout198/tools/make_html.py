#!/usr/bin/python3
"""Re-make docs/dipam-disinvestment-faqs.html from tools/dipam-disinvestment-faqs.txt.

The page imitates a Government of India department's FAQ page (Drupal theme
as NIC builds them) saved from Chrome with "Webpage, Complete": skip links,
the GIGW top bar with font-size and language toggles, the header with the
National Emblem, main menu, breadcrumb, left menu, the FAQs as an accordion
of <button>/<div> pairs under h3 category headings, a "Last updated" line,
and the footer with policy links and a visitor counter.  Deterministic: the
output depends only on the source text.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "dipam-disinvestment-faqs.txt")
OUT = os.path.join(HERE, "..", "docs", "dipam-disinvestment-faqs.html")
FILES = "./FAQs _ Department of Investment and Public Asset Management_files"


def esc(s):
    return html.escape(s, quote=False).replace("'", "&#039;")


def parse(text):
    meta = {}
    cats = []  # [(title, [(question, [blocks])])]
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("# ") or line == "#":
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            meta[key] = val
            continue
        if not line:
            continue
        if line.startswith("## "):
            cats.append((line[3:], []))
            continue
        if line.startswith("Q: "):
            cats[-1][1].append((line[3:], []))
            continue
        blocks = cats[-1][1][-1][1]
        if line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        elif line[:1].isdigit() and line[1:3] == ". ":
            if blocks and blocks[-1][0] == "ol":
                blocks[-1][1].append(line[3:])
            else:
                blocks.append(("ol", [line[3:]]))
        else:
            blocks.append(("p", line))
    return meta, cats


def render(meta, cats):
    out = []
    w = out.append
    url = meta["saved"]
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('    \n<meta name="description" content="Frequently Asked Questions on disinvestment, strategic disinvestment, asset monetisation and capital management of CPSEs.">\n')
    w('<link rel="canonical" href="%s">\n' % url)
    w('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n')
    w('<meta name="MobileOptimized" content="width">\n<meta name="HandheldFriendly" content="true">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0">\n')
    w('<link rel="icon" href="%s/favicon.ico" type="image/vnd.microsoft.icon">\n' % FILES)
    w('    <title>Frequently Asked Questions | Department of Investment and Public Asset Management | Ministry of Finance | Government of India</title>\n')
    for css in ("bootstrap.min.css", "base.css", "style.css", "font-awesome.min.css", "gigw.css"):
        w('    <link rel="stylesheet" media="all" href="%s/%s">\n' % (FILES, css))
    w('    <style>\n      .accordion{background:#f3f6fa;color:#0b2e59;cursor:pointer;padding:12px 16px;width:100%;border:0;border-bottom:1px solid #d6dde6;text-align:left;font-weight:600;font-size:15px;}\n')
    w('      .accordion.active,.accordion:hover{background:#e2e9f3;}\n      .accordion:after{content:"\\002B";float:right;margin-left:5px;}\n      .accordion.active:after{content:"\\2212";}\n')
    w('      .panel{padding:4px 18px 10px;display:none;background:#fff;overflow:hidden;}\n      .faq-cat{margin:28px 0 10px;color:#8a1538;border-left:4px solid #8a1538;padding-left:10px;}\n    </style>\n')
    w('    <script src="%s/jquery.min.js"></script>\n' % FILES)
    w('    <script src="%s/bootstrap.bundle.min.js"></script>\n' % FILES)
    w('  </head>\n  <body class="path-node page-node-type-page lang-en">\n')
    w('        <a href="#main-content" class="visually-hidden focusable skip-link">\n      Skip to main content\n    </a>\n')
    w('    \n      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas="">\n')
    # GIGW top bar
    w('    <div class="region-topbar gov-bar">\n      <div class="container">\n        <div class="row">\n')
    w('          <div class="col-md-6 gov-left">\n            <ul class="gov-list">\n')
    w('              <li><a href="https://www.india.gov.in/" target="_blank" title="Government of India, External link that opens in a new window"><span lang="hi">भारत सरकार</span></a></li>\n')
    w('              <li><a href="https://www.india.gov.in/" target="_blank" title="Government of India, External link that opens in a new window">Government of India</a></li>\n')
    w('            </ul>\n          </div>\n          <div class="col-md-6 gov-right">\n            <ul class="access-list">\n')
    w('              <li><a href="#main-content" title="Skip to main content">Skip to main content</a></li>\n')
    w('              <li><a href="https://dipam.gov.in/dipam/screen-reader-access" title="Screen Reader Access">Screen Reader Access</a></li>\n')
    w('              <li class="font-resize"><a href="javascript:void(0);" id="font-decrease" title="Decrease font size">A<sup>-</sup></a><a href="javascript:void(0);" id="font-normal" title="Normal font size">A</a><a href="javascript:void(0);" id="font-increase" title="Increase font size">A<sup>+</sup></a></li>\n')
    w('              <li class="contrast"><a href="javascript:void(0);" class="high-contrast" title="High Contrast">A</a><a href="javascript:void(0);" class="normal-contrast" title="Normal Contrast">A</a></li>\n')
    w('              <li class="language-switcher"><a href="https://dipam.gov.in/hi/dipam/faqs" hreflang="hi" lang="hi" title="हिन्दी">हिन्दी</a> | <a href="https://dipam.gov.in/dipam/faqs" hreflang="en" class="is-active" title="English">English</a></li>\n')
    w('            </ul>\n          </div>\n        </div>\n      </div>\n    </div>\n')
    # header
    w('    <header class="site-header" role="banner">\n      <div class="container">\n        <div class="row align-items-center">\n')
    w('          <div class="col-md-8 logo-block">\n            <a href="https://dipam.gov.in/" title="Home" rel="home" class="emblem">\n')
    w('              <img src="%s/emblem-dark.png" alt="National Emblem of India" width="52" height="90">\n            </a>\n' % FILES)
    w('            <div class="site-name">\n              <span class="dept-hi" lang="hi">निवेश और लोक परिसंपत्ति प्रबंधन विभाग</span>\n')
    w('              <strong class="dept-en">Department of Investment and Public Asset Management</strong>\n')
    w('              <span class="ministry">Ministry of Finance, Government of India</span>\n            </div>\n          </div>\n')
    w('          <div class="col-md-4 header-right">\n            <img src="%s/swachh-bharat.png" alt="Swachh Bharat" width="96" height="48">\n' % FILES)
    w('            <form action="https://dipam.gov.in/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form">\n')
    w('              <label for="edit-keys" class="visually-hidden">Search</label>\n              <input title="Enter the terms you wish to search for." placeholder="Search" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search">\n')
    w('              <button type="submit" class="search-btn" title="Search"><i class="fa fa-search" aria-hidden="true"></i><span class="visually-hidden">Search</span></button>\n            </form>\n          </div>\n        </div>\n      </div>\n    </header>\n')
    # main menu
    menu = [("Home", "/"), ("About Us", "/dipam/about-us"), ("Disinvestment", "/dipam/disinvestment"),
            ("Strategic Disinvestment", "/dipam/strategic-disinvestment"), ("Asset Monetisation", "/dipam/asset-monetisation"),
            ("Capital Management", "/dipam/capital-management"), ("Reports &amp; Publications", "/dipam/reports"),
            ("Media", "/dipam/media"), ("RTI", "/dipam/rti"), ("Contact Us", "/dipam/contact-us")]
    w('    <nav class="main-navigation navbar navbar-expand-lg" role="navigation" aria-label="Main navigation">\n      <div class="container">\n')
    w('        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainmenu" aria-controls="mainmenu" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>\n')
    w('        <div class="collapse navbar-collapse" id="mainmenu">\n          <ul class="navbar-nav menu">\n')
    for label, href in menu:
        w('            <li class="nav-item"><a href="https://dipam.gov.in%s" class="nav-link">%s</a></li>\n' % (href, label))
    w('          </ul>\n        </div>\n      </div>\n    </nav>\n')
    # ticker
    w('    <div class="whats-new-ticker">\n      <div class="container">\n        <span class="ticker-title">What\'s New</span>\n        <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">\n')
    w('          <a href="https://dipam.gov.in/dipam/notices">Empanelment of Book Running Lead Managers and Legal Advisers - Request for Proposal</a> | \n')
    w('          <a href="https://dipam.gov.in/dipam/capital-management">Revised Guidelines on Capital Restructuring of CPSEs</a> | \n')
    w('          <a href="https://dipam.gov.in/dipam/past-transactions">OFS in Mazagon Dock Shipbuilders Ltd - Details</a>\n')
    w('        </marquee>\n      </div>\n    </div>\n')
    # breadcrumb
    w('    <div class="breadcrumb-wrap">\n      <div class="container">\n        <nav role="navigation" aria-labelledby="system-breadcrumb">\n')
    w('          <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n          <ol class="breadcrumb">\n')
    w('            <li class="breadcrumb-item"><a href="https://dipam.gov.in/">Home</a></li>\n')
    w('            <li class="breadcrumb-item"><a href="https://dipam.gov.in/dipam/resources">Resources</a></li>\n')
    w('            <li class="breadcrumb-item active">FAQs</li>\n          </ol>\n        </nav>\n      </div>\n    </div>\n')
    # body with left menu
    w('    <div class="main-container container">\n      <div class="row">\n')
    w('        <aside class="col-md-3 sidebar-left" role="complementary">\n          <div class="block block-menu">\n            <h2 class="block-title">Resources</h2>\n            <ul class="left-menu">\n')
    left = [("Annual Reports", "annual-reports"), ("Acts, Rules &amp; Guidelines", "guidelines"), ("Office Memoranda", "office-memoranda"),
            ("Parliament Questions", "parliament-questions"), ("Past Transactions", "past-transactions"), ("Citizen&#039;s Charter", "citizens-charter"),
            ("FAQs", "faqs"), ("Tenders", "tenders"), ("Archive", "archive")]
    for label, slug in left:
        cls = ' class="is-active"' if slug == "faqs" else ""
        w('              <li><a href="https://dipam.gov.in/dipam/%s"%s>%s</a></li>\n' % (slug, cls, label))
    w('            </ul>\n          </div>\n        </aside>\n')
    w('        <main class="col-md-9 content-area" role="main">\n          <a id="main-content" tabindex="-1"></a>\n')
    w('          <div class="page-title-wrap"><h1 class="page-title">Frequently Asked Questions (FAQs)</h1></div>\n')
    w('          <div class="share-print"><a href="javascript:window.print();" title="Print this page"><i class="fa fa-print" aria-hidden="true"></i> Print</a></div>\n')
    w('          <article class="node node--type-page">\n            <div class="node__content clearfix">\n')
    w('              <p class="intro">%s</p>\n' % esc(meta["intro"]))
    w('              <div class="faq-controls"><button type="button" class="btn btn-sm btn-outline-primary" id="expand-all">Expand All</button> <button type="button" class="btn btn-sm btn-outline-secondary" id="collapse-all">Collapse All</button></div>\n')
    n = 0
    for ci, (title, items) in enumerate(cats, 1):
        w('              <h3 class="faq-cat" id="faq-cat-%d">%s</h3>\n' % (ci, esc(title)))
        for q, blocks in items:
            n += 1
            w('              <button class="accordion" type="button" aria-expanded="false" aria-controls="faq-%d">Q%d. %s</button>\n' % (n, n, esc(q)))
            w('              <div class="panel" id="faq-%d" role="region">\n' % n)
            for kind, val in blocks:
                if kind == "p":
                    w('                <p>%s</p>\n' % esc(val))
                else:
                    w('                <%s>\n' % kind)
                    for item in val:
                        w('                  <li>%s</li>\n' % esc(item))
                    w('                </%s>\n' % kind)
            w('              </div>\n')
    w('              <p class="faq-disclaimer"><strong>Disclaimer:</strong> %s</p>\n' % esc(meta["disclaimer"]))
    w('            </div>\n          </article>\n')
    w('          <div class="last-updated">Last Updated : %s</div>\n' % meta["updated"])
    w('        </main>\n      </div>\n    </div>\n')
    # footer
    w('    <footer class="site-footer" role="contentinfo">\n      <div class="footer-top">\n        <div class="container">\n          <ul class="footer-menu">\n')
    foot = [("Website Policies", "website-policies"), ("Hyperlinking Policy", "hyperlinking-policy"), ("Copyright Policy", "copyright-policy"),
            ("Privacy Policy", "privacy-policy"), ("Terms &amp; Conditions", "terms-conditions"), ("Accessibility Statement", "accessibility-statement"),
            ("Help", "help"), ("Feedback", "feedback"), ("Sitemap", "sitemap"), ("Contact Us", "contact-us")]
    for label, slug in foot:
        w('            <li><a href="https://dipam.gov.in/dipam/%s">%s</a></li>\n' % (slug, label))
    w('          </ul>\n        </div>\n      </div>\n')
    w('      <div class="footer-bottom">\n        <div class="container">\n          <div class="row">\n')
    w('            <div class="col-md-8 copyright">\n')
    w('              <p>Content Owned by Department of Investment and Public Asset Management, Ministry of Finance, Government of India</p>\n')
    w('              <p>Designed, Developed and Hosted by <a href="https://www.nic.in/" target="_blank" title="National Informatics Centre, External link that opens in a new window">National Informatics Centre (NIC)</a></p>\n')
    w('              <p class="browser-note">Best viewed in latest versions of Chrome, Firefox, Edge and Safari at 1366 x 768 resolution.</p>\n')
    w('            </div>\n')
    w('            <div class="col-md-4 footer-logos">\n              <a href="https://www.india.gov.in/" target="_blank"><img src="%s/india-gov.png" alt="india.gov.in - National Portal of India" width="120" height="40"></a>\n' % FILES)
    w('              <a href="https://www.digitalindia.gov.in/" target="_blank"><img src="%s/digital-india.png" alt="Digital India" width="90" height="40"></a>\n' % FILES)
    w('              <div class="visitor-counter">Visitors: <span class="counter">2,41,87,316</span></div>\n')
    w('            </div>\n          </div>\n        </div>\n      </div>\n    </footer>\n')
    w('  </div>\n\n')
    w('    <script>\n      var acc = document.getElementsByClassName("accordion");\n      for (var i = 0; i < acc.length; i++) {\n')
    w('        acc[i].addEventListener("click", function () {\n          this.classList.toggle("active");\n          var panel = this.nextElementSibling;\n')
    w('          var open = panel.style.display === "block";\n          panel.style.display = open ? "none" : "block";\n          this.setAttribute("aria-expanded", open ? "false" : "true");\n        });\n      }\n')
    w('      document.getElementById("expand-all").onclick = function () { for (var i = 0; i < acc.length; i++) { acc[i].classList.add("active"); acc[i].nextElementSibling.style.display = "block"; } };\n')
    w('      document.getElementById("collapse-all").onclick = function () { for (var i = 0; i < acc.length; i++) { acc[i].classList.remove("active"); acc[i].nextElementSibling.style.display = "none"; } };\n')
    w('    </script>\n    <script src="%s/gigw-accessibility.js"></script>\n' % FILES)
    w('  \n\n</body></html>')
    return "".join(out)


def main():
    with open(SRC, encoding="utf-8") as f:
        meta, cats = parse(f.read())
    data = render(meta, cats)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
