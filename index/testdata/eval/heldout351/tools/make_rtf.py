#!/usr/bin/python3
"""Re-make docs/lightning-thunderstorm-textedit-notes.rtf from its source text, byte for byte.

The file is shaped as macOS TextEdit (Sequoia, Cocoa RTF writer 2822) saves a rich-text note:
{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822 with \\cocoatextscaling0\\cocoaplatform0, a font table of
Helvetica and Helvetica-Bold only, a colour table with its \\*\\expandedcolortbl twin (one red),
a \\*\\listtable with one \\list per run of list items (disc bullets with a circle second level,
decimal numbers, hyphen bullets; \\leveltemplateid counting in hundreds) and its
\\*\\listoverridetable, A4 paper and the window size; headings are only bold Helvetica at a larger
\\fs, there are no styles; every paragraph ends with a backslash and a newline, paragraph
formatting (\\pard\\tx...\\pardirnatural\\partightenfactor0) is written only when it changes,
list items carry \\ls/\\ilvl and a {\\listtext<TAB>marker<TAB>} group, font changes are written lazily
where the next text starts, tabs are literal TAB characters, cp1252 characters are written as
\\'xx and everything else as \\uc0\\uN followed by a space.
Run: /usr/bin/python3 tools/make_rtf.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "lightning-thunderstorm-textedit-notes.txt")
OUT = os.path.join(ROOT, "docs", "lightning-thunderstorm-textedit-notes.rtf")

DEFTABS = "".join("\\tx%d" % (720 * i) for i in range(1, 13))
PARD_BODY = "\\pard" + DEFTABS + "\\pardirnatural\\partightenfactor0"
PARD_L0 = "\\pard\\tx220\\tx720" + "".join("\\tx%d" % (720 * i) for i in range(2, 13)) + "\\li720\\fi-720\\pardirnatural\\partightenfactor0"
PARD_L1 = "\\pard\\tx940\\tx1440" + "".join("\\tx%d" % (720 * i) for i in range(3, 13)) + "\\li1440\\fi-1440\\pardirnatural\\partightenfactor0"
MARK = {"disc": "\\uc0\\u8226 ", "circle": "\\uc0\\u9702 ", "hyphen": "\\uc0\\u8259 "}


def enc(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "{":
            out.append("\\{")
        elif ch == "}":
            out.append("\\}")
        elif ch == "\t" or 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\uc0\\u%d " % ord(ch))
    return "".join(out)


def parse():
    paras = []
    tabs = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n")[:-1]:
            if line.startswith("%%"):
                continue
            if line.startswith("@tabs "):
                tabs = [int(x) for x in line[6:].split(",")]
                continue
            if line.startswith("@row "):
                paras.append({"kind": "row", "tabs": tabs, "text": "\t".join(line[5:].split(" | "))})
            elif line.startswith("# "):
                paras.append({"kind": "head", "size": 36, "text": line[2:]})
            elif line.startswith("## "):
                paras.append({"kind": "head", "size": 28, "text": line[3:]})
            elif line.startswith("### "):
                paras.append({"kind": "head", "size": 26, "text": line[4:]})
            elif line.startswith("  * "):
                paras.append({"kind": "li", "list": "disc", "level": 1, "text": line[4:]})
            elif line.startswith("* "):
                paras.append({"kind": "li", "list": "disc", "level": 0, "text": line[2:]})
            elif line.startswith("- "):
                paras.append({"kind": "li", "list": "hyphen", "level": 0, "text": line[2:]})
            elif re.match(r"\d+\. ", line):
                m = re.match(r"(\d+)\. (.*)", line)
                paras.append({"kind": "li", "list": "decimal", "level": 0, "num": m.group(1), "text": m.group(2)})
            else:
                paras.append({"kind": "body", "text": line})
    # runs of list items -> list ids
    lists = []
    prev = None
    for p in paras:
        if p["kind"] == "li":
            if prev is None or prev["kind"] != "li" or prev["list"] != p["list"]:
                lists.append({"kind": p["list"], "levels": 1})
            p["ls"] = len(lists)
            if p["level"] == 1:
                lists[-1]["levels"] = 2
        prev = p
    return paras, lists


def listtable(lists):
    out = []
    for i, l in enumerate(lists, 1):
        base = (i - 1) * 100 + 1
        if l["kind"] == "decimal":
            lv = ("{\\listlevel\\levelnfc0\\levelnfcn0\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360\\levelindent0"
                  "{\\*\\levelmarker \\{decimal\\}.}{\\leveltext\\leveltemplateid%d\\'02\\'00.;}{\\levelnumbers\\'01;}\\fi-360\\li720\\lin720 }" % base)
        else:
            lv = ("{\\listlevel\\levelnfc23\\levelnfcn23\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360\\levelindent0"
                  "{\\*\\levelmarker \\{%s\\}}{\\leveltext\\leveltemplateid%d\\'01%s;}{\\levelnumbers;}\\fi-360\\li720\\lin720 }" % (
                      l["kind"], base, MARK[l["kind"]]))
            if l["levels"] == 2:
                lv += ("{\\listlevel\\levelnfc23\\levelnfcn23\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360\\levelindent0"
                       "{\\*\\levelmarker \\{circle\\}}{\\leveltext\\leveltemplateid%d\\'01%s;}{\\levelnumbers;}\\fi-360\\li1440\\lin1440 }" % (
                           base + 1, MARK["circle"]))
        out.append("{\\list\\listtemplateid%d\\listhybrid%s{\\listname ;}\\listid%d}" % (i, lv, i))
    table = "{\\*\\listtable" + "\n".join(out) + "}"
    over = "{\\*\\listoverridetable" + "".join(
        "{\\listoverride\\listid%d\\listoverridecount0\\ls%d}" % (i, i) for i in range(1, len(lists) + 1)) + "}"
    return table + "\n" + over


class State:
    def __init__(self):
        self.font = None   # 0 regular, 1 bold
        self.size = None
        self.color = 0

    def change(self, font, size):
        codes = ""
        if font != self.font:
            codes += "\\f%d" % font
            if font == 1:
                codes += "\\b"
            elif self.font == 1:
                codes += "\\b0"
        if size != self.size:
            codes += "\\fs%d" % size
        self.font, self.size = font, size
        return codes


def runs(text, bold_all=False):
    """Split inline marks: returns list of (bold, red, text)."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\{\{red:.+?\}\})", text):
        if not part:
            continue
        if part.startswith("**"):
            out.append((True, False, part[2:-2]))
        elif part.startswith("{{red:"):
            out.append((bold_all, True, part[6:-2]))
        else:
            out.append((bold_all, False, part))
    return out


