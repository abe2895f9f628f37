#!/usr/bin/python3
"""Make docs/mishti-scheme-mangrove-alliance.html from tools/mishti-scheme-mangrove-alliance.txt.

The page imitates a WordPress post on a coaching blog (Kadence theme, Yoast SEO, LuckyWP Table
of Contents, an Ultimate Blocks content-toggle FAQ with FAQPage JSON-LD, AddToAny share buttons,
Jetpack related posts, the GDPR cookie bar) saved from Chrome with "Webpage, Complete": the
"saved from url" comment, assets pointing into the "..._files" folder (not part of the set), the
DOM as Chrome serialises it after the scripts ran (html class "js", the TOC's inline toggle, the
share buttons' SVG icons filled in).

Run from anywhere: /usr/bin/python3 tools/make_html.py [--out PATH]
The output is byte-for-byte reproducible.
"""
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mishti-scheme-mangrove-alliance.txt")
OUT = os.path.join(HERE, "..", "docs", "mishti-scheme-mangrove-alliance.html")

SITE = "https://ecoprepias.in"
SITE_NAME = "EcoPrep IAS"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SVG = {
    "whatsapp": "M16.21 4.41C9.973 4.41 4.917 9.465 4.917 15.7c0 2.134.592 4.13 1.62 5.832L4.5 27.59l6.25-2.002a11.24 11.24 0 0 0 5.46 1.404c6.234 0 11.29-5.055 11.29-11.29 0-6.237-5.056-11.292-11.29-11.292",
    "telegram": "M25.515 6.896 6.027 14.41c-1.33.534-1.322 1.276-.243 1.606l5 1.56 1.72 5.66c.226.625.115.873.77.873.506 0 .73-.235 1.012-.51l2.43-2.363 5.056 3.734c.93.514 1.602.25 1.834-.863l3.32-15.638c.338-1.363-.52-1.98-1.41-1.577z",
    "facebook": "M28 16c0-6.627-5.373-12-12-12S4 9.373 4 16c0 5.628 3.875 10.35 9.101 11.647v-7.98h-2.474V16H13.1v-1.58c0-4.085 1.849-5.978 5.859-5.978.76 0 2.072.15 2.608.298v3.325c-.283-.03-.775-.045-1.386-.045-1.967 0-2.728.745-2.728 2.683V16h3.92l-.673 3.667h-3.247v8.245C23.395 27.195 28 22.135 28 16",
    "x": "M21.751 7h3.067l-6.7 7.658L26 25.078h-6.172l-4.833-6.32-5.531 6.32h-3.07l7.167-8.19L6 7h6.328l4.37 5.777L21.75 7Zm-1.076 16.242h1.7L11.404 8.74H9.58z",
    "email": "M27 21.775v-9.123s-10.225 7.269-11.346 7.669C14.517 20.71 4 12.652 4 12.652v9.123c0 1.267.27 1.525 1.6 1.525h19.8c1.364 0 1.6-.227 1.6-1.525",
    "copy_link": "M24.412 21.177c0-.36-.126-.665-.377-.917l-2.804-2.804a1.25 1.25 0 0 0-.92-.38c-.377 0-.697.145-.966.43.026.025.108.104.243.237q.205.2.276.27.07.074.19.248a.9.9 0 0 1 .176.35c.03.12.047.25.047.4",
    "share": "M18 14V8h-4v6H8v4h6v6h4v-6h6v-4z",
}
A2A_BG = {"whatsapp": "18, 175, 10", "telegram": "44, 165, 224", "facebook": "8, 102, 255",
          "x": "17, 17, 17", "email": "136, 137, 144", "copy_link": "1, 102, 255",
          "share": "1, 102, 255"}
A2A_LABEL = {"whatsapp": "WhatsApp", "telegram": "Telegram", "facebook": "Facebook", "x": "X",
             "email": "Email", "copy_link": "Copy Link"}

MENU = [("Home", "/"), ("GS 1", "/category/gs1/"), ("GS 2", "/category/gs2/"),
        ("GS 3", "/category/gs3/"), ("Current Affairs", "/category/current-affairs/"),
        ("Prelims PYQs", "/prelims-pyq/"), ("About", "/about/")]
RECENT = [("Great Nicobar Project and the Island Coastal Regulation Zone", "great-nicobar-project-icrz"),
          ("Amrit Dharohar Scheme for Ramsar Sites: Four Pillars Explained", "amrit-dharohar-ramsar-sites"),
          ("Carbon Credit Trading Scheme 2023: How India's Carbon Market Works", "carbon-credit-trading-scheme"),
          ("Nagar Van Yojana and Green Credit Programme", "nagar-van-yojana-green-credit"),
          ("Ocean Acidification: Causes and Effects on Coral Reefs", "ocean-acidification-coral-reefs")]
CATS = [("Current Affairs", 148), ("Environment", 96), ("Geography", 71), ("Government Schemes", 54),
        ("Polity", 63), ("Prelims PYQs", 22)]
RELATED = [("Blue Carbon Ecosystems: Seagrasses, Salt Marshes and Mangroves", "blue-carbon-ecosystems",
            "March 14, 2025", 2211),
           ("Sundarbans: Tiger Reserve, Ramsar Site and World Heritage Site", "sundarbans-tiger-reserve-ramsar",
            "January 30, 2025", 2107),
           ("Ramsar Sites in India 2025: Full List with New Additions", "ramsar-sites-in-india-list",
            "June 5, 2025", 2398)]
COMMENTS = [
    (311, "Rohit S.", "2025-07-27T10:02:11+05:30", "July 27, 2025 at 10:02 am",
     "Is MISHTI part of the Green India Mission? My coaching notes club them together.",
     [(312, "Kavya Menon", "2025-07-27T12:48:30+05:30", "July 27, 2025 at 12:48 pm",
       "No. The Green India Mission is one of the eight missions under the National Action Plan on Climate Change (2008). MISHTI is a separate Budget initiative of 2023; both add to the carbon sink, which is why notes club them.")]),
    (327, "Meera Iyer", "2025-08-24T21:15:54+05:30", "August 24, 2025 at 9:15 pm",
     "Only 10 ha in West Bengal?? With the Sundarbans right there? Thanks for the table, saved it for revision.",
     []),
]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def texturize(s):
    """wptexturize as WordPress applies it to titles, content and comments: straight quotes and
    apostrophes become curly ones, written as numeric character references."""
    s = re.sub(r'"(?=[\w(])', "&#8220;", s)
    s = s.replace('"', "&#8221;")
    s = re.sub(r"(?<=\w)'", "&#8217;", s)
    s = re.sub(r"'(?=\w)", "&#8216;", s)
    return s


