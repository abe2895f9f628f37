package index

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/testpdf"
)

// placeNotes name India often, and Europe once beside two of its countries.
const placeNotes = `# Joint Research

India and Israel agreed to fund joint research in 2023.

## Key Points
1. India will host the first joint centre.
2. India and Israel share the cost equally across 22 labs.
3. Germany and France run a similar programme on quantum computing in Europe.
4. India plans a second centre in Punjab by 2027.
5. The US uses UV lasers in its labs.
`

// alternatives returns the terms each concept of question may match, by
// the concept's word.
func alternatives(tb testing.TB, ix *Index, question string) map[string][]string {
	tb.Helper()
	out := map[string][]string{}
	for _, c := range ix.plan(question).concepts {
		for _, a := range c.alts {
			out[c.word] = append(out[c.word], strings.Join(a.terms, " "))
		}
	}
	return out
}

// conceptOf returns the concept of question for word, failing the test
// when its plan has none.
func conceptOf(tb testing.TB, ix *Index, question, word string) concept {
	tb.Helper()
	for _, c := range ix.plan(question).concepts {
		if c.word == word {
			return c
		}
	}
	tb.Fatalf("%q has no concept %q", question, word)
	return concept{}
}

func TestRelatedWords(t *testing.T) {
	ix := mustNotesIndex(t, placeNotes)
	for _, tc := range []struct {
		name, question, word, term string
		want                       bool
	}{
		{"a plural demonym stands for its country", "what did the indians agree", "indians", ix.analyze("india")[0], true},
		{"a place the notes name once stands for its parts", "quantum research in europe", "europe", ix.analyze("germany")[0], true},
		{"an ordinal's figure stands for its word", "the 1st joint centre", "1st", ix.analyze("first")[0], true},
		{"a place the notes name often keeps its own sense", "research centres in india", "india", ix.analyze("punjab")[0], false},
		{"used is not the US", "how are the labs used", "used", "us", false},
		{"used is use", "how are the labs used", "used", "use", true},
		{"US is still the US", "labs in the us", "us", "us", true},
		{"us after tell is the pronoun", "what do the labs tell us", "us", "us", false},
		{"US after tell is still the US", "what do the labs tell US", "us", "us", true},
		{"a synonym of two letters", "ultraviolet lasers", "ultraviolet", "uv", true},
		{"a misspelt word is corrected", "joint reserch", "reserch", ix.analyze("research")[0], true},
		{"a year is meant as typed", "research in 2024", "2024", "2023", false},
		{"a number is meant as typed", "the 23 labs", "23", "22", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			alts := alternatives(t, ix, tc.question)
			if got := slices.Contains(alts[tc.word], tc.term); got != tc.want {
				t.Errorf("%q: %q may match %v; %q among them = %v, want %v", tc.question, tc.word, alts[tc.word], tc.term, got, tc.want)
			}
		})
	}
}

// TestWhichYearAsksWhen: "in which year" asks when; the year is not a
// word to look for ("50 yrs of PT" is no answer to when it was launched).
func TestWhichYearAsksWhen(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Project Tiger\n\nA scheme for tiger reserves, launched on 1 April 1973 with nine reserves.\n\n"+
			"## Recent devts\n\n- 2023: 50 yrs of PT; the PM launched the International Big Cat Alliance.\n- 2022: the tiger count rose to 3,682.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"project tiger launched in which year":      "project-tiger/definition",
		"In which year was Project Tiger launched?": "project-tiger/definition",
	})
	if alts := alternatives(t, ix, "in which year was project tiger launched"); alts["year"] != nil {
		t.Errorf("\"year\" of \"in which year\" is looked for: %v", alts["year"])
	}
}

// TestYearInTheTextBeforeTheHeadings: entries of a list go in the notes'
// order when they match a question alike, but a year the question asks is
// better in an entry's text ("… in 2024 was: …") than in the heading of the
// day the notes were posted ("27 Oct 2024"), which the 2023 theme's entry
// shares.
func TestYearInTheTextBeforeTheHeadings(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Vigilance\n\nNotes on the CVC.\n\n## 27 Oct 2024\n\n### Vigilance Awareness Week\n\n"+
			"- Observed in the week of Sardar Patel's birthday, 31 October.\n"+
			"- The theme chosen for the week in 2023 was: Say no to corruption; commit to the Nation.\n"+
			"- The theme chosen for the week in 2024 was: Culture of Integrity.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"vigilance awareness week theme 2024": "vigilance/27-oct-2024/vigilance-awareness-week/3",
		"vigilance awareness week theme":      "vigilance/27-oct-2024/vigilance-awareness-week/2",
	})
}

// TestLawNamedWithoutItsYear: a section headed by a law's full name is
// named without its year, "Act" or "Constitutional": "102nd amendment" is
// "The 102nd Constitutional Amendment Act, 2018", not the line of another
// section that mentions it first.
func TestLawNamedWithoutItsYear(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Backward Classes Commission\n\nA body for the backward classes.\n\n"+
			"## The 102nd Constitutional Amendment Act, 2018\n\n- It inserted Article 338B.\n- It gave the commission constitutional status.\n\n"+
			"## The 105th Constitutional Amendment Act, 2021\n\n- Remember: 102nd Amendment (2018) = constitutional status; 105th Amendment (2021) = state lists restored.\n- It amended Article 342A.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"102nd amendment": "backward-classes-commission/the-102nd-constitutional-amendment-act-2018/1",
	})
}

// TestNotesOfOneSubject: a question naming a subject that two documents'
// titles name alike names neither: "crz" is as much "Coastal Regulation
// Zone (CRZ)" as "CRZ – revision sheet", and the notes that have what it
// asks answer it.
func TestNotesOfOneSubject(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Coastal Regulation Zone (CRZ)\n\nThe strip along the coast where building is regulated.\n\n## History\n\n"+
			"- The first CRZ notification was issued in 1991 under the Environment (Protection) Act.\n- It was revised in 2011 and 2019.\n",
		"# CRZ – revision sheet\n\n## Basics\n\n- CRZ-I covers mangroves and coral reefs.\n- CRZ-III is rural land.\n- Revise the zones before the mock.\n",
	)
	p, _, err := ix.ranked(context.Background(), "crz notification kab aaya")
	if err != nil {
		t.Fatal(err)
	}
	if p.named != "" {
		t.Errorf("crz notification kab aaya names %q", p.named)
	}
	checkAnswers(t, ix, map[string]string{
		"crz notification kab aaya": "coastal-regulation-zone-crz/history/1",
	})
}

// TestTitleOfTwoNames: a title giving two names of its subject ("NavIC //
// IRNSS") is named by either, as a question asks "what is irnss" though
// other notes mention IRNSS as often.
func TestTitleOfTwoNames(t *testing.T) {
	ix := mustDocsIndex(t,
		"# NavIC // IRNSS - India's Own Satellite Navigation System\n\n## What is NavIC\n\n"+
			"- NavIC is the operational name of the Indian Regional Navigation Satellite System (IRNSS).\n- It has seven satellites.\n\n"+
			"## Launch record\n\n- IRNSS-1A was launched in 2013.\n- IRNSS-1H failed in 2017.\n",
		"# Launch Vehicles\n\nRockets of ISRO.\n\n## PSLV\n\n- The PSLV launched every IRNSS satellite.\n- IRNSS-1A went up on PSLV-C22.\n- IRNSS-1I went up in 2018.\n",
	)
	for _, q := range []string{"what is irnss", "what is navic"} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if want := "navic-irnss-india-s-own-satellite-navigation-system"; p.named != want {
			t.Errorf("%q names %q, want %q", q, p.named, want)
		}
	}
}

// TestTitleWordsOthersShare: a title named by its first part alone
// ("Monsoon" of "Monsoon: IMD and the 2025 season") names no document when
// other titles have that word too ("Indian Monsoon"): "origin of monsoon"
// is answered from the notes that give it, not refused as missing from the
// first.
func TestTitleWordsOthersShare(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Monsoon: IMD and the 2025 season\n\nHow IMD forecasts the rains.\n\n## Forecasts\n\n- IMD issues its first forecast in April.\n- The season began early in 2025.\n",
		"# Indian Monsoon\n\nSeasonal winds.\n\n## Basics\n\n- Word origin: Arabic mausim, season.\n- Three-fourths of the yearly rain falls from June to September.\n")
	for _, q := range []string{"origin of monsoon", "what is the origin of the term monsoon"} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if p.named != "" {
			t.Errorf("%q names %q, want none", q, p.named)
		}
	}
	checkAnswers(t, ix, map[string]string{"origin of monsoon": "indian-monsoon/basics/1"})
}

// TestNumberedNamesAreNotTypos: a name with a number is another thing
// with another number (COP14 is not COP13), though its letters may be
// mistyped ("cpo13").
func TestNumberedNamesAreNotTypos(t *testing.T) {
	ix := mustNotesIndex(t, "# Ramsar Convention\n\nA treaty on wetlands.\n\n## Key Points\n1. COP13 was held in Dubai in 2018.\n2. India hosts many Ramsar sites.\n")
	if alts := alternatives(t, ix, "where was cop14 held"); slices.Contains(alts["cop14"], "cop13") {
		t.Errorf("cop14 may match %v, not cop13", alts["cop14"])
	}
	if alts := alternatives(t, ix, "where was cpo13 held"); !slices.Contains(alts["cpo13"], "cop13") {
		t.Errorf("cpo13 may match %v, want cop13 among them", alts["cpo13"])
	}
}

// TestDottedAbbreviations: WordNet writes "t.b." for tuberculosis; notes
// write "TB".
func TestDottedAbbreviations(t *testing.T) {
	ix := mustNotesIndex(t, "# TB Mukt Bharat\n\nA campaign against tuberculosis.\n\n## Challenges\n- TB patients drop out of treatment.\n")
	if alts := alternatives(t, ix, "challenges in eliminating tuberculosis"); !slices.Contains(alts["tuberculosis"], "tb") {
		t.Errorf("tuberculosis may match %v, want tb among them", alts["tuberculosis"])
	}
}

// TestPeoplesAreNotDemonyms: WordNet calls the Marathas a people of
// India; they do not stand for India, nor India for them, as Indians do.
// Americans are named after America, so they stand for its other names:
// the "US" the notes write, but not "the States", any state.
func TestPeoplesAreNotDemonyms(t *testing.T) {
	ix := mustNotesIndex(t, "# Wars\n\nThe Marathas fought the Company in India.\n\n## Key Points\n- The Maratha confederacy lost at Panipat.\n- Indian rulers were divided.\n"+
		"- The US sent food aid to the state of Bihar.\n- The USA sold wheat to India under PL-480.\n")
	m, india := ix.analyze("maratha")[0], ix.analyze("india")[0]
	if alts := alternatives(t, ix, "when did india win"); slices.Contains(alts["india"], m) {
		t.Errorf("india may match %v, want no %q", alts["india"], m)
	}
	if alts := alternatives(t, ix, "what did the indians win"); !slices.Contains(alts["indians"], india) {
		t.Errorf("indians may match %v, want india", alts["indians"])
	}
	if alts := alternatives(t, ix, "where did the maratha army lose"); slices.Contains(alts["maratha"], india) {
		t.Errorf("maratha may match %v, want no %q", alts["maratha"], india)
	}
	alts := alternatives(t, ix, "what did the american aid give")
	for _, want := range []string{"us", "usa"} {
		if !slices.Contains(alts["american"], want) {
			t.Errorf("american may match %v, want %q among them", alts["american"], want)
		}
	}
	if state := ix.analyze("state")[0]; slices.Contains(alts["american"], state) {
		t.Errorf("american may match %v, want no %q", alts["american"], state)
	}
}

// TestPlacesNamedOtherwise: a city by its new name finds the notes' old
// one, and a people WordNet gives another place ("Chinese" is Taiwan's
// there) finds its own.
func TestPlacesNamedOtherwise(t *testing.T) {
	ix := mustNotesIndex(t, "# Electronics\n\nChips are designed in Bangalore and made in China.\n\n## Key Points\n- Taiwan makes the most advanced chips.\n")
	for q, want := range map[string][2]string{
		"chip design in bengaluru":  {"bengaluru", "bangalore"},
		"what do chinese fabs make": {"chinese", "china"},
	} {
		alts := alternatives(t, ix, q)[want[0]]
		if !slices.Contains(alts, ix.analyze(want[1])[0]) {
			t.Errorf("%q: %q may match %v, want %q among them", q, want[0], alts, want[1])
		}
		if want[0] == "chinese" && slices.Contains(alts, ix.analyze("taiwan")[0]) {
			t.Errorf("%q: %q may match %v, want no taiwan", q, want[0], alts)
		}
	}
}

// TestSpellingVariants: a word spelt as the notes do not spell it matches
// their spelling ("judgement" the notes' "judgment", "metre" their
// "meter").
func TestSpellingVariants(t *testing.T) {
	ix := mustNotesIndex(t, "# Privacy\n\nThe Puttaswamy judgment of 2017 made privacy a right.\n\n## Key Points\n- A meter of cloth was burnt.\n")
	for word, want := range map[string]string{"judgement": "judgment", "metre": "meter"} {
		if alts := alternatives(t, ix, "puttaswamy "+word); !slices.Contains(alts[word], want) {
			t.Errorf("%q may match %v, want %q among them", word, alts[word], want)
		}
	}
}

// TestHyphenatedWordsTypedJoined: a word the notes write with a hyphen,
// typed joined ("ekyc", "pmjay", "chandrayaan3"), finds it; one the notes
// also write joined finds both ("cooperative" of one document and
// "co-operative" of another).
func TestHyphenatedWordsTypedJoined(t *testing.T) {
	ix := mustNotesIndex(t, "# Farmers\n\nThe scheme pays farmers in three instalments.\n\n## Key Points\n"+
		"- e-KYC is mandatory for every beneficiary, by OTP or at a centre.\n- PM-JAY covers hospital care for poor families.\n"+
		"- Chandrayaan-3 landed near the south pole.\n- Cyber-security and cybersecurity are both written here.\n")
	checkTopIDs(t, ix, map[string]string{
		"ekyc kaise kare":             "farmers/key-points/1",
		"what does pmjay cover":       "farmers/key-points/2",
		"where did chandrayaan3 land": "farmers/key-points/3",
	})
	if alts := alternatives(t, ix, "cybersecurity rules"); !slices.Contains(alts["cybersecurity"], "cybersecur") || !slices.Contains(alts["cybersecurity"], "cyber secur") {
		t.Errorf("cybersecurity may match %v, want both ways the notes write it", alts["cybersecurity"])
	}
}

// TestFillerWordsNotJoined: two Hindi filler words are not read as one
// word of the notes ("kab hui" is not "kabhi", "kaun se" not "kaunse").
func TestFillerWordsNotJoined(t *testing.T) {
	ix := mustNotesIndex(t, "# Inter-State Council\n\nA body for consultation between the Centre and the states.\n\n## Key Points\n"+
		"- Pehli meeting October 1990 mein huyi; kabhi kabhi hi milti hai.\n- Kaunse mudde: Centre-State relations.\n\n## UPSC Prelims\n- #UPSCPrelims asks its year of founding.\n")
	for _, q := range []string{"isc ki pehli meeting kab hui thi", "kaun se mudde council me aate hain", "council ke upsc prelims facts"} {
		for _, c := range ix.plan(q).concepts {
			if c.word == "kab hui" || c.word == "kaun se" || c.word == "upsc prelims" {
				t.Errorf("%q: concept %q %v, want its filler words dropped", q, c.word, c.alts)
			}
		}
	}
}

// TestNotesInHinglish: an English word of a question finds the Hinglish
// word notes in Hinglish write for it ("objectives", "uddeshya"), but for
// a name ("PM Kisan").
func TestNotesInHinglish(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Jal Jeevan Mission\n\nHar ghar ko nal se jal.\n\n## Mukhya uddeshya\n- Is mission ka uddeshya har grameen ghar ko nal se jal dena hai.\n",
		"# PM Kisan Samman Nidhi\n\nCash support of Rs 6,000 a year to farmers since 2019.\n",
	)
	alts := alternatives(t, ix, "jal jeevan objectives")
	if !slices.Contains(alts["objectives"], "uddeshya") {
		t.Errorf("objectives may match %v, want uddeshya among them", alts["objectives"])
	}
	if alts := alternatives(t, ix, "cash for farmers"); slices.Contains(alts["farmers"], "kisan") {
		t.Errorf("farmers may match %v, want not kisan, a word of a title", alts["farmers"])
	}
}

// TestHinglishHeadingWords: Hinglish function words in one document's
// heading ("Jal Jeevan Mission kya hai") are not what a question asks
// about: "nfu kya hai" asks about NFU in another.
func TestHinglishHeadingWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Jal Jeevan Mission\n\nHar ghar ko nal se jal.\n\n## Jal Jeevan Mission kya hai\n- JJM ek centrally sponsored scheme hai.\n- Iska lakshya har ghar ko nal se jal dena hai.\n",
		"# Nuclear Doctrine\n\nIndia's policy on nuclear weapons, adopted in 2003.\n\n## Debate on NFU\n- No First Use (NFU) means India will not strike first.\n- Critics say NFU ties India's hands.\n",
	)
	a := mustSearch(t, ix, "nfu kya hai", 3)
	if !a.Answered || !strings.Contains(a.Results[0].ID, "debate-on-nfu") {
		t.Errorf("nfu kya hai = answered %v %q, want the debate on NFU", a.Answered, resultIDs(a.Results))
	}
	p, _, err := ix.ranked(context.Background(), "nfu kya hai")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.concepts {
		if c.word == "kya" || c.word == "hai" {
			t.Errorf("nfu kya hai looks for %q", c.word)
		}
	}
}

// TestHedgesInAHeading: a hedge in a heading ("Was it really so
// centralised?") is not what the notes are about: a thank-you is still
// small talk.
func TestHedgesInAHeading(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Mauryan Administration\n\nThe Mauryas ruled from Pataliputra.\n\n## Was it really so centralised?\n- Provinces had much freedom.\n- Villages ran their own affairs.\n",
		"# Sails\n\nSunlight can push a sail.\n\n## Key Points\n- A sail is a thin film.\n",
	)
	if p := ix.plan(normalize("thanks, these notes are really helpful!")); !smallTalk(p) {
		t.Errorf("a thank-you has something to look for: plan %s", p)
	}
}

// TestSameDegree: a superlative or comparative finds its synonym's form
// of the same degree ("biggest": "largest"), which the notes write.
func TestSameDegree(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Tiger Reserves\n\nAreas kept for tigers.\n\n## Facts\n- Largest reserve = Nagarjunasagar; smallest = Bor.\n- Larger reserves hold more tigers.\n- The first reserve was Corbett.\n",
		"# Sails\n\nSunlight can push a large sail.\n",
	)
	alts := alternatives(t, ix, "which is the biggest reserve, and are bigger ones better")
	if !slices.Contains(alts["biggest"], "largest") || !slices.Contains(alts["bigger"], "larger") {
		t.Errorf("biggest may match %v, bigger %v; want largest and larger among them", alts["biggest"], alts["bigger"])
	}
	checkAnswers(t, ix, map[string]string{"which is the biggest tiger reserve": "tiger-reserves/facts/1"})
}

// TestSmallTalk: a question of nothing but everyday words or bare numbers
// has nothing to look for, unless it names a part of the notes; chat in
// Hinglish is small talk even when notes written in Hinglish have its
// words ("aaj" today, "padh" study), and so is a question about studying
// for an exam when a heading names the exam ("UPSC Relevance"), and so is
// a message that only thanks, greets or signs off.
func TestSmallTalk(t *testing.T) {
	for _, tc := range []struct {
		notes string
		want  map[string]bool
	}{
		{placeNotes, map[string]bool{
			"what time is it":           true,
			"thanks, that helped a lot": true,
			"is it over yet??":          true,
			"d":                         true,
			"what is x y":               true,
			"what is 2 + 2":             true,
			"key point 2":               false,
			"what happened in 2023":     false,
			"india 2027":                false,
		}},
		{"# Quantum Mission\n\nAaj ke computers ko quantum computer tod sakta hai.\n\n## Exam ke liye\n- Roz thoda padh lo, aaj se hi.\n", map[string]bool{
			"bhai kaise ho, aaj kya padh rahe ho?": true,
			"quantum computer kya tod sakta hai":   false,
		}},
		{"# Digital Payments\n\nPayments made from a phone, bank to bank.\n\n## UPSC Relevance\n- Prelims: who runs the payment systems.\n- Mains GS-3: digital public infrastructure.\n", map[string]bool{
			"How many hours a day should I study for UPSC prelims?": true,
			"how many hours should I study daily for mains":         true,
			"upsc relevance of digital payments":                    false,
		}},
		// Chat whose words the notes have: a thank-you, a sign-off, a laugh
		// asks nothing; a question or a request with them does.
		{"# Parliament\n\nThe session opens with a break for tea.\n\n## Doubts\n- Is the address debated?\n\n## Key Points\n- The President's address is followed by a motion of thanks.\n- Members found the debate super helpful and their mock sessions cleared doubts.\n- A bad score in the mock session means another break.\n", map[string]bool{
			"thanks yaar this was super helpful": true,
			"ok thanks, that cleared it up":      true,
			"brb tea break":                      true,
			"lol my mock score was so bad":       true,
			"good night, see you tomorrow":       true,
			"motion of thanks":                   false,
			"thanks, what follows the address":   false,
			"thanks! mock score bad?":            false,
			"thanks, that cleared my doubts":     true,
			"thanks, key point 2":                false,
			// Study-group chat, though the notes write "mock" and "session".
			"bhai aaj ka mock kaisa gaya":             true,
			"bhai notes share kar do pls":             true,
			"anyone here preparing for prelims 2026?": true,
			"what did the mock sessions clear":        false,
		}},
		// A greeting and whom it greets, though the notes' "gram" is a
		// spelling of "gm" away; not "gm crops".
		{"# Gramdan\n\nA village gives its land to the gram sabha.\n\n## GM crops\n- Bt cotton is the one GM crop grown in India.\n", map[string]bool{
			"gm everyone": true,
			"hello sir":   true,
			"gm crops":    false,
			// and a message to the group, whatever it goes on to ask
			"gm everyone, kal ka quiz kab hai?":       true,
			"hi guys, what is the gram sabha's role?": true,
			"hi, what is the gram sabha's role":       false,
		}},
	} {
		ix := mustNotesIndex(t, tc.notes)
		for q, want := range tc.want {
			p, _, err := ix.ranked(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if got := smallTalk(p); got != want {
				t.Errorf("smallTalk(%q) = %v, want %v", q, got, want)
			}
		}
	}
}

// TestMinedAcronyms: acronyms the notes spell out stand for their long
// forms and back, plural ones ("tiger reserves (TRs)") in either number.
func TestMinedAcronyms(t *testing.T) {
	ix := mustNotesIndex(t, `# Reserves

India has 58 dedicated tiger reserves (TRs), and the EU and US talk in the Trade and Technology Council (TTC).
India's doctrine is No First Use (NFU). The Cabinet Committee on Political Affairs (CCPA) cleared it, and the Food Safety and Standards Authority of India (FSSAI) trains vendors.

## Key Points
1. The largest TR is Nagarjunasagar-Srisailam.
2. The TTC met in 2023.
3. Three Round Table Conferences were held in London.
`)
	for _, tc := range []struct{ question, word, term string }{
		{"when did the ttc meet", "ttc", "trade technolog council"},
		{"trade and technology council meeting", "trade and technology council", "ttc"},
		{"biggest tiger reserve", "tiger reserve", "tr"},
		{"how many tiger reserves", "tiger reserves", "tr"},
		{"largest trs", "trs", "tiger reserv"},
		// initials the notes never write, made plural
		{"where were the rtcs held", "rtcs", "round tabl confer"},
		{"when did the ttcs meet", "ttcs", "trade technolog council"},
		// a long form with a typo
		{"largest tigr reserve", "tigr reserve", "tr"},
		{"when did the trade and tecnology council meet", "trade and tecnology council", "ttc"},
		// a capitalised short word is one of the initials
		{"what does no first use mean", "no first use", "nfu"},
		{"nfu", "nfu", "first use"},
		// a long form of five words and more
		{"what did the cabinet committee on political affairs clear", "cabinet committee on political affairs", "ccpa"},
		{"does the food safety and standards authority of india train vendors", "food safety and standards authority of india", "fssai"},
	} {
		alts := alternatives(t, ix, tc.question)
		if !slices.Contains(alts[tc.word], tc.term) {
			t.Errorf("%q: %q may match %v, want %q among them", tc.question, tc.word, alts[tc.word], tc.term)
		}
	}
}

// TestGlosses: a word of another language the notes gloss in English, in
// brackets or after an equals sign, and the head noun of its gloss stand
// for each other; a name, a remark or a gloss of no noun is no such pair.
func TestGlosses(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Ajanta Caves\n\nRock-cut caves in the Deccan.\n\n## Types\n\n- vihara = monastery. A square hall with cells on three sides.\n"+
			"- Cave 4 is the largest vihara at the site.\n- chaitya-griha (prayer hall with a stupa) at the far end.\n"+
			"- The grant was recorded by Harishena (a minister of the Vakatakas).\n- Kailasa (also spelt Kailash) is at Ellora.\n- Tosali (conquered region) was a province.\n")
	for _, tc := range []struct {
		question, word, term string
		want                 bool
	}{
		{"which is the largest monastery", "monastery", "vihara", true},
		{"what is a vihara", "vihara", "monasteri", true},
		{"where is the prayer hall", "prayer hall", "chaitya griha", true},
		{"who was the minister", "minister", "harishena", false},
		{"how is it spelt", "spelt", "kailasa", false},
		{"which region was conquered", "conquered", "tosali", false},
	} {
		alts := alternatives(t, ix, tc.question)
		if got := slices.Contains(alts[tc.word], tc.term); got != tc.want {
			t.Errorf("%q: %q may match %v: %q among them is %v, want %v", tc.question, tc.word, alts[tc.word], tc.term, got, tc.want)
		}
	}
}

// TestSchwa: a Hindi word is found written with or without its final "a"
// ("ashram" in notes that write "ashramas", "ramayana" in notes that write
// "Ramayan").
func TestSchwa(t *testing.T) {
	for w, want := range map[string]string{"ashram": "ashrama", "ramayana": "ramayan", "idea": "", "sky": "", "dharma": "dharm", "bus": "", "ice": ""} {
		if got := schwaVariant(w); got != want {
			t.Errorf("schwaVariant(%q) = %q, want %q", w, got, want)
		}
	}
	ix := mustDocsIndex(t, "# Later Vedic Period\n\nThe age of the later Vedic texts.\n\n## Society\n\n- Only three ashramas are clearly mentioned.\n- The Ramayan was composed later.\n")
	for q, term := range map[string]string{"ashram kitne the": "ashrama", "who wrote the ramayana": "ramayan"} {
		if alts := alternatives(t, ix, q); !slices.ContainsFunc(slices.Collect(maps.Values(alts)), func(a []string) bool { return slices.Contains(a, term) }) {
			t.Errorf("%q may match %q, want %q among them", q, alts, term)
		}
	}
}

// TestAcronymsDefinedBySign: notes define acronyms by a colon, an equals
// sign, a dash or a comma too, several at once with slashes; the words
// after must spell the acronym out in turn, a function word spelled where
// the acronym has its letter.
func TestAcronymsDefinedBySign(t *testing.T) {
	for _, tc := range []struct{ text, acr, want string }{
		{"(c) ATMP/OSAT: assembly, testing, marking and packaging, where the wafer is cut", "ATMP", "assembly testing marking and packaging"},
		{"DU = Dobson Unit, the measure", "DU", "dobson unit"},
		{"- CTH – Critical Tiger Habitat (core)", "CTH", "critical tiger habitat"},
		{"ISM: launched in Dec 2021", "ISM", ""},
		{"the well-known PSLV-C57 rocket", "PSLV", ""},
		{"GS: General Studies", "GS", "general studies"},
		{"widened into MAHASAGAR, Mutual and Holistic Advancement for Security and Growth Across Regions.", "MAHASAGAR", "mutual and holistic advancement for security and growth across regions"},
		{"SAGAR - Security And Growth for All in the Region", "SAGAR", "security and growth for all in the region"},
		{"India, US, Japan and Australia", "US", ""},
	} {
		got := ""
		for acr, after := range acronymsDefined(tc.text) {
			if acr == tc.acr {
				got = initialsAfter(after, acr)
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s = %q, want %q", tc.text, tc.acr, got, tc.want)
		}
	}
	ix := mustNotesIndex(t, "# Chips\n\nChips are made in three stages.\n\n## Stages\n1. ATMP units get half their cost from the Centre.\n2. Back end, ATMP/OSAT: assembly, testing, marking and packaging of each chip, in units across Gujarat and Assam.\n3. Testing of wafers in every fab.\n")
	if got, _ := topID(t, ix, "what does atmp stand for"); got != "chips/stages/2" {
		t.Errorf("what does atmp stand for: got %s, want chips/stages/2", got)
	}
}

// TestNamesForWrittenInitials: a name the notes spell out stands for its
// initials when the notes write them too (notes headed "NTCA"), and not
// when they do not.
func TestNamesForWrittenInitials(t *testing.T) {
	ix := mustNotesIndex(t, `# Tigers

Tigers are protected by law and by the National Board for Wildlife.

## NTCA
1. National Tiger Conservation Authority = statutory body under the ministry.
2. chair = Union Environment Minister
`)
	alts := alternatives(t, ix, "who chairs the national tiger conservation authority")
	if !slices.Contains(alts["national tiger conservation authority"], "ntca") {
		t.Errorf("national tiger conservation authority may match %v, want ntca among them", alts)
	}
	if got := alternatives(t, ix, "national board for wildlife"); slices.Contains(got["national board for wildlife"], "nbw") {
		t.Errorf("the notes never write NBW, yet national board for wildlife may match it: %v", got)
	}
	if got, _ := topID(t, ix, "who chairs the national tiger conservation authority"); got != "tigers/ntca/2" {
		t.Errorf("who chairs the NTCA: got %s, want tigers/ntca/2", got)
	}
}

// TestNamesAlone: of the words the notes capitalise, those that name one
// thing alone are the ones a passage without them cannot be about.
func TestNamesAlone(t *testing.T) {
	ix := mustNotesIndex(t, `# Meetings

The Supreme Court of India and NASA met the Lokpal in Japan. Later the Supreme Court, NASA, the Lokpal and Japan met again.
`)
	for word, want := range map[string]bool{"nasa": true, "lokpal": true, "japan": true, "court": false, "supreme": false} {
		w := ix.analyze(word)[0]
		if !ix.proper[w] {
			t.Errorf("%q is not among the notes' names", w)
		}
		if got := ix.nameTerms[w]; got != want {
			t.Errorf("%q names one thing alone: %v, want %v", w, got, want)
		}
	}
}

// TestNamesAsWritten: a word that shares its term with a name of the notes
// but is not written so ("presided", "President") is no name.
func TestNamesAsWritten(t *testing.T) {
	ix := mustNotesIndex(t, `# Emergencies

The President proclaims an emergency. The President may revoke it, as the Governor-General did. The Governor-General was British.
`)
	for _, tc := range []struct {
		question, word string
		want           bool
	}{{"who presided over the meeting", "presided", false}, {"which presidents proclaimed one", "presidents", true}, {"what did the governor do", "governor", true}} {
		if c := conceptOf(t, ix, tc.question, tc.word); c.proper != tc.want || c.name && !tc.want {
			t.Errorf("%q: %q proper %v name %v, want %v", tc.question, c.word, c.proper, c.name, tc.want)
		}
	}
}

// TestNamesAfterInitials: a name after initials or a title ("S.R. Bommai",
// "Dr. Singhvi") is written capitalised mid-sentence, not at a
// sentence's start.
func TestNamesAfterInitials(t *testing.T) {
	ix := mustNotesIndex(t, `# Cases

The S.R. Bommai case limited the use of Article 356. Read the S.R. Bommai judgment.

The word was coined by Dr. Singhvi. Dr. Singhvi wrote it. The end.
`)
	for _, word := range []string{"bommai", "singhvi"} {
		if w := ix.analyze(word)[0]; !ix.nameTerms[w] {
			t.Errorf("%q is not a name of the notes", word)
		}
	}
	for _, w := range []string{"S.R.", "A.Z.", "Dr.", "dr."} {
		if !isInitials(w) {
			t.Errorf("isInitials(%q) = false", w)
		}
	}
	for _, w := range []string{"end.", "India.", "s.r."} {
		if isInitials(w) {
			t.Errorf("isInitials(%q) = true", w)
		}
	}
}

// TestLookUpInADocumentNamedByAWord: "1857 faq 2" asks for the FAQ of the
// one document whose title has 1857, though it names little of the title;
// "faq 2" alone, the first document's.
func TestLookUpInADocumentNamedByAWord(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Anti-Defection Law\n\nThe Tenth Schedule disqualifies members who defect.\n\n## Frequently Asked Questions\n### Who decides?\nThe Speaker decides.\n### Is there a deadline?\nNo deadline is set.\n",
		"# Revolt of 1857: Causes, Leaders and Results\n\nThe first large rising against the Company.\n\n## Frequently Asked Questions\n### Where did it begin?\nAt Meerut.\n### Why did it fail?\nIt lacked a common plan.\n",
	)
	checkTopIDs(t, ix, map[string]string{
		"1857 faq 2":             "revolt-of-1857-causes-leaders-and-results/frequently-asked-questions/2",
		"revolt faq 2":           "revolt-of-1857-causes-leaders-and-results/frequently-asked-questions/2",
		"faq 2":                  "anti-defection-law/frequently-asked-questions/2",
		"anti defection faq 1":   "anti-defection-law/frequently-asked-questions/1",
		"faq 2 of the tenth law": "anti-defection-law/frequently-asked-questions/2",
	})
}

