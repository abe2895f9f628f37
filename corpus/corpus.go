// Package corpus turns concept documents into cited passages. It is the
// shared vocabulary of conceptbot: documents, passages, results and answers.
// It imports only the standard library.
package corpus

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Kind says what part of a concept document a passage comes from.
type Kind string

// The kinds of passage a concept document has. Any heading the parser does
// not know becomes a KindSection.
const (
	KindDefinition  Kind = "definition"
	KindBackground  Kind = "background"
	KindKeyPoint    Kind = "key-point"
	KindMindMap     Kind = "mind-map"
	KindDevelopment Kind = "development"
	KindFAQ         Kind = "faq"
	KindExamTip     Kind = "exam-tip"
	KindSourceTopic Kind = "source-topic"
	KindRelevance   Kind = "relevance"
	KindConnections Kind = "connections"
	KindSection     Kind = "section"
)

// Separator joins the parts of a citation.
const Separator = " › "

// Document is one concept document.
type Document struct {
	ID          string // slug of the title, e.g. "critical-and-emerging-technologies-partnership"
	Title       string
	Subtitle    string // a line written under the title, e.g. "(Science & Tech notes)"; often empty
	Category    string // e.g. "Other"; empty when the document has none
	ReadingTime string // e.g. "5 min"; empty when the document has none
	Tags        []string
	// Meta holds the other metadata a document gives (front matter keys
	// such as "created" or "source", a "Related:" line), lists joined by ", ".
	Meta     map[string]string
	Format   string // how it was written: "text", "markdown", "web page", "PDF"
	Unit     string // what its Line numbers count: "" for lines, "page" for a PDF's pages, "paragraph" for a Word or OpenDocument text's, "slide" for a presentation's, "note" for an export of notes, "row" for a workbook's, "chapter" for an e-book's, "sheet" for a mind map's
	File     string // where it was read from
	Passages []Passage
	Outline  []Heading // every section in order, including those with no text
	Warnings Errors    // problems that do not stop it loading, e.g. an exam tip with no question
}

// Heading is one section of a document's outline.
type Heading struct {
	Path     []string // the section's headings from the top, e.g. ["Payloads", "In-situ payloads"]
	Kind     Kind
	Line     int    // 1-based line of the heading
	File     string // the file it was read from when not the document's (a subpage read with its page, see pages.go)
	Passages int    // passages directly under it (not in its subsections)
	// Number is the number written before a top-level heading ("4.
	// Payloads", "II. Background"), by which students name the section
	// ("section 4"); 0 when it has none.
	Number int
	// Numbering is the number written before a subheading ("2.3 Grounds"),
	// by which students name it ("section 2.3"); "" when it has none.
	Numbering string
}

// Name is the heading's last part, after the number the notes give it
// ("4. Payloads"), as students name the section.
func (h Heading) Name() string {
	name := h.Path[len(h.Path)-1]
	if h.Number > 0 {
		return strconv.Itoa(h.Number) + ". " + name
	}
	return name
}

// Passage is the unit that is indexed, found and cited.
type Passage struct {
	ID       string   // stable: "doc-id/section-slug/ordinal", e.g. ".../key-points/5"
	DocID    string   // Document.ID
	Doc      string   // Document.Title
	Section  []string // path below the document, e.g. ["Key Points", "5"]
	Kind     Kind     //
	Ordinal  int      // 1-based position within its section; 0 when alone
	Question string   // the question of a FAQ (and of its exam tip)
	Year     int      // the year of a recent development; 0 otherwise
	Piece    int      // 1-based piece of a long text cut to fit (its citation ends with it); 0 when whole
	Row      bool     // a table's row, its cells named by their columns: "Header: cell; Header: cell"
	Category string   // Document.Category
	Text     string   // plain text; list items on their own lines starting "- " (nested: indented)
	Line     int      // 1-based line of the input where the passage starts
	Marks    []Mark   `json:",omitempty"` // places in Text an answer can cite instead (a lecture's cues), in order
}

// Mark is a place in a passage's Text an answer can cite in place of the
// time its paragraph starts: the time a lecture's cue is said.
type Mark struct {
	At    int // byte offset in Text
	Start int // seconds into the recording
}

