// Package index finds the passages of a corpus that answer a question. It
// indexes passages with bleve (scorch, in memory or on disk) and ranks them
// with the structure of concept documents in mind; see Search.
package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index/wordnet"
)

// Options configure an index. The zero value builds it in memory.
type Options struct {
	// Path is the directory of an on-disk index; empty (the default) keeps
	// the index in memory.
	Path string
	// BatchSize is how many passages go into one bleve batch; default 1000.
	BatchSize int
	// Logger tells of an on-disk index found damaged and rebuilt while
	// serving (see Live); default discards.
	Logger *slog.Logger
}

func (o Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Logger
}

// Index answers questions from a corpus.
type Index struct {
	bleve        bleve.Index
	corpus       *corpus.Corpus
	analyzer     analysis.Analyzer
	lex          lexicon
	lexStem      lexicon // lex's one-word keys by their analysed term
	vocab        *vocabulary
	order        map[string]int             // passage ID → position in the corpus
	length       []float64                  // words in each passage's text, by position
	types        []atomic.Uint32            // what each passage holds (see hasType), by position; read when first asked
	numbers      []atomic.Pointer[[]uint32] // where each passage's text has numbers (see counts), by position; read when first asked
	glossed      []atomic.Pointer[[]uint32] // where each passage's text glosses a word (see glosses), by position; read when first asked
	proper       map[string]bool            // terms written as names: India, AI, Quad
	acronyms     map[string]bool            // the acronyms the notes write, lower case: "imd" of IMD
	properForms  map[string]bool            // the words written so, lower case and singular: "president", not "presided" of its term
	nameTerms    map[string]bool            // of those, the ones that name one thing alone: India, AI, Quad, not Court
	topical      map[string]bool            // lower-case words of the titles and headings: what the notes are about
	remarked     map[string]bool            // those only in the headings' remarks in brackets (see topicalWords)
	requestTerms map[string]bool            // the terms of filler.txt's requests and manners ("help" of "help" and "helpful")
	examTerms    map[string]bool            // the terms of filler.txt's exams ("prelim" of "prelims")
	hyphenated   map[string]string          // words the notes write hyphenated, joined ("pmjay") to as written, words apart ("pm jay")
	avgLen       float64
	headings     []heading
	keyed        []int                  // the headings named otherwise without their remarks (heading.key)
	parted       []parted               // the sections made of subsections, named by their head noun
	families     []family               // the sections headed by one noun and a number, named by their place
	writtenParts map[string][]heldPart  // "part 1" → the sections below the top level headed "Part 1: …"
	headingTerms map[string][]string    // a heading at any level → the terms that name it (see headingTermsOf)
	headingsSaid []string               // every heading at any level as its words, remarks too, " what the plan proposed quick recap "
	nameWords    []nameWord             // the words that name sections, for their typos (see nameTypos)
	nameStarts   map[string]bool        // the first words of sections' names of two words or more ("key" of "key points")
	listAliases  []listAlias            // what names the sections that can be listed, the longest first
	ofKind       map[corpus.Kind]string // the first heading of each kind
	definitions  []string               // IDs of the definitions, for "what is …"
	asksWhat     map[int][]string       // of a FAQ asking what something is ("What is a CME?"), by position: its question's terms
	practice     map[int]bool           // the passages set for practice (see setForPractice), by position
	tasks        []string               // the passages that hold a checklist's tasks (☐, ☑), at most sectionBudget
	leads        map[int][]string       // of a definition, by position: the terms of its first words (see saysWhatItIs)
	docStart     map[string]int         // document ID → position of its first passage
	docSize      map[string]int         // document ID → how many passages it has
	timed        []int                  // positions of the passages a lecture's cues mark (corpus.Mark), in order
	kinds        map[corpus.Kind]bool   // the kinds of the notes' passages
	mem          *memPostings           // for a small corpus; nil otherwise
	model        *Model                 // ranking and answer weights: fitted, unless a test sets others
	dir          string                 // the on-disk index directory; "" in memory

	titleTerms    map[string][]string   // document ID → the distinct terms of its title
	fileTerms     map[string][]string   // document ID → the terms of its file's name ("inter-state-council.txt") and subtitle ("Polity class notes")
	titleNames    map[string][][]string // document ID → the terms of its shorter names: before a subtitle ("Chandrayaan-3" of "Chandrayaan-3 - India's Moon Landing"), without a remark in brackets ("PM-KISAN" of "PM-KISAN (Pradhan Mantri Kisan Samman Nidhi)")
	titleInitials map[string][]string   // document ID → the terms of its initials ("cetp"; "rti", "ri" of "Right to Information Act")
	titleDocs     map[string][]string   // title term (or initials) → IDs of the documents it is in
	titleListed   map[string][]string   // document ID → the terms of its title that only name one of a list of subjects ("sslv" of "Launch Vehicles: PSLV, GSLV, SSLV & NGLV")

	analyzed    sync.Map // string → []string, see analyze
	nAnalyzed   atomic.Int64
	relatedBy   sync.Map // word → []alt, see relatedAlts
	nRelated    atomic.Int64
	latestYears sync.Map // document ID → int, see docLatestYear

	closeOnce sync.Once
	closeErr  error
}

