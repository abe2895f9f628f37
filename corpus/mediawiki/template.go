package mediawiki

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// template writes what the template whose inside is src[from:to] shows,
// on line at; alone says it stands on a line of its own. MediaWiki would
// run the template's own page; this knows what the common ones show:
//
//   - an infobox: a "Key: value" line for each of its parameters but
//     pictures, maps and styling (see infobox);
//   - a quotation ({{quote}}, {{cquote}}, {{quote box}}): its text and
//     who said it, a paragraph; pictures side by side ({{multiple
//     image}}): their captions;
//   - inline text: a language's ({{lang|hi|…}}), a conversion's first
//     figure ({{convert|10|km}} "10 km"), a date ({{start date|1950|1|26}}
//     "26 January 1950", {{as of|2025}} "As of 2025"), an amount ({{INR}},
//     {{frac}}), text kept together or styled ({{nowrap}}, {{small}}), a
//     list's items ({{hlist}}, {{ubl}}, {{plainlist}});
//   - a note written in prose ({{efn|…}}), in brackets;
//   - nothing for maintenance ({{citation needed}}, {{Use dmy dates}},
//     {{short description}}, {{pp-semi}}), navigation (hatnotes like
//     {{main}}, navboxes, sidebars, portals), sources ({{cite web}},
//     {{sfn}}, {{reflist}}) and parser functions ({{#if:…}});
//   - for another template, the text of its one unnamed argument when it
//     stands in a line of text ({{IAST|dharma}}), else nothing.
func (e *expander) template(o *output, from, to, at int, alone bool) {
	if e.depth >= maxDepth {
		e.fail(errDepth)
		return
	}
	e.depth++
	defer func() { e.depth-- }()
	args := e.split(from, to, at)
	head := args[0]
	raw := strings.TrimSpace(e.stripComments(e.src[head.from:head.to]))
	if raw == "" || strings.HasPrefix(raw, "{") || strings.HasPrefix(raw, "#") {
		return // a parameter ({{{1}}}) or a parser function ({{#if:…}})
	}
	name := templateName(raw)
	t := call{e: e, args: args[1:], rendered: map[int]string{}, at: at}
	if fn, _, ok := strings.Cut(name, ":"); ok {
		// A function of the parser ({{lc:…}}, {{formatnum:…}}) or a page
		// transcluded ({{:Preamble}}, {{Portal:India}}).
		colon := head.from + strings.IndexByte(e.src[head.from:head.to], ':') + 1
		v := corpus.OneLine(e.render(colon, head.to, head.at))
		switch fn {
		case "lc":
			o.write(strings.ToLower(v), at)
		case "uc":
			o.write(strings.ToUpper(v), at)
		case "lcfirst":
			o.write(firstCase(v, unicode.ToLower), at)
		case "ucfirst":
			o.write(firstCase(v, unicode.ToUpper), at)
		case "formatnum", "padleft", "padright":
			o.write(v, at)
		}
		return
	}
	switch {
	case pageNames[name]:
		o.write(e.title, at)
	case characters[name] != "":
		o.write(characters[name], at)
	case strings.HasPrefix(name, "infobox") || strings.HasSuffix(name, " infobox") || name == "taxobox" || name == "speciesbox" || name == "automatic taxobox":
		e.infobox(o, t)
	case quotes[name]:
		e.quote(o, t)
	case name == "multiple image" || name == "image frame" || name == "photomontage":
		var ls []line
		for _, a := range t.args {
			if k := strings.ToLower(a.name); strings.HasPrefix(k, "caption") || k == "footer" || k == "text" {
				if c := corpus.OneLine(e.render(a.from, a.to, a.at)); c != "" {
					ls = append(ls, line{c, a.at}, line{"", a.at})
				}
			}
		}
		if len(ls) > 0 {
			o.block(ls[:len(ls)-1])
		}
	case notes[name]:
		if citeRE.MatchString(e.src[from:to]) {
			return // a source, {{refn|{{cite book|…}}}}
		}
		v := t.pos(1)
		if v == "" {
			v = t.named("text", "content")
		}
		if prose(v) {
			o.write(" ("+v+")", at)
		}
	case blockLists[name]:
		body := t.lines(1)
		if body == "" {
			body = t.lines(2) // {{columns-list|colwidth=30em|…}}'s older form
		}
		o.text(body, at)
	case dropped(name):
	default:
		if v, ok := t.inline(name); ok {
			o.text(v, at)
			return
		}
		// Another template: its one unnamed argument, when it stands in
		// text ({{IAST|dharma}}); on a line of its own it is a box.
		if n := t.positional(); n == 1 && !alone {
			if v := t.pos(1); wordRE.MatchString(v) {
				o.write(v, at)
			}
		}
	}
}

