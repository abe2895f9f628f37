// Package config loads conceptbot's configuration from defaults, a YAML
// file, CONCEPTBOT_* environment variables and command-line flags, in rising
// order of precedence. It is the only package that imports viper.
package config

import (
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/conceptbot/conceptbot/internal/discordid"
	"github.com/conceptbot/conceptbot/store"
)

// Config is the effective configuration. Keys in files and flags are the
// lower-case dotted names in the mapstructure tags ("discord.guild_id");
// environment variables are CONCEPTBOT_ followed by the key in upper case
// with dots as underscores (CONCEPTBOT_DISCORD_GUILD_ID).
type Config struct {
	Corpus  Corpus  `mapstructure:"corpus"`
	Index   Index   `mapstructure:"index"`
	Data    Data    `mapstructure:"data"`
	Discord Discord `mapstructure:"discord"`
	HTTP    HTTP    `mapstructure:"http"`
	Bot     Bot     `mapstructure:"bot"`
	Daily   Daily   `mapstructure:"daily"`
	Notes   Notes   `mapstructure:"notes"`
	Store   Store   `mapstructure:"store"`
	Log     Log     `mapstructure:"log"`

	Feedback Feedback `mapstructure:"feedback"`

	loaded *report // where values came from, problems and warnings found loading them
}

// Corpus says which documents are indexed.
type Corpus struct {
	Paths        []string `mapstructure:"paths"`          // files and directories of documents; default none
	Seed         bool     `mapstructure:"seed"`           // include the embedded seed document; default true
	Strict       bool     `mapstructure:"strict"`         // any problem in the notes stops start-up; default false (the document is left out)
	MaxFileBytes int64    `mapstructure:"max_file_bytes"` // largest document file read; default 8 MiB
}

// Index says where the index lives.
type Index struct {
	Path string `mapstructure:"path"` // on-disk index directory; default "" (in memory)
}

// Data says where state (daily schedules) is kept.
type Data struct {
	Dir string `mapstructure:"dir"` // default "data"
}

// Discord holds the bot's credentials and connection settings.
type Discord struct {
	Token         string `mapstructure:"token"`          // bot token; secret
	GuildID       string `mapstructure:"guild_id"`       // register commands in this server only (instant); default global
	ApplicationID string `mapstructure:"application_id"` // default: learnt from Discord
	PublicKey     string `mapstructure:"public_key"`     // hex Ed25519 key for the HTTP interactions endpoint
	RESTURL       string `mapstructure:"rest_url"`       // REST base; default https://discord.com
	ShardID       int    `mapstructure:"shard_id"`       // default 0
	ShardCount    int    `mapstructure:"shard_count"`    // default 1
	// Gateway connects to the gateway when a token is set; false uses the
	// token for REST only (posting the daily facts); default true.
	Gateway bool `mapstructure:"gateway"`
	// AttachmentHosts are the hosts /notes add downloads documents from,
	// over HTTPS; one written http://host:port may be used over plain
	// HTTP. Default cdn.discordapp.com and media.discordapp.net.
	AttachmentHosts []string `mapstructure:"attachment_hosts"`
	// AttachmentTimeout bounds the download of a document; default 30s.
	AttachmentTimeout time.Duration `mapstructure:"attachment_timeout"`
}

// HTTP configures the HTTP server (interactions, health, metrics).
type HTTP struct {
	Addr   string        `mapstructure:"addr"`    // e.g. ":8080"; default "" (no HTTP server)
	MaxAge time.Duration `mapstructure:"max_age"` // how far a signed interaction's timestamp may be from now; default 5m
	Drain  time.Duration `mapstructure:"drain"`   // how long to keep answering after SIGTERM, with /readyz 503; default 5s
}

// Bot tunes answering.
type Bot struct {
	RateLimit  int           `mapstructure:"rate_limit"`  // questions per user per window; default 5
	RateWindow time.Duration `mapstructure:"rate_window"` // default 30s
	Welcome    bool          `mapstructure:"welcome"`     // post a short welcome in a server the bot joins (gateway); default false
}

// Daily tunes the fact of the day.
type Daily struct {
	Grace time.Duration `mapstructure:"grace"` // how late a missed post may still go out; default 6h
}

