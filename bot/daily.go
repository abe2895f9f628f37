package bot

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
	"github.com/conceptbot/conceptbot/internal/discordid"
)

// This file is /daily, the moderators' command for the daily facts of
// package daily: the command's definition, its handlers and their replies.
// Every reply is ephemeral: only the moderator who ran the command sees it.
// The post itself is made by FactSender (dailysend.go).

// DailyScheduler keeps the daily facts of each server. *daily.Scheduler
// implements it; errors carrying a *daily.Error are shown to the moderator
// with daily.Message.
type DailyScheduler interface {
	Set(ctx context.Context, guildID, channelID, hhmm, zone, from string) (daily.Status, error)
	Status(ctx context.Context, guildID string) (daily.Status, error)
	Preview(ctx context.Context, guildID string) (corpus.Passage, error)
	Now(ctx context.Context, guildID string) (daily.NowResult, error)
	Skip(ctx context.Context, guildID string) (corpus.Passage, error)
	Off(ctx context.Context, guildID string) error
}

var _ DailyScheduler = (*daily.Scheduler)(nil)

// The /daily command and its subcommands.
const (
	cmdDaily     = "daily"
	dailySet     = "set"
	dailyStatus  = "status"
	dailyPreview = "preview"
	dailyNow     = "now"
	dailySkip    = "skip"
	dailyOff     = "off"
)

// permissionAdministrator passes every permission check (Discord's
// ADMINISTRATOR bit).
const permissionAdministrator = 1 << 3

// nowTimeout bounds the send of /daily now, so that the answer beats the
// 3 seconds Discord gives an interaction. A send cut short keeps its intent
// and is retried by the scheduler with the same nonce, so it posts once.
// In a process that does not post, it bounds the wait for the one that
// does.
const nowTimeout = 2 * time.Second

// commandTimeout bounds the store work of the other /daily commands.
const commandTimeout = 2500 * time.Millisecond

// Messages moderators see.
const (
	msgDailyDisabled  = "Daily facts are not enabled on this bot."
	msgDailyDM        = "Daily facts are set up for a server: use this in a server."
	msgDailyForbidden = "Sorry, only members with the Manage Server permission can manage the daily facts."
	msgDailyChoose    = "Choose what to do: `/daily set`, `status`, `preview`, `now`, `skip` or `off`."
	msgDailyNoChannel = "Choose a channel for the daily facts."
	msgDailyBadChan   = "I can't post in that kind of channel. Choose a text or announcement channel, or a thread."
)

// dailyCommand is the definition of /daily. Discord shows it only to
// members with Manage Server (default_member_permissions), in servers; a
// server's admins can change who sees it, so the handler checks the
// member's permissions again.
func dailyCommand() Command {
	manageGuild := strconv.FormatInt(PermissionManageGuild, 10)
	var froms []Choice
	for _, f := range daily.Froms() {
		froms = append(froms, Choice{Name: string(f), Value: string(f)})
	}
	sub := func(name, desc string, opts ...CommandOption) CommandOption {
		return CommandOption{Type: CommandOptionSubcommand, Name: name, Description: desc, Options: opts}
	}
	return Command{
		Name:                     cmdDaily,
		Type:                     CommandTypeChatInput,
		Description:              "Post a fact from the notes every day (moderators)",
		DefaultMemberPermissions: &manageGuild,
		Contexts:                 []int{0}, // servers only
		Options: []CommandOption{
			sub(dailySet, "Post a fact every day at a local time, in a channel",
				CommandOption{Type: CommandOptionChannel, Name: "channel", Description: "Where to post the facts", Required: true},
				CommandOption{Type: CommandOptionString, Name: "time", Description: "Local time of day, e.g. 09:00, 21:30, 9am or 9:30 pm", Required: true, MaxLength: 12},
				CommandOption{Type: CommandOptionString, Name: "timezone", Description: "A city or zone, e.g. London, Asia/Kolkata, IST or EST (start typing to search)", Required: true, Autocomplete: true},
				CommandOption{Type: CommandOptionString, Name: "from", Description: "Which facts to post; default: as before, or all", Choices: froms},
			),
			sub(dailyStatus, "Show the schedule, the next posts and any problem"),
			sub(dailyPreview, "Show the next fact before it is posted (only you see it)"),
			sub(dailyNow, "Post the next fact now; it counts as today's"),
			sub(dailySkip, "Pass over the next fact"),
			sub(dailyOff, "Stop the daily facts; /daily set resumes them"),
		},
	}
}

