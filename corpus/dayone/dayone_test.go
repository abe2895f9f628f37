package dayone_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/dayone"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// journal is Journal.json as Day One's "Export › JSON" writes it: keys in
// no order, " : " between key and value, "\/" for "/". An entry written
// after midnight in India (before it in UTC) with a photo, the object
// replacement character Day One's editor leaves after it, its rich text,
// weather, place and Day One's escapes; an older entry typed a line at a
// time; an entry of a photo alone.
var journal = corpustest.File("testdata/Journal.json")

// TestConvert: the journal is one document titled by the tag all its
// entries have, a section an entry in the order they were written, titled
// by its first line, the day it was written where it was written and the
// place under it; Day One's escapes undone, lines typed one after another
// kept apart, the photos, the weather and the entry of a photo alone left
// out.
func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(journal)); f != "Day One journal" {
		t.Errorf("FormatOf = %q, want Day One journal", f)
	}
	d, got := corpustest.Placed(t, "Journal.json", []byte(journal))
	want := []string{
		"UPSC diary › Revised Articles 12 and 13 today. › 1: 10 March 2024 (entry 2)",
		"UPSC diary › Revised Articles 12 and 13 today. › 2: The State under Article 12 includes Parliament, the legislatures and local authorities.\nArticle 13 makes a law void where it takes away a Fundamental Right - the basis of judicial review. (entry 2)",
		"UPSC diary › Article 21 after Maneka Gandhi › 1: 13 March 2024, Lodhi Garden, New Delhi, India (entry 1)",
		"UPSC diary › Article 21 after Maneka Gandhi › 2: Procedure established by law must be fair, just and reasonable (Maneka Gandhi v. Union of India, 1978). (entry 1)",
		"UPSC diary › Article 21 after Maneka Gandhi › Rights read into Art. 21 › 1: - Right to privacy - Puttaswamy, 2017\n- Right to a speedy trial\n- Right to livelihood (Olga Tellis, 1985) (entry 1)",
		"UPSC diary › Article 21 after Maneka Gandhi › Rights read into Art. 21 › 2: Article 21A (86th Amendment, 2002): free education from 6 to 14! Article 45 now covers children under 6. (entry 1)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "UPSC diary" || d.Unit != "entry" || !slices.Equal(d.Tags, []string{"UPSC diary", "Polity"}) {
		t.Errorf("title %q, unit %q, tags %q; want UPSC diary, entry and the entries' tags", d.Title, d.Unit, d.Tags)
	}
}

// TestTitledByName: entries with no tag in common are titled by the
// file's name; an entry in a time zone unknown is dated in UTC; escapes
// that would be markup once undone stay escaped and read as the
// characters, and code is kept as written.
func TestTitledByName(t *testing.T) {
	j := `{"metadata" : {"version" : "1.0"}, "entries" : [
{"uuid" : "1", "creationDate" : "2024-04-01T03:30:00Z", "timeZone" : "Asia\/Kolkata", "text" : "Article 22\n\n\\- not a list: the dash was typed\n\\# not a heading either\n2\\. Preventive detention: up to 3 months without an advisory board\n\n` + "```" + `\nArt\\. 22(4)\n` + "```" + `"},
{"uuid" : "2", "creationDate" : "2024-04-02T03:30:00Z", "timeZone" : "Not\/AZone", "tags" : ["Revision"], "text" : "Article 23\n\nTraffic in human beings and *begar* are prohibited\\."}
]}`
	d, got := corpustest.Placed(t, "Polity Journal.json", []byte(j))
	want := []string{
		"Polity Journal › Article 22 › 1: 1 April 2024 (entry 1)",
		"Polity Journal › Article 22 › 2: - not a list: the dash was typed\n# not a heading either\n2. Preventive detention: up to 3 months without an advisory board (entry 1)",
		"Polity Journal › Article 22 › 3: Art\\. 22(4) (entry 1)",
		"Polity Journal › Article 23 › 1: 2 April 2024 (entry 2)",
		"Polity Journal › Article 23 › 2: Traffic in human beings and begar are prohibited. (entry 2)",
	}
	if !slices.Equal(got, want) || d.Title != "Polity Journal" {
		t.Errorf("title %q, passages\n%s\nwant\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadJournals(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", journal[:len(journal)/2], "damaged Day One journal: line 46: the file ends too soon"},
		{"entries not a list", `{"metadata" : {"version" : "1.0"}, "entries" : {"uuid" : "1"}}`, "damaged Day One journal: line 1: json: cannot unmarshal object"},
		{"photos alone", `{"metadata" : {"version" : "1.0"}, "entries" : [{"uuid" : "1", "creationDate" : "2024-03-13T02:00:00Z", "text" : "![](dayone-moment:\/\/AA11)"}]}`, "the Day One journal has no entries with text"},
		{"no entries", `{"metadata" : {"version" : "1.0"}, "entries" : []}`, "the Day One journal has no entries with text"},
		{"too large", `{"metadata" : {"version" : "1.0"}, "entries" : []}` + strings.Repeat(" ", dayone.MaxBytes), "the Day One journal is too large: 100 MB"},
	} {
		if _, err := dayone.Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: Convert error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a journal read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(journal))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := dayone.Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("Journal.json", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
