#!/usr/bin/python3
"""Re-make docs/nghm-policy-brief.eml from tools/nghm-policy-brief.txt.

Run from anywhere: /usr/bin/python3 tools/make_eml.py
Standard library only. The message is laid out the way Outlook (Microsoft 365, sending through
Exchange Online) saves a mail with an attachment: Exchange headers (Thread-Topic, Thread-Index,
Accept-Language, Content-Language, X-MS-Has-Attach, X-MS-TNEF-Correlator, msip_labels), a
multipart/mixed body whose first part is a multipart/alternative (text/plain and text/html, both
utf-8 and quoted-printable; the HTML is Word's "filtered medium" output with MsoNormal paragraphs,
MsoListParagraph list items and a MsoTableGrid table) and whose second part is a base64 PNG
attachment. CRLF line ends; everything is fixed, so the output is byte-for-byte stable.
"""
import base64
import os
import quopri
import re
import struct
import zlib
from email.header import Header
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nghm-policy-brief.txt")
OUT = os.path.join(HERE, "..", "docs", "nghm-policy-brief.eml")

STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:1093749116;
	mso-list-type:hybrid;
	mso-list-template-ids:-1475423508 1074331649 1074331651 1074331653 1074331649 1074331651 1074331653 1074331649 1074331651 1074331653;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:1817576421;
	mso-list-type:hybrid;
	mso-list-template-ids:1289637114 1074331663 1074331673 1074331675 1074331663 1074331673 1074331675 1074331663 1074331673 1074331675;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""


def parse():
    hdr, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith(";;") or not line.strip():
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                hdr[k] = v
            else:
                body.append(line)
    return hdr, body


def inline_html(text):
    parts = re.split(r"\*\*", text)
    return "".join("<b>%s</b>" % escape(p) if i % 2 else escape(p) for i, p in enumerate(parts))


def plain(text):
    return text.replace("**", "")


def blocks(lines):
    """Group body lines into (kind, payload) blocks."""
    out = []
    for line in lines:
        tag, _, rest = line.partition(" ")
        if line == ".":
            out.append(("empty", None))
        elif tag == "*":
            if out and out[-1][0] == "ul":
                out[-1][1].append(rest)
            else:
                out.append(("ul", [rest]))
        elif re.match(r"\d+\.$", tag):
            if out and out[-1][0] == "ol":
                out[-1][1].append(rest)
            else:
                out.append(("ol", [rest]))
        elif tag == "|":
            row = [c.strip() for c in rest.split(" | ")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        else:
            out.append((tag, rest))
    return out


def html_body(bl):
    h = []
    lst = 0
    for kind, val in bl:
        if kind == "empty":
            h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == "P":
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inline_html(val))
        elif kind == "H":
            h.append('<p class="MsoNormal"><b><span style="font-size:12.0pt;color:#1F3864">%s<o:p></o:p>'
                     '</span></b></p>' % inline_html(val))
        elif kind == "S":
            h.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">%s<o:p></o:p>'
                     '</span></p>' % inline_html(val))
        elif kind in ("ul", "ol"):
            lst += 1
            if kind == "ul":
                h.append('<ul style="margin-top:0cm" type="disc">')
                li = '<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo%d">%s<o:p></o:p></li>'
            else:
                h.append('<ol style="margin-top:0cm" start="1" type="1">')
                li = '<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l1 level1 lfo%d">%s<o:p></o:p></li>'
            h.extend(li % (lst, inline_html(v)) for v in val)
            h.append("</ul>" if kind == "ul" else "</ol>")
        elif kind == "table":
            widths = [(130, "97.5pt"), (250, "187.5pt"), (220, "165.0pt")]
            h.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                     'style="border-collapse:collapse;border:none">')
            h.append("<tbody>")
            for r, row in enumerate(val):
                h.append("<tr>")
                for c, cell in enumerate(row):
                    w, pt = widths[c]
                    border = ("border:solid windowtext 1.0pt" if r == 0 and c == 0 else
                              "border:solid windowtext 1.0pt;border-left:none" if r == 0 else
                              "border:solid windowtext 1.0pt;border-top:none" if c == 0 else
                              "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
                              "border-right:solid windowtext 1.0pt")
                    shade = ";background:#D9E2F3" if r == 0 else ""
                    text = "<b>%s<o:p></o:p></b>" % escape(cell) if r == 0 else "%s<o:p></o:p>" % escape(cell)
                    h.append('<td width="%d" valign="top" style="width:%s;%s%s;padding:0cm 5.4pt 0cm 5.4pt">'
                             % (w, pt, border, shade))
                    h.append('<p class="MsoNormal">%s</p>' % text)
                    h.append("</td>")
                h.append("</tr>")
            h.append("</tbody>")
            h.append("</table>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            + STYLE + '\n</head>\n<body lang="EN-IN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(h) + "\n</div>\n</body>\n</html>\n")


