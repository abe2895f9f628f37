package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// runAsMain runs the test binary as conceptbot itself when runMain asks it
// to, so that exit statuses are checked through the real main. TestMain
// calls it first.
func runAsMain() {
	if os.Getenv("CONCEPTBOT_TEST_RUN_MAIN") == "1" {
		os.Unsetenv("CONCEPTBOT_TEST_RUN_MAIN")
		main()
		os.Exit(0)
	}
}

// runMain runs conceptbot as a process with args, env added to a clean
// environment and stdin, and returns its output and exit status.
func runMain(t *testing.T, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append([]string{"CONCEPTBOT_TEST_RUN_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	cmd.Dir = t.TempDir() // no conceptbot.yaml here
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// TestExitCodes checks the documented exit statuses through the real
// command: 0 answered, 1 not in the notes (or problems found), 2 a usage or
// configuration mistake, 3 any other failure.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.md")
	os.WriteFile(broken, []byte("# Only a title\n"), 0o644)
	missingConfig := filepath.Join(dir, "missing.yaml")
	tests := []struct {
		name       string
		env        []string
		stdin      string
		args       []string
		want       int
		wantStderr string
	}{
		{"answered", nil, "", []string{"ask", "When was the US-EU Trade and Technology Council set up?"}, 0, ""},
		{"not in the notes", nil, "", []string{"ask", "who is the prime minister of japan"}, 1, ""},
		{"json, not in the notes", nil, "", []string{"ask", "--json", "who is the prime minister of japan"}, 1, ""},
		{"batch, all answered", nil, "what is the TTC\nkey point 5\n", []string{"ask", "-"}, 0, ""},
		{"batch, one not answered", nil, "what is the TTC\nhow to make pasta\n", []string{"ask", "-"}, 1, ""},
		{"no question", nil, "", []string{"ask"}, 2, "Usage:   conceptbot ask"},
		{"misspelt flag", nil, "", []string{"ask", "--topp", "3", "what is the TTC"}, 2, "unknown flag --topp; did you mean --top?"},
		{"bad flag value", nil, "", []string{"ask", "--top", "many", "what is the TTC"}, 2, `--top must be a whole number (got "many")`},
		{"top out of range", nil, "", []string{"ask", "--top", "99", "what is the TTC"}, 2, "--top must be from 1 to 50"},
		{"misspelt command", nil, "", []string{"aks", "what is the TTC"}, 2, `unknown command "aks"; did you mean ask`},
		{"misspelt subcommand", nil, "", []string{"corpus", "chek"}, 2, `unknown command "chek"; did you mean check?`},
		{"help", nil, "", []string{}, 0, ""},
		{"bad configuration", []string{"CONCEPTBOT_CORPUS_SEED=maybe"}, "", []string{"ask", "what is the TTC"}, 2, `corpus.seed must be true or false (got "maybe" from CONCEPTBOT_CORPUS_SEED)`},
		{"missing config file", nil, "", []string{"--config", missingConfig, "ask", "what is the TTC"}, 2, "not found"},
		{"discord settings do not stop ask", []string{"CONCEPTBOT_DISCORD_SHARD_COUNT=x", "CONCEPTBOT_HTTP_ADDR=8080", "CONCEPTBOT_DISCORD_PUBLIC_KEY=zz"}, "", []string{"ask", "what is the TTC"}, 0, ""},
		{"discord settings stop config", []string{"CONCEPTBOT_DISCORD_SHARD_COUNT=x"}, "", []string{"config"}, 2, "discord.shard_count must be a whole number"},
		{"corpus check finds problems", nil, "", []string{"corpus", "check", broken}, 1, "empty document"},
		{"notes left out answer all the same", []string{"CONCEPTBOT_CORPUS_PATHS=" + filepath.Join(dir, "nowhere")}, "", []string{"ask", "what is the TTC"}, 0, "left out of the notes"},
		{"notes that cannot be read, strict", []string{"CONCEPTBOT_CORPUS_STRICT=true", "CONCEPTBOT_CORPUS_PATHS=" + filepath.Join(dir, "nowhere")}, "", []string{"ask", "what is the TTC"}, 3, "load notes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out, errOut, code := runMain(t, tt.env, tt.stdin, tt.args...)
			if code != tt.want {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.want, out, errOut)
			}
			if !strings.Contains(errOut, tt.wantStderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.wantStderr)
			}
		})
	}
}

func TestAskBatchPlainRepeatsEachQuestion(t *testing.T) {
	out, _, err := runCLI(t, nil, "what is the TTC\n\nhow to make pasta\n", "ask", "-")
	if exitCode(err) != exitNo {
		t.Fatalf("ask -: %v, want exit 1 (two questions not answered)", err)
	}
	answers := strings.Split(out, "\n\nQ: ")
	if len(answers) != 3 || !strings.HasPrefix(answers[0], "Q: what is the TTC\n") ||
		!strings.HasPrefix(answers[1], "\nI couldn't find") || !strings.HasPrefix(answers[2], "how to make pasta\nI couldn't find") {
		t.Errorf("ask - printed:\n%s\nwant three answers, each after its question, a blank line between", out)
	}
}

