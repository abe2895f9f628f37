//go:build testclock

package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/daily"
)

// This file is built only with -tags testclock, for the multi-process
// test: it lets the daily scheduler run on a fast clock, so that days of
// posts take seconds. CONCEPTBOT_TEST_CLOCK is START,REAL,RATE: at the
// real time REAL (Unix nanoseconds) the clock reads START (RFC 3339), and
// it runs RATE times faster. Every process given the same value tells the
// same time.

func testClock(getenv func(string) string) (daily.Clock, error) {
	v := getenv("CONCEPTBOT_TEST_CLOCK")
	if v == "" {
		return nil, nil
	}
	parts := strings.Split(v, ",")
	if len(parts) != 3 {
		return nil, fmt.Errorf("CONCEPTBOT_TEST_CLOCK=%q: want START,REAL,RATE", v)
	}
	start, err1 := time.Parse(time.RFC3339, parts[0])
	real, err2 := strconv.ParseInt(parts[1], 10, 64)
	rate, err3 := strconv.ParseFloat(parts[2], 64)
	if err1 != nil || err2 != nil || err3 != nil || rate <= 0 {
		return nil, fmt.Errorf("CONCEPTBOT_TEST_CLOCK=%q: want START,REAL,RATE", v)
	}
	return fastClock{start: start, real: time.Unix(0, real), rate: rate}, nil
}

type fastClock struct {
	start, real time.Time
	rate        float64
}

func (c fastClock) Now() time.Time {
	return c.start.Add(time.Duration(float64(time.Since(c.real)) * c.rate))
}

func (c fastClock) NewTimer(d time.Duration) daily.Timer {
	return fastTimer{time.NewTimer(time.Duration(float64(d) / c.rate))}
}

type fastTimer struct{ t *time.Timer }

func (t fastTimer) C() <-chan time.Time { return t.t.C }
func (t fastTimer) Stop() bool          { return t.t.Stop() }
