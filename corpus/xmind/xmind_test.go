package xmind

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// xmindFile makes a zip of parts (name to content), in the order of their
// names.
func xmindFile(tb testing.TB, parts map[string]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(parts)) {
		f, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		f.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// zenMap is a map as Xmind 2020 and later save it (content.json, with
// ids, classes, markers, a theme and the extensions it writes beside the
// topics), a student's map of a chapter: two sheets, topics three levels
// deep with notes, labels and a marker, a main topic with nothing under
// it, floating topics, a summary, a topic whose title is styled word by
// word, notes in HTML alone.
const zenMap = `[{"id":"2c1f","class":"sheet","title":"Map 1","rootTopic":{"id":"r1","class":"topic","title":"Fundamental Rights",
 "structureClass":"org.xmind.ui.map.clockwise","labels":["Polity","GS II"],
 "notes":{"plain":{"content":"Part III of the Constitution, Articles 12 to 35.\nBorrowed from the US Bill of Rights."},"realHTML":{"content":"<div>Part III of the Constitution, Articles 12 to 35.</div><div>Borrowed from the US Bill of Rights.</div>"}},
 "children":{"attached":[
  {"id":"a1","class":"topic","title":"Right to Equality","notes":{"plain":{"content":"Articles 14 to 18."}},"children":{"attached":[
   {"id":"a11","title":"Article 14: equality before law","labels":["Prelims"],"markers":[{"markerId":"priority-1"}],"children":{"attached":[
    {"id":"a111","title":"Rule of law"},
    {"id":"a112","title":"Reasonable classification","notes":{"plain":{"content":"The State may classify for a reasonable object."}}}]}},
   {"id":"a12","attributedTitle":[{"text":"Article 17: "},{"text":"untouchability abolished","fontWeight":"bold"}],
    "notes":{"realHTML":{"content":"<div>Protection of Civil Rights Act, 1955.</div>"}}}],
   "summary":[{"id":"s1","title":"Equality of opportunity in public employment: Article 16"}]},
   "summaries":[{"id":"x","range":"(0,1)","topicId":"s1"}]},
  {"id":"a2","title":"Article 32 is the heart and soul of the Constitution","markers":[{"markerId":"star-red"}]},
  {"id":"a3","title":"Right to Freedom","children":{"attached":[
   {"id":"a31","title":"Article 19: six freedoms"},
   {"id":"a32","title":"Article 21: life and\npersonal liberty","children":{"attached":[{"id":"a321","title":"Maneka Gandhi case, 1978","labels":["PYQ 2019"]}]}}]}}],
  "detached":[{"id":"d1","title":"Doubts","position":{"x":300,"y":-200},"children":{"attached":[{"id":"d11","title":"Is Article 21A a Fundamental Right?"}]}}]}},
 "extensions":[{"provider":"org.xmind.ui.skeleton.structure.style","content":{"centralTopic":"org.xmind.ui.map.clockwise"}}],
 "theme":{"id":"t","centralTopic":{"properties":{"fo:font-size":"30pt"}}},"topicPositioning":"fixed"},
 {"id":"2c20","class":"sheet","title":"Map 2","rootTopic":{"id":"r2","class":"topic","title":"Writs",
  "notes":{"realHTML":{"content":"<div>Issued by the Supreme Court under Article 32 &amp; High Courts under Article 226.</div>"}},
  "children":{"attached":[
   {"id":"w1","title":"Habeas corpus","children":{"attached":[{"id":"w11","title":"to have the body"},{"id":"w12","title":"against the State and private persons"}]}},
   {"id":"w2","title":"Mandamus","children":{"attached":[{"id":"w21","title":"we command"}]}}]}}}]`

// xmind8Map is zenMap as Xmind 8 saves it (content.xml), but for what
// Xmind 8 has not: a title styled word by word, notes in HTML alone (its
// notes have a plain text beside the HTML).
const xmind8Map = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:xlink="http://www.w3.org/1999/xlink" modified-by="student" timestamp="1700000000000" version="2.0">
<sheet id="2c1f" modified-by="student" theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1700000000000">
<topic id="r1" modified-by="student" structure-class="org.xmind.ui.map.clockwise" timestamp="1700000000000"><title>Fundamental Rights</title>
<notes><html><xhtml:p>Part III of the Constitution, Articles 12 to 35.</xhtml:p><xhtml:p>Borrowed from the US Bill of Rights.</xhtml:p></html><plain>Part III of the Constitution, Articles 12 to 35.
Borrowed from the US Bill of Rights.</plain></notes>
<labels><label>Polity</label><label>GS II</label></labels>
<children><topics type="attached">
 <topic id="a1"><title>Right to Equality</title><notes><plain>Articles 14 to 18.</plain></notes>
  <children><topics type="attached">
   <topic id="a11"><title>Article 14: equality before law</title><marker-refs><marker-ref marker-id="priority-1"/></marker-refs><labels><label>Prelims</label></labels>
    <children><topics type="attached"><topic id="a111"><title>Rule of law</title></topic>
     <topic id="a112"><title>Reasonable classification</title><notes><plain>The State may classify for a reasonable object.</plain></notes></topic></topics></children></topic>
   <topic id="a12"><title svg:width="300">Article 17: untouchability abolished</title><notes><html><xhtml:p>Protection of Civil Rights Act, 1955.</xhtml:p></html></notes></topic>
  </topics><topics type="summary"><topic id="s1"><title>Equality of opportunity in public employment: Article 16</title></topic></topics></children>
  <summaries><summary id="x" range="(0,1)" topic-id="s1"/></summaries></topic>
 <topic id="a2"><title>Article 32 is the heart and soul of the Constitution</title><marker-refs><marker-ref marker-id="star-red"/></marker-refs></topic>
 <topic id="a3"><title>Right to Freedom</title><children><topics type="attached">
  <topic id="a31"><title>Article 19: six freedoms</title></topic>
  <topic id="a32"><title>Article 21: life and
personal liberty</title><children><topics type="attached"><topic id="a321"><title>Maneka Gandhi case, 1978</title><labels><label>PYQ 2019</label></labels></topic></topics></children></topic>
 </topics></children></topic>
</topics><topics type="detached"><topic id="d1"><position svg:x="300" svg:y="-200"/><title>Doubts</title><children><topics type="attached"><topic id="d11"><title>Is Article 21A a Fundamental Right?</title></topic></topics></children></topic></topics></children>
</topic><title>Map 1</title></sheet>
<sheet id="2c20"><topic id="r2"><title>Writs</title><notes><plain>Issued by the Supreme Court under Article 32 &amp; High Courts under Article 226.</plain></notes>
<children><topics type="attached">
 <topic id="w1"><title>Habeas corpus</title><children><topics type="attached"><topic id="w11"><title>to have the body</title></topic><topic id="w12"><title>against the State and private persons</title></topic></topics></children></topic>
 <topic id="w2"><title>Mandamus</title><children><topics type="attached"><topic id="w21"><title>we command</title></topic></topics></children></topic>
</topics></children></topic><title>Map 2</title></sheet>
</xmap-content>`

// zenWarning is the content.xml Xmind 2020 and later write beside
// content.json for Xmind 8 to show.
const zenWarning = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" version="2.0"><sheet id="s"><topic id="t"><title>Warning
This file can not be opened normally, please do not modify and save, otherwise the contents will be permanently lost！
You can try using XMind 8 Update 3 or later version to open</title></topic><title>Sheet 1</title></sheet></xmap-content>`

// wantMap is what zenMap and xmind8Map give.
var wantMap = []string{
	"Fundamental Rights › Definition › 1: Part III of the Constitution, Articles 12 to 35.\nBorrowed from the US Bill of Rights. (sheet 1)",
	"Fundamental Rights › Definition › 2: Article 32 is the heart and soul of the Constitution (sheet 1)",
	"Fundamental Rights › Right to Equality › 1: Articles 14 to 18. (sheet 1)",
	"Fundamental Rights › Right to Equality › 2: Article 14: equality before law [Prelims]\n- Rule of law\n- Reasonable classification. The State may classify for a reasonable object. (sheet 1)",
	"Fundamental Rights › Right to Equality › 3: Article 17: untouchability abolished. Protection of Civil Rights Act, 1955. (sheet 1)",
	"Fundamental Rights › Right to Equality › 4: Equality of opportunity in public employment: Article 16 (sheet 1)",
	"Fundamental Rights › Right to Freedom: - Article 19: six freedoms\n- Article 21: life and personal liberty\n  - Maneka Gandhi case, 1978 [PYQ 2019] (sheet 1)",
	"Fundamental Rights › Doubts: Is Article 21A a Fundamental Right? (sheet 1)",
	"Fundamental Rights › Writs: Issued by the Supreme Court under Article 32 & High Courts under Article 226. (sheet 2)",
	"Fundamental Rights › Writs › Habeas corpus: - to have the body\n- against the State and private persons (sheet 2)",
	"Fundamental Rights › Writs › Mandamus: we command (sheet 2)",
}

// TestMindMap reads a map saved by Xmind 2020 (content.json, the warning
// for Xmind 8 beside it) and the same map saved by Xmind 8 (content.xml)
// to the same sections and passages.
func TestMindMap(t *testing.T) {
	for name, parts := range map[string]map[string]string{
		"zen.xmind": {"content.json": zenMap, "content.xml": zenWarning, "metadata.json": `{"creator":{"name":"Vana","version":"24.01"}}`,
			"manifest.json": `{"file-entries":{"content.json":{},"metadata.json":{},"Thumbnails/thumbnail.png":{}}}`},
		"xmind8.xmind": {"content.xml": xmind8Map, "meta.xml": `<meta xmlns="urn:xmind:xmap:xmlns:meta:2.0" version="2.0"/>`,
			"META-INF/manifest.xml": `<manifest xmlns="urn:xmind:xmap:xmlns:manifest:1.0"><file-entry full-path="content.xml" media-type="text/xml"/></manifest>`},
	} {
		t.Run(name, func(t *testing.T) {
			data := xmindFile(t, parts)
			if f := corpus.FormatOf(data); f != "Xmind mind map" {
				t.Errorf("FormatOf = %q, want Xmind mind map", f)
			}
			d, got := corpustest.Placed(t, name, data)
			if !slices.Equal(got, wantMap) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantMap, "\n"))
			}
			if d.Title != "Fundamental Rights" || !slices.Equal(d.Tags, []string{"Polity", "GS II"}) || d.Unit != "sheet" || d.Format != "Xmind mind map" {
				t.Errorf("title %q, tags %q, unit %q, format %q; want Fundamental Rights, [Polity GS II], sheet, Xmind mind map", d.Title, d.Tags, d.Unit, d.Format)
			}
			var sections []string
			for _, h := range d.Outline {
				sections = append(sections, strings.Join(h.Path, " › "))
			}
			want := []string{"Definition", "Right to Equality", "Right to Freedom", "Doubts", "Writs", "Writs › Habeas corpus", "Writs › Mandamus"}
			if !slices.Equal(sections, want) {
				t.Errorf("sections %q, want %q", sections, want)
			}
		})
	}
}

