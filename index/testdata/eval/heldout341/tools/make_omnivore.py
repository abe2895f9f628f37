#!/usr/bin/python3
"""Re-make docs/bpalm-drug-resistant-tb-omnivore.md from tools/bpalm-drug-resistant-tb-omnivore.txt.

The output is the Markdown file the Omnivore plugin for Obsidian writes for one saved article
when the user's template includes the article's content: YAML front matter as Obsidian's
stringifyYaml writes it (the title and author arrive with a trailing newline from a folded
front-matter template, so they come out as "|" block scalars; dates stay unquoted), the
"# title" / "#Omnivore" / Read on Omnivore / Read Original header, the user's date lines and a
"--- " rule, "# Full Content: ", the readable content as Omnivore's Markdown (turndown-style
"-   " list markers, highlights inline as ==text==, images through the Omnivore image proxy),
then "## Highlights" as the plugin's default template renders it: "> quote [⤴️](url)  #label  ^id"
and the note under it. Ids, the slug's hex time and the proxy signature are derived
deterministically from the source text.
Usage: make_omnivore.py [OUTPUT]   (default: docs/bpalm-drug-resistant-tb-omnivore.md)
"""
import base64
import datetime
import hashlib
import os
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "bpalm-drug-resistant-tb-omnivore.txt")
DEFAULT_OUT = os.path.join(ROOT, "docs", "bpalm-drug-resistant-tb-omnivore.md")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))


def parse(text):
    meta, content, highlights = {}, [], []
    part = "meta"
    for line in text.split("\n"):
        if line == "@@content":
            part = "content"
            continue
        if line == "@@highlights":
            part = "highlights"
            continue
        if part == "meta":
            m = re.match(r"@(\w+): (.*)$", line)
            if m:
                meta[m.group(1)] = m.group(2)
        elif part == "content":
            content.append(line)
        else:
            if line.startswith("@h"):
                highlights.append({"labels": line[2:].split(), "note": []})
            elif line.strip():
                highlights[-1]["note"].append(line)
    while content and not content[-1].strip():
        content.pop()
    return meta, content, highlights


def slugify(title):
    s = title.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:64].rstrip("-")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    meta, content, highlights = parse(open(SRC, encoding="utf-8").read())
    saved = datetime.datetime.strptime(meta["saved"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    # Omnivore's slug: the title slugified and cut to 64 characters, then the save time in ms, hex
    millis = int(saved.timestamp()) * 1000 + 412
    slug = "%s-%x" % (slugify(meta["title"]), millis)
    omnivore_url = "https://omnivore.app/me/" + slug

    # image through the Omnivore image cache: <size>,s<signature>/<original>
    size, img = [x.strip() for x in meta["image"].split("|")]
    sig = base64.urlsafe_b64encode(hashlib.sha256(img.encode()).digest()).decode().rstrip("=")[:43]
    proxy = "https://proxy-prod.omnivore-image-cache.app/%s,s%s/%s" % (size, sig, img)

    body = "\n".join(content).replace("[image]", "![](%s)" % proxy)
    quotes = re.findall(r"==(.+?)==", body)
    if len(quotes) != len(highlights):
        raise SystemExit("highlights in content (%d) and notes (%d) differ" % (len(quotes), len(highlights)))

    ns = uuid.UUID(meta["id"])
    tags = [t.strip().replace(" ", "_") for t in meta["tags"].split("|")]
    lines = ["---",
             "id: " + meta["id"],
             "title: |",
             "  " + meta["title"],
             "author: |",
             "  " + meta["author"],
             "tags:"]
    lines += ["  - " + t for t in tags]
    lines += ["date_saved: " + meta["saved"],
              "date_published: " + meta["published"],
              "---",
              "",
              "# " + meta["title"],
              "#Omnivore",
              "",
              "[Read on Omnivore](%s)" % omnivore_url,
              "",
              "[Read Original](%s)" % meta["original"],
              "",
              "date_saved: " + meta["saved"],
              "",
              "date_published: " + meta["published"],
              "",
              "--- ",
              "",
              "# Full Content: ",
              "",
              body,
              "",
              "## Highlights",
              ""]
    for i, (q, h) in enumerate(zip(quotes, highlights)):
        hid = str(uuid.UUID(bytes=uuid.uuid5(ns, "highlight-%d" % i).bytes, version=4))
        labels = "".join(" #%s " % l for l in h["labels"])
        lines.append("> %s [⤴️](%s#%s) %s ^%s" % (q, omnivore_url, hid, labels, hid[:8]))
        if h["note"]:
            lines.append("")
            lines.extend(h["note"])
        lines.append("")
    data = "\n".join(lines) + "\n"
    with open(out, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
