#!/usr/bin/python3
"""Re-make docs/two-jets-that-switch-the-monsoon.html from tools/two-jets-that-switch-the-monsoon.txt.

Run from anywhere: /usr/bin/python3 tools/make_medium.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Standard library only; the output is the same bytes on
every run (ids and class names are derived from the text, not from a clock or random numbers).

The page imitates a member-only Medium story saved from Chrome with "Webpage, Complete": the
"saved from url" comment, a <head> full of data-rh meta tags, a JSON-LD block and two fela
style blocks with atomic class names; the top bar ("Open in app", "Write"); the article with
the "Member-only story" badge, the title h1 ("pw-post-title"), the subtitle h2, the byline
(author, Follow, "Published in", read time, date), the clap and response counts, Listen and
Share; the body as Medium writes it (big headings as h1 and small ones as h2 inside the story,
paragraphs with 4-hex ids and data-selectable-paragraph, a figure with picture/source/img and a
figcaption, a blockquote, ul/ol lists, a code block as <pre><span> with <br> line breaks,
Medium's curly quotes); then the tag pills, the "Written by" and "Published in" cards,
"Responses (n)" with a few responses and replies, "More from ...", "Recommended from Medium",
the footer links, and the scripts (__BUILD_ID__, __GRAPHQL_URI__, __PRELOADED_STATE__,
__APOLLO_STATE__) with their src paths rewritten into the page's "_files" folder, which the set
does not hold.
"""
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "two-jets-that-switch-the-monsoon.txt")
OUT = os.path.join(HERE, "..", "docs", "two-jets-that-switch-the-monsoon.html")

P_CLS = ("pw-post-body-paragraph oc od gj oe b of og oh oi oj ok ol om on oo op oq or os ot "
         "ou ov ow ox oy oz gc bk")
P1_CLS = ("pw-post-body-paragraph oc od gj oe b of qt oh oi oj qu ol om on qv op oq or qw ot "
          "ou ov qx ox oy oz gc bk")
H1_CLS = "qy qz gj bf ra rb rc rd re rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt ru bk"
H2_CLS = "rv qz gj bf ra rw rx ry re rz sa sb ri sc sd se rm sf sg sh rq si sj sk ru bk"
LI_BASE = "oc od gj oe b of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz"
UL_CLS = LI_BASE + " sl sm sn bk"
OL_CLS = LI_BASE + " so sm sn bk"
BQ_P_CLS = ("oc od ss oe b of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz gc "
            "bk")

CLAP_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" '
            'viewBox="0 0 24 24" aria-label="clap"><path fill="#6B6B6B" fill-rule="evenodd" '
            'd="M11.37.828 12 3.282l.63-2.454zM13.916 3.953l1.523-2.112-1.184-.39zM8.589 '
            '1.84l1.522 2.112-.337-2.501zM18.523 18.92c-.86.86-1.75 1.246-2.62 1.33a6 6 0 0 0 '
            '.407-.372c2.388-2.389 2.86-4.951 1.399-7.623l-.912-1.603-.79-1.672c-.26-.56-.194-.98.'
            '203-1.288a.7.7 0 0 1 .546-.132c.283.046.546.231.728.5l2.363 4.157c.976 1.624 1.141 '
            '4.237-1.324 6.702" clip-rule="evenodd"></path></svg>')
RESP_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" class="mb">'
            '<path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 '
            '12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 '
            '2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.'
            '486-.287a.49.49 0 0 0-.042-.518c-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598z"'
            '></path></svg>')
STAR_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" '
            'viewBox="0 0 64 64"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871a1.99 1.99 '
            '0 0 1-3.732 0l-5.771-15.87a2.02 2.02 0 0 0-1.194-1.195L7.298 33.866a1.99 1.99 0 0 1 '
            '0-3.732l15.87-5.771a2.02 2.02 0 0 0 1.195-1.194l5.771-15.871a1.99 1.99 0 0 1 3.732 '
            '0l5.771 15.87a2.02 2.02 0 0 0 1.194 1.195l15.871 5.771a1.99 1.99 0 0 1 0 3.732l-15.87 '
            '5.771a2.02 2.02 0 0 0-1.195 1.194"></path></svg>')
LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" '
            'viewBox="0 0 719 160" class="ae af"><path fill="#242424" d="m174.104 9.734.215-.047V8.'
            '02H130.39L89.6 103.89 48.81 8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 '
            '14.242V137.93c0 9.734-4.087 12.433-12.106 14.243l-.212.047v1.671h32.118v-1.665l-.213-'
            '.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972l53.925-126.'
            '743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-'
            '.05c-7.269-1.639-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 '
            '12.087-14.242"></path></svg>')


def pid(*parts):
    return hashlib.md5("\x1f".join(parts).encode("utf-8")).hexdigest()[:4]


