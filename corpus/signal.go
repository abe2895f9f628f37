package corpus

import (
	"regexp"
	"strings"
)

// A Signal chat exported by signal-export as Markdown, as study groups
// keep their notes:
//
//	[2024-03-22 08:16:02] Ishita Rao: KHEDA SATYAGRAHA (1918) - ONE PAGER
//	(from my coaching notes + Spectrum)
//	(- Me: 🔥, Rohan Kulkarni: ❤️ -)
//
//	[2024-03-22 09:02:47] Rohan Kulkarni:
//
//	> The officials' crop estimate (annewari) put the yield above that line
//
//	annewari samjha do koi?
//
// signalLines blanks such lines' reactions, the messages they quote (a
// copy of one above) and their attachments, and trims Markdown's
// line-break spaces, for readChat to read them as the chat they are. It
// reports whether lines were such an export.
func signalLines(lines []string) bool {
	n := 0
	for _, l := range lines {
		if isoHeaderRE.MatchString(l) {
			n++
		}
	}
	if n < MinChatMessages || chatStart(lines) < 0 {
		return false
	}
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if signalReactionsRE.MatchString(l) || strings.HasPrefix(l, ">") || signalAttachmentRE.MatchString(l) {
			l = ""
		}
		lines[i] = l
	}
	return true
}

var (
	signalReactionsRE  = regexp.MustCompile(`^\(- .*: .* -\)$`)
	signalAttachmentRE = regexp.MustCompile(`^!?\[[^\]]*\]\((?:\./)?media/[^)]*\)$`)
)
