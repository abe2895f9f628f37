#!/usr/bin/python3
"""Make docs/upsc-key-quit-india-august-resolution.html from
tools/upsc-key-quit-india-august-resolution.txt.

The file imitates an Indian Express "UPSC Key" article (indianexpress.com, desktop layout) saved
by Chrome with "Save Page As > Webpage, Complete": the "saved from url=(NNNN)" comment, a head
with the charset meta first, the title, description/keywords/news_keywords, Open Graph and
Twitter metas, canonical and amphtml links, stylesheets and scripts rewritten into an
"upsc-key-quit-india-august-resolution_files" folder (which the set does not hold), two JSON-LD
blocks (NewsArticle, BreadcrumbList), the dataLayer and googletag set-up, an inline style block;
then the page: the masthead leaderboard ad ("ADVERTISEMENT"), the top strip (date, ePaper,
Today's Paper, Subscribe, Sign In), the logo, the main navigation, the UPSC sub-navigation, a
"Trending" strip, breadcrumbs, the h1 headline and the h2 synopsis, the byline with the place
and "Updated" stamp, the read time, the share bar (WhatsApp, Facebook, X, LinkedIn, copy link,
"Follow Us" on Google News), the "Listen to this article" player, the lead image with its
caption; the article body in div#pcl-full-content: paragraphs with <strong> runs, h2 subheads,
"->" lines typed as paragraphs starting with an arrow, <ol>/<ul> lists, "Also Read" boxes and
in-article ad slots each followed by "Story continues below this ad"; then the copyright line,
"First uploaded on", the tags, a rendered Viafoura comments block, "Best of Express" and
"More from UPSC Key" rails, the sidebar, the footer and the sticky bottom ad.

Source markup (one block per paragraph, blank lines between): "@key value" front matter,
"## " h2, "**...**" alone = a bold paragraph, "-> " arrow paragraph, "- " / "1. " list items,
"@alsoread title | url", "@ad"; inline **bold**. Straight quotes become curly as WordPress's
wptexturize prints them.

Run from anywhere: /usr/bin/python3 tools/make_html.py   (output is byte-for-byte stable)
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "upsc-key-quit-india-august-resolution.txt")
OUT = os.path.join(HERE, "..", "docs", "upsc-key-quit-india-august-resolution.html")
FILES = "./upsc-key-quit-india-august-resolution_files/"
URL = ("https://indianexpress.com/article/upsc-current-affairs/upsc-key/"
       "quit-india-83-august-resolution-do-or-die-operation-zero-hour-10179536/")
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def texturize(s):
    """wptexturize-like curly quotes and dashes."""
    s = re.sub(r"(^|[\s(\[\u2014/-])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    s = re.sub(r'(^|[\s(\[\u2014/-])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = s.replace(" - ", " \u2013 ").replace("...", "\u2026")
    return s


def inline(s):
    s = html.escape(texturize(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return s


def read_source():
    front, blocks = {}, []
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    for line in text.split("\n"):
        if line.startswith("@") and " " in line and not line.startswith(("@alsoread", "@ad")):
            k, v = line[1:].split(" ", 1)
            front[k] = v
    chunks = re.split(r"\n\s*\n", text)
    for c in chunks:
        lines = [l for l in c.split("\n") if l.strip()]
        lines = [l for l in lines if not (l.startswith("@") and not l.startswith(("@alsoread", "@ad")))]
        if lines:
            blocks.append(lines)
    return front, blocks


AD_N = [0]


def ad_slot(kind="inarticle"):
    AD_N[0] += 1
    n = AD_N[0]
    return ('<div class="adsbox dfpAdspot {k}" style="min-height:280px;">'
            '<div class="adtext">ADVERTISEMENT</div>'
            '<div id="div-gpt-ad-1565864584386-{n}" data-google-query-id="CPq2{n}xkq4I8DFWo{n}rAYdvQ0z"'
            ' style="text-align:center;"><div id="google_ads_iframe_/1055314/IE_UPSC_ROS_300x250_{n}__container__"'
            ' style="border: 0pt none; width: 300px; height: 250px;"></div></div></div>\n'
            '<div class="ie-story-continues">Story continues below this ad</div>\n').format(k=kind, n=n)


def also_read(items):
    out = ['<div class="ie-also-read"><div class="ie-also-read-head">Also Read</div><ul>']
    for title, url in items:
        out.append('<li><a href="%s" target="_blank">%s</a></li>' % (url, html.escape(texturize(title))))
    out.append("</ul></div>")
    return "".join(out) + "\n"


def body_html(blocks):
    out = []
    pending_also = []
    for lines in blocks:
        first = lines[0]
        if first.startswith("@alsoread"):
            for l in lines:
                t, u = l[len("@alsoread "):].split(" | ")
                pending_also.append((t, u))
            out.append(also_read(pending_also))
            pending_also = []
            continue
        if first == "@ad":
            out.append(ad_slot())
            continue
        if first.startswith("## "):
            t = first[3:]
            anchor = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
            out.append('<h2 id="%s">%s</h2>\n' % (anchor, inline(t)))
            continue
        if first.startswith("- "):
            out.append("<ul>\n" + "".join("<li>%s</li>\n" % inline(l[2:]) for l in lines) + "</ul>\n")
            continue
        if re.match(r"\d+\. ", first):
            out.append("<ol>\n" + "".join("<li>%s</li>\n" % inline(re.sub(r"^\d+\. ", "", l))
                                          for l in lines) + "</ol>\n")
            continue
        if first.startswith("-> "):
            out.append("<p>\u2192 %s</p>\n" % inline(first[3:]))
            continue
        if first.startswith("(1)") or first.startswith("(2)") or first.startswith("With reference to 8th"):
            # an MCQ: stem, numbered statements as <br> lines, options
            parts = [inline(l) for l in lines]
            out.append("<p>%s</p>\n" % "<br>\n".join(parts))
            continue
        if len(lines) == 1 and re.fullmatch(r"\*\*(.+)\*\*", first):
            out.append("<p><strong>%s</strong></p>\n" % inline(first[2:-2]))
            continue
        out.append("<p>%s</p>\n" % inline(" ".join(lines)))
    return "".join(out)


NAV = ["Home", "ePaper", "My Express", "UPSC", "India", "Explained", "Opinion", "Business",
       "Entertainment", "Sports", "Politics", "Lifestyle", "Tech", "Research", "Cities",
       "Videos", "Web Stories", "Premium"]
SUBNAV = ["UPSC Current Affairs", "UPSC Key", "UPSC Essentials", "Knowledge Nugget",
          "Mains Answer Practice", "Weekly Quiz", "UPSC Magazine", "Study Material"]
TRENDING = ["Independence Day 2025", "Har Ghar Tiranga", "UPSC Mains 2025", "Raksha Bandhan",
            "Monsoon Session", "Weekly Quiz"]
BEST = [
    ("UPSC Essentials | Mains answer practice: GS 1 questions on the freedom struggle (Week 118)",
     "mains-answer-practice-gs1-freedom-struggle-week-118-10177302"),
    ("Weekly Quiz | From Har Ghar Tiranga to the Harappan seals: test yourself",
     "weekly-quiz-har-ghar-tiranga-harappan-seals-10180211"),
    ("Knowledge Nugget | Cabinet Mission Plan of 1946: key facts for UPSC",
     "knowledge-nugget-cabinet-mission-1946-10158877"),
    ("UPSC Key | August 8, 2025: National Handloom Day, Places of Worship Act and monsoon deficits",
     "upsc-key-august-8-2025-handloom-day-10176640"),
]
FOOTER_GROUP = ["The Indian Express", "The Financial Express", "Loksatta", "Jansatta",
                "inUth", "The Indian Express Tamil", "The Indian Express Malayalam",
                "The Indian Express Bangla", "Express Pharma", "Express Healthcare",
                "Express Computer", "CIO&amp;Leader", "ieDigital"]
FOOTER_QUICK = ["T&amp;C", "Privacy Policy", "Advertise with Us", "Contact Us", "Subscribe",
                "Careers", "About Us", "Sitemap", "RSS"]


def page(front, blocks):
    title = texturize(front["title"])
    dek = texturize(front["dek"])
    doc_title = "%s | UPSC Current Affairs News - The Indian Express" % title
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
        "headline": title, "description": dek,
        "datePublished": "2025-08-09T11:42:08+05:30", "dateModified": "2025-08-09T15:10:31+05:30",
        "author": [{"@type": "Person", "name": front["byline"],
                    "url": "https://indianexpress.com/profile/author/upsc-essentials-desk/"}],
        "publisher": {"@type": "Organization", "name": "The Indian Express",
                      "logo": {"@type": "ImageObject",
                               "url": "https://indianexpress.com/wp-content/themes/indianexpress/images/indian-express-logo-n.svg",
                               "width": 600, "height": 60}},
        "image": {"@type": "ImageObject",
                  "url": "https://images.indianexpress.com/2025/08/quit-india-gowalia-tank-1942.jpg",
                  "width": 1200, "height": 667},
        "articleSection": "UPSC Key", "inLanguage": "en",
        "keywords": "Quit India Movement, August Kranti Din, Gowalia Tank, Operation Zero Hour, UPSC Key",
        "isAccessibleForFree": "True",
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://indianexpress.com/"},
        {"@type": "ListItem", "position": 2, "name": "UPSC Current Affairs",
         "item": "https://indianexpress.com/section/upsc-current-affairs/"},
        {"@type": "ListItem", "position": 3, "name": "UPSC Key",
         "item": "https://indianexpress.com/section/upsc-current-affairs/upsc-key/"},
        {"@type": "ListItem", "position": 4, "name": title}]}
    o = []
    w = o.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(URL), URL))
    w('<html lang="en-US" prefix="og: https://ogp.me/ns#" class=" js"><head>'
      '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1.0">\n')
    w("<title>%s</title>\n" % html.escape(doc_title, quote=False))
    w('<meta name="description" content="%s">\n' % html.escape(dek))
    w('<meta name="keywords" content="Quit India Movement, August Kranti Din, Gowalia Tank, Do or Die, '
      'Operation Zero Hour, Aga Khan Palace, Ahmednagar Fort, Aruna Asaf Ali, UPSC Key, UPSC current affairs">\n')
    w('<meta name="news_keywords" content="Quit India Movement, August Kranti Din, UPSC Key">\n')
    w('<meta name="robots" content="max-image-preview:large">\n')
    w('<meta property="og:type" content="article">\n')
    w('<meta property="og:title" content="%s">\n' % html.escape(title))
    w('<meta property="og:description" content="%s">\n' % html.escape(dek))
    w('<meta property="og:url" content="%s">\n' % URL)
    w('<meta property="og:site_name" content="The Indian Express">\n')
    w('<meta property="og:image" content="https://images.indianexpress.com/2025/08/quit-india-gowalia-tank-1942.jpg?w=1200">\n')
    w('<meta property="article:published_time" content="2025-08-09T11:42:08+05:30">\n')
    w('<meta property="article:modified_time" content="2025-08-09T15:10:31+05:30">\n')
    w('<meta property="article:section" content="UPSC Key">\n')
    w('<meta name="twitter:card" content="summary_large_image">\n')
    w('<meta name="twitter:site" content="@IndianExpress">\n')
    w('<meta name="twitter:title" content="%s">\n' % html.escape(title))
    w('<link rel="canonical" href="%s">\n' % URL)
    w('<link rel="amphtml" href="%slite/">\n' % URL)
    w('<link rel="preconnect" href="https://images.indianexpress.com/">\n')
    w('<link rel="stylesheet" id="ie-main-css" href="%sie-main.min.css" type="text/css" media="all">\n' % FILES)
    w('<link rel="stylesheet" id="ie-article-css" href="%sarticle.min.css" type="text/css" media="all">\n' % FILES)
    w('<link rel="stylesheet" href="%sviafoura.css" type="text/css" media="all">\n' % FILES)
    w('<link rel="icon" href="%sfavicon.ico" sizes="32x32">\n' % FILES)
    w('<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False).replace("/", "\\/"))
    w('<script type="application/ld+json">%s</script>\n' % json.dumps(crumbs, ensure_ascii=False).replace("/", "\\/"))
    w("<script>window.dataLayer = window.dataLayer || [];dataLayer.push({'pageType':'article',"
      "'section':'upsc-current-affairs','subSection':'upsc-key','articleId':'10179536',"
      "'author':'UPSC Essentials Desk','publishDate':'2025-08-09','wordCount':'1667',"
      "'premium':'free','tags':'Quit India Movement|August Kranti Din|UPSC Key'});</script>\n")
    w('<script async="" src="%sgtm.js"></script>\n' % FILES)
    w('<script async="" src="%sgpt.js"></script>\n' % FILES)
    w("<script>var googletag = googletag || {};googletag.cmd = googletag.cmd || [];"
      "googletag.cmd.push(function(){googletag.defineSlot('/1055314/IE_UPSC_ROS_ATF_728x90',"
      "[[728,90],[970,90]],'div-gpt-ad-1565864584386-0').addService(googletag.pubads());"
      "googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();"
      "googletag.enableServices();});</script>\n")
    w('<script type="text/javascript" src="%sjquery.min.js"></script>\n' % FILES)
    w("<style>.adsbox{text-align:center;margin:12px auto;background:#f5f5f5}.adtext{font-size:10px;"
      "color:#9b9b9b;letter-spacing:1px;padding:4px 0}.ie-story-continues{font-size:11px;color:#9b9b9b;"
      "text-align:center;margin:-6px 0 14px;text-transform:uppercase}.ie-also-read{border-left:3px solid "
      "#e03b3b;background:#fafafa;padding:10px 14px;margin:16px 0}.ie-also-read-head{font-weight:700;"
      "text-transform:uppercase;font-size:12px;color:#e03b3b}#pcl-full-content h2{font-size:22px;"
      "margin:22px 0 10px}.vf-comment{border-bottom:1px solid #eee;padding:10px 0}</style>\n")
    w("</head>\n")
    w('<body class="post-template-default single single-post postid-10179536 single-format-standard '
      'upsc-current-affairs desktop">\n')
    w('<a class="skip-link screen-reader-text" href="#pcl-full-content">Skip to content</a>\n')
    w('<div class="adsbox masthead" style="min-height:90px;"><div class="adtext">ADVERTISEMENT</div>'
      '<div id="div-gpt-ad-1565864584386-0" style="text-align:center;"><div id="google_ads_iframe_'
      '/1055314/IE_UPSC_ROS_ATF_728x90_0__container__" style="border: 0pt none;"></div></div></div>\n')
    w('<header id="ie-header" class="ie-header">\n')
    w('<div class="ie-top-strip"><div class="container"><span class="ie-date">Sunday, Aug 10, 2025</span>'
      '<ul class="ie-top-links"><li><a href="https://epaper.indianexpress.com/">EPAPER</a></li>'
      '<li><a href="https://indianexpress.com/todays-paper/">TODAY\u2019S PAPER</a></li></ul>'
      '<div class="ie-user"><a class="ie-subscribe" href="https://indianexpress.com/subscribe/">Subscribe</a>'
      '<a class="ie-signin" href="https://indianexpress.com/login/">Sign In</a></div></div></div>\n')
    w('<div class="ie-logo-row"><div class="container"><button class="ie-hamburger" aria-label="Menu">'
      '<span></span><span></span><span></span></button><a class="ie-logo" href="https://indianexpress.com/">'
      '<img src="%sindian-express-logo-n.svg" alt="The Indian Express" width="350" height="35"></a>'
      '<a class="ie-search" href="https://indianexpress.com/?s=" aria-label="Search"><svg width="18" '
      'height="18" viewBox="0 0 24 24"><path d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 '
      '1.5-1.5-5-5z"></path></svg></a></div></div>\n' % FILES)
    w('<nav class="ie-mainnav" aria-label="Main"><div class="container"><ul>')
    for item in NAV:
        slug = item.lower().replace(" ", "-")
        cls = ' class="active"' if item == "UPSC" else ""
        w('<li%s><a href="https://indianexpress.com/section/%s/">%s</a></li>' % (cls, slug, item))
    w("</ul></div></nav>\n")
    w('<nav class="ie-subnav" aria-label="UPSC"><div class="container"><ul>')
    for item in SUBNAV:
        slug = item.lower().replace(" ", "-")
        cls = ' class="active"' if item == "UPSC Key" else ""
        w('<li%s><a href="https://indianexpress.com/section/upsc-current-affairs/%s/">%s</a></li>'
          % (cls, slug, item))
    w("</ul></div></nav>\n")
    w('<div class="ie-trending"><div class="container"><span class="ie-trending-label">Trending</span><ul>')
    for item in TRENDING:
        w('<li><a href="https://indianexpress.com/about/%s/">%s</a></li>'
          % (item.lower().replace(" ", "-"), item))
    w("</ul></div></div>\n</header>\n")
    w('<main id="main" class="ie-main"><div class="container ie-article-wrap">\n')
    w('<div class="ie-left-col">\n')
    w('<ol class="ie-breadcrumb" itemscope="" itemtype="https://schema.org/BreadcrumbList">'
      '<li><a href="https://indianexpress.com/">Home</a></li>'
      '<li><a href="https://indianexpress.com/section/upsc-current-affairs/">UPSC Current Affairs</a></li>'
      '<li><a href="https://indianexpress.com/section/upsc-current-affairs/upsc-key/">UPSC Key</a></li></ol>\n')
    w('<article id="post-10179536" class="native_story ie-story">\n')
    w('<div class="heading-part"><h1 itemprop="headline" class="native_story_title">%s</h1>\n'
      % html.escape(title, quote=False))
    w('<h2 itemprop="description" class="synopsis">%s</h2>\n' % html.escape(dek, quote=False))
    w('<div class="editor-details-new-change"><div class="ie-byline"><img class="ie-author-img" '
      'src="%s" data-src="https://images.indianexpress.com/2023/05/upsc-essentials-desk.png" alt="" '
      'width="40" height="40"><div class="editor">Written by <a href="https://indianexpress.com/profile/'
      'author/upsc-essentials-desk/">%s</a></div><div class="ie-first-publish"><span>New Delhi</span> | '
      '<span itemprop="dateModified" content="2025-08-09T15:10:31+05:30">Updated: %s</span></div>'
      '<span class="read-time">%s</span></div>\n' % (GIF, front["byline"], front["updated"], front["readtime"]))
    w('<div class="ie-share-bar"><span class="share-text">Share</span><ul>'
      '<li><a class="share-whatsapp" href="https://api.whatsapp.com/send?text=%s" title="Share on WhatsApp">'
      '<span class="screen-reader-text">WhatsApp</span></a></li>'
      '<li><a class="share-facebook" href="https://www.facebook.com/sharer.php?u=%s" title="Share on Facebook">'
      '<span class="screen-reader-text">Facebook</span></a></li>'
      '<li><a class="share-x" href="https://x.com/intent/tweet?url=%s" title="Share on X">'
      '<span class="screen-reader-text">X</span></a></li>'
      '<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=%s" title="Share on LinkedIn">'
      '<span class="screen-reader-text">LinkedIn</span></a></li>'
      '<li><button class="share-copy" data-url="%s"><span class="screen-reader-text">Copy link</span></button></li>'
      '</ul><a class="ie-google-news" href="https://news.google.com/publications/CAAqBwgKMNrfyAswmP-ZAw">'
      'Follow Us <img src="%sgoogle-news.svg" alt="Google News" width="18" height="18"></a></div>\n'
      % (URL, URL, URL, URL, URL, FILES))
    w("</div></div>\n")
    w('<div class="ie-listen"><span class="ie-listen-label">Listen to this article</span>'
      '<div class="ie-player"><audio preload="none" src="https://indianexpress.com/wp-content/uploads/'
      'tts/10179536.mp3">Your browser does not support the audio element.</audio>'
      '<span class="ie-player-time">00:00</span><span class="ie-player-rate">1x</span>'
      '<span class="ie-player-rate">1.5x</span><span class="ie-player-rate">1.8x</span></div></div>\n')
    w('<div class="custom-caption"><img src="%squit-india-gowalia-tank-1942.jpg" alt="Quit India Movement, '
      'UPSC" width="759" height="422" class="size-full"><span class="custom-caption-text">%s</span></div>\n'
      % (FILES, html.escape(texturize(front["image"]), quote=False)))
    w('<div class="full-details" id="pcl-full-content" itemprop="articleBody">\n')
    w(body_html(blocks))
    w("</div>\n")
    w('<div class="ie-copyright"><p>\u00a9 The Indian Express Pvt Ltd</p></div>\n')
    w('<div class="ie-first-upload">First uploaded on: 09-08-2025 at 11:42 IST</div>\n')
    w('<div class="storytags"><span>Tags:</span><ul>')
    for t in ["August Kranti Din", "Gowalia Tank", "Mahatma Gandhi", "Quit India Movement",
              "UPSC", "UPSC Key"]:
        w('<li><a href="https://indianexpress.com/about/%s/">%s</a></li>' % (t.lower().replace(" ", "-"), t))
    w("</ul></div>\n")
    w("</article>\n")
    w('<section class="ie-comments" id="comments"><div class="vf-conversations">'
      '<h3 class="vf-title">Comments (3)</h3>\n')
    comments = [
        ("Aspirant_Rohit", "7h ago", 14,
         "Very useful. Please also do a separate piece on Tamluk and Satara, prelims loves them."),
        ("meenakshi.r", "6h ago", 9,
         "PYQ answer is (a), was asked in 2021. Also remember the CWC draft came from Wardha on 14 July."),
        ("Kunal Deshmukh", "3h ago", 2,
         "Mains answer tip: quote Linlithgow calling it the most serious rebellion since 1857."),
    ]
    for name, ago, likes, text in comments:
        w('<div class="vf-comment"><div class="vf-comment-header"><span class="vf-author">%s</span>'
          '<time class="vf-time">%s</time></div><div class="vf-content"><p>%s</p></div>'
          '<div class="vf-actions"><button class="vf-reply">Reply</button>'
          '<button class="vf-like">Like %d</button><button class="vf-dislike">Dislike</button></div></div>\n'
          % (name, ago, html.escape(texturize(text), quote=False), likes))
    w('<form class="vf-post-form"><textarea placeholder="Add a comment\u2026"></textarea>'
      '<button type="submit">Post Comment</button></form></div></section>\n')
    w('<section class="ie-best-of"><h3>Best of Express</h3><ul>')
    for t, slug in BEST:
        w('<li><a href="https://indianexpress.com/article/upsc-current-affairs/upsc-essentials/%s/">'
          '<img src="%s" data-src="https://images.indianexpress.com/2025/08/%s.jpg" alt="" width="160" '
          'height="90">%s</a></li>' % (slug, GIF, slug[:24], html.escape(texturize(t), quote=False)))
    w("</ul></section>\n")
    w("</div>\n")
    w('<aside class="ie-right-col">' + ad_slot("sidebar") +
      '<div class="ie-widget"><h3>More from UPSC Key</h3><ol>'
      '<li><a href="https://indianexpress.com/section/upsc-current-affairs/upsc-key/">UPSC Key | August 7, '
      '2025: Swadeshi, National Handloom Day and the Textile Ministry</a></li>'
      '<li><a href="https://indianexpress.com/section/upsc-current-affairs/upsc-key/">UPSC Key | August 6, '
      '2025: Hiroshima at 80 and nuclear disarmament</a></li>'
      '<li><a href="https://indianexpress.com/section/upsc-current-affairs/upsc-key/">UPSC Key | August 5, '
      '2025: Monsoon session, Bills passed and pending</a></li></ol></div>'
      '<div class="ie-widget ie-newsletter"><h3>UPSC Essentials newsletter</h3><p>Get the day\u2019s '
      'current affairs in your inbox every morning.</p><form><input type="email" placeholder="Enter your '
      'email"><button type="submit">Sign Up</button></form></div></aside>\n')
    w("</div></main>\n")
    w('<footer class="ie-footer"><div class="container">\n')
    w('<div class="ie-footer-logo"><img src="%sindian-express-logo-white.svg" alt="The Indian Express" '
      'width="220" height="22"></div>\n' % FILES)
    w('<div class="ie-footer-col"><h4>Express Group</h4><ul>' +
      "".join("<li><a href=\"#\">%s</a></li>" % g for g in FOOTER_GROUP) + "</ul></div>\n")
    w('<div class="ie-footer-col"><h4>Quick Links</h4><ul>' +
      "".join("<li><a href=\"#\">%s</a></li>" % g for g in FOOTER_QUICK) + "</ul></div>\n")
    w('<div class="ie-footer-col"><h4>Follow Us</h4><ul><li><a href="https://www.facebook.com/indianexpress">'
      'Facebook</a></li><li><a href="https://x.com/IndianExpress">X</a></li><li><a href="https://www.'
      'instagram.com/indianexpress/">Instagram</a></li><li><a href="https://www.youtube.com/indianexpress">'
      'YouTube</a></li><li><a href="https://t.me/indianexpressupsc">Telegram</a></li></ul></div>\n')
    w('<div class="ie-footer-copy">Copyright \u00a9 2025 The Indian Express [P] Ltd. All Rights Reserved</div>\n')
    w("</div></footer>\n")
    w('<div class="ie-sticky-ad adsbox" style="position:fixed;bottom:0;left:0;right:0;min-height:50px;">'
      '<div class="adtext">ADVERTISEMENT</div><div id="div-gpt-ad-1565864584386-99"></div>'
      '<button class="ie-sticky-close" aria-label="Close">\u00d7</button></div>\n')
    w('<script type="text/javascript" src="%sie-main.min.js"></script>\n' % FILES)
    w('<script type="text/javascript" src="%sviafoura.js" async=""></script>\n' % FILES)
    w("</body></html>")
    return "".join(o)


def main():
    front, blocks = read_source()
    AD_N[0] = 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(front, blocks))


if __name__ == "__main__":
    main()
