package captions

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// The other caption formats are rewritten as WebVTT, a cue at a time,
// each line of it placed at the line of the file it comes from, and read
// as WebVTT is.

// vtt is captions rewritten as WebVTT: its lines, the line of the file
// each comes from, and the title the file gives ("" for none).
type vtt struct {
	lines []string
	at    []int
	title string
}

func (v *vtt) cue(start, end float64, speaker, text string, at int) {
	if speaker != "" {
		text = "<v " + speaker + ">" + text
	}
	v.put(vttTime(start)+" --> "+vttTime(end), at)
	for _, l := range strings.Split(text, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			v.put(l, at)
		}
	}
	v.put("", at)
}

func (v *vtt) put(line string, at int) {
	v.lines = append(v.lines, line)
	v.at = append(v.at, at)
}

// vttTime writes seconds as a WebVTT time: "01:02:03.450".
func vttTime(s float64) string {
	ms := int(s*1000 + 0.5)
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// sbvTimingRE matches a SubViewer timing line, as YouTube downloads
// captions in .sbv: "0:00:01.000,0:00:04.500".
var sbvTimingRE = regexp.MustCompile(`^\s*(\d+):(\d{1,2}):(\d{2})\.(\d{1,3}),(\d+):(\d{1,2}):(\d{2})\.(\d{1,3})\s*$`)

// isSBV reports whether the first line with text of lines is a SubViewer
// timing.
func isSBV(lines []string) bool {
	for _, l := range lines[:min(len(lines), 20)] {
		if strings.TrimSpace(l) != "" {
			return sbvTimingRE.MatchString(l)
		}
	}
	return false
}

// fromSBV rewrites SubViewer captions, a line for a line.
func fromSBV(lines []string) vtt {
	var v vtt
	for i, l := range lines {
		if m := sbvTimingRE.FindStringSubmatch(l); m != nil {
			l = vttTime(seconds(m[1:5])) + " --> " + vttTime(seconds(m[5:9]))
		}
		v.put(l, i+1)
	}
	return v
}

// isASS reports whether data is Advanced SubStation Alpha (or SubStation
// Alpha) subtitles: "[Script Info]" first.
func isASS(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n"), []byte("[Script Info]"))
}

var (
	assOverrideRE = regexp.MustCompile(`\{[^{}]*\}`)
	assTimeRE     = regexp.MustCompile(`^(\d+):(\d{1,2}):(\d{2})[.:](\d{1,3})$`)
)

// fromASS rewrites the dialogue of SubStation subtitles, in the order of
// the file: who speaks is the line's Name; a line in a style for what is
// shown on screen ("Sign", "OnScreen", "Title") is the slide on screen
// when it is short, else said text. Override tags ("{\i1}", "{\pos(…)}")
// are left out and "\N" breaks the line.
func fromASS(lines []string) (vtt, error) {
	var v vtt
	section := ""
	var fields []string // the [Events] Format's field names, lower case
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			section = strings.ToLower(l)
			continue
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch {
		case section == "[script info]" && strings.EqualFold(key, "Title"):
			if !strings.EqualFold(value, "Default Aegisub file") && value != "<untitled>" {
				v.title = value // not the placeholder Aegisub or SubStation writes
			}
		case section == "[events]" && strings.EqualFold(key, "Format"):
			fields = nil
			for _, f := range strings.Split(value, ",") {
				fields = append(fields, strings.ToLower(strings.TrimSpace(f)))
			}
		case section == "[events]" && strings.EqualFold(key, "Dialogue"):
			if len(fields) == 0 {
				return vtt{}, fmt.Errorf("line %d: a Dialogue line before the [Events] Format line", i+1)
			}
			// Text, the last field, may hold commas.
			parts := strings.SplitN(value, ",", len(fields))
			if len(parts) < len(fields) {
				return vtt{}, fmt.Errorf("line %d: a Dialogue line with %d fields, the Format names %d", i+1, len(parts), len(fields))
			}
			field := func(name string) string {
				for k, f := range fields {
					if f == name {
						return strings.TrimSpace(parts[k])
					}
				}
				return ""
			}
			start, err1 := assTime(field("start"))
			end, err2 := assTime(field("end"))
			if err := errors.Join(err1, err2); err != nil {
				return vtt{}, fmt.Errorf("line %d: %v", i+1, err)
			}
			text := assOverrideRE.ReplaceAllString(parts[len(parts)-1], "")
			text = strings.NewReplacer(`\N`, "\n", `\n`, "\n", `\h`, " ").Replace(text)
			if onScreen(field("style")) && len(text) <= 120 && !strings.Contains(text, "\n") {
				text = "[On screen: " + text + "]"
			}
			v.cue(start, end, field("name"), text, i+1)
		}
	}
	return v, nil
}

