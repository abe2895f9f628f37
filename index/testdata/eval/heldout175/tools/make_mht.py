#!/usr/bin/python3
"""Re-make docs/tribunals-cat-and-judicial-review.mht from tools/tribunals-cat-and-judicial-review.txt.

The output is what Word for Windows (Microsoft 365, "Microsoft Word 15" generator) writes for
File > Save As > Single File Web Page: a MIME multipart/related message with CRLF line ends,
the main .htm part in quoted-printable windows-1252 (Word's HTML with mso- styles, <o:p> tags,
conditional comments, a TOC field, a MsoTableGrid table and a footnote), then header.htm,
themedata.thmx (base64), colorschememapping.xml and filelist.xml. Standard library only; the
output is byte-for-byte reproducible (fixed boundary, fixed zip timestamps and order).
Run from anywhere: /usr/bin/python3 tools/make_mht.py
"""
import base64
import io
import os
import re
import zipfile
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "tribunals-cat-and-judicial-review.txt")
OUT = os.path.join(HERE, "..", "docs", "tribunals-cat-and-judicial-review.mht")

NAME = "Tribunals-CAT-notes"
BOUNDARY = "----=_NextPart_01DC5B8E.3A6F21D0"
ROOT = "file:///C:/3A6F21D0/"
FILES = NAME + "_files/"
LANG = "lang=EN-IN"
TOC_BASE = 214517301


# --------------------------------------------------------------------------- inline text

def enc_text(s):
    """Escape text the way Word does: &amp; &lt; &gt; &quot;; characters outside
    windows-1252 become numeric references."""
    s = escape(s, quote=False).replace('"', "&quot;")
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def runs(s):
    """**bold** / *italic* -> Word runs, each in its own <span lang=EN-IN>."""
    parts = re.split(r"(\*\*.+?\*\*|\*.+?\*)", s)
    out = []
    for p in parts:
        if not p:
            continue
        if p.startswith("**"):
            out.append("<b><span %s>%s</span></b>" % (LANG, enc_text(p[2:-2])))
        elif p.startswith("*"):
            out.append("<i><span %s>%s</span></i>" % (LANG, enc_text(p[1:-1])))
        else:
            out.append("<span %s>%s</span>" % (LANG, enc_text(p)))
    return "".join(out)


FTN_REF = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span "
           "class=MsoFootnoteReference><span %s><span style='mso-special-character:footnote'>"
           "<![if !supportFootnotes]><span class=MsoFootnoteReference><span %s "
           "style='font-size:11.0pt;line-height:107%%;font-family:\"Calibri\",sans-serif;"
           "mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;"
           "mso-fareast-theme-font:minor-latin;mso-hansi-theme-font:minor-latin;"
           "mso-bidi-font-family:\"Times New Roman\";mso-bidi-theme-font:minor-bidi;"
           "mso-ansi-language:EN-IN;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'>[1]"
           "</span></span><![endif]></span></span></span></a>") % (LANG, LANG)


def para_runs(s):
    if "[^1]" in s:
        a, b = s.split("[^1]", 1)
        return runs(a) + FTN_REF + runs(b)
    return runs(s)


def close_op(html):
    """Word puts the paragraph mark <o:p></o:p> inside the last run."""
    i = html.rfind("</span>")
    return html[:i] + "<o:p></o:p>" + html[i:]


# --------------------------------------------------------------------------- line wrapping

def wrap(html, width=78):
    """Word breaks long HTML source lines at a space near column 78, but never inside a
    conditional marker (<![if ...]>, <!--[if ...]>) or a double-quoted attribute value."""
    out_lines = []
    for line in html.split("\n"):
        ok = []          # positions of spaces where a break is allowed
        in_tag = in_quote = in_cond = False
        for k, ch in enumerate(line):
            if line.startswith("<![", k) or line.startswith("<!--[", k):
                in_cond = True
            if in_cond and ch == ">" and line[k - 1] == "]":
                in_cond = False
            if ch == "<":
                in_tag = True
            elif ch == ">" and not in_quote:
                in_tag = False
            elif ch == '"' and in_tag:
                in_quote = not in_quote
            elif ch == " " and not in_quote and not in_cond and k > 0:
                ok.append(k)
        start = 0
        while len(line) - start > width:
            cands = [k for k in ok if start < k <= start + width]
            if not cands:
                cands = [k for k in ok if k > start + width][:1]
                if not cands:
                    break
            cut = cands[-1]
            out_lines.append(line[start:cut])
            start = cut + 1
        out_lines.append(line[start:])
    return "\n".join(out_lines)


