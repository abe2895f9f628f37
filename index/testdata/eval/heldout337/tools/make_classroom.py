#!/usr/bin/python3
"""Re-make docs/act-east-classroom-assignment.html from tools/act-east-classroom-assignment.txt.

The page is a Google Classroom assignment ("material / assignment details" view) as Chrome's
"Save as > Webpage, Complete" writes it: Chrome's "saved from url" comment, the serialised DOM
after Classroom's scripts ran (c-wiz elements, jsname / jscontroller / jsaction / jsmodel
attributes, obfuscated class names, aria attributes), links into the "..._files" folder Chrome
makes next to the file (not part of the set), the inline WIZ_global_data and AF_initDataCallback
scripts, the hidden navigation drawer, the top bar with the class name and section, the
assignment header (teacher, posted date, points, due date), the instructions (rich text: bold
lines, underlined lines, bullet and numbered lists, <br> line breaks), the attachment chips,
"Class comments" and the "Your work" panel.
Deterministic: no clock, no randomness.  Usage: make_classroom.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "act-east-classroom-assignment.txt")
OUT = os.path.join(HERE, "..", "docs", "act-east-classroom-assignment.html")

COURSE = "NzE4MjQ1NjY3ODk0"
WORK = "NzkwMzM0NTEyMDE4"
URL = "https://classroom.google.com/u/0/c/%s/a/%s/details" % (COURSE, WORK)
NONCE = "kQ3mZ0vX8pYr2Lb5cN1sTw"
STUDENT = "Priya Nair"
EMAIL = "priya.nair.upsc@gmail.com"


def esc(s):
    """Chrome's serializer: &, <, > and U+00A0 in text."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\u00a0", "&nbsp;")


def parse(path):
    meta, attach, comments, body = {}, [], [], []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@attach "):
            attach.append(line[8:].split("|"))
        elif line.startswith("@comment "):
            comments.append(line[9:].split("|"))
        elif line.startswith("@") and not body:
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        else:
            body.append(line)
    while body and not body[-1].strip():
        body.pop()
    return meta, attach, comments, body


def rich_text(lines):
    """Classroom's rich-text description: text runs split by <br>, <b> for bold lines, <u> for
    underlined lines, <ul>/<ol> lists; a blank line is an extra <br>."""
    out = []
    i = 0
    pending_br = False
    while i < len(lines):
        line = lines[i]
        m_num = re.match(r"^(\d+)\. (.*)$", line)
        if line.startswith("- ") or m_num:
            tag = "ul" if line.startswith("- ") else "ol"
            cls = "Oq0Y9c" if tag == "ul" else "Oq0Y9c Yk2vTe"
            items = []
            while i < len(lines) and ((tag == "ul" and lines[i].startswith("- ")) or
                                      (tag == "ol" and re.match(r"^\d+\. ", lines[i]))):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append('<%s class="%s">' % (tag, cls))
            for it in items:
                out.append('<li class="fEzKpe">%s</li>' % esc(it))
            out.append("</%s>" % tag)
            pending_br = False
            continue
        if pending_br:
            out.append("<br>")
        if not line.strip():
            pending_br = True
        elif line.startswith("## "):
            out.append("<b>%s</b>" % esc(line[3:]))
            pending_br = True
        elif line.startswith("### "):
            out.append("<u>%s</u>" % esc(line[4:]))
            pending_br = True
        else:
            out.append(esc(line))
            pending_br = True
        i += 1
    return "".join(out)


ICON = '<i class="google-material-icons notranslate VfPpkd-kBDsod" aria-hidden="true">%s</i>'

