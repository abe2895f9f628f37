#!/usr/bin/python3
"""Make docs/ed-fema-pmla-webinar.ttml from tools/ed-fema-pmla-webinar.txt.

The file is a TTML 1.0 (DFXP) caption document of the kind Subtitle Edit writes for a
hand-corrected transcript: an XML declaration, a <tt> root in the TTML namespace with the ttp,
tts and ttm prefixes declared on it (ttp:timeBase="media", xml:lang="en"); a head with metadata
(ttm:title, ttm:desc, ttm:copyright and one ttm:agent per speaker with its ttm:name), styling
(a default white-on-black sans-serif style, an italic style, a yellow speaker-label style and a
small italic on-screen-text style) and layout (bottomCenter and topCenter regions); a body
whose divs are the talk's chapters (each with its own metadata ttm:title), holding p cues with
begin/end clock times (hh:mm:ss.fff), xml:id p0, p1, ..., region, ttm:agent for the speaker and
ttm:role for music, sound, the title card and the slide text; two-line cues split with <br />, the speaker's name in a
styled span on the first cue of every turn, italic spans, [sound] cues, and the slide titles
as on-screen text in the top region. Indentation is two spaces, as Subtitle Edit writes.

Timings are computed from the text (reading speed, gaps between cues, turns and chapters), so
the file is fully determined by the source.

Run from anywhere: /usr/bin/python3 tools/make_ttml.py  (output is byte-for-byte stable)
"""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ed-fema-pmla-webinar.txt")
OUT = os.path.join(HERE, "..", "docs", "ed-fema-pmla-webinar.ttml")

HEAD_STYLES = """    <styling>
      <style xml:id="s0" tts:fontFamily="proportionalSansSerif" tts:fontSize="100%" tts:color="white" tts:backgroundColor="#000000C2" tts:textAlign="center" tts:fontStyle="normal" />
      <style xml:id="sItalic" tts:fontStyle="italic" />
      <style xml:id="sSpeaker" tts:color="yellow" tts:fontWeight="bold" />
      <style xml:id="sScreen" tts:fontSize="80%" tts:fontStyle="italic" tts:color="#E0E0E0" />
    </styling>
    <layout>
      <region xml:id="bottomCenter" tts:extent="80% 40%" tts:origin="10% 50%" tts:displayAlign="after" tts:textAlign="center" />
      <region xml:id="topCenter" tts:extent="80% 40%" tts:origin="10% 10%" tts:displayAlign="before" tts:textAlign="center" />
    </layout>"""


def clock(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def parse():
    head, agents, labels, parts = {}, [], {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith(";;"):
                continue
            if line.startswith("@agent "):
                aid, rest = line[7:].split(" ", 1)
                name, desc = rest.split("|", 1)
                agents.append((aid, name, desc))
            elif line.startswith("@label "):
                aid, lab = line[7:].split(" ", 1)
                labels[aid] = lab
            elif line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                head[k] = v
            elif line.startswith("== "):
                num, title = line[3:].split(" | ", 1)
                parts.append({"num": num.split()[-1], "title": title, "cues": []})
            elif line.startswith("[sound] "):
                parts[-1]["cues"].append(("sound", None, line[8:]))
            elif line.startswith("!slide "):
                parts[-1]["cues"].append(("screen", None, line[7:]))
            else:
                who, text = line.split(": ", 1)
                parts[-1]["cues"].append(("dialog", who, text))
    return head, agents, labels, parts


def inline(text):
    s = escape(text)
    s = re.sub(r"\*(.+?)\*", r'<span style="sItalic">\1</span>', s)
    return s.replace(" // ", "<br />")


def build():
    head, agents, labels, parts = parse()
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" '
           'ttp:timeBase="media" xmlns:tts="http://www.w3.org/ns/ttml#styling" xml:lang="en" '
           'xmlns:ttm="http://www.w3.org/ns/ttml#metadata">',
           '  <head>',
           '    <metadata>',
           '      <ttm:title>%s</ttm:title>' % escape(head["title"]),
           '      <ttm:desc>%s</ttm:desc>' % escape(head["desc"]),
           '      <ttm:copyright>%s</ttm:copyright>' % escape(head["copyright"])]
    for aid, name, desc in agents:
        out.append('      <ttm:agent xml:id="%s" type="person">' % aid)
        out.append('        <ttm:name type="full">%s</ttm:name>' % escape(name))
        out.append('        <ttm:desc>%s</ttm:desc>' % escape(desc))
        out.append('      </ttm:agent>')
    out.append('    </metadata>')
    out.append(HEAD_STYLES)
    out.append('  </head>')
    out.append('  <body style="s0">')
    t = 2400
    n = 0
    last = None
    for part in parts:
        out.append('    <div>')
        title = part["title"]
        if part["num"] != "0":
            title = "Part %s: %s" % (part["num"], title)
        out.append('      <metadata>')
        out.append('        <ttm:title>%s</ttm:title>' % escape(title))
        out.append('      </metadata>')
        if part["num"] == "0":
            dur = 4200
            out.append('      <p begin="%s" end="%s" region="topCenter" style="sScreen" ttm:role="title" '
                       'xml:id="p%d">%s</p>' % (clock(t), clock(t + dur), n, escape(part["title"])))
            n += 1
            t += dur + 200
        for kind, who, text in part["cues"]:
            words = len(re.sub(r"[*/]", " ", text).split())
            if kind == "screen":
                dur = 3000
                out.append('      <p begin="%s" end="%s" region="topCenter" style="sScreen" ttm:role="x-slide-text" '
                           'xml:id="p%d">%s</p>' % (clock(t), clock(t + dur), n, escape(text)))
                t += 400  # the slide text stays up while the talk goes on
                n += 1
                continue
            if kind == "sound":
                dur = 2200
                role = "music" if "music" in text else "sound"
                out.append('      <p begin="%s" end="%s" region="bottomCenter" ttm:role="%s" '
                           'xml:id="p%d"><span style="sItalic">%s</span></p>'
                           % (clock(t), clock(t + dur), role, n, escape(text)))
                t += dur + 300
                n += 1
                last = None
                continue
            if who != last and last is not None:
                t += 450
            dur = 900 + 330 * words + (37 * n) % 170
            label = ""
            if who != last:
                label = '<span style="sSpeaker">%s:</span> ' % labels[who]
            out.append('      <p begin="%s" end="%s" region="bottomCenter" ttm:agent="%s" xml:id="p%d">%s%s</p>'
                       % (clock(t), clock(t + dur), who, n, label, inline(text)))
            t += dur + 80
            n += 1
            last = who
        out.append('    </div>')
        t += 1500
    out.append('  </body>')
    out.append('</tt>')
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
