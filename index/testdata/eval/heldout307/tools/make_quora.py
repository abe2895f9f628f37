#!/usr/bin/python3
"""Make docs/quora-integration-of-princely-states.html from
tools/quora-integration-of-princely-states.txt.

The file is what a browser writes for a Quora answer page (the /answer/ permalink) with
"Save Page As..." > "Webpage, HTML Only" while logged in: the server's response as it came, so
there is no "saved from url" comment, every stylesheet, script and image points at Quora's CDN by
absolute URL (nothing is saved beside the page), and the markup is Quora's server-rendered React
output written without line breaks inside the body: utility classes ("q-box", "q-text",
"qu-..."), answer paragraphs as p elements holding spans, bold lines as b elements, lists, a
quoted block, footnote marks "[1]" and a "Footnotes" list, inline scripts (early settings, a
large data script holding the answer again in Quora's JSON content format, a JSON-LD QAPage
block) and the page around the answer: header with icon-only navigation, the question link, the
author row with credential and date, "Upvoted by", views and shares, the action bar with upvote,
comment and share counts, the first comments with replies, a related answer, the right rail with
related questions, a sponsored card and the footer links.

Run: /usr/bin/python3 tools/make_quora.py [output.html]
Standard library only; the output is the same byte for byte on every run.
"""
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quora-integration-of-princely-states.txt")
OUT = os.path.join(HERE, "..", "docs", "quora-integration-of-princely-states.html")
CDN = "https://qsbr.cf2.quoracdn.net"
Q = "https://www.quora.com"

P_STYLE = "box-sizing: border-box; margin-bottom: 1em; direction: ltr;"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def read():
    meta, parts, cur = {}, {}, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or not line.strip():
                continue
            if line.startswith("=== "):
                cur = line[4:].strip()
                parts[cur] = []
                continue
            if line.startswith("@") and cur is None:
                k, _, v = line[1:].partition(" ")
                meta[k] = v
                continue
            parts[cur].append(line)
    return meta, parts


def inline(text, fn_base):
    out = esc(text)
    out = re.sub(r"\[(\d+)\]",
                 lambda m: '<sup class="q-box qu-fontSize--small"><a class="q-box qu-cursor--pointer" '
                           'href="#%s-fn-%s" id="%s-fnref-%s">[%s]</a></sup>'
                           % (fn_base, m.group(1), fn_base, m.group(1), m.group(1)), out)
    return out


def p_el(inner):
    return ('<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" '
            'style="%s"><span>%s</span></p>' % (P_STYLE, inner))


def answer_html(lines, fn_base):
    out, i, fns = [], 0, []
    while i < len(lines):
        kind, _, text = lines[i].partition(" ")
        if kind in ("UL", "OL"):
            items = []
            while i < len(lines) and lines[i].startswith(kind + " "):
                items.append(lines[i][len(kind) + 1:])
                i += 1
            tag = kind.lower()
            lis = "".join('<li class="q-relative qu-mb--tiny" style="list-style-type: %s;">'
                          '<span class="q-box">%s</span></li>'
                          % ("decimal" if tag == "ol" else "disc", inline(t, fn_base)) for t in items)
            out.append('<%s class="q-box qu-pl--medium qu-mb--small">%s</%s>' % (tag, lis, tag))
            continue
        if kind == "P":
            out.append(p_el(inline(text, fn_base)))
        elif kind == "H":
            out.append(p_el('<b class="q-inline">%s</b>' % inline(text, fn_base)))
        elif kind == "BQ":
            out.append('<blockquote class="q-box qu-borderLeft qu-borderColor--gray qu-pl--small '
                       'qu-color--gray_light" style="border-left-width: 3px;">%s</blockquote>'
                       % p_el(inline(text, fn_base)))
        elif kind == "ED":
            out.append(p_el('<i class="q-inline">%s</i>' % inline(text, fn_base)))
        elif kind == "FN":
            fns.append(text)
        i += 1
    if fns:
        lis = "".join('<li class="q-relative qu-mb--tiny" id="%s-fn-%d"><a class="q-box qu-cursor--pointer" '
                      'href="#%s-fnref-%d">[%d]</a> <span class="q-box">%s</span></li>'
                      % (fn_base, n, fn_base, n, n, esc(t)) for n, t in enumerate(fns, 1))
        out.append('<div class="q-box qu-borderTop qu-pt--small qu-mt--small">'
                   '<div class="q-text qu-bold qu-fontSize--small qu-color--gray">Footnotes</div>'
                   '<ol class="q-box qu-pl--medium qu-fontSize--small" style="list-style: none;">%s</ol></div>'
                   % lis)
    return "".join(out)