CSS = """.QRiHXd{display:flex;flex-direction:column;min-height:100vh}.joJglb{background:#fff;border-bottom:.0625rem solid #e0e0e0;height:4rem;display:flex;align-items:center;padding:0 .5rem;position:sticky;top:0;z-index:3}.Cn1Xpe{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:1.375rem;line-height:1.75rem;color:#3c4043}.YVvGBb{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:1.125rem;font-weight:400;letter-spacing:0;line-height:1.5rem;color:#3c4043;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.tNGpbb{font-family:Roboto,Arial,sans-serif;font-size:.75rem;line-height:1rem;color:#5f6368}.z3vRcc-ZoZQ1{display:block;margin:0 auto;max-width:62.5rem;padding:1.5rem}.fOvfyc{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:2rem;line-height:2.5rem;color:#1967d2;font-weight:400;margin:0}.IMvYId{color:#5f6368;font-size:.875rem;line-height:1.25rem}.tLDEHd{font-family:Roboto,Arial,sans-serif;font-size:.875rem;line-height:1.25rem;color:#3c4043;white-space:pre-wrap;word-wrap:break-word}.j70YMc ul,.j70YMc ol{margin:.5rem 0;padding-inline-start:1.5rem}.Oq0Y9c .fEzKpe{margin-bottom:.25rem}.vwNuXe{border:.0625rem solid #dadce0;border-radius:.5rem;display:flex;height:4.5rem;overflow:hidden;text-decoration:none;width:100%}.A6dC2c{flex:none;width:6.5rem;background:#f1f3f4}.dDKhVc{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:.875rem;font-weight:500;color:#3c4043;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.IMxGud{font-size:.75rem;color:#5f6368}.hN1OOc{border-top:.0625rem solid #e0e0e0;margin:1.5rem 0}.asQXV{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:.875rem;font-weight:500;color:#3c4043}.Qrp9ob{display:flex;padding:.5rem 0}.KjWwNd{border-radius:50%;height:2rem;width:2rem;margin-right:1rem}.YRgFWb{font-weight:500;color:#3c4043;font-size:.875rem}.PazDv{color:#5f6368;font-size:.75rem;margin-left:.5rem}.pco8Kc{font-size:.875rem;line-height:1.25rem;color:#3c4043;white-space:pre-wrap}.EZrbnd{border-radius:.5rem;box-shadow:0 1px 2px 0 rgba(60,64,67,.3),0 2px 6px 2px rgba(60,64,67,.15);padding:1rem;width:19rem}.gpMGId{font-family:"Google Sans",Roboto,Arial,sans-serif;font-size:1.375rem;color:#3c4043;font-weight:400;margin:0}.vzcr8{color:#137333;font-size:.875rem;font-weight:500}.VfPpkd-LgbsSe{border-radius:.25rem;height:2.25rem;padding:0 1.5rem;font-family:"Google Sans",Roboto,Arial,sans-serif;font-weight:500;letter-spacing:.0178571429em}.VfPpkd-LgbsSe-OWXEXe-k8QpJ{background-color:#1967d2;color:#fff}.VfPpkd-LgbsSe-OWXEXe-INsAgc{border:.0625rem solid #dadce0;color:#1967d2;background:transparent}.google-material-icons{font-family:"Google Material Icons";font-weight:400;font-style:normal;font-size:24px;line-height:1;letter-spacing:normal;text-transform:none;display:inline-block;white-space:nowrap;word-wrap:normal;direction:ltr;font-feature-settings:"liga"}.gb_Nd{display:none}.ETRkCe{visibility:hidden;width:0}@media screen and (max-width:59.9375rem){.EZrbnd{width:auto}.z3vRcc-ZoZQ1{padding:1rem}}"""


