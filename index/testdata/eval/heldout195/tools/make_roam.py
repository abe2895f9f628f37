#!/usr/bin/python3
"""Re-make docs/finance-commission-art-280.md, a Roam Research page exported
with "Export All > Markdown", from tools/finance-commission-art-280.txt.

The source is indented two spaces a level to keep it easy to edit; Roam's
export indents four spaces a level, writes LF line endings and no newline
after the last block. Deterministic: same input, same bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "finance-commission-art-280.txt")
OUT = os.path.join(HERE, "..", "docs", "finance-commission-art-280.md")


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        if not line.strip():
            continue
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if not stripped.startswith("- "):
            raise SystemExit("not a bullet: %r" % line)
        out.append("    " * depth + stripped.rstrip())
    data = "\n".join(out).encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
