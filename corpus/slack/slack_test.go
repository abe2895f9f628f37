package slack_test

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/slack"
)

// export is a day's file of a channel's export: the app's notices, notes
// with a bold title, a thread whose reply comes later in the file, a
// member's message naming another by mention, a link and emoji codes.
const export = `[
    {"type": "message", "subtype": "channel_purpose", "ts": "1743992412.052487", "user": "U1", "text": "<@U1> set the channel purpose: GS1 Art &amp; Culture"},
    {"type": "message", "subtype": "channel_join", "ts": "1743992741.581212", "user": "U2", "text": "<@U2> has joined the channel"},
    {"type": "message", "ts": "1743993160.703949", "user": "U1", "user_profile": {"real_name": "Priya Menon", "display_name": "Priya (mod)"},
     "text": ":pushpin: *Dilwara Temples, Mount Abu*\nVimal Vasahi - 1031 CE, by Vimal Shah, minister of the Chalukya king\nLuna Vasahi - 1230 CE, by the brothers Vastupala &amp; Tejapala\nMore on the <https://en.wikipedia.org/wiki/Dilwara_Temples|wiki page>"},
    {"type": "message", "ts": "1743994000.000100", "user": "U2", "thread_ts": "1743994000.000100", "user_profile": {"real_name": "Kabir Singh"},
     "text": "which temple of Dilwara is for Neminatha again??"},
    {"type": "message", "ts": "1743994100.000200", "user": "U3", "user_profile": {"real_name": "Meera Joshi"},
     "text": "also Dilwara at Mount Abu is not the Delwara near Udaipur, <@U2> :sweat_smile:"},
    {"type": "message", "ts": "1743994200.000300", "user": "U1", "thread_ts": "1743994000.000100", "parent_user_id": "U2",
     "text": "Luna Vasahi is for Neminatha, Vimal Vasahi for Adinath. A prelims trap!"}
]`

