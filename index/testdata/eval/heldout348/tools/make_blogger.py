#!/usr/bin/python3
"""Re-make docs/agnipath-scheme-notes-blogspot.html from tools/agnipath-scheme-notes-blogspot.txt.

The page is a Blogger post (classic "Simple" theme, layout widgets of data-version 1) as Chrome
writes it with "Save page as... > Webpage, Complete": the DOM after the scripts ran (threaded
comments rendered, body class "loading" gone), a "saved from url" comment, a Content-Type meta
put first in the head, and every fetched resource pointed into the "..._files" folder that Chrome
names after the page title (":" turned into "_"). The folder itself is not part of the set.

Source marks: "@key value" header lines; "## " h2, "### " h3, "- " bullet, "#. " numbered item,
"|a|b" table rows (first row is the header); inline <b>, <u>, <i> are kept as they are; after
"=== comments", "* id | name | date" starts a comment and an indented "  * ..." a reply (a fourth
field "author" marks the blog's owner). Deterministic: no clock, no randomness.
Run: /usr/bin/python3 tools/make_blogger.py [output path]
"""
import datetime
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "agnipath-scheme-notes-blogspot.txt")
OUT = os.path.join(HERE, "..", "docs", "agnipath-scheme-notes-blogspot.html")

BLOG = "https://ritikas-upsc-notebook.blogspot.com"
POST_URL = BLOG + "/2023/06/agnipath-scheme-agniveers-seva-nidhi.html"
BLOG_ID = "4412876650193328847"
POST_ID = "7719203388461592031"
PROFILE = "https://www.blogger.com/profile/09381726450019283746"
BLOG_TITLE = "Ritika's UPSC Notebook"
IMG = ("https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjq3Lr8kVnX0w7mY2cTqJ0o5pZfB1uH"
       "gK9sD4eW6rT2yN8aM3vC5xQ7bL0iF1jU4hE9gR6tY2wS8kP3nA5mD7cV0xZ1qB4")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def read_source():
    meta, body, comments = {}, [], []
    part = "post"
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("@") and part == "post" and not body:
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line == "=== comments":
            part = "comments"
        elif part == "post":
            body.append(line)
        elif line.strip():
            comments.append(line)
    return meta, body, comments


def files_dir(title):
    name = "%s: %s" % (BLOG_TITLE, title)
    for ch in ':/\\*?"<>|':
        name = name.replace(ch, "_")
    return "./" + name + "_files"


def inline(s):
    # the editor keeps text as typed; & is the only character to escape in these notes
    return s.replace("&", "&amp;").replace("\u00a0", "&nbsp;")


def post_body(lines, fdir, image):
    out = []
    i = 0
    first = True
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("### "):
            out.append('<h3 style="text-align: left;">%s</h3>' % inline(line[4:]))
            i += 1
        elif line.startswith("## "):
            out.append('<h2 style="text-align: left;">%s</h2>' % inline(line[3:]))
            i += 1
        elif line.startswith("- ") or line.startswith("#. "):
            tag = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("#. ")):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append('<%s style="text-align: left;">%s</%s>' % (
                tag, "".join("<li>%s</li>" % inline(t) for t in items), tag))
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i][1:].split("|"))
                i += 1
            t = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; '
                 'width: 100%;"><tbody>']
            for r, cells in enumerate(rows):
                tds = []
                for c in cells:
                    c = inline(c)
                    if r == 0:
                        c = "<b>%s</b>" % c
                    elif r == len(rows) - 1 and c:
                        c = "<b>%s</b>" % c
                    tds.append('<td style="text-align: center;"><span style="font-size: small;">%s</span></td>'
                               % c if c else "<td><br></td>")
                t.append("<tr>%s</tr>" % "".join(tds))
            t.append("</tbody></table>")
            out.append("".join(t))
        else:
            p = inline(line)
            out.append('<p style="text-align: justify;">%s</p>' % p)
            i += 1
            if first:
                first = False
                out.append(
                    '<div class="separator" style="clear: both; text-align: center;"><a href="%s/s1600/%s" '
                    'style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="720" '
                    'data-original-width="1280" height="360" src="%s/%s" width="640"></a></div>'
                    % (IMG, image, attr(fdir), image))
    # the new editor leaves an empty paragraph where the cursor last stood
    out.append('<p style="text-align: justify;"><br></p>')
    return "\n".join(out)


def parse_comments(lines):
    top = []
    for line in lines:
        if line.startswith("* ") or line.startswith("  * "):
            reply = line.startswith("  ")
            fields = [x.strip() for x in line.strip()[2:].split("|")]
            c = {"id": fields[0], "name": fields[1], "date": fields[2],
                 "author": len(fields) > 3 and fields[3] == "author", "text": "", "replies": []}
            if reply:
                top[-1]["replies"].append(c)
            else:
                top.append(c)
        else:
            target = top[-1]["replies"][-1] if top[-1]["replies"] else top[-1]
            target["text"] = line.strip()
    return top


def epoch_ms(date):
    d = datetime.datetime.strptime(date, "%d %B %Y at %H:%M").replace(tzinfo=IST)
    return int(d.timestamp()) * 1000


