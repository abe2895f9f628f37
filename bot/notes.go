package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store"
)

// This file is /notes, the moderators' command for their server's own
// notes (package notes): the command's definition, its handlers and their
// replies. Every reply is ephemeral. Adding a document (a download, a
// parse, a store write) and exporting one (a file, which an HTTP
// interactions endpoint cannot return) are deferred: the bot answers
// "thinking…" at once and edits that answer when done (Followups).

// NotesKeeper keeps each server's notes; *notes.Library is one. Errors
// carrying a *notes.Error are shown to the moderator.
type NotesKeeper interface {
	Library
	Limits() notes.Limits
	Add(ctx context.Context, guild string, up notes.Upload) (*notes.Added, error)
	AddArchive(ctx context.Context, guild string, up notes.Upload) (*notes.ArchiveAdded, error)
	Catalog(ctx context.Context, guild string) (*store.NotesCatalog, error)
	Document(ctx context.Context, guild, id string) (*store.NotesDocument, *corpus.Document, error)
	Remove(ctx context.Context, guild, id string) (store.NotesDocument, error)
	SetIncludeShared(ctx context.Context, guild string, on bool) (*store.NotesCatalog, error)
}

var _ NotesKeeper = (*notes.Library)(nil)

// The /notes command and its subcommands.
const (
	cmdNotes      = "notes"
	notesAdd      = "add"
	notesList     = "list"
	notesOutline  = "outline"
	notesRemove   = "remove"
	notesExport   = "export"
	notesSettings = "settings"
)

// deferredTimeout bounds the work of a deferred answer: well within the
// 15 minutes an interaction's token lives.
const deferredTimeout = 2 * time.Minute

// Messages moderators see.
const (
	msgNotesDisabled  = "This server's own notes are not enabled on this bot."
	msgNotesDM        = "Notes are kept for a server: use this in a server."
	msgNotesForbidden = "Sorry, only members with the Manage Server permission can manage this server's notes."
	msgNotesChoose    = "Choose what to do: `/notes add`, `list`, `outline`, `remove`, `export`, `settings`, or `gaps` (what the notes are missing)."
	msgNotesNoFile    = "Attach the document to add: `/notes add file:` then pick a .md, .txt, .html, .pdf, .docx, .doc, .odt, .rtf, .pptx, .odp, .csv, .xlsx, .epub, .eml, .mhtml, .xmind, .opml, .canvas, .tex, .ipynb, .xml, .org, .vtt or .enex file, a Telegram chat export (result.json), a Google Keep note (.json), a ChatGPT export (conversations.json), or a .zip of such files (an export of your notes)."
	msgNotesNoDoc     = "This server's notes have no such document. Pick one from the list, or see /notes list."
)

// notesCommand is the definition of /notes. Like /daily, Discord shows it
// to members with Manage Server, and the handler checks again.
func notesCommand() Command {
	manageGuild := strconv.FormatInt(PermissionManageGuild, 10)
	sub := func(name, desc string, opts ...CommandOption) CommandOption {
		return CommandOption{Type: CommandOptionSubcommand, Name: name, Description: desc, Options: opts}
	}
	doc := func(what string) CommandOption {
		return CommandOption{Type: CommandOptionString, Name: "document", Description: "The document to " + what + " (start typing its title)", Required: true, Autocomplete: true}
	}
	return Command{
		Name:                     cmdNotes,
		Type:                     CommandTypeChatInput,
		Description:              "Manage this server's own notes (moderators)",
		DefaultMemberPermissions: &manageGuild,
		Contexts:                 []int{0}, // servers only
		Options: []CommandOption{
			sub(notesAdd, "Add a document to this server's notes: Markdown, text, a web page, Word, PowerPoint or PDF",
				CommandOption{Type: CommandOptionAttachment, Name: "file", Description: "Notes (text, web page, PDF, Office file, e-book, e-mail, mind map, captions, an export) or a .zip", Required: true},
				CommandOption{Type: CommandOptionBoolean, Name: "replace", Description: "Replace the document with the same title"},
			),
			sub(notesList, "List this server's documents"),
			sub(notesOutline, "Show a document's sections and passages", doc("show")),
			sub(notesRemove, "Remove a document from this server's notes", doc("remove")),
			sub(notesExport, "Download a document as it was added", doc("download")),
			sub(notesSettings, "Show or change whether answers here use the bot's shared notes too",
				CommandOption{Type: CommandOptionBoolean, Name: "include_shared", Description: "Answer from the bot's shared notes as well as this server's"},
			),
			gapsOption(), // gaps.go
		},
	}
}

