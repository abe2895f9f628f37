#!/usr/bin/python3
"""Make docs/qim-underground-study-group.mbox from tools/qim-underground-study-group.txt.

The file imitates one label of a Google Takeout export of Gmail ("Mail" as .mbox): the thread
of a Google Groups study list as it sits in the mailbox of one member (Arjun), seven messages
in the order Takeout wrote them. Each message starts with Takeout's From_ line
("From <gmail id>@xxx <asctime in UTC> 2025"), then X-GM-THRID and X-Gmail-Labels, then the
raw headers. Messages that came in through the group carry the whole delivery chain
(Delivered-To, Received, X-Received, ARC-Seal/ARC-Message-Signature/ARC-Authentication-
Results, Return-Path with the +bnc bounce address, Received-SPF, Authentication-Results,
the googlegroups DKIM-Signature, X-Gm-Message-State, X-Google-Smtp-Source), the list headers
(X-Original-Sender, Precedence, Mailing-list, List-ID, X-Google-Group-Id, List-Post, List-Help,
List-Archive without its closing ">" as Google Groups writes it, List-Subscribe, List-
Unsubscribe folded on two lines) and the Groups footer ("You received this message because
...") at the end of both body parts; the member's own replies are the copies in "Sent",
with only the headers Gmail keeps there and no footer. An outlook.com sender's mail is
rewritten by the group ("'Divya Nair' via UPSC Mains History 2026", X-Original-From,
Reply-To) and has Outlook's headers (Thread-Topic, Thread-Index, Accept-Language,
X-MS-Has-Attach) and base64 body parts; Gmail's parts are quoted-printable (=3D, =20 on the
"-- " signature line, =F0=9F... for emoji, soft breaks at 76). Every message is
multipart/alternative (text/plain, then text/html: Gmail's div dir="ltr" markup with <b>
headings, <ul>/<ol> lists, gmail_signature and gmail_quote blockquotes, &quot; and &#39;;
Outlook's html/head/body with divRplyFwdMsg); the message with the attachment is
multipart/mixed with the PDF (made here with reportlab, invariant=1) in base64 under it.
Replies quote as their client does: Gmail top-posts over "On <date> at <time>, <name> wrote:"
and "> " lines (the whole earlier message, footer included) or quotes inline; Outlook puts its
"From:/Sent:/To:/Subject:" block under a row of underscores and the earlier text unmarked, with
bullets as "  *   ".

Run from anywhere: /usr/bin/python3 tools/make_mbox.py   (output is byte-for-byte stable)
"""
import base64
import datetime
import email.quoprimime
import hashlib
import html
import io
import os
import re

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "qim-underground-study-group.txt")
OUT = os.path.join(HERE, "..", "docs", "qim-underground-study-group.mbox")

LIST = "upsc-mh-2026@googlegroups.com"
LIST_NAME = "UPSC Mains History 2026"
GROUP_ID = "318274650912"
OWNER = "arjun.rathore.ias@gmail.com"
SUBJECT = "[UPSC-MH26] Week 12 notes: QIM underground phase (Congress Radio, JP, Lohia, Aruna)"
QUOTE_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def h(seed, n=40, alphabet=None):
    """Deterministic pseudo-random token of n characters."""
    raw, i = b"", 0
    while len(raw) < n * 2:
        raw += hashlib.sha256(("%s#%d" % (seed, i)).encode()).digest()
        i += 1
    if alphabet == "hex":
        s = raw.hex()
    elif alphabet == "alnum":
        s = re.sub(r"[^A-Za-z0-9]", "", base64.b64encode(raw).decode())
    else:
        s = base64.b64encode(raw).decode()
    return s[:n]


# ---------------------------------------------------------------- source

