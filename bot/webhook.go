package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// This file, gateway.go and transport.go are the files of package bot
// that import discordgo.

// Followups edit the response to an interaction after a deferred one
// (type 5): the way to answer work that takes longer than Discord's 3
// seconds, or to send a file, which an HTTP interactions endpoint cannot
// put in its response. *Webhooks is one.
type Followups interface {
	// EditResponse replaces the deferred response of the interaction with
	// token (of application appID) with msg and files.
	EditResponse(ctx context.Context, appID, token string, msg *ResponseData, files []File) error
}

// File is a file sent with a message.
type File struct {
	Name        string
	ContentType string
	Data        []byte
}

// Webhooks edits interaction responses over Discord's REST API. Those
// endpoints are authorised by the interaction's token alone, so it needs no
// bot token: an HTTP-only process can use it.
type Webhooks struct {
	s *discordgo.Session
	// retries are the waits before trying an edit again after Discord
	// answered 404: the deferred response may not be recorded yet.
	retries []time.Duration
}

// NewWebhooks returns Webhooks talking to restURL (DefaultRESTURL, a proxy
// or a test double).
func NewWebhooks(restURL string) (*Webhooks, error) {
	s, err := discordgo.New("")
	if err != nil {
		return nil, err
	}
	client := &http.Client{Timeout: 30 * time.Second}
	if restURL != "" && strings.TrimSuffix(restURL, "/") != DefaultRESTURL {
		base, err := parseRESTURL(restURL)
		if err != nil {
			return nil, err
		}
		client.Transport = &RewriteTransport{Base: base}
	}
	s.Client = client
	return &Webhooks{s: s, retries: []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second}}, nil
}

// webhookEdit is the body of an edit of a message.
type webhookEdit struct {
	Content         *string          `json:"content"`
	Embeds          []Embed          `json:"embeds"`
	Components      []Component      `json:"components"`
	AllowedMentions *AllowedMentions `json:"allowed_mentions"`
	Attachments     []editAttachment `json:"attachments,omitempty"`
}

type editAttachment struct {
	ID       string `json:"id"`
	Filename string `json:"filename"`
}

// EditResponse edits the original response of an interaction, with files
// as a multipart request. A 404 (the deferred response not recorded yet)
// is tried again a few times.
func (w *Webhooks) EditResponse(ctx context.Context, appID, token string, msg *ResponseData, files []File) error {
	if appID == "" || token == "" || msg == nil {
		return errors.New("edit interaction response: need an application ID, a token and a message")
	}
	edit := webhookEdit{Content: &msg.Content, Embeds: msg.Embeds, Components: msg.Components, AllowedMentions: noPings(msg.AllowedMentions)}
	if edit.Embeds == nil {
		edit.Embeds = []Embed{}
	}
	if edit.Components == nil {
		edit.Components = []Component{}
	}
	var dfiles []*discordgo.File
	for i, f := range files {
		edit.Attachments = append(edit.Attachments, editAttachment{ID: strconv.Itoa(i), Filename: f.Name})
		dfiles = append(dfiles, &discordgo.File{Name: f.Name, ContentType: f.ContentType, Reader: bytes.NewReader(f.Data)})
	}
	endpoint := discordgo.EndpointWebhookMessage(appID, token, "@original")
	var contentType string
	var body []byte
	var err error
	if len(dfiles) > 0 {
		contentType, body, err = discordgo.MultipartBodyWithJSON(edit, dfiles)
	} else {
		contentType = "application/json"
		body, err = json.Marshal(edit)
	}
	if err != nil {
		return err
	}
	bucket := discordgo.EndpointWebhooks + appID // one bucket for the application's edits, whatever the token
	for attempt := 0; ; attempt++ {
		_, err = w.s.RequestRaw(http.MethodPatch, endpoint, contentType, body, bucket, 0, discordgo.WithContext(ctx))
		e := newAPIError("edit interaction response", err)
		if err == nil || e.Status != http.StatusNotFound || attempt >= len(w.retries) {
			if err != nil {
				return e
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return e
		case <-time.After(w.retries[attempt]):
		}
	}
}
