package index_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/testpdf"
)

// TestNotesNamedByFormat: "the handout" (or "pamphlet") is the only notes kept as a PDF,
// "my keep checklist" the only Google Keep note's, whose "keep" is no word
// to look for; "third FAQ" is the handout's though other notes have three,
// and counts the FAQs of the handout though the notes the alias names
// first have fewer ("fourth FAQ").
func TestNotesNamedByFormat(t *testing.T) {
	handout := testpdf.Print(t, []testpdf.Block{
		{Text: "The Wild Life Act", Size: 20, Style: "B"},
		{Text: "The Wild Life (Protection) Act, 1972 protects wild animals and plants.", Space: 2},
		{Text: "Quick FAQs", Size: 13, Style: "B", Space: 4},
		{Text: "Q1. Who enforces the Act on the ground? Mostly the state forest departments.", Space: 2},
		{Text: "Q2. Does the 2022 amendment ban exotic pets? No, it requires owners to register them.", Space: 2},
		{Text: "Q3. Can a tiger reserve include a national park? Yes, the core of most reserves is one.", Space: 2},
		{Text: "Q4. Is the WCCB the same as TRAFFIC? No, TRAFFIC is a network of NGOs.", Space: 2},
	}, testpdf.Options{})
	keep := `{"isTrashed": false, "title": "Schedules", "userEditedTimestampUsec": 1, "textContent": "NEW SCHEDULES\n- Schedule I animals get the highest protection\n- Schedule IV lists CITES specimens",` +
		`"listContent": [{"text": "Read the PRS summary of the amendment", "isChecked": true}, {"text": "Learn the plant names of Schedule III", "isChecked": false}]}`
	sheet := "# WLPA revision sheet\n\nThe 1972 Act in short.\n\n## Frequently Asked Questions\n\n" +
		"**Q. Who is the Chief Wildlife Warden?** The state's top wildlife officer.\n\n**Q. What is vermin?** An animal declared so under Section 62.\n\n**Q. Who chairs the national board?** The Prime Minister.\n\n" +
		"## In news\n\n- People keeping exotic pets must report them on the PARIVESH portal.\n"
	ix := filesIndex(t, map[string][]byte{"wlpa.pdf": handout, "schedules.json": []byte(keep), "sheet.md": []byte(sheet)})
	checkCited(t, ix, map[string]string{
		"third FAQ in the handout":                              "The Wild Life Act › Quick FAQs › 3",
		"fourth FAQ in the handout":                             "The Wild Life Act › Quick FAQs › 4",
		"second faq in the pamphlet":                            "The Wild Life Act › Quick FAQs › 2",
		"which items on my keep checklist are still not ticked": "Schedules › Checklist",
	})
}

