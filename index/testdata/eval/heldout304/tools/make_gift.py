#!/usr/bin/python3
"""Make docs/questions-GS3ECO26-FoodSafety-FSSAI-20251019-2112.txt from the tools/ file of that name.

The document is a Moodle question bank category exported with Question bank > Export > GIFT
format (Moodle 4.x, "Write category to file" and "Write context to file" ticked), written the
way qformat_gift::writequestion and qformat_default::exportprocess write it:
  - each category switch as "// question: 0  name: Switch category to <path>" and
    "$CATEGORY: <path>" with the $course$/top/... context path, then two empty lines;
  - each question as "// question: <id>  name: <name>", then "// [id:...] [tag:...]" where the
    question has an ID number or tags, then "::<name>::" and "[html]" before the question text
    (the HTML editor's format; answers and feedback in the same format get no prefix), the
    answers in braces - "=" right, "~" wrong, "~%33.33333%" / "~%-100%" weights for a
    multiple-answer question, "=%100%" for short answers, "=%100%7:0#" for numerical, "=... -> ..."
    for matching, "{TRUE#wrong feedback#right feedback}" for true/false, "{####...}" for an essay,
    no braces for a description - with "#" feedback and "####" general feedback, then two empty
    lines (one after a description);
  - Moodle's repchar escaping of \\ # = ~ { } : and newlines ("\\n") in names, text and answers, so
    that HTML attributes read dir\\="ltr" style\\="text-align\\: left;" (Atto-made questions) and
    the HTML TinyMCE writes with a newline between blocks comes out on one line;
  - questions within a category in Moodle's export order, by question type and then name
    (ORDER BY qc.id, q.qtype, q.name), not in the order they were written.
Source: "@cat path", then for each question "@q id qtype", "@name", optional "@idn", "@tags",
"@single 0", "@atto" (marks a question made in Atto; text is taken as written), "@text" and
"@gf" blocks (the following lines, joined with newlines), "@a fraction | answer | feedback",
"@tf TRUE|FALSE" with "@right" / "@wrong", "@num answer | tolerance | feedback", "@m text -> answer".
Run: /usr/bin/python3 tools/make_gift.py [output path]   (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "questions-GS3ECO26-FoodSafety-FSSAI-20251019-2112"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".txt")


def repchar(text):
    for a, b in (("\\", "\\\\"), ("#", "\\#"), ("=", "\\="), ("~", "\\~"), ("{", "\\{"),
                 ("}", "\\}"), (":", "\\:"), ("\n", "\\n"), ("\r", "")):
        text = text.replace(a, b)
    return text


def php_num(x):
    """PHP's float-to-string with precision 14."""
    s = "%.14G" % x
    return s


def qtext(text, fmt="html", default="moodle"):
    out = ""
    if text != "" and fmt != default:
        out += "[" + fmt + "]"
    return out + repchar(text)


def parse(path):
    cats, cur, q, block = [], None, None, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    for line in lines:
        if line.startswith("@"):
            block = None
            key, _, rest = line[1:].partition(" ")
            if key == "cat":
                cur = {"path": rest, "questions": []}
                cats.append(cur)
            elif key == "q":
                qid, qtype = rest.split()
                q = {"id": int(qid), "qtype": qtype, "idnumber": "", "tags": [], "single": True,
                     "text": [], "gf": [], "answers": [], "subs": [], "right": "", "wrong": ""}
                cur["questions"].append(q)
            elif key == "name":
                q["name"] = rest
            elif key == "idn":
                q["idnumber"] = rest
            elif key == "tags":
                q["tags"] = [t.strip() for t in rest.split(",")]
            elif key == "single":
                q["single"] = rest.strip() != "0"
            elif key == "atto":
                q["atto"] = True
            elif key in ("text", "gf"):
                block = q[key]
            elif key == "a":
                m = re.match(r"(\S+) \| (.*?) \|(?: (.*))?$", rest)
                q["answers"].append((float(m.group(1)), m.group(2), m.group(3) or ""))
            elif key == "tf":
                q["tf"] = rest.strip()
            elif key in ("right", "wrong"):
                q[key] = rest
            elif key == "num":
                ans, tol, fb = [p.strip() for p in rest.split(" | ")]
                q["answers"].append((1.0, ans + ":" + php_num(float(tol)), fb))
            elif key == "m":
                left, right = rest.split(" -> ")
                q["subs"].append((left, right))
            else:
                raise SystemExit("unknown directive %r" % line)
        elif block is not None:
            block.append(line)
        elif line.strip():
            raise SystemExit("stray line %r" % line)
    for cat in cats:
        for q in cat["questions"]:
            for key in ("text", "gf"):
                while q[key] and not q[key][-1].strip():
                    q[key].pop()
    return cats


def general_feedback(q, indent="\t"):
    gf = "\n".join(q["gf"])
    out = qtext(gf, "html", "html")
    if out:
        out = "####" + out
        if indent:
            out = indent + out + "\n"
    return out


def write_question(q):
    out = "// question: %d  name: %s\n" % (q["id"], q["name"])
    bits = []
    if q["idnumber"]:
        bits.append("[id:" + q["idnumber"].replace("]", "\\]") + "]")
    bits += ["[tag:" + t.replace("]", "\\]") + "]" for t in q["tags"]]
    if bits:
        out += "// " + " ".join(bits) + "\n"
    name = "::" + repchar(q["name"]) + "::"
    text = qtext("\n".join(q["text"]))
    t = q["qtype"]
    if t == "description":
        out += name + text
    elif t == "essay":
        out += name + text + "{" + general_feedback(q, "") + "}\n"
    elif t == "truefalse":
        right = qtext(q["right"], "html", "html")
        wrong = qtext(q["wrong"], "html", "html")
        out += name + text + "{" + repchar(q["tf"])
        if wrong:
            out += "#" + wrong
        elif right:
            out += "#"
        if right:
            out += "#" + right
        out += general_feedback(q, "") + "}\n"
    elif t == "multichoice":
        out += name + text + "{\n"
        for frac, ans, fb in q["answers"]:
            if frac == 1 and q["single"]:
                mark = "="
            elif frac == 0:
                mark = "~"
            else:
                mark = "~%" + php_num(frac * 100) + "%"
            out += "\t" + mark + qtext(ans, "html", "html")
            if fb != "":
                out += "#" + qtext(fb, "html", "html")
            out += "\n"
        out += general_feedback(q) + "}\n"
    elif t == "shortanswer":
        out += name + text + "{\n"
        for frac, ans, fb in q["answers"]:
            out += "\t=%" + php_num(100 * frac) + "%" + repchar(ans) + "#" + qtext(fb, "html", "html") + "\n"
        out += general_feedback(q) + "}\n"
    elif t == "numerical":
        out += name + text + "{#\n"
        for frac, ans, fb in q["answers"]:
            out += "\t=%" + php_num(100 * frac) + "%" + ans + "#" + qtext(fb, "html", "html") + "\n"
        out += general_feedback(q) + "}\n"
    elif t == "match":
        out += name + text + "{\n"
        for left, right in q["subs"]:
            out += "\t=" + qtext(left, "html", "html") + " -> " + repchar(right) + "\n"
        out += general_feedback(q) + "}\n"
    else:
        raise SystemExit("unknown qtype " + t)
    return out + "\n"


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    out = ""
    for cat in parse(SRC):
        out += "// question: 0  name: Switch category to %s\n$CATEGORY: %s\n\n" % (cat["path"], cat["path"])
        out += "\n"
        for q in sorted(cat["questions"], key=lambda q: (q["qtype"], q["name"].lower())):
            out += write_question(q) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    main()
