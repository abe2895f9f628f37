package sheet_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/sheet"
)

func passages(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, fmt.Sprintf("%s (line %d): %s", p.Citation(), p.Line, p.Text))
	}
	return out
}

// TestSheets reads sheets saved as CSV or TSV: titled by the file's name,
// a row a passage with its columns' labels; a quoted cell over lines, a
// semicolon-separated sheet and a row wider than the header kept whole; a
// revision tracker's Topic and Sub-topic columns as sections (a topic typed
// once over its rows too), its serial numbers left out; a database of
// notes (Notion's export) a section a row, named by its first cell, its
// text read as written (a line of prose broken in two joined, bullets a
// list), its other cells after it but its dates (the note's, not its
// subject's); a sheet with no header a list of its rows. A header's label may end in an abbreviation ("Q No.") and
// run to eight words ("From 22 Sep 2025 (GST 2.0)"); a note
// of one cell above the header is the sheet's subtitle, but a label right
// above it ("A. Composition") names the table; a row of one
// cell among the rows ("B. Dandi March") heads those below it, and so
// does a second header below a blank row ("TIDES,Where,Notes"), naming
// their cells anew, as a header right under a part's name does. A label's
// remark in brackets is no words of it; years are no groups; a label
// alone in another column ("QUICK FACTS") heads the rows of a term and
// its note below the table, a list. Notes above the header may fill two
// cells ("last edited …" beside a key to the colours); a part after one
// that labelled its columns anew ("TIMELINE" over "Year, Event, , Notes")
// keeps those labels when its rows fill those columns only.
func TestSheets(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []string
	}{
		{"Articles.csv", "\ufeffArticle,Subject,Notes\n352,National emergency,\"War, external aggression or armed rebellion;\napproved within one month\"\n\n360,Financial emergency,Never declared,so far\n",
			[]string{"Articles › Table › 1 (line 2): Article: 352; Subject: National emergency; Notes: War, external aggression or armed rebellion; approved within one month",
				"Articles › Table › 2 (line 5): Article: 360; Subject: Financial emergency; Notes: Never declared; so far"}},
		{"rates.csv", "Rate (%),Items till 21 Sep 2025,From 22 Sep 2025 (GST 2.0)\n28,\"Cars, ACs\",Most moved to 18%\n",
			[]string{"rates › Table (line 2): Rate (%): 28; Items till 21 Sep 2025: Cars, ACs; From 22 Sep 2025 (GST 2.0): Most moved to 18%"}},
		{"sites.csv", "S.No,Site,Year,\"Notes (my own, from PIB + Ramsar site sheets)\"\n1,Chilika,1981,Asia's biggest lagoon.\n2,Keoladeo,1981,\"Bharatpur;\non the Montreux Record.\"\n3,Loktak,1990,Phumdis.\n4,Sambhar,1990,Saline.\n" +
			",QUICK FACTS (for revision),,\n,Convention,Adopted 1971 in Ramsar.,\n,Three pillars,Wise use.,\n",
			[]string{"sites › Table › 1 (line 2): Site: Chilika; Year: 1981; Notes (my own, from PIB + Ramsar site sheets): Asia's biggest lagoon.",
				"sites › Table › 2 (line 3): Site: Keoladeo; Year: 1981; Notes (my own, from PIB + Ramsar site sheets): Bharatpur; on the Montreux Record.",
				"sites › Table › 3 (line 5): Site: Loktak; Year: 1990; Notes (my own, from PIB + Ramsar site sheets): Phumdis.",
				"sites › Table › 4 (line 6): Site: Sambhar; Year: 1990; Notes (my own, from PIB + Ramsar site sheets): Saline.",
				"sites › QUICK FACTS (for revision) › 1 (line 8): Convention: Adopted 1971 in Ramsar.",
				"sites › QUICK FACTS (for revision) › 2 (line 9): Three pillars: Wise use."}},
		{"schemes.csv", "Scheme;Ministry\nPM-KISAN;Agriculture\nJal Jeevan Mission;Jal Shakti\n",
			[]string{"schemes › Table › 1 (line 2): Scheme: PM-KISAN; Ministry: Agriculture", "schemes › Table › 2 (line 3): Scheme: Jal Jeevan Mission; Ministry: Jal Shakti"}},
		{"tracker.csv", "#,Topic,Sub-topic,Fact,Revised?\n1,Basics,Position,Labour is in the Concurrent List.,Y\n2,Basics,Position,Entries 22 to 24 cover it.,N\n" +
			"3,Basics,Codes,29 laws became 4 codes.,Y\n4,Wages,Floor wage,The Centre fixes a floor wage.,Y\n5,Wages,Floor wage,\"It is Rs 178, unrevised since 2019.\",N\n",
			[]string{"tracker › Basics › Position › 1 (line 2): Fact: Labour is in the Concurrent List.; Revised?: Y",
				"tracker › Basics › Position › 2 (line 3): Fact: Entries 22 to 24 cover it.; Revised?: N",
				"tracker › Basics › Codes (line 4): Fact: 29 laws became 4 codes.; Revised?: Y",
				"tracker › Wages › Floor wage › 1 (line 5): Fact: The Centre fixes a floor wage.; Revised?: Y",
				"tracker › Wages › Floor wage › 2 (line 6): Fact: It is Rs 178, unrevised since 2019.; Revised?: N"}},
		{"sheet.csv", "Topic,Sub-topic,Key points,,Source\nBasics,What is green H2,Made by electrolysis on renewable power.,,mnre.gov.in\n,Colour code,Grey is from natural gas.,,\n" +
			",Uses,Refineries and fertiliser.,,\nSIGHT,Full form,Strategic Interventions for Green Hydrogen Transition.,,seci.co.in\n,Component I,Electrolyser making.,,\n",
			[]string{"sheet › Basics › 1 (line 2): Sub-topic: What is green H2; Key points: Made by electrolysis on renewable power.; Source: mnre.gov.in",
				"sheet › Basics › 2 (line 3): Sub-topic: Colour code; Key points: Grey is from natural gas.",
				"sheet › Basics › 3 (line 4): Sub-topic: Uses; Key points: Refineries and fertiliser.",
				"sheet › SIGHT › 1 (line 5): Sub-topic: Full form; Key points: Strategic Interventions for Green Hydrogen Transition.; Source: seci.co.in",
				"sheet › SIGHT › 2 (line 6): Sub-topic: Component I; Key points: Electrolyser making."}},
		{"painting.csv", "\ufeffName,Tags,Created,Notes\r\nAjanta murals,\"Buddhist, Murals\",\"January 7, 2025 8:15 PM\",\"Ajanta caves are in Maharashtra,\nabove the Waghora river, 29 caves in all.\nTwo phases:\n• 2nd century BCE under the Satavahanas\n• 5th century CE under the Vakataka king Harishena\nThemes are the Jataka tales and the life of the Buddha.\"\r\n" +
			"Bagh caves,Buddhist,\"January 8, 2025 9:00 AM\",\"Bagh caves are in Dhar district of Madhya Pradesh on the Baghani river. Nine Buddhist caves, their murals close to Ajanta's in style but more earthly, much damaged by seepage.\"\r\n",
			[]string{"painting › Ajanta murals › 1 (line 2): Ajanta caves are in Maharashtra, above the Waghora river, 29 caves in all. Two phases:\n- 2nd century BCE under the Satavahanas\n- 5th century CE under the Vakataka king Harishena",
				"painting › Ajanta murals › 2 (line 2): Themes are the Jataka tales and the life of the Buddha.",
				"painting › Ajanta murals › 3 (line 2): Tags: Buddhist, Murals",
				"painting › Bagh caves › 1 (line 8): Bagh caves are in Dhar district of Madhya Pradesh on the Baghani river. Nine Buddhist caves, their murals close to Ajanta's in style but more earthly, much damaged by seepage.",
				"painting › Bagh caves › 2 (line 8): Tags: Buddhist"}},
		{"currents.csv", "Current,Ocean,Notes\r\nGulf Stream,N Atlantic,\"A fast, narrow and deep western boundary current that runs up the US east coast and turns away from land at Cape Hatteras, then meets the cold Labrador current.\"\r\n" +
			"Canary,N Atlantic,\"The cold eastern limb of the North Atlantic gyre, running south along Portugal and Morocco towards the Cape Verde islands, where it joins the equatorial flow.\"\r\n,,\r\n" +
			"TIDES,Where,Notes\r\nSpring tide,New and full moon,\"Sun, Moon and Earth in a line, so that their pulls add up and give the highest high tides and the lowest low tides, twice a month.\"\r\n",
			[]string{"currents › Gulf Stream › 1 (line 2): A fast, narrow and deep western boundary current that runs up the US east coast and turns away from land at Cape Hatteras, then meets the cold Labrador current.",
				"currents › Gulf Stream › 2 (line 2): Ocean: N Atlantic",
				"currents › Canary › 1 (line 3): The cold eastern limb of the North Atlantic gyre, running south along Portugal and Morocco towards the Cape Verde islands, where it joins the equatorial flow.",
				"currents › Canary › 2 (line 3): Ocean: N Atlantic",
				"currents › TIDES › Spring tide › 1 (line 6): Sun, Moon and Earth in a line, so that their pulls add up and give the highest high tides and the lowest low tides, twice a month.",
				"currents › TIDES › Spring tide › 2 (line 6): Where: New and full moon"}},
		{"ports.csv", "Port,State,Type\nKandla,Gujarat,Tidal\nParadip,Odisha,Riverine\n,,\nAIRPORTS,State,Type\nMopa,Goa,Greenfield\n",
			[]string{"ports › Table › 1 (line 2): Port: Kandla; State: Gujarat; Type: Tidal", "ports › Table › 2 (line 3): Port: Paradip; State: Odisha; Type: Riverine",
				"ports › AIRPORTS (line 6): Mopa; State: Goa; Type: Greenfield"}},
		{"pyq.csv", "Q No.,Question,Answer\n1,Who led the salt march in Tamil Nadu?,C. Rajagopalachari\n2,When was the Gandhi-Irwin Pact signed?,5 March 1931\n",
			[]string{"pyq › Table › 1 (line 2): Question: Who led the salt march in Tamil Nadu?; Answer: C. Rajagopalachari",
				"pyq › Table › 2 (line 3): Question: When was the Gandhi-Irwin Pact signed?; Answer: 5 March 1931"}},
		{"cdm.csv", "\"Made from Spectrum, revise weekly\"\n#,Topic,Details\nA. Background,,\n1,Simon Commission,Appointed in Nov 1927\n2,Nehru Report,Drafted in 1928\nB. Dandi March,,\n3,Dandi March,Began on 12 Mar 1930\n",
			[]string{"cdm › A. Background › 1 (line 4): Topic: Simon Commission; Details: Appointed in Nov 1927",
				"cdm › A. Background › 2 (line 5): Topic: Nehru Report; Details: Drafted in 1928",
				"cdm › B. Dandi March (line 7): Topic: Dandi March; Details: Began on 12 Mar 1930"}},
		{"mpc.csv", "A. Composition,,\n#,Member,How chosen\n1,Governor of RBI,ex officio\n2,Three external experts,appointed by the Central Govt on the advice of a search committee\n" +
			"C. Present MPC,,\nName,Seat,Background / note\nSanjay Malhotra,Governor (chair),took charge in December 2024 after Shaktikanta Das as the 26th Governor\n" +
			"Ram Singh,External,Director of the Delhi School of Economics\n",
			[]string{"mpc › A. Composition › 1 (line 3): #: 1; Member: Governor of RBI; How chosen: ex officio",
				"mpc › A. Composition › 2 (line 4): #: 2; Member: Three external experts; How chosen: appointed by the Central Govt on the advice of a search committee",
				"mpc › C. Present MPC › 1 (line 7): Name: Sanjay Malhotra; Seat: Governor (chair); Background / note: took charge in December 2024 after Shaktikanta Das as the 26th Governor",
				"mpc › C. Present MPC › 2 (line 8): Name: Ram Singh; Seat: External; Background / note: Director of the Delhi School of Economics"}},
		{"pds.csv", "PDS vs NFSA - comparison tracker,,,,\nlast edited 14-Sep-2025,,,,\"yellow = prelims fact, red = mains value-add\"\n,,,,\n" +
			"Aspect,TPDS (1997-2013),NFSA 2013,Notes / exam angle,Source\nORIGIN,,,,\nApproach,\"Targeted: BPL and APL cards\",Rights-based: a legal entitlement,welfare -> legal right,class notes\n" +
			"TIMELINE,,,,\nYear,Event,,Notes,Source\n1997,TPDS launched (June),,replaced the Revamped PDS of 1992 in tribal and hilly blocks,PIB\n2013,NFSA passed in September,,,PIB\n" +
			"RECENT DEVELOPMENTS,,,,\n2024 (Oct),Fortified rice supplied till Dec 2028,,FRK mixed 1:100,PIB Oct 2024\n",
			[]string{"pds › Definition (line 1): PDS vs NFSA - comparison tracker last edited 14-Sep-2025 – yellow = prelims fact, red = mains value-add",
				"pds › ORIGIN (line 6): Aspect: Approach; TPDS (1997-2013): Targeted: BPL and APL cards; NFSA 2013: Rights-based: a legal entitlement; Notes / exam angle: welfare -> legal right; Source: class notes",
				"pds › TIMELINE › 1 (line 9): Year: 1997; Event: TPDS launched (June); Notes: replaced the Revamped PDS of 1992 in tribal and hilly blocks; Source: PIB",
				"pds › TIMELINE › 2 (line 10): Year: 2013; Event: NFSA passed in September; Source: PIB",
				"pds › RECENT DEVELOPMENTS › 1 (line 12): Year: 2024 (Oct); Event: Fortified rice supplied till Dec 2028; Notes: FRK mixed 1:100; Source: PIB Oct 2024"}},
		{"species.csv", "Species,Native range,Where in India,Pathway,Impact,Control,Revised\n" +
			"Lantana camara,Central and South America,Almost every forest of the plains and the lower hills,Brought in 1807 as a garden hedge to the Calcutta botanic garden,\"Forms thickets in tiger reserves, shades out grass and feeds fires\",Cut and uproot by hand; the Curtis method,2025-03-02\n" +
			"Parthenium hysterophorus,Mexico and the Caribbean,\"Farms, roadsides and waste land of every state\",Seeds mixed in PL-480 wheat shipped from the USA; first noticed in Pune in 1955,\"Causes dermatitis and asthma, cuts crop yields\",The Mexican beetle Zygogramma bicolorata since 1984,2025-03-04\n" +
			"Mikania micrantha,Central and South America,\"Assam, Kerala and the forests of the Western Ghats\",Brought to Assam in the Second World War to hide airfields,Smothers trees in the Western Ghats and the North-East,\"A rust fungus, the first fungal biocontrol agent let out in India\",2025-03-09\n",
			[]string{"species › Lantana camara (line 2): Native range: Central and South America; Where in India: Almost every forest of the plains and the lower hills; Pathway: Brought in 1807 as a garden hedge to the Calcutta botanic garden; Impact: Forms thickets in tiger reserves, shades out grass and feeds fires; Control: Cut and uproot by hand; the Curtis method",
				"species › Parthenium hysterophorus (line 3): Native range: Mexico and the Caribbean; Where in India: Farms, roadsides and waste land of every state; Pathway: Seeds mixed in PL-480 wheat shipped from the USA; first noticed in Pune in 1955; Impact: Causes dermatitis and asthma, cuts crop yields; Control: The Mexican beetle Zygogramma bicolorata since 1984",
				"species › Mikania micrantha (line 4): Native range: Central and South America; Where in India: Assam, Kerala and the forests of the Western Ghats; Pathway: Brought to Assam in the Second World War to hide airfields; Impact: Smothers trees in the Western Ghats and the North-East; Control: A rust fungus, the first fungal biocontrol agent let out in India"}},
		{"mains.csv", "Q No.,Question,Model answer\n" +
			"1,Why did the Civil Disobedience Movement draw more women and peasants than the Non-Cooperation Movement had a decade before?,Salt touched every household and the march was planned for the villages; the Congress had built district committees that now reached the peasants.\n" +
			"2,How far did the Gandhi-Irwin Pact of March 1931 meet the demands the Congress had put forward at Lahore in 1929?,It released prisoners and allowed salt making on the coast but said nothing of purna swaraj; the Congress agreed to attend the second conference.\n",
			[]string{"mains › Table › 1 (line 2): Question: Why did the Civil Disobedience Movement draw more women and peasants than the Non-Cooperation Movement had a decade before?; Model answer: Salt touched every household and the march was planned for the villages; the Congress had built district committees that now reached the peasants.",
				"mains › Table › 2 (line 3): Question: How far did the Gandhi-Irwin Pact of March 1931 meet the demands the Congress had put forward at Lahore in 1929?; Model answer: It released prisoners and allowed salt making on the coast but said nothing of purna swaraj; the Congress agreed to attend the second conference."}},
		{"rivers.tsv", "Ganga\tRises at Gangotri as the Bhagirathi and meets the Alaknanda at Devprayag.\nKosi\tCalled the sorrow of Bihar for its floods.\n",
			[]string{"rivers › List › 1 (line 1): Ganga: Rises at Gangotri as the Bhagirathi and meets the Alaknanda at Devprayag.",
				"rivers › List › 2 (line 2): Kosi: Called the sorrow of Bihar for its floods."}},
		// A Google Forms quiz's responses: a question a section, headed by
		// its number, its statements and each response's answer under it,
		// named by the respondent's name; the time and the e-mail no text.
		{"Quiz 14 (Responses).csv", "Timestamp,Email Address,Full name,\"Q1. [Concepts] Consider the following statements:\n1. The term was first used by Arthur Schlesinger Jr.\n2. Article 142 uses the expression.\nWhich are correct?\",Q2. Which 2007 case said judges must know their limits?,Any doubt for sir? (optional)\n" +
			"2025/08/29 6:12:40 PM GMT+5:30,key@example.com,ANSWER KEY,1 only,Aravali Golf Club v. Chander Hass,Explanations after 10 pm\n" +
			"2025/08/29 6:40:02 PM GMT+5:30,aditi@example.com,Aditi Sharma,1 and 2,Vineet Narain,\n",
			[]string{"Quiz 14 (Responses) › Q1 [Concepts] › 1 (line 1): Consider the following statements: 1. The term was first used by Arthur Schlesinger Jr. 2. Article 142 uses the expression. Which are correct?",
				"Quiz 14 (Responses) › Q1 [Concepts] › 2 (line 5): - ANSWER KEY: 1 only\n- Aditi Sharma: 1 and 2",
				"Quiz 14 (Responses) › Q2 › 1 (line 1): Which 2007 case said judges must know their limits?",
				"Quiz 14 (Responses) › Q2 › 2 (line 5): - ANSWER KEY: Aravali Golf Club v. Chander Hass\n- Aditi Sharma: Vineet Narain",
				"Quiz 14 (Responses) › Any doubt for sir? (optional) (line 5): ANSWER KEY: Explanations after 10 pm"}},
		// A form that asks no name: each response named by its number.
		{"Poll (Responses).csv", "Timestamp,Which Act set up the GST Council?,Any doubt?\n2025/08/29 6:12:40 PM,The 101st Amendment,none\n",
			[]string{"Poll (Responses) › Which Act set up the GST Council? (line 2): Response 1: The 101st Amendment",
				"Poll (Responses) › Any doubt? (line 2): Response 1: none"}},
		// Anki's "Notes in Plain Text" saved as .tsv: a deck, its cards'
		// fields as wide as an image occlusion's, so that the others end in
		// empty ones before the tags.
		{"iod.tsv", "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:9\n" +
			"a1\tBasic\tUPSC::Geo::IOD basics\tWhat is the <b>IOD</b>?\tA see-saw of sea temperature.<br><br>Often called the Indian Niño.\t\t\t\tgeo::iod HighYield\n" +
			"a2\tCloze\tUPSC::Geo::IOD basics\tStrong negative IOD years: {{c1::2016}} and {{c2::2022}}.\t\t\t\t\tgeo::iod\n" +
			"a5\tCloze\tUPSC::Geo::IOD basics\tIt peaks in {{c1::September to November}}.\t\t\t\t\tgeo::iod\n" +
			"a3\tImage Occlusion\tUPSC::Geo::IOD basics\t{{c1::image-occlusion:rect:left=.05:top=.33:width=.23:height=.14:oi=1}}\t\"<img src=\"\"iod.png\"\">\"\tPositive IOD diagram\tWarm water is pushed west.\t\tgeo::iod\n" +
			"a4\tBasic\tUPSC::Geo::IOD basics\tIndex for the IOD\tDMI\t\t\t\tgeo::iod\n",
			[]string{"IOD basics › Flashcards › 1 (line 7): What is the IOD?\nA see-saw of sea temperature. Often called the Indian Niño.",
				"IOD basics › Flashcards › 2 (line 8): Strong negative IOD years: 2016 and 2022.",
				"IOD basics › Flashcards › 3 (line 9): It peaks in September to November.",
				"IOD basics › Flashcards › 4 (line 10): Positive IOD diagram\nWarm water is pushed west.",
				"IOD basics › Flashcards › 5 (line 11): Index for the IOD\nDMI"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := corpus.Parse(tc.name, []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := passages(d); !slices.Equal(got, tc.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestBadSheets: an empty sheet and one of too many columns are problems,
// told as such; a sheet that is not UTF-8 (Excel's "CSV (Comma
// delimited)") is read as Windows-1252, with a warning at its line.
func TestBadSheets(t *testing.T) {
	d, err := corpus.Parse("s.csv", []byte("Case,Year,Note\nCIC order,2013,\x93Parties are public authorities\x94\nSC verdict,2019,CJI\x92s office is one\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Passages) != 2 || !strings.Contains(d.Passages[0].Text, "“Parties are public authorities”") || len(d.Warnings) != 1 || d.Warnings[0].Line != 2 || !strings.Contains(d.Warnings[0].Msg, "Windows-1252") {
		t.Errorf("passages %+v, warnings %v", d.Passages, d.Warnings)
	}
	for _, c := range []struct{ data, want string }{
		{",,\n\n", "an empty sheet"},
		{strings.Repeat("a,", sheet.MaxColumns+1) + "a\n", "line 1: 102 columns, more than 100"},
	} {
		_, err := corpus.Parse("s.csv", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), "s.csv: "+c.want) {
			t.Errorf("%q: error %v, want %q", c.data, err, c.want)
		}
	}
}

// FuzzConvert: any input converts or fails with an error, never a panic,
// with an origin for every line.
func FuzzConvert(f *testing.F) {
	f.Add([]byte("Article,Subject\n352,\"National, emergency\"\n"))
	f.Add([]byte("a\tb\nc\td\te\n"))
	f.Add([]byte("\ufeffName,Tags,Notes\r\nA,x,\"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen\nsixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five\n• a bullet\"\r\nB,y,\"- b one\n- b two c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc\"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := sheet.Convert(data)
		if err != nil {
			return
		}
		if len(c.Origin) != strings.Count(string(c.Text), "\n") {
			t.Fatalf("%d origins for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
		}
	})
}

// TestTodoist: a Todoist project exported as a CSV template is read as
// the project: a section a section, a task a passage (its labels and the
// "* " of a task that cannot be ticked left out) with its description
// (Markdown), its sub-tasks and the comments on it (their authors' words)
// in it.
func TestTodoist(t *testing.T) {
	data := "TYPE,CONTENT,DESCRIPTION,IS_COLLAPSED,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\r\n" +
		"meta,view_style=list,,,,,,,,,\r\n,,,,,,,,,,\r\n" +
		"task,* READ FIRST - what this project is for,\"MGNREGA is the Act of 2005.\nThis project is the money side.\",,4,1,Ritika Sharma (41829),,,en,\r\n" +
		"section,Wage rate 💰,,,,,,,,,\r\n" +
		"task,Sec 6 - who notifies the wage @act @gs3,\"- **Sec 6(1):** the Centre notifies a wage rate.\n- One rate for men and women.\",,1,1,Ritika Sharma (41829),,,en,\r\n" +
		"task,Link: Sanjit Roy v State of Rajasthan (1983),,,1,2,Ritika Sharma (41829),,,en,\r\n" +
		"note,Paying below the minimum wage is forced labour.,,,,,Arjun Menon (4471025),,,,\r\n" +
		"task,Read the PRS brief,,,1,1,Ritika Sharma (41829),,,en,\r\n"
	d, err := corpus.Parse("mgnrega wages.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"mgnrega wages › Definition (line 4): READ FIRST - what this project is for. MGNREGA is the Act of 2005. This project is the money side.",
		"mgnrega wages › Wage rate › 1 (line 7): Sec 6 - who notifies the wage.\n- Sec 6(1): the Centre notifies a wage rate.\n- One rate for men and women.\n" +
			"- Link: Sanjit Roy v State of Rajasthan (1983)\n  - Arjun Menon: Paying below the minimum wage is forced labour.",
		"mgnrega wages › Wage rate › 2 (line 11): Read the PRS brief",
	}
	if got := passages(d); !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
