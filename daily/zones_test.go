package daily

import (
	"slices"
	"testing"
	"time"
)

func TestZonesLoad(t *testing.T) {
	for _, z := range zones {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("LoadLocation(%q): %v", z, err)
		}
	}
}

func TestZones(t *testing.T) {
	tests := []struct {
		prefix    string
		wantFirst string
		wantIn    string
	}{
		{"america/new", "America/New_York", ""},
		{"Europe/Lon", "Europe/London", ""},
		{"lon", "", "Europe/London"},
		{"new york", "", "America/New_York"},
		{"kolk", "", "Asia/Kolkata"},
		{"lord", "", "Australia/Lord_Howe"},
		{"buenos", "", "America/Argentina/Buenos_Aires"},
		{"", "UTC", "Pacific/Auckland"},
	}
	for _, tt := range tests {
		got := Zones(tt.prefix)
		if tt.wantFirst != "" && (len(got) == 0 || got[0] != tt.wantFirst) {
			t.Errorf("Zones(%q) = %v, want %s first", tt.prefix, got, tt.wantFirst)
		}
		if tt.wantIn != "" && !slices.Contains(got, tt.wantIn) {
			t.Errorf("Zones(%q) = %v, want it to hold %s", tt.prefix, got, tt.wantIn)
		}
	}
	if got := Zones("zzz"); len(got) != 0 {
		t.Errorf("Zones(zzz) = %v, want none", got)
	}
}

func TestLoadZone(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Europe/London", "Europe/London", true},
		{"europe/london", "Europe/London", true},
		{"America/New York", "America/New_York", true},
		{"UTC", "UTC", true},
		{"America/Argentina/Cordoba", "America/Argentina/Cordoba", true}, // not listed, still valid
		{"", "", false},
		{"Local", "", false},
		{"../etc/passwd", "", false},
		{"Nowhere/City", "", false},
	}
	for _, tt := range tests {
		got, _, err := loadZone(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("loadZone(%q) = %q, %v, want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseFrom(t *testing.T) {
	tests := []struct {
		in   string
		want From
		ok   bool
	}{
		{"key points", FromKeyPoints, true},
		{"Key-Points", FromKeyPoints, true},
		{"recent developments", FromDevelopments, true},
		{"developments", FromDevelopments, true},
		{"FAQs", FromFAQ, true},
		{"all", FromAll, true},
		{"", FromAll, true},
		{"definitions", "", false},
	}
	for _, tt := range tests {
		got, err := ParseFrom(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseFrom(%q) = %q, %v, want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for _, f := range Froms() {
		if got, err := ParseFrom(string(f)); got != f || err != nil {
			t.Errorf("ParseFrom(%q) = %q, %v, want it back", f, got, err)
		}
	}
}
