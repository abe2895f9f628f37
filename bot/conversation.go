package bot

import (
	"sync"
	"time"
)

// conversationTTL is how long the document a user's last question was
// answered from stays the topic of their next questions in that channel;
// /help and the README say 10 minutes.
const conversationTTL = 10 * time.Minute

// maxConversations bounds the topics held; idle ones go first, then
// arbitrary ones (their next question is asked afresh).
const maxConversations = 10000

// asker is who asks a question, and where.
type asker struct{ channel, user string }

// conversations remember, for each user in each channel, the document
// their last answered question was answered from, for conversationTTL: a
// follow-up that names no document ("how long does a member serve?" after
// "what is the lokpal?") is asked about it (corpus.WithTopic). Each user
// has a conversation of their own: another's question in the channel does
// not change its topic.
type conversations struct {
	now func() time.Time

	mu    sync.Mutex
	last  map[asker]topic
	swept time.Time
}

type topic struct {
	doc string
	at  time.Time
}

func newConversations(now func() time.Time) *conversations {
	return &conversations{now: now, last: map[asker]topic{}}
}

// topic returns the document of by's conversation, or "" when they have
// none (or it has ended).
func (c *conversations) topic(by asker) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.last[by]
	if !ok || c.now().Sub(t.at) >= conversationTTL {
		return ""
	}
	return t.doc
}

// answered records that by's question was answered from doc.
func (c *conversations) answered(by asker, doc string) {
	if by.channel == "" || by.user == "" || doc == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if now.Sub(c.swept) >= conversationTTL || len(c.last) >= maxConversations {
		c.sweep(now)
	}
	c.last[by] = topic{doc: doc, at: now}
}

// sweep drops ended conversations, then, while too many are left,
// arbitrary ones.
func (c *conversations) sweep(now time.Time) {
	c.swept = now
	sweepIdle(c.last, maxConversations, func(t topic) bool { return now.Sub(t.at) >= conversationTTL })
}

// size is the number of conversations held.
func (c *conversations) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.last)
}
