package index

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// shapeDocs are the documents of the multi-document set that shaped answers
// are tested on, with the seed: a saved web page like the seed's, tidy
// Markdown and messy Markdown notes.
var shapeDocs = []string{"delimitation.md", "indus-waters-treaty.txt", "monetary-policy-committee.txt", "project-tiger.md"}

// mustOpenDocs builds an in-memory index of the seed and the named documents
// of testdata/eval/multi/docs.
func mustOpenDocs(tb testing.TB, names ...string) *Index {
	tb.Helper()
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join("testdata", "eval", "multi", "docs", n))
	}
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: paths, Seed: true, Strict: true})
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

func TestShapeOf(t *testing.T) {
	ix := mustOpenSeed(t)
	tests := []struct {
		q     string
		shape corpus.Shape
		topic string   // for shapes other than passage and compare
		n     int      // points
		sides []string // compare
	}{
		// Plain questions, and list words that name one thing.
		{q: "what is technology transfer?", shape: corpus.ShapePassage},
		{q: "CETP kya hai", shape: corpus.ShapePassage},
		{q: "list the members of the quad", shape: corpus.ShapePassage},
		{q: "key point 3", shape: corpus.ShapePassage},
		{q: "point 3 in the key points", shape: corpus.ShapePassage},
		{q: "faq #2", shape: corpus.ShapePassage},
		{q: "which development involved the UK?", shape: corpus.ShapePassage},
		{q: "What did the EU launch in 2022?", shape: corpus.ShapePassage},
		{q: "good morning everyone, all the best for prelims", shape: corpus.ShapePassage},
		{q: "CRR cut 100 basis points", shape: corpus.ShapePassage},
		{q: "What are the challenges of making technology transfer effective?", shape: corpus.ShapePassage},
		{q: "aditya l1 kab launch hua", shape: corpus.ShapePassage},
		{q: "What happened on 1 November 1956?", shape: corpus.ShapePassage},
		{q: "what happened on nov 1st, 1956", shape: corpus.ShapePassage},
		// Lists.
		{q: "list all recent developments", shape: corpus.ShapeList, topic: ""},
		{q: "what are the key points", shape: corpus.ShapeList, topic: ""},
		{q: "all FAQs", shape: corpus.ShapeList, topic: ""},
		{q: "list every key point", shape: corpus.ShapeList, topic: ""},
		{q: "developments in 2026", shape: corpus.ShapeList, topic: ""},
		{q: "what happened in 2023", shape: corpus.ShapeList, topic: ""},
		{q: "all semiconductor developments", shape: corpus.ShapeList, topic: "semiconductor"},
		{q: "CETP ke saare key points batao", shape: corpus.ShapeList, topic: "cetp"},
		{q: "sab recent developments bata do", shape: corpus.ShapeList, topic: ""},
		{q: "2023 mein kya hua", shape: corpus.ShapeList, topic: ""},
		{q: "latest developments involving India", shape: corpus.ShapeList, topic: "involving india"},
		{q: "all exam tips", shape: corpus.ShapeList, topic: ""},
		// Summaries.
		{q: "summarise the topic", shape: corpus.ShapeSummary, topic: "topic"},
		{q: "Summarize CETP", shape: corpus.ShapeSummary, topic: "cetp"},
		{q: "give me an overview of the partnership", shape: corpus.ShapeSummary, topic: "partnership"},
		{q: "CETP in brief", shape: corpus.ShapeSummary, topic: "cetp"},
		{q: "short notes on technology transfer", shape: corpus.ShapeSummary, topic: "technology transfer"},
		{q: "tell me all about CETP", shape: corpus.ShapeSummary, topic: "cetp"},
		{q: "CETP ka summary batao", shape: corpus.ShapeSummary, topic: "cetp"},
		// Points.
		{q: "give me 3 points on technology transfer for mains", shape: corpus.ShapePoints, topic: "technology transfer", n: 3},
		{q: "five reasons why these partnerships exist", shape: corpus.ShapePoints, topic: "reasons why these partnerships exist", n: 5},
		{q: "technology transfer ke teen points batao", shape: corpus.ShapePoints, topic: "technology transfer", n: 3},
		{q: "25 important points on supply chains", shape: corpus.ShapePoints, topic: "supply chains", n: maxPoints},
		{q: "challenges of technology transfer for mains", shape: corpus.ShapePoints, topic: "challenges technology transfer", n: defaultPoints},
		{q: "explain supply chain resilience in points", shape: corpus.ShapePoints, topic: "explain supply chain resilience", n: defaultPoints},
		// Comparisons: sides as typed.
		{q: "compare joint R&D and technology transfer", shape: corpus.ShapeCompare, sides: []string{"joint R&D", "technology transfer"}},
		{q: "Difference between the TTC and the Quad?", shape: corpus.ShapeCompare, sides: []string{"TTC", "Quad"}},
		{q: "difference b/w TTC & Quad", shape: corpus.ShapeCompare, sides: []string{"TTC", "Quad"}},
		{q: "TTC vs. Quad", shape: corpus.ShapeCompare, sides: []string{"TTC", "Quad"}},
		{q: "how is joint R&D different from technology transfer?", shape: corpus.ShapeCompare, sides: []string{"joint R&D", "technology transfer"}},
		{q: "quad aur TTC me kya fark hai", shape: corpus.ShapeCompare, sides: []string{"quad", "TTC"}},
		{q: "neutral expert vs court of arbitration me kya farak hai?", shape: corpus.ShapeCompare, sides: []string{"neutral expert", "court of arbitration"}},
		{q: "gadgil vs kasturirangan mein main difference kya hai", shape: corpus.ShapeCompare, sides: []string{"gadgil", "kasturirangan"}},
		// a table the notes head "X vs Y", asked of: a look-up
		{q: "in the TTC vs Quad table, who are the members of each", shape: corpus.ShapePassage},
		{q: "TTC vs Quad table", shape: corpus.ShapeCompare, sides: []string{"TTC", "Quad table"}},
	}
	for _, tt := range tests {
		got := ix.shapeOf(tt.q)
		if got.shape != tt.shape {
			t.Errorf("shapeOf(%q).shape = %s, want %s", tt.q, got.shape, tt.shape)
			continue
		}
		switch tt.shape {
		case corpus.ShapePassage:
		case corpus.ShapeCompare:
			if !reflect.DeepEqual(got.sides, tt.sides) {
				t.Errorf("shapeOf(%q).sides = %q, want %q", tt.q, got.sides, tt.sides)
			}
		default:
			if got.topic != tt.topic || got.n != tt.n {
				t.Errorf("shapeOf(%q) = topic %q, n %d; want topic %q, n %d", tt.q, got.topic, got.n, tt.topic, tt.n)
			}
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A crucial element is supply chain resilience. Partner countries work together.", "A crucial element is supply chain resilience."},
		{"India may store up to 3.6 MAF. Pakistan gets the rest.", "India may store up to 3.6 MAF."},
		{"Headed by Justice (retd.) Ranjana Prakash Desai, e.g. in J. and K. It was done.", "Headed by Justice (retd.) Ranjana Prakash Desai, e.g. in J. and K. It was done."},
		{"The U.S. and EU agreed in No. 5 of the list. Then more.", "The U.S. and EU agreed in No. 5 of the list."},
		{"- early 70s tiger popn crashed\n- WPA 1972 passed", "early 70s tiger popn crashed"},
		{"Why? Because.", "Why? Because."}, // too short to end at the first mark
		{strings.Repeat("word ", 100), strings.Repeat("word ", 59) + "word…"},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// passagesWhere returns the passages of doc (any document when "") that
// pass keep, in document order.
func passagesWhere(c *corpus.Corpus, doc string, keep func(corpus.Passage) bool) []string {
	var ids []string
	for _, p := range c.Passages() {
		if (doc == "" || p.DocID == doc) && keep(p) {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

func resultIDs(rs []corpus.Result) []string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return ids
}

func mustSearch(tb testing.TB, ix *Index, q string, n int) corpus.Answer {
	tb.Helper()
	a, err := ix.Search(context.Background(), q, n)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q, err)
	}
	return a
}

// TestListAnswers asks for whole sections on every document: every passage
// of the section, in document order (developments by year).
func TestListAnswers(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	c := ix.Corpus()
	byYear := func(ids []string) []string {
		ids = slices.Clone(ids)
		slices.SortStableFunc(ids, func(a, b string) int {
			pa, _ := c.Passage(a)
			pb, _ := c.Passage(b)
			return pa.Year - pb.Year
		})
		return ids
	}
	docs := []struct{ id, name string }{
		{"critical-and-emerging-technologies-partnership", "CETP"},
		{"delimitation", "delimitation"},
		{"indus-waters-treaty", "the Indus Waters Treaty"},
		{"monetary-policy-committee", "the monetary policy committee"},
	}
	for _, d := range docs {
		kind := func(k corpus.Kind) func(corpus.Passage) bool {
			return func(p corpus.Passage) bool { return p.Kind == k }
		}
		faqs := func(p corpus.Passage) bool { return p.Heading() == "Frequently Asked Questions" }
		for _, tt := range []struct {
			q    string
			want []string
		}{
			{"list all key points of " + d.name, passagesWhere(c, d.id, kind(corpus.KindKeyPoint))},
			{"what are the key points of " + d.name, passagesWhere(c, d.id, kind(corpus.KindKeyPoint))},
			{d.name + " ke saare key points batao", passagesWhere(c, d.id, kind(corpus.KindKeyPoint))},
			{"important points of " + d.name, passagesWhere(c, d.id, kind(corpus.KindKeyPoint))},
			{d.name + " key facts", passagesWhere(c, d.id, kind(corpus.KindKeyPoint))},
			{d.name + " pyqs", passagesWhere(c, d.id, faqs)},
			{"recent developments of " + d.name, byYear(passagesWhere(c, d.id, kind(corpus.KindDevelopment)))},
			{"all FAQs on " + d.name, passagesWhere(c, d.id, faqs)},
		} {
			a := mustSearch(t, ix, tt.q, 3)
			if a.Shape != corpus.ShapeList || !a.Answered || a.More != 0 {
				t.Errorf("Search(%q) = shape %s, answered %v, more %d; want an answered list", tt.q, a.Shape, a.Answered, a.More)
			}
			if got := resultIDs(a.Results); len(tt.want) < 2 || !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %q,\nwant %q", tt.q, got, tt.want)
			}
		}
	}
	for _, year := range []int{2022, 2023, 2024, 2025} {
		for _, q := range []string{"what happened in %d", "%d mein kya hua", "all developments of %d"} {
			q = strings.Replace(q, "%d", strconv.Itoa(year), 1)
			a := mustSearch(t, ix, q, 3)
			want := passagesWhere(c, "", func(p corpus.Passage) bool { return p.Kind == corpus.KindDevelopment && p.Year == year })
			if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %s %q,\nwant list %q", q, a.Shape, got, want)
			}
		}
	}
	// A term filters the list: every development that mentions it.
	for _, tt := range []struct{ q, term string }{
		{"all semiconductor developments", "semiconductor"},
		{"all developments on the repo rate", "repo rate"},
		{"recent developments about the Neutral Expert", "neutral expert"},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		want := passagesWhere(c, "", func(p corpus.Passage) bool {
			return p.Kind == corpus.KindDevelopment && strings.Contains(strings.ToLower(p.Text), tt.term)
		})
		if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, byYear(want)) {
			t.Errorf("Search(%q) = %s %q,\nwant list %q", tt.q, a.Shape, got, byYear(want))
		}
		for _, r := range a.Results {
			if len(r.Highlights) == 0 {
				t.Errorf("Search(%q): %s has no highlights", tt.q, r.ID)
			}
		}
	}
}

