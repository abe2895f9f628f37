package bot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/internal/discordid"
)

// This file is the 👍/👎 on every answer: the buttons, the votes they cast,
// and the optional "what were you looking for?" after a 👎. The answers and
// votes are kept by package feedback; what the moderators see of them is
// /notes gaps (gaps.go).
//
// Custom IDs, which hold all a press needs, so that buttons work after a
// restart and on any replica:
//
//	vote:up:<answer>:<salt>      👍 on the answer with that ID
//	vote:down:<answer>:<salt>    👎, then the modal below
//	why:<answer>:<salt>          the modal's custom_id
//
// where the salt is the answer's (feedback.Ticket): votes are kept under a
// hash of it and the voter's ID.

// Feedback keeps answers and votes; *feedback.Keeper implements it.
type Feedback interface {
	Record(ctx context.Context, guild string, a corpus.Answer) (feedback.Ticket, bool, error)
	Vote(ctx context.Context, guild string, t feedback.Ticket, user string, up bool) (feedback.Outcome, error)
	Note(ctx context.Context, guild string, t feedback.Ticket, user, note string) error
	Report(ctx context.Context, guild string, ps feedback.Passages) (feedback.Report, error)
	Clear(ctx context.Context, guild string) (int, error)
	Retention() time.Duration
}

var _ Feedback = (*feedback.Keeper)(nil)

const (
	customIDVote = "vote"
	customIDWhy  = "why"
	voteUp       = "up"
	voteDown     = "down"
	whyInput     = "why" // the modal's text input
)

// feedbackTimeout bounds the store work of a vote or a note.
const feedbackTimeout = 2 * time.Second

// Messages voters see, only them.
const (
	msgVotedUp      = "Thanks — glad it helped!"
	msgVotedUpAgain = "You've already said this answer helped — thanks!"
	msgChangedUp    = "Changed to 👍 — thanks!"
	msgVoteGone     = "Thanks — but this answer is too old to take votes any more."
	msgVoteFailed   = "Sorry, I couldn't record that right now. Please try again in a moment."
	msgNoted        = "Thanks — noted for the moderators."
	msgNotedVote    = "Thanks — your 👎 is noted."
	msgNoteUp       = "You've since said the answer helped, so I didn't keep the note."
	whyTitle        = "👎 noted. What were you looking for?"
	whyLabel        = "What were you looking for? (optional)"
	whyPlaceholder  = "e.g. the year it was set up, or a topic the notes miss"
)

// withVotes keeps answer a, given in guild ("" in a DM), and adds the
// 👍/👎 buttons to r. Without feedback, or when the answer is not kept (a
// DM, a store that fails), r is returned as it is: the answer goes out
// either way.
func (b *Bot) withVotes(ctx context.Context, guild string, a corpus.Answer, r reply) reply {
	if b.votes == nil {
		return r
	}
	t, ok, err := b.votes.Record(ctx, guild, a)
	if err != nil {
		b.log.Warn("feedback: answer not kept", "guild", guild, "err", err)
	}
	if !ok {
		return r
	}
	r.components = addVoteRow(b.fmt.limits(), r.components, t)
	return r
}

// addVoteRow adds the row of 👍 and 👎 for t to rows, if there is room.
func addVoteRow(lim limits, rows []Component, t feedback.Ticket) []Component {
	up, down := voteID(voteUp, t), voteID(voteDown, t)
	if len(rows) >= lim.rows || len(up) > lim.customID || len(down) > lim.customID {
		return rows
	}
	return append(rows, Component{Type: ComponentActionRow, Components: []Component{
		{Type: ComponentButton, Style: ButtonSecondary, Label: "👍", CustomID: up},
		{Type: ComponentButton, Style: ButtonSecondary, Label: "👎", CustomID: down},
	}})
}

func voteID(dir string, t feedback.Ticket) string {
	return customIDVote + ":" + dir + ":" + t.ID + ":" + t.Salt
}

// keepVotes returns rows with the vote row of m (the message a button was
// pressed on) added, so that an answer keeps its 👍/👎 when its page turns.
func keepVotes(lim limits, m *Message, rows []Component) []Component {
	if m == nil {
		return rows
	}
	for _, row := range m.Components {
		for _, c := range row.Components {
			if rest, ok := strings.CutPrefix(c.CustomID, customIDVote+":"+voteUp+":"); ok {
				if t, ok := parseTicket(rest); ok {
					return addVoteRow(lim, rows, t)
				}
			}
		}
	}
	return rows
}

