package bot

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// dialled returns a discordgo endpoint URL as it is actually requested: on
// the configured REST base rather than https://discord.com (see
// RewriteTransport). Only endpoints without a token in their path may be
// passed: the URL goes into errors and logs.
func (g *Gateway) dialled(endpoint string) string {
	u, err := url.Parse(endpoint)
	if err != nil {
		return endpoint
	}
	if base, err := url.Parse(strings.TrimSuffix(g.cfg.RESTURL, "/")); err == nil && base.Host != "" {
		u.Scheme, u.Host = base.Scheme, base.Host
	}
	return u.String()
}

// restError is newAPIError for a request of g to an endpoint without a
// token in its path: the error names the URL actually requested.
func (g *Gateway) restError(op, method, endpoint string, err error) *APIError {
	e := newAPIError(op, err)
	e.URL = method + " " + g.dialled(endpoint)
	var uerr *url.Error
	if errors.As(err, &uerr) {
		e.Err = uerr.Err // the URL and method are in e.URL
	}
	return e
}

// openError describes an error of discordgo's Open. Open first asks the
// REST API for the gateway's address (GET /gateway): errors of that request
// name the URL actually requested, not discord.com.
func (g *Gateway) openError(err error) error {
	var uerr *url.Error
	var rest *discordgo.RESTError
	switch {
	case errors.As(err, &uerr):
		return fmt.Errorf("gateway: open: %s %s: %w", strings.ToUpper(uerr.Op), g.dialled(uerr.URL), uerr.Err)
	case errors.As(err, &rest) && rest.Request != nil:
		return fmt.Errorf("gateway: open: %s %s: %w", rest.Request.Method, g.dialled(rest.Request.URL.String()), err)
	}
	return fmt.Errorf("gateway: open (REST API at %s): %w", g.cfg.RESTURL, err)
}
