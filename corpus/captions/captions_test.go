package captions

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestCaptions reads a transcript as YouTube's auto-captions write it
// (words timed in tags, each line repeated by the cue after, a cue of
// [Music]), as SubRip with speakers named at the start of their lines,
// and as Teams writes WebVTT (voices, cue names, a note, a title in the
// header): a paragraph a speaker's turn or a pause apart, a question kept
// with its answer, each cited by the time it starts.
func TestCaptions(t *testing.T) {
	for name, want := range map[string][]string{
		"youtube-auto.vtt": {
			"youtube auto › 0:00: so today we will study the lokpal which is an anti-corruption ombudsman",
			"youtube auto › 0:15: now the selection committee is chaired by the prime minister",
		},
		"lecture.srt": {
			"lecture › 0:01: Mr Rao (Faculty): Good morning. Today: the Lokpal. The Lokpal was set up under the Lokpal and Lokayuktas Act, 2013.",
			"lecture › 0:08: STUDENT: Sir, who chairs the selection committee? Mr Rao (Faculty): The Prime Minister chairs it.",
			"lecture › 0:14: STUDENT: Thank you, sir.",
			"lecture › 0:30: Mr Rao (Faculty): After the break, the Lokayuktas of the states.",
		},
		"youtube.sbv": {
			"youtube › 0:00: so today we will study the lokpal which is an anti-corruption ombudsman set up under the act of 2013",
			"youtube › 0:16: now the selection committee is chaired by the prime minister",
		},
		"lecture.ass": {
			"Polity lecture 12: the Lokpal › The Lokpal › 0:01: Asha Rao: The Lokpal has a chairperson and up to eight members. Half of the members are judicial, members.",
			"Polity lecture 12: the Lokpal › The Lokpal › 0:09: Ravi: And the CBI?",
		},
		"talk.ttml": {
			"Polity talk: the Lokpal › 1:05: Asha Rao: The Lokpal has a chairperson and up to eight members. Half of the members are judicial members.",
			"Polity talk: the Lokpal › 1:12: Ravi: And the CVC & the CBI?",
		},
		"teams.vtt": {
			"Polity lecture 12: the Lokpal › 1:05: Asha Rao: The Lokpal has a chairperson and up to eight members. Half of the members are judicial members.",
			"Polity lecture 12: the Lokpal › 1:12: Ravi: And the CVC & the CBI? Asha Rao: The Lokpal can refer cases to the CBI.",
		},
	} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if got := corpustest.Passages(t, name, data); !slices.Equal(got, want) {
			t.Errorf("%s: got\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestLongTalk: one speaker's long talk is cut into paragraphs at
// sentence ends, none over the limit.
func TestLongTalk(t *testing.T) {
	var b strings.Builder
	b.WriteString("WEBVTT\n\n")
	for i := range 60 {
		b.WriteString(corpus.Clock(2*i) + ".000 --> " + corpus.Clock(2*i+2) + ".000\n")
		b.WriteString("The Lokpal inquires into complaints against public servants, sentence " + strings.Repeat("x", i%7) + ".\n\n")
	}
	c, err := Convert([]byte(strings.ReplaceAll(b.String(), "\n0:", "\n00:")))
	if err != nil {
		t.Fatal(err)
	}
	paras := 0
	for _, l := range strings.Split(string(c.Text), "\n") {
		if l == "" || strings.HasPrefix(l, "## ") {
			continue
		}
		paras++
		if len(l) > maxParagraphChars+200 || !sentenceEnd(l) {
			t.Errorf("a paragraph of %d characters: %q…", len(l), l[:40])
		}
	}
	if paras < 4 {
		t.Errorf("%d paragraphs, want the talk cut into 4 at least", paras)
	}
}

// FuzzConvert: no panic, and a place for every line written.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"youtube-auto.vtt", "lecture.srt", "teams.vtt"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err == nil && strings.Count(string(c.Text), "\n")+1 != len(c.Origin) {
			t.Fatalf("%d origins for %q", len(c.Origin), c.Text)
		}
	})
}

