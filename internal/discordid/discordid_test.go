package discordid

import "testing"

func TestValid(t *testing.T) {
	for s, want := range map[string]bool{
		"123456789012345678":    true,
		"1":                     true,
		"":                      false,
		"12345678901234567890":  true,
		"123456789012345678901": false,
		"12a4":                  false,
		"-1":                    false,
		"１２３":                   false, // full-width digits
	} {
		if got := Valid(s); got != want {
			t.Errorf("Valid(%q) = %v, want %v", s, got, want)
		}
	}
}
