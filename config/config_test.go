package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func load(t *testing.T, file string, env map[string]string, args ...string) *Config {
	t.Helper()
	flags := pflag.NewFlagSet("test", pflag.ContinueOnError)
	flags.String(FlagName("index.path"), "", "")
	flags.String(FlagName("discord.guild_id"), "", "")
	if err := flags.Parse(args); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Options{File: file, Getenv: func(k string) string { return env[k] }, Flags: flags})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDefaults(t *testing.T) {
	t.Chdir(t.TempDir()) // no conceptbot.yaml here
	c := load(t, "", nil)
	if !c.Corpus.Seed || c.Index.Path != "" || c.Data.Dir != "data" || c.Discord.RESTURL != "https://discord.com" ||
		c.Discord.ShardCount != 1 || c.HTTP.MaxAge != 5*time.Minute || c.Bot.RateLimit != 5 ||
		c.Bot.RateWindow != 30*time.Second || c.Daily.Grace != 6*time.Hour || c.Log.Level != "info" || c.HTTP.Drain != 5*time.Second {
		t.Errorf("defaults = %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("defaults do not validate: %v", err)
	}
}

// TestPrecedence checks flag > environment > file > default.
func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "conceptbot.yaml")
	yaml := "index:\n  path: /from/file\ndata:\n  dir: /data/file\ndiscord:\n  guild_id: \"111\"\n  shard_count: 4\ncorpus:\n  paths: [a, b]\nbot:\n  rate_window: 1m\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"CONCEPTBOT_INDEX_PATH":       "/from/env",
		"CONCEPTBOT_DISCORD_GUILD_ID": "222",
		"CONCEPTBOT_DISCORD_TOKEN":    "tok",
		"CONCEPTBOT_CORPUS_PATHS":     "x,y,z",
		"CONCEPTBOT_BOT_WELCOME":      "true",
	}
	c := load(t, file, env, "--discord-guild-id", "333")
	tests := []struct{ key, got, want string }{
		{"index.path (env over file)", c.Index.Path, "/from/env"},
		{"discord.guild_id (flag over env)", c.Discord.GuildID, "333"},
		{"data.dir (file)", c.Data.Dir, "/data/file"},
		{"discord.token (env)", c.Discord.Token, "tok"},
		{"corpus.paths (env list)", strings.Join(c.Corpus.Paths, "|"), "x|y|z"},
		{"bot.rate_window (file duration)", c.Bot.RateWindow.String(), "1m0s"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.key, tt.got, tt.want)
		}
	}
	if c.Discord.ShardCount != 4 {
		t.Errorf("discord.shard_count = %d, want 4 from the file", c.Discord.ShardCount)
	}
	if !c.Bot.Welcome {
		t.Error("bot.welcome = false, want true from the environment")
	}
	if d := load(t, "", nil); d.Bot.Welcome {
		t.Error("bot.welcome = true by default, want off")
	}
}

func TestDefaultFileInWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, DefaultFile), []byte("log:\n  level: debug\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if c := load(t, "", nil); c.Log.Level != "debug" {
		t.Errorf("log.level = %q, want debug from ./%s", c.Log.Level, DefaultFile)
	}
}

func TestBadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("index: [unclosed\n"), 0o600)
	for _, file := range []string{bad, filepath.Join(dir, "missing.yaml")} {
		if _, err := Load(Options{File: file, Getenv: func(string) string { return "" }}); err == nil || !strings.Contains(err.Error(), file) {
			t.Errorf("Load(%s) error = %v, want one naming the file", file, err)
		}
	}
}

// TestValidateListsEveryProblem sets many bad values and expects each one
// reported, at once.
func TestValidateListsEveryProblem(t *testing.T) {
	env := map[string]string{
		"CONCEPTBOT_DISCORD_SHARD_ID":       "5",
		"CONCEPTBOT_DISCORD_SHARD_COUNT":    "2",
		"CONCEPTBOT_DISCORD_REST_URL":       "ftp://nowhere",
		"CONCEPTBOT_DISCORD_PUBLIC_KEY":     "zz",
		"CONCEPTBOT_DISCORD_GUILD_ID":       "not-a-number",
		"CONCEPTBOT_HTTP_ADDR":              "8080",
		"CONCEPTBOT_BOT_RATE_LIMIT":         "0",
		"CONCEPTBOT_LOG_LEVEL":              "loud",
		"CONCEPTBOT_LOG_FORMAT":             "xml",
		"CONCEPTBOT_CORPUS_SEED":            "false",
		"CONCEPTBOT_DISCORD_APPLICATION_ID": "12a",
	}
	err := load(t, "", env).Validate()
	var p Problems
	if !errors.As(err, &p) {
		t.Fatalf("Validate() = %v, want Problems", err)
	}
	for _, key := range []string{"discord.shard_id", "discord.rest_url", "discord.public_key", "discord.guild_id",
		"discord.application_id", "http.addr", "bot.rate_limit", "log.level", "log.format", "corpus.seed"} {
		found := false
		for _, line := range p {
			found = found || strings.HasPrefix(line, key)
		}
		if !found {
			t.Errorf("no problem reported for %s; got:\n%v", key, err)
		}
	}
	if len(p) != 10 {
		t.Errorf("got %d problems, want 10:\n%v", len(p), err)
	}
}

