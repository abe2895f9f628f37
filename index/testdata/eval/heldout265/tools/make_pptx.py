#!/usr/bin/python3
"""Re-make docs/Lec18_PIL_final_v2.pptx from tools/Lec18_PIL_final_v2.txt.

Run from anywhere: /usr/bin/python3 tools/make_pptx.py [OUT]
Standard library only. The package is laid out the way PowerPoint for Microsoft 365 saves a
widescreen deck built on the default Office Theme: [Content_Types].xml first, presentation.xml
with three p14 sections, one slide master with the eleven stock layouts, an Office theme, a
notes master with its own theme, a notes slide for every slide that has speaker notes, a JPEG
thumbnail, docProps core and app. Two slides carry real SmartArt graphics (a graphicFrame in the
content placeholder pointing at ppt/diagrams/dataN.xml, layoutN.xml, quickStyleN.xml,
colorsN.xml and the cached drawingN.xml): a Vertical Chevron List and a Basic Block List. Shapes
carry a16:creationId GUIDs and slides a p14:creationId; proper nouns that the spell checker
flags are split into their own runs marked err="1". GUIDs are derived from names with uuid5
and the zip has fixed timestamps and a fixed member order, so the output is the same byte for
byte every time.
"""
import base64
import os
import sys
import uuid
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "Lec18_PIL_final_v2.txt")
OUT = os.path.join(HERE, "..", "docs", "Lec18_PIL_final_v2.pptx")

THUMB = """
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcp
LDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy
MjIyMjIyMjIyMjIyMjL/wAARCACQAQADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA
AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6
Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG
x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA
AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5
OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE
xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD3+iiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKA
CiiigAooooAKKKKACiiigAooooAKKKKACiiigAooooAKKKKACiiigAoorx7/AIXt/wBS5/5Pf/a6APYaK8e/4Xt/1Ln/AJPf
/a6P+F7f9S5/5Pf/AGugD2GivHv+F7f9S5/5Pf8A2uj/AIXt/wBS5/5Pf/a6APYaK8e/4Xt/1Ln/AJPf/a6P+F7f9S5/5Pf/
AGugD2GivHv+F7f9S5/5Pf8A2uj/AIXt/wBS5/5Pf/a6APYaK8e/4Xt/1Ln/AJPf/a6P+F7f9S5/5Pf/AGugD2GivHv+F7f9
S5/5Pf8A2uj/AIXt/wBS5/5Pf/a6APYaK8e/4Xt/1Ln/AJPf/a6P+F7f9S5/5Pf/AGugD2GivHv+F7f9S5/5Pf8A2uj/AIXt
/wBS5/5Pf/a6APYaK8e/4Xt/1Ln/AJPf/a6P+F7f9S5/5Pf/AGugD2GivHv+F7f9S5/5Pf8A2uj/AIXt/wBS5/5Pf/a6APYa
K8e/4Xt/1Ln/AJPf/a69V0i//tTRrHUPL8r7Vbxz+Xu3bdyhsZ4zjPWgC5RRRQAUUUUAFFFFABRRRQAV8eV9h15t/wAKS8N/
8/2rf9/Y/wD43QB4LRXvX/CkvDf/AD/at/39j/8AjdH/AApLw3/z/at/39j/APjdAHgtFe9f8KS8N/8AP9q3/f2P/wCN0f8A
CkvDf/P9q3/f2P8A+N0AeC0V71/wpLw3/wA/2rf9/Y//AI3R/wAKS8N/8/2rf9/Y/wD43QB4LRXvX/CkvDf/AD/at/39j/8A
jdH/AApLw3/z/at/39j/APjdAHgtFe9f8KS8N/8AP9q3/f2P/wCN0f8ACkvDf/P9q3/f2P8A+N0AeC0V71/wpLw3/wA/2rf9
/Y//AI3R/wAKS8N/8/2rf9/Y/wD43QB4LRXvX/CkvDf/AD/at/39j/8AjdH/AApLw3/z/at/39j/APjdAHgtFe9f8KS8N/8A
P9q3/f2P/wCN0f8ACkvDf/P9q3/f2P8A+N0AeC0V71/wpLw3/wA/2rf9/Y//AI3R/wAKS8N/8/2rf9/Y/wD43QB4LRXvX/Ck
vDf/AD/at/39j/8AjdH/AApLw3/z/at/39j/APjdAHgtfVfhL/kTNC/7B9v/AOi1rjv+FJeG/wDn+1b/AL+x/wDxuvQNOsYt
M0y0sIWdorWFIULkFiqqAM478UAWaKKKACiiigAooooAKKKKACiiigAooooA474p/wDJN9W/7Y/+jkr5tr6l8aaJc+I/CV9p
Nm8STz+XtaYkKNsisckAnoD2ryP/AIUl4k/5/tJ/7+yf/G6APNqK9J/4Ul4k/wCf7Sf+/sn/AMbo/wCFJeJP+f7Sf+/sn/xu
gDzaivSf+FJeJP8An+0n/v7J/wDG6P8AhSXiT/n+0n/v7J/8boA82or0n/hSXiT/AJ/tJ/7+yf8Axuj/AIUl4k/5/tJ/7+yf
/G6APNqK9J/4Ul4k/wCf7Sf+/sn/AMbo/wCFJeJP+f7Sf+/sn/xugDzaivSf+FJeJP8An+0n/v7J/wDG6P8AhSXiT/n+0n/v
7J/8boA82or0n/hSXiT/AJ/tJ/7+yf8Axuj/AIUl4k/5/tJ/7+yf/G6APNq96+CX/ImXn/YQf/0XHXHf8KS8Sf8AP9pP/f2T
/wCN16Z8O/C194R8Pz2F/LbySyXTTAwMxXaUQdwOflNAHXUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFUdZ1H+ydKm
vvK83ytvybtucsB1wfWgC9RXDf8ACxf+oV/5Mf8A2NH/AAsX/qFf+TH/ANjQB3NFcN/wsX/qFf8Akx/9jR/wsX/qFf8Akx/9
jQB3NFcN/wALF/6hX/kx/wDY0f8ACxf+oV/5Mf8A2NAHc0Vw3/Cxf+oV/wCTH/2NH/Cxf+oV/wCTH/2NAHc0Vw3/AAsX/qFf
+TH/ANjR/wALF/6hX/kx/wDY0AdzRXDf8LF/6hX/AJMf/Y0f8LF/6hX/AJMf/Y0AdzRXDf8ACxf+oV/5Mf8A2NH/AAsX/qFf
+TH/ANjQB3NFcN/wsX/qFf8Akx/9jR/wsX/qFf8Akx/9jQB3NFZPh/Wv7dsJLr7P5GyUx7d+7OADnOB61rUAFFFFABRRRQAU
UUUAFFFFABRRRQAUUUUAZN54l0jT7t7W6u/LmTG5fLc4yMjkDHQ1Vm8VeG7mJop7pJY26o9u7A9+hWjUvB+n6rqEt7PNdLJJ
jIRlA4AHdT6VU/4V/pX/AD8Xv/fa/wDxNAB/a/gv/nlZf+AR/wDiKP7X8F/88rL/AMAj/wDEUf8ACv8ASv8An4vf++1/+Jo/
4V/pX/Pxe/8Afa//ABNAB/a/gv8A55WX/gEf/iKP7X8F/wDPKy/8Aj/8RR/wr/Sv+fi9/wC+1/8AiaP+Ff6V/wA/F7/32v8A
8TQAf2v4L/55WX/gEf8A4ij+1/Bf/PKy/wDAI/8AxFH/AAr/AEr/AJ+L3/vtf/iaP+Ff6V/z8Xv/AH2v/wATQAf2v4L/AOeV
l/4BH/4ij+1/Bf8Azysv/AI//EUf8K/0r/n4vf8Avtf/AImj/hX+lf8APxe/99r/APE0AH9r+C/+eVl/4BH/AOIo/tfwX/zy
sv8AwCP/AMRR/wAK/wBK/wCfi9/77X/4mj/hX+lf8/F7/wB9r/8AE0AH9r+C/wDnlZf+AR/+Io/tfwX/AM8rL/wCP/xFH/Cv
9K/5+L3/AL7X/wCJo/4V/pX/AD8Xv/fa/wDxNAB/a/gv/nlZf+AR/wDiKP7X8F/88rL/AMAj/wDEUf8ACv8ASv8An4vf++1/
+Jo/4V/pX/Pxe/8Afa//ABNAB/a/gv8A55WX/gEf/iKP7X8F/wDPKy/8Aj/8RR/wr/Sv+fi9/wC+1/8AiaP+Ff6V/wA/F7/3
2v8A8TQBZt/E/hm0jMdtcRQoTuKx2zqCfXAWrMHivRLm4jgivd0kjBEXynGSTgDpWb/wr/Sv+fi9/wC+1/8AialtfA+mWl3D
cxz3ZeGRZFDOuCQcjPy0AdNRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUUAFFFFABRRRQAUUUU
AFFFFABRRRQAUUUUAf/Z"""

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
NSS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."
LANG = "en-IN"
FLD = "{4A5F2E91-3C07-4B8E-9E2D-7C1B5F0A6D34}"
TBL_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
SLIDE_W, SLIDE_H = 12192000, 6858000
GUID_NS = uuid.UUID("6f1c2a4e-93b8-4d0f-a1e7-2c5d8b9e0f13")
ERR_WORDS = ["Hussainara", "Khatoon", "Godavarman", "Thirumulpad", "Vardichan", "Chaufal",
             "Bandhua", "Mukti", "Agnivesh", "Hingorani", "Tellis", "Vishaka", "Kamgar",
             "Chowdhary", "Dalveer", "Baxi", "Viswanathan", "Uttaranchal", "Sah"]
