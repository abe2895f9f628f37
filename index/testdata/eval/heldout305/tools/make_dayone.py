#!/usr/bin/python3
"""Make docs/Journal.json from tools/Journal.txt.

The output is the Journal.json that Day One's "Export > JSON" puts in its zip (the photos
folder is not kept in this set). It is written the way Apple's NSJSONSerialization pretty-prints:
two-space indent, "key" : value with a space on both sides of the colon, every "/" escaped as
"\\/", non-ASCII as raw UTF-8, doubles printed with 17 significant digits (18.600000000000001),
and the keys of each entry in the dictionary's own unsorted order, which differs from entry to
entry. The top object holds "metadata" (version 1.0) and "entries". Each entry has uuid
(32 upper-case hex digits), creationDate and modifiedDate (ISO 8601, UTC, "Z"), timeZone, starred,
isPinned, isAllDay, duration, editingTime, the creation device fields, tags, a location (region
with center and radius, placeName, localityName, administrativeArea, country, latitude,
longitude, timeZoneName), weather (conditions, code, temperature, humidity, pressure, wind,
sunrise and sunset, moon phase, service name), the entry "text" in Day One's markdown with its
backslash escapes (a literal "!" becomes "\\!", a photo becomes "![](dayone-moment://<id>)") and
the same content again as "richText", a JSON string of Day One's rich-text runs; an entry with
a picture carries a photos list (identifier, md5, type, size, camera, date, orderInEntry).

Run from anywhere: /usr/bin/python3 tools/make_dayone.py  (output is byte-for-byte stable)
"""
import hashlib
import json
import os
import random
import re
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Journal.txt")
OUT = os.path.join(HERE, "..", "docs", "Journal.json")


def hexid(seed):
    return hashlib.md5(seed.encode("utf-8")).hexdigest().upper()


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def dayone_escape(line):
    """Day One's markdown escapes for a literal character in the typed text."""
    return re.sub(r"([!#\[\]\\])", r"\\\1", line)


def md_text(text, photo_id):
    out = []
    for line in text.split("\n"):
        if line == "{photo}":
            out.append("![](dayone-moment://%s)" % photo_id)
            continue
        m = re.match(r"^(#{1,3} |- \[[ x]\] |- |\d+\. |> )?(.*)$", line)
        out.append((m.group(1) or "") + dayone_escape(m.group(2)))
    return "\n".join(out)


RUN = re.compile(r"\*\*([^*]+)\*\*|\*([^*]+)\*|==([^=]+)==")


