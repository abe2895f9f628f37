package mail

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notesPage is the study-notes page of the office tests, the page the messages in these tests carry.
const notesPage = "../office/testdata/notes.html"

func quoted(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// chromeArchive wraps page as Chrome's "Save page as… Webpage, Single File"
// does: a multipart/related message, the page quoted-printable first,
// then its style sheet and a picture.
func chromeArchive(page string) []byte {
	return []byte("From: <Saved by Blink>\r\n" +
		"Snapshot-Content-Location: https://example.org/notes/lokpal\r\n" +
		"Subject: Lokpal and Lokayuktas | Example Academy\r\n" +
		"Date: Thu, 3 Dec 2026 10:00:00 -0000\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n" +
		"------MultipartBoundary--abc----\r\n" +
		"Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
		"Content-Location: https://example.org/notes/lokpal\r\n\r\n" +
		quoted(page) + "\r\n" +
		"------MultipartBoundary--abc----\r\n" +
		"Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n" +
		"@charset \"utf-8\";\r\nbody { margin: 0px; }\r\n" +
		"------MultipartBoundary--abc----\r\n" +
		"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://example.org/logo.png\r\n\r\n" +
		"iVBORw0KGgo=\r\n" +
		"------MultipartBoundary--abc------\r\n")
}

// TestWebArchiveSameAsThePage: a page saved as one file, by Chrome or by
// Internet Explorer (which names no page's location, and itself as the
// sender), gives the page's passages, whatever its quoted-printable
// encoding did to the lines.
func TestWebArchiveSameAsThePage(t *testing.T) {
	page, err := os.ReadFile(notesPage)
	if err != nil {
		t.Fatal(err)
	}
	chrome := chromeArchive(string(page))
	ie := bytes.Replace(chrome, []byte("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/notes/lokpal\r\n"), []byte("From: <Saved by Windows Internet Explorer 11>\r\n"), 1)
	for name, archive := range map[string][]byte{"Chrome": chrome, "Internet Explorer": ie} {
		if !IsWebArchive(archive) || IsMail(archive) {
			t.Errorf("a page saved by %s is not told a web archive", name)
		}
		if corpus.FormatOf(archive) != "web page saved as one file" {
			t.Errorf("%s: FormatOf = %q", name, corpus.FormatOf(archive))
		}
		want, got := corpustest.Passages(t, "notes.html", page), corpustest.Passages(t, "lokpal.mhtml", archive)
		if !slices.Equal(got, want) || len(got) < 8 {
			t.Errorf("%s's archive gives\n%s\nwant, as the page gives,\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// newsletter is an e-mail as a mailing service sends it: text and HTML
// alternatives inside a mixed message with an attachment, the subject in
// an encoded word, the HTML in the encoding and character set given.
func newsletter(html []byte, encoding, charset string) []byte {
	body := quoted(string(html))
	if encoding == "base64" {
		enc := base64.StdEncoding.EncodeToString(html)
		var b strings.Builder
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		body = b.String() + enc
	}
	return []byte("Received: from mail.example.org by mx.example.com; Thu, 3 Dec 2026 06:00:01 +0530\r\n" +
		"From: Example Academy <daily@example.org>\r\nTo: student@example.com\r\n" +
		"Subject: =?UTF-8?Q?Lokpal=3A_the_ombudsman=E2=80=99s_powers?=\r\n" +
		"Date: Thu, 3 Dec 2026 06:00:00 +0530\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
		"--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n" +
		"--inner\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"View this e-mail in your browser.\r\n" +
		"--inner\r\nContent-Type: text/html; charset=" + charset + "\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n" +
		body + "\r\n--inner--\r\n" +
		"--outer\r\nContent-Type: application/pdf; name=\"notes.pdf\"\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n" +
		"--outer--\r\n")
}

// TestMail: an e-mail's HTML is read as its page is, in any transfer
// encoding and character set, but for a newsletter's lines about itself
// ("View in browser", "Unsubscribe"), the bar of links and the boxes they
// stand in (a referral box, a footer), titled by its subject when it has no
// title of its own; an e-mail with only text is read by the text rules.
func TestMail(t *testing.T) {
	page, err := os.ReadFile(notesPage)
	if err != nil {
		t.Fatal(err)
	}
	want := corpustest.Passages(t, "notes.html", page)
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes(bytes.ReplaceAll(page, []byte(" · "), []byte(" - ")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, encoding, charset string
		html                    []byte
	}{
		{"quoted-printable", "quoted-printable", "utf-8", page},
		{"base64", "base64", "\"UTF-8\"", page},
		{"latin-1", "quoted-printable", "iso-8859-1", latin1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := newsletter(tc.html, tc.encoding, tc.charset)
			if !IsMail(msg) || IsWebArchive(msg) {
				t.Fatal("a newsletter is not told an e-mail")
			}
			got := corpustest.Passages(t, "daily.eml", msg)
			if !slices.Equal(got, want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}

	framed := bytes.Replace(page, []byte("<body>"), []byte(`<body><table><tr><td>Trouble reading this e-mail? <a href="https://example.org/v/1">View it in your browser</a></td></tr></table>`), 1)
	framed = bytes.Replace(framed, []byte("</body>"), []byte(`<table><tr><td><p>You are receiving this e-mail because you joined our list. <a href="https://example.org/u">Unsubscribe</a> · Example Academy, Delhi</p></td></tr></table></body>`), 1)
	if got := corpustest.Passages(t, "daily.eml", newsletter(framed, "quoted-printable", "utf-8")); !slices.Equal(got, want) {
		t.Errorf("a newsletter's header and footer are read:\n%s", strings.Join(got, "\n"))
	}

	// beehiiv's: a bar of links over the title, a box asking for
	// referrals, the copyright and address under it.
	barred := bytes.Replace(page, []byte("<body>"), []byte(`<body><table><tr><td><table><tr><td><a href="https://example.org/r">Read Online</a></td><td><a href="https://example.org/s">Sign Up</a></td><td><a href="https://example.org/a">Advertise</a></td></tr></table></td></tr></table>`), 1)
	barred = bytes.Replace(barred, []byte("</body>"), []byte(`<table><tr><td><p><b>Share Example Academy</b></p><p>You currently have <b>0</b> referrals, only <b>3</b> away from a free PDF.</p><a href="https://example.org/share">Click to Share</a><p>Or copy and paste this link to others: <a href="https://example.org/subscribe?ref=x">https://example.org/subscribe?ref=x</a></p></td></tr></table>`+
		`<table><tr><td><p><a href="https://example.org/u">Update your email preferences or unsubscribe here</a></p><p>&copy; 2025 Example Academy</p><p>B-17, Mukherjee Nagar, Delhi 110009, India</p><p><a href="https://example.org/b">Powered by beehiiv</a> | <a href="https://example.org/t">Terms of Service</a></p></td></tr></table></body>`), 1)
	if got := corpustest.Passages(t, "daily.eml", newsletter(barred, "quoted-printable", "utf-8")); !slices.Equal(got, want) {
		t.Errorf("a newsletter's bar of links, its referral box or its footer is read:\n%s", strings.Join(got, "\n"))
	}

	untitled := bytes.Replace(page, []byte("<h1>Lokpal and Lokayuktas</h1>"), nil, 1)
	d, err := corpus.Parse("daily.eml", newsletter(untitled, "quoted-printable", "utf-8"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Lokpal: the ombudsman’s powers" {
		t.Errorf("an e-mail whose page has no title is titled %q, want its subject", d.Title)
	}

	reply := bytes.Replace(newsletter(untitled, "quoted-printable", "utf-8"), []byte("Subject: =?UTF-8?Q?Lokpal=3A_the_ombudsman=E2=80=99s_powers?="), []byte("Subject: Re: Doubt - Lokpal 2013 vs Lokayuktas"), 1)
	if d, err := corpus.Parse("reply.eml", reply); err != nil || d.Title != "Doubt - Lokpal 2013 vs Lokayuktas" {
		t.Errorf("an e-mail replying on a subject with a dash is titled %q (%v), want the subject whole without its Re:", d.Title, err)
	}

	notes := "COMPOSITION\r\n- A chairperson and up to eight members, half of them judicial\r\n- At least half from SC, ST, OBC, minorities and women\r\n"
	text := "From: a@example.org\r\nTo: b@example.org\r\nSubject: Lokpal notes\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + notes
	got := corpustest.Passages(t, "notes.eml", []byte(text))
	wantText := corpustest.Passages(t, "notes.txt", []byte("Lokpal notes\n\n"+notes))
	if !slices.Equal(got, wantText) || len(got) != 2 {
		t.Errorf("a text e-mail gives\n%s\nwant, as its text gives,\n%s", strings.Join(got, "\n"), strings.Join(wantText, "\n"))
	}
}

// TestNotMessages: notes that begin like an e-mail copied as text stay
// text, and damaged messages are told so.
func TestNotMessages(t *testing.T) {
	copied := []byte("From: Arvind <a@example.org>\nDate: Wed, 13 Nov 2024 07:48:12 +0530\nSubject: Re: notes\n\nHi,\n")
	if IsMail(copied) || IsWebArchive(copied) {
		t.Error("an e-mail copied as text is taken for a MIME message")
	}
	for _, tc := range []struct {
		name, msg, want string
	}{
		{"no parts", "From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nxx", "holds no HTML or text part"},
		{"no boundary", "From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nxx", "damaged e-mail: a multipart with no boundary"},
		{"nested", "From: a@example.org\r\nMIME-Version: 1.0\r\n" + nested(20), "nested more than 8 deep"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ConvertMail([]byte(tc.msg))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// nested is a body of n multiparts inside each other.
func nested(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
	}
	b.WriteString("Content-Type: text/plain\r\n\r\nhello\r\n")
	return b.String()
}

// FuzzConvert: no panic whatever the bytes.
func FuzzConvert(f *testing.F) {
	page, err := os.ReadFile(notesPage)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(chromeArchive(string(page)))
	f.Add(newsletter(page, "base64", "utf-8"))
	f.Add([]byte("From: a@example.org\r\nMIME-Version: 1.0\r\n" + nested(3)))
	f.Fuzz(func(t *testing.T, data []byte) {
		ConvertMail(data)
		ConvertWebArchive(data)
	})
}

// BenchmarkMagicOnNotes: every document read is asked whether it is a
// message; notes that are not are told so at once.
func BenchmarkMagicOnNotes(b *testing.B) {
	data, err := os.ReadFile("../seed/critical-and-emerging-technologies-partnership.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		IsMail(data)
		IsWebArchive(data)
	}
}

// TestMailbox reads a study group's thread as Gmail's Takeout exports it:
// a message in two parts, quoted-printable, with a signature and the
// list's footer, and a reply under a heading in capitals that quotes it
// and escapes a "From " line. A Google Group's "'X' via Group" is X.
func TestMailbox(t *testing.T) {
	data, err := os.ReadFile("testdata/thread.mbox")
	if err != nil {
		t.Fatal(err)
	}
	if f := corpus.FormatOf(data); f != "mailbox" {
		t.Errorf("FormatOf = %q, want mailbox", f)
	}
	_, got := corpustest.Placed(t, "thread.mbox", data)
	want := []string{
		`Article 21 - revision notes › Asha Rao, 9 Aug 2025: Article 21 protects life and personal liberty. Maneka Gandhi (1978) read "procedure established by law" as fair, just and reasonable procedure. (line 1)`,
		"Article 21 - revision notes › Ravi Kumar, 9 Aug 2025 › KEY CASES: Adding Puttaswamy (2017): privacy is part of Article 21.\nFrom the judgment: nine judges agreed. (line 39)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, bad := range []struct{ data, want string }{
		{"From x\nnot a header at all\n", "line 1: damaged message: malformed header line: not a header at all"},
		{"Subject: x\n\nno From line\n", `not a mailbox: no message opens with a "From " line`},
		{"From a@b Sat Aug 09 10:14:02 2025\nSubject: x\n\n> only quoted\n", "the mailbox has no message with text"},
	} {
		if _, err := ConvertMailbox([]byte(bad.data)); err == nil || err.Error() != bad.want {
			t.Errorf("%q: error %v, want %q", bad.data, err, bad.want)
		}
	}
}
