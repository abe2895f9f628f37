#!/usr/bin/python3
"""Re-make docs/quora-mountbatten-plan-15-august.html from tools/quora-mountbatten-plan-15-august.txt.

The page is a Quora answer permalink (/<question>/answer/<author>) as Firefox writes it with
"Save Page As… > Web Page, complete" while logged out: Firefox serialises the live DOM (no
"saved from url" comment; it inserts its own content-type meta as the first child of head),
rewrites stylesheet, script, image and iframe URLs into the companion "…_files" folder named
after the tab title (the folder is not part of this set), keeps inline scripts, and escapes
only &amp; &lt; &gt; and &nbsp; in text (&quot; too in attributes). The DOM is Quora's React
markup: q-box / q-text / q-flex / qu-* utility classes with inline box-sizing styles, the
logged-out header (logo, "Search Quora", language button, "Sign In"), topic chips, the question
as a link, the author row, the answer body (paragraphs of spans, bold-only paragraphs serving
as headings, ol/ul lists, a code block, footnote marks and a "Footnotes" list, italic edit
paragraphs), the views/upvotes line and button bar, an opened comment section with replies,
"Related questions", a "Sponsored by" card, one other answer collapsed with "(more)" and
"Continue Reading", the right rail and footer, the logged-out sign-up dialog and Google's
One Tap iframe container.

Source markup: "@key value" header lines; "=== answer" then "P " paragraph, "B " bold heading
paragraph, "- " bullet, "N. " numbered item, a ``` code block, "E " italic edit paragraph,
"F [n] " footnote; "=== comments" with "C name|age|upvotes|text" and "R ..." replies;
"=== related" with "Q text|slug"; "=== other" with "A name|credential|date|upvotes|text".

Run: /usr/bin/python3 tools/make_quora.py [OUT]   (byte-for-byte stable)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quora-mountbatten-plan-15-august.txt")
OUT = os.path.join(HERE, "..", "docs", "quora-mountbatten-plan-15-august.html")

BOX = ' style="box-sizing: border-box;"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def parse():
    meta, parts, cur = {}, {}, None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln in lines:
        if ln.startswith("@"):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
        elif ln.startswith("=== "):
            cur = ln[4:]
            parts[cur] = []
        elif cur is not None and ln.strip():
            parts[cur].append(ln)
    return meta, parts


def inline(s):
    s = esc(s)
    return re.sub(r"\[(\d)\]", lambda m: '<sup class="q-box qu-fontSize--xsmall"%s><a class="q-box '
                  'qu-color--blue_dark qu-cursor--pointer" href="#fn%s"%s>[%s]</a></sup>'
                  % (BOX, m.group(1), BOX, m.group(1)), s)


def para(text, style=""):
    return ('<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" '
            'style="box-sizing: border-box; margin-bottom: 1em; direction: ltr;"><span%s>%s</span></p>'
            % (style, inline(text)))


def answer_html(lines):
    out, notes = [], []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("P "):
            out.append(para(ln[2:]))
        elif ln.startswith("B "):
            out.append(para(ln[2:], ' style="font-weight: bold;"'))
        elif ln.startswith("E "):
            out.append(para(ln[2:], ' style="font-style: italic;"'))
        elif ln.startswith("F "):
            notes.append(ln[2:])
        elif ln.startswith("```"):
            code = []
            i += 1
            while not lines[i].startswith("```"):
                code.append(lines[i])
                i += 1
            out.append('<div class="q-box qu-mb--medium"%s><pre class="q-box qu-borderRadius--small '
                       'qu-bg--gray_ultralight qu-p--small qu-overflowX--auto" style="box-sizing: '
                       'border-box; font-family: monospace; white-space: pre;"><code class="q-box"%s>%s'
                       '</code></pre></div>' % (BOX, BOX, esc("\n".join(code))))
        elif ln.startswith("- ") or re.match(r"\d+\. ", ln):
            tag = "ul" if ln.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if tag == "ul"
                                      else re.match(r"\d+\. ", lines[i])):
                t = lines[i][2:] if tag == "ul" else lines[i].split(". ", 1)[1]
                items.append('<li class="q-relative qu-pl--medium"%s><div class="q-inline"%s>'
                             '<span>%s</span></div></li>' % (BOX, BOX, inline(t)))
                i += 1
            out.append('<%s class="q-box qu-pl--small qu-mb--medium"%s>%s</%s>'
                       % (tag, BOX, "".join(items), tag))
            continue
        i += 1
    if notes:
        fn = []
        for n in notes:
            num, text = n[1], n[4:]
            fn.append('<li id="fn%s" class="q-text qu-fontSize--small qu-color--gray_light"%s>'
                      '<span>[%s] </span><span>%s</span></li>' % (num, BOX, num, esc(text)))
        out.append('<div class="q-box qu-mt--medium qu-borderTop qu-pt--small"%s><div class="q-text '
                   'qu-bold qu-fontSize--small qu-color--gray_dark"%s>Footnotes</div><ol class="q-box '
                   'qu-pl--medium"%s>%s</ol></div>' % (BOX, BOX, BOX, "".join(fn)))
    return "".join(out)


def avatar(name, folder, size=36):
    slug = re.sub(r"[^a-z]", "", name.lower())
    return ('<div class="q-inlineFlex qu-borderRadius--circle qu-overflow--hidden" style="box-sizing: '
            'border-box; width: %dpx; height: %dpx;"><img class="q-image qu-display--block" src="%s/'
            'main-thumb-%s-%d-x.jpeg" alt="Profile photo for %s" style="box-sizing: border-box; '
            'width: %dpx; height: %dpx;"></div>' % (size, size, folder, slug, size * 2, attr(name), size, size))


def button(label, icon="", extra=""):
    svg = ('<span class="q-inlineFlex qu-alignItems--center"%s><svg width="20" height="20" '
           'viewBox="0 0 24 24"><path d="%s" class="icon_svg-stroke" stroke="#666" stroke-width="1.5" '
           'fill="none"></path></svg></span>' % (BOX, icon)) if icon else ""
    text = '<div class="q-text qu-dynamicFontSize--small qu-medium"%s>%s</div>' % (BOX, label) if label else ""
    return ('<button class="q-click-wrapper qu-active--textDecoration--none qu-focus--textDecoration--none '
            'qu-borderRadius--pill qu-alignItems--center qu-justifyContent--center qu-whiteSpace--nowrap '
            'qu-userSelect--none qu-display--inline-flex qu-tapHighlight--white qu-textAlign--center '
            'qu-cursor--pointer qu-hover--textDecoration--none%s" style="box-sizing: border-box; '
            'padding: 0px 8px;" role="button" tabindex="0">%s%s</button>' % (extra, svg, text))


UP = "M12 4 3 15h6v5h6v-5h6z"
DOWN = "m12 20 9-11h-6V4H9v5H3z"
COMMENT = "M12.071 18.86c4.103 0 7.429-3.102 7.429-6.93C19.5 8.103 16.174 5 12.071 5s-7.429 3.103-7.429 6.93"
SHARE = "M19.748 10a8.5 8.5 0 0 0-8.594-8.5V0l-6.482 4.779 6.482 4.778V7.5"
MORE = "M5 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm7 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm7 0a2 2 0 1 0 0-4"


def comment_html(entries, folder):
    out = []
    for kind, rest in entries:
        name, age, ups, text = rest.split("|", 3)
        indent = " qu-ml--large qu-borderLeft qu-pl--medium" if kind == "R" else ""
        out.append('<div class="q-box qu-pt--small qu-pb--tiny%s"%s><div class="q-flex '
                   'qu-alignItems--flex-start"%s>%s<div class="q-box qu-ml--small qu-flex--auto"%s>'
                   '<div class="q-text qu-dynamicFontSize--small"%s><span class="q-text qu-bold">'
                   '<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" '
                   'href="https://www.quora.com/profile/%s"%s>%s</a></span><span class="q-text '
                   'qu-color--gray_light"> · %s</span></div><div class="q-text '
                   'qu-dynamicFontSize--small qu-wordBreak--break-word qu-mt--tiny"%s><p class="q-text '
                   'qu-display--block"%s><span>%s</span></p></div><div class="q-flex qu-mt--tiny"%s>'
                   '%s%s%s</div></div></div></div>'
                   % (indent, BOX, BOX, avatar(name, folder, 24), BOX, BOX,
                      name.replace(" ", "-"), BOX, esc(name), esc(age), BOX, BOX, esc(text), BOX,
                      button("Upvote · %s" % ups, UP), button("", DOWN), button("Reply")))
    return "".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, parts = parse()
    q, author = meta["question"], meta["author"]
    title = "%s's answer to %s - Quora" % (author, q)
    folder = (title.replace("?", "_") + "_files").replace("%", "%25").replace(" ", "%20")
    url = "https://www.quora.com/%s/answer/%s" % (meta["slug"], meta["profile"])
    body = answer_html(parts["answer"])
    first = re.sub(r"\s+", " ", parts["answer"][0][2:])
    desc = "Answer (1 of 2): " + first[:236] + "…"
    plain = " ".join(re.sub(r"\[\d\]", "", l[2:]) for l in parts["answer"]
                     if l[:2] in ("P ", "B ", "E ") or re.match(r"\d+\. |- ", l))
    ld = {"@context": "https://schema.org", "@type": "QAPage",
          "mainEntity": {"@type": "Question", "name": q, "text": q, "answerCount": 2,
                         "dateCreated": "2023-06-02T17:44:09.000Z",
                         "author": {"@type": "Person", "name": "Quora User"},
                         "suggestedAnswer": [{"@type": "Answer", "text": plain[:600],
                                              "dateCreated": "2023-06-03T08:21:47.000Z",
                                              "author": {"@type": "Person", "name": author,
                                                         "url": "https://www.quora.com/profile/" + meta["profile"]},
                                              "upvoteCount": 1100, "url": url}]}}
    topics = "".join(
        '<a class="q-box qu-display--inline-block qu-mr--tiny qu-mb--tiny qu-borderRadius--pill '
        'qu-bg--gray_ultralight qu-px--small qu-py--tiny qu-hover--textDecoration--none" '
        'href="https://www.quora.com/topic/%s"%s><div class="q-text qu-dynamicFontSize--small '
        'qu-color--gray_dark"%s>%s</div></a>' % (t.replace(" ", "-").replace("(", "").replace(")", ""),
                                                BOX, BOX, esc(t))
        for t in meta["topics"].split("|"))
    related = "".join(
        '<div class="q-box qu-py--small qu-borderBottom"%s><a class="q-box qu-cursor--pointer '
        'qu-hover--textDecoration--underline" href="https://www.quora.com/%s"%s><div class="q-text '
        'qu-dynamicFontSize--small qu-color--blue_dark"%s>%s</div></a></div>'
        % (BOX, slug, BOX, BOX, esc(text))
        for text, slug in (l[2:].split("|") for l in parts["related"]))
    comments = [(l[0], l[2:]) for l in parts["comments"]]
    oname, ocred, odate, oups, otext = parts["other"][0][2:].split("|", 4)

    h = []
    h.append('<!DOCTYPE html>\n<html lang="en" class="q-platform--desktop" style="--vh: 8.45px;">'
             '<head><meta http-equiv="content-type" content="text/html; charset=UTF-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">'
             '<title>%s</title>' % esc(title))
    h.append('<meta name="description" content="%s">' % attr(desc))
    h.append('<meta property="og:title" content="%s">' % attr(title))
    h.append('<meta property="og:description" content="%s">' % attr(desc))
    h.append('<meta property="og:url" content="%s">' % url)
    h.append('<meta property="og:site_name" content="Quora"><meta property="og:type" content="article">'
             '<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@Quora">')
    h.append('<link rel="canonical" href="%s"><link rel="alternate" hreflang="en" href="%s">' % (url, url))
    h.append('<link rel="shortcut icon" href="%s/favicon-16-f0e8a3d1.png">' % folder)
    h.append('<link rel="apple-touch-icon" href="%s/apple-touch-icon-180-5d8e2a31.png">' % folder)
    for css in ("main-thirdparty-4a1c2f0e9b3d.css", "main-bundle-7c0d93ab5e21.css",
                "page-AnswerPageLoadable-2b86f1d7c4.css"):
        h.append('<link rel="stylesheet" href="%s/%s">' % (folder, css))
    h.append('\n<script type="application/ld+json">%s</script>'
             % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    h.append('\n<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {};'
             'window.ansFrontendGlobals.settings = {"locale":"en","isLoggedIn":false,"viewerUid":null,'
             '"pageType":"answer","qtid":"0b6e2f41","hydrateOnLoad":true,"cdnBase":"https://qsf.cf2.quoracdn.net"};'
             'window.ansFrontendGlobals.earlySettings = {"enableOneTap":true,"isBot":false};</script>')
    h.append('\n<style>.q-box{box-sizing:border-box}.qu-bold{font-weight:700}.qu-display--block{display:block}'
             '.q-platform--desktop .signup-wall{position:fixed;inset:0;background:rgba(0,0,0,.55)}'
             'pre.q-box code{font-size:13px;line-height:1.45}</style>')
    h.append('<script src="%s/webpack.runtime-93f1e4aa.js" defer="defer"></script>' % folder)
    h.append('</head>\n<body class="q-platform--desktop q-color-mode-light">'
             '<noscript><div class="q-text">Quora requires JavaScript to function properly. '
             'Please enable JavaScript.</div></noscript><div id="root"><div class="q-box"%s>' % BOX)
    # header
    h.append('<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom" style="box-sizing: '
             'border-box; top: 0px;"><div class="q-flex qu-alignItems--center qu-justifyContent--center '
             'qu-px--large" style="box-sizing: border-box; height: 50px;"><a class="q-box qu-mr--large" '
             'href="https://www.quora.com/" aria-label="Quora home"%s><svg width="89" height="50" viewBox="0 0 '
             '89 50"><g fill="#B92B27"><path d="M12.6 32.9c-.8-1.6-1.8-3.3-3.7-3.3-.4 0-.7.1-1 .2l-.6-1.3c.8-.7 '
             '2-1.2 3.6-1.2 2.5 0 3.8 1.2 4.8 2.8"></path></g></svg></a><div class="q-box qu-flex--auto '
             'qu-mx--small"%s><div class="q-flex qu-alignItems--center qu-borderRadius--small qu-borderAll '
             'qu-bg--raised qu-px--small"%s><input class="q-input qu-flex--auto qu-dynamicFontSize--small" '
             'type="text" placeholder="Search Quora" value="" style="box-sizing: border-box;"></div></div>%s%s'
             '</div></div><div class="q-box"%s style="height: 50px;"></div>'
             % (BOX, BOX, BOX, button("English", "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20", " qu-mr--small"),
                button("Sign In", "", " qu-bg--blue qu-color--white"), ""))
    # main column
    h.append('\n<div class="q-flex qu-justifyContent--center qu-pt--medium"%s><div class="q-box '
             'qu-flex--auto" style="box-sizing: border-box; max-width: 602px;"><div class="q-box '
             'qu-mb--small"%s>%s</div>' % (BOX, BOX, topics))
    h.append('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium"%s>'
             '<div class="q-box qu-mb--small"%s><a class="q-box qu-cursor--pointer '
             'qu-hover--textDecoration--underline" href="https://www.quora.com/%s"%s><div class="q-text '
             'qu-dynamicFontSize--large qu-bold qu-color--gray_dark_dim qu-passColorToLinks '
             'qu-lineHeight--regular"%s><span class="q-box qu-userSelect--text"%s><span>%s</span></span>'
             '</div></a></div>' % (BOX, BOX, meta["slug"], BOX, BOX, BOX, esc(q)))
    h.append('<div class="q-flex qu-alignItems--center qu-mb--small"%s>%s<div class="q-box qu-ml--small"%s>'
             '<div class="q-text qu-dynamicFontSize--small qu-bold"%s><span class="q-inlineBlock"><a '
             'class="q-box qu-hover--textDecoration--underline" href="https://www.quora.com/profile/%s"%s>'
             '%s</a></span><span class="q-text qu-color--gray_light"> · </span><button class="q-click-wrapper '
             'qu-color--blue_dark" role="button" tabindex="0" style="box-sizing: border-box;">Follow</button>'
             '</div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light"%s><span>%s</span>'
             '<span> · </span><a class="q-box qu-color--gray_light qu-hover--textDecoration--underline" '
             'href="%s"%s>%s</a></div></div></div>'
             % (BOX, avatar(author, folder), BOX, BOX, meta["profile"], BOX, esc(author), BOX,
                esc(meta["credential"]), url, BOX, esc(meta["date"])))
    h.append('\n<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"%s>'
             '<div class="q-text qu-wordBreak--break-word"%s>%s</div></div>\n' % (BOX, BOX, body))
    h.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small"%s>'
             '<span>%s views</span><span> · </span><button class="q-click-wrapper qu-color--gray_light" '
             'role="button" tabindex="0" style="box-sizing: border-box;">View %s upvotes</button><span> · '
             '</span><button class="q-click-wrapper qu-color--gray_light" role="button" tabindex="0" '
             'style="box-sizing: border-box;">View %s shares</button></div>'
             % (BOX, meta["views"], meta["upvotes"], meta["shares"]))
    h.append('<div class="q-flex qu-alignItems--center qu-justifyContent--space-between qu-mt--small '
             'qu-borderTop qu-pt--tiny"%s><div class="q-flex"%s>%s%s%s%s</div>%s</div>'
             % (BOX, BOX, button("Upvote · %s" % meta["upvotes"], UP), button("", DOWN),
                button(meta["comments"], COMMENT), button(meta["shares"], SHARE), button("", MORE)))
    # comments
    h.append('\n<div class="q-box qu-mt--small qu-borderTop qu-pt--small"%s><div class="q-flex '
             'qu-alignItems--center"%s>%s<div class="q-box qu-flex--auto qu-mx--small"%s><div class="q-box '
             'qu-borderAll qu-borderRadius--pill qu-px--medium qu-py--tiny qu-color--gray_light"%s>'
             'Add a comment...</div></div>%s</div><div class="q-flex qu-justifyContent--space-between '
             'qu-mt--small"%s><div class="q-text qu-dynamicFontSize--small qu-bold"%s>Comments</div>'
             '<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"%s>Sort: Top</div></div>%s'
             '<div class="q-box qu-mt--small qu-textAlign--center"%s>%s</div></div>'
             % (BOX, BOX, avatar("Guest", folder, 24), BOX, BOX,
                button("Add Comment", "", " qu-bg--blue qu-color--white"), BOX, BOX, BOX,
                comment_html(comments, folder), BOX, button("View more comments")))
    h.append('</div>')
    # related + ad + other answer
    h.append('\n<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mt--small '
             'qu-p--medium"%s><div class="q-text qu-bold qu-dynamicFontSize--regular qu-mb--tiny"%s>'
             'Related questions</div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light"%s>'
             'More answers below</div>%s</div>' % (BOX, BOX, BOX, related))
    h.append('<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mt--small '
             'qu-p--medium dom_annotate_ad_image_ad"%s><div class="q-text qu-dynamicFontSize--small '
             'qu-color--gray_light"%s>Sponsored by Mentora Learning</div><div class="q-text qu-bold '
             'qu-mt--tiny"%s>Stuck on modern history answers?</div><div class="q-text '
             'qu-dynamicFontSize--small qu-mt--tiny"%s>Daily answer writing with evaluated copies and '
             'mentor calls. First week free.</div><img class="q-image qu-display--block qu-mt--small" '
             'src="%s/main-qimg-ad-7fe2c01b.webp" alt="" style="box-sizing: border-box; width: 100%%;">'
             '%s</div>' % (BOX, BOX, BOX, BOX, folder, button("Learn More", "", " qu-borderAll qu-mt--small")))
    h.append('\n<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mt--small '
             'qu-p--medium"%s><div class="q-flex qu-alignItems--center qu-mb--small"%s>%s<div class="q-box '
             'qu-ml--small"%s><div class="q-text qu-dynamicFontSize--small qu-bold"%s><a class="q-box" '
             'href="https://www.quora.com/profile/%s"%s>%s</a><span class="q-text qu-color--gray_light"> · '
             '</span><button class="q-click-wrapper qu-color--blue_dark" role="button" tabindex="0" '
             'style="box-sizing: border-box;">Follow</button></div><div class="q-text '
             'qu-dynamicFontSize--small qu-color--gray_light"%s><span>%s</span><span> · </span><span>%s'
             '</span></div></div></div><div class="q-box qu-cursor--pointer" style="box-sizing: '
             'border-box; max-height: 4.5em; overflow: hidden;"><div class="q-text qu-truncateLines--3 '
             'qu-wordBreak--break-word"%s><span>%s</span><span class="q-text qu-color--blue_dark"> (more)'
             '</span></div></div>%s<div class="q-flex qu-mt--small"%s>%s%s%s</div></div>'
             % (BOX, BOX, avatar(oname, folder), BOX, BOX, oname.replace(" ", "-"), BOX, esc(oname), BOX,
                esc(ocred), esc(odate), BOX, esc(otext), button("Continue Reading", "", " qu-mt--tiny"), BOX,
                button("Upvote · %s" % oups, UP), button("", DOWN), button("", SHARE)))
    h.append('</div>')
    # right rail
    h.append('\n<div class="q-box qu-ml--medium" style="box-sizing: border-box; width: 260px;">'
             '<div class="q-sticky" style="box-sizing: border-box; top: 62px;"><div class="q-box '
             'qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium"%s><div class="q-text '
             'qu-bold qu-dynamicFontSize--small"%s>Sign up to see more</div><div class="q-text '
             'qu-dynamicFontSize--small qu-color--gray_light qu-mt--tiny"%s>Read more answers, follow '
             'topics and ask your own questions.</div>%s</div><div class="q-text qu-dynamicFontSize--xsmall '
             'qu-color--gray_light qu-mt--medium"%s>About · Careers · Privacy · Terms · Contact · '
             'Languages · Your Ad Choices · Press · © Quora, Inc. 2025</div></div></div></div>'
             % (BOX, BOX, BOX, button("Sign up", "", " qu-bg--blue qu-color--white qu-mt--small"), BOX))
    # sign-up wall
    h.append('\n<div class="q-fixed signup-wall" role="dialog" aria-modal="true" style="box-sizing: '
             'border-box; z-index: 1000;"><div class="q-box qu-bg--raised qu-borderRadius--small qu-p--large" '
             'style="box-sizing: border-box; max-width: 700px; margin: 10vh auto;"><div class="q-text '
             'qu-textAlign--center"%s><svg width="130" height="74" viewBox="0 0 89 50"><g fill="#B92B27">'
             '<path d="M12.6 32.9c-.8-1.6-1.8-3.3-3.7-3.3"></path></g></svg></div><div class="q-text '
             'qu-textAlign--center qu-color--gray qu-bold qu-mb--medium"%s>A place to share knowledge and '
             'better understand the world</div><div class="q-flex"%s><div class="q-box qu-flex--1 qu-pr--medium '
             'qu-borderRight"%s><div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light"%s>By '
             'continuing you indicate that you agree to Quora’s <a href="https://www.quora.com/about/tos">'
             'Terms of Service</a> and <a href="https://www.quora.com/about/privacy">Privacy Policy</a>.</div>'
             '%s%s%s</div><div class="q-box qu-flex--1 qu-pl--medium"%s><div class="q-text qu-bold '
             'qu-borderBottom qu-pb--small"%s>Login</div><div class="q-text qu-bold qu-mt--small"%s>Email'
             '</div><input class="q-input" type="email" placeholder="Your email" value="" style="box-sizing: '
             'border-box;"><div class="q-text qu-bold qu-mt--small"%s>Password</div><input class="q-input" '
             'type="password" placeholder="Your password" value="" style="box-sizing: border-box;">'
             '<div class="q-flex qu-justifyContent--space-between qu-mt--small"%s><a class="q-text '
             'qu-dynamicFontSize--small qu-color--gray_light" href="https://www.quora.com/">Forgot password?'
             '</a>%s</div></div></div><div class="q-flex qu-justifyContent--center qu-mt--medium qu-borderTop '
             'qu-pt--small"%s><select class="q-select" aria-label="Language"><option value="en" '
             'selected="selected">English</option></select></div></div></div>'
             % (BOX, BOX, BOX, BOX, BOX,
                button("Continue with Google", "M21.6 12.2c0-.7-.1-1.4-.2-2H12v3.8h5.4", " qu-borderAll qu-mt--small"),
                button("Continue with Facebook", "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5", " qu-borderAll qu-mt--small"),
                button("Sign up with email", "", " qu-mt--small"),
                BOX, BOX, BOX, BOX, BOX, button("Login", "", " qu-bg--blue qu-color--white"), BOX))
    h.append('</div></div>')
    h.append('\n<div id="credential_picker_container" style="position: fixed; top: 16px; right: 16px; '
             'z-index: 9999; height: 183px; width: 391px;"><iframe src="%s/select.html" title="Sign in with '
             'Google Dialog" style="height: 183px; width: 391px; overflow: hidden;" id="gsi_882157_403911">'
             '</iframe></div>' % folder)
    for js in ("main-thirdparty-1f7a0b2c93.js", "main-bundle-c4d82e1f70.js",
               "page-AnswerPageLoadable-8e3b5a2d61.js", "client-gsi.js"):
        h.append('<script src="%s/%s" defer="defer"></script>' % (folder, js))
    h.append('<script>window.ansFrontendGlobals.hydrate && window.ansFrontendGlobals.hydrate("root");'
             '</script>\n\n</body></html>')
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(h))


if __name__ == "__main__":
    main()