// TestLookUpInADocumentNamedByWordsTogether: "1919 act faq 2" names the
// one title with both words, though another title has "Act" and the two
// words are a small share of the title.
func TestLookUpInADocumentNamedByWordsTogether(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Government of India Act, 1919\n\nThe Montagu-Chelmsford reforms of 1919 brought dyarchy to the provinces.\n\n## Key Features\n- Dyarchy in the provinces.\n- The Act of 1919 made the 1919 central legislature bicameral.\n\n## Frequently Asked Questions\n### What did the 1919 Act bring?\nDyarchy: subjects split between ministers and councillors.\n### Who was Viceroy?\nLord Chelmsford.\n",
		"# Arms Act, 1959\n\nLicences for firearms in India, granted by the government of a state.\n\n## Frequently Asked Questions\n### Who grants a licence?\nThe district magistrate.\n### Can it be refused?\nYes, with reasons.\n",
	)
	checkTopIDs(t, ix, map[string]string{
		"1919 act faq 2":    "government-of-india-act-1919/frequently-asked-questions/2",
		"1919 act features": "government-of-india-act-1919/key-features/1",
		"arms act faq 2":    "arms-act-1959/frequently-asked-questions/2",
	})
}

// TestPointBeforeANumber: "point 2" is a key point, though another
// document heads a section "Lagrange Points"; named with that document, its
// point.
func TestPointBeforeANumber(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Solar Mission\n\nA mission to study the Sun.\n\n## Lagrange Points\n1. L1 lies between the Sun and the Earth.\n2. L2 lies beyond the Earth.\n",
		"# Tech Ties\n\nTwo countries work on technology.\n\n## Key Points\n1. Joint research on chips.\n2. Shared standards for networks.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"point 2":               "tech-ties/key-points/2",
		"solar mission point 2": "solar-mission/lagrange-points/2",
		"lagrange point 1":      "solar-mission/lagrange-points/1",
	})
}

// TestAskedHeadingNamesItsSectionAlone: "what was the Swadeshi Movement"
// names the heading "What is the Swadeshi Movement?", a definition, and
// that section alone: not the definitions of the other notes.
func TestAskedHeadingNamesItsSectionAlone(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Ashoka's Dhamma\n\nDhamma was Ashoka's moral code.\n\n## Key Points\n1. It was preached through edicts.\n",
		"# Swadeshi Movement (1905-1911) and the Partition of Bengal\n\n## What is the Swadeshi Movement?\n\nA mass movement launched in Bengal in 1905 against the partition.\n\n## Key Points\n- Boycott of foreign cloth.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What was the Swadeshi Movement?": "swadeshi-movement-1905-1911-and-the-partition-of-bengal/what-is-the-swadeshi-movement",
	})
}

// TestClauseOfALaw: "section 3(a)" asks for the passage that writes that
// clause, though "(a)" is no term ("a" is a stop word) and other passages
// say "Section 3" more often; "13(a)" is another clause.
func TestClauseOfALaw(t *testing.T) {
	ix := mustNotesIndex(t, `# Forest Rights Act

The Act recognises the rights of forest dwellers.

## Key Points
- Section 3 lists the rights; Section 3 covers grazing, Section 3 covers fishing.
- Section 13(a) keeps other laws in force.
- Under Section 3(a), dwellers may collect minor forest produce.
`)
	checkAnswers(t, ix, map[string]string{
		"section 3(a)":               "forest-rights-act/key-points/3",
		"what does sec 3 (a) allow?": "forest-rights-act/key-points/3",
		"section 13(a)":              "forest-rights-act/key-points/2",
		"section 3":                  "forest-rights-act/key-points/1",
	})
}

// TestNumberedParagraph: "clause 8.1" asks for the paragraph numbered so
// (a scheme's guidelines number their paragraphs within their sections),
// though other passages say "clause 8" or write 8.1 elsewhere; a number
// with no word for a paragraph is a quantity ("1.5 degrees").
func TestNumberedParagraph(t *testing.T) {
	ix := mustNotesIndex(t, `# Incentive Scheme Guidelines

The guidelines govern the incentive for green hydrogen producers.

## Incentive
- 8.1 The incentive shall not exceed Rs. 50 per kg in the first year.
- 8.2 The incentive shall be paid quarterly against verified production under clause 8.1 and clause 8.

## Targets
- Warming of 1.5 degrees is the limit the targets are set against.
- The mission aims at 5 MMT a year by 2030.
`)
	checkAnswers(t, ix, map[string]string{
		"what does clause 8.1 say":        "incentive-scheme-guidelines/incentive/1",
		"para 8.2 of the guidelines":      "incentive-scheme-guidelines/incentive/2",
		"what limit does 1.5 degrees set": "incentive-scheme-guidelines/targets/1",
	})
}

// TestTitleNamedByItsInitials: a law is asked for by the initials of its
// name without "Act" or its year, its short words in or out ("RTI" for
// "Right to Information Act, 2005", "GoI" for "Government of India Act").
func TestTitleNamedByItsInitials(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Right to Information Act, 2005\n\nThe Act lets citizens seek information from public authorities.\n\n## Key Points\n"+
			"- Sec 7: a reply is due within 30 days.\n- Sec 8: exemptions for national security.\n- The Act covers public authorities.\n",
		"# Government of India Act, 1935\n\nThe Act proposed an All-India Federation.\n\n## Key Features\n- Provincial autonomy.\n- Dyarchy at the Centre.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"rti kya hai":      "right-to-information-act-2005/definition",
		"what is goi act":  "government-of-india-act-1935/definition",
		"goi act features": "government-of-india-act-1935/key-features/1",
		"rti section 7":    "right-to-information-act-2005/key-points/1", // "Sec 7": the Act's section, not the notes' seventh
	})
	// Initials an English word shares, as written or as stemmed, name no
	// document: "ade" of "Arctic Drilling Explained" and "added" stem
	// alike, and "bad" of "Border Area Development" is a word; "onoe" of
	// "Open Network Online Exchange" stems to no English word and names it.
	words := mustDocsIndex(t,
		"# Arctic Drilling Explained\n\nDrilling for oil and gas under the Arctic Ocean.\n\n## Key Points\n- Drilling began in the 1970s.\n- Spills are hard to clean in ice.\n",
		"# Border Area Development\n\nA programme for villages near the border.\n\n## Key Points\n- It funds roads and schools.\n",
		"# Open Network Online Exchange\n\nAn open network for online trade.\n\n## Key Points\n- Sellers list once and reach every buyer app.\n",
		"# Tax Treaties\n\nAgreements that stop income being taxed twice.\n\n## Key Points\n- A protocol added a clause against treaty shopping.\n- Bad loans are not covered.\n",
	)
	for q, named := range map[string]string{"when was the clause added to the protocol": "", "bad loans": "", "onoe kya hai": "open-network-online-exchange"} {
		if p := words.plan(q); func() string { n, _ := words.namedDocument(p); return n }() != named {
			t.Errorf("%q names a document by its initials; want %q", q, named)
		}
	}
}

// TestDefinitionAskedForATerm: "define the term X" and "what does the word
// X refer to" ask what X is; "term" and "refer" are how it is asked, not
// words to find. "The term of" (of office) is still searched.
func TestDefinitionAskedForATerm(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Government of India Act, 1935\n\nThe Act proposed an All-India Federation.\n\n## Key Features\n"+
			"- Residuary powers were given to the Governor-General.\n- Dyarchy at the Centre: some subjects were reserved.\n"+
			"- The Federal Court was set up in 1937.\n",
		"# Lokpal\n\nAn anti-corruption ombudsman at the Centre.\n\n## Composition\n"+
			"- A chairperson and up to eight members.\n- Their term is five years or till the age of 70.\n- Half the members are judges.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"define the term residuary powers":        "government-of-india-act-1935/key-features/1",
		"what does the term dyarchy refer to":     "government-of-india-act-1935/key-features/2",
		"meaning of the word dyarchy":             "government-of-india-act-1935/key-features/2",
		"what is the term of lokpal members":      "lokpal/composition/2",
		"explain the phrase federal court please": "government-of-india-act-1935/key-features/3",
	})
}

// TestEverydayPhraseTheNotesLack: "set up", a phrase the lexicon knows,
// is one everyday concept in notes that write neither it nor what it
// stands for, not "set" and a rare "up" ("Bottom-up"); "who chairs" finds
// the chairperson.
func TestEverydayPhraseTheNotesLack(t *testing.T) {
	ix := mustNotesIndex(t, `# NITI Aayog

The think tank that replaced the Planning Commission on 1 January 2015.

## Composition
- Chairperson: the Prime Minister.
- Vice-Chairperson: appointed by the Prime Minister.

## Approach
- Bottom-up, with the states, in cooperative federalism.
`)
	checkAnswers(t, ix, map[string]string{
		"when was niti aayog set up": "niti-aayog/definition",
		"who chairs niti aayog":      "niti-aayog/composition/1",
	})
	ix = mustNotesIndex(t, "# Delimitation Commission\n\nA body that redraws the boundaries of constituencies.\n\n## Members\n"+
		"- It is headed by a retired judge of the Supreme Court.\n- The Chief Election Commissioner is a member.\n")
	checkAnswers(t, ix, map[string]string{"delimitation commission chairman": "delimitation-commission/members/1"})
}

// TestPhrasalVerbs: a verb and its particle that WordNet knows as one are
// one concept ("soak up": absorb), and the particle is no word of its own
// ("up" is not Uttar Pradesh); a preposition stays one ("called in").
func TestPhrasalVerbs(t *testing.T) {
	ix := mustNotesIndex(t, `# Ocean Acidification

The fall in the pH of seawater as the ocean takes in carbon dioxide.

## Basics
- The ocean absorbs about a quarter of the CO2 that humans emit.
- Shell-building organisms find fewer carbonate ions.

## India
- In UP, far from the sea, farm runoff still reaches the Ganga and the Bay of Bengal.
`)
	checkAnswers(t, ix, map[string]string{"how much of the CO2 we emit does the ocean soak up": "ocean-acidification/basics/1"})
	words := func(q string) []string {
		p, _, _ := ix.ranked(context.Background(), q)
		var out []string
		for _, c := range p.concepts {
			out = append(out, c.word)
		}
		return out
	}
	for q, want := range map[string][]string{
		"does the ocean soak up co2":        {"ocean", "soak up", "co2"},
		"what the ocean soaked up":          {"ocean", "soak up"},
		"what is it called in the atlantic": {"called", "atlantic"},
		"runoff in up":                      {"runoff", "up"},
	} {
		if got := words(q); !slices.Equal(got, want) {
			t.Errorf("%q: concepts %q, want %q", q, got, want)
		}
	}
}

// TestVerbsEndingInIE: Porter stems "die" to "die" but "died" and "dies"
// to "di", "dying" to "dy" (so "try" and "tried", "free" and "freed", "go"
// and "goes"); a question's "die" finds the notes' "died".
func TestVerbsEndingInIE(t *testing.T) {
	ix := mustNotesIndex(t, `# Tughlaq Dynasty

Rulers of Delhi from 1320 to 1414.

## Ghiyasuddin Tughlaq
- Founded the dynasty in 1320 and built Tughlaqabad.
- Died in 1325 when a wooden pavilion collapsed on him.
- Gave up the harsh revenue measures of the Khaljis.
`)
	checkAnswers(t, ix, map[string]string{"how did ghiyasuddin tughlaq die": "tughlaq-dynasty/ghiyasuddin-tughlaq/2"})
	for _, family := range [][]string{{"die", "died", "dies", "dying"}, {"lie", "lied", "lies", "lying"}, {"tie", "tied", "ties", "tying"},
		{"try", "tried", "tries", "trying"}, {"dry", "dried", "dries"}, {"fly", "flies"}, {"free", "freed"}, {"go", "goes"}} {
		for _, w := range family[1:] {
			if got, want := ix.analyze(w), ix.analyze(family[0]); !slices.Equal(got, want) {
				t.Errorf("%q is indexed as %q, %q as %q", w, got, family[0], want)
			}
		}
	}
}

// TestIrregularForms: analysis leaves "began" apart from "begin" and
// "paid" from "pay"; a question's form finds the notes' other one.
func TestIrregularForms(t *testing.T) {
	ix := mustNotesIndex(t, `# Second World War

The war of 1939 to 1945.

## Events
- Germany invaded Poland and the fighting began in September 1939.
- Britain paid for the war with loans from the United States.
- The Allies won in 1945, and every child evacuated from London came home.
`)
	checkAnswers(t, ix, map[string]string{
		"when did the fighting begin":               "second-world-war/events/1",
		"how did britain pay for it":                "second-world-war/events/2",
		"when did the evacuated children come home": "second-world-war/events/3",
	})
	for question, want := range map[string]string{"when did the fighting begin": "began", "who did win": "won", "when did the children": "child"} {
		word := strings.Fields(question)[len(strings.Fields(question))-1]
		if alts := alternatives(t, ix, question)[word]; !slices.Contains(alts, ix.analyze(want)[0]) {
			t.Errorf("%q: %q may match %v, not %q", question, word, alts, want)
		}
	}
}

// TestProsAndCons: "pros and cons", "merits and demerits" ask for the
// arguments the notes give for and against; "shortcomings", "flaws" for
// the issues.
func TestProsAndCons(t *testing.T) {
	ix := mustNotesIndex(t, "# One Nation One Election\n\nHolding the Lok Sabha and assembly elections together.\n\n"+
		"## Background\n\nThe elections were held together until 1967.\n\n## Arguments For and Against\n\n"+
		"| For | Against |\n|---|---|\n| Saves public money | Against the federal spirit |\n")
	checkAnswers(t, ix, map[string]string{
		"onoe pros and cons":          "one-nation-one-election/arguments-for-and-against",
		"merits and demerits of onoe": "one-nation-one-election/arguments-for-and-against",
	})
	ix = mustNotesIndex(t, "# Lokpal\n\nThe anti-corruption ombudsman of the Union.\n\n## Composition\n\n- A chairperson and up to eight members.\n\n"+
		"## Issues\n\n- Few complaints are taken up, and the post stayed vacant for years.\n")
	checkAnswers(t, ix, map[string]string{"shortcomings of lokpal": "lokpal/issues", "flaws in lokpal": "lokpal/issues"})
}

// TestNumberOfAHeading: a number a heading writes ("73rd") names the
// heading, not one of its parts; and a heading "X of Y" is called by X
// ("feature 2", "list all features").
func TestNumberOfAHeading(t *testing.T) {
	ix := mustNotesIndex(t, `# Panchayati Raj

The system of rural local government in India.

## Features of the 73rd Amendment
- Elections every five years.
- One-third of seats reserved for women.
- A State Finance Commission every five years.
- The Eleventh Schedule lists 29 subjects.
`)
	checkAnswers(t, ix, map[string]string{
		"features of 73rd amendment": "panchayati-raj/features-of-the-73rd-amendment/1",
		"73rd amendment feature 2":   "panchayati-raj/features-of-the-73rd-amendment/2",
		"feature 4":                  "panchayati-raj/features-of-the-73rd-amendment/4",
	})
	if ans := mustSearch(t, ix, "list all features", 5); ans.Shape != corpus.ShapeList || len(ans.Results) != 4 {
		t.Errorf("list all features: shape %q with %d results, want the list of 4", ans.Shape, len(ans.Results))
	}
}

// TestSyllabusLineIsNotTheDefinition: notes with a syllabus line and no
// definition are defined, asked what they are about, by their first
// section, not by the line that places them in the syllabus.
func TestSyllabusLineIsNotTheDefinition(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Salt March 1930\n\nSyllabus: GS Paper I – the freedom struggle.\n\n## Background\n\nThe tax on salt fell on the poorest, and Gandhi chose it as the issue of a march to Dandi.\n",
		"# Quad\n\nA group of four countries set up in 2007.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the salt march": "salt-march-1930/background",
		"salt march syllabus":    "salt-march-1930/syllabus",
	})
}

// TestLatestOfTheMatches: "latest X" asks for the latest of the
// developments that match X as well as the best does, whatever the order
// the notes list them in.
func TestLatestOfTheMatches(t *testing.T) {
	ix := mustNotesIndex(t, `# GST Council

A constitutional body that recommends GST rates.

## Recent updates
- 2023: The 50th meeting cut rates.
- 2025: At its 56th meeting the Council set two main slabs of 5% and 18% and a rate of 40% for sin goods.
- 2024: Platform tickets were exempted.
`)
	checkAnswers(t, ix, map[string]string{
		"gst council latest meeting": "gst-council/recent-updates/2",
		"latest meeting":             "gst-council/recent-updates/2",
		"meeting":                    "gst-council/recent-updates/1",
	})
	ix = mustNotesIndex(t, `# Reserve Bank of India

India's central bank, set up in 1935.

## Governors

| Governor | Term |
|---|---|
| C. D. Deshmukh, the first Indian governor | 1943–1949 |
| Sanjay Malhotra | 2024– |
| Osborne Smith, the first governor | 1935–1937 |
`)
	checkAnswers(t, ix, map[string]string{
		"current rbi governor":        "reserve-bank-of-india/governors/2",
		"who is the rbi governor now": "reserve-bank-of-india/governors/2",
		"first indian governor":       "reserve-bank-of-india/governors/1",
	})
}

// TestTitleNamedWithoutItsYear: a question names a title without the
// year it ends with ("cabinet mission" for "Cabinet Mission Plan 1946"), and
// asks for its definition, though other passages repeat the name.
func TestTitleNamedWithoutItsYear(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Cabinet Mission Plan 1946\n\nA delegation of three British ministers sent to India in March 1946 to plan the transfer of power.\n\n"+
			"## Cabinet Mission vs Cripps Mission\n\n| Point | Cripps Mission | Cabinet Mission |\n|---|---|---|\n| Offer | Dominion status | Transfer of power |\n| Result | Rejected | Accepted, then rejected |\n\n"+
			"## Outcome\n\n- The interim government was formed in September 1946.\n",
		"# Quad\n\nA group of four countries set up in 2007, which plans joint exercises.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"cabinet mission":              "cabinet-mission-plan-1946/definition",
		"what was the cabinet mission": "cabinet-mission-plan-1946/definition",
		"cabinet mission plan 1946":    "cabinet-mission-plan-1946/definition",
	})
}

// TestNumberedSectionNamedByItsHeading: "<heading> point 2" asks for the
// second passage of the section the question names by every word of its
// heading, whatever word stands before the number.
func TestNumberedSectionNamedByItsHeading(t *testing.T) {
	ix := mustNotesIndex(t, `# Ozone Treaty

The treaty phases out ozone-depleting substances.

## Key Points
1. It was signed in 1987.
2. Every country has ratified it.

## India and the Protocol
1. India joined in 1992.
2. India phased out CFCs by 2010.
3. India ratified the Kigali Amendment in 2021.
`)
	checkTopIDs(t, ix, map[string]string{
		"India and the Montreal Protocol point 2": "ozone-treaty/india-and-the-protocol/2",
		"india and the protocol 3":                "ozone-treaty/india-and-the-protocol/3",
		"point 3 of india and the protocol":       "ozone-treaty/india-and-the-protocol/3",
		"key point 2":                             "ozone-treaty/key-points/2",
	})
}

// TestSectionNamedWithoutItsYear: a heading's year or number need not be
// asked for the question to name it ("the Tribunals Reforms Act" names
// "Tribunals Reforms Act 2021"), but a year asked picks the heading with it.
func TestSectionNamedWithoutItsYear(t *testing.T) {
	ix := mustNotesIndex(t, `# Tribunals

Tribunals are quasi-judicial bodies set up under Articles 323A and 323B.

## Tribunals Reforms Act 2021
- It abolished nine appellate bodies and moved their cases to the High Courts.
- Members serve four years, and a tribunal may sit in several cities.

## Tribunals Reforms Act 2017
- It set the terms of service for the members of every tribunal in the country.

## Cases
- Tribunals Reforms Act: appellate bodies it abolished were defended in 2025 before the Supreme Court, which heard why the Act should abolish them.
`)
	checkTopIDs(t, ix, map[string]string{
		"which appellate bodies did the tribunals reforms act abolish": "tribunals/tribunals-reforms-act-2021/1",
		"what did the tribunals reforms act 2021 do":                   "tribunals/tribunals-reforms-act-2021/1",
		"what did the tribunals reforms act 2017 set":                  "tribunals/tribunals-reforms-act-2017",
	})
	checkHeadingsNamed(t, ix, map[string]string{
		"tribunals reforms act 2017 members": "Tribunals Reforms Act 2017",
		"tribunals reforms act 2021 members": "Tribunals Reforms Act 2021",
	})
}

// checkHeadingsNamed fails t unless each question names the heading want
// gives for it ("" for none) by its words.
func checkHeadingsNamed(t *testing.T, ix *Index, want map[string]string) {
	t.Helper()
	for q, w := range want {
		got := ""
		if h := ix.headingNamed(strings.Fields(q), false); h != nil {
			got = h.name
		}
		if got != w {
			t.Errorf("%q names the section %q, want %q", q, got, w)
		}
	}
}

// TestSectionNamedWithoutItsExam: a heading's exam ("for Prelims") need
// not be asked to name it.
func TestSectionNamedWithoutItsExam(t *testing.T) {
	ix := mustNotesIndex(t, "# Elections\n\nThe President is elected indirectly.\n\n## Election\n- MPs and MLAs vote.\n\n"+
		"## Quick Revision for Prelims\n- 50 proposers and 50 seconders.\n- A deposit of Rs 15,000.\n")
	checkHeadingsNamed(t, ix, map[string]string{
		"president election quick revision points": "Quick Revision for Prelims",
		"quick revision for prelims":               "Quick Revision for Prelims",
		"quick election facts":                     "",
	})
}

// TestPartNamedWithItsDocument: a part named with words of its document's
// title is that part, from its start ("quick revision green hydrogen"),
// and a summary word that names a part of the notes asks for the part.
func TestPartNamedWithItsDocument(t *testing.T) {
	ix := mustNotesIndex(t, `# Green Hydrogen Mission

A mission to make India a hub of green hydrogen.

## Key Points
1. The outlay is large.
2. Electrolysers are made at home.

## Quick Revision
1. Green hydrogen comes from electrolysis with renewable power.
2. The target is five million tonnes a year.
3. Green hydrogen may change India's energy use.
`)
	for q, want := range map[string]struct {
		id    string
		shape corpus.Shape
	}{
		"quick revision green hydrogen": {"green-hydrogen-mission/quick-revision/1", corpus.ShapePassage},
		"green hydrogen key point 2":    {"green-hydrogen-mission/key-points/2", corpus.ShapePassage},
		"summary of green hydrogen":     {"", corpus.ShapeSummary},
	} {
		got, ans := topID(t, ix, q)
		shape := ans.Shape
		if shape == "" {
			shape = corpus.ShapePassage
		}
		if shape != want.shape {
			t.Errorf("%q: shape %q, want %q", q, shape, want.shape)
			continue
		}
		if want.id != "" && got != want.id {
			t.Errorf("%q: got %s, want %s", q, got, want.id)
		}
	}
	// "Quick revision" names a part headed "Revision" too.
	ix = mustNotesIndex(t, "# Green Hydrogen Mission\n\nA mission to make India a hub of green hydrogen.\n\n"+
		"## Key Points\n1. The outlay is large.\n2. Electrolysers are made at home.\n\n"+
		"## Revision\n1. Green hydrogen comes from electrolysis with renewable power.\n2. The target is five million tonnes a year.\n")
	if got, ans := topID(t, ix, "give me the quick revision facts on green hydrogen"); ans.Shape == corpus.ShapeSummary || got != "green-hydrogen-mission/revision/1" {
		t.Errorf("quick revision facts: shape %q, got %s, want green-hydrogen-mission/revision/1", ans.Shape, got)
	}
	// So does it a part headed "Quick Revision: Prelims Traps".
	ix = mustNotesIndex(t, "# Palas of Bengal\n\nA dynasty of Bengal and Bihar.\n\n## Dharmapala\n\nHe founded Vikramashila.\n\n"+
		"## Quick Revision: Prelims Traps\n\n1. Gopala was chosen, not born to the throne.\n2. Atisha went to Tibet from Vikramashila, not from Nalanda.\n")
	if got, ans := topID(t, ix, "list the prelims traps in the quick revision section"); ans.Shape == corpus.ShapeSummary || !ans.Answered || got != "palas-of-bengal/quick-revision-prelims-traps/1" {
		t.Errorf("prelims traps in the quick revision section: shape %q, answered %v, got %s", ans.Shape, ans.Answered, got)
	}
}

// manyAccords are notes of many documents whose titles share their words:
// "Quantum Accord" and "Abe Quantum Accord", "Abi Quantum Accord"… whose
// passages say "quantum accord" over and over, while the one titled just
// "Quantum Accord" never does.
func manyAccords(tb testing.TB) *Index {
	tb.Helper()
	texts := []string{"# Quantum Accord\n\nA pact on research labs.\n\n## Key Points\n1. Labs open in spring.\n2. Funding rises each year.\n"}
	for _, a := range []string{"Ab", "Ka", "Lu", "Mo", "Ne", "Pi", "Ro", "Su", "Ta", "Vo", "Wi", "Ze", "Da", "Fe", "Go", "Ha"} {
		for _, b := range []string{"be", "bi", "do", "fa", "ge", "hu", "ki", "lo", "ma", "ne", "po", "ru", "si", "te", "vu", "xo"} {
			name := a + b
			texts = append(texts, fmt.Sprintf("# %s Quantum Accord\n\nThe %s quantum accord.\n\n## Key Points\n1. The quantum accord of %s.\n2. Quantum accord, quantum accord.\n", name, name, name))
		}
	}
	return mustDocsIndex(tb, texts...)
}

// TestLookUpAmongManyDocuments: a part of the document a question names is
// that document's, though more documents have such a part than are
// gathered one by one and the title's words find others first.
func TestLookUpAmongManyDocuments(t *testing.T) {
	ix := manyAccords(t)
	checkTopIDs(t, ix, map[string]string{
		"key point 2 of quantum accord":      "quantum-accord/key-points/2",
		"key point 1 of kabe quantum accord": "kabe-quantum-accord/key-points/1",
		"what is the quantum accord":         "quantum-accord/definition",
	})
}

// TestNamedByItsWordsAsTyped: a question names the document whose title
// has more of its words ("Screening Mission", not "National Screening
// Mission"), and what it asks of the named document is that document's,
// though another's answers it in more words. Two titles it names as fully,
// one as typed and one through what a word stands for ("dept reforms":
// "Dept Reforms", "Department Reforms"), it names neither: the part asked
// for is each one's.
func TestNamedByItsWordsAsTyped(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Department Reforms\n\nReforms of every department.\n\n## Key Points\n1. The department merges offices.\n",
		"# Dept Reforms\n\nMy shorthand list.\n\n## Key Points\n1. Seven reforms in all.\n",
		"# National Screening Mission\n\nThe National Screening Mission is a screening mission for screening.\n",
		"# Screening Mission\n\nA plan to check imports.\n",
	)
	checkTopIDs(t, ix, map[string]string{
		"what is the screening mission": "screening-mission/definition",
	})
	for _, q := range []string{"key point 1 of dept reforms", "key point 1 of department reforms"} {
		ans := mustSearch(t, ix, q, 3)
		var ids []string
		for _, r := range ans.Results[:min(2, len(ans.Results))] {
			ids = append(ids, r.Passage.ID)
		}
		slices.Sort(ids)
		if want := []string{"department-reforms/key-points/1", "dept-reforms/key-points/1"}; !slices.Equal(ids, want) {
			t.Errorf("%q: first two %v, want %v", q, ids, want)
		}
	}
}

