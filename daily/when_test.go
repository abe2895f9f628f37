package daily

import (
	"testing"
	"time"
)

func TestWall(t *testing.T) {
	tests := []struct {
		name     string
		zone     string
		day      string
		hhmm     string
		want     string // RFC 3339 of the instant
		wantWall string // local HH:MM of the instant
	}{
		{"plain", "America/New_York", "2026-06-01", "09:00", "2026-06-01T09:00:00-04:00", "09:00"},
		{"ny spring forward gap", "America/New_York", "2026-03-08", "02:30", "2026-03-08T03:00:00-04:00", "03:00"},
		{"ny gap start", "America/New_York", "2026-03-08", "02:00", "2026-03-08T03:00:00-04:00", "03:00"},
		{"ny before gap", "America/New_York", "2026-03-08", "01:59", "2026-03-08T01:59:00-05:00", "01:59"},
		{"ny fall back first", "America/New_York", "2026-11-01", "01:30", "2026-11-01T01:30:00-04:00", "01:30"},
		{"ny after fall back", "America/New_York", "2026-11-01", "02:00", "2026-11-01T02:00:00-05:00", "02:00"},
		{"london spring forward gap", "Europe/London", "2026-03-29", "01:30", "2026-03-29T02:00:00+01:00", "02:00"},
		{"london fall back first", "Europe/London", "2026-10-25", "01:30", "2026-10-25T01:30:00+01:00", "01:30"},
		{"lord howe half-hour gap", "Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-04T02:30:00+11:00", "02:30"},
		{"lord howe half-hour fall back first", "Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-05T01:45:00+11:00", "01:45"},
		{"lord howe after fall back", "Australia/Lord_Howe", "2026-04-05", "02:00", "2026-04-05T02:00:00+10:30", "02:00"},
		{"kolkata no dst", "Asia/Kolkata", "2026-03-08", "09:00", "2026-03-08T09:00:00+05:30", "09:00"},
		{"midnight", "Europe/London", "2026-10-25", "00:00", "2026-10-25T00:00:00+01:00", "00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, err := time.LoadLocation(tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			h, m, err := parseClock(tt.hhmm)
			if err != nil {
				t.Fatal(err)
			}
			got := slot(tt.day, h, m, loc)
			want, _ := time.Parse(time.RFC3339, tt.want)
			if !got.Equal(want) {
				t.Errorf("slot(%s, %s, %s) = %s, want %s", tt.day, tt.hhmm, tt.zone, got.In(loc).Format(time.RFC3339), tt.want)
			}
			if w := got.In(loc).Format("15:04"); w != tt.wantWall {
				t.Errorf("slot(%s, %s, %s) shows %s, want %s", tt.day, tt.hhmm, tt.zone, w, tt.wantWall)
			}
		})
	}
}

func TestNextPost(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	set := time.Date(2026, 3, 1, 0, 0, 0, 0, ny)
	base := record{On: true, Hour: 9, Minute: 0, Zone: "America/New_York", Since: set}
	tests := []struct {
		name     string
		r        record
		now      time.Time
		want     time.Time
		wantDate string
		wantOK   bool
	}{
		{"before slot", base, time.Date(2026, 3, 5, 8, 0, 0, 0, ny), time.Date(2026, 3, 5, 9, 0, 0, 0, ny), "2026-03-05", true},
		{"at slot", base, time.Date(2026, 3, 5, 9, 0, 0, 0, ny), time.Date(2026, 3, 5, 9, 0, 0, 0, ny), "2026-03-05", true},
		{"late within grace", base, time.Date(2026, 3, 5, 14, 0, 0, 0, ny), time.Date(2026, 3, 5, 9, 0, 0, 0, ny), "2026-03-05", true},
		{"late past grace", base, time.Date(2026, 3, 5, 15, 1, 0, 0, ny), time.Date(2026, 3, 6, 9, 0, 0, 0, ny), "2026-03-06", true},
		{"handled today", with(base, func(r *record) { r.Handled = "2026-03-05" }), time.Date(2026, 3, 5, 9, 30, 0, 0, ny), time.Date(2026, 3, 6, 9, 0, 0, 0, ny), "2026-03-06", true},
		{"set after slot", with(base, func(r *record) { r.Since = time.Date(2026, 3, 5, 9, 1, 0, 0, ny) }), time.Date(2026, 3, 5, 9, 30, 0, 0, ny), time.Date(2026, 3, 6, 9, 0, 0, 0, ny), "2026-03-06", true},
		{"yesterday late evening", with(base, func(r *record) { r.Hour = 23; r.Minute = 30 }), time.Date(2026, 3, 6, 1, 0, 0, 0, ny), time.Date(2026, 3, 5, 23, 30, 0, 0, ny), "2026-03-05", true},
		{"across spring forward", with(base, func(r *record) { r.Handled = "2026-03-07" }), time.Date(2026, 3, 7, 10, 0, 0, 0, ny), time.Date(2026, 3, 8, 9, 0, 0, 0, ny), "2026-03-08", true},
		{"retry first", with(base, func(r *record) {
			r.Intent = &pending{Date: "2026-03-05", NextTry: time.Date(2026, 3, 5, 9, 5, 0, 0, ny)}
		}), time.Date(2026, 3, 5, 9, 1, 0, 0, ny), time.Date(2026, 3, 5, 9, 5, 0, 0, ny), "2026-03-05", true},
		{"off", with(base, func(r *record) { r.On = false }), time.Date(2026, 3, 5, 8, 0, 0, 0, ny), time.Time{}, "", false},
		{"paused", with(base, func(r *record) { r.Paused = "gone" }), time.Date(2026, 3, 5, 8, 0, 0, 0, ny), time.Time{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, date, ok := nextPost(&tt.r, ny, tt.now, 6*time.Hour)
			if !got.Equal(tt.want) || date != tt.wantDate || ok != tt.wantOK {
				t.Errorf("nextPost(%s) = %s, %s, %v, want %s, %s, %v", tt.now, got.In(ny), date, ok, tt.want, tt.wantDate, tt.wantOK)
			}
		})
	}
}

func with(r record, fn func(*record)) record {
	fn(&r)
	return r
}
