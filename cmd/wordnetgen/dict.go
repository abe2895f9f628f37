package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/index/wordnet"
)

// The WordNet 3.0 database files this command reads (wndb(5WN),
// senseidx(5WN), morphy(7WN)); the Debian package wordnet-base installs them
// in /usr/share/wordnet.
var posFiles = []struct {
	name string
	pos  wordnet.POS
}{{"noun", wordnet.Noun}, {"verb", wordnet.Verb}, {"adj", wordnet.Adj}, {"adv", wordnet.Adv}}

// lexLocation is the lexicographer file noun.location (lexnames(5WN)): places.
const lexLocation = 15

// lexObject is noun.object: natural objects, among them continents, rivers
// and mountains.
const lexObject = 17

// lexPerson is noun.person: people, including a place's inhabitants.
const lexPerson = 18

// key names a synset: its part of speech and its byte offset in data.pos.
type key struct {
	pos wordnet.POS
	off int
}

type synset struct {
	key
	lexFile int
	words   []string // lower case, phrases with spaces, adjective markers dropped
	ptrs    []pointer
	gloss   string
}

// pointer is a relation from a synset, or from one of its words (src > 0)
// to one word of the target (dst > 0).
type pointer struct {
	symbol   string
	to       key
	src, dst int // 1-based word numbers; 0 for the whole synset
}

// sense is one sense of a lemma: its synset, its rank among the lemma's senses
// in that part of speech (1 is the most frequent) and its tag count in the
// semantic concordances (cntlist.rev; 0 when untagged).
type sense struct {
	syn   key
	rank  int
	count int
}

type dict struct {
	synsets map[key]*synset
	order   []key // synsets in the order read
	// senses of each lemma, most tagged first; ties in WordNet's order,
	// noun, verb, adjective, adverb.
	senses     map[string][]sense
	lemmas     []string // in the order read
	exceptions []exception
}

// exception is an entry of an exception list (pos.exc): an irregular form
// and its base.
type exception struct {
	form, base string
	pos        wordnet.POS
}

