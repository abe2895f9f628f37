// Package pdftext reads PDF handouts as concept documents.
//
// The text layer is read with github.com/ledongthuc/pdf, a pure-Go reader
// (no cgo, so the static binary still builds): each piece of text with its
// font, size and place on the page. Pieces on one baseline make a line;
// running headers and footers (a line repeated at the top or bottom of
// most pages, "Page 3") are dropped; wrapped lines are joined into
// paragraphs, undoing end-of-line hyphenation; bullets and numbers start
// list items. Lines that wide gaps part into cells in step from line to
// line are a table's rows, or, when the cells hold prose, two columns,
// read one after the other. When the PDF uses larger or bold type for headings, the
// result is Markdown: the largest type on the first page is the title,
// larger sizes are ## and ###, bold lines at body size the level below,
// "Exam Tip:" paragraphs "**Exam Tip:** …". A PDF in one type (a text
// file printed to PDF) is given back as the lines it was printed from, and
// corpus reads it with its plain-text rules.
//
// Every PDF is read within bounds: MaxBytes, MaxPages, MaxStreamBytes of
// content a page, MaxGlyphs and 30 seconds. A PDF that has pages but no text
// is reported as having no text layer (a scan); an encrypted one as
// needing its password.
//
// Importing the package registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/pdftext"
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "PDF",
		Extensions: []string{".pdf"},
		Magic:      IsPDF,
		Convert:    Convert,
	})
}

// Limits on one PDF. A handout is a few hundred kilobytes and tens of
// pages; these keep a huge or hostile file to a bounded read.
const (
	MaxBytes       = 50 << 20   // larger files are refused
	MaxPages       = 2000       // larger documents are refused
	MaxStreamBytes = 16 << 20   // decompressed content of one page, or one font's character map
	MaxGlyphs      = 10_000_000 // characters shown, over the whole document
)

// timeout bounds the time one PDF may take to read (a variable for tests).
var timeout = 30 * time.Second

// IsPDF reports whether data starts like a PDF file.
func IsPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

// Convert reads a PDF's text layer into Markdown, or into the plain text it
// was printed from.
func Convert(data []byte) (corpus.Converted, error) {
	pages, err := extract(data, time.Now().Add(timeout))
	if err != nil {
		return corpus.Converted{}, err
	}
	return write(pages)
}

// run is a piece of text shown in one font at one place.
type run struct {
	text         string
	x, y         float64 // start of the baseline, in points from the bottom left
	w            float64 // width; estimated when the font gives none
	size         float64
	bold, italic bool
	fixed        bool // in a font whose glyphs are all as wide (Courier)
}

type page struct {
	number int
	height float64
	runs   []run
	rules  rules // the thin lines drawn on it: a table's borders
}

// errStop ends the interpretation of a content stream early.
type errStop struct{ err error }

// extract returns the text runs of every page. The PDF library reports
// malformed input by panicking; a panic becomes an error here. Reading runs
// in its own goroutine so that a file that sends the library into a loop
// costs the timeout, not the caller's whole start-up.
func extract(data []byte, deadline time.Time) ([]page, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("PDF too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	type result struct {
		pages []page
		err   error
	}
	done := make(chan result, 1)
	go func() {
		var res result
		st := &state{deadline: deadline}
		defer func() {
			if r := recover(); r != nil {
				switch s, ok := r.(errStop); {
				case ok:
					res.err = s.err
				case st.encrypted:
					res.err = fmt.Errorf("encrypted PDF this reader cannot decrypt (%v); save a copy without encryption", r)
				default:
					res.err = fmt.Errorf("damaged PDF: %v", r)
				}
			}
			done <- res
		}()
		res.pages, res.err = st.read(data)
	}()
	timer := time.NewTimer(time.Until(deadline) + time.Second)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.pages, res.err
	case <-timer.C:
		return nil, fmt.Errorf("PDF took longer than %v to read; stopped", timeout)
	}
}

