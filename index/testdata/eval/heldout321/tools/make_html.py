#!/usr/bin/python3
"""Make docs/isro-issar-2024-press-release.html from tools/isro-issar-2024-press-release.txt.

The page imitates a press release saved from an ISRO-style Bootstrap 5 site ("Save Page As",
HTML only): a skip link and accessibility top bar (screen reader, A- A A+, contrast, Hindi),
the bilingual header with emblem and logos, a navbar whose items open dropdown menus, a
breadcrumb, the release (title, date, justified paragraphs, bold sub-headings stored as
<p><strong>, a bordered Bootstrap table, a dated list, an image gallery with lightbox links and
captions, a share bar and a "Related links" list), a "Recent Press Releases" sidebar, and a
large footer of link columns with the policy links, visitor counter and last-updated line.
Paragraphs the editor pasted from Word keep their MsoNormal spans and &nbsp; runs.

Run from anywhere: /usr/bin/python3 tools/make_html.py [OUT]
The output is byte-for-byte reproducible.
"""
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "isro-issar-2024-press-release.txt")
OUT = os.path.join(HERE, "..", "docs", "isro-issar-2024-press-release.html")

# paragraphs (0-based, counting body paragraphs only) that were pasted from Word
WORD_PASTED = {1, 5, 9}


def inline(s):
    s = html.escape(s, quote=False)
    s = s.replace(" -- ", " &ndash; ").replace("'", "&rsquo;")
    return s


def parse(path):
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    i, para = 0, []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            flush()
            continue
        if s.startswith("@"):
            flush()
            key, _, val = s.partition(" ")
            if key in ("@title", "@date", "@crumb", "@slug"):
                meta[key[1:]] = val
            elif key == "@h":
                blocks.append(("h", val))
            elif key in ("@table", "@ul", "@gallery", "@related"):
                end = "@end" + key[1:]
                rows = []
                while lines[i].strip() != end:
                    if lines[i].strip():
                        rows.append([c.strip() for c in lines[i].split("|")])
                    i += 1
                i += 1
                blocks.append((key[1:], val, rows))
            continue
        para.append(s)
    flush()
    return meta, blocks