def hexid(n, *parts):
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def smart(s):
    """Medium's editor turns straight quotes into curly ones."""
    s = re.sub(r'(^|[\s(\[>])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[>])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def inline(s):
    s = html.escape(s, quote=False)
    s = smart(s)
    s = re.sub(r"\*\*([^*]+)\*\*", r'<strong class="oe gk">\1</strong>', s)
    s = re.sub(r"\*([^*]+)\*", r'<em class="oe">\1</em>', s)
    return s


def attr(s):
    return html.escape(smart(s), quote=True)


def read_source():
    meta, body, resps = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    in_pre, pre = False, []
    para = []

    def flush():
        if para:
            body.append(("p", " ".join(para)))
            para.clear()

    for line in lines:
        if in_pre:
            if line.startswith("```"):
                body.append(("pre", pre[:]))
                in_pre, pre = False, []
            else:
                pre.append(line)
            continue
        s = line.strip()
        if s.startswith("```"):
            flush()
            in_pre = True
        elif s.startswith("@resp ") or s.startswith("@reply "):
            flush()
            kind, rest = s.split(" ", 1)
            resps.append((kind[1:], rest.split("|")))
        elif s.startswith("@figure "):
            flush()
            alt, capt = [x.strip() for x in s[8:].split("|", 1)]
            body.append(("figure", (alt, capt)))
        elif s.startswith("@"):
            k, _, v = s[1:].partition(" ")
            meta[k] = v
        elif s.startswith("## "):
            flush()
            body.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            body.append(("h1", s[2:]))
        elif s.startswith("> "):
            flush()
            body.append(("quote", s[2:]))
        elif s.startswith("- "):
            flush()
            body.append(("ul", s[2:]))
        elif re.match(r"\d+\. ", s):
            flush()
            body.append(("ol", s.split(" ", 1)[1]))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return meta, body, resps


def src_param(where, postid):
    return "?source=%s-----%s---------------------------------------" % (where, postid)


def render_body(meta, body):
    out, prev = [], None
    postid = meta["postid"]
    i = 0
    while i < len(body):
        kind, val = body[i]
        if kind == "p":
            cls = P1_CLS if prev in ("h1", "h2", None, "figure") else P_CLS
            out.append('<p id="%s" class="%s" data-selectable-paragraph="">%s</p>'
                       % (pid("p", str(i), val), cls, inline(val)))
        elif kind == "h1":
            out.append('<h1 id="%s" class="%s" data-selectable-paragraph="">%s</h1>'
                       % (pid("h1", val), H1_CLS, inline(val)))
        elif kind == "h2":
            out.append('<h2 id="%s" class="%s" data-selectable-paragraph="">%s</h2>'
                       % (pid("h2", val), H2_CLS, inline(val)))
        elif kind == "quote":
            out.append('<blockquote class="sp sq sr"><p id="%s" class="%s" '
                       'data-selectable-paragraph=""><em class="oe">%s</em></p></blockquote>'
                       % (pid("q", val), BQ_P_CLS, inline(val)))
        elif kind in ("ul", "ol"):
            items = []
            while i < len(body) and body[i][0] == kind:
                v = body[i][1]
                items.append('<li id="%s" class="%s" data-selectable-paragraph="">%s</li>'
                             % (pid("li", str(i), v), UL_CLS if kind == "ul" else OL_CLS,
                                inline(v)))
                i += 1
            out.append('<%s class="">%s</%s>' % (kind, "".join(items), kind))
            prev = kind
            continue
        elif kind == "pre":
            lines = [html.escape(l, quote=False) for l in val]
            out.append('<pre class="st su sv sw sx sy sz ta bp tb bb bk"><span id="%s" '
                       'class="tc lm gj sz b bg td te l tf tg" data-code-block-mode="0" '
                       'spellcheck="false" data-selectable-paragraph="">%s</span></pre>'
                       % (pid("pre", *val), "<br/>".join(lines)))
        elif kind == "figure":
            alt, capt = val
            img = "1*%s.png" % hexid(22, "img", postid)
            srcset_webp = ", ".join(
                "https://miro.medium.com/v2/resize:fit:%d/format:webp/%s %dw" % (w, img, w)
                for w in (640, 720, 750, 786, 828, 1100, 1400))
            srcset = ", ".join(
                "https://miro.medium.com/v2/resize:fit:%d/%s %dw" % (w, img, w)
                for w in (640, 720, 750, 786, 828, 1100, 1400))
            sizes = ("(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-"
                     "pixel-ratio: 4) and (max-width: 700px) 50vw, (min-resolution: 3dppx) and "
                     "(max-width: 700px) 67vw, (-webkit-min-device-pixel-ratio: 3) and "
                     "(max-width: 700px) 65vw, (min-resolution: 2.5dppx) and (max-width: 700px) "
                     "80vw, (-webkit-min-device-pixel-ratio: 2.5) and (max-width: 700px) 80vw, "
                     "(min-resolution: 2dppx) and (max-width: 700px) 100vw, (-webkit-min-device-"
                     "pixel-ratio: 2) and (max-width: 700px) 100vw, 700px")
            out.append(
                '<figure class="pc pd pe pf pg ph pi pj paragraph-image"><div role="button" '
                'tabindex="0" class="pk pl fj pm bh pn"><span class="pi pj po"><picture>'
                '<source srcset="%s" sizes="%s" type="image/webp"><source data-testid="og" '
                'srcset="%s" sizes="%s"><img alt="%s" class="bh md pp c" width="700" '
                'height="438" loading="eager" role="presentation" src="./%s/%s"></picture>'
                '</span></div><figcaption class="pq pr ps pi pj pt pu bf b bg z dv" '
                'data-selectable-paragraph="">%s</figcaption></figure>'
                % (srcset_webp, sizes, srcset, sizes, attr(alt), files_dir(meta),
                   img.replace("*", "_"), inline(capt)))
        prev = kind
        i += 1
    return "".join(out)


def page_title(meta):
    return "%s | by %s | %s | %s | Medium" % (smart(meta["title"]), meta["author"],
                                               meta["publication"],
                                               meta["date"].split()[0] + ", " +
                                               meta["date"].split()[-1])


def files_dir(meta):
    return page_title(meta).replace("|", "_") + "_files"


def url(meta):
    return "https://medium.com/%s/%s-%s" % (meta["pubslug"], meta["slug"], meta["postid"])


def head(meta):
    t = page_title(meta)
    desc = smart(meta["subtitle"])
    fd = "./" + files_dir(meta)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "image": ["https://miro.medium.com/v2/resize:fit:1200/1*%s.png"
                  % hexid(22, "img", meta["postid"])],
        "url": url(meta), "dateCreated": meta["iso"], "datePublished": meta["iso"],
        "dateModified": meta["iso"].replace("04:12:37.811", "09:48:02.175"),
        "headline": smart(meta["title"]), "name": smart(meta["title"]),
        "description": desc, "identifier": meta["postid"],
        "author": {"@type": "Person", "name": meta["author"],
                   "url": "https://medium.com/@" + meta["handle"]},
        "creator": [meta["author"]],
        "publisher": {"@type": "Organization", "name": meta["publication"],
                      "url": "https://medium.com/" + meta["pubslug"],
                      "logo": {"@type": "ImageObject", "width": 261, "height": 60,
                               "url": "https://miro.medium.com/v2/resize:fit:522/1*%s.png"
                                      % hexid(22, "logo", meta["pubslug"])}},
        "mainEntityOfPage": url(meta),
        "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                    "cssSelector": ".meteredContent"},
    }
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,'
        'maximum-scale=1">',
        '<title>%s</title>' % html.escape(t, quote=False),
        '<meta data-rh="true" name="theme-color" content="#000000">',
        '<meta data-rh="true" name="twitter:app:name:iphone" content="Medium">',
        '<meta data-rh="true" name="twitter:app:id:iphone" content="828256236">',
        '<meta data-rh="true" property="al:ios:app_name" content="Medium">',
        '<meta data-rh="true" property="al:ios:app_store_id" content="828256236">',
        '<meta data-rh="true" property="al:android:package" content="com.medium.reader">',
        '<meta data-rh="true" property="fb:app_id" content="542599432471018">',
        '<meta data-rh="true" property="og:site_name" content="Medium">',
        '<meta data-rh="true" property="og:type" content="article">',
        '<meta data-rh="true" property="article:published_time" content="%s">' % meta["iso"],
        '<meta data-rh="true" name="title" content="%s">' % attr(t),
        '<meta data-rh="true" property="og:title" content="%s">' % attr(meta["title"]),
        '<meta data-rh="true" property="al:android:url" content="medium://p/%s">'
        % meta["postid"],
        '<meta data-rh="true" property="al:ios:url" content="medium://p/%s">' % meta["postid"],
        '<meta data-rh="true" property="al:android:app_name" content="Medium">',
        '<meta data-rh="true" name="description" content="%s">' % attr(desc),
        '<meta data-rh="true" property="og:description" content="%s">' % attr(desc),
        '<meta data-rh="true" property="og:url" content="%s">' % url(meta),
        '<meta data-rh="true" property="al:web:url" content="%s">' % url(meta),
        '<meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:'
        'fit:1200/1*%s.png">' % hexid(22, "img", meta["postid"]),
        '<meta data-rh="true" property="article:author" content="https://medium.com/@%s">'
        % meta["handle"],
        '<meta data-rh="true" name="author" content="%s">' % meta["author"],
        '<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:'
        'large">',
        '<meta data-rh="true" name="referrer" content="unsafe-url">',
        '<meta data-rh="true" property="twitter:title" content="%s">' % attr(meta["title"]),
        '<meta data-rh="true" name="twitter:site" content="@Medium">',
        '<meta data-rh="true" name="twitter:app:url:iphone" content="medium://p/%s">'
        % meta["postid"],
        '<meta data-rh="true" property="twitter:description" content="%s">' % attr(desc),
        '<meta data-rh="true" name="twitter:card" content="summary_large_image">',
        '<meta data-rh="true" name="twitter:label1" content="Reading time">',
        '<meta data-rh="true" name="twitter:data1" content="%s">' % meta["read"],
        '<link data-rh="true" rel="icon" href="%s/5d8de952517e8160e40ef9841c781cdc14a5db313057'
        'fa3c3de41c6f5b494b19">' % fd,
        '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" '
        'title="Medium" href="/osd.xml">',
        '<link data-rh="true" rel="apple-touch-icon" sizes="152x152" href="%s/1_sHhtYhaCe2Uc3'
        'IU0IgKwIQ.png">' % fd,
        '<link data-rh="true" rel="author" href="https://medium.com/@%s">' % meta["handle"],
        '<link data-rh="true" rel="canonical" href="%s">' % url(meta),
        '<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/'
        'medium.com/p/%s">' % meta["postid"],
        '<script data-rh="true" type="application/ld+json">%s</script>'
        % json.dumps(ld, ensure_ascii=False, separators=(",", ":")),
        '<link rel="preload" href="%s/manifest.6a2c1b0f.js" as="script">' % fd,
        '<link rel="preload" href="%s/main.1d5b8e33.js" as="script">' % fd,
        '<style type="text/css" data-fela-rehydration="612" data-fela-type="STATIC">'
        'html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after'
        '{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility;'
        '-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;'
        'min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, '
        'p, pre, form{margin:0}menu, ol, ul{padding:0;list-style:none;list-style-image:none}'
        'main{display:block}a{color:inherit;text-decoration:none}a, button, input{-webkit-tap-'
        'highlight-color:transparent}img, svg{vertical-align:middle}button{background:'
        'transparent;overflow:visible}button, input, optgroup, select, textarea{margin:0}'
        ':root{--reach-tabs:1;--reach-menu-button:1}#speechify-root{font-family:Sohne, sans-'
        'serif}div[data-popper-reference-hidden="true"]{visibility:hidden;pointer-events:'
        'none}.grecaptcha-badge{visibility:hidden}</style>',
        '<style type="text/css" data-fela-rehydration="612" data-fela-type="RULE">'
        '.a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, '
        '"Segoe UI", Roboto, Oxygen, Ubuntu, Cantarell, "Open Sans", "Helvetica Neue", '
        'sans-serif}.b{font-weight:400}.c{background-color:rgba(255, 255, 255, 1)}.l{display:'
        'block}.m{position:sticky}.n{top:0}.o{z-index:500}.p{padding:0 24px}.ab{display:flex}'
        '.ae{fill:rgba(25, 25, 25, 1)}.bf{font-family:sohne, "Helvetica Neue", Helvetica, '
        'Arial, sans-serif}.bh{width:100%}.bk{color:rgba(36, 36, 36, 1)}.dv{color:rgba(107, '
        '107, 107, 1)}.gj{font-family:source-serif-pro, Georgia, Cambria, "Times New Roman", '
        'Times, serif}.oe{font-size:20px}.of{line-height:32px}.qy{font-size:24px}.rv{font-size:'
        '20px}.sz{font-family:source-code-pro, Menlo, Monaco, "Courier New", Courier, '
        'monospace}.sp{box-shadow:inset 3px 0 0 0 rgba(36, 36, 36, 1)}.ss{font-style:italic}'
        '.tv{border-radius:100px}.tw{padding:8px 16px}.tx{background-color:rgba(242, 242, '
        '242, 1)}</style>',
        '<style type="text/css" data-fela-rehydration="612" data-fela-type="RULE" media="all '
        'and (max-width: 551.98px)">.gc{margin-top:1.56em}.of{font-size:18px}.qy{font-size:'
        '20px}</style>',
    ]
    return "<head>" + "".join(metas) + "</head>"


