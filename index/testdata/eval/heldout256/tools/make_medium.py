#!/usr/bin/python3
"""Make docs/bioplastics-field-guide-medium.html from tools/bioplastics-field-guide-medium.txt.

The file is a free Medium story as Chrome's "Save page as… > Webpage, HTML Only" keeps it for
a reader who is not signed in: the HTML exactly as Medium's server sent it, not a serialised
DOM. So there is no "saved from url" comment, every link and image stays absolute
(miro.medium.com, cdn-client.medium.com), the markup is minified onto one line, text is
escaped the way React escapes it (&amp; &lt; &gt; &quot; &#x27;), and all the scripts are still
there, including window.__APOLLO_STATE__, which carries the whole story again as JSON
paragraphs (slashes written \\u002F).

Source markup after the "---" line, one block a line:
  P text / HL text (the "Top highlight" paragraph) / H1 big heading / H2 small heading /
  UL item / OL item / FIG caption / QUOTE text / PRE line (consecutive PRE lines make one code
  block) / EM text (an italic paragraph).

Run: /usr/bin/python3 tools/make_medium.py  (output is byte-for-byte stable)
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bioplastics-field-guide-medium.txt")
OUT = os.path.join(HERE, "..", "docs", "bioplastics-field-guide-medium.html")

P_CLS = ("pw-post-body-paragraph ob oc gd od b oe of og oh oi oj ok ol om on oo op oq or os ot ou ov "
         "ow ox oy gb bl")
LI_CLS = ("ob oc gd od b oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy qa qb qc bl")
OLI_CLS = ("ob oc gd od b oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy qd qb qc bl")
H1_CLS = "oz pa gd be pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt pu pv pw bl"
H2_CLS = "px pa gd be pb py pz qa pf qb qc qd pj qe qf qg qh qi qj qk ql qm qn qo qp bl"
BQ_P_CLS = ("ob oc rh od b oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy gb bl")
SLASH = "\\u002F"


def esc(s):
    """React's text escaping."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def name(i):
    return hashlib.md5(b"para-%d" % i).hexdigest()[:4]


def img_id(tag):
    h = hashlib.sha256(tag.encode()).hexdigest()
    return "1*" + "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[int(h[k:k + 2], 16) % 64]
                          for k in range(0, 44, 2))


def parse():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n")[1:])
    blocks = []
    for line in body.rstrip("\n").split("\n"):
        kind, _, rest = line.partition(" ")
        if kind == "PRE" and blocks and blocks[-1][0] == "PRE":
            blocks[-1][1].append(rest)
        elif kind == "PRE":
            blocks.append(["PRE", [rest]])
        else:
            blocks.append([kind, rest])
    return meta, blocks


def url(meta):
    return "https://medium.com/@%s/%s-%s" % (meta["handle"], meta["slug"], meta["postid"])


def src(meta, where):
    return "source=post_page---%s--%s---------------------------------------" % (where, meta["postid"])


def picture(iid, w, h, fit=700):
    widths = [640, 720, 750, 786, 828, 1100, 1400]
    sizes = ("(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-pixel-ratio: 4) "
             "and (max-width: 700px) 50vw, (min-resolution: 3dppx) and (max-width: 700px) 67vw, "
             "(-webkit-min-device-pixel-ratio: 3) and (max-width: 700px) 65vw, (min-resolution: 2.5dppx) "
             "and (max-width: 700px) 80vw, (-webkit-min-device-pixel-ratio: 2.5) and (max-width: 700px) "
             "80vw, (min-resolution: 2dppx) and (max-width: 700px) 100vw, (-webkit-min-device-pixel-ratio: "
             "2) and (max-width: 700px) 100vw, %dpx" % fit)
    webp = ", ".join("https://miro.medium.com/v2/resize:fit:%d/format:webp/%s.png %dw" % (x, iid, x)
                     for x in widths)
    png = ", ".join("https://miro.medium.com/v2/resize:fit:%d/%s.png %dw" % (x, iid, x) for x in widths)
    return ('<picture><source srcSet="%s" sizes="%s" type="image/webp"/><source data-testid="og" '
            'srcSet="%s" sizes="%s"/><img alt="" class="bh md rc c" width="%d" height="%d" loading="lazy" '
            'role="presentation"/></picture>' % (webp, sizes, png, sizes, w, h))


SVG_LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" viewBox="0 0 719 160" '
            'class="au av aw"><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39L89.6 103.89 48.81 '
            '8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.087 12.433-12.106 '
            '14.243l-.212.047v1.671h32.118v-1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 '
            '123.305h2.972l53.925-126.743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652'
            'l-.215-.05c-7.269-1.639-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242'
            'm25.555 75.488c.915-20.474 8.268-35.252 20.606-35.507 3.806.063 6.998 1.312 9.479 3.714 5.272 5.118 '
            '7.751 15.812 7.368 31.793zm-.553 5.77h65.573v-.275c-.186-15.656-4.721-27.834-13.466-36.196-7.559-7.227'
            '-16.397-10.87-25.3-10.87h-.2c-9.238 0-19.803 4.502-27.065 12.476-7.3 8.017-11.37 18.85-11.67 33.2'
            'v.019c0 13.564 3.864 24.6 11.483 32.822 7.622 8.234 17.983 12.426 31.05 12.426 13.35 0 22.968-6.135 '
            '29.016-15.627l-1.482-.83c-5.085 8.034-11.752 12.442-21.508 12.442-11.997 0-23.008-7.937-24.4-39.543'
            '"></path></svg>')
SVG_CLAP = ('<svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" '
            'd="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 1.84l1.522 2.112'
            '-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a6 6 0 0 0 .407-.372c2.388-2.389 2.86'
            '-4.951 1.399-7.623l-.912-1.603-.79-1.672c-.26-.56-.194-.98.203-1.288a.7.7 0 0 1 .546-.132'
            'c.283.046.546.231.728.5l2.363 4.157c.976 1.624 1.141 4.237-.324 5.702"></path></svg>')
