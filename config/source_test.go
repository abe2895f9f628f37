package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// writeFile writes a config file in a new directory and returns its path.
func writeFile(tb testing.TB, body string) string {
	tb.Helper()
	file := filepath.Join(tb.TempDir(), "conceptbot.yaml")
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		tb.Fatal(err)
	}
	return file
}

func problems(tb testing.TB, err error) Problems {
	tb.Helper()
	var p Problems
	if !errors.As(err, &p) {
		tb.Fatalf("error %v, want Problems", err)
	}
	return p
}

// TestEveryProblemAtOnce: type errors, unknown keys and values out of range
// are listed together, each naming the value, where it was set and what a
// good one looks like.
func TestEveryProblemAtOnce(t *testing.T) {
	file := writeFile(t, `corpus:
  path: notes/
bot:
  rate_window: "30"
  rate_limit: fast
daily:
  grace: 6
log:
  levle: debug
  format: xml
`)
	env := map[string]string{
		"CONCEPTBOT_DISCORD_SHARD_COUNT":   "two",
		"CONCEPTBOT_CORPUS_SEED":           "maybe",
		"CONCEPTBOT_HTTP_MAX_AGE":          "-1m",
		"CONCEPTBOT_CORPUS_MAX_FILE_BYTES": "8MiB",
	}
	c := load(t, file, env)
	p := problems(t, c.Validate())
	want := []string{
		"corpus.path (" + file + ":2) is not a configuration key; did you mean corpus.paths?",
		`bot.rate_window must be a duration with a unit, such as 30s (units: ms, s, m, h) (got "30" from ` + file + ":4)",
		`bot.rate_limit must be a whole number such as 5 (got "fast" from ` + file + ":5)",
		`daily.grace must be a duration with a unit, such as 6h (units: ms, s, m, h) (got "6" from ` + file + ":7)",
		"log.levle (" + file + ":9) is not a configuration key; did you mean log.level?",
		`discord.shard_count must be a whole number such as 1 (got "two" from CONCEPTBOT_DISCORD_SHARD_COUNT)`,
		`corpus.seed must be true or false (got "maybe" from CONCEPTBOT_CORPUS_SEED)`,
		`corpus.max_file_bytes must be a whole number such as 8388608 (got "8MiB" from CONCEPTBOT_CORPUS_MAX_FILE_BYTES)`,
		"http.max_age must be from 1s to 1h (got -1m0s) (set in CONCEPTBOT_HTTP_MAX_AGE)",
		`log.format must be text or json (got "xml") (set in ` + file + ":10)",
	}
	for _, w := range want {
		if !slices.Contains(p, w) {
			t.Errorf("no problem %q; got:\n%v", w, p)
		}
	}
	if len(p) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(p), len(want), p)
	}
	// A bad value leaves the key at its default, so nothing else breaks.
	if c.Bot.RateLimit != 5 || c.Discord.ShardCount != 1 || !c.Corpus.Seed {
		t.Errorf("bad values were not left at their defaults: %+v", c)
	}
}

func TestUnknownKeys(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"misspelt key", "corpus:\n  path: notes/\n", "corpus.path (FILE:2) is not a configuration key; did you mean corpus.paths?"},
		{"misspelt section", "corpsu:\n  paths: [notes/]\n", "corpsu (FILE:1) is not a configuration key; did you mean corpus?"},
		{"key at the top", "paths: [notes/]\n", "paths (FILE:1) is not a configuration key; did you mean corpus.paths?"},
		{"key in the wrong section", "discord:\n  rate_limit: 3\n", "discord.rate_limit (FILE:2) is not a configuration key; did you mean bot.rate_limit?"},
		{"nothing close", "colour: blue\n", "colour (FILE:1) is not a configuration key; the keys are listed by `conceptbot config`"},
		{"section with a value", "corpus: notes/\n", "corpus (FILE:1) must hold keys such as corpus."},
		{"list for a single value", "index:\n  path: [a, b]\n", "index.path must be a single value (got a list at FILE:2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := writeFile(t, tt.yaml)
			p := problems(t, load(t, file, nil).Validate())
			want := strings.ReplaceAll(tt.want, "FILE", file)
			if !slices.ContainsFunc(p, func(s string) bool { return strings.HasPrefix(s, want) }) {
				t.Errorf("problems:\n%v\nwant %q", p, want)
			}
		})
	}
}

