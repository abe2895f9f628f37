package rst

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
)

// gridTable reads a grid table: rows drawn between "+---+" borders, cells
// between "|", the header above a "+===+" border. A cell that spans
// columns is read in its first; one that spans rows, a row at a time.
func (p *parser) gridTable(ls []line, i, depth int) (*node, int) {
	j := i
	for j < len(ls) && ls[j].s != "" && (ls[j].s[0] == '+' || ls[j].s[0] == '|') {
		j++
	}
	lines := make([][]rune, j-i)
	for k := range lines {
		lines[k] = []rune(ls[i+k].s)
	}
	// The columns' bounds: where the borders have a "+".
	var bounds []int
	seen := map[int]bool{}
	for _, l := range lines {
		if l[0] != '+' {
			continue
		}
		for c, r := range l {
			if r == '+' && !seen[c] {
				seen[c] = true
				bounds = append(bounds, c)
			}
		}
		if len(bounds) > maxColumns+1 {
			return nil, 0
		}
	}
	slices.Sort(bounds)
	if len(bounds) < 2 {
		return nil, 0
	}
	n := &node{kind: tableNode, at: ls[i].at}
	var band []int // the lines of the row being read
	for k, l := range lines {
		if !separator(l, bounds) {
			band = append(band, k)
			continue
		}
		if len(band) > 0 {
			n.rows = append(n.rows, p.gridRow(lines, ls[i:j], band, bounds, depth))
			band = nil
		}
		if strings.ContainsRune(string(l), '=') && n.header == 0 {
			n.header = len(n.rows)
		}
	}
	if len(band) > 0 {
		n.rows = append(n.rows, p.gridRow(lines, ls[i:j], band, bounds, depth))
	}
	return n, j - i
}

// separator reports whether l is a grid table's border: between bounds, a
// run of "-" or "=" at least (a cell spanning rows breaks the rest).
func separator(l []rune, bounds []int) bool {
	if l[0] != '+' && l[0] != '|' {
		return false
	}
	for k := 0; k+1 < len(bounds); k++ {
		a, b := bounds[k], bounds[k+1]
		if b >= len(l) || l[a] != '+' || l[b] != '+' {
			continue
		}
		rule := true
		for _, r := range l[a+1 : b] {
			rule = rule && (r == '-' || r == '=')
		}
		if rule {
			return true
		}
	}
	return false
}

// gridRow reads the cells of the lines band of a grid table.
func (p *parser) gridRow(lines [][]rune, ls []line, band, bounds []int, depth int) row {
	r := row{at: ls[band[0]].at, cells: make([][]*node, len(bounds)-1)}
	for k := 0; k+1 < len(bounds); {
		end := k + 1
		for end+1 < len(bounds) && !walled(lines, band, bounds[end]) {
			end++ // a cell spanning columns
		}
		var cell []line
		for _, b := range band {
			l := lines[b]
			from, to := min(bounds[k]+1, len(l)), min(bounds[end], len(l))
			cell = append(cell, line{strings.TrimRight(string(l[from:to]), " "), ls[b].at})
		}
		r.cells[k] = p.blocks(dedent(trimBlank(cell)), depth+1)
		k = end
	}
	return r
}

// walled reports whether the lines of band have a "|" at column c.
func walled(lines [][]rune, band []int, c int) bool {
	for _, b := range band {
		if c < len(lines[b]) && lines[b][c] == '|' {
			return true
		}
	}
	return false
}

// simpleTable reads a simple table: columns under runs of "=", rows a line
// each (a line whose first column is blank goes on with the row above),
// a header above a second border. It ends at a border followed by a
// blank line, or at its third; none found, it is no table (used 0).
func (p *parser) simpleTable(ls []line, i, depth int) (*node, int) {
	top := []rune(ls[i].s)
	var cols []int // where each column starts
	for c, r := range top {
		if r == '=' && (c == 0 || top[c-1] == ' ') {
			cols = append(cols, c)
		}
	}
	if len(cols) > maxColumns {
		return nil, 0
	}
	var borders []int
	end := -1
	for j := i + 1; j < len(ls) && end < 0; j++ {
		if ls[j].s == "" || ls[j].s[0] != '=' || !simpleRE.MatchString(ls[j].s) {
			continue
		}
		if len(ls[j].s) != len(ls[i].s) {
			return nil, 0 // docutils: a border that does not match the top
		}
		borders = append(borders, j)
		if len(borders) == 2 || j+1 == len(ls) || ls[j+1].s == "" {
			end = j
		}
	}
	if end < 0 {
		return nil, 0
	}
	n := &node{kind: tableNode, at: ls[i].at}
	var cells [][]line // the row being read
	at := 0
	flush := func() {
		if cells == nil {
			return
		}
		r := row{at: at}
		for _, c := range cells {
			r.cells = append(r.cells, p.blocks(dedent(c), depth+1))
		}
		n.rows = append(n.rows, r)
		cells = nil
	}
	for j := i + 1; j < end; j++ {
		s := ls[j].s
		if j == borders[0] && len(borders) == 2 {
			flush()
			n.header = len(n.rows)
			continue
		}
		if s == "" || strings.Trim(s, "- ") == "" { // a blank line, or the rule under a header's spanning cell
			flush()
			continue
		}
		l := []rune(s)
		split := make([]line, len(cols))
		for k, c := range cols {
			to := len(l)
			if k+1 < len(cols) {
				to = min(cols[k+1], len(l))
			}
			if c < to {
				split[k] = line{strings.TrimRight(string(l[c:to]), " "), ls[j].at}
			} else {
				split[k] = line{"", ls[j].at}
			}
		}
		if strings.TrimSpace(split[0].s) != "" || cells == nil {
			flush()
			cells, at = make([][]line, len(cols)), ls[j].at
		}
		for k := range cols {
			cells[k] = append(cells[k], split[k])
		}
	}
	flush()
	return n, end + 1 - i
}

