package rtf

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// dest is what a group's text is: a destination in RTF's words.
type dest int

const (
	destText      dest = iota // text of the document: its body, a footnote, a text box
	destSkip                  // no text to read (a font table, a picture, a header)
	destHold                  // no text, but its \result (\ud, \shptxt) is read
	destInfo                  // the document's properties: only their \title is read
	destTitle                 // the title in the properties
	destFonts                 // the font table: the character set of each font
	destStyles                // the stylesheet: each style's name and heading level
	destMarker                // \listtext, \pntext: the number or bullet of a list's entry
	destFieldInst             // a field's instruction ("HYPERLINK …", "TOC …")
)

// destinations are the control words that open a destination, and what
// it is when met in text. A destination RTF marks as optional ("\*\…")
// that is not here holds nothing to read.
var destinations = map[string]dest{
	"fonttbl": destFonts, "stylesheet": destStyles, "info": destInfo, "title": destTitle,
	"listtext": destMarker, "pntext": destMarker, "fldinst": destFieldInst,
	"footnote": destText, "fldrslt": destText, "result": destText, "ud": destText, "shptxt": destText,
	"object": destHold, "upr": destHold, "shp": destHold, "shpinst": destHold,

	"colortbl": destSkip, "expandedcolortbl": destSkip, "pict": destSkip, "listtable": destSkip,
	"listoverridetable": destSkip, "revtbl": destSkip, "rsidtbl": destSkip, "generator": destSkip,
	"header": destSkip, "headerl": destSkip, "headerr": destSkip, "headerf": destSkip,
	"footer": destSkip, "footerl": destSkip, "footerr": destSkip, "footerf": destSkip,
	"xe": destSkip, "tc": destSkip, "txe": destSkip, "rxe": destSkip, "pn": destSkip,
	"pntxta": destSkip, "pntxtb": destSkip, "nonshppict": destSkip, "shppict": destSkip,
	"shprslt": destSkip, "sp": destSkip, "objdata": destSkip, "objclass": destSkip,
	"nonesttables": destSkip, "annotation": destText, "atnid": destSkip, "atnauthor": destSkip,
	"atnref": destSkip, "atndate": destSkip, "atnparent": destSkip, "atntime": destSkip, "atnicn": destSkip,
	"ftnsep": destSkip, "ftnsepc": destSkip, "ftncn": destSkip, "aftnsep": destSkip,
	"aftnsepc": destSkip, "aftncn": destSkip, "template": destSkip, "xmlnstbl": destSkip,
	"filetbl": destSkip, "do": destSkip, "bkmkstart": destSkip, "bkmkend": destSkip,
	"NeXTGraphic": destSkip,
}

// Limits on one file. Notes are kilobytes to a few megabytes (pictures
// make them larger); these keep a huge or hostile file to a bounded read.
const (
	MaxBytes      = 64 << 20 // larger files are refused
	MaxDepth      = 512      // groups nested deeper are refused as damaged
	MaxParagraphs = 200_000  // files with more paragraphs are refused
	MaxText       = 16 << 20 // and so are those with more text, in bytes
	maxCells      = 64       // a row's cells after these are written in its last
	maxEntries    = 4096     // fonts or styles read; more are not looked at
	maxShort      = 512      // bytes kept of a title, a style's name, a marker or a field's instruction
)

// A state is what a group says of the text in it. A group starts with
// the state of the group holding it, and ends with it.
type state struct {
	dest   dest
	out    *collector // where the paragraphs of its text go
	opened *collector // the footnote or text box the group opened, finished when it ends
	box    bool       // opened is a text box
	remark bool       // opened is a comment (\annotation)
	field  *field     // the field the group is in, nil for none
	ud     bool       // in a \ud: the Unicode text of a \upr
	mark   bool       // a TextEdit attachment (\NeXTGraphic), whose mark "¬" follows the group
	bold   bool
	hidden bool // \v
	size   int  // \fs, in half-points
	font   int  // \f
	uc     int  // \uc: the characters that stand for a \u, skipped
	para   paraProps
}

// A field is a \field, whose instruction says whether its result is read.
type field struct {
	inst strings.Builder
}

