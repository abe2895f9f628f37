// Package synth generates concept documents in the text format of
// corpus/seed, for benchmarks and scale tests. The same seed gives the same
// documents, byte for byte, and Generate(seed, n) starts with the documents
// of Generate(seed, m) for m < n.
//
// Words come from embedded lists (countries, technologies, policies,
// organisations with acronyms…), each drawn with a Zipf distribution, plus a
// long tail of coined names and compounds, so that term frequencies have a
// realistic spread and the vocabulary keeps growing with the corpus.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
)

// PassagesPerDoc is about how many passages a generated document has.
const PassagesPerDoc = 28

// Generate returns docs concept documents made from seed.
func Generate(seed int64, docs int) [][]byte {
	titles := map[string]bool{}
	out := make([][]byte, 0, docs)
	for i := range docs {
		g := newGen(seed, i)
		title := g.newTitle()
		for titles[corpus.Slug(title)] {
			title = g.coin() + " " + title
		}
		titles[corpus.Slug(title)] = true
		out = append(out, g.document(title))
	}
	return out
}

// Docs returns parsed generated documents with exactly passages passages:
// the last document is cut short.
func Docs(seed int64, passages int) ([]*corpus.Document, error) {
	var out []*corpus.Document
	n := 0
	for n < passages {
		need := (passages-n)/PassagesPerDoc + 1
		all := Generate(seed, len(out)+need)
		for i, data := range all[len(out):] {
			d, err := corpus.Parse(fmt.Sprintf("synth-%d.txt", len(out)+i), data)
			if err != nil {
				return nil, err
			}
			if n+len(d.Passages) > passages {
				d.Passages = d.Passages[:passages-n]
			}
			n += len(d.Passages)
			out = append(out, d)
			if n == passages {
				break
			}
		}
	}
	return out, nil
}

// gen writes one document.
type gen struct {
	r     *rand.Rand
	zipfs map[int]*rand.Zipf
	coins *rand.Zipf
	named map[string]bool // organisations already introduced by their long form
	title string
}

func newGen(seed int64, doc int) *gen {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(doc)))
	return &gen{r: r, zipfs: map[int]*rand.Zipf{}, coins: rand.NewZipf(r, 1.07, 2, 400_000), named: map[string]bool{}}
}

// pick draws from a list, its first words most often.
func (g *gen) pick(list []string) string {
	z, ok := g.zipfs[len(list)]
	if !ok {
		z = rand.NewZipf(g.r, 1.15, 2, uint64(len(list)-1))
		g.zipfs[len(list)] = z
	}
	return list[z.Uint64()]
}

// coin makes up a name from syllables: the long tail of the vocabulary.
func (g *gen) coin() string {
	k := g.coins.Uint64()
	n := 2 + int(k%3)
	k /= 3
	var b strings.Builder
	for range n {
		b.WriteString(syllables[k%uint64(len(syllables))])
		k /= uint64(len(syllables))
	}
	return capitalize(b.String())
}

func (g *gen) compound() string { return g.pick(prefixes) + g.pick(roots) }

func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) year(lo, hi int) string { return strconv.Itoa(g.between(lo, hi)) }

func (g *gen) org() string {
	o := orgs[g.r.IntN(len(orgs))]
	if g.named[o.acr] {
		return "the " + o.acr
	}
	g.named[o.acr] = true
	return "the " + o.long + " (" + o.acr + ")"
}

func (g *gen) country() string { return g.pick(countries) }

func (g *gen) newTitle() string {
	switch g.r.IntN(5) {
	case 0:
		return titleCase(g.pick(adjectives) + " " + g.pick(technologies) + " " + g.pick(frames))
	case 1:
		return g.coin() + " " + g.pick(frames)
	case 2:
		a, b := strings.TrimPrefix(g.country(), "the "), strings.TrimPrefix(g.country(), "the ")
		return a + "-" + b + " " + titleCase(g.pick(technologies)) + " " + g.pick(frames)
	case 3:
		return "National " + titleCase(g.pick(technologies)+" "+g.pick(policies)) + " " + g.pick(frames)
	}
	return titleCase(g.pick(policies)) + " " + g.pick(frames)
}

// templates are the sentences of the notes. Each {x} is filled afresh:
// C country, T technology, P policy, A adjective, N noun, V past verb,
// B base verb, O organisation, Y year, K coined name, F frame, W compound,
// X the document's title.
var templates = []string{
	"{X} aims to {B} {A} {P} in {T} and {T}.",
	"{C} and {C} have {V} {A} {N} under the {K} {F} to {B} {P}.",
	"{O} {V} guidelines on {T} in {Y}, covering {P} and {W}.",
	"This helps partner countries {B} {P} and reduce dependence on {A} {N}.",
	"For example, {C} {V} a {A} programme on {T} with {C}, focused on {W}.",
	"A key aspect is {P}, which allows members to share {A} {N} and {T} expertise.",
	"Critics argue that {A} {N} in {T} may weaken {P} unless {C} can {B} its {N}.",
	"The {K} {F}, {V} in {Y}, links {P} with {A} investment in {T}.",
	"Under the arrangement, {C} will {B} {W} and {T} through {A} {N}.",
	"{O} reviews progress on {P} every year and reports to the {K} {N}.",
	"It also seeks to {B} {A} {N} for {T}, {T} and {W}.",
	"Funding comes from {A} {N}, the {K} {F} and {O}.",
	"Implementation depends on {P}, {P} and the {A} capacity of {C}.",
	"Experts link it to {A} {N} in {W} and to {P} in {C}.",
}