def top_bar(meta):
    postid = meta["postid"]
    return (
        '<div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z">'
        '<a class="du ah dv bf al b dw dx dy dz ea eb ec ed ee ef eg" href="https://rsci.app.link'
        '/?%%24canonical_url=https%%3A%%2F%%2Fmedium.com%%2Fp%%2F%s&amp;~feature=LoOpenInAppButton'
        '&amp;~channel=ShowPostUnderCollection&amp;~stage=mobileNavBar&amp;source=post_page---'
        'top_nav_layout_nav-----------------------------------------" rel="noopener follow">'
        'Open in app<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" fill="none" '
        'viewBox="0 0 10 10" class="dt"><path fill="currentColor" d="M.985 8.485a.375.375 0 1 0 '
        '.53.53zM8.75 1.25h.375A.375.375 0 0 0 8.75.875zM8.375 6.5a.375.375 0 1 0 .75 0zM3.5.875a'
        '.375.375 0 1 0 0 .75zm-1.985 8.14 7.5-7.5-.53-.53-7.5 7.5zm6.86-7.765V6.5h.75V1.25zM3.5 '
        '1.625h5.25v-.75H3.5z"></path></svg></a></div>'
        '<div class="ab q eh ei ej"><div class="ab q ek"><a aria-label="Homepage" '
        'data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_'
        'layout_nav-----------------------------------------" rel="noopener follow">%s</a>'
        '<div class="ab ba bb bc bd be bf bg bh bi bj bk bl"><div class="es l et eu"><svg '
        'xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 '
        '24"><path fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 '
        '13.9 0 6.95 6.95 0 0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 '
        '1 0 .79-.79l-3.73-3.73A8.05 8.05 0 0 0 11.042 3z" clip-rule="evenodd"></path></svg>'
        '</div><input role="combobox" aria-controls="searchResults" aria-expanded="false" '
        'aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay ew ex ey '
        'ez fa fb fc fd fe ff fg fh fi fj" placeholder="Search" value=""></div></div>'
        '<div class="h k w fk fl"><div class="fm ab"><span><a class="ah ai aj fn al" '
        'data-testid="headerWriteButton" href="https://medium.com/new-story?source=post_page---'
        'top_nav_layout_nav-----------------------------------------" rel="noopener follow">'
        '<div class="bf b bg z bk fo fp ab q fq fr">Write</div></a></span></div></div>'
        '<div class="ab q"><div class="bm" aria-hidden="false"><button class="ao ah ai aj ak al '
        'am an ao ap aq ar as at" aria-label="Notifications"><svg xmlns="http://www.w3.org/2000/'
        'svg" width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Notifications">'
        '<path fill="currentColor" d="M15 18.5a3 3 0 1 1-6 0"></path></svg></button></div>'
        '<button class="ao ah ai aj ak al am an ao ap aq ar as at" aria-label="user options '
        'menu" data-testid="headerUserIcon"><img alt="Reader" class="l fj by bx bw cx" src="./%s'
        '/1_dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" loading="lazy"></button></div>'
        '</div></div></div>' % (postid, LOGO_SVG, files_dir(meta)))


