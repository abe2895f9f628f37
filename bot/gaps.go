package bot

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/internal/phrase"
)

// This file is /notes gaps, the moderators' view of what the notes are
// missing, from the 👍/👎 on answers (feedback.go): the questions refused
// most often and the answers voted down most, rewordings together. Every
// reply is ephemeral: only the moderator who asked sees it.
//
//	/notes gaps show     the report, with Export and Clear buttons
//	/notes gaps export   every gap as a CSV file (deferred, as /notes export)
//	/notes gaps clear    asks to confirm, then deletes the server's feedback
//
// Buttons: "gaps:export", "gaps:clear" (ask to confirm), "gaps:delete"
// (confirmed). Each checks the presser's permissions again. The group
// works whether or not the server's own notes are enabled.

// The gaps subcommand group of /notes.
const (
	notesGaps  = "gaps"
	gapsShow   = "show"
	gapsExport = "export"
	gapsClear  = "clear"

	customIDGaps = "gaps"
	gapsDelete   = "delete" // the confirmed clear
)

// gapsList is how many gaps of each list /notes gaps show shows; the
// export has them all, up to maxExportRows.
const (
	gapsList      = 5
	maxExportRows = 5000
)

// Messages moderators see.
const (
	msgGapsDM        = "What the notes are missing is kept for a server: use this in a server."
	msgGapsForbidden = "Sorry, only members with the Manage Server permission can see what the notes are missing."
	msgGapsChoose    = "Choose what to do: `/notes gaps show`, `/notes gaps export` or `/notes gaps clear`."
	msgGapsOff       = "Feedback on answers is off on this bot, so there are no gaps to show (the operator can turn on feedback.enabled)."
	msgGapsFailed    = "Sorry, I couldn't read the feedback right now. Please try again in a moment, or use `conceptbot gaps` on the command line."
)

// gapsOption is the gaps subcommand group of /notes.
func gapsOption() CommandOption {
	sub := func(name, desc string) CommandOption {
		return CommandOption{Type: CommandOptionSubcommand, Name: name, Description: desc}
	}
	return CommandOption{
		Type: CommandOptionSubcommandGroup, Name: notesGaps, Description: "What the notes are missing: questions refused or voted down",
		Options: []CommandOption{
			sub(gapsShow, "The questions refused most often and the answers voted down most (only you see it)"),
			sub(gapsExport, "Every refused or voted-down question, as a CSV file"),
			sub(gapsClear, "Delete the questions and votes kept for this server"),
		},
	}
}

// gapsInteraction answers /notes gaps <show|export|clear>; group is the
// gaps option.
func (b *Bot) gapsInteraction(ctx context.Context, in *Interaction, group Option) (*Response, error) {
	if r := b.gapsGuard(in); r != nil {
		return r, nil
	}
	var sub string
	for _, o := range group.Options {
		if o.Type == CommandOptionSubcommand {
			sub = o.Name
			break
		}
	}
	switch sub {
	case gapsShow:
		return b.gapsShow(ctx, in), nil
	case gapsExport:
		return b.gapsExport(ctx, in), nil
	case gapsClear:
		return b.gapsConfirm(ctx, in), nil
	}
	return ephemeral(msgGapsChoose), nil
}

// gapsButton answers the buttons of gaps replies: "export", "clear" and
// "delete".
func (b *Bot) gapsButton(ctx context.Context, in *Interaction, arg string) (*Response, error) {
	if r := b.gapsGuard(in); r != nil {
		return r, nil
	}
	switch arg {
	case gapsExport:
		return b.gapsExport(ctx, in), nil
	case gapsClear:
		return b.gapsConfirm(ctx, in), nil
	case gapsDelete:
		return b.gapsDelete(ctx, in), nil
	}
	return ephemeral(msgExpired), nil
}

// gapsGuard refuses, in this order: a DM, a member without Manage Server
// (or Administrator), a bot without feedback. It returns nil to go on.
func (b *Bot) gapsGuard(in *Interaction) *Response {
	switch {
	case in.GuildID == "":
		return ephemeral(msgGapsDM)
	case in.Member == nil || !canManage(in.Member.Permissions):
		b.log.Info("notes gaps: refused", "guild", in.GuildID, "user", in.UserID())
		return ephemeral(msgGapsForbidden)
	case b.votes == nil || b.followups == nil:
		return ephemeral(msgGapsOff)
	}
	return nil
}

