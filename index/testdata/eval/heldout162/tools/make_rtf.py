#!/usr/bin/python3
"""Re-make docs/cyclone-formation.rtf from tools/cyclone-formation.txt.

The output imitates what WordPad (RichEdit 8, "Riched20 10.0.19041") writes: a one-line font
table (Calibri, Symbol for bullets), a colour table, the generator group, \\viewkind4\\uc1, then one
line per paragraph ending in \\par and CRLF, bold/size/colour switches written as toggles,
bullets and numbers as {\\pntext ...}{\\*\\pn ...} groups, tab stops (\\tx) for the tabbed
"tables", cp1252 characters as \\'xx and others as \\uN?, and the NUL byte WordPad leaves after
the closing brace.
Run from anywhere: /usr/bin/python3 tools/make_rtf.py   (byte-for-byte reproducible)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cyclone-formation.txt")
OUT = os.path.join(HERE, "..", "docs", "cyclone-formation.rtf")

PARA = r"\sa200\sl276\slmult1"


def enc(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                n = ord(ch)
                if n > 32767:
                    n -= 65536
                out.append("\\u%d?" % n)
    return "".join(out)


class Writer:
    def __init__(self):
        self.lines = []
        self.b = False
        self.i = False
        self.fs = 22
        self.cf = 0
        self.para = None      # current paragraph formatting key
        self.first = True

    def ctl(self, words, text):
        """Join control words and text the way RichEdit does: a space only before text."""
        if not words:
            return text
        if text and text[0] not in "\\{":
            return words + " " + text
        return words + text

    def runs(self, spans):
        """spans: list of (text, bold, italic, size, colour) -> RTF with minimal toggles."""
        out = ""
        for text, b, i, fs, cf in spans:
            words = ""
            if cf != self.cf:
                words += "\\cf%d" % cf
                self.cf = cf
            if b != self.b:
                words += "\\b" if b else "\\b0"
                self.b = b
            if i != self.i:
                words += "\\i" if i else "\\i0"
                self.i = i
            if self.first:
                words += "\\f0"
            if fs != self.fs or self.first:
                words += "\\fs%d" % fs
                self.fs = fs
            if self.first:
                words += "\\lang9"
                self.first = False
            out += self.ctl(words, enc(text))
        return out

    def paragraph(self, key, pard, spans, prefix=""):
        line = ""
        if key != self.para:
            line += "\\pard" + prefix + pard
            self.para = key
        elif prefix:
            line += prefix
        body = self.runs(spans)
        if line and not line.endswith("}") and body and body[0] not in "\\{":
            line += " "
        line += body + "\\par"
        self.lines.append(line)


def inline(text, size=22, colour=0, bold=False, italic=False):
    spans = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            spans.append((part, bold or k % 2 == 1, italic, size, colour))
    return spans


def build():
    with open(SRC, encoding="utf-8") as f:
        src = f.read().rstrip("\n").split("\n")
    w = Writer()
    table = None
    num = 0
    for raw in src:
        s = raw.rstrip()
        if s == "@table":
            table = []
            continue
        if s == "@endtable":
            ncol = len(table[0].split("\t"))
            stops = "".join("\\tx%d" % (2835 * k) for k in range(1, ncol))
            for r, row in enumerate(table):
                cells = row.split("\t")
                spans = []
                for c, cell in enumerate(cells):
                    if c:
                        spans.append(("\t", r == 0, False, 20, 0))
                    spans.append((cell, r == 0, False, 20, 0))
                w.paragraph("table%d" % ncol, stops + PARA, spans)
            table = None
            continue
        if table is not None:
            table.append(s)
            continue
        if not s.startswith(tuple("123456789")) or not re.match(r"\d+\. ", s):
            num = 0
        if s.startswith("@title "):
            w.paragraph("title", "\\qc" + PARA, inline(s[7:], 32, 1, bold=True))
        elif s.startswith("@sub "):
            w.paragraph("sub", "\\qc" + PARA, inline(s[5:], 18, 0, italic=True))
        elif s.startswith("# "):
            w.paragraph("normal", PARA, inline(s[2:], 26, 1, bold=True))
        elif s.startswith("- "):
            w.paragraph("bullet",
                        r"{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'b7}}\fi-360\li720" + PARA,
                        inline(s[2:]), prefix=r"{\pntext\f1\'b7\tab}")
        elif re.match(r"\d+\. ", s):
            num += 1
            text = s.split(" ", 1)[1]
            key = "num"
            if num == 1:
                # a new list restarts the numbering: WordPad writes a fresh \pard
                w.para = None
            w.paragraph(key,
                        r"{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}"
                        r"\fi-360\li720" + PARA,
                        inline(text), prefix=r"{\pntext\f0 %d.\tab}" % num)
        elif s.startswith("!"):
            label, rest = s[1:].split(":", 1)
            spans = [(label + ":", True, False, 22, 2)] + inline(rest)
            w.paragraph("normal", PARA, spans)
        elif not s:
            w.paragraph("normal", PARA, [])
        else:
            w.paragraph("normal", PARA, inline(s))
    # WordPad drops the last empty paragraph mark and closes the document
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang16393"
            "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset2 Symbol;}}\r\n"
            "{\\colortbl ;\\red31\\green56\\blue100;\\red192\\green0\\blue0;}\r\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
    body = "\r\n".join(w.lines) + "\r\n}\r\n"
    data = (head + body).encode("ascii") + b"\x00"
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