// dailyInteraction answers /daily. Guards come first, in this order: a DM
// gets "use this in a server", a member without Manage Server (or
// Administrator) a polite refusal, a bot without a scheduler "not enabled".
func (b *Bot) dailyInteraction(ctx context.Context, in *Interaction) (*Response, error) {
	switch {
	case in.GuildID == "":
		return ephemeral(msgDailyDM), nil
	case in.Member == nil || !canManage(in.Member.Permissions):
		b.log.Info("daily: refused", "guild", in.GuildID, "user", in.UserID())
		return ephemeral(msgDailyForbidden), nil
	case b.daily == nil:
		return ephemeral(msgDailyDisabled), nil
	}
	var sub Option
	for _, o := range in.Data.Options {
		if o.Type == CommandOptionSubcommand {
			sub = o
			break
		}
	}
	g := in.GuildID
	s := b.daily
	ctx, cancel := context.WithTimeout(ctx, commandTimeout)
	defer cancel()
	switch sub.Name {
	case dailySet:
		return b.dailySet(ctx, in, sub.Options), nil
	case dailyStatus:
		st, err := s.Status(ctx, g)
		if err != nil {
			return b.dailyFailed(in, err), nil
		}
		return dailyReply(append([]mdSeg{markup("**Daily facts**\n")}, statusSegs(st)...)...), nil
	case dailyPreview:
		p, err := s.Preview(ctx, g)
		if err != nil {
			return b.dailyFailed(in, err), nil
		}
		r := b.fmt.dailyFact(p)
		r.ephemeral = true
		r.content = "The next daily fact:"
		if st, err := s.Status(ctx, g); err == nil && len(st.Next) > 0 {
			r.content = "The next daily fact, to be posted " + timestamp(st.Next[0], 'F') + ":"
		}
		return r.response(ResponseMessage), nil
	case dailyNow:
		nctx, cancel := context.WithTimeout(ctx, nowTimeout)
		defer cancel()
		res, err := s.Now(nctx, g)
		if err != nil {
			return b.dailyFailed(in, err), nil
		}
		p := res.Passage
		b.log.Info("daily: posted now", "guild", g, "user", in.UserID(), "passage", p.ID, "queued", res.Queued)
		segs := []mdSeg{markup("Posted today's fact")}
		if res.Queued {
			segs = []mdSeg{markup("Today's fact is on its way")}
		}
		st, err := s.Status(ctx, g)
		if err == nil && discordid.Valid(st.ChannelID) {
			segs = append(segs, markup(" in <#"+st.ChannelID+">"))
		}
		segs = append(segs, markup(": "), text(p.Citation()), markup("."))
		switch {
		case res.NoPoster:
			segs = append(segs, markup("\nNo bot process is posting right now; it goes out as soon as one is back, if that is within the grace window."))
		case res.Queued:
			segs = append(segs, markup("\nIt will appear within a minute."))
		case err == nil && len(st.Next) > 0:
			segs = append(segs, markup("\nThe next post is "+timestamp(st.Next[0], 'F')+"."))
		}
		return dailyReply(segs...), nil
	case dailySkip:
		p, err := s.Skip(ctx, g)
		if err != nil {
			return b.dailyFailed(in, err), nil
		}
		b.log.Info("daily: skipped", "guild", g, "user", in.UserID(), "passage", p.ID)
		return dailyReply(markup("Skipped "), text(p.Citation()),
			markup(". The next post carries the fact after it; skipped facts come round again in the next cycle.")), nil
	case dailyOff:
		if err := s.Off(ctx, g); err != nil {
			return b.dailyFailed(in, err), nil
		}
		b.log.Info("daily: off", "guild", g, "user", in.UserID())
		return dailyReply(markup("Daily facts are off. `/daily set` turns them on again, and the facts carry on where they stopped.")), nil
	}
	return ephemeral(msgDailyChoose), nil
}

