package notes

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// Upload is a document to add to a server's notes.
type Upload struct {
	Name    string // the file name, e.g. "polity.md"; its extension helps tell text from Markdown
	Data    []byte
	By      string // the Discord user ID of who adds it; "" from the command line
	ByName  string // how to name them, e.g. a user name, or "command line"
	Replace bool   // replace a document with the same title
}

// Added is a document added to a server's notes.
type Added struct {
	Doc      *corpus.Document    // as parsed: its outline, passages and warnings
	Stored   store.NotesDocument // as stored, without its file
	Replaced *store.NotesDocument
	Catalog  *store.NotesCatalog // the server's notes after the change
}

// Limits returns the limits in force.
func (l *Library) Limits() Limits { return l.opts.Limits }

// Check reads a document as Add would, without storing it: it refuses a
// file over the size limit, a file that is not a document (an image, an
// archive: what the content is, whatever the name says), a document with
// problems (every one, at its line) and one with more passages than a
// server may hold.
func (l *Library) Check(name string, data []byte) (*corpus.Document, error) {
	name = cleanName(name)
	if int64(len(data)) > l.opts.DocumentBytes {
		return nil, &Error{Code: ETooLarge, Message: fmt.Sprintf("%s is %s; a document may be at most %s.", name, Size(int64(len(data))), Size(l.opts.DocumentBytes))}
	}
	if what, ok := sniff(data); !ok {
		return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s is %s, not a document I can read. Send notes as Markdown or text (.md, .txt, .org), a saved web page (.html, .mhtml), a Word, OpenDocument or rich-text document (.docx, .doc, .odt, .rtf), slides (.pptx, .odp), a PDF, a spreadsheet (.csv, .xlsx, .ods), an e-book (.epub), an e-mail (.eml), a mind map (.xmind), captions (.vtt, .srt), a Telegram chat export (result.json), a Google Keep note (.json) or an Evernote export (.enex).", name, what)}
	}
	d, err := corpus.Parse(name, data)
	if err != nil {
		var es corpus.Errors
		if errors.As(err, &es) {
			return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s can't be added as it is", name), Problems: es}
		}
		return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s can't be read", name), Err: err}
	}
	switch {
	case len(d.Passages) == 0:
		return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s has no text to answer from.", name)}
	case len(d.Passages) > l.opts.Passages:
		return nil, &Error{Code: ETooLarge, Message: fmt.Sprintf("%s has %d passages; a server's notes may hold at most %d. Split it, or leave out what you don't need.", name, len(d.Passages), l.opts.Passages)}
	}
	return d, nil
}