// notesInteraction answers /notes. Guards come first, as for /daily: a DM,
// a member without Manage Server (or Administrator), a bot without notes.
func (b *Bot) notesInteraction(ctx context.Context, in *Interaction) (*Response, error) {
	for _, o := range in.Data.Options {
		if o.Type == CommandOptionSubcommandGroup && o.Name == notesGaps {
			return b.gapsInteraction(ctx, in, o) // gaps.go: guards of its own
		}
	}
	switch {
	case in.GuildID == "":
		return ephemeral(msgNotesDM), nil
	case in.Member == nil || !canManage(in.Member.Permissions):
		b.log.Info("notes: refused", "guild", in.GuildID, "user", in.UserID())
		return ephemeral(msgNotesForbidden), nil
	case b.notes == nil || b.followups == nil:
		return ephemeral(msgNotesDisabled), nil
	}
	var sub Option
	for _, o := range in.Data.Options {
		if o.Type == CommandOptionSubcommand {
			sub = o
			break
		}
	}
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	switch sub.Name {
	case notesAdd:
		return b.notesAdd(ctx, in, sub.Options), nil
	case notesList:
		c, err := b.notes.Catalog(ctx, in.GuildID)
		if err != nil {
			return b.notesFailed(in, err), nil
		}
		return b.notesListReply(c), nil
	case notesOutline:
		sd, d, err := b.notesDocument(ctx, in, sub.Options)
		if err != nil {
			return b.notesFailed(in, err), nil
		}
		segs := []mdSeg{bold(truncate(sd.Title, 200)), markup(": "), text(docSummary(*sd)), markup(".")}
		r := reply{content: renderMD(segs, discordLimits.content), embeds: []Embed{outlineEmbed(d)}, ephemeral: true}
		return r.response(ResponseMessage), nil
	case notesRemove:
		id, err := b.notesDocID(ctx, in, sub.Options)
		if err != nil {
			return b.notesFailed(in, err), nil
		}
		old, err := b.notes.Remove(ctx, in.GuildID, id)
		if err != nil {
			return b.notesFailed(in, err), nil
		}
		b.log.Info("notes: removed", "guild", in.GuildID, "user", in.UserID(), "document", id)
		return notesReply(markup("Removed "), bold(truncate(old.Title, 200)), markup(" from this server's notes. Questions here no longer use it.")), nil
	case notesExport:
		return b.notesExport(ctx, in, sub.Options), nil
	case notesSettings:
		return b.notesSettingsReply(ctx, in, sub.Options), nil
	}
	return ephemeral(msgNotesChoose), nil
}

