package trello

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// exported is a board as Trello exports it: settings, labels and members
// around the lists, cards out of their order, an archived card, a
// checklist, comments newest first and an action that is no comment.
const exported = `{"id":"6650a1b2c3d4e5f6a7b8c9d0","name":"Polity - Fundamental Rights","desc":"Revision board for Part III.","descData":{"emoji":{}},"closed":false,"idOrganization":null,"pinned":false,"url":"https://trello.com/b/AbC123xY/polity","shortUrl":"https://trello.com/b/AbC123xY","prefs":{"permissionLevel":"private","background":"blue","cardCovers":true},"labelNames":{"green":"Prelims","yellow":"Mains","orange":"","red":"PYQ","purple":"","blue":""},
"actions":[
 {"id":"a3","idMemberCreator":"m1","data":{"text":"Also revise Puttaswamy (2017).","card":{"id":"c2","name":"Article 21","idShort":2,"shortLink":"Xy12"},"board":{"id":"6650a1b2c3d4e5f6a7b8c9d0"},"list":{"id":"l1"}},"type":"commentCard","date":"2025-03-15T10:00:00.000Z","memberCreator":{"id":"m1","fullName":"Asha Rao","username":"asharao"}},
 {"id":"a2","idMemberCreator":"m1","data":{"card":{"id":"c2"},"listAfter":{"id":"l1"}},"type":"updateCard","date":"2025-03-14T10:00:00.000Z"},
 {"id":"a1","idMemberCreator":"m2","data":{"text":"Maneka Gandhi (1978) widened it.","card":{"id":"c2"}},"type":"commentCard","date":"2025-03-13T10:00:00.000Z"}],
"cards":[
 {"id":"c2","badges":{"comments":2,"checkItems":2},"closed":false,"desc":"Protection of life and personal liberty.\n\n## Cases\n- A.K. Gopalan (1950)","idBoard":"6650a1b2c3d4e5f6a7b8c9d0","idChecklists":["k1"],"idLabels":["lb1"],"idList":"l1","idShort":2,"labels":[{"id":"lb1","name":"Mains","color":"yellow"}],"name":"Article 21","pos":32768,"shortLink":"Xy12"},
 {"id":"c1","closed":false,"desc":"Equality before the law and equal protection of the laws.","idList":"l1","name":"Article 14","pos":16384},
 {"id":"c3","closed":true,"desc":"An old card.","idList":"l1","name":"Draft","pos":65536},
 {"id":"c4","closed":false,"desc":"","idList":"l2","name":"Revise Article 32 with the PYQs","pos":1}],
"checklists":[{"id":"k1","name":"Revise","idBoard":"6650a1b2c3d4e5f6a7b8c9d0","idCard":"c2","pos":16384,"checkItems":[{"id":"i2","name":"Privacy judgment","state":"incomplete","pos":33000},{"id":"i1","name":"Due process","state":"complete","pos":17000}]}],
"lists":[{"id":"l2","name":"To do","closed":false,"pos":65535},{"id":"l1","name":"Done","closed":false,"pos":1024},{"id":"l3","name":"Old","closed":true,"pos":5}],
"members":[{"id":"m1","fullName":"Asha Rao"}],"labels":[{"id":"lb1","name":"Mains","color":"yellow"}],"customFields":[],"pluginData":[]}`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(exported)); f != "Trello board" {
		t.Errorf("FormatOf = %q, want Trello board", f)
	}
	_, got := corpustest.Placed(t, "board.json", []byte(exported))
	want := []string{
		"Polity - Fundamental Rights › Definition: Revision board for Part III. (card 0)",
		"Polity - Fundamental Rights › Done › Article 14: Equality before the law and equal protection of the laws. (card 1)",
		"Polity - Fundamental Rights › Done › Article 21: Protection of life and personal liberty. (card 2)",
		"Polity - Fundamental Rights › Done › Article 21 › Cases: A.K. Gopalan (1950) (card 2)",
		"Polity - Fundamental Rights › Done › Article 21 › Revise: - Due process\n- Privacy judgment (card 2)",
		"Polity - Fundamental Rights › Done › Article 21 › Comments › 1: Maneka Gandhi (1978) widened it. (card 2)",
		"Polity - Fundamental Rights › Done › Article 21 › Comments › 2: Also revise Puttaswamy (2017). (card 2)",
		"Polity - Fundamental Rights › To do: Revise Article 32 with the PYQs (card 3)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDamaged(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"cut short": {exported[:200], "damaged Trello board: unexpected end of JSON input"},
		"no cards":  {`{"name":"Empty","lists":[],"cards":[],"checklists":[],"labelNames":{}}`, "the board has no cards"},
	} {
		if _, err := Convert([]byte(c.data)); err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}
