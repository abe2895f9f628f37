package bot

import "encoding/json"

// The types below are the subset of Discord's JSON that conceptbot reads and
// writes. They mirror the wire format field for field, so the gateway edge
// and the HTTP endpoint decode into and encode from them directly, without
// discordgo.

// InteractionType is Discord's interaction type.
type InteractionType int

// Interaction types.
const (
	InteractionPing         InteractionType = 1
	InteractionCommand      InteractionType = 2
	InteractionComponent    InteractionType = 3
	InteractionAutocomplete InteractionType = 4
	InteractionModalSubmit  InteractionType = 5
)

// Interaction is an incoming interaction (INTERACTION_CREATE or an HTTP POST).
type Interaction struct {
	ID            string          `json:"id"`
	ApplicationID string          `json:"application_id"`
	Type          InteractionType `json:"type"`
	Token         string          `json:"token"`
	GuildID       string          `json:"guild_id,omitempty"`
	ChannelID     string          `json:"channel_id,omitempty"`
	Member        *Member         `json:"member,omitempty"` // set in servers
	User          *User           `json:"user,omitempty"`   // set in DMs
	Data          InteractionData `json:"data"`
	Message       *Message        `json:"message,omitempty"` // the message a component is on
	Locale        string          `json:"locale,omitempty"`
}

// UserID is the ID of whoever caused the interaction, in a server or a DM.
func (in *Interaction) UserID() string {
	switch {
	case in.Member != nil && in.Member.User != nil:
		return in.Member.User.ID
	case in.User != nil:
		return in.User.ID
	}
	return ""
}

// asker is who caused the interaction, and where.
func (in *Interaction) asker() asker { return asker{in.ChannelID, in.UserID()} }

// InteractionData holds the fields of every kind of interaction data; which
// are set depends on the interaction type.
type InteractionData struct {
	// Commands and autocomplete.
	ID       string    `json:"id,omitempty"`
	Name     string    `json:"name,omitempty"`
	Type     int       `json:"type,omitempty"` // 1 chat input, 2 user, 3 message
	Options  []Option  `json:"options,omitempty"`
	TargetID string    `json:"target_id,omitempty"`
	Resolved *Resolved `json:"resolved,omitempty"`

	// Components and modals.
	CustomID      string   `json:"custom_id,omitempty"`
	ComponentType int      `json:"component_type,omitempty"`
	Values        []string `json:"values,omitempty"`

	// A modal's rows, with the values typed.
	Components []Component `json:"components,omitempty"`
}

// Option is a command option as sent by Discord. Value is kept raw because
// its JSON type depends on the option type.
type Option struct {
	Name    string          `json:"name"`
	Type    int             `json:"type"`
	Value   json.RawMessage `json:"value,omitempty"`
	Options []Option        `json:"options,omitempty"` // subcommands
	Focused bool            `json:"focused,omitempty"`
}

// Resolved carries the users, messages, channels and attachments an
// interaction refers to.
type Resolved struct {
	Users       map[string]User       `json:"users,omitempty"`
	Messages    map[string]Message    `json:"messages,omitempty"`
	Channels    map[string]Channel    `json:"channels,omitempty"`
	Attachments map[string]Attachment `json:"attachments,omitempty"`
}

// Attachment is a file given to an attachment option. Its size and type
// are what the uploader's client said; only the download tells.
type Attachment struct {
	ID          string `json:"id"`
	Filename    string `json:"filename"`
	Size        int64  `json:"size"`
	URL         string `json:"url"`
	ContentType string `json:"content_type,omitempty"`
}

// User is a Discord user.
type User struct {
	ID       string `json:"id"`
	Username string `json:"username,omitempty"`
	Bot      bool   `json:"bot,omitempty"`
}

// Member is a server member; Permissions is the decimal bit set Discord computed.
type Member struct {
	User        *User  `json:"user,omitempty"`
	Nick        string `json:"nick,omitempty"`
	Permissions string `json:"permissions,omitempty"`
}

// Channel is a resolved channel option.
type Channel struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Type int    `json:"type"`
}

// Message is a Discord message (MESSAGE_CREATE, or a resolved message).
type Message struct {
	ID        string  `json:"id"`
	ChannelID string  `json:"channel_id"`
	GuildID   string  `json:"guild_id,omitempty"`
	Author    *User   `json:"author,omitempty"`
	Content   string  `json:"content"`
	Mentions  []User  `json:"mentions,omitempty"`
	Embeds    []Embed `json:"embeds,omitempty"`
	Flags     int     `json:"flags,omitempty"`

	// The message's rows of buttons.
	Components []Component `json:"components,omitempty"`

	// Who a message of the bot answered: the user of the interaction it is
	// the response to, or the author of the message it replies to.
	InteractionMetadata *InteractionMetadata `json:"interaction_metadata,omitempty"`
	ReferencedMessage   *Message             `json:"referenced_message,omitempty"`
}

// Guild is a server, as GUILD_CREATE describes it.
type Guild struct {
	ID              string `json:"id"`
	Name            string `json:"name,omitempty"`
	SystemChannelID string `json:"system_channel_id,omitempty"` // where Discord posts its own notices; may be empty
	JoinedAt        string `json:"joined_at,omitempty"`         // when the bot joined, ISO 8601
	Unavailable     bool   `json:"unavailable,omitempty"`       // an outage, not a removal
}

