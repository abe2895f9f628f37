package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// EvalLineError is a line of an evaluation set that cannot be read. ReadEval
// returns every one it finds, joined (errors.Join); print each as
// "file:Line: Msg".
type EvalLineError struct {
	Line int
	Msg  string
}

func (e *EvalLineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// EvalLineErrors returns the EvalLineErrors in err, in order.
func EvalLineErrors(err error) []*EvalLineError {
	var out []*EvalLineError
	if le, ok := errors.AsType[*EvalLineError](err); ok {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				out = append(out, EvalLineErrors(e)...)
			}
			return out
		}
		return []*EvalLineError{le}
	}
	return nil
}

// evalFormat is how a line of an evaluation set is written.
const evalFormat = `write each line as {"q": "question", "accept": ["text of a right answer"], "section": "Key Points"}, or {"q": "question"} for one the notes do not answer`

// evalFieldWant says what each field of a line holds.
var evalFieldWant = map[string]string{
	"q":       `a string: the question`,
	"accept":  `a list of strings, such as ["2021"] or ["Trade and Technology Council", "TTC"]`,
	"section": `a string or a list of strings, such as "Key Points" or ["Key Points", "FAQ"]`,
}

// describeEvalJSON says what is wrong with a line json could not decode.
func describeEvalJSON(err error) string {
	var typ *json.UnmarshalTypeError
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" && typ.Type != nil && typ.Type.Kind() == reflect.Slice { // from sections.UnmarshalJSON
			field = "section"
		}
		if want, ok := evalFieldWant[field]; ok {
			return fmt.Sprintf("%q must be %s, not %s", field, want, article(typ.Value))
		}
		return fmt.Sprintf("this line must be a JSON object, not %s; %s", article(typ.Value), evalFormat)
	case errors.As(err, &syn):
		msg := strings.TrimPrefix(syn.Error(), "json: ")
		return fmt.Sprintf("not valid JSON at character %d (%s); %s", syn.Offset, msg, evalFormat)
	}
	return fmt.Sprintf("%v; %s", err, evalFormat)
}

// article puts "a" or "an" before a JSON type name.
func article(kind string) string {
	if kind == "" {
		return "that"
	}
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}
