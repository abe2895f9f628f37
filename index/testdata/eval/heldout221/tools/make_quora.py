#!/usr/bin/python3
"""Make docs/quora-verma-committee-fundamental-duties.html from
tools/quora-verma-committee-fundamental-duties.txt.

The page is a Quora question page as Chrome saves it with "Webpage, Complete" while logged in:
a "saved from url" comment, a <title> with the "(3)" notification count, meta / Open Graph /
Twitter tags, a canonical link, stylesheet and icon links into the "_files" folder the browser
writes beside the page (not part of this set), an inline globals script, a JSON-LD QAPage script
holding the answers' text again, an inline style block; then Quora's React markup: the header
bar (logo, Home, Following, Answer, Spaces, Notifications with a count, "Search Quora",
"Try Quora+", "Add question"), the topic chips, the question title in a styled div (no <h1>),
Answer / Follow / Request buttons, "All related (27)" with a sort control, and the three
answers, each an author row (avatar, name, "Follow", credential, date), the content in q-box /
q-text divs with classed <p> elements (a heading is a paragraph holding only a <strong>; Quora
has no headings), <ol>/<ul> lists of <li>, a views line, "View upvotes" / "View shares" links
and an Upvote / Downvote / comment / share button row. A "Related questions" card and a
"Sponsored" advertisement sit between the answers; a right-hand rail holds another related
list, an "Ask a question" promo and the footer links; an app banner ends the body.

Source markup: see the comment lines at the top of the source text.
Run from anywhere: /usr/bin/python3 tools/make_quora.py  (output is byte-for-byte stable)
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "quora-verma-committee-fundamental-duties.txt")
OUT = os.path.join(HERE, "..", "docs", "quora-verma-committee-fundamental-duties.html")
FILES = "./What did the Justice Verma Committee (1999) recommend on Fundamental Duties, and how are these duties enforced if they are non-justiciable_ - Quora_files"

P_STYLE = ("box-sizing: border-box; margin: 0px 0px 1em; overflow-wrap: anywhere; "
           "word-break: break-word;")
P_CLASS = "q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"
AVATARS = {"Rohit-Deshmukh-41": "main-thumb-1402398817-50-vtkqgyhzbzbqcxrnmmvwlcpkhqxlwlrb.jpeg",
           "Meenakshi-Iyer-112": "main-thumb-2217760543-50-nqdkmvmrbnhqbczvtdsxmpxktrlvwqhj.jpeg",
           "Aakash-Tiwari-907": "main-thumb-1883042276-50-hzrjyzqpwqfrqgswbwnkltmbxcqvhkgh.jpeg"}


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    q, answers, related = {}, [], []
    cur, mode = None, None
    for line in lines:
        if line == "@question":
            mode, cur = "q", q
        elif line == "@answer":
            cur = {"body": []}
            answers.append(cur)
            mode = "ah"
        elif line == "@related":
            mode = "rel"
        elif mode == "ah" and line == "---":
            mode = "ab"
        elif mode in ("q", "ah") and ": " in line:
            k, v = line.split(": ", 1)
            cur[k] = v
        elif mode == "ab":
            if line.strip():
                cur["body"].append(line)
        elif mode == "rel" and line.strip():
            related.append(line)
    return q, answers, related


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)",
               r'<a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" '
               r'href="\2" rel="noopener nofollow" target="_blank">\1</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r'<strong class="q-box qu-bold">\1</strong>', s)
    s = re.sub(r"\*([^*]+)\*", r'<em class="q-box qu-italic">\1</em>', s)
    return s


def plain(s):
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    return s.replace("**", "").replace("*", "").replace("## ", "")


def body_html(lines):
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            out.append('<p class="%s" style="%s"><strong class="q-box qu-bold">%s</strong></p>'
                       % (P_CLASS, P_STYLE, inline(l[3:])))
            i += 1
        elif l.startswith("- ") or re.match(r"\d+\. ", l):
            kind = "ul" if l.startswith("- ") else "ol"
            items = []
            while i < len(lines) and ((kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            lst = "disc" if kind == "ul" else "decimal"
            out.append('<%s class="q-box" style="box-sizing: border-box; margin: 0px 0px 1em; '
                       'padding-left: 1.5em;">' % kind)
            for it in items:
                out.append('<li class="q-relative" style="box-sizing: border-box; '
                           'list-style-type: %s; margin-bottom: 0.25em;">%s</li>' % (lst, inline(it)))
            out.append("</%s>" % kind)
        elif l.startswith("> "):
            out.append('<blockquote class="q-box qu-borderLeft qu-pl--small" style="box-sizing: '
                       'border-box; border-left: 2px solid rgb(222, 224, 225);"><p class="%s" '
                       'style="%s">%s</p></blockquote>' % (P_CLASS, P_STYLE, inline(l[2:])))
            i += 1
        else:
            out.append('<p class="%s" style="%s">%s</p>' % (P_CLASS, P_STYLE, inline(l)))
            i += 1
    return "\n".join(out)


ICON = ('<svg width="24" height="24" viewBox="0 0 24 24"><g stroke-width="1.5" fill="none" '
        'fill-rule="evenodd"><path d="%s" class="icon_svg-stroke" stroke="#666" '
        'stroke-linecap="round" stroke-linejoin="round"></path></g></svg>')
PATHS = {
    "home": "M4 10.986 12 3l8 7.986V20a1 1 0 0 1-1 1h-4v-6h-6v6H5a1 1 0 0 1-1-1v-9.014Z",
    "following": "M14.5 19.5h-8a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v8m-5 4 5-4m-5 4v-3a1 1 0 0 1 1-1h4",
    "answer": "M18.571 5.429h0a2 2 0 0 1 0 2.828l-9.9 9.9-4.24 1.416 1.412-4.245 9.9-9.9h0a2 2 0 0 1 2.828 0Z",
    "spaces": "M10.5 7.5a3 3 0 1 1-6 0 3 3 0 0 1 6 0Zm9 9a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z",
    "bell": "M12 4.5a5 5 0 0 1 5 5v4l1.5 2.5h-13L7 13.5v-4a5 5 0 0 1 5-5Zm-2 11.5a2 2 0 0 0 4 0",
    "upvote": "M12 4 3 15h6v5h6v-5h6z",
    "downvote": "m12 20 9-11h-6V4H9v5H3z",
    "comment": "M12.071 18.86c4.103 0 7.429-3.102 7.429-6.93C19.5 8.103 16.174 5 12.071 5s-7.429 3.103-7.429 6.93c0 1.291.379 2.5 1.037 3.534.32.501-1.551 3.058-1.112 3.467.46.429 3.236-1.295 3.803-.99 1.09.585 2.354.92 3.701.92Z",
    "share": "M12 3.5 4 13h4.5v7.5h7V13H20z",
    "more": "M5 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm7 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm7 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z",
}


def icon(name):
    return ICON % PATHS[name]


def answer_html(n, a):
    url = "https://www.quora.com/What-did-the-Justice-Verma-Committee-1999-recommend-on-Fundamental-Duties-and-how-are-these-duties-enforced-if-they-are-non-justiciable/answer/" + a["handle"]
    h = a["handle"]
    return """<div class="q-box dom_annotate_question_answer_item_{n}" style="box-sizing: border-box;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-bg--raised" style="box-sizing: border-box; position: relative; overflow: hidden; margin-bottom: 8px;">
