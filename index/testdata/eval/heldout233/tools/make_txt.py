#!/usr/bin/python3
"""Re-make docs/appiko-and-eco-movements-notes.txt (an Apple Notes note exported as plain
text) from tools/appiko-and-eco-movements-notes.txt.

Run from anywhere: /usr/bin/python3 tools/make_txt.py   (standard library; same bytes each run)

The export is what a small AppleScript exporter for Notes.app writes for one note: a header of
the note's name, "Created:" and "Modified:" stamps in AppleScript's long date format for an
Indian-English Mac ("Saturday, 9 September 2023 at 10:14:52 PM") and the "Folder:" path with
Notes' "›" separator, a blank line, then the note's plaintext property as Notes gives it, in
UTF-8 with LF line ends and no newline at the end. The plaintext repeats the title, because a
note's first line is its title; Title, Heading and Subheading lines lose their styling and are
plain lines; list items keep the markers the text system draws for them, each between tabs
("\\t•\\t" for a bulleted item, "\\t\\t•\\t" one level in, "\\t–\\t" for a dashed item, "\\t1.\\t" for
a numbered one); checklist items come out as "☑ " (ticked) or "☐ " (open); a Shift-Return
soft break inside a paragraph is U+2028 (LINE SEPARATOR), not a newline; text pasted from the
web keeps its no-break spaces (U+00A0); an attachment (a scanned page, a screenshot) is a lone
U+FFFC OBJECT REPLACEMENT CHARACTER on its own line. The typed "table" is the writer's own,
columns separated by " | ".

Source markup: "@name", "@created", "@modified", "@folder" header lines; then "# " title,
"## " heading, "* " bullet, "** " nested bullet, "- " dashed item, "N. " numbered item,
"[x] " / "[ ] " checklist items, " \\ " for a soft line break, "{nbsp}" for U+00A0 and a line
"{attachment}" for an attachment; every other line is copied as it is.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "appiko-and-eco-movements-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "appiko-and-eco-movements-notes.txt")


def body_line(line):
    if line == "{attachment}":
        return "\ufffc"
    if line.startswith("# ") or line.startswith("## ") or line.startswith("### "):
        line = line.split(" ", 1)[1]
    elif line.startswith("** "):
        line = "\t\t•\t" + line[3:]
    elif line.startswith("* "):
        line = "\t•\t" + line[2:]
    elif line.startswith("- "):
        line = "\t–\t" + line[2:]
    elif line.startswith("[x] "):
        line = "☑ " + line[4:]
    elif line.startswith("[ ] "):
        line = "☐ " + line[4:]
    else:
        m = re.match(r"(\d+)\. (.*)", line)
        if m:
            line = "\t{}.\t{}".format(m.group(1), m.group(2))
    line = line.replace(" \\ ", "\u2028").replace("{nbsp}", "\u00a0")
    return line


def render():
    """The document's bytes (tools/check.py compares them with docs/)."""
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    meta = {}
    i = 0
    while lines[i].startswith("@"):
        key, value = lines[i][1:].split(" ", 1)
        meta[key] = value
        i += 1
    out = [meta["name"], "Created: " + meta["created"], "Modified: " + meta["modified"],
           "Folder: " + meta["folder"], ""]
    out += [body_line(line) for line in lines[i:]]
    return "\n".join(out).encode("utf-8")


def main():
    with open(OUT, "wb") as f:
        f.write(render())


if __name__ == "__main__":
    main()
