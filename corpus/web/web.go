// Package web reads saved web pages (.html, .htm) as concept documents.
//
// A page is cut down to its article with go-readability (a port of
// Firefox's Reader View): navigation, scripts, adverts, comments,
// sidebars, footers, cookie banners and bylines (author, date, reading
// time, share buttons) go — but a discussion's replies, when they say more
// than its short post (a forum thread), follow it. If readability keeps much less
// than the page's own <article> or <main> holds (it can drop a table or a
// box it scores as clutter), that element, cleaned the same way, is used
// instead. The article is then written as Markdown: the page's h1 (or the
// heading its <title> starts with) is the title, h2…h6 are sections at
// their depth, and so are bold paragraphs that read as headings; lists and
// tables stay lists and pipe tables (a header row first, spanned cells
// repeated), a tip box becomes "**Exam Tip:** …", a <details> box whose
// summary asks a question becomes that question with its answer (see
// writer.details), paragraphs and lists of links to other pages ("Also
// read:") go, and corpus reads the result with its Markdown parser.
//
// Importing the package registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/web"
package web

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/htmlclass"
	"github.com/conceptbot/conceptbot/corpus/pdftext"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "web page",
		Extensions: []string{".html", ".htm", ".xhtml"},
		Magic:      IsHTML,
		Convert:    Markdown,
	})
	corpus.RegisterHTMLTables(Table)
}

// Table writes an HTML table, one pasted into Markdown notes, as a page's
// tables are written: a pipe table with its header, the label and value
// lines of a box of facts, or the paragraphs of a layout table. It returns
// nil for a block that is not one table within the page limits.
func Table(block string) []string {
	doc, n, err := parse([]byte(block))
	if err != nil || n > MaxElements {
		return nil
	}
	table := findFunc(doc, func(x *html.Node) bool { return x.DataAtom == atom.Table })
	if table == nil {
		return nil
	}
	w := &writer{opening: -1} // a box of facts is written where it stands
	// Text in the table outside its cells ("<table>Note<tr>…") is shown
	// above it, as a browser moves it: it went before the table.
	var before strings.Builder
	for c := table.Parent.FirstChild; c != nil && c != table; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			before.WriteString(c.Data)
		case html.ElementNode:
			before.WriteString(inlineText(c))
		}
	}
	if t := strings.Join(strings.Fields(before.String()), " "); t != "" {
		w.paragraph(corpus.EscapeMarkdown(t), 0)
	}
	w.table(table, 0)
	return strings.Split(strings.TrimRight(w.buf.String(), "\n"), "\n")
}

// Limits on one page. A saved article is tens to hundreds of kilobytes;
// the limits keep a huge or hostile file to a bounded, brief parse.
const (
	MaxBytes    = 10 << 20 // larger pages are refused
	MaxElements = 100_000  // likewise pages with more elements
	MaxDepth    = 256      // elements nested deeper are read as text
)

// lineAttr carries each element's line in the saved file through
// readability, so problems can be reported at the page's own lines;
// idAttr numbers the elements, so what readability dropped can be found.
const (
	lineAttr = "data-conceptbot-line"
	idAttr   = "data-conceptbot-id"
	// levelAttr keeps a heading's level: readability makes <h1>s <h2>s.
	levelAttr = "data-conceptbot-level"
	// boxAttr marks a fact box restore put back into the article.
	boxAttr = "data-conceptbot-box"
)

// headingLevel is the level of heading n (1 for <h1>) as the page wrote it.
func headingLevel(n *html.Node) int {
	if l, err := strconv.Atoi(attr(n, levelAttr)); err == nil {
		return l
	}
	return int(n.Data[1] - '0')
}

// IsHTML reports whether data starts (after a byte-order mark, white space
// and comments) like an HTML document.
func IsHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		if !bytes.HasPrefix(data, []byte("<!--")) {
			break
		}
		end := bytes.Index(data, []byte("-->"))
		if end < 0 {
			return false
		}
		data = data[end+3:]
	}
	head := strings.ToLower(string(data[:min(len(data), 15)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// Markdown converts a saved web page to Markdown: its article, the page's
// clutter left out.
func Markdown(data []byte) (corpus.Converted, error) { return convert(data, article) }

// Content converts to Markdown an HTML document that is all content, as a
// note an app exports is: the whole of its body but scripts, styles and
// hidden elements, none of it taken for a page's clutter (a byline, a
// navigation list).
func Content(data []byte) (corpus.Converted, error) {
	return convert(data, func(doc *html.Node) (*html.Node, string) {
		if b := find(doc, atom.Body); b != nil {
			return footnotesHeaded(withoutChapterLabels(without(b, skipped))), ""
		}
		return doc, ""
	})
}

// convert writes a web page as Markdown, read from the part of it that
// content returns, with the title that part gives ("" when none).
func convert(data []byte, content func(doc *html.Node) (*html.Node, string)) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("web page too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	doc, n, err := parse(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	if n > MaxElements {
		return corpus.Converted{}, fmt.Errorf("web page too large: %d elements (the limit is %d)", n, MaxElements)
	}
	if pages := placedPages(doc); pages != nil {
		return pdftext.Layout(pages) // a document viewer's page: the document it shows, laid out as its PDF is
	}
	infoboxes(doc) // before layoutTables, which would read its nested table as the page's layout
	layoutTables(doc)
	unrollPosts(doc)
	shownObjects(doc)
	pollChoices(doc)
	ariaHeadings(doc)
	timedHeadings(doc)
	boxHeads(doc)
	openPanels(doc)
	kindleNotebook(doc)
	bookNotes(doc)
	boxedNotes(doc)
	headingButtons(doc)
	panelButtons(doc)
	boldSpans(doc)
	markerLists(doc)
	numberedLeads(doc)
	taskBoxes(doc)
	// A wiki's reference and edit marks go before readability scores the
	// page: a heading with its "[edit]" link reads to it as a box of
	// links, and goes ("Background[edit]").
	remove(doc, bracketMark)
	remove(doc, permalink)
	remove(doc, linkTable)
	remove(doc, contentsHeading)
	remove(doc, func(x *html.Node) bool { return feedbackPrompt(x) || agencyCredit(x) }) // before readability, which drops the buttons that tell a rating's prompt
	unlinkedRelated(doc)
	figureCards(doc)
	inlineHeadings(doc)
	body, readTitle := content(doc)
	dropShownFrontMatter(body)
	w := &writer{questions: faqQuestions(doc)}
	titlePara := titleParagraph(body)
	// A page with headings but no <h1> or <title> is written without a
	// title line: the Markdown's own rules then title it by its first
	// heading, and warn.
	title, titleLine := pageTitle(doc, body, readTitle, titlePara)
	if title == "" && findFunc(body, isHeading) == nil {
		return corpus.Converted{}, fmt.Errorf("web page has no title: no <h1> or <title>")
	}
	if title != "" {
		if titlePara != nil && inlineText(titlePara) == title && titlePara.Parent != nil {
			titlePara.Parent.RemoveChild(titlePara)
		}
		w.title = "# " + title
		w.line(w.title, titleLine)
		sub := subtitle(doc, body, title)
		if sub == nil {
			sub = headerSubtitle(body, title)
		}
		if sub != nil {
			w.line(inlineText(sub), lineOf(sub)) // right under the title: corpus reads it as the subtitle
			sub.Parent.RemoveChild(sub)
		}
	}
	if cat := metaContent(doc, "article:section"); cat != "" {
		w.line("Category: "+corpus.EscapeMarkdown(cat), max(titleLine, 1))
	}
	w.blank()
	w.opening = w.buf.Len()
	w.top, w.shift = topLevel(body, w.title)
	w.blocks(body, 0)
	w.putFacts()
	return corpus.Converted{Text: footnoteMarks(w.buf.Bytes()), Markdown: true, Origin: w.origin, Unit: "line"}, nil
}

// dropShownFrontMatter removes from an article the front matter of
// Markdown notes that a renderer showed as text: a rule first of all, then
// "title: …", "tags:" and the like, and a rule (or the heading the rule
// made of the line above it) to close it.
func dropShownFrontMatter(body *html.Node) {
	var open *html.Node // the article's first rule, or its first text
	walk(body, func(n *html.Node) bool {
		if open == nil && (n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" || n.Type == html.ElementNode && n.DataAtom == atom.Hr) {
			open = n
		}
		return open == nil
	})
	if open == nil || open.Type != html.ElementNode {
		return // text before any rule: no front matter
	}
	first := nextElement(open)
	if first == nil || !yamlKeyRE.MatchString(strings.TrimSpace(textContent(first))) {
		return
	}
	shown := []*html.Node{open}
	for x := first; x != nil && len(shown) <= maxFrontMatterBlocks; x = nextElement(x) {
		shown = append(shown, x)
		if x.DataAtom == atom.Hr || x.DataAtom == atom.H2 && yamlKeyRE.MatchString(strings.TrimSpace(textContent(x))) {
			for _, n := range shown {
				n.Parent.RemoveChild(n)
			}
			return
		}
		if isHeading(x) {
			return
		}
	}
}

// yamlKeyRE matches the start of a line of YAML front matter, "tags:" (its
// keys are written in lower case; "Note: …" is prose).
var yamlKeyRE = regexp.MustCompile(`^[a-z_][\w-]*:(?:\s|$)`)

// maxFrontMatterBlocks is the most blocks front matter shown as text runs to.
const maxFrontMatterBlocks = 50

// footnoteDefRE finds a footnote that a page made from Markdown notes
// shows as the notes wrote it, escaped as page text: "[^3]: The EU's …";
// footnoteMarkRE a mark of one, "[^3]".
var (
	footnoteDefRE  = regexp.MustCompile(`(?m)^&#91;\^([^\]\s]+)\]:`)
	footnoteMarkRE = regexp.MustCompile(`&#91;\^([^\]\s]+)\]`)
)

// footnoteMarks gives back the marks of the footnotes md writes out as
// text ("[^3]" where it cites the note, "[^3]:" where it gives it), so
// that corpus reads each note where it is cited, as in the notes.
func footnoteMarks(md []byte) []byte {
	defined := map[string]bool{}
	for _, d := range footnoteDefRE.FindAllSubmatch(md, -1) {
		defined[string(d[1])] = true
	}
	if len(defined) == 0 {
		return md
	}
	return footnoteMarkRE.ReplaceAllFunc(md, func(mark []byte) []byte {
		if id := mark[len("&#91;^") : len(mark)-1]; defined[string(id)] {
			return append([]byte("[^"), mark[len("&#91;^"):]...)
		}
		return mark
	})
}

// original is the element of the page that x, an element of what
// readability kept, stands for, by its number (the <h2> of the <div>
// readability made a paragraph of, when it held that alone): its classes
// are the page's.
func original(doc, x *html.Node) *html.Node {
	id, ok := attrOK(x, idAttr)
	if !ok {
		return x
	}
	o := byID(doc, id)
	if o == nil {
		return x
	}
	for c := onlyElement(o); c != nil && collapse(textContent(c)) == collapse(textContent(o)); c = onlyElement(c) {
		o = c
	}
	return o
}

// byID returns the element of doc numbered id (idAttr), or nil.
func byID(doc *html.Node, id string) *html.Node {
	return findFunc(doc, func(y *html.Node) bool { return y.Type == html.ElementNode && attr(y, idAttr) == id })
}

// subtitleNames name the element that gives an article's subtitle.
var subtitleNames = map[string]bool{"subtitle": true, "subheading": true, "subhead": true, "subheadline": true, "standfirst": true,
	"dek": true, "deck": true, "strapline": true, "tagline": true}

// subtitle returns the element of n so named that stands before the
// article's first paragraph (after its title): a heading or paragraph of one short line
// (Medium's "pw-subtitle-paragraph" <h2>), or nil.
func subtitle(doc, n *html.Node, title string) *html.Node {
	x := openingBlock(n, func(x *html.Node) bool { return isHeading(x) && inlineText(x) == title })
	if x == nil || x.Parent == nil || !slices.ContainsFunc(nameWords(original(doc, x)), func(w string) bool { return subtitleNames[w] }) {
		return nil
	}
	if t := inlineText(x); t != "" && len(t) <= 250 && !strings.Contains(t, "\n") {
		return x
	}
	return nil
}

// headerSubtitle returns the short paragraph right after the title's
// heading in the <header> that holds them, as an e-book's chapter opens
// ("Part IVA · Article 51A · GS Paper II" under "Fundamental Duties"), and
// drops the short paragraphs before the heading there ("Chapter 9"); nil
// when the title's heading stands in no <header>.
func headerSubtitle(n *html.Node, title string) *html.Node {
	h := findFunc(n, func(x *html.Node) bool { return isHeading(x) && inlineText(x) == title })
	if h == nil || h.Parent == nil {
		return nil
	}
	short := func(x *html.Node) bool {
		return x.Type == html.ElementNode && x.DataAtom == atom.P && textLen(x) <= maxHeaderLine
	}
	if h.Parent.DataAtom != atom.Header {
		// A masthead's tagline, alone with the title in its box: "Economy,
		// decoded for UPSC | Issue #41 | Saturday, 4 October 2025".
		next := nextElement(h)
		if next == nil || !short(next) || !taglineRE.MatchString(textContent(next)) {
			return nil
		}
		for x := next.NextSibling; x != nil; x = x.NextSibling {
			if x.Type == html.ElementNode || x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
				return nil
			}
		}
		return next
	}
	for x := h.PrevSibling; x != nil; {
		prev := x.PrevSibling
		if short(x) {
			x.Parent.RemoveChild(x) // a kicker over the title
		}
		x = prev
	}
	if x := nextElement(h); x != nil && short(x) {
		return x
	}
	return nil
}

// taglineRE matches a line of parts set apart by bars or dots, as a
// masthead writes its tagline.
var taglineRE = regexp.MustCompile(`\S \| \S.* \| \S|\S · \S`)

// maxHeaderLine is the longest line of a header's furniture, in bytes.
const maxHeaderLine = 120

// openingBlock returns the first paragraph or heading of n that pass does
// not pass over, or nil.
func openingBlock(n *html.Node, pass func(*html.Node) bool) *html.Node {
	var first *html.Node
	walk(n, func(x *html.Node) bool {
		if first != nil || x.Type != html.ElementNode || skipped(x) || hidden(x) {
			return false
		}
		if x.DataAtom != atom.P && !isHeading(x) {
			return true
		}
		if !pass(x) {
			first = x
		}
		return false
	})
	return first
}

// topLevel returns the level of the highest heading in n (2 for <h2>…)
// that is not the title, or 0 when there is none; and 1 when that is an
// <h1>, written "##" (its <h2>s "###"), else 0.
func topLevel(n *html.Node, title string) (top, shift int) {
	walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && (skipped(x) || hidden(x)) {
			return false
		}
		if isHeading(x) {
			if l := headingLevel(x); (top == 0 || l < top) && "# "+inlineText(x) != title {
				top = l
			}
			return false
		}
		return true
	})
	if top == 1 {
		return 2, 1
	}
	return top, 0
}

