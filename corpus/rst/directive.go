package rst

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	directiveRE = regexp.MustCompile(`^([A-Za-z0-9][\w:.+-]*?)\s?::(?:\s+(.*))?$`)
	substRE     = regexp.MustCompile(`^\|([^|]*[^|\s])\|\s+([A-Za-z0-9][\w:.+-]*?)::(?:\s+(.*))?$`)
	noteDefRE   = regexp.MustCompile(`^\[([^\]\s]+)\](?:\s+(.*))?$`)
	targetRE    = regexp.MustCompile("^_(?:`([^`]+)`|((?:[^:\\\\]|\\\\.)+)):(?:\\s+(.*))?$")
	optionLnRE  = regexp.MustCompile(`^:([\w.-]+):(?:\s+(.*))?$`)
	examTipRE   = regexp.MustCompile(`(?i)^exam tips?\s*[:–—-]\s*`)
)

// explicit reads the explicit markup block at ls[i] (".. "): a directive,
// a footnote's or a citation's definition, a target, a substitution's
// definition or a comment. It returns the blocks it holds and how many
// lines it takes.
func (p *parser) explicit(ls []line, i, depth int) ([]*node, int) {
	if ls[i].s == ".." && (i+1 == len(ls) || ls[i+1].s == "") {
		return nil, 1 // an empty comment: the indented block after it is a quote
	}
	block, used := firstKnown(ls, i, 3)
	first := block[0].s
	switch {
	case strings.HasPrefix(first, "[") && noteDefRE.MatchString(first):
		return []*node{p.noteDef(block, depth)}, used
	case strings.HasPrefix(first, "|") && substRE.MatchString(first):
		p.substitution(block)
	case strings.HasPrefix(first, "__:"): // an anonymous target
	case strings.HasPrefix(first, "_") && targetRE.MatchString(first):
		m := targetRE.FindStringSubmatch(first)
		if m[3] == "" { // an internal target, naming what follows
			p.pending = append(p.pending, normalize(unescape(m[1]+m[2])))
		}
	case directiveRE.MatchString(first):
		m := directiveRE.FindStringSubmatch(first)
		d := splitDirective(m[1], line{m[2], block[0].at}, block[1:])
		return p.directive(d, depth), used
	}
	return nil, used // a comment
}

// noteDef reads a footnote's or a citation's definition.
func (p *parser) noteDef(block []line, depth int) *node {
	m := noteDefRE.FindStringSubmatch(block[0].s)
	label := m[1]
	body := append([]line{{m[2], block[0].at}}, block[1:]...)
	n := &note{label: label, children: p.blocks(dedentRest(body), depth+1)}
	switch {
	case label == "#":
		p.auto = append(p.auto, n)
	case label == "*":
		p.symbols = append(p.symbols, n)
	default:
		_, err := strconv.Atoi(label)
		n.citation = err != nil && label[0] != '#'
		if _, dup := p.notes[normalize(label)]; !dup {
			p.notes[normalize(label)] = n
		}
	}
	return &node{kind: noteNode, at: block[0].at, note: n}
}

// dedentRest is a block whose first line is text after a mark, the lines
// after it dedented on their own.
func dedentRest(ls []line) []line {
	return append(ls[:1:1], dedent(ls[1:])...)
}

// substitution reads a substitution's definition: "replace::" text,
// "unicode::" characters; another (an image, a date) stands for nothing
// to read.
func (p *parser) substitution(block []line) {
	m := substRE.FindStringSubmatch(block[0].s)
	name, kind := m[1], strings.ToLower(m[2])
	parts := []string{m[3]}
	for _, l := range block[1:] {
		parts = append(parts, strings.TrimSpace(l.s))
	}
	data := strings.TrimSpace(strings.Join(parts, " "))
	var s sub
	switch kind {
	case "replace":
		s = sub{text: data}
	case "unicode":
		s = sub{text: unicodeText(data), literal: true}
	default:
		s = sub{literal: true}
	}
	if _, dup := p.subs[name]; !dup {
		p.subs[name] = s
	}
}

