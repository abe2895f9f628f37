#!/usr/bin/python3
r"""Check the heldout292 evaluation set.

Run: /usr/bin/python3 tools/check.py          (standard library only)
     /usr/bin/python3 tools/check.py --units  (also print every unit of text)

It extracts each document's text as a reader sees it, as a list of units:
  - Sphinx source (.rst): the page as Sphinx's HTML build shows it. Section titles (adornment
    lines dropped), paragraphs (wrapped lines joined), bullet and enumerated list items,
    list-table cells, glossary terms and definitions, definition-list terms and
    definitions, field-list names and bodies, the title of an admonition / list-table /
    rubric / contents directive, each line of a literal block, and footnotes (shown as
    "[n] text"; references as "[n]"). Inline markup is resolved: **x**, *x*, ``x`` -> x,
    :role:`text <target>` -> text, :ref:`label` -> the labelled title, |name| -> its
    replace:: or unicode:: value, "--" stays as written. Not shown, so not units: comments,
    targets, substitution definitions, directive options, the docinfo field list right
    after the title (Sphinx moves it to the page's metadata), the :tocdepth: line, and the
    content of meta, sectionauthor, todo (todo_include_todos is off) and only:: latex.
    A versionchanged:: paragraph starts "Changed in version N: ".
  - Google Calendar export (.ics): lines unfolded (CRLF + space), text values unescaped; the
    calendar's X-WR-CALNAME and X-WR-CALDESC, and each VEVENT's SUMMARY, LOCATION and
    DESCRIPTION (not the VALARM's); a description written as HTML has <br>, <p>, <ul>, <li>
    turned into line breaks, other tags dropped and entities decoded. One unit per shown line.
  - Obsidian daily note (.md): Reading view. The inline title (the file name), then one unit
    per shown line: YAML front matter (the Properties panel), %%comments%%, dataview code
    blocks (rendered as query results) and ![[embeds]] (another note's text) give no unit;
    heading marks, "> " quote marks, list and task markers, ^block-ids, **, ==, ` and *
    dropped; [[target|alias]] -> alias, [[target]] -> target; a callout's first line shows its
    title; a table row gives one unit per cell; a footnote reference [^n] is dropped and the
    footnote itself shown as its text; "key:: value" inline fields show as "key: value".
Then it checks:
  - every line of q-*.jsonl parses and holds exactly q, accept and section; 25 questions per
    document, at least three of them keyword queries of 2-4 words; oos.jsonl holds 12 lines,
    each with only q;
  - accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (case-insensitive, whitespace collapsed) and occurring exactly once across
    the three documents' text;
  - section is a non-empty list of strings of which at least one (other than the generic
    "Introduction", "Definition", "What is", "Overview") occurs in its own document's text;
  - each document holds 1,300 to 1,800 words of text (every unit as extracted);
  - the .ics has CRLF lines of at most 75 octets, balanced BEGIN/END and one VTIMEZONE;
  - every tools/make_*.py re-makes its document byte for byte (it is run into a temporary
    directory, so docs/ is never touched).
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "ibc-cirp": ("docs/ibc-cirp.rst", "make_rst.py"),
    "gs3-ibc-sprint": ("docs/gs3-ibc-sprint.ics", "make_ics.py"),
    "2025-09-27": ("docs/2025-09-27.md", "make_obsidian.py"),
}
GENERIC = {"introduction", "definition", "what is", "overview"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- reStructuredText (Sphinx)
ADORN = re.compile(r"^([=\-~#*^\"'+`:.])\1{2,}\s*$")
BULLET = re.compile(r"^( *)(\* - |- |\* |\+ |#\. |\d+\. )(.*)$")
CELL = re.compile(r"^( *)(- )(.*)$")
DIRECTIVE = re.compile(r"^( *)\.\. ([\w:-]+)::(?: (.*))?$")
FOOTNOTE = re.compile(r"^( *)\.\. \[(#\w*|\d+)\] (.*)$")
FIELD = re.compile(r"^( *):([^:`]+): ?(.*)$")
HIDDEN_DIRECTIVES = {"meta", "sectionauthor", "todo", "index", "only", "raw", "highlight"}
TITLED = {"admonition", "list-table", "rubric", "contents", "topic", "sidebar", "table",
          "csv-table"}
LABELS = {"note": "Note", "tip": "Tip", "warning": "Warning", "important": "Important",
          "seealso": "See also", "caution": "Caution", "hint": "Hint", "danger": "Danger",
          "attention": "Attention", "error": "Error"}


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


def rst_units(full, problems):
    lines = open(full, encoding="utf-8").read().split("\n")
    subs, labels = {}, {}
    for i, line in enumerate(lines):
        m = re.match(r"^\.\. \|([^|]+)\| replace:: (.*)$", line)
        if m:
            subs[m.group(1)] = m.group(2)
        m = re.match(r"^\.\. \|([^|]+)\| unicode:: U\+([0-9A-Fa-f]+)", line)
        if m:
            subs[m.group(1)] = chr(int(m.group(2), 16))
        m = re.match(r"^\.\. _([\w-]+):$", line)
        if m:
            for j in range(i + 1, min(i + 6, len(lines) - 1)):
                if lines[j].strip() and ADORN.match(lines[j + 1]):
                    labels[m.group(1)] = lines[j].strip()
                    break
    notes = []

    def inline(s):
        s = re.sub(r":ref:`([^`<]+?)\s*<[^>]+>`", r"\1", s)
        s = re.sub(r":ref:`([^`]+)`", lambda m: labels.get(m.group(1), m.group(1)), s)
        s = re.sub(r":[\w:-]+:`([^`<]+?)\s*<[^>]+>`", r"\1", s)
        s = re.sub(r":[\w:-]+:`([^`]+)`", r"\1", s)
        s = re.sub(r"`([^`<]+?)\s*<[^>]+>`__?", r"\1", s)
        s = re.sub(r"``([^`]+)``", r"\1", s)
        s = re.sub(r"\|([^|\s][^|]*)\|", lambda m: subs.get(m.group(1), m.group(0)), s)
        s = re.sub(r" ?\[#\w*\]_", lambda m: " [%d]" % next_note(), s)
        s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
        s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", s)
        s = re.sub(r"\\(.)", r"\1", s)
        return ws(s)

    counter = [0]

    def next_note():
        counter[0] += 1
        return counter[0]

    units = []
    buf, buf_indent = [], None
    prefix = [""]

    def flush():
        nonlocal buf, buf_indent
        if buf:
            t = inline(" ".join(x.strip() for x in buf))
            if prefix[0]:
                t, prefix[0] = prefix[0] + t, ""
            if t:
                units.append(t)
        buf, buf_indent = [], None

    hidden_until = None      # skip lines indented deeper than this
    options_of = None        # directive indent whose option lines follow
    in_literal = None        # indent of the paragraph that ended with "::"
    seen_title = False
    docinfo = False
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        ind = indent_of(line)
        if hidden_until is not None:
            if s and ind <= hidden_until:
                hidden_until = None
            else:
                i += 1
                continue
        if in_literal is not None:
            if s and ind <= in_literal:
                in_literal = None
            else:
                if s:
                    units.append(ws(line))
                i += 1
                continue
        if options_of is not None:
            if s and ind > options_of and FIELD.match(line):
                i += 1
                continue
            options_of = None
        if not s:
            flush()
            if docinfo:
                docinfo = False
            i += 1
            continue
        if ADORN.match(line):
            flush()
            i += 1
            continue
        if i + 1 < len(lines) and ADORN.match(lines[i + 1]) and not ADORN.match(line):
            flush()
            units.append(inline(s))
            if not seen_title:
                seen_title, docinfo = True, True
                # the docinfo field list must follow the title (after one blank line)
                j = i + 2
                while j < len(lines) and not lines[j].strip():
                    j += 1
                k = j
                while k < len(lines) and (FIELD.match(lines[k]) or
                                          (lines[k].startswith(" ") and k > j)):
                    k += 1
                i = k
                continue
            i += 2
            continue
        if s.startswith(".."):
            flush()
            m = FOOTNOTE.match(line)
            if m:
                buf, buf_indent = [m.group(3)], ind + 3
                prefix[0] = "[%d] " % (len(notes) + 1)
                notes.append(1)
                i += 1
                continue
            m = DIRECTIVE.match(line)
            if m:
                name, arg = m.group(2), m.group(3) or ""
                if name in HIDDEN_DIRECTIVES and not (name == "only" and "html" in arg):
                    hidden_until = ind
                elif name == "unicode" or name == "replace":
                    hidden_until = ind
                elif name in TITLED:
                    if arg:
                        units.append(inline(arg))
                    options_of = ind
                elif name in LABELS:
                    units.append(LABELS[name])
                    options_of = ind
                    if arg:
                        buf, buf_indent = [arg], ind + 3
                elif name in ("versionchanged", "versionadded", "deprecated"):
                    word = {"versionchanged": "Changed", "versionadded": "New",
                            "deprecated": "Deprecated since"}[name]
                    v, _, rest = arg.partition(" ")
                    prefix[0] = ("%s in version %s: " % (word, v) if word != "Deprecated since"
                                 else "Deprecated since version %s: " % v)
                    if rest:
                        buf, buf_indent = [rest], ind + 3
                elif name in ("glossary", "code-block", "code"):
                    options_of = ind
                else:
                    options_of = ind
                i += 1
                continue
            # comment, target or substitution definition: hide it and its indented body
            hidden_until = ind
            i += 1
            continue
        if line.startswith(":") and not seen_title:
            i += 1           # file-wide metadata such as :tocdepth:
            continue
        m = BULLET.match(line)
        if m:
            flush()
            marker = m.group(2)
            buf, buf_indent = [m.group(3)], len(m.group(1)) + len(marker)
            i += 1
            continue
        m = CELL.match(line)
        if m and buf_indent is not None:
            flush()
            buf, buf_indent = [m.group(3)], len(m.group(1)) + 2
            i += 1
            continue
        m = FIELD.match(line)
        if m:
            flush()
            units.append(inline(m.group(2)))
            buf, buf_indent = [m.group(3)], ind + 3
            i += 1
            continue
        if buf and ind != buf_indent:
            flush()
        if not buf:
            buf_indent = ind
        if s.endswith("::") and not s.startswith(".."):
            buf.append(s[:-2] + (":" if not s[:-2].endswith(" ") else ""))
            flush()
            in_literal = ind
            i += 1
            continue
        buf.append(line)
        i += 1
    flush()
    return [u for u in units if u]


# ---------------------------------------------------------------- iCalendar (Google)
def ics_text(value):
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            n = value[i + 1]
            out.append("\n" if n in "nN" else n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def html_lines(text):
    if not re.search(r"<(br|b|i|ul|li|p|a)\b", text):
        return text
    text = re.sub(r"(?i)<br\s*/?>|</?p>|</?ul>|</?ol>|<li>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


def ics_units(full, problems):
    raw = open(full, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("%s: bare LF line ends" % full)
    for n, physical in enumerate(raw.split(b"\r\n"), 1):
        if len(physical) > 75:
            problems.append("%s: line %d is %d octets" % (full, n, len(physical)))
    text = raw.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    stack, units, n_tz = [], [], 0
    for line in text.split("\r\n"):
        if not line:
            continue
        name_params, _, value = line.partition(":")
        name = name_params.split(";")[0]
        if name == "BEGIN":
            stack.append(value)
            n_tz += value == "VTIMEZONE"
            continue
        if name == "END":
            if not stack or stack.pop() != value:
                problems.append("%s: unbalanced END:%s" % (full, value))
            continue
        where = stack[-1] if stack else None
        shown = (where == "VCALENDAR" and name in ("X-WR-CALNAME", "X-WR-CALDESC")) or \
                (where == "VEVENT" and name in ("SUMMARY", "LOCATION", "DESCRIPTION"))
        if shown:
            for l in html_lines(ics_text(value)).split("\n"):
                if ws(l):
                    units.append(ws(l))
    if stack:
        problems.append("%s: unclosed %s" % (full, stack))
    if n_tz != 1:
        problems.append("%s: %d VTIMEZONE components" % (full, n_tz))
    return units


# ---------------------------------------------------------------- Obsidian (Markdown)
def md_show(s):
    s = re.sub(r"!\[\[[^\]]*\]\]", "", s)
    s = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", s)
    s = re.sub(r"\[\[([^\]#]*)#\^?([^\]]*)\]\]", r"\1 > \2", s)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[\^\w+\]", "", s)
    s = re.sub(r"\s\^[\w-]+\s*$", "", s)
    s = re.sub(r"^([\w ]+):: ", r"\1: ", s)
    s = re.sub(r"\(([\w ]+):: ([^)]*)\)", r"\1: \2", s)
    for mark in ("**", "==", "~~", "`"):
        s = s.replace(mark, "")
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<!\w)_([^_\s][^_]*)_(?!\w)", r"\1", s)
    return ws(s)


def md_units(full, problems):
    text = open(full, encoding="utf-8").read()
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        text = text[end + 5:]
    text = re.sub(r"%%.*?%%", "", text, flags=re.S)
    units = [os.path.basename(full)[:-3]]
    fence = None
    for line in text.split("\n"):
        st = line.strip()
        if fence is not None:
            if st.startswith("```"):
                fence = None
            elif fence not in ("dataview", "dataviewjs", "query", "tasks"):
                if st:
                    units.append(ws(line))
            continue
        if st.startswith("```"):
            fence = st[3:].strip()
            continue
        s = st
        while s.startswith(">"):
            s = s[1:].lstrip()
        m = re.match(r"^\[!(\w+)\][+-]? ?(.*)$", s)
        if m:
            s = m.group(2) or m.group(1).capitalize()
        if re.match(r"^(-{3,}|\*{3,})$", s):
            continue
        s = re.sub(r"^#{1,6} ", "", s)
        s = re.sub(r"^\[\^\w+\]: ", "", s)
        if s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|$", s):
                continue
            for cell in s.strip("|").split("|"):
                if md_show(cell):
                    units.append(md_show(cell))
            continue
        s = re.sub(r"^([-*+]|\d+[.)]) ", "", s)
        s = re.sub(r"^\[.\] ", "", s)
        u = md_show(s)
        if u:
            units.append(u)
    return units


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".rst"):
        return rst_units(full, problems)
    if path.endswith(".ics"):
        return ics_units(full, problems)
    return md_units(full, problems)


# ---------------------------------------------------------------- checks
def main():
    problems = []
    units = {}
    for name, (path, _) in DOCS.items():
        units[name] = units_of(path, problems)
        n = len(" ".join(units[name]).split())
        print("%s: %d words" % (path, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (path, n))
        if "--units" in sys.argv:
            for u in units[name]:
                print("   | " + u)
    low = {k: [ws(u).lower() for u in v] for k, v in units.items()}
    joined = {k: " ".join(v) for k, v in low.items()}
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        short = 0
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
            q = obj.get("q")
            if not isinstance(q, str) or not q.strip():
                problems.append("%s: missing q" % where)
            elif 2 <= len(q.split()) <= 4:
                short += 1
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                needle = ws(a).lower()
                if not any(needle in u for u in low[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(needle) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            else:
                named = [ws(s).lower() for s in sec if ws(s).lower() not in GENERIC]
                if not any(s in joined[name] for s in named):
                    problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
        if short < 3:
            problems.append("%s: only %d keyword queries of 2-4 words" % (fn, short))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        oos = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(oos, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(oos) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(oos))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run([sys.executable, os.path.join(ROOT, "tools", script), out], check=True)
            with open(out, "rb") as a, open(os.path.join(ROOT, path), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: tools/%s does not re-make it byte for byte"
                                    % (path, script))
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(oos)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
