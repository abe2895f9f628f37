package index

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// sailNotes is a small concept document for the feature tests: each
// feature is checked on passages chosen to have it or not.
const sailNotes = `# Solar Sails
Category: Science

A solar sail is a spacecraft pushed by the pressure of sunlight on a large, thin mirror.

## Historical Background
In 1610 Johannes Kepler saw that comet tails point away from the Sun, and in a letter to Galileo he imagined ships and sails adapted to the heavenly breeze.

## Key Points
1. Photons carry momentum: reflecting them pushes the sail a little, all the time.
2. IKAROS, launched by JAXA in 2010, was the first solar sail to fly between the planets.
3. A sail needs no fuel, so a mission can last for years, but the push is weak and it cannot be switched off.
4. Sails are made of aluminised polyimide film a few micrometres thick, folded tightly for launch.

## Recent Developments
- In 2024, NASA unfurled the ACS3 sail in low Earth orbit to test composite booms.
- In 2019, LightSail 2 raised its orbit using sunlight alone.

## Frequently Asked Questions
### Why are sails so thin?
The push of sunlight is tiny, so every gram of sail slows the craft: sunlight moves a thin film, and the film is thinner than a hair.

**Exam Tip:** Remember IKAROS (JAXA, 2010) and LightSail 2 (2019).

## UPSC Relevance
GS III: space technology (ISRO, NASA), and how solar sails and photons relate to propulsion.
`

// mustSailIndex indexes sailNotes alone.
func mustSailIndex(tb testing.TB) *Index {
	tb.Helper()
	return mustNotesIndex(tb, sailNotes)
}

// mustNotesIndex indexes one Markdown document.
func mustNotesIndex(tb testing.TB, notes string) *Index {
	tb.Helper()
	return mustFileIndex(tb, "sails.md", notes)
}

// mustFileIndex indexes one document read from a file of that name.
func mustFileIndex(tb testing.TB, file, notes string) *Index {
	tb.Helper()
	d, err := corpus.Parse(file, []byte(notes))
	if err != nil {
		tb.Fatal(err)
	}
	c, err := corpus.New(d)
	if err != nil {
		tb.Fatal(err)
	}
	return mustBuild(tb, c)
}

// mustBuild indexes c in memory, closed when the test ends.
func mustBuild(tb testing.TB, c *corpus.Corpus) *Index {
	tb.Helper()
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

// topID asks question and returns the ID of the first result, or
// "nothing".
func topID(tb testing.TB, ix *Index, question string) (string, corpus.Answer) {
	tb.Helper()
	ans, err := ix.Search(context.Background(), question, 3)
	if err != nil {
		tb.Fatal(err)
	}
	if len(ans.Results) == 0 {
		return "nothing", ans
	}
	return ans.Results[0].ID, ans
}

// checkTopIDs fails t for each question of want whose first result is not
// the passage given.
func checkTopIDs(t *testing.T, ix *Index, want map[string]string) {
	t.Helper()
	for q, id := range want {
		if got, _ := topID(t, ix, q); got != id {
			t.Errorf("%q: got %s, want %s", q, got, id)
		}
	}
}

// features returns the ranking features of every candidate of question,
// by passage ID, and the plan.
func features(tb testing.TB, ix *Index, question string) (plan, map[string]rankVector) {
	tb.Helper()
	p, scored, err := ix.ranked(context.Background(), question)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]rankVector{}
	for _, s := range scored {
		out[s.passage.ID] = s.f
	}
	return p, out
}

const (
	sailDef       = "solar-sails/definition"
	sailHistory   = "solar-sails/historical-background"
	sailKP1       = "solar-sails/key-points/1"
	sailKP2       = "solar-sails/key-points/2"
	sailKP3       = "solar-sails/key-points/3"
	sailKP4       = "solar-sails/key-points/4"
	sailDev1      = "solar-sails/recent-developments/1"
	sailDev2      = "solar-sails/recent-developments/2"
	sailFAQ       = "solar-sails/frequently-asked-questions/1"
	sailTip       = "solar-sails/frequently-asked-questions/1/exam-tip"
	sailRelevance = "solar-sails/upsc-relevance"
)