func (st *state) read(data []byte) ([]page, error) {
	r, err := pdf.NewReader(bytes.NewReader(pdf20as17(data)), int64(len(data)))
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return nil, errors.New("encrypted PDF: it needs a password to open; save a copy without one")
	case err != nil:
		msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "malformed PDF: "), "malformed PDF file: ")
		return nil, fmt.Errorf("damaged or not a PDF: %s", strings.ReplaceAll(msg, "%%", "%"))
	}
	st.encrypted = !r.Trailer().Key("Encrypt").IsNull()
	kids, err := pageTree(r)
	if err != nil {
		return nil, err
	}
	var pages []page
	for i, kid := range kids {
		st.checkTime()
		p := page{number: i + 1, height: mediaHeight(kid)}
		p.runs, p.rules = st.runs(kid, p.number)
		pages = append(pages, p)
	}
	return pages, nil
}

func (st *state) checkTime() {
	if !time.Now().Before(st.deadline) {
		panic(errStop{fmt.Errorf("PDF took longer than %v to read; stopped", timeout)})
	}
}

// pdf20as17 lets the library, which knows PDF 1.x headers only, read a PDF
// 2.0 file: the syntax of the text layer is the same.
func pdf20as17(data []byte) []byte {
	i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-2."))
	if i < 0 {
		return data
	}
	c := bytes.Clone(data)
	copy(c[i:], "%PDF-1.7")
	return c
}

// pageTree lists the pages in order, refusing loops and more than MaxPages
// (the library's own page look-up follows /Kids and /Parent without
// checking for cycles).
func pageTree(r *pdf.Reader) ([]pdf.Page, error) {
	var pages []pdf.Page
	seen := map[string]bool{}
	var visit func(v pdf.Value, depth int) error
	visit = func(v pdf.Value, depth int) error {
		if depth > 64 {
			return errors.New("damaged PDF: page tree nested too deep")
		}
		key := v.String()
		if seen[key] {
			return errors.New("damaged PDF: page tree loops")
		}
		seen[key] = true
		switch v.Key("Type").Name() {
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				if err := visit(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
		case "Page":
			if len(pages) >= MaxPages {
				return fmt.Errorf("PDF too long: more than %d pages", MaxPages)
			}
			if err := parents(v); err != nil {
				return err
			}
			pages = append(pages, pdf.Page{V: v})
		}
		return nil
	}
	if err := visit(r.Trailer().Key("Root").Key("Pages"), 0); err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, errors.New("damaged PDF: no pages")
	}
	return pages, nil
}

// parents checks that a page's chain of /Parent links ends, since the
// library follows it to find inherited resources.
func parents(v pdf.Value) error {
	for i := 0; i < 64; i++ {
		if v = v.Key("Parent"); v.IsNull() {
			return nil
		}
	}
	return errors.New("damaged PDF: page tree loops")
}

// mediaHeight is the height of a page's MediaBox, which it may inherit
// from its parents (parents has checked that their chain ends).
func mediaHeight(p pdf.Page) float64 {
	box := p.V.Key("MediaBox")
	for v := p.V; box.IsNull() && !v.IsNull(); v = v.Key("Parent") {
		box = v.Key("MediaBox")
	}
	if box.Len() == 4 {
		if h := math.Abs(box.Index(3).Float64() - box.Index(1).Float64()); h > 0 {
			return h
		}
	}
	return 842 // A4
}

// state is what reading a document carries from page to page.
type state struct {
	deadline  time.Time
	encrypted bool
	glyphs    int
	ops       int
	fonts     map[string]*font // by the font dictionary's text
}

type font struct {
	enc          pdf.TextEncoding
	f            pdf.Font
	bold, italic bool
	widths       bool         // the font gives glyph widths
	cid          *cidWidths   // a composite font's widths, its codes two bytes
	std          *[224]uint16 // without widths, a standard font's (codes 32 to 255)
	fixed        bool         // every glyph is as wide (Courier)
	dingbats     bool         // its glyphs are symbols, their codes not letters (ZapfDingbats)
	type3        bool         // its glyphs are drawings (TeX's bitmap fonts among them)
	unit         float64      // what a unit of its widths is, of the type size: 1/1000, or a Type 3 font's FontMatrix's
}