<div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny" style="box-sizing: border-box;">
<div class="q-flex qu-alignItems--flex-start" style="box-sizing: border-box; display: flex;">
<div class="q-box qu-mr--small" style="box-sizing: border-box;"><a class="q-box qu-display--block" href="https://www.quora.com/profile/{h}"><div class="q-inlineFlex qu-borderRadius--circle qu-overflow--hidden" style="box-sizing: border-box; width: 36px; height: 36px;"><img class="q-image qu-display--block" src="{files}/{av}" alt="Profile photo for {author}" style="box-sizing: border-box; width: 36px; height: 36px;"></div></a></div>
<div class="q-box" style="box-sizing: border-box; flex: 1 1 0%;">
<div class="q-text qu-dynamicFontSize--small qu-color--gray_dark" style="box-sizing: border-box;"><span class="q-box"><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link qu-color--gray_dark qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.com/profile/{h}"><span class="q-text qu-wordBreak--break-word qu-bold">{author}</span></a></span><span class="q-text qu-dynamicFontSize--small"><span aria-hidden="true"> · </span></span><button class="q-click-wrapper qu-color--blue_dark qu-bold" role="button" tabindex="0" type="button"><span class="q-text qu-dynamicFontSize--small">Follow</span></button></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light" style="box-sizing: border-box;"><span class="q-box CssComponent__CssInlineComponent-sc-1oskqb9-1 UserCredential___StyledCssInlineComponent-lnf3zt-0 gwKbWT">{cred}</span><span aria-hidden="true"> · </span><a class="q-box answer_timestamp qu-cursor--pointer qu-hover--textDecoration--underline" href="{url}" style="color: inherit;">{date}</a></div>
</div>
<div class="q-box qu-ml--small" style="box-sizing: border-box;"><button class="q-click-wrapper" aria-label="Hide answer" type="button">×</button></div>
</div>
</div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content" style="box-sizing: border-box;">
<div class="q-box qu-px--medium" style="box-sizing: border-box;">
<div class="q-text qu-wordBreak--break-word" style="box-sizing: border-box;"><div class="q-box qu-userSelect--text" style="box-sizing: border-box;"><div class="q-relative spacing_log_answer_content" style="box-sizing: border-box;">
{body}
</div></div></div>
</div>
</div>
<div class="q-box qu-px--medium qu-pb--tiny" style="box-sizing: border-box;">
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light" style="box-sizing: border-box;"><span>{views} views</span><span aria-hidden="true"> · </span><a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="{url}/log">View upvotes</a><span aria-hidden="true"> · </span><a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="{url}/shares">View {shares} shares</a></div>
</div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-py--tiny qu-borderTop" style="box-sizing: border-box; display: flex;">
<div class="q-flex" style="box-sizing: border-box; display: flex;"><div class="q-flex qu-borderRadius--pill qu-bg--gray_ultralight" style="box-sizing: border-box; display: flex;"><button class="q-click-wrapper qu-px--small" aria-label="Upvote" type="button">{up_icon}<span class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray">Upvote</span><span class="q-text qu-dynamicFontSize--small qu-color--gray" aria-hidden="true"> · </span><span class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray">{upvotes}</span></button><button class="q-click-wrapper qu-px--small" aria-label="Downvote" type="button">{down_icon}</button></div><button class="q-click-wrapper qu-px--small" aria-label="Comments" type="button">{comment_icon}<span class="q-text qu-dynamicFontSize--small qu-color--gray">{comments}</span></button><button class="q-click-wrapper qu-px--small" aria-label="Share" type="button">{share_icon}<span class="q-text qu-dynamicFontSize--small qu-color--gray">{shares}</span></button></div>
<button class="q-click-wrapper" aria-label="More" type="button">{more_icon}</button>
</div>
</div>
</div>""".format(n=n, h=h, files=html.escape(FILES), av=AVATARS[h], author=html.escape(a["author"]),
                 cred=html.escape(a["credential"]), url=url, date=a["date"], body=body_html(a["body"]),
                 views=a["views"], shares=a["shares"], upvotes=a["upvotes"], comments=a["comments"],
                 up_icon=icon("upvote"), down_icon=icon("downvote"), comment_icon=icon("comment"),
                 share_icon=icon("share"), more_icon=icon("more"))


def related_card(related):
    items = "\n".join(
        '<div class="q-box qu-py--small qu-borderBottom" style="box-sizing: border-box;"><a class="q-box qu-display--block qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.com/%s"><div class="q-text qu-dynamicFontSize--regular qu-bold qu-color--gray_dark" style="box-sizing: border-box;"><span class="q-box qu-userSelect--text">%s</span></div></a></div>'
        % (re.sub(r"[^A-Za-z0-9]+", "-", r).strip("-"), html.escape(r)) for r in related[:4])
    return """<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small" style="box-sizing: border-box;">