def comment_html(c, fdir):
    if c["name"] == "Anonymous":
        user = '<cite class="user">Anonymous</cite><span class="icon user "></span>'
        avatar = '<img src="%s/blank.gif" alt="">' % attr(fdir)
    else:
        pid = PROFILE if c["author"] else "https://www.blogger.com/profile/%s" % (
            "1" + c["id"][:19])
        cls = "icon user blog-author" if c["author"] else "icon user "
        user = '<cite class="user"><a href="%s" rel="nofollow">%s</a></cite><span class="%s"></span>' % (
            pid, esc(c["name"]), cls)
        avatar = '<img src="%s/%s" alt="">' % (
            attr(fdir), "photo.jpg" if c["author"] else "blank.gif")
    h = ['<li class="comment" id="c%s"><div class="avatar-image-container">%s</div>' % (c["id"], avatar),
         '<div class="comment-block"><div class="comment-header">%s<span class="datetime secondary-text">'
         '<a rel="nofollow" href="%s?showComment=%d#c%s">%s</a></span></div>'
         % (user, POST_URL, epoch_ms(c["date"]), c["id"], c["date"]),
         '<p class="comment-content">%s</p>' % esc(c["text"]),
         '<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" '
         'data-comment-id="%s">Reply</a><span class="item-control blog-admin blog-admin pid-1650128755">'
         '<a target="_self" href="https://www.blogger.com/comment/delete/%s/%s">Delete</a></span></span></div>'
         % (c["id"], BLOG_ID, c["id"])]
    if c.get("toplevel") and c["replies"]:
        h.append('<div class="comment-replies"><div id="c%s-rt" class="comment-thread inline-thread">'
                 '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                 '<span class="thread-count"><a target="_self">Replies</a></span></span>'
                 '<ol id="c%s-ra" class="thread-chrome thread-expanded"><div>' % (c["id"], c["id"]))
        for r in c["replies"]:
            h.append(comment_html(r, fdir))
        h.append('</div><div id="c%s-continue" class="continue"><a class="comment-reply" target="_self" '
                 'data-comment-id="%s">Reply</a></div></ol></div></div>' % (c["id"], c["id"]))
    if c.get("toplevel"):
        h.append('<div class="comment-replybox-single" id="c%s-ce"></div>' % c["id"])
    h.append("</li>")
    return "".join(h)


STYLE = """<style id="page-skin-1" type="text/css"><!--
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
*/
/* Content
----------------------------------------------- */
body {
font: normal normal 13px 'Trebuchet MS', Trebuchet, Verdana, sans-serif;
color: #222222;
background: #f3f3f3 none repeat scroll top left;
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
color: #2288bb;
}
a:visited {
text-decoration:none;
color: #888888;
}
a:hover {
text-decoration:underline;
color: #33aaff;
}
.body-fauxcolumn-outer .fauxcolumn-inner {
background: transparent none repeat scroll top left;
_background-image: none;
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
background: #66bbdd none repeat-x scroll 0 -400px;
_background-image: none;
}
.Header h1 {
font: normal normal 60px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
color: #ffffff;
text-shadow: -1px -1px 1px rgba(0, 0, 0, .2);
}
.Header .description {
font-size: 140%;
color: #ffffff;
}
/* Tabs
----------------------------------------------- */
.tabs-inner .section:first-child ul {
margin-top: -1px;
border-top: 1px solid #eeeeee;
border-left: 0 solid #eeeeee;
border-right: 0 solid #eeeeee;
}
.tabs-inner .widget ul {
background: #f5f5f5 url(https://resources.blogblog.com/blogblog/data/1kt/simple/gradients_light.png) repeat-x scroll 0 -800px;
_background-image: none;
border-bottom: 1px solid #eeeeee;
margin-top: 0;
margin-left: -30px;
margin-right: -30px;
}
/* Columns
----------------------------------------------- */
.main-outer {
border-top: 1px solid #eeeeee;
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
font: normal bold 11px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
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
background-color: #bbbbbb;
color: #ffffff;
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
font: normal normal 22px 'Trebuchet MS',Trebuchet,Verdana,sans-serif;
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
background-image: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAAAXNSR0IArs4c6QAAAAZiS0dEAP8A/wD/oL2nkwAAAAlwSFlzAAALEgAACxIB0t1+/AAAAAd0SU1FB9sLFwMnJ4LH2AAAAc1JREFUOMu9lL9LAlEcwN8dTwLcmhaTlpqOhsJNQZOiSf8Fm4TIoCFqaW5o6i8oaJKiqSEbpEEaA4ZdICgq0IbolJpZBU3T6hb7vZzdcZ0ZVL6CXO+9z/f73vf9Phf5ej14xrpPcJ3Ar0pyyTjzFXpPP/W9fzvZ+PIvr7K0AAAAAElFTkSuQmCC);
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
.post-body table td { padding: 4px 6px; }
--></style>
<style id="template-skin-1" type="text/css"><!--
body {
min-width: 1000px;
}
.content-outer, .content-fauxcolumn-outer, .region-inner {
min-width: 1000px;
max-width: 1000px;
_width: 1000px;
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
--></style>"""

