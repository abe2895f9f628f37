#!/usr/bin/python3
"""Re-make docs/messages.html from tools/messages.txt.

The output imitates a Telegram Desktop channel export ("Export chat history", format HTML):
the page_wrap / page_header / history skeleton, date separators as service messages with
negative ids, a pin service message, "joined" follow-up messages without userpic or name,
reactions, quiz polls, a reply, a forwarded post, a document left out of the export, <br> line
breaks, hashtag links and spoilers. Standard library only; byte-for-byte reproducible.
Run: /usr/bin/python3 tools/make_telegram.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
OUT = os.path.join(HERE, "..", "docs", "messages.html")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def fmt(line):
    s = esc(line)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\|\|(.+?)\|\|",
               r'<span class="spoiler hidden" onclick="ShowSpoiler(this)"><span aria-hidden="true">\1</span></span>', s)
    s = re.sub(r"(?<![\w&])#(\w+)",
               r'<a href="" onclick="return ShowHashtag(&quot;\1&quot;)">#\1</a>', s)
    return s


def ind(n, s):
    return " " * n + s


def build():
    with open(SRC, encoding="utf-8") as f:
        raw = f.read().split("\n")
    meta = {}
    blocks = []
    cur = None
    for ln in raw:
        if ln.startswith("@chat ") or ln.startswith("@initials ") or ln.startswith("@userpic "):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
            continue
        if ln.startswith("@date ") or ln.startswith("@pin "):
            cur = None
            blocks.append({"kind": ln[1:].split(" ", 1)[0], "arg": ln.split(" ", 1)[1], "lines": []})
            continue
        m = re.match(r"@(msg|poll|reply|forward|file) (\d+) (\S+ \S+)(?: (\S+))?", ln)
        if m:
            cur = {"kind": m.group(1), "id": m.group(2), "when": m.group(3), "extra": m.group(4),
                   "lines": [], "reactions": None, "from": None, "filemeta": None}
            blocks.append(cur)
            continue
        if cur is None:
            continue
        if ln.startswith("@reactions "):
            cur["reactions"] = [r.strip().split(" ") for r in ln[11:].split("|")]
        elif ln.startswith("@from "):
            cur["from"] = [x.strip() for x in ln[6:].split("|")]
        elif ln.startswith("@filemeta "):
            cur["filemeta"] = ln[10:]
        else:
            cur["lines"].append(ln)

    chat = meta["chat"]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w("<html>")
    w("")
    w(" <head>")
    w("")
    w('  <meta charset="utf-8"/>')
    w("<title>Exported Data</title>")
    w('  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>')
    w("")
    w('  <link href="css/style.css" rel="stylesheet"/>')
    w("")
    w('  <script src="js/script.js" type="text/javascript">')
    w("")
    w("  </script>")
    w("")
    w(" </head>")
    w("")
    w(' <body onload="CheckLocation();">')
    w("")
    w('  <div class="page_wrap">')
    w("")
    w('   <div class="page_header">')
    w("")
    w('    <div class="content">')
    w("")
    w('     <div class="text bold">')
    w(esc(chat))
    w("     </div>")
    w("")
    w("    </div>")
    w("")
    w("   </div>")
    w("")
    w('   <div class="page_body chat_page">')
    w("")
    w('    <div class="history">')
    w("")
    service_id = 0
    for b in blocks:
        if b["kind"] == "date":
            service_id -= 1
            w(ind(5, '<div class="message service" id="message%d">' % service_id))
            w("")
            w(ind(6, '<div class="body details">'))
            w(esc(b["arg"]))
            w(ind(6, "</div>"))
            w("")
            w(ind(5, "</div>"))
            w("")
            continue
        if b["kind"] == "pin":
            mid, target = b["arg"].split()
            w(ind(5, '<div class="message service" id="message%s">' % mid))
            w("")
            w(ind(6, '<div class="body details">'))
            w('%s pinned <a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>'
              % (esc(chat), target, target))
            w(ind(6, "</div>"))
            w("")
            w(ind(5, "</div>"))
            w("")
            continue
        joined = b["extra"] == "joined"
        cls = "message default clearfix" + (" joined" if joined else "")
        w(ind(5, '<div class="%s" id="message%s">' % (cls, b["id"])))
        w("")
        if not joined:
            w(ind(6, '<div class="pull_left userpic_wrap">'))
            w("")
            w(ind(7, '<div class="userpic userpic%s" style="width: 42px; height: 42px">' % meta["userpic"]))
            w("")
            w(ind(8, '<div class="initials" style="line-height: 42px">'))
            w(meta["initials"])
            w(ind(8, "</div>"))
            w("")
            w(ind(7, "</div>"))
            w("")
            w(ind(6, "</div>"))
            w("")
        w(ind(6, '<div class="body">'))
        w("")
        d, t = b["when"].split()
        w(ind(7, '<div class="pull_right date details" title="%s %s UTC+05:30">' % (d, t)))
        w(t[:5])
        w(ind(7, "</div>"))
        w("")
        if not joined:
            w(ind(7, '<div class="from_name">'))
            w(esc(chat))
            w(ind(7, "</div>"))
            w("")
        lines = b["lines"]
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        if b["kind"] == "reply":
            w(ind(7, '<div class="reply_to details">'))
            w('In reply to <a href="#go_to_message%s" onclick="return GoToMessage(%s)">this message</a>'
              % (b["extra"], b["extra"]))
            w(ind(7, "</div>"))
            w("")
        if b["kind"] == "poll":
            w(ind(7, '<div class="media_wrap clearfix">'))
            w("")
            w(ind(8, '<div class="media_poll">'))
            w("")
            for ln in lines:
                if ln.startswith("? "):
                    w(ind(9, '<div class="question bold">'))
                    w(esc(ln[2:]))
                    w(ind(9, "</div>"))
                elif ln.startswith("~ "):
                    w(ind(9, '<div class="details">'))
                    w(esc(ln[2:]))
                    w(ind(9, "</div>"))
                elif ln.startswith("- "):
                    opt, votes = [x.strip() for x in ln[2:].split("|")]
                    w(ind(9, '<div class="answer">'))
                    w('- %s <span class="details">%s votes</span>' % (esc(opt), votes))
                    w(ind(9, "</div>"))
                elif ln.startswith("= "):
                    w(ind(9, '<div class="total details">'))
                    w(esc(ln[2:]))
                    w(ind(9, "</div>"))
                w("")
            w(ind(8, "</div>"))
            w("")
            w(ind(7, "</div>"))
            w("")
        elif b["kind"] == "file":
            w(ind(7, '<div class="media_wrap clearfix">'))
            w("")
            w(ind(8, '<div class="media clearfix pull_left media_file">'))
            w("")
            w(ind(9, '<div class="fill pull_left">'))
            w("")
            w(ind(9, "</div>"))
            w("")
            w(ind(9, '<div class="body">'))
            w("")
            w(ind(10, '<div class="title bold">'))
            w("File")
            w(ind(10, "</div>"))
            w("")
            w(ind(10, '<div class="description">'))
            w("Not included, change data exporting settings to download.")
            w(ind(10, "</div>"))
            w("")
            w(ind(10, '<div class="status details">'))
            w(esc(b["filemeta"]))
            w(ind(10, "</div>"))
            w("")
            w(ind(9, "</div>"))
            w("")
            w(ind(8, "</div>"))
            w("")
            w(ind(7, "</div>"))
            w("")
            w(ind(7, '<div class="text">'))
            w("<br>".join(fmt(x) for x in lines))
            w(ind(7, "</div>"))
            w("")
        elif b["kind"] == "forward":
            who, when = b["from"]
            w(ind(7, '<div class="forwarded body">'))
            w("")
            w(ind(8, '<div class="from_name">'))
            w('%s<span class="date details" title="%s UTC+05:30"> %s</span>' % (esc(who), when, when))
            w(ind(8, "</div>"))
            w("")
            w(ind(8, '<div class="text">'))
            w("<br>".join(fmt(x) for x in lines))
            w(ind(8, "</div>"))
            w("")
            w(ind(7, "</div>"))
            w("")
        else:
            w(ind(7, '<div class="text">'))
            w("<br>".join(fmt(x) for x in lines))
            w(ind(7, "</div>"))
            w("")
        if b["reactions"]:
            w(ind(7, '<span class="reactions">'))
            w("")
            for emoji, count in b["reactions"]:
                w(ind(8, '<span class="reaction">'))
                w("")
                w(ind(9, '<span class="emoji">'))
                w(emoji)
                w(ind(9, "</span>"))
                w("")
                w(ind(9, '<span class="count">'))
                w(count)
                w(ind(9, "</span>"))
                w("")
                w(ind(8, "</span>"))
                w("")
            w(ind(7, "</span>"))
            w("")
        w(ind(6, "</div>"))
        w("")
        w(ind(5, "</div>"))
        w("")
    w("    </div>")
    w("")
    w("   </div>")
    w("")
    w("  </div>")
    w("")
    w(" </body>")
    w("")
    w("</html>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
