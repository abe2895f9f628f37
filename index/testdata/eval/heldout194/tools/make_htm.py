#!/usr/bin/python3
"""Re-make docs/isa-and-osowog-notes.htm from tools/isa-and-osowog-notes.txt.

The output imitates what Microsoft Word (Windows, Word 2016/365) writes when a
document is saved as "Web Page, Filtered": windows-1252 text, CRLF line ends,
source lines wrapped near 78 characters, MsoNormal / MsoListParagraph classes,
list items as paragraphs with Symbol-font bullets, Word's footnotes and a
MsoTableGrid table. Deterministic: no dates or randomness are taken from the
machine.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "isa-and-osowog-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "isa-and-osowog-notes.htm")

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>International Solar Alliance (ISA) &amp; OSOWOG</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Riya Sharma</o:Author>
  <o:LastAuthor>Riya Sharma</o:LastAuthor>
  <o:Revision>23</o:Revision>
  <o:TotalTime>412</o:TotalTime>
  <o:Created>2025-02-03T16:21:00Z</o:Created>
  <o:LastSaved>2025-08-14T17:48:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>1540</o:Words>
  <o:Characters>8781</o:Characters>
  <o:Lines>73</o:Lines>
  <o:Paragraphs>20</o:Paragraphs>
  <o:CharactersWithSpaces>10301</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
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
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:Wingdings;
\tpanose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:"Calibri Light";
\tpanose-1:2 15 3 2 2 2 4 3 2 4;}
@font-face
\t{font-family:"Segoe UI Emoji";
\tpanose-1:2 11 5 2 4 2 4 2 2 3;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
h1
\t{mso-style-link:"Heading 1 Char";
\tmargin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:16.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}
h2
\t{mso-style-link:"Heading 2 Char";
\tmargin-top:2.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:13.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
\t{mso-style-link:"Footnote Text Char";
\tmargin:0cm;
\tfont-size:10.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:10.0pt;
\tmargin-left:0cm;
\tfont-size:9.0pt;
\tfont-family:"Calibri",sans-serif;
\tcolor:#44546A;
\tfont-style:italic;}
span.MsoFootnoteReference
\t{vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
\t{mso-style-link:"Title Char";
\tmargin:0cm;
\tfont-size:28.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tletter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
\t{mso-style-link:"Subtitle Char";
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tcolor:#5A5A5A;
\tletter-spacing:.75pt;}
a:link, span.MsoHyperlink
\t{color:#0563C1;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.Heading1Char
\t{mso-style-name:"Heading 1 Char";
\tmso-style-link:"Heading 1";
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;}
span.Heading2Char
\t{mso-style-name:"Heading 2 Char";
\tmso-style-link:"Heading 2";
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;}
span.TitleChar
\t{mso-style-name:"Title Char";
\tmso-style-link:Title;
\tfont-family:"Calibri Light",sans-serif;
\tletter-spacing:-.5pt;}
span.SubtitleChar
\t{mso-style-name:"Subtitle Char";
\tmso-style-link:Subtitle;
\tcolor:#5A5A5A;
\tletter-spacing:.75pt;}
span.FootnoteTextChar
\t{mso-style-name:"Footnote Text Char";
\tmso-style-link:"Footnote Text";}
.MsoChpDefault
\t{font-family:"Calibri",sans-serif;}
.MsoPapDefault
\t{margin-bottom:8.0pt;
\tline-height:107%;}
 /* Page Definitions */
 @page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=EN-IN link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

"""

SPAN_EMOJI = "<span style='font-family:\"Segoe UI Emoji\",sans-serif;mso-bidi-font-family:\"Segoe UI Emoji\"'>%s</span>"
SPAN_MATH = "<span style='font-family:\"Cambria Math\",serif;mso-bidi-font-family:\"Cambria Math\"'>%s</span>"
# Word's AutoCorrect turns "-->" into a Wingdings arrow, saved as the letter a-grave.
WINGDINGS_ARROW = ("<span style='font-family:Wingdings;mso-ascii-font-family:Calibri;"
                   "mso-hansi-font-family:Calibri;mso-char-type:symbol;mso-symbol-font-family:"
                   "Wingdings'><span style='mso-char-type:symbol;mso-symbol-font-family:"
                   "Wingdings'>\u00e0</span></span>")
TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def esc_text(s):
    out = []
    for ch in s:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "\u2192":
            out.append("\x00ARROW\x00")
        elif ch == "\u2260":
            out.append("\x00MATH%d\x00" % ord(ch))
        elif ord(ch) >= 0x2600 and ord(ch) != 0x2192:
            out.append("\x00EMOJI%d\x00" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


FOOTNOTES = []
FN_COUNTER = [0]


def fn_ref(n, size="11.0pt"):
    return ("<a style='mso-footnote-id:ftn%d' href=\"#_ftn%d\" name=\"_ftnref%d\" title=\"\"><span "
            "class=MsoFootnoteReference><span lang=EN-IN><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-IN "
            "style='font-size:%s;line-height:107%%;font-family:\"Calibri\",sans-serif'>[%d]</span></span>"
            "<![endif]></span></span></span></a>" % (n, n, n, size, n))


def inline(text, lang=True):
    """Turn **bold**, //italic// and [^n] into Word-style runs."""
    parts = re.split(r"(\*\*.+?\*\*|//.+?//|\[\^\d+\])", text)
    runs = []
    for p in parts:
        if not p:
            continue
        if p.startswith("**"):
            runs.append(("b", p[2:-2]))
        elif p.startswith("//"):
            runs.append(("i", p[2:-2]))
        elif p.startswith("[^"):
            runs.append(("fn", p))
        else:
            runs.append(("", p))
    out = []
    for i, (kind, t) in enumerate(runs):
        last = i == len(runs) - 1
        op = "<o:p></o:p>" if last else ""
        if kind == "fn":
            FN_COUNTER[0] += 1
            out.append(fn_ref(FN_COUNTER[0]))
            if last:
                out.append("<span lang=EN-IN><o:p></o:p></span>")
            continue
        body = esc_text(t).replace("\t", TAB)
        span = "<span lang=EN-IN>%s%s</span>" % (body, op)
        if kind == "b":
            span = "<b>%s</b>" % span
        elif kind == "i":
            span = "<i>%s</i>" % span
        out.append(span)
    return "".join(out)


def finish(s):
    s = s.replace("\x00ARROW\x00", WINGDINGS_ARROW)
    s = re.sub("\x00MATH(\\d+)\x00", lambda m: SPAN_MATH % ("&#%s;" % m.group(1)), s)
    s = re.sub("\x00EMOJI(\\d+)\x00", lambda m: SPAN_EMOJI % ("&#%s;" % m.group(1)), s)
    return s


def wrap(s, indent="", width=78):
    """Break a long chunk of HTML at spaces the way Word does (near column 78).

    Spaces inside conditional-comment markers are kept on one line."""
    s = re.sub(r"<!\[[^\]]*\]>|<!--\[[^\]]*\]>", lambda m: m.group(0).replace(" ", "\x01"), s)
    words = s.split(" ")
    lines = []
    cur = indent + words[0]
    for word in words[1:]:
        if len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = indent + word
        else:
            cur = cur + " " + word
    lines.append(cur)
    return "\r\n".join(lines).replace("\x01", " ")


def para(cls, body, style=None):
    st = " style='%s'" % style if style else ""
    return wrap(finish("<p class=%s%s>%s</p>" % (cls, st, body))) + "\r\n\r\n"


BULLET = {
    1: ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'>"
        "<span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"),
    2: ("<span style='font-family:\"Courier New\";mso-fareast-font-family:\"Courier New\"'>"
        "<span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp; </span></span></span>"),
}


def num_marker(n):
    return ("<span lang=EN-IN style='mso-fareast-font-family:Calibri;mso-bidi-font-family:Calibri'>"
            "<span style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>" % n)


def list_block(items, lnum):
    """items: list of (level, ordered, text)."""
    out = []
    n = 0
    for i, (level, ordered, text) in enumerate(items):
        if len(items) == 1:
            cls = "MsoListParagraph"
        elif i == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif i == len(items) - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        margin = 36 * level
        style = ""
        if cls in ("MsoListParagraphCxSpMiddle", "MsoListParagraphCxSpLast"):
            style = "margin-top:0cm;margin-right:0cm;margin-bottom:%s;" % (
                "8.0pt" if cls.endswith("Last") else "0cm")
        style += "margin-left:%.1fpt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l%d level%d lfo%d" % (
            margin, lnum, level, lnum + 1)
        if ordered:
            n += 1
            marker = num_marker(n)
        else:
            marker = BULLET[level]
        body = "<![if !supportLists]>%s<![endif]>%s" % (marker, inline(text))
        out.append(para(cls, body, style))
    return "".join(out)


def caption(text):
    m = re.match(r"Table (\d+): (.*)", text)
    n, rest = m.group(1), m.group(2)
    body = ("<a name=\"_Ref174523011\">Table </a><!--[if supportFields]><span style='mso-element:field-begin'>"
            "</span><span style='mso-spacerun:yes'> </span>SEQ Table \\* ARABIC <span "
            "style='mso-element:field-separator'></span><![endif]--><span style='mso-no-proof:yes'>%s</span>"
            "<!--[if supportFields]><span style='mso-element:field-end'></span><![endif]-->: %s"
            % (n, esc_text(rest)))
    return para("MsoCaption", body, "page-break-after:avoid")