def read_source():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    msgs, attach = [], {}
    cur, body, in_body, att = None, [], False, None
    for line in lines + ["=== end"]:
        if line.startswith("=== "):
            if cur is not None:
                cur["body"] = "\n".join(body).strip("\n")
                msgs.append(cur)
            if att is not None:
                attach[att[0]] = [l for l in att[1] if l.strip()]
            cur, body, in_body, att = None, [], False, None
            if line == "=== message":
                cur = {}
            elif line.startswith("=== attachment "):
                att = (line[len("=== attachment "):], [])
            continue
        if att is not None:
            att[1].append(line)
        elif cur is not None:
            if in_body:
                body.append(line)
            elif line == "---":
                in_body = True
            elif line.strip():
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
    return msgs, attach


def addr(s):
    m = re.match(r"(.*) <(.*)>", s)
    return m.group(1), m.group(2)


def parse_date(s):
    return datetime.datetime.strptime(s, "%a, %d %b %Y %H:%M:%S %z")


# ---------------------------------------------------------------- text parts

def split_sig(body):
    lines = body.split("\n")
    if "-- " in lines:
        i = lines.index("-- ")
        return lines[:i], lines[i + 1:]
    return lines, []


def autolink_plain(line):
    return re.sub(r"(?<![/\w])(meet\.google\.com/[\w-]+)", r"\1 <http://\1>", line)


def gmail_plain_lines(lines, rich):
    out = []
    for l in lines:
        if rich and l.startswith("# "):
            out.append("*%s*" % l[2:])
        elif rich and l.startswith("- "):
            out.append("   - " + l[2:])
        elif rich and re.match(r"\d+\. ", l):
            out.append("   " + l)
        else:
            out.append(l)
    return [autolink_plain(l) for l in out]


def outlook_plain_of_quoted(lines, rich):
    """How Outlook's HTML-to-text shows an earlier Gmail message."""
    out = []
    for l in lines:
        if rich and l.startswith("# "):
            out.append(l[2:])
        elif rich and l.startswith("- "):
            out.append("  *   " + l[2:])
        elif rich and re.match(r"\d+\. ", l):
            n, t = l.split(" ", 1)
            out.append("  %s  %s" % (n, t))
        else:
            out.append(l)
    return out


def footer_plain(msgid):
    return ["", "-- ",
            'You received this message because you are subscribed to the Google Groups "%s" group.'
            % LIST_NAME,
            "To unsubscribe from this group and stop receiving emails from it, send an email to "
            "upsc-mh-2026+unsubscribe@googlegroups.com.",
            "To view this discussion visit https://groups.google.com/d/msgid/upsc-mh-2026/%s."
            % msgid.replace("+", "%2B").replace("@", "%40")]


def footer_html(msgid):
    u = "https://groups.google.com/d/msgid/upsc-mh-2026/%s" % msgid.replace("+", "%2B").replace("@", "%40")
    return ("\n\n<p></p>\n\n-- <br />\nYou received this message because you are subscribed to the "
            "Google Groups &quot;%s&quot; group.<br />\nTo unsubscribe from this group and stop "
            "receiving emails from it, send an email to <a href=\"mailto:upsc-mh-2026+unsubscribe@"
            "googlegroups.com\">upsc-mh-2026+unsubscribe@googlegroups.com</a>.<br />\nTo view this "
            "discussion visit <a href=\"%s?utm_medium=email&amp;utm_source=footer\">%s</a>.<br />\n"
            % (LIST_NAME, u, u))


