#!/usr/bin/python3
"""Write docs/fire-season-study-group.html, a Discord channel as DiscordChatExporter exports it.

Run from anywhere: /usr/bin/python3 tools/make_discord.py
The messages are held below. The markup follows DiscordChatExporter's HTML (dark theme)
export: a preamble with guild, category/channel, topic and date range; chatlog__message-group
blocks; snowflake ids; en-GB timestamps; reply references (which repeat the full text of the
message replied to); an embed; reactions; "(edited)" marks; a bot message; a postamble.
"""
import datetime
import os
from xml.sax.saxutils import escape
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "fire-season-study-group.html")

IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
DISCORD_EPOCH = 1420070400000

GUILD = "UPSC Prep Circle"
CATEGORY = "GS PAPER 3"
CHANNEL = "env-dm-doubts"
TOPIC = "Environment, ecology and disaster management doubts. Quote your source when you post data."
GUILD_ICON = "https://cdn.discordapp.com/icons/1098312745896214609/a3f1c9e27b54d0e8c6a1f2b3d4e5f607.png?size=512"

USERS = {
    "rohit": ("Rohit K", "rohit_k", "798412563211026432", "rgb(52, 152, 219)", "0f3a7c21d9e84b56a1c2d3e4f5a6b7c8"),
    "ananya": ("Ananya", "ananya.s", "812934017722351616", "rgb(155, 89, 182)", "4b2e8d1c7a6f5e4d3c2b1a0f9e8d7c6b"),
    "vikram": ("Vikram (mentor)", "vikram.mentor", "701556238940471296", "rgb(241, 196, 15)", "9c8b7a6f5e4d3c2b1a0f1e2d3c4b5a69"),
    "megha": ("Megha", "megha_d", "856390127745630208", "rgb(46, 204, 113)", "1a2b3c4d5e6f708192a3b4c5d6e7f809"),
    "farhan": ("Farhan", "farhan.ias", "903117284451819520", "rgb(230, 126, 34)", "7e6d5c4b3a291807f6e5d4c3b2a19080"),
    "sneha": ("Sneha", "sneha_p", "924500381716987904", "rgb(26, 188, 156)", "5f4e3d2c1b0a99887766554433221100"),
    "mee6": ("MEE6", "MEE6#4876", "159985870458322944", None, "b50adff099924dd5e6b72d13f77eb9d7"),
}

EMOJI = {
    "fire": ("\U0001F525", "1f525"), "pray": ("\U0001F64F", "1f64f"), "thumbsup": ("\U0001F44D", "1f44d"),
    "100": ("\U0001F4AF", "1f4af"), "rotating_light": ("\U0001F6A8", "1f6a8"),
    "point_down": ("\U0001F447", "1f447"), "broken_heart": ("\U0001F494", "1f494"),
    "tada": ("\U0001F389", "1f389"), "exploding_head": ("\U0001F92F", "1f92f"),
    "cry": ("\U0001F622", "1f622"), "pushpin": ("\U0001F4CC", "1f4cc"), "heart": ("\u2764\ufe0f", "2764"),
    "open_mouth": ("\U0001F62E", "1f62e"), "joy": ("\U0001F602", "1f602"),
}

