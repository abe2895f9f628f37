package corpus

import (
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
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestParseGolden parses each testdata/*.txtar's input (input.txt,
// input.md…; seed.txtar takes the embedded seed) and compares a rendering
// of the result with its "want" file.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			name, input := goldenInput(t, ar)
			got := renderDoc(Parse(name, input))
			i := len(ar.Files) - 1
			if ar.Files[i].Name != "want" {
				t.Fatalf("%s: the last file must be \"want\"", file)
			}
			if *update {
				ar.Files[i].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := string(ar.Files[i].Data); got != want {
				t.Errorf("Parse(%s) differs from the golden file (rerun with -update and review the diff):\n--- got\n%s\n--- want\n%s", name, got, want)
			}
		})
	}
}

// goldenInput returns the input of a golden file: its "input.*" file, or
// the embedded seed when it has none.
func goldenInput(tb testing.TB, ar *txtar.Archive) (string, []byte) {
	tb.Helper()
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "input.") {
			return f.Name, f.Data
		}
	}
	name := "seed/critical-and-emerging-technologies-partnership.txt"
	data, err := seed.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return name, data
}

// renderDoc prints a parse result the way the golden files hold it.
func renderDoc(d *Document, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error:\n%s\n", err)
		return b.String()
	}
	fmt.Fprintf(&b, "title: %s\nid: %s\ncategory: %s\nreading time: %s\n", d.Title, d.ID, d.Category, d.ReadingTime)
	if d.Subtitle != "" {
		fmt.Fprintf(&b, "subtitle: %s\n", d.Subtitle)
	}
	if len(d.Tags) > 0 {
		fmt.Fprintf(&b, "tags: %s\n", strings.Join(d.Tags, ", "))
	}
	keys := make([]string, 0, len(d.Meta))
	for k := range d.Meta {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "meta %s: %s\n", k, d.Meta[k])
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	fmt.Fprintf(&b, "outline (%s):\n", d.Format)
	for _, h := range d.Outline {
		fmt.Fprintf(&b, "  %s%s (%s, line %d): %d\n", strings.Repeat("  ", len(h.Path)-1), h.Path[len(h.Path)-1], h.Kind, h.Line, h.Passages)
	}
	for _, p := range d.Passages {
		fmt.Fprintf(&b, "\n[%s]\ncitation: %s\nkind: %s, line %d", p.ID, p.Citation(), p.Kind, p.Line)
		if p.Ordinal > 0 {
			fmt.Fprintf(&b, ", ordinal %d", p.Ordinal)
		}
		if p.Year > 0 {
			fmt.Fprintf(&b, ", year %d", p.Year)
		}
		if p.Piece > 0 {
			fmt.Fprintf(&b, ", piece %d", p.Piece)
		}
		b.WriteString("\n")
		if p.Question != "" {
			fmt.Fprintf(&b, "question: %s\n", p.Question)
		}
		fmt.Fprintf(&b, "%s\n", p.Text)
	}
	return b.String()
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, input, want string
	}{
		{"empty", "empty.txt", "", "empty.txt:1: empty document: no title"},
		{"blank lines", "blank.txt", "\n\n  \n", "blank.txt:1: empty document: no title"},
		{"title only", "title.txt", "A Title\n", "title.txt:1: empty document: no passages after the title"},
		{"binary", "binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00", "binary.txt: binary data, not text: is this a document?"},
		{"control characters", "ctl.txt", strings.Repeat("\x01\x02\x03a", 50), "ctl.txt: binary data, not text: is this a document?"},
		{"markdown empty", "empty.md", "# Only a title\n", "empty.md:1: empty document: no passages after the title"},
		{"markdown nothing", "nothing.md", "\n\n", "nothing.md:1: empty document: no passages after the title"},
		{"no letters in title", "dashes.txt", "***!!!\n\nSome text.\n", `dashes.txt:1: title "***!!!" has no letters or digits to make an ID from`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.input))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse(%q) error = %v, want %s", tt.input, err, tt.want)
			}
			var es Errors
			if err != nil && !errors.As(err, &es) {
				t.Errorf("Parse(%q) error is %T, want Errors", tt.input, err)
			}
		})
	}
}

// TestParseWarnings checks the problems a document loads despite.
func TestParseWarnings(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string
	}{
		{"duplicate key point", "dup.txt", "T\n\nKey Points\n\n• 1.\n\nOne.\n\n• 1.\n\nAgain.\n",
			[]string{`dup.txt:9: duplicate passage ID "t/key-points/1" (first at line 5): this one is cited as Key Points › 1 (2)`}},
		{"item without text", "empty-item.txt", "T\n\nKey Points\n\n• 1.\n\nOne.\n\n• 2.\n\nHistorical Background\n\nText.\n",
			[]string{"empty-item.txt:9: Key Points › 2 has no text"}},
		{"exam tip with no question", "tip.md", "# T\n\n## FAQ\n\n**Exam Tip:** remember this\n\n### Why?\n\nBecause.\n",
			[]string{"tip.md:5: exam tip with no question before it: cited as FAQ › Exam Tip"}},
		{"exam tip with no question in text", "tip.txt", "T\n\nFrequently Asked Questions\n\nExam Tip\n\nRemember this.\n",
			[]string{"tip.txt:5: exam tip with no question before it: cited as Frequently Asked Questions › Exam Tip"}},
		{"untitled markdown", "notes.md", "Water cycle\n\n## Evaporation\n\nThe sun heats the sea.\n",
			[]string{`notes.md:1: no "# Title" line: the first line, "Water cycle", is taken as the title`}},
		{"markdown that opens with a section", "water-cycle.md", "## Evaporation\n\nThe sun heats the sea.\n",
			[]string{`water-cycle.md:1: no "# Title" line: the title is taken from the file name, "water cycle"`}},
		{"a name of words apart keeps its hyphens", "Polity - Chandrayaan-3 notes.md", "## Landing\n\nThe lander touched down near the south pole.\n",
			[]string{`Polity - Chandrayaan-3 notes.md:1: no "# Title" line: the title is taken from the file name, "Polity - Chandrayaan-3 notes"`}},
		{"text that opens with a sentence", "rain.txt", "Rain falls when the droplets in a cloud grow too heavy for the rising air to hold them up any longer.\n",
			[]string{`rain.txt:1: no title line (the first line is a sentence): the title is taken from the file name, "rain"`}},
		{"windows-1252", "latin.txt", "El Ni\xf1o\n\nWarm water off Peru.\n",
			[]string{"latin.txt:1: not UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)"}},
		{"front matter not closed", "open.md", "---\ntitle: X\n\n# X\n\nText.\n",
			[]string{`open.md:1: front matter is not closed by a "---" line: read as text`,
				`open.md:2: no "# Title" line: the first line, "title: X", is taken as the title`}},
		{"clean", "clean.md", "# T\n\n## FAQ\n\n### Why?\n\nBecause.\n\n**Exam Tip:** remember\n", nil},
		{"table of contents marker over the title", "toc.md", "---\ntypora-root-url: ./\n---\n\n[toc]\n\n# T\n\nText.\n\n[[_TOC_]]\n", nil},
		{"markdown titled in bold", "bold.md", "**Water Cycle**\n\n__Evaporation__\n\nThe sun heats the sea.\n", nil},
		{"markdown titled in a long bold line", "gdocs.md", "**GS-I Geography | The water cycle, its stages and the 2025 monsoon report**\n\nThe sun heats the sea.\n", nil},
		// A Logseq page is titled by its file's name, its namespace's "/"
		// written "___" there: nothing is missing.
		{"outliner's page", "GS3___Water Cycle.md", "tags:: [[GS3]]\nstatus:: revising\n\n- ## Evaporation\n\t- The sun heats the sea.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.input))
			if err != nil {
				t.Fatalf("Parse(%q) = %v", tt.input, err)
			}
			if tt.name == "outliner's page" && d.Title != "GS3/Water Cycle" {
				t.Errorf("the page is titled %q, want GS3/Water Cycle", d.Title)
			}
			var got []string
			for _, w := range d.Warnings {
				got = append(got, w.Error())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q) warnings =\n%s\nwant\n%s", tt.input, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestParseDecodes reads text saved in other encodings as Notepad saves it.
func TestParseDecodes(t *testing.T) {
	utf16le := []byte{0xff, 0xfe}
	for _, r := range "El Niño\n\nWarm water.\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := []struct {
		name  string
		input []byte
	}{
		{"utf-8 with BOM", []byte("\ufeffEl Niño\n\nWarm water.\n")},
		{"utf-16 little-endian", utf16le},
		{"windows-1252", []byte("El Ni\xf1o\n\nWarm water.\n")},
		{"CRLF", []byte("El Niño\r\n\r\nWarm water.\r\n")},
		{"a title decorated with emoji", []byte("🌊 El Niño ✨\n\nWarm water.\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.txt", tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != "El Niño" || len(d.Passages) != 1 || d.Passages[0].Text != "Warm water." {
				t.Errorf("Parse = %q, %+v; want El Niño and one passage", d.Title, d.Passages)
			}
		})
	}
}

// TestRuleUnderTitle: a rule between the title and the first heading
// sets the heading off; it is no subtitle.
func TestRuleUnderTitle(t *testing.T) {
	rule := strings.Repeat("-", 72)
	d, err := Parse("c.txt", []byte("CYCLONES\n\n"+rule+"\n1. WHO DOES WHAT\n"+rule+"\n  IMD  the official forecaster\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Subtitle != "" || len(d.Passages) != 1 || !slices.Equal(d.Passages[0].Section, []string{"WHO DOES WHAT"}) {
		t.Errorf("Parse: subtitle %q, passages %+v; want none, and one under WHO DOES WHAT", d.Subtitle, d.Passages)
	}
}

// TestTopicLine: class notes headed by the class's label and a "Topic:"
// line are about the topic: it is the title, the label and the header's
// other lines, up to a rule of "===", the subtitle.
func TestTopicLine(t *testing.T) {
	tests := []struct {
		input, title, subtitle, first string
	}{
		{"MODERN INDIA - CLASS 2  (Thu 12 June 2025)\nTOPIC: DECLINE OF THE MUGHAL EMPIRE (1707 - 1857)\nrefs: Spectrum ch.1, Bipan Chandra ch.1\n=====================\n\nThe empire took 150 years to die.\n\nCAUSES\n------\n1. Weak successors.\n",
			"DECLINE OF THE MUGHAL EMPIRE (1707 - 1857)", "MODERN INDIA - CLASS 2 (Thu 12 June 2025) | refs: Spectrum ch.1, Bipan Chandra ch.1", "The empire took 150 years to die."},
		{"MEDIEVAL HISTORY – LEC 23\nDate: 14/11\n\nTOPIC: MANSABDARI SYSTEM\n========================\n\nMansab = rank.\n",
			"MANSABDARI SYSTEM", "MEDIEVAL HISTORY – LEC 23 | Date: 14/11", "Mansab = rank."},
		{"ENVIRONMENT - CLASS NOTES\nSubject: Compensatory Afforestation\n\nCA means planting trees for forest land diverted.\n",
			"Compensatory Afforestation", "ENVIRONMENT - CLASS NOTES", "CA means planting trees for forest land diverted."},
		{"ENVIRONMENT - CLASS NOTES\nSubject: Compensatory Afforestation\nCA means planting trees.\nThe land is diverted.\nA fund pays.\nStates plant.\nThe Centre checks.\n",
			"Compensatory Afforestation", "ENVIRONMENT - CLASS NOTES", "CA means planting trees. The land is diverted. A fund pays. States plant. The Centre checks."},
		{"POLITY - CLASS 4\nTopic: Governor\nAPPOINTMENT\n-----------\nBy the President.\n",
			"Governor", "POLITY - CLASS 4", "By the President."},
	}
	for _, tt := range tests {
		d, err := Parse("c.txt", []byte(tt.input))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.title || d.Subtitle != tt.subtitle || len(d.Passages) == 0 || d.Passages[0].Text != tt.first {
			t.Errorf("Parse(%q): title %q, subtitle %q, passages %+v; want %q, %q, first %q", tt.input, d.Title, d.Subtitle, d.Passages, tt.title, tt.subtitle, tt.first)
		}
	}
}

// TestTitleApartFromPublication reads a title written "page | publication"
// as the page's name, the publication beside it: its words ("daily") are not
// what the notes are about; a bar in brackets is the title's own.
func TestTitleApartFromPublication(t *testing.T) {
	tests := []struct {
		file, input, title, subtitle string
	}{
		{"c.txt", "Great Nicobar Project: Ecology Debate | Daily Current Affairs – 10 Sept 2025\n\nA port and an airport.\n", "Great Nicobar Project: Ecology Debate", "Daily Current Affairs – 10 Sept 2025"},
		{"c.md", "# Home | Polity | Fundamental Rights and Duties\n\nPart III.\n", "Fundamental Rights and Duties", "Home | Polity"},
		{"c.txt", "Rights and Duties\n\nPart III.\n", "Rights and Duties", ""},
		// A part naming the notes' sources is no name, however long.
		{"c.md", "# FIVE YEAR PLANS | GS-3 | src: Ramesh Singh ch. Planning in India, NCERT ch. 2\n\nPlans.\n", "FIVE YEAR PLANS", "GS-3 | src: Ramesh Singh ch. Planning in India, NCERT ch. 2"},
		// A title that says only what kind of notes they are gives way to
		// the line under it.
		{"c.txt", "CASE BRIEF\nKesavananda Bharati v. State of Kerala (1973)\n\nParliament cannot alter the basic structure.\n", "Kesavananda Bharati v. State of Kerala (1973)", "CASE BRIEF"},
		// A bar within brackets parts nothing.
		{"c.md", "# Model APLM Act 2017 - decoded (GS3 | Agri marketing)\n\nThe model law.\n", "Model APLM Act 2017 - decoded (GS3 | Agri marketing)", ""},
		// A line under the title over the page's category is its subtitle.
		{"c.md", "# Heat action plans\nTwelve years after Ahmedabad\nCategory: Climate Change\n\nThe plans copy national thresholds.\n", "Heat action plans", "Twelve years after Ahmedabad"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.file, []byte(tt.input))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.title || d.Subtitle != tt.subtitle {
			t.Errorf("Parse(%q): title %q, subtitle %q; want %q, %q", tt.input, d.Title, d.Subtitle, tt.title, tt.subtitle)
		}
	}
}

// TestTitleFromAskedSubject: notes without a title line, whose first line
// is chatter ("Sure! Here's …👇") over a heading asking "What is X?", are
// titled X.
func TestTitleFromAskedSubject(t *testing.T) {
	d, err := Parse("chat.md", []byte("Sure! Here's a detailed explanation of **Ozone** 👇\n\n## 🌍 1. What is Ozone?\n\nOzone is a gas of three oxygen atoms.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ozone" {
		t.Errorf("title %q, want Ozone", d.Title)
	}
	d, err = Parse("chat.txt", []byte("Sure! Here's a detailed explanation of Ozone 👇\n\n1. What is Ozone?\nOzone is a gas of three oxygen atoms.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ozone" {
		t.Errorf("text notes: title %q, want Ozone", d.Title)
	}
}

// TestEntities checks that text like an entity keeps its words: Markdown
// decodes only a whole character reference ("&cent;", not "&cent" or
// "&centx;"), once (an escaped tag, "&lt;A href&gt;", is text, not a tag
// to drop), in prose, headings, list items and table cells; plain text
// decodes none. Fuzzing found "&cent" read as "¢" and "&lt;A …&gt;" in a
// "See also:" line dropped as a tag.
func TestEntities(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string // citation: text
	}{
		{"markdown prose", "e.md", "# T\n\nIt costs 5 &cent a day; &centx; and &notit; are no names; &cent; &amp; &#8377; &#x20B9; are.\n",
			[]string{"T › Definition: It costs 5 &cent a day; &centx; and &notit; are no names; ¢ & ₹ ₹ are."}},
		{"markdown heading, items and cells", "e.md", "# T\n\nT is x.\n\n## Price &cent list\n\n- one &cent coin\n- less &lt;Abc def&gt; g\n\n" +
			"| coin &cent | sign |\n|---|---|\n| &lt;A b&gt; | &amp;lt;i&amp;gt; |\n",
			[]string{"T › Definition: T is x.", "T › Price &cent list › 1: - one &cent coin\n- less <Abc def> g",
				"T › Price &cent list › 2: coin &cent: <A b>; sign: &lt;i&gt;"}},
		{"text", "e.txt", "T\n\nIt costs 5 &cent a day, &lt;A b&gt; &amp;lt;i&amp;gt;.\n\nKEY POINTS\n\n- one &cent coin\n- less &lt;Abc def&gt; g\n",
			[]string{"T › Definition: It costs 5 &cent a day, &lt;A b&gt; &amp;lt;i&amp;gt;.", "T › KEY POINTS › 1: one &cent coin", "T › KEY POINTS › 2: less &lt;Abc def&gt; g"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPassages(t, tt.file, tt.input, tt.want, func(p Passage) string { return p.Citation() + ": " + p.Text })
		})
	}
	t.Run("properties that are text", func(t *testing.T) {
		// No metadata line among them, or a known heading: not properties.
		for _, in := range []string{"# T\n\nCreated: March 2024\nStatus: Revised\n\nText.\n", "# T\n\nTags: gs2\nDefinition: a body that advises.\n\nText.\n"} {
			d, err := Parse("p.md", []byte(in))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Meta) > 0 || !strings.Contains(d.Passages[0].Text, ": ") {
				t.Errorf("Parse(%q): meta %q, first passage %q; want the lines as text", in, d.Meta, d.Passages[0].Text)
			}
		}
	})
	t.Run("markdown meta lines", func(t *testing.T) {
		d, err := Parse("m.md", []byte("# T\n\nCategory: **&lt;A href&gt; anchor &cent**\n\nSee also: &lt;A href&gt; anchor, &amp;lt;b&amp;gt;\n\nT is x.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Category != "<A href> anchor &cent" || d.Meta["related"] != "<A href> anchor, &lt;b&gt;" {
			t.Errorf("category %q, related %q; want %q, %q", d.Category, d.Meta["related"], "<A href> anchor &cent", "<A href> anchor, &lt;b&gt;")
		}
	})
}

// TestTags checks the tags kept from front matter, "Tags:" and "#tag" lines.
func TestTags(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string
	}{
		{"front matter and tag line", "c.md", "---\ntags:\n  - environment\n  - gs3\n---\n\n# T\n\n#Environment #ecology\n\nText.\n",
			[]string{"environment", "gs3", "ecology"}},
		{"tags line", "t.md", "# T\n\nTags: budget, FRBM\n\nText.\n", []string{"budget", "FRBM"}},
		{"tags of two words", "t.md", "# T\n\nTags: Economy, Monetary Policy\n\nText.\n", []string{"Economy", "Monetary Policy"}},
		{"page properties above the title", "n.md", "Tags: Polity, FR\nStatus: revised\nCreated: March 3, 2024 9:14 PM\n\n# T\n\nText.\n", []string{"Polity", "FR"}},
		{"page properties", "n.md", "# T\n\nCreated: March 3, 2024 9:12 PM\nTags: GS3, Economy\nStatus: Revised\n\nText.\n", []string{"GS3", "Economy"}},
		{"a post's hashtags under its text", "p.md", "# T\n\n## News\n\nText.\n\n#Ladakh #Polity\n", []string{"Ladakh", "Polity"}},
		{"a post's hashtags in text notes", "p.txt", "T\n\nNEWS\nText.\n#Ladakh #UPSC2026\n", []string{"Ladakh", "UPSC2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(d.Tags, tt.want) {
				t.Errorf("Parse(%q) tags = %q, want %q", tt.input, d.Tags, tt.want)
			}
			for _, p := range d.Passages {
				if p.Text != "Text." {
					t.Errorf("Parse(%q) has passage %q, want only \"Text.\"", tt.input, p.Text)
				}
			}
		})
	}
}

// TestTwoCategories: notes that give two categories keep both.
func TestTwoCategories(t *testing.T) {
	d, err := Parse("c.txt", []byte("Lokpal\n\nCategory: Polity\nCategory: GS2\nCategory: polity\n\nAn anti-corruption body.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Category != "Polity, GS2" {
		t.Errorf("category %q, want \"Polity, GS2\"", d.Category)
	}
}

// TestRevisionLine: a line over the notes saying when they were revised
// ("(last revised 12 Aug 2025 - add WMR nos. in Dec)") is metadata, not
// the definition a "what is …" question gets; a first line that only
// starts with the word ("Revised in 2019, …") is text.
func TestRevisionLine(t *testing.T) {
	for _, line := range []string{"(last revised 12 Aug 2025 - add WMR 2025 nos. when it comes out in Dec)", "last edited: 19-Sep-2025", "Last revised: 14 Oct 2025. Read twice before prelims!!"} {
		d, err := Parse("m.txt", []byte("MALARIA\nGS-II Health | vector borne diseases\n\n"+line+"\n\n1. BASICS\n- Malaria is a disease caused by a protozoan parasite.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := sectionsAndStarts(d); len(got) != 1 || !strings.HasPrefix(got[0], "BASICS") {
			t.Errorf("%q: passages %q, want the basics alone", line, got)
		}
	}
	d, err := Parse("n.txt", []byte("NEP\n\nRevised in 2019, the draft policy was adopted in 2020.\n\n1. BASICS\n- Five stages of school.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := sectionsAndStarts(d); len(got) != 2 || d.Meta["revised"] != "" {
		t.Errorf("a first line of text taken as a revision date: %q", got)
	}
}

// sectionsAndStarts gives each passage of d as its section and first words.
func sectionsAndStarts(d *Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, strings.Join(p.Section, " > ")+": "+p.Text[:min(len(p.Text), 30)])
	}
	return out
}

// TestCategoryBeforeReadingTime: a page saved with its category before the
// reading time ("Polity & Governance | 8 min read"), the date it was
// updated and its category again above its title keeps them as metadata;
// the count over its updates ("6 updates") is page furniture.
func TestCategoryBeforeReadingTime(t *testing.T) {
	d, err := Parse("v.txt", []byte("Polity & Governance | 8 min read\nLast updated: 13 Sep 2025\nPolity & Governance\n\nVice-President of India\n\n"+
		"Definition\n\nThe second-highest office of the country.\n\nRecent Developments\n\n2 updates\n\n► Sep 12, 2025: A new Vice-President took the oath.\n\n► Jul 21, 2025: The Vice-President resigned.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Vice-President of India" || d.Category != "Polity & Governance" || d.ReadingTime != "8 min" {
		t.Errorf("title %q, category %q, reading time %q; want \"Vice-President of India\", \"Polity & Governance\", \"8 min\"", d.Title, d.Category, d.ReadingTime)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation())
	}
	want := []string{"Vice-President of India › Definition", "Vice-President of India › Recent Developments › 1", "Vice-President of India › Recent Developments › 2"}
	if !slices.Equal(got, want) {
		t.Errorf("passages %q, want %q", got, want)
	}
}

// TestReadingTimeUnderTitle: a page saved with its title above the
// reading time and category ("7 minModern Indian History") keeps them as
// metadata, not as its definition; its longer title is its subtitle, and
// its buttons' words ("Share") are left out.
func TestReadingTimeUnderTitle(t *testing.T) {
	d, err := Parse("s.txt", []byte("Swadeshi Movement\n7 minModern Indian History\nBy Editorial Team | Updated for Prelims\n\nWhat is the Swadeshi Movement?\nA mass movement of 1905 against the partition of Bengal.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Category != "Modern Indian History" || d.ReadingTime != "7 min" {
		t.Errorf("category %q, reading time %q; want \"Modern Indian History\", \"7 min\"", d.Category, d.ReadingTime)
	}
	if len(d.Passages) != 1 || d.Passages[0].Kind != KindDefinition || !strings.HasPrefix(d.Passages[0].Text, "A mass movement") {
		t.Errorf("passages %+v, want the definition alone", d.Passages)
	}
	// The page's longer title under it, and a button's word, are no passages.
	d, err = Parse("m.txt", []byte("Quad\n7 minInternational Relations\nQuad: Origin, Members and Summits\nShare\nWhat is the Quad?\nA grouping of four democracies.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Subtitle != "Quad: Origin, Members and Summits" || len(d.Passages) != 1 || d.Passages[0].Kind != KindDefinition {
		t.Errorf("subtitle %q, passages %+v; want the longer title as subtitle and the definition alone", d.Subtitle, d.Passages)
	}
	// A line that only starts with minutes is no reading time.
	d, err = Parse("r.txt", []byte("Revision plan\n10 minutes of recall every morning beats an hour of rereading.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.ReadingTime != "" || d.Category != "" {
		t.Errorf("%q read as reading time %q, category %q", "10 minutes of recall …", d.ReadingTime, d.Category)
	}
}

// TestOutlineLabelTags: the tags an outline's labels carry ("**Jet
// streams** #upper-air") are the notes' tags, the labels their headings.
func TestOutlineLabelTags(t *testing.T) {
	d, err := Parse("m.md", []byte("# Monsoon\n\n- **Jet streams** #upper-air\n  - The westerly jet moves north in June.\n- ITCZ #[[pressure belts]]\n  - It shifts over the Ganga plain.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, h := range d.Outline {
		heads = append(heads, strings.Join(h.Path, " › "))
	}
	if want := []string{"upper-air", "pressure belts"}; !slices.Equal(d.Tags, want) || !slices.Equal(heads, []string{"Jet streams", "ITCZ"}) {
		t.Errorf("tags %q, headings %q; want %q and the labels", d.Tags, heads, want)
	}
}

// TestHeadings checks how headings are found, by the outline they give.
func TestHeadings(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string // "path > path (kind): passages"
	}{
		{"numbered", "n.txt", "T\n\n1. Introduction\n- a thing that is\n\n2) Background\n- what came before it\n\nII. Key Features\n- one feature\n",
			[]string{"Introduction (definition): 1", "Background (background): 1", "Key Features (key-point): 1"}},
		{"subheadings numbered 2.1 right under their heading", "s.txt", "T\n\n1. Members\n- the three ministers of the mission\n\n2. Proposals\n2.1 Union level\n- a union of provinces and states\n2.2 Grouping\n- three groups of provinces\n",
			[]string{"Members (section): 1", "Proposals (section): 0", "Proposals > Union level (section): 1", "Proposals > Grouping (section): 1"}},
		{"heading numbered with a letter between two numbers", "a.txt", "T\n\n1. Members\n- the sarpanch and ward members\n\n1A. The three tiers\n- village, block and district\n\n2. Powers\n- taxes and fees\n",
			[]string{"Members (section): 1", "The three tiers (section): 1", "Powers (section): 1"}},
		{"numbered question standing alone before its text", "q.txt", "T\n\n1. What is a gram sabha?\nAll the voters of a village.\n\n2. Who heads it?\nThe sarpanch.\n\n3. FAQ\n1. Why?\nBecause.\n",
			[]string{"What is a gram sabha? (section): 1", "Who heads it? (section): 1", "FAQ (faq): 1"}},
		{"numbered list is not headings", "l.txt", "T\n\nMembers:\n1. Prime Minister\n2. Speaker\n3. Chief Justice\n",
			[]string{"Members (section): 1"}},
		{"loose numbered list", "l.txt", "T\n\nMembers\n\n1. Prime Minister\n\n2. Speaker\n\n3. Chief Justice\n",
			[]string{"Members (section): 1"}},
		{"capitals but for a short word, after a lettered list", "r.txt", "T\n\nSIGNIFICANCE (10 marker)\na) kept the Arabs out\nb) united the north\n\nREVISION Q./Ans. (make flashcards)\nQ. First ruler to enter the struggle?\nAns. Vatsaraja.\nQ. Who made Kannauj the capital?\nAns. Nagabhata II.\n",
			[]string{"SIGNIFICANCE (10 marker) (section): 1", "REVISION Q./Ans. (make flashcards) (section): 2"}},
		{"upper case with colon subheadings", "u.txt", "T\n\nWHO DECIDES\nBody:\n• A commission of experts advises.\nFinal say:\n• The cabinet decides.\n\nIN THE NEWS\n2024:\n• Prices rose by ten per cent.\n",
			[]string{"WHO DECIDES (section): 0", "WHO DECIDES > Body (section): 1", "WHO DECIDES > Final say (section): 1",
				"IN THE NEWS (development): 0", "IN THE NEWS > 2024 (development): 1"}},
		{"colon headings at the top stay there", "c.txt", "T\n\nFeatures:\n- a legal guarantee of work\n\nImplementation:\nThe ministry runs it.\n\nARGUMENTS\n- it is costly\n\nUpdates:\n- 2024: wages rose\n",
			[]string{"Features (key-point): 1", "Implementation (section): 1", "ARGUMENTS (section): 1", "Updates (development): 1"}},
		{"colon heading of another kind is not a subheading", "k.txt", "T\n\nWHAT IS T\nA thing that is.\n\nIn news:\nIn 2024, a thing happened.\n",
			[]string{"WHAT IS T (definition): 1", "In news (development): 1"}},
		{"colon heading of another kind beside What is …?", "w.txt", "T\n\nWhat is T?\nA thing that is.\nFeatures:\n- it is quick\nLegal status:\n- none\n",
			[]string{"Definition (definition): 1", "Features (key-point): 1", "Features > Legal status (key-point): 1"}},
		{"markdown colon heading of another kind beside What is …?", "w.md", "# T\n\n## What is T?\n\nA thing that is.\n\nFeatures:\n- it is quick\n- it is cheap to run\n\n**Background:**\n\nFirst seen in 1980.\n\nMembers:\n- a chair\n",
			[]string{"Definition (definition): 1", "Features (key-point): 2", "Background (background): 1"}},
		{"What is …? naming the title by the initials in its brackets", "b.md", "# Southern Oscillation (SO): Meaning and Impact\n\n**Syllabus:** GS Paper I: climatology.\n\n## What is the Southern Oscillation Pattern (SO)?\n\nA see-saw of air pressure.\n",
			[]string{"Syllabus (relevance): 1", "What is the Southern Oscillation Pattern (SO)? (definition): 1"}},
		{"a lead that never names the subject, above a section defining it, is a preface", "p.md", "# Reserve Bank\n\nNotes for GS III. Made by Riya.\n\n## Introduction\n\nThe central bank of India.\n",
			[]string{"Preface (section): 1", "Introduction (definition): 1"}},
		{"a lead naming the subject stays the definition", "d.md", "# Reserve Bank\n\nThe Reserve Bank is India's central bank.\n\n## Introduction\n\nIt was set up in 1935.\n",
			[]string{"Definition (definition): 1", "Introduction (definition): 1"}},
		{"a line of labels with a GS paper is the syllabus", "g.md", "# E-Courts\n\nTopic: Judiciary | GS2 | Last revised: Oct 2025\n\nThe e-Courts project puts the courts online.\n",
			[]string{"Relevance (relevance): 1", "Definition (definition): 1"}},
		{"a subject line with its GS paper in brackets is the syllabus", "s.md", "# T\n\nModern Indian History - Constitutional Developments (GS Paper I; also GS Paper II)\n\n## Overview\n\nT was passed in 1935.\n",
			[]string{"Relevance (relevance): 1", "Overview (definition): 1"}},
		{"a table set out in columns of spaces under a heading with a remark", "c.txt", "T\n\nWhat is it?\nA crop insurance scheme.\n\nPremium (farmer's share)\nKharif        2%\nRabi\t1.5%\n\nFeatures\n- voluntary since 2020\n",
			[]string{"What is it? (section): 1", "Premium (farmer's share) (section): 1", "Features (key-point): 1"}},
		{"capitals with a remark in brackets", "r.txt", "T\n\nPRELIMS TRAPS\n- it is not a UN body\n\nMAINS Q (practice)\n\"Status or substance?\" Discuss. (15 marks)\n",
			[]string{"PRELIMS TRAPS (section): 1", "MAINS Q (practice) (section): 1"}},
		{"a heading pointing to its list", "a.txt", "T\n\nISSUES ->\n- delays\n- low awareness of the scheme\n",
			[]string{"ISSUES (section): 1"}},
		{"title-case line over a list beside headings standing bare over their text", "b.txt", "T\n\nIntro\nT is a body.\n\nComposition\n- Chair: the minister\n- Members: the states\n\nVoting\nThe quorum is half.\n",
			[]string{"Intro (definition): 1", "Composition (section): 1", "Voting (section): 1"}},
		{"title-case lines standing over their lists and text, with no known heading", "w.txt", "Lokpal\n\nComposition\n\uf0b7\tA Chairperson and up to eight members.\n\uf0b7\tHalf of the members are judicial members.\n\nPowers\nIt can inquire into complaints against the Prime Minister.\n",
			[]string{"Composition (section): 2", "Powers (section): 1"}},
		{"Word's bullets of two levels copied as text, a tab after each", "o.txt", "Lokpal\n\nComposition\n\uf0b7\tA Chairperson and up to eight members of the Lokpal.\no\tHalf of the members are judicial members of standing.\no\tHalf are from the SC, ST, OBC, minorities and women.\n\nPowers\nIt can inquire into complaints against the Prime Minister.\n",
			[]string{"Composition (section): 3", "Powers (section): 1"}},
		{"headings marked as in Markdown in text notes", "m.txt", "T\n\n### Basics\nA thing that is.\n\n#### Detail\nMore of it.\n\n### Key Points\n- one point\n",
			[]string{"Basics (section): 1", "Basics > Detail (section): 1", "Key Points (key-point): 1"}},
		{"headings in plainer type under headings marked as in Markdown", "p.txt", "T\nabbr: GSTC = GST Council | C =\n      Centre | ST = states\n=========================\n\n### WHAT IS T ###\n\nDefn >>\n* a tax on supply\n\nBackground >>\n* 2000: a committee\n\n### COUNCIL ###\n\nVoting >>\n* quorum = half of total members\n",
			[]string{"Preface (section): 1", "WHAT IS T (definition): 0", "WHAT IS T > Defn (definition): 1", "WHAT IS T > Background (definition): 1",
				"COUNCIL (section): 0", "COUNCIL > Voting (section): 1"}},
		{"hinglish headings", "h.txt", "GST Council\n\nGST Council kya hai?\nEk constitutional body hai jo Article 279A ke under bani.\n\nPrishthbhumi\nGST 2017 mein laagu hua.\n\nMukhya bindu\n- Centre ka one-third vote.\n\nCharcha mein kyon?\nIn 2024, rates were cut.\n",
			[]string{"Definition (definition): 1", "Prishthbhumi (background): 1", "Mukhya bindu (key-point): 1", "Charcha mein kyon? (development): 1"}},
		{"a short question naming a part heads it", "k.txt", "T\n\nKya hai?\nT ek body hai.\n\nWhy in News?\nIn 2024, it met.\n",
			[]string{"Kya hai? (definition): 1", "Why in News? (development): 1"}},
		{"markdown bold run-in heading naming the news or the background", "r.md", "# T\n\nT is a thing.\n\n**Why in News?** In 2024, it grew.\n\n**Background:** First seen in 1980.\n\n## Notes\n\n**Note:** not a part.\n",
			[]string{"Definition (definition): 1", "Why in News? (development): 1", "Background (background): 1", "Notes (section): 1"}},
		{"markdown heading with a closing colon or a question mark", "c.md", "# T\n\n## 2. Legal Framework:\n### 2.1 The Act\nPassed in 2016.\n\n## 3. Why was CPI chosen?\nIt is closer to households.\n",
			[]string{"Legal Framework (section): 0", "Legal Framework > The Act (section): 1", "Why was CPI chosen? (section): 1"}},
		{"markdown colon line of the same or no kind leads in", "l.md", "# T\n\n## Key Points\n\nKey features:\n- it is quick\n\n## Notes\n\nFeatures:\n- it is cheap\n",
			[]string{"Key Points (key-point): 1", "Notes (section): 1"}},
		{"sentence ending in a colon leads into a list", "l.txt", "T\n\nTARGET\nCPI inflation of four per cent.\nIf it fails, it must report on:\n1. the reasons\n2. the remedies\n",
			[]string{"TARGET (section): 1"}},
		{"upper-case line right after a list", "u.txt", "T\n\nKEY FEATURES\n- It has a fund for developing countries.\nKIGALI AMENDMENT (2016)\n- It phases down HFCs.\n",
			[]string{"KEY FEATURES (key-point): 1", "KIGALI AMENDMENT (2016) (section): 1"}},
		{"underlined", "s.txt", "Title\n=====\n\nPart One\n========\n\nText one.\n\nDetail\n------\n\nText two.\n",
			[]string{"Part One (section): 1", "Part One > Detail (section): 1"}},
		{"underlined with dashes under an underlined title", "d.txt", "Title\n=====\n\nI. Members\n- the finance minister\n\nKey features\n------------\n- it is a federal body\n",
			[]string{"Members (section): 1", "Key features (key-point): 1"}},
		{"title-case line right above a list", "t.txt", "T\n\nChapter 1 Continental Drift\n\nWegener proposed it in 1912.\n\nEvidence for Drift\n\t- Jigsaw fit of the coasts of two continents.\n\t- Rocks of the same age on both sides.\n",
			[]string{"Chapter 1 Continental Drift (section): 1", "Chapter 1 Continental Drift > Evidence for Drift (section): 2"}},
		{"title-case line above its text, before a known heading so written", "j.txt", "T\n\nMeaning:\nOne code for all.\n\nImportant Judgments\nShah Bano case (1985) – the court called for a code.\nSarla Mudgal case (1995) – conversion to remarry is bigamy.\n\nRecent Developments\n12 March 2024 – a state passed its code.\n",
			[]string{"Meaning (definition): 1", "Important Judgments (section): 2", "Recent Developments (development): 1"}},
		{"title-case line alone", "t.txt", "T\n\nModel Types\n\nStatistical models use past records.\n",
			[]string{"Model Types (section): 1"}},
		{"title-case line right above its text, as the known headings are", "t.txt", "T\n\nA thing that is.\n\nBackground\nIt began in 1990. States passed laws.\n\nImportant Exemptions\nSection 8 lists the exemptions.\n",
			[]string{"Definition (definition): 1", "Background (background): 1", "Important Exemptions (section): 1"}},
		{"title-case line above text, where no heading stands so", "t.txt", "T\n\nA thing that is.\n\nBACKGROUND\nIt began in 1990.\n\nSupreme Court Verdict\nThe court upheld the law.\n",
			[]string{"Definition (definition): 1", "BACKGROUND (background): 1"}},
		{"subtitle after a blank line", "b.txt", "T\n\nModern History - Advent of Europeans\n\n1. BACKGROUND\n- the Nawab came to power in 1756\n",
			[]string{"BACKGROUND (background): 1"}},
		{"synonyms", "syn.txt", "T\n\nRecent devts\n\n- In 2024, a thing.\n\nImp points\n\n- A point.\n\nPYQs\n\nQ: Why?\nA: Because.\n",
			[]string{"Recent devts (development): 1", "Imp points (key-point): 1", "PYQs (faq): 1"}},
		{"markdown heading qualifying a known name", "q.md", "# T\n\n## imp pts - biology\n\n- one egg a year\n\n## faq / q-bank\n\n1. why is it rare?\n   -> one egg a year.\n",
			[]string{"imp pts - biology (key-point): 1", "faq / q-bank (faq): 1"}},
		{"markdown skipped level", "m.md", "# T\n\n## NTCA\n\nText.\n\n#### core vs buffer\n\nMore text.\n\n## Next\n\nEnd.\n",
			[]string{"NTCA (section): 1", "NTCA > core vs buffer (section): 1", "Next (section): 1"}},
		{"markdown setext", "s.md", "T\n=\n\nPart\n----\n\nText.\n",
			[]string{"Part (section): 1"}},
		{"markdown bold line", "b.md", "# T\n\n## Notes\n\n**Key facts**\n\n- one fact about it\n\n**Other**\n\nText.\n",
			[]string{"Notes (section): 0", "Notes > Key facts (key-point): 1", "Notes > Other (section): 1"}},
		{"markdown heading kinds", "k.md", "# T\n\n## Current affairs\n\n- 2025: a thing happened.\n\n## Q&A\n\n### Why?\n\nBecause.\n",
			[]string{"Current affairs (development): 1", "Q&A (faq): 1"}},
		{"a kind's name with what holds it", "k.md", "# T\n\n## 📰 Current affairs log\n\n- **Sep 2021** — a thing happened.\n\n## FAQ corner\n\n### Why?\n\nBecause.\n",
			[]string{"Current affairs log (development): 1", "FAQ corner (faq): 1"}},
		{"a syllabus line above the introduction, with only a title's small word", "p.md", "# India's NDCs and Net Zero 2070\n\nEnvironment and Climate Change | Class Notes 7 | Revised November 2025\n\n## Introduction\n\nAn NDC is a climate plan.\n",
			[]string{"Preface (section): 1", "Introduction (definition): 1"}},
		{"a kind's name with how it is written", "k.md", "# T\n\n## Key Points at a Glance\n\n1. NDCs are renewed every five years.\n2. Net zero is a goal for 2070.\n\n## Background in brief\n\nIt began in 2015.\n",
			[]string{"Key Points at a Glance (key-point): 2", "Background in brief (background): 1"}},
		{"headings alike only in their slug stay apart", "c.md", "# T\n\n## Café\n\nOne.\n\n## Caf\n\nTwo.\n",
			[]string{"Café (section): 1", "Caf (section): 1"}},
		{"markdown bold lines over their text", "b.md", "# T\n\n**Date**\n23 June 1757.\n\n**Parties**\n1. the Company\n2. the Nawab\n",
			[]string{"Date (section): 1", "Parties (section): 1"}},
		{"markdown bold runs in a line of prose", "p.md", "# T\n\n## Rights\n\n**Article 21** protects **life and liberty**\n\nIt binds the state.\n",
			[]string{"Rights (section): 2"}},
		{"markdown setext title after front matter", "f.md", "---\ntags: [polity]\n---\nAnti-Defection Law\n==================\n\n## Grounds\n\nDefection.\n",
			[]string{"Grounds (section): 1"}},
		{"markdown heading in italics", "i.md", "# T\n\n## *Grounds for disqualification* ##\n\nDefection.\n",
			[]string{"Grounds for disqualification (section): 1"}},
		{"repeated heading continues", "r.md", "# T\n\n## Notes\n\nOne.\n\n## Other\n\nTwo.\n\n## Notes\n\nThree.\n",
			[]string{"Notes (section): 2", "Other (section): 1"}},
		{"bold line first", "f.md", "# T\n\n**Background**\n\nIt began in 2005.\n\n**Key Features**\n\n- a feature\n",
			[]string{"Background (background): 1", "Key Features (key-point): 1"}},
		{"second-level title over deeper sections", "r.md", "## Ramsar Sites\n\nWetlands of importance.\n\n### Background\n\nSigned in 1971.\n\n#### Montreux Record\n\nSites at risk.\n",
			[]string{"Definition (definition): 1", "Background (background): 1", "Background > Montreux Record (background): 1"}},
		{"markdown numbered headings are cited without their numbers", "n.md", "# T\n\n## 1) Getting started\n\nText.\n\n## 2. Key features\n\n- a feature\n\n## III. Latest news\n\n- 2024: a thing.\n\n### 3.1 Court cases - the long one\n\nMore.\n",
			[]string{"Getting started (section): 1", "Key features (key-point): 1", "Latest news (development): 1", "Latest news > Court cases - the long one (development): 1"}},
		{"markdown headings that start with a year or a name keep it", "y.md", "# T\n\n## 1857 uprising\n\nText.\n\n## V. K. Menon\n\nMore.\n\n**2) Key points**\n\n- a point\n",
			[]string{"1857 uprising (section): 1", "V. K. Menon (section): 1", "V. K. Menon > Key points (key-point): 1"}},
		{"emoji before a known heading", "e.md", "# T\n\n## 📌 Key points\n\n- a point\n\n## ❓ PYQs\n\n### Why?\n\nBecause.\n\n## 🗞️ In news ✨\n\n- 2024: a thing.\n",
			[]string{"Key points (key-point): 1", "PYQs (faq): 1", "In news (development): 1"}},
		{"text headings an emoji opens over a list", "pesa.txt", "PESA\n\nPESA extends Part IX to Fifth Schedule areas.\n\n📌 Background\n👉 Set up after the Bhuria Committee.\n👉 Passed in Dec 1996.\n\n🗺️ Which states?\n✅ Ten states with Fifth Schedule areas, from Andhra Pradesh to Rajasthan.\n❌ Not the Sixth Schedule areas.\n\n💪 Powers of the Gram Sabha\n1️⃣ enforce prohibition or regulate the sale of any intoxicant\n2️⃣ own minor forest produce\n\n✅ Way forward\n👉 Notify rules in Jharkhand and Odisha.\n👉 Consent, not consultation.\n",
			[]string{"Definition (definition): 1", "Background (background): 2", "Which states? (section): 2", "Powers of the Gram Sabha (section): 1", "Way forward (section): 2"}},
		{"text headings an emoji opens under a numbered one", "n.txt", "T\n\nT is a thing.\n\n1. Provisions\n\n✅ Gram Sabha powers\n👉 It owns minor forest produce.\n👉 It can ban liquor.\n",
			[]string{"Definition (definition): 1", "Provisions (key-point): 0", "Provisions > Gram Sabha powers (key-point): 2"}},
		{"a qualifier before a known heading", "q.md", "# T\n\nT is heat.\n\n## Quick FAQs\n\n### Is it a hot day?\n\nNo.\n\n## Some more PYQs\n\n### Why?\n\nBecause.\n\n## Main points\n\n- one\n",
			[]string{"Definition (definition): 1", "Quick FAQs (faq): 1", "Some more PYQs (faq): 1", "Main points (key-point): 1"}},
		{"an exam tip heading beside a section, not under it", "x.md", "# T\n\nT is heat.\n\n## 7. Recent developments\n\n- 2024: a thing.\n\n## 8. Exam tip\n\n### Prelims traps\n\n- Do not swap the two.\n",
			[]string{"Definition (definition): 1", "Recent developments (development): 1", "Exam tip (exam-tip): 0", "Exam tip > Prelims traps (exam-tip): 1"}},
		{"qualifiers before a known heading", "q.md", "# T\n\nT is heat.\n\n## Quick revision FAQs\n\n### Is it a hot day?\n\nNo.\n\n### Is it dry?\n\nYes.\n",
			[]string{"Definition (definition): 1", "Quick revision FAQs (faq): 2"}},
		{"headings in two scripts", "l.txt", "लोक अदालत (Lok Adalat)\n\nपरिभाषा / Definition\nLok Adalat has statutory status under the 1987 Act.\n\nमुख्य बिंदु / Key Points\n• No appeal lies against the award.\n• It works only through settlement.\n\nप्रश्नोत्तर / FAQ\nQ: Is the award binding?\nA: Yes.\n",
			[]string{"परिभाषा / Definition (definition): 1", "मुख्य बिंदु / Key Points (key-point): 2", "प्रश्नोत्तर / FAQ (faq): 1"}},
		{"a chat exported as text", "t.txt", "[05.02.2024 08:30] UPSC Eco Capsule:\n📚 Topic of the week: Fiscal deficit\n\n[05.02.2024 08:32] UPSC Eco Capsule:\nFD = Total expenditure minus receipts other than borrowing.\n\n[06.02.2024 08:15] UPSC Eco Capsule:\nPrimary deficit = FD minus interest payments.\n",
			[]string{"Post of 5 Feb 2024, 08:32 (section): 1", "Post of 6 Feb 2024, 08:15 (section): 1"}},
		{"a chat whose posts are filed by hashtags and labels", "t.txt", "[05.02.2024 08:30] UPSC Eco Capsule:\n📚 Topic of the week: Fiscal deficit\n\n[05.02.2024 08:32] UPSC Eco Capsule:\n#Concept Fiscal Deficit (FD)\nFD = Total expenditure minus receipts other than borrowing.\n\n[05.02.2024 19:10] UPSC Eco Capsule:\n#Concept Revenue Deficit = Revenue expenditure minus revenue receipts.\n\n[06.02.2024 08:20] UPSC Eco Capsule:\n📊 Poll: Which deficit leaves out interest?\nA) Fiscal B) Primary\n\n[06.02.2024 09:00] UPSC Eco Capsule:\nThat's all for today.\n",
			[]string{"Concept (section): 0", "Concept > Fiscal Deficit (FD) (section): 1", "Concept (5 Feb 2024, 19:10) (section): 1", "Poll (6 Feb 2024, 08:20) (section): 1", "Post of 6 Feb 2024, 09:00 (section): 1"}},
		{"a mind map written as chains of arrows", "m.txt", "MANGROVES\n\nMangroves are salt-tolerant trees of the intertidal zone.\n\nMangroves → Cover\n    → ISFR 2021: 4,992 sq km\n    → up 17 sq km over 2019\n\nMangroves → Threats → aquaculture\n    → shrimp farms in AP and Odisha\nMangroves → Threats → urbanisation and ports\nMangroves → Threats → dams upstream\n",
			[]string{"Definition (definition): 1", "Cover (section): 1", "Threats (section): 1"}},
		{"markdown of questions and answers alone", "q.md", "# Fundamental Duties – Q&A\n\n**Q1. Where are they in the Constitution?**\nA1. In Part IVA, Article 51A.\n\n**Q2. Were they in the original Constitution?**\nA2. No, the 42nd Amendment added them in 1976.\n",
			[]string{"Frequently Asked Questions (faq): 2"}},
		{"a table pasted with tabs under a title-case line", "t.txt", "G20\n\nIndia held the G20 chair in 2023.\n\nMinisterial Meetings Table\nMeeting\tCity\tOutcome\nForeign Ministers\tNew Delhi\tChair's summary and outcome document\nTourism Ministers\tGoa\tGoa Roadmap for tourism as a vehicle for the SDGs\n",
			[]string{"Definition (definition): 1", "Ministerial Meetings Table (section): 2"}},
		{"current-affairs notes that open with a Context: paragraph", "c.txt", "Great Nicobar Project | Daily Current Affairs\n\nContext: An opinion article in September 2025 called the project an ecological disaster.\n\nAbout the Project:\n• Conceptualised by NITI Aayog in 2021.\n• Estimated cost about Rs 72,000 crore.\n\nConcerns:\n1. Deforestation of pristine rainforest.\n2. Threat to leatherback turtles.\n",
			[]string{"Context (development): 1", "About the Project (section): 2", "Concerns (section): 2"}},
		{"What is … ? naming the title but for its article, plural and place", "h.md", "# Heatwaves in India: how IMD declares them\n\nEvery summer India bakes; here is what a heatwave is.\n\n## What is a heatwave?\n\nA heatwave is a period of abnormally high temperatures.\n",
			[]string{"Preface (section): 1", "What is a heatwave? (definition): 1"}},
		{"What is …? naming the title by its bracketed initials, singular or before what follows them", "z.md", "# Special Economic Zones (SEZs) in India\n\nAnanya R.\n\n## What is an SEZ?\n\nA duty-free enclave treated as foreign territory for trade.\n",
			[]string{"Preface (section): 1", "What is an SEZ? (definition): 1"}},
		{"What is …? naming the title by its initials and the word after them", "p.md", "# Production Linked Incentive (PLI) Scheme: Objectives\n\nHome » GS Notes » PLI Scheme\n\n## What is the PLI Scheme?\n\nA financial incentive on incremental sales of goods made in India.\n",
			[]string{"Preface (section): 1", "What is the PLI Scheme? (definition): 1"}},
		{"a lead above a section headed as a definition, though it names the subject", "w.md", "# Plastic Waste Rules + SUP ban\n\nEnv GS3 – Pollution & Waste mgmt. Revise before mock 4!!\n\n## WHAT IS IT\n\nThe Plastic Waste Management Rules, 2016 are the legal framework for plastic waste.\n",
			[]string{"Preface (section): 1", "WHAT IS IT (definition): 1"}},
		{"questions shortened in a heading", "q.txt", "T\n\nT is devotion.\n\nPrevious year Qs\nMains 2021 - Evaluate the nature of Bhakti literature.\n",
			[]string{"Definition (definition): 1", "Previous year Qs (faq): 1"}},
		{"running header and footer of text copied from a PDF", "c.txt", "CHIPS\n\nA chip is a small piece of silicon.\n\nNotes for GS III only            1\n\nChip Notes | Page 2\n\nFABS\nA fab prints circuits on wafers.\n\nNotes for GS III only            2\n\nChip Notes | Page 3\n\nOSAT\nA plant packages and tests chips.\n",
			[]string{"Definition (definition): 1", "FABS (section): 1", "OSAT (section): 1"}},
		{"notes kept as an outline of nested bullets", "o.md", "# Monsoon\n\n- **Definition**\n  - Monsoon is a seasonal reversal of winds over a large area with a change in rainfall.\n  - India gets three-fourths of its rain from the south-west monsoon in four months.\n- Jet streams:\n  - **Subtropical westerly jet**\n    - It shifts north of the Tibetan plateau in early summer, which lets the monsoon burst.\n  - **Tropical easterly jet**\n    - It forms only in summer over peninsular India at a great height.\n",
			[]string{"Definition (definition): 2", "Jet streams (section): 0", "Jet streams > Subtropical westerly jet (section): 1", "Jet streams > Tropical easterly jet (section): 1"}},
		{"a Logseq page", "l.md", "title:: Ozone\ntags:: env\n\n- # Ozone\n- TODO revise the Kigali amendment\n- **Meaning**\n  collapsed:: true\n\t- Ozone is a gas of three oxygen atoms that shields life from ultraviolet light.\n- **Threats** #imp\n\t- Chlorofluorocarbons release chlorine that breaks ozone apart in spring.\n\t- Halons used in fire extinguishers release bromine, which is even worse.\n- Related: [[Montreal Protocol]]\n",
			[]string{"Meaning (definition): 1", "Threats (section): 2"}},
		{"a Logseq journal's tasks under a heading: a checklist, without their clocks, planning and queries", "2025_06_06.md", "- ## Notes\n\t- Repo rate is the rate at which the RBI lends to banks overnight.\n- ## Tasks\n\t- DONE watch the MPC live stream\n\t  :LOGBOOK:\n\t  CLOCK: [2025-06-06 Fri 09:58:12]--[2025-06-06 Fri 11:02:40] =>  01:04:28\n\t  :END:\n\t- TODO read the MPC minutes when they come out\n\t  SCHEDULED: <2025-06-20 Fri>\n\t- {{query (and (task TODO LATER) [[Monetary Policy]])}}\n",
			[]string{"Notes (section): 1", "Tasks (section): 1"}},
		{"a label over entries, then plain entries, stays a list", "c.md", "# Lokpal\n\n## Composition\n\n- a chairperson and up to 8 members\n  - half of the members must be judicial members of the court\n- who can be chairperson:\n  - a former Chief Justice of India, or a former judge of the Supreme Court\n- minimum age 45; no sitting MP or MLA, and nobody convicted of an offence\n",
			[]string{"Composition (section): 3"}},
		{"a chatbot's answer pasted as notes", "c.md", "Sure! Here's a detailed explanation of **Ozone** 👇\n\n---\n\n## 🌍 1. What is Ozone?\n\nOzone is a gas of three oxygen atoms in the stratosphere.\n\n## Threats\n\nChlorofluorocarbons break ozone apart in the cold of spring.\n",
			[]string{"Preface (section): 1", "Definition (definition): 1", "Threats (section): 1"}},
		{"a chatbot's answer pasted as text notes", "c.txt", "Sure! Here's a detailed explanation of Ozone 👇\n\n1. What is Ozone?\nOzone is a gas of three oxygen atoms in the stratosphere.\n\n2. Threats\nChlorofluorocarbons break ozone apart in the cold of spring.\n",
			[]string{"Preface (section): 1", "Definition (definition): 1", "Threats (section): 1"}},
		{"markdown label over a list of long entries", "fc.md", "# FC\n\n## 14th vs 15th\n\n14th FC:\n- The jump from 32% to 42% was the largest increase ever given by a commission.\n- Horizontal formula: income distance 50%, population (1971) 17.5%, area 15%.\n\n15th FC:\n- 41% is the 42% of the 14th FC minus about 1% for the new Union Territories.\n",
			[]string{"14th vs 15th (section): 0", "14th vs 15th > 14th FC (section): 2", "14th vs 15th > 15th FC (section): 1"}},
		{"a saved page's counts standing for the headings of their parts", "p.txt", "Quad\n7 minInternational Relations\n\nWhat is the Quad?\nThe Quad is a grouping of four democracies.\n\n3 points\n  • 1.\n    It began after the 2004 tsunami.\n  • 2.\n    It was revived in 2017.\n  • 3.\n    Its leaders first met in 2021.\n\n2 developments\nIn 2024, the summit was held in Wilmington.\n\nIn 2023, a maritime initiative was launched.\n\nFrequently Asked Questions\nIs the Quad a military alliance?\nNo. It has no treaty of mutual defence.\nExam Tip: Contrast it with NATO.\n\nWho are its members?\nIndia, Japan, Australia and the United States.\n",
			[]string{"Definition (definition): 1", "Key Points (key-point): 3", "Recent Developments (development): 2", "Frequently Asked Questions (faq): 3"}},
		{"a brief question over a list, and a title-case heading over a sentence leading into one", "h.txt", "T\n\nBasic kya hai?\nT ek mission hai jo bahut kuch karta hai.\n\nMukhya points\n1. Quantum computing: 8 saal mein 1000 qubits wale computers banana\n2. Quantum communication: 2000 km tak secure links banana\n\nFour T-Hubs (Thematic Hubs)\nMission ke under 4 Thematic Hubs (T-Hubs) bane hain top academic aur national R&D institutes mein:\n- Quantum Computing hub - IISc Bengaluru\n- Quantum Sensing and Metrology hub - IIT Bombay\n\nKyun important hai? (significance)\n- Secure communication: defence, banking aur govt data ko hacking se bachana\n- Atomic clocks aur quantum sensors se precise navigation\n",
			[]string{"Basic kya hai? (definition): 1", "Mukhya points (section): 2", "Four T-Hubs (Thematic Hubs) (section): 1", "Kyun important hai? (significance) (section): 2"}},
		{"What is …? naming the title but for its article, or before the title's brackets", "c.txt", "The Chola Empire: Administration and Culture\n7 minMedieval History\nWhat is the Chola Empire?\nA south Indian empire of the Imperial Cholas.\nHistorical Background\nThe Cholas were an old family.\n",
			[]string{"What is the Chola Empire? (definition): 1", "Historical Background (background): 1"}},
		{"What is …? naming the title before its brackets", "s.txt", "Swadeshi Movement (1905-1911) and the Partition of Bengal\n\nWhat is the Swadeshi Movement?\nA mass movement launched in Bengal in 1905.\n",
			[]string{"What is the Swadeshi Movement? (definition): 1"}},
		{"sentence-case headings over lists and over labelled lists", "d.txt", "DEEPFAKES\n\nDeepfake kya hai?\nDeepfake ek synthetic media hai jo AI se banta hai.\n\nTechnology kaise kaam karti hai\n- zyadatar deepfakes GAN se bante hain\n- GAN ko Ian Goodfellow ne 2014 me propose kiya tha\n\nMukhya points (fayde bhi, nuksaan bhi)\nPositive uses:\n- films me dubbing aur de-ageing ke liye kaam aata hai\nKhatre / concerns:\n- elections me fake speeches aur misinformation\n",
			[]string{"Definition (definition): 1", "Technology kaise kaam karti hai (section): 1", "Mukhya points (fayde bhi, nuksaan bhi) (section): 0",
				"Positive uses (section): 1", "Khatre / concerns (section): 1"}},
		{"headings between paragraphs with no blank lines", "c.txt", "The Chola Empire\nWhat is the Chola Empire?\nA south Indian empire of the Imperial Cholas.\nHistorical Background\nThe Cholas were one of the oldest ruling families of the Tamil country.\nCentral Administration\nThe king was the centre of the administration and held all powers.\nVillage Assemblies\nChola inscriptions mention three kinds of local assemblies.\n",
			[]string{"Definition (definition): 1", "Historical Background (background): 1", "Central Administration (section): 1", "Village Assemblies (section): 1"}},
		{"an upper-case line broken mid-word is text, not a heading", "w.txt", "T\n\nMONETARY POLICY COM-\nmittee sets the rate.\n\nKEY POINTS\n- six members\n",
			[]string{"Definition (definition): 1", "KEY POINTS (key-point): 1"}},
		{"Org mode: its title, its headings, its deepest lines as points", "frbm.txt", "#+TITLE: FRBM Act 2003 – revision sheet\n#+AUTHOR: R.\n# last revised after Budget 2025-26\n\n* 1 WHAT IS FRBM\n** Basic idea\n*** A law to bind the Union to fiscal discipline through numerical targets.\n*** Applies to the Union only; States have their own laws.\n** Timeline\n*** Aug 2003 – Act passed.\n*** 5 July 2004 – Rules notified, Act in force.\n\n* 2 ISSUES\n- Targets missed again and again.\n- No penalty for missing them.\n",
			[]string{"1 WHAT IS FRBM (section): 0", "1 WHAT IS FRBM > Basic idea (section): 2", "1 WHAT IS FRBM > Timeline (section): 2", "2 ISSUES (section): 2"}},
		{"a heading between rules with a long remark in brackets", "f.txt", "CYCLONES\n\n" + strings.Repeat("-", 72) + "\n4. COLOUR CODES\n" + strings.Repeat("-", 72) + "\n  GREEN    no warning\n  RED      take action\n\n" +
			strings.Repeat("-", 72) + "\n5. PORT WARNING SIGNALS (11 levels - learn the groups, not each one)\n" + strings.Repeat("-", 72) + "\n  I, II    DISTANT signals\n  XI       failure of communication\n",
			[]string{"COLOUR CODES (section): 1", "PORT WARNING SIGNALS (11 levels - learn the groups, not each one) (section): 1"}},
		{"an underlined heading numbered as the list above it goes on", "m.txt", "MUGHAL ADMINISTRATION\n\n3) CLASSES OF MANSABDARS\n------------------------\n1) First class: sawar equal to zat\n2) Second class: sawar at least half of zat\n3) Third class: sawar less than half of zat\n\n4) RECRUITMENT AND PAYMENT\n--------------------------\na) Recommended by the Mir Bakhshi, appointed by the emperor.\nb) Paid in cash or by a jagir.\n",
			[]string{"CLASSES OF MANSABDARS (section): 1", "RECRUITMENT AND PAYMENT (section): 2"}},
		{"a remark and a rule of = under the header are the header's", "p.txt", "PM POSHAN Scheme\r\nSocial Justice – GS2 notes\r\n(typed from class notes, last updated Jan 2025)\r\n==================\r\n\r\n1. INTRODUCTION\r\n---------------\r\n* One hot cooked meal a school day.\r\n\r\n2. HISTORY\r\n----------\r\n* Tamil Nadu began it in 1956.\r\n",
			[]string{"INTRODUCTION (definition): 1", "HISTORY (background): 1"}},
		{"labels under an underlined heading under the topic line", "j.txt", "MEDIEVAL HISTORY – LEC 23\n\nTOPIC: MUGHAL ADMINISTRATION\n============================\n\n9) JAGIRDARI CRISIS\n-------------------\nMeaning: too few jagirs for the mansabdars.\n\nCauses:\n1) More mansabdars under Aurangzeb.\n2) Good land was limited.\n\nHistorians:\n→ Satish Chandra – the crisis caused the decline.\n\n10) EVALUATION\n--------------\nThe system held the empire together.\n",
			[]string{"JAGIRDARI CRISIS (section): 1", "JAGIRDARI CRISIS > Causes (section): 2", "JAGIRDARI CRISIS > Historians (section): 1", "EVALUATION (section): 1"}},
		{"an outliner's export as text", "w.txt", "Attorney General of India — Polity\n- Basics #prelims\n  - Art 76, Part V of the Constitution.\n  - Highest law officer of the country.\n" +
			"- Appointment & Term\n  - Appointed by the President.\n    - on the advice of the Council of Ministers\n  - Term not fixed by the Constitution.\n" +
			"- AG vs SG vs CAG (compare the table in my notebook) #mains\n  - AG: Art 76, constitutional.\n  - SG: statutory, assists the AG.\n",
			[]string{"Basics (section): 2", "Appointment & Term (section): 2", "AG vs SG vs CAG (compare the table in my notebook) (section): 2"}},
		{"a quotation's bold line heads the box, not the text after it", "q.md", "# T\n\n## Biosphere Reserves\n\nIndia has 18 biosphere reserves.\n\n> **Case study: Khangchendzonga**\n>\n> It became a mixed World Heritage Site in 2016.\n\nThe first national park was set up in 1936.\n\n## Next\n\nText.\n",
			[]string{"Biosphere Reserves (section): 2", "Biosphere Reserves > Case study: Khangchendzonga (section): 1", "Next (section): 1"}},
		{"a box before the first heading: the text and a deeper heading after it are not the box's", "g.md", "# T\n\nSixth Schedule councils govern tribal areas.\n\n> **AT A GLANCE**\n>\n> - Ten councils in four states.\n\nThey were set up in 1952.\n\n### Bodoland\n\nThree accords made the council.\n",
			[]string{"Definition (definition): 1", "AT A GLANCE (section): 1", "Bodoland (section): 1"}},
		{"an upper-case heading with an acronym's plural", "a.txt", "Polity Channel\n\n⚖️ POWERS OF ADCs – LEGISLATIVE, JUDICIAL ⚖️\n\nADCs can make laws on land and forests, with the Governor's assent.\n\nWORK OF NGOs\n\nThey run village schools.\n",
			[]string{"POWERS OF ADCs – LEGISLATIVE, JUDICIAL (section): 1", "WORK OF NGOs (section): 1"}},
		{"a channel's plug between its posts", "t.txt", "Polity Channel\n\n📅 12 March 2024\n\nLEH HUNGER STRIKE ENDS\n👉 The climate fast ended after 21 days.\n👉 The demand is statehood and the Sixth Schedule.\n\nJoin @PolityChannel_UPSC 📌\n\n📅 20 March 2024\n\nSIXTH SCHEDULE BASICS\n👉 Articles 244(2) and 275(1) provide for it.\n👉 It covers tribal areas of four states.\n\nJoin @PolityChannel_UPSC 📌\n",
			[]string{"LEH HUNGER STRIKE ENDS (section): 3", "SIXTH SCHEDULE BASICS (section): 2"}},
		{"bold lines with an emoji beside them", "j.md", "# Jallianwala Bagh\n\n**Basics** 📌\n- Date: 13 April 1919, Baisakhi day\n- Place: Amritsar\n\n**Background – Rowlatt Act** ⚖️\n- detention without trial for up to two years\n\n📅 **Death toll**\n- 379 killed by the government's count\n",
			[]string{"Basics (section): 1", "Background – Rowlatt Act (background): 1", "Death toll (section): 1"}},
		{"markdown label, a blank line, its list", "fc.md", "# FC\n\n## 14th vs 15th\n\n14th FC:\n\n- The jump from 32% to 42% was the largest increase ever given by a commission.\n- Horizontal formula: income distance 50%, population (1971) 17.5%, area 15%.\n\n15th FC:\n\n- 41% is the 42% of the 14th FC minus about 1% for the new Union Territories.\n",
			[]string{"14th vs 15th (section): 0", "14th vs 15th > 14th FC (section): 2", "14th vs 15th > 15th FC (section): 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range d.Outline {
				got = append(got, fmt.Sprintf("%s (%s): %d", strings.Join(h.Path, " > "), h.Kind, h.Passages))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q) outline =\n%s\nwant\n%s", tt.input, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLists checks when list entries are passages of their own.
func TestLists(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string // citation: text
	}{
		{"long entries are passages", "l.md", "# T\n\n## Powers\n\n- It can order a search and seizure of property.\n- It can attach property acquired by corrupt means.\n",
			[]string{"T › Powers › 1: It can order a search and seizure of property.", "T › Powers › 2: It can attach property acquired by corrupt means."}},
		{"a numbered entry's label over its text, as a printed page lays it out", "e.md",
			"# T\n\n## Initiatives\n\nThe initiatives are listed below:\n\n1. Green Hydrogen Mission:\n\nApproved in January 2023 with an outlay of Rs 19,744 crore.\n\n2. Solar Parks: The scheme has a target of 40 GW.\n3. PM-KUSUM: The scheme solarises farm pumps.\n",
			[]string{"T › Initiatives › 1: The initiatives are listed below:\n- Green Hydrogen Mission: Approved in January 2023 with an outlay of Rs 19,744 crore.",
				"T › Initiatives › 2: Solar Parks: The scheme has a target of 40 GW.", "T › Initiatives › 3: PM-KUSUM: The scheme solarises farm pumps."}},
		{"a paragraph after an entry with a colon, where the list does not go on", "c.md",
			"# T\n\n## Causes\n\n1. Warmer seas in the Pacific through the summer months.\n2. Rains that came late and weak in the states of:\n\nThe monsoon failed in 2023 and again in 2024 over most of the country.\n",
			[]string{"T › Causes › 1: - Warmer seas in the Pacific through the summer months.\n- Rains that came late and weak in the states of:",
				"T › Causes › 2: The monsoon failed in 2023 and again in 2024 over most of the country."}},
		{"questions numbered on from section to section", "g.md", "# Governor Q&A\n\n## Powers\n\n**Q1. Who appoints the Governor?**\nThe President.\n\n**Q2. For how long?**\nFive years, at the President's pleasure.\n\n" +
			"## Discretion\n\n**Q3. Is the Governor bound by the ministers' advice?**\nYes, but for discretionary matters.\n\n**Q4. Who decides what is discretionary?**\nThe Governor alone.\n",
			[]string{"Governor Q&A › Powers › 1: Who appoints the Governor?\nThe President.", "Governor Q&A › Powers › 2: For how long?\nFive years, at the President's pleasure.",
				"Governor Q&A › Discretion › 3: Is the Governor bound by the ministers' advice?\nYes, but for discretionary matters.", "Governor Q&A › Discretion › 4: Who decides what is discretionary?\nThe Governor alone."}},
		{"labels aligned by their colons, cells set apart by bars: no columns", "v.txt", "T\n\nLA vs PLA\nLA  : compromise only | voluntary\nPLA : can adjudicate  | one party can approach\n",
			[]string{"T › LA vs PLA: LA  : compromise only | voluntary PLA : can adjudicate  | one party can approach"}},
		{"a box titled by a question in bold heads its text", "b.md", "# T\n\n## Services\n\n- Court fee and process fee are paid.\n\n> **Who is entitled to free legal aid?**\n>\n> Under Section 12, women and children get free legal services.\n\n## Lok Adalat\n\nA forum.\n",
			[]string{"T › Services: Court fee and process fee are paid.", "T › Services › Who is entitled to free legal aid?: Under Section 12, women and children get free legal services.", "T › Lok Adalat: A forum."}},
		{"questions in a list, each a passage", "q.md", "# T\n\n## Exercises\n\n- What is soil?\n- Why are laterite soils poor?\n- What is self-ploughing?\n",
			[]string{"T › Exercises › 1: What is soil?", "T › Exercises › 2: Why are laterite soils poor?", "T › Exercises › 3: What is self-ploughing?"}},
		{"short entries stay with their lead-in", "s.md", "# T\n\n## Crops\n\nKharif crops:\n- paddy\n- maize\n- cotton\n",
			[]string{"T › Crops: Kharif crops:\n- paddy\n- maize\n- cotton"}},
		{"a long sentence that ends in a colon leads into its list", "h.md", "# T\n\n## Regulation\n\nA single umbrella regulator, the Higher Education Commission of India (HECI), for all higher education except medical and legal education, with four independent verticals:\n\n" +
			"- National Higher Education Regulatory Council (NHERC) for regulation;\n- National Accreditation Council (NAC) for accreditation;\n- Higher Education Grants Council (HEGC) for funding;\n- General Education Council (GEC) for setting standards and outcomes.\n",
			[]string{"T › Regulation › 1: A single umbrella regulator, the Higher Education Commission of India (HECI), for all higher education except medical and legal education, with four independent verticals:\n- National Higher Education Regulatory Council (NHERC) for regulation;",
				"T › Regulation › 2: National Accreditation Council (NAC) for accreditation;", "T › Regulation › 3: Higher Education Grants Council (HEGC) for funding;",
				"T › Regulation › 4: General Education Council (GEC) for setting standards and outcomes."}},
		{"short entries stay together when a paragraph follows", "f.txt", "T\n\nCOMPOSITION\n1. Union Finance Minister\n2. Union Minister of State\n3. State Finance Ministers\nThe vice-chair is chosen by the states.\n",
			[]string{"T › COMPOSITION › 1: - Union Finance Minister\n- Union Minister of State\n- State Finance Ministers", "T › COMPOSITION › 2: The vice-chair is chosen by the states."}},
		{"numbered questions over their answers", "p.txt", "T\n\nT is a plan.\n\nPractice Qs\n1. Who headed the mission?\nAns- Lord Pethick-Lawrence.\n2. Why no Pakistan?\nAns- Big minorities would remain.\n",
			[]string{"T › Definition: T is a plan.", "T › Practice Qs › 1: Who headed the mission?\nLord Pethick-Lawrence.", "T › Practice Qs › 2: Why no Pakistan?\nBig minorities would remain."}},
		{"questions with their answers on their line, as notes open", "q.md", "# T\n\nQ1. Where are they listed? A1. In Part IVA.\n\nQ2. Were they original? Ans: No, added in 1976.\n",
			[]string{"T › Frequently Asked Questions › 1: Where are they listed?\nIn Part IVA.", "T › Frequently Asked Questions › 2: Were they original?\nNo, added in 1976."}},
		{"questions with their answers on their line, in text", "q.txt", "T\n\nQ1. Where are they listed? A1. In Part IVA.\n\nQ2. Were they original? Is it so? A. No, added in 1976.\n",
			[]string{"T › Frequently Asked Questions › 1: Where are they listed?\nIn Part IVA.", "T › Frequently Asked Questions › 2: Were they original? Is it so?\nNo, added in 1976."}},
		{"a WhatsApp group's chat", "chat.txt", "12/03/2024, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n" +
			"12/03/2024, 09:14 - Riya created group \"UPSC Polity 🔥\"\n12/03/2024, 09:15 - Riya added Arjun\n" +
			"12/03/2024, 09:20 - Riya: Anti-defection law notes 👇\n12/03/2024, 09:21 - Riya: Tenth Schedule added by the 52nd Amendment Act, 1985.\n" +
			"12/03/2024, 09:22 - Riya: Grounds for disqualification:\n- giving up membership\n- defying the whip\n" +
			"12/03/2024, 09:25 - Arjun: What about nominated members?\n12/03/2024, 09:26 - Riya: They may join a party within six months.\n" +
			"12/03/2024, 09:27 - Arjun: 👍\n12/03/2024, 09:30 - Arjun: <Media omitted>\n13/03/2024, 08:05 - Arjun: This message was deleted\n" +
			"13/03/2024, 08:10 - Riya: Kihoto Hollohan (1992): the Speaker's decision is open to judicial review. <This message was edited>\n13/03/2024, 08:11 - Arjun: thanks 🙏\n",
			[]string{"UPSC Polity › 12 Mar 2024 (12/03/2024) › Anti-defection law notes (Riya) › 1: Riya: Tenth Schedule added by the 52nd Amendment Act, 1985.",
				"UPSC Polity › 12 Mar 2024 (12/03/2024) › Anti-defection law notes (Riya) › 2: Riya: Grounds for disqualification:\n- giving up membership\n- defying the whip",
				"UPSC Polity › 12 Mar 2024 (12/03/2024) › Anti-defection law notes (Riya) › 3: What about nominated members?\nRiya: They may join a party within six months.",
				"UPSC Polity › 13 Mar 2024 (13/03/2024): Riya: Kihoto Hollohan (1992): the Speaker's decision is open to judicial review."}},
		{"a WhatsApp chat from an iPhone, months first", "WhatsApp Chat with Polity Warriors.txt", "\u200e[3/12/24, 9:14:05 AM] Polity Warriors: \u200eMessages and calls are end-to-end encrypted.\n" +
			"[3/12/24, 9:20:11 AM] Riya: Tenth Schedule was added in 1985.\n[3/12/24, 9:21:40 AM] Arjun: \u200eimage omitted\n" +
			"[3/12/24, 9:21:50 AM] Arjun: \u200ePOLL:\n\u200eWho decides?\n\u200eOPTION: Speaker (4 votes)\n\u200eOPTION: Governor (1 vote)\n" +
			"[3/12/24, 9:22:02 AM] Arjun: Who decides on disqualification?\n[3/12/24, 9:23:15 AM] Riya: Speaker\n" +
			"[3/13/24, 8:02:00\u202fAM] Riya: Kihoto Hollohan (1992): the decision is open to review.\nA landmark case.\n[3/13/24, 8:03:00\u202fAM] Arjun: ok\n",
			[]string{"Polity Warriors › 12 Mar 2024 (3/12/24) › 1: Riya: Tenth Schedule was added in 1985.", "Polity Warriors › 12 Mar 2024 (3/12/24) › 2: Arjun: POLL:\nWho decides?\nOPTION: Speaker (4 votes)\nOPTION: Governor (1 vote)",
				"Polity Warriors › 12 Mar 2024 (3/12/24) › 3: Who decides on disqualification?\nRiya: Speaker",
				"Polity Warriors › 13 Mar 2024 (3/13/24): Riya: Kihoto Hollohan (1992): the decision is open to review.\nA landmark case."}},
		{"notes pasted into a chat, in the chat's bold headings, a question after them asked of their part", "chat.txt", "12/03/24, 9:01 pm - Rahul: Aaj ka topic RTC, notes bhejo\n" +
			"12/03/24, 9:06 pm - Priya: *ROUND TABLE CONFERENCES – NOTES (Part 1)*\n\n*Background: why an RTC at all?*\n1. The Simon Commission had no Indian member.\n2. Irwin promised a conference in London.\n" +
			"12/03/24, 9:09 pm - Priya: *First RTC (Nov 1930)*\n1. Held in London; opened by King George V.\n2. 89 delegates, the Congress absent.\n" +
			"12/03/24, 9:12 pm - Aman: Who chose the British India delegates?\n12/03/24, 9:13 pm - Priya: The Viceroy nominated them.\n" +
			"12/03/24, 9:20 pm - Priya: *Exam tips + UPSC relevance*\n- Match each RTC with its viceroy.\n- Do not mix up the two Delhi pacts.\n",
			[]string{"chat › 12 Mar 2024 (12/03/24): Rahul: Aaj ka topic RTC, notes bhejo",
				"chat › 12 Mar 2024 (12/03/24) › ROUND TABLE CONFERENCES – NOTES (Part 1) (Priya) › Background: why an RTC at all? › 1: The Simon Commission had no Indian member.",
				"chat › 12 Mar 2024 (12/03/24) › ROUND TABLE CONFERENCES – NOTES (Part 1) (Priya) › Background: why an RTC at all? › 2: Irwin promised a conference in London.",
				"chat › 12 Mar 2024 (12/03/24) › First RTC (Nov 1930) (Priya) › 1: Held in London; opened by King George V.",
				"chat › 12 Mar 2024 (12/03/24) › First RTC (Nov 1930) (Priya) › 2: 89 delegates, the Congress absent.",
				"chat › 12 Mar 2024 (12/03/24) › First RTC (Nov 1930) (Priya) › 3: Who chose the British India delegates?\nPriya: The Viceroy nominated them.",
				"chat › 12 Mar 2024 (12/03/24) › Exam tips + UPSC relevance (Priya) › 1: Match each RTC with its viceroy.",
				"chat › 12 Mar 2024 (12/03/24) › Exam tips + UPSC relevance (Priya) › 2: Do not mix up the two Delhi pacts."}},
		{"notes whose bold heading a link's label follows, then notes of labels each over a list", "chat.txt",
			"18/02/25, 2:00 am - Ritika: Today we read how the CEC and ECs are appointed\n18/02/25, 4:50 am - Kabir: *Anoop Baranwal v Union of India (2 March 2023)* judgment\n• 5-judge bench led by Justice K.M. Joseph\n• the PM, the LoP and the CJI pick the CEC\n" +
				"18/02/25, 7:00 am - Aarav: *Criticism vs defence*\nAgainst:\n• the executive has a built-in 2:1 majority\n• dropping the CJI goes against Baranwal\nFor:\n• Art 324(2) lets Parliament make this law\n",
			[]string{"chat › 18 Feb 2025 (18/02/25): Ritika: Today we read how the CEC and ECs are appointed",
				"chat › 18 Feb 2025 (18/02/25) › Anoop Baranwal v Union of India (2 March 2023) judgment (Kabir): - 5-judge bench led by Justice K.M. Joseph\n- the PM, the LoP and the CJI pick the CEC",
				"chat › 18 Feb 2025 (18/02/25) › Criticism vs defence (Aarav) › Against: - the executive has a built-in 2:1 majority\n- dropping the CJI goes against Baranwal",
				"chat › 18 Feb 2025 (18/02/25) › Criticism vs defence (Aarav) › For: Art 324(2) lets Parliament make this law"}},
		{"a line before a message's notes is its own, not the message before's", "chat.txt", "22/12/24, 11:30 am - Rohit: ISFR 2023 was released yesterday at FRI Dehradun\n" +
			"22/12/24, 11:35 am - Sneha: top three states are Uttarakhand, Odisha and Chhattisgarh\n22/12/24, 11:40 am - Vikram: One-line revision for this topic 📌\n" +
			"*Fires in one line*\nData: ISFR 2021 says 35.46% of forest cover is fire-prone\nTools: FSI alerts, NAPFF 2018, the FFPM scheme\n",
			[]string{"chat › 22 Dec 2024 (22/12/24) › 1: Rohit: ISFR 2023 was released yesterday at FRI Dehradun",
				"chat › 22 Dec 2024 (22/12/24) › 2: Sneha: top three states are Uttarakhand, Odisha and Chhattisgarh",
				"chat › 22 Dec 2024 (22/12/24) › 3: One-line revision for this topic 📌",
				"chat › 22 Dec 2024 (22/12/24) › Fires in one line (Vikram) › 1: Data: ISFR 2021 says 35.46% of forest cover is fire-prone",
				"chat › 22 Dec 2024 (22/12/24) › Fires in one line (Vikram) › 2: Tools: FSI alerts, NAPFF 2018, the FFPM scheme"}},
		{"a topic announced in the chat's bold heads the talk after it and the notes of its parts; a later topic in capitals is one of its own", "chat.txt",
			"26/07/25, 7:02 pm - Aditi: *DAY 18 - CHOLA ADMINISTRATION* 📌\nSource: NCERT 7 ch 2 and my coaching notes.\n" +
				"26/07/25, 7:03 pm - Aditi: *Part 1: Structure*\n• the king gave orders by word of mouth\n• officials in two grades\n" +
				"26/07/25, 7:11 pm - Karthik: Basic difference between sabha and ur is who owns the land.\n" +
				"27/07/25, 9:00 am - Aditi: *QUIZ - DAY 18* ⏰ answer by tonight, no googling\n27/07/25, 1:15 pm - Imran: got the first one wrong, thought Rajaraja\n" +
				"27/07/25, 6:10 pm - Aditi: *MAINS PRACTICE Q (150 words)*\n\"Local democracy in India is older than the Magna Carta.\" Examine.\n" +
				"27/07/25, 6:52 pm - Karthik: Magna Carta limited a king, Uttaramerur regulated a village body.\n" +
				"27/07/25, 7:01 pm - Aditi: *PRELIMS TRAPS from today*\n❌ Uttaramerur is in Kanchipuram dist\n❌ Kudavolai = drawing lots\n",
			[]string{"chat › 26 Jul 2025 (26/07/25) › DAY 18 - CHOLA ADMINISTRATION (Aditi) › 1: Source: NCERT 7 ch 2 and my coaching notes.",
				"chat › 26 Jul 2025 (26/07/25) › DAY 18 - CHOLA ADMINISTRATION (Aditi) › 2: Karthik: Basic difference between sabha and ur is who owns the land.",
				"chat › 26 Jul 2025 (26/07/25) › DAY 18 - CHOLA ADMINISTRATION (Aditi) › Part 1: Structure: - the king gave orders by word of mouth\n- officials in two grades",
				"chat › 27 Jul 2025 (27/07/25) › QUIZ - DAY 18 (Aditi) › 1: answer by tonight, no googling",
				"chat › 27 Jul 2025 (27/07/25) › QUIZ - DAY 18 (Aditi) › 2: Imran: got the first one wrong, thought Rajaraja",
				"chat › 27 Jul 2025 (27/07/25) › MAINS PRACTICE Q (150 words) (Aditi) › 1: \"Local democracy in India is older than the Magna Carta.\" Examine.",
				"chat › 27 Jul 2025 (27/07/25) › MAINS PRACTICE Q (150 words) (Aditi) › 2: Karthik: Magna Carta limited a king, Uttaramerur regulated a village body.",
				"chat › 27 Jul 2025 (27/07/25) › PRELIMS TRAPS from today (Aditi): - ❌ Uttaramerur is in Kanchipuram dist\n- ❌ Kudavolai = drawing lots"}},
		{"a topic in the chat's bold over a list: the list's entries are its passages, numbered as written, its remark the day's", "chat.txt",
			"29/09/25, 9:50 pm - Kavya: welcome all, one topic every day\n" +
				"29/09/25, 9:58 pm - Kavya: *QUIZ NIGHT 🧠 (BRs)* answer in 10 min, no googling\nQ1. Which BR is the source of the Narmada?\nQ2. In which BR will you find the dugong?\n" +
				"29/09/25, 10:01 pm - Sana: 1 Achanakmar 2 Gulf of Mannar\n" +
				"29/09/25, 10:05 pm - Kavya: *Answers*\n- Achanakmar-Amarkantak\n- Gulf of Mannar\n",
			[]string{"chat › 29 Sep 2025 (29/09/25) › 1: Kavya: welcome all, one topic every day",
				"chat › 29 Sep 2025 (29/09/25) › 2: Kavya: QUIZ NIGHT 🧠 (BRs) answer in 10 min, no googling",
				"chat › 29 Sep 2025 (29/09/25) › QUIZ NIGHT 🧠 (BRs) (Kavya) › 1: Q1. Which BR is the source of the Narmada?",
				"chat › 29 Sep 2025 (29/09/25) › QUIZ NIGHT 🧠 (BRs) (Kavya) › 2: Q2. In which BR will you find the dugong?",
				"chat › 29 Sep 2025 (29/09/25) › QUIZ NIGHT 🧠 (BRs) (Kavya) › 3: Sana: 1 Achanakmar 2 Gulf of Mannar",
				"chat › 29 Sep 2025 (29/09/25) › QUIZ NIGHT 🧠 (BRs) (Kavya) › Answers: - Achanakmar-Amarkantak\n- Gulf of Mannar"}},
		{"notes in reply to a question are no answer joined to it: they open their own part", "chat.txt",
			"29/10/25, 9:27 pm - Arjun: colour codes confuse me. IMD uses the same colours for heavy rain also?\n" +
				"29/10/25, 9:31 pm - Kabir: *Part 4: Colour codes*\nthe colour codes are for all severe weather, not only cyclones:\n- Yellow: be aware, weather may turn bad\n- Red: take action, serious risk to life\n" +
				"29/10/25, 9:33 pm - Arjun: got it, thanks for explaining this so clearly\n",
			[]string{"chat › 29 Oct 2025 (29/10/25) › 1: colour codes confuse me. IMD uses the same colours for heavy rain also?",
				"chat › 29 Oct 2025 (29/10/25) › 2: Arjun: got it, thanks for explaining this so clearly",
				"chat › 29 Oct 2025 (29/10/25) › Part 4: Colour codes (Kabir): the colour codes are for all severe weather, not only cyclones:\n- Yellow: be aware, weather may turn bad\n- Red: take action, serious risk to life"}},
		{"an e-mail's headers and its numbered paragraphs, their lines indented under their numbers", "mail.txt",
			"From: Arvind Iyer <arvind@example.com>\nTo: Kavya <kavya@example.com>\nDate: Wed, 13 Nov 2024 07:48:12 +0530\nSubject: Re: BD Act notes\n\nHi Kavya, the notes are below.\n\n" +
				"1. WHAT IT IS\n\n1.1 The Biological Diversity Act, 2002 is India's law to implement the\n    Convention on Biological Diversity (CBD).\n" +
				"1.2 It is Act No. 18 of 2003: passed by Parliament in December 2002, with\n    the President's assent on 5 February 2003.\n",
			[]string{"BD Act notes › Definition: Hi Kavya, the notes are below.",
				"BD Act notes › WHAT IT IS › 1: 1.1 The Biological Diversity Act, 2002 is India's law to implement the Convention on Biological Diversity (CBD).",
				"BD Act notes › WHAT IT IS › 2: 1.2 It is Act No. 18 of 2003: passed by Parliament in December 2002, with the President's assent on 5 February 2003."}},
		{"a timeline's dated lines", "d.txt", "T\n\nT is a plan.\n\nII. Reactions\nThe League accepted it first.\n\nImp dates\n19 Feb 1946 - mission announced\n5-12 May 1946 - Second Simla Conference\n16 May 1946 - plan announced\n",
			[]string{"T › Definition: T is a plan.", "T › Reactions: The League accepted it first.", "T › Imp dates › 1: 19 Feb 1946 - mission announced",
				"T › Imp dates › 2: 5-12 May 1946 - Second Simla Conference", "T › Imp dates › 3: 16 May 1946 - plan announced"}},
		// An entry wrapped onto an indented line that starts with a date
		// ("1 October 2016") goes on there, with the list indented under it;
		// the entry back at the margin after that list is one of its own.
		{"a timeline's entries wrapped, one with a list", "e.txt", "E-WASTE\n\nE-waste is discarded electronics.\n\nEVOLUTION OF THE RULES\n" +
			"2011  - E-waste Rules notified 12 May 2011,\n        in force 1 May 2012\n2016  - E-Waste Rules notified 23 March 2016, in force\n        1 October 2016\n" +
			"          -> lamps with mercury added\n          -> collection targets for producers\n2018  - amendment: collection targets reset\n",
			[]string{"E-WASTE › Definition: E-waste is discarded electronics.",
				"E-WASTE › EVOLUTION OF THE RULES › 1: 2011  - E-waste Rules notified 12 May 2011, in force 1 May 2012",
				"E-WASTE › EVOLUTION OF THE RULES › 2: 2016  - E-Waste Rules notified 23 March 2016, in force 1 October 2016\n- lamps with mercury added\n- collection targets for producers",
				"E-WASTE › EVOLUTION OF THE RULES › 3: 2018  - amendment: collection targets reset"}},
		// A dated line in title case over other dated lines is one of them,
		// not their heading.
		{"a timeline's first line in title case", "t.txt", "STATES\n\nPHASE III: THE ACT\n\nDec 1953: States Reorganisation Commission appointed: Fazl Ali (chairman)\nFeb 1956: Gentlemen's Agreement signed\n1956 - States Reorganisation Act passed\n",
			[]string{"STATES › PHASE III: THE ACT › 1: Dec 1953: States Reorganisation Commission appointed: Fazl Ali (chairman)",
				"STATES › PHASE III: THE ACT › 2: Feb 1956: Gentlemen's Agreement signed", "STATES › PHASE III: THE ACT › 3: 1956 - States Reorganisation Act passed"}},
		// A month's heading over its days, indented, holds them only: the
		// dated line back at the margin after them is the timeline's again;
		// a dated line after a year's indented days starts a passage of its
		// own; a box drawn around notes is read unframed.
		{"a timeline's months and years over their days, indented", "t.txt", "STATES\n\nPHASE I: INTEGRATION\n\n" +
			"Jul 1947: States Department set up under Sardar Patel\nNov 1947:\n    9 Nov - India took over Junagadh\n    29 Nov - Standstill Agreement with Hyderabad\n" +
			"Feb 1948: plebiscite in Junagadh\n1952\n    19 Oct - Potti Sriramulu began a fast\n    15 Dec - Sriramulu died\n1 Oct 1953: Andhra State created\n\n" +
			"+----------------------------+\n| REMEMBER                   |\n|                            |\n| * Article 3: new states    |\n| * Simple majority suffices |\n+----------------------------+\n",
			[]string{"STATES › PHASE I: INTEGRATION › 1: Jul 1947: States Department set up under Sardar Patel",
				"STATES › PHASE I: INTEGRATION › 2: Feb 1948: plebiscite in Junagadh",
				"STATES › PHASE I: INTEGRATION › 3: 1952 19 Oct - Potti Sriramulu began a fast\n15 Dec - Sriramulu died",
				"STATES › PHASE I: INTEGRATION › 4: 1 Oct 1953: Andhra State created",
				"STATES › PHASE I: INTEGRATION › Nov 1947: 9 Nov - India took over Junagadh\n29 Nov - Standstill Agreement with Hyderabad",
				"STATES › REMEMBER: - Article 3: new states\n- Simple majority suffices"}},
		{"lines each ending a sentence, some in lower case", "b.txt", "T\n\nT is devotion.\n\nORIGIN IN SOUTH:\nAlvars - 12 poet-saints devoted to Vishnu.\nthey travelled temple to temple singing.\n(Shankaracharya - not a bhakti saint)\n",
			[]string{"T › Definition: T is devotion.", "T › ORIGIN IN SOUTH › 1: Alvars - 12 poet-saints devoted to Vishnu.", "T › ORIGIN IN SOUTH › 2: they travelled temple to temple singing.",
				"T › ORIGIN IN SOUTH › 3: (Shankaracharya - not a bhakti saint)"}},
		{"entries wrapped at the width of the page, over a page break", "w.txt", "CHIPS\n\n" +
			"A chip is a small piece of silicon that holds billions of tiny\ntransistors, and chips run phones, cars, satellites and grids.\n\n" +
			"APPROVED UNITS\n" +
			"1. Micron Technology (US) - ATMP unit, Sanand, Gujarat - total\nRs 22,516 crore - approved June 2023; the first project under\n\n" +
			"Chip Notes | Page 2\n\n" +
			"the mission, with ground-breaking in September 2023 at Sanand.\n" +
			"2. CG Power with Renesas (Japan) and Stars Microelectronics\n- OSAT, Sanand, Gujarat - Rs 7,600 crore - approved in 2024.\n" +
			"3. Kaynes Semicon - OSAT, Sanand, Gujarat - Rs 3,307 crore for\na plant that makes about 6.3 million packaged chips in a day.\n\n" +
			"Chip Notes | Page 3\n",
			[]string{"CHIPS › Definition: A chip is a small piece of silicon that holds billions of tiny transistors, and chips run phones, cars, satellites and grids.",
				"CHIPS › APPROVED UNITS › 1: Micron Technology (US) - ATMP unit, Sanand, Gujarat - total Rs 22,516 crore - approved June 2023; the first project under the mission, with ground-breaking in September 2023 at Sanand.",
				"CHIPS › APPROVED UNITS › 2: CG Power with Renesas (Japan) and Stars Microelectronics - OSAT, Sanand, Gujarat - Rs 7,600 crore - approved in 2024.",
				"CHIPS › APPROVED UNITS › 3: Kaynes Semicon - OSAT, Sanand, Gujarat - Rs 3,307 crore for a plant that makes about 6.3 million packaged chips in a day."}},
		{"a lettered entry going on over a line of two sentences, and full entries under one bullet", "m.txt", "MOTIONS\n\n" +
			"A motion is a formal proposal made by a member for the decision of the House; all the\nbusiness of Parliament is moved as motions, and members vote on them at the end of it.\n\n" +
			"2. Types of motions\n\nThree broad categories:\na) Substantive motion - a self-contained independent proposal on a very important\n" +
			"   matter, e.g. impeachment of the President, removal of the Chief Election Commissioner.\n" +
			"b) Subsidiary motion - by itself has no meaning; it cannot state the decision of the\n   House without reference to the original motion. Three sub-types:\n" +
			"   - ancillary motion : used as the regular way of proceeding with various kinds of business\n   - amendment : seeks to modify or substitute only a part of the original motion\n\n" +
			"3. Adjournment motion\n\nRestrictions:\nThe right to move an adjournment motion is subject to these restrictions. The matter:\n" +
			"* should raise a matter which is definite, factual, urgent and of public importance\n* should not cover more than one matter\n* should not raise a question of privilege\n",
			[]string{"MOTIONS › Definition: A motion is a formal proposal made by a member for the decision of the House; all the business of Parliament is moved as motions, and members vote on them at the end of it.",
				"MOTIONS › Types of motions › Three broad categories › 1: a) Substantive motion - a self-contained independent proposal on a very important matter, e.g. impeachment of the President, removal of the Chief Election Commissioner.",
				"MOTIONS › Types of motions › Three broad categories › 2: b) Subsidiary motion - by itself has no meaning; it cannot state the decision of the House without reference to the original motion. Three sub-types:\n- ancillary motion : used as the regular way of proceeding with various kinds of business\n- amendment : seeks to modify or substitute only a part of the original motion",
				"MOTIONS › Adjournment motion › Restrictions › 1: The right to move an adjournment motion is subject to these restrictions. The matter:\n- should raise a matter which is definite, factual, urgent and of public importance",
				"MOTIONS › Adjournment motion › Restrictions › 2: should not cover more than one matter",
				"MOTIONS › Adjournment motion › Restrictions › 3: should not raise a question of privilege"}},
		{"a running header over a title in capitals on two lines, and an entry's line ending in a colon", "c.txt",
			"GS III | Environment | Handout 12\n\n      CARBON MARKETS: THE CREDIT TRADING SCHEME, 2023\n                     AND ARTICLE 6 OF THE PARIS AGREEMENT\n\n" +
				"1. Introduction\nA carbon market is a system in which rights to emit greenhouse gases are bought and sold.\n\n" +
				"2. India's approach\n• In 2023 it notified a list of activities that may be offered for\n  international trading under Article 6.2, mostly advanced technologies:\n" +
				"  renewable energy with storage and green hydrogen.\n• It keeps the cheap reductions for its own targets.\n",
			[]string{"CARBON MARKETS: THE CREDIT TRADING SCHEME, 2023 AND ARTICLE 6 OF THE PARIS AGREEMENT › Introduction: A carbon market is a system in which rights to emit greenhouse gases are bought and sold.",
				"CARBON MARKETS: THE CREDIT TRADING SCHEME, 2023 AND ARTICLE 6 OF THE PARIS AGREEMENT › India's approach › 1: In 2023 it notified a list of activities that may be offered for international trading under Article 6.2, mostly advanced technologies: renewable energy with storage and green hydrogen.",
				"CARBON MARKETS: THE CREDIT TRADING SCHEME, 2023 AND ARTICLE 6 OF THE PARIS AGREEMENT › India's approach › 2: It keeps the cheap reductions for its own targets."}},
		{"a GitHub alert or a callout without a title shows its kind as its title, but a plain note", "g.md", "# T\n\n## Impact\n\n- Exports to the EU fall as the levy bites.\n\n> [!IMPORTANT]\n> The importer pays, not the exporter.\n\n> [!note]\n> A plain note.\n\n> [!warning]\n> Fake certificates were found.\n",
			[]string{"T › Impact › 1: Exports to the EU fall as the levy bites.", "T › Impact › 2: Important\nThe importer pays, not the exporter.", "T › Impact › 3: A plain note.",
				"T › Impact › 4: Warning\nFake certificates were found."}},
		{"a quotation a warning sign opens is the warning box, one a bulb opens a quotation", "w.md", "# T\n\n## Rules\n\n- Producers register on the portal.\n\n> ⚠️ Fake certificates were found in 2023.\n\n> ❗\n> Targets rise every year.\n\n> 💡 Learn the three targets.\n",
			[]string{"T › Rules › 1: Producers register on the portal.", "T › Rules › 2: Warning\nFake certificates were found in 2023.", "T › Rules › 3: Important\nTargets rise every year.",
				"T › Rules › 4: 💡 Learn the three targets."}},
		{"an exam tip alone between blank lines heads the tips under it", "e.txt", "T\n\nT is a river.\n\nRECENT DEVELOPMENTS\n\n1. Dec 2024 -- China approves a dam.\n\nEXAM TIP\n\n- names question is a fav.\n- quote the flood figure.\n",
			[]string{"T › Definition: T is a river.", "T › RECENT DEVELOPMENTS › 1: Dec 2024 -- China approves a dam.", "T › EXAM TIP › 1: names question is a fav.", "T › EXAM TIP › 2: quote the flood figure."}},
		{"questions on lines of their own over their answers", "f.txt", "T\n\nT is a thing.\n\nFAQs\nWhy did it fail?\nBecause the states refused.\nWho led it?\nNobody did.\n",
			[]string{"T › Definition: T is a thing.", "T › FAQs › 1: Why did it fail?\nBecause the states refused.", "T › FAQs › 2: Who led it?\nNobody did."}},
		{"past questions a line each", "p.txt", "T\n\nT is devotion.\n\nPrevious year Qs\nPrelims 2013 - which saint was preaching when Babur came? ans = Guru Nanak.\nMains 2021 - Evaluate the nature of Bhakti literature.\n",
			[]string{"T › Definition: T is devotion.", "T › Previous year Qs › 1: Prelims 2013 - which saint was preaching when Babur came? ans = Guru Nanak.",
				"T › Previous year Qs › 2: Mains 2021 - Evaluate the nature of Bhakti literature."}},
		{"a numbered list after the paragraph introducing it", "k.md", "# T\n\n## Key holdings\n\nBackground: a retired judge challenged Aadhaar in 2012.\n\n1. Privacy is a fundamental right under Article 21.\n2. Two older cases were overruled to that extent.\n3. Privacy includes bodily integrity and informational privacy.\n",
			[]string{"T › Key holdings: Background: a retired judge challenged Aadhaar in 2012.", "T › Key holdings › 1: Privacy is a fundamental right under Article 21.",
				"T › Key holdings › 2: Two older cases were overruled to that extent.", "T › Key holdings › 3: Privacy includes bodily integrity and informational privacy."}},
		{"a numbered list after the paragraph that leads into it, a paragraph after", "g.md", "# T\n\nT is a thing.\n\n## Session\n\nThe AICC met in Bombay on 7 and 8 August 1942 at the Gowalia Tank Maidan, with Azad, the Congress president, in the chair. Nehru moved the resolution and Sardar Vallabhbhai Patel seconded it, and it was passed late in the evening of 8 August by a large majority, a handful of communist members voting against. The resolution declared:\n\n" +
			"1. that the immediate ending of British rule was urgently needed, both for India's sake and for the Allied cause;\n2. that a free India would throw all its resources into the struggle against fascism and imperialism;\n3. that on the withdrawal of the British a provisional government would be formed.\n\nThe slogan had been coined by Yusuf Meherally.\n",
			[]string{"T › Definition: T is a thing.", "T › Session: The AICC met in Bombay on 7 and 8 August 1942 at the Gowalia Tank Maidan, with Azad, the Congress president, in the chair. Nehru moved the resolution and Sardar Vallabhbhai Patel seconded it, and it was passed late in the evening of 8 August by a large majority, a handful of communist members voting against. The resolution declared:",
				"T › Session › 1: that the immediate ending of British rule was urgently needed, both for India's sake and for the Allied cause;",
				"T › Session › 2: that a free India would throw all its resources into the struggle against fascism and imperialism;",
				"T › Session › 3: that on the withdrawal of the British a provisional government would be formed.",
				"T › Session › 4: The slogan had been coined by Yusuf Meherally."}},
		{"a numbered list after the paragraph introducing it, in text", "p.txt", "T\n\nT is a law.\n\nPOWERS\nThe gram sabha has these powers, as the Act lists them.\n\n1. It owns minor forest produce in the village.\n2. It can ban the sale of liquor in the village.\n",
			[]string{"T › Definition: T is a law.", "T › POWERS: The gram sabha has these powers, as the Act lists them.", "T › POWERS › 1: It owns minor forest produce in the village.",
				"T › POWERS › 2: It can ban the sale of liquor in the village."}},
		{"a table pasted with tabs under its header row, and a source line", "g.txt", "G20\n\nIndia held the G20 chair in 2023.\n\nKey Outcomes\n\t• The African Union became a permanent member.\n\t• A biofuels alliance was launched.\nSource: https://pib.gov.in/\n\nMinisterial Meetings\nMeeting\tCity\tOutcome\nFinance Ministers and Central Bank Governors (1st)\tBengaluru\tOnly a chair's summary, no joint communique over Ukraine\nAgriculture Ministers\tHyderabad\tDeccan High-Level Principles on Food Security\n",
			[]string{"G20 › Definition: India held the G20 chair in 2023.", "G20 › Key Outcomes › 1: The African Union became a permanent member.", "G20 › Key Outcomes › 2: A biofuels alliance was launched.",
				"G20 › Ministerial Meetings › 1: Meeting: Finance Ministers and Central Bank Governors (1st); City: Bengaluru; Outcome: Only a chair's summary, no joint communique over Ukraine",
				"G20 › Ministerial Meetings › 2: Meeting: Agriculture Ministers; City: Hyderabad; Outcome: Deccan High-Level Principles on Food Security"}},
		{"glossary lines are each a passage", "g.md", "# T\n\n## Quick facts\n\nArticle 280 :: setting up of the Finance Commission, its composition and duties\nDivisible pool :: gross tax revenue of the Union minus cesses, surcharges and cost of collection\n",
			[]string{"T › Quick facts › 1: Article 280: setting up of the Finance Commission, its composition and duties", "T › Quick facts › 2: Divisible pool: gross tax revenue of the Union minus cesses, surcharges and cost of collection"}},
		{"a line an emoji opens with a label, standing alone, is an aside", "p.txt", "T\n\nT is a law.\n\n📌 Key Points\n👉 It extends Part IX.\n👉 It came into force in 1996.\n\n🎯 One-liner for prelims: T extends the 73rd Amendment to Fifth Schedule areas.\n",
			[]string{"T › Definition: T is a law.", "T › Key Points › 1: 👉 It extends Part IX.", "T › Key Points › 2: 👉 It came into force in 1996.",
				"T › One-liner for prelims: T extends the 73rd Amendment to Fifth Schedule areas."}},
		{"such lines the same emoji opens are bullets of the section above", "p.txt", "T\n\nT is a law.\n\n🏔️ LADAKH DEMAND 🏔️\n\n👉 Ladakh became a Union Territory in 2019.\n\n🔸 Govt response: MHA set up a committee in 2023.\n\n🔸 Legal hurdle: Article 244(2) would need an amendment.\n",
			[]string{"T › Definition: T is a law.", "T › LADAKH DEMAND › 1: 👉 Ladakh became a Union Territory in 2019.",
				"T › LADAKH DEMAND › 2: 🔸 Govt response: MHA set up a committee in 2023.", "T › LADAKH DEMAND › 3: 🔸 Legal hurdle: Article 244(2) would need an amendment."}},
		{"two such lines side by side after text are each an aside", "p.txt", "T\n\nT is a law.\n\n❓ FAQs\nQ1. Who notifies the areas?\n👉 The President.\n\n🎯 One-liner for prelims: T extends the 73rd Amendment.\n\n📝 Mains Q to practise: Critically examine T.\n",
			[]string{"T › Definition: T is a law.", "T › FAQs › 1: Who notifies the areas?\n👉 The President.",
				"T › One-liner for prelims: T extends the 73rd Amendment.", "T › Mains Q to practise: Critically examine T."}},
		{"wiki links under a label are metadata anywhere", "w.md", "# T\n\n## FAQ\n\n### Who decided it?\n\nNine judges.\n\nLinked: [[Article 21]] [[DPDP Act 2023]]\n",
			[]string{"T › FAQ › 1: Who decided it?\nNine judges."}},
		{"short key points are each a passage", "k.md", "# T\n\n## Key Points\n\n- Fast\n- Cheap\n",
			[]string{"T › Key Points › 1: Fast", "T › Key Points › 2: Cheap"}},
		{"nested entries go with their parent", "n.md", "# T\n\n## Functions\n\n- functions of the authority:\n  - approves the conservation plan of each state\n  - lays down the norms for tourism in reserves\n- it reports to Parliament every year on its work\n",
			[]string{"T › Functions › 1: functions of the authority:\n- approves the conservation plan of each state\n- lays down the norms for tourism in reserves",
				"T › Functions › 2: it reports to Parliament every year on its work"}},
		{"an attribute list after a heading (MkDocs, pandoc) is no part of it", "m.md", "# T { #top }\n\n## Threats {: #threats .warn }\n\nHeat and acid.\n",
			[]string{"T › Threats: Heat and acid."}},
		{"a stylesheet over a table nbconvert wrote is no text", "n.md", "# T\n\n## Quarters\n\n<style scoped>\n    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n</style>\n\nThe quarters above 6 per cent.\n",
			[]string{"T › Quarters: The quarters above 6 per cent."}},
		{"table rows", "t.md", "# T\n\n## Census\n\n| year | tigers |\n|---|---|\n| 2018 | 2,967 |\n| 2022 | 3,682 |\n",
			[]string{"T › Census › 1: year: 2018; tigers: 2,967", "T › Census › 2: year: 2022; tigers: 3,682"}},
		{"a grid table drawn in text, cells wrapping", "g.txt", "T\n\nT is a plan.\n\n5. COMPARISON\n\n+----------+--------------+-----------+\n| Feature  | National     | Financial |\n|          | (Art 352)    |           |\n+----------+--------------+-----------+\n| Ground   | War, armed   | Threat to |\n|          | rebellion    | credit    |\n+----------+--------------+-----------+\n| Used     | 3 times      | Never – ₹0|\n+----------+--------------+-----------+\n",
			[]string{"T › Definition: T is a plan.", "T › COMPARISON › 1: Feature: Ground; National (Art 352): War, armed rebellion; Financial: Threat to credit", "T › COMPARISON › 2: Feature: Used; National (Art 352): 3 times; Financial: Never – ₹0"}},
		{"a grid table in Markdown, its header under a border of =", "g.md", "# T\n\n## Census\n\n+------+--------+\n| year | tigers |\n+======+========+\n| 2022 | 3,682  |\n+------+--------+\n",
			[]string{"T › Census: year: 2022; tigers: 3,682"}},
		{"a post copied from Instagram: its blank lines a Braille blank, its title opened by an emoji", "insta.txt", "📲 insta save – @bhakti.decoded.upsc – \"4 ACHARYAS OF THE SOUTH\" carousel (10 slides), slide-wise notes below\n\nThe acharyas gave bhakti a philosophy.\n\u2800\n📍SLIDE 2 – ADI SHANKARA\n🏠 Born at Kaladi, on the Periyar, Kerala\n🧘 Guru: Govinda Bhagavatpada at Omkareshwar\n\u2800\n📍SLIDE 3 – RAMANUJA\n🏠 Born at Sriperumbudur\n🧘 Guru: Yadava Prakasha at Kanchipuram\n",
			[]string{"insta save – @bhakti.decoded.upsc – \"4 ACHARYAS OF THE SOUTH\" carousel (10 slides), slide-wise notes below › Definition: The acharyas gave bhakti a philosophy.",
				"insta save – @bhakti.decoded.upsc – \"4 ACHARYAS OF THE SOUTH\" carousel (10 slides), slide-wise notes below › SLIDE 2 – ADI SHANKARA: 🏠 Born at Kaladi, on the Periyar, Kerala 🧘 Guru: Govinda Bhagavatpada at Omkareshwar",
				"insta save – @bhakti.decoded.upsc – \"4 ACHARYAS OF THE SOUTH\" carousel (10 slides), slide-wise notes below › SLIDE 3 – RAMANUJA: 🏠 Born at Sriperumbudur 🧘 Guru: Yadava Prakasha at Kanchipuram"}},
		// Notes typed on a phone: no bullets and no stops, a short line over
		// the statements it heads, or one pointing down at a paragraph
		// pasted; four lines of a signature or a short list are not so headed.
		{"phone notes: short lines over the lines they head", "mjo.txt", "MJO notes\n\nMJO kya hai 👇\nA pulse of rain that goes round the tropics in 30-60 days\n\nPhases (RMM index, 8 phases)\nWheeler and Hendon 2004 made the RMM index\nPhase 1 - western hemisphere n Africa\nPhase 2 & 3 - Indian Ocean good for rain\nPhase 4 & 5 - Maritime Continent\n\n" +
			"copied from PIB 👇\nThe Union Cabinet has approved Mission Mausam to make India weather-ready.\n\nArvind Iyer\nMentor, GS-III Environment & Ecology\n(ex-Mains 2019, 2021 | Interview 2021)\nRead less, revise more\n",
			[]string{"MJO notes › MJO kya hai: A pulse of rain that goes round the tropics in 30-60 days",
				"MJO notes › Phases (RMM index, 8 phases): Wheeler and Hendon 2004 made the RMM index Phase 1 - western hemisphere n Africa\nPhase 2 & 3 - Indian Ocean good for rain\nPhase 4 & 5 - Maritime Continent",
				"MJO notes › copied from PIB › 1: The Union Cabinet has approved Mission Mausam to make India weather-ready.",
				"MJO notes › copied from PIB › 2: Arvind Iyer Mentor, GS-III Environment & Ecology (ex-Mains 2019, 2021 | Interview 2021) Read less, revise more"}},
		{"a deck of flashcards exported by Anki", "rivers.txt", "#separator:tab\n#html:false\n#tags column:3\nWhich river is called the Sorrow of Bihar?\tKosi — frequent course changes and floods\tgeo::rivers\nDams on the Tapi\tUkai and Kakrapar\tgeo::rivers\n",
			[]string{"rivers › Flashcards › 1: Which river is called the Sorrow of Bihar?\nKosi — frequent course changes and floods", "rivers › Flashcards › 2: Dams on the Tapi\nUkai and Kakrapar"}},
		{"a deck exported with no header, a card a line (Quizlet), each cited by its term", "polity.txt", "Article 352\tNational emergency on war or armed rebellion\nArticle 356\tPresident's rule in a state\r\nArticle 360\tFinancial emergency, never declared\n",
			[]string{"polity › Article 352: National emergency on war or armed rebellion", "polity › Article 356: President's rule in a state",
				"polity › Article 360: Financial emergency, never declared"}},
		{"a Quizlet deck with a term whose definition was a picture", "ocean.txt", "Calcite\tA form of calcium carbonate\nAragonite\tDissolves more easily than calcite\nBjerrum plot\t\nRevelle factor\tRises as the ocean takes up carbon\nPteropods\tSea butterflies with aragonite shells\nGOA-ON\tObserving network set up in 2012\nOmega\tSaturation state of seawater\nCCD\tDepth below which carbonate dissolves\nPETM\tWarming event 56 million years ago\nOAE\tOcean alkalinity enhancement\n",
			[]string{"ocean › Calcite: A form of calcium carbonate", "ocean › Aragonite: Dissolves more easily than calcite", "ocean › Revelle factor: Rises as the ocean takes up carbon", "ocean › Pteropods: Sea butterflies with aragonite shells", "ocean › GOA-ON: Observing network set up in 2012", "ocean › Omega: Saturation state of seawater", "ocean › CCD: Depth below which carbonate dissolves", "ocean › PETM: Warming event 56 million years ago", "ocean › OAE: Ocean alkalinity enhancement"}},
		{"a Quizlet deck whose last definition was typed over lines", "polity.txt", "Article 352\tNational emergency on war or armed rebellion\nArticle 356\tPresident's rule in a state\nArticle 360\tFinancial emergency, never declared\nArticle 368\tAmends the Constitution\nArticle 370\tTemporary provisions for Jammu and Kashmir.\nMade inoperative in August 2019",
			[]string{"polity › Article 352: National emergency on war or armed rebellion", "polity › Article 356: President's rule in a state",
				"polity › Article 360: Financial emergency, never declared",
				"polity › Article 368: Amends the Constitution", "polity › Article 370: Temporary provisions for Jammu and Kashmir. Made inoperative in August 2019"}},
		{"a Quizlet deck whose definitions are lists typed over lines", "mpc.txt", "MPC composition\t6 members:\r\n1. RBI Governor\r\n2. Deputy Governor\r\n3. one RBI officer\r\nMPC quorum\t4 members\r\n45ZA\tCentre fixes the inflation target\r\n45ZB\tconstitution of the MPC\r\nFailure report\t(a) reasons\r\n(b) remedies\r\nCasting vote\tGovernor, when tied 3-3",
			[]string{"mpc › MPC composition: 6 members: 1. RBI Governor 2. Deputy Governor 3. one RBI officer", "mpc › MPC quorum: 4 members",
				"mpc › 45ZA: Centre fixes the inflation target", "mpc › 45ZB: constitution of the MPC", "mpc › Failure report: (a) reasons (b) remedies", "mpc › Casting vote: Governor, when tied 3-3"}},
		{"a chat's message pasted, its numbered headings in the chat's bold", "waqf.txt", "Forwarded many times\r\n[17/09/25, 10:42\u202fpm] Meher (Polity grp): *WAQF ACT, 2025 – ONE SHOT REVISION*\r\n\r\n*1. Waqf kya hai (basics first)*\r\nWaqf = property given permanently for a religious purpose\r\n\r\n*2. Interim order of the SC – stayed vs not stayed*\r\nThe Collector's power to decide if land is waqf is on hold\r\n",
			[]string{"WAQF ACT, 2025 – ONE SHOT REVISION › Waqf kya hai (basics first): Waqf = property given permanently for a religious purpose",
				"WAQF ACT, 2025 – ONE SHOT REVISION › Interim order of the SC – stayed vs not stayed: The Collector's power to decide if land is waqf is on hold"}},
		{"tabbed lines under a title are no deck", "t.txt", "Emergencies\n\nArticle 352\tNational emergency\nArticle 360\tFinancial emergency\nArticle 356\tPresident's rule\n",
			[]string{"Emergencies › Definition: Article 352: National emergency\nArticle 360: Financial emergency\nArticle 356: President's rule"}},
		{"a deck whose cards' tags group them", "rivers.txt", "#separator:tab\n#tags column:3\nSorrow of Bihar?\tKosi\tgeo::rivers::himalayan current\nDams on the Tapi\tUkai and Kakrapar\tgeo::big_dams\nSource of the Jhelum\tVerinag spring\tgeo::rivers::himalayan\nUntagged\tcard\n",
			[]string{"rivers › Flashcards › 1: Untagged\ncard", "rivers › Flashcards › himalayan › 1: Sorrow of Bihar?\nKosi", "rivers › Flashcards › himalayan › 2: Source of the Jhelum\nVerinag spring",
				"rivers › Flashcards › big dams › 1: Dams on the Tapi\nUkai and Kakrapar"}},
		{"a deck whose cards Anki tagged itself, the tags sorted", "rivers.txt", "#separator:tab\n#tags column:3\nSorrow of Bihar?\tKosi\tgeo::rivers::himalayan\nSource of the Jhelum\tVerinag spring\tleech geo::rivers::himalayan marked\nDams on the Tapi\tUkai\tbig_dams Marked\n",
			[]string{"rivers › Flashcards › himalayan › 1: Sorrow of Bihar?\nKosi", "rivers › Flashcards › himalayan › 2: Source of the Jhelum\nVerinag spring",
				"rivers › Flashcards › big dams › 1: Dams on the Tapi\nUkai"}},
		// Anki's newer export: columns of a note's ID, its type and its
		// deck (its last part groups the card, the deck they share titles
		// them), fields in HTML, a cloze deletion, a CSV-quoted ID. The IDs
		// and types had been the cards' text.
		{"a deck exported with its notes' IDs, types and decks", "anki.txt", "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n" +
			"JBWN%FDBbB\tBasic\tUPSC::History::Viceroys::01 Company Rule\tWho was the <b>first Governor-General of Bengal</b>?\t<b>Warren Hastings</b><br>under the Regulating Act, 1773\tgg modern\n" +
			"\"mb@eC#DE8\"\tCloze\tUPSC::History::Viceroys::02 Crown Rule\tThe first Viceroy of India was {{c1::Lord Canning::a Lord}}.\t<ul><li>Act of 1858</li><li>Delhi Durbar</li></ul>\tgg\n",
			[]string{"Viceroys › Flashcards › 01 Company Rule › 1: Who was the first Governor-General of Bengal?\nWarren Hastings; under the Regulating Act, 1773",
				"Viceroys › Flashcards › 02 Crown Rule › 1: The first Viceroy of India was Lord Canning.\nAct of 1858; Delhi Durbar"}},
		{"a table of questions with their answers, its first row no header, as a PDF's boxes are read", "q.md", "# T\n\n## FAQs\n\n" +
			"| Q1. Can the bonds still be bought? No. The court struck the scheme down in 2024. | – |\n| --- | --- |\n| Q2. Could a foreign company buy them? Not directly, only bodies set up in India. | – |\n",
			[]string{"T › FAQs › 1: Can the bonds still be bought?\nNo. The court struck the scheme down in 2024.",
				"T › FAQs › 2: Could a foreign company buy them?\nNot directly, only bodies set up in India."}},
		{"a table of sentences, its first row no header", "t.md", "# T\n\n## Timeline\n\n| Jan 2003 | The programme was launched with five per cent blending in nine states. |\n| --- | --- |\n| 2006 | It was extended to twenty states, where it was viable. |\n",
			[]string{"T › Timeline › 1: Jan 2003; The programme was launched with five per cent blending in nine states.",
				"T › Timeline › 2: 2006; It was extended to twenty states, where it was viable."}},
		{"a table of labels and what they name, its first row no header", "g.md", "# T\n\n## At a glance\n\n| Full name | Mahatma Gandhi National Rural Employment Guarantee Act, 2005 |\n| --- | --- |\n| Ministry | Rural Development |\n",
			[]string{"T › At a glance › 1: Full name; Mahatma Gandhi National Rural Employment Guarantee Act, 2005", "T › At a glance › 2: Ministry; Rural Development"}},
		{"a table's header repeated among its rows", "r.md", "# T\n\n## Census\n\n| year | tigers |\n|---|---|\n| 2018 | 2,967 |\n| Year | Tigers |\n| 2022 | 3,682 |\n",
			[]string{"T › Census › 1: year: 2018; tigers: 2,967", "T › Census › 2: year: 2022; tigers: 3,682"}},
		{"a text table's header repeated among its rows", "r.txt", "T\n\nT is a plan.\n\nCENSUS\n| Year | Tigers |\n|---|---|\n| 2018 | 2,967, with camera traps in every reserve |\n| Year | Tigers |\n| 2022 | 3,682, the minimum being 3,167 |\n",
			[]string{"T › Definition: T is a plan.", "T › CENSUS › 1: Year: 2018; Tigers: 2,967, with camera traps in every reserve", "T › CENSUS › 2: Year: 2022; Tigers: 3,682, the minimum being 3,167"}},
		{"a Markdown pipe table in text notes", "p.txt", "T\n\nT is a plan.\n\nCENSUS\n| Year | Tigers counted in the all-India estimation |\n|---|---|\n| 2018 | 2,967, with camera traps in every reserve |\n| 2022 | 3,682, the minimum being 3,167 |\n",
			[]string{"T › Definition: T is a plan.", "T › CENSUS › 1: Year: 2018; Tigers counted in the all-India estimation: 2,967, with camera traps in every reserve", "T › CENSUS › 2: Year: 2022; Tigers counted in the all-India estimation: 3,682, the minimum being 3,167"}},
		{"markdown entries marked as in text", "m.md", "# T\n\n## Writs\n\n(a) Habeas corpus produces a detained person before the court.\n(b) Mandamus commands an official to do a public duty.\n\n" +
			"## Cases\n\ni) Golaknath (1967) held rights could not be taken away.<br>\nii) Kesavananda Bharati (1973) laid down the basic structure.<br>\n\n" +
			"## Saints\n\n• Kabir was a weaver of Varanasi who rejected caste.\n• Mirabai was a Rajput princess and a devotee of Krishna.\n\n" +
			"## Prose\n\na) single line starting with a letter stays prose.\n",
			[]string{"T › Writs › 1: Habeas corpus produces a detained person before the court.", "T › Writs › 2: Mandamus commands an official to do a public duty.",
				"T › Cases › 1: Golaknath (1967) held rights could not be taken away.", "T › Cases › 2: Kesavananda Bharati (1973) laid down the basic structure.",
				"T › Saints › 1: Kabir was a weaver of Varanasi who rejected caste.", "T › Saints › 2: Mirabai was a Rajput princess and a devotee of Krishna.",
				"T › Prose: a) single line starting with a letter stays prose."}},
		{"markdown numbers with escaped dots", "e.md", "# T\n\n## Causes\n\n1\\. **Rising sea temperature** above the summer maximum\\.\n2\\. **Ocean acidification**\\, which slows skeleton building\\.\n",
			[]string{"T › Causes › 1: Rising sea temperature above the summer maximum.", "T › Causes › 2: Ocean acidification, which slows skeleton building."}},
		{"markdown disclosures", "d.md", "# T\n\n## FAQs\n\n<details>\n<summary>Which index is used?</summary>\n\nThe CPI (Combined).\n\n</details>\n\n" +
			"<details><summary>Who notifies it?</summary>The Centre, in the Gazette.</details>\n\n## Notes\n\n<details><summary>Why is it 4%?</summary>A level with room for shocks.</details>\n",
			[]string{"T › FAQs › 1: Which index is used?\nThe CPI (Combined).", "T › FAQs › 2: Who notifies it?\nThe Centre, in the Gazette.",
				"T › Notes: Why is it 4%?\nA level with room for shocks."}},
		{"disclosures that a button's words open", "b.md", "# T\n\n## FAQs\n\n<details>\n<summary>Click to expand — FAQs</summary>\n\n**Q1. Is it banned?**\nYes, under the UAPA since 2009.\n\n**Q2. Which ministry handles it?**\nThe Home Ministry.\n\n</details>\n\n" +
			"## Timeline\n\n1967: the uprising.\n\n<details><summary>Click to expand — 1967 in detail</summary>\n\nPolice firing on 25 May killed 11 people.\n\n</details>\n",
			[]string{"T › FAQs › 1: Is it banned?\nYes, under the UAPA since 2009.", "T › FAQs › 2: Which ministry handles it?\nThe Home Ministry.",
				"T › Timeline: 1967: the uprising.", "T › Timeline › 1967 in detail: Police firing on 25 May killed 11 people."}},
		{"checklist", "c.md", "# T\n\n## To do\n\n- [x] read the act\n- [ ] make flashcards\n",
			[]string{"T › To do: - ☑ read the act\n- ☐ make flashcards"}},
		{"callout", "o.md", "# T\n\n## Status\n\nIt is statutory.\n\n> [!warning] Common confusion\n> It is not **constitutional**.\n",
			[]string{"T › Status › 1: It is statutory.", "T › Status › 2: Common confusion\nIt is not constitutional."}},
		{"exam tip callout", "e.md", "# T\n\n## Pay\n\nSame as judges.\n\n> [!tip] Exam tip\n> Do not confuse it with the CVC.\n",
			[]string{"T › Pay: Same as judges.", "T › Pay › Exam Tip: Do not confuse it with the CVC."}},
		{"dated text updates", "d.txt", "T\n\nRecent updates\nDec 2023: first images.\nMay 2024: a storm was seen.\n",
			[]string{"T › Recent updates › 1: Dec 2023: first images.", "T › Recent updates › 2: May 2024: a storm was seen."}},
		{"text Q and A", "q.txt", "T\n\nQ&A\nQ: Why L1?\nA: The Sun is always in view.\nQuestion: Is it a probe?\nAnswer: No.\n",
			[]string{"T › Q&A › 1: Why L1?\nThe Sun is always in view.", "T › Q&A › 2: Is it a probe?\nNo."}},
		{"text Q and A after other passages are FAQs", "o.txt", "T\n\nUpdates\nDec 2023: first images.\nMay 2024: a storm was seen.\n\nQ: Why L1?\nA: The Sun is always in view.\n\nExam tip: L1 is not L2.\n",
			[]string{"T › Updates › 1: Dec 2023: first images.", "T › Updates › 2: May 2024: a storm was seen.",
				"T › Frequently Asked Questions › 1: Why L1?\nThe Sun is always in view.", "T › Frequently Asked Questions › 1 › Exam Tip: L1 is not L2."}},
		{"an exam tip set off by a full stop", "f.md", "# T\n\n## Spectrum\n\nAuction is the rule.\n\nEXAM TIP. Auction is the rule and allotment the exception.\n",
			[]string{"T › Spectrum: Auction is the rule.", "T › Spectrum › Exam Tip: Auction is the rule and allotment the exception."}},
		{"an exam tip headed with a remark in brackets", "r.txt", "T\n\nFAQs\nQ1. Why L1?\nAns. The Sun is always in view.\n\n\nEXAM TIP (sir said this comes every year):\n  L1 is not L2.\n",
			[]string{"T › FAQs › 1: Why L1?\nThe Sun is always in view.", "T › FAQs › 1 › Exam Tip: L1 is not L2."}},
		{"a practice question with a remark in brackets after the FAQs", "m.txt",
			"T\n\nFAQs\nQ: Why L1?\nA: The Sun is always in view.\n\nMains Q (practice): \"Discuss the L1 point.\" (150 words)\n",
			[]string{"T › FAQs › 1: Why L1?\nThe Sun is always in view.", "T › FAQs › 2: \"Discuss the L1 point.\" (150 words)"}},
		{"an answer key's letters, not remarks", "k.txt", "T\n\nT is a plan.\n\nMCQ answers\nQ1 (b): the Sun is always in view.\nQ2 (a): L1 is not L2.\n",
			[]string{"T › Definition: T is a plan.", "T › MCQ answers › 1: Q1 (b): the Sun is always in view.", "T › MCQ answers › 2: Q2 (a): L1 is not L2."}},
		// A pipe table typed without its outer pipes, a row wrapped onto a
		// line whose first cell is empty, the notes' bullets after it; and
		// one whose first column has no header, its cells naming the rows.
		{"pipe tables without outer pipes", "p.txt", "T\n\nT is a plan.\n\nClasses\n  land class   | how often   | revenue\n  -------------|-------------|--------\n" +
			"  Polaj        | every year  | full rate\n  Parauti      | fallow for  | full rate when\n               | a while     | cultivated\n\n  - polaj was the best land\n\n" +
			"Compared\n             | Sher Shah  | Akbar\n  -----------|------------|------\n  share      | one-third  | one-third, in cash\n",
			[]string{"T › Definition: T is a plan.", "T › Classes › 1: land class: Polaj; how often: every year; revenue: full rate",
				"T › Classes › 2: land class: Parauti; how often: fallow for a while; revenue: full rate when cultivated", "T › Classes › 3: polaj was the best land",
				"T › Compared: share; Sher Shah: one-third; Akbar: one-third, in cash"}},
		{"a table set out in columns of spaces", "c.txt", "T\n\nPREMIUM\nKharif        2%\nRabi          1.5%\nQ:  a question set apart\n",
			[]string{"T › PREMIUM › 1: Kharif: 2%\nRabi: 1.5%", "T › PREMIUM › 2: a question set apart"}},
		{"a table of five aligned columns under a header in lower case", "w.txt", "T\n\nSYSTEMS\nsystem    owner    type       sats (approx)   orbit\nGPS       USA      global     31              MEO\nNavIC     India    regional   7               GEO + IGSO\nQZSS      Japan    regional   4               GEO\n\nNot  a  table  of  five  columns  typed  with  double  spaces.\n",
			[]string{"T › SYSTEMS › 1: system: GPS; owner: USA; type: global; sats (approx): 31; orbit: MEO", "T › SYSTEMS › 2: system: NavIC; owner: India; type: regional; sats (approx): 7; orbit: GEO + IGSO",
				"T › SYSTEMS › 3: system: QZSS; owner: Japan; type: regional; sats (approx): 4; orbit: GEO", "T › SYSTEMS › 4: Not  a  table  of  five  columns  typed  with  double  spaces."}},
		{"a table with a rule of dashes under its header", "r.txt", "T\n\nComparison\n\n  Feature        President          Vice-President\n  -------------  -----------------  --------------\n  Who elects     MPs and MLAs       all MPs\n  Resigns to     Vice-President     President\n",
			[]string{"T › Comparison › 1: Feature: Who elects; President: MPs and MLAs; Vice-President: all MPs", "T › Comparison › 2: Feature: Resigns to; President: Vice-President; Vice-President: President"}},
		{"five columns not aligned are no table", "n.txt", "T\n\nNOTES\nGPS  USA  global  31  MEO\nNavIC    India  regional    7  GEO\nQZSS  Japan  regional  4  GEO\n",
			[]string{"T › NOTES: GPS  USA  global  31  MEO NavIC    India  regional    7  GEO QZSS  Japan  regional  4  GEO"}},
		{"a practice question after other passages", "m.txt", "T\n\nISSUES\n- delays in paying claims\n- low awareness of the scheme among farmers\n\nMains Q: Critically analyse the scheme. (15 marks)\n",
			[]string{"T › ISSUES: - delays in paying claims\n- low awareness of the scheme among farmers",
				"T › Practice questions: Critically analyse the scheme. (15 marks)"}},
		{"text Q and A under a heading promising questions stay there", "p.txt", "T\n\nPRACTICE QUESTIONS\nTry these.\n\nQ: Why L1?\nA: The Sun is always in view.\n",
			[]string{"T › PRACTICE QUESTIONS › 1: Try these.", "T › PRACTICE QUESTIONS › 2: Why L1?\nThe Sun is always in view."}},
		{"a paragraph after a Q/A pair is not its answer", "a.txt", "T\n\nImp points\n- It is a federal body.\n\nQ1. Who chairs it?\nAns. The Finance Minister.\n\nImportant: Article 279A lists its work.\n",
			[]string{"T › Imp points › 1: It is a federal body.", "T › Imp points › 2: Important: Article 279A lists its work.",
				"T › Frequently Asked Questions › 1: Who chairs it?\nThe Finance Minister."}},
		{"a paragraph after an exam tip is not the tip", "e.txt", "T\n\nPOWERS\nIt can summon anyone.\n\nExam tip: do not confuse it with the CVC.\n\nIt reports to Parliament every year.\n",
			[]string{"T › POWERS › 1: It can summon anyone.", "T › POWERS › Exam Tip: do not confuse it with the CVC.",
				"T › POWERS › 2: It reports to Parliament every year."}},
		{"lines numbered one after another by the same word are no headings, though they name a kind", "d.txt", "T\n\nT is a food scheme.\n\nSERIES\n\nDay 1 - History of PDS\nDay 2 - NFSA in 10 points\nDay 3 - Fortified rice + In news\n\nSave this post.\n",
			[]string{"T › Definition: T is a food scheme.", "T › SERIES › 1: Day 1 - History of PDS\nDay 2 - NFSA in 10 points\nDay 3 - Fortified rice + In news", "T › SERIES › 2: Save this post."}},
		{"a table set apart by tabs, its cells long and its labels of five words", "t.txt", "T\n\nT is a law of 2021.\n\nCASE FOR AND AGAINST\nGovt says\tCritics say\nTribunals have not led to faster justice in the last three years\tHigh Courts already have huge pendency, and more appeals now go to them\nTribunals cost the exchequer a great deal\tSpecialist benches lost their technical members\n\nBODIES ABOLISHED\nAct\tBody wound up\tAppeals/cases now go to\nCinematograph Act 1952\tFilm Certification Appellate Tribunal\tHigh Court\nCopyright Act 1957\tAppellate Board\tCommercial Court\n",
			[]string{"T › Definition: T is a law of 2021.",
				"T › CASE FOR AND AGAINST › 1: Govt says: Tribunals have not led to faster justice in the last three years; Critics say: High Courts already have huge pendency, and more appeals now go to them",
				"T › CASE FOR AND AGAINST › 2: Govt says: Tribunals cost the exchequer a great deal; Critics say: Specialist benches lost their technical members",
				"T › BODIES ABOLISHED › 1: Act: Cinematograph Act 1952; Body wound up: Film Certification Appellate Tribunal; Appeals/cases now go to: High Court",
				"T › BODIES ABOLISHED › 2: Act: Copyright Act 1957; Body wound up: Appellate Board; Appeals/cases now go to: Commercial Court"}},
		{"text tasks ticked or not", "c.txt", "T\n\nT is a law.\n\nREVISION CHECKLIST\n- [x] Read the verdict in the paper\n- [ ] Answer two PYQs on tribunals\n- [ ] Track the new commission\n",
			[]string{"T › Definition: T is a law.", "T › REVISION CHECKLIST: - ☑ Read the verdict in the paper\n- ☐ Answer two PYQs on tribunals\n- ☐ Track the new commission"}},
		{"a zettel's links to the notes around it are no definition", "z.md", "# 202511201530 Tribunals\n\nUp: [[202511181045 Articles 323A and 323B]] · Next: [[202511201610 National Tribunals Commission]]\n\n## Core idea\n\nTribunalisation moves disputes to bodies with experts.\n",
			[]string{"Tribunals › Core idea: Tribunalisation moves disputes to bodies with experts."}},
		{"labelled lines keep their line breaks", "k.txt", "T\n\nTHE BATTLE\nDate: 23 June 1757\nPlace: Palashi, near Murshidabad\nGrey -> from natural gas\nUpper bound : MSF rate\n",
			[]string{"T › THE BATTLE: Date: 23 June 1757\nPlace: Palashi, near Murshidabad\nGrey -> from natural gas\nUpper bound : MSF rate"}},
		{"text lines written one entry a line", "e.txt", "T\n\nCOLOURS\n\nGrey - from natural gas; the carbon is released.\nGreen - from water split with renewable power.\n  Stage I: electrolysers made at home.\nMost of it is grey today.\n\nWrapped prose\nruns on.\n",
			[]string{"T › COLOURS › 1: Grey - from natural gas; the carbon is released.", "T › COLOURS › 2: Green - from water split with renewable power.\n- Stage I: electrolysers made at home.",
				"T › COLOURS › 3: Most of it is grey today.", "T › COLOURS › 4: Wrapped prose runs on."}},
		{"text question marked by its exam", "m.txt", "T\n\nREVISION\n\nLaunched in 2023.\nRun by the ministry.\nMains Q: Examine its challenges.\n",
			[]string{"T › REVISION › 1: Launched in 2023.", "T › REVISION › 2: Run by the ministry.", "T › REVISION › 3: Examine its challenges."}},
		{"markdown line under the title is its subtitle", "s.md", "# T\nenv + biodiversity | GS3 | self notes\n\nT is a bird of dry grasslands.\n",
			[]string{"T › Definition: T is a bird of dry grasslands."}},
		{"markdown exam tip after a FAQ's indented answers is the section's", "f.md", "# T\n\n## faq / q-bank\n1. why is it rare?\n   -> one egg a year.\n2. where is it found?\n   -> in the desert.\n\nexam tip: learn its status.\n",
			[]string{"T › faq / q-bank › 1: why is it rare?\n-> one egg a year.", "T › faq / q-bank › 2: where is it found?\n-> in the desert.", "T › faq / q-bank › Exam Tip: learn its status."}},
		{"markdown heading that does not ask after a FAQ's questions", "p.md", "# T\n\n## FAQs\n\n### Why?\n\nBecause.\n\n---\n\n**Exam Tip:** Pair leaders with centres.\n\n### Practice Question\n\nWhy did it fail? Discuss.\n",
			[]string{"T › FAQs › 1: Why?\nBecause.", "T › FAQs › Exam Tip: Pair leaders with centres.", "T › FAQs › Practice Question: Why did it fail? Discuss."}},
		{"markdown heading of a kind of section under a FAQ heads a part", "q.md", "# T\n\n## PYQs & FAQs\n\n### Prelims PYQ\n\nWhich is correct? (a) 1 only\n\n### FAQs\n\n- Why is it rare?\n    One egg a year.\n",
			[]string{"T › PYQs & FAQs › 1: Prelims PYQ\nWhich is correct? (a) 1 only", "T › PYQs & FAQs › FAQs › 1: Why is it rare? One egg a year."}},
		{"markdown exam tips under a FAQ's question are tips of their own", "u.md", "# T\n\n## FAQs\n\n**Q1. Why is it rare?** One egg a year.\n\n### Exam tips\n\n- Learn dates in pairs.\n- Add Goa only as a side note.\n",
			[]string{"T › FAQs › 1: Why is it rare? One egg a year.", "T › FAQs › Exam tips › 1: Learn dates in pairs.", "T › FAQs › Exam tips › 2: Add Goa only as a side note."}},
		{"markdown heading over a table under a FAQ heads its rows", "r.md", "# T\n\n## Traps & PYQs\n\n### Prelims traps\n\n#### Trap\n\n| Statement | Why |\n| --- | --- |\n| All 18 are listed | only 13 |\n| Nilgiri joined in 1986 | in 2000 |\n\n#### Which is correct?\n\n| Option | Note |\n| --- | --- |\n| 1 only | the core |\n| 2 only | the buffer |\n",
			[]string{"T › Traps & PYQs › 1: Prelims traps", "T › Traps & PYQs › 2: Which is correct?\n- Option: 1 only; Note: the core\n- Option: 2 only; Note: the buffer",
				"T › Traps & PYQs › Trap › 1: Statement: All 18 are listed; Why: only 13", "T › Traps & PYQs › Trap › 2: Statement: Nilgiri joined in 1986; Why: in 2000"}},
		{"markdown exam tips beside the questions are tips of their own", "t.md", "# T\n\n## PYQs & FAQs\n\n### FAQs\n\n- Why is it rare?\n    One egg a year.\n\n### Exam tips\n\n1. Learn dates in pairs.\n2. Add Goa only as a side note.\n",
			[]string{"T › PYQs & FAQs › FAQs › 1: Why is it rare? One egg a year.", "T › PYQs & FAQs › Exam tips › 1: Learn dates in pairs.", "T › PYQs & FAQs › Exam tips › 2: Add Goa only as a side note."}},
		{"Logseq heading blocks in blocks head their blocks, properties dropped", "PMLA.md", "title:: PMLA\n\n- ## Judgments\n\t- ### Pankaj Bansal (2023)\n\t  collapsed:: true\n\t\t- Grounds of arrest must be given in writing.\n\t- ### Tarsem Lal (2024)\n\t\t- No arrest after cognisance if the accused appears on summons.\n- ## Basics\n\t- Enacted in 2002, in force from 2005.\n",
			[]string{"PMLA › Judgments › Pankaj Bansal (2023): Grounds of arrest must be given in writing.", "PMLA › Judgments › Tarsem Lal (2024): No arrest after cognisance if the accused appears on summons.", "PMLA › Basics: Enacted in 2002, in force from 2005."}},
		{"Logseq block properties dropped from a list that is no outline", "EV.md", "title:: EV\n\n- ## Basics\n\t- Why EVs? #mains\n\t  collapsed:: true\n\t\t- oil imports\n\t- battery is 40% of the price\n",
			[]string{"EV › Basics: - Why EVs? #mains\n  - oil imports\n- battery is 40% of the price"}},
		{"markdown labelled lines keep their line breaks", "k.md", "# T\n\n## The Battle\nDate: 23 June 1757\n**Place:** Palashi\nResult: Company victory\n\n## Prose\nIt wraps\nonto a line.\n",
			[]string{"T › The Battle: Date: 23 June 1757\nPlace: Palashi\nResult: Company victory", "T › Prose: It wraps onto a line."}},
		{"markdown hard line breaks keep their line breaks", "h.md", "# T\n\n## Quick Facts\nDate: 23 June 1757  \nPlace: Palashi, Bengal  \nwon by the Company\\\nSiraj-ud-Daulah fled\n",
			[]string{"T › Quick Facts: Date: 23 June 1757\nPlace: Palashi, Bengal\nwon by the Company\nSiraj-ud-Daulah fled"}},
		{"markdown dated lines are developments", "d.md", "# T\n\n## Recent updates\nDec 2023: first images.  \nMay 2024: a storm was seen.\n",
			[]string{"T › Recent updates › 1: Dec 2023: first images.", "T › Recent updates › 2: May 2024: a storm was seen."}},
		{"markdown headings of emoji alone", "e.md", "# T\n\nA body.\n\n## 📌\n\nIt can order a search of premises, and attach property.\n\n## ✨🔥\n**Key facts**\n\n- It reports every year.\n\n## Powers\n\nIt can summon anyone.\n\n### 📝\n\nIt can hear appeals.\n",
			[]string{"T › Definition: A body.", "T › It can order a search of premises…: It can order a search of premises, and attach property.",
				"T › Key facts › 1: It reports every year.", "T › Powers › 1: It can summon anyone.", "T › Powers › 2: It can hear appeals."}},
		{"text headings of emoji alone", "e.txt", "T\n\nA body.\n\n1. 📌\n- It can order a search of premises, and attach property.\n\n2. POWERS\n- It can summon anyone.\n\n🔥🔥:\nIt can hear appeals.\n\n📝\n===\nDates to remember: 2014.\n",
			[]string{"T › Definition: A body.", "T › It can order a search of premises…: It can order a search of premises, and attach property.",
				"T › POWERS › 1: It can summon anyone.", "T › POWERS › 2: It can hear appeals.", "T › Dates to remember…: Dates to remember: 2014."}},
		{"a list before the questions is one passage, cited as the section", "f.txt", "0\nFrequentlY Asked Questions\n! AnswerPoints: . * .\n0) !", // found by FuzzParseText: the numbering looped forever
			[]string{"0 › FrequentlY Asked Questions: !\n- .\n- .", "0 › FrequentlY Asked Questions › 1: !"}},
		{"a list over the questions of a PYQ section", "r.md", "# T\n\nT is a thing.\n\n## UPSC Relevance and PYQ\n\n- GS Paper I: climatology.\n- Prelims: monsoon forecasts.\n\n" +
			"### Previous Year Question (Prelims 2017)\n\nWhich statement is correct?\n\n### Mains practice question\n\nExplain how T works.\n",
			[]string{"T › Definition: T is a thing.", "T › UPSC Relevance and PYQ: - GS Paper I: climatology.\n- Prelims: monsoon forecasts.",
				"T › UPSC Relevance and PYQ › 1: Previous Year Question (Prelims 2017)\nWhich statement is correct?", "T › UPSC Relevance and PYQ › 2: Mains practice question\nExplain how T works."}},
		{"entries wrapped without indentation", "w.txt", "T\n\nONSET\n- The monsoon reaches Kerala around 1 June, after which it\nwithdraws from the north-west in September.\n- A break is a dry spell of a week or more when the monsoon\ntrough shifts to the foothills.\n",
			[]string{"T › ONSET › 1: The monsoon reaches Kerala around 1 June, after which it withdraws from the north-west in September.",
				"T › ONSET › 2: A break is a dry spell of a week or more when the monsoon trough shifts to the foothills."}},
		{"bullets of every kind", "b.txt", "T\n\nPowers\n\n* It can order a search of any premises.\n– It can attach property acquired by corruption.\ni. It can summon any person it wants to hear.\n",
			[]string{"T › Powers › 1: It can order a search of any premises.", "T › Powers › 2: It can attach property acquired by corruption.",
				"T › Powers › 3: It can summon any person it wants to hear."}},
		{"entries with hanging indents", "h.txt", "T\n\nbig list (pass: state: notes):\n\nkarakoram pass: ladakh: nubra <-> yarkand: ~5540m, old caravan route\n  on the silk road\nkhardung la: ladakh: leh <-> nubra: ~5359m, road made in\n  1976, open to vehicles in 1988\npir panjal pass / pir ki gali: j&k: poonch <-> shopian: mughal\n  road\n",
			[]string{"T › big list (pass: state: notes) › 1: karakoram pass: ladakh: nubra <-> yarkand: ~5540m, old caravan route on the silk road",
				"T › big list (pass: state: notes) › 2: khardung la: ladakh: leh <-> nubra: ~5359m, road made in 1976, open to vehicles in 1988",
				"T › big list (pass: state: notes) › 3: pir panjal pass / pir ki gali: j&k: poonch <-> shopian: mughal road"}},
		{"practice questions after the answers of a FAQ", "d.txt", "passes\n\ndoubts cleared by sir (faq):\nq: why is zoji la so risky?\na: heavy snow and avalanche slopes on a narrow road\n" +
			"q: whats the use of DBO?\na: a military base right at the LAC\n\nmains qs (my own framing):\n" +
			"1. \"the passes of ladakh are both lifelines and liabilities.\" discuss with examples (150w)\n2. how do all-weather tunnels change the military balance along the LAC? (250w)\n",
			[]string{"passes › doubts cleared by sir (faq) › 1: why is zoji la so risky?\nheavy snow and avalanche slopes on a narrow road",
				"passes › doubts cleared by sir (faq) › 2: whats the use of DBO?\na military base right at the LAC",
				"passes › mains qs (my own framing) › 1: \"the passes of ladakh are both lifelines and liabilities.\" discuss with examples (150w)",
				"passes › mains qs (my own framing) › 2: how do all-weather tunnels change the military balance along the LAC? (250w)"}},
		{"a bullet after a line wrapped full", "w.txt", "T\n\nwhy bother:\n- upsc loves match the pass with the state in prelims and border infra\n  in mains gs3, so learn the state of each pass along with its range\n- la means pass in tibetan and ladakhi, so writing khardung la pass is\n  pass pass, which is fine in prelims though it reads oddly in mains\n- a pass is a gap or saddle in a ridge where a route can cross, and the\n  ladakh ones are very high, most of them above five thousand metres\n- ranges from south to north are pir panjal, great himalaya, zanskar and\n  the ladakh range and then the karakoram, each with passes of its own\n- since 2019 ladakh is a separate union territory, so check which side\n  of the line a pass lies on before you write j&k in a mains answer\n",
			[]string{"T › why bother › 1: upsc loves match the pass with the state in prelims and border infra in mains gs3, so learn the state of each pass along with its range",
				"T › why bother › 2: la means pass in tibetan and ladakhi, so writing khardung la pass is pass pass, which is fine in prelims though it reads oddly in mains",
				"T › why bother › 3: a pass is a gap or saddle in a ridge where a route can cross, and the ladakh ones are very high, most of them above five thousand metres",
				"T › why bother › 4: ranges from south to north are pir panjal, great himalaya, zanskar and the ladakh range and then the karakoram, each with passes of its own",
				"T › why bother › 5: since 2019 ladakh is a separate union territory, so check which side of the line a pass lies on before you write j&k in a mains answer"}},
		{"arrow bullets", "a.txt", "T\n\nFUNCTIONS\n=> Recommends the taxes and cesses to be subsumed in GST\n=> Recommends the goods and services that may be exempted\n-> Lays down the threshold of turnover for exemption\n",
			[]string{"T › FUNCTIONS › 1: Recommends the taxes and cesses to be subsumed in GST", "T › FUNCTIONS › 2: Recommends the goods and services that may be exempted",
				"T › FUNCTIONS › 3: Lays down the threshold of turnover for exemption"}},
		{"exam tip heading and callout in a FAQ", "f.md", "# T\n\n## FAQs\n\n### Why?\n\nBecause.\n\n### Exam tip\n\nSay why.\n\n### How?\n\nThus.\n\n> [!tip] Exam tip\n> Say how.\n",
			[]string{"T › FAQs › 1: Why?\nBecause.", "T › FAQs › 1 › Exam Tip: Say why.", "T › FAQs › 2: How?\nThus.", "T › FAQs › 2 › Exam Tip: Say how."}},
		{"long section in parts", "p.md", "# T\n\n## Background\n\n" + strings.Repeat("The commission met every year and reported to the government on what it had found. ", 12) + "\n\n" + strings.Repeat("Its reports were tabled in Parliament and debated at length by the members. ", 12) + "\n",
			[]string{"T › Background › 1: " + strings.TrimSpace(strings.Repeat("The commission met every year and reported to the government on what it had found. ", 12)),
				"T › Background › 2: " + strings.TrimSpace(strings.Repeat("Its reports were tabled in Parliament and debated at length by the members. ", 12))}},
		{"obsidian inline", "i.md", "# T\n\nThe ==Lokpal== is linked to [[Central Vigilance Commission|CVC]] and [[CBI]] ~~not~~ [site](http://x.org).\n",
			[]string{"T › Definition: The Lokpal is linked to CVC and CBI not site."}},
		{"notion export: a link's target in parentheses, toggles in a FAQ", "n.md", "# T\n\n📌 **Linked:** [P](P%20b7.md) · [C](C%208e.md)\n\nSee [the PM](Prime%20Minister%20(India)%20b7c1.md) and ![Untitled](T%20(Union)%20c4d9/Untitled.png) here.\n\n# FAQs\n\nCan he be dropped?\nNo, not alone.\n\nWhy?\nBecause the PM advises.\n",
			[]string{"T › Definition: See the PM and Untitled here.", "T › FAQs › 1: Can he be dropped?\nNo, not alone.", "T › FAQs › 2: Why?\nBecause the PM advises."}},
		{"obsidian embeds and bold within words", "e.md", "# T\n\nThe crew module [[Crew Module|CM]] is shown below.\n![[crew-module.png]]\n![[Crew Module]]\n\n## Memory hook\n\n**C**rew **E**scape = get **out** fast.\n",
			[]string{"T › Definition: The crew module CM is shown below. Crew Module", "T › Memory hook: Crew Escape = get out fast."}},
		// found by FuzzParseMarkdown: a stray "[[A|B]" before a link stays text, and the word after the link stays
		{"obsidian links in a run", "r.md", "# T\n\n## Run\n\n[[A|B][[A|B]]z\n\n## Spaced\n\nSee [[A|B] [[Lokpal|the Lokpal]] today, [[CBI]] and [[CVC|.\n",
			[]string{"T › Run: [[A|B]Bz", "T › Spaced: See [[A|B] the Lokpal today, CBI and [[CVC|."}},
		{"bold questions in a FAQ", "q.md", "# T\n\n## FAQs\n\n**Q1. Who appoints it?**\n\nThe President.\n\n**Q2. What is the fee?**\nAns: Ten rupees.\n",
			[]string{"T › FAQs › 1: Who appoints it?\nThe President.", "T › FAQs › 2: What is the fee?\nTen rupees."}},
		{"bold questions right under a FAQ heading", "q.md", "# T\n\n## FAQs\n**Can it be filed online?**\nYes, on the portal.\n\n**Q2. Who hears appeals?**\n\nThe commission.\n",
			[]string{"T › FAQs › 1: Can it be filed online?\nYes, on the portal.", "T › FAQs › 2: Who hears appeals?\nThe commission."}},
		{"bold Q and Ans marks", "a.md", "# T\n\n## PYQs\n\n**Q.** Which formula gives the primary deficit?\n\n**Ans:** Fiscal deficit minus interest.\n",
			[]string{"T › PYQs › 1: Which formula gives the primary deficit?\nFiscal deficit minus interest."}},
		{"bold question outside a FAQ", "o.md", "# T\n\n## Notes\n\nIt is a statutory body.\n\n**Q1. Is it constitutional?**\n\nNo.\n",
			[]string{"T › Notes › 1: It is a statutory body.", "T › Notes › 2: Is it constitutional?\nNo."}},
		{"html breaks and cells part words", "h.md", "# T\n\n## Water\n\nIt is H<sub>2</sub>O.<br>Ice floats on it.\n\n<table><tr><td>Sundarbans</td><td>West Bengal</td></tr></table>\n",
			[]string{"T › Water › 1: It is H2O. Ice floats on it.", "T › Water › 2: Sundarbans West Bengal"}},
		{"faq intro and callouts", "c.md", "# T\n\n## FAQs\n\nAsked most often.\n\n### Who appoints it?\n\nThe President.\n\n> [!note] Note\n> On the committee's advice.\n\n> [!question]- Is the PM covered?\n> Yes, with safeguards.\n",
			[]string{"T › FAQs: Asked most often.", "T › FAQs › 1: Who appoints it?\nThe President.\nNote\nOn the committee's advice.", "T › FAQs › 2: Is the PM covered?\nYes, with safeguards."}},
		{"footnote text where it is cited", "f.md", "# T\n\n## Status\n\nIt came into force in 2014.[^a]\n\n## Recent Developments\n\n- In 2024, it was amended.\n\n[^a]: Notified on 16 January 2014,\n    by the ministry.\n",
			[]string{"T › Status: It came into force in 2014. (Notified on 16 January 2014, by the ministry.)", "T › Recent Developments › 1: In 2024, it was amended."}},
		{"outline by indentation alone", "o.txt", "T\n\nT is a council.\n\nIMP CASES\n\tMohit Minerals (2022)\n\t\tIts recommendations do not bind Parliament or the states.\n\tVKC Footsteps (2021)\n\t\tThe refund rules for an inverted duty structure were upheld.\n\nSUMMARY\n    It was set up in 2016 and is chaired by the\n    Union Finance Minister.\n",
			[]string{"T › Definition: T is a council.",
				"T › IMP CASES › 1: Mohit Minerals (2022)\n- Its recommendations do not bind Parliament or the states.",
				"T › IMP CASES › 2: VKC Footsteps (2021)\n- The refund rules for an inverted duty structure were upheld.",
				"T › SUMMARY: It was set up in 2016 and is chaired by the Union Finance Minister."}},
		{"outlines headed by lines in any case", "o.txt", "T\n\nT is a doctrine.\n\nDebate on NFU\n\tArguments for keeping it\n\t\tit lowers the risk of accidental or hasty use in a crisis\n\tArguments against it\n\t\tit may invite the adversary to strike first\n\n" +
			"India & global regimes\n\tNPT (1968) - not signed, India calls it discriminatory\n\tNSG membership still blocked\n\t\tmainly by China, as India has not signed the NPT\n",
			[]string{"T › Definition: T is a doctrine.",
				"T › Debate on NFU › 1: Arguments for keeping it\n- it lowers the risk of accidental or hasty use in a crisis",
				"T › Debate on NFU › 2: Arguments against it\n- it may invite the adversary to strike first",
				"T › India & global regimes › 1: NPT (1968) - not signed, India calls it discriminatory",
				"T › India & global regimes › 2: NSG membership still blocked\n- mainly by China, as India has not signed the NPT"}},
		{"a colon heading beside the outline's heads", "o.txt", "T\n\nT is a doctrine.\n\nRecent developments\n\tAgni-V MIRV test (March 2024)\n\tSIPRI: India counted ahead of Pakistan\n\t\tfirst time in 2024\n\n" +
			"Revision:\n\tPokhran-I = 18 May 1974\n\tPokhran-II = 11 and 13 May 1998\n",
			[]string{"T › Definition: T is a doctrine.",
				"T › Recent developments › 1: Agni-V MIRV test (March 2024)",
				"T › Recent developments › 2: SIPRI: India counted ahead of Pakistan\n- first time in 2024",
				"T › Revision: Pokhran-I = 18 May 1974\nPokhran-II = 11 and 13 May 1998"}},
		{"mermaid diagram", "m.md", "# T\n\n## Flow\n\n```mermaid\ngraph TD\n  A[Bill introduced] --> B{Passed by both Houses?}\n  B -->|No| D[[Joint sitting]]\n  style A fill:#f9f\n```\n\n## Map\n\n```mermaid\nmindmap\n  root((Parliament))\n    Lok Sabha\n```\n",
			[]string{"T › Flow: Bill introduced → Passed by both Houses?\nPassed by both Houses? → No → Joint sitting", "T › Map: Parliament\n    Lok Sabha"}},
		{"footnote cited nowhere", "f.md", "# T\n\n## Status\n\nIt came into force in 2014.\n\n[^a]: Notified on 16 January 2014.\n",
			[]string{"T › Status › 1: It came into force in 2014.", "T › Status › 2: Notified on 16 January 2014."}},
		{"exam tips behind emoji", "e.md", "# T\n\n## Key Points\n\n- Meets four times a year.\n\n💡 Exam tip: Do not confuse it with the department.\n\n### 📝 Exam tip\n\nSay when it first met.\n",
			[]string{"T › Key Points › 1: Meets four times a year.", "T › Key Points › Exam Tip: Do not confuse it with the department.", "T › Key Points › Exam Tip 2: Say when it first met."}},
		{"bold metadata labels are metadata", "meta.md", "# T\n\n**Category:** Agriculture\n**Tags:** #gs3\n\nText.\n",
			[]string{"T › Definition: Text."}},
		{"a mind map typed as an indented tree under its heading", "m.txt", "PESA\n\nPESA 1996\n  = the self-rule law for Fifth Schedule areas\n  + WHY PESA?\n    - 73rd amendment -> Part IX for panchayats all over India\n    - Art 243M(1) -> Part IX does NOT apply to Scheduled Areas, so\n      Parliament had to extend it\n  + 7 POWERS ENDOWED (sec 4(m)) -> to the gram sabha and panchayats\n    1. enforce prohibition or regulate intoxicants\n    2. ownership of minor forest produce\n  + MINOR FOREST PRODUCE\n    - the gram sabha owns it but PESA never defines it\n    - bamboo -> no transit permit outside forests\n\nQ/A\nQ: does PESA cover the Sixth Schedule?\nA: no\n",
			[]string{"PESA › PESA 1996: = the self-rule law for Fifth Schedule areas",
				"PESA › WHY PESA? › 1: 73rd amendment -> Part IX for panchayats all over India",
				"PESA › WHY PESA? › 2: Art 243M(1) -> Part IX does NOT apply to Scheduled Areas, so Parliament had to extend it",
				"PESA › 7 POWERS ENDOWED (sec 4(m)) -> to the gram sabha and panchayats: - enforce prohibition or regulate intoxicants\n- ownership of minor forest produce",
				"PESA › MINOR FOREST PRODUCE: - the gram sabha owns it but PESA never defines it\n- bamboo -> no transit permit outside forests",
				"PESA › Q/A › 1: does PESA cover the Sixth Schedule?\nno"}},
		{"a textbook chapter copied from a PDF, its pages' numbers and running header dropped", "c.txt", "CHAPTER 4\nDeficits and Debt\n\nAfter studying this chapter, you should be able to:\n• tell the deficits apart\n• explain public debt\n\n4.1 INTRODUCTION\n\nA government runs a deficit when it spends more than it earns.\n\n4.2 MEASURES OF DEFICIT\n\nEvery receipt falls in the revenue or the capital account.\n\n4.2.1 Revenue Deficit\n\nRevenue deficit is revenue expenditure over revenue receipts.\n\n                                87\n\nChapter 4  Deficits and Debt\n\n4.2.2 Fiscal Deficit\n\nFiscal deficit is total expenditure over receipts other than borrowing.\n\n88\n\nChapter 4  Deficits and Debt\n\n4.3 PUBLIC DEBT\n\nPublic debt is money the Union borrows.\n",
			[]string{"CHAPTER 4: Deficits and Debt › Definition: After studying this chapter, you should be able to:\n- tell the deficits apart\n- explain public debt",
				"CHAPTER 4: Deficits and Debt › INTRODUCTION: A government runs a deficit when it spends more than it earns.",
				"CHAPTER 4: Deficits and Debt › MEASURES OF DEFICIT: Every receipt falls in the revenue or the capital account.",
				"CHAPTER 4: Deficits and Debt › MEASURES OF DEFICIT › Revenue Deficit: Revenue deficit is revenue expenditure over revenue receipts.",
				"CHAPTER 4: Deficits and Debt › MEASURES OF DEFICIT › Fiscal Deficit: Fiscal deficit is total expenditure over receipts other than borrowing.",
				"CHAPTER 4: Deficits and Debt › PUBLIC DEBT: Public debt is money the Union borrows."}},
		{"an e-paper's article copied as text: its page, 8, on every page, the running header beside it and the masthead dropped; a line going on in lower case no heading", "c.txt",
			"THE HINDU | OPINION          NEW DELHI, MONDAY, JUNE 16, 2025\n\nSmall tables, big ocean\n\nIndia's diplomacy rests on modest institutions.\n\nThe Conclave began in 2011 as a trilateral\ndialogue of India, Sri Lanka and the Maldives. It was\nrevived in\n\n8\n\nTHE HINDU | OPINION\n\nNovember 2020 under its present name. This is the practical\nmeaning of the phrase \"first responder\" that New Delhi uses so\noften. IORA was founded in 1997 with its secretariat in\n\n8\n\nTHE HINDU | OPINION\n\nMauritius.\n",
			[]string{"Small tables, big ocean › Definition: India's diplomacy rests on modest institutions.\nThe Conclave began in 2011 as a trilateral dialogue of India, Sri Lanka and the Maldives. It was revived in November 2020 under its present name. This is the practical meaning of the phrase \"first responder\" that New Delhi uses so often. IORA was founded in 1997 with its secretariat in Mauritius."}},
		{"mains answers practised in parts: each question heads its answer's Intro, Body and Conclusion", "c.txt",
			"Mains practice - week 11\n\nQ1. Examine the cess as a parallel tax. (15 marks, 250 words)\n\nIntro:\nCesses are earmarked taxes outside the divisible pool.\n\nBody:\n* their share of gross tax revenue doubled in ten years\n* the states get less than the 41 per cent the commission set\n\nConclusion:\nA cap on cesses would restore trust.\n\nQ2. Evaluate the GST Council. (10 marks)\n\nIntro:\nThe Council under Art 279A is a joint forum of the Union and the states.\n\nConclusion:\nIt has mostly worked by consensus.\n",
			[]string{"Mains practice - week 11 › Q1. Examine the cess as a parallel tax. (15 marks, 250 words) › Intro: Cesses are earmarked taxes outside the divisible pool.",
				"Mains practice - week 11 › Q1. Examine the cess as a parallel tax. (15 marks, 250 words) › Body › 1: their share of gross tax revenue doubled in ten years",
				"Mains practice - week 11 › Q1. Examine the cess as a parallel tax. (15 marks, 250 words) › Body › 2: the states get less than the 41 per cent the commission set",
				"Mains practice - week 11 › Q1. Examine the cess as a parallel tax. (15 marks, 250 words) › Conclusion: A cap on cesses would restore trust.",
				"Mains practice - week 11 › Q2. Evaluate the GST Council. (10 marks) › Intro: The Council under Art 279A is a joint forum of the Union and the states.",
				"Mains practice - week 11 › Q2. Evaluate the GST Council. (10 marks) › Conclusion: It has mostly worked by consensus."}},
		{"a Google Doc downloaded as text: its headings bare, some in sentence case", "c.txt",
			"Ethanol notes\n\nBackground\nBlending began with pilots in 2001 and went national in 2019.\n\nPricing & incentives\n* OMCs buy ethanol at a price the Centre fixes\n* GST on ethanol for blending is 5%\n\nDoubts cleared in class (Q&A)\nQ1. Who fixes the price OMCs pay for ethanol, OMCs or the government?\nAns: the Centre, every season.\n",
			[]string{"Ethanol notes › Background: Blending began with pilots in 2001 and went national in 2019.",
				"Ethanol notes › Pricing & incentives: - OMCs buy ethanol at a price the Centre fixes\n- GST on ethanol for blending is 5%",
				"Ethanol notes › Doubts cleared in class (Q&A): Who fixes the price OMCs pay for ethanol, OMCs or the government?\nthe Centre, every season."}},
		{"a group chat copied into notes under a title, wrapped at a width", "c.txt", "Polity Warriors - ECI notes (copied from grp chat)\nsaved by Neha on 20/08/25 | only the ECI part\n------------------------------------------------------------\n\n[02/03/23, 6:47 PM] Aman Sir: Forwarded\n*ELECTION COMMISSION - BASICS* 🗳️\n_Part XV of the Constitution, Articles 324 to 329_\n👉 A permanent and independent constitutional body which conducts the elections\nto Parliament, the State Legislatures and the offices of President and the Vice\nPresident of India.\n👉 Came into being on 25 January 1950, one day before the Republic, and that is\nwhy 25 January is observed as National Voters' Day every year since 2011\n👉 Panchayat and municipal polls are not its job but that of the State Election\nCommissions under Articles 243K and 243ZA, which the Governor appoints\n👉 The Court said that until Parliament made a law, the President would appoint\non the advice of a committee of:\n1. the Prime Minister\n2. the Leader of Opposition in the Lok Sabha\n3. the Chief Justice of India\n\n[02/03/23, 6:55 PM] Aman Sir: *REMOVAL* ⚠️ (asked in prelims)\n👉 The CEC is removed only in like manner and on like grounds as a judge of the\nSupreme Court: proved misbehaviour or incapacity, by a motion of both Houses\n👉 Other Election Commissioners are removable by the President only on the\nrecommendation of the CEC, and their conditions of service are the same\n[02/03/23, 9:10 PM] Ritika: SC ka judgment aaya aaj on EC appointments!!\n[29/12/23, 7:30 PM] Aman Sir: Forwarded many times\n*NEW LAW ALERT* 🚨\n*The Chief Election Commissioner and Other Election Commissioners (Appointment,\nConditions of Service and Term of Office) Act, 2023*\n✅ A Selection Committee of the Prime Minister, the Leader of Opposition and a\nUnion Cabinet Minister nominated by the Prime Minister picks the commissioners\n✅ A Search Committee under the Law Minister prepares a panel of five names for\nthe Selection Committee, which may still choose a person not on that panel\n",
			[]string{"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23): Ritika: SC ka judgment aaya aaj on EC appointments!!",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 1: Part XV of the Constitution, Articles 324 to 329",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 2: 👉 A permanent and independent constitutional body which conducts the elections to Parliament, the State Legislatures and the offices of President and the Vice President of India.",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 3: 👉 Came into being on 25 January 1950, one day before the Republic, and that is why 25 January is observed as National Voters' Day every year since 2011",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 4: 👉 Panchayat and municipal polls are not its job but that of the State Election Commissions under Articles 243K and 243ZA, which the Governor appoints",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 5: 👉 The Court said that until Parliament made a law, the President would appoint on the advice of a committee of:",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 6: the Prime Minister",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 7: the Leader of Opposition in the Lok Sabha",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › ELECTION COMMISSION - BASICS (Aman Sir) › 8: the Chief Justice of India",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › REMOVAL (asked in prelims) (Aman Sir) › 1: 👉 The CEC is removed only in like manner and on like grounds as a judge of the Supreme Court: proved misbehaviour or incapacity, by a motion of both Houses",
				"Polity Warriors - ECI notes (copied from grp chat) › 2 Mar 2023 (02/03/23) › REMOVAL (asked in prelims) (Aman Sir) › 2: 👉 Other Election Commissioners are removable by the President only on the recommendation of the CEC, and their conditions of service are the same",
				"Polity Warriors - ECI notes (copied from grp chat) › 29 Dec 2023 (29/12/23) › NEW LAW ALERT (Aman Sir) › The Chief Election Commissioner and Other Election Commissioners (Appointment, Conditions of Service and Term of Office) Act, 2023 › 1: ✅ A Selection Committee of the Prime Minister, the Leader of Opposition and a Union Cabinet Minister nominated by the Prime Minister picks the commissioners",
				"Polity Warriors - ECI notes (copied from grp chat) › 29 Dec 2023 (29/12/23) › NEW LAW ALERT (Aman Sir) › The Chief Election Commissioner and Other Election Commissioners (Appointment, Conditions of Service and Term of Office) Act, 2023 › 2: ✅ A Search Committee under the Law Minister prepares a panel of five names for the Selection Committee, which may still choose a person not on that panel"}},
		{"paragraphs numbered as clauses, a passage each", "n.md", "# T\n\n## Background\n\n1.1 A nine-judge Bench held privacy to be a fundamental right.\n\n1.1.1 A restriction must be legal, legitimate and proportionate.\n\n1.2 The Srikrishna Committee reported in July 2018.\n",
			[]string{"T › Background › 1: 1.1 A nine-judge Bench held privacy to be a fundamental right.", "T › Background › 2: 1.1.1 A restriction must be legal, legitimate and proportionate.", "T › Background › 3: 1.2 The Srikrishna Committee reported in July 2018."}},
		{"an entry back at the margin after a nested line that fills the width", "f.txt", "FOREST PRODUCE\n\nMINOR FOREST PRODUCE\n- PESA gives the gram sabha ownership of minor forest produce but never\n  defines it, so the definition is borrowed from the Forest Rights Act\n- bamboo grown outside forest areas is no longer a tree under the Indian\n  Forest Act after 2017, so no felling or transit permit is needed for it\n- tendu leaves are a trade nationalised in Madhya Pradesh, Chhattisgarh and\n  Odisha, and state corporations clash with the ownership of gram sabhas\n- Mendha-Lekha in Gadchiroli got a community forest resource title in 2009\n  and a bamboo transit pass book in 2011, and sold its own bamboo since then\n  -> their slogan: \"Mumbai-Dilli mein hamari sarkar, hamare gaon mein hum hi\n- support for the trade comes from MSP for minor forest produce since 2013\n",
			[]string{"FOREST PRODUCE › MINOR FOREST PRODUCE › 1: PESA gives the gram sabha ownership of minor forest produce but never defines it, so the definition is borrowed from the Forest Rights Act",
				"FOREST PRODUCE › MINOR FOREST PRODUCE › 2: bamboo grown outside forest areas is no longer a tree under the Indian Forest Act after 2017, so no felling or transit permit is needed for it",
				"FOREST PRODUCE › MINOR FOREST PRODUCE › 3: tendu leaves are a trade nationalised in Madhya Pradesh, Chhattisgarh and Odisha, and state corporations clash with the ownership of gram sabhas",
				"FOREST PRODUCE › MINOR FOREST PRODUCE › 4: Mendha-Lekha in Gadchiroli got a community forest resource title in 2009 and a bamboo transit pass book in 2011, and sold its own bamboo since then -> their slogan: \"Mumbai-Dilli mein hamari sarkar, hamare gaon mein hum hi",
				"FOREST PRODUCE › MINOR FOREST PRODUCE › 5: support for the trade comes from MSP for minor forest produce since 2013"}},
		{"a Telegram channel's posts copied, the channel and date over each, named by their pinned first lines", "t.txt", "UPSC Mitra, [11.03.2024 08:00]\n🗓 This week on the channel: LAWS FOR WOMEN'S SAFETY\nTue to Fri – PWDVA 2005 series\n\nUPSC Mitra, [12.03.2024 18:30]\n📌 PWDVA 2005 | Part 2: Key Definitions\n\n👩 Aggrieved person – S.2(a): any woman in a domestic relationship with the respondent.\n\n🧑 Respondent – S.2(q): originally any adult male person; Harsora (2016) struck down \"adult male\".\n\nUPSC Mitra, [13.03.2024 19:00]\n📌 PWDVA 2005 | Part 4: Who does what? 🔥\n\n👮‍♀️ Protection Officer – S.8: appointed by the State govt in every district.\n\nUPSC Mitra, [01.07.2024 07:45]\n[Forwarded from Legal Shots Daily]\n⚡ New criminal laws in force from today\n\nS.498A IPC is now S.85 of the Bharatiya Nyaya Sanhita.\n",
			[]string{"This week on the channel: LAWS FOR WOMEN'S SAFETY › PWDVA 2005 | Part 2: Key Definitions › 1: 👩 Aggrieved person – S.2(a): any woman in a domestic relationship with the respondent.",
				"This week on the channel: LAWS FOR WOMEN'S SAFETY › PWDVA 2005 | Part 2: Key Definitions › 2: 🧑 Respondent – S.2(q): originally any adult male person; Harsora (2016) struck down \"adult male\".",
				"This week on the channel: LAWS FOR WOMEN'S SAFETY › PWDVA 2005 | Part 4: Who does what?: 👮\u200d♀️ Protection Officer – S.8: appointed by the State govt in every district.",
				"This week on the channel: LAWS FOR WOMEN'S SAFETY › New criminal laws in force from today › 1: [Forwarded from Legal Shots Daily]",
				"This week on the channel: LAWS FOR WOMEN'S SAFETY › New criminal laws in force from today › 2: S.498A IPC is now S.85 of the Bharatiya Nyaya Sanhita."}},
		{"a channel's posts each opened by a line in bold (with a remark in brackets) over its text, named by it", "t.txt",
			"Polity Pulse\n\n[11.03.2024 08:00] Polity Pulse:\n📰 *DPDP Rules notified*\nOn 14 Nov 2025 MeitY notified the rules.\nCritics fear it will shield assets.\n\n" +
				"[12.03.2024 08:00] Polity Pulse:\n🪜 *Appeal ladder* (flowchart)\nApplicant to PIO to CIC, then a writ.\n\n[13.03.2024 08:00] Polity Pulse:\nA plain post with no title line at all.\n",
			[]string{"Polity Pulse › DPDP Rules notified › 1: On 14 Nov 2025 MeitY notified the rules.", "Polity Pulse › DPDP Rules notified › 2: Critics fear it will shield assets.",
				"Polity Pulse › Appeal ladder (flowchart): Applicant to PIO to CIC, then a writ.", "Polity Pulse › Post of 13 Mar 2024, 08:00: A plain post with no title line at all."}},
		{"html line break", "h.md", "# T\n\n## Sites\n\n- Sundarbans is the largest site.<br>Renuka is among the smallest.\n- Tamil Nadu has the most sites of any state.\n",
			[]string{"T › Sites › 1: Sundarbans is the largest site. Renuka is among the smallest.", "T › Sites › 2: Tamil Nadu has the most sites of any state."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPassages(t, tt.file, tt.input, tt.want, citedText)
		})
	}
}

// TestNoteAppExports checks notes in the shapes apps export them: an
// Obsidian vault of timestamped notes run into one file, and a Marp slide
// deck.
func TestNoteAppExports(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string // citation: text
	}{
		{"a Zettelkasten vault in one file", "z.md", "# 202403151005 Constituent Assembly\n\nA body elected to frame a constitution.\n\n" +
			"Tags: #definition #polity\nLinks: [[202403151020 Composition]]\n\n---\n\n# 202403151020 Composition\n\n" +
			"Total strength: 389 seats, as [[202403151005 Constituent Assembly]] first met.\n\nTags: #numbers\n",
			[]string{"Constituent Assembly › Definition: A body elected to frame a constitution.",
				"Constituent Assembly › Composition: Total strength: 389 seats, as Constituent Assembly first met."}},
		{"a Marp slide deck", "s.md", "---\nmarp: true\ntheme: gaia\n---\n\n# Nuclear power\n\n<!-- _class: lead -->\n\n## Stage 1\n\n" +
			"- Fuel: natural uranium\n- Moderator: heavy water\n\n<!--\nspeaker notes: thorium comes from monazite sand\n-->\n\n--\n\n## Stage 2\n\n" +
			"![w:900 bg right](img/flow.png)\n\nFast breeder reactors run on plutonium MOX.\n",
			[]string{"Nuclear power › Stage 1 › 1: - Fuel: natural uranium\n- Moderator: heavy water",
				"Nuclear power › Stage 1 › 2: speaker notes: thorium comes from monazite sand",
				"Nuclear power › Stage 2: Fast breeder reactors run on plutonium MOX."}},
		// Typed on a phone (a Google Keep note): headings an emoji opens, in
		// capitals up to a remark after another emoji; lines that give a
		// term an arrow to its meaning, a passage each, though short and
		// ending in no full stop. All had been one passage of the definition.
		{"a note typed on a phone", "k.txt", "Sufism notes\n\n📌 KEY TERMS ⭐ (prelims fav)\nPir or Murshid ➡️ spiritual master\nMurid ➡️ disciple\nUrs ➡️ death anniversary of a pir\n\n" +
			"📌 CHISHTI SILSILA 🔥 most imp\nFounder in India ➡️ Moinuddin Chishti, c. 1192\nHis title ➡️ Gharib Nawaz\n",
			[]string{"Sufism notes › KEY TERMS ⭐ (prelims fav) › 1: Pir or Murshid ➡️ spiritual master",
				"Sufism notes › KEY TERMS ⭐ (prelims fav) › 2: Murid ➡️ disciple",
				"Sufism notes › KEY TERMS ⭐ (prelims fav) › 3: Urs ➡️ death anniversary of a pir",
				"Sufism notes › CHISHTI SILSILA 🔥 most imp › 1: Founder in India ➡️ Moinuddin Chishti, c. 1192",
				"Sufism notes › CHISHTI SILSILA 🔥 most imp › 2: His title ➡️ Gharib Nawaz"}},
		{"a line in capitals over arrows names what they lead from and to", "d.txt", "FD notes\n\nVERMA COMMITTEE (1999)\n- set up by the Centre in 1998, report in 1999\n\n" +
			"DUTY -> LAW (my own table, fill gaps later)\n51A(a) flag and anthem → PINHA 1971\n51A(c) sovereignty, unity, integrity → UAPA 1967\n",
			[]string{"FD notes › VERMA COMMITTEE (1999): set up by the Centre in 1998, report in 1999",
				"FD notes › DUTY -> LAW (my own table, fill gaps later) › 1: 51A(a) flag and anthem → PINHA 1971",
				"FD notes › DUTY -> LAW (my own table, fill gaps later) › 2: 51A(c) sovereignty, unity, integrity → UAPA 1967"}},
		{"a tally, a name and a number after a dash a line, is no heading over its other lines", "t.txt", "Ramsar notes\n\nSTATE-WISE TALLY (91 sites)\n\nTamil Nadu - 20\nUttar Pradesh - 10\nOdisha - 6\n\nStill zero: Telangana, Chhattisgarh, Delhi.\n",
			[]string{"Ramsar notes › STATE-WISE TALLY (91 sites) › 1: Tamil Nadu - 20\nUttar Pradesh - 10\nOdisha - 6",
				"Ramsar notes › STATE-WISE TALLY (91 sites) › 2: Still zero: Telangana, Chhattisgarh, Delhi."}},
		{"headings marked \">>\", numbered, one shouting \"!!\"", "icm.txt", "INDIAN CARBON MARKET\n\n>> 1. BACKGROUND: WHAT CAME BEFORE (PAT + REC)\n   PAT = Perform, Achieve and Trade, a scheme under the NMEEE.\n\n" +
			">> 2. GREEN CREDIT PROGRAMME (GCP) -- DON'T CONFUSE!!\n   Green credits reward tree planting, not emission cuts.\n\n> a line quoted in a mail\n",
			[]string{"INDIAN CARBON MARKET › BACKGROUND: WHAT CAME BEFORE (PAT + REC): PAT = Perform, Achieve and Trade, a scheme under the NMEEE.",
				"INDIAN CARBON MARKET › GREEN CREDIT PROGRAMME (GCP) -- DON'T CONFUSE!! › 1: Green credits reward tree planting, not emission cuts.",
				"INDIAN CARBON MARKET › GREEN CREDIT PROGRAMME (GCP) -- DON'T CONFUSE!! › 2: > a line quoted in a mail"}},
		{"a label over what it lists, alone between blank lines, is no heading", "c.txt", "Cauvery notes\n\nDay 2: Cauvery (CWDT)\n\nBasin: Karnataka, Tamil Nadu, Kerala + UT of Puducherry (Karaikal)\n\nThe tribunal was set up on 2 June 1990 after the Supreme Court's order.\n",
			[]string{"Cauvery notes › Day 2: Cauvery (CWDT) › 1: Basin: Karnataka, Tamil Nadu, Kerala + UT of Puducherry (Karaikal)",
				"Cauvery notes › Day 2: Cauvery (CWDT) › 2: The tribunal was set up on 2 June 1990 after the Supreme Court's order."}},
		// A Kindle's "My Clippings.txt": the book clipped most titles the
		// notes, its highlights under their pages, a note of the reader's
		// with the highlight before it, an extended highlight in place of
		// the shorter, another book's under its title; bookmarks and the
		// Kindle's messages left out. It had been one section of headers.
		{"a Kindle's clippings", "My Clippings.txt", "\ufeffModern India (Ahir)\r\n- Your Highlight on page 254 | Location 4061-4064 | Added on Saturday, 13 January 2024 21:04:17\r\n\r\n" +
			"The revolutionaries came from the educated youth.\r\n==========\r\nModern India (Ahir)\r\n- Your Note on page 254 | Location 4064 | Added on Saturday, 13 January 2024 21:05:02\r\n\r\nafter Surat split 1907\r\n==========\r\n" +
			"Modern India (Ahir)\r\n- Your Highlight on page 256 | Location 4093 | Added on Sunday, 14 January 2024 10:00:00\r\n\r\nRand was shot in 1897\r\n==========\r\n" +
			"Modern India (Ahir)\r\n- Your Highlight on page 256 | Location 4093-4095 | Added on Sunday, 14 January 2024 10:00:30\r\n\r\nRand was shot in 1897 by the Chapekar brothers.\r\n==========\r\n" +
			"India's Struggle (Chandra)\r\n- Your Highlight on Location 2188-2190 | Added on Sunday, 14 January 2024 11:00:00\r\n\r\nThe first phase drew on Swadeshi.\r\n==========\r\n" +
			"Modern India (Ahir)\r\n- Your Bookmark on page 260 | Location 4200 | Added on Sunday, 14 January 2024 12:00:00\r\n\r\n\r\n==========\r\n",
			[]string{"Modern India (Ahir) › Page 254: The revolutionaries came from the educated youth.\nNote: after Surat split 1907",
				"Modern India (Ahir) › Page 256: Rand was shot in 1897 by the Chapekar brothers.",
				"Modern India (Ahir) › India's Struggle (Chandra) › Location 2188: The first phase drew on Swadeshi."}},
		// Joplin's raw export of a note: its title the first line, its
		// properties a block at its end, read as metadata (the block had
		// been a passage, and the title line a warning).
		{"a note exported by Joplin", "7c3e.md", "Citizenship\n\n## Basics\n\n- Single citizenship for all of India.\n\nid: 7c3e91a0f5d24b6e8a1f0d29b4c6e573\nparent_id: 2b8f4d61c09e4a7fb3d5e8a1c7f20946\n" +
			"created_time: 2024-03-14T16:42:08.311Z\nsource_url: \nmarkup_language: 1\ntype_: 1",
			[]string{"Citizenship › Basics: Single citizenship for all of India."}},
		// A timeline of dated paragraphs (a PDF's mind map, written as
		// Markdown): a passage each, where a background's paragraphs are one.
		{"a timeline of dated paragraphs", "t.md", "# Women in Parliament\n\n## Background\n\n1974: the CSWI report Towards Equality\n\n1996: the 81st Amendment Bill\n\n" +
			"2010: the Rajya Sabha passed the 108th Bill\n\nThe bills lapsed with each Lok Sabha.\n",
			[]string{"Women in Parliament › Background › 1: 1974: the CSWI report Towards Equality",
				"Women in Parliament › Background › 2: 1996: the 81st Amendment Bill",
				"Women in Parliament › Background › 3: 2010: the Rajya Sabha passed the 108th Bill\nThe bills lapsed with each Lok Sabha."}},
		// A Discord channel exported by DiscordChatExporter as text: the
		// channel titles the notes, a day's messages a section, a message of
		// notes under a line all in bold read as notes, a question with the
		// reply under it one FAQ, of the notes before it; the export's header and footer, the
		// messages' reactions, attachments and embeds are no text. It had
		// been refused: a title of "=" signs.
		{"a Discord channel exported as text", "UPSC - GS-1 - notes [8876] (after 2022-08-01).txt", "==============================================================\r\n" +
			"Guild: UPSC Sapno Ka Adda\r\nChannel: GS-1 HISTORY / modern-history-notes\r\nTopic: Modern India notes\r\nAfter: 01-Aug-22 12:00 AM\r\n" +
			"==============================================================\r\n\r\n" +
			"[02-Aug-22 10:15 PM] aarav_k#4821\r\n**Lahore Session (Dec 1929)**\n- President: Jawaharlal Nehru\n- Purna Swaraj resolution passed\r\n\r\n{Reactions}\r\n🔥 (3) \r\n\r\n" +
			"[02-Aug-22 10:20 PM] rohit_upsc2023#5566\r\nwho moved the purna swaraj resolution?\r\n\r\n" +
			"[02-Aug-22 10:22 PM] aarav_k#4821 (pinned)\r\nIt was moved at the Lahore session presided over by Nehru.\r\n\r\n" +
			"{Embed}\r\nItihaas Simplified\r\nhttps://www.youtube.com/watch?v=q8Dk2VrTzLw\r\n\r\n" +
			"==============================================================\r\nExported 3 message(s)\r\n==============================================================\r\n",
			[]string{"modern-history-notes › 2 Aug 2022 › Lahore Session (Dec 1929) (aarav_k) › 1: - President: Jawaharlal Nehru\n- Purna Swaraj resolution passed",
				"modern-history-notes › 2 Aug 2022 › Lahore Session (Dec 1929) (aarav_k) › 2: who moved the purna swaraj resolution?\naarav_k: It was moved at the Lahore session presided over by Nehru."}},
		// Discord's own Markdown headings ("## Lahore Session") head a
		// message's notes as a line all in bold does; its small print's mark
		// ("-# ") is no text. The notes' writer's next message goes on with
		// them; another's stands in the day.
		{"a Discord channel's notes under Markdown headings", "UPSC - GS-1 - notes [8876].txt", "==============================================================\n" +
			"Guild: UPSC Sapno Ka Adda\nChannel: GS-1 HISTORY / modern-history-notes\n" +
			"==============================================================\n\n" +
			"[02-Aug-22 10:15 PM] aarav_k\n## Lahore Session (Dec 1929)\n- President: Jawaharlal Nehru\n- Purna Swaraj resolution passed\n-# from Spectrum, chapter 3\n\n" +
			"[02-Aug-22 10:20 PM] rohit_upsc2023\nthe tricolour was hoisted on the banks of the Ravi on 31 December 1929\n\n" +
			"[02-Aug-22 10:22 PM] aarav_k\nand 26 January 1930 was observed as Independence Day\n\n" +
			"==============================================================\nExported 3 message(s)\n==============================================================\n",
			[]string{"modern-history-notes › 2 Aug 2022: rohit_upsc2023: the tricolour was hoisted on the banks of the Ravi on 31 December 1929",
				"modern-history-notes › 2 Aug 2022 › Lahore Session (Dec 1929) (aarav_k) › 1: - President: Jawaharlal Nehru\n- Purna Swaraj resolution passed",
				"modern-history-notes › 2 Aug 2022 › Lahore Session (Dec 1929) (aarav_k) › 2: from Spectrum, chapter 3",
				"modern-history-notes › 2 Aug 2022 › Lahore Session (Dec 1929) (aarav_k) › 3: aarav_k: and 26 January 1930 was observed as Independence Day"}},
		// Dates as the locale writes them ("18/07/2023 21:04"; with AM or PM,
		// the month first, "7/19/2023 9:05 AM"): the channel is still read as
		// one, titled by its name, not by its first message's heading.
		{"a Discord channel exported with the locale's dates", "forum.txt", "==============================================================\n" +
			"Guild: UPSC Mains Mitra\nChannel: modern-history-forum / Indian Independence Act 1947\n" +
			"==============================================================\n\n" +
			"[18/07/2023 21:04] kabir.writes (pinned)\n## Indian Independence Act, 1947 – master note\n- Act of the UK Parliament\n- Royal assent: 18 July 1947\n\n" +
			"[7/19/2023 9:05 AM] anushka_r\nthe appointed day was 15 August 1947\n\n" +
			"[19/07/2023 10:00] dev_upsc\nso two dominions from that day on, India and Pakistan\n\n" +
			"==============================================================\nExported 3 message(s)\n==============================================================\n",
			[]string{"Indian Independence Act 1947 › 18 Jul 2023 › Indian Independence Act, 1947 – master note (kabir.writes): - Act of the UK Parliament\n- Royal assent: 18 July 1947",
				"Indian Independence Act 1947 › 19 Jul 2023 › 1: anushka_r: the appointed day was 15 August 1947",
				"Indian Independence Act 1947 › 19 Jul 2023 › 2: dev_upsc: so two dominions from that day on, India and Pakistan"}},
		// A channel's posts copied as text, the first in Discord's Markdown:
		// its heading titles the notes, its marks no part of the title.
		{"a chat's first post a Markdown heading", "t.txt", "[05.02.2024 08:30] Polity Adda:\n## Indian Independence Act, 1947 - master note\n- Act of the UK Parliament\n- Royal assent: 18 July 1947\n\n" +
			"[05.02.2024 09:30] Polity Adda:\nThe appointed day was 15 August 1947\n\n[06.02.2024 08:30] Polity Adda:\nTwo dominions from that day on\n",
			[]string{"Indian Independence Act, 1947 - master note › Definition: - Act of the UK Parliament\n- Royal assent: 18 July 1947",
				"Indian Independence Act, 1947 - master note › Post of 5 Feb 2024, 09:30: The appointed day was 15 August 1947",
				"Indian Independence Act, 1947 - master note › Post of 6 Feb 2024, 08:30: Two dominions from that day on"}},
		// A note Discord's limit of 2,000 characters split over two
		// messages goes on where the first left off, whether it said so at
		// its end ("contd 👇") or the next says so first ("(contd.) …"); a
		// bold line under a Markdown heading heads a section within it; the
		// app's "Pinned a message." is no text.
		{"a Discord note split over two messages", "UPSC - GS-1 - notes [8877].txt", "==============================================================\n" +
			"Guild: UPSC Sapno Ka Adda\nChannel: GS-1 HISTORY / modern-history-notes\n" +
			"==============================================================\n\n" +
			"[02-Aug-22 10:15 PM] aarav_k\n## Civil Disobedience Movement\n**Causes**\n- The Simon Commission had no Indian member\n- The Lahore session asked for Purna Swaraj\ncontd 👇 (2000 char limit)\n\n" +
			"[02-Aug-22 10:16 PM] aarav_k\n**Course**\n- Dandi March, 12 March to 6 April 1930\n- Gandhi-Irwin Pact, March 1931\n\n" +
			"[02-Aug-22 10:20 PM] meera\nPinned a message.\n\n" +
			"[02-Aug-22 10:25 PM] meera\n## Round Table Conferences\n- First RTC, 1930-31: the Congress stayed away\n- Second RTC, 1931: Gandhi attended\n\n" +
			"[02-Aug-22 10:26 PM] meera\n(contd.) hit the limit again\n- Third RTC, 1932: the Congress stayed away again\n\n" +
			"==============================================================\nExported 5 message(s)\n==============================================================\n",
			[]string{"modern-history-notes › 2 Aug 2022 › Civil Disobedience Movement (aarav_k) › Causes: - The Simon Commission had no Indian member\n- The Lahore session asked for Purna Swaraj",
				"modern-history-notes › 2 Aug 2022 › Civil Disobedience Movement (aarav_k) › Course: - Dandi March, 12 March to 6 April 1930\n- Gandhi-Irwin Pact, March 1931",
				"modern-history-notes › 2 Aug 2022 › Round Table Conferences (meera): - First RTC, 1930-31: the Congress stayed away\n- Second RTC, 1931: Gandhi attended\n- Third RTC, 1932: the Congress stayed away again"}},
		// A Bear note: its highlights, "::…::", read as the text they mark
		// (the colons had stayed in the passages), not a deck's "geo::rivers".
		// A paragraph wrapped before a number goes on, as CommonMark reads it:
		// a number but 1 under a paragraph's line starts no list; under an
		// entry's line that goes on, it is the next entry.
		{"a paragraph wrapped before a number", "infl.md", "# Inflation\n\nAn index is a weighted average of price relatives, with the base year set equal to\n100. India has no single inflation number.\n\n## Points\n\nKey points:\n1. CPI is the target\n2. WPI feeds the deflators\n\n" +
			"## FAQ\n1. why is CPI the target?\n   -> it is what households pay\n2. why keep the WPI?\n   -> it deflates output in the GDP series\n",
			[]string{"Inflation › Definition: An index is a weighted average of price relatives, with the base year set equal to 100. India has no single inflation number.",
				"Inflation › Points: Key points:\n- CPI is the target\n- WPI feeds the deflators",
				"Inflation › FAQ › 1: why is CPI the target?\n-> it is what households pay", "Inflation › FAQ › 2: why keep the WPI?\n-> it deflates output in the GDP series"}},
		// Emoji typed by their codes, as Typora and GitHub show them, are no
		// words of a title or a heading; a time's colons stay.
		{"emoji by their codes", "dpsp.md", "# Directive Principles :scroll:\n\n## Meaning :balance_scale: :pushpin:\n\n- :white_check_mark: Article 37 makes them non-justiciable, at 10:30:45 sharp.\n",
			[]string{"Directive Principles › Meaning: Article 37 makes them non-justiciable, at 10:30:45 sharp."}},
		{"a note exported by Bear", "Earthquakes.md", "# Earthquakes\n#upsc/gs1/geography #prelims\n\n## Measuring\n\n- ::Magnitude ≠ intensity:: — magnitude is energy, intensity is damage.\n- Tags like geo::rivers stay as written.\n",
			[]string{"Earthquakes › Measuring › 1: Magnitude ≠ intensity — magnitude is energy, intensity is damage.",
				"Earthquakes › Measuring › 2: Tags like geo::rivers stay as written."}},
		// Readwise's export of a book's highlights: its cover, a picture
		// named but not described, is no passage (its alt text had been the
		// definition); its "Metadata" section is (it says who wrote the book).
		{"a book's highlights exported by Readwise", "An Uncertain Glory.md", "# An Uncertain Glory\n\n![rw-book-cover](https://m.media-amazon.com/images/I/41q.jpg)\n\n" +
			"## Metadata\n- Author: [[Jean Drèze and Amartya Sen]]\n- Full Title: An Uncertain Glory: India and Its Contradictions\n- Category: #books\n\n" +
			"## Highlights\n- India has not had a famine since independence. ([Location 298](https://readwise.io/to_kindle?action=open&asin=B00&location=298))\n    - Note: Sen's famine-democracy link.\n",
			[]string{"An Uncertain Glory › Metadata: - Author: Jean Drèze and Amartya Sen\n- Full Title: An Uncertain Glory: India and Its Contradictions\n- Category: #books",
				"An Uncertain Glory › Highlights › 1: India has not had a famine since independence. (Location 298)\n- Note: Sen's famine-democracy link."}},
		// A Notion page's picture, its path with brackets of its own ("(Union)")
		// and its alt text the name Notion gives it, is no passage either;
		// nor is a link alone to a subpage the export does not hold.
		{"a Notion page's picture", "council.md", "# Council of Ministers\n\nThe ministers who aid and advise the President.\n\n## Structure\n\n" +
			"- Cabinet ministers head the big ministries.\n\n![Untitled](Council%20of%20Ministers%20(Union)%20c4d9e1f2/Untitled.png)\n\n" +
			"[Ministers of state (list)](Council%20of%20Ministers%20(Union)%20c4d9e1f2/Ministers%20of%20state%20(list)%207f2d9b1c.md)\n\n- Ministers of state assist them.\n",
			[]string{"Council of Ministers › Definition: The ministers who aid and advise the President.",
				"Council of Ministers › Structure › 1: Cabinet ministers head the big ministries.",
				"Council of Ministers › Structure › 2: Ministers of state assist them."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPassages(t, tt.file, tt.input, tt.want, citedText)
		})
	}
	d, err := Parse("z.md", []byte(tests[0].input))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"definition", "polity", "numbers"}; !slices.Equal(d.Tags, want) {
		t.Errorf("vault's tags = %q, want %q", d.Tags, want)
	}
	for _, tt := range tests {
		if tt.file != "7c3e.md" {
			continue
		}
		d, err := Parse(tt.file, []byte(tt.input))
		if err != nil || len(d.Warnings) > 0 || d.Meta["created"] != "2024-03-14T16:42:08.311Z" || d.Meta["id"] != "" {
			t.Errorf("Joplin's note: error %v, warnings %v, metadata %q; want its creation time kept, nothing else", err, d.Warnings, d.Meta)
		}
	}
}

// TestHeadingKinds checks the heading names README.md lists, as students
// write them.
func TestHeadingKinds(t *testing.T) {
	tests := []struct {
		kind  Kind
		names string
	}{
		{KindDefinition, "Definition|Overview|INTRODUCTION|Meaning|1. Introduction"},
		{KindBackground, "Background|History|historical background (imp)|Background of the Cabinet Mission|History of Kaziranga|Background and Launch|History & Evolution"},
		{KindKeyPoint, "Key Points|Key features|Imp points|Key facts|Features|Highlights|Salient Features of the Act|Objectives and Features|== IMP PTS TO REMEMBER ==|Key facts 2023–2025"},
		{KindDevelopment, "Recent Developments|Recent devts|Recent updates|Dated updates|Current affairs|In the news|IN THE NEWS|News|In news: recent developments|== IN NEWS ==|CURRENT AFFAIRS 2025|In news 2024-25|In the news: 2023–25|News, 2024"},
		{KindFAQ, "FAQ|FAQs|Frequently Asked Questions|Q&A|Q&A (for revision)|PYQs|FAQs on Cabinet Mission Plan|Frequently asked questions about GST"},
		{KindRelevance, "UPSC Relevance"},
		{KindExamTip, "Exam tips|Exam tips + UPSC relevance|Exam Tips & Relevance"},
	}
	for _, tt := range tests {
		for _, name := range strings.Split(tt.names, "|") {
			text := strings.TrimPrefix(name, "1. ")
			if kind, heading, ok := knownHeading(text, "Title"); !ok || kind != tt.kind || heading != text {
				t.Errorf("knownHeading(%q) = %s, %q, %v; want %s, cited as written", text, kind, heading, ok, tt.kind)
			}
		}
	}
	for _, name := range []string{"NTCA (imp!!)", "Significance", "misc facts", "This Concept in News", "Practice questions",
		"Relevance of the Doctrine Today", "Impact of the Plan", "Significance and Relevance", "Causes and Consequences",
		"Rise and fall of the history of the Mughal empire", "Origin: Bhagirathi and Alaknanda", "Background: causes of the conflict", "Budget 2025", "2025"} {
		if kind, _, ok := knownHeading(name, "Title"); ok {
			t.Errorf("knownHeading(%q) = %s, want a section of its own", name, kind)
		}
	}
}

func TestSplitText(t *testing.T) {
	sentence := "The commission meets every year and reports to the government on what it has found. "
	tests := []struct {
		name  string
		text  string
		parts int
	}{
		{"short", "A short text.", 1},
		{"paragraphs", strings.Repeat(strings.Repeat(sentence, 5)+"\n", 6), 3},
		{"one long paragraph", strings.Repeat(sentence, 40), 3},
		{"no sentence ends", strings.Repeat("word ", 1000), 5},
		{"one huge word", strings.Repeat("x", 3000), 3},
		{"initials and abbreviations", strings.Repeat("Dr. L.M. Singhvi and M.S. Swaminathan, e.g. in 1963, wrote Sec. 4 of it. ", 30), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := splitText(strings.TrimSpace(tt.text), maxPassageRunes)
			if len(parts) != tt.parts {
				t.Errorf("splitText gave %d parts, want %d", len(parts), tt.parts)
			}
			for i, p := range parts {
				if n := utf8.RuneCountInString(p); n > maxPassageRunes || n == 0 {
					t.Errorf("part %d has %d runes, want 1..%d", i+1, n, maxPassageRunes)
				}
			}
			if got, want := strings.Join(strings.Fields(strings.Join(parts, "")), ""), strings.Join(strings.Fields(tt.text), ""); got != want {
				t.Errorf("the parts do not hold the text's words in order")
			}
		})
	}
}

// TestSplitTextEvenParts checks that a sentence just over the limit is
// cut in halves, not into a full part and a few words.
func TestSplitTextEvenParts(t *testing.T) {
	text := strings.TrimSpace(strings.Repeat("the riots spread from Calcutta to Noakhali and Bihar, ", 25))
	parts := splitText(text, maxPassageRunes)
	if len(parts) != 2 {
		t.Fatalf("splitText gave %d parts, want 2", len(parts))
	}
	for i, p := range parts {
		if n := utf8.RuneCountInString(p); n < utf8.RuneCountInString(text)/3 {
			t.Errorf("part %d has %d runes of %d: the parts are uneven", i+1, n, utf8.RuneCountInString(text))
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences(`It was set up by Dr. L.M. Singhvi in 1963. It met, e.g. in Jan. 2024, twice. "Why?" he asked. Then it ended.`)
	want := []string{`It was set up by Dr. L.M. Singhvi in 1963.`, `It met, e.g. in Jan. 2024, twice.`, `"Why?" he asked.`, `Then it ended.`}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

func TestYearOf(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"In 2024, India launched it.", 2024},
		{"Dec 2023: SUIT captured images.", 2023},
		{"2 September 2023 saw the launch.", 2023},
		{"2024 – the Cabinet continued it.", 2024},
		{"2020-21", 2020},
		{"**Mar 2024**: Justice Khanwilkar", 2024},
		{"[Sep 2023] The hole grew.", 2023},
		{"[2024] A new rule.", 2024},
		{"(2024) A new rule.", 2024},
		{"2023 - the fund grew.", 2023},
		{"Sept 2023 – the fund grew.", 2023},
		{"23/03/2024 - SC asked Speakers to decide.", 2024},
		{"5.11.2019: the Act came into force.", 2019},
		{"03/2024 the rules were notified.", 2024},
		{"Jan'24 => Cess extended.", 2024},
		{"**Mar ’25:** rates cut.", 2025},
		{"12 Feb '23 - report tabled.", 2023},
		{"FY25: Collections crossed Rs 20 lakh crore.", 2025},
		{"FY 2024-25 saw record collections.", 2024},
		{"Fyodor wrote in 2024.", 0},
		{"12/3 of the votes.", 0},
		{"[Note] see 2024.", 0},
		{"By the end of 2019 it had stalled.", 0},
		{"5G networks came in 2024.", 0},
		{"1,475 kg at lift-off.", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := yearOf(tt.in); got != tt.want {
			t.Errorf("yearOf(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestDatedLines checks that lines starting with a date, one under the
// other under an updates-like heading, are developments of their own, each
// with its year.
func TestDatedLines(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // "Section › n, year: text"
	}{
		{"colon", "T\n\nRecent developments\n\nDec 2023: one thing.\nJan 2024: another.\n",
			[]string{"Recent developments › 1, 2023: Dec 2023: one thing.", "Recent developments › 2, 2024: Jan 2024: another."}},
		{"square brackets under dated updates", "T\n\nDated updates\n-------------\n[Sep 2023] One thing.\n[2024] Another.\n",
			[]string{"Dated updates › 1, 2023: [Sep 2023] One thing.", "Dated updates › 2, 2024: [2024] Another."}},
		{"round brackets and dashes", "T\n\nLatest updates\n\n(2022) One thing.\n2023 - Another.\nSept 2024 – A third.\n",
			[]string{"Latest updates › 1, 2022: (2022) One thing.", "Latest updates › 2, 2023: 2023 - Another.", "Latest updates › 3, 2024: Sept 2024 – A third."}},
		{"monthly updates", "T\n\nMONTHLY UPDATES\n\n[Mar 2025] One thing.\n[Apr 2025] Another.\n",
			[]string{"MONTHLY UPDATES › 1, 2025: [Mar 2025] One thing.", "MONTHLY UPDATES › 2, 2025: [Apr 2025] Another."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPassages(t, "d.txt", tt.input, tt.want, func(p Passage) string {
				return fmt.Sprintf("%s, %d: %s", strings.Join(p.Section, " › "), p.Year, p.Text)
			})
		})
	}
}

// TestLeadLines checks that a line before the first section that places
// the notes in the syllabus is a passage of its own, not the definition,
// unless the notes have no other.
func TestLeadLines(t *testing.T) {
	tests := []struct {
		name, file, input string
		want              []string // "citation (kind): text"
	}{
		{"markdown syllabus label", "s.md", "# T\n\n**Syllabus:** GS Paper II – Polity\n\nT is a body.\n\n## Background\n\nIt began in 2005.\n",
			[]string{"T › Syllabus (relevance): GS Paper II – Polity", "T › Definition (definition): T is a body.", "T › Background (background): It began in 2005."}},
		{"markdown quoted paper line", "q.md", "# T\n\n> GS-III | Economy\n\nT is a body.\n",
			[]string{"T › Relevance (relevance): GS-III | Economy", "T › Definition (definition): T is a body."}},
		{"text paper line", "p.txt", "T\n\nGS Paper II: Polity\n\nT is a body.\n\nBackground\n\nIt began in 2005.\n",
			[]string{"T › Relevance (relevance): GS Paper II: Polity", "T › Definition (definition): T is a body.", "T › Background (background): It began in 2005."}},
		{"what was the title, with its year", "w.md", "# Salt March 1930: Causes\n\nSyllabus: GS Paper I\n\n## What was the Salt March?\n\nA march against the salt tax.\n",
			[]string{"Salt March 1930: Causes › Syllabus (relevance): GS Paper I", "Salt March 1930: Causes › What was the Salt March? (definition): A march against the salt tax."}},
		{"no other definition", "n.md", "# T\n\nSyllabus: GS Paper I\n\n## Background\n\nIt began in 2005.\n",
			[]string{"T › Syllabus (relevance): GS Paper I", "T › Background (background): It began in 2005."}},
		{"a question set after a list", "f.txt", "FLOODS\n\nFloods are common.\n\n9. Way Forward\n\na) Zone the floodplains.\nb) Insure the losses.\n\nPYQ (Mains 2020, GS1): Account for the flooding of\nmillion cities. Suggest remedies.\n",
			[]string{"FLOODS › Definition (definition): Floods are common.", "FLOODS › Way Forward › 1 (section): a) Zone the floodplains.", "FLOODS › Way Forward › 2 (section): b) Insure the losses.",
				"FLOODS › PYQ (Mains 2020, GS1) › 1 (faq): Account for the flooding of million cities. Suggest remedies."}},
		{"prose that names a paper", "l.md", "# T\n\nGS Paper I asks about T often, so these notes cover what it is, why it matters and what the courts have said about it.\n",
			[]string{"T › Definition (definition): GS Paper I asks about T often, so these notes cover what it is, why it matters and what the courts have said about it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPassages(t, tt.file, tt.input, tt.want, func(p Passage) string {
				return fmt.Sprintf("%s (%s): %s", p.Citation(), p.Kind, p.Text)
			})
		})
	}
}

// checkPassages parses input as file and checks its passages, each as
// show writes it, against want.
// TestWrappedPhoneNotes: notes typed on a phone, wrapped at a width with
// each entry's lines indented under it and headings in lower case, are
// cut at their headings: one after an entry's wrapped lines ("LIGHT RAIL
// -"), one a full-width entry would seem to run on to ("rapid rail:"),
// one between two indented lists ("names to remember (sir said) 🤯") and
// a label right after an entry ("GCT - …").
func TestWrappedPhoneNotes(t *testing.T) {
	input := `metro rail notes

basics:
👉 first metro in kolkata 1984, run by the railway ministry as a zonal
   railway even now
👉 delhi metro from 2002, built by DMRC = a joint venture of centre and
   delhi govt, 50:50 equity
👉 metro rail policy 2017 -> PPP component made a must for central help
   in new projects
LIGHT RAIL -
✅ metrolite = light urban rail for tier 2 cities, standards issued in
   2019 by the housing ministry
✅ metroneo = rubber tyred electric coaches on elevated roads, nashik is
   the first planned one
✅ what they need:
  1) a city of under 20 lakh people
  2) a ridership of 8000 an hour or less
✅ cheaper than full metro, about 40% of the cost per km on paper only
rapid rail:
🚆 delhi-meerut RRTS built by NCRTC, a joint company of centre and the
   states of UP, haryana, rajasthan
🚆 top speed 160 kmph, design speed 180 kmph, the fastest in the country
   for regional trains
🚆 first stretch opened in october 2023 between sahibabad and duhai
corridors:
 - delhi-gurugram-alwar next in line
 - delhi-panipat after that
names to remember (sir said) 🤯
 - namo bharat = the brand name of the RRTS trains
 - rapidx = the old name before the brand
GCT - gati shakti cargo terminals
📦 policy of dec 2021 -> 100 terminals in 3 years
📦 a private party builds and runs them
`
	checkPassages(t, "metro.txt", input, []string{
		"metro rail notes › basics › 1", "metro rail notes › basics › 2", "metro rail notes › basics › 3",
		"metro rail notes › LIGHT RAIL › 1", "metro rail notes › LIGHT RAIL › 2", "metro rail notes › LIGHT RAIL › 3", "metro rail notes › LIGHT RAIL › 4",
		"metro rail notes › rapid rail › 1", "metro rail notes › rapid rail › 2", "metro rail notes › rapid rail › 3",
		"metro rail notes › corridors", "metro rail notes › names to remember (sir said)", "metro rail notes › GCT - gati shakti cargo terminals",
	}, Passage.Citation)
}

// TestEntryWrappedOntoANumeral: an entry's line wrapped onto one that
// starts with a word a Roman numeral spells ("v. slow" for "very slow")
// goes on with the entry when no entry counts up to it; one after "iv."
// is the next entry. A bullet typed as the emoji "▪️" is a bullet.
func TestEntryWrappedOntoANumeral(t *testing.T) {
	input := "fire notes\n\nTYPES:\n1. Ground -> humus/peat under the litter burns, smoulders,\n   v. slow, hard to spot, hard to put out fully\n" +
		"2. Surface -> litter, dry grass, shrubs and seedlings burn,\n   the most common kind in India\n\n" +
		"STEPS:\ni. detect the fire from the satellite alert\nii. send the crew\niii. cut a fire line\niv. back-burn from the line,\nv. mop up the embers for a day\n\n" +
		"SHANTA KUMAR:\n▪️ only about 6% of farmers sell at MSP to the agencies\n▪️ move procurement east to Bihar, UP and West Bengal\n"
	checkPassages(t, "fire.txt", input, []string{
		"TYPES › 1: Ground -> humus/peat under the litter burns, smoulders, v. slow, hard to spot, hard to put out fully",
		"TYPES › 2: Surface -> litter, dry grass, shrubs and seedlings burn, the most common kind in India",
		"STEPS: - detect the fire from the satellite alert\n- send the crew\n- cut a fire line\n- back-burn from the line,\n- mop up the embers for a day",
		"SHANTA KUMAR › 1: only about 6% of farmers sell at MSP to the agencies",
		"SHANTA KUMAR › 2: move procurement east to Bihar, UP and West Bengal",
	}, func(p Passage) string { return strings.TrimPrefix(p.Citation(), "fire notes › ") + ": " + p.Text })
}

// TestSlidesPastedAsText: a carousel's slides pasted into notes, each
// marked "Slide 2/10" over its title, are sections named by both; a
// heading on a slide is a part of it, and one well after the last slide
// ("CAPTION:") is not. A name set between rules ("--- comments ---") is
// a heading.
func TestSlidesPastedAsText(t *testing.T) {
	input := "saved from insta\ncopied for UCC revision\n\n\nSlide 1/3\n⚖️ SHAH BANO TO SHAYARA BANO ⚖️\n40 years of the Supreme Court vs personal law\n\n\n" +
		"Slide 2/3\n📍 CASE 1: SHAH BANO (1985)\nSec 125 CrPC is a secular provision that binds Muslims too.\n\nTHE BACKLASH\nThe 1986 Act limited maintenance to the iddat period.\n\n\n" +
		"Slide 3/3\n⚠️ PRELIMS TRAPS\nShah Bano was about maintenance, not the validity of triple talaq.\n\n\n" +
		"CAPTION:\nFrom a maintenance claim in Indore to a 3:2 verdict on instant triple talaq.\n\n--- comments (saved the useful ones) ---\n@riya: is the 1986 Act still valid after the 2024 judgment??\n"
	checkPassages(t, "carousel.txt", input, []string{
		"Slide 1/3: SHAH BANO TO SHAYARA BANO: 40 years of the Supreme Court vs personal law",
		"Slide 2/3: CASE 1: SHAH BANO (1985): Sec 125 CrPC is a secular provision that binds Muslims too.",
		"Slide 2/3: CASE 1: SHAH BANO (1985) › THE BACKLASH: The 1986 Act limited maintenance to the iddat period.",
		"Slide 3/3: PRELIMS TRAPS: Shah Bano was about maintenance, not the validity of triple talaq.",
		"CAPTION: From a maintenance claim in Indore to a 3:2 verdict on instant triple talaq.",
		"comments (saved the useful ones): @riya: is the 1986 Act still valid after the 2024 judgment??",
	}, func(p Passage) string {
		return strings.TrimPrefix(p.Citation(), "saved from insta › ") + ": " + p.Text
	})
}

// TestSlideFooters: a deck downloaded as text ends each slide in its
// footer; the footers go, each slide's title heads it and its lines are
// one passage (a list's stay its own).
func TestSlideFooters(t *testing.T) {
	foot := "Prayas IAS | GS2 Polity | Lec 9 - Fundamental Rights\n"
	in := "Fundamental Rights\nGS2 Polity · Lec 9 · 12 Aug 2025\n\n" +
		"What are Fundamental Rights?\nRights in Part III, Articles 12 to 35.\nThe courts enforce them.\n" + foot + "\n" +
		"Right to equality\nArticle 14 gives equality before the law.\nArticle 17 abolishes untouchability.\n" + foot + "\n" +
		"Writs\n- Habeas corpus: produce the body\n- Mandamus: we command\n" + foot
	want := []string{
		"Fundamental Rights › Definition: Rights in Part III, Articles 12 to 35. The courts enforce them.",
		"Fundamental Rights › Right to equality: Article 14 gives equality before the law. Article 17 abolishes untouchability.",
		"Fundamental Rights › Writs: - Habeas corpus: produce the body\n- Mandamus: we command",
	}
	checkPassages(t, "lec9.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestForwardedMail: an e-mail saved as text is titled by its subject
// (its header's "CC:" in capitals too); each message it forwards is a
// section named by that message's subject, its header lines gone; the
// lines it quotes lose their marks, a quoted question wrapped by the mail
// one line; a heading between rules with a blank line under it is named
// without them.
func TestForwardedMail(t *testing.T) {
	in := "Subject: \tFwd: Polity doubts for Sunday\r\nDate: \tTue, 14 Oct 2025 21:47\r\nFrom: \tRitika <r@example.com>\r\nCC: \tArjun <a@example.com>\r\n\r\n" +
		"Hi all, forwarding Kunal's answers to my doubts.\r\n\r\n" +
		"---------- Forwarded message ---------\r\nFrom: Kunal <k@example.com>\r\nDate: Sat, 11 Oct 2025 at 23:18\r\nSubject: Re: Writs and Article 32\r\nTo: Ritika <r@example.com>\r\n\r\n" +
		"> 1. Can a High Court issue writs for purposes other than Fundamental\r\n> Rights, unlike the Supreme Court?\r\n\r\n" +
		"Yes: Article 226 covers any other purpose as well.\r\n\r\n" +
		"=== MY NOTES ===\r\n\r\nArticle 32 is itself a Fundamental Right.\r\n"
	want := []string{
		"Polity doubts for Sunday › Definition: Hi all, forwarding Kunal's answers to my doubts.",
		"Polity doubts for Sunday › Writs and Article 32 › 1: Can a High Court issue writs for purposes other than Fundamental Rights, unlike the Supreme Court?",
		"Polity doubts for Sunday › Writs and Article 32 › 2: Yes: Article 226 covers any other purpose as well.",
		"Polity doubts for Sunday › MY NOTES: Article 32 is itself a Fundamental Right.",
	}
	checkPassages(t, "fwd.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestReadmeFurniture: a GitHub README's centred "<h1>" titles it; its
// badges, the markup around them and its "back to top" links are no text.
func TestReadmeFurniture(t *testing.T) {
	in := "<a id=\"readme-top\"></a>\n\n<div align=\"center\">\n  <h1 align=\"center\">rti-tracker</h1>\n  <p align=\"center\">\n    Open data on RTI appeals\n  </p>\n</div>\n\n" +
		"[![validate](https://github.com/x/rti-tracker/actions/workflows/validate.yml/badge.svg)](https://github.com/x/rti-tracker/actions) [![PyPI](https://img.shields.io/pypi/v/rti)](https://pypi.org/project/rti/)\n\n" +
		"## About\n\nThe RTI Act came into force on 12 October 2005.\n\n<p align=\"right\">(<a href=\"#readme-top\">back to top</a>)</p>\n\n" +
		"## Data\n\nOne row per appeal. [![logo](docs/logo.svg)](https://example.org) Figures from the CIC.\n\n[⬆ Back to top](#readme-top)\n"
	want := []string{
		"rti-tracker › Definition: Open data on RTI appeals",
		"rti-tracker › About: The RTI Act came into force on 12 October 2005.",
		"rti-tracker › Data: One row per appeal. logo Figures from the CIC.",
	}
	checkPassages(t, "README.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestCapitalHeadingsUnspaced: phone notes whose parts are headed by lines
// in capitals after a blank line head others so with none over them.
func TestCapitalHeadingsUnspaced(t *testing.T) {
	in := "Writs 📝 my notes\n\nTYPES OF WRITS 📚\n• Habeas corpus - produce the body\n• Mandamus - we command\n" +
		"quo warranto is the rarest of them\nWHO CAN ISSUE 🏛️\nSupreme Court under Art 32, High Courts under Art 226\n\n" +
		"CASES 📍\nADM Jabalpur 1976 - habeas corpus suspended in the Emergency\n"
	want := []string{
		"Writs 📝 my notes › TYPES OF WRITS: - Habeas corpus - produce the body\n- Mandamus - we command quo warranto is the rarest of them",
		"Writs 📝 my notes › WHO CAN ISSUE: Supreme Court under Art 32, High Courts under Art 226",
		"Writs 📝 my notes › CASES: ADM Jabalpur 1976 - habeas corpus suspended in the Emergency",
	}
	checkPassages(t, "writs.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestMkDocsMarkdown: a page of an MkDocs Material site: an admonition
// and its indented text is a callout, a collapsible one too, even inside a
// content tab; a content tab heads its text below the heading before it;
// icons, attribute lists and snippets' includes show nothing; an
// abbreviation's definition is a list entry.
func TestMkDocsMarkdown(t *testing.T) {
	in := "# Attorney General :material-scale-balance:\n\nThe AG is the highest law officer.[^1]\n\n" +
		"!!! tip \"No retirement age\"\n\n    A judge retires at 65;\n    the AG has no age limit.\n\n" +
		"## Rights and limits\n\n=== \"Rights\"\n\n    - Right of audience in all courts { .annotate }\n\n" +
		"=== \"Limits\"\n\n    ??? question \"May the AG defend an accused?\"\n\n        Not without the Union's leave.\n\n" +
		"## Glossary\n\n*[AG]: Attorney General for India\n\n--8<-- \"includes/abbreviations.md\"\n\n[^1]: Article 76.\n"
	want := []string{
		"Attorney General › Definition › 1: The AG is the highest law officer. (Footnote 1: Article 76.)",
		"Attorney General › Definition › 2: No retirement age\nA judge retires at 65; the AG has no age limit.",
		"Attorney General › Rights and limits › Rights: Right of audience in all courts",
		"Attorney General › Rights and limits › Limits: May the AG defend an accused?\nNot without the Union's leave.",
		"Attorney General › Glossary: AG: Attorney General for India",
	}
	checkPassages(t, "ag.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestBarredHeaderLines: header lines whose parts a bar sets apart with
// wide spaces ("HEAT ACTION PLANS  |  हीट एक्शन प्लान") are no table's
// columns: the topic titles the notes, its spaces folded.
func TestBarredHeaderLines(t *testing.T) {
	in := "GS3 - DISASTER MANAGEMENT  |  आपदा प्रबंधन\nTopic: HEAT ACTION PLANS (HAP)  |  हीट एक्शन प्लान\n=====\n\nA heat action plan says who does what before, during and after a heatwave.\n"
	d, err := Parse("hap.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "HEAT ACTION PLANS (HAP) | हीट एक्शन प्लान" || d.Subtitle != "GS3 - DISASTER MANAGEMENT | आपदा प्रबंधन" {
		t.Errorf("title %q, subtitle %q", d.Title, d.Subtitle)
	}
}

// TestCaselessLinesAreNoCapitals: lines of a script without cases
// (Devanagari) are not lines in capitals: a table's header under its
// heading heads nothing, though such headings stand after blank lines.
func TestCaselessLinesAreNoCapitals(t *testing.T) {
	in := "लोक अदालत (Lok Adalat)\n\nलोक अदालत क्या है\nLok Adalats settle disputes by compromise.\n\nतुलना (quick table)\nआधार | लोक अदालत | स्थायी लोक अदालत\nकानूनी प्रावधान | Sections 19-22 | Section 22B\n"
	d, err := Parse("lok.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if p.Heading() == "आधार | लोक अदालत | स्थायी लोक अदालत" {
			t.Errorf("a table's header heads %q", p.Text)
		}
	}
}

// TestDictatedTopics: notes dictated by voice count their topics as they
// change ("Topic two abhay bang committee report"): each such line heads
// the lines under it, though nothing else marks it.
func TestDictatedTopics(t *testing.T) {
	in := "Tribal health voice notes\nOkay so this note is about tribal health in India and why the sickle cell mission comes into it full stop basically the tribal people are 8.6 percent of the population\nTopic one who are the tribals\nScheduled tribes are notified under article 342 next point there are 705 groups\n" +
		"Topic two abhay bang committee report\nThe expert committee was set up in 2013 and reported in 2018\n"
	want := []string{
		"Tribal health voice notes › Definition: Okay so this note is about tribal health in India and why the sickle cell mission comes into it full stop basically the tribal people are 8.6 percent of the population",
		"Tribal health voice notes › Topic one who are the tribals: Scheduled tribes are notified under article 342 next point there are 705 groups",
		"Tribal health voice notes › Topic two abhay bang committee report: The expert committee was set up in 2013 and reported in 2018",
	}
	checkPassages(t, "voice.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestDocusaurusMarkdown: a Docusaurus page's MDX source: the imports
// and the components it exports are no text (one left open ends at the
// next heading), an admonition with its title
// in brackets is a callout, and each tab of a <Tabs> block heads its text
// below the heading over it.
func TestDocusaurusMarkdown(t *testing.T) {
	in := "---\nsidebar_position: 2\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\nexport const Badge = ({children}) => (\n  <span>{children}</span>\n);\n\nexport const Note = () => (\n  <b>note</b>\n\n" +
		"# Sickle cell mission\n\nThe mission screens 7 crore people aged 0 to 40.\n\n:::tip[Prelims pointer]\nThe nodal ministry is MoHFW.\n:::\n\n## Care by level\n\n<Tabs>\n  <TabItem value=\"aam\" label=\"Ayushman Arogya Mandir\" default>\n\n- Screening and cards\n\n  </TabItem>\n" +
		"  <TabItem value=\"dh\" label=\"District hospital\">\n\n- Transfusions\n\n  </TabItem>\n</Tabs>\n"
	want := []string{
		"Sickle cell mission › Definition › 1: The mission screens 7 crore people aged 0 to 40.",
		"Sickle cell mission › Definition › 2: Prelims pointer\nThe nodal ministry is MoHFW.",
		"Sickle cell mission › Care by level › Ayushman Arogya Mandir: Screening and cards",
		"Sickle cell mission › Care by level › District hospital: Transfusions",
	}
	checkPassages(t, "mission.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })

	// An .mdx file is Docusaurus' Markdown; its comments show nothing.
	in = "---\ntitle: Data protection\n---\n\nimport Tabs from '@theme/Tabs';\n\nThe Act was passed in August 2023.\n\n{/* TODO: add the Rules */}\n\n" +
		"## Board\n\n:::caution[Not a regulator]\nThe Board only adjudicates.\n:::\n"
	want = []string{
		"Data protection › Definition: The Act was passed in August 2023.",
		"Data protection › Board: Not a regulator\nThe Board only adjudicates.",
	}
	checkPassages(t, "dpdp.mdx", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestHugoPost: a Hugo post's TOML front matter is its metadata, and its
// shortcodes show what the page shows: a figure's caption, a box's title,
// nothing for an embedded video or a box's closing.
func TestHugoPost(t *testing.T) {
	in := "+++\ntitle = \"EPR for plastic packaging\"\ndate = 2025-09-27T19:05:00+05:30\ntags = [\"EPR\", \"CPCB\"]\ncategories = [\"Environment\"]\n\n[cover]\n  alt = \"Bales of bottles\"\n+++\n\n" +
		"Brands owe the system what they sell, as in the [ban]({{< relref \"ban\" >}}).\n\n<!--more-->\n\n" +
		"{{< figure src=\"/flow.png\" alt=\"Flow\" caption=\"How certificates move between brands and recyclers.\" >}}\n\n" +
		"## Compensation\n\n{{< notice info >}}\nEPR is a market-based instrument.\n{{< /notice >}}\n\n{{< youtube 7tXq2mVb0Ls >}}\n\n" +
		"{{% details title=\"Quick revision\" %}}\n- 30 June: the annual return is due\n{{% /details %}}\n"
	want := []string{
		"EPR for plastic packaging › Definition: Brands owe the system what they sell, as in the ban.\nHow certificates move between brands and recyclers.",
		"EPR for plastic packaging › Compensation › 1: EPR is a market-based instrument.",
		"EPR for plastic packaging › Compensation › 2: Quick revision\n- 30 June: the annual return is due",
	}
	doc := checkPassages(t, "epr.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
	if doc.Title != "EPR for plastic packaging" || doc.Category != "Environment" || !slices.Contains(doc.Tags, "CPCB") {
		t.Errorf("title %q, category %q, tags %q: want the front matter's", doc.Title, doc.Category, doc.Tags)
	}
}

// TestLineOverList: in Markdown, a short line of its own right above a
// list (a toggle's title over its points) heads the list, the text after
// the list going on with the section; a table's caption under it heads
// nothing.
func TestLineOverList(t *testing.T) {
	in := "# Cool roofs\n\n## How a cool roof works\n\nA cool roof reflects sunlight.\n\nWhy do cool roofs matter most in slums?\n\n" +
		"- Tin, asbestos or plastic sheets, no ceiling or insulation, one room for cooking and sleeping.\n- Women who work from home lose income when the room is too hot to work in.\n\n" +
		"Cities pay for them from their heat plans.\n\n| City | Year |\n| --- | --- |\n| Ahmedabad | 2017 |\n\nCool roof pilots by city\n\n- Hyderabad made them mandatory for new buildings above a set plot size in 2023.\n"
	want := []string{
		"Cool roofs › How a cool roof works › 1: A cool roof reflects sunlight.",
		"Cool roofs › How a cool roof works › 2: Cities pay for them from their heat plans.",
		"Cool roofs › How a cool roof works › 3: City: Ahmedabad; Year: 2017",
		"Cool roofs › How a cool roof works › 4: Cool roof pilots by city",
		"Cool roofs › How a cool roof works › 5: Hyderabad made them mandatory for new buildings above a set plot size in 2023.",
		"Cool roofs › How a cool roof works › Why do cool roofs matter most in slums? › 1: Tin, asbestos or plastic sheets, no ceiling or insulation, one room for cooking and sleeping.",
		"Cool roofs › How a cool roof works › Why do cool roofs matter most in slums? › 2: Women who work from home lose income when the room is too hot to work in.",
	}
	checkPassages(t, "roofs.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestVimFolds: notes typed in Vim and folded by markers lose the
// markers ("{{{1" after a heading, "{{{" and "}}}" alone) and the
// modeline, and their underlined headings head their parts.
func TestVimFolds(t *testing.T) {
	in := "GS2 HEALTH L14\n==============\n\nAyushman Bharat is an umbrella programme announced in 2018.\n\n" +
		"1. THE FOUR PILLARS\t\t\t\t{{{1\n======================\n\na) Ayushman Arogya Mandir\t\t\t{{{2\n-------------------------\n- Earlier name: Health and Wellness Centre.\n\n" +
		"TODO\t\t\t{{{1\n{{{\nRecheck the 2025 figures.\n}}}\n\nvim: set ft=text fdm=marker fdl=0 tw=78 :\n"
	want := []string{
		"GS2 HEALTH L14 › Definition: Ayushman Bharat is an umbrella programme announced in 2018.",
		"GS2 HEALTH L14 › THE FOUR PILLARS › a) Ayushman Arogya Mandir: Earlier name: Health and Wellness Centre.",
		"GS2 HEALTH L14 › TODO: Recheck the 2025 figures.",
	}
	checkPassages(t, "l14.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestCriticMarkup: notes exported by Scrivener or MultiMarkdown keep
// their annotations and changes as CriticMarkup, read as the text they
// leave: a comment in brackets, an addition, a substitution's new words, a
// highlight's, a deletion nothing.
func TestCriticMarkup(t *testing.T) {
	input := "# Arthashastra\n\n## Sources\n\nThe text is {==normative==}, not a record{>>check Thapar ch. 7<<}.\n\n" +
		"It was found in {--1909--}{++1905++} at Mysore by {~~R. Sastri~>R. Shamasastry~~}.\n"
	checkPassages(t, "a.md", input, []string{
		"Sources › 1: The text is normative, not a record (check Thapar ch. 7).",
		"Sources › 2: It was found in 1905 at Mysore by R. Shamasastry.",
	}, func(p Passage) string { return strings.TrimPrefix(p.Citation(), "Arthashastra › ") + ": " + p.Text })
}

func checkPassages(t *testing.T, file, input string, want []string, show func(Passage) string) *Document {
	t.Helper()
	d, err := Parse(file, []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, show(p))
	}
	if !slices.Equal(got, want) {
		t.Errorf("Parse(%q) passages =\n%s\nwant\n%s", input, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	return d
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Key Points", "key-points"},
		{"R&D", "r-and-d"},
		{"  What is X?  ", "what-is-x"},
		{"Critical & Emerging", "critical-and-emerging"},
		{"Keśavānanda Bhāratī", "ke-av-nanda-bh-rat"}, // Latin letters: as it always was
		{"भारतीय संविधान", "भारतीय-संविधान"}, // none: those of its script, vowel signs kept
		{"Основные права", "основные-права"},
		{"***!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// fuzzSeeds adds the golden inputs whose name ends in ext, and more, to f.
func fuzzSeeds(f *testing.F, ext string, more ...string) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		f.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		name, data := goldenInput(f, ar)
		if strings.HasSuffix(name, ext) {
			f.Add(data)
		}
	}
	for _, m := range more {
		f.Add([]byte(m))
	}
}

// FuzzParseText and FuzzParseMarkdown check properties of any parse: no
// panic; when it fails, a non-empty Errors; when it succeeds, unique IDs,
// non-empty citations and texts, no passage over the size limit and no
// lost text (every word of every line is in the result, except markup and
// page furniture).
func FuzzParseText(f *testing.F) {
	fuzzSeeds(f, ".txt", "T\n\n1. Intro\n- a\n\nQ: Why?\nA: Because.\n", "TITLE\nsub\n\nPART:\n• x\n  • y\n",
		"Notes\n\nEvidence for Drift\n- Jigsaw fit\n- Fossils\n\n(a) one\n(b) two\ni) three\nii) four\n\nFAQs on the Plan\nQ: Why?\nA: Because.\n\nRecent Developments\nThe court ruled.\n",
		"T\n\nTable\n+----+-----+\n| A  | B   |\n+====+=====+\n| 1  | two |\n|    | ₹3  |\n+----+-----+\n\n| x | y |\n|---|---|\n| 1 | 2 |\n",
		"#separator:tab\n#html:false\n#tags column:3\n#deck:Rivers\nWhy?\tBecause.\ta::b c\nOnly a front\n\tOnly a back\n",
		"#+TITLE: FRBM Act\n#+AUTHOR: R.\n# revised\n\n* 1 WHAT IS IT\n** Basic idea\n*** A law for fiscal discipline.\n*** Applies to the Union.\n* 2 ISSUES\n- Targets missed.\n",
		"12/03/2024, 09:14 - Riya created group \"Polity\"\n12/03/2024, 09:20 - Riya: Notes 👇\n12/03/2024, 09:21 - Riya: The Tenth Schedule came in 1985.\n- one\n"+
			"12/03/2024, 09:25 - Arjun: Who decides?\n12/03/2024, 09:26 - Riya: Speaker\n13/03/2024, 08:05 - Arjun: <Media omitted>\n",
		"AG of India — Polity\n- Basics #prelims\n  - Art 76.\n    \"highest law officer\"\n- AG vs SG (compare table in notebook) #mains\n  - AG: Art 76. [COMPLETE]\n  - Q1. Is it a post?\n    - Yes ✓\n",
		"LEC 23\n\nTOPIC: MUGHALS\n============\n\n9) CRISIS\n---------\nMeaning: few jagirs.\n\nCauses:\n1) More mansabdars.\n\nHistorians:\n→ Satish Chandra.\n#Polity #UPSC2026\n",
		"12/03/24, 9:01 pm - Rahul: Topic RTC\n12/03/24, 9:06 pm - Priya: *NOTES (Part 1)*\n\n*Background*\n1. No Indian member.\n2. Irwin's offer.\n"+
			"12/03/24, 9:09 pm - Priya: *FAQ*\nQ1. Who went? Ans: Sapru.\n<Media omitted>\n12/03/24, 9:12 pm - Aman: Who chose them?\n12/03/24, 9:13 pm - Priya: The Viceroy.\n",
		"From: A <a@b.c>\nTo: K <k@b.c>\nDate: Wed, 13 Nov 2024\nSubject: Re: BD Act\n\nHi K,\n\n1. WHAT IT IS\n\n1.1 The Biological Diversity Act, 2002 is India's law to implement the\n    Convention on Biological Diversity.\n1.2 It is Act 18.\n",
		"Sufism notes\n\n📌 KEY TERMS ⭐ (fav)\nPir ➡️ master\nMurid ➡️ disciple\nChain ➡️ a ➡️ b\n\n📌 CHISHTI 🔥 most imp\nFounded -> at Chisht\nTitle => Gharib Nawaz\n• x ➡️ y\n",
		"Book (A)\r\n- Your Highlight on page 2 | Location 10-12 | Added on Monday, 1 January 2024 10:00:00\r\n\r\nOne.\r\n==========\r\nBook (A)\r\n- Your Note on page 2 | Location 12 | Added on x\r\n\r\nmine\r\n==========\r\n"+
			"Other\r\n- Your Highlight on Location 5 | Added on x\r\n\r\nTwo.\r\n==========\r\n",
		"#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\nab\tBasic\tA::B::C\tQ <b>x</b>?\tA<br>{{c1::y::h}}\tt\n\"c\"\"d\"\tCloze\tA::B::D\t{{c2::z}}\t<ul><li>w</li></ul>\tt u\n",
		"Art 352\tEmergency\nArt 356\tPresident's rule\nArt 360\tFinancial\nArt 368\tAmendment\nArt 370\tJ&K.\nInoperative since 2019")
	f.Fuzz(func(t *testing.T, data []byte) { checkParse(t, "fuzz.txt", data) })
}

func FuzzParseMarkdown(f *testing.F) {
	fuzzSeeds(f, ".md", "# T\n\n## FAQ\n\n1. Why?\n\nBecause.\n\n**Exam Tip:** remember\n",
		"---\ntitle: T\ntags: [a, b]\n---\n\n> [!note] One\n> text [[A|B]]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"**Bold Title**\n\nCategory: Polity\nTags: Economy, Policy\nStatus: Done\n\n## FAQs on Writs\n\n<details>\n<summary>Which index?</summary>\n\nThe CPI.\n\n</details>\n\n"+
			"<details><summary>Who notifies it?</summary>The Centre.</details>\n\n## Features of the Act\n\n(a) Habeas corpus\n(b) Mandamus\n\ni) one\nii) two\n\n• x\n• y\n\n1\\. Escaped dot\n",
		"title:: T\ntags:: a\n\n- # T\n- TODO x\n- **A**\n  collapsed:: true\n\t- one two\n\t- **B**\n\t\t- three\n- C:\n\t- four\n- Related: [[D]]\n",
		"# T\n\n## Phases\n\n<table>\n<tr><th></th><th>I</th><th>II</th></tr>\n<tr><td>Period</td><td>2014<br>2019</td><td>2020</td></tr>\n</table>\nNB after.\n",
		"# T\n\n## FAQs\n\n<details>\n<summary>Click to expand — FAQs</summary>\n\n**Q1. Why?**\nBecause.\n\n</details>\n\n## List\n\n1. Label:\n\nIts text.\n\n2. Next: more.\n\n#tag #other\n",
		"# 202403151005 Assembly\n\nA body.\n\nTags: #polity #a\nLinks: [[202403151020 Seats]]\n\n---\n\n# 202403151020 Seats\n\n389 seats, see [[202403151005 Assembly|it]].\n",
		"---\nmarp: true\n---\n\n# Deck\n\n<!-- _class: lead -->\n\n## One\n\n- a point\n\n<!--\nspeaker notes: more\n-->\n\n--\n\n![w:900 bg](x.png)\n\n## FAQs\n\n| Q1. Why is it so? Because it is. | – |\n| --- | --- |\n| Q2. Who? Nobody. | – |\n",
		"# T\n\n## Background\n\n1974: a report\n\n9 Mar 2010: a bill\n\nThen more.\n\n- Urs ➡️ death day\n- Sama ➡️ music\n",
		"Note\n\n## Part\n\n- a point\n\nid: 7c3e91a0f5d24b6e8a1f0d29b4c6e573\ncreated_time: 2024-03-14T16:42:08.311Z\nsource_url: \ntype_: 1",
		"# Book\n\n![rw-book-cover](https://x/y.jpg)\n\n## Metadata\n- Author: [[A B]]\n- Category: #books\n\n## Highlights\n- One line. ([Location 2](https://r/2))\n    - Note: mine\n")
	f.Fuzz(func(t *testing.T, data []byte) { checkParse(t, "fuzz.md", data) })
}

func checkParse(t *testing.T, name string, data []byte) {
	d, err := Parse(name, data)
	if err != nil {
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("Parse error %v is not a non-empty Errors", err)
		}
		return
	}
	checkProperties(t, d, data)
}

// blankNonContent blanks what an app writes about notes, not in them: a
// Kindle's clippings' book titles, headers, separators and bookmarks, a
// picture named but not described, a Joplin note's properties, the ID,
// type and deck columns of an Anki deck and its cloze deletions' markup,
// a link alone to a subpage.
func blankNonContent(lines []string) {
	if clippings(lines) != nil {
		for i, l := range lines {
			if t := strings.TrimSpace(l); t == clipEnd || clipMetaRE.MatchString(t) || clipLimitRE.MatchString(t) {
				lines[i] = ""
				if i > 0 && clipMetaRE.MatchString(t) {
					lines[i-1] = "" // the book's title: a heading, or gone with an empty clipping
				}
			}
		}
	}
	pictureLines(lines)
	pageLinkLines(lines)
	anchorLines(lines)
	if joplinLines(slices.Clone(lines)) != nil {
		for i := len(lines) - 1; i >= 0 && (strings.TrimSpace(lines[i]) == "" || joplinPropertyRE.MatchString(lines[i])); i-- {
			lines[i] = ""
		}
	}
	if len(lines) > 0 && strings.HasPrefix(strings.ToLower(lines[0]), "#separator:") {
		var skip []int
		i := 0
		for ; i < len(lines); i++ {
			m := deckHeaderRE.FindStringSubmatch(lines[i])
			if m == nil {
				break
			}
			if k, err := strconv.Atoi(strings.TrimSpace(m[2])); err == nil && (m[1] == "guid column" || m[1] == "notetype column" || m[1] == "deck column") {
				skip = append(skip, k-1)
			}
		}
		for ; i < len(lines); i++ {
			cells := columnGapRE.Split(clozeRE.ReplaceAllString(strings.TrimSpace(lines[i]), "$1"), -1)
			for _, k := range skip {
				if k >= 0 && k < len(cells) {
					cells[k] = ""
				}
			}
			lines[i] = strings.Join(cells, "  ")
		}
	}
}

// headingNumberRE is the number a numbered heading is cited without:
// "2.1 Orbit", "2.1. Orbit", "## 2) Orbit", "## II. Orbit" and "1A) Orbit"
// are cited "Orbit".
var headingNumberRE = regexp.MustCompile(`^(?:#{1,6}\s+)?(?:\d+(?:\.\d+)+\.?|\d{1,2}[A-Z]?[.)]|[IVX]{1,5}[.)])\s+`)

// outlineKeyRE matches the key of an outliner's property line.
var outlineKeyRE = regexp.MustCompile(`^\s*[A-Za-z][\w-]*:: ?`)

func checkProperties(t *testing.T, d *Document, data []byte) {
	t.Helper()
	ids := map[string]bool{}
	out := wordSet(d.Title + " " + d.Subtitle + " " + d.Category + " " + d.ReadingTime + " " + strings.Join(d.Tags, " ") + " " + titleFromName(d.File))
	for k, v := range d.Meta {
		for w := range wordSet(k + " " + v) {
			out[w] = true
		}
	}
	out["answerpoints"] = true // the marker of an inline list, replaced by list items
	if d.ReadingTime != "" {
		for _, w := range []string{"mins", "minute", "minutes", "read"} {
			out[w] = true // "12 minutes read" is kept as "12 min"
		}
	}
	for _, h := range d.Outline {
		for w := range wordSet(strings.Join(h.Path, " ")) {
			out[w] = true
		}
	}
	for _, p := range d.Passages {
		if ids[p.ID] {
			t.Fatalf("duplicate ID %q", p.ID)
		}
		ids[p.ID] = true
		if len(p.Section) == 0 || strings.TrimSpace(p.Citation()) == "" || strings.TrimSpace(p.Text) == "" {
			t.Fatalf("passage %q has an empty citation or text", p.ID)
		}
		for _, s := range p.Section {
			if strings.TrimSpace(s) == "" {
				t.Fatalf("passage %q has an empty part in its citation %q", p.ID, p.Citation())
			}
		}
		if n := utf8.RuneCountInString(p.Text); n > maxPassageRunes {
			t.Fatalf("passage %q has %d runes, over %d", p.ID, n, maxPassageRunes)
		}
		for w := range wordSet(strings.Join(p.Section, " ") + " " + p.Question + " " + p.Text) {
			out[w] = true
		}
	}
	for _, w := range d.Warnings {
		for x := range wordSet(w.Msg) {
			out[x] = true
		}
	}
	text, _, err := decodeText(d.File, data)
	if err != nil {
		t.Fatalf("decodeText failed on a document that parsed: %v", err)
	}
	lines := splitLines(text)
	blankNonContent(lines)
	frontMatter := 0 // lines of front matter, whose keys are not content
	if d.Format == "markdown" && len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines) && i <= maxFrontMatterLines; i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				frontMatter = i
				break
			}
		}
	}
	if d.Format == "markdown" {
		// A tag may run over lines ("<th\n1</table>"): what stands in it is
		// markup, up to its ">".
		open := false
		for i, l := range lines {
			if open {
				end := strings.IndexByte(l, '>')
				if end < 0 {
					lines[i] = ""
					continue
				}
				l = l[end+1:]
				lines[i] = l
			}
			last := openTagRE.FindAllStringIndex(l, -1)
			if open = len(last) > 0 && !strings.Contains(l[last[len(last)-1][0]:], ">"); open {
				lines[i] = l[:last[len(last)-1][0]] // its attributes are no words
			}
		}
		mermaid := false // a diagram is read by its labels, without its ids and styling
		for i, l := range lines {
			t := strings.TrimSpace(l)
			switch {
			case !mermaid && strings.HasPrefix(t, "```") && strings.EqualFold(strings.TrimSpace(strings.TrimLeft(t, "`")), "mermaid"):
				mermaid = true
			case mermaid && strings.HasPrefix(t, "```"):
				mermaid = false
			case mermaid:
				lines[i] = ""
			}
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		// A word broken at a line's end ("Com-" "mittee") is kept whole:
		// a hyphen after two letters ("Grade A-" is no word broken), not
		// at the end of the title or the subtitle, lines of their own.
		l, next := strings.TrimRight(lines[i], " "), strings.TrimSpace(lines[i+1])
		if t := strings.TrimSpace(l); t == d.Title || t == d.Subtitle || hashtagsRE.MatchString(t) {
			continue // (a line of hashtags, "#Polity #UPSC-", is tags)
		}
		if n := len(l); n > 2 && l[n-1] == '-' && unicode.IsLetter(rune(l[n-2])) && unicode.IsLetter(rune(l[n-3])) && next != "" && next[0] >= 'a' && next[0] <= 'z' {
			first, rest, _ := strings.Cut(next, " ")
			lines[i], lines[i+1] = l[:n-1]+first, rest
		}
	}
	var chat []string // what each line of a chat exported from WhatsApp shows of its notes
	if d.Format == "text" {
		chat = chatWords(lines)
	}
	running := map[string]bool{} // running headers beside page numbers, or on their lines
	beside := map[string]int{}
	for i, line := range lines {
		if line = strings.TrimSpace(line); d.Format == "text" && pageMarkRE.MatchString(line) {
			running[strings.TrimSpace(pageMarkRE.ReplaceAllString(line, ""))] = true
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(lines) {
					beside[strings.TrimSpace(lines[j])]++
				}
			}
		}
	}
	for t, n := range beside {
		running[t] = running[t] || n >= 2
	}
	org, keywords := false, 0 // Org mode's keyword lines and comments are no text
	for i, line := range lines {
		if m := orgKeywordRE.FindStringSubmatch(strings.TrimSpace(line)); i < 20 && m != nil {
			keywords++
			org = org || d.Format == "text" && (strings.EqualFold(m[1], "title") || keywords >= 2)
		}
	}
	comment := "" // the end of a Markdown comment running over lines, which hides them
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if comment != "" {
			if strings.Contains(line, comment) {
				comment = ""
			}
			continue
		}
		if d.Format == "markdown" && strings.HasPrefix(line, "<!--") && !strings.Contains(line[4:], "-->") {
			comment = "-->"
		} else if d.Format == "markdown" && strings.HasPrefix(line, "%%") && !strings.Contains(line[2:], "%%") {
			comment = "%%"
		}
		if line == "" || isFurniture(line) || markupOnly(line) || running[line] {
			continue
		}
		if m := orgKeywordRE.FindStringSubmatch(line); org && m != nil {
			if !strings.EqualFold(m[1], "title") {
				continue
			}
			line = m[2]
		}
		if org && strings.HasPrefix(line, "# ") {
			continue
		}
		if d.Format == "text" {
			if line = pageMarkRE.ReplaceAllString(line, ""); running[strings.TrimSpace(line)] {
				continue // a running header with its page number
			}
		}
		if chat != nil {
			if line = chat[i]; line == "" {
				continue
			}
		}
		if _, _, ok := knownHeading(strings.Trim(line, "#*_: "), d.Title); ok {
			continue // cited as written, or as "Definition" when it repeats the title
		}
		if i < frontMatter && strings.HasPrefix(line, "#") {
			continue // a YAML comment
		}
		if i < frontMatter {
			line = yamlKeyRE.ReplaceAllString(line, "")
		}
		if d.Format == "markdown" && outlineKeyRE.MatchString(lines[i]) {
			if lines[i][0] == ' ' || lines[i][0] == '\t' {
				continue // an outliner's block property, "collapsed:: true"
			}
			line = outlineKeyRE.ReplaceAllString(line, "") // a page property, "title:: Ozone"
		}
		if m := mdMetaRE.FindStringSubmatch(line); m != nil {
			line = m[2] // "Category: X" keeps X
		}
		if m := mailHeaderRE.FindStringSubmatch(line); m != nil && d.Format == "text" && i < 12 {
			line = mailReplyRE.ReplaceAllString(m[2], "") // an e-mail's "Subject: Re: X" titles it X
		}
		shown := func(marks *strings.Replacer) string {
			line := visibleText(line, marks)
			if q, a := splitAnswer(line); a != "" {
				line = q + " " + a // "Q1. …? A1. …": the answer's mark goes
			}
			if d.Format == "markdown" {
				line = disclosureRE.ReplaceAllString(strings.TrimSpace(line), "") // a disclosure's button: "Click to expand —"
			}
			return line
		}
		line := shown(emphasisMarks)
		if h, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " "); ok && len(line) > len(h) {
			line = strings.Repeat("#", len(line)-len(h)-1) + " " + withoutNoteID(h) // "# 202403151030 Title": the note's ID
		}
		if _, _, ok := knownHeading(strings.TrimSpace(line), d.Title); ok {
			continue // a callout's title that names a part
		}
		// "2.1 Orbit" is cited "Orbit"; emphasis marks the reader took for
		// text ("1*0") show as written.
		if w := lostWord(headingNumberRE.ReplaceAllString(line, ""), out); w != "" &&
			lostWord(headingNumberRE.ReplaceAllString(shown(noMarks), ""), out) != "" {
			t.Fatalf("line %d %q: word %q is lost", i+1, line, w)
		}
	}
}

// lostWord returns a word of line that is not in out, nor glued to words
// of out; "" when there is none.
func lostWord(line string, out map[string]bool) string {
	for w := range wordSet(line) {
		if !out[w] && !glued(w, out) && !gluedTo(w, out) {
			return w
		}
	}
	return ""
}

// chatWords is what each line of a chat exported from WhatsApp shows of its
// notes, nil if lines are no chat: not a message's header (its date, time
// and sender), not the app's notices, media left out or messages of a word
// or two, all their lines.
func chatWords(lines []string) []string {
	headers := whatsAppHeaders(lines)
	if headers == nil {
		return nil
	}
	shown := make([]string, len(lines))
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && headers[j] == nil {
			j++
		}
		text := lines[i : i+1]
		if m := headers[i]; m != nil {
			_, first, ok := strings.Cut(m[5], ": ")
			if !ok {
				i = j
				continue
			}
			text = append([]string{first}, lines[i+1:j]...)
		}
		if len(strings.Fields(chatText(text))) > 2 {
			for k, l := range text {
				shown[i+k] = chatText([]string{l})
			}
		}
		i = j
	}
	return shown
}

var (
	listMarkerRE   = regexp.MustCompile(`^(?:[-*+•·▪◦●○■□►▸➢➤✓✔–—→]\s*|(?:\(?[a-z]\)|\([ivx]+\)|[ivx]+[.)]|\(?\d+\\?[.)])\s+)`) // "1\. ": a number escaped, as exporters write one typed
	calloutTypeRE  = regexp.MustCompile(`^(?:>[\s\p{Z}]*)*\[![A-Za-z-]+\]`)                                                     // spaces as strings.TrimSpace reads them, no-break ones too
	openTagRE      = regexp.MustCompile(`</?[A-Za-z]`)
	htmlRE         = regexp.MustCompile(`<[A-Za-z!/?][^>]*>|<[^<>]*>|</?[A-Za-z][^\s<>]*|&[#a-zA-Z0-9]+;`) // a tag, "<!", "</", "<?" run to their ">" ("<td 1<>"), as HTML reads them; one left open is a tag too
	faqMarkRE      = regexp.MustCompile(`(?i)^(?:q|ques|question|a|ans|answer)\s*\d{0,3}\s*(?::|[.)]\s|\s-\s)`)
	taskMarkRE     = regexp.MustCompile(`\[[ xX]\]`)
	cellQuestionRE = regexp.MustCompile(`\|\s*(?i:q|ques|question)\s*\d{0,3}\s*(?::|[.)]\s|\s-\s)`)
	fenceInfoRE    = regexp.MustCompile("^(?:```|~~~).*") // the info string is all the line, "``` python title", not only its first word
	yamlKeyRE      = regexp.MustCompile(`^\s*(?:-\s*)?[A-Za-z_][\w .-]*:`)
)

var (
	emphasisMarks = strings.NewReplacer("*", "", "_", "", "=", "", "~", "", "`", "")
	noMarks       = strings.NewReplacer()
)

// visibleText drops the markup whose words a reader does not see: link
// targets, wiki-link targets with an alias, callout types, HTML tags and
// entities, list, task, Q:/A: markers (bold or not), code fence info and
// the emphasis marks that marks replaces.
func visibleText(line string, marks *strings.Replacer) string {
	line = calloutTypeRE.ReplaceAllString(line, "")
	// Wiki links first, as mdInline reads them: "[[A|B][[A|B]]z" is a
	// stray "[[A|B]" and a link, "[[A|B]Bz", not a reference link.
	line = wikiLinkRE.ReplaceAllStringFunc(line, wikiText)
	line = mdLinkRE.ReplaceAllStringFunc(line, linkText) // a slide's image sizing shows nothing
	line = mdRefLinkRE.ReplaceAllString(line, "$1")
	line = htmlRE.ReplaceAllString(line, " ")
	line = footnoteRE.ReplaceAllString(line, "") // "[^1]", a footnote's mark
	line = strings.TrimLeft(line, "> ")
	for range 3 { // a mark after a mark ("1) 2) …") is read as one too
		line = listMarkerRE.ReplaceAllString(line, "")
	}
	line = taskMarkRE.ReplaceAllString(line, "")
	line = faqMarkRE.ReplaceAllString(line, "")
	line = cellQuestionRE.ReplaceAllString(line, "|") // "| Q1. Why…? … |": a FAQ's row
	line = fenceInfoRE.ReplaceAllString(line, "")
	line = marks.Replace(line)                  // "*00**0*" shows as "000"
	return faqMarkRE.ReplaceAllString(line, "") // "**Q1.** Why?"
}

// markupOnly reports lines that hold no text a reader sees: comments,
// link reference definitions.
func markupOnly(line string) bool {
	return strings.HasPrefix(line, "<!--") || strings.HasPrefix(line, "%%") || refDefRE.MatchString(line)
}

// isFurniture reports lines that are page furniture or item numbers, not content.
func isFurniture(line string) bool {
	return countRE.MatchString(line) || moreRE.MatchString(line) || numberRE.MatchString(line) || markerRE.MatchString(line)
}

// glued reports whether w is words of the result run together, as the
// page glues "minOther" and "PartnershipJoint".
func glued(w string, out map[string]bool) bool {
	longest := 0 // the longest word of out: a category glued to a reading time may be long
	for o := range out {
		longest = max(longest, len(o))
	}
	// can[i]: w[i:] is a run of words of out.
	can := make([]bool, len(w)+1)
	can[len(w)] = true
	for i := len(w) - 1; i >= 0; i-- {
		for j := i + 1; j <= len(w) && j-i <= longest; j++ {
			if can[j] && out[w[i:j]] {
				can[i] = true
				break
			}
		}
	}
	return can[0]
}

// gluedTo reports whether w is part of a word of out: words with a tag
// between them ("3<x>5") read as one, as a browser shows them.
func gluedTo(w string, out map[string]bool) bool {
	for o := range out {
		if len(o) > len(w) && strings.Contains(o, w) {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

// TestEscapeMarkdown: text escaped reads back as written, as a line of
// Markdown; a line that starts as a code fence stays text, with the
// lines after it.
func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a <b> & &cent; [x] [y", "a &lt;b> & &amp;cent; &#91;x] [y"},
		{"~~~ x", "&#126;~~ x"},
		{"```go", "&#96;``go"},
		{"  ~~~~", "  &#126;~~~"},
		{"~~ x", "~~ x"},
		{"a ~~~ b", "a ~~~ b"},
		{"``` [a](b)", "&#96;`` &#91;a](b)"},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
		d, err := Parse("e.md", []byte("# T\n\n"+EscapeMarkdown(tt.in)+"\n\nAfter.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSpace(tt.in) + "\nAfter."; len(d.Passages) != 1 || d.Passages[0].Text != want {
			var got []string
			for _, p := range d.Passages {
				got = append(got, p.Text)
			}
			t.Errorf("%q escaped reads %q, want [%q]", tt.in, got, want)
		}
	}
}

// TestEscapeMarkdownWikiLinks: a wiki link that shows all it says stays a
// link, read as its text ("[[ITCZ]]" of notes rendered to a page as they
// are); one that shows less than it says stays text.
func TestEscapeMarkdownWikiLinks(t *testing.T) {
	in := "Air rises at the [[ITCZ]], not at [[Page|shown]] or [[a]b]]."
	want := "Air rises at the [[ITCZ]], not at &#91;&#91;Page|shown]] or &#91;&#91;a]b]]."
	if got := EscapeMarkdown(in); got != want {
		t.Errorf("EscapeMarkdown(%q) = %q, want %q", in, got, want)
	}
	d, err := Parse("e.md", []byte("# T\n\n"+EscapeMarkdown(in)+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if read := "Air rises at the ITCZ, not at [[Page|shown]] or [[a]b]]."; len(d.Passages) != 1 || d.Passages[0].Text != read {
		t.Errorf("%q escaped reads %+v, want %q", in, d.Passages, read)
	}
}

// TestHeadingNumbers: the number written before a top-level heading is
// kept, in text and Markdown, so that "section 4" can find it, and shown
// with its name; a subheading's "2.1" and a year are not numbers of
// sections.
func TestHeadingNumbers(t *testing.T) {
	tests := []struct {
		file, input string
		want        []string
	}{
		{"n.txt", "Notes On Orbits\n\n1. Introduction\nOrbits are paths.\n\n2. Lagrange Points\nPoints of balance.\n\n2.1 Halo orbits\nLoops around a point.\n\nIV. Payloads\nSeven instruments.\n",
			[]string{"1. Introduction", "2. Lagrange Points", "Halo orbits", "4. Payloads"}},
		{"n.md", "# Notes On Orbits\n\n## 1. Introduction\nOrbits are paths.\n\n## 2) Lagrange Points\nPoints of balance.\n\n### 2.1 Halo orbits\nLoops.\n\n## 1857 revolt\nA year, not a number.\n",
			[]string{"1. Introduction", "2. Lagrange Points", "Halo orbits", "1857 revolt"}},
		// Underlined, as enscript prints text notes: numbered once, not
		// "1. 1. WHAT IS BIMSTEC".
		{"u.txt", "BIMSTEC NOTES\n\n1. WHAT IS BIMSTEC\n------------------\n\n- A grouping of seven countries.\n\n2. HISTORY\n----------\n\n- 1997: founded in Bangkok.\n",
			[]string{"1. WHAT IS BIMSTEC", "2. HISTORY"}},
	}
	for _, tt := range tests {
		d, err := Parse(tt.file, []byte(tt.input))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range d.Outline {
			got = append(got, h.Name())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: outline numbers\n%s\nwant\n%s", tt.file, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestContentsLinks: a table of contents, links to the notes' own
// headings (Google Docs' "Download → Markdown", a GitHub README's), says
// nothing, and the ids Google Docs and pandoc write after headings are no
// part of their names; a list of links to other pages stays.
func TestContentsLinks(t *testing.T) {
	in := "# Jainism\n\n**Contents**\n\n[1\\. Basics](#1-basics)\n\n- [Councils](#councils)\n\n[Sects (300 BCE\\)\t2](#sects-(300-bce))\n\n" +
		"# **1\\. Basics** {#1-basics}\n\nJainism was founded long before Mahavira.\n\n## Councils {#councils .unnumbered}\n\n" +
		"- The first council met at Pataliputra.\n- [Second council](https://example.org/vallabhi) at Vallabhi\n"
	want := []string{
		"Jainism › Basics: Jainism was founded long before Mahavira.",
		"Jainism › Basics › Councils: - The first council met at Pataliputra.\n- Second council at Vallabhi",
	}
	checkPassages(t, "j.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestQuarto: a Quarto or R Markdown document reads as the page it
// renders: its divs' fences and the code run to make it left out, a note
// written inline read with its sentence, a table's caption without its id.
func TestQuarto(t *testing.T) {
	in := "---\ntitle: \"Article 21\"\nformat:\n  html:\n    toc: true\n---\n\n" +
		"```{r}\n#| label: setup\n#| include: false\nlibrary(tidyverse)\n```\n\n" +
		"## Introduction {#sec-intro}\n\nArticle 21 protects life and personal liberty.^[It applies to [all persons](https://example.org).] See @sec-cases.\n\n" +
		"::: {.callout-note}\n## Exam tip\nQuote Maneka Gandhi (1978) for due process.\n:::\n\n" +
		"## Cases {#sec-cases}\n\n::: callout-important\nPuttaswamy (2017) made privacy a fundamental right.\n:::\n\n" +
		"```{python}\nprint(df)\n```\n\n```\nA.K. Gopalan (1950)\n```\n\n| Case | Year |\n|---|---|\n| Maneka Gandhi | 1978 |\n\n: Landmark cases {#tbl-landmark}\n"
	want := []string{
		"Article 21 › Introduction: Article 21 protects life and personal liberty. (It applies to all persons.) See @sec-cases.",
		"Article 21 › Exam tip: Quote Maneka Gandhi (1978) for due process.",
		"Article 21 › Cases › 1: Puttaswamy (2017) made privacy a fundamental right.",
		"Article 21 › Cases › 2: A.K. Gopalan (1950)",
		"Article 21 › Cases › 3: Case: Maneka Gandhi; Year: 1978",
		"Article 21 › Cases › 4: Landmark cases",
	}
	checkPassages(t, "a21.qmd", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestDokuWiki: a DokuWiki page's source, saved as text, is read as the
// page it shows: its headings by their signs, lists indented two spaces,
// a table a row an entry, code, notes in brackets, boxes, pictures, tags
// and markers left out.
func TestDokuWiki(t *testing.T) {
	in := "~~NOTOC~~\n====== Fundamental Rights ======\n\nPart III of the //Constitution//.((Articles 12 to 35.))\n\n" +
		"===== Equality =====\n\n  * Article 14: equality before the law\n    * applies to all persons\n  - Article 17 abolishes untouchability FIXME\n\n" +
		"^ Case ^ Year ^\n| Maneka Gandhi | 1978 |\n| Puttaswamy | 2017 |\n\n==== Remedies ====\n\n<WRAP center round tip 60%>\n" +
		"Article 32 is the ''heart and soul'' of the Constitution. {{ambedkar.jpg|B. R. Ambedkar}}\n</WRAP>\n\n<code>\nwrit = habeas corpus\n</code>\n\n{{tag>polity rights}}\n"
	want := []string{
		"Fundamental Rights › Definition: Part III of the Constitution. (Articles 12 to 35.)",
		"Fundamental Rights › Equality: Article 14: equality before the law\n- applies to all persons",
		"Fundamental Rights › Equality › 1: Article 17 abolishes untouchability",
		"Fundamental Rights › Equality › 2: Case: Maneka Gandhi; Year: 1978",
		"Fundamental Rights › Equality › 3: Case: Puttaswamy; Year: 2017",
		"Fundamental Rights › Equality › Remedies › 1: Article 32 is the heart and soul of the Constitution. B. R. Ambedkar",
		"Fundamental Rights › Equality › Remedies › 2: writ = habeas corpus",
	}
	checkPassages(t, "rights.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestBareSectionNumbers: headings numbered 1, 2, 3 … without a dot, as
// an encyclopedia's printed article numbers them, are cited without their
// numbers; a number alone elsewhere stays ("1857 revolt").
func TestBareSectionNumbers(t *testing.T) {
	in := "# CERT-In\n\nThe national agency.\n\n## 1 Origins\n\nSet up in 2004.\n\n## 2 Mandate\n\nSection 70B.\n\n### 2.1 Directions\n\nSix hours to report.\n\n## 3 April 2022 rules\n\nVPN logs kept.\n"
	want := []string{
		"CERT-In › Definition: The national agency.",
		"CERT-In › Origins: Set up in 2004.",
		"CERT-In › Mandate: Section 70B.",
		"CERT-In › Mandate › Directions: Six hours to report.",
		"CERT-In › April 2022 rules: VPN logs kept.",
	}
	checkPassages(t, "cert-in.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
	in = "# Revolts\n\nIntro.\n\n## 1857 revolt\n\nMeerut.\n\n## 1 Causes\n\nCartridges.\n"
	want = []string{"Revolts › Definition: Intro.", "Revolts › 1857 revolt: Meerut.", "Revolts › 1 Causes: Cartridges."}
	checkPassages(t, "revolts.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestMeetingTimes: a meeting's transcript saved as a document, the time
// alone on a line every few minutes, is cited by those times.
func TestMeetingTimes(t *testing.T) {
	in := "# Polity doubt session\n\n## Transcript\n\n00:00:00\n\nMeera: The 106th Amendment reserves a third of the seats.\n\n00:03:47\n\nRohit: What about the Rajya Sabha?\n\n00:08:15\n\nMeera: It passed 454 to 2 in the Lok Sabha.\n"
	want := []string{
		"Polity doubt session › Transcript › 00:00:00: Meera: The 106th Amendment reserves a third of the seats.",
		"Polity doubt session › Transcript › 00:03:47: Rohit: What about the Rajya Sabha?",
		"Polity doubt session › Transcript › 00:08:15: Meera: It passed 454 to 2 in the Lok Sabha.",
	}
	checkPassages(t, "session.md", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestZim: a Zim desktop wiki's page is read as DokuWiki's, its header,
// its day and its tags left out, its unindented lists, Markdown tables and
// verbatim blocks read.
func TestZim(t *testing.T) {
	in := "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2025-06-19T22:41:07+05:30\n\n" +
		"====== Delimitation ======\nCreated Thursday 19 June 2025\n\n@gs2 @polity\n\n**Delimitation** fixes the seats of each state.\n\n" +
		"===== 1. Constitutional basis =====\n* **Art 82** - seats readjusted after every census\n\t* the Delimitation Act follows\n1. Art 170 - the same for assemblies\n[ ] revise Art 81\n\n" +
		"===== 2. Commissions =====\n| Year | Chairman |\n|------|----------|\n| 1952 | Justice N. Chandrasekhara Aiyar |\n\n'''\nseats = population / 10 lakh\n'''\n"
	want := []string{
		"Delimitation › Definition: Delimitation fixes the seats of each state.",
		"Delimitation › Constitutional basis: Art 82 - seats readjusted after every census\n- the Delimitation Act follows",
		"Delimitation › Constitutional basis › 1: Art 170 - the same for assemblies",
		"Delimitation › Constitutional basis › 2: revise Art 81",
		"Delimitation › Commissions › 1: Year: 1952; Chairman: Justice N. Chandrasekhara Aiyar",
		"Delimitation › Commissions › 2: seats = population / 10 lakh",
	}
	checkPassages(t, "Delimitation.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestWikiHeadedText: notes kept as text whose parts are headed as a
// wiki heads them ("== INTRO ==") are titled by their first line, as
// other text notes are, and are not warned of a missing "# Title".
func TestWikiHeadedText(t *testing.T) {
	in := "~~NOTOC~~\nBHAKTI IN N. INDIA -- kabir, mira\ngs1 art&culture, sir's class\n\n== INTRO ==\nbhakti = devotion to a personal god\n\n== WHY IT SPREAD ==\n- caste rigidity\n"
	d, err := Parse("bhakti.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := "BHAKTI IN N. INDIA -- kabir, mira"; d.Title != want || len(d.Warnings) > 0 {
		t.Errorf("title %q, warnings %v; want %q and none", d.Title, d.Warnings, want)
	}
	var got []string
	for _, h := range d.Outline {
		got = append(got, strings.Join(h.Path, " > "))
	}
	if want := []string{"INTRO", "WHY IT SPREAD"}; !slices.Equal(got, want) {
		t.Errorf("outline %q, want %q", got, want)
	}
}

// TestYouTubeTranscript: a transcript copied from YouTube's "Show
// transcript" panel, a time over each line said and the chapters' titles
// over their first times, is read as its chapters, the lines said joined
// into paragraphs, the times and "[Music]" left out.
func TestYouTubeTranscript(t *testing.T) {
	var b strings.Builder
	b.WriteString("Lokpal explained | Polity for UPSC\nhttps://www.youtube.com/watch?v=abc\n\nIntro\n0:00\n[Music]\n")
	for i := range 6 {
		fmt.Fprintf(&b, "0:%02d\nthe lokpal is an anti-corruption body line %d\n", 2+i, i)
	}
	b.WriteString("\nSelection committee\n")
	for i := range 6 {
		fmt.Fprintf(&b, "1:%02d\nthe prime minister chairs the committee line %d\n", 10+i, i)
	}
	d, err := Parse("lokpal.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Lokpal explained | Polity for UPSC › Intro: the lokpal is an anti-corruption body line 0 the lokpal is an anti-corruption body line 1 the lokpal is an anti-corruption body line 2 the lokpal is an anti-corruption body line 3 the lokpal is an anti-corruption body line 4 the lokpal is an anti-corruption body line 5",
		"Lokpal explained | Polity for UPSC › Selection committee: the prime minister chairs the committee line 0 the prime minister chairs the committee line 1 the prime minister chairs the committee line 2 the prime minister chairs the committee line 3 the prime minister chairs the committee line 4 the prime minister chairs the committee line 5",
	}
	if d.Subtitle != "https://www.youtube.com/watch?v=abc" || !slices.Equal(got, want) {
		t.Errorf("subtitle %q, passages\n%s\nwant\n%s", d.Subtitle, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestChatEmphasis checks that notes forwarded from a chat app, which mark
// bold and italic with "*" and "_", are cited without the marks: the
// title, the subtitle and every heading ("📌 *Background*" had been cited
// "*Background", its closing mark gone with the heading's punctuation).
func TestChatEmphasis(t *testing.T) {
	in := "🐆 *PROJECT CHEETAH – ONE PAGE REVISION* 🐆\n_Prelims + Mains (GS3 Environment)_ | Save this msg 📥\n\n" +
		"📌 *What is it?*\n🔹 India's programme to bring back the *cheetah* (_Acinonyx jubatus_).\n🔹 First site: *Kuno National Park*.\n\n" +
		"📌 *Background*\n1️⃣ The last three wild cheetahs were shot in *1947*.\n2️⃣ Declared extinct in India in 1952.\n\n" +
		"📌 **Key facts:**\n✅ The fastest land animal.\n✅ It cannot roar.\n"
	d, err := Parse("cheetah.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := "PROJECT CHEETAH – ONE PAGE REVISION"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	if want := "Prelims + Mains (GS3 Environment) | Save this msg 📥"; d.Subtitle != want {
		t.Errorf("subtitle %q, want %q", d.Subtitle, want)
	}
	var got []string
	for _, h := range d.Outline {
		got = append(got, fmt.Sprintf("%s: %d", strings.Join(h.Path, " > "), h.Passages))
	}
	if want := []string{"What is it?: 2", "Background: 2", "Key facts: 2"}; !slices.Equal(got, want) {
		t.Errorf("outline %q, want %q", got, want)
	}
	for _, p := range d.Passages {
		if strings.ContainsAny(p.Citation(), "*_") {
			t.Errorf("citation %q keeps a mark of emphasis", p.Citation())
		}
	}
}

// TestLeadInUnderHeading: a line ending in ":" right under a heading of
// plain-text notes is a subheading when it reads as one ("pros:",
// "Remote sensing payloads (4) - look directly at the Sun:"), and the
// lead-in of the list below when it reads as a sentence without a capital
// ("the state is made of 7 limbs:", "every department had one. must-know
// list:").
// TestLabelOverList: in Markdown, a short label ending in ":" over a list
// of facts heads the list, its remark in brackets and a law's year no
// words of it, its dash none either; the text after the list goes on with
// the section the label stands in (a section's passages come before its
// subsections').
func TestLabelOverList(t *testing.T) {
	input := "# Council of Ministers\n\n## Composition\n\n- The CoM is dissolved when the CM dies or resigns.\n\n" +
		"91st Amendment Act, 2003 (5 points for prelims):\n\n- Art 164(1A): ministers including the CM not over 15% of the Assembly.\n" +
		"- Art 164(1B): a defector cannot become a minister till re-elected.\n\n" +
		"Why: jumbo ministries were used to reward defectors.\n\n" +
		"Art 167 - CM's duties:\n\n1. communicate all decisions of the CoM to the Governor\n2. furnish such information as the Governor may call for\n\n" +
		"Other hats: chairman of the State Planning Board.\n"
	want := []string{
		"Council of Ministers › Composition › 1: The CoM is dissolved when the CM dies or resigns.",
		"Council of Ministers › Composition › 2: Why: jumbo ministries were used to reward defectors.",
		"Council of Ministers › Composition › 3: Other hats: chairman of the State Planning Board.",
		"Council of Ministers › Composition › 91st Amendment Act, 2003 (5 points for prelims) › 1: Art 164(1A): ministers including the CM not over 15% of the Assembly.",
		"Council of Ministers › Composition › 91st Amendment Act, 2003 (5 points for prelims) › 2: Art 164(1B): a defector cannot become a minister till re-elected.",
		"Council of Ministers › Composition › Art 167 - CM's duties › 1: communicate all decisions of the CoM to the Governor",
		"Council of Ministers › Composition › Art 167 - CM's duties › 2: furnish such information as the Governor may call for",
	}
	checkPassages(t, "c.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

func TestLeadInUnderHeading(t *testing.T) {
	input := "Mauryan Administration\n\n2. Sources\n- The Arthashastra of Kautilya is a manual of statecraft.\n\n" +
		"3. Saptanga theory of state (Arthashastra)\nthe state is made of 7 limbs (prakritis):\n  1) swami - the king\n  2) amatya - ministers\n  3) janapada - territory\n" +
		"  4) durga - fort\n  5) kosha - treasury\n  6) danda - army\n  7) mitra - ally\n- the king is the most important limb\n\n" +
		"4. Central administration\n\n4.1 Adhyakshas (superintendents)\nevery department had an adhyaksha. must-know list:\n- sitadhyaksha - crown lands\n- panyadhyaksha - trade\n\n" +
		"5. Critical evaluation\npros:\n- efficient revenue collection\ncons:\n- heavy taxes\n"
	d, err := Parse("m.txt", []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range d.Outline {
		got = append(got, strings.Join(h.Path, " › "))
	}
	want := []string{"Sources", "Saptanga theory of state (Arthashastra)", "Central administration", "Central administration › Adhyakshas (superintendents)",
		"Critical evaluation", "Critical evaluation › pros", "Critical evaluation › cons"}
	if !slices.Equal(got, want) {
		t.Errorf("outline\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestByline: a byline under a Markdown title (author, date and reading
// time set apart by bars) is the page's, kept as metadata, not the notes'
// definition; a line of text with a bar in it is text.
func TestByline(t *testing.T) {
	d, err := Parse("c.md", []byte("# Cloning\n\n*By Team GS Compass | Last updated: 12 September 2025 | 9 min read*\n\n## What is Cloning?\n\nCloning is copying.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Passages) != 1 || d.Passages[0].Text != "Cloning is copying." || d.ReadingTime != "9 min" || !strings.HasPrefix(d.Meta["byline"], "By Team GS Compass") {
		t.Errorf("passages %v, reading time %q, byline %q; want the definition alone, 9 min and the byline", d.Passages, d.ReadingTime, d.Meta["byline"])
	}
	for _, line := range []string{"Cloning copies a cell | a gene", "By 2025 | the count doubled"} {
		if _, ok := byline(line); ok {
			t.Errorf("byline(%q) = true, want false", line)
		}
	}
}

// TestTableRowsMarked: the readers mark each table row they write as a
// passage (Passage.Row), however the table is drawn; prose that reads
// "Label: text; Label: text" is no row.
func TestTableRowsMarked(t *testing.T) {
	tests := []struct{ name, file, input string }{
		{"markdown pipes", "t.md", "# Rivers\n\nIndian rivers.\n\n## Table\n\n| River | Origin |\n|---|---|\n| Ganga | Gangotri |\n| Indus | Mansarovar |\n\nNote: rivers; Also: lakes.\n"},
		{"text pipes", "t.txt", "Rivers\n\nIndian rivers.\n\nTABLE\n| River | Origin |\n|---|---|\n| Ganga | Gangotri |\n| Indus | Mansarovar |\n\nNote: rivers; Also: lakes.\n"},
		{"text grid", "t.txt", "Rivers\n\nIndian rivers.\n\nTABLE\n+-------+------------+\n| River | Origin     |\n+=======+============+\n| Ganga | Gangotri   |\n+-------+------------+\n| Indus | Mansarovar |\n+-------+------------+\n\nNote: rivers; Also: lakes.\n"},
		{"text columns", "t.txt", "Rivers\n\nIndian rivers.\n\nTABLE\nRiver      Origin\n-----      ----------\nGanga      Gangotri\nIndus      Mansarovar\n\nNote: rivers; Also: lakes.\n"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.file, []byte(tt.input))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var rows, prose []string
		for _, p := range d.Passages {
			if p.Row {
				rows = append(rows, p.Text)
			} else {
				prose = append(prose, p.Text)
			}
		}
		if want := []string{"River: Ganga; Origin: Gangotri", "River: Indus; Origin: Mansarovar"}; !slices.Equal(rows, want) {
			t.Errorf("%s: rows %q, want %q (other passages %q)", tt.name, rows, want, prose)
		}
	}
}

// TestLogseqMarkup: Logseq's highlights, block references and the lines
// that open and close its blocks show as their text, or nothing.
func TestLogseqMarkup(t *testing.T) {
	d, err := Parse("l.md", []byte("# T\n\n## Reach\n\n- expected: ^^at least 2.5 lakh borrowers^^ in three years\n"+
		"- ((6690a1c2-5b7e-4c1d-9f21-3a8e0d4b7c10)) keep the definition handy\n- #+BEGIN_WARNING\n  The 15% margin is not the 10% own share.\n  #+END_WARNING\n"))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range d.Passages {
		text.WriteString(p.Text + "\n")
	}
	for _, want := range []string{"expected: at least 2.5 lakh borrowers in three years", "keep the definition handy", "The 15% margin is not the 10% own share."} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("passages lack %q:\n%s", want, text.String())
		}
	}
	for _, not := range []string{"^^", "((", "#+", "WARNING"} {
		if strings.Contains(text.String(), not) {
			t.Errorf("passages keep %q:\n%s", not, text.String())
		}
	}
}

// TestTableCaption: a caption written over a table ("Table 2: …") heads
// its rows, and the text after the table is its section's again (a
// section's own passages come before its subsections').
func TestTableCaption(t *testing.T) {
	checkPassages(t, "r.md", "# Rivers\n\nIndian rivers.\n\n## Sources\n\nWhere they rise.\n\nTable 2: Sources of the rivers\n\n| River | Origin |\n|---|---|\n| Ganga | Gangotri |\n| Indus | Mansarovar |\n\nBoth rise in the Himalaya.\n",
		[]string{
			"Rivers › Definition: Indian rivers.",
			"Rivers › Sources › 1: Where they rise.",
			"Rivers › Sources › 2: Both rise in the Himalaya.",
			"Rivers › Sources › Table 2: Sources of the rivers › 1: River: Ganga; Origin: Gangotri",
			"Rivers › Sources › Table 2: Sources of the rivers › 2: River: Indus; Origin: Mansarovar",
		}, citedText)
}

// TestHeadingMarkedAtItsEnd: a note app's heading typed with its hashes at
// the end ("LIC IPO - the big one ###") heads what follows it, at the level
// its hashes give; "C# ##" in a sentence's paragraph does not.
func TestHeadingMarkedAtItsEnd(t *testing.T) {
	checkPassages(t, "n.md", "# Disinvestment\n\nBasics first ##\n\n+ disinvestment = the government selling its equity\n\nLIC IPO - the big one ##\n\n**Background**\n+ LIC was set up in 1956\n\nThe issue ###\n\n+ price band Rs 902-949\nwritten in C# ##\n",
		[]string{
			"Disinvestment › Basics first: disinvestment = the government selling its equity",
			"Disinvestment › LIC IPO - the big one › Background: LIC was set up in 1956",
			"Disinvestment › LIC IPO - the big one › The issue: price band Rs 902-949 written in C# ##",
		}, citedText)
}

// citedText shows a passage as its citation and its text.
func citedText(p Passage) string { return p.Citation() + ": " + p.Text }

// TestChecklistNote: a list note a notes app saves as text, each entry
// opened by its box; an entry with entries indented under it heads them,
// its box dropped, and the entries are a list's, their boxes shown as
// Markdown's task list shows them.
func TestChecklistNote(t *testing.T) {
	note := "Western Disturbances - rev list\n\n" +
		"[x] WD = extratropical low-pressure system that reaches NW India from the west\n" +
		"[x] ORIGIN & PATH 🌍\n" +
		"    [x] Born over the Mediterranean Sea as mid-latitude storms riding the westerlies\n" +
		"    [x] Carrier = subtropical westerly jet; its southern branch flows S of the Himalaya\n" +
		"[x] SEASON & FREQUENCY 📅\n" +
		"    [x] Main season Dec to Mar, peak Jan-Feb; roughly 4-6 WDs a month\n" +
		"    [ ] El Nino winters often flagged for fewer WDs - a tendency, not a rule\n" +
		"\nLabels: GS1 Geography, Revision\n"
	d, err := Parse("wd.txt", []byte(note))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+" | "+p.Text)
	}
	want := []string{
		"Western Disturbances - rev list › ORIGIN & PATH › 1 | ☑ Born over the Mediterranean Sea as mid-latitude storms riding the westerlies",
		"Western Disturbances - rev list › SEASON & FREQUENCY › 2 | ☐ El Nino winters often flagged for fewer WDs - a tendency, not a rule",
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no passage %q among\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestScannedBookletPages: the text of a scanned booklet keeps each
// page's running header beside its page number, on the left of even
// pages and the right of odd ones, misread differently from page to page,
// and its footer; a speck of dust read as marks stands over a heading.
// The furniture goes, and the heading under the speck is one.
func TestScannedBookletPages(t *testing.T) {
	para := func(s string) string {
		return s + " The orders spread across the subcontinent and drew disciples of every\nbackground, and their hospices fed the poor of the towns around them.\n\n"
	}
	foot := "Pragati Academy, Delhi-09 | Booklet 4\n"
	text := "CHAPTER 7\nTHE SUFI MOVEMENT\n\n7.1 INTRODUCTION\n\n" + para("Sufism is the mystical side of Islam.") + foot + "              47\n" +
		"\f48                    MEDIEVAL INDIA : ART & CULTURE\n\n" + para("Ibn al-Arabi gave the doctrine of unity of being.") + ".    '   ,      .  `\n7.2 THE MAJOR SILSILAS\n\n" + para("The Chishti order came to Ajmer.") + "Pragati Academy, Delhi-O9 | Booklet 4\n" +
		"\fCHAPTER 7 : THE SUFl MOVEMENT                  49\n\n" + para("The Suhrawardi order settled at Multan.") + foot +
		"\f50                    MEDIEVAL lNDIA : ART & CULTURE\n\n" + para("The Naqshbandi order came late.") + foot +
		"\fCHAPTER 7 : THE SUFI MOVEMENT                  51\n\n" + para("The Qadiri order had royal disciples.") + foot
	d, err := Parse("booklet.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var headings []string
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "Pragati") || strings.Contains(p.Text, "ART & CULTURE") || strings.Contains(p.Text, "47") || strings.Contains(p.Citation(), "49") || strings.Contains(p.Citation(), "51") {
			t.Errorf("furniture in %s: %q", p.Citation(), p.Text)
		}
		headings = append(headings, p.Heading())
	}
	if !slices.Contains(headings, "THE MAJOR SILSILAS") {
		t.Errorf("no heading under the speck: %q", headings)
	}
}

// TestFormFeedPages: text whose pages a form feed breaks loses a page's
// number at its foot and the next page's running head when the head
// carries that page's number, though heads alternate and pages are few;
// a chapter's number over its name titles the notes with both.
func TestFormFeedPages(t *testing.T) {
	text := "CHAPTER 4\nGROUNDWATER DEPLETION IN INDIA\n\n4.1 WHAT IS DEPLETION\n\nDepletion is the long-term fall in the level of groundwater.\n\n61\n" +
		"\f62 GEOGRAPHY & ENVIRONMENT : BOOKLET 9\n\n4.2 CAUSES\n\nFree power for farm pumps drives over-pumping in Punjab.\n" +
		"\fGROUNDWATER DEPLETION IN INDIA 63\n\n4.3 RESPONSES\n\nThe Atal Bhujal Yojana works in seven states.\n\f"
	d, err := Parse("booklet.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "CHAPTER 4: GROUNDWATER DEPLETION IN INDIA" {
		t.Errorf("title %q", d.Title)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"CHAPTER 4: GROUNDWATER DEPLETION IN INDIA › WHAT IS DEPLETION: Depletion is the long-term fall in the level of groundwater.",
		"CHAPTER 4: GROUNDWATER DEPLETION IN INDIA › CAUSES: Free power for farm pumps drives over-pumping in Punjab.",
		"CHAPTER 4: GROUNDWATER DEPLETION IN INDIA › RESPONSES: The Atal Bhujal Yojana works in seven states.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDataviewFields: an Obsidian note keeps its plugin's fields right
// under its front matter ("up:: [[…]]"); they are its metadata, not its
// opening text.
func TestDataviewFields(t *testing.T) {
	note := "---\ntitle: SHGs & DAY-NRLM\ntags:\n  - shg\n---\nup:: [[GS3 Economy MOC]]\nsource:: Class 11 handout, [[RBI framework 2022]]\n\n" +
		"A self-help group is an informal group of 10 to 20 women who save and lend to each other.\n\n## Lakhpati Didi\n\nA member whose household earns Rs 1 lakh a year.\n"
	d, err := Parse("shg.md", []byte(note))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta["source"] == "" {
		t.Errorf("meta %q", d.Meta)
	}
	if len(d.Passages) == 0 || !strings.HasPrefix(d.Passages[0].Text, "A self-help group") {
		t.Errorf("opening passage %q", d.Passages[0].Text)
	}
}

// TestWordTextContents: a Word document saved as text keeps its table of
// contents, each entry with its page number after a tab; it goes, and the
// sections it names head their own text.
func TestWordTextContents(t *testing.T) {
	text := "Coastal Regulation Zone Notification, 2019\r\n\r\nContents\r\n1.\tIntroduction\t1\r\n2.\tZones\t1\r\n3.\tWhat changed\t2\r\n\r\n" +
		"1.\tIntroduction\r\nThe notification decides what may be built near the coast.\r\n\r\n2.\tZones\r\nThere are four zones, CRZ-I to CRZ-IV.\r\n\r\n" +
		"3.\tWhat changed\r\nThe no-development zone shrank to 50 metres in dense rural areas.\r\n"
	d, err := Parse("crz.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+" | "+p.Text)
		if strings.Contains(p.Citation()+p.Text, "Contents") {
			t.Errorf("the contents read as text: %s | %q", p.Citation(), p.Text)
		}
	}
	if want := "Coastal Regulation Zone Notification, 2019 › What changed | The no-development zone shrank to 50 metres in dense rural areas."; !slices.Contains(got, want) {
		t.Errorf("no passage %q among\n%s", want, strings.Join(got, "\n"))
	}
}

// TestAppleNotesText reads a note Apple Notes exported as text: its stamps
// under the title (the folder the category), the title written again over
// the text, bullets of a tab, "•" and a tab (no table's columns: no cell
// is "•"), and an attachment's place (U+FFFC) on a line of its own, which
// holds nothing.
func TestAppleNotesText(t *testing.T) {
	note := "Appiko movement\nCreated: Saturday, 9 September 2023 at 10:14:52 PM\nModified: Sunday, 16 November 2025 at 11:48:03 PM\nFolder: UPSC 2026 › GS3 Env\n\n" +
		"Appiko movement\nAppiko is Karnataka's tree-hugging movement, begun at Salkani in 1983.\n\nWhy Uttara Kannada?\n" +
		"\t•\tthe most forested district of Karnataka\n\t•\tthe 3 Ps: paper, plywood, power\n\ufffc\n\nMethods\n\t•\tpadayatras and street plays\n"
	d, err := Parse("appiko.txt", []byte(note))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Appiko movement" || d.Subtitle != "" || d.Category != "UPSC 2026 › GS3 Env" {
		t.Errorf("title %q, subtitle %q, category %q", d.Title, d.Subtitle, d.Category)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Appiko movement › Definition: Appiko is Karnataka's tree-hugging movement, begun at Salkani in 1983.",
		"Appiko movement › Why Uttara Kannada?: - the most forested district of Karnataka\n- the 3 Ps: paper, plywood, power", // short entries, one passage
		"Appiko movement › Methods: padayatras and street plays",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLogseqTasks: a Logseq journal's tasks under a heading are its
// checklist, ticked when done, dated by their planning, without the clock
// and the query the app keeps with them.
func TestLogseqTasks(t *testing.T) {
	d, err := Parse("2025_06_06.md", []byte("- ## Tasks\n\t- DONE watch the MPC live stream\n\t  :LOGBOOK:\n\t  CLOCK: [2025-06-06 Fri 09:58:12]--[2025-06-06 Fri 11:02:40] =>  01:04:28\n\t  :END:\n"+
		"\t- TODO read the MPC minutes when they come out\n\t  SCHEDULED: <2025-06-20 Fri>\n\t- {{query (and (task TODO LATER) [[Monetary Policy]])}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "- ☑ watch the MPC live stream\n- ☐ read the MPC minutes when they come out (scheduled 20 Jun 2025, Fri)"
	if len(d.Passages) != 1 || d.Passages[0].Text != want {
		t.Errorf("passages %+v, want one: %q", d.Passages, want)
	}
}

// TestObsidianMarks: what Obsidian writes for itself is no text: Dataview's
// links to the notes around a note ("up:: [[…]] · related:: [[…]]"), a
// block's ID under it or at its line's end, a callout's settings after a
// bar ("[!tip|right]").
func TestObsidianMarks(t *testing.T) {
	d, err := Parse("o.md", []byte("# Surya Ghar\n\nup:: [[GS3 Energy MOC]] · related:: [[Solar Parks]], [[PM-KUSUM]]\n\nA scheme for rooftop solar. ^def1\n\n## Subsidy\n\n"+
		"Rs 30,000 a kW for the first two kW.\n\n^cfa-table\n\n> [!tip|right] Prelims hook\n> The subsidy is capped at Rs 78,000.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Surya Ghar › Definition: A scheme for rooftop solar.",
		"Surya Ghar › Subsidy › 1: Rs 30,000 a kW for the first two kW.",
		"Surya Ghar › Subsidy › 2: Prelims hook\nThe subsidy is capped at Rs 78,000.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStyledLetters: notes typed in a phone's "fancy font" (Unicode's
// mathematical bold letters) read as the plain letters they show, and
// ligatures a PDF kept ("ﬁgure") as their letters; other signs stay as
// written.
func TestStyledLetters(t *testing.T) {
	d, err := Parse("sup.txt", []byte("🚯 𝗦𝗨𝗣 𝗕𝗔𝗡\n\nThe ban on single-use plastic began on 1 July 2022 across 1 km², the ﬁrst ﬂoor of the oﬃce included.\n\n📌 𝗧𝗜𝗠𝗘𝗟𝗜𝗡𝗘 𝟮𝟬𝟮𝟭-𝟮𝟬𝟮𝟮\n- 2021: the rules were notified in August.\n- 2022: the ban came in on 1 July.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "SUP BAN" || len(d.Passages) < 2 || d.Passages[1].Heading() != "TIMELINE 2021-2022" || !strings.Contains(d.Passages[0].Text, "1 km², the first floor of the office") {
		t.Errorf("title %q, passages %+v", d.Title, d.Passages)
	}
}

// TestSignalChat: a Signal group exported by signal-export as Markdown is
// read as a chat: a section for each day, as the export writes it too;
// reactions, quoted copies and attachments left out, a message whose text
// starts under its header kept; notes typed in capitals, numbered, a part
// of their own under their first line.
func TestSignalChat(t *testing.T) {
	input := "[2024-03-22 08:15:40] Ishita Rao: Good morning! Kheda satyagraha was launched on this date in 1918  \n\n" +
		"[2024-03-22 08:16:02] Ishita Rao: KHEDA SATYAGRAHA (1918) - ONE PAGER\n(from my coaching notes)\n\n" +
		"1) WHERE & WHEN\nKheda district of Gujarat, then part of the Bombay Presidency.\n\n" +
		"2) WHO LED\n- Vallabhbhai Patel, who gave up his legal practice\n- Indulal Yagnik\n" +
		"(- Me: 🔥, Rohan Kulkarni: ❤️ -)\n\n" +
		"[2024-03-22 09:02:47] Rohan Kulkarni: \n\n> Kheda district of Gujarat, then part of the Bombay Presidency.\n\nannewari samjha do koi? 4 annas ka kya matlab  \n\n" +
		"[2024-03-23 10:00:00] Tanvi Desai: One rupee = 16 annas, and a crop under 4 annas was a failure.\n\n![photo](media/IMG_2041.jpg)\n"
	want := []string{
		"signal chat › 22 Mar 2024 (2024-03-22) › 1: Ishita Rao: Good morning! Kheda satyagraha was launched on this date in 1918",
		"signal chat › 22 Mar 2024 (2024-03-22) › 2: Rohan Kulkarni: annewari samjha do koi? 4 annas ka kya matlab",
		"signal chat › 22 Mar 2024 (2024-03-22) › KHEDA SATYAGRAHA (1918) - ONE PAGER (Ishita Rao): (from my coaching notes)",
		"signal chat › 22 Mar 2024 (2024-03-22) › KHEDA SATYAGRAHA (1918) - ONE PAGER (Ishita Rao) › WHERE & WHEN: Kheda district of Gujarat, then part of the Bombay Presidency.",
		"signal chat › 22 Mar 2024 (2024-03-22) › KHEDA SATYAGRAHA (1918) - ONE PAGER (Ishita Rao) › WHO LED: - Vallabhbhai Patel, who gave up his legal practice\n- Indulal Yagnik",
		"signal chat › 23 Mar 2024 (2024-03-23): Tanvi Desai: One rupee = 16 annas, and a crop under 4 annas was a failure.",
	}
	checkPassages(t, "signal chat.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestMultipleChoiceQuestions: in a question bank, the question asked of
// the statements ("Which of the statements given above is/are correct?")
// and the options on a line are read on with the question they end, not
// passages of their own; a question set over its options is not a FAQ
// they answer.
func TestMultipleChoiceQuestions(t *testing.T) {
	input := "# Mill strike bank\n\nPractice set for Unit 9.\n\n## Section A - Multiple Choice Questions\n\n" +
		"Q1. Consider the following statements about the fast of March 1918:\n\n- It was his first hunger strike in India.\n- It ended after three days.\n\n" +
		"Which of the statements given above is/are correct?\n\n(a) 1 only (b) 2 only (c) Both (d) Neither\n\n" +
		"## FAQs\n\n**Who arbitrated the 1918 dispute?**\n\n(a) Anandshankar Dhruv (b) Gulzarilal Nanda (c) Shankarlal Banker (d) Mahadev Desai\n"
	want := []string{
		"Mill strike bank › Definition: Practice set for Unit 9. ()",
		"Mill strike bank › Section A - Multiple Choice Questions: Consider the following statements about the fast of March 1918:\n- It was his first hunger strike in India.\n- It ended after three days.\n" +
			"Which of the statements given above is/are correct?\n(a) 1 only (b) 2 only (c) Both (d) Neither (Consider the following statements about the fast of March 1918:)",
		"Mill strike bank › FAQs › 1: Who arbitrated the 1918 dispute?\n(a) Anandshankar Dhruv (b) Gulzarilal Nanda (c) Shankarlal Banker (d) Mahadev Desai ()",
	}
	checkPassages(t, "bank.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text + " (" + p.Question + ")" })
}

// TestRemNoteDocument: a RemNote document exported as Markdown is one
// block holding all the others; its heading blocks ("- # Rivalry
// timeline") are sections, the root block the title (its page tags
// aside), and its flashcards' marks (";;", ">>", "{{…}}") the text they
// join.
func TestRemNoteDocument(t *testing.T) {
	input := "- Pallava vs Chalukya #[[GS1 Art & Culture]]\n" +
		"    - # Two dynasties\n        - Capital ;; Kanchipuram, with Mamallapuram as the port\n        - Stone ;; local granite\n" +
		"    - # Rivalry timeline\n        - {{642 CE}} – {{Narasimhavarman I}} takes Vatapi\n        - Who killed Pulakeshin II? >> Narasimhavarman I Pallava\n"
	want := []string{
		"Pallava vs Chalukya › Two dynasties: - Capital: Kanchipuram, with Mamallapuram as the port\n- Stone: local granite", // short entries, one passage
		"Pallava vs Chalukya › Rivalry timeline: - 642 CE – Narasimhavarman I takes Vatapi\n- Who killed Pulakeshin II?: Narasimhavarman I Pallava",
	}
	checkPassages(t, "remnote.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestLensPages: a handout's pages read off paper by Google Lens keep each
// page's number over its footer and the next page's running header,
// misread differently page to page; they are no text. A numbered line in
// capitals heads its part though no blank line is over it.
func TestLensPages(t *testing.T) {
	input := "handout 12 (lens copy)\n\nPRAGATI IAS ACADEMY\nModern India | Handout 12\nECONOMIC CRITIQUE OF COLONIAL RULE\n1. INTRODUCTION\n" +
		"The early nationalists showed that British rule was the main cause of India's poverty.\n" +
		"2. RANADE - PROFILE\n• Born 18 January 1842 at Niphad.\n1\nFor private circulation only\n\nPRAGATl IAS ACADEMY\nModern lndia | Handout 12\n" +
		"• Judge of the Bombay High Court from 1893.\n3. RANADE'S IDEAS\n• Economic laws are relative to a people's stage of development.\n2\nFor private circu1ation only\n\n" +
		"PRAGATI lAS ACADEMY\nModern India | Handout 12\n• Agriculture alone can never make a nation rich.\n3\nFor private circulation only\n"
	want := []string{
		"handout 12 (lens copy) › Preface: ECONOMIC CRITIQUE OF COLONIAL RULE",
		"handout 12 (lens copy) › INTRODUCTION: The early nationalists showed that British rule was the main cause of India's poverty.",
		"handout 12 (lens copy) › RANADE - PROFILE › 1: Born 18 January 1842 at Niphad.",
		"handout 12 (lens copy) › RANADE - PROFILE › 2: Judge of the Bombay High Court from 1893.",
		"handout 12 (lens copy) › RANADE'S IDEAS › 1: Economic laws are relative to a people's stage of development.",
		"handout 12 (lens copy) › RANADE'S IDEAS › 2: Agriculture alone can never make a nation rich.",
	}
	checkPassages(t, "lens.txt", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestPandocCitations: a note that cites its sources as pandoc does, as
// Zettlr writes them ("[@chandra1966, 29]", "[see @joshi1889; -@ray1895]"),
// is read without them; an e-mail in brackets stays.
func TestPandocCitations(t *testing.T) {
	input := "# R. C. Dutt\n\n## Life\n\n- Died in Baroda on 30 November 1909 [@gupta1911].\n" +
		"- Wrote from official sources [see @chandra1966, 29; -@ray1895] so that officials could not wave it away.\n- Write to [ask@dutt.org] for the scans.\n"
	want := []string{
		"R. C. Dutt › Life › 1: Died in Baroda on 30 November 1909.",
		"R. C. Dutt › Life › 2: Wrote from official sources so that officials could not wave it away.",
		"R. C. Dutt › Life › 3: Write to [ask@dutt.org] for the scans.",
	}
	checkPassages(t, "dutt.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestExcalidrawDrawing: an Excalidraw drawing Obsidian keeps as Markdown
// is read as the notes it shows: the plugin's banner, the drawing's data
// and its links left out, the texts' block IDs dropped, a box's one-line
// title over its text a section.
func TestExcalidrawDrawing(t *testing.T) {
	input := "---\n\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n\n---\n==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==\n\n\n# Ozone layer – mindmap\n\n" +
		"# Excalidraw Data\n\n## Text Elements\nWhat is the ozone layer? ^Wq7nB2xe\n\nA band of the stratosphere, roughly 15–35 km up.\nIt soaks up most of the Sun's ultraviolet radiation. ^Df4kP8sa\n\n" +
		"Cl / Br released by hard UV ^Rt7dZ1jm\n\n## Element Links\nDe7sM1xz: [[Montreal Protocol]]\n\n%%\n## Drawing\n```compressed-json\nN4KAkARALgngDgUwgLgAQQQDwMYEMA2AlgCYBOuA7hADTgQBuCpAzoQPYB2KqATLZMzYBXUtiRoIACyhQ4zZAHoFAc0JRJQgEYA6bGwC2CgF7N6hbEcK4pmA1czYANpFoCkRXAAAmgAXwBE7lAEYACVLAEUiKsABqXZF0ICJALQAigD-gWyJbAHEjMwsAKQAmtwAKgAqhixQ=\n```\n%%\n"
	want := []string{
		"Ozone layer – mindmap › What is the ozone layer?: A band of the stratosphere, roughly 15–35 km up. It soaks up most of the Sun's ultraviolet radiation.\nCl / Br released by hard UV",
	}
	checkPassages(t, "ozone.excalidraw.md", input, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestRunningHeads: a book's pages read off by OCR keep their running
// heads, each with its page's number ("214 MODERN INDIA: SOCIETY AND
// REFORM", "AGAINST UNTOUCHABILITY 215"): they are left out, not taken for
// headings.
func TestRunningHeads(t *testing.T) {
	in := "Against Untouchability\n\n1.1 Early Voices\n\nPhule founded the Satyashodhak Samaj in 1873.\n\n" +
		"214 MODERN INDIA: SOCIETY AND REFORM\n\nAmbedkar started Mooknayak in 1920.\n\n" +
		"AGAINST UNTOUCHABILITY 215\n\n1.2 Temple Entry\n\nThe Vaikom satyagraha began in 1924.\n\n" +
		"216 MODERN INDIA: SOCIETY AND REFORM\n\nGuruvayur followed in 1931.\n\nAGAINST UNTOUCHABILITY 217\n\nArticle 17 abolished untouchability.\n"
	want := []string{
		"Against Untouchability › Early Voices › 1: Phule founded the Satyashodhak Samaj in 1873.",
		"Against Untouchability › Early Voices › 2: Ambedkar started Mooknayak in 1920.",
		"Against Untouchability › Temple Entry › 1: The Vaikom satyagraha began in 1924.",
		"Against Untouchability › Temple Entry › 2: Guruvayur followed in 1931.",
		"Against Untouchability › Temple Entry › 3: Article 17 abolished untouchability.",
	}
	checkPassages(t, "ch11.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestOtterTranscript: a meeting's transcript exported from Otter.ai as
// text is read by the topics of its outline, each heading the turns said
// from its time on, each turn a paragraph led by who said it.
func TestOtterTranscript(t *testing.T) {
	in := "Polity doubt class\nSat, Jun 14, 2025 7:32PM • 3:06\n\nKeywords:\nlokpal, cvc\n\nOutline\nThe Lokpal (0:04)\n• Who chairs the selection committee.\n\nThe CVC (1:10)\n• Its members.\n\n" +
		"Meera Iyer  0:04\nThe Prime Minister chairs the Lokpal's selection committee.\n\nKabir Sethi  0:30\nAnd the Lok Sabha Speaker sits on it?\n\nMeera Iyer  0:41\nYes, with the Leader of the Opposition.\n\n" +
		"Meera Iyer  1:10\nThe CVC has a Central Vigilance Commissioner and two Vigilance Commissioners.\n\nUnknown Speaker  2:50\nThank you ma'am.\n\nTranscribed by https://otter.ai\n"
	want := []string{
		"Polity doubt class › Keywords: lokpal, cvc",
		"Polity doubt class › Outline › The Lokpal: • Who chairs the selection committee.",
		"Polity doubt class › Outline › The CVC: • Its members.",
		"Polity doubt class › The Lokpal › 1: Meera Iyer: The Prime Minister chairs the Lokpal's selection committee.",
		"Polity doubt class › The Lokpal › 2: Kabir Sethi: And the Lok Sabha Speaker sits on it? Meera Iyer: Yes, with the Leader of the Opposition.",
		"Polity doubt class › The CVC › 1: Meera Iyer: The CVC has a Central Vigilance Commissioner and two Vigilance Commissioners.",
		"Polity doubt class › The CVC › 2: Unknown Speaker: Thank you ma'am.",
	}
	checkPassages(t, "class.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestZoomChat: a Zoom meeting's chat saved as text is read as the class
// it was: notes pasted under a line in capitals a section, a question with
// the reply that answers it one passage, reactions left out, the file's
// name its title.
func TestZoomChat(t *testing.T) {
	in := "18:01:05 From  Pragati Team  to  Everyone:\n\tClass starts in 2 min. Mics muted please.\n" +
		"18:04:40 From  Sandeep Kaushik  to  Everyone:\n\tLOKPAL NOTES – PART 1: COMPOSITION\n\t\n\t• A chairperson and up to eight members.\n\t• Half of the members are judicial members.\n" +
		"18:05:22 From  Farhan Ali  to  Everyone:\n\tsir who chairs the selection committee?\n" +
		"18:05:58 From  Sandeep Kaushik  to  Everyone:\n\tReplying to \"sir who chairs the s...\"\n\t\n\tThe Prime Minister chairs it.\n" +
		"18:06:10 From  Farhan Ali  to  Everyone:\n\tReacted to \"The Prime Minister ch...\" with 🙏\n" +
		"18:07:00 From  Priya  to  Everyone:\n\tthank you sir\n"
	want := []string{
		"meeting saved chat › Definition: Pragati Team: Class starts in 2 min. Mics muted please.",
		"meeting saved chat › LOKPAL NOTES – PART 1: COMPOSITION › 1: A chairperson and up to eight members.",
		"meeting saved chat › LOKPAL NOTES – PART 1: COMPOSITION › 2: Half of the members are judicial members.",
		"meeting saved chat › LOKPAL NOTES – PART 1: COMPOSITION › 3: Farhan Ali: sir who chairs the selection committee? Sandeep Kaushik: The Prime Minister chairs it.",
		"meeting saved chat › LOKPAL NOTES – PART 1: COMPOSITION › 4: Priya: thank you sir",
	}
	checkPassages(t, "meeting_saved_chat.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}

// TestTitleInABox: a title drawn in a box of rules ("=====" over and under
// it) titles the notes; a date line over the title dates them; an app's
// label over what it copied (the Kindle app's "Notebook") is no title.
func TestTitleInABox(t *testing.T) {
	in := "==========================================\n SOIL HEALTH CARD -- FLASH CARDS\n v3 | last edited 14-Sep-2025\n==========================================\n\n" +
		"### SOIL TYPES ###\n\nQ1. Which nutrients are Indian soils short of?\n    Nitrogen and phosphorus are low in most of our soils.\n"
	d, err := Parse("cards.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "SOIL HEALTH CARD -- FLASH CARDS" {
		t.Errorf("title %q", d.Title)
	}
	d, err = Parse("outline.txt", []byte("Sun 17 Aug 2025\nSPACE DEBRIS - my outline\n\nSpace debris is any human-made object in orbit that no longer does anything useful.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "SPACE DEBRIS - my outline" || d.Meta["date"] != "Sun 17 Aug 2025" {
		t.Errorf("title %q, date %q; want the date line over the title a date", d.Title, d.Meta["date"])
	}
	d, err = Parse("kindle.txt", []byte("Notebook\nEvery Rupee Counts\nRohan Mathur\n\nAn account is not inclusion; it is only the door.\nHighlight (yellow) | Location 104\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Every Rupee Counts" {
		t.Errorf("title %q; want the book's, not the Kindle app's label over it", d.Title)
	}
}

// TestWhatsAppForward: notes forwarded on WhatsApp and pasted into a file:
// the forward's label goes, the first bold line titles them, a bold line
// numbered with a keycap emoji heads its points, lines of "━" are rules,
// and the channel's signature at the end is text.
func TestWhatsAppForward(t *testing.T) {
	in := "Forwarded many times\n\n*🏙️ AMRUT – ONE-SHOT NOTES 💧*\n\nAMRUT is the pipes and drains mission of urban India.\n\n━━━━━━━━━━━━━━━\n\n" +
		"*1️⃣ What is AMRUT?*\n➡️ Launched on 25 June 2015 by the Prime Minister, the same day as the Smart Cities Mission\n➡️ Named after the former Prime Minister Atal Bihari Vajpayee\n\n" +
		"*1️⃣1️⃣ Way forward*\n➡️ Meter every connection\n\n━━━━━━━━━━━━━━━\n✍️ Notes by Shubham Sir | Follow for daily schemes\n"
	checkPassages(t, "amrut.txt", in, []string{
		"Definition: AMRUT is the pipes and drains mission of urban India.",
		"What is AMRUT? › 1: ➡️ Launched on 25 June 2015 by the Prime Minister, the same day as the Smart Cities Mission",
		"What is AMRUT? › 2: ➡️ Named after the former Prime Minister Atal Bihari Vajpayee",
		"Way forward › 1: ➡️ Meter every connection",
		"Way forward › 2: ✍️ Notes by Shubham Sir | Follow for daily schemes",
	}, func(p Passage) string {
		return strings.TrimPrefix(p.Citation(), "🏙️ AMRUT – ONE-SHOT NOTES 💧 › ") + ": " + p.Text
	})
}

// TestEpaperClip: an op-ed copied out of an e-paper: the clip's source
// line, the page's running header and the kicker over the headline are
// no title; the headline set over two lines is, and a drop cap joins the
// rest of its word.
func TestEpaperClip(t *testing.T) {
	in := "Clipped from: The Indian Chronicle e-Paper | Delhi edition | Page 11\n\n11 | THE INDIAN CHRONICLE | NEW DELHI, MONDAY, JULY 21, 2025\nOPINION / SOCIAL JUSTICE\n" +
		"A GREETING IS NOT\nYET A GUARANTEE\nThe scheme has counted its workers.\nMEERA NAIR\nL\nAST WEDNESDAY, a minister handed out kits to sewer workers in Lucknow.\n"
	d, err := Parse("oped.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "A GREETING IS NOT YET A GUARANTEE" {
		t.Errorf("title %q", d.Title)
	}
	if !slices.ContainsFunc(d.Passages, func(p Passage) bool { return strings.Contains(p.Text, "LAST WEDNESDAY, a minister") }) {
		t.Errorf("the drop cap is not joined to its word: %v", d.Passages)
	}
}

// TestChapterTitle: a title that only numbers a chapter ("# Chapter 3")
// right over the chapter's name takes the name too.
func TestChapterTitle(t *testing.T) {
	d, err := Parse("ch3.md", []byte("# Chapter 3\n\n## Allocation of Natural Resources\n\n### Background\n\nThe audit covered the allocation of spectrum and of coal blocks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Chapter 3: Allocation of Natural Resources" {
		t.Errorf("title %q", d.Title)
	}
}

// TestAnnotationReport: the annotations a reference manager extracts from
// a PDF are read as the work they quote: its title the notes' title, the
// labels over the quotes gone, a highlighted heading a section, each quote
// a passage with the reader's note on it.
func TestAnnotationReport(t *testing.T) {
	in := "Extracted Annotations (17/3/2025, 11:08:41 pm)\n\nIyer, Meera; Khan, Sahil (2024)\nA Decade of Urban Missions\nIURS Working Paper No. 17.\n\n" +
		"Blue highlight - Page 3\n“1. Introduction”\n\n" +
		"Yellow highlight - Page 3\n“India’s urban population stood at 377 million at the 2011 Census.”\nNote: still 2011 data!!\n\n" +
		"Red highlight - Page 4\n“Three programmes were launched together on 25 June 2015.”\n\n" +
		"Blue highlight - Page 9\n“2. Swachh Bharat Mission – Urban 2.0”\n\n" +
		"Yellow highlight - Page 9\n“The first phase declared urban India open defecation free by 2019.”\n\n" +
		"Green highlight | Page 10\n“Every city is to reach at least a 3-star Garbage Free rating.”\n"
	want := []string{
		"A Decade of Urban Missions › Preface: Iyer, Meera; Khan, Sahil (2024) IURS Working Paper No. 17.",
		"A Decade of Urban Missions › Introduction › 1: India’s urban population stood at 377 million at the 2011 Census. Note: still 2011 data!!",
		"A Decade of Urban Missions › Introduction › 2: Three programmes were launched together on 25 June 2015.",
		"A Decade of Urban Missions › Swachh Bharat Mission – Urban 2.0 › 1: The first phase declared urban India open defecation free by 2019.",
		"A Decade of Urban Missions › Swachh Bharat Mission – Urban 2.0 › 2: Every city is to reach at least a 3-star Garbage Free rating.",
	}
	checkPassages(t, "annotations.txt", in, want, func(p Passage) string { return p.Citation() + ": " + strings.Join(strings.Fields(p.Text), " ") })
}

// TestTanaPaste: an outline Tana copies as text is read as the notes it
// is: its first node the title, its heading nodes sections, the nodes
// under them passages, a field "Name: value", and the marks of
// references, dates and supertags gone.
func TestTanaPaste(t *testing.T) {
	in := "%%tana%%\r\n- ONOE - Kovind Committee #topic #[[GS2 polity]]\r\n  - Paper:: GS II\r\n  - !! Setting up the HLC #concept\r\n" +
		"    - Chair:: [[Ram Nath Kovind^Xk29dPq0sW]], the former President of India, led the committee.\r\n    - The committee held its first formal meeting on [[date:2023-09-23]] in New Delhi.\r\n" +
		"  - !! Key recommendations\r\n    - !! Two-step approach\r\n      - Step 1: Lok Sabha and Assemblies vote together, with ^^no ratification^^ by the States.\r\n      - Step 2::\r\n        - Municipalities and Panchayats vote within 100 days of the general election."
	want := []string{
		"ONOE - Kovind Committee › Definition: Paper: GS II",
		"ONOE - Kovind Committee › Setting up the HLC › 1: Chair: Ram Nath Kovind, the former President of India, led the committee.",
		"ONOE - Kovind Committee › Setting up the HLC › 2: The committee held its first formal meeting on 2023-09-23 in New Delhi.",
		"ONOE - Kovind Committee › Key recommendations › Two-step approach › 1: Step 1: Lok Sabha and Assemblies vote together, with no ratification by the States.",
		"ONOE - Kovind Committee › Key recommendations › Two-step approach › 2: Step 2: - Municipalities and Panchayats vote within 100 days of the general election.",
	}
	checkPassages(t, "onoe.txt", in, want, func(p Passage) string { return p.Citation() + ": " + strings.Join(strings.Fields(p.Text), " ") })
}

// TestWorkflowyExport: a node Workflowy exports as plain text, every
// other bullet under it, is read as the notes it outlines: the node the
// title, a bullet holding bullets a section, and the bullets under it
// its passages, a completed one ticked.
func TestWorkflowyExport(t *testing.T) {
	in := "- Dairy sector – GS3 Agri #gs3 #agri\n  \"Exported for the study group.\"\n" +
		"  - Verghese Kurien #personality\n    - Born on 26 Nov 1921 at Kozhikode in Kerala.\n    - Founder chairman of the NDDB from 1965 to 1998.\n" +
		"  - Operation Flood #prelims\n    - The biggest dairy development programme in the world.\n    - Money came from the EEC's gift of skimmed milk powder.\n    - [COMPLETE] Watch Manthan, the film the farmers paid for."
	want := []string{
		"Dairy sector – GS3 Agri › Definition: \"Exported for the study group.\"",
		"Dairy sector – GS3 Agri › Verghese Kurien › 1: Born on 26 Nov 1921 at Kozhikode in Kerala.",
		"Dairy sector – GS3 Agri › Verghese Kurien › 2: Founder chairman of the NDDB from 1965 to 1998.",
		"Dairy sector – GS3 Agri › Operation Flood › 1: The biggest dairy development programme in the world.",
		"Dairy sector – GS3 Agri › Operation Flood › 2: Money came from the EEC's gift of skimmed milk powder.",
		"Dairy sector – GS3 Agri › Operation Flood › 3: ☑ Watch Manthan, the film the farmers paid for.",
	}
	checkPassages(t, "dairy.txt", in, want, func(p Passage) string { return p.Citation() + ": " + p.Text })
}
