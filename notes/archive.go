package notes

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// unzipFactor bounds what an archive added may unzip to: this many times
// Limits.DocumentBytes.
const unzipFactor = 4

// ArchiveAdded is what adding the documents of a ZIP archive did.
type ArchiveAdded struct {
	Added   []*Added         // each Doc's File is its path in the archive: "notes.zip/polity/lokpal.txt"
	Refused []Refused        // its files that are documents, or were taken for them, not added
	Skipped []corpus.Skipped // its files that are no notes: pictures, hidden files, other types
}

// Refused is a file of an archive not added, and why.
type Refused struct {
	File string // its path in the archive: "polity/lokpal.txt"
	Err  *Error
}

// AddArchive adds each document of a ZIP archive (an export of notes, a
// folder downloaded) as Add adds one, each on its own: a document refused
// (a problem, a title the notes have, a limit reached) leaves the others
// added. The archive may be at most Limits.DocumentBytes, a document in it
// too, and it may unzip to at most unzipFactor times as much.
func (l *Library) AddArchive(ctx context.Context, guild string, up Upload) (*ArchiveAdded, error) {
	name := cleanName(up.Name)
	if int64(len(up.Data)) > l.opts.DocumentBytes {
		return nil, &Error{Code: ETooLarge, Message: fmt.Sprintf("%s is %s; an archive of notes may be at most %s.", name, Size(int64(len(up.Data))), Size(l.opts.DocumentBytes))}
	}
	zs, rep := corpus.Unzip(ctx, name, up.Data, corpus.UnzipLimits{FileBytes: l.opts.DocumentBytes, Unzipped: unzipFactor * l.opts.DocumentBytes, Key: "notes.max_document_bytes"})
	if err := ctx.Err(); err != nil {
		return nil, ErrorOf(err)
	}
	inside := func(file string) string {
		return filepath.ToSlash(strings.TrimPrefix(file, name+string(filepath.Separator)))
	}
	res := &ArchiveAdded{}
	for _, s := range rep.Skipped {
		s.Path = inside(s.Path)
		res.Skipped = append(res.Skipped, s)
	}
	for _, p := range rep.Problems {
		file := inside(p.File)
		if n := len(res.Refused); n > 0 && res.Refused[n-1].File == file {
			res.Refused[n-1].Err.Problems = append(res.Refused[n-1].Err.Problems, p)
			continue
		}
		res.Refused = append(res.Refused, Refused{File: file, Err: &Error{Code: EInvalid, Message: "can't be added as it is", Problems: corpus.Errors{p}}})
	}
	switch {
	case len(zs) == 0 && len(rep.Problems) > 0:
		return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s has no document that can be added as it is", name), Problems: rep.Problems}
	case len(zs) == 0:
		return nil, &Error{Code: EInvalid, Message: fmt.Sprintf("%s holds no document I can read (%d other files).", name, len(rep.Skipped))}
	}
	for _, z := range zs {
		file := inside(z.Doc.File)
		added, err := l.Add(ctx, guild, Upload{Name: z.Name, Data: z.Data, By: up.By, ByName: up.ByName, Replace: up.Replace})
		if err != nil {
			e := ErrorOf(err)
			if e.Code == EUnavailable || e.Code == "" {
				return res, err // the store failed: the rest would too
			}
			res.Refused = append(res.Refused, Refused{File: file, Err: e})
			continue
		}
		added.Doc.File = name + "/" + file
		res.Added = append(res.Added, added)
	}
	return res, nil
}
