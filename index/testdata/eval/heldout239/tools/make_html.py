#!/usr/bin/python3
"""Re-make docs/jallianwala-bagh-massacre-britannica.html from
tools/jallianwala-bagh-massacre-britannica.txt.

The page is written the way Chrome's "Save page as > Webpage, Complete" keeps a Britannica
topic page: a "saved from url" comment, head with title, meta description, Open Graph tags,
canonical link, a JSON-LD Article block, a dataLayer script and stylesheet / script links into
the "..._files" folder (which the set does not hold); a OneTrust cookie banner, the site header
(logo, search form, "Ask the Chatbot", "Games & Quizzes", the category menu, Subscribe/Login),
a left "Table of Contents" rail, the article toolbar (Print, Cite, Share, Feedback), the h1
title with its "Also known as" line, the byline and "Last Updated ... • Article History", the
facts box (Date, Location, Key People, Related Topics, "See all related content"), the "Top
Questions" block, a "Recent News" box, the article in <section data-level="1"> blocks with
h2 headings and "topic-paragraph" paragraphs holding md-crosslink links, figures with
captions and credits, an in-article "Britannica Quiz" teaser and advertisement slots, the
"Citation Information" block, external-website links and the footer.

Source markup: "@title", "@alias", "@slug", "@updated", "@accessed", "@fact label | a ; b",
"@lead" intro paragraph, "@faq question | answer", "@news date | headline", "@figure caption |
file | credit", "@quiz title", "## " section heading, any other line a paragraph;
"[[text|path]]" a Britannica crosslink.
Run from anywhere: /usr/bin/python3 tools/make_html.py (byte-for-byte reproducible).
"""
import json
import os
import re
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "jallianwala-bagh-massacre-britannica.txt")
OUT = os.path.join(HERE, "..", "docs", "jallianwala-bagh-massacre-britannica.html")
SITE = "https://www.britannica.com/"
FILES = "./Jallianwala Bagh Massacre _ Facts, History, &amp; Significance _ Britannica_files/"


def links(text):
    text = escape(text, quote=False)
    return re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]",
                  lambda m: '<a href="%s%s" class="md-crosslink" data-show-preview="true">%s</a>'
                  % (SITE, m.group(2), m.group(1)), text)


def plain(text):
    return re.sub(r"\[\[([^|\]]+)\|[^\]]+\]\]", r"\1", text)