// TestMindMapNamed: "my mind map" is the only notes kept as a mind map,
// and a "branch" of it holds a part, as a box or a section does: "first
// point in the exceptions branch of my mind map" is that branch's, though
// other notes have exceptions too.
func TestMindMapNamed(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create("content.json")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(`[{"id":"s","title":"Sheet 1","rootTopic":{"id":"r","title":"Harappan sites","children":{"attached":[` +
		`{"id":"a","title":"Town planning","children":{"attached":[{"id":"a1","title":"a grid of streets with covered drains along every main road"},{"id":"a2","title":"burnt bricks laid in the ratio 1:2:4 in every city"}]}},` +
		`{"id":"b","title":"Exceptions","children":{"attached":[{"id":"b1","title":"Dholavira was built in three parts, not two, with stone walls"},{"id":"b2","title":"Chanhudaro had no citadel at all, only a lower town"}]}}]}}}]`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	notes := "# Harappan Civilisation\n\nA Bronze Age civilisation of the north-west.\n\n## Exceptions\n\n- Kalibangan's fire altars stand on the citadel and in houses.\n- Lothal's dock lies on the Bhogava river.\n"
	ix := filesIndex(t, map[string][]byte{"sites.xmind": buf.Bytes(), "notes.md": []byte(notes)})
	checkCited(t, ix, map[string]string{
		"first point in the exceptions branch of my mind map": "Harappan sites › Exceptions › 1",
		"first point in the exceptions in my mind map":        "Harappan sites › Exceptions › 1",
	})
}

// TestHandoutNamedWithItsSubject: "the sedition handout" is the only notes
// kept as a PDF, whose title has "sedition", though another's short title
// is "Sedition" alone; "list the points in the in news section" asks for
// that section's entries, not for passages that say "points". "The monthly
// magazine pdf" is another PDF than the notes'.
func TestHandoutNamedWithItsSubject(t *testing.T) {
	handout := testpdf.Print(t, []testpdf.Block{
		{Text: "Sedition Law in India", Size: 20, Style: "B"},
		{Text: "Sedition was Section 124A of the IPC, added in 1870; Section 152 of the BNS replaced it.", Space: 2},
		{Text: "Kedar Nath Singh (1962)", Size: 13, Style: "B", Space: 4},
		{Text: "The Court kept the section but read it down to incitement to violence.", Space: 2},
		{Text: "PRELIMS POINTER: Kedar Nath did not strike the section down; it limited it to violence.", Space: 2},
		{Text: "In news (2024-25)", Size: 13, Style: "B", Space: 4},
		{Text: "1 July 2024: the BNS came into force and old cases stay under the IPC.", Space: 2},
		{Text: "2025: Section 152 was invoked over social media posts and challenged in court.", Space: 2},
	}, testpdf.Options{})
	tracker := "# Sedition — from 124A IPC to BNS 152 (case law tracker)\n\nKey cases on sedition in one page.\n\n## Key judgments\n\n" +
		"- Kedar Nath (1962): incitement to violence is the test; these points are the ones to quote.\n- Vombatkere (2022): the section kept in abeyance.\n"
	ix := filesIndex(t, map[string][]byte{"sedition.pdf": handout, "tracker.md": []byte(tracker)})
	checkCited(t, ix, map[string]string{
		"list the points in the in news section of the sedition handout": "Sedition Law in India › In news (2024-25) › 1",
	})
	ans, err := ix.Search(context.Background(), "bro anyone has the monthly magazine pdf for november?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("the monthly magazine pdf taken for the handout: answered %v", citations(ans))
	}
}

// TestListGivenIn: "the items given in" a section asks for its entries;
// "given" is how the question asks, not what about, though other notes
// say it ("the name given to"). "The handout" is the notes kept as a Word
// document when none are kept as a PDF.
func TestListGivenIn(t *testing.T) {
	para := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	f, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		para("Title", "GST Council") + para("Normal", "The GST Council is a constitutional body under Article 279A.") +
		para("Heading1", "In the news (2023-25)") + para("ListParagraph", "2023: the Council cleared the pending compensation.") +
		para("ListParagraph", "2024: GST on three cancer drugs was cut.") + `</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	letter := "# GST 2.0 two weeks in\n\nGST 2.0 is the name given to the rate rationalisation of September 2025.\n\n## In the news\n\n- The States asked for the cess to go on.\n"
	ix := filesIndex(t, map[string][]byte{"handout.docx": buf.Bytes(), "letter.md": []byte(letter)})
	ans, err := ix.Search(context.Background(), "list the in the news items given in the handout", 5)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Shape != corpus.ShapeList || len(ans.Results) != 2 || ans.Results[0].Citation() != "GST Council › In the news (2023-25) › 1" {
		t.Errorf("got a %s of %v, want the list of the handout's In the news", ans.Shape, citations(ans))
	}
}

// TestSheetNamed: "the island sheet" and "my tracker" are the only notes
// kept as a spreadsheet whose title has the words before them; a part's
// "last row" is its last entry.
func TestSheetNamed(t *testing.T) {
	sheet := "Topic,Point\nChannels,The Ten Degree Channel lies between Little Andaman and Car Nicobar\nChannels,The Nine Degree Channel separates Minicoy from the Lakshadweep group\n" +
		"Traps,Barren Island is active while Narcondam is dormant\nTraps,The Coco Islands belong to Myanmar and not to India\n"
	notes := "# Island notes\n\nIndia has two groups of islands.\n\n## Traps\n\n- Saddle Peak is the highest point of the islands, not Mount Thuillier.\n" +
		"- Indira Point is the southernmost point of India and lies on Great Nicobar.\n"
	ix := filesIndex(t, map[string][]byte{"islands.csv": []byte(sheet), "notes.md": []byte(notes)})
	checkCited(t, ix, map[string]string{
		"second trap in the island sheet": "islands › Traps › 2",
		"2nd trap in my tracker":          "islands › Traps › 2",
		"last row of the traps sheet":     "islands › Traps › 2",
	})
}

// TestVideoTranscriptNamed: "the video" is the only notes that are a
// video's transcript copied from YouTube, as it is a lecture's captions.
func TestVideoTranscriptNamed(t *testing.T) {
	var transcript bytes.Buffer
	transcript.WriteString("Startup India Complete Revision | Budget 2025\nEconoMitra IAS\n\n")
	for i, l := range []string{
		"hello everyone welcome back", "today we revise the startup topic", "because the budget of 2025", "changed a few things for startups",
		"number one the budget announced", "a new fund of funds of 10,000 crore", "and sidbi will run it again", "number two the 80 iac deadline moves",
		"to startups incorporated before 2030", "number three the credit guarantee", "cover goes up to 20 crore", "so that is all for today",
	} {
		fmt.Fprintf(&transcript, "0:%d0\n%s\n", i%6, l)
	}
	notes := "# Startup India\n\nThe Startup India Action Plan was launched on 16 January 2016.\n\n## Fund of Funds for Startups\n\n" +
		"- The Budget 2025 announced a new fund of funds of Rs 10,000 crore with an expanded scope.\n- SIDBI runs the fund of funds; it invests through AIFs.\n"
	ix := filesIndex(t, map[string][]byte{"video.txt": transcript.Bytes(), "notes.md": []byte(notes)})
	checkCited(t, ix, map[string]string{
		"what did the video say about the new fund of funds in budget 2025": "Startup India Complete Revision | Budget 2025 › Definition",
	})
}

// TestNotesNamedByAFileWordAlone: "the medium post" names the notes whose
// file's name has "medium", a word no notes' text has.
func TestNotesNamedByAFileWordAlone(t *testing.T) {
	post := "# Why Lightning Kills So Many Indians\n\nInside the cloud, graupel falls through rising ice crystals; the graupel comes away negative and the crystals positive.\n"
	guide := "# Guidelines on Thunderstorm and Lightning\n\n## Charge separation\n\nSoft hail (graupel) collides with ice crystals: the heavier graupel acquires a negative charge and the crystals a positive charge.\n"
	ix := filesIndex(t, map[string][]byte{"medium-why-lightning-kills.md": []byte(post), "ndma-guidelines.md": []byte(guide)})
	checkCited(t, ix, map[string]string{
		"which charge does the graupel get from the ice crystals, according to the medium post": "Why Lightning Kills So Many Indians › Definition",
	})
}