<div class="q-box qu-px--medium qu-pt--medium" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--regular_title qu-bold qu-color--gray_dark" style="box-sizing: border-box;">Related questions</div></div>
<div class="q-box qu-px--medium" style="box-sizing: border-box;">
%s
</div>
<div class="q-box qu-px--medium qu-py--small" style="box-sizing: border-box;"><button class="q-click-wrapper qu-color--blue_dark" type="button"><span class="q-text qu-dynamicFontSize--small qu-bold">More answers below</span></button></div>
</div>""" % items


AD = """<div class="q-box dom_annotate_ad_promoted_answer qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small" style="box-sizing: border-box;">
<div class="q-box qu-px--medium qu-pt--medium" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--small qu-color--gray_light" style="box-sizing: border-box;">Sponsored by PrepLadder IAS</div></div>
<div class="q-box qu-px--medium qu-pt--tiny" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--regular_title qu-bold qu-color--gray_dark" style="box-sizing: border-box;">Struggling with Polity answer writing?</div></div>
<div class="q-box qu-px--medium qu-pt--tiny" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--regular qu-color--gray_dark" style="box-sizing: border-box;">Daily Mains questions, model answers and evaluation by mentors. Join the free 7-day trial today.</div></div>
<div class="q-box qu-px--medium qu-py--small" style="box-sizing: border-box;"><img class="q-image" src="{files}/main-qimg-ad-7c1e3f0b9a24d6e8f5.webp" alt="" style="box-sizing: border-box; width: 100%;"></div>
<div class="q-flex qu-justifyContent--flex-end qu-px--medium qu-pb--medium" style="box-sizing: border-box; display: flex;"><a class="q-box qu-cursor--pointer" href="https://www.quora.com/ad/click?id=4471920386&amp;src=answer_feed" rel="noopener nofollow" target="_blank"><button class="q-click-wrapper qu-bg--blue qu-color--white qu-borderRadius--pill qu-px--medium" type="button"><span class="q-text qu-dynamicFontSize--small qu-bold">Learn More</span></button></a></div>
</div>""".format(files=html.escape(FILES))


def page(q, answers, related):
    title = q["title"]
    first = plain(answers[0]["body"][0])
    ld = {"@context": "https://schema.org", "@type": "QAPage",
          "mainEntity": {"@type": "Question", "name": title, "text": title,
                         "answerCount": len(answers), "dateCreated": "2025-01-06T04:12:37.000Z",
                         "author": {"@type": "Person", "name": "Anonymous"},
                         "suggestedAnswer": [
                             {"@type": "Answer", "text": "\n".join(plain(l) for l in a["body"]),
                              "upvoteCount": int(a["upvotes"]),
                              "url": "https://www.quora.com/answer/" + a["handle"],
                              "author": {"@type": "Person", "name": a["author"],
                                         "url": "https://www.quora.com/profile/" + a["handle"]}}
                             for a in answers]}}
    ld_text = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    topics = "".join(
        '<a class="q-box qu-display--inline-block qu-mr--tiny qu-mb--tiny" href="https://www.quora.com/topic/%s"><div class="q-inlineFlex qu-borderRadius--pill qu-bg--gray_ultralight qu-px--small" style="box-sizing: border-box;"><span class="q-text qu-dynamicFontSize--small qu-color--gray_dark">%s</span></div></a>'
        % (re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-"), html.escape(t))
        for t in q["topics"].split(" | "))
    parts = []
    for n, a in enumerate(answers):
        parts.append(answer_html(n, a))
        if n == 0:
            parts.append(related_card(related))
        if n == 1:
            parts.append(AD)
    rail = "\n".join(
        '<li class="q-box qu-py--tiny"><a class="q-box qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.com/%s"><span class="q-text qu-dynamicFontSize--small qu-color--blue_dark">%s</span></a></li>'
        % (re.sub(r"[^A-Za-z0-9]+", "-", r).strip("-"), html.escape(r)) for r in related)
    desc = html.escape("Answer (1 of %d): %s" % (len(answers), first[:150].rsplit(" ", 1)[0] + "..."),
                       quote=True)
    nav = "".join(
        '<div class="q-box qu-flex--1" style="box-sizing: border-box;"><a class="q-box qu-display--flex qu-justifyContent--center qu-py--small" href="https://www.quora.com/%s" aria-label="%s">%s%s</a></div>'
        % (href, label, icon(ic), badge)
        for href, label, ic, badge in (
            ("", "Home", "home", ""),
            ("following", "Following", "following", ""),
            ("answer", "Answer", "answer", ""),
            ("spaces", "Spaces", "spaces", ""),
            ("notifications", "Notifications", "bell",
             '<div class="q-absolute qu-bg--red qu-borderRadius--pill qu-color--white" style="box-sizing: border-box; font-size: 11px; padding: 0px 4px;">3</div>')))
    return """<!DOCTYPE html>