// TestListByHeadingAsNamed: a list asked for by a heading's words names
// the heading written with remarks in brackets.
func TestListByHeadingAsNamed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Aditya-L1\n\nIndia's solar mission.\n\n## Payloads (7 in total)\n\n### Remote sensing (4)\n\n1. VELC: corona.\n2. SUIT: ultraviolet.\n\n"+
			"### In-situ (3)\n\n1. ASPEX: solar wind.\n2. MAG: magnetic field.\n",
		"# Quad\n\nA group of four.\n",
	)
	for q, want := range map[string][]string{
		"list payloads": {"aditya-l1/payloads-7-in-total/remote-sensing-4/1", "aditya-l1/payloads-7-in-total/remote-sensing-4/2",
			"aditya-l1/payloads-7-in-total/in-situ-3/1", "aditya-l1/payloads-7-in-total/in-situ-3/2"},
		"all the payloads of aditya": {"aditya-l1/payloads-7-in-total/remote-sensing-4/1", "aditya-l1/payloads-7-in-total/remote-sensing-4/2",
			"aditya-l1/payloads-7-in-total/in-situ-3/1", "aditya-l1/payloads-7-in-total/in-situ-3/2"},
	} {
		a := mustSearch(t, ix, q, 3)
		if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %s %q, want list %q", q, a.Shape, got, want)
		}
	}
}