// BenchmarkParse reads an hour's captions, a cue every three seconds, as
// corpus.Parse does.
func BenchmarkParse(b *testing.B) {
	var s strings.Builder
	s.WriteString("WEBVTT\n\n")
	for i := range 1200 {
		fmt.Fprintf(&s, "%d\n%s.000 --> %s.500\n<v Teacher>Point %d: the Rajya Sabha is a permanent house and a third retire every two years.</v>\n\n", i+1, stamp(3*i), stamp(3*i+2), i)
	}
	data := []byte(s.String())
	corpustest.Benchmark(b, "lecture.vtt", data)
}

// stamp writes seconds as a WebVTT time without its fraction: "01:02:03".
func stamp(s int) string { return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60) }

// TestTitledByName: captions with no title in their header are titled by
// the file's name, without the language a downloader adds to it.
func TestTitledByName(t *testing.T) {
	data, err := os.ReadFile("testdata/youtube-auto.vtt")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"federalism-lecture-3.en.vtt": "federalism lecture 3", "polity_12.hi-IN.vtt": "polity 12", "Rajya Sabha.srt": "Rajya Sabha"} {
		d, err := corpus.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != want {
			t.Errorf("%s is titled %q, want %q", name, d.Title, want)
		}
	}
}

// TestCuesMarked: each cue of a paragraph marks where its text starts in
// the passage, named by its time, so an answer can cite the cue said,
// in captions titled by their header and by their file's name alike; the
// line auto-captions repeat is no cue of its own.
func TestCuesMarked(t *testing.T) {
	for name, want := range map[string][]string{
		"youtube-auto.vtt": {"0:00 so today we", "0:03 which is an", "|", "0:15 now the selection"},
		"teams.vtt":        {"1:05 The Lokpal has", "1:09 Half of the", "|", "1:12 And the CVC", "1:14 The Lokpal can"},
	} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := corpus.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i, p := range d.Passages {
			if i > 0 {
				got = append(got, "|")
			}
			for _, m := range p.Marks {
				words := strings.Fields(p.Text[m.At:])
				got = append(got, m.Name()+" "+strings.Join(words[:min(3, len(words))], " "))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: marks %q, want %q", name, got, want)
		}
	}
}

