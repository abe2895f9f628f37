package server

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/conceptbot/conceptbot/bot"
)

// Metrics counts what the bot does and serves it to Prometheus from a
// registry of its own (never the global one). It implements bot.Observer;
// give the same Metrics to bot.Options.Observer, to the gateway's
// OnReconnect (Reconnected), to the daily scheduler's sender (DailyPost) and
// to Options.Metrics. Its methods are safe for concurrent use.
//
// The series, all prefixed conceptbot_:
//
//	questions_total{outcome="answered"|"abstained"}       questions searched
//	answer_duration_seconds                               time to search a question
//	interactions_total{type, outcome="ok"|"error"|"panic"} HTTP interactions answered
//	interactions_rejected_total{reason}                   HTTP requests refused (401, 400, 413, 503)
//	rate_limited_total                                    questions refused to a user asking too often
//	gateway_reconnects_total                              gateway sessions resumed or re-identified
//	daily_posts_total{outcome="sent"|"failed"}            facts of the day
//	store_up                                              1 while the store answers, 0 while it is out of reach
//	daily_leader                                          1 while this process posts the daily facts
//	feedback_votes_total{vote="up"|"down"}                👍 and 👎 cast or changed on answers
//
// plus the Go runtime's and the process's standard metrics.
type Metrics struct {
	reg *prometheus.Registry

	answered, abstained prometheus.Counter
	latency             prometheus.Histogram
	interactions        [numTypes][numOutcomes]prometheus.Counter
	rejects             *prometheus.CounterVec
	rateLimited         prometheus.Counter
	reconnects          prometheus.Counter
	postsSent           prometheus.Counter
	postsFailed         prometheus.Counter
	storeUp             prometheus.Gauge
	dailyLeader         prometheus.Gauge
	votesUp, votesDown  prometheus.Counter
}

var _ bot.Observer = (*Metrics)(nil)

// Interaction types and outcomes, as label values; the counters of every
// combination are made up front so that the hot path only adds.
var (
	typeNames    = [...]string{"ping", "command", "component", "autocomplete", "modal_submit", "other"}
	outcomeNames = [...]string{"ok", "error", "panic"}
)

const (
	numTypes    = len(typeNames)
	numOutcomes = len(outcomeNames)
)

const (
	outcomeOK = iota
	outcomeError
	outcomePanic
)

// NewMetrics returns Metrics registered in a new registry.
func NewMetrics() *Metrics {
	const ns = "conceptbot"
	m := &Metrics{reg: prometheus.NewRegistry()}
	questions := prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: ns, Name: "questions_total",
		Help: "Questions searched, by whether the notes answered them or the bot abstained.",
	}, []string{"outcome"})
	m.answered = questions.WithLabelValues("answered")
	m.abstained = questions.WithLabelValues("abstained")
	m.latency = prometheus.NewHistogram(prometheus.HistogramOpts{
		Namespace: ns, Name: "answer_duration_seconds",
		Help:    "Time to search the notes for a question.",
		Buckets: []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .2, .5, 1, 2.5},
	})
	interactions := prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: ns, Name: "interactions_total",
		Help: "Interactions answered over HTTP, by type and outcome (error and panic got an apology).",
	}, []string{"type", "outcome"})
	for t, tn := range typeNames {
		for o, on := range outcomeNames {
			m.interactions[t][o] = interactions.WithLabelValues(tn, on)
		}
	}
	m.rejects = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: ns, Name: "interactions_rejected_total",
		Help: "Requests to the interactions endpoint refused: bad signature, stale timestamp, too large, malformed, or busy (too many bytes of unverified requests held).",
	}, []string{"reason"})
	for _, r := range []string{rejectSignature, rejectStale, rejectTooLarge, rejectMalformed} {
		m.rejects.WithLabelValues(r)
	}
	m.rateLimited = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: ns, Name: "rate_limited_total",
		Help: "Questions refused because the user asked too often.",
	})
	m.reconnects = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: ns, Name: "gateway_reconnects_total",
		Help: "Times the gateway connection was re-established.",
	})
	posts := prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: ns, Name: "daily_posts_total",
		Help: "Facts of the day sent or failed (each failed attempt counts).",
	}, []string{"outcome"})
	m.postsSent = posts.WithLabelValues("sent")
	m.postsFailed = posts.WithLabelValues("failed")
	m.storeUp = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: ns, Name: "store_up",
		Help: "1 while the store of the daily facts answers, 0 while it is out of reach.",
	})
	m.dailyLeader = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: ns, Name: "daily_leader",
		Help: "1 while this process is the one that posts the daily facts.",
	})
	votes := prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: ns, Name: "feedback_votes_total",
		Help: "Votes on answers, cast or changed (a repeated press does not count), by vote.",
	}, []string{"vote"})
	m.votesUp = votes.WithLabelValues("up")
	m.votesDown = votes.WithLabelValues("down")
	m.reg.MustRegister(
		questions, m.latency, interactions, m.rejects, m.rateLimited, m.reconnects, posts, m.storeUp, m.dailyLeader, votes,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Answered counts a question searched in d; answered is false when the bot
// abstained. It implements bot.Observer.
func (m *Metrics) Answered(d time.Duration, answered bool) {
	if answered {
		m.answered.Inc()
	} else {
		m.abstained.Inc()
	}
	m.latency.Observe(d.Seconds())
}

// RateLimited counts a question refused to a user asking too often. It
// implements bot.Observer.
func (m *Metrics) RateLimited() { m.rateLimited.Inc() }

// Voted counts a vote cast or changed on an answer. It implements
// bot.Observer.
func (m *Metrics) Voted(up bool) {
	if up {
		m.votesUp.Inc()
	} else {
		m.votesDown.Inc()
	}
}

// Reconnected counts a gateway reconnection; it fits
// bot.GatewayConfig.OnReconnect.
func (m *Metrics) Reconnected() { m.reconnects.Inc() }

// DailyPost counts a fact of the day sent (ok) or a failed attempt.
func (m *Metrics) DailyPost(ok bool) {
	if ok {
		m.postsSent.Inc()
	} else {
		m.postsFailed.Inc()
	}
}

// StoreUp records whether the store answers.
func (m *Metrics) StoreUp(up bool) { m.storeUp.Set(b2f(up)) }

// DailyLeader records whether this process posts the daily facts.
func (m *Metrics) DailyLeader(leading bool) { m.dailyLeader.Set(b2f(leading)) }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (m *Metrics) interaction(t bot.InteractionType, outcome int) {
	i := int(t) - 1 // ping is 1
	if i < 0 || i >= numTypes {
		i = numTypes - 1
	}
	m.interactions[i][outcome].Inc()
}

func (m *Metrics) rejected(reason string) { m.rejects.WithLabelValues(reason).Inc() }
