#!/usr/bin/python3
"""Re-make docs/indiaai-mission-sphinx-notes.html byte for byte from its source text.

The source (tools/indiaai-mission-sphinx-notes.txt) is the page's content with light marks:
  = / == / ===  title, section, subsection      !note / !warning / !tip  admonition
  - item        bullet list                     : Term :: text   definition list
  | a | b |     table row (after "#table Caption"); the first row is the header
  ; Term :: text  glossary entry                 [KEY] text       citation
inline: **strong**, ``literal``, [[Term]] (glossary term reference), [KEY]_ (citation
reference), {doc:Title|page} and {ref:Title|anchor} (internal links).

The page is rendered the way Sphinx 8.1 (docutils 0.21.2, smartquotes on) and
sphinx_rtd_theme 3.0.2 build it on Read the Docs, then serialised the way Chrome's
"Save page as... > Webpage, Complete" writes the live DOM: a "saved from url" comment, its own
Content-Type meta in place of the charset meta, resources pointed into the "..._files" folder,
every other link made absolute, void elements without their slash, entities written out as
characters, theme.js's toctree-expand buttons and the flyout that the theme injects from the
Read the Docs addons data at the end of the body.
Deterministic: no clock, no randomness.
Usage: make_sphinx.py [OUT]   (default: docs/indiaai-mission-sphinx-notes.html)
"""
import html
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "indiaai-mission-sphinx-notes.txt")
OUT = os.path.join(ROOT, "docs", "indiaai-mission-sphinx-notes.html")

PROJECT = "Sankalp UPSC Notes"
VERSION = "2025.11"
SLUG = "sankalp-upsc-notes"
HOST = "https://%s.readthedocs.io" % SLUG
PAGE = "gs3/ai-governance/indiaai-mission"
URL = "%s/en/latest/%s.html" % (HOST, PAGE)
GITHUB = "https://github.com/sankalp-study-circle/upsc-notes/blob/main/docs/%s.rst" % PAGE
LAST_UPDATED = "16 Nov 2025"

# sphinx_rtd_theme 3.x asks the Read the Docs addons for their data and draws its own flyout
ADDONS_SCRIPT = """    <meta name="readthedocs-addons-api-version" content="1">
    <script type="text/javascript">
        function onReadTheDocsAddonsData(event) {
            const config = event.detail.data();
            if (!config.versions || !config.versions.active) {
                return;
            }
            const versions = config.versions.active.map((version) => `
              <dd ${version.slug === config.versions.current.slug ? 'class="rtd-current-item"' : ''}>
                <a href="${version.urls.documentation}">${version.slug}</a>
              </dd>`).join("\\n");
            document.querySelector(".rst-versions")?.remove();
            document.body.insertAdjacentHTML("beforeend", renderFlyout(config, versions));
        }
        document.addEventListener("readthedocs-addons-data-ready", onReadTheDocsAddonsData);
    </script>
"""


def absurl(href):
    if href == "#":
        return URL + "#"
    return urllib.parse.urljoin(URL, href)


