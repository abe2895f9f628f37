package office

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"

	"github.com/conceptbot/conceptbot/corpus"
)

// A Word 97–2003 document (.doc) is a compound file (a little file system
// in one file, read with mscfb) whose streams hold the document in Word's
// binary format, [MS-DOC]:
//
//   - The WordDocument stream opens with the FIB, the index of the rest:
//     the length of the main text (ccpText) and of the stories after it,
//     and where in the table stream ("1Table" or "0Table", as the FIB's
//     fWhichTblStm says) each table of the document lies: fc (offset) and
//     lcb (length) pairs.
//   - The text is in pieces, listed in the piece table (the Clx's PlcPcd):
//     character positions (CPs) 0 to ccpText are the main text, then the
//     footnotes', then the other stories'. A piece's characters are 8-bit
//     (Windows-1252 as MS-DOC maps it) or UTF-16 at a byte offset (an FC)
//     of the WordDocument stream.
//   - Structure is in the text as control characters: 0x0D ends a
//     paragraph, 0x07 a table's cell (and, in a paragraph of its own, its
//     row), 0x0C a section; 0x13 code 0x14 result 0x15 is a field (a
//     hyperlink, a page number), 0x01 and 0x08 a picture or a drawing.
//   - Paragraphs' properties are in pages of 512 bytes (FKPs) of the
//     WordDocument stream, found by the FC of their paragraph mark through
//     the table's PlcBtePapx: the style (an istd), list membership (an
//     ilfo and a level), table flags. Characters' properties (bold,
//     deleted) are in like pages found through PlcBteChpx. The styles
//     (STSH) say which istd is "heading 1" or "Title"; the lists (PlfLst,
//     PlfLfo) which levels are numbered.
//
// A document is read as docx.go reads a Word document: its paragraphs and
// tables are built into the elements of a document.xml (p, pPr, pStyle,
// numPr, r, b, t, tbl, tr, tc) and written by the same writer, so a .doc
// saved from a .docx reads as it did: headings and the title by their
// styles, lists, pipe tables, bold lines, or, for a document that marks
// none of these, plain-text notes. A field gives its result (a hyperlink
// its words), a tracked deletion nothing; footnotes and endnotes follow
// the text as paragraphs. Headers, footers, comments and text boxes are
// not read.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Word 97–2003 document",
		Extensions: []string{".doc"},
		Magic:      IsDoc,
		Convert:    ConvertDoc,
	})
}

// Limits on a Word 97–2003 document, beside MaxBytes and MaxElements.
const (
	maxDocChars  = 16 << 20 // characters of text read, of all stories
	maxDocPieces = 100_000  // pieces in the piece table
	maxFields    = 64       // fields nested in fields
	probeSectors = 64       // directory sectors IsDoc reads before asking mscfb
)

// cfbSignature opens every compound file.
var cfbSignature = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

// errDocPassword is the error for an encrypted document.
var errDocPassword = errors.New("a password-protected Word document: save a copy without the password")

func docDamaged(format string, args ...any) error {
	return fmt.Errorf("damaged Word document: "+format, args...)
}

// IsDoc reports whether data is a compound file holding a Word 97–2003
// document: a WordDocument stream at its root. (An Excel workbook, a
// PowerPoint deck or an encrypted .docx is a compound file too, without
// one.) It reads the directory only: up to probeSectors sectors of it
// itself, a longer one with mscfb.
func IsDoc(data []byte) bool {
	if !bytes.HasPrefix(data, cfbSignature) {
		return false
	}
	found, sure := rootStream(data, "WordDocument")
	if sure || len(data) > MaxBytes {
		return found
	}
	r, err := newCompound(data) // a long directory, or one beyond the header's FAT sectors
	if err != nil {
		return false
	}
	return r.stream("WordDocument") != nil
}

// rootStream looks for a stream named name at the root of compound file
// data, reading its directory sector by sector. It is not sure when the
// directory is longer than probeSectors or its chain leads beyond the FAT
// sectors the header lists.
func rootStream(data []byte, name string) (found, sure bool) {
	if len(data) < 512 {
		return false, true
	}
	shift := binary.LittleEndian.Uint16(data[30:])
	if shift != 9 && shift != 12 {
		return false, true
	}
	size := 1 << shift
	sector := func(n uint32) []byte {
		off := (int64(n) + 1) * int64(size)
		if n > 0xFFFFFFFA || off+int64(size) > int64(len(data)) {
			return nil
		}
		return data[off : off+int64(size)]
	}
	var entries [][]byte
	const endOfChain = 0xFFFFFFFE
	n := binary.LittleEndian.Uint32(data[48:])
	for steps := 0; n != endOfChain; steps++ {
		if steps == probeSectors {
			return false, false
		}
		s := sector(n)
		if s == nil {
			return false, true
		}
		for i := 0; i+128 <= len(s); i += 128 {
			entries = append(entries, s[i:i+128])
		}
		per := uint32(size / 4)
		if n/per >= 109 {
			return false, false
		}
		fat := sector(binary.LittleEndian.Uint32(data[76+4*(n/per):]))
		if fat == nil {
			return false, true
		}
		n = binary.LittleEndian.Uint32(fat[4*(n%per):])
	}
	if len(entries) == 0 {
		return false, true
	}
	want := utf16.Encode([]rune(name + "\x00"))
	// The root's children are a tree of siblings under its child.
	stack := []uint32{binary.LittleEndian.Uint32(entries[0][76:])}
	for seen := 0; len(stack) > 0 && seen <= len(entries); seen++ {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if id >= uint32(len(entries)) {
			continue
		}
		e := entries[id]
		if e[66] == 2 && int(binary.LittleEndian.Uint16(e[64:])) == 2*len(want) && utf16Equal(e, want) {
			return true, true
		}
		stack = append(stack, binary.LittleEndian.Uint32(e[68:]), binary.LittleEndian.Uint32(e[72:]))
	}
	return false, true
}