// notesAdd answers /notes add: what can be refused at once is, the rest is
// deferred: the download, the check and the store write.
func (b *Bot) notesAdd(ctx context.Context, in *Interaction, opts []Option) *Response {
	id := stringOption(opts, "file")
	var att Attachment
	ok := false
	if res := in.Data.Resolved; res != nil {
		att, ok = res.Attachments[id]
	}
	if !ok || att.URL == "" {
		return ephemeral(msgNotesNoFile)
	}
	limit := b.notes.Limits().DocumentBytes
	if att.Size > limit {
		return notesReply(text(fmt.Sprintf("%s is %s; a document may be at most %s.", att.Filename, notes.Size(att.Size), notes.Size(limit))))
	}
	replace := boolOption(opts, "replace")
	user, name := in.UserID(), ""
	if in.Member != nil && in.Member.User != nil {
		name = in.Member.User.Username
	}
	return b.later(ctx, in, func(ctx context.Context) (*ResponseData, []File) {
		data, err := b.fetch.get(ctx, att, limit)
		if err != nil {
			msg := "I couldn't download that file"
			if de, ok := errors.AsType[*downloadError](err); ok {
				msg = de.msg
			}
			b.log.Warn("notes: download failed", "guild", in.GuildID, "user", user, "file", att.Filename, "err", err)
			return notesData(text(msg + ". Nothing was added.")), nil
		}
		up := notes.Upload{Name: att.Filename, Data: data, By: user, ByName: name, Replace: replace}
		if corpus.IsArchive(data) {
			res, err := b.notes.AddArchive(ctx, in.GuildID, up)
			if res == nil {
				return b.notesFailed(in, err).Data, nil
			}
			b.log.Info("notes: archive added", "guild", in.GuildID, "user", user, "file", att.Filename, "added", len(res.Added), "refused", len(res.Refused), "err", err)
			return archiveReply(att.Filename, res, err), nil
		}
		added, err := b.notes.Add(ctx, in.GuildID, up)
		if err != nil {
			return b.notesFailed(in, err).Data, nil
		}
		b.log.Info("notes: added", "guild", in.GuildID, "user", user, "document", added.Stored.ID, "passages", added.Stored.Passages, "replaced", added.Replaced != nil)
		return addedReply(added), nil
	})
}

// notesExport answers /notes export with the original file, deferred: an
// HTTP interactions endpoint cannot return a file.
func (b *Bot) notesExport(ctx context.Context, in *Interaction, opts []Option) *Response {
	id, err := b.notesDocID(ctx, in, opts)
	if err != nil {
		return b.notesFailed(in, err)
	}
	return b.later(ctx, in, func(ctx context.Context) (*ResponseData, []File) {
		sd, _, err := b.notes.Document(ctx, in.GuildID, id)
		if sd == nil {
			return b.notesFailed(in, err).Data, nil
		}
		b.log.Info("notes: exported", "guild", in.GuildID, "user", in.UserID(), "document", id)
		segs := []mdSeg{bold(truncate(sd.Title, 200)), markup(": "), text(docSummary(*sd)), markup(".")}
		return notesData(segs...), []File{{Name: sd.Name, Data: sd.Data}}
	})
}

// notesSettingsReply answers /notes settings: with include_shared it sets
// it, and either way it says where answers come from.
func (b *Bot) notesSettingsReply(ctx context.Context, in *Interaction, opts []Option) *Response {
	var c *store.NotesCatalog
	var err error
	if _, set := findOption(opts, "include_shared"); set {
		on := boolOption(opts, "include_shared")
		c, err = b.notes.SetIncludeShared(ctx, in.GuildID, on)
		b.log.Info("notes: settings", "guild", in.GuildID, "user", in.UserID(), "include_shared", on)
	} else {
		c, err = b.notes.Catalog(ctx, in.GuildID)
	}
	if err != nil {
		return b.notesFailed(in, err)
	}
	segs := []mdSeg{markup(sourcesLine(c))}
	if len(c.Documents) == 0 && !c.IncludeShared {
		segs = append(segs, markup("\nThis server has no documents yet, so questions here find nothing until you add one with `/notes add`."))
	}
	segs = append(segs, markup("\nChange it with `/notes settings include_shared:`."))
	return notesReply(segs...)
}

// sourcesLine says where a server's answers come from.
func sourcesLine(c *store.NotesCatalog) string {
	own := fmt.Sprintf("its own %d documents", len(c.Documents))
	if len(c.Documents) == 1 {
		own = "its own document"
	}
	if c.IncludeShared {
		return "Questions in this server are answered from " + own + " **and** the bot's shared notes."
	}
	return "Questions in this server are answered from " + own + " **only** (the bot's shared notes are left out)."
}

