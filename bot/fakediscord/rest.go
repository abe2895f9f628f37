package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Discord's JSON error codes used by the fake.
const (
	codeGeneral             = 0
	codeUnknownChannel      = 10003
	codeMissingAccess       = 50001
	codeEmptyMessage        = 50006
	codeInvalidFormBody     = 50035
	codeAlreadyAcknowledged = 40060
)

// routes returns the REST API's handlers.
func (s *Server) routes() *http.ServeMux {
	m := http.NewServeMux()
	p := func(method, path string) string { return method + " " + APIPrefix + path }
	m.HandleFunc(p("GET", "/gateway"), s.getGateway)
	m.HandleFunc(p("GET", "/gateway/bot"), s.getGateway)
	m.HandleFunc(p("GET", "/users/@me"), s.getMe)
	m.HandleFunc(p("GET", "/applications/@me"), s.getApplication)
	m.HandleFunc(p("GET", "/oauth2/applications/@me"), s.getApplication)
	m.HandleFunc(p("PUT", "/applications/{app}/commands"), s.putCommands)
	m.HandleFunc(p("PUT", "/applications/{app}/guilds/{guild}/commands"), s.putCommands)
	m.HandleFunc(p("POST", "/interactions/{id}/{token}/callback"), s.postCallback)
	m.HandleFunc(p("PATCH", "/webhooks/{app}/{token}/messages/{message}"), s.webhookMessage)
	m.HandleFunc(p("POST", "/webhooks/{app}/{token}"), s.webhookMessage)
	m.HandleFunc(p("POST", "/channels/{channel}/messages"), s.postMessage)
	m.HandleFunc(p("GET", "/channels/{channel}"), s.getChannel)
	m.HandleFunc(APIPrefix+"/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, codeGeneral, "404: Not Found")
	})
	return m
}

// serveREST records the request, checks its token, answers with an injected
// failure if one matches, and otherwise routes it.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, codeGeneral, "cannot read body")
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))

	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body})
	s.notify()
	auth := r.Header.Get("Authorization")
	// Interaction callbacks and webhooks are authorised by the token in
	// their path, as on Discord: they need no bot token.
	byPath := strings.HasPrefix(r.URL.Path, APIPrefix+"/webhooks/") || strings.HasPrefix(r.URL.Path, APIPrefix+"/interactions/")
	ok := (auth == "" && byPath) || (strings.HasPrefix(auth, "Bot ") && s.tokenOK(auth))
	var f *failure
	if ok {
		f = s.takeFailure(r.Method, r.URL.Path)
	}
	s.mu.Unlock()

	switch {
	case !ok:
		writeError(w, http.StatusUnauthorized, codeGeneral, "401: Unauthorized")
	case f != nil:
		writeFailure(w, r.URL.Path, f.status)
	default:
		s.api.ServeHTTP(w, r)
	}
}

func (s *Server) getGateway(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"url":    s.GatewayURL(),
		"shards": 1,
		"session_start_limit": map[string]int{
			"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1,
		},
	})
}

func (s *Server) getMe(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.botUser())
}

func (s *Server) getApplication(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id":   s.opts.ApplicationID,
		"name": s.opts.BotName,
		"bot":  s.botUser(),
	})
}