// font returns the font named in a page's resources, its character map
// checked against MaxStreamBytes before the library reads it.
func (st *state) font(p pdf.Page, name string) *font {
	f := p.Font(name)
	key := f.V.String()
	if ft, ok := st.fonts[key]; ok {
		return ft
	}
	if st.fonts == nil {
		st.fonts = map[string]*font{}
	}
	ft := &font{f: f}
	var tail hexTail
	head := prefix{max: 4096} // enough for a map of one range
	simple := f.V.Key("Encoding").Kind() == pdf.Dict && f.V.Key("Subtype").Name() != "Type0"
	if simple {
		head.max = maxSimpleMap // the whole map of a font of one-byte codes, read by dictionaryEncoding
	}
	if toUnicode := f.V.Key("ToUnicode"); toUnicode.Kind() == pdf.Stream && (!fits(toUnicode, io.MultiWriter(&tail, &head)) || tail.open()) {
		ft.enc = rawEncoding{} // too large or damaged to read: show the codes as they are
	} else if identityUnicode(head.b) {
		ft.enc = ucs2Codes{}
	} else {
		ft.enc = f.Encoder()
		switch {
		case simple:
			ft.enc = dictionaryEncoding(f, ft.enc, head.b)
		case f.V.Key("Encoding").IsNull() && f.V.Key("ToUnicode").IsNull() && f.V.Key("Subtype").Name() == "Type1":
			if t := builtInEncoding(f); t != nil {
				ft.enc = t
			}
		}
	}
	if ft.enc == nil {
		ft.enc = rawEncoding{}
	}
	base := strings.ToLower(f.BaseFont())
	desc := f.V.Key("FontDescriptor")
	if desc.IsNull() {
		if d := f.V.Key("DescendantFonts").Index(0); !d.IsNull() {
			desc = d.Key("FontDescriptor")
		}
	}
	flags := desc.Key("Flags").Int64()
	weight := desc.Key("FontWeight").Float64()
	tex := texStyle(base)
	ft.bold = weight >= 600 || flags&(1<<18) != 0 ||
		containsAny(base, "bold", "black", "heavy", "semibold", "demi") || tex.bold
	ft.italic = desc.Key("ItalicAngle").Float64() != 0 || flags&(1<<6) != 0 ||
		containsAny(base, "italic", "oblique") || tex.italic
	ft.widths = f.V.Key("Widths").Len() > 0
	ft.cid = readCIDWidths(f.V)
	ft.fixed = flags&1 != 0 || containsAny(base, "courier", "mono")
	if !ft.widths && ft.cid == nil && !ft.fixed {
		ft.std = standardWidths(base, ft.bold, ft.italic)
	}
	ft.dingbats = containsAny(base, "dingbats", "wingdings", "webdings") && f.V.Key("ToUnicode").IsNull()
	ft.type3 = f.V.Key("Subtype").Name() == "Type3"
	ft.unit = 0.001
	if m := f.V.Key("FontMatrix"); ft.type3 && m.Len() == 6 && m.Index(0).Float64() > 0 {
		ft.unit = m.Index(0).Float64()
	}
	st.fonts[key] = ft
	return ft
}

type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string { return raw }

// identityUnicode reports whether a font's character map (its first
// bytes) says that its two-byte codes are the characters' own (UTF-16)
// codes in one range, "<0000> <FFFF> <0000>", as fpdf and tFPDF write it
// for a Unicode font.
// The library's reading of a range steps only the last byte ("–",
// U+2013, came out as U+0013), so such a font is read by ucs2Codes.
func identityUnicode(cmap []byte) bool {
	return identityRangeRE.Match(cmap) && !bytes.Contains(cmap, []byte("beginbfchar"))
}

// prefix keeps the first bytes written to it, max of them.
type prefix struct {
	b   []byte
	max int
}

func (p *prefix) Write(b []byte) (int, error) {
	p.b = append(p.b, b[:min(len(b), p.max-len(p.b))]...)
	return len(b), nil
}

var identityRangeRE = regexp.MustCompile(`(?s)\b1\s+beginbfrange\s*<0000>\s*<[Ff]{4}>\s*<0000>\s*endbfrange`)

// ucs2Codes decodes the codes of a font whose codes are the characters'
// UTF-16 code units, two bytes each.
type ucs2Codes struct{}

func (ucs2Codes) Decode(raw string) string {
	units := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(units))
}

// fits reports whether a stream's decompressed content is within
// MaxStreamBytes, writing it to w as it reads.
func fits(v pdf.Value, w io.Writer) bool {
	rd := v.Reader()
	defer rd.Close()
	n, _ := io.Copy(w, io.LimitReader(rd, MaxStreamBytes+1))
	return n <= MaxStreamBytes
}

