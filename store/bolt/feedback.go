package bolt

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	bbolt "go.etcd.io/bbolt"

	"github.com/conceptbot/conceptbot/store"
)

// The feedback's layout: the top-level bucket "feedback" holds two
// buckets. "answers" maps server ID + "\x00" + answer ID to the answer with
// its votes as JSON (a feedbackRecord). "asked" maps the time the answer
// was asked (Unix microseconds, 8 bytes big-endian) + the same key to
// nothing: the answers in the order they were asked, so that expiry reads
// only what it deletes.
var (
	bucketFeedback        = []byte("feedback")
	bucketFeedbackAnswers = []byte("answers")
	bucketFeedbackAsked   = []byte("asked")
)

// feedbackRecord is an answer as stored; its server and ID are in its key.
type feedbackRecord struct {
	Question   string         `json:"question"`
	Key        string         `json:"key"`
	At         time.Time      `json:"at"`
	Shape      string         `json:"shape"`
	Passages   []string       `json:"passages,omitempty"`
	Confidence float64        `json:"confidence"`
	Refused    bool           `json:"refused,omitempty"`
	Votes      []feedbackVote `json:"votes,omitempty"`
}

type feedbackVote struct {
	Voter string    `json:"voter"`
	Up    bool      `json:"up"`
	Note  string    `json:"note,omitempty"`
	At    time.Time `json:"at"`
}

// createFeedbackBuckets makes the feedback's buckets of a file that has
// none (a new file, or one written before feedback existed).
func createFeedbackBuckets(tx *bbolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketFeedback)
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketFeedbackAnswers, bucketFeedbackAsked} {
		if _, err := b.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

// feedbackBuckets returns the feedback's buckets; nil ones in a file opened
// read-only that has none.
func feedbackBuckets(tx *bbolt.Tx) (answers, asked *bbolt.Bucket) {
	root := tx.Bucket(bucketFeedback)
	if root == nil {
		return nil, nil
	}
	return root.Bucket(bucketFeedbackAnswers), root.Bucket(bucketFeedbackAsked)
}

func feedbackKey(guild, id string) []byte { return []byte(guild + "\x00" + id) }

func askedKey(at time.Time, key []byte) []byte {
	k := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(key)), uint64(at.UnixMicro()))
	return append(k, key...)
}

// PutFeedbackAnswers keeps answers (their Votes are ignored) in one
// transaction. An answer with the same server and ID as one already kept
// is left out.
func (s *Store) PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error {
	type kv struct{ k, v []byte }
	recs := make([]kv, 0, len(as))
	for _, a := range as {
		if a.Guild == "" || a.ID == "" || strings.ContainsRune(a.Guild+a.ID, 0) {
			return errors.New("put feedback answers: an answer has no guild or answer ID")
		}
		rec := feedbackRecord{Question: a.Question, Key: a.Key, At: a.At.Truncate(time.Microsecond), Shape: a.Shape,
			Passages: a.Passages, Confidence: a.Confidence, Refused: a.Refused}
		raw, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("encode feedback answer %s of guild %s: %w", a.ID, a.Guild, err)
		}
		recs = append(recs, kv{feedbackKey(a.Guild, a.ID), raw})
	}
	return s.update(ctx, func(tx *bbolt.Tx) error {
		answers, asked := feedbackBuckets(tx)
		for i, r := range recs {
			if answers.Get(r.k) != nil {
				continue
			}
			if err := answers.Put(r.k, r.v); err != nil {
				return err
			}
			if err := asked.Put(askedKey(as[i].At.Truncate(time.Microsecond), r.k), nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// FeedbackAnswer returns an answer with its votes, or an error wrapping
// store.ErrNotFound.
func (s *Store) FeedbackAnswer(ctx context.Context, guild, id string) (*store.FeedbackAnswer, error) {
	var a *store.FeedbackAnswer
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		answers, _ := feedbackBuckets(tx)
		if answers == nil {
			return nil
		}
		raw := answers.Get(feedbackKey(guild, id))
		if raw == nil {
			return nil
		}
		var err error
		a, err = decodeFeedback(guild, id, raw)
		return err
	})
	if err == nil && a == nil {
		err = fmt.Errorf("feedback answer %s of guild %s: %w", id, guild, store.ErrNotFound)
	}
	return a, err
}

// VoteFeedback applies fn to a voter's vote on an answer in one
// transaction: fn gets the vote as it stands (one with only Voter set when
// there is none) and changes it. When fn returns an error nothing is
// written and the error is returned. An answer not kept (never, or no
// longer) gives an error wrapping store.ErrNotFound without calling fn.
func (s *Store) VoteFeedback(ctx context.Context, guild, id, voter string, fn func(v *store.FeedbackVote) error) error {
	if voter == "" {
		return errors.New("vote feedback: no voter")
	}
	return s.update(ctx, func(tx *bbolt.Tx) error {
		answers, _ := feedbackBuckets(tx)
		k := feedbackKey(guild, id)
		raw := answers.Get(k)
		if raw == nil {
			return fmt.Errorf("feedback answer %s of guild %s: %w", id, guild, store.ErrNotFound)
		}
		var rec feedbackRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			return fmt.Errorf("decode feedback answer %s of guild %s: %w", id, guild, err)
		}
		a := store.FeedbackAnswer{Votes: fromRecordVotes(rec.Votes)}
		v := store.FeedbackVote{Voter: voter}
		if i := slices.IndexFunc(a.Votes, func(x store.FeedbackVote) bool { return x.Voter == voter }); i >= 0 {
			v = a.Votes[i]
		}
		if err := fn(&v); err != nil {
			return err
		}
		v.Voter, v.At = voter, v.At.Truncate(time.Microsecond)
		a.SetVote(v)
		rec.Votes = toRecordVotes(a.Votes)
		out, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		return answers.Put(k, out)
	})
}

// FeedbackAnswers returns a server's answers asked at or after since, with
// their votes, in the order they were asked (then by ID).
func (s *Store) FeedbackAnswers(ctx context.Context, guild string, since time.Time) ([]store.FeedbackAnswer, error) {
	var out []store.FeedbackAnswer
	since = since.Truncate(time.Microsecond) // as kept, and as PostgreSQL compares
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		answers, _ := feedbackBuckets(tx)
		if answers == nil {
			return nil
		}
		prefix := feedbackKey(guild, "")
		cur := answers.Cursor()
		for k, v := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = cur.Next() {
			a, err := decodeFeedback(guild, string(k[len(prefix):]), v)
			if err != nil {
				return err
			}
			if !a.At.Before(since) {
				out = append(out, *a)
			}
		}
		return nil
	})
	slices.SortFunc(out, func(a, b store.FeedbackAnswer) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
	})
	return out, err
}

