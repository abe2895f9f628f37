package bot

import (
	"context"
	"strconv"
	"strings"
)

// page answers Previous and Next on a paged answer: it asks the question
// again and shows the page asked for. The person the message answers (or
// the only one who sees it) turns its page in place; anyone else pressing
// gets the page as a message only they see, and the message stays as it is
// for everyone else.
func (b *Bot) page(ctx context.Context, in *Interaction, arg string) (*Response, error) {
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
	a, err := b.ask(ctx, q)
	if err != nil {
		return nil, err
	}
	r := b.fmt.answer(a, page, quote)
	if ownMessage(in) {
		return r.response(ResponseUpdateMessage), nil
	}
	r.ephemeral, r.content, r.ping = true, "", ""
	return r.response(ResponseMessage), nil
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

// ownMessage reports whether the user who pressed a button on a message is
// the one it is for: it is ephemeral, or answers their interaction, or
// replies to their message.
func ownMessage(in *Interaction) bool {
	m := in.Message
	switch {
	case m == nil:
		return false
	case m.Flags&MessageFlagEphemeral != 0:
		return true
	case m.InteractionMetadata != nil && m.InteractionMetadata.User != nil:
		return m.InteractionMetadata.User.ID == in.UserID()
	case m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil:
		return m.ReferencedMessage.Author.ID == in.UserID()
	}
	return false
}
