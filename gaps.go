package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/internal/discordid"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// The index groups rewordings of a question for the feedback report.
var (
	_ feedback.Normalizer = (*index.Index)(nil)
	_ feedback.Normalizer = (*index.Live)(nil)
)

// feedbackStore is what the gaps command reads: the store's feedback and
// Close.
type feedbackStore interface {
	feedback.Store
	Close() error
}

// startFeedback makes the keeper of answers and votes on the serving
// process's store, and runs its expiry until ctx is done (st.close waits
// for it). It returns nil, having said why in the log, when feedback is off
// or this process has no store.
func startFeedback(ctx context.Context, c *config.Config, st *state, ix feedback.Normalizer, log *slog.Logger) *feedback.Keeper {
	switch {
	case !c.Feedback.Enabled:
		log.Info("feedback: off (feedback.enabled is false): answers have no 👍/👎")
		return nil
	case st.store == nil:
		log.Warn("feedback: off in this process, which has no store (HTTP only with the embedded store): " +
			"answers have no 👍/👎; set store.url to share a PostgreSQL store, or run the process with the token")
		return nil
	}
	k := feedback.New(st.store, ix, feedback.Options{Retention: c.Feedback.Retention, DMs: c.Feedback.DMs, Logger: log})
	st.wg.Go(func() { k.Run(ctx) })
	log.Info("feedback: on", "retention", c.Feedback.Retention, "dms", c.Feedback.DMs)
	return k
}

func (a *app) gapsCmd() *cobra.Command {
	var guild string
	var asJSON, evalTemplate bool
	cmd := &cobra.Command{
		Use:   "gaps --guild ID [--json | --eval-template]",
		Short: "What the notes are missing in a server: the questions refused most often and the answers voted down most",
		Long: "Report a server's feedback over feedback.retention: how many questions were asked and refused, the\n" +
			"votes, then the questions refused most often and the answers voted down most, rewordings together,\n" +
			"each with its counts, when it was last asked and the closest section. --json prints the whole\n" +
			"report as JSON; --eval-template writes every refused or voted-down question as a line of an eval\n" +
			"file (conceptbot eval) with empty accept lists to fill in. --guild dm reports direct messages\n" +
			"(kept only with feedback.dms). With the embedded store while conceptbot serve has it open, the\n" +
			"newest backup is read.",
		Args: cobra.NoArgs,
		Example: `  conceptbot gaps --guild 123456789012345678
  conceptbot gaps --guild 123456789012345678 --json | jq '.gaps[0]'
  conceptbot gaps --guild 123456789012345678 --eval-template > server.jsonl && conceptbot eval server.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if guild == "" {
				return usageError{errors.New("gaps needs --guild: a server's ID (digits), or dm for direct messages"), cmd.CommandPath()}
			}
			if guild != store.FeedbackDM && !discordid.Valid(guild) {
				return usageError{fmt.Errorf("--guild must be a server ID (digits), or dm (got %q)", guild), cmd.CommandPath()}
			}
			if asJSON && evalTemplate {
				return usageError{errors.New("--json and --eval-template cannot be used together"), cmd.CommandPath()}
			}
			c, err := a.config(cmd, "corpus", "data", "store", "feedback", "log")
			if err != nil {
				return err
			}
			log := a.logger(c)
			st, err := a.openFeedbackStore(cmd.Context(), c)
			if err != nil {
				return err
			}
			defer st.Close()
			var ps feedback.Passages // the shared notes, to name the closest sections
			if notes, rep, err := corpus.Load(cmd.Context(), corpusOptions(c)); err == nil {
				ps = notes
			} else {
				logReport(log, rep)
				log.Warn("gaps: the notes did not load; closest sections are shown by ID", "err", err)
			}
			k := feedback.New(st, nil, feedback.Options{Retention: c.Feedback.Retention})
			r, err := k.Report(cmd.Context(), guild, ps)
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				return feedback.WriteJSON(a.stdout, r)
			case evalTemplate:
				return feedback.WriteEvalTemplate(a.stdout, r)
			}
			return feedback.WriteText(a.stdout, r, 0)
		},
	}
	f := cmd.Flags()
	f.StringVar(&guild, "guild", "", "the server's ID (required), or dm for direct messages")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON")
	f.BoolVar(&evalTemplate, "eval-template", false, "write the refused and voted-down questions as an eval file with empty accept lists")
	f.String(config.FlagName("data.dir"), "data", "directory of the embedded store when store.url is not set")
	return cmd
}

// openFeedbackStore opens the configured store to read: PostgreSQL, or
// the embedded file read-only, or, while a running conceptbot has that
// open, its newest backup (said on standard error).
func (a *app) openFeedbackStore(ctx context.Context, c *config.Config) (feedbackStore, error) {
	quiet := slog.New(slog.DiscardHandler)
	if c.Store.URL != "" {
		return openPostgres(ctx, c, quiet)
	}
	path := storePath(c)
	s, err := bolt.Open(path, bolt.Options{ReadOnly: true, Logger: quiet})
	switch {
	case err == nil:
		return s, nil
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("no feedback kept yet: %s does not exist (conceptbot serve creates it)", path)
	case !errors.Is(err, bolt.ErrInUse):
		return nil, err
	}
	list, lerr := bolt.Backups(backupDir(c))
	if lerr != nil || len(list) == 0 {
		return nil, fmt.Errorf("%s is open in a running conceptbot and has no backup yet: use /notes gaps export in Discord, or stop conceptbot: %w", path, err)
	}
	newest := list[len(list)-1]
	b, berr := bolt.Open(newest, bolt.Options{ReadOnly: true, Logger: quiet})
	if berr != nil {
		return nil, fmt.Errorf("%s is open in a running conceptbot, and its newest backup cannot be read: %w", path, berr)
	}
	made := "unknown"
	if fi, err := os.Stat(newest); err == nil {
		made = fi.ModTime().UTC().Format(time.RFC3339)
	}
	fmt.Fprintf(a.stderr, "conceptbot is running with %s open; reading its newest backup, %s (made %s)\n", path, filepath.Base(newest), made)
	return b, nil
}