def byline(meta):
    postid = meta["postid"]
    author_url = "https://medium.com/@%s%s" % (meta["handle"], src_param("post_page---byline-", postid))
    pub_url = "https://medium.com/%s%s" % (meta["pubslug"], src_param("post_page---byline-", postid))
    return (
        '<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hx hy '
        'hz ia ib ic id ie if ig ih ii ij ik il im"><div class="ab io"><div class="ip"><div '
        'class="ab"><a rel="noopener follow" href="%s"><div class="l iq ir by is it"><img '
        'alt="%s" class="l fj by dd de cx" src="./%s/1_%s.jpeg" width="32" height="32" '
        'loading="lazy" data-testid="authorPhoto"></div></a></div></div><div class="bm bg l">'
        '<div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="iu ab q">'
        '<div class="ab q iv"><div class="ab q"><div><div class="bm" aria-hidden="false"><p '
        'class="bf b iw ix bk"><a class="af ag ah ai aj ak al am an ao ap aq ar iy" '
        'data-testid="authorName" rel="noopener follow" href="%s">%s</a></p></div></div></div>'
        '<span class="iz ja" aria-hidden="true"><span class="bf b bg z dv">\u00b7</span></span>'
        '<p class="bf b iw ix dv"><span><a class="jb jc ah ai aj ak al am an ao ap aq ar ex jd '
        'je" href="https://medium.com/m/signin?actionUrl=https%%3A%%2F%%2Fmedium.com%%2F_%%2F'
        'subscribe%%2Fuser%%2F%s&amp;operation=register&amp;redirect=%s&amp;user=%s&amp;'
        'userId=%s&amp;source=post_page-%s--byline--%s---------------------post_header------------'
        '------" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>'
        '<div class="l jf"><span class="bf b bg z dv"><div class="ab cn jg jh ji"><div class="jj '
        'jk ab"><div class="bf b bg z dv ab jl"><span class="jm l jf">Published in</span><div>'
        '<div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar iy '
        'ab q" data-testid="publicationName" href="%s" rel="noopener follow"><p class="bf b bg z '
        'jn jo jp jq jr js jt ju bk">%s</p></a></div></div></div><div class="h k"><span '
        'class="iz ja" aria-hidden="true"><span class="bf b bg z dv">\u00b7</span></span></div>'
        '</div><span class="bf b bg z dv"><div class="ab ae"><span data-testid="storyReadTime">'
        '%s</span><div class="jv jw l" aria-hidden="true"><span class="l" aria-hidden="true">'
        '<span class="bf b bg z dv">\u00b7</span></span></div><span data-testid="storyPublishDate">'
        '%s</span></div></span></div></span></div></div></div>'
        % (author_url, meta["author"], files_dir(meta), hexid(22, "avatar", meta["userid"]),
           author_url, meta["author"], meta["userid"], url(meta).replace(":", "%3A").replace("/", "%2F"),
           meta["userid"], meta["userid"], meta["userid"], postid, pub_url, meta["publication"],
           meta["read"], meta["date"]))


