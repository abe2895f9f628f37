#!/usr/bin/python3
"""Re-make docs/cyclone-names-bitesize-lesson.html from tools/cyclone-names-bitesize-lesson.txt.

The document is a BBC Bitesize-style revision lesson as a browser writes it with "Save Page As >
Webpage, Complete": a "saved from url" comment, head with meta tags, a stylesheet and scripts
pointing into the "_files" folder the browser saves next to the page (not part of this set),
an inline JSON-LD block and the page's hydration state as a script; the cookie banner, the BBC
masthead (skip link, service links, search, Sign in), the Bitesize sub-navigation and the
breadcrumb; then the lesson: "Part of" line, h1, "Lesson 4 of 6", Save button, lead paragraph,
a tab list of the five steps (all panels are in the markup; steps 2-5 carry "hidden"), each
step with its h2, paragraphs, bullet lists, figures (image with alt text, an "Image source"
credit and a figcaption that opens with the visually hidden words "Image caption,"), a "Key
points" box and call-outs; the "Test yourself" quiz widget, whose right answers sit in the
markup as data-correct attributes and hidden feedback blocks; previous/next lesson links,
related links; a glossary sidebar (dl); and the BBC footer.  Class names are emotion-style
hashes ("ssrcss-<hash>-<Component> e<n>"), computed from the component name so that the
output is stable.

Run from anywhere: /usr/bin/python3 tools/make_html.py (byte-for-byte reproducible).
"""
import hashlib
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cyclone-names-bitesize-lesson.txt")
OUT = os.path.join(HERE, "..", "docs", "cyclone-names-bitesize-lesson.html")


def cls(component, extra=""):
    h = hashlib.md5(component.encode()).hexdigest()
    n = int(h[:2], 16) % 9
    a = "ssrcss-%s-%s e%s%d" % (h[2:9], component, h[9:14], n)
    return a + (" " + extra if extra else "")


