package googlechat

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// space is a threaded space as Takeout writes it: "=" and "'" escaped,
// the dates with a narrow space before AM, a reaction, a mention, an
// attachment, a deleted message, a bot's message, and two threads whose
// replies came in between each other's.
const space = `{
  "messages": [
    {"creator": {"name": "Asha Rao", "email": "asha@example.com", "user_type": "Human"},
     "created_date": "Saturday, August 10, 2024 at 9:02:11\u202fAM UTC",
     "text": "Thread 1: which case widened Article 21?", "topic_id": "t1", "message_id": "s/t1/t1"},
    {"creator": {"name": "Ravi Kumar", "email": "ravi@example.com", "user_type": "Human"},
     "created_date": "Saturday, August 10, 2024 at 9:05:40\u202fAM UTC",
     "text": "Thread 2: Article 32 \u003d right to constitutional remedies", "topic_id": "t2", "message_id": "s/t2/t2",
     "reactions": [{"emoji": {"unicode": "👍"}, "reactor_emails": ["asha@example.com"]}]},
    {"creator": {"name": "Meera Iyer", "email": "meera@example.com", "user_type": "Human"},
     "created_date": "Saturday, August 10, 2024 at 9:07:03\u202fAM UTC",
     "text": "@Asha Rao Maneka Gandhi (1978): procedure must be fair, just and reasonable", "topic_id": "t1", "message_id": "s/t1/m3",
     "annotations": [{"start_index": 0, "length": 9, "user_mention_metadata": {"user": {"name": "Asha Rao"}, "type": "MENTION"}}]},
    {"creator": {"name": "Ravi Kumar", "email": "ravi@example.com", "user_type": "Human"},
     "created_date": "Saturday, August 10, 2024 at 9:09:00\u202fAM UTC",
     "text": "", "topic_id": "t2", "message_id": "s/t2/m4", "attached_files": [{"original_name": "a32.pdf", "export_name": "File-a32.pdf"}]},
    {"creator": {"name": "Ravi Kumar", "email": "ravi@example.com", "user_type": "Human"},
     "created_date": "Saturday, August 10, 2024 at 9:10:00\u202fAM UTC",
     "text": "oops wrong thread", "topic_id": "t2", "message_id": "s/t2/m5", "deletion_metadata": {"deletion_type": "CREATOR"}},
    {"creator": {"name": "Polls", "user_type": "Bot"},
     "created_date": "Saturday, August 10, 2024 at 9:11:00\u202fAM UTC",
     "text": "Poll closed", "topic_id": "t2", "message_id": "s/t2/m6"},
    {"creator": {"name": "Asha Rao", "email": "asha@example.com", "user_type": "Human"},
     "created_date": "Sunday, 11 August 2024 at 07:30:00 UTC",
     "text": "Ambedkar called Article 32 the heart and soul of the Constitution", "topic_id": "t2", "message_id": "s/t2/m7"}
  ]
}`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(space)); f != "Google Chat export" {
		t.Errorf("FormatOf = %q, want Google Chat export", f)
	}
	c, err := Convert([]byte(space))
	if err != nil {
		t.Fatal(err)
	}
	want := "10/08/2024, 09:02 - Asha Rao: Thread 1: which case widened Article 21?\n" +
		"10/08/2024, 09:07 - Meera Iyer: @Asha Rao Maneka Gandhi (1978): procedure must be fair, just and reasonable\n" +
		"10/08/2024, 09:05 - Ravi Kumar: Thread 2: Article 32 = right to constitutional remedies\n" +
		"11/08/2024, 07:30 - Asha Rao: Ambedkar called Article 32 the heart and soul of the Constitution\n"
	if got := string(c.Text); got != want {
		t.Errorf("text\n%s\nwant\n%s", got, want)
	}
	if want := []int{1, 3, 2, 7}; !slices.Equal(c.Origin, want) || c.Unit != "message" || !c.TitledByName {
		t.Errorf("origin %v unit %q titled by name %v, want %v message true", c.Origin, c.Unit, c.TitledByName, want)
	}
	d, placed := corpustest.Placed(t, "Polity study group.json", []byte(space))
	if d.Title != "Polity study group" {
		t.Errorf("title %q", d.Title)
	}
	if !slices.ContainsFunc(placed, func(p string) bool { return strings.Contains(p, "fair, just and reasonable") }) {
		t.Errorf("no passage holds the answer: %q", placed)
	}
}

func TestBadExports(t *testing.T) {
	for _, bad := range []struct{ data, want string }{
		{space[:400], "line 1: broken JSON (unexpected EOF): is the export complete?"},
		{`{"messages": [{"creator": {"name": "A", "user_type": "Human"}, "created_date": "Saturday, August 10, 2024 at 9:02:11 AM UTC", "text": ""}]}`, "no messages with text in this Google Chat export"},
		{`{"messages": [{"creator": {"name": "A", "user_type": "Human"}, "created_date": "yesterday", "text": "hi"}]}`, `no message of this Google Chat export has a date that can be read (the first: "yesterday")`},
	} {
		if _, err := Convert([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("error %v, want %q", err, bad.want)
		}
	}
}
