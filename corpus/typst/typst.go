// Package typst reads notes written in Typst (.typ), as students type
// them in the typst.app web editor or beside the typst CLI, from their
// source. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/typst"
//
// # Markdown
//
// The file is read as Typst reads its markup, and written as the Markdown
// it shows. "= Heading" and its deeper levels are sections. The notes are
// titled by their document's title (#set document(title: …), a
// template's title in #show: project.with(title: …) or around them in
// #project(title: …)[…], #title[…]), else by a block that opens them
// centred or set large (an #align(center)[…] that holds
// #text(20pt)[*Title*], the lines under the title their subtitle), else
// by their "=" heading when it is their only one and opens them, else by
// the file's name; "=" headings are sections under a title of another
// source.
//
// Paragraphs keep their text; "- " and "+ " (or "1. ") lists stay lists,
// nested as they are indented, and a term list's entries ("/ Term: …")
// are "Term: …" entries. *Strong* and _emph_ are Markdown's, raw text
// code (a block of it, "```lang", kept verbatim), math its source. A
// reference (@label) reads as the heading it names, or "Figure 2", "Table
// 1", else as its label's words (a source in the bibliography); a
// footnote is read in brackets where it is cited; a link as the text it
// shows. #quote is a quotation (a block one with its attribution under
// it); #figure its body and its caption ("Figure 2: …" under it, "Table
// 1: …" over a table, where it heads the rows); #table a pipe table whose
// header is its table.header, else its first row, a cell that spans rows
// said in each; a #grid's or a #stack's cells paragraphs. The functions
// that wrap content (#box, #block, #rect, #align, #text, #highlight …)
// read as what they hold. What a #let defines is expanded where it is
// used: text ("#let sc = [Supreme Court]") and functions whose body is
// content or a call ("#let art(n) = [Article #n]"). Functions the notes
// call but do not define (a package's or a template's: #pyq[…],
// #important(title: …)[…]) read as the content they are given, and,
// alone in their paragraph, a titled one or one named as a callout's kind
// (#tip, #warning) as a callout ("> [!tip] Exam tip"). Settings and
// definitions (#set, #show, #let, #import), code, layout (#pagebreak,
// #v, #h, #line), pictures, the outline, the bibliography, labels and
// comments are left out. Each line's place is its line in the file, or
// for a definition's text the line where it is used.
//
// A file of another name is known as Typst by its marks (see IsTypst);
// in a folder, a file of definitions alone (a template) is skipped. A
// file that is not UTF-8 is read as Windows-1252, with a warning.
//
// # Bounds
//
// A file is read within MaxBytes; content nests at most maxDepth deep,
// definitions expand at most maxExpansions times, and to maxOutput bytes
// of text at most, and tables hold maxCells cells in all.
package typst

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Typst source",
		Extensions: []string{".typ"},
		Magic:      IsTypst,
		Convert:    Convert,
	})
}

// Limits on one file.
const (
	MaxBytes      = 10 << 20
	maxDepth      = 64
	maxExpansions = 100_000
	maxOutput     = 4 * MaxBytes
	maxCells      = 1_000_000
	maxColumns    = 64
	maxRowspan    = 1000
)

var (
	errNoText = errors.New("the Typst file has no text: only settings, definitions or pictures")
	// errTemplate: a file that defines a template's functions, with no
	// text of its own; one found in a folder is skipped.
	errTemplate = corpus.NoNotes("a Typst template or settings (definitions only), no notes")
	errDeep     = errors.New("damaged Typst file: content nested too deep")
	errLarge    = errors.New("the Typst file's definitions (#let) expand to too much text")
	errCells    = fmt.Errorf("the Typst file's tables have too many cells (the limit is %d)", maxCells)
)

// Signs of Typst in a file of another name.
var (
	// ruleRE matches a line that sets, shows, imports or defines, as only
	// Typst writes them.
	ruleRE = regexp.MustCompile(`(?m)^[ \t]*#(?:set [a-z][\w.-]*\(|show(?:[ \t][^\n:]+)?:|import "(?:@preview/|[^"\n]*"[ \t]*(?::|as\b))|let [\p{L}_][\p{L}\p{N}_-]*(?:\(|[ \t]*=))`)
	// headingRE matches a Typst heading; callRE a function called in
	// markup.
	headingRE = regexp.MustCompile(`(?m)^[ \t]*=+[ \t]+\S`)
	callRE    = regexp.MustCompile(`#[a-z][\w-]*(?:\.[a-z][\w-]*)*[(\[]`)
	// atxRE matches a Markdown heading, which Typst never writes.
	atxRE = regexp.MustCompile(`(?m)^#{1,6}[ \t]`)
)

