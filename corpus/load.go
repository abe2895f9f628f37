package corpus

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
)

//go:embed seed/*.txt
var seed embed.FS

// Seed parses the documents embedded in the binary: the default corpus.
func Seed() ([]*Document, error) {
	names, err := fs.Glob(seed, "seed/*.txt")
	if err != nil {
		return nil, err
	}
	var docs []*Document
	for _, name := range names {
		data, err := seed.ReadFile(name)
		if err != nil {
			return nil, err
		}
		d, err := Parse(name, data)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// DefaultMaxFileBytes is the largest document file read when
// Options.MaxFileBytes is 0: 8 MiB, some 2,500 pages of notes. A larger
// file is reported and left out; see BENCHMARKS.md for what reading one
// costs.
const DefaultMaxFileBytes = 8 << 20

// Limits on walking directories, so that a mount of the wrong tree ends
// with a clear problem instead of reading it all. Variables for tests.
var (
	maxDepth = 32      // directories below a path
	maxFiles = 100_000 // files and directories looked at under one path
)

// Options say which documents Load reads. The zero value reads nothing.
type Options struct {
	// Paths are files and directories of documents; directories are read
	// recursively, files with one of Extensions in name order. Default none.
	Paths []string
	// Seed includes the documents embedded in the binary. Default false.
	Seed bool
	// Strict makes any problem fatal: a document or file left out, or a
	// document's warning. Default false: they are reported and the rest
	// loads.
	Strict bool
	// MaxFileBytes is the largest file read; default DefaultMaxFileBytes.
	MaxFileBytes int64
}

// Report says what a load read, what it did not and why.
type Report struct {
	Docs []*Document // the documents read, in order
	// Skipped lists the files in directories that are not documents
	// (other extensions, hidden files, pipes and devices), and why.
	Skipped []Skipped
	// Problems lists the files and documents left out ("file:line: what is
	// wrong"), and the paths that gave no document at all.
	Problems Errors
}

// Skipped is a file in a directory that was not read, and why.
type Skipped struct {
	Path   string
	Reason string
	// Expected: the file is part of how notes are kept or exported (a
	// hidden file, a copy in another format, an export's list of labels,
	// a note in the trash), not a file someone meant as notes.
	Expected bool
}

// Warnings returns the warnings of every document read.
func (r *Report) Warnings() Errors {
	var ws Errors
	for _, d := range r.Docs {
		ws = append(ws, d.Warnings...)
	}
	return ws
}

// Load returns the corpus of the documents opts names. Without
// opts.Strict, a file or document with a problem is left out and listed in
// the report while the rest loads; the error is then non-nil only when
// ctx is done or nothing is left to answer from. With opts.Strict, any
// problem or warning is an error, Errors listing them all. The report is
// never nil.
func Load(ctx context.Context, opts Options) (*Corpus, *Report, error) {
	rep := &Report{}
	if opts.Seed {
		s, err := Seed()
		if err != nil {
			return nil, rep, fmt.Errorf("embedded corpus: %w", err)
		}
		rep.Docs = s
	}
	more, err := ReadPaths(ctx, opts.Paths, opts.MaxFileBytes)
	if err != nil {
		return nil, rep, err
	}
	rep.Skipped, rep.Problems = more.Skipped, more.Problems
	seen := map[string]*Document{}
	for _, d := range rep.Docs {
		seen[d.ID] = d
	}
	for _, d := range more.Docs {
		// A copy in another format: Google Keep exports each note as JSON
		// and as a web page, "X.json" and "X.html".
		copyOf := func(p *Document) bool { return sameNotes(d, p) || sameTitles(d.Format) && twins(d.File, p.File) }
		// Notes of one title in two kinds of file (a Word handout and a
		// slide deck, "Indian Classical Dances") are both read, the second
		// numbered; two typed (or two of one format) are two versions of one
		// document, and the second is a problem.
		prev := seen[d.ID]
		if db := d.Meta["database"]; prev != nil && db != "" && !copyOf(prev) {
			d.retitle(fmt.Sprintf("%s (%s)", d.Title, db)) // see pages.go
			prev = seen[d.ID]
		}
		if prev != nil && !copyOf(prev) && (sameTitles(d.Format) && sameTitles(prev.Format) || !sameKind(d.Format, prev.Format)) {
			first := prev
			if prev = numberApart(d, seen, copyOf); prev == nil && !sameTitles(d.Format) {
				d.Warnings = append(d.Warnings, &Error{File: d.File, Line: 1, Msg: fmt.Sprintf("%s has this title too: these notes are cited as %q", first.File, d.Title)})
			}
		}
		switch {
		case prev == nil:
			seen[d.ID] = d
			rep.Docs = append(rep.Docs, d)
		case copyOf(prev):
			rep.Skipped = append(rep.Skipped, Skipped{Path: d.File, Reason: "the same notes as " + prev.File, Expected: true})
		default:
			rep.Problems = append(rep.Problems, &Error{File: d.File, Line: 1, Msg: duplicateDoc(d, prev) + "; until then it is left out"})
		}
	}
	if opts.Strict {
		if errs := append(append(Errors(nil), rep.Problems...), rep.Warnings()...); len(errs) > 0 {
			return nil, rep, errs
		}
	}
	c, err := New(rep.Docs...)
	if err != nil {
		return nil, rep, err
	}
	if len(c.passages) == 0 {
		msg := "the corpus is empty: add documents with corpus.paths"
		if len(rep.Problems) > 0 {
			msg = "the corpus is empty: no document could be read:\n" + rep.Problems.Error()
		}
		return nil, rep, errors.New(msg)
	}
	return c, rep, nil
}

// sameKind reports whether documents in formats a and b are one kind of
// file: one format, or both typed notes (text and Markdown).
func sameKind(a, b string) bool {
	typed := func(f string) bool { return f == "text" || f == "markdown" }
	return a == b || typed(a) && typed(b)
}

// numberApart titles d "X (2)", "X (3)", … until no document seen has its
// ID, or one that d is a copy of does: it returns that one, or nil.
func numberApart(d *Document, seen map[string]*Document, copyOf func(*Document) bool) *Document {
	title := d.Title
	for n := 2; ; n++ {
		d.retitle(fmt.Sprintf("%s (%d)", title, n))
		if prev := seen[d.ID]; prev == nil || copyOf(prev) {
			return prev
		}
	}
}

// twins reports whether two files are one name in one folder, in two
// formats: "X.json" and "X.html".
func twins(a, b string) bool {
	stem := func(f string) string { return strings.TrimSuffix(f, filepath.Ext(f)) }
	return a != b && stem(a) == stem(b)
}

// retitle gives d another title, and its passages the IDs and citations
// that go with it.
func (d *Document) retitle(title string) {
	id := Slug(title)
	for i := range d.Passages {
		p := &d.Passages[i]
		p.ID = id + strings.TrimPrefix(p.ID, d.ID)
		p.DocID, p.Doc = id, title
	}
	d.Title, d.ID = title, id
}

// sameNotes reports whether two documents cite the same passages.
func sameNotes(a, b *Document) bool {
	return slices.EqualFunc(a.Passages, b.Passages, func(p, q Passage) bool {
		return p.ID == q.ID && p.Text == q.Text && p.Question == q.Question
	})
}

// ReadPaths parses every document in paths: files, and in directories
// (recursively, following links, hidden files and directories left out)
// the files with one of Extensions, in name order. A file is read only
// when it is a regular file of at most maxBytes (0: DefaultMaxFileBytes).
// Problems and skipped files are in the report; a path that gives no
// document is a problem too. The error is ctx's when it is done.
func ReadPaths(ctx context.Context, paths []string, maxBytes int64) (*Report, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxFileBytes
	}
	rep := &Report{}
	for _, root := range paths {
		w := walker{ctx: ctx, rep: rep, maxBytes: maxBytes}
		docs, problems := len(rep.Docs), len(rep.Problems)
		w.path(root)
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("read notes: %w", err)
		}
		if len(rep.Docs) == docs && len(rep.Problems) == problems {
			rep.Problems = append(rep.Problems, &Error{File: root, Msg: "no documents here (conceptbot reads " + strings.Join(Extensions(), ", ") + " files)"})
		}
	}
	return rep, nil
}

