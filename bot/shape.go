package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// Shaped answers.
//
// A list, summary or points answer is laid out in pages, one embed each:
// numbered items (a summary's definition first, then bullets), each with its
// citation unless the title gives it. A page holds at most pageItems items
// and what fits in an embed's description and the message's 6,000
// characters; an item longer than itemChars is cut. When there is more than
// one page, Previous and Next buttons carry the page to show and the start
// of the question ("page:<n>:<question>"); the whole question is in the
// footer, as for "More results". Turning a page asks the question again and
// lays out the same pages, so buttons work after a restart and on any
// replica.
//
// A comparison or a two-part answer is one embed per side or part: its
// label as the title, its best passage in full, its citation as a field;
// the other results are buttons that show that passage to whoever presses.

const (
	pageItems   = 5    // items per page at most
	itemChars   = 1000 // runes of one item at most
	noteChars   = 80   // room kept for "…and N more." on the last page
	sideRelated = 3    // related passages a comparison offers as buttons
)

// shaped formats an answered list, summary, points, comparison or two-part
// answer; ok is false for any other answer.
func (f formatter) shaped(a corpus.Answer, page int, quote bool) (reply, bool) {
	if !a.Answered || len(a.Results) == 0 {
		return reply{}, false
	}
	switch a.Shape {
	case corpus.ShapeList, corpus.ShapeSummary, corpus.ShapePoints:
		return f.pages(a, page, quote), true
	case corpus.ShapeCompare, corpus.ShapeParts:
		return f.sides(a, quote), true
	}
	return reply{}, false
}

// pages formats the page'th page of a list, summary or points answer.
func (f formatter) pages(a corpus.Answer, page int, quote bool) reply {
	lim := f.limits()
	q := oneLine(a.Question)
	title := renderMD(plain(pagesTitle(a)), min(lim.title, lim.total/8))
	footMax := min(lim.footer, lim.total/4)
	var head string
	if quote {
		head = renderMD(quoteSegs(q), lim.total/8)
	}
	if a.Note != "" {
		head += renderMD([]mdSeg{markup("-# "), text(a.Note), markup("\n\n")}, lim.total/8)
	}
	descMax := min(lim.description, lim.total-utf8.RuneCountInString(title)-footMax) - utf8.RuneCountInString(head) - noteChars
	items := make([]string, len(a.Results))
	section, doc := sameSection(a.Results), sameDoc(a.Results)
	for i := range a.Results {
		items[i] = renderMD(itemSegs(a, i, section, doc), max(1, min(itemChars, descMax)))
	}
	pages := pack(items, descMax, pageItems)
	page = max(0, min(page, len(pages)-1))

	var desc strings.Builder
	desc.WriteString(head)
	for i, item := range items[pages[page][0]:pages[page][1]] {
		if i > 0 {
			desc.WriteString("\n\n")
		}
		desc.WriteString(item)
	}
	if page == len(pages)-1 && a.More > 0 {
		desc.WriteString(truncate(fmt.Sprintf("\n\n…and %d more.", a.More), noteChars))
	}
	total := len(a.Results) + a.More
	what := "passages"
	if a.Shape == corpus.ShapePoints {
		what = "points"
	}
	foot := fmt.Sprintf("%s · %d %s", f.footerPrefix(), total, what)
	if len(pages) > 1 {
		foot = fmt.Sprintf("%s · page %d of %d · %d %s", f.footerPrefix(), page+1, len(pages), total, what)
	}
	e := Embed{
		Title:       title,
		Description: desc.String(),
		Color:       colorAnswer,
		Footer:      &EmbedFooter{Text: truncate(foot+questionMark+q, footMax)},
	}
	r := reply{embeds: []Embed{e}}
	if len(pages) > 1 {
		prev := Component{Type: ComponentButton, Style: ButtonSecondary, Label: truncate("◀ Previous", lim.label),
			CustomID: pageID(max(page-1, 0), q, lim.customID), Disabled: page == 0}
		next := Component{Type: ComponentButton, Style: ButtonPrimary, Label: truncate("Next ▶", lim.label),
			CustomID: pageID(min(page+1, len(pages)-1), q, lim.customID), Disabled: page == len(pages)-1}
		r.components = rows(lim, prev, next)
	}
	return r
}

