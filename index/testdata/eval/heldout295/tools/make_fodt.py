#!/usr/bin/python3
"""Make docs/fatf-mer-india-notes.fodt from tools/fatf-mer-india-notes.txt.

The file is a LibreOffice Writer flat XML document (.fodt) as LibreOffice 7.6 saves it: an XML
declaration and a blank line, then one office:document element (office:version 1.3, mimetype
application/vnd.oasis.opendocument.text) with the long namespace list on one line; office:meta
(generator, title, subject, keywords, creators, dates, editing cycles and duration, document
statistics), office:settings (view and configuration items), office:scripts, office:font-face-decls,
office:styles (default styles, the paragraph styles LibreOffice ships, the outline style that
numbers the headings 1, 1.1, ..., footnote and line-numbering configuration), office:automatic-styles
(P1..Pn paragraph styles with rsids, T1..Tn text styles, list styles, the table's styles, the page
layout) and office:master-styles (a footer with the page number), and the body: the
text:tracked-changes region (deletions keep the removed text there; insertions are marked in
the text with change-start/change-end), sequence declarations, a Title and Subtitle, a protected
table of contents with the heading numbers and page numbers, text:h headings at outline levels 1
and 2 (bookmarked for the contents), Text body paragraphs, text:list bullet and numbered lists,
one table:table with a header row and a caption, text:note footnotes, office:annotation comments
over ranges of text, soft page breaks, and non-ASCII characters written as they are (curly quotes,
en dashes, the rupee sign, "Côte d’Ivoire").

Run from anywhere: /usr/bin/python3 tools/make_fodt.py  (output is byte-for-byte stable)
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fatf-mer-india-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "fatf-mer-india-notes.fodt")

NS = ('xmlns:css3t="http://www.w3.org/TR/css3-text/" '
      'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
      'xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" '
      'xmlns:oooc="http://openoffice.org/2004/calc" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:c="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:tableooo="http://openoffice.org/2009/table" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:rpt="http://openoffice.org/2005/report" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

GENERATOR = "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"

SETTINGS = """ <office:settings>
  <config:config-item-set config:name="ooo:view-settings">
   <config:config-item config:name="ViewAreaTop" config:type="long">41275</config:config-item>
   <config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>
   <config:config-item config:name="ViewAreaWidth" config:type="long">33867</config:config-item>
   <config:config-item config:name="ViewAreaHeight" config:type="long">17119</config:config-item>
   <config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>
   <config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>
   <config:config-item-map-indexed config:name="Views">
    <config:config-item-map-entry>
     <config:config-item config:name="ViewId" config:type="string">view2</config:config-item>
     <config:config-item config:name="ViewLeft" config:type="long">9123</config:config-item>
     <config:config-item config:name="ViewTop" config:type="long">48817</config:config-item>
     <config:config-item config:name="VisibleLeft" config:type="long">0</config:config-item>
     <config:config-item config:name="VisibleTop" config:type="long">41275</config:config-item>
     <config:config-item config:name="VisibleRight" config:type="long">33866</config:config-item>
     <config:config-item config:name="VisibleBottom" config:type="long">58392</config:config-item>
     <config:config-item config:name="ZoomType" config:type="short">0</config:config-item>
     <config:config-item config:name="ViewLayoutColumns" config:type="short">1</config:config-item>
     <config:config-item config:name="ViewLayoutBookMode" config:type="boolean">false</config:config-item>
     <config:config-item config:name="ZoomFactor" config:type="short">110</config:config-item>
     <config:config-item config:name="IsSelectedFrame" config:type="boolean">false</config:config-item>
     <config:config-item config:name="KeepRatio" config:type="boolean">false</config:config-item>
     <config:config-item config:name="AnchoredTextOverflowLegacy" config:type="boolean">false</config:config-item>
    </config:config-item-map-entry>
   </config:config-item-map-indexed>
  </config:config-item-set>
  <config:config-item-set config:name="ooo:configuration-settings">
   <config:config-item config:name="PrintPaperFromSetup" config:type="boolean">false</config:config-item>
   <config:config-item config:name="RedlineProtectionKey" config:type="base64Binary"/>
   <config:config-item config:name="RecordChanges" config:type="boolean">false</config:config-item>
   <config:config-item config:name="Rsid" config:type="int">3017582</config:config-item>
   <config:config-item config:name="RsidRoot" config:type="int">1188404</config:config-item>
   <config:config-item config:name="PrinterName" config:type="string"/>
   <config:config-item config:name="EmbedFonts" config:type="boolean">false</config:config-item>
   <config:config-item config:name="AddParaTableSpacing" config:type="boolean">true</config:config-item>
   <config:config-item config:name="TabsRelativeToIndent" config:type="boolean">true</config:config-item>
   <config:config-item config:name="ApplyParagraphMarkFormatToNumbering" config:type="boolean">true</config:config-item>
  </config:config-item-set>
 </office:settings>
 <office:scripts>
  <office:script script:language="ooo:Basic">
   <ooo:libraries xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink"/>
  </office:script>
 </office:scripts>
 <office:font-face-decls>
  <style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Lucida Sans1" svg:font-family="&apos;Lucida Sans&apos;" style:font-family-generic="swiss"/>
  <style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" style:font-family-generic="system" style:font-pitch="variable"/>
  <style:font-face style:name="Segoe UI" svg:font-family="&apos;Segoe UI&apos;" style:font-family-generic="system" style:font-pitch="variable"/>
  <style:font-face style:name="SimSun" svg:font-family="SimSun" style:font-family-generic="system" style:font-pitch="variable"/>
 </office:font-face-decls>"""

STYLES = """ <office:styles>
  <style:default-style style:family="graphic">
   <style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" draw:shadow-offset-y="0.3cm" draw:start-line-spacing-horizontal="0.283cm" draw:start-line-spacing-vertical="0.283cm" draw:end-line-spacing-horizontal="0.283cm" draw:end-line-spacing-vertical="0.283cm" style:flow-with-text="false"/>
   <style:paragraph-properties style:text-autospace="ideograph-alpha" style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-spacing="false">
    <style:tab-stops/>
   </style:paragraph-properties>
   <style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" style:letter-kerning="true" style:font-name-asian="SimSun" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans1" style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN"/>
  </style:default-style>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2" fo:hyphenation-ladder-count="no-limit" fo:hyphenation-keep="auto" loext:hyphenation-keep-type="column" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/>
   <style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" style:letter-kerning="true" style:font-name-asian="SimSun" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans1" style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN" fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" loext:hyphenation-no-caps="false" loext:hyphenation-no-last-word="false" loext:hyphenation-word-char-count="5" loext:hyphenation-zone="no-limit"/>
  </style:default-style>
  <style:default-style style:family="table">
   <style:table-properties table:border-model="collapsing"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:text-properties style:font-name="Carlito" fo:font-family="Carlito" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="Microsoft YaHei" style:font-family-asian="&apos;Microsoft YaHei&apos;" style:font-family-generic-asian="system" style:font-pitch-asian="variable" style:font-size-asian="14pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss" style:font-size-complex="14pt"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
   <style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>
   <style:text-properties fo:font-size="10pt" fo:font-style="italic" style:font-size-asian="12pt" style:font-style-asian="italic" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss" style:font-size-complex="12pt" style:font-style-complex="italic"/>
  </style:style>
  <style:style style:name="Index" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties text:number-lines="false" text:line-number="0"/>
   <style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
   <style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>
   <style:text-properties fo:font-size="24pt" fo:font-weight="bold" style:font-size-asian="28pt" style:font-weight-asian="bold" style:font-size-complex="28pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
   <style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>
   <style:text-properties fo:font-size="12pt" style:font-size-asian="18pt" style:font-size-complex="18pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:list-style-name="" style:class="text">
   <style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>
   <style:text-properties fo:color="#2a6099" loext:opacity="100%" fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="130%" style:font-weight-asian="bold" style:font-size-complex="130%" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:list-style-name="" style:class="text">
   <style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-size-asian="115%" style:font-weight-asian="bold" style:font-size-complex="115%" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="index">
   <style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm" style:auto-text-indent="false" text:number-lines="false" text:line-number="0"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold" style:font-size-complex="16pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Index" style:class="index">
   <style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm" style:auto-text-indent="false">
    <style:tab-stops>
     <style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Index" style:class="index">
   <style:paragraph-properties fo:margin-left="0.499cm" fo:margin-right="0cm" fo:text-indent="0cm" style:auto-text-indent="false">
    <style:tab-stops>
     <style:tab-stop style:position="16.501cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <loext:graphic-properties draw:fill="none"/>
   <style:paragraph-properties fo:background-color="transparent" style:shadow="none" text:number-lines="false" text:line-number="0"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center" style:justify-single-word="false" text:number-lines="false" text:line-number="0"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" text:line-number="0"/>
   <style:text-properties fo:font-size="9pt" style:font-size-asian="10pt" style:font-size-complex="10pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties text:number-lines="false" text:line-number="0">
    <style:tab-stops>
     <style:tab-stop style:position="8.5cm" style:type="center"/>
     <style:tab-stop style:position="17cm" style:type="right"/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
  <style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text">
   <style:text-properties fo:color="#000080" loext:opacity="100%" fo:language="zxx" fo:country="none" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color" style:language-asian="zxx" style:country-asian="none" style:language-complex="zxx" style:country-complex="none"/>
  </style:style>
  <style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" style:family="text">
   <style:text-properties fo:color="#800000" loext:opacity="100%" fo:language="zxx" fo:country="none" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color" style:language-asian="zxx" style:country-asian="none" style:language-complex="zxx" style:country-complex="none"/>
  </style:style>
  <style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">
   <style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" style:font-charset="x-symbol" style:font-name-asian="OpenSymbol" style:font-family-asian="OpenSymbol" style:font-charset-asian="x-symbol" style:font-name-complex="OpenSymbol" style:font-family-complex="OpenSymbol" style:font-charset-complex="x-symbol"/>
  </style:style>
  <style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
  </style:style>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.762cm" fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.016cm" fo:text-indent="-1.016cm" fo:margin-left="1.016cm"/>
    </style:list-level-properties>
   </text:outline-level-style>
