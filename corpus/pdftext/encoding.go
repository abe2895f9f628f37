package pdftext

import (
	"io"
	"regexp"
	"strconv"
	"unicode"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// codeTable decodes a simple font's one-byte codes by a table: those of
// a font whose encoding is a dictionary (see dictionaryEncoding) or is its
// program's (see builtInEncoding). The library reads the first by its
// Differences alone, each other code as the character of its number, so
// InDesign's "–" (WinAnsi's 0x96), "’" (0x92) and its "fi" ligature (a
// Differences name, "f_i") came out as control characters, "1831–32" as
// "183132"; the second as its codes, pdfTeX's "−7" as "7".
type codeTable [256]string

func (t *codeTable) Decode(raw string) string {
	var b []byte
	for i := 0; i < len(raw); i++ {
		b = append(b, t[raw[i]]...)
	}
	return string(b)
}

// dictionaryEncoding builds the table of a font whose Encoding is a
// dictionary, lib being the library's reading of it: its base encoding
// (WinAnsi, MacRoman, or the standard encoding's letters), then its
// Differences, then its character map (cmap, its ToUnicode as read; none
// when empty), which a text extractor is to trust above both.
func dictionaryEncoding(f pdf.Font, lib pdf.TextEncoding, cmap []byte) *codeTable {
	var t codeTable
	enc := f.V.Key("Encoding")
	var base *charmap.Charmap
	switch enc.Key("BaseEncoding").Name() {
	case "WinAnsiEncoding":
		base = charmap.Windows1252
	case "MacRomanEncoding":
		base = charmap.Macintosh
	}
	for c := range 256 {
		switch {
		case base != nil:
			t[c] = string(base.DecodeByte(byte(c)))
		case c >= ' ' && c < 0x7f:
			t[c] = string(rune(c))
		}
	}
	diffs := enc.Key("Differences")
	code := -1
	for i := range diffs.Len() {
		x := diffs.Index(i)
		switch x.Kind() {
		case pdf.Integer:
			code = int(x.Int64())
			continue
		case pdf.Name:
			if code >= 0 && code < 256 {
				if s, ok := glyphText(x.Name(), lib, byte(code)); ok {
					t[code] = s
				}
			}
		}
		code++
	}
	for code, s := range oneByteCodes(cmap) {
		t[code] = s
	}
	return &t
}

// glyphText is the text of a glyph named in a font's Differences: a
// ligature's letters, a "uniXXXX" name's character, or the library's
// reading of code by the name.
func glyphText(name string, lib pdf.TextEncoding, code byte) (string, bool) {
	if s, ok := namedGlyph(name); ok {
		return s, true
	}
	// The library gives a name it does not know as the code's own
	// character: kept as it kept it, but for a control character.
	if s := lib.Decode(string([]byte{code})); s != string(rune(code)) || unicode.IsPrint(rune(code)) {
		return s, true
	}
	return "", false
}

// namedGlyph is the text of a glyph by a name the library may not know:
// a ligature's letters, a symbol's, a "uniXXXX" name's character, a
// letter named by itself.
func namedGlyph(name string) (string, bool) {
	if s, ok := ligatures[name]; ok {
		return s, true
	}
	if s, ok := symbols[name]; ok {
		return s, true
	}
	if len(name) == 7 && name[:3] == "uni" {
		if r, err := strconv.ParseUint(name[3:], 16, 16); err == nil {
			return string(rune(r)), true
		}
	}
	return name, len(name) == 1
}

// symbols are the glyphs of TeX's symbol fonts (cmsy, lmsy) and others
// a font may name that the library does not know, by their names.
var symbols = map[string]string{
	"minus": "−", "plusminus": "±", "minusplus": "∓", "multiply": "×", "divide": "÷", "periodcentered": "·", "bullet": "•",
	"lessequal": "≤", "greaterequal": "≥", "notequal": "≠", "equivalence": "≡", "approxequal": "≈", "similar": "∼", "proportional": "∝",
	"degree": "°", "infinity": "∞", "prime": "′", "asteriskmath": "∗", "circlecopyrt": "©", "section": "§", "paragraph": "¶",
	"dagger": "†", "daggerdbl": "‡", "arrowright": "→", "arrowleft": "←", "arrowup": "↑", "arrowdown": "↓", "arrowboth": "↔",
	"arrowdblright": "⇒", "arrowdblleft": "⇐", "arrowdblboth": "⇔", "element": "∈", "intersection": "∩", "union": "∪",
	"logicaland": "∧", "logicalor": "∨", "logicalnot": "¬", "universal": "∀", "existential": "∃", "emptyset": "∅",
	"openbullet": "◦", "checkmark": "✓", "partialdiff": "∂", "nabla": "∇", "radical": "√", "summation": "∑", "integral": "∫",
}

// builtInEncoding is the table of a Type 1 font whose PDF dictionary
// names no encoding and no character map: the encoding its program sets
// ("dup 0 /minus put"), as pdfTeX embeds TeX's math symbols, read from
// the program's clear text: its glyphs by their names (see namedGlyph),
// other codes as the library reads them; nil when the program is missing
// or names none of those.
func builtInEncoding(f pdf.Font) *codeTable {
	program := f.V.Key("FontDescriptor").Key("FontFile")
	if program.Kind() != pdf.Stream {
		return nil
	}
	n := program.Key("Length1").Int64()
	if n <= 0 || n > maxClearText {
		n = maxClearText
	}
	rd := program.Reader()
	defer rd.Close()
	clear, _ := io.ReadAll(io.LimitReader(rd, n)) // the clear text alone, not the encrypted program after it
	var t codeTable
	for c := range 256 {
		if c >= ' ' && c != 0x7f && !(c >= 0x80 && c < 0xa0) {
			t[c] = string(rune(c)) // as the library reads a code it has no encoding for
		}
	}
	found := false
	for _, m := range encodingEntryRE.FindAllSubmatch(clear, -1) {
		code, err := strconv.Atoi(string(m[1]))
		if err != nil || code > 255 {
			continue
		}
		if s, ok := namedGlyph(string(m[2])); ok {
			t[code], found = s, true
		}
	}
	if !found {
		return nil
	}
	return &t
}

// Bounds on what a font's encoding is read from: the whole character map
// of a font of one-byte codes (256 entries, a few kilobytes; more is no
// such map), the clear text that opens a Type 1 program.
const (
	maxSimpleMap = 64 << 10
	maxClearText = 64 << 10
)

var encodingEntryRE = regexp.MustCompile(`dup\s+(\d{1,3})\s*/([A-Za-z][\w.]*)\s+put`)

var ligatures = map[string]string{
	"fi": "fi", "f_i": "fi", "fl": "fl", "f_l": "fl", "ff": "ff", "f_f": "ff",
	"ffi": "ffi", "f_f_i": "ffi", "ffl": "ffl", "f_f_l": "ffl", "f_t": "ft", "s_t": "st",
}

// A character map's entries: "<92> <2019>" of a bfchar block, "<41> <5A>
// <0041>" or "<01> <02> [<0066006C> <0066>]" of a bfrange block.
var (
	bfcharRE  = regexp.MustCompile(`(?s)beginbfchar(.*?)endbfchar`)
	bfrangeRE = regexp.MustCompile(`(?s)beginbfrange(.*?)endbfrange`)
	charRE    = regexp.MustCompile(`<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]*)>`)
	rangeRE   = regexp.MustCompile(`<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{2})>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])`)
	hexRE     = regexp.MustCompile(`<([0-9A-Fa-f]*)>`)
)

// oneByteCodes yields the one-byte codes a character map maps, with their
// text.
func oneByteCodes(cmap []byte) func(yield func(byte, string) bool) {
	return func(yield func(byte, string) bool) {
		for _, block := range bfcharRE.FindAllSubmatch(cmap, -1) {
			for _, m := range charRE.FindAllSubmatch(block[1], -1) {
				if !yield(hexByte(m[1]), utf16Text(m[2])) {
					return
				}
			}
		}
		for _, block := range bfrangeRE.FindAllSubmatch(cmap, -1) {
			for _, m := range rangeRE.FindAllSubmatch(block[1], -1) {
				lo, hi := int(hexByte(m[1])), int(hexByte(m[2]))
				if m[4] != nil {
					for i, d := range hexRE.FindAllSubmatch(m[4], hi-lo+1) {
						if !yield(byte(lo+i), utf16Text(d[1])) {
							return
						}
					}
					continue
				}
				units := utf16Units(m[3])
				if len(units) == 0 {
					continue
				}
				for c := lo; c <= hi; c++ {
					if !yield(byte(c), string(utf16.Decode(units))) {
						return
					}
					units[len(units)-1]++
				}
			}
		}
	}
}

func hexByte(h []byte) byte {
	n, _ := strconv.ParseUint(string(h), 16, 8)
	return byte(n)
}

// utf16Units reads hex digits as UTF-16 code units, four digits each.
func utf16Units(h []byte) []uint16 {
	var units []uint16
	for i := 0; i+4 <= len(h); i += 4 {
		n, _ := strconv.ParseUint(string(h[i:i+4]), 16, 16)
		units = append(units, uint16(n))
	}
	return units
}

func utf16Text(h []byte) string { return string(utf16.Decode(utf16Units(h))) }
