package corpus

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Pages with subpages. Notion exports a page that has subpages as the page,
// "Project Elephant 5b4c….md", beside a folder of the same name holding
// them; Obsidian's folder notes are kept the same way. A subpage that has
// none of its own ("Background", "Key Points", "PYQs & FAQs"; its folder
// may hold its pictures) is a part of its page, not notes on its own: it
// is read into the page as a section named by its title, its headings a
// level down, so that it is cited "Project Elephant › Key Points › 3", and
// the page's links to it are dropped. A subpage with subpages of its own
// is a page too, read on its own (a workspace's home page does not swallow
// its topics).

// fileTree is where the walker reads files from: a folder, or an archive.
type fileTree struct {
	isDir  func(path string) bool
	isFile func(path string) bool
	files  func(dir string) []string // the files directly in dir, by name
	read   func(path string) ([]byte, bool)
}

// pageExts are the extensions of the files a page and its subpages may
// be: Notion exports them as Markdown or as web pages.
var pageExts = []string{".md", ".markdown", ".html", ".htm"}

// pageFile reports whether a file may be a page by its name.
func pageFile(path string) bool {
	return slices.Contains(pageExts, strings.ToLower(filepath.Ext(path)))
}

// markdownExt reports whether a file is Markdown by its name.
func markdownExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".md" || ext == ".markdown"
}

// pageOf returns the page whose folder path is directly in, when path is
// a subpage with no subpages: read with that page, not on its own.
func (t fileTree) pageOf(path string) (string, bool) {
	if !pageFile(path) || t.hasSubpages(stem(path)) {
		return "", false
	}
	dir := filepath.Dir(path)
	for _, ext := range pageExts {
		if t.isFile(dir + ext) {
			return dir + ext, true
		}
	}
	return "", false
}

// hasSubpages reports whether dir is a folder holding pages (a page's
// folder may hold only its pictures).
func (t fileTree) hasSubpages(dir string) bool {
	return t.isDir(dir) && slices.ContainsFunc(t.files(dir), pageFile)
}

func stem(path string) string { return strings.TrimSuffix(path, filepath.Ext(path)) }

// subpages returns the subpages read into the page at path, in the order
// it links to them, then by name.
func (t fileTree) subpages(path string) []string {
	if !pageFile(path) || !t.isDir(stem(path)) {
		return nil
	}
	var kids []string
	for _, f := range t.files(stem(path)) {
		if p, ok := t.pageOf(f); ok && p == path {
			kids = append(kids, f)
		}
	}
	return kids
}

// A Notion database is exported as a table, "Revision Tracker 9f8e….csv",
// with every row's page in the folder of the same name, and the table
// again with its rows hidden from the view too, "… _all.csv". A row's page
// holding nothing but its properties (the table's row) is skipped; one
// with notes is read, and, when another document has its title (a
// tracker's row "FDI in India" beside the notes "FDI in India"), cited
// with its database: "FDI in India (Revision Tracker)".

// databaseOf returns the name of the database whose row's page path is:
// the title of the table beside its folder.
func (t fileTree) databaseOf(path string) (string, bool) {
	dir := filepath.Dir(path)
	if !markdownExt(path) || !t.isFile(dir+".csv") {
		return "", false
	}
	return titleFromName(dir), true
}

// allRows reports whether path is the table of a database's every row
// beside the table of its view.
func (t fileTree) allRows(path string) bool {
	base, ok := strings.CutSuffix(path, "_all.csv")
	return ok && t.isFile(base+".csv")
}

// appFolder says why a folder is an app's own, not notes ("" when it is
// not): Logseq keeps its settings and its backups of pages in the folder
// "logseq" of a graph, beside "pages" and "journals".
func (t fileTree) appFolder(dir string) string {
	if filepath.Base(dir) == "logseq" && t.isFile(filepath.Join(dir, "config.edn")) {
		return "Logseq's settings and backups of pages"
	}
	return ""
}

// inAppFolder says why a file is in an app's folder ("" when it is not).
func (t fileTree) inAppFolder(path string) string {
	for d := filepath.Dir(path); d != filepath.Dir(d); d = filepath.Dir(d) {
		if why := t.appFolder(d); why != "" {
			return why
		}
	}
	return ""
}

