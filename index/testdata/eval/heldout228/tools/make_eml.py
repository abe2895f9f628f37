#!/usr/bin/python3
"""Make docs/mentor-nba-abs-notes.eml from tools/mentor-nba-abs-notes.txt.

The file is a mentor's reply as the student's Outlook.com mailbox hands it back with
"Download" (.eml): the mentor wrote it in Mozilla Thunderbird and sent it through his academy's
Google Workspace account, so the message carries, top to bottom, Outlook's own Received hops,
its Authentication-Results and Received-SPF lines, Google's Received/DKIM-Signature/
X-Google-DKIM-Signature/X-Gm-Message-State/X-Google-Smtp-Source/X-Received lines, Return-Path,
the sending hop from the mentor's machine, then Thunderbird's own headers in Thunderbird's order
(Message-ID, Date, User-Agent, Subject, To, References, Content-Language, From, In-Reply-To,
Content-Type, Content-Transfer-Encoding), after them Exchange Online Protection's X-MS-Exchange-*
and X-Microsoft-Antispam* stamps, and MIME-Version moved to the end as Exchange stores it. CRLF line ends throughout; folded headers.
The body is a single text/plain part, UTF-8, 8bit, format=flowed (RFC 3676): paragraphs wrapped
at 72 columns with a trailing space on every soft-broken line, lines that begin with a space
space-stuffed, the "-- " signature separator kept, and the student's earlier mail quoted below
the signature with "> " after Thunderbird's "On <date>, <name> wrote:" line.

Run: /usr/bin/python3 tools/make_eml.py [out.eml]   (the output is byte-for-byte stable)
"""
import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mentor-nba-abs-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "mentor-nba-abs-notes.eml")
WIDTH = 72


