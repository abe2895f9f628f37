#!/usr/bin/python3
"""Make docs/sthapatya-notes-stupas-chaityas-viharas.epub from
tools/sthapatya-notes-stupas-chaityas-viharas.txt.

The book is laid out the way calibre 8 writes an EPUB 3 when it converts HTML input: three posts
of a WordPress.com blog (a block theme), each saved from the browser as "Web Page, HTML Only",
linked from a one-page index.html, added to calibre and converted with "EPUB output version 3"
and "Insert inline Table of Contents". So the package has:
  - the mimetype entry first and stored, a META-INF/ directory entry and META-INF/container.xml
    as calibre's initialize_container writes it (a blank line of spaces where extra rootfiles
    would go, four spaces after the closing tag), then the files in the order the output folder
    lists them (not sorted);
  - content.opf as upgraded to 3.0: prefix="calibre: https://calibre-ebook.com", unique-identifier
    uuid_id with the urn: prefix rewritten to "uuid:...", a calibre:NN identifier, dc:title /
    dc:creator / dc:contributor (the "calibre (8.8.0) [https://calibre-ebook.com]" book producer)
    refined with title-type, role (aut, bkp) and file-as metas, calibre:timestamp and
    dcterms:modified properties, the old-style cover meta kept; the manifest in calibre's sort
    order (spine items in spine order, then the rest by media type and name, the generated nav
    appended last) with properties "svg calibre:title-page", "cover-image" and "nav"; no NCX (the
    upgrade drops it) and so no toc attribute on the spine, and no guide;
  - titlepage.xhtml (calibre's SVG cover page over cover_image.jpg, 1200 x 1600, the default cover
    calibre generates; here a baseline JPEG of colour bands from a small encoder below);
  - contents.xhtml, the inline ToC from calibre's template (body id calibre_generated_inline_toc,
    its own style element, tab-indented first item), first in the spine after the cover;
  - nav.xhtml from calibre's new_nav template with the toc nav added (lang set on the root);
  - index.html and the three post pages as calibre serialises converted HTML: the xmlns:epub
    declaration added, the two stylesheet links written unindented after the meta, body class
    "calibre", every styled element's class replaced by the flattener's name (the first original
    class, or "calibre", with a counter: "wp-block-heading", "calibre3", "share-x1" ...), classes
    of unstyled elements dropped, ending "</body></html>";
  - stylesheet.css with the flattened rules in calibre's layout (closing brace indented) and
    page_styles.css with the @page margins.
The post pages keep the saved page's clutter: skip link, site title and tagline, the navigation
menu, the post date and author, Jetpack's "Share this:" buttons, "Like this:" with "Loading...",
the "Related" posts with their dates and "In ..." context, category and tag lists, comments with
their dates and "Reply" links, "Leave a comment Cancel reply", and "Blog at WordPress.com.".

Run from anywhere: /usr/bin/python3 tools/make_epub.py [OUT]  (output is byte-for-byte stable)
"""
import math
import os
import re
import struct
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sthapatya-notes-stupas-chaityas-viharas.txt")
OUT = os.path.join(HERE, "..", "docs", "sthapatya-notes-stupas-chaityas-viharas.epub")
ZIP_DATE = (2025, 8, 11, 9, 42, 40)
SITE = "https://sthapatyanotes.wordpress.com"
XHTML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
              '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
              ' lang="en" xml:lang="en">\n  <head>\n    <title>%s</title>\n    <meta http-equiv='
              '"Content-Type" content="text/html; charset=utf-8"/>\n  <link href="stylesheet.css" '
              'rel="stylesheet" type="text/css"/>\n<link href="page_styles.css" rel="stylesheet" '
              'type="text/css"/>\n</head>\n  <body class="calibre">')
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

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


