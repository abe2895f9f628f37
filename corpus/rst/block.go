package rst

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is a line of the file, its indent counted from the block it is in.
type line struct {
	s  string // without trailing spaces: a blank line is ""
	at int    // its line in the file
}

type kind int

const (
	paraNode       kind = iota
	headingNode         // a section's title
	listNode            // bullet or enumerated list
	defListNode         // definition list, glossary
	fieldListNode       // field list
	optionListNode      // option list
	literalNode         // literal block, code, doctest
	lineBlockNode       // line block
	quoteNode           // block quote
	tableNode           // grid, simple, list and CSV tables
	calloutNode         // admonition, topic, sidebar
	leadNode            // rubric
	noteNode            // a footnote's or a citation's definition
)

// node is a block of the document.
type node struct {
	kind     kind
	at       int
	lines    []line  // a paragraph's, a literal block's, a line block's; a quote's attribution
	text     string  // a heading's, a rubric's, a callout's title, a table's caption
	style    string  // a heading's adornment; a callout's kind; a code block's language
	level    int     // a heading's level in the file (1 the highest); its Markdown level once written
	skip     bool    // a heading written elsewhere: the subtitle
	items    []*item // a list's entries
	children []*node // a quote's, a callout's, a note's blocks
	rows     []row   // a table's
	header   int     // a table's header rows
	note     *note   // a note's
}

// item is an entry of a list: its blocks, and its label (an enumerator,
// a term, a field's name, options).
type item struct {
	label    string
	extra    []string // a term's classifiers
	at       int
	children []*node
}

// row is a table's row, each cell's blocks.
type row struct {
	cells [][]*node
	at    int
}

// note is a footnote or a citation.
type note struct {
	label    string
	citation bool
	children []*node
	cited    bool // a reference names it: read where cited, not where defined
	used     bool // its text was written where cited
}

// sub is a substitution's text: reStructuredText, or literal text.
type sub struct {
	text    string
	literal bool
}

// parser reads lines into blocks, and the definitions they make.
type parser struct {
	subs     map[string]sub
	lower    map[string]string // the substitutions' names by their lower case
	notes    map[string]*note  // by label, normalized: "1", "#label", "cit2002"
	auto     []*note           // the "[#]" footnotes, in order
	symbols  []*note           // the "[*]" footnotes, in order
	labels   map[string]string
	pending  []string // targets that name the next block
	docinfo  []*item  // the bibliographic fields under the title
	sections int      // section titles read so far
	err      error
}

func newParser() *parser {
	return &parser{subs: map[string]sub{}, notes: map[string]*note{}, labels: map[string]string{}}
}

func (p *parser) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

var (
	bulletRE = regexp.MustCompile(`^([-*+•‣⁃])(?: +|$)`)
	enumRE   = regexp.MustCompile(`^(?:\(([0-9]{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)\)|([0-9]{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)([.)]))(?: +|$)`)
	// fieldRE matches a field's marker, ":name: ", the name without a
	// colon followed by a space or a backquote (not a role).
	fieldRE   = regexp.MustCompile("^:([^: \\\\](?:[^:\\\\]|\\\\.|:[^ `:])*?):(?: +|$)")
	optionRE  = regexp.MustCompile(`^((?:--?[A-Za-z0-9][\w-]*|/[A-Za-z0-9]+)(?:[ =](?:<[^<>]+>|[A-Za-z][\w.-]*))?(?:, (?:--?[A-Za-z0-9][\w-]*|/[A-Za-z0-9]+)(?:[ =](?:<[^<>]+>|[A-Za-z][\w.-]*))?)*)(?:  +(.*)|$)`)
	gridRE    = regexp.MustCompile(`^\+(?:[-=]+\+)+$`)
	simpleRE  = regexp.MustCompile(`^=+(?: +=+)+$`)
	doctestRE = regexp.MustCompile(`^>>>(?: |$)`)
)