// unicodeText reads a "unicode::" substitution's data: character codes
// ("U+2122", "0xA9", "&#x2014;", "8212") or text, up to a comment ("..").
func unicodeText(data string) string {
	var b strings.Builder
	for _, f := range strings.Fields(data) {
		if f == ".." {
			break
		}
		code, base := f, 16
		switch {
		case strings.HasPrefix(f, "U+") || strings.HasPrefix(f, "u+") || strings.HasPrefix(f, "0x") || strings.HasPrefix(f, `\x`) || strings.HasPrefix(f, `\u`):
			code = f[2:]
		case strings.HasPrefix(f, "&#x") && strings.HasSuffix(f, ";"):
			code = f[3 : len(f)-1]
		case strings.HasPrefix(f, "&#") && strings.HasSuffix(f, ";"):
			code, base = f[2:len(f)-1], 10
		default:
			base = 10
		}
		if v, err := strconv.ParseInt(code, base, 32); err == nil && v > 0 && v <= 0x10FFFF {
			b.WriteRune(rune(v))
		} else {
			b.WriteString(f)
		}
	}
	return b.String()
}

// directive is a directive's block: its arguments, options and content.
type directive struct {
	name    string // lower case
	at      int
	args    []line
	opts    map[string]string
	content []line
}

// arg is the directive's argument, on one line.
func (d directive) arg() string {
	parts := make([]string, 0, len(d.args))
	for _, l := range d.args {
		parts = append(parts, strings.TrimSpace(l.s))
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

// splitDirective splits a directive's block, first the text after its
// "::", into its arguments (up to a blank line or an option), its
// options (":name: value") and its content (after a blank line).
func splitDirective(name string, first line, rest []line) directive {
	d := directive{name: strings.ToLower(name), at: first.at, opts: map[string]string{}}
	var ls []line
	if strings.TrimSpace(first.s) != "" {
		ls = append(ls, line{strings.TrimSpace(first.s), first.at})
	}
	ls = append(ls, rest...)
	k := 0
	for k < len(ls) && ls[k].s != "" && !(ls[k].s[0] == ':' && optionLnRE.MatchString(ls[k].s)) {
		k++
	}
	d.args = ls[:k]
	last := ""
	for ; k < len(ls) && ls[k].s != ""; k++ {
		if m := optionLnRE.FindStringSubmatch(ls[k].s); m != nil && ls[k].s[0] == ':' {
			last = strings.ToLower(m[1])
			d.opts[last] = m[2]
		} else if last != "" {
			d.opts[last] += " " + strings.TrimSpace(ls[k].s)
		}
	}
	d.content = dedent(ls[skipBlank(ls, k):])
	return d
}

// admonitions maps the directives read as callouts to their callouts'
// kinds and titles.
var admonitions = map[string][2]string{
	"note": {"note", ""}, "tip": {"tip", ""}, "hint": {"tip", "Hint"}, "important": {"important", ""},
	"warning": {"warning", ""}, "caution": {"caution", ""}, "danger": {"danger", ""}, "error": {"error", ""},
	"attention": {"attention", ""}, "seealso": {"note", "See also"}, "todo": {"todo", "To do"},
}

// versions are Sphinx's notes of a change, and the words that say it.
var versions = map[string]string{
	"versionadded": "Added in version", "versionchanged": "Changed in version",
	"deprecated": "Deprecated since version", "versionremoved": "Removed in version",
}

// leftOut are the directives that hold nothing to read: they lay out or
// assemble the site (toctree, include, raw, only), say how to show the
// page (highlight, meta, sectnum) or show a picture.
var leftOut = map[string]bool{
	"toctree": true, "contents": true, "sectnum": true, "section-numbering": true, "include": true,
	"literalinclude": true, "raw": true, "only": true, "ifconfig": true, "meta": true, "highlight": true,
	"index": true, "image": true, "tabularcolumns": true, "default-role": true, "role": true, "title": true,
	"target-notes": true, "header": true, "footer": true, "sectionauthor": true, "moduleauthor": true,
	"codeauthor": true, "autosummary": true,
	"bibliography": true, "graphviz": true, "digraph": true, "graph": true, "plot": true, "mermaid": true,
	"youtube": true, "vimeo": true, "video": true, "testsetup": true, "testcleanup": true, "default-domain": true,
	"currentmodule": true, "module": true, "program": true,
}

// titled are directives whose argument titles what they hold: a tab, a
// dropdown, a card (sphinx-design, sphinx-tabs).
var titled = map[string]bool{
	"dropdown": true, "tab-item": true, "tab": true, "group-tab": true, "card": true, "grid-item-card": true,
	"admonition": true, "topic": true, "sidebar": true,
}

// directive reads a directive's block into the blocks it shows.
func (p *parser) directive(d directive, depth int) []*node {
	name := d.name
	if a, ok := admonitions[name]; ok {
		content := d.content
		if len(d.args) > 0 { // ".. note:: text": its text is content
			content = append(append(d.args[:len(d.args):len(d.args)], line{"", d.args[len(d.args)-1].at}), content...)
		}
		title := a[1]
		if len(content) > 0 && title == "" {
			if m := examTipRE.FindString(content[0].s); m != "" {
				// ".. tip:: Exam tip: …" is an exam tip.
				title, content[0].s = "Exam tip", content[0].s[len(m):]
			}
		}
		return []*node{{kind: calloutNode, at: d.at, style: a[0], text: title, children: p.blocks(content, depth+1)}}
	}
	if words, ok := versions[name]; ok {
		version, text, _ := strings.Cut(d.arg(), " ")
		s := words + " " + version
		if text = strings.TrimSpace(text); text != "" {
			s += ": " + text
		}
		nodes := []*node{{kind: paraNode, at: d.at, lines: []line{{s, d.at}}}}
		return append(nodes, p.blocks(d.content, depth+1)...)
	}
	switch name {
	case "code-block", "code", "sourcecode", "parsed-literal", "doctest", "testcode", "testoutput", "ipython",
		"productionlist", "prompt", "jupyter-execute", "highlight-block":
		var nodes []*node
		if c := strings.TrimSpace(d.opts["caption"]); c != "" {
			nodes = append(nodes, &node{kind: paraNode, at: d.at, lines: []line{{c, d.at}}})
		}
		body := trimBlank(d.content)
		lang := ""
		if name == "code-block" || name == "code" || name == "sourcecode" {
			lang, _, _ = strings.Cut(d.arg(), " ")
		} else if name == "productionlist" {
			body = trimBlank(append(d.args, d.content...))
		}
		if len(body) == 0 {
			return nodes
		}
		return append(nodes, &node{kind: literalNode, at: body[0].at, style: lang, lines: body})
	case "math":
		body := trimBlank(append(d.args, d.content...))
		if len(body) == 0 {
			return nil
		}
		return []*node{{kind: literalNode, at: body[0].at, style: "math", lines: body}}
	case "rubric":
		return []*node{{kind: leadNode, at: d.at, text: d.arg()}}
	case "centered":
		return []*node{{kind: paraNode, at: d.at, lines: []line{{d.arg(), d.at}}}}
	case "glossary":
		return []*node{p.glossary(d.content, depth)}
	case "list-table":
		return p.listTable(d, depth)
	case "csv-table":
		return p.csvTable(d, depth)
	case "table":
		return p.tableDirective(d, depth)
	case "figure":
		return p.blocks(d.content, depth+1) // the caption and the legend; the picture left out
	case "epigraph", "highlights", "pull-quote":
		return []*node{p.quote(d.content, d.at, depth)}
	case "line-block":
		n := &node{kind: lineBlockNode, at: d.at}
		for _, l := range d.content {
			n.lines = append(n.lines, line{strings.TrimSpace(l.s), l.at})
		}
		return []*node{n}
	}
	if titled[name] {
		title := d.arg()
		if s := strings.TrimSpace(d.opts["subtitle"]); s != "" {
			title += ": " + s
		}
		children := p.blocks(d.content, depth+1)
		if len(children) == 0 && name != "admonition" {
			return nil // a tab or a card that shows what another directive makes
		}
		return []*node{{kind: calloutNode, at: d.at, style: "note", text: title, children: children}}
	}
	if leftOut[name] {
		return nil
	}
	// Another directive (container, compound, class, hlist, tab-set, a
	// domain's object): what it holds.
	return p.blocks(d.content, depth+1)
}

// trimBlank is ls without the blank lines at its ends.
func trimBlank(ls []line) []line {
	for len(ls) > 0 && ls[0].s == "" {
		ls = ls[1:]
	}
	for len(ls) > 0 && ls[len(ls)-1].s == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// glossary reads a Sphinx glossary: a term (or several, a line each),
// its definition indented under it.
func (p *parser) glossary(ls []line, depth int) *node {
	n := &node{kind: defListNode}
	for i := skipBlank(ls, 0); i < len(ls); i = skipBlank(ls, i) {
		if ls[i].s[0] == ' ' {
			_, used := indentedBlock(ls, i)
			i += used
			continue
		}
		var terms []string
		at := ls[i].at
		for ; i < len(ls) && ls[i].s != "" && ls[i].s[0] != ' '; i++ {
			term, _ := splitTerm(ls[i].s)
			terms = append(terms, term)
		}
		body, used := indentedBlock(ls, i)
		i += used
		n.items = append(n.items, &item{label: strings.Join(terms, ", "), at: at, children: p.blocks(body, depth+1)})
	}
	if len(n.items) > 0 {
		n.at = n.items[0].at
	}
	return n
}
