package corpus

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// zipped is a ZIP archive of files, in the order given (name, contents).
func zipped(tb testing.TB, files ...string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(files[i+1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func evalDoc(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "index", "testdata", "eval", "multi", "docs", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestArchiveSameAsFolder: a ZIP archive of notes — folders, an archive
// in it, a Windows tool's backslashes, hidden files and macOS's copies of
// file details — gives the documents the folder gives, cited inside the
// archive, and skips what the folder skips.
func TestArchiveSameAsFolder(t *testing.T) {
	lokpal, delimitation, aditya := evalDoc(t, "lokpal.md"), evalDoc(t, "delimitation.md"), evalDoc(t, "aditya-l1-notes.txt")
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"folder/polity/lokpal.md":       lokpal,
		"folder/polity/delimitation.md": delimitation,
		"folder/science/aditya.txt":     aditya,
		"folder/.obsidian/app.json":     "{}",
		"folder/map.png":                "\x89PNG",
		"folder/data.bin":               "?",
	})
	inner := zipped(t, "aditya.txt", aditya)
	archive := filepath.Join(dir, "notes.zip")
	data := zipped(t,
		"polity/", "",
		`polity\lokpal.md`, lokpal,
		"polity/delimitation.md", delimitation,
		"science.zip", string(inner),
		"__MACOSX/polity/._lokpal.md", "\x00\x05\x16\x07",
		".obsidian/app.json", "{}",
		"map.png", "\x89PNG",
		"data.bin", "?",
	)
	if err := os.WriteFile(archive, data, 0o644); err != nil {
		t.Fatal(err)
	}
	folder, _, err := loadWithin(t, context.Background(), Options{Paths: []string{filepath.Join(dir, "folder")}})
	if err != nil {
		t.Fatal(err)
	}
	c, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{archive}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Errorf("problems: %v", rep.Problems)
	}
	var files []string
	for _, d := range rep.Docs {
		files = append(files, d.File)
	}
	want := []string{filepath.Join(archive, "polity", "delimitation.md"), filepath.Join(archive, "polity", "lokpal.md"), filepath.Join(archive, "science.zip", "aditya.txt")}
	if !slices.Equal(files, want) {
		t.Errorf("documents read from %q, want %q", files, want)
	}
	same := func(p, q Passage) bool { return p.ID == q.ID && p.Text == q.Text && p.Question == q.Question }
	if got, want := c.Passages(), folder.Passages(); len(got) != len(want) || !slices.EqualFunc(sorted(got), sorted(want), same) {
		t.Errorf("%d passages from the archive, %d from the folder; want the same", len(got), len(want))
	}
	wantSkipped := []Skipped{
		{filepath.Join(archive, ".obsidian", "app.json"), "hidden", true},
		{filepath.Join(archive, "__MACOSX", "polity", "._lokpal.md"), "hidden", true},
		{filepath.Join(archive, "data.bin"), `unsupported file type ".bin" (conceptbot reads ` + strings.Join(Extensions(), ", ") + ")", false},
		{filepath.Join(archive, "map.png"), "a picture, a recording or a video: conceptbot reads text", true},
	}
	if !slices.Equal(rep.Skipped, wantSkipped) {
		t.Errorf("skipped =\n%+v\nwant\n%+v", rep.Skipped, wantSkipped)
	}

	// In a folder of notes, the archive is read as a folder in it.
	other := writeFiles(t, t.TempDir(), map[string]string{"alpha.md": "# Alpha\n\n## Notes\n\nSome text.\n", "notes.zip": string(data)})
	if _, rep, err = loadWithin(t, context.Background(), Options{Paths: []string{other}}); err != nil || len(rep.Docs) != 4 {
		t.Errorf("a folder holding the archive and a note: %d documents, error %v; want 4", len(rep.Docs), err)
	}
}

func sorted(ps []Passage) []Passage {
	return slices.SortedFunc(slices.Values(ps), func(a, b Passage) int { return strings.Compare(a.ID, b.ID) })
}

// TestArchiveBounds: a damaged, encrypted, too deep, too large or bomb-like
// archive, or a file in one, is a problem at its place, and the notes
// beside it still load.
func TestArchiveBounds(t *testing.T) {
	note := "# Alpha\n\n## Notes\n\nSome text about alpha.\n"
	encrypted := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: "secret.md", Method: zip.Store, Flags: 1})
		w.Write([]byte("\x12\x34 not the text"))
		zw.Close()
		return buf.Bytes()
	}
	// bomb says its 50 MB of zeros unzip to 100 bytes.
	bomb := func() []byte {
		var z bytes.Buffer
		fw, _ := flate.NewWriter(&z, flate.BestCompression)
		fw.Write(make([]byte, 50<<20))
		fw.Close()
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: "zeros.txt", Method: zip.Deflate, CompressedSize64: uint64(z.Len()), UncompressedSize64: 100})
		w.Write(z.Bytes())
		zw.Close()
		return buf.Bytes()
	}
	big := strings.Repeat("Words about alpha. ", 100) // 1,900 bytes
	// noise is text that does not compress: an archive of it is as large.
	noise := func(n int) string {
		b, x := make([]byte, n), uint32(1)
		for i := range b {
			x = x*1664525 + 1013904223
			b[i] = 'a' + byte(x>>24)%26
		}
		return string(b)
	}
	large := zipped(t, "a.md", "# A\n\n"+noise(900), "b.md", "# B\n\n"+noise(900))
	cases := []struct {
		name    string
		archive []byte
		set     func()
		want    string // the problem, after the archive's path
	}{
		{"damaged", zipped(t, "a.md", note)[:60], nil, ": cannot read this ZIP archive: not a ZIP archive, or a damaged one"},
		{"encrypted", encrypted(), nil, "/secret.md: encrypted: unzip it with its password, then add the file"},
		{"too deep", zipped(t, "a.zip", string(zipped(t, "b.zip", string(zipped(t, "c.md", note))))), func() { maxArchiveDepth = 1 }, "/a.zip/b.zip: a ZIP archive 2 archives deep: not read"},
		{"file too large", zipped(t, "big.md", "# Big\n\n"+big), nil, "/big.md: 1.9 kB, over the limit of 1 KiB (corpus.max_file_bytes): split it, or raise the limit"},
		{"bomb", bomb(), func() { archiveFileFactor = 100 }, "/zeros.txt: cannot unzip: not a ZIP archive, or a damaged one"},
		{"compressed like a bomb", zipped(t, "zeros.md", "# Zeros\n\n"+strings.Repeat("0", 2<<20)), nil, "/zeros.md: 2.1 MB compressed to 2.1 kB, as no notes compress: not read (a ZIP bomb?)"},
		{"unzips too much", zipped(t, "a.md", "# A\n\n"+big[:900], "b.md", "# B\n\n"+big[:900], "c.md", "# C\n\n"+big[:900]), func() { unzippedFactor = 2 },
			"/c.md: the archive unzips to more than 2 KiB: the rest of it is not read"},
		{"too many files", zipped(t, "a.md", note, "b/", "", "b/c.md", note, "d.md", note), func() { maxArchiveFiles = 3 },
			": a ZIP archive of 4 files, over the limit of 3: unzip it into a folder of notes instead"},
		{"archive too large", large, func() { archiveFileFactor = 1 },
			": a ZIP archive of " + byteSize(int64(len(large))) + ", over the limit of 1 KiB (1 times corpus.max_file_bytes): unzip it into a folder of notes instead"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			defer func(d int, a, u int64, n uint64) {
				maxArchiveDepth, archiveFileFactor, unzippedFactor, maxArchiveFiles = d, a, u, n
			}(maxArchiveDepth, archiveFileFactor, unzippedFactor, maxArchiveFiles)
			if tc.set != nil {
				tc.set()
			}
			dir := writeFiles(t, t.TempDir(), map[string]string{"alpha.md": note, "notes.zip": string(tc.archive)})
			_, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}, MaxFileBytes: 1 << 10})
			if err != nil {
				t.Fatal(err)
			}
			wantProblem := filepath.Join(dir, "notes.zip") + filepath.FromSlash(tc.want)
			if got := errorStrings(rep.Problems); !slices.Contains(got, wantProblem) {
				t.Errorf("problems %q, want %q", got, wantProblem)
			}
			if !slices.ContainsFunc(rep.Docs, func(d *Document) bool { return d.Title == "Alpha" }) {
				t.Errorf("the notes beside the archive were not read")
			}
		})
	}
}

