package index

import (
	"strings"
	"testing"
)

func TestReadEvalSaysWhatIsWrong(t *testing.T) {
	in := strings.Join([]string{
		`{"q": "when was the TTC set up?", "accept": ["2021"], "section": "Historical Background"}`,
		`{"q": "when was the TTC set up?", "accept": "2021"}`,
		``,
		`{"q": "what is X", "accept": ["x"], "section": 3}`,
		`{"q": "unclosed", "accept": ["x"]`,
		`{"question": "what is X"}`,
		`["what is X"]`,
		`{"q": 7}`,
		`{"q": "out of scope"}`,
	}, "\n")
	qs, err := ReadEval(strings.NewReader(in))
	if qs != nil {
		t.Errorf("ReadEval returned %d questions with the errors, want none", len(qs))
	}
	want := []struct {
		line int
		msg  string
	}{
		{2, `"accept" must be a list of strings, such as ["2021"] or ["Trade and Technology Council", "TTC"], not a string`},
		{4, `"section" must be a string or a list of strings, such as "Key Points" or ["Key Points", "FAQ"], not a number`},
		{5, `not valid JSON at character 33 (unexpected end of JSON input); write each line as {"q": `},
		{6, `no question: "q" is missing or empty; write each line as`},
		{7, `this line must be a JSON object, not an array; write each line as`},
		{8, `"q" must be a string: the question, not a number`},
	}
	got := EvalLineErrors(err)
	if len(got) != len(want) {
		t.Fatalf("ReadEval errors = %v, want %d line errors", err, len(want))
	}
	for i, w := range want {
		if got[i].Line != w.line || !strings.HasPrefix(got[i].Msg, w.msg) {
			t.Errorf("error %d = line %d: %s, want line %d: %s…", i, got[i].Line, got[i].Msg, w.line, w.msg)
		}
	}
}
