#!/usr/bin/python3
"""Re-make docs/digital-rupee-cbdc-jupyter-book.html byte for byte from its source text.

The source (tools/digital-rupee-cbdc-jupyter-book.txt) is the page as a MyST Markdown notebook
(jupytext front matter, a target label, {admonition}/{important}/{tip} directives, {code-cell}
cells with their stored output, footnotes, a pipe table, a {doc} cross-reference).  This script
renders it the way Jupyter Book 1.0 (Sphinx 7.3, sphinx-book-theme 1.1.3 on
pydata-sphinx-theme 0.15.4, MyST-NB) writes the page, and the file is that page as a browser
saves it with "Save Page As... Webpage, HTML only": the server's HTML, relative links intact.
Deterministic, standard library only.

Run: /usr/bin/python3 tools/make_jupyterbook.py [OUTPUT]
"""
import html
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "digital-rupee-cbdc-jupyter-book.txt")
OUT = os.path.join(HERE, "..", "docs", "digital-rupee-cbdc-jupyter-book.html")

BOOK = "Arthniti: UPSC Economy Notes"
REPO = "https://github.com/arthniti-notes/upsc-economy-book"
PAGE = "money-banking/digital-rupee"
DIGEST = "dfe6caa3a7d634c4db9b"
PREV = ("monetary-policy.html", "Monetary Policy Framework")
NEXT = ("upi-npci.html", "Payment Systems: UPI &amp; NPCI")
DOCS = {"cross-border-payments": "Cross-border Payments"}

NAV = [
    ("Money and Banking", [("money-supply.html", "Money Supply and the RBI"),
                           ("monetary-policy.html", "Monetary Policy Framework"),
                           ("#", "The Digital Rupee (e₹)"),
                           ("upi-npci.html", "Payment Systems: UPI &amp; NPCI"),
                           ("cross-border-payments.html", "Cross-border Payments")]),
    ("Banking and Finance", [("../banking/npas-and-ibc.html", "NPAs and the IBC"),
                             ("../banking/financial-inclusion.html", "Financial Inclusion"),
                             ("../banking/fintech-regulation.html", "Fintech and its Regulation")]),
    ("External Sector", [("../external/balance-of-payments.html", "Balance of Payments"),
                         ("../external/rupee-internationalisation.html", "Internationalisation of the Rupee")]),
    ("Practice", [("../practice/pyqs-money.html", "PYQs: Money and Payments"),
                  ("../practice/mains-answers.html", "Mains Answer Writing")]),
]