// readWithOthers reports whether the file at path is read with others, or
// is another's copy, listing it as skipped if so: a subpage read with its
// page, a database's every row beside its view, a channel's day read with
// its other days (and the first of them reading them all, see days.go).
func (w *walker) readWithOthers(path string) bool {
	if w.readDays(path) {
		return true
	}
	if page, ok := w.tree.pageOf(path); ok {
		w.skipExpected(path, "a subpage, read with its page "+filepath.Base(page))
		return true
	}
	if w.tree.allRows(path) {
		w.skipExpected(path, "a database's every row, beside the table of its view")
		return true
	}
	return false
}

// origin is where a line of a page read with its subpages came from.
type origin struct {
	file string
	line int
}

// pageText is a page's Markdown lines, and the line of its file each came
// from (0 for one added).
type pageText struct {
	lines []string
	at    []int
}

// withSubpages returns the Markdown lines of the page at path (page) with
// its subpages kids read in, and where each came from; read gives a
// subpage's lines, or reports why it cannot and it is left out.
func withSubpages(path string, page pageText, kids []string, read func(string) (pageText, bool)) ([]string, []origin) {
	var lines []string
	var from []origin
	add := func(file string, p pageText) {
		lines = append(lines, p.lines...)
		for _, n := range p.at {
			from = append(from, origin{file, n})
		}
	}
	type kid struct {
		path string
		text pageText
	}
	var subs []kid
	for _, k := range kids {
		if p, ok := read(k); ok {
			subs = append(subs, kid{k, subpageLines(k, p)})
		}
	}
	linked := map[string]int{} // a subpage's base name → where the page links to it
	var keep pageText
	for i, l := range page.lines {
		if target, ok := linkOnly(l); ok && slices.ContainsFunc(subs, func(k kid) bool { return filepath.Base(k.path) == target }) {
			linked[target] = i
			continue
		}
		keep.lines, keep.at = append(keep.lines, l), append(keep.at, page.at[i])
	}
	add(path, keep)
	slices.SortStableFunc(subs, func(a, b kid) int {
		ia, oka := linked[filepath.Base(a.path)]
		ib, okb := linked[filepath.Base(b.path)]
		switch {
		case oka && okb:
			return ia - ib
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	for _, k := range subs {
		add("", pageText{[]string{""}, []int{0}})
		add(k.path, k.text)
	}
	return lines, from
}

// subpageLines are a subpage's lines as a section of its page: its front
// matter left out, its title a "##" heading (its file's name when it has
// none), its headings a level down.
func subpageLines(path string, p pageText) pageText {
	lines := p.lines
	start := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				start = i + 1
				break
			}
		}
	}
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	var out []string
	var at []int
	if start == len(lines) || !strings.HasPrefix(lines[start], "# ") {
		out, at = append(out, "## "+EscapeMarkdown(titleFromName(path)), ""), append(at, 0, 0)
	}
	fence := ""
	for i := start; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case fence != "":
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
		case strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		case demotableRE.MatchString(l):
			l = "#" + l
		}
		out, at = append(out, l), append(at, p.at[i])
	}
	return pageText{out, at}
}

// demotableRE matches a Markdown heading a level can be added to.
var demotableRE = regexp.MustCompile(`^#{1,5}(?:\s|$)`)

// linkOnlyRE matches a line that is only a link (a list item's, maybe) to
// a Markdown file.
var linkOnlyRE = regexp.MustCompile(`^\s*(?:[-*+]\s+)?\[[^\]]*\]\(<?((?:[^()<>]|\([^()<>]*\))+\.(?:md|markdown))>?\)\s*$`) // a path may hold brackets: "Tidal%20energy%20(MNRE)%207f2d….md"

// linkOnly returns the base name of the Markdown file a line only links
// to.
func linkOnly(line string) (string, bool) {
	m := linkOnlyRE.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	target, err := url.PathUnescape(m[1])
	if err != nil {
		target = m[1]
	}
	return filepath.Base(filepath.FromSlash(target)), true
}