# --------------------------------------------------------------------------- blocks

BULLET = ("<![if !supportLists]><span %s style='font-family:Symbol;mso-fareast-font-family:"
          "Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span "
          "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
          "</span></span></span><![endif]>") % LANG


def numbered(n):
    return ("<![if !supportLists]><span %s style='mso-bidi-font-family:Calibri;"
            "mso-bidi-theme-font:minor-latin'><span style='mso-list:Ignore'>%d.<span "
            "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
            "</span></span></span><![endif]>") % (LANG, n)


def list_block(items, kind, lid):
    out = []
    for i, text in enumerate(items):
        if len(items) == 1:
            cls = "MsoListParagraph"
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif i == len(items) - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        marker = BULLET if kind == "B" else numbered(i + 1)
        out.append("<p class=%s style='text-indent:-18.0pt;mso-list:l%d level1 lfo%d'>%s%s</p>"
                   % (cls, lid, lid + 1, marker, close_op(para_runs(text))))
    return "\n\n".join(out)


def cell_style(r, c, header):
    s = "border:solid windowtext 1.0pt;"
    if c:
        s += "border-left:none;mso-border-left-alt:solid windowtext .5pt;"
    if r:
        s += "border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    s += "mso-border-alt:solid windowtext .5pt;"
    if header:
        s += ("background:#D9E2F3;mso-background-themecolor:accent1;"
              "mso-background-themetint:51;")
    s += "padding:0cm 5.4pt 0cm 5.4pt"
    return s


def table_block(rows):
    widths = [(86, 64.3), (236, 177.05), (279, 209.25)]
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
           " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for r, row in enumerate(rows):
        attrs = ["mso-yfti-irow:%d" % r]
        if r == 0:
            attrs.append("mso-yfti-firstrow:yes")
        if r == len(rows) - 1:
            attrs.append("mso-yfti-lastrow:yes")
        out.append(" <tr style='%s'>" % ";".join(attrs))
        for c, text in enumerate(row):
            w, pt = widths[c]
            inner = runs(text)
            if r == 0:
                inner = "<b>%s</b>" % inner
                inner = inner[:-len("</span></b>")] + "<o:p></o:p></span></b>"
            else:
                inner = close_op(inner)
            out.append("  <td width=%d valign=top style='width:%spt;%s'>\n"
                       "  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>%s</p>\n"
                       "  </td>" % (w, ("%.2f" % pt).rstrip("0").rstrip("."),
                                    cell_style(r, c, r == 0), inner))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def toc_entry(text, anchor, page, level, first):
    hidden = ("style='color:windowtext;display:none;mso-hide:screen;text-decoration:none;"
              "text-underline:none'")
    field = ""
    if first:
        field = ("<!--[if supportFields]><span style='mso-element:field-begin'></span><span "
                 "style='mso-spacerun:yes'>&nbsp;</span>TOC \\o &quot;1-3&quot; \\h \\z \\u "
                 "<span style='mso-element:field-separator'></span><![endif]-->")
    style = "tab-stops:right dotted 451.0pt" if level == 1 else \
        "margin-left:11.0pt;tab-stops:right dotted 451.0pt"
    return ("<p class=MsoToc%d style='%s'>%s<span class=MsoHyperlink><span "
            "style='mso-no-proof:yes'><a href=\"#%s\">%s<span %s><span "
            "style='mso-tab-count:1 dotted'>. </span></span><span %s><!--[if supportFields]>"
            "<span style='mso-element:field-begin'></span> PAGEREF %s \\h <span "
            "style='mso-element:field-separator'></span><![endif]-->%d<!--[if supportFields]>"
            "<span style='mso-element:field-end'></span><![endif]--></span></a></span>"
            "</span><span style='mso-no-proof:yes'><o:p></o:p></span></p>"
            % (level, style, field, anchor, enc_text(text), hidden, hidden, anchor, page))


# --------------------------------------------------------------------------- document

