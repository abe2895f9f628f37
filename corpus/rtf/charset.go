package rtf

import (
	"strconv"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Text outside \u escapes is in a code page: that of its font's
// character set (\fcharset in the font table), else the document's
// (\ansicpg, or 1252 for \ansi, 10000 for \mac). The code pages of
// Windows, DOS and the Mac are decoded with the encodings that web pages
// are read with; one not known there is read as Windows-1252.

// charsetPages are the code pages of the character sets a font names
// (\fcharset); 1 (the default) and those not listed take the document's.
var charsetPages = map[int]int{
	0: 1252, 2: 1252, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254,
	163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
}

// pageLabels name the encodings of the code pages that are not
// "windows-" and their number.
var pageLabels = map[int]string{
	866: "ibm866", 874: "windows-874", 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5",
	10000: "macintosh", 10007: "x-mac-cyrillic", 20866: "koi8-r", 21866: "koi8-u", 54936: "gb18030", 65001: "utf-8",
}

// decoder decodes text in a code page.
type decoder interface {
	String(s string) (string, error)
}

// decoders keeps one decoder a code page for a document.
type decoders map[int]decoder

// decode returns b, text in code page cp, in UTF-8.
func (ds decoders) decode(cp int, b []byte) string {
	if ascii(b) {
		return string(b)
	}
	d, ok := ds[cp]
	if !ok {
		d = lookup(cp)
		ds[cp] = d
	}
	if d != nil {
		if s, err := d.String(string(b)); err == nil {
			return s
		}
	}
	return latin1(b)
}

// lookup returns the decoder of code page cp; Windows-1252's when cp is
// not known; nil for none.
func lookup(cp int) decoder {
	label, ok := pageLabels[cp]
	if !ok {
		label = "windows-" + strconv.Itoa(cp)
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		enc, _ = charset.Lookup("windows-1252")
	}
	if enc == nil {
		return nil
	}
	return enc.NewDecoder()
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// latin1 reads b as ISO 8859-1, whose bytes are the first 256 code points.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
