package all_test

import (
	"testing"

	"github.com/conceptbot/conceptbot/corpus/chatgpt"
	"github.com/conceptbot/conceptbot/corpus/dayone"
	"github.com/conceptbot/conceptbot/corpus/discordexport"
	"github.com/conceptbot/conceptbot/corpus/googlechat"
	"github.com/conceptbot/conceptbot/corpus/hypothesis"
	"github.com/conceptbot/conceptbot/corpus/jupyter"
	"github.com/conceptbot/conceptbot/corpus/keep"
	"github.com/conceptbot/conceptbot/corpus/messenger"
	"github.com/conceptbot/conceptbot/corpus/simplenote"
	"github.com/conceptbot/conceptbot/corpus/slack"
	"github.com/conceptbot/conceptbot/corpus/standardnotes"
	"github.com/conceptbot/conceptbot/corpus/telegram"
	"github.com/conceptbot/conceptbot/corpus/trello"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// jsonReaders tell apart the JSON files they read, by content: the names
// (notes.json, message_1.json, a day's .json) say little.
var jsonReaders = map[string]func([]byte) bool{
	"ChatGPT": chatgpt.IsExport, "Day One": dayone.IsJournal, "Discord": discordexport.IsExport,
	"Google Chat": googlechat.IsExport, "Hypothesis": hypothesis.IsExport, "Google Keep": keep.IsNote,
	"Jupyter": jupyter.IsNotebook, "Messenger": messenger.IsExport, "Simplenote": simplenote.IsExport,
	"Slack": slack.IsExport, "Standard Notes": standardnotes.IsBackup, "Telegram": telegram.IsExport, "Trello": trello.IsBoard,
}

// TestJSONReadersTellFilesApart: a note app's export is taken by its
// reader and no other, and files that look like one (a note about an
// export, an export of another app's notes, a log or an API's answer) by
// none of them, or only by the reader they are files of.
func TestJSONReadersTellFilesApart(t *testing.T) {
	for _, f := range []struct {
		name, reader string // reader is "" for none
		data         string
	}{
		{"Simplenote's notes.json", "Simplenote", corpustest.File("../simplenote/testdata/notes.json")},
		{"Day One's Journal.json", "Day One", corpustest.File("../dayone/testdata/Journal.json")},
		{"a Standard Notes backup", "Standard Notes", corpustest.File("../standardnotes/testdata/backup.txt")},
		{"an encrypted Standard Notes backup", "Standard Notes", corpustest.File("../standardnotes/testdata/encrypted.txt")},
		{"a note app's counts of its notes", "", `{"totalNotes": 355, "activeNotes": 232, "trashedNotes": 123, "archivedNotes": 2}`},
		{"a Standard Notes backup of Simplenote's notes", "Standard Notes", `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "notes.json", ` +
			`"text": "{\"activeNotes\": [{\"id\": \"1\", \"content\": \"Article 14\"}], \"trashedNotes\": []}", "references": []}}]}`},
		{"a Google Keep note about Simplenote", "Google Keep", `{"color": "DEFAULT", "isTrashed": false, "isPinned": false, "isArchived": false, "textContent": "Export: activeNotes and trashedNotes",` +
			` "title": "Simplenote", "userEditedTimestampUsec": 1710230400000000, "createdTimestampUsec": 1710230400000000}`},
		{"a web API's list of items", "", `{"kind": "youtube#playlistItemListResponse", "etag": "x", "items": [{"kind": "youtube#playlistItem", "id": "UExv", ` +
			`"snippet": {"title": "Fundamental Rights: Article 14 to 18", "content_type": "video"}}]}`},
		{"a Day One entry about a backup", "Day One", `{"metadata": {"version": "1.0"}, "entries": [{"uuid": "1", "creationDate": "2024-03-12T09:00:00Z", ` +
			`"text": "Backed up Standard Notes: {\"items\": [{\"uuid\": \"n1\", \"content_type\": \"Note\"}]}"}]}`},
		{"jrnl's JSON export", "", `{"tags": {"@polity": 1}, "entries": [{"title": "Article 21.", "body": "Maneka Gandhi, 1978.", "date": "2024-03-12", "time": "09:00", ` +
			`"tags": ["@polity"], "starred": false}]}`},
		{"a browser's HAR log", "", `{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "entries": [{"startedDateTime": "2024-03-12T09:00:00.000+05:30", ` +
			`"request": {"method": "GET", "url": "https://example.org/"}}]}}`},
		{"a Standard Notes backup of a Day One journal", "Standard Notes", `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "Journal.json", ` +
			`"text": "{\"metadata\": {\"version\": \"1.0\"}, \"entries\": [{\"uuid\": \"1\", \"creationDate\": \"2024-03-12T09:00:00Z\"}]}", "references": []}}]}`},
	} {
		for name, is := range jsonReaders {
			if got := is([]byte(f.data)); got != (name == f.reader) {
				t.Errorf("the %s reader takes %s: %v, want %v", name, f.name, got, !got)
			}
		}
	}
}
