package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/index/wordnet"
)

var update = flag.Bool("update", false, "rewrite testdata/show.golden")

// noEnv is a getenv with nothing set.
func noEnv(string) string { return "" }

// generate runs the command on dir and opens the table it writes.
func generate(tb testing.TB, dir string, args ...string) (*wordnet.Table, []byte, string) {
	tb.Helper()
	out := filepath.Join(tb.TempDir(), "wordnet.tbl")
	var stdout bytes.Buffer
	if err := run(tb.Context(), append([]string{"-dict", dir, "-o", out}, args...), noEnv, &stdout); err != nil {
		tb.Fatalf("wordnetgen -dict %s: %v", dir, err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		tb.Fatal(err)
	}
	t, err := wordnet.Open(string(data))
	if err != nil {
		tb.Fatal(err)
	}
	if err := t.Check(); err != nil {
		tb.Fatal(err)
	}
	return t, data, stdout.String()
}

// The words testdata/dict was cut for (see testdata/README.md).
var showWords = []string{
	"israeli", "israel", "kashmiri", "punjabi", "seoul", "south korea", "washington", "india",
	"standardisation", "standardised", "competitive", "list", "listed", "reading", "nice",
	"colour", "went", "mice", "water", "economic", "memebrs",
}

// TestShow records what a table generated from testdata/dict answers: the
// rules' effect on real WordNet lines, reviewed as a diff when they change.
func TestShow(t *testing.T) {
	_, _, got := generate(t, "testdata/dict", "-show", strings.Join(showWords, ","))
	got = got[strings.IndexByte(got, '\n')+1:] // the first line names a temporary file
	golden := filepath.Join("testdata", "show.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("wordnetgen -show differs from %s (go test -update to accept):\n%s", golden, got)
	}
}

func TestRules(t *testing.T) {
	wn, _, _ := generate(t, "testdata/dict")
	tests := []struct {
		name    string
		word    string
		related string // kind word steps
		want    bool
	}{
		{"demonym from pertainym", "kashmiri", "demonym kashmir 1", true},
		{"demonym from member holonym", "israeli", "demonym israel 1", true},
		{"demonym from gloss", "punjabi", "demonym punjab 1", true},
		{"part of", "seoul", "part-of south korea 1", true},
		{"part of in two steps", "washington", "part-of united states 2", true},
		{"has part", "south korea", "has-part seoul 1", true},
		{"spelling", "colour", "spelling color 1", true},
		{"derivation shared by spellings", "standardisation", "derivation standardize 1", true},
		{"derivation in two steps", "standardisation", "derivation standard 2", true},
		{"main-sense synonym", "list", "synonym listing 1", true},
		{"rare-sense synonym", "list", "synonym tilt 1", false},
		{"town named like a word", "reading", "part-of england 1", false},
		{"city named like an adjective", "nice", "part-of france 1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range wn.Related(tt.word) {
				got = append(got, fmt.Sprintf("%s %s %d", r.Kind, r.Word, r.Steps))
			}
			if has := strings.Contains("\n"+strings.Join(got, "\n")+"\n", "\n"+tt.related+"\n"); has != tt.want {
				t.Errorf("Related(%q) = %q; has %q: %v, want %v", tt.word, got, tt.related, has, tt.want)
			}
		})
	}
}

// TestCommittedTableInSync regenerates the table from the installed WordNet
// and compares it with the committed one. It needs Debian's wordnet-base;
// without it the committed table is still checked by index/wordnet's tests.
func TestCommittedTableInSync(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if testing.Short() || raceEnabled {
		// The generator runs on one goroutine; under the race detector it
		// takes a minute and checks nothing more.
		t.Skip("regenerating the table takes seconds (a minute with -race): go test ./cmd/wordnetgen")
	}
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		t.Skipf("WordNet is not installed (apt-get install wordnet-base): %v", err)
	}
	_, got, _ := generate(t, dir)
	want, err := os.ReadFile(filepath.Join("..", "..", "index", "wordnet", "wordnet.tbl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("index/wordnet/wordnet.tbl is not what wordnetgen writes from %s (%d bytes, want %d): run go generate ./index/wordnet", dir, len(want), len(got))
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no database", []string{"-dict", "testdata/none"}, "apt-get install wordnet-base"},
		{"extra argument", []string{"-dict", "testdata/dict", "extra"}, "unexpected arguments"},
		{"bad flag", []string{"-nope"}, "flag provided but not defined"},
		{"unwritable output", []string{"-dict", "testdata/dict", "-o", "testdata/none/x.tbl"}, "write table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(t.Context(), tt.args, noEnv, &out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%q) = %v, want an error containing %q", tt.args, err, tt.want)
			}
		})
	}
}

func TestMalformedDict(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"data.noun", "data.verb", "data.adj", "data.adv", "index.noun", "index.verb",
		"index.adj", "index.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc", "cntlist.rev"} {
		b, err := os.ReadFile(filepath.Join("testdata", "dict", name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "index.noun" {
			b = append(b, "seoul n 1 2 @ #p 1 0 99999999  \n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	err := run(t.Context(), []string{"-dict", dir, "-o", filepath.Join(dir, "out.tbl")}, noEnv, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "index.noun:") || !strings.Contains(err.Error(), "no synset 99999999") {
		t.Errorf("run on a dictionary with a dangling sense = %v, want index.noun:LINE: … no synset 99999999", err)
	}
}
