// Package ical reads calendars in iCalendar (.ics), as Google Calendar,
// Outlook and Apple Calendar export them: a study plan whose sessions
// carry their notes. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/ical"
//
// Each event (and to-do, and journal entry) is a section named by its
// summary, in the order of their dates: a line of when and where, then
// its description, the notes, as Markdown (a description Google Calendar
// keeps as HTML is read as such). The calendar's name titles the notes,
// else the file's name does. Time zones, attendees, alarms and the other
// properties are left out. Each line's place is the line of the file its
// property starts on.
package ical

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "iCalendar",
		Extensions: []string{".ics", ".ical", ".ifb"},
		Magic:      IsCalendar,
		Convert:    Convert,
	})
}

// Limits on one calendar.
const (
	MaxBytes  = 20 << 20
	MaxEvents = 20_000
)

// IsCalendar reports whether data starts as an iCalendar file does.
func IsCalendar(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	return len(head) >= 15 && strings.EqualFold(string(head[:15]), "BEGIN:VCALENDAR")
}

// property is an unfolded content line: its name (upper case), its
// parameters and value as written, and the line it starts on.
type property struct {
	name, params, value string
	line                int
}

// event is a calendar component that holds notes.
type event struct {
	summary, description, location string
	start                          time.Time
	allDay, repeats                bool
	line                           int // the line it begins on
}

// Convert writes a calendar as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("calendar too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	if !utf8.Valid(data) {
		return corpus.Converted{}, errors.New("not UTF-8 text: iCalendar files are UTF-8")
	}
	props := unfold(string(bytes.TrimPrefix(data, []byte("\ufeff"))))
	var (
		title, about string
		events       []event
		stack        []string // the components open
		ev           *event
	)
	for _, p := range props {
		switch p.name {
		case "BEGIN":
			stack = append(stack, strings.ToUpper(p.value))
			if len(stack) == 2 && slices.Contains([]string{"VEVENT", "VTODO", "VJOURNAL"}, stack[1]) {
				if len(events) >= MaxEvents {
					return corpus.Converted{}, fmt.Errorf("calendar too large: more than %d events", MaxEvents)
				}
				events = append(events, event{line: p.line})
				ev = &events[len(events)-1]
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != strings.ToUpper(p.value) {
				return corpus.Converted{}, fmt.Errorf("line %d: END:%s closes no BEGIN:%s", p.line, p.value, p.value)
			}
			stack = stack[:len(stack)-1]
			if len(stack) < 2 {
				ev = nil
			}
			continue
		}
		switch {
		case len(stack) == 1 && p.name == "X-WR-CALNAME":
			title = unescape(p.value)
		case len(stack) == 1 && p.name == "X-WR-CALDESC":
			about = unescape(p.value)
		case ev == nil || len(stack) != 2: // a time zone's, an alarm's
		case p.name == "SUMMARY":
			ev.summary = unescape(p.value)
		case p.name == "DESCRIPTION" || p.name == "X-ALT-DESC" && ev.description == "":
			ev.description = unescape(p.value)
		case p.name == "LOCATION":
			ev.location = unescape(p.value)
		case p.name == "DTSTART":
			ev.start, ev.allDay = when(p)
		case p.name == "RRULE":
			ev.repeats = true
		}
	}
	if len(stack) > 0 {
		return corpus.Converted{}, fmt.Errorf("damaged calendar: BEGIN:%s is never closed (the file is cut short?)", stack[len(stack)-1])
	}
	if len(events) == 0 && about == "" {
		return corpus.Converted{}, errors.New("the calendar has no events")
	}
	slices.SortStableFunc(events, func(a, b event) int { return a.start.Compare(b.start) })
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), 1)
		l.Gap(1)
	}
	for _, s := range strings.Split(about, "\n") {
		l.Line(s, 1)
	}
	seen := map[string]bool{} // a repeating event's changed sittings, written once
	for _, e := range events {
		key := e.summary + "\x00" + e.description
		if seen[key] || e.summary == "" && e.description == "" {
			continue
		}
		seen[key] = true
		l.Gap(e.line)
		summary := cmp.Or(e.summary, "(no title)")
		l.Line("## "+corpus.EscapeMarkdown(summary), e.line)
		l.Gap(e.line)
		if w := e.when(); w != "" {
			l.Line(corpus.EscapeMarkdown(w), e.line)
			l.Gap(e.line)
		}
		for _, s := range strings.Split(notes(e.description), "\n") {
			l.Line(strings.TrimRight(s, " \t"), e.line)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "line")
	c.TitledByName = title == ""
	return c, nil
}

