package daily

import (
	"fmt"
	"time"
)

// dateLayout formats a local date. Dates in this layout compare correctly as
// strings.
const dateLayout = "2006-01-02"

// clock formats a time of day as HH:MM.
func clock(h, m int) string { return fmt.Sprintf("%02d:%02d", h, m) }

// wall returns the instant at which clocks in loc show h:m on the given
// calendar day (read from day's year, month and day). When that local time
// does not exist because clocks jump forward over it, wall returns the end of
// the gap, the first minute that exists after it. When it happens twice
// because clocks fall back, wall returns the first occurrence.
func wall(day time.Time, h, m int, loc *time.Location) time.Time {
	want := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, time.UTC)
	t := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
	got := civil(t)
	switch {
	case got.After(want): // in a gap; t is past it, so its zone began at the gap's end
		start, _ := t.ZoneBounds()
		return start
	case got.Before(want): // in a gap; t is before it, so its zone ends at the gap's end
		_, end := t.ZoneBounds()
		return end
	}
	// The time exists. If the zone before t's had a larger offset, clocks
	// fell back, and the same wall time may have happened earlier.
	start, _ := t.ZoneBounds()
	if start.IsZero() {
		return t
	}
	_, before := start.Add(-time.Second).Zone()
	_, off := t.Zone()
	if before > off {
		if alt := t.Add(-time.Duration(before-off) * time.Second); alt.Before(start) && civil(alt).Equal(want) {
			return alt
		}
	}
	return t
}

// civil returns t's wall clock reading as a UTC time, for comparing readings.
func civil(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

// slot returns when the post for a local date (dateLayout) is due.
func slot(date string, h, m int, loc *time.Location) time.Time {
	d, err := time.Parse(dateLayout, date)
	if err != nil {
		panic(fmt.Sprintf("daily: bad internal date %q", date)) // dates are only ever made by addDays and Format
	}
	return wall(d, h, m, loc)
}

// addDays moves a local date (dateLayout) by n calendar days.
func addDays(date string, n int) string {
	d, err := time.Parse(dateLayout, date)
	if err != nil {
		panic(fmt.Sprintf("daily: bad internal date %q", date))
	}
	return d.AddDate(0, 0, n).Format(dateLayout)
}

// rezoneHandled returns r's last handled date, a date in the zone from, as
// a date in the zone to: the date there of the instant the last post went
// out, or, for a date whose post was given up on, of the instant it was due.
// Handled is kept in the schedule's current zone; Set calls this when the
// zone changes. After a post at 11:02 UTC, the handled date in UTC-12 is the
// day before, so a 23:03 slot there a minute later is the same local date
// and the next post comes a day on, not two.
func rezoneHandled(r *record, from, to *time.Location) string {
	if r.Handled == "" {
		return ""
	}
	at := slot(r.Handled, r.Hour, r.Minute, from)
	if !r.LastPost.IsZero() && r.LastPost.In(from).Format(dateLayout) == r.Handled {
		at = r.LastPost
	}
	return at.In(to).Format(dateLayout)
}

// nextPost returns when r's next post is due and the local date it is for.
// A time not after now means it is due already. ok is false when r is off or
// paused.
//
// A retry of a recorded intent comes first. Otherwise the most recent slot
// is still due if its date is not handled yet, the schedule existed at that
// time (it is not before r.Since) and it is at most grace late; this is the
// catch-up after downtime. Failing that, the next slot after now on a date
// not handled yet.
func nextPost(r *record, loc *time.Location, now time.Time, grace time.Duration) (at time.Time, date string, ok bool) {
	if !r.On || r.Paused != "" {
		return time.Time{}, "", false
	}
	if r.Intent != nil {
		return r.Intent.NextTry, r.Intent.Date, true
	}
	today := now.In(loc).Format(dateLayout)
	for _, d := range []string{today, addDays(today, -1)} {
		t := slot(d, r.Hour, r.Minute, loc)
		if t.After(now) {
			continue
		}
		if d > r.Handled && !t.Before(r.Since) && now.Sub(t) <= grace {
			return t, d, true
		}
		break
	}
	for i := 0; i < 3; i++ {
		d := addDays(today, i)
		if t := slot(d, r.Hour, r.Minute, loc); t.After(now) && d > r.Handled {
			return t, d, true
		}
	}
	return time.Time{}, "", false // only if r.Handled is in the future
}

// upcoming returns the next n post times of r in its zone, the first not
// earlier than now.
func upcoming(r *record, loc *time.Location, now time.Time, grace time.Duration, n int) []time.Time {
	at, date, ok := nextPost(r, loc, now, grace)
	if !ok {
		return nil
	}
	if at.Before(now) {
		at = now
	}
	out := []time.Time{at.In(loc)}
	for i := 1; i < n; i++ {
		out = append(out, slot(addDays(date, i), r.Hour, r.Minute, loc).In(loc))
	}
	return out
}
