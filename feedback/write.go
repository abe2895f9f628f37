package feedback

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/store"
)

// timeLayout is how times are written in text: UTC to the minute.
const timeLayout = "2006-01-02 15:04 UTC"

// CSVHeader is the first line of WriteCSV's output.
var CSVHeader = []string{"question", "rewordings", "asked", "refused", "votes_up", "votes_down",
	"last_asked", "closest_section", "looking_for", "key"}

// WriteCSV writes r's gaps as CSV, one a row, the worst first: the last
// wording, the other wordings and the notes joined by " | ", the time in
// RFC 3339 (UTC). A cell that a spreadsheet would take for a formula
// (starting with =, +, -, @, a tab or a carriage return) starts with a ' so
// that it stays text.
func WriteCSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, g := range r.Gaps {
		closest := g.Citation
		if closest == "" {
			closest = g.Section
		}
		row := []string{g.Question, strings.Join(g.Wordings[min(1, len(g.Wordings)):], " | "),
			strconv.Itoa(g.Asked), strconv.Itoa(g.Refused), strconv.Itoa(g.Up), strconv.Itoa(g.Down),
			g.Last.UTC().Format(time.RFC3339), closest, strings.Join(g.Notes, " | "), g.Key}
		for i := range row {
			row[i] = inert(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// inert keeps a cell from being read as a formula.
func inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteJSON writes r as one JSON object.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// evalLine is a line of WriteEvalTemplate: the fields `conceptbot eval`
// reads (q, accept, section), then what the report knows of the question,
// which eval ignores.
type evalLine struct {
	Q       string   `json:"q"`
	Accept  []string `json:"accept"`
	Section []string `json:"section"`
	Asked   int      `json:"asked"`
	Refused int      `json:"refused"`
	Down    int      `json:"down"`
	Closest string   `json:"closest,omitempty"`
	Notes   []string `json:"looking_for,omitempty"`
}

// WriteEvalTemplate writes every wording of r's gaps as a question of an
// evaluation set (`conceptbot eval`), one JSON object a line, with empty
// accept and section lists for a moderator to fill in. Each line also
// holds its question's counts (the counts of all its wordings), the closest
// section and the notes of 👎 voters. A question left with no accept
// strings counts as one the notes should not answer.
func WriteEvalTemplate(w io.Writer, r Report) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, g := range r.Gaps {
		closest := g.Citation
		if closest == "" {
			closest = g.Section
		}
		for _, q := range g.Wordings {
			l := evalLine{Q: q, Accept: []string{}, Section: []string{}, Asked: g.Asked, Refused: g.Refused, Down: g.Down,
				Closest: closest, Notes: g.Notes}
			if err := enc.Encode(l); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// WriteText writes r for a person: the totals, then the gaps refused most
// often and those voted down most, at most n of each (n <= 0: all).
func WriteText(w io.Writer, r Report, n int) error {
	bw := bufio.NewWriter(w)
	days := int(r.Until.Sub(r.Since).Round(time.Hour).Hours() / 24)
	fmt.Fprintf(bw, "Feedback of %s, %s to %s (%d days)\n", guildName(r.Guild), r.Since.UTC().Format(timeLayout), r.Until.UTC().Format(timeLayout), days)
	fmt.Fprintf(bw, "%s asked, %d not answered (%s); %s, %s\n",
		plural(r.Asked, "question"), r.Refused, Percent(r.RefusedShare()), plural(r.Up, "👍"), plural(r.Down, "👎"))
	list := func(title string, gaps []Gap, count func(Gap) string, from string) {
		fmt.Fprintf(bw, "\n%s\n", title)
		if len(gaps) == 0 {
			fmt.Fprintf(bw, "  none\n")
			return
		}
		if n > 0 && len(gaps) > n {
			gaps = gaps[:n]
		}
		for _, g := range gaps {
			fmt.Fprintf(bw, "  %s  %q", count(g), g.Question)
			if k := len(g.Wordings) - 1; k > 0 {
				fmt.Fprintf(bw, " (and %s)", plural(k, "rewording"))
			}
			fmt.Fprintf(bw, ", asked %s, last %s\n", plural(g.Asked, "time"), g.Last.UTC().Format(timeLayout))
			switch {
			case g.Citation != "":
				fmt.Fprintf(bw, "      %s %s\n", from, g.Citation)
			case g.Section != "":
				fmt.Fprintf(bw, "      %s %s (no longer in the notes)\n", from, g.Section)
			}
			for _, note := range g.Notes {
				fmt.Fprintf(bw, "      looking for: %q\n", note)
			}
		}
	}
	list("Refused most often", r.Refusals(), func(g Gap) string { return fmt.Sprintf("%d×", g.Refused) }, "closest:")
	list("Voted down most", r.Downvoted(), func(g Gap) string { return fmt.Sprintf("%d 👎 %d 👍", g.Down, g.Up) }, "answered from:")
	return bw.Flush()
}

// guildName names the server of a report.
func guildName(guild string) string {
	if guild == store.FeedbackDM {
		return "direct messages"
	}
	return "server " + guild
}

func plural(n int, what string) string {
	if n == 1 || strings.ContainsAny(what, "👍👎") {
		return fmt.Sprintf("%d %s", n, what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// Percent writes a share (0..1) as a percentage: one decimal under 10%.
func Percent(share float64) string {
	p := share * 100
	if p > 0 && p < 10 {
		return strconv.FormatFloat(p, 'f', 1, 64) + "%"
	}
	return strconv.FormatFloat(p, 'f', 0, 64) + "%"
}