// listTable reads a list-table: a bullet list of rows, each a bullet list
// of cells.
func (p *parser) listTable(d directive, depth int) []*node {
	n := &node{kind: tableNode, at: d.at}
	n.header, _ = strconv.Atoi(strings.TrimSpace(d.opts["header-rows"]))
	for _, b := range p.blocks(d.content, depth+1) {
		if b.kind != listNode {
			continue
		}
		for _, it := range b.items {
			r := row{at: it.at}
			if len(it.children) == 1 && it.children[0].kind == listNode {
				for _, c := range it.children[0].items {
					r.cells = append(r.cells, c.children)
				}
			} else {
				r.cells = append(r.cells, it.children)
			}
			if len(r.cells) > maxColumns {
				r.cells = r.cells[:maxColumns]
			}
			n.rows = append(n.rows, r)
		}
		break
	}
	return captioned(d, n)
}

// csvTable reads a csv-table whose rows are in the file (one that names
// another file, :file: or :url:, shows nothing here).
func (p *parser) csvTable(d directive, depth int) []*node {
	n := &node{kind: tableNode, at: d.at}
	n.header, _ = strconv.Atoi(strings.TrimSpace(d.opts["header-rows"]))
	comma := ','
	switch delim := d.opts["delim"]; {
	case delim == "tab":
		comma = '\t'
	case delim == "space":
		comma = ' '
	case runeLen(strings.TrimSpace(delim)) == 1:
		comma = []rune(strings.TrimSpace(delim))[0]
	}
	_, keep := d.opts["keepspace"]
	read := func(text string, at func(int) int) {
		r := csv.NewReader(strings.NewReader(text))
		r.Comma, r.FieldsPerRecord, r.LazyQuotes, r.TrimLeadingSpace = comma, -1, true, !keep
		for {
			rec, err := r.Read()
			if err == io.EOF || err != nil && rec == nil {
				return // the rows read before a malformed one
			}
			k, _ := r.FieldPos(0)
			rw := row{at: at(k)}
			for _, cell := range rec[:min(len(rec), maxColumns)] {
				var cl []line
				for s := range strings.SplitSeq(strings.TrimSpace(cell), "\n") {
					cl = append(cl, line{strings.TrimSpace(s), rw.at})
				}
				rw.cells = append(rw.cells, p.blocks(cl, depth+1))
			}
			n.rows = append(n.rows, rw)
		}
	}
	if h := strings.TrimSpace(d.opts["header"]); h != "" {
		read(h, func(int) int { return d.at })
		n.header += len(n.rows)
	}
	content := trimBlank(d.content)
	if len(content) == 0 {
		return nil
	}
	texts := make([]string, len(content))
	for k, l := range content {
		texts[k] = l.s
	}
	read(strings.Join(texts, "\n"), func(k int) int { return content[min(max(k, 1), len(content))-1].at })
	return captioned(d, n)
}

// tableDirective reads a "table::" directive: its title, and the table it
// holds.
func (p *parser) tableDirective(d directive, depth int) []*node {
	nodes := p.blocks(d.content, depth+1)
	for _, b := range nodes {
		if b.kind == tableNode && b.text == "" {
			b.text = d.arg()
			return nodes
		}
	}
	return nodes
}

// captioned is a table directive's table, titled by its argument.
func captioned(d directive, n *node) []*node {
	if len(n.rows) == 0 {
		return nil
	}
	n.text = d.arg()
	return []*node{n}
}
