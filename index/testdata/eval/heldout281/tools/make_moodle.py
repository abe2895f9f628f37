#!/usr/bin/python3
"""Make docs/moodle-quiz-puttaswamy-review.html from tools/moodle-quiz-puttaswamy-review.txt.

The document is the review page of a finished Moodle 4.4 quiz attempt (mod/quiz/review.php with
"Show all questions on one page", Boost theme) saved from Chrome with "Save page as... >
Webpage, Complete": the DOCTYPE, Chrome's "saved from url=(NNNN)" comment, the DOM as Chrome
serialises it after Moodle's JavaScript has run (a charset meta first in the head, YUI's
css-stamp div left inside the head, yui_3_18_1_... ids on touched elements, "jsenabled" body
class), stylesheet, image and script addresses rewritten into the "..._files" folder (scripts
as ".js.download"), inline M.cfg and require.js configuration scripts, the site navbar, the
course-index and block drawers, the breadcrumb and page header, the attempt summary table and
then every slot: description items ("Information"), quiz section headings and questions of
the types multichoice (one or several answers), truefalse, match, gapselect, shortanswer and
essay, each with its state, mark, flag control, the student's (disabled) response, specific
and general feedback, the right answer line and, for the essay, the teacher's comment.

Source markup is described in the "%" header of the source file.
Run from anywhere: /usr/bin/python3 tools/make_moodle.py  (an output path may be given as the
only argument; the output is byte for byte the same on every run)
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "moodle-quiz-puttaswamy-review.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(HERE, "..", "docs", "moodle-quiz-puttaswamy-review.html")

QUBA = 51877
ATTEMPT = 48213
CMID = 2917
COURSE = 412
SESSKEY = "Xq7LmP2a9c"
WWW = "https://lms.gyanpath-ias.in"
YUI = "yui_3_18_1_1_1764512043812_"


def t(s):
    """Text as Chrome serialises it."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def a(s):
    return s.replace("&", "&amp;").replace('"', "&quot;")


def parse(text):
    meta, slots = {}, []
    cur = None
    for line in text.split("\n"):
        if line.startswith("%") or not line.strip():
            continue
        if line.startswith("@@ "):
            parts = line[3:].split("|")
            cur = {"type": parts[0], "state": parts[1] if len(parts) > 1 else "",
                   "mark": parts[2] if len(parts) > 2 else "", "max": parts[3] if len(parts) > 3 else "",
                   "Q": [], "O": [], "M": [], "C": [], "G": [], "SA": [], "ER": [], "SF": [],
                   "GF": [], "RA": [], "CM": []}
            slots.append(cur)
        elif line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        elif line.startswith("=="):
            slots.append({"type": "section", "heading": line[2:].strip()})
        else:
            k, v = line.split(":", 1)
            cur[k].append(v[1:] if v.startswith(" ") else v)
    return meta, slots


STATE = {"correct": "Correct", "incorrect": "Incorrect", "partiallycorrect": "Partially correct",
         "complete": "Complete"}
ICON = {"+": '<i class="icon fa fa-check text-success fa-fw " title="Correct" role="img" '
             'aria-label="Correct"></i>',
        "-": '<i class="icon fa fa-remove text-danger fa-fw " title="Incorrect" role="img" '
             'aria-label="Incorrect"></i>'}


def files_dir(meta):
    title = "%s: Attempt review | %s" % (meta["quiz"], meta["site"])
    for ch in ':|?*"<>/\\':
        title = title.replace(ch, "_")
    return "./%s_files" % title


def flag(slot, fdir):
    qid = 9300 + slot * 7
    chk = hashlib.md5(("%d-%d" % (QUBA, slot)).encode()).hexdigest()
    return ('<div class="questionflag editable"><input type="hidden" name="q%d:%d_:flagged" value="0">'
            '<input type="hidden" value="qaid=%d&amp;qubaid=%d&amp;qid=%d&amp;slot=%d&amp;checksum=%s&amp;'
            'sesskey=%s&amp;newstate=" class="questionflagpostdata"><input type="checkbox" '
            'id="q%d:%d_:flaggedcheckbox" name="q%d:%d_:flagged" value="1" aria-labelledby="q%d:%d_:flaggedlabel" '
            'aria-checked="false" aria-label="Flag question"><img src="%s/unflagged.svg" alt="" '
            'class="questionflagimage" id="q%d:%d_:flaggedimg"><span id="q%d:%d_:flaggedlabel" '
            'class="questionflagtext">Flag question</span></div>'
            % (QUBA, slot, 880400 + slot, QUBA, qid, slot, chk, SESSKEY, QUBA, slot, QUBA, slot, QUBA, slot,
               fdir, QUBA, slot, QUBA, slot))


def paras(lines):
    return "".join("<p>%s</p>" % t(x) for x in lines)


