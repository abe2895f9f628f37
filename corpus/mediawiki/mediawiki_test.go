package mediawiki

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// wikipedia is an article as Wikipedia's Special:Export saves it: the
// wiki's siteinfo, two revisions (the last is read), and wikitext full of
// clutter: a short description, maintenance and protection templates, an
// infobox with a picture, a sidebar, footnotes citing books and a note in
// prose, a framed picture, a comment, a table with a caption, lists of
// every kind, a definition, See also, References and External links
// sections, a navbox, a category and a link to the Hindi article.
const wikipedia = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.44.0-wmf.18</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="-2" case="first-letter">Media</namespace>
      <namespace key="-1" case="first-letter">Special</namespace>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="2" case="first-letter">User</namespace>
      <namespace key="4" case="first-letter">Wikipedia</namespace>
      <namespace key="6" case="first-letter">File</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
      <namespace key="14" case="first-letter">Category</namespace>
    </namespaces>
  </siteinfo>
  <page>
    <title>Fundamental rights in India</title>
    <ns>0</ns>
    <id>1187743</id>
    <revision>
      <id>1268212154</id>
      <parentid>1265501873</parentid>
      <timestamp>2025-01-09T11:42:07Z</timestamp>
      <contributor>
        <username>Polity buff</username>
        <id>40751123</id>
      </contributor>
      <comment>/* Rights */ ce</comment>
      <origin>1268212154</origin>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="58" sha1="q9tkn1u0d3wq1bnl2ybe1cwmiq2vx2h" xml:space="preserve">An older revision, which the export holds before the last.</text>
      <sha1>q9tkn1u0d3wq1bnl2ybe1cwmiq2vx2h</sha1>
    </revision>
    <revision>
      <id>1271544090</id>
      <parentid>1268212154</parentid>
      <timestamp>2025-01-26T06:15:31Z</timestamp>
      <contributor>
        <ip>2409:40f2:1041:8a3c::1</ip>
      </contributor>
      <minor/>
      <comment>Undid revision 1271543102 by [[Special:Contributions/2409:40f2:1041:8a3c::1|2409:40f2:1041:8a3c::1]] ([[User talk:2409:40f2:1041:8a3c::1|talk]])</comment>
      <origin>1271544090</origin>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="3167" sha1="3xk0pm6c1kq8w2v9t4d5s7rj0hmu8ey" xml:space="preserve">{{Short description|Rights guaranteed by Part III of the Constitution of India}}
{{Use dmy dates|date=January 2025}}
{{Use Indian English|date=January 2025}}
{{pp-semi-indef}}
{{Infobox legislation
| short_title    = Fundamental Rights
| image          = Constitution of India.jpg
| image_size     = 220px
| caption        = Part III of the calligraphed original
| enacted_by     = [[Constituent Assembly of India]]
| date_enacted   = {{Start date|1949|11|26|df=y}}
| commencement   = 26 January 1950
| articles       = 12 to 35&lt;br /&gt;(Part III)
| website        = https://legislative.gov.in
}}
{{Constitution of India sidebar}}
The '''Fundamental Rights''' are the rights that [[Part III of the Constitution of India|Part III]] of the [[Constitution of India]] guarantees, in Articles 12 to 35.&lt;ref&gt;{{cite book |last=Basu |first=Durga Das |title=Introduction to the Constitution of India |publisher=LexisNexis |year=2015 |page=87}}&lt;/ref&gt; They are ''justiciable'': a person whose right is violated may move the [[Supreme Court of India|Supreme Court]] directly under Article 32.{{citation needed|date=March 2025}}&lt;!-- do not change without consensus on talk --&gt;

[[File:Dr. B. R. Ambedkar.jpg|thumb|upright=0.8|alt=Portrait|[[B. R. Ambedkar]] called Article 32 the &quot;heart and soul&quot; of the Constitution.]]
The rights draw on the [[United States Bill of Rights]] and were adopted after debate in the [[Constituent Assembly of India|Constituent Assembly]].&lt;ref name=&quot;austin&quot; /&gt; Six of them remain.&lt;ref group=&quot;note&quot;&gt;The Right to Property was the seventh until the 44th Amendment made it a legal right under Article 300A.&lt;/ref&gt;

