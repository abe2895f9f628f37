package dayone_test

import (
	"testing"

	"github.com/conceptbot/conceptbot/corpus/chatgpt"
	"github.com/conceptbot/conceptbot/corpus/dayone"
	"github.com/conceptbot/conceptbot/corpus/discordexport"
	"github.com/conceptbot/conceptbot/corpus/hypothesis"
	"github.com/conceptbot/conceptbot/corpus/jupyter"
	"github.com/conceptbot/conceptbot/corpus/keep"
	"github.com/conceptbot/conceptbot/corpus/messenger"
	"github.com/conceptbot/conceptbot/corpus/simplenote"
	"github.com/conceptbot/conceptbot/corpus/slack"
	"github.com/conceptbot/conceptbot/corpus/standardnotes"
	"github.com/conceptbot/conceptbot/corpus/telegram"
	"github.com/conceptbot/conceptbot/corpus/trello"
)

// TestOtherFormats: no other reader of JSON takes a Day One journal for
// its own, and this one takes none of the files that look like it: jrnl's
// JSON export, a browser's HAR log of entries, a Standard Notes backup of
// an entry.
func TestOtherFormats(t *testing.T) {
	for name, is := range map[string]func([]byte) bool{
		"ChatGPT": chatgpt.IsExport, "Discord": discordexport.IsExport, "Hypothesis": hypothesis.IsExport,
		"Google Keep": keep.IsNote, "Jupyter": jupyter.IsNotebook, "Messenger": messenger.IsExport, "Simplenote": simplenote.IsExport,
		"Slack": slack.IsExport, "Standard Notes": standardnotes.IsBackup, "Telegram": telegram.IsExport, "Trello": trello.IsBoard,
	} {
		if is([]byte(journal)) {
			t.Errorf("the %s reader takes Journal.json for its own", name)
		}
	}
	for name, data := range map[string]string{
		"jrnl": `{"tags": {"@polity": 1}, "entries": [{"title": "Article 21.", "body": "Maneka Gandhi, 1978.", "date": "2024-03-12", "time": "09:00", ` +
			`"tags": ["@polity"], "starred": false}]}`,
		"HAR": `{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "entries": [{"startedDateTime": "2024-03-12T09:00:00.000+05:30", ` +
			`"request": {"method": "GET", "url": "https://example.org/"}}]}}`,
		"Standard Notes backup": `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "Journal.json", ` +
			`"text": "{\"metadata\": {\"version\": \"1.0\"}, \"entries\": [{\"uuid\": \"1\", \"creationDate\": \"2024-03-12T09:00:00Z\"}]}", "references": []}}]}`,
	} {
		if dayone.IsJournal([]byte(data)) {
			t.Errorf("IsJournal(%s) = true, want false", name)
		}
	}
}
