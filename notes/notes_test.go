package notes_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/office"
	_ "github.com/conceptbot/conceptbot/corpus/pdftext"
	_ "github.com/conceptbot/conceptbot/corpus/telegram"
	_ "github.com/conceptbot/conceptbot/corpus/web"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// Documents of made-up topics, so that no answer can come from anywhere
// else.
const (
	zorblax = `# Zorblax Treaty

The Zorblax Treaty is an agreement on quasar mining signed in 2031.

## Key Points
1. The treaty limits quasar mining to licensed operators.
2. The treaty created the Zorblax Council to settle disputes.
`
	zorblax2 = `# Zorblax Treaty

The Zorblax Treaty was revised in 2040 to ban quasar mining outright.

## Key Points
1. Every quasar mine must close by 2045.
`
	quimby = `# Quimby Doctrine

The Quimby Doctrine says that comets belong to whoever names them first.

## Recent Developments
- In 2033, the Quimby Doctrine was tested over the comet Vellichor.
`
)

func mustOpenStore(tb testing.TB) *bolt.Store {
	tb.Helper()
	s, err := bolt.Open(filepath.Join(tb.TempDir(), "conceptbot.db"), bolt.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

var quiet = slog.New(slog.DiscardHandler)

func build(ctx context.Context, c *corpus.Corpus) (notes.Index, error) {
	return index.Build(ctx, c, index.Options{})
}

// newLibrary returns a Library on st, closed when the test ends.
func newLibrary(tb testing.TB, st notes.Store, opts notes.Options) *notes.Library {
	tb.Helper()
	if opts.PollInterval == 0 {
		opts.PollInterval = 20 * time.Millisecond
	}
	opts.Logger = quiet
	l := notes.New(st, build, opts)
	if err := l.Sync(tb.Context()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { l.Close() })
	return l
}

func add(tb testing.TB, l *notes.Library, guild, name, text string, replace bool) *notes.Added {
	tb.Helper()
	a, err := l.Add(tb.Context(), guild, notes.Upload{Name: name, Data: []byte(text), By: "1001", ByName: "asha", Replace: replace})
	if err != nil {
		tb.Fatalf("Add(%s, %s): %v", guild, name, err)
	}
	return a
}

// answer asks a server's own notes; "" when it has none or they do not
// answer.
func answer(tb testing.TB, l *notes.Library, guild, q string) string {
	tb.Helper()
	g, err := l.Guild(tb.Context(), guild)
	if err != nil {
		tb.Fatalf("Guild(%s): %v", guild, err)
	}
	if g.Search == nil {
		return ""
	}
	a, err := g.Search.Search(tb.Context(), q, 5)
	if err != nil {
		tb.Fatalf("Search(%q): %v", q, err)
	}
	if !a.Answered || len(a.Results) == 0 {
		return ""
	}
	return a.Results[0].Text
}

func TestAddAnswerReplaceRemove(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{})
	a := add(t, l, "100", "zorblax.md", zorblax, false)
	if a.Doc.Title != "Zorblax Treaty" || a.Stored.Passages != len(a.Doc.Passages) || a.Replaced != nil || len(a.Catalog.Documents) != 1 {
		t.Fatalf("Add = %+v", a)
	}
	if got := answer(t, l, "100", "who settles zorblax disputes"); !strings.Contains(got, "Zorblax Council") {
		t.Errorf("answer after adding = %q, want the Council key point", got)
	}

	if _, err := l.Add(t.Context(), "100", notes.Upload{Name: "again.md", Data: []byte(zorblax2)}); notes.ErrorOf(err).Code != notes.EConflict {
		t.Errorf("Add of the same title without replace = %v, want a conflict", err)
	}
	a = add(t, l, "100", "zorblax-2040.md", zorblax2, true)
	if a.Replaced == nil || a.Replaced.Name != "zorblax.md" || len(a.Catalog.Documents) != 1 {
		t.Fatalf("replace: %+v", a)
	}
	waitFor(t, "the replaced document to answer", func() bool {
		return strings.Contains(answer(t, l, "100", "when must quasar mines close"), "2045")
	})
	if got := answer(t, l, "100", "who settles zorblax disputes"); strings.Contains(got, "Council") {
		t.Errorf("the replaced document still answers: %q", got)
	}

	if _, err := l.Remove(t.Context(), "100", "zorblax-treaty"); err != nil {
		t.Fatal(err)
	}
	g, err := l.Guild(t.Context(), "100")
	if err != nil || g.Search != nil || g.Corpus != nil || !g.Shared {
		t.Errorf("Guild after removing everything = %+v, %v; want nothing of its own, shared notes included", g, err)
	}
	if _, err := l.Remove(t.Context(), "100", "zorblax-treaty"); notes.ErrorOf(err).Code != notes.ENotFound {
		t.Errorf("Remove of a removed document = %v, want not found", err)
	}
}

// TestServersApart: one server's documents never answer another's
// questions, nor show in its corpus.
func TestServersApart(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{})
	add(t, l, "100", "zorblax.md", zorblax, false)
	add(t, l, "200", "quimby.md", quimby, false)
	for _, tt := range []struct{ guild, own, other string }{{"100", "Zorblax", "Quimby"}, {"200", "Quimby", "Zorblax"}} {
		g, err := l.Guild(t.Context(), tt.guild)
		if err != nil || g.Corpus == nil {
			t.Fatalf("Guild(%s) = %+v, %v", tt.guild, g, err)
		}
		for _, p := range g.Corpus.Passages() {
			if strings.Contains(p.Doc, tt.other) {
				t.Errorf("server %s's corpus holds %s", tt.guild, p.Citation())
			}
		}
		a, err := g.Search.Search(t.Context(), "what does the "+tt.other+" say", 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range a.Results {
			if strings.Contains(r.Doc, tt.other) {
				t.Errorf("server %s's answer cites %s", tt.guild, r.Citation())
			}
		}
		c, shared, err := l.GuildCorpus(t.Context(), tt.guild)
		if err != nil || !shared || len(c.Docs) != 1 || !strings.Contains(c.Docs[0].Title, tt.own) {
			t.Errorf("GuildCorpus(%s) = %v, %v, %v", tt.guild, c, shared, err)
		}
	}
	if g, err := l.Guild(t.Context(), "300"); err != nil || g.Search != nil || !g.Shared {
		t.Errorf("Guild of a server without notes = %+v, %v", g, err)
	}
}

// TestRefusalsStoreNothing: every refused document leaves the stored notes
// as they were.
func TestRefusalsStoreNothing(t *testing.T) {
	st := mustOpenStore(t)
	l := newLibrary(t, st, notes.Options{Limits: notes.Limits{Documents: 2, DocumentBytes: 2000, Passages: 6}})
	add(t, l, "100", "zorblax.md", zorblax, false)
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...)
	zip := append([]byte("PK\x03\x04"), make([]byte, 64)...)
	big := "# Big\n\n" + strings.Repeat("Many words fill this line. ", 80)
	many := "# Many Points\n\n## Key Points\n" + strings.Repeat("1. A point.\n", 8)
	tests := []struct {
		name, file, data string
		replace          bool
		code             notes.Code
		want             string
	}{
		{"over the size limit", "big.md", big, false, notes.ETooLarge, "at most 2.0 KB"},
		{"an image", "notes.md", string(png), false, notes.EInvalid, "an image (png)"},
		{"an archive named as text", "notes.txt", string(zip), false, notes.EInvalid, "a ZIP archive"},
		{"binary data", "notes.txt", "\x00\x01\x02\x03 not text", false, notes.EInvalid, ""},
		{"a document with problems", "bad.md", "# ???\n\nSome text.\n", false, notes.EInvalid, "bad.md:1: title \"???\" has no letters"},
		{"the same title", "zorblax-copy.md", zorblax, false, notes.EConflict, "already have \"Zorblax Treaty\""},
		{"too many passages for the document", "many.md", many, false, notes.ETooLarge, "at most 6"},
		{"too many passages for the server", "quimby.md", quimby + "\n## Key Points\n1. a\n2. b\n3. c\n", false, notes.ETooLarge, "at most 6"},
	}
	before, _ := st.NotesCatalog(t.Context(), "100")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := l.Add(t.Context(), "100", notes.Upload{Name: tt.file, Data: []byte(tt.data), Replace: tt.replace})
			e := notes.ErrorOf(err)
			if err == nil || e.Code != tt.code || !strings.Contains(e.Error(), tt.want) {
				t.Errorf("Add = %v (code %q), want code %q mentioning %q", err, e.Code, tt.code, tt.want)
			}
			after, _ := st.NotesCatalog(t.Context(), "100")
			if after.Seq != before.Seq || len(after.Documents) != 1 {
				t.Errorf("after a refused document the notes changed: %+v", after)
			}
		})
	}
	add(t, l, "100", "quimby.md", quimby, false)
	if _, err := l.Add(t.Context(), "100", notes.Upload{Name: "third.md", Data: []byte("# Third\n\nA third.\n")}); notes.ErrorOf(err).Code != notes.ETooLarge {
		t.Errorf("a third document over a limit of 2 = %v", err)
	}
}

