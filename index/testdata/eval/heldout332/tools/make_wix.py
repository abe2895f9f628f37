#!/usr/bin/python3
"""Make docs/fi-index-explained-wix-blog.html from tools/fi-index-explained-wix-blog.txt.

The document is a blog post on a free-plan Wix site ("The Mains Margin", a made-up UPSC blog)
saved from the browser with "Save page as > Webpage, HTML only", i.e. the server-rendered HTML
Wix sends, with no "saved from" comment and nothing downloaded beside it. What it holds, in the
order Wix writes it:

  * the head: charset, Wix's viewport and generator metas, favicon links to wix.com, the
    performance and polyfill scripts, the viewer model as a JSON script (site, page and
    experiment settings), the master page's CSS, SEO tags (canonical, Open Graph, Twitter card),
    a BlogPosting JSON-LD script, the title and a font-face style block;
  * the body: SITE_CONTAINER > main_MF > site-root > masterPage, deeply nested divs with
    generated class names and data-mesh-id / data-testid attributes; the free plan's WIX_ADS
    banner ("This site was designed with the Wix.com website builder. Create your website today.
    Start Now"); the site header (the site name as a rich-text element, its tagline, a
    horizontal menu of six items and "Log In"); PAGES_CONTAINER with the blog's TPA section;
  * the blog widget: the blog's category menu and search, the post header (writer's avatar and
    name, date, "8 min read", "Updated:" date, the three-dot "more" button), the title in an h1
    with data-hook="post-title", then the post body inside the Ricos rich-content viewer
    (data-id="rich-content-viewer"): paragraphs, h2 and h3 headings, bullet and numbered lists,
    a block quote, an image with caption, a divider and empty lines, each block followed by Wix's
    empty marker div (<div type="paragraph" data-hook="rcv-block7"></div>), text in spans with
    inline styles (font size, colour, font-weight:700 for bold, font-style:italic), links with
    data-hook="linkViewer";
  * the post footer: tags, the category, share buttons (Facebook, X, LinkedIn, copy link) as
    SVG icons, the views, comments and likes counters;
  * the "Recent Posts" widget with "See All" and three cards (cover image, title, views,
    comments and likes counters), the comments widget ("Comments", "Write a comment...", three
    comments with one reply, "Load more comments"), the site footer ("(c) 2025 by ... Powered and
    secured by Wix") and the scripts Wix loads at the end of the body.

Run: /usr/bin/python3 tools/make_wix.py [output path]   (byte-for-byte stable)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "fi-index-explained-wix-blog.txt")
OUT = os.path.join(HERE, "..", "docs", "fi-index-explained-wix-blog.html")

MSID = "8f3c2a71-5b4e-4d0a-9c61-2e7d94b0a5f3"
META_SITE = "c41d7e0b-91a2-4f53-b8e6-0d2f6a9c3e17"
MEDIA = "0b7c31_"
TEXT = "#2F2E2E"


class Ids:
    """Deterministic ids that look like Wix's generated ones."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n=5):
        chars = "abcdefghijklmnopqrstuvwxyz0123456789"
        out = ""
        for _ in range(n):
            self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            out += chars[(self.state >> 33) % 36]
        return out


IDS = Ids(20251204)


def e(s):
    return html.escape(s, quote=True)