// walker reads the documents under one path.
type walker struct {
	ctx      context.Context
	rep      *Report
	maxBytes int64
	files    int
	stopped  bool
	unzipped int64           // bytes unzipped from the archive being read (see archive.go)
	unzipMax int64           // and the most it may unzip to
	kept     []Zipped        // when not nil, each document read, with its file (see Unzip)
	key      string          // the setting of maxBytes, named in problems; "" for fileBytesKey
	tree     fileTree        // where the files being read are: a folder's, or an archive's
	channels map[string]bool // the folders of days looked at: true for those read as one channel (see days.go)
}

// fileBytesKey is the setting of the largest file read.
const fileBytesKey = "corpus.max_file_bytes"

func (w *walker) problem(path, msg string) {
	w.rep.Problems = append(w.rep.Problems, &Error{File: path, Msg: msg})
}

func (w *walker) skip(path, reason string) {
	w.rep.Skipped = append(w.rep.Skipped, Skipped{Path: path, Reason: reason})
}

// skipExpected lists a file that is part of how notes are kept or exported
// (see Skipped.Expected).
func (w *walker) skipExpected(path, reason string) {
	w.rep.Skipped = append(w.rep.Skipped, Skipped{Path: path, Reason: reason, Expected: true})
}

// path reads a path named in the configuration or on the command line.
func (w *walker) path(root string) {
	w.tree = w.folders()
	info, err := os.Stat(root)
	if err != nil {
		w.problem(root, "cannot read: "+unwrapPath(err))
		return
	}
	switch {
	case info.IsDir():
		w.dir(root, []os.FileInfo{info})
	case info.Mode().IsRegular() && isArchive(root):
		w.archiveFile(root)
	case info.Mode().IsRegular():
		w.file(root, false)
	default:
		w.problem(root, "not a regular file ("+fileType(info.Mode())+")")
	}
}