// commandName is Discord's rule for command and option names.
var commandName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// putCommands is a bulk overwrite: it validates the commands roughly as
// Discord does and echoes them back with IDs assigned.
func (s *Server) putCommands(w http.ResponseWriter, r *http.Request) {
	var cmds []map[string]any
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil || cmds == nil {
		writeError(w, http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body: expected an array of commands")
		return
	}
	if msg := validateCommands(cmds); msg != "" {
		writeError(w, http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body: "+msg)
		return
	}
	s.mu.Lock()
	for _, c := range cmds {
		c["id"] = s.newID()
		c["version"] = s.newID()
		c["application_id"] = r.PathValue("app")
		if g := r.PathValue("guild"); g != "" {
			c["guild_id"] = g
		}
		if _, ok := c["type"]; !ok {
			c["type"] = 1
		}
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, cmds)
}

// validateCommands returns what is wrong with cmds, or "".
func validateCommands(cmds []map[string]any) string {
	seen := make(map[string]bool)
	for i, c := range cmds {
		name, _ := c["name"].(string)
		desc, _ := c["description"].(string)
		typ, _ := c["type"].(float64)
		chatInput := typ == 0 || typ == 1
		switch {
		case chatInput && (!commandName.MatchString(name) || strings.ToLower(name) != name):
			return fmt.Sprintf("%d.name: invalid command name %q", i, name)
		case !chatInput && (name == "" || utf8.RuneCountInString(name) > 32):
			return fmt.Sprintf("%d.name: invalid command name %q", i, name)
		case chatInput && (desc == "" || utf8.RuneCountInString(desc) > 100):
			return fmt.Sprintf("%d.description: must be 1-100 characters", i)
		case !chatInput && desc != "":
			return fmt.Sprintf("%d.description: must be empty for user and message commands", i)
		case seen[fmt.Sprint(typ, name)]:
			return fmt.Sprintf("%d.name: duplicate command %q", i, name)
		}
		seen[fmt.Sprint(typ, name)] = true
	}
	return ""
}

// postCallback answers an interaction callback with 204, or 400 if the
// interaction was answered before.
func (s *Server) postCallback(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Type *int `json:"type"`
	}
	raw, err := io.ReadAll(r.Body)
	if err == nil {
		err = json.Unmarshal(raw, &body)
	}
	if err != nil || body.Type == nil {
		writeError(w, http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body: type is required")
		return
	}
	if *body.Type == 9 {
		if msg := validateModal(raw); msg != "" {
			writeError(w, http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body: "+msg)
			return
		}
	}
	id := r.PathValue("id")
	s.mu.Lock()
	acked := s.acked[id]
	s.acked[id] = true
	s.mu.Unlock()
	if acked {
		writeError(w, http.StatusBadRequest, codeAlreadyAcknowledged, "Interaction has already been acknowledged.")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// webhookMessage edits an interaction response or sends a follow-up.
func (s *Server) webhookMessage(w http.ResponseWriter, r *http.Request) {
	msg, bad := s.decodeMessage(r, "")
	if bad != nil {
		writeError(w, http.StatusBadRequest, bad.code, bad.message)
		return
	}
	msg["webhook_id"] = r.PathValue("app")
	writeJSON(w, http.StatusOK, msg)
}

// postMessage creates a channel message. With a nonce and enforce_nonce,
// a nonce already used in the channel returns the first message again
// instead of creating another, as Discord does.
func (s *Server) postMessage(w http.ResponseWriter, r *http.Request) {
	channel := r.PathValue("channel")
	var opts struct {
		Nonce        json.RawMessage `json:"nonce"`
		EnforceNonce bool            `json:"enforce_nonce"`
	}
	body, _ := io.ReadAll(r.Body)
	json.Unmarshal(body, &opts)
	r.Body = io.NopCloser(bytes.NewReader(body))

	key := ""
	if opts.EnforceNonce && len(opts.Nonce) > 0 && string(opts.Nonce) != "null" {
		key = channel + "\x00" + string(opts.Nonce)
		s.mu.Lock()
		first, ok := s.nonces[key]
		s.mu.Unlock()
		if ok {
			writeRaw(w, http.StatusOK, first)
			return
		}
	}
	msg, bad := s.decodeMessage(r, channel)
	if bad != nil {
		writeError(w, http.StatusBadRequest, bad.code, bad.message)
		return
	}
	raw, _ := json.Marshal(msg)
	if key != "" {
		s.mu.Lock()
		if first, ok := s.nonces[key]; ok { // a concurrent request won
			raw = first
		} else {
			s.nonces[key] = raw
		}
		s.mu.Unlock()
	}
	if d := s.opts.MessageLatency; d > 0 {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		}
	}
	writeRaw(w, http.StatusOK, raw)
}

// badRequest is why Discord would answer a request with 400.
type badRequest struct {
	code    int
	message string
}

// decodeMessage turns a message body into the message Discord would return.
// It checks the limits that make Discord answer 400.
func (s *Server) decodeMessage(r *http.Request, channelID string) (map[string]any, *badRequest) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, &badRequest{codeInvalidFormBody, "Invalid Form Body: " + err.Error()}
	}
	body, files, err := messageBody(r, raw)
	if err != nil {
		return nil, &badRequest{codeInvalidFormBody, "Invalid Form Body: " + err.Error()}
	}
	content, _ := body["content"].(string)
	embeds, _ := body["embeds"].([]any)
	components, _ := body["components"].([]any)
	switch {
	case utf8.RuneCountInString(content) > 2000:
		return nil, &badRequest{codeInvalidFormBody, "Invalid Form Body: content: Must be 2000 or fewer in length."}
	case len(embeds) > 10:
		return nil, &badRequest{codeInvalidFormBody, "Invalid Form Body: embeds: Must be 10 or fewer in length."}
	case r.Method == http.MethodPost && content == "" && len(embeds) == 0 && len(components) == 0 && len(files) == 0:
		return nil, &badRequest{codeEmptyMessage, "Cannot send an empty message"}
	}
	s.mu.Lock()
	id := s.newID()
	s.mu.Unlock()
	msg := map[string]any{
		"id":          id,
		"channel_id":  channelID,
		"type":        0,
		"author":      s.botUser(),
		"content":     content,
		"embeds":      orEmpty(embeds),
		"components":  orEmpty(components),
		"mentions":    []any{},
		"attachments": orEmpty(files),
		"timestamp":   time.Now().UTC().Format(time.RFC3339Nano),
	}
	if ref, ok := body["message_reference"]; ok && ref != nil {
		msg["message_reference"] = ref
		msg["type"] = 19 // a reply
	}
	if nonce, ok := body["nonce"]; ok {
		msg["nonce"] = nonce
	}
	return msg, nil
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id":   r.PathValue("channel"),
		"type": 0,
		"name": "general",
	})
}

