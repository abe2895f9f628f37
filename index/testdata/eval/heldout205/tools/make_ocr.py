#!/usr/bin/python3
"""Make docs/sufi-silsilas-booklet-ocr.txt from tools/sufi-silsilas-booklet-ocr.txt.

The output is what an OCR engine (Tesseract-style plain-text output) gives for a photocopied
coaching booklet: one text line per printed line, so paragraphs are hard-wrapped at the
booklet's column and words the typesetter hyphenated stay broken ("mani-" / "festation"); no
indentation survives except inside boxed tables; a running head with the page number at the
top of each page (the chapter's first page has only a centred number at the foot), a footer line
with the academy's name, and a form feed (\\f) after every page. A few running heads carry the
scanner's misreadings, as do the stray marks of the photocopy ("@noise" lines) and the words the
source spells wrongly on purpose.

Run from anywhere: /usr/bin/python3 tools/make_ocr.py [OUT]
The output is byte-for-byte stable (no randomness, no dates).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sufi-silsilas-booklet-ocr.txt")
OUT = os.path.join(HERE, "..", "docs", "sufi-silsilas-booklet-ocr.txt")

WIDTH = 74          # characters in a printed line of the booklet's column
BODY = 46           # text lines on a page
HEAD_ODD = "CHAPTER 7 : THE SUFI MOVEMENT"
HEAD_EVEN = "MEDIEVAL INDIA : ART & CULTURE"
# scanner misreadings of the running heads, by page number
HEAD_OCR = {49: "CHAPTER 7 : THE SUFl MOVEMENT", 50: "MEDIEVAL lNDIA : ART & CULTURE"}
FOOT = "Pragati IAS Academy, Mukherjee Nagar, Delhi-09 | Foundation Batch 2025-26 | Booklet 4"
FOOT_OCR = {48: "Pragati IAS Academy, Mukherjee Nagar, Delhi-O9 | Foundation Batch 2025-26 | Booklet 4"}
VOWELS = set("aeiouyAEIOUY")
DIGRAPHS = {"th", "sh", "ch", "ph", "gh", "kh", "ck", "ng", "qu", "wh"}


def split_point(word, room):
    """Where the typesetter broke `word` so that word[:k] + '-' fits in `room` characters."""
    if "-" in word:
        best = None
        for k, ch in enumerate(word):
            if ch == "-" and 0 < k + 1 <= room and k + 1 < len(word):
                best = k + 1
        return best, False
    if len(word) < 7 or not word.isalpha():
        return None, True
    best = None
    for k in range(3, len(word) - 2):
        if k + 1 > room:
            break
        a, b, c = word[k - 1], word[k], word[k + 1]
        if (a + b).lower() in DIGRAPHS:
            continue
        vc_cv = a not in VOWELS and b not in VOWELS and c in VOWELS and word[k - 2] in VOWELS
        v_cv = a in VOWELS and b not in VOWELS and c in VOWELS
        if vc_cv or v_cv:
            best = k
    return best, True


def wrap(text, width=WIDTH):
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        if not cur:
            cur = w
            i += 1
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            i += 1
            continue
        room = width - len(cur) - 1
        k, add_hyphen = split_point(w, room)
        if k:
            head = w[:k] + ("-" if add_hyphen else "")
            lines.append(cur + " " + head)
            words[i] = w[k:]
            cur = ""
        else:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def blocks(src_lines):
    """Yield (kind, [lines]) blocks: para, head, centre, pre, noise, blank, newpage."""
    out, para, pre = [], [], None
    for line in src_lines:
        if pre is not None:
            if line.strip() == "@endpre":
                out.append(("pre", pre))
                pre = None
            else:
                pre.append(line.rstrip())
            continue
        s = line.strip()
        if s == "@pre":
            if para:
                out.append(("para", para))
                para = []
            pre = []
        elif s.startswith("@centre"):
            out.append(("centre", [s[8:]]))
        elif s.startswith("@noise"):
            out.append(("noise", [line[7:]]))
        elif s == "@newpage":
            out.append(("newpage", []))
        elif s.startswith("= "):
            if para:
                out.append(("para", para))
                para = []
            out.append(("head", [s[2:]]))
        elif s.startswith("- "):
            if para:
                out.append(("para", para))
            para = [s]
        elif not s:
            if para:
                out.append(("para", para))
                para = []
            out.append(("blank", []))
        else:
            para.append(s)
    if para:
        out.append(("para", para))
    return out


def render(bl):
    """Lines of the flowing text, with (kind) tags so pages can avoid bad breaks."""
    out = []
    for kind, ls in bl:
        if kind == "para":
            text = " ".join(ls)
            if text.startswith("- "):
                text = "\u2022 " + text[2:]
            out.extend(("text", l) for l in wrap(text))
        elif kind == "head":
            out.append(("head", ls[0]))
        elif kind == "centre":
            t = ls[0]
            out.append(("text", (" " * max(0, (WIDTH - len(t)) // 2) + t) if t else ""))
        elif kind == "pre":
            out.extend(("pre", l) for l in ls)
        elif kind == "noise":
            out.append(("text", ls[0]))
        elif kind == "blank":
            if out and out[-1][1] != "":
                out.append(("text", ""))
        elif kind == "newpage":
            out.append(("newpage", ""))
    return out


def paginate(flow, first):
    pages, cur = [], []
    i = 0
    while i < len(flow):
        kind, line = flow[i]
        if kind == "newpage":
            pages.append(cur)
            cur = []
            i += 1
            continue
        if not cur and line == "":
            i += 1
            continue
        # keep a heading with the two lines after it; keep a boxed table whole
        need = 1
        if kind == "head":
            need = 3
            j = i + 1
            while j < len(flow) and flow[j][1] == "":
                j += 1
            if j < len(flow) and flow[j][0] == "pre":
                k = j
                while k < len(flow) and flow[k][0] == "pre":
                    k += 1
                need = min(k - i, BODY)
        elif kind == "pre" and (i == 0 or flow[i - 1][0] != "pre"):
            j = i
            while j < len(flow) and flow[j][0] == "pre":
                j += 1
            need = min(j - i, BODY)
        if len(cur) + need > BODY:
            pages.append(cur)
            cur = []
            if line == "":
                i += 1
                continue
        cur.append(line)
        i += 1
    if cur:
        pages.append(cur)
    out = []
    for n, body in enumerate(pages):
        num = first + n
        while body and body[-1] == "":
            body.pop()
        page = []
        if n > 0:
            if num % 2:
                head = HEAD_OCR.get(num, HEAD_ODD)
                page.append(head + " " * (WIDTH - len(head) - len(str(num))) + str(num))
            else:
                head = HEAD_OCR.get(num, HEAD_EVEN)
                page.append(str(num) + " " * (WIDTH - len(head) - len(str(num))) + head)
            page.append("")
        page.extend(body)
        page.append("")
        page.append(FOOT_OCR.get(num, FOOT))
        if n == 0:
            page.append(" " * ((WIDTH - len(str(num))) // 2) + str(num))
        out.append("\n".join(page) + "\n")
    return "\f".join(out) + "\f"


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        src = [l for l in f.read().split("\n") if not l.startswith("%")]
    first = 1
    lines = []
    for l in src:
        if l.startswith("@first "):
            first = int(l.split()[1])
        else:
            lines.append(l)
    text = paginate(render(blocks(lines)), first)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
