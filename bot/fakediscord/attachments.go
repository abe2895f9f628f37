package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Attachment is a file the fake serves as Discord's CDN serves uploads,
// over plain HTTP on 127.0.0.1 at URL: what an attachment option's
// data.resolved.attachments entry holds. Its JSON is Discord's.
type Attachment struct {
	ID          string `json:"id"`
	Filename    string `json:"filename"`
	Size        int64  `json:"size"`
	URL         string `json:"url"`
	ContentType string `json:"content_type,omitempty"`
}

// AttachmentOptions tune how an attachment is served. The zero value
// serves it at once, whole, with its Content-Length.
type AttachmentOptions struct {
	// Over is how long the body takes to send, in even pieces: a slow
	// download.
	Over time.Duration
	// Status, when not 0, is the status answered instead of the file.
	Status int
	// Chunked leaves out Content-Length, as a server streaming a file does.
	Chunked bool
	// Size, when not 0, is the size the attachment claims, whatever the
	// data's length: what a client that lies would send.
	Size int64
}

// served is an attachment and how to serve it.
type served struct {
	data []byte
	opts AttachmentOptions
}

// AddAttachment serves data as filename, as Discord serves an upload, and
// returns its attachment object. The download is not authorised by a
// token, as on Discord's CDN.
func (s *Server) AddAttachment(filename string, data []byte, opts AttachmentOptions) Attachment {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.newID()
	s.attachments[id] = served{data: bytes.Clone(data), opts: opts}
	size := opts.Size
	if size == 0 {
		size = int64(len(data))
	}
	return Attachment{
		ID: id, Filename: filename, Size: size, ContentType: mime.TypeByExtension(extension(filename)),
		URL: fmt.Sprintf("%s/attachments/%s/%s/%s?ex=0&is=0&hm=fake", s.hs.URL, "900000000000000001", id, url.PathEscape(filename)),
	}
}

// AttachmentHost is the host attachments are served from, as
// discord.attachment_hosts lists a host allowed over plain HTTP:
// http://127.0.0.1:PORT.
func (s *Server) AttachmentHost() string { return s.hs.URL }

func extension(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i:]
	}
	return ""
}

// serveAttachment serves GET /attachments/{channel}/{id}/{filename}.
func (s *Server) serveAttachment(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	a, ok := s.attachments[r.PathValue("id")]
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone()})
	s.notify()
	s.mu.Unlock()
	switch {
	case !ok:
		http.Error(w, "404: Not Found", http.StatusNotFound)
		return
	case a.opts.Status != 0:
		http.Error(w, http.StatusText(a.opts.Status), a.opts.Status)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	if !a.opts.Chunked {
		w.Header().Set("Content-Length", strconv.Itoa(len(a.data)))
	}
	w.WriteHeader(http.StatusOK)
	fl, _ := w.(http.Flusher)
	if a.opts.Chunked && fl != nil {
		fl.Flush() // before the body, or net/http counts a short one
	}
	const pieces = 20
	if a.opts.Over <= 0 {
		w.Write(a.data)
		return
	}
	for i := range pieces {
		piece := a.data[len(a.data)*i/pieces : len(a.data)*(i+1)/pieces]
		if _, err := w.Write(piece); err != nil {
			return
		}
		if fl != nil {
			fl.Flush()
		}
		select {
		case <-time.After(a.opts.Over / pieces):
		case <-r.Context().Done():
			return
		}
	}
}

// Multipart splits a request made of a JSON payload and files, as Discord
// takes messages with attachments (multipart/form-data, the JSON in the
// part payload_json): it returns the JSON and the files by file name. A
// JSON request is returned as the payload, with no files.
func Multipart(r Request) (payload []byte, files map[string][]byte, err error) {
	media, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || media != "multipart/form-data" {
		return r.Body, nil, nil
	}
	files = map[string][]byte{}
	mr := multipart.NewReader(bytes.NewReader(r.Body), params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return payload, files, nil
		}
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case p.FormName() == "payload_json":
			payload = b
		case p.FileName() != "":
			files[p.FileName()] = b
		}
	}
}

// messageBody reads a message's JSON from a request: the body, or the
// payload_json of a multipart one, whose files become the message's
// attachments.
func messageBody(r *http.Request, body []byte) (map[string]any, []any, error) {
	payload, files, err := Multipart(Request{Header: r.Header, Body: body})
	if err != nil {
		return nil, nil, err
	}
	var msg map[string]any
	if err := json.Unmarshal(payload, &msg); err != nil {
		return nil, nil, err
	}
	var atts []any
	for name, data := range files {
		atts = append(atts, map[string]any{"id": "0", "filename": name, "size": len(data)})
	}
	return msg, atts, nil
}