// TestBounds checks that every duration and port is bounded: values a typo
// makes (1000000h, port 99999) are problems, the edges are not.
func TestBounds(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		key, val string
		ok       bool
	}{
		{"http.max_age", "1000000h", false},
		{"http.max_age", "1h", true},
		{"http.max_age", "1h1s", false},
		{"http.max_age", "1s", true},
		{"http.max_age", "999ms", false},
		{"http.max_age", "0s", false},
		{"http.max_age", "-5m", false},
		{"http.drain", "0s", true},
		{"http.drain", "1m", true},
		{"http.drain", "61s", false},
		{"http.drain", "-1s", false},
		{"bot.rate_window", "24h", true},
		{"bot.rate_window", "25h", false},
		{"bot.rate_window", "0s", false},
		{"daily.grace", "0s", true},
		{"daily.grace", "23h", true},
		{"daily.grace", "24h", false},
		{"daily.grace", "-1h", false},
		{"http.addr", ":99999", false},
		{"http.addr", "127.0.0.1:65535", true},
		{"http.addr", "127.0.0.1:65536", false},
		{"http.addr", ":0", true},
		{"http.addr", ":-1", false},
		{"http.addr", ":+80", false},
		{"http.addr", ":http", false},
		{"http.addr", "[::1]:8080", true},
		{"discord.rest_url", "http://127.0.0.1:99999", false},
		{"discord.rest_url", "http://127.0.0.1:8080", true},
		{"discord.rest_url", "http://127.0.0.1:0", false},
		{"discord.rest_url", "https://:443", false},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.val, func(t *testing.T) {
			err := load(t, "", map[string]string{EnvName(tt.key): tt.val}).Validate()
			mentions := err != nil && strings.Contains(err.Error(), tt.key)
			if mentions == tt.ok {
				t.Errorf("Validate() with %s=%s = %v, want ok %v", tt.key, tt.val, err, tt.ok)
			}
		})
	}
}

func TestValidateServe(t *testing.T) {
	t.Chdir(t.TempDir())
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		env  map[string]string
		want string // "" = valid
	}{
		{"no token", nil, "CONCEPTBOT_DISCORD_TOKEN"},
		{"token", map[string]string{"CONCEPTBOT_DISCORD_TOKEN": "t"}, ""},
		{"http only", map[string]string{"CONCEPTBOT_DISCORD_PUBLIC_KEY": key, "CONCEPTBOT_HTTP_ADDR": ":8080"}, ""},
		{"key without addr", map[string]string{"CONCEPTBOT_DISCORD_PUBLIC_KEY": key}, "http.addr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := load(t, "", tt.env).ValidateServe()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("ValidateServe() = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("ValidateServe() = %v, want an error mentioning %s", err, tt.want)
			}
		})
	}
}

func TestPrintMasksSecretsAndShowsEveryKey(t *testing.T) {
	t.Chdir(t.TempDir())
	out := load(t, "", map[string]string{"CONCEPTBOT_DISCORD_TOKEN": "s3cr3t-token"}).Print()
	if strings.Contains(out, "s3cr3t") {
		t.Errorf("Print shows the token:\n%s", out)
	}
	for _, k := range Keys() {
		if !strings.Contains(out, k+" ") {
			t.Errorf("Print lacks %s", k)
		}
	}
	if strings.Contains(out, "<nil>") {
		t.Errorf("Print has a key without a value:\n%s", out)
	}
}

func TestNames(t *testing.T) {
	if got := EnvName("discord.guild_id"); got != "CONCEPTBOT_DISCORD_GUILD_ID" {
		t.Errorf("EnvName = %s", got)
	}
	if got := FlagName("discord.guild_id"); got != "discord-guild-id" {
		t.Errorf("FlagName = %s", got)
	}
}

func TestCorpusKeys(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name    string
		env     map[string]string
		strict  bool
		max     int64
		problem string // "" = valid
	}{
		{"defaults", nil, false, 8 << 20, ""},
		{"from the environment", map[string]string{"CONCEPTBOT_CORPUS_STRICT": "true", "CONCEPTBOT_CORPUS_MAX_FILE_BYTES": "1048576"}, true, 1 << 20, ""},
		{"too small a limit", map[string]string{"CONCEPTBOT_CORPUS_MAX_FILE_BYTES": "12"}, false, 12, "corpus.max_file_bytes must be from 1024 to 1073741824 (1 GiB) (got 12)"},
		{"too large a limit", map[string]string{"CONCEPTBOT_CORPUS_MAX_FILE_BYTES": "2000000000"}, false, 2000000000, "corpus.max_file_bytes must be from 1024 to 1073741824 (1 GiB) (got 2000000000)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := load(t, "", tt.env)
			if c.Corpus.Strict != tt.strict || c.Corpus.MaxFileBytes != tt.max {
				t.Errorf("corpus = %+v, want strict %v, max_file_bytes %d", c.Corpus, tt.strict, tt.max)
			}
			err := c.Validate()
			switch {
			case tt.problem == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.problem != "" && (err == nil || !strings.Contains(err.Error(), tt.problem)):
				t.Errorf("Validate() = %v, want %q", err, tt.problem)
			}
		})
	}
}

