#!/usr/bin/python3
"""Re-make docs/bhopal-night-pithampur-quora.html from tools/bhopal-night-pithampur-quora.txt.

The file imitates a Quora question page with one answer open, saved from Chrome with
"Save page as... > Webpage, Complete" in July 2025: the "saved from url" comment, the
" - Quora" title, Open Graph and description metas, the QAPage JSON-LD (which repeats the
answer text inside a script), stylesheet and script links into the "..._files" folder that
Chrome makes (the set does not hold it), and the React DOM as serialised by Chrome: q-box /
q-text / qu-* utility classes with inline "box-sizing: border-box" styles, the site header
(Home, Following, Answer, Spaces, Notifications, "Search Quora", "Try Quora+", "Add question"),
the question title, "All related (N)" with its sort control, the open answer with the author
line (name, Follow, credential, "Updated ..."), its paragraphs, bold lines used as headings,
bulleted and numbered lists and a quote block, the Upvote / comment / share bar, a sponsored
card, three collapsed answers cut off with "(more)", the "Related questions" box, the
"Spaces to follow" sidebar and the footer links.

Usage: make_quora.py [OUT]   (default: ../docs/bhopal-night-pithampur-quora.html)
Standard library only; deterministic.
"""
import json
import os
import re
import sys
from html import escape as _esc

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhopal-night-pithampur-quora.txt")
OUT = os.path.join(HERE, "..", "docs", "bhopal-night-pithampur-quora.html")

BB = 'style="box-sizing: border-box;"'


def esc(s):
    return _esc(s, quote=False).replace("\u00a0", "&nbsp;")


def attr(s):
    return _esc(s, quote=True).replace("&#x27;", "'")


def parse(src):
    meta, body, others, related, spaces = {}, [], [], [], []
    for line in src.rstrip("\n").split("\n"):
        m = re.match(r"@(\w+) (.*)", line)
        if m:
            k, v = m.group(1), m.group(2)
            if k == "other":
                others.append([x.strip() for x in v.split(" | ")])
            elif k == "related":
                related.append(v)
            elif k == "space":
                spaces.append([x.strip() for x in v.split(" | ")])
            else:
                meta[k] = v
            continue
        if line.startswith("## "):
            body.append(("h", line[3:]))
        elif line.startswith("- "):
            if body and body[-1][0] == "ul":
                body[-1][1].append(line[2:])
            else:
                body.append(("ul", [line[2:]]))
        elif line.startswith("1. "):
            if body and body[-1][0] == "ol":
                body[-1][1].append(line[3:])
            else:
                body.append(("ol", [line[3:]]))
        elif line.startswith("> "):
            body.append(("quote", line[2:]))
        elif line.strip():
            body.append(("p", line))
    return meta, body, others, related, spaces


def inline(s):
    out, pos = [], 0
    for m in re.finditer(r"\*(.+?)\*", s):
        out.append(esc(s[pos:m.start()]))
        out.append('<span style="font-style: italic;">%s</span>' % esc(m.group(1)))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


P = ('<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" '
     'style="box-sizing: border-box; margin-bottom: 1em; overflow-wrap: break-word; word-break: break-word; '
     'text-align: start; direction: ltr;">')


def answer_html(body):
    out = []
    for kind, v in body:
        if kind == "p":
            out.append(P + "<span>" + inline(v) + "</span></p>")
        elif kind == "h":
            out.append(P + '<span style="font-weight: bold;">' + inline(v) + "</span></p>")
        elif kind in ("ul", "ol"):
            style = "disc" if kind == "ul" else "decimal"
            items = "".join('<li class="q-relative" style="box-sizing: border-box; position: relative; '
                            'list-style-type: %s;"><span>%s</span></li>' % (style, inline(i)) for i in v)
            out.append('<%s class="q-box" style="box-sizing: border-box; margin: 0px 0px 1em; '
                       'padding-left: 1.5em;">%s</%s>' % (kind, items, kind))
        elif kind == "quote":
            out.append('<blockquote class="q-box qu-pl--medium qu-mb--medium" style="box-sizing: border-box; '
                       'border-left: 3px solid rgb(222, 224, 225); margin: 0px 0px 1em; padding-left: 12px; '
                       'color: rgb(99, 100, 102);">' + P + "<span>" + inline(v) + "</span></p></blockquote>")
    return "".join(out)


