package corpus

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Days. A chat app's export keeps each channel as a folder of files, one a
// day, named by its date ("2025-02-10.json", as Slack exports a
// workspace): the days of one document, the channel, read together in
// date order and titled by the folder's name.

// dayFileRE matches the name of a day's file.
var dayFileRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}\.[A-Za-z]+$`)

// readDays reports whether the file at path is a day of a channel's folder
// (see Format.JoinDays): the first of them read reads the folder's days as
// one document, the others are listed as read with it. A folder is looked
// at once, whatever it turns out to hold (a diary of notes named by their
// days is read file by file).
func (w *walker) readDays(path string) bool {
	name, dir := filepath.Base(path), filepath.Dir(path)
	ext := strings.ToLower(filepath.Ext(name))
	if !dayFileRE.MatchString(name) {
		return false
	}
	f, ok := dayJoiner(ext)
	if !ok {
		return false
	}
	if channel, seen := w.channels[dir]; seen {
		if channel {
			w.skipExpected(path, "a day of the channel "+filepath.Base(dir)+", read with its other days")
		}
		return channel
	}
	if w.channels == nil {
		w.channels = map[string]bool{}
	}
	w.channels[dir] = false // until its days are read as one
	var days []string
	for _, p := range w.tree.files(dir) {
		if b := filepath.Base(p); dayFileRE.MatchString(b) && strings.ToLower(filepath.Ext(b)) == ext {
			days = append(days, p)
		}
	}
	if len(days) < 2 {
		return false
	}
	slices.Sort(days)
	first, ok := w.tree.read(path)
	if !ok {
		return true
	}
	if !f.Magic(first) {
		return false
	}
	w.channels[dir] = true
	var datas [][]byte
	var from []origin // where each line of the joined days is written
	var total int64
	for _, p := range days {
		data := first
		if p != path {
			if data, ok = w.tree.read(p); !ok {
				continue
			}
		}
		if f.Magic(data) {
			datas = append(datas, data)
			total += int64(len(data))
			for i := range bytes.Count(data, []byte("\n")) + 1 {
				from = append(from, origin{file: p, line: i + 1})
			}
		}
	}
	if total > w.maxBytes {
		w.problem(dir, "the channel's days are too large together: more than the setting "+w.sizeKey()+" allows")
		return true
	}
	joined, err := f.JoinDays(datas)
	if err != nil {
		w.problem(dir, err.Error())
		return true
	}
	docs, problems := len(w.rep.Docs), len(w.rep.Problems)
	w.document(dir+ext, joined, true)
	// The channel is its folder; its sections, passages and problems are
	// in its days' files.
	placeLines(nil, w.rep.Problems[problems:], from)
	for _, e := range w.rep.Problems[problems:] {
		if e.File == dir+ext {
			e.File = dir
		}
	}
	for _, d := range w.rep.Docs[docs:] {
		d.File = dir
		placeLines(d, nil, from)
	}
	return true
}
