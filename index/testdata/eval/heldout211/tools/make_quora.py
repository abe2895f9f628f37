#!/usr/bin/python3
"""Re-make docs/quora-speaker-defection-cases.html from tools/quora-speaker-defection-cases.txt.

Imitates a Quora answer page (the /answer/ permalink of one answer) as Chrome writes it with
"Save page as… > Webpage, Complete" while logged in: the DOCTYPE and the "saved from url"
comment, a head with the Content-Type meta Chrome inserts, the "(3) Name's answer to … - Quora"
title, description and Open Graph tags, a canonical link, stylesheet and script links rewritten
into the "<title>_files" folder (not part of this set), an inline style block, a QAPage JSON-LD
script and an inline settings script; then the React DOM serialised on one long line with
Quora's q-box / q-text / qu-* classes: the header bar, the question title and topics, the
"Originally Answered" line, the answer card (author, credential, date, "Answer requested by"),
the answer body (bold-only lines as headings, paragraphs, a blockquote, bulleted and numbered
lists of li > div, an image, bracketed footnote marks, a Footnotes block, an italic edit note),
the views/upvote/share bar, two comments with a reply, a "Sponsored by" ad card, a "Related
questions" list, "More answers below", a second answer, a collapsed answer cut off with
"(more)", the right rail with an "Ad by" card and the footer links, and the deferred scripts.
Text is escaped as Chrome serialises the DOM (&amp; &lt; &gt; and &nbsp; only).

Run: /usr/bin/python3 tools/make_quora.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quora-speaker-defection-cases.txt")
OUT = os.path.join(HERE, "..", "docs", "quora-speaker-defection-cases.html")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def parse():
    d = {"body": [], "fn": [], "comments": [], "related": [], "other": [], "topics": []}
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("# "):
                continue
            kind, _, rest = line.partition(" ")
            kind = kind[1:]
            if kind in ("url", "notif", "viewer", "question", "originally", "edit"):
                d[kind] = rest
            elif kind == "topics":
                d["topics"] = rest.split("|")
            elif kind == "answer":
                d["answer"] = rest.split("|")
            elif kind in ("b", "p", "quote", "ul", "ol", "img"):
                d["body"].append((kind, rest))
            elif kind == "fn":
                d["fn"].append(rest.split("|", 1))
            elif kind in ("comment", "reply"):
                d["comments"].append((kind, rest.split("|")))
            elif kind == "ad":
                d["ad"] = rest.split("|")
            elif kind == "railad":
                d["railad"] = rest.split("|")
            elif kind == "related":
                d["related"].append(rest)
            elif kind == "other":
                d["other"].append(rest.split("|", 4))
            elif kind == "collapsed":
                d["collapsed"] = rest.split("|", 2)
    return d


def slug(text):
    s = re.sub(r"[^A-Za-z0-9 -]", "", text)
    return "-".join(s.split())


def profile(name):
    return "https://www.quora.com/profile/" + "-".join(name.split())


P_STYLE = "box-sizing: border-box; margin-bottom: 1em; direction: ltr;"
P_CLASS = "q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"


def inline(text, url):
    """Quora's rendering of bold, italic, footnote marks and links inside a paragraph."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*|\[\^(\d+)\]|\[([^\]]+)\]\(([^)]+)\)", text):
        if m.start() > pos:
            out.append(esc(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<span style="font-weight: bold;">%s</span>' % esc(m.group(1)))
        elif m.group(2) is not None:
            out.append('<span style="font-style: italic;">%s</span>' % esc(m.group(2)))
        elif m.group(3) is not None:
            n = m.group(3)
            out.append('<sup class="q-text qu-fontSize--smaller"><a class="q-box qu-cursor--pointer '
                       'qu-hover--textDecoration--underline" href="%s#footnote-%s" style="color: '
                       'rgb(46, 105, 255);">[%s]</a></sup>' % (attr(url), n, n))
        else:
            out.append('<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" '
                       'href="%s" rel="noopener nofollow" target="_blank" style="color: rgb(46, 105, '
                       '255);">%s</a>' % (attr(m.group(5)), esc(m.group(4))))
        pos = m.end()
    if pos < len(text):
        out.append(esc(text[pos:]))
    return "".join(out)


def para(html):
    return '<p class="%s" style="%s"><span>%s</span></p>' % (P_CLASS, P_STYLE, html)


def answer_body(items, url, files):
    out = []
    i = 0
    while i < len(items):
        kind, text = items[i]
        if kind == "p":
            out.append(para(inline(text, url)))
        elif kind == "b":
            out.append(para('<span style="font-weight: bold;">%s</span>' % esc(text)))
        elif kind == "quote":
            out.append('<blockquote class="q-box qu-borderLeft qu-pl--small qu-mb--small" style="box-sizing: '
                       'border-box; border-left: 3px solid rgb(222, 224, 225); margin-left: 0px;">%s'
                       '</blockquote>' % para(inline(text, url)))
        elif kind in ("ul", "ol"):
            tag = kind
            lis = []
            while i < len(items) and items[i][0] == kind:
                lis.append('<li class="q-relative" style="box-sizing: border-box; list-style-type: %s;">'
                           '<div class="q-text qu-wordBreak--break-word" style="box-sizing: border-box; '
                           'direction: ltr;"><span>%s</span></div></li>'
                           % ("disc" if kind == "ul" else "decimal", inline(items[i][1], url)))
                i += 1
            i -= 1
            out.append('<%s class="q-box" style="box-sizing: border-box; margin-bottom: 1em; padding-left: '
                       '1.5em;">%s</%s>' % (tag, "".join(lis), tag))
        elif kind == "img":
            iid, w, h = text.split("|")
            out.append('<div class="q-box qu-mb--small" style="box-sizing: border-box; text-align: center;">'
                       '<div class="q-relative qu-display--inline-block" style="box-sizing: border-box; '
                       'max-width: 100%%;"><img class="q-image qu-display--block" src="./%s/main-qimg-%s" '
                       'alt="" width="%s" height="%s" loading="lazy" style="box-sizing: border-box; '
                       'max-width: 100%%; height: auto;"></div></div>' % (attr(files), iid, w, h))
        i += 1
    return "".join(out)


def btn(label, extra=""):
    return ('<button class="q-click-wrapper ClickWrapper___StyledClickWrapperBox-zoqi4f-0 qu-active--textDecoration--none '
            'qu-focus--textDecoration--none qu-borderRadius--pill qu-alignItems--center qu-justifyContent--center '
            'qu-whiteSpace--nowrap qu-userSelect--none qu-display--inline-flex qu-tapHighlight--white '
            'qu-textAlign--center qu-cursor--pointer qu-hover--textDecoration--none" role="button" tabindex="0" '
            'type="button"%s><div class="q-flex qu-alignItems--center"><div class="q-text qu-dynamicFontSize--small '
            'qu-bold qu-color--gray">%s</div></div></button>' % (extra, label))


def author_row(name, credential, date, extra="", follow=True):
    initials = "".join(w[0] for w in name.split()[:2])
    return ('<div class="q-flex qu-alignItems--center qu-mb--small" style="box-sizing: border-box;">'
            '<div class="q-box qu-mr--small"><div class="q-inlineFlex qu-borderRadius--circle qu-overflow--hidden" '
            'style="width: 36px; height: 36px;"><span class="q-text qu-bold" aria-hidden="true">%s</span></div></div>'
            '<div class="q-box qu-flex--auto"><div class="q-flex qu-flexWrap--wrap qu-alignItems--baseline">'
            '<span class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray_dark"><a class="q-box '
            'qu-cursor--pointer qu-hover--textDecoration--underline" href="%s">%s</a></span>'
            '%s</div>'
            '<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-wordBreak--break-word">'
            '<span>%s</span><span aria-hidden="true">&nbsp;·&nbsp;</span><a class="q-box qu-cursor--pointer '
            'qu-hover--textDecoration--underline" href="%s">%s</a></div>%s</div></div>'
            % (initials, profile(name), esc(name),
               '<span class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-ml--tiny">&nbsp;·&nbsp;</span>'
               '<span class="q-text qu-dynamicFontSize--small qu-color--blue_dark">Follow</span>' if follow else "",
               esc(credential), "#", esc(date), extra))


def main():
    d = parse()
    url = d["url"]
    name, credential, date, views, upvotes, ncomments, shares, requested = d["answer"]
    question = d["question"]
    title = "(%s) %s's answer to %s - Quora" % (d["notif"], name, question)
    files = re.sub(r'[\\/:*?"<>|]', "_", title) + "_files"
    qurl = url.split("/answer/")[0]
    first_text = re.sub(r"\*|\[\^\d+\]", "", d["body"][0][1])
    description = "Answer (1 of 3): " + first_text[:157]

    ld = {"@context": "https://schema.org", "@type": "QAPage",
          "mainEntity": {"@type": "Question", "name": question, "text": question, "answerCount": 3,
                         "dateCreated": "2025-07-28T09:41:17.000Z",
                         "author": {"@type": "Person", "name": "Quora User"},
                         "suggestedAnswer": [{"@type": "Answer", "text": first_text[:240] + "...",
                                              "dateCreated": "2025-07-29T14:02:51.000Z", "upvoteCount": 1100,
                                              "url": url,
                                              "author": {"@type": "Person", "name": name,
                                                         "url": profile(name)}}]}}
    settings = {"cdnBase": "https://qsf.cf2.quoracdn.net/", "isLoggedIn": True, "locale": "en",
                "pageType": "answer", "qid": 171940286, "aid": 592318870,
                "experiments": {"answer_page_related_questions": "inline_v2", "ads_in_answer_feed": "b"},
                "revision": "9f1d7c2a4be85e03d61f7a9c0b4e2d8a17c53f6e"}

    head = [
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="preconnect" href="https://qsf.cf2.quoracdn.net/" crossorigin="">',
        "<title>%s</title>" % esc(title),
        '<meta name="description" content="%s">' % attr(description),
        '<meta property="og:title" content="%s">' % attr(name + "'s answer to " + question),
        '<meta property="og:description" content="%s">' % attr(description),
        '<meta property="og:type" content="article">',
        '<meta property="og:url" content="%s">' % attr(url),
        '<meta property="og:site_name" content="Quora">',
        '<meta name="twitter:card" content="summary">',
        '<link rel="canonical" href="%s">' % attr(url),
        '<link rel="alternate" hreflang="hi" href="https://hi.quora.com/">',
        '<link rel="shortcut icon" href="./%s/favicon-9e0e2f3d5c1a7b48.ico">' % attr(files),
        '<link rel="stylesheet" href="./%s/main-page.css-3c8e6a1f90d2.css">' % attr(files),
        '<link rel="stylesheet" href="./%s/answer-page.css-b71d24e5c9a0.css">' % attr(files),
        "<style>.q-box{box-sizing:border-box}.q-flex{display:flex}.qu-bold{font-weight:bold}"
        ".qu-color--gray_light{color:#939598}.qu-display--block{display:block}"
        ".qu-display--none{display:none}.spacing_log_answer_content p:last-child{margin-bottom:0}</style>",
        '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False,
                                                                      separators=(",", ":")),
        "<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {};"
        "window.ansFrontendGlobals.settings = %s;</script>" % json.dumps(settings, separators=(",", ":")),
        '<script async="" src="./%s/gtag.js"></script>' % attr(files),
    ]

    nav_items = "".join(
        '<div class="q-box"><a class="q-box qu-px--small qu-cursor--pointer" href="https://www.quora.com/%s" '
        'aria-label="%s"><span class="q-text">%s</span>%s</a></div>'
        % (path, label, label,
           '<span class="q-text qu-bg--red qu-color--white qu-borderRadius--pill qu-px--tiny">%s</span>'
           % d["notif"] if label == "Notifications" else "")
        for path, label in (("", "Home"), ("following", "Following"), ("answer", "Answer"),
                            ("spaces", "Spaces"), ("notifications", "Notifications")))
    header = ('<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom" role="banner">'
              '<div class="q-flex qu-alignItems--center qu-justifyContent--space-between">'
              '<a class="q-box qu-cursor--pointer" href="https://www.quora.com/" aria-label="Quora">'
              '<svg width="89px" height="50px" viewBox="0 0 89 50"><title>Quora</title><g><path d="M20.8,28.4 '
              'C19.6,26.1 18.2,24.1 15.6,24.1"></path></g></svg></a><nav class="q-flex" role="navigation">%s</nav>'
              '<div class="q-box qu-flex--auto"><form class="q-box" role="search"><input class="q-input '
              'qu-px--small" type="text" placeholder="Search Quora" value=""></form></div>'
              '%s<button class="q-click-wrapper qu-borderRadius--circle" role="button" aria-label="Profile">'
              '<span class="q-text qu-bold" aria-hidden="true">%s</span></button>'
              '<button class="q-click-wrapper qu-bg--red qu-color--white qu-borderRadius--pill" role="button">'
              '<span class="q-text">Add question</span></button></div></div>'
              % (nav_items, btn("Try Quora+"), "".join(w[0] for w in d["viewer"].split())))

    topics = "".join(
        '<a class="q-box qu-display--inline-block qu-borderRadius--pill qu-bg--gray_ultralight qu-mr--tiny '
        'qu-mb--tiny" href="https://www.quora.com/topic/%s"><div class="q-text qu-dynamicFontSize--small">%s'
        '</div></a>' % ("-".join(t.split()), esc(t)) for t in d["topics"])
    qblock = ('<div class="q-box qu-mb--small"><div class="q-flex qu-flexWrap--wrap">%s</div></div>'
              '<div class="q-box qu-mb--tiny"><a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" '
              'href="%s"><div class="q-text qu-dynamicFontSize--xlarge qu-bold qu-color--gray_dark_dim '
              'qu-passColorToLinks qu-lineHeight--regular qu-wordBreak--break-word"><span class="q-box '
              'qu-userSelect--text"><span>%s</span></span></div></a></div>'
              % (topics, attr(qurl), esc(question)))

    body_html = answer_body(d["body"], url, files)
    edit = para('<span style="font-style: italic;">%s</span>' % esc(d["edit"]))
    fns = "".join(
        '<div class="q-box qu-mb--tiny" id="footnote-%d" style="box-sizing: border-box;"><div class="q-text '
        'qu-dynamicFontSize--small qu-wordBreak--break-word"><span class="q-text qu-color--gray_light">[%d]'
        '</span>&nbsp;<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="%s" '
        'rel="noopener nofollow" target="_blank">%s</a></div></div>' % (n, n, attr(u), esc(t))
        for n, (u, t) in enumerate(d["fn"], 1))
    footnotes = ('<div class="q-box qu-mt--small qu-pt--small qu-borderTop" style="box-sizing: border-box;">'
                 '<div class="q-text qu-dynamicFontSize--small qu-bold qu-mb--tiny">Footnotes</div>%s</div>' % fns)
    originally = ('<div class="q-box qu-mb--small"><div class="q-text qu-dynamicFontSize--small '
                  'qu-color--gray_light"><span>Originally Answered: </span><a class="q-box qu-cursor--pointer '
                  'qu-hover--textDecoration--underline" href="https://www.quora.com/%s"><span class="q-text '
                  'qu-bold qu-color--gray_dark">%s</span></a></div></div>'
                  % (slug(d["originally"]), esc(d["originally"])))
    req = ('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">%s</div>' % esc(requested))
    stats = ('<div class="q-flex qu-alignItems--center qu-mt--small qu-color--gray_light">'
             '<div class="q-text qu-dynamicFontSize--small">%s views</div><span aria-hidden="true">&nbsp;·&nbsp;</span>'
             '<a class="q-box qu-cursor--pointer" href="#"><div class="q-text qu-dynamicFontSize--small">View upvotes'
             '</div></a><span aria-hidden="true">&nbsp;·&nbsp;</span><a class="q-box qu-cursor--pointer" href="#">'
             '<div class="q-text qu-dynamicFontSize--small">View %s shares</div></a></div>' % (views, shares))
    actions = ('<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mt--small">'
               '<div class="q-flex qu-alignItems--center">%s%s%s%s</div>%s</div>'
               % (btn("Upvote · %s" % upvotes, ' aria-label="Upvote"'), btn("", ' aria-label="Downvote"'),
                  btn(ncomments, ' aria-label="Comment"'), btn(shares, ' aria-label="Share"'),
                  btn("", ' aria-label="More"')))

    com_html = []
    for kind, (cname, cdate, ctext, cup) in d["comments"]:
        pad = "qu-pl--large" if kind == "reply" else ""
        com_html.append('<div class="q-box qu-pt--small %s" style="box-sizing: border-box;">%s'
                        '<div class="q-text qu-wordBreak--break-word qu-dynamicFontSize--small" style="direction: '
                        'ltr;"><span>%s</span></div><div class="q-flex qu-mt--tiny">%s%s</div></div>'
                        % (pad, author_row(cname, "", cdate, follow=False).replace(
                            '<span></span><span aria-hidden="true">&nbsp;·&nbsp;</span>', ""),
                           esc(ctext), btn("Upvote · %s" % cup), btn("Reply")))
    comments = ('<div class="q-box qu-mt--small qu-bg--gray_ultralight qu-px--medium qu-py--small" '
                'style="box-sizing: border-box;"><div class="q-flex qu-alignItems--center qu-mb--small">'
                '<div class="q-text qu-bold qu-dynamicFontSize--small">Comments</div><div class="q-text '
                'qu-dynamicFontSize--small qu-color--gray_light qu-ml--auto">Sort: Top</div></div>'
                '<div class="q-flex qu-alignItems--center"><input class="q-input qu-flex--auto" type="text" '
                'placeholder="Add a comment..." value="">%s</div>%s<div class="q-box qu-mt--small">%s</div></div>'
                % (btn("Add comment"), "".join(com_html), btn("View more comments")))

    answer_card = ('<div class="q-box dom_annotate_question_answer_item_0 qu-borderAll qu-borderRadius--small '
                   'qu-bg--raised qu-px--medium qu-py--medium qu-mb--small" style="box-sizing: border-box;">%s%s%s'
                   '<div class="q-box spacing_log_answer_content puppeteer_test_answer_content" style="box-sizing: '
                   'border-box;"><div class="q-text qu-wordBreak--break-word" style="box-sizing: border-box;">%s%s'
                   '</div>%s</div>%s%s%s</div>'
                   % (originally, author_row(name, credential, date), req, body_html, edit, footnotes, stats,
                      actions, comments))

    sponsor, headline, adtext, adbtn = d["ad"]
    ad = ('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-px--medium qu-py--medium '
          'qu-mb--small dom_annotate_ad_promoted_answer" style="box-sizing: border-box;"><div class="q-text '
          'qu-dynamicFontSize--small qu-color--gray_light">Sponsored by %s</div><div class="q-text qu-bold '
          'qu-dynamicFontSize--large qu-mt--tiny">%s</div><div class="q-text qu-dynamicFontSize--small '
          'qu-mt--tiny">%s</div><div class="q-flex qu-mt--small"><img class="q-image" src="./%s/ad-creative-'
          'a19f3e.jpg" alt="" width="560" height="292" loading="lazy"></div><div class="q-flex qu-mt--small">%s'
          '</div></div>' % (esc(sponsor), esc(headline), esc(adtext), attr(files), btn(adbtn)))

    related = ('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-px--medium qu-py--medium '
               'qu-mb--small" style="box-sizing: border-box;"><div class="q-text qu-bold qu-dynamicFontSize--large '
               'qu-mb--small">Related questions</div>%s<div class="q-text qu-dynamicFontSize--small '
               'qu-color--gray_light qu-mt--small">More answers below</div></div>'
               % "".join('<div class="q-box qu-py--tiny qu-borderBottom"><a class="q-box qu-cursor--pointer '
                         'qu-hover--textDecoration--underline" href="https://www.quora.com/%s"><div class="q-text '
                         'qu-dynamicFontSize--small qu-color--gray_dark">%s</div></a></div>'
                         % (slug(q), esc(q)) for q in d["related"]))

    others = []
    for oname, ocred, odate, oup, otext in d["other"]:
        others.append('<div class="q-box dom_annotate_question_answer_item_1 qu-borderAll qu-borderRadius--small '
                      'qu-bg--raised qu-px--medium qu-py--medium qu-mb--small" style="box-sizing: border-box;">%s'
                      '<div class="q-box spacing_log_answer_content" style="box-sizing: border-box;"><div class="q-text '
                      'qu-wordBreak--break-word" style="box-sizing: border-box;">%s</div></div><div class="q-flex '
                      'qu-alignItems--center qu-mt--small">%s%s</div></div>'
                      % (author_row(oname, ocred, odate), para(inline(otext, url)),
                         btn("Upvote · %s" % oup, ' aria-label="Upvote"'), btn("Share")))
    cname, cdate, ctext = d["collapsed"]
    collapsed = ('<div class="q-box dom_annotate_question_answer_item_2 qu-borderAll qu-borderRadius--small '
                 'qu-bg--raised qu-px--medium qu-py--medium qu-mb--small" style="box-sizing: border-box;">%s'
                 '<div class="q-relative qu-overflow--hidden" style="max-height: 84px;"><div class="q-text '
                 'qu-wordBreak--break-word qu-truncateLines--3"><span>%s</span><span class="q-text '
                 'qu-color--blue_dark">&nbsp;(more)</span></div></div>%s</div>'
                 % (author_row(cname, "", cdate, follow=False).replace(
                     '<span></span><span aria-hidden="true">&nbsp;·&nbsp;</span>', ""),
                    esc(ctext), btn("Continue Reading")))

    rsponsor, rhead, rtext, rbtn = d["railad"]
    rail = ('<div class="q-box qu-ml--medium" style="width: 328px; box-sizing: border-box;"><div class="q-sticky" '
            'style="top: 70px;"><div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-px--medium '
            'qu-py--medium qu-mb--small"><div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Ad by %s'
            '</div><div class="q-text qu-bold qu-mt--tiny">%s</div><div class="q-text qu-dynamicFontSize--small '
            'qu-mt--tiny">%s</div><div class="q-flex qu-mt--small">%s</div></div><div class="q-box qu-px--small">'
            '<div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light">%s</div></div></div></div>'
            % (esc(rsponsor), esc(rhead), esc(rtext), btn(rbtn),
               "".join('<a class="q-box qu-cursor--pointer" href="https://www.quora.com/%s">%s</a>'
                       '<span aria-hidden="true">&nbsp;·&nbsp;</span>' % (p, l)
                       for p, l in (("about", "About"), ("careers", "Careers"), ("about/privacy", "Privacy"),
                                    ("about/tos", "Terms"), ("contact", "Contact"),
                                    ("settings/languages", "Languages"), ("about/adchoices", "Your Ad Choices"),
                                    ("press", "Press"))) + "© Quora, Inc. 2025"))

    main_col = ('<div class="q-box puppeteer_test_answer_page_main" style="width: 606px; box-sizing: border-box;">'
                '%s%s%s%s<div class="q-text qu-bold qu-dynamicFontSize--large qu-mb--small">Other answers</div>%s%s'
                '</div>' % (qblock, answer_card, ad, related, "".join(others), collapsed))
    page = ('<div id="root"><div class="q-box">%s<div class="q-box qu-pt--huge"><div class="q-flex '
            'qu-justifyContent--center">%s%s</div></div></div></div>' % (header, main_col, rail))
    scripts = "".join('<script src="./%s/%s"></script>' % (attr(files), s) for s in
                      ("webpack-3fe7a0c1d2b4.js", "vendor-b8c12d7e3f90.js", "answer-page-5d0e9a6c1b27.js"))
    html = ("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n"
            '<html lang="en" class="q-platform--desktop"><head>%s</head>\n'
            '<body class="q-platform--desktop q-color-mode--light">%s%s'
            '<script>window.requestAnimationFrame(function(){window.ansFrontendGlobals.hydrate&&'
            'window.ansFrontendGlobals.hydrate();});</script>'
            '<iframe name="__tcfapiLocator" style="display: none;"></iframe></body></html>'
            % (len(url), url, "".join(head), page, scripts))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    main()
