#!/usr/bin/python3
"""Make docs/ai-summits-india-blogspot.html from tools/ai-summits-india-blogspot.txt.

The page is a Blogger post page as the server sends it and as Chrome keeps it with "Save
page as... > Webpage, HTML only" (no "saved from url" comment, absolute URLs left as they
were). The blog uses the classic "Awesome Inc." layout theme (layouts v2: the faux-column
and cap wrappers, the Navbar widget with its iframe loader, a Header widget with the blog
title as h1, a PageList of tabs) and the post was written in Blogger's old compose editor:
the post body is one dir="ltr" div whose lines are separated by <br /> tags, with headings
typed as <b><span style="font-size: large;">...</span></b> instead of h tags, typed "•"
bullets and "1." numbers, a captioned image in a tr-caption-container table, and coloured
spans. Around it: the date header, post title h3, post footer (author, timestamp, edit
icon, share buttons, labels), the threaded comments markup with replies, the comment-form
iframe, the blog pager and "Subscribe to: Post Comments (Atom)", and the right sidebar
(About Me, Follow by Email, Popular Posts, Labels with counts, Blog Archive tree with
&#9660;/&#9658; zippies, Report Abuse), the Attribution footer and the _WidgetManager
scripts.

Source markup: "@key value" header lines, then "@body" and the body lines ("## " heading,
"@img file|caption", a blank line is an empty line); "@comment id|name|profile|when|" and
"@reply id|name|profile|when|author" each followed by one line of comment text.

Run from anywhere: /usr/bin/python3 tools/make_blogger.py
"""
import calendar
import datetime
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ai-summits-india-blogspot.txt")
OUT = os.path.join(HERE, "..", "docs", "ai-summits-india-blogspot.html")

BLOG = "https://scitechsimplified-upsc.blogspot.com"
BLOG_ID = "5190377218864472210"
BLOG_TITLE = "Sci-Tech Simplified for UPSC"
PROFILE = "https://www.blogger.com/profile/17490236655132240987"
IMG = ("https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjQ7pX2kLr9mT4vWb8sNcYh"
       "Fq1dG3eKuZa6oPiR0xJ5nBt-yMwVs7lHgCf2UjDkE9Qr4AzXo8Lp1Ni6Sv3TbWm5YeK")


def parse():
    meta, body, comments = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    mode = "meta"
    for line in lines:
        if line == "@body":
            mode = "body"
            continue
        m = re.match(r"@(comment|reply) (.*)", line)
        if m:
            cid, name, prof, when, flag = m.group(2).split("|")
            comments.append({"kind": m.group(1), "id": cid, "name": name, "profile": prof,
                             "when": when, "author": flag == "author", "text": None})
            mode = "comment"
            continue
        if mode == "meta":
            mm = re.match(r"@(\w+) (.*)", line)
            if mm:
                meta[mm.group(1)] = mm.group(2)
        elif mode == "body":
            body.append(line)
        elif mode == "comment" and line.strip():
            comments[-1]["text"] = line
    while body and not body[-1].strip():
        body.pop()
    return meta, body, comments


def post_url(meta):
    d = datetime.date(2025, 11, 23)
    return "%s/%04d/%02d/%s.html" % (BLOG, d.year, d.month, meta["slug"])


def body_html(body):
    out = ['<div dir="ltr" style="text-align: left;" trbidi="on">']
    out.append('<span style="font-family: verdana, sans-serif;">')
    for line in body:
        if line.startswith("## "):
            out.append('<b><span style="font-size: large;">%s</span></b><br />'
                       % html.escape(line[3:], quote=False).replace("&amp;amp;", "&amp;"))
        elif line.startswith("@img "):
            fn, capt = line[5:].split("|")
            out.append(
                '</span><table align="center" cellpadding="0" cellspacing="0" '
                'class="tr-caption-container" style="margin-left: auto; margin-right: auto;">'
                '<tbody><tr><td style="text-align: center;"><a href="%s/s1600/%s" '
                'style="margin-left: auto; margin-right: auto;"><img border="0" '
                'data-original-height="720" data-original-width="1280" height="225" '
                'src="%s/w400-h225/%s" width="400" /></a></td></tr><tr><td '
                'class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table>'
                '<span style="font-family: verdana, sans-serif;">' % (IMG, fn, IMG, fn, capt))
        elif not line.strip():
            out.append("<br />")
        else:
            out.append(line + "<br />")
    out.append("</span></div>")
    return "\n".join(out)


def comment_ts(when):
    d = datetime.datetime.strptime(when, "%d %B %Y at %H:%M") - datetime.timedelta(
        hours=5, minutes=30)
    return calendar.timegm(d.timetuple()) * 1000


def comment_li(c, url, reply_box=True):
    avatar = ('<img src="//resources.blogblog.com/img/blank.gif" alt=""/>'
              if not c["profile"] else
              '<img src="//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi%s/s35/avatar.jpg"'
              ' width="35" height="35" alt=""/>' % c["id"][:9])
    who = ('<cite class="user">%s</cite>' % c["name"] if not c["profile"] else
           '<cite class="user%s"><a href="%s" rel="nofollow">%s</a></cite>'
           % (" blog-author" if c["author"] else "", c["profile"], c["name"]))
    s = ('<li class="comment" id="c%s"><div class="avatar-image-container">%s</div>'
         '<div class="comment-block"><div class="comment-header">%s<span class="icon user%s">'
         '</span><span class="datetime secondary-text"><a rel="nofollow" '
         'href="%s?showComment=%d#c%s">%s</a></span></div><p class="comment-content">%s</p>'
         '<span class="comment-actions secondary-text">'
         % (c["id"], avatar, who, " blog-author" if c["author"] else " ", url,
            comment_ts(c["when"]), c["id"], c["when"], html.escape(c["text"], quote=False)))
    if c["kind"] == "comment":
        s += ('<a class="comment-reply" target="_self" data-comment-id="%s">Reply</a>'
              % c["id"])
    s += ('<span class="item-control blog-admin blog-admin pid-1874602255"><a target="_self" '
          'href="https://www.blogger.com/comment/delete/%s/%s">Delete</a></span></span></div>'
          % (BLOG_ID, c["id"]))
    return s


