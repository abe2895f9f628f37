#!/usr/bin/python3
"""Make docs/ecodigest-wetlands-of-india.epub from tools/ecodigest-wetlands-of-india.txt.

The book is laid out the way calibre's "Fetch news" writes a periodical downloaded from a custom
RSS source (a Blogger blog) and converted to EPUB: an EPUB 2 package (content.opf with calibre's
metadata, a "periodical:unknown:..." publication type and "Articles in this issue" description,
toc.ncx with periodical/section/article navPoints, a titlepage.xhtml wrapping the generated
cover in an SVG), a main menu (index.html: masthead image, the bracketed date, the list of
sections), one section menu per feed (feed_N/index.html: navbar, title, description, article
list with dates and summaries) and one page per article (feed_N/article_M/index.html) holding
the Blogger post (date header, post title, body, footer with author, time, share buttons,
labels, comment link) between calibre's top navbar ("| Next | Section menu | Main menu |
Previous |") and its bottom navbar ("This article was downloaded by calibre from ...").
Classes are the flattened "calibreN"-style names calibre's CSS flattener leaves.

The cover and masthead are plain baseline JPEGs written by a small encoder below (bands of
colour standing in for calibre's generated images).

Run from anywhere: /usr/bin/python3 tools/make_epub.py  (output is byte-for-byte stable)
"""
import math
import os
import re
import struct
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ecodigest-wetlands-of-india.txt")
OUT = os.path.join(HERE, "..", "docs", "ecodigest-wetlands-of-india.epub")
ZIP_DATE = (2025, 8, 13, 7, 12, 18)
BLOG_ID = "4827719360155829214"
POST_IDS = ["3098127745120034417", "7750316688240915026", "1624457090381146628"]
NCX_IDS = ["u9Hc2QvYy0KxwP3fLbN7aTe", "uQ4mRk8sJd1VoZp6gWc0hYx", "uT7eLb2nXq5sCj9rMf3uKdA",
           "uA1zWy6vPn4tGh8bRe2oLcS", "uK5dFs0jUm7wQx3iNb9pVgE", "uZ2cHr8yTo6aLk1eWq4sJnD"]


# ----------------------------------------------------------------------------- JPEG encoder

ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34,
          27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37,
          44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63]
STD_LUM_Q = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40,
             57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35,
             55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112,
             100, 103, 99]
STD_CHR_Q = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99,
             99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32
DC_LUM_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_CHR_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_LUM_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d]
AC_LUM_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a"
    "25262728292a3435363738393a434445464748494a535455565758595a636465666768696a73747576777879"
    "7a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9"
    "cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa")
AC_CHR_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77]
AC_CHR_VALS = bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f117"
    "18191a262728292a35363738393a434445464748494a535455565758595a636465666768696a737475767778"
    "797a82838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7"
    "c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9fa")