HEAD = """<!DOCTYPE html>
<html lang="en">
<!-- saved from url=(0079)https://www.isro.gov.in/{slug}.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{title_attr}">
<meta name="keywords" content="ISRO, Indian Space Research Organisation, Department of Space, Press Release, ISSAR, IS4OM, Space Situational Awareness">
<meta property="og:title" content="{title_attr}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://www.isro.gov.in/media_isro/image/index/ISRO_logo.png">
<title>ISRO - {title}</title>
<link rel="shortcut icon" href="https://www.isro.gov.in/images/favicon.ico" type="image/x-icon">
<link href="./{slug}_files/bootstrap.min.css" rel="stylesheet">
<link href="./{slug}_files/all.min.css" rel="stylesheet">
<link href="./{slug}_files/lightbox.min.css" rel="stylesheet">
<link href="./{slug}_files/style.css" rel="stylesheet">
<link href="./{slug}_files/responsive.css" rel="stylesheet">
<style type="text/css">
  .pr-date {{ color:#6c757d; font-size:14px; margin-bottom:18px; }}
  .pr-body p {{ text-align: justify; }}
  .gallery .caption {{ font-size:13px; color:#444; margin-top:6px; }}
  .high-contrast body, .high-contrast .navbar {{ background:#000 !important; color:#ff0 !important; }}
</style>
<script async="" src="./{slug}_files/js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-2X7QPZ9K1L');
</script>
</head>
<body>
<a class="skip-main visually-hidden-focusable" href="#main-content">Skip to main content</a>
<div class="top-bar bg-dark text-white">
  <div class="container d-flex justify-content-between align-items-center">
    <ul class="list-inline mb-0 small">
      <li class="list-inline-item"><a href="https://www.isro.gov.in/ScreenReader.html" class="text-white">Screen Reader Access</a></li>
      <li class="list-inline-item"><a href="#main-content" class="text-white">Skip to main content</a></li>
    </ul>
    <ul class="list-inline mb-0 small">
      <li class="list-inline-item"><button type="button" class="btn btn-sm btn-link text-white" id="font-dec" title="Decrease font size">A-</button></li>
      <li class="list-inline-item"><button type="button" class="btn btn-sm btn-link text-white" id="font-reset" title="Normal font size">A</button></li>
      <li class="list-inline-item"><button type="button" class="btn btn-sm btn-link text-white" id="font-inc" title="Increase font size">A+</button></li>
      <li class="list-inline-item"><button type="button" class="btn btn-sm btn-link text-white" id="contrast" title="High contrast"><i class="fa-solid fa-circle-half-stroke"></i></button></li>
      <li class="list-inline-item"><a href="https://www.isro.gov.in/ISRO_HINDI/{slug}.html" class="text-white" lang="hi">\u0939\u093f\u0928\u094d\u0926\u0940</a></li>
    </ul>
  </div>
</div>
<header class="site-header py-2">
  <div class="container d-flex align-items-center justify-content-between">
    <a href="https://www.isro.gov.in/index.html" class="d-flex align-items-center text-decoration-none">
      <img src="./{slug}_files/ISRO_logo.png" alt="ISRO Logo" width="72" height="72">
      <span class="ms-3">
        <span class="d-block site-name-hi" lang="hi">\u092d\u093e\u0930\u0924\u0940\u092f \u0905\u0902\u0924\u0930\u093f\u0915\u094d\u0937 \u0905\u0928\u0941\u0938\u0902\u0927\u093e\u0928 \u0938\u0902\u0917\u0920\u0928</span>
        <span class="d-block site-name">Indian Space Research Organisation</span>
        <span class="d-block site-sub">Department of Space, Government of India</span>
      </span>
    </a>
    <img src="./{slug}_files/emblem.png" alt="Emblem of India" width="48" height="80" class="d-none d-md-block">
  </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
  <div class="container">
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav me-auto">
        <li class="nav-item"><a class="nav-link" href="https://www.isro.gov.in/index.html"><i class="fa-solid fa-house"></i> Home</a></li>
{nav}
      </ul>
      <form class="d-flex" role="search" action="https://www.isro.gov.in/search.html">
        <input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Search" aria-label="Search">
        <button class="btn btn-sm btn-light" type="submit"><i class="fa-solid fa-magnifying-glass"></i></button>
      </form>
    </div>
  </div>
</nav>
"""

NAV = [
    ("About ISRO", ["Vision and Mission", "Organisation Structure", "Chairman", "Former Chairmen",
                    "Centres", "ISRO Timeline", "Annual Reports"]),
    ("Missions", ["Launchers", "Spacecraft", "Mission Accomplished", "Upcoming Missions",
                  "Human Spaceflight (Gaganyaan)", "Space Science Missions"]),
    ("Activities", ["Space Situational Awareness", "Space Transportation", "Earth Observation",
                    "Satellite Navigation", "Space Science", "Capacity Building"]),
    ("Media", ["Press Releases", "Photo Gallery", "Videos", "Publications", "Space India Newsletter",
               "Announcements"]),
    ("Industry & Academia", ["Technology Transfer", "Start-up Support", "Sponsored Research (RESPOND)",
                             "IN-SPACe", "NSIL"]),
    ("Careers", []),
    ("Contact Us", []),
]