// featureCase says that, for a question, a feature of a passage has a
// value (within 0.005), or, with above, that it is larger than the same
// feature of another passage.
type featureCase struct {
	name     string
	question string
	passage  string
	want     float64
	above    string // compare with this passage instead of want
}

// checkFeature checks feature f of each case's passage, asked of the
// solar sail notes; a passage that is no candidate has every feature 0.
func checkFeature(t *testing.T, f rankFeature, cases []featureCase) {
	t.Helper()
	checkFeatures(t, mustSailIndex(t), f, cases, false)
}

// checkFeatureOf checks feature f of each case's passage, asked of ix,
// every one of which must be a candidate.
func checkFeatureOf(t *testing.T, ix *Index, f rankFeature, cases []featureCase) {
	t.Helper()
	checkFeatures(t, ix, f, cases, true)
}

func checkFeatures(t *testing.T, ix *Index, f rankFeature, cases []featureCase, candidates bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, fs := features(t, ix, tc.question)
			got, ok := fs[tc.passage]
			if !ok && (candidates || tc.want != 0) {
				t.Fatalf("%q: %s is not a candidate (plan %s)", tc.question, tc.passage, p)
			}
			if tc.above != "" {
				other := fs[tc.above]
				if !(got[f] > other[f]) {
					t.Errorf("%q: %s of %s = %.3f, want more than %.3f (%s)", tc.question, f, tc.passage, got[f], other[f], tc.above)
				}
				return
			}
			if math.Abs(got[f]-tc.want) > 0.005 {
				t.Errorf("%q: %s of %s = %.3f, want %.3f (plan %s)", tc.question, f, tc.passage, got[f], tc.want, p)
			}
		})
	}
}

func TestFeatureMatch(t *testing.T) {
	checkFeature(t, rMatch, []featureCase{
		{name: "every word", question: "photons momentum", passage: sailKP1, want: 1},
		{name: "no word", question: "photons momentum", passage: sailKP2, want: 0},
		{name: "rare word counts more than a common one", question: "photons sail", passage: sailRelevance, above: sailKP3},
	})
}

func TestFeatureRepeat(t *testing.T) {
	checkFeature(t, rRepeat, []featureCase{
		{name: "twice beats once", question: "sunlight", passage: sailFAQ, above: sailDef},
		{name: "none", question: "sunlight", passage: sailKP2, want: 0},
	})
}

func TestFeatureHeading(t *testing.T) {
	checkFeature(t, rHeading, []featureCase{
		{name: "in the heading", question: "kepler history", passage: sailHistory, above: sailKP1},
		{name: "only in the text", question: "kepler", passage: sailHistory, want: 0},
	})
}

func TestFeatureFAQQuestion(t *testing.T) {
	checkFeature(t, rQuestion, []featureCase{
		{name: "in the question", question: "why so thin", passage: sailFAQ, want: 1},
		{name: "elsewhere", question: "thin", passage: sailDef, want: 0},
	})
}

func TestFeatureEarly(t *testing.T) {
	checkFeature(t, rEarly, []featureCase{
		{name: "first word", question: "ikaros", passage: sailKP2, want: 1},
		{name: "later counts less", question: "ikaros", passage: sailKP2, above: sailTip},
		{name: "past the first 20 words", question: "breeze", passage: sailHistory, want: 0},
	})
}

func TestFeatureTogether(t *testing.T) {
	checkFeature(t, rTogether, []featureCase{
		{name: "side by side", question: "composite booms", passage: sailDev1, above: sailKP4},
		{name: "apart", question: "comet breeze", passage: sailHistory, want: 0},
	})
}

func TestFeatureComplete(t *testing.T) {
	checkFeature(t, rComplete, []featureCase{
		{name: "all", question: "comet tails", passage: sailHistory, want: 1},
		{name: "some", question: "comet tails fuel", passage: sailHistory, want: 0},
	})
}

func TestFeatureNameMissed(t *testing.T) {
	checkFeature(t, rNameMissed, []featureCase{
		{name: "missed", question: "jaxa sail", passage: sailDef, want: 1},
		{name: "found", question: "jaxa sail", passage: sailKP2, want: 0},
	})
}

