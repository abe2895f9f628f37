package daily

import (
	"strings"
	"testing"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		in   string
		h, m int
		ok   bool
	}{
		{"09:00", 9, 0, true},
		{"9:05", 9, 5, true},
		{" 23:59 ", 23, 59, true},
		{"00:00", 0, 0, true},
		{"9", 9, 0, true},
		{"21", 21, 0, true},
		{"0930", 9, 30, true},
		{"2130", 21, 30, true},
		{"21.30", 21, 30, true},
		{"21h30", 21, 30, true},
		{"9am", 9, 0, true},
		{"9 AM", 9, 0, true},
		{"9pm", 21, 0, true},
		{"9:30 pm", 21, 30, true},
		{"9:30PM", 21, 30, true},
		{"9.30 p.m.", 21, 30, true},
		{"9 a.m.", 9, 0, true},
		{"12am", 0, 0, true},
		{"12:15 am", 0, 15, true},
		{"12pm", 12, 0, true},
		{"12:45 pm", 12, 45, true},
		{"noon", 12, 0, true},
		{"Midnight", 0, 0, true},
		{"24:00", 0, 0, false},
		{"09:60", 0, 0, false},
		{"13pm", 0, 0, false},
		{"0am", 0, 0, false},
		{"123", 0, 0, false},
		{"+9:00", 0, 0, false},
		{"09:0", 0, 0, false},
		{"ab:cd", 0, 0, false},
		{"9:30 pm IST", 0, 0, false},
		{"9 o'clock", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		h, m, err := parseClock(tt.in)
		if (err == nil) != tt.ok || h != tt.h || m != tt.m {
			t.Errorf("parseClock(%q) = %d, %d, %v, want %d, %d, ok %v", tt.in, h, m, err, tt.h, tt.m, tt.ok)
		}
		if err != nil && (ErrorCode(err) != EInvalid || !strings.Contains(Message(err), "9am")) {
			t.Errorf("parseClock(%q) error %q is not a moderator's message with an example", tt.in, Message(err))
		}
	}
}
