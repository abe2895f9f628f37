package bot

// Closing reports whether Close has begun on g, for tests that must act
// while it waits for handlers.
func Closing(g *Gateway) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.closing
}
