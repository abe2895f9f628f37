package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/store"
)

// NotesStore is the notes' part of a backend.
type NotesStore interface {
	NotesCatalog(ctx context.Context, guild string) (*store.NotesCatalog, error)
	NotesContents(ctx context.Context, guild string) (*store.NotesCatalog, error)
	NotesDocument(ctx context.Context, guild, id string) (*store.NotesDocument, error)
	PutNotesDocument(ctx context.Context, doc *store.NotesDocument, check func(*store.NotesCatalog) error) (*store.NotesCatalog, error)
	RemoveNotesDocument(ctx context.Context, guild, id string) (*store.NotesCatalog, error)
	UpdateNotesSettings(ctx context.Context, guild string, set store.NotesSettings) (*store.NotesCatalog, error)
	NotesChanges(ctx context.Context, after int64) ([]store.NotesVersion, error)
}

// NotesDoc returns a document of guild with every field set, its file
// made of text (with a NUL byte and invalid UTF-8, which must survive) and
// its time in a zone other than UTC, to the nanosecond.
func NotesDoc(guild, id, text string) *store.NotesDocument {
	data := []byte("# " + text + "\n\x00\xff" + text)
	sum := sha256.Sum256(data)
	return &store.NotesDocument{
		Guild: guild, ID: id, Title: text, Name: id + ".md", Format: "markdown", Size: int64(len(data)), Passages: len(text),
		AddedBy: "1001", AddedByName: "asha", AddedAt: time.Date(2026, 5, 1, 9, 0, 0, 123456789, time.FixedZone("IST", 5*3600+1800)),
		SHA256: hex.EncodeToString(sum[:]), Data: data,
	}
}

// sameDoc reports whether two documents are the same, times as instants
// to the microsecond.
func sameDoc(a, b store.NotesDocument) bool {
	ta, tb := a.AddedAt.Truncate(time.Microsecond), b.AddedAt.Truncate(time.Microsecond)
	a.AddedAt, b.AddedAt = time.Time{}, time.Time{}
	return ta.Equal(tb) && bytes.Equal(a.Data, b.Data) && reflect.DeepEqual(withoutData(a), withoutData(b))
}

func withoutData(d store.NotesDocument) store.NotesDocument {
	d.Data = nil
	return d
}

func put(t *testing.T, s Store, d *store.NotesDocument) *store.NotesCatalog {
	t.Helper()
	c, err := s.PutNotesDocument(t.Context(), d, nil)
	if err != nil {
		t.Fatalf("PutNotesDocument(%s/%s): %v", d.Guild, d.ID, err)
	}
	return c
}

func catalogOf(t *testing.T, s Store, guild string) *store.NotesCatalog {
	t.Helper()
	c, err := s.NotesCatalog(t.Context(), guild)
	if err != nil {
		t.Fatalf("NotesCatalog(%s): %v", guild, err)
	}
	return c
}

func ids(c *store.NotesCatalog) []string {
	var out []string
	for _, d := range c.Documents {
		out = append(out, d.ID)
	}
	return out
}

func testNotesEmpty(t *testing.T, s Store) {
	ctx := t.Context()
	c := catalogOf(t, s, "300")
	if c.Guild != "300" || c.Seq != 0 || !c.IncludeShared || len(c.Documents) != 0 {
		t.Errorf("NotesCatalog of a server without notes = %+v, want no documents, Seq 0, shared included", c)
	}
	if _, err := s.NotesDocument(ctx, "300", "x"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("NotesDocument(missing) = %v, want ErrNotFound", err)
	}
	if _, err := s.RemoveNotesDocument(ctx, "300", "x"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveNotesDocument(missing) = %v, want ErrNotFound", err)
	}
	if vs, err := s.NotesChanges(ctx, 0); err != nil || len(vs) != 0 {
		t.Errorf("NotesChanges(0) = %v, %v; want none", vs, err)
	}
}

func testNotesRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	b := NotesDoc("300", "b-doc", "Bravo")
	a := NotesDoc("300", "a-doc", "Alpha")
	put(t, s, b)
	c := put(t, s, a)
	if got := ids(c); !slices.Equal(got, []string{"a-doc", "b-doc"}) || c.Seq == 0 {
		t.Errorf("PutNotesDocument returned %v (Seq %d), want [a-doc b-doc] and a change number", got, c.Seq)
	}
	for _, d := range c.Documents {
		if d.Data != nil {
			t.Errorf("PutNotesDocument's catalog holds the file of %s", d.ID)
		}
	}
	c = catalogOf(t, s, "300")
	if got := ids(c); !slices.Equal(got, []string{"a-doc", "b-doc"}) {
		t.Fatalf("NotesCatalog = %v, want [a-doc b-doc]", got)
	}
	for i, want := range []*store.NotesDocument{a, b} {
		meta := *want
		meta.Data = nil
		if !sameDoc(c.Documents[i], meta) {
			t.Errorf("NotesCatalog document %d =\n%+v\nwant\n%+v", i, c.Documents[i], meta)
		}
	}
	if got, err := s.NotesDocument(ctx, "300", "b-doc"); err != nil || !sameDoc(*got, *b) {
		t.Errorf("NotesDocument = %+v, %v\nwant %+v", got, err, b)
	}
	full, err := s.NotesContents(ctx, "300")
	if err != nil || len(full.Documents) != 2 || !sameDoc(full.Documents[0], *a) || !sameDoc(full.Documents[1], *b) || full.Seq != c.Seq {
		t.Errorf("NotesContents = %+v, %v; want both documents with their files", full, err)
	}
	if got := catalogOf(t, s, "301"); len(got.Documents) != 0 {
		t.Errorf("another server's catalog = %v, want empty", ids(got))
	}
	if c.Passages() != a.Passages+b.Passages || c.Bytes() != a.Size+b.Size {
		t.Errorf("Passages, Bytes = %d, %d", c.Passages(), c.Bytes())
	}
}

func testNotesReplace(t *testing.T, s Store) {
	ctx := t.Context()
	put(t, s, NotesDoc("300", "doc", "First"))
	second := NotesDoc("300", "doc", "Second version, longer")
	c := put(t, s, second)
	if len(c.Documents) != 1 || c.Documents[0].Title != "Second version, longer" {
		t.Errorf("after replacing: %+v", c.Documents)
	}
	if got, err := s.NotesDocument(ctx, "300", "doc"); err != nil || !sameDoc(*got, *second) {
		t.Errorf("NotesDocument after replacing = %+v, %v", got, err)
	}
}