// blocks reads lines, a block's, into its blocks. Section titles are read
// only at the top (depth 0), as docutils reads them.
func (p *parser) blocks(ls []line, depth int) []*node {
	if depth > maxDepth {
		p.fail(errors.New("damaged reStructuredText: blocks nested too deep"))
		return nil
	}
	var out []*node
	add := func(n *node) {
		if n == nil {
			return
		}
		if n.kind == headingNode && len(p.pending) > 0 {
			for _, l := range p.pending {
				p.labels[l] = n.text
			}
		}
		p.pending = nil
		out = append(out, n)
	}
	literal := false // the paragraph before ended in "::"
	for i := 0; i < len(ls) && p.err == nil; {
		l := ls[i]
		if l.s == "" {
			i++
			continue
		}
		if literal {
			literal = false
			if n, used := literalBlock(ls, i); used > 0 {
				add(n)
				i += used
				continue
			}
		}
		if l.s[0] == ' ' {
			body, used := indentedBlock(ls, i)
			add(p.quote(body, l.at, depth))
			i += used
			continue
		}
		if n, used := p.title(ls, i, depth); used > 0 {
			add(n)
			i += used
			continue
		}
		t := l.s
		var n *node
		used := 0
		switch {
		case t == ".." || strings.HasPrefix(t, ".. "):
			var ns []*node
			ns, used = p.explicit(ls, i, depth)
			for _, n := range ns {
				add(n)
			}
			i += used
			continue
		case t == "__" || strings.HasPrefix(t, "__ "): // an anonymous target
			_, used = firstKnown(ls, i, 2)
		case t[0] == '+' && gridRE.MatchString(t):
			n, used = p.gridTable(ls, i, depth)
		case t[0] == '=' && simpleRE.MatchString(t):
			n, used = p.simpleTable(ls, i, depth)
			if used == 0 {
				used = 1 // a border with no table: left out
			}
		case t != "::" && adornment(t) != 0:
			used = 1 // a transition, or an underline astray
		case maybeBullet(t) && bulletRE.MatchString(t):
			n, used = p.bulletList(ls, i, depth)
		case maybeEnum(t) && enumRE.MatchString(t) && enumStarts(ls, i):
			n, used = p.enumList(ls, i, depth)
		case t[0] == ':' && fieldRE.MatchString(t):
			n, used = p.fieldList(ls, i, depth)
		case (t[0] == '-' || t[0] == '/') && optionStarts(ls, i):
			n, used = p.optionList(ls, i, depth)
		case t[0] == '>' && doctestRE.MatchString(t):
			n, used = doctest(ls, i)
		case t == "|" || strings.HasPrefix(t, "| "):
			n, used = lineBlock(ls, i)
		}
		if used == 0 {
			if i+1 < len(ls) && ls[i+1].s != "" && ls[i+1].s[0] == ' ' && !strings.HasSuffix(t, "::") {
				n, used = p.defList(ls, i, depth)
			} else {
				n, used, literal = p.paragraph(ls, i, depth)
			}
		}
		add(n)
		i += used
	}
	return out
}

// indentedBlock returns the block of lines indented under nothing at
// ls[i]: up to the next line that is not, its indent taken off, and how
// many lines it takes.
func indentedBlock(ls []line, i int) ([]line, int) {
	end := i
	for j := i; j < len(ls) && (ls[j].s == "" || ls[j].s[0] == ' '); j++ {
		if ls[j].s != "" {
			end = j + 1
		}
	}
	return dedent(ls[i:end]), end - i
}

// firstKnown returns the block that starts at column col of ls[i] (a list
// entry's text after its bullet) and goes on in the lines indented under
// it, their indent taken off, and how many lines it takes.
func firstKnown(ls []line, i, col int) ([]line, int) {
	first := line{strings.TrimLeft(ls[i].s[min(col, len(ls[i].s)):], " "), ls[i].at}
	rest, used := indentedBlock(ls, i+1)
	return append([]line{first}, rest...), 1 + used
}

// dedent takes the indent common to ls off them.
func dedent(ls []line) []line {
	least := -1
	for _, l := range ls {
		if l.s != "" && (least < 0 || indent(l.s) < least) {
			least = indent(l.s)
		}
	}
	out := make([]line, len(ls))
	for k, l := range ls {
		out[k] = l
		if l.s != "" {
			out[k].s = l.s[least:]
		}
	}
	return out
}

func indent(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

func skipBlank(ls []line, i int) int {
	for i < len(ls) && ls[i].s == "" {
		i++
	}
	return i
}

// adornment returns the character a line of adornment (a title's
// underline, a transition) repeats, or 0: two or more of one ASCII
// punctuation character.
func adornment(s string) byte {
	if len(s) < 2 || !strings.ContainsRune(`!"#$%&'()*+,-./:;<=>?@[\]^_`+"`{|}~", rune(s[0])) {
		return 0
	}
	for k := 1; k < len(s); k++ {
		if s[k] != s[0] {
			return 0
		}
	}
	return s[0]
}

// width is the columns text takes: its characters, but for the marks that
// combine with the one before.
func width(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.In(r, unicode.Mn, unicode.Me) {
			n++
		}
	}
	return n
}

