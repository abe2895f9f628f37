package store

import (
	"slices"
	"strings"
	"time"
)

// A server's notes: the documents its moderators added with /notes add (or
// an operator with `conceptbot notes import`), kept as the original files,
// and its settings. Every change to any server's notes takes the next
// number of one store-wide sequence, its change number, and the server
// records the number of its last change (NotesCatalog.Seq). Change numbers
// are taken in the order the changes commit, so a process that has seen
// every change up to n learns of all later ones by asking for those after n
// (NotesChanges); that is how every process keeps each server's answers
// current.

// NotesDocument is a document of a server's notes: the original file and
// what is shown about it without reading it.
type NotesDocument struct {
	Guild string
	// ID is the document's ID (corpus.Document.ID, the slug of its title):
	// a server holds one document per ID.
	ID       string
	Title    string
	Name     string // the file name it was added as, e.g. "polity.md"
	Format   string // how it is written: "text", "markdown", "web page", "PDF"
	Size     int64  // bytes of the original
	Passages int
	AddedBy  string // the Discord user ID of who added it; "" from the command line
	// AddedByName is how to name who added it: a Discord user name, or
	// "command line".
	AddedByName string
	AddedAt     time.Time // kept to the microsecond
	SHA256      string    // of the original, in hex
	// Data is the original file; nil where only the catalog was read.
	Data []byte
}

// NotesSettings are a server's choices about its notes.
type NotesSettings struct {
	// IncludeShared makes the server answer from the operator's notes
	// (corpus.paths and the embedded seed) besides its own; true unless a
	// moderator turned it off.
	IncludeShared bool
}

// NotesCatalog is a server's notes as listed: its version, its settings
// and its documents.
type NotesCatalog struct {
	Guild string
	// Seq is the change number of the server's last change to its notes; 0
	// when it never had any.
	Seq int64
	NotesSettings
	// Documents are sorted by ID; their Data is nil unless read with
	// NotesContents.
	Documents []NotesDocument
}

// NewNotesCatalog is the catalog of a server without notes: no documents,
// and the shared notes included.
func NewNotesCatalog(guild string) *NotesCatalog {
	return &NotesCatalog{Guild: guild, NotesSettings: NotesSettings{IncludeShared: true}}
}

// Document returns the document with the given ID.
func (c *NotesCatalog) Document(id string) (NotesDocument, bool) {
	i, ok := slices.BinarySearchFunc(c.Documents, id, func(d NotesDocument, id string) int { return strings.Compare(d.ID, id) })
	if !ok {
		return NotesDocument{}, false
	}
	return c.Documents[i], true
}

// Passages returns the passages of every document.
func (c *NotesCatalog) Passages() int {
	n := 0
	for _, d := range c.Documents {
		n += d.Passages
	}
	return n
}

// Bytes returns the size of every original.
func (c *NotesCatalog) Bytes() int64 {
	var n int64
	for _, d := range c.Documents {
		n += d.Size
	}
	return n
}

// Version is the catalog's NotesVersion.
func (c *NotesCatalog) Version() NotesVersion {
	return NotesVersion{Guild: c.Guild, Seq: c.Seq, Documents: len(c.Documents), IncludeShared: c.IncludeShared}
}

// NotesVersion is where a server's notes stand: enough to tell whether
// what a process holds of them is current, without reading them.
type NotesVersion struct {
	Guild         string
	Seq           int64 // the change number of its last change
	Documents     int
	IncludeShared bool
}

// SortNotesDocuments sorts documents by ID, as a catalog lists them.
func SortNotesDocuments(docs []NotesDocument) {
	slices.SortFunc(docs, func(a, b NotesDocument) int { return strings.Compare(a.ID, b.ID) })
}
