#!/usr/bin/python3
"""Make docs/meridian-post-business-page-2025-09-02.pdf from tools/meridian-post-business-page-2025-09-02.txt.

The PDF is one page of a daily's e-paper as the reader downloads it with the e-paper site's
"Download page" button: page 11 (Business) of the Mumbai edition of The Meridian Post (a made-up
paper) for Tuesday 2 September 2025, at the paper's page size (935 x 1300 pt), with several
stories laid out in five columns the way the page was set:

  * the folio across the top (page number and section, the paper's name, edition and date) over
    a thick and a thin rule;
  * the lead story in columns 1-3 under a red kicker bar, a two-line 31 pt headline, an italic
    deck and a byline, with a drawn press photo across columns 1-2 and its caption and credit,
    body text in justified Times with a bold dateline, two bold crossheads and a "Continued on
    Page 13" jump line at the foot of column 3;
  * columns 4-5: a tax story, a manufacturing story and a corporate story, each with kicker,
    headline across both columns and byline and its text balanced over the two columns, then an
    "IN BRIEF" strip with two briefs; the lead's photo is sized so that its columns end level
    with the briefs;
  * below a full-width rule: a second story across columns 1-3 with its own kicker, headline,
    byline and crossheads, a shaded, boxed "FACT FILE" in column 4 and a bank's display
    advertisement in column 5;
  * a property developer's advertisement across the foot of the page, and a small line under
    it with the e-paper site's address and the page's name.

Only two stories (the lead and the second story, with the fact file) are on the notes' topic;
the others are the rest of the page. Base-14 fonts (WinAnsi), so the paper writes "Rs" and never
the rupee sign; curly quotes, apostrophes and em dashes as the paper prints them; no
hyphenation. Text is placed with reportlab's Paragraph objects, split from column to column.

Run: /usr/bin/python3 tools/make_epaper.py [output path]   (invariant=1, byte-for-byte stable;
EPAPER_DEBUG=1 prints how each story filled its columns and any over-stretched lines)
"""
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Spacer

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "meridian-post-business-page-2025-09-02.txt")
OUT = os.path.join(HERE, "..", "docs", "meridian-post-business-page-2025-09-02.pdf")

W, H = 935.0, 1300.0
LEFT, GUT, COLW = 28.0, 11.0, 167.0
RED = colors.HexColor("#a3151d")
DARK = colors.HexColor("#1b1b1b")
GREY = colors.HexColor("#5a5a5a")
PAPER_BOX = colors.HexColor("#f2ead5")


def colx(i):
    return LEFT + i * (COLW + GUT)


def span(i, j):
    """Width of columns i..j inclusive."""
    return (j - i + 1) * COLW + (j - i) * GUT