// TestAnnouncedTopics: a topic the teacher announces heads the lecture's
// paragraphs until the next, each still cited by its time ("lecture ›
// the Kol uprising › 1:10"); a sentence after "now", the next class or a
// place is no topic.
func TestAnnouncedTopics(t *testing.T) {
	for text, want := range map[string]string{
		"now topic number one, the Kol uprising of 1831 to 32":            "the Kol uprising of 1831 to 32",
		"point number one background, the damin-i-koh":                    "background, the damin-i-koh",
		"point number five results, and this is where the questions come": "results",
		"Point two: unequal representation of states, so small states":    "unequal representation of states",
		"now the main topic of today, the Santhal Hul of 1855 to 56":      "the Santhal Hul of 1855 to 56",
		"Now let's come to the composition. Write down Article 80.":       "the composition",
		"So first, let's start with the background, how this came about.": "the background",
		"Now the shadow zone, a prelims favourite.":                       "the shadow zone",
		"now the in the news part, very important for 2025 prelims":       "the in the news part",
		"now in the news, the 170th anniversary":                          "in the news",
		"Now the Constitution does not fix the term of a member.":         "",
		"now the NPT stands on three pillars okay":                        "",
		"now in Sahibganj district of Jharkhand, there was a meeting":     "",
		"next class is fully on Birsa, the CNT Act":                       "",
		"Now why does stress build up at all? Plate":                      "",
		"part one what is antimicrobial resistance":                       "what is antimicrobial resistance",
		"Next, two words that every batch mixes up.":                      "",
		"okay first point Basel Committee on Banking Supervision":         "Basel Committee on Banking Supervision",
		"now Basel two": "", // no phrase ends: a sentence may go on in the next cue
		"moving on. topic two: the Kannauj assembly, 643 CE":                                           "the Kannauj assembly, 643 CE",
		"topic three: the Prayag assembly, the Mahamoksha Parishad, the great assembly of deliverance": "the Prayag assembly",
		"now someone's asking in chat, sir is Xuanzang reliable? good question":                        "",
		"Now the coastline is 11,098 km, after a fresh measurement":                                    "",
		"Next, the 2,000 km Ganga waterway, a prelims favourite.":                                      "the 2,000 km Ganga waterway",
		"topic four, the big one: the Justice Varma case. Listen carefully.":                           "the big one: the Justice Varma case",
		"topic two: why the MoP got stuck. After 2015 the government asked for changes":                "why the MoP got stuck",
		"Next, the Exclusive Economic Zone, over 2 million square kilometres.":                         "the Exclusive Economic Zone",
		// a meeting's agenda, announced after another sentence in the cue
		"Okay, agenda item one, how the committee was set up. Fatima, you take it.":                "how the committee was set up",
		"We'll come to that in item four. Agenda item two, Dyer's evidence. Arjun, this is yours.": "Dyer's evidence",
		"Okay, last item, answer writing and homework.":                                            "answer writing and homework",
		// a lecture's slide, named as the teacher moves to it
		"Slide one. Why Part IV needs judges at all.": "Why Part IV needs judges at all",
		// a number's point ends no topic
		"okay so part four gst 2.0 and the new slabs. From 22 September": "gst 2.0 and the new slabs",
	} {
		if got, _ := announced(text, false); got != want {
			t.Errorf("announced(%q) = %q, want %q", text, got, want)
		}
	}
	// Auto-captions end no phrase: a cue of a few words after "now", "next"
	// or "ab" announces them, unless they break off ("… the"); a part
	// announced by its number is named up to a word that goes on about it.
	for text, want := range map[string]string{
		"now Basel two":                                      "Basel two",
		"next PCA prompt corrective action":                  "PCA prompt corrective action",
		"chalo ab doubt session":                             "doubt session",
		"now it is very clear":                               "",
		"ab dekho risk weight":                               "",
		"ab risk weighted assets kya hai ye samjho dhyan se": "",
		"now jet streams part two the":                       "", // a sentence cut at the cue's end
		"okay now the two branches once the":                 "",
		"last part before we finish what":                    "",
		// a part announced by its number, and the talk the cue runs on into
		"part three vihara vihara is simply the":    "vihara",
		"part four india's response so let's go":    "india's response",
		"part one what is antimicrobial resistance": "what is antimicrobial resistance",
		"first point where did the idea come from":  "where did the idea come from", // a question may end in "from"
		"last point what is it made of and":         "",
		"now within each province the seats":        "", // a place, not a topic
	} {
		if got, _ := announced(text, true); got != want {
			t.Errorf("announced(%q) in auto-captions = %q, want %q", text, got, want)
		}
	}
	data := []byte("WEBVTT\n\n00:00:04.000 --> 00:00:08.000\nhello everyone, today tribal revolts\n\n" +
		"00:00:10.000 --> 00:00:15.000\nnow topic number one, the Kol uprising of 1831 to 32\n\n" +
		"00:00:15.500 --> 00:00:20.000\nthe Mundas and Oraons rose against the thikadars\n\n" +
		"00:00:30.000 --> 00:00:35.000\nthe British made it a non-regulation agency in 1833\n")
	got := corpustest.Passages(t, "lecture.vtt", data)
	want := []string{"lecture › 0:04: hello everyone, today tribal revolts",
		"lecture › the Kol uprising of 1831 to 32 › 0:10: now topic number one, the Kol uprising of 1831 to 32 the Mundas and Oraons rose against the thikadars",
		"lecture › the Kol uprising of 1831 to 32 › 0:30: the British made it a non-regulation agency in 1833"}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var auto strings.Builder
	cue := func(n int, text string) {
		fmt.Fprintf(&auto, "%d\n00:%02d:%02d,000 --> 00:%02d:%02d,500\n%s\n\n", n, n/60, n%60, n/60, n%60, text)
	}
	cue(1, "hello everyone aaj hum padhenge Basel norms")
	for i := 2; i < 40; i++ {
		cue(i, fmt.Sprintf("Basel one mein sirf credit risk tha aur risk weight %d percent tha", i))
	}
	cue(40, "now Basel two")
	cue(41, "Basel two mein teen pillars aaye")
	got = corpustest.Passages(t, "basel.srt", []byte(auto.String()))
	if len(got) < 3 || !strings.HasPrefix(got[len(got)-1], "basel › Basel two › 0:40: now Basel two Basel two mein teen pillars") {
		t.Errorf("auto-captions: the topic announced, or its passage, is lost:\n%s", strings.Join(got, "\n"))
	}
	for _, p := range got {
		if len(p) > 700 {
			t.Errorf("auto-captions: a passage of %d bytes, cut at no sentence's end: %.80s…", len(p), p)
		}
	}
}