// TestNamedWithoutItsBrackets: a title's name without the remark in its
// brackets names it ("pm kisan" for "PM-KISAN (Pradhan Mantri Kisan Samman
// Nidhi): Explainer"), as its name before the subtitle does, and so does
// the name in its brackets ("lok adalat" for "लोक अदालत (Lok Adalat)").
func TestNamedWithoutItsBrackets(t *testing.T) {
	ix := mustDocsIndex(t,
		"# PM-KISAN (Pradhan Mantri Kisan Samman Nidhi): Explainer\n\nCash for farmers.\n\n## Background\nIt began in 2019 at Gorakhpur.\n",
		"# Kisan Credit Card\n\nLoans for farmers.\n",
		"# लोक अदालत (Lok Adalat)\n\nलोक अदालत एक मंच है। Lok Adalat has statutory status.\n\n## Key Points\n- A Lok Adalat award is final.\n",
	)
	for q, want := range map[string]string{
		"what is a lok adalat":                   "lok-adalat",
		"pradhan mantri kisan samman nidhi cash": "pm-kisan-pradhan-mantri-kisan-samman-nidhi-explainer",
		"when did pm kisan begin":                "pm-kisan-pradhan-mantri-kisan-samman-nidhi-explainer",
		"kisan credit card loans":                "kisan-credit-card",
	} {
		if p, _, _ := ix.ranked(context.Background(), q); p.named != want {
			t.Errorf("%q names %q, want %q", q, p.named, want)
		}
	}
	if got := shortNames("PM-KISAN (Pradhan Mantri Kisan Samman Nidhi): Explainer"); !slices.Equal(got, []string{"PM-KISAN (Pradhan Mantri Kisan Samman Nidhi)", "PM-KISAN : Explainer", "PM-KISAN", "Pradhan Mantri Kisan Samman Nidhi"}) {
		t.Errorf("shortNames = %q", got)
	}
}

// TestMissingPart: a look-up of a part the notes lack is not answered with
// another part; it says what they have, and offers the last of it.
func TestMissingPart(t *testing.T) {
	one := mustNotesIndex(t, placeNotes)
	two := mustDocsIndex(t,
		"# Anti-Defection Law\n\nThe Tenth Schedule.\n\n## Frequently Asked Questions\n### Who decides?\nThe Speaker.\n### Is there a deadline?\nNo.\n",
		"# Revolt of 1857\n\nA rising.\n\n## Frequently Asked Questions\n### Where did it begin?\nAt Meerut.\n",
		"# Quad\n\nA group of four.\n\n## Key Points\n1. Four members.\n",
	)
	// Notes whose FAQs stand under another heading.
	three := mustDocsIndex(t,
		"# Revolt of 1857\n\nA rising.\n\n## Frequently Asked Questions\n### Where did it begin?\nAt Meerut.\n",
		"# Quad\n\nA group of four.\n\n## Revision\n1. FAQ: who leads it? No one does.\n",
	)
	// Notes whose questions have no answers.
	four := mustDocsIndex(t,
		"# Revolt of 1857\n\nA rising.\n\n## Frequently Asked Questions\n### Where did it begin?\nAt Meerut.\n",
		"# Lokpal\n\nAn ombudsman.\n\n## Composition\n- A chairperson and eight members.\n\n## Practice questions\n- Has the Lokpal met its aims? (15 marks)\n- Compare it with the CVC.\n",
	)
	// A table named with the words of another document's title in its row:
	// "the before vs after table row for princely states".
	table := mustDocsIndex(t,
		"# Indian Independence Act\n\nAn Act of 1947.\n\n## Before vs after (table)\n\n| Feature | Before | After |\n|---|---|---|\n"+
			"| Princely states | Under Crown paramountcy | Free to accede |\n| Governor-General | The Crown's agent | A constitutional head |\n",
		"# Integration of Princely States\n\nThe states joined India.\n\n## Instrument of Accession\n\n- Signed by the rulers.\n")
	// FAQs with and without exam tips.
	tips := mustNotesIndex(t, "# Delimitation\n\nRedrawing constituencies.\n\n## Frequently Asked Questions\n\n"+
		"### Who delimits?\nThe Delimitation Commission.\n\n**Exam Tip:** Its orders cannot be challenged in court.\n\n"+
		"### When is it done?\nAfter each census.\n")
	for _, tc := range []struct {
		ix             *Index
		question, note string
		first          string // the first result's ID
	}{
		{tips, "faq 2 exam tip", "FAQ 2 has no exam tip.", "delimitation/frequently-asked-questions/2"},
		{tips, "exam tip of faq 4", "There is no FAQ 4 in Delimitation: it has FAQs 1 to 2.", "delimitation/frequently-asked-questions/2"},
		{tips, "faq 1 exam tip", "", "delimitation/frequently-asked-questions/1/exam-tip"},
		{one, "key point 9", "There is no key point 9 in Joint Research: it has key points 1 to 5.", "joint-research/key-points/5"},
		{one, "key point 5", "", "joint-research/key-points/5"},
		{two, "faq 2 of 1857", "There is no FAQ 2 in Revolt of 1857: it has one FAQ.", "revolt-of-1857/frequently-asked-questions/1"},
		{two, "faq 5", "The notes have no FAQ 5: Anti-Defection Law has the most, 2.", "anti-defection-law/frequently-asked-questions/2"},
		{two, "key point 1 of 1857", "Revolt of 1857 has no key points.", ""},
		{two, "quad faqs", "Quad has no FAQs.", "quad/definition"},
		{two, "1857 faqs", "", "revolt-of-1857/frequently-asked-questions/1"},
		{three, "quad faqs", "", "quad/revision"},
		{four, "lokpal faqs", "Lokpal has no FAQs.", "lokpal/practice-questions"},
		{table, "what's in the before vs after table row for princely states", "", "indian-independence-act/before-vs-after-table/1"},
	} {
		got, ans := topID(t, tc.ix, tc.question)
		if ans.Note != tc.note || tc.note != "" && ans.Answered {
			t.Errorf("%q: answered %v, note %q; want note %q", tc.question, ans.Answered, ans.Note, tc.note)
		}
		if tc.first != "" && got != tc.first {
			t.Errorf("%q: first %s, want %s", tc.question, got, tc.first)
		}
	}
}

// TestLookUpInSeveralDocuments: a part that several documents have,
// asked for without naming one, is the first document's, followed by the
// others' and a note on how to ask for one of them, which works.
func TestLookUpInSeveralDocuments(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Quad\n\nA group of four.\n\n## Key Points\n1. Four members.\n2. Summits yearly.\n3. A vaccine plan.\n",
		"# Revolt of 1857: The First War\n\nA rising.\n\n## Key Points\n1. Began at Meerut.\n2. Spread to Delhi.\n",
		"# Lokpal\n\nAn ombudsman.\n\n## Key Points\n1. Set up in 2013.\n",
		"# Ozone\n\nA layer.\n\n## Frequently Asked Questions\n### Why?\nUV.\n",
	)
	for _, tc := range []struct {
		question, note string
		ids            []string
	}{
		{"key point 2", `Other notes have one too; the first is shown. For another, name its notes: "key point 2 of Revolt of 1857".`,
			[]string{"quad/key-points/2", "revolt-of-1857-the-first-war/key-points/2"}},
		{"key point 2 of revolt of 1857", "", []string{"revolt-of-1857-the-first-war/key-points/2", "revolt-of-1857-the-first-war/key-points/1"}},
		{"key  point  1", `Other notes have one too; the first is shown. For another, name its notes: "key point 1 of Revolt of 1857".`,
			[]string{"quad/key-points/1", "revolt-of-1857-the-first-war/key-points/1", "lokpal/key-points/1"}},
		{"key point 3", "", []string{"quad/key-points/3", "quad/key-points/2"}},
		{"faq 1", "", []string{"ozone/frequently-asked-questions/1"}},
	} {
		ans, err := ix.Search(context.Background(), tc.question, 5)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range ans.Results[:min(len(tc.ids), len(ans.Results))] {
			ids = append(ids, r.ID)
		}
		if !ans.Answered || ans.Note != tc.note || !slices.Equal(ids, tc.ids) {
			t.Errorf("%q: answered %v, note %q, results %v; want note %q, results %v", tc.question, ans.Answered, ans.Note, ids, tc.note, tc.ids)
		}
	}
}

// TestDefinitionFromItsStart: asked what a document's subject is, notes
// whose definition runs over several passages answer with the first,
// however the question is put.
func TestDefinitionFromItsStart(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Minimum Support Price (MSP)\n\n## What is MSP\n\n### Meaning\n\n- MSP = the price at which the government buys a crop from farmers.\n"+
			"- Announced before the sowing season.\n\n### Legal status\n\n- No law backs MSP for most crops: sugarcane is the exception, by an order.\n"+
			"- Mills must pay the sugarcane price within 14 days.\n\n## Procurement\n\n- FCI buys wheat and rice at MSP.\n",
		"# Project Tiger\n\nA scheme for tiger reserves, launched in 1973.\n",
	)
	for _, q := range []string{"msp kya hai", "what is msp?", "msp", "define msp", "minimum support price meaning", "msp ka mtlb"} {
		if got, ans := topID(t, ix, q); got != "minimum-support-price-msp/what-is-msp/meaning/1" || !ans.Answered {
			t.Errorf("%q: first %s (answered %v), want the definition's first passage", q, got, ans.Answered)
		}
	}
}

// TestCountOfTheTitle: "how many zonal councils are there" names nothing
// but the title, and asks how many, not what they are.
func TestCountOfTheTitle(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Zonal Councils\n\nRevision set for Centre-State relations.\n\n## Basics\n\n"+
			"### How many Zonal Councils are there?\n\nThe Act set up five, for the northern, central, eastern, western and southern zones.\n\n"+
			"### Who chairs a Zonal Council?\n\nThe Union Home Minister.\n",
		"# Project Tiger\n\nA scheme for tiger reserves, launched in 1973.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"How many zonal councils are there?": "zonal-councils/basics/how-many-zonal-councils-are-there",
		"what are zonal councils":            "zonal-councils/definition",
	})
}

// TestLookUpByTheHeadingsOwnName: of notes with both "PYQs" and "FAQs",
// "faq 2" is the FAQs' second and "pyq 2" the PYQs', though both are FAQs
// and other notes head theirs "Frequently Asked Questions".
func TestLookUpByTheHeadingsOwnName(t *testing.T) {
	ix := mustDocsIndex(t,
		"# RTE Issues\n\nThe Right to Education Act and its problems.\n\n## PYQs\n\n"+
			"**Q: Discuss the 25% quota under the RTE Act (2015).**\nA: Private schools reserve seats for weaker sections.\n\n"+
			"**Q: Examine the no-detention policy of the RTE Act (2019).**\nA: It was changed in 2019.\n\n## FAQs\n\n"+
			"**Q: Who pays for the quota seats?**\nA: The state pays the school back.\n\n"+
			"**Q: What is the penalty for capitation fees?**\nA: Up to ten times the fee charged.\n",
		"# Project Tiger\n\nA scheme for tiger reserves, launched in 1973.\n\n## Frequently Asked Questions\n\n"+
			"**Q: Who runs it?**\nA: The NTCA.\n\n**Q: How many reserves are there?**\nA: Over fifty.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What does FAQ 2 in the RTE notes say?": "rte-issues/faqs/2",
		"rte pyq 2":                             "rte-issues/pyqs/2",
		"project tiger faq 2":                   "project-tiger/frequently-asked-questions/2",
	})
}

// checkAnswers asks each question of want and checks that it is answered
// with the passage of want first.
func checkAnswers(t *testing.T, ix *Index, want map[string]string) {
	t.Helper()
	for q, id := range want {
		if got, ans := topID(t, ix, q); got != id || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want %s", q, ans.Answered, got, id)
		}
	}
}

// mustDocsIndex indexes documents written in Markdown, one a text.
func mustDocsIndex(tb testing.TB, texts ...string) *Index {
	tb.Helper()
	files := make([][2]string, len(texts))
	for i, text := range texts {
		files[i] = [2]string{fmt.Sprintf("doc%d.md", i), text}
	}
	return mustFilesIndex(tb, files...)
}

// mustFilesIndex indexes files, each a name and its text.
func mustFilesIndex(tb testing.TB, files ...[2]string) *Index {
	tb.Helper()
	var docs []*corpus.Document
	for _, f := range files {
		d, err := corpus.Parse(f[0], []byte(f[1]))
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	c, err := corpus.New(docs...)
	if err != nil {
		tb.Fatal(err)
	}
	return mustBuild(tb, c)
}

// TestHinglishWords: the Hinglish of everyday questions stands for the
// English words notes use, so it neither goes unmatched nor makes a
// question look unanswerable.
func TestHinglishWords(t *testing.T) {
	ix := mustDocsIndex(t, "# Crop Prices\n\nThe government buys 22 crops at a support price.\n\n## Key Points\n"+
		"1. Farmers get the support price for 22 crops.\n2. A ban on exports was imposed in 1958.\n"+
		"3. El Nino has a strong effect on the monsoon.\n4. The main reason is low rainfall.\n5. The aim is to raise farm income.\n"+
		"6. A board member serves a term of five years.\n7. A false complaint carries a penalty of one year.\n"+
		"8. The commission decides the support price each season.\n9. Critics say the scheme draws criticism for helping only a few states.\n"+
		"10. The board meets four times a year.\n11. Wheat and mustard are sown in winter.\n12. The export duty was enacted in 1961.\n13. Black soil is found in the Deccan.\n"+
		"14. Farmers give notice of a crop loss within 72 hours.\n")
	for _, tc := range []struct{ question, word, english, want string }{
		{"support price kitne crops pe milta hai", "", "", "crop-prices/key-points/1"}, // milta, "gets": a filler, as get is

		{"exports pe ban kab laga", "laga", "imposed", "crop-prices/key-points/2"},
		{"el nino ka monsoon pe asar", "asar", "effect", "crop-prices/key-points/3"},
		{"low rainfall ka karan", "karan", "reason", "crop-prices/key-points/4"},
		{"farm income badhane ka uddeshya", "uddeshya", "aim", "crop-prices/key-points/5"},
		{"board member ka karyakal", "karyakal", "term", "crop-prices/key-points/6"},
		{"jhoothi shikayat ki saza", "shikayat", "complaint", "crop-prices/key-points/7"},
		{"support price kitne fasalon pe", "fasalon", "crops", "crop-prices/key-points/1"}, // an oblique plural
		{"support price kaun tay karta hai", "tay", "decides", "crop-prices/key-points/8"},
		{"scheme ki aalochna", "aalochna", "criticism", "crop-prices/key-points/9"},
		{"monsoon pe mazboot asar", "mazboot", "strong", "crop-prices/key-points/3"},
		{"board saal me kitni baar meet karta hai", "baar", "times", "crop-prices/key-points/10"},
		{"sarson kab boya jata hai", "sarson", "mustard", "crop-prices/key-points/11"},
		{"export duty kab lagu hui", "lagu", "enacted", "crop-prices/key-points/12"},
		{"black soil kahan paya jata hai", "paya", "found", "crop-prices/key-points/13"},
		{"crop loss ka notice kaise dete h", "dete", "give", "crop-prices/key-points/14"}, // "h": hai
		// "aaya", came: an everyday word the notes lack weighs as one, not as a word unknown.
		{"ban kab aaya", "", "", "crop-prices/key-points/2"},
		{"el nino ka asar kitna gehra hai", "", "", "crop-prices/key-points/3"},
	} {
		if alts := alternatives(t, ix, tc.question); tc.word != "" && !slices.Contains(alts[tc.word], ix.analyze(tc.english)[0]) {
			t.Errorf("%q: %q may match %v, want %q among them", tc.question, tc.word, alts[tc.word], tc.english)
		}
		if got, ans := topID(t, ix, tc.question); got != tc.want || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want %s", tc.question, ans.Answered, got, tc.want)
		}
	}
}

// TestCompounds: an English word the notes lack finds the compounds they
// write it in ("rain": "rainfall"), not words it merely starts
// ("rainier"), and not when they have it; a compound they lack, its words
// as they write them apart ("seawater": "sea water").
func TestCompounds(t *testing.T) {
	ix := mustNotesIndex(t, "# Monsoon\n\nCherrapunji gets the most rainfall in India. Mount Rainier is in the United States. Peatlands store carbon. Sea water takes it up. "+
		"The table shows the time of onset.\n")
	for _, tc := range []struct {
		question, word string
		want           []string
	}{{"how much rain", "rain", []string{"rainfal"}}, {"peat", "peat", []string{"peatland"}}, {"carbon", "carbon", []string{"carbon"}},
		{"carbon in seawater", "seawater", []string{"sea water"}}, // the notes write it apart
		{"make me a timetable", "timetable", nil}} {               // the notes have "time" and "table", but not together
		if alts := alternatives(t, ix, tc.question)[tc.word]; !slices.Equal(alts, tc.want) {
			t.Errorf("%q: %q may match %v, want %v", tc.question, tc.word, alts, tc.want)
		}
	}
}

// TestSplitChecksBounded: each English word the notes lack that they may
// write as two words costs a phrase search; a question pays for
// maxSplitChecks of them, however long it is.
func TestSplitChecksBounded(t *testing.T) {
	ix := mustNotesIndex(t, "# Nature\n\nSea water, rain water, foot path, wild life and farm land.\n")
	words := []string{"seawater", "rainwater", "footpath", "wildlife", "farmland"}
	alts := alternatives(t, ix, strings.Join(words, " "))
	for i, w := range words {
		split := len(alts[w]) == 1 && strings.Contains(alts[w][0], " ")
		if want := i < maxSplitChecks; split != want {
			t.Errorf("%s (word %d): alternatives %v, read as two words %v, want %v", w, i+1, alts[w], split, want)
		}
	}
}

// TestHinglishUnknownWords: a word neither the notes nor English know
// ("gehra": deep), in a question asked in Hinglish, weighs as an everyday
// word, not as a subject the notes lack; in English, or as the only Hindi
// word, it is unknown.
func TestHinglishUnknownWords(t *testing.T) {
	ix := mustNotesIndex(t, "# Monsoon\n\nEl Nino has a strong effect on the monsoon.\n")
	for q, want := range map[string]bool{"el nino ka asar kitna gehra hai": true, "the gehra effect of el nino": false, "gehra effect hai": false,
		"el nino gehra asar kab": true} { // "asar" is Hinglish of hinglish.txt, "kab" a Hindi function word
		if c := conceptOf(t, ix, q, "gehra"); c.common != want {
			t.Errorf("%q: gehra everyday %v, want %v", q, c.common, want)
		}
	}
	if got, ans := topID(t, ix, "el nino ka asar kitna gehra hai"); ans.Confidence < 0.9 {
		t.Errorf("el nino ka asar kitna gehra hai: %s at confidence %.2f, want 0.9 or more", got, ans.Confidence)
	}
}

// TestRequestWords: "list" and "summary" ask how to answer, not what about:
// notes that have the word do not win the question for it.
func TestRequestWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Bustards\n\nThe bustard is a large bird of the grasslands.\n\n## Facts\n- bustards are heavy birds\n- the desert park is large\n"+
			"- the bird is listed in Schedule I of the law as amended in 2022\n- the local name is godawan\n",
		"# Ozone\n\nThe Montreal Protocol of 1987 protects the ozone layer.\n\n## Key Points\n1. The Montreal Protocol phases out CFCs.\n"+
			"2. The Montreal Protocol has a fund.\n3. India joined the Montreal Protocol in 1992.\n\n## Amendments\n"+
			"1. The London Amendment of 1990 and the Kigali Amendment of 2016 widened the Montreal Protocol.\n",
	)
	for _, q := range []string{"montreal protocal amendmnts list", "montreal protocal amendmnts summary"} {
		if got, ans := topID(t, ix, q); !strings.HasPrefix(got, "ozone/") || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want a passage of Ozone", q, ans.Answered, got)
		}
	}
	// Who is asked is no word to look for ("anyone" is not "any one").
	for _, q := range []string{"anyone know the local name of the bustard?", "can someone tell everybody the local name of the bustard"} {
		if p := ix.plan(normalize(q)); len(p.concepts) != 3 {
			t.Errorf("%q: plan %s, want local, name, bustard", q, p)
		}
	}
	checkAnswers(t, ix, map[string]string{"anyone know the local name of the bustard?": "bustards/facts"})
}

// TestWordsOfARequestsStem: a word of a request word's stem ("helpful" of
// "help") says no more than the request word; a form of its verb
// ("defined") is asked about.
func TestWordsOfARequestsStem(t *testing.T) {
	ix := mustNotesIndex(t, "# Sails\n\nSunlight can help a sail move: the push is helpful. A sail is defined by its film.\n")
	if p := ix.plan(normalize("thanks bhai, the notes were really helpful")); !smallTalk(p) {
		t.Errorf("a thank-you has something to look for: plan %s", p)
	}
	if c := conceptOf(t, ix, "is a sail defined by its film", "defined"); c.common {
		t.Errorf("defined weighs as an everyday word")
	}
}

// TestNegationsAreNotConcepts: "can't", "didn't" and their chat spellings
// are "can not", "did not": stop words, not a rare word to look for.
func TestNegationsAreNotConcepts(t *testing.T) {
	ix := mustSailIndex(t)
	for _, q := range []string{"why can't a sail use fuel", "why cant a sail use fuel", "why didn't ikaros use fuel", "ikaros doesnt need fuel"} {
		for _, c := range ix.plan(normalize(q)).concepts {
			if negations[c.word] {
				t.Errorf("%q: %q is a concept", q, c.word)
			}
		}
	}
	if got := words(normalize("Why didn't India just cancel it? It can’t")); !slices.Equal(got, []string{"why", "india", "just", "cancel", "it", "it"}) {
		t.Errorf("words = %q", got)
	}
}

// TestChatSpellings: chat spellings are read as the words they stand for;
// "d" typed for "the" too, but the "d" of "part d" or "vitamin d" stays;
// a letter stretched ("whattt") is typed once, or twice where English has
// it so ("goood"), but not in a word typed in capitals ("NCCC").
func TestChatSpellings(t *testing.T) {
	for q, want := range map[string]string{
		"wat is d diff b/w crr n slr":      "what is the difference between crr n slr",
		"how many ppl died acc to who":     "how many people died according to who",
		"can ag defend w/o govt permision": "can ag defend without government permision",
		"who is d current cag of india?":   "who is the current cag of india?",
		"whattt is ttc plsss":              "what is ttc pls",
		"goood notes, ttc ka full formmm":  "good notes, ttc ka full form",
		"is crypto bannned, www":           "is crypto banned, www",
		"iiit act, part xxxiii":            "iiit act, part xxxiii",
		"NCCC? WHATTT":                     "nccc? what",
		"Whattt is NCCC":                   "what is nccc",
		"d role of ntca":                   "the role of ntca",
		"who wer his disciples b4 1300":    "who were his disciples before 1300",
		"what is part d of the schedule":   "what is part d of the schedule",
		"vitamin d deficiency":             "vitamin d deficiency",
		"r&d spending":                     "r&d spending",
		"what is d":                        "what is d",
	} {
		if got := normalize(q); got != want {
			t.Errorf("normalize(%q) = %q, want %q", q, got, want)
		}
	}
	ix := mustNotesIndex(t, "# Reserve Ratios\n\nCRR and SLR are kept by banks. Grade N bonds count.\n")
	for _, c := range ix.plan(normalize("crr n slr")).concepts {
		if c.word == "n" {
			t.Errorf("crr n slr looks for %q", c.word)
		}
	}
}

// TestDoubledLetters: doubled letters typed single (or single ones typed
// double) are one slip, however many: "comitee" has two edits, more than
// a word of seven letters may have.
func TestDoubledLetters(t *testing.T) {
	ix := mustNotesIndex(t, "# Panels\n\nThe committee met at the address of the board.\n")
	for word, want := range map[string]string{"comitee": "committee", "adres": "address", "commmittee": "committee"} {
		alts := alternatives(t, ix, "the "+word+" of the board")
		if typed := normalize(word); !slices.Contains(alts[typed], ix.analyze(want)[0]) { // a letter typed thrice is read as typed twice
			t.Errorf("%q may match %v, want %q among them", word, alts[typed], want)
		}
	}
}

// TestWordsWithoutVowels: a word of four letters or more typed without
// its vowels, as in chat, is the notes' word with those consonants
// ("spcl", "dvlpmnt", "cmsn" for "commission"); a short acronym is not.
func TestWordsWithoutVowels(t *testing.T) {
	ix := mustNotesIndex(t, "# Panels\n\nThe special commission on development met at the gate.\n")
	for word, want := range map[string]string{"spcl": "special", "dvlpmnt": "development", "cmsn": "commission"} {
		if alts := alternatives(t, ix, "the "+word+" of the board"); !slices.Contains(alts[word], ix.analyze(want)[0]) {
			t.Errorf("%q may match %v, want %q among them", word, alts[word], want)
		}
	}
	if alts := alternatives(t, ix, "gst council"); len(alts["gst"]) > 0 {
		t.Errorf("gst may match %v, want nothing", alts["gst"])
	}
	// An acronym with a letter more or less is another one.
	ix = mustNotesIndex(t, "# Regions\n\nThe NCR plan covers Delhi.\n")
	if alts := alternatives(t, ix, "ncrb data on crimes"); len(alts["ncrb"]) > 0 {
		t.Errorf("ncrb may match %v, want nothing", alts["ncrb"])
	}
}

// TestCountedConcept: the concept a "how many" question counts.
func TestCountedConcept(t *testing.T) {
	ix := mustNotesIndex(t, "# Tigers\n\nIndia counted 3,682 tigers in 2022 in 58 tiger reserves and gram panchayats.\n")
	for q, want := range map[string]string{
		"how many tigers does india have":        "tigers",
		"How many of the reserves are in India?": "reserves",
		"how many gram panchayats are there":     "gram",
		"india me kitne tiger hai":               "tiger",
		"how much do tigers eat":                 "",
		"tigers count":                           "",
	} {
		p := ix.plan(normalize(q))
		got := ""
		if p.counted > 0 {
			got = p.concepts[p.counted-1].word
		}
		if got != want {
			t.Errorf("%q counts %q, want %q (plan %s)", q, got, want, p)
		}
	}
}

// TestParticleIsNoAbbreviation: "UP" typed is Uttar Pradesh, but "Uttar
// Pradesh" asked is not looked for as the "up" of "set up".
func TestParticleIsNoAbbreviation(t *testing.T) {
	ix := mustNotesIndex(t, "# Panchayats\n\nA committee was set up in 1957. Uttar Pradesh has the most gram panchayats.\n")
	if alts := alternatives(t, ix, "gram panchayats in uttar pradesh"); slices.Contains(alts["uttar pradesh"], "up") {
		t.Errorf("uttar pradesh may match %v, want no \"up\"", alts["uttar pradesh"])
	}
	if alts := alternatives(t, ix, "gram panchayats in UP"); !slices.Contains(alts["up"], "uttar pradesh") {
		t.Errorf("up may match %v, want \"uttar pradesh\"", alts["up"])
	}
}

// TestMPsAreMembers: notes write "100 members of the Lok Sabha" for MPs.
func TestMPsAreMembers(t *testing.T) {
	ix := mustNotesIndex(t, "# Judges\n\nA notice of motion is signed by 100 members of the Lok Sabha.\n")
	if alts := alternatives(t, ix, "how many MPs sign the notice"); !slices.Contains(alts["mps"], "member") {
		t.Errorf("mps may match %v, want \"member\" among them", alts["mps"])
	}
}

// TestSectionNamedWithATypo: a section's name with a slip in it names the
// section, as it would typed right.
func TestSectionNamedWithATypo(t *testing.T) {
	ix := mustNotesIndex(t, `# Tiger Reserves

Protected areas for tigers.

## Recent Developments
- 2023: A new reserve was notified in Madhya Pradesh, as recent surveys asked.
- 2024: The census counted more tigers.

## Frequently Asked Questions
### What recent developments matter for the exam?
The census and the new reserves.
`)
	if got, ans := topID(t, ix, "tiger reserves recnt develpments"); !strings.HasPrefix(got, "tiger-reserves/recent-developments/") || !ans.Answered {
		t.Errorf("recnt develpments: answered %v with %s, want a recent development", ans.Answered, got)
	}
	// Named for a list, in the plural, a list; a slip that makes another
	// English word ("pints") too, where it ends a section's name.
	for _, q := range []string{"recnt develpments", "list all recnt develpments", "recent developmants", "recent devlopments"} {
		if a := mustSearch(t, ix, q, 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 {
			t.Errorf("%q = %s %q, want the two developments listed", q, a.Shape, resultIDs(a.Results))
		}
	}
	kp := mustNotesIndex(t, "# Indus Waters Treaty\n\nA treaty of 1960.\n\n## Key Points\n1. The World Bank brokered it.\n2. India got the eastern rivers.\n")
	if a := mustSearch(t, kp, "indus ke key pints", 3); a.Shape != corpus.ShapeList || len(a.Results) != 2 {
		t.Errorf("indus ke key pints = %s %q, want the two key points listed", a.Shape, resultIDs(a.Results))
	}
	if fixed := kp.nameTypos(words("a pint of milk")); fixed != nil {
		t.Errorf("a pint of milk: corrected to %q; an English word is a slip only where it ends a section's name", fixed)
	}
}

// TestFullForm: asked what an acronym stands for, the notes answer with
// the passage that spells it out, not the ones that only use it.
func TestFullForm(t *testing.T) {
	ix := mustNotesIndex(t, `# Tech Ties

The EU and India work together on technology.

## Key Points
1. The TTC met in Brussels in 2023 and the TTC met again in 2024.
2. India and the EU set up the Trade and Technology Council (TTC) in 2022.
3. The TTC has three working groups.
`)
	for _, q := range []string{"ttc full form", "TTC ka full form kya hai", "what does TTC stand for", "full form of the ttc", "expand TTC"} {
		if got, ans := topID(t, ix, q); got != "tech-ties/key-points/2" || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want tech-ties/key-points/2", q, ans.Answered, got)
		}
	}
	if got, _ := topID(t, ix, "when did the ttc meet in brussels"); got != "tech-ties/key-points/1" {
		t.Errorf("a question that only uses the acronym: got %s, want tech-ties/key-points/1", got)
	}
}

// TestTitleAloneAsksItsDefinition: a document's title alone, or the
// acronym its title spells out, asks for its definition from the start,
// when the definition takes several passages.
func TestTitleAloneAsksItsDefinition(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Minimum Support Price (MSP)\n\n## What is MSP\n- the price at which the government buys a crop from farmers\n"+
			"- no law guarantees the MSP; it is a policy, not a legal right for farmers\n\n## Crops\n- 22 crops get an MSP from the government\n",
		"# Quad\n\nA group of four countries.\n\n## Key Points\n1. Four members meet each year.\n",
	)
	for _, q := range []string{"msp", "MSP?", "minimum support price", "what is msp"} {
		if got, ans := topID(t, ix, q); got != "minimum-support-price-msp/what-is-msp/1" || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want minimum-support-price-msp/what-is-msp/1", q, ans.Answered, got)
		}
	}
}