// parse reads the page in its declared or sniffed character set and marks
// every element with its line. It returns the document and its number of
// elements.
func parse(data []byte) (*html.Node, int, error) {
	var r io.Reader = bytes.NewReader(data)
	// windows-1252 is the guess for a page whose first kilobyte is ASCII,
	// and wrong for one in UTF-8 after it (an Evernote note's ☑).
	if e, name, _ := charset.DetermineEncoding(data, "text/html"); e != encoding.Nop && (name != "windows-1252" || !utf8.Valid(data)) {
		r = transform.NewReader(r, e.NewDecoder())
	}
	var marked bytes.Buffer
	z := html.NewTokenizer(r)
	line, elems := 1, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			elems++
			if elems > MaxElements {
				return nil, elems, nil
			}
			t := z.Token()
			t.Attr = append(t.Attr, html.Attribute{Key: lineAttr, Val: strconv.Itoa(line)}, html.Attribute{Key: idAttr, Val: strconv.Itoa(elems)})
			if a := t.DataAtom; a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6 {
				t.Attr = append(t.Attr, html.Attribute{Key: levelAttr, Val: t.Data[1:]})
			}
			marked.WriteString(t.String())
		} else {
			marked.Write(raw)
		}
		line += bytes.Count(raw, []byte("\n"))
	}
	doc, err := html.ParseWithOptions(&marked, html.ParseOptionEnableScripting(false))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			return nil, elems, errors.New("web page nested too deeply: more than 512 elements inside each other")
		}
		return nil, elems, fmt.Errorf("web page: %w", err)
	}
	return doc, elems, nil
}

// boldRuleRE and italicRuleRE match a style sheet's rule that sets bold,
// or italic, type for classes alone (".c1{font-weight:700}", ".a, .b {
// font-style: italic }"): its selectors.
var (
	boldRuleRE   = regexp.MustCompile(`(?i)(?:^|\})\s*((?:\.[\w-]+\s*,\s*)*\.[\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b`)
	italicRuleRE = regexp.MustCompile(`(?i)(?:^|\})\s*((?:\.[\w-]+\s*,\s*)*\.[\w-]+)\s*\{[^}]*font-style\s*:\s*italic\b`)
)

// styledClasses returns the classes whose style the page's style sheets
// set by a rule rule matches (see boldRuleRE).
func styledClasses(doc *html.Node, rule *regexp.Regexp) map[string]bool {
	classes := map[string]bool{}
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.Style {
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				for _, m := range rule.FindAllStringSubmatch(c.Data, -1) {
					for _, sel := range strings.Split(m[1], ",") {
						classes[strings.TrimPrefix(strings.TrimSpace(sel), ".")] = true
					}
				}
			}
			return false
		}
		return true
	})
	return classes
}

// boldSpans makes a <b> of each <span> the page sets in bold by its style
// or its class, as Google Docs saves bold text, or in large type by its
// style, as a blog's editor sets a heading ("font-size: 18px"), so that its
// bold lines are headings as <b> and <strong> make them; and an <h3> of a
// span in large type on a line of its own, and of a box in large bold type
// holding a line (an e-mail's heading cell).
func boldSpans(doc *html.Node) {
	classes := styledClasses(doc, boldRuleRE)
	body := bodyFontSize(doc)
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode || x.DataAtom != atom.Span && x.DataAtom != atom.Div && x.DataAtom != atom.P {
			return true
		}
		large := largeStyle(attr(x, "style")) && (body == "" || styleValue(attr(x, "style"), "font-size") != body)
		if x.DataAtom != atom.Span && !(large && boldStyle(attr(x, "style"))) {
			return true // a box: a heading only in large bold type
		}
		bold := boldStyle(attr(x, "style")) || large
		for _, c := range strings.Fields(attr(x, "class")) {
			bold = bold || classes[c]
		}
		switch {
		case large && (x.DataAtom == atom.Div || x.DataAtom == atom.P) && headingBox(x):
			x.DataAtom, x.Data = atom.H3, "h3"
			x.Attr = append(x.Attr, html.Attribute{Key: levelAttr, Val: "3"})
		case large && x.DataAtom == atom.Span && onLineAlone(x):
			// A line of its own in large type: a heading, above the bold
			// labels ("Provisions:") under it.
			x.DataAtom, x.Data = atom.H3, "h3" // not h2: readability drops an h2 like the page's title
			x.Attr = append(x.Attr, html.Attribute{Key: levelAttr, Val: "3"})
		case bold:
			x.DataAtom, x.Data = atom.B, "b"
		}
		return true
	})
}

// inlineHeadings makes spans of the boxes inside a heading, which wrap its
// text and its link to itself as a site's layout does (GitBook's <h2><div
// class="hash">…</div><div>Amrit Dharohar</div></h2>): a heading is a line.
func inlineHeadings(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if !isHeading(n) {
			return true
		}
		walk(n, func(x *html.Node) bool {
			if x != n && (x.DataAtom == atom.Div || x.DataAtom == atom.P) {
				x.DataAtom, x.Data = atom.Span, "span"
			}
			return true
		})
		return false
	})
}

// bodyFontSize returns the font size the page's inline styles set most of
// its text in ("18px" of a Wix post), when they set one for half its text
// at least: that size is the body's, however large, not a heading's.
func bodyFontSize(doc *html.Node) string {
	chars := map[string]int{} // text in each size, by the nearest styled element
	total := 0
	var visit func(n *html.Node, size string)
	visit = func(n *html.Node, size string) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			total += k
			if size != "" {
				chars[size] += k
			}
			return
		}
		if n.Type == html.ElementNode {
			if skipped(n) {
				return
			}
			if v := styleValue(attr(n, "style"), "font-size"); v != "" {
				size = v
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, size)
		}
	}
	visit(doc, "")
	best, most := "", 0
	for size, k := range chars {
		if k > most || k == most && size < best {
			best, most = size, k
		}
	}
	if most*2 < total {
		return ""
	}
	return best
}

// layoutTables makes boxes of the tables a page lays itself out with, as
// e-mails and old sites do: a table with a table inside it, with one
// column, or with a heading in a cell (a site builder's columns, Weebly's
// "wsite-multicol-table") is no table of data. Its cells read as the
// blocks they hold, headings and lists and tables of data among them, not
// as one paragraph each; a site builder's columns as one (sideBySide).
func layoutTables(doc *html.Node) {
	var tables []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.Table {
			tables = append(tables, x)
		}
		return true
	})
	for _, t := range tables {
		columned := !nestsTable(t) && columns(t) != 1
		if columned && !headsCell(t) {
			continue
		}
		if columned {
			sideBySide(t)
		}
		walk(t, func(x *html.Node) bool {
			if x != t && x.DataAtom == atom.Table {
				return false // a table of its own, judged on its own
			}
			switch x.DataAtom {
			case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th:
				x.Data, x.DataAtom = "div", atom.Div
			}
			return true
		})
	}
}

// shownObjects makes a box of each <object> that embeds nothing (no
// "data"), whose content is then what it shows: Apple Notes wraps each
// table of a note it exports so, which readability would drop with the
// page's embeds.
func shownObjects(doc *html.Node) {
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.Object && attr(x, "data") == "" {
			x.Data, x.DataAtom = "div", atom.Div
		}
		return true
	})
}

// pollChoices makes text of the links a poll's choices are (Substack's
// "poll-embed", a newsletter's "Vote" buttons), which would read as a bar
// of links and go: a poll's choices are what it asks.
func pollChoices(doc *html.Node) {
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		if class := attr(x, "class"); !strings.Contains(class, "poll") || !slices.ContainsFunc(strings.Fields(class), func(c string) bool { return strings.HasPrefix(c, "poll") }) {
			return true
		}
		walk(x, func(a *html.Node) bool {
			if a.DataAtom == atom.A {
				a.Data, a.DataAtom, a.Attr = "span", atom.Span, nil
			}
			return true
		})
		return false
	})
}

// sideBySide puts what the other cells of each row of a page's columns
// hold around what its main cell (of the most text) holds, in their order
// (a sidebar's box of facts after the article), so that the page is read
// as one column.
func sideBySide(t *html.Node) {
	walk(t, func(x *html.Node) bool {
		if x != t && x.DataAtom == atom.Table {
			return false
		}
		if x.DataAtom != atom.Tr {
			return true
		}
		var cells []*html.Node
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				cells = append(cells, c)
			}
		}
		if len(cells) < 2 {
			return false
		}
		main := slices.MaxFunc(cells, func(a, b *html.Node) int {
			return cmp.Compare(len(collapse(textContent(a))), len(collapse(textContent(b))))
		})
		anchor, before := main.FirstChild, true
		for _, c := range cells {
			if c == main {
				before = false
				continue
			}
			for k := c.FirstChild; k != nil; k = c.FirstChild {
				c.RemoveChild(k)
				if before && anchor != nil {
					main.InsertBefore(k, anchor)
				} else {
					main.AppendChild(k)
				}
			}
		}
		return false
	})
}

// headsCell reports whether a cell of table t holds a heading.
func headsCell(t *html.Node) bool {
	found := false
	walk(t, func(x *html.Node) bool {
		if x != t && x.DataAtom == atom.Table || found {
			return false
		}
		found = isHeading(x)
		return !found
	})
	return found
}

// nestsTable reports whether table t has a table inside it.
func nestsTable(t *html.Node) bool {
	return findFunc(t, func(x *html.Node) bool { return x != t && x.DataAtom == atom.Table }) != nil
}

// columns is the most cells a row of table t has (its nested tables'
// rows aside).
func columns(t *html.Node) int {
	most := 0
	walk(t, func(x *html.Node) bool {
		if x != t && x.DataAtom == atom.Table {
			return false
		}
		if x.DataAtom == atom.Tr {
			k := 0
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					k++
				}
			}
			most = max(most, k)
			return false
		}
		return true
	})
	return most
}

// headingBox reports whether box n, set in large bold type, reads as a
// heading: a line's worth of text, and no block inside it (a cell of an
// e-mail's layout: "1. Why in news?").
func headingBox(n *html.Node) bool {
	if findFunc(n, func(x *html.Node) bool { return x != n && (isBlock(x) || x.DataAtom == atom.Br) }) != nil {
		return false
	}
	l := textLen(n)
	return l > 0 && l <= 120
}

// onLineAlone reports whether n stands on a line of its own among the
// text of its box: after a <br>, a block or nothing, and before one.
func onLineAlone(n *html.Node) bool {
	edge := func(c *html.Node, next func(*html.Node) *html.Node) bool {
		for ; c != nil; c = next(c) {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
				continue
			case c.Type == html.ElementNode && (c.DataAtom == atom.Br || isBlock(c)):
				return true
			}
			return false
		}
		return true
	}
	return strings.TrimSpace(textContent(n)) != "" &&
		edge(n.PrevSibling, func(c *html.Node) *html.Node { return c.PrevSibling }) &&
		edge(n.NextSibling, func(c *html.Node) *html.Node { return c.NextSibling })
}

// timedHeadings puts the time set right over a heading into it, as a live
// blog stamps each update ("<time>10:20 PM IST</time>" over "<h3>Search to
// be split into six zones</h3>" is "Search to be split into six zones
// (10:20 PM IST, Aug 01, 2024)"): left where it stood, it would end the
// update before.
func timedHeadings(doc *html.Node) {
	type stamp struct{ heading, time *html.Node }
	var stamps []stamp
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode || !isHeading(x) || x.DataAtom == atom.H1 {
			return true
		}
		prev := prevElement(x)
		if prev == nil || prev.DataAtom != atom.Time && findFunc(prev, func(y *html.Node) bool { return y.DataAtom == atom.Time }) == nil {
			return false
		}
		if t := collapse(textContent(prev)); t != "" && len(strings.Fields(t)) <= maxStampWords && strings.ContainsAny(t, "0123456789") {
			stamps = append(stamps, stamp{x, prev})
		}
		return false
	})
	for _, s := range stamps {
		parts := strings.Fields(inlineText(s.time))
		s.heading.AppendChild(&html.Node{Type: html.TextNode, Data: " (" + strings.Join(parts, " ") + ")"})
		s.time.Parent.RemoveChild(s.time)
	}
}

// maxStampWords is the most words of a time set over a heading.
const maxStampWords = 8

// prevElement returns the element before n among its siblings, or nil.
func prevElement(n *html.Node) *html.Node {
	for x := n.PrevSibling; x != nil; x = x.PrevSibling {
		if x.Type == html.ElementNode {
			return x
		}
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			return nil
		}
	}
	return nil
}

// boxHeads makes a heading of the paragraph that opens a box and is
// styled as its head by name (InDesign's <div class="Sidebar-Frame"><p
// class="Box-Head">Kautilya vs Megasthenes</p>, its style sheet apart): a
// level below the heading before it, when nothing but a heading follows
// the box (else the text after it would fall under it).
func boxHeads(doc *html.Node) {
	level := 1
	var heads []*html.Node
	var levels []int
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
		case isHeading(x):
			level = headingLevel(x)
			return false
		case x.DataAtom == atom.P && boxHead(x):
			heads, levels = append(heads, x), append(levels, min(level+1, 6))
			return false
		}
		return true
	})
	for i, x := range heads {
		x.Data = "h" + strconv.Itoa(levels[i])
		x.DataAtom = atom.Lookup([]byte(x.Data))
	}
}

// boxHead reports whether p, a paragraph, opens the box it stands in, a
// box of no headings right before one, and is named a head or title, in a
// few words that end no sentence.
func boxHead(p *html.Node) bool {
	box := p.Parent
	if box == nil || box.DataAtom != atom.Div || firstElement(box) != p || findFunc(box, isHeading) != nil {
		return false
	}
	if nextElement(box) == nil || !lastBeforeHeading(box) {
		return false // the text after it would fall under it
	}
	if !slices.ContainsFunc(nameWords(p), func(w string) bool { return w == "head" || w == "heading" || w == "title" }) {
		return false
	}
	text := collapse(textContent(p))
	return text != "" && len(strings.Fields(text)) <= maxBoxHeadWords && !strings.ContainsAny(text[len(text)-1:], ".,;")
}