def inline(s):
    """**bold**, __italic__ and [label](url) to Ricos spans; everything else escaped."""
    out, pos = [], 0
    pat = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\(([^)]+)\)")
    for m in pat.finditer(s):
        out.append(e(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<span style="font-weight:700">%s</span>' % e(m.group(1)))
        elif m.group(2) is not None:
            out.append('<span style="font-style:italic">%s</span>' % e(m.group(2)))
        else:
            out.append('<a data-hook="linkViewer" href="%s" class="_3Ckf2 xjJpQ" target="_blank" '
                       'rel="noopener noreferrer"><span class="K0SAr">%s</span></a>'
                       % (e(m.group(4)), e(m.group(3))))
        pos = m.end()
    out.append(e(s[pos:]))
    return "".join(out)


def parse():
    meta, blocks, recent, comments = {}, [], [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("# "):
                continue
            key, _, val = line[1:].partition(" ")
            if key in ("p", "h2", "h3", "quote"):
                blocks.append((key, val))
            elif key in ("ul", "ol"):
                if blocks and blocks[-1][0] == key:
                    blocks[-1][1].append(val)
                else:
                    blocks.append((key, [val]))
            elif key == "empty" or key == "divider":
                blocks.append((key, None))
            elif key == "img":
                blocks.append((key, [p.strip() for p in val.split("|")]))
            elif key == "recent":
                recent.append([p.strip() for p in val.split("|")])
            elif key in ("comment", "reply"):
                comments.append([key] + [p.strip() for p in val.split("|", 2)])
            else:
                meta[key] = val
    return meta, blocks, recent, comments


BREAK = '<div class="tETUs vkIF2 C_Flw" data-breakout="normal">'
P_CLS = "MMl86 Kp5GR _4Ho1J X_SZS R3mjF public-DraftStyleDefault-block-depth0 fixed-tab-size"
H2_CLS = "MMl86 _1eqLk _4Ho1J Jvdxg R3mjF public-DraftStyleDefault-block-depth0 fixed-tab-size"
H3_CLS = "MMl86 Bq8Mm _4Ho1J Jvdxg R3mjF public-DraftStyleDefault-block-depth0 fixed-tab-size"


def p_html(text, size=18):
    return ('%s<p id="viewer-%s" class="%s" dir="auto"><span style="color:%s"><span '
            'style="font-size:%dpx">%s</span></span></p></div>'
            % (BREAK, IDS.next(), P_CLS, TEXT, size, inline(text)))


def block_html(kind, val, n):
    if kind == "p":
        body, marker = p_html(val), "paragraph"
    elif kind == "empty":
        body = ('%s<p id="viewer-%s" class="%s" dir="auto"><br role="presentation"/></p></div>'
                % (BREAK, IDS.next(), P_CLS))
        marker = "empty-line"
    elif kind in ("h2", "h3"):
        size = 28 if kind == "h2" else 22
        body = ('%s<%s id="viewer-%s" class="%s" dir="auto"><span style="font-weight:700">'
                '<span style="font-size:%dpx"><span style="color:#1C1C1C">%s</span></span>'
                '</span></%s></div>' % (BREAK, kind, IDS.next(), H2_CLS if kind == "h2" else H3_CLS,
                                        size, inline(val), kind))
        marker = kind
    elif kind in ("ul", "ol"):
        cls = "w5kNQ kJvBV wFC7T Xp2PB" if kind == "ul" else "w5kNQ _9oVKo wFC7T Xp2PB"
        items = []
        for item in val:
            items.append('<li class="XyvWM _7hKTD Ts2Ip" dir="auto" style="--ricos-list-item-'
                         'indent:0">%s</li>' % p_html(item, 18))
        start = ' start="1"' if kind == "ol" else ""
        body = '<%s class="%s"%s>%s</%s>' % (kind, cls, start, "".join(items), kind)
        marker = "unordered-list" if kind == "ul" else "ordered-list"
    elif kind == "quote":
        body = ('%s<blockquote id="viewer-%s" class="Qi6Vz _9HHHG _4Ho1J R3mjF" dir="auto">'
                '<span style="color:%s"><span style="font-size:20px">%s</span></span>'
                '</blockquote></div>' % (BREAK, IDS.next(), TEXT, inline(val)))
        marker = "blockquote"
    elif kind == "img":
        alt, caption = val
        mid = "%s%s~mv2.png" % (MEDIA, "4e7a9c1d2b3f4a5e8c6d0f1a2b3c4d5e"[:32])
        body = ('<div class="tETUs _8dXAb C_Flw" data-breakout="normal"><figure id="viewer-%s" '
                'class="_2vSzY bR5m6 _9oBf0" data-hook="figure-IMAGE"><div class="kv3Ny AeqIu" '
                'data-hook="imageViewer" role="button" tabindex="0" aria-label="%s"><wow-image '
                'id="img-%s" class="HlRz5e BI8PVQ" data-image-info="{&quot;containerId&quot;:'
                '&quot;img-%s&quot;,&quot;displayMode&quot;:&quot;fill&quot;,&quot;imageData&quot;'
                ':{&quot;width&quot;:1280,&quot;height&quot;:720,&quot;uri&quot;:&quot;%s&quot;}}"'
                ' data-has-ssr-src="true"><img src="https://static.wixstatic.com/media/%s/v1/fill/'
                'w_740,h_416,al_c,q_90,usm_0.66_1.00_0.01,enc_avif,quality_auto/%s" alt="%s" '
                'style="width:740px;height:416px;object-fit:cover" width="740" height="416" '
                'fetchpriority="high"/></wow-image></div><figcaption class="_1gVhM NpkMY" '
                'dir="auto" data-hook="imageViewerCaption">%s</figcaption></figure></div>'
                % (IDS.next(), e(alt), "x" + IDS.next(7), "x", mid, mid, mid, e(alt), e(caption)))
        marker = "image"
    elif kind == "divider":
        body = ('<div class="tETUs vkIF2 C_Flw" data-breakout="normal"><div id="viewer-%s" '
                'class="_0XGXp DcdWz" data-hook="divider-single"><div class="QMm9j LRpy_">'
                '<hr class="ngT9H q_FVS" aria-hidden="true"/></div></div></div>' % IDS.next())
        marker = "divider"
    else:
        raise SystemExit("unknown block %r" % kind)
    return body + '<div type="%s" data-hook="rcv-block%d"></div>' % (marker, n)


SVG_SHARE = {
    "Share on Facebook": "M9 7H7v3h2v8h3v-8h2.4l.4-3H12V5.8c0-.7.2-1 .9-1H15V2h-2.6C10 2 9 3.1 9 5.2V7z",
    "Share on X": "M13.7 10.6 20.2 3h-1.5l-5.7 6.6L8.5 3H3.3l6.8 9.9L3.3 21h1.5l6-6.9 4.8 6.9h5.2l-7.1-10.4z",
    "Share on LinkedIn": "M5 8h3v11H5V8zm1.5-5A1.7 1.7 0 1 1 6.5 6.4 1.7 1.7 0 0 1 6.5 3zM10 8h2.9v1.5c.4-.8 1.4-1.7 3-1.7 3.1 0 3.7 2 3.7 4.7V19h-3v-5.8c0-1.4 0-3.1-1.9-3.1s-2.2 1.5-2.2 3V19h-3V8z",
    "Copy link": "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0z",
}


def svg(path, size=19):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 24 24" '
            'fill="currentColor" aria-hidden="true" focusable="false"><path d="%s"></path></svg>'
            % (size, size, path))


HEART = "M12 20.2 4.9 13.3a4.6 4.6 0 0 1 0-6.6 4.8 4.8 0 0 1 6.7 0l.4.4.4-.4a4.8 4.8 0 0 1 6.7 0 4.6 4.6 0 0 1 0 6.6L12 20.2z"
EYE = "M12 5c4.5 0 8 4.5 9 7-1 2.5-4.5 7-9 7s-8-4.5-9-7c1-2.5 4.5-7 9-7zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8z"
BUBBLE = "M4 4h16v12H8l-4 4V4z"
DOTS = "M5 10.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z"
SEARCH = "M10.5 4a6.5 6.5 0 0 1 5.2 10.4l4.4 4.4-1.1 1.1-4.4-4.4A6.5 6.5 0 1 1 10.5 4z"


def head(meta):
    url = "https://%s/post/%s" % (meta["domain"], meta["slug"])
    cover = "https://static.wixstatic.com/media/%s1d4e6f8a0b2c4d6e8f0a1b2c3d4e5f6a~mv2.png" % MEDIA
    viewer_model = {
        "siteFeaturesConfigs": {"platform": {"bootstrapData": {"appsSpecData": {}}},
                                "seo": {"isInSEO": False, "hasBlogAmp": True}},
        "commonConfig": {"brand": "wix", "host": "VIEWER", "bsi": "", "consentPolicy": {},
                         "consentPolicyHeader": {}, "siteRevision": "1187",
                         "renderingFlow": "NONE", "language": "en", "locale": "en-in"},
        "interactionSampleRatio": 0.01,
        "site": {"metaSiteId": META_SITE, "isHttps": True, "externalBaseUrl": "https://"
                 + meta["domain"], "siteId": MSID, "isPremiumDomain": False,
                 "isEditor": False, "isWixSite": True, "siteAssets": {"cacheVersions": {}}},
        "requestUrl": url,
        "rollout": {"siteAssetsVersionsRollout": False, "isDACRollout": 0,
                    "isTBRollout": False},
        "fleetConfig": {"fleetName": "wix-thunderbolt", "type": "GA", "code": 0},
        "mode": {"qa": False, "enableTestApi": False, "debug": False, "ssrIndicator": False,
                 "ssrOnly": False, "siteAssetsFallback": "enable"},
        "siteFeatures": ["accessibility", "appMonitoring", "assetsLoader", "businessLogger",
                         "captcha", "clickHandlerRegistrar", "commonConfig", "componentsLoader",
                         "componentsRegistry", "consentPolicy", "cyclicTabbing", "domSelectors",
                         "environmentWixCodeSdk", "environment", "locationWixCodeSdk", "mpaNavigation",
                         "navigationManager", "navigationPhases", "ooi", "pages", "panorama",
                         "renderer", "reporter", "router", "scrollRestoration", "seoWixCodeSdk",
                         "seo", "sessionManager", "siteMembersWixCodeSdk", "siteMembers",
                         "siteScrollBlocker", "siteWixCodeSdk", "stores", "structureApi",
                         "thunderboltInitializer", "tpaCommons", "translations", "usedPlatformApis",
                         "warmupData", "windowMessageRegistrar", "windowWixCodeSdk", "wixEmbedsApi",
                         "componentsReact", "platform"],
        "experiments": {"specs.thunderbolt.DatePickerPortal": True,
                        "specs.thunderbolt.LinkBarAriaLabel": True,
                        "specs.thunderbolt.ooiCssAsLinkTag": True,
                        "specs.thunderbolt.blogSsrInlineCss": False},
        "media": {"staticMediaUrl": "https://static.wixstatic.com/media",
                  "mediaRootUrl": "https://static.wixstatic.com/",
                  "staticVideoUrl": "https://video.wixstatic.com/"},
        "language": {"userLanguage": "en", "siteLanguage": "en", "isMultilingualEnabled": False},
        "viewMode": "desktop",
        "anywhereConfig": {},
    }
    ld = {
        "@context": "https://schema.org/", "@type": "BlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": meta["title"], "description": meta["description"],
        "image": {"@type": "ImageObject", "url": cover, "height": 720, "width": 1280},
        "datePublished": meta["published"], "dateModified": meta["modified"],
        "author": {"@type": "Person", "name": meta["author"],
                   "url": "https://%s/profile/kavyamenon/profile" % meta["domain"]},
        "publisher": {"@type": "Organization", "name": meta["site"],
                      "logo": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/"
                               "%s9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d~mv2.png" % MEDIA}},
        "interactionStatistic": [
            {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
             "userInteractionCount": int(meta["likes"].replace(",", ""))},
            {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
             "userInteractionCount": int(meta["comments"].replace(",", ""))}],
        "keywords": meta["tags"].split("|"),
    }
    css = (
        "#masterPage:not(.landingPage) #PAGES_CONTAINER{margin-top:0px;margin-bottom:0px;}"
        "#masterPage.landingPage #SITE_HEADER{display:none;}"
        "#masterPage.landingPage #SITE_FOOTER{display:none;}"
        "#masterPage.landingPage #SITE_HEADER-placeholder{display:none;}"
        "#masterPage.landingPage #SITE_FOOTER-placeholder{display:none;}"
        "#SITE_CONTAINER.focus-ring-active :not(.has-custom-focus):not(.ignore-focus)"
        ":not([tabindex=\"-1\"]):focus,#SITE_CONTAINER.focus-ring-active :not(.has-custom-focus)"
        ":not(.ignore-focus):not([tabindex=\"-1\"]):focus~.wixSdkShowFocusOnSibling"
        "{--focus-ring-box-shadow:0 0 0 1px #ffffff, 0 0 0 3px #116dff;box-shadow:var("
        "--focus-ring-box-shadow)!important;z-index:1;}"
        ".has-inner-focus-ring{--focus-ring-box-shadow:0 0 0 1px #ffffff inset, 0 0 0 3px "
        "#116dff inset!important;}"
        "#masterPage{left:0;margin-left:0;width:100%;min-width:0;}"
        "#SITE_HEADER{--pinned-layer-in-container:50;--above-all-in-container:49;}"
        "#PAGES_CONTAINER{--pinned-layer-in-container:51;--above-all-in-container:49;}"
        "#SITE_FOOTER{--pinned-layer-in-container:52;--above-all-in-container:49;}"
        "[data-mesh-id=SITE_HEADERinlineContent]{height:auto;width:100%;}"
        "[data-mesh-id=SITE_HEADERinlineContent-gridContainer]{position:static;display:grid;"
        "height:auto;width:100%;min-height:auto;grid-template-rows:repeat(2, min-content) 1fr;"
        "grid-template-columns:100%;}"
        "#comp-lxk1a2b3{justify-self:start;margin-left:5%;grid-area:1 / 1 / 2 / 2;}"
        "#comp-lxk1a2b4{justify-self:start;margin-left:5%;grid-area:2 / 1 / 3 / 2;}"
        "#comp-lxk1a2b5{justify-self:end;margin-right:5%;grid-area:1 / 1 / 3 / 2;}"
        ".comp-lxk1a2b3{--text-direction:var(--wix-opt-in-direction);}"
        ".font_0{font:normal normal normal 60px/1.4em dmserifdisplay,serif;color:#1C1C1C;}"
        ".font_2{font:normal normal normal 32px/1.4em dmserifdisplay,serif;color:#1C1C1C;}"
        ".font_6{font:normal normal normal 26px/1.4em dmserifdisplay,serif;color:#1C1C1C;}"
        ".font_8{font:normal normal normal 16px/1.6em helvetica-w01-light,sans-serif;"
        "color:#2F2E2E;}"
        ".font_9{font:normal normal normal 13px/1.4em helvetica-w01-light,sans-serif;"
        "color:#2F2E2E;}"
        ":root{--color_0:255,255,255;--color_1:255,255,255;--color_2:0,0,0;"
        "--color_11:255,255,255;--color_15:28,28,28;--color_18:15,76,129;--color_19:214,167,57;"
        "--wix-ads-height:50px;--sticky-offset:0px;--wix-ads-top-height:50px;"
        "--site-width:980px;--above-all-z-index:100000;--portals-z-index:100001;}"
    )
    parts = [
        '<!DOCTYPE html>',
        '<html lang="en" dir="ltr">',
        '<head>',
        "  <meta charset='utf-8'>",
        '  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />',
        '  <meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '  <meta name="generator" content="Wix.com Website Builder"/>',
        '',
        '  <link rel="icon" sizes="192x192" href="https://www.wix.com/favicon.ico" type="image/x-icon"/>',
        '  <link rel="shortcut icon" href="https://www.wix.com/favicon.ico" type="image/x-icon"/>',
        '  <link rel="apple-touch-icon" href="https://www.wix.com/favicon.ico" type="image/x-icon"/>',
        '',
        '  <!-- Safari Pinned Tab Icon -->',
        '  <!-- <link rel="mask-icon" href="https://www.wix.com/favicon.ico"> -->',
        '',
        '  <!-- Original trials -->',
        '  ',
        '',
        '  <!-- Performance API Polyfills -->',
        '  <script>',
        '  (function () {',
        '    var noop = function noop() {};',
        '    if ("performance" in window === false) {',
        '      window.performance = {};',
        '    }',
        '    window.performance.mark = performance.mark || noop;',
        '    window.performance.measure = performance.measure || noop;',
        '    if ("now" in window.performance === false) {',
        '      var nowOffset = Date.now();',
        '      if (performance.timing && performance.timing.navigationStart) {',
        '        nowOffset = performance.timing.navigationStart;',
        '      }',
        '      window.performance.now = function now() {',
        '        return Date.now() - nowOffset;',
        '      };',
        '    }',
        '  })();',
        '  </script>',
        '',
        '  <!-- Polyfills check -->',
        '  <script>',
        '    if (',
        "      typeof Promise === 'undefined' ||",
        "      typeof Set === 'undefined' ||",
        "      typeof Object.assign === 'undefined' ||",
        "      typeof Array.from === 'undefined' ||",
        "      typeof Symbol === 'undefined'",
        '    ) {',
        "      console.error('Missing polyfills - redirecting to the legacy viewer')",
        '    }',
        '  </script>',
        '',
        '  <!-- Wix Viewer Model -->',
        '  <script type="application/json" id="wix-viewer-model">%s</script>'
        % json.dumps(viewer_model, separators=(",", ":")).replace("/", "\\/"),
        '  <script>',
        "    var viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)",
        '    window.commonConfig = viewerModel.commonConfig',
        '  </script>',
        '',
        '  <!-- initCustomElements -->',
        '  <link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/'
        'custom-elements.inline.8b7b8d8a.bundle.min.js" as="script" type="text/javascript" '
        'crossorigin="anonymous">',
        '',
        '  <!-- Core-js polyfills -->',
        '  <script src="https://static.parastorage.com/unpkg/core-js-bundle@3.2.1/minified.js" '
        'nomodule="" crossorigin="anonymous"></script>',
        '',
        '  <style id="css_masterPage">%s</style>' % css,
        '',
        '  <!-- head performance data start -->',
        '  ',
        '  <!-- head performance data end -->',
        '  <meta name="fb_admins_meta_tag" content=""/>',
        '  <link rel="canonical" href="%s"/>' % url,
        '  <meta property="og:title" content="%s"/>' % e(meta["title"]),
        '  <meta property="og:description" content="%s"/>' % e(meta["description"]),
        '  <meta property="og:image" content="%s"/>' % cover,
        '  <meta property="og:image:width" content="1280"/>',
        '  <meta property="og:image:height" content="720"/>',
        '  <meta property="og:url" content="%s"/>' % url,
        '  <meta property="og:site_name" content="%s"/>' % e(meta["site"]),
        '  <meta property="og:type" content="article"/>',
        '  <meta property="article:published_time" content="%s"/>' % meta["published"],
        '  <meta property="article:modified_time" content="%s"/>' % meta["modified"],
        '  <link rel="amphtml" href="https://%s/post/%s/amp"/>' % (meta["domain"], meta["slug"]),
        '  <meta name="twitter:card" content="summary_large_image"/>',
        '  <meta name="twitter:title" content="%s"/>' % e(meta["title"]),
        '  <meta name="twitter:description" content="%s"/>' % e(meta["description"]),
        '  <meta name="twitter:image" content="%s"/>' % cover,
        '  <script type="application/ld+json">%s</script>'
        % json.dumps(ld, separators=(",", ":"), ensure_ascii=False),
        '  <title>%s</title>' % e(meta["title"]),
        '',
        '  <style data-href="https://static.parastorage.com/tag-bundler/api/v1/fonts-cache/'
        'googlefont/woff2/s/dmserifdisplay/v15/-nFnOHM81r4j6k0gjAW3mujVU2B2G_Bx0g.woff2">'
        '@font-face{font-family:"dmserifdisplay";font-style:normal;font-weight:400;'
        'font-display:swap;src:url(https://static.parastorage.com/tag-bundler/api/v1/'
        'fonts-cache/googlefont/woff2/s/dmserifdisplay/v15/-nFnOHM81r4j6k0gjAW3mujVU2B2G_Bx0g'
        '.woff2) format("woff2");unicode-range:U+0000-00FF;}</style>',
        '</head>',
    ]
    return "\n".join(parts)


def header_html(meta):
    menu = ["Home", "GS Notes", "Current Affairs", "Blog", "Mentorship", "Contact"]
    items = []
    for i, label in enumerate(menu):
        slug = "" if label == "Home" else label.lower().replace(" ", "-")
        sel = ' aria-current="page" data-selected="true"' if label == "Blog" else ""
        items.append(
            '<li class="wbgQXa lOWZsD wixui-dropdown-menu__item" data-testid="menuItem"%s>'
            '<a data-testid="linkElement" href="https://%s/%s" target="_self" class="UiHgGh">'
            '<div class="yRj2ms"><div class="" data-testid="menuItem-%d"><p class="JS76Uv">%s</p>'
            '</div></div></a></li>' % (sel, meta["domain"], slug, i, e(label)))
    return (
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">'
        '<div class="_C0cVf"><div class="_4XcTfy"></div><div class="gUbusX"></div></div>'
        '<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX"></div></div>'
        '<div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" '
        'data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-'
        'gridContainer" data-testid="mesh-container-content">'
        '<div id="comp-lxk1a2b3" class="KcpHeO tz5MBB comp-lxk1a2b3 wixui-rich-text" '
        'data-testid="richTextElement"><p class="font_6 wixui-rich-text__text" '
        'style="font-size:26px;"><span style="font-size:26px;" class="wixui-rich-text__text">'
        '<a href="https://%s" target="_self" class="wixui-rich-text__text">%s</a></span></p>'
        '</div>'
        '<div id="comp-lxk1a2b4" class="KcpHeO tz5MBB comp-lxk1a2b4 wixui-rich-text" '
        'data-testid="richTextElement"><p class="font_9 wixui-rich-text__text" '
        'style="font-size:13px;"><span style="letter-spacing:0.05em;" '
        'class="wixui-rich-text__text">%s</span></p></div>'
        '<nav id="comp-lxk1a2b5" class="StylableHorizontalMenu3372578893__root '
        'comp-lxk1a2b5 wixui-horizontal-menu" aria-label="Site"><ul class="Zb0Cke '
        'StylableHorizontalMenu3372578893__menu wixui-horizontal-menu__menu" role="menu">%s'
        '</ul></nav>'
        '<div id="comp-lxk1a2b6" class="EzJdKn comp-lxk1a2b6 wixui-login-bar">'
        '<div class="Dz5V0c"><button class="Tj01hh" aria-label="Log In" type="button">'
        '<span class="M2k8Dh">%s</span><span class="KG0Gxf">Log In</span></button></div></div>'
        '</div></div></div></div></header>'
        % (meta["domain"], e(meta["site"]), e(meta["tagline"]), "".join(items),
           svg("M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4 0-8 2-8 5v1h16v-1c0-3-4-5-8-5z", 24)))


def post_html(meta, blocks):
    cats = ["All Posts", "GS3 Economy", "GS2 Polity", "Current Affairs 2025", "Answer Writing"]
    catlinks = "".join(
        '<li class="_1MkyF"><a href="https://%s/blog%s" class="KWI6V blog-navigation-link-'
        'hover-color%s" data-hook="link-%d"><span class="iHt1Z">%s</span></a></li>'
        % (meta["domain"], "" if c == "All Posts" else "/categories/" + c.lower().replace(" ", "-"),
           " blog-navigation-link-active-color" if c == meta["category"] else "", i, e(c))
        for i, c in enumerate(cats))
    nav = ('<div class="U9wDU blog-header-background-color" data-hook="blog-desktop-header-'
           'container"><nav class="yeXP3 blog-navigation-container-font" data-hook="category-'
           'menu" aria-label="Blog Categories"><ul class="ksIe0">%s</ul><div class="_9b6vs" '
           'data-hook="search-input"><button class="yB8iV" aria-label="Search" type="button">%s'
           '</button><input class="HXo1m blog-navigation-container-font" placeholder="Search" '
           'aria-label="Search" maxlength="100" value=""/></div></nav></div>'
           % (catlinks, svg(SEARCH, 18)))
    avatar = ("https://static.wixstatic.com/media/%s5c2d0e8f7a6b4c3d2e1f0a9b8c7d6e5f~mv2.jpg/v1/"
              "fill/w_32,h_32,al_c,q_80,enc_avif,quality_auto/Kavya.jpg" % MEDIA)
    header = (
        '<div class="ikLrt" data-hook="post-header"><div class="kzBAz"><div class="Bf8xv">'
        '<a href="https://%s/profile/kavyamenon/profile" class="tb1dp" data-hook="avatar-image-'
        'link"><div class="_0bD0g" data-hook="avatar-image"><img src="%s" alt="Writer&#x27;s '
        'picture" width="32" height="32" class="H8aBA"/></div></a><div class="E1jlA"><div '
        'class="Q7J5I"><a href="https://%s/profile/kavyamenon/profile" class="Fo8yJ" data-hook='
        '"user-name-link"><span class="tQ0Q1 blog-post-text-color" data-hook="user-name">%s'
        '</span></a><span class="gGMnd" aria-hidden="true"><span class="_1y9Sv">'
        '%s</span></span><span class="Grwg2" data-hook="user-badge">Admin</span></div><ul '
        'class="M4W0n"><li class="TC8vi"><span class="post-metadata__date time-ago" '
        'data-hook="time-ago" title="%s">%s</span></li><li class="TC8vi"><span class="post-'
        'metadata__readTime" data-hook="time-to-read" title="%s">%s</span></li></ul><div '
        'class="_2bYkO"><span class="pOx5W" data-hook="post-updated-date">Updated: %s</span>'
        '</div></div></div><div class="Y2ZcY"><button class="vz1LP" aria-label="More actions" '
        'aria-haspopup="true" data-hook="more-button" type="button">%s</button></div></div>'
        '</div>'
        % (meta["domain"], avatar, meta["domain"], e(meta["author"]),
           svg("M12 2l2.4 4.9 5.4.8-3.9 3.8.9 5.4L12 14.3 7.2 16.9l.9-5.4L4.2 7.7l5.4-.8z", 14),
           meta["date"], meta["date"], meta["read"], meta["read"], meta["updated"], svg(DOTS, 24)))
    title = ('<div class="pvT4U"><h1 class="H3vOVf _9sfAl blog-post-title-font blog-post-title-'
             'color" data-hook="post-title"><span class="post-title__text blog-post-title-font '
             'blog-post-title-color">%s</span></h1></div>' % e(meta["title"]))
    body = "".join(block_html(k, v, i + 1) for i, (k, v) in enumerate(blocks))
    viewer = ('<div class="MUSNp _8fwmC" data-hook="post-description"><div class="Lbp3D '
              'blog-post-page-font"><div class="Idb5e"><div class="VxsjC" data-rce-version='
              '"10.110.3"><div class="rAFFq ricos-viewer-root" dir="ltr" data-id="rich-content-'
              'viewer"><div class="LYSrh rich-content" data-hook="rich-content-container">'
              '<div type="first" data-hook="rcv-block-first"></div>%s<div type="last" '
              'data-hook="rcv-block-last"></div></div></div></div></div></div></div>' % body)
    tags = "".join(
        '<li class="OAbd1"><a href="https://%s/blog/tags/%s" class="Bq8zO tag-link blog-post-'
        'page-font" data-hook="tag"><span class="w3Dq9">%s</span></a></li>'
        % (meta["domain"], t.lower().replace(" ", "-"), e(t)) for t in meta["tags"].split("|"))
    shares = "".join(
        '<button class="GZcKw" aria-label="%s" data-hook="share-button" type="button">%s</button>'
        % (e(label), svg(path)) for label, path in SVG_SHARE.items())
    footer = (
        '<div class="hJ7G1" data-hook="post-footer"><nav class="ZNSdC" aria-label="Tags" '
        'data-hook="post-tags"><p class="Ck9cc" data-hook="tags-title">Tags:</p><ul class="vS8b6">'
        '%s</ul></nav><div class="X3wDO" data-hook="post-categories-list"><ul class="gGmTM">'
        '<li class="rBnn1"><a href="https://%s/blog/categories/%s" class="sOWRn blog-link-hover-'
        'color" data-hook="category-label-list__item">%s</a></li></ul></div><div class="DiZ7h" '
        'data-hook="post-main-actions-desktop"><div class="S1Pcl" role="group" aria-label='
        '"Share Post">%s</div></div><div class="LYG7m" data-hook="post-main-actions__stats">'
        '<div class="wbVcD"><span class="ToXsn" data-hook="views-label">%s views</span><a '
        'href="#comments" class="Hk9Iz" data-hook="comment-count"><span class="AA7r2">'
        '%s comments</span></a></div><div class="dfl2T" data-hook="like-button-with-count">'
        '<span class="Wz4sv" data-hook="like-button-with-count__like-count" aria-hidden="true">'
        '%s</span><button class="uG8wy" aria-label="Post not marked as liked" aria-pressed='
        '"false" data-hook="like-button" type="button">%s</button></div></div></div>'
        % (tags, meta["domain"], meta["category"].lower().replace(" ", "-"), e(meta["category"]),
           shares, meta["views"], meta["comments"], meta["likes"], svg(HEART)))
    return ('<div class="vpmm2 blog-post-page-font" data-hook="post-page">%s<div class="S0rWl">'
            '<section class="sR2LS"><div class="jGE2D"><article class="blog-post-page-font '
            'blog-text-color Ab1MC" data-hook="post"><div class="A3KLr">%s%s%s%s</div></article>'
            '</div></section></div></div>' % (nav, header, title, viewer, footer))


def recent_html(meta, recent):
    cards = []
    for title, slug, date, views, comments, likes in recent:
        img = ("https://static.wixstatic.com/media/%s%s~mv2.png/v1/fill/w_292,h_164,al_c,q_85,"
               "enc_avif,quality_auto/%s.png" % (MEDIA, IDS.next(32), slug[:20]))
        cards.append(
            '<div class="sF3Qa post-list-item" data-hook="post-list-item"><div class="BQ0jm">'
            '<a href="https://%s/post/%s" class="bF2sl" tabindex="-1" aria-hidden="true" '
            'data-hook="post-list-item-image"><wow-image class="hOyml" data-has-ssr-src="true">'
            '<img src="%s" alt="" width="292" height="164" loading="lazy"/></wow-image></a></div>'
            '<div class="yZKxu"><a href="https://%s/post/%s" class="B6Z5n blog-link-hover-color" '
            'data-hook="post-title"><p class="GZ0BV blog-post-homepage-title-font">%s</p></a>'
            '<div class="pGyMs" data-hook="post-list-item__date"><span class="kC9vZ">%s</span>'
            '</div><div class="Ih7fs" data-hook="post-stats"><span class="aXoUj" data-hook='
            '"view-count-compact" aria-label="%s views">%s %s</span><span class="aXoUj" '
            'data-hook="comment-count-compact" aria-label="%s comments">%s %s</span><span '
            'class="fuuNi" data-hook="like-button-with-count__like-count">%s</span>%s</div></div>'
            '</div>'
            % (meta["domain"], slug, img, meta["domain"], slug, e(title), date, views,
               svg(EYE, 16), views, comments, svg(BUBBLE, 16), comments, likes, svg(HEART, 16)))
    return ('<section class="G1fLm" data-hook="recent-posts" aria-labelledby="recent-posts-'
            'title"><div class="Q8Kqa"><h2 id="recent-posts-title" class="Rk9aK blog-post-page-'
            'font" data-hook="recent-posts-title">Recent Posts</h2><a href="https://%s/blog" '
            'class="fJpzN blog-link-hover-color" data-hook="see-all-posts">See All</a></div>'
            '<div class="nVsJw" data-hook="post-list-wrapper">%s</div></section>'
            % (meta["domain"], "".join(cards)))


def comments_html(meta, comments):
    out = []
    for kind, author, date, text in comments:
        cls = "bW6Jp comment-reply" if kind == "reply" else "bW6Jp"
        badge = '<span class="Grwg2">Admin</span>' if author == meta["author"] else ""
        out.append(
            '<div class="%s" data-hook="comment"><div class="gAt4k"><div class="o1tgF" '
            'data-hook="avatar">%s</div><div class="nNcmg"><span class="H4nPd" data-hook='
            '"comment-author">%s</span>%s<span class="OpLtt" data-hook="comment-date">%s</span>'
            '</div></div><div class="ZX7Y8" data-hook="comment-content"><div class="MMl86 Kp5GR" '
            'dir="auto"><p class="xVISr">%s</p></div></div><div class="ql2QS"><button '
            'class="Rj0bE" data-hook="like-comment" type="button">Like</button><button '
            'class="Rj0bE" data-hook="reply-button" type="button">Reply</button></div></div>'
            % (cls, e(author[:1]), e(author), badge, date, e(text)))
    return ('<div id="comments" class="C9bCZ" data-hook="comments-root"><div class="WqxYo">'
            '<h2 class="uqBqZ" data-hook="comments-title">Comments</h2></div><div class="lPYpW" '
            'data-hook="comment-box"><button class="tFjXb" type="button" data-hook="comment-box-'
            'placeholder"><span class="O3Kcb">Write a comment...</span></button></div><div '
            'class="kN3vX" data-hook="comments-list">%s</div><button class="NfWdv" type="button" '
            'data-hook="load-more-comments">Load more comments</button></div>' % "".join(out))


def body_html(meta, blocks, recent, comments):
    ads = ('<div id="WIX_ADS" class="CvqzlH ytKK7f"><a data-testid="linkElement" href="https://www'
           '.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white&amp;'
           'orig_msid=%s" target="_blank" rel="nofollow" class="vMs_st desktop-top" aria-label='
           '"Wix.com Website Builder"><span class="_qsWTL"><span class="ruNuzH">This site was '
           'designed with the </span><span class="yvX5NA">Wix</span><span class="Va0Cbb">.com'
           '</span><span class="ruNuzH"> website builder. Create your website today.</span>'
           '<span class="HFyOEo">Start Now</span></span></a></div>' % MSID)
    section = ('<section id="comp-lf8d2kp3" tabindex="-1" class="Oqnisf comp-lf8d2kp3 wixui-'
               'section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-'
               'lf8d2kp3" data-hook="bgLayers" data-motion-part="BG_LAYER comp-lf8d2kp3" '
               'class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>'
               '<div id="bgMedia_comp-lf8d2kp3" data-motion-part="BG_MEDIA comp-lf8d2kp3" '
               'class="VgO9Yg"></div></div><div data-testid="columns" class="V5AUxf"><div '
               'id="comp-lf8d2kp31" class="comp-lf8d2kp31 YzqVVZ wixui-column-strip__column">'
               '<div id="bgLayers_comp-lf8d2kp31" data-hook="bgLayers" class="MW5IWV"><div '
               'data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id='
               '"comp-lf8d2kp31inlineContent" data-testid="inline-content" class=""><div data-'
               'mesh-id="comp-lf8d2kp31inlineContent-gridContainer" data-testid="mesh-container-'
               'content"><div id="comp-lf8d2kp4" class="comp-lf8d2kp4 wixui-tpa-section"><div '
               'id="TPASection_lf8d2kp4" class="TPASection_lf8d2kp4 Hq2yS1"><div class="ooi-'
               'root" data-hook="blog-post-page-root">%s%s%s</div></div></div></div></div></div>'
               '</div></section>'
               % (post_html(meta, blocks), recent_html(meta, recent),
                  comments_html(meta, comments)))
    footer = ('<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1">'
              '<div class="_C0cVf"><div class="_4XcTfy"></div></div><div class="U4Bvut"><div '
              'class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-'
              'content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" '
              'data-testid="mesh-container-content"><div id="comp-lxk1a2c1" class="KcpHeO '
              'tz5MBB comp-lxk1a2c1 wixui-rich-text" data-testid="richTextElement"><p class='
              '"font_9 wixui-rich-text__text" style="font-size:13px; text-align:center;"><span '
              'style="font-size:13px;" class="wixui-rich-text__text">&copy; 2025 by %s. Powered '
              'and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with" '
              'target="_blank" class="wixui-rich-text__text"><span style="text-decoration:'
              'underline;" class="wixui-rich-text__text">Wix</span></a></span></p></div></div>'
              '</div></div></div></footer>' % e(meta["site"]))
    scripts = [
        '<!-- warmup data start -->',
        '<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"14bcded7-'
        '0066-7c35-14d7-466cb3f09103":{"post-page-ssr":{"postId":"6750f2b9d1a4c8e3f02b7a51",'
        '"isSeo":true,"language":"en"}}},"ooi":{"failedInSsr":{}},"platform":{"ssrPropsUpdates"'
        ':[],"ssrStyleUpdates":[]}}</script>',
        '<!-- warmup data end -->',
        '',
        '<!-- react 18 -->',
        '<script crossorigin src="https://static.parastorage.com/unpkg/react@18.3.1/umd/'
        'react.production.min.js"></script>',
        '<script crossorigin src="https://static.parastorage.com/unpkg/react-dom@18.3.1/umd/'
        'react-dom.production.min.js"></script>',
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.'
        '5f4d1a2e.bundle.min.js" crossorigin="anonymous" async></script>',
        '<script>window.__browser_deprecation__ = false</script>',
    ]
    return (
        '<body>\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_'
        'TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label='
        '"top of page"><span class="mHZSwn">top of page</span></div>%s<div id="BACKGROUND_GROUP">'
        '<div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_rts7m" data-media-'
        'height-override-type="" data-media-position-override="false" class="pageBackground_'
        'rts7m BmZ5pC"><div id="bgLayers_pageBackground_rts7m" data-hook="bgLayers" class='
        '"MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div>'
        '</div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-'
        'layout masterPage css-editing-scope"><div id="SKIP_TO_CONTENT_BTN" tabindex="0" '
        'class="LHrbPP" role="button" data-testid="skipToContentButton">Skip to Main Content'
        '</div>%s<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-'
        'content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_'
        'TRANSITION_GROUP" class="AnQkDU"><div id="rts7m" class="dBAkHi theme-vars rts7m"><div '
        'class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id='
        '"Containerrts7m" class="Containerrts7m SPY_vo"><div data-mesh-id="Containerrts7m'
        'inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerrts7m'
        'inlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div></div>'
        '</div></div></div></div></main>%s</div></div></div></div>\n%s\n</body>\n</html>\n'
        % (ads, header_html(meta), section, footer, "\n".join(scripts)))


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks, recent, comments = parse()
    doc = head(meta) + "\n" + body_html(meta, blocks, recent, comments)
    with open(dest, "wb") as f:
        f.write(doc.encode("utf-8"))


if __name__ == "__main__":
    main()
