package pdftext

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
	"github.com/conceptbot/conceptbot/internal/testpdf"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The PDF handout of the multi-document evaluation set and the text it was
// made from (see that folder's tools/make_pdf.py).
const (
	multiDoc    = "../../index/testdata/eval/multi/docs/government-of-india-act-1935.pdf"
	multiSource = "../../index/testdata/eval/multi/tools/government-of-india-act-1935.txt"
)

// TestGolden converts the handout and compares the Markdown and the parsed
// outline with testdata/NAME.golden (rewritten with -update).
func TestGolden(t *testing.T) {
	data, err := os.ReadFile(multiDoc)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Parse(filepath.Base(multiDoc), data)
	got := "-- markdown --\n" + string(c.Text) + "-- outline --\n" + outline(d, err)
	golden := "testdata/government-of-india-act-1935.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("Convert(%s) differs from %s (rerun with -update and review the diff):\n%s", multiDoc, golden, got)
	}
}

// TestBrowserPrintedPDF reads a page a browser printed to PDF
// (testdata/browser-printed.html, printed by `chromium --headless
// --print-to-pdf=browser-printed.pdf --no-pdf-header-footer`): its fonts
// are composite, their widths in the W array, so a kerned heading is one
// word ("Walker", not "W alker"); a table's rows whose every cell wraps
// stay one row; its header, repeated on the next page, is no row; rows
// at the foot and head of the pages, alike but for their numbers, are no
// running footer; a word the page hyphenates, broken at its hyphen, keeps
// it; a sentence's last words in bold, wrapped onto a line of their own,
// are no heading; a list's bullets, drawn as discs and circles, not
// written, still part its entries; and a bordered table's cells set in the
// middle of their rows, each on a baseline of its own, stay in their rows.
func TestBrowserPrintedPDF(t *testing.T) {
	data, err := os.ReadFile("testdata/browser-printed.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Parse("browser-printed.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	var rows []string
	for _, p := range d.Passages {
		texts[p.Citation()] = p.Text
		if strings.HasPrefix(p.Citation(), "Walker Notes › Table of Phases ›") {
			rows = append(rows, p.Text)
		}
	}
	for citation, want := range map[string]string{
		"Walker Notes › The Walker Circulation › 1": "The index is a running aaaa three-month average of the anomaly.",
		"Walker Notes › The Walker Circulation › 2": "Legal base: the Rules of 1989 on hazardous organisms and cells, framed under the Environment (Protection) Act, 1986.",
		"Walker Notes › Bodies › 2":                 "Body: RCGM (Review Committee on Genetic Manipulation); Sits under: DBT; What it does: permits research and confined field trials",
		"Walker Notes › Bodies › 3":                 "Body: GEAC; Sits under: MoEFCC; What it does: apex body; approves large-scale trials and environmental release",
		"Walker Notes › After the Table › 1":        "The first entry of a list whose bullets a browser draws rather than writes, long enough to wrap onto a second line of the page",
		"Walker Notes › After the Table › 2":        "A second entry",
		"Walker Notes › After the Table › 3":        "A third entry\n- An entry under the third",
	} {
		if got := texts[citation]; got != want {
			t.Errorf("%s: %q, want %q", citation, got, want)
		}
	}
	if len(rows) != 31 {
		t.Errorf("%d table rows, want 31:\n%s", len(rows), strings.Join(rows, "\n"))
	}
	want := "Feature: Sea surface temperature, central and eastern Pacific; Warm phase: Warmer than normal, above half a degree; Cool phase: Cooler than normal, below half a degree"
	if len(rows) > 0 && rows[0] != want {
		t.Errorf("first row %q, want %q", rows[0], want)
	}
	for _, r := range rows {
		if strings.HasPrefix(r, "Feature: Feature;") {
			t.Errorf("the repeated header is a row: %q", r)
		}
	}
	for n := 1; n <= 30; n++ {
		row := fmt.Sprintf("Feature: Row %d feature; Warm phase: Value %d here; Cool phase: Other %d there", n, n, n)
		if !slices.Contains(rows, row) {
			t.Errorf("no row %q", row)
		}
	}
}

// TestTextPrinted reads a text file printed to PDF
// (testdata/printed-text.txt) by a browser (printed-text.pdf: `chromium
// --headless --print-to-pdf=printed-text.pdf --no-pdf-header-footer`) and
// by a word processor (printed-text-writer.pdf: `soffice --headless
// --convert-to pdf`), which wrap its long lines back to the margin, and
// gives the passages of the text file itself: its lines, not the wrapped
// ones, with their indentation and the spaces that draw its table; a
// wrapped line that starts with an initial ("S. Radhakrishnan") or a word
// and a colon ("President: Dr.") is still the line above's; "Note:" or
// "Q:" after a sentence is not.
func TestTextPrinted(t *testing.T) {
	passages := func(name string) []string {
		t.Helper()
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return corpustest.Passages(t, name, data)
	}
	want := passages("printed-text.txt")
	for _, pdf := range []string{"printed-text.pdf", "printed-text-writer.pdf"} {
		if got := passages(pdf); !slices.Equal(got, want) {
			t.Errorf("%s gives\n%s\nwant, as the text file gives,\n%s", pdf, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func outline(d *corpus.Document, err error) string {
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", d.Title)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, p := range d.Passages {
		words := strings.Fields(p.Text)
		fmt.Fprintf(&b, "%s (page %d): %s\n", p.Citation(), p.Line, strings.Join(words[:min(len(words), 8)], " "))
	}
	return b.String()
}

// TestHandoutMatchesItsSource checks the handout against the text it was
// printed from: the title, each heading, FAQ question, list item, exam tip
// and paragraph comes out whole, in order, as its Markdown construct; the
// running header and the page numbers do not.
func TestHandoutMatchesItsSource(t *testing.T) {
	data, err := os.ReadFile(multiDoc)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(multiSource)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	numbered := regexp.MustCompile(`^(\d+)\. (.*)$`)
	faq := regexp.MustCompile(`^Q(\d+)\. (.*)$`)
	var para []string
	at := 0
	expect := func(line string) {
		t.Helper()
		i := strings.Index(md[at:], line+"\n")
		if i < 0 {
			t.Errorf("Markdown lacks, after byte %d, the line %q", at, line)
			return
		}
		at += i + len(line)
	}
	endPara := func() {
		if len(para) > 0 {
			expect(strings.Join(para, " "))
			para = nil
		}
	}
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		var m []string
		switch {
		case l == "":
			endPara()
		case strings.HasPrefix(l, "# "), strings.HasPrefix(l, "## "):
			endPara()
			expect(l)
		case strings.HasPrefix(l, "@ "):
			expect(l[2:])
		case strings.HasPrefix(l, "- "):
			endPara()
			expect(l)
		case numbered.MatchString(l):
			endPara()
			expect(l)
		case faq.MatchString(l):
			endPara()
			m = faq.FindStringSubmatch(l)
			expect("### " + m[1] + ". " + m[2])
		case strings.HasPrefix(l, "Exam Tip: "):
			endPara()
			expect("**Exam Tip:** " + strings.TrimPrefix(l, "Exam Tip: "))
		default:
			para = append(para, l)
		}
	}
	endPara()
	for _, furniture := range []string{"Handout 7", "Page 1", "Page 4"} {
		if strings.Contains(md, furniture) {
			t.Errorf("Markdown keeps the running header or footer %q", furniture)
		}
	}
	if c.Unit != "page" || len(c.Origin) != strings.Count(md, "\n") {
		t.Errorf("origins: unit %q, %d for %d lines", c.Unit, len(c.Origin), strings.Count(md, "\n"))
	}
}

// TestPrinted reads PDFs printed by fpdf, the way word processors and
// "print to PDF" make them.
func TestPrinted(t *testing.T) {
	long := "The Indus Waters Treaty divides the six rivers of the Indus basin between India and Pakistan, giving the eastern rivers to India and the western rivers to Pakistan."
	tests := []struct {
		name     string
		blocks   []testpdf.Block
		options  testpdf.Options
		markdown bool
		want     []string // lines of the result, in order
		not      []string
	}{
		{
			name: "headings by size and weight",
			blocks: []testpdf.Block{
				{Text: "Indus Waters Treaty", Size: 20, Style: "B"},
				{Text: "Overview", Size: 15, Style: "B", Space: 4},
				{Text: long, Space: 2},
				{Text: "Key Points", Size: 15, Style: "B", Space: 4},
				{Text: "1. The World Bank brokered it in 1960.", Space: 2},
				{Text: "2. The Permanent Indus Commission meets every year.", Space: 2},
				{Text: "Frequently Asked Questions", Size: 15, Style: "B", Space: 4},
				{Text: "Q1. Can India stop the water?", Style: "B", Space: 3},
				{Text: "Not under the treaty.", Space: 1},
				{Text: "Exam Tip: remember the six rivers.", Style: "I", Space: 2},
			},
			markdown: true,
			want: []string{"# Indus Waters Treaty", "## Overview", long, "## Key Points",
				"1. The World Bank brokered it in 1960.", "2. The Permanent Indus Commission meets every year.",
				"## Frequently Asked Questions", "### 1. Can India stop the water?", "Not under the treaty.",
				"**Exam Tip:** remember the six rivers."},
			// One page: its header is not known to run, but stands in small
			// type above the title.
			not: []string{"Page 1", "Study notes"},
		},
		{
			name: "practice questions in bold over their statements and options are paragraphs",
			blocks: []testpdf.Block{
				{Text: "RTI Act", Size: 20, Style: "B"},
				{Text: "Practice MCQs", Size: 15, Style: "B", Space: 4},
				{Text: "Q1. Consider the following statements about the RTI Act:", Style: "B", Space: 3},
				{Text: "1. The fee is laid down in the Act itself."},
				{Text: "2. BPL applicants pay no fee."},
				{Text: "Which are correct? (a) 1 only (b) 2 only (c) both (d) neither"},
				{Text: "Q2. Which statement about Section 24 is correct?", Style: "B", Space: 3},
				{Text: "(a) All records of the Ministry of Defence are outside the Act. (b) Information on allegations of corruption in an exempted organisation can still be sought. (c) States cannot exempt any organisation."},
			},
			markdown: true,
			want: []string{"## Practice MCQs",
				"Q1. Consider the following statements about the RTI Act: 1. The fee is laid down in the Act itself. 2. BPL applicants pay no fee. Which are correct? (a) 1 only (b) 2 only (c) both (d) neither",
				"Q2. Which statement about Section 24 is correct? (a) All records of the Ministry of Defence are outside the Act. (b) Information on allegations of corruption in an exempted organisation can still be sought. (c) States cannot exempt any organisation."},
		},
		{
			name: "a handout's subtitle in larger type than its sections, centred under the title",
			blocks: []testpdf.Block{
				{Text: "PMEGP and CGTMSE", Size: 22, Style: "B", Align: "C"},
				{Text: "Subsidy-linked and guarantee-backed credit for small firms", Size: 16, Style: "I", Align: "C", Space: 3},
				{Text: "GS Paper III | Handout E-11", Size: 13, Align: "C", Space: 3},
				{Text: "1. Introduction", Size: 14, Style: "B", Space: 6},
				{Text: long, Space: 2},
				{Text: "2. Who can apply", Size: 14, Style: "B", Space: 4},
				{Text: "Any individual above 18 years; there is no income ceiling.", Space: 2},
			},
			markdown: true,
			want: []string{"# PMEGP and CGTMSE", "Subsidy-linked and guarantee-backed credit for small firms · GS Paper III | Handout E-11",
				"## 1. Introduction", long, "## 2. Who can apply"},
		},
		{
			name: "a question over its answer's parts, in their type, is its section's text",
			blocks: []testpdf.Block{
				{Text: "Mains Answer Writing", Size: 20, Style: "B"},
				{Text: "1. Discretionary powers", Size: 15, Style: "B", Space: 4},
				{Text: "Q1. Examine the discretionary powers of the Governor. (150 words)", Style: "B", Space: 3},
				{Text: "Introduction", Style: "B", Space: 5},
				{Text: long, Space: 1},
				{Text: "Body", Style: "B", Space: 5},
				{Text: "The Governor reserves some Bills for the President.", Space: 1},
				{Text: "FAQs", Size: 15, Style: "B", Space: 4},
				{Text: "Q1. Can India stop the water?", Style: "B", Space: 3},
				{Text: "Not under the treaty.", Space: 1},
			},
			markdown: true,
			want: []string{"# Mains Answer Writing", "## 1. Discretionary powers", "Q1. Examine the discretionary powers of the Governor. (150 words)",
				"### Introduction", long, "### Body", "## FAQs", "### 1. Can India stop the water?", "Not under the treaty."},
		},
		{
			name: "questions marked Q. are no list",
			blocks: []testpdf.Block{
				{Text: "GM Crops", Size: 20, Style: "B"},
				{Text: "FAQs", Size: 15, Style: "B", Space: 4},
				{Text: "Q. Is GM food banned? No blanket ban; GM canola oil is imported.", Space: 2},
				{Text: "Q. Who decides? The Environment Minister.", Space: 2},
			},
			markdown: true,
			want:     []string{"## FAQs", "Q. Is GM food banned? No blanket ban; GM canola oil is imported.", "Q. Who decides? The Environment Minister."},
			not:      []string{"- Is GM food banned? No blanket ban; GM canola oil is imported."},
		},
		{
			name: "numbered headings",
			blocks: []testpdf.Block{
				{Text: "Anti-Defection Law", Size: 20, Style: "B"},
				{Text: "1. Introduction", Size: 14, Style: "B", Space: 4},
				{Text: long, Space: 2},
				{Text: "2. Grounds", Size: 14, Style: "B", Space: 4},
				{Text: "- Voluntarily giving up membership.", Space: 2},
				{Text: "2.1 Exceptions", Style: "B", Space: 4},
				{Text: "A merger of two-thirds.", Space: 2},
			},
			markdown: true,
			want: []string{"# Anti-Defection Law", "## 1. Introduction", "", long, "", "## 2. Grounds", "", "- Voluntarily giving up membership.",
				"", "### 2.1 Exceptions", "", "A merger of two-thirds."},
		},
		{
			// The space between paragraphs is less than half a line, and
			// the first one's last line runs to the margin.
			name: "paragraphs a little apart",
			blocks: []testpdf.Block{
				{Text: "Chandrayaan-3", Size: 20, Style: "B"},
				{Text: "Timeline", Size: 15, Style: "B", Space: 4},
				{Text: long + " " + long, Space: 2},
				{Text: "It entered lunar orbit on 5 August 2023, and the lander separated from the propulsion module on 17 August. Two deboosting manoeuvres brought the lander into an orbit of 25 km by 134 km.", Space: 2},
				{Text: "The powered descent began on 23 August from a height of 30 km.", Space: 2},
			},
			markdown: true,
			want: []string{"## Timeline", "", long + " " + long, "",
				"It entered lunar orbit on 5 August 2023, and the lander separated from the propulsion module on 17 August. Two deboosting manoeuvres brought the lander into an orbit of 25 km by 134 km.", "",
				"The powered descent began on 23 August from a height of 30 km."},
		},
		{
			// Each update fills the line, as a wrapped line does; its date
			// says it starts one of its own.
			name: "dated lines one under another",
			blocks: []testpdf.Block{
				{Text: "GST Council", Size: 14, Style: "B"},
				{Text: "Recent updates", Style: "B", Space: 4},
				{Text: "Sep 2025 - 56th meeting: GST 2.0 has two main slabs of 5% and 18%, plus 40% for sin goods.", Space: 2},
				{Text: "Jun 2024 - 53rd meeting: GST on Indian Railways platform tickets and retiring rooms removed.", Space: 0},
				{Text: "Oct 2023 - 52nd meeting: millet flour food preparations were cut to 5% from 18% in all.", Space: 0},
			},
			markdown: true,
			want: []string{"Sep 2025 - 56th meeting: GST 2.0 has two main slabs of 5% and 18%, plus 40% for sin goods.",
				"Jun 2024 - 53rd meeting: GST on Indian Railways platform tickets and retiring rooms removed.",
				"Oct 2023 - 52nd meeting: millet flour food preparations were cut to 5% from 18% in all."},
		},
		{
			name: "questions in the type of their FAQ heading",
			blocks: []testpdf.Block{
				{Text: "Right to Information Act", Size: 14, Style: "B"},
				{Text: "1. Objectives", Style: "B", Space: 4},
				{Text: long, Space: 2},
				{Text: "2. Frequently Asked Questions", Style: "B", Space: 4},
				{Text: "Q1. Can a private company be asked?", Style: "B", Space: 2},
				{Text: "Not directly.", Space: 2},
				{Text: "Is a reply due in thirty days?", Style: "B", Space: 2},
				{Text: "Yes.", Space: 2},
				{Text: "3. Why It Matters", Style: "B", Space: 4},
				{Text: long, Space: 2},
			},
			markdown: true,
			want: []string{"# Right to Information Act", "", "## 1. Objectives", "", long, "", "## 2. Frequently Asked Questions", "",
				"### 1. Can a private company be asked?", "", "Not directly.", "", "### Is a reply due in thirty days?", "", "Yes.", "",
				"## 3. Why It Matters"},
		},
		{
			// enscript prints a bold header at body size: "notes.txt  Page 1 of 1".
			name: "a header with the page number",
			blocks: []testpdf.Block{
				{Text: "BIODIVERSITY HOTSPOTS OF INDIA"},
				{Text: "1. Introduction", Space: 5},
				{Text: long},
			},
			options: testpdf.Options{Header: "hotspots.txt   Environment notes   Page 1 of 1", HeaderIn: testpdf.Block{Size: 11, Style: "B"}, NoFooter: true},
			want:    []string{"BIODIVERSITY HOTSPOTS OF INDIA", "", "1. Introduction", long},
			not:     []string{"hotspots.txt", "Page 1"},
		},
		{
			// Times is not embedded and its widths are not given: they
			// are the standard font's, so the words a justified line
			// draws one by one are told apart by their gaps.
			name: "justified lines in Times",
			blocks: []testpdf.Block{
				{Text: "Finance Commission", Size: 20, Style: "B", Font: "Times"},
				{Text: "Constitutional Basis", Size: 14, Style: "B", Font: "Times", Space: 4},
				{Text: long + " " + long, Font: "Times", Space: 2, Justify: true},
				{Text: "Composition", Size: 14, Style: "B", Font: "Times", Space: 4},
				{Text: "A chairman and four other members, all appointed by the President, with qualifications laid down by Parliament in 1951.", Font: "Times", Space: 2, Justify: true},
			},
			markdown: true,
			want: []string{"# Finance Commission", "", "## Constitutional Basis", "", long + " " + long, "", "## Composition", "",
				"A chairman and four other members, all appointed by the President, with qualifications laid down by Parliament in 1951."},
		},
		{
			name: "a table",
			blocks: []testpdf.Block{
				{Text: "GST Council", Size: 20, Style: "B"},
				{Text: "Rate Slabs", Size: 15, Style: "B", Space: 4},
				{Text: long + " " + long, Space: 2},
				{Row: []string{"Slab", "Examples", "Remarks"}, Style: "B", Space: 3},
				{Row: []string{"5%", "Packaged food, transport", "Essential items"}},
				{Row: []string{"28%", "Luxury goods", "Plus cess"}},
				{Text: "Rates are revised by the Council.", Space: 3},
			},
			markdown: true,
			want: []string{"## Rate Slabs", "", long + " " + long, "", "| Slab | Examples | Remarks |", "| --- | --- | --- |",
				"| 5% | Packaged food, transport | Essential items |", "| 28% | Luxury goods | Plus cess |", "", "Rates are revised by the Council."},
		},
		{
			// A table of two columns, a short one and a long one, long enough
			// together to be taken for two columns of prose: each column
			// read down on its own, and the header's cells made headings.
			name: "a table of short names and long descriptions",
			blocks: []testpdf.Block{
				{Text: "Comptroller and Auditor General", Size: 20, Style: "B"},
				{Text: "Constitutional Provisions", Size: 15, Style: "B", Space: 4},
				{Row: []string{"Article", "Subject matter"}, Style: "B", Space: 3},
				{Row: []string{"Article 148", "Appointment, oath and conditions of service of the CAG"}},
				{Row: []string{"Article 149", "Duties and powers of the CAG"}},
				{Row: []string{"Article 150", "Form of accounts of the Union and of the States"}},
				{Row: []string{"Article 151", "Audit reports of the Union and of the States"}},
				{Row: []string{"Article 279", "CAG certifies the net proceeds of taxes and duties"}},
				{Row: []string{"Third Schedule", "Form of oath or affirmation made by the CAG"}},
			},
			markdown: true,
			want: []string{"## Constitutional Provisions", "", "| Article | Subject matter |", "| --- | --- |",
				"| Article 148 | Appointment, oath and conditions of service of the CAG |", "| Article 149 | Duties and powers of the CAG |"},
			not: []string{"### Article", "### Subject matter"},
		},
		{
			name: "a table whose cells wrap",
			blocks: []testpdf.Block{
				{Text: "Battles of Bengal", Size: 20, Style: "B"},
				{Text: "Plassey and Buxar", Size: 15, Style: "B", Space: 4},
				{Row: []string{"Point", "Plassey (1757)", "Buxar (1764)"}, Style: "B", Wrap: true, Space: 3},
				{Row: []string{"Date", "23 June 1757", "22 October 1764"}, Wrap: true},
				{Row: []string{"Indian side", "Siraj-ud-Daulah, Nawab of Bengal", "Mir Qasim, Shuja-ud-Daulah and Shah Alam II"}, Wrap: true},
				{Row: []string{"Commander", "Robert Clive", "Hector Munro"}, Wrap: true},
				{Row: []string{"Significance", "Beginning of British political power in Bengal", "Confirmed British supremacy in northern India"}, Wrap: true},
				{Text: "Both battles are asked about often.", Space: 3},
			},
			markdown: true,
			want: []string{"## Plassey and Buxar", "", "| Point | Plassey (1757) | Buxar (1764) |", "| --- | --- | --- |",
				"| Date | 23 June 1757 | 22 October 1764 |",
				"| Indian side | Siraj-ud-Daulah, Nawab of Bengal | Mir Qasim, Shuja-ud-Daulah and Shah Alam II |",
				"| Commander | Robert Clive | Hector Munro |",
				"| Significance | Beginning of British political power in Bengal | Confirmed British supremacy in northern India |",
				"", "Both battles are asked about often."},
		},
		{
			// Its rows on the second page, as long as a page's columns of
			// prose, go on with the table of the first.
			name: "a table going on over a page",
			blocks: []testpdf.Block{
				{Text: "Immigration and Foreigners Act", Size: 20, Style: "B"},
				{Text: "Penalties", Size: 15, Style: "B", Space: 4},
				{Row: []string{"Offence", "Punishment"}, Style: "B", Size: 9, Space: 3},
				{Row: []string{"Entry without a valid visa", "Up to 5 years and Rs 5 lakh"}, Size: 9},
				{Row: []string{"Use of a forged passport", "2 to 7 years and Rs 10 lakh"}, Size: 9, Page: true},
				{Row: []string{"Overstaying beyond the visa", "Up to 3 years and Rs 3 lakh"}, Size: 9},
				{Text: "Significance", Size: 15, Style: "B", Space: 4},
			},
			markdown: true,
			want: []string{"| Offence | Punishment |", "| --- | --- |", "| Entry without a valid visa | Up to 5 years and Rs 5 lakh |",
				"| Use of a forged passport | 2 to 7 years and Rs 10 lakh |", "| Overstaying beyond the visa | Up to 3 years and Rs 3 lakh |", "## Significance"},
		},
		{
			// The first row on the second page wraps: its cell's second line
			// goes on it, though no row on its page shows how far apart rows
			// stand.
			name: "a wrapped row going on over a page",
			blocks: []testpdf.Block{
				{Text: "MGNREGA", Size: 20, Style: "B"},
				{Text: "At a Glance", Size: 15, Style: "B", Space: 4},
				{Row: []string{"Ministry", "Rural Development"}, Wrap: true, Space: 3},
				{Row: []string{"Budget", "Rs 86,000 crore"}, Wrap: true},
				{Row: []string{"Monitoring", "Social audit by the Gram Sabha and the Central Employment Guarantee Council"}, Wrap: true, Page: true},
				{Text: "Key Features", Size: 15, Style: "B", Space: 4},
			},
			markdown: true,
			want:     []string{"| Monitoring | Social audit by the Gram Sabha and the Central Employment Guarantee Council |", "## Key Features"},
		},
		{
			// A cover page's lines in heading type are its subtitle, the
			// names of a contents page's parts go with its entries, and a
			// band in small type over each article's title ("ECONOMY") heads
			// the articles under it.
			name: "a monthly magazine: a cover, contents and parts",
			blocks: []testpdf.Block{
				{Text: "MONTHLY CURRENT AFFAIRS", Size: 28, Style: "B"},
				{Text: "APRIL 2025", Size: 22, Style: "B", Space: 4},
				{Text: "for UPSC CSE Prelims & Mains", Size: 14, Style: "I", Space: 2},
				{Text: "Polity | Economy | Environment", Space: 10},
				{Text: "CONTENTS", Size: 18, Style: "B", Page: true},
				{Text: "POLITY", Style: "B", Space: 3},
				{Text: "Waqf (Amendment) Act, 2025 .................... 3"},
				{Text: "ECONOMY", Style: "B", Space: 3},
				{Text: "Income-tax Bill, 2025 .................... 3"},
				{Text: "Pulses Mission .................... 4"},
				{Text: "POLITY", Size: 13, Style: "B", Page: true},
				{Text: "Waqf (Amendment) Act, 2025", Size: 16, Style: "B", Space: 3},
				{Text: "Why in news?", Size: 12, Style: "B", Space: 3},
				{Text: "Parliament passed the Waqf (Amendment) Bill in April 2025.", Space: 1},
				{Text: "ECONOMY", Size: 13, Style: "B", Space: 6},
				{Text: "Income-tax Bill, 2025", Size: 16, Style: "B", Space: 3},
				{Text: "Why in news?", Size: 12, Style: "B", Space: 3},
				{Text: "The Bill replaces the Income-tax Act of 1961.", Space: 1},
				{Text: "AGRICULTURE", Size: 13, Style: "B", Space: 6},
				{Text: "Pulses Mission", Size: 16, Style: "B", Space: 3},
				{Text: "Why in news?", Size: 12, Style: "B", Space: 3},
				{Text: "The Budget announced a six-year mission for pulses.", Space: 1},
			},
			markdown: true,
			want: []string{"# MONTHLY CURRENT AFFAIRS", "APRIL 2025 · for UPSC CSE Prelims & Mains", "Polity | Economy | Environment",
				"## POLITY", "### Waqf (Amendment) Act, 2025", "#### Why in news?", "Parliament passed the Waqf (Amendment) Bill in April 2025.",
				"## ECONOMY", "### Income-tax Bill, 2025", "#### Why in news?", "## AGRICULTURE", "### Pulses Mission"},
			not: []string{"## APRIL 2025", "CONTENTS", "Pulses Mission ....................", "###### POLITY"},
		},
		{
			name: "two columns",
			blocks: []testpdf.Block{
				{Text: "The Western Ghats", Size: 20, Style: "B"},
				{Text: "Physical Features", Size: 15, Style: "B", Space: 4},
				{Cols: [2][]string{{
					"The Ghats are higher in the south; Anamudi (2,695 m) in the Anaimalai Hills is the highest peak of peninsular India.",
					"The range acts as a barrier to the south-west monsoon winds, causing heavy orographic rainfall on the windward side.",
				}, {
					"The leeward side, in the rain shadow, receives far less rain, which explains the dry Deccan plateau to the east.",
				}}, Space: 2},
				{Text: "Passes", Size: 15, Style: "B", Space: 4},
			},
			markdown: true,
			want: []string{"## Physical Features", "",
				"The Ghats are higher in the south; Anamudi (2,695 m) in the Anaimalai Hills is the highest peak of peninsular India.", "",
				"The range acts as a barrier to the south-west monsoon winds, causing heavy orographic rainfall on the windward side.", "",
				"The leeward side, in the rain shadow, receives far less rain, which explains the dry Deccan plateau to the east.", "",
				"## Passes"},
		},
		{
			name: "headings numbered 2.1 in the type of those numbered 2.",
			blocks: []testpdf.Block{
				{Text: "Crop Insurance", Size: 16, Style: "B"},
				{Text: "1. Introduction", Style: "B", Space: 4},
				{Text: long, Space: 2},
				{Text: "2. Key Features", Style: "B", Space: 4},
				{Text: long, Space: 2},
				{Text: "2.1. Premium rates", Style: "B", Space: 4},
				{Text: "Kharif crops pay two per cent of the sum insured.", Space: 2},
				{Text: "3. Issues", Style: "B", Space: 4},
				{Text: long, Space: 2},
			},
			markdown: true,
			want: []string{"## 1. Introduction", "", long, "", "## 2. Key Features", "", long, "", "### 2.1. Premium rates", "",
				"Kharif crops pay two per cent of the sum insured.", "", "## 3. Issues"},
		},
		{
			name: "a table under a centred header, a footer with its page number",
			blocks: []testpdf.Block{
				{Text: "Fiscal Deficit", Size: 20, Style: "B"},
				{Text: "Deficit Measures", Size: 15, Style: "B", Space: 4},
				{Row: []string{"Measure", "Formula", "FY24 (% of GDP)"}, Style: "B", Align: "C", Space: 3},
				{Row: []string{"Fiscal deficit", "Expenditure - receipts", "5.6"}},
				{Row: []string{"Primary deficit", "Fiscal deficit - interest", "2.0"}},
			},
			options:  testpdf.Options{Footer: "Economy notes", Dashed: true},
			markdown: true,
			want: []string{"## Deficit Measures", "", "| Measure | Formula | FY24 (% of GDP) |", "| --- | --- | --- |",
				"| Fiscal deficit | Expenditure - receipts | 5.6 |", "| Primary deficit | Fiscal deficit - interest | 2.0 |"},
			not: []string{"Economy notes", "- 1 -"},
		},
		{
			// A heading in one column moves its lines off the other's.
			name: "two columns out of step",
			blocks: []testpdf.Block{
				{Text: "The Western Ghats", Size: 20, Style: "B"},
				{Columns: [2][]testpdf.Block{{
					{Text: "Physical Features", Size: 14, Style: "B", Space: 3},
					{Text: "The Ghats are higher in the south; Anamudi (2,695 m) in the Anaimalai Hills is the highest peak of peninsular India.", Space: 2},
					{Text: "Climate", Size: 14, Style: "B", Space: 4},
					{Text: "The range acts as a barrier to the south-west monsoon winds, causing heavy orographic rainfall on the windward side.", Space: 2},
				}, {
					{Text: "The leeward side, in the rain shadow, receives far less rain, which explains the dry Deccan plateau to the east.", Space: 1},
					{Text: "Passes", Size: 14, Style: "B", Space: 4},
					{Text: "Palghat Gap, Thal Ghat and Bhor Ghat cut through the range and carry the roads and railways from the coast inland.", Space: 2},
				}}},
			},
			markdown: true,
			want: []string{"## Physical Features", "",
				"The Ghats are higher in the south; Anamudi (2,695 m) in the Anaimalai Hills is the highest peak of peninsular India.", "",
				"## Climate", "",
				"The range acts as a barrier to the south-west monsoon winds, causing heavy orographic rainfall on the windward side.", "",
				"The leeward side, in the rain shadow, receives far less rain, which explains the dry Deccan plateau to the east.", "",
				"## Passes", "",
				"Palghat Gap, Thal Ghat and Bhor Ghat cut through the range and carry the roads and railways from the coast inland."},
		},
		{
			// A table in one column beside prose in the other is the
			// column's, not a table across the page.
			name: "a table in one of two columns",
			blocks: []testpdf.Block{
				{Text: "PMEGP and CGTMSE", Size: 20, Style: "B"},
				{Columns: [2][]testpdf.Block{{
					{Text: "What it is", Size: 14, Style: "B", Space: 3},
					{Text: "The Credit Guarantee Fund Trust was set up in 2000 by the Ministry of MSME and SIDBI, which share its corpus four to one; the head of SIDBI chairs the trust.", Space: 2},
					{Text: "A member lending institution lends without collateral or a third-party guarantee, and the trust guarantees the loan against default by the borrower.", Space: 2},
					{Text: "The lender pays an annual guarantee fee to the trust, which it usually passes on to the borrower, and is paid the covered share when the loan fails.", Space: 2},
				}, {
					{Text: "Since February 2024, informal micro enterprises on the Udyam Assist Platform get cover of 85 per cent on their loans up to twenty lakh rupees.", Space: 3},
					{Text: "The trust crossed one crore guarantees in late 2024, and the Budget for 2025-26 raised the ceiling of a guarantee from five crore to ten crore rupees.", Space: 2},
					{Text: "Compared", Size: 14, Style: "B", Space: 4},
					{Row: []string{"Point", "PMEGP", "CGTMSE"}, Style: "B", Space: 2},
					{Row: []string{"Started", "2008-09", "2000"}},
					{Row: []string{"Run by", "KVIC", "A trust"}},
					{Row: []string{"Help", "Subsidy", "Guarantee"}},
					{Row: []string{"Units", "New", "New, old"}},
					{Row: []string{"Size", "50 lakh", "10 crore"}},
					{Text: "Moral hazard: a guaranteed lender may appraise its loans less carefully, and the claims on the trust rise year after year.", Space: 3},
					{Text: "Branches still ask for collateral on small loans, although the rules of the Reserve Bank bar it on loans of up to ten lakh rupees.", Space: 2},
				}}},
			},
			markdown: true,
			want: []string{"The Credit Guarantee Fund Trust was set up in 2000 by the Ministry of MSME and SIDBI, which share its corpus four to one; the head of SIDBI chairs the trust.",
				"A member lending institution lends without collateral or a third-party guarantee, and the trust guarantees the loan against default by the borrower.",
				"The lender pays an annual guarantee fee to the trust, which it usually passes on to the borrower, and is paid the covered share when the loan fails.",
				"## Compared"},
		},
		{
			name: "run-in headings",
			blocks: []testpdf.Block{
				{Text: "GST Council", Size: 20, Style: "B"},
				{Text: "Constitutional Basis", Size: 15, Style: "B", Space: 4},
				{Lead: "Article 279A:", Text: "The GST Council was constituted under Article 279A, inserted by the 101st Constitutional Amendment Act, 2016. It is a joint forum of the Centre and the States.", Space: 2},
				{Lead: "Composition:", Text: "The Union Finance Minister is the Chairperson.", Space: 2},
			},
			markdown: true,
			want: []string{"## Constitutional Basis", "",
				"Article 279A: The GST Council was constituted under Article 279A, inserted by the 101st Constitutional Amendment Act, 2016. It is a joint forum of the Centre and the States.", "",
				"Composition: The Union Finance Minister is the Chairperson."},
		},
		{
			// Three paragraphs and more open so, as a ministry's brief
			// heads its parts: each head heads its paragraph too, below
			// the heading set apart over them; an exam tip's label stays
			// the tip's.
			name: "run-in heads of a brief",
			blocks: []testpdf.Block{
				{Text: "India-Maldives Relations", Size: 20, Style: "B"},
				{Text: "Bilateral Relations", Size: 15, Style: "B", Space: 4},
				{Lead: "Political Relations:", Text: "Maldives occupies a special place in the Neighbourhood First policy.", Space: 2},
				{Lead: "Defence Cooperation:", Text: "India meets most of the training needs of the Maldives defence force.", Space: 2},
				{Lead: "Connectivity:", Text: "A direct cargo ship service links Tuticorin and Kochi with Male.", Space: 2},
				{Lead: "Exam Tip:", Text: "Link the brief to the SAGAR vision in answers.", Space: 2},
			},
			markdown: true,
			want: []string{"## Bilateral Relations", "",
				"### Political Relations", "", "Political Relations: Maldives occupies a special place in the Neighbourhood First policy.", "",
				"### Defence Cooperation", "", "Defence Cooperation: India meets most of the training needs of the Maldives defence force.", "",
				"### Connectivity", "", "Connectivity: A direct cargo ship service links Tuticorin and Kochi with Male.", "",
				"**Exam Tip:** Link the brief to the SAGAR vision in answers."},
		},
		{
			// A law's sections under their marginal headings, run in
			// ("Rule 4. Duties of the occupier.—It shall be …"), head them.
			name: "a law's sections",
			blocks: []testpdf.Block{
				{Text: "Bio-Medical Waste Management Rules, 2016", Size: 18, Style: "B"},
				{Lead: "Rule 2. Application.—", Text: "These rules shall apply to all persons who generate, collect, store or handle bio-medical waste.", Space: 2},
				{Lead: "Rule 4. Duties of the occupier.—", Text: "It shall be the duty of every occupier to segregate the waste at the point of generation.", Space: 2},
				{Lead: "Rule 8. Segregation, packaging, transportation and storage.—", Text: "No untreated waste shall be mixed with other wastes.", Space: 2},
			},
			markdown: true,
			want: []string{"## Rule 4. Duties of the occupier", "",
				"Rule 4. Duties of the occupier.— It shall be the duty of every occupier to segregate the waste at the point of generation.", "",
				"## Rule 8. Segregation, packaging, transportation and storage"},
		},
		{
			// A figure set large on a slide heads nothing: it goes with
			// the words under it, which say what it counts.
			name: "a slide's figure",
			blocks: []testpdf.Block{
				{Text: "Running the Smart City", Size: 24, Style: "B"},
				{Text: "The Special Purpose Vehicle", Size: 18, Style: "B", Space: 6, Page: true},
				{Text: long, Space: 2},
				{Text: "91", Size: 40, Style: "B", Space: 6, Page: true},
				{Text: "cities had incorporated their SPVs by June 2018", Size: 14, Space: 2},
				{Text: "Command centres", Size: 18, Style: "B", Space: 6, Page: true},
				{Text: long, Space: 2},
			},
			markdown: true,
			want:     []string{"## The Special Purpose Vehicle", "", long, "", "91 cities had incorporated their SPVs by June 2018", "", "## Command centres"},
			not:      []string{"## 91"},
		},
		{
			// Slides printed over their notes (PowerPoint's notes pages):
			// each slide's title heads its notes, not a box beside them.
			name: "notes pages",
			blocks: func() []testpdf.Block {
				b := []testpdf.Block{{Text: "The POCSO Act, 2012", Size: 24, Style: "B"}}
				for _, slide := range []string{"Why a separate law?", "POCSO at a glance", "Special Courts"} {
					b = append(b, testpdf.Block{Page: true, Shaded: []testpdf.Block{
						{Text: slide, Size: 16, Style: "B"},
						{Marker: "-", Text: "A point on the slide about " + slide},
						{Marker: "-", Text: "Another point on the slide"},
					}}, testpdf.Block{Text: "The lecturer's notes on " + slide + ": " + long, Space: 4})
				}
				return b
			}(),
			markdown: true,
			want: []string{"## Why a separate law?", "", "A point on the slide about Why a separate law?", "",
				"## POCSO at a glance", "", "## Special Courts", "", "A point on the slide about Special Courts"},
			not: []string{"> "},
		},
		{
			// A deck's agenda, a page of headings alone, had headed every
			// slide after it with its last entry.
			name: "a deck's agenda",
			blocks: []testpdf.Block{
				{Text: "Mission LiFE", Size: 24, Style: "B"},
				{Text: "What we'll cover", Size: 18, Style: "B", Space: 6, Page: true},
				{Text: "01", Size: 16, Style: "B", Space: 3},
				{Text: "Origin at Glasgow", Size: 14, Style: "B", Space: 1},
				{Text: "02", Size: 16, Style: "B", Space: 3},
				{Text: "Three phases", Size: 14, Style: "B", Space: 1},
				{Text: "03", Size: 16, Style: "B", Space: 3},
				{Text: "Critique", Size: 14, Style: "B", Space: 1},
				{Text: "Where it all began", Size: 18, Style: "B", Space: 6, Page: true},
				{Text: long, Space: 2},
			},
			markdown: true,
			want:     []string{"- 01 Origin at Glasgow", "- 02 Three phases", "- 03 Critique", "", "## Where it all began", "", long},
		},
		{
			name: "bold paragraphs",
			blocks: []testpdf.Block{
				{Text: "Coral Bleaching", Size: 20, Style: "B"},
				{Text: "Causes", Size: 15, Style: "B", Space: 4},
				{Text: long + " " + long, Space: 2},
				{Text: "Exam Tip: The Council is a recommendatory body; Parliament and the State legislatures both have simultaneous power to legislate on GST.", Style: "B", Space: 3},
				{Text: "Corals in a warm sea lose the algae that live in them and feed them, and turn white.", Style: "B", Space: 3},
				{Text: "Exam Tip:", Style: "BI", Space: 3},
				{Text: "Lakshadweep has atolls.", Space: 1},
			},
			markdown: true,
			want: []string{"## Causes", "", long + " " + long, "",
				"**Exam Tip:** The Council is a recommendatory body; Parliament and the State legislatures both have simultaneous power to legislate on GST.", "",
				"Corals in a warm sea lose the algae that live in them and feed them, and turn white.", "",
				"**Exam Tip:** Lakshadweep has atolls."},
		},
		{
			name: "one page's header and footer",
			blocks: []testpdf.Block{
				{Text: "GST Council", Size: 20, Style: "B"},
				{Text: "Prepared for GS Paper III", Size: 9, Style: "I"},
				{Text: "Overview", Size: 15, Style: "B", Space: 4},
				{Text: long, Space: 2},
			},
			options:  testpdf.Options{Header: "EconoMentor Classes - Economy Module", Footer: "www.example-ias.in"},
			markdown: true,
			want:     []string{"# GST Council", "", "Prepared for GS Paper III", "", "## Overview", "", long},
			not:      []string{"EconoMentor", "example-ias", "Page 1"},
		},
		{
			// Its entries, bold as the headings are, had taken every
			// section in as their subsections.
			name: "a table of contents",
			blocks: []testpdf.Block{
				{Text: "Cyber Security in India", Size: 20, Style: "B"},
				{Text: "Contents", Size: 15, Style: "B", Space: 4},
				{Text: "1. Understanding Cyber Security ........................................ 2", Style: "B", Space: 2},
				{Text: "2. Legal Framework ........................................ 2", Style: "B", Space: 2},
				{Text: "3. Institutions ........................................ 3", Style: "B", Space: 2},
				{Text: "1. Understanding Cyber Security", Size: 15, Style: "B", Space: 4, Page: true},
				{Text: long, Space: 2},
				{Text: "2. Legal Framework", Size: 15, Style: "B", Space: 4},
				{Text: long, Space: 2},
			},
			markdown: true,
			want:     []string{"# Cyber Security in India", "", "## 1. Understanding Cyber Security", "", long, "", "## 2. Legal Framework"},
			not:      []string{"Contents", "....", "3. Institutions"},
		},
		{
			// Its page numbers grow from one digit to two: "Slide 9 / 12"
			// and "Slide 10 / 12" are the same footer. The headings atop the
			// pages, alike but for their numbers, are no running header.
			name: "a footer numbering its pages in one and two digits",
			blocks: func() []testpdf.Block {
				b := []testpdf.Block{{Text: "Harappan Civilisation", Size: 20, Style: "B"}}
				for i := range 12 {
					b = append(b, testpdf.Block{Text: fmt.Sprintf("Site %d", i+1), Size: 14, Style: "B", Space: 4, Page: i > 0}, testpdf.Block{Text: long, Space: 2})
				}
				return b
			}(),
			options:  testpdf.Options{Numbered: "Ancient History for UPSC - Lecture 3: The Harappan Civilisation          Slide %d / 12"},
			markdown: true,
			want:     []string{"# Harappan Civilisation", "", "## Site 1", "", long, "", "## Site 2"},
			not:      []string{"Slide", "Lecture 3"},
		},
		{
			// A list entry runs over a page break, and the next page opens
			// under its masthead with a line saying it continues.
			name: "a list entry carried over to a page headed (contd.)",
			blocks: []testpdf.Block{
				{Text: "Year End Review 2023", Size: 20, Style: "B"},
				{Text: "Major Initiatives", Size: 15, Style: "B", Space: 4},
				{Marker: "1.", Text: "Green Hydrogen Standard: Notified in August 2023, it defines green hydrogen.", Space: 2},
				{Marker: "2.", Text: "PLI Scheme for Solar PV Modules: The", Space: 2},
				{Text: "Year End Review 2023 (contd.)", Space: 12, Page: true},
				{Text: "Production Linked Incentive scheme for high efficiency solar PV modules has a total outlay of Rs 24,000 crore, and letters of award were issued in April 2023.", Space: 4},
				{Marker: "3.", Text: "PM-KUSUM: The scheme for solarisation of agriculture runs up to March 2026.", Space: 2},
			},
			markdown: true,
			want: []string{"## Major Initiatives", "", "1. Green Hydrogen Standard: Notified in August 2023, it defines green hydrogen.",
				"2. PLI Scheme for Solar PV Modules: The Production Linked Incentive scheme for high efficiency solar PV modules has a total outlay of Rs 24,000 crore, and letters of award were issued in April 2023.",
				"3. PM-KUSUM: The scheme for solarisation of agriculture runs up to March 2026."},
			not: []string{"contd"},
		},
		{
			// A press release's highlights, in bold, one wrapped onto a
			// second line under its text: that line goes on with it, though
			// it is short and bold as a heading is.
			name: "a bold list entry wrapped",
			blocks: []testpdf.Block{
				{Text: "PLI Schemes Drive Investment", Size: 20, Style: "B"},
				{Marker: "•", Style: "B", Text: "Incremental production and sales of over Rs 16.5 lakh crore; employment of over 12 lakh persons in the sectors", Space: 2},
				{Marker: "•", Style: "B", Text: "806 applications approved under the 14 sector-specific schemes", Space: 1},
				{Text: "With the aim of making India Aatmanirbhar, the Government is implementing PLI Schemes for 14 key sectors.", Space: 4},
			},
			markdown: true,
			want: []string{"- Incremental production and sales of over Rs 16.5 lakh crore; employment of over 12 lakh persons in the sectors",
				"- 806 applications approved under the 14 sector-specific schemes"},
		},
		{
			// A box on a grey ground, titled, between two paragraphs of a
			// section: the text after it is the section's, not the box's.
			name: "a shaded box between paragraphs",
			blocks: []testpdf.Block{
				{Text: "Protected Areas", Size: 20, Style: "B"},
				{Text: "Biosphere Reserves in India", Size: 15, Style: "B", Space: 4},
				{Text: "India has eighteen biosphere reserves, twelve of them in UNESCO's world network.", Space: 2},
				{Shaded: []testpdf.Block{
					{Text: "Case study: Khangchendzonga", Style: "B", Space: 2},
					{Text: "It became India's first mixed World Heritage Site in 2016.", Space: 2},
				}, Space: 4},
				{Text: "The first national park, Hailey National Park, was set up in 1936.", Space: 6},
				{Shaded: []testpdf.Block{
					{Text: "Key terms", Style: "B", Space: 2},
					{Text: "- Endemic species: a species found naturally in one region only.", Space: 2},
					{Text: "- Corridor: a strip of habitat that links two protected areas.", Space: 1},
				}, Space: 4},
				{Text: "Issues and Challenges", Size: 15, Style: "B", Space: 4},
				{Text: "Human-wildlife conflict grows as corridors shrink.", Space: 2},
			},
			markdown: true,
			want: []string{"## Biosphere Reserves in India", "", "India has eighteen biosphere reserves, twelve of them in UNESCO's world network.", "",
				"> [!note] Case study: Khangchendzonga", ">", "> It became India's first mixed World Heritage Site in 2016.", "",
				"The first national park, Hailey National Park, was set up in 1936.", "",
				"> **Key terms**", ">", "> - Endemic species: a species found naturally in one region only.", ">", "> - Corridor: a strip of habitat that links two protected areas.", "",
				"## Issues and Challenges"},
		},
		{
			name: "text printed in one type",
			blocks: []testpdf.Block{
				{Text: "ADITYA-L1 NOTES"},
				{Text: "1. Introduction", Space: 5},
				{Text: long, Space: 5},
				{Text: "- first bullet", Space: 5},
				{Text: "- second bullet"},
				{Text: "Q: Where is L1?", Space: 5},
				{Text: "A: 1.5 million km away."},
			},
			want: []string{"ADITYA-L1 NOTES", "", "1. Introduction", "", long, "", "- first bullet", "- second bullet", "", "Q: Where is L1?", "A: 1.5 million km away."},
		},
		{
			// Courier gives no widths in the PDF: the title must not be
			// taken for a line wrapped at the margin.
			name: "text printed in Courier",
			blocks: []testpdf.Block{
				{Text: "CONSTITUTIONAL REMEDIES - WRITS UNDER ARTICLE 32", Font: "Courier", Size: 10},
				{Text: "(Polity notes, Fundamental Rights section)", Font: "Courier", Size: 10},
				{Text: "1. Introduction", Font: "Courier", Size: 10, Space: 4.5},
				{Text: "Article 32 gives every person the right to move the Supreme Court", Font: "Courier", Size: 10},
				{Text: "for the enforcement of Fundamental Rights.", Font: "Courier", Size: 10},
			},
			want: []string{"CONSTITUTIONAL REMEDIES - WRITS UNDER ARTICLE 32", "(Polity notes, Fundamental Rights section)", "",
				"1. Introduction", "Article 32 gives every person the right to move the Supreme Court for the enforcement of Fundamental Rights."},
		},
		{
			name: "many pages",
			blocks: func() []testpdf.Block {
				b := []testpdf.Block{{Text: "Long Notes", Size: 20, Style: "B"}}
				for i := range 60 {
					b = append(b, testpdf.Block{Text: fmt.Sprintf("Section %d", i+1), Size: 14, Style: "B", Space: 4}, testpdf.Block{Text: long, Space: 2})
				}
				return b
			}(),
			markdown: true,
			want:     []string{"# Long Notes", "## Section 1", long, "## Section 60", long},
			not:      []string{"Study notes", "Page 2", "Page 9"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Convert(testpdf.Print(t, tt.blocks, tt.options))
			if err != nil {
				t.Fatal(err)
			}
			if c.Markdown != tt.markdown {
				t.Errorf("Markdown = %v, want %v", c.Markdown, tt.markdown)
			}
			text := string(c.Text)
			lines := strings.Split(text, "\n")
			i := 0
			for _, w := range tt.want {
				for i < len(lines) && lines[i] != w {
					if w == "" && lines[i] != "" {
						break
					}
					i++
				}
				if i == len(lines) || lines[i] != w {
					t.Fatalf("result lacks, in order, the line %q:\n%s", w, text)
				}
				i++
			}
			for _, n := range tt.not {
				if strings.Contains(text, n) {
					t.Errorf("result keeps %q", n)
				}
			}
		})
	}
}

// TestMarkupAsText checks that a PDF's text that reads as Markdown markup
// keeps its words through the Markdown it is converted to: "&cent;" is not
// read as a character reference, "<A href>" as a tag, "[a](b)" as a link,
// in the title, headings, paragraphs, list items and table cells.
func TestMarkupAsText(t *testing.T) {
	blocks := []testpdf.Block{
		{Text: "Coins &cent; <b>", Size: 20, Style: "B"},
		{Text: "Overview", Size: 15, Style: "B", Space: 4},
		{Text: "One &cent; is small; <A href> and [note](ref) stay.", Space: 2},
		{Text: "Price &amp; <i>list</i>", Size: 15, Style: "B", Space: 4},
		{Text: "- item &cent; one", Space: 2},
		{Text: "- less <Abc def> and [[Page|alias]]", Space: 1},
		{Row: []string{"coin &cent;", "sign [^fn]"}, Space: 4},
		{Row: []string{"<A b>", "&lt;i&gt;"}},
	}
	d, passages := corpustest.Placed(t, "notes.pdf", testpdf.Print(t, blocks, testpdf.Options{}))
	all := d.Title + "\n" + strings.Join(passages, "\n")
	for _, w := range []string{"Coins &cent; <b>", "One &cent; is small; <A href> and [note](ref) stay.", "Price &amp; <i>list</i>",
		"item &cent; one", "less <Abc def> and [[Page|alias]]", "coin &cent;", "sign [^fn]", "<A b>", "&lt;i&gt;"} {
		if !strings.Contains(all, w) {
			t.Errorf("passages lack %q:\n%s", w, all)
		}
	}
}

func TestAppendLine(t *testing.T) {
	tests := []struct{ text, next, want string }{
		{"inter-", "national", "international"},
		{"Gandhi-", "Irwin Pact", "Gandhi-Irwin Pact"},
		{"a dash -", "here", "a dash - here"},
		{"soft\u00ad", "ware", "software"},
		{"plain", "words", "plain words"},
		{"1930-", "32", "1930- 32"},
		{"a dash -", "and", "a dash - and"},
		{"-", "x", "- x"},
		{"", "x", " x"},
		{"é-", "tude", "étude"},
		{"the three-", "month average", "the three-month average"}, // hyphenated elsewhere in the PDF
		{"(Three-", "Month)", "(Three-Month)"},
		{"a find-and-", "replace tool", "a find-and-replace tool"}, // a compound broken at one of its hyphens
		{"Cas (CRISPR-", "associated) proteins", "Cas (CRISPR-associated) proteins"},
	}
	hy := &hyphens{inside: map[string]bool{"three-month": true}, whole: map[string]bool{}}
	for _, tt := range tests {
		if got := string(hy.appendLine([]byte(tt.text), tt.next)); got != tt.want {
			t.Errorf("appendLine(%q, %q) = %q, want %q", tt.text, tt.next, got, tt.want)
		}
	}
	// Printed text breaks lines after hyphens but adds none, unless the
	// word stands whole elsewhere.
	printed := &hyphens{inside: map[string]bool{}, whole: map[string]bool{"international": true}, printed: true}
	for _, tt := range []struct{ text, next, want string }{
		{"on non-", "wetland uses", "on non-wetland uses"},
		{"inter-", "national", "international"},
	} {
		if got := string(printed.appendLine([]byte(tt.text), tt.next)); got != tt.want {
			t.Errorf("printed: appendLine(%q, %q) = %q, want %q", tt.text, tt.next, got, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	printed := testpdf.Print(t, []testpdf.Block{{Text: "Notes", Size: 20, Style: "B"}, {Text: "Some text."}}, testpdf.Options{})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"no text layer", minimal(t, "0 0 1 rg 10 10 100 100 re f"), "no text layer (scanned?): 1 pages of images; run it through OCR first"},
		{"encrypted", testpdf.Print(t, []testpdf.Block{{Text: "Secret"}}, testpdf.Options{Encrypt: true, Password: "s3cret"}), "encrypted PDF: it needs a password to open; save a copy without one"},
		{"truncated", printed[:len(printed)/2], "damaged or not a PDF: not a PDF file: missing %EOF"},
		{"garbage after the header", append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("\x00\xff garbage "), 200)...), "damaged or not a PDF: not a PDF file: missing %EOF"},
		{"page tree loop", loop(t), "damaged PDF: page tree loops"},
		{"too large", append([]byte("%PDF-1.4\n"), make([]byte, MaxBytes)...), "PDF too large: 50 MB (the limit is 50 MB)"},
		{"only a header and a footer", testpdf.Print(t, nil, testpdf.Options{}), "page 1: empty document: no passages after the title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.Parse("notes.pdf", tt.data)
			var es corpus.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Parse error = %v, want corpus.Errors", err)
			}
			if want := "notes.pdf: " + tt.want; err.Error() != want {
				t.Errorf("Parse error = %q, want %q", err, want)
			}
		})
	}
}

