package bibtex

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// zoteroRIS is a reading list as Zotero exports it to RIS: CRLF lines,
// tags Zotero writes and nobody reads (accession numbers, access dates),
// a note in HTML, repeated authors and keywords, an abstract wrapped onto
// a line of no tag.
const zoteroRIS = "TY  - JOUR\r\n" +
	"TI  - Privacy as a fundamental right: Puttaswamy & after\r\n" +
	"AU  - Bhatia, Gautam\r\n" +
	"AU  - Rao, Asha\r\n" +
	"T2  - Indian Law Review\r\n" +
	"DA  - 2018/03/15/\r\n" +
	"PY  - 2018\r\n" +
	"VL  - 2\r\n" +
	"IS  - 1\r\n" +
	"SP  - 40\r\n" +
	"EP  - 62\r\n" +
	"AB  - The nine-judge bench held privacy to be part of Article 21.\r\n" +
	"It overruled M.P. Sharma and Kharak Singh on the point.\r\n" +
	"KW  - privacy\r\n" +
	"KW  - Article 21\r\n" +
	"N1  - <p><strong>Exam tip</strong></p><ul><li>Quote the 2017 judgment for 100% of privacy questions</li></ul>\r\n" +
	"Y2  - 2025/08/01/10:00:00\r\n" +
	"AN  - 12345\r\n" +
	"ER  - \r\n" +
	"\r\n" +
	"TY  - ELEC\r\n" +
	"TI  - The Digital Personal Data Protection Act, 2023\r\n" +
	"UR  - https://www.meity.gov.in/data_protection\r\n" +
	"N1  - Passed in August 2023; the Rules followed in 2025.\r\n" +
	"ER  - \r\n"

func TestRIS(t *testing.T) {
	if f := corpus.FormatOf([]byte(zoteroRIS)); f != "RIS reading list" {
		t.Errorf("FormatOf = %q, want RIS reading list", f)
	}
	_, got := corpustest.Placed(t, "privacy.ris", []byte(zoteroRIS))
	want := []string{
		"privacy › Privacy as a fundamental right: Puttaswamy & after › 1: Gautam Bhatia and Asha Rao (2018-03-15). Indian Law Review 2(1), pp. 40–62 (line 1)",
		"privacy › Privacy as a fundamental right: Puttaswamy & after › 2: The nine-judge bench held privacy to be part of Article 21. It overruled M.P. Sharma and Kharak Singh on the point. (line 12)",
		"privacy › Privacy as a fundamental right: Puttaswamy & after › Exam Tip: Quote the 2017 judgment for 100% of privacy questions (line 16)",
		"privacy › Privacy as a fundamental right: Puttaswamy & after › 3: Keywords: privacy, Article 21 (line 14)",
		"privacy › The Digital Personal Data Protection Act, 2023 › 1: https://www.meity.gov.in/data_protection (line 21)",
		"privacy › The Digital Personal Data Protection Act, 2023 › 2: Passed in August 2023; the Rules followed in 2025. (line 24)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, bad := range []struct{ data, want string }{
		{"TY  - BOOK\nTI  - Cut short\n", "damaged RIS file: the record on line 1 never ends (ER is missing: the file is cut short?)"},
		{"TY  - BOOK\nTY  - JOUR\nER  - \n", "damaged RIS file: line 2: a record opens before the one on line 1 ends (ER is missing)"},
		{"TI  - No type\n", "damaged RIS file: line 1: TI outside a record (a record opens with TY)"},
		{"\n\n", "the RIS file is empty"},
	} {
		if _, err := ConvertRIS([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("%q: error %v, want %q", bad.data, err, bad.want)
		}
	}
}
