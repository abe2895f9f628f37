#!/usr/bin/python3
"""Re-make docs/biofuels-policy-handout.pdf from tools/biofuels-policy-handout.txt.

The PDF imitates a coaching handout typed in MS Word and saved as PDF:
A4, Word's default 2.54 cm margins, an institute header and a
"Page X of Y" footer on every page, numbered bold headings, a bordered
table and a shaded exam-tips box. Deterministic (invariant=1).

Run: /usr/bin/python3 tools/make_pdf.py
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'biofuels-policy-handout.txt')
OUT = os.path.join(HERE, '..', 'docs', 'biofuels-policy-handout.pdf')

FONTDIR = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Arial', FONTDIR + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Bold', FONTDIR + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Arial-Italic', FONTDIR + 'LiberationSans-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Arial-BoldItalic', FONTDIR + 'LiberationSans-BoldItalic.ttf'))
rl_config.canvas_basefontname = 'Arial'
pdfmetrics.registerFontFamily('Arial', normal='Arial', bold='Arial-Bold',
                              italic='Arial-Italic', boldItalic='Arial-BoldItalic')

WORD_BLUE = colors.HexColor('#1F3864')
HEAD_BLUE = colors.HexColor('#2F5496')

BODY = ParagraphStyle('body', fontName='Arial', fontSize=10.5, leading=13.6,
                      alignment=TA_JUSTIFY, spaceAfter=5)
BULLET = ParagraphStyle('bullet', parent=BODY, leftIndent=18, bulletIndent=6,
                        spaceAfter=3, bulletFontName='Arial')
ITEM = ParagraphStyle('item', parent=BODY, leftIndent=22, bulletIndent=2,
                      spaceAfter=3, bulletFontName='Arial')
H1 = ParagraphStyle('h1', fontName='Arial-Bold', fontSize=12.5, leading=16,
                    textColor=HEAD_BLUE, spaceBefore=9, spaceAfter=4,
                    keepWithNext=1)
H2 = ParagraphStyle('h2', fontName='Arial-Bold', fontSize=11, leading=14,
                    textColor=WORD_BLUE, spaceBefore=5, spaceAfter=3,
                    keepWithNext=1)
TITLE = ParagraphStyle('title', fontName='Arial-Bold', fontSize=14.5,
                       leading=18, alignment=TA_CENTER, spaceAfter=3)
SUBTITLE = ParagraphStyle('subtitle', fontName='Arial-Italic', fontSize=9,
                          leading=11, alignment=TA_CENTER, spaceAfter=10,
                          textColor=colors.HexColor('#404040'))
CAPTION = ParagraphStyle('caption', fontName='Arial-Italic', fontSize=9,
                         leading=11, textColor=HEAD_BLUE, spaceBefore=2,
                         spaceAfter=3, keepWithNext=1)
CELL = ParagraphStyle('cell', fontName='Arial', fontSize=9, leading=11,
                      alignment=TA_LEFT)
CELL_HEAD = ParagraphStyle('cellhead', parent=CELL, fontName='Arial-Bold')
BOX_TITLE = ParagraphStyle('boxtitle', fontName='Arial-Bold', fontSize=10.5,
                           leading=13, spaceAfter=3, textColor=WORD_BLUE)
BOX_BULLET = ParagraphStyle('boxbullet', fontName='Arial', fontSize=9.5,
                            leading=12.2, leftIndent=14, bulletIndent=2,
                            spaceAfter=2, bulletFontName='Arial')
END = ParagraphStyle('end', parent=BODY, alignment=TA_CENTER,
                     fontName='Arial-Italic', fontSize=9.5, spaceBefore=8)

META = {}


def esc(text):
    """Escape & for reportlab's paragraph parser, keep <b> tags."""
    return text.replace('&', '&amp;')