def outcome(q):
    fb = []
    if any(x.strip() for x in q["SF"]):
        fb.append('<div class="specificfeedback">%s</div>' % "<br>".join(t(x) for x in q["SF"] if x.strip()))
    if q["GF"]:
        fb.append('<div class="generalfeedback">%s</div>' % paras(q["GF"]))
    if q["RA"]:
        fb.append('<div class="rightanswer">%s</div>' % t(q["RA"][0]))
    out = ('<div class="outcome clearfix"><h4 class="accesshide">Feedback</h4><div class="feedback">%s</div></div>'
           % "".join(fb))
    if q["CM"]:
        out += ('<div class="comment clearfix"><h4 class="accesshide">Comment</h4><p>%s</p></div>'
                % t(q["CM"][0]))
    return out


def body_of(q, slot, n, fdir):
    name = "q%d:%d_" % (QUBA, slot)
    typ = q["type"]
    seq = '<input type="hidden" name="%s:sequencecheck" value="%d">' % (name, 3 if typ == "essay" else 2)
    if typ == "gapselect":
        text = t(q["Q"][0])
        for g in q["G"]:
            num, chosen, ok = g.split("|")
            choices = q["C"][int(num) - 1].split(";;")
            opts = '<option value="">&nbsp;</option>' + "".join(
                '<option value="%d"%s>%s</option>' % (i + 1, ' selected="selected"' if c == chosen else "", t(c))
                for i, c in enumerate(choices))
            ctl = ('<span class="control group%s"><label class="accesshide" for="%sp%s">Blank %s Question %d</label>'
                   '<select id="%sp%s" class="select custom-select custom-select place%s %s" name="%sp%s" '
                   'disabled="disabled">%s</select> %s</span>'
                   % (num, name, num, num, n, name, num, num, "correct" if ok == "+" else "incorrect", name, num,
                      opts, ICON[ok]))
            text = text.replace("{%s}" % num, ctl)
        qtext = '<div class="qtext"><p>%s</p></div>' % text
    else:
        qtext = '<div class="qtext">%s</div>' % paras(q["Q"])
    inner = ""
    if typ in ("multichoice", "multichoicemulti"):
        multi = typ == "multichoicemulti"
        rows = []
        for i, o in enumerate(q["O"]):
            letter, sel, ok, text = o.split("|", 3)
            cls = "r%d" % (i % 2)
            if sel == "x":
                cls += " correct" if ok == "+" else " incorrect"
            if multi:
                inp = ('<input type="hidden" name="%schoice%d" value="0"><input type="checkbox" name="%schoice%d" '
                       'value="1" id="%schoice%d" aria-labelledby="%schoice%d_label" disabled="disabled"%s>'
                       % (name, i, name, i, name, i, name, i, ' checked="checked"' if sel == "x" else ""))
                lid = "%schoice%d_label" % (name, i)
            else:
                inp = ('<input type="radio" name="%sanswer" value="%d" id="%sanswer%d" aria-labelledby="%sanswer%d_label" '
                       'disabled="disabled"%s>' % (name, i, name, i, name, i, ' checked="checked"' if sel == "x" else ""))
                lid = "%sanswer%d_label" % (name, i)
            rows.append('<div class="%s">%s<div class="d-flex w-auto" id="%s" data-region="answer-label">'
                        '<span class="answernumber">%s. </span><div class="flex-fill ml-1">%s</div></div> %s</div>'
                        % (cls, inp, lid, letter, t(text), ICON[ok] if sel == "x" else ""))
        inner = ('<fieldset class="ablock no-overflow visual-scroll-x"><legend class="prompt h6 font-weight-normal">'
                 '%s</legend><div class="answer">%s</div></fieldset>'
                 % ("Select one or more:" if multi else "Select one:", "".join(rows)))
    elif typ == "truefalse":
        rows = []
        for i, o in enumerate(q["O"]):
            sel, ok, text = o.split("|", 2)
            val = "1" if text == "True" else "0"
            cls = "r%d" % i
            if sel == "x":
                cls += " correct" if ok == "+" else " incorrect"
            rows.append('<div class="%s"><input type="radio" name="%sanswer" value="%s" id="%sanswer%s" '
                        'disabled="disabled"%s><label for="%sanswer%s" class="ml-1">%s</label> %s</div>'
                        % (cls, name, val, name, text.lower(), ' checked="checked"' if sel == "x" else "", name,
                           text.lower(), text, ICON[ok] if sel == "x" else ""))
        inner = ('<fieldset class="ablock"><legend class="prompt h6 font-weight-normal">Select one:</legend>'
                 '<div class="answer">%s</div></fieldset>' % "".join(rows))
    elif typ == "match":
        choices = q["C"][0].split(";;")
        rows = []
        for i, m in enumerate(q["M"]):
            stem, chosen, ok = m.split("|")
            opts = '<option value="0">Choose...</option>' + "".join(
                '<option value="%d"%s>%s</option>' % (j + 1, ' selected="selected"' if c == chosen else "", t(c))
                for j, c in enumerate(choices))
            rows.append('<tr class="r%d"><td class="text"><p>%s</p></td><td class="control"><label class="subq '
                        'accesshide" for="menu%ssub%d">Answer %d Question %d</label><select id="menu%ssub%d" '
                        'class="select custom-select %s" name="%ssub%d" disabled="disabled">%s</select> %s</td></tr>'
                        % (i % 2, t(stem), name, i, i + 1, n, name, i, "correct" if ok == "+" else "incorrect",
                           name, i, opts, ICON[ok]))
        inner = '<div class="ablock"><table class="answer"><tbody>%s</tbody></table></div>' % "".join(rows)
    elif typ == "shortanswer":
        val, ok = q["SA"][0].split("|")
        inner = ('<div class="ablock form-inline"><label for="%sanswer">Answer:</label><span class="answer">'
                 '<input type="text" name="%sanswer" value="%s" id="%sanswer" size="80" class="form-control d-inline %s" '
                 'readonly="readonly"> %s</span></div>'
                 % (name, name, a(val), name, "correct" if ok == "+" else "incorrect", ICON[ok]))
    elif typ == "essay":
        inner = ('<div class="ablock"><div class="answer"><div class="qtype_essay_response readonly" '
                 'id="%sanswer_readonly">%s</div></div><div class="attachments"></div></div>' % (name, paras(q["ER"])))
    return ('<div class="formulation clearfix"><h4 class="accesshide">Question text</h4>%s%s%s</div>%s'
            % (seq, qtext, inner, outcome(q)))