def build():
    meta, attach, comments, body = parse(SRC)
    title = meta["title"]
    files = "./" + title.replace(":", "_") + "_files/"
    F = attr(files)
    desc_html = rich_text(body)
    first_para = " ".join(body[1:3])

    wiz = {
        "DpimGf": False, "EP1ykd": ["/_/*"], "FdrFJe": "-5287349820196655521",
        "Im6cmf": "/_/ClassroomUi", "LVIXXb": "1", "LoQv7e": True, "MT7f9b": [],
        "MUE6Ne": "ClassroomUi", "NrSucd": True, "OwAJ6e": False, "QrtxK": "0",
        "S06Grb": "108745523391748812307", "SNlM0e": "AKlEn5gYw3QvX0m2pWvVZy1J8cR4:1757152861093",
        "TSDtV": "%.@.[[null,[[45459555,null,false,null,null,null,\"Imeoqb\"]]]]",
        "W3Yyqf": "108745523391748812307", "WZsZ1e": "s8Yt1hXq3jR-2fLw/AoVb7kq9nM3ZxPQ",
        "Yllh3e": "%.@.1757152861047124,38712390,2317750214]", "cfb2h": "boq_classroomuiserver_20250901.03_p0",
        "eptZe": "/_/ClassroomUi/", "fPDxwd": [97517168, 97517180, 97604001, 97721015],
        "gGcLoe": False, "nQyAE": {}, "oPEP7c": EMAIL, "qwAQke": "ClassroomUi",
        "qymVe": "8wB1o3ZKxEjrNhcUy3lO2mBT2jI", "rtQCxc": -330, "w2btAe": "%.@.\"108745523391748812307\",\"108745523391748812307\",\"0\",null,null,null,1]",
        "zChJod": "%.@.]",
    }
    wiz_js = "window.WIZ_global_data = " + json.dumps(wiz, separators=(",", ":")) + ";"

    ds0 = [[COURSE, "GS Paper II \u2013 International Relations", meta["section"], None, 1,
            "Ritika Menon", "#1967d2", "img_bookclub"]]
    ds1 = [[WORK, title, first_para, [2025, 9, 12], [23, 59], 20, 1, [1757047320, 412000000],
            [1757141988, 90000000], [[a[1], a[2]] for a in attach]]]
    data_js = []
    for key, data in (("ds:0", ds0), ("ds:1", ds1)):
        data_js.append("AF_initDataCallback({key: '%s', hash: '%d', data:%s, sideChannel: {}});"
                       % (key, 1 if key == "ds:0" else 2,
                          json.dumps(data, separators=(",", ":"), ensure_ascii=True)))

    p = []
    w = p.append
    w("<!DOCTYPE html>\n")
    w("<!-- saved from url=(%04d)%s -->\n" % (len(URL), URL))
    w('<html lang="en-GB" dir="ltr" class="CMgTXc"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w('<script data-id="_gd" nonce="%s">%s</script>' % (NONCE, wiz_js))
    w('<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">')
    w('<meta name="google" content="notranslate"><meta name="apple-itunes-app" content="app-id=924620788">')
    w('<link rel="manifest" crossorigin="use-credentials" href="https://classroom.google.com/manifest.json">')
    w('<link rel="shortcut icon" href="https://ssl.gstatic.com/classroom/favicon.png">')
    w('<title>%s</title>' % esc(title))
    w('<script nonce="%s">var _F_cssRowKey=\'boq.ClassroomUi.CHqP9aVqB54.L.B1.O\';var _F_combinedSignature=\'AHUz4dSwvB3tXLN6cLqa2nK7x0pRj9dMqA\';function _DumpException(e){throw e;}</script>' % NONCE)
    w('<style data-href="https://fonts.googleapis.com/css?family=Google+Sans:300,400,500,700|Google+Sans+Text:400,500|Roboto:300,400,400i,500,700&amp;display=swap" nonce="%s"></style>' % NONCE)
    w('<link rel="stylesheet" href="%scss" nonce="%s">' % (F, NONCE))
    w('<link rel="stylesheet" href="%sk=boq.ClassroomUi.CHqP9aVqB54.L.B1.O_am=AAAAgAEQAQ_d=1_ed=1_rs=AHUz4dQy8xPqW3nRkVbC2m1TfZaLh0dN7g.css" data-id="_cl" nonce="%s">' % (F, NONCE))
    w('<script nonce="%s">(function(){\'use strict\';var a=window,d=a.performance,l=k();a.cc_latency_start_time=d&&d.now?0:d&&d.timing&&d.timing.navigationStart?d.timing.navigationStart:l;function k(){return d&&d.now?d.now():(new Date).getTime()}function n(f){if(d&&d.now&&d.mark){var g=d.mark(f);if(g)return g.startTime}return k()}a.cc_latency=[];a.cc_aid=[];a.ccTick=function(f){a.cc_latency.push([f,n(f)])};a.ccTick("start");}).call(this);</script>' % NONCE)
    w('<style nonce="%s">%s</style>' % (NONCE, CSS))
    w('<script id="base-js" src="%sm=_b,_tp" nonce="%s"></script>' % (F, NONCE))
    w('<script src="%scb=gapi.loaded_0" nonce="%s" async=""></script>' % (F, NONCE))
    w("</head>\n")
    w('<body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md; click:FAbpgf; auxclick:FAbpgf;CP4ERd:.CLIENT;ZqRew:.CLIENT" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud cjGgHb d8Etdd LcUz9d" data-has-header="true" style="">')
    w('<script aria-hidden="true" nonce="%s">window.wiz_progress&&window.wiz_progress();window.wiz_tick&&window.wiz_tick(\'i6Rfef\');</script>' % NONCE)
    w('<div class="QRiHXd" jsname="Ufn6O">')

    # navigation drawer (closed)
    w('<div class="ETRkCe" jscontroller="Ji0RRb" jsname="Mzs4Yd" aria-hidden="true" role="navigation" aria-label="Main menu" data-is-open="false">')
    w('<div class="Cd4ZEf"><div class="vAbrWe" role="list">')
    nav = [("home", "Home", "https://classroom.google.com/u/0/h"),
           ("calendar_today", "Calendar", "https://classroom.google.com/u/0/calendar/this-week/course/all"),
           ("school", "Enrolled", None),
           ("assignment", "To-do", "https://classroom.google.com/u/0/a/not-turned-in/all")]
    for icon, label, href in nav:
        if href:
            w('<div role="listitem" class="MHxtic"><a class="onkcGd" href="%s" tabindex="-1" jslog="162963; track:click">%s<span class="eLNT1d">%s</span></a></div>' % (href, ICON % icon, label))
        else:
            w('<div role="listitem" class="MHxtic"><div class="onkcGd" role="button" aria-expanded="true" tabindex="-1">%s<span class="eLNT1d">%s</span></div></div>' % (ICON % icon, label))
    classes = [("NzE4MjQ1NjY3ODk0", "GS Paper II \u2013 International Relations", "Batch B (Weekend) \u00b7 2025\u201326"),
               ("NzE4MzEwNzg4NjA2", "GS Paper III \u2013 Economy", "Batch B (Weekend)"),
               ("NjgyMTk3NDQ1NTMy", "Essay & Ethics practice", "Sunday answer writing"),
               ("NzAwNTEyMzk4NzE0", "CSAT Weekend", "2025\u201326")]
    for cid, name, sec in classes:
        w('<div role="listitem" class="MHxtic VnOHwf-Tvm9db"><a class="onkcGd" href="https://classroom.google.com/u/0/c/%s" tabindex="-1"><div class="n8F6Jd" aria-hidden="true">%s</div><div class="EZ1bme"><div class="eLNT1d">%s</div><div class="tNGpbb">%s</div></div></a></div>' % (cid, esc(name[0]), esc(name), esc(sec)))
    for icon, label, href in (("archive", "Archived classes", "https://classroom.google.com/u/0/a"),
                              ("settings", "Settings", "https://classroom.google.com/u/0/s")):
        w('<div role="listitem" class="MHxtic"><a class="onkcGd" href="%s" tabindex="-1">%s<span class="eLNT1d">%s</span></a></div>' % (href, ICON % icon, label))
    w("</div></div></div>")

    # top bar
    w('<header class="joJglb" role="banner" jscontroller="dZUgBe" jsaction="rcuQ6b:rcuQ6b;">')
    w('<div class="gb_Nd" aria-hidden="true"></div>')
    w('<div class="Hm3cZd"><div role="button" class="U26fgb mUbCce fKz7Od" jsname="hrGhad" aria-label="Main menu" aria-disabled="false" tabindex="0" jscontroller="VXdfxd" jsaction="click:cOuCgd;"><div class="xjKiLb"><span class="Ce1Y1c"><svg focusable="false" width="24" height="24" viewBox="0 0 24 24" class="NMm5M"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"></path></svg></span></div></div></div>')
    w('<a class="kXaXtb" href="https://classroom.google.com/u/0/h" aria-label="Classroom" jslog="74327; track:click"><img class="Dl6dle" src="%slogo_square_rounded.svg" alt="" aria-hidden="true"><span class="Cn1Xpe gmgNUb">Classroom</span></a>' % F)
    w('<svg class="Pmf2Zc" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path d="M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg>')
    w('<nav class="LfKLeb" aria-label="Class"><a class="onkcGd eDfb1d YVvGBb" href="https://classroom.google.com/u/0/c/%s" jsname="V9c6Le" aria-label="%s, %s"><span class="YVvGBb" jsname="rQC7Ie">%s</span><span class="tNGpbb" jsname="Q2LJdc">%s</span></a></nav>'
      % (COURSE, attr("GS Paper II \u2013 International Relations"), attr(meta["section"]),
         esc("GS Paper II \u2013 International Relations"), esc(meta["section"])))
    w('<div class="Vyz8ub"><div class="gb_Fe"><a class="gb_B" aria-label="Google apps" href="https://www.google.co.in/intl/en-GB/about/products" aria-expanded="false" role="button" tabindex="0"><svg class="gb_E" focusable="false" viewBox="0 0 24 24"><path d="M6,8c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2 -2,0.9 -2,2 0.9,2 2,2zM12,20c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2 -2,0.9 -2,2 0.9,2 2,2z"></path></svg></a></div>')
    w('<div class="gb_Fe gb_Ac"><a class="gb_B gb_Za" aria-label="Google Account: %s &nbsp;\n(%s)" href="https://accounts.google.com/SignOutOptions?hl=en-GB&amp;continue=https://classroom.google.com/u/0/c/%s/a/%s/details&amp;service=classroom" tabindex="0" role="button" aria-expanded="false"><img class="gb_P gbii" src="%sphoto.jpg" srcset="%sphoto.jpg 1x, %sphoto(1).jpg 2x" alt="" aria-hidden="true" data-noaft=""></a></div></div>'
      % (STUDENT, EMAIL, COURSE, WORK, F, F, F))
    w("</header>\n")

    # main
    w('<div role="main" class="rr2Jve" jsname="KpUTve" tabindex="-1">')
    w('<c-wiz jsrenderer="OX4BCd" class="z3vRcc-ZoZQ1" data-stream-item-id="%s" jsdata="deferred-i4" data-p="%%.@.[[&quot;%s&quot;,&quot;%s&quot;]]" jscontroller="zq7f3d" jsaction="rcuQ6b:rcuQ6b;" data-node-index="1;0" jsmodel="hc6Ubd" c-wiz="">' % (WORK, COURSE, WORK))
    w('<div class="ti8QBd"><div class="IKN9he"><div class="Fw7Xqb" aria-hidden="true"><div class="lr0Nqd" style="background-color: rgb(25, 103, 210);">%s</div></div>' % (ICON % "assignment"))
    w('<div class="GWZ7yf"><div class="ZZwNRd"><h1 class="fOvfyc" jsname="r4nke"><span class="lk6x7c">%s</span></h1>' % esc(title))
    w('<div role="button" class="U26fgb JRtysb WzwrXb" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="Options for %s" aria-haspopup="true" aria-disabled="false" tabindex="0">%s</div></div>' % (attr(title), ICON % "more_vert"))
    w('<div class="IMvYId"><span class="YVvGBb asQXV">%s</span><span class="tNGpbb" aria-hidden="true"> \u2022 </span><span class="PazDv">%s</span></div>' % (esc(meta["teacher"]), esc(meta["posted"])))
    w('<div class="W4hhKd"><div class="CzuI5c" jsname="xpVMyb">%s</div><div class="dMw6xd" jsname="NoUpPc">%s</div></div></div></div>' % (esc(meta["points"]), esc(meta["due"])))
    w('<div class="hN1OOc" role="separator"></div>')
    w('<div class="nGi02b tLDEHd j70YMc" jsname="NjgkUc" dir="ltr" data-rich-text="true">%s</div>' % desc_html)

    # attachments
    w('<div class="u0MgAe" role="list" aria-label="Attachments" jsname="k8Hs2d">')
    icons = {"doc": "https://drive-thirdparty.googleusercontent.com/32/type/application/vnd.google-apps.document",
             "pdf": "https://drive-thirdparty.googleusercontent.com/32/type/application/pdf",
             "sheet": "https://drive-thirdparty.googleusercontent.com/32/type/application/vnd.google-apps.spreadsheet"}
    hrefs = {"doc": "https://docs.google.com/document/d/%s/edit?usp=drive_web&amp;authuser=0",
             "pdf": "https://drive.google.com/file/d/%s/view?usp=drive_web&amp;authuser=0",
             "sheet": "https://docs.google.com/spreadsheets/d/%s/edit?usp=drive_web&amp;authuser=0"}
    for kind, name, label, fid in attach:
        w('<div role="listitem" class="t2wIBc"><div class="vwNuXe JkIgWb QRiHXd MymH0d maXJsd" jscontroller="YvaVFf" jsaction="click:h5M12e;"><a class="VkhHKd e7EEH" href="%s" target="_blank" title="%s" aria-label="Attachment: %s: %s" jslog="55434; track:click">'
          % (hrefs[kind] % fid, attr(name), attr(label), attr(name)))
        w('<div class="A6dC2c" aria-hidden="true"><img class="pb9Vod" src="%sthumbnail_%s.png" alt=""></div><div class="IHOEmc"><div class="dDKhVc YVvGBb" jsname="KKMnb">%s</div><div class="IMxGud tNGpbb"><img class="NdUsIe" src="%s" alt="" aria-hidden="true">%s</div></div></a></div></div>'
          % (F, fid[:6], esc(name), icons[kind], esc(label)))
    w("</div>")
    w('<div class="hN1OOc" role="separator"></div>')

    # class comments
    w('<section class="O98Lj" aria-label="Class comments" jscontroller="Hg5Rue" jsaction="rcuQ6b:rcuQ6b;">')
    w('<div class="Qrp9ob asQXV">%s<h2 class="asQXV" jsname="Kcfq2">%d class comments</h2></div>' % (ICON % "people", len(comments)))
    w('<ul class="nxVhx" role="list">')
    avatars = ["AAcHTtf8pLyM4d0", "AAcHTtcQ91mXr5w", "AAcHTtdZkB2sv7A"]
    for (name, date, text), av in zip(comments, avatars):
        w('<li class="GlntGc" role="listitem" jsname="d0G4Yb"><div class="Qrp9ob"><img class="KjWwNd" src="%s%s=s32-c" alt="" aria-hidden="true"><div class="oVrtqb"><div class="hjmcSb"><span class="YRgFWb">%s</span><span class="PazDv">%s</span></div><div class="pco8Kc" jsname="XPtOyb" dir="auto"><span jsname="oMy7Ac">%s</span></div></div>'
          % (F, av, esc(name), esc(date), esc(text)))
        w('<div role="button" class="U26fgb JRtysb WzwrXb" aria-label="Comment options" aria-haspopup="true" tabindex="0">%s</div></div></li>' % (ICON % "more_vert"))
    w("</ul>")
    w('<div class="r0oE8d"><img class="KjWwNd" src="%sphoto.jpg" alt="" aria-hidden="true"><div class="Hxm1ld" jsname="Xfe4Nc"><div class="Jj4Kn" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Add class comment\u2026" data-placeholder="Add class comment\u2026" tabindex="0"></div></div><div role="button" class="U26fgb O0WRkf" aria-label="Post" aria-disabled="true" tabindex="-1">%s</div></div>' % (F, ICON % "send"))
    w("</section></div>")

    # your work
    w('<aside class="lXRJbc" aria-label="Your work" jscontroller="WEcl4d" jsaction="rcuQ6b:rcuQ6b;JIbuQc:mjOFwb;">')
    w('<div class="EZrbnd" jsname="S3dCxe"><div class="EYlLkc"><h2 class="gpMGId">Your work</h2><div class="vzcr8" jsname="bH4Yxb">Assigned</div></div>')
    w('<div class="v7wOcf"><button class="VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-INsAgc" jscontroller="soHxf" jsaction="click:cOuCgd; mousedown:UX7yZ;" jsname="K2gHnf" aria-haspopup="menu" aria-expanded="false"><span class="VfPpkd-vQzf8d">%s<span class="UIUz5c">Add or create</span></span></button></div>' % (ICON % "add"))
    w('<div class="v7wOcf"><button class="VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-k8QpJ" jscontroller="soHxf" jsname="M2UYVd" jsaction="click:cOuCgd; mousedown:UX7yZ;" data-turn-in="false"><span class="VfPpkd-vQzf8d">Mark as done</span></button></div></div>')
    w('<div class="EZrbnd jGJmHe"><div class="Qrp9ob asQXV">%s<h2 class="asQXV">Private comments</h2></div><div role="button" class="U26fgb O0WRkf oG5Srb C0oVfc" jsname="Pk1Kjc" aria-disabled="false" tabindex="0"><span class="RveJvd snByac">Add comment to %s</span></div></div>' % (ICON % "person", esc(meta["teacher"])))
    w("</aside>")
    w("</c-wiz></div>")
    w('<div class="Kj3Yhd" jsname="EJnFj" aria-live="polite" aria-atomic="true"></div>')
    w('<div class="llhEMd" jsname="qjkSCc" role="dialog" aria-hidden="true"></div>')
    w("</div>")
    for n, js in enumerate(data_js):
        w('<script class="ds:%d" nonce="%s">%s</script>' % (n, NONCE, js))
    w('<script nonce="%s">window.wiz_tick&&window.wiz_tick(\'TSDtV\');window.IJ_values=[null,"en-GB",false,"https://classroom.google.com/",null,"-5287349820196655521",true];</script>' % NONCE)
    w('<script aria-hidden="true" nonce="%s">window.wiz_progress&&window.wiz_progress();window.stopScanForCss&&window.stopScanForCss();ccTick(\'bl\');</script>' % NONCE)
    w('<script src="%sm=CHqP9aVqB54,HU2Kqd,hc6Ubd,xtXwEf,ws9Tlc,IZT63,YvaVFf,Hg5Rue,WEcl4d" nonce="%s" async=""></script>' % (F, NONCE))
    w('<iframe name="ssIFrame_google" sandbox="allow-scripts allow-same-origin allow-storage-access-by-user-activation" aria-hidden="true" frame-border="0" src="%siframe.html" style="position: absolute; width: 1px; height: 1px; inset: -9999px; display: none;"></iframe>' % F)
    w("</body></html>")
    return "".join(p)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