// TestEncryptedWithoutPassword: a PDF encrypted with an empty user password
// (an owner password restricting printing) opens in readers without asking.
// The library does not decrypt fpdf's RC4 streams; the error says so.
func TestEncryptedWithoutPassword(t *testing.T) {
	data := testpdf.Print(t, []testpdf.Block{{Text: "Open Notes", Size: 20, Style: "B"}, {Text: "Readable text."}}, testpdf.Options{Encrypt: true})
	_, err := corpus.Parse("open.pdf", data)
	if err == nil || !strings.HasPrefix(err.Error(), "open.pdf: encrypted PDF this reader cannot decrypt (") || !strings.HasSuffix(err.Error(), "); save a copy without encryption") {
		t.Errorf("Parse = %v, want the encryption named", err)
	}
}

func TestTimeout(t *testing.T) {
	defer func(d time.Duration) { timeout = d }(timeout)
	timeout = 0
	data, err := os.ReadFile(multiDoc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Convert(data); err == nil || !strings.Contains(err.Error(), "PDF took longer than 0s to read; stopped") {
		t.Errorf("Convert with no time = %v, want it stopped", err)
	}
}

// minimal builds a one-page PDF with the given content stream.
func minimal(tb testing.TB, content string) []byte {
	tb.Helper()
	return build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	)
}