// notesDocID returns the ID of the document option: an ID picked from
// autocomplete, a hash of a long one, or a title typed in full.
func (b *Bot) notesDocID(ctx context.Context, in *Interaction, opts []Option) (string, error) {
	v := strings.TrimSpace(cut(stringOption(opts, "document"), 300))
	c, err := b.notes.Catalog(ctx, in.GuildID)
	if err != nil {
		return "", err
	}
	if h, hashed := strings.CutPrefix(v, "#"); hashed {
		for _, d := range c.Documents {
			if hashID(d.ID) == h {
				return d.ID, nil
			}
		}
	}
	if d, ok := notes.Find(c, v); ok {
		return d.ID, nil
	}
	return "", &notes.Error{Code: notes.ENotFound, Message: msgNotesNoDoc}
}

// notesDocument returns the document of the document option, stored and
// parsed.
func (b *Bot) notesDocument(ctx context.Context, in *Interaction, opts []Option) (*store.NotesDocument, *corpus.Document, error) {
	id, err := b.notesDocID(ctx, in, opts)
	if err != nil {
		return nil, nil, err
	}
	return b.notes.Document(ctx, in.GuildID, id)
}

// notesAutocomplete suggests the server's documents, to moderators only.
func (b *Bot) notesAutocomplete(ctx context.Context, in *Interaction) *Response {
	res := &Response{Type: ResponseAutocompleteResult, Data: &ResponseData{}}
	o, ok := focusedOption(in.Data.Options)
	if !ok || o.Name != "document" || b.notes == nil || in.GuildID == "" || in.Member == nil || !canManage(in.Member.Permissions) {
		return res
	}
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	c, err := b.notes.Catalog(ctx, in.GuildID)
	if err != nil {
		b.log.Warn("notes: autocomplete", "guild", in.GuildID, "err", err)
		return res
	}
	cands := make([]candidate, 0, len(c.Documents))
	for _, d := range c.Documents {
		key := fold(d.Title)
		cands = append(cands, candidate{id: d.ID, name: truncate(oneLine(d.Title), discordLimits.choice), key: key, spaced: " " + key, words: runeWords(key)})
	}
	lim := discordLimits
	picks := cands[:min(len(cands), lim.choices)]
	if typed := cut(rawString(o.Value), 300); strings.TrimSpace(typed) != "" {
		picks = rank(cands, typed, lim.choices, tierFuzzy, "")
	}
	for _, p := range picks {
		value := p.id
		if utf8.RuneCountInString(value) > lim.choice {
			value = "#" + hashID(p.id)
		}
		res.Data.Choices = append(res.Data.Choices, Choice{Name: p.name, Value: value})
	}
	return res
}

// later answers an interaction with a deferred ephemeral response and runs
// work in the background, then edits the response with what it returns.
// Bot.Wait waits for it.
func (b *Bot) later(ctx context.Context, in *Interaction, work func(ctx context.Context) (*ResponseData, []File)) *Response {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), deferredTimeout)
	b.work.Go(func() {
		defer cancel()
		msg, files := work(ctx)
		if err := b.followups.EditResponse(ctx, in.ApplicationID, in.Token, msg, files); err != nil {
			b.log.Error("notes: send the answer", "guild", in.GuildID, "user", in.UserID(), "command", dailySubName(in), "err", err)
		}
	})
	return &Response{Type: ResponseDeferred, Data: &ResponseData{Flags: MessageFlagEphemeral}}
}

// Wait waits, until ctx is done, for the answers deferred and still being
// worked on (documents being added, files being sent).
func (b *Bot) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		b.work.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("deferred answers still under way: %w", ctx.Err())
	}
}

// notesFailed is the answer to a failed /notes: the error's message for
// the moderator, with a document's problems at their lines. Failures that
// are not the moderator's doing are logged with their cause.
func (b *Bot) notesFailed(in *Interaction, err error) *Response {
	e := notes.ErrorOf(err)
	log := b.log.With("guild", in.GuildID, "user", in.UserID(), "command", dailySubName(in), "err", err)
	switch e.Code {
	case notes.EInvalid, notes.ETooLarge, notes.EConflict, notes.ENotFound:
		log.Info("notes: refused")
	case notes.EUnavailable:
		log.Warn("notes: failed")
	default:
		log.Error("notes: failed")
	}
	segs := []mdSeg{text(e.Message)}
	if len(e.Problems) > 0 {
		segs = append(segs, markup(":"))
		segs = listed(segs, e.Problems, problemLine, "")
		segs = append(segs, markup("\nNothing was added. Fix these and add it again; `conceptbot corpus check` shows the same on a computer."))
	}
	return notesReply(segs...)
}

