#!/usr/bin/python3
"""Re-make docs/livelaw-rajasthan-hc-section-152-bns.html byte for byte from its source text.

The page imitates a LiveLaw story (the site's Hocalwire-built pages of 2024-25) as Chrome's
"Save page as... Webpage, Complete" writes it: the "saved from url" comment, the DOM serialised
back with resource links pointing into the "<title>_files" folder Chrome makes beside the page
(the set does not hold that folder), head metas (description, keywords, Open Graph, Twitter,
canonical, amphtml), a JSON-LD NewsArticle block, analytics and ad scripts; the top strip, the
logo and the main menu with its High Court drop-down; the breadcrumb; the story (h1 headline,
h2 summary, byline and date, share buttons, the "Listen to this Article" player, the report with
h3 sub-heads and block quotes, the "Case Title:", "Case No.:" and "Citation:" lines, the download
link, tags, "Next Story"); the paywall modal; "Similar News"; the "Top Stories" sidebar; the footer.
Deterministic: no dates or random ids are generated.

Usage: make_livelaw.py [output path]   (default: ../docs/livelaw-rajasthan-hc-section-152-bns.html)
"""
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "livelaw-rajasthan-hc-section-152-bns.txt")
OUT = os.path.join(HERE, "..", "docs", "livelaw-rajasthan-hc-section-152-bns.html")
SITE = "https://www.livelaw.in/"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def parse():
    meta, body, tags, rel, top, case = {}, [], [], [], [], []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        k, _, v = line.partition(": ")
        if k in ("P", "H", "Q"):
            body.append((k, v))
        elif k in ("CT", "CN", "CIT", "DL"):
            case.append((k, v))
        elif k == "TAG":
            tags.append(v)
        elif k in ("REL", "TOP"):
            t, d, p = [x.strip() for x in v.split("|")]
            (rel if k == "REL" else top).append((t, d, p))
    return meta, body, case, tags, rel, top


def files_dir(title):
    # Chrome names the folder after the page title, with characters Windows forbids replaced by "_"
    name = title
    for ch in '<>:"/\\|?*':
        name = name.replace(ch, "_")
    return "./" + name + "_files/"


HC_LIST = ["Allahabad High Court", "Andhra Pradesh High Court", "Bombay High Court",
           "Calcutta High Court", "Chhattisgarh High Court", "Delhi High Court",
           "Gauhati High Court", "Gujarat High Court", "Himachal Pradesh High Court",
           "Jammu & Kashmir and Ladakh High Court", "Jharkhand High Court", "Karnataka High Court",
           "Kerala High Court", "Madhya Pradesh High Court", "Madras High Court",
           "Manipur High Court", "Meghalaya High Court", "Orissa High Court",
           "Patna High Court", "Punjab and Haryana High Court", "Rajasthan High Court",
           "Sikkim High Court", "Telangana High Court", "Tripura High Court",
           "Uttarakhand High Court"]
MENU = [("Home", ""), ("Top Stories", "top-stories"), ("Supreme Court", "supreme-court"),
        ("High Court", "high-court"), ("News Updates", "news-updates"), ("Law Firms", "law-firms"),
        ("Columns", "articles"), ("Interviews", "interviews"), ("Know the Law", "know-the-law"),
        ("Round Ups", "round-ups"), ("Job Updates", "job-updates"), ("Hindi", "hindi")]


