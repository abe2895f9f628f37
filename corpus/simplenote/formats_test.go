package simplenote_test

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

// TestOtherFormats: no other reader of JSON takes notes.json for its own,
// and this one takes none of the files that look like it: a note app's
// counts of its notes, a Standard Notes backup of notes imported from
// Simplenote, a Google Keep note about it.
func TestOtherFormats(t *testing.T) {
	for name, is := range map[string]func([]byte) bool{
		"ChatGPT": chatgpt.IsExport, "Day One": dayone.IsJournal, "Discord": discordexport.IsExport, "Hypothesis": hypothesis.IsExport,
		"Google Keep": keep.IsNote, "Jupyter": jupyter.IsNotebook, "Messenger": messenger.IsExport, "Slack": slack.IsExport,
		"Standard Notes": standardnotes.IsBackup, "Telegram": telegram.IsExport, "Trello": trello.IsBoard,
	} {
		if is([]byte(export)) {
			t.Errorf("the %s reader takes notes.json for its own", name)
		}
	}
	for name, data := range map[string]string{
		"counts": `{"totalNotes": 355, "activeNotes": 232, "trashedNotes": 123, "archivedNotes": 2}`,
		"Standard Notes backup": `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "notes.json", ` +
			`"text": "{\"activeNotes\": [{\"id\": \"1\", \"content\": \"Article 14\"}], \"trashedNotes\": []}", "references": []}}]}`,
		"Google Keep note": `{"color": "DEFAULT", "isTrashed": false, "isPinned": false, "isArchived": false, "textContent": "Export: activeNotes and trashedNotes",` +
			` "title": "Simplenote", "userEditedTimestampUsec": 1710230400000000, "createdTimestampUsec": 1710230400000000}`,
	} {
		if simplenote.IsExport([]byte(data)) {
			t.Errorf("IsExport(%s) = true, want false", name)
		}
	}
}
