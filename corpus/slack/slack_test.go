package slack_test

import (
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
