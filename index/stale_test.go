package index

import "testing"

func TestAsksNow(t *testing.T) {
	for q, want := range map[string]bool{
		"Who is the current Secretary-General of the forum?":  true,
		"Who is the present chairperson of the tribunal?":     true,
		"How many members does the forum have right now?":     true,
		"how many titles have been given so far":              true,
		"forum ka chief kaun hai abhi":                        true,
		"Which crops are grown in the district today?":        true,
		"Is it a law now?":                                    true,
		"rain in the district tomorrow":                       true,
		"which session of the forum meets next week":          true,
		"Which ocean current carries moisture to the coast?":  false,
		"What is the current account deficit?":                false,
		"Why was current affairs dropped from the syllabus?":  false,
		"forum ki problems kya hai abhi bhi":                  false,
		"Could quantum computers break today's security?":     false,
		"Who flies the helicopters now that the troops left?": false,
		"Which gases are present in the ozone layer?":         false,
		"Who was the first Secretary-General of the forum?":   false,
	} {
		if got := asksNow(normalize(q)); got != want {
			t.Errorf("%q asks how things stand now: %v, want %v", q, got, want)
		}
	}
}

// TestNowNeedsAPassageThatTells: a question about how things stand now is
// answered by a passage that tells of the present (a development, one of
// the notes' latest years, one that says "as of"), not by one that
// describes an office or gives an old figure; when none of the best
// passages tells, it is refused.
func TestNowNeedsAPassageThatTells(t *testing.T) {
	forum := "# Coastal Forum\n\nThe Coastal Forum is a grouping of seaboard states for fisheries and shipping.\n\n" +
		"## Structure\n\n- The Forum's secretariat is in Lisbon and is headed by a Secretary-General.\n" +
		"- The Forum had nine member states when its charter was signed in 2001.\n" +
		"- Decisions are taken by consensus at the annual summit.\n\n" +
		"## Trade\n\n- Fish exports between the members reached 4 billion dollars in 2023.\n- Port fees were harmonised in 2010.\n\n" +
		"## Recent Developments\n\n- 2024: Ana Ribeiro took over as Secretary-General of the Forum.\n"
	ix := mustDocsIndex(t, forum)
	checkAnswers(t, ix, map[string]string{
		"Who is the current Secretary-General of the Coastal Forum?": "coastal-forum/recent-developments/1",
		"How much are fish exports between the members now?":         "coastal-forum/trade/1", // of the notes' latest years
		"Who heads the Forum's secretariat?":                         "coastal-forum/structure/1",
	})
	undated := mustDocsIndex(t, "# Coastal Forum\n\nThe Coastal Forum is a grouping of seaboard states for fisheries and shipping.\n\n"+
		"## Structure\n\n- The Forum's secretariat is in Lisbon and is headed by a Secretary-General.\n"+
		"- The Forum had nine member states when its charter was signed in 2001.\n- Decisions are taken by consensus at the annual summit.\n\n"+
		"## Trade\n\n- Port fees were harmonised in 2010.\n- As of 2012, twelve states are members.\n\n"+
		"## Recent Developments\n\n- 2024: The summit in Porto adopted a plan on plastic waste.\n")
	checkAnswers(t, undated, map[string]string{
		"How many member states does the Forum have right now?": "coastal-forum/trade/2", // it says "as of"
		"Who heads the Forum's secretariat?":                    "coastal-forum/structure/1",
	})
	for _, q := range []string{"Who is the current Secretary-General of the Coastal Forum?", "Who is the present head of the Forum's secretariat?"} {
		if a := mustSearch(t, undated, q, 3); a.Answered || a.Note != staleNote || len(a.Results) == 0 {
			t.Errorf("%q answered %v with %v, note %q; want a refusal saying %q, with the closest passages", q, a.Answered, resultIDs(a.Results), a.Note, staleNote)
		}
		e, err := undated.Explain(t.Context(), q, 3)
		if err != nil || !e.Stale || e.Confidence != 0 {
			t.Errorf("%q explained as stale %v, confidence %v (%v); want stale, 0", q, e.Stale, e.Confidence, err)
		}
	}
}