// Build indexes every passage of c in memory; opts.Path is ignored. Load
// keeps an index on disk and reuses it while the corpus is unchanged.
func Build(ctx context.Context, c *corpus.Corpus, opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	size := opts.BatchSize
	if size <= 0 {
		size = 1000
	}
	batch := bi.NewBatch()
	for _, p := range c.Passages() {
		if err := batch.Index(p.ID, document(p)); err != nil {
			bi.Close()
			return nil, fmt.Errorf("index %s: %w", p.ID, err)
		}
		if batch.Size() >= size {
			if err := ctx.Err(); err != nil {
				bi.Close()
				return nil, err
			}
			if err := bi.Batch(batch); err != nil {
				bi.Close()
				return nil, fmt.Errorf("index batch: %w", err)
			}
			batch.Reset()
		}
	}
	if batch.Size() > 0 {
		if err := bi.Batch(batch); err != nil {
			bi.Close()
			return nil, fmt.Errorf("index batch: %w", err)
		}
	}
	return open(bi, c)
}

// Open opens, read-only, an index built at path by Load for corpus c (the
// same corpus it was built from), once its files match the checksums taken
// when it was built.
func Open(path string, c *corpus.Corpus) (*Index, error) {
	if dir, ok := liveDir(path); ok {
		path = dir
	}
	return openDir(path, c)
}

func open(bi bleve.Index, c *corpus.Corpus) (*Index, error) {
	a := bi.Mapping().AnalyzerNamed(analyzerText)
	if a == nil {
		bi.Close()
		return nil, errors.New("index mapping has no analyzer " + analyzerText)
	}
	ix := &Index{bleve: bi, corpus: c, analyzer: a, model: &fitted, lex: parseLexicon(synonymsText + "\n" + hinglishText), order: map[string]int{}, docStart: map[string]int{}, docSize: map[string]int{}, kinds: map[corpus.Kind]bool{}}
	// Mining the notes' acronyms reads all their text, as names does
	// below: side by side, reopening large notes takes half as long.
	var mining sync.WaitGroup
	mining.Go(func() {
		mineAcronyms(ix.lex, c)
		ix.acronyms = mineInitials(ix.lex, c)
		mineGlosses(ix.lex, c)
	})
	var total float64
	practiceHeads := map[string]bool{} // see setForPractice
	for i, p := range c.Passages() {
		ix.order[p.ID] = i
		if _, ok := ix.docStart[p.DocID]; !ok {
			ix.docStart[p.DocID] = i
		}
		ix.docSize[p.DocID]++
		ix.kinds[p.Kind] = true
		if p.Kind == corpus.KindDefinition {
			ix.definitions = append(ix.definitions, p.ID)
			if ix.leads == nil {
				ix.leads = map[int][]string{}
			}
			ix.leads[i] = ix.leadTerms(p.Text)
		}
		if p.Question != "" && definesRE.MatchString(strings.ToLower(strings.TrimSpace(p.Question))) {
			if ix.asksWhat == nil {
				ix.asksWhat = map[int][]string{}
			}
			ix.asksWhat[i] = distinct(ix.analyze(p.Question))
		}
		if len(p.Marks) > 0 {
			ix.timed = append(ix.timed, i)
		}
		if setForPractice(&p, practiceHeads) {
			if ix.practice == nil {
				ix.practice = map[int]bool{}
			}
			ix.practice[i] = true
		}
		if len(ix.tasks) < sectionBudget && strings.ContainsAny(p.Text, tasksOf(false)) {
			ix.tasks = append(ix.tasks, p.ID)
		}
		n := float64(len(strings.Fields(p.Text)))
		ix.length = append(ix.length, n)
		total += n
	}
	if len(ix.length) > 0 {
		ix.avgLen = total / float64(len(ix.length))
	}
	ix.types = make([]atomic.Uint32, len(ix.length))
	ix.numbers = make([]atomic.Pointer[[]uint32], len(ix.length))
	ix.glossed = make([]atomic.Pointer[[]uint32], len(ix.length))
	v, err := readVocabulary(bi, len(ix.length))
	if err != nil {
		mining.Wait()
		bi.Close()
		return nil, err
	}
	ix.vocab = v
	ix.headings = headingsOf(c)
	ix.ofKind = map[corpus.Kind]string{}
	for i, h := range ix.headings {
		ix.headings[i].terms = distinct(ix.analyze(h.name))
		ix.headings[i].bare = coreName(h.name)
		ix.headings[i].core = distinct(ix.analyze(ix.headings[i].bare))
		if len(h.key) >= 3 {
			ix.keyed = append(ix.keyed, i)
		}
		if _, ok := ix.ofKind[h.kind]; !ok {
			ix.ofKind[h.kind] = h.name
		}
	}
	ix.parted = partedSections(c)
	ix.families = familiesOf(c)
	ix.writtenParts = writtenPartsOf(c)
	ix.nameWords, ix.nameStarts = sectionNameWords(ix.headings), sectionNameStarts(ix.headings)
	ix.listAliases = listAliasesOf(ix.headings)
	ix.headingTerms = ix.headingTermsOf(c)
	for h := range ix.headingTerms {
		ix.headingsSaid = append(ix.headingsSaid, " "+strings.Join(words(strings.ToLower(h)), " ")+" ")
	}
	ix.topical, ix.remarked = topicalWords(c)
	ix.requestTerms, ix.examTerms = ix.wordTerms(requestWords), ix.wordTerms(examWords)
	ix.hyphenated = hyphenatedWords(c)
	ix.proper, ix.nameTerms, ix.properForms = ix.names(c)
	ix.titleTerms, ix.titleNames, ix.titleInitials, ix.titleDocs = map[string][]string{}, map[string][][]string{}, map[string][]string{}, map[string][]string{}
	ix.titleListed, ix.fileTerms = map[string][]string{}, map[string][]string{}
	for _, d := range c.Docs {
		name := filepath.Base(d.File)
		ix.fileTerms[d.ID] = distinct(ix.analyze(strings.TrimSuffix(name, filepath.Ext(name)) + " " + d.Subtitle))
		title := ix.spelledTitle(d) // "BHAKTI IN north INDIA" of "BHAKTI IN N. INDIA"
		terms := distinct(ix.analyze(title))
		ix.titleTerms[d.ID] = terms
		if listed := ix.listedTerms(d.Title); len(listed) > 0 {
			ix.titleListed[d.ID] = listed
		}
		for _, name := range shortNames(title) {
			if t := distinct(ix.analyze(name)); len(t) > 0 && len(t) < len(terms) {
				ix.titleNames[d.ID] = append(ix.titleNames[d.ID], t)
			}
		}
		for _, a := range titleInitials(d.Title) {
			// Initials that stem to an English word ("ade" of "Arctic
			// Drilling Explained" and "added" both stem to "ad") do not
			// name the document.
			if t := ix.analyze(a); len(t) == 1 && !english.IsWord(t[0]) && !slices.Contains(ix.titleInitials[d.ID], t[0]) {
				ix.titleInitials[d.ID] = append(ix.titleInitials[d.ID], t[0])
				terms = append(terms, t[0])
			}
		}
		for _, t := range terms {
			ix.titleDocs[t] = append(ix.titleDocs[t], d.ID)
		}
	}
	mining.Wait()
	notesHinglish(ix.lex, ix.vocab.words, func(w string) bool {
		return slices.ContainsFunc(ix.analyze(w), func(t string) bool { return ix.proper[t] || len(ix.titleDocs[t]) > 0 })
	})
	ix.lexStem = lexicon{}
	for _, k := range slices.Sorted(maps.Keys(ix.lex)) { // in order: alternatives' order is ranking's tie-break
		// Short keys are abbreviations, which do not inflect: "used" (stem
		// "us") is not the US.
		if t := ix.analyze(k); len(t) == 1 && !strings.Contains(k, " ") && len(k) > 3 {
			ix.lexStem.add(t[0], ix.lex[k]...)
		}
	}
	if len(ix.length) <= maxMemPostings {
		ix.mem = ix.memPostings()
	}
	return ix, nil
}

