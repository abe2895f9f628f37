package index_test

import (
	"context"
	"testing"
)

// lecture is a lecture's captions: one paragraph of four cues, then,
// after a pause, another.
const lecture = `WEBVTT

00:02:41.000 --> 00:02:46.000
okay now India's first test was in 1974 at Pokhran

00:02:46.000 --> 00:02:51.000
code name Smiling Buddha and India called it peaceful

00:02:51.000 --> 00:02:57.000
the team was led by Raja Ramanna of BARC

00:02:57.000 --> 00:03:03.000
and the plutonium came from the CIRUS reactor supplied by Canada

00:03:30.000 --> 00:03:36.000
next the CTBT bans all nuclear explosions everywhere

00:03:36.000 --> 00:03:42.000
and India was the first to call for a test ban in 1954
`

// TestCitedByCue: a lecture's answer cites the moment its question's
// words are said, the rarest counting most, not where the paragraph
// starts; and "what is said at 2:53" is the cue said then.
func TestCitedByCue(t *testing.T) {
	ix := filesIndex(t, map[string][]byte{"nuclear-lecture.vtt": []byte(lecture)})
	checkCited(t, ix, map[string]string{
		"where did the plutonium for india's first device come from": "nuclear lecture › 2:57",
		"who led the team at BARC":                                   "nuclear lecture › 2:51",
		"what did india call its first test":                         "nuclear lecture › 2:41",
		"what is said at 2:53 in the lecture":                        "nuclear lecture › 2:51",
		"what does sir say at 3:33":                                  "nuclear lecture › 3:30",
	})
	ans, err := ix.Search(context.Background(), "what is said at 2:53 in the lecture", 3)
	if err != nil {
		t.Fatal(err)
	}
	if r := ans.Results[0]; len(r.Highlights) != 1 || r.Text[r.Highlights[0].Start:r.Highlights[0].End] != "the team was led by Raja Ramanna of BARC" {
		t.Errorf("at 2:53 emphasises %v of %q, want the cue said then", r.Highlights, r.Text)
	}
	// 9:00 is after the lecture ends: the moment is in none of it.
	ans, err = ix.Search(context.Background(), "what is said at 9:00 in the lecture", 3)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Answered {
		t.Errorf("9:00, after the lecture ends: answered %v", citations(ans))
	}
}
