#!/usr/bin/python3
"""Re-make docs/quora-sagar-vs-mahasagar.html from tools/quora-sagar-vs-mahasagar.txt.

The output imitates a Quora question page saved with the browser's
"Webpage, Complete" (the _files folder is not part of the set).  Deterministic:
no clock, no randomness; run it twice and the bytes are the same.
"""
import json
import os
import re
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quora-sagar-vs-mahasagar.txt")
OUT = os.path.join(HERE, "..", "docs", "quora-sagar-vs-mahasagar.html")
FILES = "./What-is-the-difference-between-SAGAR-and-MAHASAGAR_files"


def esc(s):
    # what React's server renderer does to text and attribute values
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;").replace("'", "&#x27;"))


def inline(s):
    out = []
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", s)):
        if not part:
            continue
        if i % 2:
            out.append('<span class="q-text qu-bold">%s</span>' % esc(part))
        else:
            out.append("<span>%s</span>" % esc(part))
    return "".join(out)


def hid(s, n=8):
    return "%0*x" % (n, zlib.crc32(s.encode("utf-8")) & ((1 << (4 * n)) - 1))


def parse(path):
    meta, blocks, cur = {}, [], None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    mode = None
    for line in lines:
        if line.startswith("#") and cur is None and mode is None:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("@@"):
            kind = line[2:].strip()
            if kind == "COMMENT":
                com = {"kind": "comment"}
                blocks[-1].setdefault("comment_items", []).append(com)
                cur, mode = com, "kv"
                continue
            cur = {"kind": kind.lower(), "body": []}
            blocks.append(cur)
            mode = "kv" if kind in ("ANSWER", "SPONSOR") else "lines"
            continue
        if cur is None:
            continue
        if mode == "kv":
            if line == "---":
                mode = "body"
                continue
            if not line.strip():
                continue
            k, _, v = line.partition(": ")
            cur[k] = v
            continue
        if line.strip():
            blocks[-1]["body"].append(line) if cur.get("kind") == "comment" else cur["body"].append(line)
    return meta, blocks


def render_body(lines):
    html, lst = [], None
    for line in lines:
        m_ul = line.startswith("- ")
        m_ol = re.match(r"(\d+)\. ", line)
        kind = "ul" if m_ul else ("ol" if m_ol else None)
        if lst and kind != lst:
            html.append("</%s>" % lst)
            lst = None
        if kind and not lst:
            html.append('<%s class="q-box qu-pl--medium">' % kind)
            lst = kind
        if kind == "ul":
            html.append('<li class="q-relative"><div class="q-box"><span>%s</span></div></li>'
                        % inline(line[2:]))
        elif kind == "ol":
            html.append('<li class="q-relative"><div class="q-box"><span>%s</span></div></li>'
                        % inline(line[m_ol.end():]))
        else:
            html.append('<p class="q-text qu-display--block qu-wordBreak--break-word '
                        'qu-textAlign--start" style="direction: ltr;">%s</p>' % inline(line))
    if lst:
        html.append("</%s>" % lst)
    return "".join(html)