// templateName is a template's name as it is called, in lower case,
// without its namespace and its prefixes: "Infobox legislation" for
// "subst:Template:Infobox_legislation".
func templateName(raw string) string {
	n := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(raw, "_", " ")), " "))
	for _, p := range []string{"subst:", "safesubst:", "msgnw:", "raw:", "template:"} {
		n = strings.TrimSpace(strings.TrimPrefix(n, p))
	}
	return n
}

// firstCase is s with its first letter in the case to makes.
func firstCase(s string, to func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(to(r)) + s[n:]
}

// call is a template called: its arguments, each rendered once when
// asked for (so that templates nested in arguments asked for twice cost
// no more), and the line it is on.
type call struct {
	e        *expander
	args     []arg
	rendered map[int]string // an argument's index → its text
	at       int
}

// text is the text of the argument args[i], its lines kept.
func (t call) text(i int) string {
	v, ok := t.rendered[i]
	if !ok {
		a := t.args[i]
		v = t.e.render(a.from, a.to, a.at)
		t.rendered[i] = v
	}
	return v
}

// get returns the index of the positional argument n (from 1), the last
// of those that give it, or -1.
func (t call) get(n int) int {
	found := -1
	for i, a := range t.args {
		if a.n == n {
			found = i
		}
	}
	return found
}

// pos is the text of the positional argument n (from 1), on one line.
func (t call) pos(n int) string { return corpus.OneLine(t.lines(n)) }

// lines is the text of the positional argument n, its lines kept.
func (t call) lines(n int) string {
	if i := t.get(n); i >= 0 {
		return t.text(i)
	}
	return ""
}

// named is the text of the first of the named arguments keys that is not
// empty, on one line.
func (t call) named(keys ...string) string {
	for _, k := range keys {
		for i, a := range t.args {
			if strings.EqualFold(a.name, k) {
				if v := corpus.OneLine(t.text(i)); v != "" {
					return v
				}
			}
		}
	}
	return ""
}

// positional returns how many positional arguments t has.
func (t call) positional() int {
	n := 0
	for _, a := range t.args {
		n = max(n, a.n)
	}
	return n
}

// all is the text of each positional argument, in order, those empty
// left out.
func (t call) all() []string {
	last := map[int]int{} // a number → the index of the last argument of it
	var ns []int
	for i, a := range t.args {
		if a.n > 0 {
			if _, ok := last[a.n]; !ok {
				ns = append(ns, a.n)
			}
			last[a.n] = i
		}
	}
	slices.Sort(ns)
	var vs []string
	for _, n := range ns {
		if v := corpus.OneLine(t.text(last[n])); v != "" {
			vs = append(vs, v)
		}
	}
	return vs
}

