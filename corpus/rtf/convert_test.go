package rtf

import (
	"strings"
	"testing"
)

// wordHead opens a file as Word writes it: a font table whose second font
// is Symbol (WordPad's bullets) and third Cyrillic, a stylesheet with
// heading styles (the first by its outline level, the second by its name
// and an alias), and the title in the properties.
const wordHead = `{\rtf1\ansi\ansicpg1252\deff0\deflang1033{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fnil\fcharset2 Symbol;}{\f2\fswiss\fcharset204 Arial;}}
{\colortbl ;\red0\green0\blue255;}
{\stylesheet{\ql \li0\ri0\widctlpar\wrapdefault\f0\fs24 \snext0 Normal;}{\s1\ql \keepn\outlinelevel0\b\fs32 \sbasedon0 \snext0 heading 1;}
{\s2\ql \keepn\b\fs28 \sbasedon0 \snext0 heading 2,H2;}{\*\cs10 \additive \ssemihidden Default Paragraph Font;}{\s15\qc\b\fs40 \sbasedon0 Title;}}
{\*\generator Riched20 10.0.19041}{\info{\title Fundamental Rights}{\author Asha}{\*\company Notes}}
`

// TestConvert reads what each writer marks, as the Markdown it is written as.
func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name, rtf, want string
	}{
		{"heading styles under the title in the properties", wordHead + `{\header \pard\plain Class notes, page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
\pard\plain \s1\outlinelevel0\b\fs32 Right to Equality\par
\pard\plain Articles 14 to 18 make everyone equal before the law.\par
\pard\plain \s2\b\fs28 Article 17\par
\pard\plain Untouchability is abolished \'96 its practice an offence.\par
\pard\plain \s1\b\fs32 Right to Freedom\par
\pard\plain Article 19 guarantees six freedoms.\par}`,
			"# Fundamental Rights\n\n## Right to Equality\n\nArticles 14 to 18 make everyone equal before the law.\n\n### Article 17\n\nUntouchability is abolished – its practice an offence.\n\n## Right to Freedom\n\nArticle 19 guarantees six freedoms.\n"},
		{"a Title paragraph and a sole top heading", wordHead + `\pard\plain\s15\qc\b\fs40 Rights\par
\pard\plain\s1\b\fs32 Equality\par
\pard\plain Before the law.\par}`,
			"# Rights\n\n## Equality\n\nBefore the law.\n"},
		{"lists as Word 97 and WordPad write them", wordHead + `\pard\plain\s1 Writs\par
\pard\plain{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pnf0\pnindent360\pnstart1\pndec{\pntxta.}}\fi-360\li720 Habeas corpus\par
{\pntext\f0 2.\tab}{\*\pn\pnlvlbody\pnf0\pnindent360\pnstart1\pndec{\pntxta.}}\fi-360\li720 Mandamus\par
\pard\plain{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'b7}}\fi-720\li720 Issued by the Supreme Court\par
{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'b7}}\fi-720\li1440 under Article 32\par
\pard\plain After the list.\par}`,
			"# Writs\n\n1. Habeas corpus\n2. Mandamus\n- Issued by the Supreme Court\n  - under Article 32\n\nAfter the list.\n"},
		{"a table, its first row the header", wordHead + `\pard\plain\s1 Bodies\par
\trowd\trgaph108\cellx3000\cellx6000
\pard\plain\intbl Body\cell Set up\cell\row
\trowd\trgaph108\cellx3000\cellx6000\cellx9000
\pard\plain\intbl Lokpal\cell 2019 {\b (Act of}\par\pard\plain\intbl 2013)\cell Ombudsman\cell\row
\trowd\trgaph108\cellx3000\cellx6000
\pard\plain\intbl CVC | vigilance\cell 1964\cell\row
\trowd\trgaph108\cellx3000\cellx6000
\pard\plain\intbl \cell \cell\row
\pard\plain After the table.\par}`,
			"# Bodies\n\n| Body | Set up |  |\n| --- | --- | --- |\n| Lokpal | 2019 (Act of 2013) | Ombudsman |\n| CVC / vigilance | 1964 |\n\nAfter the table.\n"},
		{"a table set out at tab stops, as WordPad writes one; a list's bullet and tab no cell", wordHead + `\pard\plain\s1 Names\par
\pard\tx2835\b Region\tab Local name\b0\par
\pard\tx2835 North Indian Ocean\tab Cyclone\par
\pard\tx2835 Atlantic\tab Hurricane\par
\pard\tx2835 NW Pacific\tab Typhoon\par
\pard\plain\'95\tab Named at the cyclonic storm stage.\par
\pard\plain\'95\tab Names are not reused.\par
\pard\plain\'95\tab Each country gives thirteen.\par
\pard\plain After the list.\par
\pard\plain 1.\tab Name the panel.\par
\pard\plain 2.\tab Name its centre.\par
\pard\plain 3.\tab Name the list.\par}`,
			"# Names\n\n| Region | Local name |\n| --- | --- |\n| North Indian Ocean | Cyclone |\n| Atlantic | Hurricane |\n| NW Pacific | Typhoon |\n\n- Named at the cyclonic storm stage.\n- Names are not reused.\n- Each country gives thirteen.\n\nAfter the list.\n\n1. Name the panel.\n2. Name its centre.\n3. Name the list.\n"},
		{"footnotes at the end of their section", wordHead + `\pard\plain\s1 Lokpal\par
\pard\plain The Lokpal is an ombudsman{\cs16\super\chftn{\footnote \pard\plain \s17\fs20 {\cs16\super\chftn} Set up in 2013.\par}}, with eight members.\par
\pard\plain It answers to no minister.\par
\pard\plain\s2 Lokayukta\par
\pard\plain A state's own{\super\chftn}{\*\footnote\chftn\~\plain\pard {\pard \ql \f0 \sa180 \li0 \fi0 As pandoc writes notes.\par}
}.\par}`,
			"# Lokpal\n\nThe Lokpal is an ombudsman, with eight members.\n\nIt answers to no minister.\n\nSet up in 2013.\n\n## Lokayukta\n\nA state's own.\n\nAs pandoc writes notes.\n"},
		{"hyperlinks and other fields", wordHead + `\pard\plain\s1 Sources\par
{\field{\*\fldinst {TOC \\o "1-3" \\h}}{\fldrslt {\pard\plain Sources\tab 1\par}}}
\pard\plain See {\field{\*\fldinst{HYPERLINK "https://legislative.gov.in/"}}{\fldrslt{\ul\cf1 the Constitution}}}{\field{\*\fldinst PAGEREF _Toc1}{\fldrslt 3}}.\par}`,
			"# Sources\n\nSee the Constitution.\n"},
		{"\\uc skipping", `{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\b Sanskrit\b0\par
\pard {\uc2\u2351\'3f\'3f\u2379\'3f\'3f\u2327 ??}: yoga{\uc0\u8377 }5 \u8217'quoted\u8217' caf\u233?\par
\pard\u-10179?\u-8704?  the emoji, in two halves{\f1\u-3913\'b7}\par
}`,
			"Sanskrit\nयोग: yoga₹5 ’quoted’ café\n😀  the emoji, in two halves•\n"},
		{"nested unknown destinations", `{\rtf1\ansi{\fonttbl{\f0 Arial{\*\falt Helvetica};}}
{\*\unknown outer {\inner hidden {\deeper hidden}} hidden}{\*\bkmkstart x}{\*\bkmkend x}
\pard\b Title line\b0\par
\pard Kept{\*\shppict{\pict\pngblip 89504e47}}{\nonshppict{\pict\wmetafile8 0100}} text{\v hidden} and {\object\objemb{\*\objclass Equation}{\*\objdata 0102}{\result shown}}.\par
\pard {\*\atnid A}{\*\annotation a comment} After{\xe index entry}\bin4 {}\}\par}`,
			"Title line\nKept text and shown.\n After\n\nComment: a comment\n"}, // a comment is the notes' own, as in Word
		{"code pages by font and document", `{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fnil Arial;}{\f1\fnil\fcharset0 Arial;}{\f2\fnil\fcharset128 MS Mincho;}}
\pard\f0 \'cf\'f0\'e0\'e2\'ee\par
\pard\f1 Caf\'e9 \'93quoted\'94\par
\pard\f2 \'93\'fa\'96\'7b\par}`,
			"Право\nCafé “quoted”\n日本\n"},
		{"plain notes", `{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 GREEN HYDROGEN\par\par 1. Introduction\line Hydrogen made with renewable power.\par\tab - 5 MMT a year by 2030\par}`,
			"GREEN HYDROGEN\n\n1. Introduction\nHydrogen made with renewable power.\n\t- 5 MMT a year by 2030\n"},
		{"a TextEdit attachment and line break", "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2822\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n\\pard\\f0\\fs24 \\cf0 Rainfall map:\\\n" +
			"{{\\NeXTGraphic rainfall.png \\width640 \\height480 \\appleattachmentpadding0 \\appleembedtype0 \\appleaqc\n}\xac}\\\nWettest: Mawsynram\\uc0\\u8232 Driest: Jaisalmer\\\n}",
			"Rainfall map:\n\nWettest: Mawsynram\nDriest: Jaisalmer\n"},
		{"a text box after its paragraph, Unicode versions of text", `{\rtf1\ansi{\info{\upr{\title Polity ?}{\*\ud{\title Polity \u8377?}}}}
\pard{\b Members}\par
\pard A committee chairs it.{\shp{\*\shpinst\shpleft0{\sp{\sn shapeType}{\sv 202}}{\shptxt \pard Box: the Speaker sits on it.\par}}{\shprslt{\*\do\dobxcolumn{\*\dptxbxtext Box again}}}} More.\par
\pard{\upr{Next ?}{\*\ud{Next \u8594?}}} line.\par}`,
			"# Polity ₹\n\n**Members**\n\nA committee chairs it. More.\n\nBox: the Speaker sits on it.\n\nNext → line.\n"},
		{"bigger lines as headings", `{\rtf1\ansi\ansicpg1252\cocoartf2822{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
\pard\f0\fs48 Climate\
\fs24 \
\fs32 Monsoon\
\fs24 Rain from June to September, with a {\b bold} word.\
\fs28 Onset\
\fs24 Kerala on 1 June.\
\fs32 Cyclones\
\fs24 In May and November.\
}`,
			"# Climate\n\n## Monsoon\n\nRain from June to September, with a bold word.\n\n### Onset\n\nKerala on 1 June.\n\n## Cyclones\n\nIn May and November.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Convert([]byte(tc.rtf))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(c.Text); got != tc.want {
				t.Errorf("Convert(…) =\n%s\nwant\n%s", got, tc.want)
			}
			if lines := strings.Count(string(c.Text), "\n"); len(c.Origin) != lines {
				t.Errorf("%d places for %d lines", len(c.Origin), lines)
			}
		})
	}
}