def parse(src):
    blocks, fn = [], None
    lines = [l for l in src.split("\n") if l and not l.startswith("#")]
    i = 0
    while i < len(lines):
        tag, _, rest = lines[i].partition(":")
        rest = rest.strip()
        if tag in ("B", "N"):
            items = []
            while i < len(lines) and lines[i].startswith(tag + ":"):
                items.append(lines[i].partition(":")[2].strip())
                i += 1
            blocks.append((tag, items))
            continue
        if tag == "TABLE":
            rows = []
            i += 1
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].partition(":")[2].split("|")])
                i += 1
            blocks.append(("TABLE", rows))
        elif tag == "FN":
            fn = rest
        elif lines[i] == "TOC":
            blocks.append(("TOC", None))
        else:
            blocks.append((tag, rest))
        i += 1
    return blocks, fn


# Page on which each heading falls when the document is printed (A4, Word's default layout).
PAGES = [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5]


def body_html(blocks, fn):
    heads = [(t, r) for t, r in blocks if t in ("H1", "H2")]
    anchors = ["_Toc%d" % (TOC_BASE + k) for k in range(len(heads))]
    out, hk, lid = [], 0, 0
    for tag, rest in blocks:
        if tag == "TITLE":
            out.append("<p class=MsoTitle>%s</p>" % close_op(runs(rest)))
        elif tag == "SUBTITLE":
            out.append("<p class=MsoSubtitle>%s</p>" % close_op(runs(rest)))
        elif tag == "TOC":
            out.append("<p class=MsoTocHeading><span %s>Contents<o:p></o:p></span></p>" % LANG)
            for k, (t, r) in enumerate(heads):
                out.append(toc_entry(r, anchors[k], PAGES[k], 1 if t == "H1" else 2, k == 0))
            out.append("<p class=MsoNormal><!--[if supportFields]><span "
                       "style='mso-element:field-end'></span><![endif]--><span "
                       "%s><o:p>&nbsp;</o:p></span></p>" % LANG)
        elif tag in ("H1", "H2"):
            h = tag.lower()
            out.append("<%s><a name=\"%s\"><span %s>%s</span></a><span %s><o:p></o:p></span></%s>"
                       % (h, anchors[hk], LANG, enc_text(rest), LANG, h))
            hk += 1
        elif tag == "P":
            out.append("<p class=MsoNormal>%s</p>" % close_op(para_runs(rest)))
        elif tag in ("B", "N"):
            out.append(list_block(rest, tag, lid))
            lid += 1
        elif tag == "TIP":
            label, _, text = rest.partition("|")
            out.append("<p class=MsoIntenseQuote><b><span %s>%s</span></b>%s</p>"
                       % (LANG, enc_text(label), close_op(runs(" " + text))))
        elif tag == "Q":
            out.append("<p class=MsoNormal style='margin-bottom:0cm'><b><span %s>%s<o:p></o:p>"
                       "</span></b></p>" % (LANG, enc_text(rest)))
        elif tag == "A":
            out.append("<p class=MsoNormal>%s</p>" % close_op(runs(rest)))
        elif tag == "TABLE":
            out.append(table_block(rest))
            out.append("<p class=MsoNormal><span %s><o:p>&nbsp;</o:p></span></p>" % LANG)
    body = "\n\n".join(wrap(b) for b in out)
    ftn = ("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
           "<hr align=left size=1 width=\"33%\">\n\n<![endif]>\n\n"
           "<div style='mso-element:footnote' id=ftn1>\n\n" +
           wrap("<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" "
                "name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span %s><span "
                "style='mso-special-character:footnote'><![if !supportFootnotes]><span "
                "class=MsoFootnoteReference><span %s style='font-size:10.0pt;line-height:107%%;"
                "font-family:\"Calibri\",sans-serif;mso-ascii-theme-font:minor-latin;"
                "mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin;"
                "mso-hansi-theme-font:minor-latin;mso-bidi-font-family:\"Times New Roman\";"
                "mso-bidi-theme-font:minor-bidi;mso-ansi-language:EN-IN;mso-fareast-language:"
                "EN-US;mso-bidi-language:AR-SA'>[1]</span></span><![endif]></span></span></span>"
                "</a>%s</p>" % (LANG, LANG, close_op(runs(" " + fn)))) +
           "\n\n</div>\n\n</div>")
    return body, ftn


