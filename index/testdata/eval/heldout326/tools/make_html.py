#!/usr/bin/python3
"""Make docs/smart-cities-mission-dashboard.html from tools/smart-cities-mission-dashboard.txt.

The document is the Smart Cities Mission's "Mission Dashboard" page as a browser saves it with
"Save page as... > Webpage, HTML only": the HTML exactly as the server sent it (CRLF line
endings, no "saved from url" comment, no local asset folder), so every stylesheet, script and
image still points at the live site, the charts are empty canvas elements whose data sit in an
inline script block at the foot, and nothing the page's JavaScript would have filled in is
there (the city drop-down stays disabled with one placeholder option). The page follows the
usual Government of India web guidelines (GIGW) template: a top bar with Government of India
and Ministry links, "Skip to main content", "Screen Reader Access", A-/A/A+ text-size buttons,
a contrast toggle and a Hindi link; the header with emblem and logos and a search box; a
Bootstrap navbar with a dropdown; a "Latest Updates" ticker in a <marquee> that stops on
mouse-over, each item a dated link with a blinking "new" GIF on the newest; a breadcrumb; the
h1 with the "Data as on" stamp; a filter form (State/UT, City, Round drop-downs, Apply and
Reset); the "Mission at a Glance" figure cards (Font Awesome icon, big number, small label);
dashboard cards with h3 headings, paragraphs, lists, Bootstrap tables with captions, canvas
charts with captions; a downloads list with file sizes; the footer (policy links, ownership
and hosting lines, last-updated date, a visitor counter, a "best viewed" line, partner logos);
a back-to-top link; Google Analytics, jQuery, Bootstrap, Chart.js and site scripts.

Run from anywhere: /usr/bin/python3 tools/make_html.py [output path]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "smart-cities-mission-dashboard.txt")
OUT = os.path.join(HERE, "..", "docs", "smart-cities-mission-dashboard.html")
SITE = "https://smartcities.gov.in"
THEME = SITE + "/themes/scm"
VER = "3.1.7"

STATE_CODES = {
    "Andaman & Nicobar Islands": "AN", "Andhra Pradesh": "AP", "Arunachal Pradesh": "AR",
    "Assam": "AS", "Bihar": "BR", "Chandigarh": "CH", "Chhattisgarh": "CG",
    "Dadra & Nagar Haveli and Daman & Diu": "DH", "Delhi": "DL", "Goa": "GA", "Gujarat": "GJ",
    "Haryana": "HR", "Himachal Pradesh": "HP", "Jammu & Kashmir": "JK", "Jharkhand": "JH",
    "Karnataka": "KA", "Kerala": "KL", "Lakshadweep": "LD", "Madhya Pradesh": "MP",
    "Maharashtra": "MH", "Manipur": "MN", "Meghalaya": "ML", "Mizoram": "MZ", "Nagaland": "NL",
    "Odisha": "OD", "Puducherry": "PY", "Punjab": "PB", "Rajasthan": "RJ", "Sikkim": "SK",
    "Tamil Nadu": "TN", "Telangana": "TS", "Tripura": "TR", "Uttar Pradesh": "UP",
    "Uttarakhand": "UK", "West Bengal": "WB",
}


def esc(s):
    """Escape a plain-text value for HTML (entities already written in the source stay)."""
    s = re.sub(r"&(?![a-zA-Z]+;|#\d+;)", "&amp;", s)
    return s.replace("<strong>", "\x00s").replace("</strong>", "\x00e").replace(
        "<", "&lt;").replace(">", "&gt;").replace("\x00s", "<strong>").replace(
        "\x00e", "</strong>")


def read_source():
    meta, blocks = {}, []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("== "):
            bid, _, head = line[3:].partition(" | ")
            blocks.append({"id": bid, "head": head, "items": []})
            continue
        key, _, val = line.partition(": ")
        blocks[-1]["items"].append((key, val))
    return meta, {b["id"]: b for b in blocks}, blocks


def cells(val):
    return [c.strip() for c in val.split(" | ")]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def render_items(b, out, ind, charts):
    """Render a dashboard card body: paragraphs, lists, tables, charts, notes."""
    items = b["items"]
    i = 0
    while i < len(items):
        key, val = items[i]
        if key == "p":
            out.append(ind + "<p>%s</p>" % esc(val))
        elif key == "h":
            out.append(ind + "<h4 class=\"sub-head\">%s</h4>" % esc(val))
        elif key in ("li", "ol"):
            tag = "ul" if key == "li" else "ol"
            cls = "check-list" if key == "li" else "timeline-list"
            out.append(ind + "<%s class=\"%s\">" % (tag, cls))
            while i < len(items) and items[i][0] == key:
                v = items[i][1]
                if key == "ol" and " &ndash; " in v:
                    d, _, rest = v.partition(" &ndash; ")
                    out.append(ind + "\t<li><span class=\"tl-date\">%s</span> &ndash; %s</li>"
                               % (esc(d), esc(rest)))
                else:
                    out.append(ind + "\t<li>%s</li>" % esc(v))
                i += 1
            out.append(ind + "</%s>" % tag)
            continue
        elif key in ("cap", "th"):
            cap = None
            if key == "cap":
                cap = val
                i += 1
            head = cells(items[i][1])
            i += 1
            rows = []
            while i < len(items) and items[i][0] == "tr":
                rows.append(cells(items[i][1]))
                i += 1
            out.append(ind + "<div class=\"table-responsive\">")
            out.append(ind + "\t<table class=\"table table-bordered table-striped table-sm dash-table\">")
            if cap:
                out.append(ind + "\t\t<caption>%s</caption>" % esc(cap))
            out.append(ind + "\t\t<thead class=\"table-primary\">")
            out.append(ind + "\t\t\t<tr>" + "".join("<th scope=\"col\">%s</th>" % esc(h)
                                                    for h in head) + "</tr>")
            out.append(ind + "\t\t</thead>")
            out.append(ind + "\t\t<tbody>")
            for r in rows:
                tds = ["<td>%s</td>" % esc(c) if j else "<th scope=\"row\">%s</th>" % esc(c)
                       for j, c in enumerate(r)]
                out.append(ind + "\t\t\t<tr>" + "".join(tds) + "</tr>")
            out.append(ind + "\t\t</tbody>")
            out.append(ind + "\t</table>")
            out.append(ind + "</div>")
            continue
        elif key == "chart":
            cid, ctype, ctitle, labels, values = cells(val)
            charts[cid] = {"type": ctype, "title": ctitle,
                           "labels": labels.split(";"),
                           "values": [int(v) for v in values.split(";")]}
            out.append(ind + "<div class=\"chart-box chart-%s\">" % ctype)
            out.append(ind + "\t<canvas id=\"%s\" height=\"260\" role=\"img\" aria-label=\"%s\"></canvas>"
                       % (cid, esc(ctitle)))
            out.append(ind + "</div>")
            out.append(ind + "<p class=\"chart-caption\"><i class=\"fa-solid fa-chart-simple\"></i> %s</p>"
                       % esc(ctitle))
        elif key == "note":
            out.append(ind + "<p class=\"block-note\"><small><em>%s</em></small></p>" % esc(val))
        elif key == "dl":
            out.append(ind + "<ul class=\"download-list\">")
            while i < len(items) and items[i][0] == "dl":
                label, fname, size = cells(items[i][1])
                out.append(ind + "\t<li><i class=\"fa-regular fa-file-pdf\" aria-hidden=\"true\"></i> "
                           "<a href=\"%s/upload/uploadfiles/files/%s\" target=\"_blank\" "
                           "title=\"PDF file that opens in a new window\">%s</a> "
                           "<span class=\"fsize\">(PDF, %s)</span></li>" % (SITE, fname, esc(label), size))
                i += 1
            out.append(ind + "</ul>")
            continue
        else:
            raise ValueError("unknown item %r in block %s" % (key, b["id"]))
        i += 1


def card(b, out, charts, col="col-lg-6"):
    out.append("\t\t\t\t<div class=\"%s\">" % col)
    out.append("\t\t\t\t\t<div class=\"card dash-card h-100\" id=\"blk-%s\">" % b["id"])
    out.append("\t\t\t\t\t\t<div class=\"card-header\"><h3 class=\"card-title\">%s</h3></div>"
               % esc(b["head"]))
    out.append("\t\t\t\t\t\t<div class=\"card-body\">")
    render_items(b, out, "\t\t\t\t\t\t\t", charts)
    out.append("\t\t\t\t\t\t</div>")
    out.append("\t\t\t\t\t</div>")
    out.append("\t\t\t\t</div>")


def build(out_path=OUT):
    meta, by_id, order = read_source()
    charts = {}
    o = []
    a = o.append
    a("<!DOCTYPE html>")
    a("<html lang=\"en\" dir=\"ltr\">")
    a("<head>")
    a("\t<meta charset=\"utf-8\">")
    a("\t<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">")
    a("\t<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">")
    a("\t<meta name=\"csrf-token\" content=\"Xq3b9WmR7tKc1LpZ0aV8sNfE2yHgU6jD4oIxCw5T\">")
    a("\t<meta name=\"description\" content=\"Smart Cities Mission dashboard: physical and financial progress of the 100 Smart Cities\">")
    a("\t<meta name=\"keywords\" content=\"Smart Cities Mission, SCM, MoHUA, Smart City, ICCC, SPV, dashboard, progress\">")
    a("\t<meta property=\"og:title\" content=\"Mission Dashboard - Smart Cities Mission\">")
    a("\t<meta property=\"og:image\" content=\"%s/images/scm-og.png\">" % THEME)
    a("\t<title>%s</title>" % esc(meta["title"]))
    a("\t<link rel=\"shortcut icon\" href=\"%s/images/favicon.ico\" type=\"image/x-icon\">" % THEME)
    for css in ("css/bootstrap.min.css", "fontawesome/css/all.min.css", "css/style.css?v=" + VER,
                "css/dashboard.css?v=" + VER, "css/responsive.css?v=" + VER):
        a("\t<link rel=\"stylesheet\" type=\"text/css\" href=\"%s/%s\">" % (THEME, css))
    a("\t<link rel=\"alternate stylesheet\" type=\"text/css\" title=\"high-contrast\" href=\"%s/css/high-contrast.css\">" % THEME)
    a("\t<!-- Global site tag (gtag.js) - Google Analytics -->")
    a("\t<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-7XK2SCM0QD\"></script>")
    a("\t<script>")
    a("\t\twindow.dataLayer = window.dataLayer || [];")
    a("\t\tfunction gtag(){dataLayer.push(arguments);}")
    a("\t\tgtag('js', new Date());")
    a("\t\tgtag('config', 'G-7XK2SCM0QD');")
    a("\t</script>")
    a("\t<style>")
    a("\t\t.lu-marquee marquee ul{margin:0;padding:0;list-style:none;white-space:nowrap}")
    a("\t\t.lu-marquee marquee li{display:inline-block;margin-right:48px}")
    a("\t\t.stat-card .stat-value{font-size:2rem;font-weight:700;color:#0b4f8a}")
    a("\t\t.stat-card .stat-label{font-size:.8rem;color:#5b6770;text-transform:uppercase}")
    a("\t\t.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}")
    a("\t</style>")
    a("</head>")
    a("<body class=\"page-dashboard lang-en\">")
    a("<noscript><div class=\"noscript-msg\">JavaScript is disabled in your browser. Please enable JavaScript to view the charts and filters on this page.</div></noscript>")
    a("<!-- ============ Top Bar (GIGW) ============ -->")
    a("<div class=\"top-bar\">")
    a("\t<div class=\"container\">")
    a("\t\t<div class=\"row\">")
    a("\t\t\t<div class=\"col-md-6 gov-links\">")
    a("\t\t\t\t<a href=\"https://www.india.gov.in\" target=\"_blank\" title=\"External link that opens in a new window\">Government of India</a> <span class=\"sep\">|</span> <a href=\"https://mohua.gov.in\" target=\"_blank\" title=\"External link that opens in a new window\">Ministry of Housing and Urban Affairs</a>")
    a("\t\t\t</div>")
    a("\t\t\t<div class=\"col-md-6 access-links text-end\">")
    a("\t\t\t\t<ul>")
    a("\t\t\t\t\t<li><a href=\"#main-content\" class=\"skip-link\">Skip to main content</a></li>")
    a("\t\t\t\t\t<li><a href=\"%s/screen-reader-access\">Screen Reader Access</a></li>" % SITE)
    a("\t\t\t\t\t<li class=\"font-resize\"><button type=\"button\" onclick=\"changeFont('dec')\" title=\"Decrease font size\">A<sup>-</sup></button><button type=\"button\" onclick=\"changeFont('normal')\" title=\"Normal font size\">A</button><button type=\"button\" onclick=\"changeFont('inc')\" title=\"Increase font size\">A<sup>+</sup></button></li>")
    a("\t\t\t\t\t<li class=\"contrast\"><button type=\"button\" onclick=\"setContrast('high')\" title=\"High contrast\">&#9680;</button></li>")
    a("\t\t\t\t\t<li><a href=\"%s/hi/dashboard\" lang=\"hi\">\u0939\u093f\u0928\u094d\u0926\u0940</a></li>" % SITE)
    a("\t\t\t\t</ul>")
    a("\t\t\t</div>")
    a("\t\t</div>")
    a("\t</div>")
    a("</div>")
    a("<!-- ============ Header ============ -->")
    a("<header class=\"site-header\">")
    a("\t<div class=\"container\">")
    a("\t\t<div class=\"row align-items-center\">")
    a("\t\t\t<div class=\"col-md-8 logo-block\">")
    a("\t\t\t\t<a href=\"%s/\" title=\"Home\" class=\"logo-link\"><img src=\"%s/images/emblem.svg\" alt=\"National Emblem of India\" class=\"emblem\" width=\"44\" height=\"72\"><img src=\"%s/images/scm-logo.png\" alt=\"Smart Cities Mission logo\" class=\"scm-logo\" width=\"96\" height=\"72\"></a>" % (SITE, THEME, THEME))
    a("\t\t\t\t<div class=\"site-name\"><span class=\"site-title\">Smart Cities Mission</span> <span class=\"site-sub\">Ministry of Housing and Urban Affairs<br>Government of India</span></div>")
    a("\t\t\t</div>")
    a("\t\t\t<div class=\"col-md-4 text-end header-right\">")
    a("\t\t\t\t<img src=\"%s/images/viksit-bharat-2047.png\" alt=\"Viksit Bharat @2047\" class=\"vb-logo\" height=\"56\">" % THEME)
    a("\t\t\t\t<form class=\"search-form\" action=\"%s/search\" method=\"get\" role=\"search\"><label for=\"q\" class=\"sr-only\">Search</label><input type=\"search\" id=\"q\" name=\"q\" placeholder=\"Search...\" autocomplete=\"off\"><button type=\"submit\" aria-label=\"Search\"><i class=\"fa-solid fa-magnifying-glass\"></i></button></form>" % SITE)
    a("\t\t\t</div>")
    a("\t\t</div>")
    a("\t</div>")
    a("</header>")
    a("<!-- ============ Navigation ============ -->")
    a("<nav class=\"navbar navbar-expand-lg main-nav\" aria-label=\"Main navigation\">")
    a("\t<div class=\"container\">")
    a("\t\t<button class=\"navbar-toggler\" type=\"button\" data-bs-toggle=\"collapse\" data-bs-target=\"#mainNav\" aria-controls=\"mainNav\" aria-expanded=\"false\" aria-label=\"Toggle navigation\"><span class=\"navbar-toggler-icon\"></span></button>")
    a("\t\t<div class=\"collapse navbar-collapse\" id=\"mainNav\">")
    a("\t\t\t<ul class=\"navbar-nav me-auto\">")
    a("\t\t\t\t<li class=\"nav-item\"><a class=\"nav-link\" href=\"%s/\">Home</a></li>" % SITE)
    a("\t\t\t\t<li class=\"nav-item dropdown\"><a class=\"nav-link dropdown-toggle\" href=\"#\" role=\"button\" data-bs-toggle=\"dropdown\" aria-expanded=\"false\">About</a>")
    a("\t\t\t\t\t<ul class=\"dropdown-menu\">")
    for label, path in (("About the Mission", "about"), ("Mission Guidelines", "guidelines"),
                        ("Who's Who", "whos-who"), ("Mission Directorate", "directorate")):
        a("\t\t\t\t\t\t<li><a class=\"dropdown-item\" href=\"%s/%s\">%s</a></li>" % (SITE, path, esc(label)))
    a("\t\t\t\t\t</ul>")
    a("\t\t\t\t</li>")
    for label, path in (("Smart Cities", "cities"), ("Dashboard", "dashboard"), ("Projects", "projects"),
                        ("ICCC", "iccc"), ("Best Practices", "best-practices"), ("Media", "media"),
                        ("Contact Us", "contact-us")):
        if label == "Dashboard":
            a("\t\t\t\t<li class=\"nav-item active\"><a class=\"nav-link\" aria-current=\"page\" href=\"%s/%s\">%s</a></li>" % (SITE, path, label))
        else:
            a("\t\t\t\t<li class=\"nav-item\"><a class=\"nav-link\" href=\"%s/%s\">%s</a></li>" % (SITE, path, label))
    a("\t\t\t</ul>")
    a("\t\t\t<a class=\"btn btn-sm btn-login\" href=\"%s/user/login\"><i class=\"fa-solid fa-right-to-bracket\"></i> Login</a>" % SITE)
    a("\t\t</div>")
    a("\t</div>")
    a("</nav>")

    # ---- ticker
    tk = by_id["ticker"]
    a("<!-- ============ Latest Updates ============ -->")
    a("<div class=\"latest-updates\">")
    a("\t<div class=\"container d-flex align-items-center\">")
    a("\t\t<div class=\"lu-title\"><i class=\"fa-solid fa-bullhorn\"></i> %s</div>" % esc(tk["head"]))
    a("\t\t<div class=\"lu-marquee flex-grow-1\">")
    a("\t\t\t<marquee behavior=\"scroll\" direction=\"left\" scrollamount=\"4\" onmouseover=\"this.stop();\" onmouseout=\"this.start();\">")
    a("\t\t\t\t<ul class=\"lu-list\">")
    for n, (key, val) in enumerate(tk["items"], 1):
        date, text, flag = (cells(val) + [""])[:3]
        d, m, y = date.split(".")
        href = "%s/media/latest-updates/%s%s%s-%d" % (SITE, y, m, d, n)
        new = " <img src=\"%s/images/new.gif\" alt=\"new\" width=\"28\" height=\"12\">" % THEME if flag == "new" else ""
        a("\t\t\t\t\t<li><span class=\"lu-date\">%s</span> <a href=\"%s\" target=\"_blank\">%s</a>%s</li>"
          % (date, href, esc(text), new))
    a("\t\t\t\t</ul>")
    a("\t\t\t</marquee>")
    a("\t\t</div>")
    a("\t\t<a href=\"%s/media/latest-updates\" class=\"lu-all\">View All</a>" % SITE)
    a("\t</div>")
    a("</div>")

    # ---- main
    a("<!-- ============ Breadcrumb ============ -->")
    a("<div class=\"container\">")
    a("\t<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\"><li class=\"breadcrumb-item\"><a href=\"%s/\">Home</a></li><li class=\"breadcrumb-item active\" aria-current=\"page\">Dashboard</li></ol></nav>" % SITE)
    a("</div>")
    a("<main id=\"main-content\" tabindex=\"-1\">")
    a("\t<div class=\"container\">")
    a("\t\t<div class=\"page-head d-flex justify-content-between align-items-end\">")
    a("\t\t\t<h1 class=\"page-title\">Mission Dashboard</h1>")
    a("\t\t\t<div class=\"asof\"><i class=\"fa-regular fa-clock\"></i> Data as on: <strong>%s</strong> <span class=\"sep\">|</span> Source: SCM-GMIS</div>" % meta["asof"])
    a("\t\t</div>")
    # filters
    a("\t\t<!-- Filters -->")
    a("\t\t<form class=\"filter-bar row g-2 align-items-end\" id=\"dashFilter\" onsubmit=\"return false;\">")
    st = by_id["state"]
    a("\t\t\t<div class=\"col-md-4\">")
    a("\t\t\t\t<label for=\"ddlState\" class=\"form-label\">State/UT</label>")
    a("\t\t\t\t<select id=\"ddlState\" name=\"state\" class=\"form-select\" onchange=\"loadCities(this.value)\">")
    for key, val in st["items"]:
        code = STATE_CODES.get(val, "")
        sel = " selected" if not code else ""
        a("\t\t\t\t\t<option value=\"%s\"%s>%s</option>" % (code, sel, esc(val)))
    a("\t\t\t\t</select>")
    a("\t\t\t</div>")
    a("\t\t\t<div class=\"col-md-3\">")
    a("\t\t\t\t<label for=\"ddlCity\" class=\"form-label\">City</label>")
    a("\t\t\t\t<select id=\"ddlCity\" name=\"city\" class=\"form-select\" disabled>")
    a("\t\t\t\t\t<option value=\"\">-- Select City --</option>")
    a("\t\t\t\t</select>")
    a("\t\t\t</div>")
    rd = by_id["round"]
    a("\t\t\t<div class=\"col-md-3\">")
    a("\t\t\t\t<label for=\"ddlRound\" class=\"form-label\">Round</label>")
    a("\t\t\t\t<select id=\"ddlRound\" name=\"round\" class=\"form-select\">")
    for n, (key, val) in enumerate(rd["items"]):
        a("\t\t\t\t\t<option value=\"%s\"%s>%s</option>" % (slug(val) if n else "all",
                                                          " selected" if n == 0 else "", esc(val)))
    a("\t\t\t\t</select>")
    a("\t\t\t</div>")
    a("\t\t\t<div class=\"col-md-2 filter-btns\">")
    a("\t\t\t\t<button type=\"button\" class=\"btn btn-primary\" onclick=\"applyFilter()\">Apply</button>")
    a("\t\t\t\t<button type=\"reset\" class=\"btn btn-outline-secondary\">Reset</button>")
    a("\t\t\t</div>")
    a("\t\t</form>")
    # glance
    gl = by_id["glance"]
    a("\t\t<!-- Mission at a Glance -->")
    a("\t\t<section class=\"dash-block\" id=\"glance\" aria-labelledby=\"glance-h\">")
    a("\t\t\t<h2 id=\"glance-h\" class=\"block-title\">%s</h2>" % esc(gl["head"]))
    a("\t\t\t<div class=\"row g-3 stat-cards\">")
    for key, val in gl["items"]:
        if key != "card":
            continue
        big, label, icon = cells(val)
        digits = re.sub(r"[^0-9]", "", re.sub(r"&#\d+;", "", big))
        a("\t\t\t\t<div class=\"col-6 col-md-4 col-xl\">")
        a("\t\t\t\t\t<div class=\"stat-card\">")
        a("\t\t\t\t\t\t<div class=\"stat-icon\"><i class=\"fa-solid %s\" aria-hidden=\"true\"></i></div>" % icon)
        a("\t\t\t\t\t\t<div class=\"stat-value counter\" data-target=\"%s\">%s</div>" % (digits, big))
        a("\t\t\t\t\t\t<div class=\"stat-label\">%s</div>" % label)
        a("\t\t\t\t\t</div>")
        a("\t\t\t\t</div>")
    a("\t\t\t</div>")
    for key, val in gl["items"]:
        if key == "note":
            a("\t\t\t<p class=\"block-note\"><small><em>%s</em></small></p>" % esc(val))
    a("\t\t</section>")
    # cards in rows of two
    rest = [b for b in order if b["id"] not in ("ticker", "state", "round", "glance")]
    a("\t\t<!-- Dashboard cards -->")
    a("\t\t<section class=\"dash-block\" id=\"details\">")
    a("\t\t\t<div class=\"row g-4\">")
    for b in rest:
        col = "col-12" if b["id"] in ("progress", "isac") else "col-lg-6"
        o_body = []
        card(b, o_body, charts, col)
        o.extend(o_body)
    a("\t\t\t</div>")
    a("\t\t</section>")
    a("\t</div>")
    a("</main>")

    # ---- footer
    a("<!-- ============ Footer ============ -->")
    a("<footer class=\"site-footer\">")
    a("\t<div class=\"container\">")
    a("\t\t<ul class=\"footer-links\">")
    for label, path in (("Website Policies", "website-policies"), ("Help", "help"),
                        ("Feedback", "feedback"), ("Terms & Conditions", "terms-conditions"),
                        ("Copyright Policy", "copyright-policy"),
                        ("Hyperlinking Policy", "hyperlinking-policy"),
                        ("Privacy Policy", "privacy-policy"),
                        ("Accessibility Statement", "accessibility-statement"),
                        ("Sitemap", "sitemap")):
        a("\t\t\t<li><a href=\"%s/%s\">%s</a></li>" % (SITE, path, esc(label)))
    a("\t\t</ul>")
    a("\t\t<div class=\"row footer-info\">")
    a("\t\t\t<div class=\"col-md-8\">")
    a("\t\t\t\t<p>Content owned and maintained by Smart Cities Mission, Ministry of Housing and Urban Affairs, Government of India.</p>")
    a("\t\t\t\t<p>Designed, developed and hosted by National Informatics Centre (NIC), Ministry of Electronics &amp; Information Technology, Government of India.</p>")
    a("\t\t\t</div>")
    a("\t\t\t<div class=\"col-md-4 text-end\">")
    a("\t\t\t\t<p>Last Updated: <span class=\"last-updated\">%s</span></p>" % meta["updated"])
    a("\t\t\t\t<p>Visitors: <span class=\"visitor-count\">%s</span></p>" % meta["visitors"])
    a("\t\t\t</div>")
    a("\t\t</div>")
    a("\t\t<p class=\"browser-note\">Best viewed in Google Chrome 120+, Mozilla Firefox 115+ and Microsoft Edge 120+ at 1366 x 768 resolution.</p>")
    a("\t\t<div class=\"footer-logos\">")
    for alt, href, img in (("india.gov.in - National Portal of India", "https://www.india.gov.in", "india-gov.png"),
                           ("MyGov", "https://www.mygov.in", "mygov.png"),
                           ("Digital India", "https://www.digitalindia.gov.in", "digital-india.png"),
                           ("Open Government Data Platform India", "https://data.gov.in", "data-gov.png")):
        a("\t\t\t<a href=\"%s\" target=\"_blank\" title=\"External link that opens in a new window\"><img src=\"%s/images/footer/%s\" alt=\"%s\" height=\"40\"></a>" % (href, THEME, img, esc(alt)))
    a("\t\t</div>")
    a("\t</div>")
    a("</footer>")
    a("<a href=\"#\" id=\"back-to-top\" class=\"back-to-top\" title=\"Back to top\"><i class=\"fa-solid fa-arrow-up\"></i></a>")
    for js in ("js/jquery-3.7.1.min.js", "js/bootstrap.bundle.min.js", "js/chart.umd.min.js",
               "js/chartjs-plugin-datalabels.min.js", "js/custom.js?v=" + VER):
        a("<script src=\"%s/%s\"></script>" % (THEME, js))
    a("<script>")
    a("\t/* Dashboard data - generated from SCM-GMIS on %s */" % meta["asof"])
    data = {"asOn": meta["asof"], "charts": charts}
    a("\tvar scmDashboard = %s;" % json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    a("\tdocument.addEventListener('DOMContentLoaded', function () {")
    a("\t\tChart.defaults.font.family = \"'Noto Sans', Arial, sans-serif\";")
    a("\t\tvar pal = ['#0b4f8a', '#f39c12', '#27ae60', '#8e44ad', '#c0392b', '#16a085'];")
    a("\t\tObject.keys(scmDashboard.charts).forEach(function (id) {")
    a("\t\t\tvar c = scmDashboard.charts[id];")
    a("\t\t\tnew Chart(document.getElementById(id), {")
    a("\t\t\t\ttype: c.type,")
    a("\t\t\t\tdata: { labels: c.labels, datasets: [{ label: c.title, data: c.values, backgroundColor: pal, borderColor: '#0b4f8a', tension: 0.3 }] },")
    a("\t\t\t\toptions: { responsive: true, maintainAspectRatio: false, plugins: { legend: { display: c.type === 'doughnut' } } }")
    a("\t\t\t});")
    a("\t\t});")
    a("\t\t$('.counter').each(function () { var $t = $(this); $t.prop('Counter', 0).animate({ Counter: $t.data('target') }, { duration: 1500 }); });")
    a("\t});")
    a("\tfunction loadCities(st) {")
    a("\t\tvar $c = $('#ddlCity').prop('disabled', !st).html('<option value=\"\">-- Select City --</option>');")
    a("\t\tif (!st) { return; }")
    a("\t\t$.getJSON('%s/api/dashboard/cities', { state: st }, function (r) {" % SITE)
    a("\t\t\t$.each(r, function (i, ct) { $c.append($('<option>').val(ct.id).text(ct.name)); });")
    a("\t\t});")
    a("\t}")
    a("\tfunction applyFilter() { window.location.search = $('#dashFilter').serialize(); }")
    a("</script>")
    a("</body>")
    a("</html>")
    with open(out_path, "wb") as f:
        f.write(("\r\n".join(o) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
