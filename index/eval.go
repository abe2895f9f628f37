package index

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// EvalQuestion is one line of an evaluation set (see testdata/eval/README.md):
// an in-scope question has Accept strings and a Section; an out-of-scope
// question has neither.
type EvalQuestion struct {
	Q       string   `json:"q"`
	Accept  []string `json:"accept"`
	Section sections `json:"section"`
}

// sections decodes a string or a list of strings.
type sections []string

func (s *sections) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = []string{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*s = many
	return nil
}

// InScope reports whether the question has an answer in the notes.
func (q EvalQuestion) InScope() bool { return len(q.Accept) > 0 }

// ReadEval reads an evaluation set, one JSON object a line. A malformed
// line is an *EvalLineError saying what is wrong; every one is returned,
// joined.
func ReadEval(r io.Reader) ([]EvalQuestion, error) {
	var qs []EvalQuestion
	var bad []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		var q EvalQuestion
		if err := json.Unmarshal([]byte(t), &q); err != nil {
			bad = append(bad, &EvalLineError{Line: line, Msg: describeEvalJSON(err)})
			continue
		}
		if strings.TrimSpace(q.Q) == "" {
			bad = append(bad, &EvalLineError{Line: line, Msg: `no question: "q" is missing or empty; ` + evalFormat})
			continue
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(bad) > 0 {
		return nil, errors.Join(bad...)
	}
	return qs, nil
}

// ReadQuestionSets reads every .jsonl file in dirs, each a QuestionSet
// named by its file.
func ReadQuestionSets(dirs ...string) ([]QuestionSet, error) {
	var sets []QuestionSet
	for _, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			qs, err := ReadEval(f)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			sets = append(sets, QuestionSet{Name: name, Questions: qs})
		}
	}
	return sets, nil
}

