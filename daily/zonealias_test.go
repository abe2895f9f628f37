package daily

import (
	"strings"
	"testing"
	"time"
)

func TestLoadZoneAliases(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"IST", "Asia/Kolkata"}, // not Europe/Istanbul, Israel or Ireland
		{"ist", "Asia/Kolkata"},
		{"I.S.T.", "Asia/Kolkata"},
		{"India", "Asia/Kolkata"},
		{"New Delhi", "Asia/Kolkata"},
		{"Kolkata", "Asia/Kolkata"},
		{"EST", "America/New_York"}, // New York time, with its DST; not the fixed zone EST
		{"EDT", "America/New_York"},
		{"PST", "America/Los_Angeles"},
		{"GMT", "Europe/London"},
		{"BST", "Europe/London"},
		{"London", "Europe/London"},
		{"london", "Europe/London"},
		{"CET", "Europe/Paris"},
		{"JST", "Asia/Tokyo"},
		{"AEST", "Australia/Sydney"},
		{"SGT", "Asia/Singapore"},
		{"new york", "America/New_York"},
		{"Buenos Aires", "America/Argentina/Buenos_Aires"},
		{"UTC", "UTC"},
		{"UTC+5", "Etc/GMT-5"},
		{"GMT-3", "Etc/GMT+3"},
		{"utc + 05:00", "Etc/GMT-5"},
		{"UTC+0", "UTC"},
		{"Asia/Kolkata", "Asia/Kolkata"},
		{"Pacific/Auckland", "Pacific/Auckland"},
	}
	for _, tt := range tests {
		got, loc, err := loadZone(tt.in)
		if err != nil || got != tt.want || loc == nil || loc.String() != tt.want {
			t.Errorf("loadZone(%q) = %q, %v, %v, want %q", tt.in, got, loc, err, tt.want)
		}
	}
	// The offsets are the right way round: UTC+5 is five hours ahead.
	_, loc, _ := loadZone("UTC+5")
	if _, off := time.Date(2026, 1, 1, 0, 0, 0, 0, loc).Zone(); off != 5*3600 {
		t.Errorf("UTC+5 has offset %d s, want %d", off, 5*3600)
	}
	for in, want := range map[string]string{
		"UTC+5:30": "Asia/Kolkata",
		"UTC+15":   "UTC-12 to UTC+14",
		"XYZ":      "isn't a time zone",
	} {
		if _, _, err := loadZone(in); ErrorCode(err) != EInvalid || !strings.Contains(Message(err), want) {
			t.Errorf("loadZone(%q) = %v, want an invalid-input error mentioning %q", in, err, want)
		}
	}
}

func TestZonesOffersAliases(t *testing.T) {
	for typed, want := range map[string]string{"ist": "Asia/Kolkata", "India": "Asia/Kolkata", "EST": "America/New_York", "london": "Europe/London"} {
		if got := Zones(typed); len(got) == 0 || got[0] != want {
			t.Errorf("Zones(%q) = %v, want %s first", typed, got, want)
		}
	}
	got := Zones("london")
	for i, z := range got {
		for _, y := range got[i+1:] {
			if z == y {
				t.Errorf("Zones(london) lists %s twice: %v", z, got)
			}
		}
	}
}

func TestZoneAliasesLoad(t *testing.T) {
	for alias, z := range zoneAliases {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("alias %q: LoadLocation(%q): %v", alias, z, err)
		}
		if normZone(alias) != alias {
			t.Errorf("alias %q is not in normZone's form", alias)
		}
	}
}
