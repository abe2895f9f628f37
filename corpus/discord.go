package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// A Discord channel exported by DiscordChatExporter as text, as study
// servers keep their notes:
//
//	==============================================================
//	Guild: UPSC Sapno Ka Adda
//	Channel: GS-1 HISTORY / modern-history-notes
//	==============================================================
//
//	[01-Aug-22 09:02 PM] meera_mod#7731
//	**Civil Disobedience Movement (1930–34)**
//	…
//
//	{Reactions}
//	👍 (6)
//
// discordLines rewrites such lines as a chat WhatsApp exports, which
// readChat reads: each message's header and first line as WhatsApp's
// ("01/08/2022, 09:02 PM - meera_mod: **Civil…"), a line all in Discord's
// bold in WhatsApp's ("*Civil…*") and other bold marks dropped, the
// export's header and footer and a message's attachments, embeds,
// stickers and reactions blanked. It returns the channel's name, "" when
// lines are no such export.
func discordLines(lines []string) string {
	first := firstLine(lines)
	if first < 0 || !discordRuleRE.MatchString(lines[first]) {
		return ""
	}
	channel, end := "", -1
	for i := first + 1; i < len(lines) && i < first+12; i++ {
		t := strings.TrimSpace(lines[i])
		if discordRuleRE.MatchString(t) {
			end = i
			break
		}
		if name, ok := strings.CutPrefix(t, "Channel: "); ok {
			_, channel, _ = strings.Cut(name, " / ") // "Category / channel"
			if channel == "" {
				channel = name
			}
		}
	}
	if end < 0 || channel == "" {
		return ""
	}
	for i := first; i <= end; i++ {
		lines[i] = ""
	}
	skip := false // in a block of attachments, an embed, stickers or reactions
	for i := end + 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch day, month, year, clock, author, ok := discordHeader(t); {
		case ok:
			skip = false
			text := ""
			if i+1 < len(lines) {
				if _, _, _, _, _, next := discordHeader(strings.TrimSpace(lines[i+1])); !next {
					text, lines[i+1] = discordBold(strings.TrimSpace(lines[i+1])), ""
				}
			}
			lines[i] = fmt.Sprintf("%s/%s/%s, %s - %s: %s", day, month, year, clock, author, text)
			i++
		case discordBlockRE.MatchString(t):
			skip = true
			lines[i] = ""
		case discordRuleRE.MatchString(t) || discordCountRE.MatchString(t):
			lines[i] = "" // the footer: "Exported 32 message(s)" between rules
		case skip && t == "":
			skip = false
		case skip:
			lines[i] = ""
		default:
			lines[i] = discordBold(lines[i])
		}
	}
	return channel
}

// discordHeader reads a message's header: its day, month (a number),
// year, time and author, as the export writes them with its default
// format ("[01-Aug-22 09:02 PM] meera_mod#7731") or the locale's
// ("[18/07/2023 21:04] kabir.writes (pinned)"; a time with AM or PM has
// the month first, as in the United States: "[7/18/2023 9:04 PM]").
func discordHeader(t string) (day, month, year, clock, author string, ok bool) {
	if len(t) == 0 || t[0] != '[' {
		return "", "", "", "", "", false
	}
	if m := discordHeaderRE.FindStringSubmatch(t); m != nil {
		return m[1], discordMonths[strings.ToLower(m[2])], m[3], m[4], m[5], true
	}
	m := discordNumericHeaderRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", "", "", "", false
	}
	day, month = m[1], m[2]
	if strings.HasSuffix(m[4], "M") {
		day, month = month, day
	}
	return day, month, m[3], m[4], m[5], true
}

// discordBold writes a line all in Discord's bold ("**Background**", an
// emoji beside it) in WhatsApp's bold, keeps a heading of Discord's
// Markdown ("## Background") without bold marks, and drops the marks of
// bold inside a line and of Discord's small print ("-# source: PIB").
func discordBold(l string) string {
	t := strings.TrimSpace(l)
	if m := discordHeadingRE.FindStringSubmatch(t); m != nil {
		return m[1] + " " + strings.ReplaceAll(m[2], "**", "")
	}
	t = strings.TrimPrefix(t, "-# ")
	inner := strings.TrimFunc(t, IsEmoji)
	if strings.HasPrefix(inner, "**") && strings.HasSuffix(inner, "**") && len(inner) > 4 && !strings.Contains(inner[2:len(inner)-2], "**") {
		return "*" + strings.TrimSpace(strings.TrimFunc(inner[2:len(inner)-2], IsEmoji)) + "*"
	}
	return strings.ReplaceAll(strings.TrimPrefix(l, "-# "), "**", "")
}

var (
	discordRuleRE    = regexp.MustCompile(`^={20,}$`)
	discordHeadingRE = regexp.MustCompile(`^(#{1,3}) (\S.*)$`)
	// "[01-Aug-22 09:02 PM] meera_mod#7731 (pinned)": the day, month and
	// year, the time, the author without the discriminator.
	discordHeaderRE        = regexp.MustCompile(`^\[(\d{1,2})-([A-Za-z]{3})-(\d{2,4}) (\d{1,2}:\d{2}(?: [AP]M)?)\] ([^#\s][^#]*?)(?:#\d{4})?(?: \(pinned\))?$`)
	discordNumericHeaderRE = regexp.MustCompile(`^\[(\d{1,2})/(\d{1,2})/(\d{2,4}),? (\d{1,2}:\d{2}(?: [AP]M)?)\] ([^#\s][^#]*?)(?:#\d{4})?(?: \(pinned\))?$`)
	discordBlockRE         = regexp.MustCompile(`^\{(?:Attachments|Embed|Stickers|Reactions)\}$`)
	discordCountRE         = regexp.MustCompile(`^Exported \d+ message\(s\)$`)
	discordMonths          = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
		"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}
)