def action_bar(meta, where):
    return (
        '<div class="ab cp jx jy jz ka kb kc kd ke kf kg kh ki kj kk kl km" data-where="%s">'
        '<div class="h k w fg fh q"><div class="lc l"><div class="ab q ld le"><div class="pw-'
        'multi-vote-icon fj jm lf lg lh"><div class=""><div class="li lj lk ll lm ln lo am lp lq '
        'lr lh">%s</div></div></div><div class="pw-multi-vote-count l ls lt lu lv lw lx ly"><p '
        'class="bf b dw z dv"><span class="lj">%s</span></p></div></div></div><div><div '
        'class="bm" aria-hidden="false"><button class="ao lz mc md ab q fk me mf" '
        'aria-label="responses">%s<p class="bf b dw z dv"><span class="pw-responses-count mb '
        'mc">%s</span></p></button></div></div></div><div class="ab q kn ko kp kq kr ks kt ku kv '
        'kw kx ky kz la lb"><div class="h k"><div><div class="bm" aria-hidden="false"><button '
        'aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to '
        'list bookmark button" data-testid="%sBookmarkButton" class="af fk ah ai aj ak al mh an '
        'ao ap ex mi mj mk ml"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" '
        'fill="none" viewBox="0 0 24 24" class="av"><path fill="#000" d="M17.5 1.25a.5.5 0 0 1 1 '
        '0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 1-1 0v-2.5H15a.5.5 0 0 1 0-1h2.5z"></path>'
        '</svg></button></div></div></div>%s<div class="bm" aria-hidden="false"><div><div '
        'class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" '
        'aria-expanded="false" aria-label="Share Post" data-testid="%sSocialShareButton" '
        'class="af fk ah ai aj ak al mh an ao ap ex mt mu mg mv mw mx my mz s na nb nc nd ne nf '
        'ng u nh ni nj"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" '
        'fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" '
        'd="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292.074.5.5 0 0 '
        '1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h'
        '-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 '
        '.068.498" clip-rule="evenodd"></path></svg>%s</button></div></div></div></div></div>'
        % (where, CLAP_SVG, meta["claps"], RESP_SVG, meta["responses"], where,
           ('<div class="fd mm cn"><div class="l ae"><div class="ab cb"><div class="mn mo mp mq '
            'mr ms ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div '
            'class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlay'
            'Button" class="af fk ah ai aj ak al mh an ao ap ex mt mu mg mv mw mx my mz s na nb '
            'nc nd ne nf ng u nh ni nj"><svg xmlns="http://www.w3.org/2000/svg" width="24" '
            'height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" '
            'fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 2 6.477 2 '
            '12s4.477 10 10 10 10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 '
            '1-.777-.416V8.934a.5.5 0 0 1 .777-.416l4.599 3.066a.5.5 0 0 1 0 .832" '
            'clip-rule="evenodd"></path></svg><div class="j i d"><p class="bf b bg z dv">Listen'
            '</p></div></button></div></div></div></div></div></div></div></div>')
           if where == "header" else "", where,
           '<div class="j i d"><p class="bf b bg z dv">Share</p></div>' if where == "header"
           else ""))