def inline(s):
    s = texturize(esc(s))
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    return s


def plain(s):
    return re.sub(r"\*+", "", s)


def anchor(text):
    t = re.sub(r"[^A-Za-z0-9 \-]", "", plain(text)).strip()
    return re.sub(r"[ ]+", "_", t)


def uid(seed, n=8):
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def nice_date(iso):
    y, m, d = iso[:10].split("-")
    return "%s %d, %s" % (MONTHS[int(m) - 1], int(d), y)


def read_source():
    with open(SRC, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f.read().split("\n") if not l.startswith("%")]


def parse(lines):
    meta, blocks = {}, []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if s.startswith("@") and s.split(" ", 1)[0] in ("@title", "@slug", "@postid", "@date",
                                                         "@modified", "@author", "@category",
                                                         "@tags"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s == "@toc":
            blocks.append(("toc",))
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("### "):
            blocks.append(("h3", s[4:]))
        elif s.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(s[2:])
            else:
                blocks.append(("ul", [s[2:]]))
        elif s.startswith("@caption "):
            blocks.append(("caption", s[9:]))
        elif s.startswith("| "):
            cells = [c.strip() for c in s.strip().strip("|").split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                cap = None
                if blocks and blocks[-1][0] == "caption":
                    cap = blocks.pop()[1]
                blocks.append(("table", [cells], cap))
        elif s.startswith("@note "):
            blocks.append(("note", s[6:]))
        elif s == "@faq":
            qa = []
            while lines[i].strip() != "@endfaq":
                t = lines[i].strip()
                if t.startswith("Q: "):
                    qa.append([t[3:], ""])
                elif t.startswith("A: "):
                    qa[-1][1] = t[3:]
                i += 1
            i += 1
            blocks.append(("faq", qa))
        else:
            blocks.append(("p", s))
    return meta, blocks


def toc_html(blocks):
    items, cur = [], None
    n2 = 0
    for b in blocks:
        if b[0] == "h2":
            n2 += 1
            n3 = 0
            cur = [str(n2), b[1], []]
            items.append(cur)
        elif b[0] == "h3":
            n3 += 1
            cur[2].append(("%d.%d" % (n2, n3), b[1]))
    out = ['<div class="lwptoc lwptoc-autoWidth lwptoc-baseItems lwptoc-light lwptoc-notInherit" '
           'data-smooth-scroll="1" data-smooth-scroll-offset="24"><div class="lwptoc_i">    '
           '<div class="lwptoc_header">\n        <b class="lwptoc_title">Contents</b>'
           '                    <span class="lwptoc_toggle">\n                '
           '<a href="#" class="lwptoc_toggle_label" data-label="show">hide</a>            </span>\n'
           '            </div>\n<div class="lwptoc_items lwptoc_items-visible" style="">\n'
           '    <div class="lwptoc_itemWrap">']

    def item(num, text):
        return ('<div class="lwptoc_item">    <a href="#%s">\n                    '
                '<span class="lwptoc_item_number">%s</span>\n                '
                '<span class="lwptoc_item_label">%s</span>\n            </a>\n    '
                % (anchor(text), num, esc(plain(text))))

    for num, text, subs in items:
        out.append(item(num, text))
        if subs:
            out.append('    <div class="lwptoc_itemWrap">')
            for sn, st in subs:
                out.append(item(sn, st) + "</div>")
            out.append("</div>")
        out.append("</div>")
    out.append("</div>\n</div>\n</div></div>")
    return "".join(out)


def faq_html(qa, postid):
    bid = uid("faq%s" % postid, 8) + "-" + uid("faqb", 4) + "-" + uid("faqc", 4)
    out = ['<div class="wp-block-ub-content-toggle ub-content-toggle-%s" id="ub-content-toggle-%s" '
           'data-mobilecollapse="true" data-desktopcollapse="true" data-preventcollapse="false" '
           'data-showonlyone="false">' % (bid, bid)]
    for n, (q, a) in enumerate(qa):
        pid = "%s-%d" % (uid("panel%d" % n, 8), n)
        out.append(
            '\n<div class="wp-block-ub-content-toggle-accordion" style="border-color: #e2ece9; " '
            'id="ub-content-toggle-panel-block-%s">\n'
            '\t\t\t<div class="wp-block-ub-content-toggle-accordion-title-wrap" style="background-color: #e2ece9;" '
            'aria-controls="ub-content-toggle-panel-%s" tabindex="0">\n'
            '\t\t\t<p class="wp-block-ub-content-toggle-accordion-title ub-content-toggle-title-%s" '
            'style="color: #0b3d35; ">%s</p>\n'
            '\t\t\t<div class="wp-block-ub-content-toggle-accordion-toggle-wrap right" style="color: #0b3d35;">'
            '<span class="wp-block-ub-content-toggle-accordion-state-indicator wp-block-ub-chevron-down"></span></div>\n'
            '\t\t</div>\n'
            '\t\t\t<div role="region" aria-expanded="false" class="wp-block-ub-content-toggle-accordion-content-wrap ub-hide" '
            'id="ub-content-toggle-panel-%s">\n\n<p>%s</p>\n\n</div>\n\t\t</div>\n'
            % (pid, pid, bid, esc(q), pid, inline(a)))
    out.append('</div>\n<script type="application/ld+json">')
    schema = {"@context": "http://schema.org/", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
        for q, a in qa]}
    out.append(json.dumps(schema, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    out.append("</script>")
    return "".join(out)


def content_html(meta, blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "toc":
            out.append(toc_html(blocks))
        elif k == "h2":
            out.append('<h2 class="wp-block-heading"><span id="%s">%s</span></h2>'
                       % (anchor(b[1]), inline(b[1])))
        elif k == "h3":
            out.append('<h3 class="wp-block-heading"><span id="%s">%s</span></h3>'
                       % (anchor(b[1]), inline(b[1])))
        elif k == "p":
            out.append("<p>%s</p>" % inline(b[1]))
        elif k == "ul":
            out.append('<ul class="wp-block-list">\n%s\n</ul>'
                       % "\n".join("<li>%s</li>" % inline(x) for x in b[1]))
        elif k == "note":
            out.append('<div class="wp-block-kadence-infobox kt-info-box%s"><div class="kt-blocks-info-box-link-wrap '
                       'info-box-link kt-blocks-info-box-media-align-left kt-info-halign-left">'
                       '<div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media '
                       'kt-info-media-animate-none"><div class="kadence-info-box-icon-container kt-info-icon-animate-none">'
                       '<div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap '
                       'kb-svg-icon-fe_alertTriangle kt-info-svg-icon"><svg viewBox="0 0 24 24" fill="none" '
                       'stroke="currentColor" xmlns="http://www.w3.org/2000/svg" stroke-width="2" '
                       'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M10.29 3.86L1.82 '
                       '18a2 2 0 0 0 1.71 3h16.94a2 2 0 0 0 1.71-3L13.71 3.86a2 2 0 0 0-3.42 0z"></path>'
                       '<line x1="12" y1="9" x2="12" y2="13"></line><line x1="12" y1="17" x2="12.01" y2="17"></line>'
                       '</svg></span></div></div></div></div><div class="kt-infobox-textcontent">'
                       '<p class="kt-blocks-info-box-text">%s</p></div></div></div>'
                       % (uid(b[1], 6) + "_" + uid("ib", 2), inline(b[1])))
        elif k == "table":
            rows = b[1]
            t = ['<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>']
            t.append("".join("<th>%s</th>" % inline(c) for c in rows[0]))
            t.append("</tr></thead><tbody>")
            for r in rows[1:]:
                t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in r))
            t.append("</tbody></table>")
            if b[2]:
                t.append('<figcaption class="wp-element-caption">%s</figcaption>' % inline(b[2]))
            t.append("</figure>")
            out.append("".join(t))
        elif k == "faq":
            out.append(faq_html(b[1], meta["postid"]))
    return "\n\n\n\n".join(out)


def share_html(url, title):
    q_url = url.replace(":", "%3A").replace("/", "%2F")
    q_title = re.sub(r"[^A-Za-z0-9]+", "%20", title).strip("%20")
    out = ['<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
           '<div class="addtoany_header">Share this post:</div>'
           '<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="%s" data-a2a-title="%s" '
           'style="line-height: 32px;">' % (url, attr(title))]
    for k in ("whatsapp", "telegram", "facebook", "x", "email", "copy_link"):
        out.append('<a class="a2a_button_%s" href="https://www.addtoany.com/add_to/%s?linkurl=%s&amp;linkname=%s" '
                   'title="%s" rel="nofollow noopener" target="_blank"><span class="a2a_svg a2a_s__default a2a_s_%s" '
                   'style="background-color: rgb(%s);"><svg focusable="false" aria-hidden="true" '
                   'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#FFF" d="%s"></path></svg>'
                   '</span><span class="a2a_label">%s</span></a>'
                   % (k, k, q_url, q_title, A2A_LABEL[k], k, A2A_BG[k], SVG[k], A2A_LABEL[k]))
    out.append('<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share">'
               '<span class="a2a_svg a2a_s__default a2a_s_a2a" style="background-color: rgb(1, 102, 255);">'
               '<svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
               '<g fill="#FFF"><path d="%s"></path></g></svg></span><span class="a2a_label a2a_localize" '
               'data-a2a-localize="inner,Share">Share</span></a></div></div>' % SVG["share"])
    return "".join(out)


def related_html(postid, files):
    out = ['<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;">\n\t'
           '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>\n'
           '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid ">']
    for n, (title, slug, date, pid) in enumerate(RELATED):
        href = "%s/%s/?relatedposts_hit=1&amp;relatedposts_origin=%s&amp;relatedposts_position=%d" % (
            SITE, slug, postid, n)
        out.append(
            '<div class="jp-relatedposts-post jp-relatedposts-post%d jp-relatedposts-post-thumbs" '
            'data-post-id="%d" data-post-format="false"><a class="jp-relatedposts-post-a" href="%s" '
            'title="%s" data-origin="%s" data-position="%d"><img loading="lazy" class="jp-relatedposts-post-img" '
            'src="%s/%s-350x200.jpg" width="350" height="200" alt="%s"></a>'
            '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s" title="%s" '
            'data-origin="%s" data-position="%d">%s</a></h4>'
            '<p class="jp-relatedposts-post-excerpt"></p>'
            '<p class="jp-relatedposts-post-date" style="display: block;">%s</p>'
            '<p class="jp-relatedposts-post-context">In "Environment"</p></div>'
            % (n, pid, href, attr(title), postid, n, files, slug, attr(title), href, attr(title), postid, n,
               esc(title), date))
    out.append("</div>\n</div>")
    return "".join(out)


def menu_html(ul_id, prefix):
    items = []
    for n, (label, path) in enumerate(MENU):
        mid = 21 + n
        cls = "menu-item menu-item-type-custom menu-item-object-custom" if path == "/" else \
            "menu-item menu-item-type-taxonomy menu-item-object-category"
        if label == "GS 3":
            cls += " current-post-ancestor current-menu-parent"
        items.append('<li id="%smenu-item-%d" class="%s menu-item-%d"><a href="%s%s">%s</a></li>'
                     % (prefix, mid, cls, mid, SITE, path, label))
    return '<ul id="%s" class="menu">%s</ul>' % (ul_id, "".join(items))


def comments_html(meta, files):
    def one(cid, name, iso, shown, text, depth, parity, children):
        author = name == meta["author"]
        cls = "comment %s thread-%s depth-%d%s%s" % (
            "byuser comment-author-kavya bypostauthor" if author else "", parity, depth,
            " parent" if children else "", "")
        cls = re.sub(r"\s+", " ", cls).strip()
        s = ('<li id="comment-%d" class="%s">\n\t\t\t<article id="div-comment-%d" class="comment-body">\n'
             '\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n'
             '\t\t\t\t\t\t<img alt="" src="%s/avatar-%s.png" class="avatar avatar-56 photo" height="56" '
             'width="56" loading="lazy" decoding="async">\t\t\t\t\t\t<b class="fn">%s</b> '
             '<span class="says">says:</span>\t\t\t\t\t</div><!-- .comment-author -->\n\n'
             '\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="%s/%s/#comment-%d">'
             '<time datetime="%s">%s</time></a>\t\t\t\t\t</div><!-- .comment-metadata -->\n\n'
             '\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n\n'
             '\t\t\t\t<div class="comment-content">\n\t\t\t\t\t<p>%s</p>\n\t\t\t\t</div><!-- .comment-content -->\n\n'
             '\t\t\t\t<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s/%s/?replytocom=%d#respond" '
             'data-commentid="%d" data-postid="%s" data-belowelement="div-comment-%d" data-respondelement="respond" '
             'data-replyto="Reply to %s" aria-label="Reply to %s">Reply</a></div>\t\t\t</article><!-- .comment-body -->\n'
             % (cid, cls, cid, files, uid(name, 6), esc(name), SITE, meta["slug"], cid, iso, shown,
                texturize(esc(text)), SITE, meta["slug"], cid, cid, meta["postid"], cid, esc(name), esc(name)))
        if children:
            s += '<ol class="children">\n'
            for c in children:
                s += one(c[0], c[1], c[2], c[3], c[4], depth + 1, "odd alt", [])
            s += "</ol><!-- .children -->\n"
        s += "</li><!-- #comment-## -->\n"
        return s

    n = sum(1 + len(c[5]) for c in COMMENTS)
    body = "".join(one(c[0], c[1], c[2], c[3], c[4], 1, "even" if i % 2 == 0 else "odd", c[5])
                   for i, c in enumerate(COMMENTS))
    return ('<div id="comments" class="comments-area">\n\t\t<h2 class="comments-title">%d Comments</h2>\n'
            '\t\t<ol class="comment-list">\n\t\t\t%s\t\t</ol><!-- .comment-list -->\n'
            '\t\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">'
            'Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s/%s/#respond" '
            'style="display:none;">Cancel reply</a></small></h3><form action="%s/wp-comments-post.php" method="post" '
            'id="commentform" class="comment-form" novalidate=""><p class="comment-notes"><span id="email-notes">'
            'Your email address will not be published.</span> <span class="required-field-message">Required fields '
            'are marked <span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label">'
            '<textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8" maxlength="65525" '
            'aria-required="true" required=""></textarea><label class="float-label" for="comment">Comment '
            '<span class="required">*</span></label></p><div class="comment-input-wrap has-url-field">'
            '<p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text" '
            'placeholder="John Doe" value="" size="30" maxlength="245" aria-required="true" required="">'
            '<label class="float-label" for="author">Name <span class="required">*</span></label></p>\n'
            '<p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" '
            'placeholder="john@example.com" value="" size="30" maxlength="100" aria-describedby="email-notes" '
            'aria-required="true" required=""><label class="float-label" for="email">Email <span class="required">*'
            '</span></label></p>\n<p class="comment-form-url"><input aria-label="Website" id="url" name="url" '
            'type="url" placeholder="https://www.example.com" value="" size="30" maxlength="200">'
            '<label class="float-label" for="url">Website</label></p></div>\n'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
            'name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">'
            'Save my name, email, and website in this browser for the next time I comment.</label></p>\n'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> '
            '<input type="hidden" name="comment_post_ID" value="%s" id="comment_post_ID">\n'
            '<input type="hidden" name="comment_parent" id="comment_parent" value="0">\n</p></form>\t</div>'
            '<!-- #respond -->\n\t</div><!-- #comments -->'
            % (n, body, SITE, meta["slug"], SITE, meta["postid"]))


def build():
    meta, blocks = parse(read_source())
    title = meta["title"]
    url = "%s/%s/" % (SITE, meta["slug"])
    doc_title = "%s - %s" % (title, SITE_NAME)
    files = "./" + re.sub(r'[:/\\?*"<>|]', "_", doc_title) + "_files"
    tags = [t.strip() for t in meta["tags"].split(",")]
    desc = ("MISHTI mangrove scheme for UPSC: full form, objectives, funding by convergence, "
            "State-wise progress till August 2025 and the Mangrove Alliance for Climate (MAC).")
    pub, mod = meta["date"], meta["modified"]
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": meta["author"], "@id": SITE + "/#/schema/person/7f1c2e0b9a"},
         "headline": title[:110], "datePublished": pub, "dateModified": mod,
         "mainEntityOfPage": {"@id": url}, "wordCount": 1612, "commentCount": 3,
         "publisher": {"@id": SITE + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": SITE + "/wp-content/uploads/2025/07/mishti-mangroves.jpg",
         "keywords": tags, "articleSection": [meta["category"], "GS3"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": doc_title,
         "isPartOf": {"@id": SITE + "/#website"}, "datePublished": pub, "dateModified": mod,
         "description": desc, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
            {"@type": "ListItem", "position": 2, "name": meta["category"], "item": SITE + "/category/gs3/environment/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "WebSite", "@id": SITE + "/#website", "url": SITE + "/", "name": SITE_NAME,
         "description": "UPSC notes that stick", "publisher": {"@id": SITE + "/#organization"},
         "inLanguage": "en-US"},
        {"@type": "Organization", "@id": SITE + "/#organization", "name": SITE_NAME, "url": SITE + "/",
         "logo": {"@type": "ImageObject", "url": SITE + "/wp-content/uploads/2023/02/ecoprep-logo.png",
                  "width": 440, "height": 112, "caption": SITE_NAME}},
        {"@type": "Person", "@id": SITE + "/#/schema/person/7f1c2e0b9a", "name": meta["author"],
         "url": SITE + "/author/kavya/"}]}
    yoast_json = json.dumps(yoast, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    tag_links = "".join(
        '<a href="%s/tag/%s/" title="%s" class="tag-link tag-item-%s" rel="tag">'
        '<span class="tag-hash">#</span>%s</a>'
        % (SITE, re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), attr(t),
           re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-"), esc(t)) for t in tags)
    tag_classes = " ".join("tag-" + re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-") for t in tags)
    saved = url
    parts = []
    parts.append("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(saved), saved))
    parts.append('<html lang="en-US" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    parts.append('\t\n\t<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">\n')
    parts.append('\t<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n\n')
    parts.append("\t<!-- This site is optimized with the Yoast SEO plugin v25.6 - https://yoast.com/wordpress/plugins/seo/ -->\n")
    parts.append("\t<title>%s</title>\n" % esc(doc_title))
    parts.append('\t<meta name="description" content="%s">\n' % attr(desc))
    parts.append('\t<link rel="canonical" href="%s">\n' % url)
    parts.append('\t<meta property="og:locale" content="en_US">\n\t<meta property="og:type" content="article">\n')
    parts.append('\t<meta property="og:title" content="%s">\n' % attr(title))
    parts.append('\t<meta property="og:description" content="%s">\n' % attr(desc))
    parts.append('\t<meta property="og:url" content="%s">\n\t<meta property="og:site_name" content="%s">\n' % (url, SITE_NAME))
    parts.append('\t<meta property="article:published_time" content="%s">\n' % pub)
    parts.append('\t<meta property="article:modified_time" content="%s">\n' % mod)
    parts.append('\t<meta property="og:image" content="%s/wp-content/uploads/2025/07/mishti-mangroves.jpg">\n' % SITE)
    parts.append('\t<meta property="og:image:width" content="1200">\n\t<meta property="og:image:height" content="675">\n')
    parts.append('\t<meta property="og:image:type" content="image/jpeg">\n')
    parts.append('\t<meta name="author" content="%s">\n\t<meta name="twitter:card" content="summary_large_image">\n' % meta["author"])
    parts.append('\t<meta name="twitter:label1" content="Written by">\n\t<meta name="twitter:data1" content="%s">\n' % meta["author"])
    parts.append('\t<meta name="twitter:label2" content="Est. reading time">\n\t<meta name="twitter:data2" content="9 minutes">\n')
    parts.append('\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n' % yoast_json)
    parts.append("\t<!-- / Yoast SEO plugin. -->\n\n\n")
    parts.append('<link rel="dns-prefetch" href="https://static.addtoany.com/">\n')
    parts.append('<link rel="alternate" type="application/rss+xml" title="%s » Feed" href="%s/feed/">\n' % (SITE_NAME, SITE))
    parts.append('<link rel="alternate" type="application/rss+xml" title="%s » Comments Feed" href="%s/comments/feed/">\n' % (SITE_NAME, SITE))
    parts.append('<link rel="alternate" type="application/rss+xml" title="%s » %s Comments Feed" href="%sfeed/">\n' % (SITE_NAME, attr(title), url))
    parts.append('\t\t\t<script>document.documentElement.classList.remove( \'no-js\' );</script>\n\t\t\t')
    for cid, name in (("wp-block-library-css", "style.min.css"), ("ub-content-toggle-style-css", "ub-content-toggle.css"),
                      ("kadence-global-css", "global.min.css"), ("kadence-header-css", "header.min.css"),
                      ("kadence-content-css", "content.min.css"), ("kadence-comments-css", "comments.min.css"),
                      ("kadence-sidebar-css", "sidebar.min.css"), ("kadence-related-posts-css", "related-posts.min.css"),
                      ("kadence-footer-css", "footer.min.css"), ("lwptoc-main-css", "main.min.css"),
                      ("addtoany-css", "addtoany.min.css"), ("kadence-blocks-infobox-css", "kb-infobox.min.css"),
                      ("moove_gdpr_frontend-css", "gdpr-main.css")):
        parts.append('<link rel="stylesheet" id="%s" href="%s/%s" media="all">\n' % (cid, files, name))
    parts.append('<style id="global-styles-inline-css">\n:root{--wp--preset--aspect-ratio--square: 1;'
                 '--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;'
                 '--wp--preset--color--theme-palette-1: #0b5c4f;--wp--preset--color--theme-palette-2: #12826f;'
                 '--wp--preset--font-size--small: 14px;--wp--preset--font-size--medium: 24px;'
                 '--wp--preset--font-size--large: 32px;}\n</style>\n')
    parts.append('<style id="kadence-global-inline-css">\n:root{--global-palette1:#0b5c4f;--global-palette2:#12826f;'
                 '--global-palette3:#1A202C;--global-palette4:#2D3748;--global-palette5:#4A5568;'
                 '--global-palette6:#718096;--global-palette7:#EDF2F7;--global-palette8:#F7FAFC;'
                 '--global-palette9:#ffffff;--global-content-width:1160px;--global-content-narrow-width:842px;}'
                 'body{background:var(--global-palette8);}body, input, select, optgroup, textarea{font-style:normal;'
                 'font-weight:400;font-size:17px;line-height:1.6;font-family:"Source Sans 3", sans-serif;'
                 'color:var(--global-palette4);}.content-bg, body.content-style-unboxed .site{background:var(--global-palette9);}'
                 '.lwptoc .lwptoc_i{padding:14px 18px 18px;text-align:left;}.lwptoc_header{margin-bottom:6px;}'
                 '.wp-block-table.is-style-stripes tbody tr:nth-child(odd){background:#f0f6f4;}\n</style>\n')
    parts.append('<script data-cfasync="false" id="addtoany-core-js-before">\nwindow.a2a_config=window.a2a_config||{};'
                 'a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={};\n</script>\n')
    parts.append('<script defer="" src="%s/page.js" id="addtoany-core-js"></script>\n' % files)
    parts.append('<script src="%s/jquery.min.js" id="jquery-core-js"></script>\n' % files)
    parts.append('<script src="%s/jquery-migrate.min.js" id="jquery-migrate-js"></script>\n' % files)
    parts.append('<script defer="" src="%s/addtoany.min.js" id="addtoany-jquery-js"></script>\n' % files)
    parts.append('<link rel="https://api.w.org/" href="%s/wp-json/"><link rel="alternate" title="JSON" '
                 'type="application/json" href="%s/wp-json/wp/v2/posts/%s">' % (SITE, SITE, meta["postid"]))
    parts.append('<link rel="shortlink" href="%s/?p=%s">\n' % (SITE, meta["postid"]))
    parts.append('<link rel="preload" id="kadence-header-preload" href="%s/header.min.css" as="style">\n' % files)
    parts.append('<!-- Google tag (gtag.js) -->\n<script async="" src="%s/js"></script>\n<script>\n'
                 '  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n'
                 "  gtag('js', new Date());\n\n  gtag('config', 'G-7QX2M4ZK1B');\n</script>\n" % files)
    parts.append('<link rel="icon" href="%s/cropped-favicon-32x32.png" sizes="32x32">\n' % files)
    parts.append('<link rel="icon" href="%s/cropped-favicon-192x192.png" sizes="192x192">\n' % files)
    parts.append('<link rel="stylesheet" id="kadence-fonts-gfonts-css" href="%s/css" media="all">\n</head>\n\n' % files)

    body_cls = ("post-template-default single single-post postid-%s single-format-standard wp-custom-logo "
                "wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar "
                "content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show "
                "non-transparent-header mobile-non-transparent-header" % meta["postid"])
    parts.append('<body class="%s">\n<div id="wrapper" class="site wp-site-blocks">\n\t\t\t'
                 '<a class="skip-link screen-reader-text scroll-ignore" href="%s#main">Skip to content</a>\n\t\t'
                 % (body_cls, url))
    parts.append('<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope="">\n'
                 '\t<div id="main-header" class="site-header-wrap">\n\t\t<div class="site-header-inner-wrap">\n'
                 '\t\t\t<div class="site-header-upper-wrap">\n\t\t\t\t<div class="site-header-upper-inner-wrap">\n'
                 '<div class="site-main-header-wrap site-header-row-container site-header-focus-item '
                 'site-header-row-layout-standard" data-section="kadence_customizer_header_main">\n'
                 '\t<div class="site-header-row-container-inner">\n\t\t\t\t<div class="site-container">\n'
                 '\t\t\t<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">\n'
                 '\t\t\t\t\t\t\t<div class="site-header-main-section-left site-header-section site-header-section-left">\n'
                 '\t\t\t\t\t<div class="site-header-item site-header-focus-item" data-section="title_tagline">\n'
                 '\t<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" '
                 'href="%s/" rel="home"><img width="440" height="112" src="%s/ecoprep-logo.png" class="custom-logo" '
                 'alt="%s" decoding="async"></a></div></div><!-- data-section="title_tagline" -->\n'
                 '\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="site-header-main-section-right '
                 'site-header-section site-header-section-right">\n\t\t\t\t\t<div class="site-header-item '
                 'site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false '
                 'header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">\n'
                 '\t\t<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub '
                 'header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" '
                 'aria-label="Primary Navigation">\n\t\t\t\t<div class="primary-menu-container header-menu-container">\n'
                 '\t\t\t%s\t\t</div>\n\t</nav><!-- #site-navigation -->\n\t\t</div><!-- data-section="kadence_customizer_primary_navigation" -->\n'
                 '\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n'
                 '\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\t</div>\n\t</div>\n\t\n'
                 '<div id="mobile-header" class="site-mobile-header-wrap">\n\t<div class="site-header-inner-wrap">\n'
                 '\t\t\t\t<div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard '
                 'site-header-row-tablet-layout-default site-header-row-mobile-layout-default ">\n'
                 '\t\t\t<div class="site-header-row-container-inner">\n\t\t\t\t<div class="site-container">\n'
                 '\t\t\t\t\t<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides '
                 'site-header-row-no-center">\n\t\t\t\t\t\t<div class="site-header-main-section-right site-header-section '
                 'site-header-section-right">\n\t\t\t\t\t\t\t<div class="site-header-item site-header-focus-item '
                 'site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger">\n'
                 '\t\t<div class="mobile-toggle-open-container">\n\t\t\t\t\t\t<button id="mobile-toggle" '
                 'class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Open menu" '
                 'data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" '
                 'aria-expanded="false" data-set-focus=".menu-toggle-close">\n\t\t\t\t\t\t\t'
                 '<span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" '
                 'class="kadence-svg-icon kadence-menu-svg" fill="currentColor" version="1.1" '
                 'xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Toggle Menu</title>'
                 '<path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 7h18c0.552 '
                 '0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 19h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18'
                 'c-0.552 0-1 0.448-1 1s0.448 1 1 1z"></path>\n\t\t\t\t</svg></span></span>\n\t\t</button>\n'
                 '\t\t</div>\n\t\t</div><!-- data-section="kadence_customizer_mobile_trigger" -->\n'
                 '\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t\t\t</div>\n</div>\n'
                 '</header><!-- #masthead -->\n\n'
                 % (SITE, files, SITE_NAME, menu_html("primary-menu", "")))
    parts.append('\t<div id="inner-wrap" class="wrap kt-clear">\n\t\t<div id="primary" class="content-area">\n'
                 '\t<div class="content-container site-container">\n\t\t<main id="main" class="site-main" role="main">\n'
                 '\t\t\t\t\t\t<div class="content-wrap">\n\t\t\t\t<article id="post-%s" class="entry content-bg '
                 'single-entry post-footer-area-boxed post-%s post type-post status-publish format-standard '
                 'has-post-thumbnail hentry category-environment category-gs3 %s">\n'
                 '\t<div class="entry-content-wrap">\n\t\t<header class="entry-header post-title title-align-inherit '
                 'title-tablet-align-inherit title-mobile-align-inherit">\n'
                 '\t<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs">'
                 '<div class="kadence-breadcrumb-container"><span><a href="%s/" itemprop="url" class="kadence-bc-home">'
                 '<span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="%s/category/gs3/" '
                 'itemprop="url"><span>GS 3</span></a></span> <span class="bc-delimiter">/</span> <span>'
                 '<a href="%s/category/gs3/environment/" itemprop="url"><span>%s</span></a></span> '
                 '<span class="bc-delimiter">/</span> <span class="kadence-bread-current">%s</span></div></nav>'
                 '\t\t<div class="entry-taxonomies">\n\t\t\t<span class="category-links term-links category-style-normal">\n'
                 '\t\t\t\t<a href="%s/category/gs3/environment/" class="category-link-environment" rel="tag">%s</a> | '
                 '<a href="%s/category/gs3/" class="category-link-gs3" rel="tag">GS 3</a>\t\t\t</span>\n\t\t</div><!-- .entry-taxonomies -->\n'
                 '\t\t<h1 class="entry-title">%s</h1><div class="entry-meta entry-meta-divider-dot">\n'
                 '\t<span class="posted-by"><span class="meta-label">By</span><span class="author vcard">'
                 '<a class="url fn n" href="%s/author/kavya/">%s</a></span></span>\t\t\t\t\t'
                 '<span class="posted-on">\n\t\t\t\t\t\t<time class="entry-date published" datetime="%s">%s</time>'
                 '<time class="updated" datetime="%s">%s</time>\t\t\t\t\t</span>\n\t\t\t\t\t'
                 '<span class="updated-on"><span class="meta-label">Updated</span><time class="entry-date" '
                 'datetime="%s">%s</time></span>\t\t\t\t\t<span class="meta-comments"><a class="meta-comments-link '
                 'anchor-scroll" href="%s#comments">3 Comments</a></span>\n\t\t\t\t\t</div><!-- .entry-meta -->\n'
                 '</header><!-- .entry-header -->\n'
                 '\t<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below '
                 'kadence-thumbnail-ratio-9-16">\n\t\t<div class="post-thumbnail-inner">\n\t\t\t<img width="1200" '
                 'height="675" src="%s/mishti-mangroves-1200x675.jpg" class="post-top-featured wp-post-image" '
                 'alt="Mangrove saplings planted on a mudflat in Kutch under MISHTI" decoding="async" fetchpriority="high" '
                 'srcset="%s/mishti-mangroves-1200x675.jpg 1200w, %s/mishti-mangroves-300x169.jpg 300w, '
                 '%s/mishti-mangroves-768x432.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px">\t\t</div>\n'
                 '\t</div><!-- .post-thumbnail -->\n\t\t\t\n<div class="entry-content single-content">\n'
                 % (meta["postid"], meta["postid"], tag_classes, SITE, SITE, SITE, meta["category"], esc(title),
                    SITE, meta["category"], SITE, esc(title), SITE, meta["author"], pub, nice_date(pub), mod,
                    nice_date(mod), mod, nice_date(mod), url, files, files, files, files))
    parts.append(content_html(meta, blocks))
    parts.append("\n" + share_html(url, title) + "\n")
    parts.append(related_html(meta["postid"], files))
    parts.append('</div><!-- .entry-content -->\n<footer class="entry-footer">\n\t<div class="entry-tags">\n'
                 '\t<span class="tags-links">\n\t\t<span class="tags-label screen-reader-text">\n'
                 '\t\t\tPost Tags:\t\t</span>\n\t\t%s\t</span>\n</div><!-- .entry-tags -->\n'
                 '</footer><!-- .entry-footer -->\n\t</div>\n</article><!-- #post-%s -->\n\n\n'
                 % (tag_links, meta["postid"]))
    parts.append('<div class="entry-author entry-author-style-normal">\n\t<div class="entry-author-profile author-profile vcard">\n'
                 '\t\t<div class="entry-author-avatar">\n\t\t\t<img alt="" src="%s/avatar-kavya.png" '
                 'class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async">\t\t</div>\n'
                 '\t\t<b class="entry-author-name author-name fn"><a href="%s/author/kavya/" title="Posts by %s" '
                 'rel="author">%s</a></b>\n\t\t\t\t<div class="entry-author-description author-bio">\n'
                 '\t\t\t<p>Kavya has written the UPSC Mains three times and now writes the environment and '
                 'geography notes at %s. She answers doubts in the comments every Sunday.</p>\n'
                 '\t\t</div>\n\t\t<div class="entry-author-follow author-follow"></div><!--.author-follow-->\n'
                 '\t</div>\n</div><!-- .entry-author -->\n'
                 % (files, SITE, meta["author"], meta["author"], SITE_NAME))
    arrow_l = ('<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon '
               'kadence-arrow-left-alt-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" '
               'width="29" height="28" viewBox="0 0 29 28"><title>Continue</title><path d="M9.250 6.500l-7.750 '
               '7.500 7.750 7.500 1.500-1.500-5.250-5h20.250v-2h-20.250l5.250-5z"></path></svg></span>')
    arrow_r = arrow_l.replace("arrow-left-alt", "arrow-right-alt")
    parts.append('\n\t<nav class="navigation post-navigation" aria-label="Posts">\n\t\t<h2 class="screen-reader-text">'
                 'Post navigation</h2>\n\t\t<div class="nav-links"><div class="nav-previous"><a href="%s/%s/" rel="prev">'
                 '<div class="post-navigation-sub"><small>%sPrevious</small></div>%s</a></div><div class="nav-next">'
                 '<a href="%s/%s/" rel="next"><div class="post-navigation-sub"><small>Next%s</small></div>%s</a></div>'
                 '</div>\n\t</nav>\n' % (SITE, RECENT[1][1], arrow_l, texturize(esc(RECENT[1][0])), SITE,
                                         RECENT[0][1], arrow_r, texturize(esc(RECENT[0][0]))))
    parts.append(comments_html(meta, files))
    parts.append('\n\t\t\t</div>\n\t\t\t\t\t</main><!-- #main -->\n\t\t<aside id="secondary" role="complementary" '
                 'class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">\n'
                 '\t<div class="sidebar-inner-wrap">\n\t\t<section id="search-2" class="widget widget_search">'
                 '<form role="search" method="get" class="search-form" action="%s/">\n\t\t\t\t<label>\n'
                 '\t\t\t\t\t<span class="screen-reader-text">Search for:</span>\n\t\t\t\t\t<input type="search" '
                 'class="search-field" placeholder="Search …" value="" name="s">\n\t\t\t\t</label>\n'
                 '\t\t\t\t<input type="submit" class="search-submit" value="Search">\n\t\t\t</form></section>\n'
                 '\t\t<section id="recent-posts-2" class="widget widget_recent_entries">\n\t\t'
                 '<h2 class="widget-title">Recent Posts</h2>\n\t\t<ul>\n%s\t\t</ul>\n\t\t</section>'
                 '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>\n'
                 '\t\t\t<ul>\n%s\t\t\t</ul>\n\n\t\t\t</section><section id="block-7" class="widget widget_block">'
                 '<div class="wp-block-group"><p><strong>Free PDF every Sunday</strong><br>Join 12,000+ aspirants '
                 'on our Telegram channel for weekly environment compilations.</p><div class="wp-block-buttons">'
                 '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" '
                 'href="https://t.me/ecoprepias">Join on Telegram</a></div></div></div></section>\t</div>\n'
                 '</aside><!-- #secondary -->\n\t</div>\n\t\t</div><!-- #primary -->\n\t\t\t</div><!-- #inner-wrap -->\n'
                 % (SITE, "".join('\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="%s/%s/">%s</a>\n\t\t\t\t\t\t</li>\n'
                                  % (SITE, s, texturize(esc(t))) for t, s in RECENT),
                    "".join('\t<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a> (%d)\n</li>\n'
                            % (4 + n, SITE, re.sub(r"[^a-z0-9]+", "-", c.lower()), c, k)
                            for n, (c, k) in enumerate(CATS))))
    parts.append('\t\t<footer id="colophon" class="site-footer" role="contentinfo">\n\t<div class="site-footer-wrap">\n'
                 '\t\t<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item '
                 'site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" '
                 'data-section="kadence_customizer_footer_bottom">\n\t<div class="site-footer-row-container-inner">\n'
                 '\t\t\t\t<div class="site-container">\n\t\t\t<div class="site-bottom-footer-inner-wrap site-footer-row '
                 'site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default '
                 'site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default '
                 'ft-ro-m-dir-default ft-ro-lstyle-plain">\n\t\t\t\t\t\t\t\t\t<div class="site-footer-bottom-section-1 '
                 'site-footer-section footer-section-inner-items-1">\n\t\t\t\t\t\n<div class="footer-widget-area site-info '
                 'site-footer-focus-item footer-html inner-link-style-normal" data-section="kadence_customizer_footer_html">\n'
                 '\t<div class="footer-widget-area-inner site-info-inner">\n\t\t<div class="footer-html inner-html-wrap">'
                 '<p>© 2025 %s · Notes for UPSC Civil Services · <a href="%s/privacy-policy/">Privacy Policy</a> · '
                 '<a href="%s/disclaimer/">Disclaimer</a> · <a href="%s/contact/">Contact</a></p>\n'
                 '<p>Powered by <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence WP</a></p>\n'
                 '</div>\n\t</div>\n</div><!-- .site-info -->\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t</div>\n'
                 '\t\t\t\t</div>\n\t\t\t</div>\n</div>\n\t</div>\n</footer><!-- #colophon -->\n\n</div><!-- #wrapper -->\n'
                 % (SITE_NAME, SITE, SITE, SITE))
    parts.append('\n\t\t\t<script>document.documentElement.style.setProperty(\'--scrollbar-offset\', '
                 'window.innerWidth - document.documentElement.clientWidth + \'px\' );</script>\n'
                 '\t\t\t<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="%s#wrapper" '
                 'class="kadence-scroll-to-top scroll-up-wrap scroll-ignore scroll-up-side-right scroll-up-style-outline '
                 'vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg aria-hidden="true" '
                 'class="kadence-svg-icon kadence-arrow-up-svg" fill="currentColor" version="1.1" '
                 'xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Scroll Up</title>'
                 '<path d="M5.707 12.707l5.293-5.293v11.586c0 0.552 0.448 1 1 1s1-0.448 1-1v-11.586l5.293 5.293c0.391 '
                 '0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414l-7-7c-0.092-0.092-0.202-0.166-0.324-0.217s-0.253-0.076-0.383'
                 '-0.076c-0.256 0-0.512 0.098-0.707 0.293l-7 7c-0.391 0.391-0.391 1.024 0 1.414s1.024 0.391 1.414 0z">'
                 '</path>\n\t\t\t\t</svg></span></a>\n' % url)
    parts.append('\t<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade '
                 'popup-drawer-side-right" data-drawer-target-string="#mobile-drawer">\n\t\t<div class="drawer-overlay" '
                 'data-drawer-target-string="#mobile-drawer"></div>\n\t\t<div class="drawer-inner">\n'
                 '\t\t\t\t\t\t<div class="drawer-header">\n\t\t\t\t<button class="menu-toggle-close drawer-toggle" '
                 'aria-label="Close menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" '
                 'aria-expanded="false" data-set-focus=".menu-toggle-open">\n\t\t\t\t\t<span class="toggle-close-bar"></span>\n'
                 '\t\t\t\t\t<span class="toggle-close-bar"></span>\n\t\t\t\t</button>\n\t\t\t</div>\n'
                 '\t\t\t<div class="drawer-content mobile-drawer-content content-align-left content-valign-top">\n'
                 '\t\t\t\t\t\t\t\t<div class="site-header-item site-header-focus-item site-header-item-mobile-navigation '
                 'mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation">\n'
                 '\t\t<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation '
                 'drawer-navigation-parent-toggle-false" role="navigation" aria-label="Primary Mobile Navigation">\n'
                 '\t\t\t\t<div class="mobile-menu-container drawer-menu-container">\n\t\t\t%s\t\t</div>\n'
                 '\t</nav><!-- #site-navigation -->\n\t\t</div><!-- data-section="mobile_navigation" -->\n'
                 '\t\t\t\t\t\t\t</div>\n\t\t</div>\n\t</div>\n\t' % menu_html("mobile-menu", "mobile-"))
    parts.append('\n  <!--copyscapeskip-->\n  <aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden '
                 'moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR Cookie Banner" '
                 'style="display: none;">\n    <div class="moove-gdpr-info-bar-container">\n      '
                 '<div class="moove-gdpr-info-bar-content">\n        \n<div class="moove-gdpr-cookie-notice">\n  '
                 '<p>We are using cookies to give you the best experience on our website.</p><p>You can find out more '
                 'about which cookies we are using or switch them off in <button data-href="#moove_gdpr_cookie_modal" '
                 'class="change-settings-button">settings</button>.</p></div>\n<!--  .moove-gdpr-cookie-notice -->'
                 '        \n<div class="moove-gdpr-button-holder">\n\t\t  <button class="mgbutton moove-gdpr-infobar-allow-all '
                 'gdpr-fbo-0" aria-label="Accept" role="button">Accept</button>\n\t  </div>\n'
                 '<!--  .button-container -->      </div>\n      <!-- moove-gdpr-info-bar-content -->\n    </div>\n'
                 '    <!-- moove-gdpr-info-bar-container -->\n  </aside>\n  <!-- #moove_gdpr_cookie_info_bar -->\n'
                 '  <!--/copyscapeskip-->\n')
    for sid, name in (("kadence-navigation-js", "navigation.min.js"), ("ub-content-toggle-frontend-js", "ub-content-toggle-front.js"),
                      ("lwptoc-main-js", "lwptoc-main.min.js"), ("jetpack-related-posts-js", "related-posts.min.js"),
                      ("comment-reply-js", "comment-reply.min.js"), ("moove_gdpr_frontend-js", "gdpr-main.js")):
        parts.append('<script src="%s/%s" id="%s"></script>\n' % (files, name, sid))
    parts.append('<script id="kadence-navigation-js-extra">\nvar kadenceConfig = {"screenReader":{"expand":"Child menu",'
                 '"expandOf":"Child menu of","collapse":"Child menu","collapseOf":"Child menu of"},'
                 '"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};\n</script>\n')
    parts.append('\n\n</body></html>')
    return "".join(parts)


def main():
    out = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
