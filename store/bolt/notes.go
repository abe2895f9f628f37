package bolt

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bbolt "go.etcd.io/bbolt"

	"github.com/conceptbot/conceptbot/store"
)

// The notes' layout: the top-level bucket "notes", whose sequence is the
// last change number given, holds three buckets. "guilds" maps a server ID
// to its notesGuild as JSON; "documents" maps server ID + "\x00" +
// document ID to its notesMeta as JSON; "files" maps the same keys to the
// original files. A change is one transaction: the document, its metadata
// and the server's record change together or not at all.
var (
	bucketNotes     = []byte("notes")
	bucketNotesGuil = []byte("guilds")
	bucketNotesDocs = []byte("documents")
	bucketNotesData = []byte("files")
)

// notesGuild is a server's record: its version and settings.
type notesGuild struct {
	Seq           int64 `json:"seq"`
	IncludeShared bool  `json:"include_shared"`
	Documents     int   `json:"documents"`
}

// notesMeta is a document's metadata.
type notesMeta struct {
	Title       string    `json:"title"`
	Name        string    `json:"name"`
	Format      string    `json:"format"`
	Size        int64     `json:"size"`
	Passages    int       `json:"passages"`
	AddedBy     string    `json:"added_by,omitempty"`
	AddedByName string    `json:"added_by_name,omitempty"`
	AddedAt     time.Time `json:"added_at"`
	SHA256      string    `json:"sha256"`
}

// createNotesBuckets makes the notes' buckets of a file that has none (a
// new file, or one written before notes existed).
func createNotesBuckets(tx *bbolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketNotes)
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketNotesGuil, bucketNotesDocs, bucketNotesData} {
		if _, err := b.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

// notesBuckets returns the notes' buckets; nil ones in a file opened
// read-only that has none.
func notesBuckets(tx *bbolt.Tx) (root, guilds, docs, files *bbolt.Bucket) {
	root = tx.Bucket(bucketNotes)
	if root == nil {
		return nil, nil, nil, nil
	}
	return root, root.Bucket(bucketNotesGuil), root.Bucket(bucketNotesDocs), root.Bucket(bucketNotesData)
}

func docKey(guild, id string) []byte { return []byte(guild + "\x00" + id) }

// NotesCatalog returns a server's notes without the files: a catalog with
// no documents and the shared notes included when it has none.
func (s *Store) NotesCatalog(ctx context.Context, guild string) (*store.NotesCatalog, error) {
	var c *store.NotesCatalog
	err := s.view(ctx, func(tx *bbolt.Tx) (err error) {
		c, err = catalog(tx, guild, false)
		return err
	})
	return c, err
}

// NotesContents returns a server's notes with every file, as of one
// moment.
func (s *Store) NotesContents(ctx context.Context, guild string) (*store.NotesCatalog, error) {
	var c *store.NotesCatalog
	err := s.view(ctx, func(tx *bbolt.Tx) (err error) {
		c, err = catalog(tx, guild, true)
		return err
	})
	return c, err
}

// NotesDocument returns one document with its file, or an error wrapping
// store.ErrNotFound.
func (s *Store) NotesDocument(ctx context.Context, guild, id string) (*store.NotesDocument, error) {
	var d *store.NotesDocument
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		_, _, docs, files := notesBuckets(tx)
		if docs == nil {
			return nil
		}
		k := docKey(guild, id)
		raw := docs.Get(k)
		if raw == nil {
			return nil
		}
		doc, err := decodeMeta(guild, id, raw)
		if err != nil {
			return err
		}
		doc.Data = bytes.Clone(files.Get(k))
		d = &doc
		return nil
	})
	if err == nil && d == nil {
		err = fmt.Errorf("document %s of guild %s: %w", id, guild, store.ErrNotFound)
	}
	return d, err
}