def footer_cards(meta, resps):
    postid = meta["postid"]
    tags = "".join(
        '<div class="tt tu l"><a href="https://medium.com/tag/%s%s" rel="noopener follow">'
        '<div class="tv fk cx tw ge tx ty bf b bg z bk tz">%s</div></a></div>'
        % (t.lower().replace(" ", "-"), src_param("post_page-", postid), t)
        for t in [x.strip() for x in meta["tags"].split(",")])
    out = ['<div class="ab cb ua ub uc ud" role="separator"></div>',
           '<div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ts ab jg cn">%s</div>'
           '</div></div>' % tags,
           '<div class="l"></div><footer class="ue uf ug uh ui ab q uj hk c"><div class="l ae">'
           '<div class="ab cb"><div class="ci bh ev ew ex ey">%s</div></div></div></footer>'
           % action_bar(meta, "footer")]
    # Written by / Published in
    out.append(
        '<div class="uk ul um un uo l"><div class="ab cb"><div class="ci bh ev ew ex ey"><div '
        'class="up bh r uq"></div><div class="ur l"><div class="ab us ut uu iq it"><div '
        'class="uv uw ux uy uz va vb vc vd ve ab cp"><div class="h k"><a tabindex="0" '
        'rel="noopener follow" href="https://medium.com/%s%s"><div class="fk vf vg"><img '
        'alt="%s" class="vh vi by vj vk cx" src="./%s/1_%s.png" width="48" height="48" '
        'loading="lazy"></div></a></div><div class="j i d"><a rel="noopener follow" '
        'href="https://medium.com/%s">Follow</a></div></div><div class="ab co vl"><div '
        'class="vm vn vo vp vq l"><a class="af ag ah aj ak al am an ao ap aq ar as at ab q" '
        'rel="noopener follow" href="https://medium.com/%s"><h2 class="pw-author-name bf vs vt '
        'vu vv vw vx vy ny vz wa oc wb wc og wd we bk"><span class="gn vr">Published in %s</span>'
        '</h2></a><div class="wf ab jg"><div class="l jf"><span class="pw-follower-count bf b bg '
        'z dv"><a class="af ag ah ai aj ak al am an ao ap aq ar iy" rel="noopener follow" '
        'href="https://medium.com/%s/followers">%s followers</a></span></div><div class="bf b '
        'bg z dv ab jl"><span class="jm l" aria-hidden="true"><span class="bf b bg z dv">'
        '\u00b7</span></span><span class="bf b bg z dv">Last published 2 days ago</span></div>'
        '</div><div class="wg l"><p class="bf b bg z bk"><span class="lj">Notes, maps and '
        'answer frames for the UPSC Civil Services Examination. Written by aspirants, for '
        'aspirants.</span></p></div></div></div></div></div>'
        % (meta["pubslug"], src_param("post_page---post_publication_info-", postid),
           meta["publication"], files_dir(meta), hexid(22, "pub", meta["pubslug"]),
           meta["pubslug"], meta["pubslug"], meta["publication"], meta["pubslug"],
           meta["pubfollowers"]))
    out.append(
        '<div class="ab us ut uu iq it"><div class="uv uw ux uy uz va vb vc vd ve ab cp"><div '
        'class="h k"><a tabindex="0" rel="noopener follow" href="https://medium.com/@%s%s"><div '
        'class="l fk"><img alt="%s" class="l fj by vh vi cx" src="./%s/1_%s.jpeg" width="48" '
        'height="48" loading="lazy"></div></a></div><div class="j i d"><button class="bf b bg '
        'z wh wi wj wk wl wm wn wo wp wq wr ws wt wu wv ww wx">Follow</button></div></div><div '
        'class="ab co vl"><div class="vm vn vo vp vq l"><a class="af ag ah aj ak al am an ao ap '
        'aq ar as at ab q" rel="noopener follow" href="https://medium.com/@%s"><h2 '
        'class="pw-author-name bf vs vt vu vv vw vx vy ny vz wa oc wb wc og wd we bk"><span '
        'class="gn vr">Written by %s</span></h2></a><div class="wf ab jg"><div class="l jf">'
        '<span class="pw-follower-count bf b bg z dv"><a class="af ag ah ai aj ak al am an ao '
        'ap aq ar iy" rel="noopener follow" href="https://medium.com/@%s/followers">%s followers'
        '</a></span></div><div class="bf b bg z dv ab jl"><span class="jm l" aria-hidden="true">'
        '<span class="bf b bg z dv">\u00b7</span></span><a class="af ag ah ai aj ak al am an ao '
        'ap aq ar iy" rel="noopener follow" href="https://medium.com/@%s/following">212 '
        'following</a></div></div><div class="wg l"><p class="bf b bg z bk"><span class="lj">'
        '%s</span></p></div></div></div></div></div></div></div></div>'
        % (meta["handle"], src_param("post_page---post_author_info-", postid), meta["author"],
           files_dir(meta), hexid(22, "avatar", meta["userid"]), meta["handle"], meta["author"],
           meta["handle"], meta["followers"], meta["handle"], inline(meta["bio"])))
    # responses
    items = []
    for kind, parts in resps:
        if kind == "resp":
            name, date, claps, text = parts
        else:
            name, date, text = parts
            claps = ""
        author_tag = ('<span class="bf b bg z wy">Author</span>'
                      if name == meta["author"] else "")
        items.append(
            '<div class="%s"><div class="ab"><div class="wz l"><div class="ab q"><a '
            'rel="noopener follow" href="https://medium.com/@%s"><img alt="%s" class="l fj by '
            'xa xb cx" src="./%s/1_%s.jpeg" width="32" height="32" loading="lazy"></a><div '
            'class="xc l"><div class="ab q"><p class="bf b bg z bk"><a class="af ag ah ai aj ak '
            'al am an ao ap aq ar iy" rel="noopener follow" href="https://medium.com/@%s">%s'
            '</a></p>%s</div><p class="bf b bg z dv"><a class="af ag ah ai aj ak al am an ao ap '
            'aq ar iy" rel="noopener follow" href="https://medium.com/@%s/%s">%s</a></p></div>'
            '</div></div></div><div class="xd l"><pre class="xe l"><div class="xf l"><p '
            'id="%s" class="pw-post-body-paragraph xg xh gj xi b bg xj xk xl xm xn xo xp xq xr '
            'xs xt xu xv xw xx xy xz ya yb yc dt bk">%s</p></div></pre></div><div class="ab q '
            'ye"><div class="ab q">%s<p class="bf b dw z dv"><span class="lj">%s</span></p></div>'
            '<button class="bf b dw z dv ah yf">Reply</button></div></div>'
            % ("yd l" if kind == "resp" else "yd yg l", slugify(name), name, files_dir(meta),
               hexid(22, "avatar", name), slugify(name), name, author_tag, slugify(name),
               hexid(12, "resp", name, date), date, pid("r", name, text), inline(text),
               CLAP_SVG, claps))
    out.append(
        '<div class="yh yi yj yk yl l" id="responses"><div class="ab cb"><div class="ci bh ev '
        'ew ex ey"><div class="ym yn yo yp yq yr ys yt yu l"><h2 class="bf ny yv oc og bk">'
        'Responses (%s)</h2><div class="yw l"><div class="ab q"><img alt="Reader" class="l fj '
        'by bx bw cx" src="./%s/1_dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" '
        'loading="lazy"><p class="bf b bg z dv">What are your thoughts?</p></div></div>%s'
        '<div class="yx l"><button class="bf b bg z bk yy yz za zb">See all responses</button>'
        '</div></div></div></div></div>' % (meta["responses"], files_dir(meta), "".join(items)))
    # More from / Recommended
    more = [
        (meta["author"], "El Ni\u00f1o, La Ni\u00f1a and the IOD in One Table",
         "Three ocean switches, one monsoon, and the prelims questions they keep producing",
         "Jun 29", "1.3K", "21"),
        (meta["author"], "Temperate vs Tropical Cyclones: A Map-First Approach",
         "Fronts, warm cores and why the Bay of Bengal keeps getting the big ones", "Jun 22",
         "986", "14"),
    ]
    rec = [
        ("Kabir Sethi", "How I Made My Geography Notes in 90 Days (Templates Inside)",
         "A system for NCERTs, maps and current affairs that survived two attempts", "May 3",
         "3.4K", "72"),
        ("Sana Qureshi", "Climatology Is Not Hard. We Teach It Backwards.",
         "Start with pressure belts, end with local winds, and everything else falls into place",
         "Apr 18", "812", "9"),
    ]

    def card(a, t, sub, d, c, r):
        return ('<div class="zc zd ze zf zg zh zi l"><article><div class="l"><div class="ab q">'
                '<p class="bf b dw z bk">%s</p></div><a rel="noopener follow" href="https://'
                'medium.com/@%s"><h2 class="bf gk zj ix zk zl zm zn zo bk">%s</h2><div '
                'class="zp l"><h3 class="bf b ym z bk zq">%s</h3></div></a><div class="ab zr zs">'
                '<span class="bf b bg z dv">%s</span><span class="bf b bg z dv">%s</span><span '
                'class="bf b bg z dv">%s</span></div></div></article></div>'
                % (a, slugify(a), inline(t), inline(sub), d, c, r))

    out.append(
        '<div class="l zt"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="zu '
        'zv l"><h2 class="bf ny yv oc og bk">More from %s and %s</h2></div>%s<div class="aaa '
        'l"><a class="bf b bg z bk yy" href="https://medium.com/@%s">See all from %s</a></div>'
        '<div class="aaa l"><a class="bf b bg z bk yy" href="https://medium.com/%s">See all from '
        '%s</a></div><div class="aab l"><h2 class="bf ny yv oc og bk">Recommended from Medium'
        '</h2></div>%s<div class="aaa l"><a class="bf b bg z bk yy" href="https://medium.com/'
        '?source=post_page---read_next_recirc-----------------------------------------">See '
        'more recommendations</a></div></div></div></div>'
        % (meta["author"], meta["publication"], "".join(card(*m) for m in more),
           meta["handle"], meta["author"], meta["pubslug"], meta["publication"],
           "".join(card(*m) for m in rec)))
    links = ["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Rules",
             "Terms", "Text to speech"]
    hrefs = ["https://help.medium.com/hc/en-us", "https://medium.statuspage.io/",
             "https://medium.com/about", "https://medium.com/jobs-at-medium/work-at-medium-"
             "959d1a85284e", "mailto:pressinquiries@medium.com", "https://blog.medium.com/",
             "https://policy.medium.com/medium-privacy-policy-f03bf92035c9",
             "https://policy.medium.com/medium-rules-30e5502c4eb4",
             "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f",
             "https://speechify.com/medium"]
    out.append(
        '<div class="aac aad l"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ab '
        'q aae aaf">%s</div></div></div></div>'
        % "".join('<div class="aag aah l"><a class="af ag ah ai aj ak al am an ao ap aq ar iy" '
                  'href="%s" rel="noopener follow"><p class="bf b dw z dv">%s</p></a></div>'
                  % (h, t) for t, h in zip(links, hrefs)))
    return "".join(out)