def esc(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def autolink_html(s):
    return re.sub(r"(?<![/\w])(meet\.google\.com/[\w-]+)",
                  r'<a href="http://\1" target="_blank">\1</a>', s)


def gmail_html_lines(lines, rich):
    """Gmail compose markup for typed lines (no quotes)."""
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if rich and l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            out.append("<ul>" + "".join('<li style="margin-left:15px">%s</li>' % autolink_html(esc(t))
                                        for t in items) + "</ul>")
            continue
        if rich and re.match(r"\d+\. ", l):
            items = []
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append("<ol>" + "".join('<li style="margin-left:15px">%s</li>' % esc(t)
                                        for t in items) + "</ol>")
            continue
        if not l.strip():
            out.append("<div><br></div>")
        elif rich and l.startswith("# "):
            out.append("<div><b>%s</b></div>" % esc(l[2:]))
        else:
            out.append("<div>%s</div>" % autolink_html(esc(l)))
        i += 1
    return "".join(out)


def gmail_sig_html(sig):
    if not sig:
        return ""
    inner = esc(sig[0]) + "".join("<div>%s</div>" % esc(s) for s in sig[1:])
    return ('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
            'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % inner)


def gmail_attr(m):
    d = parse_date(m["date"])
    name, mail = addr(m["from"])
    if m.get("client") == "outlook":
        who = "&#39;%s&#39; via %s &lt;<a href=\"mailto:%s\">%s</a>&gt;" % (esc(name), LIST_NAME, LIST, LIST)
        who_plain = "'%s' via %s <%s>" % (name, LIST_NAME, LIST)
    else:
        who = "%s &lt;<a href=\"mailto:%s\">%s</a>&gt;" % (esc(name), mail, mail)
        who_plain = "%s <%s>" % (name, mail)
    when = "%s, %d %s %d at %s" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.strftime("%H:%M"))
    return "On %s, %s wrote:" % (when, who_plain), "On %s, %s wrote:" % (when, who)


# ---------------------------------------------------------------- building each message

class Built:
    pass


def build_parts(m, by_id, built):
    rich = m.get("client") == "gmail" and m["from"].startswith(("Meghna", "Farhan"))
    main, sig = split_sig(m["body"])
    via_group = m["via"] == "group"
    msgid = m["msgid"]
    b = Built()
    if m["client"] == "outlook":
        plain = list(main)
        html_body = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                     '</head>\n<body>\n')
        for l in main:
            if l.startswith("Get Outlook for Android"):
                html_body += ('<div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/'
                              'AAb9ysg">Outlook for Android</a></div>\n')
            elif not l.strip():
                html_body += '<div dir="auto"><br>\n</div>\n'
            else:
                html_body += '<div dir="auto">%s</div>\n' % esc(l)
        if "quote" in m:
            q = by_id[int(m["quote"])]
            qd = parse_date(q["date"])
            qname, qmail = addr(q["from"])
            sent = "%s, %s %d, %d %d:%s %s" % (qd.strftime("%A"), qd.strftime("%B"), qd.day, qd.year,
                                               int(qd.strftime("%I")), qd.strftime("%M:%S"),
                                               qd.strftime("%p"))
            subj = q.get("subject_full")
            plain += ["________________________________",
                      "From: %s <%s> on behalf of %s <%s>" % (LIST, LIST, qname, qmail),
                      "Sent: %s" % sent,
                      "To: %s <%s>" % (LIST_NAME, LIST),
                      "Subject: %s" % subj, ""]
            qmain, qsig = split_sig(q["body"])
            qrich = q["from"].startswith(("Meghna", "Farhan"))
            plain += outlook_plain_of_quoted(qmain, qrich)
            if qsig:
                plain += ["--"] + qsig
            plain += footer_plain(q["msgid"])
            html_body += ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                          'style="font-size:11pt" color="#000000"><b>From:</b> %s &lt;%s&gt; on behalf of '
                          '%s &lt;%s&gt;<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s &lt;%s&gt;<br>\n'
                          '<b>Subject:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n<div>%s</div>\n'
                          % (LIST, LIST, esc(qname), qmail, sent, LIST_NAME, LIST, esc(subj),
                             built[int(m["quote"])].html))
        html_body += "</body>\n</html>\n"
        b.plain = "\n".join(plain) + "\n"
        b.html = html_body
        b.html_core = html_body
    else:
        plain = gmail_plain_lines(main, rich)
        if sig:
            plain += ["-- "] + sig
        # HTML: typed lines, then inline quotes if any
        segs = []
        for l in main:
            kind = "q" if l.startswith(">") else ("a" if re.match(r"On .* wrote:$", l) else "t")
            if segs and segs[-1][0] == kind:
                segs[-1][1].append(l)
            else:
                segs.append((kind, [l]))
        core = '<div dir="ltr">'
        for kind, ls in segs:
            if kind == "t":
                while ls and not ls[0].strip() and core.endswith("</blockquote>"):
                    ls = ls[1:]
                core += gmail_html_lines(ls, rich)
            elif kind == "a":
                q = by_id[int(m["reply-to-msg"])]
                core += '<div dir="ltr" class="gmail_attr">%s<br></div>' % gmail_attr(q)[1]
            else:
                core += ('<blockquote class="gmail_quote" style="%s">%s</blockquote>'
                         % (QUOTE_STYLE, "".join("<div>%s</div>" % esc(x[1:].lstrip()) for x in ls)))
        if sig:
            core += "<div><br></div>" + gmail_sig_html(sig)
        core += "</div>"
        b.html_core = core
        html_body = core
        if "quote" in m:
            q = by_id[int(m["quote"])]
            ap, ah = gmail_attr(q)
            qplain = built[int(m["quote"])].plain.rstrip("\n").split("\n")
            plain += ["", ap, ""] + [(">" if not x else "> " + x) for x in qplain]
            html_body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                          'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="%s">%s'
                          '</blockquote></div>' % (ah, QUOTE_STYLE, built[int(m["quote"])].html))
        b.plain = "\n".join(plain) + "\n"
        b.html = html_body + "\n"
    if via_group:
        b.plain = b.plain + "\n".join(footer_plain(msgid)) + "\n"
        b.html = b.html + footer_html(msgid)
    return b


