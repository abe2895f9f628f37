#!/usr/bin/python3
"""Re-make docs/hindu-editorial-csc-iora-ifc.txt from tools/hindu-editorial-csc-iora-ifc.txt.

Imitates what a student gets by selecting an opinion piece in The Hindu's
e-paper PDF and pasting it into a text file: the column's hard line breaks in
mid-sentence, words hyphenated at line ends, the running header and the page
number repeated on every page, the photo caption dropped in between paragraphs,
the author's bio line at the end, and then the student's own notes typed below.
Deterministic: same input, same bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hindu-editorial-csc-iora-ifc.txt")
OUT = os.path.join(HERE, "..", "docs", "hindu-editorial-csc-iora-ifc.txt")


def split_word(word, room):
    """Return (head, tail) to break `word` so that head fits in `room`, or None."""
    if "-" in word.strip("-"):
        cut = word.rfind("-", 0, room)
        if cut >= 2 and len(word) - cut - 1 >= 2:
            return word[:cut + 1], word[cut + 1:]
        return None
    core = word.rstrip(".,;:!?)'\"")
    if len(core) < 7 or not core.isalpha():
        return None
    low = core.lower()
    vowels = "aeiouy"
    digraphs = ("th", "ch", "sh", "ph", "ck", "ng", "gh", "wh", "qu")

    def ok(k):
        if k < 3 or len(core) - k < 3 or k + 1 > room:
            return False
        a, b, c = low[k - 1], low[k], low[k + 1]
        if low[k - 1:k + 1] in digraphs:
            return False
        if a in vowels and b not in vowels and c in vowels:
            return True          # V-CV: secu-rity
        if (a not in vowels and b not in vowels and low[k - 2] in vowels
                and c in vowels):
            return True          # VC-CV: bud-get
        return False

    for k in range(len(core) - 3, 2, -1):
        if ok(k):
            return word[:k] + "-", word[k:]
    return None


def wrap(text, width):
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        if not cur:
            cand = w
        else:
            cand = cur + " " + w
        if len(cand) <= width:
            cur = cand
            i += 1
            continue
        room = width - len(cur) - (1 if cur else 0)
        parts = split_word(w, room) if room >= 4 else None
        if parts:
            cur = (cur + " " + parts[0]) if cur else parts[0]
            words[i] = parts[1]
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body, bio, notes = text.split("=====\n")
    meta = {}
    for line in head.split("\n"):
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
    width = int(meta["WIDTH"])
    per_page = int(meta["LINES"])
    paras = [p.replace("\n", " ").strip() for p in body.split("\n\n") if p.strip()]

    flow = []  # lines of the article as they come off the PDF
    flow.append(meta["HEADLINE"])
    flow.append("")
    flow += wrap(meta["STANDFIRST"], width)
    flow.append("")
    flow.append(meta["BYLINE"])
    flow.append("")
    for n, p in enumerate(paras):
        flow += wrap(p, width)
        if n == 1:
            flow.append("")
            flow += wrap(meta["CAPTION"], width)
            flow.append("")
    flow += wrap(bio.split(" ", 1)[1].strip(), width)

    page_no = meta["FIRSTPAGE"]
    out = []
    top = meta["HEADER"] + " " * max(2, width + 8 - len(meta["HEADER"]) - len(meta["DATE"])) + meta["DATE"]
    for start in range(0, len(flow), per_page):
        chunk = flow[start:start + per_page]
        while chunk and chunk[0] == "":
            chunk = chunk[1:]
        out.append(top if start == 0 else meta["HEADER"])
        out.append("")
        out += chunk
        out.append("")
        out.append(page_no)
        out.append("")
    out.append("")
    out += notes.rstrip("\n").split("\n")
    data = "\n".join(out) + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