// dir reads the directory dir; ancestors are the directories it is in,
// itself last, to find loops made by links.
func (w *walker) dir(dir string, ancestors []os.FileInfo) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.problem(dir, "cannot read: "+unwrapPath(err))
	}
	first := len(w.rep.Docs)
	var beside []string // files an export writes beside its documents, read last
	defer func() {
		for _, path := range beside {
			f, _ := besideOf(filepath.Base(path))
			if slices.ContainsFunc(w.rep.Docs[first:], func(d *Document) bool { return d.Format == f.Name }) {
				w.skipExpected(path, f.Beside[filepath.Base(path)]+", beside its notes")
			} else if !w.stopped && w.ctx.Err() == nil {
				w.file(path, true)
			}
		}
	}()
	for _, e := range entries {
		if w.stopped || w.ctx.Err() != nil {
			return
		}
		if w.files++; w.files > maxFiles {
			w.problem(dir, fmt.Sprintf("more than %d files and directories: the rest are not read", maxFiles))
			w.stopped = true
			return
		}
		path := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			w.skipExpected(path, "hidden")
			continue
		}
		info, err := os.Stat(path) // follows links
		if err != nil {
			w.problem(path, "cannot read: "+unwrapPath(err))
			continue
		}
		switch {
		case info.IsDir() && w.tree.appFolder(path) != "":
			w.skipExpected(path, w.tree.appFolder(path))
		case info.IsDir():
			if loop := sameAs(info, ancestors); loop >= 0 {
				w.skip(path, "a link back to "+ancestorPath(path, len(ancestors)-loop)+": a directory loop")
				continue
			}
			if len(ancestors) > maxDepth {
				w.problem(path, fmt.Sprintf("more than %d directories deep: not read", maxDepth))
				continue
			}
			w.dir(path, append(ancestors[:len(ancestors):len(ancestors)], info))
		case !readable(path):
			w.unreadable(path)
		case !info.Mode().IsRegular():
			w.skip(path, "not a regular file ("+fileType(info.Mode())+")")
		case isArchive(path):
			w.archiveFile(path)
		default:
			if _, ok := besideOf(e.Name()); ok {
				beside = append(beside, path)
				continue
			}
			if w.readWithOthers(path) {
				continue
			}
			w.file(path, true)
		}
	}
}

// unreadable lists a file found in a folder whose extension is none
// conceptbot reads, and why.
func (w *walker) unreadable(path string) {
	ext := filepath.Ext(path)
	switch {
	case mediaExtensions[strings.ToLower(ext)]:
		// A note's picture or recording, as Keep, Evernote and
		// Obsidian keep them beside their notes.
		w.skipExpected(path, "a picture, a recording or a video: conceptbot reads text")
	case ext == "":
		w.skip(path, "no file extension (conceptbot reads "+strings.Join(Extensions(), ", ")+")")
	default:
		w.skip(path, fmt.Sprintf("unsupported file type %q (conceptbot reads %s)", ext, strings.Join(Extensions(), ", ")))
	}
}

// mediaExtensions are those of pictures, recordings and videos.
var mediaExtensions = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".heic": true, ".bmp": true, ".svg": true, ".tif": true, ".tiff": true,
	".mp3": true, ".m4a": true, ".wav": true, ".ogg": true, ".opus": true, ".amr": true, ".3gp": true, ".mp4": true, ".mov": true, ".webm": true, ".mkv": true,
}

// sameAs returns the index of the ancestor that is the directory info, or -1.
func sameAs(info os.FileInfo, ancestors []os.FileInfo) int {
	for i, a := range ancestors {
		if os.SameFile(info, a) {
			return i
		}
	}
	return -1
}