// pageID encodes a Previous or Next button: "page:<page>:<question>", the
// question cut to fit. The two buttons of a message never show the same
// page, so their IDs differ.
func pageID(page int, question string, max int) string {
	id := customIDPage + ":" + strconv.Itoa(page) + ":"
	return id + cut(question, max-utf8.RuneCountInString(id))
}

// pack splits items into pages of at most n items whose texts, joined by a
// blank line, fit in size runes; it returns each page's [start, end).
func pack(items []string, size, n int) [][2]int {
	var pages [][2]int
	start, used := 0, 0
	for i, item := range items {
		k := utf8.RuneCountInString(item)
		if i > start && (i-start == n || used+2+k > size) {
			pages = append(pages, [2]int{start, i})
			start, used = i, 0
		}
		if i > start {
			used += 2
		}
		used += k
	}
	return append(pages, [2]int{start, len(items)})
}

// pagesTitle is the title of a paged answer: the section or document its
// results share.
func pagesTitle(a corpus.Answer) string {
	doc := sameDoc(a.Results)
	switch a.Shape {
	case corpus.ShapeSummary:
		if doc != "" {
			return "Summary · " + doc
		}
		return "Summary"
	case corpus.ShapePoints:
		t := fmt.Sprintf("%d points", len(a.Results))
		if doc != "" {
			t += " · " + doc
		}
		return t
	}
	if sameSection(a.Results) {
		return a.Results[0].Doc + corpus.Separator + a.Results[0].Heading()
	}
	if doc != "" {
		return doc
	}
	return "List"
}

// itemSegs is the i'th result of a paged answer: numbered (a summary's
// definition as it is, its other results as bullets), an exam tip or FAQ
// question in bold, its text, then its citation on a line of its own (a
// summary's bullets: after it) unless the title gives it (a list of one
// section), without the document when the title names it.
func itemSegs(a corpus.Answer, i int, section bool, doc string) []mdSeg {
	r := a.Results[i]
	var segs []mdSeg
	summary := a.Shape == corpus.ShapeSummary
	if sub := subsection(r); section && !summary && sub != "" && (i == 0 || subsection(a.Results[i-1]) != sub) {
		// Items of one section under subsections ("(b) PM-JAY"): each
		// subsection's name over its first item, as the title gives the section.
		segs = append(segs, bold(sub), markup("\n"))
	}
	switch {
	case summary && i == 0 && r.Kind == corpus.KindDefinition:
	case summary:
		segs = append(segs, markup("• "))
	default:
		segs = append(segs, bold(strconv.Itoa(i+1)+"."), markup(" "))
	}
	switch {
	case r.Kind == corpus.KindExamTip:
		segs = append(segs, bold("Exam tip:"), markup(" "))
		segs = append(segs, highlight(r.Text, r.Highlights)...)
	case summary:
		segs = append(segs, highlight(r.Text, r.Highlights)...)
	default:
		segs = append(segs, questionSegs(r.Question, r.Text, r.Highlights)...)
	}
	cite := r.Citation()
	if doc != "" {
		cite = strings.Join(r.Section, corpus.Separator)
	}
	switch {
	case section && !summary:
	case summary && i > 0:
		segs = append(segs, markup(" ("), text(cite), markup(")"))
	default:
		segs = append(segs, markup("\n— "), text(cite))
	}
	return segs
}

// shiftSpans moves spans back by n bytes, dropping what falls before 0.
func shiftSpans(spans []corpus.Span, n int) []corpus.Span {
	var out []corpus.Span
	for _, s := range spans {
		if s.End-n > 0 {
			out = append(out, corpus.Span{Start: max(0, s.Start-n), End: s.End - n})
		}
	}
	return out
}