// names finds the terms the notes write as names: capitalised more often
// than not, and at least once where a sentence does not start. Of those,
// the second map holds the ones that name one thing alone: written in
// capitals ("NASA"), in no dictionary ("Lokpal"), or a place ("Japan"); a
// word of longer names ("Court", "Authority") says something alone too.
func (ix *Index) names(c *corpus.Corpus) (proper, alone, forms map[string]bool) {
	upper, lower := map[string]int{}, map[string]int{}
	capitals := map[string]bool{}
	keys := map[string]string{} // a word as written → its key: words recur
	for _, p := range c.Passages() {
		start := true
		for _, w := range strings.Fields(p.Text) {
			core := strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) })
			if core != "" {
				key, ok := keys[core]
				if !ok {
					key = singular(strings.ToLower(core)) // "Standard" and "standards" are one word
					keys[core] = key
					if isAcronym(core) {
						capitals[key] = true
					}
				}
				r, _ := utf8.DecodeRuneInString(core)
				switch {
				case unicode.IsUpper(r) && !start:
					upper[key]++
				case unicode.IsLower(r):
					lower[key]++
				}
			}
			start = w == "-" || strings.HasSuffix(w, ".") && !isInitials(w) || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, ":")
		}
	}
	title := map[string]bool{}
	for _, d := range c.Docs {
		for _, t := range ix.analyze(d.Title) {
			title[t] = true
		}
	}
	proper, alone, forms = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for w, n := range upper {
		if n >= 2 && n > lower[w] { // a name recurs: one title-case list item is not a name
			forms[w] = true
			if strings.Contains(w, "-") {
				for part := range strings.SplitSeq(w, "-") {
					forms[part] = true // "governor" of "Governor-General"
				}
			}
			one := capitals[w] || jargon(w) || isPlace(w)
			for _, t := range ix.analyze(w) {
				proper[t] = !title[t]
				alone[t] = alone[t] || proper[t] && one // words of one stem: any of them
			}
		}
	}
	return proper, alone, forms
}