# (key, author, "YYYY-MM-DD HH:MM" IST, content, options)
MESSAGES = [
    ("m0", "rohit", "2024-04-26 22:08", "guys the Nainital fire has reached the High Court Colony in the Pines area :fire: videos on X look scary", {}),
    ("m1", "rohit", "2024-04-26 22:09", "whole Kumaon belt is burning, Bhowali Ramgarh Mukteshwar side also", {}),
    ("m2", "ananya", "2024-04-26 22:15", "which type of fire is this in exam language? surface or crown??", {"reply": "m0"}),
    ("m3", "vikram", "2024-04-26 22:31",
     "Mostly **surface fires**: they burn the litter, dry grass and pine needles on the floor. On steep chir slopes, with wind behind them, they climb shrubs and low branches into the canopy and become **crown fires**, which is what the night videos show.\n"
     "**Ground fire** = smouldering humus or peat below the litter, hardly any flame, creeps slowly, can stay alive for days. Least common of the three for us.\n"
     "Prelims one-liner: most forest fires in India are surface fires.",
     {"reply": "m2", "reactions": [("thumbsup", 6), ("fire", 2)]}),
    ("m4", "ananya", "2024-04-26 22:33", "got it, thanks sir :pray:", {}),
    ("m5", "megha", "2024-04-27 13:02", "IAF has put a Mi-17 V5 on Bambi bucket ops near Nainital, lifting water from Bhimtal lake. the fire had come close to the Air Force station", {}),
    ("m6", "farhan", "2024-04-27 13:05", "why is UK so bad this year? last year we hardly heard anything", {}),
    ("m7", "farhan", "2024-04-27 13:05", "*Uttarakhand, not United Kingdom :joy:", {}),
    ("m8", "vikram", "2024-04-27 13:40",
     "Three things came together:\n"
     "1. Dry winter: very little rain and snow from western disturbances, so the forest floor was bone dry by April\n"
     "2. Fuel: a thick layer of chir pine needles (pirul) and dry leaves\n"
     "3. Ignition: almost every fire is lit by people, for grazing, clearing land, burning crop waste, or a bidi thrown away\n"
     "Add vacant posts and fire lines that have not been cleared in decades, and you get this.",
     {"reply": "m6", "reactions": [("100", 4)]}),
    ("m9", "sneha", "2024-04-27 13:42", "sir pirul ka exact role kya hai? class me suna tha par notes me nahi likha", {}),
    ("m10", "vikram", "2024-04-27 13:55",
     "Pirul = chir pine needles. Full of resin so they catch fire fast; acidic and waxy so they rot very slowly and build up into a mat; and the trees drop them from March to June, right in the fire season. "
     "Burning cones roll downhill and light new patches. The British spread chir for resin and timber.",
     {"reply": "m9", "reactions": [("thumbsup", 5)]}),
    ("m11", "farhan", "2024-04-27 14:10", "jhum ka bhi fire se connection hai na? NE states top the FSI lists sometimes", {}),
    ("m12", "vikram", "2024-04-27 14:26",
     "Yes. Jhum is slash-and-burn shifting cultivation: the plot is cut, left to dry and burnt in Feb-March before sowing, and fires escape into the forest. That's why fires in the North-East peak early (Feb-Mar) while the Himalayan ones peak Apr-Jun.\n"
     "ISFR 2019: Mizoram had the most MODIS fire alerts of any state, 2,795, between Nov 2018 and Jun 2019. Jhum cycles have also shrunk, so the same slope gets burnt every few years.",
     {"reply": "m11", "reactions": [("thumbsup", 3)]}),
    ("m13", "rohit", "2024-05-08 17:20",
     "SC heard the Uttarakhand forest fire matter today :rotating_light:\n"
     "- bench of Justices B R Gavai and Sandeep Mehta\n"
     "- \"cloud seeding or depending on rain god is not the answer\", the state has to take preventive measures\n"
     "- state's counsel: 398 fires since Nov 2023, all man-made, only 0.1% of the wildlife cover burning, 5 people dead\n"
     "- petitioner said 40% of the forests were on fire, state denied it\n"
     "- reports to go to the Central Empowered Committee (CEC), next hearing 15 May",
     {"reactions": [("fire", 5), ("thumbsup", 3)]}),
    ("m14", "megha", "2024-05-08 17:24",
     "and CM Dhami launched **Pirul Lao-Paise Pao** today in Rudraprayag. villagers bring pine needles to collection centres and get Rs 50 per kg straight into their bank accounts. "
     "the Uttarakhand Pollution Control Board runs it, with a Rs 50 crore corpus", {}),
    ("m15", "sneha", "2024-05-08 17:29", "Rs 50/kg!! wasn't it Rs 3 before?", {}),
    ("m16", "megha", "2024-05-08 17:31", "yes, up from Rs 3. the needles go for briquettes and pellets", {"reply": "m15"}),
    ("m17", "ananya", "2024-05-15 19:02",
     "SC again today, much tougher this time:\n"
     "- state's approach called \"lackadaisical\", a \"very sorry state of affairs\"\n"
     "- three-judge bench now: Gavai, S V N Bhatti and Sandeep Mehta\n"
     "- Rs 9.12 crore of CAMPA money was sanctioned but only about a third was used for forest work\n"
     "- forest staff and forest vehicles in ALL states are not to be requisitioned for election duty or the Char Dham Yatra\n"
     "- Chief Secretary to appear in person on 17 May to explain vacancies, funds and equipment",
     {"reactions": [("open_mouth", 3), ("thumbsup", 4)]}),
    ("m18", "vikram", "2024-05-15 19:20",
     "Save this for Mains. It is a clean example of **governance failure, not just a natural hazard**: money unspent, posts vacant, fire staff sent on poll duty in the peak season. "
     "Link it to NAPFF 2018 (communities + capacity) and the FFPM scheme (money for fire lines, watch towers, equipment).",
     {}),
    ("m19", "sneha", "2024-05-15 19:34", "how does FSI even know where the fires are? satellites??", {}),
    ("m20", "vikram", "2024-05-15 19:48",
     "Yes:\n"
     "- MODIS on NASA's Terra and Aqua, used by FSI since 2004, 1 km pixels\n"
     "- SNPP-VIIRS, added in 2017, 375 m pixels, catches small and under-canopy fires and is better at night\n"
     "Alerts go to the state forest departments by email and SMS several times a day, and you can register for SMS alerts for your own beat. "
     "Big fires (3 or more contiguous VIIRS pixels) are tracked separately under the large forest fire programme. Portal below, play with the map :point_down:\n"
     "https://fsiforestfire.gov.in/",
     {"reply": "m19", "reactions": [("pray", 5)],
      "embed": ("https://fsiforestfire.gov.in/", "Forest Fire Portal | Forest Survey of India",
                "Near real time fire alerts, large forest fire monitoring, pre-fire alerts and fire-prone areas for State Forest Departments.")}),
    ("m21", "farhan", "2024-05-15 19:52", "prelims trap noted: VIIRS is finer (375 m) than MODIS (1 km), don't flip them", {}),
    ("m22", "mee6", "2024-05-15 19:52", "GG <@sneha>, you just advanced to level 9!", {"bot": True}),
    ("m23", "megha", "2024-06-13 22:40",
     "sad news: fire in Binsar Wildlife Sanctuary (Almora), 4 forest workers died trying to put it out :broken_heart:\n"
     "state count since 1 Nov is 1,213 incidents vs 663 in the same period last year",
     {"reactions": [("cry", 9)]}),
    ("m24", "rohit", "2024-12-22 10:15",
     "ISFR 2023 was released yesterday at FRI Dehradun :tada: fire chapter highlights:\n"
     "- 2,03,544 fire hotspots by SNPP-VIIRS, Nov 2023 to Jun 2024\n"
     "- top 3: Uttarakhand 21,033 > Odisha 20,973 > Chhattisgarh 18,950\n"
     "- Uttarakhand jumped from 5,351 in the previous season\n"
     "- burnt area estimated for the whole country for the first time: Andhra Pradesh highest (5,286.76 sq km), then Maharashtra and Telangana",
     {"edited": "2024-12-22 10:17", "reactions": [("thumbsup", 7)]}),
    ("m25", "ananya", "2024-12-22 10:21", "wait, how can AP have the biggest burnt area when UK has the most hotspots??", {}),
    ("m26", "vikram", "2024-12-22 10:44",
     "They count different things. A hotspot is one satellite pixel flagged as burning on one pass, so lots of small, repeated fires on the pine slopes push the count up. "
     "Burnt area is the ground actually blackened, mapped from imagery after the fires. The dry deciduous forests of the Eastern Ghats burn over wide, gentle stretches, so fewer detections can still mean more area. "
     "Don't mix the two in an answer.",
     {"reply": "m25", "reactions": [("exploding_head", 4), ("thumbsup", 5)]}),
    ("m27", "farhan", "2024-12-22 10:50", "and the ISFR 2021 fire-prone figure was?", {}),
    ("m28", "sneha", "2024-12-22 10:52",
     "35.46% of forest cover is fire-prone (ISFR 2021): extremely 2.81, very highly 7.85, highly 11.51. In the 2020-21 season most fires were in Odisha, then MP and Chhattisgarh",
     {"reply": "m27"}),
    ("m29", "megha", "2024-12-22 11:05", "controlled burning vs counter firing, same thing?", {}),
    ("m30", "vikram", "2024-12-22 11:18",
     "No.\n"
     "**Controlled burning** is done *before* the season, in the cool months: litter is burnt under supervision to cut the fuel load.\n"
     "**Counter firing** is done *during* a fire: the crew lights a line of fire ahead of the main front so that the two meet and the main fire runs out of fuel.\n"
     "Fire lines are the permanent cleared strips that break fuel continuity.",
     {"reply": "m29", "reactions": [("thumbsup", 6)]}),
    ("m31", "rohit", "2024-12-22 11:20", "NAPFF kab aaya aur kya hai?", {}),
    ("m32", "ananya", "2024-12-22 11:26",
     "2018, by MoEFCC. core idea: inform, enable and empower the forest fringe communities and give them incentives to work with the forest dept. "
     "plus: reduce how vulnerable forests are, build staff capacity, recover burnt areas faster",
     {"reply": "m31"}),
    ("m33", "farhan", "2024-12-22 11:29",
     "and FFPM = Forest Fire Prevention and Management scheme. centrally sponsored, replaced IFMS in 2017, funding 90:10 for NE and Himalayan states, 60:40 for the rest",
     {"edited": "2024-12-22 11:31"}),
    ("m34", "vikram", "2024-12-22 11:40",
     "One-line revision for this topic :pushpin:\n"
     "**surface fires + man-made ignition + dry fuel (pirul, jhum) + weak institutions**\n"
     "Data: ISFR 2021 (35.46% fire-prone), ISFR 2023 (Uttarakhand most hotspots, Andhra Pradesh most burnt area)\n"
     "Tools: FSI alerts, NAPFF 2018, FFPM scheme, fire lines, controlled burning, communities",
     {"pinned": True, "reactions": [("pushpin", 3), ("heart", 8)]}),
    ("m35", "sneha", "2024-12-22 11:41", "thank you sir :pray:", {}),
    ("m36", "rohit", "2024-12-22 11:42", ":pray:", {}),
]