def rich_text(text, photo_id, seed):
    contents = []
    for n, line in enumerate(text.split("\n")):
        if line == "{photo}":
            contents.append({"embeddedObjects": [{"type": "photo", "identifier": photo_id}]})
            continue
        attrs = {"identifier": hexid("%s/line/%d" % (seed, n))}
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            attrs["header"] = len(m.group(1))
            line = m.group(2)
        elif re.match(r"^- \[[ x]\] ", line):
            attrs.update(listStyle="checkbox", indentLevel=1, checked=line[3] == "x")
            line = line[6:]
        elif line.startswith("- "):
            attrs.update(listStyle="bulleted", indentLevel=1)
            line = line[2:]
        elif re.match(r"^\d+\. ", line):
            num, _, line = line.partition(". ")
            attrs.update(listStyle="numbered", indentLevel=1, listIndex=int(num))
        elif line.startswith("> "):
            attrs["quote"] = True
            line = line[2:]
        pos, runs = 0, []
        for r in RUN.finditer(line):
            if r.start() > pos:
                runs.append({"text": line[pos:r.start()]})
            if r.group(1):
                runs.append({"text": r.group(1), "attributes": {"bold": True}})
            elif r.group(2):
                runs.append({"text": r.group(2), "attributes": {"italic": True}})
            else:
                runs.append({"text": r.group(3), "attributes": {"highlightedColor": "#FFC412"}})
            pos = r.end()
        runs.append({"text": line[pos:] + "\n"})
        runs[0].setdefault("attributes", {})["line"] = attrs
        contents.extend(runs)
    doc = {"meta": {"version": 1, "small-lines-removed": True,
                    "created": {"platform": "com.bloombuilt.dayone-ios", "version": 1661}},
           "contents": contents}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def ns_dump(obj, indent=0):
    """NSJSONSerialization-style pretty printing."""
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{\n\n" + pad + "}"
        items = ['%s  %s : %s' % (pad, ns_str(k), ns_dump(v, indent + 1)) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[\n\n" + pad + "]"
        items = ["%s  %s" % (pad, ns_dump(v, indent + 1)) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        return "%.17g" % obj
    return ns_str(obj)


def ns_str(s):
    return json.dumps(s, ensure_ascii=False).replace("/", "\\/")


def parse():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    entries = []
    for chunk in src.split("\n@@\n")[1:]:
        head, _, text = chunk.partition("\n--\n")
        h = {"text": text.rstrip("\n")}
        for line in head.split("\n"):
            key, _, val = line.partition(": ")
            h[key] = val
        entries.append(h)
    return entries


def entry(h):
    created = datetime.strptime(h["created"], "%Y-%m-%dT%H:%M:%SZ")
    modified = datetime.strptime(h["modified"], "%Y-%m-%dT%H:%M:%SZ")
    uid = hexid("entry/" + h["created"])
    photo_id = hexid("photo/" + h["created"])
    dev_name, dev_model, os_ver = h["device"].split(" | ")
    place, locality, area, country, lat, lon = h["place"].split(" | ")
    lat, lon = float(lat), float(lon)
    cond, code, temp, hum, pres, wind = h["weather"].split(" | ")
    day = created.replace(hour=0, minute=0, second=0)
    rng = random.Random(uid)
    location = {
        "region": {"center": {"longitude": lon, "latitude": lat}, "radius": 75.0,
                   "identifier": "<%+.8f,%+.8f> radius 75.00" % (lat, lon)},
        "localityName": locality, "country": country, "timeZoneName": h["tz"],
        "administrativeArea": area, "longitude": lon, "placeName": place, "latitude": lat,
    }
    weather = {
        "sunsetDate": iso(day + timedelta(hours=11, minutes=rng.randint(20, 59))),
        "temperatureCelsius": float(temp), "weatherServiceName": "Apple Weather",
        "windBearing": rng.randint(0, 359), "sunriseDate": iso(day + timedelta(minutes=rng.randint(-40, 20))),
        "conditionsDescription": cond, "pressureMB": float(pres),
        "moonPhase": round(rng.random(), 2), "visibilityKM": float(rng.randint(2, 16)),
        "relativeHumidity": float(hum), "windSpeedKPH": float(wind), "weatherCode": code,
        "windChillCelsius": float(temp), "moonPhaseCode": rng.choice(
            ["waxing-crescent", "first-quarter", "waxing-gibbous", "full", "waning-gibbous",
             "last-quarter", "waning-crescent", "new"]),
    }
    e = {
        "uuid": uid,
        "creationDate": iso(created),
        "modifiedDate": iso(modified),
        "starred": h.get("starred") == "yes",
        "isPinned": h.get("pinned") == "yes",
        "isAllDay": False,
        "duration": 0,
        "editingTime": round((modified - created).total_seconds() * rng.uniform(0.05, 0.3), 3),
        "timeZone": h["tz"],
        "creationDevice": dev_name,
        "creationDeviceType": "iPad" if "iPad" in dev_model else "iPhone",
        "creationDeviceModel": dev_model,
        "creationOSName": "iPadOS" if "iPad" in dev_model else "iOS",
        "creationOSVersion": os_ver,
        "location": location,
        "weather": weather,
        "tags": [t.strip() for t in h["tags"].split(",")],
        "text": md_text(h["text"], photo_id),
        "richText": rich_text(h["text"], photo_id, uid),
    }
    if "photo" in h:
        size, camera = h["photo"].split(" | ")
        w, ht = (int(x) for x in size.split(" x "))
        e["photos"] = [{
            "fileSize": 2000000 + int(photo_id[:5], 16) % 900000, "orderInEntry": 0,
            "creationDevice": dev_name, "duration": 0, "favorite": False, "type": "jpeg",
            "identifier": photo_id, "date": iso(created - timedelta(minutes=37)),
            "exposureBiasValue": 0, "height": ht, "width": w,
            "md5": hashlib.md5(("jpeg/" + photo_id).encode()).hexdigest(),
            "isSketch": False, "cameraMake": "Apple", "cameraModel": camera,
            "lensMake": "Apple", "lensModel": camera + " back dual wide camera 5.1mm f/1.6",
            "location": {"region": location["region"], "localityName": locality,
                         "country": country, "timeZoneName": h["tz"],
                         "administrativeArea": area, "longitude": lon, "placeName": place,
                         "latitude": lat},
        }]
    keys = list(e)
    rng.shuffle(keys)  # NSDictionary keeps no order; each entry comes out differently
    return {k: e[k] for k in keys}


def main():
    entries = [entry(h) for h in parse()]
    data = {"metadata": {"version": "1.0"}, "entries": entries}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(ns_dump(data) + "\n")


if __name__ == "__main__":
    main()
