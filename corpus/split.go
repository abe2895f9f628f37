package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitText cuts text into parts of at most max runes and similar size: at
// line breaks (paragraphs, list entries) where it can, else at sentence
// ends, else between words. Text within max is returned whole.
func splitText(text string, max int) []string {
	n := utf8.RuneCountInString(text)
	if n <= max {
		return []string{text}
	}
	var segs []segment
	for i, line := range strings.Split(text, "\n") {
		sep := "\n"
		if i == 0 {
			sep = ""
		}
		segs = appendSegments(segs, line, sep, max)
	}
	parts := (n + max - 1) / max
	target := n / parts
	var out []string
	var cur strings.Builder
	curLen := 0
	for _, s := range segs {
		if curLen > 0 && (curLen+s.len+1 > max || curLen >= target) {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteString(s.sep)
			curLen += utf8.RuneCountInString(s.sep)
		}
		cur.WriteString(s.text)
		curLen += s.len
	}
	if curLen > 0 {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

type segment struct {
	text, sep string // sep joins it to the segment before
	len       int    // in runes
}

// appendSegments appends line as one segment, or, when it is longer than
// max, as its sentences (and a sentence longer than max as runs of words).
func appendSegments(segs []segment, line, sep string, max int) []segment {
	if n := utf8.RuneCountInString(line); n <= max {
		return append(segs, segment{line, sep, n})
	}
	for i, s := range sentences(line) {
		if i > 0 {
			sep = " "
		}
		n := utf8.RuneCountInString(s)
		if n <= max {
			segs = append(segs, segment{s, sep, n})
			continue
		}
		for _, w := range wordRuns(s, evenRun(n, max)) {
			segs = append(segs, segment{w, sep, utf8.RuneCountInString(w)})
			sep = " "
		}
	}
	return segs
}

// sentences cuts a line after each ".", "!" or "?" (and any closing
// quotes or brackets) that is followed by a space and a capital letter, a
// digit or an opening quote, unless it ends an abbreviation or an initial
// ("Dr.", "e.g.", "L.M.").
func sentences(line string) []string {
	var out []string
	start := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(line) && strings.IndexByte(`"')]`, line[end]) >= 0 {
			end++
		}
		if end+1 >= len(line) || line[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(line[end+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"'(‘“`, next) {
			continue
		}
		if c == '.' && abbreviation(line[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(line[start:end]))
		start = end + 1
		i = end
	}
	if rest := strings.TrimSpace(line[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"vs": true, "etc": true, "no": true, "nos": true, "art": true, "arts": true, "sec": true, "secs": true,
	"govt": true, "dept": true, "fig": true, "approx": true, "viz": true, "cf": true, "inc": true,
	"ltd": true, "co": true, "rs": true, "mt": true, "gen": true, "col": true, "lt": true, "capt": true,
	"hon": true, "rev": true, "vol": true, "ch": true, "pp": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "est": true, "max": true, "min": true, "smt": true, "shri": true,
}

// abbreviation reports whether before (text up to a full stop) ends with
// an abbreviation, an initial or a dotted abbreviation such as "e.g".
func abbreviation(before string) bool {
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	word := before[i+1:]
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		word = before[i+size:]
	}
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") || utf8.RuneCountInString(word) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// evenRun returns a length of runs that cut n runes into as few parts of
// at most max as can be, of about the same size: with room for the word
// that does not fit at the end of each run.
func evenRun(n, max int) int {
	parts := (n + max - 1) / max
	return min(max, (n+parts-1)/parts+maxWordSlack)
}

// maxWordSlack is longer than most words.
const maxWordSlack = 30

// wordRuns cuts s between words into runs of at most max runes; a word
// longer than max is cut where it must be.
func wordRuns(s string, max int) []string {
	var out []string
	var cur strings.Builder
	curLen := 0
	for _, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w) // once: a word of megabytes is cut in linear time
		for n > max {
			if curLen > 0 {
				out = append(out, cur.String())
				cur.Reset()
				curLen = 0
			}
			cut := 0
			for range max {
				_, size := utf8.DecodeRuneInString(w[cut:])
				cut += size
			}
			out = append(out, w[:cut])
			w, n = w[cut:], n-max
		}
		if curLen > 0 && curLen+1+n > max {
			out = append(out, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(w)
		curLen += n
	}
	if curLen > 0 {
		out = append(out, cur.String())
	}
	return out
}

// yearRE matches a date at the start of a development: "In 2024,",
// "Dec 2023:", "2 September 2023", "5-12 May 1946", "2024 –", "2020-21:", and in brackets,
// "[Sep 2023]", "(2024)".
var yearRE = regexp.MustCompile(`(?i)^[*_]{0,2}[\[(]?(?:(?:in|by|since|during|from|on|as of|till|until|up to|after|before)\s+)?(?:(?:early|mid|late|end of|the)[\s-]+)?(?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:1[5-9]|20|21)\d\d)(?:s|\b)`)

// shortDateRE matches the dates notes write in figures or short forms:
// "23/03/2024", "03.2024", "Jan'24", "Mar '25", "FY25", "FY 2024-25".
// Its groups are a four-figure year, a two-figure one after a month, and
// a financial year's two or four figures.
var shortDateRE = regexp.MustCompile(`(?i)^[*_]{0,2}[\[(]?(?:(?:\d{1,2}[/.-])?\d{1,2}[/.-]((?:19|20)\d\d)\b|(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?['’‘]\s?(\d\d)\b|fy\s?['’]?(\d\d(?:\d\d)?)\b)`)

// hasDigitPair reports whether t has two figures in a row, as every date
// yearRE and shortDateRE match does.
func hasDigitPair(t string) bool {
	for i := 1; i < len(t); i++ {
		if isDigit(t[i-1]) && isDigit(t[i]) {
			return true
		}
	}
	return false
}

// yearOf returns the year a text starts with, or 0. A year written in two
// figures ("Jan'24", "FY25") is of this century; a financial year is
// named by the year it ends in ("FY25" is 2025), unless written in full
// as a span ("FY 2024-25", like "2024-25", is 2024).
func yearOf(t string) int {
	if t == "" {
		return 0
	}
	if c := t[0]; !(c >= '0' && c <= '9') && !strings.ContainsRune("IiBbSsDdFfOoAaTtUuEeMmLlJjNn*_[(", rune(c)) || !hasDigitPair(t) {
		return 0
	}
	if m := yearRE.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	m := shortDateRE.FindStringSubmatch(t)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1] + m[2] + m[3])
	if y < 100 {
		y += 2000
	}
	return y
}