// TestSummaryForMissingKeyPoints: the key points of notes that have none
// are their summary, said to be one.
func TestSummaryForMissingKeyPoints(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	for _, q := range []string{"key points of project tiger", "important points of project tiger", "project tiger imp points"} {
		a := mustSearch(t, ix, q, 3)
		if a.Shape != corpus.ShapeSummary || !a.Answered || a.Note != "Project Tiger has no key points. A summary instead:" ||
			len(a.Results) < 2 || a.Results[0].ID != "project-tiger/definition" {
			t.Errorf("Search(%q) = %s, answered %v, note %q, %q; want Project Tiger's summary, said to be one", q, a.Shape, a.Answered, a.Note, resultIDs(a.Results))
		}
	}
	if a := mustSearch(t, ix, "key point 3 of project tiger", 3); a.Answered || a.Note != "Project Tiger has no key points." {
		t.Errorf(`"key point 3 of project tiger": answered %v, note %q; want not answered, "Project Tiger has no key points."`, a.Answered, a.Note)
	}
}

// TestSummaryInBrief: a summary of notes without key points takes the
// first passage of each section that tells about the topic: not the
// exporter's line above the first heading, not a table's rows.
func TestSummaryInBrief(t *testing.T) {
	ix := mustNotesIndex(t, "# Carbon Markets\n\n*Exported from Notes app · GS-III Environment · last edited 14 Oct 2025*\n\n"+
		"## What is it\n\nA carbon market is a trading system for permits to emit greenhouse gases.\n\n"+
		"## Compliance vs voluntary markets\n\n| Feature | Compliance market | Voluntary market |\n|---|---|---|\n"+
		"| Who creates it | Govt law | Private standards |\n| Buyers | Regulated firms | Companies with net-zero pledges |\n\n"+
		"India is one of the biggest suppliers of voluntary credits.\n\n"+
		"## Issues\n\n- Intensity targets, not absolute caps, so total emissions can still grow.\n")
	a := mustSearch(t, ix, "summarise carbon markets", 5)
	var got []string
	for _, r := range a.Results {
		got = append(got, r.Text)
	}
	want := []string{"A carbon market is a trading system for permits to emit greenhouse gases.",
		"India is one of the biggest suppliers of voluntary credits.", "Intensity targets, not absolute caps, so total emissions can still grow."}
	if a.Shape != corpus.ShapeSummary || !slices.Equal(got, want) {
		t.Errorf("summarise carbon markets = %s %q, want %q", a.Shape, got, want)
	}
}

// TestSummaryWordOfASubheading: a summary word that a heading below the
// top level has, in a remark too ("What the Plan proposed (quick recap)"),
// names that part of the notes: its passages answer, not a summary.
func TestSummaryWordOfASubheading(t *testing.T) {
	ix := mustNotesIndex(t, "# Why the Cabinet Mission Plan failed\n\nThe plan of 16 May 1946 could survive only as long as each side read it its own way.\n\n"+
		"## Answer 1\n\n### What the Plan proposed (quick recap)\n\n- Three tiers: a Union, optional groups of provinces and the provinces.\n"+
		"- A province could leave its group only after the first general elections.\n\n### The grouping clause\n\nParagraph 15 said provinces should be free to form groups.\n")
	a := mustSearch(t, ix, "list the points in the quick recap of the plan", 3)
	if a.Shape == corpus.ShapeSummary || !a.Answered || !strings.Contains(a.Results[0].Citation(), "quick recap") {
		t.Errorf("the quick recap: %s, answered %v, %v", a.Shape, a.Answered, a.Results)
	}
}