// inline returns the text a template of plain text (name) shows, and
// whether it is one of them.
func (t call) inline(name string) (string, bool) {
	switch name {
	case "lang", "script", "langx", "native name", "transliteration":
		return t.pos(2), true
	case "transl":
		return t.pos(t.positional()), true
	case "nowrap", "nobr", "nobreak", "no wrap", "small", "smaller", "big", "larger", "large", "huge", "em", "strong",
		"var", "mono", "code", "kbd", "samp", "highlight", "mark", "text", "center", "centre", "smallcaps", "sc",
		"small caps", "nobold", "noitalic", "no italic", "not a typo", "proper name", "iast", "nihongo", "abbr",
		"abbrlink", "tooltip", "visible anchor", "vanchor", "ill", "interlanguage link", "interlanguage link multi",
		"flag", "flagcountry", "sic", "lang-en", "ipa-sa", "linktext", "citation needed span", "upright", "serif",
		"script/devanagari", "hindi", "sanskrit", "trunc", "strikethrough", "s", "u", "underline", "bold", "italic":
		if name == "linktext" {
			return strings.Join(t.all(), ""), true
		}
		if name == "citation needed span" {
			if v := t.named("text"); v != "" {
				return v, true
			}
		}
		return t.pos(1), true
	case "resize", "color", "colour", "font color", "fontcolor", "background color":
		return t.pos(t.positional()), true
	case "font":
		return t.named("text"), true
	case "convert", "cvt":
		return convert(t), true
	case "date", "dts", "date table sorting", "sort date":
		return isoDate(t.pos(1)), true
	case "start date", "end date", "birth date", "death date", "start date and age", "end date and age",
		"birth date and age", "death date and age", "film date", "release date", "start and end dates":
		return dateText(t.pos(1), t.pos(2), t.pos(3)), true
	case "as of":
		s := "As of " + dateText(t.pos(1), t.pos(2), t.pos(3))
		if v := t.named("alt"); v != "" {
			return v, true
		}
		if t.named("lc") != "" {
			s = "as of" + s[5:]
		}
		if t.named("bare") != "" {
			s = dateText(t.pos(1), t.pos(2), t.pos(3))
		}
		return s, true
	case "circa", "c.":
		return "c. " + t.pos(1), true
	case "frac", "fraction", "sfrac":
		switch vs := []string{t.pos(1), t.pos(2), t.pos(3)}; {
		case vs[2] != "":
			return vs[0] + " " + vs[1] + "/" + vs[2], true
		case vs[1] != "":
			return vs[0] + "/" + vs[1], true
		default:
			return "1/" + vs[0], true
		}
	case "inr", "₹", "indian rupee", "inr symbol":
		return "₹" + t.pos(1), true
	case "inrconvert":
		amount := "₹" + t.pos(1)
		if u := inrUnits[strings.ToLower(t.pos(2))]; u != "" {
			amount += " " + u
		}
		return amount, true
	case "us$", "usd", "us dollar":
		return "US$" + t.pos(1), true
	case "£", "gbp":
		return "£" + t.pos(1), true
	case "€", "eur", "euro":
		return "€" + t.pos(1), true
	case "hlist", "ubl", "unbulleted list", "bulleted list", "ordered list", "flatlist", "plainlist", "collapsible list",
		"enum", "cslist", "comma separated entries", "endplainlist", "startflatlist":
		if name == "flatlist" || name == "plainlist" {
			var items []string
			for l := range strings.SplitSeq(t.lines(1), "\n") {
				if l = strings.TrimSpace(strings.TrimLeft(l, "*#:; ")); l != "" {
					items = append(items, l)
				}
			}
			return strings.Join(items, ", "), true
		}
		return strings.Join(t.all(), ", "), true
	}
	if strings.HasPrefix(name, "lang-") {
		return t.pos(1), true
	}
	return "", false
}

// inrUnits are the units {{INRConvert}} writes an amount in.
var inrUnits = map[string]string{"c": "crore", "cr": "crore", "l": "lakh", "lc": "lakh crore", "b": "billion", "m": "million", "k": "thousand", "t": "trillion"}

// convert is the text {{convert}} shows, the figure as written without
// the conversion: "10 km", "10–20 km", "5 to 10 km".
func convert(t call) string {
	v, unit := t.pos(1), t.pos(2)
	switch unit {
	case "-", "–", "to", "and", "or", "by", "x", "×", "+", "to(-)", "and(-)":
		v2, u := t.pos(3), t.pos(4)
		sep := " " + unit + " "
		switch unit {
		case "-", "–", "to(-)", "and(-)":
			sep = "–"
		case "x":
			sep = " × "
		}
		return v + sep + v2 + " " + unitName(u)
	}
	return v + " " + unitName(unit)
}

