package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/store"
)

const selectFeedback = `SELECT guild_id, answer_id, question, qkey, asked_at, shape, passages, confidence, refused
FROM feedback_answers`

// PutFeedbackAnswers keeps answers (their Votes are ignored) in one
// transaction. An answer with the same server and ID as one already kept
// is left out.
func (s *Store) PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error {
	for _, a := range as {
		if a.Guild == "" || a.ID == "" {
			return errors.New("put feedback answers: an answer has no guild or answer ID")
		}
	}
	if err := s.ensure(ctx); err != nil {
		return err
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, a := range as {
			passages := a.Passages
			if passages == nil {
				passages = []string{}
			}
			b.Queue(`INSERT INTO feedback_answers (guild_id, answer_id, question, qkey, asked_at, shape, passages, confidence, refused)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (guild_id, answer_id) DO NOTHING`,
				a.Guild, a.ID, a.Question, a.Key, a.At, a.Shape, passages, a.Confidence, a.Refused)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	return s.wrap(fmt.Sprintf("put %d feedback answers", len(as)), err)
}

// FeedbackAnswer returns an answer with its votes, or an error wrapping
// store.ErrNotFound.
func (s *Store) FeedbackAnswer(ctx context.Context, guild, id string) (*store.FeedbackAnswer, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	op := "feedback answer " + id + " of guild " + guild
	a, err := scanFeedback(s.pool.QueryRow(ctx, selectFeedback+` WHERE guild_id = $1 AND answer_id = $2`, guild, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, s.wrap(op, store.ErrNotFound)
	}
	if err != nil {
		return nil, s.wrap(op, err)
	}
	rows, err := s.pool.Query(ctx, `SELECT answer_id, voter, up, note, voted_at FROM feedback_votes
WHERE guild_id = $1 AND answer_id = $2 ORDER BY voter`, guild, id)
	if err != nil {
		return nil, s.wrap(op, err)
	}
	if err := collectVotes(rows, func(string, store.FeedbackVote) *store.FeedbackAnswer { return a }); err != nil {
		return nil, s.wrap(op, err)
	}
	sortVotes(a.Votes)
	return a, nil
}

// VoteFeedback applies fn to a voter's vote on an answer in one
// transaction, holding the answer's row lock: fn gets the vote as it
// stands (one with only Voter set when there is none) and changes it. When
// fn returns an error nothing is written and the error is returned. An
// answer not kept (never, or no longer) gives an error wrapping
// store.ErrNotFound without calling fn.
func (s *Store) VoteFeedback(ctx context.Context, guild, id, voter string, fn func(v *store.FeedbackVote) error) error {
	if voter == "" {
		return errors.New("vote feedback: no voter")
	}
	if err := s.ensure(ctx); err != nil {
		return err
	}
	var fnErr error
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM feedback_answers WHERE guild_id = $1 AND answer_id = $2 FOR UPDATE`, guild, id).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		v := store.FeedbackVote{Voter: voter}
		err = tx.QueryRow(ctx, `SELECT up, note, voted_at FROM feedback_votes WHERE guild_id = $1 AND answer_id = $2 AND voter = $3`,
			guild, id, voter).Scan(&v.Up, &v.Note, &v.At)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		if fnErr = fn(&v); fnErr != nil {
			return fnErr
		}
		_, err = tx.Exec(ctx, `INSERT INTO feedback_votes (guild_id, answer_id, voter, up, note, voted_at) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (guild_id, answer_id, voter) DO UPDATE SET up = $4, note = $5, voted_at = $6`,
			guild, id, voter, v.Up, v.Note, v.At)
		return err
	})
	if fnErr != nil && errors.Is(err, fnErr) {
		return fnErr
	}
	return s.wrap("vote on feedback answer "+id+" of guild "+guild, err)
}

// FeedbackAnswers returns a server's answers asked at or after since, with
// their votes, in the order they were asked (then by ID). It reads the
// answers and the votes as of one moment.
func (s *Store) FeedbackAnswers(ctx context.Context, guild string, since time.Time) ([]store.FeedbackAnswer, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	var out []store.FeedbackAnswer
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, selectFeedback+` WHERE guild_id = $1 AND asked_at >= $2 ORDER BY asked_at, answer_id`, guild, since)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.FeedbackAnswer, error) {
			a, err := scanFeedback(row)
			if err != nil {
				return store.FeedbackAnswer{}, err
			}
			return *a, nil
		})
		if err != nil || len(out) == 0 {
			return err
		}
		byID := make(map[string]*store.FeedbackAnswer, len(out))
		for i := range out {
			byID[out[i].ID] = &out[i]
		}
		rows, err = tx.Query(ctx, `SELECT v.answer_id, v.voter, v.up, v.note, v.voted_at FROM feedback_votes v
JOIN feedback_answers a USING (guild_id, answer_id)
WHERE v.guild_id = $1 AND a.asked_at >= $2 ORDER BY v.answer_id, v.voter`, guild, since)
		if err != nil {
			return err
		}
		return collectVotes(rows, func(id string, _ store.FeedbackVote) *store.FeedbackAnswer { return byID[id] })
	})
	// The database's collation need not sort as Go does: sort here.
	slices.SortFunc(out, func(a, b store.FeedbackAnswer) int {
		return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID))
	})
	for i := range out {
		sortVotes(out[i].Votes)
	}
	return out, s.wrap("feedback answers of guild "+guild, err)
}

// ClearFeedback deletes every answer of a server, with its votes, and
// returns how many answers there were.
func (s *Store) ClearFeedback(ctx context.Context, guild string) (int, error) {
	if err := s.ensure(ctx); err != nil {
		return 0, err
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM feedback_answers WHERE guild_id = $1`, guild)
	if err != nil {
		return 0, s.wrap("clear feedback of guild "+guild, err)
	}
	return int(tag.RowsAffected()), nil
}

// ExpireFeedback deletes the answers of every server asked before before,
// with their votes, and returns how many it deleted.
func (s *Store) ExpireFeedback(ctx context.Context, before time.Time) (int, error) {
	if err := s.ensure(ctx); err != nil {
		return 0, err
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM feedback_answers WHERE asked_at < $1`, before)
	if err != nil {
		return 0, s.wrap("expire feedback", err)
	}
	return int(tag.RowsAffected()), nil
}

func scanFeedback(row pgx.Row) (*store.FeedbackAnswer, error) {
	var a store.FeedbackAnswer
	if err := row.Scan(&a.Guild, &a.ID, &a.Question, &a.Key, &a.At, &a.Shape, &a.Passages, &a.Confidence, &a.Refused); err != nil {
		return nil, err
	}
	if len(a.Passages) == 0 {
		a.Passages = nil
	}
	return &a, nil
}

// collectVotes reads rows of (answer_id, voter, up, note, voted_at), in
// order of voter within each answer, into the answers that of returns.
func collectVotes(rows pgx.Rows, of func(id string, v store.FeedbackVote) *store.FeedbackAnswer) error {
	var id string
	var v store.FeedbackVote
	_, err := pgx.ForEachRow(rows, []any{&id, &v.Voter, &v.Up, &v.Note, &v.At}, func() error {
		if a := of(id, v); a != nil {
			a.Votes = append(a.Votes, v)
		}
		return nil
	})
	return err
}

func sortVotes(vs []store.FeedbackVote) {
	slices.SortFunc(vs, func(a, b store.FeedbackVote) int { return strings.Compare(a.Voter, b.Voter) })
}