SVG_RESP = ('<svg width="24" height="24" viewBox="0 0 24 24" class="lf"><path d="M18.006 16.803c1.533-1.456 '
            '2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 '
            '7.482.817 0 1.622-.111 2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008'
            '.4-.112.486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598z"></path></svg>')
SVG_SAVE = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" '
            'class="av"><path fill="#000" d="M17.5 1.25a.5.5 0 0 1 1 0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 '
            '1-1 0v-2.5H15a.5.5 0 0 1 0-1h2.5zm-11 4.5a1 1 0 0 1 1-1H11a.5.5 0 0 0 0-1H7.5a2 2 0 0 0-2 2v14a.5.5 '
            '0 0 0 .8.4l5.7-4.4 5.7 4.4a.5.5 0 0 0 .8-.4v-8.5a.5.5 0 0 0-1 0v7.48l-5.2-4a.5.5 0 0 0-.6 0l-5.2 4z">'
            '</path></svg>')
SVG_PLAY = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24">'
            '<path fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 '
            '2 6.477 2 12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 1-.777'
            '-.416V8.934a.5.5 0 0 1 .777-.416l4.599 3.066a.5.5 0 0 1 0 .832" clip-rule="evenodd"></path></svg>')
SVG_SHARE = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24">'
             '<path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 '
             '0 0 1-.292.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 '
             '0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 '
             '1 .068.498m-.106.138.008.004v-.01zM16 7.063h1.5a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-11c-1.1 0-2-.9-2-2v'
             '-10a2 2 0 0 1 2-2H8a.5.5 0 0 1 .35.15.5.5 0 0 1 .15.35.5.5 0 0 1-.15.35.5.5 0 0 1-.35.15H6.4c-.5 0'
             '-.9.4-.9.9v10.2a.9.9 0 0 0 .9.9h11.2c.5 0 .9-.4.9-.9v-10.2c0-.5-.4-.9-.9-.9H16a.5.5 0 0 1 0-1" '
             'clip-rule="evenodd"></path></svg>')
SVG_WRITE = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24" '
             'aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0zm-7-7H4v1'
             'h10zM3 4v16h1V4zm1 17h16v-1H4zm17-1V10h-1v10zm-1 1a1 1 0 0 0 1-1h-1zM3 20a1 1 0 0 0 1 1v-1zM4 3a1 '
             '1 0 0 0-1 1h1z"></path><path stroke="currentColor" d="m17.5 4.5-8.458 8.458a.25.25 0 0 0-.06.098l'
             '-.824 2.47a.25.25 0 0 0 .316.316l2.47-.823a.25.25 0 0 0 .098-.06L19.5 6.5m-2-2 2.323-2.323a.25.25 '
             '0 0 1 .354 0l1.646 1.646a.25.25 0 0 1 0 .354L19.5 6.5m-2-2 2 2"></path></svg>')
SVG_SEARCH = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24">'
              '<path fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 '
              '0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 '
              '8.05 0 0 0 11.042 3z" clip-rule="evenodd"></path></svg>')

STATIC_CSS = ("html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}"
              "body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;"
              "color:rgba(0,0,0,0.8);position:relative;min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, "
              "menu, figure, blockquote, p, pre, form{margin:0}menu, ol, ul{padding:0;list-style:none;"
              "list-style-image:none}main{display:block}a{color:inherit;text-decoration:none}a, button, input"
              "{-webkit-tap-highlight-color:transparent}img, svg{vertical-align:middle}button{background:"
              "transparent;overflow:visible}button, input, optgroup, select, textarea{margin:0}:root{--reach-tabs"
              ":1;--reach-menu-button:1}#speechify-root{font-family:Sohne, sans-serif}div[data-popper-reference-"
              "hidden=\"true\"]{visibility:hidden;pointer-events:none}.grecaptcha-badge{visibility:hidden}")
RULE_CSS = (".a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, \"Segoe UI\", "
            "Roboto, Oxygen, Ubuntu, Cantarell, \"Open Sans\", \"Helvetica Neue\", sans-serif}.b{font-weight:400}"
            ".c{background-color:rgba(255, 255, 255, 1)}.l{display:block}.m{position:sticky}.n{top:0}.o{z-index"
            ":500}.p{padding:0 24px}.q{align-items:center}.r{border-bottom:solid 1px #F2F2F2}.ab{display:flex}"
            ".ae{flex:1 0 auto}.be{line-height:20px}.bf{font-size:14px}.bh{width:100%}.bj{color:rgba(36, 36, "
            "36, 1)}.bl{word-break:break-word}.du{color:rgba(107, 107, 107, 1)}.gd{font-style:normal}.ob{"
            "--x-h:0}.od{font-family:source-serif-pro, Georgia, Cambria, \"Times New Roman\", Times, serif}"
            ".oe{font-size:20px}.of{margin-top:2.14em}.og{letter-spacing:-0.003em}.oh{line-height:32px}"
            ".pb{font-family:sohne, \"Helvetica Neue\", Helvetica, Arial, sans-serif}.pc{font-size:24px}"
            ".pd{margin-top:1.95em}.pe{font-weight:700}.px{margin-top:1.72em}.qa{padding-left:0px}.qb{"
            "margin-left:30px}.qc{list-style-type:disc}.qd{list-style-type:decimal}.rh{font-style:italic}"
            ".ri{box-shadow:inset 3px 0 0 0 #242424}.rj{padding-left:23px}.rk{margin-left:-20px}.sa{"
            "background-color:rgba(242, 242, 242, 1)}.sb{padding:32px}.sc{overflow-x:auto}.sd{font-family:"
            "source-code-pro, Menlo, Monaco, \"Courier New\", Courier, monospace}.se{font-size:16px}.sf{"
            "line-height:24px}.sg{white-space:pre-wrap}.sh{background-color:rgba(255, 248, 204, 1)}"
            "@media all and (max-width: 551.98px){.oe{font-size:18px}.oh{line-height:28px}.pc{font-size:20px}}"
            "@media all and (min-width: 1080px){.p{padding:0 64px}}")


