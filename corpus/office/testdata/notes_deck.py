"""Makes notes.pptx, the deck TestImpressSameAsPowerPoint reads, in
LibreOffice Impress through its UNO API (python3-uno), as a teacher makes
one: a title slide, bullets at two levels, a hidden backup slide, a table,
a text box on a slide with no title, a diagram of boxes, a slide of a shape
explained in its notes. notes.odp is its conversion:

    python3 notes_deck.py  # in testdata/
    soffice --headless --convert-to odp notes.pptx
"""
import os, tempfile
import uno, time, subprocess, sys
from com.sun.star.beans import PropertyValue
from com.sun.star.awt import Point, Size

def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p

profile = tempfile.mkdtemp()
proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
    "--accept=socket,host=127.0.0.1,port=2199;urp;", "-env:UserInstallation=file://" + profile])
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for i in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2199;urp;StarOffice.ComponentContext"); break
    except Exception:
        time.sleep(0.5)
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL("private:factory/simpress", "_blank", 0, (prop("Hidden", True),))
doc.DocumentProperties.Title = "Polity: Fundamental Rights"
pages = doc.DrawPages

def page(i, layout):
    while pages.Count <= i:
        pages.insertNewByIndex(pages.Count - 1)
    p = pages.getByIndex(i)
    p.Layout = layout
    return p

def shapes(p):
    return [p.getByIndex(i) for i in range(p.Count)]

def byType(p, t):
    return [s for s in shapes(p) if s.ShapeType == t][0]

def setLevels(shape, paras):
    # paras: list of (level, text)
    shape.String = "\n".join(t for _, t in paras)
    en = shape.Text.createEnumeration()
    i = 0
    while en.hasMoreElements():
        par = en.nextElement()
        par.NumberingLevel = paras[i][0]
        i += 1

def notes(p, *paras):
    n = byType(p.NotesPage, "com.sun.star.presentation.NotesShape")
    n.String = "\n".join(paras)

# 1: title slide
p = page(0, 0)
byType(p, "com.sun.star.presentation.TitleTextShape").String = "Fundamental Rights"
byType(p, "com.sun.star.presentation.SubtitleShape").String = "Polity, GS II: Part III of the Constitution"
notes(p, "Open with why Part III is called the Magna Carta of India.")

# 2: title and content, nested bullets
p = page(1, 1)
byType(p, "com.sun.star.presentation.TitleTextShape").String = "Right to Equality"
setLevels(byType(p, "com.sun.star.presentation.OutlinerShape"), [
    (0, "Articles 14 to 18 guarantee it"),
    (0, "Article 15 forbids discrimination on grounds of:"),
    (1, "religion, race and caste"),
    (1, "sex and place of birth"),
    (0, "Article 17 abolishes untouchability; the Protection of Civil Rights Act, 1955 punishes its practice"),
])
notes(p, "Prelims trap: Article 14 covers every person, Article 15 citizens only.", "Ask the class which of these rights foreigners enjoy.")

# 3: hidden backup slide
p = page(2, 1)
byType(p, "com.sun.star.presentation.TitleTextShape").String = "Backup: old question papers"
setLevels(byType(p, "com.sun.star.presentation.OutlinerShape"), [(0, "2019 Prelims, question 42 asked about Article 17")])
notes(p, "Show only if time remains.")
p.Visible = False

# 4: title only, a table
p = page(3, 19)
byType(p, "com.sun.star.presentation.TitleTextShape").String = "Writs"
t = doc.createInstance("com.sun.star.drawing.TableShape")
p.add(t)
t.Position = Point(1500, 4000); t.Size = Size(25000, 8000)
m = t.Model
rows = [("Writ", "Meaning"), ("Habeas corpus", "to have the body"), ("Mandamus", "we command"), ("Quo warranto", "by what authority")]
while m.Columns.Count < 2: m.Columns.insertByIndex(m.Columns.Count, 1)
while m.Rows.Count < len(rows): m.Rows.insertByIndex(m.Rows.Count, 1)
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        m.getCellByPosition(c, r).String = v

# 5: blank, a text box: no title
p = page(4, 20)
tb = doc.createInstance("com.sun.star.drawing.TextShape")
p.add(tb)
tb.Position = Point(1500, 3000); tb.Size = Size(25000, 4000)
tb.String = "Practice: can Parliament amend a Fundamental Right? Discuss with the Kesavananda Bharati case."

# 6: a diagram of boxes
p = page(5, 19)
byType(p, "com.sun.star.presentation.TitleTextShape").String = "Remedies"
for i, lines in enumerate([("Article 32", "Supreme Court", "a Fundamental Right itself"), ("Article 226", "High Courts", "wider: any legal right")]):
    r = doc.createInstance("com.sun.star.drawing.RectangleShape")
    p.add(r)
    r.Position = Point(2000 + i * 12000, 5000); r.Size = Size(9000, 4000)
    r.String = "\n".join(lines)

# 7: a picture slide (a shape with no text) explained in the notes
p = page(6, 20)
e = doc.createInstance("com.sun.star.drawing.EllipseShape")
p.add(e)
e.Position = Point(5000, 4000); e.Size = Size(6000, 6000)
notes(p, "The chart shows how a writ petition reaches the Supreme Court.")

doc.storeToURL("file://" + os.path.abspath("notes.pptx"), (prop("FilterName", "Impress MS PowerPoint 2007 XML"),))
try:  # LibreOffice 7.4 may crash on closing a document it saved: the file is written by then
    doc.close(True)
    desktop.terminate()
except Exception:
    pass
try:
    proc.wait(timeout=30)
except subprocess.TimeoutExpired:
    proc.kill()
