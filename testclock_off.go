//go:build !testclock

package main

import "github.com/conceptbot/conceptbot/daily"

// testClock is the system clock: a fast one exists only in test builds
// (see testclock.go).
func testClock(func(string) string) (daily.Clock, error) { return nil, nil }
