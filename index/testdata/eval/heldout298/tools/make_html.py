#!/usr/bin/python3
"""Re-make the saved coaching page in docs/ from its source text in tools/.

Run: /usr/bin/python3 tools/make_html.py [OUTPUT]
Standard library only. The page is a topic note on a coaching site built as an Angular 17 app
with server-side rendering (Angular Universal) and hydration, saved from Chrome with "Save page
as... > Webpage, Complete" after it had loaded. So the file is Chrome's serialisation of the live
DOM, not the server's HTML:
  * "<!DOCTYPE html>", then Chrome's "<!-- saved from url=(0071)... -->" line, then the html
    element with Chrome's added charset meta first in head;
  * the head as the Angular CLI and critters left it: critical CSS inlined in one style element,
    the full stylesheet loaded with media="print" onload="this.media='all'" (already flipped to
    "all" in the live DOM) and again in a noscript, component styles in style elements marked
    ng-app-id="ng" whose selectors carry the _ngcontent attributes, JSON-LD scripts
    (BreadcrumbList, FAQPage, Article) and a Google Tag Manager loader;
  * the body as Angular renders it with preserveWhitespaces off: almost no whitespace between
    tags, every element of a component template carrying that component's _ngcontent-ng-c...
    attribute and every component host its _nghost-ng-c... attribute, "<!---->" anchors left by
    *ngIf and *ngFor, ng-star-inserted classes on elements those directives created, and
    ng-reflect-free production markup; the note's prose comes from the CMS through [innerHTML],
    so it has no Angular attributes and keeps the CMS's own line breaks;
  * local copies for what Chrome saved ("./<title>_files/...") but remote URLs for lazy images
    of the carousel that had not loaded; the Angular transfer state (script id="ng-state") with
    "<" written as \\u003C, at the end of the body.
The source is the note's own content in a light markup (see the notes at its top).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Digital Public Infrastructure (DPI) - India Stack and G20 _ UPSC Notes _ Nitipath"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")
FILES = "./" + NAME + "_files/"

# Angular's component ids (the _ngcontent/_nghost suffixes) for each component of the app.
C = {"root": "2954571264", "header": "1775039244", "crumb": "3807455931", "note": "4197306218",
     "toc": "2219057744", "rail": "1066431950", "tabs": "3311829750", "faq": "917245163",
     "pyq": "2605184327", "related": "1462208377", "modal": "3574040131",
     "cookie": "2012773095", "footer": "651288040", "share": "2846612097"}


def e(s):
    return html.escape(s, quote=False)


def ea(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def inline(s):
    out, pos = [], 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)", s):
        out.append(e(s[pos:m.start()]))
        if m.group(1):
            out.append("<strong>%s</strong>" % e(m.group(1)))
        else:
            out.append('<a href="%s">%s</a>' % (ea(m.group(3)), e(m.group(2))))
        pos = m.end()
    out.append(e(s[pos:]))
    return "".join(out)


def plain(s):
    return re.sub(r"\*\*(.+?)\*\*", r"\1", re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s))


def ng(comp, tag, attrs="", inner="", host=None, void=False):
    """An element of component `comp`'s template; with `host`, also that component's host."""
    a = ""
    if comp:
        a += ' _ngcontent-ng-c%s=""' % C[comp]
    if host:
        a += ' _nghost-ng-c%s=""' % C[host]
    if attrs:
        a += " " + attrs
    if void:
        return "<%s%s>" % (tag, a)
    return "<%s%s>%s</%s>" % (tag, a, inner, tag)


def parse(text):
    meta = {}
    lines = [l for l in text.split("\n") if l.strip() and not l.startswith("%%")]
    intro, tabs, faqs, pyqs, boxes = [], [], [], [], {}
    i = 0
    cur = intro

    def take_block():
        nonlocal i
        body = []
        while lines[i] != "@end":
            body.append(lines[i])
            i += 1
        i += 1
        return body

    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("@box "):
            cls, title = [x.strip() for x in line[5:].split("|")]
            body = take_block()
            if cls == "why":
                boxes["why"] = (title, body)
            else:
                cur.append(("box", cls, title, body))
        elif line.startswith("@tab "):
            tid, label = [x.strip() for x in line[5:].split("|")]
            tabs.append((tid, label, []))
            cur = tabs[-1][2]
        elif line == "@endtabs":
            cur = None
        elif line.startswith("@h2 "):
            anchor, text = [x.strip() for x in line[4:].split("|")]
            cur.append(("h2", anchor, text))
        elif line in ("@ul", "@ol"):
            cur.append((line[1:], [l[2:] for l in take_block()]))
        elif line.startswith("@table "):
            rows = [[c.strip() for c in l.split("|")] for l in take_block()]
            cur.append(("table", line[7:], rows))
        elif line.startswith("@faqs "):
            meta["faqs"] = line[6:]
            while lines[i] != "@end":
                q = lines[i][5:]
                i += 1
                ans = []
                while not lines[i].startswith("@faq ") and lines[i] != "@end":
                    ans.append(lines[i])
                    i += 1
                faqs.append((q, ans))
            i += 1
        elif line.startswith("@pyqs "):
            meta["pyqs"] = line[6:]
            while lines[i] != "@end":
                year, q = [x.strip() for x in lines[i][5:].split("|", 1)]
                i += 1
                opts, ans = [], ""
                while lines[i].startswith("- ") or lines[i].startswith("= "):
                    if lines[i].startswith("- "):
                        opts.append(lines[i][2:])
                    else:
                        ans = lines[i][2:]
                    i += 1
                pyqs.append((year, q, opts, ans))
            i += 1
        elif line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        else:
            cur.append(("p", line))
    return meta, intro, tabs, faqs, pyqs, boxes


def cms_html(blocks):
    """Prose from the CMS, injected with [innerHTML]: plain tags, the CMS's own newlines."""
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append("<p>%s</p>" % inline(b[1]))
        elif b[0] == "h2":
            out.append('<h2 id="%s">%s</h2>' % (b[1], e(b[2])))
        elif b[0] in ("ul", "ol"):
            items = "\n".join("<li>%s</li>" % inline(x) for x in b[1])
            out.append("<%s>\n%s\n</%s>" % (b[0], items, b[0]))
        elif b[0] == "table":
            head = "".join("<th>%s</th>" % e(c) for c in b[2][0])
            body = "\n".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r)
                             for r in b[2][1:])
            out.append('<figure class="table"><table>\n<thead><tr>%s</tr></thead>\n<tbody>\n%s\n'
                       '</tbody>\n</table><figcaption>%s</figcaption></figure>'
                       % (head, body, e(b[1])))
        elif b[0] == "box":
            out.append('<div class="box-%s"><p><strong>%s</strong></p>\n%s\n</div>'
                       % (b[1], e(b[2]), "\n".join("<p>%s</p>" % inline(x) for x in b[3])))
    return "\n".join(out)