func utf16Equal(b []byte, want []uint16) bool {
	for i, u := range want {
		if binary.LittleEndian.Uint16(b[2*i:]) != u {
			return false
		}
	}
	return true
}

// compound is a compound file's directory.
type compound struct{ r *mscfb.Reader }

// newCompound reads the directory of compound file data. mscfb checks
// what it reads, but a panic in it on a malformed file is told as damage.
func newCompound(data []byte) (c *compound, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = nil, docDamaged("its compound file cannot be read (%v)", p)
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, docDamaged("its compound file cannot be read (%v)", err)
	}
	return &compound{r}, nil
}

// stream returns the stream named name at the root, or nil. (mscfb drops
// a name's first character when it is not printable: "\x05SummaryInformation"
// is "SummaryInformation".)
func (c *compound) stream(name string) *mscfb.File {
	for _, f := range c.r.File {
		if len(f.Path) == 0 && f.Name == name && !f.FileInfo().IsDir() {
			return f
		}
	}
	return nil
}

// read reads stream f, no larger than limit bytes.
func (c *compound) read(f *mscfb.File, limit int) (b []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			b, err = nil, docDamaged("the %s stream cannot be read (%v)", f.Name, p)
		}
	}()
	if f.Size > int64(limit) {
		return nil, docDamaged("the %s stream is larger (%d bytes) than the file", f.Name, f.Size)
	}
	b = make([]byte, f.Size)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, docDamaged("the %s stream cannot be read (%v)", f.Name, err)
	}
	return b, nil
}

