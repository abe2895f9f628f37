package feedback

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// Report is what a server's feedback says the notes are missing.
type Report struct {
	Guild string    `json:"guild"`
	Since time.Time `json:"since"` // the start of the window: now less the retention
	Until time.Time `json:"until"` // when the report was made
	// Asked counts the answers kept in the window, Refused those the notes
	// did not answer.
	Asked   int `json:"asked"`
	Refused int `json:"refused"`
	// Up and Down count the votes on them.
	Up   int `json:"up"`
	Down int `json:"down"`
	// Gaps are the questions refused or voted down, rewordings together,
	// the worst first: by refusals plus 👎, then most recently asked.
	Gaps []Gap `json:"gaps"`
}

// Gap is a question, with its rewordings, that the notes refused or whose
// answers were voted down.
type Gap struct {
	// Key is what its wordings share: their content words.
	Key string `json:"key"`
	// Question is the wording asked last; Wordings every wording, the last
	// asked first (at most MaxWordings).
	Question string    `json:"question"`
	Wordings []string  `json:"wordings"`
	Asked    int       `json:"asked"`   // times any wording was asked
	Refused  int       `json:"refused"` // of which the notes did not answer
	Up       int       `json:"up"`      // votes on its answers
	Down     int       `json:"down"`
	Last     time.Time `json:"last_asked"`
	// Section is the ID of the section of the notes closest to it (the one
	// its last refusal offered first, or its last voted-down answer showed);
	// Citation is that section as cited ("Title › Heading"), "" when the
	// notes no longer have it. Both are "" when no passage was offered.
	Section  string `json:"section"`
	Citation string `json:"citation"`
	// Notes are what 👎 voters were looking for, the latest first (at most
	// MaxNotes).
	Notes []string `json:"notes"`
}

// Limits of a Gap's lists.
const (
	MaxWordings = 10
	MaxNotes    = 5
)

// RefusedShare is the share of the questions asked that the notes did not
// answer, from 0 to 1; 0 when none was asked.
func (r Report) RefusedShare() float64 {
	if r.Asked == 0 {
		return 0
	}
	return float64(r.Refused) / float64(r.Asked)
}

// Refusals returns the gaps refused at least once, refused most often
// first (then the most recently asked).
func (r Report) Refusals() []Gap {
	var out []Gap
	for _, g := range r.Gaps {
		if g.Refused > 0 {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Gap) int { return cmp.Or(cmp.Compare(b.Refused, a.Refused), b.Last.Compare(a.Last)) })
	return out
}

// Downvoted returns the gaps voted down at least once, most 👎 first (then
// fewest 👍, then the most recently asked).
func (r Report) Downvoted() []Gap {
	var out []Gap
	for _, g := range r.Gaps {
		if g.Down > 0 {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Gap) int {
		return cmp.Or(cmp.Compare(b.Down, a.Down), cmp.Compare(a.Up, b.Up), b.Last.Compare(a.Last))
	})
	return out
}

// Passages looks passages up by ID, to name the sections closest to the
// gaps: *corpus.Corpus is one; a server's view of its notes another.
type Passages interface {
	Passage(id string) (corpus.Passage, bool)
}

// Report reads guild's answers of the retention window ("" for direct
// messages) and groups them into gaps, naming the closest sections from ps
// (which may be nil: sections are then named by passage ID).
func (k *Keeper) Report(ctx context.Context, guild string, ps Passages) (Report, error) {
	k.Flush(ctx)
	now := k.opts.Now()
	since := now.Add(-k.opts.Retention)
	answers, err := k.st.FeedbackAnswers(ctx, storeGuild(guild), since)
	if err != nil {
		return Report{}, fmt.Errorf("feedback of guild %s: %w", guild, err)
	}
	return Build(storeGuild(guild), since, now, answers, ps), nil
}

// Build makes the report of answers, which are in the order they were
// asked, for the window [since, until).
func Build(guild string, since, until time.Time, answers []store.FeedbackAnswer, ps Passages) Report {
	r := Report{Guild: guild, Since: since, Until: until, Gaps: []Gap{}}
	type group struct {
		gap     Gap
		closest string // the passage ID that names its section
		rank    int    // 2: from a refusal or 👎 answer, 1: from another answer
		seen    map[string]bool
	}
	groups := map[string]*group{}
	var order []string
	// Newest first, so that the first of each list is the latest.
	for i := len(answers) - 1; i >= 0; i-- {
		a := &answers[i]
		up, down := a.Tally()
		r.Asked++
		r.Up += up
		r.Down += down
		if a.Refused {
			r.Refused++
		}
		g, ok := groups[a.Key]
		if !ok {
			g = &group{gap: Gap{Key: a.Key, Question: a.Question, Last: a.At, Wordings: []string{}, Notes: []string{}}, seen: map[string]bool{}}
			groups[a.Key] = g
			order = append(order, a.Key)
		}
		g.gap.Asked++
		g.gap.Up += up
		g.gap.Down += down
		if a.Refused {
			g.gap.Refused++
		}
		if w := strings.ToLower(a.Question); !g.seen[w] && len(g.gap.Wordings) < MaxWordings {
			g.seen[w] = true
			g.gap.Wordings = append(g.gap.Wordings, a.Question)
		}
		for _, v := range latestFirst(a.Votes) {
			if v.Note != "" && len(g.gap.Notes) < MaxNotes {
				g.gap.Notes = append(g.gap.Notes, v.Note)
			}
		}
		rank := 1
		if a.Refused || down > 0 {
			rank = 2
		}
		if len(a.Passages) > 0 && rank > g.rank {
			g.closest, g.rank = a.Passages[0], rank
		}
	}
	for _, key := range order {
		g := groups[key]
		if g.gap.Refused == 0 && g.gap.Down == 0 {
			continue
		}
		g.gap.Section, g.gap.Citation = section(ps, g.closest)
		r.Gaps = append(r.Gaps, g.gap)
	}
	slices.SortStableFunc(r.Gaps, func(a, b Gap) int {
		return cmp.Or(cmp.Compare(b.Refused+b.Down, a.Refused+a.Down), b.Last.Compare(a.Last), strings.Compare(a.Key, b.Key))
	})
	return r
}

// latestFirst returns votes, the latest first.
func latestFirst(votes []store.FeedbackVote) []store.FeedbackVote {
	vs := slices.Clone(votes)
	slices.SortStableFunc(vs, func(a, b store.FeedbackVote) int { return b.At.Compare(a.At) })
	return vs
}

// section names the section of passage id: its ID and citation, or the
// passage ID alone when ps does not have it.
func section(ps Passages, id string) (sectionID, citation string) {
	if id == "" {
		return "", ""
	}
	if ps != nil {
		if p, ok := ps.Passage(id); ok {
			return p.SectionID(), p.Doc + corpus.Separator + p.Heading()
		}
	}
	return id, ""
}