def _qtable(base, quality=85):
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
            pix = [pixel(min(x, width - 1), min(y, height - 1))
                   for y in range(by, by + 8) for x in range(bx, bx + 8)]
            bkey = tuple(pix)
            if bkey not in cache:
                planes = ([], [], [])
                for r, g, b in pix:
                    planes[0].append(0.299 * r + 0.587 * g + 0.114 * b - 128)
                    planes[1].append(-0.168736 * r - 0.331264 * g + 0.5 * b)
                    planes[2].append(0.5 * r - 0.418688 * g - 0.081312 * b)
                zzs = []
                for c in range(3):
                    t = 0 if c == 0 else 1
                    coef = _fdct(planes[c])
                    zzs.append([int(round(coef[ZIGZAG[i]] / qt[t][i])) for i in range(64)])
                cache[bkey] = zzs
            for c in range(3):
                t = 0 if c == 0 else 1
                zz = cache[bkey][c]
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
    """calibre's default cover, reduced to its blocks: a dark band for the title, a lighter one
    for the author, a footer strip where the calibre logo sits."""
    if y < 120 or y >= 1480:
        return (52, 73, 94)
    if 320 <= y < 760 and 150 <= x < 1050:
        return (236, 240, 241) if (y - 320) % 110 < 78 and x < 150 + ((y - 320) // 110 + 6) * 100 \
            else (44, 62, 80)
    if 900 <= y < 980 and 350 <= x < 850:
        return (189, 195, 199)
    if 1300 <= y < 1420 and 540 <= x < 660:
        return (230, 126, 34)
    return (44, 62, 80)


# ----------------------------------------------------------------------------- source

def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("# ")]
    book, index, posts = {}, {}, []
    mode, cur = None, None
    for line in lines:
        if line == "@book":
            mode = "book"
        elif line == "@index":
            mode = "index"
        elif line.startswith("@post "):
            cur = {"slug": line[6:], "head": {}, "body": [], "comments": [], "related": []}
            posts.append(cur)
            mode = "posthead"
        elif mode == "posthead" and line == "---":
            mode = "postbody"
        elif mode == "posthead":
            k, v = line.split(": ", 1)
            cur["head"][k] = v
        elif mode == "postbody" and line.startswith("@comment "):
            cur["comments"].append(line[9:].split(" | "))
        elif mode == "postbody" and line.startswith("@related "):
            cur["related"].append(line[9:].split(" | "))
        elif mode == "postbody":
            if line.strip():
                cur["body"].append(line)
        elif mode in ("book", "index") and line.strip():
            k, v = line.split(": ", 1)
            (book if mode == "book" else index)[k] = v
    return book, index, posts


def inline(text):
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r'<strong class="calibre4">\1</strong>', out)
    out = re.sub(r"(?<![\w*])\*([^*]+)\*(?!\w)", r'<em class="calibre5">\1</em>', out)
    return out


def typo(text):
    """WordPress's wptexturize: curly apostrophes and quotes, en dashes between numbers."""
    text = re.sub(r"(\w)'(\w|\s)", "\\1\u2019\\2", text)
    text = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", text)
    return text


def post_url(p):
    d = p["head"]["date"].replace(",", "").split()
    return "%s/%s/%02d/%02d/%s/" % (SITE, d[2], MONTHS.index(d[0]) + 1, int(d[1]), p["slug"])


def iso_date(text, hhmm="10:30"):
    d = text.replace(",", "").split()
    return "%s-%02d-%02dT%s:00+05:30" % (d[2], MONTHS.index(d[0]) + 1, int(d[1]), hhmm)


def post_body(lines):
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            out.append('<h2 class="wp-block-heading">%s</h2>' % inline(typo(l[3:])))
            i += 1
        elif l.startswith("- "):
            out.append('<ul class="wp-block-list">')
            while i < len(lines) and lines[i].startswith("- "):
                out.append('<li class="calibre3">%s</li>' % inline(typo(lines[i][2:])))
                i += 1
            out.append("</ul>")
        elif l.startswith("> "):
            out.append('<blockquote class="wp-block-quote">')
            out.append('<p class="calibre2">%s</p>' % inline(typo(l[2:])))
            out.append("</blockquote>")
            i += 1
        elif l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            out.append('<figure class="wp-block-table"><table class="calibre6"><thead '
                       'class="calibre7"><tr class="calibre8">%s</tr></thead><tbody class="calibre7">'
                       % "".join('<th class="calibre9">%s</th>' % inline(typo(c)) for c in rows[0]))
            for r in rows[1:]:
                out.append('<tr class="calibre8">%s</tr>'
                           % "".join('<td class="calibre10">%s</td>' % inline(typo(c)) for c in r))
            out.append("</tbody></table></figure>")
        else:
            out.append('<p class="calibre2">%s</p>' % inline(typo(l)))
            i += 1
    return out