// maxBoxHeadWords is the most words a box's head holds.
const maxBoxHeadWords = 10

// ariaHeadings makes an <hN> of each element the page marks as a heading
// by its role (role="heading" aria-level="N", level 2 when it says none), as
// Notion's and other web apps' pages mark up theirs: a <div> in the markup,
// a heading to a screen reader and to a reader's eye. The boxes that hold
// nothing but it go: their classes ("notion-header-block") would have
// readability take it for the page's header.
func ariaHeadings(doc *html.Node) {
	var found []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && !isHeading(x) && strings.EqualFold(strings.TrimSpace(attr(x, "role")), "heading") {
			found = append(found, x)
			return false
		}
		return true
	})
	for _, x := range found {
		level, err := strconv.Atoi(strings.TrimSpace(attr(x, "aria-level")))
		if err != nil || level < 1 {
			level = 2
		}
		level = min(level, 6)
		x.Data = "h" + strconv.Itoa(level)
		x.DataAtom = atom.Lookup([]byte(x.Data))
		x.Attr = append(x.Attr, html.Attribute{Key: levelAttr, Val: strconv.Itoa(level)})
		text := collapse(textContent(x))
		for box := x.Parent; box != nil && box.Parent != nil && box.Type == html.ElementNode && box.DataAtom != atom.Body && onlyChild(box) && collapse(textContent(box)) == text; box = x.Parent {
			box.RemoveChild(x)
			box.Parent.InsertBefore(x, box)
			box.Parent.RemoveChild(box)
		}
	}
}

// openPanels shows the panels of an accordion closed when the page was
// saved (role="region", aria-hidden="true", as Google Sites' collapsible
// groups hide a question's answer) and the tabs not chosen (role="tabpanel"
// hidden by a class, as GitBook's): content all the same, though hidden
// from a reader's eye and from readability.
func openPanels(doc *html.Node) {
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch strings.ToLower(attr(x, "role")) {
		case "region":
			x.Attr = slices.DeleteFunc(x.Attr, func(a html.Attribute) bool { return a.Key == "aria-hidden" || a.Key == "hidden" })
		case "tabpanel":
			dropNames(x, func(name string) bool { return name == "hidden" }, "class")
		}
		return true
	})
}

// kindleNotebook reads a notebook the Kindle app exports ("Export
// notebook"): the book's title (div.bookTitle) is the page's, its
// chapters (div.sectionHeading) its sections, a part of a chapter the
// line over a highlight names ("Highlight (yellow) - The zone map > Page
// 45 · Location 571") a section within it, each highlight (div.noteText)
// a paragraph, and a note of the reader's marked "Note:", read with the
// highlight it was made at (the same location) or a paragraph of its
// own; the lines over them and the export's own heading ("Notebook
// Export") go.
func kindleNotebook(doc *html.Node) {
	if htmlclass.Find(doc, "bookTitle") == nil || htmlclass.Find(doc, "noteHeading") == nil {
		return
	}
	var gone []*html.Node
	chapter, part := "", ""
	note := false            // the noteText next is the reader's note
	at, lastAt := "", ""     // the location of the noteText next, and of the last highlight
	var highlight *html.Node // the last highlight's paragraph
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		cls := htmlclass.Classes(x)
		switch {
		case cls["bookTitle"]:
			x.Data, x.DataAtom = "h1", atom.H1
		case cls["sectionHeading"]:
			x.Data, x.DataAtom = "h2", atom.H2
			chapter, part = collapse(textContent(x)), ""
		case cls["notebookFor"]:
			gone = append(gone, x)
		case cls["noteHeading"]:
			line := collapse(textContent(x))
			note = strings.HasPrefix(line, "Note")
			var name string
			name, at = kindlePlace(line)
			if name != "" && name != part && !strings.EqualFold(name, chapter) {
				part = name
				h := &html.Node{Type: html.ElementNode, Data: "h3", DataAtom: atom.H3, Attr: []html.Attribute{{Key: lineAttr, Val: attr(x, lineAttr)}}}
				h.AppendChild(&html.Node{Type: html.TextNode, Data: name})
				x.Parent.InsertBefore(h, x)
			}
			gone = append(gone, x)
		case cls["noteText"]:
			x.Data, x.DataAtom = "p", atom.P
			switch {
			case note && highlight != nil && at != "" && at == lastAt:
				// the reader's note on the highlight before it
				highlight.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
				highlight.AppendChild(&html.Node{Type: html.TextNode, Data: "Note: "})
				for c := x.FirstChild; c != nil; c = x.FirstChild {
					x.RemoveChild(c)
					highlight.AppendChild(c)
				}
				gone = append(gone, x)
			case note:
				x.InsertBefore(&html.Node{Type: html.TextNode, Data: "Note: "}, x.FirstChild)
			default:
				highlight, lastAt = x, at
			}
			note = false
		default:
			return true
		}
		return false
	})
	for _, x := range gone {
		x.Parent.RemoveChild(x)
	}
}

// kindlePlace reads the line over a highlight or note ("Highlight
// (yellow) - Chapter 3 > The zone map > Page 45 · Location 571"): the
// part of the book it names last, and its location ("571"), each "" when
// the line gives none.
func kindlePlace(line string) (part, location string) {
	_, place, ok := strings.Cut(line, " - ")
	if !ok {
		return "", ""
	}
	if m := kindleLocationRE.FindStringSubmatch(place); m != nil {
		location = m[1]
	}
	for _, p := range strings.Split(place, ">") {
		if p = strings.TrimSpace(p); p != "" && !kindlePageRE.MatchString(p) {
			part = p
		}
	}
	return part, location
}

var (
	kindleLocationRE = regexp.MustCompile(`(?i)\bLocation\s+(\d+)`)
	kindlePageRE     = regexp.MustCompile(`(?i)^(?:page|location)\b`)
)

// bookNotes keeps an e-book's notes as text: a footnote or endnote set in
// an <aside> (epub:type="footnote", role="doc-endnote") is the book's own
// text, not a page's sidebar; the marks that link to notes and back
// ("…1915.¹", "↩") go.
func bookNotes(doc *html.Node) {
	var marks []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch kind := bookRole(x); {
		case kind == "noteref" || kind == "backlink":
			marks = append(marks, x)
			return false
		case x.DataAtom == atom.Aside && (strings.HasSuffix(kind, "footnote") || strings.HasSuffix(kind, "endnote") || kind == "rearnote"):
			x.Data, x.DataAtom = "div", atom.Div
			if back := backLink(x); back != nil {
				marks = append(marks, back)
			}
		}
		return true
	})
	for _, x := range marks {
		if x.Parent == nil {
			continue // a note's link back found twice: by its role and as its first link
		}
		if next := x.NextSibling; next != nil && next.Type == html.TextNode {
			next.Data = strings.TrimLeft(strings.TrimPrefix(next.Data, "."), " ") // pandoc's "1. " before a note
		}
		x.Parent.RemoveChild(x)
	}
}

// boxedNotes gathers the footnotes a page sets one to a box (Substack's
// div.footnote: its number a link, its text in div.footnote-content) in
// one list of notes at the place of the first, each note its number then
// its text ("2. Micron has not given a firm date…"), as footnotesHeaded
// heads a page's footnotes; the marks in the text that cite them
// ("Mohali.1") go.
func boxedNotes(doc *html.Node) {
	var notes, marks []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch {
		case x.DataAtom == atom.A && hasClass(x, "footnote-anchor"):
			marks = append(marks, x)
			return false
		case hasClass(x, "footnote") && findFunc(x, func(y *html.Node) bool { return hasClass(y, "footnote-content") }) != nil:
			notes = append(notes, x)
			return false
		}
		return true
	})
	for _, m := range marks {
		if noteNumberRE.MatchString(strings.TrimSpace(textContent(m))) {
			m.Parent.RemoveChild(m)
		}
	}
	var list *html.Node
	for i, n := range notes {
		number := findFunc(n, func(y *html.Node) bool { return hasClass(y, "footnote-number") })
		if number != nil {
			label := strings.TrimSpace(textContent(number))
			number.Parent.RemoveChild(number)
			if p := findFunc(n, func(y *html.Node) bool { return y.DataAtom == atom.P }); p != nil && label != "" {
				p.InsertBefore(&html.Node{Type: html.TextNode, Data: label + ". "}, p.FirstChild)
			}
		}
		if i == 0 || !adjacent(notes[i-1], n) {
			list = newBox()
			list.Attr = []html.Attribute{{Key: "class", Val: "footnotes"}, {Key: lineAttr, Val: attr(n, lineAttr)}}
			n.Parent.InsertBefore(list, n)
		}
		n.Parent.RemoveChild(n)
		list.AppendChild(n)
	}
}

// adjacent reports whether b comes right after a, but for white space, or
// after a list of notes that holds a (see boxedNotes).
func adjacent(a, b *html.Node) bool {
	if a.Parent != nil && hasClass(a.Parent, "footnotes") {
		a = a.Parent
	}
	x := a.NextSibling
	for x != nil && x.Type == html.TextNode && strings.TrimSpace(x.Data) == "" {
		x = x.NextSibling
	}
	return x == b
}

// backLink returns the link a note opens with back to its mark, its
// number ("<sup><a href="#called1">1</a></sup>The Kushana era…"), when no
// epub:type names it: the <sup> that holds it, or the link. nil for none.
func backLink(note *html.Node) *html.Node {
	var back *html.Node
	walk(note, func(x *html.Node) bool {
		switch {
		case back != nil:
			return false
		case x.Type == html.TextNode && strings.TrimSpace(x.Data) != "":
			back = x // text before any link: the note has none
			return false
		case x.DataAtom == atom.A:
			back = x
			return false
		}
		return true
	})
	if back == nil || back.DataAtom != atom.A || !strings.HasPrefix(attr(back, "href"), "#") || !noteNumberRE.MatchString(strings.TrimSpace(textContent(back))) {
		return nil
	}
	if p := back.Parent; p.DataAtom == atom.Sup && strings.TrimSpace(textContent(p)) == strings.TrimSpace(textContent(back)) {
		return p
	}
	return back
}

// noteNumberRE matches a note's number or mark: "1", "iv", "*", "↩".
var noteNumberRE = regexp.MustCompile(`^(?:\d{1,3}|[ivxlc]{1,5}|[*†‡§¶↩︎]{1,3})\.?$`)

// bookRole is what an element is in an e-book's semantics: its
// epub:type, else its DPUB-ARIA role without "doc-" ("noteref",
// "footnote").
func bookRole(n *html.Node) string {
	if t := strings.TrimSpace(attr(n, "epub:type")); t != "" {
		return strings.ToLower(t)
	}
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(attr(n, "role"))), "doc-")
}

// headingButtons puts the text of a button in a heading in its place, as
// a page's accordion heads each panel (<h2 class="accordion-header">
// <button>Dravida style</button>), and of a link that only opens the panel
// (<a href="javascript:void(0)">): readability drops buttons, headings
// named "…-header" as a page's header, and boxes of links, and the panels
// would lose their headings, or go.
func headingButtons(doc *html.Node) {
	var buttons []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && isHeading(x) {
			if slices.Contains(nameWords(x), "header") {
				x.Attr = slices.DeleteFunc(x.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
			}
			walk(x, func(y *html.Node) bool {
				if y.Type == html.ElementNode && (y.DataAtom == atom.Button || y.DataAtom == atom.A && toggles(y)) {
					buttons = append(buttons, y)
					return false
				}
				return true
			})
			return false
		}
		return true
	})
	for _, b := range buttons {
		for c := b.FirstChild; c != nil; c = b.FirstChild {
			b.RemoveChild(c)
			b.Parent.InsertBefore(c, b)
		}
		b.Parent.RemoveChild(b)
	}
}

// toggles reports whether a, a link, goes nowhere but runs the page's
// script: "javascript:void(0)", "#".
func toggles(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	return href == "#" || strings.HasPrefix(strings.ToLower(href), "javascript:")
}

// panelButtons keeps the text of each button that opens a panel of text
// (aria-controls naming it), as a page's accordion of FAQs asks its
// questions (<button aria-controls="faq-10">Q10. Can one CPSE be sold to
// another?</button> over its panel): readability drops buttons, and the
// answers would lose their questions. A question becomes a paragraph in
// bold, a question over its answer; a topic a heading a level below the
// one before it.
func panelButtons(doc *html.Node) {
	level := 1
	var buttons []*html.Node
	var levels []int
	panels := map[string]bool{} // the ids the buttons control: true for a panel with text
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
		case isHeading(x):
			level = headingLevel(x)
			return false
		case x.DataAtom == atom.Button:
			if id := attr(x, "aria-controls"); id != "" && len(strings.Fields(textContent(x))) >= minPanelWords {
				buttons, levels = append(buttons, x), append(levels, min(level+1, 6))
				panels[id] = false
			}
			return false
		}
		return true
	})
	if len(buttons) == 0 {
		return
	}
	walk(doc, func(x *html.Node) bool {
		if id := attr(x, "id"); x.Type == html.ElementNode && id != "" {
			if _, ok := panels[id]; ok {
				panels[id] = panels[id] || textLen(x) > 0
			}
		}
		return true
	})
	for i, b := range buttons {
		if !panels[attr(b, "aria-controls")] {
			continue
		}
		b.Attr = slices.DeleteFunc(b.Attr, func(a html.Attribute) bool { return a.Key != lineAttr && a.Key != idAttr })
		if asks(strings.TrimSpace(textContent(b))) {
			// "Q10. Can one CPSE be sold to another?": a question in bold
			// over its answer, as a page of FAQs writes one
			b.Data, b.DataAtom = "p", atom.P
			strong := &html.Node{Type: html.ElementNode, Data: "strong", DataAtom: atom.Strong}
			for c := b.FirstChild; c != nil; c = b.FirstChild {
				b.RemoveChild(c)
				strong.AppendChild(c)
			}
			b.AppendChild(strong)
			continue
		}
		b.Data = "h" + strconv.Itoa(levels[i])
		b.DataAtom = atom.Lookup([]byte(b.Data))
	}
}

// minPanelWords is the fewest words of a button panelButtons makes a
// heading of: a question or a topic, not "Show more".
const minPanelWords = 3

// markerContentRE finds the marker a box shows before it by a style's
// custom property, as Notion draws a list item's bullet or number
// (style="--pseudoBefore--content: &quot;•&quot;"): CSS, not text.
var markerContentRE = regexp.MustCompile(`--pseudo[Bb]efore--content:\s*["']([^"']{1,4})["']`)