// onScreen reports whether an ASS style is for text shown on screen, not
// said.
func onScreen(style string) bool {
	s := strings.ToLower(style)
	for _, w := range []string{"sign", "screen", "title", "caption", "slide", "board", "topic"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func assTime(s string) (float64, error) {
	m := assTimeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a time (h:mm:ss.cc)", s)
	}
	return seconds([]string{m[1], m[2], m[3], m[4] + strings.Repeat("0", 2-min(2, len(m[4])))}), nil
}

// isTTML reports whether data is TTML (DFXP) captions: XML whose root is
// <tt>.
func isTTML(data []byte) bool {
	head := data[:min(len(data), 4<<10)]
	return bytes.Contains(head, []byte("<tt ")) || bytes.Contains(head, []byte("<tt:tt ")) || bytes.Contains(head, []byte("<tt>"))
}

// fromTTML rewrites the paragraphs of TTML captions: each <p> a cue, its
// <br/>s breaking lines, its speaker the agent it names (ttm:agent, by its
// ttm:name), its time from begin and end or dur, on the p or the div
// around it. A div's title (in its metadata) is a chapter, and a p whose
// role is a title or a slide's text the slide on screen.
func fromTTML(data []byte) (vtt, error) {
	var v vtt
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	names := map[string]string{} // agent id → name
	var (
		agent      string // the agent being named in the head
		inP        bool
		text       strings.Builder
		p          xml.StartElement
		line       int
		divStart   float64
		tickRate   = 1.0
		frameRate  = 30.0
		inTitle    bool
		inName     bool
		speakerOfP string
		divs       int    // the divs open
		chapter    string // the title a div's metadata gives, for its first caption
	)
	attr := func(e xml.StartElement, name string) string {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	clock := func(s string) (float64, bool) { return ttmlTime(s, tickRate, frameRate) }
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return vtt{}, fmt.Errorf("damaged TTML: %v", err)
		}
		l, _ := d.InputPos()
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tt":
				if r, err := strconv.ParseFloat(attr(t, "tickRate"), 64); err == nil && r > 0 {
					tickRate = r
				}
				if r, err := strconv.ParseFloat(attr(t, "frameRate"), 64); err == nil && r > 0 {
					frameRate = r
				}
			case "agent":
				agent = attr(t, "id")
			case "name":
				inName = agent != ""
			case "title":
				inTitle = !inP
			case "div":
				divStart, _ = clock(attr(t, "begin"))
				divs++
			case "p":
				inP, p, line, speakerOfP = true, t, l, ""
				text.Reset()
			case "br":
				if inP {
					text.WriteByte('\n')
				}
			}
			if inP {
				if a := attr(t, "agent"); a != "" {
					speakerOfP = names[a]
					if speakerOfP == "" {
						speakerOfP = a
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "name":
				inName = false
			case "agent":
				agent = ""
			case "title":
				inTitle = false
			case "div":
				divs--
			case "p":
				inP = false
				start, ok1 := clock(attr(p, "begin"))
				end, ok2 := clock(attr(p, "end"))
				if dur, ok := clock(attr(p, "dur")); !ok2 && ok {
					end, ok2 = start+dur, true
				}
				if !ok1 || !ok2 {
					return vtt{}, fmt.Errorf("line %d: a caption (<p>) without begin and end times", line)
				}
				if chapter != "" {
					v.cue(divStart+start, divStart+start, "", "[Chapter: "+chapter+"]", line)
					chapter = ""
				}
				said := strings.Join(strings.Fields(text.String()), " ")
				if role := attr(p, "role"); (strings.Contains(role, "title") || strings.Contains(role, "slide")) && len(said) <= 120 {
					if said == v.title {
						continue // the talk's title on screen
					}
					said = "[On screen: " + said + "]"
				}
				v.cue(divStart+start, divStart+end, speakerOfP, said, line)
			}
		case xml.CharData:
			switch {
			case inP:
				text.WriteString(strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(string(t)))
			case inName:
				names[agent] += strings.TrimSpace(string(t))
			case inTitle && divs > 0:
				chapter = strings.TrimSpace(string(t))
				if chapter == v.title {
					chapter = ""
				}
			case inTitle && v.title == "":
				v.title = strings.TrimSpace(string(t))
			}
		}
	}
	return v, nil
}

// ttmlClockRE matches a TTML clock time, "00:01:02.5" or "00:01:02:12"
// (frames); ttmlOffsetRE an offset, "62.5s", "1500ms", "90000t".
var (
	ttmlClockRE  = regexp.MustCompile(`^(\d+):(\d{2}):(\d{2})(?:\.(\d+)|:(\d+))?$`)
	ttmlOffsetRE = regexp.MustCompile(`^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$`)
)

func ttmlTime(s string, tickRate, frameRate float64) (float64, bool) {
	s = strings.TrimSpace(s)
	if m := ttmlClockRE.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mm, _ := strconv.Atoi(m[2])
		sec, _ := strconv.Atoi(m[3])
		t := float64(h*3600 + mm*60 + sec)
		if m[4] != "" {
			f, _ := strconv.ParseFloat("0."+m[4], 64)
			t += f
		}
		if m[5] != "" {
			f, _ := strconv.Atoi(m[5])
			t += float64(f) / frameRate
		}
		return t, true
	}
	m := ttmlOffsetRE.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.ParseFloat(m[1], 64)
	switch m[2] {
	case "h":
		n *= 3600
	case "m":
		n *= 60
	case "ms":
		n /= 1000
	case "f":
		n /= frameRate
	case "t":
		n /= tickRate
	}
	return n, true
}