%OUTLINE_REST%
  </text:outline-style>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
  <text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>
  <text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" text:number-position="left" text:increment="5"/>
  <style:default-page-layout>
   <style:page-layout-properties style:layout-grid-standard-mode="true"/>
  </style:default-page-layout>
 </office:styles>"""

AUTO_HEAD = """ <office:automatic-styles>
  <style:style style:name="Table1" style:family="table">
   <style:table-properties style:width="17cm" table:align="margins"/>
  </style:style>
  <style:style style:name="Table1.A" style:family="table-column">
   <style:table-column-properties style:column-width="4.2cm" style:rel-column-width="16255*"/>
  </style:style>
  <style:style style:name="Table1.B" style:family="table-column">
   <style:table-column-properties style:column-width="5.3cm" style:rel-column-width="20513*"/>
  </style:style>
  <style:style style:name="Table1.C" style:family="table-column">
   <style:table-column-properties style:column-width="7.5cm" style:rel-column-width="29067*"/>
  </style:style>
  <style:style style:name="Table1.A1" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">
    <style:background-image/>
   </style:table-cell-properties>
  </style:style>
  <style:style style:name="Table1.C1" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000">
    <style:background-image/>
   </style:table-cell-properties>
  </style:style>
  <style:style style:name="Table1.A2" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="Table1.C2" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/>
  </style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title">
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle">
   <style:text-properties fo:font-size="10pt" fo:font-style="italic" officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254" style:font-style-asian="italic" style:font-style-complex="italic"/>
  </style:style>
  <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>
   <style:text-properties officeooo:rsid="002e0b1a" officeooo:paragraph-rsid="002e0b1a"/>
  </style:style>
  <style:style style:name="P5" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P6" style:family="paragraph" style:parent-style-name="Heading_20_2">
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P7" style:family="paragraph" style:parent-style-name="List">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.106cm" style:contextual-spacing="true"/>
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P8" style:family="paragraph" style:parent-style-name="List">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.106cm" style:contextual-spacing="true"/>
   <style:text-properties officeooo:rsid="002e0b1a" officeooo:paragraph-rsid="002e0b1a"/>
  </style:style>
  <style:style style:name="P9" style:family="paragraph" style:parent-style-name="Table_20_Heading">
   <style:text-properties officeooo:rsid="001a3c07" officeooo:paragraph-rsid="001a3c07"/>
  </style:style>
  <style:style style:name="P10" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties officeooo:rsid="001a3c07" officeooo:paragraph-rsid="001a3c07"/>
  </style:style>
  <style:style style:name="P11" style:family="paragraph" style:parent-style-name="Caption">
   <style:text-properties officeooo:rsid="001a3c07" officeooo:paragraph-rsid="001a3c07"/>
  </style:style>
  <style:style style:name="P12" style:family="paragraph" style:parent-style-name="Footnote">
   <style:text-properties officeooo:rsid="00122254" officeooo:paragraph-rsid="00122254"/>
  </style:style>
  <style:style style:name="P13" style:family="paragraph" style:parent-style-name="Contents_20_1">
   <style:paragraph-properties>
    <style:tab-stops>
     <style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="P14" style:family="paragraph" style:parent-style-name="Contents_20_2">
   <style:paragraph-properties>
    <style:tab-stops>
     <style:tab-stop style:position="16.501cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>
    </style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="P15" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="9pt" officeooo:rsid="002f2c1e" officeooo:paragraph-rsid="002f2c1e" style:font-size-asian="9pt" style:font-size-complex="9pt"/>
  </style:style>
  <style:style style:name="P16" style:family="paragraph" style:parent-style-name="Footer">
   <style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>
  </style:style>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="T2" style:family="text">
   <style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/>
  </style:style>
  <style:style style:name="T3" style:family="text">
   <style:text-properties officeooo:rsid="002e0b1a"/>
  </style:style>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties style:editable="false">
    <style:columns fo:column-count="1" fo:column-gap="0cm"/>
   </style:section-properties>
  </style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" loext:num-list-format="%1%" style:num-suffix="." text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:style-name="Bullet_20_Symbols" loext:num-list-format="%2%" style:num-suffix="." text:bullet-char="◦">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.905cm" fo:text-indent="-0.635cm" fo:margin-left="1.905cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="L2">
   <text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" loext:num-list-format="%1%." style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm">
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
   </style:page-layout-properties>
   <style:header-style/>
   <style:footer-style>
    <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.499cm"/>
   </style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer>
    <text:p text:style-name="P16">FATF MER – India<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number></text:p>
   </style:footer>
  </style:master-page>
 </office:master-styles>"""

OUTLINE_REST = "\n".join(
    """   <text:outline-level-style text:level="%d" style:num-format="">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab"/>
    </style:list-level-properties>
   </text:outline-level-style>""" % lvl for lvl in range(3, 11))

# Soft page breaks LibreOffice wrote at the top of these body lines (by source text prefix)
SOFT_BREAKS = ("## The Standards", "Where the risk comes from", "7 July 2023", "# Mains angle")
# Page numbers shown in the table of contents
TOC_PAGES = [1, 2, 2, 2, 2, 2, 2, 2, 3, 4, 4, 5]


class Doc:
    def __init__(self):
        self.changes = []   # (id, kind, author, date, text)
        self.notes = {}
        self.note_no = 0
        self.ann_no = 0
        self.heads = []     # (level, text, bookmark)

    def change_id(self, author, date, text, kind):
        cid = "ct%d" % (2412391000000 + 7919 * (len(self.changes) + 1) + len(text))
        self.changes.append((cid, kind, author, date, text))
        return cid

    def inline(self, s):
        """Source inline markup to ODF text content."""
        out, pos = [], 0
        token = re.compile(r"\{\{(.+?)\}\}\(\((.+?)\|(.+?)\|(.+?)\)\)"
                           r"|\[\+(.+?)\|(.+?)\|(.+?)\+\]"
                           r"|\[-(.+?)\|(.+?)\|(.+?)-\]"
                           r"|\[\^(\d+)\]"
                           r"|\*\*(.+?)\*\*"
                           r"|//(.+?)//"
                           r"|\[([^\]]+)\]\((https?://[^)]+)\)")
        for m in token.finditer(s):
            out.append(self.plain(s[pos:m.start()]))
            pos = m.end()
            g = m.groups()
            if g[0] is not None:
                self.ann_no += 1
                name = "__Annotation__%d_%d" % (1180 + 37 * self.ann_no, 3017500 + self.ann_no)
                initials = "".join(w[0] for w in g[2].split())
                out.append('<office:annotation office:name="%s"><dc:creator>%s</dc:creator>'
                           '<dc:date>%s.000000000</dc:date><meta:creator-initials>%s</meta:creator-initials>'
                           '<text:p text:style-name="P15"><text:span text:style-name="T3">%s</text:span>'
                           '</text:p></office:annotation>%s<office:annotation-end office:name="%s"/>'
                           % (name, escape(g[2]), g[3], initials, self.plain(g[1]),
                              self.inline(g[0]), name))
            elif g[4] is not None:
                cid = self.change_id(g[5], g[6], g[4], "insertion")
                out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                           % (cid, self.plain(g[4]), cid))
            elif g[7] is not None:
                cid = self.change_id(g[8], g[9], g[7], "deletion")
                out.append('<text:change text:change-id="%s"/>' % cid)
            elif g[10] is not None:
                n = g[10]
                self.note_no += 1
                out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                           '</text:note-citation><text:note-body><text:p text:style-name="P12">%s</text:p>'
                           '</text:note-body></text:note>'
                           % (self.note_no, self.note_no, self.inline(self.notes[n])))
            elif g[11] is not None:
                out.append('<text:span text:style-name="T1">%s</text:span>' % self.plain(g[11]))
            elif g[12] is not None:
                out.append('<text:span text:style-name="T2">%s</text:span>' % self.plain(g[12]))
            else:
                out.append('<text:a xlink:type="simple" xlink:href="%s" text:style-name="Internet_20_link" '
                           'text:visited-style-name="Visited_20_Internet_20_Link">%s</text:a>'
                           % (escape(g[14]), self.plain(g[13])))
        out.append(self.plain(s[pos:]))
        return "".join(out)

    @staticmethod
    def plain(s):
        s = escape(s)
        # runs of spaces are written as one space plus <text:s/>, as LibreOffice does
        return re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1)
                      if len(m.group(0)) > 2 else " <text:s/>", s)


def read_source():
    meta, lines, notes = {}, [], {}
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith(";;") or not line.strip():
                continue
            if line.startswith("@meta "):
                k, v = line[6:].split(": ", 1)
                meta[k] = v
            elif re.match(r"\[\^\d+\]: ", line):
                n, body = line[2:].split("]: ", 1)
                notes[n] = body
            else:
                lines.append(line)
    return meta, lines, notes


def soft(text):
    return any(text.startswith(p) for p in SOFT_BREAKS)


def body(doc, lines):
    out = []
    sb = '<text:soft-page-break/>'
    i = 0
    heads = [l for l in lines if l.startswith("# ") or l.startswith("## ")]
    nums, h1, h2 = [], 0, 0
    for h in heads:
        if h.startswith("# "):
            h1, h2 = h1 + 1, 0
            nums.append("%d" % h1)
        else:
            h2 += 1
            nums.append("%d.%d" % (h1, h2))
    hidx = 0
    while i < len(lines):
        line = lines[i]
        brk = sb if soft(line) else ""
        if line.startswith("@title "):
            out.append('   <text:p text:style-name="P1">%s</text:p>' % doc.inline(line[7:]))
            i += 1
        elif line.startswith("@subtitle "):
            out.append('   <text:p text:style-name="P2">%s</text:p>' % doc.inline(line[10:]))
            out.append(toc(heads, nums))
            i += 1
        elif line.startswith("# ") or line.startswith("## "):
            lvl = 1 if line.startswith("# ") else 2
            text = line[lvl + 1:]
            bm = "__RefHeading___Toc%d_%d" % (1010 + 24 * hidx, 2118574536)
            if brk:
                out.append('   <text:soft-page-break/>')
            out.append('   <text:h text:style-name="P%d" text:outline-level="%d"><text:bookmark-start '
                       'text:name="%s"/>%s<text:bookmark-end text:name="%s"/></text:h>'
                       % (4 + lvl, lvl, bm, doc.inline(text), bm))
            hidx += 1
            i += 1
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            bullet = line.startswith("- ")
            items = []
            while i < len(lines) and ((bullet and lines[i].startswith("- ")) or
                                      (not bullet and re.match(r"\d+\. ", lines[i]))):
                l = lines[i]
                text = l[2:] if bullet else l.split(". ", 1)[1]
                items.append((text, sb if soft(text) else ""))
                i += 1
            lid = "list%d" % (3170419 + 131 * len(out))
            out.append('   <text:list xml:id="%s" text:style-name="%s">' % (lid, "L1" if bullet else "L2"))
            for text, b in items:
                out.append('    <text:list-item>')
                out.append('     <text:p text:style-name="P%d">%s%s</text:p>'
                           % (8 if "2025" in text else 7, b, doc.inline(text)))
                out.append('    </text:list-item>')
            out.append('   </text:list>')
        elif line.startswith("@caption "):
            cap = line[9:]
            rows = []
            i += 1
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            out.append(table(doc, rows))
            num, rest = cap.split(": ", 1)
            out.append('   <text:p text:style-name="P11">Table <text:sequence text:ref-name="refTable0" '
                       'text:name="Table" text:formula="ooow:Table+1" style:num-format="1">%s</text:sequence>'
                       ': %s</text:p>' % (num.split()[-1], doc.inline(rest)))
        else:
            style = "P4" if "2025" in line else "P3"
            out.append('   <text:p text:style-name="%s">%s%s</text:p>' % (style, brk, doc.inline(line)))
            i += 1
    return out


def toc(heads, nums):
    out = ['   <text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">',
           '    <text:table-of-content-source text:outline-level="2">',
           '     <text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>']
    for lvl in (1, 2):
        out.append('     <text:table-of-content-entry-template text:outline-level="%d" text:style-name="Contents_20_%d">'
                   '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-chapter/>'
                   '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                   '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>'
                   % (lvl, lvl))
    out.append('    </text:table-of-content-source>')
    out.append('    <text:index-body>')
    out.append('     <text:index-title text:style-name="Sect1" text:name="Table of Contents1_Head">')
    out.append('      <text:p text:style-name="Contents_20_Heading">Contents</text:p>')
    out.append('     </text:index-title>')
    for k, (h, n) in enumerate(zip(heads, nums)):
        lvl = 1 if h.startswith("# ") else 2
        text = escape(h[lvl + 1:])
        bm = "__RefHeading___Toc%d_%d" % (1010 + 24 * k, 2118574536)
        out.append('     <text:p text:style-name="P%d"><text:a xlink:type="simple" xlink:href="#%s" '
                   'text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">%s %s'
                   '<text:tab/>%d</text:a></text:p>' % (12 + lvl, bm, n, text, TOC_PAGES[k]))
    out.append('    </text:index-body>')
    out.append('   </text:table-of-content>')
    return "\n".join(out)


def table(doc, rows):
    out = ['   <table:table table:name="Table1" table:style-name="Table1">',
           '    <table:table-column table:style-name="Table1.A"/>',
           '    <table:table-column table:style-name="Table1.B"/>',
           '    <table:table-column table:style-name="Table1.C"/>']
    for r, row in enumerate(rows):
        if r == 0:
            out.append('    <table:table-header-rows>')
        out.append('     <table:table-row>')
        for c, cell in enumerate(row):
            st = "Table1.%s%d" % ("C" if c == 2 else "A", 1 if r == 0 else 2)
            out.append('      <table:table-cell table:style-name="%s" office:value-type="string">' % st)
            out.append('       <text:p text:style-name="%s">%s</text:p>' % ("P9" if r == 0 else "P10",
                                                                          doc.inline(cell)))
            out.append('      </table:table-cell>')
        out.append('     </table:table-row>')
        if r == 0:
            out.append('    </table:table-header-rows>')
    out.append('   </table:table>')
    return "\n".join(out)


def tracked(doc):
    out = ['   <text:tracked-changes text:track-changes="false">']
    for cid, kind, author, date, text in doc.changes:
        out.append('    <text:changed-region xml:id="%s" text:id="%s">' % (cid, cid))
        out.append('     <text:%s>' % kind)
        out.append('      <office:change-info>')
        out.append('       <dc:creator>%s</dc:creator>' % escape(author))
        out.append('       <dc:date>%s</dc:date>' % date)
        out.append('      </office:change-info>')
        if kind == "deletion":
            out.append('      <text:p text:style-name="P3">%s</text:p>' % escape(text))
        out.append('     </text:%s>' % kind)
        out.append('    </text:changed-region>')
    out.append('   </text:tracked-changes>')
    return "\n".join(out)


def stats(body_xml):
    text = re.sub(r"<[^>]+>", " ", body_xml)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    words = len(text.split())
    chars = len(re.sub(r"\s+", " ", text))
    nonws = len(re.sub(r"\s", "", text))
    paras = body_xml.count("<text:p ") + body_xml.count("<text:h ")
    return ('<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="5" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/>' % (paras, words, chars, nonws))


def build():
    meta, lines, notes = read_source()
    doc = Doc()
    doc.notes = notes
    content = body(doc, lines)
    seq = ['   <text:sequence-decls>'] + [
        '    <text:sequence-decl text:display-outline-level="0" text:name="%s"/>' % n
        for n in ("Illustration", "Table", "Text", "Drawing", "Figure")] + ['   </text:sequence-decls>']
    body_xml = "\n".join(content)
    head = ['<?xml version="1.0" encoding="UTF-8"?>', '',
            '<office:document %s>' % NS,
            ' <office:meta><meta:creation-date>%s</meta:creation-date><dc:title>%s</dc:title>'
            '<dc:subject>%s</dc:subject><meta:keyword>%s</meta:keyword><meta:initial-creator>%s'
            '</meta:initial-creator><dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
            '<meta:editing-cycles>%s</meta:editing-cycles><meta:editing-duration>%s</meta:editing-duration>'
            '<meta:generator>%s</meta:generator>%s</office:meta>'
            % (meta["creation-date"], escape(meta["title"]), escape(meta["subject"]),
               escape(meta["keywords"]), escape(meta["initial-creator"]), escape(meta["creator"]),
               meta["date"], meta["editing-cycles"], meta["editing-duration"], GENERATOR,
               stats(body_xml)),
            SETTINGS, STYLES.replace("%OUTLINE_REST%", OUTLINE_REST), AUTO_HEAD,
            ' <office:body>', '  <office:text>']
    tail = ['  </office:text>', ' </office:body>', '</office:document>']
    out = head + [tracked(doc)] + seq + content + tail
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
