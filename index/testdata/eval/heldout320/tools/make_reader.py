#!/usr/bin/python3
"""Re-make docs/pune-porsche-case-juvenile-justice-act.html from its source text.

Run from anywhere: /usr/bin/python3 tools/make_reader.py [OUTPUT]
Standard library only; the same bytes on every run.

The file imitates what Firefox writes when an article is open in Reader View (about:reader) and
the reader uses File > Save Page As > "Web Page, complete": Firefox serialises the live
about:reader DOM, not the news site's page. So the saved file holds Firefox's own reader
template as its scripts left it - a content-type meta that the saver puts first in head, the
reader's CSP and viewport metas, stylesheets and module scripts pointed into the "_files"
folder saved beside the page (the set does not hold it), the two Fluent localization links;
body classes for the light theme, sans-serif font and "loaded"; the whole reader toolbar
(close button, the type-controls dropdown with its radio rows and Fluent-filled labels, the
Save to Pocket button and the Narrate dropdown) whose labels show as text once the page is
opened without Firefox's chrome stylesheets; then the container with the header Reader View
builds (the stripped host name as the domain link, the title, the byline as credits, the
estimated reading time with its Fluent id and args) and the moz-reader-content div holding
Readability's output: <div id="readability-page-1" class="page">, the article's paragraphs,
h2/h3 subheads, lists, a figure with figcaption (the image re-pointed into the _files folder,
with the moz-reader-block-img class Reader View adds), and the site's leftovers Readability
kept ("Story continues below this ad", an ALSO READ line, the WhatsApp-channel line, the
copyright line).
"""
import html
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pune-porsche-case-juvenile-justice-act.txt")
OUT = os.path.join(HERE, "..", "docs", "pune-porsche-case-juvenile-justice-act.html")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def smart(s):
    """Curly quotes and apostrophes, as the site's CMS prints them."""
    s = re.sub(r'(^|[\s(])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s):
    out = esc(smart(s))
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), out)
    out = re.sub(r"^\*\*\*(.+?)\*\*(.*)\*$", r"<em><strong>\1</strong>\2</em>", out)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\*(.+?)\*", r"<em>\1</em>", out)
    return out


def parse(path):
    meta, body = {}, []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            continue
        body.append(line)
    return meta, body


def plain(s):
    s = smart(s)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    return s.replace("*", "")


def content_html(meta, body):
    files = meta["files"]
    out, text = [], []
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("- "):
            items = []
            while i < len(body) and body[i].startswith("- "):
                items.append("<li>%s</li>" % inline(body[i][2:]))
                text.append(plain(body[i][2:]))
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
            text.append(smart(line[4:]))
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
            text.append(smart(line[3:]))
        elif line.startswith("FIG: "):
            name, alt, cap = [x.strip() for x in line[5:].split("|")]
            out.append('<figure><span><img src="%s/%s" alt="%s" width="1200" height="667" '
                       'loading="lazy" srcset="%s/%s 1200w" sizes="(max-width: 1200px) 100vw, '
                       '1200px" class="moz-reader-block-img" moz-reader-center="true"></span>'
                       '<figcaption>%s</figcaption></figure>'
                       % (files, name, attr(alt), files, name, inline(cap)))
            text.append(cap)
        elif line.startswith("AD:"):
            out.append('<div><p><span>Story continues below this ad</span></p></div>')
            text.append("Story continues below this ad")
        elif line.startswith("ALSO: "):
            title, url = [x.strip() for x in line[6:].split("|")]
            out.append('<p><strong>ALSO READ |</strong> <a href="%s">%s</a></p>' % (url, esc(title)))
            text.append("ALSO READ | " + title)
        else:
            out.append("<p>%s</p>" % inline(line))
            text.append(plain(line))
        i += 1
    return "\n".join(out), "\n".join(text)


