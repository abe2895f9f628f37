#!/usr/bin/python3
"""Re-make docs/harappan-town-planning-scribd.html from tools/harappan-town-planning-scribd.txt.

Run from anywhere: /usr/bin/python3 tools/make_scribd.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Standard library plus reportlab's font metrics (used
only to measure text widths); the same bytes on every run.

The page is a document-viewer page (Scribd's reader) saved from the browser with "Webpage,
Complete": the site header, the document's title block and information, the toolbar, then each
page of the uploaded PDF as an "outer_page" holding an image layer (the page drawn as an image,
which the saved page points to in its _files folder but the set does not hold) and a text layer
in which every line of the PDF is an absolutely positioned span (left/top in px, the font as an
ff class, word-spacing where the PDF justified the line); bold run-in labels, bullets, option
groups and table cells are spans of their own on the same line. Between pages 2 and 3 there is
an advertisement slot. After the pages come "Related documents" cards, the footer and the
reader's scripts (docManager.addPage calls, the document's JSON state).
"""
import hashlib
import html
import json
import os
import sys

from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "harappan-town-planning-scribd.txt")
OUT = os.path.join(HERE, "..", "docs", "harappan-town-planning-scribd.html")

PX_W, PX_H = 902, 1276
PT_W, PT_H = 595.28, 841.89
S = PX_W / PT_W
LM, RM = 54.0, 54.0
TW = PT_W - LM - RM
TOP, BOTTOM = 74.0, 790.0
FONTS = {"ff1": "Helvetica", "ff2": "Helvetica-Bold", "ff3": "Helvetica-Oblique"}
BODY, LEAD = 10.5, 14.2


def h(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def width(text, ff, size):
    return stringWidth(text, FONTS[ff], size)


def wrap(words, ff, size, first_w, rest_w):
    lines, cur, avail = [], [], first_w
    for w in words:
        trial = " ".join(cur + [w])
        if cur and width(trial, ff, size) > avail:
            lines.append(cur)
            cur, avail = [w], rest_w
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, n):
        self.n = n
        self.spans = []
        self.y = TOP

    def span(self, x, y, text, ff="ff1", size=BODY, ws=None, fc="fc0"):
        self.spans.append((x, y, text, ff, size, ws, fc))

    def need(self, dy):
        if self.y + dy > BOTTOM:
            raise SystemExit("page %d overflows at %r" % (self.n, self.spans[-1][2]))


def para_lines(page, x, text, avail, ff="ff1", size=BODY, justify=True, first_x=None,
               first_avail=None):
    """Set a paragraph as spans, one a line; justified lines carry word-spacing."""
    words = text.split()
    fx = x if first_x is None else first_x
    fa = avail if first_avail is None else first_avail
    lines = wrap(words, ff, size, fa, avail)
    for i, ln in enumerate(lines):
        lx, la = (fx, fa) if i == 0 else (x, avail)
        t = " ".join(ln)
        ws = None
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = la - width(t, ff, size)
            ws = extra / (len(ln) - 1)
        page.need(LEAD)
        page.span(lx, page.y, t, ff, size, ws)
        page.y += LEAD if size >= BODY else size * 1.3