LAYOUTS = [("title", "Title Slide"), ("obj", "Title and Content"), ("secHead", "Section Header"),
           ("twoObj", "Two Content"), ("twoTxTwoObj", "Comparison"), ("titleOnly", "Title Only"),
           ("blank", "Blank"), ("objTx", "Content with Caption"), ("picTx", "Picture with Caption"),
           ("vertTx", "Title and Vertical Text"), ("vertTitleAndTx", "Vertical Title and Text")]
LAYOUT_OF = {"title": 1, "obj": 2, "smartart": 2, "table": 2, "section": 3, "twocol": 4}
GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
       '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
       '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def guid(*key):
    return "{%s}" % str(uuid.uuid5(GUID_NS, "/".join(str(k) for k in key))).upper()


def creation_id(*key):
    return ('<a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId '
            'xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="%s"/></a:ext>'
            '</a:extLst>' % guid("shape", *key))


# ---------------------------------------------------------------- text
def runs(text, extra=""):
    """Runs as PowerPoint writes them: flagged proper nouns split off with err="1"."""
    pieces, rest = [], text
    while rest:
        hit = None
        for w in ERR_WORDS:
            i = rest.find(w)
            while i >= 0 and ((i > 0 and rest[i - 1].isalpha()) or
                              (i + len(w) < len(rest) and rest[i + len(w)].isalpha())):
                i = rest.find(w, i + 1)
            if i >= 0 and (hit is None or i < hit[0]):
                hit = (i, w)
        if hit is None:
            pieces.append((rest, False))
            break
        if hit[0]:
            pieces.append((rest[:hit[0]], False))
        pieces.append((hit[1], True))
        rest = rest[hit[0] + len(hit[1]):]
    return "".join('<a:r><a:rPr lang="%s"%s dirty="0"%s/><a:t>%s</a:t></a:r>'
                   % (LANG, extra, ' err="1"' if err else "", escape(t)) for t, err in pieces)


def para(text, lvl=0, extra="", ppr=""):
    p = '<a:pPr lvl="%d"/>' % lvl if lvl else ppr
    return '<a:p>%s%s<a:endParaRPr lang="%s"%s dirty="0"/></a:p>' % (p, runs(text, extra), LANG, extra)


def empty_para():
    return '<a:p><a:endParaRPr lang="%s" dirty="0"/></a:p>' % LANG


