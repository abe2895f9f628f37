#!/usr/bin/python3
"""Re-make docs/who-fact-sheet-amr-india.html byte for byte from tools/who-fact-sheet-amr-india.txt.

The page is a WHO fact sheet as the who.int site (Progress Sitefinity, ASP.NET, served with CRLF
line ends) delivers it, saved from the browser with "Save Page As... Webpage, HTML only": the
server's HTML unchanged, with root-relative links to stylesheets, scripts and images that the save
did not bring along, the Google Tag Manager snippet, JSON-LD, the cookie-consent banner (hidden
until a script shows it), the skip link, the site header with the language switcher, the
breadcrumb, the fact-sheet header with its date, the "Key facts" block, the h2 sections, the
"Related" sidebar, the newsletter strip, the footer with its regional and policy links and the
Sitefinity scripts at the end.  The article text comes from the source file: a small header
(title, date, slug, description), "## " headings, "- " list items, **bold**, *italic* and "~" for a
non-breaking space (written as &nbsp;, as the site's rich-text editor stores it).
Standard library only; deterministic.

Usage: make_html.py [OUTPUT]   (default: the set's docs/who-fact-sheet-amr-india.html)
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "who-fact-sheet-amr-india.txt")
OUT = os.path.join(HERE, "..", "docs", "who-fact-sheet-amr-india.html")


def inline(s):
    s = html.escape(s, quote=False)
    s = s.replace("~", "&nbsp;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def parse(text):
    head, _, body = text.partition("\n\n")
    meta = dict(l.split(": ", 1) for l in head.split("\n"))
    sections = []
    cur = None
    for block in body.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("## "):
            cur = {"title": lines[0][3:], "blocks": []}
            sections.append(cur)
            lines = lines[1:]
            if not lines:
                continue
        para = []
        items = []
        for l in lines:
            if l.startswith("- "):
                items.append(l[2:])
            else:
                para.append(l)
        if para:
            cur["blocks"].append(("p", " ".join(para)))
        if items:
            cur["blocks"].append(("ul", items))
    return meta, sections


def render_blocks(blocks, indent):
    out = []
    pad = " " * indent
    for kind, v in blocks:
        if kind == "p":
            out.append(pad + "<p>" + inline(v) + "</p>")
        else:
            out.append(pad + "<ul>")
            for it in v:
                out.append(pad + "    <li>" + inline(it) + "</li>")
            out.append(pad + "</ul>")
    return out


HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
    new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-M8LC6L5');</script>
    <!-- End Google Tag Manager -->
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>
\t@title@
</title>
    <meta property="og:title" content="@title@" /><meta property="og:description" content="@description@" /><meta property="og:image" content="https://cdn.who.int/media/images/default-source/imported/india/amr-awareness-week.jpg?sfvrsn=7c1b9a2e_3" /><meta property="og:url" content="https://www.who.int/india/news-room/fact-sheets/detail/@slug@" /><meta property="og:type" content="website" /><meta property="og:site_name" content="World Health Organization" /><meta name="twitter:card" content="summary_large_image" /><meta name="twitter:site" content="@WHOSEARO" /><meta name="description" content="@description@" /><meta name="keywords" content="antimicrobial resistance, AMR, India, GLASS, NAP-AMR, antibiotics" />
    <link rel="canonical" href="https://www.who.int/india/news-room/fact-sheets/detail/@slug@" />
    <link rel="alternate" hreflang="en" href="https://www.who.int/india/news-room/fact-sheets/detail/@slug@" />
    <link rel="icon" href="/favicon.ico" type="image/x-icon" />
    <link rel="preconnect" href="https://cdn.who.int" crossorigin />
    <link href="/ResourcePackages/WHO/assets/dist/styles/main.min.css?package=WHO&amp;v=15.1.8321.2" rel="stylesheet" type="text/css" />
    <link href="/ResourcePackages/WHO/assets/dist/styles/print.min.css?package=WHO&amp;v=15.1.8321.2" rel="stylesheet" type="text/css" media="print" />
    <script src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtoBtJIp_uA1YhJxsE-1Rc7Z9wBnWZ4ZG3l0v1&amp;t=ffffffffe8f46b29" type="text/javascript"></script>
    <script type="application/ld+json">
    {
      "@context": "https://schema.org",
      "@type": "Article",
      "headline": "@title@",
      "datePublished": "@isodate@",
      "publisher": { "@type": "Organization", "name": "World Health Organization: WHO", "logo": { "@type": "ImageObject", "url": "https://cdn.who.int/media/images/default-source/infographics/who-emblem.png" } },
      "mainEntityOfPage": "https://www.who.int/india/news-room/fact-sheets/detail/@slug@"
    }
    </script>
    <meta name="Generator" content="Sitefinity 15.1.8321.0 DX" />
    <meta name="sf_pagetype" content="FactSheet" />
</head>
<body class="who-body who-body--country" data-sf-culture="en">
    <!-- Google Tag Manager (noscript) -->
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-M8LC6L5"
    height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
    <!-- End Google Tag Manager (noscript) -->

    <div id="sfCookieConsent" class="cookie-consent" role="region" aria-label="Cookie consent" style="display:none">
        <div class="cookie-consent__inner">
            <p class="cookie-consent__text">This website uses cookies. We use cookies to improve your experience on our website and to analyse how it is used. You can accept all cookies, reject the optional ones or choose your settings. For more information see our <a href="/about/policies/privacy">privacy policy</a>.</p>
            <div class="cookie-consent__buttons">
                <button type="button" class="button button--primary" id="cookieAcceptAll">Accept all cookies</button>
                <button type="button" class="button button--secondary" id="cookieReject">Reject optional cookies</button>
                <button type="button" class="button button--link" id="cookieSettings">Cookie settings</button>
            </div>
        </div>
    </div>

    <a class="skip-link" href="#main-content">Skip to main content</a>

    <header class="sf-header" role="banner">
        <div class="sf-header__top">
            <div class="container">
                <a class="sf-header__logo" href="/india" title="World Health Organization India">
                    <img src="/ResourcePackages/WHO/assets/dist/images/logos/en/h-logo-blue.svg" alt="World Health Organization India" width="180" height="55" />
                </a>
                <nav class="language-selector" aria-label="Select language">
                    <ul>
                        <li><a href="https://www.who.int/ar" lang="ar" dir="rtl">&#x627;&#x644;&#x639;&#x631;&#x628;&#x64A;&#x629;</a></li>
                        <li><a href="https://www.who.int/zh" lang="zh">&#x4E2D;&#x6587;</a></li>
                        <li class="active"><a href="https://www.who.int/india" lang="en" aria-current="true">English</a></li>
                        <li><a href="https://www.who.int/fr" lang="fr">Fran&#xE7;ais</a></li>
                        <li><a href="https://www.who.int/ru" lang="ru">&#x420;&#x443;&#x441;&#x441;&#x43A;&#x438;&#x439;</a></li>
                        <li><a href="https://www.who.int/es" lang="es">Espa&#xF1;ol</a></li>
                    </ul>
                </nav>
            </div>
        </div>
        <nav class="sf-navigation" aria-label="Main navigation">
            <div class="container">
                <ul class="sf-navigation__list">
                    <li><a href="/india/health-topics">Health topics</a></li>
                    <li><a href="/india/our-work">Our work</a></li>
                    <li class="active"><a href="/india/news-room">Newsroom</a></li>
                    <li><a href="/india/emergencies">Emergencies</a></li>
                    <li><a href="/india/data">Data</a></li>
                    <li><a href="/india/about">About us</a></li>
                </ul>
                <form class="sf-search" action="/home/search-results" method="get" role="search">
                    <label for="searchInput" class="visually-hidden">Search</label>
                    <input id="searchInput" type="search" name="indexCatalogue" placeholder="Search" />
                    <button type="submit" aria-label="Submit search"><span class="icon icon-search"></span></button>
                </form>
            </div>
        </nav>
    </header>

    <main id="main-content" class="sf-main">
        <div class="container">
            <div class="breadcrumb" aria-label="Breadcrumb">
                <a href="/india">WHO India</a> / <a href="/india/news-room">Newsroom</a> / <a href="/india/news-room/fact-sheets">Fact sheets</a> / <a href="/india/news-room/fact-sheets/detail">Detail</a> / <span>@title@</span>
            </div>
        </div>
        <div class="sf-item-header-wrapper">
            <div class="container">
                <div class="sf-item-header">
                    <div class="date">
                        <span class="timestamp">@date@</span>
                        <span class="separator"> | </span>
                        <span class="type">Fact sheet</span>
                    </div>
                    <h1>@title@</h1>
                    <div class="sf-share">
                        <a href="#" class="share-link" aria-label="Share">Share</a>
                    </div>
                </div>
            </div>
        </div>
        <div class="container">
            <div class="row">
                <div class="col-md-9 sf-detail-body-wrapper">
"""