def menu():
    items = [("Home", "/"), ("About", "/about/"), ("Art &amp; Culture", "/category/art-culture/"),
             ("Current Affairs", "/category/current-affairs/"), ("Contact", "/contact/")]
    lis = "".join('<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" '
                  'href="%s%s"><span class="wp-block-navigation-item__label">%s</span></a></li>'
                  % (SITE, href, label) for label, href in items)
    return ('<nav class="wp-block-navigation" aria-label="Main menu"><ul class="wp-block-navigation'
            '__container">%s</ul></nav>' % lis)


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def post_page(p, posts):
    h = p["head"]
    url = post_url(p)
    title = typo(h["title"])
    out = [XHTML_HEAD % (escape(title) + " \u2013 Sthapatya Notes")]
    out.append('<div class="wp-site-blocks">')
    out.append('<a class="skip-link" href="#wp--skip-link--target">Skip to content</a>')
    out.append('<header class="wp-block-template-part">')
    out.append('<div class="wp-block-group">')
    out.append('<p class="wp-block-site-title"><a href="%s" rel="home" class="calibre1">Sthapatya '
               'Notes</a></p>' % SITE)
    out.append('<p class="wp-block-site-tagline">Art &amp; architecture for UPSC, one monument at a '
               'time</p>')
    out.append(menu())
    out.append("</div>")
    out.append("</header>")
    out.append('<main class="wp-block-group1" id="wp--skip-link--target">')
    out.append('<div class="wp-block-group2">')
    out.append('<h1 class="wp-block-post-title">%s</h1>' % escape(title))
    out.append('<div class="wp-block-post-date"><time datetime="%s">%s</time></div>'
               % (iso_date(h["date"]), h["date"]))
    out.append('<div class="wp-block-post-author-name">Ritika S.</div>')
    out.append("</div>")
    out.append('<div class="entry-content">')
    out.extend(post_body(p["body"]))
    share = [("x", "X"), ("facebook", "Facebook"), ("jetpack-whatsapp", "WhatsApp")]
    out.append('<div class="sharedaddy"><div class="sd-block">')
    out.append('<h3 class="sd-title">Share this:</h3>')
    out.append('<div class="sd-content"><ul class="calibre11">%s</ul></div>' % "".join(
        '<li class="share-%s"><a rel="nofollow noopener noreferrer" class="share-%s1" href="%s?share='
        '%s&amp;nb=1" title="Click to share on %s"><span class="calibre12">%s</span></a></li>'
        % (k.split("-")[-1], k.split("-")[-1], url, k, label, label) for k, label in share))
    out.append("</div></div>")
    out.append('<div class="sharedaddy1"><div class="likes-widget-placeholder">'
               '<h3 class="sd-title">Like this:</h3><span class="button"><span class="calibre12">'
               'Like</span></span> <span class="loading">Loading\u2026</span></div></div>')
    out.append('<div class="jp-relatedposts">')
    out.append('<h3 class="jp-relatedposts-headline"><em class="calibre5">Related</em></h3>')
    for rtitle, rdate, rcat in p["related"]:
        rhref = SITE + "/?p=%d" % (300 + sum(map(ord, rtitle)) % 200)
        for q in posts:
            if q["head"]["title"] == rtitle:
                rhref = post_url(q)
        out.append('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a '
                   'class="jp-relatedposts-post-a" href="%s">%s</a></h4><p class="jp-relatedposts-'
                   'post-date">%s</p><p class="jp-relatedposts-post-context">In "%s"</p></div>'
                   % (rhref, escape(typo(rtitle)), rdate, escape(rcat)))
    out.append("</div>")
    out.append("</div>")
    cats = h["categories"].split(", ")
    tags = h["tags"].split(", ")
    out.append('<div class="taxonomy-category">%s</div>' % '<span class="wp-block-post-terms__'
               'separator">, </span>'.join('<a href="%s/category/%s/" rel="tag">%s</a>'
                                           % (SITE, slugify(c), escape(c)) for c in cats))
    out.append('<div class="taxonomy-post_tag">%s</div>' % '<span class="wp-block-post-terms__'
               'separator">, </span>'.join('<a href="%s/tag/%s/" rel="tag">%s</a>'
                                           % (SITE, slugify(t), escape(t)) for t in tags))
    out.append('<div class="wp-block-comments">')
    if p["comments"]:
        n = len(p["comments"])
        head = ("One response" if n == 1 else "%d responses" % n) + " to \u201c%s\u201d" % title
        out.append('<h2 class="wp-block-comments-title">%s</h2>' % escape(head))
        out.append('<ol class="wp-block-comment-template">')
        for k, (who, when, text) in enumerate(p["comments"]):
            cid = 1000 + int(h["id"]) * 3 + k
            out.append('<li class="comment" id="comment-%d">' % cid)
            out.append('<div class="wp-block-comment-author-name">%s</div>' % escape(who))
            out.append('<div class="wp-block-comment-date"><a href="%s#comment-%d"><time>%s</time>'
                       '</a></div>' % (url, cid, when))
            out.append('<div class="wp-block-comment-content"><p class="calibre2">%s</p></div>'
                       % inline(typo(text)))
            out.append('<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-'
                       'reply-link" href="%s?replytocom=%d#respond">Reply</a></div>' % (url, cid))
            out.append("</li>")
        out.append("</ol>")
    out.append('<div class="comment-respond" id="respond"><h3 class="comment-reply-title">Leave a '
               'comment <small class="calibre13"><a rel="nofollow" href="%s#respond">Cancel reply'
               '</a></small></h3></div>' % url)
    out.append("</div>")
    out.append("</main>")
    out.append('<footer class="wp-block-template-part1"><p class="calibre14"><a href="https://'
               'wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></p>'
               '</footer>')
    out.append("</div>")
    return "\n".join(out) + "\n</body></html>"


