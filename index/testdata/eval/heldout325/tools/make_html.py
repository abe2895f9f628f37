#!/usr/bin/python3
"""Make docs/ewaste-epr-floor-price-wayback.html from tools/ewaste-epr-floor-price-wayback.txt.

The page is a coaching institute's daily current-affairs article (a Drishti-like layout:
tags line, "For Prelims"/"For Mains" lines, "Why in News?", "What are the Key Points?", the
question-style h2 sections, "Way Forward", a Mains question box, the PYQ block with answers,
a sidebar of other articles) as the Wayback Machine served it, saved from the browser with
"Save page as... > Webpage, HTML only": so the file is the replayed HTML itself, with

  - the Wayback head include (bundle-playback.js, wombat.js, the Ruffle config, __wm.init and
    __wm.wombat with the capture timestamp, banner-styles.css and iconochive.css, and the
    "End Wayback Rewrite JS Include" comment) before the site's own head;
  - every site URL rewritten to /web/<timestamp>/..., with im_, cs_ and js_ flags for images,
    stylesheets and scripts, and external links rewritten the same way;
  - the toolbar between "BEGIN WAYBACK TOOLBAR INSERT" and "END WAYBACK TOOLBAR INSERT"
    (hidden until its script runs: logo, URL box, month/day/year navigation, the captures
    count and timespan, the sparkline canvas, "About this capture" with COLLECTED BY and
    TIMESTAMPS, and the wm-ipp-print line);
  - the "FILE ARCHIVED ON ..." and "playback timings (ms)" comments after </html>.

Run from anywhere: /usr/bin/python3 tools/make_html.py   (deterministic; standard library only)
"""
import calendar
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ewaste-epr-floor-price-wayback.txt")
OUT = os.path.join(HERE, "..", "docs", "ewaste-epr-floor-price-wayback.html")

SITE = "https://www.abhigyanias.in"


def read_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("=====\n")
    meta = {}
    for line in head.split("\n"):
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
    return meta, body


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", s)
    # the CMS leaves a no-break space after a bold run-in label
    s = s.replace(":</strong> ", ":</strong>&nbsp;")
    return s


def article_html(body, ts):
    out = []
    lines = body.split("\n")
    i = 0
    para = []

    def flush_para():
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush_para()
            i += 1
            continue
        if line.startswith("## "):
            flush_para()
            out.append('<h2><strong>%s</strong></h2>' % inline(line[3:]))
            i += 1
        elif line.startswith("### "):
            flush_para()
            out.append('<h3><strong>%s</strong></h3>' % inline(line[4:]))
            i += 1
        elif line.startswith("- "):
            flush_para()
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  - ")):
                if lines[i].startswith("- "):
                    items.append([lines[i][2:], []])
                else:
                    items[-1][1].append(lines[i][4:])
                i += 1
            out.append("<ul>")
            for text, subs in items:
                if subs:
                    out.append("<li>%s" % inline(text))
                    out.append("<ul>")
                    for sub in subs:
                        out.append("<li>%s</li>" % inline(sub))
                    out.append("</ul>")
                    out.append("</li>")
                else:
                    out.append("<li>%s</li>" % inline(text))
            out.append("</ul>")
        elif line.startswith("> "):
            flush_para()
            out.append('<div class="mains-question-box">')
            out.append("<p>%s</p>" % inline(line[2:]))
            out.append("</div>")
            i += 1
        elif line.startswith("@q "):
            flush_para()
            q = line[3:]
            m = re.match(r"(Q\.)\s*(.*)", q)
            out.append("<p><strong>%s</strong> %s</p>" % (m.group(1), inline(m.group(2))))
            i += 1
            opts = []
            while i < len(lines) and lines[i].startswith("@opt "):
                opts.append(inline(lines[i][5:]))
                i += 1
            if opts:
                out.append("<p>%s</p>" % "<br>\n".join(opts))
            if i < len(lines) and lines[i].startswith("@ans "):
                out.append("<p><strong>%s</strong></p>" % inline(lines[i][5:]))
                i += 1
        else:
            para.append(line.strip())
            i += 1
    flush_para()
    return "\n".join(out)


