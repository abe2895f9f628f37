package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Formats other than text and Markdown (saved web pages, PDFs) need
// libraries this package does not import. A package that reads one
// registers a Converter for it, as image/png registers a decoder with the
// image package:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/web"     // .html, .htm
//	import _ "github.com/conceptbot/conceptbot/corpus/pdftext" // .pdf
//
// A Converter turns the file into Markdown (or into plain text, when the
// file carries no structure to say more), and Parse reads that as it reads
// any Markdown or text document, so every improvement to those parsers
// reaches the other formats too.

// Converted is a document turned into text by a Converter.
type Converted struct {
	// Text is Markdown ("# Title", "## Section", lists, pipe tables), or
	// plain text in the shape of a saved concept page when Markdown is false.
	Text     []byte
	Markdown bool
	// Origin[i] is where line i+1 of Text came from in the original file:
	// a line number, or a page or paragraph number when Unit says so; 0
	// when unknown. Problems and passages are reported at those places.
	Origin []int
	Unit   string // "line" (the default), "page", "paragraph", "slide", "note", "row", "chapter" or "sheet"
	// TitledByName: Text has no title line, and the file's name titles it
	// (an export of a notebook's notes, "Polity.enex", is the notebook).
	TitledByName bool
	// Subtitle is the subtitle the file marks as such (a Word or Writer
	// paragraph in the Subtitle style), however long; "" when it marks none,
	// and the line under the title may be one.
	Subtitle string
	// Moments[n] are the places inside line n of Text (1-based) that an
	// answer can cite, in order: a lecture's cues within their paragraph.
	Moments map[int][]Moment
	// NotUTF8At is the line of the file's first byte that is not UTF-8,
	// when the file was read as Windows-1252 (see Windows1252); 0 for none.
	NotUTF8At int
}

// Moment is a place inside a line of converted text: the text that starts
// there, as the line has it once read, and when it is said (see Mark).
type Moment struct {
	Text  string
	Start int
}

// Lines writes a Converted's Text a line at a time, each line with its
// Origin, as a Converter builds it.
type Lines struct {
	buf    strings.Builder
	origin []int
	last   string // the last line written
}

// Line writes s, a line from place at of the file.
func (l *Lines) Line(s string, at int) {
	l.buf.WriteString(s)
	l.buf.WriteByte('\n')
	l.origin = append(l.origin, at)
	l.last = s
}

// Gap writes a blank line unless one stands last.
func (l *Lines) Gap(at int) {
	if l.buf.Len() > 0 && l.last != "" {
		l.Line("", at)
	}
}

// Last is the last line written.
func (l *Lines) Last() string { return l.last }

// Blank reports whether the lines hold nothing but white space.
func (l *Lines) Blank() bool { return strings.TrimSpace(l.buf.String()) == "" }

// Place tells that line i (from 0) comes from place at of the file.
func (l *Lines) Place(i, at int) { l.origin[i] = at }

// TrimEnd takes off the blank lines at the end.
func (l *Lines) TrimEnd() {
	text := strings.TrimRight(l.buf.String(), "\n")
	l.origin = l.origin[:strings.Count(text, "\n")+1]
	l.buf.Reset()
	l.buf.WriteString(text + "\n")
}

// Converted is the lines as a document converted, its places counted in
// unit.
func (l *Lines) Converted(markdown bool, unit string) Converted {
	return Converted{Text: []byte(l.buf.String()), Markdown: markdown, Origin: l.origin, Unit: unit}
}

// A Converter reads one document format into Text. Its error says, in
// words for the person who added the file, what is wrong with the file
// ("no text layer (scanned?)"); Parse adds the file name. A Converter must
// bound its own time and memory for any input.
type Converter func(data []byte) (Converted, error)

// Format describes a registered document format.
type Format struct {
	Name       string   // e.g. "PDF"
	Extensions []string // lower case, with the dot: ".pdf"
	// Magic reports whether data is in this format whatever the file is
	// called (e.g. it starts with "%PDF-"); nil to go by the name alone.
	Magic   func(data []byte) bool
	Convert Converter
	// ByContent says a file with one of Extensions is in the format only
	// when Magic says so: in a folder, another file with that extension
	// (a .json of settings) is skipped, not a problem. Such a format's
	// Magic is tried before the others': it is the more particular (a chat
	// exported as a web page is read as a chat).
	ByContent bool
	// Skip says why a file found in a folder, though in this format, holds
	// nothing to read (a note in the trash); "" to read it. A file named
	// on its own is read whatever Skip says. Nil to read every file. (What
	// only converting tells, Convert says by returning NoNotes.)
	Skip func(data []byte) string
	// Beside names the files an export in this format writes beside its
	// documents, and says what each is ("Labels.txt": "the labels of a
	// Google Keep export"): in a folder where a document in this format was
	// read, they are skipped, not read as notes.
	Beside map[string]string
	// SameTitles: its documents are an app's notes, which may share a
	// title ("Polity" and "Polity"): the second read is titled "Polity
	// (2)", not left out as a duplicate.
	SameTitles bool
	// JoinDays joins the files of a folder named by their dates
	// ("2025-02-10.json"), in date order, into one document of the
	// folder's name: a chat's channel, exported a file a day. Nil to read
	// each file on its own. The joined text keeps each day's lines in
	// order, one after another: the days joined by newlines, each of as
	// many lines as it had, so a line of it is found in its day's file.
	JoinDays func(days [][]byte) ([]byte, error)
}