def table(widths, rows):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\r\n"
           " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\r\n"
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n"]
    for r, row in enumerate(rows):
        attrs = ["mso-yfti-irow:%d" % r]
        if r == 0:
            attrs.append("mso-yfti-firstrow:yes")
        if r == len(rows) - 1:
            attrs.append("mso-yfti-lastrow:yes")
        out.append(" <tr style='%s'>\r\n" % ";".join(attrs))
        for c, cell in enumerate(row):
            w = widths[c]
            bd = []
            if r == 0 and c == 0:
                bd.append("border:solid windowtext 1.0pt")
            elif r == 0:
                bd.append("border:solid windowtext 1.0pt;border-left:none;mso-border-left-alt:solid windowtext .5pt")
            elif c == 0:
                bd.append("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt")
            else:
                bd.append("border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
                          "border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;"
                          "mso-border-left-alt:solid windowtext .5pt")
            bd.append("mso-border-alt:solid windowtext .5pt")
            if r == 0:
                bd.append("background:#D9E2F3")
            bd.append("padding:0cm 5.4pt 0cm 5.4pt")
            td = "<td width=%d valign=top style='width:%.1fpt;%s'>" % (round(w * 4 / 3), w, ";".join(bd))
            out.append(wrap(td, "  ") + "\r\n")
            body = inline(cell)
            if r == 0:
                body = "<b>%s</b>" % body
            p = "<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>%s</p>" % body
            out.append(wrap(finish(p), "  ") + "\r\n")
            out.append("  </td>\r\n")
        out.append(" </tr>\r\n")
    out.append("</table>\r\n\r\n")
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    body = []
    fns = []
    i = 0
    lnum = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        tag, _, text = line.partition(" ")
        if tag in ("@ul", "@ul2", "@ol"):
            items = []
            while i < len(lines) and lines[i].split(" ", 1)[0] in ("@ul", "@ul2", "@ol"):
                t, _, x = lines[i].partition(" ")
                items.append((2 if t == "@ul2" else 1, t == "@ol", x))
                i += 1
            body.append(list_block(items, lnum))
            lnum += 1
            continue
        if tag == "@table":
            widths = [float(x) for x in text.split(",")]
            rows = []
            i += 1
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1
            body.append(table(widths, rows))
            continue
        if tag == "@title":
            body.append(para("MsoTitle", inline(text)))
        elif tag == "@subtitle":
            body.append(para("MsoSubtitle", inline(text)))
        elif tag in ("@p", "@tabp"):
            body.append(para("MsoNormal", inline(text)))
        elif tag == "@empty":
            body.append("<p class=MsoNormal><span lang=EN-IN><o:p>&nbsp;</o:p></span></p>\r\n\r\n")
        elif tag in ("@h1", "@h2"):
            h = tag[1:]
            body.append(wrap(finish("<%s><span lang=EN-IN>%s<o:p></o:p></span></%s>" % (h, esc_text(text), h))) + "\r\n\r\n")
        elif tag == "@caption":
            body.append(caption(text))
        elif tag == "@fn":
            fns.append(text)
        else:
            sys.exit("unknown tag %r" % tag)
        i += 1
    out = [HEAD.replace("\n", "\r\n")]
    out.extend(body)
    out.append("</div>\r\n\r\n")
    out.append("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\r\n\r\n"
               "<hr align=left size=1 width=\"33%\">\r\n\r\n<![endif]>\r\n\r\n")
    for n, t in enumerate(fns, 1):
        ref = ("<a style='mso-footnote-id:ftn%d' href=\"#_ftnref%d\" name=\"_ftn%d\" title=\"\"><span "
               "class=MsoFootnoteReference><span lang=EN-IN><span style='mso-special-character:footnote'>"
               "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-IN "
               "style='font-size:10.0pt;line-height:107%%;font-family:\"Calibri\",sans-serif'>[%d]</span>"
               "</span><![endif]></span></span></span></a>" % (n, n, n, n))
        p = "<p class=MsoFootnoteText>%s<span lang=EN-IN> %s<o:p></o:p></span></p>" % (ref, esc_text(t))
        out.append("<div style='mso-element:footnote' id=ftn%d>\r\n\r\n%s\r\n\r\n</div>\r\n\r\n" % (n, wrap(finish(p))))
    out.append("</div>\r\n\r\n</body>\r\n\r\n</html>\r\n")
    data = "".join(out).encode("cp1252", errors="xmlcharrefreplace")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
