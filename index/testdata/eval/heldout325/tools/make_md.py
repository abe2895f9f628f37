#!/usr/bin/python3
"""Re-make docs/hackmd-waste-rules-cpcb.md from tools/hackmd-waste-rules-cpcb.txt.

HackMD's "Download > Markdown" writes the note exactly as it is typed, with the YAML metadata
block the author typed at the top.  The source keeps that block as "key: value" lines above a
"=====" rule; this script puts them between "---" lines, leaves one blank line, and copies the
body unchanged (HackMD's own syntax kept: [TOC], {%hackmd %} embed, :::info / :::warning /
:::danger / :::spoiler containers, ==mark==, ++insert++, ^sup^, [name=] [time=] [color=]
comment tags, footnotes and *[ABBR] definitions).  LF line endings, one trailing newline.
Deterministic; standard library only.  Run: /usr/bin/python3 tools/make_md.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hackmd-waste-rules-cpcb.txt")
OUT = os.path.join(HERE, "..", "docs", "hackmd-waste-rules-cpcb.md")


def main():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, sep, body = text.partition("=====\n")
    if not sep:
        raise SystemExit("no ===== rule in the source")
    meta = [l for l in head.split("\n") if l.strip()]
    out = "---\n" + "\n".join(meta) + "\n---\n\n" + body.rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
