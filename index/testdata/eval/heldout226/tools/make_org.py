#!/usr/bin/python3
"""Make docs/deep-ocean-mission-samudrayaan.org from tools/deep-ocean-mission-samudrayaan.txt.

The source is the org-roam node as typed; this script does what Emacs (Org 9.6) does when the
file is saved after C-c C-c on the tables and the clocktable and org-align-tags:
  - weekday names are put into every timestamp ([2024-11-03 21:45] -> [2024-11-03 Sun 21:45]);
  - each CLOCK line gets its "=>  H:MM" duration;
  - headline tags are right-aligned to end at column 77 (org-tags-column -77);
  - tables are aligned (columns padded, mostly-numeric columns right-aligned, "|-" rules
    expanded to "|---+---|");
  - the clocktable dynamic block is filled from the CLOCK lines (:maxlevel 2, level-2 rows
    shown as "\\_  Headline" in the third column, caption "Clock summary at" the file's
    #+last_modified stamp).
Output is LF-terminated UTF-8 with a final newline, so it is the same byte for byte every run.
Run: /usr/bin/python3 tools/make_org.py
"""
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "deep-ocean-mission-samudrayaan.txt")
OUT = os.path.join(HERE, "..", "docs", "deep-ocean-mission-samudrayaan.org")

TS = re.compile(r"([\[<])(\d{4})-(\d\d)-(\d\d)((?: \d\d:\d\d)?)([\]>])")
NUM = re.compile(r"^([<>]?[-+^.0-9]*[0-9][-+^.0-9eEdDx()%:]*|[<>]?[-+]?0[xX][0-9a-fA-F.]+|nan|[-+u]?inf)$")
HEAD = re.compile(r"^(\*+) (.*?)(?:\s+(:[\w@#%:]+:))?$")
KEYWORDS = ("TODO", "NEXT", "WAIT", "DONE", "DROP")


def stamp(m):
    d = datetime.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
    return "%s%s %s%s%s" % (m.group(1), d.isoformat(), d.strftime("%a"), m.group(5), m.group(6))


def minutes(a, b):
    fmt = "%Y-%m-%d %a %H:%M"
    t = datetime.datetime.strptime(b, fmt) - datetime.datetime.strptime(a, fmt)
    return int(t.total_seconds() // 60)


def hm(n):
    return "%d:%02d" % (n // 60, n % 60)


def align_table(rows):
    """rows: list of list-of-cells, or None for a rule line."""
    ncol = max(len(r) for r in rows if r is not None)
    cells = [r + [""] * (ncol - len(r)) for r in rows if r is not None]
    widths, right = [], []
    for i in range(ncol):
        col = [r[i] for r in cells]
        widths.append(max(1, max(len(c) for c in col)))
        filled = [c for c in col if c.strip()]
        nums = [c for c in filled if NUM.match(c)]
        right.append(bool(filled) and len(nums) >= 0.5 * len(filled))
    out = []
    for r in rows:
        if r is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
            continue
        r = r + [""] * (ncol - len(r))
        parts = []
        for i, c in enumerate(r):
            parts.append(c.rjust(widths[i]) if right[i] and c.strip() else c.ljust(widths[i]))
        out.append("| " + " | ".join(parts) + " |")
    return out


def parse_row(line):
    if line.startswith("|-"):
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main():
    lines = open(SRC, encoding="utf-8").read().rstrip("\n").split("\n")
    lines = [TS.sub(stamp, l) for l in lines]

    # CLOCK durations and per-heading totals
    heads, cur = [], None
    for k, l in enumerate(lines):
        m = HEAD.match(l)
        if m:
            title = m.group(2)
            words = title.split(" ")
            if words[0] in KEYWORDS:
                words = words[1:]
            if words and re.match(r"\[#[A-C]\]", words[0]):
                words = words[1:]
            title = re.sub(r"\[\[[^]]*\]\[([^]]*)\]\]", r"\1", " ".join(words))
            cur = {"level": len(m.group(1)), "title": title, "min": 0}
            heads.append(cur)
        c = re.match(r"^CLOCK: \[([^]]+)\]--\[([^]]+)\]$", l)
        if c:
            n = minutes(c.group(1), c.group(2))
            lines[k] = "%s =>  %s" % (l, hm(n).rjust(4))
            cur["min"] += n

    # clocktable rows (maxlevel 2, level-1 totals include their children)
    rows, total = [], 0
    for i, h in enumerate(heads):
        if h["level"] != 1:
            continue
        sub = []
        for h2 in heads[i + 1:]:
            if h2["level"] == 1:
                break
            if h2["level"] == 2 and h2["min"]:
                sub.append(h2)
        own = h["min"] + sum(x["min"] for x in heads[i + 1:] if x["level"] > 1 and
                             heads.index(x) < next((j for j in range(i + 1, len(heads))
                                                    if heads[j]["level"] == 1), len(heads)))
        if not own:
            continue
        total += own
        rows.append([h["title"], hm(own), ""])
        for x in sub:
            rows.append(["\\_  " + x["title"], "", hm(x["min"])])
    modified = [l for l in lines if l.startswith("#+last_modified:")][0].split(": ", 1)[1]
    block = ["#+CAPTION: Clock summary at %s" % modified]
    block += align_table([["Headline", "Time", ""], None, ["*Total time*", "*%s*" % hm(total), ""],
                          None] + rows)

    out, k = [], 0
    while k < len(lines):
        l = lines[k]
        if l.startswith("#+BEGIN: clocktable"):
            out.append(l)
            out.extend(block)
            while not lines[k].startswith("#+END:"):
                k += 1
            out.append(lines[k])
            k += 1
            continue
        if l.startswith("|"):
            tbl = []
            while k < len(lines) and lines[k].startswith("|"):
                tbl.append(parse_row(lines[k]))
                k += 1
            out.extend(align_table(tbl))
            continue
        m = HEAD.match(l)
        if m and m.group(3):
            head = "%s %s" % (m.group(1), m.group(2))
            tags = m.group(3)
            pad = 77 - len(head) - len(tags)
            l = head + " " * max(1, pad) + tags
        out.append(l)
        k += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
