#!/usr/bin/python3
"""Re-make docs/poverty-lines.eml from tools/poverty-lines.txt.

The source text is the message as Gmail's text/plain part shows it: `*bold*` heading lines,
`   - ` bullets, `   1. ` numbered items, the `-- ` signature separator and, after the
"On ... wrote:" line, the quoted earlier mail with `> ` lines. This script builds the matching
Gmail-style text/html part from it, encodes both parts quoted-printable (UTF-8) and writes a
multipart/alternative message with CRLF line ends, as Gmail's "Download message" saves it.
Standard library only; the output is byte-for-byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_eml.py
"""
import os
import quopri
import re
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "poverty-lines.txt")
OUT = os.path.join(HERE, "..", "docs", "poverty-lines.eml")
BOUNDARY = "000000000000c4f1a20639a1d3e7"

HEADERS = [
    "Delivered-To: rohit.verma.gs14@gmail.com",
    "Received: by 2002:a05:7010:5a8c:b0:3f1:2c44:9e0b with SMTP id t12csp1187421mdb;",
    "        Sun, 6 Jul 2025 09:11:52 -0700 (PDT)",
    "X-Received: by 2002:a17:90b:3c4e:b0:31a:7f02:1c9d with SMTP id"
    " 98e67ed59e1d1-31c3c1e7a55mr14025837a91.12.1751818312284;",
    "        Sun, 06 Jul 2025 09:11:52 -0700 (PDT)",
    "Return-Path: <anjali.deshpande.econ@gmail.com>",
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])",
    "        by mx.google.com with SMTPS id 98e67ed59e1d1-31c2f3b7d10sor3016748a91.7.2025.07.06.09.11.52",
    "        for <rohit.verma.gs14@gmail.com>",
    "        (Google Transport Security);",
    "        Sun, 06 Jul 2025 09:11:52 -0700 (PDT)",
    "MIME-Version: 1.0",
    "References: <CAJx7Lq0e3VfR1s8mZ6k2n4hTq9WbY5uPz0aKd1Gc3xEo8Nr2Hw@mail.gmail.com>",
    "In-Reply-To: <CAJx7Lq0e3VfR1s8mZ6k2n4hTq9WbY5uPz0aKd1Gc3xEo8Nr2Hw@mail.gmail.com>",
    "From: Anjali Deshpande <anjali.deshpande.econ@gmail.com>",
    "Date: Sun, 6 Jul 2025 21:41:09 +0530",
    "Message-ID: <CAM5hX2r9Bq4tYk0Lw7nZp3eVd8sJf6uGc1aHm0xRy2Ti5Ko9Pq@mail.gmail.com>",
    "Subject: Re: Doubt - Tendulkar 21.9% vs Rangarajan 29.5% + World Bank line??",
    "To: Rohit Verma <rohit.verma.gs14@gmail.com>",
    "Cc: GS Foundation Batch 14 <gs-foundation-batch14@googlegroups.com>",
    'Content-Type: multipart/alternative; boundary="%s"' % BOUNDARY,
]

QUOTE_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"


def html_lines(lines):
    """Gmail compose HTML for a run of source lines."""
    out, i = [], 0
    while i < len(lines):
        s = lines[i]
        m_ul = s.startswith("   - ")
        m_ol = re.match(r"   \d+\. ", s)
        if m_ul or m_ol:
            tag = "ul" if m_ul else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("   - ") if m_ul
                                      else re.match(r"   \d+\. ", lines[i])):
                items.append(re.sub(r"^   (- |\d+\. )", "", lines[i]))
                i += 1
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % escape(t, quote=False)
                                                    for t in items), tag))
            continue
        if not s.strip():
            out.append("<div><br></div>")
        elif s.startswith("*") and s.endswith("*") and len(s) > 2:
            out.append("<div><b>%s</b></div>" % escape(s[1:-1], quote=False))
        else:
            out.append("<div>%s</div>" % escape(s, quote=False))
        i += 1
    return "".join(out)


def unwrap(lines):
    """The quoted mail was written in Gmail too: its HTML has whole paragraphs, while the
    plain text quote is hard-wrapped at about 76 columns. Join a wrapped line (60 or more
    characters) to the line after it; short lines (greeting, sign-off) stay as they are."""
    out = []
    for l in lines:
        if out and out[-1].strip() and l.strip() and len(out[-1].split("\n")[-1]) >= 60:
            out[-1] = out[-1] + "\n" + l
        else:
            out.append(l)
    return [l.replace("\n", " ") for l in out]


def parts():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    lines = text.rstrip("\n").split("\n")
    sig = lines.index("-- ")
    attr = next(i for i, l in enumerate(lines) if l.startswith("On ") and l.endswith("wrote:"))
    body, signature = lines[:sig], lines[sig + 1:attr]
    while signature and not signature[-1].strip():
        signature.pop()
    quoted = [re.sub(r"^> ?", "", l) for l in lines[attr + 1:] if l.startswith(">")]
    while body and not body[-1].strip():
        body.pop()

    m = re.match(r"(On .*?), (.*) <(.*)> wrote:", lines[attr])
    attr_html = '%s, %s &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br>' % (
        escape(m.group(1)), escape(m.group(2)), m.group(3), m.group(3))
    html = (
        '<div dir="ltr">' + html_lines(body) +
        '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' +
        "".join("<div>%s</div>" % escape(l, quote=False) for l in signature) +
        "</div></div></div><br>"
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
        attr_html + '</div><blockquote class="gmail_quote" style="%s"><div dir="ltr">' % QUOTE_STYLE +
        html_lines(unwrap(quoted)) +
        "</div></blockquote></div>\n"
    )
    plain = text if text.endswith("\n") else text + "\n"
    return plain, html


def qp(s):
    return quopri.encodestring(s.encode("utf-8"), quotetabs=False).decode("ascii")


def build():
    plain, html = parts()
    out = HEADERS + [
        "",
        "--" + BOUNDARY,
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(plain).rstrip("\n"),
        "",
        "--" + BOUNDARY,
        'Content-Type: text/html; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(html).rstrip("\n"),
        "",
        "--" + BOUNDARY + "--",
        "",
    ]
    return "\r\n".join("\n".join(out).split("\n")).encode("ascii")


if __name__ == "__main__":
    with open(OUT, "wb") as f:
        f.write(build())