def rels(items):
    out = ['<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (typ, target) in enumerate(items, 1):
        t = typ if typ.startswith("http") else REL + typ
        out.append('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i, t, target))
    out.append("</Relationships>")
    return DECL + "".join(out)


def xfrm(x, y, cx, cy, tag="a:xfrm", rot=0):
    r = ' rot="%d"' % rot if rot else ""
    return '<%s%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></%s>' % (tag, r, x, y, cx, cy, tag)


def ph_sp(sid, name, ph, body="", spPr="<p:spPr/>", bodyPr="<a:bodyPr/>", key=None):
    cid = creation_id(*key) if key else ""
    sp = ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s">%s</p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/>'
          '</p:cNvSpPr><p:nvPr>%s</p:nvPr></p:nvSpPr>%s' % (sid, name, cid, ph, spPr))
    if body is not None:
        sp += "<p:txBody>%s<a:lstStyle/>%s</p:txBody>" % (bodyPr, body)
    return sp + "</p:sp>"


def slidenum_field(n):
    return ('<a:p><a:fld id="%s" type="slidenum"><a:rPr lang="%s"/><a:t>%s</a:t></a:fld>'
            '<a:endParaRPr lang="%s"/></a:p>' % (FLD, LANG, n, LANG))


# ---------------------------------------------------------------- source
def parse():
    meta, slides, sections, cur = {}, [], [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("== "):
                sections.append((line[3:], []))
            elif line.startswith("--- "):
                cur = {"layout": line[4:].strip(), "title": "", "sub": [], "bullets": [], "rows": [],
                       "graphic": "", "nodes": [], "left": [], "right": [], "notes": []}
                slides.append(cur)
                sections[-1][1].append(len(slides))
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("N: "):
                cur["notes"].append(line[3:])
            elif line.startswith("G: "):
                cur["graphic"] = line[3:]
            elif line.startswith("L: "):
                cur["left"].append(line[3:])
            elif line.startswith("R: "):
                cur["right"].append(line[3:])
            elif line.startswith("| "):
                cur["rows"].append([c.strip() for c in line[2:].split(" | ")])
            elif line.startswith("* "):
                cur["nodes"].append([line[2:], []])
            elif line.startswith("  * "):
                cur["nodes"][-1][1].append(line[4:])
            elif line.lstrip().startswith("- "):
                lvl = (len(line) - len(line.lstrip())) // 2
                cur["bullets"].append((lvl, line.lstrip()[2:]))
            else:
                raise SystemExit("cannot parse: %r" % line)
    return meta, slides, sections


# ---------------------------------------------------------------- SmartArt
LAYOUT_URN = "urn:microsoft.com/office/officeart/2005/8/layout/"
QS_URN = "urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"
CS_URN = "urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"
DGM = {  # layout id: (category, root presName, node presNames and style labels)
    "chevron2": ("list", "linearFlow"),
    "default": ("list", "diagram"),
}
FRAME = (838200, 1690688, 10515600, 4486275)


def dgm_t(text=None, bullets=False):
    if text is None:
        return ('<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="%s"/></a:p></dgm:t>' % LANG)
    return '<dgm:t><a:bodyPr/><a:lstStyle/><a:p>%s</a:p></dgm:t>' % runs(text)


def pres_pt(mid, assoc, name, lbl=None, idx=None, cnt=None, lvars=""):
    attrs = ' presAssocID="%s" presName="%s"' % (assoc, name)
    if lbl:
        attrs += ' presStyleLbl="%s" presStyleIdx="%d" presStyleCnt="%d"' % (lbl, idx, cnt)
    inner = "<dgm:presLayoutVars>%s</dgm:presLayoutVars>" % lvars if lvars else ""
    if inner:
        return ('<dgm:pt modelId="%s" type="pres"><dgm:prSet%s>%s</dgm:prSet><dgm:spPr/></dgm:pt>'
                % (mid, attrs, inner))
    return '<dgm:pt modelId="%s" type="pres"><dgm:prSet%s/><dgm:spPr/></dgm:pt>' % (mid, attrs)


def data_xml(k, kind, nodes):
    """The diagram's data model: doc point, nodes with their parTrans/sibTrans, pres points."""
    g = lambda *key: guid("dgm", k, *key)
    doc = g("doc")
    pts = ['<dgm:pt modelId="%s" type="doc"><dgm:prSet loTypeId="%s%s" loCatId="%s" qsTypeId="%s" '
           'qsCatId="simple" csTypeId="%s" csCatId="accent1" phldr="1"/><dgm:spPr/>%s</dgm:pt>'
           % (doc, LAYOUT_URN, kind, DGM[kind][0], QS_URN, CS_URN, dgm_t())]
    cxns, pres, pcx = [], [], []

    def node(mid, text, parent, order):
        cx = g("cxn", mid)
        par, sib = g("par", mid), g("sib", mid)
        pts.append('<dgm:pt modelId="%s"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>%s</dgm:pt>'
                   % (mid, dgm_t(text)))
        pts.append('<dgm:pt modelId="%s" type="parTrans" cxnId="%s"><dgm:prSet/><dgm:spPr/>%s</dgm:pt>'
                   % (par, cx, dgm_t()))
        pts.append('<dgm:pt modelId="%s" type="sibTrans" cxnId="%s"><dgm:prSet/><dgm:spPr/>%s</dgm:pt>'
                   % (sib, cx, dgm_t()))
        cxns.append('<dgm:cxn modelId="%s" srcId="%s" destId="%s" srcOrd="%d" destOrd="0" '
                    'parTransId="%s" sibTransId="%s"/>' % (cx, parent, mid, order, par, sib))
        return sib

    urn = LAYOUT_URN + kind
    root = g("pres", "root")
    n = len(nodes)
    if kind == "chevron2":
        pres.append(pres_pt(root, doc, "linearFlow", lvars='<dgm:chMax/><dgm:chPref val="3"/>'
                            '<dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>'))
    else:
        pres.append(pres_pt(root, doc, "diagram", lvars='<dgm:dir/><dgm:resizeHandles val="exact"/>'))
    order = 0
    for i, (text, kids) in enumerate(nodes):
        mid = g("node", i)
        sib = node(mid, text, doc, i)
        for j, kid in enumerate(kids):
            node(g("node", i, j), kid, mid, j)
        if kind == "chevron2":
            comp, ptxt, dtxt = g("pres", "composite", i), g("pres", "parentText", i), g("pres", "desc", i)
            pres.append(pres_pt(comp, mid, "composite"))
            pres.append(pres_pt(ptxt, mid, "parentText", "alignNode1", i, n,
                                '<dgm:chMax val="1"/><dgm:bulletEnabled val="1"/>'))
            pres.append(pres_pt(dtxt, mid, "descendantText", "alignAccFollowNode1", i, n,
                                '<dgm:bulletEnabled val="1"/>'))
            pcx.append((root, comp, order))
            pcx.append((comp, ptxt, 0))
            pcx.append((comp, dtxt, 1))
            cxns.append('<dgm:cxn modelId="%s" type="presOf" srcId="%s" destId="%s" srcOrd="%d" '
                        'destOrd="0" presId="%s"/>' % (g("presOf", i), mid, ptxt, i, urn))
            for j in range(len(kids)):
                cxns.append('<dgm:cxn modelId="%s" type="presOf" srcId="%s" destId="%s" srcOrd="%d" '
                            'destOrd="0" presId="%s"/>' % (g("presOf", i, j), g("node", i, j), dtxt, j, urn))
            order += 1
            if i < n - 1:
                spc = g("pres", "sp", i)
                pres.append(pres_pt(spc, sib, "sp"))
                pcx.append((root, spc, order))
                order += 1
        else:
            box = g("pres", "node", i)
            pres.append(pres_pt(box, mid, "node", "node1", i, n, '<dgm:bulletEnabled val="1"/>'))
            pcx.append((root, box, order))
            cxns.append('<dgm:cxn modelId="%s" type="presOf" srcId="%s" destId="%s" srcOrd="%d" '
                        'destOrd="0" presId="%s"/>' % (g("presOf", i), mid, box, i, urn))
            order += 1
            if i < n - 1:
                spc = g("pres", "sibTrans", i)
                pres.append(pres_pt(spc, sib, "sibTrans", "sibTrans2D1", i, n - 1))
                pcx.append((root, spc, order))
                order += 1
    cxns.append('<dgm:cxn modelId="%s" type="presOf" srcId="%s" destId="%s" srcOrd="0" destOrd="0" '
                'presId="%s"/>' % (g("presOf", "doc"), doc, root, urn))
    for src, dest, o in pcx:
        cxns.append('<dgm:cxn modelId="%s" type="presParOf" srcId="%s" destId="%s" srcOrd="%d" '
                    'destOrd="0" presId="%s"/>' % (g("presParOf", dest), src, dest, o, urn))
    return (DECL + '<dgm:dataModel xmlns:dgm="%s" xmlns:r="%s" xmlns:a="%s"><dgm:ptLst>%s</dgm:ptLst>'
            '<dgm:cxnLst>%s</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext '
            'uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt '
            'xmlns:dsp="%s" relId="rId6" minVer="http://schemas.openxmlformats.org/drawingml/2006/'
            'diagram"/></a:ext></dgm:extLst></dgm:dataModel>'
            % (NS_DGM, NS_R, NS_A, "".join(pts + pres), "".join(cxns), NS_DSP))


def dsp_style(font="lt1"):
    return ('<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
            '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" '
            'b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="%s"/></a:fontRef></dsp:style>'
            % font)


def dsp_sp(mid, box, geom, fill, line, body, tx_box, rot=0, anchor="ctr", ins=0):
    x, y, cx, cy = box
    return ('<dsp:sp modelId="%s"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            '<dsp:spPr>%s<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s<a:ln w="12700" cap="flat" '
            'cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
            '<a:effectLst/></dsp:spPr>%s<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" '
            'wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" numCol="1" spcCol="1270" '
            'anchor="%s" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>%s</dsp:txBody>%s</dsp:sp>'
            % (mid, xfrm(x, y, cx, cy, rot=rot), geom, fill, line,
               dsp_style("lt1" if geom != "round2SameRect" else "dk1"), ins, ins, ins, ins, anchor, body,
               xfrm(*tx_box, tag="dsp:txXfrm", rot=-rot if rot else 0)))


def accent(shade=""):
    return '<a:solidFill><a:schemeClr val="accent1">%s</a:schemeClr></a:solidFill>' % shade


def drawing_xml(k, kind, nodes):
    g = lambda *key: guid("dgm", k, *key)
    _, _, W, H = FRAME
    shapes = []
    if kind == "chevron2":
        n = len(nodes)
        pitch = H // n
        w1 = int(pitch * 1.35)
        for i, (text, kids) in enumerate(nodes):
            top = i * pitch
            clen = int(pitch * 1.35)
            cxc, cyc = w1 // 2, top + clen // 2
            body = ('<a:p><a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="800100"><a:lnSpc>'
                    '<a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft>'
                    '<a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>%s</a:p>'
                    % runs(text, ' sz="1800" kern="1200"'))
            shapes.append(dsp_sp(g("pres", "parentText", i),
                                 (cxc - clen // 2, cyc - w1 // 2, clen, w1), "chevron",
                                 accent('<a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/>'
                                        '<a:alphaOff val="0"/>'),
                                 accent('<a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/>'
                                        '<a:alphaOff val="0"/>'),
                                 body, (0, top + int(pitch * 0.27), w1, int(pitch * 0.8)), rot=5400000,
                                 ins=12065))
            hv, w2 = int(pitch * 0.88), W - w1
            cx2, cy2 = w1 + w2 // 2, top + hv // 2
            body = "".join(
                '<a:p><a:pPr marL="171450" lvl="1" indent="-171450" algn="l" defTabSz="711200"><a:lnSpc>'
                '<a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft>'
                '<a:spcPct val="15000"/></a:spcAft><a:buChar char="&#8226;"/></a:pPr>%s</a:p>'
                % runs(kid, ' sz="1600" kern="1200"') for kid in kids)
            shapes.append(dsp_sp(g("pres", "desc", i), (cx2 - hv // 2, cy2 - w2 // 2, hv, w2),
                                 "round2SameRect",
                                 '<a:solidFill><a:schemeClr val="lt1"><a:alpha val="90000"/><a:hueOff val="0"/>'
                                 '<a:satOff val="0"/><a:lumOff val="0"/><a:alphaOff val="0"/></a:schemeClr>'
                                 '</a:solidFill>', accent(), body, (w1, top + 44000, w2 - 44000, hv - 88000),
                                 rot=5400000, anchor="ctr", ins=10160))
    else:
        n, cols = len(nodes), 4
        w = int(W / (cols + (cols - 1) * 0.1))
        gap = int(w * 0.1)
        h = int(w * 0.55)
        rows = (n + cols - 1) // cols
        y0 = (H - (rows * h + (rows - 1) * gap)) // 2
        for i, (text, _) in enumerate(nodes):
            r, c = divmod(i, cols)
            in_row = min(cols, n - r * cols)
            x0 = (W - (in_row * w + (in_row - 1) * gap)) // 2
            box = (x0 + c * (w + gap), y0 + r * (h + gap), w, h)
            body = ('<a:p><a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="711200"><a:lnSpc>'
                    '<a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft>'
                    '<a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>%s</a:p>'
                    % runs(text, ' sz="1600" kern="1200"'))
            shapes.append(dsp_sp(g("pres", "node", i), box, "rect",
                                 accent('<a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/>'
                                        '<a:alphaOff val="0"/>'),
                                 '<a:solidFill><a:schemeClr val="lt1"><a:hueOff val="0"/><a:satOff val="0"/>'
                                 '<a:lumOff val="0"/><a:alphaOff val="0"/></a:schemeClr></a:solidFill>',
                                 body, box, ins=10160))
    return (DECL + '<dsp:drawing xmlns:dgm="%s" xmlns:dsp="%s" xmlns:a="%s"><dsp:spTree><dsp:nvGrpSpPr>'
            '<dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>%s</dsp:spTree>'
            '</dsp:drawing>' % (NS_DGM, NS_DSP, NS_A, "".join(shapes)))


def layout_def_xml(kind):
    """A layout definition in the shape PowerPoint stores with the diagram."""
    head = ('<dgm:layoutDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="%s%s"><dgm:title val=""/>'
            '<dgm:desc val=""/>' % (NS_DGM, NS_A, LAYOUT_URN, kind))
    samp = ('<dgm:sampData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/>%s</dgm:ptLst>'
            '<dgm:cxnLst>%s</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>'
            % ("".join('<dgm:pt modelId="%d"><dgm:prSet phldr="1"/></dgm:pt>' % i for i in (1, 2, 3)),
               "".join('<dgm:cxn modelId="%d" srcId="0" destId="%d" srcOrd="%d" destOrd="0"/>'
                       % (i + 3, i, i - 1) for i in (1, 2, 3))))
    style = ('<dgm:styleData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"/>'
             '</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="2" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
             '</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel></dgm:styleData>')
    clr = style.replace("styleData", "clrData")
    if kind == "chevron2":
        cat = '<dgm:catLst><dgm:cat type="process" pri="12000"/><dgm:cat type="list" pri="10000"/></dgm:catLst>'
        body = ('<dgm:layoutNode name="linearFlow"><dgm:varLst><dgm:chMax/><dgm:chPref val="3"/><dgm:dir/>'
                '<dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="lin">'
                '<dgm:param type="linDir" val="fromT"/><dgm:param type="nodeVertAlign" val="mid"/></dgm:alg>'
                '<dgm:shape xmlns:r="%s" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst>'
                '<dgm:constr type="w" for="ch" forName="composite" refType="w"/><dgm:constr type="h" for="ch" '
                'forName="composite" refType="h" fact="0.2"/><dgm:constr type="h" for="ch" forName="sp" '
                'refType="h" refFor="ch" refForName="composite" op="equ" fact="-0.015"/></dgm:constrLst>'
                '<dgm:ruleLst/><dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode '
                'name="composite"><dgm:alg type="composite"/><dgm:shape xmlns:r="%s" r:blip=""><dgm:adjLst/>'
                '</dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="h" refType="w" op="equ" '
                'fact="0.2"/><dgm:constr type="l" for="ch" forName="parentText"/><dgm:constr type="w" '
                'for="ch" forName="parentText" refType="h" fact="1.35"/><dgm:constr type="t" for="ch" '
                'forName="descendantText"/><dgm:constr type="l" for="ch" forName="descendantText" '
                'refType="r" refFor="ch" refForName="parentText"/></dgm:constrLst><dgm:ruleLst/>'
                '<dgm:layoutNode name="parentText" styleLbl="alignNode1"><dgm:varLst><dgm:chMax val="1"/>'
                '<dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"><dgm:param type="txAnchorVert" '
                'val="mid"/></dgm:alg><dgm:shape xmlns:r="%s" rot="90" type="chevron" r:blip=""><dgm:adjLst/>'
                '</dgm:shape><dgm:presOf axis="self"/><dgm:constrLst><dgm:constr type="primFontSz" val="65"/>'
                '</dgm:constrLst><dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/>'
                '</dgm:ruleLst></dgm:layoutNode><dgm:layoutNode name="descendantText" '
                'styleLbl="alignAccFollowNode1"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst>'
                '<dgm:alg type="tx"><dgm:param type="stBulletLvl" val="1"/><dgm:param type="txAnchorVertCh" '
                'val="mid"/></dgm:alg><dgm:shape xmlns:r="%s" rot="90" type="round2SameRect" r:blip="">'
                '<dgm:adjLst/></dgm:shape><dgm:presOf axis="des" ptType="node"/><dgm:constrLst><dgm:constr '
                'type="secFontSz" val="65"/></dgm:constrLst><dgm:ruleLst><dgm:rule type="secFontSz" val="5" '
                'fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode></dgm:layoutNode><dgm:forEach '
                'name="Name1" axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sp"><dgm:alg '
                'type="sp"/><dgm:shape xmlns:r="%s" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
                '<dgm:constrLst/><dgm:ruleLst/></dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode>'
                % ((NS_R,) * 5))
    else:
        cat = '<dgm:catLst><dgm:cat type="list" pri="400"/></dgm:catLst>'
        body = ('<dgm:layoutNode name="diagram"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/>'
                '</dgm:varLst><dgm:choose name="Name0"><dgm:if name="Name1" func="var" arg="dir" op="equ" '
                'val="norm"><dgm:alg type="snake"><dgm:param type="grDir" val="tL"/><dgm:param type="flowDir" '
                'val="row"/><dgm:param type="contDir" val="sameDir"/><dgm:param type="off" val="ctr"/>'
                '</dgm:alg></dgm:if><dgm:else name="Name2"><dgm:alg type="snake"><dgm:param type="grDir" '
                'val="tR"/><dgm:param type="flowDir" val="row"/><dgm:param type="contDir" val="sameDir"/>'
                '<dgm:param type="off" val="ctr"/></dgm:alg></dgm:else></dgm:choose><dgm:shape xmlns:r="%s" '
                'r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" '
                'forName="node" refType="w"/><dgm:constr type="h" for="ch" forName="node" refType="w" '
                'refFor="ch" refForName="node" fact="0.6"/><dgm:constr type="w" for="ch" forName="sibTrans" '
                'refType="w" refFor="ch" refForName="node" fact="0.1"/><dgm:constr type="sp" refType="w" '
                'refFor="ch" refForName="sibTrans"/><dgm:constr type="primFontSz" for="ch" forName="node" '
                'op="equ" val="65"/></dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name3" axis="ch" '
                'ptType="node"><dgm:layoutNode name="node"><dgm:varLst><dgm:bulletEnabled val="1"/>'
                '</dgm:varLst><dgm:alg type="tx"/><dgm:shape xmlns:r="%s" type="rect" r:blip=""><dgm:adjLst/>'
                '</dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr '
                'type="tMarg" refType="primFontSz" fact="0.3"/><dgm:constr type="bMarg" refType="primFontSz" '
                'fact="0.3"/><dgm:constr type="lMarg" refType="primFontSz" fact="0.3"/><dgm:constr '
                'type="rMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst><dgm:rule '
                'type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode><dgm:forEach '
                'name="Name4" axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans">'
                '<dgm:alg type="sp"/><dgm:shape xmlns:r="%s" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
                '<dgm:constrLst/><dgm:ruleLst/></dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode>'
                % ((NS_R,) * 3))
    return DECL + head + cat + samp + style + clr + body + "</dgm:layoutDef>"


STYLE_LABELS = ["node0", "lnNode1", "vennNode1", "alignNode1", "node1", "node2", "node3", "node4",
                "fgImgPlace1", "alignImgPlace1", "bgImgPlace1", "sibTrans2D1", "fgSibTrans2D1",
                "bgSibTrans2D1", "sibTrans1D1", "callout", "asst0", "asst1", "parChTrans2D1",
                "parChTrans1D1", "fgAcc1", "conFgAcc1", "alignAcc1", "trAlignAcc1", "bgAcc1",
                "solidFgAcc1", "solidAlignAcc1", "solidBgAcc1", "fgAccFollowNode1",
                "alignAccFollowNode1", "bgAccFollowNode1", "fgAcc0", "fgAcc2", "fgAcc3", "fgAcc4",
                "bgShp", "dkBgShp", "trBgShp", "fgShp", "revTx"]


def quick_style_xml():
    scene = ('<dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
             '</dgm:scene3d>')
    out = [DECL, '<dgm:styleDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="%s"><dgm:title val=""/><dgm:desc '
           'val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst>%s<dgm:bg/><dgm:whole/>'
           % (NS_DGM, NS_A, QS_URN, scene)]
    for lbl in STYLE_LABELS:
        ln = 0 if lbl.startswith(("bg", "revTx", "sibTrans1D1", "parChTrans1D1")) else 2
        fill = 0 if lbl in ("revTx", "sibTrans1D1", "parChTrans1D1") else 1
        font = "dk1" if lbl.startswith(("bg", "fgAcc", "alignAcc", "trAlign", "conFg", "fgAccFollow",
                                        "alignAccFollow", "bgAccFollow", "revTx")) else "lt1"
        out.append('<dgm:styleLbl name="%s">%s<dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="%d">'
                   '<a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="%d"><a:scrgbClr r="0" g="0" '
                   'b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
                   '<a:fontRef idx="minor"><a:schemeClr val="%s"/></a:fontRef></dgm:style></dgm:styleLbl>'
                   % (lbl, scene, ln, fill, font))
    out.append("</dgm:styleDef>")
    return "".join(out)


def colors_xml():
    out = [DECL, '<dgm:colorsDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="%s"><dgm:title val=""/><dgm:desc '
           'val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst>' % (NS_DGM, NS_A, CS_URN)]
    for lbl in STYLE_LABELS:
        light = lbl.startswith(("fgAcc", "alignAcc", "trAlign", "conFg", "bgAcc", "fgAccFollow",
                                "alignAccFollow", "bgAccFollow", "bgShp", "revTx"))
        fill = '<a:schemeClr val="lt1"><a:alpha val="90000"/></a:schemeClr>' if light else \
            '<a:schemeClr val="accent1"/>'
        line = '<a:schemeClr val="accent1"/>' if light else '<a:schemeClr val="lt1"/>'
        tx = '<a:schemeClr val="dk1"/>' if light else '<a:schemeClr val="lt1"/>'
        out.append('<dgm:styleLbl name="%s"><dgm:fillClrLst meth="repeat">%s</dgm:fillClrLst><dgm:linClrLst '
                   'meth="repeat">%s</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst '
                   'meth="repeat">%s</dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl>'
                   % (lbl, fill, line, tx))
    out.append("</dgm:colorsDef>")
    return "".join(out)


# ---------------------------------------------------------------- slides
def footer_sps(n, nid, meta):
    return (ph_sp(nid, "Footer Placeholder %d" % (nid - 1), '<p:ph type="ftr" sz="quarter" idx="11"/>',
                  para(meta["footer"]), key=(n, "ftr"))
            + ph_sp(nid + 1, "Slide Number Placeholder %d" % nid, '<p:ph type="sldNum" sz="quarter" idx="12"/>',
                    slidenum_field(n), key=(n, "sldNum")))


def frame(n, name, sid, uri, inner, box):
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="%s">%s</p:cNvPr>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr>'
            '<p:ph idx="1"/><p:extLst><p:ext uri="{D42A27DB-BD31-4B8C-83A1-F6EECF244321}"><p14:modId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext>'
            '</p:extLst></p:nvPr></p:nvGraphicFramePr>%s<a:graphic><a:graphicData uri="%s">%s'
            '</a:graphicData></a:graphic></p:graphicFrame>'
            % (sid, name, creation_id(n, name), int(uuid.uuid5(GUID_NS, "mod%d" % n).int % 4000000000),
               xfrm(*box, tag="p:xfrm"), uri, inner))


def slide_xml(n, s, meta, dgm_index):
    shapes = []
    lay = s["layout"]
    if lay == "title":
        shapes.append(ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', para(s["title"]), key=(n, "t")))
        shapes.append(ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                            "".join(para(t) for t in s["sub"]), key=(n, "s"),
                            bodyPr='<a:bodyPr><a:normAutofit/></a:bodyPr>'))
        return finish_slide(n, shapes)
    shapes.append(ph_sp(2, "Title 1", '<p:ph type="title"/>', para(s["title"]), key=(n, "t")))
    if lay == "obj":
        body = "".join(para(t, lvl) for lvl, t in s["bullets"])
        fit = ('<a:bodyPr><a:normAutofit fontScale="85000" lnSpcReduction="10000"/></a:bodyPr>'
               if sum(len(t) for _, t in s["bullets"]) > 520 else "<a:bodyPr><a:normAutofit/></a:bodyPr>")
        shapes.append(ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body, bodyPr=fit, key=(n, "c")))
    elif lay == "section":
        shapes.append(ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>',
                            "".join(para(t) for t in s["sub"]), key=(n, "c")))
    elif lay == "twocol":
        for sid, side, idx in ((3, "left", 1), (4, "right", 2)):
            items = s[side]
            body = para(items[0], extra=' b="1"', ppr='<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>')
            body += "".join(para(t) for t in items[1:])
            shapes.append(ph_sp(sid, "Content Placeholder %d" % (sid - 1),
                                '<p:ph sz="half" idx="%d"/>' % idx, body, key=(n, side),
                                bodyPr="<a:bodyPr><a:normAutofit/></a:bodyPr>"))
    elif lay == "table":
        widths = [4150000, 1000000, 5365600]
        h = 370840
        grid = "".join('<a:gridCol w="%d"><a:extLst><a:ext uri="{9D8B030D-6E8A-4147-A177-3AD203B41FA5}">'
                       '<a16:colId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" val="%d"/>'
                       '</a:ext></a:extLst></a:gridCol>' % (w, 1000 + 1100 * i) for i, w in enumerate(widths))
        trs = []
        for i, row in enumerate(s["rows"]):
            tcs = "".join('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>'
                          % para(c, extra=' sz="1400"') for c in row)
            trs.append('<a:tr h="%d">%s<a:extLst><a:ext uri="{0D108BD9-81ED-4DB2-BD59-A6C34878D82A}">'
                       '<a16:rowId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" val="%d"/>'
                       '</a:ext></a:extLst></a:tr>' % (h, tcs, 2000 + 10 * i))
        inner = ('<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>%s</a:tableStyleId></a:tblPr>'
                 '<a:tblGrid>%s</a:tblGrid>%s</a:tbl>' % (TBL_STYLE, grid, "".join(trs)))
        shapes.append(frame(n, "Table 3", 4, "http://schemas.openxmlformats.org/drawingml/2006/table", inner,
                            (838200, 1690688, sum(widths), h * len(s["rows"]))))
    elif lay == "smartart":
        inner = ('<dgm:relIds xmlns:dgm="%s" r:dm="rId2" r:lo="rId3" r:qs="rId4" r:cs="rId5"/>' % NS_DGM)
        shapes.append(frame(n, "Content Placeholder 3", 4, NS_DGM, inner, FRAME))
    nid = 5 if lay in ("table", "smartart", "twocol") else 4
    shapes.append(footer_sps(n, nid, meta))
    return finish_slide(n, shapes)


def finish_slide(n, shapes):
    return (DECL + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree><p:extLst><p:ext '
            'uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext>'
            '</p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (NSS, GRP, "".join(shapes), int(uuid.uuid5(GUID_NS, "sld%d" % n).int % 4000000000)))


def notes_xml(n, s):
    body = "".join(para(t) for t in s["notes"])
    return (DECL + '<p:notes %s><p:cSld><p:spTree>%s' % (NSS, GRP)
            + '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
              '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
              '</p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            + ph_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', body)
            + ph_sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                    slidenum_field(n))
            + '</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
              'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext>'
              '</p:extLst></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
            % int(uuid.uuid5(GUID_NS, "notes%d" % n).int % 4000000000))