def plain(body):
    parts = []
    for kind, v in body:
        if kind in ("ul", "ol"):
            parts.extend(re.sub(r"\*(.+?)\*", r"\1", i) for i in v)
        else:
            parts.append(re.sub(r"\*(.+?)\*", r"\1", v))
    return "\n".join(parts)


ICON = ('<svg width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">'
        '<path d="%s" class="icon_svg-stroke" stroke="#666" stroke-width="1.5" fill="none" '
        'stroke-linecap="round" stroke-linejoin="round"></path></svg>')
ICONS = {
    "home": "M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z",
    "following": "M4 5h16v14H4zM8 9h8M8 13h5",
    "answer": "M4 20l4-1 11-11-3-3L5 16z",
    "spaces": "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z",
    "bell": "M6 17h12l-2-3V10a4 4 0 0 0-8 0v4z M10 20h4",
    "upvote": "M12 4 3 15h6v5h6v-5h6z",
    "downvote": "m12 20 9-11h-6V4H9v5H3z",
    "comment": "M12.071 18.86c4.103 0 7.429-3.102 7.429-6.93C19.5 8.103 16.174 5 12.071 5s-7.429 3.103-7.429 6.93c0 1.291.379 2.5 1.037 3.534.32.501-.68 3.058 0 3.397.68.338 3.04-.767 3.547-.495a7.722 7.722 0 0 0 2.845.494z",
    "share": "M12 4v11M7 9l5-5 5 5M5 14v6h14v-6",
    "more": "M5 12h.01M12 12h.01M19 12h.01",
}


def icon(name):
    return ('<div class="q-inlineFlex qu-alignItems--center qu-justifyContent--center" style="box-sizing: border-box; '
            'display: inline-flex; align-items: center; justify-content: center; width: 20px; height: 20px;"><span '
            'class="CssComponent__CssInlineComponent-sc-1oskqb9-1 Icon___StyledCssInlineComponent-sc-11tmcw7-0 '
            'dGokSR" name="%s" style="box-sizing: border-box;">%s</span></div>' % (name.capitalize(), ICON % ICONS[name]))


def count_button(label, n, name):
    inner = ('<div class="q-flex qu-alignItems--center" %s>%s<span class="q-text qu-dynamicFontSize--small '
             'qu-medium qu-color--gray" style="box-sizing: border-box; padding-left: 4px;">%s</span>%s</div>'
             % (BB, icon(name), esc(label), (
                 '<span class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s> · </span>'
                 '<span class="q-text qu-dynamicFontSize--small qu-medium qu-color--gray" %s>%s</span>'
                 % (BB, BB, esc(n))) if n else ""))
    return ('<button class="q-click-wrapper qu-active--textDecoration--none qu-focus--textDecoration--none '
            'ClickWrapper___StyledClickWrapperBox-zoqi4f-0 iyYUZT base___StyledClickWrapper-lx6eke-1 laIUvT   '
            'qu-borderRadius--pill qu-tapHighlight--white qu-cursor--pointer qu-hover--bg--darken" '
            'style="box-sizing: border-box; font: inherit; background: none; border: 0px; padding: 0px 8px;" '
            'tabindex="0" aria-label="%s">%s</button>' % (attr(label), inner))