// Add checks a document (see Check) and adds it to a server's notes, or
// replaces the one with the same title when up.Replace is set. Limits are
// checked in the same store transaction as the write, so they hold however
// many moderators add documents at once; a refused or failed Add stores
// nothing. Answers use the document at once in this process, and within
// Options.PollInterval in every other.
func (l *Library) Add(ctx context.Context, guild string, up Upload) (*Added, error) {
	d, err := l.Check(up.Name, up.Data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(up.Data)
	doc := &store.NotesDocument{
		Guild: guild, ID: d.ID, Title: d.Title, Name: cleanName(up.Name), Format: d.Format,
		Size: int64(len(up.Data)), Passages: len(d.Passages), AddedBy: up.By, AddedByName: up.ByName,
		AddedAt: l.opts.Now().UTC(), SHA256: hex.EncodeToString(sum[:]), Data: up.Data,
	}
	var replaced *store.NotesDocument
	c, err := l.st.PutNotesDocument(ctx, doc, func(c *store.NotesCatalog) error {
		docs, passages := len(c.Documents)+1, c.Passages()+doc.Passages
		if old, ok := c.Document(doc.ID); ok {
			if !up.Replace {
				return &Error{Code: EConflict, Message: fmt.Sprintf("This server's notes already have %q (%s, added %s). Add it again with replace to replace it, or give the new one another title.",
					old.Title, old.Name, by(old))}
			}
			replaced = &old
			docs, passages = docs-1, passages-old.Passages
		}
		switch {
		case docs > l.opts.Documents:
			return &Error{Code: ETooLarge, Message: fmt.Sprintf("This server's notes hold %d documents, the most they may. Remove one with /notes remove first.", len(c.Documents))}
		case passages > l.opts.Passages:
			return &Error{Code: ETooLarge, Message: fmt.Sprintf("With this document the server's notes would have %d passages; they may have at most %d. Remove a document with /notes remove first.", passages, l.opts.Passages)}
		}
		return nil
	})
	if err != nil {
		return nil, storeErr("add document "+doc.ID+" to guild "+guild, err)
	}
	l.changed(ctx, c.Version())
	stored := *doc
	stored.Data = nil
	l.log.Info("notes: document added", "guild", guild, "document", doc.ID, "name", doc.Name, "passages", doc.Passages,
		"bytes", doc.Size, "by", up.By, "replaced", replaced != nil, "seq", c.Seq)
	return &Added{Doc: d, Stored: stored, Replaced: replaced, Catalog: c}, nil
}

// by says who added a document and when, for messages.
func by(d store.NotesDocument) string {
	who := d.AddedByName
	if who == "" {
		who = "someone"
	}
	return "by " + who + " on " + d.AddedAt.UTC().Format("2 Jan 2006")
}

// Catalog returns a server's notes as listed: its documents (without their
// files) and settings.
func (l *Library) Catalog(ctx context.Context, guild string) (*store.NotesCatalog, error) {
	c, err := l.st.NotesCatalog(ctx, guild)
	if err != nil {
		return nil, storeErr("notes of guild "+guild, err)
	}
	return c, nil
}

// Document returns a stored document with its file, and the document
// parsed from it.
func (l *Library) Document(ctx context.Context, guild, id string) (*store.NotesDocument, *corpus.Document, error) {
	sd, err := l.st.NotesDocument(ctx, guild, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, &Error{Code: ENotFound, Message: "This server's notes have no such document. Pick one from the list, or see /notes list."}
	}
	if err != nil {
		return nil, nil, storeErr("document "+id+" of guild "+guild, err)
	}
	d, err := corpus.Parse(sd.Name, sd.Data)
	if err != nil {
		return sd, nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s can no longer be read by this version of the bot", sd.Name), Err: err}
	}
	return sd, d, nil
}

// Remove removes a document from a server's notes and returns it.
func (l *Library) Remove(ctx context.Context, guild, id string) (store.NotesDocument, error) {
	before, err := l.st.NotesCatalog(ctx, guild)
	if err != nil {
		return store.NotesDocument{}, storeErr("notes of guild "+guild, err)
	}
	old, _ := before.Document(id)
	c, err := l.st.RemoveNotesDocument(ctx, guild, id)
	if errors.Is(err, store.ErrNotFound) {
		return store.NotesDocument{}, &Error{Code: ENotFound, Message: "This server's notes have no such document. Pick one from the list, or see /notes list."}
	}
	if err != nil {
		return store.NotesDocument{}, storeErr("remove document "+id+" of guild "+guild, err)
	}
	l.changed(ctx, c.Version())
	l.log.Info("notes: document removed", "guild", guild, "document", id, "seq", c.Seq)
	if old.ID == "" {
		old = store.NotesDocument{Guild: guild, ID: id, Title: id}
	}
	return old, nil
}

// SetIncludeShared sets whether a server answers from the shared notes
// too, and returns its catalog.
func (l *Library) SetIncludeShared(ctx context.Context, guild string, on bool) (*store.NotesCatalog, error) {
	c, err := l.st.UpdateNotesSettings(ctx, guild, store.NotesSettings{IncludeShared: on})
	if err != nil {
		return nil, storeErr("notes settings of guild "+guild, err)
	}
	l.changed(ctx, c.Version())
	l.log.Info("notes: settings", "guild", guild, "include_shared", on, "seq", c.Seq)
	return c, nil
}

// sniff says what data is when it is plainly not a document (an image, an
// archive, a program): ok is false then. Text, web pages, PDFs and the
// archives that are documents of a registered format (a Word document, a
// presentation) are left to the parser, which reads them by their content
// too.
func sniff(data []byte) (what string, ok bool) {
	t := http.DetectContentType(data)
	mime, _, _ := strings.Cut(t, ";")
	switch {
	case strings.HasPrefix(mime, "text/"), mime == "application/pdf":
		return mime, true
	case mime == "application/zip" && corpus.FormatOf(data) != "":
		return corpus.FormatOf(data), true // a Word document or a presentation is a ZIP archive
	case mime == "application/zip":
		return "a ZIP archive", false
	case strings.HasPrefix(mime, "image/"):
		return "an image (" + strings.TrimPrefix(mime, "image/") + ")", false
	case strings.HasPrefix(mime, "audio/"), strings.HasPrefix(mime, "video/"):
		return "audio or video", false
	case mime == "application/octet-stream":
		// Not recognised: the parser tells text from binary data itself.
		return mime, true
	}
	return "a file of type " + mime, false
}

// cleanName makes a file name safe to show and to send back: its base
// name, without control characters, at most 100 characters.
func cleanName(name string) string {
	name = filepath.Base(strings.ReplaceAll(strings.ToValidUTF8(name, "_"), "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '"' {
			return '_'
		}
		return r
	}, name)
	if name == "." || name == "/" || name == "" {
		name = "document.txt"
	}
	if utf8.RuneCountInString(name) > 100 {
		ext := filepath.Ext(name)
		if utf8.RuneCountInString(ext) > 10 {
			ext = ""
		}
		name = string([]rune(name)[:100-utf8.RuneCountInString(ext)]) + ext
	}
	return name
}

// Find returns the document of a catalog that s names: its ID, its title
// in any case, or a title whose slug is its ID.
func Find(c *store.NotesCatalog, s string) (store.NotesDocument, bool) {
	s = strings.TrimSpace(s)
	for _, d := range c.Documents {
		if d.ID == s || strings.EqualFold(d.Title, s) || corpus.Slug(s) == d.ID {
			return d, true
		}
	}
	return store.NotesDocument{}, false
}

// Servers returns every server that has (or had) notes of its own, by ID.
func (l *Library) Servers(ctx context.Context) ([]store.NotesVersion, error) {
	vs, err := l.st.NotesChanges(ctx, 0)
	if err != nil {
		return nil, storeErr("notes", err)
	}
	slices.SortFunc(vs, func(a, b store.NotesVersion) int {
		return cmp.Or(cmp.Compare(len(a.Guild), len(b.Guild)), strings.Compare(a.Guild, b.Guild))
	})
	return vs, nil
}