// isInitials reports whether w is a name's initials ("S.R.", "A.Z."), or a
// title before a name ("Dr."): the word after it is not a sentence's first.
// It is asked of every word of the notes that ends with a full stop, so it
// allocates nothing.
func isInitials(w string) bool {
	for _, t := range nameTitles {
		if strings.EqualFold(w, t) {
			return true
		}
	}
	// Capital letters, each followed by a full stop.
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) || i+size >= len(w) || w[i+size] != '.' {
			return false
		}
		i += size + 1
	}
	return true
}

// nameTitles are the titles written before names.
var nameTitles = []string{"dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "smt.", "sh.", "lt.", "gen.", "col.", "capt."}

// isPlace reports whether English knows w as a place: it lies in another
// or has people named after it.
func isPlace(w string) bool { return relatedAs(w, wordnet.PartOf, wordnet.Demonym) }

// inLargerPlace reports whether English knows w as a part of a larger
// place: "USA" of North America, not "Maratha", a people of India.
func inLargerPlace(w string) bool { return relatedAs(w, wordnet.PartOf) }

// relatedAs reports whether WordNet relates w to a word by one of kinds.
func relatedAs(w string, kinds ...wordnet.Kind) bool {
	return slices.ContainsFunc(english.Related(w), func(r wordnet.Relation) bool { return slices.Contains(kinds, r.Kind) })
}

// wordTerms returns the terms the index makes of words, each one term.
func (ix *Index) wordTerms(words map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range words {
		if t := ix.analyze(w); len(t) == 1 {
			out[t[0]] = true
		}
	}
	return out
}

// topicalWords are the words of the notes' titles and section headings,
// lower case: an everyday or filler word among them is what some notes are
// about ("water" in "Indus Waters Treaty", "points" in "Lagrange Points");
// a Hinglish function word is not ("kya hai" in "Jal Jeevan Mission kya
// hai"). Remarked are those of them that stand only in the headings'
// remarks in brackets, which say how the notes came about, not what they
// are about ("(self-made)").
func topicalWords(c *corpus.Corpus) (topical, remarked map[string]bool) {
	topical, named := map[string]bool{}, map[string]bool{} // named: the words outside brackets
	seen := map[string]bool{}
	add := func(s string) {
		if seen[s] {
			return
		}
		seen[s] = true
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) }) {
			if !functionWords[w] {
				topical[w], topical[singular(w)] = true, true
			}
		}
		if strings.ContainsAny(s, "([") {
			s = bracketsRE.ReplaceAllString(s, " ")
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) }) {
			named[w], named[singular(w)] = true, true
		}
	}
	for _, d := range c.Docs {
		add(d.Title)
	}
	for _, s := range c.Sections() {
		add(s.Heading)
	}
	for _, p := range c.Passages() {
		for _, part := range p.Section[min(1, len(p.Section)):] {
			add(part)
		}
	}
	remarked = map[string]bool{}
	for w := range topical {
		if !named[w] {
			remarked[w] = true
		}
	}
	return topical, remarked
}

// hyphenatedWords finds the words the notes write with a hyphen
// ("PM-JAY", "e-KYC", "Chandrayaan-3"), which questions type joined
// ("pmjay", "ekyc", "chandrayaan3"): each joined, lower case, to its parts
// apart; also those some notes write joined ("co-operative" of notes that
// others write "cooperative").
func hyphenatedWords(c *corpus.Corpus) map[string]string {
	out := map[string]string{}
	add := func(s string) {
		for _, m := range hyphenatedRE.FindAllStringSubmatch(s, -1) {
			joined := strings.ToLower(m[1] + m[2])
			if len(out) < maxHyphenated {
				out[joined] = strings.ToLower(m[1] + " " + m[2])
			}
		}
	}
	for _, d := range c.Docs {
		add(d.Title)
	}
	for _, p := range c.Passages() {
		if strings.IndexByte(p.Text, '-') < 0 {
			continue
		}
		// Word by word: a match cannot span a space, and the expression
		// scans a word with a hyphen much faster than a whole passage.
		for w := range strings.FieldsSeq(p.Text) {
			if strings.IndexByte(w, '-') >= 0 {
				add(w)
			}
		}
	}
	return out
}

var hyphenatedRE = regexp.MustCompile(`\b(\pL+)-([\pL\pN]+)\b`)

// maxHyphenated bounds the hyphenated words kept, whatever the notes.
const maxHyphenated = 100_000

// Close releases the index. Closing it again does nothing.
func (ix *Index) Close() error {
	ix.closeOnce.Do(func() { ix.closeErr = ix.bleve.Close() })
	return ix.closeErr
}

// Corpus returns the corpus the index was built from.
func (ix *Index) Corpus() *corpus.Corpus { return ix.corpus }

// vocabulary is what the index knows of its words: every surface word (to
// correct typos against) and every analysed term with the number of
// passages that have it (for weights).
type vocabulary struct {
	words   map[string]bool
	byFirst map[rune][]string
	df      map[string]int
	dfIn    map[string]map[string]int // by field: passages whose field has the term
	n       int
}

