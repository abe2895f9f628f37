package corpus

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// parsers maps the extensions (lower case) of the formats this package
// reads itself to their parsers. Other formats register converters to
// Markdown or text (see RegisterFormat in format.go).
var parsers = map[string]func(name string, data []byte) (*Document, error){
	".txt":      parseText,
	".text":     parseText,
	".md":       parseMarkdown,
	".markdown": parseMarkdown,
	".qmd":      parseMarkdown, // Quarto
	".rmd":      parseMarkdown, // R Markdown
	".mdx":      parseMarkdown, // Docusaurus' Markdown with components
}

// Parse reads one concept document. name is used in IDs and error messages
// (a file name). A registered format (see RegisterFormat) recognised by
// the content or the name's extension is converted, then read; otherwise
// the extension chooses text or Markdown (see Extensions), and a name with
// another extension is read as text, or as Markdown when it starts as
// Markdown does ("# Title", or front matter). The returned error is an
// Errors listing every problem that kept the document from loading;
// problems it loaded despite are its Warnings.
func Parse(name string, data []byte) (*Document, error) {
	f, ok := byContent(name, data)
	return parseIn(name, data, f, ok)
}

// parseIn reads a document in the registered format f when its content
// told it (known), else by its name's extension.
func parseIn(name string, data []byte, f Format, known bool) (*Document, error) {
	if !known {
		f, known = byName(name)
	}
	if known {
		return parseConverted(name, data, f)
	}
	if parse, ok := parsers[strings.ToLower(filepath.Ext(name))]; ok {
		return parse(name, data)
	}
	return parseText(name, data)
}

// parseText reads a document saved as text: a concept page saved from the
// web (see text.go) or plain notes. Text that starts as Markdown does is
// read as Markdown.
func parseText(name string, data []byte) (*Document, error) {
	text, warn, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	if cards, ok := tabDeck(text); ok { // told before splitLines turns its tabs into spaces
		return textDocument(name, warn, func(b *builder) { readCards(b, splitLines(cards), nil, 0, deckColumns{terms: true}) })
	}
	lines, tabbed, pages := splitTabbed(text)
	return parseTextLines(name, lines, tabbed, pages, warn)
}

// tabDeck reports whether text is flashcards exported with no header, a
// card a line, its term and its definition apart by one tab (Quizlet's
// export): MinChatMessages cards at least, and no other line but a
// definition's next lines (typed with Enter), fewer than the cards.
// A term whose definition was a picture has none; a card in ten at
// most. It returns the cards a line each, such a definition joined up.
func tabDeck(text string) (string, bool) {
	var cards []string
	more, bare := 0, 0
	for l := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
		l = strings.TrimRight(l, "\r")
		term, def, ok := strings.Cut(l, "\t")
		if !ok && len(cards) > 0 && strings.TrimSpace(l) != "" {
			cards[len(cards)-1] += " " + strings.TrimSpace(l)
			more++
			continue
		}
		if !ok || strings.TrimSpace(term) == "" || strings.Contains(def, "\t") || strings.HasPrefix(term, "#") {
			return "", false
		}
		if strings.TrimSpace(def) == "" {
			bare++
		}
		cards = append(cards, l)
	}
	if len(cards) < MinChatMessages || more >= len(cards) || bare*10 > len(cards) {
		return "", false
	}
	return strings.Join(cards, "\n"), true
}

// parseTextLines reads the lines of a text document (as Markdown when it
// starts as Markdown does); warn, when not nil, is a warning from decoding.
func parseTextLines(name string, lines []string, tabbed map[int]bool, pages []int, warn *Error) (*Document, error) {
	asMarkdown := func(format string) (*Document, error) {
		d, err := parseMarkdownLines(name, lines, warn)
		if d != nil {
			d.Format = format
		}
		return d, err
	}
	switch _, _, outline := outlineRoot(lines); {
	case isAnnotationReport(lines):
		annotationLines(lines)
		return asMarkdown("text")
	case isTanaPaste(lines):
		tanaLines(lines)
		return asMarkdown("text")
	case isTranscript(lines):
		return asMarkdown("video transcript")
	case outline || startsMarkdown(lines) || isZim(lines) || isDokuWiki(lines) || isOtter(lines) || isZoomChat(lines):
		return asMarkdown("markdown")
	}
	return textDocument(name, warn, func(b *builder) { readText(b, lines, tabbed, pages) })
}