def content_json(lines):
    """The answer again, in Quora's JSON content format, as the page's data script holds it."""
    sections = []
    for line in lines:
        kind, _, text = line.partition(" ")
        spans = [{"text": re.sub(r"\[\d+\]", "", text), "modifiers": {}}]
        if kind == "H":
            spans[0]["modifiers"] = {"bold": True}
        if kind == "ED":
            spans[0]["modifiers"] = {"italic": True}
        typ = {"UL": "unordered-list", "OL": "ordered-list"}.get(kind, "plain")
        if kind == "FN":
            continue
        sections.append({"type": typ, "indent": 0, "quoted": kind == "BQ", "spans": spans})
    return json.dumps({"sections": sections}, ensure_ascii=False, separators=(",", ":"))


def plain(lines):
    return "\n".join(re.sub(r"\[\d+\]", "", l.partition(" ")[2]) for l in lines
                     if not l.startswith("FN "))


def icon(name):
    return ('<span class="q-inlineFlex qu-alignItems--center" name="%s"><svg width="24" height="24" '
            'viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g class="icon_svg-stroke" '
            'stroke="#666" stroke-width="1.5" fill="none" fill-rule="evenodd"></g></svg></span>' % name)


def avatar(name, size, seed):
    h = hashlib.md5(name.encode("utf-8")).hexdigest()
    return ('<div class="q-box qu-display--inline-block" style="width: %dpx; height: %dpx;">'
            '<img class="q-image qu-display--block qu-borderRadius--circle" '
            'src="https://qph.cf2.quoracdn.net/main-thumb-%d-%d-%s.jpeg" alt="Profile photo for %s" '
            'width="%d" height="%d"></div>' % (size, size, 1000000 + seed * 7919, size * 2, h[:32],
                                               attr(name), size, size))


def comment_html(c, reply, idx):
    name, cred, age, ups, text = [x.strip() for x in c.split(" | ", 4)]
    slug = name.replace(" ", "-").replace(".", "")
    pad = "qu-pl--large" if reply else ""
    author_badge = ('<span class="q-text qu-color--blue_dark qu-fontSize--small qu-ml--tiny">'
                    '(Author)</span>' if cred == "Author" else
                    '<span class="q-text qu-color--gray qu-fontSize--small">%s</span>' % esc(cred))
    return ('<div class="q-box qu-pt--small qu-pb--small %s" id="comment-%d">'
            '<div class="q-flex qu-alignItems--flex-start">%s'
            '<div class="q-box qu-ml--small qu-flex--auto"><div class="q-flex qu-alignItems--center">'
            '<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="%s/profile/%s">'
            '<span class="q-text qu-bold">%s</span></a>'
            '<span class="q-text qu-color--gray qu-mx--tiny">\u00b7</span>%s'
            '<span class="q-text qu-color--gray qu-mx--tiny">\u00b7</span>'
            '<span class="q-text qu-color--gray qu-fontSize--small">%s</span></div>'
            '<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text">'
            '<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" '
            'style="box-sizing: border-box; direction: ltr;"><span>%s</span></p></span></div>'
            '<div class="q-flex qu-alignItems--center qu-mt--tiny">'
            '<button class="q-click-wrapper qu-active--textDecoration--none" aria-label="Upvote" '
            'role="button">%s<span class="q-text qu-ml--tiny qu-color--gray">%s</span></button>'
            '<button class="q-click-wrapper" aria-label="Downvote" role="button">%s</button>'
            '<button class="q-click-wrapper qu-ml--small" role="button">'
            '<span class="q-text qu-color--gray qu-bold">Reply</span></button>'
            '<button class="q-click-wrapper qu-ml--auto" aria-label="More options" role="button">%s'
            '</button></div></div></div></div>'
            % (pad, idx, avatar(name, 28, 40 + idx), Q, slug, esc(name), author_badge, esc(age),
               esc(text), icon("Upvote"), esc(ups), icon("Downvote"), icon("Overflow")))


