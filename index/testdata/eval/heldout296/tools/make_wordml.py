#!/usr/bin/python3
"""Make docs/1857-centres-leaders-suppression.xml from tools/1857-centres-leaders-suppression.txt.

The document is a coaching handout typed in Word 2003 and saved with File > Save As >
"XML Document (*.xml)": the single-file WordprocessingML 2003 format. Like Word, this writes the
XML declaration and the mso-application processing instruction on their own CRLF-ended lines and
everything else on one line: w:wordDocument with its namespaces (w, v, w10, sl, aml, wx, o, dt,
st1, wsp), w:ignoreSubtree for the SP2 namespace, o:SmartTagType declarations, o:DocumentProperties
(counts computed from the text) and o:CustomDocumentProperties, w:fonts, w:lists (listDefs with
nine levels, list instances), w:styles, w:docPr (footnote separators, compat, wsp:rsids) and
w:body, where the text sits in wx:sect with one wx:sub-section per Heading 1 and nested ones per
Heading 2. Paragraphs carry rsid attributes, long runs are split where they were edited,
unknown words are wrapped in w:proofErr spellStart/spellEnd marks, smart tags (st1:place,
st1:City, st1:country-region, st1:PersonName, st1:date) wrap places, names and dates, footnotes
sit inline in their runs, comments are aml:annotation ranges with the comment text inside, list
paragraphs carry w:listPr with Word's wx:t hints, and the last w:sectPr holds an A4 page with a
header and a "Page X of Y" footer built from PAGE and NUMPAGES fields. Straight quotes,
apostrophes and spaced hyphens are turned into the curly quotes and en dashes of Word's
AutoFormat As You Type.

Run from anywhere: /usr/bin/python3 tools/make_wordml.py  (output is byte-for-byte stable)
"""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "1857-centres-leaders-suppression.txt")
OUT = os.path.join(HERE, "..", "docs", "1857-centres-leaders-suppression.xml")

# words Word 2003's English (India) dictionary underlines; the rest were "Ignore All"-ed
SPELL = {"Lakshmibai", "Jagdishpur", "Bakht", "Hazrat", "Birjis", "Qadr", "Satichaura",
         "Bibighar", "Rohilkhand", "Azimullah", "Chinhat", "Jhalkari", "Azizun", "Avantibai",
         "Powayan", "Danka", "Maniram", "Kandarpeswar", "Jaidayal", "Haradayal", "Ajnala",
         "Dinapur", "Narwar", "Baraut", "Liaquat", "Ahmadullah", "Khooni", "Darwaza", "Narnaul",
         "Nasibpur", "Mandsaur", "Shahjahanpur", "Kalpi", "Bedar", "taluqdars", "Sambalpur"}
SMART = {"city": ("place", "City"), "place": ("place", None), "country": ("place", "country-region"),
         "person": ("PersonName", None)}

NS = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
      'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
      'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" '
      'xmlns:st1="urn:schemas-microsoft-com:office:smarttags" '
      'xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2"')


def rsid(*key):
    h = hashlib.md5("|".join(str(k) for k in key).encode()).hexdigest().upper()
    return "00" + h[:6]


RSIDS = sorted({rsid("session", i) for i in range(9)})