// textDocument builds a text document by read; warn, when not nil, is a
// warning from decoding.
func textDocument(name string, warn *Error, read func(*builder)) (*Document, error) {
	b := newBuilder(name)
	if warn != nil {
		b.doc.Warnings = append(b.doc.Warnings, warn)
	}
	b.doc.Format = "text"
	read(b)
	return b.finish()
}

// parseMarkdown reads a Markdown document.
func parseMarkdown(name string, data []byte) (*Document, error) {
	text, warn, err := decodeText(name, data)
	if err != nil {
		return nil, err
	}
	lines := splitLines(text)
	if signalLines(lines) {
		return textDocument(name, warn, func(b *builder) { readChat(b, lines) })
	}
	d, err := parseMarkdownLines(name, lines, warn)
	if d != nil {
		d.Format = "markdown"
	}
	return d, err
}

// decodeText returns data as UTF-8 text. UTF-16 with a byte-order mark is
// converted; text that is not valid UTF-8 is read as Windows-1252 (as
// Notepad saved it for years) with a warning; data with NUL bytes or many
// control characters is not text, and an error.
func decodeText(name string, data []byte) (string, *Error, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data), nil, nil
	}
	if binary(data) {
		return "", nil, Errors{{File: name, Msg: "binary data, not text: is this a document?"}}
	}
	if utf8.Valid(data) {
		// An attachment's place (U+FFFC, as Apple Notes writes a picture
		// into its text) holds nothing to read.
		return plainLetters(strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\ufffc", "")), nil, nil
	}
	text, line := Windows1252(data)
	return text, &Error{File: name, Line: line, Msg: msgWindows1252}, nil
}