def smart(s):
    s = s.replace("--", "\u2014")
    s = re.sub(r'(^|[\s(\u2014])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\u2014])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def x(s):
    return smart(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse():
    meta, arts, cur = {}, {}, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("# "):
                continue
            if line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                if key == "article":
                    cur = {"id": val, "body": [], "rows": [], "items": [], "ad": []}
                    arts[val] = cur
                elif cur is None:
                    meta[key] = val
                elif key in ("kicker", "headline", "deck", "byline", "photo", "jump", "sub",
                             "small"):
                    cur[key] = val
                elif key == "h":
                    cur["body"].append(("h", val))
                elif key == "row":
                    cur["rows"].append([p.strip() for p in val.split("|", 1)])
                elif key == "item":
                    cur["items"].append([val, ""])
                elif key == "adline":
                    cur["ad"].append(val)
                else:
                    raise SystemExit("unknown key %r" % key)
            elif cur is not None and cur["items"] and cur["id"] == "brief":
                cur["items"][-1][1] = line
            else:
                cur["body"].append(("p", line))
    return meta, arts


ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=9.3, leading=11.1,
                           alignment=TA_JUSTIFY, firstLineIndent=8),
    "body0": ParagraphStyle("body0", fontName="Times-Roman", fontSize=9.3, leading=11.1,
                            alignment=TA_JUSTIFY),
    "cross": ParagraphStyle("cross", fontName="Helvetica-Bold", fontSize=9.4, leading=11.5,
                            textColor=DARK),
    "kicker": ParagraphStyle("kicker", fontName="Helvetica-Bold", fontSize=8.2, leading=10,
                             textColor=colors.white),
    "h_lead": ParagraphStyle("h_lead", fontName="Times-Bold", fontSize=31, leading=33.5),
    "h_dpi": ParagraphStyle("h_dpi", fontName="Times-Bold", fontSize=24, leading=26.5),
    "h_gst": ParagraphStyle("h_gst", fontName="Times-Bold", fontSize=19, leading=21.5),
    "h_pmi": ParagraphStyle("h_pmi", fontName="Times-Bold", fontSize=16, leading=18.5),
    "deck": ParagraphStyle("deck", fontName="Times-Italic", fontSize=13.2, leading=16,
                           textColor=colors.HexColor("#2a2a2a")),
    "byline": ParagraphStyle("byline", fontName="Helvetica-Bold", fontSize=7.4, leading=9.5,
                             textColor=GREY),
    "caption": ParagraphStyle("caption", fontName="Helvetica", fontSize=7.3, leading=9,
                              textColor=colors.HexColor("#303030")),
    "jump": ParagraphStyle("jump", fontName="Helvetica-BoldOblique", fontSize=7.8, leading=10,
                           alignment=TA_RIGHT, textColor=RED),
    "brief_t": ParagraphStyle("brief_t", fontName="Helvetica-Bold", fontSize=8.6, leading=10.4,
                              textColor=RED),
    "brief": ParagraphStyle("brief", fontName="Times-Roman", fontSize=9, leading=10.8,
                            alignment=TA_JUSTIFY),
    "ff_sub": ParagraphStyle("ff_sub", fontName="Times-BoldItalic", fontSize=12, leading=14),
    "ff_label": ParagraphStyle("ff_label", fontName="Helvetica-Bold", fontSize=7.8,
                               leading=9.4, textColor=RED),
    "ff_text": ParagraphStyle("ff_text", fontName="Helvetica", fontSize=7.8, leading=9.4),
    "ad_h": ParagraphStyle("ad_h", fontName="Helvetica-Bold", fontSize=15, leading=17,
                           alignment=TA_CENTER, textColor=colors.white),
    "ad_sub": ParagraphStyle("ad_sub", fontName="Helvetica-Oblique", fontSize=8, leading=10,
                             alignment=TA_CENTER, textColor=colors.white),
    "ad_line": ParagraphStyle("ad_line", fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                              alignment=TA_CENTER, textColor=DARK),
    "ad_small": ParagraphStyle("ad_small", fontName="Helvetica", fontSize=6, leading=7.5,
                               alignment=TA_CENTER, textColor=GREY),
}


def body_flowables(body):
    out, first, after_h = [], True, False
    for kind, text in body:
        if kind == "h":
            out.append(Spacer(1, 5))
            out.append(Paragraph(x(text), ST["cross"]))
            out.append(Spacer(1, 1.5))
            after_h = True
            continue
        m = re.match(r"^([A-Z][A-Z ]+):\s", text)
        if first and m:
            text = "<b>%s:</b> %s" % (m.group(1), x(text[m.end():]))
            out.append(Paragraph(text, ST["body0"]))
        else:
            out.append(Paragraph(x(text), ST["body0"] if after_h else ST["body"]))
        first, after_h = False, False
    return out


