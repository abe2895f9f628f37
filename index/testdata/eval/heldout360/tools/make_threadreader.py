#!/usr/bin/python3
"""Re-make docs/electoral-funding-thread-threadreader.html byte for byte.

The document is a Thread Reader App page (threadreaderapp.com/thread/<id>.html, early 2025)
saved with Chrome's "Webpage, HTML Only", so the file is the server's HTML as sent: Bootstrap
markup with LF line ends and the site's indentation, the head's metas (description, canonical,
Open Graph, Twitter card), JSON-LD, Google tag and Freestar ad scripts, the navbar, the author
card ("Read on Twitter", tweet count, read time), one div.content-tweet per tweet with its
data-tweet id, the author's own "n/" numbering, <br> line breaks, hashtag / mention / t.co link
entities and an image, "• • •" and "force a refresh" at the end of the thread, two "Keep
Current with …" boxes, ad slots, "More from @…", "Did Thread Reader help you today?", the share
buttons and the footer.

Source: tools/electoral-funding-thread-threadreader.txt
Run: /usr/bin/python3 tools/make_threadreader.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "electoral-funding-thread-threadreader.txt")
OUT = os.path.join(ROOT, "docs", "electoral-funding-thread-threadreader.html")


def read_source():
    meta, more, tweets = {}, [], []
    cur = None
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if cur is None and line.startswith("@"):
            key, _, rest = line[1:].partition(" ")
            if key == "more":
                more.append(rest.split(" | "))
            else:
                meta[key] = rest
            continue
        m = re.match(r"^=(\d+)$", line)
        if m:
            cur = []
            tweets.append(cur)
            continue
        if cur is not None:
            cur.append(line)
    tweets = ["\n".join(t).strip("\n") for t in tweets]
    return meta, more, tweets


def tweet_ids(first, n):
    ids, x = [], int(first)
    for i in range(n):
        ids.append(str(x))
        x += 4194304 * (2100 + i * 7919 % 1500) + i * 104729 % 4194304
    return ids


def weighted_length(text):
    """X's count: URLs are 23, characters above U+10FF count twice."""
    text = re.sub(r"\{link\|[^}]*\}", "x" * 23, text)
    text = re.sub(r"\s*\{img\|[^}]*\}", "", text)
    return sum(2 if ord(c) > 0x10FF else 1 for c in text)


def render_tweet(text, handle):
    parts = []
    pos = 0
    pat = re.compile(r"\{link\|([^|}]*)\|([^|}]*)\|([^}]*)\}|\{img\|([^}]*)\}|#(\w+)|@(\w+)")
    for m in pat.finditer(text):
        parts.append(html.escape(text[pos:m.start()], quote=False))
        if m.group(1):
            parts.append('<a href="%s" target="_blank" rel="nofollow noopener" class="entity-url" '
                         'data-preview="true" title="%s">%s</a>'
                         % (m.group(1), m.group(3), html.escape(m.group(2), quote=False)))
        elif m.group(4):
            parts.append('<span class="entity-image"><img class="lazyload img-fluid" '
                         'src="/images/1px.png" data-src="%s" alt="" width="1200" height="675"></span>'
                         % m.group(4))
        elif m.group(5):
            parts.append('<a href="/hashtag/%s" class="entity-hashtag" target="_blank">#%s</a>'
                         % (m.group(5), m.group(5)))
        else:
            parts.append('<a href="/user/%s" class="entity-mention" target="_blank">@%s</a>'
                         % (m.group(6), m.group(6)))
        pos = m.end()
    parts.append(html.escape(text[pos:], quote=False))
    return "".join(parts).replace("\n", "<br>")


def plain(text):
    text = re.sub(r"\{link\|[^|}]*\|([^|}]*)\|[^}]*\}", r"\1", text)
    text = re.sub(r"\s*\{img\|[^}]*\}", "", text)
    return text