// Notes configures each server's own notes (/notes).
type Notes struct {
	Enabled          bool          `mapstructure:"enabled"`            // servers may add notes of their own; default true (needs a store)
	MaxDocuments     int           `mapstructure:"max_documents"`      // documents per server; default 50
	MaxDocumentBytes int64         `mapstructure:"max_document_bytes"` // bytes of one document's file; default 4 MiB
	MaxPassages      int           `mapstructure:"max_passages"`       // passages of a server's documents together; default 1000
	MemoryBudget     int64         `mapstructure:"memory_budget"`      // bytes of servers' indexes kept in memory; default 256 MiB
	PollInterval     time.Duration `mapstructure:"poll_interval"`      // how often other processes' changes are read; default 1s
}

// Feedback says whether answers are kept, with the 👍/👎 on them, for
// /notes gaps.
type Feedback struct {
	// Enabled puts 👍/👎 on answers and keeps them in the store; default
	// true.
	Enabled bool `mapstructure:"enabled"`
	// DMs keeps answers given in direct messages too; default false.
	DMs bool `mapstructure:"dms"`
	// Retention is how long answers and votes are kept; default 2160h (90
	// days).
	Retention time.Duration `mapstructure:"retention"`
}

// Store says where lasting state (the daily facts) is kept.
type Store struct {
	// URL is a postgres:// URL, shared by every process; default "": a
	// bbolt file, conceptbot.db under data.dir, for one process.
	URL              string        `mapstructure:"url"`
	PoolSize         int           `mapstructure:"pool_size"`         // PostgreSQL connections per process; default 4
	StatementTimeout time.Duration `mapstructure:"statement_timeout"` // bound on each statement; default 5s
	ConnectRetries   int           `mapstructure:"connect_retries"`   // retries at start-up while PostgreSQL is unreachable; default 5
	LockInterval     time.Duration `mapstructure:"lock_interval"`     // how often a standby tries for the lead; default 5s
	BackupDir        string        `mapstructure:"backup_dir"`        // bbolt backups; default data.dir/backups
	Backups          int           `mapstructure:"backups"`           // daily bbolt backups kept; default 7, 0 for none
}

// Log configures logging.
type Log struct {
	Level  string `mapstructure:"level"`  // debug, info, warn or error; default info
	Format string `mapstructure:"format"` // text or json; default text
}

// defaults lists every key with its default value. Every key must be here:
// viper only unmarshals keys it knows of (spf13/viper#761).
var defaults = map[string]any{
	"corpus.paths":            []string{},
	"corpus.seed":             true,
	"corpus.strict":           false,
	"corpus.max_file_bytes":   int64(8 << 20),
	"index.path":              "",
	"data.dir":                "data",
	"discord.token":           "",
	"discord.guild_id":        "",
	"discord.application_id":  "",
	"discord.public_key":      "",
	"discord.rest_url":        "https://discord.com",
	"discord.shard_id":        0,
	"discord.shard_count":     1,
	"discord.gateway":         true,
	"http.addr":               "",
	"http.max_age":            5 * time.Minute,
	"http.drain":              5 * time.Second,
	"bot.rate_limit":          5,
	"bot.rate_window":         30 * time.Second,
	"bot.welcome":             false,
	"daily.grace":             6 * time.Hour,
	"store.url":               "",
	"store.pool_size":         4,
	"store.statement_timeout": 5 * time.Second,
	"store.connect_retries":   5,
	"store.lock_interval":     5 * time.Second,
	"store.backup_dir":        "",
	"store.backups":           7,
	"log.level":               "info",
	"log.format":              "text",

	// Each server's own notes, and where their files are downloaded from.
	"notes.enabled":              true,
	"notes.max_documents":        50,
	"notes.max_document_bytes":   int64(4 << 20),
	"notes.max_passages":         1000,
	"notes.memory_budget":        int64(256 << 20),
	"notes.poll_interval":        time.Second,
	"discord.attachment_hosts":   []string{"cdn.discordapp.com", "media.discordapp.net"},
	"discord.attachment_timeout": 30 * time.Second,

	// Feedback on answers (/notes gaps).
	"feedback.enabled":   true,
	"feedback.dms":       false,
	"feedback.retention": 90 * 24 * time.Hour,
}

// maxFileBytes bounds corpus.max_file_bytes: a document is read whole.
const maxFileBytes = 1 << 30

// secrets are masked when the configuration is printed.
var secrets = map[string]bool{"discord.token": true}

// DefaultFile is read from the working directory when no file is named.
const DefaultFile = "conceptbot.yaml"