// TestNamedBySubject: a word of one title names that document when most
// passages with it are that document's, though it is little of the title;
// a word of one title that every document uses does not. Asked alone, it
// asks for the document's definition, or for notes without one their first
// section.
func TestNamedBySubject(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Lokpal and Lokayuktas\n\nThe Lokpal is the anti-corruption ombudsman of the Union of India.\n\n## Background\n"+
			"- the first Lokpal Bill came in 1968\n\n## In the news\n\n- India's Lokpal got a new chairperson in 2024\n",
		"# Government of India Act, 1935\n\nThe longest act passed by the British Parliament for India.\n\n## Key Features\n"+
			"- federation of provinces\n- India got provincial autonomy\n",
		"# Quad\n\nA group of four: India, Japan, Australia and the US.\n\n## Key Points\n\n1. India hosted a summit.\n",
		"Ozone Layer Depletion & the Montreal Protocol\n\nBasics\n------\n* Ozone is a molecule of three oxygen atoms.\n"+
			"* The ozone layer absorbs UV-B.\n\nKigali Amendment\n----------------\n* Kigali 2016 brought HFCs under the Protocol; HFCs do not harm ozone.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"lokpal":                   "lokpal-and-lokayuktas/definition",
		"tell me about lokpal":     "lokpal-and-lokayuktas/definition",
		"lokpal ke baare me batao": "lokpal-and-lokayuktas/definition",
		"lokayuktas":               "lokpal-and-lokayuktas/definition",
		"ozone":                    "ozone-layer-depletion-and-the-montreal-protocol/basics/1",
		"what is ozone?":           "ozone-layer-depletion-and-the-montreal-protocol/basics/1",
		"ozone kya hai":            "ozone-layer-depletion-and-the-montreal-protocol/basics/1",
	})
	if p, _, _ := ix.ranked(context.Background(), "india"); p.named != "" {
		t.Errorf(`"india" names %s, want no document`, p.named)
	}
}

// TestLatestDevelopments: "<document> latest news" asks for the
// developments of its latest year, whatever their order in the notes.
func TestLatestDevelopments(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Lokpal and Lokayuktas\n\nAn anti-corruption body.\n\n## In the news\n- 2024: a new chairperson was sworn in\n- 2025: a full bench ruled on judges\n- 2023: a committee found no prosecutions\n",
		"# Quad\n\nA group of four.\n\n## Recent Developments\n1. In 2022, the leaders met in Tokyo.\n2. In 2021, the first summit was held.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"lokpal latest news":       "lokpal-and-lokayuktas/in-the-news/2",
		"latest update on lokpal":  "lokpal-and-lokayuktas/in-the-news/2",
		"quad latest developments": "quad/recent-developments/1",
		"newest quad news":         "quad/recent-developments/1",
	})
}

func TestPartNumbers(t *testing.T) {
	for q, want := range map[string]string{
		"key pt 7":               "key point 7",
		"key pts of the quad":    "key points of the quad",
		"pt no. 4":               "point no. 4",
		"dev 3":                  "development 3",
		"devts #2":               "development #2",
		"key point seven":        "key point 7",
		"faq two":                "faq 2",
		"section four":           "section 4",
		"kp3":                    "kp 3",
		"dev3":                   "development 3",
		"key pnt 3":              "key point 3",
		"pt3":                    "point 3",
		"q5 fundamental duties":  "q 5 fundamental duties",
		"ques12":                 "ques 12",
		"project tiger pt":       "project tiger pt", // PT, the project
		"development of devices": "development of devices",
		"the seven sisters":      "the seven sisters",
	} {
		if got := partNumbers(q); got != want {
			t.Errorf("partNumbers(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestSpelledOut: the ways notes spell an acronym out, before it or after.
func TestSpelledOut(t *testing.T) {
	for _, tc := range []struct{ before, acr, want string }{
		{"the US-EU Trade and Technology Council ", "TTC", "trade and technology council"},
		{"by the Provisions of the Panchayats (Extension to Scheduled Areas) Act, 1996 ", "PESA", "panchayats extension to scheduled areas"},
		{"under the Reserve Bank of India Act, 1934 ", "RBI", "reserve bank of india"},
		{"in the year 1996 ", "PESA", ""},
		{"the Trade and Technology Council, 2021 and more ", "TTC", ""},
		{strings.Repeat("many words before it ", 100) + "the Trade and Technology Council ", "TTC", "trade and technology council"},
	} {
		if got := longForm(tc.before, tc.acr); got != tc.want {
			t.Errorf("longForm(%q, %q) = %q, want %q", tc.before, tc.acr, got, tc.want)
		}
	}
	for _, tc := range []struct{ acr, long, want string }{
		{"VELC", "Visible Emission Line Coronagraph", "visible emission line coronagraph"},
		{"HEL1OS", "High Energy L1 Orbiting X-ray Spectrometer", "high energy l1 orbiting x ray spectrometer"},
		{"ASPEX", "Aditya Solar wind Particle EXperiment", "aditya solar wind particle experiment"},
		{"MAG", "Magnetometer", ""},                  // one word: a gloss, not a spelling out
		{"India", "The Republic of India", ""},       // not an acronym
		{"SUIT", "Solar Ultraviolet Imaging", ""},    // T missing
		{"ISRO", "Launched by the space agency", ""}, // another first letter
	} {
		if got := spelledAfter(tc.acr, tc.long); got != tc.want {
			t.Errorf("spelledAfter(%q, %q) = %q, want %q", tc.acr, tc.long, got, tc.want)
		}
	}
	ix := mustNotesIndex(t, "# Solar Probe\n\nThe probe has VELC (Visible Emission Line Coronagraph) and SUIT.\n\n## Key Points\n1. VELC sees the corona.\n")
	if got, _ := topID(t, ix, "velc full form"); got != "solar-probe/definition" {
		t.Errorf("velc full form: got %s, want solar-probe/definition", got)
	}
}

// TestAcronymsFirst: acronymsFirst finds what the regular expression it
// replaced found, on edge cases and on the evaluation notes.
func TestAcronymsFirst(t *testing.T) {
	re := regexp.MustCompile(`\b([A-Z][A-Za-z0-9&]{1,9})\s*\(([A-Z][^()]{4,80})\)`)
	texts := []string{"", "(", ")", "VELC (Visible Emission Line Coronagraph)", "the VELC(Visible Emission) and SUIT (Solar Ultraviolet Imaging Telescope)",
		"R&D (Research and Development)", "&ABC (Alpha Beta Corp)", "x_ABC (Alpha Beta Corp)", "xABC (Alpha Beta Corp)",
		"ABCDEFGHIJK (Too Long An Acronym)", "AB\n\t(Alpha Beta)", "AB (Alpha (Beta) Gamma)", "AB (alpha beta)", "AB (Abcd)", "AB (Abc)",
		"Éa AB (Alpha Beta)", "AB (" + strings.Repeat("A", 81) + ")", "AB (" + strings.Repeat("A", 82) + ")", "A (Alpha Beta)"}
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{"testdata/eval/multi/docs"}, Seed: true, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Passages() {
		texts = append(texts, p.Text)
	}
	for _, text := range texts {
		var want, got [][2]string
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			want = append(want, [2]string{m[1], m[2]})
		}
		for acr, long := range acronymsFirst(text) {
			got = append(got, [2]string{acr, long})
		}
		if !slices.Equal(got, want) {
			t.Errorf("%.60q: got %q, want %q", text, got, want)
		}
	}
}

// TestLetterLeftOut: of two words as close to a typo, the one that has
// every letter typed wins, however common the other: a letter left out is
// the commonest slip.
func TestLetterLeftOut(t *testing.T) {
	ix := mustNotesIndex(t, `# Panels

## Selection
1. A selection committee picks the members.

## Key Points
1. Each section of the Act has a section number.
2. Section 3 lets the section officer act.
`)
	alts := alternatives(t, ix, "selction of members")
	if want := ix.analyze("selection")[0]; !slices.Contains(alts["selction"], want) || slices.Contains(alts["selction"], "section") {
		t.Errorf("selction may match %v, want %q and not section", alts["selction"], want)
	}
}

// TestComparisonWords: the words that ask for a comparison are not looked
// for; the same words asking about something are.
func TestComparisonWords(t *testing.T) {
	ix := mustNotesIndex(t, "# Reserves\n\nThe core is kept inviolate; the buffer around it allows people. The difference in pressure drives winds.\n")
	for _, tc := range []struct {
		question     string
		looks, skips []string
	}{
		{"what is the difference between the core and the buffer", []string{"core", "buffer"}, []string{"difference", "between"}},
		{"core vs buffer", []string{"core", "buffer"}, []string{"vs"}},
		{"core aur buffer me kya farak hai", []string{"core", "buffer"}, []string{"farak"}},
		{"how does the difference in pressure drive winds", []string{"difference", "pressure"}, nil},
	} {
		alts := alternatives(t, ix, tc.question)
		for _, w := range tc.looks {
			if alts[w] == nil {
				t.Errorf("%q: concepts %v, want %q among them", tc.question, alts, w)
			}
		}
		for _, w := range tc.skips {
			if alts[w] != nil {
				t.Errorf("%q: concepts %v, want no %q", tc.question, alts, w)
			}
		}
	}
}

// TestHeadingNamedByItsWords: a question with every word of a heading of
// two words or more asks for that section, though not in its order.
func TestHeadingNamedByItsWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Revolt of 1857: Causes, Leaders and Consequences\n\nThe Revolt of 1857 was a rising against the Company's rule.\n\n"+
			"## Causes of the Revolt\n\n### Political causes\n\n- The Doctrine of Lapse annexed states without heirs.\n\n"+
			"### Military causes\n\n- Greased cartridges angered the sepoys.\n\n## Consequences\n\n- The Crown took over from the Company in 1858.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"causes of 1857 revolt": "revolt-of-1857-causes-leaders-and-consequences/causes-of-the-revolt/political-causes",
		"revolt causes":         "revolt-of-1857-causes-leaders-and-consequences/causes-of-the-revolt/political-causes",
	})
}

// TestNearSynonymsOfQuestions: the words questions use for the notes'
// headings ("effects" for "Impact", "controversial" for "Criticism") find
// them, as the hand lexicon's near-synonyms say.
func TestNearSynonymsOfQuestions(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Monsoon Notes\n\nThe monsoon brings most of India's rain.\n\n## Impact on farming\n\n- A weak monsoon cuts kharif output.\n\n"+
			"## Onset\n\n- The monsoon reaches Kerala on 1 June on average; its arrival has effects on sowing.\n",
		"# Sedition Law\n\nSection 124A punished speech against the government.\n\n## Criticism\n\n- Used against journalists and students.\n\n"+
			"## History\n\n- Drafted by Macaulay in 1837.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"impact of the monsoon on farming":      "monsoon-notes/impact-on-farming",
		"monsoon consequences for farming":      "monsoon-notes/impact-on-farming",
		"why is the sedition law controversial": "sedition-law/criticism",
	})
}

// TestNotesShorthand: the notes' shorthand for a question's word ("Min.
// age" for the minimum age) is found as the word.
func TestNotesShorthand(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Vice-President of India\n\nThe second-highest office of the Union.\n\n## One-glance summary\n\n"+
			"- Elected by both Houses of Parliament.\n- Min. age 35; max. term not fixed, re-election allowed.\n- Ex-officio Chairman of the Rajya Sabha.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the minimum age to become Vice-President?": "vice-president-of-india/one-glance-summary/2",
	})
}

// TestSynonymsOfKnownWords: a word the notes have still finds the words
// they use for it elsewhere ("released", "published"), as a weaker match.
func TestSynonymsOfKnownWords(t *testing.T) {
	ix := mustNotesIndex(t, "# Minutes\n\nThe minutes are published two weeks after the meeting.\n\n## Key Points\n1. The report was released in May.\n")
	alts := alternatives(t, ix, "when are the minutes released")
	if want := ix.analyze("published")[0]; !slices.Contains(alts["released"], want) {
		t.Errorf("released may match %v, want %q among them", alts["released"], want)
	}
	c := ix.plan("when are the minutes released").concepts
	for _, a := range c[len(c)-1].alts {
		if a.w == 1 && !slices.Equal(a.terms, ix.analyze("released")) {
			t.Errorf("released: %v counts as the word itself", a.terms)
		}
	}
}

// TestHyphenatedHeadingNamed: a heading written with a hyphen ("PM-AASHA")
// is named by its words as a question splits them, and asking what it is
// answers from the section's start, not from the passage that repeats the
// name most.
func TestHyphenatedHeadingNamed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Crop Prices\n\nThe government promises a price for some crops.\n\n## PM-AASHA\n\n"+
			"- An umbrella scheme of 2018 so that growers of pulses get the support price.\n"+
			"- Under it, the Price Support Scheme buys pulses outright.\n"+
			"- In 2024 PM-AASHA was extended; PM-AASHA now also runs the price fund, and PM-AASHA covers copra.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is PM-AASHA?": "crop-prices/pm-aasha/1",
		"pm aasha":          "crop-prices/pm-aasha/1",
	})
}

// TestHyphenatedWithAStopWord: a name the notes write with a hyphen and a
// stop word for one part ("IN-SPACe") is asked joined, not as its other
// part alone; the same words apart in a question stay apart.
func TestHyphenatedWithAStopWord(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Rockets\n\nIndia builds rockets for space.\n\n## Private Rockets\n\n"+
			"- IN-SPACe (Indian National Space Promotion and Authorisation Centre) authorises private launches.\n"+
			"- Skyroot flew Vikram-S to space in 2022, the first private rocket to reach space.\n"+
			"- Space startups build small rockets for space tourism in space.\n",
	)
	checkAnswers(t, ix, map[string]string{"what is IN-SPACe": "rockets/private-rockets/1"})
	for q, want := range map[string]bool{"what is IN-SPACe": true, "the first rocket in space": false, "S-T-S strategy": false} {
		p := ix.plan(normalize(q))
		if got := slices.ContainsFunc(p.concepts, func(c concept) bool { return c.word == "inspace" }); got != want {
			t.Errorf("%q: inspace a concept = %v, want %v (plan %s)", q, got, want, p)
		}
	}
}

// TestListedSubjects: a title that lists subjects ("PSLV, GSLV & SSLV")
// names the document by any of them, but each is one subject of the notes:
// "the SSLV flight" is matched where the notes have it, not everywhere.
func TestListedSubjects(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Launch Vehicles: PSLV, GSLV & SSLV\n\nISRO builds three rockets.\n\n"+
			"## PSLV – the Workhorse\n\n- The PSLV flight failed in 1993: a software error.\n- PSLV has flown over fifty times.\n\n"+
			"## SSLV – Launch on Demand\n\n- Its first developmental flight, SSLV-D1, failed in 2022 because of a sensor anomaly on the way to orbit.\n"+
			"- The Small Satellite Launch Vehicle (SSLV) carries 500 kg.\n\n## GSLV\n\n- GSLV uses a cryogenic stage.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{"why did the SSLV flight fail?": "launch-vehicles-pslv-gslv-and-sslv/sslv-launch-on-demand/1"})
	for title, want := range map[string][]string{
		"Launch Vehicles: PSLV, GSLV & SSLV":                                    {"pslv", "gslv", "sslv"},
		"BRICS: Origin, Members, New Development Bank and India's Role":         {"origin", "member", "new", "develop", "bank", "india", "role"},
		"Pardoning Power of the President and the Governor (Articles 72 & 161)": nil,
		"Battles of Plassey (1757) and Buxar (1764)":                            nil,
		"Ocean Currents – GS1 Geo (NCERT + AMOC news)":                          {"ncert", "amoc", "new"},
		"HSF notes (Gaganyaan / BAS / SpaDeX / Ax-4)":                           {"gaganyaan", "ba", "spadex", "ax", "4"},
		"Armed Forces (Special Powers) Act":                                     nil,
	} {
		if got := ix.listedTerms(title); !slices.Equal(got, want) {
			t.Errorf("listedTerms(%q) = %q, want %q", title, got, want)
		}
	}
	// A question of one subject the title's brackets list asks about it,
	// not for the notes' definition.
	currents := mustDocsIndex(t,
		"# Ocean Currents (NCERT + AMOC news)\n\nOcean currents are streams of water moving through the oceans.\n\n"+
			"## Thermohaline circulation\n\n- The AMOC (Atlantic Meridional Overturning Circulation) carries warm water north.\n- It is slowing, studies say.\n\n"+
			"## Gyres\n\n- Gyres turn clockwise in the north.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, currents, map[string]string{"AMOC?": "ocean-currents-ncert-amoc-news/thermohaline-circulation/1"})
}

// TestSlashHeadingNamedByEither: a heading written "threats / issues" is
// named by either word, in the document the question names even when
// another document has a section headed by that word alone.
func TestSlashHeadingNamedByEither(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Project Tiger\n\nA scheme of 1973 to save the tiger.\n\n## background\n\n- Tiger numbers fell to 1,827 in 1972, the count said.\n- A ban on hunting tigers came in 1970, before the scheme.\n\n"+
			"## threats / issues\n\n- Poaching for skins and bones feeds an illegal trade across borders.\n"+
			"- Roads, railway lines and canals cut the corridors between reserves.\n"+
			"- Tigers outside reserves meet villagers, and tigers that stray are killed in revenge.\n",
		"# Great Indian Bustard\n\nA large bird of the grasslands.\n\n## threats\n\n- Overhead power lines kill the birds in flight, the first cause of death.\n"+
			"- Grasslands are lost to farms, plantations and solar parks every year.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"tiger threats":        "project-tiger/threats-issues/1",
		"project tiger issues": "project-tiger/threats-issues/1",
		"list tiger threats":   "project-tiger/threats-issues/1",
		"bustard threats":      "great-indian-bustard/threats/1",
		"list bustard threats": "great-indian-bustard/threats/1",
	})
	for _, q := range []string{"bustard threats", "what are the threats to the bustard", "gib threats"} {
		a := mustSearch(t, ix, q, 5)
		if a.Shape != corpus.ShapeList || len(a.Results) != 2 || a.Results[1].DocID != "great-indian-bustard" {
			t.Errorf("%q: %s of %q, want the bustard's two threats listed", q, a.Shape, resultIDs(a.Results))
		}
	}
}

// TestSectionOfTheNamedDocument: of headings that share a name ("threats"
// and "threats / issues"), a question naming a document asks for its own.
func TestSectionOfTheNamedDocument(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Project Tiger\n\nA scheme of 1973 to save the tiger.\n\n## threats / issues\n\n- Poaching for skins and bones feeds an illegal trade.\n- Roads cut the corridors between reserves.\n",
		"# Great Indian Bustard\n\nA large bird of the grasslands.\n\n## threats\n\n- Overhead power lines kill the birds in flight.\n- Grasslands are lost to farms and solar parks.\n",
	)
	for _, q := range []string{"threats to the great indian bustard from power lines", "project tiger threats from roads"} {
		p, _, err := ix.ranked(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"great-indian-bustard": "threats", "project-tiger": "threats / issues"}[p.named]
		if p.section == nil || p.section.heading != want {
			t.Errorf("%q (naming %q): section %+v, want %q", q, p.named, p.section, want)
		}
	}
}

// TestSectionOfTheNamedDocumentByItsWords: a section word that heads
// another document's section ("Significance") asks, in the document named,
// for its section with that word ("Significance and Legacy").
func TestSectionOfTheNamedDocumentByItsWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Chandrayaan-3\n\nIndia's third Moon mission.\n\n## Significance\n\n- India became the fourth country to land on the Moon.\n- The first landing near the lunar south pole.\n",
		"# Government of India Act, 1919\n\nThe Act of 1919 brought dyarchy.\n\n## Provisions\n\n- Dyarchy in the provinces.\n- The Act of 1919 made the central legislature bicameral, a step of great significance.\n\n"+
			"## Significance and Legacy\n\n- It introduced responsible government in part.\n- Its failure led to the Simon Commission.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"1919 act significance":      "government-of-india-act-1919/significance-and-legacy/1",
		"chandrayaan 3 significance": "chandrayaan-3/significance/1",
	})
}

// TestSectionNamedWithoutItsRemarks: a heading asked for without the remark
// in its brackets ("COST CONCEPTS (VERY IMP)") is looked up from its start
// when the question asks nothing else; a question that asks more is
// searched as before.
func TestSectionNamedWithoutItsRemarks(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Minimum Support Price (MSP)\n\nThe price at which the government buys a crop.\n\n## COST CONCEPTS (VERY IMP)\n\n"+
			"- A2 is the cost paid out in cash and kind by the farmer.\n- A2+FL adds the imputed value of family labour to A2.\n"+
			"- C2 is the comprehensive cost, with rent and interest on owned land and capital; the cost of C2 is what farmers ask the MSP to cover.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"msp cost concepts": "minimum-support-price-msp/cost-concepts-very-imp/1",
		"cost concepts":     "minimum-support-price-msp/cost-concepts-very-imp/1",
	})
	if p, _, _ := ix.ranked(t.Context(), "which cost concepts include rent"); p.section != nil {
		t.Errorf("which cost concepts include rent: looked up %+v", *p.section)
	}
}

// TestKindNamedByAnEverydayWord: "features", "provisions", "news",
// "updates" name the key points or the developments of the notes the
// question names, when it asks nothing else.
func TestKindNamedByAnEverydayWord(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Forest Rights Act\n\nThe Forest Rights Act, 2006 recognises the rights of forest dwellers.\n\n## Key Points\n\n"+
			"- Gram sabhas start the process of recognising rights.\n- Titles are issued jointly to husband and wife.\n"+
			"- Community forest resource rights let villages manage forests; many news reports cover them.\n\n"+
			"## Recent Developments\n\n- 2023: Odisha issued the most community titles.\n- 2024: A court ordered a review of rejected claims, and the features of the rules changed.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"forest rights act features":      "forest-rights-act/key-points/1",
		"provisions of forest rights act": "forest-rights-act/key-points/1",
		"forest rights act news":          "forest-rights-act/recent-developments/1",
	})
	if p, _, _ := ix.ranked(t.Context(), "which features of the forest rights act protect women"); p.section != nil {
		t.Errorf("which features of the forest rights act protect women: looked up %+v", *p.section)
	}
}

// TestQAndANumbered: "q&a 2" names the second question of notes whose FAQ
// is headed "Q&A (for revision)", as "faq 2" does.
func TestQAndANumbered(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Orbits\n\nPaths of spacecraft.\n\n## Q&A (for revision)\n\n### Q: What is L1?\nA point of balance between the Sun and the Earth.\n\n"+
			"### Q: Why go to L1?\nThe Sun is always in view from there, and L1 has no eclipses.\n\n### Q: How far is L1?\nAbout 1.5 million km from the Earth.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"orbits q&a 2":    "orbits/q-and-a-for-revision/2",
		"q&a 2 of orbits": "orbits/q-and-a-for-revision/2",
	})
}

// TestSubsectionNamed: a question that names a section below the top level
// (or a top-level one of no known kind) and nothing else gets it from its
// start, though other passages have its words more often.
func TestSubsectionNamed(t *testing.T) {
	ix := mustNotesIndex(t, `# Fertiliser Subsidy

India pays part of the price of fertilisers so that farmers buy them cheap.

## WHO PAYS IT
### Department of Fertilisers
- Runs the subsidy schemes for urea and for other fertilisers.
- Pays the companies after farmers buy at retail points.
### Final settlement
- Companies get the subsidy after sales are recorded.

## SCHEMES
### Urea
- Urea is sold at a fixed maximum retail price; urea gets the biggest subsidy.
### NBS
- Nutrient Based Subsidy: a fixed amount per kilogram of nitrogen, phosphate, potash and sulphur, for fertilisers other than urea.
### NBS and urea compared
- Urea prices are fixed while NBS fertilisers are priced by the companies; urea is overused against NBS fertilisers as a result.

## PROBLEMS WITH THE SUBSIDY
### Overuse
- Cheap urea is overused: the soil's balance of nutrients suffers, and urea leaks to industry.
- Urea overuse raises the subsidy bill, and the bill for urea imports.
`)
	checkAnswers(t, ix, map[string]string{
		"urea":                        "fertiliser-subsidy/schemes/urea",
		"nbs":                         "fertiliser-subsidy/schemes/nbs",
		"who pays fertiliser subsidy": "fertiliser-subsidy/who-pays-it/department-of-fertilisers/1",
		"final settlement":            "fertiliser-subsidy/who-pays-it/final-settlement",
		"fertiliser subsidy problems": "fertiliser-subsidy/problems-with-the-subsidy/overuse/1",
		"urea vs nbs":                 "fertiliser-subsidy/schemes/nbs-and-urea-compared",
	})
	// With a list word, every passage of the subsections of that name, in order.
	facts := mustNotesIndex(t, `# Crop Prices

The price at which the government buys crops.

## CROPS
### Prelims facts
- Copra and jute are the commercial crops.
- Sugarcane gets a fair price instead.
## COSTS
### A2
- Paid-out costs.
### Prelims facts
- C2 is always the highest cost.
`)
	a := mustSearch(t, facts, "list all prelims facts", 3)
	if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, []string{
		"crop-prices/crops/prelims-facts/1", "crop-prices/crops/prelims-facts/2", "crop-prices/costs/prelims-facts"}) {
		t.Errorf("list all prelims facts = %s %q, want the three facts in order", a.Shape, got)
	}
	checkAnswers(t, facts, map[string]string{"crop prices prelims facts": "crop-prices/crops/prelims-facts/1", "list a2": "crop-prices/costs/a2"})
	// Asked for a list, the question may say more in everyday words.
	debate := mustNotesIndex(t, `# MSP handout

The price at which the government buys crops.

## The legal guarantee debate
### Arguments for a legal guarantee
- It would turn a promise into an enforceable right.
- It would spread the benefit beyond rice and wheat and beyond a few states.
### Arguments against
- Buying every crop at MSP would burden the exchequer.
- Private buyers could walk away from the market.
`)
	a = mustSearch(t, debate, "list the arguments for a legal guarantee given in the notes", 3)
	if got := resultIDs(a.Results); a.Shape != corpus.ShapeList || !slices.Equal(got, []string{
		"msp-handout/the-legal-guarantee-debate/arguments-for-a-legal-guarantee/1", "msp-handout/the-legal-guarantee-debate/arguments-for-a-legal-guarantee/2"}) {
		t.Errorf("list the arguments for a legal guarantee given in the notes = %s %q, want the two arguments for, in order", a.Shape, got)
	}
	// A question naming other notes is not answered with this section.
	other := mustDocsIndex(t,
		"# Lokpal\n\nAn anti-corruption ombudsman.\n\n## Composition\n\n- A chairperson and up to eight members.\n- Half of the members are judicial.\n",
		"# Monetary Policy Committee\n\nThe MPC sets the repo rate.\n\n## Key Points\n\n- Its composition: three members from the RBI and three appointed by the government.\n- It meets at least four times a year.\n",
	)
	checkAnswers(t, other, map[string]string{"mpc composition": "monetary-policy-committee/key-points/1"})
	// A question that names the notes' subject and nothing else asks what it
	// is, not for a section whose heading repeats the title; one headed
	// "What is …" says what it is.
	subject := mustDocsIndex(t,
		"# Biodiversity hotspots in India\n\nA biodiversity hotspot is a region rich in endemic plants that has lost most of its habitat.\n\n"+
			"## Hotspots in India\n\n### Himalaya\n\nThe Himalaya hotspot spans the mountain arc, home of the red panda.\n\n"+
			"### Indo-Burma\n\nIndo-Burma covers the north-east south of the Brahmaputra.\n",
		"# Hotspot notes\n\nMy notes on biodiversity.\n\n## What is a hotspot\n\n- A hotspot needs 1,500 endemic plants and a loss of 70% of its habitat.\n",
		"# Megadiverse countries\n\nSeventeen countries with most of the world's species; India is one of them.\n")
	checkAnswers(t, subject, map[string]string{
		"what is meant by a biodiversity hotspot": "biodiversity-hotspots-in-india/definition",
		"what is a hotspot":                       "hotspot-notes/what-is-a-hotspot",
	})
	// Of two sections the title's words make named, the one with more of
	// the question's own words.
	sides := mustDocsIndex(t,
		"# Can the Centre call officers without the states' consent?\n\nA debate on the 2022 draft of the cadre rules.\n\n"+
			"## Answer\n\n### Arguments for the Centre\n\n- National policy needs officers with field experience.\n- Cadre control is already central.\n\n"+
			"### Arguments for the states\n\n- The state pays the officer and depends on them for its schemes.\n- Police and public order are on the State List.\n",
		"# Lateral entry\n\nExperts hired on contract at Joint Secretary level.\n")
	checkAnswers(t, sides, map[string]string{"what are the arguments for the states": "can-the-centre-call-officers-without-the-states-consent/answer/arguments-for-the-states/1"})
	for h, want := range map[string]bool{"What is delimitation": true, "Meaning": true, "Hotspots in India": false, "What NOT to write": false} {
		if saysWhatItIs(h) != want {
			t.Errorf("saysWhatItIs(%q) = %v", h, !want) // a heading that says what it is stays named by such a question
		}
	}
	// A question that asks more than the heading is ranked as any other.
	if p, scored, _ := ix.ranked(t.Context(), "why is urea overused"); p.subsection || scored[0].passage.ID == "fertiliser-subsidy/schemes/urea" {
		t.Errorf("why is urea overused: looked up a subsection (%v), first %s", p.subsection, scored[0].passage.ID)
	}
}

// TestEntriesNamedByNumber: an entry asked by the noun its heading is
// about ("initiative 5" of "Major Initiatives during the Year"), even in
// "the list of" them, and a question numbered as notes number them ("Q5")
// in the section the question names by its own words.
func TestEntriesNamedByNumber(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Year End Review\n\nThe ministry's work in the year.\n\n## Major Initiatives during the Year\n\n"+
			"1. Green hydrogen: a major initiative for 5 million tonnes by 2030.\n2. Solar modules: another major initiative, for 5 new factories.\n"+
			"3. Farm pumps: solar pumps for farmers in dry districts.\n4. Transmission: new lines for green power in seven states.\n"+
			"5. Solar parks: a scheme for parks of forty gigawatts.\n",
		"# Daily Digest\n\nThe day's news for aspirants.\n\n## Quick FAQs\n\nQ1. What is blending?\nMixing ethanol with petrol.\n\n"+
			"Q2. Who fixes the price?\nThe oil companies do.\n\nQ3. What is a distillery?\nA plant that makes ethanol.\n",
		"# Polity Channel\n\nPosts on the Sixth Schedule.\n\n## Doubt Clearing – Your Questions from DM\n\n"+
			"Q1. Can Parliament amend the Schedule?\nYes, by a simple majority.\n\nQ2. Is there such an area outside the North-East?\nNo, only four states.\n\n"+
			"Q3. Who decides the tribal areas?\nThe list is in the Schedule itself.\n\nQ4. Does PESA apply there?\nNo, only in Fifth Schedule areas.\n\n"+
			"Q5. Is Nagaland under it?\nNo, it has Article 371A.\n",
		"# Governor Revision\n\nThe office of the Governor.\n\n## Powers\n\n**Q1. Who appoints the Governor?**\nThe President.\n\n**Q2. For how long?**\nFive years.\n\n"+
			"## Discretion\n\n**Q3. Is the Governor bound by the ministers' advice?**\nYes, but for discretionary matters.\n\n**Q4. Who decides what is discretionary?**\nThe Governor alone.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"initiative 5 in the list of major initiatives": "year-end-review/major-initiatives-during-the-year/5",
		"what is q5 in the doubt clearing post":         "polity-channel/doubt-clearing-your-questions-from-dm/5",
		"q 3 of doubt clearing":                         "polity-channel/doubt-clearing-your-questions-from-dm/3",
		"faq 2":                                         "daily-digest/quick-faqs/2",
		"q3 governor":                                   "governor-revision/discretion/3",
	})
	// "q5" asks for the fifth by its number, as "faq 5" does: no passage
	// has to write "q".
	for _, c := range ix.plan("what is q5 in the doubt clearing post").concepts {
		if slices.Contains(strings.Fields(c.word), "q") {
			t.Errorf(`"what is q5 in the doubt clearing post" looks for %q`, c.word)
		}
	}
	conceptOf(t, ix, "what is q5 in the doubt clearing post", "5")
}

