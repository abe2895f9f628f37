#!/usr/bin/python3
"""Re-make docs/medium-why-lightning-kills-so-many-indians.html from its source text, byte for byte.

The file is a Medium story page as Chrome saves it with "Webpage, HTML Only": the server-rendered
React markup exactly as served (no "saved from url" comment, absolute miro.medium.com and
cdn-client.medium.com URLs), react-helmet metas (data-rh="true") with Open Graph, Twitter and
app-link tags, a JSON-LD SocialMediaPosting, Fela's atomic style blocks (data-fela-type STATIC /
KEYFRAME / RULE) and atomic class names; the top bar (Open in app, Sign up, Sign in, Medium logo,
Search, Write); the story: h1.pw-post-title, h2.pw-subtitle-paragraph, the byline (avatar,
author, Follow, read time and date), the clap and response counts with Listen and Share; body
paragraphs, h2 headings, lists, figures with srcSet pictures and figcaptions, a pull quote and an
indented block quote, each with a 4-hex id and data-selectable-paragraph; React's escaping of
' and " in text and its <!-- --> text separators; then the tags, the second clap bar, the "Written
by" card, the responses, "More from" and "Recommended from Medium" cards, the footer links and
the __PRELOADED_STATE__ / __APOLLO_STATE__ scripts. Not a member-only story, so no banner.
Run: /usr/bin/python3 tools/make_medium.py [output path]
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "medium-why-lightning-kills-so-many-indians.txt")
OUT = os.path.join(ROOT, "docs", "medium-why-lightning-kills-so-many-indians.html")


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def pid(text, salt=""):
    return hashlib.md5((salt + text).encode("utf-8")).hexdigest()[:4]


def inline(text):
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)", text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1):
            out.append('<strong class="nh hr">%s</strong>' % esc(m.group(1)))
        elif m.group(2):
            out.append('<em class="pu">%s</em>' % esc(m.group(2)))
        else:
            out.append('<a class="af py" href="%s" rel="noopener ugc nofollow" target="_blank">%s</a>' % (
                attr(m.group(4)), esc(m.group(3))))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def plain(text):
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), text)


def parse():
    with open(SRC, encoding="utf-8") as f:
        raw = f.read()
    lines = [l for l in raw.split("\n") if not l.startswith("%%")]
    raw = "\n".join(lines)
    head, rest = raw.split("\n---\n", 1)
    story, tail = rest.split("\n===\n", 1)
    meta = {}
    for l in head.strip().split("\n"):
        k, v = l.split(": ", 1)
        meta[k] = v
    blocks = [b.strip("\n") for b in story.strip().split("\n\n")]
    extra = {"response": [], "more": [], "rec": []}
    for l in tail.strip().split("\n"):
        k, v = l.split(": ", 1)
        if k in extra:
            extra[k].append(v.split("|"))
        else:
            extra[k] = v
    return meta, blocks, extra


P_CLS = "pw-post-body-paragraph nf ng hq nh b ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc hj bk"
LI_CLS = "nf ng hq nh b ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc qd qe qf bk"
H2_CLS = "od oe hq bf of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa bk"
SIZES = ("(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-pixel-ratio: 4) and "
         "(max-width: 700px) 50vw, (min-resolution: 3dppx) and (max-width: 700px) 67vw, "
         "(-webkit-min-device-pixel-ratio: 3) and (max-width: 700px) 65vw, (min-resolution: 2.5dppx) and "
         "(max-width: 700px) 80vw, (-webkit-min-device-pixel-ratio: 2.5) and (max-width: 700px) 80vw, "
         "(min-resolution: 2dppx) and (max-width: 700px) 100vw, (-webkit-min-device-pixel-ratio: 2) and "
         "(max-width: 700px) 100vw, 700px")
SVG_CLAP = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" aria-label="clap">'
            '<path fill="#6B6B6B" fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a6 6 0 0 0 .407-.372c2.388-2.389 2.86-4.951 1.399-7.623l-.912-1.603-.79-1.672c-.26-.56-.194-.98.203-1.288a.7.7 0 0 1 .546-.132c.283.046.546.231.728.5l2.363 4.157c.976 1.624 1.141 4.237-1.324 6.702m-10.999-.438L3.37 14.328a.828.828 0 0 1 .585-1.408.83.83 0 0 1 .585.242l2.158 2.157a.365.365 0 0 0 .516-.516l-2.157-2.158-1.449-1.449a.826.826 0 0 1 1.167-1.17l3.438 3.44a.363.363 0 0 0 .516 0 .364.364 0 0 0 0-.516L5.293 9.513l-.97-.97a.826.826 0 0 1 0-1.166.84.84 0 0 1 1.167 0l.97.968 3.437 3.436a.36.36 0 0 0 .517 0 .366.366 0 0 0 0-.516L6.977 7.83a.82.82 0 0 1-.241-.584.82.82 0 0 1 .824-.826c.219 0 .43.087.584.242l5.787 5.787a.366.366 0 0 0 .587-.415l-1.117-2.363c-.26-.56-.194-.98.204-1.289a.7.7 0 0 1 .546-.132c.283.046.545.232.727.501l2.193 3.86c1.302 2.38.883 4.59-1.277 6.75-1.156 1.156-2.602 1.627-4.19 1.367-1.418-.236-2.866-1.033-4.079-2.246M10.75 5.971l2.12 2.12c-.41.502-.465 1.17-.128 1.89l.22.465-3.523-3.523a.8.8 0 0 1-.097-.368c0-.22.086-.428.241-.584a.847.847 0 0 1 1.167 0m7.355 1.705c-.31-.461-.746-.758-1.23-.837a1.44 1.44 0 0 0-1.11.275c-.312.24-.505.543-.59.881a1.74 1.74 0 0 0-.906-.465 1.47 1.47 0 0 0-.82.106l-2.182-2.182a1.56 1.56 0 0 0-2.2 0 1.54 1.54 0 0 0-.396.701 1.56 1.56 0 0 0-2.21-.01 1.55 1.55 0 0 0-.416.753c-.624-.624-1.649-.624-2.237-.037a1.557 1.557 0 0 0 0 2.2c-.239.1-.501.238-.715.453a1.56 1.56 0 0 0 0 2.2l.516.515a1.556 1.556 0 0 0-.753 2.615L7.01 19c1.32 1.319 2.909 2.189 4.475 2.449q.482.08.971.08c.85 0 1.653-.198 2.393-.579.231.033.46.054.686.054 1.266 0 2.457-.52 3.505-1.567 2.763-2.763 2.552-5.734 1.439-7.586z" clip-rule="evenodd"></path></svg>')
SVG_RESP = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" class="pi"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598zm-3.122 1.055-.067-.223-.315.096a8 8 0 0 1-2.311.338c-4.023 0-7.292-2.955-7.292-6.587 0-3.633 3.269-6.588 7.292-6.588 4.014 0 7.112 2.958 7.112 6.593 0 1.794-.608 3.469-2.027 4.72l-.195.168v.255c0 .056 0 .151.016.295.025.231.081.478.154.733.154.558.398 1.117.722 1.659a5.3 5.3 0 0 1-2.165-.845c-.276-.176-.714-.383-.941-.59z"></path></svg>')
SVG_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" aria-labelledby="wordmark-medium-desc" viewBox="0 0 719 160" class="du dv"><desc id="wordmark-medium-desc">Medium Logo</desc><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39L89.6 103.89 48.81 8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.087 12.433-12.106 14.243l-.212.047v1.671h32.118v-1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972l53.925-126.743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-.05c-7.269-1.639-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242"></path></svg>')
SVG_BOOKMARK = '<svg xmlns="http://www.w3.org/2000/svg" width="25" height="25" fill="none" viewBox="0 0 25 25" class="du qb" aria-label="Add to list bookmark button"><path fill="currentColor" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18zM7 7a1 1 0 0 1 1-1h3.5a.5.5 0 0 0 0-1H8a2 2 0 0 0-2 2v14a.5.5 0 0 0 .805.396L12.5 17l5.695 4.396A.5.5 0 0 0 19 21v-8.5a.5.5 0 0 0-1 0v7.485l-5.195-4.012a.5.5 0 0 0-.61 0L7 19.985z"></path></svg>'
SVG_PLAY = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 2 6.477 2 12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 1-.777-.416V8.934a.5.5 0 0 1 .777-.416l4.599 3.066a.5.5 0 0 1 0 .832" clip-rule="evenodd"></path></svg>'
SVG_SHARE = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 .068.498m-.106.138.008.004v-.01zM16 7.063h1.5a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-11c-1.1 0-2-.9-2-2v-10a2 2 0 0 1 2-2H8a.5.5 0 0 1 .35.15.5.5 0 0 1 .15.35.5.5 0 0 1-.15.35.5.5 0 0 1-.35.15H6.4c-.5 0-.9.4-.9.9v10.2a.9.9 0 0 0 .9.9h11.2c.5 0 .9-.4.9-.9v-10.2c0-.5-.4-.9-.9-.9H16a.5.5 0 0 1 0-1" clip-rule="evenodd"></path></svg>'
SVG_SEARCH = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 8.05 0 0 0 11.042 3z" clip-rule="evenodd"></path></svg>'
SVG_WRITE = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0zm-7-7H4v1h10zM3 4v16h1V4zm1 17h16v-1H4zm17-1V10h-1v10zm-1 1a1 1 0 0 0 1-1h-1zM3 20a1 1 0 0 0 1 1v-1zM4 3a1 1 0 0 0-1 1h1z"></path><path stroke="currentColor" d="m17.5 4.5-8.458 8.458a.25.25 0 0 0-.06.098l-.824 2.47a.25.25 0 0 0 .316.316l2.47-.823a.25.25 0 0 0 .098-.06L19.5 6.5m-2-2 2.323-2.323a.25.25 0 0 1 .354 0l1.646 1.646a.25.25 0 0 1 0 .354L19.5 6.5m-2-2 2 2"></path></svg>'

STATIC_CSS = ('html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, pre, form{margin:0}menu, ol, ul{padding:0;list-style:none;list-style-image:none}main{display:block}a{color:inherit;text-decoration:none}a, button, input{-webkit-tap-highlight-color:transparent}img, svg{vertical-align:middle}button{background:transparent;overflow:visible}button, input, optgroup, select, textarea{margin:0}:root{--reach-tabs:1;--reach-menu-button:1}#speechify-root{font-family:Sohne, sans-serif}div[data-popper-reference-hidden="true"]{visibility:hidden;pointer-events:none}.grecaptcha-badge{visibility:hidden}\n'
              '@media all and (prefers-reduced-motion: reduce){*, *:before, *:after{transition-delay:0s !important;transition-duration:0s !important;animation-delay:-1ms !important;animation-duration:1ms !important;animation-iteration-count:1 !important;scroll-behavior:auto !important}}')
KEYFRAME_CSS = ('@-webkit-keyframes k1{0%{opacity:0.8}50%{opacity:0.5}100%{opacity:0.8}}@-moz-keyframes k1{0%{opacity:0.8}50%{opacity:0.5}100%{opacity:0.8}}@keyframes k1{0%{opacity:0.8}50%{opacity:0.5}100%{opacity:0.8}}')


def rule_css():
    props = ["font-family:sohne, \"Helvetica Neue\", Helvetica, Arial, sans-serif", "font-weight:400",
             "opacity:0", "height:100vh", "width:100vw", "display:flex", "align-items:center",
             "justify-content:center", "position:fixed", "top:0", "z-index:1000",
             "pointer-events:none", "position:relative", "background-color:rgba(255, 255, 255, 1)",
             "border-bottom:solid 1px #F2F2F2", "min-width:0", "height:57px", "padding:0 24px",
             "color:rgba(36, 36, 36, 1)", "fill:rgba(36, 36, 36, 1)", "font-size:14px",
             "line-height:20px", "text-decoration:underline", "cursor:pointer", "border:0",
             "font-family:source-serif-pro, Georgia, Cambria, \"Times New Roman\", Times, serif",
             "font-size:20px", "line-height:32px", "letter-spacing:-0.003em", "margin-top:2.14em",
             "margin-bottom:-0.46em", "word-break:break-word", "font-style:italic",
             "font-family:sohne, \"Helvetica Neue\", Helvetica, Arial, sans-serif;font-weight:700",
             "font-size:24px", "line-height:30px", "letter-spacing:-0.016em", "margin-top:1.95em",
             "margin-bottom:-0.28em", "max-width:680px", "margin-left:auto", "margin-right:auto",
             "color:rgba(107, 107, 107, 1)", "text-align:center", "margin-top:10px",
             "font-size:36px", "line-height:44px", "margin-bottom:32px", "padding-left:30px",
             "list-style-type:disc", "margin-left:30px", "padding-left:0px", "box-shadow:inset 3px 0 0 0 #242424"]
    names = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(len(props)):
        names.append(letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26])
    return "".join(".%s{%s}" % (n, p) for n, p in zip(names, props)) + (
        "@media all and (max-width: 551.98px){.nf{font-size:18px}.nf{line-height:28px}.nf{margin-top:1.56em}"
        ".od{font-size:20px}.od{line-height:24px}.od{margin-top:1.23em}}"
        "@media all and (min-width: 1080px){.nf{font-size:20px}.nf{line-height:32px}.nf{margin-top:2.14em}"
        ".od{font-size:24px}.od{line-height:30px}.od{margin-top:1.95em}}")


def img_url(name, size):
    return "https://miro.medium.com/v2/resize:fit:%d/%s" % (size, name)


def srcset(name, webp):
    fmt = "format:webp/" if webp else ""
    return ", ".join("https://miro.medium.com/v2/resize:fit:%d/%s%s %dw" % (w, fmt, name, w)
                     for w in (640, 720, 750, 786, 828, 1100, 1400))


def figure(caption, spec):
    name, w, h = spec.split("|")
    return ('<figure class="qg qh qi qj qk ql qd qe paragraph-image"><div role="button" tabindex="0" class="qm qn fj qo bh qp">'
            '<div class="qd qe qf"><picture><source srcSet="%s" sizes="%s" type="image/webp"/>'
            '<source data-testid="og" srcSet="%s" sizes="%s"/><img alt="" class="bh mn qq c" width="%s" height="%s" loading="lazy" role="presentation"/>'
            '</picture></div></div><figcaption class="qr fe qs qd qe qt qu bf b bg z dx" data-selectable-paragraph="">%s</figcaption></figure>' % (
                srcset(name, True), SIZES, srcset(name, False), SIZES, w, h, inline(caption)))


def story_html(blocks):
    out = []
    lst = []

    def flush():
        if lst:
            out.append('<ul class="">' + "".join(lst) + "</ul>")
            lst.clear()
    for b in blocks:
        if b.startswith("- "):
            for item in b.split("\n"):
                lst.append('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>' % (pid(item), LI_CLS, inline(item[2:])))
            flush()
            continue
        flush()
        if b.startswith("## "):
            out.append('<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>' % (pid(b), H2_CLS, inline(b[3:])))
        elif b.startswith(">> "):
            out.append('<blockquote class="qv qw qx"><p id="%s" class="nf ng qy nh b ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc hj bk" data-selectable-paragraph="">%s</p></blockquote>' % (
                pid(b), inline(b[3:])))
        elif b.startswith("> "):
            out.append('<blockquote class="qz"><p id="%s" class="ra rb hq bf rc rd re rf rg rh ri dy" data-selectable-paragraph="">%s</p></blockquote>' % (
                pid(b), inline(b[2:])))
        elif b.startswith("!["):
            m = re.match(r"!\[(.*)\]\((.*)\)$", b, re.S)
            out.append(figure(m.group(1), m.group(2)))
        else:
            out.append('<p id="%s" class="%s" data-selectable-paragraph="">%s</p>' % (pid(b), P_CLS, inline(b)))
    flush()
    # Medium wraps the story in sections at each figure-free run; one section here
    return "".join(out)


def clapbar(meta, where):
    return ('<div class="ab cp kh ki kj kk kl km kn ko kp kq kr ks kt ku kv kw"><div class="h k w fj fk q">'
            '<div class="lm l"><div class="ab q ln lo"><div class="pw-multi-vote-icon fj lp lq lr ls"><div class="">'
            '<div class="lt lu lv lw lx ly lz am ma mb mc ls"><div class="mo mp mq mr ms mt mu mv mw mx my mz na nb nc"></div>'
            '%s</div></div></div><div class="pw-multi-vote-count l md me mf mg mh mi mj"><div><div class="bm" aria-hidden="false">'
            '<p class="bf b dy z dx"><span class="mk">%s</span></p></div></div></div></div></div>'
            '<div class="bm" aria-hidden="false"><button class="ao lm mn mo ab q fk mp mq" aria-label="responses">%s'
            '<p class="bf b dy z dx"><span class="pw-responses-count ml mm">%s</span></p></button></div></div>'
            '<div class="ab q"><div class="qa l"><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button" data-testid="%sBookmarkButton" class="af fk ah ai aj ak al mr an ao ap ex ms mt mu" disabled="">%s</button></div></div>'
            '%s</div></div>' % (
                SVG_CLAP, meta["claps"], SVG_RESP, meta["responses"], where, SVG_BOOKMARK,
                ('<div class="ep mv cn"><div class="l ae"><div class="ab cb"><div class="mw mx my mz na nb ci bh">'
                 '<div class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false">'
                 '<button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al mr an ao ap ex nc nd mu ne nf ng nh ni s nj nk nl nm nn no np u nq nr ns">%s'
                 '<div class="j i d"><p class="bf b bg z dx">Listen</p></div></button></div></div></div></div></div></div></div></div>'
                 '<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu">'
                 '<div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af fk ah ai aj ak al mr an ao ap ex nc nd mu ne nf ng nh ni s nj nk nl nm nn no np u nq nr ns">%s'
                 '<div class="j i d"><p class="bf b bg z dx">Share</p></div></button></div></div></div>' % (SVG_PLAY, SVG_SHARE))
                if where == "header" else ""))


def card(author, pub, title, preview, date, claps, resp, handle, salt):
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    pidh = hashlib.md5((salt + title).encode()).hexdigest()[:12]
    href = "https://medium.com/@%s/%s-%s?source=post_page---read_next_recirc--3f9c1e2b7a41----%s---------------------%s--------------" % (
        handle, slug, pidh, salt, hashlib.md5(title.encode()).hexdigest()[:8] + "_" + hashlib.md5(date.encode()).hexdigest()[:4])
    img = "1*" + hashlib.sha1(title.encode()).hexdigest()[:22]
    pubhtml = ""
    if pub:
        pubhtml = ('<div class="ay l"><p class="bf b jr z bk">In</p></div><div class="ay l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/%s?source=post_page---read_next_recirc--3f9c1e2b7a41----%s-----------------------------------------" rel="noopener follow">'
                   '<p class="bf b jr z bk">%s</p></a></div><div class="ay l"><p class="bf b jr z bk">by</p></div>' % (
                       pub.lower(), salt, esc(pub)))
    return ('<div class="uq ur us ut uu l"><article data-testid="post-preview" class="bh"><div class="bh l"><div class="bh tp tq">'
            '<div class="ab tt"><div class="tu l"><a href="https://medium.com/@%s?source=post_page---read_next_recirc--3f9c1e2b7a41----%s-----------------------------------------" rel="noopener follow">'
            '<div class="l fj"><img alt="%s" class="l fd by dd de cx" src="https://miro.medium.com/v2/resize:fill:40:40/%s" width="20" height="20" loading="lazy"/><div class="jn by l dd de fs n jo ft"></div></div></a></div>'
            '<div class="ab q"><div class="ay l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/@%s?source=post_page---read_next_recirc--3f9c1e2b7a41----%s-----------------------------------------" rel="noopener follow">'
            '<p class="bf b jr z bk">%s</p></a></div>%s</div></div>'
            '<div class="tw tx ty tz ua ub ab cn"><div class="uc l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="%s" rel="noopener follow">'
            '<div title=""><h2 class="bf hr ud ue hv uf ug uh ui uj uk ul um un uo up uq ur us ut uu uv hz ib ic ie ig bk">%s</h2></div>'
            '<div class="uw l"><h3 class="bf b jr z ux uy uz va vb vc dx">%s</h3></div></a></div>'
            '<div class="tt vd"><div class="ab q"><div class="ve vf vg"><span class="bf b jr z dx"><div class="ab q ve vh vi"><span class="bf b jr z dx">%s</span>'
            '<div class="jq l"><div class="bm" aria-hidden="false"><div class="ab q">%s<span class="vj">%s</span></div></div></div>'
            '<div class="jq l"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="%s#responses" rel="noopener follow"><div class="ab q">%s<span class="vj">%s</span></div></a></div></div>'
            '</div></span></div></div></div></div></div>'
            '<div class="vk vl vm l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="%s" rel="noopener follow"><div class="vn l"><img alt="%s" class="bx vo" src="https://miro.medium.com/v2/resize:fill:320:214/%s.jpeg" width="160" height="107" loading="lazy"/></div></a></div>'
            '</div></div></article></div>' % (
                handle, salt, esc(author), img, handle, salt, esc(author), pubhtml, href, esc(title), esc(preview),
                esc(date), SVG_CLAP.replace('width="24" height="24"', 'width="16" height="16"'), esc(claps),
                href, SVG_RESP.replace('width="24" height="24"', 'width="16" height="16"'), esc(resp),
                href, esc(title), img))


def build():
    meta, blocks, extra = parse()
    handle = meta["handle"]
    url = "https://medium.com/@%s/%s-%s" % (handle, meta["slug"], meta["postid"])
    title = meta["title"]
    subtitle = meta["subtitle"]
    first = plain(blocks[0])
    desc = first[:137].rsplit(" ", 1)[0] + "…"
    og_img = img_url("1*kQ7fT2bLxW9mZr3VnA0cEg.jpeg", 1200)
    page_title = "%s | by %s | %s | Medium" % (title, meta["author"], "Oct, 2025")
    ld = {"@context": "https://schema.org", "@id": url, "@type": "SocialMediaPosting",
          "image": [og_img], "url": url, "dateCreated": meta["published"],
          "datePublished": meta["published"], "dateModified": "2025-10-08T04:31:07.112Z",
          "headline": title, "name": title, "description": subtitle, "identifier": meta["postid"],
          "author": {"@type": "Person", "name": meta["author"], "url": "https://medium.com/@" + handle},
          "creator": [meta["author"]],
          "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com",
                        "logo": {"@type": "ImageObject", "width": 500, "height": 110,
                                 "url": "https://miro.medium.com/v2/resize:fit:500/7%2AV1_7XP4snlmqrc_0Njontw.png"}},
          "mainEntityOfPage": url, "isAccessibleForFree": True}
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    h = []
    h.append('<!doctype html><html lang="en"><head><title>%s</title>' % esc(page_title))
    metas = [("charset", "utf-8"), ("name", "viewport", "width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"),
             ("name", "theme-color", "#000000"), ("name", "twitter:app:name:iphone", "Medium"),
             ("name", "twitter:app:id:iphone", "828256236"), ("property", "al:ios:app_name", "Medium"),
             ("property", "al:ios:app_store_id", "828256236"), ("property", "al:android:package", "com.medium.reader"),
             ("property", "fb:app_id", "542599432471018"), ("property", "og:site_name", "Medium"),
             ("property", "og:type", "article"), ("property", "article:published_time", meta["published"]),
             ("name", "title", page_title), ("property", "og:title", title),
             ("property", "al:android:url", "medium://p/" + meta["postid"]),
             ("property", "al:ios:url", "medium://p/" + meta["postid"]),
             ("property", "al:android:app_name", "Medium"), ("name", "description", desc),
             ("property", "og:description", subtitle), ("property", "og:url", url),
             ("property", "al:web:url", url), ("property", "og:image", og_img),
             ("property", "article:author", "https://medium.com/@" + handle),
             ("name", "author", meta["author"]),
             ("name", "robots", "index,noarchive,follow,max-image-preview:large"),
             ("name", "referrer", "unsafe-url"), ("property", "twitter:title", title),
             ("name", "twitter:site", "@Medium"), ("name", "twitter:app:url:iphone", "medium://p/" + meta["postid"]),
             ("property", "twitter:description", subtitle), ("name", "twitter:image:src", og_img),
             ("name", "twitter:card", "summary_large_image"), ("name", "twitter:label1", "Reading time"),
             ("name", "twitter:data1", meta["read"])]
    for m in metas:
        if m[0] == "charset":
            h.append('<meta data-rh="true" charset="utf-8"/>')
        else:
            h.append('<meta data-rh="true" %s="%s" content="%s"/>' % (m[0], m[1], attr(m[2])))
    h.append('<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/5d8de952517e8160e40ef9841c781cdc14a5db313057fa3c3de41c6f5b494b19"/>'
             '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/>'
             '<link data-rh="true" rel="apple-touch-icon" sizes="152x152" href="https://miro.medium.com/v2/resize:fill:304:304/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156"/>'
             '<link data-rh="true" rel="apple-touch-icon" sizes="120x120" href="https://miro.medium.com/v2/resize:fill:240:240/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156"/>'
             '<link data-rh="true" rel="mask-icon" href="https://miro.medium.com/v2/resize:fill:1000:1000/7*GAOKVe--MXbEJmV9230oOQ.png" color="#171717"/>'
             '<link data-rh="true" rel="preconnect" href="https://glyph.medium.com" crossOrigin=""/>'
             '<link data-rh="true" id="glyph_preload_link" rel="preload" as="style" type="text/css" href="https://glyph.medium.com/css/unbound.css"/>'
             '<link data-rh="true" id="glyph_link" rel="stylesheet" type="text/css" href="https://glyph.medium.com/css/unbound.css"/>'
             '<link data-rh="true" rel="author" href="https://medium.com/@%s"/>'
             '<link data-rh="true" rel="canonical" href="%s"/>'
             '<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s"/>' % (
                 handle, url, meta["postid"]))
    h.append('<script data-rh="true" type="application/ld+json">%s</script>' % ld_json)
    h.append('<style type="text/css" data-fela-rehydration="556" data-fela-type="STATIC">%s</style>' % STATIC_CSS)
    h.append('<style type="text/css" data-fela-rehydration="556" data-fela-type="KEYFRAME">%s</style>' % KEYFRAME_CSS)
    h.append('<style type="text/css" data-fela-rehydration="556" data-fela-type="RULE">%s</style></head>' % rule_css())
    enc_url = url.replace(":", "%3A").replace("/", "%2F").replace("@", "%40")
    h.append('<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>'
             '<script>document.domain = document.domain;</script><div class="l c"><div class="l m n o c">'
             '<div class="p q r s t u v w x i d y z"><a class="du ag dv bf ak b am an ao ap aq ar as at s u w i d q dw z" href="https://rsci.app.link/?%%24canonical_url=%s&amp;%%7Efeature=LoOpenInAppButton&amp;%%7Echannel=ShowPostUnderUser&amp;%%7Estage=mobileNavBar&amp;source=post_page---top_nav_layout_nav-----------------------------------------" rel="noopener follow">Open in app'
             '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" fill="none" viewBox="0 0 10 10" class="dt"><path fill="currentColor" d="M.985 8.485a.375.375 0 1 0 .53.53zM8.75 1.25h.375A.375.375 0 0 0 8.75.875zM8.375 6.5a.375.375 0 1 0 .75 0zM3.5.875a.375.375 0 1 0 0 .75zm-1.985 8.14 7.5-7.5-.53-.53-7.5 7.5zm6.86-7.765V6.5h.75V1.25zM3.5 1.625h5.25v-.75H3.5z"></path></svg></a>'
             '<div class="ab q"><p class="bf b dx dy dz ea eb ec ed ee ef eg du"><span><button class="bf b dx dy eh dz ea ei eb ec ej ek ee el em eg eo ep eq er es et eu ev ew ex ey ez fa fb fc fd bm fe ff" data-testid="headerSignUpButton">Sign up</button></span></p>'
             '<div class="ax l"><p class="bf b dx dy dz ea eb ec ed ee ef eg du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;redirect=%s&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------" rel="noopener follow">Sign in</a></span></p></div></div></div>'
             '<div class="p q r ab ac"><div class="ab q ae"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab" aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_layout_nav-----------------------------------------" rel="noopener follow">%s</a>'
             '<div class="ag h"><div class="ab av aw ax ay q az ba"><div class="bj bk bl bm bn" aria-hidden="true">%s</div>'
             '<input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay bd be bf z bg bh bi bj bk bl bm bn bo bp bq br bs bt bu bv bw bx by" placeholder="Search" value=""/></div></div></div>'
             '<div class="h k w fj fk"><div class="fl ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=https%%3A%%2F%%2Fmedium.com%%2Fnew-story&amp;source=---top_nav_layout_nav-----------------------new_post_topnav------------------" rel="noopener follow">'
             '<div class="bf b bg z du fm fn ab q fo fp">%s<div class="dw l">Write</div></div></a></div></div>'
             '<div class="l k j i"><div class="fl ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSearchButton" href="https://medium.com/search?source=post_page---top_nav_layout_nav-----------------------------------------" rel="noopener follow"><div class="bf b bg z du fm fn ab q fo fp">%s</div></a></div></div>'
             '<div class="fl h k j"><div class="ab q"><p class="bf b dx dy dz ea eb ec ed ee ef eg du"><span><button class="bf b dx dy eh dz ea ei eb ec ej ek ee el em eg eo ep eq er es et eu ev ew ex ey ez fa fb fc fd bm fe ff" data-testid="headerSignUpButton">Sign up</button></span></p>'
             '<div class="ax l"><p class="bf b dx dy dz ea eb ec ed ee ef eg du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;redirect=%s&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------" rel="noopener follow">Sign in</a></span></p></div></div></div>'
             '<div class="l" aria-hidden="false"><button class="ay fq an ab q ao fr fs ft" aria-label="user options menu" data-testid="headerUserIcon"><div class="l fj"><img alt="" class="l fd by bz ca cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" loading="lazy" role="presentation"/><div class="fu by l bz ca fv n aw fw"></div></div></button></div></div></div>' % (
                 enc_url, enc_url, SVG_LOGO, SVG_SEARCH, SVG_WRITE, SVG_SEARCH, enc_url))
    avatar = "https://miro.medium.com/v2/resize:fill:64:64/1*Xq2T0cZb8mWn4YhPj1sKdA.jpeg"
    byline_href = "https://medium.com/@%s?source=post_page---byline--%s---------------------------------------" % (handle, meta["postid"])
    h.append('<div class="fx l"><div class="ab cb"><div class="ci bh fy fz ga gb"></div></div><article><div class="l"><div class="l"><span class="l"></span><section>'
             '<div><div class="fr ft gc gd ge gf"></div><div class="gg gh gi gj gk"><div class="ab cb"><div class="ci bh fy fz ga gb">'
             '<div><h1 id="%s" class="pw-post-title gl gm gn bf go gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj bk" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
             '<div><h2 id="%s" class="pw-subtitle-paragraph hk gm gn bf b hl hm hn ho hp hq hr hs ht hu hv hw hx hy hz cq dx" data-selectable-paragraph="">%s</h2>'
             '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ia ib ic id ie ab"><div><div class="ab if"><div><div class="bm" aria-hidden="false">'
             '<a href="%s" rel="noopener follow"><div class="l ig ih by ii ij"><div class="l fj"><img alt="%s" class="l fd by dd de cx" src="%s" width="32" height="32" loading="lazy" data-testid="authorPhoto"/><div class="ik by l dd de fs n il ft"></div></div></div></a></div></div></div></div>'
             '<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="im ab q"><div class="ab q in"><div class="ab q"><div><div class="bm" aria-hidden="false">'
             '<p class="bf b io ip bk"><a class="af ag ah ai aj ak al am an ao ap aq ar iq" data-testid="authorName" href="%s" rel="noopener follow">%s</a></p></div></div></div>'
             '<span class="ir is" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b io ip dx"><button class="it iu ah ai aj ak al am an ao ap aq ar iv iw ix" disabled="">Follow</button></p></div></div></span></div></div>'
             '<div class="l iy"><span class="bf b bg z dx"><div class="ab cn iz ja jb"><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">%s</span>'
             '<div class="jc jd l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
             '%s</div></div></div></div></div></div></div>' % (
                 pid(title, "t"), esc(title), pid(subtitle, "s"), esc(subtitle), byline_href, esc(meta["author"]),
                 avatar, byline_href, esc(meta["author"]), meta["read"], meta["date"], clapbar(meta, "header")))
    h.append('<div class="ab cb"><div class="ci bh fy fz ga gb">%s</div></div>' % story_html(blocks))
    h.append('</div></section></div></div></article></div>')
    # tags and bottom bar
    tags = extra["tags"].split("|")
    h.append('<div class="ab cb"><div class="ci bh fy fz ga gb"><div class="sb sc ab if">' + "".join(
        '<div class="sd ab"><a class="se bx sf" href="https://medium.com/tag/%s?source=post_page-----%s---------------------------------------" rel="noopener follow">'
        '<div class="sg fj cx sh gc si sj bf b bg z bk sk">%s</div></a></div>' % (
            t.lower().replace(" ", "-"), meta["postid"], esc(t)) for t in tags) + '</div></div></div>')
    h.append('<div class="l"></div><footer class="sl sm sn so sp ab q sq sr c"><div class="l ae"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="ab cp ss">%s</div></div></div></div></footer>' % clapbar(meta, "footer"))
    # author card
    ahref = "https://medium.com/@%s?source=post_page---post_author_info--%s---------------------------------------" % (handle, meta["postid"])
    h.append('<div class="st su sv sw sx l bx"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="cm ab sy cp">'
             '<div class="ab sz"><a href="%s" rel="noopener follow"><div class="l ta tb by tc ij"><div class="l fj"><img alt="%s" class="l fd by td te cx" src="https://miro.medium.com/v2/resize:fill:96:96/1*Xq2T0cZb8mWn4YhPj1sKdA.jpeg" width="48" height="48" loading="lazy"/><div class="ik by l td te fs n il ft"></div></div></div></a></div>'
             '<div class="j i d"><div class="ab"><span><button class="bf b bg z tf qa tg th ti tj tk ee el tl tm tn em eo ep eq er es et eu ev ew ex ey ez fa fb fc fd bm fe ff">Follow</button></span></div></div></div>'
             '<div class="ab co to"><div class="tp tq tr ts tt l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab q" href="%s" rel="noopener follow">'
             '<h2 class="pw-author-name bf tv tw tx ty tz ua ub nq uc ud nu ue uf ny ug uh bk"><span class="gl ui">Written by <!-- -->%s</span></h2></a>'
             '<div class="uj ab if"><div class="l iy"><span class="pw-follower-count bf b bg z dx"><a class="af ag ah ai aj ak al am an ao ap aq ar iq" href="https://medium.com/@%s/followers?source=post_page---post_author_info--%s---------------------------------------" rel="noopener follow">%s</a></span></div>'
             '<div class="bf b bg z dx ab uk"><span class="is l" aria-hidden="true"><span class="bf b bg z dx">·</span></span><a class="af ag ah ai aj ak al am an ao ap aq ar iq" href="https://medium.com/@%s/following?source=post_page---post_author_info--%s---------------------------------------" rel="noopener follow">%s</a></div></div>'
             '<div class="ul l"><p class="bf b bg z bk"><span class="um">%s</span></p></div></div></div></div></div></div>' % (
                 ahref, esc(meta["author"]), ahref, esc(meta["author"]), handle, meta["postid"], extra["followers"],
                 handle, meta["postid"], extra["following"], esc(extra["bio"])))
    # responses
    resp = []
    for name, date, text, claps in extra["response"]:
        resp.append('<div class="vp vq vr vs l"><div class="l"><div class="ab q"><div class="vt l"><div class="l fj"><img alt="%s" class="l fd by bz ca cx" src="https://miro.medium.com/v2/resize:fill:64:64/%s.jpeg" width="32" height="32" loading="lazy"/></div></div>'
                    '<div class="ab cn"><p class="bf b bg z bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/@%s?source=post_page---post_responses--%s----0-----------------------------------" rel="noopener follow">%s</a></p>'
                    '<p class="bf b bg z dx"><span>%s</span></p></div></div>'
                    '<pre class="vu vv vw vx vy vz wa wb wc wd we wf wg wh wi wj wk wl wm wn"><span class="bf b wo z bk"><div class="wp">%s</div></span></pre>'
                    '<div class="ab q wq"><div class="ab q">%s<p class="bf b jr z dx"><span>%s</span></p></div><button class="af ag ah ai aj ak al am an ao ap aq ar as at" aria-label="reply"><p class="bf b jr z dx">Reply</p></button></div></div></div>' % (
                        esc(name), "1*" + hashlib.sha1(name.encode()).hexdigest()[:22],
                        name.lower().replace(" ", ""), meta["postid"], esc(name), esc(date), esc(text),
                        SVG_CLAP.replace('width="24" height="24"', 'width="16" height="16"'), esc(claps)))
    h.append('<div class="l"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="wr ws wt wu wv ww wx wy l" id="responses">'
             '<div class="ab q"><h2 class="bf tv wz ty xa ua ub nq uc nu ue ny ug bk">Responses (%s)</h2></div>'
             '<div class="xb l"><div class="xc xd xe xf xg xh l"><div class="ab q"><div class="xi l"><div class="l fj"><img alt="" class="l fd by bz ca cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" loading="lazy" role="presentation"/></div></div><div class="ab cn"><p class="bf b bg z bk">Write a response</p></div></div></div></div>'
             '<div class="xj l"><div class="xk xl xm xn xo l"><p class="bf b bg z dx">What are your thoughts?</p></div></div>'
             '%s<div class="xp xq l"><button class="bf b bg z xr xs xt xu eh xv ee el tl tm tn xw ep eq er xx et eu fc ey ez fa fb fd bm fe ff">See all responses</button></div></div></div></div></div>' % (
                 meta["responses"], "".join(resp)))
    # more from
    cards = [card(meta["author"], "", t, p, d, c, r, handle, str(i)) for i, (t, p, d, c, r) in enumerate(extra["more"])]
    h.append('<div class="xy l"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="xz ya l"><h2 class="bf tv wz ty xa ua ub nq uc nu ue ny ug bk">More from <!-- -->%s</h2></div>'
             '<div class="yb yc yd ye yf yg yh yi">%s</div>'
             '<div class="yj l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/@%s?source=post_page---author_recirc--%s---------------------------------------" rel="noopener follow">'
             '<span class="bf b bg z xr xs xt xu eh xv ee el tl tm tn xw ep eq er xx et eu fc ey ez fa fb fd bm fe ff">See all from <!-- -->%s</span></a></div></div></div></div>' % (
                 esc(meta["author"]), "".join(cards), handle, meta["postid"], esc(meta["author"])))
    cards = [card(a, p, t, pr, d, c, r, a.lower().replace(" ", ""), "r%d" % i)
             for i, (a, p, t, pr, d, c, r) in enumerate(extra["rec"])]
    h.append('<div class="yk l"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="xz ya l"><h2 class="bf tv wz ty xa ua ub nq uc nu ue ny ug bk">Recommended from Medium</h2></div>'
             '<div class="yb yc yd ye yf yg yh yi">%s</div>'
             '<div class="yj l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/?source=post_page---read_next_recirc--%s---------------------------------------" rel="noopener follow">'
             '<span class="bf b bg z xr xs xt xu eh xv ee el tl tm tn xw ep eq er xx et eu fc ey ez fa fb fd bm fe ff">See more recommendations</span></a></div></div></div></div>' % (
                 "".join(cards), meta["postid"]))
    links = [("Help", "https://help.medium.com/hc/en-us"), ("Status", "https://medium.statuspage.io/"),
             ("About", "https://medium.com/about?autoplay=1"), ("Careers", "https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e"),
             ("Press", "mailto:pressinquiries@medium.com"), ("Blog", "https://blog.medium.com/"),
             ("Privacy", "https://policy.medium.com/medium-privacy-policy-f03bf92035c9"),
             ("Rules", "https://policy.medium.com/medium-rules-30e5502c4eb4"),
             ("Terms", "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f"),
             ("Text to speech", "https://speechify.com/medium")]
    h.append('<div class="yl ym yn yo yp yq yr ys l"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="yt ab yu yv">' + "".join(
        '<div class="yw l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="%s?source=post_page-----%s---------------------------------------" rel="noopener follow"><p class="bf b jr z dx">%s</p></a></div>' % (
            attr(u), meta["postid"], t) for t, u in links) + '</div></div></div></div>')
    h.append('</div></div></div></div>')
    # scripts
    state = {"config": {"nodeEnv": "production", "version": "main-20251003-183512-7c9d2f1a04",
                        "target": "production", "productName": "Medium", "publicUrl": "https://cdn-client.medium.com/lite",
                        "authDomain": "medium.com", "authGoogleClientId": "216296035834-k1k6qe060s2tp2a2jam4ljdcms00sttg.apps.googleusercontent.com",
                        "favicon": "production", "glyphUrl": "https://glyph.medium.com", "branchKey": "key_live_ofxXr2qTrrU9NqURK8ZwEhknBxiI6KBm",
                        "algolia": {"appId": "MQ57UUUQZ2", "apiKeySearch": "394474ced050e3911ae2249ecc774921",
                                    "indexPrefix": "medium_", "host": "-dsn.algolia.net"},
                        "recaptchaKey": "6Lfc37IUAAAAAKGGtC6rLS13R1Hrw_BqADfS1LRk", "signInWallCustomDomainCollectionIds": [
                            "3a8144eabfe3", "336d898217ee", "61061eb0c96b", "138adf9c44c", "819cc2aaeee0"],
                        "sentry": {"dsn": "https://ef0bc4ab8ffb458ba2aa1c2fe2c62d41@o151150.ingest.us.sentry.io/4504011651579904",
                                   "environment": "production", "tracesSampleRate": 0.01}},
             "debug": {"requestId": "a1c7e3b2-6f0d-4b8e-9d3c-2e5f8a7b1c04", "hybridDevServices": [], "originalSpanCarrier": {
                 "traceparent": "00-6b3f0e2a9c1d4e7f8a2b5c6d7e8f9a0b-1c2d3e4f5a6b7c8d-01"}},
             "multiVote": {"clapsPerPost": {}}, "navigation": {"branch": {"show": None, "hasRendered": None, "blockedByCTA": False},
                                                              "hideGoogleOneTap": False, "hasRenderedAlternateUserBanner": None,
                                                              "currentLocation": url, "host": "medium.com",
                                                              "hostname": "medium.com", "referrer": "", "hasSetReferrer": False,
                                                              "susiModal": {"step": None, "operation": "register"},
                                                              "postRead": False, "partnerProgram": {"selectedCountryCode": None},
                                                              "queryString": ""}}
    apollo = {"ROOT_QUERY": {"__typename": "Query", "viewer": None,
                             'postResult({"id":"%s"})' % meta["postid"]: {"__ref": "Post:" + meta["postid"]}},
              "User:a71c3b9e0d24": {"__typename": "User", "id": "a71c3b9e0d24", "name": meta["author"],
                                    "username": handle, "bio": extra["bio"],
                                    "imageId": "1*Xq2T0cZb8mWn4YhPj1sKdA.jpeg", "mediumMemberAt": 0,
                                    "socialStats": {"__typename": "SocialStats", "followerCount": 1317, "followingCount": 182}},
              "Post:" + meta["postid"]: {"__typename": "Post", "id": meta["postid"], "title": title,
                                         "mediumUrl": url, "isLocked": False, "visibility": "PUBLIC",
                                         "readingTime": 8.3, "clapCount": 1406,
                                         "postResponses": {"__typename": "PostResponses", "count": 27},
                                         "firstPublishedAt": 1759741961603, "latestPublishedAt": 1759897867112,
                                         "creator": {"__ref": "User:a71c3b9e0d24"},
                                         "tags": [{"__ref": "Tag:" + t.lower().replace(" ", "-")} for t in tags],
                                         "previewContent": {"__typename": "PreviewContent", "subtitle": subtitle},
                                         "isPublished": True, "layerCake": 0}}
    h.append('<script>window.__BUILD_ID__="main-20251003-183512-7c9d2f1a04"</script>'
             '<script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>'
             '<script>window.__PRELOADED_STATE__ = %s</script>'
             '<script>window.__APOLLO_STATE__ = %s</script>'
             '<script>window.__MIDDLEWARE_STATE__={"session":{"xsrf":""},"cache":{"cacheStatus":"HIT"}}</script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/manifest.8b1e2c47.js"></script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/9865.1496d74a.js"></script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/main.4e1b6f3a.js"></script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/instrumentation.d6e2b8c1.chunk.js"></script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/reporting.851fdaca.chunk.js"></script>'
             '<script src="https://cdn-client.medium.com/lite/static/js/PostPage.MainContent.b2f5e7a9.chunk.js"></script>'
             '<script>window.main();</script><script>(function(){function c(){var b=a.contentDocument||a.contentWindow.document;if(b){var d=b.createElement(\'script\');d.innerHTML="window.__CF$cv$params={r:\'98a1c3e5f7b2d4e6\',t:\'MTc1OTkwMzIxMS4wMDAwMDA=\'};var a=document.createElement(\'script\');a.nonce=\'\';a.src=\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].appendChild(a);";b.getElementsByTagName(\'head\')[0].appendChild(d)}}if(document.body){var a=document.createElement(\'iframe\');a.height=1;a.width=1;a.style.position=\'absolute\';a.style.top=0;a.style.left=0;a.style.border=\'none\';a.style.visibility=\'hidden\';document.body.appendChild(a);if(\'loading\'!==document.readyState)c();else if(window.addEventListener)document.addEventListener(\'DOMContentLoaded\',c);else{var e=document.onreadystatechange||function(){};document.onreadystatechange=function(b){e(b);\'loading\'!==document.readyState&&(document.onreadystatechange=e,c())}}}})();</script></body></html>' % (
                 json.dumps(state, separators=(",", ":")).replace("/", "\\u002F"),
                 json.dumps(apollo, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")))
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