def story(meta, blocks):
    out = []
    n = 2   # paragraph names 0 and 1 are the title and subtitle
    k = 0
    while k < len(blocks):
        kind, text = blocks[k]
        pid = name(n)
        if kind == "P":
            out.append('<p id="%s" class="%s" data-selectable-paragraph="">%s</p>' % (pid, P_CLS, esc(text)))
        elif kind == "HL":
            out.append('<div class="rl rm rn ro rp l" aria-hidden="true"><p class="be b dv z du">Top highlight'
                       '</p></div><p id="%s" class="%s" data-selectable-paragraph=""><mark class="ahp ahq ao">'
                       '%s</mark></p>' % (pid, P_CLS, esc(text)))
        elif kind == "EM":
            out.append('<p id="%s" class="%s" data-selectable-paragraph=""><em class="rq">%s</em></p>'
                       % (pid, P_CLS, esc(text)))
        elif kind == "H1":
            out.append('<h1 id="%s" class="%s" data-selectable-paragraph="">%s</h1>' % (pid, H1_CLS, esc(text)))
        elif kind == "H2":
            out.append('<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>' % (pid, H2_CLS, esc(text)))
        elif kind in ("UL", "OL"):
            items = []
            while k < len(blocks) and blocks[k][0] == kind:
                items.append('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>'
                             % (name(n), LI_CLS if kind == "UL" else OLI_CLS, esc(blocks[k][1])))
                k += 1
                n += 1
            out.append('<%s class="">%s</%s>' % (kind.lower(), "".join(items), kind.lower()))
            continue
        elif kind == "FIG":
            iid = img_id("figure-%d" % n)
            out.append('<figure class="rr rs rt ru rv rw rx ry paragraph-image"><div role="button" tabindex="0" '
                       'class="rz sa ed sb bh sc"><div class="rx ry rg">%s</div></div><figcaption class="sd fj '
                       'se rx ry sf sg be b bf z du" data-selectable-paragraph="">%s</figcaption></figure>'
                       % (picture(iid, 700, 467), esc(text)))
        elif kind == "QUOTE":
            out.append('<blockquote class="ri rj rk"><p id="%s" class="%s" data-selectable-paragraph="">%s</p>'
                       '</blockquote>' % (pid, BQ_P_CLS, esc(text)))
        elif kind == "PRE":
            out.append('<pre class="sa sb sc sh si sj sk sl bp sm bb bk"><span id="%s" class="sn fw gd sd b se sf '
                       'sg l so sp" data-code-block-mode="0" spellcheck="false">%s</span></pre>'
                       % (pid, "<br/>".join(esc(l) for l in text)))
        k += 1
        n += 1
    return "".join(out)


def byline(meta):
    avatar = "https://miro.medium.com/v2/resize:fill:64:64/%s.jpeg" % img_id("avatar")
    follow = ("https://medium.com/m/signin?actionUrl=https%%3A%%2F%%2Fmedium.com%%2F_%%2Fsubscribe%%2Fuser%%2F%s"
              "&amp;operation=register&amp;redirect=%s&amp;user=%s&amp;userId=%s&amp;%s"
              % (meta["userid"], attr(url(meta).replace(":", "%3A").replace("/", "%2F")),
                 meta["author"].replace(" ", "+"), meta["userid"], src(meta, "byline")))
    return ('<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hp hq hr hs ht ab">'
            '<div><div class="ab hu"><div><div class="bm" aria-hidden="false"><a href="https://medium.com/@%s?%s" '
            'rel="noopener follow"><div class="l hv hw by hx hy"><div class="l ed"><img alt="%s" class="l ep by dd '
            'de cx" src="%s" width="32" height="32" loading="lazy" data-testid="authorPhoto"/><div class="hz by l '
            'dd de em n ia eo"></div></div></div></a></div></div></div></div><div class="bn bh l"><div class="ab">'
            '<div style="flex:1"><span class="be b bf z bj"><div class="ib ab q"><div class="ab q ic"><div class='
            '"ab q"><div><div class="bm" aria-hidden="false"><p class="be b id ie bj"><a class="af ag ah ai aj ak al '
            'am an ao ap aq ar if" data-testid="authorName" href="https://medium.com/@%s?%s" rel="noopener follow">'
            '%s</a></p></div></div></div><span class="ig ih" aria-hidden="true"><span class="be b bf z du">·</span>'
            '</span><p class="be b id ie du"><span><a class="ii ij ah ai aj ak al am an ao ap aq ar eu ik il" '
            'href="%s" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l im">'
            '<span class="be b bf z du"><div class="ab cn in io ip"><span class="be b bf z du"><div class="ab ae">'
            '<span data-testid="storyReadTime">%s</span><div class="iq ir l" aria-hidden="true"><span class="l" '
            'aria-hidden="true"><span class="be b bf z du">·</span></span></div><span data-testid="'
            'storyPublishDate">%s</span></div></span></div></span></div></div></div>'
            % (meta["handle"], src(meta, "byline"), attr(meta["author"]), avatar, meta["handle"],
               src(meta, "byline"), esc(meta["author"]), follow, meta["read"], meta["date"]))


