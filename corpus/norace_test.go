//go:build !race

package corpus

// raceEnabled: the tests run under the race detector, whose slowdown is
// not the same at every size.
const raceEnabled = false
