package corpus

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	le "encoding/binary"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Notes come zipped: a Notion or Obsidian export, a Google Drive folder
// downloaded, a Google Takeout of Keep. A ZIP archive is read as the folder
// it holds, an archive in it too (Notion splits a large export into
// parts), within these bounds. Variables for tests.
var (
	// maxArchiveDepth: archives in archives, below the one named.
	maxArchiveDepth = 2
	// archiveFileFactor: an archive may be this many times
	// corpus.max_file_bytes (64 MiB by default), so that its list of files
	// takes bounded memory whatever it claims.
	archiveFileFactor int64 = 8
	// unzippedFactor: what one archive unzips to, nested ones included, is
	// read up to this many times corpus.max_file_bytes (256 MiB).
	unzippedFactor int64 = 32
	// maxArchiveFiles: the most files (and folders) an archive may list;
	// its list is told before it is read, as archive/zip keeps all of it.
	maxArchiveFiles uint64 = 20_000
)

// Zipped is a document read from an archive, and its file: a page read
// with its subpages (see pages.go) is the Markdown of them all, named
// ".md".
type Zipped struct {
	Doc  *Document
	Name string // the file's base name, which tells its format
	Data []byte
}

// IsArchive reports whether data is a ZIP archive of notes: one in no
// registered format (a Word document is one too), whatever it is called.
func IsArchive(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) && FormatOf(data) == ""
}

// UnzipLimits bound what Unzip reads.
type UnzipLimits struct {
	FileBytes int64  // a file in the archive, at most
	Unzipped  int64  // all the archive unzips to, at most
	Key       string // the setting of FileBytes, named in problems: "notes.max_document_bytes"
}

// Unzip reads the documents of the archive data, called name, as Load
// reads an archive it is given, within lim. The report lists its documents
// (in the order of the result), what it skipped and its problems.
func Unzip(ctx context.Context, name string, data []byte, lim UnzipLimits) ([]Zipped, *Report) {
	rep := &Report{}
	w := walker{ctx: ctx, rep: rep, maxBytes: lim.FileBytes, unzipMax: lim.Unzipped, key: lim.Key, kept: []Zipped{}}
	w.archive(name, bytes.NewReader(data), int64(len(data)), 0)
	return w.kept, rep
}

// isArchive reports whether a file is a ZIP archive of notes by its name:
// a .zip, or a TextBundle zipped as Bear and Ulysses export a note
// (.textpack: its text.md beside its pictures). A document kept zipped (a
// Word document, a workbook) has its own extension.
func isArchive(name string) bool {
	return slices.ContainsFunc(archiveExtensions, func(ext string) bool { return strings.EqualFold(filepath.Ext(name), ext) })
}

// archiveExtensions are the extensions of the archives of notes read as
// the folders they hold.
var archiveExtensions = []string{".zip", ".textpack"}

// archiveFile reads the archive at path as a folder.
func (w *walker) archiveFile(path string) {
	f, info, err := open(path)
	if err != nil {
		w.problem(path, err.Error())
		return
	}
	defer f.Close()
	if limit := archiveFileFactor * w.maxBytes; info.Size() > limit {
		w.problem(path, fmt.Sprintf("a ZIP archive of %s, over the limit of %s (%d times %s): unzip it into a folder of notes instead", byteSize(info.Size()), byteSize(limit), archiveFileFactor, fileBytesKey))
		return
	}
	w.unzipped, w.unzipMax = 0, unzippedFactor*w.maxBytes
	w.archive(path, f, info.Size(), 0)
}