def slot_html(q, slot, n, fdir):
    if q["type"] == "info":
        return ('<div id="question-%d-%d" class="que description informationitem notyetanswered">'
                '<div class="info"><h3 class="no"><span class="qno">Information</span></h3></div>'
                '<div class="content"><div class="formulation clearfix"><h4 class="accesshide">Question text</h4>'
                '<input type="hidden" name="q%d:%d_:sequencecheck" value="1"><div class="qtext">%s</div></div></div></div>'
                % (QUBA, slot, QUBA, slot, paras(q["Q"])))
    typ = "multichoice" if q["type"] == "multichoicemulti" else q["type"]
    behaviour = "manualgraded" if typ == "essay" else "deferredfeedback"
    return ('<div id="question-%d-%d" class="que %s %s %s"><div class="info"><h3 class="no">Question '
            '<span class="qno">%d</span></h3><div class="state">%s</div><div class="grade">Mark %s out of %s</div>%s'
            '</div><div class="content">%s</div></div>'
            % (QUBA, slot, typ, behaviour, q["state"], n, STATE[q["state"]], q["mark"], q["max"],
               flag(slot, fdir), body_of(q, slot, n, fdir)))


def build(meta, slots):
    fdir = files_dir(meta)
    title = "%s: Attempt review | %s" % (meta["quiz"], meta["site"])
    url = meta["url"]
    quiz = meta["quiz"]
    grade, outof, pct = meta["grade"].split("|")

    # questions and navigation buttons
    qhtml, nav = [], []
    slot, n = 0, 0
    for q in slots:
        if q["type"] == "section":
            if q["heading"]:
                qhtml.append('<h3 class="mod_quiz-section-heading">%s</h3>' % t(q["heading"]))
                nav.append('<h3 class="mod_quiz-section-heading">%s</h3>' % t(q["heading"]))
            continue
        slot += 1
        if q["type"] == "info":
            qhtml.append(slot_html(q, slot, 0, fdir))
            nav.append('<a class="qnbutton notyetanswered free btn thispage" id="quiznavbutton%d" title="Information" '
                       'data-quiz-page="0" href="#question-%d-%d"><span class="thispageholder"></span>'
                       '<span class="trafficlight"></span><span class="accesshide">Information </span>i'
                       '<span class="accesshide"> This page <span class="flagstate"></span></span></a>'
                       % (slot, QUBA, slot))
        else:
            n += 1
            qhtml.append(slot_html(q, slot, n, fdir))
            nav.append('<a class="qnbutton %s free btn thispage" id="quiznavbutton%d" title="%s" data-quiz-page="0" '
                       'href="#question-%d-%d"><span class="thispageholder"></span><span class="trafficlight"></span>'
                       '<span class="accesshide">Question </span>%d<span class="accesshide"> This page '
                       '<span class="flagstate"></span></span></a>'
                       % (q["state"], slot, STATE[q["state"]], QUBA, slot, n))

    cfg = ('{"wwwroot":"https:\\/\\/lms.gyanpath-ias.in","apibase":"https:\\/\\/lms.gyanpath-ias.in\\/r.php\\/api",'
           '"homeurl":{},"sesskey":"%s","sessiontimeout":"7200","sessiontimeoutwarning":1200,'
           '"themerev":"1764049881","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome",'
           '"jsrev":"1764049881","admin":"admin","svgicons":true,"usertimezone":"Asia\\/Kolkata","language":"en",'
           '"courseId":%d,"courseContextId":5311,"contextid":8820,"contextInstanceId":%d,"langrev":1764049881,'
           '"templaterev":"1764049881","siteId":1,"userId":3071}' % (SESSKEY, COURSE, CMID))
    head = (
        '<!DOCTYPE html>\n'
        '<!-- saved from url=(%04d)%s -->\n'
        '<html dir="ltr" lang="en" xml:lang="en" class="yui3-js-enabled"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><div id="yui3-css-stamp" style="position: absolute !important; '
        'visibility: hidden !important" class=""></div>\n'
        '    <title>%s</title>\n'
        '    <link rel="shortcut icon" href="%s/favicon.ico">\n'
        '    \n'
        '<meta name="keywords" content="moodle, %s">\n'
        '<link rel="stylesheet" type="text/css" href="%s/yui-moodlesimple-min.css"><script id="firstthemesheet" '
        'type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script>'
        '<link rel="stylesheet" type="text/css" href="%s/all.css">\n'
        '<script>\n//<![CDATA[\nvar M = {}; M.yui = {};\nM.pageloadstarttime = new Date();\nM.cfg = %s;\n\n'
        'var yui1ConfigFn = function(me) {if(/-skin|reset|fonts|grids|base/.test(me.name)){me.type=\'css\';'
        'me.path=me.path.replace(/\\.js/,\'.css\');me.path=me.path.replace(/\\/yui2-skin/,\'/assets/skins/sam/yui2-skin\')}};\n'
        'var yui2ConfigFn = function(me) {var parts=me.name.replace(/^moodle-/,\'\').split(\'-\'),component=parts.shift(),'
        'module=parts[0],min=\'-min\';if(/-(skin|core)$/.test(me.name)){parts.pop();me.type=\'css\';min=\'\'}};\n'
        'YUI_config = {"debug":false,"base":"https:\\/\\/lms.gyanpath-ias.in\\/lib\\/yuilib\\/3.18.1\\/",'
        '"comboBase":"https:\\/\\/lms.gyanpath-ias.in\\/theme\\/yui_combo.php\\/","combine":true,"filter":null,'
        '"insertBefore":"firstthemesheet","groups":{"yui2":{"base":"https:\\/\\/lms.gyanpath-ias.in\\/lib\\/yuilib\\/2in3\\/2.9.0\\/build\\/",'
        '"combine":true,"ext":false,"root":"2in3\\/2.9.0\\/build\\/","patterns":{"yui2-":{"group":"yui2","configFn":yui1ConfigFn}}}},'
        '"modules":{"core_filepicker":{"name":"core_filepicker","fullpath":"https:\\/\\/lms.gyanpath-ias.in\\/lib\\/javascript.php\\/1764049881\\/repository\\/filepicker.js"}}};\n'
        'M.yui.loader = {modules: {}};\n\n//]]>\n</script>\n'
        '<meta name="robots" content="noindex">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        '<script charset="utf-8" id="%s10" src="%s/yui_combo.js.download" async=""></script>'
        '<script charset="utf-8" id="%s24" src="%s/yui_combo(1).js.download" async=""></script>'
        '<style type="text/css" id="MJX-SVG-styles"></style></head>\n'
        % (len(url), url, t(title), fdir, a("%s: Attempt review" % quiz), fdir, fdir, cfg, YUI, fdir, YUI, fdir))

    navbar = (
        '<body id="page-mod-quiz-review" class="format-topics  path-mod path-mod-quiz chrome dir-ltr lang-en '
        'yui-skin-sam yui3-skin-sam lms-gyanpath-ias-in pagelayout-incourse course-%d context-8820 cmid-%d '
        'category-3 uses-drawers drawer-open-block jsenabled">\n'
        '<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>\n'
        '<div id="page-wrapper" class="d-print-block">\n\n    <div>\n    <a class="sr-only sr-only-focusable" '
        'href="#maincontent">Skip to main content</a>\n</div><script src="%s/polyfill.min.js.download"></script>\n'
        '<script src="%s/yui-moodlesimple-min.js.download"></script><script src="%s/javascript-static.js.download">'
        '</script>\n<script>\n//<![CDATA[\ndocument.body.className += \' jsenabled\';\n//]]>\n</script>\n\n\n\n'
        '    <nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">\n'
        '        <div class="btn drawer-toggler drawer-left-toggle open-nav d-print-none">\n'
        '            <button class="btn icon-no-margin" data-toggler="drawers" data-action="toggle" '
        'data-target="theme_boost-drawers-courseindex" data-toggle="tooltip" data-placement="right" '
        'title="" data-original-title="Open course index">\n                <span class="sr-only">Open course index</span>\n'
        '                <i class="icon fa fa-bars fa-fw " aria-hidden="true"></i>\n            </button>\n        </div>\n\n'
        '        <a href="%s/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">\n\n'
        '                Gyanpath IAS Online\n        </a>\n'
        '            <div class="primary-navigation">\n                <nav class="moremenu navigation observed">\n'
        '                    <ul id="moremenu-692c1f2b6e1a4-navbar-nav" role="menubar" class="nav more-nav navbar-nav">\n'
        '                                <li data-key="home" class="nav-item" role="none" data-forceintomoremenu="false">\n'
        '                                            <a role="menuitem" class="nav-link  " href="%s/" tabindex="-1">Home</a>\n'
        '                                </li>\n'
        '                                <li data-key="myhome" class="nav-item" role="none" data-forceintomoremenu="false">\n'
        '                                            <a role="menuitem" class="nav-link  " href="%s/my/" tabindex="-1">Dashboard</a>\n'
        '                                </li>\n'
        '                                <li data-key="mycourses" class="nav-item" role="none" data-forceintomoremenu="false">\n'
        '                                            <a role="menuitem" class="nav-link active " href="%s/my/courses.php" '
        'aria-current="true" tabindex="0">My courses</a>\n'
        '                                </li>\n'
        '                        <li role="none" class="nav-item dropdown dropdownmoremenu d-none" data-region="morebutton">\n'
        '                            <a class="dropdown-toggle nav-link " href="#" id="moremenu-dropdown-692c1f2b6e1a4" '
        'role="menuitem" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="-1">More</a>\n'
        '                            <ul class="dropdown-menu dropdown-menu-left" data-region="moredropdown" '
        'aria-labelledby="moremenu-dropdown-692c1f2b6e1a4" role="menu"></ul>\n'
        '                        </li>\n                    </ul>\n                </nav>\n            </div>\n\n'
        '            <div id="usernavigation" class="navbar-nav ml-auto">\n'
        '                <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">\n'
        '                    <div class="usermenu"><div class="dropdown show">\n'
        '                        <a href="#" role="button" id="user-menu-toggle" data-toggle="dropdown" '
        'aria-label="User menu" aria-haspopup="true" aria-controls="user-action-menu" class="btn dropdown-toggle">\n'
        '                            <span class="userbutton"><span class="avatars"><span class="avatar current">'
        '<span class="userinitials size-35" title="%s" aria-label="%s" role="img">RS</span></span></span></span>\n'
        '                        </a>\n'
        '                        <div id="user-action-menu" class="dropdown-menu dropdown-menu-right">\n'
        '                            <div id="usermenu-carousel" class="carousel slide" data-touch="false" '
        'data-interval="false" data-keyboard="false"><div class="carousel-inner"><div id="carousel-item-main" '
        'class="carousel-item active" role="menu" tabindex="-1" aria-label="User">'
        '<a href="%s/user/profile.php" class="dropdown-item" role="menuitem" tabindex="-1">Profile</a>'
        '<a href="%s/grade/report/overview/index.php" class="dropdown-item" role="menuitem" tabindex="-1">Grades</a>'
        '<a href="%s/login/logout.php?sesskey=%s" class="dropdown-item" role="menuitem" tabindex="-1">Log out</a>'
        '</div></div></div>\n                        </div>\n                    </div></div>\n'
        '                </div>\n            </div>\n    </nav>\n\n'
        % (COURSE, CMID, fdir, fdir, fdir, WWW, WWW, WWW, WWW, t(meta["user"]), a(meta["user"]), WWW, WWW, WWW,
           SESSKEY))

    courseindex = (
        '    <div class="drawer drawer-left d-print-none not-initialized" data-region="fixed-drawer" '
        'id="theme_boost-drawers-courseindex" data-preference="drawer-open-index" data-state="show-drawer-left" '
        'data-forceopen="0" data-close-on-resize="0">\n'
        '        <div class="drawerheader">\n            <button class="btn drawertoggle icon-no-margin hidden" '
        'data-toggler="drawers" data-action="closedrawer" data-target="theme_boost-drawers-courseindex" '
        'data-toggle="tooltip" data-placement="right" title="Close course index">\n'
        '                <i class="icon fa fa-times fa-fw " aria-hidden="true"></i>\n            </button>\n'
        '        </div>\n        <div class="drawercontent drag-container" data-usertour="scroller">\n'
        '            <nav id="courseindex" class="courseindex">\n'
        '    <div id="courseindex-content">\n'
        '        <div data-region="courseindex" class="courseindex">\n'
        + "".join(
            '            <div class="courseindex-section" id="course-index-section-%d" data-for="section" data-id="%d" '
            'data-number="%d" role="treeitem" aria-owns="courseindexcollapse%d" aria-expanded="%s">\n'
            '                <div class="courseindex-item courseindex-section-title d-flex"><a href="%s/course/section.php?id=%d" '
            'class="courseindex-link text-truncate" data-for="section_title">%s</a></div>\n'
            '                <div id="courseindexcollapse%d" class="courseindex-item-content collapse%s"><ul class="courseindex-sectioncontent" role="group">%s</ul></div>\n'
            '            </div>\n'
            % (i, 1830 + i, i, i, "true" if acts else "false", WWW, 1830 + i, t(sec), i, " show" if acts else "",
               "".join('<li class="courseindex-item%s" data-for="cm" role="treeitem"><a href="%s/mod/%s/view.php?id=%d" '
                       'class="courseindex-link text-truncate" data-for="cm_name">%s</a></li>'
                       % (" pageitem" if cm == CMID else "", WWW, mod, cm, t(name)) for mod, cm, name in acts))
            for i, (sec, acts) in enumerate([
                ("General", []),
                ("Week 5 – Fundamental Rights I", []),
                (meta["coursesection"], [("resource", 2914, "Lecture notes – Article 21 (PDF)"),
                             
                                         ("quiz", CMID, quiz)]),
                ("Week 7 – Directive Principles", []),
            ]))
        + '        </div>\n    </div>\n            </nav>\n        </div>\n    </div>\n')

    blocks = (
        '    <div class="drawer drawer-right d-print-none show" data-region="fixed-drawer" '
        'id="theme_boost-drawers-blocks" data-preference="drawer-open-block" data-state="show-drawer-right" '
        'data-forceopen="" data-close-on-resize="1" aria-expanded="true">\n'
        '        <div class="drawerheader">\n            <button class="btn drawertoggle icon-no-margin" '
        'data-toggler="drawers" data-action="closedrawer" data-target="theme_boost-drawers-blocks" '
        'data-toggle="tooltip" data-placement="left" title="" data-original-title="Close block drawer">\n'
        '                <span class="sr-only">Close block drawer</span><i class="icon fa fa-times fa-fw " aria-hidden="true"></i>\n'
        '            </button>\n        </div>\n        <div class="drawercontent drag-container" data-usertour="scroller">\n'
        '                <section class="d-print-none" aria-label="Blocks">\n'
        '                    <aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" '
        'data-droptarget="1" aria-labelledby="side-pre-block-region-heading"><h2 class="sr-only" '
        'id="side-pre-block-region-heading">Blocks</h2>'
        '<section id="mod_quiz_navblock" class="block block_fake card mb-3" role="navigation" data-block="_fake" '
        'aria-labelledby="mod_quiz_navblock_title"><div class="card-body p-3">'
        '<h5 id="mod_quiz_navblock_title" class="card-title d-inline">Quiz navigation</h5>'
        '<div class="card-text content mt-3"><div class="qn_buttons clearfix allquestionsononepage">%s</div>'
        '<div class="othernav"><a class="endtestlink aalink" href="%s/mod/quiz/view.php?id=%d">Finish review</a>'
        '<a href="%s/mod/quiz/review.php?attempt=%d&amp;cmid=%d">Show one page at a time</a></div></div>'
        '<div class="footer"></div></div></section></aside>\n'
        '                </section>\n        </div>\n    </div>\n'
        % ("".join(nav), WWW, CMID, WWW, ATTEMPT, CMID))

    header = (
        '    <div id="page" data-region="mainpage" data-usertour="scroller" class="drawers show-drawer-right  drag-container">\n'
        '        <div id="topofscroll" class="main-inner">\n'
        '            <div class="drawer-toggles d-flex">\n'
        '                    <div class="drawer-toggler drawer-left-toggle open-nav d-print-none">\n'
        '                        <button class="btn icon-no-margin" data-toggler="drawers" data-action="toggle" '
        'data-target="theme_boost-drawers-courseindex" data-toggle="tooltip" data-placement="right" title="" '
        'data-original-title="Open course index">\n'
        '                            <span class="sr-only">Open course index</span>\n'
        '                            <i class="icon fa fa-list fa-fw " aria-hidden="true"></i>\n'
        '                        </button>\n                    </div>\n            </div>\n'
        '            <header id="page-header" class="header-maxwidth d-print-none">\n'
        '    <div class="w-100">\n        <div class="d-flex flex-wrap">\n'
        '            <div id="page-navbar">\n                <nav aria-label="Navigation bar">\n'
        '    <ol class="breadcrumb">\n'
        '                <li class="breadcrumb-item">\n                    <a href="%s/my/courses.php">My courses</a>\n                </li>\n'
        '                <li class="breadcrumb-item">\n                    <a href="%s/course/view.php?id=%d" title="UPSC GS-II 2026: Polity &amp; Governance (Batch B)">%s</a>\n                </li>\n'
        '                <li class="breadcrumb-item">\n                    <a href="%s/course/section.php?id=1832">%s</a>\n                </li>\n'
        '                <li class="breadcrumb-item">\n                    <a href="%s/mod/quiz/view.php?id=%d" title="Quiz">%s</a>\n                </li>\n'
        '                <li class="breadcrumb-item"><span>Review</span></li>\n'
        '    </ol>\n</nav>\n            </div>\n        </div>\n'
        '        <div class="d-flex align-items-center">\n                <div class="mr-auto">\n'
        '                    <div class="page-context-header d-flex align-items-center mb-2"><div class="page-icon mr-2">'
        '<img src="%s/monologo.svg" class="icon activityicon " alt=""></div><div class="page-header-headings">'
        '<div class="text-muted text-uppercase small line-height-3">Quiz</div><h1 class="h2 mb-0">%s</h1></div></div>\n'
        '                </div>\n                <div class="header-actions-container ml-auto" data-region="header-actions-container">\n'
        '                </div>\n        </div>\n    </div>\n</header>\n'
        '            <div class="secondary-navigation d-print-none">\n'
        '                <nav class="moremenu navigation observed">\n'
        '                    <ul id="moremenu-692c1f2b71f07-nav-tabs" role="menubar" class="nav more-nav nav-tabs">\n'
        '                                <li data-key="modulepage" class="nav-item" role="none" data-forceintomoremenu="false">\n'
        '                                            <a role="menuitem" class="nav-link active active_tree_node" '
        'href="%s/mod/quiz/view.php?id=%d" aria-current="true">Quiz</a>\n'
        '                                </li>\n                    </ul>\n                </nav>\n            </div>\n'
        % (WWW, WWW, COURSE, t(meta["courseshort"]), WWW, t(meta["coursesection"]), WWW, CMID, t(quiz), fdir,
           t(quiz), WWW, CMID))

    summary = (
        '<table class="generaltable generalbox quizreviewsummary mb-0"><tbody>'
        '<tr><th class="cell" scope="row">Started</th><td class="cell">%s</td></tr>'
        '<tr><th class="cell" scope="row">State</th><td class="cell">Finished</td></tr>'
        '<tr><th class="cell" scope="row">Completed</th><td class="cell">%s</td></tr>'
        '<tr><th class="cell" scope="row">Duration</th><td class="cell">%s</td></tr>'
        '<tr><th class="cell" scope="row">Marks</th><td class="cell">%s</td></tr>'
        '<tr><th class="cell" scope="row">Grade</th><td class="cell"><b>%s</b> out of %s (<b>%s</b>%%)</td></tr>'
        '<tr><th class="cell" scope="row">Feedback</th><td class="cell"><p>%s</p></td></tr>'
        '</tbody></table>'
        % (meta["started"], meta["completed"], meta["taken"], meta["marks"], grade, outof, pct, t(meta["feedback"])))

    main = (
        '            <div id="page-content" class="pb-3 d-print-block">\n'
        '                <div id="region-main-box">\n'
        '                    <section id="region-main" aria-label="Content">\n\n'
        '                        <span class="notifications" id="user-notifications"></span>\n'
        '                        <div role="main"><span id="maincontent"></span>%s'
        '<form action="%s/mod/quiz/review.php" method="post" class="questionflagsaveform" id="%s41"><div>'
        '<input type="hidden" name="attempt" value="%d"><input type="hidden" name="sesskey" value="%s">'
        '<input type="hidden" name="showall" value="1">\n%s\n'
        '<div class="submitbtns"><a class="mod_quiz-next-nav" href="%s/mod/quiz/view.php?id=%d">Finish review</a></div>'
        '</div></form></div>\n'
        '                        \n                        \n\n                    </section>\n'
        '                </div>\n            </div>\n        </div>\n'
        % (summary, WWW, YUI, ATTEMPT, SESSKEY, "\n".join(qhtml), WWW, CMID))

    footer = (
        '        <footer id="page-footer" class="footer-popover bg-white">\n'
        '            <div data-region="footer-container-popover">\n'
        '                <button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" '
        'data-action="footer-popover" aria-label="Show footer">\n'
        '                    <i class="icon fa fa-question fa-fw " aria-hidden="true"></i>\n                </button>\n'
        '            </div>\n'
        '            <div class="footer-content-popover container" data-region="footer-content-popover">\n'
        '                <div class="footer-section p-3 border-bottom">\n'
        '                    <div class="logininfo"><div class="logininfo">You are logged in as '
        '<a href="%s/user/profile.php?id=3071" title="View profile">%s</a> (<a href="%s/login/logout.php?sesskey=%s">'
        'Log out</a>)</div></div>\n'
        '                    <div class="tool_usertours-resettourcontainer"></div>\n'
        '                    <div class="tool_dataprivacy"><a href="%s/admin/tool/dataprivacy/summary.php">Data retention summary</a></div>'
        '<a href="https://download.moodle.org/mobile?version=2024042205.02&amp;lang=en&amp;iosappid=633359593&amp;'
        'androidappid=com.moodle.moodlemobile">Get the mobile app</a>\n'
        '                </div>\n                <div class="footer-section p-3">\n'
        '                    <div>Powered by <a href="https://moodle.com/">Moodle</a></div>\n'
        '                </div>\n            </div>\n        </footer>\n'
        '    </div>\n'
        % (WWW, t(meta["user"]), WWW, SESSKEY, WWW))

    tail = (
        '</div>\n<script>\n//<![CDATA[\nvar require = {\n    baseUrl : \'https://lms.gyanpath-ias.in/lib/requirejs.php/'
        '1764049881/\',\n    // We only support AMD modules with an explicit define() statement.\n'
        '    enforceDefine: true,\n    skipDataMain: true,\n    waitSeconds : 0,\n\n    paths: {\n'
        '        jquery: \'https://lms.gyanpath-ias.in/lib/javascript.php/1764049881/lib/jquery/jquery-3.7.1.min\',\n'
        '        jqueryui: \'https://lms.gyanpath-ias.in/lib/javascript.php/1764049881/lib/jquery/ui-1.13.2/jquery-ui.min\',\n'
        '        jqueryprivate: \'https://lms.gyanpath-ias.in/lib/javascript.php/1764049881/lib/requirejs/jquery-private\'\n'
        '    },\n\n    // Custom jquery config map.\n    map: {\n      \'*\': { jquery: \'jqueryprivate\' },\n'
        '      jqueryprivate: { jquery: \'jquery\' }\n    }\n};\n\n//]]>\n</script>\n'
        '<script src="%s/require.min.js.download"></script>\n'
        '<script>\n//<![CDATA[\nM.util.js_pending("core/first");\nrequire([\'core/first\'], function() {\n'
        'require([\'core/prefetch\'])\n;\nrequire(["media_videojs/loader"], function(loader) {\n'
        '    loader.setUp(\'en\');\n});;\nM.util.js_pending(\'mod_quiz/quiz_navigation\'); '
        'require([\'mod_quiz/quiz_navigation\'], function(amd) {amd.init(); M.util.js_complete(\'mod_quiz/quiz_navigation\');});;\n'
        'require([\'theme_boost/drawers\']);\n;\nM.util.js_complete("core/first");\n});\n'
        'M.str = {"moodle":{"lastmodified":"Last modified","name":"Name","error":"Error","info":"Information",'
        '"yes":"Yes","no":"No","cancel":"Cancel","confirm":"Confirm","areyousure":"Are you sure?",'
        '"closebuttontitle":"Close","unknownerror":"Unknown error","file":"File","url":"URL","collapseall":'
        '"Collapse all","expandall":"Expand all"},"question":{"flagged":"Flagged"},"quiz":{"functiondisabledbysecuremode":'
        '"That functionality is currently disabled."},"repository":{"type":"Type","size":"Size"}};\n'
        'YUI().use(\'node\', function(Y) {\nM.util.load_flowplayer();\nsetTimeout("fix_column_widths()", 20);\n'
        'Y.use("moodle-core-question-flags",function() {M.core_question_flags.init(Y, "%s\\/question\\/toggleflag.php", '
        '[{"src":"%s\\/theme\\/image.php\\/boost\\/core\\/1764049881\\/i\\/unflagged","title":"Flag question","alt":"Not flagged"},'
        '{"src":"%s\\/theme\\/image.php\\/boost\\/core\\/1764049881\\/i\\/flagged","title":"Remove flag","alt":"Flagged"}], '
        '["Flag question","Remove flag"]);\n});\n'
        'Y.use("moodle-mod_quiz-quizbase","moodle-mod_quiz-util-slot",function() {M.mod_quiz.init_review_form(Y);\n});\n'
        'M.util.help_popups.setup(Y);\n M.util.js_pending(\'random692c1f2b7a2c914\'); '
        'Y.on(\'domready\', function() { M.util.js_complete("init");  M.util.js_complete(\'random692c1f2b7a2c914\'); });\n'
        '});\n//]]>\n</script>\n\n</body></html>'
        % (fdir, WWW.replace("/", "\\/"), WWW.replace("/", "\\/"), WWW.replace("/", "\\/")))

    return head + navbar + courseindex + blocks + header + main + footer + tail


def main():
    with open(SRC, encoding="utf-8") as f:
        meta, slots = parse(f.read())
    data = build(meta, slots)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)


if __name__ == "__main__":
    main()