// report reads the server's report within commandTimeout, naming the
// closest sections from the server's notes (its own, then the shared).
func (b *Bot) report(ctx context.Context, in *Interaction) (feedback.Report, *Response) {
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	v, err := b.view(ctx, in.GuildID)
	if err != nil {
		v = b.sharedView // its own notes unavailable: name what the shared notes have
	}
	r, err := b.votes.Report(ctx, in.GuildID, viewPassages{v})
	if err != nil {
		b.log.Error("notes gaps: report failed", "guild", in.GuildID, "err", err)
		return r, ephemeral(msgGapsFailed)
	}
	return r, nil
}

// gapsShow is the report as an embed: the totals, then the gaps refused
// most often and those voted down most, with buttons to export and clear.
func (b *Bot) gapsShow(ctx context.Context, in *Interaction) *Response {
	rep, fail := b.report(ctx, in)
	if fail != nil {
		return fail
	}
	r := b.fmt.gaps(rep, b.votes.Retention())
	r.ephemeral = true
	return r.response(ResponseMessage)
}

// gapsExport is every gap as a CSV file, the worst first: deferred, since
// an HTTP interactions endpoint cannot return a file.
func (b *Bot) gapsExport(ctx context.Context, in *Interaction) *Response {
	return b.later(ctx, in, func(ctx context.Context) (*ResponseData, []File) {
		rep, fail := b.report(ctx, in)
		if fail != nil {
			return fail.Data, nil
		}
		all := len(rep.Gaps)
		if all > maxExportRows {
			rep.Gaps = rep.Gaps[:maxExportRows]
		}
		var buf bytes.Buffer
		if err := feedback.WriteCSV(&buf, rep); err != nil {
			b.log.Error("notes gaps: export failed", "guild", in.GuildID, "err", err)
			return ephemeral(msgGapsFailed).Data, nil
		}
		name := fmt.Sprintf("gaps-%s-%s.csv", in.GuildID, rep.Until.UTC().Format("2006-01-02"))
		msg := fmt.Sprintf("What the notes are missing, over the last %s: %s refused or voted down, one a row, rewordings together.",
			days(b.votes.Retention()), phrase.Count(all, "question"))
		if all > maxExportRows {
			msg += fmt.Sprintf(" The first %d are here; `conceptbot gaps --guild %s` on the command line has them all.", maxExportRows, in.GuildID)
		}
		b.log.Info("notes gaps: exported", "guild", in.GuildID, "user", in.UserID(), "gaps", all)
		return reply{content: msg, ephemeral: true}.response(ResponseMessage).Data,
			[]File{{Name: name, ContentType: "text/csv; charset=utf-8", Data: buf.Bytes()}}
	})
}

// gapsConfirm asks before clearing, saying what would be deleted.
func (b *Bot) gapsConfirm(ctx context.Context, in *Interaction) *Response {
	rep, fail := b.report(ctx, in)
	if fail != nil {
		return fail
	}
	if rep.Asked == 0 {
		return ephemeral("There is nothing to clear: no questions are kept for this server.")
	}
	msg := fmt.Sprintf("Delete the %s and %s kept for this server? This cannot be undone; questions asked from now on are kept again.",
		phrase.Count(rep.Asked, "question"), phrase.Count(rep.Up+rep.Down, "vote"))
	r := reply{content: msg, ephemeral: true, components: rows(b.fmt.limits(), Component{
		Type: ComponentButton, Style: ButtonDanger, Label: "Delete them", CustomID: customIDGaps + ":" + gapsDelete,
	})}
	return r.response(ResponseMessage)
}

// gapsDelete clears the server's feedback and turns the confirmation into
// what was done.
func (b *Bot) gapsDelete(ctx context.Context, in *Interaction) *Response {
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	n, err := b.votes.Clear(ctx, in.GuildID)
	if err != nil {
		b.log.Error("notes gaps: clear failed", "guild", in.GuildID, "err", err)
		return ephemeral(msgGapsFailed)
	}
	b.log.Info("notes gaps: cleared", "guild", in.GuildID, "user", in.UserID(), "answers", n)
	r := reply{content: fmt.Sprintf("Deleted %s and their votes.", phrase.Count(n, "question")), components: rows(b.fmt.limits(), Component{
		Type: ComponentButton, Style: ButtonSecondary, Label: "Deleted", CustomID: customIDGaps + ":" + gapsDelete, Disabled: true,
	})}
	return r.response(ResponseUpdateMessage)
}