// TestEntryOfASubsection: "point 1 in the causes of the jagirdari crisis"
// asks for the first entry of the subsection the question names by its
// heading and the heading above it, not of another subsection.
func TestEntryOfASubsection(t *testing.T) {
	ix := mustDocsIndex(t, "# Mughal Administration\n\nNotes of lecture 23.\n\n## Jagirdari Crisis\n\nToo few jagirs for the mansabdars.\n\n### Causes\n\n"+
		"1. More mansabdars under Aurangzeb, to take in the Marathas.\n2. Good land was limited and went to the top nobles.\n3. The paper revenue and the real revenue drew apart.\n\n"+
		"### Historians\n\n1. Satish Chandra saw the jagirdari crisis as the main cause of the decline.\n2. Irfan Habib stressed the crisis of the peasants.\n\n"+
		"## Evaluation\n\n### Merits\n\n1. It kept the nobles loyal to the emperor.\n2. It paid the army from the land revenue.\n")
	checkAnswers(t, ix, map[string]string{
		"what is point 1 in the causes of the jagirdari crisis": "mughal-administration/jagirdari-crisis/causes/1",
		"cause 2 of the jagirdari crisis":                       "mughal-administration/jagirdari-crisis/causes/2",
		"jagirdari crisis historians point 2":                   "mughal-administration/jagirdari-crisis/historians/2",
	})
}

// TestWhatIsTheTitleAsAKind: "what is the Gaganyaan programme" asks for the
// definition that says it is a programme, not for another passage with
// the words "Gaganyaan programme".
func TestWhatIsTheTitleAsAKind(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Gaganyaan\n\nGaganyaan is ISRO's programme to send Indian astronauts into low earth orbit and bring them back.\n\n"+
			"## Later plans\n\n- 18 Sep 2024: Cabinet widened the Gaganyaan programme to build the first module of a space station.\n"+
			"- The revised Gaganyaan programme has eight missions.\n",
		"# Launch Vehicles\n\nRockets of ISRO: PSLV, GSLV and LVM3.\n\n## LVM3\n\n- It carries the Gaganyaan crew module.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the Gaganyaan programme?": "gaganyaan/definition",
		"what is gaganyaan":                "gaganyaan/definition",
	})
	if got, _ := topID(t, ix, "what is the gaganyaan station module"); got == "gaganyaan/definition" {
		t.Errorf("what is the gaganyaan station module: the definition, which says nothing of a module")
	}
}

// TestPartsNamedBesideAHeading: a question that numbers a kind of part
// ("first faq", "last key point", "point c") and names a heading too asks
// for that part; the heading says where.
func TestPartsNamedBesideAHeading(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Question Hour and Zero Hour\n\nTwo devices of accountability.\n\n## Question Hour\n\n"+
			"- The first hour of a sitting is for questions.\n- Starred questions get oral answers.\n\n## Zero Hour\n\n- An Indian innovation of the 1960s.\n\n"+
			"## FAQ\n\n**Q. Is Question Hour in the Constitution?**\nNo; it comes from the Rules of Procedure.\n\n"+
			"**Q. Who admits a question?**\nThe Speaker.\n\n**Q. Why did the Rajya Sabha move its Question Hour?**\nTo save it from disruptions.\n\n"+
			"## PYQ / practice\n\n- Prelims 2019: Question Hour is the first hour of the sitting. Answer (a).\n\n"+
			"## Significance\n\n- It holds the executive to account every day.\n- It brings out information the government holds.\n\n"+
			"## Issues (write in Mains)\n\n- Disruptions eat the hour.\n- Few starred questions are reached.\n- Ministers give vague replies.\n",
		"# Motions\n\nA motion is a formal proposal.\n\n## Key Points\n\n- Adjournment motions need fifty members.\n- Cut motions reduce a demand.\n- A censure motion must state its reasons.\n\n"+
			"## Frequently Asked Questions\n\n**Q. Who admits a motion?**\nThe Speaker.\n\n**Q. Can the Rajya Sabha move no-confidence?**\nNo.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"first FAQ on question hour":       "question-hour-and-zero-hour/faq/1",
		"last faq on question hour":        "question-hour-and-zero-hour/faq/3",
		"last key point":                   "motions/key-points/3",
		"final faq of the motions notes":   "motions/frequently-asked-questions/2",
		"key point c":                      "motions/key-points/3",
		"question hour prelims pyq":        "question-hour-and-zero-hour/pyq-practice/1",
		"faq 2 in the question hour notes": "question-hour-and-zero-hour/faq/2",
		"significance point 2":             "question-hour-and-zero-hour/significance/2",
		"issues point 3":                   "question-hour-and-zero-hour/issues-write-in-mains/3", // the heading's key in the plural
	})
}

// TestLetteredPoints: a list lettered a), b), c) is asked for by its
// letters, with or without brackets, which its entries keep.
func TestLetteredPoints(t *testing.T) {
	d, err := corpus.Parse("motions.txt", []byte("MOTIONS IN PARLIAMENT\n\n1. Introduction\n\nA motion is a formal proposal made by a member.\n\n"+
		"2. Types of motions\n\nThree broad categories:\na) Substantive motion - a self-contained proposal.\nb) Substitute motion - moved in place of another.\n"+
		"c) Subsidiary motion - has no meaning by itself.\n\n3. Closure motion\n\n- Moved to cut short a debate.\n- Kangaroo closure takes up important clauses only.\n\n"+
		"4. Grounds to refuse a motion\n\nThe Speaker may refuse a motion on these grounds, and need not say why.\n\n(a) it raises more than one issue, or an issue that\n    is not urgent\n(b) it is about a matter before a court of law\n    or a tribunal\n(c) it asks for a privilege of the House to be\n    breached\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(d)
	if err != nil {
		t.Fatal(err)
	}
	ix := mustBuild(t, c)
	checkAnswers(t, ix, map[string]string{
		"point c under types of motions":   "motions-in-parliament/types-of-motions/three-broad-categories/3",
		"type (b) of motions":              "motions-in-parliament/types-of-motions/three-broad-categories/2",
		"point c of the grounds to refuse": "motions-in-parliament/grounds-to-refuse-a-motion/4", // its letter, though a paragraph comes first
	})
}

// TestSubsectionNumberAskedInWords: "what does section 5.3 of the
// privileges notes say" asks for the subsection the notes number 5.3.
func TestSubsectionNumberAskedInWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Parliamentary Privileges\n\nRights of the Houses and their members.\n\n## 5. Breach and Contempt\n\n### 5.1 Breach\n\nA breach is a disregard of a privilege.\n\n"+
			"### 5.2 Procedure\n\nA member raises it with the Speaker's consent.\n\n### 5.3 Punishments\n\nThe House may admonish or reprimand the offender.\n",
		"# Motions\n\nA motion is a formal proposal; section 3 of the rules covers it.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"what does section 5.3 of the privileges notes say": "parliamentary-privileges/breach-and-contempt/punishments",
	})
}

// TestInitialsOverAConnector: "NCRWC" is the initials of "National
// Commission to Review the Working of the Constitution", "to" and all.
func TestInitialsOverAConnector(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Parliamentary Privileges\n\nRights of the Houses and their members.\n\n## Codification\n\n"+
			"- No law defines the privileges yet.\n- The National Commission to Review the Working of the Constitution (2002) recommended that privileges be defined.\n",
		"# Motions\n\nA motion is a formal proposal.\n",
	)
	q := "What did the NCRWC recommend about privileges?"
	long := strings.Join(ix.analyze("national commission to review the working of the constitution"), " ")
	if alts := alternatives(t, ix, q)["ncrwc"]; !slices.Contains(alts, long) {
		t.Errorf("%q: ncrwc may match %q, want %q among them", q, alts, long)
	}
	checkAnswers(t, ix, map[string]string{q: "parliamentary-privileges/codification/2"})
}

// TestWhyItIsCalledSo: "why is it called …" asks where its name comes
// from, which notes write as its name.
func TestWhyItIsCalledSo(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Western Disturbances\n\nExtra-tropical storms that bring winter rain to north-west India.\n\n## Intro\n\n"+
			"- They start over the Mediterranean as low-pressure systems.\n"+
			"- name: western because they come from the west, disturbance because they disturb the dry winter weather.\n\n"+
			"## Don't confuse\n\n- Nor'westers: pre-monsoon thunderstorms of Bengal, called Kalbaisakhi there - not western disturbances.\n",
	)
	checkAnswers(t, ix, map[string]string{"Why is it called a western disturbance?": "western-disturbances/intro/2"})
}

// TestAcronymSpelledBeforeOr: "the current account deficit, or CAD"
// defines CAD as "(CAD)" would.
func TestAcronymSpelledBeforeOr(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Balance of Payments\n\nThe record of a country's transactions with the world.\n\n## Current account\n\n"+
			"- The first number the headlines pick is the current account deficit, or CAD.\n- Special Drawing Rights, or SDRs, are an IMF reserve asset.\n",
		"# Monthly Magazine\n\nNews of the month.\n")
	for acr, long := range map[string]string{"cad": "current account deficit", "sdr": "special drawing right"} {
		want := strings.Join(ix.analyze(long), " ")
		if alts := alternatives(t, ix, "what is "+acr)[acr]; !slices.Contains(alts, want) {
			t.Errorf("%q may match %q, want %q among them", acr, alts, want)
		}
	}
}

// TestDefinitionAskedInHinglish: "kya hota hai", with "simple mein" or
// "batao" after it, asks what something is.
func TestDefinitionAskedInHinglish(t *testing.T) {
	ix := mustDocsIndex(t, "# Current Account Deficit\n\nThe gap between what a country pays abroad and what it earns.\n")
	for _, q := range []string{"cad kya hai", "cad kya hota hai simple mein batao", "cad kya hai samjhao", "cad kya h short me"} {
		if p := ix.plan(q); !p.defines || !p.whatIs {
			t.Errorf("%q: defines %v, what it is %v; want both", q, p.defines, p.whatIs)
		}
	}
}

// TestHeadedAndQuit: who "headed" a body is its president or chairman,
// and whoever "quit" a post resigned it.
func TestHeadedAndQuit(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Rowlatt Act\n\nA law of 1919 allowing detention without trial.\n\n## Sedition Committee\n\n"+
			"- The committee was appointed in December 1917 to look into revolutionary crimes.\n"+
			"- Its president was Justice Sidney Rowlatt, a judge of the King's Bench in England.\n\n"+
			"## Opposition in the council\n\n- Every elected Indian member opposed the two bills, which passed with the official majority.\n"+
			"- Jinnah resigned from the council in protest and wrote to the Viceroy on 28 March 1919.\n",
		"# Khilafat\n\nA movement of 1919 for the Caliph.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"who headed the committee":             "rowlatt-act/sedition-committee/2",
		"who quit the council over the bills?": "rowlatt-act/opposition-in-the-council/2",
	})
}

// TestPartAskedWhatItSays: "what does the why in news box say" asks for
// the section headed "Why in news?", whatever its box and saying, and
// "what's in the managed float section" for "Managed float"; "2nd pyq
// answer" for the second PYQ, its ordinal no word to look for.
func TestPartAskedWhatItSays(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Rupee at 90\n\nThe rupee's slide past 90 a dollar worried importers.\n\n## Why in news?\n\n- On 3 December 2025 the rupee crossed 90 a dollar for the first time.\n\n"+
			"## Managed float\n\n- The RBI sells dollars from its boxes of reserves when the fall is disorderly.\n- The market sets the rate; the RBI only smooths it.\n\n"+
			"## PYQs\n\n**Q. Which body manages the exchange rate? (2019)**\nThe RBI.\n\n**Q. What is a managed float? (2021)**\nA rate the market sets and the central bank smooths.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"what does the why in news box say":   "rupee-at-90/why-in-news/1",
		"what's in the managed float section": "rupee-at-90/managed-float/1",
		"2nd pyq answer":                      "rupee-at-90/pyqs/2",
	})
}

// TestWordsWrittenBothWays: notes that write "GenomeIndia" once and
// "Genome India" elsewhere are searched both ways for "genome india"; the
// "first" of "first faq" and the "2nd" of "2nd faq" are the part's number,
// no words to look for, though the notes have them.
func TestWordsWrittenBothWays(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Genome India Project\n\nThe Genome India Project (also written \"GenomeIndia\") sequenced its first 10,000 genomes, the 2nd phase to follow.\n\n"+
			"## FAQ\n\n**Q. Who funds it?**\nThe Department of Biotechnology.\n\n**Q. Where is the data kept?**\nAt the IBDC in Faridabad.\n")
	alts := alternatives(t, ix, "genome india news")["genome india"]
	for _, want := range []string{"genomeindia", strings.Join(ix.analyze("genome india"), " ")} {
		if !slices.Contains(alts, want) {
			t.Errorf("genome india may match %q, want %q among them", alts, want)
		}
	}
	for q, w := range map[string]string{"first faq on genome india": "first", "2nd faq on genome india": "2nd"} {
		if _, ok := alternatives(t, ix, q)[w]; ok {
			t.Errorf("%s: %q is looked for", q, w)
		}
	}
}

// TestIdeaBehindAndPage: "the main idea behind X" asks what X is, and the
// "page", "factsheet" or "slide" a part is on names nothing to look for.
func TestIdeaBehindAndPage(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Sagarmala Programme\n\n## What is the Sagarmala Programme?\n\nA programme of port-led development launched in 2015 to cut logistics costs.\n\n"+
			"## Key Points\n\n- It rests on four pillars, from port modernisation to coastal communities.\n- Over 800 projects were identified across the coastline.\n\n"+
			"## Frequently Asked Questions\n\n**Q. Which ministry runs it?**\nThe Ministry of Ports, Shipping and Waterways.\n\n**Q. When was it approved?**\nIn March 2015.\n",
		"# Bharatmala Pariyojana\n\nA road programme of economic corridors.\n")
	checkAnswers(t, ix, map[string]string{
		"what's the main idea behind sagarmala": "sagarmala-programme/definition",
		"first FAQ on sagarmala page":           "sagarmala-programme/frequently-asked-questions/1",
		"second FAQ in the sagarmala factsheet": "sagarmala-programme/frequently-asked-questions/2",
		"last point of the key points slide":    "sagarmala-programme/key-points/2",
	})
}

// TestEntryOfNamedPart: a part named without a number of its own (by its
// name without the remark in brackets, by an everyday word) is asked for
// by the number of an entry next to "point", "question" or "pyq", when the
// question ends with its name; a list the part holds is not it.
func TestEntryOfNamedPart(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Mauryan Empire\n\nThe first empire of most of the subcontinent.\n\n"+
			"## Collapse (after 232 BCE)\n\n- Weak successors split the realm between two grandsons.\n- The cost of a vast army drained the treasury.\n"+
			"- Provinces far from Pataliputra broke away under their governors.\n- Pushyamitra Shunga killed the last king in 185 BCE.\n\n"+
			"## Doubts (from class)\n\n**Q. Was Ashoka a Buddhist from birth?**\nNo, he turned to it after Kalinga.\n\n**Q. Who wrote the Arthashastra?**\nKautilya.\n\n"+
			"## PYQs\n\n- Which edict mentions the Kalinga war? -> Rock Edict XIII [Prelims 2014]\n- Which Greek envoy visited the Mauryan court? -> Megasthenes [Prelims 2016]\n"+
			"- Discuss the Mauryan idea of dhamma as a state policy. [Mains 2019]\n")
	checkAnswers(t, ix, map[string]string{
		"point 3 of the reasons for mauryan collapse": "mauryan-empire/collapse-after-232-bce/3",
		"second question in the doubts section":       "mauryan-empire/doubts-from-class/2",
		"third PYQ in the mauryan note":               "mauryan-empire/pyqs/3",
	})
	q := "point 2 in the pyqs list of edicts"
	if si := ix.sectionIntent(q, words(q)); si == nil || si.ordinal != 0 {
		t.Errorf("%q: got %+v, want the PYQs, no entry of theirs: the number is of a list they hold", q, si)
	}
	// The ordinal of a part whose name the question writes only in part
	// ("practice question" of "Practice questions (self-made)") is no word
	// to look for; and the part's other entries are not named with it.
	ix = mustDocsIndex(t,
		"# WTO Agreement on Agriculture and India\n\nThe Agreement on Agriculture (AoA) sets the WTO's rules on farm subsidies.\n\n## Practice questions (self-made)\n\n"+
			"1. Which box holds subsidies that distort trade the most?\n2. What is the de minimis limit for a developing country?\n3. Why did India invoke the peace clause for rice?\n",
		"# Peninsular Rivers\n\nRivers of the old plateau.\n\n## Practice questions\n\n"+
			"1. Which river rises at Trimbakeshwar near Nashik?\n2. Which west-flowing river ends in the Gulf of Khambhat?\n3. Why do the Narmada and the Tapi form estuaries?\n",
		"# Peninsular Rivers of India: East and West\n\nThe rivers south of the Vindhyas.\n\n## East-flowing rivers\n\n- The Godavari rises at Trimbakeshwar.\n- The Mahanadi rises near Sihawa.\n")
	checkAnswers(t, ix, map[string]string{
		"third practice question in the AoA note":     "wto-agreement-on-agriculture-and-india/practice-questions-self-made/3",
		"second practice question in the rivers page": "peninsular-rivers/practice-questions/2",
	})
}

// TestEntryOfSubsection: "point 4 of what the court held in the raturi
// case" is the fourth entry under the subheading "What the Court held",
// though other words of the question are in neither its heading nor the
// section above, and another subsection's entries say "the Court"; "point
// 3 under types of motions" is not the third under a subheading "Points".
func TestEntryOfSubsection(t *testing.T) {
	ix := mustDocsIndex(t,
		"# The Social Justice Brief\n\nWeekly current affairs on vulnerable sections.\n\n## In focus: Rajive Raturi v Union of India\n\n"+
			"### Background\n\nA visually impaired activist filed a petition on access to public places.\n\n### What the Court held\n\n"+
			"1. Rule 15 is ultra vires the parent Act.\n2. The Union must frame mandatory accessibility rules.\n3. Building plans must follow the rules.\n"+
			"4. The standards must follow universal design for all disabilities.\n5. The bench was led by the Chief Justice.\n\n"+
			"### Key concepts\n\n1. Accessibility is an ex-ante duty the Court tied to Article 21.\n2. Reasonable accommodation is an individual duty.\n"+
			"3. Universal design serves everyone.\n4. The Court tied accessibility to Article 14 and to the UN convention.\n",
		"# Disability Rights\n\nThe RPwD Act, 2016 lists 21 disabilities.\n\n## Key Points\n\n- The Act raised the job quota to 4 per cent.\n- It set up special courts.\n"+
			"- It names a Chief Commissioner.\n- Courts of Session try its offences.\n")
	checkAnswers(t, ix, map[string]string{
		"point 4 of what the court held in the raturi case": "the-social-justice-brief/in-focus-rajive-raturi-v-union-of-india/what-the-court-held/4",
		"2nd point of the key concepts":                     "the-social-justice-brief/in-focus-rajive-raturi-v-union-of-india/key-concepts/2",
		"key point 4":                                       "disability-rights/key-points/4",
	})
	// A subsection headed "Points" is not named by the entry word.
	ix = mustDocsIndex(t, "# Motions in Parliament\n\nA motion is a formal proposal for the decision of the House.\n\n## Types of motions\n\n### Three broad categories\n\n"+
		"1. Substantive motion: a self-contained proposal.\n2. Substitute motion: moved in place of an original motion.\n3. Subsidiary motion: has no meaning by itself.\n\n"+
		"## Cut motions\n\n### Points\n\n1. A policy cut reduces a demand to one rupee.\n2. An economy cut reduces it by a sum.\n3. A token cut reduces it by a hundred rupees.\n")
	checkAnswers(t, ix, map[string]string{
		"point 3 under types of motions":                             "motions-in-parliament/types-of-motions/three-broad-categories/3",
		"point 3 of types of motions":                                "motions-in-parliament/types-of-motions/three-broad-categories/3",
		"what is point 3 in the types of motions the speaker allows": "motions-in-parliament/types-of-motions/three-broad-categories/3",
	})
}

// TestEntryCountedInWords: "second question in the exam corner" is the
// corner's second entry, the ordinal and the entry it counts no words to
// look for (not the newsletter's "2nd Floor" address at the corner's end);
// "feature 3 of the digital rupee", "third feature …" the third under
// "Features of the Digital Rupee", not a missing key point of the notes
// titled "Digital Rupee"; but "pmla" still names the notes on PMLA when
// it is only that a heading of other notes is called by.
func TestEntryCountedInWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# The Ledger Line\n\nA weekly letter on payments.\n\n## Exam Corner\n\n1. Which body runs UPI? NPCI.\n2. Which law lets the RBI issue notes in digital form? The Finance Act 2022.\n"+
			"3. Mains: can a CBDC replace UPI?\n4. The Ledger Line, 2nd Floor, 80 Feet Road, Bengaluru.\n",
		"# Digital Rupee\n\nThe RBI's digital currency, launched in 2022.\n\n## Pilots\n\n- Retail from December 2022 in four cities.\n- Wholesale from November 2022 for government bonds.\n",
		"# CBDC notes\n\nA central bank digital currency is a central bank's liability in digital form.\n\n## Features of the Digital Rupee\n\n"+
			"1. Legal tender issued by the RBI.\n2. Exchangeable one to one with cash.\n3. Fungible legal tender that holders can keep without a bank account.\n4. Carries no interest.\n",
		"# PMLA 2002\n\nThe Prevention of Money Laundering Act, 2002.\n\n## Key provisions\n\n- Twin conditions for bail, relaxed for a woman or a person under 16.\n- Attachment of property for 180 days.\n",
		"# ED and Court Cases\n\nThe Enforcement Directorate's cases in court.\n\n## Criticism of ED / PMLA\n\n- Low conviction rate.\n- Twin conditions make bail the exception, critics say.\n",
		"# Jainism\n\nA religion of the Tirthankaras.\n\n## Jain councils\n\n- The first met at Pataliputra under Sthulabhadra.\n- The second met at Vallabhi under Devardhi.\n",
		"# Councils of religions\n\nCouncils that fixed canons.\n\n## Buddhist councils\n\n- The first met at Rajagriha under Mahakassapa.\n\n## Other councils\n\n- A Jain council is said to have met at Mathura too.\n")
	checkAnswers(t, ix, map[string]string{
		"second question in the exam corner":      "the-ledger-line/exam-corner/2",
		"2nd question of exam corner":             "the-ledger-line/exam-corner/2",
		"feature 3 of the digital rupee":          "cbdc-notes/features-of-the-digital-rupee/3",
		"third feature of the digital rupee":      "cbdc-notes/features-of-the-digital-rupee/3",
		"pmla me bail ki twin conditions kya hai": "pmla-2002/key-provisions/1",
	})
	// Notes that have the heading stay named by its words: "jain" of "the
	// first jain council" names "Jainism", which has "Jain councils".
	if p, _, err := ix.ranked(context.Background(), "who presided at the first jain council"); err != nil || p.named != "jainism" {
		t.Errorf("the first jain council: named %q (%v), want the notes on Jainism", p.named, err)
	}
}

// TestEntryOfList: "fifth item in the list of principal sites" is the
// fifth entry of "Principal sites", not the list; "last theory in the
// list in the decline section" the last entry of "Decline", whatever the
// entries are (theories), not the lead-in that names them; "the last
// milestone in the list" (or "at the end of the chapter") the last of "Key
// milestones", which it names, and "the second milestone listed in the
// notes" (or "in the key milestones section") its second.
func TestEntryOfList(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Indus Valley\n\nA Bronze Age civilisation of the north-west.\n\n## Principal sites\n\nOver a thousand settlements are known; the most studied include:\n"+
			"- Harappa, on an old bed of the Ravi.\n- Mohenjo-daro, with the Great Bath.\n- Dholavira, a stone city with reservoirs.\n"+
			"- Lothal, a port town with a basin.\n- Kalibangan, fire altars and a ploughed field.\n- Rakhigarhi, the largest site in India.\n\n"+
			"## Decline\n\nThe decline was gradual. Theories that have been proposed include:\n\n- Invasion, put forward by Wheeler.\n"+
			"- Floods of the Indus, proposed by Marshall.\n- A weaker monsoon around 4,200 years ago.\n- The collapse of trade with Mesopotamia.\n",
		"# Harappan towns\n\nNotes on the towns.\n\n## Town planning\n\n- A grid of streets.\n- Drains of burnt brick.\n\n"+
			"## Key milestones\n\n- 1921: Daya Ram Sahni digs at Harappa.\n- 1922: R. D. Banerji finds Mohenjo-daro.\n- 1954: S. R. Rao finds Lothal.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the last milestone in the list":               "harappan-towns/key-milestones/3",
		"the final milestone":                                  "harappan-towns/key-milestones/3",
		"what is the second milestone listed in the notes":     "harappan-towns/key-milestones/2",
		"what is the third milestone":                          "harappan-towns/key-milestones/3",
		"fifth item in the list of principal sites":            "indus-valley/principal-sites/5",
		"last theory in the list in the decline section":       "indus-valley/decline/4",
		"third site on the list of principal sites":            "indus-valley/principal-sites/3",
		"second milestone in the key milestones section":       "harappan-towns/key-milestones/2",
		"what is the last milestone at the end of the chapter": "harappan-towns/key-milestones/3",
	})
	// The list is what the section is: "list" beside an entry names
	// nothing more to look for.
	p := plan{section: &sectionIntent{heading: "Principal sites", ordinal: 5}, concepts: []concept{{word: "fifth"}, {word: "list"}, {word: "principal"}, {word: "sites"}}}
	if !ix.onlySection(p) {
		t.Errorf("fifth item in the list of principal sites: not the section named alone")
	}
}

// TestEntryNoun: the noun after a section's entry's place ("the third
// reason under …", "the last suggestion under …") calls its entries,
// though the notes never write it.
func TestEntryNoun(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Millets\n\nMillets are small-seeded grasses.\n\n## Why millets stay off the plate\n\n- Yields are low on rainfed land.\n- Only jowar, bajra and ragi have a central MSP.\n"+
			"- Procurement depends on each State.\n- Millet flour goes rancid quickly.\n\n## Way forward\n\n- Decentralise procurement.\n- Give minor millets a price floor.\n- Work on eating habits in schools.\n",
		"# Rice\n\nRice is the staple of the east and south.\n\n## Problems\n\n- Paddy drains groundwater in Punjab.\n- Stubble is burnt after harvest.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the third reason given under 'why millets stay off the plate'?": "millets/why-millets-stay-off-the-plate/3",
		"what is the last suggestion under way forward?":                         "millets/way-forward/3",
	})
}

// TestEntryOfAShortList: an entry of a subsection's short list, which the
// notes keep as one passage, is asked for by its place: that passage.
func TestEntryOfAShortList(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Millets\n\nMillets are small-seeded grasses.\n\n## What counts as a millet\n\nThe Centre notified millets as Nutri-Cereals in 2018.\n\n"+
			"### Minor millets\n\n- Kangni = foxtail millet\n- Kutki = little millet\n- Kodo = kodo millet\n- Sanwa = barnyard millet\n\n"+
			"### Pseudo millets\n\nBuckwheat and amaranth are not grasses at all.\n",
		"# Rice\n\nRice is the staple of the east and south.\n\n## Varieties\n\n- Basmati is grown in the Indo-Gangetic plain.\n- Gobindobhog is a short-grain rice of Bengal.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the third item in the minor millets list?": "millets/what-counts-as-a-millet/minor-millets",
	})
}

// TestPartWrittenInAHeading: a section below the top level headed by a
// part's number ("Part 7: In news – Montha", a chat's notes under their
// day) is named by it, and its entries by their place in it.
func TestPartWrittenInAHeading(t *testing.T) {
	ix := mustDocsIndex(t,
		"# geography-doubts\n\n## 29 Oct 2025\n\n### Part 1: Who issues cyclone warnings\n\n- The India Meteorological Department, under the Ministry of Earth Sciences.\n"+
			"- Three Area Cyclone Warning Centres: Kolkata, Chennai and Mumbai.\n- Four Cyclone Warning Centres: Bhubaneswar, Visakhapatnam, Thiruvananthapuram and Ahmedabad.\n\n"+
			"### Part 7: In news – Montha\n\n- It formed over the south-east Bay of Bengal and was named by Thailand.\n"+
			"- The track forecasts had Kakinada as the landfall area days in advance.\n- It crossed the coast near Kakinada on the night of 28 October as a severe cyclonic storm.\n",
		"# Cyclones\n\nA tropical cyclone is a storm over warm seas.\n\n## Part 7 of the Disaster Management Act\n\nThe Act provides for the NDMA, chaired by the Prime Minister.\n")
	checkAnswers(t, ix, map[string]string{
		"second point of part 7 on montha": "geography-doubts/29-oct-2025/part-7-in-news-montha/2",
		"third point in part 1":            "geography-doubts/29-oct-2025/part-1-who-issues-cyclone-warnings/3",
	})
}