// archive reads the documents in a ZIP archive (r, size bytes) at path,
// depth archives below the one named, as dir reads a folder's: hidden
// files left out, a file of no format conceptbot reads listed as skipped,
// an export's files beside its notes read last. Each document is cited as
// the archive's path and its own: "notes.zip/polity/lokpal.txt".
func (w *walker) archive(at string, r io.ReaderAt, size int64, depth int) {
	if n := zipEntries(r, size); n > maxArchiveFiles {
		w.problem(at, fmt.Sprintf("a ZIP archive of %d files, over the limit of %d: unzip it into a folder of notes instead", n, maxArchiveFiles))
		return
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		w.problem(at, "cannot read this ZIP archive: "+zipProblem(err))
		return
	}
	files := slices.SortedFunc(slices.Values(zr.File), func(a, b *zip.File) int { return cmp.Compare(a.Name, b.Name) })
	defer func(t fileTree) { w.tree = t }(w.tree)
	w.tree = w.zipTree(at, files)
	first := len(w.rep.Docs)
	var beside []*zip.File
	for _, f := range files {
		if w.stopped || w.ctx.Err() != nil || w.unzipped > w.unzipMax {
			return
		}
		if w.files++; w.files > maxFiles {
			w.problem(at, fmt.Sprintf("more than %d files and directories: the rest are not read", maxFiles))
			w.stopped = true
			return
		}
		name := entryName(f.Name)
		p := filepath.Join(at, filepath.FromSlash(name))
		switch {
		case f.FileInfo().IsDir() || name == "":
		case hiddenEntry(name):
			w.skipExpected(p, "hidden")
		case w.tree.inAppFolder(p) != "":
			w.skipExpected(p, w.tree.inAppFolder(p))
		case isArchive(name) && depth >= maxArchiveDepth:
			w.problem(p, fmt.Sprintf("a ZIP archive %d archives deep: not read", depth+1))
		case isArchive(name):
			if data, ok := w.unzip(p, f, archiveFileFactor*w.maxBytes, fmt.Sprintf("%d times %s", archiveFileFactor, w.sizeKey())); ok {
				w.archive(p, bytes.NewReader(data), int64(len(data)), depth+1)
			}
		case !readable(name):
			w.unreadable(p)
		default:
			if _, ok := besideOf(path.Base(name)); ok {
				beside = append(beside, f)
				continue
			}
			if w.readWithOthers(p) {
				continue
			}
			if data, ok := w.unzip(p, f, w.maxBytes, w.sizeKey()); ok {
				w.document(p, data, true)
			}
		}
	}
	for _, f := range beside {
		p := filepath.Join(at, filepath.FromSlash(entryName(f.Name)))
		bf, _ := besideOf(path.Base(entryName(f.Name)))
		if slices.ContainsFunc(w.rep.Docs[first:], func(d *Document) bool { return d.Format == bf.Name }) {
			w.skipExpected(p, bf.Beside[path.Base(entryName(f.Name))]+", beside its notes")
		} else if w.stopped || w.ctx.Err() != nil {
			return
		} else if data, ok := w.unzip(p, f, w.maxBytes, w.sizeKey()); ok {
			w.document(p, data, true)
		}
	}
}

// zipTree is the fileTree of the archive at, whose files are files.
func (w *walker) zipTree(at string, files []*zip.File) fileTree {
	byPath := map[string]*zip.File{}
	inDir := map[string][]string{}
	dirs := map[string]bool{}
	for _, f := range files {
		name := entryName(f.Name)
		if name == "" || hiddenEntry(name) {
			continue
		}
		p := filepath.Join(at, filepath.FromSlash(name))
		for d := filepath.Dir(p); len(d) > len(at) && !dirs[d]; d = filepath.Dir(d) {
			dirs[d] = true
		}
		if f.FileInfo().IsDir() {
			dirs[p] = true
			continue
		}
		byPath[p] = f
		inDir[filepath.Dir(p)] = append(inDir[filepath.Dir(p)], p)
	}
	return fileTree{
		isDir:  func(p string) bool { return dirs[p] },
		isFile: func(p string) bool { return byPath[p] != nil },
		files:  func(dir string) []string { return inDir[dir] },
		read: func(p string) ([]byte, bool) {
			f := byPath[p]
			if f == nil {
				return nil, false
			}
			return w.unzip(p, f, w.maxBytes, w.sizeKey())
		},
	}
}

