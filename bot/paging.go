package bot

import (
	"context"
	"strconv"
	"strings"
)

// page answers the buttons that turn an answer's pages: Previous and Next
// ("page:<n>:<question>") and "More results" ("more:<n>:<question>"). It
// asks the question again and shows the page asked for. With inPlace, the
// message the button is on turns to that page; otherwise the page comes as
// a message only the presser sees, and the message stays as it is for
// everyone else. Previous and Next turn the page in place for the person
// the message is for (see ownMessage); "More results" always opens the
// results for the presser alone, so an answer never changes under the
// people reading it.
func (b *Bot) page(ctx context.Context, in *Interaction, arg string, inPlace bool) (*Response, error) {
	pageStr, q, _ := strings.Cut(arg, ":")
	page, err := strconv.Atoi(pageStr)
	if err != nil || page < 0 {
		return ephemeral(msgExpired), nil
	}
	q, quote := answeredQuestion(in, q)
	if q == "" {
		return ephemeral(msgExpired), nil
	}
	if ok, _ := b.allow(in.UserID()); !ok {
		return ephemeral(msgRateLimited), nil
	}
	a, err := b.ask(ctx, in.GuildID, pageAsker(in), q)
	if err != nil {
		return nil, err
	}
	r := b.fmt.answer(a, page, quote)
	r.components = keepVotes(b.fmt.limits(), in.Message, r.components)
	// A reply for the asker alone (the notes no longer answer) does not
	// replace a message others see.
	if inPlace && (!r.ephemeral || ephemeralMessage(in.Message)) {
		r.ephemeral = false // an update keeps the message's flags
		return r.response(ResponseUpdateMessage), nil
	}
	r.ephemeral, r.content, r.ping = true, "", ""
	return r.response(ResponseMessage), nil
}

// ephemeralMessage reports whether m is seen only by the user it was sent to.
func ephemeralMessage(m *Message) bool {
	return m != nil && m.Flags&MessageFlagEphemeral != 0
}

// answeredQuestion recovers the question a button's message answers from
// its footer (fallback, the start of it a custom_id holds, when there is
// none), and whether the answer quotes it.
func answeredQuestion(in *Interaction, fallback string) (q string, quote bool) {
	q = fallback
	if m := in.Message; m != nil {
		for _, e := range m.Embeds {
			if e.Footer != nil {
				if full, ok := questionFromFooter(e.Footer.Text); ok {
					q = full
				}
			}
		}
		quote = len(m.Embeds) > 0 && strings.HasPrefix(m.Embeds[0].Description, "> ")
	}
	return cleanQuestion(q), quote
}

// pageAsker is whose conversation a page of an answer is asked in: the
// user the message answers, so that a classmate's "More results" pages
// the answer they see; else whoever pressed.
func pageAsker(in *Interaction) asker {
	if m := in.Message; m != nil {
		switch {
		case m.InteractionMetadata != nil && m.InteractionMetadata.User != nil:
			return asker{in.ChannelID, m.InteractionMetadata.User.ID}
		case m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil:
			return asker{in.ChannelID, m.ReferencedMessage.Author.ID}
		}
	}
	return in.asker()
}

// ownMessage reports whether the user who pressed a button on a message is
// the one it is for: it is ephemeral, or answers their interaction, or
// replies to their message.
func ownMessage(in *Interaction) bool {
	m := in.Message
	switch {
	case m == nil:
		return false
	case ephemeralMessage(m):
		return true
	case m.InteractionMetadata != nil && m.InteractionMetadata.User != nil:
		return m.InteractionMetadata.User.ID == in.UserID()
	case m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil:
		return m.ReferencedMessage.Author.ID == in.UserID()
	}
	return false
}
