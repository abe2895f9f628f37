package pdftext

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Placed is a piece of text set at a place on a page, as a document
// viewer's web page lays out the pages it shows, a line a <span>: its left
// edge and the top of its line, from the page's top left, and its type's
// size, all in one unit.
type Placed struct {
	Text            string
	Left, Top, Size float64
	Bold, Italic    bool
	Serif           bool // set in a serif face, as Times, narrower than Helvetica
}

// PlacedPage is a page of placed text, Height tall in the unit of its
// texts.
type PlacedPage struct {
	Height float64
	Texts  []Placed
}

// Layout reads pages of placed text as a PDF's pages are read: into
// lines and columns, headed by the lines in larger or bolder type, without
// the headers and footers over and under every page.
func Layout(pages []PlacedPage) (corpus.Converted, error) {
	ps := make([]page, len(pages))
	for i, p := range pages {
		ps[i] = page{number: i + 1, height: p.Height}
		for _, t := range p.Texts {
			if strings.TrimSpace(t.Text) == "" || t.Size <= 0 {
				continue
			}
			w := estimateWidth(t.Text) * t.Size
			if t.Serif {
				w *= serifWidth
			}
			ps[i].runs = append(ps[i].runs, run{text: t.Text, x: t.Left, y: p.Height - t.Top - baseline*t.Size, w: w, size: t.Size, bold: t.Bold, italic: t.Italic})
		}
		apart(ps[i].runs)
	}
	return write(ps)
}

// apart ends each run, whose width is only estimated, an em short of the
// next one on its baseline to its right: placed texts do not overlap, and
// a line of one column ends before the gutter, whatever its estimate.
func apart(runs []run) {
	slices.SortFunc(runs, func(a, b run) int { return cmp.Or(cmp.Compare(b.y, a.y), cmp.Compare(a.x, b.x)) })
	for i := range runs {
		for j := i + 1; j < len(runs) && runs[i].y-runs[j].y < 0.5*runs[i].size; j++ {
			if runs[j].x > runs[i].x {
				runs[i].w = math.Min(runs[i].w, runs[j].x-runs[i].x-runs[i].size)
				break
			}
		}
	}
}

// serifWidth is how wide a serif face sets text, in Helvetica's widths.
const serifWidth = 0.9

// baseline is how far under the top of its line a line's baseline
// stands, in its type's size.
const baseline = 0.8
