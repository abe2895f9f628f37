package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/discordid"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
	"github.com/conceptbot/conceptbot/store/postgres"
)

// notesStore is what `conceptbot notes` needs of a store.
type notesStore interface {
	notes.Store
	Close() error
}

var (
	_ notesStore = (*bolt.Store)(nil)
	_ notesStore = (*postgres.Store)(nil)
)

func (a *app) notesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "notes",
		Short: "List, export, import and remove the notes servers added with /notes",
		Long: "Work on a server's own notes (what its moderators manage with /notes) in the configured store:\n" +
			"PostgreSQL with store.url, where every running process sees a change within notes.poll_interval;\n" +
			"otherwise the bbolt file under data.dir, which a running `conceptbot serve` holds: stop it first.",
	}
	f := cmd.PersistentFlags()
	f.String("guild", "", "the server's ID")
	f.String(config.FlagName("data.dir"), "data", "directory of the embedded store when store.url is not set")
	cmd.AddCommand(a.notesListCmd(), a.notesExportCmd(), a.notesImportCmd(), a.notesRemoveCmd())
	return cmd
}

// guildFlag returns --guild, which must be a Discord ID when required.
func guildFlag(cmd *cobra.Command, required bool) (string, error) {
	g, _ := cmd.Flags().GetString("guild")
	switch {
	case g == "" && required:
		return "", usageError{err: errors.New("which server? give its ID with --guild (in Discord: right-click the server › Copy Server ID)")}
	case g != "" && !discordid.Valid(g):
		return "", usageError{err: fmt.Errorf("--guild %q: a server's ID is digits only", g)}
	}
	return g, nil
}

// guildNotes reads --guild (required or not) and opens the notes' store.
func (a *app) guildNotes(ctx context.Context, cmd *cobra.Command, guildRequired, readOnly bool) (string, *notes.Library, *config.Config, func(), error) {
	guild, err := guildFlag(cmd, guildRequired)
	if err != nil {
		return "", nil, nil, nil, err
	}
	lib, c, done, err := a.openNotesStore(ctx, cmd, readOnly)
	return guild, lib, c, done, err
}

// openNotesStore opens the configured store for the notes' commands, and a
// Library on it that builds no index (nothing here answers questions).
func (a *app) openNotesStore(ctx context.Context, cmd *cobra.Command, readOnly bool) (*notes.Library, *config.Config, func(), error) {
	c, err := a.config(cmd, "notes", "store", "data", "log")
	if err != nil {
		return nil, nil, nil, err
	}
	log := slog.New(slog.DiscardHandler)
	var st notesStore
	if c.Store.URL != "" {
		pg, err := openPostgres(ctx, c, log)
		if err != nil {
			return nil, nil, nil, err
		}
		if _, err := pg.Migrate(ctx); err != nil {
			pg.Close()
			return nil, nil, nil, err
		}
		st = pg
	} else {
		if readOnly {
			if _, err := os.Stat(storePath(c)); errors.Is(err, os.ErrNotExist) {
				return nil, nil, nil, fmt.Errorf("%s: no store yet: no server has added notes", storePath(c))
			}
		}
		b, err := openBolt(c, log, readOnly)
		if err != nil {
			return nil, nil, nil, err
		}
		st = b
	}
	lib := notes.New(st, nil, notes.Options{
		Limits: notes.Limits{Documents: c.Notes.MaxDocuments, DocumentBytes: c.Notes.MaxDocumentBytes, Passages: c.Notes.MaxPassages},
		Logger: log,
	})
	return lib, c, func() { lib.Close(); st.Close() }, nil
}

func (a *app) notesListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list [--guild ID]",
		Short: "List a server's documents; without --guild, the servers that have notes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			guild, lib, c, done, err := a.guildNotes(ctx, cmd, false, true)
			if err != nil {
				return err
			}
			defer done()
			w := tabwriter.NewWriter(a.stdout, 2, 8, 2, ' ', 0)
			defer w.Flush()
			if guild != "" {
				cat, err := lib.Catalog(ctx, guild)
				if err != nil {
					return err
				}
				printCatalog(w, cat, c)
				return nil
			}
			vs, err := lib.Servers(ctx)
			if err != nil {
				return err
			}
			if len(vs) == 0 {
				fmt.Fprintln(w, "no server has notes of its own")
				return nil
			}
			fmt.Fprintln(w, "SERVER\tDOCUMENTS\tSHARED NOTES")
			for _, v := range vs {
				fmt.Fprintf(w, "%s\t%d\t%s\n", v.Guild, v.Documents, included(v.IncludeShared))
			}
			return nil
		},
	}
}