// hexTail follows the streams the library will lex, one after the other,
// to tell whether they may end inside a hex string. The library's lexer
// reads a hex string's digits in pairs, skipping spaces, until a ">" or a
// pair that is not hex; past the end it reads newlines, spaces, so it
// never stops: a loop that cost the timeout and a core, spun by the
// abandoned goroutine until the process ends. Such a stream is not given
// to it. hexTail keeps the set of states the lexer may be in: any "<" may
// open a hex string (or be in a literal string or a comment, whose text
// it does not follow), the states inside one are the lexer's own. A
// stream that ends in an operator, as content does, never ends in one.
type hexTail struct{ states byte }

// The states of hexTail, bits of its set.
const (
	hexOut   = 1 << iota // not in a hex string
	hexOpen              // right after "<": a second "<" makes "<<"
	hexPair              // before a pair of digits
	hexFirst             // after a pair's first digit
	hexWrong             // after a pair's first byte, not a digit: the pair ends the string
)

func (t *hexTail) Write(p []byte) (int, error) {
	for _, c := range p {
		s, next := t.states, byte(hexOut)
		if c == '<' {
			next |= hexOpen
		}
		if s&hexOpen != 0 && c != '<' || s&hexPair != 0 { // "<<" is a dictionary
			switch {
			case isSpace(c):
				next |= hexPair
			case c == '>':
			case isHex(c):
				next |= hexFirst
			default:
				next |= hexWrong
			}
		}
		if s&hexFirst != 0 && isSpace(c) {
			next |= hexFirst
		} else if s&hexFirst != 0 && isHex(c) {
			next |= hexPair
		}
		if s&hexWrong != 0 && isSpace(c) {
			next |= hexWrong
		}
		t.states = next
	}
	return len(p), nil
}

// open reports whether the streams may end inside a hex string.
func (t *hexTail) open() bool { return t.states&^hexOut != 0 }