def action_bar(meta, where):
    signin = ("https://medium.com/m/signin?actionUrl=https%%3A%%2F%%2Fmedium.com%%2F_%%2Fvote%%2Fp%%2F%s&amp;"
              "operation=register&amp;redirect=%s&amp;user=%s&amp;userId=%s&amp;%s"
              % (meta["postid"], url(meta).replace(":", "%3A").replace("/", "%2F"),
                 meta["author"].replace(" ", "+"), meta["userid"], src(meta, where)))
    bookmark = signin.replace("vote%2Fp", "bookmark%2Fp")
    return ('<div class="ab cp is it iu iv iw ix iy iz ja jb jc jd je jf jg jh"><div class="h k w ea eb q">'
            '<div class="jx l"><div class="ab q jy jz"><div class="pw-multi-vote-icon ed ka kb kc kd"><span><a '
            'class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="%sClapButton" href="%s" rel='
            '"noopener follow"><div><div class="bm" aria-hidden="false"><div class="ke ao kf kg kh ki am kj kk kl '
            'kd">%s</div></div></div></a></span></div><div class="pw-multi-vote-count l km kn ko kp kq kr ks">'
            '<p class="be b dv z du"><span class="kt">--</span></p><p class="be b dv z du"><button class="af ag ah '
            'ai aj ak al am an ao ap aq ar as at ku">%s</button></p></div></div></div><div class="bm" aria-hidden='
            '"false"><button class="ao kv ky kz ab q ee la lb" aria-label="responses">%s<p class="be b dv z du">'
            '<span class="pw-responses-count lc ld">%s</span></p></button></div></div><div class="ab q ji jj jk jl '
            'jm jn jo jp jq jr js jt ju jv jw"><div class="le k j i d"></div><div class="h k"><div><div class="bm" '
            'aria-hidden="false"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="%s'
            'BookmarkButton" href="%s" rel="noopener follow">%s</a></span></div></div></div><div class="fd lf cn">'
            '<div class="l ae"><div class="ab cb"><div class="lg lh li lj lk ll ci bh"><div class="ab"><div '
            'class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label='
            '"Listen" data-testid="audioPlayButton" class="af fg ah ai aj ak al lm an ao ap ex ln lo lc lp lq lr '
            'ls lt s lu lv lw lx ly lz ma u mb mc md"><div class="ab q">%s<div class="j i d"><p class="be b bf z '
            'du">Listen</p></div></div></button></div></div></div></div></div></div></div></div><div class="bm" '
            'aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu">'
            '<div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded='
            '"false" aria-label="Share Post" data-testid="%sSocialShareButton" class="af fg ah ai aj ak al lm an '
            'ao ap ex ln lo lc lp lq lr ls lt s lu lv lw lx ly lz ma u mb mc md"><div class="ab q">%s<div class='
            '"j i d"><p class="be b bf z du">Share</p></div></div></button></div></div></div></div></div>'
            % (where, signin, SVG_CLAP, meta["claps"], SVG_RESP, meta["responses"], where, bookmark, SVG_SAVE,
               SVG_PLAY, where, SVG_SHARE))


def top_nav(meta):
    redirect = url(meta).replace(":", "%3A").replace("/", "%2F")
    return ('<div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="du ag dv bf ak b am an ao ap '
            'aq ar as at s u w i d q dw z" href="https://rsci.app.link/?%%24canonical_url=https%%3A%%2F%%2Fmedium.com'
            '%%2Fp%%2F%s&amp;%%7Efeature=LoOpenInAppButton&amp;%%7Echannel=ShowPostUnderUser&amp;%%7Estage='
            'mobileNavBar&amp;%s" rel="noopener follow">Open in app<svg xmlns="http://www.w3.org/2000/svg" '
            'width="10" height="10" fill="none" viewBox="0 0 10 10" class="dt"><path fill="currentColor" d="M.985 '
            '8.485a.375.375 0 1 0 .53.53zM8.75 1.25h.375A.375.375 0 0 0 8.75.875zM8.375 6.5a.375.375 0 1 0 .75 0z'
            'M3.5.875a.375.375 0 1 0 0 .75zm-1.985 8.14 7.5-7.5-.53-.53-7.5 7.5zm6.86-7.765V6.5h.75V1.25zM3.5 '
            '1.625h5.25v-.75H3.5z"></path></svg></a><div class="ab q"><p class="be b dx dy dz ea eb ec ed ee ef eg '
            'du"><span><button class="be b dx dy eh dz ea ei eb ec ej ek ee el em eg eo ep eq er es et eu ev ew ex '
            'ey ez fa fb fc" data-testid="headerSignUpButton">Sign up</button></span></p><div class="ax l"><p '
            'class="be b dx dy dz ea eb ec ed ee ef eg du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar '
            'as at" data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;'
            'redirect=%s&amp;source=post_page---top_nav_layout_nav-----------------------global_nav-----------" '
            'rel="noopener follow">Sign in</a></span></p></div></div></div><div class="p q r ab ac"><div class="ab '
            'q ae"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab" aria-label="Homepage" data-testid='
            '"headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_layout_nav------------------'
            '-----------------------" rel="noopener follow">%s</a><div class="ax h"><div class="ab ay az ba bb q '
            'bc bd"><div class="bm" aria-hidden="false" aria-describedby="searchResults" aria-labelledby='
            '"searchResults"></div><div class="bn bo ab">%s</div><input role="combobox" aria-controls='
            '"searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" '
            'class="ay bp bq br bs bt bu bv bw bx by bz ca cb cc cd ce cf cg ch" placeholder="Search" value=""/>'
            '</div></div></div><div class="h k w ci cj"><div class="ck ab"><span><a class="af ag ah ai aj ak al am '
            'an ao ap aq ar as at" data-testid="headerWriteButton" href="https://medium.com/m/signin?operation='
            'register&amp;redirect=https%%3A%%2F%%2Fmedium.com%%2Fnew-story&amp;source=---top_nav_layout_nav-------'
            '----------------new_post_topnav------------------" rel="noopener follow"><div class="be b bf z du cl '
            'cm ab q fg fh">%s<div class="dm l">Write</div></div></a></span></div></div><div class="l k j i"><div '
            'class="ab q"><p class="be b dx dy dz ea eb ec ed ee ef eg du"><span><button class="be b dx dy eh dz ea '
            'ei eb ec ej ek ee el em eg eo ep eq er es et eu ev ew ex ey ez fa fb fc" data-testid='
            '"headerSignUpButton">Sign up</button></span></p><div class="cq l"><p class="be b dx dy dz ea eb ec ed '
            'ee ef eg du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid='
            '"headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;redirect=%s&amp;source='
            'post_page---top_nav_layout_nav-----------------------global_nav-----------" rel="noopener follow">'
            'Sign in</a></span></p></div></div></div><div class="l" aria-hidden="false"><button class="ay ct am ab '
            'q ao cu cv cw" aria-label="user options menu" data-testid="headerUserIcon"><div class="l cx"><img '
            'alt="" class="l fd by bz ca cy" src="https://miro.medium.com/v2/resize:fill:64:64/1*dmbNkD5D-u45r44go'
            '_cf0g.png" width="32" height="32" loading="lazy" role="presentation"/><div class="cz by l bz ca da n '
            'ay db"></div></div></button></div></div></div></div>'
            % (meta["postid"], src(meta, "top_nav_layout_nav"), redirect, SVG_LOGO, SVG_SEARCH, SVG_WRITE,
               redirect))


