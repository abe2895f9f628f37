package corpus

import "strings"

// An Excalidraw drawing Obsidian keeps as Markdown (front matter
// "excalidraw-plugin: parsed"): a note over "# Excalidraw Data", whose
// "## Text Elements" are the drawing's texts in the order drawn, each
// ending in its block ID (" ^Wq7nB2xe"), then its element links, embedded
// files and the drawing itself, compressed, inside %% … %%.
//
// excalidrawLines rewrites such a drawing as the notes it shows: the
// plugin's banner, its data's headings, the links, files and drawing
// blanked, the IDs dropped, and a text of one short line over a longer
// one (a box's title over its text) a heading of the text under it.
func excalidrawLines(lines []string) {
	if !slicesContainsPrefix(lines, "excalidraw-plugin:") {
		return
	}
	data := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "==⚠") && strings.Contains(t, "EXCALIDRAW VIEW"):
			lines[i] = "" // "Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu"
		case t == "# Excalidraw Data":
			data = i
		}
	}
	if data < 0 {
		return
	}
	end := len(lines)
	for i := data; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); i > data && (t == "## Element Links" || t == "## Embedded Files" || t == "%%" || strings.HasPrefix(t, "## Drawing")) {
			end = i
			break
		}
	}
	for i := end; i < len(lines); i++ {
		lines[i] = "" // the links, files and the drawing
	}
	lines[data] = ""
	var block []int // the lines of one text element
	flush := func(next int) {
		if len(block) == 1 && next >= 0 {
			if t := strings.TrimSpace(lines[block[0]]); t != "" && countWords(t) <= 12 && !strings.HasSuffix(t, ".") {
				lines[block[0]] = "## " + t // a box's title over its text
			}
		}
		block = block[:0]
	}
	for i := data + 1; i < end; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "## Text Elements" {
			lines[i] = ""
			continue
		}
		lines[i] = blockIDEndRE.ReplaceAllString(lines[i], "")
		if t == "" {
			if len(block) > 0 {
				next := -1
				for j := i + 1; j < end; j++ {
					if strings.TrimSpace(lines[j]) == "" {
						continue
					}
					k := j // a longer element follows: more lines, or a long one
					for k < end && strings.TrimSpace(lines[k]) != "" {
						k++
					}
					if k-j > 1 || countWords(lines[j]) > 12 {
						next = j
					}
					break
				}
				flush(next)
			}
			continue
		}
		block = append(block, i)
	}
}

// slicesContainsPrefix reports whether a line of the front matter at the
// top of lines starts with prefix.
func slicesContainsPrefix(lines []string, prefix string) bool {
	for i, l := range lines {
		if i > maxFrontMatterLines {
			return false
		}
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return true
		}
	}
	return false
}