def when(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IST)


def snowflake(dt, seq):
    ms = int(dt.timestamp() * 1000) + (seq * 7919) % 1000
    return str(((ms - DISCORD_EPOCH) << 22) | (1 << 17) | (seq % 4096))


def long_date(dt):
    return "%s, %d %s %s" % (dt.strftime("%A"), dt.day, dt.strftime("%B %Y"), dt.strftime("%H:%M"))


def short_date(dt):
    return dt.strftime("%d/%m/%Y %H:%M")


def emoji_img(name, small=False, large=False):
    ch, code = EMOJI[name]
    cls = "chatlog__emoji"
    if small:
        cls += " chatlog__emoji--small"
    elif large:
        cls += " chatlog__emoji--large"
    return ('<img loading="lazy" class="%s" alt="%s" title="%s" src="https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg">'
            % (cls, ch, name, code))


def markdown(text):
    only_emoji = re.fullmatch(r"(:[a-z0-9_+]+:\s*)+", text.strip()) is not None
    s = escape(text, {'"': "&quot;", "'": "&#39;"})
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
    s = re.sub(r"&lt;@(\w+)&gt;", lambda m: '<span class="chatlog__markdown-mention" title="%s">@%s</span>'
               % (USERS[m.group(1)][1], USERS[m.group(1)][0]), s)
    s = re.sub(r":([a-z0-9_+]+):", lambda m: emoji_img(m.group(1), large=only_emoji) if m.group(1) in EMOJI else m.group(0), s)
    return s