FOOT = [
    ("About", ["About ISRO", "Chairman", "Centres", "Organisation Structure", "ISRO Timeline",
               "Annual Reports", "Citizen Charter"]),
    ("ISRO Centres", ["VSSC, Thiruvananthapuram", "URSC, Bengaluru", "SDSC SHAR, Sriharikota",
                      "LPSC, Valiamala", "SAC, Ahmedabad", "NRSC, Hyderabad", "ISTRAC, Bengaluru",
                      "IPRC, Mahendragiri", "HSFC, Bengaluru", "MCF, Hassan", "IISU, Thiruvananthapuram",
                      "LEOS, Bengaluru"]),
    ("DOS Units & Others", ["Department of Space", "IN-SPACe", "NewSpace India Limited (NSIL)",
                            "Antrix Corporation", "PRL, Ahmedabad", "NARL, Gadanki", "NE-SAC, Shillong",
                            "SCL, Mohali", "IIST, Thiruvananthapuram", "IIRS, Dehradun"]),
    ("Help & Policies", ["Website Policies", "Copyright Policy", "Hyperlinking Policy",
                         "Privacy Policy", "Terms & Conditions", "Accessibility Statement", "Help",
                         "Sitemap", "RTI", "Public Grievances", "Feedback"]),
]

RECENT = [
    ("Atmospheric re-entry of POEM-4", "April 04, 2025"),
    ("GSLV-F15 successfully launches NVS-02, ISRO's 100th launch from Sriharikota",
     "January 29, 2025"),
    ("SpaDeX: historic docking of two satellites", "January 16, 2025"),
    ("PSLV-C60 successfully launches SpaDeX and 24 payloads on POEM-4", "December 30, 2024"),
    ("PSLV-C59 successfully launches PROBA-3 for ESA", "December 05, 2024"),
]


def slugify(s):
    return "".join(c if c.isalnum() else "_" for c in s).strip("_")


def nav_html():
    out = []
    for name, items in NAV:
        href = "https://www.isro.gov.in/%s.html" % slugify(name)
        if not items:
            out.append('        <li class="nav-item"><a class="nav-link" href="%s">%s</a></li>'
                       % (href, html.escape(name)))
            continue
        out.append('        <li class="nav-item dropdown">')
        out.append('          <a class="nav-link dropdown-toggle" href="#" role="button" '
                   'data-bs-toggle="dropdown" aria-expanded="false">%s</a>' % html.escape(name))
        out.append('          <ul class="dropdown-menu">')
        for it in items:
            out.append('            <li><a class="dropdown-item" href="https://www.isro.gov.in/%s.html">'
                       '%s</a></li>' % (slugify(it), html.escape(it)))
        out.append('          </ul>')
        out.append('        </li>')
    return "\n".join(out)


