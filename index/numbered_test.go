package index

import (
	"context"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

const orbitNotes = `ORBITS OF OBSERVATORIES

1. Introduction
Observatories in space watch the Sun without a break.

2. Lagrange Points
Lagrange points are where the pull of two bodies balances.

3. Payloads
- A coronagraph images the corona.
- A magnetometer measures the field.
`

const lawNotes = `# Forest Rights Act

## Definition
The Forest Rights Act recognises the rights of forest dwellers.

## Key Points
- Section 3 lists the rights: to live in the forest and to use its produce.
- Section 4 vests those rights in the dwellers who held them in 2005.
- Gram sabhas act under Part IX of the Constitution.
`

// TestNumberedSection: "section 3" (or "what's under heading 3", which asks
// for its text, not what it is) of notes that number their headings is
// the section numbered 3, from its start, asked alone or with the notes'
// name, in figures, words or Roman numerals; not where the notes write
// "Section 3" or "Part IX" themselves; of notes that do not number their
// headings, the nth in order; a number no
// heading has is said to be missing.
func TestNumberedSection(t *testing.T) {
	parse := func(file, text string) *corpus.Document {
		d, err := corpus.Parse(file, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	orbits, law := parse("orbits.txt", orbitNotes), parse("fra.md", lawNotes)
	alone, err := corpus.New(orbits)
	if err != nil {
		t.Fatal(err)
	}
	lawAlone, err := corpus.New(parse("fra.md", lawNotes))
	if err != nil {
		t.Fatal(err)
	}
	both, err := corpus.New(orbits, law)
	if err != nil {
		t.Fatal(err)
	}
	payloads := "orbits-of-observatories/payloads/1"
	for _, tt := range []struct {
		name     string
		c        *corpus.Corpus
		question string
		want     string
	}{
		{"alone", alone, "section 3", payloads},
		{"as a chapter", alone, "chapter no. 3", payloads},
		{"with a leading zero", alone, "section 03", payloads},
		{"in words", alone, "section three", payloads},
		{"as an ordinal", alone, "3rd section", payloads},
		{"as an ordinal in words", alone, "the third part", payloads},
		{"named", both, "orbits notes section 3", payloads},
		{"named by what it asks for", both, "orbits of observatories section 3", payloads},
		{"as a heading, asked what is under it", both, "what's under heading 3 in the orbits notes", payloads},
		{"the law's own section", both, "section 3", "forest-rights-act/key-points/1"},
		{"the law's section, named", both, "forest rights act section 4", "forest-rights-act/key-points/2"},
		{"another section", alone, "part 2", "orbits-of-observatories/lagrange-points"},
		{"in Roman numerals", alone, "section III", payloads},
		{"in Roman numerals, named", both, "orbits notes part ii", "orbits-of-observatories/lagrange-points"},
		{"the Constitution's part", both, "part ix", "forest-rights-act/key-points/3"},
		{"of notes that do not number them, in order", lawAlone, "section 2", "forest-rights-act/key-points/1"},
		{"of notes that do not number them, named by a word", both, "forest section 2", "forest-rights-act/key-points/1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := mustSearch(t, mustBuild(t, tt.c), tt.question, 3)
			if !a.Answered || len(a.Results) == 0 || a.Results[0].ID != tt.want {
				t.Errorf("%q: answered %v with %q, want %s first", tt.question, a.Answered, resultIDs(a.Results), tt.want)
			}
		})
	}
	a := mustSearch(t, mustBuild(t, lawAlone), "section 5", 3)
	if note := "There is no section 5 in Forest Rights Act: it has 2 sections."; a.Answered || a.Note != note {
		t.Errorf("section 5 of notes with two sections: answered %v, note %q; want %q", a.Answered, a.Note, note)
	}
	for _, c := range []*corpus.Corpus{alone, both} {
		a := mustSearch(t, mustBuild(t, c), "chapter 9", 3)
		note := "There is no section 9 in ORBITS OF OBSERVATORIES: its sections are numbered 1 to 3."
		if a.Answered || a.Note != note || len(a.Results) == 0 || a.Results[0].ID != "orbits-of-observatories/introduction" {
			t.Errorf("chapter 9 of %d documents: answered %v, note %q, with %q; want %q and the notes from their start",
				len(c.Docs), a.Answered, a.Note, resultIDs(a.Results), note)
		}
	}
}

// TestWritesSection: a law's section or part written in the notes, the
// number apart from its word; "six" is no "s ix".
func TestWritesSection(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		n          int
		want       bool
	}{
		{"Section 4 vests the rights.", "section", 4, true},
		{"under S. 9 of the Act", "section", 9, true},
		{"Sec.9 applies", "section", 9, true},
		{"Part IX of the Constitution", "part", 9, true},
		{"Six VPs went on to become President.", "section", 9, false},
		{"Section 4 vests the rights.", "section", 5, false},
	} {
		if got := writesSection(tt.text, tt.word, tt.n); got != tt.want {
			t.Errorf("writesSection(%q, %q, %d) = %v, want %v", tt.text, tt.word, tt.n, got, tt.want)
		}
	}
}

// TestNumberedSubsection: "section 2.2" of notes that number their
// subheadings so is that subsection, of the section it is in though
// another has one of the same name, asked alone, with the notes' name or
// with words to find in it; a figure such as "2.5% of GDP" asks no
// subsection.
func TestNumberedSubsection(t *testing.T) {
	ix := mustFileIndex(t, "handout.txt", `EMERGENCY PROVISIONS

1. INTRODUCTION
The emergency provisions are in Part XVIII of the Constitution.

2. NATIONAL EMERGENCY
2.1 Grounds
War, external aggression or armed rebellion.
2.2 Approval
Both Houses must approve it within one month.

3. PRESIDENT'S RULE
3.1 Grounds
The failure of the constitutional machinery in a state.
3.2 Approval
Both Houses must approve it within two months.
`)
	for q, want := range map[string]string{
		"section 2.2":                  "emergency-provisions/national-emergency/approval",
		"3.1":                          "emergency-provisions/president-s-rule/grounds",
		"emergency provisions sec 3.2": "emergency-provisions/president-s-rule/approval",
		"what does section 3.2 say about how both houses approve it": "emergency-provisions/president-s-rule/approval",
	} {
		if id, _ := topID(t, ix, q); id != want {
			t.Errorf("%q: top = %s, want %s", q, id, want)
		}
	}
	// "what is the removal of judges section 3.2" asks for the subsection,
	// not for the X of "what is the X of Y": no concept is left to miss.
	judges := mustFileIndex(t, "judges.txt", "REMOVAL OF JUDGES\n\n1. INTRODUCTION\nJudges hold office until they retire.\n\n"+
		"2. GROUNDS\nProved misbehaviour or incapacity.\n\n3. PROCEDURE\n3.1 Motion\nA hundred members of the Lok Sabha sign it.\n"+
		"3.2 Committee\nThree members inquire into the charges.\n")
	if id, _ := topID(t, judges, "what is the removal of judges section 3.2"); id != "removal-of-judges/procedure/committee" {
		t.Errorf("what is the removal of judges section 3.2: top = %s", id)
	}
	p, _, err := ix.ranked(context.Background(), "is the deficit 2.5 times the target")
	if err != nil {
		t.Fatal(err)
	}
	if p.section != nil {
		t.Errorf("a figure asked a subsection: %+v", p.section)
	}
}

// TestNumberInTitleAndLookUp: a title with a number ("Chandrayaan-3") and a
// look-up by number ("key point 4") in one question ask for the key point
// next to its name, whichever comes first.
func TestNumberInTitleAndLookUp(t *testing.T) {
	ix := mustNotesIndex(t, `# Chandrayaan-3

Chandrayaan-3 is India's third mission to the Moon.

## Key Points
1. It was launched on an LVM3 rocket.
2. It had a lander, a rover and a propulsion module.
3. The lander was named Vikram.
4. The rover was named Pragyan.
`)
	checkTopIDs(t, ix, map[string]string{
		"chandrayaan 3 key point 4":   "chandrayaan-3/key-points/4",
		"key point 4 chandrayaan 3":   "chandrayaan-3/key-points/4",
		"chandrayaan-3 key point 4":   "chandrayaan-3/key-points/4",
		"chandrayaan 3 4th key point": "chandrayaan-3/key-points/4",
		"chandrayaan 3 key point 2":   "chandrayaan-3/key-points/2",
	})
}

// TestNumberedPartInASubsection: key points boxed under another section
// ("Introduction › Key Points") are asked for by number as key points at
// the top are; of notes that name a part so and notes with parts of its
// kind named otherwise, "key highlight 2" is first the ones named so.
func TestNumberedPartInASubsection(t *testing.T) {
	ix := mustDocsIndex(t,
		"# Charter Acts\n\nActs that renewed the Company's charter.\n\n## Charter Act of 1813\n\nIt ended the Company's monopoly.\n\n### Provisions\n- Trade with India opened to all British merchants.\n- Missionaries were allowed into India.\n",
		"# Inflation Targeting\n\nA framework in which the central bank aims at a rate of inflation.\n\n## Introduction\n\nThe RBI targets consumer prices.\n\n### Key Points\n- Target: 4 per cent headline inflation.\n- Set by the government with the RBI.\n- Pursued by the rate-setting committee.\n- The current period ends in March 2026.\n",
		"# Rooftop Solar\n\nA scheme for solar panels on homes.\n\n## About the scheme\n\nIt pays households a subsidy.\n\n### Key Highlights\n- Subsidy of 60 per cent for small systems.\n- A model solar village in each district.\n",
	)
	checkAnswers(t, ix, map[string]string{
		"key point 4 in the inflation targeting notes":       "inflation-targeting/introduction/key-points/4",
		"what is highlight no. 2 in the key highlights list": "rooftop-solar/about-the-scheme/key-highlights/2",
	})
}

// TestPointOfALabelledList: "point 4 of the seven powers endowed" is the
// fourth entry of the list headed "7 POWERS ENDOWED (sec 4(m)) -> to …":
// the number in words is the heading's figure, the heading's remarks (in
// brackets, after the arrow) need not be asked, nor does the 4 of "4(m)"
// name the heading, but next to the heading's own word ("sec 4(m)").
func TestPointOfALabelledList(t *testing.T) {
	ix := mustFileIndex(t, "pesa.md", "# PESA\n\nPESA extends Part IX to the Scheduled Areas.\n\n"+
		"## 7 POWERS ENDOWED (sec 4(m)) -> to the gram sabha and panchayats\n\n"+
		"1. Enforce prohibition, or regulate or restrict the sale and consumption of any intoxicant.\n2. Own the minor forest produce that the villagers gather in the forests.\n"+
		"3. Prevent the alienation of land and restore land that was unlawfully alienated.\n4. Manage the village markets, the haats, by whatever name they are called.\n"+
		"5. Control money lending to the members of the Scheduled Tribes.\n\n"+
		"## Powers of the Governor\n\n1. may direct that a law of Parliament does not apply\n2. may make regulations for peace and good government\n")
	for q, want := range map[string]string{
		"point 4 of the seven powers endowed":      "village markets",
		"point 4 of the 7 powers endowed":          "village markets",
		"list the 7 powers endowed under sec 4(m)": "Enforce prohibition", // the heading's own 4
	} {
		if _, ans := topID(t, ix, q); len(ans.Results) == 0 || !strings.Contains(ans.Results[0].Text, want) {
			t.Errorf("%q: answered %+v", q, ans.Results)
		}
	}
}
