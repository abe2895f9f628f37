#!/usr/bin/python3
"""Make docs/pmjay-faq-nha.html from tools/pmjay-faq-nha.txt.

The page is the FAQ page of the AB PM-JAY website (a Drupal site with a Bootstrap 5 theme, as
government scheme sites are built) saved from Chrome with "Save page as > Webpage, Complete": the
"saved from url" comment after the doctype, the Content-Type meta Chrome puts first in the head,
style-sheet, icon and script links pointing into the "_files" folder Chrome writes beside the page
(the set does not hold it), Google Analytics and Drupal settings scripts, and the DOM as it stood
after the page's scripts ran (the first tab shown, the first question of each tab open).

Around the content: the gov strip (Government of India and the Ministry in Hindi and English,
"Skip to main content", "Screen Reader Access", the A- / A / A+ font-size buttons, the contrast
buttons and the language switch), the header (emblem, scheme logo, NHA logo, "Am I Eligible" and
"Find Hospital" buttons), the main menu with drop-downs, the "What's New" marquee with dated items
and "new" gifs, a breadcrumb, the grievance helpline box in the sidebar, the "Was this page
helpful?" widget, and the footer (policy links, content-owner line, "Last Updated", a visitor
counter, browser note, copyright, back-to-top button).

The content: an h1, the opening paragraph, a tab list of FAQ categories (buttons with role="tab",
aria-selected, aria-controls) and one Bootstrap accordion per category - every question a button
with aria-expanded and aria-controls inside an h3, every answer in a collapsed panel. Some answers
are in the CKEditor span soup left by pasting from Word; a table, bulleted lists, &nbsp; and
empty paragraphs are as the CMS leaves them.

Run from anywhere: /usr/bin/python3 tools/make_html.py  (standard library; the output is fixed)
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pmjay-faq-nha.txt")
OUT = os.path.join(HERE, "..", "docs", "pmjay-faq-nha.html")

URL = "https://pmjay.gov.in/faq"
TITLE = "Frequently Asked Questions | Ayushman Bharat Pradhan Mantri Jan Arogya Yojana"
FILES = "./" + TITLE.replace("|", "_") + "_files"


def esc(s):
    return html.escape(s, quote=False)


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return s


def read():
    meta, news, cats = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@cat "):
                cid, tab, head = [x.strip() for x in line[5:].split("|")]
                cats.append({"id": cid, "tab": tab, "head": head, "qs": []})
            elif line.startswith("@q "):
                cats[-1]["qs"].append({"q": line[3:], "blocks": []})
            elif line.startswith("@news "):
                d, t = line[6:].split(" | ", 1)
                news.append((d, t))
            elif line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("!"):
                meta.setdefault("tail", []).append(line)
            elif cats and cats[-1]["qs"]:
                cats[-1]["qs"][-1]["blocks"].append(line)
            else:
                meta.setdefault("tail", []).append(line)
    return meta, news, cats


def answer_html(blocks, ind):
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:])
                i += 1
            out.append(ind + "<ul>")
            for it in items:
                out.append(ind + "\t<li>" + inline(it) + "</li>")
            out.append(ind + "</ul>")
            continue
        if b.startswith("| "):
            rows = []
            while i < len(blocks) and blocks[i].startswith("| "):
                rows.append([c.strip() for c in blocks[i].strip("|").split("|")])
                i += 1
            out.append(ind + '<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" style="width:100%">')
            out.append(ind + "\t<thead>")
            out.append(ind + "\t\t<tr>" + "".join('<th scope="col">%s</th>' % inline(c) for c in rows[0]) + "</tr>")
            out.append(ind + "\t</thead>")
            out.append(ind + "\t<tbody>")
            for r in rows[1:]:
                out.append(ind + "\t\t<tr>" + "".join("<td>%s</td>" % inline(c) for c in r) + "</tr>")
            out.append(ind + "\t</tbody>")
            out.append(ind + "</table>")
            continue
        if b.startswith("~ "):
            t = inline(b[2:]).replace(". ", ".&nbsp;", 1)
            out.append(ind + '<p><span style="font-size:11pt"><span style="line-height:107%">'
                       '<span style="font-family:Calibri,sans-serif">' + t +
                       "</span></span></span></p>")
            out.append(ind + "<p>&nbsp;</p>")
        else:
            out.append(ind + '<p style="text-align: justify;">' + inline(b) + "</p>")
        i += 1
    return out


def page(meta, news, cats):
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a("<!-- saved from url=(%04d)%s -->" % (len(URL), URL))
    a('<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1.0">')
    a('<meta name="description" content="Frequently asked questions on Ayushman Bharat Pradhan Mantri Jan Arogya Yojana (AB PM-JAY): eligibility, benefits, Ayushman Card, hospitals, senior citizens and grievances.">')
    a('<meta name="keywords" content="PM-JAY, Ayushman Bharat, Ayushman Card, NHA, FAQ, health assurance, Vay Vandana">')
    a('<link rel="canonical" href="%s">' % URL)
    a('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')
    a('<meta name="MobileOptimized" content="width">')
    a('<meta name="HandheldFriendly" content="true">')
    a('<link rel="icon" href="%s/favicon.ico" type="image/vnd.microsoft.icon">' % FILES)
    a("<title>%s</title>" % esc(TITLE))
    for css in ("bootstrap.min.css", "font-awesome.min.css", "css_dQ2l8tXqR0mVh3kB9yWz.css",
                "style.css", "responsive.css", "high-contrast.css"):
        a('<link rel="stylesheet" media="all" href="%s/%s">' % (FILES, css))
    a('<script async="" src="%s/js"></script>' % FILES)
    a("<script>")
    a("  window.dataLayer = window.dataLayer || [];")
    a("  function gtag(){dataLayer.push(arguments);}")
    a("  gtag('js', new Date());")
    a("  gtag('config', 'G-7QH2M5C8XN');")
    a("</script>")
    a("<style>.whats-new marquee a{color:#fff}.helpline-box{background:#fff7e6;border-left:4px solid #f58220}</style>")
    a('</head>')
    a('<body class="path-faq page-node-type-page">')
    a('<a href="#main-content" class="visually-hidden focusable skip-link">')
    a("      Skip to main content")
    a("    </a>")
    a("")
    a('    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas="">')
    a('    <div class="gov-strip">')
    a('  <div class="container">')
    a('    <div class="row">')
    a('      <div class="col-md-6 gov-left">')
    a('        <ul class="gov-list">')
    a('          <li><a href="https://www.india.gov.in/" target="_blank" title="Government of India, External link that opens in a new window" lang="hi">भारत सरकार</a> <span class="sep">|</span> <a href="https://www.india.gov.in/" target="_blank">Government of India</a></li>')
    a('          <li><a href="https://mohfw.gov.in/" target="_blank" lang="hi">स्वास्थ्य एवं परिवार कल्याण मंत्रालय</a> <span class="sep">|</span> <a href="https://mohfw.gov.in/" target="_blank">Ministry of Health and Family Welfare</a></li>')
    a("        </ul>")
    a("      </div>")
    a('      <div class="col-md-6 gov-right">')
    a('        <ul class="access-list">')
    a('          <li><a href="#main-content" class="skip-content" title="Skip to main content">Skip to main content</a></li>')
    a('          <li><a href="https://pmjay.gov.in/screen-reader-access" title="Screen Reader Access">Screen Reader Access</a></li>')
    a('          <li class="font-size" role="group" aria-label="Font size">')
    a('            <button type="button" class="font-btn" id="font-decrease" aria-label="Decrease font size" title="Decrease font size">A<sup>-</sup></button>')
    a('            <button type="button" class="font-btn active" id="font-normal" aria-label="Normal font size" title="Normal font size">A</button>')
    a('            <button type="button" class="font-btn" id="font-increase" aria-label="Increase font size" title="Increase font size">A<sup>+</sup></button>')
    a("          </li>")
    a('          <li class="contrast" role="group" aria-label="Contrast">')
    a('            <button type="button" class="contrast-btn high" aria-label="High contrast" title="High contrast">A</button>')
    a('            <button type="button" class="contrast-btn normal active" aria-label="Normal contrast" title="Normal contrast">A</button>')
    a("          </li>")
    a('          <li class="lang-switch"><a href="https://pmjay.gov.in/hi/faq" hreflang="hi" lang="hi">हिन्दी</a></li>')
    a("        </ul>")
    a("      </div>")
    a("    </div>")
    a("  </div>")
    a("</div>")
    a('<header class="site-header" role="banner">')
    a('  <div class="container">')
    a('    <div class="logo-wrap">')
    a('      <a href="https://pmjay.gov.in/" title="Home" rel="home" class="navbar-brand">')
    a('        <img src="%s/emblem.svg" alt="National Emblem of India" class="emblem" width="42" height="70">' % FILES)
    a('        <img src="%s/ab-pmjay-logo.png" alt="Ayushman Bharat Pradhan Mantri Jan Arogya Yojana" class="scheme-logo" width="220" height="70">' % FILES)
    a("      </a>")
    a('      <a href="https://nha.gov.in/" target="_blank" class="nha-logo"><img src="%s/nha-logo.png" alt="National Health Authority" width="150" height="60"></a>' % FILES)
    a("    </div>")
    a('    <div class="header-cta">')
    a('      <a class="btn btn-orange" href="https://beneficiary.nha.gov.in/" target="_blank">Am I Eligible</a>')
    a('      <a class="btn btn-green" href="https://hospitals.pmjay.gov.in/" target="_blank">Find Hospital</a>')
    a("    </div>")
    a("  </div>")
    a('  <nav class="navbar navbar-expand-lg main-menu" aria-label="Main navigation">')
    a('    <div class="container">')
    a('      <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>')
    a('      <div class="collapse navbar-collapse" id="navbarMain">')
    a('        <ul class="navbar-nav">')
    menu = [("Home", "/", []),
            ("About", "#", ["About PM-JAY", "About NHA"]),
            ("Beneficiary", "#", ["Am I Eligible", "Vay Vandana Card"]),
            ("Hospitals", "#", ["Find Hospital", "Hospital Empanelment"]),
            ("Resources", "#", ["Guidelines", "Circulars", "RTI"]),
            ("Media Centre", "#", ["Press Releases", "Gallery"]),
            ("FAQs", "/faq", []),
            ("Contact Us", "/contact-us", [])]
    for name, href, subs in menu:
        if subs:
            a('          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">%s</a>' % name)
            a('            <ul class="dropdown-menu">' + "".join(
                '<li><a class="dropdown-item" href="/%s">%s</a></li>' % (re.sub(r"\W+", "-", s.lower()), esc(s))
                for s in subs) + "</ul>")
            a("          </li>")
        else:
            cls = "nav-link active" if name == "FAQs" else "nav-link"
            cur = ' aria-current="page"' if name == "FAQs" else ""
            a('          <li class="nav-item"><a class="%s"%s href="%s">%s</a></li>' % (cls, cur, href, name))
    a("        </ul>")
    a("      </div>")
    a("    </div>")
    a("  </nav>")
    a("</header>")
    a('<div class="whats-new">')
    a('  <div class="container d-flex">')
    a('    <span class="label">What\'s New</span>')
    items = []
    for d, t in news:
        items.append('<a href="https://pmjay.gov.in/media-centre/press-releases" target="_blank">%s (%s)</a> '
                     '<img src="%s/new.gif" alt="new" width="28" height="11">' % (esc(t), d, FILES))
    a('    <marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">'
      + ' <span class="sep">|</span> '.join(items) + "</marquee>")
    a("  </div>")
    a("</div>")
    a("")
    a('  <div class="breadcrumb-wrap">')
    a('    <div class="container">')
    a('      <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://pmjay.gov.in/">Home</a></li><li class="breadcrumb-item active" aria-current="page">FAQs</li></ol></nav>')
    a("    </div>")
    a("  </div>")
    a("")
    a('<main id="main-content" role="main" tabindex="-1">')
    a('  <div class="container">')
    a('    <div class="row">')
    a('      <div class="col-lg-9 content-area">')
    a('        <div data-drupal-messages-fallback="" class="hidden"></div>')
    a('        <article class="node node--type-page">')
    a('          <h1 class="page-title"><span class="field field--name-title">%s</span></h1>' % esc(meta["title"]))
    a('          <div class="field field--name-body field--type-text-with-summary">')
    a('            <p class="lead-text">%s</p>' % inline(meta["intro"]))
    a("          </div>")
    a('          <ul class="nav nav-tabs faq-tabs" id="faqTab" role="tablist">')
    for n, c in enumerate(cats):
        on = n == 0
        a('            <li class="nav-item" role="presentation"><button class="nav-link%s" id="%s-tab" data-bs-toggle="tab" data-bs-target="#%s" type="button" role="tab" aria-controls="%s" aria-selected="%s"%s>%s</button></li>'
          % (" active" if on else "", c["id"], c["id"], c["id"], "true" if on else "false",
             "" if on else ' tabindex="-1"', esc(c["tab"])))
    a("          </ul>")
    a('          <div class="tab-content" id="faqTabContent">')
    for n, c in enumerate(cats):
        a('            <div class="tab-pane fade%s" id="%s" role="tabpanel" aria-labelledby="%s-tab" tabindex="0">'
          % (" show active" if n == 0 else "", c["id"], c["id"]))
        a('              <h2 class="faq-cat-title">%s</h2>' % esc(c["head"]))
        a('              <div class="accordion faq-accordion" id="acc-%s">' % c["id"])
        for k, q in enumerate(c["qs"], 1):
            qid = "faq-%s-%d" % (c["id"], k)
            first = k == 1
            a('                <div class="accordion-item">')
            a('                  <h3 class="accordion-header" id="%s-heading">' % qid)
            a('                    <button class="accordion-button%s" type="button" data-bs-toggle="collapse" data-bs-target="#%s" aria-expanded="%s" aria-controls="%s">%d. %s</button>'
              % ("" if first else " collapsed", qid, "true" if first else "false", qid, k, esc(q["q"])))
            a("                  </h3>")
            a('                  <div id="%s" class="accordion-collapse collapse%s" aria-labelledby="%s-heading" data-bs-parent="#acc-%s">'
              % (qid, " show" if first else "", qid, c["id"]))
            a('                    <div class="accordion-body">')
            L.extend(answer_html(q["blocks"], "                      "))
            a("                    </div>")
            a("                  </div>")
            a("                </div>")
        a("              </div>")
        a("            </div>")
    a("          </div>")
    for t in meta.get("tail", []):
        if t.startswith("!"):
            a('          <p class="faq-note"><em>%s</em></p>' % inline(t[1:]))
    a('          <div class="page-feedback">')
    a('            <span>Was this page helpful?</span>')
    a('            <button type="button" class="btn btn-sm btn-outline-success" aria-label="Yes, this page was helpful">Yes</button>')
    a('            <button type="button" class="btn btn-sm btn-outline-danger" aria-label="No, this page was not helpful">No</button>')
    a("          </div>")
    a("        </article>")
    a("      </div>")
    a('      <aside class="col-lg-3 sidebar" role="complementary">')
    a('        <div class="helpline-box">')
    a('          <h2 class="block-title">Need Help?</h2>')
    a('          <p class="helpline-label">Toll-free Call Centre (24x7)</p>')
    a('          <p class="helpline-no"><i class="fa fa-phone" aria-hidden="true"></i> <a href="tel:14555">14555</a> / <a href="tel:18001114477">1800-11-4477</a></p>')
    a('          <p>Lodge a grievance online: <a href="https://cgrms.pmjay.gov.in/" target="_blank">cgrms.pmjay.gov.in</a></p>')
    a('          <p class="helpline-address">Write to: Grievance Cell, National Health Authority, 3rd, 7th &amp; 9th Floor, Tower-l, Jeevan Bharati Building, Connaught Place, New Delhi - 110001</p>')
    a("        </div>")
    a("      </aside>")
    a("    </div>")
    a("  </div>")
    a("</main>")
    a('<footer class="site-footer" role="contentinfo">')
    a('  <div class="container">')
    a('    <ul class="footer-links">')
    for f in ("Website Policies", "Help", "Sitemap", "Feedback", "Terms &amp; Conditions",
              "Privacy Policy", "Accessibility Statement"):
        a('      <li><a href="#">%s</a></li>' % f)
    a("    </ul>")
    a('    <div class="footer-info">')
    a("      <p>Content owned and maintained by National Health Authority, Ministry of Health and Family Welfare, Government of India</p>")
    a('      <p class="last-updated">Last Updated: <span>%s</span></p>' % meta["updated"])
    a('      <p class="visitor-count">Visitors: <span>%s</span></p>' % meta["visitors"])
    a("      <p>Best viewed in Chrome, Firefox or Edge at 1366 x 768</p>")
    a("      <p>© 2025 National Health Authority. All Rights Reserved.</p>")
    a("    </div>")
    a("  </div>")
    a('  <a href="#" class="back-to-top" aria-label="Back to top" title="Back to top"><i class="fa fa-angle-up"></i></a>')
    a("</footer>")
    a("")
    a("  </div>")
    a("")
    a('    <script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/27","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":[],"user":{"uid":0,"permissionsHash":"9e4c0b2a7d18f53c6a0e9d1b47f2c8e3a5d6b0f1c2e3d4a5b6c7d8e9f0a1b2c3"}}</script>')
    for js in ("jquery.min.js", "once.min.js", "drupalSettingsLoader.js", "drupal.js",
               "bootstrap.bundle.min.js", "custom.js"):
        a('<script src="%s/%s"></script>' % (FILES, js))
    a("")
    a("</body></html>")
    return "\n".join(L)


def main():
    meta, news, cats = read()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, news, cats))


if __name__ == "__main__":
    main()