def fill(c, flowables, rects, name):
    """Set flowables into the column rectangles (x, top, width, bottom) in order."""
    queue = list(flowables)
    ri = 0
    xx, y, w, bottom = rects[0]
    while queue:
        f = queue.pop(0)
        avail = y - bottom
        fw, fh = f.wrap(w, avail)
        if fh <= avail + 0.01:
            # a crosshead must not be left at the foot of a column
            if isinstance(f, Paragraph) and f.style.name in ("cross", "brief_t") and queue:
                if fh + 2 * ST["body"].leading + 3 > avail:
                    queue.insert(0, f)
                    ri += 1
                    if ri >= len(rects):
                        raise SystemExit("%s: out of room" % name)
                    xx, y, w, bottom = rects[ri]
                    continue
            if isinstance(f, Spacer) and y == rects[ri][1]:
                continue  # no space at the head of a column
            f.drawOn(c, xx, y - fh)
            loose(c, f, name)
            y -= fh
            continue
        parts = f.split(w, avail) if avail > 0 else []
        if len(parts) >= 2:
            parts[0].wrap(w, avail)
            parts[0].drawOn(c, xx, y - parts[0].height)
            loose(c, parts[0], name)
            queue[0:0] = parts[1:]
        else:
            queue.insert(0, f)
        ri += 1
        if ri >= len(rects):
            raise SystemExit("%s: out of room, %d flowables left" % (name, len(queue)))
        xx, y, w, bottom = rects[ri]
    return ri, y - bottom


LOOSE = []
DRAWING = []


def loose(c, f, name):
    """Note justified lines whose word gaps are stretched so far that a reader's text tool
    might take them apart (kept out of the final page by rewording the source)."""
    if not DRAWING or c is not DRAWING[0]:
        return
    if not isinstance(f, Paragraph) or f.style.alignment != TA_JUSTIFY:
        return
    for ln in f.blPara.lines[:-1]:
        if isinstance(ln, tuple):
            extra, words = ln
            n = len(words)
            text = " ".join(words)
        else:
            extra = ln.extraSpace
            text = " ".join("".join(getattr(w, "text", "") for w in [fr]) for fr in ln.words)
            n = len(text.split())
        if n > 1 and extra / (n - 1) > 10:
            LOOSE.append((name, round(extra / (n - 1), 1), text))


def kicker(c, text, x0, y):
    """A red bar with the section kicker in white capitals; returns the y below it."""
    c.setFont("Helvetica-Bold", 8.2)
    tw = c.stringWidth(text, "Helvetica-Bold", 8.2)
    c.setFillColor(RED)
    c.rect(x0, y - 12, tw + 10, 12, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.drawString(x0 + 5, y - 9, text)
    c.setFillColor(colors.black)
    return y - 16


def para(c, text, style, x0, y, w):
    p = Paragraph(text, style)
    pw, ph = p.wrap(w, 1000)
    p.drawOn(c, x0, y - ph)
    return y - ph


def byline(c, text, x0, y, w):
    who, _, where = text.partition(" | ")
    y = para(c, "%s <font color='#a3151d'>| %s</font>" % (x(who), x(where)), ST["byline"],
             x0, y, w)
    return y - 4


def hrule(c, x0, x1, y, width=0.6, color=DARK):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x0, y, x1, y)


def col_rules(c, cols, top, bottom):
    c.setStrokeColor(colors.HexColor("#9a9a9a"))
    c.setLineWidth(0.35)
    for i in cols:
        xr = colx(i) - GUT / 2.0
        c.line(xr, top, xr, bottom)