func readVocabulary(bi bleve.Index, n int) (*vocabulary, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	v := &vocabulary{words: map[string]bool{}, byFirst: map[rune][]string{}, df: map[string]int{}, dfIn: map[string]map[string]int{}, n: n}
	err = eachTerm(r, fieldWords, func(t string, _ int) {
		v.words[t] = true
		if r := []rune(t); len(r) >= 3 {
			v.byFirst[r[0]] = append(v.byFirst[r[0]], t)
		}
	})
	if err != nil {
		return nil, err
	}
	for _, f := range []string{fieldText, fieldHeading, fieldQuestion, fieldTitle} {
		in := map[string]int{}
		v.dfIn[f] = in
		err := eachTerm(r, f, func(t string, count int) {
			in[t] = count
			if count > v.df[t] {
				v.df[t] = count
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return v, nil
}

func eachTerm(r bleveindex.IndexReader, field string, fn func(term string, count int)) error {
	d, err := r.FieldDict(field)
	if err != nil {
		return fmt.Errorf("read terms of %s: %w", field, err)
	}
	defer d.Close()
	for {
		e, err := d.Next()
		if err != nil {
			return fmt.Errorf("read terms of %s: %w", field, err)
		}
		if e == nil {
			return nil
		}
		fn(e.Term, int(e.Count))
	}
}

// idf is the weight of a term: BM25's inverse document frequency, scaled so
// that a term in one passage weighs 1 and a term in every passage nearly 0.
func (v *vocabulary) idf(term string) float64 {
	df := float64(max(v.df[term], 1))
	n := float64(max(v.n, 1))
	return math.Log(1+(n-df+0.5)/(df+0.5)) / math.Log(1+(n-0.5)/1.5)
}

// analyze returns the indexed terms of s in order. Callers must not modify
// the slice: it may be shared.
//
// Questions analyse the same words again and again (and a question's words
// one by one), so the terms of up to maxAnalyzed strings are kept. The
// vocabulary of the notes is finite, but questions are user input: once the
// cache is full, other strings are analysed each time.
func (ix *Index) analyze(s string) []string {
	if v, ok := ix.analyzed.Load(s); ok {
		return v.([]string)
	}
	ts := ix.analyzer.Analyze([]byte(s))
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	if len(s) <= maxAnalyzedLen && ix.nAnalyzed.Load() < maxAnalyzed {
		if _, loaded := ix.analyzed.LoadOrStore(s, out); !loaded {
			ix.nAnalyzed.Add(1)
		}
	}
	return out
}

// maxAnalyzed is how many strings' terms analyze keeps, and maxAnalyzedLen
// the longest string it keeps them for (in bytes): a few MB at most.
const (
	maxAnalyzed    = 1 << 14
	maxAnalyzedLen = 64
)

// heading is a section heading that passages share, with the words a
// question may call it by ("key point", "point", "kp" for "Key Points").
type heading struct {
	name    string
	aliases []string        // strong aliases name it alone; weak ones only before a number
	terms   []string        // its name's terms
	bare    string          // its name without remarks (see coreName)
	core    []string        // bare's terms
	strong  int             // aliases[:strong] are strong
	own     int             // aliases[:own] are its own names; the other strong ones, its kind's
	key     string          // as a list names it, if not as written: "payloads" for "Payloads (7 in total)"
	words   map[string]bool // the words that name it (see nameWords); not to be modified
	kind    corpus.Kind
	most    int  // the highest number of its passages: 0 when they are not numbered
	years   bool // its passages have years
	rows    bool // a passage of it is a table's row
}

// parted is a top-level section made of subsections, one heading of one
// document: "Deep Ocean Mission - six pillars" over a "###" a pillar.
type parted struct {
	name string
	noun string   // its head noun, singular: "pillar"
	subs []string // its subsections' names, in order
}

// partedSections returns the sections of c made of subsections (with
// one passage of their own at most, an introduction) whose heading no
// other document has, nor its head noun another section: "second pillar"
// of notes with two sections of pillars names neither.
func partedSections(c *corpus.Corpus) []parted {
	var out []parted
	at := map[string]int{} // top-level heading → its index in out; -1 for none
	nouns := map[string]int{}
	shared := map[string]bool{} // headings two documents have
	for _, d := range c.Docs {
		for _, h := range d.Outline {
			name := h.Path[0]
			if len(h.Path) == 2 {
				if i, ok := at[name]; ok && i >= 0 {
					out[i].subs = append(out[i].subs, h.Path[1])
				}
				continue
			}
			ws := words(strings.ToLower(name))
			if len(h.Path) != 1 || len(ws) == 0 {
				continue
			}
			noun := singular(headNoun(ws))
			nouns[noun]++
			if _, ok := at[name]; ok {
				shared[name], at[name] = true, -1
				continue
			}
			at[name] = -1
			if h.Passages <= 1 {
				at[name] = len(out)
				out = append(out, parted{name: name, noun: noun})
			}
		}
	}
	return slices.DeleteFunc(out, func(p parted) bool { return len(p.subs) == 0 || shared[p.name] || nouns[p.noun] > 1 })
}

// examTip names the exam tips of a document's FAQs as a part of the notes.
const examTip = "Exam Tip"

func headingsOf(c *corpus.Corpus) []heading {
	var out []heading
	seen := map[string]int{}
	// headed returns the index in out of the heading name, of passages of
	// kind, added when new.
	headed := func(name string, kind corpus.Kind) int {
		i, ok := seen[name]
		if !ok {
			i = len(out)
			seen[name] = i
			strong, own, weak := aliasesOf(name, kind)
			out = append(out, heading{name: name, kind: kind, aliases: append(strong, weak...), strong: len(strong), own: own})
			if key := corpus.HeadingKey(name); key != strings.ToLower(name) {
				out[i].key = key
			}
		}
		return i
	}
	for _, p := range c.Passages() {
		name := p.Heading()
		if p.Kind == corpus.KindExamTip {
			name = examTip // the tips of every FAQ, asked for together
		}
		i := headed(name, p.Kind)
		if p.Ordinal > 0 && len(p.Section) > 1 {
			out[i].most = max(out[i].most, p.Ordinal)
		}
		if p.Year > 0 {
			out[i].years = true
		}
		if p.Row {
			out[i].rows = true
		}
		if !numberedKinds[p.Kind] || len(p.Section) < 2 {
			continue
		}
		// A numbered part of its kind inside another section ("Key Points"
		// under "Introduction"): "key point 4" names it as it would at the
		// top.
		sub := p.Section[len(p.Section)-1]
		if p.Ordinal > 0 && len(p.Section) > 2 {
			sub = p.Section[len(p.Section)-2]
		}
		if corpus.HeadingKind(sub) == p.Kind {
			j := headed(sub, p.Kind)
			out[j].most = max(out[j].most, p.Ordinal)
		}
	}
	for i := range out {
		out[i].words = nameWords(out[i].name, out[i].aliases)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].name) > len(out[j].name) })
	return out
}

// numberedKinds are the kinds of part a question asks for by number.
var numberedKinds = map[corpus.Kind]bool{corpus.KindKeyPoint: true, corpus.KindDevelopment: true, corpus.KindFAQ: true}

// nameWords are the words that name a heading: its name's and its
// aliases', and the aliases' plurals, split as a question's words are
// ("pm-aasha" is "pm" and "aasha").
func nameWords(name string, aliases []string) map[string]bool {
	set := map[string]bool{}
	for _, a := range aliases {
		for _, w := range words(a) {
			set[w] = true
			set[w+"s"] = true
		}
	}
	for _, w := range words(strings.ToLower(name)) {
		set[w] = true
	}
	return set
}

// aliasesOf derives what students call a heading. Strong aliases are its
// own names, name, singular and initials ("frequently asked questions",
// "frequently asked question", "faq"), own of them, then the other names
// of its kind; the weak one, its head noun's singular ("question"), names
// it only before a number ("question 2").
func aliasesOf(name string, kind corpus.Kind) (strong []string, own int, weak []string) {
	lower := strings.Trim(strings.ToLower(name), "= ") // "== IN NEWS ==" is named "in news"
	words := strings.Fields(lower)
	unbracketed := strings.Fields(bracketsRE.ReplaceAllString(lower, " ")) // its words but its remarks in brackets
	strong = []string{lower}
	bare := strings.TrimRight(lower, "?!:. ")
	if bare != lower && bare != "" {
		strong = append(strong, bare) // "why in news" of "Why in news?"
	}
	if m := whatAreRE.FindStringSubmatch(bare); m != nil {
		strong = append(strong, m[1]) // "criticisms" of "What are the criticisms?"
		if s := singular(m[1]); s != m[1] {
			strong = append(strong, s)
		}
	}
	if rest, ok := strings.CutPrefix(lower, "upsc "); ok && strings.Contains(rest, " ") {
		// "UPSC Previous Year Questions" is named "previous year questions", "pyqs".
		strong = append(strong, rest)
		if a := initials(rest); len(a) >= 2 {
			strong = append(strong, a)
		}
	}
	if s := singular(lower); s != lower {
		strong = append(strong, s)
	}
	if named := strings.Join(unbracketed, " "); kind != corpus.KindSection && named != lower && len(unbracketed) > 1 {
		// "quick questions" and "quick question" of "QUICK QUESTIONS (FAQ)";
		// other sections are named so by their key (see heading.key)
		strong = append(strong, named)
		if s := singular(named); s != named {
			strong = append(strong, s)
		}
	}
	if strings.Contains(lower, "/") {
		// "threats / issues" is named by either.
		for _, part := range strings.Split(lower, "/") {
			if part = strings.TrimSpace(part); len(part) >= 3 && strings.IndexFunc(part, isMark) < 0 {
				strong = append(strong, part)
				if s := singular(part); s != part {
					strong = append(strong, s)
				}
			}
		}
	}
	if len(words) > 1 {
		if a := initials(name); len(a) >= 2 {
			strong = append(strong, a)
		}
		if noun := strings.TrimRight(headNoun(unbracketed), "?!:."); noun != "" {
			weak = append(weak, singular(noun)) // "faq" of "FAQs (from class + PYQ type)", "criticism" of "What are the criticisms?"
		}
	}
	if spelled := spelledQuestions(words); spelled != lower {
		// "mains question" of "mains qs (my own framing)"
		s, o, w := aliasesOf(spelled, kind)
		strong, weak = append(strong, s[:o]...), append(weak, w...)
	}
	own = len(strong)
	if len(unbracketed) < len(words) && slices.Contains(corpus.HeadingNames(kind), strings.Join(unbracketed, " ")) {
		// "faqs" and "faq" of "Frequently Asked Questions (FAQs)": a kind's
		// name and its initials in brackets, as notes write them ("Green
		// India Mission (GIM)" names a subject, not a section). Names of
		// the kind, not its own: notes headed "Frequently Asked Questions"
		// alone own them.
		a := initials(bracketsRE.ReplaceAllString(name, " "))
		for _, b := range bracketsRE.FindAllString(lower, -1) {
			if b = strings.Trim(b, "()[] "); a != "" && (b == a || singular(b) == a) {
				strong = append(strong, b, a)
			}
		}
	}
	if askedByKind[kind] {
		// The other names of its kind: "important points" or "key facts"
		// ask for the key points of notes headed "Key Points".
		for _, n := range corpus.HeadingNames(kind) {
			if n != lower && strings.IndexFunc(n, lostMark) < 0 && (strings.Contains(n, " ") || !english.IsWord(n)) {
				strong = append(strong, n)
			}
		}
	}
	return strong, own, weak
}

// whatAreRE matches a heading that asks what the things it lists are, and
// what they are: "what are the criticisms".
var whatAreRE = regexp.MustCompile(`^what are (?:the |its |some )?([a-z][a-z -]*[a-z])$`)

// spelledQuestions returns the words of a heading joined, an abbreviation
// of "questions" among them spelled out ("mains questions" of "mains qs").
func spelledQuestions(words []string) string {
	out := slices.Clone(words)
	for i, w := range out {
		// "q./ans." of "REVISION Q./Ans.": the question of a pair
		first, _, _ := strings.Cut(w, "/")
		if questionAbbrevs[w] || questionAbbrevs[strings.TrimRight(first, ".")] {
			out[i] = "questions"
		}
	}
	return strings.Join(out, " ")
}

// headNoun is the word a heading's name is about: the last before its
// first preposition ("features" of "Features of the 73rd Amendment",
// "initiatives" of "Major Initiatives during the Year") or before the
// participle there ("doubts" of "Doubts asked in class", not "asked"),
// else its last.
func headNoun(words []string) string {
	if i := slices.IndexFunc(words, func(w string) bool { return headEnders[w] }); i > 0 {
		switch {
		case !strings.HasSuffix(words[i-1], "ed"):
			return words[i-1]
		case i > 1:
			return words[i-2]
		}
	}
	return words[len(words)-1]
}

// headEnders are the prepositions after which a heading's name says no
// more of what it is about, only which.
var headEnders = map[string]bool{"of": true, "during": true, "in": true, "for": true, "under": true, "since": true, "across": true,
	"after": true, "before": true, "till": true, "until": true, "from": true, "by": true, "at": true, "on": true, "with": true, "to": true}

// askedByKind are the kinds of section a question may name by any of the
// names notes give them. Not definitions: "what is" and "kya hai" ask for
// one already, and "in brief" asks for a summary.
var askedByKind = map[corpus.Kind]bool{corpus.KindBackground: true, corpus.KindKeyPoint: true, corpus.KindDevelopment: true,
	corpus.KindFAQ: true, corpus.KindExamTip: true, corpus.KindRelevance: true, corpus.KindMindMap: true}

// isMark reports whether r is punctuation in a heading's name ("q&a", "why
// in news?"), which a question's words have lost.
func isMark(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' }

// lostMark reports whether r is punctuation a question's words lose: all
// but the "&" inside a word ("q&a", as "r&d").
func lostMark(r rune) bool { return isMark(r) && r != '&' }

func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ss"):
		return s
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}

// subtitleRE finds where a title's subtitle starts: "Name: subtitle",
// "Name - subtitle", "Name -- subtitle" (a dash typed as two hyphens).
var subtitleRE = regexp.MustCompile(`:\s|\s(?:--?|[–—|])\s`)

// titleHead is the name a title gives before its subtitle, or "".
func titleHead(title string) string {
	if loc := subtitleRE.FindStringIndex(title); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(title[:loc[0]])
	}
	return ""
}