== Rights ==
{| class=&quot;wikitable sortable&quot; style=&quot;width:100%&quot;
|+ The six Fundamental Rights
|-
! scope=&quot;col&quot; | Right !! scope=&quot;col&quot; | Articles
|-
| [[Right to Equality]] || 14–18
|-
| Right to Freedom&lt;br /&gt;(speech, assembly, movement) || style=&quot;text-align:center&quot; | 19–22
|-
| Right against Exploitation || 23–24
|}

=== Right to freedom ===
Article 19 protects six freedoms of citizens, among them:
* speech and expression
* assembly without arms
** peaceful and unarmed only
* movement throughout the territory of India

# Article 20 &amp;ndash; protection in respect of conviction for offences
# Article 21 &amp;ndash; protection of life and personal liberty

;Writs
:''Habeas corpus'', ''mandamus'', ''prohibition'', ''certiorari'' and ''quo warranto'' issue under Article 32.

== Amendment ==
Parliament may amend a Fundamental Right under Article 368, but not the [[basic structure doctrine|basic structure]], as held in ''[[Kesavananda Bharati v. State of Kerala]]'' (1973).{{sfn|Austin|1999|p=258}} {{As of|2025}}, all rights but Articles 20 and 21 can be suspended during an emergency.&lt;ref&gt;The 44th Amendment Act, 1978, shielded Articles 20 and 21 from suspension.&lt;/ref&gt;

== See also ==
* [[Directive Principles of State Policy]]
* [[Fundamental Duties in India]]

== References ==
{{Reflist}}