MID = """                </div>
                <div class="col-md-3">
                    <aside class="sf-related" aria-labelledby="related-heading">
                        <h2 id="related-heading" class="section-heading">Related</h2>
                        <ul class="list-view">
                            <li><a href="/health-topics/antimicrobial-resistance">Antimicrobial resistance (health topic)</a></li>
                            <li><a href="/publications/i/item/9789241509763">Global action plan on antimicrobial resistance</a></li>
                            <li><a href="/initiatives/glass">GLASS &ndash; Global Antimicrobial Resistance and Use Surveillance System</a></li>
                            <li><a href="/publications/i/item/9789240062382">The WHO AWaRe (Access, Watch, Reserve) antibiotic book</a></li>
                            <li><a href="/publications/i/item/9789240093461">WHO bacterial priority pathogens list, 2024</a></li>
                            <li><a href="/campaigns/world-amr-awareness-week">World AMR Awareness Week</a></li>
                        </ul>
                        <h3 class="section-heading section-heading--small">Fact sheets</h3>
                        <ul class="list-view">
                            <li><a href="/news-room/fact-sheets/detail/antimicrobial-resistance">Antimicrobial resistance</a></li>
                            <li><a href="/news-room/fact-sheets/detail/tuberculosis">Tuberculosis</a></li>
                            <li><a href="/news-room/fact-sheets/detail/typhoid">Typhoid</a></li>
                            <li><a href="/news-room/fact-sheets/detail/sepsis">Sepsis</a></li>
                        </ul>
                    </aside>
                </div>
            </div>
        </div>
        <section class="sf-newsletter">
            <div class="container">
                <h2 class="sf-newsletter__title">Subscribe to our newsletters</h2>
                <a class="button button--primary" href="/newsletters">Subscribe</a>
            </div>
        </section>
    </main>

    <footer class="sf-footer" role="contentinfo">
        <div class="container">
            <div class="sf-footer__regions">
                <h2 class="visually-hidden">Regions</h2>
                <ul>
                    <li><a href="https://www.afro.who.int/">Africa</a></li>
                    <li><a href="https://www.paho.org/">Americas</a></li>
                    <li><a href="https://www.who.int/southeastasia">South-East Asia</a></li>
                    <li><a href="https://www.who.int/europe">Europe</a></li>
                    <li><a href="https://www.emro.who.int/">Eastern Mediterranean</a></li>
                    <li><a href="https://www.who.int/westernpacific">Western Pacific</a></li>
                </ul>
            </div>
            <div class="sf-footer__links">
                <ul>
                    <li><a href="/about/policies/privacy">Privacy policy</a></li>
                    <li><a href="/about/policies/terms-of-use">Terms of use</a></li>
                    <li><a href="/about/policies/cookies">Cookies policy</a></li>
                    <li><a href="/careers">Careers</a></li>
                    <li><a href="/about/frequently-asked-questions">Frequently asked questions</a></li>
                    <li><a href="/about/ethics/ethics-office/report-misconduct">Report misconduct</a></li>
                    <li><a href="/india/about/contact-us">Contact us</a></li>
                </ul>
                <p class="sf-footer__copyright">&copy; 2025 WHO</p>
            </div>
        </div>
    </footer>

    <script src="/ResourcePackages/WHO/assets/dist/scripts/main.min.js?package=WHO&amp;v=15.1.8321.2" type="text/javascript"></script>
    <script src="/ResourcePackages/WHO/assets/dist/scripts/cookie-consent.min.js?v=3.2.1" type="text/javascript"></script>
    <script type="text/javascript">
        window.whoCookieConsent && window.whoCookieConsent.init({ bannerId: 'sfCookieConsent', policyUrl: '/about/policies/cookies' });
    </script>
<input type="hidden" id="sfPageId" value="9d1c2f7e-5b8a-4a91-a0c3-2f6e77d1b4c2" />
</body>
</html>
"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, sections = parse(open(SRC, encoding="utf-8").read())
    months = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                           "August", "September", "October", "November", "December"], 1)}
    d, m, y = meta["date"].split()
    fill = {"title": html.escape(meta["title"]), "description": html.escape(meta["description"]),
            "slug": meta["slug"], "date": meta["date"], "isodate": "%s-%02d-%02d" % (y, months[m], int(d))}
    body = []
    for sec in sections:
        if sec["title"] == "Key facts":
            body.append('                    <div class="sf-content-block content-block">')
            body.append("                        <div>")
            body.append("                            <h3>Key facts</h3>")
            body.extend(render_blocks(sec["blocks"], 28))
            body.append("                        </div>")
            body.append("                    </div>")
            body.append('                    <article class="sf-detail-body-wrapper">')
            continue
        body.append('                        <h2>%s</h2>' % inline(sec["title"]))
        body.extend(render_blocks(sec["blocks"], 24))
    body.append("                    </article>")
    page = HEAD
    for k, v in fill.items():
        page = page.replace("@%s@" % k, v)
    page = page + "\n".join(body) + "\n" + MID
    data = page.replace("\n", "\r\n").encode("utf-8")
    with open(out, "wb") as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