def esc(s):
    """Chrome's serialisation of a text node: &, <, > and no-break space escaped."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\xa0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\xa0", "&nbsp;")


def smartquotes(s):
    """docutils' smartquotes for English, enough for this text."""
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([{\u2013\u2014") else "\u201d")
        elif ch == "'":
            out.append("\u2018" if (prev.isspace() or prev in "([{") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def make_id(text):
    """docutils.nodes.make_id: lower case, non-alphanumerics to hyphens, must start with a letter."""
    t = text.lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    t = re.sub(r"^[^a-z]+", "", t)
    return t


def term_id(term):
    return "term-" + re.sub(r"\s+", "-", term.strip())


GLOSSARY = {}
CITE_IDS = []
ID_COUNTER = [0]


def next_id():
    ID_COUNTER[0] += 1
    return "id%d" % ID_COUNTER[0]


def inline(text):
    """Render inline marks. Text is smart-quoted outside literals."""
    out = []
    pos = 0
    pat = re.compile(r"``(.+?)``|\*\*(.+?)\*\*|\[\[(.+?)\]\](s?)|\[([A-Z0-9-]+[a-z]?)\]_|\{(doc|ref):(.+?)\|(.+?)\}")
    for m in pat.finditer(text):
        out.append(esc(smartquotes(text[pos:m.start()])))
        if m.group(1):
            out.append('<code class="docutils literal notranslate"><span class="pre">%s</span></code>' % esc(m.group(1)))
        elif m.group(2):
            out.append("<strong>%s</strong>" % esc(smartquotes(m.group(2))))
        elif m.group(3):
            term = m.group(3)
            key = GLOSSARY_KEYS.get(term.lower(), term)
            shown = term + m.group(4)
            out.append('<a class="reference internal" href="%s"><span class="xref std std-term">%s</span></a>'
                       % (attr(absurl("#" + term_id(key))), esc(shown)))
        elif m.group(5):
            key = m.group(5)
            rid = next_id()
            CITE_IDS.append((key, rid))
            out.append('<a class="reference internal" href="%s" id="%s"><span>[%s]</span></a>'
                       % (attr(absurl("#" + make_id(key))), rid, esc(key)))
        else:
            kind, title, target = m.group(6), m.group(7), m.group(8)
            if kind == "doc":
                out.append('<a class="reference internal" href="%s"><span class="doc">%s</span></a>'
                           % (attr(absurl(target + ".html")), esc(smartquotes(title))))
            else:
                out.append('<a class="reference internal" href="%s"><span class="std std-ref">%s</span></a>'
                           % (attr(absurl("#" + target)), esc(smartquotes(title))))
        pos = m.end()
    out.append(esc(smartquotes(text[pos:])))
    return "".join(out)


GLOSSARY_KEYS = {}


def parse(src):
    lines = src.split("\n")
    blocks = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = re.match(r"^(=+) (.*)$", line)
        if m:
            blocks.append(("h", len(m.group(1)), m.group(2)))
            i += 1
            continue
        if line.startswith("!"):
            kind = line[1:].strip()
            body = []
            i += 1
            while i < len(lines) and lines[i].strip():
                body.append(lines[i])
                i += 1
            blocks.append(("adm", kind, body))
            continue
        group = []
        while i < len(lines) and lines[i].strip():
            group.append(lines[i])
            i += 1
        first = group[0]
        if first.startswith("- "):
            blocks.append(("ul", [g[2:] for g in group]))
        elif first.startswith(": "):
            blocks.append(("dl", [tuple(g[2:].split(" :: ", 1)) for g in group]))
        elif first.startswith("; "):
            blocks.append(("gloss", [tuple(g[2:].split(" :: ", 1)) for g in group]))
        elif first.startswith("#table "):
            rows = [[c.strip() for c in g.strip().strip("|").split("|")] for g in group[1:]]
            blocks.append(("table", first[len("#table "):], rows))
        elif re.match(r"^\[[A-Z0-9-]+[a-z]?\] ", first):
            blocks.append(("cites", [re.match(r"^\[(.+?)\] (.*)$", g).groups() for g in group]))
        else:
            for g in group:
                blocks.append(("p", g))
    return blocks


def body_html(blocks):
    out = []
    depth = 0
    sections = []  # (level, title, id) for the local toc
    for b in blocks:
        if b[0] == "gloss":
            for term, _ in b[1]:
                GLOSSARY_KEYS[term.lower()] = term
    for b in blocks:
        kind = b[0]
        if kind == "h":
            level, title = b[1], b[2]
            while depth >= level:
                out.append("</section>")
                depth -= 1
            sid = make_id(title)
            sections.append((level, title, sid))
            out.append('<section id="%s">' % sid)
            out.append('<h%d>%s<a class="headerlink" href="%s" title="Link to this heading">\u00b6</a></h%d>'
                       % (level, inline(title), attr(absurl("#" + sid)), level))
            depth = level
        elif kind == "p":
            out.append("<p>%s</p>" % inline(b[1]))
        elif kind == "ul":
            out.append('<ul class="simple">')
            for it in b[1]:
                out.append("<li><p>%s</p></li>" % inline(it))
            out.append("</ul>")
        elif kind == "dl":
            out.append('<dl class="simple">')
            for term, text in b[1]:
                out.append("<dt>%s</dt><dd><p>%s</p>\n</dd>" % (inline(term), inline(text)))
            out.append("</dl>")
        elif kind == "gloss":
            out.append('<dl class="simple glossary">')
            for term, text in b[1]:
                tid = term_id(term)
                out.append('<dt id="%s">%s<a class="headerlink" href="%s" title="Link to this term">\u00b6</a></dt><dd><p>%s</p>\n</dd>'
                           % (tid, esc(term), attr(absurl("#" + tid)), inline(text)))
            out.append("</dl>")
        elif kind == "adm":
            cls = b[1]
            out.append('<div class="admonition %s">' % cls)
            out.append('<p class="admonition-title">%s</p>' % cls.capitalize())
            for para in b[2]:
                out.append("<p>%s</p>" % inline(para))
            out.append("</div>")
        elif kind == "table":
            caption, rows = b[1], b[2]
            tid = next_id()
            widths = [50, 25, 25]
            out.append('<table class="docutils align-default" id="%s">' % tid)
            out.append('<caption><span class="caption-text">%s</span><a class="headerlink" href="%s" title="Link to this table">\u00b6</a></caption>'
                       % (inline(caption), attr(absurl("#" + tid))))
            out.append("<colgroup>")
            for w in widths:
                out.append('<col style="width: %.1f%%">' % w)
            out.append("</colgroup>")
            out.append("<thead>")
            cells = "\n".join('<th class="head"><p>%s</p></th>' % inline(c) for c in rows[0])
            out.append('<tr class="row-odd">%s\n</tr>' % cells)
            out.append("</thead>")
            out.append("<tbody>")
            for n, row in enumerate(rows[1:]):
                cells = "\n".join("<td><p>%s</p></td>" % inline(c) for c in row)
                out.append('<tr class="row-%s">%s\n</tr>' % ("even" if n % 2 == 0 else "odd", cells))
            out.append("</tbody>")
            out.append("</table>")
        elif kind == "cites":
            backs = {}
            for key, rid in CITE_IDS:
                backs.setdefault(key, []).append(rid)
            out.append('<div role="list" class="citation-list">')
            for key, text in b[1]:
                refs = backs.get(key, [])
                if len(refs) == 1:
                    label = ('<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="%s">%s</a><span class="fn-bracket">]</span></span>'
                             % (attr(absurl("#" + refs[0])), esc(key)))
                else:
                    label = '<span class="label"><span class="fn-bracket">[</span>%s<span class="fn-bracket">]</span></span>' % esc(key)
                out.append('<div class="citation" id="%s" role="doc-biblioentry">' % make_id(key))
                out.append(label)
                out.append("<p>%s</p>" % inline(text))
                out.append("</div>")
            out.append("</div>")
    while depth > 0:
        out.append("</section>")
        depth -= 1
    return "\n".join(out), sections


def local_toc(sections, indent):
    """The current page's own entries in the sidebar (toctree-l3 / toctree-l4)."""
    tops = []
    for level, title, sid in sections:
        if level == 2:
            tops.append([title, sid, []])
        elif level == 3 and tops:
            tops[-1][2].append((title, sid))
    exp = '<button class="toctree-expand" title="Open/close menu"></button>'
    out = ["<ul>"]
    for title, sid, subs in tops:
        a = '<a class="reference internal" href="%s">' % attr(absurl("#" + sid))
        if subs:
            out.append('<li class="toctree-l3">%s%s%s</a><ul>' % (a, exp, esc(smartquotes(title))))
            for st, ssid in subs:
                out.append('<li class="toctree-l4"><a class="reference internal" href="%s">%s</a></li>'
                           % (attr(absurl("#" + ssid)), esc(smartquotes(st))))
            out.append("</ul>")
            out.append("</li>")
        else:
            out.append('<li class="toctree-l3">%s%s</a></li>' % (a, esc(smartquotes(title))))
    out.append("</ul>")
    return "\n".join(out)


def build(src):
    blocks = parse(src)
    title = blocks[0][2]
    content, sections = body_html(blocks)
    files = "./%s \u2014 %s %s documentation_files/" % (title, PROJECT, VERSION)
    # Chrome points saved resources into the folder it named after the title, spaces and all.
    res = lambda name: attr(files + name)
    exp = '<button class="toctree-expand" title="Open/close menu"></button>'
    L = lambda h: attr(absurl(h))
    sidebar = "\n".join([
        '<p class="caption" role="heading"><span class="caption-text">Start here</span></p>',
        "<ul>",
        '<li class="toctree-l1"><a class="reference internal" href="%s">How to use these notes</a></li>' % L("../../start/how-to-use.html"),
        '<li class="toctree-l1"><a class="reference internal" href="%s">Syllabus map (Prelims &amp; Mains)</a></li>' % L("../../start/syllabus-map.html"),
        "</ul>",
        '<p class="caption" role="heading"><span class="caption-text">GS3 Science &amp; Technology</span></p>',
        '<ul class="current">',
        '<li class="toctree-l1"><a class="reference internal" href="%s">Space technology</a></li>' % L("../space/index.html"),
        '<li class="toctree-l1"><a class="reference internal" href="%s">Biotechnology</a></li>' % L("../biotech/index.html"),
        '<li class="toctree-l1 current"><a class="reference internal" href="%s">%sAI governance in India</a><ul class="current">' % (L("index.html"), exp),
        '<li class="toctree-l2"><a class="reference internal" href="%s">Overview: why govern AI?</a></li>' % L("overview.html"),
        '<li class="toctree-l2 current"><a class="current reference internal" href="%s">%s%s</a>%s' % (L("#"), exp, esc(title), local_toc(sections, 0)),
        "</li>",
        '<li class="toctree-l2"><a class="reference internal" href="%s">DPDP Act, 2023 and the 2025 Rules</a></li>' % L("dpdp-act-and-rules.html"),
        '<li class="toctree-l2"><a class="reference internal" href="%s">Deepfakes and the IT Rules advisories</a></li>' % L("deepfakes-it-rules.html"),
        '<li class="toctree-l2"><a class="reference internal" href="%s">EU AI Act compared</a></li>' % L("eu-ai-act.html"),
        '<li class="toctree-l2"><a class="reference internal" href="%s">AI summits: Bletchley to New Delhi</a></li>' % L("ai-summits.html"),
        "</ul>",
        "</li>",
        '<li class="toctree-l1"><a class="reference internal" href="%s">Cybersecurity</a></li>' % L("../cyber/index.html"),
        "</ul>",
        '<p class="caption" role="heading"><span class="caption-text">Current affairs</span></p>',
        "<ul>",
        '<li class="toctree-l1"><a class="reference internal" href="%s">Monthly compilations 2025</a></li>' % L("../../ca/monthly-2025.html"),
        '<li class="toctree-l1"><a class="reference internal" href="%s">PIB one-liners</a></li>' % L("../../ca/pib.html"),
        "</ul>",
    ])
    head_title = "%s \u2014 %s %s documentation" % (title, PROJECT, VERSION)
    parts = []
    parts.append("<!DOCTYPE html>\n")
    parts.append("<!-- saved from url=(%04d)%s -->\n" % (len(URL), URL))
    parts.append('<html class="writer-html5" lang="en" data-content_root="../../"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    parts.append('  <meta name="viewport" content="width=device-width, initial-scale=1">\n')
    parts.append('<meta name="generator" content="Docutils 0.21.2: https://docutils.sourceforge.io/">\n\n')
    parts.append('  <meta name="viewport" content="width=device-width, initial-scale=1.0">\n')
    parts.append("  <title>%s</title>\n" % esc(head_title))
    parts.append('      <link rel="stylesheet" type="text/css" href="%s">\n' % res("pygments.css"))
    parts.append('      <link rel="stylesheet" type="text/css" href="%s">\n\n  \n' % res("theme.css"))
    parts.append('  <link rel="canonical" href="%s">\n' % URL)
    for js in ("jquery.js", "_sphinx_javascript_frameworks_compat.js", "documentation_options.js",
               "doctools.js", "sphinx_highlight.js"):
        parts.append('      <script src="%s"></script>\n' % res(js))
    parts.append('    <script src="%s"></script>\n' % res("theme.js"))
    parts.append(ADDONS_SCRIPT)
    parts.append('    <link rel="index" title="Index" href="%s">\n' % L("../../genindex.html"))
    parts.append('    <link rel="search" title="Search" href="%s">\n' % L("../../search.html"))
    parts.append('    <link rel="next" title="DPDP Act, 2023 and the 2025 Rules" href="%s">\n' % L("dpdp-act-and-rules.html"))
    parts.append('    <link rel="prev" title="Overview: why govern AI?" href="%s">\n' % L("overview.html"))
    parts.append('<script async="" type="text/javascript" src="%s"></script>'
                 '<meta name="readthedocs-project-slug" content="%s">'
                 '<meta name="readthedocs-version-slug" content="latest">'
                 '<meta name="readthedocs-resolver-filename" content="/%s.html">'
                 '<meta name="readthedocs-http-status" content="200"></head>\n\n'
                 % (res("readthedocs-addons.js"), SLUG, PAGE))
    parts.append('<body class="wy-body-for-nav"> \n  <div class="wy-grid-for-nav">\n')
    parts.append('    <nav data-toggle="wy-nav-shift" class="wy-nav-side">\n      <div class="wy-side-scroll">\n')
    parts.append('        <div class="wy-side-nav-search">\n\n          \n          \n')
    parts.append('          <a href="%s" class="icon icon-home">\n            %s\n          </a>\n' % (L("../../index.html"), PROJECT))
    parts.append('              <div class="version">\n                %s\n              </div>\n' % VERSION)
    parts.append('<div role="search">\n  <form id="rtd-search-form" class="wy-form" action="%s" method="get">\n' % L("../../search.html"))
    parts.append('    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs">\n')
    parts.append('    <input type="hidden" name="check_keywords" value="yes">\n')
    parts.append('    <input type="hidden" name="area" value="default">\n  </form>\n</div>\n')
    parts.append('        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">\n')
    parts.append("              " + sidebar + "\n\n")
    parts.append("        </div>\n      </div>\n    </nav>\n\n")
    parts.append('    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">\n')
    parts.append('          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>\n')
    parts.append('          <a href="%s">%s</a>\n      </nav>\n\n' % (L("../../index.html"), PROJECT))
    parts.append('      <div class="wy-nav-content">\n        <div class="rst-content">\n')
    parts.append('          <div role="navigation" aria-label="Page navigation">\n  <ul class="wy-breadcrumbs">\n')
    parts.append('      <li><a href="%s" class="icon icon-home" aria-label="Home"></a></li>\n' % L("../../index.html"))
    parts.append('          <li class="breadcrumb-item"><a href="%s">GS3 Science &amp; Technology</a></li>\n' % L("../index.html"))
    parts.append('          <li class="breadcrumb-item"><a href="%s">AI governance in India</a></li>\n' % L("index.html"))
    parts.append('      <li class="breadcrumb-item active">%s</li>\n' % esc(title))
    parts.append('      <li class="wy-breadcrumbs-aside">\n')
    parts.append('              <a href="%s" class="fa fa-github"> Edit on GitHub</a>\n' % GITHUB)
    parts.append("      </li>\n  </ul>\n  <hr>\n</div>\n")
    parts.append('          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">\n')
    parts.append('           <div itemprop="articleBody">\n             \n  ')
    parts.append(content + "\n\n\n")
    parts.append("           </div>\n          </div>\n")
    parts.append('          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">\n')
    parts.append('        <a href="%s" class="btn btn-neutral float-left" title="Overview: why govern AI?" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>\n' % L("overview.html"))
    parts.append('        <a href="%s" class="btn btn-neutral float-right" title="DPDP Act, 2023 and the 2025 Rules" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>\n' % L("dpdp-act-and-rules.html"))
    parts.append("    </div>\n\n  <hr>\n\n")
    parts.append('  <div role="contentinfo">\n    <p>\u00a9 Copyright 2024\u20132025, Sankalp Study Circle.\n')
    parts.append('      <span class="lastupdated">Last updated on %s.\n      </span></p>\n  </div>\n\n' % LAST_UPDATED)
    parts.append('  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a\n')
    parts.append('    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>\n')
    parts.append('    provided by <a href="https://readthedocs.org/">Read the Docs</a>.\n   \n\n</footer>\n')
    parts.append("        </div>\n      </div>\n    </section>\n  </div>\n  <script>\n")
    parts.append("      jQuery(function () {\n          SphinxRtdTheme.Navigation.enable(true);\n      });\n  </script> \n\n\n")
    proj = "https://app.readthedocs.org/projects/%s/" % SLUG
    parts.append('<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="versions">\n')
    parts.append('  <span class="rst-current-version" data-toggle="rst-current-version">\n')
    parts.append('    <span class="fa fa-book"> Read the Docs</span>\n    v: latest\n    <span class="fa fa-caret-down"></span>\n  </span>\n')
    parts.append('  <div class="rst-other-versions">\n    <div class="injected">\n      \n')
    parts.append("      <dl>\n        <dt>Versions</dt>\n")
    parts.append('        <dd class="rtd-current-item"><a href="%s/en/latest/%s.html">latest</a></dd>' % (HOST, PAGE))
    parts.append('<dd><a href="%s/en/stable/%s.html">stable</a></dd>' % (HOST, PAGE))
    parts.append('<dd><a href="%s/en/2025.1/%s.html">2025.1</a></dd>' % (HOST, PAGE))
    parts.append('<dd><a href="%s/en/2024.2/">2024.2</a></dd>\n      </dl>\n      \n' % HOST)
    parts.append("      <dl>\n        <dt>Downloads</dt>\n")
    parts.append('        <dd><a href="%s/_/downloads/en/latest/pdf/">PDF</a></dd>' % HOST)
    parts.append('<dd><a href="%s/_/downloads/en/latest/epub/">Epub</a></dd>\n      </dl>\n      \n' % HOST)
    parts.append("      <dl>\n        <dt>On Read the Docs</dt>\n")
    parts.append('        <dd>\n          <a href="%s">Project Home</a>\n        </dd>\n' % proj)
    parts.append('        <dd>\n          <a href="%sbuilds/">Builds</a>\n        </dd>\n' % proj)
    parts.append('        <dd>\n          <a href="%sdownloads/">Downloads</a>\n        </dd>\n      </dl>\n      \n' % proj)
    parts.append("      <dl>\n        <dt>Search</dt>\n        <dd>\n          <form id=\"flyout-search-form\">\n")
    parts.append('            <input class="wy-form" type="text" name="q" aria-label="Search docs" placeholder="Search docs">\n')
    parts.append("          </form>\n        </dd>\n      </dl>\n      \n      <hr>\n      \n      <small>\n")
    parts.append('        <span>Hosted by <a href="https://about.readthedocs.org/?utm_source=%s&amp;utm_content=flyout">Read the Docs</a></span>\n' % SLUG)
    parts.append("      </small>\n    </div>\n  </div>\n</div>\n\n</body></html>")
    return "".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    page = build(src)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