// dailySet answers /daily set. Without a from option, a server keeps the
// source it chose before (all, the first time).
func (b *Bot) dailySet(ctx context.Context, in *Interaction, opts []Option) *Response {
	channel := stringOption(opts, "channel")
	if !discordid.Valid(channel) {
		return ephemeral(msgDailyNoChannel)
	}
	if res := in.Data.Resolved; res != nil {
		if ch, ok := res.Channels[channel]; ok && !postable(ch.Type) {
			return ephemeral(msgDailyBadChan)
		}
	}
	from := stringOption(opts, "from")
	if strings.TrimSpace(from) == "" {
		if st, err := b.daily.Status(ctx, in.GuildID); err == nil {
			from = string(st.From)
		}
	}
	st, err := b.daily.Set(ctx, in.GuildID, channel, stringOption(opts, "time"), stringOption(opts, "timezone"), from)
	if err != nil {
		return b.dailyFailed(in, err)
	}
	b.log.Info("daily: set", "guild", in.GuildID, "user", in.UserID(), "channel", st.ChannelID, "time", st.Time, "zone", st.Zone, "from", st.From)
	return dailyReply(append([]mdSeg{markup("Saved. ")}, statusSegs(st)...)...)
}

// dailyFailed is the answer to a failed scheduler call: the error's message
// for the moderator. Errors that are not the moderator's doing are logged
// with their cause.
func (b *Bot) dailyFailed(in *Interaction, err error) *Response {
	log := b.log.With("guild", in.GuildID, "user", in.UserID(), "command", dailySubName(in), "err", err)
	switch daily.ErrorCode(err) {
	case daily.EInvalid, daily.ENotFound, daily.EConflict:
		log.Info("daily: refused")
	case daily.ESend, daily.EUnavailable:
		log.Warn("daily: failed")
	default:
		log.Error("daily: failed")
	}
	return dailyReply(text(daily.Message(err)))
}

func dailySubName(in *Interaction) string {
	if len(in.Data.Options) > 0 {
		return in.Data.Name + " " + in.Data.Options[0].Name
	}
	return in.Data.Name
}

// dailyReply is an ephemeral message of segs, within the content limit.
func dailyReply(segs ...mdSeg) *Response {
	return reply{content: renderMD(segs, discordLimits.content), ephemeral: true}.response(ResponseMessage)
}

// canManage reports whether Discord's computed permissions perms (a
// decimal bit set) include Manage Server or Administrator.
func canManage(perms string) bool {
	p, err := strconv.ParseUint(perms, 10, 64)
	return err == nil && p&(uint64(PermissionManageGuild)|permissionAdministrator) != 0
}

// postable reports whether a channel of type t can hold the bot's messages:
// text (0), voice (2), announcement (5), threads (10–12) and stage (13);
// not categories, directories, forums or media channels.
func postable(t int) bool {
	switch t {
	case 0, 2, 5, 10, 11, 12, 13:
		return true
	}
	return false
}

// timestamp is a Discord timestamp of t, shown in each reader's own time
// zone: style 'F' is the long date and time, 'R' relative ("in 2 hours").
func timestamp(t time.Time, style byte) string {
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":" + string(style) + ">"
}

