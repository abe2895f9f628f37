package bot

import (
	"fmt"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/discordid"
	"github.com/conceptbot/conceptbot/internal/phrase"
)

// /help and the welcome a server gets when the bot joins it.

const (
	cmdHelp = "help"
	// helpDocs is how many document titles /help lists.
	helpDocs = 10
)

// helpCommand is the registration of /help.
func helpCommand() Command {
	return Command{
		Name:        cmdHelp,
		Type:        CommandTypeChatInput,
		Description: "What this bot does, its commands, and where its notes come from",
	}
}

// helpCommands are the lines of /help's list of commands; /daily's only
// when daily facts are enabled.
func helpCommands(daily, notes bool) []string {
	lines := []string{
		"`/ask question:` — ask anything about the notes; `hide:` shows the answer to you alone, `mention:` addresses it to a classmate",
		"`/lookup section:` — show a section, key point or FAQ: start typing a heading or words from the notes; `hide:` as for `/ask`",
		"`/fact` — a random fact from the notes",
		"**Apps › Find in notes** on any message — answers that message as a question",
		"Mention me with a question, or send me a DM",
		"Follow up — for 10 minutes after I answer you, a question that names no document (`how long do members serve?`) is asked of the notes I answered from",
		"`/help` — this message",
		"`/notes gaps` — what the notes are missing: the questions refused or voted down with 👎 (for moderators)",
	}
	if daily {
		lines = append(lines, "`/daily` — a fact posted in a channel every day (for moderators)")
	}
	if notes {
		lines = append(lines, "`/notes` — the server's own notes: add your documents, and I answer from them too (for moderators)")
	}
	return lines
}

// help is the reply to /help: what the bot does, its commands, the ways of
// asking, and the notes it answers from, counted, with their titles.
func (f formatter) help(c *corpus.Corpus, daily, notes bool) reply {
	lim := f.limits()
	e := Embed{
		Title: renderMD(plain("What I do"), lim.title),
		Description: renderMD([]mdSeg{markup("I answer questions from the study notes with the passage that answers them, " +
			"and cite the document and section it comes from (`Document › Key Points › 3`). " +
			"When the notes don't answer, I say so instead of guessing, and suggest the closest sections.")}, lim.description),
		Color:  colorAnswer,
		Footer: &EmbedFooter{Text: f.footerPrefix()},
	}
	fields := []EmbedField{
		{Name: "Commands", Value: strings.Join(bullets(helpCommands(daily, notes)), "\n")},
		{Name: "Ask for a shape", Value: strings.Join(bullets([]string{
			"`list the key points`, `recent developments`, `all FAQs` — every passage, in pages",
			"`summarise the topic` — the definition and the key points in brief",
			"`3 points on …` — the best points on a topic",
			"`compare A and B` — the best passage on each side",
		}), "\n")},
		{Name: "The notes", Value: notesSummary(c)},
	}
	for _, fd := range fields[:min(len(fields), lim.fields)] {
		e.Fields = append(e.Fields, EmbedField{Name: truncate(fd.Name, lim.fieldName), Value: fd.Value})
	}
	return reply{embeds: []Embed{e}, ephemeral: true}
}

// notesSummary counts c's documents, sections and passages and lists the
// first documents' titles, each within its share of a field's 1,024
// characters.
func notesSummary(c *corpus.Corpus) string {
	lim := discordLimits
	if c == nil || len(c.Docs) == 0 {
		return "No notes are loaded yet."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s and %s:",
		phrase.Count(len(c.Docs), "document"), phrase.Count(len(c.Sections()), "section"), phrase.Count(len(c.Passages()), "passage"))
	const room = 120 // for the counts and the closing "…and N more."
	per := (lim.fieldValue-room)/min(len(c.Docs), helpDocs) - len("\n• ")
	for _, d := range c.Docs[:min(len(c.Docs), helpDocs)] {
		segs := []mdSeg{text(oneLine(d.Title))}
		if d.Category != "" {
			segs = append(segs, markup(" ("), text(truncate(oneLine(d.Category), 30)), markup(")"))
		}
		b.WriteString("\n• " + renderMD(segs, per))
	}
	if n := len(c.Docs) - helpDocs; n > 0 {
		fmt.Fprintf(&b, "\n…and %d more.", n)
	}
	return b.String()
}

func bullets(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = "• " + l
	}
	return out
}

// welcome is the short message the bot posts when it joins a server.
func (f formatter) welcome(c *corpus.Corpus) reply {
	lim := f.limits()
	notes := "the study notes"
	if c != nil && len(c.Docs) > 0 {
		notes += " (" + phrase.Count(len(c.Docs), "document") + ")"
	}
	e := Embed{
		Title: renderMD(plain("Hello! I answer questions from the notes"), lim.title),
		Description: renderMD([]mdSeg{markup("Ask me about " + notes + " and I'll answer with the passage that says it, " +
			"and where it comes from. Try `/ask question:`, or `/help` to see everything I can do.")}, lim.description),
		Color:  colorAnswer,
		Footer: &EmbedFooter{Text: f.footerPrefix()},
	}
	return reply{embeds: []Embed{e}}
}

// Welcome is the message the bot posts in server g when it joins it, and
// the channel to post it in: g's system channel. ok is false when welcomes
// are off (Options.Welcome) or g has no system channel.
func (b *Bot) Welcome(g *Guild) (channelID string, msg *MessageSend, ok bool) {
	if !b.welcome || g == nil || !discordid.Valid(g.SystemChannelID) {
		return "", nil, false
	}
	r := b.fmt.welcome(b.corpus)
	return g.SystemChannelID, &MessageSend{Embeds: r.embeds, AllowedMentions: r.allowedMentions()}, true
}

var _ Welcomer = (*Bot)(nil)