func TestNotesKeys(t *testing.T) {
	t.Chdir(t.TempDir())
	c := load(t, "", nil)
	if !c.Notes.Enabled || c.Notes.MaxDocuments != 50 || c.Notes.MaxDocumentBytes != 4<<20 || c.Notes.MaxPassages != 1000 ||
		c.Notes.MemoryBudget != 256<<20 || c.Notes.PollInterval != time.Second || c.Discord.AttachmentTimeout != 30*time.Second ||
		strings.Join(c.Discord.AttachmentHosts, " ") != "cdn.discordapp.com media.discordapp.net" {
		t.Errorf("defaults: notes %+v, attachment hosts %v, timeout %s", c.Notes, c.Discord.AttachmentHosts, c.Discord.AttachmentTimeout)
	}
	tests := []struct {
		name     string
		env      map[string]string
		problems []string // nil = valid
	}{
		{"from the environment", map[string]string{
			"CONCEPTBOT_NOTES_ENABLED": "false", "CONCEPTBOT_NOTES_MAX_DOCUMENTS": "5", "CONCEPTBOT_NOTES_MEMORY_BUDGET": "67108864",
			"CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS": "cdn.discordapp.com,http://127.0.0.1:8080",
		}, nil},
		{"every problem at once", map[string]string{
			"CONCEPTBOT_NOTES_MAX_DOCUMENTS": "0", "CONCEPTBOT_NOTES_MAX_DOCUMENT_BYTES": "100", "CONCEPTBOT_NOTES_MAX_PASSAGES": "0",
			"CONCEPTBOT_NOTES_MEMORY_BUDGET": "1000", "CONCEPTBOT_NOTES_POLL_INTERVAL": "10s",
			"CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS": "cdn.discordapp.com/attachments,user@evil.example", "CONCEPTBOT_DISCORD_ATTACHMENT_TIMEOUT": "1ms",
		}, []string{
			"notes.max_documents must be from 1 to 10000 (got 0)",
			"notes.max_document_bytes must be from 1024 to 52428800 (50 MiB) (got 100)",
			"notes.max_passages must be from 1 to 100000 (got 0)",
			"notes.memory_budget must be at least 1048576 (1 MiB) (got 1000)",
			"notes.poll_interval must be from 100ms to 5s, so that every process answers from a change within 5 s (got 10s)",
			`or http://host:port to allow plain HTTP: "cdn.discordapp.com/attachments" is neither`,
			`or http://host:port to allow plain HTTP: "user@evil.example" is neither`,
			"discord.attachment_timeout must be from 1s to 10m (got 1ms)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := load(t, "", tt.env)
			err := c.Validate()
			if tt.problems == nil {
				if err != nil || c.Notes.Enabled || c.Notes.MaxDocuments != 5 || c.Notes.MemoryBudget != 64<<20 || len(c.Discord.AttachmentHosts) != 2 {
					t.Errorf("Validate() = %v; notes %+v, hosts %v", err, c.Notes, c.Discord.AttachmentHosts)
				}
				return
			}
			var p Problems
			if !errors.As(err, &p) || len(p) != len(tt.problems) {
				t.Fatalf("Validate() = %v, want %d problems", err, len(tt.problems))
			}
			for _, want := range tt.problems {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Validate() lacks %q:\n%v", want, err)
				}
			}
		})
	}
}

func TestFeedbackKeys(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name      string
		env       map[string]string
		enabled   bool
		dms       bool
		retention time.Duration
		problem   string // "" = valid
	}{
		{"defaults", nil, true, false, 90 * 24 * time.Hour, ""},
		{"from the environment", map[string]string{"CONCEPTBOT_FEEDBACK_ENABLED": "false", "CONCEPTBOT_FEEDBACK_DMS": "true",
			"CONCEPTBOT_FEEDBACK_RETENTION": "720h"}, false, true, 30 * 24 * time.Hour, ""},
		{"too short", map[string]string{"CONCEPTBOT_FEEDBACK_RETENTION": "30m"}, true, false, 30 * time.Minute,
			"feedback.retention must be from 1h to 87600h (10 years), e.g. 2160h for 90 days (got 30m0s)"},
		{"too long", map[string]string{"CONCEPTBOT_FEEDBACK_RETENTION": "100000h"}, true, false, 100000 * time.Hour,
			"feedback.retention must be from 1h to 87600h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := load(t, "", tt.env)
			if c.Feedback.Enabled != tt.enabled || c.Feedback.DMs != tt.dms || c.Feedback.Retention != tt.retention {
				t.Errorf("feedback = %+v, want enabled %v, dms %v, retention %s", c.Feedback, tt.enabled, tt.dms, tt.retention)
			}
			err := c.Validate()
			switch {
			case tt.problem == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.problem != "" && (err == nil || !strings.Contains(err.Error(), tt.problem)):
				t.Errorf("Validate() = %v, want %q", err, tt.problem)
			}
		})
	}
}
