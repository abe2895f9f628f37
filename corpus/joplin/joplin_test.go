package joplin

import (
	"archive/tar"
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// jex builds a .jex as Joplin writes one: a raw item a file, named by its
// ID, notebooks, notes (one with a picture, one a child notebook's), a
// resource's item and file, a tag and its link to a note.
func jex(t testing.TB) []byte {
	t.Helper()
	items := [][2]string{
		{"a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1.md", "Polity\n\nid: a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1\nparent_id: \ncreated_time: 2025-01-01T00:00:00.000Z\ntype_: 2"},
		{"b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2.md", "Rights\n\nid: b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2\nparent_id: a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1\ncreated_time: 2025-01-02T00:00:00.000Z\ntype_: 2"},
		{"c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3.md", "Article 21\n\n# Scope\n\nArticle: 21 protects life and personal liberty.\n\n![map](:/e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5)\n\n```\n# not a heading\n```\n\nid: c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3\nparent_id: b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2\ncreated_time: 2025-03-02T00:00:00.000Z\nuser_created_time: 2025-03-02T00:00:00.000Z\ntype_: 1"},
		{"d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4.md", "Article 14\n\nEquality before the law.\n\nid: d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4\nparent_id: b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2\ncreated_time: 2025-03-01T00:00:00.000Z\nuser_created_time: 2025-03-01T00:00:00.000Z\ntype_: 1"},
		{"e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5.md", "map.png\n\nid: e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5\nmime: image/png\ntype_: 4"},
		{"resources/e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5.png", "\x89PNG"},
		{"f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6.md", "gs2\n\nid: f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6\ntype_: 5"},
	}
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, it := range items {
		if err := tw.WriteHeader(&tar.Header{Name: it[0], Mode: 0o644, Size: int64(len(it[1])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(it[1]))
	}
	tw.Close()
	return b.Bytes()
}

func TestConvert(t *testing.T) {
	data := jex(t)
	if f := corpus.FormatOf(data); f != "Joplin export" {
		t.Errorf("FormatOf = %q, want Joplin export", f)
	}
	_, got := corpustest.Placed(t, "polity.jex", data)
	want := []string{
		"polity › Polity › Rights › Article 14: Equality before the law. (note 4)",
		"polity › Polity › Rights › Article 21 › Scope › 1: Article: 21 protects life and personal liberty. (note 3)",
		"polity › Polity › Rights › Article 21 › Scope › 2: # not a heading (note 3)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, bad := range []struct{ data, want string }{
		{string(data[:1600]), "damaged Joplin export: b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2.md: unexpected EOF"},
		{string(data[:1024]), "the Joplin export has no notes"},
	} {
		if _, err := Convert([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("error %v, want %q", err, bad.want)
		}
	}
}