def action_bar(up, comments, shares):
    parts = ['<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mt--small" %s>' % BB,
             '<div class="q-flex qu-alignItems--center" %s>' % BB,
             '<div class="q-flex qu-borderRadius--pill qu-bg--gray_ultralight" %s>' % BB,
             count_button("Upvote", up, "upvote"),
             '<button class="q-click-wrapper qu-cursor--pointer" %s aria-label="Downvote">%s</button></div>'
             % (BB, icon("downvote")),
             '<button class="q-click-wrapper qu-cursor--pointer qu-ml--tiny" %s aria-label="Comment">%s'
             '<span class="q-text qu-dynamicFontSize--small qu-color--gray" %s>%s</span></button>'
             % (BB, icon("comment"), BB, esc(comments)),
             '<button class="q-click-wrapper qu-cursor--pointer qu-ml--tiny" %s aria-label="Share">%s'
             '<span class="q-text qu-dynamicFontSize--small qu-color--gray" %s>%s</span></button>'
             % (BB, icon("share"), BB, esc(shares)),
             '</div><button class="q-click-wrapper qu-cursor--pointer" %s aria-label="More">%s</button></div>'
             % (BB, icon("more"))]
    return "".join(parts)


def avatar(name, slug, size=36):
    return ('<a class="q-box qu-display--block qu-cursor--pointer qu-hover--textDecoration--underline" '
            'href="https://www.quora.com/profile/%s" style="box-sizing: border-box; display: block;">'
            '<div class="q-inlineBlock qu-borderRadius--circle qu-overflow--hidden" style="box-sizing: border-box; '
            'display: inline-block; width: %dpx; height: %dpx;"><img class="q-image qu-display--block" '
            'src="./%s/main-thumb-%s-%d-%s.jpeg" alt="Profile photo for %s" style="box-sizing: border-box; '
            'width: %dpx; height: %dpx;"></div></a>'
            % (attr(slug), size, size, attr(FILES), attr(slug.lower()), size * 2,
               "%08x" % (sum(ord(c) * (i + 7) for i, c in enumerate(slug)) * 2654435761 % 2 ** 32),
               attr(name), size, size))


FILES = ""