func TestNotYAML(t *testing.T) {
	file := writeFile(t, "corpus:\n  paths: [notes/\nlog:\n  level: debug\n")
	_, err := Load(Options{File: file, Getenv: func(string) string { return "" }})
	if err == nil || !strings.HasPrefix(err.Error(), file+":") || !strings.Contains(err.Error(), "not valid YAML") {
		t.Errorf("Load of broken YAML = %v, want file:line: not valid YAML", err)
	}
}

func TestRelativePathsInFileAreRelativeToIt(t *testing.T) {
	file := writeFile(t, "corpus:\n  paths: [notes, /abs/notes.md]\nindex:\n  path: idx\ndata:\n  dir: ../state\n")
	dir := filepath.Dir(file)
	c := load(t, file, map[string]string{"CONCEPTBOT_DATA_DIR": ""})
	if want := []string{filepath.Join(dir, "notes"), "/abs/notes.md"}; !slices.Equal(c.Corpus.Paths, want) {
		t.Errorf("corpus.paths = %q, want %q", c.Corpus.Paths, want)
	}
	if want := filepath.Join(dir, "idx"); c.Index.Path != want {
		t.Errorf("index.path = %q, want %q", c.Index.Path, want)
	}
	if want := filepath.Join(filepath.Dir(dir), "state"); c.Data.Dir != want {
		t.Errorf("data.dir = %q, want %q", c.Data.Dir, want)
	}
	// From the environment, relative to the working directory as always.
	c = load(t, file, map[string]string{"CONCEPTBOT_INDEX_PATH": "idx"})
	if c.Index.Path != "idx" {
		t.Errorf("index.path from the environment = %q, want idx", c.Index.Path)
	}
}

func TestTokenInFileWarns(t *testing.T) {
	file := writeFile(t, "discord:\n  token: abc\n")
	if err := os.Chmod(file, 0o644); err != nil {
		t.Fatal(err)
	}
	c := load(t, file, nil)
	w := c.Warnings()
	if len(w) != 1 || !strings.Contains(w[0], file+":2") || !strings.Contains(w[0], "CONCEPTBOT_DISCORD_TOKEN") || !strings.Contains(w[0], "chmod 600") {
		t.Errorf("warnings = %q, want one naming the line, the variable and chmod", w)
	}
	if c.Discord.Token != "abc" {
		t.Errorf("token = %q, want it read all the same", c.Discord.Token)
	}
	if w := load(t, "", map[string]string{"CONCEPTBOT_DISCORD_TOKEN": "abc"}).Warnings(); len(w) != 0 {
		t.Errorf("token from the environment: warnings %q, want none", w)
	}
}

func TestSource(t *testing.T) {
	file := writeFile(t, "log:\n  level: debug\nindex:\n  path: x\n")
	flags := pflag.NewFlagSet("test", pflag.ContinueOnError)
	flags.String(FlagName("discord.guild_id"), "", "")
	if err := flags.Parse([]string{"--discord-guild-id", "5"}); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Options{File: file, Flags: flags, Getenv: func(k string) string {
		return map[string]string{"CONCEPTBOT_INDEX_PATH": "/env"}[k]
	}})
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"log.level":        file + ":2",
		"index.path":       "CONCEPTBOT_INDEX_PATH",
		"discord.guild_id": "--discord-guild-id",
		"log.format":       "the default",
	} {
		if got := c.Source(key); got != want {
			t.Errorf("Source(%s) = %q, want %q", key, got, want)
		}
	}
}

// TestValidateOnly: a command that reads only the notes is not stopped by
// a Discord setting it does not use, bad type or bad value.
func TestValidateOnly(t *testing.T) {
	env := map[string]string{
		"CONCEPTBOT_DISCORD_SHARD_COUNT": "x",
		"CONCEPTBOT_DISCORD_PUBLIC_KEY":  "zz",
		"CONCEPTBOT_HTTP_ADDR":           "8080",
	}
	c := load(t, "", env)
	if err := c.ValidateOnly("corpus", "index"); err != nil {
		t.Errorf("ValidateOnly(corpus, index) = %v, want nil", err)
	}
	if p := problems(t, c.Validate()); len(p) != 3 {
		t.Errorf("Validate() = %v, want the three problems", p)
	}
	env["CONCEPTBOT_CORPUS_SEED"] = "nope"
	if p := problems(t, load(t, "", env).ValidateOnly("corpus", "index")); len(p) != 1 || !strings.HasPrefix(p[0], "corpus.seed") {
		t.Errorf("ValidateOnly(corpus, index) = %v, want the corpus.seed problem only", p)
	}
}
