package corpus

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// FuzzListEntryParts checks that listEntryParts splits a line as the
// regular expression it stands for does.
func FuzzListEntryParts(f *testing.F) {
	listRE := regexp.MustCompile(`^( *)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$`)
	for _, line := range []string{"", " ", "-", "- ", "- a", "  * b c", "+\tx", "-x", "--", "- \n", "- a\nb", "-\r\nx",
		"1. one", "1) one", "1.", "1.5", "123456789. nine", "1234567890. ten", "12 x", " 3)  three ", "1\\. x",
		"\t- tab", "- \v", "-\va", "• x", "- ☑ done", "- \xff", "*", "**bold**", "10.\u00a0x"} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, want := listEntryParts(line), listRE.FindStringSubmatch(line)
		if !slices.Equal(got, want) {
			t.Errorf("listEntryParts(%q) = %q, want %q", line, got, want)
		}
	})
}

// FuzzColonBeforeLetter checks that colonBeforeLetter holds for every line
// emojiCodeRE matches.
func FuzzColonBeforeLetter(f *testing.F) {
	for _, line := range []string{"", ":", "a:", ":scroll:", "x :balance_scale: y", "Note: x", "https://x", "10:30", "::", ":a", ":A:", "a :b: :c:"} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if emojiCodeRE.MatchString(line) && !colonBeforeLetter(line) {
			t.Errorf("colonBeforeLetter(%q) = false for an emoji code", line)
		}
	})
}

// FuzzHasDigitPair checks that hasDigitPair holds for every text that
// yearRE or shortDateRE match.
func FuzzHasDigitPair(f *testing.F) {
	for _, line := range []string{"", "1", "In 2024, x", "Dec 2023:", "FY25", "Jan'24", "03.2024", "a 1 2", "Definition"} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if (yearRE.MatchString(line) || shortDateRE.MatchString(line)) && !hasDigitPair(line) {
			t.Errorf("hasDigitPair(%q) = false for a date", line)
		}
	})
}

// FuzzLineMatchers checks that the matchers that look at a line before
// running their regexp match as the regexp alone does.
func FuzzLineMatchers(f *testing.F) {
	for _, line := range []string{"", "Q1. Why?", "Ques 3: x", "Mains Question - y", "practice q: z", "ſample Q: x", "quite so",
		"1️⃣ One", "2\u20e3 Two", "12️⃣  x", "1. one", "214 MODERN INDIA: SOCIETY", "AGAINST UNTOUCHABILITY 215"} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := questionMatch(line), questionRE.FindStringSubmatch(line); !slices.Equal(got, want) {
			t.Errorf("questionMatch(%q) = %q, want %q", line, got, want)
		}
		if got, want := keycapMatch(line), keycapRE.FindStringSubmatch(line); !slices.Equal(got, want) {
			t.Errorf("keycapMatch(%q) = %q, want %q", line, got, want)
		}
	})
}

// FuzzHasLowerPrefix checks hasLowerPrefix against lower-casing all of s.
func FuzzHasLowerPrefix(f *testing.F) {
	for _, s := range []string{"", "mind", "Mind Map", "MIND MAP of x", "MİND MAP", "mind \u212aap", "mind mapping", "\xffmind map", "mınd map"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasLowerPrefix(s, "mind map"), strings.HasPrefix(strings.ToLower(s), "mind map"); got != want {
			t.Errorf("hasLowerPrefix(%q, \"mind map\") = %v, want %v", s, got, want)
		}
	})
}

// FuzzATXHeadingParts checks that atxHeadingParts splits a line as the
// regular expression it stands for does.
func FuzzATXHeadingParts(f *testing.F) {
	atxRE := regexp.MustCompile(`^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$`)
	for _, line := range []string{"", "#", "# ", "## Basics", "### Basics ###", "# Basics#", "# ##", "#  \t ## \t", "# a # b", "#hashtag",
		"####### x", "###### x", "# a\nb", "# a\n #", "# \n", "#\n", "# a ##\n", "#\ta\t#\t", "# #a", "# a #b #", "# \xff #", "#\v", "# ＃"} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, want := atxHeadingParts(line), atxRE.FindStringSubmatch(line)
		if !slices.Equal(got, want) {
			t.Errorf("atxHeadingParts(%q) = %q, want %q", line, got, want)
		}
	})
}