<!-- saved from url=({ulen}){url} -->
<html lang="en" class="q-platform--desktop"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>(3) {title_e} - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<meta property="og:site_name" content="Quora">
<meta property="og:title" content="{title_e}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{desc}">
<meta property="og:type" content="website">
<meta property="og:image" content="https://qph.cf2.quoracdn.net/main-qimg-4f6d0a3b1c2e9d8a7b5f6e4c3d2a1b0c">
<meta name="twitter:card" content="summary">
<meta name="twitter:site" content="@Quora">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="hi" href="https://hi.quora.com/">
<link rel="stylesheet" href="{files}/main-page-qcss-8f2b4c1d.css">
<link rel="stylesheet" href="{files}/app-qcss-31e7a9c0.css">
<link rel="shortcut icon" href="{files}/favicon.ico">
<link rel="apple-touch-icon" href="{files}/apple-touch-icon-152x152.png">
<script type="text/javascript">window.ansFrontendGlobals = window.ansFrontendGlobals || {{}}; window.ansFrontendGlobals.settings = {{"webPageBuild": "quora-main-2025-08-14-r4", "locale": "en", "isLoggedIn": true, "uid": 2904417731, "experiments": {{"answer_page_related_card": "treatment", "ad_slot_answer_feed": "v3"}}}};</script>
<script type="application/ld+json">{ld}</script>
<style>
.q-box{{box-sizing:border-box}}.q-text{{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}}
.qu-bold{{font-weight:700}}.qu-italic{{font-style:italic}}.qu-color--gray_dark{{color:#282829}}.qu-color--gray_light{{color:#939598}}
.qu-color--blue_dark{{color:#2e69ff}}.qu-bg--raised{{background:#fff}}.qu-borderAll{{border:1px solid #dee0e1}}
.qu-dynamicFontSize--regular{{font-size:15px;line-height:1.4}}.qu-dynamicFontSize--small{{font-size:13px}}
.puppeteer_test_question_title{{font-size:21px;font-weight:700;line-height:1.4}}
</style>
</head>
<body class="q-body qu-bg--gray_ultralight" style="margin: 0px;">
<div id="root"><div class="q-box" style="box-sizing: border-box;">
<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom qu-boxShadow--medium" style="box-sizing: border-box; top: 0px; height: 51px;">
<div class="q-flex qu-alignItems--center" style="box-sizing: border-box; display: flex; max-width: 1100px; margin: 0px auto;">
<a class="q-box qu-mr--medium" href="https://www.quora.com/" aria-label="Quora"><svg width="89" height="51" viewBox="0 0 89 51"><path d="M17.6 33.4c-1.2-2.3-2.6-4.7-5.2-4.7-.5 0-1 .1-1.5.3l-.9-1.8c1.1-1 2.9-1.7 5.2-1.7 3.6 0 5.4 1.7 6.9 3.9.9-1.9 1.3-4.4 1.3-7.5 0-7.8-2.4-11.8-8.1-11.8-5.6 0-8 4-8 11.8 0 7.8 2.4 11.7 8 11.7.9 0 1.7-.1 2.3-.2Z" fill="#B92B27"></path></svg></a>
<div class="q-flex qu-flex--1" style="box-sizing: border-box; display: flex;">{nav}</div>
<div class="q-box qu-mx--small" style="box-sizing: border-box;"><div class="q-flex qu-alignItems--center qu-borderAll qu-borderRadius--small qu-px--small" style="box-sizing: border-box; display: flex;"><input class="q-input qu-dynamicFontSize--small" type="text" placeholder="Search Quora" value="" autocomplete="off" style="box-sizing: border-box; border: none;"></div></div>
<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill qu-px--small" type="button"><span class="q-text qu-dynamicFontSize--small qu-color--gray">Try Quora+</span></button>
<div class="q-box qu-mx--small" style="box-sizing: border-box;"><img class="q-image qu-borderRadius--circle" src="{files}/main-thumb-2904417731-50-lmtnkcwbjvqwzgzqzhxkszxvpodqhbxf.jpeg" alt="Profile photo for you" style="width: 26px; height: 26px;"></div>
<button class="q-click-wrapper qu-bg--red qu-color--white qu-borderRadius--pill qu-px--medium" type="button"><span class="q-text qu-dynamicFontSize--small qu-bold">Add question</span></button>
</div>
</div>
<div class="q-flex qu-justifyContent--center" style="box-sizing: border-box; display: flex; padding-top: 70px;">
<div class="q-box puppeteer_test_question_main" style="box-sizing: border-box; width: 606px;">
<div class="q-box qu-mb--small" style="box-sizing: border-box;">{topics}</div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small" style="box-sizing: border-box;">
<div class="q-text puppeteer_test_question_title" style="box-sizing: border-box;"><span class="q-box qu-userSelect--text" style="box-sizing: border-box;"><span style="background: none;">{title_e}</span></span></div>
<div class="q-flex qu-mt--small" style="box-sizing: border-box; display: flex;"><button class="q-click-wrapper qu-borderAll qu-borderRadius--pill qu-px--small" type="button">{answer_icon}<span class="q-text qu-dynamicFontSize--small">Answer</span></button><button class="q-click-wrapper qu-px--small" type="button"><span class="q-text qu-dynamicFontSize--small">Follow</span><span class="q-text qu-dynamicFontSize--small" aria-hidden="true"> · </span><span class="q-text qu-dynamicFontSize--small">{followers}</span></button><button class="q-click-wrapper qu-px--small" type="button"><span class="q-text qu-dynamicFontSize--small">Request</span></button><button class="q-click-wrapper qu-ml--auto" aria-label="More" type="button">{more_icon}</button></div>
</div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-py--small" style="box-sizing: border-box; display: flex;"><div class="q-text qu-dynamicFontSize--regular qu-bold" style="box-sizing: border-box;">All related (27)</div><button class="q-click-wrapper" type="button"><span class="q-text qu-dynamicFontSize--small qu-color--gray">Sort</span><span class="q-text qu-dynamicFontSize--small qu-color--gray_dark qu-bold"> Recommended</span></button></div>
{answers}
<div class="q-box qu-py--medium" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--small qu-color--gray_light" style="box-sizing: border-box; text-align: center;">No more answers to this question. <a class="q-box qu-color--blue_dark" href="https://www.quora.com/search?q=fundamental+duties+verma+committee">Search for related questions</a></div></div>
</div>
<div class="q-box qu-ml--medium" style="box-sizing: border-box; width: 290px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--regular qu-bold" style="box-sizing: border-box;">Related questions</div><ul class="q-box" style="box-sizing: border-box; list-style: none; padding: 0px;">
{rail}
</ul></div>
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--small qu-color--gray_dark" style="box-sizing: border-box;">Still have a question? Ask and get answers from people who know.</div><button class="q-click-wrapper qu-borderAll qu-borderRadius--pill qu-px--medium qu-mt--small" type="button"><span class="q-text qu-dynamicFontSize--small qu-bold">Ask question</span></button></div>
<div class="q-box qu-px--small" style="box-sizing: border-box;"><div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light" style="box-sizing: border-box;"><a href="https://www.quora.com/about">About</a> · <a href="https://www.quora.com/careers">Careers</a> · <a href="https://www.quora.com/about/privacy">Privacy</a> · <a href="https://www.quora.com/about/tos">Terms</a> · <a href="https://www.quora.com/contact">Contact</a> · <a href="https://www.quora.com/about/languages">Languages</a> · <a href="https://www.quora.com/about/adchoices">Your Ad Choices</a> · <a href="https://www.quora.com/press">Press</a> · © Quora, Inc. 2025</div></div>
</div>
</div>
</div></div>
<div class="q-fixed qu-bottom--0 qu-fullX qu-bg--raised qu-borderTop qu-zIndex--overlay" style="box-sizing: border-box;"><div class="q-flex qu-alignItems--center qu-justifyContent--center qu-py--small" style="box-sizing: border-box; display: flex;"><span class="q-text qu-dynamicFontSize--small qu-color--gray_dark">Get the Quora app for a faster experience.</span><button class="q-click-wrapper qu-bg--blue qu-color--white qu-borderRadius--pill qu-px--small qu-ml--small" type="button"><span class="q-text qu-dynamicFontSize--small qu-bold">Open app</span></button><button class="q-click-wrapper qu-ml--small" aria-label="Dismiss" type="button">×</button></div></div>
<script type="text/javascript" src="{files}/main-page-webpack-3b9f0e.js" async=""></script>
<script type="text/javascript">window.ansFrontendGlobals.initialState = {{"page": "question", "qid": 163920547}};</script>
</body></html>
""".format(ulen=len(q["url"]), url=q["url"], title_e=html.escape(title, quote=False), desc=desc,
           files=html.escape(FILES), ld=ld_text, nav=nav, topics=topics, followers=q["followers"],
           answer_icon=icon("answer"), more_icon=icon("more"), answers="\n".join(parts), rail=rail)


def main():
    q, answers, related = parse()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(q, answers, related))


if __name__ == "__main__":
    main()
