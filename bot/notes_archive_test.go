package bot

import (
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/internal/corpustest"
	"github.com/conceptbot/conceptbot/notes"
)

// TestNotesAddArchive: /notes add of a ZIP archive adds each document in
// it, says what it added, refused and left out, and answers from them.
func TestNotesAddArchive(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	archive := string(corpustest.Zip(t, "Notes/zorblax.md", zorblaxDoc, "Notes/quimby.md", quimbyDoc, "Notes/empty.md", "# \n", "Notes/map.png", "\x89PNG"))

	r := e.add(t, "1", "Notion export.zip", archive, false)
	got := shown(r)
	for _, want := range []string{
		"Added 2 from Notion export.zip to this server's notes:",
		"• **Quimby Doctrine** (quimby.md, 3 passages)",
		"• **Zorblax Treaty** (zorblax.md, 4 passages)",
		"Not added:\n• Notes/empty.md: can't be added as it is: line 1: empty document",
		"Left out 1 file that is not notes",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("/notes add of an archive = %s\nwant %q in it", got, want)
		}
	}
	if got := e.ask(t, "1", "who settles quasar disputes"); !strings.Contains(got, "Zorblax Treaty › Key Points › 2") {
		t.Errorf("/ask after adding the archive = %s", got)
	}

	r = e.add(t, "1", "Notion export.zip", archive, false)
	if got := shown(r); !strings.Contains(got, "Nothing in Notion export.zip was added.") || !strings.Contains(got, `Notes/zorblax.md: This server's notes already have "Zorblax Treaty"`) {
		t.Errorf("the same archive again = %s", got)
	}
	r = e.add(t, "1", "Notion export.zip", archive, true)
	if got := shown(r); !strings.Contains(got, "Added 2 from") || !strings.Contains(got, "replacing zorblax.md") {
		t.Errorf("the same archive with replace = %s", got)
	}
	r = e.add(t, "1", "broken.zip", archive[:50], false)
	if got := shown(r); !strings.Contains(got, "broken.zip has no document that can be added as it is:\n• cannot read this ZIP archive") {
		t.Errorf("a damaged archive = %s", got)
	}
}
