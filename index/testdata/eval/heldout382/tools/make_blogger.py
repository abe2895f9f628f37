#!/usr/bin/python3
"""Re-make docs/maratha-confederacy-panipat-blogspot.html byte for byte from
tools/maratha-confederacy-panipat-blogspot.txt.

The file is a post page of a Blogger blog on the "Simple" theme (layouts v2), as Chrome saves it
with "Webpage, HTML only": the bytes the server sent. Blogger's single-quoted template markup,
the skin CSS with its Variable definitions, the Navbar, Header, Blog, sidebar widgets (BlogSearch,
Profile, Label, BlogArchive, PopularPosts, ReportAbuse), the Attribution footer, the threaded
comments as Blogger renders them server-side, and the _WidgetManager scripts at the end.
Deterministic: fixed ids and dates, no randomness.
Usage: /usr/bin/python3 tools/make_blogger.py [output.html]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "maratha-confederacy-panipat-blogspot.txt")
OUT = os.path.join(ROOT, "docs", "maratha-confederacy-panipat-blogspot.html")

BLOG = "https://itihaskatta.blogspot.com"
BLOG_ID = "4718205736459021938"
POST_ID = "3078812265913240551"
AUTHOR_ID = "16290375528841076240"
BLOG_TITLE = "Itihas Katta"
BLOG_DESC = "Indian history in simple English - notes for UPSC, MPSC and every curious reader."
POST_URL = BLOG + "/2025/08/from-panipat-to-poona-maratha.html"
AUTHOR = "Ketan Deshmukh"
IMG_KEY = "AVvXsEjq8Wm2Lr0yTt5dKpXcB7nHf3sGvQe1aZo9RkU6iNwYb4hJxC2lD8mPzE0tFgVuS7qA1oIrK5nWcL3yHbT9eMdJ2fXgQp6sZvRk0uYw4NaBhC8iLtE1mOq5GjPxU3zDy7WcKs9fVr2lAe6bTn0HgMiJoQp"
IMG_URL = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/" + IMG_KEY
WAVT = "AOuZoY7mT0dC5xkq3W1b2JtN8fqzRz-p4g:1755496513042"

SKIN = r"""<style id='page-skin-1' type='text/css'><!--
/*
-----------------------------------------------
Blogger Template Style
Name:     Simple
Designer: Blogger
URL:      www.blogger.com
----------------------------------------------- */
/* Variable definitions
====================
<Variable name="keycolor" description="Main Color" type="color" default="#66bbdd"/>
<Group description="Page Text" selector="body">
<Variable name="body.font" description="Font" type="font"
default="normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif"/>
<Variable name="body.text.color" description="Text Color" type="color" default="#222222"/>
</Group>
<Group description="Backgrounds" selector=".body-fauxcolumns-outer">
<Variable name="body.background.color" description="Outer Background" type="color" default="#66bbdd"/>
<Variable name="content.background.color" description="Main Background" type="color" default="#ffffff"/>
<Variable name="header.background.color" description="Header Background" type="color" default="transparent"/>
</Group>
<Group description="Links" selector=".main-outer">
<Variable name="link.color" description="Link Color" type="color" default="#2288bb"/>
<Variable name="link.visited.color" description="Visited Color" type="color" default="#888888"/>
<Variable name="link.hover.color" description="Hover Color" type="color" default="#33aaff"/>
</Group>
<Group description="Blog Title" selector=".header h1">
<Variable name="header.font" description="Font" type="font"
default="normal normal 60px Arial, Tahoma, Helvetica, FreeSans, sans-serif"/>
<Variable name="header.text.color" description="Title Color" type="color" default="#3399bb" />
</Group>
<Group description="Blog Description" selector=".header .description">
<Variable name="description.text.color" description="Description Color" type="color"
default="#777777" />
</Group>
<Group description="Post Title" selector="h3.post-title, .comments h4">
<Variable name="post.title.font" description="Font" type="font"
default="normal normal 22px Arial, Tahoma, Helvetica, FreeSans, sans-serif"/>
</Group>
<Group description="Date Header" selector=".date-header">
<Variable name="date.header.color" description="Text Color" type="color"
default="#222222"/>
<Variable name="date.header.background.color" description="Background Color" type="color"
default="transparent"/>
</Group>
<Group description="Post Footer" selector=".post-footer">
<Variable name="post.footer.text.color" description="Text Color" type="color" default="#666666"/>
<Variable name="post.footer.background.color" description="Background Color" type="color"
default="#f9f9f9"/>
<Variable name="post.footer.border.color" description="Shadow Color" type="color" default="#eeeeee"/>
</Group>
<Group description="Gadgets" selector="h2">
<Variable name="widget.title.font" description="Title Font" type="font"
default="normal bold 11px Arial, Tahoma, Helvetica, FreeSans, sans-serif"/>
<Variable name="widget.title.text.color" description="Title Color" type="color" default="#000000"/>
<Variable name="widget.alternate.text.color" description="Alternate Color" type="color" default="#999999"/>
</Group>
<Variable name="body.background" description="Body Background" type="background"
color="#eeaa00" default="$(color) none repeat scroll top left"/>
<Variable name="content.padding" description="Content Padding" type="length" default="10px" min="0" max="100px"/>
<Variable name="startSide" description="Side where text starts in blog language" type="automatic" default="left"/>
<Variable name="endSide" description="Side where text ends in blog language" type="automatic" default="right"/>
*/
/* Content
----------------------------------------------- */
body {
font: normal normal 13px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;
color: #222222;
background: #eeaa00 none repeat scroll top left;
padding: 0 40px 40px 40px;
}
html body .region-inner {
min-width: 0;
max-width: 100%;
width: auto;
}
h2 {
font-size: 22px;
}
a:link {
text-decoration:none;
color: #cc6611;
}
a:visited {
text-decoration:none;
color: #888888;
}
a:hover {
text-decoration:underline;
color: #ff9900;
}
.body-fauxcolumn-outer .fauxcolumn-inner {
background: transparent url(https://resources.blogblog.com/blogblog/data/1kt/simple/body_gradient_tile_light.png) repeat scroll top left;
_background-image: none;
}
.body-fauxcolumn-outer .cap-top {
position: absolute;
z-index: 1;
height: 400px;
width: 100%;
}
.body-fauxcolumn-outer .cap-top .cap-left {
width: 100%;
background: transparent url(https://resources.blogblog.com/blogblog/data/1kt/simple/gradients_light.png) repeat-x scroll top left;
_background-image: none;
}
.content-outer {
-moz-box-shadow: 0 0 40px rgba(0, 0, 0, .15);
-webkit-box-shadow: 0 0 5px rgba(0, 0, 0, .15);
-goog-ms-box-shadow: 0 0 10px #333333;
box-shadow: 0 0 40px rgba(0, 0, 0, .15);
margin-bottom: 1px;
}
.content-inner {
padding: 10px 10px;
}
.content-inner {
background-color: #ffffff;
}
/* Header
----------------------------------------------- */
.header-outer {
background: #cc6611 url(https://resources.blogblog.com/blogblog/data/1kt/simple/gradients_light.png) repeat-x scroll 0 -400px;
_background-image: none;
}
.Header h1 {
font: normal normal 60px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;
color: #ffffff;
text-shadow: 1px 2px 3px rgba(0, 0, 0, .2);
}
.Header h1 a {
color: #ffffff;
}
.Header .description {
font-size: 140%;
color: #ffffff;
}
.header-inner .Header .titlewrapper {
padding: 22px 30px 0;
}
.header-inner .Header .descriptionwrapper {
padding: 0 30px;
margin-bottom: 25px;
}
/* Columns
----------------------------------------------- */
.main-outer {
border-top: 0 solid #eeeeee;
}
.fauxcolumn-left-outer .fauxcolumn-inner {
border-right: 1px solid #eeeeee;
}
.fauxcolumn-right-outer .fauxcolumn-inner {
border-left: 1px solid #eeeeee;
}
/* Headings
----------------------------------------------- */
div.widget > h2,
div.widget h2.title {
margin: 0 0 1em 0;
font: normal bold 11px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;
color: #000000;
}
/* Widgets
----------------------------------------------- */
.widget .zippy {
color: #999999;
text-shadow: 2px 2px 1px rgba(0, 0, 0, .1);
}
.widget .popular-posts ul {
list-style: none;
}
/* Posts
----------------------------------------------- */
h2.date-header {
font: normal bold 11px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
}
.date-header span {
background-color: transparent;
color: #222222;
padding: inherit;
letter-spacing: inherit;
margin: inherit;
}
.main-inner {
padding-top: 30px;
padding-bottom: 30px;
}
.main-inner .column-center-inner {
padding: 0 15px;
}
.main-inner .column-center-inner .section {
margin: 0 15px;
}
.post {
margin: 0 0 25px 0;
}
h3.post-title, .comments h4 {
font: normal normal 24px Georgia, Utopia, 'Palatino Linotype', Palatino, serif;
margin: .75em 0 0;
}
.post-body {
font-size: 110%;
line-height: 1.4;
position: relative;
}
.post-body img, .post-body .tr-caption-container, .Profile img, .Image img,
.BlogList .item-thumbnail img {
padding: 2px;
background: #ffffff;
border: 1px solid #eeeeee;
-moz-box-shadow: 1px 1px 5px rgba(0, 0, 0, .1);
-webkit-box-shadow: 1px 1px 5px rgba(0, 0, 0, .1);
box-shadow: 1px 1px 5px rgba(0, 0, 0, .1);
}
.post-body img, .post-body .tr-caption-container {
padding: 5px;
}
.post-body .tr-caption-container {
color: #222222;
}
.post-body .tr-caption-container img {
padding: 0;
background: transparent;
border: none;
-moz-box-shadow: 0 0 0 rgba(0, 0, 0, .1);
-webkit-box-shadow: 0 0 0 rgba(0, 0, 0, .1);
box-shadow: 0 0 0 rgba(0, 0, 0, .1);
}
.post-header {
margin: 0 0 1.5em;
line-height: 1.6;
font-size: 90%;
}
.post-footer {
margin: 20px -2px 0;
padding: 5px 10px;
color: #666666;
background-color: #f9f9f9;
border-bottom: 1px solid #eeeeee;
line-height: 1.6;
font-size: 90%;
}
#comments .comment-author {
padding-top: 1.5em;
border-top: 1px solid #eeeeee;
background-position: 0 1.5em;
}
#comments .comment-author:first-child {
padding-top: 0;
border-top: none;
}
.avatar-image-container {
margin: .2em 0 0;
}
#comments .avatar-image-container img {
border: 1px solid #eeeeee;
}
/* Comments
----------------------------------------------- */
.comments .comments-content .icon.blog-author {
background-repeat: no-repeat;
background-image: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAAAXNSR0IArs4c6QAAAAZiS0dEAP8A/wD/oL2nkwAAAAlwSFlzAAALEgAACxIB0t1+/AAAAAd0SU1FB9sLFwMeCjjhcOMAAAD+SURBVDjLtZSvTgNBEIe/WRRnm3U8RC1neQdsm1zSBIU9VVF1FkUguQQsD9ITmD7ECZIJSE4OZo9stoVjC/zc7ky+zH9hXwVwDpTAWWLrgS3QAe8AZgaAJI5zYAmc8r0G4AHYHQKVwII8PZrZFsBFkeRCABYiMh9BRUhnSkPTNCtVXYXURi1FpBDgArj8QU1eVXUzfnjv7yP7kwu1mYrkWlU33vs1QNu2qU8pwN0UpKoqokjWwCztrMuBhEhmh8bD5UDqur75asbcX0BGUB9/HAMB+r32hznJgXy2v0sGLBcyAJ1EK3LFcbo1s91JeLwAbwGYu7TP/3ZGfnXYPgAVNngtqatUNgAAAABJRU5ErkJggg==);
}
.comments .comments-content .loadmore a {
border-top: 1px solid #999999;
border-bottom: 1px solid #999999;
}
.comments .comment-thread.inline-thread {
background-color: #f9f9f9;
}
.comments .continue {
border-top: 2px solid #999999;
}
/* Accents
---------------------------------------------- */
.section-columns td.columns-cell {
border-left: 1px solid #eeeeee;
}
.blog-pager {
background: transparent none no-repeat scroll top center;
}
.blog-pager-older-link, .home-link,
.blog-pager-newer-link {
background-color: #ffffff;
padding: 5px;
}
.footer-outer {
border-top: 0 dashed #bbbbbb;
}
/* Mobile
----------------------------------------------- */
body.mobile  {
background-size: auto;
}
.mobile .body-fauxcolumn-outer {
background: transparent none repeat scroll top left;
}
.mobile .content-outer {
-webkit-box-shadow: 0 0 3px rgba(0, 0, 0, .15);
box-shadow: 0 0 3px rgba(0, 0, 0, .15);
}
.mobile .post {
margin: 0;
}
.mobile .main-inner .column-center-inner .section {
margin: 0;
}
.mobile .date-header span {
padding: 0.1em 10px;
margin: 0 -10px;
}
.mobile h3.post-title {
margin: 0;
}
.mobile .blog-pager {
background: transparent none no-repeat scroll top center;
}
.mobile .footer-outer {
border-top: none;
}
.mobile .main-inner, .mobile .footer-inner {
background-color: #ffffff;
}
.mobile-index-contents {
color: #222222;
}
.mobile-link-button {
background-color: #cc6611;
}
.mobile-link-button a:link, .mobile-link-button a:visited {
color: #ffffff;
}
/* post body tweaks */
.post-body table.quick-rev td, .post-body table.quick-rev th {
padding: 4px 6px;
}
--></style>
<style id='template-skin-1' type='text/css'><!--
body {
min-width: 960px;
}
.content-outer, .content-fauxcolumn-outer, .region-inner {
min-width: 960px;
max-width: 960px;
_width: 960px;
}
.main-inner .columns {
padding-left: 0px;
padding-right: 310px;
}
.main-inner .fauxcolumn-center-outer {
left: 0px;
right: 310px;
/* IE6 does not respect left and right together */
_width: expression(this.parentNode.offsetWidth -
parseInt("0px") -
parseInt("310px") + 'px');
}
.main-inner .fauxcolumn-left-outer {
width: 0px;
}
.main-inner .fauxcolumn-right-outer {
width: 310px;
}
.main-inner .column-left-outer {
width: 0px;
right: 100%;
margin-left: -0px;
}
.main-inner .column-right-outer {
width: 310px;
margin-right: -310px;
}
#layout {
min-width: 0;
}
#layout .content-outer {
min-width: 0;
width: 800px;
}
#layout .region-inner {
min-width: 0;
width: auto;
}
body#layout div.add_widget {
padding: 8px;
}
body#layout div.add_widget a {
margin-left: 32px;
}
--></style>
"""

CAPS = """<div class='cap-top'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>
<div class='fauxborder-left'>
<div class='fauxborder-right'></div>
<div class='fauxcolumn-inner'>
</div>
</div>
<div class='cap-bottom'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>
"""

LABELS = [("Ancient India", 14), ("Anglo-Maratha Wars", 3), ("Art and Culture", 9),
          ("Bhakti Movement", 4), ("Current Affairs", 16), ("Marathas", 11), ("Medieval India", 27),
          ("Modern India", 31), ("MPSC", 9), ("UPSC GS1", 42)]
ARCHIVE_AUG = [("From Panipat to Poona: The Maratha Confederacy and the Anglo-Maratha Wars (1761&#8211;1818)", POST_URL),
               ("Independence Day special: the Quit India Movement in Satara", BLOG + "/2025/08/independence-day-special-quit-india.html"),
               ("Shivaji&#39;s Administration: Ashtapradhan, Revenue and Forts", BLOG + "/2025/08/shivajis-administration-ashtapradhan.html")]
ARCHIVE = [("2025", "2025/", 21, [("August", "2025/08/", 3, ARCHIVE_AUG), ("July", "2025/07/", 4, None),
                                   ("June", "2025/06/", 2, None), ("May", "2025/05/", 3, None),
                                   ("April", "2025/04/", 2, None), ("March", "2025/03/", 3, None),
                                   ("February", "2025/02/", 2, None), ("January", "2025/01/", 2, None)]),
           ("2024", "2024/", 41, None), ("2023", "2023/", 38, None), ("2022", "2022/", 17, None)]
POPULAR = [
    ("shivajis-administration-ashtapradhan", "2025/08/", "Shivaji&#39;s Administration: Ashtapradhan, Revenue and Forts",
     "raigad-fort.jpg",
     "&#160;Namaskar friends! Today we look at how Shivaji Maharaj actually ran his Swarajya - the council of eight ministers and the forts..."),
    ("bhima-koregaon-1818-what-really", "2024/12/", "Bhima Koregaon 1818: What Really Happened?",
     "jaystambh.jpg",
     "Every year on 1 January lakhs of people walk to a tall obelisk near Pune. Here is the story behind it..."),
    ("bhakti-movement-in-maharashtra", "2024/09/", "Bhakti Movement in Maharashtra: Dnyaneshwar to Tukaram",
     "pandharpur-wari.jpg",
     "The warkari tradition, the abhangs of Tukaram and why they matter for GS1..."),
]


def ms(ts):
    """Epoch milliseconds of an ISO time with +05:30 offset (no datetime module needed)."""
    y, mo, d = int(ts[0:4]), int(ts[5:7]), int(ts[8:10])
    h, mi = int(ts[11:13]), int(ts[14:16])
    days = 0
    for yy in range(1970, y):
        days += 366 if (yy % 4 == 0 and (yy % 100 or yy % 400 == 0)) else 365
    mdays = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    days += sum(mdays[:mo - 1]) + d - 1
    return ((days * 24 + h) * 60 + mi - 330) * 60 * 1000


def human(ts):
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return "%d %s %s at %s" % (int(ts[8:10]), months[int(ts[5:7]) - 1], ts[0:4], ts[11:16])


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)
    return s.replace("~", "&nbsp;")


def body_html(lines):
    out = []
    i = 0
    while i < len(lines):
        tag, text = lines[i]
        if tag == "IMG":
            out.append('<p>&nbsp;</p><table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="%s/s1600/panipat-1761.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="768" data-original-width="1280" height="384" src="%s/w640-h384/panipat-1761.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table><p></p>' % (
                IMG_URL, IMG_URL, inline(text)))
        elif tag == "P":
            out.append('<p style="text-align: justify;">%s</p>' % inline(text))
        elif tag == "HEAD":
            out.append('<p style="text-align: justify;"><b><span style="font-size: large;">%s</span></b></p>' % inline(text))
        elif tag in ("UL", "OL"):
            items = []
            while i < len(lines) and lines[i][0] == tag:
                items.append('<li style="text-align: justify;">%s</li>' % inline(lines[i][1]))
                i += 1
            lt = tag.lower()
            out.append('<%s style="text-align: left;">%s</%s>' % (lt, "".join(items), lt))
            continue
        elif tag == "TABLE":
            rows = []
            first = True
            while i < len(lines) and lines[i][0] == "TABLE":
                cells = lines[i][1].split("|")
                if first:
                    rows.append('<tr style="background-color: #fce5cd;">' + "".join(
                        '<th style="text-align: left;">%s</th>' % inline(c) for c in cells) + "</tr>")
                    first = False
                else:
                    rows.append("<tr>" + "".join("<td>%s</td>" % inline(c) for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" class="quick-rev" style="border-collapse: collapse; width: 100%%;"><tbody>%s</tbody></table><div><br /></div>' % "".join(rows))
            continue
        i += 1
    return "".join(out)


def avatar(author, profile):
    if profile == "AUTHOR":
        return '<div class="avatar-image-container"><img src="//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh3kYt9Qm1pWz7LrC5xVb2NdJ8sUf0oGiE4aHqTn6yRcKw/s35/ketan.jpg" width="35" height="35" alt="" title="%s"></div>' % author
    if profile == "-":
        return '<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt="" title="Anonymous"></div>'
    return '<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt="" title="%s"></div>' % author


def cite(author, profile):
    if profile == "AUTHOR":
        return '<cite class="user blog-author"><a href="https://www.blogger.com/profile/%s" rel="nofollow">%s</a></cite><span class="icon user blog-author"></span>' % (AUTHOR_ID, author)
    if profile == "-":
        return '<cite class="user">Anonymous</cite><span class="icon user "></span>'
    return '<cite class="user"><a href="https://www.blogger.com/profile/%s" rel="nofollow">%s</a></cite><span class="icon user "></span>' % (profile, author)


def comment_li(c, replies):
    cid = c["id"]
    when = '<span class="datetime secondary-text"><a rel="nofollow" href="%s?showComment=%d#c%s">%s</a></span>' % (
        POST_URL, ms(c["ts"]), cid, human(c["ts"]))
    if c.get("deleted"):
        head = '<div class="comment-header"><cite class="user">Unknown</cite><span class="icon user "></span>%s</div>' % when
        content = '<p class="comment-content"><span class="deleted-comment">This comment has been removed by a blog administrator.</span></p>'
        av = '<div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt="" title="Unknown"></div>'
    else:
        head = '<div class="comment-header">%s%s</div>' % (cite(c["author"], c["profile"]), when)
        content = '<p class="comment-content">%s</p>' % html.escape(c["text"], quote=False)
        av = avatar(c["author"], c["profile"])
    actions = ('<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="%s">Reply</a>'
               '<span class="item-control blog-admin blog-admin pid-1468802266"><a target="_self" href="https://www.blogger.com/comment/delete/%s/%s">Delete</a></span></span>') % (
        cid, BLOG_ID, cid)
    li = '<li class="comment" id="c%s">%s<div class="comment-block">%s%s%s</div>' % (cid, av, head, content, actions)
    if replies is not None:
        inner = "".join(comment_li(r, None) for r in replies)
        hidden = "" if replies else " hidden"
        li += ('<div class="comment-replies"><div id="c%s-rt" class="comment-thread inline-thread%s"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span>'
               '<ol id="c%s-ra" class="thread-chrome thread-expanded"><div>%s</div><div id="c%s-continue" class="continue"><a class="comment-reply" target="_self" data-comment-id="%s">Reply</a></div></ol></div></div>'
               '<div class="comment-replybox-single" id="c%s-ce"></div>') % (cid, hidden, cid, inner, cid, cid, cid)
    return li + "</li>"


def parse(path):
    meta, lines, comments = {}, [], []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(": ")
        if tag in ("TITLE", "DATE", "TIME"):
            meta[tag] = rest
        elif tag in ("COMMENT", "REPLY"):
            cid, author, profile, ts, text = rest.split("|", 4)
            c = {"id": cid, "author": author, "profile": profile, "ts": ts, "text": text}
            if tag == "COMMENT":
                c["replies"] = []
                comments.append(c)
            else:
                comments[-1]["replies"].append(c)
        elif tag == "DELETED":
            cid, ts = rest.split("|")
            comments.append({"id": cid, "ts": ts, "deleted": True, "replies": []})
        else:
            lines.append((tag, rest))
    return meta, lines, comments


def ncr(s):
    """Blogger writes non-ASCII in the title element as numeric references."""
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in html.escape(s, quote=False))


def js_str(s):
    out = ""
    for c in s:
        if c == "'":
            out += "\\x27"
        elif c == '"':
            out += "\\x22"
        elif c == "&":
            out += "\\x26"
        elif c == "=":
            out += "\\x3d"
        elif c == "<":
            out += "\\x3c"
        elif c == ">":
            out += "\\x3e"
        elif ord(c) > 126:
            out += "\\u%04x" % ord(c) if ord(c) < 0x10000 else "".join(
                "\\u%04x" % u for u in struct_pair(ord(c)))
        else:
            out += c
    return out


def struct_pair(cp):
    cp -= 0x10000
    return (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))


def snippet(lines):
    text = " ".join(re.sub(r"\*+", "", t).replace("~", " ") for tag, t in lines if tag == "P")
    text = " ".join(text.split())
    return text[:150].rsplit(" ", 1)[0] + "&#8230;"


def build():
    meta, lines, comments = parse(SRC)
    title = meta["TITLE"]
    iso, clock = meta["TIME"].split("|")
    desc = re.sub(r"&#8230;$", "...", snippet(lines))
    n_comments = sum(1 + len(c["replies"]) for c in comments)
    o = []
    w = o.append
    w("<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n")
    w("<link href='https://www.blogger.com/static/v1/widgets/2944754296-widget_css_bundle.css' rel='stylesheet' type='text/css'/>\n")
    w("<meta content='width=1100' name='viewport'/>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n")
    w("<meta content='blogger' name='generator'/>\n<link href='%s/favicon.ico' rel='icon' type='image/x-icon'/>\n" % BLOG)
    w("<link href='%s' rel='canonical'/>\n" % POST_URL)
    for kind, suffix in (("atom+xml", ""), ("rss+xml", "?alt=rss")):
        w('<link rel="alternate" type="application/%s" title="%s - %s" href="%s/feeds/posts/default%s" />\n' % (
            kind, BLOG_TITLE, "Atom" if kind == "atom+xml" else "RSS", BLOG, suffix))
    w('<link rel="service.post" type="application/atom+xml" title="%s - Atom" href="https://www.blogger.com/feeds/%s/posts/default" />\n\n' % (BLOG_TITLE, BLOG_ID))
    w('<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/feeds/%s/comments/default" />\n' % (BLOG_TITLE, BLOG, POST_ID))
    w("<!--Can't find substitution for tag [blog.ieCssRetrofitLinks]-->\n")
    w("<link href='%s/w640-h384/panipat-1761.jpg' rel='image_src'/>\n" % IMG_URL)
    w("<meta content='%s' property='og:url'/>\n" % POST_URL)
    w("<meta content='%s' property='og:title'/>\n" % html.escape(title, quote=True).replace("&#x27;", "&#39;"))
    w("<meta content='%s' property='og:description'/>\n" % desc.replace("'", "&#39;"))
    w("<meta content='%s/w1200-h630-p-k-no-nu/panipat-1761.jpg' property='og:image'/>\n" % IMG_URL)
    w("<title>%s: %s</title>\n" % (BLOG_TITLE, ncr(title)))
    w(SKIN)
    w("<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%s&amp;zx=7c1e5a0b-2f44-4d1b-9a36-8e0d51c27f93' media='none' onload='if(media!=&#39;all&#39;)media=&#39;all&#39;' rel='stylesheet'/><noscript><link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%s&amp;zx=7c1e5a0b-2f44-4d1b-9a36-8e0d51c27f93' rel='stylesheet'/></noscript>\n" % (BLOG_ID, BLOG_ID))
    w("<meta name='google-adsense-platform-account' content='ca-host-pub-1556223355139109'/>\n<meta name='google-adsense-platform-domain' content='blogspot.com'/>\n\n</head>\n")
    w("<body class='loading'>\n")
    w("<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type=\"text/javascript\">\n    function setAttributeOnload(object, attribute, val) {\n      if(window.addEventListener) {\n        window.addEventListener('load',\n          function(){ object[attribute] = val; }, false);\n      } else {\n        window.attachEvent('onload', function(){ object[attribute] = val; });\n      }\n    }\n  </script>\n<div id=\"navbar-iframe-container\"></div>\n<script type=\"text/javascript\" src=\"https://apis.google.com/js/platform.js\"></script>\n<script type=\"text/javascript\">\n      gapi.load(\"gapi.iframes:gapi.iframes.style.bubble\", function() {\n        if (gapi.iframes && gapi.iframes.getContext) {\n          gapi.iframes.getContext().openChild({\n              url: 'https://www.blogger.com/navbar/%s?po\\x3d%s\\x26origin\\x3d%s',\n              where: document.getElementById(\"navbar-iframe-container\"),\n              id: \"navbar-iframe\"\n          });\n        }\n      });\n    </script><script type=\"text/javascript\">\n(function() {\nvar script = document.createElement('script');\nscript.type = 'text/javascript';\nscript.src = '//pagead2.googlesyndication.com/pagead/js/google_top_exp.js';\nvar head = document.getElementsByTagName('head')[0];\nif (head) {\nhead.appendChild(script);\n}})();\n</script>\n</div></div>\n" % (BLOG_ID, POST_ID, BLOG))
    w("<div class='body-fauxcolumns'>\n<div class='fauxcolumn-outer body-fauxcolumn-outer'>\n" + CAPS + "</div>\n</div>\n")
    w("<div class='content'>\n<div class='content-fauxcolumns'>\n<div class='fauxcolumn-outer content-fauxcolumn-outer'>\n" + CAPS + "</div>\n</div>\n")
    w("<div class='content-outer'>\n<div class='content-cap-top cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left content-fauxborder-left'>\n<div class='fauxborder-right content-fauxborder-right'></div>\n<div class='content-inner'>\n")
    w("<header>\n<div class='header-outer'>\n<div class='header-cap-top cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left header-fauxborder-left'>\n<div class='fauxborder-right header-fauxborder-right'></div>\n<div class='region-inner header-inner'>\n")
    w("<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>\n<div id='header-inner'>\n<div class='titlewrapper'>\n<h1 class='title'>\n<a href='%s/'>\n%s\n</a>\n</h1>\n</div>\n<div class='descriptionwrapper'>\n<p class='description'><span>%s</span></p>\n</div>\n</div>\n</div></div>\n" % (BLOG, BLOG_TITLE, BLOG_DESC))
    w("</div>\n</div>\n<div class='header-cap-bottom cap-bottom'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n</div>\n</header>\n")
    w("<div class='tabs-outer'>\n<div class='tabs-cap-top cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left tabs-fauxborder-left'>\n<div class='fauxborder-right tabs-fauxborder-right'></div>\n<div class='region-inner tabs-inner'>\n<div class='tabs no-items section' id='crosscol' name='Cross-column'></div>\n<div class='tabs no-items section' id='crosscol-overflow' name='Cross-Column 2'></div>\n</div>\n</div>\n<div class='tabs-cap-bottom cap-bottom'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n</div>\n")
    w("<div class='main-outer'>\n<div class='main-cap-top cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left main-fauxborder-left'>\n<div class='fauxborder-right main-fauxborder-right'></div>\n<div class='region-inner main-inner'>\n<div class='columns fauxcolumns'>\n")
    for side in ("center", "left", "right"):
        w("<div class='fauxcolumn-outer fauxcolumn-%s-outer'>\n" % side + CAPS + "</div>\n")
    w("<!-- corrects IE6 width calculation -->\n<div class='columns-inner'>\n<div class='column-center-outer'>\n<div class='column-center-inner'>\n")
    w("<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>\n<div class='blog-posts hfeed'>\n\n          <div class=\"date-outer\">\n        \n")
    w("<h2 class='date-header'><span>%s</span></h2>\n\n          <div class=\"date-posts\">\n        \n" % meta["DATE"])
    w("<div class='post-outer'>\n<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n")
    w("<meta content='%s/w640-h384/panipat-1761.jpg' itemprop='image_url'/>\n<meta content='%s' itemprop='blogId'/>\n<meta content='%s' itemprop='postId'/>\n<a name='%s'></a>\n" % (IMG_URL, BLOG_ID, POST_ID, POST_ID))
    w("<h3 class='post-title entry-title' itemprop='name'>\n%s\n</h3>\n" % ncr(title))
    w("<div class='post-header'>\n<div class='post-header-line-1'></div>\n</div>\n")
    w("<div class='post-body entry-content' id='post-body-%s' itemprop='description articleBody'>\n" % POST_ID)
    w(body_html(lines) + "\n<div style='clear: both;'></div>\n</div>\n")
    share = "".join(
        "<a class='goog-inline-block share-button sb-%s' href='https://www.blogger.com/share-post.g?blogID=%s&postID=%s&target=%s' %starget='_blank' title='%s'><span class='share-button-link-text'>%s</span></a>" % (
            cls, BLOG_ID, POST_ID, tgt, onclick, label, label)
        for cls, tgt, label, onclick in (
            ("email", "email", "Email This", ""),
            ("blog", "blog", "BlogThis!", "onclick='window.open(this.href, \"_blank\", \"height=270,width=475\"); return false;' "),
            ("twitter", "twitter", "Share to X", ""),
            ("facebook", "facebook", "Share to Facebook", "onclick='window.open(this.href, \"_blank\", \"height=430,width=640\"); return false;' "),
            ("pinterest", "pinterest", "Share to Pinterest", "")))
    w("<div class='post-footer'>\n<div class='post-footer-line post-footer-line-1'>\n<span class='post-author vcard'>\nPosted by\n<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>\n<meta content='https://www.blogger.com/profile/%s' itemprop='url'/>\n<a class='g-profile' href='https://www.blogger.com/profile/%s' rel='author' title='author profile'>\n<span itemprop='name'>%s</span>\n</a>\n</span>\n</span>\n" % (AUTHOR_ID, AUTHOR_ID, AUTHOR))
    w("<span class='post-timestamp'>\nat\n<meta content='%s' itemprop='url'/>\n<a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='%s'>%s</abbr></a>\n</span>\n" % (POST_URL, POST_URL, iso, clock))
    w("<span class='post-comment-link'>\n</span>\n<span class='post-icons'>\n<span class='item-action'>\n<a href='https://www.blogger.com/email-post/%s/%s' title='Email Post'>\n<img alt='' class='icon-action' height='13' src='https://resources.blogblog.com/img/icon18_email.gif' width='18'/>\n</a>\n</span>\n<span class='item-control blog-admin pid-1468802266'>\n<a href='https://www.blogger.com/post-edit.g?blogID=%s&postID=%s&from=pencil' title='Edit Post'>\n<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>\n</a>\n</span>\n</span>\n" % (BLOG_ID, POST_ID, BLOG_ID, POST_ID))
    w("<div class='post-share-buttons goog-inline-block'>\n" + share + "\n</div>\n</div>\n")
    labels = ["Anglo-Maratha Wars", "Marathas", "Modern India", "UPSC GS1"]
    w("<div class='post-footer-line post-footer-line-2'>\n<span class='post-labels'>\nLabels:\n" + ",\n".join(
        "<a href='%s/search/label/%s' rel='tag'>%s</a>" % (BLOG, l.replace(" ", "%20"), l) for l in labels) + "\n</span>\n</div>\n")
    w("<div class='post-footer-line post-footer-line-3'>\n<span class='post-location'>\n</span>\n</div>\n</div>\n</div>\n")
    # comments
    w("<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>%d comments:</h4>\n<div class='comments-content'>\n" % n_comments)
    w("<script async='async' src='' type='text/javascript'></script>\n<script type='text/javascript'>\n    (function() {\n      var items = null;\n      var msgs = null;\n      var config = {};\n\n// <![CDATA[\n      var cursor = null;\n      if (items && items.length > 0) {\n        cursor = parseInt(items[items.length - 1].timestamp) + 1;\n      }\n\n      var bodyFromEntry = function(entry) {\n        var text = (entry &&\n                    ((entry.content && entry.content.$t) ||\n                     (entry.summary && entry.summary.$t))) ||\n            '';\n        if (entry && entry.gd$extendedProperty) {\n          for (var k in entry.gd$extendedProperty) {\n            if (entry.gd$extendedProperty[k].name == 'blogger.contentRemoved') {\n              return '<span class=\"deleted-comment\">' + text + '</span>';\n            }\n          }\n        }\n        return text;\n      }\n\n      var parse = function(data) {\n        cursor = null;\n        var comments = [];\n        if (data && data.feed && data.feed.entry) {\n          for (var i = 0, entry; entry = data.feed.entry[i]; i++) {\n            var comment = {};\n            // comment ID, parsed out of the original id format\n            var id = /blog-(\\d+).post-(\\d+)/.exec(entry.id.$t);\n            comment.id = id ? id[2] : null;\n            comment.body = bodyFromEntry(entry);\n            comment.timestamp = Date.parse(entry.published.$t) + '';\n            comments.push(comment);\n          }\n        }\n        return comments;\n      };\n// ]]>\n    }());\n  </script>\n")
    w("<div id='comment-holder'>\n")
    w('<div class="comment-thread toplevel-thread"><ol id="top-ra">' + "".join(comment_li(c, c["replies"]) for c in comments)
      + '</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="%s"><a target="_self">Load more...</a></div></div>\n' % POST_ID)
    w("</div>\n</div>\n<p class='comment-footer'>\n<div class='comment-form'>\n<a name='comment-form'></a>\n<p>\n</p>\n")
    w("<a href='https://www.blogger.com/comment/frame/%s?po=%s&hl=en-GB&saa=85391&origin=%s&skin=simple' id='comment-editor-src'></a>\n<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe>\n<script src='https://www.blogger.com/static/v1/jsbin/2567313873-comment_from_post_iframe.js' type='text/javascript'></script>\n<script type='text/javascript'>\n      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');\n    </script>\n</div>\n</p>\n</div>\n</div>\n" % (BLOG_ID, POST_ID, BLOG))
    w("        </div></div>\n      \n</div>\n")
    w("<div class='blog-pager' id='blog-pager'>\n<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='%s/2025/08/ranjit-singh-and-sikh-misls.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a>\n</span>\n<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='%s/2025/08/independence-day-special-quit-india.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a>\n</span>\n<a class='home-link' href='%s/'>Home</a>\n</div>\n<div class='clear'></div>\n" % (BLOG, BLOG, BLOG))
    w("<div class='post-feeds'>\n<div class='feed-links'>\nSubscribe to:\n<a class='feed-link' href='%s/feeds/%s/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a>\n</div>\n</div>\n</div></div>\n" % (BLOG, POST_ID))
    w("</div>\n</div>\n<div class='column-left-outer'>\n<div class='column-left-inner'>\n<aside>\n</aside>\n</div>\n</div>\n")
    w("<div class='column-right-outer'>\n<div class='column-right-inner'>\n<aside>\n<div class='sidebar section' id='sidebar-right-1'>")
    # search
    w("<div class='widget BlogSearch' data-version='1' id='BlogSearch1'>\n<h2 class='title'>Search This Blog</h2>\n<div class='widget-content'>\n<div id='BlogSearch1_form'>\n<form action='%s/search' class='gsc-search-box' target='_top'>\n<table cellpadding='0' cellspacing='0' class='gsc-search-box'>\n<tbody>\n<tr>\n<td class='gsc-input'>\n<input autocomplete='off' class='gsc-input' name='q' size='10' title='search' type='text' value=''/>\n</td>\n<td class='gsc-search-button'>\n<input class='gsc-search-button' title='search' type='submit' value='Search'/>\n</td>\n</tr>\n</tbody>\n</table>\n</form>\n</div>\n</div>\n<div class='clear'></div>\n</div>" % BLOG)
    # profile
    w("<div class='widget Profile' data-version='1' id='Profile1'>\n<h2>About Me</h2>\n<div class='widget-content'>\n<a href='https://www.blogger.com/profile/%s'><img alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh3kYt9Qm1pWz7LrC5xVb2NdJ8sUf0oGiE4aHqTn6yRcKw/s80/ketan.jpg' width='80'/></a>\n<dl class='profile-datablock'>\n<dt class='profile-data'>\n<a class='profile-name-link g-profile' href='https://www.blogger.com/profile/%s' rel='author' style='background-image: url(//www.blogger.com/img/logo-16.png);'>\n%s\n</a>\n</dt>\n<dd class='profile-textblock'>Satara boy, history graduate, two-time MPSC prelims survivor.</dd>\n</dl>\n<a class='profile-link' href='https://www.blogger.com/profile/%s' rel='author'>View my complete profile</a>\n<div class='clear'></div>\n</div>\n</div>" % (AUTHOR_ID, AUTHOR_ID, AUTHOR, AUTHOR_ID))
    # popular posts
    w("<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>\n<h2>Popular Posts</h2>\n<div class='widget-content popular-posts'>\n<ul>\n")
    for slug, ym, ptitle, img, snip in POPULAR:
        w("<li>\n<div class='item-content'>\n<div class='item-thumbnail'>\n<a href='%s/%s%s.html' target='_blank'>\n<img alt='' border='0' src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi%s/w72-h72-p-k-no-nu/%s'/>\n</a>\n</div>\n<div class='item-title'><a href='%s/%s%s.html'>%s</a></div>\n<div class='item-snippet'>%s</div>\n</div>\n<div style='clear: both;'></div>\n</li>\n" % (
            BLOG, ym, slug, img.split(".")[0].replace("-", "") + "Q7mZ1xkPq", img, BLOG, ym, slug, ptitle, snip))
    w("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    # labels
    w("<div class='widget Label' data-version='1' id='Label1'>\n<h2>Labels</h2>\n<div class='widget-content list-label-widget-content'>\n<ul>\n")
    for name, n in LABELS:
        w("<li>\n<a dir='ltr' href='%s/search/label/%s'>%s</a>\n<span dir='ltr'>(%d)</span>\n</li>\n" % (BLOG, name.replace(" ", "%20"), name, n))
    w("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    # archive
    w("<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>\n<h2>Blog Archive</h2>\n<div class='widget-content'>\n<div id='ArchiveList'>\n<div id='BlogArchive1_ArchiveList'>\n")

    def arch(entries, depth):
        s = ""
        for name, path, count, kids in entries:
            expanded = kids is not None
            s += "<ul class='hierarchy'>\n<li class='archivedate %s'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy%s'>\n\n        %s&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/%s'>\n%s\n</a>\n<span class='post-count' dir='ltr'>(%d)</span>\n" % (
                "expanded" if expanded else "collapsed", " toggle-open" if expanded else "",
                "&#9660;" if expanded else "&#9658;", BLOG, path, name, count)
            if kids and isinstance(kids[0], tuple) and len(kids[0]) == 4:
                s += arch(kids, depth + 1)
            elif kids:
                s += "<ul class='posts'>\n" + "".join("<li><a href='%s'>%s</a></li>\n" % (u, t) for t, u in kids) + "</ul>\n"
            s += "</li>\n</ul>\n"
        return s

    w(arch(ARCHIVE, 0))
    w("</div>\n</div>\n<div class='clear'></div>\n</div>\n</div>")
    w("<div class='widget ReportAbuse' data-version='1' id='ReportAbuse1'>\n<h3 class='title'>\n<a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>\nReport Abuse\n</a>\n</h3>\n</div></div>\n</aside>\n</div>\n</div>\n</div>\n")
    w("<div style='clear: both'></div>\n<!-- columns -->\n</div>\n<!-- main -->\n</div>\n</div>\n<div class='main-cap-bottom cap-bottom'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n</div>\n")
    w("<footer>\n<div class='footer-outer'>\n<div class='footer-cap-top cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left footer-fauxborder-left'>\n<div class='fauxborder-right footer-fauxborder-right'></div>\n<div class='region-inner footer-inner'>\n<div class='foot no-items section' id='footer-1'></div>\n<table border='0' cellpadding='0' cellspacing='0' class='section-columns columns-2'>\n<tbody>\n<tr>\n<td class='first columns-cell'>\n<div class='foot no-items section' id='footer-2-1'></div>\n</td>\n<td class='columns-cell'>\n<div class='foot no-items section' id='footer-2-2'></div>\n</td>\n</tr>\n</tbody>\n</table>\n<!-- outside of the include in order to lock Attribution widget -->\n")
    w("<div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'>\n<div class='widget-content' style='text-align: center;'>\nSimple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.\n</div>\n<div class='clear'></div>\n</div></div>\n")
    w("</div>\n</div>\n<div class='footer-cap-bottom cap-bottom'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n</div>\n</footer>\n<!-- content -->\n</div>\n</div>\n<div class='content-cap-bottom cap-bottom'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n</div>\n</div>\n")
    w("<script type='text/javascript'>\n    window.setTimeout(function() {\n        document.body.className = document.body.className.replace('loading', '');\n      }, 10);\n  </script>\n\n")
    w('<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2977331264-widgets.js"></script>\n')
    page_title = "%s: %s" % (BLOG_TITLE, title)
    w("<script type='text/javascript'>\nwindow['__wavt'] = '%s';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d%s','//itihaskatta.blogspot.com/2025/08/from-panipat-to-poona-maratha.html','%s');\n" % (WAVT, BLOG_ID, BLOG_ID))
    w("_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '%s', 'title': '%s', 'url': '%s', 'canonicalUrl': '%s', 'homepageUrl': '%s/', 'searchUrl': '%s/search', 'canonicalHomepageUrl': '%s/', 'blogspotFaviconUrl': '%s/favicon.ico', 'bloggerUrl': 'https://www.blogger.com', 'hasCustomDomain': false, 'httpsEnabled': true, 'enabledCommentProfileImages': true, 'gPlusViewType': 'FILTERED_POSTMOD', 'adultContent': false, 'analyticsAccountNumber': '', 'encoding': 'UTF-8', 'locale': 'en-GB', 'localeUnderscoreDelimited': 'en_gb', 'languageDirection': 'ltr', 'isPrivate': false, 'isMobile': false, 'isMobileRequest': false, 'mobileClass': '', 'isPrivateBlog': false, 'isDynamicViewsAvailable': true, 'feedLinks': '\\x3clink rel\\x3d\\x22alternate\\x22 type\\x3d\\x22application/atom+xml\\x22 title\\x3d\\x22%s - Atom\\x22 href\\x3d\\x22%s/feeds/posts/default\\x22 /\\x3e\\n', 'meTag': '', 'adsenseHostId': 'ca-host-pub-1556223355139109', 'adsenseHasAds': false, 'adsenseAutoAds': false, 'boqCommentIframeForm': true, 'loginRedirectParam': '', 'view': '', 'dynamicViewsCommentsSrc': '//www.blogblog.com/dynamicviews/4224c15c4e7c9321/js/comments.js', 'dynamicViewsScriptSrc': '//www.blogblog.com/dynamicviews/2dfa401275732ff9', 'plusOneApiSrc': 'https://apis.google.com/js/platform.js', 'disableGComments': true, 'interstitialAccepted': false, 'sharing': {'platforms': [{'name': 'Get link', 'key': 'link', 'shareMessage': 'Get link', 'target': ''}, {'name': 'Facebook', 'key': 'facebook', 'shareMessage': 'Share to Facebook', 'target': 'facebook'}, {'name': 'BlogThis!', 'key': 'blogThis', 'shareMessage': 'BlogThis!', 'target': 'blog'}, {'name': 'X', 'key': 'twitter', 'shareMessage': 'Share to X', 'target': 'twitter'}, {'name': 'Pinterest', 'key': 'pinterest', 'shareMessage': 'Share to Pinterest', 'target': 'pinterest'}, {'name': 'Email', 'key': 'email', 'shareMessage': 'Email', 'target': 'email'}], 'disableGooglePlus': true, 'googlePlusShareButtonWidth': 0, 'googlePlusBootstrap': '\\x3cscript type\\x3d\\x22text/javascript\\x22\\x3ewindow.___gcfg \\x3d {\\x27lang\\x27: \\x27en_GB\\x27};\\x3c/script\\x3e'}, 'hasCustomJumpLinkMessage': false, 'jumpLinkMessage': 'Read more', 'pageType': 'item', 'postId': '%s', 'postImageThumbnailUrl': '%s/s72-w640-c-h384/panipat-1761.jpg', 'postImageUrl': '%s/w640-h384/panipat-1761.jpg', 'pageName': '%s', 'pageTitle': '%s'}}, " % (
        BLOG_ID, BLOG_TITLE, POST_URL, POST_URL, BLOG, BLOG, BLOG, BLOG, BLOG_TITLE, BLOG, POST_ID, IMG_URL, IMG_URL, js_str(title), js_str(page_title)))
    w("{'name': 'features', 'data': {}}, {'name': 'messages', 'data': {'edit': 'Edit', 'linkCopiedToClipboard': 'Link copied to clipboard', 'ok': 'OK', 'postLink': 'Post link'}}, {'name': 'template', 'data': {'name': 'Simple', 'localizedName': 'Simple', 'isResponsive': false, 'isAlternateRendering': false, 'isCustom': false, 'variant': 'bold', 'variantId': 'bold'}}, {'name': 'view', 'data': {'classic': {'name': 'classic', 'url': '?view\\x3dclassic'}, 'flipcard': {'name': 'flipcard', 'url': '?view\\x3dflipcard'}, 'magazine': {'name': 'magazine', 'url': '?view\\x3dmagazine'}, 'mosaic': {'name': 'mosaic', 'url': '?view\\x3dmosaic'}, 'sidebar': {'name': 'sidebar', 'url': '?view\\x3dsidebar'}, 'snapshot': {'name': 'snapshot', 'url': '?view\\x3dsnapshot'}, 'timeslide': {'name': 'timeslide', 'url': '?view\\x3dtimeslide'}, 'isMobile': false, 'title': '%s', 'description': '%s', 'featuredImage': '%s/w1200-h630-p-k-no-nu/panipat-1761.jpg', 'url': '%s', 'type': 'item', 'isSingleItem': true, 'isMultipleItems': false, 'isError': false, 'isPage': false, 'isPost': true, 'isHomepage': false, 'isArchive': false, 'isLabelSearch': false, 'postId': %s}}]);\n" % (
        js_str(title), js_str(html.unescape(desc)), IMG_URL, POST_URL, POST_ID))
    widgets = [("_NavbarView", "Navbar1", "navbar", "{}"), ("_HeaderView", "Header1", "header", "{}"),
               ("_BlogView", "Blog1", "main", "{'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/1885240214-lbx__en_gb.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/1964470060-lightbox_bundle.css'}"),
               ("_BlogSearchView", "BlogSearch1", "sidebar-right-1", "{}"), ("_ProfileView", "Profile1", "sidebar-right-1", "{}"),
               ("_PopularPostsView", "PopularPosts1", "sidebar-right-1", "{}"), ("_LabelView", "Label1", "sidebar-right-1", "{}"),
               ("_BlogArchiveView", "BlogArchive1", "sidebar-right-1", "{'languageDirection': 'ltr', 'loadingMessage': 'Loading\\x26hellip;'}"),
               ("_ReportAbuseView", "ReportAbuse1", "sidebar-right-1", "{}"), ("_AttributionView", "Attribution1", "footer-3", "{}")]
    for view, wid, section, cfg in widgets:
        w("_WidgetManager._RegisterWidget('%s', new _WidgetInfo('%s', '%s', document.getElementById('%s'), %s, 'displayModeFull'));\n" % (
            view, wid, section, wid, cfg))
    w("</script>\n</body>\n</html>")
    return "".join(o)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