def page(meta, body, others, related, spaces):
    global FILES
    title = meta["question"] + " - Quora"
    FILES = re.sub(r'[\\/:*?"<>|]', "_", title) + "_files"
    url = meta["url"]
    first = plain(body).split("\n")[0]
    desc = "Answer (1 of %s): %s" % (meta["answers"], first)
    if len(desc) > 300:
        desc = desc[:297].rsplit(" ", 1)[0] + " ..."
    ld = {"@context": "https://schema.org", "@type": "QAPage",
          "mainEntity": {"@type": "Question", "name": meta["question"], "text": meta["question"],
                         "answerCount": int(meta["answers"]), "dateCreated": "2025-01-04T05:12:48.000Z",
                         "suggestedAnswer": [{"@type": "Answer", "text": plain(body),
                                              "dateCreated": "2025-01-05T17:40:11.000Z",
                                              "dateModified": "2025-07-03T09:02:37.000Z",
                                              "upvoteCount": 2412, "url": url + "/answer/" + meta["authorslug"],
                                              "author": {"@type": "Person", "name": meta["author"],
                                                         "url": "https://www.quora.com/profile/" + meta["authorslug"]}}]}}
    h = []
    h.append("<!DOCTYPE html>\n")
    h.append("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    h.append('<html lang="en" class="qu-bg--white" style="--vh: 8.05px;"><head><meta http-equiv="Content-Type" '
             'content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append("<title>%s</title>" % esc(title))
    h.append('<link rel="canonical" href="%s">' % attr(url))
    h.append('<meta name="description" content="%s">' % attr(desc))
    h.append('<meta property="og:title" content="%s">' % attr(title))
    h.append('<meta property="og:url" content="%s">' % attr(url))
    h.append('<meta property="og:description" content="%s">' % attr(desc))
    h.append('<meta property="og:image" content="https://qsf.cf2.quoracdn.net/-4-images.logo.qlogo_og.png-26-1e0a85d4df3b1d50.png">')
    h.append('<meta property="og:site_name" content="Quora"><meta property="og:type" content="website">')
    h.append('<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@quora">')
    h.append('<meta name="apple-itunes-app" content="app-id=456034437">')
    h.append('<link rel="apple-touch-icon" href="./%s/-4-images.favicon_apple-touch-icon.png-26-34bb5b5cc8f93b11.png">' % attr(FILES))
    h.append('<link rel="icon" href="./%s/-4-images.favicon-26-ae77b637b1e7ed2c.ico">' % attr(FILES))
    for css in ("main-18d2b2c1a4ed1c90.css", "page-QuestionPageLoadable-4c9b1f0e27b9a3d6.css"):
        h.append('<link rel="stylesheet" href="./%s/%s">' % (attr(FILES), css))
    h.append('<style type="text/css">.q-box{box-sizing:border-box}.q-text{font-family:-apple-system,'
             'BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif}'
             '.qu-dynamicFontSize--regular{font-size:15px;line-height:1.4}.qu-dynamicFontSize--small{font-size:13px}'
             '.qu-bold{font-weight:700}.qu-color--gray_dark{color:#282829}.qu-color--gray_light{color:#939598}'
             '.qu-truncateLines--3{-webkit-line-clamp:3;display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}'
             '.qu-display--none{display:none}</style>')
    h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False).replace("</", "<\\/"))
    for js in ("webpack-runtime-2b9f4c0cf1b1e3de.js", "vendor-8f0e7b0a7b1b8f3c.js", "main-6f0c2a4b9e1d7c55.js",
               "page-QuestionPageLoadable-0a7d4f1e9b2c3a88.js"):
        h.append('<script type="text/javascript" async="" src="./%s/%s"></script>' % (attr(FILES), js))
    h.append("</head>")
    h.append('<body class="q-platform--desktop q-color-mode--light"><div id="root"><div class="q-box" %s>' % BB)
    # header
    h.append('<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom" style="box-sizing: border-box; '
             'position: fixed; top: 0px; left: 0px; right: 0px;"><div class="q-flex qu-alignItems--center '
             'qu-justifyContent--center" style="box-sizing: border-box; display: flex; height: 50px;">')
    h.append('<a class="q-box qu-display--block" href="https://www.quora.com/" aria-label="Quora" %s>'
             '<span class="CssComponent__CssInlineComponent-sc-1oskqb9-1 Logo___StyledCssInlineComponent-sc-1mzf1vp-0" '
             'style="box-sizing: border-box;"><svg width="89px" height="50px" viewBox="0 0 89 50" '
             'xmlns="http://www.w3.org/2000/svg"><path d="M12 35c-6 0-10-5-10-11s4-11 10-11 10 5 10 11c0 3-1 6-3 8l3 4h-4z" '
             'fill="#b92b27"></path></svg></span></a>' % BB)
    h.append('<div class="q-flex qu-alignItems--center" role="navigation" %s>' % BB)
    for name, label, href, extra in (("home", "Home", "https://www.quora.com/", ""),
                                     ("following", "Following", "https://www.quora.com/following", ""),
                                     ("answer", "Answer", "https://www.quora.com/answer", ""),
                                     ("spaces", "Spaces", "https://www.quora.com/spaces", ""),
                                     ("bell", "Notifications", "https://www.quora.com/notifications", "3")):
        h.append('<a class="q-box qu-cursor--pointer qu-hover--bg--darken" href="%s" aria-label="%s" %s>%s%s</a>'
                 % (href, label, BB, icon(name),
                    ('<div class="q-absolute qu-bg--red qu-borderRadius--pill qu-color--white" %s>'
                     '<span class="q-text qu-dynamicFontSize--xsmall" %s>%s</span></div>' % (BB, BB, extra))
                    if extra else ""))
    h.append("</div>")
    h.append('<div class="q-box qu-flex--auto" %s><div class="q-flex qu-alignItems--center qu-borderAll '
             'qu-borderRadius--small" %s><input class="q-input qu-dynamicFontSize--small" type="text" '
             'placeholder="Search Quora" value="" %s></div></div>' % (BB, BB, BB))
    h.append('<button class="q-click-wrapper qu-bg--transparent qu-cursor--pointer" %s><div class="q-text '
             'qu-dynamicFontSize--small qu-medium" %s>Try Quora+</div></button>' % (BB, BB))
    h.append('<div class="q-box qu-ml--small" %s>%s</div>' % (BB, avatar("Kavya S", "Kavya-S-112", 26)))
    h.append('<button class="q-click-wrapper qu-bg--red qu-borderRadius--pill qu-cursor--pointer" %s>'
             '<div class="q-text qu-dynamicFontSize--small qu-medium qu-color--white" %s>Add question</div>'
             '</button></div></div>' % (BB, BB))
    # page grid
    h.append('<div class="q-box qu-mt--large" style="box-sizing: border-box; padding-top: 50px;">'
             '<div class="q-flex qu-justifyContent--center" style="box-sizing: border-box; display: flex;">')
    # left: spaces
    h.append('<div class="q-box qu-mr--medium" style="box-sizing: border-box; width: 160px;">'
             '<div class="q-sticky" %s>' % BB)
    h.append('<button class="q-click-wrapper qu-bg--gray_ultralight qu-borderRadius--small" %s><div class="q-text '
             'qu-dynamicFontSize--small" %s>+ Create Space</div></button>' % (BB, BB))
    h.append('<div class="q-text qu-dynamicFontSize--small qu-medium qu-color--gray qu-mt--small" %s>Spaces to follow</div>' % BB)
    for name, followers in spaces:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")
        h.append('<a class="q-box qu-display--block qu-hover--bg--darken" href="https://%s.quora.com/" %s>'
                 '<div class="q-flex qu-alignItems--center" %s><img class="q-image" src="./%s/space-%s-18.png" '
                 'alt="" width="18" height="18" %s><div class="q-text qu-dynamicFontSize--small qu-ml--tiny" %s>'
                 '<span class="q-text qu-bold" %s>%s</span><br><span class="q-text qu-color--gray_light" %s>%s</span>'
                 '</div></div></a>' % (slug.lower(), BB, BB, attr(FILES), slug.lower(), BB, BB, BB, esc(name), BB,
                                        esc(followers)))
    h.append('<div class="q-box qu-borderTop qu-mt--small" %s><div class="q-text qu-dynamicFontSize--xsmall '
             'qu-color--gray_light" %s>Spaces you might like are based on topics you follow.</div></div>'
             '</div></div>' % (BB, BB))
    # main column
    h.append('<div class="q-box" style="box-sizing: border-box; width: 592px;"><div class="q-box qu-borderAll '
             'qu-borderRadius--small qu-bg--raised qu-p--medium" %s>' % BB)
    h.append('<div class="q-text qu-dynamicFontSize--xlarge qu-bold qu-color--gray_dark qu-passColorToLinks '
             'puppeteer_test_question_title" style="box-sizing: border-box; font-size: 21px;">'
             '<span class="q-box qu-userSelect--text" %s><span>%s</span></span></div>' % (BB, esc(meta["question"])))
    h.append('<div class="q-flex qu-alignItems--center qu-mt--small" %s>' % BB)
    for lab, n in (("Answer", ""), ("Follow", "23"), ("Request", "")):
        h.append('<button class="q-click-wrapper qu-cursor--pointer qu-borderRadius--pill" %s><div class="q-text '
                 'qu-dynamicFontSize--small qu-medium qu-color--gray" %s>%s%s</div></button>'
                 % (BB, BB, lab, (" · " + n) if n else ""))
    h.append("</div></div>")
    h.append('<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mt--medium" %s>'
             '<div class="q-text qu-dynamicFontSize--regular qu-bold" %s>All related (%s)</div>'
             '<button class="q-click-wrapper qu-cursor--pointer" %s><div class="q-text qu-dynamicFontSize--small '
             'qu-color--gray" %s>Sort</div><div class="q-text qu-dynamicFontSize--small qu-medium" %s>Recommended</div>'
             '</button></div>' % (BB, BB, meta["answers"], BB, BB, BB))
    # the open answer
    h.append('<div class="q-box dom_annotate_question_answer_item_0 qu-borderAll qu-borderRadius--small qu-bg--raised '
             'qu-mb--small qu-pt--medium" %s><div class="q-box qu-px--medium" %s>' % (BB, BB))
    h.append('<div class="q-flex spacing_log_answer_header" %s>%s<div class="q-box qu-ml--small" %s>'
             % (BB, avatar(meta["author"], meta["authorslug"]), BB))
    h.append('<div class="q-flex qu-alignItems--center" %s><span class="q-text qu-dynamicFontSize--small qu-bold '
             'qu-color--gray_dark" %s><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link '
             'qu-color--gray_dark qu-cursor--pointer qu-hover--textDecoration--underline" '
             'href="https://www.quora.com/profile/%s" %s><div class="q-inlineBlock" %s><span>%s</span></div></a>'
             '</span><span class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s>&nbsp;·&nbsp;</span>'
             '<button class="q-click-wrapper qu-cursor--pointer" %s><span class="q-text qu-dynamicFontSize--small '
             'qu-color--blue_dark qu-medium" %s>Follow</span></button></div>'
             % (BB, BB, attr(meta["authorslug"]), BB, BB, esc(meta["author"]), BB, BB, BB))
    h.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s><span class="CssComponent__'
             'CssInlineComponent-sc-1oskqb9-1 UserCredential___StyledCssInlineComponent-lnkk1x-0 hbvKSb" %s>%s</span>'
             '<span> · </span><a class="q-box qu-color--gray_light answer_timestamp qu-cursor--pointer '
             'qu-hover--textDecoration--underline" href="%s/answer/%s" %s>%s</a></div></div></div>'
             % (BB, BB, esc(meta["credential"]), attr(url), attr(meta["authorslug"]), BB, esc(meta["when"])))
    h.append('<div class="q-box spacing_log_answer_content puppeteer_test_answer_content" %s><div class="q-relative '
             'spacing_log_answer_content puppeteer_test_answer_content" %s><div class="q-text qu-wordBreak--break-word" '
             'style="box-sizing: border-box; overflow-wrap: break-word; word-break: break-word;"><span class="q-box '
             'qu-userSelect--text" style="box-sizing: border-box; user-select: text;">' % (BB, BB))
    h.append(answer_html(body))
    h.append("</span></div></div></div>")
    h.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small" %s>%s</div>'
             % (BB, esc(meta["views"])))
    h.append(action_bar(meta["upvotes"], meta["comments"], meta["shares"]))
    h.append("</div></div>")
    # sponsored card
    h.append('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small qu-p--medium '
             'dom_annotate_ad_promoted_answer" %s><div class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s>'
             'Sponsored by Coursera</div><div class="q-text qu-dynamicFontSize--regular qu-bold" %s>'
             'Earn a Google Data Analytics certificate online.</div><div class="q-text qu-dynamicFontSize--regular" %s>'
             'Prepare for an entry-level job in under six months, at your own pace. No degree needed.</div>'
             '<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill" %s><div class="q-text '
             'qu-dynamicFontSize--small" %s>Learn More</div></button></div>' % (BB, BB, BB, BB, BB, BB))
    # related questions in the feed
    h.append('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small" %s>'
             '<div class="q-text qu-dynamicFontSize--regular qu-bold qu-p--medium" %s>Related questions</div>' % (BB, BB))
    for q in related[:3]:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", q.replace("’", "").replace("'", "")).strip("-")
        h.append('<a class="q-box qu-display--block qu-px--medium qu-py--small qu-borderTop qu-hover--bg--darken" '
                 'href="https://www.quora.com/%s" %s><div class="q-text qu-dynamicFontSize--regular qu-medium '
                 'qu-color--gray_dark" %s><span>%s</span></div></a>' % (attr(slug), BB, BB, esc(q)))
    h.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray qu-p--medium qu-borderTop" %s>'
             'More answers below</div></div>' % BB)
    # collapsed answers
    for i, (name, cred, when, up, preview) in enumerate(others, 1):
        slug = name.replace(" ", "-") + "-%d" % (3 + i * 17)
        h.append('<div class="q-box dom_annotate_question_answer_item_%d qu-borderAll qu-borderRadius--small '
                 'qu-bg--raised qu-mb--small qu-pt--medium" %s><div class="q-box qu-px--medium" %s>' % (i, BB, BB))
        h.append('<div class="q-flex spacing_log_answer_header" %s>%s<div class="q-box qu-ml--small" %s>'
                 % (BB, avatar(name, slug), BB))
        h.append('<div class="q-flex qu-alignItems--center" %s><span class="q-text qu-dynamicFontSize--small qu-bold '
                 'qu-color--gray_dark" %s><a class="q-box puppeteer_test_link qu-color--gray_dark" '
                 'href="https://www.quora.com/profile/%s" %s><div class="q-inlineBlock" %s><span>%s</span></div>'
                 '</a></span><span class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s>&nbsp;·&nbsp;'
                 '</span><button class="q-click-wrapper qu-cursor--pointer" %s><span class="q-text '
                 'qu-dynamicFontSize--small qu-color--blue_dark qu-medium" %s>Follow</span></button></div>'
                 % (BB, BB, attr(slug), BB, BB, esc(name), BB, BB, BB))
        h.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light" %s><span class="UserCredential'
                 '___StyledCssInlineComponent-lnkk1x-0 hbvKSb" %s>%s</span><span> · </span><a class="q-box '
                 'answer_timestamp" href="%s/answer/%s" %s>%s</a></div></div></div>'
                 % (BB, BB, esc(cred), attr(url), attr(slug), BB, esc(when)))
        h.append('<div class="q-box qu-cursor--pointer qu-mt--small" %s><div class="q-text qu-truncateLines--3 '
                 'qu-wordBreak--break-word puppeteer_test_answer_content" %s><span class="q-box" %s><span>%s</span> '
                 '<span class="q-text qu-color--blue_dark qu-cursor--pointer puppeteer_test_read_more_button" %s>'
                 '(more)</span></span></div></div>' % (BB, BB, BB, esc(preview), BB))
        h.append(action_bar(up, str(3 + i * 4), str(i * 2)))
        h.append("</div></div>")
    h.append("</div>")
    # right sidebar
    h.append('<div class="q-box qu-ml--medium" style="box-sizing: border-box; width: 368px;"><div class="q-sticky" %s>'
             '<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised" %s><div class="q-text '
             'qu-dynamicFontSize--regular qu-bold qu-p--medium qu-borderBottom" %s>Related questions</div>' % (BB, BB, BB))
    for q in related:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", q.replace("’", "").replace("'", "")).strip("-")
        h.append('<a class="q-box qu-display--block qu-px--medium qu-py--small qu-hover--textDecoration--underline" '
                 'href="https://www.quora.com/%s" %s><div class="q-text qu-dynamicFontSize--small qu-color--blue_dark" '
                 '%s><span>%s</span></div></a>' % (attr(slug), BB, BB, esc(q)))
    h.append("</div>")
    links = ["About", "Careers", "Terms", "Privacy", "Acceptable Use", "Advertise", "Press", "Your Ad Choices",
             "Grievance Officer"]
    h.append('<div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light qu-mt--medium" %s>%s</div>'
             % (BB, '<span> · </span>'.join('<a class="q-box qu-color--gray_light" href="https://www.quora.com/about/%s" %s>%s</a>'
                                             % (l.lower().replace(" ", "_"), BB, l) for l in links)))
    h.append('</div></div></div></div></div></div>')
    h.append('<script type="text/javascript">window.__CACHE_BUST__="q-1752934925";window.__QUORA_PAGE_DATA__={"page":'
             '"QuestionPageLoadable","savedAt":"%s"};</script>' % meta["saved"])
    h.append("</body></html>")
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body, others, related, spaces = parse(open(SRC, encoding="utf-8").read())
    html = page(meta, body, others, related, spaces)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(html)


if __name__ == "__main__":
    main()