// loop builds a PDF whose page tree contains itself.
func loop(tb testing.TB) []byte {
	tb.Helper()
	return build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
	)
}

// build writes objects 1… with a correct cross-reference table.
func build(objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// FuzzConvert checks properties of any conversion: no panic, a bounded
// time, and when the PDF parses: unique IDs, non-empty citations and
// texts, every word of the converted text kept.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{multiDoc, "testdata/latex-notes.pdf", "testdata/sidebar.pdf"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add(minimal(f, "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"))
	f.Add(threeColumns())
	f.Add(mindMap())
	f.Add(build("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Length 60 >>\nstream\nBT /F1 18 Tf 72 760 Td (Title) Tj /F1 10 Tf 0 -30 Td [(Bo) -300 (dy)] TJ ET\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		if len(c.Origin) != strings.Count(string(c.Text), "\n") {
			t.Fatalf("%d origins for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
		}
		d, err := corpus.Parse("f.pdf", data)
		if err != nil {
			return
		}
		ids := map[string]bool{}
		out := words(d.Title + " " + d.Subtitle + " " + d.Category)
		for _, s := range d.Outline { // a heading with no text is kept, and shown, in the outline
			for w := range words(strings.Join(s.Path, " ")) {
				out[w] = true
			}
		}
		for _, p := range d.Passages {
			if ids[p.ID] || strings.TrimSpace(p.Citation()) == "" || strings.TrimSpace(p.Text) == "" {
				t.Fatalf("passage %q: duplicate, or empty citation or text", p.ID)
			}
			ids[p.ID] = true
			for w := range words(strings.Join(p.Section, " ") + " " + p.Question + " " + p.Text) {
				out[w] = true
			}
		}
		for w := range words(shown.Replace(string(c.Text))) {
			if !out[w] && !strings.ContainsAny(w, "0123456789") && w != "faq" && w != "faqs" && w != "exam" && w != "tip" {
				t.Fatalf("word %q of the converted text is lost:\n%s", w, c.Text)
			}
		}
	})
}

// shown reads the escapes the Markdown writes as what they show.
var shown = strings.NewReplacer("&lt;", "<", "&amp;", "&", "&#91;", "[")

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

// TestProblemsAtPages checks that a PDF's passages and sections are told
// at their pages, and that a directory's PDFs are read.
func TestProblemsAtPages(t *testing.T) {
	blocks := []testpdf.Block{{Text: "Paged Notes", Size: 20, Style: "B"}}
	for i := range 40 {
		blocks = append(blocks, testpdf.Block{Text: fmt.Sprintf("Part %d", i+1), Size: 14, Style: "B", Space: 4},
			testpdf.Block{Text: strings.Repeat("Some words of the part. ", 8), Space: 2})
	}
	blocks = append(blocks, testpdf.Block{Text: "Empty Heading", Size: 14, Style: "B", Space: 4})
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.pdf"), testpdf.Print(t, blocks, testpdf.Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil || len(rep.Docs) != 1 || len(rep.Problems) > 0 {
		t.Fatalf("ReadPaths(%s) = %v, %v; want the PDF", dir, rep, err)
	}
	d := rep.Docs[0]
	last := d.Passages[len(d.Passages)-1].Line
	empty := d.Outline[len(d.Outline)-1]
	if last < 3 || d.Unit != "page" || empty.Path[0] != "Empty Heading" || empty.Passages != 0 || empty.Line != last {
		t.Errorf("last passage on page %d, last section %+v; want a page of at least 3 and the empty heading on it", last, empty)
	}
}

