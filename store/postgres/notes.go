package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/store"
)

// The notes live in notes_guilds (a server's version and settings) and
// notes_documents (its documents, with the original files); see
// migrations/0002_notes.sql. Every change takes the next change number
// from notes_changes, whose row lock it holds until it commits: changes to
// notes are few (moderators adding documents), and holding the lock makes
// change numbers commit in order and the checks of a change (a server's
// limits) see every change before it.

const selectNotesMeta = `SELECT doc_id, title, file_name, format, size, passages, added_by, added_by_name, added_at, sha256`

// NotesCatalog returns a server's notes without the files: a catalog with
// no documents and the shared notes included when it has none.
func (s *Store) NotesCatalog(ctx context.Context, guild string) (*store.NotesCatalog, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	var c *store.NotesCatalog
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) (err error) {
		c, err = readCatalog(ctx, tx, guild, false)
		return err
	})
	return c, s.wrap("notes of guild "+guild, err)
}

// NotesContents returns a server's notes with every file, as of one
// moment.
func (s *Store) NotesContents(ctx context.Context, guild string) (*store.NotesCatalog, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	var c *store.NotesCatalog
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) (err error) {
		c, err = readCatalog(ctx, tx, guild, true)
		return err
	})
	return c, s.wrap("notes of guild "+guild, err)
}

// NotesDocument returns one document with its file, or an error wrapping
// store.ErrNotFound.
func (s *Store) NotesDocument(ctx context.Context, guild, id string) (*store.NotesDocument, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, selectNotesMeta+`, data FROM notes_documents WHERE guild_id = $1 AND doc_id = $2`, guild, id)
	if err != nil {
		return nil, s.wrap("document "+id+" of guild "+guild, err)
	}
	d, err := pgx.CollectExactlyOneRow(rows, func(row pgx.CollectableRow) (store.NotesDocument, error) { return scanNotesDoc(row, guild, true) })
	if errors.Is(err, pgx.ErrNoRows) {
		err = store.ErrNotFound
	}
	if err != nil {
		return nil, s.wrap("document "+id+" of guild "+guild, err)
	}
	return &d, nil
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
	var checkErr error
	err := s.changeNotes(ctx, doc.Guild, func(tx pgx.Tx, c *store.NotesCatalog) error {
		if check != nil {
			if checkErr = check(c); checkErr != nil {
				return checkErr
			}
		}
		_, err := tx.Exec(ctx, `INSERT INTO notes_documents (guild_id, doc_id, title, file_name, format, size, passages,
				added_by, added_by_name, added_at, sha256, data)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
			ON CONFLICT (guild_id, doc_id) DO UPDATE SET title = $3, file_name = $4, format = $5, size = $6, passages = $7,
				added_by = $8, added_by_name = $9, added_at = $10, sha256 = $11, data = $12`,
			doc.Guild, doc.ID, doc.Title, doc.Name, doc.Format, doc.Size, doc.Passages,
			doc.AddedBy, doc.AddedByName, doc.AddedAt, doc.SHA256, doc.Data)
		if err != nil {
			return err
		}
		kept := *doc
		kept.AddedAt, kept.Data = doc.AddedAt.Truncate(time.Microsecond), nil
		replaced := false
		for i := range c.Documents {
			if c.Documents[i].ID == doc.ID {
				c.Documents[i], replaced = kept, true
			}
		}
		if !replaced {
			c.Documents = append(c.Documents, kept)
			store.SortNotesDocuments(c.Documents)
		}
		out = c
		return nil
	})
	if checkErr != nil && errors.Is(err, checkErr) {
		return nil, checkErr
	}
	if err != nil {
		return nil, s.wrap("put document "+doc.ID+" of guild "+doc.Guild, err)
	}
	return out, nil
}

// RemoveNotesDocument removes a document from its server's notes and
// returns the catalog left, or an error wrapping store.ErrNotFound.
func (s *Store) RemoveNotesDocument(ctx context.Context, guild, id string) (*store.NotesCatalog, error) {
	var out *store.NotesCatalog
	err := s.changeNotes(ctx, guild, func(tx pgx.Tx, c *store.NotesCatalog) error {
		tag, err := tx.Exec(ctx, `DELETE FROM notes_documents WHERE guild_id = $1 AND doc_id = $2`, guild, id)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return store.ErrNotFound
		}
		for i := range c.Documents {
			if c.Documents[i].ID == id {
				c.Documents = append(c.Documents[:i], c.Documents[i+1:]...)
				break
			}
		}
		out = c
		return nil
	})
	if err != nil {
		return nil, s.wrap("remove document "+id+" of guild "+guild, err)
	}
	return out, nil
}

