package ical

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// googleCalendar is a study plan as Google Calendar exports it: a time
// zone, events out of date order, a description folded at 75 octets
// with escaped commas and new lines, one kept as HTML, an alarm with a
// description of its own, a repeating event and a changed sitting of it.
const googleCalendar = "BEGIN:VCALENDAR\r\n" +
	"PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n" +
	"VERSION:2.0\r\n" +
	"CALSCALE:GREGORIAN\r\n" +
	"METHOD:PUBLISH\r\n" +
	"X-WR-CALNAME:Polity plan - Fundamental Rights\r\n" +
	"X-WR-TIMEZONE:Asia/Kolkata\r\n" +
	"BEGIN:VTIMEZONE\r\n" +
	"TZID:Asia/Kolkata\r\n" +
	"X-LIC-LOCATION:Asia/Kolkata\r\n" +
	"BEGIN:STANDARD\r\n" +
	"TZOFFSETFROM:+0530\r\n" +
	"TZOFFSETTO:+0530\r\n" +
	"TZNAME:IST\r\n" +
	"DTSTART:19700101T000000\r\n" +
	"END:STANDARD\r\n" +
	"END:VTIMEZONE\r\n" +
	"BEGIN:VEVENT\r\n" +
	"DTSTART;TZID=Asia/Kolkata:20250314T180000\r\n" +
	"DTEND;TZID=Asia/Kolkata:20250314T193000\r\n" +
	"DTSTAMP:20251129T101500Z\r\n" +
	"UID:2k9v0s1b7m3q@google.com\r\n" +
	"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Asha\r\n" +
	" Rao;X-NUM-GUESTS=0:mailto:asha.rao@example.com\r\n" +
	"DESCRIPTION:<b>Article 21</b><br>Protection of life and personal liberty.<ul\r\n" +
	" ><li>Maneka Gandhi (1978): procedure must be fair&#44; just and reasonable<\r\n" +
	" /li><li>Puttaswamy (2017): privacy is a fundamental right</li></ul>\r\n" +
	"LOCATION:Library\\, 2nd floor\r\n" +
	"SUMMARY:Right to life\r\n" +
	"BEGIN:VALARM\r\n" +
	"ACTION:DISPLAY\r\n" +
	"DESCRIPTION:This is an event reminder\r\n" +
	"TRIGGER:-P0DT0H30M0S\r\n" +
	"END:VALARM\r\n" +
	"END:VEVENT\r\n" +
	"BEGIN:VEVENT\r\n" +
	"DTSTART;VALUE=DATE:20250310\r\n" +
	"RRULE:FREQ=WEEKLY;BYDAY=MO\r\n" +
	"UID:7c1e@google.com\r\n" +
	"SUMMARY:Equality (Articles 14-18)\r\n" +
	"DESCRIPTION:Article 14 guarantees equality before the law and equal prote\r\n" +
	" ction of the laws.\\nArticle 17 abolishes untouchability\\; its practice is a\r\n" +
	"  punishable offence.\\n\\nRevise: Indra Sawhney\\, 1992.\r\n" +
	"END:VEVENT\r\n" +
	"BEGIN:VEVENT\r\n" +
	"DTSTART;VALUE=DATE:20250317\r\n" +
	"RECURRENCE-ID;VALUE=DATE:20250317\r\n" +
	"UID:7c1e@google.com\r\n" +
	"SUMMARY:Equality (Articles 14-18)\r\n" +
	"DESCRIPTION:Article 14 guarantees equality before the law and equal protection of the laws.\\nArticle 17 abolishes untouchability\\; its practice is a punishable offence.\\n\\nRevise: Indra Sawhney\\, 1992.\r\n" +
	"END:VEVENT\r\n" +
	"END:VCALENDAR\r\n"

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(googleCalendar)); f != "iCalendar" {
		t.Errorf("FormatOf = %q, want iCalendar", f)
	}
	_, got := corpustest.Placed(t, "plan.ics", []byte(googleCalendar))
	want := []string{
		"Polity plan - Fundamental Rights › Equality (Articles 14-18) › 1: Mon 10 Mar 2025 (repeats) (line 36)",
		"Polity plan - Fundamental Rights › Equality (Articles 14-18) › 2: Article 14 guarantees equality before the law and equal protection of the laws. Article 17 abolishes untouchability; its practice is a punishable offence. (line 36)",
		"Polity plan - Fundamental Rights › Equality (Articles 14-18) › 3: Revise: Indra Sawhney, 1992. (line 36)",
		"Polity plan - Fundamental Rights › Right to life: Fri 14 Mar 2025, 18:00 · Library, 2nd floor (line 18)",
		"Polity plan - Fundamental Rights › Right to life › Article 21 › 1: Protection of life and personal liberty. (line 18)",
		"Polity plan - Fundamental Rights › Right to life › Article 21 › 2: Maneka Gandhi (1978): procedure must be fair, just and reasonable (line 18)",
		"Polity plan - Fundamental Rights › Right to life › Article 21 › 3: Puttaswamy (2017): privacy is a fundamental right (line 18)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDamaged(t *testing.T) {
	for name, c := range map[string]struct{ data, want string }{
		"cut short": {"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Article 32\r\n", "damaged calendar: BEGIN:VEVENT is never closed (the file is cut short?)"},
		"stray end": {"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "line 2: END:VEVENT closes no BEGIN:VEVENT"},
		"no events": {"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "the calendar has no events"},
		"not UTF-8": {"BEGIN:VCALENDAR\r\nX-WR-CALNAME:\xff\r\nEND:VCALENDAR\r\n", "not UTF-8 text: iCalendar files are UTF-8"},
		"too large": {"BEGIN:VCALENDAR\r\n" + strings.Repeat("X", MaxBytes), "calendar too large: 20 MB (the limit is 20 MB)"},
	} {
		if _, err := Convert([]byte(c.data)); err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
		}
	}
}
