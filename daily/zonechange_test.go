package daily

import (
	"testing"
	"time"
)

// TestZoneChangeAfterPost changes a schedule's zone and time right after a
// post and follows it for two days minute by minute: the next post is the
// first slot on a later local date of the new zone than the last post's,
// never a day skipped, never two on one local date of the new zone.
func TestZoneChangeAfterPost(t *testing.T) {
	tests := []struct {
		name         string
		zone, hhmm   string // the schedule before
		first        time.Time
		zone2, hhmm2 string // after the change, made a minute after the first post
		want         time.Time
	}{
		{
			// The report: the next post came 48 h later.
			"west across the date line", "UTC", "11:02", at(t, "UTC", 2026, 6, 10, 11, 2),
			"Etc/GMT+12", "23:03", at(t, "Etc/GMT+12", 2026, 6, 10, 23, 3), // 24 h after the first
		},
		{
			"west, next slot a few hours on", "Pacific/Kiritimati", "23:00", at(t, "Pacific/Kiritimati", 2026, 6, 10, 23, 0),
			// The post went out on 9 June in UTC-12; 10 June's slot is 3.5 h away.
			"Etc/GMT+12", "00:30", at(t, "Etc/GMT+12", 2026, 6, 10, 0, 30),
		},
		{
			"east, past midnight there", "Etc/GMT+12", "09:00", at(t, "Etc/GMT+12", 2026, 6, 10, 9, 0),
			// The post went out at 11:00 on 11 June in UTC+14: 11 June is done.
			"Pacific/Kiritimati", "12:00", at(t, "Pacific/Kiritimati", 2026, 6, 12, 12, 0),
		},
		{
			"west, a zone typed as an abbreviation", "IST", "06:00", at(t, "Asia/Kolkata", 2026, 6, 10, 6, 0),
			// 00:31 UTC is 17:31 on 9 June in Los Angeles: 9 June is done,
			// 10 June is not.
			"America/Los_Angeles", "18:00", at(t, "America/Los_Angeles", 2026, 6, 10, 18, 0),
		},
		{
			"same zone, later time the same day", "Europe/London", "09:00", at(t, "Europe/London", 2026, 6, 10, 9, 0),
			"Europe/London", "18:00", at(t, "Europe/London", 2026, 6, 11, 18, 0),
		},
		{
			"london to new york on the night london springs forward", "Europe/London", "09:00", at(t, "Europe/London", 2026, 3, 28, 9, 0),
			// New York is on EDT already; 09:01 GMT is 05:01 there, 28 March.
			"America/New_York", "06:00", at(t, "America/New_York", 2026, 3, 29, 6, 0),
		},
		{
			"new york to london across london's fall back", "America/New_York", "20:00", at(t, "America/New_York", 2026, 10, 24, 20, 0),
			// 20:01 EDT is 01:01 BST on 25 October in London, the night its
			// clocks go back: 25 October is done, and 26 October is GMT.
			"Europe/London", "08:00", at(t, "Europe/London", 2026, 10, 26, 8, 0),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.first.Add(-time.Hour), mustCorpus(t, 10, 0, 0))
			s := e.mustOpen(t)
			mustSet(t, s, "g", "c", tt.hhmm, tt.zone, "all")
			e.clock.Set(tt.first)
			fireDue(t, s)
			if n := len(e.sender.Posts()); n != 1 {
				t.Fatalf("%d posts at the first slot, want 1", n)
			}
			e.clock.Advance(time.Minute)
			st := mustSet(t, s, "g", "c", tt.hhmm2, tt.zone2, "all")
			if !st.Next[0].Equal(tt.want) {
				t.Errorf("after the change, Next[0] = %s, want %s", st.Next[0], tt.want.In(st.Next[0].Location()))
			}
			end := tt.first.Add(50 * time.Hour)
			for m := e.clock.Now(); !m.After(end); m = m.Add(time.Minute) {
				e.clock.Set(m)
				fireDue(t, s)
			}
			posts := e.sender.Posts()
			if len(posts) < 2 || !posts[1].At.Equal(tt.want) {
				t.Fatalf("posts at %v, want the second at %s", postTimes(posts), tt.want)
			}
			loc, err := time.LoadLocation(st.Zone)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, p := range posts[1:] {
				d := p.At.In(loc).Format(dateLayout)
				if seen[d] {
					t.Errorf("two posts on %s in %s: %v", d, st.Zone, postTimes(posts))
				}
				seen[d] = true
			}
			if first := tt.first.In(loc).Format(dateLayout); seen[first] {
				t.Errorf("a second post on %s, the first post's date in %s: %v", first, st.Zone, postTimes(posts))
			}
		})
	}
}

func postTimes(posts []send) []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.At.UTC().Format(time.RFC3339))
	}
	return out
}

func TestRezoneHandled(t *testing.T) {
	load := func(name string) *time.Location {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		return loc
	}
	utc, west, kolkata, london := time.UTC, load("Etc/GMT+12"), load("Asia/Kolkata"), load("Europe/London")
	tests := []struct {
		name     string
		r        record
		from, to *time.Location
		want     string
	}{
		{"nothing handled", record{Hour: 9}, utc, west, ""},
		{"the last post, west", record{Handled: "2026-06-10", Hour: 11, Minute: 2, LastPost: time.Date(2026, 6, 10, 11, 2, 0, 0, utc)}, utc, west, "2026-06-09"},
		{"the last post, east", record{Handled: "2026-06-10", Hour: 20, LastPost: time.Date(2026, 6, 10, 20, 0, 0, 0, utc)}, utc, kolkata, "2026-06-11"},
		{"a late post counts for the day it went out", record{Handled: "2026-06-11", Hour: 23, Minute: 30, LastPost: time.Date(2026, 6, 11, 0, 30, 0, 0, utc)}, utc, london, "2026-06-11"},
		// Given up on 11 June (the last post was the day before): its slot,
		// 23:00 UTC, is 12 June in Kolkata.
		{"a date given up on: its slot", record{Handled: "2026-06-11", Hour: 23, LastPost: time.Date(2026, 6, 10, 23, 0, 0, 0, utc)}, utc, kolkata, "2026-06-12"},
		{"same instant, London in summer", record{Handled: "2026-06-10", Hour: 23, Minute: 30, LastPost: time.Date(2026, 6, 10, 23, 30, 0, 0, utc)}, utc, london, "2026-06-11"},
	}
	for _, tt := range tests {
		if got := rezoneHandled(&tt.r, tt.from, tt.to); got != tt.want {
			t.Errorf("%s: rezoneHandled(%s → %s) = %q, want %q", tt.name, tt.from, tt.to, got, tt.want)
		}
	}
}