def build_pages(lines):
    pages, meta, related = [], {}, []
    page = None
    table = None
    for raw in lines:
        if not raw.strip() or raw.startswith("%"):
            continue
        if table is not None:
            if raw == "@endtable":
                set_table(page, table)
                table = None
            else:
                table["rows"].append(raw.split(" | "))
            continue
        if raw.startswith("@doc "):
            _, key, val = raw.split(" ", 2)
            meta[key] = val
        elif raw.startswith("@related "):
            related.append(raw[9:].split("|"))
        elif raw == "@page":
            page = Page(len(pages) + 1)
            pages.append(page)
        elif raw.startswith("@title "):
            t = raw[7:]
            page.span((PT_W - width(t, "ff2", 19)) / 2, page.y + 4, t, "ff2", 19, fc="fc1")
            page.y += 32
        elif raw.startswith("@subtitle "):
            t = raw[10:]
            page.span((PT_W - width(t, "ff1", 11)) / 2, page.y, t, "ff1", 11, fc="fc1")
            page.y += 16
        elif raw.startswith("@byline "):
            t = raw[8:]
            page.span((PT_W - width(t, "ff3", 9)) / 2, page.y, t, "ff3", 9, fc="fc2")
            page.y += 26
        elif raw.startswith("P "):
            para_lines(page, LM, raw[2:], TW)
            page.y += 5
        elif raw.startswith("H "):
            page.y += 7
            page.need(30)
            page.span(LM, page.y, raw[2:], "ff2", 12.5, fc="fc1")
            page.y += 19
        elif raw.startswith("B "):
            label, text = raw[2:].split("|", 1)
            page.need(LEAD)
            page.span(LM + 6, page.y, "\u2022", "ff1", BODY)
            lw = width(label, "ff2", BODY)
            page.span(LM + 18, page.y, label, "ff2", BODY)
            para_lines(page, LM + 18, text, TW - 18, first_x=LM + 18 + lw + 3,
                       first_avail=TW - 18 - lw - 3)
            page.y += 3
        elif raw.startswith("N "):
            label, text = raw[2:].split("|", 1)
            page.y += 3
            page.need(LEAD)
            page.span(LM, page.y, label, "ff2", BODY)
            x0 = LM + 44
            para_lines(page, x0, text, TW - 44)
        elif raw.startswith("O "):
            parts = [p.strip() for p in raw[2:].split("     ")]
            x = LM + 44
            page.need(LEAD)
            for p in parts:
                page.span(x, page.y, p, "ff1", BODY)
                x += width(p, "ff1", BODY) + 26
            page.y += LEAD + 2
        elif raw.startswith("@box "):
            label, text = raw[5:].split("|", 1)
            page.y += 6
            lw = width(label, "ff2", 10)
            bx = LM + 10
            page.span(bx, page.y + 6, label, "ff2", 10, fc="fc1")
            save = page.y
            page.y += 6
            words = text.split()
            lines_ = wrap(words, "ff1", 10, TW - 20 - lw - 4, TW - 20)
            for i, ln in enumerate(lines_):
                x = bx + lw + 4 if i == 0 else bx
                page.need(13.5)
                page.span(x, page.y, " ".join(ln), "ff1", 10)
                page.y += 13.5
            page.y += 12
            page.boxes = getattr(page, "boxes", []) + [(save, page.y)]
        elif raw.startswith("@table "):
            table = {"widths": [float(w) for w in raw[7:].split(",")], "rows": []}
        else:
            raise SystemExit("unknown line: %r" % raw)
    return pages, meta, related