def b64(seed, n):
    """Deterministic base64-looking noise for signatures and opaque ids."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return base64.b64encode(out[:n]).decode()


def hexid(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def guid(seed):
    h = hashlib.md5(seed.encode()).hexdigest()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def parse():
    head, body, quote, mode = {}, [], [], "head"
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if mode == "head":
                if line.startswith("#"):
                    continue
                if line == "@body":
                    mode = "body"
                    continue
                if line.startswith("@"):
                    k, v = line[1:].split(" ", 1)
                    head[k] = v
            elif mode == "body":
                if line == "@quote":
                    mode = "quote"
                    continue
                body.append(line)
            else:
                quote.append(line)
    while quote and not quote[-1]:
        quote.pop()
    return head, body, quote


def stuff(line):
    if line.startswith((" ", ">", "From ")):
        return " " + line
    return line


def flow(line):
    """Wrap one logical line the way Thunderbird sends format=flowed text."""
    if line == "-- ":
        return ["-- "]
    if len(line) <= WIDTH:
        return [stuff(line)]
    lead = len(line) - len(line.lstrip(" "))
    words = line[lead:].split(" ")
    out, cur = [], line[:lead] + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) <= WIDTH:
            cur += " " + w
        else:
            out.append(cur + " ")
            cur = w
    out.append(cur)
    return [stuff(l) for l in out]


def fold(name, value):
    return "%s: %s" % (name, value)


def headers(h, body_bytes):
    msgid = h["message-id"]
    irt = h["in-reply-to"]
    rec = h["received"]  # Outlook's arrival time, UTC
    day = "Sat, 17 May 2025"
    t0 = rec.split()[-2]  # 17:11:09
    hh, mm, ss = t0.split(":")
    local_pdt = "%s %02d:%s:%s -0700 (PDT)" % (day, int(hh) - 7, mm, ss)
    net = guid("netmsg" + msgid)
    tenant = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"
    bh = base64.b64encode(hashlib.sha256(body_bytes).digest()).decode()
    lines = [
        "Received: from PN3P287MB1843.INDP287.PROD.OUTLOOK.COM (2603:1096:c01:1b4::9) by",
        " PN2P287MB0718.INDP287.PROD.OUTLOOK.COM with HTTPS; %s 17:11:12" % day,
        " +0000",
        "Received: from DM6PR07CA0083.namprd07.prod.outlook.com (2603:10b6:5:337::16)",
        " by PN3P287MB1843.INDP287.PROD.OUTLOOK.COM (2603:1096:c01:1b4::9) with",
        " Microsoft SMTP Server (version=TLS1_2,",
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.31; Sat, 17 May",
        " 2025 17:11:11 +0000",
        "Received: from DS1PEPF00017092.namprd03.prod.outlook.com",
        " (2603:10b6:5:337:cafe::4f) by DM6PR07CA0083.outlook.office365.com",
        " (2603:10b6:5:337::16) with Microsoft SMTP Server (version=TLS1_3,",
        " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8746.20 via Frontend Transport; Sat,",
        " 17 May 2025 17:11:10 +0000",
        "Authentication-Results: spf=pass (sender IP is 209.85.216.52)",
        " smtp.mailfrom=sankalpias.in; dkim=pass (signature was verified)",
        " header.d=sankalpias.in;dmarc=pass action=none",
        " header.from=sankalpias.in;compauth=pass reason=100",
        "Received-SPF: Pass (protection.outlook.com: domain of sankalpias.in designates",
        " 209.85.216.52 as permitted sender) receiver=protection.outlook.com;",
        " client-ip=209.85.216.52; helo=mail-pj1-f52.google.com; pr=C",
        "Received: from mail-pj1-f52.google.com (209.85.216.52) by",
        " DS1PEPF00017092.mail.protection.outlook.com (10.167.17.135) with Microsoft",
        " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8746.20",
        " via Frontend Transport; Sat, 17 May 2025 17:11:10 +0000",
        "Received: by mail-pj1-f52.google.com with SMTP id 98e67ed59e1d1-30e8f4dbb72so1841172a91.2",
        "        for <ananya.kulkarni98@outlook.com>; %s" % local_pdt,
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
        "        d=sankalpias.in; s=google; t=1747501869; x=1748106669; darn=outlook.com;",
        "        h=content-transfer-encoding:in-reply-to:from:content-language",
        "         :references:to:subject:user-agent:mime-version:date:message-id:from",
        "         :to:cc:subject:date:message-id:reply-to;",
        "        bh=%s;" % bh,
    ]
    sig = b64("dkim" + msgid, 256)
    lines.append("        b=" + sig[:70])
    for i in range(70, len(sig), 71):
        lines.append("         " + sig[i:i + 71])
    xsig = b64("xdkim" + msgid, 256)
    lines += [
        "X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
        "        d=1e100.net; s=20230601; t=1747501869; x=1748106669;",
        "        h=content-transfer-encoding:in-reply-to:from:content-language",
        "         :references:to:subject:user-agent:mime-version:date:message-id",
        "         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;",
        "        bh=%s;" % bh,
        "        b=" + xsig[:70],
    ]
    for i in range(70, len(xsig), 71):
        lines.append("         " + xsig[i:i + 71])
    state = b64("gmstate" + msgid, 72)
    lines += [
        "X-Gm-Message-State: AOJu0Y%s" % state[:60],
        "\t%s" % (state[60:] + b64("gm2" + msgid, 45))[:68],
        "X-Google-Smtp-Source: AGHT+IH%s" % b64("smtpsrc" + msgid, 66).rstrip("="),
        "X-Received: by 2002:a17:90b:3a4c:b0:30e:3718:e9d with SMTP id 98e67ed59e1d1-30e7d5aa1b2mr12068711a91.22.1747501868890;",
        "        %s" % local_pdt.replace(":%s " % ss, ":%02d " % (int(ss) - 1)),
        "Return-Path: ravi.menon@sankalpias.in",
        "Received: from [192.168.1.9] ([49.37.162.118])",
        "        by smtp.gmail.com with ESMTPSA id 98e67ed59e1d1-30e7b2a9e3bsm3915542a91.21.2025.05.17.10.11.07",
        "        for <ananya.kulkarni98@outlook.com>",
        "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);",
        "        %s" % local_pdt.replace(":%s " % ss, ":%02d " % (int(ss) - 1)),
        "Message-ID: %s" % msgid,
        "Date: %s" % h["date"],
        "User-Agent: Mozilla Thunderbird",
        "Subject: %s" % h["subject"],
        "To: %s" % h["to"],
        "References: %s" % irt,
        "Content-Language: en-US",
        "From: %s" % h["from"].replace("Ravi S. Menon", '"Ravi S. Menon"'),
        "In-Reply-To: %s" % irt,
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "X-MS-Exchange-Organization-ExpirationStartTime: 17 May 2025 17:11:10.6020",
        " (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        "X-MS-Exchange-Organization-Network-Message-Id: %s" % net,
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: %s:0" % tenant,
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        "X-MS-TrafficTypeDiagnostic:",
        " DS1PEPF00017092:EE_|PN3P287MB1843:EE_|PN2P287MB0718:EE_",
        "X-MS-Exchange-Organization-AuthSource:",
        " DS1PEPF00017092.namprd03.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-UserLastLogonTime: 5/17/2025 4:58:40 PM",
        "X-MS-Office365-Filtering-Correlation-Id: %s" % guid("corr" + msgid),
        "X-MS-Exchange-EOPDirect: true",
        "X-Sender-IP: 209.85.216.52",
        "X-SID-PRA: RAVI.MENON@SANKALPIAS.IN",
        "X-SID-Result: PASS",
        "X-MS-Exchange-Organization-PCL: 2",
        "X-MS-Exchange-Organization-SCL: 1",
        "X-Microsoft-Antispam:",
        " BCL:0;ARA:1444111002|461199028|8060799006|5062899012|5072599009|970799057|2040199003|3412199025|440099028|69100299015;",
        "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 17 May 2025 17:11:10.5239",
        " (UTC)",
        "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % net,
        "X-MS-Exchange-CrossTenant-Id: %s" % tenant,
        "X-MS-Exchange-CrossTenant-AuthSource:",
        " DS1PEPF00017092.namprd03.prod.outlook.com",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        "X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:",
        " 00000000-0000-0000-0000-000000000000",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: PN3P287MB1843",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.6218341",
        "X-MS-Exchange-Processed-By-BccFoldering: 15.20.8722.020",
        "X-Microsoft-Antispam-Mailbox-Delivery:",
        " ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003)(1420103);",
        "X-Microsoft-Antispam-Message-Info:",
    ]
    info = b64("msginfo" + msgid, 540).replace("=", "")
    for i in range(0, len(info), 60):
        lines.append("%s=?us-ascii?Q?%s?=" % ("\t" if i == 0 else " ", info[i:i + 60]))
    lines.append("MIME-Version: 1.0")
    return lines


def build(out):
    h, body, quote = parse()
    text = []
    for line in body:
        text.extend(flow(line) if line else [""])
    text.append("")
    text.append(h["quote-intro"])
    for q in quote:
        text.append("> " + q if q else ">")
    text.append("")
    body_bytes = ("\r\n".join(text) + "\r\n").encode("utf-8")
    head = "\r\n".join(headers(h, body_bytes)) + "\r\n\r\n"
    with open(out, "wb") as f:
        f.write(head.encode("ascii") + body_bytes)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