func TestFeatureNumberMissed(t *testing.T) {
	checkFeature(t, rNumberMissed, []featureCase{
		{name: "another year", question: "what did nasa do in 2019", passage: sailDev1, want: 1},
		{name: "that year", question: "what did nasa do in 2019", passage: sailDev2, want: 0},
		{name: "no number at all", question: "sail launched in 2019", passage: sailKP3, want: 0},
		{name: "no number asked", question: "what did nasa do", passage: sailDev1, want: 0},
	})
}

// TestFeatureDated: a "when" question prefers a passage with a day's date
// to one with a year or a month alone; a question asking under what
// conditions does not.
func TestFeatureDated(t *testing.T) {
	ix := mustNotesIndex(t, "# Goods Tax\n\nA tax on goods.\n\n## Key Points\n"+
		"1. The goods tax came into force on 1 July 2017 after a midnight session.\n"+
		"2. The goods tax replaced many taxes in 2017.\n"+
		"3. The goods tax council met on 22 Dec and cut rates; again in Jan 2024.\n"+
		"4. The goods tax can be raised only by the council.\n")
	checkFeatureOf(t, ix, rDated, []featureCase{
		{name: "a day's date", question: "when did the goods tax come into force", passage: "goods-tax/key-points/1", want: 1},
		{name: "a year alone", question: "when did the goods tax come into force", passage: "goods-tax/key-points/2", want: 0},
		{name: "a day and a month", question: "goods tax council kab mili", passage: "goods-tax/key-points/3", want: 1},
		{name: "not asked when", question: "goods tax council", passage: "goods-tax/key-points/3", want: 0},
		{name: "asked under what conditions", question: "when can the goods tax be raised", passage: "goods-tax/key-points/1", want: 0},
	})
}

func TestFeatureHeadMissed(t *testing.T) {
	checkFeature(t, rHeadMissed, []featureCase{
		{name: "missed", question: "what is the thickness of the sail film", passage: sailKP4, want: 0},
		{name: "the X of Y missing X", question: "what is the weakness of the sail", passage: sailKP4, want: 1},
		{name: "everyday head", question: "what is the role of the sail", passage: sailKP4, want: 0},
	})
}

func TestFeatureSection(t *testing.T) {
	checkFeature(t, rSection, []featureCase{
		{name: "key point 3", question: "key point 3", passage: sailKP3, want: 1},
		{name: "another point", question: "key point 3", passage: sailKP2, want: 0},
		{name: "developments in a year", question: "developments in 2019", passage: sailDev2, want: 1},
		{name: "not that year", question: "developments in 2019", passage: sailDev1, want: 0},
		{name: "exam tip", question: "exam tip", passage: sailTip, want: 1},
	})
}

// TestSectionLookUps: the ways students number a part of the notes are
// look-ups, answered with that part.
func TestSectionLookUps(t *testing.T) {
	ix := mustSailIndex(t)
	for q, want := range map[string]string{
		"key point #3":       sailKP3,
		"key point no. 3":    sailKP3,
		"key point number 3": sailKP3,
		"3rd key point":      sailKP3,
		"faq #1":             sailFAQ,
		"1st faq":            sailFAQ,
		"2nd development":    sailDev2,
		"faq no 1":           sailFAQ,
		"key pt 3":           sailKP3,
		"pt no 3":            sailKP3,
		"key point three":    sailKP3,
		"faq one":            sailFAQ,
		"dev 2":              sailDev2,
		"devt #2":            sailDev2,
		"third key point":    sailKP3,
		"second development under recent developments": sailDev2,
		"what is the 3rd point under key points?":      sailKP3,
	} {
		a := mustSearch(t, ix, q, 1)
		if !a.Answered || len(a.Results) == 0 || a.Results[0].ID != want {
			t.Errorf("%q: answered %v with %v, want %s", q, a.Answered, a.Results, want)
		}
	}
}

