package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/notes"
)

// AttachmentOptions say where /notes add may download documents from. The
// zero value allows Discord's attachment hosts only.
type AttachmentOptions struct {
	// Hosts are the hosts attachments may be downloaded from, over HTTPS.
	// A host written with its scheme, http://127.0.0.1:8080, may be
	// downloaded from over plain HTTP (a local proxy, or a test). Default:
	// DefaultAttachmentHosts.
	Hosts []string
	// Timeout bounds a download; default 30s.
	Timeout time.Duration
	// Transport makes the requests; default http.DefaultTransport.
	Transport http.RoundTripper
}

// DefaultAttachmentHosts are Discord's attachment hosts.
var DefaultAttachmentHosts = []string{"cdn.discordapp.com", "media.discordapp.net"}

// DefaultAttachmentTimeout bounds a download by default.
const DefaultAttachmentTimeout = 30 * time.Second

// fetcher downloads attachments from the allowed hosts only: https, or
// http for hosts listed so, redirects included; at most a size checked
// before (the size Discord gives, then Content-Length) and during the
// download; within a timeout. What the file is, is left to the parser,
// which looks at its content (see notes.Library.Check).
type fetcher struct {
	https, http map[string]bool // allowed hosts (host or host:port), lower case
	client      *http.Client
	timeout     time.Duration
}

func newFetcher(opts AttachmentOptions) *fetcher {
	if len(opts.Hosts) == 0 {
		opts.Hosts = DefaultAttachmentHosts
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultAttachmentTimeout
	}
	f := &fetcher{https: map[string]bool{}, http: map[string]bool{}, timeout: opts.Timeout}
	for _, h := range opts.Hosts {
		h = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(h), "/"))
		if rest, ok := strings.CutPrefix(h, "http://"); ok {
			f.http[rest] = true
		} else {
			f.https[strings.TrimPrefix(h, "https://")] = true
		}
	}
	f.client = &http.Client{
		Transport: opts.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			return f.allowed(req.URL)
		},
	}
	return f
}

// downloadError is a failed download: msg is for the moderator.
type downloadError struct {
	msg string
	err error
}

func (e *downloadError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *downloadError) Unwrap() error { return e.err }

// allowed says whether u may be downloaded from.
func (f *fetcher) allowed(u *url.URL) error {
	host := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "https" && f.https[host]:
	case u.Scheme == "http" && f.http[host]:
	default:
		return &downloadError{msg: "I can only download attachments from Discord", err: fmt.Errorf("host %s://%s is not in discord.attachment_hosts", u.Scheme, u.Host)}
	}
	return nil
}

// get downloads an attachment of at most max bytes.
func (f *fetcher) get(ctx context.Context, a Attachment, max int64) ([]byte, error) {
	tooLarge := func(n int64) error {
		return &downloadError{msg: fmt.Sprintf("%s is %s; a document may be at most %s", a.Filename, notes.Size(n), notes.Size(max))}
	}
	if a.Size > max {
		return nil, tooLarge(a.Size)
	}
	u, err := url.Parse(a.URL)
	if err != nil {
		return nil, &downloadError{msg: "That attachment has no address I can download", err: err}
	}
	if err := f.allowed(u); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &downloadError{msg: "That attachment has no address I can download", err: err}
	}
	res, err := f.client.Do(req)
	if err != nil {
		var de *downloadError
		if errors.As(err, &de) {
			return nil, de
		}
		if ctx.Err() != nil {
			return nil, &downloadError{msg: fmt.Sprintf("Downloading %s took longer than %s", a.Filename, f.timeout), err: err}
		}
		return nil, &downloadError{msg: fmt.Sprintf("I couldn't download %s", a.Filename), err: err}
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, &downloadError{msg: fmt.Sprintf("I couldn't download %s (Discord answered %d)", a.Filename, res.StatusCode), err: errors.New(res.Status)}
	}
	if res.ContentLength > max {
		return nil, tooLarge(res.ContentLength)
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, max+1))
	switch {
	case int64(len(data)) > max:
		return nil, &downloadError{msg: fmt.Sprintf("%s is larger than %s, the most a document may be", a.Filename, notes.Size(max))}
	case err != nil && ctx.Err() != nil:
		return nil, &downloadError{msg: fmt.Sprintf("Downloading %s took longer than %s", a.Filename, f.timeout), err: err}
	case err != nil:
		return nil, &downloadError{msg: fmt.Sprintf("The download of %s broke off", a.Filename), err: err}
	}
	return data, nil
}