// TestWordDocument: a Word document or an OpenDocument text, a ZIP
// archive by its bytes, is added as the document it is (other archives
// are refused: see TestRefusalsStoreNothing).
func TestWordDocument(t *testing.T) {
	for _, name := range []string{"notes.docx", "notes.odt"} {
		data, err := os.ReadFile("../corpus/office/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		l := newLibrary(t, mustOpenStore(t), notes.Options{})
		a, err := l.Add(t.Context(), "100", notes.Upload{Name: "lokpal-" + name, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Catalog.Documents) != 1 || a.Catalog.Documents[0].Title != "Lokpal and Lokayuktas" {
			t.Errorf("catalog %+v, want the notes of %s", a.Catalog.Documents, name)
		}
	}
}

// TestTelegramExport: a chat exported from Telegram, as result.json or
// messages.html, is added as the channel's notes.
func TestTelegramExport(t *testing.T) {
	for _, name := range []string{"result.json", "messages.html"} {
		data, err := os.ReadFile("../corpus/telegram/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		l := newLibrary(t, mustOpenStore(t), notes.Options{})
		a, err := l.Add(t.Context(), "100", notes.Upload{Name: name, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Catalog.Documents) != 1 || a.Catalog.Documents[0].Title != "Polity Capsule" || len(a.Doc.Passages) != 6 {
			t.Errorf("catalog %+v, %d passages; want the channel's 6", a.Catalog.Documents, len(a.Doc.Passages))
		}
	}
}

// TestProblemsAtTheirLines: a bad document's problems come back one by one
// with their lines.
func TestProblemsAtTheirLines(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{})
	_, err := l.Add(t.Context(), "100", notes.Upload{Name: "bad.md", Data: []byte("\n\n# Bad\n\n## Key Points\n")})
	e := notes.ErrorOf(err)
	if e.Code != notes.EInvalid {
		t.Fatalf("Add = %v", err)
	}
	if len(e.Problems) != 1 || e.Problems[0].Line != 3 || !strings.Contains(e.Problems[0].Msg, "no passages") {
		t.Errorf("problems %v, want \"no passages\" at line 3", e.Problems)
	}
}

// TestChangesReachOtherLibraries: a Library sees within its poll interval
// what another (another process) changed, and answers from the previous
// index until the new one is built.
func TestChangesReachOtherLibraries(t *testing.T) {
	st := mustOpenStore(t)
	writer := newLibrary(t, st, notes.Options{})
	gate, started := make(chan struct{}), make(chan struct{}, 1)
	gated := func(ctx context.Context, c *corpus.Corpus) (notes.Index, error) {
		if strings.Contains(c.Passages()[0].Text, "revised") {
			select {
			case started <- struct{}{}:
			default:
			}
			<-gate
		}
		return build(ctx, c)
	}
	reader := notes.New(st, gated, notes.Options{PollInterval: 20 * time.Millisecond, Logger: quiet})
	t.Cleanup(func() { reader.Close() })
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- reader.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v", err)
		}
	})

	add(t, writer, "100", "zorblax.md", zorblax, false)
	waitFor(t, "the reader to answer from the new document", func() bool {
		return strings.Contains(answer(t, reader, "100", "who settles zorblax disputes"), "Council")
	})
	add(t, writer, "100", "zorblax.md", zorblax2, true)
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the reader did not start building the new index within 5 s")
	}
	if got := answer(t, reader, "100", "who settles zorblax disputes"); !strings.Contains(got, "Council") {
		t.Errorf("while the new index is built, answer = %q; want the previous index's", got)
	}
	close(gate)
	waitFor(t, "the reader to answer from the replacement", func() bool {
		return strings.Contains(answer(t, reader, "100", "when must quasar mines close"), "2045")
	})
}

// TestMemoryBudget: past the budget the least recently asked servers'
// indexes are dropped, and built again when asked.
func TestMemoryBudget(t *testing.T) {
	st := mustOpenStore(t)
	l := newLibrary(t, st, notes.Options{MemoryBudget: 1}) // room for one index only
	for _, g := range []string{"1", "2", "3"} {
		add(t, l, g, "zorblax.md", zorblax, false)
	}
	for _, g := range []string{"1", "2", "3", "1"} {
		if got := answer(t, l, g, "who settles zorblax disputes"); !strings.Contains(got, "Council") {
			t.Errorf("server %s: answer = %q", g, got)
		}
	}
	s := l.Stats()
	if s.Servers != 3 || s.Resident != 1 || s.Builds != 4 || s.Evictions != 3 {
		t.Errorf("Stats = %+v; want 3 servers, 1 index kept, 4 built, 3 dropped", s)
	}

	roomy := newLibrary(t, st, notes.Options{})
	for _, g := range []string{"1", "2", "3", "1"} {
		answer(t, roomy, g, "zorblax")
	}
	if s := roomy.Stats(); s.Resident != 3 || s.Builds != 3 || s.Evictions != 0 || s.Bytes <= 0 {
		t.Errorf("Stats within the default budget = %+v; want 3 indexes kept, built once each", s)
	}
}