// markerLists makes list items of the blocks whose marker a style draws
// (see markerContentRE): each such block, up to the box its siblings
// stand beside, becomes an <li> without its marker, and each run of them
// a <ul>, or an <ol> when the markers are numbers. Read as paragraphs,
// the line that leads into them was a passage alone, and so was each short
// item.
// numberedLeads makes headings of the numbered names that lead blocks of
// text on a line of their own ("📜 1. Where it comes from", a line break,
// the text): the posts of a thread, a caption's points. Three such blocks
// at least, numbered on by one (or two, past a block whose name is too
// long to be one); the name short, no sentence.
func numberedLeads(doc *html.Node) {
	type lead struct {
		block *html.Node
		text  string
	}
	var leads []lead
	next := 0
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode || x.DataAtom != atom.Div && x.DataAtom != atom.P {
			return true
		}
		t, ok := leadLine(x)
		m := numberedLeadRE.FindStringSubmatch(t)
		if !ok || m == nil || len(strings.Fields(m[2])) > maxLeadWords || strings.ContainsAny(m[2][len(m[2])-1:], ".,;:!?") {
			return true
		}
		n, _ := strconv.Atoi(m[1])
		on := n == next+1 || n == next+2 && len(leads) >= 3 // a name too long for one left out
		if !on && len(leads) >= 3 {
			return false
		}
		if !on {
			leads = leads[:0]
		}
		leads, next = append(leads, lead{x, t}), n
		return false
	})
	if len(leads) < 3 {
		return
	}
	for _, l := range leads {
		for c := l.block.FirstChild; c != nil; {
			after := c.NextSibling
			l.block.RemoveChild(c)
			if c.DataAtom == atom.Br {
				break
			}
			c = after
		}
		h := &html.Node{Type: html.ElementNode, Data: "h2", DataAtom: atom.H2}
		h.AppendChild(&html.Node{Type: html.TextNode, Data: l.text})
		l.block.Parent.InsertBefore(h, l.block)
	}
}

// leadLine returns the text of block x before its first line break, when
// only text and inline elements stand before it.
func leadLine(x *html.Node) (string, bool) {
	var b strings.Builder
	for c := x.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.DataAtom == atom.Br:
			return collapse(b.String()), true
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && !isBlock(c) && !isHeading(c):
			b.WriteString(textContent(c))
		default:
			return "", false
		}
	}
	return "", false
}

// numberedLeadRE matches a numbered name, an emoji or a symbol before it
// or not: its number, its words.
var numberedLeadRE = regexp.MustCompile(`^(?:[^\p{L}\p{N}\s]{1,4}\s*)?(\d{1,2})[.)]\s+(\S.*)$`)

// maxLeadWords is the most words a numbered name leading its text has.
const maxLeadWords = 10

// taskBoxes shows the box of each entry of a task list, ticked or not,
// as Markdown's task lists read ("☑ done", "☐ to do"), before readability
// drops the check boxes and the styles that draw them: an <input> check
// box in the entry, or Evernote's "--en-checked:true" on it.
func taskBoxes(doc *html.Node) {
	var items []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.Li {
			items = append(items, x)
		}
		return true
	})
	for _, li := range items {
		box := findFunc(li, func(x *html.Node) bool {
			return x.DataAtom == atom.Input && strings.EqualFold(attr(x, "type"), "checkbox")
		})
		style := strings.ReplaceAll(attr(li, "style"), " ", "")
		var ticked bool
		switch {
		case box != nil:
			_, ticked = attrOK(box, "checked")
			box.Parent.RemoveChild(box)
		case strings.Contains(style, "--en-checked:true"):
			ticked = true
		case strings.Contains(style, "--en-checked:false"):
		default:
			continue
		}
		mark := "☐ "
		if ticked {
			mark = "☑ "
		}
		at := li
		for at.FirstChild != nil && at.FirstChild.Type == html.ElementNode && isBlock(at.FirstChild) {
			at = at.FirstChild // into the entry's paragraph, so that the box stands on its line
		}
		at.InsertBefore(&html.Node{Type: html.TextNode, Data: mark}, at.FirstChild)
	}
}

func markerLists(doc *html.Node) {
	type marked struct {
		item     *html.Node
		numbered bool
	}
	var found []marked
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		m := markerContentRE.FindStringSubmatch(attr(x, "style"))
		if m == nil {
			return true
		}
		marker := strings.TrimSpace(m[1])
		_, err := strconv.Atoi(strings.TrimSuffix(marker, "."))
		numbered := strings.HasSuffix(marker, ".") && err == nil
		if !numbered && !strings.ContainsAny(marker, "•◦▪‣-–*") {
			return false
		}
		// Up from the marker to the row that holds the item's text too,
		// then to the box that stands among the other blocks; a few
		// levels at most, so that no page makes this climb long.
		box := x
		for k := 0; k < 4 && box.Parent != nil && onlyChild(box.Parent); k++ {
			box = box.Parent
		}
		row := box.Parent
		if row == nil || row.Type != html.ElementNode || strings.TrimSpace(textContent(box)) != "" {
			return false
		}
		item := row
		for k := 0; k < 4 && item.Parent != nil && item.Parent.Type == html.ElementNode && item.Parent.DataAtom != atom.Body && onlyChild(item.Parent); k++ {
			item = item.Parent
		}
		if item.Parent == nil {
			return false
		}
		row.RemoveChild(box)
		found = append(found, marked{item, numbered})
		return false
	})
	for _, m := range found {
		m.item.Data, m.item.DataAtom = "li", atom.Li
		prev := m.item.PrevSibling
		for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
			prev = prev.PrevSibling
		}
		if prev != nil && (prev.DataAtom == atom.Ul || prev.DataAtom == atom.Ol) && prev.LastChild != nil && prev.LastChild.DataAtom == atom.Li && (prev.DataAtom == atom.Ol) == m.numbered {
			m.item.Parent.RemoveChild(m.item)
			prev.AppendChild(m.item)
			continue
		}
		list := &html.Node{Type: html.ElementNode, Data: "ul", DataAtom: atom.Ul}
		if m.numbered {
			list.Data, list.DataAtom = "ol", atom.Ol
		}
		m.item.Parent.InsertBefore(list, m.item)
		m.item.Parent.RemoveChild(m.item)
		list.AppendChild(m.item)
	}
}

// onlyChild reports whether n has one child element, and no other.
func onlyChild(n *html.Node) bool {
	k := 0
	for c := n.FirstChild; c != nil && k < 2; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k == 1
}

// styleValue returns the value an inline style gives property prop, the
// first it gives, in lower case and its "!important" aside; "" for none.
func styleValue(style, prop string) string {
	if !strings.Contains(style, prop) {
		return ""
	}
	for decl := range strings.SplitSeq(strings.ToLower(style), ";") {
		if k, v, ok := strings.Cut(decl, ":"); ok && strings.TrimSpace(k) == prop {
			return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
		}
	}
	return ""
}

// boldStyle reports whether an inline style sets bold type.
func boldStyle(style string) bool {
	switch styleValue(style, "font-weight") {
	case "bold", "bolder", "600", "700", "800", "900":
		return true
	}
	return false
}

// largeStyle reports whether an inline style sets type larger than a
// page's body text: 14pt, 18px, 1.2em, 120% or "large" and up.
func largeStyle(style string) bool {
	v := styleValue(style, "font-size")
	switch v {
	case "large", "x-large", "xx-large", "xxx-large", "larger":
		return true
	}
	for _, u := range []struct {
		unit string
		min  float64
	}{{"px", 18}, {"pt", 14}, {"rem", 1.2}, {"em", 1.2}, {"%", 120}} {
		if num, ok := strings.CutSuffix(v, u.unit); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			return err == nil && f >= u.min
		}
	}
	return false
}

// article returns the main content of the page: readability's choice,
// unless it kept clearly less than the page's own <article> or <main>; a
// word processor's document saved as a page is all content.
// The second result is readability's idea of the title.
func article(doc *html.Node) (*html.Node, string) {
	if body := find(doc, atom.Body); body != nil && wordProcessed(doc) {
		return footnotesHeaded(without(body, skipped)), ""
	}
	if chat := conversation(doc); chat != nil {
		return chat, ""
	}
	if quiz := quizReview(doc); quiz != nil {
		return quiz, ""
	}
	if qa := questionPage(doc); qa != nil {
		return qa, ""
	}
	replies := threadReplies(doc)
	answers := answerBlocks(doc)
	boxes := summaryBoxes(doc)
	art, title := readable(doc)
	keepSummaries(art, boxes)
	if more := moreAnswers(answers, art); more != nil {
		art.AppendChild(more)
	}
	if replies != nil {
		art.AppendChild(replies)
	}
	return footnotesHeaded(art), title
}

// wordProcessed reports whether doc is a document a word processor saved
// as a web page (Word's "Save as Web Page", LibreOffice's export): all
// of it is the document, its footnotes too, with no page around it.
func wordProcessed(doc *html.Node) bool {
	if h := find(doc, atom.Html); h != nil && attr(h, "xmlns:w") == "urn:schemas-microsoft-com:office:word" {
		return true
	}
	meta := findFunc(doc, func(x *html.Node) bool {
		return x.DataAtom == atom.Meta && strings.EqualFold(attr(x, "name"), "generator")
	})
	if meta == nil {
		return false
	}
	g := strings.ToLower(attr(meta, "content"))
	return strings.HasPrefix(g, "microsoft word") || strings.HasPrefix(g, "libreoffice") || strings.HasPrefix(g, "openoffice")
}

// footnotesHeaded puts the heading "Footnotes" over each list of notes set
// at the end of body or of a chapter (see footnoteList), at the level of
// its first heading, unless a heading stands right above it or in it, so they are
// not read as the last section's; their links back to where they are cited
// ("↩︎", Pressbooks' "↵") go. It returns body.
func footnotesHeaded(body *html.Node) *html.Node {
	var lists []*html.Node
	walk(body, func(x *html.Node) bool {
		if x.Type == html.ElementNode && footnoteList(x) {
			lists = append(lists, x)
			return false
		}
		return true
	})
	for _, notes := range lists {
		remove(notes, func(x *html.Node) bool {
			return x.DataAtom == atom.A && strings.HasPrefix(attr(x, "href"), "#") && strings.Trim(textContent(x), "↩↵\ufe0e\ufe0f ") == ""
		})
		above := notes
		for above.PrevSibling != nil && above.PrevSibling.Type != html.ElementNode {
			above = above.PrevSibling
		}
		if above.PrevSibling != nil && isHeading(above.PrevSibling) || findFunc(notes, shownHeading) != nil {
			continue // headed already: "Notes" over them, or inside their box
		}
		h := newHeading("Footnotes", notes)
		in := notes.Parent // the chapter the notes end (an e-book's <article>), else the document
		for in != body && in.DataAtom != atom.Article {
			in = in.Parent
		}
		if level := notesLevel(in); level > 0 {
			h.Data = "h" + strconv.Itoa(level) // beside its sections, not under their last
			h.DataAtom = atom.Lookup([]byte(h.Data))
		}
		notes.Parent.InsertBefore(h, notes)
	}
	return body
}

// withoutChapterLabels drops the line that numbers a chapter over its
// heading ("CHAPTER FOUR" over "Ulgulan and the Law"), as an e-book
// sets it: not the chapter's first words.
func withoutChapterLabels(body *html.Node) *html.Node {
	remove(body, func(x *html.Node) bool {
		if x.DataAtom != atom.P || !chapterLabelRE.MatchString(collapse(textContent(x))) {
			return false
		}
		next := x.NextSibling
		for next != nil && next.Type != html.ElementNode {
			next = next.NextSibling
		}
		return next != nil && isHeading(next)
	})
	return body
}

var chapterLabelRE = regexp.MustCompile(`(?i)^\s*(?:chapter|part|unit|lesson|book)\s+(?:\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*$`)

// notesLevel is the level of the heading over the notes that end in (a
// chapter, or the document): their sections' level, the highest; a
// chapter's under its one heading at the highest ("Ulgulan and the Law"
// over its sections); 0 without headings.
func notesLevel(in *html.Node) int {
	var count [7]int
	walk(in, func(x *html.Node) bool {
		if x.Type == html.ElementNode && isHeading(x) {
			count[x.Data[1]-'0']++
		}
		return true
	})
	for l := 1; l <= 6; l++ {
		if count[l] == 0 {
			continue
		}
		for deeper := l + 1; count[l] == 1 && deeper <= 6; deeper++ {
			if count[deeper] > 0 {
				return deeper
			}
		}
		return l
	}
	return 0
}

// shownHeading reports whether x is a heading a reader sees: not one for
// screen readers alone (GitHub's "sr-only" "Footnotes").
func shownHeading(x *html.Node) bool {
	return isHeading(x) && !slices.ContainsFunc(strings.Fields(attr(x, "class")), func(c string) bool {
		return c == "sr-only" || c == "visually-hidden" || c == "screen-reader-text"
	})
}

// footnoteList reports whether x holds a document's footnotes at its end:
// a word processor's (Word's "mso-element:footnote-list", LibreOffice's
// "sdfootnote" divisions) or a web page's (WordPress's "wp-block-footnotes",
// the "footnotes" that pandoc and Markdown processors write, an element
// whose role is "doc-endnotes").
func footnoteList(x *html.Node) bool {
	switch x.DataAtom {
	case atom.Div, atom.Ol, atom.Section, atom.Aside:
	default:
		return false
	}
	if style := attr(x, "style"); x.DataAtom == atom.Div && (strings.Contains(style, "mso-element") && strings.Contains(strings.ReplaceAll(style, " ", ""), "mso-element:footnote") || strings.HasPrefix(attr(x, "id"), "sdfootnote")) {
		return true
	}
	if class := attr(x, "class"); strings.Contains(class, "footnotes") {
		classes := strings.Fields(class)
		return slices.Contains(classes, "wp-block-footnotes") || slices.Contains(classes, "footnotes")
	}
	if notes := strings.Fields(attr(x, "epub:type")); slices.Contains(notes, "footnotes") || slices.Contains(notes, "endnotes") || slices.Contains(notes, "rearnotes") {
		return true // an e-book's notes at a chapter's end
	}
	return attr(x, "role") == "doc-endnotes"
}