func isSpace(c byte) bool {
	switch c {
	case '\x00', '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// bbox bounds the points of a path on the page.
type bbox struct {
	x0, y0, x1, y1 float64
	points         int
}

// size is the box's width and height to the point.
func (b bbox) size() [2]int {
	return [2]int{int(math.Round(b.x1 - b.x0)), int(math.Round(b.y1 - b.y0))}
}

func (b *bbox) add(ctm matrix, x, y float64) {
	px, py := x*ctm[0]+y*ctm[2]+ctm[4], x*ctm[1]+y*ctm[3]+ctm[5]
	if b.points == 0 {
		b.x0, b.y0, b.x1, b.y1 = px, py, px, py
	} else {
		b.x0, b.y0, b.x1, b.y1 = math.Min(b.x0, px), math.Min(b.y0, py), math.Max(b.x1, px), math.Max(b.y1, py)
	}
	b.points++
}

// pathArgs are the numbers each operator that draws a path takes: a
// point's coordinates, a curve's control points' and end's.
var pathArgs = map[string]int{"m": 2, "l": 2, "c": 6, "v": 4, "y": 4}

// rules are the thin straight lines drawn on a page, across (at a height,
// from one x to another) and down (at an x, from one height to another).
type rules struct {
	across, down []rule
	boxes        []bbox // filled rectangles big enough to hold text: a sidebar's shading
}

type rule struct{ at, from, to float64 }

// maxRules bounds the rules kept for a page.
const maxRules = 10_000

// add keeps b, a subpath drawn, when it is a thin line: at most 2.5 points
// thick and 6 long.
func (rs *rules) add(b bbox) {
	if b.points < 2 || len(rs.across)+len(rs.down) >= maxRules {
		return
	}
	w, h := b.x1-b.x0, b.y1-b.y0
	switch {
	case h <= 2.5 && w >= 6:
		rs.across = append(rs.across, rule{(b.y0 + b.y1) / 2, b.x0, b.x1})
	case w <= 2.5 && h >= 6:
		rs.down = append(rs.down, rule{(b.x0 + b.x1) / 2, b.y0, b.y1})
	}
}

// grid keeps as rules the sides of the rectangles stroked that are a
// table's cells, drawn one by one (a spreadsheet's gridlines): those
// that share a side with another beside them, or whose top or bottom a
// rule across drawn as a line goes on from. Boxes apart (a mind map's)
// are no table.
func (rs *rules) grid(rects []bbox) {
	across := rs.across // the rules across drawn as lines
	for i, a := range rects {
		// A row's rule going on from its side (Excel's, beside its row's
		// number), or a cell beside it.
		cell := slices.ContainsFunc(across, func(r rule) bool {
			return (math.Abs(r.from-a.x1) < 2 || math.Abs(r.to-a.x0) < 2) && (math.Abs(r.at-a.y0) < 2 || math.Abs(r.at-a.y1) < 2)
		})
		for j := 0; j < len(rects) && !cell; j++ {
			b := rects[j]
			cell = j != i && (math.Abs(a.x1-b.x0) < 2 || math.Abs(b.x1-a.x0) < 2) && a.y0 < b.y1-2 && b.y0 < a.y1-2
		}
		if cell {
			rs.add(bbox{a.x0, a.y0, a.x1, a.y0, 2})
			rs.add(bbox{a.x0, a.y1, a.x1, a.y1, 2})
			rs.add(bbox{a.x0, a.y0, a.x0, a.y1, 2})
			rs.add(bbox{a.x1, a.y0, a.x1, a.y1, 2})
		}
	}
}

// actualText is a marked-content sequence of a page's text: where its runs
// start, and the text its /ActualText gives them, if any (ok).
type actualText struct {
	from int
	text string
	ok   bool
}

// maxSpans bounds the marked-content sequences open at once.
const maxSpans = 256

// minSlantSine is the sine of the least slant (20°) of text set across a
// page or up its margin, not on its lines; a line of text is level.
var minSlantSine = math.Sin(20 * math.Pi / 180)

// replace gives the runs from a.from on, the glyphs of the sequence, as one
// run of its text where they stand (an empty one, which shows nothing).
func (a actualText) replace(out []run) []run {
	glyphs := out[a.from:]
	first, last := glyphs[0], glyphs[len(glyphs)-1]
	out = out[:a.from]
	r := first
	r.text, r.w = a.text, math.Max(last.x+last.w-first.x, first.w)
	return append(out, r)
}

// maxCells bounds the rectangles of a page read as a table's cells.
const maxCells = 2000

// maxCellHeight is the tallest stroked rectangle read as a table's cell:
// ten lines of text, where a page printed two to a sheet is framed by
// rectangles forty lines tall.
const maxCellHeight = 150

// box reports a filled path big enough to shade text: 100 points wide and
// 24 high at the least.
func (b bbox) box() bool { return b.points >= 2 && b.x1-b.x0 >= 100 && b.y1-b.y0 >= 24 }

// maxBoxes bounds the boxes kept for a page.
const maxBoxes = 100

// bullet reads a path drawn as a list's bullet (browsers draw a list's
// discs, circles and squares rather than write them): a small shape about
// as wide as high, between 2 and 8 points across. It gives it as a bullet
// written in the type it marks, whose size it is about a third of, on
// that type's baseline.
func (b bbox) bullet() (run, bool) {
	w, h := b.x1-b.x0, b.y1-b.y0
	if b.points < 2 || w < 2 || w > 8 || h < 0.7*w || h > w/0.7 {
		return run{}, false
	}
	em := w / 0.35
	return run{text: "•", x: b.x0, y: b.y0 - 0.1*em, w: w, size: em}, true
}

type matrix [6]float64 // a b c d e f

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm           matrix
	tm, tlm       matrix
	font          *font
	size          float64
	tc, tw, th    float64
	leading, rise float64
}

// runs interprets a page's content stream for its text.
func (st *state) runs(p pdf.Page, number int) ([]run, rules) {
	contents := p.V.Key("Contents")
	var tail hexTail
	switch contents.Kind() {
	case pdf.Stream:
		if !fits(contents, &tail) {
			panic(errStop{fmt.Errorf("page %d: content too large (over %d MB)", number, MaxStreamBytes>>20)})
		}
	case pdf.Array:
		for i := 0; i < contents.Len(); i++ {
			if !fits(contents.Index(i), &tail) {
				panic(errStop{fmt.Errorf("page %d: content too large (over %d MB)", number, MaxStreamBytes>>20)})
			}
		}
	default:
		return nil, rules{}
	}
	if tail.open() {
		panic(errStop{fmt.Errorf("damaged PDF: page %d: its content ends inside a hex string", number)})
	}
	var out []run
	var drawn rules
	var path, sub bbox   // the bounds of the path being drawn, and of its last subpath
	var pathRects []bbox // the rectangles of the path being drawn
	var rects []bbox     // the rectangles stroked that could be a table's cells
	g := gstate{ctm: identity, tm: identity, tlm: identity, th: 1}
	var stack []gstate
	var spans []actualText // the marked-content sequences open
	show := func(raw string) {
		if g.font == nil {
			return
		}
		text := g.font.enc.Decode(raw)
		if g.font.dingbats {
			text = strings.Repeat("•", utf8.RuneCountInString(text)) // a bullet, a tick, an arrow
		}
		if g.font.type3 && len(raw) == 1 && !strings.ContainsFunc(text, unicode.IsPrint) {
			text = "•" // a symbol drawn alone, with no character: LaTeX's bullet in a bitmap font
		}
		n := utf8.RuneCountInString(text)
		st.glyphs += n
		if st.glyphs > MaxGlyphs {
			panic(errStop{fmt.Errorf("PDF has too much text: more than %d characters", MaxGlyphs)})
		}
		trm := matrix{g.size * g.th, 0, 0, g.size, 0, g.rise}.mul(g.tm).mul(g.ctm)
		size := math.Hypot(trm[2], trm[3])
		var adv float64    // in text space units
		if g.font.widths { // one byte a glyph, whatever its text ("fi" of the ligature)
			for i := 0; i < len(raw); i++ {
				adv += g.font.f.Width(int(raw[i]))*g.font.unit*g.size + g.tc
				if raw[i] == ' ' {
					adv += g.tw
				}
			}
		} else if g.font.cid != nil && len(raw)%2 == 0 {
			for i := 0; i < len(raw); i += 2 {
				adv += g.font.cid.width(int(raw[i])<<8|int(raw[i+1]))/1000*g.size + g.tc
			}
		} else if g.font.std != nil && len(raw) == n {
			for i := 0; i < len(raw); i++ {
				w := 0.278 // a space's, for the control codes
				if raw[i] >= 32 {
					w = float64(g.font.std[raw[i]-32]) / 1000
				}
				adv += w*g.size + g.tc
				if raw[i] == ' ' {
					adv += g.tw
				}
			}
		} else {
			em := estimateWidth(text)
			if g.font.fixed {
				em = 0.6 * float64(n) // Courier's advance
			}
			adv = em*g.size + float64(n)*g.tc + float64(strings.Count(text, " "))*g.tw
		}
		adv *= g.th
		scale := math.Hypot(trm[0], trm[1]) / math.Max(g.size*g.th, 1e-9)
		// Text turned from the level by minSlant or more is no line of the
		// page's: on its side, a reprint's or a preprint's stamp up a
		// margin; across the page, a watermark ("unacademy" at 30°).
		turned := math.Abs(trm[1]) > minSlantSine*math.Hypot(trm[0], trm[1])
		if (strings.TrimSpace(text) != "" || text == " ") && !turned {
			out = append(out, run{text: text, x: trm[4], y: trm[5], w: adv * scale, size: size, bold: g.font.bold, italic: g.font.italic, fixed: g.font.fixed})
		}
		g.tm = matrix{1, 0, 0, 1, adv, 0}.mul(g.tm)
	}
	nextLine := func() {
		g.tlm = matrix{1, 0, 0, 1, 0, -g.leading}.mul(g.tlm)
		g.tm = g.tlm
	}
	point := func(x, y float64) { // a point of the path being drawn
		path.add(g.ctm, x, y)
		sub.add(g.ctm, x, y)
	}
	res := p       // whose resources name the fonts and forms: the page's, or a form's it draws
	forms := 0     // the forms drawn, at any depth
	var nested int // the forms being drawn, one inside another
	var operate func(stk *pdf.Stack, op string)
	operate = func(stk *pdf.Stack, op string) {
		if st.ops++; st.ops%4096 == 0 {
			st.checkTime()
		}
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		mat := func() matrix {
			return matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
		}
		switch op {
		case "m", "l", "c", "v", "y":
			if len(args) == pathArgs[op] {
				if op == "m" {
					drawn.add(sub)
					sub = bbox{}
				}
				for i := 0; i < len(args); i += 2 {
					point(num(i), num(i+1))
				}
			}
		case "re":
			if len(args) == 4 {
				drawn.add(sub)
				sub = bbox{}
				point(num(0), num(1))
				point(num(0)+num(2), num(1)+num(3))
				if len(pathRects) < maxCells {
					pathRects = append(pathRects, sub)
				}
			}
		case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
			if op != "S" && op != "s" && path.box() && len(drawn.boxes) < maxBoxes {
				drawn.boxes = append(drawn.boxes, path)
			}
			if r, ok := path.bullet(); ok {
				if st.glyphs++; st.glyphs > MaxGlyphs {
					panic(errStop{fmt.Errorf("PDF has too much text: more than %d characters", MaxGlyphs)})
				}
				out = append(out, r)
			}
			drawn.add(sub)
			if strings.ContainsAny(op, "SsBb") {
				for _, r := range pathRects {
					if len(rects) < maxCells && r.x1-r.x0 > 2.5 && r.y1-r.y0 > 2.5 && r.y1-r.y0 <= maxCellHeight {
						rects = append(rects, r)
					}
				}
			}
			path, sub, pathRects = bbox{}, bbox{}, pathRects[:0]
		case "n":
			path, sub, pathRects = bbox{}, bbox{}, pathRects[:0]
		case "BMC", "BDC":
			// A sequence whose /ActualText says what its glyphs spell: a
			// script shaped into glyphs no character maps to (Devanagari's
			// conjuncts), a ligature.
			if len(spans) < maxSpans {
				a := actualText{from: len(out)}
				if op == "BDC" && len(args) == 2 {
					if t := args[1].Key("ActualText"); t.Kind() == pdf.String {
						a.text, a.ok = t.Text(), true
					}
				}
				spans = append(spans, a)
			}
		case "EMC":
			if n := len(spans); n > 0 {
				a := spans[n-1]
				spans = spans[:n-1]
				if a.ok && len(out) > a.from {
					out = a.replace(out)
				}
			}
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = mat().mul(g.ctm)
			}
		case "BT":
			g.tm, g.tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				g.font = st.font(res, args[0].Name())
				g.size = num(1)
			}
		case "Do":
			// A form drawn on the page: OCR programs put a scanned page's
			// text in one (ocrmypdf's "OCR-…" over the page's image).
			if len(args) != 1 || nested == maxNested || forms == maxForms {
				return
			}
			form := res.Resources().Key("XObject").Key(args[0].Name())
			if form.Kind() != pdf.Stream || form.Key("Subtype").Name() != "Form" {
				return
			}
			var formTail hexTail
			if !fits(form, &formTail) || formTail.open() {
				return
			}
			forms++
			saved, savedRes, depth := g, res, len(stack)
			if m := form.Key("Matrix"); m.Len() == 6 {
				g.ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(), m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(g.ctm)
			}
			if !form.Key("Resources").IsNull() {
				res = pdf.Page{V: form}
			}
			nested++
			pdf.Interpret(form, operate)
			nested--
			g, res, stack = saved, savedRes, stack[:min(depth, len(stack))]
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.leading = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td", "TD":
			if op == "TD" {
				g.leading = -num(1)
			}
			g.tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(g.tlm)
			g.tm = g.tlm
		case "Tm":
			if len(args) == 6 {
				g.tm, g.tlm = mat(), mat()
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'", "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				args = args[2:]
			}
			nextLine()
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
					continue
				}
				// A large negative adjustment is a gap between words.
				d := -x.Float64() / 1000 * g.size * g.th
				if x.Float64() < -200 {
					out = append(out, run{text: " ", size: g.size})
				}
				g.tm = matrix{1, 0, 0, 1, d, 0}.mul(g.tm)
			}
		}
	}
	pdf.Interpret(contents, operate)
	// A space run standing for a TJ gap takes its place from its neighbours.
	for i := range out {
		if out[i].text == " " && out[i].w == 0 && i > 0 {
			prev := out[i-1]
			out[i].x, out[i].y, out[i].size = prev.x+prev.w, prev.y, prev.size
		}
	}
	drawn.grid(rects)
	return out, drawn
}

