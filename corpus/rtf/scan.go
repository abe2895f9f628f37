package rtf

import "bytes"

// tokenKind is what a token of RTF is.
type tokenKind int

const (
	tokEOF    tokenKind = iota
	tokOpen             // "{"
	tokClose            // "}"
	tokWord             // a control word, "\fs24"
	tokSymbol           // a control symbol, "\~", or "\" at a line's end
	tokHex              // a byte in the document's code page, "\'e9"
	tokText             // a run of text
)

// A token is one piece of an RTF file.
type token struct {
	kind     tokenKind
	text     []byte // a control word's name, or the text of a run
	param    int    // a control word's number ("24" of "\fs24")
	hasParam bool
	symbol   byte // a control symbol's character, or a tokHex's byte
	line     int  // the line of the file it starts on
}

// maxParam bounds a control word's number: RTF's are 16- or 32-bit.
const maxParam = 1 << 31

// scanner splits an RTF file into tokens.
type scanner struct {
	data []byte
	pos  int
	line int
}

func newScanner(data []byte) *scanner { return &scanner{data: data, line: 1} }

// next returns the next token; tokEOF at the end of data. Line ends are
// not text in RTF (a "\" ends a line to end a paragraph), and are
// skipped.
func (s *scanner) next() token {
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch c {
		case '\n', '\r':
			s.newline()
		case '{', '}':
			s.pos++
			if c == '{' {
				return token{kind: tokOpen, line: s.line}
			}
			return token{kind: tokClose, line: s.line}
		case '\\':
			if t, ok := s.control(); ok {
				return t
			}
		default:
			return s.run()
		}
	}
	return token{kind: tokEOF, line: s.line}
}

// newline steps over a line end ("\n", "\r\n" or "\r"), counting it.
func (s *scanner) newline() {
	if s.data[s.pos] == '\r' && s.pos+1 < len(s.data) && s.data[s.pos+1] == '\n' {
		s.pos++
	}
	s.pos++
	s.line++
}

// run returns the text up to the next brace, backslash or line end.
func (s *scanner) run() token {
	start := s.pos
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '{', '}', '\\', '\n', '\r':
			return token{kind: tokText, text: s.data[start:s.pos], line: s.line}
		}
		s.pos++
	}
	return token{kind: tokText, text: s.data[start:], line: s.line}
}

// control reads what follows a backslash: a control word with its number
// and the space that ends it, or a control symbol. It reports false for a
// backslash that starts nothing (the file's last byte, or "\'" with no
// hex digits), which is skipped.
func (s *scanner) control() (token, bool) {
	line := s.line
	s.pos++ // the backslash
	if s.pos >= len(s.data) {
		return token{}, false
	}
	c := s.data[s.pos]
	switch {
	case isLetter(c):
		return s.word(line), true
	case c == '\'':
		s.pos++
		if s.pos+2 <= len(s.data) {
			if b, ok := hexByte(s.data[s.pos], s.data[s.pos+1]); ok {
				s.pos += 2
				return token{kind: tokHex, symbol: b, line: line}, true
			}
		}
		return token{}, false
	case c == '\n' || c == '\r':
		s.newline()
		return token{kind: tokSymbol, symbol: '\n', line: line}, true
	}
	s.pos++
	return token{kind: tokSymbol, symbol: c, line: line}, true
}

// word reads a control word: letters, then a number that may be
// negative, then one space that belongs to the word.
func (s *scanner) word(line int) token {
	start := s.pos
	for s.pos < len(s.data) && isLetter(s.data[s.pos]) {
		s.pos++
	}
	t := token{kind: tokWord, text: s.data[start:s.pos], line: line}
	negative := s.pos+1 < len(s.data) && s.data[s.pos] == '-' && isDigit(s.data[s.pos+1])
	if negative {
		s.pos++
	}
	for s.pos < len(s.data) && isDigit(s.data[s.pos]) {
		t.hasParam = true
		t.param = min(t.param*10+int(s.data[s.pos]-'0'), maxParam)
		s.pos++
	}
	if negative {
		t.param = -t.param
	}
	if s.pos < len(s.data) && s.data[s.pos] == ' ' {
		s.pos++
	}
	return t
}

// skip steps over n bytes of binary data (\binN), or to the end.
func (s *scanner) skip(n int) {
	end := s.pos + max(min(n, len(s.data)-s.pos), 0)
	s.line += bytes.Count(s.data[s.pos:end], []byte{'\n'})
	s.pos = end
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

func hexByte(hi, lo byte) (byte, bool) {
	h, ok1 := hexDigit(hi)
	l, ok2 := hexDigit(lo)
	return h<<4 | l, ok1 && ok2
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case isDigit(c):
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