// TestNoneOfAKind: a list of a kind of part no document of the notes has
// ("exam tips") says so, with what its topic finds as suggestions.
func TestNoneOfAKind(t *testing.T) {
	ix := mustNotesIndex(t, "# Emergency Provisions\n\nPart XVIII of the Constitution.\n\n## Key Points\n1. A national emergency needs a written recommendation of the cabinet.\n2. Parliament approves it within a month.\n")
	for q, suggested := range map[string]bool{"exam tips": false, "list all exam tips": false, "emergency exam tips": true, "exam tips on national emergency": true} {
		a := mustSearch(t, ix, q, 3)
		if a.Answered || a.Note != "The notes have no exam tips." || (len(a.Results) > 0) != suggested {
			t.Errorf("%q = answered %v, note %q, %q; want not answered, the notes have no exam tips, suggestions %v", q, a.Answered, a.Note, resultIDs(a.Results), suggested)
		}
	}
	if a := mustSearch(t, ix, "list all key points", 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 || a.Note != "" {
		t.Errorf("list all key points = %s %q note %q, want the two key points", a.Shape, resultIDs(a.Results), a.Note)
	}
}

// TestListWordsNamingOneThing: a question with a list word that names one
// passage, or a filter that leaves one, gets that passage first.
func TestListWordsNamingOneThing(t *testing.T) {
	seed := mustSearch(t, mustOpenSeed(t), "recent developments from 2022", 3)
	if seed.Shape != corpus.ShapePassage || len(seed.Results) == 0 || seed.Results[0].ID != "critical-and-emerging-technologies-partnership/recent-developments/5" {
		t.Errorf("recent developments from 2022, seed = %s %q; want the one development of 2022 first", seed.Shape, resultIDs(seed.Results))
	}
	ix := mustOpenDocs(t, shapeDocs...)
	for _, tt := range []struct{ q, want string }{
		{"all developments about the European Chips Act", "critical-and-emerging-technologies-partnership/recent-developments/5"},
		{"what happened with the indus treaty in 2022", "indus-waters-treaty/recent-developments/6"},
		{"delimitation recent developments 2024", "delimitation/recent-developments/4"},
		{"key points on supply chain resilience", "critical-and-emerging-technologies-partnership/key-points/5"},
		{"list the key point about the Kishenganga project", "indus-waters-treaty/key-points/10"},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		if a.Shape != corpus.ShapePassage || !a.Answered || len(a.Results) == 0 || a.Results[0].ID != tt.want {
			t.Errorf("Search(%q) = %s answered %v %q; want a passage answer starting %s", tt.q, a.Shape, a.Answered, resultIDs(a.Results), tt.want)
		}
	}
	// Nothing of the kind: answered as a plain question.
	for _, q := range []string{"all developments about volcanoes", "what happened in 1999", "list all the juicy developments"} {
		a := mustSearch(t, ix, q, 3)
		plain, err := ix.searchOne(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Shape != corpus.ShapePassage || !slices.Equal(resultIDs(a.Results), resultIDs(plain.Results)) {
			t.Errorf("Search(%q) = %s %q, want the plain answer %q", q, a.Shape, resultIDs(a.Results), resultIDs(plain.Results))
		}
	}
}

// TestWhatHappenedInAChronology: "what happened in 1956" of notes without
// developments lists the passages that write the year; "what happened on
// 1 November 1956" asks for that day's passage.
func TestWhatHappenedInAChronology(t *testing.T) {
	ix := mustFileIndex(t, "chronology.txt", "STATES CHRONOLOGY\n\nPHASE III: THE ACT\n\n"+
		"Dec 1953: States Reorganisation Commission appointed under Fazl Ali\n"+
		"Feb 1956: Gentlemen's Agreement between Andhra and Telangana leaders\n"+
		"1956 - States Reorganisation Act passed; on 1 Nov 1956 14 states and 6 union territories came into being\n"+
		"1960 - Bombay State split into Maharashtra and Gujarat\n")
	a := mustSearch(t, ix, "what happened in 1956", 3)
	if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, []string{"states-chronology/phase-iii-the-act/2", "states-chronology/phase-iii-the-act/3"}) {
		t.Errorf("what happened in 1956: %s %q (%s), want the two passages of 1956", a.Shape, got, a.Note)
	}
	a = mustSearch(t, ix, "What happened on 1 November 1956?", 3)
	if a.Shape != corpus.ShapePassage || !a.Answered || len(a.Results) == 0 || a.Results[0].ID != "states-chronology/phase-iii-the-act/3" {
		t.Errorf("what happened on 1 November 1956: %s answered %v %q (%s), want the passage of the Act", a.Shape, a.Answered, resultIDs(a.Results), a.Note)
	}
}

func TestSummaryAnswers(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	c := ix.Corpus()
	for _, tt := range []struct{ q, doc string }{
		{"summarise CETP", "critical-and-emerging-technologies-partnership"},
		{"summarise delimitation", "delimitation"},
		{"Indus Waters Treaty in brief", "indus-waters-treaty"},
		{"MPC ka summary batao", "monetary-policy-committee"},
		{"give me an overview of project tiger", "project-tiger"},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		if a.Shape != corpus.ShapeSummary || !a.Answered || len(a.Results) < 3 {
			t.Errorf("Search(%q) = %s answered %v with %d results; want a summary", tt.q, a.Shape, a.Answered, len(a.Results))
			continue
		}
		def := a.Results[0]
		if def.ID != tt.doc+"/definition" {
			t.Errorf("Search(%q) starts with %s, want %s/definition", tt.q, def.ID, tt.doc)
		}
		if p, _ := c.Passage(def.ID); def.Text != p.Text {
			t.Errorf("Search(%q): the definition is cut: %q", tt.q, def.Text)
		}
		keyPoints := passagesWhere(c, tt.doc, func(p corpus.Passage) bool { return p.Kind == corpus.KindKeyPoint })
		if len(keyPoints) > 0 && !slices.Equal(resultIDs(a.Results[1:]), keyPoints) {
			t.Errorf("Search(%q) = %q, want the definition then %q", tt.q, resultIDs(a.Results), keyPoints)
		}
		for _, r := range a.Results[1:] {
			p, _ := c.Passage(r.ID)
			if r.DocID != tt.doc || r.Text != firstSentence(p.Text) {
				t.Errorf("Search(%q): %s is %q, want the first sentence of %q", tt.q, r.ID, r.Text, p.Text)
			}
		}
	}
	// "The topic" in notes of several documents: which one?
	a := mustSearch(t, ix, "summarise the topic", 3)
	if a.Shape != corpus.ShapeSummary || a.Answered || len(a.Results) != 3 || a.Results[0].Kind != corpus.KindDefinition {
		t.Errorf("summarise the topic, five documents = %s answered %v %q; want definitions to choose from", a.Shape, a.Answered, resultIDs(a.Results))
	}
	seed := mustOpenSeed(t)
	a = mustSearch(t, seed, "summarise the topic", 3)
	if a.Shape != corpus.ShapeSummary || !a.Answered || a.Results[0].Kind != corpus.KindDefinition || len(a.Results) != 14 {
		t.Errorf("summarise the topic, seed = %s answered %v %q; want the definition and 13 key points", a.Shape, a.Answered, resultIDs(a.Results))
	}
}

func TestPointsAnswers(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	for _, tt := range []struct {
		q   string
		n   int
		doc string
	}{
		{"give me 3 points on technology transfer for mains", 3, "critical-and-emerging-technologies-partnership"},
		{"3 points on the Permanent Indus Commission", 3, "indus-waters-treaty"},
		{"4 key points on the Monetary Policy Committee", 4, "monetary-policy-committee"},
		{"delimitation commission ke teen points batao", 3, "delimitation"},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		if a.Shape != corpus.ShapePoints || !a.Answered || len(a.Results) != tt.n {
			t.Errorf("Search(%q) = %s answered %v %q; want %d points", tt.q, a.Shape, a.Answered, resultIDs(a.Results), tt.n)
			continue
		}
		seen := map[string]bool{}
		for _, r := range a.Results {
			if seen[r.ID] || r.DocID != tt.doc || r.Kind == corpus.KindMindMap || r.Kind == corpus.KindConnections {
				t.Errorf("Search(%q): point %s repeated, from another document or a list of names", tt.q, r.ID)
			}
			seen[r.ID] = true
		}
	}
	// Bounded: at most ten points however many are asked for.
	a := mustSearch(t, ix, "20 points on delimitation", 3)
	if len(a.Results) > maxPoints || a.Shape != corpus.ShapePoints {
		t.Errorf("20 points = %s with %d results, want at most %d points", a.Shape, len(a.Results), maxPoints)
	}
}

// TestListByTheLongestName: a section named by its whole heading is
// listed, though a shorter part of that name names a kind ("previous year
// questions" the FAQs).
func TestListByTheLongestName(t *testing.T) {
	web := mustOpenDocs(t, "el-nino-southern-oscillation.html")
	// Also by its own name before a name of its kind: "pyqs" names the
	// FAQs too, as notes head them so.
	for _, q := range []string{"upsc previous year questions", "enso ke pyqs", "previous year questions"} {
		a := mustSearch(t, web, q, 3)
		if a.Shape != corpus.ShapeList || len(a.Results) != 2 || a.Results[0].Heading() != "UPSC Previous Year Questions" {
			t.Errorf("%q = %s %q, want the section's two questions", q, a.Shape, resultIDs(a.Results))
		}
	}
	if a := mustSearch(t, web, "enso faqs", 3); a.Shape != corpus.ShapeList || a.Results[0].Heading() != "Frequently Asked Questions (FAQs)" {
		t.Errorf("enso faqs = %s %q, want the FAQs", a.Shape, resultIDs(a.Results))
	}
	if a := mustSearch(t, web, "enso pyq 2", 3); len(a.Results) == 0 || a.Results[0].Heading() != "UPSC Previous Year Questions" || a.Results[0].Ordinal != 2 {
		t.Errorf("enso pyq 2 = %q, want the second previous year question", resultIDs(a.Results))
	}
}

// TestListByTheLastWord: a list word and the plural of a heading's head
// noun list that section ("list all proposals" for "Main proposals"), and
// every section so headed ("list all saints").
func TestListByTheLastWord(t *testing.T) {
	ix := mustNotesIndex(t, `# Cabinet Mission

A British delegation of 1946.

## Main proposals
1. A Union of India for defence and foreign affairs.
2. Three groups of provinces.
3. A Constituent Assembly of 389 members.

## Outcome
- The League withdrew its acceptance.
`)
	a := mustSearch(t, ix, "list all proposals", 3)
	if a.Shape != corpus.ShapeList || len(a.Results) != 3 || a.Results[0].ID != "cabinet-mission/main-proposals/1" {
		t.Errorf("list all proposals = %s %q, want the three proposals", a.Shape, resultIDs(a.Results))
	}
	if a := mustSearch(t, ix, "proposals", 3); a.Shape == corpus.ShapeList {
		t.Errorf("proposals, without a list word, = a list %q", resultIDs(a.Results))
	}
	// Every heading so named.
	bhakti := mustNotesIndex(t, `# Bhakti Movement

A devotional movement of medieval India.

## Saints of North India
- Kabir (15th c), a weaver of Varanasi.
- Tulsidas wrote the Ramcharitmanas.

## Impact
- Hymns in the languages of the people.

## Saints of the East
- Chaitanya Mahaprabhu of Bengal.
`)
	a = mustSearch(t, bhakti, "list all saints", 5)
	if a.Shape != corpus.ShapeList || !slices.Equal(resultIDs(a.Results), []string{"bhakti-movement/saints-of-north-india/1",
		"bhakti-movement/saints-of-north-india/2", "bhakti-movement/saints-of-the-east"}) {
		t.Errorf("list all saints = %s %q, want the passages of both sections of saints", a.Shape, resultIDs(a.Results))
	}
}

// TestListOfRecent: a list word and "recent" with no section named list
// the developments, of the notes the other words name.
func TestListOfRecent(t *testing.T) {
	ix := mustNotesIndex(t, `# Tropical Cyclones

A tropical cyclone is an intense low-pressure system over warm seas.

## Naming
- Names come from a list drawn up by thirteen countries.

## Recent Developments
- June 2023 - Biparjoy made landfall near Jakhau in Kutch.
- May 2024 - Remal crossed the coast near Sagar Island.
`)
	for _, q := range []string{"list all recent cyclones", "all latest cyclones"} {
		a := mustSearch(t, ix, q, 3)
		if a.Shape != corpus.ShapeList || len(a.Results) != 2 || a.Results[0].Kind != corpus.KindDevelopment {
			t.Errorf("%q = %s %q, want the two developments", q, a.Shape, resultIDs(a.Results))
		}
	}
	if a := mustSearch(t, ix, "recent cyclones", 3); a.Shape == corpus.ShapeList {
		t.Errorf("recent cyclones, without a list word, = a list %q", resultIDs(a.Results))
	}
	// Among notes with a section headed "Recent (current affairs link)":
	// "recent" does not name that section.
	both := mustDocsIndex(t, `# Tropical Cyclones

A tropical cyclone is an intense low-pressure system over warm seas.

## Recent Developments
- June 2023 - Biparjoy made landfall near Jakhau in Kutch.
- May 2024 - Remal crossed the coast near Sagar Island.
`, `# Bhakti Movement

A devotional movement of medieval India.

## Recent (current affairs link)
1. The Kabir festival was held in Varanasi.
2. A stamp honoured Meerabai.
`)
	if a := mustSearch(t, both, "list all recent cyclones", 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 || a.Results[0].Kind != corpus.KindDevelopment {
		t.Errorf("list all recent cyclones, with bhakti notes = %s %q, want the two developments", a.Shape, resultIDs(a.Results))
	}
}

// TestListHeadedAsNamedFirst: "list the recent developments" of notes with
// a "Why in News?" box above their "Recent Developments" lists the section
// so headed first, then the box.
func TestListHeadedAsNamedFirst(t *testing.T) {
	ix := mustNotesIndex(t, `# Export Controls

## Why in News?
In April 2025 the government proposed easier licences for exports for testing.

## What is SCOMET?
India's list of dual-use items.

## Recent Developments
- January 2018: India joins the Australia Group.
- August 2022: Parliament amends the WMD Act.
`)
	a := mustSearch(t, ix, "list the recent developments", 5)
	want := []string{"export-controls/recent-developments/1", "export-controls/recent-developments/2", "export-controls/why-in-news/1"}
	if a.Shape != corpus.ShapeList || !slices.Equal(resultIDs(a.Results), want) {
		t.Errorf("list the recent developments = %s %q, want %q", a.Shape, resultIDs(a.Results), want)
	}
}

func TestCompareAnswers(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	for _, tt := range []struct {
		q          string
		want0      string // in the best passage of the first side
		want1      string // of the second
		doc0, doc1 string
	}{
		{"compare joint R&D and technology transfer", "", "technology transfer", "critical-and-emerging-technologies-partnership", "critical-and-emerging-technologies-partnership"},
		{"eastern rivers vs western rivers", "eastern rivers", "western rivers", "indus-waters-treaty", "indus-waters-treaty"},
		{"difference between the Delimitation Commission and the Permanent Indus Commission", "delimitation commission", "permanent indus commission", "delimitation", "indus-waters-treaty"},
		{"NTCA aur MPC me kya fark hai", "ntca", "mpc", "project-tiger", "monetary-policy-committee"},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		if a.Shape != corpus.ShapeCompare || !a.Answered || len(a.Results) < 2 || len(a.Parts) != 2 {
			t.Errorf("Search(%q) = %s answered %v parts %q; want a comparison", tt.q, a.Shape, a.Answered, a.Parts)
			continue
		}
		r0, r1 := a.Results[0], a.Results[1]
		if r0.Part != 0 || r1.Part != 1 || r0.DocID != tt.doc0 || r1.DocID != tt.doc1 ||
			!strings.Contains(strings.ToLower(r0.Citation()+" "+r0.Text), tt.want0) || !strings.Contains(strings.ToLower(r1.Citation()+" "+r1.Text), tt.want1) {
			t.Errorf("Search(%q) = %s (part %d), %s (part %d); want passages about %q and %q", tt.q, r0.ID, r0.Part, r1.ID, r1.Part, tt.want0, tt.want1)
		}
		for _, r := range a.Results {
			if r.Part < 0 || r.Part > 1 {
				t.Errorf("Search(%q): %s has part %d", tt.q, r.ID, r.Part)
			}
		}
	}
	// One passage compares them, by its heading: it answers, the words of
	// its notes' title aside.
	var a corpus.Answer
	for _, q := range []string{"difference between core and buffer", "project tiger core vs buffer"} {
		a = mustSearch(t, ix, q, 3)
		if a.Shape != corpus.ShapePassage || !strings.HasPrefix(a.Results[0].ID, "project-tiger/ntca-imp/core-vs-buffer-sec-38v") {
			t.Errorf("%q = %s %q, want the passage that compares them", q, a.Shape, resultIDs(a.Results))
		}
	}
	// A section headed with both compares them: it answers, whole and in order.
	web := mustOpenDocs(t, "el-nino-southern-oscillation.html")
	for _, q := range []string{"el nino vs la nina", "el nino vs la nina table", "difference between El Niño and La Niña"} {
		a = mustSearch(t, web, q, 3)
		if a.Shape != corpus.ShapeList || len(a.Results) != 7 {
			t.Errorf("%q = %s %q, want the 7 rows of the comparison table", q, a.Shape, resultIDs(a.Results))
			continue
		}
		for i, r := range a.Results {
			if !strings.Contains(r.Heading(), "Comparison Table") || r.Ordinal != i+1 {
				t.Errorf("%q: result %d is %s, want row %d of the comparison table", q, i+1, r.ID, i+1)
			}
		}
	}
	// A side followed by an aspect of the comparison: the table's row on
	// it first, then the other rows.
	for q, row := range map[string]int{"el nino vs la nina trade winds": 2, "el nino vs la nina table upwelling": 3, "la nina vs el nino atlantic hurricanes": 7} {
		a = mustSearch(t, web, q, 3)
		if a.Shape != corpus.ShapePassage || len(a.Results) != 3 || !strings.Contains(a.Results[0].Heading(), "Comparison Table") || a.Results[0].Ordinal != row {
			t.Errorf("%q = %s %q, want row %d of the comparison table first", q, a.Shape, resultIDs(a.Results), row)
		}
	}
	// An aspect no row has: the sides are answered each on its own.
	if a = mustSearch(t, web, "el nino vs la nina origin of the name", 3); a.Shape == corpus.ShapeList || a.Shape == corpus.ShapePassage && strings.Contains(a.Results[0].Heading(), "Comparison Table") {
		t.Errorf("el nino vs la nina origin of the name = %s %q, not a row of the comparison", a.Shape, resultIDs(a.Results))
	}
	// A side named with the words of the notes' title the heading leaves out.
	niti := mustNotesIndex(t, "# NITI Aayog\n\nThe think tank that replaced the Planning Commission in 2015.\n\n"+
		"## NITI vs Planning Commission\n\n| Basis | Planning Commission | NITI Aayog |\n|---|---|---|\n"+
		"| Approach | Top-down | Bottom-up |\n| Funds | Allocated funds | No power to allocate |\n")
	for _, q := range []string{"niti aayog vs planning commission", "difference between niti aayog and planning commission"} {
		if a := mustSearch(t, niti, q, 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 {
			t.Errorf("%q = %s %q, want the 2 rows of the comparison", q, a.Shape, resultIDs(a.Results))
		}
	}
	if a := mustSearch(t, niti, "niti aayog vs planning commission funds", 3); a.Shape != corpus.ShapePassage || a.Results[0].Ordinal != 2 {
		t.Errorf("niti aayog vs planning commission funds = %s %q, want the row on funds first", a.Shape, resultIDs(a.Results))
	}
	// "new" is a side's word in a comparison, though a filler of lists.
	nep := mustNotesIndex(t, "# National Education Policy 2020\n\nThe framework for education in India.\n\n"+
		"## Old 10+2 vs New 5+3+3+4: Comparison Table\n\n| Feature | Old 10+2 system | New 5+3+3+4 system |\n|---|---|---|\n"+
		"| Ages covered | 6 to 18 | 3 to 18 |\n| Vocational education | After Class 10 | From Class 6 |\n")
	if a := mustSearch(t, nep, "nep old vs new vocational", 3); a.Shape != corpus.ShapePassage || a.Results[0].Ordinal != 2 {
		t.Errorf("nep old vs new vocational = %s %q, want the row on vocational education first", a.Shape, resultIDs(a.Results))
	}
	// One side the notes' subject, named by their title; the other in a
	// heading that compares.
	ab := mustNotesIndex(t, "# Ayushman Bharat\n\nThe flagship health programme of the Government of India.\n\n"+
		"## Components\n\n- Health and Wellness Centres for primary care.\n- PM-JAY for hospital care.\n\n"+
		"## PM-JAY vs RSBY (the earlier scheme)\n\n| Feature | RSBY (2008) | PM-JAY (2018) |\n|---|---|---|\n"+
		"| Cover | Rs 30,000 a family | Rs 5 lakh a family |\n| Family size | At most 5 members | No cap |\n")
	if a := mustSearch(t, ab, "ayushman bharat vs rsby", 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 || !strings.Contains(a.Results[0].Heading(), "RSBY") {
		t.Errorf("ayushman bharat vs rsby = %s %q, want the 2 rows of PM-JAY vs RSBY", a.Shape, resultIDs(a.Results))
	}
	if a := mustSearch(t, ab, "ayushman bharat vs rsby family size", 3); a.Shape != corpus.ShapePassage || a.Results[0].Ordinal != 2 {
		t.Errorf("ayushman bharat vs rsby family size = %s %q, want the row on family size first", a.Shape, resultIDs(a.Results))
	}
	// A table under a heading that names neither side, whose rows name both.
	ghats := mustNotesIndex(t, "# Western Ghats\n\nA chain of hills along the west coast of India.\n\n"+
		"## Reports\n\nTwo expert panels reported on the Ghats, in 2011 and 2013.\n\n"+
		"## comparison table (v imp)\n\n| point | Gadgil (WGEEP) | Kasturirangan (HLWG) |\n|---|---|---|\n"+
		"| year of report | 2011 | 2013 |\n| mining | no new mining in ESZ 1 & 2 | ban only inside ESA |\n| GM crops | banned | not addressed |\n"+
		"\n## Mind map\n\n- Gadgil: ecologist\n- Kasturirangan: space scientist\n")
	if a := mustSearch(t, ghats, "gadgil vs kasturirangan", 3); a.Shape != corpus.ShapeList || len(a.Results) != 3 || !strings.Contains(a.Results[0].Heading(), "comparison table") {
		t.Errorf("gadgil vs kasturirangan = %s %q, want the 3 rows of the comparison table", a.Shape, resultIDs(a.Results))
	}
	for q, row := range map[string]int{"gadgil vs kasturirangan mining": 2, "gadgil vs kasturirangan table gm crops row": 3} {
		if a := mustSearch(t, ghats, q, 3); a.Shape != corpus.ShapePassage || !strings.Contains(a.Results[0].Heading(), "comparison table") || a.Results[0].Ordinal != row {
			t.Errorf("%q = %s %q, want row %d of the comparison table first", q, a.Shape, resultIDs(a.Results), row)
		}
	}
}

// TestPartsAnswers: a question with two parts gets the best passage of each
// part, each as a question of its own would.
func TestPartsAnswers(t *testing.T) {
	ix := mustOpenDocs(t, shapeDocs...)
	for _, tt := range []struct {
		q     string
		parts []string
	}{
		{"When was the TTC set up and what is the European Chips Act?", []string{"When was the TTC set up", "what is the European Chips Act"}},
		{"what is delimitation? who appoints the external members of the MPC?", []string{"what is delimitation", "who appoints the external members of the MPC"}},
		{"when was NTCA set up and what does the Permanent Indus Commission do", []string{"when was NTCA set up", "what does the Permanent Indus Commission do"}},
	} {
		a := mustSearch(t, ix, tt.q, 3)
		if a.Shape != corpus.ShapeParts || !slices.Equal(a.Parts, tt.parts) || len(a.Results) < 2 {
			t.Errorf("Search(%q) = %s parts %q; want parts %q", tt.q, a.Shape, a.Parts, tt.parts)
			continue
		}
		for i, part := range tt.parts {
			alone := mustSearch(t, ix, part, 1)
			if r := a.Results[i]; r.Part != i || r.ID != alone.Results[0].ID {
				t.Errorf("Search(%q): result %d is %s (part %d), want %s, the answer to %q", tt.q, i, r.ID, r.Part, alone.Results[0].ID, part)
			}
		}
	}
}

// TestShapedInMemoryMatchesBleve answers shaped questions from the in-memory
// postings and from bleve: the answers must be the same.
func TestShapedInMemoryMatchesBleve(t *testing.T) {
	mem := mustOpenDocs(t, shapeDocs...)
	viaBleve := mustOpenDocs(t, shapeDocs...)
	if mem.mem == nil {
		t.Fatal("five documents should be small enough for in-memory postings")
	}
	viaBleve.mem = nil
	for _, q := range []string{
		"list all recent developments", "all semiconductor developments", "what happened in 2023",
		"summarise delimitation", "3 points on technology transfer", "compare joint R&D and technology transfer",
		"all developments on the repo rate", "when was NTCA set up and who chairs the MPC?",
	} {
		a, b := mustSearch(t, mem, q, 3), mustSearch(t, viaBleve, q, 3)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Search(%q) differs:\nin memory: %+v\nbleve:     %+v", q, a, b)
		}
	}
}

// TestListCap lists the developments of 60 generated documents, searched
// through bleve: at most maxList, the rest counted; filtered lists are found
// through bleve too.
func TestListCap(t *testing.T) {
	_, c, ix := bleveSearchedIndex(t)
	all := passagesWhere(c, "", func(p corpus.Passage) bool { return p.Kind == corpus.KindDevelopment })
	a := mustSearch(t, ix, "list all recent developments", 3)
	if a.Shape != corpus.ShapeList || len(a.Results) != maxList || a.More != len(all)-maxList {
		t.Errorf("list all recent developments = %s with %d results and %d more; want %d and %d more", a.Shape, len(a.Results), a.More, maxList, len(all)-maxList)
	}
	// A word of one development's text filters the list to the developments
	// that have it, or whose document's title has it, found through bleve as
	// a scan would.
	p, _ := c.Passage(all[len(all)/2])
	var word string
	for _, w := range strings.Fields(strings.ToLower(p.Text)) {
		if len(w) > 8 && strings.Trim(w, ".,;:()'") == w {
			word = w
			break
		}
	}
	if word == "" {
		t.Fatalf("no long word in %q", p.Text)
	}
	want := passagesWhere(c, "", func(q corpus.Passage) bool {
		return q.Kind == corpus.KindDevelopment && strings.Contains(strings.ToLower(q.Text+" "+q.Doc), word)
	})
	a = mustSearch(t, ix, "all "+word+" developments", 3)
	got := resultIDs(a.Results)
	slices.Sort(got)
	slices.Sort(want)
	if len(want) > 1 && (a.Shape != corpus.ShapeList || !slices.Equal(got, want)) {
		t.Errorf("all %s developments = %s %q, want %q", word, a.Shape, got, want)
	}
}

// TestTopicSummary: a summary of a topic that is not a document is its best
// passages, each cut to its first sentence.
func TestTopicSummary(t *testing.T) {
	ix := mustOpenSeed(t)
	a := mustSearch(t, ix, "short notes on technology transfer", 3)
	if a.Shape != corpus.ShapeSummary || !a.Answered || len(a.Results) == 0 || len(a.Results) > maxTopicSummary {
		t.Fatalf("short notes on technology transfer = %s answered %v %q", a.Shape, a.Answered, resultIDs(a.Results))
	}
	for _, r := range a.Results {
		p, _ := ix.Corpus().Passage(r.ID)
		if r.Text != firstSentence(p.Text) || !strings.Contains(strings.ToLower(p.Text+p.Question), "transfer") {
			t.Errorf("%s: %q is not the first sentence of a passage on technology transfer", r.ID, r.Text)
		}
	}
}

// TestTimeline: "X timeline" lists a document's Timeline section; in notes
// without one, the passages that write a year, in the order of the years,
// without FAQs or tips. A year that names a document's title ("1935 act")
// is no filter.
func TestTimeline(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Government of India Act, 1935\n\nThe last constitution of British India.\n\n## Timeline\n- 1927: Simon Commission appointed.\n- 1930: First Round Table Conference.\n- 1935: The Act passed.\n",
		"# AFSPA\n\nA law of 1958 for disturbed areas.\n\n## Background\nThe ordinance of 1942 came first.\n\n## Recent Developments\n- In 2023, it was lifted from parts of Assam.\n- In 2015, Tripura withdrew it.\n\n"+
			"## Frequently Asked Questions\n### Was it upheld in 1997?\nYes, by the Supreme Court.\n\n## Key Points\n- Soldiers may search without a warrant.\n",
	)
	for q, want := range map[string][]string{
		"1935 act timeline": {"government-of-india-act-1935/timeline/1", "government-of-india-act-1935/timeline/2", "government-of-india-act-1935/timeline/3"},
		"afspa timeline":    {"afspa/background", "afspa/definition", "afspa/recent-developments/2", "afspa/recent-developments/1"},
		"afspa imp dates":   {"afspa/background", "afspa/definition", "afspa/recent-developments/2", "afspa/recent-developments/1"},
	} {
		a := mustSearch(t, ix, q, 3)
		if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %s %q,\nwant list %q", q, a.Shape, got, want)
		}
	}
}

// TestListOfTheTitledNotes: "list the recent devts on question hour" lists
// the developments of the notes titled "Question Hour and Zero Hour",
// though "Question Hour" heads a section of them too and other notes'
// news mention it.
func TestListOfTheTitledNotes(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Question Hour and Zero Hour\n\nTwo devices of accountability.\n\n## Question Hour\n\n- The first hour of a sitting.\n- Starred questions get oral answers.\n\n"+
			"## Recent devts\n\n- **Feb 2014** – Rajya Sabha moves its Question Hour to noon.\n- **Sep 2020** – No Question Hour in the Monsoon Session.\n",
		"# Motions\n\nA motion is a formal proposal.\n\n## In news\n\n- Jul 2023: a no-confidence motion; Question Hour lost to protests.\n- Aug 2025: a removal motion admitted.\n",
	)
	a := mustSearch(t, ix, "list the recent devts on question hour", 10)
	want := []string{"question-hour-and-zero-hour/recent-devts/1", "question-hour-and-zero-hour/recent-devts/2"}
	if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, want) {
		t.Errorf("list the recent devts on question hour = %s %q, want list %q", a.Shape, got, want)
	}
}