def render_answer(a, n, qslug):
    prof = "https://www.quora.com/profile/" + a["profile"]
    url = "https://www.quora.com/%s/answer/%s" % (qslug, a["profile"].rsplit("-", 1)[0])
    first = a["name"].split()[0] if not a["name"].startswith("Cdr") else "Vikram"
    parts = []
    parts.append('<div class="q-box dom_annotate_question_answer_item_%d qu-borderAll '
                 'qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small '
                 'qu-mb--small qu-bg--raised" style="box-sizing: border-box; position: relative;">' % n)
    parts.append('<div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny">'
                 '<div class="q-flex qu-alignItems--flex-start">'
                 '<div class="q-box qu-mr--small"><a class="q-box qu-display--block qu-cursor--pointer" '
                 'href="%s"><img class="q-image qu-display--block" src="%s/main-thumb-%s-50-%s.jpeg" '
                 'alt="Profile photo for %s" width="36" height="36"></a></div>'
                 % (prof, FILES, hid(a["profile"], 9), hid(a["name"], 16), esc(a["name"])))
    parts.append('<div class="q-box" style="flex: 1 1 0%%;">'
                 '<div class="q-flex qu-flexWrap--wrap"><span class="q-text qu-dynamicFontSize--small '
                 'qu-bold qu-color--gray_dark qu-passColorToLinks"><a class="q-box qu-cursor--pointer '
                 'qu-hover--textDecoration--underline" href="%s"><span>%s</span></a></span>'
                 '<span class="q-text qu-color--gray_light qu-dynamicFontSize--small"> · </span>'
                 '<button class="q-click-wrapper qu-color--blue_dark qu-dynamicFontSize--small" '
                 'role="button" aria-label="Follow %s"><span class="q-text">Follow</span></button></div>'
                 % (prof, esc(a["name"]), esc(first)))
    parts.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">'
                 '<span class="q-box">%s</span><span> · </span><a class="q-box qu-color--gray_light '
                 'answer_timestamp qu-cursor--pointer qu-hover--textDecoration--underline" href="%s">'
                 '<span>%s</span></a></div></div></div></div>'
                 % (esc(a["cred"]), url, esc(a["date"])))
    parts.append('<div class="q-box qu-px--medium">')
    if a.get("requested"):
        parts.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mb--tiny">'
                     '%s</div>' % esc(a["requested"]))
    parts.append('<div class="q-box spacing_log_answer_content puppeteer_test_answer_content">'
                 '<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text">')
    parts.append(render_body(a["body"]))
    parts.append("</span></div></div>")
    parts.append('<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small">'
                 '<span>%s views</span><span> · </span><a class="q-box qu-cursor--pointer '
                 'qu-hover--textDecoration--underline"><span>View %s upvotes</span></a><span> · </span>'
                 '<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline">'
                 '<span>View %s %s</span></a></div></div>' % (a["views"], a["upvotes"], a["shares"],
                                                "share" if a["shares"] == "1" else "shares"))
    parts.append('<div class="q-flex qu-justifyContent--space-between qu-alignItems--center '
                 'qu-px--medium qu-py--tiny"><div class="q-flex qu-alignItems--center">'
                 '<div class="q-flex qu-borderRadius--pill qu-bg--gray_ultralight">'
                 '<button class="q-click-wrapper qu-px--small" role="button" aria-label="Upvote">'
                 '<span class="q-text qu-dynamicFontSize--small">Upvote</span><span class="q-text"> · </span>'
                 '<span class="q-text qu-dynamicFontSize--small">%s</span></button>'
                 '<button class="q-click-wrapper qu-px--small" role="button" aria-label="Downvote">'
                 '<span class="q-box" aria-hidden="true"></span></button></div>'
                 '<button class="q-click-wrapper qu-ml--small" role="button" aria-label="Comment">'
                 '<span class="q-text qu-dynamicFontSize--small">%s</span></button>'
                 '<button class="q-click-wrapper qu-ml--small" role="button" aria-label="Share">'
                 '<span class="q-text qu-dynamicFontSize--small">%s</span></button></div>'
                 '<button class="q-click-wrapper" role="button" aria-label="More">'
                 '<span class="q-box" aria-hidden="true"></span></button></div>'
                 % (a["upvotes"], a["comments"], a["shares"]))
    if a.get("comments_list"):
        parts.append('<div class="q-box qu-bg--gray_ultralight qu-px--medium qu-py--small">'
                     '<div class="q-flex qu-alignItems--center"><div class="q-text qu-color--gray_light">'
                     'Add a comment...</div><button class="q-click-wrapper qu-bg--blue qu-color--white" '
                     'role="button"><span class="q-text">Add Comment</span></button></div>')
        for c in a["comments_list"]:
            parts.append('<div class="q-box qu-pt--small"><div class="q-flex">'
                         '<span class="q-text qu-bold qu-dynamicFontSize--small">%s</span>'
                         '<span class="q-text qu-color--gray_light qu-dynamicFontSize--small"> · %s</span>'
                         '</div><div class="q-text qu-dynamicFontSize--small qu-wordBreak--break-word">'
                         '<p class="q-text qu-display--block">%s</p></div>'
                         '<div class="q-flex qu-color--gray_light"><span class="q-text">Reply</span>'
                         '</div></div>' % (esc(c["name"]), esc(c["date"]), inline(c["text"])))
        parts.append('</div>')
    parts.append("</div>")
    return "".join(parts)