// subsection is the path of r's section below its top-level heading,
// without numbers: "(b) Pradhan Mantri Jan Arogya Yojana (PM-JAY)" of
// "Components › (b) Pradhan Mantri Jan Arogya Yojana (PM-JAY) › 3"; "" for
// a passage of the top level, or a FAQ's exam tip.
func subsection(r corpus.Result) string {
	if r.Kind == corpus.KindExamTip {
		return "" // a FAQ's tip, labelled as one
	}
	var names []string
	for _, s := range r.Section[min(1, len(r.Section)):] {
		if _, err := strconv.Atoi(s); err != nil {
			names = append(names, s)
		}
	}
	return strings.Join(names, corpus.Separator)
}

func sameSection(rs []corpus.Result) bool {
	for _, r := range rs {
		if r.SectionID() != rs[0].SectionID() {
			return false
		}
	}
	return true
}

// sameDoc is the title of the document every result is from, or "".
func sameDoc(rs []corpus.Result) string {
	for _, r := range rs {
		if r.DocID != rs[0].DocID {
			return ""
		}
	}
	return rs[0].Doc
}

// sides formats a comparison or a two-part answer: one embed for each side
// or part (up to the embeds allowed), with its best passage.
func (f formatter) sides(a corpus.Answer, quote bool) reply {
	lim := f.limits()
	q := oneLine(a.Question)
	var best, rest []corpus.Result
	seen := map[int]bool{}
	for _, r := range a.Results {
		if seen[r.Part] || len(best) == lim.embeds {
			rest = append(rest, r)
			continue
		}
		seen[r.Part] = true
		best = append(best, r)
	}
	n := len(best)
	kind := "compare"
	if a.Shape == corpus.ShapeParts {
		kind = fmt.Sprintf("%d parts", n)
	}
	footer := truncate(f.footerPrefix()+" · "+kind+questionMark+q, min(lim.footer, lim.total/4))
	embeds := make([]Embed, n)
	used := utf8.RuneCountInString(footer)
	var buttons []Component
	sections := map[string]bool{}
	for i, r := range best {
		label := fmt.Sprintf("Part %d", r.Part+1)
		if r.Part < len(a.Parts) {
			label = a.Parts[r.Part]
		}
		if a.Shape == corpus.ShapeParts {
			label = fmt.Sprintf("Part %d: %s", r.Part+1, label)
		}
		e := Embed{
			Title: renderMD(plain(oneLine(label)), min(lim.title, lim.total/(8*n))),
			Color: colorAnswer,
		}
		if lim.fields > 0 {
			e.Fields = []EmbedField{{
				Name:  truncate("Source", lim.fieldName),
				Value: renderMD(plain(r.Citation()), min(lim.fieldValue, lim.total/(8*n))),
			}}
		}
		used += embedLen(e)
		embeds[i] = e
		if id := r.SectionID(); !sections[id] {
			sections[id] = true
			buttons = append(buttons, Component{
				Type:     ComponentButton,
				Style:    ButtonSecondary,
				Label:    truncate("Whole section: "+oneLine(label), lim.label),
				CustomID: refID(customIDSection, id, lim.customID),
			})
		}
	}
	last := &embeds[n-1]
	last.Footer = &EmbedFooter{Text: footer}
	var rel []Component
	doc := best[0].DocID // related passages of the same document are cited without its title
	for _, r := range best {
		if r.DocID != doc {
			doc = ""
		}
	}
	shown := map[string]bool{}
	for _, r := range best {
		shown[refID(customIDPassage, r.ID, lim.customID)] = true
	}
	for _, r := range rest {
		if len(rel) == sideRelated {
			break
		}
		if id := refID(customIDPassage, r.ID, lim.customID); !shown[id] {
			shown[id] = true
			rel = append(rel, Component{
				Type:     ComponentButton,
				Style:    ButtonSecondary,
				Label:    truncate(shortCitation(r.Passage, doc), lim.label),
				CustomID: id,
			})
		}
	}
	share := (lim.total - used) / n
	for i, r := range best {
		var segs []mdSeg
		if quote && i == 0 {
			segs = quoteSegs(q)
		}
		segs = append(segs, questionSegs(r.Question, r.Text, r.Highlights)...)
		embeds[i].Description = renderMD(segs, max(0, min(lim.description, share)))
	}
	return reply{embeds: embeds, components: rowsOf(lim, buttons, rel)}
}
