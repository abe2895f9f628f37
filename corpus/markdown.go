package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

var (
	atxRE      = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdListRE   = regexp.MustCompile(`^(?:[-*+]|(\d+)[.)])\s+(.+)$`)
	mdMetaRE   = regexp.MustCompile(`(?i)^(category|reading time)\s*:\s*(.+)$`)
	mdTipRE    = regexp.MustCompile(`(?i)^(?:\*\*|__)?exam tip:?(?:\*\*|__)?:?\s*(.*)$`)
	mdLinkRE   = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdCodeRE   = regexp.MustCompile("`([^`]+)`")
	mdStrongRE = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
)

// parseMarkdown reads a Markdown concept document: "# Title", "## Section",
// "### Subsection" (in a FAQ section, "### Question?"), paragraphs and lists.
// In Key Points and Recent Developments each list item or paragraph is a
// passage; elsewhere lists stay with their paragraph.
func parseMarkdown(b *builder, lines []string) {
	var h2 string
	fence := false
	listItem := false // the last content line started or continued a list item
	for i, raw := range lines {
		n := i + 1
		t := strings.TrimSpace(raw)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if t == "" && !fence {
			b.blank()
			listItem = false
			continue
		}
		if !fence {
			if m := atxRE.FindStringSubmatch(t); m != nil {
				level, text := len(m[1]), mdInline(m[2])
				switch {
				case level == 1 && b.doc.Title == "":
					b.doc.Title, b.titleLine = text, n
				case level <= 2 || b.sec == nil:
					kind, heading, ok := knownHeading(text, b.doc.Title)
					if !ok || kind == KindConnections && (b.sec == nil || b.sec.kind != KindMindMap) {
						kind, heading = KindSection, text
					}
					b.section(heading, kind, n)
					h2 = heading
				case b.sec.kind == KindFAQ:
					mdFAQ(b, text, n)
				default:
					b.section(text, KindSection, n)
					b.sec.parent = h2
				}
				listItem = false
				continue
			}
			if b.doc.Title != "" && len(b.secs) == 0 {
				if m := mdMetaRE.FindStringSubmatch(t); m != nil {
					if strings.EqualFold(m[1], "category") {
						b.doc.Category = m[2]
					} else {
						b.doc.ReadingTime = m[2]
					}
					continue
				}
			}
		}
		if b.doc.Title == "" {
			b.doc.Title, b.titleLine = mdInline(t), n
			continue
		}
		sec := b.current(n)
		if m := mdListRE.FindStringSubmatch(t); m != nil && !fence {
			text := mdInline(m[2])
			switch sec.kind {
			case KindKeyPoint, KindDevelopment:
				it := sec.newItem(n)
				it.ordinal, _ = strconv.Atoi(m[1])
				it.addText(text, false)
			case KindFAQ:
				if m[1] != "" {
					mdFAQ(b, text, n)
				} else {
					sec.item(n).addListItem(text)
				}
			default:
				if sec.kind == KindSection && b.paraBreak && len(sec.items) > 0 && !sec.items[len(sec.items)-1].list {
					sec.newItem(n)
				}
				sec.item(n).addListItem(text)
			}
			b.paraBreak = false
			listItem = true
			continue
		}
		text := mdInline(t)
		if sec.kind == KindFAQ {
			if m := mdTipRE.FindStringSubmatch(t); m != nil {
				mdFAQ(b, "Exam Tip", n)
				if tip := mdInline(m[1]); tip != "" {
					sec.item(n).addText(tip, false)
				}
				b.paraBreak = false
				continue
			}
		}
		switch {
		case listItem && !b.paraBreak:
			sec.item(n).addContinuation(text)
		case (sec.kind == KindDevelopment || sec.kind == KindSection) && b.paraBreak && len(sec.items) > 0:
			sec.newItem(n).addText(text, false)
		default:
			sec.item(n).addText(text, b.paraBreak)
		}
		b.paraBreak = false
	}
}

// mdFAQ starts a FAQ question, or the exam tip of the last question.
func mdFAQ(b *builder, text string, n int) {
	sec := b.sec
	if strings.EqualFold(strings.TrimRight(text, ": "), "exam tip") {
		prev := sec.faq()
		it := sec.newItem(n)
		if prev != nil {
			it.ordinal, it.question = prev.ordinal, prev.question
		}
		it.sub = "Exam Tip"
		return
	}
	it := sec.newItem(n)
	it.question = text
	if m := faqRE.FindStringSubmatch(text); m != nil {
		it.ordinal, _ = strconv.Atoi(m[1])
		it.question = m[2]
	}
	if it.ordinal == 0 {
		for _, x := range sec.items {
			if x.sub == "" {
				it.ordinal++
			}
		}
	}
}

// mdInline removes Markdown markup from a line: links keep their text,
// strong and code markers around words go.
func mdInline(s string) string {
	s = mdLinkRE.ReplaceAllString(s, "$1")
	s = unwrap(s, mdStrongRE, 2)
	s = unwrap(s, mdCodeRE, 1)
	return strings.TrimSpace(s)
}