def build():
    paras, lists = parse()
    out = ["{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822\n"
           "\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;}\n"
           "{\\colortbl;\\red255\\green255\\blue255;\\red251\\green2\\blue7;}\n"
           "{\\*\\expandedcolortbl;;\\cssrgb\\c100000\\c14913\\c0;}\n",
           listtable(lists) + "\n",
           "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww13440\\viewh15680\\viewkind0\n"]
    st = State()
    cur_pard = None
    cur_ls = None
    for p in paras:
        if p["kind"] == "li":
            pard = PARD_L1 if p["level"] == 1 else PARD_L0
        elif p["kind"] == "row":
            pard = "\\pard" + "".join("\\tx%d" % t for t in p["tabs"]) + "\\pardirnatural\\partightenfactor0"
        else:
            pard = PARD_BODY
        newpard = pard != cur_pard
        line = ""
        if newpard:
            out.append(pard + "\n")
            cur_pard = pard
        size = p.get("size", 24)
        bold_all = p["kind"] == "head"
        rs = runs(p["text"], bold_all)
        first = True
        if not rs:
            rs = [(False, False, "")]
        for bold, red, text in rs:
            codes = st.change(1 if bold else 0, size)
            if first:
                lead = ""
                if p["kind"] == "li" and (newpard or cur_ls != (p["ls"], p["level"])):
                    lead = "\\ls%d\\ilvl%d" % (p["ls"], p["level"])
                if newpard or lead:
                    codes = lead + codes + "\\cf0"
                if red:
                    codes += "\\cf2"
                    st.color = 2
                if codes:
                    line += codes + " "
                if p["kind"] == "li":
                    if p["list"] == "decimal":
                        line += "{\\listtext\t%s.\t}" % p["num"]
                    else:
                        mark = MARK["circle"] if p["level"] == 1 else MARK[p["list"]]
                        line += "{\\listtext\t%s\t}" % mark
                first = False
            else:
                if red and st.color != 2:
                    codes += "\\cf2"
                    st.color = 2
                elif not red and st.color == 2:
                    codes += "\\cf0"
                    st.color = 0
                if codes:
                    line += codes + " "
            line += enc(text)
        if st.color == 2:
            line += "\\cf0 "
            st.color = 0
        cur_ls = (p["ls"], p["level"]) if p["kind"] == "li" else None
        out.append(line + "\\\n")
    out[-1] = out[-1][:-2]
    out.append("}")
    return "".join(out)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build().encode("ascii"))


if __name__ == "__main__":
    main()