// UpdateNotesSettings sets a server's settings and returns its catalog.
func (s *Store) UpdateNotesSettings(ctx context.Context, guild string, set store.NotesSettings) (*store.NotesCatalog, error) {
	if guild == "" {
		return nil, errors.New("update notes settings: no guild ID")
	}
	var out *store.NotesCatalog
	err := s.changeNotes(ctx, guild, func(tx pgx.Tx, c *store.NotesCatalog) error {
		c.NotesSettings = set
		out = c
		return nil
	})
	if err != nil {
		return nil, s.wrap("update notes settings of guild "+guild, err)
	}
	return out, nil
}

// changeNotes runs fn in a transaction holding the next change number,
// with the server's catalog as it is, then records the catalog fn left as
// the server's version.
func (s *Store) changeNotes(ctx context.Context, guild string, fn func(tx pgx.Tx, c *store.NotesCatalog) error) error {
	if err := s.ensure(ctx); err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var seq int64
		if err := tx.QueryRow(ctx, `UPDATE notes_changes SET seq = seq + 1 RETURNING seq`).Scan(&seq); err != nil {
			return err
		}
		// A new server's row goes in first, for the documents' foreign key.
		if _, err := tx.Exec(ctx, `INSERT INTO notes_guilds (guild_id, seq) VALUES ($1, $2) ON CONFLICT (guild_id) DO NOTHING`, guild, seq); err != nil {
			return err
		}
		c, err := readCatalog(ctx, tx, guild, false)
		if err != nil {
			return err
		}
		if err := fn(tx, c); err != nil {
			return err
		}
		c.Seq = seq
		_, err = tx.Exec(ctx, `UPDATE notes_guilds SET seq = $2, include_shared = $3, documents = $4, updated_at = now() WHERE guild_id = $1`,
			guild, seq, c.IncludeShared, len(c.Documents))
		return err
	})
}

// NotesChanges returns the versions of the servers whose last change is
// numbered after after, in the order of their change numbers.
func (s *Store) NotesChanges(ctx context.Context, after int64) ([]store.NotesVersion, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT guild_id, seq, documents, include_shared FROM notes_guilds WHERE seq > $1 ORDER BY seq`, after)
	if err != nil {
		return nil, s.wrap("notes changes", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.NotesVersion, error) {
		var v store.NotesVersion
		var docs int32
		err := row.Scan(&v.Guild, &v.Seq, &docs, &v.IncludeShared)
		v.Documents = int(docs)
		return v, err
	})
	return out, s.wrap("notes changes", err)
}

// readCatalog reads a server's catalog in tx, with the files when
// withData.
func readCatalog(ctx context.Context, tx pgx.Tx, guild string, withData bool) (*store.NotesCatalog, error) {
	c := store.NewNotesCatalog(guild)
	err := tx.QueryRow(ctx, `SELECT seq, include_shared FROM notes_guilds WHERE guild_id = $1`, guild).Scan(&c.Seq, &c.IncludeShared)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}
	q := selectNotesMeta
	if withData {
		q += `, data`
	}
	rows, err := tx.Query(ctx, q+` FROM notes_documents WHERE guild_id = $1 ORDER BY doc_id COLLATE "C"`, guild)
	if err != nil {
		return nil, err
	}
	c.Documents, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.NotesDocument, error) { return scanNotesDoc(row, guild, withData) })
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return c, nil
}

// scanNotesDoc reads a row of selectNotesMeta, and data after it when
// withData.
func scanNotesDoc(row pgx.Row, guild string, withData bool) (store.NotesDocument, error) {
	d := store.NotesDocument{Guild: guild}
	var passages int32
	dest := []any{&d.ID, &d.Title, &d.Name, &d.Format, &d.Size, &passages, &d.AddedBy, &d.AddedByName, &d.AddedAt, &d.SHA256}
	if withData {
		dest = append(dest, &d.Data)
	}
	err := row.Scan(dest...)
	d.Passages = int(passages)
	return d, err
}