// listedTerms returns the terms of a title that are in one item only of a
// list of three or more ("PSLV, GSLV, SSLV & NGLV"; "Origin, Members and
// India's Role"), or of two or more in a remark in brackets without figures
// ("(NCERT + AMOC news)", "(IGMDP → Agni, BrahMos)"): each names one subject
// of the notes, not the notes.
func (ix *Index) listedTerms(title string) []string {
	var listed, rest []string
	for _, m := range bracketsRE.FindAllString(title, -1) {
		if slices.ContainsFunc(strings.Fields(strings.Trim(m, "()[] ")), figure) {
			continue // "(Articles 72 & 161)", "(1905-1911)": what the notes are about, numbered; not "(Gaganyaan / Ax-4)"
		}
		if items := bracketListRE.Split(strings.Trim(m, "()[] "), -1); len(items) >= 2 {
			for _, item := range items {
				listed = append(listed, ix.analyze(item)...)
			}
		}
	}
	for _, part := range subtitleRE.Split(bracketsRE.ReplaceAllString(title, " "), -1) {
		items := titleListRE.Split(part, -1)
		if len(items) < minTitleList {
			rest = append(rest, ix.analyze(part)...)
			continue
		}
		for _, item := range items {
			listed = append(listed, ix.analyze(item)...)
		}
	}
	return slices.DeleteFunc(distinct(listed), func(t string) bool { return slices.Contains(rest, t) })
}