POPULAR = [
    ("2023/05/capf-vs-armed-forces-ministry-wise.html", "CAPFs and Central Police Organisations \u2013 who controls what",
     "The seven CAPFs come under the Ministry of Home Affairs, while the Assam Rifles has a dual control structure\u2026"),
    ("2023/02/theatre-commands-cds-upsc.html", "Theatre Commands and the Chief of Defence Staff (CDS)",
     "The post of CDS was created on 1 January 2020 on the recommendation of the Kargil Review Committee\u2026"),
]

LABELS = [("Agnipath", 2), ("Budget 2023", 4), ("Defence", 9), ("Economy", 14), ("Environment", 11),
          ("GS Paper 2", 17), ("GS Paper 3", 26), ("Internal Security", 8), ("Polity", 12),
          ("Prelims 2024", 21), ("Schemes", 15)]

ARCHIVE_2023 = [("December", 2), ("November", 1), ("October", 3), ("September", 2), ("August", 1),
                ("July", 2)]
JUNE_POSTS = [
    ("2023/06/agnipath-scheme-agniveers-seva-nidhi.html", None),
    ("2023/06/g20-india-presidency-notes.html", "G20: India's presidency, the New Delhi summit and key outcomes"),
]


def sidebar(fdir, title):
    w = []
    w.append('<div class="widget BlogSearch" data-version="1" id="BlogSearch1">\n<h2 class="title">Search This Blog</h2>\n'
             '<div class="widget-content">\n<div id="BlogSearch1_form">\n<form action="%s/search" class="gsc-search-box" '
             'target="_top">\n<table cellpadding="0" cellspacing="0" class="gsc-search-box">\n<tbody>\n<tr>\n'
             '<td class="gsc-input">\n<input autocomplete="off" class="gsc-input" name="q" size="10" title="search" '
             'type="text" value="">\n</td>\n<td class="gsc-search-button">\n<input class="gsc-search-button" '
             'title="search" type="submit" value="Search">\n</td>\n</tr>\n</tbody>\n</table>\n</form>\n</div>\n</div>\n'
             '<div class="clear"></div>\n</div>' % BLOG)
    w.append('<div class="widget Profile" data-version="1" id="Profile1">\n<h2>About Me</h2>\n<div class="widget-content">\n'
             '<a href="%s"><img alt="My photo" class="profile-img" height="80" src="%s/photo.jpg" width="80"></a>\n'
             '<dl class="profile-datablock">\n<dt class="profile-data">\n<a class="profile-name-link g-profile" href="%s" '
             'rel="author" style="background-image: url(&quot;%s/logo-16.png&quot;);">\nRitika Sharma\n</a>\n</dt>\n'
             '<dd class="profile-textblock">Second attempt, Sociology optional. I write what I revise.</dd>\n</dl>\n<a class="profile-link" href="%s" rel="author">'
             'View my complete profile</a>\n<div class="clear"></div>\n</div>\n</div>'
             % (PROFILE, attr(fdir), PROFILE, attr(fdir), PROFILE))
    items = []
    for href, t, snip in POPULAR:
        items.append('<li>\n<div class="item-content">\n<div class="item-title"><a href="%s/%s">%s</a></div>\n'
                     '</div>\n<div style="clear: both;"></div>\n</li>' % (BLOG, href, esc(t)))
    w.append('<div class="widget PopularPosts" data-version="1" id="PopularPosts1">\n<h2>Popular Posts</h2>\n'
             '<div class="widget-content popular-posts">\n<ul>\n%s\n</ul>\n<div class="clear"></div>\n</div>\n</div>'
             % "\n".join(items))
    lab = "\n".join('<li>\n<a dir="ltr" href="%s/search/label/%s">%s</a>\n<span dir="ltr">(%d)</span>\n</li>'
                    % (BLOG, n.replace(" ", "%20"), esc(n), c) for n, c in LABELS)
    w.append('<div class="widget Label" data-version="1" id="Label1">\n<h2>Labels</h2>\n'
             '<div class="widget-content list-label-widget-content">\n<ul>\n%s\n</ul>\n<div class="clear"></div>\n'
             '</div>\n</div>' % lab)
    months = []
    for m, c in ARCHIVE_2023:
        num = datetime.datetime.strptime(m, "%B").month
        months.append('<li class="archivedate collapsed">\n<a class="toggle" href="javascript:void(0)">\n'
                      '<span class="zippy">\n\n        \u25ba&nbsp;\n      \n</span>\n</a>\n'
                      '<a class="post-count-link" href="%s/2023/%02d/">\n%s\n</a>\n<span class="post-count" '
                      'dir="ltr">(%d)</span>\n</li>' % (BLOG, num, m, c))
    june = "\n".join('<li><a href="%s/%s">%s</a></li>' % (BLOG, h, esc(t or title)) for h, t in JUNE_POSTS)
    months.append('<li class="archivedate expanded">\n<a class="toggle" href="javascript:void(0)">\n'
                  '<span class="zippy toggle-open">\n\n        \u25bc&nbsp;\n      \n</span>\n</a>\n'
                  '<a class="post-count-link" href="%s/2023/06/">\nJune\n</a>\n<span class="post-count" dir="ltr">'
                  '(2)</span>\n<ul class="posts">\n%s\n</ul>\n</li>' % (BLOG, june))
    for m, c in (("May", 3), ("April", 2), ("March", 1), ("February", 1)):
        num = datetime.datetime.strptime(m, "%B").month
        months.append('<li class="archivedate collapsed">\n<a class="toggle" href="javascript:void(0)">\n'
                      '<span class="zippy">\n\n        \u25ba&nbsp;\n      \n</span>\n</a>\n'
                      '<a class="post-count-link" href="%s/2023/%02d/">\n%s\n</a>\n<span class="post-count" '
                      'dir="ltr">(%d)</span>\n</li>' % (BLOG, num, m, c))
    years = ('<ul class="hierarchy">\n<li class="archivedate collapsed">\n<a class="toggle" href="javascript:void(0)">\n'
             '<span class="zippy">\n\n        \u25ba&nbsp;\n      \n</span>\n</a>\n<a class="post-count-link" '
             'href="%s/2024/">\n2024\n</a>\n<span class="post-count" dir="ltr">(7)</span>\n</li>\n</ul>\n'
             '<ul class="hierarchy">\n<li class="archivedate expanded">\n<a class="toggle" href="javascript:void(0)">\n'
             '<span class="zippy toggle-open">\n\n        \u25bc&nbsp;\n      \n</span>\n</a>\n<a class="post-count-link" '
             'href="%s/2023/">\n2023\n</a>\n<span class="post-count" dir="ltr">(20)</span>\n<ul class="hierarchy">\n%s\n'
             '</ul>\n</li>\n</ul>\n<ul class="hierarchy">\n<li class="archivedate collapsed">\n<a class="toggle" '
             'href="javascript:void(0)">\n<span class="zippy">\n\n        \u25ba&nbsp;\n      \n</span>\n</a>\n'
             '<a class="post-count-link" href="%s/2022/">\n2022\n</a>\n<span class="post-count" dir="ltr">(9)</span>\n'
             '</li>\n</ul>' % (BLOG, BLOG, "\n".join(
                 '<ul class="hierarchy">\n%s\n</ul>' % m for m in months), BLOG))
    w.append('<div class="widget BlogArchive" data-version="1" id="BlogArchive1">\n<h2>Blog Archive</h2>\n'
             '<div class="widget-content">\n<div id="ArchiveList">\n<div id="BlogArchive1_ArchiveList">\n%s\n'
             '</div>\n</div>\n<div class="clear"></div>\n</div>\n</div>' % years)
    w.append('<div class="widget ReportAbuse" data-version="1" id="ReportAbuse1">\n<h3 class="title">\n'
             '<a class="report_abuse" href="https://www.blogger.com/go/report-abuse" rel="noopener nofollow" '
             'target="_blank">\nReport Abuse\n</a>\n</h3>\n</div>')
    return "".join(w)


