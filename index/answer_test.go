package index

import (
	"context"
	"math"
	"slices"
	"testing"
)

// answerFeatures returns the answer features of a question's best passage
// (by the index's model) and that passage's ID.
func answerFeatures(tb testing.TB, ix *Index, question string) (answerVector, string) {
	tb.Helper()
	p, scored, err := ix.ranked(context.Background(), question)
	if err != nil {
		tb.Fatal(err)
	}
	if len(scored) == 0 {
		tb.Fatalf("%q: no candidates", question)
	}
	return answerOf(p, scored), scored[0].passage.ID
}

func TestAnswerFeatures(t *testing.T) {
	ix := mustSailIndex(t)
	for _, tc := range []struct {
		name     string
		question string
		f        answerFeature
		want     float64
		cmp      string // "", ">" or "<": want is a bound
	}{
		{"coverage: all", "photons momentum", aCoverage, 1, ""},
		{"coverage: part", "photons giraffes", aCoverage, 0.5, "<"},
		{"specific: rare words say more", "photons momentum", aSpecific, math.Log(0.05 + 1), ">"},
		{"unknown: a word the notes lack", "photons giraffes", aUnknown, 0.5, ">"},
		{"unknown: a typo is partly unknown", "photns momentum", aUnknown, 0, ">"},
		{"unknown: a typo less than a word the notes lack", "photns momentum", aUnknown, 0.2, "<"},
		{"unknown: filler is not unknown", "photons momentum kya hai in simple words", aUnknown, 0, ""},
		{"document coverage: words in other passages", "ikaros fuel", aDocCoverage, 1, ""},
		{"name missed", "nasa photons momentum reflecting", aNameMissed, 1, ""},
		{"not in notes: a name with a capital, in neither the notes nor English", "did photons push sails to Zorbania", aNotInNotes, 1, ""},
		{"not in notes: not a name in lower case", "did photons push sails to zorbania", aNotInNotes, 0, ""},
		{"not in notes: not a name English knows", "did photons push sails to Jupiter", aNotInNotes, 0, ""},
		{"not in notes: a year the notes never write", "did photons push sails in 1926", aNotInNotes, 1, ""},
		{"not in notes: an ordinal the notes never write", "the 16th sail mission", aNotInNotes, 1, ""},
		{"not in notes: a year the notes write", "did photons push sails in 2010", aNotInNotes, 0, ""},
		{"not in notes: part of a number written with a comma", "did sails push 7,000 photons", aNotInNotes, 0, ""},
		{"heaviest missed", "photons giraffes", aHeaviestMissed, 1, ""},
		{"heaviest missed: not an everyday word the notes lack", "why did photons become momentum", aHeaviestMissed, 0, ""},
		{"type missed: when, with no year", "when does a sail need fuel", aTypeMissed, 1, ""},
		{"type found: when, with a year", "when was ikaros launched", aTypeMissed, 0, ""},
		{"type missed: how many, with no number", "how many sails need fuel", aTypeMissed, 1, ""},
		{"count missed: how many, with no number by what it counts", "how many years can a sail mission last", aCountMissed, 1, ""},
		{"count found: how many, with a number by what it counts", "how many lightsail missions raised their orbit", aCountMissed, 0, ""},
		{"number missed: a year the best passage lacks", "what did ikaros do in 1926", aNumberMissed, 1, ""},
		{"number found: the year the best passage writes", "what did ikaros do in 2010", aNumberMissed, 0, ""},
		{"number found: no number asked", "what did ikaros do", aNumberMissed, 0, ""},
		{"number found: a word missed is no number", "what did ikaros do to giraffes", aNumberMissed, 0, ""},
		{"money missed: its cost, of notes that write no money", "how much did ikaros cost", aMoneyMissed, 1, ""},
		{"money not asked: how much momentum", "how much momentum do photons carry", aMoneyMissed, 0, ""},
		{"loose: a word found by its synonym alone", "sunshine pressure", aLoose, 0.5, ""},
		{"not loose: the words as written", "photons momentum", aLoose, 0, ""},
		{"named part", "key point 2", aNamed, 1, ""},
		{"in passing: what is X, named late in a passage", "what is the heavenly breeze", aInPassing, 1, ""},
		{"not in passing: X leads the passage", "what is aluminised polyimide film", aInPassing, 0.5, "<"},
		{"not in passing: X is the document's subject", "what is a solar sail made of", aInPassing, 0, ""},
		{"not in passing: not asked what X is", "when did kepler imagine the heavenly breeze", aInPassing, 0, ""},
		{"in passing: what X means", "what does the heavenly breeze mean", aInPassing, 1, ""},
		{"not in passing: asked what X says, not what it is", "what does the heavenly breeze carry", aInPassing, 0, ""},
		{"jargon: names in no dictionary", "ikaros jaxa", aJargon, 1, ""},
		{"jargon: part of the question", "ikaros launched", aJargon, 0, ">"},
		{"jargon: not all of it", "ikaros launched", aJargon, 1, "<"},
		{"jargon: dictionary words only", "photons momentum", aJargon, 0, ""},
		{"margin over another section", "photons momentum", aMargin, 0, ">"},
		{"early: the passage leads with the words", "photons momentum", aEarly, 0.5, ">"},
		{"early: the words come late in the passage", "galileo heavenly breeze", aEarly, 0.2, "<"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, top := answerFeatures(t, ix, tc.question)
			got := a[tc.f]
			ok := false
			switch tc.cmp {
			case ">":
				ok = got > tc.want
			case "<":
				ok = got < tc.want
			default:
				ok = math.Abs(got-tc.want) < 0.005
			}
			if !ok {
				t.Errorf("%q (best %s): %s = %.3f, want %s %.3f", tc.question, top, tc.f, got, tc.cmp, tc.want)
			}
		})
	}
}