// parseTicket reads "<answer>:<salt>".
func parseTicket(s string) (feedback.Ticket, bool) {
	id, salt, ok := strings.Cut(s, ":")
	if !ok || !discordid.Valid(id) || salt == "" || strings.Contains(salt, ":") {
		return feedback.Ticket{}, false
	}
	return feedback.Ticket{ID: id, Salt: salt}, true
}

// vote answers 👍 ("up:<answer>:<salt>") and 👎 ("down:…"). A 👍 is
// thanked privately; a 👎 opens the modal asking what the voter was looking
// for, whose title says the vote is noted.
func (b *Bot) vote(ctx context.Context, in *Interaction, arg string) (*Response, error) {
	dir, rest, _ := strings.Cut(arg, ":")
	t, ok := parseTicket(rest)
	user := in.UserID()
	if b.votes == nil || !ok || (dir != voteUp && dir != voteDown) || user == "" {
		return ephemeral(msgExpired), nil
	}
	up := dir == voteUp
	ctx, cancel := context.WithTimeout(ctx, feedbackTimeout)
	defer cancel()
	out, err := b.votes.Vote(ctx, in.GuildID, t, user, up)
	switch {
	case errors.Is(err, feedback.ErrGone):
		return ephemeral(msgVoteGone), nil
	case err != nil:
		b.log.Error("feedback: vote not recorded", "guild", in.GuildID, "answer", t.ID, "err", err)
		return ephemeral(msgVoteFailed), nil
	}
	if out != feedback.Same {
		b.obs.Voted(up)
	}
	switch {
	case !up:
		return whyModal(t), nil
	case out == feedback.Same:
		return ephemeral(msgVotedUpAgain), nil
	case out == feedback.Changed:
		return ephemeral(msgChangedUp), nil
	}
	return ephemeral(msgVotedUp), nil
}

// whyModal asks a 👎 voter what they were looking for: one optional line
// of up to feedback.MaxNote characters.
func whyModal(t feedback.Ticket) *Response {
	optional := false
	return &Response{Type: ResponseModal, Data: &ResponseData{
		CustomID: customIDWhy + ":" + t.ID + ":" + t.Salt,
		Title:    whyTitle,
		Components: []Component{{Type: ComponentActionRow, Components: []Component{{
			Type: ComponentTextInput, CustomID: whyInput, Style: TextInputParagraph,
			Label: whyLabel, Placeholder: whyPlaceholder, MaxLength: feedback.MaxNote, Required: &optional,
		}}}},
	}}
}

// modalSubmit answers a submitted modal: today only the 👎 voter's note.
func (b *Bot) modalSubmit(ctx context.Context, in *Interaction) (*Response, error) {
	kind, rest, _ := strings.Cut(in.Data.CustomID, ":")
	t, ok := parseTicket(rest)
	user := in.UserID()
	if kind != customIDWhy || !ok || b.votes == nil || user == "" {
		b.log.Info("unhandled modal", "custom_id", in.Data.CustomID)
		return ephemeral(msgUnknown), nil
	}
	note := strings.TrimSpace(modalValue(in.Data.Components, whyInput))
	if note == "" {
		return ephemeral(msgNotedVote), nil
	}
	ctx, cancel := context.WithTimeout(ctx, feedbackTimeout)
	defer cancel()
	switch err := b.votes.Note(ctx, in.GuildID, t, user, note); {
	case errors.Is(err, feedback.ErrGone):
		return ephemeral(msgVoteGone), nil
	case errors.Is(err, feedback.ErrNotDown):
		return ephemeral(msgNoteUp), nil
	case err != nil:
		b.log.Error("feedback: note not recorded", "guild", in.GuildID, "answer", t.ID, "err", err)
		return ephemeral(msgVoteFailed), nil
	}
	return ephemeral(msgNoted), nil
}

// modalValue is the value of the text input id among a modal's rows.
func modalValue(rows []Component, id string) string {
	for _, row := range rows {
		for _, c := range row.Components {
			if c.CustomID == id {
				return c.Value
			}
		}
	}
	return ""
}
