// Package mail reads documents kept as MIME messages: an e-mail saved as
// .eml (a coaching institute's newsletter, notes mailed to oneself), a
// mailbox of them (.mbox: a study group's thread, see mbox.go) and a
// web page saved as a single file (.mhtml, .mht: Chrome's and Edge's "Save
// page as… Webpage, Single File", Word's "Single File Web Page").
//
// The message's HTML part (the first, or the one a page archive's
// Snapshot-Content-Location names) is read as a saved web page is, by
// package web, after its transfer encoding and character set are undone;
// pictures, style sheets and the other parts of the archive are left out.
// A message with no HTML is read from its text part by the plain-text
// rules. An e-mail is titled by its subject when its HTML has no title.
//
// Importing it registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/mail"
package mail

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/web"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "e-mail",
		Extensions: []string{".eml"},
		Magic:      IsMail,
		Convert:    ConvertMail,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "mailbox",
		Extensions: []string{".mbox", ".mbx"},
		Magic:      IsMailbox,
		Convert:    ConvertMailbox,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "web page saved as one file",
		Extensions: []string{".mhtml", ".mht"},
		Magic:      IsWebArchive,
		Convert:    ConvertWebArchive,
	})
}

// Limits on one message, beside the corpus's on a file's size.
const (
	maxParts = 1_000 // parts read, nested ones included
	maxDepth = 8     // multiparts inside each other
)

// IsMail reports whether data starts as an e-mail message does: with
// header fields a MIME e-mail has (an e-mail copied as text has no
// MIME-Version), not a browser's of a page it saved.
func IsMail(data []byte) bool {
	h, ok := header(data)
	if !ok {
		return false
	}
	return h.Get("From") != "" && h.Get("MIME-Version") != "" && !savedPage(h)
}

// IsWebArchive reports whether data is a web page saved as one MIME file.
func IsWebArchive(data []byte) bool {
	h, ok := header(data)
	if !ok {
		return false
	}
	if savedPage(h) {
		return true
	}
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "multipart/related" && h.Get("Received") == ""
}

// savedPage reports whether header fields are a browser's of a page it
// saved: Chrome's "Snapshot-Content-Location", or a sender such as
// "<Saved by Windows Internet Explorer 11>".
func savedPage(h netmail.Header) bool {
	return h.Get("Snapshot-Content-Location") != "" || savedByRE.MatchString(h.Get("From"))
}

var savedByRE = regexp.MustCompile(`(?i)^<?saved by `)

// header reads the header fields data starts with. Every document read is
// asked whether it is a message, so a file whose first line is no header
// field ("From: …") is told no at once.
func header(data []byte) (netmail.Header, bool) {
	if !fieldRE.Match(data[:min(len(data), 200)]) {
		return nil, false
	}
	head := data[:min(len(data), 64<<10)]
	if end := bytes.Index(head, []byte("\n\n")); end >= 0 {
		head = head[:end]
	} else if end := bytes.Index(head, []byte("\r\n\r\n")); end >= 0 {
		head = head[:end]
	}
	m, err := netmail.ReadMessage(io.MultiReader(bytes.NewReader(head), strings.NewReader("\r\n\r\n")))
	if err != nil || len(m.Header) == 0 {
		return nil, false
	}
	return m.Header, true
}

// fieldRE matches a header field's name and colon at the start of data.
var fieldRE = regexp.MustCompile(`^[!-9;-~]+:`)

// ConvertMail reads an e-mail: its HTML body as a web page, else its text.
func ConvertMail(data []byte) (corpus.Converted, error) {
	return convert(data, "e-mail", true)
}

// ConvertWebArchive reads a web page saved as one file.
func ConvertWebArchive(data []byte) (corpus.Converted, error) {
	return convert(data, "saved page", false)
}

