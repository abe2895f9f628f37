#!/usr/bin/env python3
"""Make docs/removal-of-judges-handout.pdf from tools/removal-of-judges.txt (reportlab).

Run from the set's directory:  /usr/bin/python3 tools/make_pdf.py
The source uses a small markup of its own: @title/@subtitle/@meta, '# ' level-1 and
'## ' level-2 headings, '- ' bullets, '1) ' numbered items, '!box ' a shaded box,
@table ... @endtable (pipe-separated, first row the header), @mcq ... @answers ... .
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'removal-of-judges.txt')
OUT = os.path.join(HERE, '..', 'docs', 'removal-of-judges-handout.pdf')

HEADER_LEFT = 'SAMARTH IAS ACADEMY  |  GS-II Polity  |  Handout 9.4'
HEADER_RIGHT = 'Removal of Judges'
FOOTER_LEFT = 'samarthias.in  |  For enrolled students only. Not for sale.'

base = ParagraphStyle('base', fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=5)
title = ParagraphStyle('title', parent=base, fontName='Helvetica-Bold', fontSize=17, leading=21,
                       alignment=TA_CENTER, spaceAfter=4, textColor=colors.HexColor('#1f3864'))
subtitle = ParagraphStyle('subtitle', parent=base, fontName='Helvetica-Oblique', fontSize=10,
                          alignment=TA_CENTER, spaceAfter=2)
meta = ParagraphStyle('meta', parent=base, fontSize=8.5, alignment=TA_CENTER,
                      textColor=colors.HexColor('#555555'), spaceAfter=10)
h1 = ParagraphStyle('h1', parent=base, fontName='Helvetica-Bold', fontSize=13, leading=16,
                    spaceBefore=10, spaceAfter=5, textColor=colors.HexColor('#1f3864'),
                    keepWithNext=1)
h2 = ParagraphStyle('h2', parent=base, fontName='Helvetica-Bold', fontSize=10.5, leading=14,
                    spaceBefore=6, spaceAfter=3, keepWithNext=1)
bullet = ParagraphStyle('bullet', parent=base, spaceAfter=2, leftIndent=14, bulletIndent=3,
                        bulletFontName='Helvetica', bulletFontSize=9)
numitem = ParagraphStyle('numitem', parent=base, spaceAfter=2, leftIndent=34, firstLineIndent=-16)
cell = ParagraphStyle('cell', parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle('cellb', parent=cell, fontName='Helvetica-Bold')
boxs = ParagraphStyle('box', parent=base, fontName='Helvetica', fontSize=9.5, leading=13)
mcq_q = ParagraphStyle('mcqq', parent=base, fontName='Helvetica-Bold', fontSize=9.5, leading=12.5,
                       spaceBefore=4, spaceAfter=1)
mcq_o = ParagraphStyle('mcqo', parent=base, fontSize=9.5, leading=12, leftIndent=14, spaceAfter=0)
ans = ParagraphStyle('ans', parent=base, fontSize=9, leading=12.5)


class NumberedCanvas(rlcanvas.Canvas):
    """Draws the running header and 'Page N of M' footer once the page count is known."""
    def __init__(self, *a, **k):
        rlcanvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_running(n)
            rlcanvas.Canvas.showPage(self)
        rlcanvas.Canvas.save(self)

    def draw_running(self, total):
        w, h = A4
        self.saveState()
        self.setFont('Helvetica-Bold', 8)
        self.setFillColor(colors.HexColor('#1f3864'))
        self.drawString(18 * mm, h - 12 * mm, HEADER_LEFT)
        self.setFont('Helvetica', 8)
        self.drawRightString(w - 18 * mm, h - 12 * mm, HEADER_RIGHT)
        self.setStrokeColor(colors.HexColor('#1f3864'))
        self.setLineWidth(0.6)
        self.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
        self.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
        self.setFillColor(colors.HexColor('#444444'))
        self.drawString(18 * mm, 9.5 * mm, FOOTER_LEFT)
        self.drawRightString(w - 18 * mm, 9.5 * mm, 'Page %d of %d' % (self._pageNumber, total))
        self.restoreState()


def p(text, style):
    return Paragraph(escape(text), style)


def build():
    lines = open(SRC, encoding='utf-8').read().split('\n')
    story = []
    bullets = []
    numbered = []

    def flush():
        nonlocal bullets, numbered
        if bullets:
            for b in bullets:
                story.append(Paragraph(escape(b), bullet, bulletText=u'\u2022'))
            bullets = []
        if numbered:
            for k, b in enumerate(numbered, 1):
                story.append(p('(%d) %s' % (k, b), numitem))
            numbered = []

    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        i += 1
        if ln.startswith('- '):
            if numbered:
                flush()
            bullets.append(ln[2:])
            continue
        if len(ln) > 3 and ln[0].isdigit() and ln[1] == ')':
            if bullets:
                flush()
            numbered.append(ln[3:])
            continue
        flush()
        if not ln:
            continue
        if ln.startswith('@title '):
            story.append(p(ln[7:], title))
        elif ln.startswith('@subtitle '):
            story.append(p(ln[10:], subtitle))
        elif ln.startswith('@meta '):
            story.append(p(ln[6:], meta))
        elif ln.startswith('## '):
            story.append(p(ln[3:], h2))
        elif ln.startswith('# '):
            story.append(p(ln[2:], h1))
        elif ln.startswith('!box '):
            t = Table([[p(ln[5:], boxs)]], colWidths=[170 * mm])
            t.setStyle(TableStyle([
                ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fff2cc')),
                ('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#bf9000')),
                ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif ln == '@table':
            rows = []
            while lines[i].strip() != '@endtable':
                rows.append([c.strip() for c in lines[i].split('|')])
                i += 1
            i += 1
            ncol = len(rows[0])
            widths = [42 * mm, 34 * mm, 20 * mm, 78 * mm] if ncol == 4 else None
            if rows[0][0] == 'Point':
                widths = [28 * mm, 46 * mm, 48 * mm, 52 * mm]
            data = [[p(c, cellb) for c in rows[0]]] + [[p(c, cell) for c in r] for r in rows[1:]]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9e2f3')),
                ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#8eaadb')),
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#f2f5fb')])]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
        elif ln == '@mcq':
            story.append(p('11. Practice MCQs (End of Chapter)', h1))
            story.append(p('Attempt all eight before looking at the key. Time: 8 minutes.', meta))
            block = []
            while lines[i].strip() != '@answers':
                q = lines[i].rstrip()
                i += 1
                if not q:
                    continue
                if q.startswith('Q'):
                    if block:
                        story.append(KeepTogether(block))
                    block = [p(q, mcq_q)]
                else:
                    block.append(p(q, mcq_o))
            if block:
                story.append(KeepTogether(block))
            i += 1
            story.append(p('Answer Key', h2))
            while i < len(lines):
                if lines[i].strip():
                    story.append(p(lines[i].strip(), ans))
                i += 1
        else:
            story.append(p(ln, base))
    flush()

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title='Removal of Judges - Handout 9.4', author='Samarth IAS Academy',
                          subject='GS Paper II Polity: Judiciary', creator='Samarth IAS Academy',
                          producer='ReportLab PDF Library - www.reportlab.com')
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='body')
    doc.addPageTemplates([PageTemplate(id='page', frames=[frame])])
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == '__main__':
    build()