// TestZipEntries: the count of files is read from the archive's end
// record, ZIP64's (over 65,535 files) too, before archive/zip lists them.
func TestZipEntries(t *testing.T) {
	for _, n := range []int{0, 3, 70_000} {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		zw.SetComment("a comment the end record is before")
		for i := range n {
			zw.CreateHeader(&zip.FileHeader{Name: strconv.Itoa(i), Method: zip.Store})
		}
		zw.Close()
		if got := zipEntries(bytes.NewReader(buf.Bytes()), int64(buf.Len())); got != uint64(n) {
			t.Errorf("zipEntries = %d, want %d", got, n)
		}
	}
	if got := zipEntries(strings.NewReader("PK\x05\x06"), 4); got != 0 {
		t.Errorf("zipEntries of a cut record = %d, want 0", got)
	}
}

// FuzzArchive: no archive, however damaged, panics the walk, and every
// document it gives is cited inside it.
func FuzzArchive(f *testing.F) {
	f.Add(zipped(f, "a.md", "# A\n\n## Notes\n\nText.\n", "b.zip", string(zipped(f, "c.txt", "C\n\nSome notes.\n"))))
	f.Add(zipped(f, "x/../../y.md", "# Y\n\nText.\n", "", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		zs, rep := Unzip(context.Background(), "in.zip", data, UnzipLimits{FileBytes: 1 << 16, Unzipped: 1 << 20})
		if len(zs) != len(rep.Docs) {
			t.Fatalf("%d documents and %d files", len(rep.Docs), len(zs))
		}
		for _, d := range rep.Docs {
			if !strings.HasPrefix(d.File, "in.zip"+string(filepath.Separator)) || strings.Contains(d.File, "..") {
				t.Errorf("document file %q is not inside the archive", d.File)
			}
		}
	})
}

