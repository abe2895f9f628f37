//go:build !race

package index

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// The tests here build indexes of every evaluation document and fit
// models: seconds, or minutes under the race detector, which they do not
// need (CI runs them without it).

// evalNotes loads the embedded seed and the multi-document set's documents,
// and their questions.
func evalNotes(tb testing.TB) Notes {
	tb.Helper()
	n, err := loadEvalSet(context.Background(), filepath.Join("testdata", "eval"), "multi")
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// evalFitting plans and ranks the evaluation questions over their notes
// (LoadEvalNotes), ready to fit; only evalNotes's unless all. The test
// closes it.
func evalFitting(tb testing.TB, all bool) *Fitting {
	tb.Helper()
	var notes []Notes
	if all {
		var err error
		if notes, err = LoadEvalNotes(context.Background(), filepath.Join("testdata", "eval")); err != nil {
			tb.Fatal(err)
		}
	} else {
		notes = []Notes{evalNotes(tb)}
	}
	f, err := NewFitting(context.Background(), notes)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// TestFittedModelIsCurrent: the committed model is what cmd/fitmodel fits
// to the evaluation sets today. Ranking, notes parsing or sets that change
// it need `go run ./cmd/fitmodel`, whose figures then tell what changed.
func TestFittedModelIsCurrent(t *testing.T) {
	f := evalFitting(t, true)
	m := f.Fit(FitOptions{})
	same := func(a, b float64) bool {
		// model_fitted.go keeps four significant digits, and bleve's scores,
		// which choose the candidates of common words, may differ in their
		// last bits with how its segments were built: a hundredth of the
		// largest weight. (A fit does not depend on the committed model:
		// TestFitIgnoresTheRankingModel.)
		return math.Abs(a-b) <= 0.01*maxWeight(m)
	}
	for i := range m.Rank {
		if !same(m.Rank[i], fitted.Rank[i]) {
			t.Errorf("rank weight %s: fitted %.4g, committed %.4g: run go run ./cmd/fitmodel", rankFeature(i), m.Rank[i], fitted.Rank[i])
		}
	}
	for i := range m.Answer {
		if !same(m.Answer[i], fitted.Answer[i]) {
			t.Errorf("answer weight %s: fitted %.4g, committed %.4g: run go run ./cmd/fitmodel", answerFeature(i), m.Answer[i], fitted.Answer[i])
		}
	}
}

// TestFitIgnoresTheRankingModel: the candidates are ranked by the index's
// model when they are gathered, and a fit must not depend on it, or
// refitting would change the weights it fitted last time.
func TestFitIgnoresTheRankingModel(t *testing.T) {
	f := evalFitting(t, false)
	want := f.Fit(FitOptions{})
	reversed := fitted
	for i := range reversed.Rank {
		reversed.Rank[i] = -reversed.Rank[i]
	}
	for i := range f.samples {
		if s := &f.samples[i]; !s.alone {
			s.ix.model = &reversed
			if err := s.ix.rankSample(context.Background(), s); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got := f.Fit(FitOptions{}); got != want {
		t.Errorf("fit after ranking with reversed weights:\n%v\nwant\n%v", got, want)
	}
}

// TestLeaveOneDocumentOut holds what fitting is worth on notes it has not
// seen: every document's questions answered by a model fitted without them,
// over every evaluation set. The targets on the multi-document set
// are hit@1 0.85, hit@3 0.95, in-scope abstained 0.05 and out-of-scope
// abstained 0.90; measured (BENCHMARKS.md, the forty-first session): 0.851,
// 0.937, 0.010 and 0.756 there, and 0.761, 0.879, 0.035 and 0.729 over all
// the sets. The bars hold what is reached, a question or a few below (hit@1
// on the multi-document set at its target); no multi document under 0.70,
// none of any set under 0.3. (The multi set's out-of-scope bar was 0.77
// until the fortieth session, whose refit answers "who invented the
// telephone" at confidence 0.50 while it refuses fewer questions the
// notes answer, there 0.013 → 0.010 and over all the sets 0.041 → 0.035.)
func TestLeaveOneDocumentOut(t *testing.T) {
	f := evalFitting(t, true)
	outcomes, _, err := f.CrossValidate(context.Background(), FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	bar{hit1: 0.75, hit3: 0.87, inScopeAbstained: 0.04, abstained: 0.72}.check(t, Summarize(outcomes))
	var multi []Outcome
	for _, o := range outcomes {
		if o.Notes == "multi" {
			multi = append(multi, o)
		}
	}
	bar{hit1: 0.85, hit3: 0.93, inScopeAbstained: 0.015, abstained: 0.75}.check(t, Summarize(multi))
	inMulti := map[string]bool{}
	for _, o := range multi {
		inMulti[o.Document] = true
	}
	for _, d := range ByDocument(outcomes) {
		floor := 0.3
		if inMulti[d.Document] {
			floor = 0.70
		}
		if d.Document != "" && d.Hit1 < floor {
			t.Errorf("%s: hit@1 %.3f with a model fitted without it, want at least %.2f", d.Document, d.Hit1, floor)
		}
	}
}

// TestSeedWithOtherNotes: adding documents to the notes keeps the seed's
// questions answered: the targets, hit@1 0.93, hit@3 0.97, in-scope
// abstained 0.03 (measured 0.937, 0.989, 0; the bars the targets, or a
// question below them).
func TestSeedWithOtherNotes(t *testing.T) {
	ix := mustBuild(t, evalNotes(t).Corpus)
	r, err := Evaluate(context.Background(), ix, readEvalFiles(t, "dev.jsonl", "extra.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	bar{hit1: 0.93, hit3: 0.978, inScopeAbstained: 0.011}.check(t, r)
}

func maxWeight(m Model) float64 {
	w := 0.0
	for _, x := range m.Rank {
		w = max(w, math.Abs(x))
	}
	return w
}

// TestEachSetAlone: the eight sets of documents beside the multi-document
// set (testdata/eval/heldout, heldout2 … heldout8), each asked of its own
// notes with the committed model, which was fitted to them too (their
// left-out figures are TestLeaveOneDocumentOut's). Measured (BENCHMARKS.md,
// the twenty-first session): hit@1, hit@3, in-scope abstained, out-of-scope
// abstained 0.784, 0.904, 0.024, 0.750 for the first; 0.776, 0.900, 0.028,
// 0.700; 0.700, 0.840, 0.060, 0.667; 0.700, 0.780, 0.130, 0.667; 0.525,
// 0.775, 0.092, 0.500; 0.724, 0.828, 0.032, 0.750; 0.707, 0.824, 0.080,
// 0.639; and 0.742, 0.842, 0.040, 0.722 for the eighth. The bars hold that,
// a question or a few below; the fourth's out-of-scope abstained is 0.500
// since the thirty-sixth session (one of its twelve answered after a refit
// that lifts multi hit@1 left out to 0.851).
func TestEachSetAlone(t *testing.T) {
	for set, b := range map[string]bar{
		"heldout":  {hit1: 0.77, hit3: 0.89, inScopeAbstained: 0.04, abstained: 0.72},
		"heldout2": {hit1: 0.76, hit3: 0.88, inScopeAbstained: 0.045, abstained: 0.65},
		"heldout3": {hit1: 0.68, hit3: 0.82, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout4": {hit1: 0.68, hit3: 0.76, inScopeAbstained: 0.15, abstained: 0.49},
		"heldout5": {hit1: 0.50, hit3: 0.75, inScopeAbstained: 0.11, abstained: 0.45},
		"heldout6": {hit1: 0.71, hit3: 0.81, inScopeAbstained: 0.045, abstained: 0.70},
		"heldout7": {hit1: 0.69, hit3: 0.81, inScopeAbstained: 0.09, abstained: 0.61},
		"heldout8": {hit1: 0.73, hit3: 0.83, inScopeAbstained: 0.05, abstained: 0.69},
	} {
		// The fifth set's ChatGPT answer has no title line: a warning.
		t.Run(set, func(t *testing.T) { checkSetAlone(t, set, set != "heldout5", b) })
	}
}

// checkSetAlone asks the evaluation set of testdata/eval its questions of
// its own notes, loaded strictly if so, and checks the figures against b.
func checkSetAlone(t *testing.T, set string, strict bool, b bar) {
	dir := filepath.Join("testdata", "eval", set)
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{filepath.Join(dir, "docs")}, Strict: strict})
	if err != nil {
		t.Fatal(err)
	}
	ix := mustBuild(t, c)
	sets, err := ReadQuestionSets(dir)
	if err != nil {
		t.Fatal(err)
	}
	var qs []EvalQuestion
	for _, s := range sets {
		qs = append(qs, s.Questions...)
	}
	r, err := Evaluate(context.Background(), ix, qs)
	if err != nil {
		t.Fatal(err)
	}
	b.check(t, r)
}

// TestHeldOutSets: the sets nothing is fitted to (HeldOut; written in the
// twenty-third session by writers who saw neither the code nor its
// answers), each asked of its own notes with the committed model.
// Measured (BENCHMARKS.md, the twenty-third session): hit@1, hit@3,
// in-scope abstained, out-of-scope abstained 0.833, 0.873, 0.080, 0.500
// for heldout9 (three PDFs from three makers, Notion and Obsidian
// Markdown, a forwarded chat message); 0.800, 0.893, 0.040, 0.667 for
// heldout10 (a blog post, a Notion page and a press release saved as web
// pages); 0.800, 0.913, 0.033, 0.500 for heldout11 (PDFs from jsPDF,
// pdf-lib and fpdf, a Blogger post, a current-affairs page, a forum
// thread); 0.773, 0.853, 0.107, 0.444 for heldout12 (text copied out of a
// PDF, a phone app's Markdown, an Org-mode outline); 0.793, 0.873, 0.053,
// 0.444 for heldout13 (an e-mail newsletter, an NCERT-style chapter as PDF,
// a Substack article, Telegram posts, mains answers, Hinglish class notes);
// 0.867, 0.920, 0.040, 0.889 for heldout14 (an OCR'd handout, slides with
// speaker notes, a two-column year-end review, all PDFs) and 0.773, 0.893,
// 0.067, 0.333 for heldout15 (an MCQ bank, a flashcard page, a cheat
// sheet of tables), those two as first measured, nothing changed for them.
// In the twenty-fourth session, after its fixes: heldout13 0.813, 0.887,
// 0.040, 0.444; heldout15 0.760, 0.893, 0.067, 0.444 (the refits);
// heldout16 (a Medium article, a Reddit thread and a published Google Doc
// saved as web pages, a PYQ booklet, a textbook chapter with boxes and a
// data brief as PDFs, a lecture's transcript, an outliner's export, a
// GitHub README) 0.778, 0.889, 0.049, 0.370. In the twenty-fifth session:
// heldout13 0.820, 0.887, 0.040, 0.444 (its e-mail's timeline table);
// heldout17 (a Quora page, an e-book chapter and an LMS lesson saved as
// web pages, a page printed from a browser, a three-column e-paper page
// and a scheme's fact sheet as PDFs, a WhatsApp group's chat, a Marp
// slide deck, an Obsidian vault in one file) 0.760, 0.880, 0.031, 0.481;
// heldout18 (an X thread, a shared ChatGPT conversation and a government
// portal's page; a Word document, a PowerPoint deck and a CSV tracker; a
// LaTeX-style report and an MCQ paper as PDFs, an e-mail thread) 0.671,
// 0.831, 0.044, 0.593. In the twenty-sixth session: heldout18 0.671,
// 0.840, 0.044, 0.593; heldout19 (an Evernote notebook, a Google Keep note,
// a Telegram group's result.json and a channel's messages.html, an
// OpenDocument text, a WordPress post saved whole) 0.760, 0.873, 0.053,
// 0.333; heldout20 (a bilingual handout in English and Devanagari, a mind
// map of boxes, a PYQ booklet, all PDFs) 0.667, 0.827, 0.093, 0.333;
// heldout21 (a Kindle's clippings, a Joplin note, a Word "Web Page,
// Filtered") 0.853, 0.973, 0.027, 0.667; heldout22 (an Anki deck, a Google
// Docs document as Word, a Google Slides deck as PDF) 0.773, 0.867, 0.067,
// 0.667. In the twenty-seventh: heldout23 (a web page printed by Chromium,
// lecture notes typeset by pdfLaTeX, a LibreOffice handout, all PDFs)
// 0.733, 0.893, 0.053, 0.333; heldout24 (a Quizlet deck, a Notion
// database as CSV, an Evernote note exported as HTML) 0.907, 0.907, 0.013,
// 0.556 (and heldout18 0.667, 0.836, 0.044, 0.593: its deck's speaker
// notes read); heldout25 (pandoc's Word, LibreOffice Impress's PowerPoint,
// enscript's PDF) 0.747, 0.827, 0.053, 0.778; heldout26 (wkhtmltopdf's PDF,
// pandoc's web page, a Readwise export) 0.867, 0.907, 0.053, 0.444;
// heldout27 (a scan made searchable by ocrmypdf, a Kindle notebook, Google
// Docs' plain text) 0.720, 0.827, 0.067, 0.667; heldout28 (a Bear note, a
// Discord channel's export, a Google Sites page) 0.787, 0.880, 0.013,
// 0.556; heldout29 (Word notes with tracked changes, a Google Keep note's
// Takeout page, Notepad's UTF-16 text in English and Hindi) 0.800, 0.907,
// 0.067, 0.556. In the twenty-eighth, sets of formats not read before:
// heldout30 (a page Chrome saved as MHTML, an Excel workbook, a
// newsletter saved as .eml) 0.827, 0.947, 0.000, 0.444; heldout31 (TextEdit's
// and LibreOffice's RTF, an EPUB) 0.827, 0.907, 0.053, 0.778; heldout32
// (an Impress deck, an Xmind map, Org notes) 0.800, 0.907, 0.013, 0.667;
// heldout33 (Google Docs' Markdown, a Calc sheet printed to PDF, a Zoom
// lecture's WebVTT captions) 0.800, 0.920, 0.027, 0.556; and the same
// formats from other makers: heldout34 (WordPad's RTF, Calibre's EPUB,
// YouTube's auto-captions) 0.827, 0.920, 0.027, 0.556; heldout35 (Word's
// "Single File Web Page", an Outlook newsletter, openpyxl's workbook)
// 0.747, 0.867, 0.080, 0.444; heldout36 (an Xmind 8 map, a Google Slides
// deck as ODP, a Logseq page) 0.733, 0.800, 0.107, 0.667; heldout37 (a
// Notion workspace exported as Markdown & CSV, zipped: pages with
// subpages, a database) 0.680, 0.840, 0.053, 0.556; heldout38 (an Obsidian
// vault zipped on a Mac, a Google Drive folder's download: Word and
// PowerPoint) 0.700, 0.800, 0.080, 0.857; heldout39 (a Notion workspace
// exported as HTML, zipped) 0.800, 0.920, 0.060, 0.571; heldout40 (a
// Logseq graph and a Joplin notebook, zipped) 0.600, 0.740, 0.140, 0.714.
// In the thirtieth: heldout41 (a coaching institute's monthly magazine as
// PDF, twelve articles under GS-paper bands; a weekly page saved from a
// coaching site) 0.812, 0.938, 0.000, 0.333 (0.771, 0.917, 0.000, 0.250
// as first read); heldout42 (three students' notes on one commission, in
// Markdown, typed text and Word, two on a related one, in Obsidian's
// Markdown and a saved blog page) 0.717, 0.850, 0.067, 0.750; heldout43
// (a OneNote page printed to PDF, a OneNote section exported to Word, a
// tablet notebook typed in text boxes on ruled paper) 0.733, 0.867, 0.022,
// 0.417. In the thirty-first: heldout44 (three channels of a study server
// exported by DiscordChatExporter as JSON, text and a minified web page,
// notes split over two messages, corrections in replies) 0.667, 0.889,
// 0.044, 0.500 (the JSON did not load as first read); heldout45
// (comparison tables in Markdown, a typed timeline, a saved "difference
// between" page) 0.688, 0.896, 0.062, 0.750 (0.646 as first read);
// heldout46 (two long textbook chapters, Markdown and a web page) 0.875,
// 0.900, 0.025, 0.500. In the thirty-third: heldout47 (a saved concept
// page, messy Markdown and a coaching handout as PDF, on three wildlife
// topics) 0.787, 0.907, 0.053, 0.750 (0.747, 0.893 as first read);
// heldout48 (plain-text notes with aligned tables, a saved coaching page
// and an Obsidian note, on three space topics) 0.667, 0.840, 0.040, 0.417.
// In the thirty-fourth, on the President, the Vice-President and the
// removal of judges: heldout49 (a saved Blogger page, typed notes, a
// coaching handout as PDF with practice MCQs) 0.627, 0.827, 0.027, 0.333
// (0.600, 0.813 as first read); heldout50 (a Notion export, a saved
// concept page with a category before its reading time and a table ruled
// in dashes, a word processor's PDF) 0.653, 0.827, 0.093, 0.333 (0.587,
// 0.747 as first read). In the thirty-eighth, when two titles named as
// fully name neither: heldout40 0.740, 0.860, 0.100, 0.571 and heldout42
// 0.767, 0.883, 0.033, 0.833 (the bars hold those, two questions below).
// In the thirty-ninth: heldout51 (a saved concept page, messy Markdown and
// typed class notes on the Indian Ocean Dipole, western disturbances and
// jet streams) 0.773, 0.867, 0.000, 0.667 (0.720, 0.840 as first read);
// heldout52 (a coaching handout as PDF, an Obsidian note and typed notes
// on parliamentary privileges, Question Hour and motions) 0.773, 0.880,
// 0.080, 0.500 (0.653, 0.813 as first read); heldout53 (a magazine's
// two-column PDF, a Notion export and a saved news explainer on the
// current account deficit, the forex reserves and the rupee) 0.680, 0.800,
// 0.000, 0.583 (0.627, 0.760 as first read); heldout54 (phone notes, a
// Google Docs web page and messy Markdown on the Rowlatt Satyagraha, the
// Montford reforms and the Khilafat movement) 0.640, 0.813, 0.027, 0.583
// (0.627, 0.800 as first read); heldout55 (a teacher's Word notes, a
// GitHub notes page and text copied out of a PDF handout on the NDCs, the
// EU's CBAM and carbon markets) 0.627, 0.800, 0.093, 0.583 (0.613, 0.747
// as first read); heldout56 (a saved WordPress post, a Notion export and
// typed notes on puppetry, folk theatre and martial arts) 0.680, 0.853,
// 0.067, 0.583 (0.653, 0.840 as first read); heldout57 (typed notes,
// messy Markdown and a saved concept page on the Genome India Project,
// biofortified crops and genome-edited crops) 0.680, 0.853, 0.067, 0.833
// (0.667, 0.840, 0.917 abstained as first read); heldout58 (a reportlab
// handout, an Obsidian note and a saved scheme page on the freight
// corridors, Bharatmala and Sagarmala) 0.747, 0.813, 0.053, 0.667 (0.707,
// 0.773 as first read). In the fortieth: heldout59 (typed notes, a saved
// Wikipedia article and a coaching handout as PDF on the Mauryan
// administration, Ashoka's edicts and the Gupta age) 0.707, 0.800, 0.067,
// 0.583 (0.600, 0.720 as first read); heldout60 (a saved current-affairs
// article, messy Markdown and a word processor's PDF on the UAPA, AFSPA
// and the NIA) 0.667, 0.773, 0.067, 0.667 (0.520, 0.667 as first read);
// heldout61 (a Notion export, typed class notes and a PDF of revision
// sheets on the SCO, BRICS and the G20) 0.653, 0.840, 0.053, 0.583 (0.573,
// 0.733 as first read); heldout62 (a saved scheme page, a coaching handout
// as PDF and an Obsidian note on PM-JAY, the Food Security Act and POSHAN
// Abhiyaan) 0.733, 0.787, 0.053, 0.833 (0.680, 0.733 as first read);
// and, written after that session's changes and measured on them blind,
// heldout63 (a Google Docs web page, typed notes and a handout as PDF on
// emotional intelligence, probity and conflict of interest) 0.680, 0.747,
// 0.107, 0.500 (0.667, 0.720 with the session's start); heldout64 (messy
// Markdown, a law blog post and a two-column magazine PDF on the
// anti-defection law, the Governor's discretion and the collegium)
// 0.600, 0.707, 0.107, 0.583 (0.560, 0.693); heldout65 (a Notion export,
// a press release as PDF and typed notes on the quantum and AI missions
// and 6G) 0.587, 0.800, 0.120, 0.417 (0.600, 0.773); heldout66 (an
// Obsidian note, a saved explainer and a handout as PDF on the Western
// Ghats, glacial lake floods and river links) 0.667, 0.733, 0.120, 0.583
// (0.627, 0.707). Written at the start of the forty-first session and
// measured blind with that session's starting code (first figures), then at
// its end: heldout67 (a handout as PDF, typed notes and a saved blog post on
// Akbar's administration, Mughal land revenue and Mughal architecture)
// 0.640, 0.787, 0.093, 0.583 → 0.640, 0.773, 0.093, 0.667; heldout68
// (Markdown, a handout as PDF and typed notes on the MPC, inflation
// targeting and the RBI's liquidity tools) 0.653, 0.813, 0.080, 0.583 →
// 0.693, 0.840, 0.053, 0.583; heldout69 (a saved article, an Obsidian-style
// note and typed notes on air quality, plastic waste and e-waste) 0.613,
// 0.733, 0.133, 0.667 → 0.613, 0.747, 0.120, 0.750; heldout70 (a handout as
// PDF, a Notion export and a saved blog post on Panchayati Raj, urban local
// bodies and PESA) 0.733, 0.880, 0.067, 0.667 → 0.760, 0.907, 0.040, 0.667.
// Written at the start of the forty-second session, measured blind with its
// starting code, then at its end: heldout71 (a handout as PDF, typed class
// notes and an Obsidian note on the Ellora, Ajanta and Elephanta caves)
// 0.720, 0.840, 0.067, 0.667 → 0.720, 0.853, 0.067, 0.667; heldout72 (a saved
// page, Markdown and Hinglish typed notes on SEBI, stock exchanges and mutual
// funds) 0.667, 0.787, 0.093, 0.833 → 0.707, 0.827, 0.053, 0.917; heldout73 (a
// handout as PDF, a saved blog post and typed notes on the Indus, Ganga and
// Brahmaputra) 0.640, 0.840, 0.093, 0.750 → 0.720, 0.880, 0.053, 0.833;
// heldout74 (Markdown, typed class notes and a saved Q&A page on the
// Fundamental Rights) 0.720, 0.813, 0.080, 0.750 → 0.733, 0.813, 0.080, 0.750.
// Written in the middle of that session, after its first changes, and
// measured blind with its starting code, then at its end (their misses read
// for its last changes): heldout75 (a saved
// article, typed notes and a handout as PDF on forests) 0.627, 0.707, 0.173,
// 0.667 → 0.653, 0.720, 0.147, 0.667; heldout76 (an Obsidian note, Hinglish
// notes and a saved explainer on foreign investment) 0.653, 0.813, 0.027,
// 0.750 → 0.667, 0.827, 0.040, 0.750; heldout77 (a handout as PDF, Markdown
// and typed notes on the Vedic age) 0.573, 0.707, 0.147, 0.583 → 0.627,
// 0.747, 0.107, 0.583; heldout78 (typed notes, a saved blog post and Markdown
// on biotechnology) 0.613, 0.787, 0.093, 0.667 → 0.627, 0.787, 0.093, 0.667.
// Written at its end and measured blind with its start and its end, never
// read for changes: heldout79 (a handout as PDF, an Obsidian note and a saved
// blog post on the courts) 0.693, 0.787, 0.133, 0.417 → 0.680, 0.773, 0.147,
// 0.500; heldout80 (typed notes, a saved explainer and Markdown on farm
// policy) 0.720, 0.853, 0.080, 0.750 → 0.733, 0.853, 0.080, 0.750; heldout81
// (Markdown, Hinglish notes and a handout as PDF on the national movement,
// 1905-1920) 0.600, 0.747, 0.080, 0.500 → 0.600, 0.760, 0.080, 0.500;
// heldout82 (a saved article, a Notion export and typed notes on disaster
// management) 0.693, 0.853, 0.040, 0.583 → 0.693, 0.853, 0.040, 0.583.
// The forty-third session's sets, start → end: heldout83 (GI tags, patents,
// copyright) 0.747, 0.880, 0.053, 0.667 → 0.733, 0.880, 0.080, 0.667;
// heldout84 (non-alignment, strategic autonomy, Act East) 0.600, 0.747,
// 0.093, 0.583 → 0.640, 0.760, 0.080, 0.667; heldout85 (bhakti and Sufi
// orders) 0.547, 0.773, 0.040, 0.500 → the same; heldout86 (ozone, air
// quality, acid rain) 0.707, 0.827, 0.080, 0.417 → 0.720, 0.840, 0.080,
// 0.500; heldout87 (the Indian Ocean, measured blind) 0.613, 0.747, 0.093,
// 0.667 → 0.627, 0.747, 0.093, 0.667; heldout88 (financial inclusion,
// measured blind) 0.640, 0.840, 0.080, 0.667 → the same; heldout89
// (federalism, measured blind) 0.627, 0.773, 0.013, 0.500 → 0.640, 0.773,
// 0.013, 0.500; heldout90 (wildlife laws, measured blind) 0.707, 0.800,
// 0.133, 0.500 → 0.680, 0.813, 0.120, 0.500.
// The forty-fourth session's sets, written at its start, start → end:
// heldout91 (the Mughals' decline and successor states) 0.653, 0.760,
// 0.107, 0.500 → 0.653, 0.787, 0.107, 0.500; heldout92 (SHGs and
// microfinance) 0.680, 0.800, 0.053, 0.667 → 0.693, 0.800, 0.027, 0.667;
// heldout93 (the oceans and the law of the sea) 0.653, 0.747, 0.107, 0.583
// → 0.680, 0.787, 0.080, 0.583 (these three read from the middle of the
// session); measured blind: heldout94 (malnutrition) 0.640, 0.773, 0.080,
// 0.583 → 0.653, 0.760, 0.080, 0.583; heldout95 (the emergency-era
// amendments) 0.693, 0.800, 0.053, 0.583 → 0.693, 0.813, 0.053, 0.583;
// heldout96 (nuclear energy) 0.720, 0.840, 0.053, 0.667 → 0.733, 0.853,
// 0.040, 0.667.
// The bars hold that, a question or two below (the newest, a few). The
// seventy-second session's refit (its names spelled out in up to seven
// words moved the weights) answers one more off-topic question in each of
// heldout231 ("what is the royalty rate for cobalt") and heldout259 ("what
// was the exact date of monsoon onset over Kerala in 2023"): their
// out-of-scope bars are a question lower since.
func TestHeldOutSets(t *testing.T) {
	bars := map[string]bar{
		"heldout9":   {hit1: 0.82, hit3: 0.86, inScopeAbstained: 0.09, abstained: 0.44},
		"heldout10":  {hit1: 0.78, hit3: 0.87, inScopeAbstained: 0.06, abstained: 0.55},
		"heldout11":  {hit1: 0.78, hit3: 0.89, inScopeAbstained: 0.05, abstained: 0.44},
		"heldout12":  {hit1: 0.74, hit3: 0.82, inScopeAbstained: 0.14, abstained: 0.33},
		"heldout13":  {hit1: 0.79, hit3: 0.88, inScopeAbstained: 0.07, abstained: 0.38},
		"heldout14":  {hit1: 0.85, hit3: 0.90, inScopeAbstained: 0.06, abstained: 0.77},
		"heldout15":  {hit1: 0.74, hit3: 0.87, inScopeAbstained: 0.09, abstained: 0.22},
		"heldout16":  {hit1: 0.75, hit3: 0.87, inScopeAbstained: 0.07, abstained: 0.29},
		"heldout17":  {hit1: 0.74, hit3: 0.86, inScopeAbstained: 0.05, abstained: 0.40},
		"heldout18":  {hit1: 0.65, hit3: 0.81, inScopeAbstained: 0.06, abstained: 0.55},
		"heldout19":  {hit1: 0.74, hit3: 0.85, inScopeAbstained: 0.07, abstained: 0.27},
		"heldout20":  {hit1: 0.64, hit3: 0.80, inScopeAbstained: 0.11, abstained: 0.22},
		"heldout21":  {hit1: 0.83, hit3: 0.95, inScopeAbstained: 0.05, abstained: 0.55},
		"heldout22":  {hit1: 0.75, hit3: 0.85, inScopeAbstained: 0.09, abstained: 0.55},
		"heldout23":  {hit1: 0.71, hit3: 0.87, inScopeAbstained: 0.08, abstained: 0.22},
		"heldout24":  {hit1: 0.89, hit3: 0.89, inScopeAbstained: 0.04, abstained: 0.44},
		"heldout25":  {hit1: 0.73, hit3: 0.81, inScopeAbstained: 0.08, abstained: 0.66},
		"heldout26":  {hit1: 0.85, hit3: 0.89, inScopeAbstained: 0.08, abstained: 0.33},
		"heldout27":  {hit1: 0.70, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.55},
		"heldout28":  {hit1: 0.77, hit3: 0.85, inScopeAbstained: 0.04, abstained: 0.44},
		"heldout29":  {hit1: 0.78, hit3: 0.90, inScopeAbstained: 0.08, abstained: 0.44},
		"heldout30":  {hit1: 0.81, hit3: 0.92, inScopeAbstained: 0.03, abstained: 0.33},
		"heldout31":  {hit1: 0.80, hit3: 0.88, inScopeAbstained: 0.08, abstained: 0.66},
		"heldout32":  {hit1: 0.77, hit3: 0.88, inScopeAbstained: 0.04, abstained: 0.55},
		"heldout33":  {hit1: 0.77, hit3: 0.89, inScopeAbstained: 0.06, abstained: 0.44},
		"heldout34":  {hit1: 0.80, hit3: 0.89, inScopeAbstained: 0.06, abstained: 0.44},
		"heldout35":  {hit1: 0.72, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.33},
		"heldout36":  {hit1: 0.70, hit3: 0.77, inScopeAbstained: 0.15, abstained: 0.55},
		"heldout37":  {hit1: 0.64, hit3: 0.80, inScopeAbstained: 0.08, abstained: 0.44},
		"heldout38":  {hit1: 0.68, hit3: 0.78, inScopeAbstained: 0.10, abstained: 0.71},
		"heldout39":  {hit1: 0.76, hit3: 0.88, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout40":  {hit1: 0.70, hit3: 0.82, inScopeAbstained: 0.14, abstained: 0.57},
		"heldout41":  {hit1: 0.77, hit3: 0.89, inScopeAbstained: 0.05, abstained: 0.24},
		"heldout42":  {hit1: 0.73, hit3: 0.85, inScopeAbstained: 0.07, abstained: 0.66},
		"heldout43":  {hit1: 0.69, hit3: 0.82, inScopeAbstained: 0.07, abstained: 0.33},
		"heldout44":  {hit1: 0.62, hit3: 0.84, inScopeAbstained: 0.09, abstained: 0.33},
		"heldout45":  {hit1: 0.64, hit3: 0.85, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout46":  {hit1: 0.87, hit3: 0.92, inScopeAbstained: 0.06, abstained: 0.33},
		"heldout47":  {hit1: 0.76, hit3: 0.88, inScopeAbstained: 0.07, abstained: 0.66},
		"heldout48":  {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.06, abstained: 0.33},
		"heldout49":  {hit1: 0.60, hit3: 0.78, inScopeAbstained: 0.06, abstained: 0.25},
		"heldout50":  {hit1: 0.61, hit3: 0.78, inScopeAbstained: 0.13, abstained: 0.25},
		"heldout51":  {hit1: 0.72, hit3: 0.82, inScopeAbstained: 0.04, abstained: 0.58},
		"heldout52":  {hit1: 0.73, hit3: 0.84, inScopeAbstained: 0.12, abstained: 0.41},
		"heldout53":  {hit1: 0.64, hit3: 0.76, inScopeAbstained: 0.04, abstained: 0.50},
		"heldout54":  {hit1: 0.60, hit3: 0.77, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout55":  {hit1: 0.58, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout56":  {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout57":  {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.75},
		"heldout58":  {hit1: 0.70, hit3: 0.77, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout59":  {hit1: 0.65, hit3: 0.77, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout60":  {hit1: 0.62, hit3: 0.73, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout61":  {hit1: 0.61, hit3: 0.80, inScopeAbstained: 0.10, abstained: 0.50},
		"heldout62":  {hit1: 0.69, hit3: 0.74, inScopeAbstained: 0.11, abstained: 0.75},
		"heldout63":  {hit1: 0.64, hit3: 0.69, inScopeAbstained: 0.15, abstained: 0.41},
		"heldout64":  {hit1: 0.56, hit3: 0.69, inScopeAbstained: 0.13, abstained: 0.50},
		"heldout65":  {hit1: 0.54, hit3: 0.76, inScopeAbstained: 0.16, abstained: 0.33},
		"heldout66":  {hit1: 0.61, hit3: 0.68, inScopeAbstained: 0.17, abstained: 0.50},
		"heldout67":  {hit1: 0.59, hit3: 0.73, inScopeAbstained: 0.14, abstained: 0.33},
		"heldout68":  {hit1: 0.61, hit3: 0.76, inScopeAbstained: 0.13, abstained: 0.33},
		"heldout69":  {hit1: 0.56, hit3: 0.68, inScopeAbstained: 0.17, abstained: 0.50},
		"heldout70":  {hit1: 0.69, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout71":  {hit1: 0.69, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout72":  {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.08, abstained: 0.83},
		"heldout73":  {hit1: 0.69, hit3: 0.85, inScopeAbstained: 0.08, abstained: 0.75},
		"heldout74":  {hit1: 0.70, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.66},
		"heldout75":  {hit1: 0.62, hit3: 0.69, inScopeAbstained: 0.18, abstained: 0.58},
		"heldout76":  {hit1: 0.64, hit3: 0.80, inScopeAbstained: 0.07, abstained: 0.66},
		"heldout77":  {hit1: 0.58, hit3: 0.70, inScopeAbstained: 0.16, abstained: 0.50},
		"heldout78":  {hit1: 0.60, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout79":  {hit1: 0.65, hit3: 0.74, inScopeAbstained: 0.18, abstained: 0.41},
		"heldout80":  {hit1: 0.70, hit3: 0.82, inScopeAbstained: 0.11, abstained: 0.66},
		"heldout81":  {hit1: 0.57, hit3: 0.73, inScopeAbstained: 0.16, abstained: 0.41},
		"heldout82":  {hit1: 0.66, hit3: 0.82, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout83":  {hit1: 0.71, hit3: 0.86, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout84":  {hit1: 0.62, hit3: 0.74, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout85":  {hit1: 0.53, hit3: 0.75, inScopeAbstained: 0.06, abstained: 0.41},
		"heldout86":  {hit1: 0.70, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.41},
		"heldout87":  {hit1: 0.61, hit3: 0.73, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout88":  {hit1: 0.62, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout89":  {hit1: 0.62, hit3: 0.75, inScopeAbstained: 0.03, abstained: 0.41},
		"heldout90":  {hit1: 0.66, hit3: 0.79, inScopeAbstained: 0.14, abstained: 0.41},
		"heldout91":  {hit1: 0.62, hit3: 0.73, inScopeAbstained: 0.13, abstained: 0.41},
		"heldout92":  {hit1: 0.66, hit3: 0.77, inScopeAbstained: 0.07, abstained: 0.58},
		"heldout93":  {hit1: 0.64, hit3: 0.73, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout94":  {hit1: 0.61, hit3: 0.74, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout95":  {hit1: 0.66, hit3: 0.77, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout96":  {hit1: 0.69, hit3: 0.81, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout97":  {hit1: 0.69, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout98":  {hit1: 0.65, hit3: 0.81, inScopeAbstained: 0.09, abstained: 0.91},
		"heldout99":  {hit1: 0.53, hit3: 0.70, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout100": {hit1: 0.70, hit3: 0.84, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout101": {hit1: 0.56, hit3: 0.72, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout102": {hit1: 0.41, hit3: 0.65, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout103": {hit1: 0.60, hit3: 0.69, inScopeAbstained: 0.18, abstained: 0.42},
		"heldout104": {hit1: 0.53, hit3: 0.70, inScopeAbstained: 0.19, abstained: 0.42},
		"heldout105": {hit1: 0.57, hit3: 0.72, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout106": {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout107": {hit1: 0.76, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout108": {hit1: 0.64, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout109": {hit1: 0.61, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout110": {hit1: 0.62, hit3: 0.78, inScopeAbstained: 0.15, abstained: 0.67},
		"heldout111": {hit1: 0.62, hit3: 0.77, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout112": {hit1: 0.68, hit3: 0.82, inScopeAbstained: 0.11, abstained: 0.67},
		"heldout113": {hit1: 0.60, hit3: 0.72, inScopeAbstained: 0.18, abstained: 0.42},
		"heldout114": {hit1: 0.72, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout115": {hit1: 0.82, hit3: 0.90, inScopeAbstained: 0.07, abstained: 0.58},
		"heldout116": {hit1: 0.72, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout117": {hit1: 0.52, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout118": {hit1: 0.58, hit3: 0.72, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout119": {hit1: 0.58, hit3: 0.78, inScopeAbstained: 0.07, abstained: 0.67},
		"heldout120": {hit1: 0.61, hit3: 0.77, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout121": {hit1: 0.68, hit3: 0.77, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout122": {hit1: 0.62, hit3: 0.78, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout123": {hit1: 0.76, hit3: 0.86, inScopeAbstained: 0.08, abstained: 0.42},
		"heldout124": {hit1: 0.44, hit3: 0.66, inScopeAbstained: 0.11, abstained: 0.75},
		"heldout125": {hit1: 0.73, hit3: 0.84, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout126": {hit1: 0.74, hit3: 0.89, inScopeAbstained: 0.04, abstained: 0.42},
		"heldout127": {hit1: 0.60, hit3: 0.76, inScopeAbstained: 0.16, abstained: 0.58},
		"heldout128": {hit1: 0.52, hit3: 0.72, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout129": {hit1: 0.61, hit3: 0.78, inScopeAbstained: 0.06, abstained: 0.50},
		"heldout130": {hit1: 0.58, hit3: 0.80, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout131": {hit1: 0.37, hit3: 0.65, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout132": {hit1: 0.48, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout133": {hit1: 0.57, hit3: 0.80, inScopeAbstained: 0.07, abstained: 0.42},
		"heldout134": {hit1: 0.70, hit3: 0.82, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout135": {hit1: 0.42, hit3: 0.66, inScopeAbstained: 0.10, abstained: 0.50},
		"heldout136": {hit1: 0.52, hit3: 0.77, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout137": {hit1: 0.38, hit3: 0.60, inScopeAbstained: 0.19, abstained: 0.58},
		"heldout138": {hit1: 0.58, hit3: 0.73, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout139": {hit1: 0.64, hit3: 0.69, inScopeAbstained: 0.07, abstained: 0.67},
		"heldout140": {hit1: 0.37, hit3: 0.66, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout141": {hit1: 0.42, hit3: 0.69, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout142": {hit1: 0.50, hit3: 0.69, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout143": {hit1: 0.57, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout144": {hit1: 0.56, hit3: 0.81, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout145": {hit1: 0.65, hit3: 0.80, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout146": {hit1: 0.41, hit3: 0.64, inScopeAbstained: 0.16, abstained: 0.58},
		"heldout147": {hit1: 0.50, hit3: 0.70, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout148": {hit1: 0.48, hit3: 0.70, inScopeAbstained: 0.12, abstained: 0.66},
		"heldout149": {hit1: 0.78, hit3: 0.85, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout150": {hit1: 0.61, hit3: 0.77, inScopeAbstained: 0.15, abstained: 0.50},
		"heldout151": {hit1: 0.72, hit3: 0.80, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout152": {hit1: 0.61, hit3: 0.81, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout153": {hit1: 0.42, hit3: 0.65, inScopeAbstained: 0.12, abstained: 0.75},
		"heldout154": {hit1: 0.58, hit3: 0.74, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout155": {hit1: 0.61, hit3: 0.78, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout156": {hit1: 0.58, hit3: 0.74, inScopeAbstained: 0.14, abstained: 0.42},
		"heldout157": {hit1: 0.53, hit3: 0.78, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout158": {hit1: 0.54, hit3: 0.74, inScopeAbstained: 0.10, abstained: 0.50},
		"heldout159": {hit1: 0.57, hit3: 0.77, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout160": {hit1: 0.50, hit3: 0.69, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout161": {hit1: 0.65, hit3: 0.82, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout162": {hit1: 0.60, hit3: 0.86, inScopeAbstained: 0.06, abstained: 0.50},
		"heldout163": {hit1: 0.64, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout164": {hit1: 0.38, hit3: 0.64, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout165": {hit1: 0.64, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout166": {hit1: 0.64, hit3: 0.85, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout167": {hit1: 0.60, hit3: 0.80, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout168": {hit1: 0.50, hit3: 0.69, inScopeAbstained: 0.16, abstained: 0.42},
		"heldout169": {hit1: 0.58, hit3: 0.69, inScopeAbstained: 0.15, abstained: 0.75},
		"heldout170": {hit1: 0.53, hit3: 0.70, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout171": {hit1: 0.62, hit3: 0.73, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout172": {hit1: 0.69, hit3: 0.78, inScopeAbstained: 0.14, abstained: 0.42},
		"heldout173": {hit1: 0.72, hit3: 0.85, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout174": {hit1: 0.60, hit3: 0.69, inScopeAbstained: 0.11, abstained: 0.33},
		"heldout175": {hit1: 0.60, hit3: 0.65, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout176": {hit1: 0.53, hit3: 0.73, inScopeAbstained: 0.14, abstained: 0.75},
		"heldout177": {hit1: 0.49, hit3: 0.68, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout178": {hit1: 0.57, hit3: 0.74, inScopeAbstained: 0.15, abstained: 0.50},
		"heldout179": {hit1: 0.57, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout180": {hit1: 0.45, hit3: 0.66, inScopeAbstained: 0.18, abstained: 0.67},
		"heldout181": {hit1: 0.62, hit3: 0.84, inScopeAbstained: 0.06, abstained: 0.50},
		"heldout182": {hit1: 0.41, hit3: 0.69, inScopeAbstained: 0.08, abstained: 0.67},
		"heldout183": {hit1: 0.58, hit3: 0.73, inScopeAbstained: 0.10, abstained: 0.50},
		"heldout184": {hit1: 0.54, hit3: 0.77, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout185": {hit1: 0.65, hit3: 0.82, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout186": {hit1: 0.69, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.75},
		"heldout187": {hit1: 0.50, hit3: 0.72, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout188": {hit1: 0.56, hit3: 0.77, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout189": {hit1: 0.62, hit3: 0.73, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout190": {hit1: 0.58, hit3: 0.77, inScopeAbstained: 0.15, abstained: 0.42},
		"heldout191": {hit1: 0.72, hit3: 0.86, inScopeAbstained: 0.10, abstained: 0.33},
		"heldout192": {hit1: 0.57, hit3: 0.72, inScopeAbstained: 0.19, abstained: 0.50},
		"heldout193": {hit1: 0.57, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout194": {hit1: 0.56, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.75},
		"heldout195": {hit1: 0.45, hit3: 0.78, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout196": {hit1: 0.57, hit3: 0.76, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout197": {hit1: 0.66, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout198": {hit1: 0.56, hit3: 0.73, inScopeAbstained: 0.08, abstained: 0.41}, // its paper's columns read in turn since the sixty-fifth session: 0.573, 0.417
		"heldout199": {hit1: 0.74, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout200": {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout201": {hit1: 0.57, hit3: 0.69, inScopeAbstained: 0.19, abstained: 0.50},
		"heldout202": {hit1: 0.81, hit3: 0.89, inScopeAbstained: 0.08, abstained: 0.67},
		"heldout203": {hit1: 0.64, hit3: 0.77, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout204": {hit1: 0.68, hit3: 0.81, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout205": {hit1: 0.66, hit3: 0.77, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout206": {hit1: 0.57, hit3: 0.68, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout207": {hit1: 0.56, hit3: 0.72, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout208": {hit1: 0.72, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.75},
		"heldout209": {hit1: 0.60, hit3: 0.69, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout210": {hit1: 0.62, hit3: 0.78, inScopeAbstained: 0.10, abstained: 0.25},
		"heldout211": {hit1: 0.62, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout212": {hit1: 0.69, hit3: 0.77, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout213": {hit1: 0.54, hit3: 0.70, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout214": {hit1: 0.50, hit3: 0.68, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout215": {hit1: 0.64, hit3: 0.76, inScopeAbstained: 0.11, abstained: 0.33},
		"heldout216": {hit1: 0.50, hit3: 0.76, inScopeAbstained: 0.15, abstained: 0.50},
		"heldout217": {hit1: 0.56, hit3: 0.74, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout218": {hit1: 0.61, hit3: 0.72, inScopeAbstained: 0.20, abstained: 0.58},
		"heldout219": {hit1: 0.50, hit3: 0.68, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout220": {hit1: 0.46, hit3: 0.64, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout221": {hit1: 0.68, hit3: 0.82, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout222": {hit1: 0.46, hit3: 0.66, inScopeAbstained: 0.16, abstained: 0.58},
		"heldout223": {hit1: 0.66, hit3: 0.74, inScopeAbstained: 0.14, abstained: 0.67},
		"heldout224": {hit1: 0.62, hit3: 0.81, inScopeAbstained: 0.07, abstained: 0.67},
		"heldout225": {hit1: 0.60, hit3: 0.81, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout226": {hit1: 0.58, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout227": {hit1: 0.77, hit3: 0.86, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout228": {hit1: 0.65, hit3: 0.74, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout229": {hit1: 0.53, hit3: 0.68, inScopeAbstained: 0.18, abstained: 0.50},
		"heldout230": {hit1: 0.53, hit3: 0.66, inScopeAbstained: 0.15, abstained: 0.42},
		"heldout231": {hit1: 0.69, hit3: 0.80, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout232": {hit1: 0.56, hit3: 0.85, inScopeAbstained: 0.10, abstained: 0.42},
		"heldout233": {hit1: 0.74, hit3: 0.81, inScopeAbstained: 0.10, abstained: 0.50},
		"heldout234": {hit1: 0.70, hit3: 0.92, inScopeAbstained: 0.04, abstained: 0.67},
		"heldout235": {hit1: 0.57, hit3: 0.72, inScopeAbstained: 0.15, abstained: 0.50},
		"heldout236": {hit1: 0.62, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.33},
		"heldout237": {hit1: 0.66, hit3: 0.81, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout238": {hit1: 0.56, hit3: 0.76, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout239": {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.42},
		"heldout240": {hit1: 0.49, hit3: 0.70, inScopeAbstained: 0.18, abstained: 0.50},
		"heldout241": {hit1: 0.53, hit3: 0.65, inScopeAbstained: 0.19, abstained: 0.58},
		"heldout242": {hit1: 0.57, hit3: 0.74, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout243": {hit1: 0.65, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.66},
		"heldout244": {hit1: 0.58, hit3: 0.77, inScopeAbstained: 0.07, abstained: 0.50},
		"heldout245": {hit1: 0.54, hit3: 0.74, inScopeAbstained: 0.11, abstained: 0.25},
		"heldout246": {hit1: 0.62, hit3: 0.76, inScopeAbstained: 0.16, abstained: 0.50},
		"heldout247": {hit1: 0.54, hit3: 0.77, inScopeAbstained: 0.10, abstained: 0.33},
		"heldout248": {hit1: 0.57, hit3: 0.72, inScopeAbstained: 0.18, abstained: 0.42},
		"heldout249": {hit1: 0.54, hit3: 0.68, inScopeAbstained: 0.15, abstained: 0.42},
		"heldout250": {hit1: 0.66, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout251": {hit1: 0.72, hit3: 0.77, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout252": {hit1: 0.54, hit3: 0.70, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout253": {hit1: 0.54, hit3: 0.76, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout254": {hit1: 0.68, hit3: 0.77, inScopeAbstained: 0.16, abstained: 0.42},
		"heldout255": {hit1: 0.57, hit3: 0.70, inScopeAbstained: 0.19, abstained: 0.58},
		"heldout256": {hit1: 0.57, hit3: 0.74, inScopeAbstained: 0.15, abstained: 0.67},
		"heldout257": {hit1: 0.73, hit3: 0.82, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout258": {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.06, abstained: 0.42},
		"heldout259": {hit1: 0.65, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout260": {hit1: 0.61, hit3: 0.78, inScopeAbstained: 0.08, abstained: 0.42},
		"heldout261": {hit1: 0.64, hit3: 0.77, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout262": {hit1: 0.65, hit3: 0.82, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout263": {hit1: 0.66, hit3: 0.80, inScopeAbstained: 0.11, abstained: 0.33},
		"heldout264": {hit1: 0.61, hit3: 0.76, inScopeAbstained: 0.10, abstained: 0.75},
		"heldout265": {hit1: 0.61, hit3: 0.72, inScopeAbstained: 0.18, abstained: 0.25},
		"heldout266": {hit1: 0.62, hit3: 0.74, inScopeAbstained: 0.15, abstained: 0.33},
		"heldout267": {hit1: 0.73, hit3: 0.82, inScopeAbstained: 0.12, abstained: 0.67},
		"heldout268": {hit1: 0.64, hit3: 0.76, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout269": {hit1: 0.66, hit3: 0.85, inScopeAbstained: 0.07, abstained: 0.58},
		"heldout270": {hit1: 0.68, hit3: 0.81, inScopeAbstained: 0.12, abstained: 0.58},
		"heldout271": {hit1: 0.58, hit3: 0.76, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout272": {hit1: 0.68, hit3: 0.82, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout273": {hit1: 0.69, hit3: 0.84, inScopeAbstained: 0.08, abstained: 0.50},
		"heldout274": {hit1: 0.45, hit3: 0.68, inScopeAbstained: 0.14, abstained: 0.42},
		"heldout275": {hit1: 0.66, hit3: 0.84, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout276": {hit1: 0.70, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.33},
		"heldout277": {hit1: 0.73, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout278": {hit1: 0.48, hit3: 0.73, inScopeAbstained: 0.15, abstained: 0.42},
		"heldout279": {hit1: 0.66, hit3: 0.80, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout280": {hit1: 0.58, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.58},
		"heldout281": {hit1: 0.64, hit3: 0.72, inScopeAbstained: 0.19, abstained: 0.17},
		"heldout282": {hit1: 0.61, hit3: 0.80, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout283": {hit1: 0.52, hit3: 0.65, inScopeAbstained: 0.15, abstained: 0.33},
		"heldout284": {hit1: 0.58, hit3: 0.66, inScopeAbstained: 0.16, abstained: 0.58},
		"heldout285": {hit1: 0.62, hit3: 0.74, inScopeAbstained: 0.16, abstained: 0.58},
		"heldout286": {hit1: 0.52, hit3: 0.72, inScopeAbstained: 0.12, abstained: 0.50},
		"heldout287": {hit1: 0.66, hit3: 0.77, inScopeAbstained: 0.11, abstained: 0.50},
		"heldout288": {hit1: 0.69, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.75},
		"heldout289": {hit1: 0.49, hit3: 0.72, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout290": {hit1: 0.64, hit3: 0.80, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout291": {hit1: 0.68, hit3: 0.82, inScopeAbstained: 0.11, abstained: 0.66},
		"heldout292": {hit1: 0.62, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.33},
		"heldout293": {hit1: 0.54, hit3: 0.72, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout294": {hit1: 0.76, hit3: 0.89, inScopeAbstained: 0.07, abstained: 0.58},
		"heldout295": {hit1: 0.68, hit3: 0.86, inScopeAbstained: 0.08, abstained: 0.42},
		"heldout296": {hit1: 0.66, hit3: 0.77, inScopeAbstained: 0.16, abstained: 0.42},
		"heldout297": {hit1: 0.57, hit3: 0.73, inScopeAbstained: 0.12, abstained: 0.33},
		"heldout298": {hit1: 0.69, hit3: 0.81, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout299": {hit1: 0.62, hit3: 0.76, inScopeAbstained: 0.10, abstained: 0.58},
		"heldout300": {hit1: 0.68, hit3: 0.81, inScopeAbstained: 0.12, abstained: 0.33},
		"heldout301": {hit1: 0.69, hit3: 0.74, inScopeAbstained: 0.14, abstained: 0.50},
		"heldout302": {hit1: 0.72, hit3: 0.80, inScopeAbstained: 0.15, abstained: 0.58},
		"heldout303": {hit1: 0.56, hit3: 0.73, inScopeAbstained: 0.08, abstained: 0.58},
		"heldout304": {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.07, abstained: 0.58},
		"heldout305": {hit1: 0.69, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.58},
		"heldout306": {hit1: 0.74, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.42},
		"heldout307": {hit1: 0.65, hit3: 0.82, inScopeAbstained: 0.10, abstained: 0.66},
		"heldout308": {hit1: 0.61, hit3: 0.73, inScopeAbstained: 0.10, abstained: 0.49},
		"heldout309": {hit1: 0.64, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout310": {hit1: 0.70, hit3: 0.92, inScopeAbstained: 0.06, abstained: 0.49},
		"heldout311": {hit1: 0.60, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.66},
		"heldout312": {hit1: 0.53, hit3: 0.72, inScopeAbstained: 0.15, abstained: 0.66},
		"heldout313": {hit1: 0.54, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.32},
		"heldout314": {hit1: 0.64, hit3: 0.78, inScopeAbstained: 0.15, abstained: 0.74},
		"heldout315": {hit1: 0.66, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.57},
		"heldout316": {hit1: 0.60, hit3: 0.78, inScopeAbstained: 0.14, abstained: 0.49},
		"heldout317": {hit1: 0.54, hit3: 0.72, inScopeAbstained: 0.16, abstained: 0.57},
		"heldout318": {hit1: 0.65, hit3: 0.78, inScopeAbstained: 0.14, abstained: 0.41},
		"heldout319": {hit1: 0.50, hit3: 0.73, inScopeAbstained: 0.15, abstained: 0.66},
		"heldout320": {hit1: 0.64, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.66},
		"heldout321": {hit1: 0.64, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.74},
		"heldout322": {hit1: 0.70, hit3: 0.85, inScopeAbstained: 0.14, abstained: 0.49},
		"heldout323": {hit1: 0.54, hit3: 0.72, inScopeAbstained: 0.12, abstained: 0.49},
		"heldout324": {hit1: 0.50, hit3: 0.72, inScopeAbstained: 0.14, abstained: 0.66},
		"heldout325": {hit1: 0.57, hit3: 0.76, inScopeAbstained: 0.12, abstained: 0.57},
		"heldout326": {hit1: 0.52, hit3: 0.60, inScopeAbstained: 0.15, abstained: 0.57},
		"heldout327": {hit1: 0.70, hit3: 0.77, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout328": {hit1: 0.64, hit3: 0.78, inScopeAbstained: 0.11, abstained: 0.57},
		"heldout329": {hit1: 0.46, hit3: 0.61, inScopeAbstained: 0.19, abstained: 0.49},
		"heldout330": {hit1: 0.52, hit3: 0.69, inScopeAbstained: 0.14, abstained: 0.57},
		"heldout331": {hit1: 0.65, hit3: 0.77, inScopeAbstained: 0.12, abstained: 0.74},
		"heldout332": {hit1: 0.60, hit3: 0.70, inScopeAbstained: 0.18, abstained: 0.49},
		"heldout333": {hit1: 0.53, hit3: 0.69, inScopeAbstained: 0.11, abstained: 0.57},
		"heldout334": {hit1: 0.68, hit3: 0.81, inScopeAbstained: 0.11, abstained: 0.57},
		"heldout335": {hit1: 0.73, hit3: 0.80, inScopeAbstained: 0.14, abstained: 0.66},
		"heldout336": {hit1: 0.58, hit3: 0.68, inScopeAbstained: 0.20, abstained: 0.57},
		"heldout337": {hit1: 0.42, hit3: 0.54, inScopeAbstained: 0.16, abstained: 0.66},
		"heldout338": {hit1: 0.66, hit3: 0.78, inScopeAbstained: 0.15, abstained: 0.41},
		"heldout339": {hit1: 0.46, hit3: 0.61, inScopeAbstained: 0.14, abstained: 0.57},
		"heldout340": {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.11, abstained: 0.57},
		"heldout341": {hit1: 0.58, hit3: 0.78, inScopeAbstained: 0.10, abstained: 0.57},
		"heldout342": {hit1: 0.57, hit3: 0.70, inScopeAbstained: 0.19, abstained: 0.49},
		"heldout343": {hit1: 0.68, hit3: 0.80, inScopeAbstained: 0.07, abstained: 0.57},
		"heldout344": {hit1: 0.69, hit3: 0.86, inScopeAbstained: 0.11, abstained: 0.49},
		"heldout345": {hit1: 0.61, hit3: 0.81, inScopeAbstained: 0.14, abstained: 0.57},
		"heldout346": {hit1: 0.74, hit3: 0.82, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout347": {hit1: 0.62, hit3: 0.84, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout348": {hit1: 0.48, hit3: 0.61, inScopeAbstained: 0.20, abstained: 0.57},
		"heldout349": {hit1: 0.69, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.41},
		"heldout350": {hit1: 0.65, hit3: 0.74, inScopeAbstained: 0.11, abstained: 0.41},
		"heldout351": {hit1: 0.46, hit3: 0.76, inScopeAbstained: 0.14, abstained: 0.41},
		"heldout352": {hit1: 0.56, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.74},
		"heldout353": {hit1: 0.53, hit3: 0.80, inScopeAbstained: 0.10, abstained: 0.41},
		"heldout354": {hit1: 0.45, hit3: 0.70, inScopeAbstained: 0.16, abstained: 0.49},
		"heldout355": {hit1: 0.54, hit3: 0.80, inScopeAbstained: 0.10, abstained: 0.32},
		"heldout356": {hit1: 0.49, hit3: 0.73, inScopeAbstained: 0.16, abstained: 0.66},
		"heldout357": {hit1: 0.44, hit3: 0.68, inScopeAbstained: 0.17, abstained: 0.57},
		"heldout358": {hit1: 0.57, hit3: 0.70, inScopeAbstained: 0.10, abstained: 0.57},
		"heldout359": {hit1: 0.58, hit3: 0.72, inScopeAbstained: 0.14, abstained: 0.66},
		"heldout360": {hit1: 0.56, hit3: 0.74, inScopeAbstained: 0.17, abstained: 0.49},
		"heldout361": {hit1: 0.61, hit3: 0.74, inScopeAbstained: 0.12, abstained: 0.49},
		"heldout362": {hit1: 0.53, hit3: 0.76, inScopeAbstained: 0.10, abstained: 0.66},
		"heldout363": {hit1: 0.44, hit3: 0.68, inScopeAbstained: 0.16, abstained: 0.66},
		"heldout364": {hit1: 0.41, hit3: 0.68, inScopeAbstained: 0.14, abstained: 0.66},
		"heldout365": {hit1: 0.57, hit3: 0.68, inScopeAbstained: 0.20, abstained: 0.74},
		"heldout366": {hit1: 0.48, hit3: 0.65, inScopeAbstained: 0.20, abstained: 0.41},
		"heldout367": {hit1: 0.48, hit3: 0.68, inScopeAbstained: 0.20, abstained: 0.57},
		"heldout368": {hit1: 0.38, hit3: 0.56, inScopeAbstained: 0.24, abstained: 0.74},
		"heldout369": {hit1: 0.52, hit3: 0.72, inScopeAbstained: 0.18, abstained: 0.66},
		"heldout370": {hit1: 0.66, hit3: 0.72, inScopeAbstained: 0.14, abstained: 0.66},
		"heldout371": {hit1: 0.49, hit3: 0.76, inScopeAbstained: 0.13, abstained: 0.57},
		"heldout372": {hit1: 0.58, hit3: 0.73, inScopeAbstained: 0.20, abstained: 0.57},
		"heldout373": {hit1: 0.65, hit3: 0.81, inScopeAbstained: 0.10, abstained: 0.41},
		"heldout374": {hit1: 0.44, hit3: 0.72, inScopeAbstained: 0.12, abstained: 0.49},
		"heldout375": {hit1: 0.62, hit3: 0.77, inScopeAbstained: 0.17, abstained: 0.49},
		"heldout376": {hit1: 0.52, hit3: 0.73, inScopeAbstained: 0.10, abstained: 0.49},
		"heldout377": {hit1: 0.69, hit3: 0.78, inScopeAbstained: 0.12, abstained: 0.74},
		"heldout378": {hit1: 0.57, hit3: 0.74, inScopeAbstained: 0.13, abstained: 0.74},
		"heldout379": {hit1: 0.61, hit3: 0.74, inScopeAbstained: 0.13, abstained: 0.57},
		"heldout380": {hit1: 0.57, hit3: 0.78, inScopeAbstained: 0.10, abstained: 0.57},
		"heldout381": {hit1: 0.52, hit3: 0.77, inScopeAbstained: 0.13, abstained: 0.74},
		"heldout382": {hit1: 0.73, hit3: 0.82, inScopeAbstained: 0.09, abstained: 0.57},
	}
	// Sets whose notes load with a warning: a note with no "# Title" line
	// (the twelfth set's phone note, a Roam page, a Simplenote note, a
	// Telegram post saved as Markdown, a Bear note, an Obsidian note, a
	// model answer in Word opening with its question), two exam tips of one
	// question, a Quizlet card whose definition was a picture, a CSV Excel
	// saved in Windows-1252, a Quizlet deck and a YouTube transcript with no
	// title line, two notes of one title.
	warns := map[string]bool{"heldout12": true, "heldout194": true, "heldout195": true, "heldout198": true, "heldout200": true, "heldout212": true, "heldout215": true,
		"heldout236": true, "heldout255": true, "heldout281": true, "heldout320": true, "heldout327": true,
		"heldout356": true, "heldout361": true, "heldout366": true, "heldout367": true}
	for set := range HeldOut {
		t.Run(set, func(t *testing.T) {
			b, ok := bars[set]
			if !ok {
				t.Fatalf("no bar for the held-out set %s", set)
			}
			checkSetAlone(t, set, !warns[set], b)
		})
	}
}

// TestHeldOutNotesTogether asks the held-out sets' answerable questions of
// all the evaluation notes at once (the six held-out collections, the ten
// multi documents and the seed, 57 documents), as a server that keeps many
// notes would: each set's notes must still answer its questions among the
// others'. Off-topic questions are left out, as another set's notes may
// answer them. The bars sit just under the figures measured (0.663, 0.802,
// 0.046; BENCHMARKS.md).
func TestHeldOutNotesTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 57 documents and asks 1,070 questions")
	}
	dir := filepath.Join("testdata", "eval")
	var paths []string
	var qs []EvalQuestion
	for _, set := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"} {
		paths = append(paths, filepath.Join(dir, set, "docs"))
		sets, err := ReadQuestionSets(filepath.Join(dir, set))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sets {
			for _, q := range s.Questions {
				if q.InScope() {
					qs = append(qs, q)
				}
			}
		}
	}
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: append(paths, filepath.Join(dir, "multi", "docs")), Seed: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Docs); n != 57 {
		t.Fatalf("%d documents, want 57", n)
	}
	ix := mustBuild(t, c)
	r, err := Evaluate(context.Background(), ix, qs)
	if err != nil {
		t.Fatal(err)
	}
	bar{hit1: 0.65, hit3: 0.79, inScopeAbstained: 0.06}.check(t, r)

	// In a conversation about the document that answers it, a question is
	// answered right more often (0.669 → 0.700 measured); about another
	// document, hardly less (0.667); never refused more or less often.
	topics := map[string]string{} // question → document
	for _, q := range qs {
		doc := ix.answeringDocument(q)
		topics[q.Q] = doc
		if i := slices.IndexFunc(c.Docs, func(d *corpus.Document) bool { return d.ID == doc }); i >= 0 {
			topics["other: "+q.Q] = c.Docs[(i+1)%len(c.Docs)].ID
		}
	}
	own, err := Evaluate(context.Background(), inConversation{ix, func(q string) string { return topics[q] }}, qs)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Evaluate(context.Background(), inConversation{ix, func(q string) string { return topics["other: "+q] }}, qs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hit@1 %.3f; in a conversation about its document %.3f, about another %.3f", r.Hit1, own.Hit1, other.Hit1)
	if own.Hit1 < r.Hit1+0.02 {
		t.Errorf("in a conversation about its document, hit@1 %.3f: want %.3f or more", own.Hit1, r.Hit1+0.02)
	}
	if other.Hit1 < r.Hit1-0.01 {
		t.Errorf("in a conversation about another document, hit@1 %.3f: want %.3f or more", other.Hit1, r.Hit1-0.01)
	}
	if own.InScopeAbstained != r.InScopeAbstained || other.InScopeAbstained != r.InScopeAbstained {
		t.Errorf("in-scope refused %.3f, in conversations %.3f and %.3f: want the same", r.InScopeAbstained, own.InScopeAbstained, other.InScopeAbstained)
	}
}

// inConversation asks each question of ix in a conversation about the
// document topic names.
type inConversation struct {
	ix    *Index
	topic func(question string) string
}

func (s inConversation) Search(ctx context.Context, q string, n int) (corpus.Answer, error) {
	return s.ix.Search(corpus.WithTopic(ctx, s.topic(q)), q, n)
}

// TestSameAnswersEveryBuild: notes too many to rank every matching passage
// of (the eighth held-out set's 18 documents, 947 passages) give the same
// answers each time they are indexed: bleve's best hits are cut at a
// number, and passages of equal score must fall on the same side of it.
func TestSameAnswersEveryBuild(t *testing.T) {
	dir := filepath.Join("testdata", "eval", "heldout8")
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{filepath.Join(dir, "docs")}, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Passages()); n <= maxMemPostings {
		t.Fatalf("%d passages: every matching one is ranked, and the test tests nothing", n)
	}
	sets, err := ReadQuestionSets(dir)
	if err != nil {
		t.Fatal(err)
	}
	answers := func() []string {
		ix := mustBuild(t, c)
		var out []string
		for _, s := range sets {
			for _, q := range s.Questions {
				a := mustSearch(t, ix, q.Q, 3)
				out = append(out, fmt.Sprintf("%s: %v %.6f %v", q.Q, a.Answered, a.Confidence, resultIDs(a.Results)))
			}
		}
		return out
	}
	first := answers()
	for range 3 {
		for i, a := range answers() {
			if a != first[i] {
				t.Fatalf("indexed again, the notes answer\n%s\nwhere they answered\n%s", a, first[i])
			}
		}
	}
}
