package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter gives each user a token bucket of burst questions that refills
// over window. A bucket left alone for a whole window is full again, the
// same as a new one, so idle buckets are dropped: the map holds only users
// who asked within the last window, and never more than maxUsers.
type limiter struct {
	every    rate.Limit
	burst    int
	window   time.Duration
	maxUsers int
	now      func() time.Time

	mu    sync.Mutex
	users map[string]*bucket
	swept time.Time
}

type bucket struct {
	lim    *rate.Limiter
	seen   time.Time // last question
	warned bool      // told the user to slow down since their last allowed question
}

const defaultMaxUsers = 10000

func newLimiter(n int, window time.Duration, now func() time.Time) *limiter {
	return &limiter{
		every:    rate.Every(window / time.Duration(n)),
		burst:    n,
		window:   window,
		maxUsers: defaultMaxUsers,
		now:      now,
		users:    map[string]*bucket{},
	}
}

// allow takes a token from user's bucket. When there is none, first is true
// the first time since the user's last allowed question, so that a channel
// reply (which cannot be ephemeral) is sent only once.
func (l *limiter) allow(user string) (ok, first bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.swept) >= l.window || len(l.users) >= l.maxUsers {
		l.sweep(now)
	}
	b := l.users[user]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(l.every, l.burst)}
		l.users[user] = b
	}
	b.seen = now
	if b.lim.AllowN(now, 1) {
		b.warned = false
		return true, false
	}
	first = !b.warned
	b.warned = true
	return false, first
}

// allowQuiet takes a token from user's bucket, reporting only whether there
// was one.
func (l *limiter) allowQuiet(user string) bool {
	ok, _ := l.allow(user)
	return ok
}

// sweep drops idle buckets. If every bucket is busy and the map is still
// full, it drops arbitrary ones: those users get a fresh bucket, which errs
// on the side of answering.
func (l *limiter) sweep(now time.Time) {
	l.swept = now
	sweepIdle(l.users, l.maxUsers, func(b *bucket) bool { return now.Sub(b.seen) >= l.window })
}

// sweepIdle drops the entries of m that idle reports, then, while m holds
// three quarters of most or more, arbitrary ones.
func sweepIdle[K comparable, V any](m map[K]V, most int, idle func(V) bool) {
	for k, v := range m {
		if idle(v) {
			delete(m, k)
		}
	}
	for k := range m {
		if len(m) < most*3/4 {
			break
		}
		delete(m, k)
	}
}

// size is the number of buckets held.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.users)
}