// conversation returns the article of a page that readability reads in
// part: a chat with an assistant (a ChatGPT conversation shared by link),
// its messages marked data-message-author-role, each question the user
// asked a heading over the assistant's answer; or a thread saved from X
// (Twitter), its posts' texts marked data-testid="tweetText", in order
// under the heading "Thread", the thread's posts then the replies, each a
// paragraph. It returns nil for other pages: fewer than two answers,
// fewer than three posts.
func conversation(doc *html.Node) *html.Node {
	var turns, posts []*html.Node
	answers := 0
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch {
		case attr(x, "data-message-author-role") != "":
			turns = append(turns, x)
			if attr(x, "data-message-author-role") == "assistant" {
				answers++
			}
			return false
		case attr(x, "data-testid") == "tweetText", attr(x, "data-testid") == "postText", hasClass(x, "status__content__text"):
			posts = append(posts, x) // a post on X, on Bluesky, or on Mastodon
			return false
		case unrolled(x):
			posts = append(posts, x) // a post of a thread Thread Reader unrolled (see unrollPosts)
			return false
		}
		return true
	})
	box := newBox()
	switch {
	case answers >= 2:
		for _, t := range turns {
			if attr(t, "data-message-author-role") == "user" {
				box.AppendChild(newHeading(collapse(textContent(t)), t))
				continue
			}
			a := cleaned(t)
			a.Data, a.DataAtom = "div", atom.Div
			box.AppendChild(a)
		}
	case len(posts) >= 3:
		var replies []*html.Node
		headed := false
		author := postAuthor(posts[0])
		for _, p := range posts {
			if strings.HasPrefix(collapse(textContent(p)), "@") || postAuthor(p) != author || len(replies) > 0 && author != "" {
				// "@anant_writes Only Maitri and Bharati are staffed"; on
				// Bluesky, a post by another, and all after it
				replies = append(replies, p)
				continue
			}
			if postHeading(p) == "" && !headed {
				box.AppendChild(newHeading("Thread", p)) // a section, whose paragraphs are passages each, not the definition's one
			}
			appendPost(box, p)
			headed = true
		}
		if len(replies) > 0 {
			box.AppendChild(newHeading("Replies", replies[0]))
			for i := 0; i < len(replies); i++ {
				p := replies[i]
				if by := postAuthor(p); by != "" && by != author && i+1 < len(replies) && postAuthor(replies[i+1]) == author {
					// a reply on Bluesky, with the thread's author's answer after it
					i++
					box.AppendChild(newParagraph(collapse(textContent(p))+" "+collapse(textContent(replies[i])), p))
					continue
				}
				appendPost(box, p)
			}
		}
	default:
		return nil
	}
	return box
}

// unrollPosts makes paragraphs of the lines of each post of a thread that
// Thread Reader unrolled, before the page's other passes read a post's
// first line as a heading of the page.
func unrollPosts(doc *html.Node) {
	walk(doc, func(x *html.Node) bool {
		if unrolled(x) {
			unrolledPost(x)
			return false
		}
		return true
	})
}

// unrolled reports whether x holds a post of a thread Thread Reader
// unrolled.
func unrolled(x *html.Node) bool {
	return x.Type == html.ElementNode && hasClass(x, "content-tweet")
}

// unrolledPost makes paragraphs of the lines of post, a post Thread Reader
// unrolled, apart at each blank line, as other sites write a post's
// paragraphs; a short first line ("4/ Part 1: What the data showed", "📜 1.
// Where it comes from") a paragraph of its own, to head the post (see
// postHeading). Its link to the post on X goes.
func unrolledPost(post *html.Node) {
	remove(post, func(x *html.Node) bool { return hasClass(x, "tw-permalink") })
	var paras []*html.Node
	newPara := func() *html.Node { return &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P} }
	para := newPara()
	breaks := 0 // <br>s in a row
	flush := func() {
		if hasText(para) {
			paras = append(paras, para)
		}
		para = newPara()
	}
	for x := post.FirstChild; x != nil; {
		next := x.NextSibling
		post.RemoveChild(x)
		switch {
		case x.DataAtom == atom.Br:
			breaks++
			switch {
			case breaks == 1 && len(paras) == 0 && headingLine(para):
				flush()
			case breaks == 1:
				para.AppendChild(x)
			case breaks == 2:
				if para.LastChild != nil && para.LastChild.DataAtom == atom.Br {
					para.RemoveChild(para.LastChild)
				}
				flush()
			}
		case x.Type == html.TextNode && strings.TrimSpace(x.Data) == "":
			para.AppendChild(x)
		case isBlock(x):
			flush()
			paras = append(paras, x) // a block of its own (a quoted post's card)
			breaks = 0
		default:
			breaks = 0
			para.AppendChild(x)
		}
		x = next
	}
	flush()
	for _, p := range paras {
		post.AppendChild(p)
	}
}

// headingLine reports whether p, a post's first line, is short and ends
// as no sentence does: a line that heads the post.
func headingLine(p *html.Node) bool {
	t := collapse(textContent(p))
	return t != "" && len(strings.Fields(t)) <= maxPostHeading && !strings.ContainsAny(t[len(t)-1:], ".;!,")
}

// hasClass reports whether one of n's class names is class.
func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

// hasText reports whether n has text that is not white space.
func hasText(n *html.Node) bool { return strings.TrimSpace(textContent(n)) != "" }

// appendPost adds a post of a thread to box: its text a paragraph, or,
// when it is paragraphs whose first is a short line ("5/ 🏠 MAITRI (1989)
// - the workhorse"), a section that line heads.
func appendPost(box, post *html.Node) {
	paras := postParagraphs(post)
	if head := numberedLabel(collapse(textContent(post))); head != "" && len(paras) < 2 {
		// "5/17 COUNCIL OF INDIA: 15 members to advise…": the label heads
		// the post, which keeps its words
		box.AppendChild(newHeading(head, post))
		c := cleaned(post)
		c.Data, c.DataAtom = "p", atom.P
		box.AppendChild(c)
		return
	}
	if head := postHeading(post); head != "" {
		box.AppendChild(newHeading(head, paras[0]))
		for i, p := range paras[1:] {
			c := cleaned(p)
			if i == 0 && c.FirstChild != nil {
				// the line is the post's words too: "5/ MAITRI (1989) - the workhorse" of "Commissioned in 1989 …"
				c.InsertBefore(&html.Node{Type: html.TextNode, Data: head + ". "}, c.FirstChild)
			}
			box.AppendChild(c)
		}
		return
	}
	c := cleaned(post)
	c.Data, c.DataAtom = "p", atom.P
	if len(paras) >= 2 {
		c.Data, c.DataAtom = "div", atom.Div
	}
	box.AppendChild(c)
}

// newParagraph returns a <p> of text, cited at the line of the element at.
func newParagraph(text string, at *html.Node) *html.Node {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P, Attr: []html.Attribute{{Key: lineAttr, Val: attr(at, lineAttr)}}}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return p
}

// postHeading is the short line a post of paragraphs opens with, which
// heads it (see appendPost), or "".
func postHeading(post *html.Node) string {
	paras := postParagraphs(post)
	if len(paras) < 2 {
		return ""
	}
	head := collapse(textContent(paras[0]))
	if head == "" || len(strings.Fields(head)) > maxPostHeading || strings.ContainsAny(head[len(head)-1:], ".;!") {
		return ""
	}
	return head
}

// postAuthor is the handle of a Bluesky post's author, as the thread item
// holding it is marked ("postThreadItem-by-name.bsky.social"); "" for a
// post elsewhere.
func postAuthor(post *html.Node) string {
	for x := post; x != nil; x = x.Parent {
		if by, ok := strings.CutPrefix(attr(x, "data-testid"), "postThreadItem-by-"); ok {
			return by
		}
	}
	return ""
}

// numberedLabel returns the label a thread's post opens with after its
// number, in capitals, up to a colon or a question mark: "5/17 COUNCIL OF
// INDIA" of "5/17 COUNCIL OF INDIA: 15 members…"; "" for none.
func numberedLabel(text string) string {
	m := numberedLabelRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	words, capitals := strings.Fields(m[2]), 0
	for _, w := range words {
		if strings.ToUpper(w) == w {
			capitals++
		}
	}
	if capitals*3 < len(words)*2 { // "PROMISES vs PRACTICE", not "The Act: …"
		return ""
	}
	return m[1] + " " + strings.TrimSuffix(m[2]+m[3], ":")
}

var numberedLabelRE = regexp.MustCompile(`^\W{0,4}(\d{1,2}\s?/\s?\d{0,2})\s+([\p{Lu}\d][\pL\d ()&,'’+./-]{1,60}[\p{Lu}\d)])\s*([:?!])\s`)

// postParagraphs are the paragraphs of a post's text.
func postParagraphs(post *html.Node) []*html.Node {
	var paras []*html.Node
	for c := post.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			paras = append(paras, c)
		}
	}
	return paras
}

// maxPostHeading is the most words of a post's first line that heads it.
const maxPostHeading = 12

// answer is one answer of a question's page (see answerBlocks): the name
// of its element, the IDs (idAttr) of it and its descendants, the element
// and, for the innermost, a cleaned copy, taken before readability
// rewrites the page.
type answer struct {
	name       string
	from, to   int
	node, text *html.Node
}

// newBox returns an empty <div> to gather blocks in.
func newBox() *html.Node { return &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div} }

// newHeading returns an <h2> of text the page does not write ("Replies",
// a chat's question), cited at the line of the element at.
func newHeading(text string, at *html.Node) *html.Node {
	h := &html.Node{Type: html.ElementNode, Data: "h2", DataAtom: atom.H2, Attr: []html.Attribute{{Key: lineAttr, Val: attr(at, lineAttr)}}}
	h.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return h
}

// answerBlocks returns the elements of doc named for one answer of a
// question's page ("answer_content" on Quora; a StackExchange site's are
// read by questionPage) that hold a reply's worth of text and no other such
// element, in order; each named by the words of its class and id.
func answerBlocks(doc *html.Node) []answer {
	var found []answer
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
			return true
		case skipped(x) || hidden(x):
			return false
		}
		if !slices.ContainsFunc(nameWords(x), answerWord) || textLen(x) < minReply || len(found) > maxAnswers {
			return true
		}
		from, _ := strconv.Atoi(attr(x, idAttr))
		to := from
		walk(x, func(y *html.Node) bool {
			if id, err := strconv.Atoi(attr(y, idAttr)); err == nil {
				to = max(to, id)
			}
			return true
		})
		found = append(found, answer{name: strings.Join(nameWords(x), " "), from: from, to: to, node: x})
		return true
	})
	// The innermost: an answer's text, not the box around it and its author.
	found = slices.DeleteFunc(found, func(a answer) bool {
		return slices.ContainsFunc(found, func(b answer) bool { return b.from > a.from && b.to <= a.to })
	})
	for i := range found {
		found[i].text = cleaned(found[i].node)
	}
	return found
}

// moreAnswers returns the other answers of a question's page when
// readability took one of answers for the article, art: those named as it
// is, in a box headed "Other answers", so that they neither go nor fall
// under the first answer's last heading. It returns nil when the article
// is not one answer, or it has no others.
func moreAnswers(answers []answer, art *html.Node) *html.Node {
	first := findFunc(art, func(x *html.Node) bool { _, ok := attrOK(x, idAttr); return ok })
	if first == nil {
		return nil
	}
	id, _ := strconv.Atoi(attr(first, idAttr))
	own := slices.IndexFunc(answers, func(a answer) bool { return a.from <= id && id <= a.to })
	if own < 0 {
		return nil
	}
	box := newBox()
	for i, a := range answers {
		if i == own || a.name != answers[own].name {
			continue
		}
		if box.FirstChild == nil {
			box.AppendChild(newHeading("Other answers", a.text))
		}
		a.text.Data, a.text.DataAtom, a.text.Attr = "div", atom.Div, nil
		box.AppendChild(a.text)
	}
	if box.FirstChild == nil {
		return nil
	}
	return box
}

// answerWord reports a word of a class or id that names one answer of a
// question's page: "answer" ("answer_content"), "answercell".
func answerWord(w string) bool { return w == "answer" || w == "answercell" || w == "answerbody" }

// maxAnswers is the most answers a question's page keeps besides the one
// readability took.
const maxAnswers = 50

// readable returns the article of doc, as readability reads it.
func readable(doc *html.Node) (*html.Node, string) {
	p := readability.NewParser()
	p.KeepClasses = true
	p.MaxElemsToParse = MaxElements
	a, err := p.ParseDocument(doc, nil)
	semantic := semanticMain(doc)
	if semantic != nil {
		semantic = cleaned(semantic)
	}
	switch {
	case err != nil || a.Node == nil:
		if semantic != nil {
			return semantic, ""
		}
		if b := find(doc, atom.Body); b != nil {
			return cleaned(b), ""
		}
		return doc, ""
	case semantic != nil && textLen(a.Node)*10 < textLen(semantic)*8:
		return semantic, a.Title()
	case semantic != nil && headings(semantic) >= headings(a.Node)+minLostHeadings:
		return semantic, a.Title() // readability kept the sections' text but not their headings
	}
	walk(a.Node, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			n.DataAtom = atom.Lookup([]byte(n.Data)) // readability renames tags by Data alone
		}
		return true
	})
	restore(doc, a.Node)
	return cleaned(a.Node), a.Title()
}

// headings counts the headings in n below its title's level.
func headings(n *html.Node) int {
	count := 0
	walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && isHeading(x) && x.DataAtom != atom.H1 {
			count++
		}
		return true
	})
	return count
}

// minLostHeadings is the fewest headings readability must have left out
// of a page's main part for the part to be read whole instead.
const minLostHeadings = 3