// underlines reports whether under is an underline of title: as wide,
// or four characters at least (docutils warns, but reads it).
func underlines(under, title string) bool {
	return adornment(under) != 0 && (len(under) >= width(title) || len(under) >= 4)
}

// title reads the section title at ls[i], if one is there, and returns its
// heading (in a block, where docutils reads no sections, a paragraph) and
// how many lines it takes.
func (p *parser) title(ls []line, i, depth int) (*node, int) {
	t := ls[i].s
	var text string
	var style string
	used := 0
	switch c := adornment(t); {
	case c != 0 && i+2 < len(ls) && ls[i+1].s != "" && adornment(ls[i+2].s) == c && strings.TrimSpace(ls[i+1].s) != "" &&
		adornment(strings.TrimSpace(ls[i+1].s)) == 0:
		text, style, used = strings.TrimSpace(ls[i+1].s), string(c)+"o", 3
	case c == 0 && i+1 < len(ls) && underlines(ls[i+1].s, t):
		text, style, used = t, string(adornment(ls[i+1].s))+"u", 2
	default:
		return nil, 0
	}
	if depth > 0 {
		return &node{kind: paraNode, at: ls[i+used-2].at, lines: []line{{text, ls[i+used-2].at}}}, used
	}
	p.sections++
	return &node{kind: headingNode, at: ls[i+used-2].at, text: text, style: style}, used
}

// underlined reports whether ls[j] is a title, underlined: a paragraph
// ends before it (docutils wants a blank line there, students forget it).
func underlined(ls []line, j int) bool {
	return j+1 < len(ls) && adornment(ls[j].s) == 0 && underlines(ls[j+1].s, ls[j].s) && len(ls[j+1].s) >= 3
}

// paragraph reads the paragraph at ls[i] and returns it, how many lines it
// takes and whether a literal block follows it (it ends in "::").
func (p *parser) paragraph(ls []line, i, depth int) (*node, int, bool) {
	j := i + 1
	for j < len(ls) && ls[j].s != "" && ls[j].s[0] != ' ' && !(depth == 0 && underlined(ls, j)) {
		j++
	}
	para := slices.Clone(ls[i:j])
	literal := false
	if last := &para[len(para)-1]; strings.HasSuffix(last.s, "::") && !strings.HasSuffix(last.s, `\::`) {
		literal = true
		switch s := strings.TrimSuffix(last.s, "::"); {
		case strings.TrimSpace(s) == "":
			para = para[:len(para)-1]
		case strings.HasSuffix(s, " "):
			last.s = strings.TrimRight(s, " ")
		default:
			last.s = s + ":"
		}
	}
	if len(para) == 0 {
		return nil, j - i, literal
	}
	return &node{kind: paraNode, at: para[0].at, lines: para}, j - i, literal
}

// literalBlock reads the literal block at ls[i], after a paragraph that
// ends in "::": an indented block, or lines that each start with the same
// punctuation (a quoted literal block: "> …").
func literalBlock(ls []line, i int) (*node, int) {
	if ls[i].s[0] == ' ' {
		body, used := indentedBlock(ls, i)
		return &node{kind: literalNode, at: ls[i].at, lines: body}, used
	}
	c := ls[i].s[0]
	if !strings.ContainsRune(`!"#$%&'()*+,-./:;<=>?@[\]^_`+"`{|}~", rune(c)) {
		return nil, 0
	}
	j := i
	for j < len(ls) && ls[j].s != "" && ls[j].s[0] == c {
		j++
	}
	return &node{kind: literalNode, at: ls[i].at, lines: slices.Clone(ls[i:j])}, j - i
}

func doctest(ls []line, i int) (*node, int) {
	j := i
	for j < len(ls) && ls[j].s != "" {
		j++
	}
	return &node{kind: literalNode, at: ls[i].at, lines: slices.Clone(ls[i:j])}, j - i
}

// lineBlock reads a line block: lines that start with "| ", a line of it
// wrapped onto the next lines indented.
func lineBlock(ls []line, i int) (*node, int) {
	n := &node{kind: lineBlockNode, at: ls[i].at}
	j := i
	for ; j < len(ls) && ls[j].s != ""; j++ {
		s := ls[j].s
		switch {
		case s == "|" || strings.HasPrefix(s, "| "):
			n.lines = append(n.lines, line{strings.TrimSpace(s[1:]), ls[j].at})
		case s[0] == ' ' && len(n.lines) > 0:
			n.lines[len(n.lines)-1].s += "\n" + strings.TrimSpace(s)
		default:
			return n, j - i
		}
	}
	return n, j - i
}

