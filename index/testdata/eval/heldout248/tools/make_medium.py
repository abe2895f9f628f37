#!/usr/bin/python3
"""Re-make the Medium export in docs/ from its source text in tools/.

Run: /usr/bin/python3 tools/make_medium.py [OUTPUT]
Standard library only. The document is one story as Medium writes it into the archive that
Settings > Security and apps > "Download your information" mails to the writer: the file
posts/<date>_<Title-with-dashes>-<post id>.html, named the same way here. That file is not the
page a reader sees on medium.com: a bare <head> (charset meta, title, and Medium's fixed inline
<style> block, which hides the <header> title and the subtitle section with display:none), then
an <article class="h-entry"> holding a <header> with the title as <h1 class="p-name">, a
<section data-field="subtitle" class="p-summary">, the body as <section data-field="body"
class="e-content"> made of Medium sections (one per section break: a section-divider <hr>, then
section-content / section-inner sectionLayout--insetColumn divs), and a <footer> with the byline,
the canonical link and the "Exported from Medium on ..." line. Inside the body every block is a
"graf" with a four-hex name and id and classes saying what it is and what came before it
(graf--h3 graf--leading graf--title for the title again, graf--h4 ... graf--subtitle for the
subtitle again, graf--h3 / graf--h4 for big and small headings, graf--p, graf--li inside
ul/ol class="postList", graf--figure with a graf-image and an imageCaption figcaption,
graf--blockquote, graf--pullquote, graf--pre graf--preV2 with <br> line breaks, graf-after--X,
graf--trailing); inline markup carries Medium's markup--strong / markup--em / markup--anchor
classes. The whole body is written on one line, as the exporter does.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "2025-10-14_Why-Your-Home-Loan-EMI-Ignores-the-RBI--for-a-While--8c1d4e2f9a37"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")

STYLE = """<style>
      * {
        font-family: Georgia, Cambria, "Times New Roman", Times, serif;
      }
      html, body {
        margin: 0;
        padding: 0;
      }
      h1 {
        font-size: 50px;
        margin-bottom: 17px;
        color: #333;
      }
      h2 {
        font-size: 24px;
        line-height: 1.6;
        margin: 30px 0 0 0;
        margin-bottom: 18px;
        margin-top: 33px;
        color: #333;
      }
      h3 {
        font-size: 30px;
        margin: 10px 0 20px 0;
        color: #333;
      }
      header {
        width: 640px;
        margin: auto;
      }
      section {
        width: 640px;
        margin: auto;
      }
      section p {
        margin-bottom: 27px;
        font-size: 20px;
        line-height: 1.6;
        color: #333;
      }
      section img {
        max-width: 640px;
      }
      footer {
        padding: 0 20px;
        margin: 50px 0;
        text-align: center;
        font-size: 12px;
      }
      .aspectRatioPlaceholder {
        max-width: auto !important;
        max-height: auto !important;
      }
      .aspectRatioPlaceholder-fill {
        padding-bottom: 0 !important;
      }
      header,
      section[data-field=subtitle],
      section[data-field=description] {
        display: none;
      }
      </style>"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text, kind):
    """**bold**, *italic* and [label](url) with Medium's markup classes for a graf of `kind`."""
    links = []

    def keep_link(m):
        url = m.group(2)
        links.append('<a href="%s" data-href="%s" class="markup--anchor markup--%s-anchor"'
                     ' rel="noopener" target="_blank">%s</a>'
                     % (url, url, kind, inline(m.group(1), kind)))
        return "\x00%d\x00" % (len(links) - 1)

    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", keep_link, text)
    text = esc(text)
    text = re.sub(r"\*\*([^*]+)\*\*",
                  r'<strong class="markup--strong markup--%s-strong">\1</strong>' % kind, text)
    text = re.sub(r"\*([^*]+)\*", r'<em class="markup--em markup--%s-em">\1</em>' % kind, text)
    return re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], text)


def parse():
    meta, sections = {}, [[]]
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line == "---":
                sections.append([])
                continue
            key, _, rest = line.partition(": ")
            if key in ("TITLE", "SUBTITLE", "AUTHOR", "HANDLE", "PUBLISHED", "EXPORTED", "POSTID"):
                meta[key] = rest
            elif key in ("H3", "H4", "P", "UL", "OL", "QUOTE", "PULL", "PRE", "FIG"):
                sections[-1].append((key, rest))
            else:
                raise ValueError("unknown line: %r" % line)
    return meta, sections


def gname(seed):
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:4]


TYPE = {"H3": "h3", "H4": "h4", "P": "p", "UL": "li", "OL": "li", "QUOTE": "blockquote",
        "PULL": "pullquote", "PRE": "pre", "FIG": "figure"}