// ConvertDoc reads a Word 97–2003 document into Markdown, or into plain
// text when it marks no headings, lists or tables.
func ConvertDoc(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("document too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	if !bytes.HasPrefix(data, cfbSignature) {
		return corpus.Converted{}, errors.New("not a Word 97–2003 document (.doc): it is not a compound file")
	}
	c, err := newCompound(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	wordStream := c.stream("WordDocument")
	if wordStream == nil {
		if c.stream("EncryptionInfo") != nil {
			return corpus.Converted{}, errDocPassword // a .docx saved with a password
		}
		return corpus.Converted{}, errors.New("not a Word 97–2003 document (.doc): the compound file has no WordDocument stream (an Excel or PowerPoint file?)")
	}
	d := &docFile{}
	if d.word, err = c.read(wordStream, len(data)); err != nil {
		return corpus.Converted{}, err
	}
	if err := d.readFIB(); err != nil {
		return corpus.Converted{}, err
	}
	name := "0Table"
	if d.flags&0x0200 != 0 {
		name = "1Table"
	}
	tableStream := c.stream(name)
	if tableStream == nil {
		return corpus.Converted{}, docDamaged("it has no %s stream", name)
	}
	if d.table, err = c.read(tableStream, len(data)); err != nil {
		return corpus.Converted{}, err
	}
	var docTitle string
	if f := c.stream("SummaryInformation"); f != nil && f.Initial == 5 {
		if info, err := c.read(f, len(data)); err == nil {
			docTitle = summaryTitle(info)
		}
	}
	if err := d.readPieces(); err != nil {
		return corpus.Converted{}, err
	}
	d.readStyles()
	d.readLists()
	d.papx = d.bte(fibPlcfBtePapx)
	d.chpx = d.bte(fibPlcfBteChpx)
	d.readSections()

	b := &docBuilder{d: d, body: &node{name: "body"}}
	if err := b.story(0, d.ccpText); err != nil {
		return corpus.Converted{}, err
	}
	// Footnotes, then endnotes, as paragraphs after the text.
	notes := []struct{ from, n int }{
		{d.ccpText, d.ccpFtn},
		{d.ccpText + d.ccpFtn + d.ccpHdd + d.ccpMcr + d.ccpAtn, d.ccpEdn},
	}
	for _, s := range notes {
		if s.n > 0 {
			b.notes = true
			if err := b.story(s.from, s.from+s.n); err != nil {
				return corpus.Converted{}, err
			}
		}
	}
	w := &writer{headings: d.headingLevels(), lists: d.numbered}
	markdown := w.structured(b.body)
	if markdown {
		w.write(b.body, docTitle)
	} else {
		w.plain(b.body)
	}
	return w.converted(markdown, word.short)
}

// docFile is a Word 97–2003 document's streams and what its tables say.
type docFile struct {
	word, table []byte // the WordDocument stream, the table stream
	flags       uint16 // the FIB's flags: fEncrypted 0x0100, fWhichTblStm 0x0200
	fcLcb       []byte // the FIB's fc and lcb pairs

	// The lengths of the stories, in characters: the main text, the
	// footnotes, the headers, the macros' (none since Word 97), the
	// comments and the endnotes, one after another in the text.
	ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn int

	pieces   []piece
	styles   []docStyle // by istd
	papx     bteTable
	chpx     bteTable
	sections []byte            // the PlcfSed's CPs, where each section starts and (the last) ends
	lfo      []byte            // the PlfLfo's LFOs, by ilfo from 1: each names a list by its lsid
	formats  map[uint32][]byte // the number format (nfc) of each level of the lists, by lsid
	// numbered says of the lists' levels (ilfo and ilvl) that paragraphs
	// are in whether they are numbered, as writer.lists does.
	numbered map[[2]string]bool
}

// readFIB reads the FIB at the start of the WordDocument stream:
// FibBase (32 bytes), then csw 16-bit values, cslw 32-bit values
// (FibRgLw97: ccpText is its fourth) and cbRgFcLcb fc/lcb pairs.
func (d *docFile) readFIB() error {
	w := d.word
	if len(w) < 34 || binary.LittleEndian.Uint16(w) != 0xA5EC {
		return docDamaged("the WordDocument stream does not start with a Word file information block")
	}
	d.flags = binary.LittleEndian.Uint16(w[10:])
	if d.flags&0x0100 != 0 { // fEncrypted
		return errDocPassword
	}
	if nFib := binary.LittleEndian.Uint16(w[2:]); nFib < 0x00C0 {
		return errors.New("a Word 6 or Word 95 document: open it in Word or LibreOffice and save it as .docx")
	}
	at := 32
	csw := int(binary.LittleEndian.Uint16(w[at:]))
	at += 2 + 2*csw
	if at+2 > len(w) {
		return docDamaged("its file information block is cut short")
	}
	cslw := int(binary.LittleEndian.Uint16(w[at:]))
	at += 2
	if cslw < 11 || at+4*cslw+2 > len(w) {
		return docDamaged("its file information block is cut short")
	}
	lw := w[at : at+4*cslw]
	ccp := func(i int) int { return int(int32(binary.LittleEndian.Uint32(lw[4*i:]))) }
	d.ccpText, d.ccpFtn, d.ccpHdd, d.ccpMcr, d.ccpAtn, d.ccpEdn = ccp(3), ccp(4), ccp(5), ccp(6), ccp(7), ccp(8)
	total := 0
	for _, n := range []int{d.ccpText, d.ccpFtn, d.ccpHdd, d.ccpMcr, d.ccpAtn, d.ccpEdn} {
		if n < 0 || n > maxDocChars {
			return docDamaged("a story of %d characters", n)
		}
		total += n
	}
	if total > maxDocChars {
		return fmt.Errorf("document too large: %d characters (the limit is %d)", total, maxDocChars)
	}
	at += 4 * cslw
	cb := int(binary.LittleEndian.Uint16(w[at:]))
	at += 2
	if cb < 0x5D || at+8*cb > len(w) {
		return docDamaged("its file information block is cut short")
	}
	d.fcLcb = w[at : at+8*cb]
	return nil
}

// The FIB's fc/lcb pairs (FibRgFcLcb97) this reader uses, by index.
const (
	fibStshf       = 1  // the stylesheet
	fibPlcfSed     = 6  // where the sections end
	fibPlcfBteChpx = 12 // the pages of character properties
	fibPlcfBtePapx = 13 // the pages of paragraph properties
	fibClx         = 33 // the piece table
	fibPlfLst      = 73 // the lists
	fibPlfLfo      = 74 // the lists' instances, which paragraphs name
)

// inTable returns the part of the table stream that the FIB's fc/lcb
// pair i points at: nil when it has none or points outside.
func (d *docFile) inTable(i int) []byte {
	if 8*i+8 > len(d.fcLcb) {
		return nil
	}
	fc := binary.LittleEndian.Uint32(d.fcLcb[8*i:])
	lcb := binary.LittleEndian.Uint32(d.fcLcb[8*i+4:])
	if lcb == 0 || uint64(fc)+uint64(lcb) > uint64(len(d.table)) {
		return nil
	}
	return d.table[fc : fc+lcb]
}

// piece is a run of text in the WordDocument stream.
type piece struct {
	cp, end int  // its characters' positions in the text: cp to end
	fc      int  // the byte offset of its first character in the WordDocument stream
	wide    bool // UTF-16, 2 bytes a character; else 8-bit
}

// readPieces reads the piece table: the Clx is property
// modifiers (Prc, 0x01 and a 16-bit length) to skip, then the Pcdt (0x02,
// a 32-bit length, then the PlcPcd: n+1 CPs, n 8-byte piece descriptors
// of which bytes 2–5 are the FcCompressed).
func (d *docFile) readPieces() error {
	clx := d.inTable(fibClx)
	if clx == nil {
		return docDamaged("it has no piece table")
	}
	for len(clx) > 0 {
		switch clx[0] {
		case 0x01:
			if len(clx) < 3 {
				return docDamaged("its piece table is cut short")
			}
			n := int(int16(binary.LittleEndian.Uint16(clx[1:])))
			if n < 0 || 3+n > len(clx) {
				return docDamaged("its piece table is cut short")
			}
			clx = clx[3+n:]
		case 0x02:
			if len(clx) < 5 {
				return docDamaged("its piece table is cut short")
			}
			n := binary.LittleEndian.Uint32(clx[1:])
			if uint64(n) > uint64(len(clx)-5) || n < 16 || (n-4)%12 != 0 {
				return docDamaged("its piece table is cut short")
			}
			return d.readPlcPcd(clx[5 : 5+n])
		default:
			return docDamaged("its piece table starts with 0x%02x", clx[0])
		}
	}
	return docDamaged("it has no piece table")
}

func (d *docFile) readPlcPcd(plc []byte) error {
	n := (len(plc) - 4) / 12
	if n > maxDocPieces {
		return fmt.Errorf("document too large: %d pieces of text (the limit is %d)", n, maxDocPieces)
	}
	cps := func(i int) int { return int(binary.LittleEndian.Uint32(plc[4*i:])) }
	d.pieces = make([]piece, 0, n)
	for i := range n {
		cp, end := cps(i), cps(i+1)
		if end < cp || cp > maxDocChars || end > maxDocChars {
			return docDamaged("its pieces of text are out of order")
		}
		pcd := plc[4*(n+1)+8*i:]
		raw := binary.LittleEndian.Uint32(pcd[2:])
		p := piece{cp: cp, end: end, fc: int(raw & 0x3FFFFFFF), wide: raw&0x40000000 == 0}
		size := 1
		if p.wide {
			size = 2
		} else {
			p.fc /= 2
		}
		if p.fc+(end-cp)*size > len(d.word) {
			return docDamaged("a piece of its text lies beyond the WordDocument stream")
		}
		if end > cp {
			d.pieces = append(d.pieces, p)
		}
	}
	return nil
}

// docStyle is a style of the stylesheet.
type docStyle struct {
	name       string // "heading 1", "Title"
	sti        int    // the built-in style it is: 1–9 heading 1–9, 62 Title, 74 Subtitle
	stk        int    // 1 paragraph, 2 character
	base       int    // the istd it is based on, 0x0FFF for none
	papx, chpx []byte // its paragraph and character properties (sprms)
}

// readStyles reads the stylesheet (STSH): a 16-bit length and
// the Stshi (cstd, the count of styles, and cbSTDBaseInFile), then each
// style as a 16-bit length and an STD: its StdfBase (sti, stk, istdBase,
// cupx), its name (a 16-bit count of UTF-16 characters, then a 0), and
// cupx properties (UPX), each a 16-bit length and the bytes, to an even
// length. A damaged stylesheet leaves the document unstyled.
func (d *docFile) readStyles() {
	stsh := d.inTable(fibStshf)
	if len(stsh) < 2 {
		return
	}
	cbStshi := int(binary.LittleEndian.Uint16(stsh))
	if cbStshi < 4 || 2+cbStshi > len(stsh) {
		return
	}
	cstd := int(binary.LittleEndian.Uint16(stsh[2:]))
	cbBase := int(binary.LittleEndian.Uint16(stsh[4:]))
	if cbBase < 10 || cstd > 0x0FFE {
		return
	}
	at := 2 + cbStshi
	for range cstd {
		if at+2 > len(stsh) {
			break
		}
		cb := int(binary.LittleEndian.Uint16(stsh[at:]))
		at += 2
		if at+cb > len(stsh) {
			break
		}
		std := stsh[at : at+cb]
		at += cb
		d.styles = append(d.styles, readStd(std, cbBase))
	}
}

func readStd(std []byte, cbBase int) docStyle {
	if len(std) < cbBase+2 {
		return docStyle{base: 0x0FFF}
	}
	s := docStyle{
		sti:  int(binary.LittleEndian.Uint16(std) & 0x0FFF),
		stk:  int(binary.LittleEndian.Uint16(std[2:]) & 0x000F),
		base: int(binary.LittleEndian.Uint16(std[2:]) >> 4),
	}
	cupx := int(binary.LittleEndian.Uint16(std[4:]) & 0x000F)
	cch := int(binary.LittleEndian.Uint16(std[cbBase:]))
	at := cbBase + 2
	if at+2*cch+2 > len(std) {
		return s
	}
	s.name = string(utf16.Decode(u16s(std[at : at+2*cch])))
	at += 2*cch + 2
	for i := range cupx {
		if at+2 > len(std) {
			break
		}
		cb := int(binary.LittleEndian.Uint16(std[at:]))
		at += 2
		if at+cb > len(std) {
			break
		}
		upx := std[at : at+cb]
		at += cb + cb%2
		switch {
		case s.stk == 1 && i == 0 && len(upx) >= 2: // UpxPapx: an istd, then sprms
			s.papx = upx[2:]
		case s.stk == 1 && i == 1, s.stk == 2 && i == 0: // UpxChpx
			s.chpx = upx
		}
	}
	return s
}

// style returns the style istd, and whether there is one.
func (d *docFile) style(istd int) (docStyle, bool) {
	if istd < 0 || istd >= len(d.styles) {
		return docStyle{}, false
	}
	return d.styles[istd], true
}

// inherited returns what get finds in style istd or, when it finds
// nothing, in the styles it is based on (a chain of ten at most).
func inherited[T any](d *docFile, istd int, get func(docStyle) (T, bool)) (T, bool) {
	for range 10 {
		s, ok := d.style(istd)
		if !ok {
			break
		}
		if v, ok := get(s); ok {
			return v, true
		}
		istd = s.base
	}
	var zero T
	return zero, false
}

// headingLevels maps the paragraph styles, by istd, to heading levels as
// headingStyles does for a .docx: 0 for the title, subtitleLevel for its
// subtitle, 1 to 6 for "heading 1" to "heading 6" (by name or by the
// built-in style it is) or a style's outline level, and a style based on
// one to its level.
func (d *docFile) headingLevels() map[string]int {
	levels := map[string]int{}
	own := func(s docStyle) (int, bool) {
		name := strings.ToLower(s.name)
		switch {
		case s.stk != 1:
		case name == "title" || s.sti == 62:
			return 0, true
		case name == "subtitle" || s.sti == 74:
			return subtitleLevel, true
		case s.sti >= 1 && s.sti <= 6:
			return s.sti, true
		case strings.HasPrefix(name, "heading "):
			if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && n >= 1 && n <= 6 {
				return n, true
			}
		default:
			for op, arg := range sprms(s.papx) {
				if op == sprmPOutLvl && arg[0] < 6 {
					return int(arg[0]) + 1, true
				}
			}
		}
		return 0, false
	}
	for istd, s := range d.styles {
		if s.stk != 1 {
			continue
		}
		if lvl, ok := inherited(d, istd, own); ok {
			levels[strconv.Itoa(istd)] = lvl
		}
	}
	return levels
}

// readLists reads the lists, to tell a numbered level from a bulleted
// one: the PlfLfo is lfoMac and 16-byte LFOs, each naming a list by its
// lsid; the PlfLst is cLst and 28-byte LSTFs, each an lsid and (byte 26,
// fSimpleList) whether it has one level or nine; the lists' levels follow
// the PlfLst in the table stream, each an LVLF (28 bytes: nfc, the number
// format, at byte 4; cbGrpprlChpx and cbGrpprlPapx at 24 and 25), its
// properties and its number text (a 16-bit count of UTF-16 characters).
func (d *docFile) readLists() {
	d.numbered, d.formats = map[[2]string]bool{}, map[uint32][]byte{}
	lst, lfo := d.inTable(fibPlfLst), d.inTable(fibPlfLfo)
	if len(lst) < 2 || len(lfo) < 4 {
		return
	}
	d.lfo = lfo[4:]
	fcLst := int(binary.LittleEndian.Uint32(d.fcLcb[8*fibPlfLst:]))
	n := int(int16(binary.LittleEndian.Uint16(lst)))
	if n <= 0 || 2+28*n > len(lst) {
		return
	}
	at := fcLst + 2 + 28*n
	for i := range n {
		lstf := lst[2+28*i:]
		lsid := binary.LittleEndian.Uint32(lstf)
		levels := 9
		if lstf[26]&0x01 != 0 {
			levels = 1
		}
		var nfc []byte
		for range levels {
			if at+28 > len(d.table) {
				return
			}
			lvlf := d.table[at : at+28]
			nfc = append(nfc, lvlf[4])
			at += 28 + int(lvlf[24]) + int(lvlf[25])
			if at+2 > len(d.table) {
				return
			}
			at += 2 + 2*int(binary.LittleEndian.Uint16(d.table[at:]))
		}
		if _, dup := d.formats[lsid]; !dup {
			d.formats[lsid] = nfc
		}
	}
}

// listEntry returns the list (numId) and level (ilvl) of a paragraph in
// list ilfo at level ilvl as a .docx's numPr gives them, noting in
// d.numbered whether the level is numbered: its format (nfc) is not a
// bullet (0x17) or none (0xFF).
func (d *docFile) listEntry(ilfo, ilvl int) (list, level string) {
	list, level = strconv.Itoa(ilfo), strconv.Itoa(ilvl)
	key := [2]string{list, level}
	if _, ok := d.numbered[key]; ok || 16*ilfo > len(d.lfo) {
		return list, level
	}
	nfc := d.formats[binary.LittleEndian.Uint32(d.lfo[16*(ilfo-1):])]
	if ilvl < len(nfc) {
		d.numbered[key] = nfc[ilvl] != 0x17 && nfc[ilvl] != 0xFF
	}
	return list, level
}

// readSections reads where the sections end (the PlcfSed: n+1 CPs, n
// 12-byte SEDs), to tell a section mark, which ends a paragraph, from a
// page break.
func (d *docFile) readSections() {
	if plc := d.inTable(fibPlcfSed); len(plc) >= 4 {
		d.sections = plc[:4*((len(plc)-4)/16+1)]
	}
}

// sectionEnd reports whether a section ends after the character at cp.
func (d *docFile) sectionEnd(cp int) bool {
	n := len(d.sections) / 4
	at := func(i int) int { return int(binary.LittleEndian.Uint32(d.sections[4*i:])) }
	i := sort.Search(n, func(i int) bool { return at(i) >= cp+1 })
	return i > 0 && i < n && at(i) == cp+1
}

// bteTable is a PlcBtePapx or PlcBteChpx: n+1 FCs and n page numbers,
// the FKP (a 512-byte page of the WordDocument stream) holding the
// properties of the text from each FC to the next.
type bteTable struct {
	plc  []byte
	n    int
	papx bool
}

// bte reads the PlcBteChpx or the PlcBtePapx.
func (d *docFile) bte(pair int) bteTable {
	t := bteTable{plc: d.inTable(pair), papx: pair == fibPlcfBtePapx}
	if len(t.plc) >= 12 && (len(t.plc)-4)%8 == 0 {
		t.n = (len(t.plc) - 4) / 8
	}
	return t
}

// props returns the properties (a PAPX's istd and sprms, or a CHPX's
// sprms) of the text at byte fc of the WordDocument stream, and the FCs
// from and to which they hold; ok false when the tables have none. In an
// FKP, crun (its last byte) runs are told by crun+1 FCs, then crun
// offsets, halved, to their properties: for a PAPX a byte and 12 more
// (BxPap), for a CHPX a byte.
func (t bteTable) props(word []byte, fc int) (grpprl []byte, from, to int, ok bool) {
	fcAt := func(b []byte, i int) int { return int(binary.LittleEndian.Uint32(b[4*i:])) }
	i := sort.Search(t.n, func(i int) bool { return fcAt(t.plc, i+1) > fc })
	if i == t.n || fcAt(t.plc, i) > fc {
		return nil, 0, 0, false
	}
	at := (fcAt(t.plc, t.n+1+i) & 0x3FFFFF) * 512 // pn, of 22 bits
	if at+512 > len(word) {
		return nil, 0, 0, false
	}
	fkp := word[at : at+512]
	crun := int(fkp[511])
	step := 1
	if t.papx {
		step = 13
	}
	if crun == 0 || 4*(crun+1)+step*crun > 511 {
		return nil, 0, 0, false
	}
	j := sort.Search(crun, func(j int) bool { return fcAt(fkp, j+1) > fc })
	if j == crun || fcAt(fkp, j) > fc {
		return nil, 0, 0, false
	}
	from, to = fcAt(fkp, j), fcAt(fkp, j+1)
	o := 2 * int(fkp[4*(crun+1)+step*j])
	if o == 0 || o >= 511 {
		return nil, from, to, true // the defaults
	}
	cb := int(fkp[o])
	switch {
	case !t.papx: // Chpx: cb, then cb bytes
		grpprl = fkp[o+1 : min(o+1+cb, 511)]
	case cb != 0: // PapxInFkp: cb, then 2cb-1 bytes
		grpprl = fkp[o+1 : min(o+2*cb, 511)]
	case o+1 < 511: // 0, cb, then 2cb bytes
		grpprl = fkp[o+2 : min(o+2+2*int(fkp[o+1]), 511)]
	}
	return grpprl, from, to, true
}

// Sprms (single property modifiers) this reader looks at.
const (
	sprmCFRMarkDel = 0x0800 // deleted text, with changes tracked
	sprmCFBold     = 0x0835
	sprmCIstd      = 0x4A30 // the character style
	sprmPIlvl      = 0x260A
	sprmPIlfo      = 0x460B
	sprmPFInTable  = 0x2416
	sprmPFTtp      = 0x2417 // the paragraph that ends a table's row
	sprmPOutLvl    = 0x2640
	sprmPFInnerTtp = 0x244C // the paragraph that ends a nested table's row
	sprmPItap      = 0x6649 // the depth of tables the paragraph is in
	sprmTDefTable  = 0xD608
	sprmPChgTabs   = 0xC615
)

// sprms yields the sprms of grpprl, each an opcode and its operand (at
// least one byte), to the first that does not fit. An opcode's top three
// bits (spra) say its operand's size: 1, 1, 2, 4, 2, 2, a byte's count
// of bytes (for sprmTDefTable a 16-bit count, one more than it), 3.
func sprms(grpprl []byte) iter.Seq2[uint16, []byte] {
	return func(yield func(uint16, []byte) bool) {
		for len(grpprl) >= 3 {
			op := binary.LittleEndian.Uint16(grpprl)
			rest := grpprl[2:]
			n := [8]int{1, 1, 2, 4, 2, 2, -1, 3}[op>>13]
			if n < 0 {
				switch {
				case op == sprmTDefTable:
					if len(rest) < 2 {
						return
					}
					n = 2 + max(int(binary.LittleEndian.Uint16(rest))-1, 0)
				case op == sprmPChgTabs && rest[0] == 255: // deleted and added tabs' counts say
					if len(rest) < 2 {
						return
					}
					del := int(rest[1])
					if 2+4*del >= len(rest) {
						return
					}
					n = 2 + 4*del + 1 + 3*int(rest[2+4*del])
				default:
					n = 1 + int(rest[0])
				}
			}
			if n > len(rest) {
				return
			}
			if !yield(op, rest[:n]) {
				return
			}
			grpprl = rest[n:]
		}
	}
}

// paraProps are a paragraph's properties that this reader uses.
type paraProps struct {
	istd                int
	ilfo, ilvl          int
	inTable, ttp, inner bool // in a table; the end of a row; of a nested table's row
}

// paraAt returns the properties of the paragraph whose mark is at byte
// fc, and whether the document has any for it.
func (d *docFile) paraAt(fc int) (paraProps, bool) {
	var p paraProps
	grpprl, _, _, ok := d.papx.props(d.word, fc)
	if !ok {
		return p, false
	}
	ilfo, ilvl := -1, -1
	if len(grpprl) >= 2 {
		p.istd = int(binary.LittleEndian.Uint16(grpprl))
		for op, arg := range sprms(grpprl[2:]) {
			switch op {
			case sprmPIlfo:
				if len(arg) >= 2 {
					ilfo = int(binary.LittleEndian.Uint16(arg))
				}
			case sprmPIlvl:
				ilvl = int(arg[0])
			case sprmPFInTable:
				p.inTable = arg[0] != 0
			case sprmPFTtp:
				p.ttp = arg[0] != 0
			case sprmPFInnerTtp:
				p.inner = arg[0] != 0
			case sprmPItap:
				p.inTable = p.inTable || len(arg) == 4 && binary.LittleEndian.Uint32(arg) != 0
			}
		}
	}
	// A list style (List Bullet) gives its paragraphs their list.
	if ilfo < 0 {
		ilfo, _ = inherited(d, p.istd, func(s docStyle) (int, bool) { return styleSprm(s.papx, sprmPIlfo) })
	}
	if ilvl < 0 {
		ilvl, _ = inherited(d, p.istd, func(s docStyle) (int, bool) { return styleSprm(s.papx, sprmPIlvl) })
	}
	p.ilfo, p.ilvl = ilfo, min(max(ilvl, 0), 8)
	return p, true
}

// styleSprm returns the operand of the last sprm op in grpprl (a byte or
// a 16-bit value).
func styleSprm(grpprl []byte, op uint16) (v int, ok bool) {
	for o, arg := range sprms(grpprl) {
		if o != op {
			continue
		}
		v, ok = int(arg[0]), true
		if len(arg) >= 2 && op>>13 == 2 {
			v = int(binary.LittleEndian.Uint16(arg))
		}
	}
	return v, ok
}

// charProps are a run's properties that this reader uses.
type charProps struct{ bold, deleted bool }

// charsAt returns the properties of the characters at byte fc and the
// FCs from and to which they hold. A character is bold when set so (or,
// 0x81, set opposite to its style, taken to be plain) or in a bold
// character style (Strong); like docx.go, this reader takes no bold from
// a paragraph's style.
func (d *docFile) charsAt(fc int) (c charProps, from, to int) {
	grpprl, from, to, ok := d.chpx.props(d.word, fc)
	if !ok {
		return c, fc, fc + 1
	}
	bold := -1
	for op, arg := range sprms(grpprl) {
		switch op {
		case sprmCFBold:
			bold = int(arg[0])
		case sprmCFRMarkDel:
			c.deleted = arg[0] == 1
		case sprmCIstd:
			if len(arg) >= 2 && bold < 0 {
				if v, ok := inherited(d, int(binary.LittleEndian.Uint16(arg)), func(s docStyle) (int, bool) { return styleSprm(s.chpx, sprmCFBold) }); ok && v == 1 {
					bold = -2
				}
			}
		}
	}
	c.bold = bold == 1 || bold == 0x81 || bold == -2
	return c, from, to
}

// docBuilder builds the elements of a document.xml (see docx.go) from the
// text of a Word 97–2003 document.
type docBuilder struct {
	d        *docFile
	body     *node
	elements int
	notes    bool // reading footnotes or endnotes: a paragraph on its own, trimmed, none empty
	noted    bool // a note is read

	// The paragraph being read: its runs, the text of the last, its
	// bold, and the fields it is in, true for a field past its code.
	runs      []*node
	text      strings.Builder
	bold      bool
	fields    []bool
	overflow  int  // fields nested deeper than maxFields
	cellEnded bool // the last paragraph ended a table's cell

	// The table being read: its rows, the cells of the row, the
	// paragraphs of the cell.
	tbl, tr *node
	cell    []*node

	// The properties of the characters from chFrom to chTo.
	ch           charProps
	chFrom, chTo int
}

// story reads the text from CP from to CP to.
func (b *docBuilder) story(from, to int) error {
	b.chFrom, b.chTo = 0, 0
	b.fields, b.overflow = b.fields[:0], 0
	i := sort.Search(len(b.d.pieces), func(i int) bool { return b.d.pieces[i].end > from })
	for ; i < len(b.d.pieces) && b.d.pieces[i].cp < to; i++ {
		p := b.d.pieces[i]
		start, end := max(p.cp, from), min(p.end, to)
		for cp := start; cp < end; cp++ {
			var r rune
			fc := p.fc + cp - p.cp
			if p.wide {
				fc += cp - p.cp
				r = rune(binary.LittleEndian.Uint16(b.d.word[fc:]))
				if utf16.IsSurrogate(r) {
					if cp+1 < end {
						r2 := rune(binary.LittleEndian.Uint16(b.d.word[fc+2:]))
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							if err := b.char(dec, fc, cp); err != nil {
								return err
							}
							cp++
							continue
						}
					}
					r = utf8.RuneError
				}
			} else {
				r = cp1252(b.d.word[fc])
			}
			if err := b.char(r, fc, cp); err != nil {
				return err
			}
		}
	}
	if len(b.runs) > 0 || b.text.Len() > 0 {
		if err := b.endParagraph(0x0D, -1); err != nil {
			return err
		}
	}
	b.endTable()
	return nil
}

