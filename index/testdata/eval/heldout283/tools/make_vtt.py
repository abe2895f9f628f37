#!/usr/bin/python3
"""Make docs/arth-samvad-ep47-new-gdp-base-year.vtt from tools/arth-samvad-ep47-new-gdp-base-year.txt.

The file imitates the WebVTT transcript a podcast host publishes beside an episode (the
Podcasting 2.0 <podcast:transcript type="text/vtt"> file): a WEBVTT line, a NOTE block with the
show, episode, date and a transcription credit, a second NOTE block holding the show notes'
chapter list ("mm:ss Title"), then cues without identifiers, each opening with a voice span
<v Name> that is never closed, one or two lines of at most about 80 columns, back to back with
short gaps that widen when the speaker changes; music cues carry no voice; a listener's voice
note the diariser could not name is "Speaker 3". Timings follow the words spoken (about 2.6 words
a second), so the file is stable from its source.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py [OUTPUT]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "arth-samvad-ep47-new-gdp-base-year.txt")
OUT = os.path.join(HERE, "..", "docs", "arth-samvad-ep47-new-gdp-base-year.vtt")
VOICES = {"K": "Kavya Menon", "S": "Suresh Pillai", "X": "Speaker 3"}
WIDTH = 80


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def wrap(text):
    if len(text) <= WIDTH:
        return [text]
    words = text.split(" ")
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        if len(a) <= WIDTH and len(b) <= WIDTH:
            score = abs(len(a) - len(b))
            if best is None or score < best[0]:
                best = (score, [a, b])
    if best is None:
        raise ValueError("cue too long: %r" % text)
    return best[1]


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l and not l.startswith("%%%")]
    meta, chapters, cues = {}, [], []
    t, pause, last_voice = 0, 0, None
    pending_chapter = None
    for line in lines:
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            continue
        if line.startswith("## "):
            pending_chapter = line[3:]
            continue
        if line.startswith("="):
            pause += int(line[1:]) * 100
            continue
        if line.startswith("["):
            voice, text, dur = None, line, 5200
        else:
            code, text = line.split("|", 1)
            voice = VOICES[code]
            dur = max(1400, int(len(text.split()) / 2.6 * 1000) + 300)
        if cues:
            t += 80 if voice == last_voice else 420
        t += pause
        pause = 0
        if pending_chapter is not None:
            chapters.append((t, pending_chapter))
            pending_chapter = None
        cues.append((t, t + dur, voice, text))
        t += dur
        last_voice = voice
    outl = ["WEBVTT", "", "NOTE",
            "%s \u00b7 Episode %s \u00b7 %s" % (meta["show"], meta["episode"], meta["title"]),
            "Published %s \u00b7 %d min" % (meta["published"], round(t / 60000)),
            meta["credit"], "", "NOTE Chapters"]
    for start, title in chapters:
        outl.append("%02d:%02d %s" % (start // 60000, start // 1000 % 60, title))
    outl.append("")
    for start, end, voice, text in cues:
        outl.append("%s --> %s" % (ts(start), ts(end)))
        body = wrap(text)
        if voice:
            body[0] = "<v %s>%s" % (voice, body[0])
        outl.extend(body)
        outl.append("")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(outl))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