// TestOrdinalNames: "73rd amendment" names an amendment, not the 73rd
// passage of a section headed "Amendments" that has fewer; "2nd amendment"
// in range is that passage.
func TestOrdinalNames(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Anti-Defection Law\n\nThe Tenth Schedule.\n\n## Amendments\n1. The 52nd Amendment (1985) added the Schedule.\n2. The 91st Amendment (2003) removed the split exception.\n\n## Key Points\n1. The Speaker decides.\n2. Merger needs two-thirds.\n",
		"# Panchayati Raj and the 73rd Amendment\n\nRural local self-government.\n\n## Features\n- Three tiers of panchayats.\n- A third of seats reserved for women.\n\n## Background\nThe Balwant Rai Mehta Committee (1957) proposed three tiers.\n",
	)
	for q, want := range map[string]int{"73rd amendment key features": 0, "2nd amendment": 2} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.section; want == 0 && got != nil && got.ordinal != 0 || want > 0 && (got == nil || got.heading != "Amendments" || got.ordinal != want) {
			t.Errorf("%q looks up %+v, want amendment %d", q, got, want)
		}
	}
	if a := mustSearch(t, ix, "73rd amendment key features", 3); !a.Answered || len(a.Results) == 0 || a.Results[0].ID != "panchayati-raj-and-the-73rd-amendment/features/1" {
		t.Errorf("73rd amendment key features = %s %q, want the Panchayati Raj notes' features", a.Shape, resultIDs(a.Results))
	}
}

// TestVersionNoOrdinal: "GST 2.0" and "Industry 4.0" name versions, not
// the second or fourth passage of a section whose heading ends in "GST" or
// "industry"; "gst 2" is that passage.
func TestVersionNoOrdinal(t *testing.T) {
	ix := mustDocsIndex(t,
		"# GST Council\n\nA constitutional body under Article 279A.\n\n## Institutions around GST\n1. The GST Network runs the IT platform.\n2. The GST Appellate Tribunal hears appeals.\n\n## Rate structure\n1. GST 2.0 cut most slabs to 5% and 18%.\n\n"+
			"## Relief to industry\n1. Inverted duties refunded.\n2. Faster refunds.\n3. Lower rates on inputs.\n4. Cement taxed at 18%.\n",
	)
	for q, want := range map[string]int{"what is the gst rate after gst 2.0": 0, "industry 4.0 and gst": 0, "gst 2": 2} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.section; want == 0 && got != nil && got.ordinal != 0 || want > 0 && (got == nil || got.ordinal != want) {
			t.Errorf("%q looks up %+v, want passage %d", q, got, want)
		}
	}
}

// TestSectionNamedByItsKind: a section is looked up by any name of its
// kind, from its start: "mind map" is the seed's Visual Insights.
func TestSectionNamedByItsKind(t *testing.T) {
	ix := mustOpenSeed(t)
	for _, q := range []string{"mind map", "visual insights"} {
		a := mustSearch(t, ix, q, 2)
		if !a.Answered || len(a.Results) < 2 || a.Results[0].ID != "critical-and-emerging-technologies-partnership/visual-insights/1" {
			t.Errorf("%q: answered %v with %q, want Visual Insights from its first passage", q, a.Answered, resultIDs(a.Results))
		}
	}
}

func TestFeatureDefinition(t *testing.T) {
	checkFeature(t, rDefinition, []featureCase{
		{name: "the title", question: "what is a solar sail", passage: sailDef, want: 1},
		{name: "not the title", question: "what is IKAROS", passage: sailDef, want: 0},
	})
}