def photo(c, x0, y_top, w, h):
    """A market stall with a QR code stand (drawn; the e-paper page image is not kept)."""
    y0 = y_top - h
    c.saveState()
    c.setFillColor(colors.HexColor("#8f8779"))
    c.rect(x0, y0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#b8ae9b"))
    c.rect(x0, y0 + h * 0.55, w, h * 0.45, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#6d5f4b"))
    c.rect(x0, y0, w, h * 0.32, stroke=0, fill=1)
    seed = 20250902
    for i in range(22):  # heaps of fruit on the counter
        seed = (seed * 1103515245 + 12345) % 2147483648
        cx = x0 + 12 + (seed % int(w - 24))
        seed = (seed * 1103515245 + 12345) % 2147483648
        cy = y0 + h * 0.34 + (seed % 22)
        shade = ["#c98a2e", "#d9b44a", "#a94a2c", "#7f9a3a"][i % 4]
        c.setFillColor(colors.HexColor(shade))
        c.circle(cx, cy, 8 + (i % 3) * 2, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#4a3f33"))  # the seller
    c.circle(x0 + w * 0.72, y0 + h * 0.76, 17, stroke=0, fill=1)
    c.rect(x0 + w * 0.72 - 26, y0 + h * 0.36, 52, h * 0.34, stroke=0, fill=1)
    qx, qy, qs = x0 + w * 0.30, y0 + h * 0.50, 58  # the QR stand
    c.setFillColor(colors.white)
    c.rect(qx - 4, qy - 4, qs + 8, qs + 18, stroke=0, fill=1)
    c.setFillColor(colors.black)
    cell = qs / 21.0
    seed = 16042016
    for r in range(21):
        for q in range(21):
            finder = (r < 7 and q < 7) or (r < 7 and q > 13) or (r > 13 and q < 7)
            if finder:
                rr, qq = r % 14 if r > 13 else r, q % 14 if q > 13 else q
                on = rr in (0, 6) or qq in (0, 6) or (2 <= rr <= 4 and 2 <= qq <= 4)
            else:
                seed = (seed * 1103515245 + 12345) % 2147483648
                on = (seed >> 16) & 1
            if on:
                c.rect(qx + q * cell, qy + (20 - r) * cell, cell, cell, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 5)
    c.drawCentredString(qx + qs / 2.0, qy + qs + 6, "SCAN & PAY")
    c.setStrokeColor(colors.HexColor("#3a3a3a"))
    c.setLineWidth(0.4)
    c.rect(x0, y0, w, h, stroke=1, fill=0)
    c.restoreState()
    return y0


def folio(c, meta):
    y = H - 42
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, meta["page"])
    c.setFillColor(RED)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 24, y + 1, meta["section"])
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2.0, y, meta["paper"])
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - LEFT, y + 2, "%s, %s" % (meta["edition"], meta["date"]))
    hrule(c, LEFT, W - LEFT, y - 8, 2.2)
    hrule(c, LEFT, W - LEFT, y - 11.5, 0.5)
    return y - 22