func testNotesCheck(t *testing.T, s Store) {
	ctx := t.Context()
	before := put(t, s, NotesDoc("300", "doc", "First"))
	boom := errors.New("too many")
	var seen *store.NotesCatalog
	_, err := s.PutNotesDocument(ctx, NotesDoc("300", "doc", "Replacement"), func(c *store.NotesCatalog) error {
		seen = c
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("PutNotesDocument with a failing check = %v, want %v", err, boom)
	}
	if seen == nil || !slices.Equal(ids(seen), []string{"doc"}) {
		t.Errorf("check saw %+v, want the catalog with doc", seen)
	}
	if _, err := s.PutNotesDocument(ctx, NotesDoc("301", "new", "New"), func(*store.NotesCatalog) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("PutNotesDocument for a new server with a failing check = %v", err)
	}
	after := catalogOf(t, s, "300")
	if after.Seq != before.Seq || after.Documents[0].Title != "First" {
		t.Errorf("after a failed check: %+v (Seq %d), want unchanged (Seq %d)", after.Documents, after.Seq, before.Seq)
	}
	if got, err := s.NotesDocument(ctx, "300", "doc"); err != nil || got.Title != "First" {
		t.Errorf("NotesDocument after a failed check = %+v, %v", got, err)
	}
	if vs, err := s.NotesChanges(ctx, 0); err != nil || len(vs) != 1 || vs[0].Guild != "300" {
		t.Errorf("NotesChanges after a failed check = %+v, %v; want only server 300", vs, err)
	}
}

func testNotesRemove(t *testing.T, s Store) {
	ctx := t.Context()
	put(t, s, NotesDoc("300", "a", "A"))
	c1 := put(t, s, NotesDoc("300", "b", "B"))
	c2, err := s.RemoveNotesDocument(ctx, "300", "a")
	if err != nil || !slices.Equal(ids(c2), []string{"b"}) || c2.Seq <= c1.Seq {
		t.Fatalf("RemoveNotesDocument = %v, %v; want [b] with a later change number", c2, err)
	}
	if _, err := s.NotesDocument(ctx, "300", "a"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("NotesDocument(removed) = %v, want ErrNotFound", err)
	}
	if _, err := s.RemoveNotesDocument(ctx, "300", "b"); err != nil {
		t.Fatal(err)
	}
	c := catalogOf(t, s, "300")
	if len(c.Documents) != 0 || c.Seq == 0 {
		t.Errorf("after removing everything: %+v, want no documents and a change number", c)
	}
	vs, err := s.NotesChanges(ctx, c2.Seq)
	if err != nil || len(vs) != 1 || vs[0].Documents != 0 || vs[0].Seq != c.Seq {
		t.Errorf("NotesChanges after removing everything = %+v, %v; want server 300 with 0 documents", vs, err)
	}
}

func testNotesSettings(t *testing.T, s Store) {
	ctx := t.Context()
	c, err := s.UpdateNotesSettings(ctx, "300", store.NotesSettings{IncludeShared: false})
	if err != nil || c.IncludeShared || c.Seq == 0 {
		t.Fatalf("UpdateNotesSettings(off) = %+v, %v", c, err)
	}
	if c := catalogOf(t, s, "300"); c.IncludeShared {
		t.Error("IncludeShared still true after turning it off")
	}
	put(t, s, NotesDoc("300", "a", "A"))
	if c := catalogOf(t, s, "300"); c.IncludeShared {
		t.Error("adding a document turned IncludeShared back on")
	}
	if vs, _ := s.NotesChanges(ctx, 0); len(vs) != 1 || vs[0].IncludeShared || vs[0].Documents != 1 {
		t.Errorf("NotesChanges = %+v, want shared off and 1 document", vs)
	}
	if c, err := s.UpdateNotesSettings(ctx, "300", store.NotesSettings{IncludeShared: true}); err != nil || !c.IncludeShared || len(c.Documents) != 1 {
		t.Errorf("UpdateNotesSettings(on) = %+v, %v", c, err)
	}
}

// testNotesChanges: change numbers rise with every change, across servers,
// and NotesChanges lists each server once, at its last change.
func testNotesChanges(t *testing.T, s Store) {
	ctx := t.Context()
	var last int64
	for i, g := range []string{"300", "301", "300", "302"} {
		c := put(t, s, NotesDoc(g, fmt.Sprintf("d%d", i), "Doc"))
		if c.Seq <= last {
			t.Errorf("change %d: change number %d after %d", i, c.Seq, last)
		}
		last = c.Seq
	}
	all, err := s.NotesChanges(ctx, 0)
	if err != nil || len(all) != 3 {
		t.Fatalf("NotesChanges(0) = %+v, %v; want 3 servers", all, err)
	}
	var guilds []string
	for i, v := range all {
		guilds = append(guilds, v.Guild)
		if i > 0 && v.Seq <= all[i-1].Seq {
			t.Errorf("NotesChanges not in order of change: %+v", all)
		}
	}
	if !slices.Equal(guilds, []string{"301", "300", "302"}) || all[1].Documents != 2 {
		t.Errorf("NotesChanges(0) = %+v, want 301, 300 (2 documents), 302", all)
	}
	if vs, err := s.NotesChanges(ctx, all[1].Seq); err != nil || len(vs) != 1 || vs[0].Guild != "302" {
		t.Errorf("NotesChanges(after 300's) = %+v, %v; want only 302", vs, err)
	}
	if vs, err := s.NotesChanges(ctx, last); err != nil || len(vs) != 0 {
		t.Errorf("NotesChanges(last) = %+v, %v; want none", vs, err)
	}
}

// testNotesConcurrentLimits: a check sees every change committed before
// it, so a limit holds however many processes add documents at once.
func testNotesConcurrentLimits(t *testing.T, s Store) {
	const workers, limit = 8, 3
	var wg sync.WaitGroup
	added := make(chan string, workers)
	for w := range workers {
		wg.Go(func() {
			id := fmt.Sprintf("doc-%d", w)
			_, err := s.PutNotesDocument(t.Context(), NotesDoc("300", id, "Doc"), func(c *store.NotesCatalog) error {
				if len(c.Documents) >= limit {
					return errors.New("full")
				}
				return nil
			})
			if err == nil {
				added <- id
			}
		})
	}
	wg.Wait()
	close(added)
	n := 0
	for range added {
		n++
	}
	if c := catalogOf(t, s, "300"); n != limit || len(c.Documents) != limit {
		t.Errorf("%d concurrent adds under a limit of %d: %d succeeded, %d stored", workers, limit, n, len(c.Documents))
	}
}
