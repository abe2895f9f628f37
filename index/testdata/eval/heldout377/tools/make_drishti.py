#!/usr/bin/python3
"""Re-make docs/madhav-tiger-reserve-drishti.html byte for byte from tools/madhav-tiger-reserve-drishti.txt.

The page is a coaching institute's "Daily News Analysis" article (Drishti IAS style) saved from
Chrome as "Webpage, HTML Only", i.e. the HTML the server sent: a PHP-rendered Bootstrap page with
LF line ends around an article body pasted from the site's CKEditor 4 (CRLF line ends, tab-indented
nested lists, named entities such as &rsquo; &ndash; &nbsp; and &amp;). Around the article: meta
and Open Graph tags, a JSON-LD NewsArticle and BreadcrumbList, Google Tag Manager snippets and a
noscript iframe, the top bar (Hindi site link in Devanagari, Login / Register), the site header with
its menu and the "Current Affairs" drop-down, the breadcrumb, the title block (date, read time,
Print PDF, Mark as Read), tag links, the "For Prelims" / "For Mains" lines, h2 sections, the Drishti
Mains Question, the PYQ block with options split by <br />, the source line, previous / next links,
a sidebar with the daily-updates list and the "PT 365" banner, and a footer with many links.

Source marks: header lines "KEY: value" (TITLE, SLUG, DATE, READ, TAGS, PRELIMS, MAINS), "## "
h2 headings, "- " / "  - " nested list items, plain lines as paragraphs, "IMG: src | alt",
MAINSQ / PYQ-PRELIMS / PYQ-OPT / PYQ-ANS / PYQ-MAINS / SOURCE lines; inline **bold** and
[text](path).
Run: /usr/bin/python3 tools/make_drishti.py [output.html]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "madhav-tiger-reserve-drishti.txt")
OUT = os.path.join(HERE, "..", "docs", "madhav-tiger-reserve-drishti.html")
SITE = "https://www.drishtiias.com"

ENT = {"\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
       "\u2013": "&ndash;", "\u2014": "&mdash;", "\u00a0": "&nbsp;"}


def ck(text):
    """CKEditor 4 escaping with config.entities on."""
    s = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for k, v in ENT.items():
        s = s.replace(k, v)
    return s


def inline(text):
    out, pos = [], 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[(.+?)\]\((/[^)]*)\)", text):
        out.append(ck(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>%s</strong>" % ck(m.group(1)))
        else:
            out.append('<a href="%s%s">%s</a>' % (SITE, m.group(3), ck(m.group(2))))
        pos = m.end()
    out.append(ck(text[pos:]))
    return "".join(out)


def read():
    meta, body = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line:
            continue
        m = re.match(r"^([A-Z][A-Z-]+): (.*)$", line)
        if m and m.group(1) in ("TITLE", "SLUG", "DATE", "READ", "TAGS", "PRELIMS", "MAINS"):
            meta[m.group(1)] = m.group(2)
        else:
            body.append(line)
    return meta, body


def article(meta, body):
    """The CKEditor body: CRLF line ends, tabs for list depth."""
    out = []
    out.append("<p><strong>For Prelims:&nbsp;</strong>%s</p>" % inline(meta["PRELIMS"]))
    out.append("")
    out.append("<p><strong>For Mains:</strong> %s</p>" % inline(meta["MAINS"]))
    out.append("")
    opts = []

    def render_list(items):
        """items: [(depth, text)] -> CKEditor 4 markup: a <li> without children closes on its line."""
        res = ["<ul>"]
        k = 0
        while k < len(items):
            d, text = items[k]
            kids = []
            k += 1
            while k < len(items) and items[k][0] == 2:
                kids.append(items[k][1])
                k += 1
            if kids:
                res.append("\t<li>%s" % inline(text))
                res.append("\t<ul>")
                res += ["\t\t<li>%s</li>" % inline(t) for t in kids]
                res.append("\t</ul>")
                res.append("\t</li>")
            else:
                res.append("\t<li>%s</li>" % inline(text))
        res.append("</ul>")
        return res

    i = 0
    lines = body
    while i < len(lines):
        line = lines[i]
        if line.startswith("- "):
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  - ")):
                items.append((1, lines[i][2:]) if lines[i].startswith("- ") else (2, lines[i][4:]))
                i += 1
            out.extend(render_list(items))
            out.append("")
            continue
        if line.startswith("## "):
            out.append("<h2><strong>%s</strong></h2>" % ck(line[3:]))
            out.append("")
        elif line.startswith("IMG: "):
            src, alt = [x.strip() for x in line[5:].split("|")]
            out.append('<p style="text-align:center"><img alt="%s" src="%s%s" style="width: 100%%;" /></p>'
                       % (ck(alt), SITE, src))
            out.append("")
        elif line.startswith("MAINSQ: "):
            out.append("<h3><strong>Drishti Mains Question:</strong></h3>")
            out.append("")
            out.append("<p>%s</p>" % inline(line[8:]))
            out.append("")
            out.append("<p>&nbsp;</p>")
            out.append("")
            out.append('<h2 style="text-align:center"><strong>UPSC Civil Services Examination, '
                       'Previous Year Question (PYQ)&nbsp;</strong></h2>')
            out.append("")
        elif line.startswith("PYQ-PRELIMS: "):
            out.append("<p><strong>Prelims</strong></p>")
            out.append("")
            q = line[13:]
            out.append("<p><strong>Q.</strong>%s</p>" % inline(q[2:]))
            out.append("")
        elif line.startswith("PYQ-OPT: "):
            opts.append(inline(line[9:]))
            if not lines[i + 1].startswith("PYQ-OPT: "):
                out.append("<p>" + "<br />\r\n".join(opts) + "</p>")
                out.append("")
                opts = []
        elif line.startswith("PYQ-ANS: "):
            out.append("<p><strong>%s</strong></p>" % ck(line[9:]))
            out.append("")
        elif line.startswith("PYQ-MAINS: "):
            out.append("<p><strong>Mains</strong></p>")
            out.append("")
            out.append("<p><strong>Q.</strong>%s</p>" % inline(line[13:]))
            out.append("")
        elif line.startswith("SOURCE: "):
            out.append("<p><strong>Source: %s</strong></p>" % ck(line[8:]))
        else:
            out.append("<p>%s</p>" % inline(line))
            out.append("")
        i += 1
    return "\r\n".join(out)


MENU = [
    ("Home", "/", []),
    ("Courses", "/online-course", [("UPSC Online Course", "/online-course/upsc"), ("State PCS", "/online-course/state-pcs"),
                                   ("Classroom Programme", "/classroom-programme")]),
    ("Test Series", "/test-series", [("Prelims Test Series", "/test-series/prelims"),
                                     ("Mains Test Series", "/test-series/mains")]),
    ("Current Affairs", "/current-affairs-news-analysis-editorials",
     [("Daily News Analysis", "/current-affairs-news-analysis-editorials/news-analysis"),
      ("Daily Editorial Analysis", "/current-affairs-news-analysis-editorials/news-editorials"),
      ("Important Facts For Prelims", "/current-affairs-news-analysis-editorials/important-facts-for-prelims"),
      ("Rapid Fire Current Affairs", "/current-affairs-news-analysis-editorials/rapid-fire-current-affairs"),
      ("Monthly Consolidation", "/current-affairs-news-analysis-editorials/monthly-consolidation"),
      ("Summary of Important Reports", "/summary-of-important-reports")]),
    ("UPSC", "/upsc", []),
    ("State PCS", "/state-pcs", []),
    ("Mains Answer Writing", "/mains-practice-question", []),
    ("Free Resources", "/free-downloads", []),
]

FOOTER = [
    ("Important Links", [("About Us", "/about-us"), ("Contact Us", "/contact-us"), ("Careers", "/careers"),
                         ("Privacy Policy", "/privacy-policy"), ("Terms of Use", "/terms-of-use"),
                         ("Refund Policy", "/refund-policy"), ("Disclaimer", "/disclaimer")]),
    ("Current Affairs", [("Daily News Analysis", "/current-affairs-news-analysis-editorials/news-analysis"),
                         ("Editorials", "/current-affairs-news-analysis-editorials/news-editorials"),
                         ("Monthly Magazine", "/magazine"), ("PT 365", "/pt-365"),
                         ("Mains 365", "/mains-365")]),
    ("UPSC", [("Syllabus", "/upsc/syllabus"), ("Previous Year Papers", "/upsc/previous-year-papers"),
              ("NCERT Books", "/free-downloads/ncert-books"), ("Toppers' Copies", "/toppers-copy")]),
    ("State PCS", [("UPPCS", "/state-pcs/uppcs"), ("BPSC", "/state-pcs/bpsc"), ("RAS", "/state-pcs/ras"),
                   ("MPPSC", "/state-pcs/mppsc")]),
]

DAILY = ["Madhav National Park Declared 58th Tiger Reserve", "India&rsquo;s Semiconductor Mission",
         "Rising Cases of Guillain-Barr&eacute; Syndrome", "Gender Budgeting in India",
         "Global Forest Watch Data on Tree Cover Loss"]


def page(meta, body_html):
    title = meta["TITLE"]
    url = "%s/daily-updates/daily-news-analysis/%s" % (SITE, meta["SLUG"])
    desc = ("Madhav National Park in Shivpuri, Madhya Pradesh, has been notified as India's 58th tiger "
            "reserve. Read about the reserve, the status of tigers in India and key conservation initiatives.")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-11T06:30:00+05:30", "dateModified": "2025-03-11T18:42:10+05:30",
          "image": [SITE + "/images/uploads/1741672231_Madhav_Tiger_Reserve.png"],
          "author": {"@type": "Organization", "name": "Drishti IAS", "url": SITE},
          "publisher": {"@type": "Organization", "name": "Drishti IAS",
                        "logo": {"@type": "ImageObject", "url": SITE + "/drishti/img/logo.png"}},
          "mainEntityOfPage": url, "description": desc}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
        {"@type": "ListItem", "position": 2, "name": "Daily Updates", "item": SITE + "/daily-updates"},
        {"@type": "ListItem", "position": 3, "name": "Daily News Analysis",
         "item": SITE + "/current-affairs-news-analysis-editorials/news-analysis"},
        {"@type": "ListItem", "position": 4, "name": title, "item": url}]}
    h = []
    a = h.append
    a("<!DOCTYPE html>")
    a('<html lang="en">')
    a("<head>")
    a('    <meta charset="utf-8">')
    a('    <meta http-equiv="X-UA-Compatible" content="IE=edge">')
    a('    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">')
    a("    <title>%s</title>" % html.escape(title, quote=False))
    a('    <meta name="description" content="%s">' % html.escape(desc))
    a('    <meta name="keywords" content="Madhav National Park, Madhav Tiger Reserve, 58th tiger reserve, Shivpuri, '
      'NTCA, All India Tiger Estimation 2022, M-STrIPES, CA|TS, Project Tiger, UPSC, Drishti IAS">')
    a('    <meta name="robots" content="index, follow, max-image-preview:large">')
    a('    <link rel="canonical" href="%s">' % url)
    a('    <link rel="alternate" hreflang="en" href="%s">' % url)
    a('    <link rel="alternate" hreflang="hi" href="%s/hindi/daily-updates/daily-news-analysis/madhav-rashtriya-udyan-58va-tiger-reserve">' % SITE)
    a('    <meta property="og:locale" content="en_US">')
    a('    <meta property="og:type" content="article">')
    a('    <meta property="og:title" content="%s">' % html.escape(title))
    a('    <meta property="og:description" content="%s">' % html.escape(desc))
    a('    <meta property="og:url" content="%s">' % url)
    a('    <meta property="og:site_name" content="Drishti IAS">')
    a('    <meta property="og:image" content="%s/images/uploads/1741672231_Madhav_Tiger_Reserve.png">' % SITE)
    a('    <meta property="article:published_time" content="2025-03-11T06:30:00+05:30">')
    a('    <meta name="twitter:card" content="summary_large_image">')
    a('    <meta name="twitter:site" content="@drishtiias">')
    a('    <link rel="icon" type="image/x-icon" href="%s/favicon.ico">' % SITE)
    a('    <link rel="preconnect" href="https://fonts.googleapis.com">')
    a('    <link href="https://fonts.googleapis.com/css2?family=Roboto:wght@400;500;700&display=swap" rel="stylesheet">')
    a('    <link rel="stylesheet" href="%s/drishti/assets/css/bootstrap.min.css?v=4.6">' % SITE)
    a('    <link rel="stylesheet" href="%s/drishti/assets/css/font-awesome.min.css">' % SITE)
    a('    <link rel="stylesheet" href="%s/drishti/assets/css/style.css?v=25.03.07">' % SITE)
    a('    <link rel="stylesheet" href="%s/drishti/assets/css/responsive.css?v=25.03.07">' % SITE)
    a("    <!-- Google Tag Manager -->")
    a("    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':")
    a("    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],")
    a("    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=")
    a("    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);")
    a("    })(window,document,'script','dataLayer','GTM-P7XK2QD');</script>")
    a("    <!-- End Google Tag Manager -->")
    a('    <script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    a('    <script type="application/ld+json">%s</script>' % json.dumps(crumbs, ensure_ascii=False))
    a("</head>")
    a('<body class="article-page">')
    a('<!-- Google Tag Manager (noscript) -->')
    a('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-P7XK2QD" height="0" width="0" '
      'style="display:none;visibility:hidden"></iframe></noscript>')
    a('<!-- End Google Tag Manager (noscript) -->')
    a("")
    a('<div class="top-bar d-none d-md-block">')
    a('  <div class="container">')
    a('    <ul class="top-links">')
    a('      <li><a href="%s/hindi" class="lang-switch">हिंदी साइट</a></li>' % SITE)
    a('      <li><a href="%s/drishti-learning-app">Drishti Learning App</a></li>' % SITE)
    a('      <li><a href="%s/login" class="login-btn">Login</a></li>' % SITE)
    a('      <li><a href="%s/register" class="register-btn">Register</a></li>' % SITE)
    a("    </ul>")
    a("  </div>")
    a("</div>")
    a('<header class="header sticky-top">')
    a('  <nav class="navbar navbar-expand-lg">')
    a('    <div class="container">')
    a('      <a class="navbar-brand" href="%s/"><img src="%s/drishti/img/logo.png" alt="Drishti IAS" width="172" height="48"></a>' % (SITE, SITE))
    a('      <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainMenu" '
      'aria-controls="mainMenu" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>')
    a('      <div class="collapse navbar-collapse" id="mainMenu">')
    a('        <ul class="navbar-nav ml-auto">')
    for label, href, sub in MENU:
        if sub:
            a('          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="%s%s" data-toggle="dropdown">%s</a>'
              % (SITE, href, label))
            a('            <div class="dropdown-menu">')
            for sl, sh in sub:
                a('              <a class="dropdown-item" href="%s%s">%s</a>' % (SITE, sh, sl))
            a("            </div>")
            a("          </li>")
        else:
            a('          <li class="nav-item"><a class="nav-link" href="%s%s">%s</a></li>' % (SITE, href, label))
    a("        </ul>")
    a('        <form class="search-form" action="%s/search" method="get"><input type="text" name="q" placeholder="Search..." '
      'aria-label="Search"><button type="submit" aria-label="Search"><i class="fa fa-search"></i></button></form>' % SITE)
    a("      </div>")
    a("    </div>")
    a("  </nav>")
    a("</header>")
    a("")
    a('<section class="breadcrumb-section">')
    a('  <div class="container">')
    a('    <ol class="breadcrumb">')
    a('      <li class="breadcrumb-item"><a href="%s/">Home</a></li>' % SITE)
    a('      <li class="breadcrumb-item"><a href="%s/daily-updates">Daily Updates</a></li>' % SITE)
    a('      <li class="breadcrumb-item"><a href="%s/current-affairs-news-analysis-editorials/news-analysis">Daily News Analysis</a></li>' % SITE)
    a('      <li class="breadcrumb-item active" aria-current="page">%s</li>' % html.escape(title, quote=False))
    a("    </ol>")
    a("  </div>")
    a("</section>")
    a("")
    a('<section class="main-content">')
    a('  <div class="container">')
    a('    <div class="row">')
    a('      <div class="col-lg-9 col-md-8">')
    a('        <div class="list-category">')
    a('          <article>')
    a('            <div class="article-detail">')
    a('              <h1>%s</h1>' % html.escape(title, quote=False))
    a('              <ul class="actions">')
    a('                <li><i class="fa fa-calendar"></i> %s</li>' % meta["DATE"])
    a('                <li><i class="fa fa-clock-o"></i> <span class="read-time">%s</span></li>' % meta["READ"])
    a('                <li><a href="%s/print-pdf/%s" target="_blank" rel="nofollow"><i class="fa fa-file-pdf-o"></i> Print PDF</a></li>'
      % (SITE, meta["SLUG"]))
    a('                <li><button type="button" class="btn-mark-read" data-id="94531">Mark as Read</button></li>')
    a("              </ul>")
    a('              <div class="tags-new">')
    a("                <ul>")
    for t in meta["TAGS"].split(" | "):
        slug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
        a('                  <li><a href="%s/tags/%s">%s</a></li>' % (SITE, slug, html.escape(t, quote=False)))
    a("                </ul>")
    a("              </div>")
    a('              <div class="content-inner">')
    a(body_html)
    a("              </div>")
    a('              <div class="share-block"><span>Share this article</span>'
      '<a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" aria-label="Facebook"><i class="fa fa-facebook"></i></a>'
      '<a href="https://twitter.com/intent/tweet?url=%s" target="_blank" aria-label="Twitter"><i class="fa fa-twitter"></i></a>'
      '<a href="https://api.whatsapp.com/send?text=%s" target="_blank" aria-label="WhatsApp"><i class="fa fa-whatsapp"></i></a></div>'
      % (url, url, url))
    a("            </div>")
    a("          </article>")
    a('          <div class="next-post">')
    a('            <a class="prev" href="%s/daily-updates/daily-news-analysis/indias-semiconductor-mission">&laquo; Previous: '
      'India&rsquo;s Semiconductor Mission</a>' % SITE)
    a('            <a class="next" href="%s/daily-updates/daily-news-analysis/gender-budgeting-in-india">Next: '
      'Gender Budgeting in India &raquo;</a>' % SITE)
    a("          </div>")
    a("        </div>")
    a("      </div>")
    a('      <aside class="col-lg-3 col-md-4 sidebar">')
    a('        <div class="pt365-banner">')
    a('          <a href="%s/pt-365" target="_blank">' % SITE)
    a('            <img src="%s/drishti/img/banners/pt-365-2025.webp" alt="PT 365 2025" width="300" height="250" loading="lazy">' % SITE)
    a('            <div class="banner-caption"><strong>PT 365</strong> <span>Environment &amp; Ecology 2025</span> '
      '<em>One year of current affairs for Prelims</em> <span class="btn btn-sm">Download Now</span></div>')
    a("          </a>")
    a("        </div>")
    a('        <div class="sidebar-widget">')
    a('          <h4 class="widget-title">Daily Updates</h4>')
    a('          <ul class="daily-list">')
    for d in DAILY:
        a('            <li><a href="#">%s</a></li>' % d)
    a("          </ul>")
    a("        </div>")
    a("      </aside>")
    a("    </div>")
    a("  </div>")
    a("</section>")
    a("")
    a('<footer class="footer">')
    a('  <div class="container">')
    a('    <div class="row">')
    for head, links in FOOTER:
        a('      <div class="col-md-3 col-6">')
        a('        <h5>%s</h5>' % head)
        a("        <ul>")
        for l, hr in links:
            a('          <li><a href="%s%s">%s</a></li>' % (SITE, hr, html.escape(l, quote=False).replace("'", "&#39;")))
        a("        </ul>")
        a("      </div>")
    a("    </div>")
    a('    <div class="footer-bottom">')
    a('      <ul class="social">')
    for name, href in (("Facebook", "https://www.facebook.com/drishtiias"), ("Twitter", "https://twitter.com/drishtiias"),
                       ("Youtube", "https://www.youtube.com/c/DrishtiIASEnglish"),
                       ("Instagram", "https://www.instagram.com/drishtiias"), ("Telegram", "https://t.me/drishtiiasenglish")):
        a('        <li><a href="%s" target="_blank" rel="noopener" aria-label="%s"><i class="fa fa-%s"></i></a></li>'
          % (href, name, name.lower()))
    a("      </ul>")
    a("      <p>Copyright &copy; 2025 Drishti The Vision Foundation. All Rights Reserved.</p>")
    a("    </div>")
    a("  </div>")
    a("</footer>")
    a('<a href="#" class="back-to-top" aria-label="Back to top"><i class="fa fa-angle-up"></i></a>')
    a('<script src="%s/drishti/assets/js/jquery-3.6.0.min.js"></script>' % SITE)
    a('<script src="%s/drishti/assets/js/bootstrap.bundle.min.js"></script>' % SITE)
    a('<script src="%s/drishti/assets/js/custom.js?v=25.03.07"></script>' % SITE)
    a("<script>")
    a("  $(document).on('click', '.btn-mark-read', function () {")
    a("    var id = $(this).data('id');")
    a("    $.post('/ajax/mark-read', {id: id}, function () { $('.btn-mark-read').text('Marked as Read'); });")
    a("  });")
    a("</script>")
    a("</body>")
    a("</html>")
    a("")
    return "\n".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = read()
    data = page(meta, article(meta, body)).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
