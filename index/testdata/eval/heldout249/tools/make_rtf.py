#!/usr/bin/python3
"""Make docs/four-pillars-lives-and-works.rtf from tools/four-pillars-lives-and-works.txt.

The RTF imitates what Scrivener 3 for macOS writes with File > Compile, the "Manuscript (Times)"
format and "Rich Text (.rtf)" output: the Cocoa text system's RTF (\\cocoartf header, PostScript
font names, \\expandedcolortbl, a list table with one list per bulleted run, paragraphs ending in
a backslash and a newline, \\partightenfactor0, \\'xx for Windows-1252 characters and \\uc0\\uN
for the rest, Devanagari in its own font) with the parts Scrivener adds itself: the document
info, a title page (contact block, "about N words" against a right tab, the title in capitals
half-way down, "by" line), a "Surname / SHORT TITLE / page" running head suppressed on the
title page (\\titlepg), a page break and "Chapter One"-style label before each chapter folder,
bold titles for documents that show their title, "#" between untitled documents, double-spaced
Times 12 with indented paragraphs (not after a heading), footnotes as \\footnote groups and
linked comments as RTF annotations (\\atrfstart/\\atrfend, \\atnid, \\atnauthor, \\annotation).

Run from anywhere: /usr/bin/python3 tools/make_rtf.py [output path]
Standard library only; the output is the same bytes every time.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "four-pillars-lives-and-works.txt")
OUT = os.path.join(HERE, "..", "docs", "four-pillars-lives-and-works.rtf")

NUMBERS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]

P_TITLE_LEFT = r"\pard\tqr\tx9020\pardeftab720\partightenfactor0"
P_CENTRE = r"\pard\pardeftab720\sl480\slmult1\qc\partightenfactor0"
P_FIRST = r"\pard\pardeftab720\sl480\slmult1\partightenfactor0"
P_BODY = r"\pard\pardeftab720\fi720\sl480\slmult1\partightenfactor0"
P_BULLET = (r"\pard\tx220\tx720\pardeftab720\li720\fi-720\sl480\slmult1\partightenfactor0")

FONTS = {"roman": 0, "bold": 1, "italic": 2, "deva": 3, "bolditalic": 4}


def is_deva(ch):
    return 0x0900 <= ord(ch) <= 0x097F


def enc_chars(s):
    """Escape text the way Cocoa does: \\'xx for Windows-1252, \\uc0\\uN (then \\uN) for the rest."""
    out, in_u = [], False
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
            in_u = False
        elif o < 128:
            out.append(ch)
            in_u = False
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
                in_u = False
            except UnicodeEncodeError:
                out.append(("\\u%d " if in_u else "\\uc0\\u%d ") % o)
                in_u = True
    return "".join(out)


