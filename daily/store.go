package daily

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// schemaVersion is the layout of the store this build reads and writes.
// Bump it, and migrate in initStore, when a change would confuse an older
// build.
const schemaVersion = 1

var (
	bucketDaily  = []byte("daily")
	bucketGuilds = []byte("guilds")
	keyVersion   = []byte("version")
)

// ErrSchema means the store was written by a build with another schema.
var ErrSchema = errors.New("unsupported daily store schema")

// record is a server's daily facts, stored as JSON under its guild ID.
type record struct {
	Guild   string `json:"guild"`
	Channel string `json:"channel"`
	Hour    int    `json:"hour"`
	Minute  int    `json:"minute"`
	Zone    string `json:"zone"` // IANA name
	From    From   `json:"from"`
	On      bool   `json:"on"` // false after Off
	// Since is when the schedule last changed; no slot before it is
	// caught up.
	Since time.Time `json:"since"`
	// Paused says why posting is paused (the channel became unavailable);
	// empty when it is not.
	Paused string `json:"paused,omitempty"`
	// Handled is the last local date (dateLayout) whose post was sent or
	// given up on. No post is ever made for it or an earlier date again.
	Handled     string    `json:"handled,omitempty"`
	LastPost    time.Time `json:"last_post,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	// Pending is a post whose intent is recorded but not yet marked done.
	Pending *pending `json:"pending,omitempty"`

	// Rotation: the cycle's order is the eligible passages sorted by
	// rank(Seed, ID); Posted holds the IDs posted or skipped in this cycle.
	Seed   uint64   `json:"seed"`
	Cycle  int      `json:"cycle"`
	Posted []string `json:"posted,omitempty"`
	Last   string   `json:"last,omitempty"` // the ID posted or skipped last
}

// pending is a recorded intent to post.
type pending struct {
	Date     string    `json:"date"`     // the local date the post is for
	Nonce    string    `json:"nonce"`    // nonce(guild, Date)
	Passage  string    `json:"passage"`  // passage ID
	Deadline time.Time `json:"deadline"` // no attempt after this: the slot plus the grace window
	NextTry  time.Time `json:"next_try"` // when to (re)send
	Attempts int       `json:"attempts"` // failed sends so far
}

// initStore creates the buckets of a new store and checks the schema
// version of an existing one.
func initStore(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketDaily)
		if err != nil {
			return err
		}
		switch v := b.Get(keyVersion); {
		case v == nil:
			if g := b.Bucket(bucketGuilds); g != nil {
				if k, _ := g.Cursor().First(); k != nil {
					return fmt.Errorf("%w: records without a version", ErrSchema)
				}
			}
			if err := b.Put(keyVersion, []byte(strconv.Itoa(schemaVersion))); err != nil {
				return err
			}
		default:
			n, err := strconv.Atoi(string(v))
			switch {
			case err != nil || n < 1:
				return fmt.Errorf("%w: unknown version %q", ErrSchema, v)
			case n > schemaVersion:
				return fmt.Errorf("%w: version %d is newer than this build reads (%d); upgrade conceptbot or restore a backup", ErrSchema, n, schemaVersion)
			case n < schemaVersion:
				return fmt.Errorf("%w: version %d is older than this build reads (%d) and there is no migration", ErrSchema, n, schemaVersion)
			}
		}
		_, err = b.CreateBucketIfNotExists(bucketGuilds)
		return err
	})
}

func guilds(tx *bolt.Tx) *bolt.Bucket { return tx.Bucket(bucketDaily).Bucket(bucketGuilds) }

// getRecord returns the record of a guild, or nil when it has none.
func getRecord(tx *bolt.Tx, guild string) (*record, error) {
	v := guilds(tx).Get([]byte(guild))
	if v == nil {
		return nil, nil
	}
	r := new(record)
	if err := json.Unmarshal(v, r); err != nil {
		return nil, fmt.Errorf("decode daily record of guild %s: %w", guild, err)
	}
	return r, nil
}

func putRecord(tx *bolt.Tx, r *record) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode daily record of guild %s: %w", r.Guild, err)
	}
	return guilds(tx).Put([]byte(r.Guild), v)
}

func allRecords(tx *bolt.Tx) ([]*record, error) {
	var out []*record
	err := guilds(tx).ForEach(func(k, v []byte) error {
		r := new(record)
		if err := json.Unmarshal(v, r); err != nil {
			return fmt.Errorf("decode daily record of guild %s: %w", k, err)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}