// char reads character r, at byte fc of the WordDocument stream and
// position cp of the text.
func (b *docBuilder) char(r rune, fc, cp int) error {
	switch r {
	case 0x13: // a field's start: its code follows
		if len(b.fields) < maxFields {
			b.fields = append(b.fields, false)
		} else {
			b.overflow++
		}
		return nil
	case 0x14: // its result follows
		if b.overflow == 0 && len(b.fields) > 0 {
			b.fields[len(b.fields)-1] = true
		}
		return nil
	case 0x15: // its end
		if b.overflow > 0 {
			b.overflow--
		} else if len(b.fields) > 0 {
			b.fields = b.fields[:len(b.fields)-1]
		}
		return nil
	case 0x0D, 0x07:
		return b.endParagraph(r, fc)
	case 0x0C:
		if b.d.sectionEnd(cp) {
			return b.endParagraph(0x0D, fc)
		}
		r = ' ' // a page break
	}
	if b.overflow > 0 || slices.Contains(b.fields, false) {
		return nil // a field's code
	}
	if fc < b.chFrom || fc >= b.chTo {
		b.ch, b.chFrom, b.chTo = b.d.charsAt(fc)
	}
	if b.ch.deleted {
		return nil
	}
	switch {
	case r == 0x0B, r == 0xA0: // a line break, a no-break space
		r = ' '
	case r == 0x1E: // a non-breaking hyphen
		r = '-'
	case r < 0x20 && r != '\t':
		return nil // a picture (0x01), a drawing (0x08), a note's or a comment's mark (0x02, 0x05), an optional hyphen (0x1F), …
	}
	if b.ch.bold != b.bold && b.text.Len() > 0 {
		if err := b.flushRun(); err != nil {
			return err
		}
	}
	b.bold = b.ch.bold
	b.text.WriteRune(r)
	return nil
}