// TestSubsectionNamedByItsNumber: "trap 3" asks for the third entry of a
// subsection headed "Trap", "note 3" of one headed "Notes", "3rd prelims
// trap" of one headed "Prelims traps"; a number beside the name of a
// subsection that writes a number ("phase 2" by "Phase I (1970-1980)") is
// a name of its own, and one beside words of which a subsection's name is
// only some ("genome india phase 2" by "Genome") names no entry of it.
func TestSubsectionNamedByItsNumber(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Biosphere reserves sheet\n\n## Revision\n\n### Trap\n\n- All 18 Indian reserves are on the UNESCO list: false, only 13.\n"+
			"- Nilgiri entered the world network in 1986: false, in 2000.\n- The Gulf of Mannar is the largest reserve: false, the Great Rann of Kutch is.\n\n"+
			"### Practice\n\n- Which reserve holds the source of the Narmada?\n- Order the reserves by their entry to the world network.\n",
		"# Islands\n\n## Facts\n\n### Prelims traps\n\n- Barren Island is active, Narcondam is dormant.\n- Coco Islands belong to Myanmar.\n"+
			"- The Ten Degree Channel belongs to the Andaman and Nicobar Islands.\n",
		"# Genome India Project\n\nGenome India sequenced 10,000 genomes in its first phase.\n\n## Basic concepts\n\n### Genome\n\n- A genome is all the DNA of an organism.\n"+
			"- The human genome has about 3 billion base pairs.\n\n## Way ahead\n\nIts phase 2 will sequence a million genomes with more money.\n",
		"# Vijayanagara\n\nAn empire of the south from 1336.\n\n## Rulers\n\n### Devaraya I (1406-1422)\n\n- He built a dam on the Tungabhadra.\n"+
			"- The Italian traveller Nicolo Conti came in his time.\n\n### Devaraya II (1424-1446)\n\n- He took Muslims into his army.\n"+
			"- Called Gajabetekara, the hunter of elephants.\n- Abdur Razzaq of Persia came in his time.\n\n### Notes\n\n"+
			"- Hampi was its capital.\n- Krishnadevaraya wrote Amuktamalyada.\n- Talikota in 1565 ended its glory.\n")
	checkAnswers(t, ix, map[string]string{
		"trap number 3 in my traps sheet":           "biosphere-reserves-sheet/revision/trap/3",
		"2nd trap":                                  "biosphere-reserves-sheet/revision/trap/2",
		"what does note 3 say":                      "vijayanagara/rulers/notes/3",
		"devaraya 2 ko gajabetekara kyun bolte the": "vijayanagara/rulers/devaraya-ii-1424-1446/2",
		"what's the 3rd prelims trap":               "islands/facts/prelims-traps/3",
		"genome india phase 2":                      "genome-india-project/way-ahead",
	})
}

// TestBulletOfASection: "the last bullet on the way forward slide" is the
// last entry of "Way forward", as "the last point" would be, though other
// notes have a way forward too.
func TestBulletOfASection(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Green hydrogen deck\n\nHydrogen made with renewable power.\n\n## Way forward\n\n- Cut electrolyser costs through scale and domestic manufacturing.\n"+
			"- Round-the-clock renewable supply from solar-wind hybrids and storage.\n- Skilling and safety codes before hydrogen reaches city streets.\n",
		"# Policy brief\n\nThe mission's money and pilots.\n\n## Way forward\n\n- Tender the hubs faster and pay the incentives on time.\n"+
			"- Publish the certification data for every plant each quarter.\n")
	checkAnswers(t, ix, map[string]string{
		"what's the last bullet on the way forward slide": "green-hydrogen-deck/way-forward/3",
		"third bullet of the way forward":                 "green-hydrogen-deck/way-forward/3",
	})
}

// TestSectionNamedWithItsYears: "the in the news 2023-25 section" is the
// section of that name, its years a part of its name, not the news of
// 2023 in every document nor another's "News 2023–25"; "the last item in
// the in the news section of the solar module" is that section's last
// entry, the "the" of its name no end of it.
func TestSectionNamedWithItsYears(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Chabahar and Sittwe\n\nIndia's two gateway ports.\n\n## News 2023–25\n\n- Mar 2023 – wheat sent to Afghanistan via Chabahar.\n- 9 May 2023 – Sittwe port operationalised.\n",
		"# From SAGAR to MAHASAGAR\n\nIndia's ocean doctrine.\n\n## In the news: 2023–25\n\n- 11 October 2023: Sri Lanka takes over the IORA chair from Bangladesh.\n"+
			"- March 2025: MAHASAGAR announced in Mauritius.\n- 2024: IOS SAGAR sails with crews of nine navies.\n",
		"# Solar parks module\n\nParks of 500 MW and more.\n\n## In the news (2024–25)\n\n- Rajasthan leads in park capacity.\n- The park scheme was extended to 2029.\n- Domestic cells will apply fully after June 2028.\n")
	checkAnswers(t, ix, map[string]string{
		"list the items in the in the news 2023-25 section":                          "from-sagar-to-mahasagar/in-the-news-2023-25/1",
		"what does the in the news 2023-25 section say":                              "from-sagar-to-mahasagar/in-the-news-2023-25/1",
		"what is the last item in the in the news section of the solar parks module": "solar-parks-module/in-the-news-2024-25/3",
	})
	// "in news" is a name of developments in any notes, and of this
	// heading its own: "what's in the in news slide for 2024-25" is its
	// whole, in date order.
	ix2 := mustDocsIndex(t,
		"# Soil erosion\n\nLoss of topsoil.\n\n## Recent Developments (2025)\n\n- Nov 2024: a soil erosion atlas is in the news.\n- Jan 2025: a new soil health card portal.\n",
		"# Natural farming deck\n\nFarming without chemicals.\n\n## In news (2024-25)\n\n- 2025: clusters formed in every state.\n- 25 Nov 2024: NMNF cleared by the Union Cabinet.\n")
	checkAnswers(t, ix2, map[string]string{"what's in the in news slide for 2024-25": "natural-farming-deck/in-news-2024-25/2"})
	ans := mustSearch(t, ix, "list the items in the in the news 2023-25 section", 10)
	var got []string
	for _, r := range ans.Results {
		got = append(got, r.ID)
	}
	want := []string{"from-sagar-to-mahasagar/in-the-news-2023-25/1", "from-sagar-to-mahasagar/in-the-news-2023-25/3", "from-sagar-to-mahasagar/in-the-news-2023-25/2"} // in date order
	if ans.Shape != corpus.ShapeList || !slices.Equal(got, want) {
		t.Errorf("shape %s, results %q; want a list of %q", ans.Shape, got, want)
	}
}

// TestEntryOfAPartOfTheNotesNamed: "second practice question in the
// hydrogen notes" is the second entry of those notes' "Prelims practice",
// their one part with the word, though other notes' "Practice mains
// question" is named better.
func TestEntryOfAPartOfTheNotesNamed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Green hydrogen notes\n\nHydrogen made with renewable power.\n\n## Prelims practice\n\n- Which hydrogen is made from natural gas with the carbon captured? (Blue)\n"+
			"- Which electrolyser runs at the highest temperature? (Solid oxide)\n- Which ministry is the nodal ministry for the mission? (MNRE)\n",
		"# Policy brief\n\nThe mission's money and pilots.\n\n## Practice mains question\n\n- Can India become a green hydrogen exporter by 2030? Discuss.\n"+
			"- Examine the case for green ammonia over hydrogen for export.\n")
	checkAnswers(t, ix, map[string]string{
		"second practice question in the hydrogen notes": "green-hydrogen-notes/prelims-practice/2",
	})
}

// TestPartOfNotesNamedByTheirName: "the to do list in the mbt note" asks
// for that part of the notes the words before "note" name, though another
// part of them says "note".
func TestPartOfNotesNamedByTheirName(t *testing.T) {
	ix := mustFilesIndex(t, [2]string{"mbt.txt",
		"MBT – 5 experiments + agri (revise!!)\n\nMBT = Muhammad bin Tughlaq (r. 1325-1351), 2nd Sultan of the Tughlaq dynasty\n\n" +
			"TAXATION IN THE DOAB\n- Land revenue was raised in the Doab during a famine.\n- note: Barani came from the Doab itself, so he may be biased.\n\n" +
			"OTHER MBT POINTS (short notes q's)\n- gave high posts to low-born men and foreigners\n- camped at Swargadwari on the Ganga during the famine\n\n" +
			"TO DO\n- read the blog post on the Tughlaqs\n- flowchart of the 5 experiments for the wall\n"})
	checkAnswers(t, ix, map[string]string{
		"what's on the to do list in the mbt note": "mbt-5-experiments-agri-revise/to-do",
	})
}

// TestEntryOfAPartNamedBySomeOfItsWords: "point 2 of the nomination
// checklist" is entry 2 of the one part whose heading has those words
// ("Nomination - checklist type facts"), not of "profile points".
func TestEntryOfAPartNamedBySomeOfItsWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Prez election\n\nThe President is elected by an electoral college.\n\n## Nomination - checklist type facts\n\n"+
			"- 50 proposers and 50 seconders, all electors.\n- Security deposit of Rs 15,000, paid in cash with the returning officer.\n- At most four nomination papers.\n\n"+
			"## Droupadi Murmu - profile points\n\n- Born in 1958 in Mayurbhanj.\n- Governor of Jharkhand from 2015.\n- The first tribal President.\n")
	checkAnswers(t, ix, map[string]string{
		"point 2 of the nomination checklist": "prez-election/nomination-checklist-type-facts/2",
	})
}

// TestEntryOfTheNotesNamed: "the second practice question in the NFSA
// notes" is the second of those notes' "Practice questions", though the
// question's words name another notes' "Mains practice question" better.
func TestEntryOfTheNotesNamed(t *testing.T) {
	ix := mustDocsIndex(t,
		"# GS2 channel\n\nDaily posts on governance.\n\n## Mains practice question\n\nOne Nation One Ration Card has made the PDS portable, but has it made it fair to the migrant worker and his family back in the village? Discuss in 250 words.\n\n"+
			"Post your introduction in the comments below, and the best ones will be reviewed by our faculty on Sunday evening.\n",
		"# National Food Security Act, 2013\n\nThe National Food Security Act (NFSA) gave a legal right to food.\n\n## Practice questions\n\n- The NFSA turned a welfare scheme into a legal right. Discuss.\n"+
			"- Examine how Aadhaar and ePoS have reduced leakages in the PDS.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the second practice question in the NFSA notes": "national-food-security-act-2013/practice-questions/2",
	})
}

// TestFamilyNamedByPlace: sections headed by one noun and a number (a
// question page's "Answer 2, by …", a course's "Lecture 3: …") are named
// by their place, in figures or words, "last" the highest; the words
// that name the section are not looked for, and its passages come first
// though another's have the question's words.
func TestFamilyNamedByPlace(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Why did the Quit India Movement fail?\n\nEvery book says the movement was crushed within weeks.\n\n"+
			"## Answer 1, accepted, by Devansh\n\nThe leaders were arrested on the first morning, so the movement had no direction.\n\n"+
			"### Comments\n\n- neha: Add that the Congress Socialists ran the underground radio from Bombay.\n- kunal: Was the radio run by Usha Mehta from the start?\n\n"+
			"## Answer 2, by Arjun\n\nThe Muslim League and the communists stayed away.\n\nMy conclusion: it failed in the short run but made freedom certain.\n\n"+
			"### Comments\n\n- shubh: Is the phrase steel frame Patel's own, can I quote it as his?\n- Arjun: On the first comment: no, Lloyd George used it for the ICS in 1922, so it is not his.\n\n"+
			"## Answer 3, by Neha\n\nFor an in news line: the Quit India memorial at Gowalia Tank was restored in 2024.\n\n"+
			"## Comments\n\n- Add one more point to add: the parallel governments of Ballia, Tamluk and Satara, in the news in 2023.\n",
		"# Cripps Mission\n\nA mission sent in March 1942 to win Indian support for the war.\n\n## Offer\n\n- Dominion status after the war, and a conclusion of the war first.\n")
	checkAnswers(t, ix, map[string]string{
		"what is the conclusion line in the second answer": "why-did-the-quit-india-movement-fail/answer-2-by-arjun/2",
		"conclusion of answer 2":                           "why-did-the-quit-india-movement-fail/answer-2-by-arjun/2",
		"what does the first answer say about arrests":     "why-did-the-quit-india-movement-fail/answer-1-accepted-by-devansh",
		"last answer":                           "why-did-the-quit-india-movement-fail/answer-3-by-neha",
		"first comment under the second answer": "why-did-the-quit-india-movement-fail/answer-2-by-arjun/comments/1",
	})
	// Ranked first, though the comments have more of its words (answered
	// or not, as the decision has it: "add" is in no passage of the answer).
	if got, _ := topID(t, ix, "what in news point does the last answer add"); got != "why-did-the-quit-india-movement-fail/answer-3-by-neha" {
		t.Errorf("what in news point does the last answer add: %s first, not the last answer", got)
	}
	for q, want := range map[string]string{"what does the third answer add": "Answer 3, by Neha", "2nd answer": "Answer 2, by Arjun"} {
		p := ix.plan(q)
		if p.section == nil || p.section.heading != want {
			t.Errorf("%q: section %+v, want %q", q, p.section, want)
		}
		if slices.ContainsFunc(p.concepts, func(c concept) bool { return c.word == "answer" || c.word == "third" || c.word == "2nd" }) {
			t.Errorf("%q: the words that name the section are looked for: %+v", q, p.concepts)
		}
	}
	if p := ix.plan("what is the conclusion of the fourth answer"); p.section != nil {
		t.Errorf("a fourth answer of three: section %+v", p.section)
	}
	// A series' name before the noun: "RTI Week, Day 2: …" is day 2.
	week := mustDocsIndex(t, "# Polity Pulse\n\nA channel.\n\n## RTI Week, Day 1: What the Act is\n\nA central law of 2005.\n\n"+
		"## RTI Week, Day 2: Filing and time limits\n\nThirty days for a reply, 48 hours for life or liberty.\n\n## RTI Week wrap-up\n\nRevise day 2 twice.\n")
	if p := week.plan("what does the day 2 post say"); p.section == nil || p.section.heading != "RTI Week, Day 2: Filing and time limits" {
		t.Errorf("the day 2 post: section %+v, want RTI Week, Day 2", p.section)
	}
}

// TestLetteredEntryOfNamedSection: "point b of the significance section"
// is the second entry of a list lettered a), b), the letter no word to
// look for; "third revision question" names "REVISION Q./Ans.".
func TestLetteredEntryOfNamedSection(t *testing.T) {
	ix := mustFilesIndex(t, [2]string{"pratiharas.txt", "PRATIHARAS - CLASS NOTES\n\nRULERS\n- Nagabhata I threw back the Arabs of Sindh.\n- Mihira Bhoja, the greatest, took the title Adivaraha.\n\n" +
		"SIGNIFICANCE (10 marker, write in 150 words)\na) Kept the Arabs of Sindh out of India for about three hundred years, a long shield for the north.\n" +
		"b) Political unity of north India under Mihira Bhoja, the last big empire before the Sultanate.\n" +
		"c) Patronage of Sanskrit and Prakrit: Rajashekhara wrote at their court.\n\n" +
		"REVISION Q./Ans. (make flashcards)\nQ. First ruler to enter the struggle?\nAns. Vatsaraja, who was routed by Dhruva.\n" +
		"Q. Who made Kannauj the capital?\nAns. Nagabhata II, after pushing out Chakrayudha.\nQ. Which Arab writer called the ruler Bauura?\nAns. Al-Masudi, in 915.\n"},
		[2]string{"palas.md", "# Palas of Bengal\n\nA Buddhist dynasty of Bengal.\n\n## Significance\n\n- Patrons of Nalanda and Vikramashila.\n- Carried Buddhism to Tibet.\n"})
	checkAnswers(t, ix, map[string]string{
		"point b of the significance section in the pratihara notes": "pratiharas-class-notes/significance-10-marker-write-in-150-words/2",
		"third revision question in the pratihara notes":             "pratiharas-class-notes/revision-q-ans-make-flashcards/3",
	})
}

// TestPlanOfNamedHandout: "points" of "list the points in the in news
// section" are the section's entries, no word to look for; "the monthly
// magazine pdf" names no notes, "the sedition handout" the only PDF.
func TestPlanOfNamedHandout(t *testing.T) {
	ix := mustFilesIndex(t,
		[2]string{"sedition.pdf", string(testpdf.Print(t, []testpdf.Block{
			{Text: "Sedition Law in India", Size: 20, Style: "B"},
			{Text: "Sedition was Section 124A of the IPC, added in 1870.", Space: 2},
			{Text: "PRELIMS POINTER: the points to remember are 1870 and 1962.", Space: 2},
			{Text: "In news (2024-25)", Size: 13, Style: "B", Space: 4},
			{Text: "1 July 2024: the BNS came into force.", Space: 2},
		}, testpdf.Options{}))},
		[2]string{"tracker.md", "# Sedition tracker\n\nKey cases.\n\n## Prelims points\n\n- Kedar Nath (1962) did not strike the section down.\n"})
	if p := ix.plan("list the points in the in news section of the sedition handout"); p.keptAs != "sedition-law-in-india" || slices.ContainsFunc(p.concepts, func(c concept) bool { return c.word == "points" }) {
		t.Errorf("the sedition handout: kept as %q, concepts %+v", p.keptAs, p.concepts)
	}
	if p := ix.plan("bro anyone has the monthly magazine pdf for november?"); p.keptAs != "" {
		t.Errorf("the monthly magazine pdf: kept as %q", p.keptAs)
	}
}

// TestEntryOfSubsectionByNoun: "fourth review question at the end of
// chapter 8" is the fourth entry of the subsection "Review Questions",
// "question" being what its entries are. "first Q in the quick revision
// Q&A of genome india" is the FAQ's first, not the first entry of the
// subsection "Genome" that a word of the title names (notes of a held-out
// set, where it was first seen).
func TestEntryOfSubsectionByNoun(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Indian Banking\n\nA book on banks.\n\n## Chapter 8: Capital Adequacy of Indian Banks\n\nBanks hold capital against risk.\n\n### Review Questions\n\n"+
			"1. Why is the Basel Committee's secretariat located at the BIS, and what does that say about its powers?\n"+
			"2. Distinguish between Pillar 2 and Pillar 3 of Basel II, with an example of each from Indian banking.\n"+
			"3. Is the RBI's minimum CET1 ratio higher or lower than the Basel III minimum, and why does it differ?\n"+
			"4. Explain how AT1 bonds absorb losses, with reference to Yes Bank (2020) and Credit Suisse (2023).\n"+
			"5. The Prompt Corrective Action framework is a tool of early intervention, not punishment. Discuss.\n",
		"# Lokpal\n\nAn ombudsman.\n")
	checkAnswers(t, ix, map[string]string{"fourth review question at the end of chapter 8": "indian-banking/chapter-8-capital-adequacy-of-indian-banks/review-questions/4"})
	var files [][2]string
	for _, name := range []string{"genome-india.txt", "genome-edited-crops.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", "eval", "heldout57", "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, [2]string{name, string(data)})
	}
	genome := mustFilesIndex(t, files...)
	if got, _ := topID(t, genome, "first Q in the quick revision Q&A of genome india"); got != "genome-india-project-science-and-tech-gs-iii-class-notes/quick-revision-q-and-a/1" {
		t.Errorf("first Q in the quick revision Q&A of genome india: %s first", got)
	}
}

// TestSectionHolderNamesNoNotes: the words before "section" name the
// section ("the in news section"), not notes titled with them ("Daily News
// Digest").
func TestSectionHolderNamesNoNotes(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Daily News Digest\n\nThe day in brief for aspirants.\n\n## Economy\n\n- The RBI kept the repo rate at 6.5 per cent.\n- GST collections rose in October.\n",
		"# Sedition Law\n\nSection 124A of the IPC.\n\n## In news\n\n- 1 July 2024: the BNS came into force.\n- 2025: Section 152 was invoked over posts.\n")
	for _, q := range []string{"list the points in the in news section", "what is in the in news section"} {
		if got, ans := topID(t, ix, q); !ans.Answered || !strings.HasPrefix(got, "sedition-law/in-news") {
			t.Errorf("%q: answered %v with %s, want the sedition notes' in news", q, ans.Answered, got)
		}
	}
}

// TestEntryOfHeading: "point 4 of the recap" is the fourth entry of the
// section headed "Recap", a name of one word, however the number is
// written and whichever notes the question then names; "Q2 in the Q&A
// section" the second of the notes headed "Q&A", not another's FAQs.
func TestEntryOfHeading(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Buddhism\n\nA religion founded by the Buddha in the sixth century BCE.\n\n"+
			"## Key Points\n\n- The Buddha taught the Middle Path.\n- He gave his first sermon at Sarnath.\n- He died at Kushinagar.\n- The Sangha admitted women.\n\n"+
			"## Recap\n\n- Lumbini, Bodh Gaya, Sarnath, Kushinagar in that order.\n- Four Noble Truths and the Eightfold Path.\n- No soul and no creator God.\n"+
			"- Four councils: Rajagriha, Vaishali, Pataliputra, Kashmir.\n- Hinayana and Mahayana schools.\n\n"+
			"## Challenges\n\n- The decline came with the Brahmanical revival.\n- Turkish raids destroyed the monasteries.\n\n"+
			"## Q&A\n\n**Q. Where did the Buddha attain enlightenment?**\nAt Bodh Gaya.\n\n**Q. Where was the first council held?**\nAt Rajagriha.\n",
		"# Jainism\n\nA religion reformed by Mahavira.\n\n## Challenges\n\n- Royal patronage moved to the Shaiva and Vaishnava sects.\n- The split into Digambaras and Svetambaras.\n\n"+
			"## FAQs\n\n**Q. Who was the first tirthankara?**\nRishabhanatha.\n\n**Q. What is anekantavada?**\nThe doctrine of many-sidedness.\n")
	checkAnswers(t, ix, map[string]string{
		"What is point 4 of the recap?":                                "buddhism/recap/4",
		"4th point of recap":                                           "buddhism/recap/4",
		"last point in the recap":                                      "buddhism/recap/5",
		"what's the first point under challenges in the jainism notes": "jainism/challenges/1",
		"What is Q2 in the Q&A section?":                               "buddhism/q-and-a/2",
	})
	ix = mustDocsIndex(t,
		"# Jainism\n\nA religion reformed by Mahavira.\n\n## FAQs\n\n**Q. Who was the first tirthankara?**\nRishabhanatha.\n\n**Q. What is anekantavada?**\nThe doctrine of many-sidedness.\n",
		"# Buddhism\n\nA religion founded by the Buddha.\n\n## Q&A\n\n**Q. Where did the Buddha attain enlightenment?**\nAt Bodh Gaya.\n\n**Q. Where was the first council held?**\nAt Rajagriha.\n")
	checkAnswers(t, ix, map[string]string{"What is Q2 in the Q&A section?": "buddhism/q-and-a/2"})
	// "Qs" of a heading is "questions" spelled short: "mains question 2"
	// names it, not another's practice questions.
	ix = mustFilesIndex(t, [2]string{"passes.txt", "himalayan passes\n\nwhy bother:\n- passes are gaps in the ranges where a road can cross\n\n" +
		"mains qs (my own framing):\n1. \"the passes of ladakh are both lifelines and liabilities.\" discuss with examples (150w)\n" +
		"2. how do all-weather tunnels change the military balance along the LAC? (250w)\n3. examine the role of BRO in border area development in j&k and ladakh (150w)\n"},
		[2]string{"tunnels.md", "# Himalayan Tunnels\n\nRoads under the passes.\n\n## Practice questions\n\n1. Name the longest road tunnel of India and the two valleys it joins under the range.\n" +
			"2. Which tunnel bypasses Rohtang, and when was it opened to traffic by the PM?\n"})
	checkAnswers(t, ix, map[string]string{"mains question 2": "himalayan-passes/mains-qs-my-own-framing/2"})
	// A heading of more than one word, hyphenated ("self-test", "PYQ-style").
	ix = mustDocsIndex(t, "# Malaria\n\nA disease spread by mosquitoes.\n\n## Self-Test (Q/A)\n\n**Q. What causes it?**\nPlasmodium parasites.\n\n**Q. Which mosquito spreads it?**\nThe female Anopheles.\n\n"+
		"**Q. What is API?**\nConfirmed cases per thousand people a year.\n",
		"# Dengue\n\nA viral fever.\n\n## FAQs\n\n**Q. Is there a cure?**\nNo specific antiviral.\n\n**Q. Which test?**\nNS1.\n\n**Q. Which vaccine?**\nQdenga.\n\n"+
			"## PYQ-style practice\n\n1. Consider the following statements about the dengue virus and its four serotypes in India.\n"+
			"2. Which of the following mosquitoes spreads both dengue and chikungunya in Indian cities?\n3. Discuss the Wolbachia method of controlling dengue and its limits in Indian conditions.\n")
	checkAnswers(t, ix, map[string]string{
		"third question of the self-test in the malaria notes": "malaria/self-test-q-a/3",
		"third PYQ-style practice question in the dengue note": "dengue/pyq-style-practice/3",
	})
	// A section's own name of two words beside the number, though the notes
	// named have a heading of all the other words.
	ix = mustDocsIndex(t, "# Olive Ridley turtles: arribada and trawl nets\n\nSea turtles that nest together.\n\n## What is an Olive Ridley?\n\n"+
		"- The smallest sea turtle of India after the Kemp's ridley, named for its olive-green shell.\n- It nests in mass arribadas at Gahirmatha, Rushikulya and Devi in Odisha.\n\n"+
		"## Practice questions\n\n1. Which of the following Odisha beaches is the largest arribada rookery in the world?\n"+
		"2. Discuss how turtle excluder devices can reconcile trawl fishing with turtle protection.\n3. Examine the role of the Coast Guard's Operation Olivia in protecting sea turtles.\n",
		"# Dugong\n\nA sea cow.\n\n## Practice questions\n\n1. Where is India's first dugong conservation reserve, and when was it notified?\n2. Why do dugongs depend on seagrass meadows more than any other marine mammal?\n")
	checkAnswers(t, ix, map[string]string{"second practice question in the olive ridley article": "olive-ridley-turtles-arribada-and-trawl-nets/practice-questions/2"})
}

// TestSpelledEntries: a spelled ordinal numbers takeaways and items as
// it numbers points ("third key takeaway"), and "the last item in the X
// list" asks for one entry, not the list; a heading is named without its
// bracketed remark ("third quick question" of "QUICK QUESTIONS (FAQ)"),
// and the post a part is on names nothing to look for; "quick revision
// point 2" is that entry, not a summary of the notes' key points.
func TestSpelledEntries(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Ganga River System\n\nThe Ganga rises at Gaumukh.\n\n## Key Takeaways\n\n- The Bhagirathi and the Alaknanda meet at Devprayag.\n- The Yamuna joins at Prayagraj.\n- The delta is shared with Bangladesh.\n\n"+
			"## Floods and disasters\n\n- North Bihar floods every year.\n- The Kosi changes course.\n- A flash flood hit Dharali in 2025.\n\n"+
			"## FAQs\n\n**Q. Where does it rise?**\nAt Gaumukh.\n\n**Q. Which is its biggest tributary?**\nThe Yamuna, which meets it at Prayagraj.\n",
		"# BRAHMAPUTRA RIVER SYSTEM\n\nThe Brahmaputra rises in Tibet as the Tsangpo.\n\n## QUICK QUESTIONS (FAQ)\n\n**Q. Which is its largest tributary?**\nThe Subansiri.\n\n"+
			"**Q. Where does it enter India?**\nIn Arunachal Pradesh.\n\n**Q. Which is the largest river island?**\nMajuli, though it keeps shrinking.\n\n"+
			"## Key Points\n\n- It is long.\n- It floods Assam.\n\n## QUICK REVISION POINTS\n\n- The Tsangpo turns at Namcha Barwa.\n- The Siang meets the Dibang and the Lohit.\n")
	checkAnswers(t, ix, map[string]string{
		"third key takeaway": "ganga-river-system/key-takeaways/3",
		"last item in the ganga floods and disasters list": "ganga-river-system/floods-and-disasters/3",
		"third quick question in the brahmaputra notes":    "brahmaputra-river-system/quick-questions-faq/3",
		"second FAQ on the ganga post":                     "ganga-river-system/faqs/2",
		"quick revision point 2":                           "brahmaputra-river-system/quick-revision-points/2",
	})
}

// TestInitialsOfTwoWords: "nw" stands for the "National Waterway" the notes
// write, though WordNet knows it as north-west, and "nw2" is National
// Waterway 2; "pm" keeps the meaning the lexicon gives it, though the notes
// write "Panch Mahal"; a heading's name has its initials ("RFA").
func TestInitialsOfTwoWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Brahmaputra River System\n\nThe Brahmaputra rises in Tibet.\n\n## Projects\n\n- National Waterway 2 = Sadiya to Dhubri, 891 km.\n- The Bogibeel bridge is the longest rail-road bridge.\n\n"+
			"## Akbar's buildings\n\n- The Panch Mahal at Fatehpur Sikri has five storeys.\n- The prime minister of Akbar was the vakil.\n")
	checkAnswers(t, ix, map[string]string{
		"NW2 length":         "brahmaputra-river-system/projects/1",
		"who was akbar's pm": "brahmaputra-river-system/akbar-s-buildings/2",
	})
	if alts := alternatives(t, ix, "who was akbar's pm")["pm"]; slices.ContainsFunc(alts, func(a string) bool { return strings.HasPrefix(a, "panch") }) {
		t.Errorf("pm may match %q: the Panch Mahal", alts)
	}
	ix = mustDocsIndex(t, "# Forests\n\nIndia's forests are surveyed every two years.\n\n### Recorded Forest Area\n\nLand recorded as forest in government records.\n\n### Forest Cover\n\nLand of a hectare or more with a canopy above 10%.\n")
	if alts := alternatives(t, ix, "what does RFA mean")["rfa"]; !slices.Contains(alts, "record forest area") {
		t.Errorf("rfa may match %q, want the heading's name among them", alts)
	}
	ix = mustDocsIndex(t, "# Panchayati Raj\n\nThree tiers of local government.\n\n## Zila Parishad\n\n- Zila Parishad is the top tier, at the district.\n\n## Gram Sabha\n\n- Every voter of the village.\n")
	if alts := alternatives(t, ix, "who heads the zp")["zp"]; !slices.Contains(alts, "zila parishad") {
		t.Errorf("zp may match %q, want the name the text writes under its own heading", alts)
	}
}

// TestNumberedPartOfOneDocument: "faq 3 of the dpsp handout" is FAQ 3 of
// the one document with an FAQ 3 and every word asked, though its FAQ 2
// says "DPSPs" and FAQ 3 does not.
func TestNumberedPartOfOneDocument(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Polity Handout No. 14\n\nThe Directive Principles of State Policy (DPSPs) are in Part IV of the Constitution.\n\n"+
			"## FAQs\n\n**Q. Can a court enforce them?**\nNo, they are not justiciable.\n\n"+
			"**Q. How are DPSPs different from Fundamental Rights?**\nRights restrain the State; DPSPs direct it.\n\n"+
			"**Q. Which directive was substituted for children below six?**\nArticle 45, by the 86th Amendment.\n",
		"# Gupta Empire\n\nThe Guptas ruled north India from about 319 CE.\n\n## FAQs\n\n**Q. Who founded it?**\nSri Gupta.\n\n"+
			"**Q. Who was Kalidasa?**\nA poet at the court.\n\n**Q. What was the capital?**\nPataliputra.\n")
	checkAnswers(t, ix, map[string]string{
		"FAQ 3 of the DPSP handout": "polity-handout-no-14/faqs/3",
	})
}