def main():
    meta, facts, leads, faqs, news, body = {}, [], [], [], [], []
    sections = []
    ref = 344600
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    cur = None
    for s in lines:
        if not s.strip():
            continue
        m = re.match(r"@(\w+) ?(.*)", s)
        key, val = (m.group(1), m.group(2)) if m else (None, s)
        if key in ("title", "alias", "slug", "updated", "accessed"):
            meta[key] = val
        elif key == "fact":
            label, vals = val.split(" | ")
            facts.append((label, [v.strip() for v in vals.split(";")]))
        elif key == "lead":
            leads.append(("p", val))
        elif key == "figure" and cur is None:
            leads.append(("figure", val))
        elif key == "faq":
            faqs.append(val.split(" | "))
        elif key == "news":
            news.append(val.split(" | "))
        elif s.startswith("## "):
            ref += 7
            cur = (s[3:], "ref%d" % ref, [])
            sections.append(cur)
        elif key in ("figure", "quiz"):
            cur[2].append((key, val))
        else:
            cur[2].append(("p", val))

    title = meta["title"]
    url = SITE + meta["slug"]
    desc = plain(leads[0][1])
    desc = desc[:desc.index(".", 150) + 1]
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(url), url))
    w('<html lang="en" class="no-js" data-theme="light"><head><meta http-equiv="Content-Type" '
      'content="text/html; charset=UTF-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w('<title>%s | Facts, History, &amp; Significance | Britannica</title>\n' % title)
    w('<meta name="description" content="%s">\n' % escape(desc))
    w('<link rel="canonical" href="%s">\n' % url)
    w('<meta property="og:type" content="article">\n<meta property="og:site_name" '
      'content="Encyclopedia Britannica">\n')
    w('<meta property="og:title" content="%s | Facts, History, &amp; Significance">\n' % title)
    w('<meta property="og:url" content="%s">\n' % url)
    w('<meta property="og:image" content="https://cdn.britannica.com/52/190752-050-Jallianwala-Bagh-Amritsar.jpg">\n')
    w('<meta name="twitter:card" content="summary_large_image">\n')
    w('<link rel="preconnect" href="https://cdn.britannica.com/">\n')
    w('<link rel="stylesheet" href="%smain.min.css">\n' % FILES)
    w('<link rel="stylesheet" href="%stopic-page.min.css">\n' % FILES)
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title,
          "alternativeHeadline": meta["alias"], "url": url, "dateModified": "2025-04-19",
          "author": {"@type": "Organization", "name": "The Editors of Encyclopaedia Britannica"},
          "publisher": {"@type": "Organization", "name": "Encyclopedia Britannica",
                        "logo": {"@type": "ImageObject",
                                 "url": "https://cdn.britannica.com/mendel/eb-logo/MendelNewThistleLogo.png"}},
          "description": desc}
    w('<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False))
    w('<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"TOPIC",'
      '"topicId":"1919","topicTitle":"%s","templateName":"DESKTOP","subscriber":"false",'
      '"pageCategory":"History & Society"});</script>\n' % title)
    w('<script async="" src="%sgtm.js"></script>\n' % FILES)
    w('<script async="" src="%sgpt.js"></script>\n' % FILES)
    w('<script src="%sotSDKStub.js" data-domain-script="8b3a53b1-2b8e-4ad8-9b5b-fd4d5d6c8f26"></script>\n' % FILES)
    w('<style>.ad-slot{min-height:250px;text-align:center}.js-lazy-ad{display:block}'
      '.md-crosslink{color:#1a6bc4}</style>\n')
    w('</head>\n<body class="topic-page new-topic-page" data-topic-id="1919">\n')
    # cookie banner
    w('<div id="onetrust-consent-sdk"><div class="otFlat ot-bottom" id="onetrust-banner-sdk" '
      'role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div '
      'id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalize '
      'content and ads and to analyze our traffic. By clicking "Accept All Cookies", you '
      'agree to the storing of cookies. <a href="https://corporate.britannica.com/privacy-notice/" '
      'aria-label="More information about your privacy">Privacy Notice</a></p></div><div '
      'id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>'
      '<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>'
      '</div>\n')
    # header
    w('<header class="header-container"><div class="header d-flex align-items-center">'
      '<a class="logo" href="https://www.britannica.com/"><img src="%sMendelNewThistleLogo.png" '
      'alt="Encyclopedia Britannica" width="160" height="34"></a>\n' % FILES)
    w('<form class="search-form" action="https://www.britannica.com/search" method="get">'
      '<input type="text" name="query" placeholder="Search Britannica" aria-label="Search '
      'Britannica"><button type="submit" class="search-btn">Search</button></form>\n')
    w('<a class="chatbot-link" href="https://www.britannica.com/chatbot">Ask the Chatbot</a>\n')
    w('<nav class="header-nav"><ul class="header-nav-list">')
    for item in ("Games &amp; Quizzes", "History &amp; Society", "Science &amp; Tech",
                 "Biographies", "Animals &amp; Nature", "Geography &amp; Travel",
                 "Arts &amp; Culture", "ProCon", "Money", "Videos"):
        w('<li><a href="https://www.britannica.com/%s">%s</a></li>'
          % (re.sub(r"[^A-Za-z]+", "-", item.replace("&amp;", "and")), item))
    w('</ul></nav>\n<div class="header-user"><a class="btn btn-orange" '
      'href="https://premium.britannica.com/premium-membership/">Subscribe</a> '
      '<a class="login" href="https://www.britannica.com/login">Login</a></div></div></header>\n')
    w('<div class="ad-slot ad-leaderboard" id="ad-LEADER"><div class="ad-label">Advertisement'
      '</div></div>\n')
    w('<main class="topic-page-container"><div class="grid">\n')
    # table of contents rail
    w('<aside class="toc-rail"><div class="toc-title">Table of Contents</div>'
      '<ul class="toc-list">')
    w('<li class="toc-item active"><a href="%s">Introduction</a></li>' % url)
    for name, rid, _ in sections:
        w('<li class="toc-item"><a href="%s#%s">%s</a></li>' % (url, rid, escape(name)))
    w('<li class="toc-item"><a href="%s#references">References &amp; Edit History</a></li>'
      '<li class="toc-item"><a href="%s#related">Related Topics</a></li></ul>' % (url, url))
    w('<div class="toc-media"><div class="toc-title">Images</div><ul class="toc-list"><li>'
      '<a href="%s/images-videos">Images</a></li></ul><div class="toc-title">Quizzes</div>'
      '<ul class="toc-list"><li><a href="https://www.britannica.com/quiz/history-of-india-quiz">'
      'History of India Quiz</a></li></ul></div></aside>\n' % url)
    w('<article class="article-content">\n')
    w('<div class="topic-toolbar"><button class="print-btn">Print</button><button '
      'class="cite-btn" data-target="#citation">Cite</button><button class="share-btn">Share'
      '</button><button class="feedback-btn">Feedback</button></div>\n')
    w('<div class="topic-header"><h1 class="topic-title">%s</h1>\n' % escape(title))
    w('<div class="topic-identifier">Indian history [1919]</div>\n')
    w('<div class="alias">Also known as: %s</div>\n' % escape(meta["alias"]))
    w('<div class="byline">Written and fact-checked by <a href="https://www.britannica.com/'
      'editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of Encyclopaedia '
      'Britannica</a></div>\n')
    w('<div class="last-updated">Last Updated: %s • <a href="%s/additional-info#history">'
      'Article History</a></div></div>\n' % (meta["updated"], url))
    # facts box
    w('<div class="facts-box"><dl class="fact-list">')
    for label, vals in facts:
        w('<dt>%s:</dt><dd>%s</dd>' % (label, " ".join(
            '<span class="fact-item">%s</span>' % links(v) for v in vals)))
    w('</dl><a class="see-all" href="%s/additional-info#related">See all related content'
      '</a></div>\n' % url)
    # top questions
    w('<section class="top-questions" id="top-questions"><h2 class="h2">Top Questions</h2>'
      '<ul class="question-list">\n')
    for q, a in faqs:
        w('<li class="question"><h3 class="h3">%s</h3><div class="answer"><p>%s</p></div></li>\n'
          % (escape(q, quote=False), links(a)))
    w('</ul></section>\n')
    # recent news
    w('<section class="recent-news"><h2 class="h2">Recent News</h2><ul class="news-list">\n')
    for date, head in news:
        w('<li><div class="news-date">%s</div><a class="news-headline" href="%s/news">%s</a>'
          '</li>\n' % (date, url, escape(head, quote=False)))
    w('</ul></section>\n')
    # introduction
    w('<section data-level="1" id="ref1"><div class="reading-channel">\n')
    for kind, val in leads:
        if kind == "p":
            w('<p class="topic-paragraph">%s</p>\n' % links(val))
        else:
            w(figure(val))
    w('</div></section>\n')
    w('<div class="ad-slot js-lazy-ad" id="ad-INLINE1"><div class="ad-label">Advertisement'
      '</div></div>\n')
    for name, rid, items in sections:
        w('<section data-level="1" id="%s"><h2 class="h1">%s</h2>\n' % (rid, escape(name)))
        for kind, val in items:
            if kind == "p":
                w('<p class="topic-paragraph">%s</p>\n' % links(val))
            elif kind == "figure":
                w(figure(val))
            else:
                w('<div class="quiz-teaser"><div class="quiz-label">Britannica Quiz</div>'
                  '<a href="https://www.britannica.com/quiz/history-of-india-quiz">%s</a></div>\n'
                  % escape(val))
        w('</section>\n')
    w('<div class="editor-note">The Editors of Encyclopaedia Britannica<span class="note">'
      'This article was most recently revised and updated by the Editors.</span></div>\n')
    # citation
    w('<div class="citation-block" id="citation"><h2 class="h3">Citation Information</h2>'
      '<p class="citation-note">While every effort has been made to follow citation style '
      'rules, there may be some discrepancies.</p><div class="citation-style">MLA</div>'
      '<p class="citation-text">Britannica, The Editors of Encyclopaedia. "%s". '
      '<em>Encyclopedia Britannica</em>, %s, %s. Accessed %s.</p><button class="copy-citation">'
      'Copy Citation</button></div>\n'
      % (escape(title), meta["updated"].replace("Apr.", "19 Apr.").replace(" 19,", ""), url,
         meta["accessed"]))
    w('<div class="external-websites"><h2 class="h3">External Websites</h2><ul>'
      '<li><a href="https://www.nationalarchives.gov.uk/education/resources/amritsar-massacre/">'
      'The National Archives - The Amritsar Massacre</a></li><li><a '
      'href="https://www.jallianwalabagh.gov.in/">Jallianwala Bagh National Memorial Trust</a>'
      '</li></ul></div>\n')
    w('</article>\n<aside class="right-rail"><div class="ad-slot" id="ad-RIGHT1"><div '
      'class="ad-label">Advertisement</div></div><div class="promo-subscribe"><p>Britannica '
      'Premium: get unlimited ad-free access to every article.</p><a href="https://premium.'
      'britannica.com/premium-membership/">Subscribe</a></div></aside>\n')
    w('</div></main>\n')
    w('<footer class="footer"><ul class="footer-links"><li><a href="https://corporate.'
      'britannica.com/about/">About Us &amp; Legal Info</a></li><li><a href="https://'
      'corporate.britannica.com/advertising/">Advertising</a></li><li><a href="https://'
      'www.britannica.com/contact">Contact Us</a></li><li><a href="https://corporate.'
      'britannica.com/privacy-notice/">Privacy Policy</a></li><li><a href="https://'
      'corporate.britannica.com/terms-of-use/">Terms of Use</a></li></ul><p class="copyright">'
      '©2025 Encyclopædia Britannica, Inc.</p></footer>\n')
    w('<script src="%stopic-page.bundle.js"></script>\n' % FILES)
    w('<script>window.EB = window.EB || {}; EB.topicPage = {id: 1919, lazyAds: true, '
      'preview: true};</script>\n')
    w('</body></html>\n')
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


def figure(val):
    cap, img, credit = [x.strip() for x in val.split("|")]
    return ('<figure class="md-assembly card"><img loading="lazy" src="%s%s" alt="%s" '
            'width="400" height="267"><figcaption class="md-caption">%s<span class="credit">%s'
            '</span></figcaption></figure>\n'
            % (FILES, img, escape(cap.rstrip(".")), escape(cap, quote=False), escape(credit)))


if __name__ == "__main__":
    main()
