package cherrytree

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notebook is a student's notebook as CherryTree 1.x saves it: one node
// at the top, its tags, ids, dates and icons; its text opening with its
// name again as a heading, then a list; a node with a heading in its
// text, bold and a link, a picture and a table (its header row written
// last) anchored in the text; a node whose list is numbered, nested,
// continued on a line of its own and ticked, with a code box; a node
// under it; a node of plain text with a rule drawn in it, and a node of
// code.
const notebook = `<?xml version="1.0" encoding="UTF-8"?>
<cherrytree>
  <bookmarks list="3"/>
  <node name="Fundamental Rights" unique_id="1" prog_lang="custom-colors" tags="polity gs2" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="1" foreground="" ts_creation="1718000000" ts_lastsave="1718090000">
    <rich_text scale="h1" weight="heavy">Fundamental Rights</rich_text>
    <rich_text>
Part III of the Constitution, Articles 12 to 35, is the Magna Carta of India.
Features:
• Some are available only to citizens, others to any person.
• They are not absolute: the State may impose reasonable restrictions.
</rich_text>
    <node name="Right to Equality (Art. 14–18)" unique_id="2" prog_lang="custom-colors" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1718000100" ts_lastsave="1718000900">
      <rich_text scale="h2">Article 14</rich_text>
      <rich_text>
The State shall not deny to any person </rich_text>
      <rich_text weight="heavy">equality before the law</rich_text>
      <rich_text> or the </rich_text>
      <rich_text weight="heavy">equal protection of the laws</rich_text>
      <rich_text> within the territory of India.
Read with the </rich_text>
      <rich_text link="webs https://www.constitutionofindia.net/articles/article-14/">text on Constitution of India</rich_text>
      <rich_text>.

Flowchart from class:

Articles at a glance:

Article 17 abolishes untouchability and forbids its practice in any form.</rich_text>
      <encoded_png char_offset="209" justification="left" link="">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==</encoded_png>
      <table char_offset="233" justification="left" col_min="40" col_max="400" col_widths="0,0">
        <row>
          <cell>14</cell>
          <cell>Equality before law</cell>
        </row>
        <row>
          <cell>15</cell>
          <cell>No discrimination on grounds of religion, race, caste, sex or place of birth</cell>
        </row>
        <row>
          <cell>Article</cell>
          <cell>Provision</cell>
        </row>
      </table>
    </node>
    <node name="Right to Freedom (Art. 19–22)" unique_id="3" prog_lang="custom-colors" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="#ff0000" ts_creation="1718001000" ts_lastsave="1718002000">
      <rich_text>Article 19 protects six freedoms of citizens:
1. speech and expression;
2. assembly, peaceably and without arms;
3. association or union, or co-operative societies;
   • reasonable restrictions under Art. 19(4)
      in the interests of sovereignty and integrity of India
4. movement, residence and profession.
Mnemonic for the freedoms:

</rich_text>
      <rich_text foreground="#ff0000">☐ Revise Maneka Gandhi (1978)</rich_text>
      <rich_text>
☑ Read A.K. Gopalan (1950)</rich_text>
      <codebox char_offset="338" justification="left" frame_width="300" frame_height="100" width_in_pixels="1" syntax_highlighting="plain-text" highlight_brackets="0" show_line_numbers="0">SAAMRP: Speech, Assembly, Association,
Movement, Residence, Profession</codebox>
      <node name="Article 21" unique_id="4" prog_lang="custom-colors" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1718003000" ts_lastsave="1718003000">
        <rich_text>No person shall be deprived of his life or personal liberty except according to procedure established by law.
</rich_text>
        <rich_text link="node 2">See Article 14</rich_text>
        <rich_text>: the procedure must be fair, just and reasonable (Maneka Gandhi, 1978</rich_text>
        <rich_text scale="sup">1</rich_text>
        <rich_text>).</rich_text>
      </node>
    </node>
    <node name="Doctrine of eclipse" unique_id="5" prog_lang="plain-text" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1718004000" ts_lastsave="1718004000">
      <rich_text>A pre-constitutional law that violates a Fundamental Right is not void ab initio but eclipsed.
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# Bhikaji Narain v. State of M.P. (1955) held that an amendment removes the shadow.</rich_text>
    </node>
    <node name="Counting the rights" unique_id="6" prog_lang="python3" tags="" readonly="0" nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" ts_creation="1718005000" ts_lastsave="1718005000">
      <rich_text>rights = ["equality", "freedom", "against exploitation",
          "religion", "culture and education", "constitutional remedies"]
print(len(rights))  # six since the 44th Amendment</rich_text>
    </node>
  </node>
</cherrytree>
`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(notebook)); f != "CherryTree notebook" {
		t.Errorf("FormatOf = %q, want CherryTree notebook", f)
	}
	d, got := corpustest.Placed(t, "polity.ctd", []byte(notebook))
	title := "Fundamental Rights"
	want := []string{
		title + " › Definition: Part III of the Constitution, Articles 12 to 35, is the Magna Carta of India. (line 7)",
		title + " › Features › 1: Some are available only to citizens, others to any person. (line 9)",
		title + " › Features › 2: They are not absolute: the State may impose reasonable restrictions. (line 10)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 1: The State shall not deny to any person equality before the law or the equal protection of the laws within the territory of India. (line 15)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 2: Read with the text on Constitution of India. (line 20)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 3: Flowchart from class: (line 24)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 4: Articles at a glance: (line 26)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 5: Article: 14; Provision: Equality before law (line 31)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 6: Article: 15; Provision: No discrimination on grounds of religion, race, caste, sex or place of birth (line 35)",
		title + " › Right to Equality (Art. 14–18) › Article 14 › 7: Article 17 abolishes untouchability and forbids its practice in any form. (line 28)",
		title + " › Right to Freedom (Art. 19–22) › 1: Article 19 protects six freedoms of citizens:\n- speech and expression; (line 46)",
		title + " › Right to Freedom (Art. 19–22) › 2: assembly, peaceably and without arms; (line 48)",
		title + " › Right to Freedom (Art. 19–22) › 3: association or union, or co-operative societies;\n- reasonable restrictions under Art. 19(4) in the interests of sovereignty and integrity of India (line 49)",
		title + " › Right to Freedom (Art. 19–22) › 4: movement, residence and profession. (line 52)",
		title + " › Right to Freedom (Art. 19–22) › 5: Mnemonic for the freedoms: (line 53)",
		title + " › Right to Freedom (Art. 19–22) › 6: SAAMRP: Speech, Assembly, Association,\nMovement, Residence, Profession (line 59)",
		title + " › Right to Freedom (Art. 19–22) › 7: - ☐ Revise Maneka Gandhi (1978)\n- ☑ Read A.K. Gopalan (1950) (line 56)",
		title + " › Right to Freedom (Art. 19–22) › Article 21 › 1: No person shall be deprived of his life or personal liberty except according to procedure established by law. (line 62)",
		title + " › Right to Freedom (Art. 19–22) › Article 21 › 2: See Article 14: the procedure must be fair, just and reasonable (Maneka Gandhi, 1978¹). (line 64)",
		title + " › Doctrine of eclipse › 1: A pre-constitutional law that violates a Fundamental Right is not void ab initio but eclipsed. (line 71)",
		title + " › Doctrine of eclipse › 2: # Bhikaji Narain v. State of M.P. (1955) held that an amendment removes the shadow. (line 73)",
		title + " › Counting the rights: rights = [\"equality\", \"freedom\", \"against exploitation\",\n          \"religion\", \"culture and education\", \"constitutional remedies\"]\nprint(len(rights))  # six since the 44th Amendment (line 76)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Format != "CherryTree notebook" || !slices.Equal(d.Tags, []string{"polity", "gs2"}) {
		t.Errorf("title %q, format %q, tags %q", d.Title, d.Format, d.Tags)
	}
}