func TestExport(t *testing.T) {
	data := []byte(export)
	if !slack.IsExport(data) || corpus.FormatOf(data) != "Slack channel export" {
		t.Fatalf("not told a Slack export (format %q)", corpus.FormatOf(data))
	}
	d, err := corpus.Parse("gs1-art-culture.json", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	// (the question after the notes is asked of them, and its thread's
	// reply, later in the file, answers it)
	want := []string{
		"gs1 art culture › 7 Apr 2025: Meera Joshi: also Dilwara at Mount Abu is not the Delwara near Udaipur, @Kabir Singh",
		"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 1: Vimal Vasahi - 1031 CE, by Vimal Shah, minister of the Chalukya king",
		"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 2: Luna Vasahi - 1230 CE, by the brothers Vastupala & Tejapala",
		"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 3: More on the wiki page",
		"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 4: which temple of Dilwara is for Neminatha again??\nPriya Menon: Luna Vasahi is for Neminatha, Vimal Vasahi for Adinath. A prelims trap!",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadExports(t *testing.T) {
	for name, data := range map[string]string{
		"notices only": `[{"type": "message", "subtype": "channel_join", "ts": "1743992741.5", "user": "U2", "text": "<@U2> has joined the channel"}]`,
		"cut short":    `[{"type": "message", "ts": "1743992741.5", "user": "U2", "text": "hello"}, {"type": "message", "ts": "17`,
	} {
		if _, err := corpus.Parse("day.json", []byte(data)); err == nil {
			t.Errorf("%s: read without a problem", name)
		}
	}
	if slack.IsExport([]byte(`[{"name": "gs1-art-culture", "id": "C01"}]`)) {
		t.Error("a workspace's channels.json is told a channel's messages")
	}
}

// TestChannelOfDays: a workspace export keeps a channel as a folder of
// days, a file each ("2025-04-07.json"): they are one document, the
// channel's, titled by its folder (not by a message that looks like a
// title) and read in date order, in a folder and
// in the export's .zip alike; the export's lists of channels and members
// are skipped as part of it. The channel is cited as its folder, its
// sections and passages by the lines of their days' files.
func TestChannelOfDays(t *testing.T) {
	day := func(ts, text string) string {
		return "[\n" + `{"type": "message", "ts": "` + ts + `0", "user": "U2", "user_profile": {"real_name": "Kabir Singh"}, "text": "Notes for art and culture"},` + "\n" +
			`{"type": "message", "ts": "` + ts + `1", "user": "U1", "user_profile": {"real_name": "Priya Menon"}, "text": "` + text + `"},` + "\n" +
			`{"type": "message", "ts": "` + ts + `2", "user": "U2", "user_profile": {"real_name": "Kabir Singh"}, "text": "thanks, saving this"}` + "\n]\n"
	}
	files := map[string]string{
		"channels.json":                   `[{"id": "C1", "name": "gs1-art-culture"}]`,
		"users.json":                      `[{"id": "U1", "name": "priya"}]`,
		"gs1-art-culture/2025-04-08.json": day("1744100000.000100", "*Hoysala temples*\\nBelur - Chennakeshava, begun 1117 CE\\nHalebidu - Hoysaleswara, of chloritic schist"),
		"general/2025-04-01.json":         `[{"type": "message", "ts": "1743480000.000100", "user": "U1", "user_profile": {"real_name": "Priya Menon"}, "text": "New channel for art and culture #gs1-art-culture"}]`,
		"general/2025-04-02.json":         `[{"type": "message", "subtype": "channel_join", "ts": "1743566400.000100", "user": "U2", "text": "<@U2> has joined the channel"}]`,
		"gs1-art-culture/2025-04-07.json": day("1743993160.703949", "*Dilwara Temples, Mount Abu*\\nVimal Vasahi - 1031 CE, by Vimal Shah\\nLuna Vasahi - 1230 CE, by Vastupala and Tejapala"),
	}
	dir := t.TempDir()
	var buf strings.Builder
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		p := filepath.Join(dir, "export", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "export.zip"), []byte(buf.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{filepath.Join(dir, "export"), filepath.Join(dir, "export.zip")} {
		rep, err := corpus.ReadPaths(context.Background(), []string{root}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Docs) != 2 || len(rep.Problems) != 0 {
			t.Fatalf("%s: %d documents (want the two channels'), problems %v", root, len(rep.Docs), rep.Problems)
		}
		slices.SortFunc(rep.Docs, func(a, b *corpus.Document) int { return strings.Compare(a.Title, b.Title) })
		if g := rep.Docs[0]; g.Title != "general" || g.Subtitle != "" {
			t.Errorf("%s: a channel of one message is titled %q, subtitle %q; want its name, no subtitle", root, g.Title, g.Subtitle)
		}
		for _, sk := range rep.Skipped {
			if !sk.Expected {
				t.Errorf("%s: %s skipped as no document: %s", root, sk.Path, sk.Reason)
			}
		}
		d := rep.Docs[1]
		if d.Title != "gs1 art culture" || d.Subtitle != "" {
			t.Errorf("%s: titled %q, subtitle %q; want the channel's name, no subtitle", root, d.Title, d.Subtitle)
		}
		if want := filepath.Join(root, "gs1-art-culture"); d.File != want {
			t.Errorf("%s: the channel is cited as %s, want its folder %s", root, d.File, want)
		}
		for _, h := range d.Outline {
			// the day at its first message, line 2; Priya's notes at hers, line 3
			if want := len(h.Path) + 1; strings.HasPrefix(h.Path[0], "8 Apr") && (h.File != "2025-04-08.json" || h.Line != want) {
				t.Errorf("%s: %v is at line %d of %q, want line %d of its day, 2025-04-08.json", root, h.Path, h.Line, h.File, want)
			}
		}
		var got []string
		for _, p := range d.Passages {
			if c := p.Citation(); strings.Contains(c, "(Priya Menon)") {
				got = append(got, c) // the notes, not the chatter around them
				if p.Line != 3 {
					t.Errorf("%s: %s at line %d, want line 3 of its day", root, c, p.Line)
				}
			}
		}
		want := []string{
			"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 1",
			"gs1 art culture › 7 Apr 2025 › Dilwara Temples, Mount Abu (Priya Menon) › 2",
			"gs1 art culture › 8 Apr 2025 › Hoysala temples (Priya Menon) › 1",
			"gs1 art culture › 8 Apr 2025 › Hoysala temples (Priya Menon) › 2",
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: passages\n%s\nwant\n%s", root, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