// flushRun makes the text read so far a run.
func (b *docBuilder) flushRun() error {
	if b.text.Len() == 0 {
		return nil
	}
	r := &node{name: "r"}
	if b.bold {
		r.children = append(r.children, &node{name: "rPr", children: []*node{{name: "b"}}})
		b.elements += 2
	}
	r.children = append(r.children, &node{name: "t", children: []*node{{text: b.text.String()}}})
	b.runs = append(b.runs, r)
	b.text.Reset()
	return b.count(2)
}

// count counts n elements more, within MaxElements.
func (b *docBuilder) count(n int) error {
	if b.elements += n; b.elements > MaxElements {
		return fmt.Errorf("document too large: more than %d elements (paragraphs, runs, cells)", MaxElements)
	}
	return nil
}

// endParagraph ends the paragraph whose mark r (0x0D, or 0x07 for a
// table's cell) is at byte fc (-1 for a story that ends with none).
func (b *docBuilder) endParagraph(r rune, fc int) error {
	if err := b.flushRun(); err != nil {
		return err
	}
	runs := b.runs
	b.runs = nil
	var props paraProps
	known := false
	if fc >= 0 {
		props, known = b.d.paraAt(fc)
	}
	cellEnded := b.cellEnded
	b.cellEnded = false
	if props.inner {
		return nil // a nested table's row: its cells are the outer cell's paragraphs
	}
	if props.ttp || (!known && r == 0x07 && cellEnded && len(runs) == 0) {
		b.endRow()
		return nil
	}
	if b.notes {
		if runs = trimRuns(runs); len(runs) == 0 {
			return nil
		}
		if !b.noted { // a blank line between the text and its notes
			b.noted = true
			b.body.children = append(b.body.children, &node{name: "p"})
		}
	}
	ppr := &node{name: "pPr", children: []*node{{name: "pStyle", attrs: map[string]string{"val": strconv.Itoa(props.istd)}}}}
	if props.ilfo > 0 && props.ilfo < 0x07FF {
		list, level := b.d.listEntry(props.ilfo, props.ilvl)
		ppr.children = append(ppr.children, &node{name: "numPr", children: []*node{
			{name: "ilvl", attrs: map[string]string{"val": level}},
			{name: "numId", attrs: map[string]string{"val": list}},
		}})
		b.elements += 3
	}
	p := &node{name: "p", children: append([]*node{ppr}, runs...)}
	if err := b.count(3); err != nil {
		return err
	}
	if r == 0x07 || props.inTable {
		b.cell = append(b.cell, p)
		if r == 0x07 {
			b.endCell()
		}
		return nil
	}
	b.endTable()
	b.body.children = append(b.body.children, p)
	return nil
}

