package xmind

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// workflowy is an outline as Workflowy exports it: one top-level entry
// holding the rest, text with inline HTML escaped into the attribute
// (bold, a highlight, a quote escaped twice), notes in _note, tags at the
// end of an entry, a completed entry, an entry with nothing in it.
const workflowy = `<?xml version="1.0"?>
<opml version="2.0">
  <head>
    <ownerEmail>
      student@example.com
    </ownerEmail>
  </head>
  <body>
    <outline text="&lt;b&gt;Emergency 1975–77&lt;/b&gt; (GS2) #polity #mains" _note="Shared with Kabir.&#10;Cleaned up after class">
      <outline text="&lt;b&gt;What was it?&lt;/b&gt;">
        <outline text="Proclaimed on 25 June 1975 under &lt;b&gt;Article 352&lt;/b&gt; on the ground of &amp;quot;internal disturbance&amp;quot;" />
        <outline text="Withdrawn on 21 March 1977" _note="After the Congress lost the election #prelims" />
      </outline>
      <outline text="Shah Commission" _complete="true">
        <outline text="&lt;mark class=&quot;colored bc-yellow&quot;&gt;28 May 1977&lt;/mark&gt; – set up under the Commissions of Inquiry Act, 1952" />
        <outline text="" />
      </outline>
      <outline text="Samvidhaan Hatya Diwas = 25 June (2024)" />
    </outline>
  </body>
</opml>
`

func TestOPML(t *testing.T) {
	if f := corpus.FormatOf([]byte(workflowy)); f != "OPML outline" {
		t.Errorf("FormatOf = %q, want OPML outline", f)
	}
	d, got := corpustest.Placed(t, "emergency.opml", []byte(workflowy))
	want := []string{
		"Emergency 1975–77 (GS2) › Definition: Shared with Kabir.\nCleaned up after class\n- Samvidhaan Hatya Diwas = 25 June (2024) (line 9)",
		"Emergency 1975–77 (GS2) › What was it? › 1: Proclaimed on 25 June 1975 under Article 352 on the ground of \"internal disturbance\" (line 11)",
		"Emergency 1975–77 (GS2) › What was it? › 2: Withdrawn on 21 March 1977. After the Congress lost the election #prelims (line 12)",
		"Emergency 1975–77 (GS2) › Shah Commission: 28 May 1977 – set up under the Commissions of Inquiry Act, 1952 (line 15)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Emergency 1975–77 (GS2)" || !slices.Equal(d.Tags, []string{"polity", "mains"}) || d.Unit != "" || d.Format != "OPML outline" {
		t.Errorf("title %q, tags %q, unit %q, format %q; want Emergency 1975–77 (GS2), [polity mains], lines, OPML outline", d.Title, d.Tags, d.Unit, d.Format)
	}
}

// TestOPMLTitle: an outline of several top-level entries is titled by its
// head's title, else by its file's name.
func TestOPMLTitle(t *testing.T) {
	body := `<body><outline text="Causes"><outline text="Oil shock of 1973"/></outline><outline text="Courts"><outline text="ADM Jabalpur, 1976"/></outline></body></opml>`
	for _, tt := range []struct{ head, title string }{
		{`<head><title>Emergency &amp; after</title></head>`, "Emergency & after"},
		{`<head/>`, "Emergency notes"},
	} {
		d, got := corpustest.Placed(t, "Emergency notes.opml", []byte(`<opml version="1.0">`+tt.head+body))
		want := []string{d.Title + " › Causes: Oil shock of 1973 (line 1)", d.Title + " › Courts: ADM Jabalpur, 1976 (line 1)"}
		if d.Title != tt.title || !slices.Equal(got, want) {
			t.Errorf("%s: title %q, passages %q; want %q, %q", tt.head, d.Title, got, tt.title, want)
		}
	}
}

func TestIsOPML(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{workflowy, true},
		{"\ufeff<!-- exported by Dynalist -->\n<opml version=\"2.0\"><body/></opml>", true},
		{`<html><body>see the <opml> element</body></html>`, false},
		{`notes about <opml`, false},
		{`<?xml version="1.0"?><rss><channel/></rss>`, false},
	}
	for _, tt := range tests {
		if got := IsOPML([]byte(tt.data)); got != tt.want {
			t.Errorf("IsOPML(%.40q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestBadOutlines: a clear error, never a panic, for what is no outline,
// is damaged or is past the bounds.
func TestBadOutlines(t *testing.T) {
	deep := func(depth int) string {
		return `<opml><body>` + strings.Repeat(`<outline text="t">`, depth) + strings.Repeat(`</outline>`, depth) + `</body></opml>`
	}
	tests := []struct{ name, data, want string }{
		{"cut short", `<opml><body><outline text="Causes">`, "damaged OPML file: XML syntax error on line 1: unexpected EOF"},
		{"another XML", `<rss><channel/></rss>`, "damaged OPML file: not an OPML outline: it holds <rss>"},
		{"no entries", `<opml><head><title>Empty</title></head><body/></opml>`, "damaged OPML file: the outline has no entries"},
		{"an entry alone", `<opml><body><outline text="Emergency"/></body></opml>`, "the outline has nothing under its central topic"},
		{"33 levels deep is read", deep(MaxDepth + 1), ""},
		{"34 levels deep", deep(MaxDepth + 2), "mind map too deep"},
		{"too many entries", `<opml><body><outline text="t">` + strings.Repeat(`<outline text="t"/>`, MaxTopics) + `</outline></body></opml>`, "mind map too large: more than 100000 topics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConvertOPML([]byte(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("ConvertOPML() error = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Errorf("ConvertOPML() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzOPML: no panic whatever the bytes, and an outline read has a place
// for each of its lines and some text.
func FuzzOPML(f *testing.F) {
	f.Add([]byte(workflowy))
	f.Add([]byte(`<opml><body><outline text="a"><outline text="b" _note="c"/></outline></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := ConvertOPML(data); err == nil {
			checkConverted(t, c)
		}
	})
}