// statusSegs describes a server's daily facts, one fact a line.
func statusSegs(st daily.Status) []mdSeg {
	var segs []mdSeg
	line := func(s ...mdSeg) { segs = append(append(segs, s...), markup("\n")) }
	switch {
	case !st.On:
		line(markup("Daily facts are **off**. `/daily set` turns them on again."))
	case st.Paused:
		line(markup("Daily facts are **paused**: "), text(st.Reason))
	default:
		line(markup("Daily facts are **on**."))
	}
	if discordid.Valid(st.ChannelID) {
		line(markup("Channel: <#" + st.ChannelID + ">"))
	}
	line(markup("Time: "), text(st.Time), markup(" every day, "), text(st.Zone), markup(" time"))
	line(markup("Facts from: "), text(string(st.From)))
	if len(st.Next) > 0 {
		ts := make([]string, len(st.Next))
		for i, t := range st.Next {
			ts[i] = timestamp(t, 'F')
		}
		line(markup("Next posts: " + strings.Join(ts, " · ")))
	}
	if st.Retrying && len(st.Next) > 0 {
		line(markup("The last post failed; it is retried " + timestamp(st.Next[0], 'R') + "."))
	}
	line(markup("Facts left before the cycle repeats: " + strconv.Itoa(st.Left)))
	if !st.LastPost.IsZero() {
		line(markup("Last post: " + timestamp(st.LastPost, 'F')))
	}
	if st.LastError != "" {
		when := ""
		if !st.LastErrorAt.IsZero() {
			when = " (" + timestamp(st.LastErrorAt, 'R') + ")"
		}
		line(markup("Last error"+when+": "), text(oneLine(truncate(st.LastError, 500))))
	}
	return segs[:len(segs)-1] // no newline after the last line
}

// dailyAutocomplete suggests time zones for /daily set timezone:<…>, the
// names that start with what was typed first.
func dailyAutocomplete(in *Interaction) *Response {
	res := &Response{Type: ResponseAutocompleteResult, Data: &ResponseData{}}
	o, ok := focusedOption(in.Data.Options)
	if !ok || o.Name != "timezone" {
		return res
	}
	lim := discordLimits
	for _, z := range daily.Zones(rawString(o.Value)) {
		if len(res.Data.Choices) == lim.choices {
			break
		}
		z = truncate(z, lim.choice)
		res.Data.Choices = append(res.Data.Choices, Choice{Name: z, Value: z})
	}
	return res
}

// focusedOption finds the option being typed, inside subcommands too.
func focusedOption(opts []Option) (Option, bool) {
	for _, o := range opts {
		if o.Focused {
			return o, true
		}
		if o, ok := focusedOption(o.Options); ok {
			return o, true
		}
	}
	return Option{}, false
}

// dailyFact is the "Fact of the day" post: the passage (under its question,
// shown once, for a FAQ), its citation and a "Learn more" button that shows the whole
// section (see Bot.component, custom_id section:<id>).
func (f formatter) dailyFact(p corpus.Passage) reply {
	lim := f.limits()
	e := Embed{
		Title:  renderMD(plain("Fact of the day"), min(lim.title, lim.total/8)),
		Color:  colorFact,
		Footer: &EmbedFooter{Text: f.footerPrefix()},
	}
	if lim.fields > 0 {
		e.Fields = []EmbedField{{
			Name:  truncate("Source", lim.fieldName),
			Value: renderMD(plain(p.Citation()), min(lim.fieldValue, lim.total/8)),
		}}
	}
	e.Description = renderMD(questionSegs(p.Question, p.Text, nil), min(lim.description, lim.total-embedLen(e)))
	more := Component{
		Type:     ComponentButton,
		Style:    ButtonPrimary,
		Label:    truncate("Learn more", lim.label),
		CustomID: refID(customIDSection, p.SectionID(), lim.customID),
	}
	return reply{embeds: []Embed{e}, components: rows(lim, more)}
}