// hidesResult reports whether the field's result is no text of the
// notes: a table of contents, a page number.
func (f *field) hidesResult() bool {
	name, _, _ := strings.Cut(strings.TrimSpace(f.inst.String())+" ", " ")
	switch strings.ToUpper(name) {
	case "TOC", "PAGE", "NUMPAGES", "PAGEREF", "SECTIONPAGES", "INDEX":
		return true
	}
	return false
}

// reader reads an RTF file's tokens into a document.
type reader struct {
	scan     *scanner
	doc      *document
	st       state
	stack    []state // the states of the groups holding the current one
	started  bool    // the document's group is open
	done     bool    // and closed again
	starred  bool    // the last token was "\*"
	attached bool    // an attachment's group just ended: the "¬" that marks it follows
	skip     int     // characters still to skip after a \u
	high     rune    // the high surrogate of a \u pair, 0 for none
	pending  []byte  // text in a code page not yet decoded
	pendLine int
	codepage int         // the document's (\ansicpg)
	deff     int         // the default font (\deff)
	fonts    map[int]int // the code page of each font
	fontAt   int         // the font of the font table being read
	styleAt  int         // the style of the stylesheet being read, -1 for none
	decoders decoders
	main     *collector
	paras    int // paragraphs read
	textLen  int // bytes of text read
	err      error
}

func newReader(data []byte) *reader {
	main := &collector{sizes: map[int]int{}}
	return &reader{
		scan:     newScanner(data),
		doc:      &document{styles: map[int]style{}},
		st:       state{out: main, size: 24, uc: 1},
		codepage: 1252,
		fonts:    map[int]int{},
		decoders: decoders{},
		main:     main,
	}
}

// read reads the document's group, and what is left open when the file
// ends early.
func (r *reader) read() (*document, error) {
	for !r.done && r.err == nil {
		t := r.scan.next()
		if t.kind == tokEOF {
			break
		}
		r.token(t)
	}
	if r.err != nil {
		return nil, r.err
	}
	r.flush()
	for len(r.stack) > 0 {
		r.close()
	}
	if r.main.pending() {
		r.endParagraphOf(r.main, r.st.para, r.scan.line)
	}
	r.main.closeTable()
	r.doc.blocks, r.doc.sizes = r.main.blocks, r.main.sizes
	return r.doc, r.err
}

func (r *reader) token(t token) {
	if r.skip > 0 && r.skipped(&t) {
		return
	}
	starred := r.starred
	r.starred = false
	switch t.kind {
	case tokText:
		r.addBytes(t.text, t.line)
		return
	case tokHex:
		r.addBytes([]byte{t.symbol}, t.line)
		return
	}
	r.flush()
	switch t.kind {
	case tokOpen:
		r.open(t.line)
	case tokClose:
		r.close()
	case tokSymbol:
		r.symbol(t)
	case tokWord:
		r.word(t, starred)
	}
}

// skipped skips what stands for the character of a \u, as many
// characters as \uc says: a byte of text, a \'xx or a control word each
// count one; a brace ends the skipping.
func (r *reader) skipped(t *token) bool {
	switch t.kind {
	case tokOpen, tokClose:
		r.skip = 0
		return false
	case tokText:
		n := min(r.skip, len(t.text))
		r.skip -= n
		t.text = t.text[n:]
		return len(t.text) == 0
	}
	r.skip--
	return true
}

func (r *reader) open(line int) {
	if !r.started {
		r.started = true
		return
	}
	if len(r.stack) >= MaxDepth {
		r.err = fmt.Errorf("damaged RTF: groups nested more than %d deep (line %d)", MaxDepth, line)
		return
	}
	r.stack = append(r.stack, r.st)
	r.st.opened, r.st.box, r.st.remark = nil, false, false
}

// close ends a group, finishing the footnote or text box it opened; the
// document's own group ends the reading.
func (r *reader) close() {
	if len(r.stack) == 0 {
		r.done = r.started
		return
	}
	ended := r.st
	r.st = r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	r.attached = ended.mark
	if ended.opened != nil {
		r.finish(ended, r.st.out)
	}
}