func convert(data []byte, kind string, email bool) (corpus.Converted, error) {
	m, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return corpus.Converted{}, fmt.Errorf("not a MIME %s: %v", kind, err)
	}
	var dec mime.WordDecoder
	dec.CharsetReader = charset.NewReaderLabel
	subject, err := dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		subject = m.Header.Get("Subject")
	}
	subject = corpus.SubjectTitle(strings.Join(strings.Fields(subject), " "))
	w := walker{want: m.Header.Get("Snapshot-Content-Location")}
	if err := w.walk(fields(m.Header), m.Body, 0); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged %s: %v", kind, err)
	}
	switch {
	case w.html != nil:
		page, read := w.html, web.Markdown // a saved page: its article
		retitle := false
		if email {
			page, read = dropBoilerplate(page), web.Content // an e-mail: all of it
			if subject != "" {
				page, retitle = titled(page, subject)
			}
		}
		c, err := read(page)
		if err != nil {
			return corpus.Converted{}, err
		}
		if retitle {
			// The subject whole, not cut at " - " as a page's title is
			// cut of its site's name.
			title := []byte("# " + corpus.EscapeMarkdown(subject))
			first, rest, _ := bytes.Cut(c.Text, []byte("\n"))
			if bytes.HasPrefix(first, []byte("# ")) && bytes.HasPrefix(title, first) && len(first) < len(title) {
				c.Text = append(append(title, '\n'), rest...)
			}
		}
		c.Origin = nil // lines of the decoded page, not of the file
		return c, nil
	case w.text != nil && email:
		text := bytes.TrimSpace(w.text)
		if subject != "" {
			text = append([]byte(subject+"\n\n"), text...)
		}
		return corpus.Converted{Text: text}, nil
	}
	return corpus.Converted{}, fmt.Errorf("%s holds no HTML or text part", kind)
}

// titleRE finds a page's <title>, empty or not.
var titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

// titled gives an e-mail's page the subject as its title when it has
// none, and reports whether it did.
func titled(page []byte, subject string) ([]byte, bool) {
	t := `<title>` + html.EscapeString(subject) + `</title>`
	if m := titleRE.FindSubmatchIndex(page); m != nil {
		if strings.TrimSpace(string(page[m[2]:m[3]])) != "" {
			return page, false
		}
		return append(append(bytes.Clone(page[:m[0]]), t...), page[m[1]:]...), true
	}
	if i := bytes.Index(bytes.ToLower(page[:min(len(page), 64<<10)]), []byte("<head")); i >= 0 {
		if j := bytes.IndexByte(page[i:], '>'); j >= 0 {
			at := i + j + 1
			return append(append(bytes.Clone(page[:at]), t...), page[at:]...), true
		}
	}
	return append([]byte(t), page...), true
}

// walker finds a message's HTML and text parts.
type walker struct {
	want       string // the location of the page an archive saved
	html, text []byte
	parts      int
}

// fields are a MIME part's header fields.
type fields = map[string][]string

func (w *walker) walk(h fields, body io.Reader, depth int) error {
	w.parts++
	if w.parts > maxParts {
		return fmt.Errorf("more than %d parts", maxParts)
	}
	get := func(k string) string {
		if v := h[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	mt, params, err := mime.ParseMediaType(get("Content-Type"))
	if err != nil {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") {
		if depth >= maxDepth {
			return fmt.Errorf("parts nested more than %d deep", maxDepth)
		}
		if params["boundary"] == "" {
			return errors.New("a multipart with no boundary")
		}
		r := multipart.NewReader(body, params["boundary"])
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				if w.html != nil || w.text != nil {
					return nil // a truncated tail loses only parts after the page
				}
				return err
			}
			if err := w.walk(fields(p.Header), p, depth+1); err != nil {
				return err
			}
		}
	}
	if mt != "text/html" && mt != "text/plain" || strings.EqualFold(get("Content-Disposition"), "attachment") {
		return nil
	}
	if mt == "text/html" && w.html != nil && (w.want == "" || get("Content-Location") != w.want) {
		return nil
	}
	if mt == "text/plain" && w.text != nil {
		return nil
	}
	data, err := decode(body, get("Content-Transfer-Encoding"), params["charset"], mt == "text/html")
	if err != nil {
		return err
	}
	if mt == "text/html" {
		w.html = data
	} else {
		w.text = data
	}
	return nil
}