// maxProblems is how many of a document's problems a reply lists.
const maxProblems = 10

// listed appends a line "• item" to segs for each of items, said by say,
// maxProblems at most and then how many more ("…and 3 more warnings.").
func listed[T any](segs []mdSeg, items []T, say func(T) string, more string) []mdSeg {
	for i, it := range items {
		if i == maxProblems {
			return append(segs, markup(fmt.Sprintf("\n…and %d more%s.", len(items)-i, more)))
		}
		segs = append(segs, markup("\n• "), text(oneLine(truncate(say(it), 300))))
	}
	return segs
}

// problemLine says a document's problem as "line N: what is wrong" (or
// "page N: …" for a PDF, whose problems say their page).
func problemLine(e *corpus.Error) string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// notesReply is an ephemeral message of segs, within the content limit.
func notesReply(segs ...mdSeg) *Response {
	return &Response{Type: ResponseMessage, Data: notesData(segs...)}
}

func notesData(segs ...mdSeg) *ResponseData {
	return &ResponseData{Content: renderMD(segs, discordLimits.content), Flags: MessageFlagEphemeral, AllowedMentions: &AllowedMentions{Parse: []string{}}}
}

// addedReply is the answer to a document added: what it is and its
// outline, with any warnings.
func addedReply(a *notes.Added) *ResponseData {
	d := a.Doc
	segs := []mdSeg{markup("Added "), bold(truncate(d.Title, 200)), markup(" to this server's notes ("), text(docSummary(a.Stored)), markup(").")}
	if a.Replaced != nil {
		segs = append(segs, markup(" It replaces "), text(a.Replaced.Name), markup(", added "), text(addedWhen(*a.Replaced)), markup("."))
	}
	segs = append(segs, markup(" Questions here are answered from it now."))
	if len(d.Warnings) > 0 {
		segs = append(segs, markup("\nWorth a look:"))
		segs = listed(segs, d.Warnings, problemLine, " warnings")
	}
	data := notesData(segs...)
	data.Embeds = []Embed{outlineEmbed(d)}
	return data
}

// archiveReply is the answer to an archive of notes added: the documents
// added, those refused and why, and how many other files it held. failed,
// when not nil, stopped it before the rest.
func archiveReply(file string, res *notes.ArchiveAdded, failed error) *ResponseData {
	var segs []mdSeg
	if len(res.Added) > 0 {
		segs = append(segs, markup(fmt.Sprintf("Added %d from ", len(res.Added))), text(file), markup(" to this server's notes:"))
		for _, a := range res.Added {
			segs = append(segs, markup("\n• "), bold(truncate(a.Doc.Title, 150)), text(fmt.Sprintf(" (%s, %d passages", a.Stored.Name, a.Stored.Passages)))
			if a.Replaced != nil {
				segs = append(segs, text(", replacing "+a.Replaced.Name))
			}
			if n := len(a.Doc.Warnings); n > 0 {
				segs = append(segs, text(fmt.Sprintf(", %d warnings: /notes outline shows it", n)))
			}
			segs = append(segs, markup(")"))
		}
		segs = append(segs, markup("\nQuestions here are answered from them now."))
	} else {
		segs = append(segs, markup("Nothing in "), text(file), markup(" was added."))
	}
	if len(res.Refused) > 0 {
		segs = append(segs, markup("\nNot added:"))
		segs = listed(segs, res.Refused, func(r notes.Refused) string {
			why := strings.TrimSuffix(r.Err.Message, ".")
			if len(r.Err.Problems) > 0 {
				why += ": " + problemLine(r.Err.Problems[0])
			}
			return r.File + ": " + why
		}, "")
	}
	if failed != nil {
		segs = append(segs, markup("\n"), text(strings.TrimSuffix(notes.ErrorOf(failed).Message, ".")+": the rest was not added; add the archive again, with replace, to finish."))
	}
	if n := len(res.Skipped); n > 0 {
		files := fmt.Sprintf("%d files that are", n)
		if n == 1 {
			files = "1 file that is"
		}
		segs = append(segs, markup("\nLeft out "+files+" not notes (pictures, hidden files, other types)."))
	}
	return notesData(segs...)
}