// IsTypst reports whether data, whatever its name, is Typst: text with a
// line that sets, shows, imports or defines (#set text(…), #show: …,
// #import "@preview/…", #let x = …) and either another such line, a
// heading ("= Rights") or a function called in markup; and no Markdown
// heading.
func IsTypst(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 64<<10)], []byte("\ufeff"))
	if bytes.IndexByte(head, 0) >= 0 || atxRE.Match(head) {
		return false
	}
	rules := len(ruleRE.FindAllIndex(head, 2))
	return rules == 2 || rules == 1 && (headingRE.Match(head) || callRE.Match(head))
}

// doc is a Typst file being read: its source and what is known of it.
type doc struct {
	src    string
	starts []int // where each line starts

	macros  map[string]*macro
	labels  map[string]string // what a reference to each label reads
	figures map[string]int    // the figures of each kind so far

	// target is what a label right after targetEnd names: the last
	// heading or figure read.
	target    string
	targetEnd int

	title, subtitle string
	titleAt         int
	titleBlock      span // the lines of out of the block that opens the notes, centred
	titleSeen       bool // a block that may title the notes was looked for
	content         bool // a line of text was written

	out []outLine

	// closes holds where the content blocks scanned so far close: the "]"
	// of the "[" at each place.
	closes map[int]int

	// site is where the expansion of a definition being written was
	// called, which its text is placed at; -1 outside any.
	site int

	colAt, col int // the last column counted (see column)

	// expanded counts the bytes of definitions read where they are used.
	depth, scanDepth, expansions, expanded, output, cells int
	err                                                   error
}

// macro is what a #let defines: a value, or a function and its
// parameters.
type macro struct {
	value  span  // the value, or the function's body
	params []arg // a function's parameters: named ones with their defaults
	fn     bool
	opaque bool   // a function whose body is code, not read
	prev   *macro // the definition it shadows
}

// outLine is a line written: Markdown (s) from a line of the file (at), a
// heading of its level (s its text), or a line of code.
type outLine struct {
	s     string
	raw   string // a paragraph's text before escaping
	at    int
	level int
	code  bool
	opens bool // a callout's first line: no blank line comes after it
}

func (d *doc) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *doc) enter() bool {
	if d.depth++; d.depth > maxDepth {
		d.fail(errDeep)
		return false
	}
	return true
}

func (d *doc) leave() { d.depth-- }

// place returns the line of the file that text from src[i] is placed at:
// its own, or the call of the definition it expands.
func (d *doc) place(i int) int {
	if d.site >= 0 {
		i = d.site
	}
	return d.lineOf(min(i, len(d.src)))
}

// at places the text written from now on at src[i] (see place), unless
// it is placed already, and returns what ends that.
func (d *doc) at(i int) func() {
	site := d.site
	if site < 0 {
		d.site = i
	}
	return func() { d.site = site }
}

// macro returns the definition of name, if any.
func (d *doc) macro(name string) *macro { return d.macros[name] }

// setTitle titles the notes t, from src[i], unless they are titled.
func (d *doc) setTitle(t string, i int) {
	if d.title == "" && hasLetters(t) {
		d.title, d.titleAt = t, d.lineOf(i)
	}
}

// Convert writes a Typst file as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	src, notUTF8, err := corpus.SourceText(data, "the Typst file", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	src = strings.ReplaceAll(src, "\x01", "")
	d := newDoc(src)
	w := &writer{d: d}
	w.markup(0, len(src))
	w.paragraph()
	if d.err != nil {
		return corpus.Converted{}, d.err
	}
	c, err := d.converted()
	if errors.Is(err, errNoText) && strings.Contains(src, "#let") {
		return corpus.Converted{}, errTemplate
	}
	if err != nil {
		return corpus.Converted{}, err
	}
	c.NotUTF8At = notUTF8
	return c, nil
}