// placeLines moves the problems, passages and sections of a page read with
// its subpages to the files and lines they came from.
func placeLines(d *Document, err error, from []origin) {
	place := func(e *Error) {
		if e.Line >= 1 && e.Line <= len(from) {
			o := from[e.Line-1]
			if o.file != "" {
				e.File, e.Line = o.file, o.line
			}
		}
	}
	if es, ok := err.(Errors); ok {
		for _, e := range es {
			place(e)
		}
	}
	if d == nil {
		return
	}
	for _, w := range d.Warnings {
		place(w)
	}
	line := func(n int) int {
		if n >= 1 && n <= len(from) {
			return from[n-1].line
		}
		return n
	}
	for i := range d.Passages {
		d.Passages[i].Line = line(d.Passages[i].Line)
	}
	for i := range d.Outline {
		h := &d.Outline[i]
		if h.Line >= 1 && h.Line <= len(from) && from[h.Line-1].file != d.File {
			h.File = filepath.Base(from[h.Line-1].file)
		}
		h.Line = line(h.Line)
	}
}

// page reads the page at path (data) with its subpages kids, as Markdown,
// and returns the Markdown it read: the page's with theirs.
func (w *walker) page(path string, data []byte, kids []string) (*Document, []byte, error) {
	page, f, warn, err := markdownOf(path, data)
	if err != nil {
		return nil, data, err
	}
	read := func(k string) (pageText, bool) {
		b, ok := w.tree.read(k)
		if !ok {
			return pageText{}, false
		}
		p, _, _, err := markdownOf(k, b)
		if es, isErrs := err.(Errors); isErrs {
			w.rep.Problems = append(w.rep.Problems, es...)
		} else if err != nil {
			w.problem(k, err.Error())
		}
		return p, err == nil
	}
	lines, from := withSubpages(path, page, kids, read)
	d, err := parseMarkdownLines(path, lines, warn)
	placeLines(d, err, from)
	if d != nil {
		d.Format = f
	}
	return d, []byte(strings.Join(lines, "\n")), err
}

// markdownOf returns the Markdown lines of a page, the name of its format
// and a warning from decoding it.
func markdownOf(path string, data []byte) (pageText, string, *Error, error) {
	if markdownExt(path) {
		text, warn, err := decodeText(path, data)
		if err != nil {
			return pageText{}, "", nil, err
		}
		lines := splitLines(text)
		at := make([]int, len(lines))
		for i := range at {
			at[i] = i + 1
		}
		return pageText{lines, at}, "markdown", warn, nil
	}
	f, ok := byContent(path, data)
	if !ok {
		f, ok = byName(path)
	}
	if !ok || f.Convert == nil {
		return pageText{}, "", nil, errors.New("not a page conceptbot reads")
	}
	c, err := convert(f, data)
	if err != nil {
		return pageText{}, "", nil, err
	}
	if !c.Markdown {
		return pageText{}, "", nil, errors.New("not a page conceptbot reads as Markdown")
	}
	lines := splitLines(string(bytes.TrimRight(c.Text, "\n")))
	at := make([]int, len(lines))
	for i := range at {
		at[i] = c.origin(i + 1)
	}
	if c.TitledByName {
		lines = append([]string{"# " + EscapeMarkdown(titleFromName(path))}, lines...)
		at = append([]int{0}, at...)
	}
	return pageText{lines, at}, f.Name, nil, nil
}

// folders is the fileTree of the file system.
func (w *walker) folders() fileTree {
	// Each file read asks of the same few neighbours (the page beside its
	// folder, a database's table): they are looked at once.
	seen := map[string]os.FileInfo{}
	stat := func(p string) os.FileInfo {
		info, ok := seen[p]
		if !ok {
			info, _ = os.Stat(p)
			seen[p] = info
		}
		return info
	}
	return fileTree{
		isDir:  func(p string) bool { info := stat(p); return info != nil && info.IsDir() },
		isFile: func(p string) bool { info := stat(p); return info != nil && info.Mode().IsRegular() },
		files: func(dir string) []string {
			entries, _ := os.ReadDir(dir)
			var out []string
			for _, e := range entries {
				if !strings.HasPrefix(e.Name(), ".") {
					out = append(out, filepath.Join(dir, e.Name()))
				}
			}
			return out
		},
		read: func(p string) ([]byte, bool) {
			data, err := readFile(p, w.maxBytes)
			if err != nil {
				w.problem(p, err.Error())
				return nil, false
			}
			return data, true
		},
	}
}