// TestConvert checks the Markdown written for the cases the map above
// does not hold.
func TestConvert(t *testing.T) {
	tests := []struct {
		name, content string
		want          string
		title         string   // when set, corpus reads this title
		passages      []string // and these passages
	}{{
		name:    "an untitled central topic: the sheet's title, or the file's name",
		content: `[{"title":"Economy","rootTopic":{"title":"","children":{"attached":[{"title":"Inflation","children":{"attached":[{"title":"CPI"}]}}]}}},{"title":"","rootTopic":{"children":{"attached":[{"title":"GDP"}]}}}]`,
		want:    "# Economy\n\n## Inflation\n\n- CPI\n\n## Sheet 2\n\n- GDP\n",
	}, {
		name:    "no title at all",
		content: `[{"rootTopic":{"children":{"attached":[{"title":"Inflation"}]}}}]`,
		want:    "- Inflation\n",
	}, {
		name: "a picture topic (untitled): its notes' first line, or the topics under it",
		content: `[{"rootTopic":{"title":"Maps","children":{"attached":[{"title":"Rivers","children":{"attached":[` +
			`{"image":{"src":"xap:resources/a.png"},"notes":{"plain":{"content":"Ganga basin\nthe largest"}}},` +
			`{"image":{"src":"xap:resources/b.png"},"children":{"attached":[{"title":"Godavari"},{"title":"Krishna"}]}}]}}]}}}]`,
		want: "# Maps\n\n## Rivers\n\n- Ganga basin. the largest\n- Godavari\n- Krishna\n",
	}, {
		// A deep topic's note had been a passage apart from its title:
		// "Murder by a group …" with no "Mob lynching" to find it by.
		name: "a topic's note read on with its title, deep as it is",
		content: `[{"rootTopic":{"title":"Criminal laws","children":{"attached":[{"title":"Provisions","children":{"attached":[{"title":"BNS","children":{"attached":[` +
			`{"title":"New offences","children":{"attached":[{"title":"Mob lynching – Sec 103(2)","notes":{"plain":{"content":"Murder by a group of five or more persons on grounds of race, caste or community.\nPunishable with death or life imprisonment."}}},{"title":"Snatching – Sec 304"}]}}]}}]}}]}}}]`,
		want:     "# Criminal laws\n\n## Provisions\n\n- BNS\n  - New offences\n    - Mob lynching – Sec 103(2). Murder by a group of five or more persons on grounds of race, caste or community.\n\n      Punishable with death or life imprisonment.\n\n    - Snatching – Sec 304\n",
		title:    "Criminal laws",
		passages: []string{"Criminal laws › Provisions › 1: BNS\n- New offences\n  - Mob lynching – Sec 103(2). Murder by a group of five or more persons on grounds of race, caste or community. Punishable with death or life imprisonment.\n  - Snatching – Sec 304 (sheet 1)"},
	}, {
		name: "Markdown in titles and notes is text",
		content: `[{"rootTopic":{"title":"# Notes <b>","children":{"attached":[{"title":"Links","notes":{"plain":{"content":"# not a heading\n---"}},` +
			`"children":{"attached":[{"title":"[1] see [Art. 12](x)"},{"title":"# of rights: 6"},{"title":"- - -"}]}}]}}}]`,
		want:  "# &#35; Notes &lt;b>\n\n## Links\n\n&#35; not a heading\n\n&#45;--\n\n- &#91;1] see &#91;Art. 12](x)\n- &#35; of rights: 6\n- &#45; - -\n",
		title: "# Notes <b>",
		passages: []string{"# Notes <b> › Links › 1: # not a heading (sheet 1)", "# Notes <b> › Links › 2: --- (sheet 1)",
			"# Notes <b> › Links › 3: - [1] see [Art. 12](x)\n- # of rights: 6\n- - - - (sheet 1)"},
	}, {
		name:    "values of other types than Xmind writes are skipped",
		content: "\ufeff" + `[5,{"rootTopic":{"title":7,"labels":"x","notes":[1],"children":{"attached":[null,{"title":"Kept","children":[]},{"title":["no"]}]}}}]`,
		want:    "- Kept\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Convert(xmindFile(t, map[string]string{"content.json": tt.content}))
			if err != nil {
				t.Fatal(err)
			}
			if string(c.Text) != tt.want {
				t.Errorf("Convert() =\n%s\nwant\n%s", c.Text, tt.want)
			}
			if tt.title == "" {
				return
			}
			d, got := corpustest.Placed(t, "map.xmind", xmindFile(t, map[string]string{"content.json": tt.content}))
			if d.Title != tt.title || !slices.Equal(got, tt.passages) {
				t.Errorf("title %q, passages\n%s\nwant %q,\n%s", d.Title, strings.Join(got, "\n"), tt.title, strings.Join(tt.passages, "\n"))
			}
		})
	}
}