// figure reports whether a word is a number or a span of them, "72",
// "1905-1911", not a name with one ("Ax-4").
func figure(w string) bool {
	w = strings.Trim(w, ",;.")
	return w != "" && strings.Trim(w, "0123456789-–") == ""
}

// titleListRE separates the items of a list in a title; minTitleList is
// the fewest items that make one.
var titleListRE = regexp.MustCompile(`\s*(?:,|&|\band\b)\s*`)

const minTitleList = 3

// bracketListRE separates the items of a list in a title's brackets.
var bracketListRE = regexp.MustCompile(`\s*(?:,|&|\+|/|→|->|\band\b)\s*`)

// initialRE finds a word of a title cut to its initial, and the word
// after it: "N. INDIA".
var initialRE = regexp.MustCompile(`(^|[\s(\[])(\pL)\.\s+(\pL+)`)

// compassInitials are the points of the compass by their initials, as
// notes cut them before a place: "N. India", "S. Asia".
var compassInitials = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}

// spelledTitle returns d's title with the words cut to their initial
// spelled out: the word of that initial d's text writes most often before
// the title's next word ("north" of "north india" for the "N." of "BHAKTI
// IN N. INDIA"), or, before a place, the point of the compass.
func (ix *Index) spelledTitle(d *corpus.Document) string {
	if !strings.Contains(d.Title, ". ") {
		return d.Title
	}
	return initialRE.ReplaceAllStringFunc(d.Title, func(s string) string {
		m := initialRE.FindStringSubmatch(s)
		next := regexp.MustCompile(`(?i)\b(` + regexp.QuoteMeta(m[2]) + `\pL{2,})[\s-]+` + regexp.QuoteMeta(m[3]) + `\b`)
		counts := map[string]int{}
		for _, p := range ix.passagesOf(d.ID) {
			for _, w := range next.FindAllStringSubmatch(p.Text, -1) {
				counts[strings.ToLower(w[1])]++
			}
		}
		best, n := "", 0
		for w, c := range counts {
			if c > n || c == n && w < best {
				best, n = w, c
			}
		}
		if compass := compassInitials[strings.ToLower(m[2])]; best == "" && compass != "" && isPlace(strings.ToLower(m[3])) {
			best = compass
		}
		if best == "" {
			return s
		}
		return m[1] + best + " " + m[3]
	})
}