// trimRuns trims the spaces around a note's text (after its number, a
// space), leaving out the runs that hold none but spaces; none when it
// has no text.
func trimRuns(runs []*node) []*node {
	text := func(r *node) *node { return r.child("t").children[0] } // as flushRun makes it
	for len(runs) > 0 && strings.TrimSpace(text(runs[0]).text) == "" {
		runs = runs[1:]
	}
	for len(runs) > 0 && strings.TrimSpace(text(runs[len(runs)-1]).text) == "" {
		runs = runs[:len(runs)-1]
	}
	if len(runs) > 0 {
		first, last := text(runs[0]), text(runs[len(runs)-1])
		first.text = strings.TrimLeftFunc(first.text, unicode.IsSpace)
		last.text = strings.TrimRightFunc(last.text, unicode.IsSpace)
	}
	return runs
}

func (b *docBuilder) endCell() {
	if b.tr == nil {
		b.tr = &node{name: "tr"}
	}
	b.tr.children = append(b.tr.children, &node{name: "tc", children: b.cell})
	b.cell = nil
	b.cellEnded = true
	b.elements++
}

func (b *docBuilder) endRow() {
	if len(b.cell) > 0 {
		b.endCell()
	}
	if b.tr == nil {
		return
	}
	if b.tbl == nil {
		b.tbl = &node{name: "tbl"}
	}
	b.tbl.children = append(b.tbl.children, b.tr)
	b.tr = nil
	b.elements++
}