// HeldOut names the evaluation sets that nothing is fitted to, kept to
// measure the ranking and the answer decision on notes and questions they
// have never met (TestHeldOutSets); LoadEvalNotes leaves them out.
var HeldOut = map[string]bool{
	"heldout9": true, "heldout10": true, "heldout11": true, "heldout12": true, "heldout13": true,
	"heldout14": true, "heldout15": true, "heldout16": true, "heldout17": true, "heldout18": true,
	"heldout19": true, "heldout20": true, "heldout21": true, "heldout22": true,
	"heldout23": true, "heldout24": true, "heldout25": true, "heldout26": true,
	"heldout27": true, "heldout28": true, "heldout29": true,
	"heldout30": true, "heldout31": true, "heldout32": true, "heldout33": true, "heldout34": true, "heldout35": true, "heldout36": true,
	"heldout37": true, "heldout38": true, "heldout39": true, "heldout40": true, "heldout41": true, "heldout42": true, "heldout43": true,
	"heldout44": true, "heldout45": true, "heldout46": true, "heldout47": true, "heldout48": true, "heldout49": true, "heldout50": true, "heldout51": true, "heldout52": true, "heldout53": true, "heldout54": true, "heldout55": true, "heldout56": true, "heldout57": true, "heldout58": true,
	"heldout59": true, "heldout60": true, "heldout61": true, "heldout62": true,
	"heldout63": true, "heldout64": true, "heldout65": true, "heldout66": true,
	"heldout67": true, "heldout68": true, "heldout69": true, "heldout70": true,
	"heldout71": true, "heldout72": true, "heldout73": true, "heldout74": true,
	"heldout75": true, "heldout76": true, "heldout77": true, "heldout78": true,
	"heldout79": true, "heldout80": true, "heldout81": true, "heldout82": true,
	"heldout83": true, "heldout84": true, "heldout85": true, "heldout86": true,
	"heldout87": true, "heldout88": true, "heldout89": true, "heldout90": true,
	"heldout91": true, "heldout92": true, "heldout93": true, "heldout94": true,
	"heldout95": true, "heldout96": true, "heldout97": true, "heldout98": true, "heldout99": true, "heldout100": true, "heldout101": true, "heldout102": true,
	"heldout103": true, "heldout104": true, "heldout105": true, "heldout106": true, "heldout107": true, "heldout108": true,
	"heldout109": true, "heldout110": true, "heldout111": true, "heldout112": true, "heldout113": true, "heldout114": true,
	"heldout115": true, "heldout116": true, "heldout117": true, "heldout118": true, "heldout119": true, "heldout120": true,
	"heldout121": true, "heldout122": true, "heldout123": true, "heldout124": true, "heldout125": true, "heldout126": true,
	"heldout127": true, "heldout128": true, "heldout129": true, "heldout130": true, "heldout131": true, "heldout132": true,
	"heldout133": true, "heldout134": true, "heldout135": true, "heldout136": true, "heldout137": true, "heldout138": true,
	"heldout139": true, "heldout140": true, "heldout141": true, "heldout142": true, "heldout143": true, "heldout144": true,
	"heldout145": true, "heldout146": true, "heldout147": true, "heldout148": true, "heldout149": true, "heldout150": true,
	"heldout151": true, "heldout152": true, "heldout153": true, "heldout154": true, "heldout155": true, "heldout156": true,
	"heldout157": true, "heldout158": true, "heldout159": true, "heldout160": true, "heldout161": true, "heldout162": true,
	"heldout163": true, "heldout164": true, "heldout165": true, "heldout166": true, "heldout167": true, "heldout168": true,
	"heldout169": true, "heldout170": true, "heldout171": true, "heldout172": true, "heldout173": true, "heldout174": true,
	"heldout175": true, "heldout176": true,
	"heldout177": true, "heldout178": true, "heldout179": true, "heldout180": true, "heldout181": true, "heldout182": true,
	"heldout183": true, "heldout184": true, "heldout185": true, "heldout186": true, "heldout187": true, "heldout188": true,
	"heldout189": true, "heldout190": true,
	"heldout191": true, "heldout192": true, "heldout193": true, "heldout194": true, "heldout195": true, "heldout196": true,
	"heldout197": true, "heldout198": true, "heldout199": true, "heldout200": true,
	"heldout201": true, "heldout202": true, "heldout203": true, "heldout204": true, "heldout205": true, "heldout206": true,
	"heldout207": true, "heldout208": true, "heldout209": true, "heldout210": true,
	"heldout211": true, "heldout212": true, "heldout213": true, "heldout214": true, "heldout215": true, "heldout216": true,
	"heldout217": true, "heldout218": true, "heldout219": true, "heldout220": true,
	"heldout221": true, "heldout222": true, "heldout223": true, "heldout224": true, "heldout225": true, "heldout226": true,
	"heldout227": true, "heldout228": true, "heldout229": true, "heldout230": true, "heldout231": true, "heldout232": true,
	"heldout233": true, "heldout234": true, "heldout235": true, "heldout236": true, "heldout237": true, "heldout238": true,
	"heldout239": true, "heldout240": true, "heldout241": true, "heldout242": true, "heldout243": true, "heldout244": true,
	"heldout245": true, "heldout246": true, "heldout247": true, "heldout248": true, "heldout249": true, "heldout250": true,
	"heldout251": true, "heldout252": true, "heldout253": true, "heldout254": true, "heldout255": true, "heldout256": true,
	"heldout257": true, "heldout258": true, "heldout259": true, "heldout260": true, "heldout261": true, "heldout262": true,
	"heldout263": true, "heldout264": true, "heldout265": true, "heldout266": true, "heldout267": true, "heldout268": true,
	"heldout269": true, "heldout270": true, "heldout271": true, "heldout272": true, "heldout273": true, "heldout274": true,
	"heldout275": true, "heldout276": true, "heldout277": true, "heldout278": true, "heldout279": true, "heldout280": true,
	"heldout281": true, "heldout282": true, "heldout283": true, "heldout284": true, "heldout285": true, "heldout286": true,
	"heldout287": true, "heldout288": true, "heldout289": true, "heldout290": true, "heldout291": true, "heldout292": true,
	"heldout293": true, "heldout294": true, "heldout295": true, "heldout296": true, "heldout297": true, "heldout298": true,
	"heldout299": true, "heldout300": true, "heldout301": true, "heldout302": true, "heldout303": true,
	"heldout304": true, "heldout305": true, "heldout306": true, "heldout307": true, "heldout308": true, "heldout309": true,
	"heldout310": true, "heldout311": true, "heldout312": true, "heldout313": true, "heldout314": true, "heldout315": true,
	"heldout316": true, "heldout317": true, "heldout318": true, "heldout319": true,
	"heldout320": true, "heldout321": true, "heldout322": true, "heldout323": true, "heldout324": true, "heldout325": true, "heldout326": true, "heldout327": true,
	"heldout328": true, "heldout329": true, "heldout330": true, "heldout331": true, "heldout332": true, "heldout333": true,
	"heldout334": true, "heldout335": true, "heldout336": true, "heldout337": true, "heldout338": true, "heldout339": true, "heldout340": true,
	"heldout341": true, "heldout342": true, "heldout343": true, "heldout344": true, "heldout345": true, "heldout346": true, "heldout347": true,
	"heldout348": true, "heldout349": true, "heldout350": true, "heldout351": true, "heldout352": true, "heldout353": true, "heldout354": true,
	"heldout355": true, "heldout356": true, "heldout357": true, "heldout358": true, "heldout359": true, "heldout360": true, "heldout361": true,
	"heldout362": true, "heldout363": true, "heldout364": true, "heldout365": true, "heldout366": true, "heldout367": true, "heldout368": true,
	"heldout369": true, "heldout370": true, "heldout371": true, "heldout372": true, "heldout373": true, "heldout374": true, "heldout375": true,
	"heldout376": true, "heldout377": true, "heldout378": true, "heldout379": true, "heldout380": true, "heldout381": true, "heldout382": true,
}