def body_html(meta, blocks):
    slug = meta["slug"]
    out = []
    pno = 0
    for b in blocks:
        kind = b[0]
        if kind == "p":
            text = inline(b[1])
            if pno in WORD_PASTED:
                text = text.replace(". ", ".&nbsp; ", 1)
                out.append('<p class="MsoNormal" style="text-align: justify;"><span style="font-size:'
                           '12.0pt;line-height:115%%;font-family:&quot;Times New Roman&quot;,serif">'
                           '%s<o:p></o:p></span></p>' % text)
            else:
                out.append('<p style="text-align: justify;">%s</p>' % text)
            pno += 1
        elif kind == "h":
            out.append('<p style="text-align: justify;"><strong>%s</strong></p>' % inline(b[1]))
        elif kind == "table":
            caption, rows = b[1], b[2]
            out.append('<div class="table-responsive">')
            out.append('<table class="table table-bordered table-striped table-sm">')
            out.append('<caption class="caption-top"><strong>%s</strong></caption>' % inline(caption))
            out.append('<thead class="table-primary"><tr>%s</tr></thead>'
                       % "".join('<th scope="col">%s</th>' % inline(c) for c in rows[0]))
            out.append('<tbody>')
            for r in rows[1:]:
                cells = []
                for c in r:
                    cells.append('<td>%s</td>' % ("&ndash;" if c == "--" else inline(c)))
                out.append('<tr>%s</tr>' % "".join(cells))
            out.append('</tbody>')
            out.append('</table>')
            out.append('</div>')
        elif kind == "ul":
            out.append('<ul class="pr-list">')
            for date, text in b[2]:
                out.append('<li><strong>%s</strong> &ndash; %s</li>' % (inline(date), inline(text)))
            out.append('</ul>')
        elif kind == "gallery":
            out.append('<h5 class="mt-4 mb-3 section-title"><i class="fa-regular fa-images"></i> '
                       'Image Gallery</h5>')
            out.append('<div class="row g-3 gallery">')
            for fn, alt, cap in b[2]:
                big = "https://www.isro.gov.in/media_isro/image/index/ISSAR2024/%s" % fn
                thumb = "./%s_files/%s" % (slug, fn.replace(".jpg", "_thumb.jpg"))
                out.append('  <div class="col-lg-4 col-md-6">')
                out.append('    <div class="card h-100 border-0">')
                out.append('      <a href="%s" data-lightbox="issar2024" data-title="%s">'
                           '<img src="%s" class="img-fluid img-thumbnail" alt="%s" loading="lazy"></a>'
                           % (big, html.escape(cap), thumb, html.escape(alt)))
                out.append('      <p class="caption text-center">%s</p>' % inline(cap))
                out.append('    </div>')
                out.append('  </div>')
            out.append('</div>')
            out.append('<div class="share-bar d-flex align-items-center gap-2 my-4">')
            out.append('  <span class="fw-bold">Share:</span>')
            for icon, label in (("facebook-f", "Facebook"), ("x-twitter", "X"),
                                ("linkedin-in", "LinkedIn"), ("whatsapp", "WhatsApp")):
                out.append('  <a href="#" class="btn btn-sm btn-outline-secondary" title="Share on %s">'
                           '<i class="fa-brands fa-%s"></i><span class="visually-hidden">%s</span></a>'
                           % (label, icon, label))
            out.append('  <a href="javascript:window.print()" class="btn btn-sm btn-outline-secondary">'
                       '<i class="fa-solid fa-print"></i> Print</a>')
            out.append('</div>')
        elif kind == "related":
            out.append('<div class="related-links">')
            out.append('<h5 class="section-title">Related links</h5>')
            out.append('<ul>')
            for label, href in b[2]:
                out.append('<li><a href="https://www.isro.gov.in%s">%s</a></li>' % (href, inline(label)))
            out.append('</ul>')
            out.append('</div>')
    return "\n".join(out)