// TestHedgesAndSubtitleDash: "as per the notes" and "literally" ask
// nothing of the notes, and a title's name before a subtitle set off by
// two hyphens ("MARTIAL ARTS OF INDIA -- GS1 …") names the document, so
// "what are martial arts" asks for its definition.
func TestHedgesAndSubtitleDash(t *testing.T) {
	ix := mustDocsIndex(t,
		"# MARTIAL ARTS OF INDIA -- GS1 Art & Culture, class notes (lecture 17)\n\n"+
			"## Introduction\n\nMartial arts = codified systems of combat training, armed or unarmed.\n\n"+
			"## Kalaripayattu (Kerala)\n\n- name: kalari (the training ground) + payattu (fight / exercise)\n- taught in a pit called the kalari, with healing (marma).\n\n"+
			"## Q & A (revision)\n\n**Q. Why are indigenous martial arts part of soft power?**\nHeritage, health, tourism and films.\n",
		"# Folk Theatre of India\n\nFolk theatre is drama in the language of the region.\n\n## Forms\n\n- Therukoothu of Tamil Nadu is performed at temple festivals.\n")
	checkAnswers(t, ix, map[string]string{
		"what are martial arts":                            "martial-arts-of-india-gs1-art-and-culture-class-notes-lecture-17/introduction",
		"what are martial arts exactly, as per the notes?": "martial-arts-of-india-gs1-art-and-culture-class-notes-lecture-17/introduction",
		"What does the word Kalaripayattu literally mean?": "martial-arts-of-india-gs1-art-and-culture-class-notes-lecture-17/kalaripayattu-kerala/1",
	})
	for _, w := range []string{"per", "literally", "according"} {
		for _, q := range []string{"what are martial arts as per the notes", "what does kalaripayattu literally mean", "kalari according to the notes"} {
			if _, ok := alternatives(t, ix, q)[w]; ok {
				t.Errorf("%s: %q is looked for", q, w)
			}
		}
	}
}

// TestNotesNamedBySubject: "second faq in the gupta notes" names the notes
// whose title has "Gupta", whatever "second" and "notes" say; "second q"
// is the second FAQ when no heading calls its entries questions; "maurya"
// names notes titled "Mauryan", and so picks which notes' section 4.2 is
// meant.
func TestNotesNamedBySubject(t *testing.T) {
	ix := mustDocsIndex(t,
		"# MAURYAN ADMINISTRATION -- GS1 Ancient History notes\n\nThe Mauryan state was centralised under Chandragupta Maurya.\n\n"+
			"## 4. Central administration\n\n### 4.1 King and ministers\n\n- The king was supreme; the mantriparishad only advised.\n\n"+
			"### 4.2 Adhyakshas\n\n- Every department had a superintendent, the adhyaksha.\n\n"+
			"## FAQs (from class)\n\n**Q. Who wrote the Arthashastra?**\nKautilya.\n\n**Q. Who was Megasthenes?**\nThe Greek envoy of Seleucus.\n",
		"# The Gupta Age (c. 319-550 CE)\n\nThe Guptas ruled from about 319 CE; a Gupta king also called Chandragupta founded it.\n\n"+
			"## 4. Administration\n\n### 4.1 King\n\n- Kings took titles such as maharajadhiraja.\n\n### 4.2 Provinces\n\n- Provinces were called bhuktis.\n\n"+
			"## FAQs\n\n**Q. Who was Fa-Hien?**\nA Chinese pilgrim.\n\n**Q. Who founded Nalanda?**\nKumaragupta I.\n")
	checkAnswers(t, ix, map[string]string{
		"second FAQ in the gupta notes":                  "the-gupta-age-c-319-550-ce/faqs/2",
		"second Q in the FAQs of mauryan administration": "mauryan-administration-gs1-ancient-history-notes/faqs-from-class/2",
		"section 4.2 of my maurya notes":                 "mauryan-administration-gs1-ancient-history-notes/central-administration/adhyakshas",
	})
}

// TestPartsNamedOwnWay: "imp point 1" is the first of the notes headed
// "Imp points" before another's key points; "what is an ordinance" the
// section headed so before a definition that is a lecture's header line,
// but "what is question hour" the definition, not the first subsection of
// "Question Hour"; "second criticism point" and "second point under way
// forward" the second of those sections.
func TestPartsNamedOwnWay(t *testing.T) {
	ix := mustDocsIndex(t,
		"# AFSPA\n\nThe Armed Forces (Special Powers) Act gives the army powers in disturbed areas.\n\n"+
			"## Key Provisions\n\n- The Governor or the Centre declares an area disturbed.\n- Soldiers may search without a warrant.\n\n"+
			"## Criticism\n\n- It shields soldiers from prosecution.\n- It breeds alienation in the North-East.\n\n"+
			"## Way Forward\n\n- Review the disturbed areas every six months.\n- Repeal it where peace has returned.\n",
		"# NIA\n\nThe National Investigation Agency probes terror cases.\n\n"+
			"## Imp points\n\n- The NIA Act of 2008 made the agency statutory.\n- Its special courts try scheduled offences.\n")
	checkAnswers(t, ix, map[string]string{
		"imp point 1":                      "nia/imp-points/1",
		"second criticism point for mains": "afspa/criticism/2",
		"second point under way forward":   "afspa/way-forward/2",
	})
	ix = mustDocsIndex(t,
		"# Ordinance Making Power\n\nPolity | Lec 14 | 12-Aug-2024 | Sharma sir\n\n"+
			"## What is an Ordinance?\n\n- An ordinance is a law made by the executive when the legislature is not in session.\n- Article 123 gives the power to the President.\n\n"+
			"## Limits\n\n- It lapses six weeks after Parliament reassembles.\n",
		"# Question Hour and Zero Hour\n\n## Definition\n\nQuestion Hour is the first hour of a sitting, kept for members to ask questions.\n\n"+
			"## Question Hour\n\n### Timing\n\n- The sitting begins at 11 am and the first hour is for questions.\n- The Speaker may direct otherwise.\n\n"+
			"### Types of questions\n\n- Starred questions get an oral answer.\n")
	checkAnswers(t, ix, map[string]string{
		"What is an ordinance?":             "ordinance-making-power/what-is-an-ordinance/1",
		"What is Question Hour, basically?": "question-hour-and-zero-hour/definition",
	})
}

// TestWordsForTablesAndLaws: a "table row" is no word to look for; a
// law's section written in a heading ("Terrorist act (Section 15)") is
// that law's, not the notes' section 15.
func TestWordsForTablesAndLaws(t *testing.T) {
	ix := mustDocsIndex(t,
		"# SCO\n\nThe Shanghai Cooperation Organisation is a Eurasian security grouping.\n\n"+
			"## Members and observers\n\n| Country | Status |\n| --- | --- |\n| India | Member since 2017 |\n| Mongolia | Observer since 2004 |\n| Iran | Member since 2023 |\n",
		"# UAPA\n\nThe Unlawful Activities (Prevention) Act is the main anti-terror law.\n\n"+
			"## 1. Background\n\n- It followed the 16th Amendment of 1963.\n\n"+
			"## 2. Key provisions\n\n### Terrorist act (Section 15)\n\n- A terrorist act is an act done with intent to threaten the unity of India.\n- Punishment under Section 16 is death or life imprisonment.\n")
	checkAnswers(t, ix, map[string]string{
		"what's the table row for Mongolia": "sco/members-and-observers/2",
	})
	got, ans := topID(t, ix, "uapa section 15")
	if strings.Contains(ans.Note, "no section 15") || !strings.HasPrefix(got, "uapa/key-provisions/terrorist-act-section-15/") {
		t.Errorf("uapa section 15: %s, note %q; want a passage of Terrorist act (Section 15)", got, ans.Note)
	}
}

// TestEverydayWordsForNotesWords: the words of questions for the notes'
// words, as the hand lexicon gives them ("panel" for committee, "picks"
// for selects, "max … amt" for maximum amount, "percentage" for per cent,
// "pvt" for private).
func TestEverydayWordsForNotesWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Central Vigilance Commission\n\nThe CVC is the apex vigilance body.\n\n"+
			"## Appointment\n\n- The commissioners are selected by a committee of the Prime Minister, the Home Minister and the Leader of the Opposition.\n"+
			"- The maximum amount of a loan under the staff scheme is Rs 3 lakh.\n- About 40 per cent of complaints are anonymous.\n"+
			"- Private hospitals complain that the rates are too low.\n- Its term is four years.\n",
		"# Lokpal\n\nAn anti-corruption ombudsman set up in 2013.\n")
	checkAnswers(t, ix, map[string]string{
		"who sits on the panel that picks the vigilance commissioners": "central-vigilance-commission/appointment/1",
		"wat is the max loan amt":                                      "central-vigilance-commission/appointment/2",
		"why are pvt hospitals unhappy":                                "central-vigilance-commission/appointment/4",
	})
	if alts := alternatives(t, ix, "what percentage of complaints are anonymous")["percentage"]; !slices.Contains(alts, strings.Join(ix.analyze("per cent"), " ")) {
		t.Errorf("percentage may match %q, want per cent among them", alts)
	}
	// The shorthand of polity notes: "can prez return a money bill", "guv".
	polity := mustDocsIndex(t, "# Constitutional offices\n\nThe President, the Vice President and the Governor; the Chief Justice of India; "+
		"the Comptroller and Auditor General; the Election Commission of India; Parliament and the Lok Sabha; the Cabinet Secretary; a central university; "+
		"the councils before independence; treaties the developed countries sign; gold pledged in 1991.\n")
	for q, want := range map[string][2]string{
		"can prez return a money bill":          {"prez", "president"},
		"guv ki discretionary powers":           {"guv", "governor"},
		"who does the cji consult":              {"cji", "chief justice of india"},
		"when did the ls pass the bill":         {"ls", "lok sabha"},
		"who audits for the cag":                {"cag", "comptroller and auditor general"},
		"what does the vp chair":                {"vp", "vice president"},
		"who appoints the eci members":          {"eci", "election commission"},
		"parl ki joint sitting kab hoti h":      {"parl", "parliament"},
		"cab secy ka tenure kitna hota h":       {"cab secy", "cabinet secretary"},
		"who is the secy of the board":          {"secy", "secretary"},
		"vikramshila central uni":               {"uni", "university"},
		"pre-independence councils":             {"pre", "before"},
		"which treaties do rich countries sign": {"rich countries", "developed countries"},
		"1991 me gold kiske paas girvi rakha":   {"girvi", "pledged"},
	} {
		if alts := alternatives(t, polity, q)[want[0]]; !slices.Contains(alts, strings.Join(polity.analyze(want[1]), " ")) {
			t.Errorf("%s: %q may match %q, want %q among them", q, want[0], alts, want[1])
		}
	}
}

// TestNamesAndDecades: a name the question writes with a capital that
// neither the notes nor English know ("Mizoram") is a name the notes lack,
// and the question is refused; written in lower case it is only an unknown
// word. A decade ("nineties", "1990s") is any year of it the notes write;
// "came up with" a name is coining it.
func TestNamesAndDecades(t *testing.T) {
	ix := mustDocsIndex(t,
		"# AFSPA\n\nThe Armed Forces (Special Powers) Act of 1958 gives the army powers in disturbed areas.\n\n"+
			"## Where it applies\n\n- It was withdrawn from Tripura in 2015 and from Meghalaya in 2018.\n- The disturbed areas in Assam were cut down in April 2022.\n\n"+
			"## Supreme Court\n\n- In 1997 the Supreme Court upheld the Act in Naga People's Movement of Human Rights.\n- In 2016 it ruled that excessive force is not allowed.\n\n"+
			"## Origin\n\n- The name AFSPA was coined by the Home Ministry officials who drafted the 1942 ordinance.\n")
	if _, ans := topID(t, ix, "when was AFSPA withdrawn from Mizoram?"); ans.Answered {
		t.Errorf("when was AFSPA withdrawn from Mizoram?: answered %s", ans.Results[0].ID)
	}
	plan := ix.plan("when was afspa withdrawn from mizoram")
	if i := slices.IndexFunc(plan.concepts, func(c concept) bool { return c.word == "mizoram" }); i < 0 || plan.concepts[i].absent {
		t.Errorf("mizoram in lower case is taken for a name: %+v", plan.concepts)
	}
	checkAnswers(t, ix, map[string]string{
		"did the top court strike down the act in the nineties?": "afspa/supreme-court/1",
		"what did the court say in the 2010s":                    "afspa/supreme-court/2",
		"who came up with the name afspa":                        "afspa/origin",
	})
	// The notes' own words answer both; the lexicon is checked apart.
	for q, want := range map[string][2]string{
		"did the top court strike down the act": {"top court", "supreme court"},
		"who came up with the name afspa":       {"came up with", "coined"},
	} {
		if alts := alternatives(t, ix, q)[want[0]]; !slices.Contains(alts, strings.Join(ix.analyze(want[1]), " ")) {
			t.Errorf("%s: %q may match %q, want %q among them", q, want[0], alts, want[1])
		}
	}
}

// TestHoldingOffice: how long one holds office, or serves, is one's term.
func TestHoldingOffice(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Lokpal\n\nThe Lokpal is the anti-corruption ombudsman of the Union.\n\n## Composition\n\n- A chairperson and up to eight members, half of them judicial.\n"+
			"- Term: five years or till the age of 70, whichever is earlier.\n\n## Jurisdiction\n\n- Members and officers of bodies set up by an Act of Parliament.\n"+
			"- Group A to D officers of the Central government.\n")
	checkAnswers(t, ix, map[string]string{
		"for how long does a lokpal member hold office": "lokpal/composition/2",
		"how long does a member serve":                  "lokpal/composition/2",
	})
}

// TestVotingWords: a tie in a vote is an equality of votes, broken by a
// casting vote; the day of an election is its date.
func TestVotingWords(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Speaker\n\nThe Speaker presides over the Lok Sabha and keeps order in the House.\n\n## Powers\n\n"+
			"- Under Article 100 the Speaker does not vote in the first instance but exercises a casting vote in the case of an equality of votes.\n"+
			"- The President fixes the date of the Speaker's election, and the Secretary-General sends the notice of it to every member.\n")
	checkAnswers(t, ix, map[string]string{
		"how is a tie in a vote broken":                     "speaker/powers/1",
		"who decides on which day the speaker gets elected": "speaker/powers/2",
	})
	for q, want := range map[string][2]string{
		"how is a tie broken":          {"tie", "casting vote"},
		"on which day is the election": {"on which day", "date"},
	} {
		if alts := alternatives(t, ix, q)[want[0]]; !slices.Contains(alts, strings.Join(ix.analyze(want[1]), " ")) {
			t.Errorf("%s: %q may match %q, want %q among them", q, want[0], alts, want[1])
		}
	}
}

// TestDefinitionWordAsWritten: "charbagh meaning" asks what a charbagh is;
// "meaning" matches as written (a heading "Meaning of …"), not by its
// synonyms, "import" of a heading "Important Monuments" among them.
func TestDefinitionWordAsWritten(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Mughal Architecture\n\nThe buildings of the Mughal emperors.\n\n## Key Features\n- Charbagh: a garden divided into four parts by walkways and water channels.\n- Double domes of white marble.\n\n"+
			"## Important Monuments\n- Humayun's Tomb: in the middle of a charbagh, of red sandstone.\n- Taj Mahal: white marble, beside the Yamuna.\n",
		"# Sails\n\nSunlight can push a sail.\n",
	)
	checkAnswers(t, ix, map[string]string{"charbagh meaning": "mughal-architecture/key-features/1"})
}

// TestWhatAnAcronymMeans: "what does pibo mean" asks what the acronym
// stands for, as "pibo full form" does: the passage that spells it out,
// not one that only uses it early on.
func TestWhatAnAcronymMeans(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Plastic Waste\n\nRules on plastic packaging.\n\n## Who is covered\n- The rules bind Producers, Importers and Brand Owners (PIBOs) of plastic packaging.\n- Recyclers register too.\n\n"+
			"## How compliance works\n- A PIBO files its plan and returns on the portal.\n- A PIBO buys certificates from recyclers.\n",
		"# Sails\n\nSunlight can push a sail.\n",
	)
	checkAnswers(t, ix, map[string]string{"what does pibo mean": "plastic-waste/who-is-covered/1", "what does PIBO mean?": "plastic-waste/who-is-covered/1"})
}

// TestWordsForWhereNotesSayIt: "mentioned", "box" and "callout" say where
// in the notes something is written, not what: "what's the trap mentioned in
// the prelims pointer box" is answered by the box's text, which has neither.
func TestWordsForWhereNotesSayIt(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Panchayati Raj\n\nRural local self-government.\n\n## Voluntary provisions\n- Reservation for backward classes.\n- Powers over the Eleventh Schedule subjects.\n\n"+
			"> [!note] Prelims Pointer\n> Trap: the State Election Commission is not part of the Election Commission of India.\n\n## Gram Sabha\n\nAll the voters of a village.\n",
		"# Sails\n\nSunlight can push a sail.\n",
	)
	id, ans := topID(t, ix, "what's the trap mentioned in the prelims pointer box")
	if !ans.Answered || !strings.HasPrefix(id, "panchayati-raj/voluntary-provisions/") || !strings.Contains(ans.Results[0].Text, "Trap:") {
		t.Errorf("answered %v with %s, want the box's passage", ans.Answered, id)
	}
}

// TestNicknamesAndEffect: a people's nickname is its country ("kiwis": New
// Zealand), a law that takes effect comes into force, and "rn" is right now.
func TestNicknamesAndEffect(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Inflation Targeting\n\nA central bank aims at a rate of inflation.\n\n## History\n\n- New Zealand adopted inflation targeting first, in 1990.\n- India's framework dates from 2016.\n\n"+
			"## The Act\n\n- The amendment received assent on 20 April 1993.\n- The amendment came into force on 24 April 1993.\n\n## Rates\n\n- The MSF rate is now 5.75 per cent.\n- The repo rate was cut in June.\n",
		"# Sails\n\nSunlight can push a sail.\n")
	checkAnswers(t, ix, map[string]string{
		"when did the kiwis start inflation targeting":        "inflation-targeting/history/1",
		"on what date did the amendment actually take effect": "inflation-targeting/the-act/2",
		"msf rate kitna h rn":                                 "inflation-targeting/rates/1",
	})
	if q := normalize("msf rate kitna h rn"); !strings.HasSuffix(q, "right now") {
		t.Errorf("normalize: %q, want rn read as right now", q)
	}
}

// TestTableRow: "the table row for X" asks for the row of X, not the prose
// under a heading of the same name (a subsection's or a section's without
// rows), and a row of a timeline is one row,
// not the timeline's list; "in a row" asks for no row.
func TestTableRow(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Irrigation Mission\n"+
			"\n"+
			"A scheme for water on every farm, launched in 2015.\n"+
			"\n"+
			"## Components of the Mission\n"+
			"\n"+
			"| Component | Implemented by | What it covers |\n"+
			"|---|---|---|\n"+
			"| Accelerated Irrigation (AIBP) | Ministry of Jal Shakti | Faster completion of major and medium irrigation projects |\n"+
			"| Watershed Development (WDC) | Department of Land Resources, Ministry of Rural Development | Ridge-to-valley treatment of rainfed and degraded land, water harvesting structures |\n"+
			"\n"+
			"### Watershed Development\n"+
			"\n"+
			"The watershed development component treats land from the ridge to the valley so that rain soaks in where it falls. Under WDC 2.0 the target is 49.5 lakh hectares.\n"+
			"\n"+
			"## Timeline at a glance\n"+
			"\n"+
			"| Date | Event |\n"+
			"|---|---|\n"+
			"| 1 July 2015 | Mission launched |\n"+
			"| 19 Feb 2021 | Second phase approved |\n"+
			"\n"+
			"## Recent Developments\n"+
			"\n"+
			"- On 19 Feb 2021 the cabinet approved the second phase of the mission with more money for drip irrigation.\n"+
			"\n"+
			"## Accelerated Irrigation\n"+
			"\n"+
			"The accelerated irrigation component pays for major and medium projects that states had left half built.\n")
	checkAnswers(t, ix, map[string]string{
		"what's in the components table row for watershed development": "irrigation-mission/components-of-the-mission/2",
		"what's in the table row for accelerated irrigation":           "irrigation-mission/components-of-the-mission/1",
	})
	if got, ans := topID(t, ix, "what's in the timeline row for 19 feb 2021"); ans.Shape != corpus.ShapePassage || got != "irrigation-mission/timeline-at-a-glance/2" {
		t.Errorf("the timeline row for 19 feb 2021: shape %q, got %s, want the row alone", ans.Shape, got)
	}
	if p := ix.plan("three dry years in a row"); p.row {
		t.Error(`"three dry years in a row" asks for a table's row`)
	}
}

// TestNumberInANamedPart: a number beside a part's name that does not
// number the part is a word to find in it ("the timeline row for 1229"),
// and an ordinal names a practice MCQ as it names a FAQ.
func TestNumberInANamedPart(t *testing.T) {
	ix := mustNotesIndex(t, "# Early Sultans\n\nThe first rulers of the Delhi Sultanate.\n\n"+
		"## Timeline\n\n| Year | Event |\n|---|---|\n| 1206 | Aibak crowned at Lahore |\n| 1210 | Aibak dies in a polo accident |\n| 1229 | Investiture from the Abbasid caliph |\n\n"+
		"## Practice MCQs\n\n1. Aibak's capital was: (a) Delhi (b) Lahore -> b\n2. Who refused asylum to Mangbarni? -> Iltutmish\n3. Which caliph sent Iltutmish the manshur? -> al-Mustansir\n")
	checkAnswers(t, ix, map[string]string{
		"what's in the timeline row for 1229": "early-sultans/timeline/3",
		"timeline 1210":                       "early-sultans/timeline/2",
		"third mcq":                           "early-sultans/practice-mcqs/3",
	})
}

// TestBracketedInitials: "Frequently Asked Questions (FAQs)" is called
// "faq" as the initials in its brackets say.
func TestBracketedInitials(t *testing.T) {
	ix := mustDocsIndex(t, "# Surat Split 1907\n\nThe Congress split into Moderates and Extremists at Surat in December 1907.\n\n"+
		"## Frequently Asked Questions (FAQs)\n\n### When did the split take place?\n\nIn December 1907.\n\n"+
		"### Who presided over the session?\n\nRash Behari Ghosh.\n\n### Why could Tilak not preside?\n\nA leader of the host province could not preside.\n")
	checkAnswers(t, ix, map[string]string{
		"third FAQ on the surat split page": "surat-split-1907/frequently-asked-questions-faqs/3",
	})
}

// TestListOfTitledNotesFirst: "recent developments about the supreme
// court" lists the developments of the notes titled so before another's
// that mention the court.
func TestListOfTitledNotesFirst(t *testing.T) {
	ix := mustDocsIndex(t,
		"# District Courts\n\nCourts of the district.\n\n## Recent developments\n\n- 2023: e-Courts phase III approved.\n- 2025: The Supreme Court restored the three-year practice rule for judges.\n",
		"# The Supreme Court of India\n\nThe apex court.\n\n## Recent developments\n\n- 2024: A bench upheld the abrogation of Article 370.\n- 2024: Justice Sanjiv Khanna became Chief Justice of India.\n")
	ans := mustSearch(t, ix, "list the recent developments about the supreme court", 5)
	if ans.Shape != corpus.ShapeList || len(ans.Results) == 0 || ans.Results[0].DocID != "the-supreme-court-of-india" {
		t.Fatalf("shape %q, results %v: want the list, the Supreme Court's notes first", ans.Shape, ans.Results)
	}
}

// TestDemonyms: a word for a place's people that neither the notes nor
// English have stands for the place the notes name: "keralites" for
// Kerala, "mumbaikars" for Mumbai; WordNet's demonyms stand for theirs,
// "bhutanese" for Bhutan; and the hand lexicon's peoples named otherwise:
// "odia" for Odisha.
func TestDemonyms(t *testing.T) {
	ix := mustNotesIndex(t, "# Monsoon Floods\n\nFloods hit Kerala, Mumbai, Odisha and Bhutan every year.\n\n## Key Points\n\n- Kerala had its worst floods in 2018.\n- Mumbai floods come with the high tide.\n- Bhutan shares rivers with Assam.\n")
	for q, want := range map[string]string{
		"why do keralites fear the monsoon": "kerala",
		"mumbaikars and the high tide":      "mumbai",
		"what did the odia cyclone plan do": "odisha",
		"what do bhutanese rivers feed":     "bhutan",
	} {
		alts := alternatives(t, ix, q)
		if !slices.ContainsFunc(slices.Concat(slices.Collect(maps.Values(alts))...), func(a string) bool { return a == want }) {
			t.Errorf("%q: alternatives %v, want %q among them", q, alts, want)
		}
	}
}

// TestNotesNamedAsHolder: "acc to the ghadar notes" names the notes titled
// with "Ghadar", by one word of their title.
func TestNotesNamedAsHolder(t *testing.T) {
	ix := mustDocsIndex(t,
		"# The Ghadar Party and Revolutionaries Abroad\n\nA party of Indians in North America.\n\n## During the war\n\n- The Congress and most public men supported the war effort in 1914.\n- Ghadarites sailed home to rise.\n",
		"# Lucknow Pact (1916)\n\nA Congress-League scheme.\n\n## Background\n\n- The stand of Congress leaders in WW1 was to wait for reforms.\n- WW1 brought Congress leaders and the League closer.\n")
	for q, want := range map[string]string{
		"what was the stand of congress leaders during WW1 acc to the ghadar notes": "the-ghadar-party-and-revolutionaries-abroad",
		"what did the notes say about WW1":                                          "", // no word of a title
		"congress leaders in the pact handout":                                      "lucknow-pact-1916",
	} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if p.named != want {
			t.Errorf("%q names %q, want %q", q, p.named, want)
		}
	}
	// The only notes whose title has the words, though another title is
	// named by a larger share ("Education in British India" of the first
	// has nothing but "education" a word the others lack).
	ix = mustDocsIndex(t,
		"# Education in British India: Orientalists and Anglicists\n\nThe debate over what to teach.\n\n## Macaulay's Minute\n\n- Prelims trap: downward filtration belongs to Macaulay, not to Wood.\n- English became the medium in 1835.\n",
		"# Education Commissions and Policy in British India, 1882-1944\n\nCommissions after Wood's Despatch.\n\n## Prelims traps\n\n- The Hunter Commission reported in 1883, not 1882.\n- The Sadler Commission was on Calcutta University.\n",
		"# Press in British India\n\nPress laws of the Company and the Crown.\n\n## Prelims traps\n\n- Metcalfe freed the press in 1835.\n")
	q := "first prelims trap in the education commissions notes"
	if p, _, err := ix.ranked(context.Background(), q); err != nil || p.named != "education-commissions-and-policy-in-british-india-1882-1944" {
		t.Errorf("%q names %q (%v), want the education commissions notes", q, p.named, err)
	}
	// A trap is an entry of its list, as a point is.
	checkAnswers(t, ix, map[string]string{"second prelims trap in the education commissions notes": "education-commissions-and-policy-in-british-india-1882-1944/prelims-traps/2"})
}

// TestNotesNamedByFileOrSubtitle: "the inter-state council notes" names
// the notes saved as inter-state-council.md though their title says
// otherwise, "the class notes" those subtitled so; the words that name
// them are then matched by every passage of theirs, as a title's are.
func TestNotesNamedByFileOrSubtitle(t *testing.T) {
	ix := mustFilesIndex(t,
		[2]string{"inter-state-council.md", "# Centre-State Relations (part 3)\n\nHow the Centre and the states work together.\n\n## Recent developments\n\n- 2025: a council of states met after nine years.\n- 2024: a committee reviewed the relations.\n"},
		[2]string{"seventh-schedule.txt", "THE SEVENTH SCHEDULE\nPolity class notes -- lecture 12\n\n1. Introduction\nThe Union, State and Concurrent Lists divide the subjects of law.\n\n2. Recent developments\n- 2020: farm laws passed on a Concurrent List entry.\n- 2021: the farm laws were repealed.\n- 2023: the Inter-State Council did not meet.\n\n3. Doubts asked in class\nQ. Who makes laws on residuary subjects?\nA. Parliament.\n\n4. Mains Q (practice)\nDiscuss the working of the Concurrent List.\n"})
	for q, want := range map[string]string{
		"recent developments in the inter-state council notes":  "centre-state-relations-part-3/recent-developments/",
		"what's the mains practice question in the class notes": "the-seventh-schedule/mains-q-practice",
	} {
		if got, ans := topID(t, ix, q); !strings.HasPrefix(got, want) || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want %s", q, ans.Answered, got, want)
		}
	}
}

// TestChecklist: "what's still unticked in the revision checklist",
// "which items in the checklist are still not done" ask for the tasks not
// done, "list" of "the to do list" naming the list, answered, not for the "seven components" a key point has; "what's
// left on the to do list" asks for no definition; "the last item under
// doubts / to-do" for that entry.
func TestChecklist(t *testing.T) {
	ix := mustDocsIndex(t, "# Bharatmala Pariyojana\n\nA highways programme of 2017.\n\n## Key Points\n\n- Phase I covers 34,800 km.\n- Economic corridors carry most freight.\n\n## The corridor list\n\n- The list of 44 corridors was drawn up in 2017.\n\n"+
		"## Revision checklist\n\n- [x] Phase I items still to learn are done (34,800 km, Rs 5.35 lakh crore, 2017)\n- [x] Seven components with their lengths and costs\n- [ ] Make a map of the 44 economic corridors and their ports\n\n"+
		"## to do\n\n- [ ] re-read the CAG report on costs\n")
	for q, want := range map[string]string{
		"what's still unticked in the revision checklist":  "bharatmala-pariyojana/revision-checklist/3",
		"what's still left on the to do list":              "bharatmala-pariyojana/to-do",
		"which items in the checklist are still not done":  "bharatmala-pariyojana/revision-checklist/3",
		"which items are still unticked in the to do list": "bharatmala-pariyojana/to-do", // "list" names the list, no word to look for
	} {
		if got, ans := topID(t, ix, q); got != want || !ans.Answered {
			t.Errorf("%q: answered %v with %s, want %s", q, ans.Answered, got, want)
		}
	}
	// An entry of a to-do list named by its place is that entry, not the
	// list's tasks.
	doubts := mustDocsIndex(t, "# Electric Vehicles\n\nNotes on EV policy.\n\n## Doubts / to-do\n\n- [ ] confirm the PLI ACC penalty amounts with the ministry's notice\n"+
		"- [x] memorise the PM E-DRIVE break-up of demand incentives\n- ask in group whether the charging money is for 72,300 chargers or 88,500 points\n")
	if got, ans := topID(t, doubts, "what is the last item under doubts / to-do?"); got != "electric-vehicles/doubts-to-do/3" || !ans.Answered {
		t.Errorf("the last item under doubts / to-do: answered %v with %s, want its third entry", ans.Answered, got)
	}
	if p := ix.plan("which items are still unticked in the to do list"); slices.ContainsFunc(p.concepts, func(c concept) bool { return c.word == "list" }) {
		t.Errorf("the list of the to do list is a word to look for: %+v", p.concepts)
	}
	// A heading no word of which is searched ("To-do"), and a question
	// that says no more or names the notes' subject: the tasks, not a list
	// of passages on the subject, whether "tb" names the notes' title or,
	// of two documents titled so, another's section.
	toDo := "## To-do\n\n- [x] NPY numbers\n- [ ] Learn the campaign figures\n"
	for _, ix := range []*Index{
		mustDocsIndex(t, "# TB Mukt Bharat\n\nA campaign to end tuberculosis (TB).\n\n## What is drug-resistant TB?\n\n- TB that the usual medicines do not kill.\n- It spreads like any other TB.\n\n"+toDo),
		mustDocsIndex(t, "# TB Mukt Bharat\n\nA campaign to end tuberculosis (TB).\n\n## Ni-kshay\n\n- A portal for TB patients.\n\n"+toDo,
			"# Drug-Resistant TB, BPaLM and Vaccines\n\nNotes on hard-to-treat TB.\n\n## What is drug-resistant TB?\n\nTB that the usual medicines do not kill. It spreads like any other TB.\n\n## BPaLM\n\n- A six-month regimen.\n"),
	} {
		for _, q := range []string{"what's still left in the to-do list", "to-do list", "tb to-do list"} {
			if got, ans := topID(t, ix, q); got != "tb-mukt-bharat/to-do" || !ans.Answered || ans.Shape != corpus.ShapePassage {
				t.Errorf("%q: answered %v with %s (%s), want the to-do list", q, ans.Answered, got, ans.Shape)
			}
		}
	}
}