// TestFeatureDefinitionOfAFAQ: a FAQ that asks just what the question does
// defines it ("What is a coronal mass ejection?" for "what is a CME"); one
// asking more ("the significance of") does not.
func TestFeatureDefinitionOfAFAQ(t *testing.T) {
	ix := mustNotesIndex(t, `# Aditya-L1

India's first solar mission.

## Objectives
- Study how coronal mass ejections (CMEs) and solar flares begin.

## FAQs
### What is a coronal mass ejection?
A huge burst of plasma and magnetic field from the Sun's corona.

### What is the significance of a CME for satellites?
It can damage satellites and power grids.
`)
	for q, want := range map[string]map[string]float64{
		"what is a CME":                   {"aditya-l1/faqs/1": 1, "aditya-l1/faqs/2": 0, "aditya-l1/objectives/1": 0},
		"what is a coronal mass ejection": {"aditya-l1/faqs/1": 1},
		"why do CMEs happen":              {"aditya-l1/faqs/1": 0},
	} {
		p, fs := features(t, ix, q)
		for id, w := range want {
			if got := fs[id][rDefinition]; got != w {
				t.Errorf("%q: definition-asked of %s = %v, want %v (plan %s)", q, id, got, w, p)
			}
		}
	}
	ix = mustNotesIndex(t, "# Aditya-L1\n\nIndia's first solar mission.\n\n## Objectives\n- Study how coronal mass ejections (CMEs) and solar flares begin.\n\n"+
		"## FAQs\n### What is a coronal mass ejection?\nA huge burst of plasma and magnetic field from the Sun's corona.\n")
	if got, _ := topID(t, ix, "what is a CME"); got != "aditya-l1/faqs/1" {
		t.Errorf("what is a CME: answered with %s, want the FAQ that asks it", got)
	}
}

func TestFeatureNamedDocument(t *testing.T) {
	checkFeature(t, rNamedDoc, []featureCase{
		{name: "named", question: "solar sails fuel", passage: sailKP3, want: 1},
		{name: "half a title is not a name", question: "solar fuel", passage: sailKP3, want: 0},
	})
}

// TestFeatureNamedDocumentHead: naming a title's name before its subtitle
// names the document.
func TestFeatureNamedDocumentHead(t *testing.T) {
	ix := mustNotesIndex(t, strings.Replace(sailNotes, "# Solar Sails\n", "# Solar Sails - Riding the Light of Distant Stars\n", 1))
	kp3 := strings.Replace(sailKP3, "solar-sails/", "solar-sails-riding-the-light-of-distant-stars/", 1)
	for q, want := range map[string]float64{"solar sails fuel": 1, "distant stars fuel": 0} {
		_, fs := features(t, ix, q)
		f, ok := fs[kp3]
		if !ok {
			t.Fatalf("%q: %s is not a candidate", q, kp3)
		}
		if math.Abs(f[rNamedDoc]-want) > 0.005 {
			t.Errorf("%q: %s = %.3f, want %v", q, rNamedDoc, f[rNamedDoc], want)
		}
	}
}