// Name is how a citation names a mark: its time as a player shows it.
func (m Mark) Name() string { return Clock(m.Start) }

// Clock writes a time in seconds as a player shows it: "12:30", "1:02:03".
func Clock(t int) string {
	if t >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", t/3600, t/60%60, t%60)
	}
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}

// MarkOf returns the index of the mark whose part of Text holds byte at,
// or -1 when at falls before the first.
func (p Passage) MarkOf(at int) int {
	return sort.Search(len(p.Marks), func(i int) bool { return p.Marks[i].At > at }) - 1
}

// CitedAt returns p cited by its mark i in place of the section name its
// first mark has (the time its paragraph starts).
func (p Passage) CitedAt(i int) Passage {
	if k := slices.Index(p.Section, p.Marks[0].Name()); k >= 0 {
		p.Section = slices.Clone(p.Section)
		p.Section[k] = p.Marks[i].Name()
	}
	return p
}

// Citation names the document and section path, e.g.
// "Critical and Emerging Technologies Partnership › Key Points › 5".
func (p Passage) Citation() string {
	return p.Doc + Separator + strings.Join(p.Section, Separator)
}

// Heading is the top-level section heading of the passage, e.g. "Key Points".
func (p Passage) Heading() string {
	if len(p.Section) == 0 {
		return ""
	}
	return p.Section[0]
}

// SectionID identifies the passage's top-level section: "doc-id/section-slug".
func (p Passage) SectionID() string { return sectionID(p.DocID, p.Heading()) }

// sectionID identifies the top-level section headed heading of document doc.
func sectionID(doc, heading string) string { return doc + "/" + Slug(heading) }

// Span is a byte range [Start, End) of a passage's Text.
type Span struct{ Start, End int }

// Result is one passage found for a question.
type Result struct {
	Passage
	Score float64
	// Match is the weighted share of the question's words the passage has,
	// 0..1: unlike Score, comparable from one question to another.
	Match      float64
	Highlights []Span // the words of Text that matched the question, in order
	// Part is which side of a compare answer, or which part of a parts
	// answer, the result belongs to (an index of Answer.Parts); 0 otherwise.
	Part int
}

// Shape is how an answer is laid out, as the question's words ask.
type Shape string

// The shapes of an answer. An empty Shape is ShapePassage.
const (
	ShapePassage Shape = "passage" // the best passage, then related ones
	ShapeList    Shape = "list"    // every passage of a section, in order
	ShapeSummary Shape = "summary" // a definition, then key points in brief
	ShapePoints  Shape = "points"  // the best distinct passages on a topic
	ShapeCompare Shape = "compare" // the best passage for each side
	ShapeParts   Shape = "parts"   // the best passage for each part
)

// Answer is what the notes say about a question.
type Answer struct {
	Question string
	// Answered is false when no passage answers the question well enough;
	// Results then holds the closest sections as suggestions.
	Answered   bool
	Confidence float64 // 0..1
	Results    []Result
	Shape      Shape // how to lay the results out; empty means ShapePassage
	// Parts names the sides of a compare answer or the parts of a parts
	// answer, in order; Result.Part indexes it. Nil for other shapes.
	Parts []string
	// More counts the passages a list (or summary) left out of Results to
	// stay within its cap.
	More int
	// Note says why a look-up is not answered when the notes lack the part
	// it names ("There is no key point 70 in …: it has key points 1 to
	// 16."); Results then starts with the last part they have. On an
	// answered look-up, it says how to ask for another document's part
	// when several have it; Results then holds the first one of each.
	Note string `json:",omitempty"`
}

// Slug lowercases s and joins its letters and digits with "-": its Latin
// ones, or, when it has none, those of its script ("भारतीय संविधान" is
// "भारतीय-संविधान"; a vowel sign goes with its letter).
func Slug(s string) string {
	if slug := slugOf(s, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }); slug != "" {
		return slug
	}
	return slugOf(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) })
}

func slugOf(s string, kept func(rune) bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case kept(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '&':
			dash = true
			if b.Len() > 0 {
				b.WriteString("-and")
			}
		default:
			dash = true
		}
	}
	return b.String()
}