// TestChapterNotes: a NOTE that marks a chapter ("NOTE Chapter 3: Seismic
// waves (03:50)") heads the cues after it, its time left out; a topic the
// teacher announces in it is its part; other notes are left out.
func TestChapterNotes(t *testing.T) {
	data := []byte("WEBVTT\n\nNOTE\nLecture 14 - Earthquakes\n\nNOTE Chapter 1: Why the earth shakes (00:05)\n\n" +
		"00:00:05.000 --> 00:00:09.000\n<v Teacher>Today we start with the plates.\n\n" +
		"00:00:10.000 --> 00:00:15.000\n<v Teacher>Now the boundaries, a prelims favourite.\n\n" +
		"00:00:15.500 --> 00:00:20.000\n<v Teacher>Plates meet at three kinds of boundaries.\n\n" +
		"NOTE Chapter 2: Seismic waves (P, S and L waves) (00:30)\n\n" +
		"00:00:30.000 --> 00:00:35.000\n<v Teacher>Now seismic waves, the heart of the topic.\n\n" +
		"00:00:35.500 --> 00:00:40.000\n<v Teacher>P waves travel through solids and liquids.\n")
	got := corpustest.Passages(t, "quake.vtt", data)
	want := []string{
		"quake › Chapter 1: Why the earth shakes › 0:05: Today we start with the plates.",
		"quake › Chapter 1: Why the earth shakes › the boundaries › 0:10: Now the boundaries, a prelims favourite. Plates meet at three kinds of boundaries.",
		"quake › Chapter 2: Seismic waves (P, S and L waves) › 0:30: Now seismic waves, the heart of the topic. P waves travel through solids and liquids.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestListedChapters: a note that lists the chapters with their times,
// as a podcast's show notes give them ("00:41 Why a base year at all"),
// opens each chapter at the first cue said at its time or after.
func TestListedChapters(t *testing.T) {
	data := []byte("WEBVTT\n\nNOTE\nArth Samvad · Episode 47\n\nNOTE Chapters\n00:00 Cold open\n00:10 Why a base year at all\n01:02:00 Listener question\n\n" +
		"00:00:01.000 --> 00:00:05.000\n<v Kavya>The base year moves to 2022-23.\n\n" +
		"00:00:11.000 --> 00:00:15.000\n<v Rohan>A base year is the year whose prices measure real growth.\n\n" +
		"01:02:03.000 --> 01:02:08.000\n<v Listener>Will the growth numbers change?\n")
	got := corpustest.Passages(t, "ep47.vtt", data)
	want := []string{
		"ep47 › Cold open › 0:01: Kavya: The base year moves to 2022-23.",
		"ep47 › Why a base year at all › 0:11: Rohan: A base year is the year whose prices measure real growth.",
		"ep47 › Listener question › 1:02:03: Listener: Will the growth numbers change?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSlideCues: a cue that shows the slide on screen in brackets, its
// line wrapped or not ("[SLIDE: BACKGROUND -" over "FROM DIWANI TO
// DECENNIAL]", "[ON SCREEN: PART 2 - …]", the board set at the top of the
// screen, "{\an8}[BOARD: …]"), heads the cues after it, as a
// chapter's note does; other bracketed cues ("[Music]") are left out. A
// caption writer's speakers are named as the HTML escape of ">>" marks
// them in WebVTT ("&gt;&gt; ANKIT:").
func TestSlideCues(t *testing.T) {
	vtt := []byte("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n[MUSIC]\n\n" +
		"00:00:04.450 --> 00:00:08.545\n&gt;&gt; ANKIT: Hello everyone, and\nwelcome back.\n\n" +
		"00:00:08.545 --> 00:00:12.000\n&gt;&gt; SHRUTI: Keep your questions coming.\n\n" +
		"00:00:12.000 --> 00:00:15.000\n[ON SCREEN: PART 2 - INDIA'S MARITIME\nASSETS]\n\n" +
		"00:00:15.000 --> 00:00:19.000\n&gt;&gt; ANKIT: The coastline is now 11,098 km.\n\n" +
		"00:00:19.000 --> 00:00:22.000\n&gt;&gt; SHRUTI: Since when?\n")
	gotVTT := corpustest.Passages(t, "class.vtt", vtt)
	// WhisperX's labels: "[SPEAKER_00]: …"
	srt := []byte("1\n00:00:04,860 --> 00:00:10,795\n[SPEAKER_00]: Good evening, everyone. This is polity, part five.\n\n" +
		"2\n00:00:34,198 --> 00:00:37,502\n[SPEAKER_00]: So, topic one: what is the Memorandum of Procedure?\n\n" +
		"3\n00:00:37,718 --> 00:00:46,106\n[SPEAKER_00]: It lays down how an appointment file moves.\n\n" +
		"4\n00:00:46,300 --> 00:00:48,000\n[SPEAKER_01]: Sir, is it a law?\n\n" +
		"5\n00:00:48,200 --> 00:00:51,000\n[SPEAKER_00]: No, an agreed executive document.\n\n" +
		"6\n00:00:51,200 --> 00:00:53,000\n[SPEAKER_01]: Okay sir, noted.\n")
	if got := corpustest.Passages(t, "mop.srt", srt); len(got) < 2 || !strings.HasPrefix(got[1], "mop › what is the Memorandum of Procedure › 0:34: SPEAKER_00: So, topic one") {
		t.Errorf("WhisperX's speakers and the topic announced:\n%s", strings.Join(got, "\n"))
	}
	wantVTT := []string{
		"class › 0:04: ANKIT: Hello everyone, and welcome back.",
		"class › 0:08: SHRUTI: Keep your questions coming.",
		"class › PART 2 - INDIA'S MARITIME ASSETS › 0:15: ANKIT: The coastline is now 11,098 km.",
		"class › PART 2 - INDIA'S MARITIME ASSETS › 0:19: SHRUTI: Since when?",
	}
	if !slices.Equal(gotVTT, wantVTT) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(gotVTT, "\n"), strings.Join(wantVTT, "\n"))
	}

	data := []byte("\ufeff1\r\n00:00:01,000 --> 00:00:04,000\r\n[Music]\r\n\r\n" +
		"2\r\n00:00:05,000 --> 00:00:07,000\r\n[SLIDE: PERMANENT\r\nSETTLEMENT - WHAT IS IT?]\r\n\r\n" +
		"3\r\n00:00:07,500 --> 00:00:12,000\r\nSo first the definition. Write it down exactly.\r\n\r\n" +
		"4\r\n00:00:40,000 --> 00:00:42,000\r\n{\\an8}[BOARD: SHORE VS GRANT]\r\n\r\n" +
		"5\r\n00:00:42,500 --> 00:00:47,000\r\nJohn Shore wanted ten years first; James Grant said the state owned the land.\r\n")
	got := corpustest.Passages(t, "settlement.srt", data)
	want := []string{
		"settlement › PERMANENT SETTLEMENT - WHAT IS IT? › 0:07: So first the definition. Write it down exactly.",
		"settlement › SHORE VS GRANT › 0:42: John Shore wanted ten years first; James Grant said the state owned the land.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTopicsOfAPart: a topic announced by "now" while a part announced by
// its number is under way is a topic of that part, until the next part.
func TestTopicsOfAPart(t *testing.T) {
	data := []byte("1\n00:00:05,000 --> 00:00:09,000\npart two, the Nagoya Protocol. It came in 2010.\n\n" +
		"2\n00:00:15,000 --> 00:00:18,000\nokay now prelims trap, very important.\n\n" +
		"3\n00:00:18,500 --> 00:00:22,000\nDo not confuse it with the Kuala Lumpur protocol.\n\n" +
		"4\n00:00:30,000 --> 00:00:34,000\npart three, the global framework. It has 23 targets.\n")
	got := corpustest.Passages(t, "lecture.srt", data)
	want := []string{
		"lecture › the Nagoya Protocol › 0:05: part two, the Nagoya Protocol. It came in 2010.",
		"lecture › the Nagoya Protocol › prelims trap › 0:15: okay now prelims trap, very important. Do not confuse it with the Kuala Lumpur protocol.",
		"lecture › the global framework › 0:30: part three, the global framework. It has 23 targets.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTopicsOfANumberedPart: in auto-captions, a topic announced by "now"
// between two parts announced by their numbers, one after the other, is a
// topic of the first; after the last numbered part, with no part after it,
// it is a part of its own.
func TestTopicsOfANumberedPart(t *testing.T) {
	cue := func(at int, text string) string {
		return fmt.Sprintf("00:00:%02d.000 --> 00:00:%02d.500\n%s\n\n", at, at+2, text)
	}
	data := []byte("WEBVTT\n\n" + cue(1, "so first topic andaman and nicobar islands") + cue(4, "a chain of 572 islands in the bay of bengal") +
		cue(8, "now channels") + cue(11, "the ten degree channel separates the two groups") +
		cue(15, "second topic lakshadweep") + cue(18, "thirty six islands all coral atolls") +
		cue(22, "now minicoy") + cue(25, "the southernmost island of the group"))
	got := corpustest.Passages(t, "lecture.vtt", data)
	want := []string{
		"lecture › andaman and nicobar islands › 0:01: so first topic andaman and nicobar islands a chain of 572 islands in the bay of bengal",
		"lecture › andaman and nicobar islands › channels › 0:08: now channels the ten degree channel separates the two groups",
		"lecture › lakshadweep › 0:15: second topic lakshadweep thirty six islands all coral atolls",
		"lecture › minicoy › 0:22: now minicoy the southernmost island of the group",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOtherFormatsDamaged: SubStation and TTML captions that cannot be
// read say where and why.
func TestOtherFormatsDamaged(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"no format":  {"[Script Info]\nTitle: x\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hello\n", "line 5: a Dialogue line before the [Events] Format line"},
		"bad time":   {"[Script Info]\n[Events]\nFormat: Layer, Start, End, Style, Text\nDialogue: 0,soon,0:00:02.00,Default,Hello\n", `line 4: "soon" is not a time (h:mm:ss.cc)`},
		"few fields": {"[Script Info]\n[Events]\nFormat: Layer, Start, End, Style, Text\nDialogue: 0,0:00:01.00\n", "line 4: a Dialogue line with 2 fields, the Format names 5"},
		"no times":   {`<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p>Hello</p></div></body></tt>`, "line 1: a caption (<p>) without begin and end times"},
		"cut off":    {`<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">Hello`, "damaged TTML: XML syntax error on line 1: unexpected EOF"},
	} {
		if _, err := Convert([]byte(c.data)); err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}
