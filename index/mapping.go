package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/conceptbot/conceptbot/corpus"
)

// Field names of an indexed passage.
const (
	fieldText     = "text"     // the passage, stemmed
	fieldHeading  = "heading"  // its section path and what its kind is called
	fieldQuestion = "question" // a FAQ's question
	fieldTitle    = "title"    // the document title and its initials
	fieldWords    = "words"    // every word unstemmed: the vocabulary typos are corrected against
	fieldKind     = "kind"

	analyzerText  = "conceptbot_en"
	analyzerWords = "conceptbot_words"
)

// stopWords are removed from indexed text. The list is far smaller than
// bleve's "en" list: it keeps "us" (the US), "it" and "who" (IT, the WHO),
// numbers and question-worthy nouns.
var stopWords = strings.Fields(`a an the of to in on at by for from with into onto about as and or nor but
	is are was were be been being am do does did doing has have had having
	this that these those it its itself they them their theirs he him his she her hers we our ours you your yours i me my
	not no so than then too very can could would should may might must shall will
	if whether unless because though although
	what which whom whose how why when where there here also such each both either neither
	s t`)

// kindWords are searched with a passage's heading, so "news topic" finds the
// source topic and "exam tip" the tips.
var kindWords = map[corpus.Kind]string{
	corpus.KindDefinition:  "definition meaning overview introduction",
	corpus.KindBackground:  "history historical background origin",
	corpus.KindKeyPoint:    "key point",
	corpus.KindMindMap:     "mind map visual key aspects",
	corpus.KindDevelopment: "recent development news latest",
	corpus.KindFAQ:         "faq frequently asked question",
	corpus.KindExamTip:     "exam tip",
	corpus.KindSourceTopic: "source topic concept in the news",
	corpus.KindRelevance:   "upsc relevance exam syllabus",
	corpus.KindConnections: "connections related concepts",
}

// foldName is a token filter that folds accented letters to ASCII ("niño"
// is "nino"): students type without accents. Unlike bleve's asciifolding
// character filter it keeps each token's offsets in the original text,
// which highlights need.
const foldName = "conceptbot_fold"

// keepStemName is a token filter that gives the words of keepStems their
// stem and marks them so that the stemmer leaves them alone.
const keepStemName = "conceptbot_keep_stems"

// monthName is a token filter that writes a month's short name next to a
// number in full ("Mar 2025", "29 Jan" as "march 2025", "29 january"), so
// that notes' dates answer questions that spell the month out and the
// other way round; elsewhere "jan" stays a word ("Jan Dhan").
const monthName = "conceptbot_month_names"

func init() {
	for name, f := range map[string]analysis.TokenFilter{foldName: foldFilter{}, keepStemName: keepStemFilter{}, monthName: monthFilter{}} {
		err := registry.RegisterTokenFilter(name, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
			return f, nil
		})
		if err != nil {
			panic(err)
		}
	}
}

type foldFilter struct{}

var folder = asciifolding.New()

func (foldFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		if !isASCII(t.Term) {
			t.Term = folder.Filter(t.Term)
		}
	}
	return ts
}

// keepStems are words whose Porter stem is another word of the notes
// ("used" stems to "us", the US) or not their other forms' ("die" stems to
// "die", "died" and "dies" to "di", "dying" to "dy"; "try" to "try",
// "tried" to "tri"). They are indexed and searched as the stem given here.
var keepStems = map[string]string{
	"use": "use", "used": "use", "uses": "use", "using": "use",
	"die": "die", "died": "die", "dies": "die", "dying": "die",
	"lie": "lie", "lied": "lie", "lies": "lie", "lying": "lie",
	"tie": "tie", "tied": "tie", "ties": "tie", "tying": "tie",
	"dye": "dye", "dyed": "dye", "dyes": "dye", "dyeing": "dye",
	"try": "try", "tried": "try", "tries": "try", "trying": "try",
	"fly": "fly", "flies": "fly", "flying": "fly",
	"dry": "dry", "dried": "dry", "dries": "dry", "drying": "dry",
	"cry": "cry", "cried": "cry", "cries": "cry", "crying": "cry",
	"spy": "spy", "spied": "spy", "spies": "spy", "spying": "spy",
	"free": "free", "freed": "free", "frees": "free", "freeing": "free",
	"go": "go", "goes": "go", "going": "go",
}

type keepStemFilter struct{}

func (keepStemFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		if stem, ok := keepStems[string(t.Term)]; ok {
			t.Term, t.KeyWord = []byte(stem), true
		}
	}
	return ts
}

type monthFilter struct{}

// shortMonths are the months' short names ("may" is a whole name, and a
// stop word).
var shortMonths = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

func (monthFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	number := func(i int) bool { return i >= 0 && i < len(ts) && isShortNumber(ts[i].Term) }
	for i, t := range ts {
		full, ok := shortMonth(t.Term)
		if ok && (number(i-1) && ts[i-1].Position == t.Position-1 || number(i+1) && ts[i+1].Position == t.Position+1) {
			t.Term = []byte(full)
		}
	}
	return ts
}

