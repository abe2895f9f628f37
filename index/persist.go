package index

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/gofrs/flock"

	"github.com/conceptbot/conceptbot/corpus"
)

// A persisted index lives in a directory of its own (Options.Path):
//
//	CURRENT                  the name of the live index directory, one line
//	LOCK                     locked (flock) by the one process building
//	ix-<fingerprint>-<n>/    an index directory: bleve's files, then
//	ix-…/CHECKSUMS           "sha256 size name" of each of bleve's files
//	ix-…/FINGERPRINT         the fingerprint of the corpus it holds
//
// Load reopens the live index when its fingerprint is the corpus's and
// every file matches its checksum. Otherwise (the corpus has changed, or
// the index is damaged: a file changed, truncated or missing) it builds a
// new index directory beside the live one, writes CHECKSUMS and then
// FINGERPRINT last, and only then switches CURRENT to it (a temporary
// file, synced, renamed over CURRENT), so a crash at any point leaves
// CURRENT naming the old, complete index.
//
// Building holds LOCK, so one process builds at a time: a second one waits
// for it, then finds the index it wanted already built and opens it, and
// the directories that CURRENT does not name (old ones, half-built ones
// left by a crash) are removed only by the holder of LOCK, never while
// another process builds in them. Indexes are opened read-only, so several
// processes can serve the same index at once.

// formatVersion names what is indexed and how (mapping, analyzers, the
// fields of a document). Change it with any of them: an index written in
// another format is rebuilt.
const formatVersion = "conceptbot-index-6"

const (
	currentFile     = "CURRENT"
	lockFile        = "LOCK"
	fingerprintFile = "FINGERPRINT"
	checksumsFile   = "CHECKSUMS"
	dirPrefix       = "ix-"
)

// Fingerprint identifies the indexed content of c and the index format: two
// corpora with the same fingerprint make the same index.
func Fingerprint(c *corpus.Corpus) string {
	h := sha256.New()
	field := func(s string) {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	field(formatVersion)
	for _, p := range c.Passages() {
		field(p.ID)
		field(p.Doc)
		field(strings.Join(p.Section, "\x00"))
		field(string(p.Kind))
		field(p.Question)
		field(p.Text)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Load returns an index of c. With opts.Path empty it is built in memory;
// otherwise it is reopened from opts.Path when c is unchanged since it was
// built there and its files match their checksums, and rebuilt beside it
// and swapped in when c has changed or the index there is damaged.
func Load(ctx context.Context, c *corpus.Corpus, opts Options) (*Index, error) {
	if opts.Path == "" {
		return Build(ctx, c, opts)
	}
	fp := Fingerprint(c)
	if ix, err := openLive(opts.Path, fp, c); err == nil {
		return ix, nil
	}
	// An outdated or damaged index is rebuilt, by one process at a time.
	return rebuild(ctx, c, fp, opts, "")
}

// openLive opens the index CURRENT names in path when it holds fingerprint
// fp and its files are intact.
func openLive(path, fp string, c *corpus.Corpus) (*Index, error) {
	dir, ok := liveDir(path)
	if !ok {
		return nil, fmt.Errorf("index %s: no live index", path)
	}
	if got := readFingerprint(dir); got != fp {
		return nil, fmt.Errorf("index %s: built from other notes", dir)
	}
	return openDir(dir, c)
}

// rebuild builds the index of c in a new directory of opts.Path and makes
// it the live one, holding LOCK. If, once it holds LOCK, the live index is
// an intact index of c other than damaged (the directory a search found
// damaged, or ""), another process has just built it: it is opened
// instead.
func rebuild(ctx context.Context, c *corpus.Corpus, fp string, opts Options, damaged string) (*Index, error) {
	if err := os.MkdirAll(opts.Path, 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", opts.Path, err)
	}
	lock := flock.New(filepath.Join(opts.Path, lockFile))
	if _, err := lock.TryLockContext(ctx, 20*time.Millisecond); err != nil {
		return nil, fmt.Errorf("index %s: wait for the lock: %w", opts.Path, err)
	}
	defer lock.Unlock()
	if dir, ok := liveDir(opts.Path); ok && dir != damaged {
		if ix, err := openLive(opts.Path, fp, c); err == nil {
			return ix, nil
		}
	}
	dir, err := os.MkdirTemp(opts.Path, dirPrefix+fp[:16]+"-")
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", opts.Path, err)
	}
	ix, err := buildDir(ctx, c, dir, fp, opts)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := switchCurrent(opts.Path, filepath.Base(dir)); err != nil {
		ix.Close()
		os.RemoveAll(dir)
		return nil, err
	}
	removeStale(opts.Path)
	return ix, nil
}

// buildDir builds the index of c in dir as one segment, records its
// fingerprint once every file is synced, and opens it.
func buildDir(ctx context.Context, c *corpus.Corpus, dir, fp string, opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	size := opts.BatchSize
	if size <= 0 {
		size = 1000
	}
	b, err := bleve.NewBuilder(dir, m, map[string]any{"buildPathPrefix": dir, "batchSize": size})
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	for i, p := range c.Passages() {
		if i%size == 0 {
			if err := ctx.Err(); err != nil {
				abandon(b)
				return nil, err
			}
		}
		if err := b.Index(p.ID, document(p)); err != nil {
			abandon(b)
			return nil, fmt.Errorf("index %s: %w", p.ID, err)
		}
	}
	if err := b.Close(); err != nil {
		return nil, fmt.Errorf("write index %s: %w", dir, err)
	}
	if fp != "" {
		if err := syncTree(dir); err != nil {
			return nil, err
		}
		sums, err := checksums(dir)
		if err != nil {
			return nil, err
		}
		if err := writeFileSync(filepath.Join(dir, checksumsFile), sums); err != nil {
			return nil, err
		}
		if err := writeFileSync(filepath.Join(dir, fingerprintFile), []byte(fp+"\n")); err != nil {
			return nil, err
		}
	}
	return openBleve(dir, c) // its checksums were just taken
}

// checksums lists the SHA-256 and size of every file under dir, by path
// relative to dir, one "sha256 size path" line each, sorted.
func checksums(dir string) ([]byte, error) {
	var b bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		if rel == checksumsFile || rel == fingerprintFile {
			return nil
		}
		sum, n, err := hashFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%x %d %s\n", sum, n, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("checksum index %s: %w", dir, err)
	}
	return b.Bytes(), nil
}

func hashFile(name string) (sum []byte, size int64, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return nil, 0, err
	}
	return h.Sum(nil), n, nil
}