def esc(s):
    return html.escape(s, quote=False)


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", r'<abbr title="\2">\1</abbr>', s)
    return s


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def parse():
    meta, steps, quiz, gloss, related = {}, [], [], [], []
    cur = None
    block = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    para = []

    def flush_para():
        if para and cur is not None:
            cur["items"].append(("p", " ".join(para)))
        para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("%"):
            continue
        if block is not None:
            if line == "@end":
                if block[0] == "keypoints":
                    cur["items"].append(("keypoints", block[1]))
                elif block[0] == "table":
                    cur["items"].append(("table", block[1], block[2]))
                block = None
            elif block[0] == "keypoints":
                block[1].append(line[2:])
            elif block[0] == "table":
                block[2].append(line.split(" | "))
            elif block[0] == "quiz":
                if line.startswith("Q: "):
                    quiz.append({"q": line[3:], "options": [], "a": ""})
                elif line.startswith("* "):
                    quiz[-1]["options"].append((line[2:], True))
                elif line.startswith("- "):
                    quiz[-1]["options"].append((line[2:], False))
                elif line.startswith("A: "):
                    quiz[-1]["a"] = line[3:]
            continue
        if line == "@quiz":
            flush_para()
            block = ("quiz",)
            continue
        if line.startswith("@") and not line.startswith("@step") and cur is None and " " in line \
                and line.split(" ", 1)[0][1:] in ("title", "url", "article", "part", "topic", "unit",
                                                  "lesson", "prev", "next", "updated", "lead"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        if line.startswith("@step "):
            flush_para()
            n, label, head = [x.strip() for x in line[6:].split("|")]
            cur = {"n": int(n), "label": label, "head": head, "items": []}
            steps.append(cur)
            continue
        if line == "@keypoints":
            flush_para()
            block = ("keypoints", [])
            continue
        if line.startswith("@table "):
            flush_para()
            block = ("table", line[7:], [])
            continue
        if line.startswith("@fig "):
            flush_para()
            fid, size, alt, cap = [x.strip() for x in line[5:].split("|")]
            w, h = [int(x) for x in size.split("x")]
            cur["items"].append(("fig", fid, w, h, alt, cap))
            continue
        if line.startswith("@note "):
            flush_para()
            t, text = [x.strip() for x in line[6:].split("|", 1)]
            cur["items"].append(("note", t, text))
            continue
        if line.startswith("@gloss "):
            flush_para()
            t, d = [x.strip() for x in line[7:].split("|", 1)]
            gloss.append((t, d))
            continue
        if line.startswith("@related "):
            t, u = [x.strip() for x in line[9:].split("|", 1)]
            related.append((t, u))
            continue
        if line.startswith("- "):
            flush_para()
            if cur["items"] and cur["items"][-1][0] == "ul":
                cur["items"][-1][1].append(line[2:])
            else:
                cur["items"].append(("ul", [line[2:]]))
            continue
        if not line.strip():
            flush_para()
            continue
        para.append(line.strip())
    flush_para()
    return meta, steps, quiz, gloss, related


def files_dir(meta):
    return "./" + meta["title"].replace("?", "_") + " - BBC Bitesize_files"


def head(meta, steps, quiz):
    fd = files_dir(meta)
    ld = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": meta["title"],
        "url": meta["url"],
        "educationalLevel": "GCSE",
        "learningResourceType": "Lesson",
        "isPartOf": {"@type": "Course", "name": meta["part"] + ": " + meta["topic"]},
        "publisher": {"@type": "Organization", "name": "BBC Bitesize"},
        "dateModified": "2025-11-03T09:12:00+00:00",
    }
    state = {
        "page": {"id": meta["article"], "type": "article", "lesson": meta["lesson"],
                 "steps": [{"n": s["n"], "id": "step-%d" % s["n"], "label": s["label"]}
                           for s in steps]},
        "quiz": {"id": "quiz-" + meta["article"],
                 "questions": [{"id": "q%d" % (k + 1),
                                "answer": [o[1] for o in q["options"]].index(True)}
                               for k, q in enumerate(quiz)]},
        "toggles": {"mybitesize": True, "cookiePrompt": True, "glossaryRail": True},
    }
    out = []
    out.append('<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n' % (len(meta["url"]), meta["url"]))
    out.append('<html lang="en-GB" class="b-pw-1280 b-reith-sans-font b-reith-sans-loaded">'
               '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    out.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    out.append('<title>%s - BBC Bitesize</title>\n' % esc(meta["title"]))
    out.append('<meta name="description" content="%s">\n' % html.escape(meta["lead"][:155]))
    out.append('<meta property="og:title" content="%s - BBC Bitesize">\n' % html.escape(meta["title"]))
    out.append('<meta property="og:type" content="article">\n')
    out.append('<meta property="og:url" content="%s">\n' % meta["url"])
    out.append('<meta property="og:image" content="https://ichef.bbci.co.uk/images/ic/1200x675/p0k7x2cy.jpg">\n')
    out.append('<meta name="twitter:card" content="summary_large_image">\n')
    out.append('<meta name="robots" content="max-image-preview:large">\n')
    out.append('<link rel="canonical" href="%s">\n' % meta["url"])
    out.append('<link rel="apple-touch-icon" href="%s/apple-touch-icon.png">\n' % fd)
    out.append('<link rel="stylesheet" href="%s/orbit.min.css">\n' % fd)
    out.append('<link rel="stylesheet" href="%s/bitesize-article.6f2c1e.css">\n' % fd)
    out.append('<style data-emotion="ssrcss" data-s="">'
               '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}'
               '[hidden]{display:none!important}'
               '.%s{display:flex;gap:4px;border-bottom:2px solid #1d1d1d}'
               '.%s{background:#ffd230;padding:16px 20px;margin:24px 0}'
               '.%s{background:#f6f6f6;border-left:4px solid #1d1d1d;padding:12px 16px}'
               '</style>\n' % (cls("TabList").split()[0], cls("KeyPoints").split()[0],
                               cls("Callout").split()[0]))
    out.append('<script type="application/ld+json">%s</script>\n' % json.dumps(ld, sort_keys=True))
    out.append('<script>window.__INITIAL_DATA__=%s;</script>\n'
               % json.dumps(json.dumps(state, sort_keys=True, separators=(",", ":"))))
    out.append('<script async="" src="%s/orbit.min.js"></script>\n' % fd)
    out.append('<script async="" src="%s/bitesize-article.9a41d0.js"></script>\n' % fd)
    out.append('</head>\n')
    return "".join(out)


def chrome_top(meta):
    o = []
    o.append('<body class="b-pw-1280"><div id="orb-modules">\n')
    o.append('<div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie banner">'
             '<div class="bbccookies-prompt"><h2 id="bbccookies-title">Let us know you agree to cookies</h2>'
             '<p>We use <a href="https://www.bbc.co.uk/usingthebbc/cookies/what-do-i-need-to-know-about-cookies/">cookies</a> to give you the best online experience. '
             'Please let us know if you agree to all of these cookies.</p>'
             '<ul class="bbccookies-buttons"><li><button id="bbccookies-continue-button">Yes, I agree</button></li>'
             '<li><a href="https://www.bbc.co.uk/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/" id="bbccookies-settings">No, take me to settings</a></li></ul>'
             '</div></div>\n')
    o.append('<header role="banner" class="orbit-header-container">'
             '<a href="#main-content" id="skip-to-content-link">Skip to content</a>'
             '<div class="orbit-header-grid"><a href="https://www.bbc.co.uk/" class="orbit-logo">'
             '<svg viewBox="0 0 84 24" focusable="false" aria-hidden="true"><use href="#orbit-bbc-logo"></use></svg>'
             '<span class="visually-hidden">BBC Homepage</span></a>'
             '<nav class="orbit-header-links" aria-label="BBC"><ul>'
             + "".join('<li><a href="https://www.bbc.co.uk/%s">%s</a></li>' % (u, t) for t, u in [
                 ("Home", ""), ("News", "news"), ("Sport", "sport"), ("Weather", "weather"),
                 ("iPlayer", "iplayer"), ("Sounds", "sounds"), ("Bitesize", "bitesize"),
                 ("CBeebies", "cbeebies"), ("CBBC", "cbbc"), ("Food", "food")])
             + '<li><button aria-expanded="false">More</button></li></ul></nav>'
             '<form class="orbit-search" action="https://search.bbc.co.uk/search" method="get">'
             '<label for="orb-search-q" class="visually-hidden">Search BBC</label>'
             '<input type="text" id="orb-search-q" name="q" placeholder="Search BBC">'
             '<button type="submit"><span class="visually-hidden">Search</span></button></form>'
             '<a href="https://account.bbc.com/signin" class="orbit-signin">Sign in</a></div></header>\n')
    o.append('<nav class="%s" aria-label="Bitesize"><a href="https://www.bbc.co.uk/bitesize" class="%s">'
             '<span class="visually-hidden">BBC </span>Bitesize</a><ul>' % (cls("BitesizeNav"), cls("BrandLink"))
             + "".join('<li><a href="https://www.bbc.co.uk/bitesize/%s">%s</a></li>' % (u, t) for t, u in [
                 ("Primary", "primary"), ("Secondary", "secondary"), ("Post-16", "post-16"),
                 ("Careers", "careers"), ("Support", "support"), ("Teachers", "teachers"),
                 ("Parents", "parents")])
             + '<li><a href="https://www.bbc.co.uk/bitesize/my-bitesize">My Bitesize</a></li></ul></nav>\n')
    crumbs = [("Home", "https://www.bbc.co.uk/bitesize"),
              ("Secondary", "https://www.bbc.co.uk/bitesize/secondary"),
              ("GCSE", "https://www.bbc.co.uk/bitesize/levels/z98jmp3"),
              (meta["part"], "https://www.bbc.co.uk/bitesize/subjects/zkw76sg"),
              (meta["topic"], "https://www.bbc.co.uk/bitesize/topics/zc3g87h")]
    o.append('<nav aria-label="Breadcrumb" class="%s"><ol>' % cls("Breadcrumbs")
             + "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in crumbs)
             + '</ol></nav>\n')
    return "".join(o)


def render_item(it, meta):
    fd = files_dir(meta)
    kind = it[0]
    if kind == "p":
        return '<p class="%s">%s</p>\n' % (cls("Paragraph"), inline(it[1]))
    if kind == "ul":
        return ('<ul class="%s">' % cls("BulletList")
                + "".join('<li class="%s">%s</li>' % (cls("ListItem"), inline(x)) for x in it[1])
                + '</ul>\n')
    if kind == "keypoints":
        return ('<div class="%s" role="note" aria-labelledby="kp-%s"><h3 id="kp-%s" class="%s">Key points</h3>'
                '<ul>%s</ul></div>\n' % (cls("KeyPoints"), "%s", "%s", cls("KeyPointsHeading"),
                                         "".join('<li class="%s">%s</li>' % (cls("ListItem"), inline(x))
                                                 for x in it[1])))
    if kind == "fig":
        _, fid, w, h, alt, cap = it
        return ('<figure class="%s"><div class="%s"><img src="%s/%s.jpg" alt="%s" width="%d" height="%d" '
                'loading="lazy" class="%s"><p class="%s"><span class="visually-hidden">Image source, </span>'
                'Getty Images</p></div><figcaption class="%s"><span class="visually-hidden">Image caption, </span>'
                '%s</figcaption></figure>\n'
                % (cls("Figure"), cls("ImageWrapper"), fd, fid, html.escape(alt), w, h, cls("Image"),
                   cls("Copyright"), cls("Caption"), inline(cap)))
    if kind == "note":
        return ('<aside class="%s"><h3 class="%s">%s</h3><p>%s</p></aside>\n'
                % (cls("Callout"), cls("CalloutHeading"), esc(it[1]), inline(it[2])))
    if kind == "table":
        _, cap, rows = it
        o = ['<div class="%s"><table class="%s"><caption>%s</caption><thead><tr>'
             % (cls("TableWrapper"), cls("Table"), esc(cap))]
        o.append("".join('<th scope="col">%s</th>' % esc(c) for c in rows[0]))
        o.append('</tr></thead><tbody>')
        for r in rows[1:]:
            o.append('<tr><th scope="row">%s</th>%s</tr>'
                     % (esc(r[0]), "".join("<td>%s</td>" % esc(c) for c in r[1:])))
        o.append('</tbody></table></div>\n')
        return "".join(o)
    raise ValueError(kind)


def lesson(meta, steps, quiz, gloss, related):
    o = []
    o.append('<div class="%s">\n<main id="main-content" class="%s" tabindex="-1">\n'
             % (cls("PageLayout"), cls("Main")))
    o.append('<div class="%s"><p class="%s">Part of <a href="https://www.bbc.co.uk/bitesize/subjects/zkw76sg">%s</a>'
             '<span aria-hidden="true"> | </span><a href="https://www.bbc.co.uk/bitesize/topics/zc3g87h">%s</a></p>'
             '<p class="%s">Unit: %s</p>'
             '<h1 class="%s" id="main-heading">%s</h1>'
             '<p class="%s">Lesson %s</p>'
             '<button class="%s" aria-pressed="false"><svg aria-hidden="true" focusable="false"><use href="#bookmark"></use></svg>'
             'Save to My Bitesize</button>'
             '<p class="%s">Last updated %s</p></div>\n'
             % (cls("ArticleHeader"), cls("PartOf"), esc(meta["part"]), esc(meta["topic"]),
                cls("UnitLabel"), esc(meta["unit"]), cls("Heading"), esc(meta["title"]),
                cls("LessonCount"), esc(meta["lesson"]), cls("SaveButton"), cls("Updated"),
                esc(meta["updated"])))
    o.append('<p class="%s">%s</p>\n' % (cls("Lead"), inline(meta["lead"])))
    o.append('<div class="%s" role="tablist" aria-label="Lesson steps">' % cls("TabList"))
    for s in steps:
        sel = s["n"] == 1
        o.append('<button role="tab" id="tab-%d" class="%s" aria-controls="step-%d" aria-selected="%s" tabindex="%s">'
                 '<span class="%s">%d</span>%s</button>'
                 % (s["n"], cls("TabButton", "is-active" if sel else ""), s["n"],
                    "true" if sel else "false", "0" if sel else "-1", cls("TabNumber"), s["n"],
                    esc(s["label"])))
    o.append('</div>\n')
    kp = 0
    for s in steps:
        o.append('<section role="tabpanel" id="step-%d" aria-labelledby="tab-%d" class="%s"%s>\n'
                 % (s["n"], s["n"], cls("TabPanel"), "" if s["n"] == 1 else " hidden"))
        o.append('<h2 class="%s" id="%s">%s</h2>\n' % (cls("StepHeading"), slug(s["head"]), esc(s["head"])))
        for it in s["items"]:
            r = render_item(it, meta)
            if it[0] == "keypoints":
                kp += 1
                r = r.replace('"kp-%s"', '"kp-%d"' % kp)
            o.append(r)
        nav = []
        if s["n"] > 1:
            nav.append('<button class="%s" data-goto="step-%d">Previous: %s</button>'
                       % (cls("StepNavPrev"), s["n"] - 1, esc(steps[s["n"] - 2]["label"])))
        if s["n"] < len(steps):
            nav.append('<button class="%s" data-goto="step-%d">Next: %s</button>'
                       % (cls("StepNavNext"), s["n"] + 1, esc(steps[s["n"]]["label"])))
        else:
            nav.append('<button class="%s" data-goto="quiz">Next: Test yourself</button>' % cls("StepNavNext"))
        o.append('<div class="%s">%s</div>\n</section>\n' % (cls("StepNav"), "".join(nav)))
    # quiz
    o.append('<section id="quiz" class="%s" data-quiz-id="quiz-%s" aria-labelledby="quiz-heading">\n'
             '<h2 id="quiz-heading" class="%s">Test yourself</h2>\n'
             '<p class="%s">Answer all five questions, then select Check answers.</p>\n'
             % (cls("Quiz"), meta["article"], cls("StepHeading"), cls("QuizIntro")))
    for k, q in enumerate(quiz, 1):
        o.append('<fieldset class="%s" data-question="q%d"><legend class="%s"><span class="%s">Question %d of %d</span>%s</legend><ul>'
                 % (cls("QuizQuestion"), k, cls("QuizLegend"), cls("QuizCount"), k, len(quiz), esc(q["q"])))
        for j, (opt, right) in enumerate(q["options"]):
            o.append('<li><label class="%s"><input type="radio" name="q%d" value="%s" data-correct="%s">%s</label></li>'
                     % (cls("QuizOption"), k, "abc"[j], "true" if right else "false", esc(opt)))
        o.append('</ul><div class="%s" data-for="q%d" hidden><p><strong>Correct answer: </strong>%s</p><p>%s</p></div></fieldset>\n'
                 % (cls("QuizFeedback"), k, esc([x for x, r in q["options"] if r][0]), esc(q["a"])))
    o.append('<button class="%s" type="button">Check answers</button>'
             '<p class="%s" aria-live="polite" hidden>You scored <span data-score="">0</span> out of %d.</p>\n</section>\n'
             % (cls("QuizSubmit"), cls("QuizScore"), len(quiz)))
    o.append('<nav class="%s" aria-label="Lessons"><a href="%s" class="%s"><span>Previous lesson</span>%s</a>'
             '<a href="%s" class="%s"><span>Next lesson</span>%s</a></nav>\n'
             % (cls("LessonNav"), related[0][1], cls("LessonNavPrev"), esc(meta["prev"]),
                related[1][1], cls("LessonNavNext"), esc(meta["next"])))
    o.append('<section class="%s" aria-labelledby="more-heading"><h2 id="more-heading" class="%s">More on %s</h2>'
             '<p class="%s">Find out more by working through a topic</p><ul>'
             % (cls("Related"), cls("RelatedHeading"), esc(meta["unit"]), cls("RelatedSub")))
    for t, u in related:
        o.append('<li><a href="%s" class="%s">%s</a></li>' % (u, cls("RelatedLink"), esc(t)))
    o.append('</ul></section>\n</main>\n')
    o.append('<aside class="%s" aria-labelledby="glossary-heading"><h2 id="glossary-heading" class="%s">Glossary</h2>'
             '<p class="%s">Key words from this lesson</p><dl>\n'
             % (cls("GlossaryRail"), cls("GlossaryHeading"), cls("GlossarySub")))
    for t, d in gloss:
        o.append('<div class="%s"><dt>%s</dt><dd>%s</dd></div>\n' % (cls("GlossaryEntry"), esc(t), inline(d)))
    o.append('</dl></aside>\n</div>\n')
    return "".join(o)


def footer(meta):
    fd = files_dir(meta)
    links = [("Terms of Use", "https://www.bbc.co.uk/usingthebbc/terms"),
             ("About the BBC", "https://www.bbc.co.uk/aboutthebbc"),
             ("Privacy Policy", "https://www.bbc.co.uk/usingthebbc/privacy/"),
             ("Cookies", "https://www.bbc.co.uk/usingthebbc/cookies/"),
             ("Accessibility Help", "https://www.bbc.co.uk/accessibility/"),
             ("Parental Guidance", "https://www.bbc.co.uk/guidance"),
             ("Contact the BBC", "https://www.bbc.co.uk/contact"),
             ("Get Personalised Newsletters", "https://www.bbc.co.uk/newsletters"),
             ("Do not share or sell my info", "https://www.bbc.co.uk/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/")]
    o = ['<footer class="orbit-footer" role="contentinfo"><div class="orbit-footer-grid">'
         '<a href="https://www.bbc.co.uk/" class="orbit-logo"><span class="visually-hidden">BBC Homepage</span></a>'
         '<ul class="orbit-footer-links">']
    o.append("".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in links))
    o.append('</ul><p class="orbit-footer-text"><small>Copyright © 2025 BBC. The BBC is not responsible for the content of external sites. '
             '<a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></small></p>'
             '</div></footer>\n')
    o.append('</div>\n<script src="%s/require.min.js"></script>\n'
             '<script>require(["bitesize/quiz","bitesize/tabs"],function(q,t){t.init("[role=tablist]");q.init("#quiz")});</script>\n'
             '<noscript><img src="https://ati-host.net/hit.xiti?s=598253&amp;p=bitesize.articles.%s" height="1" width="1" alt=""></noscript>\n'
             '</body></html>' % (fd, meta["article"]))
    return "".join(o)


def main():
    meta, steps, quiz, gloss, related = parse()
    page = head(meta, steps, quiz) + chrome_top(meta) + lesson(meta, steps, quiz, gloss, related) + footer(meta)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
