package standardnotes_test

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

// TestOtherFormats: no other reader of JSON takes a Standard Notes backup,
// decrypted or not, for its own, and this one takes none of the files
// that look like it: a web API's list of items, a Day One journal of an
// entry about a backup.
func TestOtherFormats(t *testing.T) {
	for name, is := range map[string]func([]byte) bool{
		"ChatGPT": chatgpt.IsExport, "Day One": dayone.IsJournal, "Discord": discordexport.IsExport, "Hypothesis": hypothesis.IsExport,
		"Google Keep": keep.IsNote, "Jupyter": jupyter.IsNotebook, "Messenger": messenger.IsExport, "Simplenote": simplenote.IsExport,
		"Slack": slack.IsExport, "Telegram": telegram.IsExport, "Trello": trello.IsBoard,
	} {
		if is([]byte(backup)) || is([]byte(encrypted)) {
			t.Errorf("the %s reader takes a Standard Notes backup for its own", name)
		}
	}
	for name, data := range map[string]string{
		"API list": `{"kind": "youtube#playlistItemListResponse", "etag": "x", "items": [{"kind": "youtube#playlistItem", "id": "UExv", ` +
			`"snippet": {"title": "Fundamental Rights: Article 14 to 18", "content_type": "video"}}]}`,
		"Day One journal": `{"metadata": {"version": "1.0"}, "entries": [{"uuid": "1", "creationDate": "2024-03-12T09:00:00Z", ` +
			`"text": "Backed up Standard Notes: {\"items\": [{\"uuid\": \"n1\", \"content_type\": \"Note\"}]}"}]}`,
	} {
		if standardnotes.IsBackup([]byte(data)) {
			t.Errorf("IsBackup(%s) = true, want false", name)
		}
	}
}