def slugify(name):
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def scripts(meta):
    fd = "./" + files_dir(meta)
    pre = {"config": {"nodeEnv": "production", "version": "main-20250703-183514-4b1e96c2fd",
                      "target": "production", "productName": "Medium",
                      "publicUrl": "https://cdn-client.medium.com/lite",
                      "authDomain": "medium.com", "authGoogleClientId":
                      "216296035834-k1k6qe060s2tp2a2jam4ljdcms00sttg.apps.googleusercontent.com",
                      "favicon": "production", "glyphUrl": "https://glyph.medium.com",
                      "branchKey": "key_live_ofxXr2qTrrU9NqURK8ZwEhknBxiI6KBm",
                      "lightStep": {"name": "lite-web", "host": "collector-medium.lightstep.com",
                                    "token": "ce5be895bef60919541332990ac9fef2", "appVersion":
                                    "main-20250703-183514-4b1e96c2fd"},
                      "algolia": {"appId": "MQ57UUUQZ2", "apiKeySearch":
                                  "394474ced050e3911ae2249ecc774921",
                                  "indexPrefix": "medium_", "host": "-dsn.algolia.net"},
                      "recaptchaKey": "6Lfc37IUAAAAAKGGtC6rLS13R1Hrw_BqADfS1LRk",
                      "recaptcha3Key": "6Lf8R9wUAAAAABMI_85Wb8melS7Zj6ziuf99Yot5",
                      "recaptchaEnterpriseKeyId": "6Le-uGgpAAAAAPprRaokM8AKthQ9KNGdoxaGUvVp",
                      "datadog": {"applicationId": "6702d87d-a7e0-42fe-bbcb-95b469547ea0",
                                  "clientToken": "pub853ea8d17ad6821d9f8f11861d23dfed",
                                  "rumToken": "pubf9cc52896502b9413b68ba36fc0c7162",
                                  "context": {"deployment": {"target": "production",
                                              "tag": "main-20250703-183514-4b1e96c2fd",
                                              "commit": "4b1e96c2fd"}},
                                  "datacenter": "us"},
                      "isAmp": False, "googleAnalyticsCode": "G-7JY7T788PK",
                      "signInWallCustomDomainCollectionIds": [
                          "3a8144eabfe3", "336d898217ee", "61061eb0c96b", "138adf9c44c",
                          "819cc2aaeee0"]},
           "debug": {"requestId": "c7b2e0f4-9d1a-4e8b-a3c5-%s" % hexid(12, "req", meta["postid"]),
                     "hybridDevServices": [], "originalSpanCarrier": {
                         "traceparent": "00-%s-%s-01" % (hexid(32, "trace"), hexid(16, "span"))}},
           "multiVote": {"clapsPerPost": {}},
           "navigation": {"branch": {"show": None, "hasRendered": None, "blockedByCTA": False},
                          "hideGoogleOneTap": False, "hasRenderedAlternateUserBanner": None,
                          "currentLocation": url(meta), "host": "medium.com",
                          "hostname": "medium.com", "referrer": "https://www.google.com/",
                          "hasSetReferrer": False, "susiModal": {"step": None,
                                                                 "operation": "register"},
                          "postRead": False, "partnerProgram": {"selectedCountryCode": None},
                          "queryString": "",
                          "currentHash": ""},
           "config": None}
    apollo = {
        "ROOT_QUERY": {"__typename": "Query", "viewer": {"__ref": "User:viewer"},
                       "postResult({\"id\":\"%s\"})" % meta["postid"]:
                       {"__ref": "Post:%s" % meta["postid"]}},
        "User:%s" % meta["userid"]: {"__typename": "User", "id": meta["userid"],
                                     "name": meta["author"], "username": meta["handle"],
                                     "bio": smart(meta["bio"]),
                                     "socialStats": {"__typename": "SocialStats",
                                                     "followerCount": 4617}},
        "Collection:%s" % hexid(12, "col", meta["pubslug"]): {
            "__typename": "Collection", "id": hexid(12, "col", meta["pubslug"]),
            "name": meta["publication"], "slug": meta["pubslug"]},
        "Post:%s" % meta["postid"]: {
            "__typename": "Post", "id": meta["postid"], "title": smart(meta["title"]),
            "mediumUrl": url(meta), "isLocked": True, "visibility": "LOCKED",
            "readingTime": 10.96, "firstPublishedAt": 1751775157811,
            "latestPublishedAt": 1751795282175,
            "clapCount": 2104, "responsesCount": int(meta["responses"]),
            "creator": {"__ref": "User:%s" % meta["userid"]},
            "collection": {"__ref": "Collection:%s" % hexid(12, "col", meta["pubslug"])},
            "tags": [{"__ref": "Tag:%s" % t.strip().lower().replace(" ", "-")}
                     for t in meta["tags"].split(",")],
            "previewContent": {"__typename": "PreviewContent",
                               "subtitle": smart(meta["subtitle"]), "isFullContent": False},
            "content({\"postMeteringOptions\":{\"referrer\":\"https://www.google.com/\"}})":
            {"__typename": "PostContent", "isLockedPreviewOnly": False,
             "validatedShareKey": "", "shareKeyCreator": None},
        },
    }
    parts = [
        '<script>window.__BUILD_ID__="main-20250703-183514-4b1e96c2fd"</script>',
        '<script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>',
        '<script>window.__PRELOADED_STATE__ = %s</script>'
        % json.dumps(pre, separators=(",", ":")),
        '<script>window.__APOLLO_STATE__ = %s</script>'
        % json.dumps(apollo, ensure_ascii=False, separators=(",", ":")),
        '<script>window.__MIDDLEWARE_STATE__={"session":{"xsrf":""},"cache":{"cacheStatus":'
        '"HIT"}}</script>',
    ]
    for name in ("manifest.6a2c1b0f.js", "9865.1496d74a.js", "main.1d5b8e33.js",
                 "instrumentation.d9108df7.js", "reporting.ff22a7a5.js", "4398.db4d4378.js",
                 "PostPage.MainContent.b2f7c4a9.js", "5049.d1ead72d.js",
                 "PostResponsesContent.5c1e3d0a.js", "responses.editor.3d11b2f5.js"):
        parts.append('<script src="%s/%s"></script>' % (fd, name))
    parts.append('<script>window.main();</script>')
    return "".join(parts)