HEAD = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="@F@filelist.xml">
<title>Tribunals in India – Part XIV-A, CAT and Judicial Review</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Aditi Rao</o:Author>
  <o:LastAuthor>Aditi Rao</o:LastAuthor>
  <o:Revision>14</o:Revision>
  <o:TotalTime>212</o:TotalTime>
  <o:Created>2025-11-08T14:05:00Z</o:Created>
  <o:LastSaved>2025-11-22T16:41:00Z</o:LastSaved>
  <o:Pages>5</o:Pages>
  <o:Words>1591</o:Words>
  <o:Characters>9071</o:Characters>
  <o:Lines>75</o:Lines>
  <o:Paragraphs>21</o:Paragraphs>
  <o:CharactersWithSpaces>10641</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="@F@themedata.thmx">
<link rel=colorSchemeMapping href="@F@colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-IN</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 3"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 1"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" Name="toc 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote reference"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="11" QFormat="true" Name="Subtitle"/>
  <w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="20" QFormat="true" Name="Emphasis"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
  <w:LsdException Locked="false" Priority="30" QFormat="true"
   Name="Intense Quote"/>
  <w:LsdException Locked="false" Priority="39" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="TOC Heading"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:1;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	mso-ascii-font-family:"Calibri Light";
	mso-ascii-theme-font:major-latin;
	mso-fareast-font-family:"Times New Roman";
	mso-fareast-theme-font:major-fareast;
	mso-hansi-font-family:"Calibri Light";
	mso-hansi-theme-font:major-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:major-bidi;
	color:#2F5496;
	mso-themecolor:accent1;
	mso-themeshade:191;
	mso-font-kerning:0pt;
	mso-fareast-language:EN-US;
	font-weight:normal;}
