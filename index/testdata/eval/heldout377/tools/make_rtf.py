#!/usr/bin/python3
r"""Re-make docs/human-tiger-conflict-wordpad.rtf byte for byte from tools/human-tiger-conflict-wordpad.txt.

The notes were typed in WordPad (Windows 10, RichEdit 8 "Riched20 10.0.19041", an en-IN keyboard)
and saved as Rich Text Format, so the file is what RichEdit writes: one header line with
\ansicpg1252, \nouicompat and \deflang16393 and the font table (Calibri, Symbol for bullets,
Nirmala UI for Devanagari), a colour table for the one red word, the {\*\generator} group with
\viewkind4\uc1, paragraphs ended by "\par" and CRLF with no wrapping of long lines, WordPad's
default spacing (\sa200\sl276\slmult1), the title at \fs32 and bold headings at \fs24 made with \b
... \b0, an italic byline, bullet lists as {\pntext\f1\'B7\tab} with a {\*\pn\pnlvlblt ...} group
on the first item and \fi-360\li720, one numbered list (\pnlvlbody\pndec, {\pntext\f0 1.\tab}),
\pard to leave a list; characters of code page 1252 as \'hh (curly quotes, en dashes), others as
\uN? (the rupee sign in Calibri, Devanagari in Nirmala UI with \lang1081); and the NUL byte
RichEdit leaves after the closing brace and CRLF.

Source marks: "TITLE: ", "HEAD: " headings, "* " bullets, "# " numbered items, plain lines as
paragraphs; the line after the title is the italic byline; "IMP" at the end of a heading is red.
Run: /usr/bin/python3 tools/make_rtf.py [output.rtf]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "human-tiger-conflict-wordpad.txt")
OUT = os.path.join(HERE, "..", "docs", "human-tiger-conflict-wordpad.rtf")
PARA = r"\sa200\sl276\slmult1"


def is_deva(ch):
    return 0x0900 <= ord(ch) <= 0x097F


def esc(text):
    out = []
    deva = False
    for k, ch in enumerate(text):
        in_deva = is_deva(ch) or (ch == " " and 0 < k < len(text) - 1
                                  and is_deva(text[k - 1]) and is_deva(text[k + 1]))
        if in_deva != deva:
            if in_deva:
                out.append(r"\f2\lang1081")
            else:
                out.append(r"\f0\lang16393 ")
            deva = in_deva
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    if deva:
        out.append(r"\f0\lang16393 ")
    return "".join(out)


def build():
    lines = [l for l in open(SRC, encoding="utf-8").read().split("\n") if l]
    out = []
    header = (r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang16393{\fonttbl{\f0\fnil\fcharset0 Calibri;}"
              r"{\f1\fnil\fcharset2 Symbol;}{\f2\fnil\fcharset0 Nirmala UI;}}" "\r\n"
              r"{\colortbl ;\red255\green0\blue0;}" "\r\n"
              r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1 " "\r\n")
    out.append(header)
    state = "para"      # para | bullet | number
    num = 0
    first = True
    prev = None
    for i, line in enumerate(lines):
        if line.startswith("TITLE: "):
            out.append(r"\pard" + PARA + r"\qc\b\f0\fs32\lang16393 " + esc(line[7:]) + r"\par" "\r\n")
            prev = "title"
            continue
        if prev == "title":
            out.append(r"\b0\i\fs20 " + esc(line) + r"\i0\fs22\par" "\r\n")
            prev = "byline"
            state = "centred"
            continue
        if line.startswith("HEAD: "):
            text = line[6:]
            lead = r"\pard" + PARA + " " if state != "para" else ""
            lead = lead.replace(PARA + " ", PARA)
            if text.endswith(" IMP"):
                body = esc(text[:-3]) + r"\cf1 IMP\cf0 "
            else:
                body = esc(text)
            out.append(lead + r"\b\fs24 " + body.rstrip(" ") + r"\par" "\r\n" + r"\b0\fs22 ")
            state, prev = "para", "head"
            continue
        if line.startswith("* "):
            text = esc(line[2:])
            if state != "bullet":
                out.append(r"{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}\fi-360\li720"
                           + PARA + " " + text + r"\par" "\r\n")
            else:
                out.append(r"{\pntext\f1\'B7\tab}" + text + r"\par" "\r\n")
            state, prev = "bullet", "bullet"
            continue
        if line.startswith("# "):
            text = esc(line[2:])
            if state != "number":
                num = 1
                out.append(r"{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}"
                           r"\fi-360\li720" + PARA + " " + text + r"\par" "\r\n")
            else:
                num += 1
                out.append(r"{\pntext\f0 %d.\tab}" % num + text + r"\par" "\r\n")
            state, prev = "number", "number"
            continue
        # plain paragraph
        if state != "para":
            out.append(r"\pard" + PARA + " " + esc(line) + r"\par" "\r\n")
        else:
            out.append(esc(line) + r"\par" "\r\n")
        state, prev = "para", "para"
    out.append("}\r\n\x00")
    return "".join(out).encode("latin-1")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build()
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