// quote reads a block quote, its attribution ("-- Author") apart, its
// lines.
func (p *parser) quote(body []line, at, depth int) *node {
	n := &node{kind: quoteNode, at: at, children: p.blocks(body, depth+1)}
	if k := len(n.children) - 1; k >= 0 && n.children[k].kind == paraNode {
		first := n.children[k].lines[0].s
		for _, dash := range []string{"--- ", "-- ", "— ", "― "} {
			if rest, ok := strings.CutPrefix(first, dash); ok {
				n.lines = slices.Clone(n.children[k].lines)
				n.lines[0].s = strings.TrimSpace(rest)
				n.children = n.children[:k]
				break
			}
		}
	}
	return n
}

// bulletList reads the entries of a bullet list, while they have the
// same bullet.
func (p *parser) bulletList(ls []line, i, depth int) (*node, int) {
	n := &node{kind: listNode, at: ls[i].at}
	bullet := bulletRE.FindStringSubmatch(ls[i].s)[1]
	j := i
	for {
		m := bulletRE.FindStringSubmatch(ls[j].s)
		if m == nil || m[1] != bullet {
			break
		}
		body, used := firstKnown(ls, j, len(m[0]))
		n.items = append(n.items, &item{at: ls[j].at, children: p.blocks(body, depth+1)})
		j += used
		if k := skipBlank(ls, j); k < len(ls) && ls[k].s[0] != ' ' {
			j = k
			continue
		}
		break
	}
	return n, j - i
}

// maybeBullet reports whether t may start with a bullet: "-", "*", "+" or
// one of Unicode's ("•").
func maybeBullet(t string) bool { return t[0] == '-' || t[0] == '*' || t[0] == '+' || t[0] >= 0x80 }

// maybeEnum reports whether t may start with an enumerator: a short word
// that ends in "." or ")" (regular expressions are slower to say no).
func maybeEnum(t string) bool {
	end := strings.IndexByte(t, ' ')
	if end < 0 {
		end = len(t)
	}
	return end >= 2 && end <= 12 && (t[end-1] == '.' || t[end-1] == ')')
}

// enumerator is the mark of an enumerated list's entry.
type enumerator struct {
	text  string // as written: "3", "b", "iv", "#"
	style string // "(", ")" or "."
}

func enumOf(s string) (enumerator, int, bool) {
	m := enumRE.FindStringSubmatch(s)
	if m == nil {
		return enumerator{}, 0, false
	}
	if m[1] != "" {
		return enumerator{m[1], "("}, len(m[0]), true
	}
	return enumerator{m[2], m[3]}, len(m[0]), true
}

// sequence names the numbering an enumerator belongs to.
func (e enumerator) sequence() string {
	switch c := e.text[0]; {
	case c == '#':
		return "#"
	case c >= '0' && c <= '9':
		return "1"
	case c >= 'a' && c <= 'z':
		return "a"
	}
	return "A"
}

// enumStarts reports whether an enumerated list starts at ls[i]: the line
// after its first entry's is blank, indented or the next entry's, as
// docutils wants ("A. Einstein was …" on two lines is a paragraph).
func enumStarts(ls []line, i int) bool {
	if i+1 >= len(ls) || ls[i+1].s == "" || ls[i+1].s[0] == ' ' {
		return true
	}
	e, _, _ := enumOf(ls[i].s)
	next, _, ok := enumOf(ls[i+1].s)
	return ok && next.style == e.style && next.sequence() == e.sequence()
}

// enumList reads the entries of an enumerated list, while they are
// numbered alike. Its labels are the numbers Markdown writes ("3", the
// position of a "#.") or, for letters and Roman numerals, the enumerator
// as written ("(b)").
func (p *parser) enumList(ls []line, i, depth int) (*node, int) {
	n := &node{kind: listNode, at: ls[i].at}
	first, _, _ := enumOf(ls[i].s)
	j := i
	for {
		e, col, ok := enumOf(ls[j].s)
		if !ok || e.style != first.style || e.sequence() != first.sequence() {
			break
		}
		var label string
		switch e.sequence() {
		case "#":
			label = strconv.Itoa(len(n.items) + 1)
		case "1":
			v, _ := strconv.Atoi(e.text)
			label = strconv.Itoa(v)
		default:
			label = map[string]string{"(": "(" + e.text + ")", ")": e.text + ")", ".": e.text + "."}[e.style]
		}
		body, used := firstKnown(ls, j, col)
		n.items = append(n.items, &item{label: label, at: ls[j].at, children: p.blocks(body, depth+1)})
		j += used
		if k := skipBlank(ls, j); k < len(ls) && ls[k].s[0] != ' ' {
			j = k
			continue
		}
		break
	}
	return n, j - i
}

