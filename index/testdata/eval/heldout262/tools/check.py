#!/usr/bin/python3
"""Check the heldout262 evaluation set.

The documents' text is extracted as a reader sees it, with the standard library only:
  - WordPad .rtf: an RTF reader that skips the font and colour tables, ignorable "\\*"
    destinations, list-number fallbacks (pntext) and field instructions, decodes \\'hh (cp1252),
    \\uN? and RichEdit's named quote and dash words, and gives one unit per paragraph (\\par),
    per table cell (\\cell) and per soft line (\\line);
  - Outlook .eml: the text/html part (base64) decoded with the email package, one unit per block
    element (p, li, td, th, h1, h2, div, ...), skipping head, style, title, comments and the
    display:none preheader; the quoted-printable text/plain part repeats the same text and is
    not counted;
  - Notion export .zip: the inner "ExportBlock-...-Part-1.zip" is opened from inside the outer
    zip and its .md page read as Notion shows it: one unit per line (per cell for table rows),
    without list, heading, quote and to-do markers, ** and * emphasis, <aside> tags, the table
    rule and "---" dividers, links shown by their text.
Rules checked:
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines only q;
  - 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5-12 words long, lies verbatim inside one unit of its own
    document, and occurs exactly once across the three documents' text (case-insensitive, whitespace
    collapsed);
  - at least one section name of each question occurs in its own document's text;
  - each document holds 1,300 to 1,800 words of text;
  - the shape of each file (RTF header and generator, CRLF, trailing NUL; the message's MIME
    parts and encodings; the nested zip, its page and image);
  - tools/make_rtf.py, tools/make_eml.py and tools/make_notion.py re-make the three documents
    byte for byte (into a temporary directory).
Run: /usr/bin/python3 tools/check.py
"""
import email
import email.policy
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NOTION = "5d3f9a1c-2b7e-4c84-9f06-e1a7b3c2d904_Export-8b2e6f41-0c9d-4a3b-a7e5-3f61d9c0b852"
EML = "Fission Brief 47_ Who pays if a reactor fails_"
DOCS = {
    "nuclear-three-stage-programme": "docs/nuclear-three-stage-programme.rtf",
    EML: "docs/%s.eml" % EML,
    NOTION: "docs/%s.zip" % NOTION,
}
MAKERS = {
    "nuclear-three-stage-programme": "tools/make_rtf.py",
    EML: "tools/make_eml.py",
    NOTION: "tools/make_notion.py",
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table",
         "tr", "thead", "tbody", "body", "html", "head", "br", "center", "blockquote"}
VOID = {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "wbr", "source"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- RTF

NAMED = {"lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
         "endash": "\u2013", "emdash": "\u2014", "bullet": "\u2022", "tab": "\t", "line": "\n",
         "emspace": " ", "enspace": " ", "qmspace": " "}
SKIP_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "fldinst", "pntext", "pn",
             "generator", "listtable", "listoverridetable", "themedata", "xmlnstbl"}
TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|"
                   r"(\r\n|\n|\r)|([^\\{}\r\n]+)", re.S)


def rtf_units(data):
    text = data.rstrip(b"\x00").decode("ascii")
    paras, cur = [], []
    stack, skip, uc_skip = [], False, 0
    for m in TOKEN.finditer(text):
        word, arg, hexc, sym, brace, nl, plain = m.groups()
        if brace == "{":
            stack.append(skip)
            continue
        if brace == "}":
            skip = stack.pop() if stack else False
            continue
        if nl:
            continue
        if word:
            if word in SKIP_DEST:
                skip = True
            elif skip:
                pass
            elif word == "u":
                cur.append(chr(int(arg) % 65536))
                uc_skip = 1
            elif word in ("par", "cell", "row"):
                paras.append("".join(cur))
                cur = []
            elif word in NAMED:
                cur.append(NAMED[word])
            continue
        if sym is not None:
            if sym == "*":
                skip = True
            elif not skip:
                if sym in "\\{}":
                    cur.append(sym)
                elif sym == "~":
                    cur.append("\u00a0")
                elif sym == "_":
                    cur.append("-")
            continue
        if hexc:
            if uc_skip:
                uc_skip -= 1
            elif not skip:
                cur.append(bytes([int(hexc, 16)]).decode("cp1252"))
            continue
        if plain and not skip:
            if uc_skip:
                plain = plain[uc_skip:]
                uc_skip = 0
            cur.append(plain)
    paras.append("".join(cur))
    units = []
    for p in paras:
        for line in p.split("\n"):
            if ws(line):
                units.append(ws(line))
    return units


# ---------------------------------------------------------------- HTML (e-mail)