// threadReplies takes the replies of a page (a forum thread, a
// subreddit's post, a blog's or a newsletter's comments) out of doc when
// they say enough, three short replies' worth at least, and returns them to
// follow its article: a box of the bodies of the comments, those with
// headings of their own, then the others under the heading "Replies" (else
// they would fall under the last reply's heading, or run into the post's
// text). Students ask what a reply said ("what did the author reply about
// the UP quota"). Replies of a line or two ("thanks!", "this is gold") are
// left out, and so are the names, scores and buttons around each.
func threadReplies(doc *html.Node) *html.Node {
	if box := testedReplies(doc); box != nil {
		return box
	}
	type area struct {
		node   *html.Node
		bodies []*html.Node
	}
	var areas []area
	replies := 0
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		if skipped(x) || hidden(x) {
			return false
		}
		if x.DataAtom == atom.Html || x.DataAtom == atom.Body || x.DataAtom == atom.Main || !replyArea(nameWords(x)) {
			return true // (<body class="comments-page"> is the whole page)
		}
		a := area{node: x}
		walk(x, func(y *html.Node) bool {
			if y.Type != html.ElementNode || !replyBodyNode(y) || innerReplyBody(y) {
				return true // the body of a reply within its box, without its author's name and date
			}
			if n := textLen(y); n >= minReply {
				a.bodies = append(a.bodies, y)
				replies += n
			}
			return false
		})
		if len(a.bodies) > 0 {
			areas = append(areas, a)
		}
		return false
	})
	body := find(doc, atom.Body)
	if body == nil {
		return nil
	}
	if replies < minReply*3 {
		return nil // a reply or two: thanks and greetings
	}
	box := newBox()
	var plain []*html.Node
	var authors []string
	named := 0
	for _, a := range areas {
		for _, b := range a.bodies {
			if findFunc(b, isHeading) != nil {
				appendReply(box, "", b)
			} else {
				plain = append(plain, b)
				within := a.node
				if len(a.bodies) == 1 {
					within = a.node.Parent // a forum post's own box, its author's name in it
				}
				authors = append(authors, replyAuthor(b, within))
				if authors[len(authors)-1] != "" {
					named++
				}
			}
		}
	}
	if len(plain) > 0 {
		box.AppendChild(newHeading("Replies", plain[0]))
		for i, b := range plain {
			author := ""
			if named == len(plain) {
				author = authors[i] // "Replies › mains_or_bust": whose reply, as a question asks it
			}
			appendReply(box, author, b)
		}
	}
	for _, a := range areas {
		a.node.Parent.RemoveChild(a.node)
	}
	return box
}

// testedReplies takes the replies of a page that marks each reply's body
// and its author's link for its tests (Reddit's data-testid "comment" and
// "comment_author_link") out of doc, and returns them under "Replies",
// each under its author's name; nil when the page marks none. On such a
// page, a subreddit's thread, the replies are the discussion the post
// opens, however long the post: its doubts answered, its notes added to.
func testedReplies(doc *html.Node) *html.Node {
	var bodies []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && attr(x, "data-testid") == "comment" {
			bodies = append(bodies, x)
			return false
		}
		return true
	})
	if len(bodies) == 0 {
		return nil
	}
	box := newBox()
	for _, b := range bodies {
		if textLen(b) < minReply {
			continue // "thanks, saved!"
		}
		if box.FirstChild == nil {
			box.AppendChild(newHeading("Replies", b))
		}
		author := ""
		for p, up := b.Parent, 0; p != nil && author == "" && up < maxAuthorLevels; p, up = p.Parent, up+1 {
			if a := findFunc(p, func(y *html.Node) bool { return attr(y, "data-testid") == "comment_author_link" }); a != nil {
				author = collapse(textContent(a))
			}
		}
		if len(author) > maxAuthor {
			author = ""
		}
		appendReply(box, author, b)
	}
	for _, b := range bodies {
		if b.Parent != nil {
			b.Parent.RemoveChild(b)
		}
	}
	if box.FirstChild == nil {
		return nil
	}
	return box
}

// appendReply appends to box the reply whose body is b, cleaned, under
// its author's name when there is one.
func appendReply(box *html.Node, author string, b *html.Node) {
	if author != "" {
		h := newHeading(author, b)
		h.Data, h.DataAtom = "h3", atom.H3
		box.AppendChild(h)
	}
	reply := cleaned(b)
	reply.Data, reply.DataAtom, reply.Attr = "div", atom.Div, nil
	box.AppendChild(reply)
}

// maxAuthorLevels is how far above a reply's body its box, which names its
// author, stands.
const maxAuthorLevels = 3

// replyAuthor returns the name of who wrote the reply whose body is b, in
// the area of replies: the reply's box names them (Reddit's data-author),
// or an element of the box, the first comment around b, before b does
// ("author", "username"); "" when none does. Only that box is read, up to
// b: not the replies nested in it, after its body.
func replyAuthor(b, area *html.Node) string {
	for p := b.Parent; p != nil && p != area; p = p.Parent {
		if a := strings.TrimSpace(attr(p, "data-author")); a != "" {
			return a
		}
		if !replyArea(nameWords(p)) {
			continue
		}
		name, done := "", false
		walk(p, func(x *html.Node) bool {
			if done = done || x == b; done || name != "" {
				return false
			}
			if x.Type == html.ElementNode && slices.ContainsFunc(nameWords(x), func(w string) bool { return w == "author" || w == "username" }) {
				if t := collapse(textContent(without(x, besideName))); t != "" && len(t) <= maxAuthor {
					name = t
				}
				return false
			}
			return true
		})
		return name
	}
	return ""
}

// besideName reports what a reply's author's box holds besides the name:
// the date ("July 20, 2025 at 10:02 am"), WordPress's "says:".
func besideName(x *html.Node) bool {
	return x.DataAtom == atom.Time || slices.ContainsFunc(nameWords(x), func(w string) bool { return w == "says" || w == "time" || w == "date" })
}

// maxAuthor is the longest name of a reply's author.
const maxAuthor = 60

// replyArea reports whether the words of a class and id name a reply's
// box: a comment's, or a forum post's (Discourse's "topic-post").
func replyArea(words []string) bool {
	return slices.ContainsFunc(words, commentWord) || slices.Contains(words, "topic") && slices.Contains(words, "post")
}

func commentWord(w string) bool {
	return strings.HasPrefix(w, "comment") || strings.HasSuffix(w, "comment")
}

// innerReplyBody reports whether what is named as the body of a reply, b,
// holds the body instead: another long enough to keep (WordPress's
// "comment-body" its "comment-content", LinkedIn's "comment__body" its
// "comment__text", under the names, headlines and dates of their
// headers), or the bodies of several replies (Blogger's
// "comments-content").
func innerReplyBody(b *html.Node) bool {
	inner, whole := 0, false
	walk(b, func(x *html.Node) bool {
		if x == b || x.Type != html.ElementNode || !replyBodyNode(x) {
			return true
		}
		inner++
		whole = whole || textLen(x) >= minReply
		return false
	})
	return whole || inner >= 2
}

// replyBodyNode reports whether element n is named as the body of a reply
// (replyBody), not for a utility class's "text" (LinkedIn's "text-xs",
// "!text-sm") nor as a table's box in a post (Discourse's "md-table").
func replyBodyNode(n *html.Node) bool {
	words := namesOf(n, false, true)
	return replyBody(words) && !slices.Contains(words, "table")
}

// replyBody reports whether the words of a class and id name the body of
// a comment: Reddit's "md" and "usertext-body", "comment-body",
// "message-text", "postbody".
func replyBody(words []string) bool {
	part, whose := false, false
	for _, w := range words {
		switch w {
		case "md", "commentbody", "postbody", "messagebody", "cooked": // Discourse's post, "cooked" from its Markdown
			return true
		case "body", "content", "text":
			part = true
		case "usertext", "message", "post", "reply":
			whose = true
		}
		whose = whose || commentWord(w)
	}
	return part && whose
}

// minReply is the length of the shortest reply a discussion keeps.
const minReply = 80

// restore puts back the blocks readability dropped from the middle of the
// article: a block of the page missing from the article whose preceding
// sibling was kept (the page's clutter and pictures between aside) goes
// back after it. Readability drops, for one, a
// section heading that resembles the page title ("Impact on the Indian
// Monsoon" under "…: Impact on Indian Monsoon"); clutter stays out.
func restore(doc, art *html.Node) {
	kept := map[string]*html.Node{}
	walk(art, func(n *html.Node) bool {
		if id, ok := attrOK(n, idAttr); ok {
			kept[id] = n
		}
		return true
	})
	// partly: elements of the page some part of which the article has (a
	// box readability rewrote as a <p> keeps its children, not its own mark).
	partly := map[*html.Node]bool{}
	var mark func(n *html.Node) bool
	mark = func(n *html.Node) bool {
		has := kept[attr(n, idAttr)] != nil
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && mark(c) {
				has = true
			}
		}
		partly[n] = has
		return has
	}
	mark(doc)
	first := art.FirstChild
	for first != nil && first.Type != html.ElementNode {
		first = first.NextSibling
	}
	// The page's elements that hold the article's first element, as the
	// page wrote it: a box just before one of them stands before the article.
	holdsFirst := map[*html.Node]bool{}
	if first != nil {
		if id := attr(first, idAttr); id != "" {
			for x := byID(doc, id); x != nil; x = x.Parent {
				holdsFirst[x] = true
			}
		}
	}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if next := nextElement(n); first != nil && next != nil && (kept[attr(next, idAttr)] == art || kept[attr(next, idAttr)] == first || holdsFirst[next]) &&
			!partly[n] && (leadBox(n) || captioned(n)) && !clutter(n) && !hidden(n) {
			// A box right before the article, its heading and text (a "Why
			// in news?" box over the story), or its picture's caption: a
			// section of it, after the article's lead, which stays its
			// introduction.
			c := clone(n)
			if at := findFunc(art, isHeading); at != nil {
				at.Parent.InsertBefore(c, at)
			} else {
				first.Parent.InsertBefore(c, first)
			}
			kept[attr(n, idAttr)] = c
			return false
		}
		if partly[n] || !contentBlock(n) && !leadBox(n) && !captioned(n) || clutter(n) || hidden(n) {
			return true
		}
		prev := n.PrevSibling
		for prev != nil && (prev.Type != html.ElementNode || clutter(prev) || hidden(prev) || prev.DataAtom == atom.Figure && !partly[prev] && !captioned(prev)) {
			prev = prev.PrevSibling // the text before an aside, not the pull quote or the picture between
		}
		if prev == nil || kept[attr(prev, idAttr)] == nil {
			return true
		}
		after := kept[attr(prev, idAttr)]
		c := clone(n)
		if n.DataAtom == atom.Aside {
			c.Attr = append(c.Attr, html.Attribute{Key: boxAttr, Val: "1"}) // a fact box, though no longer in its <article>
		}
		after.Parent.InsertBefore(c, after.NextSibling)
		kept[attr(n, idAttr)] = c
		return false
	})
}

// captioned reports a picture with a caption that says something: "Modi,
// Putin and Xi at the SCO summit in Tianjin on September 1, 2025".
func captioned(n *html.Node) bool {
	if n.DataAtom != atom.Figure {
		return false
	}
	c := find(n, atom.Figcaption)
	return c != nil && len(strings.Fields(textContent(c))) >= minCaptionWords
}

// minCaptionWords is the fewest words of a caption kept as text.
const minCaptionWords = 6

// leadBox reports a box of a heading over text: a heading element first,
// then at least one paragraph; or, in a box of the page's own kind (AMP's
// <amp-accordion>), maybe wrapped in a section of its own, a heading over
// a list ("Key takeaways").
func leadBox(n *html.Node) bool {
	custom := n.DataAtom == 0 && strings.Contains(n.Data, "-")
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside && !custom {
		return false
	}
	for c := onlyElement(n); c != nil && !isHeading(c); c = onlyElement(c) {
		n = c
	}
	return titledBox(n, isHeading, atom.P) || custom && titledBox(n, isHeading, atom.Ul, atom.Ol, atom.Div) && find(n, atom.Li) != nil
}

// onlyElement returns n's one child element, or nil when it has none or
// more.
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// factBox reports an <aside> of the article's own, inside its <article>:
// a title over a list or a paragraph ("Quick numbers" over the figures, "Do
// you know?" over a fact), not named as the page's furniture is (related
// posts, a share bar).
func factBox(n *html.Node) bool {
	if n.DataAtom != atom.Aside || furnitureName(n) || !titledBox(n, titleLine, atom.P, atom.Ul, atom.Ol) {
		return false
	}
	if attr(n, "epub:type") == "sidebar" || attr(n, boxAttr) != "" {
		return true // a book's box: its pages have no furniture; one restore put back
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// titledBox reports whether n's first element is a title and another
// after it one of body.
func titledBox(n *html.Node, title func(*html.Node) bool, body ...atom.Atom) bool {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids = append(kids, c)
		}
	}
	return len(kids) >= 2 && title(kids[0]) && slices.ContainsFunc(kids[1:], func(c *html.Node) bool { return slices.Contains(body, c.DataAtom) })
}

// titleLine reports a box's title: a heading, or a short paragraph all in
// bold ("<p><strong>Do you know?</strong></p>").
func titleLine(n *html.Node) bool {
	if isHeading(n) {
		return true
	}
	if n.DataAtom != atom.P || textLen(n) > 80 {
		return false
	}
	if boxTitle(n) {
		return true
	}
	label, _ := boldLabel(n)
	return label != "" && label == strings.TrimSpace(textContent(n))
}

// boxTitle reports a box's title its class names: <p
// class="box-title">For revision</p>, bold by its style.
func boxTitle(n *html.Node) bool {
	return slices.Contains(strings.Fields(strings.ToLower(attr(n, "class"))), "box-title")
}

// contentBlock reports the blocks an article is made of.
func contentBlock(n *html.Node) bool {
	if n.DataAtom == atom.Aside {
		return factBox(n)
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Ul, atom.Ol,
		atom.Table, atom.Blockquote, atom.Pre, atom.Dl, atom.Details:
		return !(n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) || !tableOfContents(n)
	}
	return tipBox(n) || syllabusBox(n)
}

// semanticMain returns the page's <article>, <main> or role="main" element.
func semanticMain(doc *html.Node) *html.Node {
	for _, match := range []func(*html.Node) bool{
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
	} {
		if n := findFunc(doc, match); n != nil {
			return n
		}
	}
	return nil
}

// cleaned returns a copy of n without the parts of a page that are not
// its content: navigation, forms, comments, share and related links (a
// wiki's marks are gone from the page before: see convert).
func cleaned(n *html.Node) *html.Node {
	return without(n, func(x *html.Node) bool { return skipped(x) || clutter(x) })
}

// without returns a copy of n without the elements drop reports.
func without(n *html.Node, drop func(*html.Node) bool) *html.Node {
	c := clone(n)
	remove(c, drop)
	return c
}

// remove takes the elements drop reports, with what they hold, out of n.
func remove(n *html.Node, drop func(*html.Node) bool) {
	var dropped []*html.Node
	walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && drop(x) {
			dropped = append(dropped, x)
			return false
		}
		return true
	})
	for _, x := range dropped {
		if x.Parent != nil {
			x.Parent.RemoveChild(x)
		}
	}
}