def render_sponsor(s):
    return ('<div class="q-box qu-borderAll qu-borderRadius--small qu-mb--small qu-bg--raised '
            'dom_annotate_ad_promoted_answer"><div class="q-box qu-p--medium">'
            '<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Sponsored by %s</div>'
            '<div class="q-text qu-bold qu-dynamicFontSize--medium">%s</div>'
            '<div class="q-text qu-dynamicFontSize--small">%s</div>'
            '<a class="q-box qu-display--inline-block qu-borderAll qu-borderRadius--pill" '
            'href="https://www.quora.com/qemail/tc?al_imp=eyJ0eXBlIjogMzMsICJoYXNoIjogIjE3N" '
            'rel="noopener nofollow" target="_blank"><span class="q-text">%s</span></a>'
            '<div class="q-box"><img class="q-image" src="%s/main-qimg-%s.webp" alt="" '
            'width="568" height="320"></div></div></div>'
            % (esc(s["brand"]), esc(s["tagline"]), esc(s["body"]), esc(s["cta"]),
               FILES, hid(s["brand"], 32)))


def main():
    meta, blocks = parse(SRC)
    for b in blocks:
        if b["kind"] == "answer" and b.get("comment_items"):
            lst = []
            for c in b["comment_items"]:
                lst.append({"name": c["name"], "date": c["date"], "text": c["text"]})
            b["comments_list"] = lst
    title = meta["TITLE"]
    slug = meta["SLUG"]
    url = "https://www.quora.com/" + slug
    answers = [b for b in blocks if b["kind"] == "answer"]
    related = [b for b in blocks if b["kind"] == "related"][0]["body"]
    first_text = " ".join(re.sub(r"\*\*", "", l) for l in answers[0]["body"])

    ld = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": title,
            "text": title,
            "answerCount": int(meta["ANSWERS"]),
            "dateCreated": "2025-03-13T16:05:41.000Z",
            "author": {"@type": "Person", "name": "Quora User"},
            "acceptedAnswer": {
                "@type": "Answer",
                "text": first_text[:240] + "...",
                "dateCreated": "2025-03-14T05:12:09.000Z",
                "upvoteCount": 2400,
                "author": {"@type": "Person", "name": answers[0]["name"],
                           "url": "https://www.quora.com/profile/" + answers[0]["profile"]},
                "url": url + "/answer/Vikram-Rathore",
            },
        },
    }
    settings = {
        "pageType": "question", "qid": 168824031, "locale": "en", "isLoggedIn": False,
        "enableSignupWall": True, "experiments": {"answer_page_signup_wall": "control_b",
                                                  "related_questions_rail": "v3"},
        "revision": "c3f9a1e07d52b6a4e8b0f1a2d9c7e5b3a4f6d8e1", "cdnBase": "https://qsf.cf2.quoracdn.net/",
    }

    h = []
    h.append("<!DOCTYPE html>\n")
    h.append("<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    h.append('<html lang="en" class="q-platform--desktop"><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append("<title>%s - Quora</title>" % esc(title))
    h.append('<meta name="description" content="Answer (1 of %s): %s">'
             % (meta["ANSWERS"], esc(first_text[:150])))
    h.append('<meta property="og:title" content="%s">' % esc(title))
    h.append('<meta property="og:site_name" content="Quora">')
    h.append('<meta name="twitter:card" content="summary">')
    h.append('<link rel="canonical" href="%s">' % url)
    h.append('<link rel="alternate" hreflang="hi" href="https://hi.quora.com/">')
    h.append('<link rel="shortcut icon" href="%s/favicon-ff24e6ee9c4a5b31.ico">' % FILES)
    h.append('<link rel="stylesheet" href="%s/main-page.css-1f0a7d3be6a1.css">' % FILES)
    h.append('<link rel="stylesheet" href="%s/components.css-59c5a0fbc812.css">' % FILES)
    h.append('<style>.q-box{box-sizing:border-box}.qu-bold{font-weight:bold}'
             '.qu-color--gray_light{color:#939598}.qu-display--block{display:block}'
             '.signup_wall_overlay{position:fixed;inset:0;background:rgba(255,255,255,.6)}'
             '</style>')
    h.append('<script type="application/ld+json">%s</script>'
             % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/"))
    h.append("<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {};"
             "window.ansFrontendGlobals.settings = %s;"
             "window.ansFrontendGlobals.earlySettings = {\"enableLocalStorage\":true};</script>"
             % json.dumps(settings, sort_keys=True, separators=(",", ":")))
    h.append('<script async="" src="%s/gtag.js"></script>' % FILES)
    h.append("</head>\n")
    h.append('<body class="q-platform--desktop q-color-mode--light"><div id="root">'
             '<div class="q-box">')
    # header / menus
    h.append('<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom '
             'qu-boxShadow--medium" role="banner"><div class="q-flex qu-alignItems--center '
             'qu-justifyContent--space-between">'
             '<a class="q-box qu-cursor--pointer" href="https://www.quora.com/" aria-label="Quora">'
             '<svg width="89px" height="50px" viewBox="0 0 89 50"><title>Quora</title><g>'
             '<path d="M20.8,28.4 C19.6,26.1 18.2,24.1 15.6,24.1"></path></g></svg></a>'
             '<nav class="q-flex" role="navigation">'
             '<div class="q-box"><a class="q-box qu-px--small" href="https://www.quora.com/" aria-label="Home">'
             '<span class="q-text">Home</span></a></div>'
             '<div class="q-box"><a class="q-box qu-px--small" href="https://www.quora.com/following" aria-label="Following">'
             '<span class="q-text">Following</span></a></div>'
             '<div class="q-box"><a class="q-box qu-px--small" href="https://www.quora.com/answer" aria-label="Answer">'
             '<span class="q-text">Answer</span></a></div>'
             '<div class="q-box"><a class="q-box qu-px--small" href="https://www.quora.com/spaces" aria-label="Spaces">'
             '<span class="q-text">Spaces</span></a></div>'
             '<div class="q-box"><a class="q-box qu-px--small" href="https://www.quora.com/notifications" '
             'aria-label="Notifications"><span class="q-text">Notifications</span></a></div></nav>'
             '<div class="q-box qu-flex--auto"><form class="q-box" role="search">'
             '<input class="q-input qu-px--small" type="text" placeholder="Search Quora" value="">'
             '</form></div>'
             '<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill" role="button">'
             '<span class="q-text">Try Quora+</span></button>'
             '<button class="q-click-wrapper qu-px--small" role="button" aria-label="Languages">'
             '<span class="q-text">EN</span></button>'
             '<a class="q-box qu-px--small" href="https://www.quora.com/?prevent_redirect=1">'
             '<span class="q-text">Sign In</span></a>'
             '<button class="q-click-wrapper qu-bg--red qu-color--white qu-borderRadius--pill" '
             'role="button"><span class="q-text">Add question</span></button></div></div>')
    h.append('<div class="q-box qu-pt--huge"><div class="q-flex qu-justifyContent--center">')
    # main column
    h.append('<div class="q-box puppeteer_test_question_main" style="width: 606px;">')
    h.append('<div class="q-box qu-mb--small"><div class="q-flex qu-flexWrap--wrap">')
    for t in meta["TOPICS"].split("|"):
        h.append('<a class="q-box qu-display--inline-block qu-borderRadius--pill qu-bg--gray_ultralight '
                 'qu-mr--tiny qu-mb--tiny" href="https://www.quora.com/topic/%s">'
                 '<div class="q-text qu-dynamicFontSize--small">%s</div></a>'
                 % (t.replace(" ", "-"), esc(t)))
    h.append("</div>")
    h.append('<div class="q-text qu-dynamicFontSize--xlarge qu-bold qu-color--gray_dark_dim '
             'qu-passColorToLinks puppeteer_test_question_title" style="box-sizing: border-box;">'
             '<span class="q-box qu-userSelect--text"><span>%s</span></span></div>' % esc(title))
    h.append('<div class="q-flex qu-alignItems--center qu-mt--small">'
             '<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill" role="button">'
             '<span class="q-text">Answer</span></button>'
             '<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill qu-ml--tiny" role="button">'
             '<span class="q-text">Follow</span><span class="q-text"> · </span><span class="q-text">%s</span>'
             '</button><button class="q-click-wrapper qu-ml--tiny" role="button">'
             '<span class="q-text">Request</span></button></div></div>' % meta["FOLLOWERS"])
    h.append('<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mb--small">'
             '<button class="q-click-wrapper" role="button"><span class="q-text qu-bold">'
             'All related (38)</span></button><div class="q-flex"><span class="q-text '
             'qu-color--gray_light">Sort</span><button class="q-click-wrapper" role="button">'
             '<span class="q-text">Recommended</span></button></div></div>')
    n = 0
    for b in blocks:
        if b["kind"] == "answer":
            h.append(render_answer(b, n, slug))
            n += 1
            if n == 3:
                h.append('<div class="q-box qu-mb--small"><a class="q-box qu-cursor--pointer" '
                         'href="%s?top_ans=1"><div class="q-text qu-color--blue_dark">'
                         'View 2 other answers to this question</div></a></div>' % url)
        elif b["kind"] == "sponsor":
            h.append(render_sponsor(b))
    h.append('<div class="q-box qu-mt--medium qu-mb--huge"><div class="q-text qu-color--gray_light '
             'qu-textAlign--center">Continue Reading</div></div>')
    h.append("</div>")
    # right rail
    h.append('<div class="q-box qu-ml--medium" style="width: 270px;">'
             '<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised">'
             '<div class="q-box qu-px--medium qu-py--small qu-borderBottom">'
             '<div class="q-text qu-bold qu-dynamicFontSize--regular">Related questions</div></div>'
             '<div class="q-box qu-px--medium qu-py--small">')
    for i, rq in enumerate(related):
        h.append('<div class="q-box qu-py--tiny"><a class="q-box qu-cursor--pointer '
                 'qu-hover--textDecoration--underline" href="https://www.quora.com/%s">'
                 '<div class="q-text qu-dynamicFontSize--small qu-color--blue_dark">%s</div></a></div>'
                 % (re.sub(r"[^A-Za-z0-9]+", "-", rq).strip("-"), esc(rq)))
    h.append('</div></div>')
    h.append('<div class="q-box qu-mt--medium qu-color--gray_light"><div class="q-text '
             'qu-dynamicFontSize--small">About · Careers · Privacy · Terms · Contact · Languages · '
             'Your Ad Choices · Press · © Quora, Inc. 2025</div></div></div>')
    h.append("</div></div>")
    # sign-up wall (logged-out visitors)
    h.append('<div class="q-box signup_wall_overlay" role="dialog" aria-modal="true">'
             '<div class="q-box qu-bg--raised qu-borderRadius--small qu-p--large modal_signup">'
             '<div class="q-text qu-bold qu-dynamicFontSize--large">Sign In</div>'
             '<div class="q-text qu-color--gray_light">Sign up to read more answers from experts '
             'and people like you.</div>'
             '<button class="q-click-wrapper qu-borderAll" role="button"><span class="q-text">'
             'Continue with Google</span></button>'
             '<button class="q-click-wrapper qu-borderAll" role="button"><span class="q-text">'
             'Continue with Facebook</span></button>'
             '<button class="q-click-wrapper" role="button"><span class="q-text">Sign up with email'
             '</span></button>'
             '<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">By continuing you '
             'indicate that you agree to Quora’s Terms of Service and Privacy Policy.</div>'
             '<form class="q-box"><input class="q-input" type="email" placeholder="Your email">'
             '<input class="q-input" type="password" placeholder="Your password">'
             '<a class="q-box qu-color--gray_light" href="https://www.quora.com/forgot_password">'
             '<span class="q-text">Forgot password?</span></a><button class="q-click-wrapper '
             'qu-bg--blue qu-color--white" role="button" disabled=""><span class="q-text">Login'
             '</span></button></form></div></div>')
    h.append("</div></div>\n")
    h.append('<script src="%s/webpack-runtime-8b3c2f6a1e.js"></script>' % FILES)
    h.append('<script src="%s/main-entry-5de1b0c4a7.js"></script>' % FILES)
    h.append("<script>window.ansFrontendGlobals.data = {\"pageLoadId\":\"%s\",\"hydrate\":true};"
             "require([\"qcore/entry\"], function(e){e.hydrate(document.getElementById(\"root\"));});"
             "</script>\n" % hid(slug, 16))
    h.append("</body></html>\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(h))


if __name__ == "__main__":
    main()
