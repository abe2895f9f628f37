// Package asciidoc reads notes written in AsciiDoc (.adoc, .asciidoc,
// .asc), as students type them in VS Code or export them from tools built
// on Asciidoctor. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/asciidoc"
//
// # Markdown
//
// The file is read as Asciidoctor reads it, and written as the Markdown it
// shows. The header's "= Title" titles the notes (else :doctitle:, else
// the file's name); its author and revision lines and its attribute
// entries (":toc:", ":sectnums:", ":icons: font") are settings, left out,
// and an attribute's value is read where the text refers to it ("{pm}").
// Sections "==" to "======" (and "##" to "######", which Asciidoctor also
// reads) are headings at their depth; a book's parts ("= Part" after the
// title) are a level above its chapters.
//
// Paragraphs keep their lines, a hard break (" +") a line break; a block's
// title (".Key cases") leads into the block ("Key cases:"), a table's
// is its caption ("Table 1. Writs"). Admonitions ("NOTE: …", "[TIP]" over
// a "====" block) are callouts ("> [!tip] Exam tip"); example, sidebar
// and open blocks hold blocks as the notes do; quote and verse blocks are
// quotes with their attribution ("— B. R. Ambedkar, CA Debates"); listing,
// literal and source blocks are code, their callout marks ("<1>") left out.
// Lists stay lists (nested by their marks, as Asciidoctor nests them:
// "*", "**", "-", ".", "..", "1.", "a."), a checklist's boxes "[ ]" and
// "[x]", a description list's entries "Term: definition" on one line; a
// list continuation ("+") keeps the block under its entry. Tables are pipe
// tables, their header row the one the table marks (options="header",
// "%header", or a first line of cells with a blank line under it);
// spanned cells, cells on lines of their own and a cell's AsciiDoc ("a|")
// are read as one row's text. Inline markup is Markdown's or the text it
// shows: bold, italic, monospace, highlight; a link or cross reference
// shows its text (a reference without one the title of the section it
// names); a footnote is read in brackets after the sentence it annotates.
// Comments, ids and anchors, include:: (the file it names is read on its
// own), the lines of ifdef, ifndef, ifeval and endif (the text between
// them is kept, whichever way the condition goes), page breaks, and
// pictures without a caption or a description in words are left out. Each
// line's place is its line in the file.
//
// A file that is not UTF-8 is read as Windows-1252, with a warning. A PGP
// signature or key, which shares the .asc extension, is no notes: in a
// folder it is skipped.
//
// # Bounds
//
// A file is read within MaxBytes; blocks nest at most maxDepth deep, a
// table has at most maxColumns columns and a document's tables maxSlots
// cells in all, and attribute references may expand the text to maxOutput
// bytes at most.
package asciidoc

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "AsciiDoc notes",
		Extensions: []string{".adoc", ".asciidoc", ".asc"},
		Magic:      magic,
		Convert:    Convert,
		Skip:       skip,
	})
}

// magic knows AsciiDoc (see IsAsciiDoc), and a PGP signature or key
// armored as text, which shares the .asc extension: so that one found in
// a folder of notes is skipped, Skip saying why, not read as notes.
func magic(data []byte) bool { return pgp(data) || IsAsciiDoc(data) }

// Limits on one file.
const (
	MaxBytes   = 10 << 20
	maxDepth   = 32
	maxColumns = 64
	maxOutput  = 2 * MaxBytes
	// maxValue is the longest attribute value kept, in bytes.
	maxValue = 64 << 10
)

var (
	titleRE     = regexp.MustCompile(`^=[ \t]+(\S.*)$`)
	attrEntryRE = regexp.MustCompile(`^:(!?)(\w[\w-]*)(!?):(?:[ \t]+(.*?))?[ \t]*$`)
	sectionLnRE = regexp.MustCompile(`^==+[ \t]+\S`)
	// symmetricRE is a title closed as MediaWiki closes its headings,
	// "= Title =": a wiki's text, not AsciiDoc.
	symmetricRE = regexp.MustCompile(`^(=+)[ \t]+\S.*[ \t]=+[ \t]*$`)
)

// IsAsciiDoc reports whether data is AsciiDoc whatever the file is
// called: it opens with a document header, "= Title" (after comments and
// attribute entries, if any), and either the header sets attributes
// (":toc:") or sections follow ("== Rights"). A title closed like a
// MediaWiki heading ("= Title =") is a wiki's.
func IsAsciiDoc(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 16<<10)], []byte("\ufeff"))
	lines := strings.Split(string(head), "\n")
	i, attrs := 0, false
	for ; i < len(lines); i++ {
		t := strings.TrimRight(lines[i], "\r \t")
		if attrEntryRE.MatchString(t) {
			attrs = true
		} else if t != "" && !comment(t) {
			break
		}
	}
	if i == len(lines) {
		return false
	}
	if t := strings.TrimRight(lines[i], "\r \t"); !titleRE.MatchString(t) || symmetricRE.MatchString(t) {
		return false
	}
	for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
		if attrEntryRE.MatchString(strings.TrimRight(lines[i], "\r \t")) {
			return true
		}
	}
	if attrs {
		return true
	}
	sections := false
	for _, l := range lines[i:] {
		l = strings.TrimRight(l, "\r \t")
		if sectionLnRE.MatchString(l) {
			if symmetricRE.MatchString(l) {
				return false
			}
			sections = true
		}
	}
	return sections
}