func readDict(dir string) (*dict, error) {
	d := &dict{synsets: map[key]*synset{}, senses: map[string][]sense{}}
	for _, f := range posFiles {
		if err := eachLine(filepath.Join(dir, "data."+f.name), func(line string) error {
			s, err := parseData(line, f.pos)
			if err != nil {
				return err
			}
			d.synsets[s.key] = s
			d.order = append(d.order, s.key)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	counts := map[string]int{} // "lemma pos rank" → tag count
	if err := eachLine(filepath.Join(dir, "cntlist.rev"), func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want sense_key sense_number tag_cnt, got %d fields", len(f))
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("sense key %q has no %%", f[0])
		}
		pos, err := ssType(rest[0])
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("tag count %q: %w", f[2], err)
		}
		counts[fmt.Sprint(lemma, " ", pos, " ", f[1])] += n
		return nil
	}); err != nil {
		return nil, err
	}
	for _, f := range posFiles {
		if err := eachLine(filepath.Join(dir, "index."+f.name), func(line string) error {
			lemma, offs, err := parseIndex(line)
			if err != nil {
				return err
			}
			word := phrase(lemma)
			if _, seen := d.senses[word]; !seen {
				d.lemmas = append(d.lemmas, word)
			}
			for i, off := range offs {
				k := key{f.pos, off}
				if d.synsets[k] == nil {
					return fmt.Errorf("%s sense %d: no synset %08d in data.%s", lemma, i+1, off, f.name)
				}
				d.senses[word] = append(d.senses[word], sense{syn: k, rank: i + 1,
					count: counts[fmt.Sprint(lemma, " ", f.pos, " ", i+1)]})
			}
			return nil
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, f.name+".exc"), func(line string) error {
			fs := strings.Fields(line)
			if len(fs) < 2 {
				return fmt.Errorf("want an inflected form and its bases, got %q", line)
			}
			for _, base := range fs[1:] {
				d.exceptions = append(d.exceptions, exception{form: phrase(fs[0]), base: phrase(base), pos: f.pos})
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	// Most frequent senses first, across parts of speech.
	for _, ss := range d.senses {
		slices.SortStableFunc(ss, func(a, b sense) int { return b.count - a.count })
	}
	return d, nil
}

// eachLine calls fn with every line of the file that is not part of the
// licence header (lines starting with two spaces), reporting file:line.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	for n := 1; ; n++ {
		line, err := r.ReadString('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if line = strings.TrimRight(line, "\r\n"); line != "" && !strings.HasPrefix(line, "  ") {
			if ferr := fn(line); ferr != nil {
				return fmt.Errorf("%s:%d: %w", path, n, ferr)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// parseData parses a line of data.pos:
//
//	offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss
//
// where w_cnt and the pointers' source/target are hexadecimal.
func parseData(line string, pos wordnet.POS) (*synset, error) {
	body, gloss, _ := strings.Cut(line, " | ")
	f := strings.Fields(body)
	if len(f) < 6 {
		return nil, fmt.Errorf("synset line has %d fields", len(f))
	}
	off, err := strconv.Atoi(f[0])
	if err != nil {
		return nil, fmt.Errorf("offset %q: %w", f[0], err)
	}
	lexFile, err := strconv.Atoi(f[1])
	if err != nil {
		return nil, fmt.Errorf("lex_filenum %q: %w", f[1], err)
	}
	s := &synset{key: key{pos, off}, lexFile: lexFile, gloss: strings.TrimSpace(gloss)}
	nw, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil {
		return nil, fmt.Errorf("w_cnt %q: %w", f[3], err)
	}
	i := 4
	for range nw {
		if i+1 >= len(f) {
			return nil, fmt.Errorf("synset %08d: fewer than %d words", off, nw)
		}
		s.words = append(s.words, phrase(stripMarker(f[i])))
		i += 2
	}
	if i >= len(f) {
		return nil, fmt.Errorf("synset %08d: no pointer count", off)
	}
	np, err := strconv.Atoi(f[i])
	if err != nil {
		return nil, fmt.Errorf("synset %08d: p_cnt %q: %w", off, f[i], err)
	}
	i++
	for range np {
		if i+3 >= len(f) {
			return nil, fmt.Errorf("synset %08d: fewer than %d pointers", off, np)
		}
		toOff, err := strconv.Atoi(f[i+1])
		if err != nil {
			return nil, fmt.Errorf("synset %08d: pointer offset %q: %w", off, f[i+1], err)
		}
		toPOS, err := ssType(f[i+2][0])
		if err != nil {
			return nil, fmt.Errorf("synset %08d: %w", off, err)
		}
		st, err := strconv.ParseUint(f[i+3], 16, 16)
		if err != nil {
			return nil, fmt.Errorf("synset %08d: pointer source/target %q: %w", off, f[i+3], err)
		}
		s.ptrs = append(s.ptrs, pointer{symbol: f[i], to: key{toPOS, toOff}, src: int(st >> 8), dst: int(st & 0xff)})
		i += 4
	}
	return s, nil
}

// parseIndex parses a line of index.pos:
//
//	lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
func parseIndex(line string) (string, []int, error) {
	f := strings.Fields(line)
	if len(f) < 4 {
		return "", nil, fmt.Errorf("index line has %d fields", len(f))
	}
	nsyn, err := strconv.Atoi(f[2])
	if err != nil {
		return "", nil, fmt.Errorf("synset_cnt %q: %w", f[2], err)
	}
	if len(f) < nsyn {
		return "", nil, fmt.Errorf("%s: fewer than %d synsets", f[0], nsyn)
	}
	var offs []int
	for _, o := range f[len(f)-nsyn:] {
		off, err := strconv.Atoi(o)
		if err != nil {
			return "", nil, fmt.Errorf("%s: synset offset %q: %w", f[0], o, err)
		}
		offs = append(offs, off)
	}
	return f[0], offs, nil
}

// ssType maps a synset type (n v a s r, or the digits 1-5 of sense keys) to a
// part of speech; adjective satellites are adjectives.
func ssType(c byte) (wordnet.POS, error) {
	switch c {
	case 'n', '1':
		return wordnet.Noun, nil
	case 'v', '2':
		return wordnet.Verb, nil
	case 'a', 's', '3', '5':
		return wordnet.Adj, nil
	case 'r', '4':
		return wordnet.Adv, nil
	}
	return 0, fmt.Errorf("synset type %q", c)
}

// stripMarker drops an adjective's syntactic marker: "galore(ip)" → "galore".
func stripMarker(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		return w[:i]
	}
	return w
}

// phrase turns a WordNet lemma into the package's form: lower case, spaces
// for underscores.
func phrase(lemma string) string {
	return strings.ToLower(strings.ReplaceAll(lemma, "_", " "))
}
