package rtf

// A document is what the reader takes from an RTF file, and the
// Markdown is written from: its paragraphs, tables and footnotes in
// order, the styles its paragraphs name, and the title in its properties.
type document struct {
	title     string // \info's \title
	titleLine int
	styles    map[int]style
	blocks    []block
	sizes     map[int]int // the letters of the body set at each font size (half-points)
}

// A style is a paragraph style of the stylesheet.
type style struct {
	name    string // "heading 1"
	outline int    // its heading level (\outlinelevel + 1), 0 for none
	done    bool   // its name is read to the ";" that ends it
}

type blockKind int

const (
	paraBlock blockKind = iota
	tableBlock
	noteBlock
)

// A block is a paragraph, a table or a footnote.
type block struct {
	kind     blockKind
	line     int // the line of the file it starts on
	para     paragraph
	rows     [][]string // a table's rows of cells, each cell's text
	rowLines []int      // the line each row starts on
	note     []string   // a footnote's paragraphs
}

// A paragraph is one of the body, with what its formatting says of it.
type paragraph struct {
	text   string // as typed: spaces, tabs and line breaks ("\n") kept
	marker string // the number or bullet shown before a list's entry ("1.", "•"), "" for none
	props  paraProps
	bold   bool // all its letters are bold
	size   int  // the font size of its smallest letter, in half-points; 0 when it has none
}

// paraProps are the properties of a paragraph that say what it is.
type paraProps struct {
	style   int  // \s: its style
	outline int  // \outlinelevel + 1: its heading level; 0 for none
	listed  bool // \ls: an entry of a list
	level   int  // \ilvl: the list's depth
	indent  int  // \li: its left indent, in twips
	inTable bool // \intbl: in a table's cell
}