def parse(lines):
    story = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip('\n')
        i += 1
        if not line.strip():
            continue
        if line.startswith('@'):
            key, _, val = line[1:].partition(' ')
            META[key] = val
            if key == 'title':
                story.append(Paragraph(esc(val), TITLE))
            elif key == 'subtitle':
                story.append(Paragraph(esc(val), SUBTITLE))
            continue
        if line.startswith('## '):
            story.append(Paragraph(esc(line[3:]), H2))
            continue
        if line.startswith('# '):
            story.append(Paragraph(esc(line[2:]), H1))
            continue
        if line.startswith('[table]'):
            caption = line[len('[table]'):].strip()
            rows = []
            while not lines[i].startswith('[/table]'):
                rows.append([c.strip() for c in lines[i].rstrip('\n').split(' | ')])
                i += 1
            i += 1
            data = []
            for r, row in enumerate(rows):
                st = CELL_HEAD if r == 0 else CELL
                data.append([Paragraph(esc(c), st) for c in row])
            widths = [2.3 * cm, 4.6 * cm, 4.7 * cm, 4.4 * cm]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#D9E2F3')),
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('LEFTPADDING', (0, 0), (-1, -1), 4),
                ('RIGHTPADDING', (0, 0), (-1, -1), 4),
                ('TOPPADDING', (0, 0), (-1, -1), 3),
                ('BOTTOMPADDING', (0, 0), (-1, -1), 4),
            ]))
            story.append(KeepTogether([Paragraph(esc(caption), CAPTION), t,
                                       Spacer(1, 6)]))
            continue
        if line.startswith('[box]'):
            title = line[len('[box]'):].strip()
            inner = [Paragraph(esc(title), BOX_TITLE)]
            while not lines[i].startswith('[/box]'):
                item = lines[i].rstrip('\n')
                if item.startswith('- '):
                    inner.append(Paragraph(esc(item[2:]), BOX_BULLET,
                                           bulletText='\u25aa'))
                else:
                    inner.append(Paragraph(esc(item), BOX_BULLET))
                i += 1
            i += 1
            t = Table([[inner]], colWidths=[16.0 * cm])
            t.setStyle(TableStyle([
                ('BOX', (0, 0), (-1, -1), 1.0, colors.HexColor('#2F5496')),
                ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#E7EEF8')),
                ('LEFTPADDING', (0, 0), (-1, -1), 8),
                ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                ('TOPPADDING', (0, 0), (-1, -1), 6),
                ('BOTTOMPADDING', (0, 0), (-1, -1), 6),
            ]))
            story.append(Spacer(1, 6))
            story.append(t)
            story.append(Spacer(1, 6))
            continue
        if line.startswith('***'):
            story.append(Paragraph(esc(line), END))
            continue
        if line.startswith('- '):
            story.append(Paragraph(esc(line[2:]), BULLET, bulletText='\u2022'))
            continue
        m = re.match(r'^(\([a-z]\)|\d+\.) (.*)$', line)
        if m:
            story.append(Paragraph(esc(m.group(2)), ITEM, bulletText=m.group(1)))
            continue
        story.append(Paragraph(esc(line), BODY))
    return story


class HandoutCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count, for the 'Page X of Y' footer."""

    def __init__(self, *args, **kwargs):
        kwargs['invariant'] = 1
        rl_canvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_header_footer(total)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def draw_header_footer(self, total):
        w, h = A4
        left, right = 2.54 * cm, w - 2.54 * cm
        self.saveState()
        top = h - 1.25 * cm
        self.setFillColor(WORD_BLUE)
        self.setFont('Arial-Bold', 12)
        self.drawString(left, top - 10, META['header-left'])
        self.setFillColor(colors.HexColor('#404040'))
        self.setFont('Arial', 7.5)
        self.drawString(left, top - 20, META['header-left2'])
        self.setFont('Arial-Bold', 8.5)
        self.drawRightString(right, top - 9, META['header-right'])
        self.setFont('Arial', 7.5)
        self.drawRightString(right, top - 20, META['header-right2'])
        self.setStrokeColor(HEAD_BLUE)
        self.setLineWidth(1.2)
        self.line(left, top - 25, right, top - 25)
        self.setLineWidth(0.4)
        self.line(left, top - 27.5, right, top - 27.5)
        # footer
        self.setStrokeColor(colors.HexColor('#7F7F7F'))
        self.setLineWidth(0.5)
        self.line(left, 1.75 * cm, right, 1.75 * cm)
        self.setFillColor(colors.HexColor('#595959'))
        self.setFont('Arial-Italic', 7.5)
        self.drawString(left, 1.3 * cm, META['footer-left'])
        self.setFont('Arial', 8.5)
        self.drawRightString(right, 1.3 * cm,
                             'Page %d of %d' % (self._pageNumber, total))
        self.restoreState()


def main():
    with open(SRC, encoding='utf-8') as f:
        lines = f.readlines()
    story = parse(lines)
    doc = BaseDocTemplate(
        OUT, pagesize=A4, leftMargin=2.54 * cm, rightMargin=2.54 * cm,
        topMargin=2.54 * cm, bottomMargin=2.3 * cm,
        title='Biofuels in India - NPB 2018 and 2022 Amendment (Handout 23)',
        author='Prayas IAS Academy', subject='GS Paper III',
        creator='Microsoft\u00ae Word for Microsoft 365',
        producer='Microsoft\u00ae Word for Microsoft 365',
        invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                  id='body', leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='page', frames=[frame])])
    doc.build(story, canvasmaker=HandoutCanvas)


if __name__ == '__main__':
    main()