// TestAskPartOfSeveralDocuments: "key point 2" of notes that each have
// one prints the first, says how to ask for another's, and lists theirs.
func TestAskPartOfSeveralDocuments(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "quad.md"), []byte("# Quad\n\nA group of four.\n\n## Key Points\n\n1. Four members.\n2. Summits yearly.\n"), 0o644)
	out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_CORPUS_PATHS": dir}, "", "ask", "key point 2")
	want := "Critical and Emerging Technologies Partnership › Key Points › 2\n"
	note := `Other notes have one too; the first is shown. For another, name its notes: "key point 2 of Quad".`
	if err != nil || !strings.HasPrefix(out, want) || !strings.Contains(out, "\n\n"+note+"\n\nRelated:\n  - Quad › Key Points › 2\n") {
		t.Errorf("ask \"key point 2\" = %v, printed:\n%s\nwant the seed's key point, the note and Quad's", err, out)
	}
}

func TestConfigFileProblemsAndWarnings(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "notes"), 0o755)
	os.WriteFile(filepath.Join(dir, "notes", "extra.md"), []byte("# Extra Notes\n\n## Key Points\n\n1. One.\n"), 0o644)
	file := filepath.Join(dir, "conceptbot.yaml")
	os.WriteFile(file, []byte("corpus:\n  paths: [notes]\ndiscord:\n  token: secret\n"), 0o600)

	// Paths in the file are relative to it, wherever conceptbot runs.
	out, errOut, err := runCLI(t, nil, "", "--config", file, "corpus", "check")
	if err != nil || !strings.Contains(out, "ok: 2 documents") {
		t.Errorf("corpus check with the file's notes = %q, %v; want the seed and notes/extra.md", out, err)
	}
	if !strings.Contains(errOut, "conceptbot: warning: discord.token is set in the config file ("+file+":4)") {
		t.Errorf("no warning about the token in the file; stderr:\n%s", errOut)
	}

	os.WriteFile(file, []byte("corpus:\n  path: [notes]\nbot:\n  rate_window: 30\n"), 0o600)
	_, _, err = runCLI(t, nil, "", "--config", file, "config")
	for _, want := range []string{
		"corpus.path (" + file + ":2) is not a configuration key; did you mean corpus.paths?",
		`bot.rate_window must be a duration with a unit, such as 30s (units: ms, s, m, h) (got "30" from ` + file + ":4)",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("config error %v lacks %q", err, want)
		}
	}
}

func TestEvalNamesFileLineAndWhatIsWrong(t *testing.T) {
	file := filepath.Join(t.TempDir(), "qs.jsonl")
	os.WriteFile(file, []byte(`{"q": "what is the TTC", "accept": ["Trade and Technology Council"]}`+"\n"+
		`{"q": "when was the TTC set up?", "accept": "2021"}`+"\n"), 0o644)
	_, errOut, err := runCLI(t, nil, "", "eval", file)
	want := file + `:2: "accept" must be a list of strings, such as ["2021"]`
	if err == nil || !strings.Contains(errOut, want) {
		t.Errorf("eval of a malformed line: %v, stderr %q; want %q", err, errOut, want)
	}
}

func TestTerminalStyle(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	tests := []struct {
		name  string
		env   func(string) string
		width int
		want  textStyle
	}{
		{"terminal", env("TERM", "xterm-256color"), 120, textStyle{bold: true, width: 120}},
		{"NO_COLOR", env("NO_COLOR", "1"), 120, textStyle{bold: false, width: 120}},
		{"NO_COLOR empty counts as unset", env("NO_COLOR", ""), 100, textStyle{bold: true, width: 100}},
		{"TERM=dumb", env("TERM", "dumb"), 100, textStyle{bold: false, width: 100}},
		{"size unknown: COLUMNS", env("COLUMNS", "66"), 0, textStyle{bold: true, width: 66}},
		{"size unknown, no COLUMNS", env(), 0, textStyle{bold: true, width: 80}},
	}
	for _, tt := range tests {
		if got := terminalStyle(tt.env, tt.width); got != tt.want {
			t.Errorf("%s: terminalStyle = %+v, want %+v", tt.name, got, tt.want)
		}
	}
	if got := styleFor(&bytes.Buffer{}, env("TERM", "xterm")); got != (textStyle{}) {
		t.Errorf("styleFor(a buffer) = %+v, want plain", got)
	}
}