def file_of(p):
    return p["slug"] + ".html"


def index_page(index, posts):
    out = [XHTML_HEAD % escape(index["title"])]
    out.append('<h1 class="calibre15">%s</h1>' % escape(index["title"]))
    out.append('<p class="calibre2">%s</p>' % escape(typo(index["note"])))
    out.append('<ol class="calibre16">')
    for p in posts:
        out.append('<li class="calibre3"><a href="%s" class="calibre1">%s</a></li>'
                   % (file_of(p), escape(typo(p["head"]["title"]))))
    out.append("</ol>")
    return "\n".join(out) + "\n</body></html>"


def inline_toc(posts):
    lis = []
    for k, p in enumerate(posts):
        lis.append('<li><a href="%s">%s</a></li>' % (file_of(p), escape(typo(p["head"]["title"]))))
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
            "<head>\n  <title>Table of Contents</title>\n  <style type=\"text/css\">\n"
            "  li { list-style-type: none }\n  a { text-decoration: none }\n"
            "  a:hover { color: red }\n  \n  \n  </style>\n</head>\n"
            '<body id="calibre_generated_inline_toc">\n<h2>Table of Contents</h2>\n<ul>\n\t'
            + "\n".join(lis) + "\n</ul>\n</body>\n</html>")


def nav_page(posts):
    lis = "".join('\n    <li><a href="%s">%s</a></li>' % (file_of(p), escape(typo(p["head"]["title"])))
                  for p in posts)
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'lang="en" xml:lang="en">\n    <head>\n        <title>Navigation</title>\n    </head>\n\n'
            '    <body>\n    <nav epub:type="toc">\n  <ol>' + lis + "\n  </ol>\n</nav>\n</body>\n</html>")