// finish adds the footnote, comment or text box that state ended to the
// paragraphs of out: a footnote or a comment ("Comment: …") as a note, a
// text box's paragraphs after the paragraph that holds it.
func (r *reader) finish(ended state, out *collector) {
	c := ended.opened
	if c.pending() {
		r.endParagraphOf(c, ended.para, r.scan.line)
	}
	c.closeTable()
	if ended.box {
		if out.pending() {
			out.after = append(out.after, c.blocks...)
		} else {
			out.closeTable()
			out.blocks = append(out.blocks, c.blocks...)
		}
		return
	}
	var note []string
	line := 0
	for _, b := range c.blocks {
		if line == 0 {
			line = b.line
		}
		note = append(note, b.texts()...)
	}
	if len(note) > 0 && ended.remark {
		note = []string{corpus.Comment(strings.Join(note, " "))}
	}
	if len(note) > 0 {
		out.blocks = append(out.blocks, block{kind: noteBlock, line: line, note: note})
	}
}

func (r *reader) symbol(t token) {
	switch t.symbol {
	case '*':
		r.starred = true
	case '\n', '\r':
		r.endParagraph(t.line)
	case '\\', '{', '}':
		r.text(string(t.symbol), t.line)
	case '~':
		r.text(" ", t.line)
	case '_':
		r.text("-", t.line)
	}
}

func (r *reader) word(t token, starred bool) {
	name := string(t.text)
	if d, ok := destinations[name]; ok {
		r.destination(name, d)
		return
	}
	if starred {
		r.st.dest = destSkip
		return
	}
	if do, ok := words[name]; ok {
		do(r, t)
		return
	}
	if s, ok := characters[name]; ok {
		r.text(s, t.line)
	}
}

// reads are the destinations that hold text in a destination that does
// not (an object's \result, a shape's \shptxt).
var reads = map[string]bool{"result": true, "ud": true, "shptxt": true}

// destination makes the group the destination name opens, in the
// destination of the group holding it.
func (r *reader) destination(name string, d dest) {
	switch r.st.dest {
	case destText:
	case destHold:
		if !reads[name] {
			if d != destHold {
				r.st.dest = destSkip
			}
			return
		}
	case destInfo:
		r.infoDestination(name)
		return
	default:
		r.st.dest = destSkip
		return
	}
	switch name {
	case "footnote", "shptxt", "annotation":
		c := &collector{}
		r.st.out, r.st.opened, r.st.box, r.st.remark = c, c, name == "shptxt", name == "annotation"
		r.st.para = paraProps{}
		r.st.dest = destText
	case "fldinst":
		if r.st.field == nil {
			r.st.field = &field{}
		}
		r.st.dest = destFieldInst
	case "fldrslt":
		if r.st.field != nil && r.st.field.hidesResult() {
			r.st.dest = destSkip
			return
		}
		r.st.dest = destText
	case "title":
		r.st.dest = destSkip // a \title outside the properties
	case "NeXTGraphic":
		r.st.dest, r.st.mark = destSkip, true
	case "stylesheet":
		r.st.dest, r.styleAt = destStyles, 0 // its first style, "Normal", may have no \s0
	default:
		r.st.dest = d
	}
}

// infoDestination makes the group the destination name opens in the
// properties: their first \title, or the Unicode one of a \upr.
func (r *reader) infoDestination(name string) {
	switch {
	case name == "ud":
		r.st.ud = true
	case name != "title":
	case r.st.ud:
		r.doc.title, r.doc.titleLine = "", 0
		r.st.dest = destTitle
	case r.doc.title == "":
		r.st.dest = destTitle
	}
}