// shortNames returns the shorter names a title gives: its name before a
// subtitle, that and the whole title without a remark in brackets, and a
// name of two words or more in its brackets.
func shortNames(title string) []string {
	var out []string
	add := func(n string) {
		if n = strings.Join(strings.Fields(n), " "); n != "" && n != title && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	head := titleHead(title)
	add(head)
	if names := namesRE.Split(head, -1); len(names) > 1 {
		// Two names of one subject: "NavIC // IRNSS".
		for _, n := range names {
			add(n)
		}
	}
	for _, t := range []string{title, head} {
		if strings.ContainsAny(t, "([") {
			add(bracketsRE.ReplaceAllString(t, " "))
		}
	}
	for _, m := range bracketsRE.FindAllString(title, -1) {
		// What the brackets give, a name in full or in another script:
		// "Pradhan Mantri Kisan Samman Nidhi", "लोक अदालत (Lok Adalat)".
		if in := strings.Trim(m, "()[] "); len(strings.Fields(in)) >= 2 && !strings.ContainsFunc(in, unicode.IsDigit) {
			add(in)
		}
	}
	return out
}

// namesRE separates two names of a title's subject: "NavIC // IRNSS".
var namesRE = regexp.MustCompile(`\s+//?\s+`)

// bracketsRE matches a remark in brackets.
// coreName is a heading's name without its remarks, in brackets or after
// an arrow: "7 POWERS ENDOWED" of "7 POWERS ENDOWED (sec 4(m)) -> to GS +
// panchayats".
func coreName(name string) string {
	name, _, _ = strings.Cut(name, " -> ")
	return strings.Join(strings.Fields(bracketsRE.ReplaceAllString(name, " ")), " ")
}

var bracketsRE = regexp.MustCompile(`[(\[][^)\]]*[)\]]`)

// distinct returns terms without repeats, in order, in a new slice.
func distinct(terms []string) []string {
	var out []string
	for _, t := range terms {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
