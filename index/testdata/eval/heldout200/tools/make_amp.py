#!/usr/bin/python3
"""Make docs/explained-non-alignment-multi-alignment-amp.html from
tools/explained-non-alignment-multi-alignment-amp.txt.

The .html is a news site's AMP article page as the browser saves it ("Webpage, Complete"):
the "saved from url" comment, <html amp> carrying the classes and attributes the AMP runtime
adds once it has run, the amp-runtime and amp-boilerplate styles, amp-custom CSS, the AMP
extension scripts, inline JSON-LD (NewsArticle, BreadcrumbList), amp-analytics; in the body an
amp-sidebar menu, the site header with an amp-img logo, amp-ad slots with "ADVERTISEMENT"
labels, breadcrumbs, the headline (h1), synopsis, byline and dateline, amp-social-share
buttons, a lead amp-img with its caption, an amp-accordion "Key takeaways" box, the article
with h2 headings, paragraphs, lists and "Also Read" links, tags, related stories and the
footer. Images and the saved page's asset folder are not part of the set.

Source markup, one item a line: "@key value" metadata, "# " headline, "> " synopsis,
"IMG caption", "KT " key takeaway, "## " h2, "P " paragraph, "- " list item, "AD" ad slot,
"ALSO title|path", "TAGS a|b|...", "REL title|path".

Run from anywhere: /usr/bin/python3 tools/make_amp.py  (output is byte-for-byte stable)
"""
import json
import os
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "explained-non-alignment-multi-alignment-amp.txt")
OUT = os.path.join(HERE, "..", "docs", "explained-non-alignment-multi-alignment-amp.html")

EL = "i-amphtml-element i-amphtml-layout-{0} i-amphtml-layout-size-defined i-amphtml-built i-amphtml-layout"
BOILER = ("body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s "
          "steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:"
          "-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}"
          "to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
          "@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start"
          "{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to"
          "{visibility:visible}}")
RUNTIME = ("html{overflow-x:hidden!important}html.i-amphtml-fie{height:100%!important;width:100%!important}"
           "html:not([amp4ads]),html:not([amp4ads]) body{height:auto!important}html:not([amp4ads]) body"
           "{margin:0!important}body{-webkit-text-size-adjust:100%;-moz-text-size-adjust:100%;"
           "-ms-text-size-adjust:100%;text-size-adjust:100%}html.i-amphtml-singledoc.i-amphtml-embedded"
           "{-ms-touch-action:pan-y pinch-zoom;touch-action:pan-y pinch-zoom}.i-amphtml-layout-size-defined"
           "{overflow:hidden!important}.i-amphtml-sizer{display:block!important}.i-amphtml-fill-content"
           "{display:block;height:0;max-height:100%;max-width:100%;min-height:100%;min-width:100%;width:0;"
           "margin:auto}[hidden]{display:none!important}.i-amphtml-element{display:inline-block}"
           "amp-img:not(.i-amphtml-built)>img{display:none}")
CUSTOM = """body{font-family:"Roboto",Arial,sans-serif;color:#222;background:#fff}
.st-header{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;border-bottom:3px solid #b3122e}
.st-menu-btn{background:none;border:0;font-size:24px}
.st-subscribe{background:#b3122e;color:#fff;padding:4px 10px;border-radius:3px;font-size:13px;text-decoration:none}
#menu{background:#111;width:260px}#menu a{color:#eee;text-decoration:none;display:block;padding:8px 16px}
.ad-slot{margin:14px auto;text-align:center;background:#f4f4f4}.ad-label{font-size:10px;color:#999;letter-spacing:1px}
.breadcrumb{font-size:12px;padding:8px 12px;color:#666}.breadcrumb a{color:#b3122e}
.story{padding:0 14px}.story h1{font-size:26px;line-height:1.25;font-family:"Merriweather",Georgia,serif}
.synopsis{font-size:17px;color:#555;line-height:1.45}
.byline{font-size:13px;color:#444}.byline .date{color:#777;display:block}
.share{margin:10px 0}.share amp-social-share{border-radius:50%;margin-right:6px}
figcaption{font-size:12px;color:#666;padding:4px 0}
.takeaways{border:1px solid #e3e3e3;background:#fbf6ef;margin:14px 0}.takeaways h4{margin:0;padding:10px 12px;background:#fbf6ef;font-size:16px}
.takeaways ul{margin:0;padding:4px 12px 12px 30px}
.story-body p{font-size:18px;line-height:1.6}.story-body h2{font-size:21px;margin-top:26px}
.also-read{border-left:4px solid #b3122e;padding:4px 10px;font-size:15px}.also-read a{color:#b3122e;font-weight:700}
.tags a{display:inline-block;border:1px solid #ccc;border-radius:14px;padding:2px 10px;margin:3px;font-size:13px;color:#333}
.related h3{border-bottom:2px solid #b3122e}.related li{margin-bottom:10px}
.st-footer{background:#111;color:#aaa;font-size:12px;padding:16px 12px}.st-footer a{color:#ddd;margin-right:10px}"""