// TestIsXmind: a map is told by its content, not a zip of other parts
// named alike (an OpenDocument's content.xml).
func TestIsXmind(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"Xmind 2020", xmindFile(t, map[string]string{"content.json": zenMap, "content.xml": zenWarning}), true},
		{"Xmind 8", xmindFile(t, map[string]string{"content.xml": xmind8Map}), true},
		{"content.json with a BOM", xmindFile(t, map[string]string{"content.json": "\ufeff [{\"rootTopic\":{}}]"}), true},
		{"an OpenDocument", xmindFile(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": `<office:document-content/>`}), false},
		{"another content.json", xmindFile(t, map[string]string{"content.json": `{"version":2}`}), false},
		{"a zip", xmindFile(t, map[string]string{"notes.txt": "x"}), false},
		{"not a zip", []byte("PK\x03\x04content.json"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsXmind(tt.data); got != tt.want {
				t.Errorf("IsXmind() = %v, want %v", got, tt.want)
			}
		})
	}
}

// nested is content.json of a map whose topics go depth levels under its
// central topic.
func nested(depth int) string {
	return `[{"rootTopic":{"title":"Root","children":{"attached":[` + strings.Repeat(`{"title":"t","children":{"attached":[`, depth-1) +
		`{"title":"leaf"}` + strings.Repeat(`]}}`, depth-1) + `]}}}]`
}

