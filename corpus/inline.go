package corpus

import (
	"html"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	emphasisRE  = regexp.MustCompile(`\*([^\s*](?:[^*]*[^\s*])?)\*`)
	mdLinkRE    = regexp.MustCompile(`!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)`) // a destination may hold (balanced) parentheses
	mdImageRE   = regexp.MustCompile(`!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)`)
	mdRefLinkRE = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdCodeRE    = regexp.MustCompile("`([^`]+)`")
	mdStrongRE  = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	// mdStrongStarsRE is "**" strong emphasis of a run without asterisks.
	mdStrongStarsRE = regexp.MustCompile(`\*\*([^*\s](?:[^*]*[^*\s])?)\*\*`)
	mdUnderRE       = regexp.MustCompile(`_([^\s_](?:[^_]*[^\s_])?)_`)
	mdStrikeRE      = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdHighRE        = regexp.MustCompile(`==(\S(?:.*?\S)?)==`)
	logseqHighRE    = regexp.MustCompile(`\^\^(\S(?:.*?\S)?)\^\^`)
	blockRefRE      = regexp.MustCompile(`\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)`)
	orgBlockRE      = regexp.MustCompile(`(?i)^#\+(?:begin|end)_[a-z]+\b.*$`)
	// Bear's highlight, "::Magnitude ≠ intensity::", between spaces or
	// punctuation: not the "::" of "geo::rivers" or "std::sort".
	bearHighRE   = regexp.MustCompile(`(^|[\s(\[])::(\S(?:.*?\S)?)::($|[\s.,;:!?)\]])`)
	wikiLinkRE   = regexp.MustCompile(`!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]`)
	autoLinkRE   = regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]+)>`)
	htmlTagRE    = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
	htmlBreakRE  = regexp.MustCompile(`(?i)(?:\s*</?(?:br|hr|p|div|li|ul|ol|table|thead|tbody|tr|td|th|details|summary|blockquote|dt|dd|h[1-6])\b[^<>]*>)+\s*`)
	footnoteRE   = regexp.MustCompile(`\[\^[^\]\s]+\]`)
	mdEscapeRE   = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`) // any ASCII punctuation
	inlineListRE = regexp.MustCompile(`(?i)(?:^|\s+)answerpoints:\s*`)
	entityRE     = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
)

// plain removes *emphasis* markers that stand at word boundaries.
func plain(t string) string {
	if !strings.Contains(t, "*") {
		return t
	}
	return unwrap(t, emphasisRE, 1)
}

// unmarked is a heading or title without the marks of emphasis notes
// typed around it or its words, as chat apps and Markdown write them
// ("*Background*", "_Prelims + Mains_", "**Key points**"), and without a mark
// left over at its ends when the rest of its pair went with punctuation.
func unmarked(t string) string {
	if !strings.ContainsAny(t, "*_") {
		return t
	}
	t = plain(unwrap(t, mdStrongRE, 2))
	if strings.Contains(t, "_") {
		t = unwrap(t, mdUnderRE, 1)
	}
	return strings.Trim(t, "*_ ")
}