// pgp reports whether data is a PGP key or signature, armored as text: a
// file that shares the .asc extension with AsciiDoc.
func pgp(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1<<10)], "\ufeff \t\r\n"), []byte("-----BEGIN PGP "))
}

// skip says why a .asc file found in a folder is not notes: it is a PGP
// signature or key.
func skip(data []byte) string {
	if pgp(data) {
		return notNotes
	}
	return ""
}

const notNotes = "a PGP key or signature, not AsciiDoc notes"

// Convert writes AsciiDoc notes as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	src, notUTF8, err := decode(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	ls := preprocess(src)
	r := newReader()
	r.collectIDs(ls)
	body := r.header(ls)
	r.blocks(body, true)
	if r.err != nil {
		return corpus.Converted{}, r.err
	}
	if !r.text {
		return corpus.Converted{}, errors.New("the AsciiDoc file has no text: nothing but its header")
	}
	r.out.TrimEnd()
	c := r.out.Converted(true, "line")
	c.TitledByName = !r.titled
	c.NotUTF8At = notUTF8
	return c, nil
}

// decode returns data as text with "\n" line ends, and the line of its
// first byte that is not UTF-8 when it was read as Windows-1252.
func decode(data []byte) (string, int, error) {
	switch {
	case len(data) > MaxBytes:
		return "", 0, fmt.Errorf("AsciiDoc file too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	case pgp(data):
		return "", 0, errors.New(notNotes)
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		data = fromUTF16(data)
	}
	if binary(data) {
		return "", 0, errors.New("damaged AsciiDoc file: it holds binary data, not text")
	}
	src, notUTF8 := string(data), 0
	if !utf8.Valid(data) {
		src, notUTF8 = corpus.Windows1252(data)
	}
	src = privateRE.ReplaceAllString(strings.TrimPrefix(src, "\ufeff"), "")
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(src) == "" {
		return "", 0, errors.New("the AsciiDoc file is empty")
	}
	return src, notUTF8, nil
}

// fromUTF16 decodes text saved as UTF-16 with a byte-order mark (as
// Notepad's "Unicode") into UTF-8.
func fromUTF16(data []byte) []byte {
	big := data[0] == 0xfe
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return []byte(string(utf16.Decode(units)))
}

// binary reports NUL bytes, or more than one control character in 20, in
// the first 8 KiB: not text.
func binary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

// line is a line of the file and its number.
type line struct {
	s string
	n int
}

var directiveRE = regexp.MustCompile(`^(\\?)(ifdef|ifndef|ifeval|endif|include)::([^\[]*)\[(.*)\][ \t]*$`)

// preprocess splits src into lines, leaving out the preprocessor's
// directives as Asciidoctor reads them wherever they stand: include::
// (the file it names is read on its own, if it is notes), and the lines
// of ifdef::, ifndef::, ifeval:: and endif::. The text between them is
// kept, whichever way the condition goes: it is the notes' text either
// way. A one-line ifdef keeps its text ("ifdef::pyq[Asked in 2019.]").
func preprocess(src string) []line {
	raw := strings.Split(src, "\n")
	ls := make([]line, 0, len(raw))
	for i, s := range raw {
		if strings.Contains(s, "::") {
			if m := directiveRE.FindStringSubmatch(s); m != nil {
				switch {
				case m[1] != "": // escaped: the line as written
					s = s[1:]
				case (m[2] == "ifdef" || m[2] == "ifndef") && strings.TrimSpace(m[4]) != "":
					s = m[4]
				default:
					continue
				}
			}
		}
		ls = append(ls, line{s, i + 1})
	}
	return ls
}

var (
	// authorRE is an author line's author: up to three names and an
	// e-mail address.
	authorRE = regexp.MustCompile(`^[\pL\pN_][\pL\pN_\-'.]*(?:[ \t]+[\pL\pN_][\pL\pN_\-'.]*){0,2}(?:[ \t]+<[^>]+>)?$`)
	// revisionRE is a revision line: "v2.1, 2025-03-10: After Puttaswamy".
	revisionRE = regexp.MustCompile(`^(?:v?(\d[\w.-]*)[ \t]*,?)?[ \t]*([^:]*?)(?:[ \t]*:[ \t]*(.*))?$`)
	revStartRE = regexp.MustCompile(`^(?:v\d|\d)`)
	// revisionOnlyRE is a line that can be nothing but a revision line:
	// "v1.2, 2025-01-10", "v3".
	revisionOnlyRE = regexp.MustCompile(`^v\d[\w.-]*(?:,.*)?$`)
)

// header reads the document header, if the file has one: its title, the
// author and revision lines and the attribute entries under it, and
// returns the lines after it.
func (r *reader) header(ls []line) []line {
	i := 0
	for i < len(ls) { // comments and attribute entries may come first
		t := strings.TrimRight(ls[i].s, " \t")
		if attrEntryRE.MatchString(t) {
			i = r.attrEntry(ls, i)
		} else if t == "" || comment(t) {
			i++
		} else {
			break
		}
	}
	var m []string
	if i < len(ls) {
		m = titleRE.FindStringSubmatch(strings.TrimRight(ls[i].s, " \t"))
	}
	if m == nil {
		r.untitled()
		return ls[i:]
	}
	title, at := m[1], ls[i].n
	defer func() { // once the header's attributes are read: the title may use them
		r.attrs["doctitle"] = r.subAttributes(stripAnchors(title), nil)
		r.setTitle(title, at)
	}()
	i++
	if i < len(ls) && revisionOnlyRE.MatchString(strings.TrimSpace(ls[i].s)) {
		r.revision(strings.TrimSpace(ls[i].s)) // a revision line with no author line over it
		i++
	} else if i < len(ls) && !blank(ls[i].s) && !attrEntryRE.MatchString(ls[i].s) && !comment(ls[i].s) && r.authors(ls[i].s) {
		i++
		if i < len(ls) && revStartRE.MatchString(strings.TrimSpace(ls[i].s)) {
			r.revision(strings.TrimSpace(ls[i].s))
			i++
		}
	}
	for i < len(ls) && !blank(ls[i].s) {
		t := strings.TrimRight(ls[i].s, " \t")
		switch {
		case comment(t):
			i++
		case attrEntryRE.MatchString(t):
			i = r.attrEntry(ls, i)
		default:
			return ls[i:] // text right under the header: the notes begin
		}
	}
	return ls[i:]
}

// untitled titles the notes by the :doctitle: attribute when the file has
// no title line.
func (r *reader) untitled() {
	if t := r.attrs["doctitle"]; t != "" {
		r.setTitle(t, 1)
	}
}

// setTitle writes the notes' title.
func (r *reader) setTitle(t string, at int) {
	if t := r.inline1(stripAnchors(t)); t != "" {
		r.put("# "+t, at)
		r.gap()
		r.titled = true
	}
}

// authors reads an author line ("Kavya Menon <kavya@example.com>; Arjun
// Rao") into the attributes that name the first author, and reports
// whether l is one; a line that names no one is the notes' first line.
func (r *reader) authors(l string) bool {
	var names []string
	for a := range strings.SplitSeq(l, ";") {
		if a = strings.TrimSpace(a); !authorRE.MatchString(a) {
			return false
		}
		name, _, _ := strings.Cut(a, "<")
		names = append(names, strings.TrimSpace(name))
	}
	_, email, _ := strings.Cut(strings.TrimSpace(strings.Split(l, ";")[0]), "<")
	r.attrs["author"] = names[0]
	if email != "" {
		r.attrs["email"] = strings.TrimSuffix(strings.TrimSpace(email), ">")
	}
	f := strings.Fields(names[0])
	r.attrs["firstname"] = f[0]
	if len(f) > 1 {
		r.attrs["lastname"] = f[len(f)-1]
	}
	r.attrs["authors"] = strings.Join(names, ", ")
	return true
}

// revision reads a revision line into the attributes it sets.
func (r *reader) revision(l string) {
	m := revisionRE.FindStringSubmatch(l)
	if m == nil {
		return
	}
	for k, v := range map[string]string{"revnumber": m[1], "revdate": m[2], "revremark": m[3]} {
		if v = strings.TrimSpace(v); v != "" {
			r.attrs[k] = v
		}
	}
}

// attrEntry reads the attribute entry at ls[i] (":name: value", its value
// wrapped onto the next lines by a trailing " \") and returns the index
// of the line after it.
func (r *reader) attrEntry(ls []line, i int) int {
	m := attrEntryRE.FindStringSubmatch(strings.TrimRight(ls[i].s, " \t"))
	i++
	name, value := strings.ToLower(m[2]), m[4]
	for strings.HasSuffix(value, ` \`) && i < len(ls) {
		value = strings.TrimSuffix(strings.TrimSuffix(value, `\`), " +") + " " + strings.TrimSpace(ls[i].s)
		i++
	}
	if m[1] != "" || m[3] != "" {
		delete(r.attrs, name)
		if name == "hardbreaks-option" || name == "hardbreaks" {
			r.hardbreaks = false
		}
		return i
	}
	if strings.HasPrefix(value, "pass:") {
		if _, v, ok := strings.Cut(value, "["); ok {
			value = strings.TrimSuffix(v, "]")
		}
	}
	value = r.subAttributes(value, nil)
	if len(value) > maxValue {
		value = value[:maxValue]
		for !utf8.ValidString(value) {
			value = value[:len(value)-1]
		}
	}
	r.attrs[name] = value
	if name == "hardbreaks-option" || name == "hardbreaks" {
		r.hardbreaks = true
	}
	return i
}

// comment reports whether t is a line comment: "// …", but not the
// "////" that opens a comment block.
func comment(t string) bool {
	return strings.HasPrefix(t, "//") && !(len(t) >= 4 && strings.Trim(t, "/") == "")
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }
