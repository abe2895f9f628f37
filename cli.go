package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/internal/phrase"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

// app holds what every command shares: the process's environment and
// streams, and the configuration once loaded.
type app struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
	configFile     string
}

func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           "conceptbot",
		Short:         "Answers questions from study notes, in the terminal and on Discord",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	f := root.PersistentFlags()
	f.StringVar(&a.configFile, "config", "", "configuration file (default ./"+config.DefaultFile+" when present)")
	f.StringSlice(config.FlagName("corpus.paths"), nil, "files and directories of documents to add to the notes")
	f.Bool(config.FlagName("corpus.seed"), true, "include the embedded seed document")
	f.String(config.FlagName("index.path"), "", "keep the index on disk in this directory (default: in memory)")
	f.String(config.FlagName("log.level"), "info", "log level: debug, info, warn or error")
	root.AddCommand(a.askCmd(), a.evalCmd(), a.corpusCmd(), a.configCmd(), a.versionCmd(), a.serveCmd(), a.commandsCmd(), a.storeCmd(), a.notesCmd(), a.gapsCmd())
	return root
}

// load reads the configuration, with the flags of cmd, without validating
// it, and prints its warnings.
func (a *app) load(cmd *cobra.Command) (*config.Config, error) {
	c, err := config.Load(config.Options{File: a.configFile, Getenv: a.getenv, Flags: cmd.Flags()})
	if err != nil {
		return nil, usageError{err: err}
	}
	for _, w := range c.Warnings() {
		fmt.Fprintln(a.stderr, "conceptbot: warning:", w)
	}
	return c, nil
}

// config reads the configuration and validates the keys of the named
// sections, or all of them when none is named.
func (a *app) config(cmd *cobra.Command, sections ...string) (*config.Config, error) {
	c, err := a.load(cmd)
	if err != nil {
		return nil, err
	}
	return c, c.ValidateOnly(sections...)
}

// notesConfig is config for the commands that only read the notes (ask,
// eval, corpus check): Discord and server settings do not stop them.
func (a *app) notesConfig(cmd *cobra.Command) (*config.Config, error) {
	return a.config(cmd, "corpus", "index")
}

func (a *app) logger(c *config.Config) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}

// openIndex loads the notes and their index as configured. A document with
// a problem is left out and logged, unless corpus.strict makes it fatal;
// the report says what was left out. An on-disk index found damaged while
// answering is rebuilt (see index.Live).
func (a *app) openIndex(ctx context.Context, c *config.Config, log *slog.Logger) (*index.Live, *corpus.Report, error) {
	notes, rep, err := corpus.Load(ctx, corpusOptions(c))
	logReport(log, rep)
	if err != nil {
		return nil, rep, fmt.Errorf("load notes: %w", err)
	}
	ix, err := index.OpenLive(ctx, notes, index.Options{Path: c.Index.Path, Logger: log})
	return ix, rep, err
}

func corpusOptions(c *config.Config) corpus.Options {
	return corpus.Options{Paths: c.Corpus.Paths, Seed: c.Corpus.Seed, Strict: c.Corpus.Strict, MaxFileBytes: c.Corpus.MaxFileBytes}
}

// logReport logs what loading the notes left out, skipped or warned about.
func logReport(log *slog.Logger, rep *corpus.Report) {
	for _, e := range rep.Problems {
		log.Error("left out of the notes", "problem", e.Error())
	}
	for _, w := range rep.Warnings() {
		log.Warn("notes", "warning", w.Error())
	}
	for _, s := range rep.Skipped {
		level := slog.LevelWarn
		if s.Expected {
			level = slog.LevelDebug
		}
		log.Log(context.Background(), level, "not read as a document", "file", s.Path, "why", s.Reason)
	}
}

func (a *app) askCmd() *cobra.Command {
	var top int
	var asJSON, explain, follow bool
	cmd := &cobra.Command{
		Use:   `ask "QUESTION" | ask --json -`,
		Short: "Answer a question from the notes",
		Long: "Answer a question from the notes: the best passage with its citation, then the citations of the next ones.\n" +
			"With --json, print one JSON object per question; with - as the question, read one question per line from standard input.",
		Args:    askArgs,
		Example: askExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			if top < 1 || top > 50 {
				return usageError{fmt.Errorf("--top must be from 1 to 50 (got %d)", top), cmd.CommandPath()}
			}
			c, err := a.notesConfig(cmd)
			if err != nil {
				return err
			}
			ix, _, err := a.openIndex(cmd.Context(), c, a.logger(c))
			if err != nil {
				return err
			}
			defer ix.Close()
			style := styleFor(a.stdout, a.getenv)
			batch := len(args) == 1 && args[0] == "-"
			asked, unanswered := 0, 0
			topic := "" // with --follow, the document of the last answer
			ask := func(q string) error {
				ctx := cmd.Context()
				if topic != "" {
					ctx = corpus.WithTopic(ctx, topic)
				}
				ans, err := ix.Search(ctx, q, top)
				if err != nil {
					return err
				}
				if asked++; !ans.Answered {
					unanswered++
				}
				if follow && ans.Answered && len(ans.Results) > 0 {
					if ans.Results[0].DocID != topic {
						ctx = cmd.Context() // not answered from it: explained without it
					}
					topic = ans.Results[0].DocID
				}
				var why *index.Explanation
				if explain {
					e, err := ix.Explain(ctx, q, top)
					if err != nil {
						return err
					}
					why = &e
				}
				if asJSON {
					j := jsonAnswer(ans)
					j.Explain = why
					return json.NewEncoder(a.stdout).Encode(j)
				}
				if batch {
					printQuestion(a.stdout, q, asked > 1, style)
				}
				printAnswer(a.stdout, ans, style)
				if why != nil {
					printExplanation(a.stdout, ix.Corpus(), *why)
				}
				return nil
			}
			if batch {
				sc := bufio.NewScanner(a.stdin)
				sc.Buffer(make([]byte, 64*1024), 1<<20)
				for sc.Scan() {
					if err := ask(sc.Text()); err != nil {
						return err
					}
				}
				if err := sc.Err(); err != nil {
					return err
				}
			} else if err := ask(strings.Join(args, " ")); err != nil {
				return err
			}
			if unanswered > 0 {
				return errNotInNotes
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&top, "top", 3, "how many passages to show")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&follow, "follow", false, "answer each question of - as a follow-up, as the bot does in a channel: one that names no document from the last answer's, when it can be")
	cmd.Flags().BoolVar(&explain, "explain", false, "show why: each result's score by ranking feature, and the answer decision by feature")
	return cmd
}

// answerJSON is the --json output of ask: exactly one object per question.
type answerJSON struct {
	Question string             `json:"question"`
	Answered bool               `json:"answered"`
	Shape    corpus.Shape       `json:"shape"`
	Parts    []string           `json:"parts,omitempty"` // compare and parts: what each Part is
	More     int                `json:"more,omitempty"`  // list: passages left out of results
	Note     string             `json:"note,omitempty"`  // a part the notes lack, or that several documents have
	Results  []resultJSON       `json:"results"`
	Explain  *index.Explanation `json:"explain,omitempty"`
}

type resultJSON struct {
	Rank     int     `json:"rank"`
	ID       string  `json:"id"`
	Doc      string  `json:"doc"`
	Category string  `json:"category"`
	Section  string  `json:"section"`
	Citation string  `json:"citation"`
	Text     string  `json:"text"`
	Score    float64 `json:"score"`
	Part     int     `json:"part"`
}

func jsonAnswer(ans corpus.Answer) answerJSON {
	out := answerJSON{Question: ans.Question, Answered: ans.Answered, Shape: ans.Shape, Parts: ans.Parts, More: ans.More, Note: ans.Note, Results: []resultJSON{}}
	if out.Shape == "" {
		out.Shape = corpus.ShapePassage
	}
	for i, r := range ans.Results {
		out.Results = append(out.Results, resultJSON{
			Rank: i + 1, ID: r.ID, Doc: r.Doc, Category: r.Category, Section: strings.Join(r.Section, corpus.Separator),
			Citation: r.Citation(), Text: r.Text, Score: r.Score, Part: r.Part,
		})
	}
	return out
}

// printAnswer writes an answer for a person: the best passage under its
// citation with the matched words emphasised as style says (bold on a
// terminal), then the citations of the rest; answers of other shapes as
// printShaped lays them out.
func printAnswer(out io.Writer, ans corpus.Answer, style textStyle) {
	w := new(strings.Builder)
	defer func() { style.print(out, w.String()) }()
	if printShaped(w, ans, style) {
		return
	}
	if len(ans.Results) == 0 {
		if ans.Note != "" {
			fmt.Fprintln(w, ans.Note)
			return
		}
		fmt.Fprintln(w, "I couldn't find that in the notes. Try other words, or ask about a topic they cover.")
		return
	}
	rest := ans.Results
	if ans.Answered {
		best := ans.Results[0]
		fmt.Fprintln(w, best.Citation())
		fmt.Fprintln(w)
		for _, line := range strings.Split(emphasise(best.Text, best.Highlights, style), "\n") {
			fmt.Fprintln(w, "  "+line)
		}
		rest = ans.Results[1:]
		if ans.Note != "" {
			fmt.Fprintln(w)
			fmt.Fprintln(w, ans.Note)
		}
		if len(rest) > 0 {
			fmt.Fprintln(w)
			fmt.Fprintln(w, "Related:")
		}
	} else if ans.Note != "" {
		fmt.Fprintln(w, ans.Note, "Did you mean:")
	} else {
		fmt.Fprintln(w, "I couldn't find that in the notes. Did you mean:")
	}
	for _, r := range rest {
		fmt.Fprintln(w, "  - "+r.Citation())
	}
}

func emphasise(text string, spans []corpus.Span, style textStyle) string {
	open, close := style.emphasis()
	if open == "" {
		return text
	}
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue
		}
		b.WriteString(text[at:s.Start])
		b.WriteString(open + text[s.Start:s.End] + close)
		at = s.End
	}
	b.WriteString(text[at:])
	return b.String()
}

func (a *app) evalCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "eval FILE.jsonl...",
		Short: "Measure answer quality on question sets (hit@1, hit@3, section@1, abstention)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.notesConfig(cmd)
			if err != nil {
				return err
			}
			var qs []index.EvalQuestion
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				more, err := index.ReadEval(f)
				f.Close()
				if err != nil {
					return evalFileError(a.stderr, name, err)
				}
				qs = append(qs, more...)
			}
			ix, _, err := a.openIndex(cmd.Context(), c, a.logger(c))
			if err != nil {
				return err
			}
			defer ix.Close()
			outcomes, err := ix.Outcomes(cmd.Context(), qs)
			if err != nil {
				return err
			}
			printEval(a.stdout, ix.Corpus(), outcomes)
			return nil
		},
	}
}

func (a *app) corpusCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "corpus", Short: "Work with the notes"}
	var verbose bool
	check := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Preview documents as the bot reads them: each one's outline, and every problem",
		Long: "Check documents before adding them to the notes. With no PATH, check the configured notes\n" +
			"(the embedded seed and corpus.paths). Prints each document's outline (sections and their passages;\n" +
			"with -v the first words of each passage) and the files skipped and why. Problems are listed as\n" +
			"file:line: what is wrong; any problem, or a PATH that gives no document, exits 1.",
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load(cmd)
			if err != nil {
				return err
			}
			opts := corpusOptions(c)
			if len(args) > 0 {
				opts.Paths, opts.Seed = args, false
			} else if err := c.ValidateOnly("corpus", "index"); err != nil {
				return err
			}
			if opts.MaxFileBytes <= 0 {
				opts.MaxFileBytes = corpus.DefaultMaxFileBytes
			}
			opts.Strict = false // report everything, then fail
			_, rep, err := corpus.Load(cmd.Context(), opts)
			if err != nil && cmd.Context().Err() != nil {
				return err
			}
			printCheck(a.stdout, rep, verbose)
			problems := append(append(corpus.Errors(nil), rep.Problems...), rep.Warnings()...)
			for _, p := range rep.Problems {
				fmt.Fprintln(a.stderr, p)
			}
			if len(problems) > 0 || err != nil {
				if err != nil && len(rep.Problems) == 0 {
					fmt.Fprintln(a.stderr, err)
				}
				return exitError{"corpus check failed"}
			}
			return nil
		},
	}
	check.Flags().BoolVarP(&verbose, "verbose", "v", false, "show the first words of each passage")
	cmd.AddCommand(check)
	return cmd
}

// printCheck writes what corpus check found: each document's outline with
// its warnings, the files skipped, and a summary line, "ok: …" when there
// is no problem.
func printCheck(w io.Writer, rep *corpus.Report, verbose bool) {
	sections, passages := 0, 0
	for _, d := range rep.Docs {
		secs := map[string]bool{}
		for _, p := range d.Passages {
			secs[p.Heading()] = true
		}
		sections += len(secs)
		passages += len(d.Passages)
		fmt.Fprintf(w, "%s: %q (%s): %s, %s\n", d.File, d.Title, d.Format, phrase.Count(len(secs), "section"), phrase.Count(len(d.Passages), "passage"))
		if d.Subtitle != "" {
			fmt.Fprintf(w, "  subtitle: %s\n", d.Subtitle)
		}
		if d.Category != "" {
			fmt.Fprintf(w, "  category: %s\n", d.Category)
		}
		printOutline(w, d, verbose)
		for _, warn := range d.Warnings {
			fmt.Fprintf(w, "  warning: %s\n", warn)
		}
	}
	expected := 0
	for _, s := range rep.Skipped {
		if s.Expected && !verbose {
			expected++
			continue
		}
		fmt.Fprintf(w, "skipped: %s: %s\n", s.Path, s.Reason)
	}
	if expected > 0 {
		fmt.Fprintf(w, "skipped, as part of how notes are kept or exported: %s (hidden files, pictures and recordings, copies in another format, lists of labels, notes in the trash or without text); -v lists them\n", phrase.Count(expected, "file"))
	}
	summary := phrase.Count(len(rep.Docs), "document") + ", " + phrase.Count(sections, "section") + ", " + phrase.Count(passages, "passage")
	if n := len(rep.Problems) + len(rep.Warnings()); n > 0 {
		fmt.Fprintf(w, "%s; %s\n", summary, phrase.Count(n, "problem"))
		return
	}
	fmt.Fprintf(w, "ok: %s\n", summary)
}

// printOutline writes a document's sections, indented by depth, each with
// its number of passages ("no text" when it has none); verbose adds the
// start of each passage under its section.
func printOutline(w io.Writer, d *corpus.Document, verbose bool) {
	// Each passage belongs to the deepest section whose path starts its citation.
	under := map[int][]corpus.Passage{}
	if verbose {
		for _, p := range d.Passages {
			best := -1
			for i, h := range d.Outline {
				if len(h.Path) <= len(p.Section) && slices.Equal(h.Path, p.Section[:len(h.Path)]) && (best < 0 || len(h.Path) > len(d.Outline[best].Path)) {
					best = i
				}
			}
			under[best] = append(under[best], p)
		}
	}
	unit := "line"
	if d.Unit != "" {
		unit = d.Unit
	}
	for i, h := range d.Outline {
		indent := strings.Repeat("  ", len(h.Path))
		count := fmt.Sprint(h.Passages)
		switch {
		case h.Passages > 0:
		case i+1 < len(d.Outline) && len(d.Outline[i+1].Path) > len(h.Path):
			count = "in its subsections" // the outline is in tree order
		default:
			count = "no text"
		}
		place := "" // none when the format cannot tell where (an e-mail's decoded page)
		switch {
		case h.Line > 0 && h.File != "":
			place = fmt.Sprintf(" (%s %d of %s)", unit, h.Line, h.File)
		case h.Line > 0:
			place = fmt.Sprintf(" (%s %d)", unit, h.Line)
		}
		fmt.Fprintf(w, "%s%s%s: %s\n", indent, h.Name(), place, count)
		for _, p := range under[i] {
			label := strings.Join(p.Section[len(h.Path):], corpus.Separator)
			if label == "" {
				label = "·"
			}
			fmt.Fprintf(w, "%s  %s  %s\n", indent, label, firstWords(p.Text, 70))
		}
	}
}

// firstWords returns the start of text on one line, at most n runes, cut
// at a word.
func firstWords(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	cut := 0
	for i := range text {
		if utf8.RuneCountInString(text[:i]) > n {
			break
		}
		if text[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(string([]rune(text)[:n]))
	}
	return text[:cut] + " …"
}

func (a *app) configCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (secrets masked)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load(cmd)
			if err != nil {
				return err
			}
			fmt.Fprint(a.stdout, c.Print())
			return c.Validate()
		},
	}
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			v := version
			if v == "" {
				v = "(devel)"
				if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
					v = info.Main.Version
				}
			}
			fmt.Fprintln(a.stdout, "conceptbot", v)
		},
	}
}
