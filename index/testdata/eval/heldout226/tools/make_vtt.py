#!/usr/bin/python3
"""Make docs/blue-economy-policy-lecture.vtt from tools/blue-economy-policy-lecture.txt.

The file imitates the English caption track of a YouTube live-class recording whose captions
were typed by a captioning service and uploaded by the channel, as downloaded from YouTube
(timedtext in WebVTT): a WEBVTT line with "Kind: captions" and "Language: en-IN", no cue
numbers and no cue settings, cues of at most two lines of 42 columns, sound tags in capitals
("[MUSIC]"), the captioner's descriptions of on-screen title cards ("[ON SCREEN: ...]"), and
broadcast-style speaker changes: the first cue of each new turn opens with ">> NAME:", which
YouTube writes escaped as "&gt;&gt;". Sentences run on from one cue into the next.

Timings come from the words in each cue (about 2.9 words a second, never under 1.5 s), with a
quarter-second gap when the speaker changes and longer holds for sound tags and title cards.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py (the output is the same every run).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "blue-economy-policy-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "blue-economy-policy-lecture.vtt")
WIDTH = 42


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap(words):
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > WIDTH:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def cues_of_turn(prefix, text):
    """Split one turn into cues of at most two 42-column lines; a cue may end early at the
    end of a sentence once it holds a full line."""
    words = (prefix + " " + text).split() if prefix else text.split()
    cues, cur = [], []
    for w in words:
        trial = cur + [w]
        if len(wrap(trial)) > 2:
            cues.append(cur)
            cur = [w]
            continue
        cur = trial
        if re.search(r"[.?!]$", w) and len(" ".join(cur)) > WIDTH:
            cues.append(cur)
            cur = []
    if cur:
        cues.append(cur)
    return [wrap(c) for c in cues]


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    events = []
    last = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            events.append(("sound", [[line]]))
            last = None
        elif line.startswith("CARD "):
            events.append(("card", [wrap(("[ON SCREEN: %s]" % line[5:]).split())]))
        else:
            name, text = line.split(": ", 1)
            prefix = ">> %s:" % name if name != last else ""
            events.append(("turn" if prefix else "same", cues_of_turn(prefix, text)))
            last = name
    out = ["WEBVTT", "Kind: captions", "Language: en-IN", ""]
    t = 0
    for kind, cues in events:
        if kind == "turn" and t:
            t += 250
        for lines in cues:
            n = len(" ".join(lines).split())
            if kind == "sound":
                dur = 4200 if t == 0 else 6000
            elif kind == "card":
                dur = 3000
            else:
                dur = max(1500, int(n * 345) + 300)
            out.append("%s --> %s" % (ts(t), ts(t + dur)))
            out.extend(esc(l) for l in lines)
            out.append("")
            t += dur
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