CARDS_MORE = [
    ("E-waste (Management) Rules 2022, Explained Without the Jargon",
     "Producers, refurbishers, EPR certificates and the 2023 amendments in one sitting", "Jun 8, 2025", "268", "4"),
    ("Green Hydrogen for GS3: What the Standard of 2023 Actually Measures",
     "Two kilograms of CO2 per kilogram of hydrogen, and everything that number hides", "Mar 2, 2025", "1.1K",
     "17"),
]
CARDS_REC = [
    ("Microplastics Are in Our Blood. Now What?", "Aarav Mehta", "What the science says, and what it doesn’t yet",
     "Jul 14, 2025", "3.4K", "61"),
    ("I Stopped Buying Anything in Plastic for a Month", "Neha Kulkarni in Slow Living",
     "It was easier than I thought, except for one aisle", "Aug 30, 2025", "892", "23"),
]


def card(title, who, sub, date, claps, resp, where):
    slug = title.lower()
    for ch in ",:.?":
        slug = slug.replace(ch, "")
    slug = "-".join(slug.split())
    pid = hashlib.md5(title.encode()).hexdigest()[:12]
    return ('<div class="tf tg th ti tj l"><article data-testid="post-preview"><div class="l"><div class="l">'
            '<div class="ab q"><div class="tk l"><p class="be b dv z bj">%s</p></div></div><a href="https://'
            'medium.com/@writer/%s-%s?%s" rel="noopener follow"><div class="tl tm l"><h2 class="be hf tn to tp tq '
            'tr ts tt tu tv tw tx ty tz ua ub uc ud ue uf bj">%s</h2><div class="ug l"><h3 class="be b id z hm uh '
            'ui uj tm tq du">%s</h3></div></div></a><div class="uk ul"><span class="be b bf z du"><div class="ab q"'
            '><span>%s</span><div class="um l"><span class="be b bf z du">%s</span></div><div class="un l"><span '
            'class="be b bf z du">%s</span></div></div></span></div></div></div></article></div>'
            % (esc(who), slug, pid, src({"postid": pid}, where), esc(title), esc(sub), date, claps, resp))


def after_story(meta):
    tags = "".join('<div class="ti ab"><a class="tj bx bb ab sm tk tl tm tn to tp tq tr ts tt tu" href="https://'
                   'medium.com/tag/%s?%s" rel="noopener follow"><div class="tv ed cx tw gd tx ty be b bf z bj tz">'
                   '%s</div></a></div>' % (t.lower().replace(" ", "-"), src(meta, "post_tags"), esc(t))
                   for t in meta["tags"].split("|"))
    more = "".join(card(t, meta["author"], s, d, c, r, "author_recirc") for t, s, d, c, r in CARDS_MORE)
    rec = "".join(card(t, w, s, d, c, r, "read_next_recirc") for t, w, s, d, c, r in CARDS_REC)
    return ('<div class="uo up ab jr">%s</div>%s<div class="uq ur us ut uu uv uw ux uy uz va l"><div class="ab '
            'q vb"><a href="https://medium.com/@%s?%s" rel="noopener follow"><div class="l ed"><img alt="%s" '
            'class="l ep by vc vd cx" src="https://miro.medium.com/v2/resize:fill:96:96/%s.jpeg" width="48" '
            'height="48" loading="lazy"/></div></a></div><div class="ab co ve"><div class="vf vg ab q"><a '
            'href="https://medium.com/@%s?%s" rel="noopener follow"><h2 class="pw-author-name be vh vi vj bj">'
            '<span class="gn">Written by %s</span></h2></a><div class="vk l"><span class="pw-follower-count be b '
            'bf z bj"><a class="af ag ah ai aj ak al am an ao ap aq ar if" href="https://medium.com/@%s/followers?'
            '%s" rel="noopener follow">%s followers</a></span></div><div class="vl l"><p class="be b bf z du">%s</p>'
            '</div></div><div class="ab vm"><button class="be b bf z vn vo vp vq vr vs vt vu vv vw vx vy vz wa wb '
            'wc">Follow</button></div></div></div><div class="wd we wf wg wh wi l"><h2 class="be vh wj wk bj">'
            'Responses (%s)</h2><div class="wl l"><div class="wm wn wo wp wq l"><p class="be b bf z du">What are '
            'your thoughts?</p></div></div><div class="wr l"><button class="be b bf z ws wt wu wv ww wx wy wz xa">'
            'See all responses</button></div></div><div class="xb xc xd xe xf xg l"><h2 class="be vh wj wk bj">'
            'More from %s</h2><div class="xh xi l">%s</div><a class="be b bf z bj xj" href="https://medium.com/@%s'
            '?%s" rel="noopener follow">See all from %s</a></div><div class="xb xc xd xe xf xg l"><h2 class="be vh '
            'wj wk bj">Recommended from Medium</h2><div class="xh xi l">%s</div><a class="be b bf z bj xj" href='
            '"https://medium.com/?%s" rel="noopener follow">See more recommendations</a></div>'
            % (tags, action_bar(meta, "footer"), meta["handle"], src(meta, "post_author_info"),
               attr(meta["author"]), img_id("avatar"), meta["handle"], src(meta, "post_author_info"),
               esc(meta["author"]), meta["handle"], src(meta, "post_author_info"), meta["followers"],
               esc(meta["bio"]), meta["responses"], esc(meta["author"]), more, meta["handle"],
               src(meta, "author_recirc"), esc(meta["author"]), rec, src(meta, "read_next_recirc")))