// sphinxFields are the fields of Sphinx's file-wide metadata and its
// themes' settings: how the site shows the page, nothing to read.
var sphinxFields = map[string]bool{
	"orphan": true, "tocdepth": true, "nocomments": true, "nosearch": true, "no-search": true, "hide-toc": true,
	"hide-navigation": true, "hide-footer": true, "html_theme.sidebar_secondary.remove": true, "github_url": true,
	"gitlab_url": true, "bitbucket_url": true, "sd_hide_title": true,
}

// fieldList reads a field list's fields; Sphinx's settings are left out.
func (p *parser) fieldList(ls []line, i, depth int) (*node, int) {
	n := &node{kind: fieldListNode, at: ls[i].at}
	j := i
	for {
		m := fieldRE.FindStringSubmatch(ls[j].s)
		if m == nil {
			break
		}
		body, used := firstKnown(ls, j, len(m[0]))
		name := unescape(m[1])
		if key := strings.ToLower(name); !sphinxFields[key] && !strings.HasPrefix(key, "og:") {
			n.items = append(n.items, &item{label: name, at: ls[j].at, children: p.blocks(body, depth+1)})
		}
		j += used
		if k := skipBlank(ls, j); k < len(ls) && ls[k].s[0] == ':' {
			j = k
			continue
		}
		break
	}
	if len(n.items) == 0 {
		return nil, j - i
	}
	return n, j - i
}

// optionStarts reports whether an option list starts at ls[i]: options,
// then their description after two spaces or on the lines indented
// under them.
func optionStarts(ls []line, i int) bool {
	m := optionRE.FindStringSubmatch(ls[i].s)
	return m != nil && (m[2] != "" || i+1 < len(ls) && ls[i+1].s != "" && ls[i+1].s[0] == ' ')
}

func (p *parser) optionList(ls []line, i, depth int) (*node, int) {
	n := &node{kind: optionListNode, at: ls[i].at}
	j := i
	for optionStarts(ls, j) {
		m := optionRE.FindStringSubmatch(ls[j].s)
		body, used := firstKnown(ls, j, len(ls[j].s)-len(m[2]))
		n.items = append(n.items, &item{label: m[1], at: ls[j].at, children: p.blocks(body, depth+1)})
		j += used
		if k := skipBlank(ls, j); k < len(ls) && optionStarts(ls, k) {
			j = k
			continue
		}
		break
	}
	return n, j - i
}

// defList reads a definition list: a term, and its definition indented
// on the lines under it, an entry after another.
func (p *parser) defList(ls []line, i, depth int) (*node, int) {
	n := &node{kind: defListNode, at: ls[i].at}
	j := i
	for {
		term, classifiers := splitTerm(ls[j].s)
		body, used := indentedBlock(ls, j+1)
		n.items = append(n.items, &item{label: term, extra: classifiers, at: ls[j].at, children: p.blocks(body, depth+1)})
		j += 1 + used
		k := skipBlank(ls, j)
		if k+1 >= len(ls) || ls[k].s[0] == ' ' || ls[k+1].s == "" || ls[k+1].s[0] != ' ' || strings.HasSuffix(ls[k].s, "::") || opensBlock(ls, k) {
			break
		}
		j = k
	}
	return n, j - i
}

// opensBlock reports whether ls[k] opens a block other than a paragraph.
func opensBlock(ls []line, k int) bool {
	t := ls[k].s
	return strings.HasPrefix(t, "..") || maybeBullet(t) && bulletRE.MatchString(t) || maybeEnum(t) && enumRE.MatchString(t) && enumStarts(ls, k) ||
		fieldRE.MatchString(t) || optionStarts(ls, k) || doctestRE.MatchString(t) || t == "|" || strings.HasPrefix(t, "| ") ||
		adornment(t) != 0 || gridRE.MatchString(t) || simpleRE.MatchString(t)
}

// splitTerm splits a definition list's term line into its term and
// classifiers ("Article 32 : remedy" is the term "Article 32" classified
// "remedy").
func splitTerm(s string) (string, []string) {
	parts := strings.Split(s, " : ")
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts[0], slices.DeleteFunc(parts[1:], func(s string) bool { return s == "" })
}

// unescape takes the backslashes of escapes off s: "\*" is "*", "\ " is
// nothing.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == ' ' || s[i] == '\n' {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// normalize is a reference name as docutils compares them: white space
// folded, lower case.
func normalize(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// runeLen is the length of s in characters.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
