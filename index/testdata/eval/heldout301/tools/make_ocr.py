#!/usr/bin/python3
"""Make docs/modern-india-ch11-scan.txt from tools/modern-india-ch11-scan.txt.

The document is the plain text Google Drive's OCR gives for a scanned book chapter (the PDF
opened with Google Docs, then File > Download > Plain text): a UTF-8 byte-order mark, CRLF line
ends, one line per printed line. The printed page is reproduced: the chapter opening with its
title lines and a drop cap that the OCR reads as a lone "T" followed by "he ...", text set to the
book's measure with words hyphenated at line ends, section headings, a boxed "Recent
Developments" panel, bullets, footnote marks read as plain digits run into the word before them,
footnotes set in smaller type at the foot of the page that calls them, running heads with the
page number (verso: number first; recto: number last) and a bare folio under the chapter's first
page. OCR misreadings ("rn" for "m" and the like) are written into the source as the OCR gave them.

Run: /usr/bin/python3 tools/make_ocr.py [output path]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "modern-india-ch11-scan.txt")
OUT = os.path.join(HERE, "..", "docs", "modern-india-ch11-scan.txt")
FIRST_PAGE = 213
MEASURE = 66          # characters in a line of body text
FN_MEASURE = 78       # footnotes are set smaller, so more fits a line
BOX_MEASURE = 60      # the box is indented on both sides
PAGE_LINES = 40       # lines of body + footnotes a page holds
FIRST_PAGE_LINES = 30 # the chapter opening takes room
VERSO = "%d MODERN INDIA: SOCIETY, REFORM AND NATIONALISM"
RECTO = "AGAINST UNTOUCHABILITY %d"
VOWELS = set("aeiouy")


def split_point(word, room):
    """Where to hyphenate word so the first part plus '-' fits in room; None if it should not."""
    core = re.match(r"^([A-Za-z]+)(.*)$", word)
    if not core or len(core.group(1)) < 7 or "-" in word:
        return None
    w = core.group(1).lower()
    cv, vcv = None, None
    for i in range(3, len(w) - 2):
        if i + 1 > room:
            break
        a, b = w[i - 1], w[i]
        if a + b in ("th", "ch", "sh", "ph", "gh", "ck", "qu"):
            continue
        # a typesetter's rough rules: between two consonants after a vowel, else before a consonant
        if a not in VOWELS and b not in VOWELS and w[i - 2] in VOWELS:
            cv = i
        elif a in VOWELS and b not in VOWELS and w[i + 1] in VOWELS:
            vcv = i
    return cv or vcv


def wrap(text, width, first_width=None):
    words = text.split(" ")
    lines, cur = [], ""
    limit = first_width or width
    for w in words:
        while True:
            cand = w if not cur else cur + " " + w
            if len(cand) <= limit:
                cur = cand
                break
            room = limit - len(cur) - (1 if cur else 0)
            cut = split_point(w, room) if room >= 4 else None
            if cut:
                lines.append((cur + " " if cur else "") + w[:cut] + "-")
                w = w[cut:]
            else:
                lines.append(cur)
            cur = ""
            limit = width if first_width is None or len(lines) >= 3 else first_width
    if cur:
        lines.append(cur)
    return lines


def marks(text):
    return re.sub(r"\^(\d+)", r"\1", text)


def parse():
    """Blocks: (kind, lines, footnote numbers called)."""
    blocks, notes = [], {}
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if not raw or raw.startswith("# "):
                continue
            called = re.findall(r"\^(\d+)", raw)
            if raw.startswith("%title "):
                blocks.append(("title", [raw[7:]], []))
            elif raw.startswith("%fn "):
                n, t = raw[4:].split(" ", 1)
                notes[n] = wrap(n + " " + t, FN_MEASURE)
            elif raw == "%break":
                blocks.append(("break", [], []))
            elif raw.startswith("%drop "):
                body = marks(raw[6:])
                blocks.append(("drop", [body[0]] + wrap(body[1:], MEASURE, MEASURE - 6), called))
            elif raw.startswith("%box "):
                blocks.append(("boxhead", [raw[5:]], []))
            elif raw.startswith("## "):
                blocks.append(("head", [raw[3:]], []))
            elif raw.startswith("• "):
                blocks.append(("bullet", wrap(marks(raw), BOX_MEASURE), called))
            else:
                blocks.append(("para", wrap(marks(raw), MEASURE), called))
    return blocks, notes


def paginate(blocks, notes):
    """Lay the blocks out as lines, page by page; returns a list of (body lines, footnote lines)."""
    stream = []  # (line, footnotes called on it)
    prev = None
    for kind, lines, called in blocks:
        if kind == "break":
            stream.append(("\f", [], kind))
            continue
        if prev is not None and (kind in ("head", "boxhead", "para", "drop", "title") or
                                 (kind == "bullet" and prev != "bullet")):
            if not (kind == "title" and prev == "title"):
                stream.append(("", [], "gap"))
        for i, l in enumerate(lines):
            stream.append((l, [n for n in called if re.search(r"\D%s\b" % n, " " + l)] if called else [],
                           kind))
        prev = kind
    pages, body, fns = [], [], []
    cap = FIRST_PAGE_LINES
    for line, called, kind in stream:
        need = len(body) + 1 + sum(len(notes[n]) for n in called) + (1 if called and not fns else 0)
        used = len(body) + (len(fns) + 1 if fns else 0)
        keep = 4 if kind in ("head", "boxhead") else 1  # a heading keeps two lines of text with it
        if line == "\f" or (used + keep > cap) or (called and need + len(fns) > cap):
            pages.append((body, fns))
            body, fns, cap = [], [], PAGE_LINES
            if line == "\f":
                continue
        if not body and line == "":
            continue
        body.append(line)
        for n in called:
            fns.extend(notes[n])
    pages.append((body, fns))
    return pages


def build_bytes():
    blocks, notes = parse()
    out = []
    for i, (body, fns) in enumerate(paginate(blocks, notes)):
        num = FIRST_PAGE + i
        if i:
            out.append(VERSO % num if num % 2 == 0 else RECTO % num)
            out.append("")
        while body and body[-1] == "":
            body.pop()
        out.extend(body)
        if fns:
            out.append("")
            out.extend(fns)
        if i == 0:
            out.append("")
            out.append(str(num))
        out.append("")
    text = "\r\n".join(out).rstrip("\r\n") + "\r\n"
    return ("\ufeff" + text).encode("utf-8")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as f:
        f.write(build_bytes())


if __name__ == "__main__":
    main()
