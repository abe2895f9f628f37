// Package discordid checks Discord IDs (snowflakes) given as text.
package discordid

// Valid reports whether s looks like a Discord ID: 1 to 20 decimal digits,
// so that it is safe to put in a URL path or a store key.
func Valid(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