// clutter reports page furniture around an article, by element or by name.
// A box named like furniture that holds the article's title or the article
// itself (a wrapper "has-sidebar") is not furniture.
func clutter(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside:
		return !factBox(n)
	case atom.Nav, atom.Footer, atom.Form:
		return true
	case atom.Header:
		return find(n, atom.H1) == nil
	}
	if !furnitureName(n) {
		return adLabel(n) || byline(n) || quizWidget(n) || icon(n) || photoCredit(n)
	}
	return findFunc(n, func(x *html.Node) bool {
		return x.DataAtom == atom.H1 || x.DataAtom == atom.Article || x.DataAtom == atom.Main
	}) == nil
}

// photoCredit reports the credit set inside a picture's caption, in an
// element of its own: "Photo: iStock" after "… fail to map".
func photoCredit(n *html.Node) bool {
	if n.DataAtom != atom.Span && n.DataAtom != atom.Small && n.DataAtom != atom.Cite && n.DataAtom != atom.Em || n.Parent == nil || n.Parent.DataAtom != atom.Figcaption {
		return false
	}
	return photoCreditRE.MatchString(collapse(shortText(n, 160)))
}

// photoCreditRE matches a picture's credit: "Photo: iStock", "Image
// courtesy ISRO", "Credit: PTI".
var photoCreditRE = regexp.MustCompile(`(?i)^(?:photo|image|picture|pic|photograph|illustration|graphic|credit)s?(?: credit)?\s*(?::|by\b|courtesy\b|–|—|-)`)

// unlinkedRelated renames each box named "related…" that links nowhere
// and says something (200 characters or more): the article's own part on
// related matters ("Related Initiatives", each told in a line), not links
// to other pages. Named so, readability and clutter would drop it.
func unlinkedRelated(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !related(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))) || find(n, atom.A) != nil {
			return true
		}
		if s := shortText(n, minRelatedText); s != "" && len(collapse(s)) < minRelatedText {
			return true // "" when longer
		}
		dropNames(n, func(name string) bool { return related(strings.ToLower(name)) }, "class", "id")
		return true
	})
}

// dropNames takes the names drop reports out of n's attributes keys, each
// a list of names ("class", "id").
func dropNames(n *html.Node, drop func(string) bool, keys ...string) {
	for i, a := range n.Attr {
		if slices.Contains(keys, a.Key) {
			n.Attr[i].Val = strings.Join(slices.DeleteFunc(strings.Fields(a.Val), drop), " ")
		}
	}
}

func related(name string) bool { return strings.Contains(name, "related") }

// minRelatedText is the least text of a box on related matters that
// unlinkedRelated keeps.
const minRelatedText = 200

// icon reports an element named for an icon whose text has no letter or
// digit: an emoji or a symbol font's glyph before a callout or a heading
// (Notion's "💡"), decoration, not a passage.
func icon(n *html.Node) bool {
	if !slices.Contains(nameWords(n), "icon") {
		return false
	}
	return !strings.ContainsFunc(textContent(n), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// quizWidget reports a quiz to take on the page ("wp-quiz", "poll"): a
// box so named that holds choices to tick (radio buttons or check boxes,
// their labels) or a button.
// Its questions come without their answers, which the page keeps in
// script.
func quizWidget(n *html.Node) bool {
	named := false
	for _, f := range nameWords(n) {
		named = named || strings.Contains(f, "quiz") || strings.HasPrefix(f, "poll") || strings.HasPrefix(f, "mcq")
	}
	return named && findFunc(n, func(x *html.Node) bool {
		switch x.DataAtom {
		case atom.Label, atom.Button:
			return true // a choice's label, a button to check it (readability drops inputs)
		case atom.Input:
			t := strings.ToLower(attr(x, "type"))
			return t == "radio" || t == "checkbox"
		}
		return false
	}) != nil
}

// permalink reports a link to a heading of the page beside it with no
// text but an icon's or a mark's (GitHub's "🔗" by each heading of a
// README or a wiki page, Sphinx's "¶", in a saved page perhaps a full
// address ending in "#why-a-mission"), or to a glossary's term: with it,
// readability reads the heading as a box of links, and drops it.
func permalink(n *html.Node) bool {
	if n.DataAtom != atom.A || !strings.Contains(attr(n, "href"), "#") || !markOnly(strings.TrimSpace(textContent(n))) {
		return false
	}
	blank := func(x *html.Node) bool { return x != nil && x.Type == html.TextNode && strings.TrimSpace(x.Data) == "" }
	prev, next := n.PrevSibling, n.NextSibling
	for blank(prev) {
		prev = prev.PrevSibling
	}
	for blank(next) {
		next = next.NextSibling
	}
	return slices.ContainsFunc([]*html.Node{prev, next, n.Parent}, func(x *html.Node) bool { return x != nil && (isHeading(x) || x.DataAtom == atom.Dt) })
}

// contentsHeading reports a heading that names the table of contents
// under it ("Table of contents" over a list of links to the page's own
// headings, in a box of its own), which would otherwise head the text
// after the list.
func contentsHeading(n *html.Node) bool {
	return isHeading(n) && contentsRE.MatchString(inlineText(n)) && contentsUnder(n)
}

// contentsRE matches the name of a table of contents.
var contentsRE = regexp.MustCompile(`(?i)^(?:table of contents|contents|on this page|in this (?:article|post|page)|jump to)$`)

// contentsUnder reports whether the block next after heading n, in its
// box or the boxes around it, is a table of contents.
func contentsUnder(n *html.Node) bool {
	for p := n; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		if next := nextElement(p); next != nil {
			for next.DataAtom == atom.Div && firstElement(next) != nil {
				next = firstElement(next)
			}
			return (next.DataAtom == atom.Ul || next.DataAtom == atom.Ol) && tableOfContents(next)
		}
	}
	return false
}

// linkTable reports a box of links to other pages laid out in a table,
// with at most a short label beside it: an exam portal's "Also Read" box
// between an article's sections, each cell a link to another of its
// articles. Readability would unwrap the table into lines of their own.
func linkTable(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Aside && n.DataAtom != atom.Section {
		return false
	}
	var table *html.Node
	var label strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Table && table == nil:
			table = c
		case c.Type == html.ElementNode && isBlock(c):
			return false
		default:
			label.WriteString(textContent(c) + " ")
		}
	}
	if table == nil || len(wordsOf(collapse(label.String()))) > 3 {
		return false
	}
	cells, ok := 0, true
	walk(table, func(x *html.Node) bool {
		if x.Type != html.ElementNode || x.DataAtom != atom.Td && x.DataAtom != atom.Th {
			return ok
		}
		var kids []*html.Node
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		ok = ok && linkRun(kids) && len(wordsOf(outside(x))) == 0
		cells++
		return false
	})
	return ok && cells > 0
}

// markOnly reports whether a link's text t is no words: none, or a mark
// or two ("¶", "#", "§").
func markOnly(t string) bool {
	return utf8.RuneCountInString(t) <= 2 && !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// bracketMark reports a mark set in square brackets around a link, as a
// wiki marks a reference ("[3]", "[citation needed]") or a section's edit
// link ("[edit]"): the element's text is bracketed, and its text outside
// links only brackets and separators.
func bracketMark(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Sup, atom.Span, atom.A, atom.Small:
	default:
		return false
	}
	raw, ok := markText(n, 1024)
	t := collapse(raw)
	if !ok || len(t) < 3 || len(t) > 40 || t[0] != '[' || t[len(t)-1] != ']' || strings.Count(t, "[") != strings.Count(t, "]") {
		return false
	}
	linked := n.DataAtom == atom.A
	var outside strings.Builder
	walk(n, func(x *html.Node) bool {
		switch {
		case x.Type == html.ElementNode && x.DataAtom == atom.A:
			linked = true
			return false
		case x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
		case x.Type == html.TextNode:
			outside.WriteString(x.Data)
		}
		return true
	})
	return linked && strings.Trim(outside.String(), "[]|,;· \t\n") == ""
}

// markText returns n's text as textContent does, and false, without
// reading it all, when it is over max bytes: a mark is short, and the text
// of a paragraph is not copied at each of the 512 elements it may be
// nested in.
func markText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	over := false
	walk(n, func(x *html.Node) bool {
		switch {
		case over || x != n && x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
		case x.Type == html.TextNode && b.Len()+len(x.Data) > max:
			over = true
		case x.Type == html.TextNode:
			b.WriteString(x.Data)
		}
		return !over
	})
	return b.String(), !over
}

// Names of page furniture: a word of a class or id that starts or ends with
// a stem ("relatedposts", "leftnav") or is a short name.
var (
	furnitureStems = []string{"comment", "share", "sharing", "social", "related", "sidebar", "cookie",
		"newsletter", "subscribe", "signup", "mailchimp", "advert", "adsbygoogle", "breadcrumb", "nav", "menu",
		"footer", "disqus", "popup", "suggested"}
	furnitureWords = map[string]bool{"ad": true, "ads": true, "toc": true, "cta": true, "promo": true,
		"byline": true, "meta": true, "tags": true, "author": true, "respond": true,
		"references": true, "reflist": true, // a wiki's list of sources
		"catlinks": true,                  // and of its categories
		"sitesub":  true, "hatnote": true} // its "From Wikipedia, …" and "This article is about …; for …, see …"
)

func furnitureName(n *html.Node) bool {
	for _, f := range blockWords(n) {
		if furnitureWords[f] {
			return true
		}
		for _, stem := range furnitureStems {
			if strings.HasPrefix(f, stem) || strings.HasSuffix(f, stem) {
				return true
			}
		}
	}
	return false
}