// ancestorPath is the directory up levels above path.
func ancestorPath(path string, up int) string {
	for range up {
		path = filepath.Dir(path)
	}
	return path
}

func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return m.Type().String()
}

// file reads and parses one document, reading no more than maxBytes.
func (w *walker) file(path string, inDir bool) {
	data, err := readFile(path, w.maxBytes)
	if err != nil {
		w.problem(path, err.Error())
		return
	}
	w.document(path, data, inDir)
}

// document parses the file at path, whose contents are data; a file found
// in a folder or an archive (inDir) that is no document is skipped.
func (w *walker) document(path string, data []byte, inDir bool) {
	var d *Document
	var err error
	name := filepath.Base(path)
	if kids := w.tree.subpages(path); len(kids) > 0 {
		d, data, err = w.page(path, data, kids)
		name = strings.TrimSuffix(name, filepath.Ext(name)) + ".md"
	} else {
		d, err = readDocument(path, data, inDir)
	}
	if d != nil && inDir && templateTitleRE.MatchString(d.Title) {
		w.skipExpected(path, "a template (its title is a placeholder), not notes")
		return
	}
	if db, ok := w.tree.databaseOf(path); ok {
		if es, isErrs := err.(Errors); isErrs && len(es) == 1 && es[0].Msg == msgNoPassages {
			w.skipExpected(path, "a row of the database "+db+" with nothing but its properties, which its table has")
			return
		}
		if d != nil {
			if d.Meta == nil {
				d.Meta = map[string]string{}
			}
			d.Meta["database"] = db
		}
	}
	var not notDocument
	if errors.As(err, &not) {
		w.rep.Skipped = append(w.rep.Skipped, Skipped{Path: path, Reason: not.why, Expected: not.expected})
		return
	}
	if err != nil {
		var es Errors
		if errors.As(err, &es) {
			w.rep.Problems = append(w.rep.Problems, es...)
		} else {
			w.problem(path, err.Error())
		}
		return
	}
	w.rep.Docs = append(w.rep.Docs, d)
	if w.kept != nil {
		w.kept = append(w.kept, Zipped{Doc: d, Name: name, Data: data})
	}
}

// templateTitleRE matches the title of a template of notes, a placeholder
// an app fills in: Obsidian's "{{date}}", Templater's "<% tp.file.title %>".
var templateTitleRE = regexp.MustCompile(`^\s*(?:\{\{[^}]*\}\}|<%.*%>)\s*$`)

// notDocument is why a file found in a folder is no document to read.
type notDocument struct {
	why      string
	expected bool // see Skipped.Expected
}

func (e notDocument) Error() string { return e.why }

// readFile reads the file at path, at most maxBytes. It opens without
// blocking, so that a pipe put in place of the file cannot hang it.
func readFile(path string, maxBytes int64) ([]byte, error) {
	f, info, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > maxBytes {
		return nil, tooLarge(info.Size(), maxBytes, fileBytesKey)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, errors.New("cannot read: " + unwrapPath(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, tooLarge(0, maxBytes, fileBytesKey)
	}
	return data, nil
}

// open opens the regular file at path without blocking.
func open(path string) (*os.File, os.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, errors.New("cannot read: " + unwrapPath(err))
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, errors.New("cannot read: " + unwrapPath(err))
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, errors.New("not a regular file (" + fileType(info.Mode()) + ")")
	}
	return f, info, nil
}

// tooLarge is the problem of a file of size bytes (0: unknown) over the
// limit of max, the setting key.
func tooLarge(size, max int64, key string) error {
	if size > 0 {
		return fmt.Errorf("%s, over the limit of %s (%s): split it, or raise the limit", byteSize(size), byteSize(max), key)
	}
	return fmt.Errorf("over the limit of %s (%s): split it, or raise the limit", byteSize(max), key)
}

// readDocument parses the file at path, whose contents are data; a file
// found in a folder (inDir) that is no document returns a notDocument.
func readDocument(path string, data []byte, inDir bool) (*Document, error) {
	format, known := byContent(path, data) // once: each format's Magic may read all of data
	if inDir {
		if not := skipped(path, data, format, known); not.why != "" {
			return nil, not
		}
	}
	d, err := parseIn(path, data, format, known)
	if es, ok := err.(Errors); ok && inDir && len(es) == 1 && es[0].noNotes {
		return nil, notDocument{why: es[0].Msg, expected: true}
	}
	return d, err
}

// byteSize prints n bytes for people: "52.4 MB", "16 MiB" when exact.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0 && n < 1<<20:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}

// unwrapPath drops the operation and path that *fs.PathError repeats.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