h2
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Heading 2 Char";
	mso-style-next:Normal;
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:2;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	mso-ascii-font-family:"Calibri Light";
	mso-ascii-theme-font:major-latin;
	mso-fareast-font-family:"Times New Roman";
	mso-fareast-theme-font:major-fareast;
	mso-hansi-font-family:"Calibri Light";
	mso-hansi-theme-font:major-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:major-bidi;
	color:#2F5496;
	mso-themecolor:accent1;
	mso-themeshade:191;
	mso-fareast-language:EN-US;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{mso-style-update:auto;
	mso-style-priority:39;
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{mso-style-update:auto;
	mso-style-priority:39;
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:11.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-link:"Footnote Text Char";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-priority:99;
	mso-style-link:"Header Char";
	margin:0cm;
	mso-pagination:widow-orphan;
	tab-stops:center 225.65pt right 451.3pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-priority:99;
	mso-style-link:"Footer Char";
	margin:0cm;
	mso-pagination:widow-orphan;
	tab-stops:center 225.65pt right 451.3pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
span.MsoFootnoteReference
	{mso-style-noshow:yes;
	mso-style-priority:99;
	vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Title Char";
	mso-style-next:Normal;
	margin:0cm;
	mso-add-space:auto;
	mso-pagination:widow-orphan;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	mso-ascii-theme-font:major-latin;
	mso-hansi-theme-font:major-latin;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;
	mso-fareast-language:EN-US;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-priority:11;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Subtitle Char";
	mso-style-next:Normal;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	mso-themecolor:text1;
	mso-themetint:165;
	letter-spacing:.75pt;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	mso-themecolor:hyperlink;
	text-decoration:underline;
	text-underline:single;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm 0cm 0cm 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm 0cm 0cm 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm 0cm 8.0pt 36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoIntenseQuote, li.MsoIntenseQuote, div.MsoIntenseQuote
	{mso-style-priority:30;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Intense Quote Char";
	mso-style-next:Normal;
	margin-top:18.0pt;
	margin-right:43.2pt;
	margin-bottom:18.0pt;
	margin-left:43.2pt;
	text-align:center;
	line-height:107%;
	mso-pagination:widow-orphan;
	border:none;
	mso-border-top-alt:solid #4472C4 .5pt;
	mso-border-bottom-alt:solid #4472C4 .5pt;
	padding:0cm;
	mso-padding-alt:10.0pt 0cm 10.0pt 0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#4472C4;
	mso-themecolor:accent1;
	mso-fareast-language:EN-US;
	font-style:italic;}
p.MsoTocHeading, li.MsoTocHeading, div.MsoTocHeading
	{mso-style-priority:39;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"Heading 1";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	mso-themecolor:accent1;
	mso-themeshade:191;
	mso-fareast-language:EN-US;}
span.Heading1Char
	{mso-style-name:"Heading 1 Char";
	mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Heading 1";
	mso-ansi-font-size:16.0pt;
	mso-bidi-font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Heading2Char
	{mso-style-name:"Heading 2 Char";
	mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Heading 2";
	mso-ansi-font-size:13.0pt;
	mso-bidi-font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.TitleChar
	{mso-style-name:"Title Char";
	mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:Title;
	mso-ansi-font-size:28.0pt;
	mso-bidi-font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
span.FootnoteTextChar
	{mso-style-name:"Footnote Text Char";
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Footnote Text";
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
.MsoPapDefault
	{mso-style-type:export-only;
	margin-bottom:8.0pt;
	line-height:107%;}
 /* Page Definitions */
 @page
	{mso-footnote-separator:url("@F@header.htm") fs;
	mso-footnote-continuation-separator:url("@F@header.htm") fcs;
	mso-endnote-separator:url("@F@header.htm") es;
	mso-endnote-continuation-separator:url("@F@header.htm") ecs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-header:url("@F@header.htm") h1;
	mso-footer:url("@F@header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
@LISTS@-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-IN link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:
break-word'>

<div class=WordSection1>

"""


def list_defs(n_lists, kinds):
    out = []
    for k in range(n_lists):
        bullet = kinds[k] == "B"
        out.append("@list l%d\n\t{mso-list-id:%d;\n\tmso-list-type:hybrid;\n\t"
                   "mso-list-template-ids:%d %d %d;}" % (k, 402653184 + 104729 * (k + 1),
                                                       -1174205622 + 7919 * k, 1074331651,
                                                       1074331653))
        if bullet:
            out.append("@list l%d:level1\n\t{mso-level-number-format:bullet;\n\t"
                       "mso-level-text:\\F0B7;\n\tmso-level-tab-stop:none;\n\t"
                       "mso-level-number-position:left;\n\tmargin-left:36.0pt;\n\t"
                       "text-indent:-18.0pt;\n\tfont-family:Symbol;}" % k)
        else:
            out.append("@list l%d:level1\n\t{mso-level-tab-stop:none;\n\t"
                       "mso-level-number-position:left;\n\tmargin-left:36.0pt;\n\t"
                       "text-indent:-18.0pt;}" % k)
    out.append("ol\n\t{margin-bottom:0cm;}\nul\n\t{margin-bottom:0cm;}\n")
    return "\n".join(out)


HEADER_HTM = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link id=Main-File rel=Main-File href="../@N@.htm">
<![if IE]>
<base href="@R@@F@header.htm"
id="webarch_temp_base_tag">
<![endif]>
</head>

<body lang=EN-IN link="#0563C1" vlink="#954F72">

<div style='mso-element:footnote-separator' id=fs>

<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></p>

</div>

<div style='mso-element:footnote-continuation-separator' id=fcs>

<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></p>

</div>

<div style='mso-element:endnote-separator' id=es>

<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></p>

</div>

<div style='mso-element:endnote-continuation-separator' id=ecs>

<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></p>

</div>

<div style='mso-element:header' id=h1>

<p class=MsoHeader><span lang=EN-IN style='font-size:9.0pt;color:#7F7F7F;
mso-themecolor:text1;mso-themetint:128'>GS-II Polity | Tribunals | Aditi’s notes<span
style='mso-tab-count:1'>                                                </span>UPSC
CSE 2026<o:p></o:p></span></p>

</div>

<div style='mso-element:footer' id=f1>

<p class=MsoFooter align=center style='text-align:center'><span lang=EN-IN
style='font-size:9.0pt'>Page <!--[if supportFields]><span style='mso-element:field-begin'></span><span
style='mso-spacerun:yes'> </span>PAGE <span style='mso-element:field-separator'></span><![endif]--><span
style='mso-no-proof:yes'>1</span><!--[if supportFields]><span style='mso-element:field-end'></span><![endif]--><o:p></o:p></span></p>

</div>

</body>

</html>
"""

COLORMAP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<a:clrMap xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
            'hlink="hlink" folHlink="folHlink"/>')

FILELIST = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            ' <o:MainFile HRef="../@N@.htm"/>\n'
            ' <o:File HRef="header.htm"/>\n'
            ' <o:File HRef="themedata.thmx"/>\n'
            ' <o:File HRef="colorschememapping.xml"/>\n'
            ' <o:File HRef="filelist.xml"/>\n'
            '</xml>')


def themedata():
    """A small Office theme package (.thmx), as Word embeds it: a zip with fixed dates."""
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Override PartName="/theme/theme/themeManager.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.themeManager+xml"/>'
          '<Override PartName="/theme/theme/theme1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.theme+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" '
            'Target="theme/theme/themeManager.xml"/></Relationships>')
    mgr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<a:themeManager xmlns:a="%s"/>' % A)
    mrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
             'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships/theme" Target="theme1.xml"/></Relationships>')
    colors = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
              ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
              ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
              ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
              ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
              ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
              ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (n, v, n) for n, v in colors)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/></a:ln>' % fill
    theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<a:theme xmlns:a="%s" name="Office Theme"><a:themeElements>'
             '<a:clrScheme name="Office">%s</a:clrScheme>'
             '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" '
             'panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
             '<a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
             '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst>'
             '<a:lnStyleLst>%s%s%s</a:lnStyleLst><a:effectStyleLst><a:effectStyle>'
             '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
             '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
             '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
             '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
             % (A, clr, fill, fill, fill, ln, ln, ln, fill, fill, fill))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels),
                           ("theme/theme/themeManager.xml", mgr),
                           ("theme/theme/theme1.xml", theme),
                           ("theme/theme/_rels/themeManager.xml.rels", mrels)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


# --------------------------------------------------------------------------- MIME

def qp(data):
    """Quoted-printable as Word writes it: '=' and bytes outside 33-126 escaped, soft
    breaks ('=' at the end) keeping lines to 76 characters, CRLF hard breaks."""
    out = []
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (32, 9) and i == len(line) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(chr(b))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(location, encoding, ctype, payload):
    return ("--%s\r\nContent-Location: %s\r\nContent-Transfer-Encoding: %s\r\n"
            "Content-Type: %s\r\n\r\n%s\r\n\r\n" % (BOUNDARY, location, encoding, ctype, payload))


def main():
    with open(SRC, encoding="utf-8") as f:
        blocks, fn = parse(f.read())
    kinds = [t for t, _ in blocks if t in ("B", "N")]
    body, ftn = body_html(blocks, fn)
    head = HEAD.replace("@F@", FILES).replace("@LISTS@", list_defs(len(kinds), kinds))
    html = head + body + "\n\n</div>\n\n" + ftn + "\n\n</body>\n\n</html>\n"
    main_bytes = html.replace("\n", "\r\n").encode("cp1252")
    header = HEADER_HTM.replace("@N@", NAME).replace("@R@", ROOT).replace("@F@", FILES)
    preamble = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"%s\"\r\n\r\n"
                "This document is a Single File Web Page, also known as a Web Archive file.  "
                "If you are seeing this message, your browser or editor doesn't support Web "
                "Archive files.  Please download a browser that supports Web Archive, such as "
                "Windows\u00ae Internet Explorer\u00ae.\r\n\r\n" % BOUNDARY)
    mime = preamble
    mime += part(ROOT + NAME + ".htm", "quoted-printable",
                 'text/html; charset="windows-1252"', qp(main_bytes))
    mime += part(ROOT + FILES + "header.htm", "quoted-printable",
                 'text/html; charset="windows-1252"',
                 qp(header.replace("\n", "\r\n").encode("cp1252")))
    mime += part(ROOT + FILES + "themedata.thmx", "base64",
                 "application/vnd.ms-officetheme", b64(themedata()))
    mime += part(ROOT + FILES + "colorschememapping.xml", "quoted-printable", "text/xml",
                 qp(COLORMAP.replace("\n", "\r\n").encode("utf-8")))
    mime += part(ROOT + FILES + "filelist.xml", "quoted-printable",
                 'text/xml; charset="utf-8"',
                 qp(FILELIST.replace("@N@", NAME).replace("\n", "\r\n").encode("utf-8")))
    mime += "--%s--\r\n" % BOUNDARY
    with open(OUT, "wb") as f:
        f.write(mime.encode("cp1252"))


if __name__ == "__main__":
    main()
