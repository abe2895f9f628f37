package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
	"github.com/conceptbot/conceptbot/store/postgres"
)

// copyStore is what `store copy` needs of each end.
type copyStore interface {
	DailySchedules(ctx context.Context) ([]*store.DailySchedule, error)
	PutDailySchedules(ctx context.Context, recs []*store.DailySchedule) error
	notes.Store
	Close() error
}

var (
	_ copyStore = (*bolt.Store)(nil)
	_ copyStore = (*postgres.Store)(nil)
)

func (a *app) storeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "store",
		Short: "Check, back up, restore, migrate and copy the state (daily-fact schedules)",
		Long: "The state lives in a bbolt file under data.dir (the default) or, with store.url, in PostgreSQL.\n" +
			"A store's commands work on the configured store; stop conceptbot before restoring a bbolt file.",
	}
	cmd.PersistentFlags().String(config.FlagName("data.dir"), "data", "directory of the embedded store when store.url is not set")
	cmd.AddCommand(a.storeCheckCmd(), a.storeRestoreCmd(), a.storeMigrateCmd(), a.storeCopyCmd())
	return cmd
}

func (a *app) storeCheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Check the store: consistency, schema version, every schedule; list the backups",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			if c.Store.URL != "" {
				return a.checkPostgres(cmd.Context(), c)
			}
			return a.checkBolt(c)
		},
	}
}

// checkBolt checks the embedded store and its backups.
func (a *app) checkBolt(c *config.Config) error {
	failed := false
	rep, err := bolt.Check(storePath(c))
	switch {
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintf(a.stdout, "%s: no store yet (it is created when conceptbot serve first runs with a token)\n", storePath(c))
	case errors.Is(err, bolt.ErrInUse):
		fmt.Fprintf(a.stdout, "%s: in use by a running conceptbot; stop it to check the file (its backups are checked below)\n", storePath(c))
	case err != nil:
		fmt.Fprintf(a.stdout, "%s: DAMAGED\n  %s\n", storePath(c), strings.ReplaceAll(err.Error(), "\n", "\n  "))
		failed = true
	default:
		printReport(a.stdout, rep)
	}
	list, err := bolt.Backups(backupDir(c))
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintf(a.stdout, "no backups in %s\n", backupDir(c))
	}
	for _, b := range list {
		if rep, err := bolt.Check(b); err != nil {
			fmt.Fprintf(a.stdout, "backup %s: damaged: %v\n", b, firstLine(err))
		} else {
			fmt.Fprintf(a.stdout, "backup %s: ok, %d schedules\n", b, rep.Schedules)
		}
	}
	if failed {
		fmt.Fprintf(a.stdout, "restore a good backup with: conceptbot store restore BACKUP\n")
		return exitError{"store check failed"}
	}
	return nil
}

func printReport(w io.Writer, r bolt.Report) {
	fmt.Fprintf(w, "%s: ok, schema version %d, %d schedules (%d on, %d paused), %d posts in progress\n",
		r.Path, r.Version, r.Schedules, r.On, r.Paused, r.Intents)
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// checkPostgres checks the PostgreSQL store: reachable, schema, every
// schedule readable, who leads.
func (a *app) checkPostgres(ctx context.Context, c *config.Config) error {
	pg, err := openPostgres(ctx, c, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer pg.Close()
	v, err := pg.Migrate(ctx)
	if err != nil {
		return err
	}
	recs, err := pg.DailySchedules(ctx)
	if err != nil {
		return err
	}
	on, paused, intents := 0, 0, 0
	for _, r := range recs {
		if r.On {
			on++
		}
		if r.Paused != "" {
			paused++
		}
		if r.Intent != nil {
			intents++
		}
	}
	leader, err := pg.HasLeader(ctx)
	if err != nil {
		return err
	}
	posting := "no process is posting the daily facts now"
	if leader {
		posting = "a process is posting the daily facts"
	}
	fmt.Fprintf(a.stdout, "%s: ok, schema version %d, %d schedules (%d on, %d paused), %d posts in progress; %s\n",
		pg.URL(), v, len(recs), on, paused, intents, posting)
	return nil
}

func (a *app) storeRestoreCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "restore BACKUP",
		Short: "Replace the embedded store with a backup (stop conceptbot first); the replaced file is kept",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			if c.Store.URL != "" {
				return fmt.Errorf("store restore puts back a bbolt backup of the embedded store; store.url is set (%s): "+
					"load a bbolt file into PostgreSQL with `conceptbot store copy --from bbolt:FILE --to %s`, and back PostgreSQL up with pg_dump",
					store.Redact(c.Store.URL), store.Redact(c.Store.URL))
			}
			replaced, err := bolt.Restore(storePath(c), args[0], bolt.Options{BackupDir: backupDir(c)})
			if err != nil {
				return err
			}
			rep, err := bolt.Check(storePath(c))
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "restored %s from %s\n", storePath(c), args[0])
			if replaced != "" {
				fmt.Fprintf(a.stdout, "the file it replaced is kept as %s\n", replaced)
			}
			printReport(a.stdout, rep)
			return nil
		},
	}
}

