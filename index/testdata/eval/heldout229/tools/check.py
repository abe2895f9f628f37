#!/usr/bin/python3
"""Check the heldout229 evaluation set.

Text is taken from the three documents the way a reader sees it:
  - DiscordChatExporter JSON (docs/chagos-icj-forum-thread.json): each line of each message's
    content, and each embed's title, description lines, field names and values and footer, with
    Discord markdown markers dropped (heading "#", subtext "-#", "- " bullets, "> " quotes,
    **bold**, __underline__, *italic*, masked links shown as their text); the thread title too;
  - Word .docx (docs/uk-mauritius-treaty-mentor-review.docx): each paragraph of
    word/document.xml (body, list items, table cells) with tracked changes shown as accepted
    (insertions and moved-to text kept, deletions and moved-from text left out), and each
    paragraph of word/comments.xml; read with zipfile and ElementTree;
  - MHTML (docs/india-chagos-agalega-explained.mhtml): the text/html parts (the page and the
    embedded post's frame) decoded with the email package, split into the text of block
    elements (p, li, h1-h6, figcaption, div, ...) with script and style skipped.

Rules checked:
  - q-<doc>.jsonl has exactly 25 lines and oos.jsonl exactly 12; every line is JSON; in-scope
    lines have exactly the keys q, accept, section; out-of-scope lines only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, lying inside one unit
    (line / paragraph / element / cell) of its own document; for the .docx it must lie inside
    one paragraph both with the tracked changes accepted and with them rejected (deletions and
    moved-from text back, insertions and moved-to text out), so that it never touches a tracked
    change; and it occurs exactly once (ignoring case, whitespace collapsed)
    across the three documents' text (the .docx's counted with its comments and its deleted
    text);
  - section is a non-empty list of strings and at least one of them occurs in its document's
    text (ignoring case);
  - each document holds 1,300 to 1,800 words of text (the .mhtml's article body and headline,
    the .docx's body and comments, the Discord messages' and embeds' text);
  - the formats: the JSON export has guild, channel, dateRange, exportedAt, messages and
    messageCount; the .docx's parts parse and it holds w:ins, w:del, w:moveTo, w:rPrChange and
    comment anchors; the .mhtml is multipart/related from "<Saved by Blink>";
  - tools/make_discord.py, tools/make_docx.py and tools/make_mhtml.py, run on a copy of tools/,
    re-make the three documents byte for byte.
Run: /usr/bin/python3 tools/check.py
"""
import email
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "chagos-icj-forum-thread": "docs/chagos-icj-forum-thread.json",
    "uk-mauritius-treaty-mentor-review": "docs/uk-mauritius-treaty-mentor-review.docx",
    "india-chagos-agalega-explained": "docs/india-chagos-agalega-explained.mhtml",
}
MAKERS = ["make_discord.py", "make_docx.py", "make_mhtml.py"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "header", "footer", "nav", "main", "article", "section", "aside", "body",
         "html", "head", "figure", "figcaption", "blockquote", "br", "form", "button"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Discord JSON

def discord_shown(line):
    line = re.sub(r"^(#{1,3} |-# |> |- |\* )", "", line.strip())
    line = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", r"\1", line)
    line = line.replace("**", "").replace("__", "")
    line = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", line)
    return ws(line)


def discord_units(full, problems):
    with open(full, encoding="utf-8") as f:
        d = json.load(f)
    for k in ("guild", "channel", "dateRange", "exportedAt", "messages", "messageCount"):
        if k not in d:
            problems.append("json: no %s" % k)
    if d.get("messageCount") != len(d.get("messages", [])):
        problems.append("json: messageCount does not match")
    units = [ws(d["channel"]["name"])]
    words = 0
    for m in d["messages"]:
        texts = m["content"].split("\n")
        for e in m["embeds"]:
            texts += [e["title"]] + e["description"].split("\n")
            for fld in e["fields"]:
                texts += [fld["name"], fld["value"]]
            if "footer" in e:
                texts.append(e["footer"]["text"])
        for t in texts:
            s = discord_shown(t)
            if s:
                units.append(s)
                words += len(s.split())
    return units, [], words


# ---------------------------------------------------------------- Word .docx

def docx_paras(xml_bytes, view):
    """Paragraph texts with tracked changes accepted ("final") or rejected ("original")."""
    root = ET.fromstring(xml_bytes)
    parent = {c: p for p in root.iter() for c in p}
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag not in (W + "t", W + "delText", W + "tab"):
                continue
            anc, marks = parent.get(el), set()
            while anc is not None and anc is not p:
                if anc.tag in (W + "ins", W + "del", W + "moveFrom", W + "moveTo"):
                    marks.add(anc.tag[len(W):])
                anc = parent.get(anc)
            if view == "final" and marks & {"del", "moveFrom"}:
                continue
            if view == "original" and marks & {"ins", "moveTo"}:
                continue
            parts.append("\t" if el.tag == W + "tab" else (el.text or ""))
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def docx_units(full, problems):
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                     "word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml",
                     "word/people.xml", "word/styles.xml", "word/numbering.xml"):
            if part not in names:
                problems.append("docx: missing %s" % part)
        for info in z.infolist():
            if info.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not dated 1980-01-01" % info.filename)
            if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml")
        comments = z.read("word/comments.xml")
    text = doc.decode("utf-8")
    for tag in ("<w:ins ", "<w:del ", "<w:moveTo ", "<w:rPrChange ", "<w:commentReference ",
                "<w:tbl>", "<w:numPr>"):
        if tag not in text:
            problems.append("docx: no %s" % tag.strip("<> "))
    body = docx_paras(doc, "final")
    original = docx_paras(doc, "original")
    notes = docx_paras(comments, "final")
    deleted = [ws(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<w:delText[^>]*>(.*?)</w:delText>", text)]
    words = sum(len(u.split()) for u in body + notes)
    return body + notes, {"original": original + notes, "extra": deleted}, words


# ---------------------------------------------------------------- MHTML

class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.article, self.article_units = 0, []

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
            if self.article:
                self.article_units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "article":
            self.article += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "article":
            self.article -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def mhtml_units(full, problems):
    with open(full, "rb") as f:
        msg = email.message_from_binary_file(f)
    if msg["From"] != "<Saved by Blink>" or msg.get_content_type() != "multipart/related":
        problems.append("mhtml: not a Blink multipart/related archive")
    units, words, first = [], 0, True
    for part in msg.walk():
        if part.get_content_type() != "text/html":
            continue
        p = Blocks()
        p.feed(part.get_payload(decode=True).decode("utf-8"))
        p.flush()
        units += p.units
        if first:
            # the article: headline to the end of the body (not the tags, author card, buttons)
            art = p.article_units
            end = next((i for i, u in enumerate(art) if u.startswith("Tags:")), len(art))
            words = sum(len(u.split()) for u in art[:end])
            first = False
    return units, [], words


def units_of(name, problems):
    full = os.path.join(ROOT, DOCS[name])
    if full.endswith(".json"):
        return discord_units(full, problems)
    if full.endswith(".docx"):
        return docx_units(full, problems)
    return mhtml_units(full, problems)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"))
        os.makedirs(os.path.join(tmp, "docs"))
        for maker in MAKERS:
            subprocess.run([sys.executable, os.path.join(tmp, "tools", maker)], check=True)
        for path in DOCS.values():
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(tmp, path), "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: the make script does not re-make it byte for byte" % path)


def main():
    problems = []
    units, extra, joined = {}, {}, {}
    for name in DOCS:
        u, x, words = units_of(name, problems)
        units[name] = u
        extra[name] = x
        more = x.get("extra", []) if isinstance(x, dict) else []
        joined[name] = ws(" ".join(u + more)).lower()
        print("%s: %d words of text" % (DOCS[name], words))
        if not 1300 <= words <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[name], words))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in the document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                if isinstance(extra[name], dict) and "original" in extra[name]:
                    if not any(ws(a) in u for u in extra[name]["original"]):
                        problems.append("%s: touches a tracked change: %r" % (where, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