// ClearFeedback deletes every answer of a server, with its votes, and
// returns how many answers there were.
func (s *Store) ClearFeedback(ctx context.Context, guild string) (int, error) {
	n := 0
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		n = 0
		answers, asked := feedbackBuckets(tx)
		prefix := feedbackKey(guild, "")
		var keys, times [][]byte
		cur := answers.Cursor()
		for k, v := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = cur.Next() {
			var rec feedbackRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("decode feedback answer %s: %w", k, err)
			}
			keys = append(keys, bytes.Clone(k))
			times = append(times, askedKey(rec.At, k))
		}
		for i := range keys {
			if err := answers.Delete(keys[i]); err != nil {
				return err
			}
			if err := asked.Delete(times[i]); err != nil {
				return err
			}
		}
		n = len(keys)
		return nil
	})
	return n, err
}

// ExpireFeedback deletes the answers of every server asked before before,
// with their votes, and returns how many it deleted.
func (s *Store) ExpireFeedback(ctx context.Context, before time.Time) (int, error) {
	n := 0
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		n = 0
		answers, asked := feedbackBuckets(tx)
		end := binary.BigEndian.AppendUint64(nil, uint64(before.UnixMicro()))
		var keys [][]byte
		cur := asked.Cursor()
		for k, _ := cur.First(); k != nil && bytes.Compare(k[:8], end) < 0; k, _ = cur.Next() {
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			if err := asked.Delete(k); err != nil {
				return err
			}
			if err := answers.Delete(k[8:]); err != nil {
				return err
			}
		}
		n = len(keys)
		return nil
	})
	return n, err
}

func decodeFeedback(guild, id string, raw []byte) (*store.FeedbackAnswer, error) {
	var rec feedbackRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, fmt.Errorf("decode feedback answer %s of guild %s: %w", id, guild, err)
	}
	return &store.FeedbackAnswer{Guild: guild, ID: id, Question: rec.Question, Key: rec.Key, At: rec.At, Shape: rec.Shape,
		Passages: rec.Passages, Confidence: rec.Confidence, Refused: rec.Refused, Votes: fromRecordVotes(rec.Votes)}, nil
}

func fromRecordVotes(vs []feedbackVote) []store.FeedbackVote {
	var out []store.FeedbackVote
	for _, v := range vs {
		out = append(out, store.FeedbackVote{Voter: v.Voter, Up: v.Up, Note: v.Note, At: v.At})
	}
	return out
}

func toRecordVotes(vs []store.FeedbackVote) []feedbackVote {
	var out []feedbackVote
	for _, v := range vs {
		out = append(out, feedbackVote{Voter: v.Voter, Up: v.Up, Note: v.Note, At: v.At})
	}
	return out
}