def build():
    meta, body, case, tags, rel, top = parse()
    title = meta["title"]
    url = SITE + meta["path"]
    fd = files_dir(title)
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0">')
    w("<title>%s</title>" % esc(title))
    w('<meta name="description" content="%s">' % attr(meta["summary"]))
    w('<meta name="keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="news_keywords" content="%s">' % attr(", ".join(tags)))
    w('<meta name="robots" content="max-image-preview:large">')
    w('<link rel="canonical" href="%s">' % url)
    w('<link rel="amphtml" href="%samp/%s">' % (SITE, meta["path"]))
    w('<meta property="og:site_name" content="Live Law">')
    w('<meta property="og:type" content="article">')
    w('<meta property="og:title" content="%s">' % attr(title))
    w('<meta property="og:description" content="%s">' % attr(meta["summary"]))
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:image" content="https://www.livelaw.in/h-upload/2024/12/20/750x450_571934-justice-arun-monga-rajasthan-hc.webp">')
    w('<meta property="article:published_time" content="%s">' % meta["iso"])
    w('<meta property="article:section" content="High Court">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@LiveLawIndia">')
    w('<meta name="twitter:title" content="%s">' % attr(title))
    w('<link rel="icon" href="%sfavicon.ico" type="image/x-icon">' % fd)
    w('<link rel="stylesheet" href="%sbootstrap.min.css">' % fd)
    w('<link rel="stylesheet" href="%sstyle.min.css">' % fd)
    w('<link rel="stylesheet" href="%sdetail-page.css">' % fd)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"%s"},'
          '"headline":"%s","description":"%s","datePublished":"%s","dateModified":"%s",'
          '"author":{"@type":"Organization","name":"LiveLaw News Network"},'
          '"publisher":{"@type":"Organization","name":"Live Law","logo":{"@type":"ImageObject","url":"https://www.livelaw.in/images/logo.png"}},'
          '"keywords":"%s"}') % (url, title.replace('"', '\\"'), meta["summary"].replace('"', '\\"'),
                                 meta["iso"], meta["iso"], ", ".join(tags))
    w('<script type="application/ld+json">%s</script>' % ld)
    w('<script async="" src="%sgtag.js"></script>' % fd)
    w("<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
      "gtag('js', new Date());gtag('config', 'G-8B9QZ4X1KD');</script>")
    w('<script async="" src="%sgpt.js"></script>' % fd)
    w("<style>.paywall-modal{display:none}.listen-article{min-height:42px}</style>")
    w("</head>")
    w('<body class="detail-page high-court-page">')
    w('<div class="top-strip"><div class="container"><div class="row">'
      '<div class="col-md-6 top-date">Sunday, September 21, 2025</div>'
      '<div class="col-md-6 text-right top-links"><a href="%ssubscription" class="btn-subscribe">Subscribe</a>'
      '<a href="%slogin" class="btn-login">Login</a></div></div></div></div>' % (SITE, SITE))
    w('<header class="main-header"><div class="container">')
    w('<a class="navbar-brand" href="%s"><img src="%slogo.png" alt="Live Law" width="196" height="48"></a>' % (SITE, fd))
    w('<div class="header-ad" id="div-gpt-ad-1569837461-0"></div>')
    w('<nav class="navbar main-menu"><ul class="nav navbar-nav">')
    for label, path in MENU:
        if label == "High Court":
            w('<li class="dropdown"><a href="%s%s" class="dropdown-toggle" data-toggle="dropdown">High Court</a>'
              '<ul class="dropdown-menu">' % (SITE, path))
            for hc in HC_LIST:
                slug = hc.lower().replace(" & ", "-").replace(" and ", "-").replace(" ", "-")
                w('<li><a href="%shigh-court/%s">%s</a></li>' % (SITE, slug, esc(hc)))
            w("</ul></li>")
        else:
            w('<li><a href="%s%s">%s</a></li>' % (SITE, path, esc(label)))
    w("</ul></nav></div></header>")
    w('<div class="container main-container"><div class="row">')
    w('<div class="col-md-8 details-left">')
    w('<ol class="breadcrumb" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
      '<li itemprop="itemListElement"><a href="%s">Home</a></li>'
      '<li itemprop="itemListElement"><a href="%shigh-court">High Court</a></li>'
      '<li itemprop="itemListElement"><a href="%shigh-court/rajasthan-high-court">Rajasthan High Court</a></li>'
      '<li class="active">%s</li></ol>' % (SITE, SITE, SITE, esc(title)))
    w('<article class="details-story-wrapper" data-story-id="279108">')
    w('<h1 class="heading_title">%s</h1>' % esc(title))
    w('<h2 class="story-summary">%s</h2>' % esc(meta["summary"]))
    w('<div class="author-details"><div class="author-name"><a href="%sauthor/livelaw-news-network-1" rel="author">%s</a></div>'
      '<div class="date-publish"><span class="convert-to-localtime" data-datestring="%s">%s</span></div></div>'
      % (SITE, esc(meta["author"]), meta["iso"], esc(meta["date"])))
    w('<div class="share-story"><span class="share-label">Share this</span>'
      '<a class="share-whatsapp" href="https://api.whatsapp.com/send?text=%s" target="_blank" rel="noopener" title="whatsapp"><img src="%swhatsapp.svg" alt=""></a>'
      '<a class="share-facebook" href="https://www.facebook.com/sharer.php?u=%s" target="_blank" rel="noopener" title="facebook"><img src="%sfacebook.svg" alt=""></a>'
      '<a class="share-twitter" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener" title="twitter"><img src="%sx.svg" alt=""></a>'
      '<a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=%s" target="_blank" rel="noopener" title="linkedin"><img src="%slinkedin.svg" alt=""></a>'
      '</div>' % (url, fd, url, fd, url, fd, url, fd))
    w('<div class="story-featured-image"><img src="%s750x450_571934-justice-arun-monga-rajasthan-hc.webp" alt="Justice Arun Monga, Rajasthan High Court" width="750" height="450"></div>' % fd)
    w('<div class="listen-article"><button class="btn-listen" type="button" aria-label="Listen to this Article">'
      '<span>Listen to this Article</span></button><audio preload="none" src="%sspeech-279108.mp3"></audio></div>' % fd)
    w('<div class="story-content details-content-story" id="storyBody">')
    for k, v in body:
        if k == "P":
            w("<p>%s</p>" % esc(v))
        elif k == "H":
            w("<h3><strong>%s</strong></h3>" % esc(v))
        else:
            w("<blockquote><p><em>%s</em></p></blockquote>" % esc(v))
    w('<div class="inside-ad" id="div-gpt-ad-1569837461-3"></div>')
    for k, v in case:
        if k == "DL":
            w('<p><a href="%sh-upload/2024/12/20/571933-tejender-pal-singh-v-state-of-rajasthan.pdf" target="_blank" '
              'rel="noopener"><strong>%s</strong></a></p>' % (SITE, esc(v)))
        else:
            label, _, rest = v.partition(": ")
            w("<p><strong>%s:</strong>&nbsp;%s</p>" % (esc(label), esc(rest)))
    w("</div>")
    w('<div class="tags-list"><span class="tags-label">Tags</span><ul>')
    for t in tags:
        w('<li><a href="%stags/%s">%s</a></li>' % (SITE, t.lower().replace(" ", "-").replace(".", ""), esc(t)))
    w("</ul></div>")
    w('<div class="next-story"><a href="%s%s">Next Story</a></div>' % (SITE, rel[0][2]))
    w("</article>")
    w('<div class="paywall-modal" id="paywallModal" role="dialog" aria-hidden="true"><div class="paywall-box">'
      '<h4>Your free access to Live Law has expired</h4>'
      '<p>Subscribe for unlimited access to archives, weekly and monthly digests, judgment copies and an ad-free version.</p>'
      '<a href="%ssubscription" class="btn btn-subscribe">Subscribe Now</a></div></div>' % SITE)
    w('<section class="similar-news"><h4 class="section-title">Similar News</h4><ul class="news-list">')
    for t, d, p in rel:
        w('<li><a href="%s%s"><h5>%s</h5></a><span class="news-date">%s</span></li>' % (SITE, p, esc(t), esc(d)))
    w("</ul></section>")
    w("</div>")
    w('<aside class="col-md-4 details-right"><div class="sidebar-ad" id="div-gpt-ad-1569837461-1"></div>'
      '<section class="top-stories-widget"><h4 class="section-title">Top Stories</h4><ul class="news-list">')
    for t, d, p in top:
        w('<li><a href="%s%s"><h5>%s</h5></a><span class="news-date">%s</span></li>' % (SITE, p, esc(t), esc(d)))
    w("</ul></section></aside>")
    w("</div></div>")
    w('<footer class="main-footer"><div class="container"><div class="row">'
      '<div class="col-md-4"><img src="%slogo-white.png" alt="Live Law" width="160" height="39"></div>'
      '<div class="col-md-8"><ul class="footer-links">'
      '<li><a href="%sabout-us">About Us</a></li><li><a href="%scontact-us">Contact Us</a></li>'
      '<li><a href="%sprivacy-policy">Privacy Policy</a></li><li><a href="%sterms-and-conditions">Terms &amp; Conditions</a></li>'
      '<li><a href="%scareers">Careers</a></li><li><a href="%sadvertise-with-us">Advertise With Us</a></li></ul></div></div>'
      '<div class="copyright">© 2025 - Live Law Media Pvt. Ltd. All rights reserved.</div>'
      '<div class="powered-by">Powered By <a href="https://www.hocalwire.com/" target="_blank" rel="noopener">Hocalwire</a></div>'
      '</div></footer>' % (fd, SITE, SITE, SITE, SITE, SITE, SITE))
    w('<script src="%sjquery.min.js"></script>' % fd)
    w('<script src="%sbootstrap.min.js"></script>' % fd)
    w('<script src="%sdetail.min.js"></script>' % fd)
    w("<script>var storyId = 279108; var pageType = 'story'; if (typeof hocal !== 'undefined') { hocal.trackView(storyId); }</script>")
    w("</body></html>")
    return "\n".join(o) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