// verify checks every file of the index in dir against the checksums
// recorded when it was built. A missing CHECKSUMS, a missing file, another
// size or another checksum is an error naming the file.
func verify(dir string) error {
	want, err := os.ReadFile(filepath.Join(dir, checksumsFile))
	if err != nil {
		return fmt.Errorf("verify index %s: %w", dir, err)
	}
	n := 0
	for line := range strings.Lines(string(want)) {
		f := strings.SplitN(strings.TrimSuffix(line, "\n"), " ", 3)
		size, perr := strconv.ParseInt(f[min(1, len(f)-1)], 10, 64)
		if len(f) != 3 || perr != nil {
			return fmt.Errorf("verify index %s: %s: malformed line %q", dir, checksumsFile, line)
		}
		name := filepath.Join(dir, filepath.FromSlash(f[2]))
		if !filepath.IsLocal(filepath.FromSlash(f[2])) {
			return fmt.Errorf("verify index %s: %s: path %q outside the index", dir, checksumsFile, f[2])
		}
		sum, got, err := hashFile(name)
		switch {
		case err != nil:
			return fmt.Errorf("verify index %s: %w", dir, err)
		case got != size:
			return fmt.Errorf("verify index %s: %s is %d bytes, was %d when built", dir, f[2], got, size)
		case hex.EncodeToString(sum) != f[0]:
			return fmt.Errorf("verify index %s: %s has changed since it was built (checksum)", dir, f[2])
		}
		n++
	}
	if n == 0 {
		return fmt.Errorf("verify index %s: %s lists no files", dir, checksumsFile)
	}
	return nil
}

// abandon releases a builder whose index will not be used. bleve's Close
// panics on a builder that has indexed nothing yet; that is recovered, the
// half-built directory is removed by the next rebuild.
func abandon(b bleve.Builder) {
	defer func() { _ = recover() }()
	_ = b.Close()
}

// openDir opens the index in dir read-only, once its files match their
// checksums. A panic inside bleve, seen with damaged indexes, is returned as
// an error.
func openDir(dir string, c *corpus.Corpus) (*Index, error) {
	if err := verify(dir); err != nil {
		return nil, err
	}
	return openBleve(dir, c)
}

// openBleve opens the index in dir read-only, unchecked.
func openBleve(dir string, c *corpus.Corpus) (ix *Index, err error) {
	var bi bleve.Index
	defer func() {
		if r := recover(); r != nil {
			if bi != nil {
				bi.Close()
			}
			ix, err = nil, fmt.Errorf("open index %s: panic in bleve: %v", dir, r)
		}
	}()
	bi, err = bleve.OpenUsing(dir, map[string]any{"read_only": true, "bolt_timeout": "1s"})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	if n, err := bi.DocCount(); err != nil || n != uint64(len(c.Passages())) {
		bi.Close()
		return nil, fmt.Errorf("open index %s: it holds %d passages, the corpus %d (%v)", dir, n, len(c.Passages()), err)
	}
	ix, err = open(bi, c)
	if ix != nil {
		ix.dir = dir
	}
	return ix, err
}

// liveDir returns the index directory CURRENT names in path.
func liveDir(path string) (string, bool) {
	b, err := os.ReadFile(filepath.Join(path, currentFile))
	if err != nil {
		return "", false
	}
	name := strings.TrimSpace(string(b))
	if !strings.HasPrefix(name, dirPrefix) || strings.ContainsAny(name, `/\`) {
		return "", false
	}
	return filepath.Join(path, name), true
}

func readFingerprint(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, fingerprintFile))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// switchCurrent makes name the live index directory of path, atomically.
func switchCurrent(path, name string) error {
	tmp := filepath.Join(path, currentFile+".tmp")
	if err := writeFileSync(tmp, []byte(name+"\n")); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(path, currentFile)); err != nil {
		return fmt.Errorf("switch index: %w", err)
	}
	return syncDir(path)
}

// removeStale removes the index directories of path that CURRENT does not
// name. Errors are ignored: what is left is removed next time.
func removeStale(path string) {
	live, _ := liveDir(path)
	entries, _ := os.ReadDir(path)
	for _, e := range entries {
		p := filepath.Join(path, e.Name())
		if e.IsDir() && strings.HasPrefix(e.Name(), dirPrefix) && p != live {
			os.RemoveAll(p)
		}
	}
}

func writeFileSync(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return syncDir(filepath.Dir(name))
}

// syncTree flushes every file and directory under dir to disk.
func syncTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return syncDir(p)
	})
}

// syncDir syncs a file or directory to disk.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
