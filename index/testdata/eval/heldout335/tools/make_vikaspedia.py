#!/usr/bin/python3
"""Re-make docs/classical-dances-of-india-vikaspedia.html from its source text.

The page is a Vikaspedia (Plone 4 / Sunburst based) article as Chrome's "Save as... Webpage,
Complete" writes it: the "saved from url" mark, the DOM as serialised after the page's scripts
ran, links to stylesheets, scripts and images rewritten into the "..._files" folder (which the
set does not carry), the portal chrome (skip links, language selector, global tabs, search,
breadcrumbs, navigation portlet), the article, the "Related Resources" box, the contributor and
"Last Modified" lines, the rating widget, the feedback form and the MeitY / C-DAC footer.
Deterministic: no clock, no randomness.
Usage: make_vikaspedia.py [OUTPUT]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "classical-dances-of-india-vikaspedia.txt")
OUT = os.path.join(HERE, "..", "docs", "classical-dances-of-india-vikaspedia.html")

LANGS = [("as", "Assamese", "অসমীয়া"), ("bn", "Bengali", "বাংলা"), ("brx", "Bodo", "बड़ो"),
         ("doi", "Dogri", "डोगरी"), ("en", "English", "English"), ("gu", "Gujarati", "ગુજરાતી"),
         ("hi", "Hindi", "हिन्दी"), ("kn", "Kannada", "ಕನ್ನಡ"), ("ks", "Kashmiri", "كٲشُر"),
         ("kok", "Konkani", "कोंकणी"), ("mai", "Maithili", "मैथिली"), ("ml", "Malayalam", "മലയാളം"),
         ("mni", "Manipuri", "মৈতৈলোন্"), ("mr", "Marathi", "मराठी"), ("ne", "Nepali", "नेपाली"),
         ("or", "Odia", "ଓଡ଼ିଆ"), ("pa", "Punjabi", "ਪੰਜਾਬੀ"), ("sa", "Sanskrit", "संस्कृतम्"),
         ("sat", "Santali", "ᱥᱟᱱᱛᱟᱲᱤ"), ("sd", "Sindhi", "سنڌي"), ("ta", "Tamil", "தமிழ்"),
         ("te", "Telugu", "తెలుగు"), ("ur", "Urdu", "اردو")]

TABS = [("index_html", "Home", "https://vikaspedia.in/"),
        ("agriculture", "Agriculture", "https://vikaspedia.in/agriculture"),
        ("health", "Health", "https://vikaspedia.in/health"),
        ("education", "Education", "https://vikaspedia.in/education"),
        ("social-welfare", "Social Welfare", "https://vikaspedia.in/social-welfare"),
        ("energy", "Energy", "https://vikaspedia.in/energy"),
        ("e-governance", "e-Governance", "https://vikaspedia.in/e-governance")]


def esc(s):
    """Escape text as Chrome serialises a text node (& < > and U+00A0 only)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\xa0", "&nbsp;")


