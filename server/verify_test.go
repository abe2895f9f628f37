package server

import (
	"crypto/ed25519"
	"encoding/hex"
	"math/big"
	"math/rand/v2"
	"testing"

	voied "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"
)

// TestVerifyAgreesWithStdlib: the endpoint's signature check passes and
// fails exactly the signatures crypto/ed25519 does, mangled ones and
// non-canonical ones included.
func TestVerifyAgreesWithStdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	order, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10) // L
	seed := make([]byte, ed25519.SeedSize)
	for i := range 300 {
		for j := range seed {
			seed[j] = byte(rng.Uint32())
		}
		priv := ed25519.NewKeyFromSeed(seed)
		pub := priv.Public().(ed25519.PublicKey)
		key, err := voied.NewExpandedPublicKey(voied.PublicKey(pub))
		if err != nil {
			t.Fatal(err)
		}
		msg := make([]byte, rng.IntN(300))
		for j := range msg {
			msg[j] = byte(rng.Uint32())
		}
		sig := ed25519.Sign(priv, msg)
		variants := map[string][]byte{"valid": sig}
		flipped := append([]byte(nil), sig...)
		flipped[rng.IntN(len(flipped))] ^= 1 << rng.IntN(8)
		variants["a bit flipped"] = flipped
		// S + L: the same point arithmetic, but not a canonical scalar.
		s := new(big.Int).SetBytes(reverse(sig[32:]))
		s.Add(s, order)
		if b := s.Bytes(); len(b) <= 32 {
			variants["S not reduced"] = append(append([]byte(nil), sig[:32]...), reverse(append(make([]byte, 32-len(b)), b...))...)
		}
		variants["zero"] = make([]byte, ed25519.SignatureSize)
		for name, v := range variants {
			want := ed25519.Verify(pub, msg, v)
			if got := voied.VerifyExpandedWithOptions(key, msg, v, &verifyOptions); got != want {
				t.Fatalf("case %d, %s: the endpoint's check says %v, crypto/ed25519 %v", i, name, got, want)
			}
			if name == "valid" && !want {
				t.Fatalf("case %d: a valid signature fails", i)
			}
		}
	}
}

func reverse(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[len(b)-1-i] = c
	}
	return out
}

// notAPoint returns, in hex, 32 bytes that are no point of the curve: a
// key no signature can be checked against.
func notAPoint(tb testing.TB) string {
	tb.Helper()
	b := make([]byte, 32)
	for y := range 256 {
		b[0] = byte(y)
		if _, err := voied.NewExpandedPublicKey(voied.PublicKey(b)); err != nil {
			return hex.EncodeToString(b)
		}
	}
	tb.Fatal("every key tried is a point")
	return ""
}