// words are the control words read, and what each does.
var words = map[string]func(r *reader, t token){
	"par":      func(r *reader, t token) { r.endParagraph(t.line) },
	"sect":     func(r *reader, t token) { r.endParagraph(t.line) },
	"cell":     func(r *reader, t token) { r.endCell(t.line) },
	"nestcell": func(r *reader, t token) { r.st.para.inTable = true; r.endParagraph(t.line) },
	"row":      func(r *reader, t token) { r.endRow(t.line) },
	"tab":      func(r *reader, t token) { r.text("\t", t.line) },
	"line":     func(r *reader, t token) { r.text("\n", t.line) },
	"u":        (*reader).unicodeChar,
	"uc":       func(r *reader, t token) { r.st.uc = min(max(t.param, 0), 10) },
	"bin":      func(r *reader, t token) { r.scan.skip(t.param) },

	"b":     func(r *reader, t token) { r.st.bold = on(t) },
	"v":     func(r *reader, t token) { r.st.hidden = on(t) },
	"fs":    func(r *reader, t token) { r.st.size = fontSize(t) },
	"f":     (*reader).font,
	"plain": func(r *reader, t token) { r.st.bold, r.st.hidden, r.st.size, r.st.font = false, false, 24, r.deff },
	"field": func(r *reader, t token) { r.st.field = &field{} },

	"pard":         func(r *reader, t token) { r.st.para = paraProps{} },
	"s":            (*reader).style,
	"cs":           func(r *reader, t token) { r.styleAt = -1 },
	"ds":           func(r *reader, t token) { r.styleAt = -1 },
	"ts":           func(r *reader, t token) { r.styleAt = -1 },
	"outlinelevel": (*reader).outline,
	"ls":           func(r *reader, t token) { r.st.para.listed = t.param > 0 },
	"ilvl":         func(r *reader, t token) { r.st.para.level = min(max(t.param, 0), 8) },
	"li":           func(r *reader, t token) { r.st.para.indent = t.param },
	"intbl":        func(r *reader, t token) { r.st.para.inTable = true },
	"itap":         func(r *reader, t token) { r.st.para.inTable = t.param > 0 },

	"ansicpg":  func(r *reader, t token) { r.codepage = max(t.param, 1) },
	"ansi":     func(r *reader, t token) { r.codepage = 1252 },
	"mac":      func(r *reader, t token) { r.codepage = 10000 },
	"pc":       func(r *reader, t token) { r.codepage = 437 },
	"pca":      func(r *reader, t token) { r.codepage = 850 },
	"deff":     func(r *reader, t token) { r.deff, r.st.font = t.param, t.param },
	"fcharset": (*reader).fontCharset,
	"cpg":      func(r *reader, t token) { r.fontPage(t.param) },
}

// characters are the control words that stand for a character.
var characters = map[string]string{
	"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
	"ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " ",
}

// on reports whether a switch ("\b", "\b1", "\b0") is on.
func on(t token) bool { return !t.hasParam || t.param != 0 }

// fontSize is the size \fs sets, 12 points when it sets none.
func fontSize(t token) int {
	if t.param <= 0 {
		return 24
	}
	return min(t.param, 4000)
}

func (r *reader) font(t token) {
	r.st.font = t.param
	if r.st.dest == destFonts {
		r.fontAt = t.param
	}
}

func (r *reader) fontCharset(t token) {
	if cp, ok := charsetPages[t.param]; ok {
		r.fontPage(cp)
	}
}

// fontPage sets the code page of the font being read in the font table.
func (r *reader) fontPage(cp int) {
	if r.st.dest != destFonts || cp <= 0 {
		return
	}
	if _, ok := r.fonts[r.fontAt]; ok || len(r.fonts) < maxEntries {
		r.fonts[r.fontAt] = cp
	}
}

func (r *reader) style(t token) {
	if r.st.dest == destStyles {
		r.styleAt = t.param
		return
	}
	r.st.para.style = t.param
}

func (r *reader) outline(t token) {
	level := 0
	if t.param >= 0 && t.param < 9 { // 9 is body text
		level = t.param + 1
	}
	if r.st.dest == destStyles {
		r.setStyle(func(s *style) { s.outline = level })
		return
	}
	r.st.para.outline = level
}

// setStyle changes the style being read in the stylesheet.
func (r *reader) setStyle(change func(s *style)) {
	if r.styleAt < 0 {
		return
	}
	s, ok := r.doc.styles[r.styleAt]
	if !ok && len(r.doc.styles) >= maxEntries {
		return
	}
	change(&s)
	r.doc.styles[r.styleAt] = s
}

// unicodeChar reads \uN, a UTF-16 code unit as a signed 16-bit number, and
// skips the characters that stand for it.
func (r *reader) unicodeChar(t token) {
	r.skip = r.st.uc
	n := t.param
	if n < 0 {
		n += 1 << 16
	}
	c := rune(n)
	high := r.high
	r.high = 0
	switch {
	case c >= 0xD800 && c < 0xDC00:
		r.high = c
		return
	case c >= 0xDC00 && c < 0xE000:
		c = utf16.DecodeRune(high, c)
	case c == '\u2028' || c == '\u2029': // TextEdit's line break
		c = '\n'
	case c >= 0xF000 && c <= 0xF0FF: // a Symbol or Wingdings font's character, as Word writes it
		c = symbols[c]
	}
	if c > 0 && c != utf8.RuneError && utf8.ValidRune(c) {
		r.text(string(c), t.line)
	}
}

