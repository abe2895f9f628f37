package bolt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"

	bbolt "go.etcd.io/bbolt"
)

// bbolt's file format, as far as checkMeta reads it (little-endian, the
// byte order of every machine conceptbot is built for): pages 0 and 1 are
// meta pages, each a 16-byte page header followed by
//
//	magic u32, version u32, page size u32, flags u32,
//	root bucket (page u64, sequence u64), freelist page u64,
//	high-water mark u64 (the number of pages in use), txid u64,
//	checksum u64 (FNV-1a of the 56 bytes before it).
const (
	pageHeaderSize = 16
	metaMagic      = 0xED0CDAED
	metaVersion    = 2
	metaChecksumAt = 56
	minPageSize    = 512
)

// meta is what checkMeta reads of a meta page.
type meta struct {
	pageSize uint32
	hwm      uint64
	txid     uint64
}

// readMeta parses the meta page in b (a whole page), or says what is wrong
// with it.
func readMeta(b []byte) (meta, error) {
	if len(b) < pageHeaderSize+metaChecksumAt+8 {
		return meta{}, errors.New("too short")
	}
	m := b[pageHeaderSize:]
	le := binary.LittleEndian
	switch {
	case le.Uint32(m[0:]) != metaMagic:
		return meta{}, errors.New("not a bbolt meta page (bad magic number)")
	case le.Uint32(m[4:]) != metaVersion:
		return meta{}, fmt.Errorf("unknown bbolt version %d", le.Uint32(m[4:]))
	}
	h := fnv.New64a()
	h.Write(m[:metaChecksumAt])
	if h.Sum64() != le.Uint64(m[metaChecksumAt:]) {
		return meta{}, errors.New("checksum mismatch")
	}
	return meta{pageSize: le.Uint32(m[8:]), hwm: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}, nil
}

// checkMeta reads both meta pages of a bbolt file before bbolt maps it:
// each must be valid, and the pages they claim must lie within the file.
// bbolt itself would quietly fall back to the other meta page (and an
// older transaction) when one is damaged, and fault reading a truncated
// file.
func checkMeta(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	size := fi.Size()
	page0 := make([]byte, minPageSize)
	if _, err := io.ReadFull(f, page0); err != nil {
		return fmt.Errorf("the file is %d bytes, too short to be a store", size)
	}
	m0, err0 := readMeta(page0)
	pageSize := int64(os.Getpagesize())
	if err0 == nil {
		pageSize = int64(m0.pageSize)
	}
	if pageSize < minPageSize || pageSize > 1<<20 {
		return fmt.Errorf("meta page 0 gives an impossible page size %d", pageSize)
	}
	page1 := make([]byte, minPageSize)
	_, err1 := f.ReadAt(page1, pageSize)
	var m1 meta
	if err1 == nil {
		m1, err1 = readMeta(page1)
	} else {
		err1 = fmt.Errorf("missing: the file is %d bytes", size)
	}
	var problems []error
	if err0 != nil {
		problems = append(problems, fmt.Errorf("meta page 0: %w", err0))
	}
	if err1 != nil {
		problems = append(problems, fmt.Errorf("meta page 1: %w", err1))
	}
	for i, m := range []meta{m0, m1} {
		if []error{err0, err1}[i] != nil {
			continue
		}
		if m.pageSize != uint32(pageSize) {
			problems = append(problems, fmt.Errorf("meta page %d: page size %d, but meta page 0 says %d", i, m.pageSize, pageSize))
		} else if need := int64(m.hwm) * pageSize; m.hwm < 2 || need > size || need < 0 {
			problems = append(problems, fmt.Errorf("meta page %d: %d pages in use (%d bytes), but the file is %d bytes: it was truncated or the page count is wrong", i, m.hwm, need, size))
		}
	}
	return errors.Join(problems...)
}

// walk reads every bucket, key and value reachable in db, in the calling
// goroutine, so that a damaged page panics or faults (see guard) here and
// not in the goroutine of bbolt's own check.
func walk(db *bbolt.DB) error {
	return db.View(func(tx *bbolt.Tx) error {
		var visit func(b *bbolt.Bucket) error
		visit = func(b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if v == nil {
					if sub := b.Bucket(k); sub != nil {
						return visit(sub)
					}
				}
				return nil
			})
		}
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error { return visit(b) })
	})
}