def read_source():
    meta, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line:
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("## "):
                items.append(("h2", line[3:]))
            elif line.startswith("# "):
                items.append(("h1", line[2:]))
            elif line.startswith("> "):
                items.append(("syn", line[2:]))
            elif line.startswith("IMG "):
                items.append(("img", line[4:]))
            elif line.startswith("KT "):
                items.append(("kt", line[3:]))
            elif line.startswith("P "):
                items.append(("p", line[2:]))
            elif line.startswith("- "):
                items.append(("li", line[2:]))
            elif line == "AD":
                items.append(("ad", ""))
            elif line.startswith("ALSO "):
                items.append(("also", line[5:]))
            elif line.startswith("TAGS "):
                items.append(("tags", line[5:]))
            elif line.startswith("REL "):
                items.append(("rel", line[4:]))
            else:
                raise ValueError(line)
    return meta, items


def main():
    meta, items = read_source()
    base = "https://" + meta["host"]
    url = base + "/" + meta["path"] + "/"
    amp_url = base + "/amp/" + meta["path"] + "/"
    headline = next(t for k, t in items if k == "h1")
    img = base + "/wp-content/uploads/2025/09/" + meta["image"]
    ld_article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": headline,
        "description": meta["desc"],
        "articleSection": meta["section"],
        "inLanguage": "en",
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "author": [{"@type": "Person", "name": meta["author"],
                    "url": base + "/profile/author/aditi-menon/"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": meta["site"],
                      "logo": {"@type": "ImageObject", "url": base + "/img/samvaad-times-logo-600x60.png",
                               "width": 600, "height": 60}},
        "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 675},
        "keywords": "Non-Aligned Movement, NAM, strategic autonomy, multi-alignment, SCO Tianjin, "
                    "US tariffs, Jaishankar, UPSC",
        "isAccessibleForFree": "True",
    }
    ld_crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": "Explained", "item": base + "/section/explained/"},
            {"@type": "ListItem", "position": 3, "name": meta["section"],
             "item": base + "/section/explained/explained-global/"},
        ]}
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(amp_url), amp_url))
    w('<html amp="" lang="en" class="i-amphtml-singledoc i-amphtml-standalone i-amphtml-inabox-no" '
      'style="padding-top: 0px !important;" amp-version="2508201830000" i-amphtml-layout="" '
      'i-amphtml-no-boilerplate=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
      '<style amp-runtime="" i-amphtml-version="012508201830000">' + RUNTIME + '</style>')
    w('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">')
    w("<title>%s | %s</title>" % (escape(headline, False), meta["site"]))
    w('<link rel="canonical" href="%s">' % url)
    w('<meta name="description" content="%s">' % escape(meta["desc"]))
    w('<meta property="og:title" content="%s">' % escape(headline))
    w('<meta property="og:image" content="%s">' % img)
    w('<meta property="og:type" content="article">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="robots" content="max-image-preview:large">')
    w('<link rel="preconnect" href="https://cdn.ampproject.org/">')
    w('<script async="" src="./%s_files/v0.js.download"></script>' % meta["id"])
    for ext in ("amp-sidebar", "amp-ad", "amp-accordion", "amp-social-share", "amp-analytics"):
        w('<script async="" custom-element="%s" src="./%s_files/%s-0.1.js.download"></script>'
          % (ext, meta["id"], ext))
    w('<style amp-boilerplate="">' + BOILER + '</style><noscript><style amp-boilerplate>body'
      '{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>')
    w('<style amp-custom="">\n' + CUSTOM + '\n</style>')
    w('<script type="application/ld+json">' + json.dumps(ld_article, ensure_ascii=False) + '</script>')
    w('<script type="application/ld+json">' + json.dumps(ld_crumbs, ensure_ascii=False) + '</script>')
    w('</head>')
    w('<body class="amp-mode-mouse"><amp-analytics type="gtag" data-credentials="include" class="'
      'i-amphtml-element i-amphtml-layout-fixed i-amphtml-layout-size-defined i-amphtml-built" '
      'style="width: 1px; height: 1px;" i-amphtml-layout="fixed"><script type="application/json">'
      '{"vars":{"gtag_id":"G-7QX2M1ZK9B","config":{"G-7QX2M1ZK9B":{"groups":"default",'
      '"content_group":"explained"}}}}</script></amp-analytics>')
    # sidebar menu
    w('<amp-sidebar id="menu" layout="nodisplay" side="left" class="i-amphtml-element '
      'i-amphtml-layout-nodisplay i-amphtml-overlay i-amphtml-scrollable i-amphtml-built" hidden="" '
      'role="menu" tabindex="-1" i-amphtml-layout="nodisplay">')
    w('<button class="st-close" on="tap:menu.close">✕</button><nav><ul>')
    for label, href in (("Home", "/"), ("India", "/section/india/"), ("World", "/section/world/"),
                        ("Explained", "/section/explained/"), ("UPSC Essentials", "/section/upsc-essentials/"),
                        ("Opinion", "/section/opinion/"), ("Business", "/section/business/"),
                        ("Sports", "/section/sports/"), ("Videos", "/videos/"), ("ePaper", "/epaper/")):
        w('<li><a href="%s%s">%s</a></li>' % (base, href, label))
    w('</ul></nav><div class="menu-follow">Follow us: <a href="https://x.com/samvaadtimes">X</a> '
      '<a href="https://www.instagram.com/samvaadtimes/">Instagram</a> '
      '<a href="https://t.me/samvaadtimes">Telegram</a></div></amp-sidebar>')
    w('<header class="st-header"><button class="st-menu-btn" on="tap:menu.toggle" aria-label="Open menu"'
      ' role="button" tabindex="0">☰</button>')
    w('<a href="%s/"><amp-img src="./%s_files/samvaad-times-logo.svg" width="180" height="30" alt="%s" '
      'class="%s" i-amphtml-layout="fixed" style="width: 180px; height: 30px;"><img decoding="async" '
      'alt="%s" src="./%s_files/samvaad-times-logo.svg" class="i-amphtml-fill-content '
      'i-amphtml-replaced-content"></amp-img></a>'
      % (base, meta["id"], meta["site"], EL.format("fixed"), meta["site"], meta["id"]))
    w('<a class="st-subscribe" href="%s/subscribe/?utm_source=amp">Subscribe</a></header>' % base)
    adn = [0]

    def ad(size="300x250"):
        adn[0] += 1
        wd, ht = size.split("x")
        w('<div class="ad-slot"><div class="ad-label">ADVERTISEMENT</div><amp-ad width="%s" height="%s" '
          'type="doubleclick" data-slot="/21766281334/samvaad_amp/explained/atf_%d" '
          'data-multi-size-validation="false" class="%s" i-amphtml-layout="fixed" style="width: %spx; '
          'height: %spx;" data-amp-slot-index="%d" data-a4a-upgrade-type="amp-ad-network-doubleclick-impl">'
          '<div placeholder="" class="amp-hidden"></div><div fallback=""></div></amp-ad></div>'
          % (wd, ht, adn[0], EL.format("fixed"), wd, ht, adn[0] - 1))

    ad("320x50")
    w('<div class="breadcrumb"><a href="%s/">Home</a> › <a href="%s/section/explained/">Explained</a> › '
      '<a href="%s/section/explained/explained-global/">%s</a></div>' % (base, base, base, meta["section"]))
    w('<article class="story">')
    in_body = False
    in_list = False
    kts = [t for k, t in items if k == "kt"]
    rels = [t for k, t in items if k == "rel"]
    for kind, text in items:
        if kind != "li" and in_list:
            w("</ul>")
            in_list = False
        if kind == "h1":
            w("<h1>%s</h1>" % escape(text, False))
        elif kind == "syn":
            w('<p class="synopsis">%s</p>' % escape(text, False))
            w('<div class="byline">Written by <a href="%s/profile/author/aditi-menon/">%s</a> | %s'
              '<span class="date">%s</span></div>' % (base, meta["author"], meta["place"], meta["shown"]))
            w('<div class="share">')
            for t, lab in (("whatsapp", "WhatsApp"), ("twitter", "Twitter"), ("facebook", "Facebook"),
                           ("email", "Email")):
                extra = ' data-param-app_id="1045279431925512"' if t == "facebook" else ""
                w('<amp-social-share type="%s" width="34" height="34"%s data-param-url="%s" role="link" '
                  'tabindex="0" aria-label="Share by %s" class="%s amp-social-share-%s" '
                  'i-amphtml-layout="fixed" style="width: 34px; height: 34px;"></amp-social-share>'
                  % (t, extra, url, lab, EL.format("fixed"), t))
            w('</div>')
        elif kind == "img":
            w('<figure class="lead-image"><amp-img src="./%s_files/%s" width="1200" height="675" '
              'layout="responsive" alt="Modi, Putin and Xi in Tianjin" class="%s" '
              'i-amphtml-layout="responsive"><i-amphtml-sizer slot="i-amphtml-svc" style="display: block; '
              'padding-top: 56.25%%;"></i-amphtml-sizer><img decoding="async" alt="Modi, Putin and Xi in '
              'Tianjin" src="./%s_files/%s" class="i-amphtml-fill-content i-amphtml-replaced-content">'
              '</amp-img><figcaption>%s</figcaption></figure>'
              % (meta["id"], meta["image"], EL.format("responsive"), meta["id"], meta["image"],
                 escape(text, False)))
            w('<amp-accordion class="takeaways i-amphtml-element i-amphtml-layout-container '
              'i-amphtml-built" disable-session-states="" i-amphtml-layout="container" role="tablist">'
              '<section expanded="" class="i-amphtml-accordion-section"><h4 role="tab" '
              'aria-controls="i-amphtml-accordion-1-content" aria-expanded="true" '
              'class="i-amphtml-accordion-header" id="i-amphtml-accordion-1-header" tabindex="0">'
              'Key takeaways</h4><div class="i-amphtml-accordion-content" '
              'id="i-amphtml-accordion-1-content" role="tabpanel" '
              'aria-labelledby="i-amphtml-accordion-1-header"><ul>')
            for t in kts:
                w("<li>%s</li>" % escape(t, False))
            w('</ul></div></section></amp-accordion>')
            w('<div class="story-body">')
            in_body = True
        elif kind == "p":
            w("<p>%s</p>" % escape(text, False))
        elif kind == "h2":
            w('<h2 id="%s">%s</h2>' % ("h-" + "-".join(text.lower().replace("?", "").split()),
                                       escape(text, False)))
        elif kind == "li":
            if not in_list:
                w("<ul>")
                in_list = True
            w("<li>%s</li>" % escape(text, False))
        elif kind == "ad":
            w('<div class="story-continues">Story continues below this ad</div>')
            ad()
        elif kind == "also":
            t, href = text.split("|")
            w('<p class="also-read"><strong>Also Read | </strong><a href="%s/%s/">%s</a></p>'
              % (base, href, escape(t, False)))
        elif kind == "tags":
            w('</div><div class="tags"><span>Tags:</span>')
            for t in text.split("|"):
                w('<a href="%s/about/%s/">%s</a>' % (base, "-".join(t.lower().split()), escape(t, False)))
            w('</div>')
        elif kind in ("kt", "rel"):
            pass
    w('</article>')
    w('<section class="related"><h3>Related Stories</h3><ul>')
    for r in rels:
        t, href = r.split("|")
        w('<li><a href="%s/%s/">%s</a></li>' % (base, href, escape(t, False)))
    w('</ul></section>')
    ad()
    w('<footer class="st-footer"><div><a href="%s/about-us/">About Us</a><a href="%s/contact-us/">'
      'Contact Us</a><a href="%s/privacy-policy/">Privacy Policy</a><a href="%s/terms-of-use/">Terms of '
      'Use</a><a href="%s/">Non-AMP version</a></div><p>© 2025 %s. All Rights Reserved.</p></footer>'
      % (base, base, base, base, url, meta["site"]))
    w('<div id="i-amphtml-wrapper" class="i-amphtml-scroll-container"></div>')
    w('</body></html>')
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
