// Command wordnetgen writes the table of package index/wordnet from the
// WordNet 3.0 database files (Debian: apt-get install wordnet-base, which
// puts them in /usr/share/wordnet). From the repository root:
//
//	go generate ./index/wordnet
//
// which runs `go run ../../cmd/wordnetgen -o wordnet.tbl` there. Flags:
//
//	-dict DIR    the database files (default $WNSEARCHDIR, else /usr/share/wordnet)
//	-o FILE      where to write the table (default wordnet.tbl)
//	-show WORDS  also print what the new table answers for these comma-separated words
//
// The same files give the same bytes; the table is checked (Table.Check)
// before it replaces the old one. The command builds on index/wordnet, which
// embeds the committed table: should that file be missing, create it empty
// first. It reads data.*, index.* and *.exc (wndb(5WN),
// morphy(7WN)) and the sense tag counts in cntlist.rev (cntlist(5WN)).
//
// # Which relations are kept
//
// A lemma's main senses are those tagged in the semantic concordances at
// least a quarter as often as its most tagged sense in any part of speech,
// or, for a lemma never tagged, its first sense in each part of speech.
// Places are named places: instances (@i) in noun.location or noun.object
// (Seoul, Kashmir, Asia, the Ganges), not "city center" or "bus stop". Per
// lemma:
//
//   - Spelling: another word of any of its synsets that is the same word
//     spelled the British or the American way, or with a hyphen or space
//     dropped: "standardise"/"standardize", "colour"/"color", "e-mail"/"email".
//   - Synonym: another word of a synset that is a main sense of both words.
//     WordNet's rare senses ("list": a tilt; "name" for "list") make none, nor
//     do synsets of more than 10 words (slang clusters such as "lot, deal,
//     flock, heap, …"); at most 12 a word, the most frequent senses' first.
//   - Derivation: WordNet's derivationally related forms (+) of any of its
//     senses, shared between spelling variants (WordNet links
//     "standardization" to "standardize" but not "standardisation"). In two
//     steps (Steps 2): the forms of those forms, for single words, when both
//     links come from a main or first sense ("standardisation" →
//     "standardize" → "standard", not "standard" → "stand" → "stance").
//   - Pertainym: an adjective or adverb and what it pertains to (\), both
//     ways, from a main or first sense ("economic" ↔ "economy").
//   - Demonym: a place and an adjective that pertains to it ("kashmiri"), a
//     person noun that is a member (#m) of it ("israeli"), or a person noun
//     glossed "a native/inhabitant/member/citizen/resident … of PLACE", the
//     capitalised name after "of" being the whole name of a place
//     ("punjabi": "a member of the majority people of Punjab in northwestern
//     India"). Both ways; from a main or first sense of the demonym, to the
//     place's names.
//   - PartOf, HasPart: part holonyms (#p) between places and their reverse;
//     PartOf also in two steps (Washington → District of Columbia → United
//     States). For a lemma tagged at all, only its main senses relate as a
//     place, which keeps "reading" from England (Reading, the town) and
//     "nice" from France.
//
// A relation's parts of speech are those of the senses it comes from, so an
// inflected form brings only its own: "listed" (a verb) gets "lister" but
// not the noun's synonym "listing".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/conceptbot/conceptbot/index/wordnet"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordnetgen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	fs := flag.NewFlagSet("wordnetgen", flag.ContinueOnError)
	dir := getenv("WNSEARCHDIR")
	if dir == "" {
		dir = "/usr/share/wordnet"
	}
	fs.StringVar(&dir, "dict", dir, "WordNet database directory")
	out := fs.String("o", "wordnet.tbl", "output table")
	show := fs.String("show", "", "comma-separated words to print the new table's answers for")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	d, err := readDict(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w (install the WordNet 3.0 database: apt-get install wordnet-base, or set -dict)", err)
		}
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var b wordnet.Builder
	if err := build(d, &b); err != nil {
		return err
	}
	data, err := b.Bytes()
	if err != nil {
		return err
	}
	t, err := wordnet.Open(string(data))
	if err == nil {
		err = t.Check()
	}
	if err != nil {
		return fmt.Errorf("the table just built: %w", err)
	}
	if err := writeFile(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d words, %d bytes\n", *out, t.Len(), len(data))
	if *show != "" {
		for _, w := range strings.Split(*show, ",") {
			w = strings.TrimSpace(w)
			fmt.Fprintf(stdout, "%s: word %v, lemmas %v\n", w, t.IsWord(w), t.Lemmas(w))
			for _, r := range t.Related(w) {
				fmt.Fprintf(stdout, "  %v\n", r)
			}
		}
	}
	return nil
}

// writeFile replaces path with data through a temporary file, so an
// interrupted run leaves the old table.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}