def footer():
    links = [("Help", "https://help.medium.com/hc/en-us"), ("Status", "https://medium.statuspage.io/"),
             ("About", "https://medium.com/about?autoplay=1"),
             ("Careers", "https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e"),
             ("Press", "mailto:pressinquiries@medium.com"), ("Blog", "https://blog.medium.com/"),
             ("Privacy", "https://policy.medium.com/medium-privacy-policy-f03bf92035c9"),
             ("Rules", "https://policy.medium.com/medium-rules-30e5502c4eb4"),
             ("Terms", "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f"),
             ("Text to speech", "https://speechify.com/medium")]
    return ('<div class="xk xl l"><div class="ab cb"><div class="ci bh xm xn xo xp"><div class="ab q xq xr">%s'
            '</div></div></div></div>'
            % "".join('<div class="xs xt l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="%s" '
                      'rel="noopener follow"><p class="be b dv z du">%s</p></a></div>' % (h, t) for t, h in links))


def js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("/", SLASH).replace("<", "\\u003C")


def apollo(meta, blocks):
    pid = meta["postid"]
    paras, refs = {}, []
    seq = [("H3", meta["title"]), ("H4", meta["subtitle"])]
    for kind, text in blocks:
        t = {"P": "P", "HL": "P", "EM": "P", "H1": "H3", "H2": "H4", "UL": "ULI", "OL": "OLI", "FIG": "IMG",
             "QUOTE": "BQ", "PRE": "PRE"}[kind]
        seq.append((t, "\n".join(text) if kind == "PRE" else text))
    for n, (t, text) in enumerate(seq):
        key = "Paragraph:%s_%d" % (pid, n)
        refs.append({"__ref": key})
        paras[key] = {"__typename": "Paragraph", "id": "%s_%d" % (pid, n), "name": name(n), "href": None,
                      "text": text, "type": t, "hasDropCap": None, "dropCapImage": None,
                      "markups": [{"__typename": "Markup", "type": "EM", "start": 0, "end": len(text)}]
                      if t == "P" and text.startswith("Sources:") else [],
                      "layout": "INSET_CENTER" if t == "IMG" else None,
                      "metadata": {"__ref": "ImageMetadata:%s.png" % img_id("figure-%d" % n)} if t == "IMG" else None,
                      "iframe": None, "mixtapeMetadata": None, "codeBlockMetadata": None}
    state = {
        "ROOT_QUERY": {"__typename": "Query", "viewer": None,
                       "postResult({\"id\":\"%s\"})" % pid: {"__ref": "Post:%s" % pid}},
        "User:%s" % meta["userid"]: {"__typename": "User", "id": meta["userid"], "name": meta["author"],
                                     "username": meta["handle"], "bio": meta["bio"],
                                     "imageId": img_id("avatar")[2:] + ".jpeg", "mediumMemberAt": 0,
                                     "socialStats": {"__typename": "SocialStats", "followerCount": 2317}},
        "Post:%s" % pid: {"__typename": "Post", "id": pid, "title": meta["title"], "isLocked": False,
                          "isPublished": True, "visibility": "PUBLIC", "creator": {"__ref": "User:%s" % meta["userid"]},
                          "collection": None, "firstPublishedAt": 1758433692331, "readingTime": 9.18,
                          "clapCount": int(meta["claps"]), "postResponses": {"__typename": "PostResponses",
                                                                             "count": int(meta["responses"])},
                          "mediumUrl": url(meta),
                          "tags": [{"__ref": "Tag:%s" % t.lower().replace(" ", "-")} for t in meta["tags"].split("|")],
                          "previewContent": {"__typename": "PreviewContent", "subtitle": meta["subtitle"]},
                          "content({\"postMeteringOptions\":{}})": {
                              "__typename": "PostContent", "isLockedPreviewOnly": False,
                              "bodyModel": {"__typename": "RichText", "sections": [{"__typename": "Section",
                                                                                    "name": "a1b2", "startIndex": 0}],
                                            "paragraphs": refs}}},
    }
    for t in meta["tags"].split("|"):
        slug = t.lower().replace(" ", "-")
        state["Tag:%s" % slug] = {"__typename": "Tag", "id": slug, "displayTitle": t, "normalizedTagSlug": slug}
    state.update(paras)
    return js(state)


BLOCKS = []