// unfold joins the lines of a calendar folded onto the next ones (a line
// that starts with a space or tab goes on the one before) and splits each
// into its name, parameters and value.
func unfold(text string) []property {
	var props []property
	for i, raw := range strings.Split(text, "\n") {
		raw = strings.TrimSuffix(raw, "\r")
		if (strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")) && len(props) > 0 {
			props[len(props)-1].value += raw[1:]
			continue
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		props = append(props, property{value: raw, line: i + 1})
	}
	for i := range props {
		p := &props[i]
		head, value := p.value, ""
		// The value starts after the first colon outside a quoted parameter.
		quoted := false
		for k, r := range p.value {
			if r == '"' {
				quoted = !quoted
			} else if r == ':' && !quoted {
				head, value = p.value[:k], p.value[k+1:]
				break
			}
		}
		name, params, _ := strings.Cut(head, ";")
		p.name, p.params, p.value = strings.ToUpper(strings.TrimSpace(name)), params, value
	}
	return props
}

// unescape reads a TEXT value: "\n" is a new line, "\," "\;" "\\" the
// characters.
func unescape(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+1 == len(v) {
			b.WriteByte(v[i])
			continue
		}
		i++
		switch v[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(v[i])
		}
	}
	return strings.ReplaceAll(b.String(), "\r\n", "\n")
}

// when reads a DTSTART: a date, or a date and time (in UTC, floating, or
// a zone's: the time as written).
func when(p property) (time.Time, bool) {
	v := strings.TrimSuffix(strings.TrimSpace(p.value), "Z")
	if t, err := time.Parse("20060102T150405", v); err == nil {
		return t, false
	}
	if t, err := time.Parse("20060102", v); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// when writes when and where an event is: "Mon 12 May 2025, 18:00 (repeats)
// · Library".
func (e event) when() string {
	var parts []string
	if !e.start.IsZero() {
		s := e.start.Format("Mon 2 Jan 2006")
		if !e.allDay {
			s += e.start.Format(", 15:04")
		}
		if e.repeats {
			s += " (repeats)"
		}
		parts = append(parts, s)
	}
	if e.location != "" {
		parts = append(parts, e.location)
	}
	return strings.Join(parts, " · ")
}

var (
	htmlTagRE   = regexp.MustCompile(`(?i)</?(?:b|i|u|strong|em|br|p|div|span|ul|ol|li|a|h[1-6])\b[^>]*>`)
	breakTagRE  = regexp.MustCompile(`(?i)<br\s*/?>|</(?:p|div|li|h[1-6])>`)
	itemTagRE   = regexp.MustCompile(`(?i)<li\b[^>]*>`)
	listTagRE   = regexp.MustCompile(`(?i)<[uo]l\b[^>]*>`)
	boldTagRE   = regexp.MustCompile(`(?i)</?(?:b|strong)\b[^>]*>`)
	anyTagRE    = regexp.MustCompile(`<[^<>]*>`)
	blankLineRE = regexp.MustCompile(`\n{3,}`)
)

// notes is a description as Markdown: as written, or, when Google
// Calendar kept it as HTML ("<b>Key points</b><br><ul><li>…"), its text,
// each item a list item, bold words kept bold.
func notes(d string) string {
	if !htmlTagRE.MatchString(d) {
		return d
	}
	d = strings.ReplaceAll(d, "\n", " ")
	d = breakTagRE.ReplaceAllString(d, "\n")
	d = listTagRE.ReplaceAllString(d, "\n\n")
	d = itemTagRE.ReplaceAllString(d, "- ")
	d = boldTagRE.ReplaceAllString(d, "**")
	d = html.UnescapeString(anyTagRE.ReplaceAllString(d, ""))
	var lines []string
	for _, s := range strings.Split(d, "\n") {
		lines = append(lines, strings.TrimSpace(s))
	}
	return blankLineRE.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
}
