#!/usr/bin/python3
"""Make docs/kaksha-cirp-lecture.html from tools/kaksha-cirp-lecture.txt.

The page imitates a lecture item of a Coursera-like course platform ("Kaksha") as a learner saves
it from the browser with "Save page as... / Webpage, Complete": the "saved from url" comment,
links into a "_files" folder the set does not hold, emotion-style hashed class names, the
platform's header and breadcrumb, the week's item list in a side menu, a video.js player
placeholder with its control bar, Transcript / Notes / Downloads tabs, the interactive
transcript (paragraphs of cue spans carrying data-timestamp attributes, each paragraph led by a
"Play video starting at ..." button), the Reading item shown below it, the downloads list, the
like / dislike / report bar, the footer and the state scripts at the end.

Cue timestamps are worked out from the number of words spoken (2.45 words a second), so the
page is fully determined by the source text.
Run from anywhere: /usr/bin/python3 tools/make_html.py (standard library only).
"""
import hashlib
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kaksha-cirp-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "kaksha-cirp-lecture.html")
WPS = 2.45


def css(name):
    """A stable emotion-like class name."""
    return "css-" + hashlib.md5(name.encode()).hexdigest()[:7]


def esc(s):
    return html.escape(s, quote=False)


def inline(s):
    s = esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