// TestGuildCorpusBuildsNothing: the daily facts read a server's passages
// without building its index.
func TestGuildCorpusBuildsNothing(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{})
	add(t, l, "100", "quimby.md", quimby, false)
	if _, err := l.SetIncludeShared(t.Context(), "100", false); err != nil {
		t.Fatal(err)
	}
	c, shared, err := l.GuildCorpus(t.Context(), "100")
	if err != nil || shared || c == nil || len(c.Passages()) == 0 {
		t.Fatalf("GuildCorpus = %v, %v, %v", c, shared, err)
	}
	if s := l.Stats(); s.Builds != 0 {
		t.Errorf("GuildCorpus built %d indexes", s.Builds)
	}
}

// TestConcurrentQuestions: many questions to many servers at once, while
// their documents change and the budget drops indexes, all get answers.
func TestConcurrentQuestions(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{MemoryBudget: 2 << 20})
	for g := range 6 {
		add(t, l, fmt.Sprint(g), "zorblax.md", zorblax, false)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 8 {
		wg.Go(func() {
			for i := range 20 {
				g := fmt.Sprint((w + i) % 6)
				gn, err := l.Guild(t.Context(), g)
				if err != nil {
					errs <- err
					return
				}
				if _, err := gn.Search.Search(t.Context(), "zorblax council", 3); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 10 {
			text := zorblax
			if i%2 == 1 {
				text = zorblax2
			}
			if _, err := l.Add(t.Context(), fmt.Sprint(i%6), notes.Upload{Name: "z.md", Data: []byte(text), Replace: true}); err != nil {
				errs <- err
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestStoreUnavailable: a store that fails is reported as unavailable, in
// words for the moderator.
func TestStoreUnavailable(t *testing.T) {
	l := newLibrary(t, failing{mustOpenStore(t)}, notes.Options{})
	_, err := l.Add(t.Context(), "100", notes.Upload{Name: "zorblax.md", Data: []byte(zorblax)})
	if e := notes.ErrorOf(err); e.Code != notes.EUnavailable || !strings.Contains(e.Message, "try again") {
		t.Errorf("Add with the store down = %v", err)
	}
}

// failing is a store whose writes fail as an unreachable database's do.
type failing struct{ *bolt.Store }

func (failing) PutNotesDocument(context.Context, *store.NotesDocument, func(*store.NotesCatalog) error) (*store.NotesCatalog, error) {
	return nil, fmt.Errorf("put: %w", store.ErrUnavailable)
}

func TestCheckNames(t *testing.T) {
	l := notes.New(mustOpenStore(t), build, notes.Options{Logger: quiet})
	for _, tt := range []struct{ name, want string }{
		{"notes.md", "notes.md"},
		{"../../etc/passwd", "passwd"},
		{`C:\Users\asha\polity "final".md`, "polity _final_.md"},
		{"", "document.txt"},
		{strings.Repeat("long ", 40) + ".md", strings.Repeat("long ", 19) + "lo.md"},
	} {
		a, err := l.Add(t.Context(), "1", notes.Upload{Name: tt.name, Data: []byte(zorblax), Replace: true})
		if err != nil {
			t.Fatal(err)
		}
		if a.Stored.Name != tt.want {
			t.Errorf("Add(%q) stored the name %q, want %q", tt.name, a.Stored.Name, tt.want)
		}
	}
}

// TestExportIsTheOriginal: what is exported is the file as it was added,
// byte for byte.
func TestExportIsTheOriginal(t *testing.T) {
	l := newLibrary(t, mustOpenStore(t), notes.Options{})
	data := []byte("\ufeff" + strings.ReplaceAll(zorblax, "\n", "\r\n"))
	if _, err := l.Add(t.Context(), "100", notes.Upload{Name: "zorblax.md", Data: data}); err != nil {
		t.Fatal(err)
	}
	sd, d, err := l.Document(t.Context(), "100", "zorblax-treaty")
	if err != nil || !bytes.Equal(sd.Data, data) || d.Title != "Zorblax Treaty" || len(d.Outline) == 0 {
		t.Errorf("Document = %+v, %v, %v", sd, d, err)
	}
	if _, _, err := l.Document(t.Context(), "200", "zorblax-treaty"); notes.ErrorOf(err).Code != notes.ENotFound {
		t.Errorf("another server's Document = %v, want not found", err)
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within 5 s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// down is a store that cannot be reached, counting the reads tried.
type down struct {
	*bolt.Store
	reads atomic.Int64
}

func (d *down) NotesChanges(context.Context, int64) ([]store.NotesVersion, error) {
	d.reads.Add(1)
	return nil, fmt.Errorf("changes: %w", store.ErrUnavailable)
}

func (d *down) NotesContents(context.Context, string) (*store.NotesCatalog, error) {
	d.reads.Add(1)
	return nil, fmt.Errorf("contents: %w", store.ErrUnavailable)
}

// TestStoreDownQuestionsGoOn: with the store away, a server's questions
// fall back to the shared notes at once, without trying the store each time.
func TestStoreDownQuestionsGoOn(t *testing.T) {
	st := &down{Store: mustOpenStore(t)}
	l := notes.New(st, build, notes.Options{Logger: quiet})
	t.Cleanup(func() { l.Close() })
	if err := l.Sync(t.Context()); err == nil {
		t.Fatal("Sync with the store down succeeded")
	}
	for range 20 {
		g, err := l.Guild(t.Context(), "100")
		if notes.ErrorOf(err).Code != notes.EUnavailable || !g.Shared || g.Search != nil {
			t.Fatalf("Guild with the store down = %+v, %v; want the shared notes and EUnavailable", g, err)
		}
	}
	if n := st.reads.Load(); n != 1 {
		t.Errorf("20 questions with the store down read it %d more times, want none", n-1)
	}
}
