package daily

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// clockPattern matches a time of day as people type it, once parseClock
// has lower-cased it, dropped the dots of "a.m." and the spaces: an hour of
// one or two digits, optionally minutes after ":", "." or "h", optionally
// "am" or "pm" ("9", "9am", "9:30pm", "21.30", "21h30"); or four digits
// ("0930", "2130").
var clockPattern = regexp.MustCompile(`^(?:(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?|(\d{2})(\d{2}))$`)

// parseClock reads a time of day: "09:00" or "9:00" on a 24-hour clock,
// "21.30", "2130", "9am", "9:30 pm", "12 a.m.", "noon" or "midnight". A bare
// hour ("9", "21") is on the hour of a 24-hour clock.
func parseClock(s string) (h, m int, err error) {
	norm := strings.ToLower(strings.Join(strings.Fields(s), ""))
	norm = strings.ReplaceAll(norm, "a.m", "am")
	norm = strings.TrimSuffix(strings.ReplaceAll(norm, "p.m", "pm"), ".")
	switch norm {
	case "noon", "midday":
		return 12, 0, nil
	case "midnight":
		return 0, 0, nil
	}
	g := clockPattern.FindStringSubmatch(norm)
	if g == nil {
		return 0, 0, badClock(s)
	}
	hs, ms, half := g[1], g[2], g[3]
	if hs == "" { // four digits
		hs, ms = g[4], g[5]
	}
	h, _ = strconv.Atoi(hs)
	if ms != "" {
		m, _ = strconv.Atoi(ms)
	}
	switch {
	case m > 59:
		return 0, 0, badClock(s)
	case half == "" && h > 23:
		return 0, 0, badClock(s)
	case half != "" && (h < 1 || h > 12):
		return 0, 0, &Error{Code: EInvalid, Message: fmt.Sprintf("%q isn't a time of day: with am or pm the hour is from 1 to 12, e.g. 9am, 12:30 pm or 21:00.", strings.TrimSpace(s))}
	}
	switch {
	case half == "am" && h == 12:
		h = 0
	case half == "pm" && h != 12:
		h += 12
	}
	return h, m, nil
}

func badClock(s string) error {
	return &Error{Code: EInvalid, Message: fmt.Sprintf("%q isn't a time of day. Write it like 09:00, 17:30, 9am or 9:30 pm.", strings.TrimSpace(s))}
}