def slug(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


# ----------------------------------------------------------------------------- inline
FOOTS = []


def inline(t):
    t = html.escape(t, quote=False)

    def fref(m):
        key = m.group(1)
        if key not in FOOTS:
            FOOTS.append(key)
        n = FOOTS.index(key) + 1
        return ('<a class="footnote-reference brackets" href="#%s" id="id%d" role="doc-noteref">'
                '<span class="fn-bracket">[</span>%d<span class="fn-bracket">]</span></a>' % (key, n, n))

    t = re.sub(r"\[\^([\w-]+)\]", fref, t)
    t = re.sub(r"\{doc\}`([^`]+)`", lambda m: '<a class="reference internal" href="%s.html"><span class="doc">%s</span></a>'
               % (m.group(1), DOCS[m.group(1)]), t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\*(.+?)\*", r"<em>\1</em>", t)
    return t


# ----------------------------------------------------------------------------- code cells
PY_KW = {"for", "in", "if", "else", "return", "def", "import", "from"}
PY_BUILTIN = {"print", "len", "range", "dict", "list"}


def highlight(code):
    out = []
    tok = re.compile(r'(?P<c>#[^\n]*)|(?P<fs>f"[^"]*")|(?P<s>"[^"]*")|(?P<n>\d+\.\d+|\d+)|(?P<w>[A-Za-z_]\w*)'
                     r'|(?P<o>[=+\-*/%<>]+)|(?P<p>[\[\](){}:,.])|(?P<ws>\s+)')
    for m in tok.finditer(code):
        k = m.lastgroup
        v = m.group()
        e = html.escape(v, quote=False)
        if k == "c":
            out.append('<span class="c1">%s</span>' % e)
        elif k == "fs":
            inner = v[2:-1]
            parts = ['<span class="sa">f</span><span class="s2">&quot;</span>']
            for piece in re.split(r"(\{[^}]*\})", inner):
                if not piece:
                    continue
                if piece.startswith("{"):
                    expr = piece[1:-1]
                    fmt = ""
                    if ":" in expr:
                        expr, fmt = expr.split(":", 1)
                    parts.append('<span class="si">{</span>')
                    parts.append(highlight(expr))
                    if fmt:
                        parts.append('<span class="si">:%s</span>' % html.escape(fmt, quote=False))
                    parts.append('<span class="si">}</span>')
                else:
                    parts.append('<span class="s2">%s</span>' % html.escape(piece, quote=False))
            parts.append('<span class="s2">&quot;</span>')
            out.append("".join(parts))
        elif k == "s":
            out.append('<span class="s2">%s</span>' % html.escape(v))
        elif k == "n":
            out.append('<span class="%s">%s</span>' % ("mf" if "." in v else "mi", e))
        elif k == "w":
            if v in PY_KW:
                out.append('<span class="k">%s</span>' % e)
            elif v in PY_BUILTIN:
                out.append('<span class="nb">%s</span>' % e)
            else:
                out.append('<span class="n">%s</span>' % e)
        elif k == "o":
            out.append('<span class="o">%s</span>' % e)
        elif k == "p":
            out.append('<span class="p">%s</span>' % e)
        else:
            out.append(v)
    return "".join(out)


# ----------------------------------------------------------------------------- blocks
def render(src):
    body = src.split("\n---\n", 1)[1] if src.startswith("---\n") else src
    lines = body.split("\n")
    out, toc, title = [], [], None
    label = None
    i = 0
    open_levels = []
    para = []
    footdefs = {}

    def flush():
        if para:
            out.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            flush()
            i += 1
            continue
        m = re.match(r"^\((\S+)\)=$", ln)
        if m:
            label = m.group(1)
            i += 1
            continue
        m = re.match(r"^(#{1,3}) (.*)$", ln)
        if m:
            flush()
            level, text = len(m.group(1)), m.group(2)
            while open_levels and open_levels[-1] >= level:
                open_levels.pop()
                out.append("</section>")
            sid = slug(text)
            cls = ' class="tex2jax_ignore mathjax_ignore"' if level == 1 else ""
            out.append('<section%s id="%s">' % (cls, sid))
            pre = '<span id="%s"></span>' % label if (label and level == 1) else ""
            out.append('%s<h%d>%s<a class="headerlink" href="#%s" title="Link to this heading">#</a></h%d>'
                       % (pre, level, inline(text), sid, level))
            open_levels.append(level)
            if level == 1:
                title = text
            else:
                toc.append((level, text, sid))
            i += 1
            continue
        m = re.match(r"^\[\^([\w-]+)\]: (.*)$", ln)
        if m:
            flush()
            footdefs[m.group(1)] = m.group(2)
            i += 1
            continue
        m = re.match(r"^(`{3,4})\{([\w-]+)\}\s*(.*)$", ln)
        if m:
            flush()
            fence, kind, arg = m.groups()
            j = i + 1
            opts, content = {}, []
            while lines[j] != fence:
                mo = re.match(r"^:(\w+): (.*)$", lines[j])
                if mo and not content:
                    opts[mo.group(1)] = mo.group(2)
                else:
                    content.append(lines[j])
                j += 1
            i = j + 1
            if kind == "code-cell":
                code = "\n".join(content)
                out.append('<div class="cell docutils container">')
                out.append('<div class="cell_input docutils container">')
                out.append('<div class="highlight-ipython3 notranslate"><div class="highlight"><pre><span></span>'
                           + highlight(code) + "\n</pre></div>")
                out.append("</div>")
                out.append("</div>")
                # the stored output follows as a {code-output} block
                k = i
                while not lines[k].strip():
                    k += 1
                mo = re.match(r"^```\{code-output\}$", lines[k])
                if mo:
                    e = k + 1
                    outtxt = []
                    while lines[e] != "```":
                        outtxt.append(lines[e])
                        e += 1
                    out.append('<div class="cell_output docutils container">')
                    out.append('<div class="output stream highlight-myst-ansi notranslate"><div class="highlight">'
                               '<pre><span></span>' + html.escape("\n".join(outtxt), quote=False) + "\n</pre></div>")
                    out.append("</div>")
                    out.append("</div>")
                    i = e + 1
                out.append("</div>")
                continue
            if kind in ("admonition", "important", "tip", "note", "warning"):
                if kind == "admonition":
                    cls = "admonition " + opts.get("class", "")
                    cls = cls.strip()
                    if "dropdown" in cls:
                        cls = "admonition dropdown"
                    head = arg
                    if "class" in opts and opts["class"] not in ("dropdown",):
                        cls = "admonition %s" % opts["class"]
                else:
                    cls, head = "admonition " + kind, kind.capitalize()
                out.append('<div class="%s">' % cls)
                out.append('<p class="admonition-title">%s</p>' % inline(head))
                paras, cur = [], []
                for c in content:
                    if c.strip():
                        cur.append(c)
                    elif cur:
                        paras.append(cur)
                        cur = []
                if cur:
                    paras.append(cur)
                for pp in paras:
                    out.append("<p>%s</p>" % inline(" ".join(pp)))
                out.append("</div>")
                continue
        if ln.startswith("| "):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.match(r"^:?-+:?$", c) for c in cells):
                    rows.append(cells)
                i += 1
            out.append('<div class="pst-scrollable-table-container"><table class="table">')
            out.append("<thead>")
            out.append('<tr class="row-odd">' + "".join('<th class="head"><p>%s</p></th>' % inline(c)
                                                        for c in rows[0]) + "")
            out.append("</tr>")
            out.append("</thead>")
            out.append("<tbody>")
            for r, row in enumerate(rows[1:]):
                out.append('<tr class="row-%s">' % ("even" if r % 2 == 0 else "odd")
                           + "".join("<td><p>%s</p></td>" % inline(c) for c in row))
                out.append("</tr>")
            out.append("</tbody>")
            out.append("</table>")
            out.append("</div>")
            continue
        if re.match(r"^(- |\d+\. )", ln):
            flush()
            ordered = bool(re.match(r"^\d+\. ", ln))
            items = []
            while i < len(lines) and lines[i].strip():
                if re.match(r"^(- |\d+\. )", lines[i]):
                    items.append(re.sub(r"^(- |\d+\. )", "", lines[i]))
                else:
                    items[-1] += " " + lines[i].strip()
                i += 1
            out.append('<ol class="arabic simple">' if ordered else '<ul class="simple">')
            for it in items:
                out.append("<li><p>%s</p></li>" % inline(it))
            out.append("</ol>" if ordered else "</ul>")
            continue
        para.append(ln.strip())
        i += 1
    flush()
    # footnotes go at the end of the last open section
    if footdefs:
        out.append('<hr class="footnotes docutils" />')
        out.append('<aside class="footnote-list brackets">')
        for n, key in enumerate(FOOTS, 1):
            out.append('<aside class="footnote brackets" id="%s" role="doc-footnote">' % key)
            out.append('<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id%d">%d</a>'
                       '<span class="fn-bracket">]</span></span>' % (n, n))
            out.append("<p>%s</p>" % inline(footdefs[key]))
            out.append("</aside>")
        out.append("</aside>")
    while open_levels:
        open_levels.pop()
        out.append("</section>")
    return title, toc, "\n".join(out)


def toc_html(toc, indent=""):
    out = ['<ul class="visible nav section-nav flex-column">']
    k = 0
    while k < len(toc):
        level, text, sid = toc[k]
        subs = []
        j = k + 1
        while j < len(toc) and toc[j][0] > level:
            subs.append(toc[j])
            j += 1
        li = '<li class="toc-h%d nav-item toc-entry"><a class="reference internal nav-link" href="#%s">%s</a>' % (
            level, sid, inline(text))
        if subs:
            out.append(li + '<ul class="nav section-nav flex-column">')
            for lv, tx, si in subs:
                out.append('<li class="toc-h%d nav-item toc-entry"><a class="reference internal nav-link" href="#%s">%s</a></li>'
                           % (lv, si, inline(tx)))
            out.append("</ul>")
            out.append("</li>")
        else:
            out.append(li + "</li>")
        k = j
    out.append("</ul>")
    return "\n".join(out)


def nav_html():
    out = ['<nav class="bd-links bd-docs-nav" aria-label="Main">',
           '    <div class="bd-toc-item navbar-nav active">',
           '        ',
           '        <ul class="nav bd-sidenav bd-sidenav__home-link">',
           '            <li class="toctree-l1">',
           '                <a class="reference internal" href="../intro.html">',
           '                    %s' % BOOK,
           '                </a>',
           '            </li>',
           '        </ul>']
    first = True
    for cap, pages in NAV:
        lines = ['<p aria-level="2" class="caption" role="heading"><span class="caption-text">%s</span></p>' % cap]
        cur = any(h == "#" for h, _ in pages)
        lines.append('<ul class="current nav bd-sidenav">' if cur else '<ul class="nav bd-sidenav">')
        for href, text in pages:
            if href == "#":
                lines.append('<li class="toctree-l1 current active"><a class="current reference internal" href="#">%s</a></li>'
                             % text)
            else:
                lines.append('<li class="toctree-l1"><a class="reference internal" href="%s">%s</a></li>' % (href, text))
        lines.append("</ul>")
        if first:
            out.append("        " + lines[0])
            out.extend(lines[1:])
            first = False
        else:
            out.extend(lines)
    out.append("    </div>")
    out.append("</nav>")
    return "\n".join(out)


HEAD = '''
<!DOCTYPE html>


<html lang="en" data-content_root="../" >

  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />

    <title>{title} &#8212; {book}</title>
  
  
  
  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>
  
  <!-- Loaded before other Sphinx assets -->
  <link href="../_static/styles/theme.css?digest={d}" rel="stylesheet" />
<link href="../_static/styles/bootstrap.css?digest={d}" rel="stylesheet" />
<link href="../_static/styles/pydata-sphinx-theme.css?digest={d}" rel="stylesheet" />

  
  <link href="../_static/vendor/fontawesome/6.5.2/css/all.min.css?digest={d}" rel="stylesheet" />
  <link rel="preload" as="font" type="font/woff2" crossorigin href="../_static/vendor/fontawesome/6.5.2/webfonts/fa-solid-900.woff2" />
<link rel="preload" as="font" type="font/woff2" crossorigin href="../_static/vendor/fontawesome/6.5.2/webfonts/fa-brands-400.woff2" />
<link rel="preload" as="font" type="font/woff2" crossorigin href="../_static/vendor/fontawesome/6.5.2/webfonts/fa-regular-400.woff2" />

    <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=fa44fd50" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/sphinx-book-theme.css?v=a3416100" />
    <link rel="stylesheet" type="text/css" href="../_static/togglebutton.css?v=13237357" />
    <link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b" />
    <link rel="stylesheet" type="text/css" href="../_static/mystnb.4510f1fc1dee50b3e5859aac5469c37c29e427902b24a333a5f9fcb2f0b3ac41.css" />
    <link rel="stylesheet" type="text/css" href="../_static/sphinx-thebe.css?v=4fa983c6" />
    <link rel="stylesheet" type="text/css" href="../_static/sphinx-design.min.css?v=95c83b7e" />
  
  <!-- Pre-loaded scripts that we'll load fully later -->
  <link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest={d}" />
<link rel="preload" as="script" href="../_static/scripts/pydata-sphinx-theme.js?digest={d}" />
  <script src="../_static/vendor/fontawesome/6.5.2/js/all.min.js?digest={d}"></script>

    <script src="../_static/documentation_options.js?v=9eb32ce0"></script>
    <script src="../_static/doctools.js?v=9a2dae69"></script>
    <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/clipboard.min.js?v=a7894cd8"></script>
    <script src="../_static/copybutton.js?v=f281be69"></script>
    <script src="../_static/scripts/sphinx-book-theme.js?v=887ef09a"></script>
    <script>let toggleHintShow = 'Click to show';</script>
    <script>let toggleHintHide = 'Click to hide';</script>
    <script>let toggleOpenOnPrint = 'true';</script>
    <script src="../_static/togglebutton.js?v=4a39c7ea"></script>
    <script>var togglebuttonSelector = '.toggle, .admonition.dropdown';</script>
    <script src="../_static/design-tabs.js?v=f930bc37"></script>
    <script>const THEBE_JS_URL = "https://unpkg.com/thebe@0.8.2/lib/index.js"; const thebe_selector = ".thebe,.cell"; const thebe_selector_input = "pre"; const thebe_selector_output = ".output, .cell_output"</script>
    <script async="async" src="../_static/sphinx-thebe.js?v=c100c467"></script>
    <script>var togglebuttonSelector = '.toggle, .admonition.dropdown';</script>
    <script>const THEBE_JS_URL = "https://unpkg.com/thebe@0.8.2/lib/index.js"; const thebe_selector = ".thebe,.cell"; const thebe_selector_input = "pre"; const thebe_selector_output = ".output, .cell_output"</script>
    <script>DOCUMENTATION_OPTIONS.pagename = '{page}';</script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="{nt}" href="{nh}" />
    <link rel="prev" title="{pt}" href="{ph}" />
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <meta name="docsearch:language" content="en"/>
  </head>
  
  
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">

  
  
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
  
  <div id="pst-scroll-pixel-helper"></div>
  
  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Back to top</button>

  
  <input type="checkbox"
          class="sidebar-toggle"
          id="pst-primary-sidebar-checkbox"/>
  <label class="overlay overlay-primary" for="pst-primary-sidebar-checkbox"></label>
  
  <input type="checkbox"
          class="sidebar-toggle"
          id="pst-secondary-sidebar-checkbox"/>
  <label class="overlay overlay-secondary" for="pst-secondary-sidebar-checkbox"></label>
  
  <div class="search-button__wrapper">
    <div class="search-button__overlay"></div>
    <div class="search-button__search-container">
<form class="bd-search d-flex align-items-center"
      action="../search.html"
      method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search"
         class="form-control"
         name="q"
         id="search-input"
         placeholder="Search this book..."
         aria-label="Search this book..."
         autocomplete="off"
         autocorrect="off"
         autocapitalize="off"
         spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form></div>
  </div>

  <div class="pst-async-banner-revealer d-none">
  <aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside>
</div>

  
    <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
    </header>
  

  <div class="bd-container">
    <div class="bd-container__inner bd-page-width">
      
      
      
      <div class="bd-sidebar-primary bd-sidebar">
        

  
  <div class="sidebar-header-items sidebar-primary__section">
    
    
    
    
  </div>
  
    <div class="sidebar-primary-items__start sidebar-primary__section">
        <div class="sidebar-primary-item">

  
    
  

<a class="navbar-brand logo" href="../intro.html">
  
  
  
  
  
    
    
      
    
    
    <img src="../_static/logo.png" class="logo__image only-light" alt="{book} - Home"/>
    <script>document.write(`<img src="../_static/logo.png" class="logo__image only-dark" alt="{book} - Home"/>`);</script>
  
  
</a></div>
        <div class="sidebar-primary-item">

 <script>
 document.write(`
   <button class="btn search-button-field search-button__button" title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <i class="fa-solid fa-magnifying-glass"></i>
    <span class="search-button__default-text">Search</span>
    <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span>
   </button>
 `);
 </script></div>
        <div class="sidebar-primary-item">'''

BUTTONS = '''
<div class="article-header-buttons">


<div class="dropdown dropdown-launch-buttons">
  <button class="btn dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-label="Launch interactive content">
    <i class="fas fa-rocket"></i>
  </button>
  <ul class="dropdown-menu">
      
      
      
      <li><a href="https://mybinder.org/v2/gh/{rp}/main?urlpath=tree/{page}.md" target="_blank"
   class="btn btn-sm dropdown-item"
   title="Launch on Binder"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  
    <img alt="Binder logo" src="../_static/images/logo_binder.svg">
  </span>
<span class="btn__text-container">Binder</span>
</a>
</li>
      
      
      
      
      <li><a href="https://colab.research.google.com/github/{rp}/blob/main/{page}.md" target="_blank"
   class="btn btn-sm dropdown-item"
   title="Launch on Colab"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  
    <img alt="Colab logo" src="../_static/images/logo_colab.png">
  </span>
<span class="btn__text-container">Colab</span>
</a>
</li>
      
      
      
      
      <li>
<button onclick="initThebeSBT()"
  class="btn btn-sm btn-launch-thebe dropdown-item"
  title="Launch Thebe"
  data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-play"></i>
  </span>
<span class="btn__text-container">Live Code</span>
</button>
</li>
      
  </ul>
</div>






<div class="dropdown dropdown-source-buttons">
  <button class="btn dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-label="Source repositories">
    <i class="fab fa-github"></i>
  </button>
  <ul class="dropdown-menu">
      
      
      
      <li><a href="{repo}" target="_blank"
   class="btn btn-sm btn-source-repository-button dropdown-item"
   title="Source repository"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fab fa-github"></i>
  </span>
<span class="btn__text-container">Repository</span>
</a>
</li>
      
      
      
      
      <li><a href="{repo}/edit/main/{page}.md" target="_blank"
   class="btn btn-sm btn-source-edit-button dropdown-item"
   title="Suggest edit"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-pencil-alt"></i>
  </span>
<span class="btn__text-container">Suggest edit</span>
</a>
</li>
      
      
      
      
      <li><a href="{repo}/issues/new?title=Issue%20on%20page%20%2F{pageq}.html&body=Your%20issue%20content%20here." target="_blank"
   class="btn btn-sm btn-source-issues-button dropdown-item"
   title="Open an issue"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-lightbulb"></i>
  </span>
<span class="btn__text-container">Open issue</span>
</a>
</li>
      
  </ul>
</div>






<div class="dropdown dropdown-download-buttons">
  <button class="btn dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-label="Download this page">
    <i class="fas fa-download"></i>
  </button>
  <ul class="dropdown-menu">
      
      
      
      <li><a href="../_sources/{page}.md" target="_blank"
   class="btn btn-sm btn-download-source-button dropdown-item"
   title="Download source file"
   data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-file"></i>
  </span>
<span class="btn__text-container">.md</span>
</a>
</li>
      
      
      
      
      <li>
<button onclick="window.print()"
  class="btn btn-sm btn-download-pdf-button dropdown-item"
  title="Print to PDF"
  data-bs-placement="left" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-file-pdf"></i>
  </span>
<span class="btn__text-container">.pdf</span>
</button>
</li>
      
  </ul>
</div>




<button onclick="toggleFullScreen()"
  class="btn btn-sm btn-fullscreen-button"
  title="Fullscreen mode"
  data-bs-placement="bottom" data-bs-toggle="tooltip"
>
  

<span class="btn__icon-container">
  <i class="fas fa-expand"></i>
  </span>

</button>



<script>
document.write(`
  <button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button" title="light/dark" aria-label="light/dark" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light"></i>
    <i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark"></i>
    <i class="theme-switch fa-solid fa-circle-half-stroke fa-lg" data-mode="auto"></i>
  </button>
`);
</script>


<script>
document.write(`
  <button class="btn btn-sm pst-navbar-icon search-button search-button__button" title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <i class="fa-solid fa-magnifying-glass fa-lg"></i>
  </button>
`);
</script>
<button class="sidebar-toggle secondary-toggle btn btn-sm" title="Toggle secondary sidebar" data-bs-placement="bottom" data-bs-toggle="tooltip">
    <span class="fa-solid fa-list"></span>
</button>
</div>'''


def page(src):
    title, toc, article = render(src)
    t = html.escape(title, quote=False)
    out = HEAD.format(title=t, book=BOOK, d=DIGEST, page=PAGE, nt=NEXT[1], nh=NEXT[0], pt=PREV[1], ph=PREV[0])
    out += nav_html() + "</div>\n"
    out += '''    </div>
  
  
  <div class="sidebar-primary-items__end sidebar-primary__section">
  </div>
  
  <div id="rtd-footer-container"></div>


      </div>
      
      <main id="main-content" class="bd-main" role="main">
        
        

<div class="sbt-scroll-pixel-helper"></div>

          <div class="bd-content">
            <div class="bd-article-container">
              
              <div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner">
  
    <div class="header-article-items__start">
      
        <div class="header-article-item"><button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar" data-bs-placement="bottom" data-bs-toggle="tooltip">
  <span class="fa-solid fa-bars"></span>
</button></div>
      
    </div>
  
  
    <div class="header-article-items__end">
      
        <div class="header-article-item">
'''
    out += BUTTONS.format(rp=REPO.replace("https://github.com/", ""), repo=REPO, page=PAGE,
                          pageq=PAGE.replace("/", "/")) + "</div>\n"
    out += '''      
    </div>
  
</div>
</div>
              
              

<div id="jb-print-docs-body" class="onlyprint">
    <h1>%s</h1>
    <!-- Table of contents -->
    <div id="print-main-content">
        <div id="jb-print-toc">
            
            <div>
                <h2> Contents </h2>
            </div>
            <nav aria-label="Page">
                %s
            </nav>
        </div>
    </div>
</div>

              
                
<div id="searchbox"></div>
                <article class="bd-article">
                  
  %s

    <script type="text/x-thebe-config">
    {
        requestKernel: true,
        binderOptions: {
            repo: "binder-examples/jupyter-stacks-datascience",
            ref: "master",
        },
        codeMirrorConfig: {
            theme: "abcdef",
            mode: "python"
        },
        kernelOptions: {
            name: "python3",
            path: "./money-banking"
        },
        predefinedOutput: true
    }
    </script>
    <script>kernelName = 'python3'</script>

                </article>
              

              
              
              
              
                <footer class="prev-next-footer d-print-none">
                  
<div class="prev-next-area">
    <a class="left-prev"
       href="%s"
       title="previous page">
      <i class="fa-solid fa-angle-left"></i>
      <div class="prev-next-info">
        <p class="prev-next-subtitle">previous</p>
        <p class="prev-next-title">%s</p>
      </div>
    </a>
    <a class="right-next"
       href="%s"
       title="next page">
      <div class="prev-next-info">
        <p class="prev-next-subtitle">next</p>
        <p class="prev-next-title">%s</p>
      </div>
      <i class="fa-solid fa-angle-right"></i>
    </a>
</div>
                </footer>
              
            </div>
            
            
              
                <div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">


  <div class="sidebar-secondary-item">
  <div class="page-toc tocsection onthispage">
    <i class="fa-solid fa-list"></i> Contents
  </div>
  <nav class="bd-toc-nav page-toc">
    %s
  </nav></div>

</div></div>
              
            
          </div>
          <footer class="bd-footer-content">
            
<div class="bd-footer-content__inner container">
  
  <div class="footer-item">
    
<p class="component-author">
By Team Arthniti
</p>

  </div>
  
  <div class="footer-item">
    

  <p class="copyright">
    
      © Copyright 2025.
      <br/>
    
  </p>

  </div>
  
  <div class="footer-item">
    
  </div>
  
  <div class="footer-item">
    
  </div>
  
</div>
          </footer>
        

      </main>
    </div>
  </div>
  
  <!-- Scripts loaded after <body> so the DOM is not blocked -->
  <script src="../_static/scripts/bootstrap.js?digest=%s"></script>
<script src="../_static/scripts/pydata-sphinx-theme.js?digest=%s"></script>

  <footer class="bd-footer">
  </footer>
  </body>
</html>''' % (t, toc_html(toc), article, PREV[0], PREV[1], NEXT[0], NEXT[1], toc_html(toc), DIGEST, DIGEST)
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = open(SRC, encoding="utf-8").read()
    data = page(src)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
