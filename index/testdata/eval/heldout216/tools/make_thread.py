#!/usr/bin/python3
"""Re-make docs/mpc-decoded-threadreader.html from its source text.

The page imitates an X (Twitter) thread unrolled by Thread Reader App and saved from Chrome as
"Webpage, Complete": the "saved from url" comment and the Content-Type meta Chrome adds, links
rewritten into a "_files" folder (not part of the set), the navbar, the author card with the
thread's date, tweet count and reading time, one "content-tweet" div per post (lines joined by
<br />, hashtags and mentions as links, a media image and a link card), ad slots between posts,
the "force a refresh" line, the "Keep Current", "Save as PDF", "Try unrolling" and "More from"
boxes, the appeal for support and the footer.

Run: /usr/bin/python3 tools/make_thread.py [OUT]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mpc-decoded-threadreader.txt")
OUT = os.path.join(HERE, "..", "docs", "mpc-decoded-threadreader.html")
TRA = "https://threadreaderapp.com"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def parse(path):
    meta, tweets, cur = {}, [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"@(\w+):\s*(.*)$", line)
        if m and cur is None:
            meta[m.group(1)] = m.group(2)
            continue
        m = re.match(r"=== (\d+)$", line)
        if m:
            cur = {"n": int(m.group(1)), "lines": [], "img": None, "card": None}
            tweets.append(cur)
            continue
        if cur is None or not line.strip():
            continue
        if line.startswith("[img] "):
            cur["img"] = line[6:].split("|")
        elif line.startswith("[card] "):
            cur["card"] = line[7:].split("|")
        else:
            cur["lines"].append(line)
    return meta, tweets


def linkify(line):
    s = esc(line)
    s = re.sub(r"#(\w+)", r'<a href="https://twitter.com/hashtag/\1?src=hash" target="_blank" rel="nofollow" class="hashtag">#\1</a>', s)
    s = re.sub(r"(?<![\w/])@(\w+)", r'<a href="%s/user/\1" class="mention">@\1</a>' % TRA, s)
    return s


def tweet_ids(first, n):
    # later posts of a thread get later snowflake ids, a few seconds apart
    ids, cur = [], first
    for i in range(n):
        ids.append(cur)
        cur += 4194304 * (9000 + (i * 7919) % 23000)
    return ids


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, tweets = parse(SRC)
    handle, name, tid = meta["handle"], meta["name"], int(meta["thread"])
    ids = tweet_ids(tid, len(tweets))
    url = "%s/thread/%d.html" % (TRA, tid)
    page_title = "Thread by @%s on Thread Reader App – Thread Reader App" % handle
    F = attr(page_title + "_files")
    first_text = " ".join(tweets[0]["lines"])
    desc = "@%s: %s…" % (handle, first_text)
    words = sum(len(" ".join(t["lines"]).split()) for t in tweets)
    minutes = max(1, round(words / 230))
    avatar = meta["avatar"]

    body = []
    for i, t in enumerate(tweets):
        inner = "<br />".join(linkify(l) for l in t["lines"])
        extra = ""
        if t["img"]:
            media, alt = t["img"]
            extra += ('<div class="entity-image"><img class="img-fluid rounded" loading="lazy" src="./%s/%s.jpg" '
                      'data-src="https://pbs.twimg.com/media/%s.jpg" alt="%s"></div>' % (F, media, media, attr(alt)))
        if t["card"]:
            link, domain, title = t["card"]
            extra += ('<div class="entity-url"><a href="%s" target="_blank" rel="nofollow noopener" class="card-link">'
                      '<div class="card-domain">%s</div><div class="card-title">%s</div></a></div>'
                      % (link, esc(domain), esc(title)))
        body.append('<div class="content-tweet allow-preview" id="tweet_%d" data-screenname="%s" data-tweet="%d" dir="auto">'
                    '%s%s<sup class="tw-permalink"><a href="https://twitter.com/%s/status/%d" target="_blank" rel="nofollow" '
                    'title="See on X">&nbsp;</a></sup></div>' % (t["n"], handle, ids[i], inner, extra, handle, ids[i]))
        if t["n"] in (6, 14, 21):
            body.append('<div class="ad-slot text-center my-3" data-slot="inthread-%d"><span class="ad-label small text-muted">Advertisement</span>'
                        '<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" '
                        'data-ad-format="fluid" data-ad-client="ca-pub-2006946183406853" data-ad-slot="4419867313"></ins>'
                        '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>' % t["n"])

    more = [
        ("1994112031457689873", "Nov 27, 2025", "🧵 Fiscal deficit vs revenue deficit vs primary deficit – the three numbers every Budget question turns on"),
        ("1990873415527719051", "Nov 18, 2025", "🧵 GST 2.0 explained: two slabs, what got cheaper, and what it did to the states’ revenue"),
        ("1986512204811673862", "Nov 6, 2025", "🧵 Priority sector lending in 10 posts – targets, sub-targets and PSLCs"),
    ]
    more_html = "\n".join(
        '<div class="more-item border-bottom py-2"><a href="%s/thread/%s.html"><span class="more-text">%s</span></a>'
        '<div class="small text-muted">%s</div></div>' % (TRA, mid, esc(txt), d) for mid, d, txt in more)

    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(page_title)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="twitter:card" content="summary">
<meta name="twitter:site" content="@threadreaderapp">
<meta name="twitter:title" content="Thread by @{handle} on Thread Reader App">
<meta name="twitter:description" content="{attr(desc)}">
<meta name="twitter:image" content="https://pbs.twimg.com/profile_images/{avatar}_400x400.jpg">
<meta property="og:site_name" content="Thread Reader App">
<meta property="og:type" content="article">
<meta property="og:title" content="Thread by @{handle} on Thread Reader App">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:image" content="https://pbs.twimg.com/profile_images/{avatar}_400x400.jpg">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{url}">
<link rel="icon" type="image/png" href="{TRA}/images/favicon-32x32.png" sizes="32x32">
<link rel="apple-touch-icon" href="{TRA}/images/apple-touch-icon.png">
<link rel="stylesheet" href="./{F}/app.css">
<script async="" src="./{F}/adsbygoogle.js" crossorigin="anonymous"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","mainEntityOfPage":"{url}","headline":"Thread by @{handle} on Thread Reader App","datePublished":"2025-12-06T05:32:11+00:00","author":{{"@type":"Person","name":"{attr(name)}","url":"https://twitter.com/{handle}"}},"publisher":{{"@type":"Organization","name":"Thread Reader App","logo":{{"@type":"ImageObject","url":"{TRA}/images/logo.png"}}}},"image":"https://pbs.twimg.com/profile_images/{avatar}_400x400.jpg"}}</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TRA4PP9Z1K');
  var threadId = "{tid}", screenName = "{handle}", isPremium = false;
</script>
</head>
<body class="thread-page">
<nav class="navbar navbar-expand navbar-light fixed-top bg-white border-bottom" id="navbar">
  <div class="container">
    <a class="navbar-brand" href="{TRA}/"><img src="./{F}/logo.svg" width="30" height="30" alt=""><span class="d-none d-md-inline"> Thread Reader</span></a>
    <form class="form-inline flex-grow-1 mx-2" action="{TRA}/search" method="get"><input class="form-control form-control-sm w-100" type="search" name="q" placeholder="Search threads, authors, #hashtags" aria-label="Search"></form>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="{TRA}/help">Help</a></li>
      <li class="nav-item"><a class="nav-link" href="{TRA}/account/login">Log in</a></li>
    </ul>
  </div>
</nav>

<div class="container thread-container" id="main">
  <div class="row">
    <div class="col-md-10 col-lg-8 mx-auto">
      <div class="thread-header card p-3 mb-3">
        <div class="d-flex align-items-center">
          <a href="{TRA}/user/{handle}"><img class="avatar rounded-circle" src="./{F}/{avatar.split('/')[1]}_normal.jpg" width="48" height="48" alt=""></a>
          <div class="ml-2">
            <div class="thread-author-name font-weight-bold"><a href="{TRA}/user/{handle}">{esc(name)}</a></div>
            <div class="thread-author-handle text-muted"><a href="{TRA}/user/{handle}">@{handle}</a></div>
          </div>
          <div class="ml-auto"><a class="btn btn-sm btn-outline-primary" href="{TRA}/account/subscribe/{handle}" rel="nofollow">Subscribe</a></div>
        </div>
        <div class="thread-info small text-muted mt-2"><span class="thread-date">{meta['posted']}</span> • <span class="thread-count">{len(tweets)} tweets</span> • <span class="thread-time">{minutes} min read</span> • <a href="https://twitter.com/{handle}/status/{tid}" target="_blank" rel="nofollow">Read on X</a></div>
      </div>

      <div class="t-main" id="thread">
{chr(10).join(body)}
      </div>

      <div class="thread-end text-center text-muted my-3">• • •</div>
      <p class="text-center small text-muted">Missing some Tweet in this thread? You can try to <a href="{url}?refreshed=yes" rel="nofollow">force a refresh</a></p>

      <div class="card author-card p-3 my-3 text-center">
        <img class="avatar rounded-circle mx-auto" src="./{F}/{avatar.split('/')[1]}_bigger.jpg" width="73" height="73" alt="">
        <h5 class="mt-2">Keep Current with {esc(name)}</h5>
        <p class="small text-muted">Stay in touch and get notified when new unrolls are available from this author!</p>
        <a class="btn btn-primary btn-sm" href="{TRA}/account/subscribe/{handle}" rel="nofollow">Subscribe</a>
      </div>

      <div class="card pdf-card p-3 my-3 text-center">
        <h5>This Thread may be Removed Anytime!</h5>
        <p class="small">Twitter may remove this content at anytime! Save it as PDF for later use!</p>
        <a class="btn btn-success btn-sm" href="{TRA}/thread/{tid}.pdf" rel="nofollow">Save as PDF</a>
      </div>

      <div class="card try-card p-3 my-3">
        <h5>Try unrolling a thread yourself!</h5>
        <ol class="small">
          <li>Follow <a href="https://twitter.com/ThreadReaderApp" target="_blank">@ThreadReaderApp</a> to mention us!</li>
          <li>From a Twitter thread mention us with a keyword "unroll" <code>@threadreaderapp unroll</code></li>
        </ol>
        <p class="small">Practice here first or read more on our <a href="{TRA}/help">help page</a>!</p>
      </div>

      <div class="more-from my-3">
        <h5>More from <a href="{TRA}/user/{handle}">@{handle}</a></h5>
{more_html}
      </div>

      <div class="card support-card p-3 my-3">
        <h5>Did Thread Reader help you today?</h5>
        <p class="font-weight-bold">Support us! We are indie developers!</p>
        <p class="small">This site is made by just two indie developers on a laptop doing marketing, support and development! Read more about the <a href="{TRA}/about">story</a>.</p>
        <p class="small">Become a Premium Member ($3/month or $30/year) and get exclusive features!</p>
        <a class="btn btn-warning btn-sm" href="{TRA}/premium">Become Premium</a>
        <p class="small mt-2">Don't want to be a Premium member but still want to support us?</p>
        <p class="small">Make a small donation by buying us coffee ($5) or help with server cost ($10)</p>
        <a class="btn btn-outline-secondary btn-sm" href="https://www.paypal.me/threadreaderapp" rel="nofollow">Donate via Paypal</a>
        <p class="small mt-2">Thank you for your support!</p>
      </div>
    </div>
  </div>
</div>

<footer class="footer border-top py-3 small text-muted">
  <div class="container text-center">
    <a href="{TRA}/help">Help</a> | <a href="{TRA}/about">About</a> | <a href="{TRA}/premium">Premium</a> | <a href="{TRA}/tos">Terms</a> | <a href="{TRA}/privacy">Privacy</a>
    <div>Thread Reader App is not affiliated with X Corp.</div>
    <div>© 2025 Thread Reader App</div>
  </div>
</footer>
<script src="./{F}/jquery.min.js"></script>
<script src="./{F}/bootstrap.bundle.min.js"></script>
<script src="./{F}/app.js"></script>
<script>$(function(){{ threadReader.init({{ thread: threadId, author: screenName, premium: isPremium }}); }});</script>


</body></html>"""
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
