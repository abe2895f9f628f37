#!/usr/bin/python3
"""Make docs/chishti-silsila-ajmer-blogspot.html from tools/chishti-silsila-ajmer-blogspot.txt.

The page is a Blogger post on the "Contempo" theme (variant indie_light) as the browser's
"Save Page As > Webpage, HTML Only" keeps it: the HTML exactly as blogspot.com served it, with no
"saved from url" comment and no asset folder, so every link, icon sprite and script still points
at its blogspot.com / blogger.com / gstatic address (the sprite by a site-relative path).
Blogger's template engine writes its own markup with single-quoted attributes and a line break
after nearly every tag; the post body is the new (2020) compose editor's HTML (<p>, <h3>/<h4>
with text-align, <b>/<i>, &nbsp; after bold labels, a caption table around the image, a yellow
background-color span, a bordered table) with the jump break left as <a name='more'></a>; the
comments are the server-rendered threaded comment HTML (double-quoted, on one line) inside
#comment-holder. The sidebar (Profile, Popular Posts, Archive, Labels, Report Abuse) is in the
off-canvas <aside> after the footer, as Contempo puts it.

Run from anywhere: /usr/bin/python3 tools/make_blogger.py [OUT]
The output is byte-for-byte stable.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "chishti-silsila-ajmer-blogspot.txt")
OUT = os.path.join(HERE, "..", "docs", "chishti-silsila-ajmer-blogspot.html")

BLOG = "https://itihaasaursanskriti.blogspot.com"
BLOG_ID = "5209374610382270413"
BLOG_TITLE = "Itihaas Aur Sanskriti"
BLOG_DESC = "Free UPSC notes on History, Art &amp; Culture - by a two-time interview-stage aspirant"
IMG = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh"
SPRITE = "/responsive/sprite_v1_6.css.svg"


def icon(name, cls="svg-icon-24"):
    return ("<svg class='%s'>\n<use xlink:href='%s#%s' xmlns:xlink='http://www.w3.org/1999/xlink'>"
            "</use>\n</svg>" % (cls, SPRITE, name))


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" target="_blank">\1</a>', s)
    s = re.sub(r"^\*\*([^*]+:)\*\* ", r"<b>\1</b>&nbsp;", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    return s


def read_source():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("# ")]
    head = {}
    i = 0
    while lines[i] != "---":
        if lines[i].strip():
            k, v = lines[i].split(": ", 1)
            head[k] = v
        i += 1
    body, comments = [], []
    j = lines.index("@comments")
    body = lines[i + 1:j]
    cur = None
    for l in lines[j + 1:]:
        if l.startswith("@c ") or l.startswith("@r "):
            cid, name, prof, when, ms = l[3:].split("|")
            cur = {"id": cid, "name": name, "profile": prof, "when": when, "ms": ms,
                   "text": [], "replies": []}
            if l.startswith("@c "):
                comments.append(cur)
            else:
                comments[-1]["replies"].append(cur)
        elif cur is not None:
            cur["text"].append(l)
    return head, body, comments


def post_body(lines, head):
    out = []
    para = []
    lst = None  # ("ul"|"ol", [items])
    table = []

    def flush_para():
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()

    def flush_list():
        nonlocal lst
        if lst:
            tag, items = lst
            out.append('<%s style="text-align: left;">%s</%s>' % (
                tag, "".join("<li>%s</li>" % inline(x) for x in items), tag))
            lst = None

    def flush_table():
        if table:
            rows = []
            for r, row in enumerate(table):
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                tds = []
                for c, cell in enumerate(cells):
                    w = ["28%", "22%", "34%", "16%"][c]
                    txt = inline(cell)
                    if r == 0:
                        txt = "<b>%s</b>" % txt
                        tds.append('<td style="background-color: #fff2cc; padding: 4px; width: %s;">%s</td>'
                                   % (w, txt))
                    else:
                        tds.append('<td style="padding: 4px; width: %s;">%s</td>' % (w, txt))
                rows.append("<tr>%s</tr>" % "".join(tds))
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="border-collapse: '
                       'collapse; width: 100%%;"><tbody>%s</tbody></table>' % "".join(rows))
            table.clear()

    def flush_all():
        flush_para()
        flush_list()
        flush_table()

    for l in lines:
        s = l.rstrip()
        if not s:
            flush_all()
        elif s.startswith("## "):
            flush_all()
            out.append('<h3 style="text-align: left;">%s</h3>' % inline(s[3:]))
        elif s.startswith("### "):
            flush_all()
            out.append('<h4 style="text-align: left;">%s</h4>' % inline(s[4:]))
        elif s.startswith("- "):
            flush_para()
            flush_table()
            if lst and lst[0] != "ul":
                flush_list()
            lst = lst or ("ul", [])
            lst[1].append(s[2:])
        elif re.match(r"\d+\. ", s):
            flush_para()
            flush_table()
            if lst and lst[0] != "ol":
                flush_list()
            lst = lst or ("ol", [])
            lst[1].append(s.split(" ", 1)[1])
        elif s.startswith("|"):
            flush_para()
            flush_list()
            table.append(s)
        elif s.startswith("!! "):
            flush_all()
            out.append('<p><span style="background-color: #fcff01;">%s</span></p>' % inline(s[3:]))
        elif s == "@more":
            flush_all()
            out.append("<a name='more'></a>")
        elif s == "@empty":
            flush_all()
            out.append("<p><br /></p>")
        elif s.startswith("@img "):
            flush_all()
            name, w, h, cap = s[5:].split("|")
            src = "%s/%s/w%s-h%s/%s" % (IMG, "gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz", w, h, name)
            big = "%s/%s/s%s/%s" % (IMG, "gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz", w, name)
            out.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
                       'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: '
                       'center;"><a href="%s" style="margin-left: auto; margin-right: auto;"><img border="0" '
                       'data-original-height="%s" data-original-width="%s" height="225" src="%s" width="400" />'
                       '</a></td></tr><tr><td class="tr-caption" style="text-align: center;">%s</td></tr>'
                       '</tbody></table>' % (big, h, w, src, inline(cap)))
        elif s.startswith("**Q.") and s.endswith("**"):
            flush_all()
            out.append("<p><b>%s</b></p>" % html.escape(s[2:-2], quote=False))
        else:
            flush_list()
            flush_table()
            para.append(s)
    flush_all()
    return "\n".join(out)


def comment_li(c, post_id, top):
    url = "%s/%s.html?showComment=%s#c%s" % (BLOG, SLUG, c["ms"], c["id"])
    if c["profile"]:
        who = '<cite class="user"><a href="https://www.blogger.com/profile/%s" rel="nofollow">%s</a></cite>' % (
            c["profile"], html.escape(c["name"]))
        avatar = ('<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" '
                  'width="35" height="35" alt="" title="%s"></div>' % html.escape(c["name"]))
    else:
        who = '<cite class="user">%s</cite>' % html.escape(c["name"])
        avatar = ('<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" '
                  'width="35" height="35" alt="" title="%s"></div>' % html.escape(c["name"]))
    author = " blog-author" if c["profile"] == AUTHOR_PROFILE else ""
    paras = "\n".join(c["text"]).strip().split("\n\n")
    text = "<br><br>".join(html.escape(p, quote=False).replace("\n", "<br>") for p in paras)
    ctl = ('<span class="item-control blog-admin pid-1480233771"><a target="_self" '
           'href="https://www.blogger.com/comment/delete/%s/%s">Delete</a></span>' % (BLOG_ID, c["id"]))
    if top:
        actions = ('<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" '
                   'data-comment-id="%s">Reply</a>%s</span>' % (c["id"], ctl))
    else:
        actions = '<span class="comment-actions secondary-text">%s</span>' % ctl
    block = ('<div class="comment-block"><div class="comment-header">%s<span class="icon user%s"></span>'
             '<span class="datetime secondary-text"><a rel="nofollow" href="%s">%s</a></span></div>'
             '<p class="comment-content">%s</p>%s</div>' % (who, author, html.escape(url), c["when"],
                                                            text, actions))
    if top:
        inner = "".join(comment_li(r, post_id, False) for r in c["replies"])
        hidden = "" if c["replies"] else " hidden"
        replies = ('<div class="comment-replies"><div id="c%s-rt" class="comment-thread inline-thread%s">'
                   '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                   '<span class="thread-count"><a target="_self">Replies</a></span></span>'
                   '<ol id="c%s-ra" class="thread-chrome thread-expanded"><div>%s</div>'
                   '<div id="c%s-continue" class="continue"><a class="comment-reply" target="_self" '
                   'data-comment-id="%s">Reply</a></div></ol></div></div>'
                   % (c["id"], hidden, c["id"], inner, c["id"], c["id"]))
    else:
        replies = ('<div class="comment-replies"><div id="c%s-rt" class="comment-thread inline-thread hidden">'
                   '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                   '<span class="thread-count"><a target="_self">Replies</a></span></span>'
                   '<ol id="c%s-ra" class="thread-chrome thread-expanded"><div></div>'
                   '<div id="c%s-continue" class="continue"><a class="comment-reply" target="_self" '
                   'data-comment-id="%s">Reply</a></div></ol></div></div>'
                   % (c["id"], c["id"], c["id"], c["id"]))
    return ('<li class="comment" id="c%s">%s%s%s<div class="comment-replybox-single" id="c%s-ce"></div></li>'
            % (c["id"], avatar, block, replies, c["id"]))


SKIN = """<style id='page-skin-1' type='text/css'><!--
/*
-----------------------------------------------
Blogger Template Style
Name:     Contempo
Designer: Blogger
URL:      www.blogger.com
----------------------------------------------- */
/* Variable definitions
====================
<Variable name="keycolor" description="Main Color" type="color" default="#1a222a"/>
<Variable name="body.background" description="Body Background" type="background"
color="#eeeeee" default="$(color) url() repeat scroll top left"/>
<Group description="Body Text" selector="body">
<Variable name="body.font" description="Font" type="font"
default="14px Roboto, sans-serif"/>
<Variable name="body.text.color" description="Text Color" type="color" default="#212121"/>
</Group>
<Variable name="body.text.font" description="Post Body Font" type="font"
default="15px Roboto, sans-serif"/>
<Variable name="posts.background.color" description="Post Background" type="color" default="#ffffff"/>
<Variable name="blog.title.font" description="Blog Title Font" type="font"
default="normal normal 45px Roboto, sans-serif"/>
<Variable name="body.link.color" description="Link Color" type="color" default="#2196f3"/>
*/
/*! normalize.css v3.0.1 | MIT License | git.io/normalize */html{font-family:sans-serif;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}body{margin:0}article,aside,details,figcaption,figure,footer,header,hgroup,main,menu,nav,section,summary{display:block}audio,canvas,progress,video{display:inline-block;vertical-align:baseline}[hidden],template{display:none}a{background-color:transparent}a:active,a:hover{outline:0}b,strong{font-weight:bold}img{border:0}svg:not(:root){overflow:hidden}hr{-moz-box-sizing:content-box;box-sizing:content-box;height:0}table{border-collapse:collapse;border-spacing:0}td,th{padding:0}
/*! Contempo */
body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}.hidden{display:none}.invisible{visibility:hidden}.container::after,.float-container::after{clear:both;content:"";display:table}.clearboth{clear:both}
#comments .comment .comment-actions,.subscribe-popup .FollowByEmail .follow-by-email-submit,.widget.Profile .profile-link,.widget.Profile .profile-link.visit-profile{background:0 0;border:0;box-shadow:none;color:#ff6d00;cursor:pointer;font-size:14px;font-weight:bold;outline:0;text-decoration:none;text-transform:uppercase;width:auto}
.post-body{color:#757575;font:15px Roboto, sans-serif;line-height:1.6em;margin:1.5em 0 2em 0;display:block}
.post-body img{height:inherit}.post-body .snippet-thumbnail{float:left;margin:0;margin-right:2em;max-height:128px;max-width:128px}
.post-title{margin:0 0 16px 0}.post-title,.post-title a,.post-title a:visited{color:#212121;font:400 36px Roboto, sans-serif}
.post-body h3{color:#212121;font-size:22px;line-height:1.3em;margin:1.6em 0 .6em}.post-body h4{font-size:17px;margin:1.4em 0 .5em}
.sidebar-container{background-color:#ffffff;max-width:284px;overflow-y:auto;transition-property:transform,visibility;transition-duration:.3s;transition-timing-function:cubic-bezier(0,0,0,1);width:284px;z-index:101;-webkit-overflow-scrolling:touch}
.sidebar-container.sidebar-invisible{transition-timing-function:cubic-bezier(.4,0,1,1);visibility:hidden}
.byline{margin-right:1em}.byline:last-child{margin-right:0}.post-footer .byline{color:#757575;font-size:14px}
.comments .comments-content .datetime{margin-left:6px}.comments .comments-content .icon.blog-author{display:inline-block;height:18px;margin:0 0 -4px 6px;width:18px}
.blog-pager{background:transparent none no-repeat scroll top center}.blog-pager a{color:#2196f3}
@media screen and (max-width:800px){.post-title,.post-title a{font-size:28px}.sidebar-container{left:0}}
--></style>"""


def sidebar():
    def art(title, href, snippet, thumb):
        return ("<article class='post' role='article'>\n<h3 class='post-title'><a href='%s'>%s</a></h3>\n"
                "<div class='post-header'>\n<div class='post-header-line-1'>\n</div>\n</div>\n"
                "<div class='item-content float-container'>\n<div class='item-thumbnail'>\n<a href='%s'>\n"
                "<img alt='Image' sizes='72px' src='%s/%s/w72-h72-p-k-no-nu/%s' srcset='%s/%s/w72-h72-p-k-no-nu/%s 72w, "
                "%s/%s/w144-h144-p-k-no-nu/%s 144w'/>\n</a>\n</div>\n"
                "<div class='popular-posts-snippet snippet-container r-snippet-container'>\n"
                "<div class='snippet-item r-snippetized'>\n%s\n</div>\n"
                "<a class='snippet-fade r-snippet-fade hidden' href='%s'></a>\n</div>\n"
                "<div class='jump-link flat-button ripple'>\n<a href='%s' title='%s'>\nRead more\n</a>\n</div>\n"
                "</div>\n</article>"
                % (href, title, href, IMG, "pT4", thumb, IMG, "pT4", thumb, IMG, "pT4", thumb, snippet, href,
                   href, title))

    pop = [("Bhakti in the South: Alvars, Nayanars and the Tamil Hymns",
            BLOG + "/2024/11/alvars-nayanars-bhakti-south.html",
            "Twelve Alvars sang of Vishnu and sixty-three Nayanars of Shiva...",
            "alvars.jpg"),
           ("Indo-Islamic Architecture in One Page (Imperial Style to Mughal)",
            BLOG + "/2024/10/indo-islamic-architecture-one-page.html",
            "True arch and dome, lime mortar, calligraphy instead of figures...",
            "qutb.jpg"),
           ("UPSC Prelims 2024 - Art &amp; Culture questions decoded",
            BLOG + "/2024/06/prelims-2024-art-culture-decoded.html",
            "Eleven culture questions this year, most of them statement-based...",
            "pre24.jpg")]
    labels = [("Art and Culture", 41), ("Bhakti Movement", 6), ("Current Affairs 2025", 9),
              ("GS1", 58), ("Medieval History", 27), ("Modern History", 12), ("Mughals", 8),
              ("PYQ Analysis", 5), ("Sufi Movement", 3)]
    lab = "\n".join("<li>\n<a class='label-name' href='%s/search/label/%s'>\n%s\n"
                    "<span class='label-count'>%d</span>\n</a>\n</li>"
                    % (BLOG, n.replace(" ", "%20"), n, c) for n, c in labels)
    arch = [("2025", 3, [("January", 3)]), ("2024", 31, [("December", 4), ("November", 5),
                                                            ("October", 3)])]
    archive = []
    for y, n, months in arch:
        ms = "\n".join("<li class='archivedate'>\n<a href='%s/%s/%02d/'>%s %s</a>\n"
                       "<span class='post-count'>%d</span>\n</li>"
                       % (BLOG, y, {"January": 1, "October": 10, "November": 11, "December": 12}[m],
                          m, y, k) for m, k in months)
        archive.append(ms)
    return """<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'>
<button class='svg-icon-24-button flat-icon-button ripple sidebar-back'>
%s
</button>
</div>
<div class='sidebar_top_wrapper'>
<div class='sidebar_top section' id='sidebar_top' name='Sidebar (Top)'><div class='widget Profile' data-version='2' id='Profile1'>
<div class='wrapper solo'>
<div class='widget-content individual'>
<a href='https://www.blogger.com/profile/%s' rel='nofollow'>
<img alt='My photo' class='profile-img' height='113' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjP/s113/profile.jpg' width='113'/>
</a>
<div class='profile-info'>
<div class='profile-name-container'>
<a class='profile-link g-profile visit-profile' href='https://www.blogger.com/profile/%s' rel='author'>
<span class='profile-name'>%s</span>
</a>
</div>
<span class='profile-location profile-link'>
%s
<span class='profile-location-text'>Jaipur, Rajasthan, India</span>
</span>
<dl class='profile-datablock'>
<dd class='profile-textblock'>History optional, two UPSC interviews. Free notes for those who cannot pay for coaching.</dd>
</dl>
<a class='profile-link visit-profile' href='https://www.blogger.com/profile/%s' rel='author' target='_blank'>
Visit profile
</a>
</div>
</div>
</div>
</div></div>
</div>
<div class='sidebar_bottom section' id='sidebar_bottom' name='Sidebar (Bottom)'><div class='widget PopularPosts' data-version='2' id='PopularPosts1'>
<h3 class='title'>
Popular Posts
</h3>
<div class='widget-content'>
<div role='feed'>
%s
</div>
</div>
</div><div class='widget BlogArchive' data-version='2' id='BlogArchive1'>
<details class='collapsible extendable'>
<summary>
<div class='collapsible-title'>
<h3 class='title'>
Archive
</h3>
%s
%s
</div>
</summary>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<div class='first-items'>
<ul class='flat'>
%s
</ul>
</div>
<div class='remaining-items'>
<ul class='flat'>
%s
</ul>
</div>
<span class='show-more flat-button'>Show more</span>
<span class='show-less hidden flat-button'>Show less</span>
</div>
</div>
</div>
</details>
</div><div class='widget Label' data-version='2' id='Label1'>
<details class='collapsible extendable'>
<summary>
<div class='collapsible-title'>
<h3 class='title'>
Labels
</h3>
%s
%s
</div>
</summary>
<div class='widget-content list-label-widget-content'>
<div class='first-items'>
<ul>
%s
</ul>
</div>
</div>
</details>
</div><div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'>
<h3 class='title'>
<a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>
Report Abuse
</a>
</h3>
</div></div>
</aside>""" % (icon("ic_arrow_back_black_24dp"), AUTHOR_PROFILE, AUTHOR_PROFILE, AUTHOR,
               icon("ic_location_on_black_24dp", "svg-icon-24 profile-location-icon"), AUTHOR_PROFILE,
               "\n".join(art(*p) for p in pop),
               icon("ic_expand_more_black_24dp", "svg-icon-24 chevron-down"),
               icon("ic_expand_less_black_24dp", "svg-icon-24 chevron-up"),
               archive[0], archive[1],
               icon("ic_expand_more_black_24dp", "svg-icon-24 chevron-down"),
               icon("ic_expand_less_black_24dp", "svg-icon-24 chevron-up"), lab)


def share_buttons(title, url, post_id):
    items = [("Get link", "sharing-element-link", "", "ic_24_link_dark", "sharing-link"),
             ("Facebook", "sharing-element-facebook", "facebook", "ic_24_facebook_dark", "facebook"),
             ("X", "sharing-element-twitter", "twitter", "ic_24_twitter_dark", "twitter"),
             ("Pinterest", "sharing-element-pinterest", "pinterest", "ic_24_pinterest_dark", "pinterest"),
             ("Email", "sharing-element-email", "email", "ic_24_email_dark", "email")]
    lis = []
    for label, cls, target, ic, icls in items:
        aria = "Get link" if label == "Get link" else "Share to %s" % label
        lis.append("<li>\n<span aria-label='%s' class='sharing-platform-button %s' data-href='https://www.blogger.com/"
                   "share-post.g?blogID=%s&amp;postID=%s&amp;target=%s' data-url='%s' role='menuitem' tabindex='-1' "
                   "title='%s'>\n%s\n<span class='platform-sharing-text'>%s</span>\n</span>\n</li>"
                   % (aria, cls, BLOG_ID, post_id, target, url, label,
                      icon(ic, "svg-icon-24 touch-icon %s" % icls), label))
    lis.append("<li aria-hidden='true' class='hidden'>\n<span aria-label='Share to other apps' class='sharing-platform-"
               "button sharing-element-other' data-url='%s' role='menuitem' tabindex='-1' title='Share to other "
               "apps'>\n%s\n<span class='platform-sharing-text'>Other Apps</span>\n</span>\n</li>"
               % (url, icon("ic_more_horiz_black_24dp", "svg-icon-24 touch-icon")))
    return ("<div class='post-share-buttons post-share-buttons-top'>\n<div class='byline post-share-buttons "
            "goog-inline-block'>\n<div aria-owns='sharing-popup-Blog1-byline-%s' class='sharing' data-title='%s'>\n"
            "<button aria-controls='sharing-popup-Blog1-byline-%s' aria-label='Share' class='sharing-button "
            "touch-icon-button' id='sharing-button-Blog1-byline-%s' role='button'>\n<div class='flat-icon-button "
            "ripple'>\n%s\n</div>\n</button>\n<div class='share-buttons-container'>\n<ul aria-hidden='true' "
            "aria-label='Share' class='share-buttons hidden' id='sharing-popup-Blog1-byline-%s' role='menu'>\n%s\n"
            "<li aria-hidden='true' class='hidden'>\n<span aria-label='Show more share options' class='sharing-"
            "platform-button sharing-element-more' role='menuitem' tabindex='-1'>\n%s\n</span>\n</li>\n</ul>\n"
            "</div>\n</div>\n</div>\n</div>"
            % (post_id, title, post_id, post_id, icon("ic_share_black_24dp"), post_id, "\n".join(lis),
               icon("ic_more_horiz_black_24dp", "svg-icon-24 touch-icon")))


def build(out_path):
    global SLUG, AUTHOR, AUTHOR_PROFILE
    head, body, comments = read_source()
    SLUG = head["slug"]
    AUTHOR = head["author"]
    AUTHOR_PROFILE = head["profile"]
    post_id = head["postid"]
    url = "%s/%s.html" % (BLOG, SLUG)
    title = html.escape(head["title"], quote=False)
    title_attr = html.escape(head["title"]).replace("&#x27;", "&#39;")
    first_para = re.sub(r"\*\*|\*", "", body[0])
    desc = html.escape(first_para[:150].rsplit(" ", 1)[0] + "...")
    labels = [x.strip() for x in head["labels"].split(",")]
    n_comments = sum(1 + len(c["replies"]) for c in comments)
    comment_html = ('<div class="comment-thread toplevel-thread"><ol id="top-ra">%s</ol>'
                    '<div id="top-continue" class="continue"><a class="comment-reply" target="_self">'
                    'Add comment</a></div><div class="comment-replybox-thread" id="top-ce"></div>'
                    '<div class="loadmore hidden" data-post-id="%s"><a target="_self">Load more...</a></div></div>'
                    % ("".join(comment_li(c, post_id, True) for c in comments), post_id))
    label_links = "\n".join("<a href='%s/search/label/%s' rel='tag'>%s</a>" % (
        BLOG, l.replace(" ", "%20"), l) for l in labels)
    ld = """{
  "@context": "http://schema.org",
  "@type": "BlogPosting",
  "mainEntityOfPage": {
    "@type": "WebPage",
    "@id": "%s"
  },
  "headline": "%s","description": "%s","datePublished": "%s",
  "dateModified": "2025-01-16T20:02:11+05:30","image": {
    "@type": "ImageObject","url": "%s/gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz/w1200-h630-p-k-no-nu/chishti-chain-flowchart.png",
    "height": 630,
    "width": 1200},"publisher": {
    "@type": "Organization",
    "name": "Blogger",
    "logo": {
      "@type": "ImageObject",
      "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4JSbacqkbxTo8B90dWp0Cese92xfLMPe_tg11g/h60/",
      "width": 206,
      "height": 60
    }
  },"author": {
    "@type": "Person",
    "name": "%s"
  }
}""" % (url, head["title"].replace("&", "\\u0026"), first_para[:140].rsplit(" ", 1)[0] + " ...",
        head["published"], IMG, AUTHOR)
    page = """<!DOCTYPE html>
<html dir='ltr' lang='en'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>%(title)s</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<!-- Chrome, Firefox OS and Opera -->
<meta content='#eeeeee' name='theme-color'/>
<!-- Windows Phone -->
<meta content='#eeeeee' name='msapplication-navbutton-color'/>
<meta content='blogger' name='generator'/>
<link href='%(blog)s/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='%(url)s' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="%(btitle)s - Atom" href="%(blog)s/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="%(btitle)s - RSS" href="%(blog)s/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="%(btitle)s - Atom" href="https://www.blogger.com/feeds/%(bid)s/posts/default" />

<link rel="alternate" type="application/atom+xml" title="%(btitle)s - Atom" href="%(blog)s/feeds/%(pid)s/comments/default" />
<!--Can't find substitution for tag [blog.ieCssRetrofitLinks]-->
<link href='%(img)s/gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz/w1200-h630-p-k-no-nu/chishti-chain-flowchart.png' rel='image_src'/>
<meta content='%(url)s' property='og:url'/>
<meta content='%(tattr)s' property='og:title'/>
<meta content='%(desc)s' property='og:description'/>
<meta content='%(img)s/gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz/w1200-h630-p-k-no-nu/chishti-chain-flowchart.png' property='og:image'/>
<style type='text/css'>@font-face{font-family:'Roboto';font-style:italic;font-weight:300;font-stretch:normal;font-display:swap;src:url(https://fonts.gstatic.com/s/roboto/v49/KFOKCnqEu92Fr1Mu53ZEC9_Vu3r1gIhOszmOClHrs6ljXfMMLt_QuAj-lg.ttf)format('truetype');}@font-face{font-family:'Roboto';font-style:normal;font-weight:400;font-stretch:normal;font-display:swap;src:url(https://fonts.gstatic.com/s/roboto/v49/KFOMCnqEu92Fr1ME7kSn66aGLdTylUAMQXC89YmC2DPNWubEbVmUiA8.ttf)format('truetype');}@font-face{font-family:'Roboto';font-style:normal;font-weight:700;font-stretch:normal;font-display:swap;src:url(https://fonts.gstatic.com/s/roboto/v49/KFOMCnqEu92Fr1ME7kSn66aGLdTylUAMQXC89YmC2DPNWuYjalmUiA8.ttf)format('truetype');}</style>
%(skin)s
<style id='template-skin-1' type='text/css'><!--
body#layout .hidden,
body#layout .invisible {
display: inherit;
}
body#layout .navigation {
display: none;
}
body#layout .page,
body#layout .sidebar_top,
body#layout .sidebar_bottom {
display: inline-block;
left: inherit;
position: relative;
vertical-align: top;
}
--></style>
<script async='async' src='https://www.gstatic.com/external_hosted/clipboardjs/clipboard.min.js'></script>
<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%(bid)s&amp;zx=8d1d8a9e-6f3c-4b1e-9a7c-2c41f5e0b3d7' media='none' onload='if(media!=&#39;all&#39;)media=&#39;all&#39;' rel='stylesheet'/><noscript><link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%(bid)s&amp;zx=8d1d8a9e-6f3c-4b1e-9a7c-2c41f5e0b3d7' rel='stylesheet'/></noscript>
<meta name='google-adsense-platform-account' content='ca-host-pub-1556223355139109'/>
<meta name='google-adsense-platform-domain' content='blogspot.com'/>

</head>
<body class='version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>
Skip to main content
</a>
<div class='page'>
<div class='bg-photo-overlay'></div>
<div class='bg-photo-container'>
<div class='bg-photo'></div>
</div>
<div class='page_body'>
<div class='centered'>
<div class='main_content_container clearfix'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'>
<div class='centered-top'>
<a class='return_link' href='%(blog)s/'>
<button class='svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple'>
%(ic_back)s
</button>
</a>
<div class='search'>
<button aria-label='Search' class='search-expand touch-icon-button'>
<div class='flat-icon-button ripple'>
%(ic_search)s
</div>
</button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'>
<h3 class='title'>
Search This Blog
</h3>
<div class='widget-content' role='search'>
<form action='%(blog)s/search' target='_top'>
<div class='search-input'>
<input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''/>
</div>
<input class='search-action flat-button' type='submit' value='Search'/>
</form>
</div>
</div></div>
</div>
<div class='clearboth'></div>
<div class='blog-name container'>
<div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'>
<div>
<h1>
<a href='%(blog)s/'>
%(btitle)s
</a>
</h1>
</div>
<p>
%(bdesc)s
</p>
</div>
</div></div>
</div>
<nav role='navigation'>
<div class='clearboth section' id='page_list_top' name='Page List (Top)'><div class='widget PageList' data-version='2' id='PageList1'>
<div class='widget-content'>
<div class='overflowable-container'>
<div class='overflowable-contents'>
<div class='container'>
<ul class='tabs'>
<li class='overflowable-item'>
<a href='%(blog)s/'>Home</a>
</li>
<li class='overflowable-item'>
<a href='%(blog)s/p/gs1-index.html'>GS1 Index</a>
</li>
<li class='overflowable-item'>
<a href='%(blog)s/p/about-me.html'>About</a>
</li>
</ul>
</div>
</div>
<div class='overflow-button hidden'>
<a>More&hellip;</a>
</div>
</div>
</div>
</div></div>
</nav>
</div>
</header>
<div>
<div class='vertical-ad-placeholder no-items section' id='ads' name='Ads'>
</div>
</div>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page Body'>
<div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
<script type='application/ld+json'>%(ld)s</script>
<a name='%(pid)s'></a>
<h3 class='post-title entry-title'>
%(title)s
</h3>
%(share)s
<div class='post-header'>
<div class='post-header-line-1'>
<span class='byline post-timestamp'>
<meta content='%(url)s'/>
<a class='timestamp-link' href='%(url)s' rel='bookmark' title='permanent link'>
<time class='published' datetime='%(published)s' title='%(published)s'>
%(shown)s
</time>
</a>
</span>
</div>
</div>
<div class='post-body-container'>
<div class='post-body entry-content float-container' id='post-body-%(pid)s'>
%(body)s
</div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='byline post-author vcard'>
<span class='byline-label'>Posted by</span>
<span class='fn'>
<meta content='https://www.blogger.com/profile/%(prof)s'/>
<a class='g-profile' href='https://www.blogger.com/profile/%(prof)s' rel='author' title='author profile'>
<span>%(author)s</span>
</a>
</span>
</span>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='byline post-labels'>
<span class='byline-label'>
Labels:
</span>
%(labels)s
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
</div>
</div>
</div>
<section class='comments threaded' data-embed='true' data-num-comments='%(ncom)d' id='comments'>
<a name='comments'></a>
<h3 class='title'>Comments</h3>
<div class='comments-content'>
<script async='async' src='' type='text/javascript'></script>
<script type='text/javascript'>
    (function() {
      var items = null;
      var msgs = null;
      var config = {};

// <![CDATA[
      var cursor = null;
      if (items && items.length > 0) {
        cursor = parseInt(items[items.length - 1].timestamp) + 1;
      }

      var bodyFromEntry = function(entry) {
        var text = (entry &&
                    ((entry.content && entry.content.$t) ||
                     (entry.summary && entry.summary.$t))) ||
            '';
        if (entry && entry.gd$extendedProperty) {
          for (var k in entry.gd$extendedProperty) {
            if (entry.gd$extendedProperty[k].name == 'blogger.contentRemoved') {
              return '<span class="deleted-comment">' + text + '</span>';
            }
          }
        }
        return text;
      }

      if (window.goog && window.goog.comments) {
        window.goog.comments.render(document.getElementById('comment-holder'), {
          'id': 'comment-holder',
          'data': items,
          'loadNext': null,
          'hasMore': false,
          'getMeta': function(key, comment) {
            if ('iswriter' == key) {
              var matches = !!comment.author
                  && comment.author.name$t == config.authorName
                  && comment.author.uri$t == config.authorUrl;
              return matches ? 'true' : '';
            }
            return '';
          },
          'messages': msgs
        });
      }
// ]]>
    })();
  </script>
<div id='comment-holder'>
%(comments)s
</div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>Post a Comment</h4>
<a href='https://www.blogger.com/comment/frame/%(bid)s?po=%(pid)s&amp;hl=en&amp;saa=85391&amp;origin=%(blog)s&amp;skin=contempo' id='comment-editor-src'></a>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe>
<script src='https://www.blogger.com/static/v1/jsbin/2567313873-comment_from_post_iframe.js' type='text/javascript'></script>
<script type='text/javascript'>
      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
    </script>
</div>
</p>
</section>
</div>
</article>
</div>
<style>
    .post-body a.b-tooltip-container {
      position: relative;
      display: inline-block;
    }
  </style>
<div class='blog-pager container' id='blog-pager'>
<a class='blog-pager-newer-link flat-button ripple' href='%(blog)s/2025/01/sufi-music-sama-qawwali-amir-khusrau.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>
Newer Post
</a>
<a class='blog-pager-older-link flat-button ripple' href='%(blog)s/2024/12/sufi-movement-silsilas-basic-terms.html' id='Blog1_blog-pager-older-link' title='Older Post'>
Older Post
</a>
<a class='home-link flat-button ripple' href='%(blog)s/'>
Home
</a>
</div>
</div>
</div>
</main>
</div>
</div>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'>
<div class='widget-content'>
<div class='blogger'>
<a href='https://www.blogger.com' rel='nofollow'>
%(ic_blogger)s
Powered by Blogger
</a>
</div>
<div class='image-attribution'>
Theme images by <a href="http://www.offset.com/photos/394244">Michael Elkan</a>
</div>
</div>
</div></footer>
</div>
</div>
</div>
%(sidebar)s
<script type="text/javascript" src="https://resources.blogblog.com/blogblog/data/res/2396128669-indie_compiled.js" async="true"></script>

<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2028843038-widgets.js"></script>
<script type='text/javascript'>
var BLOG_BASE_IMAGE_URL = 'https://resources.blogblog.com/img';var BLOG_LANG_DIR = 'ltr';window['__wavt'] = 'AOuZoY5PQ6m2Xc0e7kSg1LzJ9yWfTqN8:1736942531482';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d%(bid)s','//itihaasaursanskriti.blogspot.com/%(slug)s.html','%(bid)s');
_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '%(bid)s', 'title': '%(btitle)s', 'url': '%(url)s', 'canonicalUrl': '%(url)s', 'homepageUrl': '%(blog)s/', 'searchUrl': '%(blog)s/search', 'canonicalHomepageUrl': '%(blog)s/', 'blogspotFaviconUrl': '%(blog)s/favicon.ico', 'bloggerUrl': 'https://www.blogger.com', 'hasCustomDomain': false, 'httpsEnabled': true, 'enabledCommentProfileImages': true, 'gPlusViewType': 'FILTERED_POSTMOD', 'adultContent': false, 'analyticsAccountNumber': '', 'encoding': 'UTF-8', 'locale': 'en', 'localeUnderscoreDelimited': 'en', 'languageDirection': 'ltr', 'isPrivate': false, 'isMobile': false, 'isMobileRequest': false, 'mobileClass': '', 'isPrivateBlog': false, 'isDynamicViewsAvailable': true, 'feedLinks': '', 'meTag': '', 'adsenseHostId': 'ca-host-pub-1556223355139109', 'adsenseHasAds': false, 'adsenseAutoAds': false, 'boqCommentIframeForm': true, 'loginRedirectParam': '', 'view': '', 'dynamicViewsCommentsSrc': '//www.blogblog.com/dynamicviews/4224c15c4e7c9321/js/comments.js', 'dynamicViewsScriptSrc': '//www.blogblog.com/dynamicviews/b0a3d3f2e1a2c4a9', 'plusOneApiSrc': 'https://apis.google.com/js/platform.js', 'disableGComments': true, 'interstitialAccepted': false, 'sharing': {'platforms': [{'name': 'Get link', 'key': 'link', 'shareMessage': 'Get link', 'target': ''}, {'name': 'Facebook', 'key': 'facebook', 'shareMessage': 'Share to Facebook', 'target': 'facebook'}, {'name': 'BlogThis!', 'key': 'blogThis', 'shareMessage': 'BlogThis!', 'target': 'blog'}, {'name': 'X', 'key': 'twitter', 'shareMessage': 'Share to X', 'target': 'twitter'}, {'name': 'Pinterest', 'key': 'pinterest', 'shareMessage': 'Share to Pinterest', 'target': 'pinterest'}, {'name': 'Email', 'key': 'email', 'shareMessage': 'Email', 'target': 'email'}], 'disableGooglePlus': true, 'googlePlusShareButtonWidth': 0, 'googlePlusBootstrap': '\\x3cscript type\\x3d\\x22text/javascript\\x22\\x3ewindow.___gcfg \\x3d {\\x27lang\\x27: \\x27en\\x27};\\x3c/script\\x3e'}, 'hasCustomJumpLinkMessage': false, 'jumpLinkMessage': 'Read more', 'pageType': 'item', 'postId': '%(pid)s', 'postImageThumbnailUrl': '%(img)s/gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz/s72-w640-h360-c/chishti-chain-flowchart.png', 'postImageUrl': '%(img)s/gQx7kLq2Zt0Vb9mNw3RfYc1Hd8Ue5Sa6Jp4Kz/w640-h360/chishti-chain-flowchart.png', 'pageName': '%(jstitle)s', 'pageTitle': '%(btitle)s: %(jstitle)s', 'metaDescription': ''}}, {'name': 'features', 'data': {}}, {'name': 'messages', 'data': {'edit': 'Edit', 'linkCopiedToClipboard': 'Link copied to clipboard!', 'ok': 'Ok', 'postLink': 'Post Link'}}, {'name': 'template', 'data': {'name': 'Contempo', 'localizedName': 'Contempo', 'isResponsive': true, 'isAlternateRendering': false, 'isCustom': false, 'variant': 'indie_light', 'variantId': 'indie_light'}}, {'name': 'view', 'data': {'classic': {'name': 'classic', 'url': '?view\\x3dclassic'}, 'flipcard': {'name': 'flipcard', 'url': '?view\\x3dflipcard'}, 'magazine': {'name': 'magazine', 'url': '?view\\x3dmagazine'}, 'isSingleItem': true, 'isMultipleItems': false, 'isError': false, 'isPage': false, 'isPost': true, 'isHomepage': false, 'isArchive': false, 'isLabelSearch': false, 'postId': %(pid)s}}]);
_WidgetManager._RegisterWidget('_BlogSearchView', new _WidgetInfo('BlogSearch1', 'search_top', document.getElementById('BlogSearch1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PageListView', new _WidgetInfo('PageList1', 'page_list_top', document.getElementById('PageList1'), {'title': '', 'links': [{'isCurrentPage': false, 'href': '%(blog)s/', 'title': 'Home'}, {'isCurrentPage': false, 'href': '%(blog)s/p/gs1-index.html', 'id': '7741208836110928356', 'title': 'GS1 Index'}, {'isCurrentPage': false, 'href': '%(blog)s/p/about-me.html', 'id': '2209816634401873520', 'title': 'About'}], 'mobile': false, 'showPlaceholder': true, 'hasCurrentPage': false}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'page_body', document.getElementById('Blog1'), {'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/1666805145-lbx.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/1964470060-lightbox_bundle.css'}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_AttributionView', new _WidgetInfo('Attribution1', 'footer', document.getElementById('Attribution1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_ProfileView', new _WidgetInfo('Profile1', 'sidebar_top', document.getElementById('Profile1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'sidebar_bottom', document.getElementById('PopularPosts1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar_bottom', document.getElementById('BlogArchive1'), {'languageDirection': 'ltr', 'loadingMessage': 'Loading\\x26hellip;'}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_LabelView', new _WidgetInfo('Label1', 'sidebar_bottom', document.getElementById('Label1'), {}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_ReportAbuseView', new _WidgetInfo('ReportAbuse1', 'sidebar_bottom', document.getElementById('ReportAbuse1'), {}, 'displayModeFull'));
</script>
</body>
</html>
""" % {"title": title, "tattr": title_attr, "blog": BLOG, "url": url, "btitle": BLOG_TITLE,
       "bdesc": BLOG_DESC, "bid": BLOG_ID, "pid": post_id, "img": IMG, "desc": desc, "skin": SKIN,
       "ic_back": icon("ic_arrow_back_black_24dp"),
       "ic_search": icon("ic_search_black_24dp", "svg-icon-24 search-expand-icon"),
       "ic_blogger": icon("ic_post_blogger_black_24dp"),
       "ld": ld, "share": share_buttons(title_attr, url, post_id), "published": head["published"],
       "shown": head["shown"], "body": post_body(body, head), "prof": AUTHOR_PROFILE,
       "author": AUTHOR, "labels": label_links, "ncom": n_comments, "comments": comment_html,
       "sidebar": sidebar(), "slug": SLUG,
       "jstitle": head["title"].replace("'", "\\x27").replace("&", "\\x26")}
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