// A byline is a short block of page furniture about the article, not of
// it: who wrote it, when it was posted or updated, how long it takes to
// read, buttons to share it. It is told by its text, made only of such
// phrases (at least one that names its purpose: "By", "Updated on", "min
// read", "Share") and dates, names after "By", the names of social
// networks and separators; or by its names ("post-date", "posted-on",
// "entry-info") when its text is a date.
var (
	bylineWords = map[string]bool{"date": true, "dates": true, "dateline": true, "posted": true, "postedon": true,
		"published": true, "updated": true, "modified": true, "timestamp": true, "readtime": true, "readingtime": true,
		"info": true, "postinfo": true, "entryinfo": true, "time": true}
	bylineDateRE = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|` +
		`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
		`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}\s*(?:am|pm|ist|utc|gmt)?)`)
	bylineMarkRE = regexp.MustCompile(`(?i)\b(?:(?:last\s+)?(?:updated|published|posted|modified|edited)(?:\s+(?:on|at|by))?|` +
		`\d+\s*(?:min|mins|minutes?)\s+(?:read|reading|to\s+read)|(?:reading|read)\s+time|time\s+to\s+read|` +
		`share(?:\s+(?:this|on|via))?|\d[\d,.]*k?\s+(?:views?|comments?|shares?)|no\s+comments|leave\s+a\s+comment|` +
		`author|written\s+by|by)\b:?`)
	bylineFillerRE = regexp.MustCompile(`(?i)\b(?:\d+\s*(?:min|mins|minutes?)|facebook|twitter|whatsapp|telegram|linkedin|pinterest|email|print|copy\s+link)\b`)
	bylineNameRE   = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}`)
)

// inEntry reports whether n stands in a list item or a table's cell.
func inEntry(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Li, atom.Td, atom.Th, atom.Dt, atom.Dd:
			return true
		case atom.Ul, atom.Ol, atom.Table, atom.Body:
			return false
		}
	}
	return false
}

// byline reports a short block that is page furniture about the article
// (see bylineWords). List items and table cells are content.
func byline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Li, atom.Td, atom.Th, atom.Dt, atom.Dd, atom.Tr, atom.Caption, atom.Summary:
		return false
	}
	if !isBlock(n) && n.DataAtom != atom.Span && n.DataAtom != atom.Small && n.DataAtom != atom.Time || isHeading(n) {
		return false
	}
	if !isBlock(n) && inEntry(n) {
		return false // a timeline's "25.06.2015 – Mission launched"
	}
	text := collapse(shortText(n, 160))
	if text == "" {
		return false
	}
	rest := bylineDateRE.ReplaceAllString(text, " ")
	dated := rest != text
	marks := 0
	for {
		loc := bylineMarkRE.FindStringIndex(rest)
		if loc == nil {
			break
		}
		marks++
		after := strings.TrimLeft(rest[loc[1]:], " ")
		if p := strings.ToLower(strings.TrimSuffix(rest[loc[0]:loc[1]], ":")); strings.HasSuffix(p, "by") || p == "author" {
			after = bylineNameRE.ReplaceAllString(after, "") // "By Ravi Kumar", "Author: R. Kumar"
		}
		rest = rest[:loc[0]] + " " + after
	}
	if len(wordsOf(bylineFillerRE.ReplaceAllString(rest, " "))) > 0 {
		return false
	}
	if marks > 0 {
		return true
	}
	named := false
	for _, f := range nameWords(n) {
		named = named || bylineWords[f]
	}
	return named && dated
}

// adLabel reports a block whose only text is an advert's label.
func adLabel(n *html.Node) bool {
	if !isBlock(n) && n.DataAtom != atom.Span && n.DataAtom != atom.Font {
		return false
	}
	t := strings.ToLower(strings.Trim(collapse(shortText(n, 40)), " -–—:.()[]"))
	switch t {
	case "advertisement", "advertisements", "sponsored", "ad", "ads", "story continues below advertisement":
		return true
	}
	return false
}

// feedbackPrompt reports a page's request for a rating: a short question
// beside buttons or choices to answer it by ("Was this helpful?" over 👍
// and 👎), no text of the article. A question that heads a part is not
// one.
func feedbackPrompt(n *html.Node) bool {
	if !isBlock(n) || isHeading(n) {
		return false
	}
	t := collapse(shortText(n, maxFeedbackPrompt))
	if !strings.HasSuffix(t, "?") || len(strings.Fields(t)) > 8 || len(textContent(n)) > 2*maxFeedbackPrompt || findFunc(n, isHeading) != nil {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if isHeading(a) {
			return false
		}
	}
	return findFunc(n, func(x *html.Node) bool {
		switch role := attr(x, "role"); {
		case role == "radiogroup", role == "radio":
			return true
		case x.DataAtom == atom.Input:
			return strings.EqualFold(attr(x, "type"), "radio")
		case x.DataAtom == atom.Button, role == "button":
			return ratingRE.MatchString(strings.TrimSpace(attr(x, "aria-label") + " " + textContent(x)))
		}
		return false
	}) != nil
}

// agencyCredit reports a news page's line that credits a news agency
// with the story: "(With inputs from PTI)".
func agencyCredit(n *html.Node) bool {
	return (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Em || n.DataAtom == atom.I) && agencyCreditRE.MatchString(collapse(shortText(n, maxAgencyCredit)))
}

// agencyCreditRE matches a news agency's credit line; maxAgencyCredit is
// the longest, in bytes.
var agencyCreditRE = regexp.MustCompile(`(?i)^\(?\s*with (?:\w+ )?inputs? from [\pL ,&/.-]{2,40}\)?\.?$`)

const maxAgencyCredit = 80

// ratingRE is what a button to rate a page says: "Yes", "👍", "Not
// helpful" (a post's buttons to reply or share are not).
var ratingRE = regexp.MustCompile(`(?i)^(?:yes|no|(?:not |un)?(?:helpful|useful)|thumbs? (?:up|down)|👍|👎)\W*$`)

// maxFeedbackPrompt is the longest text, in bytes, of a request for a
// rating (feedbackPrompt).
const maxFeedbackPrompt = 60

// pageTitle is the page's first <h1> when it heads the article (readability
// keeps it as a heading, or it stands in the page's <article> or <main>),
// else readability's title (which it takes from the <h1> or <title> that
// names the article), else the first <h1>, else the <title>.
func pageTitle(doc, body *html.Node, readTitle string, titlePara *html.Node) (string, int) {
	if t := find(doc, atom.Title); t != nil {
		if post := postTitle(collapse(textContent(t))); post != "" {
			return corpus.EscapeMarkdown(post), lineOf(t)
		}
	}
	h1 := find(doc, atom.H1)
	if sectionsH1(doc) || titlePara != nil && processorTitle(titlePara) {
		h1 = nil // the page's sections, not its title; a word processor's title paragraph opens the text above them
	}
	var text string
	if h1 != nil {
		text = inlineText(h1)
	}
	if text != "" {
		inMain := false
		if m := semanticMain(doc); m != nil {
			inMain = findFunc(m, func(n *html.Node) bool { return n == h1 }) != nil
		}
		kept := findFunc(body, func(n *html.Node) bool { return isHeading(n) && inlineText(n) == text }) != nil
		if inMain || kept {
			return text, lineOf(h1)
		}
	}
	if h := namedHeading(doc, body, h1, readTitle); h != nil {
		return inlineText(h), lineOf(h)
	}
	if titlePara != nil && (h1 == nil || text == "") {
		return inlineText(titlePara), lineOf(titlePara)
	}
	if h1 == nil {
		if h := headline(doc, body); h != nil {
			return inlineText(h), lineOf(h)
		}
	}
	if t := collapse(readTitle); t != "" {
		if tt := find(doc, atom.Title); tt != nil && collapse(textContent(tt)) == t {
			t = siteless(t, siteName(doc, h1)) // readability keeps "Article | Site" when the article's part is short
		}
		t = corpus.EscapeMarkdown(t) // as inlineText writes a heading's
		line := 1
		if t == text {
			line = lineOf(h1)
		}
		return t, line
	}
	if text != "" {
		return text, lineOf(h1)
	}
	if t := find(doc, atom.Title); t != nil {
		return corpus.EscapeMarkdown(siteless(collapse(textContent(t)), siteName(doc, h1))), lineOf(t)
	}
	return "", 0
}

// headline returns the page's only <h2> when the page has no <h1> and the
// <h2> stands before the article's text, outside the site's navigation,
// header and footer: a page that heads its article so and its sections in
// bold (a government press release) is named by it, whatever its <title>
// calls the site.
func headline(doc, body *html.Node) *html.Node {
	var h2s []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch {
		case skipped(x) || hidden(x) || x.DataAtom == atom.Nav || x.DataAtom == atom.Header || x.DataAtom == atom.Footer || x.DataAtom == atom.Aside:
			return false
		case x.DataAtom == atom.H2:
			h2s = append(h2s, x)
			return false
		}
		return len(h2s) < 2
	})
	if len(h2s) != 1 || inLink(h2s[0]) {
		return nil
	}
	h := h2s[0]
	if t := inlineText(h); t == "" || utf8.RuneCountInString(t) > maxHeadline {
		return nil
	}
	if first := openingBlock(body, func(x *html.Node) bool { return x.DataAtom == atom.P && inlineText(x) == "" }); first != nil && lineOf(first) < lineOf(h) {
		return nil
	}
	if linked(doc, collapse(textContent(h))) {
		return boldUnder(doc, h) // "Press Releases", as the breadcrumb links it: the release's own name is under it
	}
	return h
}

// linked reports whether the page links some text of its own navigation
// by the words text: a heading that names the site's section the page is
// in, as its breadcrumb or menu does, is no article's title.
func linked(doc *html.Node, text string) bool {
	found := false
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.A && attr(x, "href") != "" && strings.EqualFold(collapse(textContent(x)), text) {
			found = true
		}
		return !found
	})
	return found
}

// boldUnder returns the first block after h all of whose text is bold,
// of four words at least, when it comes within the next few blocks of
// text: a release's title set in a bold table cell. Else nil.
func boldUnder(doc, h *html.Node) *html.Node {
	var found *html.Node
	after, blocks := false, 0
	walk(doc, func(x *html.Node) bool {
		switch {
		case found != nil || blocks >= maxBlocksToHeadline:
			return false
		case x == h:
			after = true
			return false
		case !after || x.Type != html.ElementNode || skipped(x) || hidden(x):
			return true
		case !isBlock(x) || findFunc(x, func(y *html.Node) bool { return y != x && isBlock(y) }) != nil:
			return true // into the blocks it holds
		}
		t := collapse(textContent(x))
		if t == "" {
			return true
		}
		blocks++
		if n := len(strings.Fields(t)); n >= 4 && utf8.RuneCountInString(t) <= maxHeadline && allBold(x) {
			found = x
		}
		return false
	})
	return found
}

// maxBlocksToHeadline is how many blocks of text boldUnder reads after a
// section's name for the title.
const maxBlocksToHeadline = 4

// allBold reports whether every piece of text in n stands in <b> or
// <strong>.
func allBold(n *html.Node) bool {
	bold := true
	var visit func(x *html.Node, in bool)
	visit = func(x *html.Node, in bool) {
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" && !in {
			bold = false
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			visit(c, in || c.DataAtom == atom.B || c.DataAtom == atom.Strong)
		}
	}
	visit(n, false)
	return bold
}

// maxHeadline is the longest heading headline takes for a title.
const maxHeadline = 200

// postTitle returns what a post saved from X (Twitter) is about, from its
// page's title `Name on X: "1/15 🧵 CRIPPS MISSION (1942) — full thread …"
// / X`: the post's opening words, without a thread's count and mark, up to
// a dash, a colon or a sentence's end; "" for another title.
func postTitle(title string) string {
	m := postTitleRE.FindStringSubmatch(title)
	if m == nil {
		if m = tootTitleRE.FindStringSubmatch(title); m == nil {
			return ""
		}
	}
	t := threadMarkRE.ReplaceAllString(m[1], "")
	if i := postCutRE.FindStringIndex(t); i != nil {
		t = t[:i[0]]
	}
	if w := strings.Fields(t); len(w) > 12 {
		t = strings.Join(w[:12], " ")
	}
	return strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.So, r) || r == '\ufe0f' })
}

var (
	postTitleRE  = regexp.MustCompile(`^.+? on (?:X|Twitter): "(.+?)(?:…)?"(?:\s*/\s*(?:X|Twitter))?$`)
	tootTitleRE  = regexp.MustCompile(`^.+?: "(.+?)(?:…)?" [-—] (?:Mastodon|Bluesky)$`) // a post's page on Mastodon or Bluesky
	threadMarkRE = regexp.MustCompile(`^(?:\s*(?:\d{1,2}\s*/\s*\d{0,2}|🧵|\(?thread\)?\s*:?|\x{1F9F5}))+\s*`)
	postCutRE    = regexp.MustCompile(` [—–-] |: |[.!?](?:\s|$)|\n`)
)

// titleParagraph returns the paragraph a word processor saves a document's
// title as (Google Docs' class "title", Word's "MsoTitle"), when it comes
// before the page's headings and text and has words (not a forum's vote
// count), or nil.
func titleParagraph(body *html.Node) *html.Node {
	x := openingBlock(body, func(x *html.Node) bool { return x.DataAtom == atom.P && inlineText(x) == "" })
	if x == nil || x.DataAtom != atom.P {
		return nil
	}
	if t := inlineText(x); len(t) <= 200 && !strings.Contains(t, "\n") && strings.IndexFunc(t, unicode.IsLetter) >= 0 &&
		slices.ContainsFunc(nameWords(x), func(w string) bool { return w == "title" || w == "msotitle" }) {
		return x
	}
	return nil
}

// processorTitle reports whether a title paragraph is a word processor's:
// Word's "MsoTitle", or Google Docs' "title" beside its numbered classes
// ("c2 title"); a site's "title" is a post's name among others.
func processorTitle(p *html.Node) bool {
	classes := strings.Fields(attr(p, "class"))
	return slices.ContainsFunc(classes, func(c string) bool { return strings.EqualFold(c, "msotitle") }) ||
		slices.Contains(classes, "title") && slices.ContainsFunc(classes, docsClassRE.MatchString)
}

// docsClassRE matches the classes Google Docs numbers its styles by.
var docsClassRE = regexp.MustCompile(`^c\d+$`)

// namedHeading returns the heading the page's title starts with: "Topic"
// of "Topic - Site | Exam", be it the page's first <h1> (not a logo's
// link) or the heading the article opens with.
// sectionsH1 reports a page whose <h1>s are its sections, as a word
// processor saves a document whose headings are styled "Heading 1": three
// of them at least, none standing before the page's text.
func sectionsH1(doc *html.Node) bool {
	n, text := 0, false
	var first bool
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
		case x.Type == html.ElementNode && x.DataAtom == atom.H1:
			if n == 0 {
				first = text
			}
			n++
			return false
		case x.Type == html.TextNode && n == 0 && strings.TrimSpace(x.Data) != "":
			text = true
		}
		return true
	})
	return n >= 3 && first
}

func namedHeading(doc, body, h1 *html.Node, readTitle string) *html.Node {
	var titles []string
	if t := find(doc, atom.Title); t != nil {
		titles = append(titles, corpus.EscapeMarkdown(collapse(textContent(t))))
	}
	titles = append(titles, corpus.EscapeMarkdown(collapse(readTitle))) // as inlineText writes a heading's
	for _, h := range []*html.Node{h1, openingHeading(body), findFunc(doc, isHeading)} {
		if h == nil || inLink(h) {
			continue
		}
		for _, t := range titles {
			if startsTitle(t, inlineText(h)) {
				return h
			}
		}
	}
	return nil
}

// openingHeading returns the heading that holds the first text of n.
func openingHeading(n *html.Node) *html.Node {
	var first *html.Node
	walk(n, func(x *html.Node) bool {
		if first == nil && x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			first = x
		}
		return first == nil && !(x.Type == html.ElementNode && (skipped(x) || hidden(x)))
	})
	for p := first; p != nil; p = p.Parent {
		if isHeading(p) {
			return p
		}
	}
	return nil
}

// inLink reports a heading that is a link's text, or holds one that is all
// of it: a site's logo.
func inLink(h *html.Node) bool {
	for p := h.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A && attr(p, "href") != "" {
			return true // not a named anchor, "<a name="4127"/>", which HTML does not close before the heading
		}
	}
	a := find(h, atom.A)
	return a != nil && attr(a, "href") != "" && collapse(textContent(a)) == collapse(textContent(h))
}

// startsTitle reports whether a page title is heading, or heading and then
// more after a separator.
func startsTitle(title, heading string) bool {
	rest, ok := strings.CutPrefix(title, heading)
	if !ok || heading == "" {
		return false
	}
	if rest == "" {
		return true
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ": ", " :: ", " » ", " · ", " / ", " ~ "} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// faqQuestions returns the questions of the page's schema.org FAQ data
// (JSON-LD), in lower case.
func faqQuestions(doc *html.Node) map[string]bool {
	qs := map[string]bool{}
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Script && strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				addQuestions(v, qs, 0)
			}
		}
		return true
	})
	return qs
}

func addQuestions(v any, qs map[string]bool, depth int) {
	if depth > 32 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			addQuestions(x, qs, depth+1)
		}
	case map[string]any:
		if name, ok := v["name"].(string); ok && v["@type"] == "Question" {
			qs[strings.ToLower(corpus.EscapeMarkdown(collapse(html.UnescapeString(name))))] = true // as inlineText writes a heading's
		}
		for _, x := range v {
			addQuestions(x, qs, depth+1)
		}
	}
}

// titleSeps are the separators of the parts of a page title.
var titleSeps = []string{" | ", " – ", " — ", " - ", " :: ", " » ", " ~ "}

// siteless cuts the site's name from a page title: "Article | Site", or
// "Site | Article" when the page names its site.
func siteless(title, site string) string {
	if m := unreadRE.FindStringIndex(title); m != nil {
		title = title[m[1]:] // "(3) What did …": the count of the reader's notifications
	}
	for _, sep := range titleSeps {
		if rest, ok := strings.CutPrefix(title, site+sep); ok && site != "" {
			return strings.TrimSpace(rest)
		}
		if rest, ok := strings.CutSuffix(title, sep+site); ok && site != "" {
			return strings.TrimSpace(rest)
		}
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// unreadRE matches the count of unread notifications a site puts before
// the title of its pages: "(3) ".
var unreadRE = regexp.MustCompile(`^\(\d{1,3}\+?\)\s+`)

// siteName is the site's name as the page gives it: its og:site_name, or
// the text of an <h1> that is a link (a logo).
func siteName(doc, h1 *html.Node) string {
	if s := metaContent(doc, "og:site_name"); s != "" {
		return s
	}
	if h1 != nil && inLink(h1) {
		return inlineText(h1)
	}
	return ""
}

// shortText is the text of n, or "" when it is longer than limit bytes.
func shortText(n *html.Node, limit int) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		if b.Len() > limit || x.Type == html.ElementNode && (skipped(x) || hidden(x)) {
			return false
		}
		if x.Type == html.TextNode && b.Len()+len(x.Data) > limit {
			b.WriteString(x.Data[:limit+1-b.Len()]) // over: a long text is not copied whole
		} else if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
		return true
	})
	if b.Len() > limit {
		return ""
	}
	return b.String()
}

func metaContent(doc *html.Node, property string) string {
	m := findFunc(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta && (attr(n, "property") == property || attr(n, "name") == property)
	})
	if m == nil {
		return ""
	}
	return collapse(attr(m, "content"))
}
