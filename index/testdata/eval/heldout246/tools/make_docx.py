#!/usr/bin/python3
"""Re-make docs/solar-parks-ums-module.docx from tools/solar-parks-ums-module.txt.

The file is written the way Microsoft Word (Microsoft 365, compatibility mode 15) saves a
coaching institute's module that was started from a built-in cover page ("Insert > Cover
Page"): the cover is a w:sdt whose docPartGallery is "Cover Pages", holding three anchored
text boxes, each written twice inside mc:AlternateContent (a DrawingML wps:wsp shape in
mc:Choice and a VML v:shape with v:textbox in mc:Fallback, as Word keeps for older readers);
inside the boxes the Company, Title, Subject, Abstract, Author, Publish Date, Company Address,
Phone and E-mail content controls, bound by w:dataBinding to docProps/core.xml, docProps/app.xml
and the CoverPageProperties part in customXml/item1.xml. A page break ends the cover. The one
section has "Different First Page" (w:titlePg) so the cover carries an empty first-page
header and footer; the default header holds the institute's name, a right tab, the module
line, a bottom border and a VML "PowerPlusWaterMarkObject" watermark; the default footer a
"For private circulation" line and "Page {PAGE} of {NUMPAGES}" fields with cached results.
The body uses Heading 1/2 numbered through a multilevel list linked to the styles (numbers
are not in the text), Symbol-font bullets, decimal and "(a)" lists in numbering.xml, a
one-cell shaded "Prelims Pointer" box, a fixed-layout table with a repeated header row, two
footnotes in footnotes.xml, Word's rsid attributes, w14:paraId/textId, proofErr marks around
words the speller does not know, runs split where the text was edited, a hidden _GoBack
bookmark, and zip entries dated 1980-01-01 in Word's part order.

Source markup (tools/solar-parks-ums-module.txt): "@key value" lines for the cover, header,
footer, watermark and footnotes, a line "=====", then the body: "# " Heading 1, "## " Heading
2, "- " bullet, "1. " decimal item and "a. " lettered item (a run of them is one list),
"@box title" ... "@endbox" (one line a bullet), "@table" ... "@endtable" ("|" between cells,
first row the header), "**bold**", "[^n]" a footnote reference, other lines Normal paragraphs.

Run from anywhere: /usr/bin/python3 tools/make_docx.py [OUTPUT]
(OUTPUT defaults to docs/solar-parks-ums-module.docx; the output is byte-for-byte stable.)
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "solar-parks-ums-module.txt")
OUT = os.path.join(HERE, "..", "docs", "solar-parks-ums-module.docx")
DATE = (1980, 1, 1, 0, 0, 0)
XMLHEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
      'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
      'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
      'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
      'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
      'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"')

CORE_ID = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
APP_ID = "{6668398D-A668-4E3E-A5EB-62B293D839F1}"
COVER_ID = "{55AF091B-3C7A-41E3-B477-F2FDAA23CFDA}"
CORE_MAP = ("xmlns:ns0='http://purl.org/dc/elements/1.1/' "
            "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' ")
APP_MAP = ("xmlns:ns0='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' ")
COVER_MAP = "xmlns:ns0='http://schemas.microsoft.com/office/2006/coverPageProps' "

# words Word's speller flags in this module (proofErr spellStart/spellEnd around them)
SPELL = {"Pavagada", "Bhadla", "Khavda", "SPPD", "Tumakuru", "Ranjitsinh", "Omkareshwar",
         "Charanka", "UMREPP", "KREDL", "orans", "Kunta", "Ananthapuramu", "Khandwa", "taluk",
         "Kamuthi", "MNRE", "Rewa", "Sthala", "Kutch"}


class Rand:
    """A fixed linear congruential sequence, so ids are the same on every run."""

    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x

    def hex8(self, top=0x7F):
        a = self.next() & 0xFFFF
        b = self.next() & 0xFFFF
        return "%02X%06X" % ((a >> 8) % top, ((a & 0xFF) << 16) | b)


R = Rand(246)
RSIDS = ["00A21F4C", "00B7730E", "00C41D92", "00D95A1B", "0052E6F0", "006F3C28", "00E1408D",
         "0013B9A5"]
RSID_ROOT = RSIDS[0]


def rsid(k):
    return RSIDS[k % len(RSIDS)]


def t_el(text):
    if text != text.strip() or "  " in text:
        return '<w:t xml:space="preserve">%s</w:t>' % escape(text)
    return "<w:t>%s</w:t>" % escape(text)


class Body:
    def __init__(self, foot_ids):
        self.out = []
        self.pcount = 0
        self.num_next = 5
        self.nums = []  # (numId, abstractNumId) for list instances after the fixed ones
        self.foot_ids = foot_ids

    def p_open(self, ppr=""):
        self.pcount += 1
        k = self.pcount
        pid, tid = R.hex8(), R.hex8()
        attrs = 'w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"' % (
            pid, tid, rsid(k * 3), rsid(k * 3 + 1))
        if k % 4 == 0:
            attrs += ' w:rsidP="%s"' % rsid(k + 2)
        return "<w:p %s>%s" % (attrs, "<w:pPr>%s</w:pPr>" % ppr if ppr else "")

    def runs(self, text, rpr=""):
        """Runs for a line: bold spans, footnote marks, proofErr words, edit splits."""
        out = []
        k = self.pcount
        for tok in re.split(r"(\*\*.+?\*\*|\[\^\d+\])", text):
            if not tok:
                continue
            m = re.fullmatch(r"\[\^(\d+)\]", tok)
            if m:
                out.append('<w:r w:rsidR="%s"><w:rPr><w:rStyle w:val="FootnoteReference"/>%s</w:rPr>'
                           '<w:footnoteReference w:id="%s"/></w:r>' % (rsid(k + 5), rpr, m.group(1)))
                continue
            bold = tok.startswith("**")
            t = tok[2:-2] if bold else tok
            r = rpr + ("<w:b/><w:bCs/>" if bold else "")
            out.extend(self.split_run(t, r))
        return "".join(out)

    def split_run(self, text, rpr):
        k = self.pcount
        pieces = []
        # proofErr around unknown words
        parts = re.split(r"(\b(?:%s)\b)" % "|".join(sorted(SPELL)), text)
        for i, part in enumerate(parts):
            if not part:
                continue
            if part in SPELL:
                pieces.append(("err", part))
            else:
                pieces.append(("txt", part))
        out = []
        for j, (kind, part) in enumerate(pieces):
            rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
            if kind == "err":
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rsid(k + j), rp, t_el(part)))
                out.append('<w:proofErr w:type="spellEnd"/>')
                continue
            # an edit split: long plain runs are broken once at a word boundary
            words = part.split(" ")
            if len(words) > 14 and (k + j) % 3 == 0:
                cut = len(words) // 2
                a = " ".join(words[:cut]) + " "
                b = " ".join(words[cut:])
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rsid(k + j), rp, t_el(a)))
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rsid(k + j + 4), rp, t_el(b)))
            else:
                out.append('<w:r>%s%s</w:r>' % (rp, t_el(part)) if (k + j) % 2 else
                           '<w:r w:rsidR="%s">%s%s</w:r>' % (rsid(k + j + 1), rp, t_el(part)))
        return out

    def para(self, text, ppr="", rpr=""):
        self.out.append(self.p_open(ppr) + self.runs(text, rpr) + "</w:p>")

    def new_num(self, abstract):
        nid = self.num_next
        self.num_next += 1
        self.nums.append((nid, abstract))
        return nid


def cover_sdt(meta):
    """The 'Cover Pages' building block: three text boxes, each DrawingML + VML fallback."""
    date_iso, date_shown = [s.strip() for s in meta["date"].split("|")]

    def bound(alias, value, xpath, store, mapping, ppr, rpr, text_ctl="<w:text/>", sid="0"):
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
                '<w:pPr>%s</w:pPr><w:sdt><w:sdtPr><w:rPr>%s</w:rPr><w:alias w:val="%s"/>'
                '<w:tag w:val=""/><w:id w:val="%s"/><w:dataBinding w:prefixMappings="%s" '
                'w:xpath="%s" w:storeItemID="%s"/>%s</w:sdtPr><w:sdtContent><w:r>'
                '<w:rPr>%s</w:rPr>%s</w:r></w:sdtContent></w:sdt></w:p>'
                % (R.hex8(), R.hex8(), RSIDS[1], RSIDS[1], ppr, rpr, alias, sid, mapping, xpath,
                   store, text_ctl, rpr, t_el(value)))

    white = '<w:color w:val="FFFFFF" w:themeColor="background1"/>'
    box1 = (bound("Company", meta["company"], "/ns0:Properties[1]/ns0:Company[1]", APP_ID, APP_MAP,
                  '<w:pStyle w:val="NoSpacing"/><w:spacing w:after="240"/>',
                  '<w:caps/>' + white + '<w:spacing w:val="20"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
                  sid="-1597544163")
            + bound("Title", meta["title"], "/ns1:coreProperties[1]/ns0:title[1]", CORE_ID, CORE_MAP,
                    '<w:pStyle w:val="NoSpacing"/><w:spacing w:after="120"/>',
                    '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
                    'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>' + white +
                    '<w:sz w:val="64"/><w:szCs w:val="64"/>', sid="1869957417")
            + bound("Subtitle", meta["subtitle"], "/ns1:coreProperties[1]/ns0:subject[1]", CORE_ID,
                    CORE_MAP, '<w:pStyle w:val="NoSpacing"/>',
                    '<w:color w:val="DEEAF6" w:themeColor="accent1" w:themeTint="33"/>'
                    '<w:sz w:val="28"/><w:szCs w:val="28"/>', sid="-602733562"))
    box2 = ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
            '<w:pStyle w:val="NoSpacing"/><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/>'
            '<w:bCs/><w:caps/><w:color w:val="1F4E79" w:themeColor="accent1" w:themeShade="80"/>'
            '</w:rPr><w:t>About this module</w:t></w:r></w:p>' % (R.hex8(), R.hex8(), RSIDS[2], RSIDS[2])
            + bound("Abstract", meta["abstract"], "/ns0:CoverPageProperties[1]/ns0:Abstract[1]",
                    COVER_ID, COVER_MAP, '<w:pStyle w:val="NoSpacing"/><w:spacing w:line="276" '
                    'w:lineRule="auto"/>', '<w:color w:val="404040" w:themeColor="text1" '
                    'w:themeTint="BF"/><w:sz w:val="24"/><w:szCs w:val="24"/>', '<w:text w:multiLine="1"/>',
                    sid="-1830738291"))
    grey = '<w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
    box3 = (bound("Author", meta["author"], "/ns1:coreProperties[1]/ns0:creator[1]", CORE_ID,
                  CORE_MAP, '<w:pStyle w:val="NoSpacing"/>',
                  '<w:b/><w:bCs/><w:color w:val="1F4E79" w:themeColor="accent1" w:themeShade="80"/>'
                  '<w:sz w:val="24"/><w:szCs w:val="24"/>', sid="1243061128")
            + bound("Publish Date", date_shown, "/ns0:CoverPageProperties[1]/ns0:PublishDate[1]",
                    COVER_ID, COVER_MAP, '<w:pStyle w:val="NoSpacing"/><w:spacing w:after="120"/>',
                    grey, '<w:date w:fullDate="%s"><w:dateFormat w:val="MMMM d, yyyy"/>'
                    '<w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/>'
                    '<w:calendar w:val="gregorian"/></w:date>' % date_iso, sid="-1406064733")
            + bound("Company Address", meta["address"],
                    "/ns0:CoverPageProperties[1]/ns0:CompanyAddress[1]", COVER_ID, COVER_MAP,
                    '<w:pStyle w:val="NoSpacing"/>', grey, '<w:text w:multiLine="1"/>', sid="1978793409")
            + bound("Company Phone", meta["phone"], "/ns0:CoverPageProperties[1]/ns0:CompanyPhone[1]",
                    COVER_ID, COVER_MAP, '<w:pStyle w:val="NoSpacing"/>', grey, sid="-351258727")
            + bound("Company E-mail", meta["email"], "/ns0:CoverPageProperties[1]/ns0:CompanyEmail[1]",
                    COVER_ID, COVER_MAP, '<w:pStyle w:val="NoSpacing"/>', grey, sid="-72736510"))

    def shape(n, content, x_emu, y_emu, cx, cy, fill, anchor, rel, first):
        pt = lambda emu: ("%.2f" % (emu / 12700.0)).rstrip("0").rstrip(".")
        fill_a = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
        fill_v = ('fillcolor="#%s" stroked="f"' % fill.lower()) if fill else 'filled="f" stroked="f"'
        shapetype = ('<v:shapetype w14:anchorId="%s" id="_x0000_t202" coordsize="21600,21600" '
                     'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' % R.hex8()
                     if first else "")
        ins = ("457200", "274320", "457200", "274320") if fill else ("0", "0", "0", "0")
        ins_v = "36pt,21.6pt,36pt,21.6pt" if fill else "0,0,0,0"
        return ('<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" '
                'distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
                'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="%s" '
                'wp14:editId="%s"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="%s">'
                '<wp:posOffset>%d</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page">'
                '<wp:posOffset>%d</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/>'
                '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="%d" '
                'name="Text Box %d"/><wp:cNvGraphicFramePr/><a:graphic '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
                'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
                '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" '
                'cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s<a:ln '
                'w="6350"><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent>'
                '</wps:txbx><wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" '
                'horzOverflow="overflow" vert="horz" wrap="square" lIns="%s" tIns="%s" rIns="%s" '
                'bIns="%s" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="%s" '
                'anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape">'
                '<a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData>'
                '</a:graphic><wp14:sizeRelH relativeFrom="page"><wp14:pctWidth>0</wp14:pctWidth>'
                '</wp14:sizeRelH><wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0'
                '</wp14:pctHeight></wp14:sizeRelV></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict>%s<v:shape id="Text Box %d" o:spid="_x0000_s%d" '
                'type="#_x0000_t202" style="position:absolute;margin-left:%spt;margin-top:%spt;'
                'width:%spt;height:%spt;z-index:%d;visibility:visible;mso-wrap-style:square;'
                'mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;'
                'mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;'
                'mso-position-horizontal:absolute;mso-position-horizontal-relative:%s;'
                'mso-position-vertical:absolute;mso-position-vertical-relative:page;'
                'mso-width-relative:page;mso-height-relative:page;v-text-anchor:%s" %s '
                'strokeweight=".5pt"><v:textbox inset="%s"><w:txbxContent>%s</w:txbxContent>'
                '</v:textbox><w10:wrap anchorx="%s" anchory="page"/></v:shape></w:pict>'
                '</mc:Fallback></mc:AlternateContent>'
                % (251659264 + n * 2048, R.hex8(), R.hex8(), rel, x_emu, y_emu, cx, cy, n, n, cx, cy,
                   fill_a, content, ins[0], ins[1], ins[2], ins[3], anchor, shapetype, n, 1025 + n,
                   pt(x_emu), pt(y_emu), pt(cx), pt(cy), 251659264 + n * 2048, rel,
                   "bottom" if anchor == "b" else "top", fill_v, ins_v, content, rel))

    def anchor_p(inner, extra=""):
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
                '<w:pStyle w:val="NoSpacing"/></w:pPr>%s<w:r><w:rPr><w:noProof/></w:rPr>%s</w:r></w:p>'
                % (R.hex8(), R.hex8(), RSIDS[1], RSIDS[1], extra, inner))

    sdt = ('<w:sdt><w:sdtPr><w:id w:val="-1245577011"/><w:docPartObj><w:docPartGallery '
           'w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr><w:rPr>'
           '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" '
           'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/></w:rPr></w:sdtEndPr>'
           '<w:sdtContent>'
           + anchor_p(shape(1, box1, 0, 0, 7560310, 4297680, "1F4E79", "b", "page", True))
           + anchor_p(shape(2, box2, 914400, 5303520, 5732145, 2011680, None, "t", "page", False))
           + anchor_p(shape(3, box3, 914400, 8778240, 5732145, 1188720, None, "b", "page", False))
           + '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:r><w:br '
             'w:type="page"/></w:r></w:p>' % (R.hex8(), R.hex8(), RSIDS[1], RSIDS[1])
           + '</w:sdtContent></w:sdt>')
    return sdt


def build_body(meta, lines, foot_ids):
    b = Body(foot_ids)
    b.out.append(cover_sdt(meta))
    i = 0
    list_kind, list_num = None, None
    while i < len(lines):
        line = lines[i]
        kind = None
        if line.startswith("- "):
            kind = "bullet"
        elif re.match(r"1\. ", line):
            kind = "decimal"
        elif re.match(r"a\. ", line):
            kind = "letter"
        if kind != list_kind:
            list_kind = kind
            list_num = None
            if kind == "bullet":
                list_num = 2
            elif kind == "decimal":
                list_num = b.new_num(2)
            elif kind == "letter":
                list_num = b.new_num(3)
        if kind:
            text = line[2:] if kind == "bullet" else line[3:]
            b.para(text, '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                         '<w:numId w:val="%d"/></w:numPr>' % list_num)
        elif line.startswith("## "):
            b.para(line[3:], '<w:pStyle w:val="Heading2"/>')
        elif line.startswith("# "):
            b.para(line[2:], '<w:pStyle w:val="Heading1"/>')
        elif line.startswith("@box "):
            title = line[5:]
            j = i + 1
            items = []
            while lines[j] != "@endbox":
                items.append(lines[j])
                j += 1
            b.out.append(box_table(b, title, items))
            i = j
        elif line == "@table":
            j = i + 1
            rows = []
            while lines[j] != "@endtable":
                rows.append([c.strip() for c in lines[j].split(" | ")])
                j += 1
            b.out.append(data_table(b, rows))
            i = j
        else:
            b.para(line)
        i += 1
    # Word's hidden _GoBack bookmark sits in the last paragraph, where the cursor was
    last = b.out[-1]
    b.out[-1] = last.replace("</w:p>", '<w:bookmarkStart w:id="0" w:name="_GoBack"/>'
                             '<w:bookmarkEnd w:id="0"/></w:p>', 1)
    return b


def box_table(b, title, items):
    cells = []
    b.pcount += 1
    cells.append(b.p_open('<w:spacing w:after="60"/>') + '<w:r><w:rPr><w:b/><w:bCs/><w:color '
                 'w:val="385623" w:themeColor="accent6" w:themeShade="80"/><w:sz w:val="24"/>'
                 '</w:rPr>%s</w:r></w:p>' % t_el(title))
    for it in items:
        cells.append(b.p_open('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                              '<w:numId w:val="2"/></w:numPr><w:spacing w:after="40"/>'
                              '<w:ind w:left="357" w:hanging="357"/>') + b.runs(it) + "</w:p>")
    return ('<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders><w:top w:val="single" '
            'w:sz="4" w:space="0" w:color="70AD47" w:themeColor="accent6"/><w:left w:val="single" '
            'w:sz="24" w:space="0" w:color="70AD47" w:themeColor="accent6"/><w:bottom w:val="single" '
            'w:sz="4" w:space="0" w:color="70AD47" w:themeColor="accent6"/><w:right w:val="single" '
            'w:sz="4" w:space="0" w:color="70AD47" w:themeColor="accent6"/></w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="9026"/></w:tblGrid><w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">'
            '<w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
            'w:fill="E2EFD9" w:themeFill="accent6" w:themeFillTint="33"/></w:tcPr>%s</w:tc></w:tr>'
            '</w:tbl>' % (RSIDS[3], R.hex8(), R.hex8(), "".join(cells)))


def data_table(b, rows):
    widths = [2050, 2150, 1500, 3326]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
           'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
           + "".join('<w:gridCol w:w="%d"/>' % w for w in widths) + "</w:tblGrid>"]
    for ri, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ""
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s'
                   % (rsid(ri + 2), R.hex8(), R.hex8(), trpr))
        for ci, cell in enumerate(row):
            shd = ('<w:shd w:val="clear" w:color="auto" w:fill="1F4E79" w:themeFill="accent1" '
                   'w:themeFillShade="80"/>' if ri == 0 else "")
            rpr = ('<w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/>' if ri == 0
                   else ("<w:b/><w:bCs/>" if ci == 0 else "")) + '<w:sz w:val="20"/><w:szCs w:val="20"/>'
            b.pcount += 1
            para = (b.p_open('<w:spacing w:after="0"/>') + b.runs(cell, rpr) + "</w:p>")
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (widths[ci], shd, para))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document_xml(b):
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId11"/>'
            '<w:footerReference w:type="default" r:id="rId12"/><w:headerReference w:type="first" '
            'r:id="rId13"/><w:footerReference w:type="first" r:id="rId14"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
            'w:footer="708" w:gutter="0"/><w:pgNumType w:start="0"/><w:cols w:space="708"/>'
            '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>' % (RSIDS[0], RSIDS[0]))
    return (XMLHEAD + '<w:document %s><w:body>%s%s</w:body></w:document>'
            % (NS, "".join(b.out), sect))


def header_xml(meta, first):
    if first:
        body = ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
                '<w:pStyle w:val="Header"/></w:pPr></w:p>' % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[0]))
        return XMLHEAD + "<w:hdr %s>%s</w:hdr>" % (NS, body)
    wm = ('<w:r><w:rPr><w:noProof/></w:rPr><w:pict w14:anchorId="%s"><v:shapetype id="_x0000_t136" '
          'coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
          '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
          '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
          '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
          '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
          '<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" '
          'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
          '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
          'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
          '</v:shapetype><v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" '
          'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:469.5pt;'
          'height:117.35pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;'
          'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
          'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
          '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" '
          'string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
          % (R.hex8(), escape(meta["watermark"])))
    body = ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
            '<w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
            'w:color="1F4E79" w:themeColor="accent1" w:themeShade="80"/></w:pBdr><w:tabs>'
            '<w:tab w:val="clear" w:pos="4513"/><w:tab w:val="clear" w:pos="9026"/>'
            '<w:tab w:val="right" w:pos="9020"/></w:tabs></w:pPr>%s<w:r><w:rPr><w:b/><w:bCs/>'
            '<w:color w:val="1F4E79" w:themeColor="accent1" w:themeShade="80"/></w:rPr>%s</w:r>'
            '<w:r><w:rPr><w:color w:val="595959" w:themeColor="text1" w:themeTint="A6"/></w:rPr>'
            '<w:tab/>%s</w:r></w:p>'
            % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[4], wm, t_el(meta["header-left"]),
               t_el(meta["header-right"])))
    return XMLHEAD + "<w:hdr %s>%s</w:hdr>" % (NS, body)


def footer_xml(meta, first):
    if first:
        body = ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
                '<w:pStyle w:val="Footer"/></w:pPr></w:p>' % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[0]))
        return XMLHEAD + "<w:ftr %s>%s</w:ftr>" % (NS, body)
    g = '<w:rPr><w:color w:val="7F7F7F" w:themeColor="text1" w:themeTint="80"/><w:sz w:val="18"/></w:rPr>'
    gb = '<w:rPr><w:b/><w:bCs/><w:color w:val="7F7F7F" w:themeColor="text1" w:themeTint="80"/><w:sz w:val="18"/></w:rPr>'

    def field(instr, cached):
        return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText '
                'xml:space="preserve"> %s   \\* MERGEFORMAT </w:instrText></w:r><w:r>%s<w:fldChar '
                'w:fldCharType="separate"/></w:r><w:r>%s<w:t>%s</w:t></w:r><w:r>%s<w:fldChar '
                'w:fldCharType="end"/></w:r>' % (gb, gb, instr, gb, gb, cached, gb))

    body = ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>'
            '<w:pStyle w:val="Footer"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" '
            'w:color="BFBFBF" w:themeColor="background1" w:themeShade="BF"/></w:pBdr><w:tabs>'
            '<w:tab w:val="clear" w:pos="4513"/><w:tab w:val="clear" w:pos="9026"/>'
            '<w:tab w:val="right" w:pos="9020"/></w:tabs></w:pPr><w:r>%s%s</w:r><w:r>%s<w:tab/>'
            '<w:t xml:space="preserve">Page </w:t></w:r>%s<w:r>%s<w:t xml:space="preserve"> of </w:t>'
            '</w:r>%s</w:p>' % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[5], g, t_el(meta["footer-left"]),
                               g, field("PAGE", "1"), g, field("NUMPAGES", "6")))
    return XMLHEAD + "<w:ftr %s>%s</w:ftr>" % (NS, body)


def footnotes_xml(notes):
    out = ['<w:footnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="%s" '
           'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[0]),
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" '
           'w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>' % (R.hex8(), R.hex8(), RSIDS[0], RSIDS[0])]
    for nid, text in notes:
        out.append('<w:footnote w:id="%s"><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" '
                   'w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>'
                   '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> </w:t></w:r><w:r w:rsidR="%s">%s</w:r></w:p>'
                   '</w:footnote>' % (nid, R.hex8(), R.hex8(), RSIDS[6], RSIDS[6], RSIDS[7], t_el(text)))
    return XMLHEAD + "<w:footnotes %s>%s</w:footnotes>" % (NS, "".join(out))


def endnotes_xml():
    return (XMLHEAD + '<w:endnotes %s><w:endnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" '
            'w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" w14:textId="%s" '
            'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            '</w:endnotes>' % (NS, R.hex8(), R.hex8(), RSIDS[0], RSIDS[0], R.hex8(), R.hex8(),
                               RSIDS[0], RSIDS[0]))


def numbering_xml(nums):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def heading_levels():
        lv = []
        fmts = [("decimal", "%1.", "Heading1", 432, 432), ("decimal", "%1.%2", "Heading2", 576, 576)]
        for i in range(9):
            if i < 2:
                f, txt, ps, left, hang = fmts[i]
                lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:pStyle '
                          'w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
                          'w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>' % (i, f, ps, txt, left, hang))
            else:
                txt = ".".join("%%%d" % (k + 1) for k in range(i + 1))
                lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                          '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                          'w:hanging="%d"/></w:pPr></w:lvl>' % (i, txt, 720 + 144 * i, 720 + 144 * i))
        return "".join(lv)

    def simple_levels(kind):
        lv = []
        for i in range(9):
            left = 720 * (i + 1)
            if kind == "bullet":
                sym = [("Symbol", "\uf0b7"), ("Courier New", "o"), ("Wingdings", "\uf0a7")][i % 3]
                lv.append('<w:lvl w:ilvl="%d" w:tplc="%s"><w:start w:val="1"/><w:numFmt '
                          'w:val="bullet"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr>'
                          '<w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="%s" '
                          'w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
                          % (i, "%08X" % (0x04090001 + i), sym[1], left, sym[0], sym[0]))
            else:
                if kind == "decimal":
                    f2 = ["decimal", "lowerLetter", "lowerRoman"][i % 3]
                    t2 = "%%%d." % (i + 1)
                else:
                    f2 = ["lowerLetter", "lowerRoman", "decimal"][i % 3]
                    t2 = "(%%%d)" % (i + 1)
                lv.append('<w:lvl w:ilvl="%d" w:tplc="%s"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                          '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                          'w:hanging="360"/></w:pPr></w:lvl>'
                          % (i, "%08X" % (0x04090019 + i), f2, t2, left))
        return "".join(lv)

    absn = [
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C4D"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>%s</w:abstractNum>'
        % heading_levels(),
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2F6E1B03"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="E4A8B2C6"/>%s</w:abstractNum>'
        % simple_levels("bullet"),
        '<w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:nsid w:val="4B0D77E9"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9C3E5A12"/>%s</w:abstractNum>'
        % simple_levels("decimal"),
        '<w:abstractNum w:abstractNumId="3" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6D2291AF"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="31F0C4D8"/>%s</w:abstractNum>'
        % simple_levels("letter"),
    ]
    ns = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
          '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
          '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
          '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>']
    for nid, abstract in nums:
        ns.append('<w:num w:numId="%d" w16cid:durableId="%d"><w:abstractNumId w:val="%d"/>'
                  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                  % (nid, 100000000 + nid * 7919, abstract))
    return XMLHEAD + "<w:numbering %s>%s%s</w:numbering>" % (NS, "".join(absn), "".join(ns))


def styles_xml():
    def style(sid, name, kind="paragraph", based=None, nxt=None, link=None, ppr="", rpr="",
              extra="", default=False, ui=None, semi=False, unhide=False, qformat=False):
        s = '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>' % (
            kind, ' w:default="1"' if default else "", sid, name)
        if based:
            s += '<w:basedOn w:val="%s"/>' % based
        if nxt:
            s += '<w:next w:val="%s"/>' % nxt
        if link:
            s += '<w:link w:val="%s"/>' % link
        if ui is not None:
            s += '<w:uiPriority w:val="%d"/>' % ui
        if semi:
            s += "<w:semiHidden/>"
        if unhide:
            s += "<w:unhideWhenUsed/>"
        if qformat:
            s += "<w:qFormat/>"
        s += '<w:rsid w:val="%s"/>' % RSIDS[0] if sid in ("Heading1", "NoSpacing") else ""
        s += extra
        if ppr:
            s += "<w:pPr>%s</w:pPr>" % ppr
        if rpr:
            s += "<w:rPr>%s</w:rPr>" % rpr
        return s + "</w:style>"

    major = ('<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" '
             'w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>')
    body = [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern '
        'w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-IN" w:eastAsia="en-US" '
        'w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
        '</w:pPrDefault></w:docDefaults>',
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" '
        'w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" '
        'w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" '
        'w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="Title" w:uiPriority="10" '
        'w:qFormat="1"/><w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
        '<w:lsdException w:name="Table Grid" w:uiPriority="39"/><w:lsdException w:name="No Spacing" '
        'w:uiPriority="1" w:qFormat="1"/><w:lsdException w:name="List Paragraph" w:uiPriority="34" '
        'w:qFormat="1"/></w:latentStyles>',
        style("Normal", "Normal", default=True, qformat=True, ppr='<w:jc w:val="both"/>'),
        style("Heading1", "heading 1", based="Normal", nxt="Normal", link="Heading1Char", ui=9,
              qformat=True, ppr='<w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr>'
              '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="1F4E79" '
              'w:themeColor="accent1" w:themeShade="80"/></w:pBdr><w:spacing w:before="360" '
              'w:after="120"/><w:ind w:left="432" w:hanging="432"/><w:jc w:val="left"/>'
              '<w:outlineLvl w:val="0"/>',
              rpr=major + '<w:b/><w:bCs/><w:color w:val="1F4E79" w:themeColor="accent1" '
              'w:themeShade="80"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
        style("Heading2", "heading 2", based="Normal", nxt="Normal", link="Heading2Char", ui=9,
              unhide=True, qformat=True, ppr='<w:keepNext/><w:keepLines/><w:numPr><w:ilvl '
              'w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="200" w:after="80"/>'
              '<w:ind w:left="576" w:hanging="576"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
              rpr=major + '<w:b/><w:bCs/><w:color w:val="2E74B5" w:themeColor="accent1" '
              'w:themeShade="BF"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        style("DefaultParagraphFont", "Default Paragraph Font", kind="character", default=True,
              ui=1, semi=True, unhide=True),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
        'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '</w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        style("Heading1Char", "Heading 1 Char", kind="character", based="DefaultParagraphFont",
              link="Heading1", ui=9, rpr=major + '<w:b/><w:bCs/><w:color w:val="1F4E79" '
              'w:themeColor="accent1" w:themeShade="80"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
        style("Heading2Char", "Heading 2 Char", kind="character", based="DefaultParagraphFont",
              link="Heading2", ui=9, rpr=major + '<w:b/><w:bCs/><w:color w:val="2E74B5" '
              'w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        style("NoSpacing", "No Spacing", link="NoSpacingChar", ui=1, qformat=True,
              ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
        style("NoSpacingChar", "No Spacing Char", kind="character", based="DefaultParagraphFont",
              link="NoSpacing", ui=1),
        style("ListParagraph", "List Paragraph", based="Normal", ui=34, qformat=True,
              ppr='<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>'),
        style("Header", "header", based="Normal", link="HeaderChar", ui=99, unhide=True,
              ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
              '</w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
        style("HeaderChar", "Header Char", kind="character", based="DefaultParagraphFont",
              link="Header", ui=99),
        style("Footer", "footer", based="Normal", link="FooterChar", ui=99, unhide=True,
              ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/>'
              '</w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
        style("FooterChar", "Footer Char", kind="character", based="DefaultParagraphFont",
              link="Footer", ui=99),
        style("FootnoteText", "footnote text", based="Normal", link="FootnoteTextChar", ui=99,
              semi=True, unhide=True, ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
              rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        style("FootnoteTextChar", "Footnote Text Char", kind="character", based="DefaultParagraphFont",
              link="FootnoteText", ui=99, semi=True, rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        style("FootnoteReference", "footnote reference", kind="character",
              based="DefaultParagraphFont", ui=99, semi=True, unhide=True,
              rpr='<w:vertAlign w:val="superscript"/>'),
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn '
        'w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>',
        style("PlaceholderText", "Placeholder Text", kind="character", based="DefaultParagraphFont",
              ui=99, semi=True, rpr='<w:color w:val="666666"/>'),
    ]
    return XMLHEAD + "<w:styles %s>%s</w:styles>" % (NS, "".join(body))


def settings_xml():
    rs = "".join('<w:rsid w:val="%s"/>' % r for r in sorted(RSIDS))
    return (XMLHEAD + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
            'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
            'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
            'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"><w:zoom w:percent="110"/>'
            '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:hdrShapeDefaults><o:shapedefaults v:ext="edit" spidmax="2050"/></w:hdrShapeDefaults>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            '</w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
            'w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
            'w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="1"/><w:compatSetting w:name="useWord2013TrackBottomHyphenation" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat><w:rsids>'
            '<w:rsidRoot w:val="%s"/>%s</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/>'
            '<m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/>'
            '<m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent '
            'm:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="en-IN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
            'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" '
            'w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
            'w:followedHyperlink="followedHyperlink"/><w:shapeDefaults><o:shapedefaults v:ext="edit" '
            'spidmax="2050"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>'
            '</o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
            '<w14:docId w14:val="3E5C1A77"/><w15:chartTrackingRefBased/><w15:docId '
            'w15:val="{8B2D4E61-0C3F-4A7B-9E15-62D0F3A9C4B7}"/></w:settings>' % (RSID_ROOT, rs))


def theme_xml():
    def sys_clr(name, val, last):
        return '<a:%s><a:sysClr val="%s" lastClr="%s"/></a:%s>' % (name, val, last, name)

    def rgb(name, val):
        return '<a:%s><a:srgbClr val="%s"/></a:%s>' % (name, val, name)

    clr = (sys_clr("dk1", "windowText", "000000") + sys_clr("lt1", "window", "FFFFFF")
           + rgb("dk2", "44546A") + rgb("lt2", "E7E6E6") + rgb("accent1", "4472C4")
           + rgb("accent2", "ED7D31") + rgb("accent3", "A5A5A5") + rgb("accent4", "FFC000")
           + rgb("accent5", "5B9BD5") + rgb("accent6", "70AD47") + rgb("hlink", "0563C1")
           + rgb("folHlink", "954F72"))
    fonts = ('<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin '
             'typeface="Calibri" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs '
             'typeface=""/></a:minorFont>')
    ph = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod '
            'val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs '
            'pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/>'
            '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/>'
            '</a:gradFill>')
    ln = ('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
          '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>')
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s%s%s'
           '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
           '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw '
           'blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr '
           'val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst>'
           '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>%s<a:solidFill><a:schemeClr '
           'val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>%s'
           '</a:bgFillStyleLst></a:fmtScheme>' % (ph, grad, grad, ln % 6350, ln % 12700, ln % 19050,
                                                  ph, grad))
    return (XMLHEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'name="Office Theme"><a:themeElements><a:clrScheme name="Office">%s</a:clrScheme>'
            '<a:fontScheme name="Office">%s</a:fontScheme>%s</a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}">'
            '<thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" '
            'name="Office Theme" id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" '
            'vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext></a:extLst></a:theme>'
            % (clr, fonts, fmt))


def font_table_xml():
    fonts = [("Calibri", "020F0502020204030204", "swiss", "E4002EFF", "C200247B", "00000009", "00000000",
              "000001FF", "00000000"),
             ("Times New Roman", "02020603050405020304", "roman", "E0002EFF", "C000785B", "00000009",
              "00000000", "000001FF", "00000000"),
             ("Symbol", "05050102010706020507", "roman", "00000000", "10000000", "00000000", "00000000",
              "80000000", "00000000"),
             ("Courier New", "02070309020205020404", "modern", "E0002EFF", "C0007843", "00000009",
              "00000000", "000001FF", "00000000"),
             ("Wingdings", "05000000000000000000", "auto", "00000000", "10000000", "00000000",
              "00000000", "80000000", "00000000"),
             ("Calibri Light", "020F0302020204030204", "swiss", "E4002EFF", "C200247B", "00000009",
              "00000000", "000001FF", "00000000")]
    out = []
    for name, panose, fam, u0, u1, u2, u3, c0, c1 in fonts:
        charset = ' <w:charset w:val="02"/>' if name in ("Symbol", "Wingdings") else ""
        out.append('<w:font w:name="%s"><w:panose1 w:val="%s"/>%s<w:family w:val="%s"/><w:pitch '
                   'w:val="variable"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" '
                   'w:csb0="%s" w:csb1="%s"/></w:font>'
                   % (name, panose, charset.strip(), fam if fam != "modern" else "modern",
                      u0, u1, u2, u3, c0, c1))
    return (XMLHEAD + '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'mc:Ignorable="w14 w15">%s</w:fonts>' % "".join(out))


def web_settings_xml():
    return (XMLHEAD + '<w:webSettings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'mc:Ignorable="w14 w15"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>')


def core_xml(meta):
    return (XMLHEAD + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:subject>%s</dc:subject><dc:creator>%s</dc:creator><cp:keywords>UPSC; GS3; energy; '
            'solar parks; SECI</cp:keywords><dc:description></dc:description><cp:lastModifiedBy>'
            'Sankalp Content Desk</cp:lastModifiedBy><cp:revision>23</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-09T05:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-14T11:36:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (escape(meta["title"]), escape(meta["subtitle"]),
                                      escape(meta["author"])))


def app_xml(meta, words, chars, paras):
    return (XMLHEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>6</Pages>'
            '<Words>%d</Words><Characters>%d</Characters><Application>Microsoft Office Word'
            '</Application><DocSecurity>0</DocSecurity><Lines>%d</Lines><Paragraphs>%d</Paragraphs>'
            '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
            '<vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>'
            '</vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" '
            'baseType="lpstr"><vt:lpstr>%s</vt:lpstr></vt:vector></TitlesOfParts><Company>%s'
            '</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d'
            '</CharactersWithSpaces><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
            '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (words, chars, chars // 62 + 1, paras, escape(meta["title"]), escape(meta["company"]),
               chars + words))


def cover_props_xml(meta):
    date_iso = meta["date"].split("|")[0].strip()
    return (XMLHEAD + '<CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps">'
            '<PublishDate>%s</PublishDate><Abstract>%s</Abstract><CompanyAddress>%s</CompanyAddress>'
            '<CompanyPhone>%s</CompanyPhone><CompanyFax/><CompanyEmail>%s</CompanyEmail>'
            '</CoverPageProperties>' % (date_iso, escape(meta["abstract"]), escape(meta["address"]),
                                        escape(meta["phone"]), escape(meta["email"])))


def item_props_xml():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem '
            'ds:itemID="%s" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
            '<ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/coverPageProps"/>'
            '</ds:schemaRefs></ds:datastoreItem>' % COVER_ID)


def rels(items):
    return (XMLHEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s" Target="%s"%s/>' % it for it in items)
            + "</Relationships>")


RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def content_types():
    over = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/webSettings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"),
            ("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
            ("/word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
            ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("/word/footer2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
            ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
            ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    return (XMLHEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in over) + "</Types>")


def read_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n=====\n", 1)
    meta, notes = {}, []
    for line in head.split("\n"):
        key, value = line[1:].split(" ", 1)
        if key == "footnote":
            nid, t = value.split(" | ", 1)
            notes.append((nid, t))
        else:
            meta[key] = value
    lines = [l for l in body.split("\n") if l.strip()]
    return meta, notes, lines


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, notes, lines = read_source()
    b = build_body(meta, lines, [n for n, _ in notes])
    plain = re.sub(r"\*\*|\[\^\d+\]", "", " ".join(
        l for l in lines if not l.startswith("@")))
    words = len(plain.split())
    chars = len(plain.replace(" ", ""))
    parts = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", rels([("rId3", RT + "extended-properties", "docProps/app.xml", ""),
                              ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                               "docProps/core.xml", ""),
                              ("rId1", RT + "officeDocument", "word/document.xml", "")])),
        ("word/document.xml", document_xml(b)),
        ("word/_rels/document.xml.rels", rels([
            ("rId8", RT + "endnotes", "endnotes.xml", ""),
            ("rId13", RT + "header", "header2.xml", ""),
            ("rId3", RT + "numbering", "numbering.xml", ""),
            ("rId7", RT + "footnotes", "footnotes.xml", ""),
            ("rId12", RT + "footer", "footer1.xml", ""),
            ("rId2", RT + "customXml", "../customXml/item1.xml", ""),
            ("rId16", RT + "theme", "theme/theme1.xml", ""),
            ("rId4", RT + "styles", "styles.xml", ""),
            ("rId11", RT + "header", "header1.xml", ""),
            ("rId6", RT + "webSettings", "webSettings.xml", ""),
            ("rId5", RT + "settings", "settings.xml", ""),
            ("rId15", RT + "fontTable", "fontTable.xml", ""),
            ("rId14", RT + "footer", "footer2.xml", "")])),
        ("word/footnotes.xml", footnotes_xml(notes)),
        ("word/endnotes.xml", endnotes_xml()),
        ("word/header1.xml", header_xml(meta, False)),
        ("word/footer1.xml", footer_xml(meta, False)),
        ("word/header2.xml", header_xml(meta, True)),
        ("word/footer2.xml", footer_xml(meta, True)),
        ("word/theme/theme1.xml", theme_xml()),
        ("word/settings.xml", settings_xml()),
        ("customXml/item1.xml", cover_props_xml(meta)),
        ("customXml/itemProps1.xml", item_props_xml()),
        ("customXml/_rels/item1.xml.rels", rels([("rId1", RT + "customXmlProps", "itemProps1.xml", "")])),
        ("word/numbering.xml", numbering_xml(b.nums)),
        ("word/styles.xml", styles_xml()),
        ("word/webSettings.xml", web_settings_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("docProps/core.xml", core_xml(meta)),
        ("docProps/app.xml", app_xml(meta, words, chars, len(lines))),
    ]
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