def build(out_path):
    meta, parts = read()
    qurl = "%s/%s" % (Q, meta["qslug"])
    aurl = "%s/answer/%s" % (qurl, meta["aslug"])
    title = "%s's answer to %s - Quora" % (meta["author"], meta["question"])
    ans = parts["answer"]
    first = ans[0].partition(" ")[2]
    desc = first[:155].rsplit(" ", 1)[0] + "..."
    fn_base = "ans" + meta["aid"]

    head = []
    head.append('<!DOCTYPE html><html lang="en" class="" style="background-color: rgb(241, 242, 242);">')
    head.append('<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
                'initial-scale=1"><title>%s</title>' % esc(title))
    head.append('<meta name="description" content="%s">' % attr(desc))
    head.append('<meta property="og:title" content="%s">' % attr(title))
    head.append('<meta property="og:description" content="%s">' % attr(desc))
    head.append('<meta property="og:url" content="%s">' % attr(aurl))
    head.append('<meta property="og:type" content="article"><meta property="og:site_name" content="Quora">')
    head.append('<meta property="og:image" content="%s/-4-images.logo.wordmark_default.svg-26-32753849bf197b54.svg">' % CDN)
    head.append('<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@Quora">')
    head.append('<meta name="apple-itunes-app" content="app-id=456034437, app-argument=%s">' % attr(aurl))
    head.append('<meta name="robots" content="max-image-preview:large">')
    head.append('<link rel="canonical" href="%s">' % attr(aurl))
    head.append('<link rel="alternate" hreflang="x-default" href="%s">' % attr(aurl))
    head.append('<link rel="icon" href="%s/-4-images.favicon-new.ico-26-07ecf7cd341b6919.ico">' % CDN)
    head.append('<link rel="apple-touch-icon" href="%s/-4-images.touch-icon-120.png-26-bd5a4a2b34e8ae2a.png">' % CDN)
    for css in ("-4-ans_frontend-assets.bundle.CssModuleManager-26-2f1d3b2a6c3e43f6.css",
                "-4-ans_frontend-relay-component-answer-page-26-9c07e1f0aa6d2b51.css",
                "-4-ans_frontend-assets.fonts.q-serif-26-0b93a6f2f8d5c1e4.css"):
        head.append('<link rel="stylesheet" href="%s/%s">' % (CDN, css))
    head.append('<link rel="preconnect" href="https://qph.cf2.quoracdn.net">'
                '<link rel="dns-prefetch" href="https://qph.cf2.quoracdn.net">')
    early = {"lang": "en", "deviceType": "desktop", "isLoggedIn": True, "viewerUid": 1930482277,
             "pageName": "answer", "qid": int(meta["qid"]), "aid": int(meta["aid"]),
             "experiments": {"ans_web_related_rail": "control", "comment_autoexpand": "test_2"},
             "revision": "f3c29b8e4d1a7c6b5e0d2a9f8c7b6a5d4e3f2a1b", "cdn": CDN}
    head.append('<script nonce="Wk3pR7yX0aQ2bN5c">window.ansFrontendGlobals = window.ansFrontendGlobals '
                '|| {}; window.ansFrontendGlobals.earlySettings = %s;</script>'
                % json.dumps(early, sort_keys=True, separators=(",", ":")))
    ld = {"@context": "https://schema.org", "@type": "QAPage",
          "mainEntity": {"@type": "Question", "name": meta["question"], "text": meta["question"],
                         "answerCount": 9, "dateCreated": "2023-08-11T09:03:51Z",
                         "author": {"@type": "Person", "name": "Quora User"},
                         "suggestedAnswer": [{"@type": "Answer", "text": plain(ans),
                                              "dateCreated": meta["created"],
                                              "dateModified": meta["modified"],
                                              "upvoteCount": 2100, "url": aurl,
                                              "author": {"@type": "Person", "name": meta["author"],
                                                         "url": "%s/profile/%s" % (Q, meta["aslug"])}}]}}
    head.append('<script type="application/ld+json">%s</script>'
                % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    head.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XQ1WZ1Y8F"></script>')
    head.append('<script nonce="Wk3pR7yX0aQ2bN5c">window.dataLayer = window.dataLayer || []; '
                'function gtag(){dataLayer.push(arguments);} gtag("js", new Date()); '
                'gtag("config", "G-7XQ1WZ1Y8F", {"send_page_view": false});</script>')
    head.append('</head>')

    b = []
    b.append('<body class="q-platform--desktop q-color-mode--light" style="margin: 0px;">'
             '<div id="root"><div class="q-box">')
    # header
    b.append('<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom" '
             'style="box-shadow: rgba(0, 0, 0, 0.04) 0px 3px 5px; top: 0px;">'
             '<div class="q-flex qu-alignItems--center qu-justifyContent--space-between" '
             'style="max-width: 1100px; margin: 0 auto; height: 50px;">'
             '<a class="q-box qu-display--block" href="%s/" aria-label="Quora home">'
             '<img src="%s/-4-images.logo.wordmark_default.svg-26-32753849bf197b54.svg" alt="Quora" '
             'width="89" height="50"></a><div class="q-flex qu-alignItems--center" role="navigation">'
             % (Q, CDN))
    for label, href in (("Home", "/"), ("Following", "/following"), ("Answer", "/answer"),
                        ("Spaces", "/spaces"), ("Notifications", "/notifications")):
        b.append('<a class="q-box qu-display--flex qu-px--medium" href="%s%s" aria-label="%s">%s</a>'
                 % (Q, href, label, icon(label)))
    b.append('<span class="q-text qu-bg--red qu-color--white qu-borderRadius--pill qu-fontSize--xsmall" '
             'style="padding: 0 5px;">2</span></div>'
             '<div class="q-box qu-flex--auto qu-mx--small"><form class="q-box" role="search" '
             'action="%s/search" method="get"><input class="q-input qu-bg--gray_ultralight '
             'qu-borderRadius--small" type="text" name="q" placeholder="Search Quora" value="" '
             'autocomplete="off" style="width: 100%%;"></form></div>'
             '<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill qu-px--medium" '
             'role="button"><div class="q-text qu-medium">Try Quora+</div></button>'
             '<a class="q-box qu-ml--small" href="%s/profile/%s" aria-label="Your profile">%s</a>'
             '<button class="q-click-wrapper qu-bg--red qu-color--white qu-borderRadius--pill '
             'qu-px--medium qu-ml--small" role="button"><div class="q-text qu-medium">Add question'
             '</div></button></div></div>'
             % (Q, Q, meta["me"].replace(" ", "-"), avatar(meta["me"], 24, 7)))
    # layout
    b.append('<div class="q-flex qu-justifyContent--center" style="padding-top: 62px;">'
             '<div class="q-box qu-mr--large" style="width: 602px;" id="mainContent">')
    b.append('<div class="q-box qu-bg--raised qu-borderAll qu-borderRadius--small qu-mb--small">'
             '<div class="q-box qu-px--medium qu-pt--medium">')
    # question link
    b.append('<div class="q-box qu-mb--small"><a class="q-box qu-cursor--pointer '
             'qu-hover--textDecoration--underline" href="%s"><div class="q-text puppeteer_test_question_title" '
             'style="font-size: 21px; line-height: 1.4; font-weight: bold;"><span class="q-box '
             'qu-userSelect--text"><span>%s</span></span></div></a></div>' % (attr(qurl), esc(meta["question"])))
    # author row
    b.append('<div class="q-flex qu-alignItems--center qu-mb--small">%s<div class="q-box qu-ml--small">'
             '<div class="q-flex qu-alignItems--center"><a class="q-box qu-cursor--pointer '
             'qu-hover--textDecoration--underline" href="%s/profile/%s"><span class="q-text qu-bold">%s'
             '</span></a><span class="q-text qu-color--gray qu-mx--tiny">\u00b7</span>'
             '<button class="q-click-wrapper" role="button"><span class="q-text qu-color--blue_dark '
             'qu-bold">Follow</span></button></div><div class="q-text qu-color--gray qu-fontSize--small">'
             '<span class="q-box">%s</span><span class="q-text qu-mx--tiny">\u00b7</span>'
             '<a class="q-box qu-color--gray qu-hover--textDecoration--underline" href="%s">%s</a>'
             '</div></div></div>'
             % (avatar(meta["author"], 36, 3), Q, meta["aslug"], esc(meta["author"]), esc(meta["cred"]),
                attr(aurl), esc(meta["date"])))
    b.append('<div class="q-flex qu-alignItems--center qu-mb--small qu-fontSize--small">'
             '<span class="q-text qu-color--gray">Upvoted by</span>%s<div class="q-box qu-ml--tiny">'
             '<a class="q-box qu-bold" href="%s/profile/%s">%s</a><span class="q-text qu-color--gray">, %s'
             '</span></div></div>'
             % (avatar(meta["upvotedby"], 18, 11), Q, meta["upvotedby"].replace(" ", "-"),
                esc(meta["upvotedby"]), esc(meta["upvotedcred"])))
    # the answer
    b.append('<div class="q-box spacing_log_answer_content puppeteer_test_answer_content" '
             'style="cursor: text;"><div class="q-relative spacing_log_answer_content">'
             '<div class="q-text qu-wordBreak--break-word" style="font-size: 15px; line-height: 1.6;">'
             '<span class="q-box qu-userSelect--text">%s</span></div></div></div>'
             % answer_html(ans, fn_base))
    b.append('<div class="q-text qu-color--gray qu-fontSize--small qu-mt--small qu-mb--small">'
             '<span>%s</span><span class="q-text qu-mx--tiny">\u00b7</span>'
             '<a class="q-box qu-color--gray qu-hover--textDecoration--underline" href="%s/log/upvotes">'
             'View upvotes</a><span class="q-text qu-mx--tiny">\u00b7</span>'
             '<a class="q-box qu-color--gray qu-hover--textDecoration--underline" href="%s/log/shares">'
             'View %s shares</a></div>' % (esc(meta["views"]), attr(aurl), attr(aurl), esc(meta["shares"])))
    b.append('</div>')
    # action bar
    b.append('<div class="q-flex qu-alignItems--center qu-px--medium qu-py--small qu-borderTop">'
             '<div class="q-flex qu-bg--gray_ultralight qu-borderRadius--pill">'
             '<button class="q-click-wrapper qu-px--small" aria-label="Upvote" aria-pressed="false" '
             'role="button">%s<span class="q-text qu-ml--tiny qu-medium">Upvote</span>'
             '<span class="q-text qu-mx--tiny">\u00b7</span><span class="q-text qu-medium">%s</span>'
             '</button><button class="q-click-wrapper qu-px--small qu-borderLeft" aria-label="Downvote" '
             'role="button">%s</button></div>'
             '<button class="q-click-wrapper qu-ml--small" aria-label="Comment" role="button">%s'
             '<span class="q-text qu-ml--tiny qu-color--gray">%s</span></button>'
             '<button class="q-click-wrapper qu-ml--small" aria-label="Share" role="button">%s'
             '<span class="q-text qu-ml--tiny qu-color--gray">%s</span></button>'
             '<button class="q-click-wrapper qu-ml--auto" aria-label="More options" role="button">%s'
             '</button></div>'
             % (icon("Upvote"), esc(meta["upvotes"]), icon("Downvote"), icon("Comment"),
                esc(meta["ncomments"]), icon("Share"), esc(meta["shares"]), icon("Overflow")))
    # comments
    b.append('<div class="q-box qu-bg--gray_ultralight qu-px--medium qu-py--small" id="comments">'
             '<div class="q-flex qu-alignItems--center qu-mb--small">%s<div class="q-box qu-flex--auto '
             'qu-mx--small"><input class="q-input qu-borderAll qu-borderRadius--pill" type="text" '
             'placeholder="Add a comment..." value=""></div><button class="q-click-wrapper qu-bg--blue '
             'qu-color--white qu-borderRadius--pill qu-px--medium" role="button"><div class="q-text '
             'qu-medium">Add comment</div></button></div>'
             '<div class="q-flex qu-alignItems--center qu-mb--tiny"><span class="q-text qu-bold '
             'qu-fontSize--small">Sort</span><button class="q-click-wrapper qu-ml--tiny" role="button">'
             '<span class="q-text qu-fontSize--small qu-color--gray">Top</span></button></div>'
             % avatar(meta["me"], 28, 7))
    idx = 0
    for line in parts["comments"]:
        kind, _, rest = line.partition(" ")
        idx += 1
        b.append(comment_html(rest, kind == "R", idx))
    b.append('<button class="q-click-wrapper qu-fullX qu-borderAll qu-borderRadius--pill qu-mt--small" '
             'role="button"><div class="q-text qu-medium qu-color--gray">View more comments</div>'
             '</button></div>')
    b.append('</div>')
    # related answer card
    ra = {}
    ra_text = []
    for line in parts["relatedanswer"]:
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            ra[k] = v
        else:
            ra_text.append(line)
    b.append('<div class="q-box qu-bg--raised qu-borderAll qu-borderRadius--small qu-mb--small '
             'qu-px--medium qu-py--medium"><div class="q-text qu-color--gray qu-fontSize--small '
             'qu-mb--tiny">Related</div><a class="q-box qu-hover--textDecoration--underline" href="%s/%s">'
             '<div class="q-text qu-bold" style="font-size: 17px;"><span>%s</span></div></a>'
             '<div class="q-flex qu-alignItems--center qu-my--small">%s<div class="q-box qu-ml--small">'
             '<span class="q-text qu-bold">%s</span><div class="q-text qu-color--gray qu-fontSize--small">'
             '%s<span class="q-text qu-mx--tiny">\u00b7</span>%s</div></div></div>'
             '<div class="q-box"><div class="q-text qu-wordBreak--break-word"><span class="q-box '
             'qu-userSelect--text">%s</span></div></div>'
             '<div class="q-text qu-color--blue_dark qu-medium qu-mt--tiny">Continue Reading</div></div>'
             % (Q, re.sub(r"[^A-Za-z0-9]+", "-", ra["rq"]).strip("-"), esc(ra["rq"]),
                avatar(ra["rauthor"], 36, 21), esc(ra["rauthor"]), esc(ra["rcred"]), esc(ra["rdate"]),
                "".join(p_el(esc(t.partition(" ")[2])) for t in ra_text)))
    b.append('</div>')
    # right rail
    b.append('<div class="q-box" style="width: 368px;" id="rightRail">'
             '<div class="q-box qu-bg--raised qu-borderAll qu-borderRadius--small qu-mb--small">'
             '<div class="q-text qu-bold qu-px--medium qu-py--small qu-borderBottom">Related questions</div>'
             '<div class="q-box qu-px--medium qu-pb--small">')
    for rq in parts["related"]:
        b.append('<div class="q-box qu-pt--small"><a class="q-box qu-cursor--pointer qu-color--blue_dark '
                 'qu-hover--textDecoration--underline" href="%s/%s"><div class="q-text"><span>%s</span>'
                 '</div></a></div>' % (Q, re.sub(r"[^A-Za-z0-9]+", "-", rq).strip("-"), esc(rq)))
    b.append('<div class="q-box qu-pt--small"><a class="q-box qu-color--gray qu-hover--textDecoration--underline" '
             'href="%s/related-questions?qid=%s"><div class="q-text qu-medium">More related questions</div>'
             '</a></div></div></div>' % (Q, meta["qid"]))
    ad = {}
    for line in parts["ad"]:
        k, _, v = line[1:].partition(" ")
        ad[k] = v
    b.append('<div class="q-box qu-bg--raised qu-borderAll qu-borderRadius--small qu-mb--small '
             'qu-px--medium qu-py--small" data-ad-unit="rail"><div class="q-flex qu-alignItems--center">'
             '<span class="q-text qu-color--gray qu-fontSize--small">Sponsored by %s</span></div>'
             '<div class="q-text qu-bold qu-mt--tiny"><span>%s</span></div>'
             '<div class="q-text qu-mt--tiny"><span>%s</span></div>'
             '<a class="q-box qu-borderAll qu-borderRadius--pill qu-mt--small qu-px--medium" '
             'href="https://ads.quora.com/click?adid=9f31c2&amp;dest=testbook.com" rel="noopener nofollow">'
             '<div class="q-text qu-medium">Learn more</div></a></div>'
             % (esc(ad["adby"]), esc(ad["adtitle"]), esc(ad["adtext"])))
    links = ["About", "Careers", "Terms", "Privacy", "Acceptable Use", "Advertise", "Press",
             "Your Ad Choices", "Grievance Officer"]
    b.append('<div class="q-box qu-px--small qu-fontSize--small qu-color--gray">%s'
             '<span class="q-text"> \u00a9 Quora, Inc. 2025</span></div>'
             % '<span class="q-text qu-mx--tiny">\u00b7</span>'.join(
                 '<a class="q-box qu-display--inline qu-color--gray" href="%s/about/%s">%s</a>'
                 % (Q, l.lower().replace(" ", "_"), esc(l)) for l in links))
    b.append('</div></div></div></div>')
    # data script and loaders at the end of the body
    data = {"data": {"answer": {"aid": int(meta["aid"]), "id": "QW5zd2VyQDA6" + meta["aid"],
                                "content": content_json(ans), "numViews": 18412, "numUpvotes": 2104,
                                "numShares": int(meta["shares"]), "numDisplayComments": int(meta["ncomments"]),
                                "creationTime": 1692033729000000, "updatedTime": 1762065697000000,
                                "author": {"uid": 2304518811, "names": [{"givenName": "Kavya",
                                                                          "familyName": "Raghunathan"}],
                                           "profileUrl": "/profile/" + meta["aslug"]},
                                "question": {"qid": int(meta["qid"]), "url": "/" + meta["qslug"],
                                             "title": json.dumps({"sections": [{"type": "plain", "indent": 0,
                                                                               "quoted": False, "spans": [
                                                                                   {"text": meta["question"],
                                                                                    "modifiers": {}}]}]},
                                                                 separators=(",", ":"))}}}}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    b.append('<script type="text/javascript" nonce="Wk3pR7yX0aQ2bN5c">window.ansFrontendGlobals.data '
             '= window.ansFrontendGlobals.data || []; window.ansFrontendGlobals.data.push(%s);</script>'
             % json.dumps(blob, ensure_ascii=False).replace("</", "<\\/"))
    for js in ("-4-ans_frontend-assets.runtime-26-4f0b8a1d2c3e5f67.js",
               "-4-ans_frontend-assets.vendor-26-a1b2c3d4e5f60718.js",
               "-4-ans_frontend-relay-component-answer-page-26-7d8e9f0a1b2c3d4e.js"):
        b.append('<script src="%s/%s" crossorigin="anonymous" async=""></script>' % (CDN, js))
    b.append('</body></html>')
    text = "\n".join(head) + "\n" + "".join(b) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
