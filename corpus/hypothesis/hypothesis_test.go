package hypothesis

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// export is the Hypothesis client's export: a page note with a heading
// for its label, a highlight with no note, a highlight whose note starts
// with a bold label, a reply to it, and an annotation of another page.
const export = `{"export_date":"2025-11-29T17:42:10.518Z","export_userid":"acct:meera_k@hypothes.is","client_version":"1.1604.0","annotations":[
{"id":"a1","uri":"https://en.wikipedia.org/wiki/Kigali_Amendment","text":"## Kigali in one line\nThe Kigali Amendment brings HFCs under the Montreal Protocol.","tags":["kigali"],"target":[{"source":"https://en.wikipedia.org/wiki/Kigali_Amendment"}],"document":{"title":["Kigali Amendment - Wikipedia"]}},
{"id":"a2","uri":"https://en.wikipedia.org/wiki/Kigali_Amendment","text":"**India's schedule (Group 2)**\nfreeze 2028, 85% cut by 2047","tags":["kigali","india"],"target":[{"selector":[{"type":"TextPositionSelector","start":1,"end":9},{"type":"TextQuoteSelector","exact":"For the second group of developing countries, consumption is frozen in 2028."}]}],"document":{"title":["Kigali Amendment - Wikipedia"]}},
{"id":"r1","uri":"https://en.wikipedia.org/wiki/Kigali_Amendment","text":"Hook: 2047 is the year India turns 100.","references":["a2"],"user":"acct:arjun@hypothes.is","target":[{"source":"x"}],"document":{"title":["Kigali Amendment - Wikipedia"]}},
{"id":"a3","uri":"https://ozone.unep.org/","text":"","target":[{"selector":[{"type":"TextQuoteSelector","exact":"The Montreal Protocol is the only UN treaty ratified by every country."}]}],"document":{"title":["Ozone Secretariat"]}}]}`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(export)); f != "Hypothesis annotations" {
		t.Errorf("FormatOf = %q", f)
	}
	d, got := corpustest.Placed(t, "env-2026.json", []byte(export))
	want := []string{
		"env 2026 › Kigali Amendment - Wikipedia › Kigali in one line: The Kigali Amendment brings HFCs under the Montreal Protocol. (annotation 1)",
		"env 2026 › Kigali Amendment - Wikipedia › India's schedule (Group 2) › 1: Highlighted: For the second group of developing countries, consumption is frozen in 2028. freeze 2028, 85% cut by 2047 (annotation 2)",
		"env 2026 › Kigali Amendment - Wikipedia › India's schedule (Group 2) › 2: arjun: Hook: 2047 is the year India turns 100. (annotation 3)",
		"env 2026 › Ozone Secretariat: Highlighted: The Montreal Protocol is the only UN treaty ratified by every country. (annotation 4)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !slices.Equal(d.Tags, []string{"kigali", "india"}) {
		t.Errorf("tags %q, want the annotations'", d.Tags)
	}
}

func TestBadExports(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", `{"annotations":[{"uri":"x","target":[`, "damaged Hypothesis export"},
		{"none", `{"annotations":[],"uri":"","target":""}`, "the export has no annotations"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; an export read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(export))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("a.json", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