// TestBadMaps: a clear error, never a panic, for what is no map, is
// damaged or is past the bounds.
func TestBadMaps(t *testing.T) {
	many := `[{"rootTopic":{"title":"Root","children":{"attached":[` + strings.Repeat(`{"title":"t"},`, MaxTopics) + `{"title":"t"}]}}}]`
	bomb := func(name string, size uint64) []byte { // a part whose zip says it unzips to size
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		body := []byte("[]")
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(body), CompressedSize64: 2, UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04 and then nothing"), "not an Xmind file: zip: not a valid zip file"},
		{"no map in the zip", xmindFile(t, map[string]string{"metadata.json": "{}"}), "not an Xmind file: it has neither content.json nor content.xml"},
		{"content.json cut short", xmindFile(t, map[string]string{"content.json": `[{"rootTopic":{"title":"Ro`}), "damaged Xmind file: content.json: unexpected EOF"},
		{"content.json no list", xmindFile(t, map[string]string{"content.json": `{"sheets":[]}`}), "damaged Xmind file: content.json: not a list of sheets"},
		{"content.json not JSON", xmindFile(t, map[string]string{"content.json": `[{"rootTopic":{title}}]`}), "damaged Xmind file: content.json: invalid character 't'"},
		{"content.xml cut short", xmindFile(t, map[string]string{"content.xml": `<xmap-content><sheet><topic><title>Root</title>`}), "damaged Xmind file: content.xml: XML syntax error on line 1: unexpected EOF"},
		{"content.xml of another kind", xmindFile(t, map[string]string{"content.xml": `<office:document-content/>`}), "damaged Xmind file: content.xml: not an Xmind map: it holds <document-content>"},
		{"no sheets", xmindFile(t, map[string]string{"content.json": `[{"title":"Map 1"}]`}), "the mind map has no topics"},
		{"a central topic alone", xmindFile(t, map[string]string{"content.json": `[{"rootTopic":{"title":"Polity","children":{"attached":[{"image":{}}]}}}]`}), "the mind map has nothing under its central topic"},
		{"32 levels deep is read", xmindFile(t, map[string]string{"content.json": nested(MaxDepth)}), ""},
		{"33 levels deep", xmindFile(t, map[string]string{"content.json": nested(MaxDepth + 1)}), "mind map too deep: topics more than 32 levels under the central topic"},
		{"values nested deep", xmindFile(t, map[string]string{"content.json": `[{"theme":` + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + `}]`}), "damaged Xmind file: content.json: values nested too deep"},
		{"elements nested deep", xmindFile(t, map[string]string{"content.xml": `<xmap-content>` + strings.Repeat("<a>", 10_000) + strings.Repeat("</a>", 10_000) + `</xmap-content>`}), "damaged Xmind file: content.xml: elements nested too deep"},
		{"too many topics", xmindFile(t, map[string]string{"content.json": many}), "mind map too large: more than 100000 topics"},
		{"a part said to unzip to 1 GB", bomb("content.json", 1<<30), "mind map too large: content.json unzips to 1024 MB (the limit is 64 MB)"},
		{"a part unzipping past what it says", bomb("content.xml", 1), "damaged Xmind file: content.xml: zip: not a valid zip file"},
		{"password", xmindFile(t, map[string]string{"content.json": "\x8a\x11 encrypted", "manifest.json": `{"file-entries":{"content.json":{"encryption-data":{"algorithm-name":"AES/CBC/PKCS5Padding"}}}}`}), "a password-protected Xmind file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Convert(tt.data)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Convert() error = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// TestZipBomb: a part of 64 KB that unzips to more than MaxContentBytes
// is refused before it is unzipped.
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("unzips 64 MB")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("content.json")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("["))
	spaces := bytes.Repeat([]byte(" "), 1<<20)
	for range MaxContentBytes>>20 + 1 {
		w.Write(spaces)
	}
	zw.Close()
	_, err = Convert(buf.Bytes())
	if want := "mind map too large: content.json unzips to"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Convert(%d KB unzipping to %d MB) error = %v, want one starting %q", buf.Len()>>10, MaxContentBytes>>20+1, err, want)
	}
}