// dayJoiner returns the format of extension ext (".json") that joins a
// folder's days (see JoinDays).
func dayJoiner(ext string) (Format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if f.JoinDays != nil && f.Magic != nil && slices.Contains(f.Extensions, ext) {
			return f, true
		}
	}
	return Format{}, false
}

// sameTitles reports whether documents of the format named may share a
// title (see Format.SameTitles).
func sameTitles(name string) bool {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	return slices.ContainsFunc(formats, func(f Format) bool { return f.Name == name && f.SameTitles })
}

var (
	formatsMu sync.RWMutex
	formats   []Format
)

// RegisterFormat makes Parse and ReadPaths read documents in format f.
// It is meant to be called from an init function.
func RegisterFormat(f Format) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	at := len(formats)
	if f.ByContent {
		if i := slices.IndexFunc(formats, func(g Format) bool { return !g.ByContent }); i >= 0 {
			at = i
		}
	}
	formats = slices.Insert(formats, at, f)
}

// HTMLTableWriter writes an HTML table, from <table> to </table>, as the
// Markdown lines of a converted web page (pipe tables, paragraphs); nil
// when the table cannot be read.
type HTMLTableWriter func(block string) []string

var htmlTables atomic.Pointer[HTMLTableWriter]

// RegisterHTMLTables makes the Markdown reader read the HTML tables that
// notes hold (pasted from a web page) with w, as a web page's are read.
// Without one they are text. It is meant to be called from an init
// function.
func RegisterHTMLTables(w HTMLTableWriter) { htmlTables.Store(&w) }

// Extensions returns the file extensions ReadPaths reads in a directory,
// sorted: ".md", ".markdown", ".text", ".txt", those of the registered
// formats and ".zip" and ".textpack" (archives of them).
func Extensions() []string {
	exts := slices.Clone(archiveExtensions)
	for ext := range parsers {
		exts = append(exts, ext)
	}
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		exts = append(exts, f.Extensions...)
	}
	slices.Sort(exts)
	return slices.Compact(exts)
}

func readable(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions() {
		if ext == e {
			return true
		}
	}
	return false
}

// FormatOf returns the name of the registered format data is in, by its
// contents ("Word document" for a .docx, whatever the file is called), or
// "".
func FormatOf(data []byte) string {
	f, _ := byContent("", data)
	return f.Name
}

// byContent returns the registered format whose Magic knows data: one that
// goes by content first (see Format.ByContent), then the one of the
// extension of the file's name (a Typst file that opens with "= Title" is
// Typst's, though AsciiDoc's Magic knows it too), then any.
func byContent(name string, data []byte) (Format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	knows := func(f Format) bool { return f.Magic != nil && f.Magic(data) }
	ext := strings.ToLower(filepath.Ext(name))
	named := func(f Format) bool { return ext != "" && slices.Contains(f.Extensions, ext) }
	for _, f := range formats {
		if f.ByContent && knows(f) {
			return f, true
		}
	}
	for _, first := range []bool{true, false} { // each Magic once
		for _, f := range formats {
			if !f.ByContent && named(f) == first && knows(f) {
				return f, true
			}
		}
	}
	return Format{}, false
}

// byName returns the registered format of a file's extension.
func byName(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if slices.Contains(f.Extensions, ext) {
			return f, true
		}
	}
	return Format{}, false
}

// byContentNames returns the names of the formats that go by content (see
// Format.ByContent) of a file's extension, joined by "or"; "" when none.
func byContentNames(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	var names []string
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if f.ByContent && slices.Contains(f.Extensions, ext) {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, " or ")
}

// skipped says why a file found in a folder is not to be read: its
// extension is that of formats that go by content and its content (in
// format f when known) is in none, or its format says so (see Format.Skip).
// Its why is "" to read it.
func skipped(name string, data []byte, f Format, known bool) notDocument {
	if !known {
		if names := byContentNames(name); names != "" {
			return notDocument{why: "not a " + names}
		}
		return notDocument{}
	}
	if f.Skip != nil {
		return notDocument{why: f.Skip(data), expected: true}
	}
	return notDocument{}
}