// unitName is the symbol a unit's code in {{convert}} stands for.
func unitName(u string) string {
	switch u {
	case "km2", "sqkm":
		return "km²"
	case "m2":
		return "m²"
	case "mi2", "sqmi":
		return "sq mi"
	case "C":
		return "°C"
	case "F":
		return "°F"
	case "acre":
		return "acres"
	}
	return u
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// dateText writes a date of year, month and day, as many of them as are
// given: "26 January 1950", "January 1950", "1950".
func dateText(y, m, d string) string {
	if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 12 {
		m = months[n-1]
	}
	if n, err := strconv.Atoi(d); err == nil {
		d = strconv.Itoa(n)
	}
	return strings.Join(strings.Fields(d+" "+m+" "+y), " ")
}

var isoDateRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$`)

// isoDate writes a date given as 1950-01-26 as dateText does; other dates
// are kept as written.
func isoDate(s string) string {
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		return dateText(m[1], m[2], m[3])
	}
	return s
}

// pageNames are the magic words that show the page's title.
var pageNames = set("pagename", "fullpagename", "pagenamee", "basepagename", "subpagename", "rootpagename", "articlepagename")

// characters are the templates that show a character or two.
var characters = map[string]string{
	"!": "|", "=": "=", "!!": "||", "ndash": "–", "mdash": "—", "snd": " – ", "spaced ndash": " – ", "spnd": " – ",
	"spaced en dash": " – ", "spaced mdash": " — ", "dot": " · ", "middot": "·", "·": " · ", "bull": " • ",
	"bullet": " • ", "nbsp": " ", "sp": " ", "thinsp": " ", "'": "'", "\"": "\"", "en dash": "–", "em dash": "—",
	"apostrophe": "'", "tick": "✓", "y": "✓", "yes": "Yes", "no": "No", "n": "✗", "minus": "−", "times": "×",
	"rupee": "₹", "inr symbol": "₹", "degree": "°", "pipe": "|", "colon": ":", "slash": "/", "pi": "π",
}

// quotes are the templates of a quotation.
var quotes = set("quote", "blockquote", "cquote", "quotation", "quote box", "quotebox", "rquote", "centered pull quote",
	"poem quote", "pull quote", "talk quote", "quote frame", "bq")

// quote writes a quotation's text, and who said it, as a paragraph.
func (e *expander) quote(o *output, t call) {
	text := t.named("text", "quote", "quotetext")
	who := t.named("author", "sign", "source", "by")
	if text == "" {
		text = t.pos(1)
	}
	if who == "" {
		who = t.pos(2)
	}
	if text == "" {
		return
	}
	if who != "" {
		text += " — " + who
	}
	o.block([]line{{text, t.at}})
}

// notes are the templates of a footnote written where it is cited.
var notes = set("efn", "efn-la", "efn-ua", "efn-lr", "efn-lg", "efn-ur", "refn", "notetag", "note tag", "cnote", "explanatory footnote", "note")

// blockLists are the templates that wrap a list kept as lines.
var blockLists = set("columns-list", "div col list", "col-list", "multicol", "refcolumns")

// dropped reports whether a template shows nothing to read: maintenance,
// navigation, sources, layout.
func dropped(name string) bool {
	if droppedNames[name] {
		return true
	}
	for _, p := range droppedPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, s := range droppedSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

var droppedNames = set(
	// maintenance and the page's settings
	"citation needed", "cn", "fact", "clarify", "clarification needed", "when", "who", "which", "whom", "by whom",
	"where", "dubious", "disputed inline", "vague", "according to whom", "failed verification", "verify", "verify source",
	"page needed", "pages needed", "full citation needed", "better source needed", "better source", "primary source inline",
	"update inline", "update after", "dead link", "cbignore", "bare url inline", "citation needed lead", "when?",
	"short description", "displaytitle", "italic title", "lowercase title", "defaultsort", "good article",
	"featured article", "featured list", "ga", "fa", "engvar", "english variant notice", "multiple issues",
	"more citations needed", "refimprove", "unreferenced", "one source", "primary sources", "expand section",
	"update", "tone", "pov", "npov", "original research", "peacock", "weasel", "cleanup", "copy edit", "orphan",
	"dead end", "underlinked", "overlinked", "more footnotes", "no footnotes", "coi", "globalize", "current",
	"recentism", "in use", "under construction", "use dmy dates", "use mdy dates", "use indian english",
	"use british english", "use american english", "use british (oxford) english", "top icon", "spoken wikipedia",
	"wikidata property", "sic?",
	// navigation
	"main", "main article", "main articles", "see also", "further", "further information", "details", "about",
	"for", "for-multi", "other uses", "other uses of", "distinguish", "redirect", "redirect-distinguish", "hatnote",
	"selfref", "self reference", "broader", "this", "other people", "other places", "portal", "portal bar",
	"portal-inline", "subject bar", "authority control", "taxonbar", "commons", "commons category",
	"commons-inline", "commons category-inline", "wikisource", "wikiquote", "wiktionary", "wikibooks", "wikinews",
	"wikiversity", "wikivoyage", "sister project links", "wikisource author", "official website", "url", "official url",
	"toc", "toc limit", "tocright", "toc right", "compact toc", "toclimit", "anchor", "anchors", "coord",
	"coord missing", "location map", "graph:chart", "navbar", "navbox", "sidebar", "backlinks",
	// sources
	"reflist", "notelist", "notelist-ua", "notelist-la", "notelist-lr", "refbegin", "refend", "references",
	"ref", "r", "rp", "sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt", "harvard citation", "webarchive",
	"wayback", "isbn", "doi", "oclc", "issn", "gbooks", "google books", "inflation", "inflation-year", "inflation-fn",
	"citation", "cite", "vcite", "wikicite",
	// layout
	"clear", "clr", "-", "clear left", "clear right", "div col", "div col end", "colbegin", "colend", "col-begin",
	"col-end", "col-break", "col-2", "col-3", "col-4", "end", "end div col", "flagicon", "flag icon", "nowrap begin",
	"nowrap end", "pb", "break", "br", "hr", "stack", "stack begin", "stack end", "clade", "ipa", "ipac-en",
	"ipa-en", "ipa-hi", "respell", "audio", "listen", "pronunciation", "image", "img", "px", "css image crop",
	"hidden begin", "hidden end", "collapse top", "collapse bottom", "border", "reflist-talk", "pie chart",
	"bar box", "bar chart", "timeline", "location map+", "graph", "chart",
)

var droppedPrefixes = []string{
	"cite ", "citation ", "pp-", "pp ", "use ", "engvar", "navbox", "sidebar", "infobox", "taxobox", "wikiproject",
	"portal", "commons", "sister", "ipa-", "ipac", "flagicon", "webarchive", "good article", "featured ",
	"s-", "succession", "campaignbox", "coord", "location map", "multiple issues", "notelist", "reflist",
}

var droppedSuffixes = []string{"-stub", " stub", " navbox", " sidebar", " footer", " topics", " portal"}

// set is a set of names.
func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// infobox writes an infobox's parameters as "Key: value" lines, in its
// order: "Adopted: 26 November 1949". Left out are its pictures, maps,
// coordinates and styling, values that name a picture or a web address,
// and the name when it is the page's title. A generic infobox's
// labelN/dataN pairs are a line each, headerN lines of their own.
func (e *expander) infobox(o *output, t call) {
	var ls []line
	labels := map[string]string{}
	for _, a := range t.args {
		key := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(a.name, "_", " ")), " "))
		if key == "" || skipKey(key) {
			continue
		}
		v := e.value(a)
		if v == "" || pictureRE.MatchString(v) || strings.HasPrefix(v, "http") {
			continue
		}
		if key == "name" && strings.EqualFold(v, e.title) {
			continue
		}
		kind, num := keyNumber(key)
		switch kind {
		case "label":
			labels[num] = v
			continue
		case "data":
			if l := labels[num]; l != "" {
				ls = append(ls, line{l + ": " + v, a.at})
			} else {
				ls = append(ls, line{v, a.at})
			}
			continue
		case "header", "above", "title", "subheader", "below":
			ls = append(ls, line{v, a.at})
			continue
		}
		ls = append(ls, line{firstCase(key, unicode.ToUpper) + ": " + v, a.at})
	}
	for k := range ls {
		ls[k].text = factMark + ls[k].text
	}
	o.block(ls)
}

var keyNumberRE = regexp.MustCompile(`^(label|data|header|above|title|subheader|below)(\d*)$`)

// keyNumber splits a generic infobox's key: "label3" → "label", "3".
func keyNumber(key string) (string, string) {
	if m := keyNumberRE.FindStringSubmatch(key); m != nil {
		return m[1], m[2]
	}
	return "", ""
}

var (
	skipKeyRE = regexp.MustCompile(`^(?:image|logo|map|seal|flag|signature|coat of arms|emblem|pushpin|module|embed|child|subbox|bodyclass|bodystyle|style|width|website|url|coordinates|coords|alt|upright|footnotes|autocategorize|nocat|italic title|native name lang|label ?style|data ?style|header ?style|above ?style|title ?style)\d*$|(?:[ _](?:image|alt|size|style|class|upright|width|link|map)|^image[ _]?(?:size|upright|alt)?\d*|(?:lat|long)[ _]?(?:d|m|s|ns|ew|deg|min|sec|dir))$`)
	pictureRE = regexp.MustCompile(`(?i)^[^|]*\.(?:jpe?g|png|svg|gif|tiff?|webp)$`)
)

// skipKey reports whether an infobox's key is of a picture, a map or
// styling, not of text.
func skipKey(key string) bool { return skipKeyRE.MatchString(key) }

// value is the text of an infobox's value, on one line: a list's items
// joined by commas, line breaks by semicolons.
func (e *expander) value(a arg) string {
	var items []string
	for l := range strings.SplitSeq(e.render(a.from, a.to, a.at), "\n") {
		if l = strings.TrimSpace(strings.TrimLeft(l, "*#:; ")); l != "" {
			items = append(items, l)
		}
	}
	v := htmlTags(strings.Join(items, ", "), "; ")
	return strings.ReplaceAll(strings.Trim(corpus.OneLine(v), "; "), "; (", " (")
}
