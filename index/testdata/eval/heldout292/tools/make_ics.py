#!/usr/bin/python3
"""Re-make docs/gs3-ibc-sprint.ics, a Google Calendar export, from tools/gs3-ibc-sprint.txt.

Run: /usr/bin/python3 tools/make_ics.py [OUTPUT]
Standard library only. Writes what Google Calendar's "Export" gives for one secondary
calendar: a VCALENDAR (PRODID "-//Google Inc//Google Calendar 70.9054//EN", METHOD:PUBLISH,
X-WR-CALNAME, X-WR-TIMEZONE, X-WR-CALDESC) with one VTIMEZONE for Asia/Kolkata and the
events in the order Google wrote them. Each VEVENT has Google's property order (DTSTART,
DTEND, RRULE, DTSTAMP, ORGANIZER, UID, ATTENDEE, X-GOOGLE-CONFERENCE, RECURRENCE-ID, CREATED,
DESCRIPTION, LAST-MODIFIED, LOCATION, SEQUENCE, STATUS, SUMMARY, TRANSP) and a VALARM where
the event had a reminder. Text values are escaped (backslash, ";", "," and newlines as \\n),
a Meet event's description ends with Google's "-::~:~::~" join block, and every content
line is folded at 75 octets (CRLF, then one space) without splitting a UTF-8 character.
UIDs are made from each event's seed, so the file is the same on every run.
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs3-ibc-sprint.txt")
OUT = os.path.join(HERE, "..", "docs", "gs3-ibc-sprint.ics")
CAL_ID = "c_5e0f3a9d1b7c48e2a6d4f0b19c83e7a2d5b6f1c0e9a84d37b2c5e6f7a8091b2c@group.calendar.google.com"
DTSTAMP = "20251001T043012Z"   # the moment of the export
TZ = "Asia/Kolkata"
MEET_RULE = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    data = line.encode("utf-8")
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += b
    out.append(cur)
    assert b"".join(o[1:] if i else o for i, o in enumerate(out)) == data
    return b"\r\n".join(out)


def uid(seed):
    h = hashlib.sha1(("ibc-sprint/" + seed).encode()).digest()
    alphabet = "0123456789abcdefghijklmnopqrstuv"
    n = int.from_bytes(h[:17], "big")
    s = ""
    for _ in range(26):
        n, r = divmod(n, 32)
        s += alphabet[r]
    return s + "@google.com"


def stamp(local):
    """'2025-09-12 21:14:08' IST -> UTC basic format."""
    d, t = local.split(" ")
    y, mo, da = (int(x) for x in d.split("-"))
    hh, mm, ss = (int(x) for x in t.split(":"))
    mins = hh * 60 + mm - 330
    if mins < 0:
        mins += 1440
        da -= 1   # no month-start dates are used for stamps
    return "%04d%02d%02dT%02d%02d%02dZ" % (y, mo, da, mins // 60, mins % 60, ss)


def local(v):
    d, t = v.split(" ")
    return d.replace("-", "") + "T" + t.replace(":", "") + "00"


def day_after(d):
    y, m, dd = (int(x) for x in d.split("-"))
    days = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    dd += 1
    if dd > days:
        dd, m = 1, m + 1
        if m > 12:
            m, y = 1, y + 1
    return "%04d%02d%02d" % (y, m, dd)


def parse(text):
    cal, events, cur, key = {}, [], None, None
    for line in text.split("\n"):
        if line.startswith("%%"):
            continue
        m = re.match(r"^@@ ([a-z-]+)(?:: ?(.*))?$", line)
        if m:
            k, v = m.group(1), m.group(2)
            if k == "calendar":
                cur = cal
            elif k == "event":
                cur = {"attendee": []}
                events.append(cur)
            elif k == "description":
                cur["description"], key = [], "description"
                continue
            elif k == "attendee":
                cur["attendee"].append(v)
            else:
                cur[k] = v
            key = None
            continue
        if key:
            cur[key].append(line)
    for c in [cal] + events:
        lines = c.get("description", [])
        while lines and not lines[-1].strip():
            lines.pop()
        c["description"] = ("" if c.get("html") == "yes" else "\n").join(lines)
    return cal, events


def build(text):
    cal, events = parse(text)
    out = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
           "X-WR-CALNAME:" + escape(cal["name"]), "X-WR-TIMEZONE:" + TZ,
           "X-WR-CALDESC:" + escape(cal["description"]),
           "BEGIN:VTIMEZONE", "TZID:" + TZ, "X-LIC-LOCATION:" + TZ, "BEGIN:STANDARD",
           "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST",
           "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    for e in events:
        out.append("BEGIN:VEVENT")
        if "date" in e:
            out.append("DTSTART;VALUE=DATE:" + e["date"].replace("-", ""))
            out.append("DTEND;VALUE=DATE:" + day_after(e["date"]))
        else:
            out.append("DTSTART;TZID=%s:%s" % (TZ, local(e["start"])))
            out.append("DTEND;TZID=%s:%s" % (TZ, local(e["end"])))
        if "rrule" in e:
            out.append("RRULE:" + e["rrule"])
        out.append("DTSTAMP:" + DTSTAMP)
        if "organizer" in e:
            name, mail = [x.strip() for x in e["organizer"].split("|")]
            out.append("ORGANIZER;CN=%s:mailto:%s" % (name, mail))
        out.append("UID:" + uid(e["seed"]))
        for a in e["attendee"]:
            name, mail, stat = [x.strip() for x in a.split("|")]
            out.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;"
                       "CN=%s;X-NUM-GUESTS=0:mailto:%s" % (stat, name, mail))
        desc = e["description"]
        if "meet" in e:
            url = "https://meet.google.com/" + e["meet"]
            out.append("X-GOOGLE-CONFERENCE:" + url)
            desc += ("\n\n" + MEET_RULE + "\nJoin with Google Meet: " + url +
                     "\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
                     "\n\nPlease do not edit this section.\n" + MEET_RULE)
        if "recurrence-id" in e:
            out.append("RECURRENCE-ID;TZID=%s:%s" % (TZ, local(e["recurrence-id"])))
        out.append("CREATED:" + stamp(e["created"]))
        out.append("DESCRIPTION:" + escape(desc))
        out.append("LAST-MODIFIED:" + stamp(e["modified"]))
        out.append("LOCATION:" + escape(e.get("location", "")))
        out.append("SEQUENCE:" + e.get("sequence", "0"))
        out.append("STATUS:CONFIRMED")
        out.append("SUMMARY:" + escape(e["summary"]))
        out.append("TRANSP:" + ("TRANSPARENT" if "date" in e else "OPAQUE"))
        if "alarm" in e:
            out.extend(["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                        "TRIGGER:-P0DT0H%sM0S" % e["alarm"], "END:VALARM"])
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return b"".join(fold(l) + b"\r\n" for l in out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read())
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
