package bot

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// limits are the Discord limits a message must stay within, as Discord
// documents them (https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
// .../interactions/message-components and .../interactions/application-commands);
// discordgo checks none of them. Every count is in characters, which we take
// to be runes.
type limits struct {
	content     int // message content
	title       int // embed title
	description int // embed description
	fieldName   int
	fieldValue  int
	fields      int // fields per embed
	footer      int // embed footer text
	total       int // all embed text of one message
	embeds      int // embeds per message
	customID    int
	label       int // button label
	rowButtons  int // buttons per action row
	rows        int // action rows per message
	choices     int // autocomplete choices
	choice      int // autocomplete choice name and value
}

// discordLimits are the limits Discord enforces.
var discordLimits = limits{
	content:     2000,
	title:       256,
	description: 4096,
	fieldName:   256,
	fieldValue:  1024,
	fields:      25,
	footer:      2048,
	total:       6000,
	embeds:      10,
	customID:    100,
	label:       80,
	rowButtons:  5,
	rows:        5,
	choices:     25,
	choice:      100,
}

// Embed colours.
const (
	colorAnswer   = 0x5865F2
	colorNotFound = 0x99AAB5
	colorFact     = 0x57F287
)

// reply is a formatted message, before it becomes an interaction response
// or a channel message.
type reply struct {
	content    string
	embeds     []Embed
	components []Component
	ephemeral  bool
	ping       string // the one user the message may ping; "" pings nobody
}

// allowedMentions pings r.ping or nobody. Parse is never nil, so it encodes
// as [] and Discord parses no mentions out of the text.
func (r reply) allowedMentions() *AllowedMentions {
	am := &AllowedMentions{Parse: []string{}}
	if r.ping != "" {
		am.Users = []string{r.ping}
	}
	return am
}

// response makes r an interaction response of type t.
func (r reply) response(t ResponseType) *Response {
	d := &ResponseData{
		Content:         r.content,
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: r.allowedMentions(),
	}
	if r.ephemeral {
		d.Flags = MessageFlagEphemeral
	}
	return &Response{Type: t, Data: d}
}

// send makes r a channel message replying to m. A reply pings nobody, not
// even the author of m.
func (r reply) send(m *Message) *MessageSend {
	return &MessageSend{
		Content:         r.content,
		Embeds:          r.embeds,
		Components:      r.components,
		AllowedMentions: r.allowedMentions(),
		MessageReference: &MessageReference{
			MessageID:       m.ID,
			ChannelID:       m.ChannelID,
			GuildID:         m.GuildID,
			FailIfNotExists: false,
		},
	}
}

// formatter turns answers and passages into messages within Discord's
// limits. Its output is a pure function of its input; the zero value is
// ready to use.
type formatter struct {
	footer string // what each answer's footer starts with; default "conceptbot"
	lim    limits // zero means discordLimits
}

func (f formatter) limits() limits {
	if f.lim == (limits{}) {
		return discordLimits
	}
	return f.lim
}

func (f formatter) footerPrefix() string {
	if f.footer == "" {
		return "conceptbot"
	}
	return truncate(oneLine(f.footer), 200)
}

// questionMark introduces the question in an answer's footer, from where a
// "More results" button recovers it: a custom_id holds only 100 characters,
// and footers render neither markdown nor mentions, so the question can be
// stored there verbatim.
const questionMark = " · Q: "

// questionFromFooter recovers the question from an answer's footer.
func questionFromFooter(footer string) (string, bool) {
	_, q, ok := strings.Cut(footer, questionMark)
	if !ok || q == "" {
		return "", false
	}
	return q, true
}

// answer formats a as it is first shown (page 0), or the page'th page of
// its pager. Of an answer of another shape than a passage, the page'th page
// of that shape (shape.go). A passage answer's first page is its best
// passage, with "More results", "Whole section" and its related passages as
// buttons; its other pages are its other results, one a page, which "More
// results" opens for whoever pressed it alone (see paging.go). Not
// answered, it lists the closest sections instead, for the asker alone.
// quote starts the description with the question quoted, for answers to
// someone else's message.
func (f formatter) answer(a corpus.Answer, page int, quote bool) reply {
	if r, ok := f.shaped(a, page, quote); ok {
		return r // a list, summary, points, comparison or parts (shape.go)
	}
	if !a.Answered || len(a.Results) == 0 {
		return f.notFound(a, quote)
	}
	page = max(0, min(page, len(a.Results)-1))
	if page == 0 {
		return f.best(a, quote)
	}
	return f.result(a, page, quote)
}