// FuzzConvert: no panic whatever the bytes, and a map read has a place
// for each of its lines and some text.
func FuzzConvert(f *testing.F) {
	f.Add(xmindFile(f, map[string]string{"content.json": zenMap}))
	f.Add(xmindFile(f, map[string]string{"content.xml": xmind8Map}))
	f.Add([]byte("PK\x03\x04content.json"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := Convert(data); err == nil {
			checkConverted(t, c)
		}
	})
}

// FuzzContent: no panic whatever content.json or content.xml holds (the
// bytes of a zip rarely reach them), a map read has a place for each of
// its lines and some text, and corpus reads it, unless what it holds is
// no text (topics titled "---").
func FuzzContent(f *testing.F) {
	f.Add(zenMap, false)
	f.Add(xmind8Map, true)
	f.Add(nested(MaxDepth), false)
	f.Fuzz(func(t *testing.T, content string, xml bool) {
		name := "content.json"
		if xml {
			name = "content.xml"
		}
		data := xmindFile(t, map[string]string{name: content})
		c, err := Convert(data)
		if err != nil {
			return
		}
		checkConverted(t, c)
		if _, err := corpus.Parse("map.xmind", data); err != nil && !strings.Contains(err.Error(), "no passages") {
			t.Errorf("corpus.Parse() error = %v, want none", err)
		}
	})
}