// shortMonth returns the full name of the month a token shortens, in any
// case ("Mar", "SEPT"), without allocating.
func shortMonth(token []byte) (string, bool) {
	if len(token) < 3 || len(token) > 4 {
		return "", false
	}
	var lower [4]byte
	for i, c := range token {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	full, ok := shortMonths[string(lower[:len(token)])]
	return full, ok
}

// isShortNumber reports whether a token is a number of one to four
// digits, as a day or a year is written.
func isShortNumber(token []byte) bool {
	if len(token) == 0 || len(token) > 4 {
		return false
	}
	for _, c := range token {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	tokens := make([]any, len(stopWords))
	for i, w := range stopWords {
		tokens[i] = w
	}
	if err := m.AddCustomTokenMap("conceptbot_stop_words", map[string]any{
		"type":   tokenmap.Name,
		"tokens": tokens,
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomTokenFilter("conceptbot_stop", map[string]any{
		"type":           stop.Name,
		"stop_token_map": "conceptbot_stop_words",
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(analyzerText, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{en.PossessiveName, lowercase.Name, foldName, monthName, keepStemName, "conceptbot_stop", porter.Name},
	}); err != nil {
		return nil, err
	}
	if err := m.AddCustomAnalyzer(analyzerWords, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{en.PossessiveName, lowercase.Name, foldName, keepStemName},
	}); err != nil {
		return nil, err
	}

	text := func(vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerText
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = vectors
		f.DocValues = false
		return f
	}
	words := bleve.NewTextFieldMapping()
	words.Analyzer = analyzerWords
	words.Store, words.IncludeInAll, words.IncludeTermVectors, words.DocValues = false, false, false, false
	kind := bleve.NewKeywordFieldMapping()
	kind.Store, kind.IncludeInAll, kind.DocValues = false, false, false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text(true))
	doc.AddFieldMappingsAt(fieldHeading, text(true))
	doc.AddFieldMappingsAt(fieldQuestion, text(true))
	doc.AddFieldMappingsAt(fieldTitle, text(true))
	doc.AddFieldMappingsAt(fieldWords, words)
	doc.AddFieldMappingsAt(fieldKind, kind)
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerText
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m, nil
}

// document is what bleve indexes for a passage.
func document(p corpus.Passage) map[string]any {
	heading := headingText(p)
	return map[string]any{
		fieldText:     p.Text,
		fieldHeading:  heading,
		fieldQuestion: p.Question,
		fieldTitle:    titleText(p),
		fieldWords:    p.Doc + "\n" + heading + "\n" + p.Text,
		fieldKind:     string(p.Kind),
	}
}

// searchedText is the text document gives a searched field of p.
func searchedText(p corpus.Passage, field string) string {
	switch field {
	case fieldText:
		return p.Text
	case fieldHeading:
		return headingText(p)
	case fieldQuestion:
		return p.Question
	case fieldTitle:
		return titleText(p)
	}
	panic("not a searched field: " + field)
}

// headingText is what the heading field indexes: the passage's section
// path and the words for its kind.
func headingText(p corpus.Passage) string {
	return strings.Join(p.Section, " ") + " " + kindWords[p.Kind]
}

// titleText is what the title field indexes: the document title and its
// initials.
func titleText(p corpus.Passage) string {
	return p.Doc + " " + initials(p.Doc)
}

// initials is the acronym of a title: "Critical and Emerging Technologies
// Partnership" → "cetp". Short function words are skipped.
func initials(title string) string {
	if a := initialLetters(title); len(a) >= 2 {
		return a
	}
	return ""
}

// titleInitials returns the initials a title may be asked by, each once:
// those of initials ("cetp"), and of its words without a year or a last
// "Act", with and without short function words: "rti" and "ri" of "Right to
// Information Act, 2005", "goi" of "Government of India Act, 1935". Those
// beside initials' own have three letters or more.
func titleInitials(title string) []string {
	var out []string
	if a := initials(title); a != "" {
		out = append(out, a)
	}
	ws := strings.FieldsFunc(title, func(r rune) bool { return !isWordRune(r) })
	for len(ws) > 1 && (isNumber(ws[len(ws)-1]) || strings.EqualFold(ws[len(ws)-1], "act")) {
		ws = ws[:len(ws)-1]
	}
	var all strings.Builder // with the short words too: "rti"
	for _, w := range ws {
		all.WriteString(strings.ToLower(w[:1]))
	}
	for _, a := range []string{initialLetters(strings.Join(ws, " ")), all.String()} {
		if len(a) >= 3 && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	// Initials that are an English word ("fir" of "Forest Inventory
	// Report", "bad" of "Border Area Development") name no document.
	return slices.DeleteFunc(out, english.IsWord)
}

// initialLetters is the first letter of each of s's words but short
// function words, lower-case.
func initialLetters(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		if len(w) <= 3 && isStop(strings.ToLower(w)) {
			continue
		}
		b.WriteString(strings.ToLower(w[:1]))
	}
	return b.String()
}