def build(out=OUT):
    meta, body, resps = read_source()
    saved_url = url(meta)
    page = [
        "<!DOCTYPE html>",
        "<!-- saved from url=(%04d)%s -->" % (len(saved_url), saved_url),
        '<html lang="en">' + head(meta) + '<body><div id="root"><div class="a b c"><div '
        'class="d e f g h i j k"></div><script>document.domain = document.domain;</script>'
        + top_bar(meta) +
        '<div class="l"><div class="l"><div class="fu"></div><article><div class="l"><div '
        'class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div '
        'class="fw fx fy fz ga"><div class="ab cb"><div class="ci bh ev ew ex ey"><div '
        'class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="gb gc gd '
        'ge gf ab"><div><div class="ab gg"><div><div class="bm" aria-hidden="false"><div '
        'class="ab q">' + STAR_SVG + '<p class="bf b dw z dv">Member-only story</p></div></div>'
        '</div></div></div></div></div></div>'
        '<h1 id="%s" class="pw-post-title gh gi gj bf gk gl gm gn go gp gq gr gs gt gu gv gw gx '
        'gy gz ha hb hc hd he hf hg hh hi bk" data-testid="storyTitle" '
        'data-selectable-paragraph="">%s</h1>' % (pid("title", meta["title"]),
                                                  inline(meta["title"])) +
        '<div class="hj"><h2 id="%s" class="pw-subtitle-paragraph hk gi gj bf b hl hm hn ho hp '
        'hq hr hs ht hu hv hw hx cq dv" data-selectable-paragraph="">%s</h2></div>'
        % (pid("sub", meta["subtitle"]), inline(meta["subtitle"])) +
        byline(meta) + action_bar(meta, "header") + '</div></div></div></div></div>' +
        '<div class="meteredContent"><div class="ab cb"><div class="ci bh ev ew ex ey">' +
        render_body(meta, body) +
        '</div></div></div></div></section></div></div></article></div>' +
        footer_cards(meta, resps) +
        '</div></div></div>' + scripts(meta) + '</body></html>',
    ]
    data = "\n".join(page) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
