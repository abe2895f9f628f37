#!/usr/bin/python3
"""Re-make docs/groundwater-2024-assessment-thread.html from its source text, byte for byte.

The page is a Thread Reader App unroll (threadreaderapp.com/thread/<id>.html) as Chrome saves it
with "Webpage, Complete": the "saved from url" comment, the asset links rewritten into the
"..._files" folder, the app's navbar with its "Unroll" form, the author block (avatar alt, name,
handle, date, tweet count, read time, "Read on X"), one div.content-tweet per tweet with <br>
line breaks, hashtag / mention / t.co link entities, images with their alt text, a quoted tweet
as Twitter's blockquote embed, AdSense slots between tweets, and the app's footer blocks
("Keep Current with ...", "This Thread may be Removed Anytime!", "Try unrolling a thread
yourself!", "More from @...", the indie-developer donation pitch).  Deterministic.

Usage: make_thread.py [output path]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SLUG = "groundwater-2024-assessment-thread"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".html")


def parse(src):
    meta, tweets = {}, []
    cur = None
    for line in src.split("\n"):
        m = re.match(r"=== (\d+)$", line)
        if m:
            cur = {"n": int(m.group(1)), "lines": [], "imgs": [], "quote": None}
            tweets.append(cur)
            continue
        if cur is None:
            if ": " in line:
                k, v = line.split(": ", 1)
                meta[k] = v
            continue
        if line.startswith("IMG: "):
            cur["imgs"].append(line[5:])
        elif line.startswith("QUOTE: "):
            cur["quote"] = line[7:].split("|", 4)
        else:
            cur["lines"].append(line)
    for tw in tweets:
        while tw["lines"] and not tw["lines"][-1].strip():
            tw["lines"].pop()
    return meta, tweets


def entities(text):
    """Escape a line of tweet text and mark up links, hashtags and mentions as the app does."""
    out = []
    pos = 0
    pat = re.compile(r"\[(https://t\.co/\w+)\|([^\]]+)\]|#(\w+)|@(\w+)")
    for m in pat.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        if m.group(1):
            out.append('<a href="%s" class="entity-url" data-preview="true" target="_blank" '
                       'rel="noopener noreferrer">%s</a>' % (m.group(1), html.escape(m.group(2), quote=False)))
        elif m.group(3):
            out.append('<a href="https://twitter.com/hashtag/%s?src=hash" class="entity-hashtag" '
                       'target="_blank" rel="noopener noreferrer">#%s</a>' % (m.group(3), m.group(3)))
        else:
            out.append('<a href="https://twitter.com/%s" class="entity-mention" target="_blank" '
                       'rel="noopener noreferrer">@%s</a>' % (m.group(4), m.group(4)))
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def tweet_len(lines):
    text = "\n".join(lines)
    text = re.sub(r"\[https://t\.co/\w+\|[^\]]+\]", "x" * 23, text)
    return len(text)


MEDIA = ["GoTq1mXWgAAe8Rk", "GoTq3bKXsAAQw2V"]
ADS_AFTER = {7: "4718392061", 15: "8820437195", 22: "2169830574"}


def ad(slot):
    return ('      <div class="ad-container my-3 text-center">\n'
            '        <ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-5498367264816843" '
            'data-ad-slot="%s" data-ad-format="auto" data-full-width-responsive="true"></ins>\n'
            '        <script>(adsbygoogle = window.adsbygoogle || []).push({});</script>\n'
            '      </div>\n' % slot)


def build(meta, tweets):
    handle, name = meta["HANDLE"], meta["NAME"]
    first = int(meta["FIRST_ID"])
    url = "https://threadreaderapp.com/thread/%d.html" % first
    title = "Thread by @%s on Thread Reader App – Thread Reader App" % handle
    files = "./Thread by @%s on Thread Reader App – Thread Reader App_files" % handle
    lead = " ".join(l for l in tweets[0]["lines"] if l.strip())
    desc = "@%s: %s" % (handle, re.sub(r"^1/ ", "", lead))
    desc_short = desc[:197] + "…" if len(desc) > 200 else desc
    def e(s):
        # attribute values as Chrome's serializer writes them: only & and " are escaped
        return s.replace("&", "&amp;").replace('"', "&quot;")
    for tw in tweets:
        n = tweet_len(tw["lines"])
        if n > 280:
            raise SystemExit("tweet %d is %d characters" % (tw["n"], n))
    h = []
    h.append("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    h.append('<html lang="en" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n')
    h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n')
    h.append("<title>%s</title>\n" % e(title))
    h.append('<meta name="description" content="%s">\n' % e(desc_short))
    h.append('<meta name="twitter:card" content="summary">\n<meta name="twitter:site" content="@threadreaderapp">\n')
    h.append('<meta name="twitter:title" content="Thread by @%s on Thread Reader App">\n' % handle)
    h.append('<meta name="twitter:description" content="%s">\n' % e(desc_short))
    h.append('<meta name="twitter:image" content="%s">\n' % meta["AVATAR"].replace("_normal", "_400x400"))
    h.append('<meta property="og:type" content="article">\n<meta property="og:site_name" content="Thread Reader App">\n')
    h.append('<meta property="og:title" content="Thread by @%s on Thread Reader App">\n' % handle)
    h.append('<meta property="og:description" content="%s">\n' % e(desc_short))
    h.append('<meta property="og:url" content="%s">\n' % url)
    h.append('<meta property="article:published_time" content="%s">\n' % meta["PUBLISHED"])
    h.append('<meta name="csrf-param" content="authenticity_token">\n'
             '<meta name="csrf-token" content="Kq3pX8vTQ2mZb0yLr9fW1sNcE4hUo7aPjD6gVtYxBiRnMe5lOAzFkHJwS3uC_dQ">\n')
    h.append('<link rel="canonical" href="%s">\n' % url)
    h.append('<link rel="icon" type="image/png" href="%s/favicon-32x32.png">\n' % files)
    h.append('<link rel="stylesheet" media="all" href="%s/application-5f1c0e9b7a.css">\n' % files)
    h.append('<script async="" src="%s/adsbygoogle.js"></script>\n' % files)
    h.append('<script src="%s/application-8d2e41a6c3.js"></script>\n' % files)
    h.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
             '"headline":"%s","datePublished":"%s","author":{"@type":"Person",'
             '"name":"%s","url":"https://twitter.com/%s"},"publisher":{"@type":"Organization",'
             '"name":"Thread Reader App"}}</script>\n' % (e("Thread by @%s on Thread Reader App" % handle),
                                                         meta["PUBLISHED"], e(name), handle))
    h.append('</head>\n<body class="thread-page" data-controller="page">\n')
    # navbar
    h.append('<nav class="navbar navbar-expand-md navbar-light bg-white fixed-top border-bottom" id="navbar">\n'
             '  <div class="container">\n'
             '    <a class="navbar-brand" href="https://threadreaderapp.com/"><img src="%s/logo-thread-reader.svg" '
             'alt="Thread Reader" width="160" height="32"></a>\n'
             '    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" '
             'aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation">'
             '<span class="navbar-toggler-icon"></span></button>\n'
             '    <div class="collapse navbar-collapse" id="navbarMain">\n'
             '      <form class="form-inline my-2 my-lg-0 mr-auto" action="https://threadreaderapp.com/thread/'
             'unroll" method="post" data-controller="unroll">\n'
             '        <input class="form-control mr-sm-2" type="text" name="url" placeholder="Paste a tweet URL '
             'to unroll" aria-label="Tweet URL">\n'
             '        <button class="btn btn-primary my-2 my-sm-0" type="submit">Unroll</button>\n'
             '      </form>\n'
             '      <ul class="navbar-nav">\n'
             '        <li class="nav-item"><a class="nav-link" href="https://threadreaderapp.com/help">Help</a></li>\n'
             '        <li class="nav-item"><a class="nav-link" href="https://threadreaderapp.com/plans/premium">'
             'Premium</a></li>\n'
             '        <li class="nav-item"><a class="nav-link btn btn-outline-primary" '
             'href="https://threadreaderapp.com/login">Log in</a></li>\n'
             '      </ul>\n    </div>\n  </div>\n</nav>\n' % files)
    h.append('<div class="container" id="main">\n  <div class="row">\n    <div class="col-lg-8 offset-lg-2 '
             'thread-container" data-controller="thread">\n')
    # author block
    h.append('      <div class="thread-info d-flex align-items-center mb-3" id="thread-header">\n'
             '        <a href="https://twitter.com/%s" target="_blank" rel="noopener"><img class="avatar '
             'rounded-circle mr-2" src="%s/%s" width="48" height="48" alt="%s profile picture"></a>\n'
             '        <div class="thread-info-names">\n'
             '          <a class="thread-author-name" href="https://twitter.com/%s" target="_blank" '
             'rel="noopener">%s</a>\n'
             '          <span class="thread-author-handle">@%s</span>\n'
             '        </div>\n      </div>\n' % (handle, files, os.path.basename(meta["AVATAR"]), e(name), handle,
                                             e(name), handle))
    h.append('      <h1 class="thread-title">Thread by @%s on %s</h1>\n' % (handle, meta["DATE"]))
    h.append('      <div class="thread-meta text-muted small mb-3"><span class="time">%s</span> • '
             '<span>%d tweets</span> • <span>%s</span> • <a href="https://twitter.com/%s/status/%d" '
             'target="_blank" rel="noopener">Read on X</a></div>\n' % (meta["DATE"], len(tweets), meta["READ"],
                                                                       handle, first))
    h.append('      <div class="d-flex mb-4 share-buttons">\n'
             '        <a class="btn btn-sm btn-outline-secondary mr-2" href="https://threadreaderapp.com/thread/%d'
             '.pdf?"><i class="fa fa-file-pdf"></i> Save as PDF</a>\n'
             '        <a class="btn btn-sm btn-outline-secondary mr-2" href="https://twitter.com/intent/tweet?text=%s'
             '">Share this page!</a>\n'
             '        <button class="btn btn-sm btn-outline-secondary" data-action="thread#bookmark">Bookmark'
             '</button>\n      </div>\n' % (first, "https%3A%2F%2Fthreadreaderapp.com%2Fthread%2F" + str(first)))
    h.append('      <div class="t-main">\n')
    media_i = 0
    for tw in tweets:
        # replies follow the first tweet by some 40 seconds each (snowflake ids: milliseconds << 22)
        tid = first + ((((tw["n"] - 1) * 41000 + (tw["n"] * tw["n"] % 97) * 173) << 22) if tw["n"] > 1 else 0)
        body = "<br>".join(entities(l) for l in tw["lines"])
        h.append('      <div class="content-tweet allow-preview" id="tweet_%d" data-controller="thread-tweet" '
                 'data-screenname="%s" data-tweet="%d" dir="auto">%s' % (tw["n"], handle, tid, body))
        for alt in tw["imgs"]:
            media = MEDIA[media_i % len(MEDIA)]
            media_i += 1
            h.append('<span class="entity-image"><img class="lazyload img-fluid" src="%s/%s.jpg" '
                     'data-src="https://pbs.twimg.com/media/%s?format=jpg&amp;name=small" alt="%s"></span>'
                     % (files, media, media, e(alt)))
        if tw["quote"]:
            qname, qhandle, qdate, qid, qtext = tw["quote"]
            h.append('<div class="entity-embed"><blockquote class="twitter-tweet" data-conversation="none" '
                     'data-dnt="true"><p lang="en" dir="ltr">%s</p>— %s (@%s) <a href="https://twitter.com/%s/'
                     'status/%s?ref_src=twsrc%%5Etfw">%s</a></blockquote></div>'
                     % (entities(qtext), e(qname), qhandle, qhandle, qid, qdate))
        h.append(' <sup class="tw-permalink"><a href="https://twitter.com/%s/status/%d" target="_blank" '
                 'rel="noopener" title="Read on Twitter">Read on Twitter</a></sup></div>\n' % (handle, tid))
        if tw["n"] in ADS_AFTER:
            h.append(ad(ADS_AFTER[tw["n"]]))
    h.append('      </div>\n')
    h.append('      <div class="text-center my-4 thread-end">• • •</div>\n')
    h.append('      <div class="text-muted small text-center mb-4">Missing some Tweet in this thread? You can try to '
             '<a href="https://threadreaderapp.com/thread/%d.html?refreshed=yes" rel="nofollow">force a refresh</a>'
             '</div>\n' % first)
    # keep current
    h.append('      <div class="card mb-4 keep-current">\n        <div class="card-body text-center">\n'
             '          <img class="avatar rounded-circle mb-2" src="%s/%s" width="64" height="64" alt="%s profile '
             'picture">\n'
             '          <h3 class="h5">Keep Current with %s</h3>\n'
             '          <p>Stay in touch and get notified when new unrolls are available from this author!</p>\n'
             '          <a class="btn btn-primary" href="https://threadreaderapp.com/user/%s/subscribe">Follow %s'
             '</a>\n'
             '        </div>\n      </div>\n' % (files, os.path.basename(meta["AVATAR"]), e(name), e(name), handle,
                                                 "@" + handle))
    h.append('      <div class="card mb-4 removal-warning">\n        <div class="card-body">\n'
             '          <h3 class="h5">This Thread may be Removed Anytime!</h3>\n'
             '          <p>Twitter may remove this content at anytime! Save it as PDF for later use!</p>\n'
             '          <a class="btn btn-outline-primary" href="https://threadreaderapp.com/thread/%d.pdf?">'
             'Save as PDF</a>\n        </div>\n      </div>\n' % first)
    h.append(ad("6093571842"))
    h.append('      <div class="card mb-4 try-unroll">\n        <div class="card-body">\n'
             '          <h3 class="h5">Try unrolling a thread yourself!</h3>\n'
             '          <ol>\n'
             '            <li>Follow <a href="https://twitter.com/threadreaderapp">@ThreadReaderApp</a> to mention '
             'us!</li>\n'
             '            <li>From a Twitter thread mention us with a keyword "unroll" <code>@threadreaderapp unroll'
             '</code></li>\n'
             '          </ol>\n'
             '          <p>Practice here first or read more on our <a href="https://threadreaderapp.com/help">help '
             'page</a>!</p>\n        </div>\n      </div>\n')
    h.append('      <div class="more-from mb-4">\n        <h3 class="h5">More from @%s</h3>\n' % handle)
    more = [("1898121460312768930", "Mar 7, 2025", "🧵 Western Disturbances explained: how they form, why they "
             "matter for rabi wheat and what changed in the winter of 2024-25…"),
            ("1884402715524034817", "Jan 29, 2025", "🧵 Every Ramsar site India added in 2024, with one-line "
             "hooks you can use in Prelims…")]
    for tid, date, text in more:
        h.append('        <div class="card mb-2"><div class="card-body"><a href="https://threadreaderapp.com/thread/'
                 '%s.html">%s</a><div class="text-muted small">%s</div></div></div>\n' % (tid, e(text), date))
    h.append('      </div>\n')
    h.append('      <div class="card mb-4 support-us">\n        <div class="card-body">\n'
             '          <h3 class="h5">Did Thread Reader help you today?</h3>\n'
             '          <p>Support us! We are indie developers!</p>\n'
             '          <p>This site is made by just two indie developers on a laptop doing marketing, support and '
             'development! Read more about the <a href="https://threadreaderapp.com/about">story</a>.</p>\n'
             '          <p>Become a Premium Member ($3/month or $30/year) and get exclusive features!</p>\n'
             '          <a class="btn btn-success" href="https://threadreaderapp.com/plans/premium">Become Premium</a>\n'
             '          <p class="mt-3">Don\'t want to be a Premium member but still want to support us?</p>\n'
             '          <p>Make a small donation by buying us coffee ($5) or help with server cost ($10)</p>\n'
             '          <a class="btn btn-outline-success" href="https://threadreaderapp.com/donate">Donate via '
             'Paypal</a>\n'
             '          <p class="mt-2">Thank you for your support!</p>\n        </div>\n      </div>\n')
    h.append('    </div>\n  </div>\n</div>\n')
    h.append('<footer class="footer border-top py-4 mt-4">\n  <div class="container text-center small text-muted">\n'
             '    <a href="https://threadreaderapp.com/help">Help</a> | <a href="https://threadreaderapp.com/about">'
             'About</a> | <a href="https://threadreaderapp.com/tos">TOS</a> | <a href="https://threadreaderapp.com/'
             'privacy">Privacy</a>\n'
             '    <div>© 2025 Thread Reader App</div>\n  </div>\n</footer>\n')
    h.append('<script async="" src="%s/widgets.js" charset="utf-8"></script>\n' % files)
    h.append("</body></html>")
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, tweets = parse(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build(meta, tweets))


if __name__ == "__main__":
    main()