CRITICAL_CSS = (":root{--brand:#0b5cad;--brand-dark:#08427c;--accent:#f26b1d;--ink:#1d2330;"
                "--muted:#5b6475;--line:#e3e7ee;--soft:#f4f7fb}*{box-sizing:border-box}html{scroll-"
                "behavior:smooth}body{margin:0;font-family:Inter,Segoe UI,Roboto,Arial,sans-serif;"
                "color:var(--ink);background:#fff;line-height:1.65}a{color:var(--brand);text-decorat"
                "ion:none}.top-strip{background:var(--accent);color:#fff;font-size:13px;text-align:c"
                "enter;padding:6px 12px}.site-header{position:sticky;top:0;z-index:50;background:#fff"
                ";border-bottom:1px solid var(--line)}.layout{display:grid;grid-template-columns:240"
                "px minmax(0,1fr) 300px;gap:28px;max-width:1320px;margin:0 auto;padding:0 20px}.stic"
                "ky{position:sticky;top:84px;align-self:start}")
COMPONENT_CSS = {
    "header": ".nav[_ngcontent-ng-c%s]{display:flex;gap:18px}.nav[_ngcontent-ng-c%s] a[_ngcontent-"
              "ng-c%s]{color:var(--ink);font-weight:600}.login-btn[_ngcontent-ng-c%s]{background:"
              "var(--brand);color:#fff;border-radius:6px;padding:8px 16px}",
    "tabs": ".tab-list[_ngcontent-ng-c%s]{display:flex;border-bottom:2px solid var(--line)}.tab-b"
            "tn[_ngcontent-ng-c%s]{padding:10px 22px;border:0;background:none;font-weight:600}.ta"
            "b-btn.active[_ngcontent-ng-c%s]{color:var(--brand);border-bottom:3px solid var(--bra"
            "nd)}[hidden][_ngcontent-ng-c%s]{display:none!important}",
    "faq": "details[_ngcontent-ng-c%s]{border:1px solid var(--line);border-radius:8px;margin:10px "
           "0;padding:12px 16px}summary[_ngcontent-ng-c%s]{cursor:pointer;font-weight:600}",
    "modal": ".modal[_ngcontent-ng-c%s]{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index"
             ":100}.modal-card[_ngcontent-ng-c%s]{max-width:420px;margin:12vh auto;background:#fff"
             ";border-radius:12px;padding:24px}",
}