def inline(s):
    s = s.replace("Rs ", "Rs\xa0").replace("Dr ", "Dr\xa0")
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def read_source():
    text = open(SRC, encoding="utf-8").read()
    head, rest = text.split("===\n", 1)
    body, related = rest.split("===related\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(": ", 1)
        meta[k] = v
    rel = [tuple(x.split(" | ")) for x in related.splitlines() if x.strip()]
    return meta, body.splitlines(), rel


def article(lines):
    out, i = [], 0
    n_h = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line == "~":
            out.append('<p>&nbsp;</p>')
            i += 1
        elif line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
            i += 1
        elif line.startswith("## "):
            n_h += 1
            t = inline(line[3:])
            if n_h == 3:  # TinyMCE left a span from a paste in one heading
                out.append('<h2><span style="font-size: 1.2em; ">%s</span></h2>' % t)
            else:
                out.append("<h2>%s</h2>" % t)
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append('<li style="text-align: justify; ">%s</li>' % inline(lines[i][2:]))
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            t = ['<table class="listing" style="width: 100%; " border="1" cellpadding="4" cellspacing="0">',
                 "<thead>", "<tr>"]
            t += ['<th style="text-align: center; ">%s</th>' % inline(c) for c in rows[0]]
            t += ["</tr>", "</thead>", "<tbody>"]
            for k, r in enumerate(rows[1:]):
                t.append('<tr class="%s">' % ("odd" if k % 2 == 0 else "even"))
                for j, c in enumerate(r):
                    if j == 0:
                        t.append('<td style="text-align: center; ">%s</td>' % inline(c))
                    elif j == 1:
                        t.append("<td><strong>%s</strong></td>" % inline(c))
                    else:
                        t.append("<td>%s</td>" % inline(c))
                t.append("</tr>")
            t += ["</tbody>", "</table>"]
            out.append("\n".join(t))
        else:
            out.append('<p style="text-align: justify; ">%s</p>' % inline(line))
            i += 1
    return "\n".join(out)


def build():
    meta, lines, related = read_source()
    url = meta["url"]
    title = meta["title"]
    page_title = "%s — Vikaspedia" % title
    files = "./%s_files" % page_title
    parts = url.split("/")
    lang_links = []
    for code, name, native in LANGS:
        cls = ' class="selected"' if code == "en" else ""
        host = "https://vikaspedia.in" if code == "en" else "https://%s.vikaspedia.in" % code
        path = "/".join(parts[3:])
        lang_links.append('<li%s><a href="%s/%s" title="%s" lang="%s">%s</a></li>'
                          % (cls, host, path, name, code, native))
    tabs = []
    for tid, name, href in TABS:
        cls = "selected" if tid == "education" else "plain"
        tabs.append('<li id="portaltab-%s" class="%s"><a href="%s" title="">%s</a></li>' % (tid, cls, href, name))
    crumbs = meta["crumbs"].split(" | ")
    crumb_html = ['<span id="breadcrumbs-home">\n<a href="https://vikaspedia.in/">Home</a>\n'
                  '<span class="breadcrumbSeparator">\n/\n</span>\n</span>']
    href = "https://vikaspedia.in"
    for k, c in enumerate(crumbs):
        href += "/" + parts[3 + k]
        crumb_html.append('<span dir="ltr" id="breadcrumbs-%d">\n<a href="%s">%s</a>\n'
                          '<span class="breadcrumbSeparator">\n/\n</span>\n</span>' % (k + 1, href, esc(c)))
    crumb_html.append('<span dir="ltr" id="breadcrumbs-%d">\n<span id="breadcrumbs-current">%s</span>\n</span>'
                      % (len(crumbs) + 1, esc(title)))
    nav_items = [("Classical Dances of India", url, True),
                 ("Folk Dances of India", "https://vikaspedia.in/education/art-and-culture/performing-arts/folk-dances-of-india", False),
                 ("Indian Classical Music", "https://vikaspedia.in/education/art-and-culture/performing-arts/indian-classical-music", False),
                 ("Puppetry traditions of India", "https://vikaspedia.in/education/art-and-culture/performing-arts/puppetry-traditions-of-india", False),
                 ("Theatre forms of India", "https://vikaspedia.in/education/art-and-culture/performing-arts/theatre-forms-of-india", False)]
    nav = []
    for name, h, cur in nav_items:
        cls = "navTreeItem visualNoMarker navTreeCurrentNode" if cur else "navTreeItem visualNoMarker"
        acls = "state-published navTreeCurrentItem navTreeCurrentNode contenttype-document" if cur else "state-published contenttype-document"
        nav.append('<li class="%s section-%s">\n<a href="%s" class="%s" title="">\n'
                   '<img width="16" height="16" src="%s/document_icon.png" alt="Page">\n<span>%s</span>\n</a>\n</li>'
                   % (cls, h.rstrip("/").split("/")[-1], h, acls, files, name))
    rel = []
    for name, h in related:
        ext = not h.startswith("https://vikaspedia.in")
        rel.append('<dd class="portletItem">\n<a href="%s" class="state-published%s"%s>\n'
                   '<img width="16" height="16" src="%s/%s" alt="%s">\n%s\n</a>\n</dd>'
                   % (h, " link-external" if ext else "", ' target="_blank"' if ext else "", files,
                      "link_icon.png" if ext else "document_icon.png", "Link" if ext else "Page", name))
    rating, votes = meta["rating"].split(" | ")
    stars = []
    for k in range(1, 6):
        on = "star-on" if k <= round(float(rating)) else "star-off"
        stars.append('<img src="%s/%s.png" alt="%d" title="%s">' % (files, on, k,
                     ["bad", "poor", "regular", "good", "gorgeous"][k - 1]))
    body = article(lines)
    doc = """<!DOCTYPE html>
<!-- saved from url=({n:04d}){url} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

    
        
            
                <link rel="stylesheet" type="text/css" media="screen" href="{files}/reset-cachekey-44f5d2b3e08a1c2cf5f1d1c1e9b0a7b3.css">
                <link rel="stylesheet" type="text/css" href="{files}/base-cachekey-08b79e8d8d3c3a5f0f3a2a91c4e6b212.css">
                <style type="text/css" media="screen">@import url("{files}/resourceplone.app.discussion.stylesheetsdiscussion-cachekey-d5a1f3e0b3a4c2c2d7a4c1f8e33b5a11.css");</style>
                <link rel="stylesheet" type="text/css" media="all" href="{files}/ploneCustom-cachekey-7e2c0f1a6b9d4e3c8a5b2f1d0c9e8a7b.css">
                <link rel="stylesheet" type="text/css" media="screen" href="{files}/vikaspedia-theme-cachekey-2b6f0e6d9c1a3f4e5d7c8b9a0e1f2d3c.css">
                <link rel="stylesheet" type="text/css" media="print" href="{files}/print-cachekey-1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c.css">
        
    
    
        <script type="text/javascript" src="{files}/resourceplone.app.jquery-cachekey-3a9f1c2d4e5b6a7f8c9d0e1f2a3b4c5d.js"></script>
        <script type="text/javascript" src="{files}/jquery-integration-cachekey-5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f.js"></script>
        <script type="text/javascript" src="{files}/vikaspedia-cachekey-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b.js"></script>
    


<title>{page_title_esc}</title>

    <link rel="canonical" href="{url}">

    <link rel="shortcut icon" type="image/x-icon" href="https://vikaspedia.in/favicon.ico">
    <link rel="apple-touch-icon" href="https://vikaspedia.in/touch_icon.png">


<script type="text/javascript">
        jQuery(function($){{
            if (typeof($.datepicker) != "undefined"){{
              $.datepicker.setDefaults(
                jQuery.extend($.datepicker.regional['en'],
                {{dateFormat: 'mm/dd/yy'}}));
            }}
        }});
        </script>




    <link rel="search" href="https://vikaspedia.in/@@search" title="Search this site">



        
        
        
        
        

        <meta name="viewport" content="width=device-width, initial-scale=0.6666, maximum-scale=1.0, minimum-scale=0.6666">
        <meta name="generator" content="Plone - http://plone.org">
    
<meta name="DC.creator" content="vikaspedia-content-team"><meta name="DC.format" content="text/html"><meta name="DC.language" content="en"><meta name="DC.date.modified" content="{mod_iso}"><meta name="DC.date.created" content="{created}"><meta name="DC.type" content="Page"><meta name="DC.distribution" content="Global"><meta name="description" content="{desc_attr}"><meta name="robots" content="ALL"><meta name="distribution" content="Global"><meta name="keywords" content="classical dance, Bharatanatyam, Kathak, Kathakali, Kuchipudi, Manipuri, Mohiniyattam, Odissi, Sattriya, Natya Shastra, Sangeet Natak Akademi"><script async="" src="{files}/js"></script><script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-8WQ1XKPZ2N');
</script></head>
<body class="template-document_view portaltype-document site-en section-education subsection-art-and-culture subsection-art-and-culture-performing-arts subsection-art-and-culture-performing-arts-classical-dances-of-india icons-on userrole-anonymous" dir="ltr">

<div id="visual-portal-wrapper">

        <div id="portal-top" class="row">
<div class="cell width-full position-0">
            <div id="portal-header">
    <p class="hiddenStructure">
  <a accesskey="2" href="{url}#content">Skip to content.</a> |

  <a accesskey="6" href="{url}#portal-globalnav">Skip to navigation</a>
</p>

<div id="portal-languageselector-wrapper">
<span class="language-label">Select Language</span>
<ul id="portal-languageselector">
{langs}
</ul>
</div>

<div id="portal-searchbox">

    <form id="searchGadget_form" action="https://vikaspedia.in/@@search">

        <div class="LSBox">
        <label class="hiddenStructure" for="searchGadget">Search Site</label>

        <input name="SearchableText" type="text" size="18" title="Search Site" placeholder="Search Site" accesskey="4" class="searchField inputLabel" id="searchGadget" autocomplete="off">

        <input class="searchButton" type="submit" value="Search">

        <div class="LSResult" id="LSResult"><div class="LSShadow" id="LSShadow"></div></div>
        </div>
    </form>

</div>

<a id="portal-logo" title="Vikaspedia" accesskey="1" href="https://vikaspedia.in/">
    <img src="{files}/logo.png" alt="Vikaspedia" title="Vikaspedia" height="72" width="260"></a>
<div id="portal-tagline">Information for empowerment</div>


    <h5 class="hiddenStructure">Sections</h5>

    <ul id="portal-globalnav">{tabs}</ul>

</div>

</div>
        </div>
    <div id="portal-columns" class="row">

        <div id="portal-column-content" class="cell width-3:4 position-1:4">

            <div id="viewlet-above-content"><div id="portal-breadcrumbs">

    <span id="breadcrumbs-you-are-here">You are here:</span>
{crumbs}

</div>
</div>

            
                <div class="">

                    

                    <div id="content">

                        

                        
    <div id="viewlet-above-content-title"></div>
    
        
        <h1 id="parent-fieldname-title" class="documentFirstHeading">
            {title_esc}
        </h1>
    
    <div id="viewlet-below-content-title"><div class="documentActions">
    <h5 class="hiddenStructure">Document Actions</h5>
    <ul>
        <li id="document-action-print"><a href="javascript:this.print();" title="">Print</a></li>
        <li id="document-action-sendto"><a href="https://vikaspedia.in/{path}/sendto_form" title="">Send this</a></li>
        <li id="document-action-pdf"><a href="https://vikaspedia.in/{path}/@@pdf" title="">Download PDF</a></li>
    </ul>
</div>
</div>

    
        
        <div class="documentDescription description" id="parent-fieldname-description">
            {desc}
        </div>
    

    <div id="viewlet-above-content-body"></div>
    <div id="content-core">
        
    <div id="parent-fieldname-text-5f3c2b1a0e9d4c8b7a6f5e4d3c2b1a09" class="">
            {body}
        </div>
    
    </div>
    <div id="viewlet-below-content-body">

<div class="relatedItems">
    
        <dl id="relatedItemBox" class="portlet">
            <dt class="portletHeader">
                <span class="portletTopLeft"></span>
                <span>Related Resources</span>
                <span class="portletTopRight"></span>
            </dt>
{rel}
        </dl>
    
</div>

<div id="contributor-viewlet">
    <p class="contributedBy"><span class="label">Contributed by :</span> {contributor}</p>
    <p class="lastModified"><span class="label">Last Modified :</span> {modified}</p>
</div>

<div id="rating-viewlet" class="rating-wrapper">
    <span class="rating-label">Rate this content</span>
    <span class="rating-stars">{stars}</span>
    <span class="rating-average">{rating} ({votes} votes)</span>
</div>

<div id="feedback-viewlet">
<form name="feedbackform" id="feedbackform" method="post" action="https://vikaspedia.in/{path}/@@post-feedback">
<fieldset>
<legend>Post Your Suggestion</legend>
<p class="discreet">Your suggestions help us improve the content on this page. Fields marked with <span class="required" title="Required">■</span> are required.</p>
<div class="field">
<label>Was this information useful?</label>
<input type="radio" name="useful" value="yes" id="fb-useful-yes"><label for="fb-useful-yes">Yes</label>
<input type="radio" name="useful" value="no" id="fb-useful-no"><label for="fb-useful-no">No</label>
</div>
<div class="field">
<label for="fb-name">Name <span class="required" title="Required">■</span></label>
<input type="text" id="fb-name" name="name" size="30" value="">
</div>
<div class="field">
<label for="fb-email">E-mail <span class="required" title="Required">■</span></label>
<input type="text" id="fb-email" name="email" size="30" value="">
</div>
<div class="field">
<label for="fb-comment">Suggestion <span class="required" title="Required">■</span></label>
<textarea id="fb-comment" name="comment" rows="5" cols="50"></textarea>
</div>
<div class="field">
<img src="{files}/captcha_image.jpg" alt="Captcha" width="150" height="40">
<label for="fb-captcha">Enter the characters shown in the image</label>
<input type="text" id="fb-captcha" name="captcha" size="10" value="" autocomplete="off">
</div>
<div class="formControls">
<input class="context" type="submit" name="form.button.Submit" value="Submit">
<input class="standalone" type="reset" name="form.button.Reset" value="Reset">
</div>
</fieldset>
</form>
</div>

</div>
    
    

                    </div>
                

                </div>
            

            <div id="viewlet-below-content">




</div>
        </div>

        
        <div id="portal-column-one" class="cell width-1:4 position-0">
            
                
<div class="portletWrapper" id="portletwrapper-706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f76696b6173706564696a610a6e617669676174696f6e" data-portlethash="706c6f6e652e6c656674636f6c756d6e0a636f6e746578740a2f76696b6173706564696a610a6e617669676174696f6e">
<dl class="portlet portletNavigationTree">

    <dt class="portletHeader">
        <span class="portletTopLeft"></span>
        <a href="https://vikaspedia.in/education/art-and-culture/performing-arts" class="tile">Performing Arts</a>
        <span class="portletTopRight"></span>
    </dt>

    <dd class="portletItem lastItem">
        <ul class="navTree navTreeLevel0">
{nav}
        </ul>
        <span class="portletBottomLeft"></span>
        <span class="portletBottomRight"></span>
    </dd>
</dl>

</div>

            
        </div>

        
    </div>


<div class="row">
    <div class="cell width-full position-0">
        <div id="portal-footer-wrapper">
<div id="footer-links">
<ul>
<li><a href="https://vikaspedia.in/aboutus">About Vikaspedia</a></li>
<li><a href="https://vikaspedia.in/disclaimer">Disclaimer</a></li>
<li><a href="https://vikaspedia.in/copyright-policy">Copyright Policy</a></li>
<li><a href="https://vikaspedia.in/privacy-policy">Privacy Policy</a></li>
<li><a href="https://vikaspedia.in/hyperlinking-policy">Hyperlinking Policy</a></li>
<li><a href="https://vikaspedia.in/accessibility-statement">Accessibility</a></li>
<li><a href="https://vikaspedia.in/sitemap">Sitemap</a></li>
<li><a href="https://vikaspedia.in/contact-us">Contact Us</a></li>
</ul>
</div>
<div id="footer-logos">
<a href="https://www.meity.gov.in/" target="_blank"><img src="{files}/meity-logo.png" alt="Ministry of Electronics and Information Technology, Government of India" height="48"></a>
<a href="https://www.digitalindia.gov.in/" target="_blank"><img src="{files}/digital-india-logo.png" alt="Digital India - Power To Empower" height="48"></a>
<a href="https://www.cdac.in/" target="_blank"><img src="{files}/cdac-logo.png" alt="C-DAC, Centre for Development of Advanced Computing" height="48"></a>
<a href="https://www.india.gov.in/" target="_blank"><img src="{files}/india-gov-logo.png" alt="india.gov.in - National Portal of India" height="48"></a>
</div>
<div id="portal-footer">
<p>Vikaspedia is an initiative of the Ministry of Electronics and Information Technology (MeitY), Government of India, and is implemented by the Centre for Development of Advanced Computing (C-DAC), Hyderabad.</p>
<p>© 2025 C-DAC. All content appearing on the vikaspedia portal is through collaborative effort of vikaspedia and its partners.</p>
<p class="discreet">Best viewed in Google Chrome, Mozilla Firefox and Microsoft Edge at 1280 x 800 resolution.</p>
</div>
</div>
    </div>
</div>



</div>

<div id="kss-spinner" style="display: none;"><img alt="" src="{files}/spinner.gif"></div>

</body></html>"""
    return doc.format(
        n=len(url), url=url, files=files, page_title_esc=esc(page_title), title_esc=esc(title),
        mod_iso=meta["modified-iso"], created=meta["created"],
        desc_attr=html.escape(meta["description"], quote=True).replace("&#x27;", "'"),
        desc=esc(meta["description"]), langs="\n".join(lang_links), tabs="".join(tabs),
        crumbs="\n".join(crumb_html), path="/".join(parts[3:]),
        body=body, rel="\n".join(rel), contributor=esc(meta["contributor"]), modified=meta["modified"],
        stars="".join(stars), rating=rating, votes=votes, nav="\n".join(nav))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