def avatar(key):
    name, uname, uid, color, h = USERS[key]
    return "https://cdn.discordapp.com/avatars/%s/%s.png?size=512" % (uid, h)


def author_span(key):
    name, uname, uid, color, h = USERS[key]
    style = ' style="color: %s"' % color if color else ""
    return '<span class="chatlog__author"%s title="%s" data-user-id="%s">%s</span>' % (style, escape(uname), uid, escape(name))


def render():
    ids = {}
    for i, (key, author, ts, content, opt) in enumerate(MESSAGES):
        ids[key] = snowflake(when(ts), i + 1)
    byk = {m[0]: m for m in MESSAGES}

    out = []
    first_dt, last_dt = when(MESSAGES[0][2]), when(MESSAGES[-1][2])
    out.append(HEAD % {"title": escape("%s - %s" % (GUILD, CHANNEL))})
    out.append("""<div class="preamble">
<div class="preamble__guild-icon-container">
<img class="preamble__guild-icon" src="%s" alt="Guild icon" loading="lazy">
</div>
<div class="preamble__entries-container">
<div class="preamble__entry">%s</div>
<div class="preamble__entry">%s / %s</div>
<div class="preamble__entry preamble__entry--small">%s</div>
<div class="preamble__entry preamble__entry--small">Between %s and %s</div>
</div>
</div>
""" % (GUILD_ICON, escape(GUILD), escape(CATEGORY), escape(CHANNEL), escape(TOPIC),
       first_dt.strftime("%d/%m/%Y"), last_dt.strftime("%d/%m/%Y")))
    out.append('<div class="chatlog">\n')

    prev = None
    open_group = False
    for key, author, ts, content, opt in MESSAGES:
        dt = when(ts)
        reply = opt.get("reply")
        new_group = (prev is None or prev[1] != author or reply is not None
                     or (dt - when(prev[2])).total_seconds() > 420)
        if new_group:
            if open_group:
                out.append("</div>\n")
            out.append('<div class="chatlog__message-group">\n')
            open_group = True
        mid = ids[key]
        cls = "chatlog__message-container"
        if opt.get("pinned"):
            cls += " chatlog__message-container--pinned"
        out.append('<div id="chatlog__message-container-%s" class="%s" data-message-id="%s">\n' % (mid, cls, mid))
        out.append('<div class="chatlog__message">\n')
        out.append('<div class="chatlog__message-aside">\n')
        if new_group:
            if reply:
                out.append('<div class="chatlog__reference-symbol"></div>\n')
            out.append('<img class="chatlog__avatar" src="%s" alt="Avatar" loading="lazy">\n' % avatar(author))
        else:
            out.append('<div class="chatlog__short-timestamp" title="%s">%s</div>\n' % (long_date(dt), dt.strftime("%H:%M")))
        out.append("</div>\n")
        out.append('<div class="chatlog__message-primary">\n')
        if new_group:
            if reply:
                r = byk[reply]
                rname, runame, ruid, rcolor, rh = USERS[r[1]]
                rstyle = ' style="color: %s"' % rcolor if rcolor else ""
                out.append('<div class="chatlog__reference">\n')
                out.append('<img class="chatlog__reference-avatar" src="%s" alt="Avatar" loading="lazy">\n' % avatar(r[1]))
                out.append('<div class="chatlog__reference-author"%s title="%s">%s</div>\n' % (rstyle, escape(runame), escape(rname)))
                out.append('<div class="chatlog__reference-content">\n')
                out.append('<span class="chatlog__reference-link" onclick="scrollToMessage(event, \'%s\')">\n' % ids[reply])
                out.append("<!--wmm:ignore-->%s<!--/wmm:ignore-->\n" % markdown(r[3]))
                out.append("</span>\n")
                if r[4].get("edited"):
                    out.append('<span class="chatlog__reference-edited-timestamp" title="%s">(edited)</span>\n' % long_date(when(r[4]["edited"])))
                out.append("</div>\n</div>\n")
            out.append('<div class="chatlog__header">\n')
            out.append(author_span(author) + "\n")
            if opt.get("bot"):
                out.append('<span class="chatlog__bot-label">BOT</span>\n')
            out.append('<span class="chatlog__timestamp" title="%s"><a href="#chatlog__message-container-%s">%s</a></span>\n'
                       % (long_date(dt), mid, short_date(dt)))
            out.append("</div>\n")
        out.append('<div class="chatlog__content chatlog__markdown">\n')
        out.append('<span class="chatlog__markdown-preserve"><!--wmm:ignore-->%s<!--/wmm:ignore--></span>' % markdown(content))
        if opt.get("edited"):
            out.append('\n<span class="chatlog__edited-timestamp" title="%s">(edited)</span>' % long_date(when(opt["edited"])))
        out.append("\n</div>\n")
        if opt.get("embed"):
            url, title, desc = opt["embed"]
            out.append("""<div class="chatlog__embed">
<div class="chatlog__embed-color-pill chatlog__embed-color-pill--default"></div>
<div class="chatlog__embed-content-container">
<div class="chatlog__embed-content">
<div class="chatlog__embed-text">
<div class="chatlog__embed-title">
<a class="chatlog__embed-title-link" href="%s">
<div class="chatlog__markdown chatlog__markdown-preserve"><!--wmm:ignore-->%s<!--/wmm:ignore--></div>
</a>
</div>
<div class="chatlog__embed-description">
<div class="chatlog__markdown chatlog__markdown-preserve"><!--wmm:ignore-->%s<!--/wmm:ignore--></div>
</div>
</div>
</div>
</div>
</div>
""" % (url, escape(title), escape(desc)))
        if opt.get("reactions"):
            out.append('<div class="chatlog__reactions">\n')
            for name, count in opt["reactions"]:
                out.append('<div class="chatlog__reaction" title="%s">\n%s\n<span class="chatlog__reaction-count">%d</span>\n</div>\n'
                           % (name, emoji_img(name, small=True), count))
            out.append("</div>\n")
        out.append("</div>\n</div>\n</div>\n")
        prev = (key, author, ts)
    if open_group:
        out.append("</div>\n")
    out.append("</div>\n\n")
    out.append('<div class="postamble">\n<div class="postamble__entry">Exported %d message(s)</div>\n</div>\n\n</body>\n</html>\n'
               % len(MESSAGES))
    return "".join(out)