def text_body(bl):
    t = []
    for kind, val in bl:
        if kind == "empty":
            t.append("")
        elif kind in ("P", "H", "S"):
            t.append(plain(val))
        elif kind == "ul":
            t.extend("  *   " + plain(v) for v in val)
        elif kind == "ol":
            t.extend("  %d.  %s" % (i, plain(v)) for i, v in enumerate(val, 1))
        elif kind == "table":
            for row in val:
                t.append("\t".join(row))
    return "\n".join(t) + "\n"


def qp(text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return enc.replace("\n", "\r\n")


def png():
    """A small bar chart (SIGHT awards) drawn pixel by pixel."""
    w, hgt = 180, 96
    px = [[(255, 255, 255)] * w for _ in range(hgt)]
    bars = [(20, 30, 48, (68, 114, 196)), (70, 80, 76, (237, 125, 49)), (130, 140, 64, (112, 173, 71))]
    for x0, _, height, col in bars:
        for y in range(hgt - 10 - height, hgt - 10):
            for x in range(x0, x0 + 30):
                px[y][x] = col
    for x in range(10, w - 10):
        px[hgt - 10][x] = (64, 64, 64)
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in px)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    hdr, lines = parse()
    bl = blocks(lines)
    b = hdr["Boundary"]
    mixed, alt = "_004_%s_" % b, "_000_%s_" % b
    subj = Header(hdr["Subject"], "utf-8", maxlinelen=76, header_name="Subject").encode(linesep="\r\n")
    topic = Header(hdr["Subject"], "utf-8", maxlinelen=76, header_name="Thread-Topic").encode(linesep="\r\n")
    img = png()
    att = hdr["Attachment"]
    b64 = base64.encodebytes(img).decode("ascii").replace("\n", "\r\n")
    msg = [
        "From: %s" % hdr["From"],
        "To: %s" % hdr["To"],
        "CC: %s" % hdr["CC"],
        "Subject: %s" % subj,
        "Thread-Topic: %s" % topic,
        "Thread-Index: %s" % hdr["Thread-Index"],
        "Date: %s" % hdr["Date"],
        "Message-ID: %s" % hdr["Message-ID"],
        "Accept-Language: en-IN, en-US",
        "Content-Language: en-IN",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "msip_labels:",
        "Content-Type: multipart/mixed;",
        '\tboundary="%s"' % mixed,
        "MIME-Version: 1.0",
        "",
        "--%s" % mixed,
        "Content-Type: multipart/alternative;",
        '\tboundary="%s"' % alt,
        "",
        "--%s" % alt,
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(text_body(bl)).rstrip("\r\n"),
        "",
        "--%s" % alt,
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html_body(bl)).rstrip("\r\n"),
        "",
        "--%s--" % alt,
        "",
        "--%s" % mixed,
        'Content-Type: image/png; name="%s"' % att,
        "Content-Description: %s" % att,
        'Content-Disposition: attachment; filename="%s"; size=%d;' % (att, len(img)),
        '\tcreation-date="%s";' % hdr["AttachmentCreated"],
        '\tmodification-date="%s"' % hdr["AttachmentCreated"],
        "Content-Transfer-Encoding: base64",
        "",
        b64.rstrip("\r\n"),
        "",
        "--%s--" % mixed,
        "",
    ]
    with open(OUT, "wb") as f:
        f.write("\r\n".join(msg).encode("ascii"))


if __name__ == "__main__":
    main()