// best formats the first result of a as the answer everyone sees: the
// footer gives the confidence and the question, and nothing it cannot
// show ("result 1 of 10" would count results that are not on it).
func (f formatter) best(a corpus.Answer, quote bool) reply {
	lim := f.limits()
	res, q := a.Results[0], oneLine(a.Question)
	pct := int(math.Round(max(0, min(1, a.Confidence)) * 100))
	e := f.resultEmbed(res, q, quote, fmt.Sprintf("%s · confidence %d%%", f.footerPrefix(), pct), a.Note)

	var main []Component
	if len(a.Results) > 1 {
		main = append(main, Component{
			Type:     ComponentButton,
			Style:    ButtonPrimary,
			Label:    truncate("More results", lim.label),
			CustomID: moreID(1, q, lim.customID),
		})
	}
	main = append(main, wholeSection(lim, res.SectionID()))
	var rel []Component
	for _, r := range related(a.Results, 0, relatedButtons) {
		rel = append(rel, Component{
			Type:     ComponentButton,
			Style:    ButtonSecondary,
			Label:    truncate(shortCitation(r.Passage, res.DocID), lim.label),
			CustomID: refID(customIDPassage, r.ID, lim.customID),
		})
	}
	return reply{embeds: []Embed{e}, components: rowsOf(lim, main, rel)}
}

// relatedButtons is how many related passages an answer offers as buttons.
const relatedButtons = 2

// result formats the page'th result of a (page >= 1) as a page of the
// pager "More results" opens: Previous and Next turn it in place (page:
// custom IDs, as the pages of shaped answers), and the first of these
// pages is the second result, the first being on the answer itself.
func (f formatter) result(a corpus.Answer, page int, quote bool) reply {
	lim := f.limits()
	res, q, n := a.Results[page], oneLine(a.Question), len(a.Results)
	e := f.resultEmbed(res, q, quote, fmt.Sprintf("%s · result %d of %d", f.footerPrefix(), page+1, n), "")
	prev := Component{Type: ComponentButton, Style: ButtonSecondary, Label: truncate("◀ Previous", lim.label),
		CustomID: pageID(page-1, q, lim.customID), Disabled: page == 1}
	next := Component{Type: ComponentButton, Style: ButtonPrimary, Label: truncate("Next ▶", lim.label),
		CustomID: pageID(min(page+1, n-1), q, lim.customID), Disabled: page == n-1}
	return reply{embeds: []Embed{e}, components: rows(lim, prev, next, wholeSection(lim, res.SectionID()))}
}

// resultEmbed shows res under its citation, then note if any; the footer
// is foot, then the question, from where the buttons recover it.
func (f formatter) resultEmbed(res corpus.Result, q string, quote bool, foot, note string) Embed {
	lim := f.limits()
	e := Embed{
		Title:  renderMD(plain(res.Citation()), min(lim.title, lim.total/8)),
		Color:  colorAnswer,
		Footer: &EmbedFooter{Text: truncate(foot+questionMark+q, min(lim.footer, lim.total/4))},
	}
	var segs []mdSeg
	if quote {
		segs = quoteSegs(q)
	}
	segs = append(segs, questionSegs(res.Question, res.Text, res.Highlights)...)
	if note != "" {
		segs = append(segs, markup("\n\n-# "), text(note)) // small print under the answer
	}
	e.Description = renderMD(segs, min(lim.description, lim.total-embedLen(e)))
	return e
}

// wholeSection is the button that shows section id to whoever presses it.
func wholeSection(lim limits, id string) Component {
	return Component{
		Type:     ComponentButton,
		Style:    ButtonSecondary,
		Label:    truncate("Whole section", lim.label),
		CustomID: refID(customIDSection, id, lim.customID),
	}
}

// questionSegs is a passage's text with its highlights, under its FAQ
// question in bold when it has one. A FAQ's text starts with its question:
// that copy is left out, so the question shows once.
func questionSegs(question, text string, spans []corpus.Span) []mdSeg {
	if strings.TrimSpace(question) == "" {
		return highlight(text, spans)
	}
	segs := []mdSeg{bold(truncate(oneLine(question), 300))}
	if rest, ok := strings.CutPrefix(text, question); ok {
		rest = strings.TrimLeft(rest, "\n ")
		spans = shiftSpans(spans, len(text)-len(rest))
		text = rest
	}
	if text == "" {
		return segs
	}
	return append(append(segs, markup("\n")), highlight(text, spans)...)
}