def page(meta, blocks):
    slug = meta["slug"]
    parts = [HEAD.format(slug=slug, title=inline(meta["title"]),
                         title_attr=html.escape(meta["title"]), nav=nav_html())]
    parts.append("""<div class="breadcrumb-wrap bg-light border-bottom">
  <div class="container">
    <nav aria-label="breadcrumb">
      <ol class="breadcrumb mb-0 py-2">
        <li class="breadcrumb-item"><a href="https://www.isro.gov.in/index.html">Home</a></li>
        <li class="breadcrumb-item"><a href="https://www.isro.gov.in/Media.html">Media</a></li>
        <li class="breadcrumb-item"><a href="https://www.isro.gov.in/PressRelease.html">Press Releases</a></li>
        <li class="breadcrumb-item active" aria-current="page">%s</li>
      </ol>
    </nav>
  </div>
</div>
<main id="main-content" class="container my-4">
  <div class="row">
    <div class="col-lg-9">
      <article class="press-release">
        <h2 class="page-title">%s</h2>
        <p class="pr-date"><i class="fa-regular fa-calendar"></i> %s</p>
        <div class="pr-body">
""" % (inline(meta["crumb"]), inline(meta["title"]), meta["date"]))
    parts.append(body_html(meta, blocks))
    parts.append("""
        </div>
      </article>
    </div>
    <aside class="col-lg-3">
      <div class="card sidebar-card mb-4">
        <div class="card-header bg-primary text-white">Recent Press Releases</div>
        <ul class="list-group list-group-flush">
""")
    for t, d in RECENT:
        parts.append('          <li class="list-group-item"><a href="https://www.isro.gov.in/%s.html">%s</a>'
                     '<br><small class="text-muted">%s</small></li>\n' % (slugify(t)[:40], inline(t), d))
    parts.append("""        </ul>
        <div class="card-footer text-end"><a href="https://www.isro.gov.in/PressRelease.html">View all &raquo;</a></div>
      </div>
      <div class="card sidebar-card">
        <div class="card-header bg-primary text-white">Quick Links</div>
        <ul class="list-group list-group-flush">
          <li class="list-group-item"><a href="https://www.isro.gov.in/Launchers.html">Launchers</a></li>
          <li class="list-group-item"><a href="https://www.isro.gov.in/Spacecraft.html">Spacecraft</a></li>
          <li class="list-group-item"><a href="https://www.isro.gov.in/SSA.html">Space Situational Awareness</a></li>
          <li class="list-group-item"><a href="https://www.isro.gov.in/Tenders.html">Tenders</a></li>
        </ul>
      </div>
    </aside>
  </div>
</main>
<footer class="site-footer bg-dark text-light pt-5 pb-3">
  <div class="container">
    <div class="row">
""")
    for title, items in FOOT:
        parts.append('      <div class="col-lg-3 col-md-6 mb-4">\n        <h6 class="text-uppercase">%s</h6>\n'
                     '        <ul class="list-unstyled footer-links">\n' % html.escape(title))
        for it in items:
            parts.append('          <li><a href="https://www.isro.gov.in/%s.html">%s</a></li>\n'
                         % (slugify(it), html.escape(it)))
        parts.append('        </ul>\n      </div>\n')
    parts.append("""    </div>
    <div class="row border-top border-secondary pt-3 align-items-center">
      <div class="col-md-6 small">
        <p class="mb-1">Antariksh Bhavan, New BEL Road, Bengaluru - 560 094, India</p>
        <p class="mb-1">Follow us:
          <a href="https://www.facebook.com/ISRO" class="text-light"><i class="fa-brands fa-facebook-f"></i><span class="visually-hidden">Facebook</span></a>
          <a href="https://x.com/isro" class="text-light"><i class="fa-brands fa-x-twitter"></i><span class="visually-hidden">X</span></a>
          <a href="https://www.youtube.com/@isroofficial5866" class="text-light"><i class="fa-brands fa-youtube"></i><span class="visually-hidden">YouTube</span></a>
          <a href="https://www.instagram.com/isro.in/" class="text-light"><i class="fa-brands fa-instagram"></i><span class="visually-hidden">Instagram</span></a>
        </p>
      </div>
      <div class="col-md-6 small text-md-end">
        <p class="mb-1">Last Updated: 22-04-2025 | Visitors: <span id="visitor-count">3,91,48,207</span></p>
        <p class="mb-1">&copy; 2025 ISRO, Department of Space, Government of India. All Rights Reserved.</p>
        <p class="mb-0">Content owned and maintained by the Indian Space Research Organisation.</p>
      </div>
    </div>
  </div>
  <a href="#" id="back-to-top" class="btn btn-primary back-to-top" title="Back to top"><i class="fa-solid fa-arrow-up"></i></a>
</footer>
<script src="./%s_files/jquery-3.7.1.min.js"></script>
<script src="./%s_files/bootstrap.bundle.min.js"></script>
<script src="./%s_files/lightbox.min.js"></script>
<script src="./%s_files/custom.js"></script>
<script>
  $(function () {
    var size = 16;
    $('#font-inc').on('click', function () { size = Math.min(size + 2, 22); $('body').css('font-size', size + 'px'); });
    $('#font-dec').on('click', function () { size = Math.max(size - 2, 12); $('body').css('font-size', size + 'px'); });
    $('#font-reset').on('click', function () { size = 16; $('body').css('font-size', ''); });
    $('#contrast').on('click', function () { $('html').toggleClass('high-contrast'); });
  });
</script>
</body>
</html>
""" % (slug, slug, slug, slug))
    return "".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(SRC)
    data = page(meta, blocks).encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
