#!/usr/bin/python3
"""Make docs/wayanad-landslide-live-day3.html from tools/wayanad-landslide-live-day3.txt.

The page imitates a news site's live blog (the made-up "Deccan Dispatch") as Chrome saves it
with "Webpage, Complete": a "saved from url" comment, the head with SEO and Open Graph tags, a
Google Publisher Tag set-up script, LiveBlogPosting and BreadcrumbList JSON-LD, stylesheet and
script links into the saved page's "_files" folder (which is not kept); the site header (date
bar, logo, section menu, "Trending" strip), a leaderboard ad slot, breadcrumbs, the LIVE badge,
h1 and synopsis, byline and update time, the share bar, the lead photo with caption, the "Key
Highlights" box, the live feed (a pinned update first, then the rest newest first, each with
its timestamp, h3 headline, paragraphs, "Also Read" links, an embedded X post, a pull quote and
a per-update share row), ad slots between updates with "Story continues below this ad", a "Load
More Updates" button, tags, "First published on", a sidebar (Must Read, Latest News, ad), the
related stories, the footer and a cookie banner.

Run from anywhere: /usr/bin/python3 tools/make_html.py [OUT]
Without OUT it writes docs/wayanad-landslide-live-day3.html; the output is byte-for-byte
reproducible (no clocks, no randomness).
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wayanad-landslide-live-day3.txt")
OUT = os.path.join(HERE, "..", "docs", "wayanad-landslide-live-day3.html")

SITE = "https://www.deccandispatch.com"
FILES = "./Wayanad Landslide Live Updates, Day 3_ Army opens 190-ft Bailey bridge to Mundakkai_ Rahul, Priyanka visit survivors _ Deccan Dispatch_files"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def parse(path):
    meta, highlights, updates = {}, [], []
    cur, pinned_next, in_hl = None, False, False
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if line.startswith("%%"):
                continue
            if in_hl:
                if line == "@end":
                    in_hl = False
                elif line:
                    highlights.append(line)
                continue
            if line == "@highlights":
                in_hl = True
            elif line == "@pinned":
                pinned_next = True
            elif line.startswith("@update "):
                t, head = line[8:].split("|", 1)
                cur = {"time": t, "head": head, "blocks": [], "pinned": pinned_next}
                pinned_next = False
                updates.append(cur)
            elif line == "@ad":
                cur["blocks"].append(("ad", None))
            elif line.startswith("@alsoread "):
                cur["blocks"].append(("also", line[10:].split("|")))
            elif line.startswith("@tweet "):
                cur["blocks"].append(("tweet", line[7:].split("|")))
            elif line.startswith("@quote "):
                cur["blocks"].append(("quote", line[7:]))
            elif line.startswith("@") and cur is None:
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line:
                cur["blocks"].append(("p", line))
    return meta, highlights, updates


def ist(t):
    return "2024-08-01T%s:00+05:30" % t


def lb_id(u):
    return "lb-%s-%s" % (u["time"].replace(":", ""), "20240801")


def ad_slot(n, size, kind="inline"):
    gid = "div-gpt-ad-1722480%06d-%d" % (41700 + n * 13, n)
    return ('<div class="ad-container ad-%s"><span class="ad-label">Advertisement</span>'
            '<div id="%s" class="gpt-slot" style="min-width:%dpx;min-height:%dpx;" '
            'data-google-query-id="CK%dGz9nXhYgDFQ%02dFQQdXq0AJw"><div id="google_ads_iframe_/21812345/'
            'DD_Web/Kerala/Liveblog_%d__container__" style="border: 0pt none; width: %dpx; '
            'height: 0px;"></div></div>%s</div>'
            % (kind, gid, size[0], size[1], 70 + n, n, n, size[0],
               '<p class="ad-continue">Story continues below this ad</p>' if kind == "inline" else ""))


def body_html(u, ad_counter):
    out = []
    for kind, val in u["blocks"]:
        if kind == "p":
            txt = esc(val)
            if txt.startswith("BIG:"):
                txt = "<strong>BIG:</strong>" + txt[4:]
            out.append("<p>%s</p>" % txt)
        elif kind == "also":
            title, slug, date = val
            out.append('<div class="also-read"><strong>Also Read</strong> | <a href="%s/kerala/%s/" '
                       'target="_blank">%s</a> <span class="ar-date">%s</span></div>'
                       % (SITE, slug, esc(title), esc(date)))
        elif kind == "tweet":
            name, handle, date, text = val
            words = []
            for w in text.split(" "):
                if w.startswith("#"):
                    words.append('<a href="https://twitter.com/hashtag/%s?src=hash&amp;ref_src=twsrc%%5Etfw">%s</a>'
                                 % (w[1:], w))
                else:
                    words.append(esc(w))
            out.append('<div class="embed-x"><blockquote class="twitter-tweet" data-dnt="true">'
                       '<p lang="en" dir="ltr">%s <a href="https://t.co/q7Wv3Lk0Zp">pic.twitter.com/q7Wv3Lk0Zp</a></p>'
                       '&mdash; %s (@%s) <a href="https://twitter.com/%s/status/1818994020117348422?ref_src=twsrc%%5Etfw">%s</a>'
                       '</blockquote> <script async="" src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'
                       % (" ".join(words), esc(name), handle, handle, esc(date)))
        elif kind == "quote":
            out.append('<blockquote class="pull-quote"><p>%s</p></blockquote>' % esc(val))
        elif kind == "ad":
            ad_counter[0] += 1
            out.append("__AD%d__" % ad_counter[0])
    return out


def entry(u, ad_counter):
    parts = body_html(u, ad_counter)
    ads = [p for p in parts if p.startswith("__AD")]
    inner = [p for p in parts if not p.startswith("__AD")]
    url = "%s/kerala/%s-%s/#%s" % (SITE, META["slug"], META["id"], lb_id(u))
    share = ('<div class="lb-share"><span>Share this update</span>'
             '<a class="s-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener" title="Facebook">Facebook</a>'
             '<a class="s-x" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener" title="X">X</a>'
             '<a class="s-wa" href="https://api.whatsapp.com/send?text=%s" target="_blank" rel="noopener" title="WhatsApp">WhatsApp</a>'
             '<button class="s-copy" data-url="%s">Copy link</button></div>'
             % (attr(url), attr(url), attr(url), attr(url)))
    pin = '<span class="pin-label">&#128204; Pinned</span>' if u["pinned"] else ""
    hh, mm = u["time"].split(":")
    h12 = int(hh) % 12 or 12
    ampm = "PM" if int(hh) >= 12 else "AM"
    s = ('<div class="lb-entry%s" id="%s" data-ts="%s">\n'
         '<div class="lb-time">%s<time datetime="%s"><span class="lb-clock">%d:%s %s IST</span> '
         '<span class="lb-date">Aug 01, 2024</span></time></div>\n'
         '<h3 class="lb-title">%s</h3>\n<div class="lb-body">\n%s\n</div>\n%s\n</div>\n'
         % (" pinned" if u["pinned"] else "", lb_id(u), ist(u["time"]), pin, ist(u["time"]),
            h12, mm, ampm, esc(u["head"]), "\n".join(inner), share))
    for a in ads:
        n = int(a[4:-2])
        s += ad_slot(n, (300, 250)) + "\n"
    return s


def jsonld(meta, updates):
    url = "%s/kerala/%s-%s/" % (SITE, meta["slug"], meta["id"])
    lb = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": meta["title"],
        "description": meta["standfirst"],
        "coverageStartTime": meta["published"],
        "coverageEndTime": "2024-08-02T07:00:00+05:30",
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "inLanguage": "en",
        "author": {"@type": "Organization", "name": meta["byline"], "url": SITE + "/author/web-desk/"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "Deccan Dispatch",
                      "logo": {"@type": "ImageObject", "url": SITE + "/static/img/dd-logo-600x60.png",
                               "width": 600, "height": 60}},
        "about": {"@type": "Event", "name": "Wayanad landslides",
                  "startDate": "2024-07-30T02:00:00+05:30",
                  "location": {"@type": "Place", "name": "Mundakkai, Wayanad, Kerala"},
                  "eventStatus": "https://schema.org/EventScheduled",
                  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"},
        "liveBlogUpdate": [],
    }
    for u in updates:
        body = " ".join(v for k, v in u["blocks"] if k == "p")
        lb["liveBlogUpdate"].append({
            "@type": "BlogPosting",
            "headline": u["head"],
            "url": url + "#" + lb_id(u),
            "datePublished": ist(u["time"]),
            "articleBody": body,
        })
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": "News", "item": SITE + "/news/"},
            {"@type": "ListItem", "position": 3, "name": "Kerala", "item": SITE + "/kerala/"},
            {"@type": "ListItem", "position": 4, "name": meta["title"], "item": url},
        ],
    }
    return (json.dumps(lb, ensure_ascii=False, separators=(",", ":")),
            json.dumps(crumbs, ensure_ascii=False, separators=(",", ":")))


STYLE = (".live-tag{display:inline-flex;align-items:center;background:#d0021b;color:#fff;font-weight:700;"
         "font-size:12px;padding:2px 8px;border-radius:2px}.live-dot{width:8px;height:8px;border-radius:50%;"
         "background:#fff;margin-right:6px;animation:blink 1s infinite}@keyframes blink{50%{opacity:.2}}"
         ".key-highlights{border:1px solid #e3e3e3;border-top:3px solid #d0021b;background:#fafafa;"
         "padding:12px 16px;margin:16px 0}.key-highlights h2{font-size:18px;margin:0 0 8px}"
         ".lb-entry{border-left:2px solid #e3e3e3;padding:0 0 18px 18px;position:relative}"
         ".lb-entry:before{content:'';position:absolute;left:-6px;top:4px;width:10px;height:10px;"
         "border-radius:50%;background:#d0021b}.lb-entry.pinned{background:#fff8e6}.lb-time{color:#d0021b;"
         "font-size:13px;font-weight:700}.lb-date{color:#777;font-weight:400;margin-left:6px}"
         ".lb-title{font-size:19px;line-height:1.35;margin:4px 0 8px}.also-read{border-left:3px solid #1a73e8;"
         "padding:6px 10px;background:#f3f7fd;font-size:14px}.ad-container{text-align:center;margin:18px 0;"
         "background:#f4f4f4}.ad-label{display:block;font-size:10px;color:#999;text-transform:uppercase}"
         ".ad-continue{font-size:11px;color:#999;margin:4px 0}.lb-share{font-size:12px;color:#666}"
         ".lb-share a,.lb-share button{margin-left:8px}.pull-quote{font-style:italic;border-left:4px solid #d0021b;"
         "padding-left:12px}#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;"
         "padding:12px;font-size:13px;z-index:999}")


def page(meta, highlights, updates):
    url = "%s/kerala/%s-%s/" % (SITE, meta["slug"], meta["id"])
    title = "%s | Deccan Dispatch" % meta["title"]
    ld1, ld2 = jsonld(meta, updates)
    img = "%s/wp-content/uploads/2024/08/%s" % (SITE, meta["image"].split("|")[0])
    img_file, caption, credit = meta["image"].split("|")
    gpt = ("window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
           "googletag.defineSlot('/21812345/DD_Web/Kerala/Liveblog_ATF',[[728,90],[970,90]],'div-gpt-ad-1722480041700-0').addService(googletag.pubads());"
           + "".join("googletag.defineSlot('/21812345/DD_Web/Kerala/Liveblog_%d',[300,250],'div-gpt-ad-1722480%06d-%d').addService(googletag.pubads());"
                     % (n, 41700 + n * 13, n) for n in range(1, 7))
           + "googletag.pubads().setTargeting('section','kerala').setTargeting('type','liveblog')"
           ".setTargeting('id','" + meta["id"] + "');googletag.pubads().enableSingleRequest();"
           "googletag.pubads().collapseEmptyDivs();googletag.enableServices();});")
    out = []
    w = out.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en-IN" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">\n')
    w("<title>%s</title>\n" % esc(title))
    w('<meta name="description" content="%s">\n' % attr(meta["standfirst"]))
    w('<meta name="keywords" content="Wayanad landslide, Wayanad landslide live updates, Mundakkai, Chooralmala, Bailey bridge, Rahul Gandhi Wayanad, Kerala landslide death toll, Meppadi">\n')
    w('<meta name="news_keywords" content="Wayanad landslide, Mundakkai, Chooralmala, Bailey bridge">\n')
    w('<meta name="robots" content="index, follow, max-image-preview:large">\n')
    w('<link rel="canonical" href="%s">\n' % url)
    w('<link rel="amphtml" href="%samp/">\n' % url)
    w('<meta property="og:type" content="article">\n<meta property="og:site_name" content="Deccan Dispatch">\n')
    w('<meta property="og:title" content="%s">\n' % attr(meta["title"]))
    w('<meta property="og:description" content="%s">\n' % attr(meta["standfirst"]))
    w('<meta property="og:url" content="%s">\n<meta property="og:image" content="%s">\n' % (url, img))
    w('<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
      % (meta["published"], meta["modified"]))
    w('<meta property="article:section" content="%s">\n' % meta["section"])
    w('<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:site" content="@DeccanDispatch">\n')
    w('<link rel="preconnect" href="https://securepubads.g.doubleclick.net">\n')
    w('<link rel="stylesheet" href="%s/main.min.css">\n' % FILES)
    w('<link rel="stylesheet" href="%s/liveblog.min.css">\n' % FILES)
    w('<script async="" src="%s/gpt.js"></script>\n' % FILES)
    w("<script>%s</script>\n" % gpt)
    w('<script type="application/ld+json">%s</script>\n' % ld1)
    w('<script type="application/ld+json">%s</script>\n' % ld2)
    w("<style>%s</style>\n" % STYLE)
    w("</head>\n")
    w('<body class="single liveblog-template section-kerala">\n')
    w('<a class="skip-link" href="#main">Skip to content</a>\n')
    w(ad_slot(0, (728, 90), "top") + "\n")
    w('<header class="site-header">\n<div class="topbar"><span class="today">Thursday, Aug 01, 2024</span>'
      '<a href="%s/epaper/">e-Paper</a><a href="%s/newsletters/">Newsletters</a>'
      '<a class="btn-subscribe" href="%s/subscribe/">Subscribe</a><a class="signin" href="%s/login/">Sign In</a></div>\n'
      % (SITE, SITE, SITE, SITE))
    w('<div class="logo-row"><a class="logo" href="%s/"><img src="%s/dd-logo.svg" alt="Deccan Dispatch" width="260" height="40"></a>'
      '<button class="menu-toggle" aria-label="Open menu"><span></span><span></span><span></span></button>'
      '<form class="search" action="%s/search/"><input type="search" name="q" placeholder="Search"></form></div>\n'
      % (SITE, FILES, SITE))
    nav = ["Home", "India", "Kerala", "Karnataka", "Tamil Nadu", "World", "Business", "Sports",
           "Paris Olympics 2024", "Entertainment", "Explained", "Opinion", "Videos"]
    w('<nav class="main-nav" aria-label="Sections"><ul>%s</ul></nav>\n'
      % "".join('<li><a%s href="%s/%s">%s</a></li>'
                % (' class="active"' if n == "Kerala" else "", SITE,
                   "" if n == "Home" else n.lower().replace(" ", "-") + "/", esc(n)) for n in nav))
    trend = ["Wayanad Landslide", "Shirur Landslide", "Kerala Rain Alert", "Paris Olympics 2024",
             "Budget 2024", "Manu Bhaker"]
    w('<div class="trending"><span class="t-label">Trending</span>%s</div>\n</header>\n'
      % "".join('<a href="%s/topic/%s/">%s</a>' % (SITE, t.lower().replace(" ", "-"), esc(t)) for t in trend))
    w('<main id="main"><div class="container two-col">\n<div class="col-main">\n')
    w('<ol class="breadcrumb"><li><a href="%s/">Home</a></li><li><a href="%s/news/">News</a></li>'
      '<li><a href="%s/kerala/">Kerala</a></li><li aria-current="page">%s</li></ol>\n'
      % (SITE, SITE, SITE, esc(meta["title"])))
    w('<article class="liveblog" id="article-%s">\n' % meta["id"])
    w('<div class="live-tag"><span class="live-dot"></span>LIVE</div>\n')
    w('<h1 class="headline">%s</h1>\n' % esc(meta["title"]))
    w('<h2 class="synopsis">%s</h2>\n' % esc(meta["standfirst"]))
    w('<div class="article-meta"><div class="byline">Written by <a href="%s/author/web-desk/">%s</a> '
      '<span class="dateline">| %s |</span></div><div class="dates">Updated: <time datetime="%s">'
      'August 1, 2024 23:18 IST</time></div></div>\n'
      % (SITE, esc(meta["byline"]), esc(meta["dateline"]), meta["modified"]))
    w('<div class="share-bar"><span class="share-label">Share</span>'
      '<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" title="Share on Facebook"><span class="sr-only">Facebook</span></a>'
      '<a class="x" href="https://twitter.com/intent/tweet?url=%s" title="Share on X"><span class="sr-only">X</span></a>'
      '<a class="wa" href="https://api.whatsapp.com/send?text=%s" title="Share on WhatsApp"><span class="sr-only">WhatsApp</span></a>'
      '<a class="li" href="https://www.linkedin.com/shareArticle?url=%s" title="Share on LinkedIn"><span class="sr-only">LinkedIn</span></a>'
      '<button class="copy-link">Copy link</button>'
      '<a class="gnews" href="https://news.google.com/publications/CAAqBwgKMLb5ygsw2ZTiAw">Follow us on Google News</a></div>\n'
      % (attr(url), attr(url), attr(url), attr(url)))
    w('<figure class="lead-image"><img src="%s/%s" alt="%s" width="1200" height="675" loading="eager">'
      '<figcaption>%s <span class="credit">(%s)</span></figcaption></figure>\n'
      % (FILES, img_file, attr(caption), esc(caption), esc(credit)))
    w('<div class="key-highlights"><h2>Key Highlights</h2><ul>\n%s\n</ul></div>\n'
      % "\n".join("<li>%s</li>" % esc(h) for h in highlights))
    w('<div class="liveblog-controls"><span class="live-now">Live Updates</span>'
      '<label class="auto-refresh"><input type="checkbox" checked=""> Auto refresh</label>'
      '<span class="update-count">%d updates</span></div>\n' % len(updates))
    w('<div class="liveblog-feed" aria-live="polite">\n')
    ad_counter = [0]
    order = [u for u in updates if u["pinned"]] + [u for u in updates if not u["pinned"]]
    for u in order:
        w(entry(u, ad_counter))
    w("</div>\n")
    w('<button class="load-more" data-offset="%d">Load More Updates</button>\n' % len(updates))
    tags = ["Wayanad landslide", "Kerala", "Mundakkai", "Chooralmala", "Bailey bridge",
            "Rahul Gandhi", "Priyanka Gandhi Vadra", "Pinarayi Vijayan", "NDRF", "Indian Army"]
    w('<div class="tags"><span>Tags:</span>%s</div>\n'
      % "".join('<a href="%s/tag/%s/">%s</a>' % (SITE, t.lower().replace(" ", "-"), esc(t)) for t in tags))
    w('<p class="first-published">First published on: 01-08-2024 at 07:02 IST</p>\n')
    w("</article>\n</div>\n")
    must = [("Wayanad landslide: Two villages, one night", "wayanad-two-villages-one-night"),
            ("What is a Bailey bridge and why does the Army use it?", "what-is-a-bailey-bridge-army"),
            ("Kerala rain: IMD colour codes explained", "imd-colour-code-alerts-explained"),
            ("Paris Olympics 2024 Day 6: India's schedule", "paris-olympics-2024-day-6-india-schedule")]
    latest = ["Weather today: Heavy rain likely in coastal Karnataka", "Sensex crosses 82,000 for the first time",
              "Karnataka: Schools shut in Kodagu as rain continues", "Swapnil Kusale wins bronze in 50m rifle 3 positions",
              "Gold prices edge up in Kochi market"]
    w('<aside class="col-side">\n<div class="widget must-read"><h4>Must Read</h4><ul>%s</ul></div>\n'
      % "".join('<li><a href="%s/explained/%s/">%s</a></li>' % (SITE, s, esc(t)) for t, s in must))
    w('<div class="ad-container ad-side"><span class="ad-label">Advertisement</span>'
      '<div id="div-gpt-ad-1722480041999-7" style="min-width:300px;min-height:600px;"></div></div>\n')
    w('<div class="widget latest"><h4>Latest News</h4><ul>%s</ul></div>\n</aside>\n'
      % "".join('<li><a href="%s/news/%s/">%s</a><span class="ago">%d min ago</span></li>'
                % (SITE, t.lower().replace(" ", "-").replace(":", ""), esc(t), 4 + 7 * i)
                for i, t in enumerate(latest)))
    rel = [("Wayanad Landslide Live Updates, Day 2: Toll rises as rescuers battle rain to reach Mundakkai", "Jul 31, 2024"),
           ("Wayanad landslides: Live updates from July 30", "Jul 30, 2024"),
           ("Photos: Chooralmala before and after the landslides", "Aug 01, 2024")]
    w('<section class="related"><h2>Related Stories</h2><ul>%s</ul></section>\n'
      % "".join('<li><a href="%s/kerala/related-%d/">%s</a> <span>%s</span></li>' % (SITE, i, esc(t), d)
                for i, (t, d) in enumerate(rel)))
    w("</div></main>\n")
    foot = ["About Us", "Contact Us", "Advertise with Us", "Careers", "Privacy Policy",
            "Terms of Use", "Grievance Redressal", "Sitemap"]
    w('<footer class="site-footer"><div class="f-logo"><img src="%s/dd-logo-white.svg" alt="Deccan Dispatch"></div>'
      '<ul class="f-links">%s</ul><div class="f-apps"><span>Download our app</span>'
      '<a href="https://play.google.com/store/apps/details?id=com.deccandispatch.news">Google Play</a>'
      '<a href="https://apps.apple.com/in/app/deccan-dispatch/id1490001234">App Store</a></div>'
      '<p class="copyright">&copy; 2024 Deccan Dispatch Media Pvt Ltd. All rights reserved.</p></footer>\n'
      % (FILES, "".join('<li><a href="%s/%s/">%s</a></li>' % (SITE, f.lower().replace(" ", "-"), f) for f in foot)))
    w('<div id="cookie-consent" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic. '
      'By continuing to use this site you agree to our <a href="%s/privacy-policy/">Privacy Policy</a>.</p>'
      '<button class="cc-accept">Accept</button></div>\n' % SITE)
    w('<script src="%s/jquery-3.7.1.min.js"></script>\n<script src="%s/liveblog.min.js"></script>\n' % (FILES, FILES))
    w("<script>window.ddLiveblog={id:%s,poll:60000,since:'%s'};</script>\n" % (meta["id"], meta["modified"]))
    w("</body></html>\n")
    return "".join(out)


META = {}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, highlights, updates = parse(SRC)
    META.update(meta)
    data = page(meta, highlights, updates)
    with open(out, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
