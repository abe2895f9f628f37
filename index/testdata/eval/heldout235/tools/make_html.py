#!/usr/bin/python3
"""Make docs/pib-sixteenth-fc-report.html from tools/pib-sixteenth-fc-report.txt.

The page is a PIB release opened at PressReleaseIframePage.aspx (the bare release page PIB
shows inside its main site, and the one search results and WhatsApp forwards link to) and
saved with Firefox's "Save Page As > Web Page, complete". Firefox writes its own serialisation
of the live DOM, so the file has: no "saved from" comment; a content-type meta Firefox puts
first in the head; the ASP.NET title with its line breaks and tab; stylesheet, script and image
addresses rewritten to the "Press Release_ Press Information Bureau_files" folder (spaces as
%20; the folder is not kept in the set); links and the form's action made absolute; async=""
on the gtag script; <tbody> inside every table; no self-closing slashes; U+00A0 written back
as &nbsp;.

The page itself: the ASP.NET post-back form with its hidden __VIEWSTATE,
__VIEWSTATEGENERATOR and __EVENTVALIDATION inputs; a slim top strip (emblem, "Press
Information Bureau" / "Government of India"); the "Read this release in:" line with PIB's
space-before-comma links; the A+ / A / A- font buttons and a print icon; the ministry line
(MinistryNameSubhead), the title as a centred h2, the "Posted On: ... by PIB Delhi" line; the
release body in div#PdfDiv as PIB's CKEditor keeps it: every paragraph a justified <p> with a
14px font-size span inside an Arial font-family span, &nbsp; after Dr./Smt./Shri and in
dates, curly apostrophes and quotes from a Word paste, empty &nbsp; paragraphs between
blocks, headings as bold-underlined paragraphs (no h tags), the Terms of Reference as a
lower-alpha <ol>, two bordered tables whose cells hold <p>s (bold header row), the milestones
as a <ul> with bold dates, a centred "***" and the initials line; then "(Release ID: ...)",
the visitor counter and a "Share this release" row of icon links with no text.

Source markup: "@key value" lines up to "---"; "## " headings, "a. " ToR items, "- " bullets,
"| a | b" table rows (first row the header), "***" the closing stars, other lines paragraphs.

Run from anywhere: /usr/bin/python3 tools/make_html.py [OUTPUT]   (output is byte-for-byte stable)
"""
import base64
import hashlib
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-sixteenth-fc-report.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-sixteenth-fc-report.html")
FILES = "Press%20Release_%20Press%20Information%20Bureau_files"
SPAN = '<span style="font-size:14px"><span style="font-family:Arial,Helvetica,sans-serif">%s</span></span>'


def blob(seed, n):
    return base64.b64encode(b"".join(hashlib.sha512((seed + str(i)).encode()).digest()
                                     for i in range(n))).decode("ascii")


def word_paste(s):
    """What the PIB editor's Word paste leaves: curly quotes, NBSPs after titles and in dates."""
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", s)
    s = re.sub(r"\b(Dr\.|Smt\.|Shri|Article) ", "\\1\u00a0", s)
    s = re.sub(r"(\d(?:st|nd|rd|th)) (January|February|March|April|June|July|August|"
               r"September|October|November|December)", "\\1\u00a0\\2", s)
    return s


def esc(s):
    s = html.escape(word_paste(s), quote=False)
    return s.replace("\u00a0", "&nbsp;")


def para(s, align="justify"):
    return '<p style="text-align:%s">%s</p>' % (align, SPAN % esc(s))