def mmss(t):
    t = int(t)
    return "%d:%02d" % (t // 60, t % 60)


def spoken(t):
    """Coursera-style screen-reader text for a timestamp button."""
    t = int(t)
    m, s = divmod(t, 60)
    if m == 0:
        return "::%d" % s if s else "::0"
    return "%d minute%s %d second%s" % (m, "" if m == 1 else "s", s, "" if s == 1 else "s")


def parse():
    meta, chapters, reading, downloads = {}, [], [], []
    mode = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") and not line.startswith("###"):
                continue
            s = line.strip()
            if not s:
                continue
            if s in ("@transcript", "@reading", "@downloads"):
                mode = s[1:]
                continue
            if s.startswith("@"):
                k, _, v = s[1:].partition(" ")
                meta[k] = v
                continue
            if mode == "transcript":
                if s.startswith("== "):
                    chapters.append([s[3:], []])
                else:
                    chapters[-1][1].append(s)
            elif mode == "reading":
                reading.append(s)
            elif mode == "downloads":
                downloads.append([c.strip() for c in s.split("|")])
    return meta, chapters, reading, downloads


def cues(par):
    """Cut a paragraph into caption cues at sentence ends."""
    parts = re.split(r"(?<=[.?!\]])\s+(?=[A-Z\[])", par)
    return [p for p in parts if p]


def transcript_html(chapters):
    out, t, idx = [], 0.0, 0
    chap_times = []
    pi = 0
    for title, pars in chapters:
        chap_times.append((title, t))
        out.append('<div class="rc-TranscriptChapter %s" data-chapter-start="%.2f">'
                   '<h3 class="cds-Typography-base %s">%s</h3>' % (css("chap"), t, css("h3"),
                                                                   esc(title)))
        for par in pars:
            out.append('<div class="rc-Paragraph %s" data-paragraph-index="%d">' % (css("par"), pi))
            out.append('<button type="button" class="rc-TimestampButton %s" data-timestamp="%.2f">'
                       '<span class="screenreader-only">Play video starting at %s and follow '
                       'transcript</span><span class="timestamp">%s</span></button>'
                       % (css("ts"), t, spoken(t), mmss(t)))
            spans = []
            for c in cues(par):
                spans.append('<span class="rc-Phrase %s" data-cue-index="%d" data-timestamp="%.2f" '
                             'role="button" tabindex="0"><span class="%s">%s</span></span>'
                             % (css("phrase"), idx, t, css("cue"), esc(c)))
                idx += 1
                t += len(c.split()) / WPS
            out.append("\n".join(spans))
            out.append("</div>")
            pi += 1
        out.append("</div>")
    return "\n".join(out), t, chap_times


def reading_html(lines, meta):
    out, in_ul, table = [], False, None

    def close():
        nonlocal in_ul, table
        if in_ul:
            out.append("</ul>")
            in_ul = False
        if table is not None:
            head, rows = table[0], table[1:]
            out.append('<table class="cml-table"><thead><tr>%s</tr></thead><tbody>'
                       % "".join("<th><p>%s</p></th>" % inline(c) for c in head))
            for r in rows:
                out.append("<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % inline(c) for c in r))
            out.append("</tbody></table>")
            table = None

    for s in lines:
        if s.startswith("### "):
            close()
            out.append('<h3 class="cml-heading">%s</h3>' % inline(s[4:]))
        elif s.startswith("- "):
            if table is not None:
                close()
            if not in_ul:
                out.append('<ul class="cml-bullets">')
                in_ul = True
            out.append("<li><p>%s</p></li>" % inline(s[2:]))
        elif s.startswith("| "):
            if in_ul:
                close()
            if table is None:
                table = []
            table.append([c.strip() for c in s[2:].split(" | ")])
        else:
            close()
            out.append("<p>%s</p>" % inline(s))
    close()
    return "\n".join(out)


NAV_ITEMS = [
    ("Video", "Bad loans and the twin balance sheet problem", "11 min", "completed"),
    ("Video", "Before the Code: SICA, DRTs and SARFAESI", "8 min", "completed"),
    ("Video", None, None, "current"),
    ("Reading", "Reading: CIRP at a glance", "10 min", ""),
    ("Video", "The 2021 pre-pack for MSMEs", "9 min", ""),
    ("Practice Quiz", "Practice Quiz: The Insolvency and Bankruptcy Code", "10 questions", ""),
    ("Discussion Prompt", "Has the IBC delivered?", "10 min", ""),
]

FOOTER = [
    ("Kaksha", ["About", "What We Offer", "Leadership", "Careers", "Catalog", "Kaksha Plus"]),
    ("Community", ["Learners", "Partners", "Blog"]),
    ("More", ["Press", "Terms", "Privacy", "Help", "Accessibility", "Contact"]),
]


def build():
    meta, chapters, reading, downloads = parse()
    title = meta["title"]
    tr, dur, chap_times = transcript_html(chapters)
    course_slug = "indian-economy-gs3"
    url = "https://www.kaksha.org/learn/%s/lecture/%s" % (course_slug, meta["slug"])
    files = "./%s _ Kaksha_files" % title.replace(":", "_")
    mins = round(dur / 60)
    o = []
    o.append("<!DOCTYPE html>")
    o.append("<!-- saved from url=(%04d)%s -->" % (len(url), url))
    o.append('<html lang="en" dir="ltr" class="js-focus-visible" data-js-focus-visible="">'
             '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append("<title>%s | Kaksha</title>" % esc(title))
    o.append('<meta property="og:title" content="%s">' % html.escape(title))
    o.append('<meta name="description" content="Video created by %s for the course &quot;%s&quot;.'
             ' Week %s: %s.">' % (esc(meta["partner"]), esc(meta["course"]), meta["week"],
                                  esc(meta["weektitle"])))
    o.append('<link rel="icon" href="%s/favicon.v2.ico">' % files)
    o.append('<link rel="stylesheet" href="%s/main.7c1d3e9a.css">' % files)
    o.append('<link rel="stylesheet" href="%s/cds-core.4b22f0.css">' % files)
    o.append('<style data-emotion="css" data-s="">.%s{display:flex;gap:8px;}.%s{margin:0 0 12px;'
             'font-size:1rem;line-height:1.5rem;}.%s{padding:0;border:0;background:none;color:#0056d2;'
             'cursor:pointer;}.%s{font-weight:600;font-size:1.125rem;}.%s{cursor:pointer;}'
             '.%s:hover{background:#f0f6ff;}.screenreader-only{position:absolute;width:1px;'
             'height:1px;overflow:hidden;clip:rect(0 0 0 0);}</style>'
             % (css("chap"), css("par"), css("ts"), css("h3"), css("phrase"), css("cue")))
    o.append('<script>window.appName="ondemand";window.__KAKSHA_CONFIG__={"locale":"en_US",'
             '"csrfToken":"","experiments":{"transcriptChapters":true,"videoNotes":true}};</script>')
    o.append('<script async="" src="%s/gtm.js"></script>' % files)
    o.append("</head>")
    o.append('<body class="%s"><div id="rendered-content"><div class="rc-App">' % css("body"))
    o.append('<a class="skip-link %s" href="#main">Skip to Main Content</a>' % css("skip"))
    # header
    o.append('<header class="rc-PageHeader %s" role="banner"><div class="rc-PageHeader__left">'
             '<a href="https://www.kaksha.org/" aria-label="Kaksha home"><img src="%s/kaksha-logo.svg"'
             ' alt="Kaksha" width="115" height="24"></a>'
             '<button type="button" class="rc-ExploreButton" aria-haspopup="true">Explore</button>'
             '<form role="search" class="rc-SearchBar"><input type="text" name="query" '
             'aria-label="Search catalog" placeholder="What do you want to learn?">'
             '<button type="submit" aria-label="Submit Search">'
             '<svg aria-hidden="true" viewBox="0 0 20 20"><path d="M8 2a6 6 0 104.2 10.3l4.4 4.4"/>'
             '</svg></button></form></div>'
             '<nav class="rc-PageHeader__right" aria-label="User menu"><ul>'
             '<li><a href="https://www.kaksha.org/degrees">Online Degrees</a></li>'
             '<li><a href="https://www.kaksha.org/my-learning">My Learning</a></li>'
             '<li><button type="button" aria-label="Notifications, 2 new">'
             '<span class="rc-Badge">2</span></button></li>'
             '<li><button type="button" class="rc-AvatarButton" aria-label="%s\'s menu">'
             '<span class="rc-Avatar">AR</span></button></li></ul></nav></header>'
             % (css("header"), files, esc(meta["learner"])))
    # breadcrumb
    o.append('<nav aria-label="Breadcrumbs" class="rc-Breadcrumbs %s"><ol>'
             '<li><a href="https://www.kaksha.org/learn/%s/home/welcome">%s</a></li>'
             '<li><a href="https://www.kaksha.org/learn/%s/home/week/%s">Week %s</a></li>'
             '<li><span aria-current="page">%s</span></li></ol></nav>'
             % (css("crumbs"), course_slug, esc(meta["course"]), course_slug, meta["week"],
                meta["week"], esc(title)))
    o.append('<div class="rc-ItemLayout %s">' % css("layout"))
    # side menu
    o.append('<aside class="rc-ItemNavigation %s" aria-label="Course Material">'
             '<button type="button" class="rc-HideMenu">Hide menu</button>'
             '<h2 class="rc-WeekTitle">Week %s: %s</h2><ul class="rc-ItemList">'
             % (css("aside"), meta["week"], esc(meta["weektitle"])))
    for kind, name, length, state in NAV_ITEMS:
        if state == "current":
            name, length = title, "%d min" % mins
        tick = ('<span class="rc-ItemStatus" aria-label="Completed">&#10003;</span>'
                if state == "completed" else "")
        cur = ' aria-current="page" class="rc-NavItem rc-NavItem--active"' if state == "current" \
            else ' class="rc-NavItem"'
        o.append('<li%s><a href="#">%s<span class="rc-NavItem__name">%s</span>'
                 '<span class="rc-NavItem__meta">%s &#8226; %s</span></a></li>'
                 % (cur, tick, esc(name), kind, length))
    o.append("</ul></aside>")
    # main
    o.append('<main id="main" class="rc-VideoItem %s" tabindex="-1">' % css("main"))
    o.append('<h1 class="cds-Typography-base %s">%s</h1>' % (css("h1"), esc(title)))
    o.append('<div class="rc-VideoMiniPlayer %s"><div class="video-js vjs-kaksha-skin '
             'vjs-paused vjs-user-inactive vjs-fluid" id="c-video_html5_api-wrapper" role="region"'
             ' aria-label="Video Player"><video id="c-video_html5_api" class="vjs-tech" '
             'preload="none" poster="%s/poster-6-3.jpg" tabindex="-1"></video>'
             '<div class="vjs-poster" aria-disabled="false"></div>'
             '<button class="vjs-big-play-button" type="button" title="Play Video">'
             '<span class="vjs-control-text">Play Video</span></button>'
             '<div class="vjs-control-bar" dir="ltr">'
             '<button class="vjs-play-control" type="button" title="Play">'
             '<span class="vjs-control-text">Play</span></button>'
             '<div class="vjs-current-time">0:00</div><div class="vjs-time-divider">/</div>'
             '<div class="vjs-duration">%s</div>'
             '<button class="vjs-playback-rate" type="button"><span class="vjs-control-text">'
             'Playback Rate</span>1x</button>'
             '<button class="vjs-subs-caps-button" type="button"><span class="vjs-control-text">'
             'Subtitles</span></button>'
             '<button class="vjs-settings" type="button"><span class="vjs-control-text">Settings'
             '</span></button>'
             '<button class="vjs-fullscreen-control" type="button"><span class="vjs-control-text">'
             'Full Screen</span></button></div></div></div>'
             % (css("player"), files, mmss(dur)))
    o.append('<div class="rc-VideoToolbar %s"><span class="rc-Instructor">%s</span>'
             '<button type="button" class="rc-SaveNote">Save note</button>'
             '<button type="button" class="rc-DownloadButton" aria-haspopup="true">Download</button>'
             '</div>' % (css("toolbar"), esc(meta["instructor"])))
    o.append('<div role="tablist" class="rc-ItemTabs %s">'
             '<button role="tab" id="tab-transcript" aria-selected="true">Transcript</button>'
             '<button role="tab" id="tab-notes" aria-selected="false">Notes</button>'
             '<button role="tab" id="tab-downloads" aria-selected="false">Downloads</button></div>'
             % css("tabs"))
    o.append('<div role="tabpanel" aria-labelledby="tab-transcript" class="rc-Transcript %s">'
             % css("transcript"))
    o.append('<div class="rc-TranscriptHeader"><label for="transcript-language">Transcript '
             'language</label><select id="transcript-language"><option selected="">English'
             '</option><option>Hindi</option></select></div>')
    o.append('<div class="screenreader-only">Interactive Transcript - Enable basic transcript mode '
             'by pressing the escape key</div>')
    o.append(tr)
    o.append("</div>")
    # reading
    o.append('<section class="rc-ReadingItem %s" aria-labelledby="reading-title">' % css("reading"))
    o.append('<div class="rc-ReadingItem__meta"><span>Reading</span><span>&#8226;</span>'
             '<span>%s min</span></div>' % meta["readingmins"])
    o.append('<h2 id="reading-title" class="cds-Typography-base %s">%s</h2>'
             % (css("h2"), esc(meta["readingtitle"])))
    o.append('<div class="rc-CML %s" dir="auto">' % css("cml"))
    o.append(reading_html(reading, meta))
    o.append("</div>")
    o.append('<button type="button" class="rc-MarkComplete">Mark as completed</button></section>')
    # downloads
    o.append('<section id="downloads" class="rc-DownloadsList %s"><h3>Downloads</h3><ul>'
             % css("downloads"))
    for label, typ, size in downloads:
        fname = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        o.append('<li><a href="https://d3c33hcgiwev3.cloudfront.net/%s.%s?Expires=1758931200" '
                 'download=""><span class="rc-Download__label">%s</span></a>'
                 '<span class="rc-Download__type">%s</span><span class="rc-Download__size">%s</span>'
                 '</li>' % (fname, typ.lower(), esc(label), typ, size))
    o.append("</ul></section>")
    o.append('<div class="rc-ItemFeedback %s"><button type="button" aria-pressed="false">Like'
             '</button><button type="button" aria-pressed="false">Dislike</button>'
             '<button type="button">Report an issue</button></div>' % css("feedback"))
    o.append('<div class="rc-ItemNextPrev"><a href="#">Go to next item</a></div>')
    o.append("</main></div>")
    # footer
    o.append('<footer class="rc-PageFooter %s" role="contentinfo"><div class="rc-Footer__columns">'
             % css("footer"))
    for head, links in FOOTER:
        o.append('<div class="rc-Footer__col"><p class="rc-Footer__head">%s</p><ul>%s</ul></div>'
                 % (head, "".join('<li><a href="#">%s</a></li>' % l for l in links)))
    o.append('</div><p class="rc-Footer__copy">&#169; 2025 Kaksha Learning Pvt. Ltd. All rights '
             'reserved.</p></footer>')
    o.append("</div></div>")
    state = {
        "ItemMetadata": {"id": meta["slug"].split("/")[0], "name": title, "typeName": "lecture",
                         "timeCommitment": int(dur * 1000), "courseSlug": course_slug},
        "Chapters": [{"title": c, "startMs": int(s * 1000)} for c, s in chap_times],
    }
    o.append("<script>window.__APOLLO_STATE__ = %s;</script>"
             % json.dumps(state, separators=(",", ":")))
    o.append('<script src="%s/allStyles.a94e1d.js"></script>' % files)
    o.append('<script src="%s/ondemand.v3.js"></script>' % files)
    o.append("</body></html>")
    return "\n".join(o) + "\n"


def main():
    data = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