def titlepage():
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'xml:lang="en">\n    <head>\n        <meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"/>\n        <meta name="calibre:cover" content="true"/>\n        <title>'
            'Cover</title>\n        <style type="text/css" title="override_css">\n            @page '
            '{padding: 0pt; margin:0pt}\n            body { text-align: center; padding:0pt; margin: '
            '0pt; }\n        </style>\n    </head>\n    <body>\n        <div>\n            <svg '
            'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'version="1.1" width="100%" height="100%" viewBox="0 0 1200 1600" preserveAspectRatio="'
            'none">\n                <image width="1200" height="1600" xlink:href="cover_image.jpg"/>'
            "\n            </svg>\n        </div>\n    </body>\n</html>\n")


CSS = [
    (".calibre", [("display", "block"), ("font-size", "1em"), ("margin-bottom", "0"),
                  ("margin-left", "5pt"), ("margin-right", "5pt"), ("margin-top", "0"),
                  ("padding-left", "0"), ("padding-right", "0")]),
    (".calibre1", [("color", "blue"), ("text-decoration", "underline")]),
    (".calibre2", [("display", "block"), ("margin-bottom", "1em"), ("margin-left", "0"),
                   ("margin-right", "0"), ("margin-top", "1em")]),
    (".calibre3", [("display", "list-item")]),
    (".calibre4", [("font-weight", "bold")]),
    (".calibre5", [("font-style", "italic")]),
    (".calibre6", [("border-collapse", "separate"), ("border-spacing", "2px"),
                   ("display", "table"), ("margin-bottom", "0"), ("margin-top", "0"),
                   ("text-indent", "0")]),
    (".calibre7", [("display", "table-row-group"), ("vertical-align", "middle")]),
    (".calibre8", [("display", "table-row"), ("vertical-align", "inherit")]),
    (".calibre9", [("display", "table-cell"), ("font-weight", "bold"), ("padding-bottom", "1px"),
                   ("padding-left", "1px"), ("padding-right", "1px"), ("padding-top", "1px"),
                   ("text-align", "center"), ("vertical-align", "inherit")]),
    (".calibre10", [("display", "table-cell"), ("padding-bottom", "1px"), ("padding-left", "1px"),
                    ("padding-right", "1px"), ("padding-top", "1px"), ("text-align", "inherit"),
                    ("vertical-align", "inherit")]),
    (".calibre11", [("display", "block"), ("list-style-type", "disc"), ("margin-bottom", "1em"),
                    ("margin-right", "0"), ("margin-top", "1em"), ("padding-left", "40px")]),
    (".calibre12", [("font-size", "1em")]),
    (".calibre13", [("font-size", "0.83333em")]),
    (".calibre14", [("display", "block"), ("font-size", "0.83333em"), ("margin-bottom", "1em"),
                    ("margin-left", "0"), ("margin-right", "0"), ("margin-top", "1em")]),
    (".calibre15", [("display", "block"), ("font-size", "2em"), ("font-weight", "bold"),
                    ("margin-bottom", "0.67em"), ("margin-left", "0"), ("margin-right", "0"),
                    ("margin-top", "0.67em")]),
    (".calibre16", [("display", "block"), ("list-style-type", "decimal"), ("margin-bottom", "1em"),
                    ("margin-right", "0"), ("margin-top", "1em"), ("padding-left", "40px")]),
    (".comment", [("display", "list-item")]),
    (".comment-reply-title", [("display", "block"), ("font-size", "1.17em"), ("font-weight", "bold"),
                              ("margin-bottom", "1em"), ("margin-left", "0"), ("margin-right", "0"),
                              ("margin-top", "1em")]),
    (".entry-content", [("display", "block")]),
    (".jp-relatedposts-headline", [("display", "block"), ("font-size", "1.17em"),
                                   ("font-weight", "bold"), ("margin-bottom", "1em"),
                                   ("margin-left", "0"), ("margin-right", "0"),
                                   ("margin-top", "1em")]),
    (".jp-relatedposts-post-title", [("display", "block"), ("font-weight", "bold"),
                                     ("margin-bottom", "1.33em"), ("margin-left", "0"),
                                     ("margin-right", "0"), ("margin-top", "1.33em")]),
    (".sd-title", [("display", "block"), ("font-size", "1.17em"), ("font-weight", "bold"),
                   ("margin-bottom", "1em"), ("margin-left", "0"), ("margin-right", "0"),
                   ("margin-top", "1em")]),
    (".share-x", [("display", "list-item")]),
    (".wp-block-comments-title", [("display", "block"), ("font-size", "1.5em"),
                                  ("font-weight", "bold"), ("margin-bottom", "0.83em"),
                                  ("margin-left", "0"), ("margin-right", "0"),
                                  ("margin-top", "0.83em")]),
    (".wp-block-heading", [("display", "block"), ("font-size", "1.5em"), ("font-weight", "bold"),
                           ("margin-bottom", "0.83em"), ("margin-left", "0"), ("margin-right", "0"),
                           ("margin-top", "0.83em")]),
    (".wp-block-list", [("display", "block"), ("list-style-type", "disc"), ("margin-bottom", "1em"),
                        ("margin-right", "0"), ("margin-top", "1em"), ("padding-left", "40px")]),
    (".wp-block-navigation__container", [("display", "block"), ("list-style-type", "disc"),
                                         ("margin-bottom", "1em"), ("margin-right", "0"),
                                         ("margin-top", "1em"), ("padding-left", "40px")]),
    (".wp-block-post-title", [("display", "block"), ("font-size", "2em"), ("font-weight", "bold"),
                              ("margin-bottom", "0.67em"), ("margin-left", "0"),
                              ("margin-right", "0"), ("margin-top", "0.67em")]),
    (".wp-block-quote", [("display", "block"), ("margin-bottom", "1em"), ("margin-left", "40px"),
                         ("margin-right", "40px"), ("margin-top", "1em")]),
    (".wp-block-site-tagline", [("display", "block"), ("margin-bottom", "1em"),
                                ("margin-left", "0"), ("margin-right", "0"),
                                ("margin-top", "1em")]),
    (".wp-block-site-title", [("display", "block"), ("margin-bottom", "1em"), ("margin-left", "0"),
                              ("margin-right", "0"), ("margin-top", "1em")]),
    (".wp-block-table", [("display", "block"), ("margin-bottom", "1em"), ("margin-left", "40px"),
                         ("margin-right", "40px"), ("margin-top", "1em")]),
]
# flattened classes that only carry display: block
for _name in ("sharedaddy", "sharedaddy1", "likes-widget-placeholder", "jp-relatedposts",
              "jp-relatedposts-post", "taxonomy-category", "taxonomy-post_tag",
              "wp-block-comments", "wp-block-comment-template", "wp-block-comment-author-name",
              "wp-block-comment-date", "wp-block-comment-content", "wp-block-comment-reply-link",
              "comment-respond", "wp-site-blocks", "wp-block-template-part",
              "wp-block-template-part1", "wp-block-group", "wp-block-group1", "wp-block-group2",
              "wp-block-post-date", "wp-block-post-author-name", "wp-block-navigation",
              "wp-block-navigation-item", "sd-block", "sd-content", "jp-relatedposts-post-date",
              "jp-relatedposts-post-context"):
    CSS.append(("." + _name, [("display", "block")]))
