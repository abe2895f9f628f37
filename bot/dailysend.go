package bot

import (
	"context"
	"errors"
	"fmt"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
)

// MessageSender posts a message to a channel and returns its ID. *Gateway
// implements it.
type MessageSender interface {
	SendMessage(ctx context.Context, channelID string, msg *MessageSend) (string, error)
}

// FactSender posts the daily facts: it implements daily.Sender on top of a
// MessageSender. The post is a "Fact of the day" embed with the passage and
// its citation, and a "Learn more" button that the Bot answers with the
// whole section; it pings nobody.
//
// The scheduler needs its sender when it is opened, the Bot needs the
// scheduler, and the Gateway needs the Bot, so the field Gateway is set
// last: create the FactSender, open the scheduler with it, create the Bot
// and the Gateway, then set Gateway before opening the Gateway or starting
// the scheduler's Run.
type FactSender struct {
	// Gateway posts the facts: the *Gateway, or a fake in tests. Required
	// before the first post; until it is set, every post fails (and is
	// retried).
	Gateway MessageSender
	// Footer starts the post's footer, like Options.Footer; default
	// "conceptbot".
	Footer string
}

var (
	_ daily.Sender  = (*FactSender)(nil)
	_ MessageSender = (*Gateway)(nil)
)

// SendFact posts p to a channel with nonce and enforce_nonce, so that
// Discord posts a retried send only once. An error meaning the channel is
// gone or forbidden (HTTP 404 or 403) wraps daily.ErrChannelUnavailable as
// well as the *APIError.
func (s *FactSender) SendFact(ctx context.Context, channelID string, p corpus.Passage, nonce string) error {
	if s.Gateway == nil {
		return errors.New("send daily fact: no gateway to send with")
	}
	if _, err := s.Gateway.SendMessage(ctx, channelID, s.Message(p, nonce)); err != nil {
		if apiErr, ok := errors.AsType[*APIError](err); ok && apiErr.Gone() {
			return fmt.Errorf("send daily fact: %w: %w", daily.ErrChannelUnavailable, err)
		}
		return fmt.Errorf("send daily fact: %w", err)
	}
	return nil
}

// Message is the post of p with nonce.
func (s *FactSender) Message(p corpus.Passage, nonce string) *MessageSend {
	r := formatter{footer: s.Footer}.dailyFact(p)
	return &MessageSend{
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: r.allowedMentions(),
		Nonce:           nonce,
		EnforceNonce:    true,
	}
}
