package bot_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/bot"
)

// TestErrorsNameTheURLDialled: with a REST base other than discord.com,
// errors name the URL actually requested, so a wrong base or a proxy's
// refusal is plain to see.
func TestErrorsNameTheURLDialled(t *testing.T) {
	refusing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"message": "401: Unauthorized", "code": 0}`))
	}))
	defer refusing.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String()
	ln.Close() // nothing listens there now

	tests := []struct {
		name, base string
		appID      string
		call       func(*bot.Gateway, context.Context) error
		want       []string
	}{
		{"register, application ID asked", refusing.URL, "", (*bot.Gateway).RegisterCommands,
			[]string{"get current application: GET " + refusing.URL + "/api/v", "/applications/@me: HTTP 401"}},
		{"register, application ID set", refusing.URL, "123", (*bot.Gateway).RegisterCommands,
			[]string{"register commands (guild 42): PUT " + refusing.URL + "/api/v", "/applications/123/guilds/42/commands: HTTP 401"}},
		{"register, nothing listening", closed, "123", (*bot.Gateway).RegisterCommands,
			[]string{"PUT " + closed + "/api/v", "connection refused"}},
		{"open, nothing listening", closed, "", (*bot.Gateway).Open,
			[]string{"gateway: open: GET " + closed + "/api/v", "/gateway", "connection refused"}},
		{"open, refused", refusing.URL, "", (*bot.Gateway).Open,
			[]string{"gateway: open: GET " + refusing.URL + "/api/v", "/gateway", "401"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logger, _ := testLogger(t)
			g, err := bot.NewGateway(bot.GatewayConfig{Token: "t", RESTURL: tt.base, GuildID: "42", ApplicationID: tt.appID, Logger: logger}, &gwHandler{})
			if err != nil {
				t.Fatal(err)
			}
			err = tt.call(g, context.Background())
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "discord.com") {
				t.Errorf("error %q names discord.com, which was not dialled", err)
			}
		})
	}
}