class Writer:
    def __init__(self, fn_text, author, initials):
        self.out = []
        self.pard = None
        self.font = {"f": 0, "b": 0, "i": 0, "fs": 24}
        self.fn_text = fn_text
        self.author, self.initials = author, initials
        self.n_comment = 0
        self.n_list = 0

    # -- character runs ---------------------------------------------------------------------
    def codes(self, state, want):
        c = ""
        if want["f"] != state["f"]:
            c += "\\f%d" % want["f"]
        if want["b"] != state["b"]:
            c += "\\b" if want["b"] else "\\b0"
        if want["i"] != state["i"]:
            c += "\\i" if want["i"] else "\\i0"
        if want["fs"] != state["fs"]:
            c += "\\fs%d" % want["fs"]
        return c

    def inline(self, text, state, base_fs=24, base_bold=False):
        """Render one paragraph's text with **bold**, *italic*, [^n] and {{a||c}} markup.
        state is the current character state (changed in place); returns RTF."""
        out = []
        tokens = re.split(r"(\*\*|\*|\[\^\d+\]|\{\{.*?\}\})", text)
        bold, ital = base_bold, False
        for tok in tokens:
            if tok == "**":
                bold = not bold
                continue
            if tok == "*":
                ital = not ital
                continue
            if not tok:
                continue
            m = re.match(r"\[\^(\d+)\]$", tok)
            if m:
                out.append(self.footnote(m.group(1)))
                continue
            m = re.match(r"\{\{(.*?)\|\|(.*?)\}\}$", tok)
            if m:
                self.n_comment += 1
                n = self.n_comment
                out.append("{\\*\\atrfstart %d}" % n)
                out.append(self.run(m.group(1), state, bold, ital, base_fs))
                out.append("{\\*\\atrfend %d}{\\*\\atnid %s}{\\*\\atnauthor %s}\\chatn "
                           "{\\*\\annotation{\\*\\atnref %d}{\\*\\atndate %d}\\pard\\plain "
                           "\\f0\\fs20 %s}" % (n, self.initials, self.author, n,
                                                1862470400 + 1039 * n, enc_chars(m.group(2))))
                continue
            out.append(self.run(tok, state, bold, ital, base_fs))
        return "".join(out)

    def run(self, text, state, bold, ital, fs):
        out = []
        # split into Devanagari and other stretches (spaces stay with the stretch they are in)
        parts = re.findall(r"[\u0900-\u097F][\u0900-\u097F ]*[\u0900-\u097F]|[\u0900-\u097F]|"
                           r"[^\u0900-\u097F]+", text)
        for part in parts:
            if is_deva(part[0]):
                want = {"f": FONTS["deva"], "b": 0, "i": 0, "fs": fs}
            else:
                f = FONTS["bolditalic"] if (bold and ital) else FONTS["bold"] if bold else \
                    FONTS["italic"] if ital else FONTS["roman"]
                want = {"f": f, "b": int(bold), "i": int(ital), "fs": fs}
            c = self.codes(state, want)
            if c:
                out.append(c + " ")
                state.update(want)
            out.append(enc_chars(part))
        return "".join(out)

    def footnote(self, n):
        inner = {"f": 0, "b": 0, "i": 0, "fs": 20}
        body = self.inline(self.fn_text[n], inner, base_fs=20)
        return ("{\\super \\chftn }{\\footnote \\pard\\pardeftab720\\partightenfactor0\n"
                "{\\super \\chftn }\\f0\\fs20 \\cf0  " + body + "}")

    # -- paragraphs -------------------------------------------------------------------------
    def para(self, pard, text, bold=False, fs=24, prefix="", end="\\\n"):
        lead = ""
        if pard != self.pard:
            lead = pard + "\n"
            self.pard = pard
            fresh = True
        else:
            fresh = False
        body_state = dict(self.font)
        first = self.inline(text, body_state, base_fs=fs, base_bold=bold) if text else ""
        # Cocoa writes the first run's font codes before \cf0 on a fresh paragraph style
        m = re.match(r"((?:\\(?:f\d|b0?|i0?|fs\d+))+) ", first)
        if fresh:
            if m:
                lead += ("\n" if not prefix else "") + prefix + m.group(1) + " \\cf0 "
                first = first[m.end():]
            else:
                lead += prefix + "\\cf0 "
        else:
            lead += prefix
        self.font = body_state
        self.out.append(lead + first + end)

    def bullets(self, items):
        self.n_list += 1
        pard = P_BULLET
        for k, item in enumerate(items):
            prefix = ("\\ls%d\\ilvl0" % self.n_list) if k == 0 else ""
            if k == 0:
                self.pard = None
            self.para(pard, item, prefix=prefix)
            # list text marker goes right before the item text
            last = self.out[-1]
            i = last.index("\\cf0 ") + 5 if k == 0 else 0
            self.out[-1] = last[:i] + "{\\listtext\t\\uc0\\u8226 \t}" + last[i:]


