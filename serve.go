package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
	"github.com/conceptbot/conceptbot/server"
)

// shutdownTimeout bounds how long answers in flight may take to finish.
const shutdownTimeout = 10 * time.Second

func (a *app) serveCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the Discord bot",
		Long: "Run the Discord bot: over the gateway with a token (CONCEPTBOT_DISCORD_TOKEN), and/or as an HTTP\n" +
			"interactions endpoint with discord.public_key and http.addr. SIGINT or SIGTERM stops it gracefully.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.load(cmd)
			if err != nil {
				return err
			}
			if err := c.ValidateServe(); err != nil {
				return err
			}
			return a.serve(cmd.Context(), c, a.logger(c))
		},
	}
	f := cmd.Flags()
	f.String(config.FlagName("discord.guild_id"), "", "register commands in this server only (instant)")
	f.String(config.FlagName("discord.rest_url"), "https://discord.com", "Discord REST base URL (a proxy or test double)")
	f.String(config.FlagName("http.addr"), "", "serve HTTP (interactions, /healthz, /readyz, /metrics) on this address")
	f.String(config.FlagName("data.dir"), "data", "directory for state (daily schedules) when store.url is not set")
	return cmd
}

// serve runs until ctx is done, then shuts down in reverse order of start.
func (a *app) serve(ctx context.Context, c *config.Config, log *slog.Logger) error {
	ix, notes, err := a.openIndex(ctx, c, log)
	if err != nil {
		return err
	}
	defer ix.Close()
	tuneGC(a.getenv, log)
	metrics := server.NewMetrics()
	opts := bot.Options{RateLimit: c.Bot.RateLimit, RateWindow: c.Bot.RateWindow, Welcome: c.Bot.Welcome, Logger: log, Observer: metrics}

	// The daily facts: their store, and the scheduler that posts them over
	// REST with the token (see state.go).
	st, err := a.openState(ctx, c, ix.Corpus(), metrics, log)
	if err != nil {
		return err
	}
	stateCtx, stopState := context.WithCancel(ctx)
	defer st.close()
	defer stopState()
	if st.sched != nil {
		opts.Daily = st.sched
	}
	fb := startFeedback(stateCtx, c, st, ix, log)
	if st.notes != nil || fb != nil {
		// /notes add and export, /notes gaps export: files, deferred.
		if opts.Followups, err = bot.NewWebhooks(c.Discord.RESTURL); err != nil {
			return err
		}
	}
	if fb != nil {
		opts.Feedback = fb
	}
	if st.notes != nil {
		opts.Notes = st.notes
		opts.Attachments = bot.AttachmentOptions{Hosts: c.Discord.AttachmentHosts, Timeout: c.Discord.AttachmentTimeout}
	}
	b := bot.New(ix, ix.Corpus(), opts)
	defer func() { // documents being added finish before the store closes
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
		defer cancel()
		if err := b.Wait(wctx); err != nil {
			log.Warn("shutdown", "err", err)
		}
	}()

	var gw *bot.Gateway
	gatewayOn := c.Discord.Token != "" && c.Discord.Gateway
	if c.Discord.Token != "" {
		bot.LogDiscordgoTo(log)
		gcfg := a.gatewayConfig(c, log)
		gcfg.OnReconnect = metrics.Reconnected
		gw, err = bot.NewGateway(gcfg, b)
		if err != nil {
			return err
		}
		if st.facts != nil {
			st.facts.Gateway = gw // posting needs only REST and the token
		}
	}
	if gatewayOn {
		// Close even when Open fails: it may fail after connecting.
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout+5*time.Second)
			defer cancel()
			if err := gw.Close(sctx); err != nil {
				log.Warn("gateway shutdown", "err", err)
			}
		}()
		if err := gw.Open(ctx); err != nil {
			if ctx.Err() != nil {
				return nil // stopped while starting
			}
			return fmt.Errorf("connect to Discord: %w", err)
		}
	}
	st.start(stateCtx, metrics)
	if c.HTTP.Addr != "" {
		srv, err := server.New(server.Options{
			Addr: c.HTTP.Addr, PublicKey: c.Discord.PublicKey, Bot: b, MaxAge: c.HTTP.MaxAge, Drain: c.HTTP.Drain,
			Logger: log, Metrics: metrics,
			Ready:    func() bool { return !gatewayOn || gw.Connected() },
			Degraded: func() string { return joinDegraded(st.degraded(), leftOut(notes)) },
		})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", c.HTTP.Addr)
		if err != nil {
			return fmt.Errorf("http: %w", err)
		}
		httpDone := make(chan error, 1)
		go func() { httpDone <- srv.Serve(ctx, ln) }()
		defer func() {
			if err := <-httpDone; err != nil {
				log.Warn("http shutdown", "err", err)
			}
		}()
		log.Info("serving HTTP", "addr", ln.Addr().String(), "interactions", c.Discord.PublicKey != "")
	}
	log.Info("conceptbot is running", "passages", len(ix.Corpus().Passages()), "gateway", gatewayOn, "http", c.HTTP.Addr, "daily", st.sched != nil, "posts", st.facts != nil, "server_notes", st.notes != nil)
	<-ctx.Done()
	log.Info("shutting down")
	return nil
}

// leftOut says which documents were left out of the notes, for /readyz:
// "" when none was.
func leftOut(rep *corpus.Report) string {
	if len(rep.Problems) == 0 {
		return ""
	}
	return "left out of the notes: " + strings.ReplaceAll(rep.Problems.Error(), "\n", "; ")
}

// joinDegraded joins what /readyz reports as degraded, skipping "".
func joinDegraded(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}

// observedSender counts daily posts sent and failed.
type observedSender struct {
	daily.Sender
	metrics *server.Metrics
}

func (s observedSender) SendFact(ctx context.Context, channelID string, p corpus.Passage, nonce string) error {
	err := s.Sender.SendFact(ctx, channelID, p, nonce)
	s.metrics.DailyPost(err == nil)
	return err
}

func (a *app) gatewayConfig(c *config.Config, log *slog.Logger) bot.GatewayConfig {
	return bot.GatewayConfig{
		Token: c.Discord.Token, GuildID: c.Discord.GuildID, ApplicationID: c.Discord.ApplicationID,
		RESTURL: c.Discord.RESTURL, ShardID: c.Discord.ShardID, ShardCount: c.Discord.ShardCount,
		Logger: log, ShutdownTimeout: shutdownTimeout,
	}
}

func (a *app) commandsCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "commands", Short: "Manage the bot's Discord application commands"}
	cmd.AddCommand(&cobra.Command{
		Use:   "register",
		Short: "Register the slash and context-menu commands with Discord (one bulk overwrite)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			if c.Discord.Token == "" {
				return fmt.Errorf("no Discord token: set %s", config.EnvName("discord.token"))
			}
			gw, err := bot.NewGateway(a.gatewayConfig(c, a.logger(c)), bot.New(nil, nil, bot.Options{}))
			if err != nil {
				return err
			}
			if err := gw.RegisterCommands(cmd.Context()); err != nil {
				return err
			}
			where := "globally (may take up to an hour to appear)"
			if c.Discord.GuildID != "" {
				where = "in server " + c.Discord.GuildID
			}
			fmt.Fprintf(a.stdout, "registered %d commands %s\n", len(bot.Commands()), where)
			return nil
		},
	})
	return cmd
}