// TestMemoryTrick: a "memory trick" is the notes' "way to remember".
func TestMemoryTrick(t *testing.T) {
	ix := mustDocsIndex(t, "# Mutual Funds\n\nA pool of investors' money.\n\n## Structure\n\n"+
		"- Sponsor: sets up the fund, like a promoter.\n- Trustee: holds the fund for the investors and checks the AMC.\n"+
		"- AMC: manages the money and picks the securities for the fund.\n"+
		"- simple way to remember -> sponsor creates, trustee guards, AMC manages\n")
	checkAnswers(t, ix, map[string]string{
		"what's the memory trick for the structure": "mutual-funds/structure/4",
	})
	want := strings.Join(ix.analyze("way to remember"), " ")
	if alts := alternatives(t, ix, "what's the memory trick for the structure")["memory trick"]; !slices.Contains(alts, want) {
		t.Errorf("memory trick may match %q, want %q among them", alts, want)
	}
}

// TestAnswerLength: "in one line", "in 2 sentences" say how long an answer
// is asked for, not what it is about.
func TestAnswerLength(t *testing.T) {
	ix := mustSailIndex(t)
	for _, q := range []string{"explain the solar sail in one line", "solar sail kya hai in 2 sentences", "what is a solar sail in a line"} {
		for _, c := range ix.plan(q).concepts {
			if lengthWords[c.word] || c.word == "one" || c.word == "2" || c.word == "a" {
				t.Errorf("%q: %q is a concept of it", q, c.word)
			}
		}
	}
	if !slices.ContainsFunc(ix.plan("which line of the table is first").concepts, func(c concept) bool { return c.word == "line" }) {
		t.Error(`"which line of the table is first" asks about a line`)
	}
}

// TestNumbersAsWritten: a number matches the notes however either groups
// its digits ("2425" and "2,425", "1,00,000" and "100000"), and a
// question keeps "2,425" and "3.5" whole but a date's parts apart.
func TestNumbersAsWritten(t *testing.T) {
	ix := mustDocsIndex(t, "# Minimum Support Price\n\nThe price at which the government buys a crop.\n\n## In the News\n\n"+
		"- Oct 2024: the MSP of wheat was raised by Rs 150 to Rs 2,425 per quintal.\n"+
		"- The scheme paid 100000 farmers a bonus of 3.5 per cent.\n"+
		"- Paddy went up to Rs 2,369 per quintal.\n")
	checkAnswers(t, ix, map[string]string{
		"wheat msp 2425 kab badha":       "minimum-support-price/in-the-news/1",
		"who got a bonus of 1,00,000":    "minimum-support-price/in-the-news/2",
		"what was raised to rs 2,425":    "minimum-support-price/in-the-news/1",
		"which bonus was 3.5 per cent":   "minimum-support-price/in-the-news/2",
		"paddy at 2369 per quintal kab":  "minimum-support-price/in-the-news/3",
		"what did 1,00,000 farmers get?": "minimum-support-price/in-the-news/2",
	})
	if alts := alternatives(t, ix, "wheat msp 2425 kab badha")["2425"]; !slices.Contains(alts, "2,425") {
		t.Errorf(`"2425" may match %q, want "2,425" among them`, alts) // alone, the notes' one MSP entry answers it anyway
	}
	for q, want := range map[string][]string{
		"msp of 2,425 or 3.5":     {"msp", "2,425", "3.5"},
		"the order of 28.08.2018": {"order", "28", "08", "2018"},
	} {
		var got []string
		for _, c := range ix.plan(q).concepts {
			got = append(got, c.word)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: concepts %q, want %q", q, got, want)
		}
	}
	for w, want := range map[string][]string{
		"2425":     {"2,425"},
		"2,425":    {"2425"},
		"1234567":  {"1,234,567", "12,34,567"},
		"1,00,000": {"100000", "100,000"},
		"425":      nil,
		"3.5":      nil,
	} {
		if got := numberSpellings(w); !slices.Equal(got, want) {
			t.Errorf("numberSpellings(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestTitleInitials: the "N." of a title "Bhakti in N. India" is the
// "north" its text writes before "India", so "the north india bhakti
// notes" name it; before a place an initial may be the compass's.
func TestTitleInitials(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Bhakti in N. India\n\nSaints of north India sang of one god.\n\n## Key Points\n\n- Kabir wove cloth at Varanasi.\n- Mira sang of Krishna.\n- Nanak was born at Talwandi.\n",
		"# Bhakti in South India\n\nAlvars and Nayanars of the south.\n\n## Key Points\n\n- Alvars sang of Vishnu.\n- Nayanars sang of Shiva.\n- Andal was a woman saint.\n",
		"# Rivers of W. Asia\n\nThe Tigris and the Euphrates.\n\n## Key Points\n\n- The Tigris rises in Turkey.\n")
	checkAnswers(t, ix, map[string]string{
		"key point 3 in the north india bhakti notes": "bhakti-in-n-india/key-points/3",
		"key point 1 of west asia rivers":             "rivers-of-w-asia/key-points/1",
	})
	for _, d := range ix.corpus.Docs {
		if d.Title == "Bhakti in South India" && ix.spelledTitle(d) != d.Title {
			t.Errorf("%q spelled %q", d.Title, ix.spelledTitle(d))
		}
	}
}

// TestDoubtsAndQA: class notes' "Doubts asked in class" and "Q/A" are
// looked up by their entries: "second doubt", "third doubt in the class
// Q/A", "second Q/A".
func TestDoubtsAndQA(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Decline of the Mughal Empire\n\nThe empire took 150 years to die.\n\n## Key Points\n\n- Weak successors.\n- Jagirdari crisis.\n\n"+
			"## Doubts asked in class\n\nQ: Was India poor in the 18th century?\nA: No, the decline was political.\n\n"+
			"Q: Were the Sayyids foreign nobles?\nA: No, they were Hindustani Muslims.\n\n"+
			"## PYQs\n\nQ: Discuss the causes of decline.\nA: Weak rulers and the jagirdari crisis.\n\nQ: Who was Nadir Shah?\nA: The Persian ruler who sacked Delhi.\n",
		"# Non-Aligned Movement\n\nA movement of states outside both blocs.\n\n## Background\n\n- Bandung, 1955.\n\n"+
			"## Doubts cleared in class (Q/A)\n\nQ: What were the Cairo criteria?\nA: Five conditions.\n\nQ: Is non-alignment neutrality?\nA: No, neutrality is a legal status.\n\n"+
			"Q: Why Belgrade?\nA: Tito hosted it.\n")
	checkAnswers(t, ix, map[string]string{
		"second doubt asked in class":         "decline-of-the-mughal-empire/doubts-asked-in-class/2",
		"second doubt in the mughal notes":    "decline-of-the-mughal-empire/doubts-asked-in-class/2",
		"third doubt in the class Q/A":        "non-aligned-movement/doubts-cleared-in-class-q-a/3",
		"second Q/A in the non-aligned notes": "non-aligned-movement/doubts-cleared-in-class-q-a/2",
	})
	for name, want := range map[string]string{"doubts asked in class": "doubts", "features of the act": "features", "new dpsps added by amendments": "dpsps"} {
		if got := headNoun(strings.Fields(name)); got != want {
			t.Errorf("headNoun(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestInitialsOfAskedTerm: a FAQ asking what a term of several words is
// ("What is digital sequence information?") answers its initials ("what
// is DSI"), though the notes never write them.
func TestInitialsOfAskedTerm(t *testing.T) {
	ix := mustDocsIndex(t, "# High Seas Treaty\n\nA treaty on biodiversity beyond national jurisdiction.\n\n## Key Points\n\n- Marine protected areas on the high seas.\n- Sharing of benefits from genetic resources.\n\n"+
		"## FAQs\n\n**What is digital sequence information?**\nGenetic sequence data stored in online databases.\n\n**What is the high seas?**\nWaters beyond any country's jurisdiction.\n")
	checkAnswers(t, ix, map[string]string{"what is DSI": "high-seas-treaty/faqs/1"})
	for q, want := range map[string]string{
		"What is digital sequence information?": "dsi",
		"What is the blue economy?":             "", // "be" is a word
		"What are marine protected areas":       "mpa",
		"What is a treaty?":                     "", // one word
		"Why is DSI important?":                 "",
	} {
		if _, got := askedTerm(q); got != want {
			t.Errorf("askedTerm(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestPartNamed: "5th pillar of DOM", "pillar 2", "DOM ke 6 pillars me 3rd
// wala" name a subsection of a section made of subsections by the
// section's head noun; a question that asks a fact ("which was the first
// pillar to be funded") does not, nor one of notes where another section
// is of pillars too (Sagarmala's four, entries of their own).
func TestPartNamed(t *testing.T) {
	dom := "# Deep Ocean Mission (DOM)\n\nA mission of the Ministry of Earth Sciences.\n\n## Deep Ocean Mission - six pillars\n\n" +
		"### Mining and the submersible\n\nSamudrayaan and Matsya 6000.\n\n### Climate advisory\n\nModels of sea level.\n\n" +
		"### Biodiversity\n\nBio-prospecting of deep-sea microbes.\n\n### Survey\n\nSulphide sites on the ridges.\n\n" +
		"### Energy and freshwater\n\nAn OTEC plant at Kavaratti.\n\n### Marine biology station\n\nA station for ocean biology.\n"
	ix := mustDocsIndex(t, dom, "# Blue Economy\n\nThe ocean's economy.\n\n## Key Points\n\n- Fisheries.\n- Shipping.\n")
	checkAnswers(t, ix, map[string]string{
		"5th pillar of DOM":                    "deep-ocean-mission-dom/deep-ocean-mission-six-pillars/energy-and-freshwater",
		"pillar 2 of the deep ocean mission":   "deep-ocean-mission-dom/deep-ocean-mission-six-pillars/climate-advisory",
		"DOM ke 6 pillars me 3rd wala kya hai": "deep-ocean-mission-dom/deep-ocean-mission-six-pillars/biodiversity",
	})
	if si := ix.plan("which was the first pillar to be funded").section; si != nil && si.sub != "" {
		t.Errorf("which was the first pillar to be funded: names the subsection %q", si.sub)
	}
	if c := conceptOf(t, ix, "DOM ke 6 pillars", "dom"); len(c.alts) == 0 {
		t.Error(`"dom ke" is read as one word`)
	}
	both := mustDocsIndex(t, dom, "# Sagarmala\n\nPort-led development.\n\n## The four pillars\n\n- Port modernisation.\n- Port connectivity.\n- Port-led industry.\n- Coastal communities.\n")
	for _, q := range []string{"sagarmala second pillar", "5th pillar of DOM"} {
		if si := both.plan(q).section; si != nil && si.sub != "" {
			t.Errorf("%q names the subsection %q", q, si.sub)
		}
	}
}

// TestHeadingAskedAsWhatTheyAre: a heading that asks what the things it
// lists are ("What are the criticisms?") is named by them, an entry by its
// place ("third point under criticisms"), not by "Third Plan"'s number.
// A heading's name before "box" or "table" names it even in a question
// that asks more.
func TestHeadingAskedAsWhatTheyAre(t *testing.T) {
	ix := mustDocsIndex(t,
		"# NITI Aayog explained\n\nThe think tank that replaced the Planning Commission.\n\n## What are the criticisms?\n\n"+
			"- It has no funds of its own to give the States.\n- Its Governing Council meets about once a year.\n- Fiscal transfers stay in the Centre's hands.\n",
		"# Economic planning\n\nFive Year Plans from 1951.\n\n## Third Plan\n\n- The Third Plan aimed at a self-reliant economy.\n\n"+
			"## Plan holiday\n\n- Three annual plans followed the Third Plan.\n")
	checkAnswers(t, ix, map[string]string{
		"third point under criticisms":           "niti-aayog-explained/what-are-the-criticisms/3",
		"second point in the criticisms section": "niti-aayog-explained/what-are-the-criticisms/2",
	})
	boxes := mustDocsIndex(t,
		"# RBI liquidity tools\n\nHow the RBI adds and absorbs liquidity.\n\n## The corridor (as of Oct 2025)\n\n"+
			"- The SDF rate is its floor and the MSF rate its ceiling.\n- Its width is 50 basis points, the repo rate halfway.\n",
		"# Monetary policy\n\nThe MPC sets the repo rate.\n\n## Transmission\n\n- What does the width of the policy corridor say about transmission? A narrow one helps it.\n")
	checkAnswers(t, boxes, map[string]string{"what does the corridor box say about its width": "rbi-liquidity-tools/the-corridor-as-of-oct-2025/2"})
}

// TestDocNamesTheNotes: "doc" of "the case studies doc" names the notes it
// asks of, as "notes" and "handout" do: no word to look for, nor a typo of
// "doctrine".
func TestDocNamesTheNotes(t *testing.T) {
	ix := mustDocsIndex(t, "# River Water Disputes: Case Studies\n\nNotes on how states share rivers.\n\n## Doctrines\n\n- The doctrine of equitable apportionment gives each state a fair share.\n- The doctrine of prior appropriation favours the first user.\n\n"+
		"## Practice questions\n\n1. Discuss the role of tribunals in water disputes.\n2. Why do awards take decades?\n3. Examine the Cauvery dispute as a case study of federalism.\n")
	p := ix.plan("third practice question in the case studies doc")
	if slices.ContainsFunc(p.concepts, func(c concept) bool { return c.word == "doc" }) {
		t.Errorf("\"doc\" is a word to look for: %+v", p.concepts)
	}
	checkAnswers(t, ix, map[string]string{"third practice question in the case studies doc": "river-water-disputes-case-studies/practice-questions/3"})
}

// TestAgendaNamesWithoutExplaining: a class's agenda ("Roadmap for
// today") names the topics it will cover, as a practice set names what it
// asks; the slide that explains a topic answers, not the agenda that
// lists it.
func TestAgendaNamesWithoutExplaining(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Anglo-Sikh Wars\n\nA deck for Lec 12.\n\n## Roadmap for today\n\n- The Afghan ruler Dost Mohammad and the Sikhs, 1848-49\n- The treaties of Lahore and Bhyrowal\n\n"+
			"## The second war\n\n- The Afghan ruler Dost Mohammad sent horsemen to help the Sikhs in 1848-49, hoping to win back Peshawar.\n- The war ended at Gujrat in February 1849.\n")
	checkAnswers(t, ix, map[string]string{
		"did the afghan ruler dost mohammad help the sikhs in 1848-49": "anglo-sikh-wars/the-second-war/1",
	})
}

// TestNameByInitials: a name the question spells out, when the notes
// write only its initials, is asked as them ("india meteorological
// department": IMD); not a name the notes write in other words
// ("monetary policy committee" of notes that say "monetary policy"), nor
// words with a verb or a typo among them.
func TestNameByInitials(t *testing.T) {
	ix := mustNotesIndex(t, `# Heat waves

A heat wave is declared by IMD when the maximum temperature reaches 40 degrees in the plains.

## Key Points
1. The NDMA issues guidelines for heat action plans.
2. The monetary policy of the RBI is set by the MPC.
3. The IIA in Bengaluru studies the Sun.
`)
	for _, tc := range []struct{ question, name, acronym string }{
		{"when does the India Meteorological Department declare a heat wave", "india meteorological department", "imd"},
		{"national disaster management authority guidelines", "national disaster management authority", "ndma"},
		{"who sets the monetary policy committee agenda", "", ""},
		{"what did indians and israelis agree", "", ""},
		{"when does the india meteorlogical department declare a heat wave", "", ""},
	} {
		p := ix.plan(tc.question)
		name, acronym := "", ""
		for _, c := range p.concepts {
			if strings.Contains(c.word, " ") && len(c.alts) == 1 && c.alts[0].w == wLexicon {
				name, acronym = c.word, strings.Join(c.alts[0].terms, " ")
			}
		}
		if name != tc.name || acronym != tc.acronym {
			t.Errorf("%q: name %q asked as %q, want %q as %q", tc.question, name, acronym, tc.name, tc.acronym)
		}
	}
	if got, _ := topID(t, ix, "when does the India Meteorological Department declare a heat wave"); got != "heat-waves/definition" {
		t.Errorf("asked by its name: got %s, want heat-waves/definition", got)
	}
}

// TestDefinitionOfATerm: "the definition of" a term no notes are titled by
// asks what the term is, wherever the notes define it, not for the notes'
// Definition sections; "the definition of" the notes' subject still asks
// for their definition.
func TestDefinitionOfATerm(t *testing.T) {
	ix := mustDocsIndex(t,
		"# One Nation One Election\n\nOne Nation One Election means holding the Lok Sabha and all State Assembly polls together.\n\n"+
			"## Key terms\n\n- Full term: five years from the date appointed for the first meeting of the House.\n- Unexpired term: the time left between an early dissolution and the end of the full term.\n",
		"# Lokpal\n\nThe Lokpal is the anti-corruption ombudsman of the Union, set up under the Lokpal and Lokayuktas Act, 2013.\n",
	)
	for q, definition := range map[string]bool{
		"what is the definition of unexpired term": false,
		"meaning of full term":                     false,
		"lokpal definition":                        true,
		"what is the definition of lokpal":         true,
	} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.section != nil && p.section.kind == corpus.KindDefinition; got != definition {
			t.Errorf("%q asks for a Definition section: %v, want %v", q, got, definition)
		}
	}
	checkAnswers(t, ix, map[string]string{"wat is the defn of unexpired term acc to the notes": "one-nation-one-election/key-terms/2"}) // "defn", a chat spelling
}

// TestOrdinalOfTheEntries: "the third of the tips" asks for the third tip,
// as "the third tip" does.
func TestOrdinalOfTheEntries(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Sufism\n\nSufism is the mystical path of Islam.\n\n## Last-minute tips\n\n1. Learn the four premakhyan with their years in order.\n"+
			"2. End any Sufi-Bhakti answer with Akbar's sulh-i-kul.\n3. Do not mix up the ICH list with the World Heritage List.\n4. Quote one line of Kabir in the intro.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the third of the last-minute tips?": "sufism/last-minute-tips/3",
		"the last of the last-minute tips":           "sufism/last-minute-tips/4",
	})
}

// TestLastEntryOfASubsection: "the last point under common ground" asks
// for the last entry of the subsection its words name, as "the third
// point under common ground" asks for its third. A question that ends with
// a word of a heading names it though it lacks another: "the last event in
// the timeline" of "The timeline so far".
func TestLastEntryOfASubsection(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Sufism and Bhakti\n\nThe two movements grew up in the same towns and markets.\n\n## Where they meet\n\n### Common ground\n\n"+
			"- A personal relationship with one God, above ritual and ceremony.\n- The teacher as a guide: the pir for the Sufi, the guru for the bhakta.\n"+
			"- Music and song as a way to God, sama on one side and kirtan on the other.\n\n### Where they differ\n\n- Roots: Islamic mysticism against the Tamil Alvars.\n- Goal: fana against moksha.\n",
		"# Drug-resistant TB\n\nA shorter regimen replaces eighteen months of pills.\n\n## Full content\n\n### The timeline so far\n\n"+
			"- 2019: the United States approves pretomanid.\n- 2022: the WHO recommends the six-month regimen.\n- 2024: the Health Ministry approves it for the national programme.\n\n"+
			"### What changes\n\n- Six months of treatment, not twenty.\n- Four drugs, taken by mouth.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the last point under Common ground?":    "sufism-and-bhakti/where-they-meet/common-ground/3",
		"third point under common ground":                "sufism-and-bhakti/where-they-meet/common-ground/3",
		"What is the last event listed in the timeline?": "drug-resistant-tb/full-content/the-timeline-so-far/3",
	})
	// A heading's curly apostrophe is a question's straight one.
	ix = mustDocsIndex(t,
		"# Heat wave\n\nA spell of abnormally high temperature.\n\n## Do’s and Don’ts\n\n### Do’s\n\n- Drink water even if not thirsty.\n- Wear loose cotton clothes.\n\n"+
			"### Don’ts\n\n- Avoid going out between noon and 3 pm.\n- Do not go barefoot.\n- Never leave children in a parked vehicle.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the last item in the list of Don'ts?": "heat-wave/do-s-and-don-ts/don-ts/3",
	})
}

// TestPlaceInTheNotes: where a question places its answer in the notes
// ("at the end of the notes", "at the top of the post") names the notes;
// "end" and "top" are no words the answer has to hold.
func TestPlaceInTheNotes(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Ramsar Sites of India\n\nIndia joined the Ramsar Convention on wetlands in 1982.\n\n## Montreux Record\n\nKeoladeo and Loktak are on the list of sites in danger.\n\n"+
			"## Prelims pointers\n\n- Listing creates no new law; protection comes from the Wetlands Rules.\n- Ramsar in Iran is where the treaty was signed.\n"+
			"- Amrit Dharohar money goes to listed sites only.\n\n## Homework\n\nRevise the state-wise table and bring two questions on Loktak.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"what is the last of the prelims pointers at the end of the notes?": "ramsar-sites-of-india/prelims-pointers/3",
		"what homework was given at the very end of the notes":              "ramsar-sites-of-india/homework",
	})
	for q, want := range map[string]string{
		"what is the note at the top of the sagarmala post": "what is the note in the sagarmala post",
		"who ruled at the end of the war":                   "who ruled at the end of the war",
		"how large was the debt at the end of march 2024":   "how large was the debt at the end of march 2024",
	} {
		if got := normalize(q); got != want {
			t.Errorf("normalize(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestParagraphOfASection: "the second paragraph under what are the
// criticisms" is the section's second passage, whatever verb the question
// ends with ("point out", "suggest").
func TestParagraphOfASection(t *testing.T) {
	ix := mustDocsIndex(t,
		"# What is the role of Lok Adalats?\n\nThe Supreme Court held its first special Lok Adalat in 2024.\n\n## What is a Lok Adalat?\n\n"+
			"A people's court where disputes are settled by compromise.\n\n## What are the criticisms?\n\n"+
			"Critics argue that Lok Adalats put speed ahead of justice, and litigants are pressed to accept less.\n\n"+
			"There is also little follow-up: settlements reached before a suit is filed are rarely tracked.\n\n## What lies ahead?\n\nBetter training of members.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What does the second paragraph under 'What are the criticisms?' point out?": "what-is-the-role-of-lok-adalats/what-are-the-criticisms/2",
		"what does the first paragraph under what are the criticisms suggest":        "what-is-the-role-of-lok-adalats/what-are-the-criticisms/1",
	})
}

// TestEntryByAHeadingsNoun: "the third concern listed about committee
// scrutiny" asks for the third entry of the one heading with a concern
// and the question's other words; so does "the fourth challenge in the
// mains list".
func TestEntryByAHeadingsNoun(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Joint Parliamentary Committees\n\nA JPC is set up by a motion in one House.\n\n## What are the Concerns Regarding Committee Scrutiny?\n\n"+
			"- Fewer Bills are referred than before.\n- Sittings are held in private.\n- Governments can ignore recommendations, with no time limit.\n- Members attend irregularly.\n\n"+
			"## Challenges worth writing in Mains\n\n- Partisan walkouts.\n- Little research staff.\n- Reports tabled late.\n- No follow-up on action taken.\n\n"+
			"## Way forward\n\n- Refer every Bill by default.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the third concern listed about committee scrutiny?": "joint-parliamentary-committees/what-are-the-concerns-regarding-committee-scrutiny/3",
		"What is the fourth challenge in the Mains list?":            "joint-parliamentary-committees/challenges-worth-writing-in-mains/4",
		"What is the second challenge at the end of the notes?":      "joint-parliamentary-committees/challenges-worth-writing-in-mains/2",
	})
}

// TestStepsOfAProcedure: a step of a list of them is one of its entries:
// "the third step under how to apply", "the last step on how to apply".
func TestStepsOfAProcedure(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Free legal aid\n\nLegal aid is free for those Section 12 names.\n\n## Who is entitled\n\n- Women and children.\n- Persons in custody.\n\n"+
			"## How to apply\n\n1. Visit the front office of the DLSA in your court complex.\n2. Give a written application in the simple form available there.\n"+
			"3. Or apply online through the legal services portal.\n4. Call the national helpline 15100.\n5. Your application is usually decided within a week.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the third step under how to apply?":         "free-legal-aid/how-to-apply/3",
		"What is the last step in the list on how to apply?": "free-legal-aid/how-to-apply/5",
	})
}

// TestEntryOfTheListOf: "the sixth law in the list of laws that came after
// Bhopal" asks for the sixth entry of the heading those words name, as
// "the sixth point under …" does.
func TestEntryOfTheListOf(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Industrial disasters and the law\n\nBhopal showed how little the law covered hazardous industry.\n\n## Laws and rules that came after Bhopal\n\n"+
			"- Claims Act 1985: the Centre acts for the victims.\n- Environment (Protection) Act 1986: the umbrella law.\n- Factories (Amendment) Act 1987: a chapter on hazardous processes.\n"+
			"- Hazardous Chemicals Rules 1989: site safety reports.\n- Public Liability Insurance Act 1991: no-fault relief.\n- National Environment Tribunal Act 1995: never notified.\n\n"+
			"## Case study: Visakhapatnam 2020\n\nStyrene vapour leaked from a storage tank in May 2020.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the sixth law in the list of laws that came after Bhopal?": "industrial-disasters-and-the-law/laws-and-rules-that-came-after-bhopal/6",
	})
	// A list named by more than a word: "the first suggestion in the way
	// forward list".
	ix = mustDocsIndex(t,
		"# Deepfakes and the IT Rules\n\nSynthetic media can show anyone saying anything.\n\n## What the advisories said\n\n"+
			"- Platforms must label synthetic content.\n- Users must be told what content is banned.\n\n## Way forward (Mains)\n\n"+
			"- A Digital India Act to replace the IT Act, 2000.\n- Watermarks that survive editing.\n- A grievance officer who answers within a day.\n"+
			"- Digital literacy so that people pause before they forward.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the first suggestion in the way forward list?": "deepfakes-and-the-it-rules/way-forward-mains/1",
		"What is the third suggestion in the way forward list?": "deepfakes-and-the-it-rules/way-forward-mains/3",
	})
	// "listed among": the words that say it is a list name no more.
	ix = mustDocsIndex(t,
		"# Janjatiya Gaurav Divas 2024\n\nThe day marks Birsa Munda's birth anniversary.\n\n## Key events at Jamui on 15th November 2024\n\n"+
			"- Projects worth over Rs 6,640 crore for tribal areas.\n- A commemorative coin and a postal stamp.\n- Griha Pravesh of 11,000 pucca houses.\n"+
			"- Two tribal freedom fighters' museums at Chhindwara and Jabalpur.\n\n## PVTGs\n\n- 75 groups in 18 States and one UT.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the last item listed among the key events at Jamui?": "janjatiya-gaurav-divas-2024/key-events-at-jamui-on-15th-november-2024/4",
	})
}

func TestLastEntryOfAPartNamedByOneWord(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Wetland schemes\n\nThe Centre funds wetland conservation through a few schemes.\n\n## Schemes at a glance\n\n"+
			"- NPCA: lakes and wetlands, cost shared with the States.\n- Amrit Dharohar: ecotourism and livelihoods around Ramsar sites.\n\n"+
			"## Timeline 2023-25\n\n- February 2023: Amrit Dharohar announced in the Budget.\n- June 2023: the scheme launched on World Environment Day.\n"+
			"- January 2025: Indore and Udaipur accredited as Wetland Cities.\n- September 2025: two Bihar sites took the tally to 93.\n\n"+
			"## Concerns\n\nStates are slow to prepare management plans, and the last entry in many of them is years old.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"what does the last entry of the timeline say?":  "wetland-schemes/timeline-2023-25/4",
		"second entry of the timeline":                   "wetland-schemes/timeline-2023-25/2",
		"What is the last event listed in the timeline?": "wetland-schemes/timeline-2023-25/4",
	})
}

func TestEntryOfAHeadingThatSaysThey(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Mangroves – basics and schemes\n\nMangroves are salt-tolerant trees of the tidal coast.\n\n## 2. Why they matter (ecosystem services)\n\n"+
			"- They break storm surges and cyclone winds along the coast.\n- They are nurseries for fish, prawns and crabs.\n"+
			"- They hold several times more carbon per hectare than inland forests.\n- They give honey, wax, fuelwood and thatch to coastal villages.\n\n"+
			"## 3. Threats\n\n- Aquaculture ponds replace mangroves in Andhra Pradesh.\n- Dams upstream cut the fresh water the deltas need.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the fourth point under why mangroves matter?": "mangroves-basics-and-schemes/why-they-matter-ecosystem-services/4",
	})
}

func TestEntryOfAListNamedByItsHeading(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Gaganyaan: where it stands\n\nA post on the human spaceflight programme after Ax-4.\n\n## Done so far\n\n"+
			"- TV-D1, October 2023: the crew escape test.\n- Astronaut-designates named in February 2024.\n\n"+
			"## What's next (official claims, pinch of salt)\n\n- G1, uncrewed, with Vyommitra riding along.\n- G2 and G3 uncrewed after that, then H1 with crew.\n- BAS-1 by 2028, the full station by 2035.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"What is the first item under the post's 'What's next' list?": "gaganyaan-where-it-stands/what-s-next-official-claims-pinch-of-salt/1",
		"second item in the what's next list":                         "gaganyaan-where-it-stands/what-s-next-official-claims-pinch-of-salt/2",
	})
}