// Options say where Load looks.
type Options struct {
	// File is a YAML file to read; default DefaultFile when it exists.
	File string
	// Getenv reads the environment; default os.Getenv.
	Getenv func(string) string
	// Flags are command-line flags named after keys with "-" for "." and
	// "_" ("index-path", "discord-guild-id"); only flags that were set count.
	Flags *pflag.FlagSet
}

// EnvName is the environment variable of a key: "discord.guild_id" →
// "CONCEPTBOT_DISCORD_GUILD_ID".
func EnvName(key string) string {
	return "CONCEPTBOT_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// FlagName is the flag of a key: "discord.guild_id" → "discord-guild-id".
func FlagName(key string) string {
	return strings.NewReplacer(".", "-", "_", "-").Replace(key)
}

// Load reads the configuration. It does not validate it; see Validate.
func Load(opts Options) (*Config, error) {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	file := opts.File
	if file == "" {
		if _, err := os.Stat(DefaultFile); err == nil {
			file = DefaultFile
		}
	}
	rep := newReport()
	if file != "" {
		values, err := rep.readFile(file)
		if err != nil {
			return nil, err
		}
		if err := v.MergeConfigMap(values); err != nil {
			return nil, fmt.Errorf("config file %s: %w", file, err)
		}
	}
	if err := v.MergeConfigMap(rep.readEnv(getenv)); err != nil {
		return nil, fmt.Errorf("environment: %w", err)
	}
	if opts.Flags != nil {
		for k := range defaults {
			if f := opts.Flags.Lookup(FlagName(k)); f != nil && f.Changed {
				if err := v.BindPFlag(k, f); err != nil {
					return nil, err
				}
				rep.sources[k] = source{flag: f.Name}
			}
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	c.loaded = rep
	return &c, nil
}

// Problems is every problem found in a configuration, one a line.
type Problems []string

func (p Problems) Error() string {
	return "invalid configuration:\n  - " + strings.Join(p, "\n  - ")
}

// Validate checks the configuration and returns every problem at once as
// Problems, or nil: values of the wrong type and unknown keys found by Load,
// then values out of range. Each problem starts with its key and names
// where the value was set. See ValidateOnly.
func (c *Config) Validate() error { return c.ValidateOnly() }

// checkValues checks the values' ranges and formats. Each problem starts
// with the key it is about.
func (c *Config) checkValues() error {
	var p Problems
	if c.Discord.ShardCount < 1 {
		p = append(p, fmt.Sprintf("discord.shard_count must be at least 1 (got %d)", c.Discord.ShardCount))
	} else if c.Discord.ShardID < 0 || c.Discord.ShardID >= c.Discord.ShardCount {
		p = append(p, fmt.Sprintf("discord.shard_id must be from 0 to discord.shard_count-1 = %d (got %d)", c.Discord.ShardCount-1, c.Discord.ShardID))
	}
	if u, err := url.Parse(c.Discord.RESTURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" ||
		(u.Port() != "" && !validPort(u.Port(), 1)) {
		p = append(p, fmt.Sprintf("discord.rest_url must be an http(s) URL such as https://discord.com (got %q)", c.Discord.RESTURL))
	}
	if k := c.Discord.PublicKey; k != "" {
		if b, err := hex.DecodeString(k); err != nil || len(b) != 32 {
			p = append(p, "discord.public_key must be the application's public key: 64 hexadecimal characters (32 bytes)")
		}
	}
	for _, id := range []struct{ key, val string }{{"discord.guild_id", c.Discord.GuildID}, {"discord.application_id", c.Discord.ApplicationID}} {
		if id.val != "" && !discordid.Valid(id.val) {
			p = append(p, fmt.Sprintf("%s must be a Discord ID, digits only (got %q)", id.key, id.val))
		}
	}
	if c.HTTP.Addr != "" {
		if _, port, err := net.SplitHostPort(c.HTTP.Addr); err != nil || !validPort(port, 0) {
			p = append(p, fmt.Sprintf("http.addr must be host:port or :port with a port from 0 to 65535 (got %q)", c.HTTP.Addr))
		}
	}
	if c.Bot.RateLimit < 1 {
		p = append(p, fmt.Sprintf("bot.rate_limit must be at least 1 (got %d)", c.Bot.RateLimit))
	}
	for _, d := range durations {
		if v := d.get(c); v < d.min || v > d.max {
			p = append(p, fmt.Sprintf("%s must be from %s to %s (got %s)", d.key, fmtDuration(d.min), fmtDuration(d.max), v))
		}
	}
	p = append(p, c.Store.problems()...)
	p = append(p, c.Notes.problems()...)
	p = append(p, attachmentProblems(c.Discord)...)
	if r := c.Feedback.Retention; r < time.Hour || r > 10*365*24*time.Hour {
		p = append(p, fmt.Sprintf("feedback.retention must be from 1h to 87600h (10 years), e.g. 2160h for 90 days (got %s)", r))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		p = append(p, fmt.Sprintf("log.level must be debug, info, warn or error (got %q)", c.Log.Level))
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		p = append(p, fmt.Sprintf("log.format must be text or json (got %q)", c.Log.Format))
	}
	if c.Corpus.MaxFileBytes < 1<<10 || c.Corpus.MaxFileBytes > maxFileBytes {
		p = append(p, fmt.Sprintf("corpus.max_file_bytes must be from 1024 to %d (1 GiB) (got %d)", int64(maxFileBytes), c.Corpus.MaxFileBytes))
	}
	if !c.Corpus.Seed && len(c.Corpus.Paths) == 0 {
		p = append(p, "corpus.seed is false and corpus.paths is empty: there would be no notes to answer from")
	}
	if len(p) > 0 {
		return p
	}
	return nil
}

// problems lists what is wrong with the store's settings.
func (s Store) problems() []string {
	var p []string
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			p = append(p, fmt.Sprintf("store.url must be a postgres:// URL such as postgres://conceptbot:PASSWORD@db:5432/conceptbot (got %q)", store.Redact(s.URL)))
		}
	}
	if s.PoolSize < 1 || s.PoolSize > 100 {
		p = append(p, fmt.Sprintf("store.pool_size must be from 1 to 100 (got %d)", s.PoolSize))
	}
	if s.StatementTimeout < 100*time.Millisecond || s.StatementTimeout > 10*time.Minute {
		p = append(p, fmt.Sprintf("store.statement_timeout must be from 100ms to 10m (got %s)", s.StatementTimeout))
	}
	if s.ConnectRetries < 0 || s.ConnectRetries > 100 {
		p = append(p, fmt.Sprintf("store.connect_retries must be from 0 to 100 (got %d)", s.ConnectRetries))
	}
	if s.LockInterval < 100*time.Millisecond || s.LockInterval > 10*time.Second {
		p = append(p, fmt.Sprintf("store.lock_interval must be from 100ms to 10s, so that another process takes over within 30 s (got %s)", s.LockInterval))
	}
	if s.Backups < 0 || s.Backups > 1000 {
		p = append(p, fmt.Sprintf("store.backups must be from 0 to 1000 (got %d)", s.Backups))
	}
	return p
}

// problems lists what is wrong with the notes' settings.
func (n Notes) problems() []string {
	var p []string
	if n.MaxDocuments < 1 || n.MaxDocuments > 10000 {
		p = append(p, fmt.Sprintf("notes.max_documents must be from 1 to 10000 (got %d)", n.MaxDocuments))
	}
	if n.MaxDocumentBytes < 1<<10 || n.MaxDocumentBytes > maxDocumentBytes {
		p = append(p, fmt.Sprintf("notes.max_document_bytes must be from 1024 to %d (50 MiB) (got %d)", int64(maxDocumentBytes), n.MaxDocumentBytes))
	}
	if n.MaxPassages < 1 || n.MaxPassages > 100000 {
		p = append(p, fmt.Sprintf("notes.max_passages must be from 1 to 100000 (got %d)", n.MaxPassages))
	}
	if n.MemoryBudget < 1<<20 {
		p = append(p, fmt.Sprintf("notes.memory_budget must be at least 1048576 (1 MiB) (got %d)", n.MemoryBudget))
	}
	if n.PollInterval < 100*time.Millisecond || n.PollInterval > 5*time.Second {
		p = append(p, fmt.Sprintf("notes.poll_interval must be from 100ms to 5s, so that every process answers from a change within 5 s (got %s)", n.PollInterval))
	}
	return p
}

// maxDocumentBytes bounds notes.max_document_bytes: the largest PDF the
// notes parser reads.
const maxDocumentBytes = 50 << 20

// attachmentProblems lists what is wrong with the attachment settings.
func attachmentProblems(d Discord) []string {
	var p []string
	if len(d.AttachmentHosts) == 0 {
		p = append(p, "discord.attachment_hosts must list at least one host, e.g. cdn.discordapp.com")
	}
	for _, h := range d.AttachmentHosts {
		host := h
		if rest, ok := strings.CutPrefix(h, "http://"); ok {
			host = rest
		} else if rest, ok := strings.CutPrefix(h, "https://"); ok {
			host = rest
		}
		if u, err := url.Parse("https://" + host); err != nil || u.Host != host || host == "" || strings.Contains(host, "@") {
			p = append(p, fmt.Sprintf("discord.attachment_hosts must list hosts (cdn.discordapp.com), or http://host:port to allow plain HTTP: %q is neither", h))
		}
	}
	if d.AttachmentTimeout < time.Second || d.AttachmentTimeout > 10*time.Minute {
		p = append(p, fmt.Sprintf("discord.attachment_timeout must be from 1s to 10m (got %s)", d.AttachmentTimeout))
	}
	return p
}

// ValidateServe adds the checks that only running the bot needs: a token
// for the gateway, or a public key and an address for HTTP interactions.
func (c *Config) ValidateServe() error {
	var p Problems
	if err := c.Validate(); err != nil {
		p = append(p, err.(Problems)...)
	}
	if c.Discord.Token == "" && (c.Discord.PublicKey == "" || c.HTTP.Addr == "") {
		p = append(p, fmt.Sprintf("no Discord token: set %s (or discord.token in the config file); "+
			"to serve only HTTP interactions set discord.public_key and http.addr instead", EnvName("discord.token")))
	}
	if c.Discord.PublicKey != "" && c.HTTP.Addr == "" {
		p = append(p, "discord.public_key is set but http.addr is empty: set http.addr (e.g. :8080) to serve interactions over HTTP")
	}
	if len(p) > 0 {
		return p
	}
	return nil
}

// durations are the bounds of every duration key: a value outside them is
// a typo (1000000h) or would overflow the arithmetic that uses it.
var durations = []struct {
	key      string
	min, max time.Duration
	get      func(*Config) time.Duration
}{
	{"http.max_age", time.Second, time.Hour, func(c *Config) time.Duration { return c.HTTP.MaxAge }},
	{"http.drain", 0, time.Minute, func(c *Config) time.Duration { return c.HTTP.Drain }},
	{"bot.rate_window", time.Second, 24 * time.Hour, func(c *Config) time.Duration { return c.Bot.RateWindow }},
	{"daily.grace", 0, 23 * time.Hour, func(c *Config) time.Duration { return c.Daily.Grace }},
}

// fmtDuration prints a bound without zero units: "1h", not "1h0m0s".
func fmtDuration(d time.Duration) string {
	s := d.String()
	for _, z := range []string{"m0s", "h0m"} {
		if strings.HasSuffix(s, z) {
			s = strings.TrimSuffix(s, z[1:])
		}
	}
	return s
}

// validPort reports whether port is a decimal port number from min to
// 65535.
func validPort(port string, min int) bool {
	n, err := strconv.Atoi(port)
	return err == nil && n >= min && n <= 65535 && !strings.HasPrefix(port, "+")
}

// Keys lists every configuration key in order.
func Keys() []string {
	keys := make([]string, 0, len(defaults))
	for k := range defaults {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Default returns a key's default value.
func Default(key string) any { return defaults[key] }

// Print writes the configuration as "key = value" lines, secrets masked.
func (c *Config) Print() string {
	vals := map[string]any{}
	flatten("", reflect.ValueOf(*c), vals)
	var b strings.Builder
	for _, k := range Keys() {
		val := fmt.Sprint(vals[k])
		if secrets[k] && val != "" {
			val = "******** (set)"
		}
		if k == "store.url" {
			val = store.Redact(val)
		}
		if val == "" {
			val = `""`
		}
		fmt.Fprintf(&b, "%-24s = %s\n", k, val)
	}
	return b.String()
}

// flatten puts the fields of a struct in vals under their dotted keys, as
// the mapstructure tags name them.
func flatten(prefix string, v reflect.Value, vals map[string]any) {
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() { // not a key: what Load found
			continue
		}
		key := prefix + v.Type().Field(i).Tag.Get("mapstructure")
		if f := v.Field(i); f.Kind() == reflect.Struct {
			flatten(key+".", f, vals)
		} else {
			vals[key] = f.Interface()
		}
	}
}