# ---------------------------------------------------------------- master, layouts, theme
def lvl_styles(sizes, bullet=True, indent=228600):
    out = []
    for i, sz in enumerate(sizes, 1):
        mar = indent * (2 * i - 1) if bullet else (i - 1) * 457200
        bu = ('<a:buFont typeface="Arial" panose="020B0604020202020204"/><a:buChar char="&#8226;"/>'
              if bullet else "")
        out.append('<a:lvl%dpPr marL="%d"%s algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                   'hangingPunct="1">%s%s<a:defRPr sz="%d" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
                   '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
                   '</a:defRPr></a:lvl%dpPr>'
                   % (i, mar, ' indent="%d"' % -indent if bullet else "",
                      '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPts val="%d"/></a:spcBef>'
                      % (1000 if i == 1 else 500) if bullet else "", bu, sz, i))
    return "".join(out)


def box_sp(sid, name, ph, x, y, cx, cy, body, bodyPr='<a:bodyPr/>'):
    return ph_sp(sid, name, ph, body, '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
                 % xfrm(x, y, cx, cy), bodyPr)


def master_footers(start, master=True):
    idx = (2, 3, 4) if master else (10, 11, 12)
    mk = (lambda *a: box_sp(*a)) if master else (lambda sid, name, ph, x, y, cx, cy, body:
                                                  ph_sp(sid, name, ph, body))
    return (mk(start, "Date Placeholder %d" % (start - 1), '<p:ph type="dt" sz="half" idx="%d"/>' % idx[0],
               838200, 6356350, 2743200, 365125,
               '<a:p><a:fld id="{2B8C0F4E-91D3-4A67-B5E2-3C8D9A0F1E22}" type="datetimeFigureOut"><a:rPr '
               'lang="%s"/><a:t>24-08-2025</a:t></a:fld><a:endParaRPr lang="%s"/></a:p>' % (LANG, LANG))
            + mk(start + 1, "Footer Placeholder %d" % start, '<p:ph type="ftr" sz="quarter" idx="%d"/>' % idx[1],
                 4038600, 6356350, 4114800, 365125, '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG)
            + mk(start + 2, "Slide Number Placeholder %d" % (start + 1),
                 '<p:ph type="sldNum" sz="quarter" idx="%d"/>' % idx[2], 8610600, 6356350, 2743200, 365125,
                 slidenum_field("&#8249;#&#8250;").replace("&amp;", "&")))


def master_xml():
    sps = (box_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563,
                  para("Click to edit Master title style"),
                  '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" '
                  'anchor="ctr"><a:normAutofit/></a:bodyPr>')
           + box_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', 838200, 1825625, 10515600, 4351338,
                    para("Click to edit Master text styles") + para("Second level", 1) + para("Third level", 2)
                    + para("Fourth level", 3) + para("Fifth level", 4),
                    '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
                    '<a:normAutofit/></a:bodyPr>')
           + master_footers(4))
    title_style = ('<p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" '
                   'hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
                   '</a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
                   '</a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
                   '</a:defRPr></a:lvl1pPr></p:titleStyle>')
    ids = "".join('<p:sldLayoutId id="%d" r:id="rId%d"/>' % (2147483649 + i, i + 1) for i in range(len(LAYOUTS)))
    return (DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s</p:spTree><p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}">'
            '<p14:creationId xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" '
            'val="2209977519"/></p:ext></p:extLst></p:cSld>' % (NSS, GRP, sps)
            + '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
              'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
              'folHlink="folHlink"/><p:sldLayoutIdLst>%s</p:sldLayoutIdLst><p:txStyles>%s' % (ids, title_style)
            + '<p:bodyStyle>%s</p:bodyStyle><p:otherStyle>%s</p:otherStyle></p:txStyles></p:sldMaster>'
            % (lvl_styles([2800, 2400, 2000, 2000, 2000]), lvl_styles([1800] * 5, bullet=False)))