func TestPrintAnswerWrapsAndEmphasises(t *testing.T) {
	text := "The US-EU Trade and Technology Council (TTC), established in 2021, coordinates policies on technology, trade and investment."
	at := strings.Index(text, "established")
	ans := corpus.Answer{Answered: true, Results: []corpus.Result{{
		Passage:    corpus.Passage{ID: "d/h", Doc: "Critical and Emerging Technologies Partnership", Section: []string{"Historical Background"}, Text: text},
		Highlights: []corpus.Span{{Start: at, End: at + len("established")}},
	}}}
	var b bytes.Buffer
	printAnswer(&b, ans, textStyle{bold: true, width: 40})
	out := b.String()
	if !strings.Contains(out, "\x1b[1mestablished\x1b[0m") {
		t.Errorf("no bold around the matched word:\n%q", out)
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := visibleWidth(line); w > 40 {
			t.Errorf("line %q is %d columns wide, want at most 40", line, w)
		}
	}
	if !strings.Contains(out, "\n  The US-EU Trade and Technology Council\n  (TTC),") {
		t.Errorf("wrapped lines do not keep the passage's indent:\n%s", out)
	}
	b.Reset()
	printAnswer(&b, ans, textStyle{})
	if strings.Contains(b.String(), "\x1b") || strings.Contains(b.String(), "**") || !strings.Contains(b.String(), "  "+text+"\n") {
		t.Errorf("plain output has marks or is wrapped:\n%s", b.String())
	}
}

func TestWrapLine(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "  short line", 20, "  short line"},
		{"indent kept", "  one two three four", 10, "  one two\n  three\n  four"},
		{"list item hangs", "  - alpha beta gamma", 12, "  - alpha\n    beta\n    gamma"},
		{"numbered item hangs", "12. alpha beta gamma", 12, "12. alpha\n    beta\n    gamma"},
		{"long word stays whole", "abcdefghijklmnop q", 8, "abcdefghijklmnop\nq"},
		{"escapes take no room", "\x1b[1mab\x1b[0m cd ef", 5, "\x1b[1mab\x1b[0m cd\nef"},
	}
	for _, tt := range tests {
		if got := wrapLine(tt.in, tt.width); got != tt.want {
			t.Errorf("%s: wrapLine(%q, %d) = %q, want %q", tt.name, tt.in, tt.width, got, tt.want)
		}
	}
}

// TestCorpusCheckShowsHeadingNumbers: the outline shows the numbers notes
// give their sections, by which "section 2" finds one.
func TestCorpusCheckShowsHeadingNumbers(t *testing.T) {
	file := filepath.Join(t.TempDir(), "orbits.txt")
	notes := "ORBITS\n\n1. Introduction\nObservatories watch the Sun.\n\n2. Lagrange Points\nWhere two pulls balance.\n"
	if err := os.WriteFile(file, []byte(notes), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, nil, "", "corpus", "check", file)
	if err != nil {
		t.Fatalf("corpus check: %v\n%s", err, out)
	}
	for _, want := range []string{"  1. Introduction (line 3): 1\n", "  2. Lagrange Points (line 6): 1\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("outline lacks %q:\n%s", want, out)
		}
	}
}

// TestNotesImportArchive: `notes import` of a ZIP archive adds each of its
// documents, and lists the files it refused as file:line: what is wrong.
func TestNotesImportArchive(t *testing.T) {
	dir := t.TempDir()
	archive := corpustest.Zip(t,
		"export/zorblax.md", "# Zorblax Treaty\n\n## Key Points\n1. The Zorblax Council settles quasar disputes.\n",
		"export/sub/quimby.txt", "Quimby Doctrine\n\nComets belong to whoever names them first.\n",
		"export/empty.md", "# \n",
	)
	file := filepath.Join(dir, "notes.zip")
	if err := os.WriteFile(file, archive, 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"CONCEPTBOT_DATA_DIR": filepath.Join(dir, "data")}
	out, errOut, err := runCLI(t, env, "", "notes", "import", "--guild", "42", file)
	for _, want := range []string{
		filepath.Join(file, "export", "sub", "quimby.txt") + `: added "Quimby Doctrine" (text, 1 passages) in server 42`,
		filepath.Join(file, "export", "zorblax.md") + `: added "Zorblax Treaty" (markdown, 1 passages) in server 42`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("notes import of an archive printed\n%s\nwant %q", out, want)
		}
	}
	if want := file + "/export/empty.md:1: empty document"; err == nil || !strings.Contains(errOut, want) {
		t.Errorf("notes import = %v, stderr\n%s\nwant exit 1 and %q", err, errOut, want)
	}
	if out, _, err := runCLI(t, env, "", "notes", "list", "--guild", "42"); err != nil || !strings.Contains(out, "quimby.txt") || !strings.Contains(out, "zorblax.md") {
		t.Errorf("notes list = %v:\n%s", err, out)
	}
}