def draw_page(c, meta, arts):
    top = folio(c, meta)

    # ---- right-hand columns 4-5: three stories and the briefs, each balanced over two columns
    col_rules(c, [3], top, top - 20)
    y = top
    for key, hstyle in (("gst", "h_gst"), ("pmi", "h_pmi"), ("jio", "h_pmi")):
        a = arts[key]
        if key != "gst":
            hrule(c, colx(3), colx(4) + COLW, y - 6, 0.5, GREY)
            y -= 12
        y = kicker(c, a["kicker"], colx(3), y)
        y = para(c, x(a["headline"]), ST[hstyle], colx(3), y - 1, span(3, 4))
        y = byline(c, a["byline"], colx(3), y - 4, span(3, 4))
        bottom = balance(lambda body=a["body"]: body_flowables(body),
                         [(colx(3), y - 2), (colx(4), y - 2)], key)
        used, room = fill(c, body_flowables(a["body"]),
                          [(colx(3), y - 2, COLW, bottom), (colx(4), y - 2, COLW, bottom)], key)
        LOG.append((key, used, room))
        col_rules(c, [4], y - 2, bottom)
        y = bottom

    a = arts["brief"]
    by = y - 8
    c.setFillColor(DARK)
    c.rect(colx(3), by - 15, span(3, 4), 15, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(colx(3) + 5, by - 11, a["headline"])
    c.setFillColor(colors.black)

    def brief_flows():
        flows = []
        for title, text in a["items"]:
            flows += [Paragraph(x(title), ST["brief_t"]), Spacer(1, 1),
                      Paragraph(x(text), ST["brief"]), Spacer(1, 5)]
        return flows
    lead_bottom = balance(brief_flows, [(colx(3), by - 20), (colx(4), by - 20)], "brief")
    used, room = fill(c, brief_flows(), [(colx(3), by - 20, COLW, lead_bottom),
                                         (colx(4), by - 20, COLW, lead_bottom)], "brief")
    LOG.append(("brief", used, room))
    col_rules(c, [4], by - 20, lead_bottom)
    col_rules(c, [3], top, lead_bottom)

    # ---- lead story, columns 1-3, its photo sized to fill the space down to the briefs' foot
    a = arts["lead"]
    y = kicker(c, a["kicker"], colx(0), top)
    y = para(c, x(a["headline"]), ST["h_lead"], colx(0), y - 1, span(0, 2))
    y = para(c, x(a["deck"]), ST["deck"], colx(0), y - 5, span(0, 2))
    y = byline(c, a["byline"], colx(0), y - 6, span(0, 2))
    hrule(c, colx(0), colx(0) + span(0, 2), y, 0.5, GREY)
    body_top = y - 7
    cap, credit = [s.strip() for s in a["photo"].split("|")]
    capt = "%s <font name='Helvetica-Bold'>%s</font>" % (x(cap), x(credit))
    cap_h = Paragraph(capt, ST["caption"]).wrap(span(0, 1), 1000)[1]

    def lead_flows():
        flows = body_flowables(a["body"])
        flows.append(Spacer(1, 4))
        flows.append(Paragraph(x(a["jump"]), ST["jump"]))
        return flows

    def lead_rects(ph):
        under = body_top - ph - 4 - cap_h - 8
        return [(colx(0), under, COLW, lead_bottom), (colx(1), under, COLW, lead_bottom),
                (colx(2), body_top, COLW, lead_bottom)]
    import io
    ph, lo, hi = None, 60.0, 600.0
    while hi - lo > 1:
        mid = (lo + hi) / 2.0
        try:
            fill(canvas.Canvas(io.BytesIO(), pagesize=(W, H), invariant=1), lead_flows(),
                 lead_rects(mid), "lead")
            ph, lo = mid, mid
        except SystemExit:
            hi = mid
    ph = float(int(ph))
    py = photo(c, colx(0), body_top, span(0, 1), ph)
    para(c, capt, ST["caption"], colx(0), py - 4, span(0, 1))
    rects = lead_rects(ph)
    used, room = fill(c, lead_flows(), rects, "lead")
    LOG.append(("lead", used, room))
    LOG.append(("photo", 0, ph))
    col_rules(c, [1], rects[0][1], lead_bottom)
    col_rules(c, [2], body_top, lead_bottom)

    # ---- lower half: second story, fact file, advertisement
    mid = lead_bottom - 9
    hrule(c, LEFT, W - LEFT, mid, 1.4)
    a = arts["dpi"]
    y = kicker(c, a["kicker"], colx(0), mid - 8)
    y = para(c, x(a["headline"]), ST["h_dpi"], colx(0), y - 1, span(0, 2))
    y = byline(c, a["byline"], colx(0), y - 4, span(0, 2))
    dpi_bottom = balance(lambda: body_flowables(arts["dpi"]["body"]),
                         [(colx(i), y - 3) for i in range(3)], "dpi")
    used, room = fill(c, body_flowables(a["body"]),
                      [(colx(i), y - 3, COLW, dpi_bottom) for i in range(3)], "dpi")
    LOG.append(("dpi", used, room))
    col_rules(c, [1, 2], y - 3, dpi_bottom)
    col_rules(c, [3, 4], mid - 6, dpi_bottom)

    a = arts["factfile"]
    fx, fw = colx(3), COLW
    ftop = mid - 8
    flows = [Paragraph(x(a["sub"]), ST["ff_sub"]), Spacer(1, 3)]
    for label, text in a["rows"]:
        flows += [Paragraph(x(label), ST["ff_label"]), Paragraph(x(text), ST["ff_text"]),
                  Spacer(1, 4)]
    inner = fw - 14
    hgt = sum(f.wrap(inner, 1000)[1] for f in flows)
    box_h = hgt + 34
    c.setFillColor(PAPER_BOX)
    c.setStrokeColor(RED)
    c.setLineWidth(0.8)
    c.rect(fx, ftop - box_h, fw, box_h, stroke=1, fill=1)
    c.setFillColor(RED)
    c.rect(fx, ftop - 18, fw, 18, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(fx + 7, ftop - 13, a["headline"])
    c.setFillColor(colors.black)
    used, room = fill(c, flows, [(fx + 7, ftop - 24, inner, ftop - box_h)], "factfile")
    LOG.append(("factfile", used, room))

    a = arts["ad"]
    ax, aw, atop, abot = colx(4), COLW, mid - 8, dpi_bottom + 2
    c.setStrokeColor(DARK)
    c.setLineWidth(1)
    c.rect(ax, abot, aw, atop - abot, stroke=1, fill=0)
    c.setFillColor(colors.HexColor("#0f4c81"))
    c.rect(ax, atop - 96, aw, 96, stroke=0, fill=1)
    c.setFont("Helvetica", 5.5)
    c.setFillColor(colors.white)
    c.drawRightString(ax + aw - 4, atop - 8, "ADVT")
    y = para(c, x(a["headline"]), ST["ad_h"], ax + 6, atop - 16, aw - 12)
    para(c, x(a["sub"]), ST["ad_sub"], ax + 6, y - 4, aw - 12)
    y = atop - 110
    for line in a["ad"]:
        for part in line.split(" | "):
            y = para(c, x(part), ST["ad_line"], ax + 8, y, aw - 16) - 7
    if y < abot + 30:
        raise SystemExit("ad: out of room")
    para(c, x(a["small"]), ST["ad_small"], ax + 6, abot + 16, aw - 12)

    # ---- lower band: a quarter-page advertisement across the page
    band_top = dpi_bottom - 10
    hrule(c, LEFT, W - LEFT, band_top + 4, 1.4)
    draw_band_ad(c, band_top, 52)

    c.setFont("Helvetica", 6.5)
    c.setFillColor(GREY)
    c.drawString(LEFT, 30, meta["url"])
    c.drawRightString(W - LEFT, 30, "%s | %s | Page %s" % (meta["paper"].title(),
                                                          meta["edition"].title(), meta["page"]))


def draw_band_ad(c, top, bottom):
    """An advertiser's panel across the foot of the page: mostly picture, little text."""
    c.saveState()
    c.setFillColor(colors.HexColor("#f6f1e7"))
    c.rect(LEFT, bottom, W - 2 * LEFT, top - bottom, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#d8c7a6"))
    for i in range(9):
        c.rect(LEFT + 330 + i * 60, bottom + 40, 42,
               min(60 + (i * 37) % 180, top - bottom - 70), stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1d3a2f"))
    c.setFont("Times-Bold", 34)
    c.drawString(LEFT + 24, top - 70, "Aranya Greens")
    c.setFont("Helvetica", 13)
    c.drawString(LEFT + 24, top - 96, "2 & 3 BHK homes at Kalyan West")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 24, top - 124, "Site visits every weekend")
    c.setFont("Helvetica", 6)
    c.drawString(LEFT + 24, bottom + 10, "Project registered with MahaRERA. Images are artist's "
                 "impressions. ADVT")
    c.setStrokeColor(DARK)
    c.setLineWidth(0.8)
    c.rect(LEFT, bottom, W - 2 * LEFT, top - bottom, stroke=1, fill=0)
    c.restoreState()


LOG = []


def balance(make_flows, tops, name, step=1.0):
    """The highest common column foot at which make_flows() fits the columns (x, top) given."""
    import io
    lo = min(t for _, t in tops) - 900
    hi = min(t for _, t in tops) - 10
    best = None
    while hi - lo > step:
        mid = (lo + hi) / 2.0
        scratch = canvas.Canvas(io.BytesIO(), pagesize=(W, H), invariant=1)
        try:
            fill(scratch, make_flows(), [(x0, t, COLW, mid) for x0, t in tops], name)
            best, lo = mid, mid
        except SystemExit:
            hi = mid
    if best is None:
        raise SystemExit("%s: cannot balance" % name)
    return best


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, arts = parse()
    c = canvas.Canvas(dest, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("TMP_MUM_20250902_11")
    c.setAuthor("The Meridian Post")
    c.setSubject("Mumbai edition, page 11 (Business)")
    c.setCreator("Meridian Post ePaper")
    DRAWING.append(c)
    draw_page(c, meta, arts)
    c.showPage()
    c.save()
    if os.environ.get("EPAPER_DEBUG"):
        for name, used, room in LOG:
            print("%-9s last column %d, %.1f pt left" % (name, used + 1, room))
        for item in LOOSE:
            print("loose", item)


if __name__ == "__main__":
    main()