def layout_xml(i, typ, name):
    t = ph_sp(2, "Title 1", '<p:ph type="%s"/>' % ("ctrTitle" if typ == "title" else "title"),
              para("Click to edit Master title style"))
    body = (para("Click to edit Master text styles") + para("Second level", 1) + para("Third level", 2)
            + para("Fourth level", 3) + para("Fifth level", 4))
    sps = {
        "title": t + ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', para("Click to edit Master subtitle style"),
                           '<p:spPr>%s</p:spPr>' % xfrm(1524000, 3602038, 9144000, 1655762)),
        "obj": t + ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body),
        "secHead": t + ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', para("Click to edit Master text styles"),
                             '<p:spPr>%s</p:spPr>' % xfrm(831850, 4589463, 10515600, 1500187)),
        "twoObj": t + ph_sp(3, "Content Placeholder 2", '<p:ph sz="half" idx="1"/>', body,
                            '<p:spPr>%s</p:spPr>' % xfrm(838200, 1825625, 5181600, 4351338))
        + ph_sp(4, "Content Placeholder 3", '<p:ph sz="half" idx="2"/>', body,
                '<p:spPr>%s</p:spPr>' % xfrm(6172200, 1825625, 5181600, 4351338)),
        "twoTxTwoObj": t + ph_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', para("Click to edit Master text styles"))
        + ph_sp(4, "Content Placeholder 3", '<p:ph sz="half" idx="2"/>', body)
        + ph_sp(5, "Text Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', para("Click to edit Master text styles"))
        + ph_sp(6, "Content Placeholder 5", '<p:ph sz="quarter" idx="4"/>', body),
        "titleOnly": t,
        "blank": "",
        "objTx": t + ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', body)
        + ph_sp(4, "Text Placeholder 3", '<p:ph type="body" sz="half" idx="2"/>', para("Click to edit Master text styles")),
        "picTx": t + ph_sp(3, "Picture Placeholder 2", '<p:ph type="pic" idx="1"/>', empty_para())
        + ph_sp(4, "Text Placeholder 3", '<p:ph type="body" sz="half" idx="2"/>', para("Click to edit Master text styles")),
        "vertTx": t + ph_sp(3, "Vertical Text Placeholder 2", '<p:ph type="body" orient="vert" idx="1"/>', body),
        "vertTitleAndTx": ph_sp(2, "Vertical Title 1", '<p:ph type="title" orient="vert"/>',
                                para("Click to edit Master title style"))
        + ph_sp(3, "Vertical Text Placeholder 2", '<p:ph type="body" orient="vert" idx="1"/>', body),
    }[typ]
    start = sps.count("<p:sp>") + 2
    if typ == "blank":
        start = 2
    return (DECL + '<p:sldLayout %s type="%s" preserve="1"><p:cSld name="%s"><p:spTree>%s%s%s</p:spTree>'
            '<p:extLst><p:ext uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}"><p14:creationId '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="%d"/></p:ext></p:extLst>'
            '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
            % (NSS, typ, name, GRP, sps, master_footers(start, master=False),
               int(uuid.uuid5(GUID_NS, "layout%d" % i).int % 4000000000)))


