package index

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// momentRE finds a moment of a recording in a question: "4:11", "1:02:03".
var momentRE = regexp.MustCompile(`\b(\d{1,2}:)?\d{1,2}:\d{2}\b`)

// momentSlack is how long after a lecture's last cue a moment still falls
// in it, in seconds.
const momentSlack = 60

// atMoment answers "what is said at 4:11 in the lecture": in each lecture
// of the notes (captions), the passage where that moment falls, cited by
// and emphasising the cue said then; the lecture the question names first.
func (ix *Index) atMoment(question string) (corpus.Answer, bool) {
	if len(ix.timed) == 0 {
		return corpus.Answer{}, false
	}
	at, ok := clockSeconds(momentRE.FindString(question))
	if !ok {
		return corpus.Answer{}, false
	}
	passages := ix.corpus.Passages()
	var found []corpus.Result
	for i, pos := range ix.timed {
		ps := passages[pos]
		next := len(ix.timed) > i+1 && passages[ix.timed[i+1]].DocID == ps.DocID
		mark := -1
		for m, mk := range ps.Marks {
			if mk.Start <= at {
				mark = m
			}
		}
		last := ps.Marks[len(ps.Marks)-1].Start
		if mark < 0 || next && passages[ix.timed[i+1]].Marks[0].Start <= at || !next && at > last+momentSlack {
			continue
		}
		said := corpus.Span{Start: ps.Marks[mark].At, End: len(ps.Text)}
		if mark+1 < len(ps.Marks) {
			said.End = ps.Marks[mark+1].At
		}
		said.End = said.Start + len(strings.TrimRight(ps.Text[said.Start:said.End], " "))
		found = append(found, corpus.Result{Passage: ps.CitedAt(mark), Score: 1, Match: 1, Highlights: []corpus.Span{said}})
	}
	if len(found) == 0 {
		return corpus.Answer{}, false
	}
	if named, _ := ix.namedDocument(ix.plan(question)); named != "" {
		for i, r := range found {
			if r.DocID == named {
				found[0], found[i] = found[i], found[0]
			}
		}
	}
	return corpus.Answer{Question: question, Answered: true, Confidence: 1, Results: found[:min(len(found), 3)], Shape: corpus.ShapePassage}, true
}

// clockSeconds reads a time as a player shows it ("4:11", "1:02:03").
func clockSeconds(s string) (int, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	t := 0
	for i, part := range parts {
		v, err := strconv.Atoi(part)
		if err != nil || v < 0 || i > 0 && v > 59 {
			return 0, false
		}
		t = t*60 + v
	}
	return t, true
}