def head(meta, desc):
    title = "%s | by %s | Sep, 2025 | Medium" % (meta["title"], meta["author"])
    fig = 2 + [k for k, _ in BLOCKS].index("FIG")
    og = "https://miro.medium.com/v2/resize:fit:1200/%s.png" % img_id("figure-%d" % fig)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "image": [og], "url": url(meta),
          "dateCreated": meta["iso"], "datePublished": meta["iso"], "dateModified": "2025-09-23T10:02:41.907Z",
          "headline": meta["title"], "name": meta["title"], "description": desc, "identifier": meta["postid"],
          "author": {"@type": "Person", "name": meta["author"], "url": "https://medium.com/@%s" % meta["handle"]},
          "creator": [meta["author"]],
          "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/",
                        "logo": {"@type": "ImageObject", "width": 500, "height": 110,
                                 "url": "https://miro.medium.com/v2/resize:fit:500/7%2AV1_7XP4snlmqrc_0Njontw.png"}},
          "mainEntityOfPage": url(meta), "isAccessibleForFree": True}
    metas = [("name", "viewport", "width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"),
             ("name", "theme-color", "#000000"), ("name", "twitter:app:name:iphone", "Medium"),
             ("name", "twitter:app:id:iphone", "828256236"), ("property", "al:ios:app_name", "Medium"),
             ("property", "al:ios:app_store_id", "828256236"), ("property", "al:android:package", "com.medium.reader"),
             ("property", "fb:app_id", "542599432471018"), ("property", "og:site_name", "Medium"),
             ("property", "og:type", "article"), ("property", "article:published_time", meta["iso"]),
             ("name", "title", title), ("property", "og:title", meta["title"]),
             ("property", "al:android:url", "medium://p/%s" % meta["postid"]),
             ("property", "al:ios:url", "medium://p/%s" % meta["postid"]),
             ("property", "al:android:app_name", "Medium"), ("name", "description", desc),
             ("property", "og:description", desc), ("property", "og:url", url(meta)),
             ("property", "al:web:url", url(meta)), ("property", "og:image", og),
             ("property", "article:author", "https://medium.com/@%s" % meta["handle"]),
             ("name", "author", meta["author"]),
             ("name", "robots", "index,noarchive,follow,max-image-preview:large"),
             ("name", "referrer", "unsafe-url"), ("property", "twitter:title", meta["title"]),
             ("name", "twitter:site", "@Medium"), ("name", "twitter:app:url:iphone", "medium://p/%s" % meta["postid"]),
             ("property", "twitter:description", desc), ("name", "twitter:image:src", og),
             ("name", "twitter:card", "summary_large_image"), ("name", "twitter:label1", "Reading time"),
             ("name", "twitter:data1", meta["read"])]
    h = ['<title data-rh="true">%s</title><meta data-rh="true" charset="utf-8"/>' % esc(title)]
    h += ['<meta data-rh="true" %s="%s" content="%s"/>' % (k, v, attr(c)) for k, v, c in metas]
    h += ['<link data-rh="true" rel="icon" href="https://miro.medium.com/v2/5d8de952517e8160e40ef9841c781cdc14a5db3'
          '13057fa3c3de41c6f5b494b19"/><link data-rh="true" rel="search" type="application/opensearchdescription+xml" '
          'title="Medium" href="/osd.xml"/><link data-rh="true" rel="apple-touch-icon" sizes="152x152" href="https://'
          'miro.medium.com/v2/resize:fill:304:304/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156"/>'
          '<link data-rh="true" rel="apple-touch-icon" sizes="120x120" href="https://miro.medium.com/v2/resize:fill:'
          '240:240/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156"/><link data-rh="true" rel='
          '"mask-icon" href="https://miro.medium.com/v2/resize:fill:1000:1000/7*GAOKVe--MXbEJmV9230oOQ.png" color='
          '"#171717"/><link data-rh="true" rel="preconnect" href="https://glyph.medium.com" crossOrigin=""/>'
          '<link data-rh="true" rel="manifest" href="/manifest.json"/><link data-rh="true" rel="preload" href='
          '"https://glyph.medium.com/css/unbound.css" as="style"/><link data-rh="true" id="glyph_link" rel='
          '"stylesheet" type="text/css" href="https://glyph.medium.com/css/unbound.css"/>'
          '<link data-rh="true" rel="author" href="https://medium.com/@%s"/><link data-rh="true" rel="canonical" '
          'href="%s"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/'
          '%s"/>' % (meta["handle"], url(meta), meta["postid"])]
    h.append('<script data-rh="true" type="application/ld+json">%s</script>' % js(ld))
    h.append('<script data-rh="true">window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>'
             '<link rel="preload" href="https://cdn-client.medium.com/lite/static/js/manifest.8d7b0a1e.js" '
             'as="script"/><link rel="preload" href="https://cdn-client.medium.com/lite/static/js/main.4f2c9b61.js" '
             'as="script"/>')
    h.append('<style type="text/css" data-fela-rehydration="564" data-fela-type="STATIC">%s</style>' % STATIC_CSS)
    h.append('<style type="text/css" data-fela-rehydration="564" data-fela-type="RULE">%s</style>' % RULE_CSS)
    return "".join(h)


