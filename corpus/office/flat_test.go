package office

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestFlatDocuments reads the same notes saved by Writer as a flat
// OpenDocument text and by Word as Word 2003 XML: headings, a footnote
// (in the paragraph's run, in Word's), a list (Word 2003's w:listPr), a
// comment, a table; each as its zipped kind is read.
func TestFlatDocuments(t *testing.T) {
	for name, c := range map[string]struct {
		format string
		want   []string
	}{
		"rights.fodt": {"OpenDocument text (flat XML)", []string{
			"Fundamental Rights › Right to Equality › 1: Article 14 guarantees equality before the law. (paragraph 2)",
			"Fundamental Rights › Right to Equality › 2: Footnote 1: It applies to all persons, citizens or not. (paragraph 3)",
			"Fundamental Rights › Right to Equality › 3: Article 15 bars discrimination. (paragraph 4)",
			"Fundamental Rights › Right to Equality › 4: Article 17 abolishes untouchability. (paragraph 5)",
			"Fundamental Rights › Right to Life › 1: Article 21 protects life and personal liberty. (paragraph 7)",
			"Fundamental Rights › Right to Life › 2: Comment: Add Puttaswamy. (paragraph 8)",
			"Fundamental Rights › Right to Life › 3: Case: Maneka Gandhi; Year: 1978 (paragraph 12)",
		}},
		"rights-word2003.xml": {"Word 2003 XML document", []string{
			"Fundamental Rights › Right to Equality › 1: Article 14 guarantees equality before the law. (paragraph 3)",
			"Fundamental Rights › Right to Equality › 2: Footnote 1: It applies to all persons, citizens or not. (paragraph 4)",
			"Fundamental Rights › Right to Equality › 3: Article 15 bars discrimination. (paragraph 5)",
			"Fundamental Rights › Right to Equality › 4: Article 17 abolishes untouchability. (paragraph 6)",
			"Fundamental Rights › Right to Life › 1: Article 21 protects life and personal liberty. (paragraph 8)",
			"Fundamental Rights › Right to Life › 2: Case: Maneka Gandhi; Year: 1978 (paragraph 12)",
		}},
	} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if f := corpus.FormatOf(data); f != c.format {
			t.Errorf("%s: FormatOf = %q, want %q", name, f, c.format)
		}
		if _, got := corpustest.Placed(t, name, data); !slices.Equal(got, c.want) {
			t.Errorf("%s: passages\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

func TestFlatDamaged(t *testing.T) {
	for name, c := range map[string]struct {
		convert func([]byte) (corpus.Converted, error)
		data    string
		want    string
	}{
		"cut short": {ConvertFlatOpenDocument, `<office:document office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text><text:p>Art`, "damaged OpenDocument text: the document: XML syntax error on line 1: unexpected EOF"},
		"no body":   {ConvertWordXML, `<?mso-application progid="Word.Document"?><w:wordDocument></w:wordDocument>`, "not a Word 2003 XML document: it has no w:body"},
		"too large": {ConvertWordXML, strings.Repeat(" ", MaxBytes+1), "document too large: 50 MB (the limit is 50 MB)"},
	} {
		if _, err := c.convert([]byte(c.data)); err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}