// Bounds on the forms a page draws (see "Do"): how deep one may be drawn
// inside another, and how many a page may draw in all.
const (
	maxNested = 8
	maxForms  = 1000
)

// texStyle tells the weight and slope of TeX's fonts from their names,
// which say them in their own way and which pdfTeX's descriptors do not:
// Computer Modern's "CMBX12" is bold, "CMTI10" italic (and the EC and
// CM-Super fonts of T1 encoding, "ECBX1200", "SFTI1000"). base is the
// lower-case name, with or without a subset's "ABCDEF+".
func texStyle(base string) (style struct{ bold, italic bool }) {
	_, name, ok := strings.Cut(base, "+")
	if !ok {
		name = base
	}
	family := strings.TrimRight(name, "0123456789")
	if family == name || family == "" {
		return style // TeX's fonts end in their design size
	}
	switch family {
	case "cmbx", "cmb", "cmssbx", "ecbx", "sfbx", "ecsx", "sfsx":
		style.bold = true
	case "cmbxti", "cmbxsl", "ecbi", "sfbi", "ecbl", "sfbl":
		style.bold, style.italic = true, true
	case "cmti", "cmsl", "cmitt", "cmssi", "ecti", "ecsl", "ecit", "sfti", "sfsl", "sfit", "ecsi", "sfsi":
		style.italic = true
	}
	return style
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// cidWidths are the glyph widths of a composite (Type0) font whose codes
// are its glyphs' two-byte IDs (encoding Identity-H or Identity-V), as
// browsers and word processors write their PDFs: per glyph from the
// descendant font's W array, else its default DW.
type cidWidths struct {
	dw float64
	w  map[int]float64
}

func (c *cidWidths) width(cid int) float64 {
	if w, ok := c.w[cid]; ok {
		return w
	}
	return c.dw
}

// maxCIDWidths bounds the widths read from one font's W array.
const maxCIDWidths = 1 << 16

// readCIDWidths reads the widths of font f, a Type0 font with an identity
// encoding, or returns nil. W lists "c [w1 w2 …]" (the widths of c, c+1,
// …) and "first last w" (one width for a range).
func readCIDWidths(f pdf.Value) *cidWidths {
	if f.Key("Subtype").Name() != "Type0" {
		return nil
	}
	if enc := f.Key("Encoding").Name(); enc != "Identity-H" && enc != "Identity-V" {
		return nil
	}
	d := f.Key("DescendantFonts").Index(0)
	if d.IsNull() {
		return nil
	}
	c := &cidWidths{dw: 1000, w: map[int]float64{}}
	if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		c.dw = dw.Float64()
	}
	w := d.Key("W")
	for i := 0; i < w.Len() && len(c.w) < maxCIDWidths; {
		first := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && len(c.w) < maxCIDWidths; k++ {
				c.w[first+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for cid := first; cid <= last && cid-first < maxCIDWidths && len(c.w) < maxCIDWidths; cid++ {
			c.w[cid] = width
		}
		i += 3
	}
	return c
}

// standardWidths returns the widths of the standard font a base font name
// names (Times or Helvetica, or a font drawn to their measure such as
// Arial or Times New Roman), or nil.
func standardWidths(base string, bold, italic bool) *[224]uint16 {
	switch {
	case containsAny(base, "times"):
		switch {
		case bold && italic:
			return &timesBoldItalic
		case bold:
			return &timesBold
		case italic:
			return &timesItalic
		}
		return &timesRoman
	case containsAny(base, "helvetica", "arial"):
		if bold {
			return &helveticaBold
		}
		return &helvetica
	}
	return nil
}

// estimateWidth guesses the width of text, in ems, for a font that gives
// no widths (the standard fonts need not): roughly Helvetica's.
func estimateWidth(text string) float64 {
	w := 0.0
	for _, r := range text {
		switch {
		case strings.ContainsRune(" il.,:;'|!ijtfI()[]", r):
			w += 0.28
		case strings.ContainsRune("mwMW", r):
			w += 0.85
		case unicode.IsUpper(r):
			w += 0.68
		default:
			w += 0.55
		}
	}
	return w
}