// TestLines reads the runs of one baseline into a line: its list marker
// and its text.
func TestLines(t *testing.T) {
	tests := []struct {
		name, content string
		want          string // marker|text
	}{
		{"a heading kerned apart", "/F1 14 Tf 72 720 Td [(1. Objecti) 10 (ves)] TJ", "1.|Objectives"},
		{"a heading's first letter kerned", "/F1 14 Tf 72 720 Td [(2. K) 50 (ey Pr) 10 (ovisions)] TJ", "2.|Key Provisions"},
		{"a number set apart", "/F2 11 Tf 72 720 Td (1.) Tj 10 0 Td (Introduction) Tj", "1.|Introduction"},
		{"a bullet set apart", "/F2 11 Tf 72 720 Td (\x7f) Tj 6 0 Td (Point) Tj", "•|Point"},
		{"a bullet of Word's Symbol font", "/F4 11 Tf 72 720 Td (\xb7) Tj 18 0 Td (First point) Tj", "•|First point"},
		{"a ZapfDingbats bullet", "/F3 11 Tf 72 720 Td (l) Tj /F2 11 Tf 18 0 Td (Second point) Tj", "•|Second point"},
		{"a word kerned apart", "/F2 11 Tf 72 720 Td [(gi) 20 (v) 10 (es e) 15 (v) 20 (ery)] TJ", "|gives every"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := extract(onePage(tt.content), time.Now().Add(time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range lines(pages[0]) {
				got = append(got, l.marker+"|"+l.text)
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("lines(%q) = %q, want [%q]", tt.content, got, tt.want)
			}
		})
	}
}

// onePage builds a one-page PDF showing content between BT and ET, with
// Helvetica-Bold as /F1 and Helvetica as /F2 (standard fonts: no widths),
// ZapfDingbats as /F3, and as /F4 a font whose character map sends code
// 0xB7 to U+F0B7, as Word writes its Symbol bullet.
func onePage(content string) []byte {
	content = "BT " + content + " ET"
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /W def " +
		"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange " +
		"1 beginbfchar <B7> <F0B7> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
	return build("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R /F4 8 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap))
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Public Information Oﬃcers", "Public Information Officers"},
		{"ﬁrst  ﬂoor", "first floor"},
		{"a\x7f b", "a• b"},
		// Devanagari's ि as drawn, before its consonant (and a conjunct's):
		// put after it, in a line that shows the drawn order.
		{"िकसान की आय िस्थर", "किसान की आय स्थिर"},
		{"आधुिनक तकनीक", "आधुनिक तकनीक"},
		{"सिहत िकसान", "सहित किसान"},
		{"किसान सहित", "किसान सहित"}, // in Unicode's order already
		{"ि", "ि"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkDrawnBack: a combining mark drawn back over its letter ("क",
// then "ृ" shifted left) does not part the letter after it from them: no
// space is read between "कृ" and "षि".
func TestMarkDrawnBack(t *testing.T) {
	l, ok := join([]run{
		{text: "क", x: 100, w: 6, size: 10},
		{text: "ृ", x: 103.8, w: 0, size: 10},
		{text: "िष", x: 106, w: 8, size: 10},
		{text: " ", x: 114, w: 2.5, size: 10},
		{text: "बीमा", x: 116.5, w: 16, size: 10},
	}, 1, nil)
	if want := "कृषि बीमा"; !ok || l.text != want {
		t.Errorf("join = %q, want %q", l.text, want)
	}
}

func TestPageNumber(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Page 3", true},
		{"- 3 -", true},
		{"3 of 12", true},
		{"Page 2 of 4", true},
		{"1 | P a g e", true},
		{"12 | Page", true},
		{"Page | 7", true},
		{"1935", true},
		{"Page one", false},
		{"3 | Pages of history", false},
		{"Article 32", false},
	}
	for _, tt := range tests {
		if got := pageNumberRE.MatchString(tt.text); got != tt.want {
			t.Errorf("pageNumberRE.MatchString(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHexTail checks the streams the library's lexer would read for ever,
// a hex string open at their end, against what it reads to the end.
func TestHexTail(t *testing.T) {
	tests := []struct {
		streams []string
		want    bool
	}{
		{[]string{"BT /F1 12 Tf (Hello) Tj ET"}, false},
		{[]string{"BT <48656c6c6f> Tj ET"}, false},
		{[]string{"BT [(Bo)<-"}, true}, // found by FuzzConvert: "-" is read as a digit, then spaces for ever
		{[]string{"BT <"}, true},
		{[]string{"BT <48 65 6"}, true},
		{[]string{"BT <48", "65> Tj ET"}, false}, // read one after the other
		{[]string{"BT (a) Tj ET <48"}, true},
		{[]string{"<zz"}, false}, // a pair that is not hex stops the lexer
		{[]string{"<< /A 1 >>"}, false},
		{[]string{"(x<) Tj ET"}, false},
		{[]string{"%<\n<ab"}, true}, // a "<" in a comment does not hide the next one
		{[]string{"<12<a<ab"}, true},
	}
	for _, tt := range tests {
		var tail hexTail
		for _, s := range tt.streams {
			tail.Write([]byte(s))
		}
		if got := tail.open(); got != tt.want {
			t.Errorf("hexTail(%q).open() = %v, want %v", tt.streams, got, tt.want)
		}
	}
}

// TestBoldWordsEndingAParagraph: a paragraph's last words in bold,
// wrapped onto a line of their own, end the paragraph, though the line
// above ends with initials; a bold line after a sentence is a heading.
func TestBoldWordsEndingAParagraph(t *testing.T) {
	ls := []line{
		{page: 1, text: "Privacy is a fundamental right, as a nine-judge bench held in K.S.", x: 72, end: 520, y: 700, size: 10},
		{page: 1, text: "Puttaswamy v Union of India (2017).", x: 72, end: 300, y: 688, size: 10, bold: true},
		{page: 1, text: "It is not absolute and can be restricted by a law that passes the test.", x: 72, end: 480, y: 660, size: 10},
		{page: 1, text: "Case laws", x: 72, end: 140, y: 632, size: 10, bold: true},
		{page: 1, text: "Eight judges had held otherwise in 1954.", x: 72, end: 320, y: 620, size: 10},
	}
	checkBlocks(t, ls, []string{
		"para: Privacy is a fundamental right, as a nine-judge bench held in K.S. Puttaswamy v Union of India (2017).",
		"para: It is not absolute and can be restricted by a law that passes the test.",
		"head: Case laws",
		"para: Eight judges had held otherwise in 1954.",
	})
}

// checkBlocks groups lines of a Markdown page (body text of 10 points)
// and fails t unless they make the blocks want ("kind: text").
func checkBlocks(t *testing.T, ls []line, want []string) {
	t.Helper()
	var got []string
	for _, b := range group(ls, 10, true, nil) {
		got = append(got, b.kind+": "+b.text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInitialStartingALine: a line that starts with an initial ("C.
// Ravichandran Iyer") under one that ends mid-sentence goes on with its
// paragraph; letters after a sentence or a colon are a list's.
func TestInitialStartingALine(t *testing.T) {
	ls := []line{
		{page: 1, text: "Many complaints fall short of proved misbehaviour, and the Court said so. In", x: 72, end: 520, y: 700, size: 10},
		{page: 1, marker: "C.", text: "Ravichandran Iyer v. Justice A.M. Bhattacharjee (1995), the Court held that such", x: 72, textX: 84, end: 515, y: 688, size: 10},
		{page: 1, text: "conduct is for the judiciary to handle.", x: 72, end: 300, y: 676, size: 10},
		{page: 1, text: "Two remedies exist:", x: 72, end: 200, y: 650, size: 10},
		{page: 1, marker: "A.", text: "Removal by Parliament.", x: 72, textX: 84, end: 250, y: 638, size: 10},
		{page: 1, marker: "B.", text: "The in-house procedure.", x: 72, textX: 84, end: 250, y: 626, size: 10},
	}
	checkBlocks(t, ls, []string{
		"para: Many complaints fall short of proved misbehaviour, and the Court said so. In C. Ravichandran Iyer v. Justice A.M. Bhattacharjee (1995), the Court held that such conduct is for the judiciary to handle.",
		"para: Two remedies exist:",
		"item: Removal by Parliament.",
		"item: The in-house procedure.",
	})
}

// TestListItemWrappedUnderItsText: a list item's line that its next
// word did not fit on goes on under the item's text, though it is short
// and the next line opens with a bracket, and so does a line that opens
// with a number at the top of the next page, after a line that ends
// mid-sentence.
func TestListItemWrappedUnderItsText(t *testing.T) {
	ls := []line{
		{page: 1, marker: "•", text: "January 2025: the Cabinet approved the Mutual", x: 72, textX: 84, end: 330, y: 700, size: 10},
		{page: 1, text: "Credit Guarantee Scheme for MSMEs", x: 84, end: 270, y: 688, size: 10},
		{page: 1, text: "(MCGS-MSME), under which NCGTC gives", x: 84, end: 270, y: 676, size: 10},
		{page: 2, text: "60% cover on loans of up to Rs 100 crore.", x: 84, end: 300, y: 780, size: 10},
		{page: 2, marker: "•", text: "PMEGP's approved period ends with 2025-26.", x: 72, textX: 84, end: 300, y: 768, size: 10},
	}
	checkBlocks(t, ls, []string{
		"item: January 2025: the Cabinet approved the Mutual Credit Guarantee Scheme for MSMEs (MCGS-MSME), under which NCGTC gives 60% cover on loans of up to Rs 100 crore.",
		"item: PMEGP's approved period ends with 2025-26.",
	})
}

// TestListGoesOnInTheNextColumn: a list's entries at the top of the next
// column, where its text starts further from the page's edge, stand level
// with those before them, not nested under them; an entry indented
// further in its column is nested.
func TestListGoesOnInTheNextColumn(t *testing.T) {
	left, right := &cell{x: 60, end: 296}, &cell{x: 296, end: 536}
	ls := []line{
		{page: 3, marker: "•", text: "The temples stand on high platforms without boundary walls.", x: 63, textX: 75, end: 290, y: 120, size: 10, col: left},
		{page: 3, marker: "•", text: "The Lakshmana temple was completed in 954 CE.", x: 316, textX: 328, end: 520, y: 700, size: 10, col: right},
		{page: 3, marker: "–", text: "It is dedicated to Vishnu as Vaikuntha.", x: 330, textX: 342, end: 520, y: 688, size: 10, col: right},
		{page: 3, marker: "•", text: "The Chausath Yogini is built of granite.", x: 316, textX: 328, end: 520, y: 676, size: 10, col: right},
	}
	var got []int
	for _, b := range group(ls, 10, true, nil) {
		got = append(got, b.indent)
	}
	if want := []int{0, 0, 1, 0}; !slices.Equal(got, want) {
		t.Errorf("depths %v, want %v", got, want)
	}
}

// TestPrintedPageTitle: a web page a browser printed, its title in the
// header atop the page, is titled by the heading that title names, not by
// the site's name set larger above it, which heads no section.
func TestPrintedPageTitle(t *testing.T) {
	data := testpdf.Print(t, []testpdf.Block{
		{Text: "BareLaw.in", Size: 18, Style: "B"},
		{Text: "Bare Acts | Constitution of India | Central Acts | Login", Size: 8},
		{Text: "Part II - Citizenship (Articles 5-11)", Size: 15, Style: "B", Space: 4},
		{Text: "Part II of the Constitution deals with citizenship at its commencement. It is not a complete law of citizenship: it only settles who became a citizen of India on 26 January 1950, and leaves everything else to Parliament under Article 11.", Space: 2},
		{Text: "Article 5 made a citizen of every person domiciled in India who was born in India, either of whose parents was born in India, or who had lived in India for five years before the commencement.", Space: 2},
		{Text: "Editorial notes", Size: 13, Style: "B", Space: 4, Page: true},
		{Text: "Articles 5, 6, 7, 8 and 9 came into force at once on 26 November 1949, with Articles 5 to 11 among the provisions that Article 394 brought into force on that day.", Space: 2},
		{Text: "The permit system for persons coming from Pakistan was introduced with effect from 19 July 1948, which is why Article 6 turns on that date.", Space: 2},
	}, testpdf.Options{Header: "14/08/2025, 21:37 Part II - Citizenship (Articles 5-11) | Constitution of India | BareLaw"})
	d, got := parsedPassages(t, "part-ii.pdf", data, corpus.Passage.Citation)
	if want := []string{"Part II - Citizenship (Articles 5-11) › Definition", "Part II - Citizenship (Articles 5-11) › Editorial notes › 1", "Part II - Citizenship (Articles 5-11) › Editorial notes › 2"}; d.Title != "Part II - Citizenship (Articles 5-11)" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages %q; want %q", d.Title, got, want)
	}
}

// TestStandfirstOfSentences: a magazine's standfirst in type as large as
// its crossheads, two sentences under the headline, is the article's
// opening text, not a heading its first paragraphs go under; a headline
// that asks and answers ("One law for all? …") stays a heading.
func TestStandfirstOfSentences(t *testing.T) {
	data := testpdf.Print(t, []testpdf.Block{
		{Text: "Holding the Line: India in a Fraying Nuclear Order", Size: 20, Style: "B"},
		{Text: "Eighty years on, the treaties meant to end the bomb are under strain. Where does that leave India?", Size: 13, Style: "B", Space: 4},
		{Text: "India is one of nine nuclear-armed states but has never signed the NPT, the CTBT or the TPNW, and it won an exemption from the Nuclear Suppliers Group in 2008.", Space: 2},
		{Text: "One test too many? Why the CTBT still waits for the last of its forty-four states", Size: 13, Style: "B", Space: 4},
		{Text: "The treaty enters into force only after all forty-four states of its Annex 2 ratify it, and India is one of the three that have not signed it.", Space: 2},
	}, testpdf.Options{})
	_, got := parsedPassages(t, "order.pdf", data, corpus.Passage.Citation)
	want := []string{"Holding the Line: India in a Fraying Nuclear Order › Definition", "Holding the Line: India in a Fraying Nuclear Order › One test too many? Why the CTBT still waits for the last of its forty-four states"}
	if !slices.Equal(got, want) {
		t.Errorf("passages %q; want %q", got, want)
	}
}

// TestAdvertBox: a shaded box labelled "ADVERTISEMENT" (a coaching
// programme's name and offer) is left out: its name, set large, had
// headed the article's sections after it.
func TestAdvertBox(t *testing.T) {
	data := testpdf.Print(t, []testpdf.Block{
		{Text: "Nuclear Order", Size: 20, Style: "B"},
		{Text: "India is one of nine nuclear-armed states but has never signed the NPT, the CTBT or the TPNW.", Space: 2},
		{Shaded: []testpdf.Block{
			{Text: "ADVERTISEMENT", Size: 8},
			{Text: "Northstar Answer Writing Programme", Size: 16, Style: "B"},
			{Text: "One GS II question daily, evaluated in 48 hours."},
		}, Space: 4},
		{Text: "The NPT bargain", Size: 13, Style: "B", Space: 4},
		{Text: "The treaty was opened for signature on 1 July 1968 and entered into force on 5 March 1970.", Space: 2},
	}, testpdf.Options{})
	_, got := parsedPassages(t, "order.pdf", data, citedText)
	want := []string{"Nuclear Order › Definition: India is one of nine nuclear-armed states but has never signed the NPT, the CTBT or the TPNW.",
		"Nuclear Order › The NPT bargain: The treaty was opened for signature on 1 July 1968 and entered into force on 5 March 1970."}
	if !slices.Equal(got, want) {
		t.Errorf("passages %q; want %q", got, want)
	}
}

// citedText shows a passage as its citation and its text.
func citedText(p corpus.Passage) string { return p.Citation() + ": " + p.Text }

// passageText shows a passage's text alone.
func passageText(p corpus.Passage) string { return p.Text }

// checkPassages reports got, passages as parsedPassages shows them, unless
// they are want.
func checkPassages(t *testing.T, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// parsedPassages parses a PDF as the corpus reads it and shows each of its
// passages.
func parsedPassages(t *testing.T, file string, data []byte, show func(corpus.Passage) string) (*corpus.Document, []string) {
	t.Helper()
	d, err := corpus.Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, show(p))
	}
	return d, got
}

// TestGroupLinear groups one paragraph of n and 4n lines running on over
// pages, and fails when the larger takes over 8 times as long (and 0.1 s
// more): 4 times when linear, 16 when each line copies the paragraph
// joined so far (the best of 3 runs each).
func TestGroupLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times grouping of megabytes")
	}
	gen := func(n int) []line {
		ls := make([]line, n)
		for i := range ls {
			ls[i] = line{page: i / 50, text: "the committee kept the repo rate un-", x: 72, end: 520, y: 800 - 12*float64(i%50), size: 10}
			if i%2 == 1 {
				ls[i].text = "changed at six and a half per cent and"
			}
		}
		return ls
	}
	best := func(ls []line) time.Duration {
		var min time.Duration
		for i := range 3 {
			start := time.Now()
			if bs := group(ls, 10, false, nil); len(bs) != 1 {
				t.Fatalf("%d lines grouped into %d blocks, want 1", len(ls), len(bs))
			}
			if d := time.Since(start); i == 0 || d < min {
				min = d
			}
		}
		return min
	}
	const n = 5_000
	small, large := best(gen(n)), best(gen(4*n))
	if large > 8*small+100*time.Millisecond {
		t.Errorf("group of %d lines took %v, of %d %v: over 8 times as long", n, small, 4*n, large)
	}
}

// TestUnicodeFontCodes checks a Unicode font as fpdf and tFPDF embed one:
// two-byte codes that are the characters' own, mapped by one range
// "<0000> <FFFF> <0000>". "–" (U+2013) and "₹" (U+20B9) came out as U+0013
// and "¹" when only the codes' last byte was stepped through the range.
func TestUnicodeFontCodes(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nend\nend"
	hex := func(s string) string {
		var b strings.Builder
		for _, u := range utf16.Encode([]rune(s)) {
			fmt.Fprintf(&b, "%04X", u)
		}
		return "<" + b.String() + ">"
	}
	title, body := "MGNREGA", "1 January 2024 – wages of ₹86,000 crore"
	content := "BT /F1 18 Tf 72 760 Td " + hex(title) + " Tj /F1 10 Tf 0 -30 Td " + hex(body) + " Tj ET"
	data := build("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /utf8dv /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /utf8dv /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> /DW 540 >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap))
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(c.Text), body) {
		t.Errorf("Convert = %q, want it to hold %q", c.Text, body)
	}
}

// TestThreeColumns checks a newspaper's page: a headline and a standfirst
// across it, three columns of prose under them (a crosshead in the middle
// one putting its lines out of step), and a band of four lines across the
// foot, more than one line in eight of the page in all. Each column is
// read down in turn, then the band; the columns were rows of a table
// before. The standfirst, in type larger than the text's, is no heading.
func TestThreeColumns(t *testing.T) {
	c, err := Convert(threeColumns())
	if err != nil {
		t.Fatal(err)
	}
	got := string(c.Text)
	if strings.Contains(got, "|") {
		t.Fatalf("the columns are read as a table:\n%s", got)
	}
	if strings.Contains(got, "# A month after") {
		t.Errorf("a standfirst in large type is a heading:\n%s", got)
	}
	order := []string{"alpha line 00", "alpha line 15", "beta line 00", "A crosshead here", "beta line 15", "gamma line 00", "gamma line 15", "Band line 0", "Band line 3"}
	at := -1
	for _, s := range order {
		i := strings.Index(got, s)
		if i < at {
			t.Fatalf("%q out of order:\n%s", s, got)
		}
		at = i
	}
}

// threeColumns builds the page of TestThreeColumns.
func threeColumns() []byte {
	var content drawing
	text := func(size, x, y float64, s string) { content.text("F1", size, x, y, s) }
	text(20, 40, 800, "One law for all, and the limits of it")
	text(12, 40, 782, "A month after the State enforced its code, the experiment has revived an old")
	text(12, 40, 768, "argument about faith, equality and federalism that the framers left open, and one")
	text(12, 40, 754, "that no court has settled since the Assembly debated it in the winter of 1948")
	for col, word := range []string{"alpha", "beta", "gamma"} {
		y := 730.0
		for k := range 16 {
			if col == 1 && k == 6 {
				text(12, 40+float64(col)*180, y-4, "A crosshead here")
				y -= 18
			}
			text(9, 40+float64(col)*180, y, fmt.Sprintf("%s line %02d of the column runs on", word, k))
			y -= 12
		}
	}
	for k := range 4 {
		text(9, 40, 450-float64(k)*12, fmt.Sprintf("Band line %d runs across the whole page under all three columns of the story here and on to the right edge of it", k))
	}
	return content.page(595, 842, "Helvetica", "Helvetica-Bold")
}

// TestReportLayout checks a report typeset as LaTeX sets one: its date
// under the title is no heading, and a section's number a quad apart from
// its bold heading ("2.1    Origins") heads the section, where the two had
// been read as a table's cells.
func TestReportLayout(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 17, 120, 780, "The Green Revolution in India")
	text("F1", 12, 230, 755, "June 2, 2025")
	text("F2", 14, 72, 720, "1")
	text("F2", 14, 92, 720, "Introduction")
	y := 700.0
	for k := range 4 {
		text("F1", 10, 72, y, fmt.Sprintf("The term refers to the rise in cereal yields after 1966, line %d of it.", k))
		y -= 13
	}
	text("F2", 12, 72, y-10, "1.1")
	text("F2", 12, 96, y-10, "The food crisis")
	y -= 28
	for k := range 4 {
		text("F1", 10, 72, y, fmt.Sprintf("Two droughts in 1965 and 1966 cut the harvest, says line %d here.", k))
		y -= 13
	}
	data := content.page(595, 842, "Times-Roman", "Times-Bold")
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	got := string(c.Text)
	for _, want := range []string{"# The Green Revolution in India\n", "\nJune 2, 2025\n", "## 1 Introduction\n", "### 1.1 The food crisis\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Convert lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "|") {
		t.Errorf("a section's number and heading are read as a table:\n%s", got)
	}
}

// TestAnswerOutlines checks a PYQ booklet: each question's heading in bold
// 11 points over its "Introduction", "Body" and "Conclusion" in bold 10
// (the text in 10): the question heads them, where both had been read at
// one level, and the second "Introduction" had joined the first's section.
// A numbered item wrapped back to the margin goes on with its sentence.
func TestAnswerOutlines(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 20, 72, 790, "Secularism PYQ Analysis")
	y := 760.0
	for q := 1; q <= 2; q++ {
		text("F2", 11, 72, y, fmt.Sprintf("Q%d 2014 question on secularism number %d", q, q))
		y -= 18
		for _, part := range []string{"Introduction", "Body", "Conclusion"} {
			text("F2", 10, 72, y, part)
			y -= 14
			text("F1", 10, 72, y, fmt.Sprintf("The %s of question %d says what the answer needs here.", strings.ToLower(part), q))
			y -= 18
		}
	}
	text("F2", 11, 72, y, "Practice questions")
	y -= 16
	text("F1", 10, 72, y, "1. The Supreme Court's ruling on the Preamble settles the debate. Critically")
	text("F1", 10, 72, y-12, "examine. (15 marks)")
	text("F1", 10, 72, y-26, "2. Examine the role of social media in communalism. (10 marks)")
	data := content.page(595, 842, "Helvetica", "Helvetica-Bold")
	d, err := corpus.Parse("pyq.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	var intros []string
	for _, p := range d.Passages {
		if len(p.Section) > 1 && p.Section[1] == "Introduction" {
			intros = append(intros, strings.Join(p.Section, " › "))
		}
	}
	if want := []string{"Q1 2014 question on secularism number 1 › Introduction", "Q2 2014 question on secularism number 2 › Introduction"}; !slices.Equal(intros, want) {
		t.Errorf("the introductions are cited %q, want %q", intros, want)
	}
	for _, p := range d.Passages {
		if strings.HasPrefix(p.Text, "examine.") {
			t.Errorf("a numbered item's wrapped line is a passage of its own: %s", p.Citation())
		}
	}
}

// TestMindMapBoxes checks a page laid out in boxes side by side, as a
// mind map or an infographic draws them: each box, a bold title over lines
// typed one a line, is read on its own, a passage a line, where the lines
// of boxes side by side had been joined across the page. A small drawn
// arrowhead stands alone on its line: it is no bullet of a passage.
func TestMindMapBoxes(t *testing.T) {
	data := mindMap()
	d, err := corpus.Parse("mindmap.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range d.Passages {
		if p.Text == "" || strings.Trim(p.Text, "•- ") == "" {
			t.Errorf("a passage of no words: %s %q", p.Citation(), p.Text)
		}
		got[p.Text] = strings.Join(p.Section, " › ")
	}
	for _, p := range mindMapPanels {
		for _, l := range p.lines {
			if sec, ok := got[l]; !ok || !strings.HasPrefix(sec, p.title) {
				t.Errorf("%q is not a passage of its own under %s (passages: %q)", l, p.title, got)
			}
		}
	}
}

// mindMap builds the page of TestMindMapBoxes.
func mindMap() []byte {
	var content drawing
	text := content.text
	box := func(x, y, w, h float64) {
		fmt.Fprintf(&content, "0.9 0.95 1 rg %g %g %g %g re B 0 g\n", x, y, w, h)
	}
	text("F2", 18, 300, 560, "WOMENS RESERVATION ACT")
	for _, p := range mindMapPanels {
		box(p.x, 400, 220, 100)
		text("F2", 9.6, p.x+6, 486, p.title)
		for k, l := range p.lines {
			text("F1", 8.2, p.x+6, 470-float64(k)*11, l)
		}
	}
	fmt.Fprintf(&content, "0 g %g %g m %g %g l %g %g l f\n", 150.0, 390.0, 157.0, 390.0, 153.5, 396.0) // an arrowhead
	return content.page(842, 595, "Helvetica", "Helvetica-Bold")
}

// mindMapPanels are the boxes of mindMap: a title over lines.
var mindMapPanels = []struct {
	x     float64
	title string
	lines []string
}{
	{40, "BACKGROUND", []string{"1974: CSWI report Towards Equality", "1996: 81st Amendment Bill introduced", "2010: Rajya Sabha passed the 108th Bill"}},
	{300, "FEATURES", []string{"One third of seats for women", "Quota within the SC and ST seats", "Lasts 15 years from its start"}},
	{560, "ISSUES", []string{"Tied to the census and delimitation", "No sub-quota for OBC women", "Rajya Sabha left out"}},
}

// TestTitleBand: a handout's title set in a filled band across its top is
// its title, where the band had been read as a sidebar and the first
// heading under it had titled the notes; an institute's band, whose name
// the text never writes, stays apart from the title.
func TestTitleBand(t *testing.T) {
	page := func(band string) []byte {
		var content drawing
		text := content.text
		fmt.Fprintf(&content, "0.1 0.3 0.5 rg 40 740 515 60 re f 0 g\n")
		text("F2", 20, 56, 770, band)
		text("F1", 10, 56, 750, "Handout for the foundation batch")
		text("F2", 14, 56, 700, "1. What is the scheme?")
		y := 680.0
		for k := range 4 {
			text("F1", 10, 56, y, fmt.Sprintf("The crop insurance scheme pays farmers for lost crops, line %d of it.", k))
			y -= 13
		}
		text("F2", 14, 56, y-10, "2. Features")
		text("F1", 10, 56, y-30, "Farmers pay a premium of two per cent for kharif crops.")
		return content.page(595, 842, "Helvetica", "Helvetica-Bold")
	}
	for _, tt := range []struct {
		band  string
		title bool
	}{{"Crop Insurance Scheme", true}, {"SANKALP IAS ACADEMY", false}} {
		d, err := corpus.Parse("handout.pdf", page(tt.band))
		if err != nil {
			t.Fatal(err)
		}
		if (d.Title == tt.band) != tt.title {
			t.Errorf("band %q: the notes are titled %q", tt.band, d.Title)
		}
	}
}

// TestTitleUnderInstituteBand: an institute's name over the title in the
// band across the top does not hide the title, set in the band's largest
// type; the band's other lines are the subtitle, no section of the notes.
func TestTitleUnderInstituteBand(t *testing.T) {
	var content drawing
	text := content.text
	fmt.Fprintf(&content, "0.1 0.3 0.5 rg 40 700 515 120 re f 0 g\n")
	text("F2", 11, 56, 802, "SANKALP IAS ACADEMY")
	text("F1", 9, 56, 786, "Revision Series, Sheet 14")
	text("F2", 20, 56, 765, "Crop Insurance Scheme")
	text("F1", 9, 56, 745, "Quick revision for Mains. Read with Sheet 13.")
	text("F2", 12, 56, 670, "1. What is the scheme?")
	y := 650.0
	for k := range 4 {
		text("F1", 10, 56, y, fmt.Sprintf("The crop insurance scheme pays farmers for lost crops, line %d of it.", k))
		y -= 13
	}
	d, err := corpus.Parse("handout.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Crop Insurance Scheme" || !strings.Contains(d.Subtitle, "SANKALP IAS ACADEMY") || len(d.Passages) == 0 ||
		!strings.HasPrefix(d.Passages[0].Citation(), "Crop Insurance Scheme › What is the scheme?") {
		t.Errorf("title %q, subtitle %q\n%s", d.Title, d.Subtitle, outline(d, nil))
	}
}

// TestReportSummary reads a page laid out as PRS lays out its summaries:
// the publisher's name over the title is its subtitle, no section; a
// table's caption in bold right under a paragraph's last sentence heads
// the table, not the paragraph's end; a footnote numbered "4 Total …" at
// the foot of the page is a passage without its number.
func TestReportSummary(t *testing.T) {
	var d drawing
	d.text("F1", 10.5, 56, 800, "PRS LEGISLATIVE RESEARCH Report Summary")
	d.text("F2", 16, 56, 770, "Report of the 15th Finance Commission")
	d.text("F2", 12, 56, 730, "1. Sharing of taxes")
	d.text("F1", 9.5, 56, 710, "The Commission recommended that states get 41% of the divisible pool.")
	d.text("F1", 9.5, 56, 697.6, "Bihar, Maharashtra, Madhya Pradesh and Rajasthan gained the most of them.")
	d.text("F2", 9, 56, 680.4, "Table 2: Share of states (in %)")
	d.text("F2", 8.5, 60, 664, "State")
	d.text("F2", 8.5, 200, 664, "Share")
	d.text("F1", 8.5, 60, 650, "Bihar")
	d.text("F1", 8.5, 200, 650, "10.058")
	d.text("F1", 8.5, 60, 636, "Kerala")
	d.text("F1", 8.5, 200, 636, "1.925")
	d.text("F1", 7.5, 56, 90, "4 Total fertility rate is the average number of children a woman is expected")
	d.text("F1", 7.5, 64, 81, "to have over her lifetime.")
	doc, got := parsedPassages(t, "summary.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), citedText)
	want := []string{
		"Report of the 15th Finance Commission › Sharing of taxes › 1: The Commission recommended that states get 41% of the divisible pool. Bihar, Maharashtra, Madhya Pradesh and Rajasthan gained the most of them.",
		"Report of the 15th Finance Commission › Sharing of taxes › 2: Footnote 4: Total fertility rate is the average number of children a woman is expected to have over her lifetime.",
		"Report of the 15th Finance Commission › Sharing of taxes › Table 2: Share of states (in %) › 1: State: Bihar; Share: 10.058",
		"Report of the 15th Finance Commission › Sharing of taxes › Table 2: Share of states (in %) › 2: State: Kerala; Share: 1.925",
	}
	if !slices.Equal(got, want) || doc.Subtitle != "PRS LEGISLATIVE RESEARCH Report Summary" {
		t.Errorf("subtitle %q, passages\n%s\nwant\n%s", doc.Subtitle, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarginNumbers: paragraphs numbered in the margin ("1.1" beside the
// text, as a university handout numbers them) are numbered prose, not a
// table's rows; an endnote's mark raised in brackets ("[1]") is no line of
// its own.
func TestMarginNumbers(t *testing.T) {
	var d drawing
	d.text("F2", 18, 72, 780, "The Early Vedic Age")
	d.text("F2", 13, 72, 740, "Time frame and sources")
	d.text("F1", 9, 40, 715, "1.1")
	d.text("F1", 11, 72, 715, "The Vedic age covers roughly 1500 to 600 BCE, from the coming of")
	d.text("F1", 11, 72, 701, "the Indo-Aryans to the rise of the Mahajanapadas.")
	d.text("F1", 9, 40, 680, "1.2")
	d.text("F1", 11, 72, 680, "Our main source is the Rigveda Samhita, a collection of 1,028 hymns")
	d.text("F1", 8, 378.5, 685.5, "[1]")
	d.text("F1", 11, 72, 666, "in ten books, running to about 10,600 verses in all.")
	_, got := parsedPassages(t, "vedic.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), passageText)
	want := []string{
		"1.1 The Vedic age covers roughly 1500 to 600 BCE, from the coming of the Indo-Aryans to the rise of the Mahajanapadas.",
		"1.2 Our main source is the Rigveda Samhita, a collection of 1,028 hymns in ten books, running to about 10,600 verses in all.",
	}
	checkPassages(t, got, want)
}

// TestTitlePage: a handout's title page (the title, a subtitle in heading
// type and its paper and batch, all centred) gives the title and its
// subtitle, no section; a first page of text under a heading does not.
func TestTitlePage(t *testing.T) {
	var cover, text drawing
	cover.centred("F2", 22, 600, "Removal of Judges")
	cover.centred("F2", 14, 560, "The Constitution, the Inquiry Act and the Cases")
	cover.centred("F1", 10, 480, "GS Paper II | Handout J-4")
	cover.centred("F1", 10, 466, "Revised: September 2025")
	text.text("F2", 16, 56, 780, "1. Introduction")
	for k, y := range []float64{750, 737, 724} {
		text.text("F1", 10, 56, y, fmt.Sprintf("Judges of the higher courts hold office until they retire and cannot be removed at will, line %d.", k))
	}
	text.text("F2", 16, 56, 690, "2. Procedure")
	text.text("F1", 10, 56, 660, "A motion signed by a hundred members of the Lok Sabha starts the process.")
	d, err := corpus.Parse("handout.pdf", twoPages(&cover, &text, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Removal of Judges" || d.Subtitle != "The Constitution, the Inquiry Act and the Cases · GS Paper II | Handout J-4 · Revised: September 2025" {
		t.Errorf("title %q, subtitle %q", d.Title, d.Subtitle)
	}
	if len(d.Passages) == 0 || d.Passages[0].Citation() != "Removal of Judges › Introduction" {
		t.Errorf("%s", outline(d, nil))
	}
}

// drawing is the content stream of a test page: text in fonts F1 and F2,
// and whatever else is written to it.
type drawing struct{ strings.Builder }

func (d *drawing) text(font string, size, x, y float64, s string) {
	fmt.Fprintf(d, "BT /%s %g Tf %g %g Td (%s) Tj ET\n", font, size, x, y, s)
}

// centred writes s centred on an A4 page (595 points wide) in Helvetica,
// F2 its bold.
func (d *drawing) centred(font string, size, y float64, s string) {
	d.text(font, size, 297.5-helveticaWidth(font, size, s)/2, y, s)
}

// pieces writes parts one after the other from x with no gap between them,
// in Helvetica (F2 its bold), as a word processor sets a kerned word in
// pieces ("1" and "2" of "12").
func (d *drawing) pieces(font string, size, x, y float64, parts ...string) {
	for _, p := range parts {
		d.text(font, size, x, y, p)
		x += helveticaWidth(font, size, p)
	}
}

// helveticaWidth is the width of s in Helvetica, F2 its bold.
func helveticaWidth(font string, size float64, s string) float64 {
	widths := &helvetica
	if font == "F2" {
		widths = &helveticaBold
	}
	w := 0.0
	for _, c := range []byte(s) {
		w += float64(widths[c-32]) / 1000 * size
	}
	return w
}

// TestNarrowGutter: two columns of a magazine's page set three quarters
// of an em apart (7.5 points in 10-point type), their lines out of step,
// part at the gutter between them.
func TestNarrowGutter(t *testing.T) {
	runs := []run{{text: "Peace by Paragraph", x: 40, y: 780, w: 300, size: 20, bold: true}}
	for k := range 12 {
		y := 740 - 12.6*float64(k)
		runs = append(runs,
			run{text: fmt.Sprintf("A line of the left column's prose, number %d of its twelve", k), x: 40, y: y, w: 254 - float64(k%3)*9, size: 10},
			run{text: fmt.Sprintf("a line of the right column's prose, number %d of its twelve", k), x: 301.5, y: y - 6.3, w: 254 - float64(k%4)*7, size: 10})
	}
	g, ok := gutter(runs, baselines(runs, 1, nil), true, false)
	if !ok || g <= 294 || g >= 301.5 {
		t.Errorf("gutter at %.1f (found %v), want one between 294 and 301.5", g, ok)
	}
}

// TestByline: the authors' names under a paper's title, set in a
// heading's type, head no section: the paper's sections stand at the top.
func TestByline(t *testing.T) {
	var d drawing
	d.text("F2", 18, 56, 780, "Nodules, Norms and the Common Heritage")
	d.text("F2", 11, 56, 755, "Ananya Krishnan and Rahul D. Menon")
	d.text("F1", 10, 56, 730, "India was the first State registered as a pioneer investor in the deep seabed, in 1987.")
	d.text("F2", 11, 56, 700, "1. Introduction")
	d.text("F1", 10, 56, 685, "Polymetallic nodules lie on the floor of the Central Indian Ocean Basin.")
	d.text("F2", 11, 56, 655, "2. The Legal Regime")
	d.text("F1", 10, 56, 640, "Part XI of the Law of the Sea Convention governs the seabed beyond national jurisdiction.")
	doc, err := corpus.Parse("paper.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range doc.Outline {
		if strings.Contains(strings.Join(h.Path, " "), "Krishnan") || h.Name() == "Introduction" && len(h.Path) != 1 {
			t.Errorf("section %v; want the paper's own, at the top:\n%s", h.Path, outline(doc, nil))
		}
	}
}

// TestItemWrappedShortOfItsText: a list item's next line set left of its
// text but right of its bullet goes on with it when its first word would
// not have fitted on the line before ("… to spend Rs" over "50,65,345 crore
// …"), as a typesetter wraps a long number.
func TestItemWrappedShortOfItsText(t *testing.T) {
	var d drawing
	d.text("F2", 16, 57, 780, "Budget Highlights")
	item := func(y float64, first, second, third string) {
		d.text("F1", 8.5, 57, y, "\x95")
		d.text("F1", 8.5, 70.6, y, first)
		d.text("F1", 8.5, 65, y-10.8, second)
		d.text("F1", 8.5, 65, y-21.6, third)
	}
	item(750, "Expenditure: The government proposes to spend Rs", "50,65,345 crore in 2025-26, 7.4% more than the revised", "estimate of 2024-25, the Budget's largest rise in years.")
	item(705, "Capital outlay: Capital expenditure is budgeted at Rs", "11.21 lakh crore (3.1% of GDP), 10.1% higher than the", "revised figure for 2024-25, which had fallen short.")
	d.text("F1", 8.5, 57, 660, "Figures from the Budget documents.")
	doc, err := corpus.Parse("budget.pdf", d.page(320, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range doc.Passages {
		texts = append(texts, p.Text)
	}
	for _, want := range []string{"proposes to spend Rs 50,65,345 crore", "budgeted at Rs 11.21 lakh crore"} {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no passage holds %q:\n%s", want, strings.Join(texts, "\n"))
		}
	}
}

// TestStackedTitle: a typed handout's head, lines centred in one bold type
// (the institute's name, the handout's number, its topic), is titled by
// the line the notes are about, the one whose words its text writes, not
// by the institute's name over it.
func TestStackedTitle(t *testing.T) {
	var d drawing
	d.centred("F2", 11, 780, "VIDYA IAS ACADEMY, KAROL BAGH")
	d.centred("F1", 11, 767, "GS PAPER II (POLITY) -- FOUNDATION 2026")
	d.centred("F2", 11, 754, "HANDOUT No. 9")
	d.centred("F2", 11, 741, "THE ELECTION COMMISSION AND ITS POWERS")
	d.text("F1", 11, 56, 715, "The Election Commission conducts elections to Parliament and the state legislatures.")
	d.text("F1", 11, 56, 702, "Its powers of superintendence come from Article 324.")
	d.text("F2", 11, 56, 676, "1. COMPOSITION")
	d.text("F1", 11, 56, 663, "A Chief Election Commissioner and two Election Commissioners sit on the Commission.")
	doc, err := corpus.Parse("handout.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "THE ELECTION COMMISSION AND ITS POWERS" {
		t.Errorf("titled %q, want the handout's topic", doc.Title)
	}
	if !slices.ContainsFunc(doc.Passages, func(p corpus.Passage) bool {
		return p.Citation() == doc.Title+" › COMPOSITION › 1" || p.Citation() == doc.Title+" › COMPOSITION"
	}) {
		t.Errorf("no section under the title:\n%s", outline(doc, nil))
	}
}

// TestTitleUnderMasthead: a handout whose institute's name is set larger
// than its title (a line the text never writes over one whose words it
// does) is titled by the title, the name its subtitle; a title whose words
// the text writes stays, the line under it a section.
func TestTitleUnderMasthead(t *testing.T) {
	var d drawing
	d.centred("F2", 22, 790, "AAROHAN IAS STUDY CIRCLE")
	d.centred("F1", 11, 770, "Art & Culture | Handout 7")
	d.centred("F2", 16, 748, "Classical Dances of India: Eight Forms")
	d.text("F1", 11, 56, 720, "Classical dance in India is judged by its roots in the Natya Shastra, and the Sangeet Natak")
	d.text("F1", 11, 56, 707, "Akademi counts eight forms of dance as classical, from Bharatanatyam to Sattriya.")
	d.text("F2", 13, 56, 680, "Kathak")
	d.text("F1", 11, 56, 667, "Kathak comes from the storytellers of north India, refined in the Mughal courts.")
	doc, err := corpus.Parse("handout.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Classical Dances of India: Eight Forms" || !strings.Contains(doc.Subtitle, "AAROHAN IAS STUDY CIRCLE") {
		t.Errorf("titled %q, subtitle %q; want the handout's topic under the institute's name", doc.Title, doc.Subtitle)
	}

	d = drawing{}
	d.centred("F2", 22, 790, "Classical Dances of India")
	d.centred("F2", 16, 760, "Eight forms and their states")
	d.text("F1", 11, 56, 730, "Classical dance in India is judged by its roots in the Natya Shastra, and the Sangeet Natak")
	d.text("F1", 11, 56, 717, "Akademi counts eight forms of dance as classical, from Bharatanatyam to Sattriya, in their states.")
	doc, err = corpus.Parse("dances.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Classical Dances of India" {
		t.Errorf("titled %q, want the title the text writes", doc.Title)
	}
}

// TestNewspaperPage: an article saved from a news site is titled by its
// headline, not by the paper's name over it, which only its copyright
// line writes again; the site's bar reaching to the page's right edge
// does not make the article's narrower lines ends of paragraphs.
func TestNewspaperPage(t *testing.T) {
	var d drawing
	d.text("F2", 26, 56, 790, "The Civic Post")
	d.text("F1", 8, 56, 772, "Friday, November 14, 2025")
	d.text("F1", 8, 500, 772, "Subscribe Sign in")
	d.text("F2", 20, 56, 740, "Why TB Mukt Bharat is still out of reach")
	d.text("F1", 11, 56, 710, "The report estimates that TB incidence in India fell from 237 per lakh")
	d.text("F1", 11, 56, 696, "in 2015 to 187 per lakh in 2024, and the fall goes on. That is a decline of")
	d.text("F1", 11, 56, 682, "21%, yet TB Mukt Bharat is still out of reach of the programme this year.")
	d.text("F2", 14, 56, 650, "What the report says")
	d.text("F1", 11, 56, 630, "Globally, an estimated 10.7 million people fell ill with TB in 2024 and")
	d.text("F1", 11, 56, 616, "1.23 million died of it, which keeps TB at the top of the killers.")
	d.text("F1", 8, 56, 60, "2025 The Civic Post Media Pvt Ltd. All rights reserved.")
	doc, err := corpus.Parse("news.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Why TB Mukt Bharat is still out of reach" {
		t.Errorf("titled %q, want the headline", doc.Title)
	}
	if !slices.ContainsFunc(doc.Passages, func(p corpus.Passage) bool {
		return strings.Contains(p.Text, "That is a decline of 21%, yet")
	}) {
		t.Errorf("a paragraph broken where its line ends short of the site's bar:\n%s", outline(doc, nil))
	}
}

// page builds a PDF of one page, width by height points, that d draws
// with F1 in the standard font regular and F2 in bold ("Helvetica",
// "Helvetica-Bold").
// twoPages makes a PDF of two A4 pages drawn so, in fonts regular (F1)
// and bold (F2).
func twoPages(first, second *drawing, regular, bold string) []byte {
	font := func(name string) string {
		return "<< /Type /Font /Subtype /Type1 /BaseFont /" + name + " /Encoding /WinAnsiEncoding >>"
	}
	res := "/Resources << /Font << /F1 7 0 R /F2 8 0 R >> >>"
	return build("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "+res+" >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "+res+" >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", first.Len(), first.String()),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", second.Len(), second.String()),
		font(regular), font(bold))
}

// page builds a one-page PDF of what d draws, width by height points,
// with fonts F1, F2 … the standard fonts named (regular, bold, …).
func (d *drawing) page(width, height float64, fonts ...string) []byte {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", d.Len(), d.String())}
	var res strings.Builder
	for i, name := range fonts {
		fmt.Fprintf(&res, "/F%d %d 0 R ", i+1, 5+i)
		objects = append(objects, "<< /Type /Font /Subtype /Type1 /BaseFont /"+name+" /Encoding /WinAnsiEncoding >>")
	}
	objects[2] = fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R /Resources << /Font << %s>> >> >>", width, height, res.String())
	return build(objects...)
}

// TestLaTeX reads notes typeset by pdfLaTeX (testdata/latex-notes.tex,
// `pdflatex latex-notes.tex`): Computer Modern's bold (CMBX12) heads the
// sections, "1.1" a quad from its title; the bullets of a list, drawn in a
// bitmap (Type 3) font with no character, are bullets; a ligature ("fi")
// is as wide as its glyph, so the words after it keep their spaces, and
// "US\$2.2" its dollar; the lines under the title (subtitle, author, date)
// are its subtitle; the footnotes come after the
// section they stand under, not inside its text, each named by its number
// ("Footnote 1: …"), and the marks that call them, raised over the text
// ("season.¹", "Student*"), are dropped.
func TestLaTeX(t *testing.T) {
	convertsWith(t, "testdata/latex-notes.pdf",
		"# Monsoon Notes\nLecture Notes — GS Paper I (Geography) · A. Student · Lecture 3 — revised 2 June 2025\n",
		"\n## 1 Introduction\n",
		"\nThe monsoon is a seasonal reversal of winds. The first rains reach Kerala in early June, and the word comes from the Arabic mausim, a season. The flow of moist air is significant for farming.\n",
		"\n### 1.1 How it works\n",
		"\n- Heating: the land heats faster than the sea in summer.\n- Pressure: a low forms over the north-western plains.\n",
		"\n## 2 Economy\n\nA good season lifts rural demand; a bad one costs about US$2.2 billion in lost output.\n",
		"\nWritten for the Sunday study circle.\n",
		"\nFootnote 1: Arab sailors used these winds to cross the Arabian Sea.\n")
}

// TestSidebar reads a web page printed by a browser (testdata/sidebar.html,
// `chromium --headless --no-pdf-header-footer --print-to-pdf=sidebar.pdf`)
// with a sidebar of short links beside its article: the article's
// paragraphs whole, though a line of one runs into the strip between the
// columns, and the sidebar's lists after them.
func TestSidebar(t *testing.T) {
	convertsWith(t, "testdata/sidebar.pdf",
		"\nGroundwater supplies nearly two thirds of the water used for irrigation in India, and most rural households draw their drinking water from wells, tube wells and hand pumps spread across the villages of the plains.\n",
		"\n### Related Articles\n\n- Jal Jeevan Mission\n- Catch the Rain\n- River Linking\n- Rain Shadow\n- Drip Irrigation\n- Water Budgets\n")
}

// TestPrintedSheet reads a spreadsheet printed to PDF by LibreOffice Calc
// (`soffice --headless --convert-to pdf testdata/farm-schemes.fods`): its
// columns of wrapped cells are a table's, not a page's columns, so each row
// is one passage holding its scheme, facts, year and remark (they had been
// read as two columns, the years and remarks apart from their schemes).
func TestPrintedSheet(t *testing.T) {
	data, err := os.ReadFile("testdata/farm-schemes.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Parse("farm-schemes.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{
		"PM-KISAN":          {"2019", "Central sector", "instalments"},
		"PMFBY":             {"2016", "Replaced NAIS", "the Centre and the states"},
		"Soil Health Card":  {"2015", "Tests 12", "fertiliser doses"},
		"Kisan Credit Card": {"1998", "Interest subvention", "fisheries farmers"},
	}
	for name, words := range rows {
		n := 0
		for _, p := range d.Passages {
			if strings.Contains(p.Text, name) {
				n++
				for _, w := range words {
					if !strings.Contains(p.Text, w) {
						t.Errorf("the row of %s lacks %q: %s", name, w, p.Text)
					}
				}
			}
		}
		if n != 1 {
			t.Errorf("%s is in %d passages, want its row's one", name, n)
		}
	}
}

// convertsWith checks that the PDF file converts to Markdown holding each
// of wants, and returns the Markdown.
func convertsWith(t *testing.T, file string, wants ...string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range wants {
		if !strings.Contains(string(c.Text), want) {
			t.Errorf("no %q in\n%s", want, c.Text)
		}
	}
	return string(c.Text)
}

// TestScannedWithOCR reads a scanned page made searchable by OCR, as
// ocrmypdf writes it: the page's content draws the scan's image and a form
// (an XObject) whose content holds the recognised words, in invisible text
// (render mode 3) of the form's own font, placed by the form's matrix. The
// page had read as having no text layer. A form that draws itself is drawn
// to a bounded depth.
func TestScannedWithOCR(t *testing.T) {
	stream := func(dict, content string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(content), content)
	}
	words := "BT 3 Tr /f-0-0 12 Tf 72 760 Td (Payments Banks) Tj 0 -20 Td (A payments bank cannot lend money to its customers.) Tj ET /Loop Do"
	data := build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /OCR-page 5 0 R >> >> >>",
		stream("", "q 1 0 0 1 0 0 cm /OCR-page Do Q"),
		stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -10] /Resources << /Font << /f-0-0 6 0 R >> /XObject << /Loop 7 0 R >> >>", words),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Loop 7 0 R >> >>", "/Loop Do"),
	)
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Payments Banks", "A payments bank cannot lend money to its customers."} {
		if !strings.Contains(string(c.Text), want) {
			t.Errorf("no %q in\n%s", want, c.Text)
		}
	}
}

// TestNumberedHeadings reads a handout whose sections are numbered lines
// in the body's type and weight (as OCR reads a scanned one: nothing bold,
// a heading's size the body's or a point more) under a title in larger
// type: "1.", "2.", "3." in order, paragraphs between, are headings of one
// level; a numbered list of short entries, one after another, stays a
// list. They had been list entries of the title's section.
func TestNumberedHeadings(t *testing.T) {
	var d drawing
	y := 800.0
	line := func(size float64, s string) {
		d.text("F1", size, 72, y, s)
		y -= 16
	}
	line(16, "Differentiated Banks")
	for i, h := range []string{"Introduction: What are Differentiated Banks?", "Background and Evolution", "Payments Banks: Key Features"} {
		y -= 8
		line(11, fmt.Sprintf("%d. %s", i+1, h))
		y -= 6 // a heading's space under it
		line(11, "A differentiated bank is licensed to do only a limited set of activities for a segment.")
		line(11, "Both kinds were created by the Reserve Bank to push financial inclusion in the country.")
	}
	y -= 8
	line(11, "Three things a payments bank cannot do:")
	for i, e := range []string{"Lend money", "Issue credit cards", "Take NRI deposits"} {
		line(11, fmt.Sprintf("%d. %s", i+1, e))
	}
	pdf := d.page(595, 842, "Helvetica", "Helvetica-Bold")
	os.WriteFile("/tmp/narrow.pdf", pdf, 0o644)
	c, err := Convert(pdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n## 1. Introduction: What are Differentiated Banks?\n", "\n## 2. Background and Evolution\n",
		"\n## 3. Payments Banks: Key Features\n", "\n1. Lend money\n2. Issue credit cards\n3. Take NRI deposits\n"} {
		if !strings.Contains(string(c.Text), want) {
			t.Errorf("no %q in\n%s", want, c.Text)
		}
	}
}

// TestLinesTheWriterEnded: in notes typed line by line ("Samaharta =>
// chief collector of revenue"), a short line that the next one's first
// word would have fitted on ends its entry; a sentence wrapped at the
// margin goes on.
func TestLinesTheWriterEnded(t *testing.T) {
	var d drawing
	d.text("F2", 22, 56, 805, "Mauryas")
	d.text("F2", 16, 56, 780, "Key officials")
	for k, s := range []string{"Samaharta => chief collector of revenue", "Sannidhata => treasurer of the state", "Sitadhyaksha => crown lands"} {
		d.text("F1", 10, 56, 755-13*float64(k), s)
	}
	d.text("F2", 16, 56, 700, "Revenue")
	d.text("F1", 10, 56, 675, "Bhaga was the land tax, normally a sixth of the produce, though in hard times it could rise as high as")
	d.text("F1", 10, 56, 662, "a quarter of it.")
	got := corpustest.Passages(t, "mauryas.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	want := []string{
		"Mauryas › Key officials › 1: Samaharta => chief collector of revenue",
		"Mauryas › Key officials › 2: Sannidhata => treasurer of the state",
		"Mauryas › Key officials › 3: Sitadhyaksha => crown lands",
		"Mauryas › Revenue: Bhaga was the land tax, normally a sixth of the produce, though in hard times it could rise as high as a quarter of it.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWordHandout: a handout laid out as a word processor lays it out
// (an evaluation set's): headings in colour a little larger than the body
// and not bold (12 pt over 10.5) are headings; a bordered table of two
// long columns is a table, not prose in two columns, and its header row,
// repeated over the page it goes on to, is read once.
func TestWordHandout(t *testing.T) {
	text := convertsWith(t, "../../index/testdata/eval/heldout60/docs/uapa.pdf",
		"\n### 4.1 Unlawful activity and unlawful association\n", "\n### 4.2 Terrorist act (Section 15)\n",
		"\n| Ordinary criminal law (BNSS) | Under UAPA |\n",
		"\n| Police custody of at most 15 days | Police custody can go up to 30 days |\n",
		"\n| Prosecution needs no special sanction | Prior sanction after review by an independent authority (S. 45) |\n")
	if n := strings.Count(text, "Ordinary criminal law (BNSS)"); n != 1 {
		t.Errorf("the table's header is read %d times, want once:\n%s", n, text)
	}
}

// TestHandoutTitlePage: a handout's title page (an evaluation set's): the
// title, an italic subtitle in heading type and, centred under them, the
// paper, the programme and the date. The subtitle is the subtitle, not a
// section, though with the lines under it it is too long for one; those
// lines are the page's text.
func TestHandoutTitlePage(t *testing.T) {
	text := convertsWith(t, "../../index/testdata/eval/heldout58/docs/dedicated-freight-corridors.pdf")
	if want := "# Dedicated Freight Corridors (DFC)\nEastern and Western DFC, DFCCIL and the freight railway of the future\n"; !strings.HasPrefix(text, want) {
		t.Errorf("the title page reads\n%s\nwant it to start\n%s", text[:min(len(text), 400)], want)
	}
	if strings.Contains(text, "# Eastern and Western DFC") {
		t.Errorf("the subtitle is a section:\n%s", text[:min(len(text), 400)])
	}
}

// TestPullQuote: a magazine page's pull quote (an evaluation set's), a
// sentence set large in italics, is text, not a heading the rest of the
// article goes under.
func TestPullQuote(t *testing.T) {
	text := convertsWith(t, "../../index/testdata/eval/heldout64/docs/collegium-system.pdf", "\n## The NJAC episode\n")
	for l := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(l, "#") && strings.Contains(l, "concurrence became primacy") {
			t.Errorf("the pull quote is a heading: %q", l)
		}
	}
}

// TestBoxesOverColumns reads a magazine's page: under its running header,
// two boxes side by side, each a bold title set smaller than the text over
// a list whose items wrap indented under their bullets, and under them a
// headline across two columns of prose whose lines are not in step. Each
// box is a sidebar with its title (the first one's title, in small type at
// the top of the page, had been dropped as a running header), its items
// whole; the columns are read one after the other (they had been read
// across, line by line, under a row of boxes).
func TestBoxesOverColumns(t *testing.T) {
	var content drawing
	text := content.text
	box := func(x float64, title string, items [][2]string) {
		fmt.Fprintf(&content, "0.93 0.93 0.93 rg %g 690 250 90 re f 0 g\n", x)
		text("F2", 8.5, x+6, 768, title)
		for k, it := range items {
			y := 752 - float64(k)*26
			text("F1", 9, x+6, y, "\x95")
			text("F1", 9, x+20, y, it[0])
			text("F1", 9, x+15, y-11.5, it[1])
		}
	}
	box(42, "FACT FILE", [][2]string{
		{"Sanctioned strength: 34 judges including the", "CJI, raised from 31 by a 2019 Act."},
		{"Retirement age: 65 for Supreme Court judges,", "62 for High Court judges."},
	})
	box(305, "DON'T CONFUSE: OTHER BENCHES", [][2]string{
		{"Kihoto Hollohan, 1992: upheld the law; the", "Speaker's rulings are open to review."},
		{"S.R. Bommai, 1994: President's Rule is open", "to review; majority is tested on the floor."},
	})
	column := func(x, y float64, heading string, ls []string) {
		text("F2", 11.5, x, y, heading)
		for k, l := range ls {
			text("F1", 9.5, x, y-16-float64(k)*12, l)
		}
	}
	column(42, 630, "The NJAC episode", []string{
		"In 2014 Parliament passed the Constitution 99th",
		"Amendment Act and the National Judicial Appointments",
		"Commission Act. Any two members of the commission",
		"could block a name. On 16 October 2015 a bench of",
		"five judges struck it down by four votes to one.",
		"Justice Chelameswar dissented, saying the collegium",
		"lacked transparency and needed reform.",
	})
	column(305, 622, "Recent developments", []string{
		"In October 2017 the collegium began putting its",
		"resolutions on the Supreme Court website, though the",
		"detail given has varied since. In January 2025 a bench",
		"allowed High Courts to appoint retired judges on an ad",
		"hoc basis to clear backlogs of criminal appeals. In May",
		"2025 the court put judges' asset declarations on its",
		"website, with the appointment process of High Courts.",
	})
	text("F1", 8, 42, 820, "CIVILS COMPASS | Monthly Current Affairs | November 2025")
	text("F2", 18, 42, 660, "Judicial Appointments")
	d, err := corpus.Parse("appointments.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Sanctioned strength: 34 judges including the CJI, raised from 31 by a 2019 Act.":                                                     "FACT FILE",
		"Retirement age: 65 for Supreme Court judges, 62 for High Court judges.":                                                              "FACT FILE",
		"Kihoto Hollohan, 1992: upheld the law; the Speaker's rulings are open to review.":                                                    "DON'T CONFUSE: OTHER BENCHES",
		"In 2014 Parliament passed the Constitution 99th Amendment Act and the National Judicial Appointments Commission Act.":                "The NJAC episode",
		"In October 2017 the collegium began putting its resolutions on the Supreme Court website, though the detail given has varied since.": "Recent developments",
	}
	for _, p := range d.Passages {
		for w, sec := range want {
			if strings.HasPrefix(p.Text, w) && slices.Contains(p.Section, sec) {
				delete(want, w)
			}
		}
	}
	for w, sec := range want {
		t.Errorf("no passage under %s opens with %q:\n%s", sec, w, outline(d, nil))
	}
}

// TestLetterhead: an office's letterhead over a press release's title, in
// a type no heading after it has, heads none of the release's sections.
func TestLetterhead(t *testing.T) {
	var content drawing
	text := content.text
	text("F1", 14.5, 44, 772, "Press Information Bureau")
	text("F1", 11, 44, 754, "Government of India")
	text("F1", 6.5, 282, 739, "Satyameva Jayate")
	text("F1", 8.5, 398, 706, "Read this release in: Hindi, Urdu, Telugu")
	text("F2", 11, 252, 688, "Ministry of Mines")
	text("F2", 15, 56, 664, "National Critical Mineral Mission")
	text("F1", 10.5, 56, 640, "The Union Cabinet approved the mission on 29 January 2025 with an outlay of Rs. 16,300 crore.")
	text("F2", 12.5, 56, 610, "Objectives")
	text("F1", 10.5, 56, 590, "The mission will find and auction critical mineral blocks at home and abroad.")
	text("F2", 12.5, 56, 560, "Targets")
	text("F1", 10.5, 56, 540, "It aims at 1,200 exploration projects by 2030-31.")
	d, err := corpus.Parse("release.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "National Critical Mineral Mission" {
		t.Errorf("title %q", d.Title)
	}
	for _, h := range d.Outline {
		if h.Path[0] == "Press Information Bureau" {
			t.Errorf("the letterhead heads sections:\n%s", outline(d, nil))
			break
		}
	}
	if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool { return slices.Equal(p.Section, []string{"Targets"}) }) {
		t.Errorf("no passage under Targets:\n%s", outline(d, nil))
	}
}

// TestActualText: glyphs in a marked-content sequence that says what they
// spell (/ActualText, as a shaper writes a script's conjuncts, in UTF-16)
// read as that text, where the glyphs stand; an empty one hides them.
func TestActualText(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 16, 72, 780, "Press Release")
	content.WriteString("/Span << /ActualText (\xfe\xff\x09\x38\x09\x24\x09\x4d\x09\x2f) >> BDC\n")
	text("F1", 12, 72, 740, "\x95\x95\x95")
	content.WriteString("EMC\n")
	text("F1", 12, 110, 740, "Satyameva Jayate is the national motto.")
	content.WriteString("/Artifact << /ActualText () >> BDC\n")
	text("F1", 12, 72, 720, "Page 1 of 3")
	content.WriteString("EMC\n")
	d, err := corpus.Parse("release.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range d.Passages {
		all = append(all, p.Text)
	}
	got := strings.Join(all, "\n")
	if !strings.Contains(got, "सत्य Satyameva Jayate") || strings.Contains(got, "•") || strings.Contains(got, "Page 1") {
		t.Errorf("passages %q, want the sequence's text in place of its glyphs", got)
	}
}

// TestReportable: the mark over a judgment ("REPORTABLE"), set as its
// headings are, is not its title.
func TestReportable(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 12, 450, 790, "REPORTABLE")
	text("F2", 12, 180, 760, "IN THE SUPREME COURT OF INDIA")
	text("F1", 12, 72, 730, "Date of judgment: 16 October 2015.")
	text("F2", 12, 72, 700, "A. THE ISSUE")
	text("F1", 12, 72, 680, "The Ninety-ninth Amendment set up a commission to appoint judges.")
	text("F2", 12, 72, 650, "B. THE ORDER")
	text("F1", 12, 72, 630, "The amendment was struck down by four votes to one.")
	d, err := corpus.Parse("judgment.pdf", content.page(595, 842, "Times-Roman", "Times-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "IN THE SUPREME COURT OF INDIA" {
		t.Errorf("a judgment is titled %q:\n%s", d.Title, outline(d, nil))
	}
}

// TestOptionsUnderQuestion: a practice question set in bold, its options
// on a line of their own, keeps them: "(a) 1 only (b) 2 only" is no
// numbered heading, nor the list's first entry.
func TestOptionsUnderQuestion(t *testing.T) {
	data := testpdf.Print(t, []testpdf.Block{
		{Text: "Money Bills", Size: 20, Style: "B"},
		{Text: "A Money Bill is a Bill the Speaker certifies as one under Article 110.", Space: 2},
		{Text: "Practice questions", Size: 13, Style: "B", Space: 4},
		{Text: "Q1. Consider the following statements about the Speaker's certificate: 1. It is endorsed on the Bill when it goes to the Rajya Sabha and to the President. 2. The Speaker must consult the Chairman first. Which is/are correct?", Style: "B", Space: 2},
		{Text: "(a) 1 only (b) 2 only (c) Both (d) Neither", Style: "B"},
		{Text: "Ans. (a). Article 110(4) provides for endorsement at both stages.", Space: 2},
	}, testpdf.Options{})
	_, got := parsedPassages(t, "money.pdf", data, citedText)
	want := []string{"Money Bills › Definition: A Money Bill is a Bill the Speaker certifies as one under Article 110.",
		"Money Bills › Practice questions: Consider the following statements about the Speaker's certificate: 1. It is endorsed on the Bill when it goes to the Rajya Sabha and to the President. 2. The Speaker must consult the Chairman first. Which is/are correct? (a) 1 only (b) 2 only (c) Both (d) Neither\n(a). Article 110(4) provides for endorsement at both stages."}
	if !slices.Equal(got, want) {
		t.Errorf("passages %q; want %q", got, want)
	}
}

// TestTableUnderPageHeader: a table whose header row stands right under a
// page's running header, in type as small as it, keeps that row: each
// row's cells are named by it. It had been dropped as the header's.
func TestTableUnderPageHeader(t *testing.T) {
	blocks := []testpdf.Block{{Text: "Biodiversity Hotspots", Size: 18, Style: "B"}}
	for range 30 {
		blocks = append(blocks, testpdf.Block{Text: "Of the 36 hotspots, four reach into Indian territory; memorise the table on the next page in this form.", Space: 2})
	}
	blocks = append(blocks,
		testpdf.Block{Row: []string{"Hotspot", "Indian portion", "Key threats"}, Wrap: true, Size: 8, Page: true},
		testpdf.Block{Row: []string{"Himalaya", "Jammu and Kashmir to Arunachal Pradesh", "Hydropower cascades"}, Wrap: true, Size: 8},
		testpdf.Block{Row: []string{"Sundaland", "Nicobar Islands only", "Mega-infrastructure"}, Wrap: true, Size: 8},
		testpdf.Block{Text: "Two points trip up aspirants: the Andamans belong to Indo-Burma, the Nicobars to Sundaland.", Space: 4})
	d, err := corpus.Parse("hotspots.pdf", testpdf.Print(t, blocks, testpdf.Options{Header: "CIVILS COMPASS MONTHLY | September 2025"}))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool {
		return strings.HasPrefix(p.Text, "Hotspot: Himalaya; Indian portion: Jammu and Kashmir")
	}) {
		var got []string
		for _, p := range d.Passages {
			got = append(got, p.Text)
		}
		t.Errorf("the table's rows lack its header's names:\n%s", strings.Join(got, "\n"))
	}
}

// TestContentsWithoutLeaders: a table of contents as Google Docs sets it,
// each entry's page number far to its right with no leader of dots, goes:
// its entries name the document's headings.
func TestContentsWithoutLeaders(t *testing.T) {
	var d drawing
	d.text("F2", 20, 72, 780, "Atal Jal")
	y := 740.0
	for _, e := range [][2]string{{"1. Overview", "1"}, {"2. Design of the scheme", "1"}, {"3. Coverage", "2"}} {
		d.text("F1", 11, 72, y, e[0])
		d.text("F1", 11, 520, y, e[1])
		y -= 16
	}
	d.text("F2", 14, 72, 660, "1. Overview")
	d.text("F1", 11, 72, 640, "Atal Jal is a Central Sector Scheme for groundwater in seven states.")
	d.text("F2", 14, 72, 610, "2. Design of the scheme")
	d.text("F1", 11, 72, 590, "States are paid for results in five indicators.")
	d.text("F2", 14, 72, 560, "3. Coverage")
	d.text("F1", 11, 72, 540, "It covers 8,203 gram panchayats in 80 districts.")
	doc, got := parsedPassages(t, "ataljal.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), citedText)
	want := []string{
		"Atal Jal › Overview: Atal Jal is a Central Sector Scheme for groundwater in seven states.",
		"Atal Jal › Design of the scheme: States are paid for results in five indicators.",
		"Atal Jal › Coverage: It covers 8,203 gram panchayats in 80 districts.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), outline(doc, nil))
	}
}

// TestFootnoteMarksApart reads footnotes as LaTeX and reportlab set them:
// the mark that calls a note raised over the text in smaller type, its own
// baseline apart from the line's, and the note at the foot of the page
// with its mark raised before it. The text reads on without the mark, and
// the note is a passage of its own, after the section's text, named by its number.
// A table's caption over it heads its rows.
func TestFootnoteMarksApart(t *testing.T) {
	var d drawing
	d.text("F2", 18, 72, 780, "Jainism")
	d.text("F2", 13, 72, 740, "1 Sources")
	d.text("F1", 11, 72, 715, "The Tattvartha Sutra, in Sanskrit, is")
	d.text("F1", 8, 229.5, 720.5, "1")
	d.text("F1", 11, 72, 701, "the one text accepted by both sects.")
	d.text("F1", 11, 72, 670, "Table 1: Emblems of the tirthankaras")
	d.text("F2", 11, 72, 650, "Tirthankara")
	d.text("F2", 11, 250, 650, "Emblem")
	d.text("F1", 11, 72, 634, "Rishabhanatha")
	d.text("F1", 11, 250, 634, "Bull")
	d.text("F1", 11, 72, 618, "Mahavira")
	d.text("F1", 11, 250, 618, "Lion")
	d.text("F1", 7, 80, 104.5, "1")
	d.text("F1", 9, 84, 100, "Digambaras hold that the original Agamas were lost.")
	doc, got := parsedPassages(t, "jainism.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), citedText)
	want := []string{
		"Jainism › 1 Sources › 1: The Tattvartha Sutra, in Sanskrit, is the one text accepted by both sects.",
		"Jainism › 1 Sources › 2: Footnote 1: Digambaras hold that the original Agamas were lost.",
		"Jainism › 1 Sources › Table 1: Emblems of the tirthankaras › 1: Tirthankara: Rishabhanatha; Emblem: Bull",
		"Jainism › 1 Sources › Table 1: Emblems of the tirthankaras › 2: Tirthankara: Mahavira; Emblem: Lion",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), outline(doc, nil))
	}
}

// TestPageNumberAboveWideMargin: LaTeX on A4 sets the page's number well
// above the bottom tenth, under the page's footnotes: it is dropped, and
// the footnote goes after the list the page break cut.
func TestPageNumberAboveWideMargin(t *testing.T) {
	var one, two drawing
	one.text("F2", 14, 72, 780, "3 Atal Bhujal Yojana")
	one.text("F1", 11, 72, 755, "Money is released against five indicators (DLIs):")
	one.text("F1", 11, 72, 740, "1. public disclosure of groundwater data;")
	one.text("F1", 11, 72, 726, "2. community-led Water Security Plans;")
	one.text("F1", 8, 72, 140, "1The World Bank part is a Program-for-Results loan.")
	one.text("F1", 11, 294, 105, "1")
	two.text("F1", 11, 72, 780, "3. improvement in the rate of decline of water levels.")
	two.text("F2", 14, 72, 750, "4 Groundwater quality")
	two.text("F1", 11, 72, 730, "Arsenic and fluoride are the two that cause the most disease.")
	two.text("F1", 11, 294, 105, "2")
	doc, got := parsedPassages(t, "lecture.pdf", pagesOf(595, 842, &one, &two), citedText)
	for _, p := range got {
		if strings.HasSuffix(p, ": 1") || strings.HasSuffix(p, ": 2") {
			t.Errorf("a page's number read as a passage: %q\n%s", p, outline(doc, nil))
		}
	}
	inSection := func(text string) bool {
		return slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "3 Atal Bhujal Yojana") && strings.HasSuffix(p, text) })
	}
	if !inSection("Footnote 1: The World Bank part is a Program-for-Results loan.") || !inSection("improvement in the rate of decline of water levels.") {
		t.Errorf("the list and its footnote:\n%s", strings.Join(got, "\n"))
	}
}

// TestFootnotesBeforeATableOverThePage: a page's footnotes wait for the
// next heading, not for a table's header row in bold on the next page:
// the table's caption and its first row stay together, the footnote after
// the table.
func TestFootnotesBeforeATableOverThePage(t *testing.T) {
	var one, two drawing
	one.text("F2", 14, 72, 780, "2 The Bharatiya Nyaya Sanhita")
	one.text("F1", 11, 72, 755, "The BNS retains most offences of the IPC and adds new ones.1")
	one.text("F2", 11, 72, 200, "Table 1: Changes to key offences")
	one.text("F1", 8, 72, 120, "1 The Bharatiya Nyaya Sanhita, 2023, as passed by Parliament.")
	two.text("F2", 11, 72, 780, "Offence")
	two.text("F2", 11, 250, 780, "IPC, 1860")
	two.text("F2", 11, 420, 780, "BNS, 2023")
	for i, row := range [][3]string{{"Sedition", "Section 124A", "Section 152"}, {"Murder", "Section 302", "Section 103"}, {"Hit-and-run", "Section 304A", "Section 106"}} {
		y := 760 - 18*float64(i)
		two.text("F1", 11, 72, y, row[0])
		two.text("F1", 11, 250, y, row[1])
		two.text("F1", 11, 420, y, row[2])
	}
	two.text("F2", 14, 72, 650, "3 The Bharatiya Sakshya Adhiniyam")
	two.text("F1", 11, 72, 625, "The BSA treats electronic records as documents.")
	doc, got := parsedPassages(t, "brief.pdf", pagesOf(595, 842, &one, &two), citedText)
	note := slices.IndexFunc(got, func(p string) bool { return strings.Contains(p, "Footnote 1:") })
	first := slices.IndexFunc(got, func(p string) bool { return strings.Contains(p, "Sedition") })
	if note < 0 || first < 0 || note < first || !strings.Contains(got[first], "Table 1: Changes to key offences › 1:") {
		t.Errorf("the footnote and the table:\n%s", outline(doc, nil))
	}
}

// TestRunningHeadUnderWideMargin: LaTeX on A4 sets a chapter's running
// head well below the top tenth of its pages, a wide margin above it. It
// is dropped, and the word hyphenated over the page break is joined.
func TestRunningHeadUnderWideMargin(t *testing.T) {
	const head = "Chapter 3. Antimicrobial Resistance: Surveillance, Policy and State Action"
	var one, two, three drawing
	one.text("F2", 20, 72, 760, "Chapter 3")
	one.text("F2", 20, 72, 730, "Antimicrobial Resistance")
	one.text("F2", 12, 72, 690, "3.1 The burden of resistance")
	one.text("F1", 10, 72, 670, "The gene for the enzyme NDM-1 was first described in 2008 in a pa-")
	one.text("F1", 10, 294, 90, "41")
	two.text("F1", 9, 120, 744, head)
	two.text("F1", 10, 72, 706, "tient who had been treated in New Delhi, and has since spread to every continent.")
	two.text("F2", 12, 72, 680, "3.2 Surveillance networks")
	two.text("F1", 10, 72, 660, "India runs three main systems for human health.")
	two.text("F1", 10, 294, 90, "42")
	three.text("F1", 9, 170, 744, head)
	three.text("F1", 10, 72, 706, "Indian data also flow into the WHO Global Antimicrobial Resistance System.")
	three.text("F1", 10, 294, 90, "43")
	doc, got := parsedPassages(t, "amr.pdf", pagesOf(595, 842, &one, &two, &three), citedText)
	for _, p := range got {
		if strings.Contains(p, ": "+head) {
			t.Errorf("the running head read as a passage: %q\n%s", p, outline(doc, nil))
		}
	}
	if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "in a patient who had been treated") }) {
		t.Errorf("the word hyphenated over the page is not joined:\n%s", strings.Join(got, "\n"))
	}
}

// TestRunningFootsNumberedEitherSide: the two pages of a magazine's
// article, each with its running foot, the page's number first on the left
// page and last on the right one. The feet are dropped, not read as a
// footnote numbered by the page ("Footnote 38: …").
func TestRunningFootsNumberedEitherSide(t *testing.T) {
	const foot = "Lakshya IAS Academy - Monthly Current Affairs Magazine"
	var left, right drawing
	left.text("F2", 20, 42, 760, "Rivers as Highways")
	left.text("F2", 12, 42, 720, "The network on paper")
	left.text("F1", 10, 42, 700, "India has about 14,500 km of navigable rivers, canals and creeks.")
	left.text("F1", 10, 42, 686, "The National Waterways Act, 2016, raised the count to 111.")
	left.text("F2", 9, 48.5, 27, "38")
	left.text("F1", 7, 64.5, 27.8, foot)
	right.text("F2", 12, 42, 780, "Still a trickle")
	right.text("F1", 10, 42, 760, "Inland water transport carries only about 2% of the freight.")
	right.text("F1", 7, 350.2, 27.8, foot)
	right.text("F2", 9, 350.2+helveticaWidth("F1", 7, foot)+6, 27, "39")
	doc, got := parsedPassages(t, "waterways.pdf", pagesOf(595, 842, &left, &right), citedText)
	for _, p := range got {
		if strings.Contains(p, "Lakshya") {
			t.Errorf("a running foot read as a passage: %q\n%s", p, outline(doc, nil))
		}
	}
}

// TestPullQuoteInsideParagraph: a pull quote set in a magazine's column,
// large, in italics and between quotation marks, cuts a paragraph in the
// middle of its sentence, a word hyphenated round it. The paragraph is
// read whole, the quote after it.
func TestPullQuoteInsideParagraph(t *testing.T) {
	var d drawing
	d.text("F1", 20, 42, 780, "Rivers as Highways")
	left := []string{
		"India has about 14,500 km of navigable rivers,",
		"canals, backwaters and creeks. Until 2016 only",
		"five waterways enjoyed national status, and the",
		"National Waterways Act of that year added 106",
		"new ones to the list of national waterways.",
	}
	for k, s := range left {
		d.text("F1", 10, 42, 720-12.6*float64(k), s)
	}
	d.text("F1", 13, 305, 740, "The eastern corridor")
	right := []string{
		"Because the route runs through the rivers of",
		"Bangladesh, India pays 80% of the cost of the",
		"dredging of two stretches, with Dhaka meeting",
		"the remain-",
	}
	for k, s := range right {
		d.text("F1", 10, 305, 720-12.6*float64(k), s)
	}
	d.text("F2", 13.5, 315, 650, "\\223A litre of fuel moves a tonne of")
	d.text("F2", 13.5, 315, 633, "cargo 105 km on water, against 24")
	d.text("F2", 13.5, 315, 616, "km on the road.\\224")
	d.text("F1", 10, 305, 586, "ing 20%. The same corridor carried the cruise")
	d.text("F1", 10, 305, 573.4, "ship MV Ganga Vilas to Dibrugarh in 2023.")
	doc, got := parsedPassages(t, "waterways.pdf", d.page(595, 842, "Helvetica", "Helvetica-Oblique"), citedText)
	want := []string{
		"Rivers as Highways › The eastern corridor › 1: Because the route runs through the rivers of Bangladesh, India pays 80% of the cost of the dredging of two stretches, with Dhaka meeting the remaining 20%. The same corridor carried the cruise ship MV Ganga Vilas to Dibrugarh in 2023.",
		"Rivers as Highways › The eastern corridor › 2: “A litre of fuel moves a tonne of cargo 105 km on water, against 24 km on the road.”",
	}
	if len(got) < 2 || !slices.Equal(got[len(got)-2:], want) {
		t.Errorf("got\n%s\nwant the last two\n%s\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), outline(doc, nil))
	}
}

// pagesOf builds a PDF of the pages the drawings draw, each width by
// height points, with F1 in Helvetica and F2 in Helvetica-Bold.
func pagesOf(width, height float64, pages ...*drawing) []byte {
	n := len(pages)
	kids := make([]string, n)
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	res := fmt.Sprintf("/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >>", 3+2*n, 4+2*n)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 3+i)
		objects = append(objects, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R %s >>", width, height, 3+n+i, res))
	}
	objects[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	for _, d := range pages {
		objects = append(objects, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", d.Len(), d.String()))
	}
	font := func(name string) string {
		return "<< /Type /Font /Subtype /Type1 /BaseFont /" + name + " /Encoding /WinAnsiEncoding >>"
	}
	return build(append(objects, font("Helvetica"), font("Helvetica-Bold"))...)
}

// TestHandoutSlides: a deck printed three slides to a page. The first
// slide's lines under the deck's title are its subtitle; each slide is
// framed, its title a section of the notes (not a box's title), its
// small numbered footer dropped; the page header with the class's date
// on every page is dropped too, though it has numbers and stands larger
// than the slides' text.
func TestHandoutSlides(t *testing.T) {
	slides := [][]string{
		{"Electronics and PLI", "From phone assembly to chips"},
		{"Policy journey", "2012: capital subsidy for electronics clusters", "2019: National Policy on Electronics"},
		{"NPE 2019 key points", "Target: turnover of USD 400 bn by 2025", "Target missed by a wide margin"},
		{"Three schemes of 2020", "PLI for large scale manufacturing", "SPECS for components"},
		{"The mobile phone story", "Assembly of phones near Chennai", "Largest phone factory at Noida"},
		{"Way forward", "Build a base of component makers", "Train chip designers"},
	}
	var pages []*drawing
	for i, s := range slides {
		if i%3 == 0 {
			pages = append(pages, &drawing{})
			pages[len(pages)-1].text("F1", 10, 36, 806, "Target Mains 2026 | GS-3 Economy | Class 17 14-09-2025")
		}
		d := pages[len(pages)-1]
		top := 770 - float64(i%3)*250
		fmt.Fprintf(d, "1 1 1 rg 75 %g 220 160 re B 0 g\n", top-160)
		size := 9.0
		if i == 0 {
			size = 13
		}
		d.text("F2", size, 80, top-25, s[0])
		for k, line := range append(s[1:], "Discussed in class with examples from the news of 2025") {
			d.text("F1", 5.5, 82, top-45-float64(k)*9, line)
		}
		d.text("F1", 3, 80, top-150, fmt.Sprintf("GS-3 Economy | Electronics and PLI %d", i+1))
	}
	doc, err := corpus.Parse("deck.pdf", pagesOf(595, 842, pages...))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Electronics and PLI" || !strings.HasPrefix(doc.Subtitle, "From phone assembly to chips") {
		t.Errorf("title %q, subtitle %q", doc.Title, doc.Subtitle)
	}
	sections := map[string]bool{}
	for _, p := range doc.Passages {
		if strings.Contains(p.Text, "GS-3 Economy") || strings.Contains(p.Text, "Target Mains") {
			t.Errorf("furniture in %s: %q", p.Citation(), p.Text)
		}
		sections[p.Section[0]] = true
	}
	for _, s := range slides[1:] {
		if !sections[s[0]] {
			t.Errorf("no section %q: %s", s[0], outline(doc, nil))
		}
	}
}

// TestLineNumbers: a law report numbers every fifth line in the margin;
// the numbers are no part of the text, nor of the headings they stand
// beside.
func TestLineNumbers(t *testing.T) {
	var d drawing
	d.text("F2", 14, 64, 800, "Public Authority v. Information Seeker")
	for i := range 20 {
		y := 760 - float64(i)*13
		if i == 9 {
			d.text("F2", 11, 64, y, "B. One public authority")
		} else {
			d.text("F1", 10, 64, y, fmt.Sprintf("The Court is one public authority and the Chief Justice is its head, line %d of it.", i+1))
		}
		if n := strconv.Itoa(i + 1); (i+1)%5 == 0 {
			d.text("F1", 7, 48-float64(len(n))*3.9, y, n)
		}
	}
	doc, err := corpus.Parse("judgment.pdf", pagesOf(595, 842, &d))
	if err != nil {
		t.Fatal(err)
	}
	got := outline(doc, nil)
	for _, p := range doc.Passages {
		if p.Text != "" && unicode.IsDigit(rune(p.Text[0])) {
			t.Errorf("a line number starts %s: %q", p.Citation(), p.Text)
		}
	}
	if !slices.ContainsFunc(doc.Passages, func(p corpus.Passage) bool { return p.Section[0] == "B. One public authority" }) {
		t.Errorf("the heading beside a line number is none:\n%s", got)
	}
}

// TestTwoUpSheets: notes printed two pages to a landscape sheet, whose
// lines keep no step across it, carry the running header of both pages on
// one baseline; it is dropped from both.
func TestTwoUpSheets(t *testing.T) {
	var sheets []*drawing
	for s := range 2 {
		d := &drawing{}
		for half, x := range []float64{51, 472} {
			n := 2*s + half + 1
			fmt.Fprintf(d, "1 1 1 rg %g 30 400 535 re B 0 g\n", x-10)
			d.text("F1", 7, x, 549, "GS-3 Economy | Financial Inclusion | Class 11")
			d.text("F1", 6.5, x, 40, fmt.Sprintf("Typed from class notes   Page %d of 4", n))
			d.text("F2", 12, x, 515, fmt.Sprintf("Part %d of the notes", n))
			for k := range 30 {
				d.text("F1", 9, x, 495-float64(k)*14-float64(half)*5, fmt.Sprintf("Self-help groups save first and borrow from banks later, point %d.%d.", n, k))
			}
		}
		sheets = append(sheets, d)
	}
	doc, err := corpus.Parse("notes.pdf", pagesOf(842, 595, sheets...))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Passages {
		if strings.Contains(p.Text, "GS-3 Economy") || strings.Contains(p.Text, "Typed from") {
			t.Errorf("furniture in %s: %q", p.Citation(), p.Text)
		}
	}
	if len(doc.Passages) < 4 {
		t.Errorf("%s", outline(doc, nil))
	}
}

// TestMagazinePages: a magazine's article keeps its section's tab in the
// page's margin on every page, a box of dated entries in small type at
// the foot of a page ("15 Apr …", no notes: their numbers do not count
// up), and an advertisement filling the rest of its last page under its
// label. The tab and the advertisement go; the dates stay with their
// entries, where the box stands.
func TestMagazinePages(t *testing.T) {
	var one, two drawing
	one.text("F2", 18, 50, 780, "Reading the Monsoon Calendar")
	one.text("F2", 12, 50, 740, "Onset and withdrawal")
	for k := range 8 {
		one.text("F1", 10, 50, 720-float64(k)*13, fmt.Sprintf("The monsoon reaches Kerala around the first of June, a week either way, line %d.", k))
	}
	one.text("F2", 9, 50, 560, "MONSOON 2025 DIARY")
	for k, e := range []string{"15 Apr First-stage forecast: 105% of LPA, above normal", "24 May Onset over Kerala, eight days ahead of 1 June", "26 May Monsoon reaches Mumbai"} {
		one.text("F1", 8.5, 50, 544-float64(k)*15, e)
	}
	two.text("F2", 12, 50, 780, "How IMD forecasts the season")
	for k := range 8 {
		two.text("F1", 10, 50, 760-float64(k)*13, fmt.Sprintf("The long-range forecast comes in two stages, in April and at the end of May, line %d.", k))
	}
	two.text("F1", 10, 66, 500, "PATHWAY IAS ACADEMY ADVERTISEMENT")
	two.text("F2", 28, 66, 430, "PRELIMS TEST SERIES 2026")
	two.text("F1", 10, 66, 390, "40 full-length tests, English and Hindi, all-India ranking")
	for _, d := range []*drawing{&one, &two} {
		d.text("F2", 7.5, 10, 650, "GEOGRAPHY")
	}
	doc, err := corpus.Parse("magazine.pdf", pagesOf(595, 842, &one, &two))
	if err != nil {
		t.Fatal(err)
	}
	var diary bool
	for _, p := range doc.Passages {
		if strings.Contains(p.Text, "GEOGRAPHY") || strings.Contains(p.Text, "full-length tests") || strings.Contains(p.Citation(), "TEST SERIES") {
			t.Errorf("furniture or an advertisement in %s: %q", p.Citation(), p.Text)
		}
		diary = diary || strings.Contains(p.Text, "15 Apr First-stage forecast") && strings.Contains(p.Citation(), "Onset and withdrawal")
	}
	if !diary {
		t.Errorf("the diary's dates lost, or moved:\n%s", outline(doc, nil))
	}
}

// TestDottedSections: a scanned chapter's OCR layer sets its sections'
// names in the body's type, numbered in the chapter ("5.2 The Rakhigarhi
// Genome"); numbered on by one, three or more, they head the sections.
func TestDottedSections(t *testing.T) {
	var d drawing
	d.text("F1", 16, 72, 800, "Recent Excavations and New Evidence")
	d.text("F2", 13, 72, 778, "Rakhigarhi, Dholavira and Keeladi")
	y := 752.0
	for k, name := range []string{"5.1 Rakhigarhi in Haryana", "5.2 The Rakhigarhi Genome (2019)", "5.3 Dholavira and its Reservoirs"} {
		d.text("F1", 10.5, 72, y, name)
		for j := range 3 {
			d.text("F1", 10.5, 72, y-14-float64(j)*14, fmt.Sprintf("The excavations of the last decade changed what is known of the cities, line %d.%d.", k, j))
		}
		y -= 80
	}
	doc, err := corpus.Parse("chapter.pdf", pagesOf(595, 842, &d))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, p := range doc.Passages {
		heads = append(heads, p.Section[len(p.Section)-1])
	}
	for _, want := range []string{"The Rakhigarhi Genome (2019)", "Dholavira and its Reservoirs"} {
		if !slices.ContainsFunc(heads, func(h string) bool { return strings.HasSuffix(h, want) }) {
			t.Errorf("no section %q:\n%s", want, outline(doc, nil))
		}
	}
}

// TestSpreadsheetPrinted reads a workbook printed as Google Sheets prints
// one: each cell's gridlines stroked as a rectangle, the workbook's title
// (and the date) over each page, the sheet's name and the page's number
// in the footer, a sheet's rows grouped under bold lines across the table,
// its header printed again atop each page. The title is the workbook's,
// each sheet a section, each group one under it, and every row, whatever
// group it stands in, is labelled by its sheet's header.
func TestSpreadsheetPrinted(t *testing.T) {
	header := []string{"Article", "Subject", "Exam angle"}
	blocks := []testpdf.Block{
		{Row: header, Style: "B", Size: 8, Sheet: "Articles"},
		{Text: "Part V - The Union", Style: "B", Size: 8},
		{Row: []string{"Art 72", "Pardoning power of the President", "Compare with Art 161"}, Size: 8},
		{Row: []string{"Art 74", "Council of Ministers to aid and advise", "Binding since 1976"}, Size: 8},
		{Row: []string{"Art 76", "Attorney General of India", "Can speak in Parliament, cannot vote"}, Size: 8},
		{Row: []string{"Art 110", "Money Bills defined", "Speaker's certificate is final"}, Size: 8},
		{Row: []string{"Art 123", "Ordinance power of the President", "Lapses six weeks after Parliament meets"}, Size: 8},
		{Text: "Part VI - The States", Style: "B", Size: 8, Space: 2},
		{Row: []string{"Art 161", "Pardoning power of the Governor", "No pardon of a death sentence"}, Size: 8},
		{Row: header, Style: "B", Size: 8, Page: true},
		{Row: []string{"Art 163", "Governor's council of ministers", "Discretion is the Governor's own"}, Size: 8},
		{Row: []string{"Year", "Case", "Held"}, Style: "B", Size: 8, Page: true, Sheet: "Cases"},
		{Row: []string{"1994", "S. R. Bommai", "Floor test decides majority"}, Size: 8},
		{Row: []string{"2006", "Rameshwar Prasad", "Dissolution of Bihar assembly void"}, Size: 8},
	}
	d, err := corpus.Parse("polity.pdf", testpdf.Print(t, blocks, testpdf.Options{Header: "Polity revision workbook (GS2) 24/11/2025, 21:14"}))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	var all []string
	for _, p := range d.Passages {
		got[p.Text] = strings.Join(p.Section, " › ")
		all = append(all, p.Citation()+" | "+p.Text)
	}
	want := map[string]string{
		"Article: Art 72; Subject: Pardoning power of the President; Exam angle: Compare with Art 161":             "Articles › Part V - The Union",
		"Article: Art 161; Subject: Pardoning power of the Governor; Exam angle: No pardon of a death sentence":    "Articles › Part VI - The States",
		"Article: Art 163; Subject: Governor's council of ministers; Exam angle: Discretion is the Governor's own": "Articles › Part VI - The States",
		"Year: 2006; Case: Rameshwar Prasad; Held: Dissolution of Bihar assembly void":                             "Cases",
	}
	if d.Title != "Polity revision workbook (GS2)" {
		t.Errorf("title %q, want the workbook's", d.Title)
	}
	for text, path := range want {
		if p, ok := got[text]; !ok || !strings.HasPrefix(p, path+" › ") {
			t.Errorf("no passage %q under %q:\n%s", text, path, strings.Join(all, "\n"))
		}
	}
	for text := range got {
		if strings.Contains(text, "Article; Subject") || strings.HasPrefix(text, "Article: Article") {
			t.Errorf("the header is a row of its own: %q", text)
		}
	}
}

// TestGridlinesPartCells reads a table whose gridlines are stroked cell by
// cell, its numbers set right in their column, a few points from the text
// of the next one: the rule between them parts the cells, however narrow
// the gap.
func TestGridlinesPartCells(t *testing.T) {
	var d drawing
	d.text("F2", 16, 72, 780, "Revision grid")
	rows := [][3]string{{"No", "Item", "Notes"}, {"1", "Quorum", "One tenth of the total membership"}, {"2", "Speaker", "Elected by the House from among its members"}, {"3", "Adjournment", "Ends a sitting, not the session"}}
	for i, r := range rows {
		top := 740 - 20*float64(i)
		for _, c := range [][2]float64{{72, 40}, {112, 110}, {222, 300}} {
			fmt.Fprintf(&d, "%g %g %g %g re S\n", c[0], top-20, c[1], 20.0)
		}
		font := "F1"
		if i == 0 {
			font = "F2"
		}
		d.text(font, 10, 112-2-5.6*float64(len(r[0])), top-14, r[0]) // right-aligned, 2 points from the rule
		d.text(font, 10, 114, top-14, r[1])
		d.text(font, 10, 224, top-14, r[2])
	}
	d.text("F1", 10, 72, 640, "Read the grid before the test on Friday.")
	doc, err := corpus.Parse("grid.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range doc.Passages {
		all = append(all, p.Text)
	}
	for _, want := range []string{"No: 1; Item: Quorum; Notes: One tenth of the total membership", "No: 3; Item: Adjournment; Notes: Ends a sitting, not the session"} {
		if !slices.Contains(all, want) {
			t.Errorf("no passage %q:\n%s", want, strings.Join(all, "\n"))
		}
	}
}

// TestNewsPagePrinted reads a news site's article printed from a browser:
// its headline of two sentences ("… is broken. What it means for India")
// is the title, no standfirst, and the story goes on under the empty slot
// of an advertisement, past "Story continues below this ad".
func TestNewsPagePrinted(t *testing.T) {
	headline := "Reefs have crossed a tipping point, and the acid limit is broken. What it means for India"
	blocks := []testpdf.Block{
		{Text: headline, Size: 24, Style: "B"},
		{Text: "A new global report says warm-water coral reefs have passed the point of no return at about 1.2 degrees of warming.", Size: 11.5},
		{Text: "For years, scientists warned that coral reefs would be the first major ecosystem to tip over as the planet warmed. On Monday they said it has happened.", Space: 4},
		{Text: "ADVERTISEMENT", Size: 6.5, Space: 4},
		{Text: "Story continues below this ad", Size: 7.5, Space: 30},
		{Text: "How bad has the bleaching been?", Size: 14.5, Style: "B", Space: 4},
		{Text: "Bleaching-level heat has reached about 84 per cent of the world's reef area since 2023, across 82 countries.", Space: 2},
	}
	d, err := corpus.Parse("reefs.pdf", testpdf.Print(t, blocks, testpdf.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != headline {
		t.Errorf("title %q, want the headline", d.Title)
	}
	var all []string
	found := false
	for _, p := range d.Passages {
		all = append(all, p.Citation()+" | "+p.Text)
		found = found || strings.HasPrefix(p.Text, "Bleaching-level heat") && slices.Contains(p.Section, "How bad has the bleaching been?")
		if strings.Contains(p.Text, "Story continues") {
			t.Errorf("the advertisement's slot is read: %q", p.Text)
		}
	}
	if !found {
		t.Errorf("the story under the advertisement is lost:\n%s", strings.Join(all, "\n"))
	}
}

// TestRowNumbersBesideGridlines reads a sheet printed as Excel prints
// one with its headings: each row's number in a box stroked on its own,
// the cells' gridlines drawn as lines going on from the box's top and
// bottom, a cell's text wrapped over two lines beside cells of one line
// set in the middle of the row, the columns' letters over them. The box
// is a cell of the row, so each row, its lines joined, is a passage of the
// table; the letters and the rows' numbers are no part of it.
func TestRowNumbersBesideGridlines(t *testing.T) {
	var d drawing
	d.text("F2", 16, 40, 790, "Revision sheet")
	rows := [][3]string{{"", "A", "B"}, {"1", "Item", "Notes"}, {"2", "Quorum", "One tenth of the total|membership of the House"}, {"3", "Speaker", "Elected by the House from|among its own members"}}
	top := 760.0
	for i, r := range rows {
		h := 30.0
		fmt.Fprintf(&d, "%g %g 20 %g re S\n", 40.0, top-h, h)                               // the row's number, boxed
		fmt.Fprintf(&d, "60 %g m 400 %g l S\n60 %g m 400 %g l S\n", top, top, top-h, top-h) // its gridlines across
		fmt.Fprintf(&d, "160 %g m 160 %g l S\n400 %g m 400 %g l S\n", top, top-h, top, top-h)
		font := "F1"
		if i == 1 {
			font = "F2"
		}
		d.text("F1", 9, 46, top-18, r[0])
		d.text(font, 10, 64, top-18, r[1])
		if a, b, ok := strings.Cut(r[2], "|"); ok {
			d.text(font, 10, 164, top-12, a)
			d.text(font, 10, 164, top-24, b)
		} else {
			d.text(font, 10, 164, top-18, r[2])
		}
		top -= h
	}
	doc, err := corpus.Parse("sheet.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range doc.Passages {
		all = append(all, p.Text)
	}
	if !slices.Contains(all, "Item: Quorum; Notes: One tenth of the total membership of the House") {
		t.Errorf("no passage holds the row of Quorum whole, under its header's names:\n%s", strings.Join(all, "\n"))
	}
}

// TestBookRunningHeads: two pages of a book (a scan made searchable, say),
// each under its running head in small capitals beside the page number
// ("64 ANCIENT AND MEDIEVAL INDIA", "THE HARAPPAN CIVILISATION 65"): the
// first page's titles the pages, without its number, and the second's is
// no heading; a numbered heading in the body's type stays one.
func TestBookRunningHeads(t *testing.T) {
	var left, right drawing
	left.text("F1", 7.5, 63, 745, "64 ANCIENT AND MEDIEVAL lNDIA")
	left.text("F1", 10, 63, 700, "3.9 CHRONOLOGY AND PHASES")
	for k, y := range []float64{680, 667, 654} {
		left.text("F1", 9.5, 63, y, fmt.Sprintf("The radiocarbon dates divide the Harappan story into three phases, line %d of the page.", k))
	}
	right.text("F1", 7.5, 380, 745, "THE HARAPPAN CIVILISATION 65")
	right.text("F1", 10, 63, 700, "3.10 DECLINE OF THE CITIES")
	for k, y := range []float64{680, 667, 654} {
		right.text("F1", 9.5, 63, y, fmt.Sprintf("The cities emptied after about 1900 BCE for reasons still argued over, line %d.", k))
	}
	d, err := corpus.Parse("SKM_C308.pdf", twoPages(&left, &right, "Times-Roman", "Times-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var sections []string
	for _, p := range d.Passages {
		if s := p.Section[0]; !slices.Contains(sections, s) {
			sections = append(sections, s)
		}
	}
	if d.Title != "ANCIENT AND MEDIEVAL lNDIA" || !slices.Equal(sections, []string{"CHRONOLOGY AND PHASES", "DECLINE OF THE CITIES"}) {
		t.Errorf("title %q, sections %q; want the first page's running head without its number, and the pages' two headings", d.Title, sections)
	}
}

// TestInfoboxBesideLead checks an encyclopedia article printed to PDF: its
// lead beside an infobox of short lines on their own baselines, a hatnote
// across the page over them and the sections across it under them. The
// lead is read whole, then the box, then the sections, where the lead's
// lines and the box's had been read in turns as one table; the sections'
// numbers ("1 History", bare) are left out of their headings.
func TestInfoboxBesideLead(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 22, 48, 790, "Indian Computer Emergency Response Team")
	text("F1", 9, 64, 752, "\"CERT-In\" redirects here. For the agency that protects critical information infrastructure, see NCIIPC.")
	lead := []string{
		"The Indian Computer Emergency Response Team (CERT-In) is an",
		"office within the Ministry of Electronics and Information",
		"Technology of the Government of India. It is the national nodal",
		"agency for responding to computer security incidents as and",
		"when they occur. It was set up in 2004 and given statutory",
		"standing by the Information Technology (Amendment) Act, 2008,",
		"which inserted Section 70B into the Information Technology Act.",
		"CERT-In deals with incidents across Indian cyberspace as a",
		"whole, while the protection of critical information infrastructure",
		"is the task of a separate body under the NTRO, the NCIIPC.",
	}
	for k, l := range lead {
		text("F1", 10, 48, 720-float64(k)*14.6, l)
	}
	box := []string{"Agency overview", "Formed 2004", "Jurisdiction Government of India", "Headquarters New Delhi", "Parent department MeitY", "Website cert-in.org.in"}
	for k, l := range box {
		text("F1", 8, 380, 716-float64(k)*21.5, l)
	}
	text("F2", 16, 48, 540, "1 History")
	text("F1", 10, 48, 520, "CERT-In was created by the Department of Information Technology and began operations in January 2004, when it mostly")
	text("F1", 10, 48, 505.4, "tracked website defacements, viruses and worms, and published security guidelines for government offices.")
	text("F2", 16, 48, 470, "2 Mandate and functions")
	text("F1", 10, 48, 450, "Under Section 70B(4) of the Act, CERT-In serves as the national agency for the collection, analysis and dissemination")
	text("F1", 10, 48, 435.4, "of information on cyber incidents and for forecasts and alerts of cyber security incidents across the country.")
	text("F2", 16, 48, 400, "3 Initiatives")
	text("F1", 10, 48, 380, "Cyber Swachhta Kendra, the Botnet Cleaning and Malware Analysis Centre, opened in February 2017 for internet users.")
	d, got := parsedPassages(t, "cert-in.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"), citedText)
	if want := "Indian Computer Emergency Response Team"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	whole := strings.Join(lead, " ")
	if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, whole) }) {
		t.Errorf("the lead is not read whole:\n%s", strings.Join(got, "\n"))
	}
	for _, want := range []string{"Indian Computer Emergency Response Team › History: CERT-In was created", "Indian Computer Emergency Response Team › Mandate and functions: Under Section 70B(4)"} {
		if !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, want) }) {
			t.Errorf("no passage starts %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
	box0, history := slices.IndexFunc(got, func(p string) bool { return strings.Contains(p, "Formed 2004") }), slices.IndexFunc(got, func(p string) bool { return strings.Contains(p, "History") })
	if box0 < 0 || box0 > history {
		t.Errorf("the box is not read between the lead and the sections:\n%s", strings.Join(got, "\n"))
	}
}

// TestTableInBandKeepsRows checks that a table of two columns under a
// paragraph, its wide cells wrapping to lines of their own beside a narrow
// column of figures, is read row by row: a row's figure keeps its first
// line's baseline, where a box beside prose keeps its own.
func TestTableInBandKeepsRows(t *testing.T) {
	var content drawing
	text := content.text
	text("F2", 18, 48, 790, "Five Year Plans")
	text("F1", 10, 48, 760, "The plans in one table, with what each is remembered for in the examination and the growth it reached.")
	y := 730.0
	for _, row := range [][]string{
		{"Fourth Plan (1969-74): growth with stability and self-reliance;", "the Gadgil formula for central transfers was adopted then.", "3.3 per cent"},
		{"Fifth Plan (1974-78): removal of poverty and self-reliance, by", "D. P. Dhar; ended a year early by the Janata government.", "4.8 per cent"},
		{"Rolling Plan (1978-80): a concept of Gunnar Myrdal, adopted by", "the Janata government, with a plan revised every year.", "no figure set"},
		{"Sixth Plan (1980-85): the removal of poverty; the beginning of", "economic liberalisation and of the rural development plan.", "5.7 per cent"},
		{"Seventh Plan (1985-90): food, work and productivity; Jawahar", "Rozgar Yojana began in 1989 under it, in the last year.", "6.0 per cent"},
	} {
		text("F1", 10, 48, y, row[0])
		text("F1", 10, 48, y-13, row[1])
		text("F1", 10, 470, y, row[2])
		y -= 30
	}
	text("F2", 14, 48, y-10, "Why plans ended")
	text("F1", 10, 48, y-30, "The Planning Commission was replaced by the NITI Aayog on 1 January 2015, and the twelfth plan was the last of them.")
	_, got := parsedPassages(t, "plans.pdf", content.page(595, 842, "Helvetica", "Helvetica-Bold"), citedText)
	joined := strings.Join(got, "\n")
	// Each row's plan, then its figure, then the next row's plan.
	order := []string{"Fourth Plan", "3.3 per cent", "Fifth Plan", "4.8 per cent", "Rolling Plan", "no figure set", "Sixth Plan", "5.7 per cent", "Seventh Plan", "6.0 per cent"}
	at := -1
	for _, s := range order {
		i := strings.Index(joined, s)
		if i < at {
			t.Fatalf("%q is not read in its row's place:\n%s", s, joined)
		}
		at = i
	}
}

// TestWatermark: a word a page is stamped with across it at a slant (a
// coaching app's "unacademy" at 30°) is no heading of the notes; level
// text is read.
func TestWatermark(t *testing.T) {
	var d drawing
	d.text("F2", 20, 56, 780, "What is disinvestment?")
	d.text("F1", 12, 56, 750, "Disinvestment is the Government selling or diluting its equity in a public enterprise.")
	d.text("F2", 20, 56, 700, "Methods of disinvestment")
	d.text("F1", 12, 56, 670, "An offer for sale goes through the stock exchange window, the quickest route.")
	fmt.Fprintf(&d, "BT /F2 120 Tf 0.866 0.5 -0.5 0.866 150 200 Tm (unacademy) Tj ET\n")
	doc, err := corpus.Parse("class.pdf", d.page(842, 595, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	if o := outline(doc, nil); strings.Contains(o, "unacademy") || !strings.Contains(o, "Methods of disinvestment") {
		t.Errorf("the watermark read, or the text lost:\n%s", o)
	}
}

// TestColumnsUnderBars: a slide's two columns of bullets, each under a
// shaded bar that names it, their lines on the same baselines, are read one
// after the other, each with its bar; the page's number is no entry.
func TestColumnsUnderBars(t *testing.T) {
	var d drawing
	d.text("F2", 22, 36, 355, "Who qualifies as a startup?")
	column := func(x float64, bar string, lines [][]string) {
		fmt.Fprintf(&d, "0.85 0.9 1 rg %g 288 290 26 re f 0 g\n", x)
		d.text("F2", 12, x+6, 297, bar)
		y := 270.0
		for _, l := range lines {
			d.text("F1", 13, x+3, y, "\x95")
			for _, part := range l {
				d.text("F1", 13, x+18, y, part)
				y -= 17
			}
			y -= 5
		}
	}
	column(36, "DPIIT test, notification of 2019", [][]string{
		{"Private limited company, registered partnership", "firm or LLP"},
		{"Not older than 10 years from incorporation"},
		{"Turnover never above Rs 100 crore in any year"},
		{"Not a split-up or reconstruction of an old", "business"},
	})
	column(380, "What recognition unlocks", [][]string{
		{"Self-certification under labour and environment", "laws"},
		{"Cheaper, fast-tracked patents through SIPP"},
		{"Access to SISFS, FFS-backed AIFs and CGSS", "loans"},
		{"Angel tax exemption, until the tax itself went in", "2024"},
	})
	d.text("F1", 9, 679, 13, "4")
	doc, err := corpus.Parse("slides.pdf", d.page(720, 405, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range doc.Passages {
		all = append(all, strings.Join(p.Section, " › ")+": "+p.Text)
	}
	text := strings.Join(all, "\n")
	right := strings.Index(text, "What recognition unlocks")
	for _, left := range []string{"registered partnership firm or LLP", "Turnover never above", "reconstruction of an old business"} {
		if i := strings.Index(text, left); i < 0 || i > right {
			t.Errorf("%q is not read in the first column:\n%s", left, text)
		}
	}
	for _, r := range []string{"environment laws", "CGSS loans", "went in 2024"} {
		if strings.Index(text, r) < right {
			t.Errorf("%q is not read in the second column:\n%s", r, text)
		}
	}
	for _, p := range doc.Passages {
		if strings.Contains(p.Text, "Self-certification") && strings.Contains(p.Text, "Private limited") || strings.TrimSpace(p.Text) == "4" {
			t.Errorf("columns mixed, or the page's number read: %q", p.Text)
		}
	}
}

// TestChartLabels: a bar chart drawn as text beside a slide's bullets
// reads as its values by category ("2021: ~42"); its axis's numbers are
// no passages.
func TestChartLabels(t *testing.T) {
	var d drawing
	d.text("F2", 22, 36, 355, "Startup funding by calendar year (US$ billion)")
	for k, tick := range []string{"0", "10", "20", "30", "40"} {
		d.text("F1", 10, 75-5.56*float64(len(tick)), 71.6+54.4*float64(k), tick)
	}
	for k, bar := range [][2]string{{"2021", "~42"}, {"2022", "~25"}, {"2023", "~7"}, {"2024", "~12"}} {
		x := 108.7 + 77*float64(k)
		d.text("F1", 11, x, 58.5, bar[0])
		d.text("F1", 11, x+3, 80+50*float64(4-k)-float64(k%2)*30, bar[1])
	}
	for k, l := range []string{"Peak in 2021 on cheap global money", "2023 was roughly 72% below 2022", "2024 saw a partial recovery"} {
		d.text("F1", 12, 423, 277.5-20.4*float64(k), "\x95")
		d.text("F1", 12, 438, 277.5-20.4*float64(k), l)
	}
	doc, err := corpus.Parse("slides.pdf", d.page(720, 405, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	o := outline(doc, nil)
	text := ""
	for _, p := range doc.Passages {
		text += p.Text + "\n"
		if f := strings.Fields(p.Text); len(f) == 1 && chartNumberRE.MatchString(f[0]) {
			t.Errorf("a chart's number read alone: %q", p.Text)
		}
	}
	for _, want := range []string{"2021: ~42", "2022: ~25", "2023: ~7", "2024: ~12", "2023 was roughly 72% below 2022"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not read:\n%s", want, o)
		}
	}
}

// TestPrintedAdvertSlots: on a web page a browser printed, an
// "ADVERTISEMENT" label marks an empty slot: the article goes on under it.
func TestPrintedAdvertSlots(t *testing.T) {
	var d drawing
	d.text("F1", 8, 20, 824, "17/06/2025, 08:41 Agnipath at three: what the court said")
	d.text("F2", 21, 180, 770, "THE DAILY HERALD")
	d.text("F1", 5, 275, 725, "ADVERTISEMENT")
	d.text("F2", 16, 28, 640, "Agnipath at three: what the court said")
	d.text("F1", 9, 28, 610, "Three years ago the Centre unveiled the Agnipath scheme for soldiers, sailors and airmen.")
	d.text("F2", 12, 28, 580, "What did the High Court rule?")
	d.text("F1", 9, 28, 560, "On February 27, 2023, a division bench dismissed all the petitions against the scheme.")
	d.text("F1", 5, 275, 520, "ADVERTISEMENT")
	d.text("F1", 9, 28, 480, "The petitioners then moved the Supreme Court, which refused to interfere in April 2023.")
	d.text("F1", 8, 20, 15, "https://www.dailyherald.example/explained/agnipath-at-three 1/1")
	doc, err := corpus.Parse("printed.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	o := outline(doc, nil)
	if doc.Title != "Agnipath at three: what the court said" || strings.Contains(o, "ADVERTISEMENT") {
		t.Errorf("title %q, or the label read:\n%s", doc.Title, o)
	}
	for _, want := range []string{"division bench dismissed", "moved the Supreme Court"} {
		if !strings.Contains(o, want) {
			t.Errorf("%q lost:\n%s", want, o)
		}
	}
}

// TestForewordSigned: a foreword's signatory, "(Sudhir K. Rawat)" in bold,
// heads no section, and its page's number in Roman numerals ("i") is no
// text.
func TestForewordSigned(t *testing.T) {
	var first, second drawing
	first.text("F2", 16, 72, 760, "Foreword")
	first.text("F1", 11, 72, 730, "These Guidelines help States and Districts prepare action plans for thunderstorm and lightning.")
	first.text("F1", 11, 72, 714, "Every lightning death is a preventable death, and early warning saves lives.")
	first.centred("F2", 11, 660, "(Sudhir K. Rawat)")
	first.centred("F1", 11, 644, "Member Secretary, National Disaster Management Authority")
	first.centred("F1", 10, 40, "i")
	second.text("F2", 16, 72, 760, "1. Background and Status")
	second.text("F1", 11, 72, 730, "A thunderstorm is a local storm produced by a cumulonimbus cloud, always with lightning.")
	second.text("F1", 11, 72, 714, "Lightning kills more people in India than any other natural hazard.")
	second.centred("F1", 10, 40, "1")
	doc, err := corpus.Parse("guidelines.pdf", twoPages(&first, &second, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	o := outline(doc, nil)
	for _, p := range doc.Passages {
		if slices.Contains(p.Section, "(Sudhir K. Rawat)") || strings.TrimSpace(p.Text) == "i" {
			t.Errorf("the signatory heads a section, or the page's number read:\n%s", o)
			break
		}
	}
	if !strings.Contains(o, "Foreword") || !strings.Contains(o, "Background and Status") {
		t.Errorf("a heading lost:\n%s", o)
	}
}

// TestNotesOverAFooter: a page's notes, each number set apart ("1 D-Series
// …"), are named by their numbers though a footer in smaller type under
// them starts further left.
func TestNotesOverAFooter(t *testing.T) {
	var d drawing
	d.text("F2", 16, 72, 780, "Inter-State Migrant Workers")
	for k, l := range []string{
		"Census 2011 recorded about 5.4 crore inter-state migrants by their last",
		"residence, most of them from Uttar Pradesh and Bihar, going to Maharashtra",
		"and Delhi for work in construction, factories and services of every kind.",
		"The 1979 Act protected only workers recruited through a contractor: the",
		"registration of establishments, licences for contractors, a passbook and a",
		"displacement allowance of half a month's wages, none of it much enforced.",
		"The OSH Code of 2020 widens the definition to workers who come on their own",
		"and adds a journey allowance once a year and a database of such workers.",
	} {
		d.text("F1", 11, 72, 750-14*float64(k), l)
	}
	d.text("F1", 8, 72, 120, "1 D-Series: Migration Tables, Census of India 2011, Office of the Registrar General.")
	d.text("F1", 8, 72, 110, "2 Sections 4 to 16, The Inter-State Migrant Workmen Act, 1979.")
	d.text("F1", 7, 40, 90, "PRS Legislative Research, Institute for Policy Research Studies, New Delhi, www.prsindia.org")
	_, got := parsedPassages(t, "brief.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"), citedText)
	for _, want := range []string{"Footnote 1: D-Series: Migration Tables", "Footnote 2: Sections 4 to 16"} {
		if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, want) }) {
			t.Errorf("no passage has %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestBoxesInColumns: a magazine page of two columns, a shaded box in
// each at heights that overlap, is read column by column, each box where
// it stands: the sections under the boxes keep their own lines ("Way
// forward" beside "Why does India need them?"), and an entry of the right
// column beside the left box's top is not cut in two.
func TestBoxesInColumns(t *testing.T) {
	var d drawing
	lines := func(x, y float64, font string, ls ...string) {
		for k, l := range ls {
			d.text(font, 10, x, y-float64(k)*15, l)
		}
	}
	box := func(x, top, bottom float64) {
		fmt.Fprintf(&d, "0.9 0.9 0.9 rg %g %g 240 %g re f 0 g\n", x-4, bottom, top-bottom)
	}
	d.text("F2", 12, 50, 780, "What are SMRs?")
	lines(50, 760, "F1", "The IAEA describes SMRs as advanced reactors with", "a power capacity of up to 300 MW(e) per unit, about", "one third of a conventional reactor in its output.",
		"Small: physically a fraction of a conventional reactor.", "Modular: factory-assembled and shipped to the site.")
	box(50, 690, 630)
	d.text("F2", 10, 50, 675, "VALUE ADDITION: KEY TERMS")
	lines(50, 660, "F1", "Criticality: a chain reaction that sustains itself.", "Moderator: heavy water or graphite slows neutrons.")
	d.text("F2", 12, 50, 605, "Why does India need them?")
	lines(50, 585, "F1", "Coal still makes three-fourths of our electricity, and", "net zero by 2070 needs firm clean power all day.",
		"Small units fit captive sites where a 700 MWe reactor", "would be too big for the local grid in that region.")

	d.text("F2", 12, 310, 780, "Challenges")
	lines(310, 760, "F1", "Few SMRs run commercially anywhere; the first units", "may cost more per megawatt than the large reactors.",
		"Light-water SMRs need enriched uranium, which India", "largely imports from a small number of suppliers.",
		"Public acceptance, spent fuel management and the", "physical security of many small, dispersed sites.")
	box(310, 660, 600)
	d.text("F2", 10, 310, 645, "VALUE ADDITION: SMRs AROUND THE WORLD")
	lines(310, 630, "F1", "Russia: a floating plant has powered Pevek since 2020.", "China: the HTR-PM went commercial in December 2023.")
	d.text("F2", 12, 310, 575, "Way forward")
	lines(310, 555, "F1", "A graded licensing regime and statutory independence", "for the regulator, whose Bill of 2011 had lapsed.",
		"Clear limits on supplier liability so that vendors", "can price the risk and sign contracts with NPCIL.")
	doc, err := corpus.Parse("magazine.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range doc.Passages {
		got[p.Section[0]] += p.Text + "\n"
	}
	if need := got["Why does India need them?"]; !strings.Contains(need, "too big for the local grid") || strings.Contains(need, "regulator") {
		t.Errorf("Why does India need them?: %q", need)
	}
	if way := got["Way forward"]; !strings.Contains(way, "statutory independence for the regulator") || !strings.Contains(way, "price the risk") {
		t.Errorf("Way forward: %q", way)
	}
	if !strings.Contains(got["Challenges"], "spent fuel management and the physical security") {
		t.Errorf("Challenges: %q", got["Challenges"])
	}
}

// TestChartLabelsKerned: a bar chart whose labels a word processor set in
// kerned pieces ("1" and "2" of "12", "9" "." "1" of "9.1", "Gulf o" and
// "f Mannar") reads as its values by category all the same.
func TestChartLabelsKerned(t *testing.T) {
	var d drawing
	d.text("F2", 14, 72, 420, "Figure 2.1: Peak heat stress in four reef regions")
	for k, tick := range [][]string{{"0"}, {"2"}, {"4"}, {"6"}, {"8"}, {"1", "0"}, {"1", "2"}, {"1", "4"}} {
		width := 5.56 * float64(len(strings.Join(tick, "")))
		d.pieces("F1", 10, 132-width, 240+20*float64(k), tick...)
	}
	for k, bar := range [][2][]string{{{"Laksh", "adwe", "ep"}, {"1", "1.6"}}, {{"Gulf o", "f Mannar"}, {"9", ".", "1"}}, {{"Andaman"}, {"8.3"}}, {{"Gulf of Ku", "tch"}, {"3", ".2"}}} {
		x := 150 + 80*float64(k)
		d.pieces("F1", 10, x, 226, bar[0]...)
		d.pieces("F1", 10, x+15, 370-30*float64(k), bar[1]...)
	}
	_, passages := parsedPassages(t, "report.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"), passageText)
	text := strings.Join(passages, "\n")
	for _, want := range []string{"Lakshadweep: 11.6", "Gulf of Mannar: 9.1", "Andaman: 8.3", "Gulf of Kutch: 3.2"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not read:\n%s", want, text)
		}
	}
	if strings.Contains(text, "14") {
		t.Errorf("the axis's numbers read:\n%s", text)
	}
}

// TestKernedSectionNumber: a heading's number set in kerned pieces ("2."
// then "5 Legal …" of "2.5 Legal …") is one number, not a list's marker
// before another: the heading is not "2. 5 Legal …", its subheading
// "2.5.1 …" not "5.1 …".
func TestKernedSectionNumber(t *testing.T) {
	var d drawing
	d.text("F2", 16, 72, 790, "Coral reefs and the law")
	d.pieces("F2", 13, 72, 750, "2.", "5 Legal and Institutional Framework")
	d.pieces("F2", 11, 72, 725, "2.", "5.1 Wild Life (Protection) Act, 1972")
	d.text("F1", 10, 72, 705, "All reef-building corals have been listed in Schedule I of the Act since 2001.")
	d.pieces("F2", 11, 72, 680, "2.", "5.2 Coastal Regulation Zone Notification, 2019")
	d.text("F1", 10, 72, 660, "The notification classifies coral reefs as Ecologically Sensitive Areas.")
	_, got := parsedPassages(t, "report.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"), func(p corpus.Passage) string { return strings.Join(p.Section, " › ") })
	want := []string{"Legal and Institutional Framework › Wild Life (Protection) Act, 1972", "Legal and Institutional Framework › Coastal Regulation Zone Notification, 2019"}
	if !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
}

// TestColumnFootnotes: a journal's two columns, each with its notes at its
// foot in smaller type, their numbers raised against their first words
// ("1The Constitution…", "5(1985) 2 SCC 556"): each note is named by its
// number, and a paragraph going on from the left column to the right is
// read whole, not cut by the left column's notes.
func TestColumnFootnotes(t *testing.T) {
	var d drawing
	d.text("F2", 16, 72, 790, "Between Directive and Code")
	left := []string{
		"2. The Directive and Its Drafting",
		"In 1947 the Fundamental Rights Sub-Committee rejected,",
		"by a narrow vote, a proposal to make a uniform civil code",
		"a justiciable right. The provision went instead into the",
		"directive principles as Article 35 of the draft, where",
		"the Constituent Assembly debated it in November 1948.",
		"Muslim members moved amendments to exempt personal",
		"law; Dr Ambedkar replied that the State would only",
		"endeavour to secure such a code, and the article was",
	}
	for k, l := range left {
		font := "F1"
		if k == 0 {
			font = "F2"
		}
		d.text(font, 10, 72, 740-float64(k)*13, l)
	}
	note := func(x, y float64, mark, text string) {
		d.text("F1", 6, x, y+2.8, mark)
		d.text("F1", 8, x+3.6, y, text)
	}
	note(72, 600, "1", "The Constitution of India, arts 37 and 44.")
	note(72, 590, "2", "Constituent Assembly Debates, vol 7, 23 November 1948.")
	right := []string{
		"adopted unchanged as Article 44 of the Constitution.",
		"3. Personal Laws Before the Courts",
		"Parliament codified much of Hindu law in 1955 and 1956",
		"through four statutes, while Muslim, Christian and Parsi",
		"law stayed largely uncodified. The Supreme Court first",
		"lamented the neglect of the directive in Mohd. Ahmed",
		"Khan v Shah Bano Begum, and again in Sarla Mudgal,",
		"where it asked the Government to take a fresh look.",
		"John Vallamattom struck down a section of the 1925 Act.",
	}
	for k, l := range right {
		font := "F1"
		if k == 1 {
			font = "F2"
		}
		d.text(font, 10, 320, 733.5-float64(k)*13, l) // off the left column's baselines, as a heading's space moves them
	}
	note(320, 600, "3", "AIR 1952 Bom 84.")
	note(320, 590, "4", "(1985) 2 SCC 556; see also Danial Latifi (2001) 7 SCC 740.")
	_, passages := parsedPassages(t, "journal.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), passageText)
	text := strings.Join(passages, "\n")
	for _, want := range []string{"the article was adopted unchanged as Article 44", "Footnote 1: The Constitution of India, arts 37 and 44.", "Footnote 2: Constituent Assembly Debates", "Footnote 4: (1985) 2 SCC 556"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not read:\n%s", want, text)
		}
	}
}

// TestFootnotesNumberedInHundreds: a report numbers its notes on from
// chapter to chapter ("236 Reference received …"): a note of three digits
// is named by its number, as one of two is, and does not cut the
// paragraph it stands under from the rest of it on the next page.
func TestFootnotesNumberedInHundreds(t *testing.T) {
	var d drawing
	d.text("F2", 14, 72, 780, "CHAPTER 8: CONCLUSION AND RECOMMENDATIONS")
	body := []string{
		"8.1 The present study was undertaken on a reference made by the Ministry of",
		"Home Affairs in 2016, requesting the Commission to study the usage of Section",
		"124A of the IPC and to suggest amendments, if any. The 21st Law Commission had",
		"put out a Consultation Paper on sedition in 2018, inviting the views of all the",
		"stakeholders, but its term came to an end before a report could be submitted.",
		"8.2 During the pendency of the reference, the constitutional validity of the",
		"section was assailed before the Supreme Court, which kept all pending trials in",
	}
	for k, l := range body {
		d.text("F1", 11, 72, 750-float64(k)*15, l)
	}
	d.text("F1", 9, 72, 120, "236 Reference received from the Ministry of Home Affairs on 29.03.2016.")
	d.text("F1", 9, 72, 108, "237 S.G. Vombatkere v. Union of India, (2022) 7 SCC 433.")
	_, passages := parsedPassages(t, "report.pdf", d.page(595, 842, "Times-Roman", "Times-Bold"), passageText)
	text := strings.Join(passages, "\n")
	for _, want := range []string{"Footnote 236: Reference received from the Ministry", "Footnote 237: S.G. Vombatkere"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not read:\n%s", want, text)
		}
	}
}