// checkConverted: a map read has a place for each of its lines and some
// text.
func checkConverted(t *testing.T, c corpus.Converted) {
	t.Helper()
	if lines := bytes.Count(c.Text, []byte("\n")); len(c.Origin) != lines {
		t.Errorf("%d places for %d lines", len(c.Origin), lines)
	}
	if len(bytes.TrimSpace(c.Text)) == 0 {
		t.Errorf("a map with no text read")
	}
}

// BenchmarkParse reads a map of 5,000 topics (50 main topics of 10
// topics of 9 each, a note on each of the 10) and reports passages a
// second.
func BenchmarkParse(b *testing.B) {
	var mains []string
	for i := range 50 {
		var subs []string
		for j := range 10 {
			var leaves []string
			for k := range 9 {
				leaves = append(leaves, fmt.Sprintf(`{"id":"%d-%d-%d","class":"topic","title":"Point %d: the article lets Parliament make laws on the State List"}`, i, j, k, k))
			}
			subs = append(subs, fmt.Sprintf(`{"id":"%d-%d","class":"topic","title":"Provision %d of part %d","notes":{"plain":{"content":"While the proclamation is in force, for the whole country."}},"children":{"attached":[%s]}}`, i, j, j, i, strings.Join(leaves, ",")))
		}
		mains = append(mains, fmt.Sprintf(`{"id":"%d","class":"topic","title":"Part %d of the Constitution","children":{"attached":[%s]}}`, i, i, strings.Join(subs, ",")))
	}
	data := xmindFile(b, map[string]string{"content.json": `[{"id":"s","class":"sheet","title":"Map 1","rootTopic":{"id":"r","class":"topic","title":"Notes on the Constitution","children":{"attached":[` + strings.Join(mains, ",") + `]}}}]`})
	corpustest.Benchmark(b, "constitution.xmind", data)
}