def parse(lines):
    front, fn, items = {}, {}, []
    for line in lines:
        if line.startswith("%"):
            continue
        s = line.rstrip("\n")
        if not s.strip():
            continue
        if s.startswith("@fn "):
            n, text = s[4:].split(" ", 1)
            fn[n] = text
        elif s.startswith("@"):
            k, v = s[1:].split(" ", 1)
            front[k] = v
        else:
            items.append(s)
    return front, fn, items


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        front, fn, items = parse(f.read().split("\n"))
    w = Writer(fn, front["comment-author"], front["comment-initials"])
    n_lists = sum(1 for i, s in enumerate(items)
                  if s.startswith("- ") and (i == 0 or not items[i - 1].startswith("- ")))

    head = []
    head.append("{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822\n")
    head.append("\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\froman\\fcharset0 "
                "TimesNewRomanPSMT;\\f1\\froman\\fcharset0 TimesNewRomanPS-BoldMT;\\f2\\froman"
                "\\fcharset0 TimesNewRomanPS-ItalicMT;\\f3\\fnil\\fcharset0 "
                "KohinoorDevanagari-Regular;\n\\f4\\froman\\fcharset0 TimesNewRomanPS-BoldItalicMT;}\n")
    head.append("{\\colortbl;\\red255\\green255\\blue255;\\red0\\green0\\blue0;}\n")
    head.append("{\\*\\expandedcolortbl;;\\cssrgb\\c0\\c0\\c0;}\n")
    lists = []
    for k in range(1, n_lists + 1):
        lists.append("{\\list\\listtemplateid%d\\listhybrid{\\listlevel\\levelnfc23\\levelnfcn23"
                     "\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360"
                     "\\levelindent0{\\*\\levelmarker \\{disc\\}}{\\leveltext\\leveltemplateid%d"
                     "\\'01\\uc0\\u8226 ;}{\\levelnumbers;}\\fi-360\\li720\\lin720 }{\\listname ;}"
                     "\\listid%d}" % (k, (k - 1) * 100 + 1, k))
    head.append("{\\*\\listtable" + "\n".join(lists) + "}\n")
    head.append("{\\*\\listoverridetable" + "".join(
        "{\\listoverride\\listid%d\\listoverridecount0\\ls%d}" % (k, k)
        for k in range(1, n_lists + 1)) + "}\n")
    head.append("{\\info\n{\\title %s}\n{\\author %s}\n{\\*\\company }\n{\\*\\copyright }}"
                % (enc_chars(front["title"]), enc_chars(front["author"])))
    head.append("\\paperw11900\\paperh16840\\margl1440\\margr1440\\margb1440\\margt1440"
                "\\vieww12000\\viewh15840\\viewkind1\\viewscale100\n")
    head.append("\\deftab720\n")
    head.append("\\sectd\\titlepg\\headery720{\\headerf\\pard\\plain \\par}"
                "{\\header\\pard\\pardeftab720\\qr\\partightenfactor0\n"
                "\\f0\\fs24 \\cf0 %s / %s / \\chpgn \\par}\n"
                % (enc_chars(front["surname"]), enc_chars(front["short"])))

    # title page
    c = front["contact"].split("|")
    w.para(P_TITLE_LEFT, c[0] + "\t" + front["words"])
    w.out[-1] = w.out[-1].replace("\t", "\\tab ")
    for line in c[1:]:
        w.para(P_TITLE_LEFT, line)
    for _ in range(8):
        w.para(P_CENTRE, "")
    w.para(P_CENTRE, front["title"].upper())
    w.para(P_CENTRE, front["subtitle"])
    w.para(P_CENTRE, "")
    w.para(P_CENTRE, "by " + front["author"])

    chapter = 0
    after_head = True
    i = 0
    while i < len(items):
        s = items[i]
        if s == "#":
            w.para(P_CENTRE, "#")
            after_head = True
        elif s.startswith("# "):
            w.para(P_CENTRE, "")
            w.out[-1] = w.out[-1].replace("\\cf0 ", "\\cf0 \\page ", 1)
            w.para(P_CENTRE, "")
            w.para(P_CENTRE, "")
            w.para(P_CENTRE, "Chapter " + NUMBERS[chapter])
            w.para(P_CENTRE, s[2:], bold=True)
            chapter += 1
            after_head = True
        elif s.startswith("## "):
            w.para(P_FIRST, "")
            w.para(P_FIRST, s[3:], bold=True)
            after_head = True
        elif s.startswith("> "):
            w.para(P_CENTRE, s[2:])
            after_head = True
        elif s.startswith("- "):
            run = []
            while i < len(items) and items[i].startswith("- "):
                run.append(items[i][2:])
                i += 1
            w.bullets(run)
            after_head = True
            continue
        else:
            w.para(P_FIRST if after_head else P_BODY, s)
            after_head = False
        i += 1

    text = "".join(head) + "".join(w.out)
    if text.endswith("\\\n"):
        text = text[:-2]
    text += "}"
    with open(out_path, "w", encoding="ascii", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
