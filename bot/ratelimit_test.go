package bot

import (
	"fmt"
	"testing"
	"time"
)

func TestLimiterBounded(t *testing.T) {
	c := &clock{t: time.Unix(0, 0)}
	l := newLimiter(5, 30*time.Second, c.now)
	l.maxUsers = 100
	for i := range 1000 {
		if ok, _ := l.allow(fmt.Sprint(i)); !ok {
			t.Fatalf("new user %d limited", i)
		}
		if n := l.size(); n > l.maxUsers {
			t.Fatalf("after %d users the limiter holds %d, want at most %d", i+1, n, l.maxUsers)
		}
	}
	c.advance(30 * time.Second)
	l.allow("late")
	if n := l.size(); n != 1 {
		t.Errorf("after a quiet window the limiter holds %d, want 1", n)
	}
}

func TestLimiterWarnsOnce(t *testing.T) {
	c := &clock{t: time.Unix(0, 0)}
	l := newLimiter(1, 10*time.Second, c.now)
	want := []struct{ ok, first bool }{{true, false}, {false, true}, {false, false}, {false, false}}
	for i, w := range want {
		if ok, first := l.allow("u"); ok != w.ok || first != w.first {
			t.Errorf("allow #%d = %v, %v; want %v, %v", i+1, ok, first, w.ok, w.first)
		}
	}
	c.advance(10 * time.Second)
	if ok, _ := l.allow("u"); !ok {
		t.Error("allow after the window = false")
	}
	if ok, first := l.allow("u"); ok || !first {
		t.Errorf("allow = %v, %v; want a fresh warning", ok, first)
	}
}