def _qtable(base, quality=80):
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    return [min(255, max(1, (q * scale + 50) // 100)) for q in base]


def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


COS = [[math.cos((2 * x + 1) * u * math.pi / 16) for x in range(8)] for u in range(8)]
CU = [1 / math.sqrt(2)] + [1.0] * 7


def _fdct(block):
    tmp = [[0.0] * 8 for _ in range(8)]
    for y in range(8):
        row = block[y * 8:y * 8 + 8]
        for u in range(8):
            c = COS[u]
            tmp[y][u] = CU[u] * sum(row[x] * c[x] for x in range(8)) / 2
    out = [0.0] * 64
    for u in range(8):
        for v in range(8):
            c = COS[v]
            out[v * 8 + u] = CU[v] * sum(tmp[y][u] * c[y] for y in range(8)) / 2
    return out


class _Bits:
    def __init__(self):
        self.out, self.acc, self.n = bytearray(), 0, 0

    def put(self, code, length):
        self.acc = (self.acc << length) | code
        self.n += length
        while self.n >= 8:
            self.n -= 8
            b = (self.acc >> self.n) & 0xFF
            self.out.append(b)
            if b == 0xFF:
                self.out.append(0)
        self.acc &= (1 << self.n) - 1

    def flush(self):
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)


def _magnitude(v):
    a = abs(v)
    size = a.bit_length()
    bits = v if v >= 0 else v + (1 << size) - 1
    return size, bits


def encode_jpeg(width, height, pixel):
    """Baseline JPEG, 4:4:4 YCbCr, standard Huffman tables; pixel(x, y) -> (r, g, b)."""
    qt = [_qtable(STD_LUM_Q), _qtable(STD_CHR_Q)]
    dc = [_huff_codes(DC_LUM_BITS, DC_VALS), _huff_codes(DC_CHR_BITS, DC_VALS)]
    ac = [_huff_codes(AC_LUM_BITS, AC_LUM_VALS), _huff_codes(AC_CHR_BITS, AC_CHR_VALS)]
    bw = _Bits()
    prev = [0, 0, 0]
    cache = {}
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            planes = ([], [], [])
            for y in range(by, by + 8):
                for x in range(bx, bx + 8):
                    r, g, b = pixel(min(x, width - 1), min(y, height - 1))
                    planes[0].append(0.299 * r + 0.587 * g + 0.114 * b - 128)
                    planes[1].append(-0.168736 * r - 0.331264 * g + 0.5 * b)
                    planes[2].append(0.5 * r - 0.418688 * g - 0.081312 * b)
            for c in range(3):
                t = 0 if c == 0 else 1
                key = (t, tuple(round(v, 3) for v in planes[c]))
                if key not in cache:
                    coef = _fdct(planes[c])
                    cache[key] = [int(round(coef[ZIGZAG[i]] / qt[t][i])) for i in range(64)]
                zz = cache[key]
                diff = zz[0] - prev[c]
                prev[c] = zz[0]
                size, bits = _magnitude(diff)
                bw.put(*dc[t][size])
                if size:
                    bw.put(bits, size)
                run = 0
                for i in range(1, 64):
                    v = zz[i]
                    if v == 0:
                        run += 1
                        continue
                    while run > 15:
                        bw.put(*ac[t][0xF0])
                        run -= 16
                    size, bits = _magnitude(v)
                    bw.put(*ac[t][(run << 4) | size])
                    bw.put(bits, size)
                    run = 0
                if run:
                    bw.put(*ac[t][0x00])
    bw.flush()

    def seg(marker, payload):
        return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload

    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    for i, q in enumerate(qt):
        out += seg(0xDB, bytes([i]) + bytes(q))
    out += seg(0xC0, struct.pack(">BHHB", 8, height, width, 3) +
               bytes([1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]))
    for cls_id, bits, vals in ((0x00, DC_LUM_BITS, DC_VALS), (0x10, AC_LUM_BITS, AC_LUM_VALS),
                               (0x01, DC_CHR_BITS, DC_VALS), (0x11, AC_CHR_BITS, AC_CHR_VALS)):
        out += seg(0xC4, bytes([cls_id]) + bytes(bits) + bytes(vals))
    out += seg(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    out += bw.out + b"\xff\xd9"
    return bytes(out)


def cover_pixel(x, y):
    if y < 150:
        return (27, 77, 62)
    if y < 156:
        return (201, 162, 39)
    if y > 690:
        return (27, 77, 62)
    if 560 < y <= 690:
        # reeds over water
        if (x // 24) % 3 == 0 and y < 560 + ((x * 7) % 90):
            return (60, 120, 70)
        return (58, 110, 150)
    if 250 < y < 330 and 80 < x < 520:
        return (235, 235, 228)
    return (246, 244, 236)


def masthead_pixel(x, y):
    if 10 <= y < 82 and 8 <= x < 80:
        return (27, 77, 62)
    if 88 <= y < 92:
        return (201, 162, 39)
    return (255, 255, 255)


# ----------------------------------------------------------------------------- source

def parse():
    meta, feeds = {}, []
    cur_feed = cur_art = None
    in_body = False
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if in_body:
            if line == "@end":
                in_body = False
            else:
                cur_art["body"].append(line)
            continue
        if line.startswith("#") or not line.strip():
            continue
        key, _, val = line.partition(" ")
        if key == "@feed":
            cur_feed = {"title": val, "articles": []}
            feeds.append(cur_feed)
            cur_art = None
        elif key == "@article":
            cur_art = {"title": val, "body": []}
            cur_feed["articles"].append(cur_art)
        elif key == "@body":
            in_body = True
        elif cur_art is not None:
            cur_art[key[1:]] = val
        elif cur_feed is not None:
            cur_feed[key[1:]] = val
        else:
            meta[key[1:]] = val
    return meta, feeds


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<b class="calibre8">\1</b>', s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    return s


def head(title, depth):
    up = "../" * depth
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n'
            "  <head>\n"
            "    <title>%s</title>\n"
            '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
            '  <link rel="stylesheet" type="text/css" href="%sstylesheet.css"/>\n'
            '<link rel="stylesheet" type="text/css" href="%spage_styles.css"/>\n'
            "</head>\n"
            '  <body class="calibre">\n') % (escape(title), up, up)


TAIL = "</body>\n</html>\n"


def a(href, text):
    return '<a href="%s" class="calibre1">%s</a>' % (escape(href), text)


def index_html(meta, feeds):
    out = [head(meta["title"], 0)]
    out.append('<div class="calibre_rescale_">\n<p class="calibre2"><img src="mastheadImage.jpg" '
               'alt="masthead" class="calibre3"/></p>\n')
    out.append('<p class="calibre4">%s</p>\n' % escape(meta["timefmt"]))
    out.append('<ul class="calibre_feed_list">\n')
    for i, feed in enumerate(feeds):
        out.append('<li id="feed_%d" class="calibre5"><a href="feed_%d/index.html" class="feed">'
                   '%s</a></li>\n' % (i, i, escape(feed["title"])))
    out.append("</ul>\n</div>\n")
    out.append(TAIL)
    return "".join(out)


def feed_navbar(f, n, top):
    parts = []
    if f + 1 < n:
        parts.append(a("../feed_%d/index.html" % (f + 1), "Next section") + " | ")
    parts.append(a("../index.html", "Main menu") + " | ")
    if f > 0:
        parts.append(a("../feed_%d/index.html" % (f - 1), "Previous section") + " |")
    if top:
        return ('<div class="calibre_navbar">| %s<hr class="calibre6"/></div>\n'
                % "".join(parts))
    return '<div class="calibre_navbar"><hr class="calibre6"/>| %s</div>\n' % "".join(parts)


def feed_html(f, feeds):
    feed = feeds[f]
    out = [head(feed["title"], 1)]
    out.append(feed_navbar(f, len(feeds), True))
    out.append('<div class="calibre_rescale_">\n<h2 class="calibre_feed_title">%s</h2>\n'
               % escape(feed["title"]))
    out.append('<div class="calibre_feed_description">%s<br class="calibre7"/></div>\n'
               % escape(feed["feeddesc"]))
    out.append('<ul class="calibre_article_list">\n')
    for i, art in enumerate(feed["articles"]):
        out.append('<li id="article_%d" class="calibre_rescale_1"><a href="article_%d/index.html" '
                   'class="article">%s</a><span class="article_date">%s</span>'
                   '<div class="article_description">%s</div></li>\n'
                   % (i, i, escape(art["title"]), escape(art["listdate"]),
                      escape(art["summary"])))
    out.append("</ul>\n")
    out.append(feed_navbar(f, len(feeds), False))
    out.append("</div>\n")
    out.append(TAIL)
    return "".join(out)


def body_html(lines):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("## "):
            out.append('<h2 class="calibre9">%s</h2>\n' % inline(line[3:]))
            i += 1
        elif line.startswith("- "):
            out.append('<ul class="calibre10">\n')
            while i < len(lines) and lines[i].startswith("- "):
                out.append('<li class="calibre11">%s</li>\n' % inline(lines[i][2:]))
                i += 1
            out.append("</ul>\n")
        elif line.startswith("| "):
            out.append('<table border="1" cellpadding="4" class="calibre12">\n<tbody>\n')
            r = 0
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                tag, cls = ("th", "calibre14") if r == 0 else ("td", "calibre15")
                out.append('<tr class="calibre13">' + "".join(
                    '<%s class="%s">%s</%s>' % (tag, cls, inline(c), tag) for c in cells)
                    + "</tr>\n")
                r += 1
                i += 1
            out.append("</tbody>\n</table>\n")
        elif line.startswith("> "):
            out.append('<blockquote class="tr_bq">%s</blockquote>\n' % inline(line[2:]))
            i += 1
        else:
            out.append('<p class="calibre16">%s</p>\n' % inline(line))
            i += 1
    return "".join(out)


def article_html(f, k, feeds, post_id):
    feed = feeds[f]
    art = feed["articles"][k]
    n = len(feed["articles"])
    last = k == n - 1
    nxt = ("../../feed_%d/index.html" % (f + 1)) if last else ("../article_%d/index.html" % (k + 1))
    top = ["| ", a(nxt, "Next"), " | ", a("../index.html#article_%d" % k, "Section menu"), " | ",
           a("../../index.html#feed_%d" % f, "Main menu")]
    if k > 0:
        top += [" | ", a("../article_%d/index.html" % (k - 1), "Previous")]
    top.append(" | ")
    out = [head(art["title"], 2)]
    out.append('<div class="calibre_navbar1">%s<hr class="calibre6"/></div>\n' % "".join(top))
    author, time = art["posted"].split("|")
    url = art["url"]
    out.append('<div class="date-outer">\n<h2 class="date-header"><span>%s</span></h2>\n'
               % escape(art["dateheader"]))
    out.append('<div class="date-posts">\n<div class="post-outer">\n<div class="post">\n')
    out.append('<a name="%s"></a>\n<h3 class="post-title">%s</h3>\n' % (post_id, inline(art["title"])))
    out.append('<div class="post-header">\n<div class="post-header-line-1"></div>\n</div>\n')
    out.append('<div class="post-body" id="post-body-%s">\n<div dir="ltr" class="calibre17">\n'
               % post_id)
    out.append(body_html(art["body"]))
    out.append('</div>\n<div class="calibre18"></div>\n</div>\n')
    share = "".join(
        '<a class="share-button" href="https://www.blogger.com/share-post.g?blogID=%s&amp;postID=%s'
        '&amp;target=%s" target="_blank" title="%s"><span class="share-button-link-text">%s</span></a>'
        % (BLOG_ID, post_id, tgt, lab, lab) for tgt, lab in
        (("email", "Email This"), ("blog", "BlogThis!"), ("twitter", "Share to X"),
         ("facebook", "Share to Facebook"), ("pinterest", "Share to Pinterest")))
    labels = ", ".join('<a href="https://ecodigest-upsc.blogspot.com/search/label/%s" rel="tag" '
                       'class="calibre1">%s</a>' % (l.replace(" ", "%20"), escape(l))
                       for l in art["labels"].split(", "))
    out.append('<div class="post-footer">\n<div class="post-footer-line post-footer-line-1">\n'
               '<span class="post-author">Posted by <span class="fn">%s</span></span>\n'
               '<span class="post-timestamp">at <a class="timestamp-link" href="%s" rel="bookmark" '
               'title="permanent link"><abbr class="published" title="%s">%s</abbr></a></span>\n'
               '<span class="post-comment-link"><a class="comment-link" href="%s#comment-form">'
               'No comments:</a></span>\n'
               '<div class="post-share-buttons">\n%s\n</div>\n</div>\n'
               '<div class="post-footer-line post-footer-line-2">\n<span class="post-labels">\n'
               'Labels:\n%s\n</span>\n</div>\n</div>\n'
               % (escape(author), escape(url), escape(art["listdate"]), escape(time),
                  escape(url), share, labels))
    out.append("</div>\n</div>\n</div>\n</div>\n")
    bottom = ('<div class="calibre_navbar1"><hr class="calibre6"/><p class="calibre19">This article '
              'was downloaded by <b class="calibre8">calibre</b> from <a href="%s" rel="calibre-'
              'downloaded-from" class="calibre1">%s</a></p><br class="calibre7"/><br class="calibre7"/> | '
              '%s | %s | </div>\n' % (escape(url), escape(url),
                                       a("../index.html#article_%d" % k, "Section menu"),
                                       a("../../index.html#feed_%d" % f, "Main menu")))
    out.append(bottom)
    out.append(TAIL)
    return "".join(out)


STYLESHEET = """.article {
  font-size: 1.2em;
  font-weight: bold;
  text-align: left
  }
.article_date {
  color: gray;
  font-family: monospace
  }
.article_description {
  font-size: 0.7em;
  text-indent: 0
  }
.calibre {
  display: block;
  font-size: 1em;
  padding-left: 0;
  padding-right: 0;
  margin: 0 5pt
  }
.calibre1 {
  color: blue;
  text-decoration: underline
  }
.calibre10 {
  display: block;
  list-style-type: disc;
  margin-bottom: 1em;
  margin-right: 0;
  margin-top: 1em
  }
.calibre11 {
  display: list-item;
  margin-bottom: 0.25em
  }
.calibre12 {
  border-collapse: collapse;
  border-spacing: 2px;
  display: table;
  margin-bottom: 0;
  margin-top: 0;
  text-indent: 0
  }
.calibre13 {
  display: table-row;
  vertical-align: middle
  }
.calibre14 {
  background-color: #e8f0ea;
  display: table-cell;
  font-weight: bold;
  text-align: left;
  vertical-align: inherit;
  border: 1px outset gray
  }
.calibre15 {
  display: table-cell;
  text-align: inherit;
  vertical-align: inherit;
  border: 1px inset gray
  }
.calibre16 {
  display: block;
  line-height: 1.4;
  margin: 0 0 0.8em
  }
.calibre17 {
  display: block;
  text-align: left
  }
.calibre18 {
  clear: both;
  display: block
  }
.calibre19 {
  display: block;
  max-width: 100%;
  overflow: hidden;
  text-align: left;
  margin: 1em 0
  }
.calibre2 {
  display: block;
  text-align: center;
  margin: 1em 0
  }
.calibre3 {
  height: auto;
  width: auto
  }
.calibre4 {
  display: block;
  text-align: right;
  margin: 1em 0
  }
.calibre5 {
  display: list-item
  }
.calibre6 {
  color: gray;
  display: block;
  height: 2px;
  border-collapse: separate;
  border-style: inset;
  border-width: 1px;
  margin: 0.5em auto
  }
.calibre7 {
  display: block
  }
.calibre8 {
  font-weight: bold
  }
.calibre9 {
  color: #1b4d3e;
  display: block;
  font-size: 1.3em;
  font-weight: bold;
  margin: 1.2em 0 0.5em
  }
.calibre_article_list {
  display: block;
  list-style-type: disc;
  margin-bottom: 1em;
  margin-right: 0;
  margin-top: 1em
  }
.calibre_feed_description {
  display: block;
  font-size: 0.8em
  }
.calibre_feed_list {
  display: block;
  list-style-type: disc;
  margin-bottom: 1em;
  margin-right: 0;
  margin-top: 1em
  }
.calibre_feed_title {
  display: block;
  font-size: 1.6em;
  font-weight: bold;
  margin: 0.83em 0
  }
.calibre_navbar {
  display: block;
  font-family: monospace;
  font-size: 0.7em;
  text-align: center
  }
.calibre_navbar1 {
  display: block;
  font-family: monospace;
  font-size: 0.7em;
  text-align: left
  }
.calibre_rescale_ {
  display: block;
  font-size: 1em
  }
.calibre_rescale_1 {
  display: list-item;
  padding-bottom: 0.5em
  }
.date-header {
  color: #777;
  display: block;
  font-size: 0.85em;
  letter-spacing: 0.1em;
  text-transform: uppercase;
  margin: 1.5em 0 0.5em
  }
.feed {
  font-size: 1.2em;
  font-weight: bold
  }
.post-title {
  display: block;
  font-size: 1.5em;
  font-weight: normal;
  margin: 0.75em 0 0
  }
.post-footer {
  color: #666;
  display: block;
  font-size: 0.8em;
  line-height: 1.6;
  margin: 20px -2px 0;
  padding: 5px 10px
  }
.share-button-link-text {
  font-size: 0.8em
  }
.tr_bq {
  display: block;
  font-style: italic;
  margin: 1em 30px;
  padding: 0 0 0 10px;
  border-left: #1b4d3e solid 3px
  }
"""

PAGE_STYLES = """@page {
  margin-bottom: 5pt;
  margin-top: 5pt
  }
"""

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
   <rootfiles>
      <rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
      
   </rootfiles>
</container>
    """

TITLEPAGE = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="calibre:cover" content="true"/>
        <title>Cover</title>
        <style type="text/css" title="override_css">
            @page {padding: 0pt; margin:0pt}
            body { text-align: center; padding:0pt; margin: 0pt; }
        </style>
    </head>
    <body>
        <div>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="100%" height="100%" viewBox="0 0 600 800" preserveAspectRatio="none">
                <image width="600" height="800" xlink:href="cover.jpg"/>
            </svg>
        </div>
    </body>
</html>
"""


def opf(meta, feeds, files):
    titles = [art["title"] for feed in feeds for art in feed["articles"]]
    desc = "Articles in this issue:\n\n" + "\n\n".join(titles) + "\n\n" + meta["description"]
    title = meta["title"] + meta["timefmt"]
    out = ["<?xml version='1.0' encoding='utf-8'?>",
           '<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">',
           '  <metadata xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/'
           'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/'
           '2001/XMLSchema-instance" xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata">',
           "    <dc:title>%s</dc:title>" % escape(title),
           '    <meta name="calibre:timestamp" content="%s"/>' % meta["timestamp"],
           "    <dc:language>en</dc:language>",
           '    <dc:creator opf:file-as="calibre" opf:role="aut">calibre</dc:creator>',
           '    <dc:identifier id="uuid_id" opf:scheme="uuid">%s</dc:identifier>' % meta["uuid"],
           "    <dc:description>%s</dc:description>" % escape(desc),
           "    <dc:publisher>calibre</dc:publisher>",
           "    <dc:subject>News</dc:subject>",
           "    <dc:subject>%s</dc:subject>" % escape(meta["title"]),
           "    <dc:date>%s</dc:date>" % meta["pubdate"],
           '    <meta name="calibre:publication_type" content="periodical:unknown:%s"/>'
           % escape(meta["title"]),
           '    <meta name="cover" content="cover"/>',
           "  </metadata>",
           "  <manifest>",
           '    <item id="cover" href="cover.jpg" media-type="image/jpeg"/>',
           '    <item id="titlepage" href="titlepage.xhtml" media-type="application/xhtml+xml"/>']
    for i, (href, _) in enumerate(files):
        out.append('    <item id="html%d" href="%s" media-type="application/xhtml+xml"/>'
                   % (len(files) - i, href))
    out += ['    <item id="added" href="mastheadImage.jpg" media-type="image/jpeg"/>',
            '    <item id="page_css" href="page_styles.css" media-type="text/css"/>',
            '    <item id="css" href="stylesheet.css" media-type="text/css"/>',
            '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
            "  </manifest>",
            '  <spine toc="ncx">',
            '    <itemref idref="titlepage"/>']
    for i in range(len(files)):
        out.append('    <itemref idref="html%d"/>' % (len(files) - i))
    out += ["  </spine>",
            "  <guide>",
            '    <reference type="cover" href="titlepage.xhtml" title="Title page"/>',
            '    <reference type="other.masthead" href="mastheadImage.jpg" title="Masthead Image"/>',
            "  </guide>",
            "</package>"]
    return "\n".join(out) + "\n"


def ncx(meta, feeds):
    title = meta["title"] + meta["timefmt"]
    out = ["<?xml version='1.0' encoding='utf-8'?>",
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">',
           "  <head>",
           '    <meta name="dtb:uid" content="%s"/>' % meta["uuid"],
           '    <meta name="dtb:depth" content="3"/>',
           '    <meta name="dtb:generator" content="calibre (8.8.0)"/>',
           '    <meta name="dtb:totalPageCount" content="0"/>',
           '    <meta name="dtb:maxPageNumber" content="0"/>',
           "  </head>",
           "  <docTitle>",
           "    <text>%s</text>" % escape(title),
           "  </docTitle>",
           "  <navMap>",
           '    <navPoint id="periodical" playOrder="1" class="periodical">',
           "      <navLabel>",
           "        <text>%s</text>" % escape(title),
           "      </navLabel>",
           '      <content src="index.html"/>']
    order = 2
    ids = iter(NCX_IDS)
    for f, feed in enumerate(feeds):
        out += ['      <navPoint id="%s" playOrder="%d" class="section">' % (next(ids), order),
                "        <navLabel>",
                "          <text>%s</text>" % escape(feed["title"]),
                "        </navLabel>",
                '        <content src="feed_%d/index.html"/>' % f]
        order += 1
        for k, art in enumerate(feed["articles"]):
            out += ['        <navPoint id="%s" playOrder="%d" class="article">' % (next(ids), order),
                    "          <navLabel>",
                    "            <text>%s</text>" % escape(art["title"]),
                    "          </navLabel>",
                    '          <content src="feed_%d/article_%d/index.html"/>' % (f, k),
                    "        </navPoint>"]
            order += 1
        out.append("      </navPoint>")
    out += ["    </navPoint>", "  </navMap>", "</ncx>"]
    return "\n".join(out) + "\n"


def build():
    meta, feeds = parse()
    files = [("index.html", index_html(meta, feeds))]
    p = 0
    for f, feed in enumerate(feeds):
        files.append(("feed_%d/index.html" % f, feed_html(f, feeds)))
        for k in range(len(feed["articles"])):
            files.append(("feed_%d/article_%d/index.html" % (f, k),
                          article_html(f, k, feeds, POST_IDS[p])))
            p += 1
    members = [("META-INF/container.xml", CONTAINER.encode())]
    members += [(href, text.encode("utf-8")) for href, text in reversed(files)]
    members += [("content.opf", opf(meta, feeds, files).encode("utf-8")),
                ("titlepage.xhtml", TITLEPAGE.encode()),
                ("mastheadImage.jpg", encode_jpeg(600, 100, masthead_pixel)),
                ("stylesheet.css", STYLESHEET.encode()),
                ("toc.ncx", ncx(meta, feeds).encode("utf-8")),
                ("cover.jpg", encode_jpeg(600, 800, cover_pixel)),
                ("page_styles.css", PAGE_STYLES.encode())]
    with zipfile.ZipFile(OUT, "w") as z:
        info = zipfile.ZipInfo("mimetype", ZIP_DATE)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        z.writestr(info, b"application/epub+zip")
        info = zipfile.ZipInfo("META-INF/", ZIP_DATE)
        info.external_attr = (0o40755 << 16) | 0x10
        z.writestr(info, b"")
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


if __name__ == "__main__":
    build()