// gaps formats a report: the totals, then up to gapsList gaps refused most
// often and voted down most, each with its count, when it was last asked
// and the closest section.
func (f formatter) gaps(rep feedback.Report, retention time.Duration) reply {
	lim := f.limits()
	window := days(retention)
	var desc []mdSeg
	if rep.Asked == 0 {
		desc = append(desc, markup("No questions are kept for the last "+window+" yet: answers are kept as members ask, with the 👍 and 👎 on them."))
	} else {
		desc = append(desc, markup(fmt.Sprintf("**%d** %s asked in the last %s; **%d** not answered (%s). Votes: %d 👍, %d 👎.\nRewordings of a question count together.",
			rep.Asked, plural(rep.Asked, "question"), window, rep.Refused, feedback.Percent(rep.RefusedShare()), rep.Up, rep.Down)))
	}
	e := Embed{
		Title:  truncate("What the notes are missing", lim.title),
		Color:  colorNotFound,
		Footer: &EmbedFooter{Text: truncate(f.footerPrefix()+" · Export has every question, as CSV", lim.footer)},
	}
	e.Description = renderMD(desc, lim.description)
	if rep.Asked > 0 && lim.fields >= 2 {
		refused := gapLines(rep.Refusals(), func(g feedback.Gap) []mdSeg {
			return []mdSeg{bold(strconv.Itoa(g.Refused) + "×"), markup(" ")}
		}, "closest: ", min(lim.fieldValue, lim.total/4))
		down := gapLines(rep.Downvoted(), func(g feedback.Gap) []mdSeg {
			return []mdSeg{bold(strconv.Itoa(g.Down) + " 👎"), markup(fmt.Sprintf(" %d 👍 ", g.Up))}
		}, "answered from: ", min(lim.fieldValue, lim.total/4))
		if refused == "" {
			refused = "Nothing refused."
		}
		if down == "" {
			down = "No answer voted down."
		}
		e.Fields = []EmbedField{
			{Name: truncate("Refused most often", lim.fieldName), Value: refused},
			{Name: truncate("Voted down most", lim.fieldName), Value: down},
		}
	}
	r := reply{embeds: []Embed{e}}
	if rep.Asked > 0 {
		r.components = rows(lim,
			Component{Type: ComponentButton, Style: ButtonPrimary, Label: "Export CSV", CustomID: customIDGaps + ":" + gapsExport},
			Component{Type: ComponentButton, Style: ButtonDanger, Label: "Clear…", CustomID: customIDGaps + ":" + gapsClear},
		)
	}
	return r
}

// gapLines lists up to gapsList gaps, one entry each, in at most size
// runes: whole entries only. head is an entry's count; from introduces its
// section.
func gapLines(gaps []feedback.Gap, head func(feedback.Gap) []mdSeg, from string, size int) string {
	var out string
	for i, g := range gaps {
		if i == gapsList {
			break
		}
		segs := append(head(g), text(truncate(g.Question, 120)))
		if k := len(g.Wordings) - 1; k > 0 {
			segs = append(segs, markup(" (+"+phrase.Count(k, "rewording")+")"))
		}
		segs = append(segs, markup(" · last "+timestamp(g.Last, 'R')))
		switch {
		case g.Citation != "":
			segs = append(segs, markup("\n  "+from), text(truncate(g.Citation, 150)))
		case g.Section != "":
			segs = append(segs, markup("\n  "+from), text(truncate(g.Section, 100)), markup(" (no longer in the notes)"))
		}
		if len(g.Notes) > 0 {
			segs = append(segs, markup("\n  looking for: “"), text(truncate(g.Notes[0], 120)), markup("”"))
		}
		entry := renderMD(segs, size)
		sep := ""
		if out != "" {
			sep = "\n"
		}
		if utf8.RuneCountInString(out+sep+entry) > size {
			break
		}
		out += sep + entry
	}
	return out
}

// days names a duration in whole days ("90 days"), or hours under a day.
func days(d time.Duration) string {
	if d < 24*time.Hour {
		return phrase.Count(int(d.Hours()), "hour")
	}
	return phrase.Count(int(d.Round(time.Hour).Hours()/24), "day")
}

// plural is thing, with an s unless n is 1.
func plural(n int, thing string) string {
	if n == 1 {
		return thing
	}
	return thing + "s"
}

// viewPassages looks passages up in a view, for the report.
type viewPassages struct{ v *view }

func (p viewPassages) Passage(id string) (corpus.Passage, bool) { return p.v.passage(id) }