def page(meta, body):
    files = meta["files"]
    article, text = content_html(meta, body)
    # Reader View's estimate: en reading speed 987 characters a minute, variance 118.
    length = len(text)
    fast = math.ceil(length / (987 + 118))
    slow = math.ceil(length / (987 - 118))
    rng = "%d\u2013%d" % (fast, slow) if fast != slow else "~%d" % fast
    args = attr(json.dumps({"range": rng, "rangePlural": "other"}, ensure_ascii=False,
                           separators=(",", ":")))
    host = re.match(r"https?://([^/]+)", meta["url"]).group(1)
    if host.startswith("www."):
        host = host[4:]
    title = esc(smart(meta["title"]))
    p = []
    p.append('<!DOCTYPE html>\n<html platform="linux" lang="en-US" dir="ltr"><head>\n'
             '<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n')
    # Reader View keeps the page's own tab title (docTitle) in <title>; the header shows the
    # article title Readability found.
    p.append('    <title id="reader-title">%s</title>\n' % esc(smart(meta["tabtitle"])))
    p.append('    <meta http-equiv="Content-Security-Policy" content="default-src chrome:; img-src data: *; '
             "media-src *; object-src 'none'\">\n")
    p.append('    <meta content="text/html; charset=UTF-8" http-equiv="content-type">\n')
    p.append('    <meta name="viewport" content="width=device-width; user-scalable=0">\n')
    p.append('    <link rel="stylesheet" href="%s/tokens-brand.css">\n' % files)
    p.append('    <link rel="stylesheet" href="%s/aboutReader.css" type="text/css">\n' % files)
    p.append('    <link rel="localization" href="toolkit/about/aboutReader.ftl">\n')
    p.append('    <link rel="localization" href="toolkit/branding/brandings.ftl">\n')
    p.append('  <link rel="stylesheet" href="%s/narrate.css"><link rel="shortcut icon" '
             'href="https://indianexpress.com/wp-content/themes/indianexpress/images/'
             'cropped-iefavicon-32x32.png"></head>\n\n' % files)
    p.append('  <body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">\n')
    p.append('    <div class="top-anchor"></div>\n\n')
    p.append('''    <div id="toolbar" class="toolbar-container">
      <div class="toolbar reader-toolbar">
        <div class="reader-controls" articledir="ltr">
          <button class="close-button toolbar-button" aria-labelledby="toolbar-close" data-telemetry-id="reader-close">
            <span class="hover-label" id="toolbar-close" data-l10n-id="about-reader-toolbar-close">Close Reader View</span>
          </button>
          <ul class="dropdown style-dropdown">
            <li>
              <button class="dropdown-toggle toolbar-button style-button" aria-labelledby="toolbar-type-controls" data-telemetry-id="reader-type-controls">
                <span class="hover-label" id="toolbar-type-controls" data-l10n-id="about-reader-toolbar-type-controls">Type controls</span>
              </button>
            </li>
            <li class="dropdown-popup">
              <div class="dropdown-arrow"></div>
              <div class="font-type-buttons radiorow"><input id="radio-itemsans-serif-button" type="radio" class="radio-button" name="font-type" data-telemetry-id="sans-serif-button" checked="true"><label for="radio-itemsans-serif-button" class="sans-serif-button" data-l10n-id="about-reader-font-type-sans-serif" checked="true">Sans-serif</label><input id="radio-itemserif-button" type="radio" class="radio-button" name="font-type" data-telemetry-id="serif-button"><label for="radio-itemserif-button" class="serif-button" data-l10n-id="about-reader-font-type-serif">Serif</label></div>
              <div class="font-size-buttons buttonrow">
                <button class="minus-button" data-l10n-id="about-reader-toolbar-minus" title="Decrease Font Size"></button>
                <span class="font-size-value">5</span>
                <button class="plus-button" data-l10n-id="about-reader-toolbar-plus" title="Increase Font Size"></button>
              </div>
              <div class="content-width-buttons buttonrow">
                <button class="content-width-minus-button" data-l10n-id="about-reader-toolbar-contentwidthminus" title="Decrease Content Width"></button>
                <span class="content-width-value">3</span>
                <button class="content-width-plus-button" data-l10n-id="about-reader-toolbar-contentwidthplus" title="Increase Content Width"></button>
              </div>
              <div class="line-height-buttons buttonrow">
                <button class="line-height-minus-button" data-l10n-id="about-reader-toolbar-lineheightminus" title="Decrease Line Height"></button>
                <span class="line-height-value">4</span>
                <button class="line-height-plus-button" data-l10n-id="about-reader-toolbar-lineheightplus" title="Increase Line Height"></button>
              </div>
              <div class="color-scheme-buttons radiorow"><input id="radio-itemlight-button" type="radio" class="radio-button" name="color-scheme" data-telemetry-id="light-button" checked="true"><label for="radio-itemlight-button" class="light-button" data-l10n-id="about-reader-color-scheme-light" title="Color Scheme Light" checked="true">Light</label><input id="radio-itemdark-button" type="radio" class="radio-button" name="color-scheme" data-telemetry-id="dark-button"><label for="radio-itemdark-button" class="dark-button" data-l10n-id="about-reader-color-scheme-dark" title="Color Scheme Dark">Dark</label><input id="radio-itemsepia-button" type="radio" class="radio-button" name="color-scheme" data-telemetry-id="sepia-button"><label for="radio-itemsepia-button" class="sepia-button" data-l10n-id="about-reader-color-scheme-sepia" title="Color Scheme Sepia">Sepia</label><input id="radio-itemauto-button" type="radio" class="radio-button" name="color-scheme" data-telemetry-id="auto-button"><label for="radio-itemauto-button" class="auto-button" data-l10n-id="about-reader-color-scheme-auto" title="Color Scheme Auto">Auto</label></div>
            </li>
          </ul>
        <button data-buttonid="pocket-button" data-telemetry-id="reader-pocket" class="toolbar-button pocket-button" aria-labelledby="label-pocket-button" style="background-image: url(&quot;chrome://global/skin/icons/pocket.svg&quot;); background-size: 20px 20px;"><span class="hover-label" id="label-pocket-button" data-l10n-id="about-reader-toolbar-savetopocket">Save to Pocket</span></button><ul class="dropdown narrate-dropdown"><li><button class="dropdown-toggle toolbar-button narrate-toggle" aria-labelledby="narrate-toggle-label" data-telemetry-id="reader-listen"><span class="hover-label" id="narrate-toggle-label" data-l10n-id="about-reader-toolbar-listen">Listen (N)</span></button></li><li class="dropdown-popup"><div class="narrate-row narrate-control"><button class="narrate-skip-previous" disabled="" title="Back"></button><button class="narrate-start-stop" title="Start (N)"></button><button class="narrate-skip-next" disabled="" title="Forward"></button></div><div class="narrate-row narrate-rate"><input class="narrate-rate-input" value="0" step="5" max="100" min="-100" type="range" title="Speed"></div><div class="narrate-row narrate-voices"><div class="voiceselect voice-select"><button class="select-toggle" aria-controls="voice-options">
      <span class="label">Voice:</span> <span class="current-voice">Default</span>
    </button>
    <div class="options" id="voice-options" role="listbox"></div></div></div><div class="dropdown-arrow"></div></li></ul></div>
      </div>
    </div>

''')
    p.append('    <div class="container" style="--line-height: 1.6em;" dir="ltr" lang="%s">\n' % meta["lang"])
    p.append('      <div class="header reader-header reader-show-element">\n')
    p.append('        <a class="domain reader-domain" href="%s">%s</a>\n' % (attr(meta["url"]), host))
    p.append('        <div class="domain-border"></div>\n')
    p.append('        <h1 class="reader-title">%s</h1>\n' % title)
    p.append('        <div class="credits reader-credits">%s</div>\n' % esc(meta["byline"]))
    p.append('        <div class="meta-data">\n')
    p.append('          <div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" '
             'data-l10n-args="%s" dir="ltr">%s minutes</div>\n' % (args, rng))
    p.append('        </div>\n      </div>\n\n      <hr>\n\n      <div class="content">\n')
    p.append('        <div class="moz-reader-content reader-show-element"><div id="readability-page-1" '
             'class="page"><div>\n')
    p.append(article)
    p.append('\n</div></div></div>\n      </div>\n\n      <div>\n'
             '        <div class="reader-message"></div>\n      </div>\n'
             '      <div aria-owns="toolbar"></div>\n    </div>\n  \n\n</body></html>')
    return "".join(p)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, body = parse(SRC)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, body))


if __name__ == "__main__":
    main()