// TestAsksMoney: a question asks an amount of money by the word for it
// or by "how much" with a word of money; a passage writes one in rupees,
// crore, lakh or another currency.
func TestAsksMoney(t *testing.T) {
	for q, want := range map[string]bool{
		"how much did isro pay axiom space for the seat": true,
		"what is the price of one dose of the vaccine":   true,
		"what was the total cost of the project":         true,
		"how much money has been released so far":        true,
		"how much of the harvest did the state take":     false,
		"how much momentum does a photon carry":          false,
		"why did the cost overrun happen":                false,
	} {
		if got := asksMoney(q); got != want {
			t.Errorf("asksMoney(%q) = %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"The scheme's outlay is Rs 1,600 crore.":        true,
		"Each dose costs ₹250.":                         true,
		"IKAROS cost about $16 million.":                true,
		"The tax is paid in 12 monthly instalments.":    false,
		"Rs. 50,000 reward was announced for his head.": true,
	} {
		if got := moneyRE.MatchString(text); got != want {
			t.Errorf("money in %q = %v, want %v", text, got, want)
		}
	}
}

// TestAnswerDecision: the fitted model answers what the notes say, refuses
// what they do not, and chat words never turn an answer into a refusal.
func TestAnswerDecision(t *testing.T) {
	ix := mustSailIndex(t)
	checkAnswered(t, ix, map[string]bool{
		"what is a solar sail":                        true,
		"what is a solar sail in simple words":        true,
		"solar sail kya hai":                          true,
		"explain solar sails for mains":               true,
		"solar sails explain kro":                     true,
		"solar sail missions list":                    true,
		"who launched IKAROS":                         true,
		"key point 4":                                 true,
		"what is the capital of france":               false,
		"how do i bake a cake":                        false,
		"who won the football world cup":              false,
		"what is the boiling point of liquid helium?": false,
		"what time is it":                             false,
		"who made you":                                false,
		"what is 2 + 2":                               false,
	})
}

func TestExpects(t *testing.T) {
	for q, want := range map[string]answerType{
		"when was the ttc set up":                timeType,
		"how many members does the mpc have":     measureType, // a count: a year alone does not give one
		"who chairs the ntca":                    nameType,
		"chandrayaan 3 kab launch hua":           timeType,
		"quad me kitne desh hai":                 measureType,
		"for how many years was azad president":  numberType, // a span of years answers it
		"azad kitne saal tak president rahe":     numberType,
		"what's the highest expense ratio":       measureType, // a figure, not what a thing is
		"what was the total cost of the dam":     measureType,
		"what is the repo rate":                  anyType,
		"ntca ka chairman kaun hai":              nameType,
		"what is the ttc":                        anyType,
		"what happens when el nino comes":        anyType, // "when" inside a question joins clauses
		"delimitation freeze till when":          timeType,
		"quad summit until when":                 timeType,
		"project tiger launched in which year":   timeType,
		"ttc set up when?":                       timeType,
		"chandrayaan 3 landing date":             timeType,
		"date of the first quad summit":          timeType,
		"what has ntca achieved to date":         anyType,
		"how often do el nino events happen":     numberType,  // a measure is a number
		"how tall is the statue":                 measureType, // a number, but no year
		"at what height is the ozone layer":      measureType,
		"how long is the term":                   numberType, // "from 1960 to 2023" says how long
		"how important is the quad":              anyType,
		"what share of indians could vote":       shareType, // a per cent or a fraction answers it
		"what is the share of the states":        shareType,
		"what percentage of seats went to women": shareType,
		"what is the share price of the psu":     measureType, // a figure, not a share
	} {
		if got := expects(q); got != want {
			t.Errorf("expects(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestHasMeasure: how tall or far something is takes a number that is
// not a year.
func TestHasShare(t *testing.T) {
	for text, want := range map[string]bool{
		"The right to vote was extended to about 10% of the population.": true,
		"States get 41 per cent of the divisible pool.":                  true,
		"One-third of the seats are reserved for women.":                 true,
		"Each member has one vote; six members sit on the committee.":    false,
		"The third pillar is disarmament.":                               false,
	} {
		if got := has(text, shareType); got != want {
			t.Errorf("has(%q, shareType) = %v, want %v", text, got, want)
		}
	}
}

func TestHasMeasure(t *testing.T) {
	for text, want := range map[string]bool{
		"2001: the Taliban blew up the statues.": false,
		"The statues were 53 m and 35 m tall.":   true,
		"It stands fifty metres high.":           true,
		"No figure at all.":                      false,
	} {
		if got := has(text, measureType); got != want {
			t.Errorf("has(%q, measureType) = %v, want %v", text, got, want)
		}
	}
}

// TestHasDate: a month beside a day is a date; a year alone, a month
// alone or with a year, or a number that is no day beside a month is not.
func TestHasDate(t *testing.T) {
	for text, want := range map[string]bool{
		"It came into force on 1 July 2017.":  true,
		"The council met in Dec 2023.":        false,
		"Rates fall from July 30.":            true,
		"It came into force in 2017.":         false,
		"It meets every July.":                false,
		"It rained 45 mm in July.":            false,
		"On 1 May, they said":                 true, // a capital month beside a day reads as one
		"they may 12 times ask for a refund.": false,
	} {
		if got := hasDate(text); got != want {
			t.Errorf("hasDate(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestHasTime: a year or a month's name is a time; a word that starts like
// a month, or an everyday word that is one, is not, unless capitalised.
func TestHasTime(t *testing.T) {
	for text, want := range map[string]bool{
		"": false, "FY2023": false, "2023-24": true, "in 1499": false, "1500": true, "2199x": false, "x_2020": false,
		"Ñ2020": true, "Mar2023": false, "no dates here": false,
		"launched on 14 July 2023": true, "Sept. 2019": true, "in dec": true, "NOVEMBER": true,
		"May 2024": true, "in March": true, "MARCH": true, "Aug 15": true,
		"Prelims questions may ask about it": false, "maybe": false, "MAYBE": false, "the market decides": false,
		"a marine decision": false, "march on": false, "augment": false, "junior separate octave": false,
	} {
		if got := hasTime(text); got != want {
			t.Errorf("hasTime(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDatedByHeading: a heading's date dates its passages, which answer
// "when" though their text has none; a number in a heading does not count
// them ("Payloads (7 in total)").
func TestDatedByHeading(t *testing.T) {
	ix := mustNotesIndex(t, `# Two Battles

Two battles gave the Company Bengal.

## The Battle of Plassey (23 June 1757)
- Clive's force met the Nawab's army on the Bhagirathi.

## Payloads (7 in total)
- A coronagraph images the corona.
`)
	seen := 0
	for i, p := range ix.corpus.Passages() {
		dated, numbered := ix.hasType(i, timeType), ix.hasType(i, numberType)
		switch p.Heading() {
		case "The Battle of Plassey (23 June 1757)":
			seen++
			if !dated {
				t.Errorf("%s: not dated by its heading", p.ID)
			}
		case "Payloads (7 in total)":
			seen++
			if dated || numbered {
				t.Errorf("%s: dated %v, numbered %v, want neither", p.ID, dated, numbered)
			}
		}
	}
	if seen != 2 {
		t.Fatalf("%d passages under the two headings, want 2", seen)
	}
}

// TestTillWhen: "till" and "until" only join the question, though notes may
// use them once ("till the age of 65"), where they would weigh as a rare
// word every other passage lacks: "delimitation freeze till when" asks when,
// and its "till" weighs as an everyday word.
func TestTillWhen(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Delimitation\n\nRedrawing the boundaries of constituencies.\n\n## Historical Background\n\n"+
			"The 42nd Amendment froze the seats of each state in 1976, and the 84th Amendment extended the freeze until the first census after 2026.\n\n"+
			"## Key Points\n\n- A commissioner serves till the age of 65.\n- The commission's orders cannot be questioned in court.\n",
		"# Quad\n\nA group of four countries.\n",
	)
	checkAnswers(t, ix, map[string]string{"delimitation freeze till when": "delimitation/historical-background"})
	p := ix.plan("delimitation freeze till when")
	for _, c := range p.concepts {
		if c.word == "till" && !c.common {
			t.Errorf("till weighs %.2f as a word of the notes, not as an everyday word", c.weight)
		}
	}
	if p.expects != timeType {
		t.Errorf("delimitation freeze till when asks for %v, not a time", p.expects)
	}
}

// TestOtherSubject: a question naming the subject of some notes by a word
// of their title is not answered by other notes that never mention it:
// their passages come first, and answer only if they do.
func TestOtherSubject(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Lokpal\n\nThe Lokpal is an anti-corruption ombudsman.\n\n## Key Points\n1. The Lokpal has a chairperson and eight members.\n"+
			"2. The Lokpal can inquire into the Prime Minister, with limits.\n3. Complaints to the Lokpal must be in a set format.\n",
		"# Crop Prices\n\nThe price at which the government buys crops.\n\n## Key Points\n1. The Union Budget of 2018 fixed the price at 1.5 times the cost.\n"+
			"2. The price is announced before each sowing season.\n",
	)
	a := mustSearch(t, ix, "lokpal budget", 3)
	if a.Answered || len(a.Results) == 0 || a.Results[0].DocID != "lokpal" {
		t.Errorf("lokpal budget: answered %v with %q; want a refusal offering the Lokpal's notes", a.Answered, resultIDs(a.Results))
	}
	e, err := ix.Explain(t.Context(), "lokpal budget", 3)
	if err != nil || e.Confidence >= answerAt || e.Results[0].ID != a.Results[0].ID {
		t.Errorf("lokpal budget explained as %+v (%v); want the refusal, the Lokpal first", e, err)
	}
	// With none of the Lokpal's passages found, nothing is weighed.
	p, scored, _ := ix.ranked(t.Context(), "lokpal budget")
	others := slices.DeleteFunc(scored, func(s scoredPassage) bool { return s.passage.DocID == "lokpal" })
	if c, why := ix.decide(p, others); c != 0 || why != offSubject {
		t.Errorf("lokpal budget, only crop prices found: confidence %v, refused %v; want 0, off-subject", c, why)
	}
	// Named by a word of a longer title ("Lokpal and Lokayuktas"), a subject
	// its notes mention in a third of their passages.
	notes := mustOpenDocs(t, "lokpal.md", "minimum-support-price-notes.txt", "aditya-l1-notes.txt")
	for q, doc := range map[string]string{"lokpal budget": "lokpal-and-lokayuktas", "aditya ki cost": "aditya-l1-india-s-first-solar-mission"} {
		if a := mustSearch(t, notes, q, 3); a.Answered || len(a.Results) == 0 || a.Results[0].DocID != doc {
			t.Errorf("%q: answered %v with %q; want a refusal offering %s first", q, a.Answered, resultIDs(a.Results), doc)
		}
	}
	// Notes that mention it answer; a question naming no subject is as before.
	checkAnswers(t, ix, map[string]string{"lokpal chairperson members": "lokpal/key-points/1", "budget 2018 price": "crop-prices/key-points/1"})

	// Notes whose title names the subject answer though they lack a word
	// that other notes, named otherwise, are about ("presided" is
	// "President" stemmed).
	both := mustDocsIndex(t,
		"# Emergency Provisions\n\nPowers to meet a crisis.\n\n## Key Points\n1. The President proclaims a national emergency.\n"+
			"2. The President's Rule lasts six months at a time.\n3. The third emergency was proclaimed by the President in 1975.\n",
		"# Sangam Literature\n\nThe earliest Tamil poems.\n\n## The Three Sangams\n1. The first Sangam was held at Then Madurai.\n"+
			"2. The last was held at Madurai, with Nakkirar at its head.\n",
	)
	const q = "Who presided over the third Sangam?"
	p, scored, _ = both.ranked(t.Context(), q)
	if _, why := both.decide(p, scored); why == offSubject || scored[0].passage.DocID != "sangam-literature" { // first by the notes' title
		t.Errorf("%q: refused %v, best %s; want the Sangam's notes weighed", q, why, scored[0].passage.ID)
	}
}

// TestLookUpAsksOfItsDocument: a question that names a part of the notes
// ("main features") is a look-up when the rest of it is the notes'
// subject, not when it asks of something they never mention: two words
// its notes lack, or one none of the notes write.
func TestLookUpAsksOfItsDocument(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Sangam Literature\n\nThe earliest Tamil literature.\n\n## Key points\n1. Period: c. 3rd century BCE to 3rd century CE, by the usual system of dating.\n2. Patrons: the Chera, Chola and Pandya kings.\n3. Nature: mostly secular poetry about love and war.\n\n## Important works\n1. Tolkappiyam, a work on grammar.\n",
	)
	for q, want := range map[string]bool{
		"what are the main features of sangam literature":                                                          true,
		"what are the main features of Chola temple architecture, such as the Brihadeeswarar temple at Thanjavur?": false,
		"what are the main features of the Ryotwari system?":                                                       false, // one word, but none the notes write
	} {
		p, scored, err := ix.ranked(context.Background(), q)
		if err != nil || len(scored) == 0 {
			t.Fatalf("%q: %v, %d passages", q, err, len(scored))
		}
		if got := lookUp(p, scored); got != want {
			t.Errorf("%q: look-up %v, want %v (best %s)", q, got, want, scored[0].passage.ID)
		}
	}
}

// TestPlaceIsNoStandIn: a place the notes lack, found only as the place it
// lies in ("nepal" as "asia"), still ranks by it but counts as unknown to
// the decision: notes on Asia do not say how many snow leopards Nepal has.
func TestPlaceIsNoStandIn(t *testing.T) {
	ix := mustNotesIndex(t, "# Snow Leopard\n\nThe snow leopard lives in the high mountains of Central Asia.\n\n## Key Points\n\n- About 700 snow leopards live in India, in Ladakh, Himachal Pradesh and Sikkim.\n")
	const question = "how many snow leopards live in nepal"
	p := ix.plan(question)
	i := slices.IndexFunc(p.concepts, func(c concept) bool { return c.word == "nepal" })
	if i < 0 || !slices.ContainsFunc(p.concepts[i].alts, func(a alt) bool { return a.place && slices.Equal(a.terms, []string{"asia"}) }) {
		t.Fatalf("%q: no concept nepal found as asia in %+v", question, p.concepts)
	}
	c := p.concepts[i]
	a, _ := answerFeatures(t, ix, question)
	if want := max(c.weight, minConceptWeight) / p.totalWeight(); math.Abs(a[aUnknown]-want) > 0.005 {
		t.Errorf("%q: unknown-words %.3f, want nepal's share of the question, %.3f", question, a[aUnknown], want)
	}
}

// TestNumberInWords: "three other members" answers "how many"; "one of"
// does not, nor does a passage with no number.
func TestNumberInWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Commission has a Chairperson, a Vice-Chairperson and three other members.", true},
		{"Its report runs to some two hundred pages.", true},
		{"It was set up in 2004.", true},
		{"It is one of the constitutional bodies.", false},
		{"The Commission hears complaints.", false},
	} {
		if got := has(tc.text, numberType); got != tc.want {
			t.Errorf("has(%q, a number) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestWordsToTheBot: a question to the bot in everyday words is refused
// though a heading's remark in brackets has one of them ("(self-made)"),
// or a subheading another form of one ("what does not make …"), but not
// one that names a part of the notes by them ("Did you know?"). Who made
// the bot is asked of it whatever the headings say ("Practice Qs I made").
func TestWordsToTheBot(t *testing.T) {
	ix := mustFileIndex(t, "soils.md", "# Soils of India\n\nSoil is the thin top layer of the earth.\n\n"+
		"## Saline soils\n\n- Also man-made: over-irrigation pulls salts up to the surface.\n- Gypsum reclaims alkaline land in Punjab and Haryana.\n\n"+
		"### What does not make a soil saline\n\n- Rain that drains freely.\n- Canals lined against seepage.\n\n"+
		"## Soil Health Card\n\nThe card reports twelve parameters of a farm's soil.\n\n### Did you know?\n\nThe scheme began in 2015 at Suratgarh in Rajasthan.\n\n"+
		"## Practice questions (self-made)\n\n1. Why are laterite soils poor in humus?\n2. What is self-ploughing in black soils?\n\n"+
		"## More Qs I made\n\n1. Who made the first soil map of India, and when?\n")
	checkAnswered(t, ix, map[string]bool{
		"who made you?":                      false,
		"how are you":                        false,
		"what does the did you know box say": true,
		"can you explain saline soils":       true,
	})
}

// TestChatNamingAPart: a line of chat is refused though its words name a
// part of the notes ("thanks for the notes" of notes with a part named
// "Notes"); a look-up of that part with thanks is answered.
func TestChatNamingAPart(t *testing.T) {
	ix := mustFileIndex(t, "vedic.md", "# The Early Vedic Age\n\nThe Rig Vedic people lived in the land of seven rivers.\n\n"+
		"## Society\n\nThe family was patriarchal, and the tribe (jana) the largest unit.\n\n"+
		"## Notes\n\n1. The figure of 1,028 hymns includes the eleven Valakhilya hymns.\n2. Sapta Sindhu is the land of the seven rivers.\n")
	checkAnswered(t, ix, map[string]bool{
		"thanks for the notes bhai 🙏": false,
		"thanks, notes 2":             true,
	})
}

// TestGroupTalk: a message to the study group about files, its own tests
// and calls, or the bot is refused whatever words of the notes it has; a
// question with one of those words is not ("koi link" of two things, the
// notes' "Friday quiz", a session the notes say was cancelled).
func TestGroupTalk(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Parliament sessions\n\nParliament meets in three sessions a year: budget, monsoon and winter.\n\n"+
			"## Winter session 2020\n\nThe winter session of 2020 was cancelled because of the Covid-19 pandemic, and the budget session began early.\n\n"+
			"## Friday quiz\n\n1. Who summons Parliament? The President.\n2. What is the longest gap allowed between two sessions? Six months.\n\n"+
			"## Laxmikanth's view\n\nM. Laxmikanth's Indian Polity calls the sessions the working calendar of Parliament.\n",
		"# Ashoka's dhamma\n\nAshoka's dhamma was a moral code, not a religion.\n\n## Link with Akbar\n\nAkbar's sulh-i-kul, like Ashoka's dhamma, sought peace among all faiths.\n")
	checkAnswered(t, ix, map[string]bool{
		"anyone has the laxmikanth polity pdf? pls share in grp": false,
		"bhai kal ka parliament mock postpone ho gaya kya?":      false,
		"is the sunday quiz on parliament at 10 or 11?":          false,
		"anyone up for a winter session revision call tonight?":  false,
		"who made this bot?":                            false,
		"why was the winter session cancelled in 2020":  true,
		"what are the answers to the friday quiz":       true,
		"ashoka ke dhamma ka akbar se koi link hai kya": true,
	})
}

// checkAnswered reports each question whose Search is answered, or
// refused, against want.
func checkAnswered(t *testing.T, ix *Index, want map[string]bool) {
	t.Helper()
	for q, answered := range want {
		ans, err := ix.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != answered {
			t.Errorf("Search(%q).Answered = %v (confidence %.2f), want %v", q, ans.Answered, ans.Confidence, answered)
		}
	}
}
