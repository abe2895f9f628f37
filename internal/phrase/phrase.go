// Package phrase writes small phrases of the bot's and the command's
// replies: counts of things, "1 document", "2 documents".
package phrase

import "strconv"

// Count is n and what, with an "s" unless n is 1: "1 document", "2
// documents".
func Count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