// LoadEvalNotes loads the evaluation notes under dir (the repository's
// index/testdata/eval): the multi-document set's, then each other set of
// dir (a directory with a docs directory) but the HeldOut ones; see
// loadEvalSet.
func LoadEvalNotes(ctx context.Context, dir string) ([]Notes, error) {
	multi, err := loadEvalSet(ctx, dir, "multi")
	if err != nil {
		return nil, err
	}
	notes := []Notes{multi}
	subdirs, err := filepath.Glob(filepath.Join(dir, "*", "docs"))
	if err != nil {
		return nil, err
	}
	for _, d := range subdirs {
		name := filepath.Base(filepath.Dir(d))
		if name == "multi" || HeldOut[name] {
			continue
		}
		n, err := loadEvalSet(ctx, dir, name)
		if err != nil {
			return nil, err
		}
		notes = append(notes, n)
	}
	return notes, nil
}

// loadEvalSet loads the evaluation set dir/name, named so: its documents
// and questions; the multi-document set's with the embedded seed and the
// seed's questions, in dir itself. A document left out is an error; a
// warning is not (a set may hold notes as carelessly made as students make
// them).
func loadEvalSet(ctx context.Context, dir, name string) (Notes, error) {
	multi := name == "multi"
	c, rep, err := corpus.Load(ctx, corpus.Options{Paths: []string{filepath.Join(dir, name, "docs")}, Seed: multi})
	if err == nil && len(rep.Problems) > 0 {
		err = rep.Problems
	}
	if err != nil {
		return Notes{}, fmt.Errorf("%s: %w", name, err)
	}
	qdirs := []string{filepath.Join(dir, name)}
	if multi {
		qdirs = append([]string{dir}, qdirs...)
	}
	sets, err := ReadQuestionSets(qdirs...)
	return Notes{Name: name, Corpus: c, Sets: sets}, err
}

// Searcher is what Evaluate asks.
type Searcher interface {
	Search(ctx context.Context, question string, n int) (corpus.Answer, error)
}

// Report holds the figures of an evaluation.
type Report struct {
	InScope, OutOfScope  int
	Hit1, Hit3, Section1 float64 // shares of in-scope questions
	InScopeAbstained     float64 // share of in-scope questions not answered
	Abstained            float64 // share of out-of-scope questions not answered
	Misses               []Miss
}

// Miss is a question scored wrong, for reading.
type Miss struct {
	Question string
	Why      string
	Got      string // the citation answered, if any
}

// Outcome is how one question was answered.
type Outcome struct {
	Question   EvalQuestion
	Document   string // the ID of the document whose passage holds an accepted answer; "" when none does
	Notes      string // the name of the Notes asked, in a cross-validation
	Answered   bool
	Confidence float64
	Rank       int    // 1-based rank of the first result with an accepted answer among the top 3; 0 when none
	Section    bool   // the rank-1 result holds an accepted answer in the right section
	Got        string // the citation of the rank-1 result, if any
}

// outcome asks s the question and scores the answer as the evaluation
// README says: a result is a hit when its normalised text contains an
// accepted string; its section is right when its citation contains the
// section (any of a list).
func outcome(ctx context.Context, s Searcher, q EvalQuestion) (Outcome, error) {
	ans, err := s.Search(ctx, q.Q, 3)
	if err != nil {
		return Outcome{}, fmt.Errorf("%q: %w", q.Q, err)
	}
	o := Outcome{Question: q, Answered: ans.Answered, Confidence: ans.Confidence}
	if len(ans.Results) > 0 {
		o.Got = ans.Results[0].Citation()
	}
	if !q.InScope() {
		return o, nil
	}
	for i, res := range ans.Results[:min(3, len(ans.Results))] {
		if accepts(res.Text, q.Accept) {
			o.Rank = i + 1
			o.Section = i == 0 && sectionRight(res.Citation(), q.Section)
			break
		}
	}
	return o, nil
}