// symbols are the characters of the Symbol and Wingdings fonts that
// notes use, as Word writes them in Unicode's private use area; the
// others are left out.
var symbols = map[rune]rune{0xF0B7: '•', 0xF0A7: '▪', 0xF0D8: '➢', 0xF0FC: '✓', 0xF0E0: '→', 0xF0AE: '→'}

// addBytes adds text in the code page of the current font, where the
// group's destination takes text.
func (r *reader) addBytes(b []byte, line int) {
	switch r.st.dest {
	case destText:
		if r.st.hidden {
			return
		}
	case destMarker, destFieldInst, destTitle, destStyles:
		if len(r.pending) >= maxShort {
			return
		}
	default:
		return
	}
	if len(r.pending) == 0 {
		r.pendLine = line
	}
	r.pending = append(r.pending, b...)
}

// flush decodes the text added.
func (r *reader) flush() {
	if len(r.pending) == 0 {
		return
	}
	cp, ok := r.fonts[r.st.font]
	if !ok {
		cp = r.codepage
	}
	r.text(r.decoders.decode(cp, r.pending), r.pendLine)
	r.pending = r.pending[:0]
}

// text takes s where the group's destination says.
func (r *reader) text(s string, line int) {
	switch r.st.dest {
	case destText:
		if r.attached {
			r.attached = false
			s = strings.TrimPrefix(s, "¬")
		}
		if r.st.hidden {
			return
		}
		r.textLen += len(s)
		if r.textLen > MaxText {
			r.err = fmt.Errorf("RTF file too large: more than %d MB of text", MaxText>>20)
			return
		}
		r.st.out.add(s, &r.st, line)
	case destMarker:
		addShort(&r.st.out.marker, s)
	case destFieldInst:
		addShort(&r.st.field.inst, s)
	case destTitle:
		if r.doc.titleLine == 0 {
			r.doc.titleLine = line
		}
		if len(r.doc.title) < maxShort {
			r.doc.title += s
		}
	case destStyles:
		r.styleName(s)
	}
}

// styleName adds s to the name of the style being read, which ";" ends.
func (r *reader) styleName(s string) {
	name, _, ended := strings.Cut(s, ";")
	r.setStyle(func(st *style) {
		if !st.done && len(st.name) < maxShort {
			st.name += name
		}
		st.done = st.done || ended
	})
	if ended {
		r.styleAt = -1
	}
}

func addShort(b *strings.Builder, s string) {
	if b.Len() < maxShort {
		b.WriteString(s)
	}
}

// endParagraph ends the paragraph of the current group's text.
func (r *reader) endParagraph(line int) {
	if r.st.dest != destText {
		return
	}
	r.endParagraphOf(r.st.out, r.st.para, line)
}

// endParagraphOf ends the paragraph being read into c, whose properties
// are props unless its text was set with others: in a cell of a table,
// it is that cell's.
func (r *reader) endParagraphOf(c *collector, props paraProps, line int) {
	if !r.count() {
		return
	}
	p, at := c.take(props, line)
	if p.props.inTable {
		c.addToCell(p.text, at)
		return
	}
	c.closeTable()
	c.blocks = append(c.blocks, block{kind: paraBlock, line: at, para: p})
	c.blocks = append(c.blocks, c.after...)
	c.after = nil
}

// count counts a paragraph or a table's cell, and reports whether the
// file is within MaxParagraphs.
func (r *reader) count() bool {
	if r.paras++; r.paras > MaxParagraphs {
		r.err = fmt.Errorf("RTF file too large: more than %d paragraphs", MaxParagraphs)
		return false
	}
	return true
}

// endCell ends a table's cell, and the paragraph in it.
func (r *reader) endCell(line int) {
	if r.st.dest != destText || !r.count() {
		return
	}
	c := r.st.out
	p, at := c.take(r.st.para, line)
	c.addToCell(p.text, at)
	c.endCell()
}

func (r *reader) endRow(line int) {
	if r.st.dest != destText {
		return
	}
	c := r.st.out
	if c.pending() {
		p, at := c.take(r.st.para, line)
		c.addToCell(p.text, at)
	}
	c.endRow()
}
