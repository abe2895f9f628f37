#!/usr/bin/python3
"""Re-make docs/airavatesvara-darasuram-discord.html from tools/airavatesvara-darasuram-discord.txt.

The file imitates a DiscordChatExporter (2.4x) HTML export with the *light* theme ("HtmlLight")
of one public *thread*, exported with --after/--before dates, on a machine set to IST with the
en-GB locale:
  - the preamble on one minified line: <title> "guild - thread", the gg sans @font-face rules and
    the light-theme stylesheet (white background, #23262a text, the forwarded-message and
    reply classes), highlight.js with solarized-light, lottie and the scrollToMessage /
    showSpoiler scripts, the hidden SVG icon sprite (with the thread and forward icons), the
    guild icon, the guild name, the thread's hierarchical name "category / parent / thread",
    and "Between 01/10/2023 05:30 and 01/09/2025 05:30" (the UTC-midnight bounds shown in IST);
  - one line per message group (same author within 7 minutes; replies and system
    notifications start a new group): snowflake ids derived from the timestamps, avatars
    (custom avatars from cdn.discordapp.com/avatars, default embed avatars otherwise), role
    colours as rgb() styles, en-GB timestamps ("dd/MM/yyyy HH:mm", titles "d MMMM yyyy HH:mm",
    short "HH:mm" for later messages of a group), a BOT tag, reply previews that repeat the
    whole replied-to message, a forwarded message block ("Forwarded", "Originally sent: ..."),
    a rich embed (colour pill, title, description, fields, footer with timestamp), "pinned a
    message to this channel." notifications, "(edited)", reactions with Twemoji images,
    spoilers, a user mention, and message bodies left unminified in a pre-wrap span (Discord
    markdown: ## and ### headings, "- " lists, **bold**, *italic*, ||spoiler||; numbered lines
    stay plain text), emoji as multi-line Twemoji <img> tags (large when a message is only emoji);
  - the postamble: "Exported 26 message(s)" and "Timezone: UTC+5.5".
Attributes are unquoted where HTML5 allows and whitespace between tags is dropped, as
WebMarkupMin leaves them; text is encoded like .NET WebUtility.HtmlEncode (&amp; &#39; &quot;).

Source markup: "@key value" metadata; "@user key | display | username | id | r,g,b or - |
avatar hash or - | bot 0/1"; "@@ id author YYYY-MM-DD HH:MM [reply=id] [edited=YYYY-MM-DDTHH:MM] [pinned]
[react=name:n,...] [kind=pin ref=id] [fwd=YYYY-MM-DDTHH:MM]" starts a message, its content on the
lines that follow ("%color", "%title", "%desc", "%field name | value", "%footer" lines make an
embed); ":name:" is an emoji and "@key" a mention in the content.
Run from anywhere: /usr/bin/python3 tools/make_html.py [OUT]  (byte-for-byte reproducible)
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "airavatesvara-darasuram-discord.txt")
OUT = os.path.join(HERE, "..", "docs", "airavatesvara-darasuram-discord.html")

IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
DISCORD_EPOCH = 1420070400000
TWEMOJI = "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg"
EMOJI = {
    "exploding_head": "\U0001F92F", "sweat_smile": "\U0001F605", "pray": "\U0001F64F",
    "fire": "\U0001F525", "brain": "\U0001F9E0", "tada": "\U0001F389", "pushpin": "\U0001F4CC",
    "100": "\U0001F4AF", "heart": "\u2764\ufe0f",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

CSS = (
    '@font-face{src:url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-400.wof'
    'f2");font-family:gg sans;font-weight:400;font-style:normal}@font-face{src:url("https://cdn.jsdel'
    'ivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-500.woff2");font-family:gg sans;font-weight:'
    '500;font-style:normal}@font-face{src:url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master'
    '/ggsans-normal-600.woff2");font-family:gg sans;font-weight:600;font-style:normal}@font-face{src:'
    'url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-normal-700.woff2");font-famil'
    'y:gg sans;font-weight:700;font-style:normal}@font-face{src:url("https://cdn.jsdelivr.net/gh/Tyrr'
    'rz/DiscordFonts@master/ggsans-normal-800.woff2");font-family:gg sans;font-weight:800;font-style:'
    'normal}@font-face{src:url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-italic-'
    '400.woff2");font-family:gg sans;font-weight:400;font-style:italic}@font-face{src:url("https://cd'
    'n.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-italic-500.woff2");font-family:gg sans;font-'
    'weight:500;font-style:italic}@font-face{src:url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts'
    '@master/ggsans-italic-600.woff2");font-family:gg sans;font-weight:600;font-style:italic}@font-fa'
    'ce{src:url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/ggsans-italic-700.woff2");fon'
    't-family:gg sans;font-weight:700;font-style:italic}@font-face{src:url("https://cdn.jsdelivr.net/'
    'gh/Tyrrrz/DiscordFonts@master/ggsans-italic-800.woff2");font-family:gg sans;font-weight:800;font'
    '-style:italic}html,body{margin:0;padding:0;background-color:#fff;color:#23262a;font-family:"gg s'
    'ans","Helvetica Neue",Helvetica,Arial,sans-serif;font-size:17px;font-weight:500;scroll-behavior:'
    'smooth}a{color:#0068e0;text-decoration:none}a:hover{text-decoration:underline}img{object-fit:con'
    'tain;image-rendering:high-quality;image-rendering:-webkit-optimize-contrast}.preamble{display:gr'
    'id;grid-template-columns:auto 1fr;max-width:100%;padding:1rem}.preamble__guild-icon-container{gr'
    'id-column:1}.preamble__guild-icon{max-width:88px;max-height:88px}.preamble__entries-container{gr'
    'id-column:2;margin-left:1rem}.preamble__entry{margin-bottom:.15rem;color:#2f3136;font-size:1.4re'
    'm}.preamble__entry--small{font-size:1rem}.chatlog{padding:1rem 0;width:100%;border-top:1px solid'
    ' #eceeef;border-bottom:1px solid #eceeef}.chatlog__message-group{margin-bottom:1rem}.chatlog__me'
    'ssage-container{background-color:transparent;transition:background-color 1s ease}.chatlog__messa'
    'ge-container--highlighted{background-color:rgba(114,137,218,.2)}.chatlog__message-container--pin'
    'ned{background-color:rgba(249,168,37,.05)}.chatlog__message{display:grid;grid-template-columns:a'
    'uto 1fr;padding:.15rem 0;direction:ltr;unicode-bidi:bidi-override}.chatlog__message:hover{backgr'
    'ound-color:#fafafa}.chatlog__message:hover .chatlog__short-timestamp{display:block}.chatlog__mes'
    'sage-aside{grid-column:1;width:72px;padding:.15rem .15rem 0 .15rem;text-align:center}.chatlog__r'
    'eply-symbol{height:10px;margin:6px 4px 4px 36px;border-left:2px solid #c7ccd1;border-top:2px sol'
    'id #c7ccd1;border-radius:8px 0 0 0}.chatlog__avatar{width:40px;height:40px;border-radius:50%}.ch'
    'atlog__short-timestamp{display:none;color:#5e6772;font-size:.75rem;font-weight:500;direction:ltr'
    ';unicode-bidi:bidi-override}.chatlog__message-primary{grid-column:2;min-width:0}.chatlog__reply{'
    'display:flex;margin-bottom:.15rem;align-items:center;color:#5f5f60;font-size:.875rem;white-space'
    ':nowrap;overflow:hidden;text-overflow:ellipsis}.chatlog__reply-avatar{width:16px;height:16px;mar'
    'gin-right:.25rem;border-radius:50%}.chatlog__reply-author{margin-right:.3rem;font-weight:600}.ch'
    'atlog__reply-content{overflow:hidden;text-overflow:ellipsis}.chatlog__reply-link{cursor:pointer}'
    '.chatlog__reply-link *{display:inline;pointer-events:none}.chatlog__reply-link .chatlog__markdow'
    'n-quote{display:inline}.chatlog__reply-link .chatlog__markdown-pre{display:inline}.chatlog__repl'
    'y-link:hover{color:#2f3136}.chatlog__reply-link:hover *:not(.chatlog__markdown-spoiler){color:in'
    'herit}.chatlog__reply-edited-timestamp{margin-left:.25rem;color:#5e6772;font-size:.75rem;font-we'
    'ight:500;direction:ltr;unicode-bidi:bidi-override}.chatlog__forwarded{display:flex;flex-directio'
    'n:column;margin-bottom:.15rem;padding:.5rem;border-left:4px solid #c7ccd1;border-radius:4px;back'
    'ground-color:rgba(249,249,249,.3)}.chatlog__forwarded-header{display:flex;align-items:center;mar'
    'gin-bottom:.25rem;color:#5f5f60;font-size:.75rem;font-weight:600}.chatlog__forwarded-icon{width:'
    '16px;height:16px;margin-right:.25rem}.chatlog__forwarded-content{color:#2e3338;font-size:.95rem}'
    '.chatlog__forwarded-attachments{margin-top:.3rem}.chatlog__forwarded-attachment{max-width:300px;'
    'max-height:200px;border-radius:3px}.chatlog__forwarded-timestamp{margin-top:.25rem;color:#5e6772'
    ';font-size:.75rem}.chatlog__system-notification-icon{width:18px;height:18px}.chatlog__system-not'
    'ification-author{font-weight:600;color:#2f3136}.chatlog__system-notification-content{color:#5e67'
    '72}.chatlog__system-notification-link{font-weight:500;color:#2f3136}.chatlog__system-notificatio'
    'n-timestamp{margin-left:.3rem;color:#5e6772;font-size:.75rem;font-weight:500;direction:ltr;unico'
    'de-bidi:bidi-override}.chatlog__system-notification-timestamp a{color:inherit}.chatlog__header{m'
    'argin-bottom:.1rem}.chatlog__author{font-weight:600;color:#2f3136}.chatlog__author-tag{position:'
    'relative;top:-.1rem;margin-left:.3rem;padding:.05rem .3rem;border-radius:3px;background-color:#5'
    '865f2;color:#fff;font-size:.625rem;font-weight:500;line-height:1.3}.chatlog__timestamp{margin-le'
    'ft:.3rem;color:#5e6772;font-size:.75rem;font-weight:500;direction:ltr;unicode-bidi:bidi-override'
    '}.chatlog__timestamp a{color:inherit}.chatlog__content{padding-right:1rem;font-size:.95rem;word-'
    'wrap:break-word}.chatlog__edited-timestamp{margin-left:.15rem;color:#5e6772;font-size:.75rem;fon'
    't-weight:500}.chatlog__attachment{position:relative;width:fit-content;margin-top:.3rem;border-ra'
    'dius:3px;overflow:hidden}.chatlog__attachment--hidden{cursor:pointer;box-shadow:0 0 1px 1px rgba'
    '(0,0,0,.1)}.chatlog__attachment--hidden *{pointer-events:none}.chatlog__attachment-spoiler-capti'
    'on{display:none;position:absolute;left:50%;top:50%;z-index:999;padding:.4rem .8rem;border-radius'
    ':20px;transform:translate(-50%,-50%);background-color:rgba(0,0,0,.9);color:#dcddde;font-size:.9r'
    'em;font-weight:600;letter-spacing:.05rem}.chatlog__attachment--hidden .chatlog__attachment-spoil'
    'er-caption{display:block}.chatlog__attachment--hidden:hover .chatlog__attachment-spoiler-caption'
    '{color:#fff}.chatlog__attachment-media{max-width:45vw;max-height:500px;vertical-align:top;border'
    '-radius:3px}.chatlog__attachment--hidden .chatlog__attachment-media{filter:blur(44px)}.chatlog__'
    'attachment-generic{max-width:520px;width:100%;height:40px;padding:10px;border:1px solid #ebedef;'
    'border-radius:3px;background-color:#f2f3f5;overflow:hidden}.chatlog__attachment--hidden .chatlog'
    '__attachment-generic{filter:blur(44px)}.chatlog__attachment-generic-icon{float:left;width:30px;h'
    'eight:100%;margin-right:10px}.chatlog__attachment-generic-size{color:#72767d;font-size:12px}.cha'
    'tlog__attachment-generic-name{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.chatlog'
    '__embed{display:flex;margin-top:.3rem;max-width:520px}.chatlog__embed-color-pill{flex-shrink:0;w'
    'idth:.25rem;border-top-left-radius:3px;border-bottom-left-radius:3px}.chatlog__embed-color-pill-'
    '-default{background-color:rgba(227,229,232,1)}.chatlog__embed-content-container{display:flex;fle'
    'x-direction:column;padding:.5rem .6rem;border:1px solid rgba(204,204,204,.3);border-top-right-ra'
    'dius:3px;border-bottom-right-radius:3px;background-color:rgba(249,249,249,.3)}.chatlog__embed-co'
    'ntent{display:flex;width:100%}.chatlog__embed-text{flex:1}.chatlog__embed-author-container{displ'
    'ay:flex;margin-bottom:.5rem;align-items:center}.chatlog__embed-author-icon{width:20px;height:20p'
    'x;margin-right:.5rem;border-radius:50%}.chatlog__embed-author{color:#4f545c;font-size:.875rem;fo'
    'nt-weight:600;direction:ltr;unicode-bidi:bidi-override}.chatlog__embed-author-link{color:#4f545c'
    '}.chatlog__embed-title{margin-bottom:.5rem;color:#4f545c;font-size:.875rem;font-weight:600}.chat'
    'log__embed-description{color:#2e3338;font-weight:500;font-size:.85rem}.chatlog__embed-fields{dis'
    'play:flex;flex-wrap:wrap;gap:0 .5rem}.chatlog__embed-field{flex:0;min-width:100%;max-width:506px'
    ';padding-top:.6rem;font-size:.875rem}.chatlog__embed-field--inline{flex:1;flex-basis:auto;min-wi'
    'dth:50px}.chatlog__embed-field-name{margin-bottom:.2rem;color:#36393e;font-weight:600}.chatlog__'
    'embed-field-value{color:#2e3338;font-weight:500}.chatlog__embed-thumbnail{flex:0;max-width:80px;'
    'max-height:80px;margin-left:1.2rem;border-radius:3px}.chatlog__embed-images{display:grid;margin-'
    'top:.6rem;grid-template-columns:repeat(2,1fr);gap:.25rem}.chatlog__embed-images--single{display:'
    'block}.chatlog__embed-image{object-fit:cover;object-position:center;max-width:500px;max-height:4'
    '00px;width:100%;height:100%;border-radius:3px}.chatlog__embed-footer{margin-top:.6rem;color:#2e3'
    '338}.chatlog__embed-footer-icon{width:20px;height:20px;margin-right:.2rem;border-radius:50%;vert'
    'ical-align:middle}.chatlog__embed-footer-text{vertical-align:middle;font-size:.75rem;font-weight'
    ':500}.chatlog__embed-invite-container{min-width:320px;padding:.6rem .7rem;border:1px solid rgba('
    '204,204,204,.3);border-radius:3px;background-color:rgba(249,249,249,.3)}.chatlog__embed-invite-t'
    'itle{margin:0 0 .8rem 0;color:#4f5660;font-size:.75rem;font-weight:700;text-transform:uppercase}'
    '.chatlog__embed-invite{display:flex}.chatlog__embed-invite-guild-icon{width:50px;height:50px;bor'
    'der-radius:.85rem}.chatlog__embed-invite-info{margin-left:1rem}.chatlog__embed-invite-guild-name'
    '{color:#36393e;font-weight:600}.chatlog__embed-invite-guild-name a{color:inherit}.chatlog__embed'
    '-invite-channel-icon{width:18px;height:18px;vertical-align:bottom}.chatlog__embed-invite-channel'
    '-name{font-size:.9rem;font-weight:600}.chatlog__embed-generic-image{object-fit:contain;object-po'
    'sition:left;max-width:45vw;max-height:500px;vertical-align:top;border-radius:3px}.chatlog__embed'
    '-generic-video{object-fit:contain;object-position:left;max-width:45vw;max-height:500px;vertical-'
    'align:top;border-radius:3px}.chatlog__embed-generic-gifv{object-fit:contain;object-position:left'
    ';max-width:45vw;max-height:500px;vertical-align:top;border-radius:3px}.chatlog__embed-spotify{bo'
    'rder:0}.chatlog__embed-twitch{border:0}.chatlog__embed-youtube-container{margin-top:.6rem}.chatl'
    'og__embed-youtube-thumbnail{max-width:400px;max-height:225px;border-radius:3px;cursor:pointer}.c'
    'hatlog__sticker{width:180px;height:180px}.chatlog__sticker--media{max-width:100%;max-height:100%'
    '}.chatlog__reactions{display:flex}.chatlog__reaction{display:flex;margin:.35rem .1rem .1rem 0;pa'
    'dding:.125rem .375rem;border:1px solid transparent;border-radius:8px;background-color:#f2f3f5;al'
    'ign-items:center}.chatlog__reaction:hover{border:1px solid rgba(0,0,0,.2);background-color:white'
    '}.chatlog__reaction-count{min-width:9px;margin-left:.35rem;color:#4f5660;font-size:.875rem}.chat'
    'log__reaction:hover .chatlog__reaction-count{color:#2e3338}.chatlog__markdown{max-width:100%;lin'
    'e-height:1.3;overflow-wrap:break-word}.chatlog__markdown h1{margin:1rem 0 .5rem;color:#060607;fo'
    'nt-size:1.5rem;line-height:1}.chatlog__markdown h2{margin:1rem 0 .5rem;color:#060607;font-size:1'
    '.25rem;line-height:1}.chatlog__markdown h3{margin:1rem 0 .5rem;color:#060607;font-size:1rem;line'
    '-height:1}.chatlog__markdown h1:first-child,h2:first-child,h3:first-child{margin-top:.5rem}.chat'
    'log__markdown ul,ol{margin:0 0 0 1rem;padding:0}.chatlog__markdown-preserve{white-space:pre-wrap'
    '}.chatlog__markdown-spoiler{background-color:rgba(0,0,0,.1);padding:0 2px;border-radius:3px}.cha'
    'tlog__markdown-spoiler--hidden{cursor:pointer;background-color:#b9bbbe;color:rgba(0,0,0,0)}.chat'
    'log__markdown-spoiler--hidden:hover{background-color:rgba(185,187,190,.8)}.chatlog__markdown-spo'
    'iler--hidden::selection{color:rgba(0,0,0,0)}.chatlog__markdown-quote{display:flex;margin:.05rem '
    '0}.chatlog__markdown-quote-border{margin-right:.5rem;border:2px solid #c7ccd1;border-radius:3px}'
    '.chatlog__markdown-pre{background-color:#f9f9f9;font-family:"Consolas","Courier New",Courier,mon'
    'ospace;font-size:.85rem;text-decoration:inherit}.chatlog__markdown-pre--multiline{display:block;'
    'margin-top:.25rem;padding:.5rem;border:2px solid #f3f3f3;border-radius:5px;color:#657b83}.chatlo'
    'g__markdown-pre--multiline.hljs{background-color:#f9f9f9;color:#657b83}.chatlog__markdown-pre--i'
    'nline{display:inline-block;padding:2px;border-radius:3px}.chatlog__markdown-mention{border-radiu'
    's:3px;padding:0 2px;background-color:rgba(88,101,242,.15);color:#505cdc;font-weight:500}.chatlog'
    '__markdown-mention:hover{background-color:#5865f2;color:#fff}.chatlog__markdown-timestamp{backgr'
    'ound-color:rgba(0,0,0,.1);padding:0 2px;border-radius:3px}.chatlog__emoji{width:1.325rem;height:'
    '1.325rem;margin:0 .06rem;vertical-align:-.4rem}.chatlog__emoji--small{width:1rem;height:1rem}.ch'
    'atlog__emoji--large{width:2.8rem;height:2.8rem}.postamble{padding:1.25rem}.postamble__entry{colo'
    'r:#2f3136}'
)

SVG = (
    '<svg style=display:none xmlns=http://www.w3.org/2000/svg><defs><symbol id=attachment-icon viewBo'
    'x="0 0 720 960"><path fill=#f4f5fb d="M50,935a25,25,0,0,1-25-25V50A25,25,0,0,1,50,25H519.6L695,2'
    '01.32V910a25,25,0,0,1-25,25Z"/><path fill=#7789c4 d="M509.21,50,670,211.63V910H50V50H509.21M530,'
    '0H50A50,50,0,0,0,0,50V910a50,50,0,0,0,50,50H670a50,50,0,0,0,50-50h0V191Z"/><path fill=#f4f5fb d='
    '"M530,215a25,25,0,0,1-25-25V50a25,25,0,0,1,16.23-23.41L693.41,198.77A25,25,0,0,1,670,215Z"/><pat'
    'h fill=#7789c4 d="M530,70.71,649.29,190H530V70.71M530,0a50,50,0,0,0-50,50V190a50,50,0,0,0,50,50H'
    '670a50,50,0,0,0,50-50Z"/></symbol><symbol id=join-icon viewBox="0 0 18 18"><path fill=#3ba55c d='
    '"m0 8h14.2l-3.6-3.6 1.4-1.4 6 6-6 6-1.4-1.4 3.6-3.6h-14.2"/></symbol><symbol id=leave-icon viewB'
    'ox="0 0 18 18"><path fill=#ed4245 d="m3.8 8 3.6-3.6-1.4-1.4-6 6 6 6 1.4-1.4-3.6-3.6h14.2v-2"/></'
    'symbol><symbol id=call-icon viewBox="0 0 18 18"><path fill=#3ba55c fill-rule=evenodd d="M17.7163'
    '041 15.36645368c-.0190957.02699568-1.9039523 2.6680735-2.9957762 2.63320406-3.0676659-.09785935-'
    '6.6733809-3.07188394-9.15694343-5.548738C3.08002193 9.9740657.09772497 6.3791404 0 3.3061316v-.0'
    '24746C0 2.2060575 2.61386252.3152347 2.64082114.2972376c.7110335-.4971705 1.4917101-.3149497 1.8'
    '0959713.1372281.19320342.2744561 2.19712724 3.2811005 2.42290565 3.6489167.09884826.1608492.1471'
    '4912.3554431.14714912.5702838 0 .2744561-.07975258.5770327-.23701117.8751101-.1527655.2902036-.6'
    '5262318 1.1664385-.89862055 1.594995.2673396.3768148.94804468 1.26429792 2.351016 2.66357424 1.3'
    '9173858 1.39027775 2.28923588 2.07641807 2.67002628 2.34187563.4302146-.2452108 1.3086162-.74238'
    '132 1.5972981-.89423205.5447887-.28682915 1.0907006-.31944893 1.4568885-.08661115.3459689.218215'
    '1 3.3383754 2.21027167 3.6225641 2.41611376.2695862.19234426.4144887.5399137.4144887.91672846 0 '
    '.2969525-.089862.61190215-.2808189.88523346"/></symbol><symbol id=pencil-icon viewBox="0 0 18 18'
    '"><path fill=#99aab5 d="m0 14.25v3.75h3.75l11.06-11.06-3.75-3.75zm17.71-10.21c.39-.39.39-1.02 0-'
    '1.41l-2.34-2.34c-.39-.39-1.02-.39-1.41 0l-1.83 1.83 3.75 3.75z"/></symbol><symbol id=pin-icon vi'
    'ewBox="0 0 18 18"><path fill=#b9bbbe d="m16.908 8.39684-8.29587-8.295827-1.18584 1.184157 1.1858'
    '4 1.18584-4.14834 4.1475v.00167l-1.18583-1.18583-1.185 1.18583 3.55583 3.55502-4.740831 4.74 1.1'
    '85001 1.185 4.74083-4.74 3.55581 3.555 1.185-1.185-1.185-1.185 4.1475-4.14836h.0009l1.185 1.185z'
    '"/></symbol><symbol id=channel-icon viewBox="0 0 24 24"><path fill=#b9bbbe d="M5.88657 21C5.5754'
    '7 21 5.3399 20.7189 5.39427 20.4126L6.00001 17H2.59511C2.28449 17 2.04905 16.7198 2.10259 16.413'
    '8L2.27759 15.4138C2.31946 15.1746 2.52722 15 2.77011 15H6.35001L7.41001 9H4.00511C3.69449 9 3.45'
    '905 8.71977 3.51259 8.41381L3.68759 7.41381C3.72946 7.17456 3.93722 7 4.18011 7H7.76001L8.39677 '
    '3.41262C8.43914 3.17391 8.64664 3 8.88907 3H9.87344C10.1845 3 10.4201 3.28107 10.3657 3.58738L9.'
    '76001 7H15.76L16.3968 3.41262C16.4391 3.17391 16.6466 3 16.8891 3H17.8734C18.1845 3 18.4201 3.28'
    '107 18.3657 3.58738L17.76 7H21.1649C21.4755 7 21.711 7.28023 21.6574 7.58619L21.4824 8.58619C21.'
    '4406 8.82544 21.2328 9 20.9899 9H17.41L16.35 15H19.7549C20.0655 15 20.301 15.2802 20.2474 15.586'
    '2L20.0724 16.5862C20.0306 16.8254 19.8228 17 19.5799 17H16L15.3632 20.5874C15.3209 20.8261 15.11'
    '34 21 14.8709 21H13.8866C13.5755 21 13.3399 20.7189 13.3943 20.4126L14 17H8.00001L7.36325 20.587'
    '4C7.32088 20.8261 7.11337 21 6.87094 21H5.88657ZM9.41045 9L8.35045 15H14.3504L15.4104 9H9.41045Z'
    '"/></symbol><symbol id=thread-icon viewBox="0 0 24 24"><path fill=#b9bbbe d="M5.43309 21C5.35842'
    ' 21 5.30189 20.9325 5.31494 20.859L5.99991 17H2.14274C2.06819 17 2.01168 16.9327 2.02453 16.8593'
    'L2.33253 15.0993C2.34258 15.0419 2.39244 15 2.45074 15H6.34991L7.40991 9H3.55274C3.47819 9 3.421'
    '68 8.93274 3.43453 8.85931L3.74253 7.09931C3.75258 7.04189 3.80244 7 3.86074 7H7.75991L8.45234 3'
    '.09903C8.46251 3.04174 8.51231 3 8.57049 3H10.3267C10.4014 3 10.4579 3.06746 10.4449 3.14097L9.7'
    '5991 7H15.7599L16.4523 3.09903C16.4625 3.04174 16.5123 3 16.5705 3H18.3267C18.4014 3 18.4579 3.0'
    '6746 18.4449 3.14097L17.7599 7H21.6171C21.6916 7 21.7481 7.06725 21.7353 7.14069L21.4273 8.90069'
    'C21.4172 8.95811 21.3674 9 21.3091 9H17.4099L17.0495 11.04H15.05L15.4104 9H9.41035L8.35035 15H10'
    '.5599V17H7.99991L7.30749 20.901C7.29732 20.9583 7.24752 21 7.18934 21H5.43309Z"/><path fill=#b9b'
    'bbe d="M13.4399 12.96C12.9097 12.96 12.4799 13.3898 12.4799 13.92V20.2213C12.4799 20.7515 12.909'
    '7 21.1813 13.4399 21.1813H14.3999C14.5325 21.1813 14.6399 21.2887 14.6399 21.4213V23.4597C14.639'
    '9 23.6677 14.8865 23.7773 15.0408 23.6378L17.4858 21.4289C17.6622 21.2695 17.8916 21.1813 18.129'
    '4 21.1813H22.5599C23.0901 21.1813 23.5199 20.7515 23.5199 20.2213V13.92C23.5199 13.3898 23.0901 '
    '12.96 22.5599 12.96H13.4399Z"/></symbol><symbol id=forward-icon viewBox="0 0 24 24"><path fill=#'
    'b9bbbe d="M13 4L21 12L13 20V15C8 15 4 17 1 22C2 16 6 10 13 9V4Z"/></symbol></defs></svg>'
)

JS = (
    "<script>document.addEventListener('DOMContentLoaded',()=>{document.querySelectorAll("
    "'.chatlog__markdown-pre--multiline').forEach(e=>hljs.highlightBlock(e));});</script>"
    "<script src=https://cdnjs.cloudflare.com/ajax/libs/lottie-web/5.8.1/lottie.min.js></script>"
    "<script>document.addEventListener('DOMContentLoaded',()=>{document.querySelectorAll("
    "'.chatlog__sticker--media[data-source]').forEach(e=>{const anim=lottie.loadAnimation({"
    "container:e,renderer:'svg',loop:true,autoplay:true,path:e.getAttribute('data-source')});"
    "anim.addEventListener('data_failed',()=>e.innerHTML='<strong>[Sticker cannot be rendered]"
    "</strong>');});});</script>"
    "<script>function scrollToMessage(event,id){const element=document.getElementById("
    "'chatlog__message-container-'+id);if(!element)return;event.preventDefault();"
    "element.classList.add('chatlog__message-container--highlighted');window.scrollTo({top:"
    "element.getBoundingClientRect().top-document.body.getBoundingClientRect().top-"
    "(window.innerHeight/2),behavior:'smooth'});window.setTimeout(()=>element.classList.remove("
    "'chatlog__message-container--highlighted'),2000);}function showSpoiler(event,element){"
    "if(!element)return;if(element.classList.contains('chatlog__attachment--hidden')){"
    "event.preventDefault();element.classList.remove('chatlog__attachment--hidden');}"
    "if(element.classList.contains('chatlog__markdown-spoiler--hidden')){event.preventDefault();"
    "element.classList.remove('chatlog__markdown-spoiler--hidden');}}</script>"
)


def enc(text):
    """System.Net.WebUtility.HtmlEncode."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 160 <= o <= 255 or o > 0xFFFF:
            out.append("&#%d;" % o)
        else:
            out.append(ch)
    return "".join(out)