// unwrap replaces each match of re that stands at word boundaries with its
// group-th submatch.
func unwrap(t string, re *regexp.Regexp, group int) string {
	ms := re.FindAllStringSubmatchIndex(t, -1)
	if ms == nil {
		return t
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		before, _ := utf8.DecodeLastRuneInString(t[:m[0]])
		after, _ := utf8.DecodeRuneInString(t[m[1]:])
		if m[0] > 0 && isWord(before) || m[1] < len(t) && isWord(after) {
			continue
		}
		b.WriteString(t[at:m[0]])
		b.WriteString(t[m[2*group]:m[2*group+1]])
		at = m[1]
	}
	b.WriteString(t[at:])
	return b.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// unwrapStrong removes the marks of strong emphasis: at word boundaries,
// and "**" around a run without asterisks within words too, as Markdown
// reads them ("**C**rew **E**scape" is "Crew Escape").
func unwrapStrong(t string) string {
	if strings.Contains(t, "**") {
		t = mdStrongStarsRE.ReplaceAllString(t, "$1")
	}
	if !strings.Contains(t, "**") && !strings.Contains(t, "__") {
		return t // no marks left for mdStrongRE
	}
	return unwrap(t, mdStrongRE, 2)
}

// htmlMarkupRE is a run of breaks or a tag, removed in one pass: the text
// around a tag removed first must not join into a tag of its own
// ("<x it?</summary>text>" is not one tag).
var htmlMarkupRE = regexp.MustCompile(htmlBreakRE.String() + "|" + htmlTagRE.String())

// criticRE matches CriticMarkup, as Scrivener and MultiMarkdown write
// annotations and changes: a comment "{>>re-check dates<<}", an addition
// "{++…++}", a deletion "{--…--}", a substitution "{~~old~>new~~}", a
// highlight "{==…==}".
var criticRE = regexp.MustCompile(`\{(?:>>(.*?)<<|\+\+(.*?)\+\+|--(.*?)--|~~(.*?)~>(.*?)~~|==(.*?)==)\}`)

// critic is the text a piece of CriticMarkup shows: a comment in
// brackets, what is added, substituted or highlighted; a deletion nothing.
func critic(m string) string {
	p := criticRE.FindStringSubmatch(m)
	switch {
	case strings.HasPrefix(m, "{>>"):
		return " (" + strings.TrimSpace(p[1]) + ")"
	case strings.HasPrefix(m, "{++"):
		return p[2]
	case strings.HasPrefix(m, "{~~"):
		return p[5]
	case strings.HasPrefix(m, "{=="):
		return p[6]
	}
	return ""
}

// mdInline reads a line of Markdown as the text it shows: links and wiki
// links keep their text (a wiki link its alias), images their alt text;
// emphasis, highlights, strike-through and code markers go, and so do
// Logseq's block references and the lines that open and close its blocks,
// HTML tags (a break, "<br>", or a block tag is a space), footnote marks
// and backslash escapes; entities are decoded; CriticMarkup shows as the
// text it leaves.
// Each rule runs only on lines holding the characters it needs.
// citationRE matches a pandoc citation in brackets, the space before it
// too: " [@chandra1966, 29]", "[see @joshi1889; -@ray1895]".
var citationRE = regexp.MustCompile(`\s?\[(?:[^\[\]@]{0,40}[\s;])?-?@[\w:.#$%&+?<>~/-]+[^\[\]]*\]`)

func mdInline(s string) string {
	if strings.Contains(s, "{") {
		s = criticRE.ReplaceAllStringFunc(s, critic)
	}
	if strings.Contains(s, "[[") {
		s = wikiLinkRE.ReplaceAllStringFunc(s, wikiText)
	}
	if strings.Contains(s, "](") {
		if strings.Contains(s, "![") {
			s = mdImageRE.ReplaceAllStringFunc(s, linkText) // first, for a linked picture: "[![validate](badge.svg)](…)"
		}
		s = mdLinkRE.ReplaceAllStringFunc(s, linkText)
	}
	if strings.Contains(s, "][") {
		s = mdRefLinkRE.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "[^") {
		s = footnoteRE.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "@") && strings.Contains(s, "[") {
		s = citationRE.ReplaceAllString(s, "") // pandoc's "[@dutt1902, p. 12]", as Zettlr writes sources
	}
	if strings.Contains(s, "<") {
		s = autoLinkRE.ReplaceAllString(s, "$1")
		s = htmlMarkupRE.ReplaceAllStringFunc(s, func(m string) string {
			if htmlBreakRE.MatchString(m) {
				return " "
			}
			return ""
		})
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = unwrapStrong(s)
	}
	if strings.Contains(s, "==") {
		s = unwrap(s, mdHighRE, 1)
	}
	if strings.Contains(s, "::") {
		s = bearHighRE.ReplaceAllString(s, "$1$2$3")
	}
	if colonBeforeLetter(s) && emojiCodeRE.MatchString(s) {
		s = emojiCodeRE.ReplaceAllString(s, "$1$2")                    // ":scroll:", an emoji as Typora and GitHub type it
		s = strings.TrimSpace(emojiCodeRE.ReplaceAllString(s, "$1$2")) // the second of two side by side
	}
	if strings.Contains(s, "^^") {
		s = unwrap(s, logseqHighRE, 1) // Logseq's highlight
	}
	if strings.Contains(s, "((") {
		s = blockRefRE.ReplaceAllString(s, "") // a Logseq block reference shows another block
	}
	if strings.Contains(s, "#+") {
		s = orgBlockRE.ReplaceAllString(s, "") // "#+BEGIN_WARNING" of a Logseq block
	}
	if strings.Contains(s, "~~") {
		s = unwrap(s, mdStrikeRE, 1)
	}
	if strings.Contains(s, "`") {
		s = unwrap(s, mdCodeRE, 1)
	}
	if strings.Contains(s, "_") {
		s = unwrap(s, mdUnderRE, 1)
	}
	if strings.Contains(s, `\`) {
		s = mdEscapeRE.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "&") {
		s = entityRE.ReplaceAllStringFunc(s, entity)
	}
	return strings.TrimSpace(s)
}

// entity decodes a character reference as Markdown does: only a whole
// one, ending in ";" ("&amp;", "&#8377;"); "&cent" and "&centx;" stay as
// written (html.UnescapeString would read them "¢" and "¢x;").
func entity(ref string) string {
	u := html.UnescapeString(ref)
	if u == ref || len(u) > 1 && strings.HasSuffix(u, ";") {
		return ref // not a known name, or only a prefix of it is
	}
	return u
}

// linkText is what a Markdown link or image shows: its text, an image's
// alt text but for a slide deck's sizing of it ("![w:900 bg right](…)",
// as Marp writes it).
func linkText(m string) string {
	text := mdLinkRE.FindStringSubmatch(m)[1]
	if m[0] == '!' && imageDirectivesRE.MatchString(text) {
		return ""
	}
	return text
}

var imageDirectivesRE = regexp.MustCompile(`^\s*(?:(?:(?:w|h|width|height):\s*\d+(?:px|%|em)?|\d+%|bg|left|right|contain|cover|fit|auto|vertical|sepia|grayscale|blur(?::\S+)?|brightness:\S+|opacity:\S+|(?:left|right):\d+%)\s*)+$`)

// wikiText is what an Obsidian link shows: "[[Page|alias]]" → "alias",
// "[[Page#Part]]" → "Page › Part", "[[Page]]" → "Page"; an embedded
// picture, recording or video ("![[diagram.png]]") shows no text.
func wikiText(m string) string {
	sm := wikiLinkRE.FindStringSubmatch(m)
	switch {
	case m[0] == '!' && mediaExtensions[strings.ToLower(path.Ext(strings.TrimSpace(sm[1])))]:
		return ""
	case strings.TrimSpace(sm[3]) != "":
		return strings.TrimSpace(sm[3])
	case strings.TrimSpace(sm[2]) != "" && strings.TrimSpace(sm[1]) != "":
		return strings.TrimSpace(sm[1]) + Separator + strings.TrimSpace(sm[2])
	case strings.TrimSpace(sm[2]) != "":
		return strings.TrimSpace(sm[2])
	}
	return withoutNoteID(strings.TrimSpace(sm[1]))
}

// inlineList splits "limited by: answerPoints: * a. * b." into its head and points.
func inlineList(t string) (head string, points []string, ok bool) {
	if !strings.Contains(t, "oints:") && !strings.Contains(t, "OINTS:") {
		return "", nil, false
	}
	loc := inlineListRE.FindStringIndex(t)
	if loc == nil {
		return "", nil, false
	}
	head = strings.TrimSpace(t[:loc[0]])
	rest := strings.TrimSpace(t[loc[1]:])
	rest = strings.TrimPrefix(rest, "* ")
	for _, p := range strings.Split(rest, " * ") {
		if p = strings.TrimSpace(p); p != "" {
			points = append(points, p)
		}
	}
	return head, points, true
}

// Comment is how every reader writes a reviewer's comment on the text, as
// Word's comments are read: "Comment: …".
func Comment(text string) string { return "Comment: " + text }

// emojiCodeRE matches an emoji typed by its code, a word apart:
// ":balance_scale:".
var emojiCodeRE = regexp.MustCompile(`(^|\s):[a-z][a-z0-9_+\-]*:(\s|$)`)

// colonBeforeLetter reports whether s has a ":" right before a lower-case
// letter, as an emoji code has. Most colons in notes have none ("Note: …",
// "https://…", "10:30"): their lines skip emojiCodeRE.
func colonBeforeLetter(s string) bool {
	for {
		i := strings.IndexByte(s, ':')
		if i < 0 || i+1 == len(s) {
			return false
		}
		if c := s[i+1]; 'a' <= c && c <= 'z' {
			return true
		}
		s = s[i+1:]
	}
}

// OneLine is s with its runs of white space, line breaks too, one space,
// and none at its ends: a field of an app's export read as one line.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// EscapeMarkdown writes text taken from elsewhere (a web page, a PDF) so
// that a line of Markdown reads it back as written: a "<" that mdInline
// would read as the start of a tag ("<b>", "</i>") as "&lt;", a "&" that
// starts a character reference ("&cent;", "&#36;") as "&amp;", a "["
// that a "]" follows as "&#91;" (references are decoded after links are
// read, so "[a](b)", "[[P|a]]" and "[^fn]" stay text) but for a wiki link
// that shows all it says ("[[ITCZ]]", read as "ITCZ"), and the first
// mark of a line that starts as a code fence ("~~~ x", "```") as "&#126;"
// or "&#96;", so that it and the lines after it stay text.
func EscapeMarkdown(s string) string {
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	fence := codeFence(s[lead:]) != ""
	if !fence && !strings.ContainsAny(s, "<&[") {
		return s
	}
	closing := strings.LastIndexByte(s, ']') // a "[" before it has a "]" after it
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case fence && i == lead:
			b.WriteString("&#" + strconv.Itoa(int(s[i])) + ";")
		case s[i] == '<' && i+1 < len(s) && (isASCIILetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0):
			b.WriteString("&lt;")
		case s[i] == '&' && reference(s[i+1:]):
			b.WriteString("&amp;")
		case s[i] == '[' && i < closing:
			if n := plainWikiLink(s[i:]); n > 0 {
				b.WriteString(s[i : i+n])
				i += n - 1
				continue
			}
			b.WriteString("&#91;")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// plainWikiLink returns the length of the wiki link s starts with when it
// shows its whole text ("[[ITCZ]]", not "[[Page|shown]]"), else 0.
func plainWikiLink(s string) int {
	inner, ok := strings.CutPrefix(s, "[[")
	if !ok {
		return 0
	}
	end := strings.Index(inner, "]]")
	if end <= 0 || strings.ContainsAny(inner[:end], "[]|#^") {
		return 0
	}
	return end + 4
}

// reference reports whether s, after a "&", reads as a character
// reference: letters, digits or "#", then ";".
func reference(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ';':
			return i > 0
		case c != '#' && !isASCIILetter(c) && (c < '0' || c > '9'):
			return false
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