func TestTitleHead(t *testing.T) {
	for title, want := range map[string]string{
		"ADITYA-L1 - INDIA'S FIRST SOLAR MISSION":        "ADITYA-L1",
		"El Niño and La Niña (ENSO): Meaning and Impact": "El Niño and La Niña (ENSO)",
		"Project Tiger | Notes":                          "Project Tiger",
		"Government of India Act, 1935":                  "",
		"Critical and Emerging Technologies Partnership": "",
		"Ratio 3:2 explained":                            "",
	} {
		if got := titleHead(title); got != want {
			t.Errorf("titleHead(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestFeatureSubjectMissed: a question naming what one document is about
// (a word many of its passages have) marks the passages of notes that
// never mention it.
func TestFeatureSubjectMissed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Ozone Layer\n\nThe ozone layer shields the earth.\n\n## Key Points\n1. CFCs thin the ozone layer.\n2. The ozone hole opens each spring.\n"+
			"3. Ozone Day falls on 16 September.\n4. The Montreal Protocol phases out CFCs.\n",
		"# Village Councils\n\nPanchayats govern villages.\n\n## Key Points\n1. Panchayati Raj Day is celebrated on 24 April.\n2. Gram sabhas meet twice a year.\n",
	)
	_, fs := features(t, ix, "ozone day kab celebrate karte hai")
	for id, want := range map[string]float64{"village-councils/key-points/1": 1, "ozone-layer/key-points/3": 0} {
		if got := fs[id][rSubjectMissed]; got != want {
			t.Errorf("%s: subject-missed = %v, want %v", id, got, want)
		}
	}
	// "CFCs" is in two passages of its notes: not what they are about.
	_, fs = features(t, ix, "cfcs and gram sabhas")
	if got := fs["village-councils/key-points/2"][rSubjectMissed]; got != 0 {
		t.Errorf("a word two passages have is a subject: subject-missed = %v", got)
	}
}

func TestFeatureTypeMissed(t *testing.T) {
	checkFeature(t, rTypeMissed, []featureCase{
		{name: "when, a year", question: "when was ikaros launched", passage: sailKP2, want: 0},
		{name: "when, no date", question: "when was ikaros launched", passage: sailKP4, want: 1},
		{name: "kab, a year", question: "ikaros kab bheja gaya", passage: sailKP2, want: 0},
		{name: "kab, no date", question: "sails kab bheje gaye", passage: sailKP4, want: 1},
		{name: "how many, a number", question: "how many sails has nasa unfurled", passage: sailDev1, want: 0},
		{name: "how many, no number", question: "how many sails has nasa unfurled", passage: sailKP4, want: 1},
		{name: "who, a name", question: "who imagined sails", passage: sailHistory, want: 0},
		{name: "not asked", question: "ikaros launch", passage: sailKP4, want: 0},
	})
}

func TestFeatureCountMissed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Tigers\n\nIndia counted 3,682 tigers in 2022.\n\n## Key Points\n"+
			"1. Tigers need large forests and much prey, and a census of them is held every four years.\n"+
			"2. India has fifty-three tiger reserves.\n\n## Tiger Census 2022\n\nThe count rose to 3,682 from 2,967.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	for _, tc := range []struct {
		question, passage string
		want              float64
	}{
		{"how many tigers does india have", "tigers/definition", 0},
		{"how many tigers does india have", "tigers/key-points/1", 1},
		{"how many tiger reserves are there", "tigers/key-points/2", 0},
		{"india me kitne tiger hai", "tigers/definition", 0},
		{"how many tigers were there in 2022", "tigers/tiger-census-2022", 0},
		{"how much do tigers eat", "tigers/key-points/1", 0},
	} {
		p, fs := features(t, ix, tc.question)
		f, ok := fs[tc.passage]
		if !ok {
			t.Errorf("%q: %s is not a candidate (plan %s)", tc.question, tc.passage, p)
			continue
		}
		if got := f[rCountMissed]; got != tc.want {
			t.Errorf("%q: count-missed of %s = %v, want %v (plan %s)", tc.question, tc.passage, got, tc.want, p)
		}
	}
}

func TestFeatureEvent(t *testing.T) {
	checkFeature(t, rEvent, []featureCase{
		{name: "what happened", question: "what did nasa do recently", passage: sailDev1, want: 1},
		{name: "not a development", question: "what did jaxa launch", passage: sailKP2, want: 0},
		{name: "not asked", question: "nasa sail", passage: sailDev1, want: 0},
	})
}

func TestFeatureKinds(t *testing.T) {
	ix := mustSailIndex(t)
	_, fs := features(t, ix, "sail sails sunlight ikaros nasa kepler thin film photons")
	for id, want := range map[string]rankFeature{
		sailDef: rDefinitionKind, sailHistory: rBackgroundKind, sailKP4: rKeyPointKind,
		sailDev1: rDevelopmentKind, sailFAQ: rFAQKind, sailTip: rExamTipKind, sailRelevance: rRelevanceKind,
	} {
		f, ok := fs[id]
		if !ok {
			t.Fatalf("%s is not a candidate", id)
		}
		for k := rDefinitionKind; k <= rListKind; k++ {
			if w := b2f(k == want); f[k] != w {
				t.Errorf("%s: %s = %v, want %v", id, k, f[k], w)
			}
		}
	}
}