// older is a notebook as CherryTree 0.39 saved it: three nodes at the
// top, their attributes in Python's order and words; headings in the
// scale h3 alone; a code box in the middle of a line; a node of nothing
// but a node, and one of nothing.
const older = `<?xml version="1.0" ?>
<cherrytree>
	<bookmarks list=""/>
	<node custom_icon_id="0" foreground="" is_bold="False" name="Writs" prog_lang="custom-colors" readonly="False" tags="" ts_creation="1600000000.0" ts_lastsave="1600000500.0" unique_id="1">
		<rich_text>Writs are issued by the Supreme Court under Article 32 and by High Courts under Article 226.
</rich_text>
		<rich_text scale="h3">Habeas corpus</rich_text>
		<rich_text>
Produce the body: against unlawful detention, by public authorities and private persons alike.
</rich_text>
		<rich_text scale="h3">Mandamus</rich_text>
		<rich_text>
We command: to a public official who fails in a public duty; not against the President or Governors.
Formula used in class:  (the High Courts' power is wider).</rich_text>
		<codebox char_offset="335" frame_height="40" frame_width="200" highlight_brackets="False" justification="left" show_line_numbers="False" syntax_highlighting="plain-text" width_in_pixels="True">Art. 226 ⊃ Art. 32</codebox>
	</node>
	<node custom_icon_id="0" foreground="" is_bold="False" name="Emergency provisions" prog_lang="custom-colors" readonly="False" tags="" ts_creation="1600001000.0" ts_lastsave="1600001000.0" unique_id="2">
		<node custom_icon_id="0" foreground="" is_bold="False" name="Article 359" prog_lang="custom-colors" readonly="False" tags="" ts_creation="1600001100.0" ts_lastsave="1600001200.0" unique_id="3">
			<rich_text>During an emergency the President may suspend the enforcement of the rights, except Articles 20 and 21 (44th Amendment, 1978).</rich_text>
		</node>
	</node>
	<node custom_icon_id="0" foreground="" is_bold="False" name="To read" prog_lang="custom-colors" readonly="False" tags="" ts_creation="1600002000.0" ts_lastsave="1600002000.0" unique_id="4"/>
</cherrytree>
`