CSS.sort(key=lambda r: r[0])


def stylesheet():
    out = []
    for sel, decls in CSS:
        out.append("%s {\n%s\n    }\n" % (sel, ";\n".join("    %s: %s" % d for d in decls)))
    return "".join(out)


PAGE_CSS = "@page {\n    margin-bottom: 5pt;\n    margin-top: 5pt\n    }\n"

CONTAINER = ('<?xml version="1.0"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:'
             'opendocument:xmlns:container">\n   <rootfiles>\n      <rootfile full-path="content.opf"'
             ' media-type="application/oebps-package+xml"/>\n      \n   </rootfiles>\n</container>\n'
             '    ')


def opf(book, posts):
    items = [("titlepage", "titlepage.xhtml", "application/xhtml+xml", "svg calibre:title-page"),
             ("contents", "contents.xhtml", "application/xhtml+xml", None),
             ("id1", "index.html", "application/xhtml+xml", None)]
    for k, p in enumerate(posts, 2):
        items.append(("id%d" % k, file_of(p), "application/xhtml+xml", None))
    spine = [i[0] for i in items]
    items += [("cover", "cover_image.jpg", "image/jpeg", "cover-image"),
              ("page_css", "page_styles.css", "text/css", None),
              ("css", "stylesheet.css", "text/css", None),
              ("nav", "nav.xhtml", "application/xhtml+xml", "nav")]
    man = "".join('\n    <item id="%s" href="%s" media-type="%s"%s/>'
                  % (i, h, m, ' properties="%s"' % pr if pr else "") for i, h, m, pr in items)
    sp = "".join('\n    <itemref idref="%s"/>' % i for i in spine)
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uuid_id" '
            'prefix="calibre: https://calibre-ebook.com">\n'
            '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/'
            '2007/opf">\n'
            '    <dc:title id="id">%s</dc:title>\n'
            '    <dc:creator id="id-1">%s</dc:creator>\n'
            '    <dc:contributor id="id-2">calibre (8.8.0) [https://calibre-ebook.com]</dc:contributor>\n'
            '    <dc:date>%s</dc:date>\n'
            '    <dc:identifier>calibre:%s</dc:identifier>\n'
            '    <dc:identifier id="uuid_id">uuid:%s</dc:identifier>\n'
            '    <dc:language>%s</dc:language>\n'
            '    <meta refines="#id" property="title-type">main</meta>\n'
            '    <meta refines="#id-1" property="role" scheme="marc:relators">aut</meta>\n'
            '    <meta refines="#id-1" property="file-as">%s</meta>\n'
            '    <meta refines="#id-2" property="role" scheme="marc:relators">bkp</meta>\n'
            '    <meta property="calibre:timestamp" scheme="dcterms:W3CDTF">%s</meta>\n'
            '    <meta name="cover" content="cover"/>\n'
            '    <meta property="dcterms:modified" scheme="dcterms:W3CDTF">%s</meta>\n'
            '  </metadata>\n  <manifest>%s\n  </manifest>\n  <spine>%s\n  </spine>\n</package>\n'
            % (escape(book["title"]), escape(book["author"]), book["date"], book["calibre_id"],
               book["uuid"], book["language"], escape(book["author_sort"]), book["timestamp"],
               book["modified"], man, sp))


def build(out):
    book, index, posts = parse()
    files = {
        "titlepage.xhtml": titlepage(),
        "contents.xhtml": inline_toc(posts),
        "index.html": index_page(index, posts),
        "nav.xhtml": nav_page(posts),
        "stylesheet.css": stylesheet(),
        "page_styles.css": PAGE_CSS,
        "content.opf": opf(book, posts),
        "cover_image.jpg": encode_jpeg(1200, 1600, cover_pixel),
    }
    for p in posts:
        files[file_of(p)] = post_page(p, posts)
    # the order os.listdir gave for calibre's output folder
    order = ["page_styles.css", "titlepage.xhtml", file_of(posts[1]), "stylesheet.css",
             "index.html", "content.opf", "nav.xhtml", file_of(posts[0]), "cover_image.jpg",
             file_of(posts[2]), "contents.xhtml"]
    assert sorted(order) == sorted(files)
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        z.writestr(info, b"application/epub+zip")
        info = zipfile.ZipInfo("META-INF/", date_time=ZIP_DATE)
        info.external_attr = (0o40755 << 16) | 0x10
        z.writestr(info, b"")
        for name in ["META-INF/container.xml"] + order:
            data = CONTAINER if name == "META-INF/container.xml" else files[name]
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
