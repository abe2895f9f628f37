package office

import (
	"strconv"
	"strings"
)

// symbolChar returns the text of a character Word inserts from a symbol
// font (<w:sym w:font="Wingdings" w:char="F0E0"/>): the arrow, tick or
// Greek letter it shows, or "" for a picture with no text to read. char is
// the character's code in hexadecimal, often in the private-use block at
// F000.
func symbolChar(font, char string) string {
	code, err := strconv.ParseUint(char, 16, 32)
	if err != nil {
		return ""
	}
	code &^= 0xF000
	if code > 0xFF {
		return ""
	}
	switch strings.ToLower(font) {
	case "symbol":
		if r, ok := symbolFont[byte(code)]; ok {
			return string(r)
		}
		if code >= 0x20 && code < 0x7F && (code < 'A' || code > 'Z' && code < 'a' || code > 'z') {
			return string(rune(code)) // digits and punctuation are ASCII's
		}
	case "wingdings":
		if r, ok := wingdings[byte(code)]; ok {
			return string(r)
		}
	}
	return ""
}

// greekUpper and greekLower are the Symbol font's letters A–Z and a–z.
const (
	greekUpper = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
	greekLower = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
)

// symbolFont maps the Symbol font's codes to Unicode: its Greek letters,
// arrows and signs.
var symbolFont = func() map[byte]rune {
	m := map[byte]rune{
		0xA3: '≤', 0xB3: '≥', 0xB9: '≠', 0xBB: '≈', 0xB4: '×', 0xB8: '÷', 0xB1: '±', 0xB0: '°', 0xB7: '•', 0xA5: '∞',
		0xAB: '↔', 0xAC: '←', 0xAD: '↑', 0xAE: '→', 0xAF: '↓', 0xDB: '⇔', 0xDC: '⇐', 0xDD: '⇑', 0xDE: '⇒', 0xDF: '⇓',
		0xD6: '√', 0xE5: '∑', 0xB6: '∂', 0xC6: '∅', 0xCE: '∈', 0x5C: '∴',
	}
	for i, r := range []rune(greekUpper) {
		m['A'+byte(i)] = r
	}
	for i, r := range []rune(greekLower) {
		m['a'+byte(i)] = r
	}
	return m
}()

// wingdings maps the Wingdings codes that write a sign to Unicode: arrows,
// ticks and crosses, and bullets; its pictures have no text.
var wingdings = map[byte]rune{
	0xD8: '→', 0xE0: '→', 0xE8: '→', 0xF0: '→', 0xDF: '←', 0xE7: '←', 0xEF: '←',
	0xE1: '↑', 0xE9: '↑', 0xF1: '↑', 0xE2: '↓', 0xEA: '↓', 0xF2: '↓',
	0xFC: '✓', 0xFB: '✗', 0xFD: '☒', 0xFE: '☑', 0xA8: '☐',
	0x9F: '•', 0xA7: '▪', 0x6C: '●', 0x6E: '■', 0x71: '❑', 0x76: '❖', 0xA1: '○',
}