// TestWhoHoldsAnOfficeNow: "who is the current Secretary-General" asks
// for a person; a passage of the present that names no one (or only what
// the question names, or an acronym) does not tell it.
func TestWhoHoldsAnOfficeNow(t *testing.T) {
	for q, want := range map[string]bool{
		"who is the current speaker of the lok sabha":  true,
		"who's the present chairperson":                true,
		"who heads the committee at present":           true,
		"who is the lokpal chairperson now":            true,
		"lokpal ka chairman kaun hai abhi":             true,
		"who hears appeals from the tribunal nowadays": false, // a court as likely as a person
		"who is the first speaker":                     false,
	} {
		n := normalize(q)
		if got := asksNow(n) && holderRE.MatchString(n); got != want {
			t.Errorf("%q asks who holds an office now: %v, want %v", q, got, want)
		}
	}
	notes := func(news string) string {
		return "# Coastal Forum\n\nThe Coastal Forum is a grouping of seaboard states for fisheries and shipping.\n\n" +
			"## Structure\n\n- The Forum's secretariat is in Lisbon and is headed by a Secretary-General.\n\n" +
			"## Recent Developments\n\n- 2024: " + news + "\n"
	}
	q := "Who is the current Secretary-General of the Coastal Forum?"
	for news, answered := range map[string]bool{
		"Ana Ribeiro took over as Secretary-General of the Forum.":                   true,
		"J.M. Costa took over as Secretary-General of the Forum.":                    true,
		"The Secretary-General of the Forum had her term extended by the summit.":    false,
		"The Secretary-General of the Coastal Forum moved the CFS office to Madrid.": false, // a place the dictionary knows, an acronym
		"The Secretary-General of the Forum toured Kerala, Goa and Uttar Pradesh.":   false, // places: one the dictionary lacks, alone; one it has whole
		"PM Modi named the Secretary-General of the Forum.":                          true,
	} {
		ix := mustDocsIndex(t, notes(news))
		if a := mustSearch(t, ix, q, 3); a.Answered != answered || !answered && a.Note != staleNote {
			t.Errorf("news %q: answered %v (note %q), want %v", news, a.Answered, a.Note, answered)
		}
	}
}

// TestOfficeHolderFurtherDown: who holds an office now is told by the
// passage that names the holder, though passages describing the office
// match the question better.
func TestOfficeHolderFurtherDown(t *testing.T) {
	ix := mustDocsIndex(t, "# Coastal Forum\n\nThe Coastal Forum is a grouping of seaboard states for fisheries and shipping.\n\n"+
		"## Structure\n\n- The Secretary-General heads the secretariat of the Coastal Forum.\n"+
		"- The Secretary-General of the Coastal Forum is chosen by its summit for five years.\n"+
		"- The Secretary-General of the Coastal Forum reports to the summit every year.\n"+
		"- The Secretary-General of the Coastal Forum can be removed by two-thirds of the members.\n\n"+
		"## Recent Developments\n\n- 2024: Ana Ribeiro took over as Secretary-General.\n- 2025: Port fees were cut.\n")
	q := "who is the secretary-general of the coastal forum now"
	a := mustSearch(t, ix, q, 3)
	if !a.Answered || len(a.Results) == 0 || a.Results[0].ID != "coastal-forum/recent-developments/1" {
		t.Errorf("%q answered %v with %v (note %q), want coastal-forum/recent-developments/1", q, a.Answered, resultIDs(a.Results), a.Note)
	}
}

// TestOfficeHolderNamedByTheTitle: when the question names the notes by
// their title ("who is d current CCA"), every passage has its words by the
// title; the holder is told by the passage that writes the office, not by
// other news naming something in capitals.
func TestOfficeHolderNamedByTheTitle(t *testing.T) {
	ix := mustDocsIndex(t, "# Comptroller of Coastal Accounts (CCA)\n\nThe CCA audits the accounts of the seaboard states.\n\n"+
		"## Powers\n\n- The CCA reports to the summit.\n- The CCA can inspect any office of the states.\n\n"+
		"## Audits and Recent Developments\n\n"+
		"- August 2025 - The audit of the Porto Vecchio Harbour flagged a cost of 250 crore per km.\n"+
		"- March 2025 - The audit of the Lisbon Dockyard found unpaid dues.\n"+
		"- July 2025 - The audit of the Nova Ponte Railway found delays.\n"+
		"- November 2024 - K. Ribeiro took oath as the 15th CCA.\n",
		"# Seaboard Fisheries\n\nThe seaboard states share fishing grounds.\n\n## Key Points\n\n- Quotas are set each spring.\n- Trawling is banned near reefs.\n- The catch fell in 2024.\n")
	q := "who is d current cca?"
	a := mustSearch(t, ix, q, 3)
	if !a.Answered || len(a.Results) == 0 || a.Results[0].ID != "comptroller-of-coastal-accounts-cca/audits-and-recent-developments/4" {
		t.Errorf("%q answered %v with %v (note %q), want …/audits-and-recent-developments/4", q, a.Answered, resultIDs(a.Results), a.Note)
	}
}