func TestFeatureLength(t *testing.T) {
	checkFeature(t, rLength, []featureCase{
		{name: "longer is larger", question: "sail", passage: sailKP3, above: sailKP2},
	})
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// TestExplainsBeatsMentions: the passage that explains a thing is ranked
// above passages that only mention it (an exam tip, a list of topics).
func TestExplainsBeatsMentions(t *testing.T) {
	ix := mustSailIndex(t)
	checkTopIDs(t, ix, map[string]string{
		"what is IKAROS":            sailKP2,
		"wat is ikaros":             sailKP2,
		"what was LightSail 2":      sailDev2,
		"photons and solar sails":   sailKP1,
		"why is the sail film thin": sailFAQ,
	})
}

// TestPracticeQuestionsMention: a question set for practice (a quiz, a
// poll, the notes' practice questions) names what it asks without
// explaining it, as an exam tip does: it does not beat the passage that
// explains, unless the question asks for it.
func TestPracticeQuestionsMention(t *testing.T) {
	notes := `# Solar Sails

A solar sail is a spacecraft pushed by the pressure of sunlight on a large, thin mirror.

## Key Points
- Sails are made of aluminised polyimide film a few micrometres thick, folded tightly for launch.
- IKAROS, launched by JAXA in 2010, was the first sail between the planets.

## Practice questions
1. What are solar sails made of, and why is the film folded for launch?
2. Which agency launched IKAROS?
`
	ix := mustNotesIndex(t, notes)
	checkTopIDs(t, ix, map[string]string{
		"what are solar sails made of":           "solar-sails/key-points/1",
		"why is the sail film folded for launch": "solar-sails/key-points/1",
		"first practice question":                "solar-sails/practice-questions/1",
		"practice question on ikaros":            "solar-sails/practice-questions/2",
	})
	checkFeatureOf(t, ix, rExamTipKind, []featureCase{
		{name: "a practice question, unasked", question: "what are sails made of", passage: "solar-sails/practice-questions/1", want: 1},
		{name: "asked for", question: "mcq on what sails are made of", passage: "solar-sails/practice-questions/1", want: 0},
		{name: "no practice", question: "what are sails made of", passage: "solar-sails/key-points/1", want: 0},
	})
}

// TestQuestionAbbreviated: "Q" in a heading is a question ("Mains Q of
// the day"), as the notes abbreviate it.
func TestQuestionAbbreviated(t *testing.T) {
	ix := mustNotesIndex(t, `# e-NAM

The National Agriculture Market is an online platform that links the mandis of the states.

## Mains Q of the day
Critically evaluate e-NAM as a reform of agricultural marketing. (10 marks)

## A day in a mandi
For mains: farmers bring their lots in the morning of the day; traders bid online through the day, and the best bid of the day wins.
`)
	checkTopIDs(t, ix, map[string]string{"what is the mains question of the day": "e-nam/mains-q-of-the-day"})
}

// TestListEntriesInOrder: a question naming a list's section, whose
// entries all match it alike, gets the list's first entry first, not the
// one whose length or first words happen to score best.
func TestListEntriesInOrder(t *testing.T) {
	ix := mustNotesIndex(t, `# Project Snow Leopard

The snow leopard is a big cat of the high mountains of Asia.

## Threats
- poaching for pelts and bones, for illegal trade
- loss of prey to livestock grazing on the high pastures
- conflict with herders, whose animals snow leopards kill, which leads to retaliatory killing of snow leopards
- snow leopards outside protected areas: perhaps half of all snow leopards range outside reserves, with no protection

## Conservation
- the Global Snow Leopard and Ecosystem Protection Program brings the twelve range countries together
`)
	id, _ := topID(t, ix, "What are the main threats to snow leopards in India?")
	if want := "project-snow-leopard/threats/1"; id != want {
		t.Errorf("top = %s, want %s", id, want)
	}
}

// TestNamedSectionOfOtherWords: "crowding out meaning" names a kind of
// section (definitions, and the "Meaning" of other notes), but asks about
// crowding out: a definition that says nothing of it is not the part named.
func TestNamedSectionOfOtherWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Nuclear Doctrine\n\n## Meaning\nA nuclear doctrine is the policy a state states on when it would use nuclear weapons.\n\n## Key Tenets\n- No first use.\n- Massive retaliation.\n",
		"# Fiscal Deficit\n\nFiscal deficit is total expenditure minus receipts other than borrowing.\n\n## Mains\n\n### Crowding out\nHeavy government borrowing pushes up interest rates and leaves less savings for private investment.\n\n### Debt\nDebt piles up when deficits run for years.\n",
	)
	_, scored, err := ix.ranked(context.Background(), "crowding out meaning")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := scored[0].passage.ID, "fiscal-deficit/mains/crowding-out"; got != want {
		t.Errorf("best = %s, want %s", got, want)
	}
	_, scored, err = ix.ranked(context.Background(), "nuclear doctrine meaning")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := scored[0].passage.ID, "nuclear-doctrine/meaning"; got != want {
		t.Errorf("best = %s, want %s", got, want)
	}
}