def build():
    meta, more, tweets = read_source()
    tid, handle, name = meta["thread"], meta["handle"], meta["name"]
    ids = tweet_ids(tid, len(tweets))
    for i, t in enumerate(tweets, 1):
        n = weighted_length("%d/ %s" % (i, t))
        if n > 280:
            sys.exit("tweet %d is %d characters long" % (i, n))
    first = plain(tweets[0]).replace("\n", " ")
    desc = "@%s: %s…" % (handle, first[:160].rsplit(" ", 1)[0])
    url = "https://threadreaderapp.com/thread/%s.html" % tid
    tw_url = "https://twitter.com/%s/status/%s" % (handle, tid)
    title = "Thread by @%s on Thread Reader App" % handle
    e = lambda s: html.escape(s, quote=True)
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": first[:110],
        "author": {"@type": "Person", "name": name, "url": "https://twitter.com/%s" % handle},
        "datePublished": meta["time"],
        "image": meta["avatar"],
        "publisher": {"@type": "Organization", "name": "Thread Reader App",
                      "logo": {"@type": "ImageObject", "url": "https://threadreaderapp.com/images/logo-og.png"}},
        "mainEntityOfPage": url,
    }
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w('<html lang="en">')
    w("<head>")
    w('    <meta charset="utf-8">')
    w('    <meta http-equiv="X-UA-Compatible" content="IE=edge">')
    w('    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">')
    w('    <meta name="csrf-token" content="q8Vw3mJ0sZ2bXo4fK1cT9yLhN6uRaE5dGpI7vWxC">')
    w("    <title>%s &ndash; Thread Reader App</title>" % e(title))
    w('    <meta name="description" content="%s">' % e(desc))
    w('    <link rel="canonical" href="%s">' % url)
    w('    <meta name="robots" content="index, follow">')
    w('    <meta property="og:type" content="article">')
    w('    <meta property="og:site_name" content="Thread Reader App">')
    w('    <meta property="og:url" content="%s">' % url)
    w('    <meta property="og:title" content="%s">' % e(title))
    w('    <meta property="og:description" content="%s">' % e(desc))
    w('    <meta property="og:image" content="%s">' % meta["avatar"])
    w('    <meta property="article:published_time" content="%s">' % meta["time"])
    w('    <meta name="twitter:card" content="summary">')
    w('    <meta name="twitter:site" content="@threadreaderapp">')
    w('    <meta name="twitter:creator" content="@%s">' % handle)
    w('    <meta name="twitter:title" content="%s">' % e(title))
    w('    <meta name="twitter:description" content="%s">' % e(desc))
    w('    <meta name="twitter:image" content="%s">' % meta["avatar"])
    w('    <link rel="preconnect" href="https://pbs.twimg.com">')
    w('    <link rel="preconnect" href="https://a.pub.network" crossorigin>')
    w('    <link href="/css/app.css?id=7f3b9c1e26a0d8e4b5f2" rel="stylesheet">')
    w('    <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon.png">')
    w('    <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32.png">')
    w('    <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16.png">')
    w('    <link rel="manifest" href="/site.webmanifest">')
    w('    <meta name="theme-color" content="#ffffff">')
    w('    <script async src="https://www.googletagmanager.com/gtag/js?id=G-2RCWK4Q7MP"></script>')
    w("    <script>")
    w("        window.dataLayer = window.dataLayer || [];")
    w("        function gtag(){dataLayer.push(arguments);}")
    w("        gtag('js', new Date());")
    w("        gtag('config', 'G-2RCWK4Q7MP', { 'content_group': 'thread' });")
    w("    </script>")
    w('    <script data-cfasync="false" type="text/javascript">')
    w("        var freestar = freestar || {};")
    w("        freestar.queue = freestar.queue || [];")
    w("        freestar.config = freestar.config || {};")
    w("        freestar.config.enabled_slots = [];")
    w("        freestar.initCallback = function () { (freestar.config.enabled_slots.length === 0) ? "
      "freestar.initCallbackCalled = false : freestar.newAdSlots(freestar.config.enabled_slots) }")
    w("    </script>")
    w('    <script src="https://a.pub.network/threadreaderapp-com/pubfig.min.js" data-cfasync="false" async></script>')
    w('    <script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))
    w("</head>")
    w('<body class="thread-page" data-thread="%s">' % tid)
    w('<nav class="navbar navbar-expand navbar-light bg-white fixed-top border-bottom" id="navbar">')
    w('    <div class="container">')
    w('        <a class="navbar-brand" href="/"><img src="/images/logo-tr.png" width="32" height="32" alt="" class="mr-1">Thread Reader</a>')
    w('        <ul class="navbar-nav ml-auto">')
    w('            <li class="nav-item d-none d-md-block"><a class="nav-link" href="/help">Help</a></li>')
    w('            <li class="nav-item d-none d-md-block"><a class="nav-link" href="/account/premium">Premium</a></li>')
    w('            <li class="nav-item"><a class="nav-link btn btn-sm btn-outline-primary px-3" href="/login">Log in</a></li>')
    w("        </ul>")
    w("    </div>")
    w("</nav>")
    w('<main class="container main-container" role="main">')
    w('    <div class="row">')
    w('        <div class="col-lg-8 thread-col">')
    w('            <div id="ad-leaderboard-atf" class="ad-slot text-center mb-3">')
    w('                <div align="center" data-freestar-ad="__728x90" id="threadreaderapp_leaderboard_atf">')
    w('                    <script data-cfasync="false" type="text/javascript">')
    w('                        freestar.config.enabled_slots.push({ placementName: "threadreaderapp_leaderboard_atf", slotId: "threadreaderapp_leaderboard_atf" });')
    w("                    </script>")
    w("                </div>")
    w("            </div>")
    w('            <div class="thread-info card mb-3">')
    w('                <div class="card-body d-flex align-items-center">')
    w('                    <a href="/user/%s" class="mr-3"><img class="avatar rounded-circle" src="%s" width="64" height="64" alt="%s"></a>'
      % (handle, meta["avatar"].replace("_400x400", "_normal"), e(name)))
    w('                    <div class="thread-info-body flex-grow-1">')
    w('                        <div class="thread-author"><a href="/user/%s" class="thread-author-name">%s</a> '
      '<span class="thread-author-handle text-muted">@%s</span></div>' % (handle, e(name), handle))
    w('                        <div class="thread-author-bio small text-muted">%s</div>' % e(meta["bio"]))
    w('                        <div class="thread-info-meta small text-muted">')
    w('                            <span class="thread-date"><i class="far fa-calendar"></i> %s</span> &bull;' % meta["date"])
    w('                            <span class="thread-count">%d tweets</span> &bull;' % len(tweets))
    w('                            <span class="thread-read-time">%s min read</span>' % meta["readtime"])
    w("                        </div>")
    w("                    </div>")
    w('                    <a href="%s" class="btn btn-sm btn-outline-primary ml-2 read-on-twitter" target="_blank" rel="noopener"><i class="fab fa-twitter"></i> Read on Twitter</a>' % tw_url)
    w("                </div>")
    w('                <div class="card-footer thread-actions small">')
    w('                    <a href="/thread/%s.html?refresh=true" class="mr-3" rel="nofollow"><i class="fas fa-sync"></i> Update</a>' % tid)
    w('                    <a href="/login?bookmark=%s" class="mr-3" rel="nofollow"><i class="far fa-bookmark"></i> Bookmark</a>' % tid)
    w('                    <a href="/login?pdf=%s" class="mr-3" rel="nofollow"><i class="far fa-file-pdf"></i> Save as PDF</a>' % tid)
    w('                    <a href="/login?subscribe=%s" rel="nofollow"><i class="far fa-bell"></i> My Authors</a>' % handle)
    w("                </div>")
    w("            </div>")
    w('            <div class="t-main" id="t-main">')
    for i, (t, twid) in enumerate(zip(tweets, ids), 1):
        body = render_tweet("%d/ %s" % (i, t), handle)
        w('                <div class="content-tweet allow-preview" id="tweet_%d" data-controller="thread" '
          'data-action="click->thread#toggle" data-screenname="%s" data-tweet="%s" dir="auto">'
          % (i, handle, twid))
        w("                    %s" % body)
        w('                    <sup class="tw-permalink"><a href="https://twitter.com/%s/status/%s" target="_blank" '
          'rel="noopener" title="Open tweet %d on Twitter"><i class="fas fa-external-link-alt"></i></a></sup>' % (handle, twid, i))
        w("                </div>")
        if i == 10:
            w('                <div class="ad-slot text-center my-3">')
            w('                    <div align="center" data-freestar-ad="__336x280" id="threadreaderapp_incontent_1">')
            w('                        <script data-cfasync="false" type="text/javascript">')
            w('                            freestar.config.enabled_slots.push({ placementName: "threadreaderapp_incontent_1", slotId: "threadreaderapp_incontent_1" });')
            w("                        </script>")
            w("                    </div>")
            w("                </div>")
    w("            </div>")
    w('            <div class="thread-end text-center text-muted my-3">&bull; &bull; &bull;</div>')
    w('            <div class="text-center small text-muted mb-3">Missing some Tweet in this thread? You can try to '
      '<a href="/thread/%s.html?refresh=true" rel="nofollow">force a refresh</a></div>' % tid)
    w('            <div class="text-center mb-4"><a href="%s" class="btn btn-outline-primary read-on-twitter" '
      'target="_blank" rel="noopener"><i class="fab fa-twitter"></i> Read on Twitter</a></div>' % tw_url)
    w('            <div class="keep-current card border-primary mb-4">')
    w('                <div class="card-body">')
    w('                    <div class="d-flex align-items-center mb-2"><img class="avatar rounded-circle mr-2" src="%s" width="48" height="48" alt="">'
      % meta["avatar"].replace("_400x400", "_normal"))
    w('                        <h5 class="card-title mb-0">Keep Current with %s</h5></div>' % e(name))
    w('                    <p class="card-text">Stay in touch and get notified when new unrolls are available from this author!</p>')
    w('                    <a href="/login?subscribe=%s" class="btn btn-primary btn-sm" rel="nofollow">Subscribe to %s</a>' % (handle, e(name)))
    w('                    <hr>')
    w('                    <h6 class="text-danger">This Thread may be Removed Anytime!</h6>')
    w('                    <p class="card-text small">Twitter may remove this content at anytime! Save it as PDF for later use!</p>')
    w('                    <a href="/login?pdf=%s" class="btn btn-outline-danger btn-sm" rel="nofollow"><i class="far fa-file-pdf"></i> Save as PDF</a>' % tid)
    w("                </div>")
    w("            </div>")
    w('            <div class="more-from mb-4">')
    w('                <h5 class="more-from-title">More from @%s</h5>' % handle)
    for mt, md, mid in more:
        w('                <div class="card mb-2 more-thread">')
        w('                    <div class="card-body py-2">')
        w('                        <a href="/thread/%s.html" class="more-thread-link">%s</a>' % (mid, e(mt)))
        w('                        <div class="small text-muted">%s</div>' % md)
        w("                    </div>")
        w("                </div>")
    w("            </div>")
    w('            <div class="support-us card bg-light mb-4">')
    w('                <div class="card-body">')
    w('                    <h5 class="card-title">Did Thread Reader help you today?</h5>')
    w('                    <p class="card-text">Support us! We are indie developers!</p>')
    w('                    <p class="card-text small">This site is made by just two indie developers on a laptop doing marketing, support and development! '
      '<a href="/about">Read more about the story.</a></p>')
    w('                    <p class="card-text small">Become a Premium Member ($3/month or $30/year) and get exclusive features!</p>')
    w('                    <a href="/account/premium" class="btn btn-success btn-sm">Become Premium</a>')
    w('                    <p class="card-text small mt-3">Don\'t want to be a Premium member but still want to support us?</p>')
    w('                    <p class="card-text small">Make a small donation by buying us coffee ($5) or help with server cost ($10)</p>')
    w('                    <a href="https://www.paypal.com/donate?hosted_button_id=TRX6U2XWA4G2Q" class="btn btn-outline-secondary btn-sm" target="_blank" rel="noopener">Donate via Paypal</a>')
    w('                    <p class="card-text small mt-3 mb-0">Thank you for your support!</p>')
    w("                </div>")
    w("            </div>")
    w("        </div>")
    w('        <aside class="col-lg-4 sidebar d-none d-lg-block">')
    w('            <div class="keep-current-side card mb-3">')
    w('                <div class="card-body">')
    w('                    <h6 class="card-title">Keep Current with %s</h6>' % e(name))
    w('                    <p class="card-text small">Stay in touch and get notified when new unrolls are available from this author!</p>')
    w('                    <a href="%s" class="btn btn-outline-primary btn-sm btn-block read-on-twitter" target="_blank" rel="noopener"><i class="fab fa-twitter"></i> Read on Twitter</a>' % tw_url)
    w("                </div>")
    w("            </div>")
    w('            <div class="share-box card mb-3">')
    w('                <div class="card-body">')
    w('                    <h6 class="card-title">Share this page!</h6>')
    w('                    <a class="btn btn-sm btn-twitter" href="https://twitter.com/intent/tweet?url=%s" target="_blank" rel="noopener"><i class="fab fa-twitter"></i></a>' % url.replace(":", "%3A").replace("/", "%2F"))
    w('                    <a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a>' % url.replace(":", "%3A").replace("/", "%2F"))
    w('                    <a class="btn btn-sm btn-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url=%s" target="_blank" rel="noopener"><i class="fab fa-linkedin-in"></i></a>' % url.replace(":", "%3A").replace("/", "%2F"))
    w('                    <a class="btn btn-sm btn-secondary" href="mailto:?subject=%s&amp;body=%s"><i class="far fa-envelope"></i></a>' % (e(title).replace(" ", "%20"), url))
    w("                </div>")
    w("            </div>")
    w('            <div class="related-hashtags card mb-3">')
    w('                <div class="card-body">')
    w('                    <h6 class="card-title">Related hashtags</h6>')
    w('                    <a href="/hashtag/%s" class="badge badge-light">#%s</a>' % (meta["hashtags"], meta["hashtags"]))
    w("                </div>")
    w("            </div>")
    w('            <div class="ad-slot sticky-top">')
    w('                <div align="center" data-freestar-ad="__300x600" id="threadreaderapp_right_rail">')
    w('                    <script data-cfasync="false" type="text/javascript">')
    w('                        freestar.config.enabled_slots.push({ placementName: "threadreaderapp_right_rail", slotId: "threadreaderapp_right_rail" });')
    w("                    </script>")
    w("                </div>")
    w("            </div>")
    w("        </aside>")
    w("    </div>")
    w("</main>")
    w('<footer class="footer border-top py-4 mt-4">')
    w('    <div class="container small text-muted">')
    w('        <div class="row">')
    w('            <div class="col-md-6">&copy; 2025 Thread Reader App</div>')
    w('            <div class="col-md-6 text-md-right">')
    w('                <a href="/help">Help</a> &middot; <a href="/about">About</a> &middot; <a href="/privacy">Privacy</a> &middot; '
      '<a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a> &middot; <a href="https://twitter.com/threadreaderapp" target="_blank" rel="noopener">@threadreaderapp</a>')
    w("            </div>")
    w("        </div>")
    w("    </div>")
    w("</footer>")
    w('<script src="/js/manifest.js?id=2b1c77e0a4d9"></script>')
    w('<script src="/js/vendor.js?id=f41a0c93b7e2"></script>')
    w('<script src="/js/app.js?id=95d0e6a1c2f8"></script>')
    w("</body>")
    w("</html>")
    return "\n".join(o) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