func (a *app) storeMigrateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Create or update the store's schema (serve does it too, at start-up)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			log := a.logger(c)
			var v int
			var where string
			if c.Store.URL != "" {
				pg, err := openPostgres(cmd.Context(), c, log)
				if err != nil {
					return err
				}
				defer pg.Close()
				if v, err = pg.Migrate(cmd.Context()); err != nil {
					return err
				}
				where = pg.URL()
			} else {
				b, err := openBolt(c, log, false)
				if err != nil {
					return err
				}
				defer b.Close()
				if v, err = b.Migrate(cmd.Context()); err != nil {
					return err
				}
				where = b.Path()
			}
			fmt.Fprintf(a.stdout, "%s: schema version %d\n", where, v)
			return nil
		},
	}
}

func (a *app) storeCopyCmd() *cobra.Command {
	var from, to string
	var overwrite bool
	cmd := &cobra.Command{
		Use:   "copy --from bbolt:PATH --to postgres://…",
		Short: "Copy every schedule and server's notes from one store to another, e.g. from the embedded store to PostgreSQL",
		Long: "Copy every daily-fact schedule, with its rotation and any post in progress, from one store to\n" +
			"another in one transaction, then every server's notes (documents and settings, a document a\n" +
			"transaction), then read them back and compare. A store is bbolt:PATH or a postgres:// URL.\n" +
			"Stop conceptbot first: a bbolt file in use cannot be read. The target must hold no schedules\n" +
			"and no notes, unless --overwrite (then the copied servers' schedules and documents are replaced).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" || to == "" {
				return errors.New("store copy needs --from and --to (bbolt:PATH or postgres://…)")
			}
			c, err := a.load(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			log := a.logger(c)
			src, err := a.openEnd(ctx, c, from, true, log)
			if err != nil {
				return fmt.Errorf("--from: %w", err)
			}
			defer src.Close()
			dst, err := a.openEnd(ctx, c, to, false, log)
			if err != nil {
				return fmt.Errorf("--to: %w", err)
			}
			defer dst.Close()
			n, err := copySchedules(ctx, src, dst, overwrite)
			if err != nil {
				return err
			}
			servers, docs, err := copyNotes(ctx, src, dst, overwrite)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "copied %d schedules and %d documents of %d servers' notes from %s to %s; read back and identical\n",
				n, docs, servers, redactEnd(from), redactEnd(to))
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the store to copy from: bbolt:PATH or postgres://…")
	cmd.Flags().StringVar(&to, "to", "", "the store to copy to: bbolt:PATH or postgres://…")
	cmd.Flags().BoolVar(&overwrite, "overwrite", false, "copy into a store that holds schedules, replacing those of the same servers")
	return cmd
}

// openEnd opens one end of a copy.
func (a *app) openEnd(ctx context.Context, c *config.Config, spec string, readOnly bool, log *slog.Logger) (copyStore, error) {
	if path, ok := strings.CutPrefix(spec, "bbolt:"); ok {
		return bolt.Open(path, bolt.Options{ReadOnly: readOnly, Logger: log})
	}
	if !strings.HasPrefix(spec, "postgres://") && !strings.HasPrefix(spec, "postgresql://") {
		return nil, fmt.Errorf("%q is neither bbolt:PATH nor a postgres:// URL", redactEnd(spec))
	}
	pc := *c
	pc.Store.URL = spec
	pg, err := openPostgres(ctx, &pc, log)
	if err != nil {
		return nil, err
	}
	if _, err := pg.Migrate(ctx); err != nil {
		pg.Close()
		return nil, err
	}
	return pg, nil
}

// copyNotes copies every server's notes from src to dst and checks that
// dst then holds the same documents, byte for byte, and settings.
func copyNotes(ctx context.Context, src, dst copyStore, overwrite bool) (servers, docs int, err error) {
	vs, err := src.NotesChanges(ctx, 0)
	if err != nil {
		return 0, 0, err
	}
	if have, err := dst.NotesChanges(ctx, 0); err != nil {
		return 0, 0, err
	} else if len(have) > 0 && !overwrite {
		return 0, 0, fmt.Errorf("the target holds the notes of %d servers already; copy with --overwrite to replace the copied servers' documents", len(have))
	}
	for _, v := range vs {
		cat, err := src.NotesContents(ctx, v.Guild)
		if err != nil {
			return servers, docs, err
		}
		for i := range cat.Documents {
			if _, err := dst.PutNotesDocument(ctx, &cat.Documents[i], nil); err != nil {
				return servers, docs, fmt.Errorf("copy document %s of server %s: %w", cat.Documents[i].ID, v.Guild, err)
			}
		}
		if _, err := dst.UpdateNotesSettings(ctx, v.Guild, cat.NotesSettings); err != nil {
			return servers, docs, err
		}
		got, err := dst.NotesContents(ctx, v.Guild)
		if err != nil {
			return servers, docs, fmt.Errorf("read the copy back: %w", err)
		}
		for _, d := range cat.Documents {
			c, ok := got.Document(d.ID)
			if !ok || c.SHA256 != d.SHA256 || !bytes.Equal(c.Data, d.Data) || c.Title != d.Title || !c.AddedAt.Equal(d.AddedAt) {
				return servers, docs, fmt.Errorf("the copy of document %s of server %s differs from the original", d.ID, v.Guild)
			}
		}
		if got.IncludeShared != cat.IncludeShared {
			return servers, docs, fmt.Errorf("the copy of server %s's notes settings differs from the original", v.Guild)
		}
		servers++
		docs += len(cat.Documents)
	}
	return servers, docs, nil
}

func redactEnd(spec string) string {
	if strings.HasPrefix(spec, "bbolt:") {
		return spec
	}
	return store.Redact(spec)
}

// copySchedules copies every schedule from src to dst and checks that dst
// then holds them unchanged.
func copySchedules(ctx context.Context, src, dst copyStore, overwrite bool) (int, error) {
	recs, err := src.DailySchedules(ctx)
	if err != nil {
		return 0, err
	}
	have, err := dst.DailySchedules(ctx)
	if err != nil {
		return 0, err
	}
	if len(have) > 0 && !overwrite {
		return 0, fmt.Errorf("the target holds %d schedules already; copy with --overwrite to replace those of the same servers", len(have))
	}
	if err := dst.PutDailySchedules(ctx, recs); err != nil {
		return 0, err
	}
	got, err := dst.DailySchedules(ctx)
	if err != nil {
		return 0, fmt.Errorf("read the copy back: %w", err)
	}
	byGuild := make(map[string]*store.DailySchedule, len(got))
	for _, r := range got {
		byGuild[r.Guild] = r
	}
	for _, r := range recs {
		if !r.Equal(byGuild[r.Guild]) {
			return 0, fmt.Errorf("the copy of guild %s's schedule differs from the original", r.Guild)
		}
	}
	return len(recs), nil
}