// InteractionMetadata is what a message says of the interaction it answers.
type InteractionMetadata struct {
	ID   string `json:"id"`
	Type int    `json:"type"`
	User *User  `json:"user,omitempty"`
}

// ResponseType is Discord's interaction callback type.
type ResponseType int

// Interaction callback types.
const (
	ResponsePong               ResponseType = 1
	ResponseMessage            ResponseType = 4
	ResponseDeferred           ResponseType = 5 // "thinking…"; the message comes with an edit
	ResponseUpdateMessage      ResponseType = 7
	ResponseAutocompleteResult ResponseType = 8
	MessageFlagEphemeral                    = 1 << 6
	PermissionManageGuild      int64        = 1 << 5
	ComponentActionRow                      = 1
	ComponentButton                         = 2
	ButtonPrimary                           = 1
	ButtonSecondary                         = 2
	CommandOptionString                     = 3
	CommandOptionBoolean                    = 5
	CommandOptionUser                       = 6
	CommandOptionChannel                    = 7
	CommandOptionAttachment                 = 11
	CommandOptionSubcommand                 = 1
	CommandTypeChatInput                    = 1
	CommandTypeMessage                      = 3
)

// ResponseModal answers an interaction with a modal (a form).
const ResponseModal ResponseType = 9

// Modals' text inputs, danger buttons and subcommand groups.
const (
	ButtonDanger                 = 4
	ComponentTextInput           = 4
	TextInputParagraph           = 2
	CommandOptionSubcommandGroup = 2
)

// Response is an interaction callback: the HTTP response body, or the body
// POSTed to /interactions/{id}/{token}/callback over the gateway.
type Response struct {
	Type ResponseType  `json:"type"`
	Data *ResponseData `json:"data,omitempty"`
}

// ResponseData is a message, autocomplete choices, or a modal.
type ResponseData struct {
	Content         string           `json:"content,omitempty"`
	Embeds          []Embed          `json:"embeds,omitempty"`
	Components      []Component      `json:"components,omitempty"`
	Flags           int              `json:"flags,omitempty"`
	AllowedMentions *AllowedMentions `json:"allowed_mentions,omitempty"`
	Choices         []Choice         `json:"choices,omitempty"`

	// A modal's.
	CustomID string `json:"custom_id,omitempty"`
	Title    string `json:"title,omitempty"`
}

// MessageSend is a message the bot posts to a channel.
type MessageSend struct {
	Content          string            `json:"content,omitempty"`
	Embeds           []Embed           `json:"embeds,omitempty"`
	Components       []Component       `json:"components,omitempty"`
	AllowedMentions  *AllowedMentions  `json:"allowed_mentions"`
	MessageReference *MessageReference `json:"message_reference,omitempty"`
	Nonce            string            `json:"nonce,omitempty"`
	EnforceNonce     bool              `json:"enforce_nonce,omitempty"`
}

// MessageReference makes a message a reply.
type MessageReference struct {
	MessageID       string `json:"message_id"`
	ChannelID       string `json:"channel_id,omitempty"`
	GuildID         string `json:"guild_id,omitempty"`
	FailIfNotExists bool   `json:"fail_if_not_exists"`
}

// AllowedMentions says whom a message may ping. Parse must encode as [] (not
// null) to ping nobody.
type AllowedMentions struct {
	Parse       []string `json:"parse"`
	Users       []string `json:"users,omitempty"`
	RepliedUser bool     `json:"replied_user"`
}

// Embed is a rich message block.
type Embed struct {
	Title       string       `json:"title,omitempty"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Color       int          `json:"color,omitempty"`
	Fields      []EmbedField `json:"fields,omitempty"`
	Footer      *EmbedFooter `json:"footer,omitempty"`
}

// EmbedField is a name/value block of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// EmbedFooter is the small text under an embed.
type EmbedFooter struct {
	Text string `json:"text"`
}

// Component is an action row, a button, or a modal's text input.
type Component struct {
	Type       int         `json:"type"`
	Components []Component `json:"components,omitempty"` // action row
	Style      int         `json:"style,omitempty"`      // button
	Label      string      `json:"label,omitempty"`
	CustomID   string      `json:"custom_id,omitempty"`
	URL        string      `json:"url,omitempty"`
	Disabled   bool        `json:"disabled,omitempty"`

	// Text inputs. Required is sent only when set: Discord's default is
	// true.
	Placeholder string `json:"placeholder,omitempty"`
	MaxLength   int    `json:"max_length,omitempty"`
	Required    *bool  `json:"required,omitempty"`
	Value       string `json:"value,omitempty"` // what the user typed, in a modal submit
}

// Choice is an autocomplete choice.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Command is an application command as registered with a bulk overwrite.
type Command struct {
	Name                     string          `json:"name"`
	Type                     int             `json:"type,omitempty"`
	Description              string          `json:"description,omitempty"`
	Options                  []CommandOption `json:"options,omitempty"`
	DefaultMemberPermissions *string         `json:"default_member_permissions,omitempty"`
	Contexts                 []int           `json:"contexts,omitempty"`
}

// CommandOption is an option of a registered command.
type CommandOption struct {
	Type         int             `json:"type"`
	Name         string          `json:"name"`
	Description  string          `json:"description"`
	Required     bool            `json:"required,omitempty"`
	Autocomplete bool            `json:"autocomplete,omitempty"`
	Options      []CommandOption `json:"options,omitempty"`
	Choices      []Choice        `json:"choices,omitempty"`
	MaxLength    int             `json:"max_length,omitempty"`
}