// converted settles the title and the levels of the headings, and writes
// the lines read as Markdown.
func (d *doc) converted() (corpus.Converted, error) {
	out := d.out
	skipped := make([]bool, len(out))
	title, titleAt, subtitle := d.resolve(d.title, false), d.titleAt, d.resolve(d.subtitle, false)
	if tb := d.titleBlock; tb.end > tb.start {
		var lines []int
		for k := tb.start; k < tb.end; k++ {
			if out[k].level == 0 && !out[k].code && strings.Trim(out[k].s, "> ") != "" {
				lines = append(lines, k)
			}
		}
		if len(lines) > 0 {
			first := lines[0]
			cand := unmarked(d.resolve(out[first].raw, false))
			matched := title != "" && strings.EqualFold(cand, title)
			if title == "" && hasLetters(cand) && utf8.RuneCountInString(cand) <= maxTitle {
				title, titleAt, matched = cand, out[first].at, true
			}
			if matched {
				skipped[first] = true
				var parts []string
				for _, k := range lines[1:] {
					parts = append(parts, unmarked(d.resolve(out[k].raw, false)))
				}
				if s := strings.Join(parts, ", "); subtitle == "" && s != "" && len(parts) <= 3 && utf8.RuneCountInString(s) <= maxTitle {
					subtitle = s
					for _, k := range lines[1:] {
						skipped[k] = true
					}
				}
			}
		}
	}
	first, tops := -1, 0
	for k, o := range out {
		if skipped[k] || o.level == 0 && strings.Trim(o.s, "> ") == "" {
			continue
		}
		if first < 0 {
			first = k
		}
		if o.level == 1 {
			tops++
		}
	}
	if first >= 0 && out[first].level == 1 {
		h := d.resolve(out[first].s, false)
		switch {
		case title == "" && tops == 1:
			title, titleAt = h, out[first].at
			skipped[first], tops = true, 0
		case strings.EqualFold(h, title):
			skipped[first] = true
			tops--
		}
	}
	shift := 0
	if tops > 0 {
		shift = 1 // "=" headings are sections under the title
	}
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), titleAt)
		l.Gap(titleAt)
	}
	body := false
	for k, o := range out {
		switch {
		case skipped[k]:
		case o.level > 0:
			l.Gap(o.at)
			l.Line(strings.Repeat("#", min(o.level+shift, 6))+" "+corpus.EscapeMarkdown(d.resolve(o.s, false)), o.at)
			l.Gap(o.at)
			body = true
		case o.s == "" && !o.code:
			l.Gap(o.at)
		default:
			l.Line(d.resolve(o.s, !o.code), o.at)
			body = body || o.code || strings.Trim(o.s, "> ") != ""
		}
	}
	if !body {
		return corpus.Converted{}, errNoText
	}
	l.TrimEnd()
	c := l.Converted(true, "line")
	c.TitledByName = title == ""
	c.Subtitle = subtitle
	return c, nil
}

// maxTitle is the longest title (or subtitle) a centred block gives, in
// characters.
const maxTitle = 150

// resolve writes the references in s (see writer.reference) as what they
// name, escaped as Markdown when escape is set.
func (d *doc) resolve(s string, escape bool) string {
	if !strings.Contains(s, "\x00") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i+1:], 0)
		if j < 0 {
			b.WriteString(s[:i] + s[i+1:])
			break
		}
		name := s[i+1 : i+1+j]
		t := d.labels[name]
		if t == "" {
			t = labelWords.Replace(name)
		}
		t = strings.ReplaceAll(t, "\x00", "")
		if escape {
			t = corpus.EscapeMarkdown(t)
		}
		b.WriteString(s[:i] + t)
		s = s[i+2+j:]
	}
	return b.String()
}

// labelWords writes a label that names nothing in the file (a source in
// the bibliography) as words.
var labelWords = strings.NewReplacer(":", " ", "-", " ", "_", " ", ".", " ")

// unmarked is a line of Markdown without the emphasis and escapes written
// in it: a title.
func unmarked(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "**", ""), "\x01", "")
	s = strings.Trim(s, "*_ ")
	if strings.Contains(s, `\`) {
		s = escapeRE.ReplaceAllString(s, "$1")
	}
	return s
}

var escapeRE = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)

func hasLetters(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