def parse(path):
    meta, body = {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while lines[i] != "---":
        k, v = lines[i][1:].split(" ", 1)
        meta[k] = v
        i += 1
    return meta, lines[i + 1:]


def release_html(lines):
    out, i = [], 0
    empty = '<p style="text-align:justify">&nbsp;</p>'
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("## "):
            out.append(empty)
            out.append('<p style="text-align:justify"><strong><u>%s</u></strong></p>'
                       % (SPAN % esc(line[3:])))
            i += 1
        elif line.startswith("a. "):
            items = []
            while i < len(lines) and lines[i].startswith("a. "):
                items.append('<li style="text-align:justify">%s</li>' % (SPAN % esc(lines[i][3:])))
                i += 1
            out.append('<ol style="list-style-type:lower-alpha">\n%s\n</ol>' % "\n".join(items))
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                date, text = lines[i][2:].split(": ", 1)
                items.append('<li style="text-align:justify">%s</li>'
                             % (SPAN % ("<strong>%s</strong>: %s" % (esc(date), esc(text)))))
                i += 1
            out.append("<ul>\n%s\n</ul>" % "\n".join(items))
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append(lines[i][2:].split(" | "))
                i += 1
            trs = []
            for r, row in enumerate(rows):
                tds = []
                for c, cell in enumerate(row):
                    inner = SPAN % esc(cell)
                    if r == 0:
                        inner = "<strong>%s</strong>" % inner
                    align = "center" if r == 0 or c == 0 else "left"
                    tds.append('<td style="width:%s"><p style="text-align:%s">%s</p></td>'
                               % (["8%", "28%", "22%", "42%"][c] if len(row) == 4 else "25%",
                                  align, inner))
                trs.append("<tr>\n%s\n</tr>" % "\n".join(tds))
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="width:100%%">'
                       "\n<tbody>\n%s\n</tbody>\n</table>" % "\n".join(trs))
        elif line.strip() == "***":
            out.append(empty)
            out.append(para("***", "center"))
            i += 1
        else:
            out.append(para(line))
            i += 1
        if i < len(lines) and not lines[i].strip() and not (
                i + 1 < len(lines) and lines[i + 1].startswith("## ")):
            out.append(empty)
    return "\n".join(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, lines = parse(SRC)
    prid = meta["prid"]
    base = "https://pib.gov.in"
    langs = []
    for pair in meta["langs"].split(" | "):
        name, rid = pair.split("=")
        langs.append('<a href="%s/PressReleasePage.aspx?PRID=%s">%s</a>' % (base, rid, name))
    viewstate = blob("viewstate" + prid, 12)[:1012]
    evval = blob("eventvalidation" + prid, 2)[:172]
    while not lines[-1].strip():
        lines.pop()
    initials = lines.pop()          # the "NB/KMN" line closes the release
    body = release_html(lines)
    page = """<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="{title}"><title>
\tPress Release: Press Information Bureau
</title>
<link rel="icon" href="https://static.pib.gov.in/WriteReadData/specificdocs/photo/2021/aug/ph202183101.png" type="image/png">
<link href="{files}/bootstrap.min.css" rel="stylesheet">
<link href="{files}/style.css" rel="stylesheet">
<link href="{files}/font-awesome.min.css" rel="stylesheet">
<link href="{files}/PressRelease.css" rel="stylesheet">
<script src="{files}/jquery-3.6.0.min.js"></script>
<script src="{files}/bootstrap.min.js"></script>
<script async="" src="{files}/js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-3C4KD5Z5HQ');
</script>
<style type="text/css">
.innner-page-main-about-us-content-right-part{{font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;}}
.MinistryNameSubhead{{font-size:18px;color:#0b3d91;font-weight:600;}}
.ReleaseDateSubHeaddateTime{{font-size:13px;color:#555;}}
#PdfDiv p{{margin:0 0 6px 0;line-height:1.6;}}
#PdfDiv table td{{padding:4px 6px;vertical-align:top;}}
.ReleaseId{{font-size:12px;color:#444;margin-top:18px;}}
</style>
</head>
<body>
<form method="post" action="{base}/PressReleaseIframePage.aspx?PRID={prid}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTc2{viewstate}">
</div>

<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="4C8E1B5F">
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAKx{evval}">
</div>
<div class="top-strip">
<div class="container">
<div class="row">
<div class="col-sm-8 col-8"><a href="{base}/indexm.aspx" class="logo-link"><img src="{files}/emblem.png" alt="Emblem of India" width="34"><span class="logo-text"><span class="pib-name">Press Information Bureau</span><span class="goi-name">Government of India</span></span></a></div>
<div class="col-sm-4 col-4 text-right"><div class="font-resize"><a href="javascript:void(0);" id="btnIncFont" title="Increase font size">A+</a> <a href="javascript:void(0);" id="btnOrgFont" title="Normal font size">A</a> <a href="javascript:void(0);" id="btnDecFont" title="Decrease font size">A-</a></div></div>
</div>
</div>
</div>
<div class="content-area">
<div class="container">
<div class="innner-page-main-about-us-content-right-part">
<div class="row">
<div class="col-sm-10 col-10">
<div class="ReleaseLang">Read this release in: {langs} </div>
</div>
<div class="col-sm-2 col-2 text-right">
<a href="javascript:void(0);" id="btnPrint" class="print-icon" title="Print"><img src="{files}/print-icon.png" alt="print"></a>
</div>
</div>
<div class="MinistryNameSubhead text-center">{ministry}</div>
<h2 style="text-align:center;font-size:22px;">{title_html}</h2>
<div class="ReleaseDateSubHeaddateTime text-center pt20">Posted On: {posted}</div>
<div class="pt20" id="PdfDiv">
{body}
<p style="text-align:justify">{initials}</p>
</div>
<div class="ReleaseId">(Release ID: {prid})&nbsp;&nbsp;&nbsp;<span class="visitor-counter">Visitor Counter : {visitors}</span></div>
<div class="social-share">
<span class="share-label">Share this release</span>
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D{prid}" target="_blank" title="Facebook"><i class="fa fa-facebook" aria-hidden="true"></i></a>
<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D{prid}" target="_blank" title="Twitter"><i class="fa fa-twitter" aria-hidden="true"></i></a>
<a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D{prid}" target="_blank" title="WhatsApp"><i class="fa fa-whatsapp" aria-hidden="true"></i></a>
<a href="mailto:?subject=PIB%20Release&amp;body=https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D{prid}" title="Email"><i class="fa fa-envelope" aria-hidden="true"></i></a>
<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fpib.gov.in%2FPressReleasePage.aspx%3FPRID%3D{prid}" target="_blank" title="Linkedin"><i class="fa fa-linkedin" aria-hidden="true"></i></a>
</div>
</div>
</div>
</div>
<script type="text/javascript">
$(document).ready(function () {{
  var size = 14;
  $("#btnIncFont").click(function () {{ if (size < 20) {{ size++; $("#PdfDiv span").css("font-size", size + "px"); }} }});
  $("#btnDecFont").click(function () {{ if (size > 11) {{ size--; $("#PdfDiv span").css("font-size", size + "px"); }} }});
  $("#btnOrgFont").click(function () {{ size = 14; $("#PdfDiv span").css("font-size", "14px"); }});
  $("#btnPrint").click(function () {{ window.print(); }});
}});
</script>
</form>


</body></html>""".format(
        title=html.escape(meta["title"]), files=FILES, base=base, prid=prid,
        viewstate=viewstate, evval=evval, langs=" , ".join(langs),
        ministry=html.escape(meta["ministry"]), title_html=html.escape(meta["title"]),
        posted=html.escape(meta["posted"]), body=body.rstrip(),
        initials=SPAN % esc(initials), visitors=meta["visitors"])
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