def comments_html(comments, url):
    threads = []
    for c in comments:
        if c["kind"] == "comment":
            threads.append([c, []])
        else:
            threads[-1][1].append(c)
    parts = ['<div class="comment-thread toplevel-thread"><ol id="top-ra">']
    for top, replies in threads:
        s = comment_li(top, url)
        s += '<div class="comment-replies">'
        if replies:
            s += ('<div id="c%s-rt" class="comment-thread inline-thread"><span class="thread-'
                  'toggle thread-expanded"><span class="thread-arrow"></span><span class="'
                  'thread-count"><a target="_self">Replies</a></span></span><ol id="c%s-ra" '
                  'class="thread-chrome thread-expanded"><div>' % (top["id"], top["id"]))
            for r in replies:
                s += (comment_li(r, url) + '<div class="comment-replies"></div><div class="'
                      'comment-replybox-single" id="c%s-ce"></div></li>' % r["id"])
            s += ('</div><div id="c%s-continue" class="continue"><a class="comment-reply" '
                  'target="_self" data-comment-id="%s">Reply</a></div></ol></div>'
                  % (top["id"], top["id"]))
        s += ('</div><div class="comment-replybox-single" id="c%s-ce"></div></li>'
              % top["id"])
        parts.append(s)
    parts.append('</ol><div id="top-continue" class="continue"><a class="comment-reply" '
                 'target="_self">Add comment</a></div><div class="comment-replybox-thread" '
                 'id="top-ce"></div><div class="loadmore hidden" data-post-id="%s"><a '
                 'target="_self">Load more...</a></div></div>' % "{postid}")
    return "".join(parts)


SKIN = """/*
-----------------------------------------------
Blogger Template Style
Name:     Awesome Inc.
Designer: Tina Chen
URL:      tinachen.org
----------------------------------------------- */
/* Variable definitions
   ====================
   <Variable name="keycolor" description="Main Color" type="color" default="#ffffff"/>
   <Group description="Page" selector="body">
     <Variable name="body.font" description="Font" type="font"
         default="normal normal 13px Arial, Tahoma, Helvetica, FreeSans, sans-serif"/>
     <Variable name="body.background.color" description="Background Color" type="color" default="#000000"/>
     <Variable name="body.text.color" description="Text Color" type="color" default="#ffffff"/>
   </Group>
   <Group description="Links" selector=".main-inner">
     <Variable name="link.color" description="Link Color" type="color" default="#888888"/>
     <Variable name="link.visited.color" description="Visited Color" type="color" default="#444444"/>
     <Variable name="link.hover.color" description="Hover Color" type="color" default="#cccccc"/>
   </Group>
   <Variable name="body.background" description="Body Background" type="background"
       color="#eeeeee" default="$(color) none repeat scroll top left"/>
   <Variable name="content.margin" description="Content Margin Top" type="length" default="20px" min="0" max="100px"/>
   <Variable name="content.padding" description="Content Padding" type="length" default="0" min="0" max="100px"/>
*/

/* Content
----------------------------------------------- */
body {
  font: normal normal 13px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  color: #333333;
  background: #eeeeee none repeat scroll top left;
}
html body .content-outer {
  min-width: 0;
  max-width: 100%;
  width: 100%;
}
a:link {
  text-decoration: none;
  color: #3778cd;
}
a:visited {
  text-decoration: none;
  color: #4d469c;
}
a:hover {
  text-decoration: underline;
  color: #3778cd;
}
.body-fauxcolumn-outer .cap-top {
  position: absolute;
  z-index: 1;
  height: 276px;
  width: 100%;
  background: transparent none repeat-x scroll top left;
  _background-image: none;
}

/* Columns
----------------------------------------------- */
.content-inner {
  padding: 0;
}
.header-inner .section {
  margin: 0 16px;
}
.tabs-inner .section {
  margin: 0 16px;
}
.main-inner {
  padding-top: 30px;
}
.main-inner .column-center-inner,
.main-inner .column-left-inner,
.main-inner .column-right-inner {
  padding: 0 5px;
}

/* Header
----------------------------------------------- */
.header-outer {
  margin: 0 0 0 0;
  background: #1f3f6e none repeat scroll 0 0;
}
.Header h1 {
  font: normal bold 40px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  color: #ffffff;
  text-shadow: 0 0 -1px #000000;
}
.Header h1 a {
  color: #ffffff;
}
.Header .description {
  font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  color: #dddddd;
}

/* Tabs
----------------------------------------------- */
.tabs-inner .widget ul {
  background: #ffffff none repeat-x scroll 0 0;
  border-bottom: 1px solid #eeeeee;
}
.tabs-inner .widget li a {
  display: inline-block;
  padding: .6em 1em;
  font: normal bold 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  color: #444444;
}

/* Widgets
----------------------------------------------- */
.main-inner .column-left-inner .section,
.main-inner .column-right-inner .section {
  padding: 15px;
  background: #ffffff none repeat scroll top left;
  border: 1px solid #eeeeee;
  border-radius: 0;
}
.widget h2 {
  margin: 0 0 .5em;
  font: normal bold 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  color: #444444;
}

/* Posts
----------------------------------------------- */
h2.date-header {
  font: normal bold 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
}
.date-header span {
  background-color: transparent;
  color: #666666;
  padding: inherit;
  letter-spacing: inherit;
  margin: inherit;
}
.main-inner .column-center-inner .section {
  margin: 0 16px;
}
.post-outer {
  background-color: #ffffff;
  border: solid 1px #eeeeee;
  border-radius: 0;
  box-shadow: 0 0 0 rgba(0, 0, 0, .15);
  padding: 15px 20px;
  margin: 0 0 20px;
}
h3.post-title, .comments h4 {
  font: normal bold 22px Arial, Tahoma, Helvetica, FreeSans, sans-serif;
  margin: .75em 0 0;
}
.post-body {
  font-size: 110%;
  line-height: 1.4;
  position: relative;
}
.post-footer {
  margin: 20px -2px 0;
  color: #666666;
  line-height: 1.6;
}
.comments .comment-header {
  margin-bottom: .5em;
}
.blog-pager {
  background: transparent none no-repeat scroll top center;
}

/* Footer
----------------------------------------------- */
.footer-outer {
  color: #333333;
  background: #ffffff none repeat scroll top left;
}
.footer-inner {
  padding: 30px 0;
}
"""