// FuzzSubpages: any page and subpage read together give a place for every
// line, keep the subpage's words (but its front matter's), and parse
// without a panic.
func FuzzSubpages(f *testing.F) {
	f.Add("# Page\n\n[Key](Page/Key%20Points.md)\n\nIntro.\n", "---\ntags: x\n---\n# Key Points\n\n## Sub\n\n```\n# not a heading\n```\n1. A point.\n")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, page, sub string) {
		lines := func(text string) pageText {
			p, _, _, err := markdownOf("p.md", []byte(text))
			if err != nil {
				t.Skip()
			}
			return p
		}
		merged, from := withSubpages("Page.md", lines(page), []string{"Page/Key Points.md"}, func(string) (pageText, bool) { return lines(sub), true })
		text := strings.Join(merged, "\n")
		if n := len(splitLines(text)); n != len(from) {
			t.Fatalf("%d lines, %d places", n, len(from))
		}
		if !strings.HasPrefix(strings.TrimSpace(sub), "---") { // front matter is metadata, left out
			for w := range strings.FieldsSeq(strings.Join(lines(sub).lines, "\n")) {
				if strings.Trim(w, "#-") != "" && !strings.Contains(text, strings.Trim(w, "#")) {
					t.Fatalf("word %q of the subpage lost", w)
				}
			}
		}
		d, err := Parse("Page.md", []byte(text))
		placeLines(d, err, from)
	})
}

// TestSubpageWithBracketsInItsName: a page's link alone to its subpage
// whose name has brackets ("Tidal energy (MNRE)", as Notion names the
// file) gives way to the subpage's text, read in as its section.
func TestSubpageWithBracketsInItsName(t *testing.T) {
	page, _, _, err := markdownOf("Ocean.md", []byte("# Ocean\n\nCurrents and tides.\n\n[Tidal energy (MNRE)](Ocean%20ab12/Tidal%20energy%20(MNRE)%207f2d.md)\n"))
	if err != nil {
		t.Fatal(err)
	}
	sub, _, _, err := markdownOf("Tidal energy (MNRE) 7f2d.md", []byte("# Tidal energy (MNRE)\n\nThe Gulf of Khambhat has the highest range.\n"))
	if err != nil {
		t.Fatal(err)
	}
	merged, _ := withSubpages("Ocean.md", page, []string{"Ocean ab12/Tidal energy (MNRE) 7f2d.md"}, func(string) (pageText, bool) { return sub, true })
	text := strings.Join(merged, "\n")
	if strings.Contains(text, "](") || !strings.Contains(text, "## Tidal energy (MNRE)") {
		t.Errorf("page with its subpage:\n%s\nwant the link gone and the subpage a section", text)
	}
}

// TestTextPack: a note Bear or Ulysses exports as a zipped TextBundle
// (.textpack: a .textbundle folder of text.md, info.json and assets/) is
// read as the note, titled by its heading, its Bear tags under the title
// the note's tags; the bundle's other files are no notes.
func TestTextPack(t *testing.T) {
	data := zipped(t,
		"Drain of Wealth.textbundle/info.json", `{"version":2,"type":"net.daringfireball.markdown","creatorIdentifier":"net.shinyfrog.bear"}`,
		"Drain of Wealth.textbundle/text.md", "# Drain of Wealth\n#upsc/gs1/modern-history #economic critique#\n\nThe drain was India's wealth carried to Britain without return.\n\n## Naoroji\n\n- Wrote *Poverty and Un-British Rule in India* (1901).\n",
		"Drain of Wealth.textbundle/assets/chart.png", "\x89PNG")
	dir := writeFiles(t, t.TempDir(), map[string]string{"drain.textpack": string(data)})
	c, _, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Passages()) != 2 {
		t.Errorf("%d passages in the folder, want the note's 2", len(c.Passages()))
	}
	zs, _ := Unzip(context.Background(), "drain.textpack", data, UnzipLimits{FileBytes: 1 << 20, Unzipped: 1 << 22})
	var docs, tags []string
	for _, z := range zs {
		docs = append(docs, z.Doc.Title)
		tags = append(tags, z.Doc.Tags...)
	}
	if !slices.Equal(docs, []string{"Drain of Wealth"}) || !slices.Equal(tags, []string{"upsc/gs1/modern-history", "economic critique"}) {
		t.Errorf("documents %q, tags %q; want the note, tagged as Bear tags it", docs, tags)
	}
}