// unzip reads a file of an archive, at most limit bytes (the setting key),
// counting what it reads against the archive's bound; ok is false, the
// problem reported, when it cannot.
func (w *walker) unzip(p string, f *zip.File, limit int64, key string) ([]byte, bool) {
	total := w.unzipMax
	switch {
	case f.Flags&1 != 0:
		w.problem(p, "encrypted: unzip it with its password, then add the file")
		return nil, false
	case f.UncompressedSize64 > bombSize && f.UncompressedSize64/bombRatio > f.CompressedSize64:
		w.problem(p, fmt.Sprintf("%s compressed to %s, as no notes compress: not read (a ZIP bomb?)", byteSize(int64(min(f.UncompressedSize64, 1<<62))), byteSize(int64(f.CompressedSize64))))
		return nil, false
	case f.UncompressedSize64 > uint64(limit):
		w.problem(p, tooLarge(int64(min(f.UncompressedSize64, 1<<62)), limit, key).Error())
		return nil, false
	case w.unzipped >= total:
		w.tooMuchUnzipped(p)
		return nil, false
	}
	rc, err := f.Open()
	if err != nil {
		w.problem(p, "cannot unzip: "+zipProblem(err))
		return nil, false
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, min(limit, total-w.unzipped)+1))
	w.unzipped += int64(len(data))
	switch {
	case err != nil:
		w.problem(p, "cannot unzip: "+zipProblem(err))
		return nil, false
	case int64(len(data)) > limit: // the archive's list said it was smaller
		w.problem(p, tooLarge(0, limit, key).Error())
		return nil, false
	case w.unzipped > total:
		w.tooMuchUnzipped(p)
		return nil, false
	}
	return data, true
}

// sizeKey is the setting of w.maxBytes.
func (w *walker) sizeKey() string { return cmp.Or(w.key, fileBytesKey) }

// tooMuchUnzipped stops reading an archive that unzips to more than its
// bound, at the file p (and the archives it is in).
func (w *walker) tooMuchUnzipped(p string) {
	w.problem(p, fmt.Sprintf("the archive unzips to more than %s: the rest of it is not read", byteSize(w.unzipMax)))
	w.unzipped = w.unzipMax + 1
}

// A file of an archive over bombSize that it compresses over bombRatio to
// 1 is no notes: text compresses some 3 to 1, the most repetitive tables
// some 20 to 1. (Reading it stops at the size it claims, so it cannot
// claim less.)
const (
	bombSize  = 1 << 20
	bombRatio = 100
)

// zipEntries returns the number of files an archive's end record says it
// lists, 0 when it has none to read (zip.NewReader tells why).
func zipEntries(r io.ReaderAt, size int64) uint64 {
	const endLen, locatorLen = 22, 20
	tail := make([]byte, min(size, endLen+0xffff)) // the record, and a comment of up to 64 KiB
	if _, err := r.ReadAt(tail, size-int64(len(tail))); err != nil {
		return 0
	}
	at := bytes.LastIndex(tail, []byte("PK\x05\x06"))
	if at < 0 || len(tail)-at < endLen {
		return 0
	}
	n := uint64(le.LittleEndian.Uint16(tail[at+10:]))
	if n != 0xffff || at < locatorLen || !bytes.HasPrefix(tail[at-locatorLen:], []byte("PK\x06\x07")) {
		return n
	}
	// ZIP64: the locator gives where its end record, and the count, are.
	var end64 [40]byte
	if _, err := r.ReadAt(end64[:], int64(le.LittleEndian.Uint64(tail[at-locatorLen+8:]))); err != nil || !bytes.HasPrefix(end64[:], []byte("PK\x06\x06")) {
		return 0
	}
	return le.LittleEndian.Uint64(end64[32:])
}

// entryName cleans the name of a file in an archive: slashes (Windows
// tools write backslashes), no leading "/" or "../".
func entryName(name string) string {
	name = path.Clean("/" + strings.ReplaceAll(name, `\`, "/"))
	return strings.TrimPrefix(name, "/")
}

// hiddenEntry reports whether a file of an archive is hidden, or in a
// hidden folder: ".obsidian/", macOS's "__MACOSX/" copies of file details.
func hiddenEntry(name string) bool {
	for part := range strings.SplitSeq(name, "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// zipProblem says what is wrong with an archive for people.
func zipProblem(err error) string {
	switch {
	case errors.Is(err, zip.ErrFormat):
		return "not a ZIP archive, or a damaged one"
	case errors.Is(err, zip.ErrAlgorithm):
		return "compressed in a way conceptbot cannot unzip (only stored and deflated files)"
	case errors.Is(err, zip.ErrChecksum):
		return "damaged (a checksum does not match)"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "cut short"
	}
	return err.Error()
}
