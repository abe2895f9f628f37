//go:build unix

package corpus

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestLoadSpecialFiles puts a named pipe and a link to /dev/zero among the
// notes, and names them directly: neither is read (reading would hang or
// never end), and the rest of the notes load.
func TestLoadSpecialFiles(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{"good.txt": "Good Notes\n\nOverview\n\nThese load.\n"})
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skip("cannot link to /dev/zero:", err)
	}
	c, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir, fifo, zero}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 {
		t.Errorf("loaded %d documents, want the good one", len(c.Docs))
	}
	wantSkipped := []Skipped{{fifo, "not a regular file (a named pipe)", false}, {zero, "not a regular file (a character device)", false}}
	if !slices.Equal(rep.Skipped, wantSkipped) {
		t.Errorf("skipped = %+v, want %+v", rep.Skipped, wantSkipped)
	}
	wantProblems := []string{fifo + ": not a regular file (a named pipe)", zero + ": not a regular file (a character device)"}
	if got := errorStrings(rep.Problems); !slices.Equal(got, wantProblems) {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
	}
}