TEMPLATE_SKIN = """body {
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
"""

CAPS = """<div class='cap-top'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>"""


def cap(kind):
    return ("<div class='%s-cap-%s cap-%s'>\n<div class='cap-left'></div>\n"
            "<div class='cap-right'></div>\n</div>" % (kind[0], kind[1], kind[1]))


def sidebar(meta, url):
    popular = [
        ("2025/11/indiaai-mission-seven-pillars.html",
         "IndiaAI Mission: Seven Pillars, GPUs and Sovereign LLMs (Prelims + Mains)",
         "The IndiaAI Mission was approved by the Union Cabinet in March 2024. In this post we "
         "cover its seven pillars, the GPU tenders and the startups picked to build..."),
        ("2025/10/deepfakes-it-rules-2025.html",
         "Deepfakes and the Draft IT Rules 2025: Labelling of Synthetic Content",
         "MeitY has proposed that AI-generated images and videos carry a visible label. "
         "What the draft says, who has to comply and the criticism so far..."),
        ("2025/08/dpdp-act-2023-one-page.html",
         "DPDP Act 2023 in One Page (with Flowchart)",
         "Data fiduciary, data principal, consent manager, Data Protection Board - all the "
         "terms of the Digital Personal Data Protection Act on one page..."),
    ]
    labels = [("AI", 14), ("Biotechnology", 9), ("Current Affairs 2025", 27), ("Defence Tech", 6),
              ("GS2 International Relations", 11), ("GS3 Science and Tech", 52),
              ("Mains answer writing", 8), ("PYQ", 10), ("Space", 12)]
    nov = [("india-and-global-governance-of-ai-gpai.html",
            "India and the Global Governance of AI: From GPAI..."),
           ("indiaai-mission-seven-pillars.html",
            "IndiaAI Mission: Seven Pillars, GPUs and Sovereign..."),
           ("gaganyaan-g1-uncrewed-mission-update.html",
            "Gaganyaan G1 Uncrewed Mission: Where Things Stand"),
           ("antimicrobial-resistance-national-action.html",
            "Antimicrobial Resistance: NAP-AMR 2.0 Explained")]
    months = [("October", 10, 5), ("September", 9, 4), ("August", 8, 6), ("July", 7, 3),
              ("June", 6, 4), ("May", 5, 3), ("April", 4, 2), ("March", 3, 4),
              ("February", 2, 3), ("January", 1, 3)]
    s = []
    s.append("<div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' "
             "data-version='1' id='Profile1'>\n<h2>About Me</h2>\n<div class='widget-content'>\n"
             "<a href='%s'><img alt='My photo' class='profile-img' height='80' src='//blogger."
             "googleusercontent.com/img/b/R29vZ2xl/AVvXsEgT5mJ0aVn8r3XkQ2pW/s80/ankit.jpg' "
             "width='80'/></a>\n<dl class='profile-datablock'>\n<dt class='profile-data'>\n"
             "<a class='profile-name-link g-profile' href='%s' rel='author' style='background-"
             "image: url(//www.blogger.com/img/logo-16.png);'>\nAnkit Verma\n</a>\n</dt>\n"
             "<dd class='profile-textblock'>Two UPSC interviews, one rank-list miss. I write "
             "simple GS3 notes so you don't have to read 40-page PDFs.</dd>\n</dl>\n"
             "<a class='profile-link' href='%s' rel='author'>View my complete profile</a>\n"
             "<div class='clear'></div>\n</div>\n</div>" % (PROFILE, PROFILE, PROFILE))
    s.append("<div class='widget FollowByEmail' data-version='1' id='FollowByEmail1'>\n"
             "<h2 class='title'>Follow by Email</h2>\n<div class='widget-content'>\n"
             "<div class='follow-by-email-inner'>\n<form action='https://feedburner.google.com"
             "/fb/a/mailverify?uri=SciTechSimplifiedUpsc' method='post' onsubmit='window.open("
             "\"https://feedburner.google.com/fb/a/mailverify?uri=SciTechSimplifiedUpsc\", "
             "\"popupwindow\", \"scrollbars=yes,width=550,height=520\"); return true' "
             "target='popupwindow'>\n<table width='100%'>\n<tr>\n<td>\n<input class='follow-"
             "by-email-address' name='email' placeholder='Email address...' type='text'/>\n"
             "</td>\n<td width='64px'>\n<input class='follow-by-email-submit' type='submit' "
             "value='Submit'/>\n</td>\n</tr>\n</table>\n<input name='uri' type='hidden' "
             "value='SciTechSimplifiedUpsc'/>\n<input name='loc' type='hidden' value='en_US'/>"
             "\n</form>\n</div>\n</div>\n<span class='item-control blog-admin'></span>\n</div>")
    pp = ["<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>\n"
          "<h2>Popular Posts</h2>\n<div class='widget-content popular-posts'>\n<ul>"]
    for href, t, snip in popular:
        pp.append("<li>\n<div class='item-content'>\n<div class='item-title'><a href='%s/%s'>"
                  "%s</a></div>\n<div class='item-snippet'>%s</div>\n</div>\n<div style='"
                  "clear: both;'></div>\n</li>" % (BLOG, href, t, snip))
    pp.append("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    s.append("\n".join(pp))
    lb = ["<div class='widget Label' data-version='1' id='Label1'>\n<h2>Labels</h2>\n"
          "<div class='widget-content list-label-widget-content'>\n<ul>"]
    for name, n in labels:
        lb.append("<li>\n<a dir='ltr' href='%s/search/label/%s'>%s</a>\n<span dir='ltr'>(%d)"
                  "</span>\n</li>" % (BLOG, name.replace(" ", "%20"), name, n))
    lb.append("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    s.append("\n".join(lb))
    ar = ["<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>\n"
          "<h2>Blog Archive</h2>\n<div class='widget-content'>\n<div id='ArchiveList'>\n"
          "<div id='BlogArchive1_ArchiveList'>"]
    zip_open = ("<a class='toggle' href='javascript:void(0)'>\n<span class='zippy toggle-"
                "open'>\n\n        &#9660;&#160;\n      \n</span>\n</a>")
    zip_shut = ("<a class='toggle' href='javascript:void(0)'>\n<span class='zippy'>\n\n"
                "        &#9658;&#160;\n      \n</span>\n</a>")
    ar.append("<ul class='hierarchy'>\n<li class='archivedate expanded'>\n%s\n<a class='post-"
              "count-link' href='%s/2025/'>\n2025\n</a>\n<span class='post-count' dir='ltr'>"
              "(41)</span>" % (zip_open, BLOG))
    ar.append("<ul class='hierarchy'>\n<li class='archivedate expanded'>\n%s\n<a class='post-"
              "count-link' href='%s/2025/11/'>\nNovember\n</a>\n<span class='post-count' "
              "dir='ltr'>(4)</span>\n<ul class='posts'>" % (zip_open, BLOG))
    for href, t in nov:
        ar.append("<li><a href='%s/2025/11/%s'>%s</a></li>" % (BLOG, href, t))
    ar.append("</ul>\n</li>\n</ul>")
    for name, m, n in months:
        ar.append("<ul class='hierarchy'>\n<li class='archivedate collapsed'>\n%s\n<a class='"
                  "post-count-link' href='%s/2025/%02d/'>\n%s\n</a>\n<span class='post-count' "
                  "dir='ltr'>(%d)</span>\n</li>\n</ul>" % (zip_shut, BLOG, m, name, n))
    ar.append("</li>\n</ul>")
    for y, n in (("2024", 63), ("2023", 48)):
        ar.append("<ul class='hierarchy'>\n<li class='archivedate collapsed'>\n%s\n<a class='"
                  "post-count-link' href='%s/%s/'>\n%s\n</a>\n<span class='post-count' dir='"
                  "ltr'>(%d)</span>\n</li>\n</ul>" % (zip_shut, BLOG, y, y, n))
    ar.append("</div>\n</div>\n<div class='clear'></div>\n</div>\n</div>")
    s.append("\n".join(ar))
    s.append("<div class='widget ReportAbuse' data-version='1' id='ReportAbuse1'>\n<h3 class='"
             "title'>\n<a class='report_abuse' href='https://www.blogger.com/go/report-abuse' "
             "rel='noopener nofollow' target='_blank'>\nReport Abuse\n</a>\n</h3>\n</div></div>")
    return "".join(s)


def page(meta, body, comments):
    url = post_url(meta)
    pid = meta["postid"]
    first = re.sub(r"<[^>]+>", "", body[0])
    desc = html.escape(first[:150].rsplit(" ", 1)[0] + "...", quote=True)
    title_e = html.escape(meta["title"], quote=True)
    n_comments = len(comments)
    labels = [l.strip() for l in meta["labels"].split(",")]
    share = "".join(
        "<a class='goog-inline-block share-button sb-%s' href='https://www.blogger.com/share-"
        "post.g?blogID=%s&amp;postID=%s&amp;target=%s'%s target='_blank' title='%s'><span "
        "class='share-button-link-text'>%s</span></a>"
        % (cls, BLOG_ID, pid, tgt, extra, t, t)
        for cls, tgt, t, extra in (
            ("email", "email", "Email This", ""),
            ("blog", "blog", "BlogThis!",
             " onclick='window.open(this.href, \"_blank\", \"height=270,width=475\"); "
             "return false;'"),
            ("twitter", "twitter", "Share to X", ""),
            ("facebook", "facebook", "Share to Facebook",
             " onclick='window.open(this.href, \"_blank\", \"height=430,width=640\"); "
             "return false;'"),
            ("pinterest", "pinterest", "Share to Pinterest", "")))
    label_links = ",\n".join("<a href='%s/search/label/%s' rel='tag'>%s</a>"
                             % (BLOG, l.replace(" ", "%20"), l) for l in labels)
    tabs = "".join("<li%s><a href='%s'>%s</a></li>" % (cls, href, t) for cls, href, t in (
        (" class='selected'", BLOG + "/", "Home"),
        ("", BLOG + "/p/gs3-notes-index.html", "GS3 Notes Index"),
        ("", BLOG + "/search/label/Current%20Affairs%202025", "Current Affairs"),
        ("", BLOG + "/p/pyq-science-tech.html", "PYQs"),
        ("", BLOG + "/p/about.html", "About")))
    L = []
    L.append("<!DOCTYPE html>")
    L.append("<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' "
             "xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005"
             "/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>")
    L.append("<head>")
    L.append("<link href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2."
             "css' rel='stylesheet' type='text/css'/>")
    L.append("<meta content='width=1100' name='viewport'/>")
    L.append("<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>")
    L.append("<meta content='blogger' name='generator'/>")
    L.append("<link href='%s/favicon.ico' rel='icon' type='image/x-icon'/>" % BLOG)
    L.append("<link href='%s' rel='canonical'/>" % url)
    L.append('<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/'
             'feeds/posts/default" />' % (BLOG_TITLE, BLOG))
    L.append('<link rel="alternate" type="application/rss+xml" title="%s - RSS" href="%s/feeds/'
             'posts/default?alt=rss" />' % (BLOG_TITLE, BLOG))
    L.append('<link rel="service.post" type="application/atom+xml" title="%s - Atom" href="'
             'https://www.blogger.com/feeds/%s/posts/default" />' % (BLOG_TITLE, BLOG_ID))
    L.append("")
    L.append('<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="%s/'
             'feeds/%s/comments/default" />' % (BLOG_TITLE, BLOG, pid))
    L.append("<!--Can't find substitution for tag [blog.ieCssRetrofitLinks]-->")
    L.append("<link href='%s/s1600/ai-summit-bharat-mandapam.jpg' rel='image_src'/>" % IMG)
    L.append("<meta content='%s' name='description'/>" % desc)
    L.append("<meta content='%s' property='og:url'/>" % url)
    L.append("<meta content='%s' property='og:title'/>" % title_e)
    L.append("<meta content='%s' property='og:description'/>" % desc)
    L.append("<meta content='%s/w1200-h630-p-k-no-nu/ai-summit-bharat-mandapam.jpg' property="
             "'og:image'/>" % IMG)
    L.append("<title>%s: %s</title>" % (BLOG_TITLE, html.escape(meta["title"], quote=False)))
    L.append("<style id='page-skin-1' type='text/css'><!--")
    L.append(SKIN + "--></style>")
    L.append("<style id='template-skin-1' type='text/css'><!--")
    L.append(TEMPLATE_SKIN + "--></style>")
    L.append("<script type='text/javascript'>")
    L.append("        (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||"
             "function(){")
    L.append("        (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement"
             "(o),")
    L.append("        m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore"
             "(a,m)")
    L.append("        })(window,document,'script','https://www.google-analytics.com/analytics.js',"
             "'ga');")
    L.append("        ga('create', 'UA-118420967-1', 'auto', 'blogger');")
    L.append("        ga('blogger.send', 'pageview');")
    L.append("      </script>")
    L.append("<link href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%s&amp;"
             "zx=8c2f47d1-93b4-4c1e-a2c5-6f0e7b9d31aa' media='none' onload='if(media!=&#39;all"
             "&#39;)media=&#39;all&#39;' rel='stylesheet'/><noscript><link href='https://www."
             "blogger.com/dyn-css/authorization.css?targetBlogID=%s&amp;zx=8c2f47d1-93b4-4c1e-"
             "a2c5-6f0e7b9d31aa' rel='stylesheet'/></noscript>" % (BLOG_ID, BLOG_ID))
    L.append("<meta name='google-adsense-platform-account' content='ca-host-pub-1556223355139109'/>")
    L.append("<meta name='google-adsense-platform-domain' content='blogspot.com'/>")
    L.append("")
    L.append("</head>")
    L.append("<body class='loading variant-light'>")
    L.append("<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' "
             "data-version='1' id='Navbar1'><script type=\"text/javascript\">")
    L.append("    function setAttributeOnload(object, attribute, val) {")
    L.append("      if(window.addEventListener) {")
    L.append("        window.addEventListener('load',")
    L.append("          function(){ object[attribute] = val; }, false);")
    L.append("      } else {")
    L.append("        window.attachEvent('onload', function(){ object[attribute] = val; });")
    L.append("      }")
    L.append("    }")
    L.append("  </script>")
    L.append('<div id="navbar-iframe-container"></div>')
    L.append('<script type="text/javascript" src="https://apis.google.com/js/platform.js">'
             '</script>')
    L.append('<script type="text/javascript">')
    L.append('      gapi.load("gapi.iframes:gapi.iframes.style.bubble", function() {')
    L.append("        if (gapi.iframes && gapi.iframes.getContext) {")
    L.append("          gapi.iframes.getContext().openChild({")
    L.append("              url: 'https://www.blogger.com/navbar/%s?po\\x3d%s\\x26origin\\x3d"
             "%s\\x26blogspotRpcToken\\x3d4913707',"
             % (BLOG_ID, pid, BLOG))
    L.append('              where: document.getElementById("navbar-iframe-container"),')
    L.append('              id: "navbar-iframe",')
    L.append('              messageHandlersFilter: gapi.iframes.CROSS_ORIGIN_IFRAMES_FILTER,')
    L.append("              messageHandlers: {")
    L.append("                'blogger-ping': function() {}")
    L.append("              }")
    L.append("          });")
    L.append("        }")
    L.append("      });")
    L.append('    </script><script type="text/javascript">')
    L.append("(function() {")
    L.append("var script = document.createElement('script');")
    L.append("script.type = 'text/javascript';")
    L.append("script.src = '//pagead2.googlesyndication.com/pagead/js/google_top_exp.js';")
    L.append("var head = document.getElementsByTagName('head')[0];")
    L.append("if (head) {")
    L.append("head.appendChild(script);")
    L.append("}})();")
    L.append("</script>")
    L.append("</div></div>")
    L.append("<div class='body-fauxcolumns'>")
    L.append("<div class='fauxcolumn-outer body-fauxcolumn-outer'>")
    L.append(CAPS)
    L.append("<div class='fauxborder-left'>")
    L.append("<div class='fauxborder-right'></div>")
    L.append("<div class='fauxcolumn-inner'>")
    L.append("</div>")
    L.append("</div>")
    L.append(CAPS.replace("cap-top", "cap-bottom"))
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='content'>")
    L.append("<div class='content-fauxcolumns'>")
    L.append("<div class='fauxcolumn-outer content-fauxcolumn-outer'>")
    L.append(CAPS)
    L.append("<div class='fauxborder-left'>")
    L.append("<div class='fauxborder-right'></div>")
    L.append("<div class='fauxcolumn-inner'>")
    L.append("</div>")
    L.append("</div>")
    L.append(CAPS.replace("cap-top", "cap-bottom"))
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='content-outer'>")
    L.append(cap(("content", "top")))
    L.append("<div class='fauxborder-left content-fauxborder-left'>")
    L.append("<div class='fauxborder-right content-fauxborder-right'></div>")
    L.append("<div class='content-inner'>")
    L.append("<header>")
    L.append("<div class='header-outer'>")
    L.append(cap(("header", "top")))
    L.append("<div class='fauxborder-left header-fauxborder-left'>")
    L.append("<div class='fauxborder-right header-fauxborder-right'></div>")
    L.append("<div class='region-inner header-inner'>")
    L.append("<div class='header section' id='header' name='Header'><div class='widget Header' "
             "data-version='1' id='Header1'>")
    L.append("<div id='header-inner'>")
    L.append("<div class='titlewrapper'>")
    L.append("<h1 class='title'>")
    L.append("<a href='%s/'>" % BLOG)
    L.append(BLOG_TITLE)
    L.append("</a>")
    L.append("</h1>")
    L.append("</div>")
    L.append("<div class='descriptionwrapper'>")
    L.append("<p class='description'><span>GS3 Science &amp; Technology made simple: notes, "
             "current affairs and PYQs for UPSC CSE</span></p>")
    L.append("</div>")
    L.append("</div>")
    L.append("</div></div>")
    L.append("</div>")
    L.append("</div>")
    L.append(cap(("header", "bottom")))
    L.append("</div>")
    L.append("</header>")
    L.append("<div class='tabs-outer'>")
    L.append(cap(("tabs", "top")))
    L.append("<div class='fauxborder-left tabs-fauxborder-left'>")
    L.append("<div class='fauxborder-right tabs-fauxborder-right'></div>")
    L.append("<div class='region-inner tabs-inner'>")
    L.append("<div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget "
             "PageList' data-version='1' id='PageList1'>")
    L.append("<h2>Pages</h2>")
    L.append("<div class='widget-content'>")
    L.append("<ul>")
    L.append(tabs)
    L.append("</ul>")
    L.append("<div class='clear'></div>")
    L.append("</div>")
    L.append("</div></div>")
    L.append("<div class='tabs no-items section' id='crosscol-overflow' name='Cross-Column 2'>"
             "</div>")
    L.append("</div>")
    L.append("</div>")
    L.append(cap(("tabs", "bottom")))
    L.append("</div>")
    L.append("<div class='main-outer'>")
    L.append(cap(("main", "top")))
    L.append("<div class='fauxborder-left main-fauxborder-left'>")
    L.append("<div class='fauxborder-right main-fauxborder-right'></div>")
    L.append("<div class='region-inner main-inner'>")
    L.append("<div class='columns fauxcolumns'>")
    for col in ("center", "left", "right"):
        L.append("<div class='fauxcolumn-outer fauxcolumn-%s-outer'>" % col)
        L.append(CAPS)
        L.append("<div class='fauxborder-left'>")
        L.append("<div class='fauxborder-right'></div>")
        L.append("<div class='fauxcolumn-inner'>")
        L.append("</div>")
        L.append("</div>")
        L.append(CAPS.replace("cap-top", "cap-bottom"))
        L.append("</div>")
    L.append("<!-- corrects IE6 width calculation -->")
    L.append("<div class='columns-inner'>")
    L.append("<div class='column-center-outer'>")
    L.append("<div class='column-center-inner'>")
    L.append("<div class='main section' id='main' name='Main'><div class='widget Blog' "
             "data-version='1' id='Blog1'>")
    L.append("<div class='blog-posts hfeed'>")
    L.append("")
    L.append('          <div class="date-outer">')
    L.append("        ")
    L.append("<h2 class='date-header'><span>%s</span></h2>" % meta["date"])
    L.append("")
    L.append('          <div class="date-posts">')
    L.append("        ")
    L.append("<div class='post-outer'>")
    L.append("<div class='post hentry uncustomized-post-template' itemprop='blogPost' "
             "itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>")
    L.append("<meta content='%s/s1600/ai-summit-bharat-mandapam.jpg' itemprop='image_url'/>"
             % IMG)
    L.append("<meta content='%s' itemprop='blogId'/>" % BLOG_ID)
    L.append("<meta content='%s' itemprop='postId'/>" % pid)
    L.append("<a name='%s'></a>" % pid)
    L.append("<h3 class='post-title entry-title' itemprop='name'>")
    L.append(html.escape(meta["title"], quote=False))
    L.append("</h3>")
    L.append("<div class='post-header'>")
    L.append("<div class='post-header-line-1'></div>")
    L.append("</div>")
    L.append("<div class='post-body entry-content' id='post-body-%s' itemprop='description "
             "articleBody'>" % pid)
    L.append(body_html(body))
    L.append("<div style='clear: both;'></div>")
    L.append("</div>")
    L.append("<div class='post-footer'>")
    L.append("<div class='post-footer-line post-footer-line-1'>")
    L.append("<span class='post-author vcard'>")
    L.append("Posted by")
    L.append("<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema."
             "org/Person'>")
    L.append("<meta content='%s' itemprop='url'/>" % PROFILE)
    L.append("<a class='g-profile' href='%s' rel='author' title='author profile'>" % PROFILE)
    L.append("<span itemprop='name'>Ankit Verma</span>")
    L.append("</a>")
    L.append("</span>")
    L.append("</span>")
    L.append("<span class='post-timestamp'>")
    L.append("at")
    L.append("<meta content='%s' itemprop='url'/>" % url)
    L.append("<a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><abbr "
             "class='published' itemprop='datePublished' title='%s'>%s</abbr></a>"
             % (url, meta["iso"], meta["time"]))
    L.append("</span>")
    L.append("<span class='post-comment-link'>")
    L.append("</span>")
    L.append("<span class='post-icons'>")
    L.append("<span class='item-control blog-admin pid-1874602255'>")
    L.append("<a href='https://www.blogger.com/post-edit.g?blogID=%s&postID=%s&from=pencil' "
             "title='Edit Post'>" % (BLOG_ID, pid))
    L.append("<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/"
             "img/icon18_edit_allbkg.gif' width='18'/>")
    L.append("</a>")
    L.append("</span>")
    L.append("</span>")
    L.append("<div class='post-share-buttons goog-inline-block'>")
    L.append(share)
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='post-footer-line post-footer-line-2'>")
    L.append("<span class='post-labels'>")
    L.append("Labels:")
    L.append(label_links)
    L.append("</span>")
    L.append("</div>")
    L.append("<div class='post-footer-line post-footer-line-3'>")
    L.append("<span class='post-location'>")
    L.append("</span>")
    L.append("</div>")
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='comments' id='comments'>")
    L.append("<a name='comments'></a>")
    L.append("<h4>%d comments:</h4>" % n_comments)
    L.append("<div class='comments-content'>")
    L.append("<script async='async' src='' type='text/javascript'></script>")
    L.append("<script type='text/javascript'>")
    L.append("    (function() {")
    L.append("      var items = null;")
    L.append("      var msgs = null;")
    L.append("      var config = {};")
    L.append("")
    L.append("// <![CDATA[")
    L.append("      var cursor = null;")
    L.append("      if (items && items.length > 0) {")
    L.append("        cursor = parseInt(items[items.length - 1].timestamp) + 1;")
    L.append("      }")
    L.append("")
    L.append("      var bodyFromEntry = function(entry) {")
    L.append("        var text = (entry &&")
    L.append("                    ((entry.content && entry.content.$t) ||")
    L.append("                     (entry.summary && entry.summary.$t))) ||")
    L.append("            '';")
    L.append("        if (entry && entry.gd$extendedProperty) {")
    L.append("          for (var k in entry.gd$extendedProperty) {")
    L.append("            if (entry.gd$extendedProperty[k].name == 'blogger.contentRemoved') {")
    L.append("              return '<span class=\"deleted-comment\">' + text + '</span>';")
    L.append("            }")
    L.append("          }")
    L.append("        }")
    L.append("        return text;")
    L.append("      }")
    L.append("// ]]>")
    L.append("    }());")
    L.append("  </script>")
    L.append("<div id='comment-holder'>")
    L.append(comments_html(comments, url).replace("{postid}", pid))
    L.append("</div>")
    L.append("</div>")
    L.append("<p class='comment-footer'>")
    L.append("<div class='comment-form'>")
    L.append("<a name='comment-form'></a>")
    L.append("<p>")
    L.append("</p>")
    L.append("<a href='https://www.blogger.com/comment/frame/%s?po=%s&hl=en-GB&saa=85391&origin="
             "%s' id='comment-editor-src'></a>" % (BLOG_ID, pid, BLOG))
    L.append("<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-"
             "from-post' frameborder='0' height='410px' id='comment-editor' name='comment-"
             "editor' src='' width='100%'></iframe>")
    L.append("<script src='https://www.blogger.com/static/v1/jsbin/1345082660-comment_from_post"
             "_iframe.js' type='text/javascript'></script>")
    L.append("<script type='text/javascript'>")
    L.append("      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');")
    L.append("    </script>")
    L.append("</div>")
    L.append("</p>")
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='inline-ad'>")
    L.append("</div>")
    L.append("</div>")
    L.append("")
    L.append("        </div></div>")
    L.append("      ")
    L.append("</div>")
    L.append("<div class='blog-pager' id='blog-pager'>")
    L.append("<span id='blog-pager-older-link'>")
    L.append("<a class='blog-pager-older-link' href='%s/2025/11/indiaai-mission-seven-pillars."
             "html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a>" % BLOG)
    L.append("</span>")
    L.append("<a class='home-link' href='%s/'>Home</a>" % BLOG)
    L.append("</div>")
    L.append("<div class='clear'></div>")
    L.append("<div class='post-feeds'>")
    L.append("<div class='feed-links'>")
    L.append("Subscribe to:")
    L.append("<a class='feed-link' href='%s/feeds/%s/comments/default' target='_blank' type='"
             "application/atom+xml'>Post Comments (Atom)</a>" % (BLOG, pid))
    L.append("</div>")
    L.append("</div>")
    L.append("</div></div>")
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='column-left-outer'>")
    L.append("<div class='column-left-inner'>")
    L.append("<aside>")
    L.append("</aside>")
    L.append("</div>")
    L.append("</div>")
    L.append("<div class='column-right-outer'>")
    L.append("<div class='column-right-inner'>")
    L.append("<aside>")
    L.append(sidebar(meta, url))
    L.append("</aside>")
    L.append("</div>")
    L.append("</div>")
    L.append("</div>")
    L.append("<div style='clear: both'></div>")
    L.append("<!-- columns -->")
    L.append("</div>")
    L.append("<!-- main -->")
    L.append("</div>")
    L.append("</div>")
    L.append(cap(("main", "bottom")))
    L.append("</div>")
    L.append("<footer>")
    L.append("<div class='footer-outer'>")
    L.append(cap(("footer", "top")))
    L.append("<div class='fauxborder-left footer-fauxborder-left'>")
    L.append("<div class='fauxborder-right footer-fauxborder-right'></div>")
    L.append("<div class='region-inner footer-inner'>")
    L.append("<div class='foot no-items section' id='footer-1'></div>")
    L.append("<table border='0' cellpadding='0' cellspacing='0' class='section-columns "
             "columns-2'>")
    L.append("<tbody>")
    L.append("<tr>")
    L.append("<td class='first columns-cell'>")
    L.append("<div class='foot no-items section' id='footer-2-1'></div>")
    L.append("</td>")
    L.append("<td class='columns-cell'>")
    L.append("<div class='foot no-items section' id='footer-2-2'></div>")
    L.append("</td>")
    L.append("</tr>")
    L.append("</tbody>")
    L.append("</table>")
    L.append("<!-- outside of the include in order to lock Attribution widget -->")
    L.append("<div class='foot section' id='footer-3' name='Footer'><div class='widget "
             "Attribution' data-version='1' id='Attribution1'>")
    L.append("<div class='widget-content' style='text-align: center;'>")
    L.append("Awesome Inc. theme. Powered by <a href='https://www.blogger.com' target='_blank'>"
             "Blogger</a>.")
    L.append("</div>")
    L.append("<div class='clear'></div>")
    L.append("</div></div>")
    L.append("</div>")
    L.append("</div>")
    L.append(cap(("footer", "bottom")))
    L.append("</div>")
    L.append("</footer>")
    L.append("<!-- content -->")
    L.append("</div>")
    L.append("</div>")
    L.append(cap(("content", "bottom")))
    L.append("</div>")
    L.append("</div>")
    L.append("<script type='text/javascript'>")
    L.append("    window.setTimeout(function() {")
    L.append("        document.body.className = document.body.className.replace('loading', '');")
    L.append("      }, 10);")
    L.append("  </script>")
    L.append("")
    L.append('<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/'
             '1601900224-widgets.js"></script>')
    L.append("<script type='text/javascript'>")
    L.append("window['__wavt'] = 'AOuZoY4mQx0vH2d7LrJc8sWnE5tKfB1aPg:1763906640000';"
             "_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d%s','//"
             "scitechsimplified-upsc.blogspot.com/2025/11/%s.html','%s');" % (
                 BLOG_ID, meta["slug"], BLOG_ID))
    L.append("_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '%s', "
             "'title': '%s', 'url': '%s', 'canonicalUrl': '%s', 'homepageUrl': '%s/', "
             "'searchUrl': '%s/search', 'canonicalHomepageUrl': '%s/', 'blogspotFaviconUrl': "
             "'%s/favicon.ico', 'bloggerUrl': 'https://www.blogger.com', 'hasCustomDomain': "
             "false, 'httpsEnabled': true, 'enabledCommentProfileImages': true, 'gPlusViewType':"
             " 'FILTERED_POSTMOD', 'adultContent': false, 'analyticsAccountNumber': 'UA-"
             "118420967-1', 'encoding': 'UTF-8', 'locale': 'en-GB', 'localeUnderscoreDelimited':"
             " 'en_gb', 'languageDirection': 'ltr', 'isPrivate': false, 'isMobile': false, "
             "'isMobileRequest': false, 'mobileClass': '', 'isPrivateBlog': false, "
             "'isDynamicViewsAvailable': true, 'feedLinks': '', 'pageType': 'item', 'postId': "
             "'%s', 'pageName': '%s', 'pageTitle': '%s: %s'}}]);" % (
                 BLOG_ID, BLOG_TITLE, url, url, BLOG, BLOG, BLOG, BLOG, pid,
                 meta["title"].replace("'", "\\x27"), BLOG_TITLE,
                 meta["title"].replace("'", "\\x27")))
    for view, wid, sect in (("_NavbarView", "Navbar1", "navbar"),
                            ("_HeaderView", "Header1", "header"),
                            ("_PageListView", "PageList1", "crosscol"),
                            ("_BlogView", "Blog1", "main"),
                            ("_ProfileView", "Profile1", "sidebar-right-1"),
                            ("_FollowByEmailView", "FollowByEmail1", "sidebar-right-1"),
                            ("_PopularPostsView", "PopularPosts1", "sidebar-right-1"),
                            ("_LabelView", "Label1", "sidebar-right-1"),
                            ("_BlogArchiveView", "BlogArchive1", "sidebar-right-1"),
                            ("_ReportAbuseView", "ReportAbuse1", "sidebar-right-1"),
                            ("_AttributionView", "Attribution1", "footer-3")):
        L.append("_WidgetManager._RegisterWidget('%s', new _WidgetInfo('%s', '%s', "
                 "document.getElementById('%s'), {}, 'displayModeFull'));"
                 % (view, wid, sect, wid))
    L.append("</script>")
    L.append("</body>")
    L.append("</html>")
    return "\n".join(L) + "\n"


def main():
    meta, body, comments = parse()
    out = page(meta, body, comments)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