def attr(name, value):
    """An attribute as WebMarkupMin writes it: unquoted when HTML5 allows."""
    if value and re.fullmatch(r"[^\s\"'=<>`]+", value):
        return "%s=%s" % (name, value)
    return '%s="%s"' % (name, value.replace('"', "&quot;"))


def ts(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IST)


def fmt_g(t):
    return t.strftime("%d/%m/%Y %H:%M")


def fmt_f(t):
    return "%d %s %d %s" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M"))


def snowflake(t, seq):
    ms = int(t.timestamp() * 1000) - DISCORD_EPOCH + (seq * 7919) % 60000
    return (ms << 22) | (1 << 17) | (0 << 12) | (seq * 37 % 4096)


def codepoints(ch):
    return "-".join("%x" % ord(c) for c in ch if ord(c) != 0xFE0F)


def emoji_img(name, jumbo=False):
    ch = EMOJI[name]
    return ('<img\n    loading="lazy"\n    class="chatlog__emoji %s"\n    alt="%s"\n'
            '    title="%s"\n    src="%s">' % ("chatlog__emoji--large" if jumbo else "", ch,
                                               name, TWEMOJI % codepoints(ch)))


class Source:
    def __init__(self):
        self.meta, self.users, self.messages = {}, {}, []

    def parse(self):
        cur = None
        with open(SRC, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if line.startswith("@@ "):
                    head = line[3:].split()
                    cur = {"id": head[0], "author": head[1],
                           "time": ts(head[2] + " " + head[3]), "lines": [], "opts": {}}
                    for opt in head[4:]:
                        k, _, v = opt.partition("=")
                        cur["opts"][k] = v
                    self.messages.append(cur)
                elif cur is None and line.startswith("@user "):
                    f_ = [x.strip() for x in line[6:].split("|")]
                    self.users[f_[0]] = {
                        "display": f_[1], "name": f_[2], "id": int(f_[3]),
                        "color": None if f_[4] == "-" else tuple(int(x) for x in f_[4].split(",")),
                        "avatar": None if f_[5] == "-" else f_[5], "bot": f_[6] == "1"}
                elif cur is None and line.startswith("@"):
                    k, _, v = line[1:].partition(" ")
                    self.meta[k] = v
                elif cur is not None:
                    cur["lines"].append(line)
        for i, m in enumerate(self.messages):
            while m["lines"] and not m["lines"][-1].strip():
                m["lines"].pop()
            m["snow"] = snowflake(m["time"], i + 1)
            m["embed"] = {}
            body = []
            for l in m["lines"]:
                if l.startswith("%"):
                    k, _, v = l[1:].partition(" ")
                    if k == "field":
                        m["embed"].setdefault("fields", []).append(
                            [x.strip() for x in v.split("|", 1)])
                    else:
                        m["embed"][k] = v
                else:
                    body.append(l)
            m["content"] = "\n".join(body)
        self.by_id = {m["id"]: m for m in self.messages}


class Renderer:
    def __init__(self, src):
        self.src = src

    def inline(self, text, jumbo):
        tokens = re.split(r"(\*\*.+?\*\*|\|\|.+?\|\||(?<![\w*])\*[^*\s][^*]*?\*(?![\w*])|:[a-z0-9_]+:"
                          r"|@[a-z]+\b|https?://\S+)", text)
        out = []
        for tok in tokens:
            if not tok:
                continue
            if tok.startswith("**") and tok.endswith("**") and len(tok) > 4:
                out.append("<strong>%s</strong>" % self.inline(tok[2:-2], False))
            elif tok.startswith("||") and tok.endswith("||"):
                out.append('<span class="chatlog__markdown-spoiler chatlog__markdown-spoiler--hidden"'
                           ' onclick="showSpoiler(event, this)">%s</span>'
                           % self.inline(tok[2:-2], False))
            elif re.fullmatch(r"\*[^*]+\*", tok):
                out.append("<em>%s</em>" % self.inline(tok[1:-1], False))
            elif re.fullmatch(r":[a-z0-9_]+:", tok) and tok[1:-1] in EMOJI:
                out.append(emoji_img(tok[1:-1], jumbo))
            elif tok.startswith("@") and tok[1:] in self.src.users:
                u = self.src.users[tok[1:]]
                out.append('<span class="chatlog__markdown-mention" title="%s">@%s</span>'
                           % (enc(u["name"]), enc(u["display"])))
            elif tok.startswith("http"):
                out.append('<a href="%s">%s</a>' % (enc(tok), enc(tok)))
            else:
                out.append(enc(tok))
        return "".join(out)

    def markdown(self, text, jumbo_allowed=True):
        jumbo = jumbo_allowed and re.fullmatch(r"(\s*:[a-z0-9_]+:\s*)+", text) is not None
        lines = text.split("\n")
        out, i = [], 0
        while i < len(lines):
            line = lines[i]
            last = i == len(lines) - 1
            m = re.match(r"(#{1,3}) (.+)$", line)
            if m and not last:
                n = len(m.group(1))
                out.append("<h%d>%s</h%d>" % (n, self.inline(m.group(2), False), n))
                i += 1
                continue
            if line.startswith("- "):
                items = []
                while i < len(lines) and lines[i].startswith("- "):
                    items.append("<li>%s</li>" % self.inline(lines[i][2:], False))
                    i += 1
                out.append("<ul>%s</ul>" % "".join(items))
                continue
            out.append(self.inline(line, jumbo) + ("" if last else "\n"))
            i += 1
        return "".join(out)

    def user(self, key):
        return self.src.users[key]

    def avatar(self, u):
        if u["avatar"]:
            return "https://cdn.discordapp.com/avatars/%d/%s.png?size=512" % (u["id"], u["avatar"])
        return "https://cdn.discordapp.com/embed/avatars/%d.png" % ((u["id"] >> 22) % 6)

    def color(self, u):
        if not u["color"]:
            return ""
        return " " + attr("style", "color:rgb(%d,%d,%d)" % u["color"])

    def full_name(self, u):
        return u["name"] + ("#4410" if u["bot"] else "")

    def container(self, m, inner):
        cls = "chatlog__message-container" + (
            " chatlog__message-container--pinned" if "pinned" in m["opts"] else "")
        return ('<div id=chatlog__message-container-%d %s data-message-id=%d>'
                '<div class=chatlog__message>%s</div></div>'
                % (m["snow"], attr("class", cls), m["snow"], inner))

    def system(self, m):
        u = self.user(m["author"])
        ref = self.src.by_id[m["opts"]["ref"]]
        return self.container(m, (
            '<div class=chatlog__message-aside><svg class=chatlog__system-notification-icon>'
            '<use href=#pin-icon></use></svg></div><div class=chatlog__message-primary>'
            '<span class=chatlog__system-notification-author%s %s data-user-id=%d>%s</span> '
            '<span> </span> <span class=chatlog__system-notification-content><span>pinned </span>'
            '<a class=chatlog__system-notification-link href=#chatlog__message-container-%d>'
            'a message</a><span> to this channel.</span></span> '
            '<span class=chatlog__system-notification-timestamp %s><a href=#chatlog__message-'
            'container-%d>%s</a></span></div>'
            % (self.color(u), attr("title", self.full_name(u)), u["id"], enc(u["display"]),
               ref["snow"], attr("title", fmt_f(m["time"])), m["snow"], fmt_g(m["time"]))))

    def reply_preview(self, m):
        ref = self.src.by_id[m["opts"]["reply"]]
        ru = self.user(ref["author"])
        if ref["content"].strip():
            body = self.markdown(ref["content"], False)
        else:
            body = "<em>Click to see attachment</em> <span>\U0001F5BC\ufe0f</span>"
        edited = ""
        if "edited" in ref["opts"]:
            edited = (' <span class=chatlog__reply-edited-timestamp %s>(edited)</span>'
                      % attr("title", fmt_f(ts(ref["opts"]["edited"].replace("T", " ")))))
        return ('<div class=chatlog__reply><img class=chatlog__reply-avatar src=%s alt=Avatar '
                'loading=lazy><div class=chatlog__reply-author%s %s>%s</div>'
                '<div class=chatlog__reply-content><span class=chatlog__reply-link '
                'onclick="scrollToMessage(event, \'%d\')">%s</span>%s</div></div>'
                % (self.avatar(ru), self.color(ru), attr("title", self.full_name(ru)),
                   enc(ru["display"]), ref["snow"], body, edited))

    def embed(self, e, when):
        fields = "".join(
            '<div class=chatlog__embed-field><div class=chatlog__embed-field-name><div class="'
            'chatlog__markdown chatlog__markdown-preserve">%s</div></div><div class=chatlog__'
            'embed-field-value><div class="chatlog__markdown chatlog__markdown-preserve">%s'
            '</div></div></div>' % (self.markdown(n, False), self.markdown(v, False))
            for n, v in e.get("fields", []))
        return ('<div class=chatlog__embed><div class=chatlog__embed-color-pill %s></div>'
                '<div class=chatlog__embed-content-container><div class=chatlog__embed-content>'
                '<div class=chatlog__embed-text><div class=chatlog__embed-title><div class="'
                'chatlog__markdown chatlog__markdown-preserve">%s</div></div><div class=chatlog__'
                'embed-description><div class="chatlog__markdown chatlog__markdown-preserve">%s'
                '</div></div><div class=chatlog__embed-fields>%s</div></div></div><div class='
                'chatlog__embed-footer><span class=chatlog__embed-footer-text>%s • %s</span>'
                '</div></div></div>'
                % (attr("style", "background-color:rgba(%s,1)" % e["color"]),
                   self.markdown(e["title"], False), self.markdown(e["desc"], False), fields,
                   enc(e["footer"]), fmt_g(when)))

    def forwarded(self, m):
        when = ts(m["opts"]["fwd"].replace("T", " "))
        return ('<div class=chatlog__forwarded><div class=chatlog__forwarded-header>'
                '<svg class=chatlog__forwarded-icon><use href=#forward-icon></use></svg>'
                '<em>Forwarded</em></div><div class="chatlog__forwarded-content chatlog__markdown">'
                '<span class=chatlog__markdown-preserve>%s</span></div>'
                '<div class=chatlog__forwarded-timestamp><span %s>Originally sent: %s</span></div>'
                '</div>' % (self.markdown(m["content"]), attr("title", fmt_f(when)), fmt_g(when)))

    def reactions(self, m):
        if "react" not in m["opts"]:
            return ""
        out = []
        for r in m["opts"]["react"].split(","):
            name, n = r.split(":")
            ch = EMOJI[name]
            out.append('<div class=chatlog__reaction %s><img class="chatlog__emoji chatlog__emoji'
                       '--small" alt=%s src=%s loading=lazy><span class=chatlog__reaction-count>'
                       '%s</span></div>' % (attr("title", name), ch, TWEMOJI % codepoints(ch), n))
        return "<div class=chatlog__reactions>%s</div>" % "".join(out)

    def regular(self, m, first):
        u = self.user(m["author"])
        reply = "reply" in m["opts"]
        if first:
            aside = ("<div class=chatlog__reply-symbol></div>" if reply else "") + (
                "<img class=chatlog__avatar src=%s alt=Avatar loading=lazy>" % self.avatar(u))
        else:
            aside = "<div class=chatlog__short-timestamp %s>%s</div>" % (
                attr("title", fmt_f(m["time"])), m["time"].strftime("%H:%M"))
        prim = []
        if first:
            if reply:
                prim.append(self.reply_preview(m))
            prim.append('<div class=chatlog__header><span class=chatlog__author%s %s '
                        'data-user-id=%d>%s</span> %s<span class=chatlog__timestamp %s><a href='
                        '#chatlog__message-container-%d>%s</a></span></div>'
                        % (self.color(u), attr("title", self.full_name(u)), u["id"],
                           enc(u["display"]),
                           "<span class=chatlog__author-tag>BOT</span> " if u["bot"] else "",
                           attr("title", fmt_f(m["time"])), m["snow"], fmt_g(m["time"])))
        if "fwd" in m["opts"]:
            prim.append(self.forwarded(m))
        elif m["content"].strip() or "edited" in m["opts"]:
            edited = ""
            if "edited" in m["opts"]:
                edited = (" <span class=chatlog__edited-timestamp %s>(edited)</span>"
                          % attr("title", fmt_f(ts(m["opts"]["edited"].replace("T", " ")))))
            prim.append('<div class="chatlog__content chatlog__markdown"><span class=chatlog__'
                        'markdown-preserve>%s</span>%s</div>' % (self.markdown(m["content"]), edited))
        if m["embed"]:
            prim.append(self.embed(m["embed"], m["time"]))
        prim.append(self.reactions(m))
        return self.container(m, "<div class=chatlog__message-aside>%s</div>"
                                 "<div class=chatlog__message-primary>%s</div>"
                              % (aside, "".join(prim)))

    def groups(self):
        groups, cur = [], []
        for m in self.src.messages:
            sysn = m["opts"].get("kind") == "pin"
            if cur:
                last = cur[-1]
                lsys = last["opts"].get("kind") == "pin"
                ok = ("reply" not in m["opts"] and sysn == lsys and
                      (sysn or (m["author"] == last["author"] and
                                (m["time"] - last["time"]).total_seconds() <= 7 * 60)))
                if not ok:
                    groups.append(cur)
                    cur = []
            cur.append(m)
        groups.append(cur)
        return groups

    def render(self):
        meta = self.src.meta
        hier = " / ".join((meta["category"], meta["parent"], meta["thread"]))
        after = datetime.datetime.strptime(meta["after"], "%Y-%m-%d").replace(
            tzinfo=datetime.timezone.utc).astimezone(IST)
        before = datetime.datetime.strptime(meta["before"], "%Y-%m-%d").replace(
            tzinfo=datetime.timezone.utc).astimezone(IST)
        pre = ('<!DOCTYPE html><html lang=en><head><title>%s - %s</title><meta charset=utf-8>'
               '<meta name=viewport content="width=device-width"><style>%s</style>'
               '<link rel=stylesheet href=https://cdnjs.cloudflare.com/ajax/libs/highlight.js/'
               '9.15.6/styles/solarized-light.min.css><script src=https://cdnjs.cloudflare.com/'
               'ajax/libs/highlight.js/9.15.6/highlight.min.js></script>%s%s</head><body>'
               '<div class=preamble><div class=preamble__guild-icon-container><img class='
               'preamble__guild-icon src="%s" alt="Guild icon" loading=lazy></div><div class='
               'preamble__entries-container><div class=preamble__entry>%s</div><div class='
               'preamble__entry>%s</div><div class="preamble__entry preamble__entry--small">'
               'Between %s and %s</div></div></div><div class=chatlog>'
               % (enc(meta["guild"]), enc(meta["thread"]), CSS, JS, SVG, meta["guild_icon"],
                  enc(meta["guild"]), enc(hier), fmt_g(after), fmt_g(before)))
        lines = [pre]
        for g in self.groups():
            body = []
            for i, m in enumerate(g):
                if m["opts"].get("kind") == "pin":
                    body.append(self.system(m))
                else:
                    body.append(self.regular(m, i == 0))
            lines.append("<div class=chatlog__message-group>%s</div>" % "".join(body))
        lines.append("</div><div class=postamble><div class=postamble__entry>Exported %d "
                     "message(s)</div><div class=postamble__entry>Timezone: UTC+5.5</div></div>"
                     "</body></html>" % len(self.src.messages))
        return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    src = Source()
    src.parse()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(Renderer(src).render())


if __name__ == "__main__":
    main()
