#!/usr/bin/python3
"""Check the heldout228 evaluation set.

Extracts the three documents' text as a reader sees it, with the standard library only:
  - Slack export .zip: every message of every day file of every channel folder, as Slack shows
    it (<url|label> shown as the label, <@U...> as @display name, <#C...|name> as #name,
    *bold* and _italic_ markers dropped, &amp; &lt; &gt; decoded), one unit per line of a
    message, plus the title and text of link unfurls; pinned_item previews and the root copy of
    a thread_broadcast are not shown again;
  - OpenDocument presentation (.odp): one unit per text:p of content.xml (slide text boxes,
    table cells and speaker notes), text:s / text:tab / text:line-break honoured;
  - e-mail (.eml): the Subject, then the single text/plain part decoded and unwrapped as a
    format=flowed reader shows it (RFC 3676: quote depth removed, space-stuffing undone, soft
    line breaks joined), one unit per unwrapped line.
Then it checks: every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q,
accept (one or two strings) and section (a non-empty list of strings); 25 questions per document
and 12 out-of-scope ones holding only q; every accept string is ASCII, 5 to 12 words long, lies
inside one unit of its own document (whitespace collapsed) and occurs exactly once, ignoring case,
in the three documents' text taken together; at least one section name of every question occurs
in its document; each document has 1,300 to 1,800 words; the .zip files are sound (the .odp with
a stored "mimetype" entry first, every XML part parsing; the Slack day files JSON lists of
messages); the .eml is one text/plain part with format=flowed; and make_slack.py, make_odp.py
and make_eml.py re-make the three documents byte for byte (into a temporary directory).
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "envt-circle-slack-export": ("docs/envt-circle-slack-export.zip", "make_slack.py"),
    "bd-act-2023-amendment-lecture": ("docs/bd-act-2023-amendment-lecture.odp", "make_odp.py"),
    "mentor-nba-abs-notes": ("docs/mentor-nba-abs-notes.eml", "make_eml.py"),
}
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------ Slack

def slack_shown(text, names, chans):
    text = re.sub(r"<(https?://[^>|]+)\|([^>]+)>", r"\2", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"<@(U\w+)>", lambda m: "@" + names.get(m.group(1), m.group(1)), text)
    text = re.sub(r"<#(C\w+)\|([^>]*)>", lambda m: "#" + (m.group(2) or chans.get(m.group(1), "")),
                  text)
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", text)
    return html.unescape(text)


def slack_units(full, problems):
    units = []
    with zipfile.ZipFile(full) as z:
        if z.testzip() is not None:
            problems.append("%s: bad zip member" % full)
        names = z.namelist()
        for top in ("channels.json", "users.json", "integration_logs.json"):
            if top not in names:
                problems.append("%s: no %s" % (full, top))
        users = json.loads(z.read("users.json"))
        chans = json.loads(z.read("channels.json"))
        display = {u["id"]: u["profile"].get("display_name") or u["real_name"] for u in users}
        cnames = {c["id"]: c["name"] for c in chans}
        for c in chans:
            days = sorted(n for n in names if re.fullmatch(re.escape(c["name"]) +
                                                          r"/\d{4}-\d\d-\d\d\.json", n))
            if not days:
                problems.append("%s: no day files for #%s" % (full, c["name"]))
            for d in days:
                msgs = json.loads(z.read(d))
                if not isinstance(msgs, list) or not all(
                        m.get("type") == "message" and "ts" in m for m in msgs):
                    problems.append("%s: %s is not a list of messages" % (full, d))
                    continue
                for m in msgs:
                    if m.get("subtype") == "pinned_item":
                        shown = [slack_shown(m.get("text", ""), display, cnames)]
                    else:
                        shown = slack_shown(m.get("text", ""), display, cnames).split("\n")
                        for a in m.get("attachments", []):
                            shown += [a.get("title", ""), a.get("text", "")]
                    units.extend(ws(l) for l in shown if ws(l))
    return units


# -------------------------------------------------------------------------------- ODP

def odp_text(el):
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag
        if tag == T + "s":
            out.append(" " * int(ch.get(T + "c", "1")))
        elif tag == T + "tab":
            out.append("\t")
        elif tag == T + "line-break":
            out.append("\n")
        else:
            out.append(odp_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def odp_units(full, problems):
    with zipfile.ZipFile(full) as z:
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or \
                z.read("mimetype") != b"application/vnd.oasis.opendocument.presentation":
            problems.append("%s: mimetype entry is not first and stored" % full)
        for n in z.namelist():
            if n.endswith(".xml"):
                try:
                    ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    problems.append("%s: %s does not parse (%s)" % (full, n, e))
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for p in root.iter(T + "p"):
        for line in odp_text(p).split("\n"):
            if ws(line):
                units.append(ws(line))
    return units


# -------------------------------------------------------------------------------- EML

def unflow(text):
    """RFC 3676 (format=flowed, delsp=no) as a mail reader shows it."""
    out, buf, depth = [], None, 0
    for raw in text.split("\n"):
        raw = raw.rstrip("\r")
        q = len(raw) - len(raw.lstrip(">"))
        line = raw[q:]
        if line.startswith(" "):
            line = line[1:]
        if buf is not None and q != depth:
            out.append(buf)
            buf = None
        depth = q
        buf = line if buf is None else buf + line
        if line.endswith(" ") and line != "-- ":
            continue
        out.append(buf)
        buf = None
    if buf is not None:
        out.append(buf)
    return out


def eml_units(full, problems):
    with open(full, "rb") as f:
        raw = f.read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("%s: bare LF line ends" % full)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.is_multipart() or msg.get_content_type() != "text/plain":
        problems.append("%s: not a single text/plain part" % full)
    if msg.get_param("format") != "flowed":
        problems.append("%s: not format=flowed" % full)
    body = msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8")
    units = [ws(str(msg["subject"]))]
    units += [ws(l) for l in unflow(body) if ws(l)]
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".zip"):
        return slack_units(full, problems)
    if path.endswith(".odp"):
        return odp_units(full, problems)
    return eml_units(full, problems)


# ------------------------------------------------------------------------------- main

def read_jsonl(fn, problems):
    objs = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            objs.append((i, json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return len(lines), objs


def main():
    problems = []
    units = {k: units_of(v[0], problems) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = len(" ".join(u).split())
        print("%s: %d units, %d words" % (k, len(u), n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (k, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        count, objs = read_jsonl(fn, problems)
        n_q += count
        if count != 25:
            problems.append("%s: %d questions, expected 25" % (fn, count))
        for i, obj in objs:
            where = "%s:%d" % (fn, i)
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: empty q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(
                    isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
                sec = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept item not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
            if sec and not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
    count, objs = read_jsonl("oos.jsonl", problems)
    if count != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % count)
    for i, obj in objs:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str) \
                or not obj["q"].strip():
            problems.append("oos.jsonl:%d: must hold only a non-empty q" % i)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out],
                               capture_output=True, text=True)
            if r.returncode != 0:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(out, "rb") as f, open(os.path.join(ROOT, path), "rb") as g:
                if f.read() != g.read():
                    problems.append("tools/%s does not re-make %s byte for byte" % (script, path))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, count))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