// Evaluate asks every question and scores the answers: the rank-1 passage
// of an answered question is a hit when its text holds an accepted string;
// out-of-scope questions must be abstained on.
func Evaluate(ctx context.Context, s Searcher, qs []EvalQuestion) (Report, error) {
	os := make([]Outcome, 0, len(qs))
	for _, q := range qs {
		o, err := outcome(ctx, s, q)
		if err != nil {
			return Report{}, err
		}
		os = append(os, o)
	}
	return Summarize(os), nil
}

// Outcomes asks every question of qs and scores each answer; see Evaluate.
func (ix *Index) Outcomes(ctx context.Context, qs []EvalQuestion) ([]Outcome, error) {
	os := make([]Outcome, 0, len(qs))
	for _, q := range qs {
		o, err := outcome(ctx, ix, q)
		if err != nil {
			return nil, err
		}
		o.Document = ix.answeringDocument(q)
		os = append(os, o)
	}
	return os, nil
}

// DocumentReport is the figures of the questions one document answers.
type DocumentReport struct {
	Document string // the document's ID; "" for questions no document answers
	Report
}

// ByDocument summarises outcomes per document that answers them, in the
// order the documents first appear; questions no document answers come
// last.
func ByDocument(os []Outcome) []DocumentReport {
	var order []string
	groups := map[string][]Outcome{}
	for _, o := range os {
		if _, ok := groups[o.Document]; !ok && o.Document != "" {
			order = append(order, o.Document)
		}
		groups[o.Document] = append(groups[o.Document], o)
	}
	if len(groups[""]) > 0 {
		order = append(order, "")
	}
	out := make([]DocumentReport, 0, len(order))
	for _, d := range order {
		out = append(out, DocumentReport{Document: d, Report: Summarize(groups[d])})
	}
	return out
}

// Summarize turns outcomes into figures.
func Summarize(os []Outcome) Report {
	var r Report
	var hit1, hit3, sec1, inAbst, outAbst int
	for _, o := range os {
		q := o.Question
		if !q.InScope() {
			r.OutOfScope++
			if !o.Answered {
				outAbst++
			} else {
				r.Misses = append(r.Misses, Miss{q.Q, "answered an out-of-scope question", o.Got})
			}
			continue
		}
		r.InScope++
		switch {
		case !o.Answered:
			inAbst++
			r.Misses = append(r.Misses, Miss{q.Q, "abstained", o.Got})
		case o.Rank == 0:
			r.Misses = append(r.Misses, Miss{q.Q, "no hit in the top 3", o.Got})
		case o.Rank > 1:
			hit3++
			r.Misses = append(r.Misses, Miss{q.Q, fmt.Sprintf("hit at rank %d", o.Rank), o.Got})
		default:
			hit1++
			hit3++
			if o.Section {
				sec1++
			} else {
				r.Misses = append(r.Misses, Miss{q.Q, "wrong section", o.Got})
			}
		}
	}
	share := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	r.Hit1, r.Hit3, r.Section1 = share(hit1, r.InScope), share(hit3, r.InScope), share(sec1, r.InScope)
	r.InScopeAbstained, r.Abstained = share(inAbst, r.InScope), share(outAbst, r.OutOfScope)
	return r
}

func accepts(text string, accept []string) bool {
	t := normEval(text)
	for _, a := range accept {
		if strings.Contains(t, normEval(a)) {
			return true
		}
	}
	return false
}

func sectionRight(citation string, secs []string) bool {
	c := strings.ToLower(citation)
	for _, s := range secs {
		s = strings.ToLower(s)
		if spaced := strings.ReplaceAll(s, "_", " "); strings.Contains(c, spaced) { // an Anki tag's "01_Basics", cited "01 Basics"
			return true
		}
		if strings.Contains(c, s) || strings.Contains(c, headingNumberRE.ReplaceAllString(s, "")) || strings.HasSuffix(c, " "+playerClock(s)) {
			return true
		}
	}
	return false
}

// playerClock writes a caption's timing ("00:02:57.239") as a player
// shows it, as citations do ("2:57"); other names as they are.
func playerClock(s string) string {
	m := timingRE.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	h, _ := strconv.Atoi(m[1])
	mins, _ := strconv.Atoi(m[2])
	sec, _ := strconv.Atoi(m[3])
	return corpus.Clock(h*3600 + mins*60 + sec)
}

var timingRE = regexp.MustCompile(`^(?:(\d{1,2}):)?(\d{2}):(\d{2})(?:[.,]\d{1,3})?$`)

// headingNumberRE matches the number a section's heading starts with
// ("6. ", "2) "), which citations leave out.
var headingNumberRE = regexp.MustCompile(`^\d{1,2}[.)] `)

var evalReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "*", "", "_", "", "`", "")

func normEval(s string) string {
	return strings.Join(strings.Fields(evalReplacer.Replace(strings.ToLower(s))), " ")
}