HEAD = """<!DOCTYPE html>
<html lang="en">

<head>
<title>%(title)s</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">

<style>
@font-face {
    src: url(https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-400.woff2);
    font-family: gg sans;
    font-weight: 400;
    font-style: normal;
}

@font-face {
    src: url(https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-500.woff2);
    font-family: gg sans;
    font-weight: 500;
    font-style: normal;
}

@font-face {
    src: url(https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-700.woff2);
    font-family: gg sans;
    font-weight: 700;
    font-style: normal;
}
</style>

<style>
html, body {
    margin: 0;
    padding: 0;
    background-color: #36393e;
    color: #dcddde;
    font-family: "gg sans", "Helvetica Neue", Helvetica, Arial, sans-serif;
    font-size: 17px;
    font-weight: 400;
    scroll-behavior: smooth;
}

a {
    color: #00aff4;
    text-decoration: none;
}

a:hover {
    text-decoration: underline;
}

img {
    object-fit: contain;
    image-rendering: high-quality;
    image-rendering: -webkit-optimize-contrast;
}

.preamble {
    display: grid;
    grid-template-columns: auto 1fr;
    max-width: 100%%;
    padding: 1rem;
}

.preamble__guild-icon {
    max-width: 88px;
    max-height: 88px;
}

.preamble__entries-container {
    grid-column: 2;
    margin-left: 1rem;
}

.preamble__entry {
    margin-bottom: 0.15rem;
    color: #ffffff;
    font-size: 1.4rem;
}

.preamble__entry--small {
    font-size: 1rem;
}

.chatlog {
    padding: 1rem 0;
    width: 100%%;
    border-top: 1px solid rgba(255, 255, 255, 0.1);
    border-bottom: 1px solid rgba(255, 255, 255, 0.1);
}

.chatlog__message-group {
    margin-bottom: 1rem;
}

.chatlog__message-container {
    background-color: transparent;
    transition: background-color 1s ease;
}

.chatlog__message-container--highlighted {
    background-color: rgba(114, 137, 218, 0.2);
}

.chatlog__message-container--pinned {
    background-color: rgba(249, 168, 37, 0.05);
}

.chatlog__message {
    display: grid;
    grid-template-columns: auto 1fr;
    padding: 0.15rem 0;
    direction: ltr;
    unicode-bidi: bidi-override;
}

.chatlog__message:hover {
    background-color: #32353b;
}

.chatlog__message:hover .chatlog__short-timestamp {
    display: block;
}

.chatlog__message-aside {
    grid-column: 1;
    width: 72px;
    padding: 0.15rem 0.15rem 0 0.15rem;
    text-align: center;
}

.chatlog__reference-symbol {
    height: 10px;
    margin: 6px 4px 4px 36px;
    border-left: 2px solid #4f545c;
    border-top: 2px solid #4f545c;
    border-radius: 8px 0 0 0;
}

.chatlog__avatar {
    width: 40px;
    height: 40px;
    border-radius: 50%%;
}

.chatlog__short-timestamp {
    display: none;
    color: #a3a6aa;
    font-size: 0.75rem;
    font-weight: 500;
    direction: ltr;
    unicode-bidi: bidi-override;
}

.chatlog__message-primary {
    grid-column: 2;
    min-width: 0;
}

.chatlog__reference {
    display: flex;
    margin-bottom: 0.15rem;
    align-items: center;
    color: #b5b6b8;
    font-size: 0.875rem;
    line-height: 1.125;
    white-space: nowrap;
    overflow: hidden;
}

.chatlog__reference-avatar {
    width: 16px;
    height: 16px;
    margin-right: 0.25rem;
    border-radius: 50%%;
}

.chatlog__reference-author {
    margin-right: 0.3rem;
    font-weight: 600;
}

.chatlog__reference-content {
    overflow: hidden;
    text-overflow: ellipsis;
}

.chatlog__reference-link {
    cursor: pointer;
}

.chatlog__reference-link * {
    display: inline;
    pointer-events: none;
}

.chatlog__reference-link .chatlog__markdown-quote {
    display: inline;
    margin: 0;
    padding-left: 0;
    border-left: none;
}

.chatlog__reference-edited-timestamp {
    margin-left: 0.25rem;
    color: #a3a6aa;
    font-size: 0.75rem;
    font-weight: 500;
    direction: ltr;
    unicode-bidi: bidi-override;
}

.chatlog__header {
    margin-bottom: 0.1rem;
}

.chatlog__author {
    font-weight: 500;
    color: #ffffff;
}

.chatlog__bot-label {
    position: relative;
    top: -0.1rem;
    margin-left: 0.3rem;
    padding: 0.05rem 0.3rem;
    border-radius: 3px;
    background-color: #5865F2;
    color: #ffffff;
    font-size: 0.625rem;
    font-weight: 500;
    line-height: 1.3;
}

.chatlog__timestamp {
    margin-left: 0.3rem;
    color: #a3a6aa;
    font-size: 0.75rem;
    font-weight: 500;
    direction: ltr;
    unicode-bidi: bidi-override;
}

.chatlog__timestamp a {
    color: #a3a6aa;
}

.chatlog__content {
    padding-right: 1rem;
    font-size: 0.95rem;
    word-wrap: break-word;
}

.chatlog__edited-timestamp {
    margin-left: 0.15rem;
    color: #a3a6aa;
    font-size: 0.65rem;
}

.chatlog__embed {
    display: flex;
    margin-top: 0.3rem;
    max-width: 520px;
}

.chatlog__embed-color-pill {
    flex-shrink: 0;
    width: 0.25rem;
    border-top-left-radius: 3px;
    border-bottom-left-radius: 3px;
}

.chatlog__embed-color-pill--default {
    background-color: #202225;
}

.chatlog__embed-content-container {
    display: flex;
    flex-direction: column;
    padding: 0.5rem 0.6rem;
    border: 1px solid rgba(46, 48, 54, 0.6);
    border-top-right-radius: 3px;
    border-bottom-right-radius: 3px;
    background-color: rgba(46, 48, 54, 0.3);
}

.chatlog__embed-content {
    display: flex;
    width: 100%%;
}

.chatlog__embed-text {
    flex: 1;
}

.chatlog__embed-title {
    margin-bottom: 0.5rem;
    color: #ffffff;
    font-size: 0.875rem;
    font-weight: 600;
}

.chatlog__embed-description {
    font-weight: 500;
    font-size: 0.85rem;
}

.chatlog__reactions {
    display: flex;
}

.chatlog__reaction {
    display: flex;
    margin: 0.35rem 0.1rem 0.1rem 0;
    padding: 0.125rem 0.375rem;
    align-items: center;
    border: 1px solid transparent;
    border-radius: 8px;
    background-color: #2f3136;
}

.chatlog__reaction:hover {
    border: 1px solid rgba(255, 255, 255, 0.2);
    background-color: transparent;
}

.chatlog__reaction-count {
    min-width: 9px;
    margin-left: 0.35rem;
    color: #b9bbbe;
    font-size: 0.875rem;
}

.chatlog__markdown {
    max-width: 100%%;
    line-height: 1.3;
    overflow-wrap: break-word;
}

.chatlog__markdown-preserve {
    white-space: pre-wrap;
}

.chatlog__markdown-mention {
    border-radius: 3px;
    padding: 0 2px;
    background-color: rgba(88, 101, 242, .3);
    color: #dee0fc;
    font-weight: 500;
}

.chatlog__emoji {
    width: 1.325rem;
    height: 1.325rem;
    margin: 0 0.06rem;
    vertical-align: -0.4rem;
}

.chatlog__emoji--small {
    width: 1rem;
    height: 1rem;
}

.chatlog__emoji--large {
    width: 2.8rem;
    height: 2.8rem;
}

.postamble {
    padding: 1.25rem;
}

.postamble__entry {
    color: #ffffff;
}
</style>

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.6.0/styles/solarized-dark.min.css">
<script src="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.6.0/highlight.min.js"></script>
<script>
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('.chatlog__markdown-pre--multiline').forEach(e => hljs.highlightBlock(e));
});
</script>

<script src="https://cdnjs.cloudflare.com/ajax/libs/lottie-web/5.8.1/lottie.min.js"></script>
<script>
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('.chatlog__sticker--media[data-source]').forEach(e => {
        const anim = lottie.loadAnimation({
            container: e,
            renderer: 'svg',
            loop: true,
            autoplay: true,
            path: e.getAttribute('data-source')
        });

        anim.addEventListener('data_failed', () =>
            e.innerHTML = '<strong>[Sticker cannot be rendered]</strong>'
        );
    });
});
</script>

<script>
function scrollToMessage(event, id) {
    const element = document.getElementById('chatlog__message-container-' + id);
    if (!element)
        return;

    event.preventDefault();
    element.classList.add('chatlog__message-container--highlighted');

    window.scrollTo({
        top: element.getBoundingClientRect().top - document.body.getBoundingClientRect().top - (window.innerHeight / 2),
        behavior: 'smooth'
    });

    window.setTimeout(
        () => element.classList.remove('chatlog__message-container--highlighted'),
        2000
    );
}

function showSpoiler(event, element) {
    if (!element)
        return;

    if (element.classList.contains('chatlog__attachment--hidden')) {
        event.preventDefault();
        element.classList.remove('chatlog__attachment--hidden');
    }

    if (element.classList.contains('chatlog__markdown-spoiler--hidden')) {
        event.preventDefault();
        element.classList.remove('chatlog__markdown-spoiler--hidden');
    }
}
</script>

<!-- Custom CSS -->

</head>
<body>

"""


def main():
    html = render()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    main()
