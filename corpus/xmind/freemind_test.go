package xmind

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestFreeMind reads a map as Freeplane saves it: the map's styles in a
// hook, a note and details in HTML, a topic whose text is formatted, an
// attribute, icons, edges and a labelled arrow.
func TestFreeMind(t *testing.T) {
	data, err := os.ReadFile("testdata/fundamental-rights.mm")
	if err != nil {
		t.Fatal(err)
	}
	if f := corpus.FormatOf(data); f != "FreeMind mind map" {
		t.Errorf("FormatOf = %q, want FreeMind mind map", f)
	}
	_, got := corpustest.Placed(t, "fundamental-rights.mm", data)
	want := []string{
		"Fundamental Rights › Definition: Part III, Articles 12 to 35. (line 3)",
		"Fundamental Rights › Right to Equality › 1: Art 14 – equality before law. year: 1950 (line 17)",
		"Fundamental Rights › Right to Equality › 2: Art 17 abolishes untouchability. Enforced by the Protection of Civil Rights Act, 1955. (line 20)",
		"Fundamental Rights › Right to Life › 1: Right to Life → Right to Equality: read with (line 24)",
		"Fundamental Rights › Right to Life › 2: Art 21 & privacy (Puttaswamy, 2017) (line 26)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadFreeMind(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"cut short": {`<map version="1.0.1"><node TEXT="Rights">`, "damaged FreeMind map: XML syntax error on line 1: unexpected EOF"},
		"empty":     {`<map version="1.0.1"></map>`, "the mind map has no topics"},
		"too deep":  {`<map>` + strings.Repeat(`<node TEXT="x">`, MaxDepth+3) + strings.Repeat(`</node>`, MaxDepth+3) + `</map>`, errDepth.Error()},
	} {
		if _, err := ConvertFreeMind([]byte(c.data)); err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}