== External links ==
* [https://legislative.gov.in/constitution-of-india/ Constitution of India] at the Legislative Department

{{Fundamental rights in India}}
[[Category:Fundamental rights in India]]
[[hi:मौलिक अधिकार]]</text>
      <sha1>3xk0pm6c1kq8w2v9t4d5s7rj0hmu8ey</sha1>
    </revision>
  </page>
</mediawiki>
`

// studyWiki is a class's own wiki exported with Special:Export: two
// articles, with a talk page, a redirect, a template and a user page
// beside them. An article holds a table of writs with cells spanning rows
// and columns, terms with their definitions, a gallery, a note as {{efn}}
// and text in <nowiki>.
const studyWiki = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Polity Notes</sitename>
    <dbname>politynotes</dbname>
    <base>http://localhost/wiki/Main_Page</base>
    <generator>MediaWiki 1.41.1</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
      <namespace key="2" case="first-letter">User</namespace>
      <namespace key="10" case="first-letter">Template</namespace>
    </namespaces>
  </siteinfo>
  <page>
    <title>Right to Constitutional Remedies</title>
    <ns>0</ns>
    <id>12</id>
    <revision>
      <id>131</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="1918" xml:space="preserve">{{Polity notes nav}}
__NOTOC__
'''Article 32''' makes the right to move the [[Supreme Court]] for the enforcement of the [[Fundamental Rights]] itself a Fundamental Right.&lt;ref&gt;M. Laxmikanth, ''Indian Polity'', 7th ed., p. 7.12.&lt;/ref&gt; Ambedkar called it {{lang|en|&quot;the very soul of the Constitution and the very heart of it&quot;}}.{{efn|He said so in the Constituent Assembly on 9 December 1948.}}

== Writs ==
The Supreme Court (Article 32) and the High Courts (Article 226) issue five writs:
{| class=&quot;wikitable&quot;
! Writ !! Meaning !! Issued against
|-
| ''Habeas corpus'' || &quot;to have the body of&quot; || Public authorities and private persons
|-
| ''Mandamus'' || &quot;we command&quot; || rowspan=&quot;2&quot; | Public officials, tribunals and courts
|-
| ''Prohibition'' || &quot;to forbid&quot;
|-
| ''Certiorari'' || colspan=&quot;2&quot; style=&quot;background:#eee&quot; | Quashes an order of a lower court or tribunal; since 1991 also of administrative bodies
|-
| ''Quo warranto'' || &quot;by what authority&quot; || Any person holding a public office
|}

=== Article 32 and Article 226 ===
; Scope : Article 32 covers Fundamental Rights only; Article 226 covers &quot;any other purpose&quot; too.
; Nature
: Article 32 is itself a Fundamental Right, so the remedy cannot be refused; relief under Article 226 is discretionary.
* Parliament may empower other courts to issue writs (Article 32(3)).
*: No such law has been made so far.

&lt;gallery mode=&quot;packed&quot; heights=&quot;150px&quot;&gt;
File:Supreme Court of India - Central Wing.jpg|The Supreme Court of India, [[New Delhi]]
File:Madras High Court.jpg|alt=A red building|The [[Madras High Court]], one of the 25 High Courts
&lt;/gallery&gt;

== Suspension ==
During a [[National Emergency]] the President may suspend the right to move any court (Article 359), but not for Articles 20 and 21 since the &lt;nowiki&gt;44th Amendment [1978]&lt;/nowiki&gt;.

== Notes ==
{{notelist}}

== References ==
&lt;references /&gt;

[[Category:Polity]]
[[Category:Fundamental Rights]]</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
  <page>
    <title>Talk:Right to Constitutional Remedies</title>
    <ns>1</ns>
    <id>13</id>
    <revision>
      <id>98</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="81" xml:space="preserve">== Add the 1991 case? ==
Should the notes say which case widened certiorari? ~~~~</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
  <page>
    <title>Art 32</title>
    <ns>0</ns>
    <id>14</id>
    <redirect title="Right to Constitutional Remedies" />
    <revision>
      <id>99</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="46" xml:space="preserve">#REDIRECT [[Right to Constitutional Remedies]]</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
  <page>
    <title>Template:Polity notes nav</title>
    <ns>10</ns>
    <id>15</id>
    <revision>
      <id>100</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="127" xml:space="preserve">{| class=&quot;navbox&quot;
| [[Fundamental Rights]] · [[Fundamental Duties]]
|}&lt;noinclude&gt;[[Category:Navigation templates]]&lt;/noinclude&gt;</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
  <page>
    <title>Fundamental Duties</title>
    <ns>0</ns>
    <id>16</id>
    <revision>
      <id>140</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="382" xml:space="preserve">'''Fundamental Duties''' were added to the Constitution by the [[42nd Amendment]] in 1976, on the recommendation of the [[Swaran Singh Committee]].
* Article 51A lists eleven duties; the eleventh, to give a child between 6 and 14 opportunities for education, came with the 86th Amendment in 2002.
* They are not enforceable by the courts.

== See also ==
* [[Directive Principles]]</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
  <page>
    <title>User:Meera</title>
    <ns>2</ns>
    <id>17</id>
    <revision>
      <id>101</id>
      <timestamp>2025-02-14T17:03:22Z</timestamp>
      <contributor>
        <username>Meera</username>
        <id>2</id>
      </contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="54" xml:space="preserve">Preparing for CSE 2026. These notes follow Laxmikanth.</text>
      <sha1>fh3pt0v7s2d8r1q9k4m6n5b0c7x2z1a</sha1>
    </revision>
  </page>
</mediawiki>
`

// dpsp is a page's wikitext copied from its edit box: a heading of the
// first level titles it; a hatnote, a quotation, terms heading lists, a
// rule, a <blockquote>, an external link, a table without a caption, code
// in <pre> and categories.
const dpsp = `= Directive Principles of State Policy =
{{TOC right}}
<!-- Notes for GS-2. Last revised after the 2024 test series. -->
{{Main|Part IV of the Constitution of India}}
The '''Directive Principles of State Policy''' (DPSP) in [[Part IV of the Constitution of India|Part IV]] (Articles 36&ndash;51) guide the State in making laws. They are ''not justiciable'' (Article 37), yet "fundamental in the governance of the country".

{{Quote|text=It is the duty of the State to apply these principles in making laws.|author=Article 37}}

== Classification ==
;Socialistic
* Article 39(b) and (c): the ownership of material resources to subserve the common good; no concentration of wealth
* Article 43: a {{Highlight|living wage}} for workers
;Gandhian
* Article 40: organise [[Panchayati Raj|village panchayats]]
* Article 48: prohibit the slaughter of cows and calves
;Liberal-intellectual
* Article 44: a Uniform Civil Code<br />(only [[Goa]] has one {{as of|2024|lc=y}})
* Article 50: separate the judiciary from the executive

----
=== Conflict with Fundamental Rights ===
<blockquote>
The courts first held that Fundamental Rights prevail (''[[State of Madras v. Champakam Dorairajan|Champakam Dorairajan]]'', 1951).
</blockquote>
After the [[Minerva Mills v. Union of India|Minerva Mills]] case (1980) the two are read in harmony: a balance between Part III and Part IV is part of the [[Basic structure doctrine|basic structure]].&nbsp;See [http://www.legislative.gov.in/constitution-of-india Part IV, official text].

=== Added by amendments ===
{| class="wikitable"
|-
! Amendment !! Year !! Article
|-
| 42nd || 1976 || 39A (free legal aid), 43A, 48A
|-
| 44th || 1978 || 38(2)
|-
| 86th || 2002 || 45 (early childhood care)
|-
| 97th || 2011 || 43B (co-operative societies)
|}

Mnemonic from class:
<pre>
S-G-L: Socialist, Gandhian, Liberal
</pre>

[[Category:Polity]]
[[Category:GS-2]]
[[hi:राज्य के नीति निदेशक तत्त्व]]
`

func TestConvertExport(t *testing.T) {
	fr, pw := "Fundamental rights in India", "polity wiki"
	for _, tt := range []struct {
		name, data, title string
		want              []string
	}{
		{"fundamental-rights.xml", wikipedia, fr, []string{
			fr + " › Definition: The Fundamental Rights are the rights that Part III of the Constitution of India guarantees, in Articles 12 to 35. They are justiciable: a person whose right is violated may move the Supreme Court directly under Article 32.\nB. R. Ambedkar called Article 32 the \"heart and soul\" of the Constitution.\nThe rights draw on the United States Bill of Rights and were adopted after debate in the Constituent Assembly. Six of them remain. (The Right to Property was the seventh until the 44th Amendment made it a legal right under Article 300A.)\nShort title: Fundamental Rights\nCaption: Part III of the calligraphed original\nEnacted by: Constituent Assembly of India\nDate enacted: 26 November 1949\nCommencement: 26 January 1950\nArticles: 12 to 35 (Part III) (line 67)",
			fr + " › Rights › The six Fundamental Rights › 1: Right: Right to Equality; Articles: 14–18 (line 78)",
			fr + " › Rights › The six Fundamental Rights › 2: Right: Right to Freedom (speech, assembly, movement); Articles: 19–22 (line 80)",
			fr + " › Rights › The six Fundamental Rights › 3: Right: Right against Exploitation; Articles: 23–24 (line 82)",
			fr + " › Rights › Right to freedom: Article 19 protects six freedoms of citizens, among them:\n- speech and expression\n- assembly without arms\n  - peaceful and unarmed only\n- movement throughout the territory of India (line 86)",
			fr + " › Rights › Right to freedom › 1: Article 20 – protection in respect of conviction for offences (line 92)",
			fr + " › Rights › Right to freedom › 2: Article 21 – protection of life and personal liberty (line 93)",
			fr + " › Rights › Right to freedom › 3: Writs: Habeas corpus, mandamus, prohibition, certiorari and quo warranto issue under Article 32. (line 95)",
			fr + " › Amendment: Parliament may amend a Fundamental Right under Article 368, but not the basic structure, as held in Kesavananda Bharati v. State of Kerala (1973). As of 2025, all rights but Articles 20 and 21 can be suspended during an emergency. (The 44th Amendment Act, 1978, shielded Articles 20 and 21 from suspension.) (line 99)",
		}},
		{"polity-wiki.xml", studyWiki, pw, []string{ // the file's name titles two articles
			pw + " › Right to Constitutional Remedies: Article 32 makes the right to move the Supreme Court for the enforcement of the Fundamental Rights itself a Fundamental Right. Ambedkar called it \"the very soul of the Constitution and the very heart of it\". (He said so in the Constituent Assembly on 9 December 1948.) (line 30)",
			pw + " › Right to Constitutional Remedies › Writs › 1: The Supreme Court (Article 32) and the High Courts (Article 226) issue five writs: (line 33)",
			pw + " › Right to Constitutional Remedies › Writs › 2: Writ: Habeas corpus; Meaning: \"to have the body of\"; Issued against: Public authorities and private persons (line 37)",
			pw + " › Right to Constitutional Remedies › Writs › 3: Writ: Mandamus; Meaning: \"we command\"; Issued against: Public officials, tribunals and courts (line 39)",
			pw + " › Right to Constitutional Remedies › Writs › 4: Writ: Prohibition; Meaning: \"to forbid\"; Issued against: Public officials, tribunals and courts (line 41)",
			pw + " › Right to Constitutional Remedies › Writs › 5: Writ: Certiorari; Meaning: Quashes an order of a lower court or tribunal; since 1991 also of administrative bodies (line 43)",
			pw + " › Right to Constitutional Remedies › Writs › 6: Writ: Quo warranto; Meaning: \"by what authority\"; Issued against: Any person holding a public office (line 45)",
			pw + " › Right to Constitutional Remedies › Writs › Article 32 and Article 226 › 1: Scope: Article 32 covers Fundamental Rights only; Article 226 covers \"any other purpose\" too. (line 49)",
			pw + " › Right to Constitutional Remedies › Writs › Article 32 and Article 226 › 2: Nature: Article 32 is itself a Fundamental Right, so the remedy cannot be refused; relief under Article 226 is discretionary. (line 50)",
			pw + " › Right to Constitutional Remedies › Writs › Article 32 and Article 226 › 3: Parliament may empower other courts to issue writs (Article 32(3)). No such law has been made so far. (line 52)",
			pw + " › Right to Constitutional Remedies › Writs › Article 32 and Article 226 › 4: The Supreme Court of India, New Delhi (line 56)",
			pw + " › Right to Constitutional Remedies › Writs › Article 32 and Article 226 › 5: The Madras High Court, one of the 25 High Courts (line 57)",
			pw + " › Right to Constitutional Remedies › Suspension: During a National Emergency the President may suspend the right to move any court (Article 359), but not for Articles 20 and 21 since the 44th Amendment [1978]. (line 61)",
			pw + " › Fundamental Duties › 1: Fundamental Duties were added to the Constitution by the 42nd Amendment in 1976, on the recommendation of the Swaran Singh Committee. (line 142)",
			pw + " › Fundamental Duties › 2: Article 51A lists eleven duties; the eleventh, to give a child between 6 and 14 opportunities for education, came with the 86th Amendment in 2002. (line 143)",
			pw + " › Fundamental Duties › 3: They are not enforceable by the courts. (line 144)",
		}},
	} {
		if f := corpus.FormatOf([]byte(tt.data)); f != "MediaWiki export" {
			t.Errorf("%s: FormatOf = %q, want MediaWiki export", tt.name, f)
		}
		d, got := corpustest.Placed(t, tt.name, []byte(tt.data))
		if d.Title != tt.title || !slices.Equal(got, tt.want) {
			t.Errorf("%s: title %q, passages\n%s\nwant %q,\n%s", tt.name, d.Title, strings.Join(got, "\n"), tt.title, strings.Join(tt.want, "\n"))
		}
	}
}

func TestConvertWikitext(t *testing.T) {
	title := "Directive Principles of State Policy"
	want := []string{
		title + " › Definition: The Directive Principles of State Policy (DPSP) in Part IV (Articles 36–51) guide the State in making laws. They are not justiciable (Article 37), yet \"fundamental in the governance of the country\".\nIt is the duty of the State to apply these principles in making laws. — Article 37 (line 5)",
		title + " › Classification › Socialistic › 1: Article 39(b) and (c): the ownership of material resources to subserve the common good; no concentration of wealth (line 11)",
		title + " › Classification › Socialistic › 2: Article 43: a living wage for workers (line 12)",
		title + " › Classification › Gandhian: - Article 40: organise village panchayats\n- Article 48: prohibit the slaughter of cows and calves (line 14)",
		title + " › Classification › Liberal-intellectual › 1: Article 44: a Uniform Civil Code (only Goa has one as of 2024) (line 17)",
		title + " › Classification › Liberal-intellectual › 2: Article 50: separate the judiciary from the executive (line 18)",
		title + " › Classification › Conflict with Fundamental Rights: The courts first held that Fundamental Rights prevail (Champakam Dorairajan, 1951). After the Minerva Mills case (1980) the two are read in harmony: a balance between Part III and Part IV is part of the basic structure. See Part IV, official text. (line 23)",
		title + " › Classification › Added by amendments › 1: Amendment: 42nd; Year: 1976; Article: 39A (free legal aid), 43A, 48A (line 32)",
		title + " › Classification › Added by amendments › 2: Amendment: 44th; Year: 1978; Article: 38(2) (line 34)",
		title + " › Classification › Added by amendments › 3: Amendment: 86th; Year: 2002; Article: 45 (early childhood care) (line 36)",
		title + " › Classification › Added by amendments › 4: Amendment: 97th; Year: 2011; Article: 43B (co-operative societies) (line 38)",
		title + " › Classification › Added by amendments › 5: Mnemonic from class: (line 41)",
		title + " › Classification › Added by amendments › 6: S-G-L: Socialist, Gandhian, Liberal (line 43)",
	}
	d, got := corpustest.Placed(t, "dpsp.wiki", []byte(dpsp))
	if d.Title != title || d.Format != "MediaWiki wikitext" || !slices.Equal(got, want) {
		t.Errorf("title %q, format %q, passages\n%s\nwant %q, MediaWiki wikitext,\n%s", d.Title, d.Format, strings.Join(got, "\n"), title, strings.Join(want, "\n"))
	}
}

// TestMarkdown: what the common pieces of wikitext are written as.
func TestMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"convert", "It runs {{convert|3214|km|mi}} from north to south, {{convert|2|to|3|km2}} of it hills.",
			"It runs 3214 km from north to south, 2 to 3 km² of it hills."},
		{"languages", "{{lang|hi|मौलिक अधिकार}} ({{lang-sa|धर्म}}, {{IAST|dharma}}) in {{nowrap|Article 21A}}",
			"मौलिक अधिकार (धर्म, dharma) in Article 21A"},
		{"dates", "Adopted on {{start date|1949|11|26|df=y}}, in force {{date|1950-01-26}}; {{As of|2025|3}}, amended 106 times.",
			"Adopted on 26 November 1949, in force 26 January 1950; As of March 2025, amended 106 times."},
		{"amounts and maintenance", "A budget of {{INRConvert|48|lc}}, {{frac|1|2}} of it for States.{{cn|date=May 2025}}",
			"A budget of ₹48 lakh crore, 1/2 of it for States."},
		{"links", "[[Right to Equality|right]]s, [[Article 14]], [[Writ (law)|]], [[:Category:Polity]], [[wikt:writ|writ]][[Category:Polity]][[fr:Droits fondamentaux]]",
			"rights, Article 14, Writ, Category:Polity, writ"},
		{"pictures", "The emblem [[File:Emblem of India.svg|20px|Emblem]] and [[Image:Map.png|thumb|right|A map of [[India]]]] a map.",
			"A map of India\n\nThe emblem and a map."},
		{"external links", "Read [https://legislative.gov.in the official text] or [https://indiacode.nic.in].",
			"Read the official text or."},
		{"footnotes", "Six rights<ref>The Right to Property, the seventh, was removed in 1978.</ref> remain<ref name=\"b\">{{cite web |url=https://example.org |title=Rights}}</ref><ref name=\"b\"/> in force<ref>Laxmikanth, p. 7.3.</ref>.\n\n== References ==\n{{Reflist}}",
			"Six rights (The Right to Property, the seventh, was removed in 1978.) remain in force."},
		{"nowiki and math", "<nowiki>[[not a link]] ''not italic''</nowiki> and <math>x^2</math>",
			"&#91;&#91;not a link]] ''not italic'' and x^2"},
		{"emphasis", "'''''bold italic''''' then ''it '''both''' it'' and '''b ''bi''' i''",
			"***bold italic*** then *it **both** it* and **b *bi*** *i*"},
		{"entities", "A&nbsp;B &amp; C &lt;b&gt; &#91;1&#93;", "A\u00a0B & C &lt;b> &#91;1]"},
		{"boxes", "{{Some navigation box\n| list1 = a\n}}\n{{Portal|India}}\nInline {{Highlight|kept text}}.", "Inline kept text."},
		{"magic words", "__NOTOC__\n{{{1}}} {{PAGENAME}} {{#if:x|y|z}} {{lc:ABC}}{{DEFAULTSORT:Rights}}", "abc"},
		{"lists", "* one\n*# sub one\n*# sub two\n* two\n*: more of two\n: indented\nplain",
			"- one\n  1. sub one\n  2. sub two\n- two\n    more of two\n\nindented\n\nplain"},
		{"terms", ";Writ: an order of a court\n;Mandamus\n:a command to act", "- **Writ:** an order of a court\n- **Mandamus:** a command to act"},
		{"infobox", "{{Infobox court\n| name = Supreme Court of India\n| image = Emblem of the Supreme Court of India.svg\n| established = {{start date|1950|1|28}}\n| jurisdiction = India<br>Appellate\n| authority = [[Constitution of India]]\n| coordinates = {{coord|28|37|N|77|14|E}}\n| positions = 34<ref>{{cite web|title=Judges}}</ref>\n}}\nThe '''Supreme Court''' is the apex court.",
			"The **Supreme Court** is the apex court.\n\nName: Supreme Court of India\nEstablished: 28 January 1950\nJurisdiction: India; Appellate\nAuthority: Constitution of India\nPositions: 34"},
		{"generic infobox", "Text.\n{{Infobox\n| title = Writs\n| label1 = Article\n| data1 = 32\n| header2 = Kinds\n| label3 = Count\n| data3 = five\n}}",
			"Text.\n\nWrits\nArticle: 32\nKinds\nCount: five"},
		{"multiple image", "{{Multiple image|image1=a.jpg|caption1=Ambedkar in 1950|image2=b.jpg|caption2=Nehru signing}}", "Ambedkar in 1950\n\nNehru signing"},
		{"table without headers", "{|\n| a || b\n|-\n| c || d\n|}", "|  | |\n| --- | --- |\n| a | b |\n| c | d |"},
		{"table of one column", "{|\n! Rights\n|-\n| Equality\n|-\n| Freedom\n|}", "Rights\n\nEquality\n\nFreedom"},
		{"table of labels", "{|\n! Name\n| Fundamental Rights\n|-\n! Articles\n| 12–35\n|}", "Name: Fundamental Rights\nArticles: 12–35"},
		{"table with spans", "{| class=\"wikitable\"\n! rowspan=2 | Part !! colspan=2 | Articles\n|-\n! From !! To\n|-\n| III || 12 || 35\n|-\n| IV || style=\"color:red\" | 36 || 51\n|}\nAfter.",
			"| Part | Articles – From | Articles – To |\n| --- | --- | --- |\n| III | 12 | 35 |\n| IV | 36 | 51 |\n\nAfter."},
		{"see also of prose kept", "Text.\n== See also ==\nThe [[Directive Principles]] complement the rights.\n== External links ==\n* [https://example.org Official site]",
			"Text.\n\n## See also\n\nThe Directive Principles complement the rights."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ConvertWikitext([]byte(tt.in))
			if got := strings.TrimSpace(string(c.Text)); err != nil || got != tt.want {
				t.Errorf("ConvertWikitext(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
			corpustest.Lined(t, c)
		})
	}
}

