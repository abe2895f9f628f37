package rtf

import (
	"slices"
	"strings"
)

// A collector gathers the paragraphs and tables of the body, a footnote
// or a text box.
type collector struct {
	blocks []block
	after  []block     // text boxes in the paragraph being read, to follow it
	sizes  map[int]int // letters at each font size, nil when not counted

	// The paragraph being read.
	text    strings.Builder
	marker  strings.Builder
	line    int
	letters int
	bold    int // letters in bold
	size    int // of its smallest letter
	props   paraProps
	typed   bool // it has text other than spaces

	// The table being read.
	cell     []string
	row      []string
	rowLine  int // the line its row starts on
	rows     [][]string
	rowLines []int
}

// add adds text set in the state st to the paragraph being read.
func (c *collector) add(s string, st *state, line int) {
	c.text.WriteString(s)
	if strings.TrimSpace(s) == "" {
		return
	}
	if !c.typed {
		c.typed, c.line = true, line
	}
	c.props = st.para
	letters := 0
	for _, r := range s {
		if isWordy(r) {
			letters++
		}
	}
	if letters == 0 {
		return
	}
	c.letters += letters
	if st.bold {
		c.bold += letters
	}
	if c.size == 0 || st.size < c.size {
		c.size = st.size
	}
	if c.sizes != nil {
		c.sizes[st.size] += letters
	}
}

// pending reports whether a paragraph is being read.
func (c *collector) pending() bool { return c.text.Len() > 0 || c.marker.Len() > 0 }

// take returns the paragraph being read, ended at line, with the
// properties its text was set with (props when it has none), and the line
// it starts on; and starts the next.
func (c *collector) take(props paraProps, line int) (paragraph, int) {
	p := paragraph{text: c.text.String(), marker: strings.TrimSpace(c.marker.String()), props: props, size: c.size}
	p.bold = c.letters > 0 && c.bold == c.letters
	if c.typed {
		p.props, line = c.props, c.line
	}
	c.text.Reset()
	c.marker.Reset()
	c.letters, c.bold, c.size, c.typed = 0, 0, 0, false
	return p, line
}

func (c *collector) addToCell(text string, line int) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return
	}
	if c.rowLine == 0 {
		c.rowLine = line
	}
	c.cell = append(c.cell, text)
}

func (c *collector) endCell() {
	c.row = append(c.row, strings.ReplaceAll(strings.Join(c.cell, " "), "|", "/"))
	c.cell = nil
}

// endRow ends a table's row, its cells after maxCells written in the
// last; a row of empty cells is left out.
func (c *collector) endRow() {
	if len(c.cell) > 0 {
		c.endCell()
	}
	if len(c.row) > maxCells {
		c.row[maxCells-1] = strings.Join(strings.Fields(strings.Join(c.row[maxCells-1:], " ")), " ")
		c.row = c.row[:maxCells]
	}
	if slices.ContainsFunc(c.row, func(cell string) bool { return cell != "" }) {
		c.rows = append(c.rows, c.row)
		c.rowLines = append(c.rowLines, c.rowLine)
	}
	c.row, c.rowLine = nil, 0
}

// closeTable ends the table being read, if any.
func (c *collector) closeTable() {
	if len(c.cell) > 0 || len(c.row) > 0 {
		c.endRow()
	}
	if len(c.rows) > 0 {
		c.blocks = append(c.blocks, block{kind: tableBlock, line: c.rowLines[0], rows: c.rows, rowLines: c.rowLines})
	}
	c.rows, c.rowLines = nil, nil
}

// texts returns the texts of a block, spaces folded: a table's, a row a
// text.
func (b block) texts() []string {
	switch b.kind {
	case paraBlock:
		if text := strings.Join(strings.Fields(b.para.text), " "); text != "" {
			return []string{text}
		}
	case tableBlock:
		var rows []string
		for _, row := range b.rows {
			rows = append(rows, strings.Join(row, " "))
		}
		return rows
	case noteBlock:
		return b.note
	}
	return nil
}