def main(out_path):
    meta, body, clines = read_source()
    title = meta["title"]
    fdir = files_dir(title)
    pub = datetime.datetime.fromisoformat(meta["published"])
    comments = parse_comments(clines)
    for c in comments:
        c["toplevel"] = True
    n_comments = sum(1 + len(c["replies"]) for c in comments)
    desc = ("Today (14 June) the Agnipath scheme completes one year, so here are my consolidated notes on it. "
            "The topic is important for GS Paper III (Internal Security \u2013 security ...")
    fa = attr(fdir)
    H = []
    H.append("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(POST_URL), POST_URL))
    H.append('<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" '
             'xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" '
             'xmlns:expr="http://www.google.com/2005/gml/expr"><head><meta http-equiv="Content-Type" '
             'content="text/html; charset=UTF-8"><script type="text/javascript" async="" '
             'src="%s/cse.js"></script>\n' % fa)
    H.append('<link href="%s/3566091532-css_bundle_v2.css" rel="stylesheet" type="text/css">\n'
             '<meta content="width=1100" name="viewport">\n<meta content="blogger" name="generator">\n'
             '<link href="%s/favicon.ico" rel="icon" type="image/x-icon">\n<link href="%s" rel="canonical">\n'
             '<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/feeds/posts/default">\n'
             '<link rel="alternate" type="application/rss+xml" title="%s - RSS" href="%s/feeds/posts/default?alt=rss">\n'
             '<link rel="service.post" type="application/atom+xml" title="%s - Atom" '
             'href="https://www.blogger.com/feeds/%s/posts/default">\n\n'
             '<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/feeds/%s/comments/default">\n'
             '<!--Can\'t find substitution for tag [blog.ieCssRetrofitLinks]-->\n'
             '<link href="%s/s320/%s" rel="image_src">\n'
             '<meta content="%s" property="og:url">\n<meta content="%s" property="og:title">\n'
             '<meta content="%s" property="og:description">\n'
             '<meta content="%s/w1200-h630-p-k-no-nu/%s" property="og:image">\n'
             '<title>%s: %s</title>\n'
             % (fa, BLOG, POST_URL, attr(BLOG_TITLE), BLOG, attr(BLOG_TITLE), BLOG, attr(BLOG_TITLE), BLOG_ID,
                attr(BLOG_TITLE), BLOG, POST_ID, IMG, meta["image"], POST_URL, attr(title), attr(desc), IMG,
                meta["image"], esc(BLOG_TITLE), esc(title)))
    H.append(STYLE + "\n")
    H.append('<script type="text/javascript">\n        (function() {\n          var po = document.createElement(\'script\');\n'
             '          po.type = \'text/javascript\'; po.async = true;\n'
             '          po.src = \'//www.blogger.com/static/v1/jsbin/1851806581-lbx__en_gb.js\';\n'
             '          var s = document.getElementsByTagName(\'script\')[0];\n'
             '          s.parentNode.insertBefore(po, s);\n        })();\n      </script>\n'
             '<link type="text/css" rel="stylesheet" href="%s/3645611184-widget_css_bundle.css">\n'
             '<link rel="stylesheet" type="text/css" href="%s/1964470060-lbx.css"></head>\n' % (fa, fa))
    H.append('<body class="variant-simplysimple">\n')
    H.append('<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" '
             'id="Navbar1"><script type="text/javascript">\n    function setAttributeOnload(object, attribute, val) {\n'
             '      if(window.addEventListener) {\n        window.addEventListener(\'load\',\n'
             '          function(){ object[attribute] = val; }, false);\n      } else {\n'
             '        window.attachEvent(\'onload\', function(){ object[attribute] = val; });\n      }\n    }\n'
             '  </script>\n<div id="navbar-iframe-container"><iframe src="%s/navbar.html" height="30px" width="100%%" '
             'marginwidth="0" marginheight="0" scrolling="no" id="navbar-iframe" class="blogger-iframe-colorize '
             'blogger-navbar-from-post" frameborder="0" allowtransparency="true" title="Blogger Navigation and '
             'Search"></iframe><div></div></div></div></div>\n' % fa)
    H.append('<div class="body-fauxcolumns">\n<div class="fauxcolumn-outer body-fauxcolumn-outer">\n'
             '<div class="cap-top">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n</div>\n'
             '<div class="fauxborder-left">\n<div class="fauxborder-right"></div>\n<div class="fauxcolumn-inner">\n'
             '</div>\n</div>\n<div class="cap-bottom">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n'
             '</div>\n</div>\n</div>\n<div class="content">\n<div class="content-fauxcolumns">\n'
             '<div class="fauxcolumn-outer content-fauxcolumn-outer">\n<div class="cap-top">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n<div class="fauxborder-left">\n<div class="fauxborder-right"></div>\n'
             '<div class="fauxcolumn-inner">\n</div>\n</div>\n<div class="cap-bottom">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n</div>\n</div>\n<div class="content-outer">\n'
             '<div class="content-cap-top cap-top">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n</div>\n'
             '<div class="fauxborder-left content-fauxborder-left">\n<div class="fauxborder-right content-fauxborder-right"></div>\n'
             '<div class="content-inner">\n<header>\n<div class="header-outer">\n<div class="header-cap-top cap-top">\n'
             '<div class="cap-left"></div>\n<div class="cap-right"></div>\n</div>\n<div class="fauxborder-left header-fauxborder-left">\n'
             '<div class="fauxborder-right header-fauxborder-right"></div>\n<div class="region-inner header-inner">\n'
             '<div class="header section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1">\n'
             '<div id="header-inner">\n<div class="titlewrapper">\n<h1 class="title">\n<a href="%s/">%s</a>\n</h1>\n</div>\n'
             '<div class="descriptionwrapper">\n<p class="description"><span>Notes, current affairs and answer writing '
             'practice \u2013 from one aspirant to another.</span></p>\n</div>\n</div>\n</div></div>\n</div>\n</div>\n'
             '<div class="header-cap-bottom cap-bottom">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n'
             '</div>\n</div>\n</header>\n' % (BLOG, esc(BLOG_TITLE)))
    tabs = [("Home", BLOG + "/"), ("GS 1", BLOG + "/p/gs-1.html"), ("GS 2", BLOG + "/p/gs-2.html"),
            ("GS 3", BLOG + "/p/gs-3.html"), ("Current Affairs", BLOG + "/search/label/Current%20Affairs"),
            ("Answer Writing", BLOG + "/p/answer-writing.html")]
    H.append('<div class="tabs-outer">\n<div class="tabs-cap-top cap-top">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n<div class="fauxborder-left tabs-fauxborder-left">\n'
             '<div class="fauxborder-right tabs-fauxborder-right"></div>\n<div class="region-inner tabs-inner">\n'
             '<div class="tabs section" id="crosscol" name="Cross-column"><div class="widget PageList" data-version="1" '
             'id="PageList1">\n<div class="widget-content">\n<ul>\n%s\n</ul>\n<div class="clear"></div>\n</div>\n'
             '</div></div>\n<div class="tabs no-items section" id="crosscol-overflow" name="Cross-column 2"></div>\n'
             '</div>\n</div>\n<div class="tabs-cap-bottom cap-bottom">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n</div>\n'
             % "\n".join('<li><a href="%s">%s</a></li>' % (h, t) for t, h in tabs))
    date_header = pub.strftime("%A, ") + str(pub.day) + pub.strftime(" %B %Y")
    H.append('<div class="main-outer">\n<div class="main-cap-top cap-top">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n<div class="fauxborder-left main-fauxborder-left">\n'
             '<div class="fauxborder-right main-fauxborder-right"></div>\n<div class="region-inner main-inner">\n'
             '<div class="columns fauxcolumns">\n<div class="fauxcolumn-outer fauxcolumn-center-outer">\n'
             '<div class="cap-top">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n</div>\n'
             '<div class="fauxborder-left">\n<div class="fauxborder-right"></div>\n<div class="fauxcolumn-inner">\n'
             '</div>\n</div>\n<div class="cap-bottom">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n'
             '</div>\n</div>\n<div class="columns-inner">\n<div class="column-center-outer">\n'
             '<div class="column-center-inner">\n<div class="main section" id="main" name="Main">'
             '<div class="widget Blog" data-version="1" id="Blog1">\n<div class="blog-posts hfeed">\n\n'
             '          <div class="date-outer">\n        \n<h2 class="date-header"><span>%s</span></h2>\n\n'
             '          <div class="date-posts">\n        \n<div class="post-outer">\n'
             '<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" '
             'itemtype="http://schema.org/BlogPosting">\n<meta content="%s/s640/%s" itemprop="image_url">\n'
             '<meta content="%s" itemprop="blogId">\n<meta content="%s" itemprop="postId">\n<a name="%s"></a>\n'
             '<h3 class="post-title entry-title" itemprop="name">\n%s\n</h3>\n<div class="post-header">\n'
             '<div class="post-header-line-1"></div>\n</div>\n'
             '<div class="post-body entry-content" id="post-body-%s" itemprop="description articleBody">\n'
             % (date_header, IMG, meta["image"], BLOG_ID, POST_ID, POST_ID, esc(title), POST_ID))
    H.append(post_body(body, fdir, meta["image"]))
    H.append('\n<div style="clear: both;"></div>\n</div>\n')
    stamp = pub.strftime("%I:%M").lstrip("0") + pub.strftime(" %p").lower()
    share = []
    for target, label, cls in (("email", "Email This", "sb-email"), ("blog", "BlogThis!", "sb-blog"),
                               ("twitter", "Share to X", "sb-twitter"), ("facebook", "Share to Facebook",
                                                                        "sb-facebook"),
                               ("pinterest", "Share to Pinterest", "sb-pinterest")):
        share.append('<a class="goog-inline-block share-button %s" href="https://www.blogger.com/share-post.g?'
                     'blogID=%s&amp;postID=%s&amp;target=%s" target="_blank" title="%s"><span '
                     'class="share-button-link-text">%s</span></a>' % (cls, BLOG_ID, POST_ID, target, label, label))
    labels = [x.strip() for x in meta["labels"].split(",")]
    H.append('<div class="post-footer">\n<div class="post-footer-line post-footer-line-1">\n'
             '<span class="post-author vcard">\nPosted by\n<span class="fn" itemprop="author" itemscope="itemscope" '
             'itemtype="http://schema.org/Person">\n<meta content="%s" itemprop="url">\n<a class="g-profile" href="%s" '
             'rel="author" title="author profile">\n<span itemprop="name">Ritika Sharma</span>\n</a>\n</span>\n</span>\n'
             '<span class="post-timestamp">\nat\n<meta content="%s" itemprop="url">\n<a class="timestamp-link" '
             'href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" '
             'title="%s">%s</abbr></a>\n</span>\n<span class="post-comment-link">\n</span>\n<span class="post-icons">\n'
             '<span class="item-action">\n<a href="https://www.blogger.com/email-post/%s/%s" title="Email Post">\n'
             '<img alt="" class="icon-action" height="13" src="%s/icon18_email.gif" width="18">\n</a>\n</span>\n'
             '<span class="item-control blog-admin pid-1650128755">\n<a href="https://www.blogger.com/post-edit.g?'
             'blogID=%s&amp;postID=%s&amp;from=pencil" title="Edit Post">\n<img alt="" class="icon-action" height="18" '
             'src="%s/icon18_edit_allbkg.gif" width="18">\n</a>\n</span>\n</span>\n'
             '<div class="post-share-buttons goog-inline-block">\n%s\n</div>\n</div>\n'
             '<div class="post-footer-line post-footer-line-2">\n<span class="post-labels">\nLabels:\n%s\n</span>\n</div>\n'
             '<div class="post-footer-line post-footer-line-3">\n<span class="post-location">\n</span>\n</div>\n</div>\n'
             '</div>\n'
             % (PROFILE, PROFILE, POST_URL, POST_URL, meta["published"].replace("+05:30", ".000+05:30"), stamp,
                BLOG_ID, POST_ID, fa, BLOG_ID, POST_ID, fa, "\n".join(share),
                ",\n".join('<a href="%s/search/label/%s" rel="tag">%s</a>' % (BLOG, l.replace(" ", "%20"), esc(l))
                           for l in labels)))
    thread = "".join(comment_html(c, fdir) for c in comments)
    H.append('<div class="comments" id="comments">\n<a name="comments"></a>\n<h4>%d comments:</h4>\n'
             '<div class="comments-content">\n<script async="async" src="" type="text/javascript"></script>\n'
             '<script type="text/javascript">\n    (function() {\n      var items = null;\n      var msgs = null;\n'
             '      var config = {};\n\n// <![CDATA[\n      var cursor = null;\n      if (items && items.length > 0) {\n'
             '        cursor = parseInt(items[items.length - 1].timestamp) + 1;\n      }\n\n'
             '      var bodyFromEntry = function(entry) {\n        var text = (entry &&\n'
             '                    ((entry.content && entry.content.$t) ||\n'
             '                     (entry.summary && entry.summary.$t))) ||\n            \'\';\n'
             '        if (entry && entry.gd$extendedProperty) {\n'
             '          for (var k in entry.gd$extendedProperty) {\n'
             '            if (entry.gd$extendedProperty[k].name == \'blogger.contentRemoved\') {\n'
             '              return \'<span class="deleted-comment">\' + text + \'</span>\';\n            }\n'
             '          }\n        }\n        return text;\n      }\n// ]]>\n    })();\n  </script>\n'
             '<div id="comment-holder">\n<div class="comment-thread toplevel-thread"><ol id="top-ra">%s</ol>'
             '<div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div>'
             '<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="%s">'
             '<a target="_self">Load more...</a></div></div>\n</div>\n</div>\n'
             '<p class="comment-footer">\n</p><div class="comment-form">\n<a name="comment-form"></a>\n<p>\n</p>\n'
             '<a href="https://www.blogger.com/comment/frame/%s?po=%s&amp;hl=en-GB&amp;saa=85391&amp;origin=%s" '
             'id="comment-editor-src"></a>\n<iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize '
             'blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" '
             'src="%s/comment-iframe.html" width="100%%" style="height: 148px;"></iframe>\n'
             '<script src="%s/3258681271-comment_from_post_iframe.js" type="text/javascript"></script>\n'
             '<script type="text/javascript">\n      BLOG_CMT_createIframe(\'https://www.blogger.com/rpc_relay.html\');\n'
             '    </script>\n</div>\n<p></p>\n<div id="backlinks-container">\n<div id="Blog1_backlinks-container">\n'
             '</div>\n</div>\n</div>\n</div>\n\n        </div></div>\n      \n\n</div>\n'
             % (n_comments, thread, POST_ID, BLOG_ID, POST_ID, BLOG, fa, fa))
    H.append('<div class="blog-pager" id="blog-pager">\n<span id="blog-pager-newer-link">\n'
             '<a class="blog-pager-newer-link" href="%s/2023/06/g20-india-presidency-notes.html" '
             'id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a>\n</span>\n'
             '<span id="blog-pager-older-link">\n<a class="blog-pager-older-link" '
             'href="%s/2023/05/capf-vs-armed-forces-ministry-wise.html" id="Blog1_blog-pager-older-link" '
             'title="Older Post">Older Post</a>\n</span>\n<a class="home-link" href="%s/">Home</a>\n</div>\n'
             '<div class="clear"></div>\n<div class="post-feeds">\n<div class="feed-links">\nSubscribe to:\n'
             '<a class="feed-link" href="%s/feeds/%s/comments/default" target="_blank" type="application/atom+xml">'
             'Post Comments (Atom)</a>\n</div>\n</div>\n</div></div>\n</div>\n</div>\n'
             % (BLOG, BLOG, BLOG, BLOG, POST_ID))
    H.append('<div class="column-left-outer">\n<div class="column-left-inner">\n<aside>\n</aside>\n</div>\n</div>\n'
             '<div class="column-right-outer">\n<div class="column-right-inner">\n<aside>\n'
             '<div class="sidebar section" id="sidebar-right-1">%s</div>\n</aside>\n</div>\n</div>\n</div>\n'
             '<div style="clear: both"></div>\n<!-- columns -->\n</div>\n<!-- main -->\n</div>\n</div>\n'
             '<div class="main-cap-bottom cap-bottom">\n<div class="cap-left"></div>\n<div class="cap-right"></div>\n'
             '</div>\n</div>\n' % sidebar(fdir, title))
    H.append('<footer>\n<div class="footer-outer">\n<div class="footer-cap-top cap-top">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n<div class="fauxborder-left footer-fauxborder-left">\n'
             '<div class="fauxborder-right footer-fauxborder-right"></div>\n<div class="region-inner footer-inner">\n'
             '<div class="foot no-items section" id="footer-1"></div>\n<!-- outside of the include in order to lock '
             'Attribution widget -->\n<div class="foot section" id="footer-3" name="Footer"><div class="widget '
             'Attribution" data-version="1" id="Attribution1">\n<div class="widget-content" style="text-align: center;">\n'
             'Simple theme. Powered by <a href="https://www.blogger.com/" target="_blank">Blogger</a>.\n</div>\n'
             '<div class="clear"></div>\n</div></div>\n</div>\n</div>\n<div class="footer-cap-bottom cap-bottom">\n'
             '<div class="cap-left"></div>\n<div class="cap-right"></div>\n</div>\n</div>\n</footer>\n'
             '<!-- content -->\n</div>\n</div>\n<div class="content-cap-bottom cap-bottom">\n<div class="cap-left"></div>\n'
             '<div class="cap-right"></div>\n</div>\n</div>\n</div>\n')
    H.append('<script type="text/javascript">\n    window.setTimeout(function() {\n'
             '        document.body.className = document.body.className.replace(\'loading\', \'\');\n'
             '      }, 10);\n  </script>\n\n'
             '<script type="text/javascript" src="%s/2389187549-widgets.js"></script>\n'
             '<script type="text/javascript">\nwindow[\'__wavt\'] = \'AOuZoY7qN3x9kTz0cR2vB5mW8hL1pJ4s6dF0gH3jK7lZ:%d\';'
             '_WidgetManager._Init(\'//www.blogger.com/rearrange?blogID\\x3d%s\',\'//ritikas-upsc-notebook.blogspot.com/'
             '2023/06/agnipath-scheme-agniveers-seva-nidhi.html\',\'%s\');\n'
             '_WidgetManager._SetDataContext([{\'name\': \'blog\', \'data\': {\'blogId\': \'%s\', \'title\': '
             '\'Ritika\\x27s UPSC Notebook\', \'url\': \'%s\', \'canonicalUrl\': \'%s\', \'homepageUrl\': \'%s/\', '
             '\'searchUrl\': \'%s/search\', \'pageType\': \'item\', \'postId\': \'%s\', \'locale\': \'en-GB\', '
             '\'localeUnderscoreDelimited\': \'en_gb\', \'languageDirection\': \'ltr\', \'isPrivate\': false, '
             '\'isMobile\': false, \'isMobileRequest\': false, \'mobileClass\': \'\', \'isPrivateBlog\': false, '
             '\'isDynamicViewsAvailable\': true, \'feedLinks\': \'\', \'meTag\': \'\', \'adultContent\': false, '
             '\'analyticsAccountNumber\': \'\', \'encoding\': \'UTF-8\', \'view\': \'\'}}]);\n'
             '_WidgetManager._RegisterWidget(\'_NavbarView\', new _WidgetInfo(\'Navbar1\', \'navbar\', '
             'document.getElementById(\'Navbar1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_HeaderView\', new _WidgetInfo(\'Header1\', \'header\', '
             'document.getElementById(\'Header1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_PageListView\', new _WidgetInfo(\'PageList1\', \'crosscol\', '
             'document.getElementById(\'PageList1\'), {\'title\': \'\', \'links\': [], \'mobile\': false, '
             '\'showPlaceholder\': true, \'hasCurrentPage\': true}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_BlogView\', new _WidgetInfo(\'Blog1\', \'main\', '
             'document.getElementById(\'Blog1\'), {\'cmtInteractionsEnabled\': false, \'lightboxEnabled\': true, '
             '\'lightboxModuleUrl\': \'https://www.blogger.com/static/v1/jsbin/1851806581-lbx__en_gb.js\', '
             '\'lightboxCssUrl\': \'https://www.blogger.com/static/v1/v-css/1964470060-lightbox_bundle.css\'}, '
             '\'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_BlogSearchView\', new _WidgetInfo(\'BlogSearch1\', '
             '\'sidebar-right-1\', document.getElementById(\'BlogSearch1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_ProfileView\', new _WidgetInfo(\'Profile1\', \'sidebar-right-1\', '
             'document.getElementById(\'Profile1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_PopularPostsView\', new _WidgetInfo(\'PopularPosts1\', '
             '\'sidebar-right-1\', document.getElementById(\'PopularPosts1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_LabelView\', new _WidgetInfo(\'Label1\', \'sidebar-right-1\', '
             'document.getElementById(\'Label1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_BlogArchiveView\', new _WidgetInfo(\'BlogArchive1\', '
             '\'sidebar-right-1\', document.getElementById(\'BlogArchive1\'), {\'languageDirection\': \'ltr\', '
             '\'loadingMessage\': \'Loading\\x26hellip;\'}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_ReportAbuseView\', new _WidgetInfo(\'ReportAbuse1\', '
             '\'sidebar-right-1\', document.getElementById(\'ReportAbuse1\'), {}, \'displayModeFull\'));\n'
             '_WidgetManager._RegisterWidget(\'_AttributionView\', new _WidgetInfo(\'Attribution1\', \'footer-3\', '
             'document.getElementById(\'Attribution1\'), {}, \'displayModeFull\'));\n</script>\n'
             '<div class="CSS_LIGHTBOX" style="display: none;"><div class="CSS_LIGHTBOX_BG_MASK"></div>'
             '<div class="CSS_LIGHTBOX_BTN_CLOSE"></div><div class="CSS_LIGHTBOX_SCALED_IMAGE">'
             '<img class="CSS_LIGHTBOX_SCALED_IMAGE_IMG"></div><div class="CSS_LIGHTBOX_ATTRIBUTION_INFO">'
             '<div class="CSS_LIGHTBOX_ATTRIBUTION_INFO_NAME"></div><div class="CSS_LIGHTBOX_ATTRIBUTION_INFO_TITLE">'
             '</div></div></div>\n</body></html>'
             % (fa, 1722185791, BLOG_ID, BLOG_ID, BLOG_ID, BLOG, POST_URL, BLOG, BLOG, POST_ID))
    data = "".join(H).encode("utf-8")
    with open(out_path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