def qp(text):
    raw = text.encode("utf-8").decode("latin-1")
    return email.quoprimime.body_encode(raw, maxlinelen=76, eol="\n")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def make_pdf(lines):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("QIM underground timeline")
    c.setAuthor("Farhan Siddiqui")
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft\u00ae Word for Microsoft 365")
    w, hgt = A4
    y = hgt - 72
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, y, lines[0])
    y -= 20
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(60, y, lines[1])
    y -= 30
    for l in lines[2:]:
        d, t = l.split(" | ", 1)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(60, y, d)
        c.setFont("Helvetica", 10.5)
        c.drawString(160, y, t)
        c.setLineWidth(0.3)
        c.line(60, y - 6, w - 60, y - 6)
        y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


def asctime_utc(d):
    u = d.astimezone(datetime.timezone.utc)
    return u.strftime("%a %b %d %H:%M:%S +0000 %Y")


def pdt(d):
    p = d.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))
    return "%s, %d %s %d %s -0700 (PDT)" % (p.strftime("%a"), p.day, p.strftime("%b"), p.year,
                                            p.strftime("%H:%M:%S"))


def headers(m, by_id, boundary, top_type):
    d = parse_date(m["date"])
    name, mail = addr(m["from"])
    seed = m["msgid"]
    ts = int(d.timestamp())
    H = []
    H.append("From %s@xxx %s" % (m["gmid"], asctime_utc(d)))
    H.append("X-GM-THRID: %s" % m["thrid"])
    H.append("X-Gmail-Labels: %s" % m["labels"])
    refs = m.get("refs", [])
    subj = m["subject_full"]
    if m["via"] == "sent":
        H += ["MIME-Version: 1.0", "Date: %s" % m["date"]]
        if refs:
            H.append("References: %s" % " ".join("<%s>" % r for r in refs))
            H.append("In-Reply-To: <%s>" % refs[-1])
        H += ["Message-ID: <%s>" % m["msgid"], "Subject: %s" % subj,
              "From: %s <%s>" % (name, mail), "To: %s <%s>" % (LIST_NAME, LIST),
              'Content-Type: %s; boundary="%s"' % (top_type, boundary)]
        return H
    bounce = "upsc-mh-2026+bncBD%s@googlegroups.com" % h(seed + "bnc", 44, "alnum")
    H += ["Delivered-To: %s" % OWNER,
          "Received: by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %scsp%d;" % (
              h(seed + "r1", 4, "hex"), h(seed + "r2", 3, "hex"), h(seed + "r3", 4, "hex"),
              h(seed + "r4", 4, "hex"), h(seed + "r5", 3, "alnum").lower(), 1400000 + ts % 99991),
          "        %s" % pdt(d + datetime.timedelta(seconds=2)),
          "X-Received: by 2002:a05:6214:%s:b0:70e:%s:%s with SMTP id %smr%dqvb.%d.%d%03d;" % (
              h(seed + "x1", 4, "hex"), h(seed + "x2", 4, "hex"), h(seed + "x3", 4, "hex"),
              h(seed + "x4", 2, "alnum").lower(), 2200000 + ts % 77777, ts % 60, ts + 2, ts % 997),
          "        %s" % pdt(d + datetime.timedelta(seconds=2)),
          "ARC-Seal: i=2; a=rsa-sha256; t=%d; cv=pass;" % (ts + 2),
          "        d=google.com; s=arc-20240605;"]
    sealb = h(seed + "seal", 340)
    H += ["        b=" + sealb[:70]] + ["         " + sealb[i:i + 70] for i in range(70, 340, 70)]
    H += ["ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;",
          "        h=list-unsubscribe:list-subscribe:list-archive:list-help:list-post",
          "         :list-id:mailing-list:precedence:reply-to:to:subject:message-id:date",
          "         :from:mime-version:dkim-signature;",
          "        bh=%s=;" % h(seed + "bh", 43),
          "        fh=%s=;" % h(seed + "fh", 43),
          "        b=%s" % h(seed + "ams", 70)]
    H += ["ARC-Authentication-Results: i=2; mx.google.com;",
          "       dkim=pass header.i=@googlegroups.com header.s=20230601 header.b=%s;" % h(seed + "hb", 8),
          "       spf=pass (google.com: domain of %s designates 209.85.220.69 as permitted sender) "
          "smtp.mailfrom=%s;" % (bounce, bounce)]
    if m["client"] == "outlook":
        H.append("       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE arc=pass) header.from=googlegroups.com")
    else:
        H.append("       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")
    H += ["Return-Path: <%s>" % bounce,
          "Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
          "        by mx.google.com with SMTPS id 6a1803df08f44-%s.%d.2025.%02d.%02d.%02d.%02d.%02d"
          % (h(seed + "id", 12, "hex"), ts % 9 + 1, d.month, d.day, d.hour, d.minute, d.second),
          "        for <%s>" % OWNER,
          "        (Google Transport Security);",
          "        %s" % pdt(d + datetime.timedelta(seconds=2)),
          "Received-SPF: pass (google.com: domain of %s designates 209.85.220.69 as permitted sender) "
          "client-ip=209.85.220.69;" % bounce,
          "Authentication-Results: mx.google.com;",
          "       dkim=pass header.i=@googlegroups.com header.s=20230601 header.b=%s;" % h(seed + "hb", 8),
          "       spf=pass (google.com: domain of %s designates 209.85.220.69 as permitted sender) "
          "smtp.mailfrom=%s;" % (bounce, bounce),
          "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
          % ("googlegroups.com" if m["client"] == "outlook" else "gmail.com"),
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
          "        d=googlegroups.com; s=20230601; t=%d; x=%d; darn=gmail.com;" % (ts, ts + 604800),
          "        h=list-unsubscribe:list-subscribe:list-archive:list-help:list-post",
          "         :list-id:mailing-list:precedence:x-original-authentication-results",
          "         :x-original-sender:reply-to:to:subject:message-id:date:from",
          "         :mime-version:from:to:cc:subject:date:message-id:reply-to;",
          "        bh=%s=;" % h(seed + "bh2", 43),
          "        b=%s" % h(seed + "dk", 70),
          "         %s==" % h(seed + "dk2", 62),
          "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
          "        d=1e100.net; s=20230601; t=%d; x=%d;" % (ts, ts + 604800),
          "        h=list-unsubscribe:list-subscribe:list-archive:list-help:list-post",
          "         :list-id:mailing-list:precedence:x-original-authentication-results",
          "         :x-original-sender:reply-to:to:subject:message-id:date:from",
          "         :mime-version:x-beenthere:x-gm-message-state:from:to:cc:subject",
          "         :date:message-id:reply-to;",
          "        bh=%s=;" % h(seed + "bh2", 43),
          "        b=%s" % h(seed + "gdk", 70),
          "Sender: %s" % LIST,
          "X-Forwarded-Encrypted: i=1; AJvYcCV%s==" % h(seed + "fe", 60, "alnum"),
          "X-Gm-Message-State: AOJu0Y%s" % h(seed + "ms", 58, "alnum"),
          "X-Google-Smtp-Source: AGHT+IF%s==" % h(seed + "ss", 64, "alnum"),
          "X-BeenThere: %s" % LIST,
          "MIME-Version: 1.0"]
    if m["client"] == "outlook":
        H += ['From: "\'%s\' via %s" <%s>' % (name, LIST_NAME, LIST),
              "To: %s <%s>" % (LIST_NAME, LIST),
              "Subject: %s" % subj,
              "Thread-Topic: %s" % m["subject_full"].replace("RE: ", ""),
              "Thread-Index: AQHcCS%s" % h(seed + "ti", 30, "alnum"),
              "Date: %s" % d.astimezone(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000"),
              "Message-ID: <%s>" % m["msgid"]]
        if refs:
            H.append("References: %s" % " ".join("<%s>" % r for r in refs))
            H.append("In-Reply-To: <%s>" % refs[-1])
        H += ["Accept-Language: en-IN, en-US",
              "Content-Language: en-IN",
              "X-MS-Has-Attach:",
              "X-MS-TNEF-Correlator:",
              "msip_labels:",
              'Content-Type: %s; boundary="%s"' % (top_type, boundary),
              "X-Original-From: %s <%s>" % (name, mail),
              "X-Original-Sender: %s" % mail,
              "X-Original-Authentication-Results: mx.google.com;",
              "       dkim=pass header.i=@outlook.com header.s=selector1 header.b=%s;" % h(seed + "ob", 8),
              "       arc=pass (i=1);",
              "       spf=pass (google.com: domain of %s designates 2a01:111:f403:2c0a::82d as permitted "
              "sender) smtp.mailfrom=%s;" % (mail, mail),
              "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=outlook.com",
              "Reply-To: %s <%s>" % (name, mail)]
    else:
        H += ["Date: %s" % m["date"]]
        if refs:
            H.append("References: %s" % " ".join("<%s>" % r for r in refs))
            H.append("In-Reply-To: <%s>" % refs[-1])
        H += ["X-Gm-Features: Ac12FX%s" % h(seed + "gf", 70, "alnum"),
              "Message-ID: <%s>" % m["msgid"],
              "Subject: %s" % subj,
              "From: %s <%s>" % (name, mail),
              "To: %s <%s>" % (LIST_NAME, LIST),
              'Content-Type: %s; boundary="%s"' % (top_type, boundary),
              "X-Original-Sender: %s" % mail,
              "X-Original-Authentication-Results: mx.google.com;",
              "       dkim=pass header.i=@gmail.com header.s=20230601 header.b=%s;" % h(seed + "gb", 8),
              "       spf=pass (google.com: domain of %s designates 209.85.220.41 as permitted sender) "
              "smtp.mailfrom=%s;" % (mail, mail),
              "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
              "Reply-To: %s" % LIST]
    H += ["Precedence: list",
          "Mailing-list: list %s; contact upsc-mh-2026+owners@googlegroups.com" % LIST,
          "List-ID: <upsc-mh-2026.googlegroups.com>",
          "X-Spam-Checked-In-Group: %s" % mail,
          "X-Google-Group-Id: %s" % GROUP_ID,
          "List-Post: <https://groups.google.com/group/upsc-mh-2026/post>, <mailto:%s>" % LIST,
          "List-Help: <https://groups.google.com/support/>, <mailto:upsc-mh-2026+help@googlegroups.com>",
          "List-Archive: <https://groups.google.com/group/upsc-mh-2026",
          "List-Subscribe: <https://groups.google.com/group/upsc-mh-2026/subscribe>, "
          "<mailto:upsc-mh-2026+subscribe@googlegroups.com>",
          "List-Unsubscribe: <mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>," % GROUP_ID,
          " <https://groups.google.com/group/upsc-mh-2026/subscribe>"]
    return H


def render(msgs, attach):
    by_id = {i + 1: m for i, m in enumerate(msgs)}
    thrid = msgs[0]["gmid"]
    built = {}
    out = []
    for i, m in enumerate(msgs, 1):
        m["thrid"] = thrid
        if "reply-to-msg" in m:
            parent = by_id[int(m["reply-to-msg"])]
            m["refs"] = parent.get("refs", []) + [parent["msgid"]]
            m["subject_full"] = ("RE: " if m["client"] == "outlook" else "Re: ") + SUBJECT
        else:
            m["subject_full"] = SUBJECT
        b = build_parts(m, by_id, built)
        built[i] = b
        seed = m["msgid"]
        if m["client"] == "outlook":
            alt = "_000_%s_" % m["msgid"].split("@")[0]
            body = ["--" + alt,
                    'Content-Type: text/plain; charset="utf-8"',
                    "Content-Transfer-Encoding: base64", "",
                    b64(b.plain.encode("utf-8")), "",
                    "--" + alt,
                    'Content-Type: text/html; charset="utf-8"',
                    "Content-Transfer-Encoding: base64", "",
                    b64(b.html.encode("utf-8")), "",
                    "--" + alt + "--"]
            H = headers(m, by_id, alt, "multipart/alternative")
        else:
            alt = "000000000000%s" % h(seed + "alt", 16, "hex")
            body = ["--" + alt,
                    'Content-Type: text/plain; charset="UTF-8"',
                    "Content-Transfer-Encoding: quoted-printable", "",
                    qp(b.plain).rstrip("\n"),
                    "--" + alt,
                    'Content-Type: text/html; charset="UTF-8"',
                    "Content-Transfer-Encoding: quoted-printable", "",
                    qp(b.html).rstrip("\n"),
                    "--" + alt + "--"]
            top = "multipart/alternative"
            bound = alt
            if "attach" in m:
                mixed = "000000000000%s" % h(seed + "mix", 16, "hex")
                fname = m["attach"]
                pdf = make_pdf(attach[fname])
                aid = "f_me%s0" % h(seed + "aid", 6, "alnum").lower()
                body = (["--" + mixed,
                         'Content-Type: multipart/alternative; boundary="%s"' % alt, ""] + body +
                        ["", "--" + mixed,
                         'Content-Type: application/pdf; name="%s"' % fname,
                         'Content-Disposition: attachment; filename="%s"' % fname,
                         "Content-Transfer-Encoding: base64",
                         "Content-ID: <%s>" % aid,
                         "X-Attachment-Id: %s" % aid, "",
                         b64(pdf),
                         "--" + mixed + "--"])
                top, bound = "multipart/mixed", mixed
            H = headers(m, by_id, bound, top)
        out.append("\n".join(H) + "\n\n" + "\n".join(body) + "\n")
    return "\n".join(out)


def main():
    msgs, attach = read_source()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(msgs, attach))


if __name__ == "__main__":
    main()