def build():
    meta, blocks = parse()
    BLOCKS[:] = blocks
    desc = blocks[0][1][:140].rsplit(" ", 1)[0] + "…"
    body = ('<div id="root"><div class="a b c"><div class="d e f g h i j k"></div><script>document.domain = '
            'document.domain;</script><div class="l c">%s<div class="l"><div class="dc dd de df dg l"><article>'
            '<div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div>'
            '<div class="fw fx fy fz ga"><div class="ab cb"><div class="ci bh dh di dj dk"><div><h1 id="%s" class='
            '"pw-post-title gb gc gd be ge gf gg gh gi gj gk gl gm gn go gp gq gr gs gt gu gv gw gx gy bj" '
            'data-testid="storyTitle" data-selectable-paragraph="">%s</h1><div></div></div><h2 id="%s" class='
            '"pw-subtitle-paragraph gz gc gd be b ha hb hc hd he hf hg hh hi hj hk hl hm hn ho du" '
            'data-selectable-paragraph="">%s</h2><div>%s%s</div>%s</div></div></div></div></section></div></div>'
            '</article></div><div class="l"><div class="ab cb"><div class="ci bh dh di dj dk">%s</div></div></div>'
            '%s</div></div></div></div>'
            % (top_nav(meta), name(0), esc(meta["title"]), name(1), esc(meta["subtitle"]), byline(meta),
               action_bar(meta, "header"), story(meta, blocks), after_story(meta), footer()))
    preloaded = {"config": {"nodeEnv": "production", "version": "main-20250919-152301-7d0b6a6c1f",
                            "target": "production", "productName": "Medium", "publicUrl":
                            "https://cdn-client.medium.com/lite", "authDomain": "medium.com",
                            "authGoogleClientId": "216296035834-k1k6qe060s2tp2a2jam4ljdcms00sttg.apps."
                            "googleusercontent.com", "favicon": "production", "glyphUrl": "https://glyph.medium.com",
                            "branchKey": "key_live_ofxXr2qTrrU9NqURK8ZwEhknBxiI6KBm", "lightStep": {"name":
                            "lite-web", "host": "lightstep.medium.systems", "token":
                            "ce5be895bef60919541332990ac9fef2", "appVersion": "main-20250919-152301-7d0b6a6c1f"},
                            "algolia": {"appId": "MQ57UUUQZ2", "apiKeySearch": "394474ced050e3911ae2249ecc774921",
                                        "indexPrefix": "medium_", "host": "-dsn.algolia.net"},
                            "recaptchaKey": "6Lfc37IUAAAAAKGGtC6rLS13R1Hrw_BqADfS1LRk", "signInWallCustomDomain"
                            "CollectionIds": ["3a8144eabfe3", "336d898217ee", "61061eb0c96b"],
                            "mediumMastodonDomainName": "me.dm"},
                 "debug": {"requestId": "b1f7e0c2-5a9d-4c1e-9e3b-8d2f6a4c7b10", "hybridDevServices": [],
                           "originalSpanCarrier": {"traceparent": "00-4c9b2a7d1e3f6a8b0c2d4e6f8a0b1c3d-"
                                                   "9e1f3a5b7c9d0e2f-01"}},
                 "multiVote": {"clapsPerPost": {}}, "navigation": {"branch": {"show": None, "hasRendered": None,
                                                                                "blockedByCTA": False},
                                                                     "hideGoogleOneTap": False, "hasRenderedAlternate"
                                                                     "UserProfile": None, "currentLocation": url(meta),
                                                                     "host": "medium.com", "hostname": "medium.com",
                                                                     "referrer": "https://www.google.com/",
                                                                     "hasSetReferrer": False, "susiModal": {"step":
                                                                     None, "operation": "register"},
                                                                     "postRead": False, "partnerProgram": {
                                                                         "selectedCountryCode": None},
                                                                     "queryString": ""},
                 "client": {"hydrated": False, "isUs": False, "isNativeMedium": False, "isSafariMobile": False,
                            "isSafari": False, "isFirefox": False, "routingEntity": {"type": "DEFAULT",
                                                                                      "explicit": False},
                            "viewerIsBot": False},
                 "session": {"xsrf": ""}}
    scripts = ('<script>window.__BUILD_ID__="main-20250919-152301-7d0b6a6c1f"</script><script>window.__SENTRY_'
               'CDN__="https://cdn-client.medium.com/lite/static/js/sentry.4ad3f1b0.js"</script><script>window.__'
               'PRELOADED_STATE__ = %s</script><script>window.__APOLLO_STATE__ = %s</script><script>window.__'
               'MIDDLEWARE_STATE__={"session":{"xsrf":""},"cache":{"cacheStatus":"HIT"}}</script>'
               % (js(preloaded), apollo(meta, blocks)))
    scripts += "".join('<script src="https://cdn-client.medium.com/lite/static/js/%s.js"></script>' % f
                       for f in ["manifest.8d7b0a1e", "9865.1496d74a", "main.4f2c9b61", "instrumentation.d9108df7",
                                 "reporting.ff22a7a5", "4398.db4d4378", "9120.5df29668", "5049.d1ead72d",
                                 "4810.6318add7", "6618.db187378", "2707.b0942613", "9977.5b3eb23a",
                                 "8599.1ab63137", "5250.9f9e01d2", "5787.e66a3a4d", "2648.26563adf",
                                 "8393.826a25fb", "3104.c3413b66", "3735.afb7e926", "5642.8ad8a900",
                                 "6546.cd03f950", "6834.e7e6e2d0", "7136.d9a4b7d0", "PostPage.MainContent.7d5bf3e4"])
    scripts += ('<script>window.main();</script><script>(function(){function c(){var b=a.contentDocument||a.'
                'contentWindow.document;if(b){var d=b.createElement(\'script\');d.innerHTML="window.__CF$cv$params='
                '{r:\'98a3f1c20d6e7b41\',t:\'MTc1ODY4MzMyMQ==\'};var a=document.createElement(\'script\');a.src='
                '\'/cdn-cgi/challenge-platform/scripts/jsd/main.js\';document.getElementsByTagName(\'head\')[0].'
                'appendChild(a);";b.getElementsByTagName(\'head\')[0].appendChild(d)}}if(document.body){var a='
                'document.createElement(\'iframe\');a.height=1;a.width=1;a.style.position=\'absolute\';a.style.top'
                '=0;a.style.left=0;a.style.border=\'none\';a.style.visibility=\'hidden\';document.body.appendChild('
                'a);if(\'loading\'!==document.readyState)c();else if(window.addEventListener)document.'
                'addEventListener(\'DOMContentLoaded\',c);else{var e=document.onreadystatechange||function(){};'
                'document.onreadystatechange=function(b){e(b);\'loading\'!==document.readyState&&(document.'
                'onreadystatechange=e,c())}}}})();</script>')
    page = ('<!doctype html><html lang="en"><head>%s</head><body>%s%s</body></html>'
            % (head(meta, desc), body, scripts))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    build()