def wb(path, flag=""):
    return "/web/%s%s/%s%s" % (TS, flag, SITE, path)


TS = ""

RECENT = [
    ("bio-medical-waste-dumping-across-state-borders", "Bio-medical Waste Dumping Across State Borders", "09 Sep 2025"),
    ("battery-waste-management-rules-epr", "Battery Waste Management Rules and EPR for Batteries", "08 Sep 2025"),
    ("india-critical-minerals-strategy", "India's Critical Minerals Strategy", "06 Sep 2025"),
    ("right-to-repair-framework", "Right to Repair Framework in India", "05 Sep 2025"),
    ("swachh-bharat-mission-urban-2-0", "Swachh Bharat Mission-Urban 2.0", "04 Sep 2025"),
    ("plastic-waste-epr-compliance", "Plastic Waste and EPR Compliance", "03 Sep 2025"),
]

LINKS = [
    ("/daily-updates/daily-news-analysis", "Daily News Analysis"),
    ("/daily-updates/daily-news-editorials", "Editorials"),
    ("/daily-updates/prelims-facts", "Prelims Facts"),
    ("/mains-practice-question", "Mains Practice Question"),
    ("/quiz", "Daily Quiz"),
    ("/monthly-magazine", "Monthly Magazine"),
]


def build():
    global TS
    meta, body = read_source()
    TS = meta["capture"]
    slug = meta["slug"]
    page_url = SITE + "/daily-updates/daily-news-analysis/" + slug
    title = meta["title"]
    y, mo, d = TS[0:4], TS[4:6], TS[6:8]
    hh, mm, ss = TS[8:10], TS[10:12], TS[12:14]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    mon = months[int(mo) - 1]
    here = "%s:%s:%s %s %d, %s" % (hh, mm, ss, mon, int(d), y)

    P = []
    a = P.append
    a("<!DOCTYPE html>")
    a('<html lang="en">')
    a('<head><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>')
    a('<script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>')
    a('<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true};</script>')
    a('<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script>')
    a('<script type="text/javascript">')
    a('    __wm.init("https://web.archive.org/web");')
    a('  __wm.wombat("%s","%s","https://web.archive.org/","web","https://web-static.archive.org/_static/",' % (page_url, TS))
    epoch = calendar.timegm((int(TS[0:4]), int(TS[4:6]), int(TS[6:8]), int(TS[8:10]),
                             int(TS[10:12]), int(TS[12:14]), 0, 0, 0))
    a('\t      "%d");' % epoch)
    a("</script>")
    a('<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi" />')
    a('<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />')
    a("<!-- End Wayback Rewrite JS Include -->")
    a("")
    a('    <meta charset="utf-8">')
    a('    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">')
    a("    <title>%s | Abhigyan IAS</title>" % html.escape(title))
    a('    <meta name="description" content="%s">' % html.escape(
        "Daily News Analysis: " + title + ". For Prelims and Mains, UPSC CSE GS Paper 3."))
    a('    <meta name="keywords" content="e-waste, EPR certificate, floor price, informal recycling, CPCB, critical minerals, UPSC">')
    a('    <meta property="og:title" content="%s">' % html.escape(title))
    a('    <meta property="og:type" content="article">')
    a('    <meta property="og:url" content="%s">' % wb("/daily-updates/daily-news-analysis/" + slug))
    a('    <meta property="og:image" content="%s">' % wb("/images/og/daily-news-analysis.jpg", "im_"))
    a('    <link rel="canonical" href="%s">' % wb("/daily-updates/daily-news-analysis/" + slug))
    a('    <link rel="shortcut icon" href="%s" type="image/x-icon">' % wb("/favicon.ico", "im_"))
    a('    <link rel="stylesheet" href="%s">' % wb("/css/bootstrap.min.css", "cs_"))
    a('    <link rel="stylesheet" href="%s">' % wb("/css/font-awesome.min.css", "cs_"))
    a('    <link rel="stylesheet" href="%s">' % wb("/css/style.css?v=3.8.2", "cs_"))
    a('    <link rel="stylesheet" href="%s">' % wb("/css/article.css?v=1.4", "cs_"))
    a('    <script async src="%s"></script>' % ("/web/%sjs_/https://www.googletagmanager.com/gtag/js?id=G-7QX2ABH1KD" % TS))
    a("    <script>")
    a("      window.dataLayer = window.dataLayer || [];")
    a("      function gtag(){dataLayer.push(arguments);}")
    a("      gtag('js', new Date());")
    a("      gtag('config', 'G-7QX2ABH1KD');")
    a("    </script>")
    a("</head>")
    a('<body class="daily-updates article-page">')

    # ---- Wayback toolbar
    a("<!-- BEGIN WAYBACK TOOLBAR INSERT -->")
    a("<script>__wm.rw(0);</script>")
    a('<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">')
    a('<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">')
    a('<div id="wm-ipp-inside">')
    a('  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">')
    a('    <a href="/web/" title="Wayback Machine home page"><img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>')
    a("  </div>")
    a('  <div class="r" style="float:right;">')
    a('    <div id="wm-btns" style="text-align:right;height:25px;">')
    a('                  <div id="wm-save-snapshot-success">success</div>')
    a('          <div id="wm-save-snapshot-fail">fail</div>')
    a('          <a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive" >')
    a('            <span class="iconochive-web"></span>')
    a("          </a>")
    a('          <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in">')
    a('            <span class="iconochive-person"></span>')
    a("          </a>")
    a('          <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>')
    a('\t  <a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>')
    a('      <a id="wm-tb-close" href="#close" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>')
    a("    </div>")
    a('    <div id="wm-share" style="text-align:right;">')
    a('      <a href="#" id="wm-screenshot" title="screenshot"><span class="wm-icon-screen-shot"></span></a>')
    a('      <a href="#" id="wm-video" title="video"><span class="iconochive-movies"></span></a>')
    a('      <a id="wm-share-facebook" href="#" data-url="https://web.archive.org/web/%s/%s" title="Share on Facebook" style="margin-right:5px;" target="_blank"><span class="iconochive-facebook" style="color:#3b5998;font-size:160%%;"></span></a>' % (TS, page_url))
    a('      <a id="wm-share-twitter" href="#" data-url="https://web.archive.org/web/%s/%s" title="Share on Twitter" style="margin-right:5px;" target="_blank"><span class="iconochive-twitter" style="color:#1dcaff;font-size:160%%;"></span></a>' % (TS, page_url))
    a("    </div>")
    a('    <div style="padding-right:2px;text-align:right;white-space:nowrap;">')
    a('      <a id="wm-expand" class="wm-btn wm-closed" href="#expand"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span style="font-size:80%">About this capture</span></a>')
    a("    </div>")
    a("  </div>")
    a('  <table class="c" style="">')
    a("    <tbody>")
    a("      <tr>")
    a('        <td class="u" colspan="2">')
    a('          <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="%s" onfocus="this.focus();this.select();" style="width:400px;" autocomplete="off" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="%s" /><input type="submit" value="Go" /></form>' % (page_url, TS))
    a("        </td>")
    a('        <td class="n" rowspan="2" style="width:110px;">')
    a("          <table>")
    a("            <tbody>")
    a("              <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->")
    a('              <tr class="m">')
    a('                <td class="b" nowrap="nowrap">AUG</td>')
    a('                <td class="c" id="displayMonthEl" title="You are here: %s">SEP</td>' % here)
    a('                <td class="f" nowrap="nowrap">OCT</td>')
    a("              </tr>")
    a("              <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->")
    a('              <tr class="d">')
    a('                <td class="b" nowrap="nowrap"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_off.png" alt="Previous capture" width="14" height="16" border="0" /></td>')
    a('                <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: %s">%d</td>' % (here, int(d)))
    a('                <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20250918112406/%s" title="11:24:06 Sep 18, 2025"><img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td>' % page_url)
    a("              </tr>")
    a("              <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->")
    a('              <tr class="y">')
    a('                <td class="b" nowrap="nowrap">2024</td>')
    a('                <td class="c" id="displayYearEl" title="You are here: %s">%s</td>' % (here, y))
    a('                <td class="f" nowrap="nowrap">2026</td>')
    a("              </tr>")
    a("            </tbody>")
    a("          </table>")
    a("        </td>")
    a("      </tr>")
    a("      <tr>")
    a('        <td class="s">')
    a('                    <div id="wm-nav-captures">')
    a('                          <a class="t" href="/web/%s*/%s" title="See a list of every capture for this URL">2 captures</a>' % (TS, page_url))
    a('              <div class="r" title="Timespan for captures of this URL">11 Sep 2025 - 18 Sep 2025</div>')
    a("            </div>")
    a("        </td>")
    a('        <td class="k">')
    a('          <a href="" id="wm-graph-anchor">')
    a('            <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">')
    a('              <canvas class="sparkline" width="525" height="27" border="0"></canvas>')
    a("            </div>")
    a("          </a>")
    a("        </td>")
    a("      </tr>")
    a("    </tbody>")
    a("  </table>")
    a("</div>")
    a('<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">')
    a('                <div id="wm-capinfo-notice" source="api"></div>')
    a('    <div id="wm-capinfo-collected-by">')
    a('    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>')
    a('    <div style="padding:3px;position:relative" id="wm-collected-by-content">')
    a('            <div style="display:inline-block;vertical-align:top;width:50%;">')
    a('      <span class="c-logo" style="background-image:url(https://archive.org/services/img/liveweb);"></span>')
    a('        Organization: <a style="color:#33f;" href="https://archive.org/details/liveweb" target="_new"><span class="wm-title">Internet Archive</span></a>')
    a('        <div style="max-height:75px;overflow:hidden;position:relative;">')
    a('          <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>')
    a("          The Internet Archive discovers and captures web pages through many different web crawls.")
    a("        </div>")
    a("      </div>")
    a('      <div style="display:inline-block;vertical-align:top;width:49%;">')
    a('        <span class="c-logo" style="background-image:url(https://archive.org/services/img/liveweb)"></span>')
    a('        <div>Collection: <a style="color:#33f;" href="https://archive.org/details/liveweb" target="_new"><span class="wm-title">Save Page Now</span></a></div>')
    a('        <div style="max-height:75px;overflow:hidden;position:relative;">')
    a('          <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>')
    a("          Save Page Now captures a web page on demand, when someone asks for it.")
    a("        </div>")
    a("      </div>")
    a("    </div>")
    a("    </div>")
    a('    <div id="wm-capinfo-timestamps">')
    a('    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>')
    a("    <div>")
    a('      <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>')
    a('      <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="https://web-static.archive.org/_static/images/loading.gif" alt="loading" /></div>')
    a("    </div>")
    a("    </div>")
    a("</div></div></div><div id=\"wm-ipp-print\">The Wayback Machine - https://web.archive.org/web/%s/%s</div>" % (TS, page_url))
    a('<script type="text/javascript">//<![CDATA[')
    a('__wm.bt(675,27,25,2,"web","%s","%s",1996,"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"], false);' % (page_url, TS))
    a("  __wm.rw(1);")
    a("//]]></script>")
    a("<!-- END WAYBACK TOOLBAR INSERT -->")
    a(" ")

    # ---- site header
    a('    <div class="top-strip">')
    a('        <div class="container">')
    a('            <div class="row">')
    a('                <div class="col-md-6 top-left"><i class="fa fa-phone"></i> 8448-51-2025 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> help@abhigyanias.in</div>')
    a('                <div class="col-md-6 top-right"><a href="%s" class="lang-switch">\u0939\u093f\u0902\u0926\u0940</a> <a href="%s" class="btn-login">Login</a></div>' % (wb("/hindi"), wb("/login")))
    a("            </div>")
    a("        </div>")
    a("    </div>")
    a('    <header class="main-header">')
    a('        <nav class="navbar navbar-expand-lg">')
    a('            <div class="container">')
    a('                <a class="navbar-brand" href="%s"><img src="%s" alt="Abhigyan IAS" width="180" height="48"></a>' % (wb("/"), wb("/images/logo.png", "im_")))
    a('                <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="fa fa-bars"></span></button>')
    a('                <div class="collapse navbar-collapse" id="mainNav">')
    a('                    <ul class="navbar-nav ml-auto">')
    for path, label in [("/", "Home"), ("/daily-updates/daily-news-analysis", "Current Affairs"),
                        ("/test-series", "Test Series"), ("/mains-answer-writing", "Answer Writing"),
                        ("/study-material", "Study Material"), ("/courses", "Courses")]:
        cls = ' active' if label == "Current Affairs" else ''
        a('                        <li class="nav-item%s"><a class="nav-link" href="%s">%s</a></li>' % (cls, wb(path), label))
    a("                    </ul>")
    a('                    <form class="form-inline search-box" action="%s" method="get"><input class="form-control" type="search" name="q" placeholder="Search" aria-label="Search"><button type="submit"><i class="fa fa-search"></i></button></form>' % wb("/search"))
    a("                </div>")
    a("            </div>")
    a("        </nav>")
    a("    </header>")
    a("")
    a('    <section class="breadcrumb-area">')
    a('        <div class="container">')
    a('            <ol class="breadcrumb">')
    a('                <li class="breadcrumb-item"><a href="%s">Home</a></li>' % wb("/"))
    a('                <li class="breadcrumb-item"><a href="%s">Daily Updates</a></li>' % wb("/daily-updates"))
    a('                <li class="breadcrumb-item active" aria-current="page">Daily News Analysis</li>')
    a("            </ol>")
    a("        </div>")
    a("    </section>")
    a("")
    a('    <section class="article-section">')
    a('        <div class="container">')
    a('            <div class="row">')
    a('                <div class="col-lg-9 col-md-8">')
    a('                    <div class="article-detail">')
    a('                        <div class="list-category">')
    a('                            <div class="tags-new">')
    tags = meta["tags"].split("|")
    a('                                <span class="tag-label">Tags:</span>')
    a("                                <ul>")
    for t in tags:
        tslug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
        a('                                    <li><a href="%s">%s</a></li>' % (wb("/tags/" + tslug), html.escape(t)))
    a("                                </ul>")
    a("                            </div>")
    a("                        </div>")
    a("                        <h1>%s</h1>" % html.escape(title))
    a('                        <div class="actions">')
    a("                            <ul>")
    a('                                <li class="date"><i class="fa fa-calendar"></i> %s</li>' % meta["date"])
    a('                                <li class="print"><a href="%s" target="_blank"><i class="fa fa-print"></i> Print PDF</a></li>' % wb("/daily-updates/daily-news-analysis/" + slug + "/print_manually"))
    a('                                <li class="share"><a href="#" data-toggle="modal" data-target="#shareModal"><i class="fa fa-share-alt"></i></a></li>')
    a("                            </ul>")
    a("                        </div>")
    a('                        <div class="article-content">')
    a("<p><strong>For Prelims:</strong> %s</p>" % inline(meta["prelims"]))
    a("<p><strong>For Mains:</strong> %s</p>" % inline(meta["mains"]))
    a("<p><strong>Source: %s</strong></p>" % inline(meta["source"]))
    a(article_html(body, TS))
    a("                        </div>")
    a('                        <div class="prev-next">')
    a('                            <a class="prev" href="%s">&laquo; Previous Article</a>' % wb("/daily-updates/daily-news-analysis/" + RECENT[0][0]))
    a('                            <a class="next" href="%s">Next Article &raquo;</a>' % wb("/daily-updates/daily-news-analysis/cooperative-federalism-and-gst-council"))
    a("                        </div>")
    a("                    </div>")
    a("                </div>")
    a('                <div class="col-lg-3 col-md-4 sidebar">')
    a('                    <div class="widget recent-articles">')
    a("                        <h4>Recent Articles</h4>")
    a("                        <ul>")
    for rslug, rtitle, rdate in RECENT:
        a('                            <li><a href="%s">%s</a> <span class="date">%s</span></li>' % (
            wb("/daily-updates/daily-news-analysis/" + rslug), html.escape(rtitle), rdate))
    a("                        </ul>")
    a("                    </div>")
    a('                    <div class="widget important-links">')
    a("                        <h4>Important Links</h4>")
    a("                        <ul>")
    for path, label in LINKS:
        a('                            <li><a href="%s">%s</a></li>' % (wb(path), label))
    a("                        </ul>")
    a("                    </div>")
    a('                    <div class="widget newsletter">')
    a("                        <h4>Get Daily Updates</h4>")
    a('                        <form action="%s" method="post"><input type="email" name="email" placeholder="Your e-mail"><button type="submit">Subscribe</button></form>' % wb("/subscribe"))
    a("                    </div>")
    a("                </div>")
    a("            </div>")
    a("        </div>")
    a("    </section>")
    a("")
    a('    <footer class="main-footer">')
    a('        <div class="container">')
    a('            <div class="row">')
    a('                <div class="col-md-4"><h5>Abhigyan IAS</h5><p>Civil services preparation, one day at a time.</p></div>')
    a('                <div class="col-md-4"><h5>Quick Links</h5><ul><li><a href="%s">About Us</a></li><li><a href="%s">Contact Us</a></li><li><a href="%s">Privacy Policy</a></li><li><a href="%s">Terms &amp; Conditions</a></li></ul></div>' % (wb("/about-us"), wb("/contact-us"), wb("/privacy-policy"), wb("/terms-conditions")))
    a('                <div class="col-md-4"><h5>Follow Us</h5><ul class="social"><li><a href="%s"><i class="fa fa-youtube-play"></i></a></li><li><a href="%s"><i class="fa fa-telegram"></i></a></li></ul></div>' % (
        "/web/%s/https://www.youtube.com/@abhigyanias" % TS, "/web/%s/https://t.me/abhigyanias" % TS))
    a("            </div>")
    a('            <div class="copyright">&copy; 2025 Abhigyan IAS. All rights reserved.</div>')
    a("        </div>")
    a("    </footer>")
    a('    <script src="%s"></script>' % wb("/js/jquery-3.6.0.min.js", "js_"))
    a('    <script src="%s"></script>' % wb("/js/bootstrap.bundle.min.js", "js_"))
    a('    <script src="%s"></script>' % wb("/js/custom.js?v=2.1", "js_"))
    a("</body>")
    a("</html>")
    a("<!--")
    a("     FILE ARCHIVED ON %s AND RETRIEVED FROM THE" % here)
    a("     INTERNET ARCHIVE ON %s." % meta["retrieved"])
    a("     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.")
    a("")
    a("     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.")
    a("     SECTION 108(a)(3)).")
    a("-->")
    a("<!--")
    a("playback timings (ms):")
    a("  captures_list: 0.745")
    a("  exclusion.robots: 0.034")
    a("  exclusion.robots.policy: 0.02")
    a("  esindex: 0.013")
    a("  cdx.remote: 16.286")
    a("  LoadShardBlock: 186.623 (3)")
    a("  PetaboxLoader3.datanode: 244.01 (4)")
    a("  load_resource: 102.884")
    a("  PetaboxLoader3.resolve: 58.52")
    a("-->")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(P))


if __name__ == "__main__":
    build()