def set_table(page, table):
    widths = table["widths"]
    page.y += 4
    for r, row in enumerate(table["rows"]):
        ff = "ff2" if r == 0 else "ff1"
        cells = [wrap(c.split(), ff, 9, w - 8, w - 8) for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        page.need(n * 11.5 + 6)
        x = LM
        for c, w in zip(cells, widths):
            for i, ln in enumerate(c):
                page.span(x + 4, page.y + 3 + i * 11.5, " ".join(ln), ff, 9)
            x += w
        page.y += n * 11.5 + 6
    page.y += 8


def px(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s + "px"


def text_layer(page):
    out = []
    for x, y, text, ff, size, ws, fc in page.spans:
        style = "left: %s; top: %s; font-size: %s;" % (px(x * S), px(y * S), px(size * S))
        if ws is not None and ws > 0.01:
            style += " word-spacing: %s;" % px(ws * S)
        cls = "a %s fs%d %s" % (ff, round(size * S), fc)
        out.append('<span class="%s" style="%s">%s</span>' % (cls, style, html.escape(text, quote=False)))
    return out


def running(page, total, meta):
    """Header and footer lines of the handout itself (part of each page's text layer)."""
    hd = [(LM, 34.0, "PRAGATI CIVILS ACADEMY", "ff2", 8.5, None, "fc2")]
    r = "GS-I · Art & Culture · Handout 3"
    hd.append((PT_W - RM - width(r, "ff1", 8.5), 34.0, r, "ff1", 8.5, None, "fc2"))
    f1 = "For private circulation only – Pragati Civils Academy, Old Rajinder Nagar, New Delhi"
    f2 = "Page %d of %d" % (page.n, total)
    ft = [(LM, 810.0, f1, "ff1", 7.5, None, "fc2"),
          (PT_W - RM - width(f2, "ff1", 7.5), 810.0, f2, "ff1", 7.5, None, "fc2")]
    page.spans = hd + page.spans + ft


HEAD_CSS = """
.outer_page_container{position:relative;margin:0 auto;width:902px}
.outer_page{position:relative;margin:0 auto 24px;background:#fff;box-shadow:0 0 0 1px rgba(0,0,0,.1),0 2px 8px rgba(0,0,0,.1);overflow:hidden}
.newpage{position:relative;overflow:hidden}
.image_layer,.text_layer{position:absolute;left:0;top:0;width:100%;height:100%}
.text_layer{color:#000;white-space:pre;line-height:1;transform-origin:0 0}
.text_layer .a{position:absolute;white-space:pre}
.absimg{position:absolute}
.fc0{color:#1a1a1a}.fc1{color:#0b2a5b}.fc2{color:#5a5a5a}
.ff1{font-family:ff1,Helvetica,Arial,sans-serif}.ff2{font-family:ff2,Helvetica,Arial,sans-serif;font-weight:700}.ff3{font-family:ff3,Helvetica,Arial,sans-serif;font-style:italic}
.between_page_ads{margin:0 auto 24px;width:728px;min-height:90px;text-align:center}
.ad_label{font-size:11px;color:#767676;text-transform:uppercase;letter-spacing:.5px}
""".strip()


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    pages, meta, related = build_pages(lines)
    total = len(pages)
    for p in pages:
        running(p, total, meta)
    title = meta["title"]
    slug = meta["slug"]
    doc_id = slug.split("/")[0]
    url = "https://www.scribd.com/document/" + slug
    page_title = "%s | PDF | %s | Archaeology" % (title, meta["category"])
    files = "./" + os.path.splitext(os.path.basename(OUT))[0] + "_files"
    files_q = files.replace(" ", "%20")
    key = h(title, 16)
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    w('<html lang="en" class="scribd_reader js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w("<title>%s</title>" % html.escape(page_title, quote=False))
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w('<meta name="description" content="%s">' % html.escape(meta["description"]))
    w('<meta name="robots" content="max-image-preview:large">')
    w('<meta property="og:title" content="%s">' % html.escape(title))
    w('<meta property="og:type" content="article">')
    w('<meta property="og:site_name" content="Scribd">')
    w('<meta property="og:url" content="%s">' % url)
    w('<meta property="og:image" content="https://imgv2-2-f.scribdassets.com/img/document/%s/original/%s/1?v=1">' % (doc_id, h(title + "og", 10)))
    w('<meta property="og:description" content="%s">' % html.escape(meta["description"]))
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@scribd">')
    w('<link rel="canonical" href="%s">' % url)
    for lang in ("es", "pt", "fr", "de", "id"):
        w('<link rel="alternate" hreflang="%s" href="https://%s.scribd.com/document/%s">' % (lang, lang, slug))
    w('<link rel="preconnect" href="https://html.scribdassets.com">')
    w('<link rel="stylesheet" href="%s/reader_pages-%s.css">' % (files_q, h("css1")))
    w('<link rel="stylesheet" href="%s/document_page-%s.css">' % (files_q, h("css2")))
    w("<style>")
    for ff in ("ff1", "ff2", "ff3"):
        w('@font-face{font-family:%s;src:url("%s/%s-%s.woff") format("woff")}' % (ff, files_q, ff, h(ff + title, 6)))
    w(HEAD_CSS)
    w("</style>")
    ld = {"@context": "https://schema.org", "@type": "DigitalDocument", "name": title,
          "description": meta["description"], "url": url, "inLanguage": "en",
          "numberOfPages": total, "dateCreated": "2025-08-21",
          "author": {"@type": "Person", "name": meta["uploader"]},
          "publisher": {"@type": "Organization", "name": "Scribd", "url": "https://www.scribd.com"}}
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, separators=(",", ":")))
    w('<script>window.Scribd=window.Scribd||{};Scribd.env="production";Scribd.logged_in=false;Scribd.csrf_token="%s";</script>' % h("csrf" + title, 40))
    w('<script async="" src="%s/gtm-%s.js"></script>' % (files_q, h("gtm")))
    w("</head>")
    w('<body class="autogen_class_views_documents_show">')
    w('<div id="global_header" class="global_header" role="banner">')
    w('<a class="skip_link" href="#main_content">Skip to main content</a>')
    w('<div class="header_left"><a class="logo_link" href="https://www.scribd.com/" aria-label="Scribd home">'
      '<svg class="scribd_logo" width="90" height="22" viewBox="0 0 90 22" aria-hidden="true"><title>Scribd</title>'
      '<path d="M7.3 6.1c-2.4 0-4 1.2-4 3.2 0 2.3 2 2.9 4 3.4 1.6.4 2.3.7 2.3 1.5 0 .9-.9 1.4-2.3 1.4-1.5 0-2.6-.6-3.4-1.5L2.3 15.6c1.1 1.3 2.9 2 5 2 2.7 0 4.5-1.3 4.5-3.5 0-2.3-2-2.9-4-3.4-1.6-.4-2.3-.7-2.3-1.5 0-.8.8-1.2 1.9-1.2 1.2 0 2.2.5 2.9 1.2l1.5-1.6C10.8 6.7 9.2 6.1 7.3 6.1z"></path></svg></a></div>')
    w('<form class="search_form" action="https://www.scribd.com/search" method="get" role="search">'
      '<label class="visually_hidden" for="global_search">Search</label>'
      '<input id="global_search" type="search" name="query" placeholder="Search" autocomplete="off">'
      '<button type="submit" aria-label="Submit search"><span class="icon-ic_search"></span></button></form>')
    w('<nav class="header_right" aria-label="Account"><a class="upload_link" href="https://www.scribd.com/upload-document">Upload</a>'
      '<button class="language_picker" type="button" aria-haspopup="true">EN<span class="visually_hidden">Language: English</span></button>'
      '<a class="btn btn_primary" href="https://www.scribd.com/subscribe">Read free for 30 days</a>'
      '<a class="signin_link" href="https://www.scribd.com/login">Sign in</a></nav>')
    w("</div>")
    w('<main id="main_content" class="document_page" data-doc-id="%s">' % doc_id)
    w('<div class="doc_header" data-e2e="doc-page-header">')
    w('<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="https://www.scribd.com/docs">Documents</a></li>'
      '<li><a href="https://www.scribd.com/docs/Art-Design">Art &amp; Design</a></li>'
      '<li><a href="https://www.scribd.com/docs/Art-Design/Archaeology">Archaeology</a></li></ol></nav>')
    w('<h1 class="doc_title" data-e2e="doc-title">%s</h1>' % html.escape(title, quote=False))
    w('<div class="doc_meta"><span class="ai_label" data-e2e="ai-enhanced">AI-enhanced title and description</span></div>')
    w('<div class="uploader"><span class="uploaded_by">Uploaded by</span> <a href="https://www.scribd.com/user/%s/%s" rel="nofollow">%s</a>'
      ' <span class="upload_date">on %s</span></div>' % (int(h(meta["uploader"], 8), 16) % 900000000 + 100000000, meta["uploader"],
                                                       meta["uploader"], meta["uploaded"]))
    w('<div class="doc_stats"><span class="doc_rating">0 ratings</span><span class="doc_useful">0%% found this document useful (0 votes)</span>'
      '<span class="doc_views">%s views</span><span class="doc_pages">%d pages</span></div>' % (meta["views"], total))
    w('<div class="doc_description" data-e2e="doc-description"><h2 class="visually_hidden">Document Information</h2>'
      '<button class="expand_info" type="button" aria-expanded="false">click to expand document information</button>'
      "<p>%s</p></div>" % html.escape(meta["description"], quote=False))
    w('<div class="doc_info_table" hidden=""><dl><dt>Original Title</dt><dd>%s</dd><dt>Copyright</dt><dd>© All Rights Reserved</dd>'
      "<dt>Available Formats</dt><dd>PDF, TXT or read online from Scribd</dd></dl></div>" % html.escape(title, quote=False))
    w('<div class="doc_actions" data-e2e="doc-actions">'
      '<a class="btn btn_primary download_button" data-e2e="download-button" href="https://www.scribd.com/doc-download/%s">Download now</a>'
      '<button class="btn save_button" type="button"><span class="visually_hidden">Save %s For Later</span>Save</button>'
      '<button class="btn share_button" type="button">Share</button>'
      '<button class="btn embed_button" type="button">Embed</button>'
      '<button class="btn print_button" type="button">Print</button>'
      '<button class="btn report_button" type="button">Report</button></div>' % (doc_id, html.escape(title, quote=False)))
    w('<div class="share_panel" hidden=""><p>Share this document</p><ul>'
      '<li><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Share on Facebook, opens a new window</a></li>'
      '<li><a href="https://twitter.com/intent/tweet?url=%s">Share on Twitter, opens a new window</a></li>'
      '<li><a href="https://www.linkedin.com/sharing/share-offsite/?url=%s">Share on LinkedIn, opens a new window</a></li>'
      '<li><a href="mailto:?subject=%s">Share with Email, opens mail client</a></li>'
      '<li><button type="button">Copy link</button></li></ul></div>' % (url, url, url, title.replace(" ", "%20")))
    w("</div>")
    w('<div class="toolbar_top" role="toolbar" aria-label="Document toolbar">'
      '<button class="toolbar_btn" type="button" aria-label="Toggle sidebar"><span class="icon-ic_sidebar"></span></button>'
      '<div class="page_jump"><label class="visually_hidden" for="page_input">Jump to Page</label>'
      '<input id="page_input" class="page_input" type="text" value="1" aria-label="Current page">'
      '<span class="page_count">/ %d</span></div>'
      '<span class="visually_hidden" aria-live="polite">You are on page 1of %d</span>'
      '<button class="toolbar_btn" type="button" aria-label="Zoom out">-</button>'
      '<span class="zoom_level">100%%</span>'
      '<button class="toolbar_btn" type="button" aria-label="Zoom in">+</button>'
      '<button class="toolbar_btn" type="button" aria-label="Fullscreen"><span class="icon-ic_fullscreen"></span></button>'
      '<form class="doc_search" role="search"><input type="search" placeholder="Search inside document" aria-label="Search inside document"></form>'
      '<a class="toolbar_download" href="https://www.scribd.com/doc-download/%s">Download</a></div>' % (total, total, doc_id))
    w('<div class="document_scroller" tabindex="0"><div class="outer_page_container" id="outer_page_container">')
    for p in pages:
        img = "%s/%d-%s.jpg" % (files_q, p.n, h("%s-%d" % (title, p.n), 10))
        w('<div class="outer_page only_ie6_border" id="outer_page_%d" style="width: %dpx; height: %dpx;">' % (p.n, PX_W, PX_H))
        w('<div class="page-blur-promo-overlay"></div>')
        w('<div class="newpage" id="page%d" style="width: %dpx; height: %dpx;" data-page="%d">' % (p.n, PX_W, PX_H, p.n))
        w('<div class="image_layer"><img class="absimg" alt="" loading="lazy" src="%s" style="left: 0px; top: 0px; width: %dpx; height: %dpx;"></div>' % (img, PX_W, PX_H))
        w('<div class="text_layer" style="font-size: 1px;"><div class="ie_fix">')
        o.extend(text_layer(p))
        w("</div></div>")
        w("</div></div>")
        if p.n == 2:
            w('<div class="between_page_ads" id="between_page_ads_2" data-slot="reader_between_pages">'
              '<div class="ad_label">Advertisement</div><div class="ad_slot" id="div-gpt-ad-%s"></div></div>' % h("ad2", 12))
    w("</div></div>")
    w('<div class="document_footer_actions"><p class="useful_q">Did you find this document useful?</p>'
      '<button type="button" aria-label="Rate document as useful">Yes</button>'
      '<button type="button" aria-label="Rate document as not useful">No</button>'
      '<p class="report_q">Is this content inappropriate?</p><a href="https://www.scribd.com/report/%s">Report this Document</a>'
      '<a class="btn btn_primary" href="https://www.scribd.com/doc-download/%s">Download now</a></div>' % (doc_id, doc_id))
    w('<section class="related_documents" aria-labelledby="related_heading"><h2 id="related_heading">Related documents</h2><ul class="related_list">')
    for i, (rt, ru, rp, rv) in enumerate(related):
        rid = int(h(rt, 8), 16) % 400000000 + 400000000
        rslug = "".join(c if c.isalnum() else "-" for c in rt).strip("-")
        while "--" in rslug:
            rslug = rslug.replace("--", "-")
        w('<li class="related_card" data-e2e="related-doc-%d"><a href="https://www.scribd.com/document/%d/%s">'
          '<img class="thumb" alt="" src="%s/%d-thumb-%s.jpg">'
          '<h3 class="related_title">%s</h3></a>'
          '<p class="related_uploader">Uploaded by %s</p>'
          '<p class="related_stats"><span>%s pages</span><span>%s views</span></p>'
          '<p class="related_rating">0%% found this document useful (0 votes)</p>'
          '<button class="save_related" type="button" aria-label="Save for later">Save</button></li>'
          % (i, rid, rslug, files_q, rid, h(rt, 6), html.escape(rt, quote=False), html.escape(ru, quote=False), rp, rv))
    w("</ul>")
    w('<a class="carousel_prev" href="#" role="button" aria-label="Carousel Previous">Carousel Previous</a>'
      '<a class="carousel_next" href="#" role="button" aria-label="Carousel Next">Carousel Next</a></section>')
    w("</main>")
    w('<footer class="global_footer" role="contentinfo"><div class="footer_cols">'
      '<div class="footer_col"><h3>About</h3><ul><li><a href="https://www.scribd.com/about">About Scribd</a></li>'
      '<li><a href="https://www.everand.com/">Everand: Ebooks &amp; Audiobooks</a></li>'
      '<li><a href="https://www.slideshare.net/">SlideShare</a></li>'
      '<li><a href="https://www.scribd.com/careers">Join our team!</a></li>'
      '<li><a href="https://www.scribd.com/contact">Contact us</a></li>'
      '<li><a href="https://www.scribd.com/referrals">Invite friends</a></li></ul></div>'
      '<div class="footer_col"><h3>Support</h3><ul><li><a href="https://support.scribd.com/">Help / FAQ</a></li>'
      '<li><a href="https://www.scribd.com/accessibility">Accessibility</a></li>'
      '<li><a href="https://support.scribd.com/hc/en-us/articles/210129366">Purchase help</a></li>'
      '<li><a href="https://www.scribd.com/adchoices">AdChoices</a></li></ul></div>'
      '<div class="footer_col"><h3>Legal</h3><ul><li><a href="https://www.scribd.com/terms">Terms</a></li>'
      '<li><a href="https://www.scribd.com/privacy">Privacy</a></li>'
      '<li><a href="https://www.scribd.com/copyright">Copyright</a></li>'
      '<li><button type="button" class="cookie_prefs">Cookie Preferences</button></li>'
      '<li><a href="https://www.scribd.com/privacy#ccpa">Do not sell or share my personal information</a></li></ul></div>'
      '<div class="footer_col"><h3>Social</h3><ul><li><a href="https://www.instagram.com/scribd/">Instagram</a></li>'
      '<li><a href="https://twitter.com/scribd">Twitter</a></li><li><a href="https://www.facebook.com/Scribd">Facebook</a></li>'
      '<li><a href="https://www.pinterest.com/scribd/">Pinterest</a></li></ul></div>'
      '<div class="footer_col"><h3>Get our free apps</h3><ul><li><a href="https://apps.apple.com/app/scribd/id542557212">Download on the App Store</a></li>'
      '<li><a href="https://play.google.com/store/apps/details?id=com.scribd.app.reader0">Get it on Google Play</a></li></ul></div>'
      '</div><div class="footer_bottom"><span>Documents</span><span>Language:</span><button type="button">English</button>'
      '<span class="copyright">Copyright © 2025 Scribd Inc.</span></div></footer>')
    state = {"document": {"id": int(doc_id), "title": title, "page_count": total,
                          "access_key": "key-" + h(title + "key", 20), "document_type": "pdf",
                          "language": "en", "uploader": meta["uploader"], "is_free": True,
                          "download_url": "https://www.scribd.com/doc-download/" + doc_id},
             "reader": {"zoom": 1, "page_width": PX_W, "page_height": PX_H, "fullscreen": False,
                        "show_between_page_ads": True, "ads_after_pages": [2]}}
    w("<script>window.Scribd.DocumentState=%s;</script>" % json.dumps(state, separators=(",", ":")))
    w("<script>")
    w("var docManager = window.docManager || new Scribd.DocManager(%s);" % doc_id)
    for p in pages:
        w('docManager.addPage({id: %d, origWidth: %d, origHeight: %d, contentUrl: "https://html.scribdassets.com/%s/pages/%d-%s.jsonp"});'
          % (p.n, PX_W, PX_H, key, p.n, h("%s-jsonp-%d" % (title, p.n), 10)))
    w("</script>")
    for js in ("vendor", "reader", "document_page", "ads"):
        w('<script src="%s/%s-%s.js" defer=""></script>' % (files_q, js, h(js + title, 8)))
    w("</body></html>")
    data = "\n".join(o) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