// Corpus is a set of documents with their passages looked up by ID.
type Corpus struct {
	Docs        []*Document
	passages    []Passage
	byID        map[string]int
	sections    []Section
	sectionByID map[string]int
}

// Section is a top-level section of a document, for look-ups and autocomplete.
type Section struct {
	ID       string // Passage.SectionID()
	Citation string // "Document › Heading"
	Heading  string
	Number   int // the number the notes write before the heading (see Heading.Number); 0 when none
	Passages []Passage
}

// duplicateDoc says why two documents clash and how to fix it.
func duplicateDoc(d, prev *Document) string {
	why := fmt.Sprintf("both documents are titled %q", d.Title)
	if d.Title != prev.Title {
		why = fmt.Sprintf("the titles %q and %q make the same ID", d.Title, prev.Title)
	}
	return fmt.Sprintf("duplicate document ID %q (also in %s): a document's ID is made from its title, and %s; "+
		"give one of them another title (its first line, or its \"# \" heading in Markdown), or remove the copy", d.ID, prev.File, why)
}

// New collects docs into a corpus. Documents must have unique IDs and
// passages unique IDs; the error names the file and line of a duplicate.
func New(docs ...*Document) (*Corpus, error) {
	total := 0
	for _, d := range docs {
		total += len(d.Passages)
	}
	c := &Corpus{byID: make(map[string]int, total), passages: make([]Passage, 0, total)}
	var errs Errors
	seenDoc := map[string]*Document{}
	for _, d := range docs {
		if prev, ok := seenDoc[d.ID]; ok {
			errs = append(errs, &Error{File: d.File, Line: 1, Msg: duplicateDoc(d, prev)})
			continue
		}
		seenDoc[d.ID] = d
		c.Docs = append(c.Docs, d)
		for _, p := range d.Passages {
			if i, ok := c.byID[p.ID]; ok {
				prev := c.passages[i]
				errs = append(errs, &Error{File: d.File, Line: p.Line, Msg: fmt.Sprintf("duplicate passage ID %q (first at line %d)", p.ID, prev.Line)})
				continue
			}
			c.byID[p.ID] = len(c.passages)
			c.passages = append(c.passages, p)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	c.groupSections()
	return c, nil
}

// Passages returns every passage in document order. The slice is shared.
func (c *Corpus) Passages() []Passage { return c.passages }

// Passage returns the passage with the given ID.
func (c *Corpus) Passage(id string) (Passage, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Passage{}, false
	}
	return c.passages[i], true
}

// Sections returns the top-level sections of every document in order. The
// slice is shared.
func (c *Corpus) Sections() []Section { return c.sections }

// Section returns the section with the given ID (see Passage.SectionID).
func (c *Corpus) Section(id string) (Section, bool) {
	i, ok := c.sectionByID[id]
	if !ok {
		return Section{}, false
	}
	return c.sections[i], true
}

// groupSections collects the passages into their top-level sections.
func (c *Corpus) groupSections() {
	c.sectionByID = map[string]int{}
	numbers := map[string]int{} // section ID → its heading's number
	for _, d := range c.Docs {
		for _, h := range d.Outline {
			if len(h.Path) == 1 && h.Number > 0 {
				numbers[sectionID(d.ID, h.Path[0])] = h.Number
			}
		}
	}
	of := make([]int, len(c.passages)) // the section of each passage
	var counts []int
	for j, p := range c.passages {
		id := p.SectionID()
		i, ok := c.sectionByID[id]
		if !ok {
			i = len(c.sections)
			c.sectionByID[id] = i
			c.sections = append(c.sections, Section{ID: id, Citation: p.Doc + Separator + p.Heading(), Heading: p.Heading(), Number: numbers[id]})
			counts = append(counts, 0)
		}
		of[j] = i
		counts[i]++
	}
	for i := range c.sections {
		c.sections[i].Passages = make([]Passage, 0, counts[i])
	}
	for j, p := range c.passages {
		c.sections[of[j]].Passages = append(c.sections[of[j]].Passages, p)
	}
}