// SourceText is a file of notes in a markup (Typst, reStructuredText,
// wikitext, GIFT, …) as its converter reads it: at most maxBytes, holding
// no NUL byte, read as Windows-1252 when it is not UTF-8 (notUTF8At is
// then the line of the first byte that is not), without its byte-order
// mark, its line ends "\n", and not blank. what names the file in the
// errors: "the Typst file".
func SourceText(data []byte, what string, maxBytes int) (text string, notUTF8At int, err error) {
	if len(data) > maxBytes {
		return "", 0, fmt.Errorf("%s is too large: %d MB (the limit is %d MB)", what, len(data)>>20, maxBytes>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", 0, fmt.Errorf("%s is damaged: it holds binary data (NUL bytes), not text", what)
	}
	text = string(data)
	if !utf8.Valid(data) {
		text, notUTF8At = Windows1252(data)
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.Contains(text, "\r") {
		text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", 0, fmt.Errorf("%s is empty", what)
	}
	return text, notUTF8At, nil
}

// msgWindows1252 is the warning on text read as Windows-1252.
const msgWindows1252 = "not UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)"

// Windows1252 reads data, text that is not valid UTF-8, as Windows-1252,
// as Notepad and Excel's "CSV (Comma delimited)" save it, and returns the
// line of its first byte that is not UTF-8.
func Windows1252(data []byte) (text string, line int) {
	line = 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		if c >= 0x80 && c < 0xa0 {
			b.WriteRune(cp1252[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.String(), line
}

// binary reports NUL bytes, or more than one control character in 20, in
// the first 8 KiB.
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

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

func decodeUTF16(data []byte) string {
	big := data[0] == 0xfe
	data = data[2:]
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 holds the Windows-1252 characters of bytes 0x80–0x9f.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// splitLines splits text into lines, with "\r\n" and "\r" as line breaks and
// other control characters as spaces.
func splitLines(s string) []string {
	lines, _, _ := splitTabbed(s)
	return lines
}

// splitTabbed splits text into lines as splitLines does, and says which
// lines had tabs between their words (a table's cells, however long; see
// columnLines) and which a form feed opened: a page's first, as pdftotext
// writes pages.
func splitTabbed(s string) (lines []string, tabbed map[int]bool, pages []int) {
	if hasControl(s) || strings.Contains(s, braille) || strings.Contains(s, hangul) {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\f", "\n\f") // a form feed breaks the page
		s = strings.Map(func(r rune) rune {
			switch {
			case r == '\r':
				return '\n'
			case r == '\f':
				return r
			case r != '\n' && r != '\t' && unicode.IsControl(r), r == '\u2800', r == '\u3164':
				return ' '
			}
			return r
		}, s)
	}
	lines = strings.Split(s, "\n")
	for i, l := range lines {
		if strings.IndexByte(l, '\f') >= 0 {
			if strings.HasPrefix(l, "\f") {
				pages = append(pages, i)
			}
			l = strings.ReplaceAll(l, "\f", "")
			lines[i] = l
		}
		if strings.IndexByte(l, '\t') >= 0 {
			if strings.Contains(strings.TrimSpace(l), "\t") {
				if tabbed == nil {
					tabbed = map[int]bool{}
				}
				tabbed[i] = true
			}
			lines[i] = expandTabs(l)
		}
	}
	return lines, tabbed, pages
}

// hasControl reports whether s holds a control character other than a
// newline or a tab (C0, DEL, or C1 as UTF-8).
// braille and hangul are characters that show nothing but are no space,
// which posts copied from Instagram or WhatsApp keep their blank lines
// with (the Braille blank "⠀", the Hangul filler): spaces to a reader.
const (
	braille = "\u2800"
	hangul  = "\u3164"
)

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xa0:
			return true
		}
	}
	return false
}

// expandTabs turns leading tabs into four spaces each (they nest lists)
// and the others into two, which still set columns apart (see
// columnLines).
func expandTabs(l string) string {
	var b strings.Builder
	lead := true
	for _, r := range l {
		switch {
		case r == '\t' && lead:
			b.WriteString("    ")
		case r == '\t':
			b.WriteString("  ")
		default:
			lead = lead && r == ' '
			b.WriteRune(r)
		}
	}
	return b.String()
}

// startsMarkdown reports text that opens with "# Title" or with front
// matter ("---" then "key: value" lines).
func startsMarkdown(lines []string) bool {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "# ") {
			return true
		}
		return t == "---" && i+1 < len(lines) && frontMatterKeyRE.MatchString(lines[i+1])
	}
	return false
}

// SpellLigatures spells out the typographic ligatures ("ﬁgure") that
// typesetters set and text copied from a PDF keeps: a reader types
// "figure".
func SpellLigatures(s string) string {
	if !strings.Contains(s, "\xef\xac") { // how U+FB00 to U+FB06 start in UTF-8
		return s
	}
	return ligatures.Replace(s)
}

var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// plainLetters writes the letters and digits of Unicode's mathematical
// alphabets ("𝗦𝗨𝗣 𝗕𝗔𝗡", the "fancy fonts" phone apps and social media
// type bold or italic with) and typographic ligatures as the plain ones
// they are. Other characters stay as written: "km²" is not "km2".
func plainLetters(s string) string {
	s = SpellLigatures(s)
	if !strings.Contains(s, "\xf0\x9d") { // how the block's letters start in UTF-8
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x1D400 || r > 0x1D7FF {
			return r
		}
		if p := []rune(norm.NFKC.String(string(r))); len(p) == 1 {
			return p[0]
		}
		return r
	}, s)
}