class Blocks(html.parser.HTMLParser):
    """Visible text, one unit per block element; head, style, title and hidden parts skipped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip, self.hidden = [], [], 0, []

    def flush(self):
        t = ws("".join(self.buf).replace("\u034f", "").replace("\u200c", ""))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title", "head"):
            self.skip += 1
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if self.hidden:
            if tag == self.hidden[-1][0] and tag not in VOID:
                self.hidden[-1][1] += 1
        elif "display:none" in style and tag not in VOID:
            self.hidden.append([tag, 1])
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "head"):
            self.skip -= 1
        if self.hidden and tag == self.hidden[-1][0]:
            self.hidden[-1][1] -= 1
            if not self.hidden[-1][1]:
                self.hidden.pop()
                self.buf = []
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip and not self.hidden:
            self.buf.append(data)


def eml_units(data, problems):
    if re.search(rb"(?<!\r)\n", data):
        problems.append("eml: a bare LF line end (Outlook's download uses CRLF)")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.get_content_type() != "multipart/alternative":
        problems.append("eml: not multipart/alternative")
    parts = list(msg.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]:
        problems.append("eml: parts are not text/plain then text/html")
        return []
    if parts[0]["Content-Transfer-Encoding"] != "quoted-printable":
        problems.append("eml: text/plain part not quoted-printable")
    if parts[1]["Content-Transfer-Encoding"] != "base64":
        problems.append("eml: text/html part not base64")
    if not data.split(b"\r\nSubject: ", 1)[1].startswith(b"=?UTF-8?B?"):
        problems.append("eml: Subject is not an RFC 2047 base64 word")
    for h in ("Received", "X-MS-Exchange-Organization-SCL", "List-Unsubscribe", "Message-ID"):
        if h not in msg:
            problems.append("eml: header %s missing" % h)
    p = Blocks()
    p.feed(parts[1].get_content())
    p.close()
    p.flush()
    return p.units


# ---------------------------------------------------------------- Notion Markdown

def md_shown(line):
    s = line.strip()
    s = re.sub(r"^#{1,6} ", "", s)
    s = re.sub(r"^> ?", "", s)
    s = re.sub(r"^- \[[ x]\] ", "", s)
    s = re.sub(r"^[-*] ", "", s)
    s = re.sub(r"^\d+\. ", "", s)
    # Notion leaves parentheses in a link's path unescaped: "(Budget%202025)"
    s = re.sub(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)", r"\1", s)
    s = s.replace("**", "")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)
    return ws(s)


def notion_units(data, problems):
    outer = zipfile.ZipFile(io.BytesIO(data))
    names = outer.namelist()
    if len(names) != 1 or not re.fullmatch(r"ExportBlock-[0-9a-f-]{36}-Part-1\.zip", names[0]):
        problems.append("zip: the outer zip should hold one ExportBlock-...-Part-1.zip")
        return []
    inner = zipfile.ZipFile(io.BytesIO(outer.read(names[0])))
    mds = [n for n in inner.namelist() if n.endswith(".md")]
    pngs = [n for n in inner.namelist() if n.endswith(".png")]
    if len(mds) != 1 or not re.search(r" [0-9a-f]{32}\.md$", mds[0]):
        problems.append("zip: expected one page named '<title> <32-hex id>.md'")
        return []
    if len(pngs) != 1 or not pngs[0].startswith(mds[0][:-3] + "/"):
        problems.append("zip: expected one image in the page's folder")
    elif not inner.read(pngs[0]).startswith(b"\x89PNG\r\n\x1a\n"):
        problems.append("zip: the image is not a PNG")
    md = inner.read(mds[0]).decode("utf-8")
    if md.endswith("\n"):
        problems.append("zip: Notion writes no newline at the end of the page")
    units = []
    for line in md.split("\n"):
        st = line.strip()
        if st in ("<aside>", "</aside>", "---") or re.fullmatch(r"\|( --- \|)+", st):
            continue
        if st.startswith("|"):
            for cell in st.strip("|").split("|"):
                if ws(cell):
                    units.append(md_shown(cell))
            continue
        if md_shown(line):
            units.append(md_shown(line))
    return units


def rtf_shape(data, problems):
    if not data.startswith(b"{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang16393{\\fonttbl"):
        problems.append("rtf: not WordPad's header")
    if b"{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1" not in data:
        problems.append("rtf: generator line missing")
    if not data.endswith(b"}\r\n\x00") or re.search(rb"(?<!\r)\n", data):
        problems.append("rtf: WordPad's CRLF line ends and trailing NUL expected")
    for mark in (b"\\trowd", b"\\pnlvlblt", b"\\pnlvlbody", b"HYPERLINK", b"\\u2346?", b"\\rquote"):
        if mark not in data:
            problems.append("rtf: %s missing" % mark.decode())


def units_of(name, problems):
    data = open(os.path.join(ROOT, DOCS[name]), "rb").read()
    if DOCS[name].endswith(".rtf"):
        rtf_shape(data, problems)
        return rtf_units(data)
    if DOCS[name].endswith(".eml"):
        return eml_units(data, problems)
    return notion_units(data, problems)


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, maker in MAKERS.items():
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, maker), tmp], check=True)
            made = os.path.join(tmp, os.path.basename(DOCS[name]))
            with open(made, "rb") as f:
                new = f.read()
            with open(os.path.join(ROOT, DOCS[name]), "rb") as f:
                old = f.read()
            if new != old:
                problems.append("%s does not re-make %s byte for byte" % (maker, DOCS[name]))


def read_jsonl(fn, problems):
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(("%s:%d" % (fn, i), json.loads(line)))
        except ValueError as e:
            problems.append("%s:%d: bad JSON (%s)" % (fn, i, e))
    return out, len(lines)


def main():
    problems = []
    remake(problems)
    units, joined = {}, {}
    for name in DOCS:
        units[name] = units_of(name, problems)
        joined[name] = ws(" ".join(units[name])).lower()
        nw = len(joined[name].split())
        print("%s: %d words, %d units" % (DOCS[name], nw, len(units[name])))
        if not 1300 <= nw <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (DOCS[name], nw))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        rows, n = read_jsonl(fn, problems)
        if n != 25:
            problems.append("%s: %d questions, expected 25" % (fn, n))
        for where, obj in rows:
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in its document: %r" % (where, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(ws(a) in u for u in units[name]):
                    problems.append("%s: not inside one line/element of its document: %r"
                                    % (where, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across the documents: %r"
                                    % (where, total, a))
    rows, n_oos = read_jsonl("oos.jsonl", problems)
    for where, obj in rows:
        if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
            problems.append("%s: must hold only q" % where)
    if n_oos != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % n_oos)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, n_oos))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