// TestListEntriesInOrderUnnamed: a question that names no part of the
// notes but asks what a list under a question-like heading lists gets the
// list's first entry first when its entries score alike, but not an entry
// that the question's words favour clearly.
func TestListEntriesInOrderUnnamed(t *testing.T) {
	ix := mustNotesIndex(t, `# Regional Councils

Regional councils are advisory bodies that bring neighbouring provinces together.

## Functions

### Q5. What are the main objectives?
- Emotional integration of the provinces after reorganisation.
- Arresting the growth of regionalism.
- Helping the centre and the provinces cooperate in councils and exchange ideas and experiences on roads, rivers and trade.

## Meetings
- The home minister chairs each council.
`)
	checkTopIDs(t, ix, map[string]string{
		"regional council ka objective kya hai":               "regional-councils/functions/q5-what-are-the-main-objectives/1",
		"objectives of regional councils":                     "regional-councils/functions/q5-what-are-the-main-objectives/1",
		"which objective is about exchanging ideas on rivers": "regional-councils/functions/q5-what-are-the-main-objectives/3",
	})
}

// TestFeatureGlossed: "what is GLOF" prefers the passage that glosses the
// word where it writes it ("GLOF = …", "… flood (GLOF)", "GLOF is …") to
// one that only names it.
func TestFeatureGlossed(t *testing.T) {
	ix := mustNotesIndex(t, "# Floods\n\nFloods are the commonest disaster.\n\n## Types\n"+
		"1. Cloudbursts and GLOFs in the Himalaya.\n"+
		"2. GLOF = glacial lake outburst flood, eg South Lhonak.\n"+
		"3. A glacial lake outburst flood (GLOF) follows a moraine's breach.\n"+
		"4. A GLOF is the sudden release of a glacial lake.\n")
	checkFeatureOf(t, ix, rGlossed, []featureCase{
		{name: "named, not glossed", question: "what is GLOF", passage: "floods/types/1", want: 0},
		{name: "=", question: "what is GLOF", passage: "floods/types/2", want: 1},
		{name: "in brackets", question: "what is GLOF", passage: "floods/types/3", want: 1},
		{name: "is", question: "what is GLOF", passage: "floods/types/4", want: 1},
		{name: "not asked what it is", question: "GLOF in the himalaya", passage: "floods/types/2", want: 0},
	})
}

// TestFeatureBefore: an entry that goes on about the subject the entry
// before it names ("Fought at Karnal…" under "Founder: Saadat Khan…") has
// the name by that entry; an entry of another section, or one that names
// it itself, does not.
func TestFeatureBefore(t *testing.T) {
	ix := mustNotesIndex(t, "# Successor States\n\nRegional states of the 18th century.\n\n## Awadh\n"+
		"- Founder: Saadat Khan, a Shia from Nishapur, made governor in 1722.\n"+
		"- Fought at Karnal in 1739 and was captured; the story is that he later took poison.\n"+
		"- Safdar Jang took over and was made wazir.\n\n"+
		"## Bengal\n"+
		"- The story of Murshid Quli Khan begins in the Deccan, where he was diwan.\n")
	checkFeatureOf(t, ix, rBefore, []featureCase{
		{name: "named by the entry before", question: "how did saadat khan die according to the story", passage: "successor-states/awadh/2", above: "successor-states/bengal"},
		{name: "names it itself", question: "saadat khan governor", passage: "successor-states/awadh/1", want: 0},
		{name: "first of its section", question: "saadat khan story", passage: "successor-states/bengal", want: 0},
	})
	if _, fs := features(t, ix, "how did saadat khan die according to the story"); fs["successor-states/awadh/2"][rBefore] <= 0 {
		t.Errorf("entry-before of successor-states/awadh/2 = %.3f, want more than 0", fs["successor-states/awadh/2"][rBefore])
	}
}