def grafs(items, first_section, meta):
    """Group PRE lines and list items, then write each graf."""
    blocks = []
    if first_section:
        blocks.append(("TITLE", meta["TITLE"]))
        blocks.append(("SUBTITLE", meta["SUBTITLE"]))
    for key, text in items:
        if key == "PRE" and blocks and blocks[-1][0] == "PRE":
            blocks[-1] = ("PRE", blocks[-1][1] + [text])
        elif key == "PRE":
            blocks.append(("PRE", [text]))
        else:
            blocks.append((key, text))
    out, prev, open_list = [], None, None
    for i, (key, text) in enumerate(blocks):
        kind = {"TITLE": "h3", "SUBTITLE": "h4"}.get(key, TYPE.get(key))
        seed = "%s|%d|%s" % (key, i, text if isinstance(text, str) else "\n".join(text))
        name = gname(seed)
        classes = ["graf", "graf--%s" % kind]
        if prev:
            classes.append("graf-after--%s" % prev)
        if i == 0:
            classes.insert(2, "graf--leading")
        if key == "TITLE":
            classes.append("graf--title")
        if key == "SUBTITLE":
            classes.append("graf--subtitle")
        if key == "PRE":
            classes.append("graf--preV2")
        if i == len(blocks) - 1:
            classes.append("graf--trailing")
        cls = " ".join(classes)
        list_tag = {"UL": "ul", "OL": "ol"}.get(key)
        if open_list and open_list != list_tag:
            out.append("</%s>" % open_list)
            open_list = None
        if list_tag and not open_list:
            out.append('<%s class="postList">' % list_tag)
            open_list = list_tag
        if key in ("TITLE", "SUBTITLE", "H3", "H4"):
            tag = "h3" if key in ("TITLE", "H3") else "h4"
            out.append('<%s name="%s" id="%s" class="%s">%s</%s>'
                       % (tag, name, name, cls, inline(text, tag), tag))
        elif key == "P":
            out.append('<p name="%s" id="%s" class="%s">%s</p>' % (name, name, cls, inline(text, "p")))
        elif key in ("UL", "OL"):
            out.append('<li name="%s" id="%s" class="%s">%s</li>'
                       % (name, name, cls, inline(text, "li")))
        elif key == "QUOTE":
            out.append('<blockquote name="%s" id="%s" class="%s">%s</blockquote>'
                       % (name, name, cls, inline(text, "blockquote")))
        elif key == "PULL":
            out.append('<blockquote name="%s" id="%s" class="%s">%s</blockquote>'
                       % (name, name, cls, inline(text, "pullquote")))
        elif key == "PRE":
            out.append('<pre name="%s" id="%s" class="%s"><span class="pre--content">%s</span></pre>'
                       % (name, name, cls, "<br>".join(esc(t) for t in text)))
        elif key == "FIG":
            image, width, height, caption = text.split("|", 3)
            featured = ' data-is-featured="true"' if first_section else ""
            out.append('<figure name="%s" id="%s" class="%s"><img class="graf-image"'
                       ' data-image-id="%s" data-width="%s" data-height="%s"%s'
                       ' src="https://cdn-images-1.medium.com/max/800/%s"><figcaption'
                       ' class="imageCaption">%s</figcaption></figure>'
                       % (name, name, cls, image, width, height, featured, image,
                          inline(caption, "figure")))
        prev = kind
    if open_list:
        out.append("</%s>" % open_list)
    return "".join(out)


def long_date(iso):
    y, m, d = iso[:10].split("-")
    return "%s %d, %s" % (MONTHS[int(m) - 1], int(d), y)


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def build():
    meta, sections = parse()
    body = []
    for i, items in enumerate(sections):
        cls = ["section", "section--body"]
        if i == 0:
            cls.append("section--first")
        if i == len(sections) - 1:
            cls.append("section--last")
        name = gname("section|%d" % i)
        body.append('<section name="%s" class="%s"><div class="section-divider"><hr'
                    ' class="section-divider"></div><div class="section-content"><div'
                    ' class="section-inner sectionLayout--insetColumn">%s</div></div></section>'
                    % (name, " ".join(cls), grafs(items, i == 0, meta)))
    author_url = "https://medium.com/@%s" % meta["HANDLE"]
    footer = ('<footer><p>By <a href="%s" class="p-author h-card">%s</a> on <a'
              ' href="https://medium.com/p/%s"><time class="dt-published" datetime="%s">%s</time>'
              '</a>.</p><p><a href="%s/%s-%s" class="p-canonical">Canonical link</a></p><p>Exported'
              ' from <a href="https://medium.com">Medium</a> on %s.</p></footer>'
              % (author_url, esc(meta["AUTHOR"]), meta["POSTID"], meta["PUBLISHED"],
                 long_date(meta["PUBLISHED"]), author_url, slug(meta["TITLE"]), meta["POSTID"],
                 meta["EXPORTED"]))
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;'
            ' charset=utf-8"><title>%s</title>%s</head><body><article class="h-entry">\n'
            '<header>\n<h1 class="p-name">%s</h1>\n</header>\n'
            '<section data-field="subtitle" class="p-summary">\n%s\n</section>\n'
            '<section data-field="body" class="e-content">\n%s\n</section>\n'
            '%s</article></body></html>'
            % (esc(meta["TITLE"]), STYLE, esc(meta["TITLE"]), esc(meta["SUBTITLE"]),
               "".join(body), footer))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
