package bot

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"golang.org/x/tools/txtar"
)

// TestHelp checks /help's text against the notes and the commands, with and
// without daily facts, at the limits of many and long titles.
func TestHelp(t *testing.T) {
	c := testCorpus(t)
	r := formatter{}.help(c, true, true)
	checkReply(t, discordLimits, r)
	if !r.ephemeral {
		t.Error("/help is for the asker alone, want ephemeral")
	}
	if cmds := r.embeds[0].Fields[0].Value; !strings.Contains(cmds, "`/daily`") {
		t.Errorf("commands %q lack /daily on a bot with daily facts", cmds)
	}
	// Every command registered (but the message command and /help's own
	// line) is in the list.
	for _, cmd := range Commands() {
		if cmd.Type == CommandTypeChatInput && !strings.Contains(r.embeds[0].Fields[0].Value, "`/"+cmd.Name) {
			t.Errorf("/help does not mention /%s", cmd.Name)
		}
	}

	var docs []*corpus.Document
	for i := range 40 {
		d := &corpus.Document{ID: fmt.Sprintf("d%d", i), Title: strings.Repeat("Long *title* @everyone ", 30) + fmt.Sprint(i), Category: "Economy"}
		d.Passages = []corpus.Passage{{ID: d.ID + "/definition", DocID: d.ID, Doc: d.Title, Section: []string{"Definition"}, Text: "x"}}
		docs = append(docs, d)
	}
	many, err := corpus.New(docs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		c    *corpus.Corpus
		want string
	}{
		{"many documents", many, "40 documents, 40 sections and 40 passages:"},
		{"no notes", nil, "No notes are loaded yet."},
	} {
		r := formatter{}.help(tt.c, false, false)
		checkReply(t, discordLimits, r)
		notes := r.embeds[0].Fields[2].Value
		if !strings.HasPrefix(notes, tt.want) {
			t.Errorf("%s: notes %q, want them to start %q", tt.name, notes, tt.want)
		}
		if tt.c == many && !strings.HasSuffix(notes, "…and 30 more.") {
			t.Errorf("%s: notes end %q, want the titles past 10 counted", tt.name, notes[len(notes)-40:])
		}
	}
}

// TestWelcome records the welcome in testdata/welcome.txtar; it is off by
// default, and needs a system channel to go to.
func TestWelcome(t *testing.T) {
	c := testCorpus(t)
	g := &Guild{ID: "300", Name: "Study group", SystemChannelID: "401"}
	if _, _, ok := New(&fakeSearcher{c: c}, c, Options{}).Welcome(g); ok {
		t.Error("Welcome with Options.Welcome unset = ok, want no welcome by default")
	}
	b := New(&fakeSearcher{c: c}, c, Options{Welcome: true})
	for _, none := range []*Guild{nil, {ID: "300"}, {ID: "300", SystemChannelID: "#general"}} {
		if _, _, ok := b.Welcome(none); ok {
			t.Errorf("Welcome(%+v) = ok, want none without a system channel", none)
		}
	}
	channel, msg, ok := b.Welcome(g)
	if !ok || channel != "401" {
		t.Fatalf("Welcome = %q, %v; want the system channel 401", channel, ok)
	}
	checkReply(t, discordLimits, reply{content: msg.Content, embeds: msg.Embeds, components: msg.Components})
	if am := msg.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 || msg.MessageReference != nil {
		t.Errorf("welcome %s, want it to ping nobody and reply to nothing", mustJSON(t, msg))
	}
	if d := msg.Embeds[0].Description; !strings.Contains(d, "(3 documents)") || !strings.Contains(d, "`/help`") {
		t.Errorf("welcome %q, want the notes counted and /help named", d)
	}
	ar := &txtar.Archive{
		Comment: []byte("Bot.Welcome(guild.json) with Options.Welcome: the channel, then the message\n"),
		Files: []txtar.File{
			{Name: "guild.json", Data: mustJSON(t, g)},
			{Name: "channel", Data: []byte(channel + "\n")},
			{Name: "message.json", Data: mustJSON(t, msg)},
		},
	}
	golden(t, filepath.Join("testdata", "welcome.txtar"), txtar.Format(ar))
}
