package corpus

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
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

// ReadPaths parses every document in paths: files, and in directories
// (recursively) the files ending in .txt, .md or the extension of a
// registered format (see Extensions), in name order. It reads
// them all and returns every problem at once as Errors, each naming the
// file and, where it can, the line.
func ReadPaths(paths []string) ([]*Document, error) {
	var docs []*Document
	var errs Errors
	add := func(err error) {
		var es Errors
		if errors.As(err, &es) {
			errs = append(errs, es...)
			return
		}
		errs = append(errs, &Error{File: "", Msg: err.Error()})
	}
	for _, root := range paths {
		files, err := documentFiles(root)
		if err != nil {
			errs = append(errs, &Error{File: root, Msg: "cannot read: " + unwrapPath(err)})
			continue
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				errs = append(errs, &Error{File: name, Msg: "cannot read: " + unwrapPath(err)})
				continue
			}
			d, err := Parse(name, data)
			if err != nil {
				add(err)
				continue
			}
			docs = append(docs, d)
		}
	}
	if len(errs) > 0 {
		return docs, errs
	}
	return docs, nil
}

// Load returns the corpus made of the embedded seed (when withSeed) and the
// documents in paths. Every problem is reported at once, as Errors.
func Load(paths []string, withSeed bool) (*Corpus, error) {
	var docs []*Document
	if withSeed {
		s, err := Seed()
		if err != nil {
			return nil, fmt.Errorf("embedded corpus: %w", err)
		}
		docs = s
	}
	more, err := ReadPaths(paths)
	docs = append(docs, more...)
	c, dupErr := New(docs...)
	var errs Errors
	for _, e := range []error{err, dupErr} {
		var es Errors
		if errors.As(e, &es) {
			errs = append(errs, es...)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(c.passages) == 0 {
		return nil, errors.New("the corpus is empty: add documents with corpus.paths")
	}
	return c, nil
}

func documentFiles(root string) ([]string, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{root}, nil
	}
	var files []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && readable(path) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// unwrapPath drops the operation and path that *fs.PathError repeats.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