// endTable ends the table being read, if any.
func (b *docBuilder) endTable() {
	if len(b.cell) > 0 || b.tr != nil {
		b.endRow()
	}
	if b.tbl != nil {
		b.body.children = append(b.body.children, b.tbl)
		b.tbl = nil
		b.elements++
	}
}

// summaryTitle returns the title in a document's summary information
// (the "\x05SummaryInformation" stream, a property set: [MS-OLEPS]): the
// property 2, a string in the set's code page (property 1); "" when it
// has none.
func summaryTitle(info []byte) string {
	if len(info) < 48 || binary.LittleEndian.Uint16(info) != 0xFFFE {
		return ""
	}
	set := int(binary.LittleEndian.Uint32(info[44:]))
	if set < 0 || set+8 > len(info) {
		return ""
	}
	ps := info[set:]
	n := int(binary.LittleEndian.Uint32(ps[4:]))
	if n < 0 || n > (len(ps)-8)/8 {
		return ""
	}
	value := func(id uint32) []byte {
		for i := range n {
			if binary.LittleEndian.Uint32(ps[8+8*i:]) == id {
				if off := int(binary.LittleEndian.Uint32(ps[12+8*i:])); off >= 0 && off+8 <= len(ps) {
					return ps[off:]
				}
			}
		}
		return nil
	}
	codePage := 1252
	if v := value(1); v != nil && binary.LittleEndian.Uint16(v) == 0x02 { // VT_I2
		codePage = int(binary.LittleEndian.Uint16(v[4:]))
	}
	v := value(2)
	if v == nil {
		return ""
	}
	size := int(binary.LittleEndian.Uint32(v[4:]))
	var s string
	switch binary.LittleEndian.Uint16(v) {
	case 0x1E: // VT_LPSTR: bytes, with a 0
		if size < 0 || 8+size > len(v) {
			return ""
		}
		raw := v[8 : 8+size]
		switch {
		case codePage == 1200 && len(raw)%2 == 0:
			s = string(utf16.Decode(u16s(raw)))
		case codePage == 65001 || codePage != 1252 && utf8.Valid(raw):
			s = string(raw)
		default:
			var rs []rune
			for _, c := range raw {
				rs = append(rs, cp1252(c))
			}
			s = string(rs)
		}
	case 0x1F: // VT_LPWSTR: UTF-16 characters, with a 0
		if size < 0 || 8+2*size > len(v) {
			return ""
		}
		s = string(utf16.Decode(u16s(v[8 : 8+2*size])))
	}
	s, _, _ = strings.Cut(s, "\x00")
	return strings.Join(strings.Fields(s), " ")
}

// cp1252 maps a byte of 8-bit text as MS-DOC says: Windows-1252's
// punctuation at 0x82–0x9F, else the byte's code point.
func cp1252(c byte) rune {
	if c >= 0x82 && c <= 0x9F {
		if r := cp1252High[c-0x82]; r != 0 {
			return r
		}
	}
	return rune(c)
}

var cp1252High = [...]rune{
	0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0, 0, 0, // 0x82–0x90
	0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0, 0x0178, // 0x91–0x9F
}

func u16s(b []byte) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return out
}