// PutNotesDocument adds doc to its server's notes, or replaces the document
// with its ID, in one transaction: check is called with the catalog as it
// is (without files) and, when it returns an error, nothing is written and
// the error is returned. It returns the catalog written.
func (s *Store) PutNotesDocument(ctx context.Context, doc *store.NotesDocument, check func(*store.NotesCatalog) error) (*store.NotesCatalog, error) {
	if doc.Guild == "" || doc.ID == "" {
		return nil, errors.New("put notes document: no guild or document ID")
	}
	var out *store.NotesCatalog
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		c, err := catalog(tx, doc.Guild, false)
		if err != nil {
			return err
		}
		if check != nil {
			if err := check(c); err != nil {
				return err
			}
		}
		root, _, docs, files := notesBuckets(tx)
		meta := notesMeta{Title: doc.Title, Name: doc.Name, Format: doc.Format, Size: doc.Size, Passages: doc.Passages,
			AddedBy: doc.AddedBy, AddedByName: doc.AddedByName, AddedAt: doc.AddedAt.Truncate(time.Microsecond), SHA256: doc.SHA256}
		raw, err := json.Marshal(meta)
		if err != nil {
			return err
		}
		k := docKey(doc.Guild, doc.ID)
		if err := docs.Put(k, raw); err != nil {
			return err
		}
		if err := files.Put(k, doc.Data); err != nil {
			return err
		}
		kept := *doc
		kept.AddedAt, kept.Data = meta.AddedAt, nil
		if i, found := slices.BinarySearchFunc(c.Documents, doc.ID, compareID); found {
			c.Documents[i] = kept
		} else {
			c.Documents = slices.Insert(c.Documents, i, kept)
		}
		out = c
		return bump(root, c)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RemoveNotesDocument removes a document from its server's notes and
// returns the catalog left, or an error wrapping store.ErrNotFound.
func (s *Store) RemoveNotesDocument(ctx context.Context, guild, id string) (*store.NotesCatalog, error) {
	var out *store.NotesCatalog
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		c, err := catalog(tx, guild, false)
		if err != nil {
			return err
		}
		i, found := slices.BinarySearchFunc(c.Documents, id, compareID)
		if !found {
			return fmt.Errorf("document %s of guild %s: %w", id, guild, store.ErrNotFound)
		}
		root, _, docs, files := notesBuckets(tx)
		k := docKey(guild, id)
		if err := docs.Delete(k); err != nil {
			return err
		}
		if err := files.Delete(k); err != nil {
			return err
		}
		c.Documents = slices.Delete(c.Documents, i, i+1)
		out = c
		return bump(root, c)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// UpdateNotesSettings sets a server's settings and returns its catalog.
func (s *Store) UpdateNotesSettings(ctx context.Context, guild string, set store.NotesSettings) (*store.NotesCatalog, error) {
	if guild == "" {
		return nil, errors.New("update notes settings: no guild ID")
	}
	var out *store.NotesCatalog
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		c, err := catalog(tx, guild, false)
		if err != nil {
			return err
		}
		c.NotesSettings = set
		out = c
		root, _, _, _ := notesBuckets(tx)
		return bump(root, c)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// NotesChanges returns the versions of the servers whose last change is
// numbered after after, in the order of their change numbers.
func (s *Store) NotesChanges(ctx context.Context, after int64) ([]store.NotesVersion, error) {
	var out []store.NotesVersion
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		_, guilds, _, _ := notesBuckets(tx)
		if guilds == nil {
			return nil
		}
		return guilds.ForEach(func(k, v []byte) error {
			g, err := decodeGuild(k, v)
			if err != nil {
				return err
			}
			if g.Seq > after {
				out = append(out, store.NotesVersion{Guild: string(k), Seq: g.Seq, Documents: g.Documents, IncludeShared: g.IncludeShared})
			}
			return nil
		})
	})
	slices.SortFunc(out, func(a, b store.NotesVersion) int { return cmp.Compare(a.Seq, b.Seq) })
	return out, err
}

// bump gives c the next change number and writes its server's record.
func bump(root *bbolt.Bucket, c *store.NotesCatalog) error {
	seq, err := root.NextSequence()
	if err != nil {
		return err
	}
	c.Seq = int64(seq)
	raw, err := json.Marshal(notesGuild{Seq: c.Seq, IncludeShared: c.IncludeShared, Documents: len(c.Documents)})
	if err != nil {
		return err
	}
	return root.Bucket(bucketNotesGuil).Put([]byte(c.Guild), raw)
}

// catalog reads a server's catalog, with the files when withData.
func catalog(tx *bbolt.Tx, guild string, withData bool) (*store.NotesCatalog, error) {
	c := store.NewNotesCatalog(guild)
	_, guilds, docs, files := notesBuckets(tx)
	if guilds == nil {
		return c, nil
	}
	if raw := guilds.Get([]byte(guild)); raw != nil {
		g, err := decodeGuild([]byte(guild), raw)
		if err != nil {
			return nil, err
		}
		c.Seq, c.IncludeShared = g.Seq, g.IncludeShared
	}
	prefix := docKey(guild, "")
	cur := docs.Cursor()
	for k, v := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = cur.Next() {
		d, err := decodeMeta(guild, string(k[len(prefix):]), v)
		if err != nil {
			return nil, err
		}
		if withData {
			d.Data = bytes.Clone(files.Get(k))
		}
		c.Documents = append(c.Documents, d)
	}
	return c, nil
}

func compareID(d store.NotesDocument, id string) int {
	switch {
	case d.ID < id:
		return -1
	case d.ID > id:
		return 1
	}
	return 0
}

func decodeGuild(k, v []byte) (notesGuild, error) {
	var g notesGuild
	if err := json.Unmarshal(v, &g); err != nil {
		return g, fmt.Errorf("decode notes of guild %s: %w", k, err)
	}
	return g, nil
}

func decodeMeta(guild, id string, v []byte) (store.NotesDocument, error) {
	var m notesMeta
	if err := json.Unmarshal(v, &m); err != nil {
		return store.NotesDocument{}, fmt.Errorf("decode document %s of guild %s: %w", id, guild, err)
	}
	return store.NotesDocument{Guild: guild, ID: id, Title: m.Title, Name: m.Name, Format: m.Format, Size: m.Size,
		Passages: m.Passages, AddedBy: m.AddedBy, AddedByName: m.AddedByName, AddedAt: m.AddedAt, SHA256: m.SHA256}, nil
}