// TestBadInput: a clear error, never a panic.
func TestBadInput(t *testing.T) {
	head := `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">`
	page := func(title, ns, text string) string {
		return "<page><title>" + title + "</title><ns>" + ns + "</ns><revision><text xml:space=\"preserve\">" + text + "</text></revision></page>"
	}
	tests := []struct {
		name    string
		convert corpus.Converter
		data    []byte
		want    string
	}{
		{"export cut short", ConvertExport, []byte(wikipedia[:len(wikipedia)/2]), "damaged MediaWiki export: XML syntax error on line 63: unexpected EOF"},
		{"export of no pages", ConvertExport, []byte(head + "<siteinfo><sitename>Notes</sitename></siteinfo></mediawiki>"), "the MediaWiki export has no pages"},
		{"export of no articles", ConvertExport, []byte(head + page("Talk:Rights", "1", "Why?") + page("Rights", "0", "#REDIRECT [[Fundamental rights]]") + "</mediawiki>"), "the MediaWiki export has no articles"},
		{"export of templates alone", ConvertExport, []byte(head + page("Rights", "0", "{{Polity nav}}\n[[Category:Polity]]") + "</mediawiki>"), "the MediaWiki export's articles have no text"},
		{"not an export", ConvertExport, []byte(`<rss version="2.0"><channel/></rss>`), "damaged MediaWiki export: not a MediaWiki export: it holds <rss>"},
		{"export too large", ConvertExport, append([]byte(head), bytes.Repeat([]byte(" "), MaxBytes)...), "MediaWiki export too large"},
		{"wikitext of no text", ConvertWikitext, []byte("{{Short description|Rights}}\n<!-- to write -->\n[[Category:Polity]]\n"), "the wikitext has no text"},
		{"empty wikitext", ConvertWikitext, nil, "the wikitext is empty"},
		{"a redirect", ConvertWikitext, []byte("#REDIRECT [[Fundamental rights in India]]\n{{R from short name}}"), `the wikitext is only a redirect to the page "Fundamental rights in India"`},
		{"templates nested deep", ConvertWikitext, []byte(strings.Repeat("{{nowrap|", 100) + "x" + strings.Repeat("}}", 100)), "cannot read the wikitext: templates nested more than 40 deep"},
		{"the wikitext is too large", ConvertWikitext, bytes.Repeat([]byte("a"), MaxBytes+1), "the wikitext is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

func TestIsExport(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want bool
	}{
		{"an export", wikipedia, true},
		{"an export of 2008", `<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.3/" version="0.3"><page><title>A</title></page></mediawiki>`, true},
		{"a feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`, false},
		{"another mediawiki element", `<mediawiki><page/></mediawiki>`, false},
		{"a picture", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`, false},
		{"wikitext", dpsp, false},
	} {
		if got := IsExport([]byte(tt.data)); got != tt.want {
			t.Errorf("IsExport(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBounds: pathological wikitext is read in bounded time: braces,
// links, tags and quotes never closed, and templates by the thousand.
func TestBounds(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("{{", 1<<18),
		strings.Repeat("[[", 1<<18),
		strings.Repeat("<ref>", 1<<16),
		strings.Repeat("<ref name=a", 1<<16),
		strings.Repeat("<!--", 1<<16),
		strings.Repeat("''x'''", 1<<16),
		strings.Repeat("{{cn}}", 1<<16) + "text",
		"{|\n" + strings.Repeat("| a || rowspan=999 colspan=99 | "+strings.Repeat("b", 1000)+"\n|-\n", 1<<10),
		strings.Repeat("{{as of|", 35) + "2025" + strings.Repeat("}}", 35),
		strings.Repeat("{{ubl|9999=a}}", 1<<14),
	} {
		if _, err := ConvertWikitext([]byte(src)); err != nil && !strings.Contains(err.Error(), "no text") && !strings.Contains(err.Error(), "too many templates") {
			t.Errorf("ConvertWikitext(%.20q…) error = %v", src, err)
		}
	}
}

// FuzzConvertWikitext: no panic whatever the text; a page read has a
// place for each of its lines, and corpus reads it soundly.
func FuzzConvertWikitext(f *testing.F) {
	f.Add(dpsp)
	f.Add("{{a|b=[[c|{{d}}]]|<ref>e</ref>}}\n{|\n!x||y\n|-\n|rowspan=2|z\n|}\n;t:d\n*# i")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := ConvertWikitext([]byte(src))
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("page.wiki", []byte(src)); err == nil {
			corpustest.Sound(t, d)
		}
	})
}

// FuzzConvertExport: no panic whatever the bytes; an export read has a
// place for each of its lines, and corpus reads it soundly.
func FuzzConvertExport(f *testing.F) {
	f.Add([]byte(wikipedia))
	f.Add([]byte(studyWiki))
	f.Add([]byte(`<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/"><page><title>A</title><ns>0</ns><revision><text>''x'' {{y|z}}` + "\n== B ==\n* c</text></revision></page></mediawiki>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ConvertExport(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("export.xml", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
