package org

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestOrg reads testdata/lokpal.org: a title and tags, a headline with a
// TODO keyword, a progress cookie, tags, a drawer and a planning line,
// checklists and a nested list, a description list, a table, a quote
// with a link, and a footnote.
func TestOrg(t *testing.T) {
	data, err := os.ReadFile("testdata/lokpal.org")
	if err != nil {
		t.Fatal(err)
	}
	got := corpustest.Passages(t, "lokpal.org", data)
	want := []string{
		"Lokpal and Lokayuktas › Definition: The Lokpal is the anti-corruption ombudsman of the Union, set up under the Lokpal and Lokayuktas Act, 2013. (Footnote 1: The Act got the President's assent on 1 January 2014.)",
		"Lokpal and Lokayuktas › Composition › 1: ☑ A chairperson and up to eight members\n- Half of them judicial members",
		"Lokpal and Lokayuktas › Composition › 2: ☐ At least half from SC, ST, OBC, minorities and women",
		"Lokpal and Lokayuktas › Composition › Selection › 1: - The Prime Minister chairs the selection committee\n- The Speaker and the Leader of Opposition sit on it",
		"Lokpal and Lokayuktas › Composition › Selection › 2: Tenure: Five years or until the age of 70, whichever is earlier.",
		"Lokpal and Lokayuktas › Lokpal and the CVC › 1: Body: Lokpal; Set up: 2019",
		"Lokpal and Lokayuktas › Lokpal and the CVC › 2: Body: CVC; Set up: 1964",
		"Lokpal and Lokayuktas › Lokpal and the CVC › 3: \"Corruption is a cancer\" -- see the Lokpal's site.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d, err := corpus.Parse("lokpal.org", data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(d.Tags, []string{"gs2", "polity"}) || d.Passages[1].Line != 13 {
		t.Errorf("tags %q, the first item at line %d: want gs2 and polity, line 13", d.Tags, d.Passages[1].Line)
	}
}

// TestProperties: a headline's properties that give facts are its text,
// one line each ("Born: …"); those Org keeps for itself, other drawers and
// the clock table that sums the time logged in them are not.
func TestProperties(t *testing.T) {
	data := []byte("#+TITLE: Bhoodan\n\n#+BEGIN: clocktable :scope file :maxlevel 2\n#+CAPTION: Clock summary at [2025-07-12 Sat 22:15]\n" +
		"| Headline | Time |\n|----------+------|\n| *Total time* | *0:30* |\n| Vinoba Bhave - profile | 0:30 |\n#+END:\n\n* DONE Vinoba Bhave - profile :people:\nCLOSED: [2025-07-12 Sat 22:10]\n:PROPERTIES:\n:ID: 4f1c2a\n" +
		":BORN:     11 September 1895, Gagode, Kolaba district\n:REAL_NAME: Vinayak Narahari Bhave\n:EFFORT: 0:30\n:ROAM_ALIASES: Vinoba\n:END:\n" +
		":LOGBOOK:\nCLOCK: [2025-07-12 Sat 21:40]--[2025-07-12 Sat 22:10] =>  0:30\n:END:\n- met Gandhi in 1916 at the Kochrab ashram\n")
	got := corpustest.Passages(t, "bhoodan.org", data)
	want := []string{
		"Bhoodan › Vinoba Bhave - profile › 1: Born: 11 September 1895, Gagode, Kolaba district\nReal name: Vinayak Narahari Bhave",
		"Bhoodan › Vinoba Bhave - profile › 2: met Gandhi in 1916 at the Kochrab ashram",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInline: emphasis shows its text only where Org's rules make it
// emphasis (not in "and/or" or "2/3"), links show their description,
// a file's own TODO keywords are dropped from headlines.
func TestInline(t *testing.T) {
	w := writer{todo: append(keywords, "READ")}
	for in, want := range map[string]string{
		"*Article 21* and /Article 14/ are =fundamental=":    "**Article 21** and Article 14 are `fundamental`",
		"either and/or 1/2 of the seats, a 2/3 majority":     "either and/or 1/2 of the seats, a 2/3 majority",
		"[[https://prsindia.org][PRS]] and [[*Composition]]": "PRS and Composition",
		"+repealed+ in 2019 (*J&K*)":                         "~~repealed~~ in 2019 (**J&K**)",
	} {
		if got := w.inline(in); got != want {
			t.Errorf("inline(%q) = %q, want %q", in, got, want)
		}
	}
	w.headline(1, "READ [#A] Laxmikanth ch. 12 [40%] :polity:", 1)
	if got := w.out[len(w.out)-1]; got != "# Laxmikanth ch. 12" {
		t.Errorf("headline written %q", got)
	}
}

// TestTasks: headlines that are tasks and nothing more (planning lines and
// drawers aside, a note on a change of state in one) are a checklist's entries, ticked when done by the file's
// own keywords too (declared with their keys and logging marks, "(s@/!)");
// a task with text or headlines under it heads them.
func TestTasks(t *testing.T) {
	org := "#+TITLE: Gupta Age\n#+TODO: TODO(t) NEXT(n) | DONE(d!) SKIPPED(s@/!)\n* Nalanda\nKumaragupta I founded it.\n* Revision plan\n" +
		"** TODO Learn Kalidasa's works in order\nSCHEDULED: <2025-02-12 Wed>\n** SKIPPED Re-read Fa-Hien\n:LOGBOOK:\n- State \"SKIPPED\"    from \"TODO\"    [2025-02-10 Mon 21:00] \\\\\n  Not needed for prelims.\n:END:\n** NEXT Aryabhata PYQs\n:PROPERTIES:\n:EFFORT: 1:00\n:END:\n" +
		"** TODO Write a note on Varahamihira\nHe wrote the Pancha Siddhantika.\n* NEXT Landmark inscriptions\nSCHEDULED: <2025-02-20 Thu>\n** Prayag prashasti\nHarishena wrote it.\n"
	got := corpustest.Passages(t, "gupta.org", []byte(org))
	want := []string{
		"Gupta Age › Nalanda: Kumaragupta I founded it.",
		"Gupta Age › Revision plan: - ☐ Learn Kalidasa's works in order\n- ☑ Re-read Fa-Hien\n- ☐ Aryabhata PYQs",
		"Gupta Age › Revision plan › Write a note on Varahamihira: He wrote the Pancha Siddhantika.",
		"Gupta Age › Landmark inscriptions › Prayag prashasti: Harishena wrote it.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzConvert: no panic, and a line of Markdown for each line kept.
func FuzzConvert(f *testing.F) {
	data, err := os.ReadFile("testdata/lokpal.org")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		if n := strings.Count(string(c.Text), "\n") + 1; len(c.Text) > 0 && n != len(c.Origin) {
			t.Fatalf("%d lines, %d origins", n, len(c.Origin))
		}
	})
}

// BenchmarkParse reads Org notes of 2,000 headlines, each with a drawer,
// a list and a paragraph, as corpus.Parse does.
func BenchmarkParse(b *testing.B) {
	var s strings.Builder
	s.WriteString("#+TITLE: Polity\n#+FILETAGS: :gs2:\n\n")
	for i := range 2000 {
		fmt.Fprintf(&s, "* TODO Article %d :polity:\n  :PROPERTIES:\n  :ID: %d\n  :END:\n  - *Part* %d of the notes, with /emphasis/ and a [[https://example.org][link]]\n  - term :: its meaning\n\nA paragraph about article %d.\n\n", i, i, i, i)
	}
	data := []byte(s.String())
	corpustest.Benchmark(b, "polity.org", data)
}