def session(*key):
    return RSIDS[int(hashlib.md5("|".join(str(k) for k in key).encode()).hexdigest(), 16) % len(RSIDS)]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def autoformat(text, prev):
    """Word's AutoFormat As You Type: smart quotes and en dashes; prev is the char before."""
    text = text.replace(" - ", " \u2013 ")
    out = []
    for ch in text:
        before = out[-1] if out else prev
        if ch == '"':
            out.append("\u201c" if before in " (\u2013\n" or before == "" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if before in " (\u2013\n" or before == "" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- parsing the source

TOKEN = re.compile(r"\[(/?)(b|i|fn|city|place|country|person|date|link)(?: ([^\]]+))?\]|\[(cs|ce) (\d+)\]")


def parse_inline(s):
    """A flat list of ('text', str, style) / ('fn', [...]) / ('cs'|'ce', id) items."""
    items, bold, ital, smart, pos = [], False, False, None, 0
    stack_fn = None
    while pos < len(s):
        m = TOKEN.search(s, pos)
        end = m.start() if m else len(s)
        if end > pos:
            target = stack_fn if stack_fn is not None else items
            target.append(("text", s[pos:end], (bold, ital, smart)))
        if not m:
            break
        pos = m.end()
        close, tag, arg, ctag, cid = m.groups()
        target = stack_fn if stack_fn is not None else items
        if ctag:
            target.append((ctag, int(cid)))
        elif tag == "b":
            bold = not close
        elif tag == "i":
            ital = not close
        elif tag == "fn":
            if close:
                items.append(("fn", stack_fn))
                stack_fn = None
            else:
                stack_fn = []
        elif tag in ("city", "place", "country", "person", "date", "link"):
            smart = None if close else (tag, arg)
    return items


def read_source():
    blocks, comments = [], {}
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            kind, _, rest = line.partition(" ")
            kind = kind[1:]
            if kind == "comment":
                cid, author, initials, date, text = rest.split("|", 4)
                comments[int(cid)] = (author, initials, date, text)
            elif kind == "table":
                blocks.append(["table", [int(w) for w in rest.split(",")], []])
            elif kind in ("hrow", "row"):
                blocks[-1][2].append((kind == "hrow", [c.strip() for c in rest.split(" | ")]))
            elif kind == "endtable":
                pass
            else:
                blocks.append([kind, rest])
    return blocks, comments


# ---------------------------------------------------------------- writing runs

class Writer:
    def __init__(self, comments):
        self.comments = comments
        self.words = []          # every shown text run, for the statistics
        self.fn_count = 0

    def rpr(self, bold, ital, extra=""):
        parts = []
        if bold:
            parts.append("<w:b/>")
        if ital:
            parts.append("<w:i/>")
        parts.append(extra)
        inner = "".join(parts)
        return "<w:rPr>%s</w:rPr>" % inner if inner else ""

    def run(self, text, bold, ital, key, extra=""):
        self.words.append(text)
        rs = ' wsp:rsidR="%s"' % session("r", key) if int(hashlib.md5(key.encode()).hexdigest(), 16) % 3 == 0 else ""
        space = ' xml:space="preserve"' if text[:1] == " " or text[-1:] == " " else ""
        return "<w:r%s>%s<w:t%s>%s</w:t></w:r>" % (rs, self.rpr(bold, ital, extra), space, esc(text))

    def text_runs(self, text, bold, ital, key):
        """Runs for one piece of text: split at edit points and around flagged words."""
        out = []
        pieces = re.split(r"(\b(?:%s)\b)" % "|".join(sorted(SPELL)), text)
        for k, piece in enumerate(pieces):
            if not piece:
                continue
            if piece in SPELL:
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append(self.run(piece, bold, ital, "%s.%d" % (key, k)))
                out.append('<w:proofErr w:type="spellEnd"/>')
                continue
            words = piece.split(" ")
            if len(words) > 14:
                # a later edit split the run at a word boundary
                cut = len(words) // 2 + (len(piece) % 3)
                first = " ".join(words[:cut]) + " "
                second = " ".join(words[cut:])
                out.append(self.run(first, bold, ital, "%s.%da" % (key, k)))
                out.append(self.run(second, bold, ital, "%s.%db" % (key, k)))
            else:
                out.append(self.run(piece, bold, ital, "%s.%d" % (key, k)))
        return "".join(out)

    def inline(self, items, key, para_style=None):
        out, prev = [], ""
        for n, item in enumerate(items):
            k = "%s.%d" % (key, n)
            if item[0] == "text":
                _, raw, (bold, ital, smart) = item
                text = autoformat(raw, prev)
                prev = raw[-1:]
                runs = self.text_runs(text, bold, ital, k)
                if smart:
                    tag, arg = smart
                    if tag == "date":
                        y, m, d = arg.split("-")
                        runs = ('<st1:date w:st="on" Year="%s" Day="%d" Month="%d">%s</st1:date>'
                                % (y, int(d), int(m), runs))
                    elif tag == "link":
                        runs = runs.replace("<w:rPr>", '<w:rPr><w:rStyle w:val="Hyperlink"/>')
                        runs = '<w:hlink w:dest="%s">%s</w:hlink>' % (attr(arg), runs)
                    else:
                        outer, inner = SMART[tag]
                        if inner:
                            runs = '<st1:%s w:st="on">%s</st1:%s>' % (inner, runs, inner)
                        runs = '<st1:%s w:st="on">%s</st1:%s>' % (outer, runs, outer)
                out.append(runs)
            elif item[0] == "fn":
                self.fn_count += 1
                body = self.inline(item[1], k + "fn")
                out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnote>'
                           '<w:p wsp:rsidR="%s" wsp:rsidRDefault="%s" wsp:rsidP="%s"><w:pPr>'
                           '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
                           'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                           '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote></w:r>'
                           % (session("fn", k), session("fn", k), session("fn", k), body))
            elif item[0] == "cs":
                out.append('<aml:annotation aml:id="%d" w:type="Word.Comment.Start"/>' % item[1])
            elif item[0] == "ce":
                cid = item[1]
                author, initials, date, text = self.comments[cid]
                self.words.append(text)
                out.append('<aml:annotation aml:id="%d" w:type="Word.Comment.End"/>' % cid)
                out.append('<w:r wsp:rsidR="%s"><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           '<aml:annotation aml:id="%d" aml:author="%s" aml:createdate="%s" '
                           'w:type="Word.Comment" w:initials="%s"><aml:content><w:p wsp:rsidR="%s" '
                           'wsp:rsidRDefault="%s" wsp:rsidP="%s"><w:pPr><w:pStyle w:val="CommentText"/>'
                           '</w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           '<w:annotationRef/></w:r><w:r><w:t>%s</w:t></w:r></w:p></aml:content>'
                           '</aml:annotation></w:r>'
                           % (session("c", cid), cid, attr(author), date, attr(initials),
                              session("c", cid), session("c", cid), session("c", cid),
                              esc(autoformat(text, ""))))
        return "".join(out)

    def para(self, key, ppr, items):
        r = session("p", key)
        d = session("pd", key)
        return ('<w:p wsp:rsidR="%s" wsp:rsidRDefault="%s" wsp:rsidP="%s">%s%s</w:p>'
                % (r, d, r, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", self.inline(items, key)))


# ---------------------------------------------------------------- static parts

def font(name, panose, charset, family, pitch, sig):
    return ('<w:font w:name="%s"><w:panose-1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
            '<w:pitch w:val="%s"/><w:sig w:usb-0="%s" w:usb-1="%s" w:usb-2="%s" w:usb-3="%s" '
            'w:csb-0="%s" w:csb-1="%s"/></w:font>' % ((name, panose, charset, family, pitch) + sig))


FONTS = ('<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="Times New Roman" '
         'w:h-ansi="Times New Roman" w:cs="Times New Roman"/>'
         + font("Mangal", "02040503050203030202", "00", "Roman", "variable",
                ("00008003", "00000000", "00000000", "00000000", "00000001", "00000000"))
         + font("Wingdings", "05000000000000000000", "02", "Auto", "variable",
                ("00000000", "10000000", "00000000", "00000000", "80000000", "00000000"))
         + font("Tahoma", "020B0604030504040204", "00", "Swiss", "variable",
                ("E1002EFF", "C000605B", "00000029", "00000000", "000101FF", "00000000"))
         + font("Georgia", "02040502050405020303", "00", "Roman", "variable",
                ("00000287", "00000000", "00000000", "00000000", "0000009F", "00000000"))
         + '</w:fonts>')


def lvl(i, nfc, text, font_name, pos, tentative=True):
    tent = ' w:tentative="on"' if tentative and i else ""
    rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:h-ansi="%s" w:hint="default"/></w:rPr>' % (font_name, font_name)
           if font_name else "")
    return ('<w:lvl w:ilvl="%d" w:tplc="%s"%s><w:start w:val="1"/><w:nfc w:val="%d"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="list" '
            'w:pos="%d"/></w:tabs><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
            % (i, ["04090001", "04090003", "04090005"][i % 3] if nfc == 23 else
               ["0409000F", "04090019", "0409001B"][i % 3], tent, nfc, text, pos, pos, rpr))


def bullet_def(n, lsid, tmpl):
    levels = []
    for i in range(9):
        sym = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")][i % 3]
        levels.append(lvl(i, 23, sym[0], sym[1], 720 * (i + 1)))
    return ('<w:listDef w:listDefId="%d"><w:lsid w:val="%s"/><w:plt w:val="HybridMultilevel"/>'
            '<w:tmpl w:val="%s"/>%s</w:listDef>' % (n, lsid, tmpl, "".join(levels)))


def number_def(n, lsid, tmpl):
    levels = []
    for i in range(9):
        nfc, fmt = [(0, "%%%d."), (4, "%%%d."), (2, "%%%d.")][i % 3]
        levels.append(lvl(i, nfc, fmt % (i + 1), None, 720 * (i + 1)))
    return ('<w:listDef w:listDefId="%d"><w:lsid w:val="%s"/><w:plt w:val="HybridMultilevel"/>'
            '<w:tmpl w:val="%s"/>%s</w:listDef>' % (n, lsid, tmpl, "".join(levels)))


def style(kind, sid, name, body, ui=None, default=False, based="Normal", nxt=None, extra=""):
    d = ' w:default="on"' if default else ""
    parts = ['<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>' % (kind, d, sid, name)]
    if ui:
        parts.append('<wx:uiName wx:val="%s"/>' % ui)
    if based:
        parts.append('<w:basedOn w:val="%s"/>' % based)
    if nxt:
        parts.append('<w:next w:val="%s"/>' % nxt)
    parts.append(extra)
    parts.append(body)
    parts.append("</w:style>")
    return "".join(parts)


STYLES = ("<w:styles><w:versionOfBuiltInStylenames w:val=\"4\"/>"
          "<w:latentStyles w:defLockedState=\"off\" w:latentStyleCount=\"156\"/>"
          + style("paragraph", "Normal", "Normal",
                  '<w:rPr><wx:font wx:val="Times New Roman"/><w:sz w:val="24"/><w:sz-cs w:val="24"/>'
                  '<w:lang w:val="EN-IN" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr>',
                  default=True, based=None, extra='<w:rsid w:val="%s"/>' % RSIDS[0])
          + style("paragraph", "Heading1", "heading 1",
                  '<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:before="240" w:after="60"/>'
                  '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:h-ansi="Arial" '
                  'w:cs="Arial"/><wx:font wx:val="Arial"/><w:b/><w:b-cs/><w:kern w:val="32"/>'
                  '<w:sz w:val="32"/><w:sz-cs w:val="32"/></w:rPr>', ui="Heading 1", nxt="Normal",
                  extra='<w:rsid w:val="%s"/>' % RSIDS[1])
          + style("paragraph", "Heading2", "heading 2",
                  '<w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/><w:spacing w:before="240" w:after="60"/>'
                  '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:h-ansi="Arial" '
                  'w:cs="Arial"/><wx:font wx:val="Arial"/><w:b/><w:b-cs/><w:i/><w:i-cs/>'
                  '<w:sz w:val="28"/><w:sz-cs w:val="28"/></w:rPr>', ui="Heading 2", nxt="Normal",
                  extra='<w:rsid w:val="%s"/>' % RSIDS[1])
          + style("character", "DefaultParagraphFont", "Default Paragraph Font",
                  "<w:semiHidden/>", default=True, based=None)
          + style("table", "TableNormal", "Normal Table",
                  '<w:semiHidden/><w:rPr><wx:font wx:val="Times New Roman"/></w:rPr><w:tblPr><w:tblInd '
                  'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
                  'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                  '</w:tblCellMar></w:tblPr>', ui="Table Normal", default=True, based=None)
          + style("list", "NoList", "No List", "<w:semiHidden/>", default=True, based=None)
          + style("paragraph", "Title", "Title",
                  '<w:pPr><w:pStyle w:val="Title"/><w:spacing w:before="240" w:after="60"/><w:jc '
                  'w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" '
                  'w:h-ansi="Arial" w:cs="Arial"/><wx:font wx:val="Arial"/><w:b/><w:b-cs/><w:kern '
                  'w:val="28"/><w:sz w:val="32"/><w:sz-cs w:val="32"/></w:rPr>', nxt="Normal",
                  extra='<w:rsid w:val="%s"/>' % RSIDS[2])
          + style("paragraph", "Subtitle", "Subtitle",
                  '<w:pPr><w:pStyle w:val="Subtitle"/><w:spacing w:after="60"/><w:jc w:val="center"/>'
                  '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:h-ansi="Arial" '
                  'w:cs="Arial"/><wx:font wx:val="Arial"/><w:sz w:val="20"/></w:rPr>',
                  extra='<w:rsid w:val="%s"/>' % RSIDS[2])
          + style("paragraph", "FootnoteText", "footnote text",
                  '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:rPr><wx:font wx:val="Times New '
                  'Roman"/><w:sz w:val="20"/><w:sz-cs w:val="20"/></w:rPr>', ui="Footnote Text",
                  extra="<w:semiHidden/>")
          + style("character", "FootnoteReference", "footnote reference",
                  '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', ui="Footnote Reference",
                  based="DefaultParagraphFont", extra="<w:semiHidden/>")
          + style("character", "CommentReference", "annotation reference",
                  '<w:rPr><w:sz w:val="16"/><w:sz-cs w:val="16"/></w:rPr>', ui="Comment Reference",
                  based="DefaultParagraphFont", extra="<w:semiHidden/>")
          + style("paragraph", "CommentText", "annotation text",
                  '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:rPr><wx:font wx:val="Times New '
                  'Roman"/><w:sz w:val="20"/><w:sz-cs w:val="20"/></w:rPr>', ui="Comment Text",
                  extra="<w:semiHidden/>")
          + style("paragraph", "Header", "header",
                  '<w:pPr><w:pStyle w:val="Header"/><w:tabs><w:tab w:val="center" w:pos="4153"/>'
                  '<w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr><w:rPr><wx:font wx:val="Times '
                  'New Roman"/></w:rPr>', ui="Header")
          + style("paragraph", "Footer", "footer",
                  '<w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="center" w:pos="4153"/>'
                  '<w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr><w:rPr><wx:font wx:val="Times '
                  'New Roman"/></w:rPr>', ui="Footer")
          + style("character", "PageNumber", "page number", "", ui="Page Number",
                  based="DefaultParagraphFont")
          + style("character", "Hyperlink", "Hyperlink",
                  '<w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr>',
                  based="DefaultParagraphFont")
          + style("table", "TableGrid", "Table Grid",
                  '<w:rPr><wx:font wx:val="Times New Roman"/></w:rPr><w:tblPr><w:tblInd w:w="0" '
                  'w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" wx:bdrwidth="10" '
                  'w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:top w:w="0" '
                  'w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', based="TableNormal",
                  extra='<w:rsid w:val="%s"/>' % RSIDS[3])
          + style("paragraph", "BalloonText", "Balloon Text",
                  '<w:pPr><w:pStyle w:val="BalloonText"/></w:pPr><w:rPr><w:rFonts w:ascii="Tahoma" '
                  'w:h-ansi="Tahoma" w:cs="Tahoma"/><wx:font wx:val="Tahoma"/><w:sz w:val="16"/>'
                  '<w:sz-cs w:val="16"/></w:rPr>', extra="<w:semiHidden/>")
          + "</w:styles>")


def doc_properties(stats):
    words, chars, chars_sp, paras = stats
    return ("<o:DocumentProperties><o:Title>Revolt of 1857</o:Title>"
            "<o:Subject>Modern Indian History - Freedom Struggle</o:Subject>"
            "<o:Author>Sankalp IAS</o:Author><o:Keywords>1857, centres, leaders, suppression, GS1</o:Keywords>"
            "<o:LastAuthor>Ritu Sharma</o:LastAuthor><o:Revision>14</o:Revision>"
            "<o:TotalTime>286</o:TotalTime><o:LastPrinted>2025-08-22T03:31:00Z</o:LastPrinted>"
            "<o:Created>2025-07-14T05:12:00Z</o:Created><o:LastSaved>2025-09-03T10:48:00Z</o:LastSaved>"
            "<o:Pages>5</o:Pages><o:Words>%d</o:Words><o:Characters>%d</o:Characters>"
            "<o:Category>Handout</o:Category><o:Company>Sankalp IAS Academy</o:Company>"
            "<o:Lines>%d</o:Lines><o:Paragraphs>%d</o:Paragraphs>"
            "<o:CharactersWithSpaces>%d</o:CharactersWithSpaces><o:Version>11.9999</o:Version>"
            "</o:DocumentProperties><o:CustomDocumentProperties>"
            "<o:Batch dt:dt=\"string\">Foundation 2026</o:Batch>"
            "<o:Handout_x0020_No dt:dt=\"float\">7</o:Handout_x0020_No>"
            "<o:Checked dt:dt=\"boolean\">1</o:Checked></o:CustomDocumentProperties>"
            % (words, chars, chars_sp // 68 + 1, paras, chars_sp))


def footnote_pr():
    sep = ('<w:footnote w:type="separator"><w:p wsp:rsidR="{0}" wsp:rsidRDefault="{0}"><w:r><w:separator/>'
           '</w:r></w:p></w:footnote><w:footnote w:type="continuation-separator"><w:p wsp:rsidR="{0}" '
           'wsp:rsidRDefault="{0}"><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>').format(RSIDS[4])
    esep = sep.replace("w:footnote ", "w:endnote ").replace("</w:footnote>", "</w:endnote>")
    return "<w:footnotePr>%s</w:footnotePr><w:endnotePr>%s</w:endnotePr>" % (sep, esep)


def doc_pr():
    return ('<w:docPr><w:view w:val="print"/><w:zoom w:percent="110"/><w:doNotEmbedSystemFonts/>'
            '<w:attachedTemplate w:val=""/><w:defaultTabStop w:val="720"/><w:punctuationKerning/>'
            '<w:characterSpacingControl w:val="DontCompress"/><w:optimizeForBrowser/>'
            '<w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/>'
            '<w:alwaysShowPlaceholderText w:val="off"/>%s<w:compat><w:breakWrappedTables/>'
            '<w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/>'
            '</w:compat><wsp:rsids><wsp:rsidRoot wsp:val="%s"/>%s</wsp:rsids></w:docPr>'
            % (footnote_pr(), RSIDS[0], "".join('<wsp:rsid wsp:val="%s"/>' % r for r in RSIDS)))


def sect_pr():
    hdr = ('<w:hdr w:type="odd"><w:p wsp:rsidR="{0}" wsp:rsidRDefault="{0}"><w:pPr><w:pStyle w:val="Header"/>'
           '<w:pBdr><w:bottom w:val="single" w:sz="4" wx:bdrwidth="10" w:space="1" w:color="auto"/></w:pBdr>'
           '<w:rPr><w:sz w:val="18"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>Sankalp IAS '
           'Academy</w:t></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:tab wx:wTab="2325" wx:tlc="none" '
           'wx:cTlc="0"/><w:tab wx:wTab="2410" wx:tlc="none" wx:cTlc="0"/><w:t>Modern India \u2013 Handout 7'
           '</w:t></w:r></w:p></w:hdr>').format(RSIDS[5])
    fld = ('<w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr><w:instrText xml:space="preserve"> {0} </w:instrText>'
           '</w:r><w:r><w:rPr><w:rStyle w:val="PageNumber"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:r><w:rPr><w:rStyle w:val="PageNumber"/><w:noProof/></w:rPr><w:t>{1}</w:t></w:r><w:r><w:rPr>'
           '<w:rStyle w:val="PageNumber"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
    ftr = ('<w:ftr w:type="odd"><w:p wsp:rsidR="{0}" wsp:rsidRDefault="{0}"><w:pPr><w:pStyle w:val="Footer"/>'
           '<w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>{1}<w:r>'
           '<w:t xml:space="preserve"> of </w:t></w:r>{2}</w:p></w:ftr>').format(
        RSIDS[5], fld.format("PAGE", "1"), fld.format("NUMPAGES", "5"))
    return ('<w:sectPr wsp:rsidR="%s" wsp:rsidSect="%s">%s%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar '
            'w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:line-pitch="360"/></w:sectPr>'
            % (RSIDS[5], RSIDS[6], hdr, ftr))


# ---------------------------------------------------------------- body

def build_body(blocks, w):
    """(xml, paragraph count) for w:body; wx:sub-section per Heading1, nested per Heading2."""
    out = ["<w:body><wx:sect>"]
    open_levels = 0
    paras = 0
    numbers = {"bullet": 0, "num": 0}
    list_instance = {"bullet": 1, "num": 2}
    last_kind = None
    for idx, block in enumerate(blocks):
        kind = block[0]
        key = "b%d" % idx
        if kind in ("bullet", "num") and last_kind != kind:
            numbers[kind] = 0
            if kind == "bullet" and last_kind is not None and idx > 40:
                list_instance["bullet"] = 3
        if kind == "h1":
            out.append("</wx:sub-section>" * open_levels)
            out.append("<wx:sub-section>")
            open_levels = 1
            out.append(w.para(key, '<w:pStyle w:val="Heading1"/>', parse_inline(block[1])))
        elif kind == "h2":
            if open_levels == 2:
                out.append("</wx:sub-section>")
                open_levels = 1
            out.append("<wx:sub-section>")
            open_levels = 2
            out.append(w.para(key, '<w:pStyle w:val="Heading2"/>', parse_inline(block[1])))
        elif kind == "title":
            out.append(w.para(key, '<w:pStyle w:val="Title"/>', parse_inline(block[1])))
        elif kind == "subtitle":
            out.append(w.para(key, '<w:pStyle w:val="Subtitle"/>', parse_inline(block[1])))
            out.append('<w:p wsp:rsidR="%s" wsp:rsidRDefault="%s"/>' % (session("e", key), session("e", key)))
        elif kind == "p":
            out.append(w.para(key, '<w:spacing w:after="120"/><w:jc w:val="both"/>', parse_inline(block[1])))
        elif kind == "note":
            out.append(w.para(key, '<w:pBdr><w:top w:val="single" w:sz="4" wx:bdrwidth="10" w:space="1" '
                                   'w:color="auto"/><w:left w:val="single" w:sz="4" wx:bdrwidth="10" '
                                   'w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" '
                                   'wx:bdrwidth="10" w:space="1" w:color="auto"/><w:right w:val="single" '
                                   'w:sz="4" wx:bdrwidth="10" w:space="4" w:color="auto"/></w:pBdr><w:shd '
                                   'w:val="clear" w:color="auto" w:fill="E6E6E6"/><w:spacing w:before="240"/>'
                                   '<w:rPr><w:i/></w:rPr>',
                              [("text", block[1], (False, True, None))]))
        elif kind in ("bullet", "num"):
            numbers[kind] += 1
            if kind == "bullet":
                hint = '<wx:t wx:val="\u00b7"/><wx:font wx:val="Symbol"/>'
            else:
                hint = '<wx:t wx:val="%d."/><wx:font wx:val="Times New Roman"/>' % numbers[kind]
            ppr = ('<w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="%d"/>%s</w:listPr><w:spacing w:after="60"/>'
                   % (list_instance[kind], hint))
            out.append(w.para(key, ppr, parse_inline(block[1])))
        elif kind == "table":
            widths, rows = block[1], block[2]
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>']
            t.extend('<w:gridCol w:w="%d"/>' % x for x in widths)
            t.append("</w:tblGrid>")
            for r, (head, cells) in enumerate(rows):
                t.append('<w:tr wsp:rsidR="%s" wsp:rsidTr="%s">' % (session("tr", key, r), RSIDS[3]))
                if head:
                    t.append("<w:trPr><w:tblHeader/></w:trPr>")
                for c, cell in enumerate(cells):
                    shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if head else ""
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[c], shd))
                    items = parse_inline(cell)
                    if head:
                        items = [(i[0], i[1], (True, i[2][1], i[2][2])) if i[0] == "text" else i for i in items]
                    t.append(w.para("%s.%d.%d" % (key, r, c), '<w:rPr><w:sz w:val="20"/></w:rPr>', items)
                             .replace("<w:rPr><w:b/></w:rPr>", '<w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'))
                    paras += 1
                    t.append("</w:tc>")
                t.append("</w:tr>")
            t.append("</w:tbl>")
            out.append("".join(t))
            paras -= 1
        last_kind = kind
        paras += 1
    out.append(sect_pr())
    out.append("</wx:sub-section>" * open_levels)
    out.append("</wx:sect></w:body>")
    return "".join(out), paras


def main():
    blocks, comments = read_source()
    w = Writer(comments)
    body, paras = build_body(blocks, w)
    text = "".join(w.words)
    words = len(text.split())
    chars = len(re.sub(r"\s", "", text))
    stats = (words, chars, len(text), paras)
    smart = "".join('<o:SmartTagType o:namespaceuri="urn:schemas-microsoft-com:office:smarttags" o:name="%s"/>'
                    % n for n in ("date", "PersonName", "country-region", "City", "place"))
    lists = ("<w:lists>" + bullet_def(0, "1B6F2C4A", "9A3E4F2C") + number_def(1, "3D5A0E71", "0C2E8B14")
             + bullet_def(2, "6E1F9B03", "51D7A6E8")
             + '<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list><w:list w:ilfo="2"><w:ilst w:val="1"/>'
               '</w:list><w:list w:ilfo="3"><w:ilst w:val="2"/></w:list></w:lists>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<?mso-application progid="Word.Document"?>\r\n'
           '<w:wordDocument %s w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" '
           'xml:space="preserve"><w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
           '%s%s%s%s%s%s%s</w:wordDocument>'
           % (NS, smart, doc_properties(stats), FONTS, lists, STYLES, doc_pr(), body))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(xml)


if __name__ == "__main__":
    main()
