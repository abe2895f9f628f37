package messenger

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// group is a chat as "Download your information" writes it: newest
// first, every string's UTF-8 bytes written as characters of their own
// (an emoji, a Hindi word), a photo, a call's notice, a reaction, an
// unsent message, a shared link.
const group = `{
  "participants": [{"name": "Asha Rao"}, {"name": "Ravi Kumar"}],
  "messages": [
    {"sender_name": "Asha Rao", "timestamp_ms": 1723198500000, "share": {"link": "https://example.org/a21", "share_text": "Article 21 explained"}, "is_geoblocked_for_viewer": false},
    {"sender_name": "Ravi Kumar", "timestamp_ms": 1723198440000, "content": "Ravi Kumar started a call.", "is_geoblocked_for_viewer": false},
    {"sender_name": "Asha Rao", "timestamp_ms": 1723198380000, "content": "Yes: Maneka Gandhi (1978) made the procedure fair, just and reasonable \u00f0\u009f\u0091\u008d", "reactions": [{"reaction": "\u00e2\u009d\u00a4", "actor": "Ravi Kumar"}], "is_geoblocked_for_viewer": false},
    {"sender_name": "Ravi Kumar", "timestamp_ms": 1723198320000, "content": "Which case widened Article 21? \u00e0\u00a4\u00ad\u00e0\u00a4\u00be\u00e0\u00a4\u0088", "is_geoblocked_for_viewer": false},
    {"sender_name": "Ravi Kumar", "timestamp_ms": 1723198300000, "photos": [{"uri": "messages/inbox/polity_123/photos/1.jpg"}], "is_geoblocked_for_viewer": false},
    {"sender_name": "Asha Rao", "timestamp_ms": 1723198200000, "content": "", "is_unsent": true, "is_geoblocked_for_viewer": false}
  ],
  "title": "Polity \u00f0\u009f\u0093\u009a group",
  "is_still_participant": true,
  "thread_path": "inbox/polity_123",
  "magic_words": [],
  "image": {"uri": "messages/photos/group.jpg"}
}`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(group)); f != "Messenger chat export" {
		t.Errorf("FormatOf = %q, want Messenger chat export", f)
	}
	c, err := Convert([]byte(group))
	if err != nil {
		t.Fatal(err)
	}
	want := "09/08/2024, 10:12 - Messenger created group \"Polity 📚 group\"\n" +
		"09/08/2024, 10:12 - Ravi Kumar: Which case widened Article 21? भाई\n" +
		"09/08/2024, 10:13 - Asha Rao: Yes: Maneka Gandhi (1978) made the procedure fair, just and reasonable 👍\n" +
		"09/08/2024, 10:15 - Asha Rao: Article 21 explained\n"
	if got := string(c.Text); got != want {
		t.Errorf("text\n%s\nwant\n%s", got, want)
	}
	_, placed := corpustest.Placed(t, "message_1.json", []byte(group))
	if !slices.ContainsFunc(placed, func(p string) bool { return strings.Contains(p, "Maneka Gandhi (1978)") }) {
		t.Errorf("no passage holds the answer: %q", placed)
	}
	for _, bad := range []struct{ data, want string }{
		{group[:300], "line 1: broken JSON (unexpected EOF): is the export complete?"},
		{`{"participants": [], "messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "A left the group."}]}`, "no messages with text in this Messenger export"},
	} {
		if _, err := Convert([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("error %v, want %q", err, bad.want)
		}
	}
}