// docSummary says what a stored document is: its file, format, size and
// passages, and who added it when.
func docSummary(d store.NotesDocument) string {
	return fmt.Sprintf("%s, %s, %s, %d passages, added %s", d.Name, d.Format, notes.Size(d.Size), d.Passages, addedWhen(d))
}

// addedWhen says who added a document and when.
func addedWhen(d store.NotesDocument) string {
	who := d.AddedByName
	if who == "" {
		who = "the command line"
	}
	return "by " + who + " on " + d.AddedAt.UTC().Format("2 Jan 2006")
}

// outlineEmbed shows a document's outline, as `corpus check` does: each
// section indented by depth, with its passages.
func outlineEmbed(d *corpus.Document) Embed {
	lim := discordLimits
	var lines []string
	for i, h := range d.Outline {
		count := fmt.Sprintf("%d passages", h.Passages)
		switch {
		case h.Passages == 1:
			count = "1 passage"
		case h.Passages > 0:
		case i+1 < len(d.Outline) && len(d.Outline[i+1].Path) > len(h.Path):
			count = "in its subsections"
		default:
			count = "no text"
		}
		indent := strings.Repeat("\u2003", len(h.Path)-1)
		lines = append(lines, indent+renderMD(plain(truncate(h.Name(), 100)), 400)+" — "+count)
	}
	var b strings.Builder
	for i, l := range lines {
		more := fmt.Sprintf("\n…and %d more sections", len(lines)-i)
		if utf8.RuneCountInString(b.String())+utf8.RuneCountInString(l)+1+utf8.RuneCountInString(more) > lim.description {
			b.WriteString(more)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	if b.Len() == 0 {
		b.WriteString("(no sections)")
	}
	return Embed{Title: renderMD(plain(truncate(d.Title, 200)), lim.title), Description: b.String(), Color: colorAnswer}
}

// notesListReply lists a server's documents.
func (b *Bot) notesListReply(c *store.NotesCatalog) *Response {
	lim := b.notes.Limits()
	head := []mdSeg{markup(fmt.Sprintf("**This server's notes**: %d of %d documents, %d of %d passages.\n", len(c.Documents), lim.Documents, c.Passages(), lim.Passages)),
		markup(sourcesLine(c))}
	if len(c.Documents) == 0 {
		head = append(head, markup("\nNo documents yet: add one with `/notes add`."))
		return notesReply(head...)
	}
	var b2 strings.Builder
	for i, d := range c.Documents {
		who := renderMD(plain(truncate(d.AddedByName, 40)), 100)
		if who == "" {
			who = "the command line"
		}
		line := fmt.Sprintf("**%s** — %d passages, %s, %s, added by %s %s", renderMD(plain(truncate(d.Title, 150)), 400), d.Passages,
			notes.Size(d.Size), renderMD(plain(truncate(d.Name, 60)), 200), who, timestamp(d.AddedAt, 'R'))
		more := fmt.Sprintf("\n…and %d more", len(c.Documents)-i)
		if utf8.RuneCountInString(b2.String())+utf8.RuneCountInString(line)+1+utf8.RuneCountInString(more) > discordLimits.description {
			b2.WriteString(more)
			break
		}
		if i > 0 {
			b2.WriteByte('\n')
		}
		b2.WriteString(line)
	}
	data := notesData(head...)
	data.Embeds = []Embed{{Description: b2.String(), Color: colorAnswer}}
	return &Response{Type: ResponseMessage, Data: data}
}
