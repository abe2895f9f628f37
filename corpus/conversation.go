package corpus

import "context"

// topicKey is the context key of a conversation's document.
type topicKey struct{}

// WithTopic returns a context whose questions are asked in a conversation
// about the document doc (its ID; "" for none). A search that honours it
// answers a question naming no document ("how long does a member serve?"
// after a question on the Lokpal) from that document when it can, as if
// the question named it; a question the notes do not answer stays
// unanswered.
func WithTopic(ctx context.Context, doc string) context.Context {
	return context.WithValue(ctx, topicKey{}, doc)
}

// Topic returns the document of ctx's conversation, or "".
func Topic(ctx context.Context) string {
	doc, _ := ctx.Value(topicKey{}).(string)
	return doc
}