// besideOf returns the registered format whose exports write a file of
// this name beside their documents.
func besideOf(name string) (Format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if _, ok := f.Beside[name]; ok {
			return f, true
		}
	}
	return Format{}, false
}

// convert converts data with f; a converter's panic (its library's, on a
// malformed file) is an error, not a reason to stop loading the others.
func convert(f Format, data []byte) (c Converted, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot read this %s: %v", f.Name, r)
		}
	}()
	return f.Convert(data)
}

// parseConverted converts a document with f and parses the result, telling
// problems at the places of the original file.
func parseConverted(name string, data []byte, f Format) (d *Document, err error) {
	defer func() {
		// A converter's library may panic on a malformed file: that is a
		// problem with the file, not a reason to stop loading the others.
		if r := recover(); r != nil {
			d, err = nil, Errors{{File: name, Msg: fmt.Sprintf("cannot read this %s: %v", f.Name, r)}}
		}
	}()
	c, err := f.Convert(data)
	if err != nil {
		var es Errors
		if errors.As(err, &es) {
			return nil, es
		}
		return nil, Errors{{File: name, Msg: err.Error(), noNotes: errors.As(err, new(NoNotes))}}
	}
	text := plainLetters(string(bytes.TrimRight(c.Text, "\n")))
	if c.TitledByName {
		title := titleFromName(name)
		if c.Markdown {
			title = "# " + EscapeMarkdown(title)
		}
		text = title + "\n" + text
		c.Origin = append([]int{1}, c.Origin...)
	}
	lines, tabbed, pages := splitTabbed(text)
	kindTitled(lines, &c)
	if c.Markdown {
		d, err = parseMarkdownLines(name, lines, nil)
	} else {
		d, err = parseTextLines(name, lines, tabbed, pages, nil)
	}
	where := c.locator()
	var es Errors
	if errors.As(err, &es) {
		for _, e := range es {
			where(e)
		}
		return nil, es
	}
	if err != nil {
		return nil, err
	}
	d.Format = f.Name
	if c.Subtitle != "" {
		d.Subtitle = c.Subtitle
	}
	if c.Unit != "line" {
		d.Unit = c.Unit
	}
	for _, w := range d.Warnings {
		where(w)
	}
	if c.NotUTF8At > 0 {
		d.Warnings = append(d.Warnings, &Error{File: name, Line: c.NotUTF8At, Msg: msgWindows1252}) // at the file's line, not the text's
	}
	// A passage's Line becomes the line of the web page, or the page of
	// the PDF, where it starts.
	for i := range d.Passages {
		p := &d.Passages[i]
		n := p.Line
		if c.TitledByName {
			n--
		}
		p.Marks = marks(p.Text, c.Moments[n])
		p.Line = c.origin(p.Line)
	}
	for i := range d.Outline {
		d.Outline[i].Line = c.origin(d.Outline[i].Line)
	}
	return d, nil
}

// marks finds moments in the text of a passage, in order; one not found
// is left out.
func marks(text string, moments []Moment) []Mark {
	var ms []Mark
	at := 0
	for _, m := range moments {
		i := strings.Index(text[at:], m.Text)
		if m.Text == "" || i < 0 {
			continue
		}
		ms = append(ms, Mark{At: at + i, Start: m.Start})
		at += i + len(m.Text)
	}
	return ms
}

// origin returns where line n of the converted text came from.
func (c Converted) origin(n int) int {
	if n < 1 || n > len(c.Origin) {
		return 0
	}
	return c.Origin[n-1]
}

// locator returns a function that moves a problem found in the converted
// text to its place in the original: the line of a web page, or the page
// of a PDF, the paragraph of a Word document, the slide of a presentation
// ("page 3: …", since none has lines to speak of).
func (c Converted) locator() func(*Error) {
	return func(e *Error) {
		n := c.origin(e.Line)
		if c.Unit != "" && c.Unit != "line" {
			if n > 0 && e.Line > 0 {
				e.Msg = fmt.Sprintf("%s %d: %s", c.Unit, n, e.Msg)
			}
			e.Line = 0
			return
		}
		e.Line = n
	}
}

// kindTitled puts the subtitle the file marks (c.Subtitle) in place of a
// title that only says what kind of notes they are (see kindTitleRE), the
// first of lines, which becomes the subtitle.
func kindTitled(lines []string, c *Converted) {
	i := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	if i < 0 || !hasWords(c.Subtitle) || utf8.RuneCountInString(c.Subtitle) > maxKindSubtitle {
		return
	}
	title, subtitle := strings.TrimSpace(lines[i]), c.Subtitle
	if c.Markdown {
		rest, ok := strings.CutPrefix(title, "# ")
		if !ok {
			return
		}
		title, subtitle = strings.TrimSpace(rest), "# "+EscapeMarkdown(c.Subtitle)
	}
	if kindTitleRE.MatchString(title) {
		lines[i], c.Subtitle = subtitle, title
	}
}