// sentence fills a template.
func (g *gen) sentence() string {
	t := templates[g.r.IntN(len(templates))]
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i])
		b.WriteString(g.fill(t[i+1]))
		t = t[i+3:]
	}
	return capitalize(b.String())
}

func (g *gen) fill(c byte) string {
	switch c {
	case 'C':
		return g.country()
	case 'T':
		return g.pick(technologies)
	case 'P':
		return g.pick(policies)
	case 'A':
		return g.pick(adjectives)
	case 'N':
		return g.pick(nouns)
	case 'V':
		return g.pick(verbsPast)
	case 'B':
		return g.pick(verbsBase)
	case 'O':
		return g.org()
	case 'Y':
		return g.year(1975, 2022)
	case 'K':
		return g.coin()
	case 'F':
		return g.pick(frames)
	case 'W':
		return g.compound()
	case 'X':
		return "the " + g.title
	}
	panic("synth: unknown slot " + string(c))
}

func (g *gen) paragraph(lo, hi int) string {
	n := g.between(lo, hi)
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, " ")
}

// document writes a whole concept document in the seed's layout.
func (g *gen) document(title string) []byte {
	g.title = title
	var b strings.Builder
	line := func(s ...string) {
		for _, l := range s {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	cat := g.pick(sectors)
	line(fmt.Sprintf("%d min%s", g.between(3, 9), cat), cat, "", title, "")

	line("What is "+title+"?", "")
	line(fmt.Sprintf("The %s is a %s %s between %s and %s to %s %s in %s and %s. %s",
		title, g.pick(adjectives), g.pick(nouns), g.country(), g.country(), g.pick(verbsBase),
		g.pick(policies), g.pick(technologies), g.pick(technologies), g.paragraph(3, 5)), "")

	line("Historical Background", "")
	line(fmt.Sprintf("The idea took shape in %s, when %s and %s %s %s. %s %s was established in %s.",
		g.year(1960, 2015), g.country(), g.country(), g.pick(verbsPast), g.org(), g.paragraph(2, 4),
		capitalize(g.org()), g.year(1990, 2021)), "")

	kp := g.between(8, 16)
	line("Key Points", "", fmt.Sprintf("%d points", kp))
	for i := 1; i <= kp; i++ {
		line(fmt.Sprintf("  • %d.", i), "", "    "+g.paragraph(2, 4), "")
	}

	dev := g.between(3, 7)
	line("Recent Developments", "", fmt.Sprintf("%d developments", dev), "")
	for range dev {
		line(fmt.Sprintf("In %s, %s and %s %s %s %s on %s. %s", g.year(2019, 2026), g.country(), g.country(),
			g.pick(verbsPast), g.pick(adjectives), g.pick(nouns), g.pick(technologies), g.sentence()), "")
	}

	faq := g.between(3, 6)
	line("Frequently Asked Questions", "", strconv.Itoa(faq))
	for i := 1; i <= faq; i++ {
		line(fmt.Sprintf("%d. %s", i, g.question()), "", g.paragraph(3, 5), "")
		if g.r.IntN(2) == 0 {
			line("Exam Tip", "", g.sentence(), "")
		}
	}

	line("Source Topic", "")
	line(fmt.Sprintf("%s and %s Deepen Ties on %s", capitalize(g.country()), g.country(), titleCase(g.pick(technologies))), "", cat, "")

	line("UPSC Relevance", "")
	line(fmt.Sprintf("%s is relevant for GS Paper %s (%s). %s", title, []string{"II", "III"}[g.r.IntN(2)], cat, g.paragraph(2, 4)))
	return []byte(b.String())
}

func (g *gen) question() string {
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("What is the role of %s in the %s?", g.pick(policies), g.title)
	case 1:
		return fmt.Sprintf("How does the %s address %s?", g.title, g.pick(policies))
	case 2:
		return fmt.Sprintf("Why is %s important for %s?", g.pick(technologies), g.country())
	case 3:
		return fmt.Sprintf("What are the limitations of the %s in %s?", g.title, g.pick(technologies))
	}
	return fmt.Sprintf("What is the most common MCQ trap about %s and %s?", g.pick(policies), g.pick(technologies))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w != "and" && w != "of" && unicode.IsLower(rune(w[0])) {
			ws[i] = capitalize(w)
		}
	}
	return strings.Join(ws, " ")
}
