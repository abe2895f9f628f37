package phrase

import "testing"

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 passages", 1: "1 passage", 2: "2 passages"} {
		if got := Count(n, "passage"); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}