func orEmpty(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

// writeFailure answers with an injected failure status and the error body
// Discord would send with it.
func writeFailure(w http.ResponseWriter, path string, status int) {
	switch {
	case status == http.StatusForbidden:
		writeError(w, status, codeMissingAccess, "Missing Access")
	case status == http.StatusNotFound && strings.Contains(path, "/channels/"):
		writeError(w, status, codeUnknownChannel, "Unknown Channel")
	case status == http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "1")
		writeJSON(w, status, map[string]any{
			"message": "You are being rate limited.", "retry_after": 0.01, "global": false,
		})
	default:
		writeError(w, status, codeGeneral, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
	}
}

func writeError(w http.ResponseWriter, status, code int, message string) {
	writeJSON(w, status, map[string]any{"code": code, "message": message})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	raw, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeRaw(w, status, raw)
}

func writeRaw(w http.ResponseWriter, status int, raw []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(raw)
}

// validateModal returns what Discord would find wrong with a modal
// response, or "".
func validateModal(payload []byte) string {
	var m struct {
		Data struct {
			CustomID   string `json:"custom_id"`
			Title      string `json:"title"`
			Components []struct {
				Type       int `json:"type"`
				Components []struct {
					Type      int    `json:"type"`
					CustomID  string `json:"custom_id"`
					Label     string `json:"label"`
					MaxLength int    `json:"max_length"`
				} `json:"components"`
			} `json:"components"`
		} `json:"data"`
	}
	if err := json.Unmarshal(payload, &m); err != nil {
		return err.Error()
	}
	d := m.Data
	n := utf8.RuneCountInString
	switch {
	case n(d.Title) < 1 || n(d.Title) > 45:
		return "data.title: must be 1-45 in length"
	case d.CustomID == "" || n(d.CustomID) > 100:
		return "data.custom_id: must be 1-100 in length"
	case len(d.Components) < 1 || len(d.Components) > 5:
		return "data.components: must be 1-5 in length"
	}
	for i, row := range d.Components {
		if row.Type != 1 || len(row.Components) != 1 {
			return fmt.Sprintf("data.components.%d: an action row of one text input", i)
		}
		ti := row.Components[0]
		if ti.Type != 4 || ti.CustomID == "" || n(ti.Label) < 1 || n(ti.Label) > 45 || ti.MaxLength > 4000 {
			return fmt.Sprintf("data.components.%d.components.0: invalid text input", i)
		}
	}
	return ""
}