// shortCitation cites p briefly: without the document's title when it is
// doc, with it shortened otherwise.
func shortCitation(p corpus.Passage, doc string) string {
	path := strings.Join(p.Section, corpus.Separator)
	if p.DocID == doc {
		return path
	}
	return shortTitle(p.Doc) + corpus.Separator + path
}

// shortTitleRunes is the most runes of a document title shortTitle keeps.
const shortTitleRunes = 24

// shortTitle shortens a document title to its first words within
// shortTitleRunes runes, ending it with "…" when it cuts.
func shortTitle(title string) string {
	title = oneLine(title)
	if utf8.RuneCountInString(title) <= shortTitleRunes {
		return title
	}
	var b strings.Builder
	for i, w := range strings.Fields(title) {
		if utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(w) > shortTitleRunes-1 {
			if i == 0 {
				return truncate(title, shortTitleRunes)
			}
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return strings.TrimRight(b.String(), ",;:-–—&") + "…"
}

// moreID encodes the "More results" button for page: "more:<page>:<question>",
// the question cut to fit.
func moreID(page int, question string, max int) string {
	id := customIDMore + ":" + strconv.Itoa(page) + ":"
	return id + cut(question, max-utf8.RuneCountInString(id))
}

// refID names a section or passage in a custom_id or choice value:
// "<kind>:<id>", or "<kind>#<hash>" when that is longer than max (or not
// valid UTF-8).
func refID(kind, id string, max int) string {
	s := kind + ":" + id
	if utf8.RuneCountInString(s) <= max && utf8.ValidString(s) {
		return s
	}
	return kind + "#" + hashID(id)
}

// hashID is a short stand-in for an ID too long for a custom_id.
func hashID(id string) string {
	h := fnv.New64a()
	h.Write([]byte(id))
	return strconv.FormatUint(h.Sum64(), 16)
}

// related returns up to n results other than the page'th, the next ones
// first, without repeating a citation.
func related(rs []corpus.Result, page, n int) []corpus.Result {
	seen := map[string]bool{rs[page].Citation(): true}
	var out []corpus.Result
	for k := 1; k < len(rs) && len(out) < n; k++ {
		r := rs[(page+k)%len(rs)]
		if c := r.Citation(); !seen[c] {
			seen[c] = true
			out = append(out, r)
		}
	}
	return out
}

// notFound says the notes do not answer a.Question and offers the closest
// sections as buttons. It is for the asker alone: a miss helps nobody else.
// The buttons are labelled with the section's heading (the citations are
// in the text), with the document's title shortened when two headings are
// the same.
func (f formatter) notFound(a corpus.Answer, quote bool) reply {
	lim := f.limits()
	q := oneLine(a.Question)
	e := Embed{
		Title:  truncate("Not in the notes", lim.title),
		Color:  colorNotFound,
		Footer: &EmbedFooter{Text: truncate(f.footerPrefix()+questionMark+q, min(lim.footer, lim.total/4))},
	}
	var segs []mdSeg
	if quote {
		segs = quoteSegs(q)
	}
	if a.Note != "" {
		segs = append(segs, text(a.Note)) // document titles are the notes' text, escaped
	} else {
		segs = append(segs, markup("I couldn't find that in the notes."))
	}

	var closest []corpus.Result
	seen := map[string]bool{}
	headings := map[string]int{}
	for _, r := range a.Results {
		if id := r.SectionID(); !seen[id] && len(closest) < 3 {
			seen[id] = true
			closest = append(closest, r)
			headings[oneLine(r.Heading())]++
		}
	}
	var buttons []Component
	for i, r := range closest {
		if i == 0 {
			segs = append(segs, markup("\n\nClosest sections:"))
		}
		segs = append(segs, markup("\n• "), text(r.Doc+corpus.Separator+r.Heading()))
		label := oneLine(r.Heading())
		switch {
		case label == "":
			label = shortTitle(r.Doc)
		case headings[label] > 1:
			label += " · " + shortTitle(r.Doc)
		}
		buttons = append(buttons, Component{
			Type:     ComponentButton,
			Style:    ButtonSecondary,
			Label:    truncate(label, lim.label),
			CustomID: refID(customIDSection, r.SectionID(), lim.customID),
		})
	}
	e.Description = renderMD(segs, min(lim.description, lim.total-embedLen(e)))
	return reply{embeds: []Embed{e}, components: rows(lim, buttons...), ephemeral: true}
}

// quoteSegs quotes the question on one line, followed by a blank line.
func quoteSegs(q string) []mdSeg {
	return []mdSeg{markup("> "), text(truncate(q, 300)), markup("\n\n")}
}

// passage formats one passage under title, with its citation as a field
// when the title is not the citation itself.
func (f formatter) passage(p corpus.Passage, title string, color int, buttons ...Component) reply {
	lim := f.limits()
	e := Embed{
		Title:  renderMD(plain(title), min(lim.title, lim.total/8)),
		Color:  color,
		Footer: &EmbedFooter{Text: f.footerPrefix()},
	}
	if title != p.Citation() && lim.fields > 0 {
		e.Fields = []EmbedField{{
			Name:  truncate("Source", lim.fieldName),
			Value: renderMD(plain(p.Citation()), min(lim.fieldValue, lim.total/8)),
		}}
	}
	e.Description = renderMD(questionSegs(p.Question, p.Text, nil), min(lim.description, lim.total-embedLen(e)))
	buttons = append(buttons, wholeSection(lim, p.SectionID()))
	return reply{embeds: []Embed{e}, components: rows(lim, buttons...)}
}

// section formats every passage of s, packed into as many embeds as the
// limits allow; passages that do not fit are counted in a closing note. The
// last embed's footer counts the passages.
func (f formatter) section(s corpus.Section) reply {
	lim := f.limits()
	const reserve = 80 // room for the closing note
	title := renderMD(plain(s.Citation), min(lim.title, lim.total/8))
	what := "passages"
	if len(s.Passages) == 1 {
		what = "passage"
	}
	foot := &EmbedFooter{Text: truncate(fmt.Sprintf("%s · %d %s", f.footerPrefix(), len(s.Passages), what), lim.footer)}
	budget := lim.total - utf8.RuneCountInString(title) - utf8.RuneCountInString(foot.Text) - reserve
	descMax := lim.description - reserve

	embeds := []Embed{{Title: title, Color: colorAnswer}}
	cur := &embeds[0]
	used := 0 // embed text so far, not counting the title
	omitted := 0
	for i, p := range s.Passages {
		block := renderMD(passageSegs(p), min(descMax, budget))
		n := utf8.RuneCountInString(block)
		sep := 0
		if cur.Description != "" {
			sep = 2
		}
		switch {
		case utf8.RuneCountInString(cur.Description)+sep+n <= descMax && used+sep+n <= budget:
			if sep > 0 {
				cur.Description += "\n\n"
			}
			cur.Description += block
			used += sep + n
		case len(embeds) < lim.embeds && used+n <= budget:
			embeds = append(embeds, Embed{Description: block, Color: colorAnswer})
			cur = &embeds[len(embeds)-1]
			used += n
		default:
			omitted = len(s.Passages) - i
		}
		if omitted > 0 {
			break
		}
	}
	if omitted > 0 {
		note := fmt.Sprintf("\n\n…and %d more. Look one up with /lookup.", omitted)
		cur.Description += truncate(note, reserve)
	}
	cur.Footer = foot
	return reply{embeds: embeds}
}

// passageSegs is a passage as part of a section: its number, year or
// question in bold (an exam tip says so: its question is just above), then
// its text.
func passageSegs(p corpus.Passage) []mdSeg {
	var segs []mdSeg
	switch {
	case p.Kind == corpus.KindExamTip:
		segs = append(segs, bold("Exam tip:"), markup(" "))
	case p.Question != "":
		return questionSegs(p.Question, p.Text, nil)
	case p.Year != 0:
		segs = append(segs, bold(strconv.Itoa(p.Year)), markup(" "))
	case p.Ordinal > 0:
		segs = append(segs, bold(strconv.Itoa(p.Ordinal)+"."), markup(" "))
	}
	return append(segs, plain(p.Text)...)
}

// rowsOf lays each group of buttons out in action rows of its own, within
// the limits: groups that find no row left are dropped.
func rowsOf(lim limits, groups ...[]Component) []Component {
	var out []Component
	for _, g := range groups {
		out = append(out, rows(limits{rowButtons: lim.rowButtons, rows: lim.rows - len(out)}, g...)...)
	}
	return out
}

// rows lays buttons out in action rows within the limits.
func rows(lim limits, buttons ...Component) []Component {
	if n := lim.rowButtons * lim.rows; len(buttons) > n {
		buttons = buttons[:n]
	}
	var out []Component
	for len(buttons) > 0 {
		n := min(len(buttons), lim.rowButtons)
		out = append(out, Component{Type: ComponentActionRow, Components: buttons[:n:n]})
		buttons = buttons[n:]
	}
	return out
}

// embedLen counts the text of e that counts towards the 6000 total.
func embedLen(e Embed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	return n
}

// truncate shortens s to at most n runes, ending it with "…" when cut, and
// replaces invalid UTF-8. For text Discord shows as is (footers, labels,
// choices); markdown goes through renderMD.
func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	return strings.TrimRightFunc(cut(s, n-1), unicode.IsSpace) + "…"
}

// cut returns at most the first n runes of s.
func cut(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// oneLine replaces runs of white space (newlines included) with one space
// and invalid UTF-8 with U+FFFD.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// Markdown.
//
// Text from the notes and from users is shown in Discord markdown, so it is
// escaped: every markdown character gets a backslash, line starts that would
// make a heading, quote or list are escaped, and mentions (@everyone, @here,
// <@id>, <#id>, <:emoji:id>, <t:…>) are broken with a zero-width space.
// Discord pings nobody from an embed, but the text should read the same in
// content. Truncation works on the escaped text: it never splits a rune or an
// escape and never leaves bold open.

// mdSeg is a piece of a markdown text.
type mdSeg struct {
	s      string
	bold   bool // text to show in bold
	markup bool // markdown written by us, not escaped and never cut
}

func text(s string) mdSeg   { return mdSeg{s: s} }
func bold(s string) mdSeg   { return mdSeg{s: s, bold: true} }
func markup(s string) mdSeg { return mdSeg{s: s, markup: true} }

// plain is s as escaped text, without highlights.
func plain(s string) []mdSeg { return []mdSeg{text(s)} }

// highlight splits s into plain and bold segments at the byte ranges hs.
// Ranges are clamped, widened to whole runes, merged when they touch or only
// spaces lie between them, and never made bold across a line break or
// around white space, where Discord would not render it.
func highlight(s string, hs []corpus.Span) []mdSeg {
	spans := make([]corpus.Span, 0, len(hs))
	for _, h := range hs {
		h.Start, h.End = max(0, min(h.Start, len(s))), max(0, min(h.End, len(s)))
		for h.Start > 0 && h.Start < len(s) && !utf8.RuneStart(s[h.Start]) {
			h.Start--
		}
		for h.End < len(s) && !utf8.RuneStart(s[h.End]) {
			h.End++
		}
		if h.Start < h.End {
			spans = append(spans, h)
		}
	}
	sortSpans(spans)

	var segs []mdSeg
	at := 0
	for i := 0; i < len(spans); {
		h := spans[i]
		for i++; i < len(spans) && (spans[i].Start <= h.End || strings.Trim(s[h.End:spans[i].Start], " \t") == ""); i++ {
			h.End = max(h.End, spans[i].End)
		}
		if h.Start < at {
			h.Start = at
		}
		if at < h.Start {
			segs = append(segs, text(s[at:h.Start]))
		}
		for j, line := range strings.Split(s[h.Start:h.End], "\n") {
			if j > 0 {
				segs = append(segs, text("\n"))
			}
			core := strings.TrimSpace(line)
			if core == "" {
				segs = append(segs, text(line))
				continue
			}
			lead := line[:strings.Index(line, core)]
			trail := line[len(lead)+len(core):]
			segs = append(segs, text(lead), bold(core), text(trail))
		}
		at = h.End
	}
	if at < len(s) {
		segs = append(segs, text(s[at:]))
	}
	return segs
}

// sortSpans sorts spans by start (insertion sort: there are few).
func sortSpans(spans []corpus.Span) {
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j].Start < spans[j-1].Start; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
}

// renderMD writes segs as markdown of at most limit runes. When it must cut,
// it cuts between escapes and ends with "…", closing bold first.
func renderMD(segs []mdSeg, limit int) string {
	if limit <= 0 {
		return ""
	}
	// Escape every segment into one buffer. Atoms, the units a cut may not
	// split, are found again only in the segment that must be cut.
	type escSeg struct {
		from, to int     // its escaped text is buf[from:to]
		runes    int     // in its escaped text
		at       escaper // the state it started in
	}
	es := make([]escSeg, len(segs))
	size := 0
	for _, sg := range segs {
		size += len(sg.s)
	}
	buf := make([]byte, 0, size+size/8)
	e := escaper{lineStart: true}
	total := 0
	for i, sg := range segs {
		es[i].from, es[i].at = len(buf), e
		if sg.markup {
			buf = append(buf, sg.s...)
			es[i].runes = utf8.RuneCountInString(sg.s)
			e.markup(sg.s)
		} else {
			buf, es[i].runes = e.text(buf, sg.s, nil)
		}
		es[i].to = len(buf)
		total += es[i].runes
		if sg.bold && es[i].to > es[i].from {
			total += 4
		}
	}
	budget := limit
	if total > limit {
		budget = limit - 1 // for "…"
	}
	var b strings.Builder
	b.Grow(len(buf) + 4*len(segs))
	used := 0
	for i, sg := range segs {
		esc := buf[es[i].from:es[i].to]
		if len(esc) == 0 {
			continue
		}
		over := 0
		if sg.bold {
			over = 4
		}
		if used+over+es[i].runes <= budget {
			writeMD(&b, esc, sg.bold)
			used += over + es[i].runes
			continue
		}
		if sg.markup {
			break
		}
		// The atoms of this segment, as where each ends in esc.
		var ends []int
		at := es[i].at
		at.text(nil, sg.s, &ends)
		k, n, start := 0, 0, 0
		for k < len(ends) && used+over+n+utf8.RuneCount(esc[start:ends[k]]) <= budget {
			n += utf8.RuneCount(esc[start:ends[k]])
			start = ends[k]
			k++
		}
		if sg.bold {
			for k > 0 && len(bytes.TrimSpace(esc[atomStart(ends, k-1):ends[k-1]])) == 0 {
				k--
			}
		}
		if k > 0 {
			writeMD(&b, esc[:ends[k-1]], sg.bold)
		}
		break
	}
	if total <= limit {
		return b.String()
	}
	return strings.TrimRightFunc(b.String(), unicode.IsSpace) + "…"
}

// atomStart is where the k'th atom starts, given where each ends.
func atomStart(ends []int, k int) int {
	if k == 0 {
		return 0
	}
	return ends[k-1]
}

func writeMD(b *strings.Builder, esc []byte, bold bool) {
	if bold {
		b.WriteString("**")
	}
	b.Write(esc)
	if bold {
		b.WriteString("**")
	}
}

// escaper escapes text segments. Whether a rune starts a line carries over
// from one segment to the next.
type escaper struct {
	lineStart, digits bool // at the start of a line; only digits since
}

// markup notes that markup m was written.
func (e *escaper) markup(m string) {
	if m != "" {
		e.lineStart = strings.HasSuffix(m, "\n") || (e.lineStart && strings.TrimSpace(m) == "")
		e.digits = false
	}
}

// text appends s, escaped, to b and returns it with the number of runes
// appended. When ends is not nil, it also appends where in b each atom
// ends: a rune, or a rune with its escape.
func (e *escaper) text(b []byte, s string, ends *[]int) ([]byte, int) {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD")
	n := 0
	for j, r := range s {
		rest := s[j+utf8.RuneLen(r):]
		switch {
		case r == '\r':
			b = append(b, '\n')
			n++
		case strings.ContainsRune("\\*_~`|[]", r),
			e.lineStart && strings.ContainsRune("#>-+", r):
			b = append(b, '\\')
			b = utf8.AppendRune(b, r)
			n += 2
		case r == '.' && e.digits && strings.HasPrefix(rest, " "):
			b = append(b, `\.`...)
			n += 2
		case r == '<' && (strings.HasPrefix(rest, "@") || strings.HasPrefix(rest, "#") ||
			strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "a:") || strings.HasPrefix(rest, "t:") ||
			strings.HasPrefix(rest, "/")):
			b = append(b, "<\u200b"...)
			n += 2
		case r == '@' && (hasPrefixFold(rest, "everyone") || hasPrefixFold(rest, "here")):
			b = append(b, "@\u200b"...)
			n += 2
		default:
			b = utf8.AppendRune(b, r)
			n++
		}
		if ends != nil {
			*ends = append(*ends, len(b))
		}
		switch {
		case r == '\n' || r == '\r':
			e.lineStart, e.digits = true, false
		case e.lineStart && (r == ' ' || r == '\t'):
		case r >= '0' && r <= '9' && (e.lineStart || e.digits):
			e.lineStart, e.digits = false, true
		default:
			e.lineStart, e.digits = false, false
		}
	}
	return b, n
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// check reports the first way r breaks the limits or our markdown rules:
// lengths, counts, valid UTF-8, balanced bold and whole escapes. Tests call
// it on everything the formatter makes.
func (lim limits) check(r reply) error {
	n := func(s string) int { return utf8.RuneCountInString(s) }
	strs := []string{r.content}
	if n(r.content) > lim.content {
		return fmt.Errorf("content has %d runes, limit %d", n(r.content), lim.content)
	}
	if len(r.embeds) > lim.embeds {
		return fmt.Errorf("%d embeds, limit %d", len(r.embeds), lim.embeds)
	}
	total := 0
	for i, e := range r.embeds {
		total += embedLen(e)
		md := []string{e.Title, e.Description}
		switch {
		case n(e.Title) > lim.title:
			return fmt.Errorf("embed %d: title has %d runes, limit %d", i, n(e.Title), lim.title)
		case n(e.Description) > lim.description:
			return fmt.Errorf("embed %d: description has %d runes, limit %d", i, n(e.Description), lim.description)
		case len(e.Fields) > lim.fields:
			return fmt.Errorf("embed %d: %d fields, limit %d", i, len(e.Fields), lim.fields)
		case e.Footer != nil && n(e.Footer.Text) > lim.footer:
			return fmt.Errorf("embed %d: footer has %d runes, limit %d", i, n(e.Footer.Text), lim.footer)
		}
		if e.Footer != nil {
			strs = append(strs, e.Footer.Text)
		}
		for j, f := range e.Fields {
			if n(f.Name) > lim.fieldName || n(f.Value) > lim.fieldValue || f.Name == "" || f.Value == "" {
				return fmt.Errorf("embed %d field %d: name %d runes, value %d runes", i, j, n(f.Name), n(f.Value))
			}
			md = append(md, f.Name, f.Value)
		}
		for _, s := range md {
			if err := checkMD(s); err != nil {
				return fmt.Errorf("embed %d: %v in %q", i, err, s)
			}
		}
		strs = append(strs, md...)
	}
	if total > lim.total {
		return fmt.Errorf("embeds have %d runes of text, limit %d", total, lim.total)
	}
	if len(r.components) > lim.rows {
		return fmt.Errorf("%d rows, limit %d", len(r.components), lim.rows)
	}
	ids := map[string]bool{}
	for _, row := range r.components {
		if row.Type != ComponentActionRow || len(row.Components) == 0 || len(row.Components) > lim.rowButtons {
			return fmt.Errorf("bad action row: type %d with %d components", row.Type, len(row.Components))
		}
		for _, c := range row.Components {
			if c.CustomID == "" || n(c.CustomID) > lim.customID || ids[c.CustomID] {
				return fmt.Errorf("button %q: custom_id %q empty, too long or repeated", c.Label, c.CustomID)
			}
			ids[c.CustomID] = true
			if c.Label == "" || n(c.Label) > lim.label {
				return fmt.Errorf("button label %q: %d runes, limit %d", c.Label, n(c.Label), lim.label)
			}
			strs = append(strs, c.Label, c.CustomID)
		}
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			return fmt.Errorf("invalid UTF-8: %q", s)
		}
	}
	return nil
}

// checkMD reports bold left open and escapes of nothing in markdown we wrote.
func checkMD(s string) error {
	bolds := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			if i+1 >= len(s) || !strings.ContainsRune(`\*_~|[]#>-+.`+"`", rune(s[i+1])) {
				return fmt.Errorf("dangling escape at byte %d", i)
			}
			i++
		case strings.HasPrefix(s[i:], "**"):
			bolds++
			i++
		}
	}
	if bolds%2 != 0 {
		return fmt.Errorf("unbalanced bold")
	}
	for _, m := range []string{"@everyone", "@here", "<@", "<#"} {
		if strings.Contains(strings.ToLower(s), m) {
			return fmt.Errorf("live mention %q", m)
		}
	}
	return nil
}