def component_css(name):
    css = COMPONENT_CSS[name]
    return css % tuple([C[name]] * css.count("%s"))


def build(text):
    meta, intro, tabs, faqs, pyqs, boxes = parse(text)
    url = meta["url"]
    title = meta["title"]
    crumbs = [c.strip() for c in meta["crumbs"].split("|")]
    crumb_urls = ["https://www.nitipath.com/", "https://www.nitipath.com/upsc-notes",
                  "https://www.nitipath.com/upsc-notes/gs-3",
                  "https://www.nitipath.com/upsc-notes/gs-3/science-technology", url]
    heads = [b for t in tabs for b in t[2] if b[0] == "h2"]

    # ---- JSON-LD, as the SEO service writes it
    ld_crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                 "itemListElement": [{"@type": "ListItem", "position": n + 1, "name": c,
                                      "item": u} for n, (c, u) in enumerate(zip(crumbs,
                                                                                crumb_urls))]}
    ld_faq = {"@context": "https://schema.org", "@type": "FAQPage",
              "mainEntity": [{"@type": "Question", "name": q,
                              "acceptedAnswer": {"@type": "Answer", "text": " ".join(a)}}
                             for q, a in faqs]}
    ld_article = {"@context": "https://schema.org", "@type": "Article", "headline": meta["h1"],
                  "dateModified": "2025-10-28T11:42:00+05:30",
                  "datePublished": "2023-09-12T09:00:00+05:30",
                  "author": {"@type": "Organization", "name": meta["author"]},
                  "publisher": {"@type": "Organization", "name": "Nitipath",
                                "logo": {"@type": "ImageObject",
                                         "url": "https://cdn.nitipath.com/brand/logo-512.png"}},
                  "mainEntityOfPage": url}

    head = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>%s</title>" % e(title),
            '<meta name="description" content="%s">' % ea(
                "Digital Public Infrastructure (DPI) UPSC notes: meaning, India Stack layers, "
                "Aadhaar, UPI, DigiLocker, ONDC, account aggregators, India's G20 push, PYQs "
                "and FAQs."),
            '<link rel="canonical" href="%s">' % url,
            '<meta property="og:title" content="%s">' % ea(meta["h1"] + " | Nitipath"),
            '<meta property="og:type" content="article">',
            '<meta property="og:image" content="https://cdn.nitipath.com/og/dpi-india-stack.jpg">',
            '<link rel="icon" type="image/x-icon" href="%sfavicon.ico">' % FILES,
            '<link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">',
            "<style>%s</style>" % CRITICAL_CSS,
            '<link rel="stylesheet" href="%sstyles-5INURTSO.css" media="all" '
            'onload="this.media=\'all\'">' % FILES,
            '<noscript><link rel="stylesheet" href="styles-5INURTSO.css"></noscript>',
            '<script async="" src="%sgtm.js"></script>' % FILES,
            '<script type="application/ld+json">%s</script>' % json.dumps(ld_crumbs,
                                                                          ensure_ascii=False),
            '<script type="application/ld+json">%s</script>' % json.dumps(ld_faq,
                                                                          ensure_ascii=False),
            '<script type="application/ld+json">%s</script>' % json.dumps(ld_article,
                                                                          ensure_ascii=False)]
    for name in ("header", "tabs", "faq", "modal"):
        head.append('<style ng-app-id="ng">%s</style>' % component_css(name))

    # ---- header (sticky) and the offer strip above it
    strip = ng("root", "div", 'class="top-strip"',
               "UPSC CSE 2026 Foundation Batch | Admissions open - " +
               ng("root", "a", 'href="https://www.nitipath.com/courses/upsc-foundation-2026"',
                  "Enroll now"))
    nav_items = [("UPSC", "upsc"), ("State PCS", "state-pcs"), ("Current Affairs",
                                                               "current-affairs"),
                 ("Test Series", "test-series"), ("Notes", "upsc-notes"),
                 ("Free Resources", "free-resources")]
    nav = "".join(ng("header", "a", 'href="https://www.nitipath.com/%s" class="nav-link%s"'
                     % (u, " active" if u == "upsc-notes" else ""), e(t)) for t, u in nav_items)
    header = ng("root", "app-header", "", ng("header", "header", 'class="site-header"',
        ng("header", "div", 'class="container hdr-row"',
           ng("header", "a", 'href="https://www.nitipath.com/" class="logo" aria-label="Nitipath home"',
              ng("header", "img", 'src="%slogo-nitipath.svg" alt="Nitipath" width="138" height="36"'
                 % FILES, void=True)) +
           ng("header", "nav", 'class="nav" aria-label="Main"', nav) +
           ng("header", "form", 'class="search" role="search"',
              ng("header", "input", 'type="search" placeholder="Search notes, PYQs, current affairs"'
                 ' aria-label="Search"', void=True)) +
           ng("header", "button", 'type="button" class="login-btn"', "Login / Register"))),
        host="header")

    # ---- breadcrumb
    lis = []
    for n, (c, u) in enumerate(zip(crumbs, crumb_urls)):
        if n < len(crumbs) - 1:
            lis.append(ng("crumb", "li", 'class="breadcrumb-item ng-star-inserted"',
                          ng("crumb", "a", 'href="%s"' % u, e(c))) + "<!---->")
        else:
            lis.append(ng("crumb", "li", 'class="breadcrumb-item active ng-star-inserted" '
                          'aria-current="page"', e(c)) + "<!---->")
    crumb = ng("note", "app-breadcrumb", "", ng("crumb", "nav", 'aria-label="breadcrumb"',
               ng("crumb", "ol", 'class="breadcrumb"', "".join(lis))), host="crumb")

    # ---- left sidebar: table of contents (sticky)
    toc_links = [("why-in-news", "Why in News?"), ("what-is-dpi", "What is DPI?")]
    toc_links += [(h[1], h[2]) for h in heads]
    toc_links += [("faqs", "FAQs"), ("pyqs", "PYQs")]
    toc = ng("root", "aside", 'class="toc-sidebar sticky"', ng("root", "app-toc", "",
             ng("toc", "div", 'class="toc-card"',
                ng("toc", "p", 'class="toc-title"', "Table of Contents") +
                ng("toc", "ul", 'class="toc-list"', "".join(
                    ng("toc", "li", 'class="%sng-star-inserted"' % ("active " if n == 0 else ""),
                       ng("toc", "a", 'href="%s#%s"' % (url, a), e(t))) + "<!---->"
                    for n, (a, t) in enumerate(toc_links)))), host="toc"))

    # ---- the note
    why_title, why_body = boxes["why"]
    why = ng("note", "section", 'id="why-in-news" class="why-box"',
             ng("note", "h2", 'class="why-title"', e(why_title)) +
             ng("note", "div", 'class="cms"', "\n".join("<p>%s</p>" % inline(p)
                                                        for p in why_body)))
    intro_html = ng("note", "section", 'id="what-is-dpi" class="intro"',
                    ng("note", "div", 'class="cms"', cms_html(intro)))
    tab_btns = "".join(
        ng("tabs", "button", 'type="button" role="tab" id="tab-%s" aria-controls="panel-%s" '
           'aria-selected="%s" class="tab-btn%s"' % (tid, tid, "true" if n == 0 else "false",
                                                     " active" if n == 0 else ""), e(label))
        for n, (tid, label, blocks) in enumerate(tabs))
    panels = "".join(
        ng("tabs", "div", 'role="tabpanel" id="panel-%s" aria-labelledby="tab-%s" class="tab-panel'
           ' ng-star-inserted"%s' % (tid, tid, "" if n == 0 else ' hidden=""'),
           ng("tabs", "div", 'class="cms"', cms_html(blocks))) + "<!---->"
        for n, (tid, label, blocks) in enumerate(tabs))
    tabs_html = ng("note", "app-content-tabs", "", ng("tabs", "div", 'class="tabs"',
                   ng("tabs", "div", 'role="tablist" class="tab-list" aria-label="Exam stage"',
                      tab_btns) + panels), host="tabs")
    faq_html = ng("note", "app-faq", "", ng("faq", "section", 'id="faqs" class="faq"',
                  ng("faq", "h2", "", e(meta["faqs"])) + "".join(
                      ng("faq", "details", 'class="ng-star-inserted"',
                         ng("faq", "summary", "", e(q)) +
                         ng("faq", "div", 'class="faq-ans"',
                            "".join(ng("faq", "p", "", inline(a)) for a in ans))) + "<!---->"
                      for q, ans in faqs)), host="faq")
    pyq_items = []
    for n, (year, q, opts, ans) in enumerate(pyqs):
        pyq_items.append(ng("pyq", "div", 'class="pyq-item ng-star-inserted"',
            ng("pyq", "p", 'class="pyq-q"', ng("pyq", "span", 'class="pyq-no"', "Q%d." % (n + 1))
               + " " + e(q) + " " + ng("pyq", "span", 'class="pyq-year"', "(%s)" % e(year))) +
            ng("pyq", "ul", 'class="pyq-opts"', "".join(
                ng("pyq", "li", 'class="ng-star-inserted"', e(o)) + "<!---->" for o in opts)) +
            ng("pyq", "p", 'class="pyq-ans"', ng("pyq", "strong", "", e(ans)))) + "<!---->")
    pyq_html = ng("note", "app-pyq-block", "", ng("pyq", "section", 'id="pyqs" class="pyq-block"',
                  ng("pyq", "h2", 'class="pyq-title"', e(meta["pyqs"])) +
                  ng("pyq", "h3", 'class="pyq-sub"', "Prelims") + "".join(pyq_items)),
                  host="pyq")
    share = ng("note", "app-share-bar", "", ng("share", "div", 'class="share-bar"',
               ng("share", "a", 'class="btn-pdf" href="https://www.nitipath.com/downloads/'
                  'digital-public-infrastructure.pdf" rel="nofollow"', "Download PDF") +
               ng("share", "button", 'type="button" class="btn-share" aria-label="Share on '
                  'WhatsApp"', "WhatsApp") +
               ng("share", "button", 'type="button" class="btn-share" aria-label="Share on '
                  'Telegram"', "Telegram") +
               ng("share", "button", 'type="button" class="btn-share" aria-label="Copy link"',
                  "Copy link")), host="share")
    tags = ng("note", "ul", 'class="tag-list"', "".join(
        ng("note", "li", 'class="ng-star-inserted"', ng("note", "a", 'href="https://www.nitipath.'
           'com/tags/%s"' % t.lower().replace(" ", "-"), "#" + e(t))) + "<!---->"
        for t in ("GS3", "Governance", "Economy", "Current Affairs")))
    article = ng("note", "article", 'class="note-article" id="note"',
                 ng("note", "h1", 'class="note-title"', e(meta["h1"])) +
                 ng("note", "div", 'class="note-meta"',
                    ng("note", "span", "", "By " + e(meta["author"])) + " | " +
                    ng("note", "span", "", "Last updated: " + e(meta["updated"])) + " | " +
                    ng("note", "span", "", e(meta["readtime"]))) +
                 tags + share +
                 ng("note", "p", 'class="syllabus-pill"', ng("note", "strong", "",
                                                              "Syllabus:") + " " +
                    e(meta["syllabus"])) +
                 why + intro_html + tabs_html + faq_html + pyq_html)

    related = [("Unified Payments Interface (UPI)", "unified-payments-interface-upi",
                "How NPCI's real-time payment system works, its products and global reach."),
               ("Open Network for Digital Commerce (ONDC)", "ondc",
                "The Beckn-based open network that unbundles e-commerce."),
               ("Account Aggregator Framework", "account-aggregator-framework",
                "RBI's NBFC-AA model of consent-based data sharing."),
               ("Digital Personal Data Protection Act, 2023", "dpdp-act-2023",
                "Data fiduciaries, consent managers and the Data Protection Board."),
               ("Aadhaar and the Right to Privacy", "aadhaar-right-to-privacy",
                "From Puttaswamy (2017) to the Aadhaar verdict of 2018."),
               ("G20 New Delhi Summit 2023", "g20-new-delhi-summit-2023",
                "Outcomes of India's presidency, from the African Union to DPI.")]
    slides = []
    for n, (t, slug, blurb) in enumerate(related):
        img = ('src="%srel-%d.webp"' % (FILES, n + 1) if n < 3 else
               'src="https://cdn.nitipath.com/thumbs/%s.webp" loading="lazy"' % slug)
        slides.append(ng("related", "div", 'class="swiper-slide ng-star-inserted" role="group" '
                         'aria-label="%d / %d"%s' % (n + 1, len(related),
                                                     ' style="width: 280px; margin-right: 16px;"'),
            ng("related", "a", 'href="https://www.nitipath.com/upsc-notes/%s" class="rel-card"'
               % slug,
               ng("related", "img", img + ' alt="%s" width="280" height="158"' % ea(t),
                  void=True) +
               ng("related", "h3", 'class="rel-title"', e(t)) +
               ng("related", "p", 'class="rel-blurb"', e(blurb)) +
               ng("related", "span", 'class="rel-more"', "Read more")))
            + "<!---->")
    carousel = ng("note", "app-related-carousel", "", ng("related", "section",
                  'class="related"', ng("related", "h2", 'class="related-title"',
                                        "Related Articles") +
                  ng("related", "div", 'class="swiper swiper-initialized swiper-horizontal"',
                     ng("related", "div", 'class="swiper-wrapper" style="transform: translate3d('
                        '0px, 0px, 0px);"', "".join(slides)) +
                     ng("related", "div", 'class="swiper-button-prev swiper-button-disabled" '
                        'tabindex="-1" role="button" aria-label="Previous slide" '
                        'aria-disabled="true"') +
                     ng("related", "div", 'class="swiper-button-next" tabindex="0" role="button" '
                        'aria-label="Next slide" aria-disabled="false"'))), host="related")
    note = ng("root", "app-note-page", "", ng("note", "div", 'class="note-col"',
              crumb + article + carousel), host="note")

    # ---- right sidebar (sticky): course card, lead form, trending
    trending = ["UPSC Prelims 2026 Syllabus", "Monthly Current Affairs PDF", "NCERT Notes for UPSC",
                "UPSC Mains Answer Writing", "Budget 2025-26 Highlights"]
    rail = ng("root", "aside", 'class="right-rail sticky"', ng("root", "app-right-rail", "",
        ng("rail", "div", 'class="course-card"',
           ng("rail", "img", 'src="%sfoundation-2026.webp" alt="UPSC Foundation 2026" width="300" '
              'height="170"' % FILES, void=True) +
           ng("rail", "p", 'class="course-name"', "UPSC CSE 2026 | GS Foundation Course") +
           ng("rail", "p", 'class="course-price"', ng("rail", "s", "", "Rs 89,999") +
              " Rs 64,999") +
           ng("rail", "a", 'href="https://www.nitipath.com/courses/upsc-foundation-2026" '
              'class="btn-enroll"', "Enroll Now")) +
        ng("rail", "form", 'class="lead-form"',
           ng("rail", "p", 'class="lead-title"', "Talk to our UPSC counsellor") +
           ng("rail", "input", 'type="text" placeholder="Full name" aria-label="Full name"',
              void=True) +
           ng("rail", "input", 'type="tel" placeholder="Mobile number" aria-label="Mobile number"',
              void=True) +
           ng("rail", "button", 'type="submit" class="btn-lead"', "Request a Call Back")) +
        ng("rail", "div", 'class="trending"',
           ng("rail", "p", 'class="trending-title"', "Trending Now") +
           ng("rail", "ul", "", "".join(
               ng("rail", "li", 'class="ng-star-inserted"', ng("rail", "a",
                  'href="https://www.nitipath.com/%s"' % re.sub(r"[^a-z0-9]+", "-",
                                                               t.lower()).strip("-"), e(t)))
               + "<!---->" for t in trending))), host="rail"))

    layout = ng("root", "main", 'class="page-wrap"', ng("root", "div", 'class="layout"',
                toc + note + rail))

    # ---- footer
    cols = [("Company", ["About Us", "Our Faculty", "Careers", "Contact Us"]),
            ("Courses", ["GS Foundation", "Prelims Test Series", "Mains Test Series",
                         "Optional Courses"]),
            ("Free Resources", ["UPSC Syllabus", "Previous Year Papers", "Daily Current Affairs",
                                "NCERT Notes"]),
            ("Policies", ["Privacy Policy", "Terms of Use", "Refund Policy"])]
    fcols = "".join(ng("footer", "div", 'class="f-col ng-star-inserted"',
                       ng("footer", "p", 'class="f-head"', e(h)) + ng("footer", "ul", "", "".join(
                           ng("footer", "li", 'class="ng-star-inserted"', ng("footer", "a",
                              'href="https://www.nitipath.com/%s"' % re.sub(
                                  r"[^a-z0-9]+", "-", x.lower()).strip("-"), e(x))) + "<!---->"
                           for x in items))) + "<!---->" for h, items in cols)
    footer = ng("root", "app-footer", "", ng("footer", "footer", 'class="site-footer"',
        ng("footer", "div", 'class="f-grid"', fcols) +
        ng("footer", "div", 'class="f-bottom"',
           ng("footer", "p", "", "Nitipath Edutech Pvt. Ltd., 2nd Floor, Mukherjee Nagar, "
              "Delhi 110009") +
           ng("footer", "p", "", "\u00a9 2025 Nitipath Edutech Pvt. Ltd. All rights reserved.")
           + ng("footer", "div", 'class="social"', "".join(
               ng("footer", "a", 'href="https://%s" aria-label="%s" target="_blank" rel="noopener"'
                  % (u, n), "") for n, u in (("YouTube", "www.youtube.com/@nitipath"),
                                             ("Telegram", "t.me/nitipathupsc"),
                                             ("Instagram", "www.instagram.com/nitipath.upsc")))))),
        host="footer")

    # ---- popups, as the live DOM held them when the page was saved
    modal = ng("root", "app-lead-modal", "", ng("modal", "div", 'class="modal" role="dialog" '
        'aria-modal="true" aria-labelledby="lead-h" style="display: none;"',
        ng("modal", "div", 'class="modal-card"',
           ng("modal", "button", 'type="button" class="modal-close" aria-label="Close"', "\u00d7") +
           ng("modal", "p", 'id="lead-h" class="modal-h"', "Crack UPSC CSE 2026 with Nitipath") +
           ng("modal", "p", 'class="modal-sub"', "Get a free study plan and a counselling call "
              "from our mentors.") +
           ng("modal", "input", 'type="text" placeholder="Your name"', void=True) +
           ng("modal", "input", 'type="tel" placeholder="WhatsApp number"', void=True) +
           ng("modal", "button", 'type="button" class="btn-lead"', "Get Free Study Plan"))),
        host="modal")
    cookie = ng("root", "app-cookie-consent", "", ng("cookie", "div", 'class="cookie-bar '
        'ng-star-inserted" role="region" aria-label="Cookie consent"',
        ng("cookie", "p", "", "We use cookies to personalise content and analyse traffic. By "
           "continuing you agree to our " + ng("cookie", "a", 'href="https://www.nitipath.com/'
                                               'privacy-policy"', "Privacy Policy") + ".") +
        ng("cookie", "button", 'type="button" class="btn-accept"', "Accept")) + "<!---->",
        host="cookie")
    extras = (ng("root", "a", 'class="wa-float" href="https://wa.me/919310045678" target="_blank"'
                 ' rel="noopener" aria-label="Chat on WhatsApp"', "Chat with us") +
              ng("root", "div", 'class="app-banner ng-star-inserted"',
                 ng("root", "span", "", "Study on the go - get the Nitipath app") +
                 ng("root", "a", 'href="https://play.google.com/store/apps/details?id=com.'
                    'nitipath.app" class="btn-app"', "Install")) + "<!---->")

    app = ng(None, "app-root", 'ng-version="17.3.12" ng-server-context="ssr"',
             strip + header + layout + footer + modal + cookie + extras, host="root")

    state = {"__nghData__": [{"c": {"3": [{"i": "t12", "r": 1}]}}, {}, {"n": {"2": "0fb"}}],
             "note:digital-public-infrastructure": {
                 "slug": "digital-public-infrastructure", "title": meta["h1"],
                 "updatedAt": "2025-10-28T06:12:00.000Z", "readTime": 11,
                 "tabs": [t[1] for t in tabs], "faqCount": len(faqs), "pyqCount": len(pyqs),
                 "seo": {"canonical": url, "robots": "index,follow"}},
             "related:digital-public-infrastructure": [s for _, s, _ in related]}
    state_json = json.dumps(state, separators=(",", ":")).replace("<", "\\u003C")

    body = ('<body class="ng-tns-0-0">'
            '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7N2QW4" '
            'height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n'
            + app + "\n" +
            '<script src="%spolyfills-FFHMD2TL.js" type="module"></script>'
            '<script src="%smain-KX3T7BQZ.js" type="module"></script>\n' % (FILES, FILES) +
            '<script id="ng-state" type="application/json">%s</script>' % state_json +
            "</body>")
    page = ("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url) +
            '<html lang="en" data-critters-container=""><head>' + "".join(head) + "</head>\n" +
            body + "</html>")
    return page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read()).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
