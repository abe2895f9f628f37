package store

import (
	"slices"
	"strings"
	"time"
)

// Feedback on answers: every answer the bot gives in a server (and, when
// the operator allows it, in direct messages) is kept as a FeedbackAnswer
// with the votes of whoever pressed 👍 or 👎 on it. A vote is kept under a
// salted hash of the voter, never the user's ID; the asker is not kept at
// all. Answers are deleted when their server clears its feedback, or when
// they are older than the operator's retention (ExpireFeedback).

// FeedbackDM is the Guild under which answers given in direct messages are
// kept: a name no Discord server ID can take.
const FeedbackDM = "dm"

// FeedbackAnswer is an answer as kept for feedback.
type FeedbackAnswer struct {
	Guild string // the server's ID, or FeedbackDM
	// ID names the answer within its server: the ID of the interaction or
	// message it answered.
	ID       string
	Question string
	// Key groups rewordings of one question: its content words after the
	// index's analysis, sorted.
	Key        string
	At         time.Time // when it was asked; kept to the microsecond
	Shape      string    // how the answer was laid out: "passage", "list", …
	Passages   []string  // the IDs of the passages it showed or offered, best first
	Confidence float64   // 0..1
	Refused    bool      // the notes did not answer it ("not in the notes")
	// Votes are sorted by Voter. PutFeedbackAnswer ignores them; reads fill
	// them in.
	Votes []FeedbackVote
}

// FeedbackVote is one person's vote on an answer.
type FeedbackVote struct {
	// Voter is a salted hash of the voter's user ID, the same for every
	// press of one user on one answer and different across answers.
	Voter string
	Up    bool
	// Note is what a 👎 voter said they were looking for; "" when none.
	Note string
	At   time.Time // when the vote was last cast or changed; to the microsecond
}

// Clone returns a deep copy of a.
func (a *FeedbackAnswer) Clone() *FeedbackAnswer {
	if a == nil {
		return nil
	}
	c := *a
	c.Passages = slices.Clone(a.Passages)
	c.Votes = slices.Clone(a.Votes)
	return &c
}

// Tally counts a's votes.
func (a *FeedbackAnswer) Tally() (up, down int) {
	for _, v := range a.Votes {
		if v.Up {
			up++
		} else {
			down++
		}
	}
	return up, down
}

// SetVote puts v in a.Votes, replacing the vote of the same voter and
// keeping them sorted.
func (a *FeedbackAnswer) SetVote(v FeedbackVote) {
	i, found := slices.BinarySearchFunc(a.Votes, v.Voter, func(x FeedbackVote, voter string) int { return strings.Compare(x.Voter, voter) })
	if found {
		a.Votes[i] = v
		return
	}
	a.Votes = slices.Insert(a.Votes, i, v)
}

// Normalize returns a copy of a as a backend gives it back: times in UTC
// to the microsecond, empty lists nil, votes sorted.
func (a *FeedbackAnswer) Normalize() *FeedbackAnswer {
	c := a.Clone()
	c.At = utcMicro(c.At)
	if len(c.Passages) == 0 {
		c.Passages = nil
	}
	if len(c.Votes) == 0 {
		c.Votes = nil
	}
	for i := range c.Votes {
		c.Votes[i].At = utcMicro(c.Votes[i].At)
	}
	slices.SortFunc(c.Votes, func(x, y FeedbackVote) int { return strings.Compare(x.Voter, y.Voter) })
	return c
}