def theme_xml(name):
    clr = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
           ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
           ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
           ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
           ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
           ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
           ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr_s = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in clr)
    font = ('<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
            'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>')
    ph = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    grad = ('<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/>'
            '<a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr '
            'val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs>'
            '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/>'
            '<a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>')
    ln = "".join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/>'
                 '</a:ln>' % (w, ph) for w in (6350, 12700, 19050))
    eff = ("<a:effectStyle><a:effectLst/></a:effectStyle>" * 2
           + '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" '
             'rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw>'
             '</a:effectLst></a:effectStyle>')
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme>'
           % (ph, grad, grad, ln, eff, ph, '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/>'
              '<a:satMod val="170000"/></a:schemeClr></a:solidFill>', grad))
    return (DECL + '<a:theme xmlns:a="%s" name="%s"><a:themeElements><a:clrScheme name="Office">%s</a:clrScheme>'
            '<a:fontScheme name="Office">%s</a:fontScheme>%s</a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
            'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
            'id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext>'
            '</a:extLst></a:theme>' % (NS_A, name, clr_s, font, fmt))


def notes_master_xml():
    empty = '<a:p><a:endParaRPr lang="%s"/></a:p>' % LANG
    bp = '<a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/>'
    sps = (box_sp(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>', 0, 0, 2971800, 458788, empty, bp)
           + box_sp(3, "Date Placeholder 2", '<p:ph type="dt" idx="1"/>', 3884613, 0, 2971800, 458788, empty, bp)
           + '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Image Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1" '
             'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>'
             '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700">'
             '<a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>'
             % xfrm(685800, 1143000, 5486400, 3086100)
           + box_sp(5, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', 685800, 4400550, 5486400,
                    3600450, para("Click to edit Master text styles"), bp)
           + box_sp(6, "Footer Placeholder 5", '<p:ph type="ftr" sz="quarter" idx="4"/>', 0, 8685213, 2971800,
                    458787, empty, bp)
           + box_sp(7, "Slide Number Placeholder 6", '<p:ph type="sldNum" sz="quarter" idx="5"/>', 3884613, 8685213,
                    2971800, 458787, slidenum_field("&#8249;#&#8250;").replace("&amp;", "&"), bp))
    return (DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
            'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle>%s</p:notesStyle></p:notesMaster>'
            % (NSS, GRP, sps, lvl_styles([1200] * 5, bullet=False)))


# ---------------------------------------------------------------- package
def build(out_path):
    meta, slides, sections = parse()
    n = len(slides)
    with_notes = [i for i, s in enumerate(slides, 1) if s["notes"]]
    diagrams = [i for i, s in enumerate(slides, 1) if s["layout"] == "smartart"]
    parts = []  # (name, data) in the order they are written

    ct = ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="jpeg" ContentType="image/jpeg"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="%spresentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="%spresentationml.slideMaster+xml"/>'
          % (CT, CT)]
    for i in range(1, n + 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="%spresentationml.slide+xml"/>' % (i, CT))
    ct.append('<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="%spresentationml.notesMaster'
              '+xml"/>' % CT)
    ct.append('<Override PartName="/ppt/presProps.xml" ContentType="%spresentationml.presProps+xml"/>'
              '<Override PartName="/ppt/viewProps.xml" ContentType="%spresentationml.viewProps+xml"/>'
              '<Override PartName="/ppt/theme/theme1.xml" ContentType="%stheme+xml"/>'
              '<Override PartName="/ppt/tableStyles.xml" ContentType="%spresentationml.tableStyles+xml"/>'
              % (CT, CT, CT, CT))
    for i in range(1, len(LAYOUTS) + 1):
        ct.append('<Override PartName="/ppt/slideLayouts/slideLayout%d.xml" ContentType="%spresentationml.'
                  'slideLayout+xml"/>' % (i, CT))
    for k in range(1, len(diagrams) + 1):
        ct.append('<Override PartName="/ppt/diagrams/data%d.xml" ContentType="%sdrawingml.diagramData+xml"/>'
                  '<Override PartName="/ppt/diagrams/layout%d.xml" ContentType="%sdrawingml.diagramLayout+xml"/>'
                  '<Override PartName="/ppt/diagrams/quickStyle%d.xml" ContentType="%sdrawingml.diagramStyle+xml"/>'
                  '<Override PartName="/ppt/diagrams/colors%d.xml" ContentType="%sdrawingml.diagramColors+xml"/>'
                  '<Override PartName="/ppt/diagrams/drawing%d.xml" ContentType="application/vnd.ms-office.'
                  'drawingml.diagramDrawing+xml"/>' % (k, CT, k, CT, k, CT, k, CT, k))
    ct.append('<Override PartName="/ppt/theme/theme2.xml" ContentType="%stheme+xml"/>' % CT)
    for i in with_notes:
        ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%spresentationml.'
                  'notesSlide+xml"/>' % (i, CT))
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
              'core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="%sextended-properties'
              '+xml"/></Types>' % CT)
    parts.append(("[Content_Types].xml", DECL + "".join(ct)))
    parts.append(("_rels/.rels", rels([
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg"),
        ("officeDocument", "ppt/presentation.xml"),
        ("extended-properties", "docProps/app.xml")])))

    pres_rels = [("slideMaster", "slideMasters/slideMaster1.xml")]
    pres_rels += [("slide", "slides/slide%d.xml" % i) for i in range(1, n + 1)]
    pres_rels += [("notesMaster", "notesMasters/notesMaster1.xml"), ("presProps", "presProps.xml"),
                  ("viewProps", "viewProps.xml"), ("theme", "theme/theme1.xml"),
                  ("tableStyles", "tableStyles.xml")]
    sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, i + 1) for i in range(1, n + 1))
    sec = "".join('<p14:section name="%s" id="%s"><p14:sldIdLst>%s</p14:sldIdLst></p14:section>'
                  % (escape(name), guid("section", name), "".join('<p14:sldId id="%d"/>' % (255 + i) for i in idx))
                  for name, idx in sections)
    pres = (DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/>'
            '</p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/>'
            '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>%s</p:defaultTextStyle><p:extLst>'
            '<p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst '
            'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">%s</p14:sectionLst></p:ext>'
            '<p:ext uri="{EFAFB233-063F-42B5-8137-9DF3F51BA10A}"><p15:sldGuideLst '
            'xmlns:p15="http://schemas.microsoft.com/office/powerpoint/2012/main"/></p:ext></p:extLst>'
            '</p:presentation>'
            % (NSS, n + 2, sld_ids, SLIDE_W, SLIDE_H, lvl_styles([1800] * 5, bullet=False), sec))
    parts.append(("ppt/presentation.xml", pres))
    parts.append(("ppt/_rels/presentation.xml.rels", rels(pres_rels)))

    for i, s in enumerate(slides, 1):
        parts.append(("ppt/slides/slide%d.xml" % i, slide_xml(i, s, meta, diagrams)))
    for i, s in enumerate(slides, 1):
        r = [("slideLayout", "../slideLayouts/slideLayout%d.xml" % LAYOUT_OF[s["layout"]])]
        if s["layout"] == "smartart":
            k = diagrams.index(i) + 1
            r += [("diagramData", "../diagrams/data%d.xml" % k), ("diagramLayout", "../diagrams/layout%d.xml" % k),
                  ("diagramQuickStyle", "../diagrams/quickStyle%d.xml" % k),
                  ("diagramColors", "../diagrams/colors%d.xml" % k),
                  ("http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
                   "../diagrams/drawing%d.xml" % k)]
        if s["notes"]:
            r.append(("notesSlide", "../notesSlides/notesSlide%d.xml" % i))
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i, rels(r)))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("slideLayout", "../slideLayouts/slideLayout%d.xml" % i) for i in range(1, len(LAYOUTS) + 1)]
                       + [("theme", "../theme/theme1.xml")])))
    for i, (typ, name) in enumerate(LAYOUTS, 1):
        parts.append(("ppt/slideLayouts/slideLayout%d.xml" % i, layout_xml(i, typ, name)))
    for i in range(1, len(LAYOUTS) + 1):
        parts.append(("ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i,
                      rels([("slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme_xml("Office Theme")))
    for k, i in enumerate(diagrams, 1):
        s = slides[i - 1]
        parts.append(("ppt/diagrams/data%d.xml" % k, data_xml(k, s["graphic"], s["nodes"])))
        parts.append(("ppt/diagrams/layout%d.xml" % k, layout_def_xml(s["graphic"])))
        parts.append(("ppt/diagrams/quickStyle%d.xml" % k, quick_style_xml()))
        parts.append(("ppt/diagrams/colors%d.xml" % k, colors_xml()))
        parts.append(("ppt/diagrams/drawing%d.xml" % k, drawing_xml(k, s["graphic"], s["nodes"])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme2.xml", theme_xml("Office Theme")))
    for i in with_notes:
        parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, notes_xml(i, slides[i - 1])))
        parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i,
                      rels([("notesMaster", "../notesMasters/notesMaster1.xml"),
                            ("slide", "../slides/slide%d.xml" % i)])))
    parts.append(("docProps/thumbnail.jpeg", base64.b64decode("".join(THUMB.split()))))
    parts.append(("ppt/presProps.xml", DECL + '<p:presentationPr %s><p:extLst><p:ext '
                  'uri="{E76CE94A-603C-4142-B9EB-6D1370010A27}"><p14:discardImageEditData '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="0"/></p:ext><p:ext '
                  'uri="{D31A062A-798A-4329-ABDD-BBA856620510}"><p14:defaultImageDpi '
                  'xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" val="220"/></p:ext><p:ext '
                  'uri="{FD5EFAAD-0ECE-453E-9831-46B23BE46B34}"><p15:chartTrackingRefBased '
                  'xmlns:p15="http://schemas.microsoft.com/office/powerpoint/2012/main"/></p:ext></p:extLst>'
                  '</p:presentationPr>' % NSS))
    parts.append(("ppt/viewProps.xml", DECL + '<p:viewPr %s lastView="sldSorterView"><p:normalViewPr horzBarState="maximized">'
                  '<p:restoredLeft sz="15987" autoAdjust="0"/><p:restoredTop sz="83224" autoAdjust="0"/>'
                  '</p:normalViewPr><p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale>'
                  '<a:sx n="96" d="100"/><a:sy n="96" d="100"/></p:scale><p:origin x="528" y="84"/></p:cViewPr>'
                  '<p:guideLst/></p:cSldViewPr></p:slideViewPr><p:sorterViewPr><p:cViewPr><p:scale><a:sx n="100" '
                  'd="100"/><a:sy n="100" d="100"/></p:scale><p:origin x="0" y="0"/></p:cViewPr></p:sorterViewPr>'
                  '<p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale>'
                  '<p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="72008" cy="72008"/>'
                  '</p:viewPr>' % NSS))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="%s" def="%s"/>' % (NS_A, TBL_STYLE)))

    texts = []
    for s in slides:
        texts += [s["title"]] + s["sub"] + [b for _, b in s["bullets"]] + [c for r in s["rows"] for c in r]
        texts += s["left"] + s["right"] + [t for node, kids in s["nodes"] for t in [node] + kids]
    words = sum(len(t.split()) for t in texts)
    paras = len(texts)
    titles = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(s["title"]) for s in slides)
    app = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>%s'
           '</TotalTime><Words>%d</Words><Application>Microsoft Office PowerPoint</Application>'
           '<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>%d</Paragraphs><Slides>%d</Slides>'
           '<Notes>%d</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>'
           '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts used</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>'
           '<vt:vector size="%d" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr>'
           '<vt:lpstr>Calibri Light</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>%s</vt:vector></TitlesOfParts>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
           % (meta["totaltime"], words, paras, n, len(with_notes), n, n + 4, titles))
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>%s</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(meta["title"]), escape(meta["creator"]), escape(meta["modified"]), meta["revision"],
               meta["created"], meta["saved"]))
    parts.append(("docProps/core.xml", DECL + core))
    parts.append(("docProps/app.xml", DECL + app))

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with zipfile.ZipFile(out_path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