// TestListOfASubsection: "list the four markets under the market control
// section" lists "Market Control › The four markets" first: "under" links
// the words, none a passage must have.
func TestListOfASubsection(t *testing.T) {
	ix := mustDocsIndex(t, "# Alauddin Khalji\n\nThe sultan who fixed prices in Delhi.\n\n## Market Control\n\n### The four markets\n\n"+
		"- Mandi (grain market): wheat, barley and rice at fixed rates.\n- Sarai-i-Adl: cloth, sugar and dry fruits.\n"+
		"- Horses, slaves and cattle: prices fixed by grade.\n- General goods: caps, shoes and sweets.\n\n"+
		"### Assessment\n\n- Prices held while he lived, enforced by spies.\n- The system ended soon after his death in 1316.\n")
	a := mustSearch(t, ix, "list the four markets under the market control section", 10)
	if a.Shape != corpus.ShapeList || len(a.Results) < 4 {
		t.Fatalf("%s %q, want the four markets listed", a.Shape, resultIDs(a.Results))
	}
	for i, r := range a.Results[:4] {
		if want := "alauddin-khalji/market-control/the-four-markets/" + strconv.Itoa(i+1); r.ID != want {
			t.Errorf("result %d is %s, want %s", i+1, r.ID, want)
		}
	}
}