// decode undoes a part's transfer encoding and, when it names one, its
// character set: the result is UTF-8, marked as such for the HTML reader
// when html.
func decode(body io.Reader, encoding, set string, html bool) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, spaceless{body})
	}
	if set != "" && !strings.EqualFold(set, "utf-8") && !strings.EqualFold(set, "us-ascii") {
		r, err := charset.NewReaderLabel(set, body)
		if err != nil {
			return nil, fmt.Errorf("unknown character set %q", set)
		}
		body = r
	}
	data, err := io.ReadAll(io.LimitReader(body, web.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if set != "" && html {
		data = append([]byte("\ufeff"), bytes.TrimPrefix(data, []byte("\ufeff"))...)
	}
	return data, nil
}

// spaceless drops the spaces and tabs a base64 body's lines may carry,
// which the decoder, skipping only line ends, would refuse.
type spaceless struct{ r io.Reader }

func (s spaceless) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		k := 0
		for _, c := range p[:n] {
			if c != ' ' && c != '\t' {
				p[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}

// boilerplateRE matches what a newsletter writes about itself, not about
// its topic: how to read it elsewhere, why it came, how to stop it, how
// to pass it on, what sends it; a block that says no more than "Read
// Online".
var boilerplateRE = regexp.MustCompile(`(?i)\b(?:view (?:this (?:e-?mail|newsletter|message) )?(?:in (?:your |a )?browser|online|as a web ?page)|trouble (?:reading|viewing) this|unsubscribe|you (?:are )?receiv(?:ed|ing) this|manage (?:your )?(?:subscription|preferences)|update your (?:e-?mail )?preferences|forward (?:this )?to a friend|add us to your address book|copy and paste this link|you (?:currently )?have \d+ referrals?|powered by (?:beehiiv|substack|mailchimp|ghost|convertkit|kit|buttondown))\b|^\s*(?:read (?:it )?online|(?:open|read) in (?:the )?app)\s*$`)

// maxBoilerplate is the most text a block left out as boilerplate holds:
// a footer's lines, not the newsletter they sit in.
const maxBoilerplate = 400

// dropBoilerplate leaves out of an e-mail's page the blocks that hold its
// boilerplate: the smallest paragraph, cell or box around each such line,
// the bar of links it stands in, and the box around two or more of them (a
// footer, a box asking readers to pass the newsletter on). The page comes
// back in UTF-8, marked so (the page's own <meta> may name the character
// set it was sent in); one not in UTF-8 is left as it is.
func dropBoilerplate(page []byte) []byte {
	text := bytes.TrimPrefix(page, []byte("\ufeff"))
	if !utf8.Valid(text) {
		return page
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return page
	}
	lines := map[*html.Node]bool{} // the smallest blocks that say a boilerplate line
	var walk func(n *html.Node) (size int, found bool)
	walk = func(n *html.Node) (int, bool) {
		if n.Type == html.TextNode {
			return len(n.Data), false
		}
		size, found := 0, false
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			k, f := walk(c)
			size, found = size+k, found || f
		}
		if !found && isBlock(n) && size <= maxBoilerplate*2 && boilerplateRE.MatchString(textOf(n)) {
			lines[n], found = true, true
		}
		return size, found
	}
	walk(doc)
	if len(lines) == 0 {
		return page
	}
	for b := range lines {
		if len(strings.TrimSpace(textOf(b))) > maxBoilerplate {
			continue
		}
		b = linkBar(b)
		for p := outerBlock(b); p != nil && len(strings.TrimSpace(textOf(p))) <= maxBoilerplate && holdsLines(p, lines) >= 2; p = outerBlock(p) {
			b = p
		}
		if b.Parent != nil {
			b.Parent.RemoveChild(b)
		}
	}
	out := bytes.NewBufferString("\ufeff")
	if err := html.Render(out, doc); err != nil {
		return page
	}
	return out.Bytes()
}

func isBlock(n *html.Node) bool { return n.Type == html.ElementNode && blocks[n.DataAtom] }

// outerBlock is the block around n.
func outerBlock(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if isBlock(p) {
			return p
		}
	}
	return nil
}

// holdsLines counts the boilerplate lines n holds.
func holdsLines(n *html.Node, lines map[*html.Node]bool) int {
	k := 0
	if lines[n] {
		k++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += holdsLines(c, lines)
	}
	return k
}

// linkBar is the bar of links b stands in ("Read Online · Sign Up ·
// Advertise"), or b: the largest block around it that holds nothing but
// a few links.
func linkBar(b *html.Node) *html.Node {
	for p := b.Parent; p != nil && p.Type == html.ElementNode && onlyLinks(p) && len(strings.Fields(textOf(p))) <= maxBarWords; p = p.Parent {
		if isBlock(p) {
			b = p
		}
	}
	return b
}

// maxBarWords is the most words a bar of links holds.
const maxBarWords = 12

// onlyLinks reports whether all the text n holds is in links.
func onlyLinks(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) == ""
	}
	if n.DataAtom == atom.A {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !onlyLinks(c) {
			return false
		}
	}
	return true
}

// blocks are the elements a boilerplate line is dropped with.
var blocks = map[atom.Atom]bool{atom.P: true, atom.Td: true, atom.Div: true, atom.Li: true, atom.Tr: true, atom.Table: true, atom.Footer: true, atom.Center: true}

// textOf is the text n holds.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
