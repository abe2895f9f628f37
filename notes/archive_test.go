package notes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
	"github.com/conceptbot/conceptbot/notes"
)

// TestAddArchive: each document of an archive is added on its own; one
// with a problem, one whose title the notes have and one over the
// server's limit are refused, saying why, and the others stay added. An
// archive with no document to add is refused.
func TestAddArchive(t *testing.T) {
	st := mustOpenStore(t)
	l := newLibrary(t, st, notes.Options{Limits: notes.Limits{Documents: 3, DocumentBytes: 4000, Passages: 50}})
	add(t, l, "100", "zorblax.md", zorblax, false)
	third := "# Third Notes\n\n## Key Points\n1. A point of the third notes.\n"
	fourth := "# Fourth Notes\n\n## Key Points\n1. A point of the fourth notes.\n"
	data := corpustest.Zip(t,
		"export/quimby.md", quimby,
		"export/zorblax.md", zorblax2,
		"export/empty.md", "# \n",
		"export/more/third.txt", third,
		"export/more/z-fourth.md", fourth,
		"export/pic.png", "\x89PNG",
	)
	res, err := l.AddArchive(t.Context(), "100", notes.Upload{Name: "export.zip", Data: data, By: "1001", ByName: "asha"})
	if err != nil {
		t.Fatal(err)
	}
	var added []string
	for _, a := range res.Added {
		added = append(added, a.Doc.Title+" "+a.Doc.File)
	}
	if want := []string{"Third Notes export.zip/export/more/third.txt", "Fourth Notes export.zip/export/more/z-fourth.md"}; !slices.Equal(added, want) {
		t.Errorf("added %q, want %q", added, want)
	}
	refused := map[string]notes.Code{}
	for _, r := range res.Refused {
		refused[r.File] = r.Err.Code
	}
	want := map[string]notes.Code{"export/empty.md": notes.EInvalid, "export/zorblax.md": notes.EConflict, "export/quimby.md": notes.ETooLarge}
	if len(refused) != len(want) {
		t.Errorf("refused %v, want %v", refused, want)
	}
	for f, code := range want {
		if refused[f] != code {
			t.Errorf("%s refused with %q, want %q", f, refused[f], code)
		}
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Path != "export/pic.png" {
		t.Errorf("skipped %+v, want the picture", res.Skipped)
	}
	c, err := l.Catalog(t.Context(), "100")
	if err != nil || len(c.Documents) != 3 {
		t.Fatalf("catalog: %v, %+v; want 3 documents", err, c)
	}
	if _, d, err := l.Document(t.Context(), "100", "third-notes"); err != nil || d.Title != "Third Notes" || !strings.Contains(d.Passages[0].Text, "third notes") {
		t.Errorf("the stored document reads as %v, %v", d, err)
	}

	for _, bad := range [][]byte{data[:40], corpustest.Zip(t, "pic.png", "\x89PNG"), corpustest.Zip(t, "empty.md", "# \n")} {
		if res, err := l.AddArchive(t.Context(), "200", notes.Upload{Name: "bad.zip", Data: bad}); res != nil || notes.ErrorOf(err).Code != notes.EInvalid {
			t.Errorf("a damaged or empty archive: %+v, %v; want it refused", res, err)
		}
	}

	// A Notion page's subpages are stored with it: the page, read again,
	// has them.
	notion := corpustest.Zip(t,
		"Lokpal 0123456789abcdef0123456789abcdef.md", "# Lokpal\n\nAn anti-corruption ombudsman.\n",
		"Lokpal 0123456789abcdef0123456789abcdef/Key Points 1111111111111111aaaaaaaaaaaaaaaa.md", "# Key Points\n\n1. The Lokpal has eight members.\n",
	)
	res, err = l.AddArchive(t.Context(), "300", notes.Upload{Name: "Export.zip", Data: notion})
	if err != nil || len(res.Added) != 1 {
		t.Fatalf("a Notion export: %+v, %v; want one document", res, err)
	}
	if _, d, err := l.Document(t.Context(), "300", "lokpal"); err != nil || !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool {
		return p.Citation() == "Lokpal › Key Points › 1"
	}) {
		t.Errorf("the stored Notion page reads as %+v, %v; want its subpage as a section", d, err)
	}
}
