// Package corpustest reads documents as the format packages' tests check
// them, and makes archives of them. Only tests import it.
package corpustest

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// File is the sample at path, for a package's tests to keep beside them
// (testdata/…) and other packages' tests to read too; a missing sample
// panics, as it is read before any test runs.
func File(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// folder writes files (name: contents) to a new folder and returns it.
func folder(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// SkippedInFolder checks that of files (name: contents) in a folder, the
// file skip is skipped for reason and the others read, and that named on
// its own skip is a problem for that reason.
func SkippedInFolder(tb testing.TB, files map[string]string, skip, reason string) {
	tb.Helper()
	dir := folder(tb, files)
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil {
		tb.Fatal(err)
	}
	if len(rep.Docs) != len(files)-1 || len(rep.Problems) > 0 || len(rep.Skipped) != 1 ||
		filepath.Base(rep.Skipped[0].Path) != skip || rep.Skipped[0].Reason != reason || !rep.Skipped[0].Expected {
		tb.Errorf("in a folder: documents %d, problems %v, skipped %+v; want %s skipped, %q", len(rep.Docs), rep.Problems, rep.Skipped, skip, reason)
	}
	rep, err = corpus.ReadPaths(context.Background(), []string{filepath.Join(dir, skip)}, 0)
	if err != nil {
		tb.Fatal(err)
	}
	if len(rep.Docs) != 0 || len(rep.Problems) != 1 || rep.Problems[0].Msg != reason {
		tb.Errorf("named alone: documents %d, problems %v; want %s a problem, %q", len(rep.Docs), rep.Problems, skip, reason)
	}
}

// Passages parses data, a document named name, and returns its passages,
// each "citation: text"; a document that does not parse fails the test.
func Passages(tb testing.TB, name string, data []byte) []string {
	tb.Helper()
	_, out := read(tb, name, data, false)
	return out
}

// Have fails the test for each of wants that no passage of got holds.
func Have(tb testing.TB, got []string, wants ...string) {
	tb.Helper()
	for _, w := range wants {
		if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, w) }) {
			tb.Errorf("no passage has %q:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// Placed is Passages with each passage's place in the file after it,
// "citation: text (slide 3)", and the document.
func Placed(tb testing.TB, name string, data []byte) (*corpus.Document, []string) {
	tb.Helper()
	return read(tb, name, data, true)
}

func read(tb testing.TB, name string, data []byte, placed bool) (*corpus.Document, []string) {
	tb.Helper()
	d, err := corpus.Parse(name, data)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]string, 0, len(d.Passages))
	for _, p := range d.Passages {
		s := p.Citation() + ": " + p.Text
		if placed {
			unit := d.Unit
			if unit == "" {
				unit = "line"
			}
			s += " (" + unit + " " + strconv.Itoa(p.Line) + ")"
		}
		out = append(out, s)
	}
	return d, out
}

// Lined fails the test when c, a converted document, has not one place
// for each line of its text, as a Converter must give.
func Lined(tb testing.TB, c corpus.Converted) {
	tb.Helper()
	if lines := bytes.Count(c.Text, []byte("\n")); len(c.Origin) != lines {
		tb.Errorf("%d places for %d lines", len(c.Origin), lines)
	}
}

// Sound fails the test when two of d's passages share an ID or one has an
// empty citation, as a fuzzed document's must not.
func Sound(tb testing.TB, d *corpus.Document) {
	tb.Helper()
	ids := map[string]bool{}
	for _, p := range d.Passages {
		if ids[p.ID] || strings.TrimSpace(p.Citation()) == "" {
			tb.Fatalf("passage %q: duplicate ID or empty citation", p.ID)
		}
		ids[p.ID] = true
	}
}

// Zip returns a ZIP archive of files, given as name, contents, name,
// contents…, in that order.
func Zip(tb testing.TB, files ...string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err == nil {
			_, err = w.Write([]byte(files[i+1]))
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// Benchmark parses data, a document named name, as b asks, and reports
// its bytes and passages a second.
func Benchmark(b *testing.B, name string, data []byte) {
	b.Helper()
	b.SetBytes(int64(len(data)))
	passages := 0
	for b.Loop() {
		d, err := corpus.Parse(name, data)
		if err != nil {
			b.Fatal(err)
		}
		passages = len(d.Passages)
	}
	b.ReportMetric(float64(passages)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
}