func TestNodesAtTheTop(t *testing.T) {
	d, got := corpustest.Placed(t, "Remedies.ctd", []byte(older))
	title := "Remedies"
	want := []string{
		title + " › Writs: Writs are issued by the Supreme Court under Article 32 and by High Courts under Article 226. (line 5)",
		title + " › Writs › Habeas corpus: Produce the body: against unlawful detention, by public authorities and private persons alike. (line 9)",
		title + " › Writs › Mandamus › 1: We command: to a public official who fails in a public duty; not against the President or Governors. (line 13)",
		title + " › Writs › Mandamus › 2: Formula used in class: Art. 226 ⊃ Art. 32 (the High Courts' power is wider). (line 14)",
		title + " › Emergency provisions › Article 359: During an emergency the President may suspend the enforcement of the rights, except Articles 20 and 21 (44th Amendment, 1978). (line 19)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Remedies" {
		t.Errorf("title %q, want Remedies", d.Title)
	}
}

// TestTextAsWritten: text that looks like Markdown or HTML reads as
// written; headings keep their order of scale under the node's; a tab or
// spaces before a paragraph are no code block.
func TestTextAsWritten(t *testing.T) {
	const ctd = `<?xml version="1.0" encoding="UTF-8"?>
<cherrytree>
  <node name="Writ jurisdiction" unique_id="7" prog_lang="custom-colors" tags="" readonly="0">
    <rich_text scale="h2">Writ jurisdiction</rich_text>
    <rich_text>
&lt;b&gt;Article 32&lt;/b&gt; is "the heart and soul" of the Constitution [Ambedkar].
# of writs: five
&gt; quoted from the Constituent Assembly Debates
| not a table |
` + "```" + `not a fence
    Dr Ambedkar said so on 9 December 1948.
</rich_text>
    <rich_text scale="h2">Who may apply</rich_text>
    <rich_text>
→ any aggrieved person
   ◇ a third party, in public interest litigation
</rich_text>
    <rich_text scale="h3">Locus standi</rich_text>
    <rich_text>
1) relaxed in S.P. Gupta (1981)
2) letters treated as petitions</rich_text>
  </node>
</cherrytree>
`
	_, got := corpustest.Placed(t, "writs.ctd", []byte(ctd))
	want := []string{
		"Writ jurisdiction › Definition: <b>Article 32</b> is \"the heart and soul\" of the Constitution [Ambedkar].\n# of writs: five\n> quoted from the Constituent Assembly Debates\n| not a table |\n```not a fence\nDr Ambedkar said so on 9 December 1948. (line 6)",
		"Writ jurisdiction › Who may apply: any aggrieved person\n- a third party, in public interest litigation (line 15)",
		"Writ jurisdiction › Who may apply › Locus standi: - relaxed in S.P. Gupta (1981)\n- letters treated as petitions (line 20)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadNotebooks(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", notebook[:len(notebook)/2], "damaged CherryTree notebook"},
		{"another XML", `<?xml version="1.0"?><opml version="2.0"><body/></opml>`, "damaged CherryTree notebook: not a CherryTree notebook"},
		{"empty", "", "the CherryTree notebook is empty"},
		{"no nodes", `<?xml version="1.0" encoding="UTF-8"?><cherrytree><bookmarks list=""/></cherrytree>`, "the CherryTree notebook has no nodes"},
		{"nodes without text", `<cherrytree><node name="Polity" unique_id="1" prog_lang="custom-colors"><node name="DPSP" unique_id="2" prog_lang="custom-colors"/></node></cherrytree>`, "the CherryTree notebook has no text"},
		{"too large", `<cherrytree>` + strings.Repeat(" ", MaxBytes) + `</cherrytree>`, "CherryTree notebook too large"},
		{"nested too deep", `<cherrytree>` + strings.Repeat(`<node name="x">`, maxDepth+1), "damaged CherryTree notebook: nodes nested more than"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
	if _, err := corpus.Parse("polity.ctb", []byte("SQLite format 3\x00")); err == nil || !strings.Contains(err.Error(), "save it") {
		t.Errorf("Parse(polity.ctb) error %v, want one asking for a .ctd", err)
	}
	if IsNotebook([]byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`)) {
		t.Error("IsNotebook(an SVG picture) = true")
	}
}

// FuzzConvert: no panic whatever the bytes; a notebook read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(notebook))
	f.Add([]byte(older))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("n.ctd", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