func included(on bool) string {
	if on {
		return "included"
	}
	return "left out"
}

// printCatalog lists a server's documents.
func printCatalog(w *tabwriter.Writer, cat *store.NotesCatalog, c *config.Config) {
	fmt.Fprintf(w, "server %s: %d of %d documents, %d of %d passages, %s; shared notes %s\n", cat.Guild, len(cat.Documents), c.Notes.MaxDocuments,
		cat.Passages(), c.Notes.MaxPassages, notes.Size(cat.Bytes()), included(cat.IncludeShared))
	if len(cat.Documents) == 0 {
		return
	}
	fmt.Fprintln(w, "DOCUMENT\tTITLE\tFILE\tFORMAT\tPASSAGES\tSIZE\tADDED\tBY")
	for _, d := range cat.Documents {
		by := d.AddedByName
		if d.AddedBy != "" {
			by += " (" + d.AddedBy + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", d.ID, d.Title, d.Name, d.Format, d.Passages, notes.Size(d.Size),
			d.AddedAt.UTC().Format("2006-01-02 15:04 UTC"), by)
	}
}

func (a *app) notesExportCmd() *cobra.Command {
	var out string
	var all bool
	cmd := &cobra.Command{
		Use:   "export --guild ID [DOCUMENT…|--all] [-o DIR|FILE|-]",
		Short: "Write documents as they were added: into a directory (default .), a file, or - for standard output",
		RunE: func(cmd *cobra.Command, args []string) error {
			guild, err := guildFlag(cmd, true)
			if err != nil {
				return err
			}
			if len(args) == 0 && !all {
				return usageError{err: errors.New("name the documents to export (their ID or title, see `conceptbot notes list --guild ID`), or give --all")}
			}
			ctx := cmd.Context()
			lib, _, done, err := a.openNotesStore(ctx, cmd, true)
			if err != nil {
				return err
			}
			defer done()
			docs, err := pick(ctx, lib, guild, args, all)
			if err != nil {
				return err
			}
			toFile := out == "-" || (len(docs) == 1 && filepath.Ext(out) != "" && !isDir(out))
			if len(docs) > 1 && toFile {
				return fmt.Errorf("-o %s: %d documents go into a directory, not one file", out, len(docs))
			}
			for _, d := range docs {
				sd, _, err := lib.Document(ctx, guild, d.ID)
				if sd == nil {
					return err
				}
				switch {
				case out == "-":
					_, err = a.stdout.Write(sd.Data)
				case toFile:
					err = os.WriteFile(out, sd.Data, 0o644)
				default:
					if err = os.MkdirAll(out, 0o755); err == nil {
						err = os.WriteFile(filepath.Join(out, sd.Name), sd.Data, 0o644)
					}
				}
				if err != nil {
					return fmt.Errorf("export %s: %w", d.ID, err)
				}
				if out != "-" {
					where := out
					if !toFile {
						where = filepath.Join(out, sd.Name)
					}
					fmt.Fprintf(a.stderr, "exported %s (%s) to %s\n", d.ID, notes.Size(sd.Size), where)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", ".", "a directory, a file (one document), or - for standard output")
	cmd.Flags().BoolVar(&all, "all", false, "export every document of the server")
	return cmd
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// pick returns the documents of guild's notes that names name, or all of
// them.
func pick(ctx context.Context, lib *notes.Library, guild string, names []string, all bool) ([]store.NotesDocument, error) {
	cat, err := lib.Catalog(ctx, guild)
	if err != nil {
		return nil, err
	}
	if all {
		if len(cat.Documents) == 0 {
			return nil, fmt.Errorf("server %s has no documents", cat.Guild)
		}
		return cat.Documents, nil
	}
	var out []store.NotesDocument
	for _, n := range names {
		d, ok := notes.Find(cat, n)
		if !ok {
			return nil, fmt.Errorf("server %s has no document %q (see `conceptbot notes list --guild %s`)", cat.Guild, n, cat.Guild)
		}
		out = append(out, d)
	}
	return out, nil
}

func (a *app) notesImportCmd() *cobra.Command {
	var replace bool
	cmd := &cobra.Command{
		Use:   "import --guild ID FILE… [--replace]",
		Short: "Add documents to a server's notes, checked as /notes add checks them",
		Long: "Add documents to a server's notes, each checked as /notes add and `corpus check` check them and\n" +
			"within the server's limits. A document with the title of one the server has is refused unless\n" +
			"--replace. Problems are listed as file:line: what is wrong; any refused document exits 1.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			guild, lib, _, done, err := a.guildNotes(ctx, cmd, true, false)
			if err != nil {
				return err
			}
			defer done()
			failed := 0
			for _, path := range args {
				if err := a.importOne(ctx, lib, guild, path, replace); err != nil {
					failed++
					fmt.Fprintln(a.stderr, err)
				}
			}
			if failed > 0 {
				return exitError{fmt.Sprintf("%d of %d documents not imported", failed, len(args))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "replace documents with the same title")
	return cmd
}

// importOne adds one file to a server's notes and says what it added; the
// error says every problem, as file:line: what is wrong.
func (a *app) importOne(ctx context.Context, lib *notes.Library, guild, path string, replace bool) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	if fi.Size() > lib.Limits().DocumentBytes {
		return fmt.Errorf("%s: %s; a document may be at most %s (notes.max_document_bytes)", path, notes.Size(fi.Size()), notes.Size(lib.Limits().DocumentBytes))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	up := notes.Upload{Name: filepath.Base(path), Data: data, ByName: "command line", Replace: replace}
	if corpus.IsArchive(data) {
		return a.importArchive(ctx, lib, guild, path, up)
	}
	added, err := lib.Add(ctx, guild, up)
	if err != nil {
		e := notes.ErrorOf(err)
		if len(e.Problems) > 0 {
			return e.Problems
		}
		return fmt.Errorf("%s: %s", path, strings.TrimSuffix(e.Message, "."))
	}
	a.printAdded(path, guild, added)
	return nil
}

func (a *app) printAdded(path, guild string, added *notes.Added) {
	verb := "added"
	if added.Replaced != nil {
		verb = "replaced"
	}
	fmt.Fprintf(a.stdout, "%s: %s %q (%s, %d passages) in server %s\n", path, verb, added.Doc.Title, added.Doc.Format, len(added.Doc.Passages), guild)
	for _, w := range added.Doc.Warnings {
		fmt.Fprintf(a.stdout, "  warning: %s\n", w)
	}
}

// importArchive adds each document of a ZIP archive, and says what it
// added; the error lists the files refused, as file:line: what is wrong.
func (a *app) importArchive(ctx context.Context, lib *notes.Library, guild, path string, up notes.Upload) error {
	res, err := lib.AddArchive(ctx, guild, up)
	if res == nil {
		return fmt.Errorf("%s: %s", path, strings.TrimSuffix(notes.ErrorOf(err).Message, "."))
	}
	for _, added := range res.Added {
		a.printAdded(filepath.Join(filepath.Dir(path), added.Doc.File), guild, added)
	}
	var errs []string
	for _, r := range res.Refused {
		file := path + "/" + r.File
		if r.File == up.Name {
			file = path // the archive itself
		}
		for _, p := range r.Err.Problems {
			p := *p
			p.File = file
			errs = append(errs, p.Error())
		}
		if len(r.Err.Problems) == 0 {
			errs = append(errs, fmt.Sprintf("%s: %s", file, strings.TrimSuffix(r.Err.Message, ".")))
		}
	}
	if err != nil {
		errs = append(errs, fmt.Sprintf("%s: %s; the rest was not imported", path, strings.TrimSuffix(notes.ErrorOf(err).Message, ".")))
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "\n"))
	}
	return nil
}

func (a *app) notesRemoveCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "remove --guild ID DOCUMENT…",
		Short: "Remove documents from a server's notes",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			guild, lib, _, done, err := a.guildNotes(ctx, cmd, true, false)
			if err != nil {
				return err
			}
			defer done()
			docs, err := pick(ctx, lib, guild, args, false)
			if err != nil {
				return err
			}
			for _, d := range docs {
				if _, err := lib.Remove(ctx, guild, d.ID); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "removed %q (%s) from server %s\n", d.Title, d.ID, guild)
			}
			return nil
		},
	}
}
