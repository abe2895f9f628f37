package typst

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scanning finds where a construct of the source ends without reading
// it: a string, raw text, a comment, math, a content block, a group of
// code, an expression embedded in markup. Typst nests its three modes
// (markup, code, math) in one another, so each scanner steps over the
// others' constructs whole. A construct left open runs to the end of
// what is scanned, as Typst reads it, so that no part of the file is
// scanned twice at one depth.

// span is a part of the source, from start to end.
type span struct{ start, end int }

// arg is an argument of a function call: its value, and its name when it
// is named ("caption: [...]"), ".." when it is spread ("..cells").
type arg struct {
	name  string
	value span
}

// call is a function call (or a variable, without arguments): its name
// ("table.cell"), its arguments in parentheses and the content blocks
// after them, whole ("[...]").
type call struct {
	name       string
	args       []arg
	parens     bool
	content    []span
	start, end int
}

// named returns the value of c's last argument named name.
func (c call) named(name string) (span, bool) {
	for i := len(c.args) - 1; i >= 0; i-- {
		if c.args[i].name == name {
			return c.args[i].value, true
		}
	}
	return span{}, false
}

// positional returns the values of c's positional arguments, then its
// content blocks.
func (c call) positional() []span {
	var vs []span
	for _, a := range c.args {
		if a.name == "" {
			vs = append(vs, a.value)
		}
	}
	return append(vs, c.content...)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isIDStart(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) }

func isIDContinue(r rune) bool {
	return isIDStart(r) || r == '-' || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)
}

// wordy reports whether r is part of a word, as Typst tells emphasis
// marks within a word ("snake_case") from those around one: a letter or
// digit of a script that puts spaces between words.
func wordy(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) &&
		!unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// newDoc returns a doc of src, which has "\n" for its line breaks.
func newDoc(src string) *doc {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &doc{src: src, starts: starts, macros: map[string]*macro{}, labels: map[string]string{}, figures: map[string]int{}, closes: map[int]int{}, site: -1}
}

// lineOf returns the line (from 1) of the source's byte i.
func (d *doc) lineOf(i int) int { return sort.SearchInts(d.starts, i+1) }

// column returns the column (from 0, in characters) of byte i. It counts
// on from the last column asked for, on the same line and before i: lines
// are read in order.
func (d *doc) column(i int) int {
	from := d.starts[d.lineOf(i)-1]
	if d.colAt < from || d.colAt > i {
		d.colAt, d.col = from, 0
	}
	d.col += utf8.RuneCountInString(d.src[d.colAt:i])
	d.colAt = i
	return d.col
}

func (d *doc) runeAt(i, end int) (rune, int) {
	if i >= end {
		return utf8.RuneError, 0
	}
	if c := d.src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(d.src[i:end])
}

// ident returns the end of the identifier at src[i], or i when none
// starts there.
func (d *doc) ident(i, end int) int {
	r, size := d.runeAt(i, end)
	if size == 0 || !isIDStart(r) {
		return i
	}
	j := i + size
	for j < end {
		r, size := d.runeAt(j, end)
		if !isIDContinue(r) {
			break
		}
		j += size
	}
	return j
}

// path returns the end of the dotted name at src[i] ("table.cell"), or i.
func (d *doc) path(i, end int) int {
	j := d.ident(i, end)
	for j > i && j < end && d.src[j] == '.' {
		k := d.ident(j+1, end)
		if k == j+1 {
			break
		}
		j = k
	}
	return j
}

// inWord reports whether the emphasis mark at src[i] stands within a
// word, and is text.
func (d *doc) inWord(i int) bool {
	if i == 0 || i+1 >= len(d.src) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(d.src[:i])
	next, _ := utf8.DecodeRuneInString(d.src[i+1:])
	return wordy(prev) && wordy(next)
}

func (d *doc) skipBlank(i, end int) int {
	for i < end && (d.src[i] == ' ' || d.src[i] == '\t') {
		i++
	}
	return i
}

// enterScan and leaveScan bound how deep scanning nests.
func (d *doc) enterScan() bool {
	if d.scanDepth++; d.scanDepth > maxDepth {
		d.fail(errDeep)
		return false
	}
	return true
}

func (d *doc) leaveScan() { d.scanDepth-- }

// stringEnd returns the end of the string literal at src[i].
func (d *doc) stringEnd(i, end int) int {
	for j := i + 1; j < end; j++ {
		switch d.src[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return end
}

// str returns the text of v when it is a string literal.
func (d *doc) str(v span) (string, bool) {
	if v.start >= v.end || d.src[v.start] != '"' || d.stringEnd(v.start, v.end) != v.end {
		return "", false
	}
	s := d.src[v.start+1 : v.end]
	s = strings.TrimSuffix(s, `"`)
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
		case 'u':
			if k := strings.IndexByte(s[i:], '}'); strings.HasPrefix(s[i:], "u{") && k > 0 {
				if n, err := strconv.ParseUint(s[i+2:i+k], 16, 32); err == nil && utf8.ValidRune(rune(n)) {
					b.WriteRune(rune(n))
					i += k
					continue
				}
			}
			b.WriteByte('u')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), true
}

// integer returns the value of v when it is an integer literal.
func (d *doc) integer(v span) (int, bool) {
	n, err := strconv.Atoi(d.src[v.start:v.end])
	return n, err == nil
}

// rawEnd returns the end of the raw text at src[i] ("`x`", "```py …```")
// and whether it is closed.
func (d *doc) rawEnd(i, end int) (int, bool) {
	n := 0
	for i+n < end && d.src[i+n] == '`' {
		n++
	}
	if n == 2 {
		return i + 2, true // ``, empty
	}
	found := 0
	for j := i + n; j < end; j++ {
		if d.src[j] != '`' {
			found = 0
		} else if found++; found == n {
			return j + 1, true
		}
	}
	return end, false
}

// comment returns the end of the comment at src[i] ("// …" up to the end
// of its line, "/* … */" nested), or false when none starts there.
func (d *doc) comment(i, end int) (int, bool) {
	if i+1 >= end || d.src[i] != '/' {
		return i, false
	}
	switch d.src[i+1] {
	case '/':
		if k := strings.IndexByte(d.src[i:end], '\n'); k >= 0 {
			return i + k, true
		}
		return end, true
	case '*':
		depth := 1
		for j := i + 2; j < end; j++ {
			switch {
			case d.src[j] == '*' && j+1 < end && d.src[j+1] == '/':
				j++
				if depth--; depth == 0 {
					return j + 1, true
				}
			case d.src[j] == '/' && j+1 < end && d.src[j+1] == '*':
				j++
				depth++
			}
		}
		return end, true
	}
	return i, false
}

// linkEnd returns the end of the link written out at src[i]
// ("https://…"), or i when none starts there: it runs over the characters
// of a URL, brackets balanced, and leaves out the punctuation that ends a
// sentence after it.
func (d *doc) linkEnd(i, end int) int {
	s := d.src[i:end]
	n := 0
	switch {
	case strings.HasPrefix(s, "http://"):
		n = 7
	case strings.HasPrefix(s, "https://"):
		n = 8
	default:
		return i
	}
	var open []byte
	j := i + n
scan:
	for j < end {
		switch c := d.src[j]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&*+,-./:;=?@_~'", c) >= 0:
			j++
		case c == '[' || c == '(':
			open = append(open, c)
			j++
		case c == ']' || c == ')':
			want := byte('(')
			if c == ']' {
				want = '['
			}
			if len(open) == 0 || open[len(open)-1] != want {
				break scan
			}
			open = open[:len(open)-1]
			j++
		default:
			break scan
		}
	}
	for j > i+n && strings.IndexByte("!,.:;?'", d.src[j-1]) >= 0 {
		j--
	}
	return j
}

// labelEnd returns the end of the label at src[i] ("<intro>"), or i when
// none is there.
func (d *doc) labelEnd(i, end int) int {
	if i >= end || d.src[i] != '<' {
		return i
	}
	j := i + 1
	for j < end {
		r, size := d.runeAt(j, end)
		if !isIDContinue(r) && r != ':' && r != '.' {
			break
		}
		j += size
	}
	if j == i+1 || j >= end || d.src[j] != '>' {
		return i
	}
	return j + 1
}

// numberEnd returns the end of the number at src[i] ("12", "1.5em").
func (d *doc) numberEnd(i, end int) int {
	j := i
	for j < end && (d.src[j] >= '0' && d.src[j] <= '9' || d.src[j] == '.' && j+1 < end && d.src[j+1] >= '0' && d.src[j+1] <= '9') {
		j++
	}
	if j < end && d.src[j] == '%' {
		return j + 1
	}
	for j < end && (d.src[j] >= 'a' && d.src[j] <= 'z') {
		j++
	}
	return j
}

// scanMarkup returns where the markup from src[i] reaches a byte of stops
// outside any construct, or a "]" that closes a content block around it.
func (d *doc) scanMarkup(i, end int, stops string) int {
	depth := 0
	for j := i; j < end && d.err == nil; {
		c := d.src[j]
		if depth == 0 && strings.IndexByte(stops, c) >= 0 {
			return j
		}
		switch c {
		case '[':
			depth++
			j++
		case ']':
			if depth == 0 {
				return j
			}
			depth--
			j++
		case '\\':
			j++
			if j < end && d.src[j] != '\n' {
				_, size := d.runeAt(j, end)
				j += size
			}
		case '`':
			j, _ = d.rawEnd(j, end)
		case '$':
			j, _ = d.mathEnd(j, end)
		case '#':
			j = d.embeddedEnd(j, end)
		case '/':
			if k, ok := d.comment(j, end); ok {
				j = k
			} else {
				j++
			}
		case 'h':
			if k := d.linkEnd(j, end); k > j {
				j = k
			} else {
				j++
			}
		default:
			j++
		}
	}
	return end
}

// contentEnd returns the end of the content block at src[i] ("[…]"), what
// it holds and whether it is closed.
func (d *doc) contentEnd(i, end int) (int, span, bool) {
	if j, ok := d.closes[i]; ok && j < end {
		return j + 1, span{i + 1, j}, true
	}
	if !d.enterScan() {
		return end, span{i + 1, end}, false
	}
	defer d.leaveScan()
	j := d.scanMarkup(i+1, end, "")
	if j < end && d.src[j] == ']' {
		if j-i > 1<<10 {
			d.closes[i] = j // a large block, which readers of what holds it scan again
		}
		return j + 1, span{i + 1, j}, true
	}
	return end, span{i + 1, end}, false
}

// inner is what the content block or group v holds, between its marks.
func (d *doc) inner(v span) span {
	in := span{v.start + 1, v.end}
	if in.end > in.start && strings.IndexByte("])}", d.src[in.end-1]) >= 0 {
		in.end--
	}
	return in
}

// mathEnd returns the end of the math at src[i] ("$x^2$") and whether it
// is closed.
func (d *doc) mathEnd(i, end int) (int, bool) {
	if !d.enterScan() {
		return end, false
	}
	defer d.leaveScan()
	for j := i + 1; j < end && d.err == nil; {
		switch d.src[j] {
		case '$':
			return j + 1, true
		case '\\':
			j = min(j+2, end)
		case '"':
			j = d.stringEnd(j, end)
		case '#':
			j = d.embeddedEnd(j, end)
		case '/':
			if k, ok := d.comment(j, end); ok {
				j = k
			} else {
				j++
			}
		default:
			j++
		}
	}
	return end, false
}

// group returns the end of the group of code at src[i] ("(…)", "{…}");
// a "]" that no group opened ends it, as the end of the content block
// around it.
func (d *doc) group(i, end int) int {
	depth := 0
	for j := i; j < end && d.err == nil; {
		switch d.src[j] {
		case '(', '{':
			depth++
			j++
		case ')', '}':
			depth--
			j++
			if depth <= 0 {
				return j
			}
		case ']':
			return j
		default:
			j = d.codeToken(j, end)
		}
	}
	return end
}

// codeToken returns the end of the token of code at src[i]: a string, a
// group, a content block, raw text, math, a comment, a name, a number, or
// one character.
func (d *doc) codeToken(i, end int) int {
	switch c := d.src[i]; {
	case c == '"':
		return d.stringEnd(i, end)
	case c == '(' || c == '{':
		return d.group(i, end)
	case c == '[':
		k, _, _ := d.contentEnd(i, end)
		return k
	case c == '`':
		k, _ := d.rawEnd(i, end)
		return k
	case c == '$':
		k, _ := d.mathEnd(i, end)
		return k
	case c == '/':
		if k, ok := d.comment(i, end); ok {
			return k
		}
	case c >= '0' && c <= '9':
		return d.numberEnd(i, end)
	}
	if k := d.ident(i, end); k > i {
		return k
	}
	_, size := d.runeAt(i, end)
	return i + max(size, 1)
}

// statementEnd returns the end of the statement (let, set, show, import
// …) whose keyword ends at src[i]: the end of its line, a ";" or the end
// of the content block around it, outside any group.
func (d *doc) statementEnd(i, end int) int {
	for j := i; j < end && d.err == nil; {
		switch d.src[j] {
		case '\n':
			return j
		case ';':
			return j + 1
		case ']', ')', '}':
			return j
		case ' ', '\t', '\r':
			j++
		default:
			j = d.codeToken(j, end)
		}
	}
	return end
}

// controlEnd returns the end of the conditional or loop whose keyword
// ends at src[i] ("if x [a] else [b]") and its blocks, whole.
func (d *doc) controlEnd(i, end int) (int, []span) {
	var blocks []span
	for j := i; j < end && d.err == nil; {
		switch c := d.src[j]; c {
		case '\n', ';', ']', ')', '}':
			return j, blocks
		case '{', '[':
			k := d.codeToken(j, end)
			blocks = append(blocks, span{j, k})
			m := d.skipBlank(k, end)
			if strings.HasPrefix(d.src[m:end], "else") && d.ident(m, end) == m+4 {
				j = m + 4
				continue
			}
			return k, blocks
		default:
			j = d.codeToken(j, end)
		}
	}
	return end, blocks
}

// embeddedEnd returns the end of the expression embedded in markup at
// src[i] ("#name(…)[…]", "#let …").
func (d *doc) embeddedEnd(i, end int) int {
	if !d.enterScan() {
		return end
	}
	defer d.leaveScan()
	j := i + 1
	if j >= end {
		return j
	}
	switch c := d.src[j]; {
	case c == '{' || c == '(' || c == '[' || c == '$':
		return d.codeToken(j, end)
	case c >= '0' && c <= '9':
		return d.numberEnd(j, end)
	}
	k := d.ident(j, end)
	switch d.src[j:k] {
	case "":
		return j
	case "let", "set", "show", "import", "include", "return":
		return d.statementEnd(k, end)
	case "if", "while", "for":
		n, _ := d.controlEnd(k, end)
		return n
	case "context":
		return d.atomicEnd(d.skipBlank(k, end), end)
	case "none", "auto", "true", "false", "break", "continue":
		return k
	}
	return d.atomicEnd(j, end)
}

// atomicEnd returns the end of the expression at src[i] that markup may
// embed: a name with the fields, calls and content blocks right after
// it, or a block.
func (d *doc) atomicEnd(i, end int) int {
	if i < end && strings.IndexByte("[({", d.src[i]) >= 0 {
		return d.codeToken(i, end)
	}
	k := d.ident(i, end)
	if k == i {
		return i
	}
	for k < end && d.err == nil {
		switch d.src[k] {
		case '(', '[':
			k = d.codeToken(k, end)
		case '.':
			m := d.ident(k+1, end)
			if m == k+1 {
				return k
			}
			k = m
		default:
			return k
		}
	}
	return k
}

// args reads the arguments in the parentheses at src[i] and returns them
// and where they end.
func (d *doc) args(i, end int) ([]arg, int) {
	var out []arg
	first, last := -1, -1
	cut := func() {
		if first >= 0 {
			out = append(out, d.arg(first, last))
		}
		first, last = -1, -1
	}
	for j := i + 1; j < end && d.err == nil; {
		switch c := d.src[j]; {
		case isSpace(c):
			j++
			continue
		case c == ',':
			cut()
			j++
			continue
		case c == ')':
			cut()
			return out, j + 1
		case c == ']' || c == '}':
			cut()
			return out, j
		case c == '/':
			if k, ok := d.comment(j, end); ok {
				j = k
				continue
			}
		}
		if first < 0 {
			first = j
		}
		j = d.codeToken(j, end)
		last = j
	}
	cut()
	return out, end
}

// arg reads the argument written from src[first] to src[last].
func (d *doc) arg(first, last int) arg {
	if strings.HasPrefix(d.src[first:last], "..") {
		return arg{"..", span{first + 2, last}}
	}
	if k := d.ident(first, last); k > first {
		m := k
		for m < last && isSpace(d.src[m]) {
			m++
		}
		if m < last && d.src[m] == ':' {
			return arg{d.src[first:k], d.trimmed(m+1, last)}
		}
	}
	return arg{"", span{first, last}}
}

// trimmed is the code from src[i] to src[end] without the white space,
// comments and ";" around it.
func (d *doc) trimmed(i, end int) span {
	first, last := -1, -1
	for j := i; j < end && d.err == nil; {
		if c := d.src[j]; isSpace(c) || c == ';' {
			j++
			continue
		}
		if k, ok := d.comment(j, end); ok {
			j = k
			continue
		}
		if first < 0 {
			first = j
		}
		j = d.codeToken(j, end)
		last = j
	}
	if first < 0 {
		return span{end, end}
	}
	return span{first, last}
}

// parseCall reads the call (or variable) whose name starts at src[i].
func (d *doc) parseCall(i, end int) call {
	c := call{start: i}
	j := d.path(i, end)
	c.name = d.src[i:j]
	for j < end && d.err == nil {
		switch d.src[j] {
		case '(':
			args, k := d.args(j, end)
			c.args = append(c.args, args...)
			c.parens = true
			j = k
			continue
		case '[':
			k := d.codeToken(j, end)
			c.content = append(c.content, span{j, k})
			j = k
			continue
		case '.':
			if k := d.path(j+1, end); k > j+1 {
				c.name += d.src[j:k] // a method: datetime.today().display()
				j = k
				continue
			}
		}
		break
	}
	c.end = j
	return c
}

// firstCall returns the first call with arguments in the code from src[i]
// to src[end]: the template a show rule applies ("doc => conf(…)",
// "project.with(…)").
func (d *doc) firstCall(i, end int) (call, bool) {
	for j := i; j < end && d.err == nil; {
		if k := d.path(j, end); k > j {
			if k < end && d.src[k] == '(' {
				return d.parseCall(j, end), true
			}
			j = k
			continue
		}
		if isSpace(d.src[j]) {
			j++
			continue
		}
		j = d.codeToken(j, end)
	}
	return call{}, false
}

// marker returns the kind of the marker that opens the line at src[i]: a
// heading's ('=', size its level), a bullet's ('-'), a numbered entry's
// ('+', num its number or 0), a term's ('/'); 0 when none.
func (d *doc) marker(i, end int) (kind byte, size, num int) {
	spaceAt := func(j int) bool { return j >= end || isSpace(d.src[j]) }
	switch c := d.src[i]; {
	case c == '=':
		j := i
		for j < end && d.src[j] == '=' {
			j++
		}
		if spaceAt(j) {
			return '=', j - i, 0
		}
	case c == '-' || c == '+' || c == '/':
		if spaceAt(i + 1) {
			return c, 1, 0
		}
	case c >= '0' && c <= '9':
		j := i
		for j < end && d.src[j] >= '0' && d.src[j] <= '9' {
			j++
		}
		if j < end && d.src[j] == '.' && spaceAt(j+1) {
			n, err := strconv.Atoi(d.src[i:j])
			if err == nil {
				return '+', j + 1 - i, n
			}
		}
	}
	return 0, 0, 0
}

// alone reports whether the expression from src[i] to src[end] stands on
// its lines alone in the markup from src[from] to src[to].
func (d *doc) alone(i, end, from, to int) bool {
	k := i
	for k > from && (d.src[k-1] == ' ' || d.src[k-1] == '\t') {
		k--
	}
	if k > from && d.src[k-1] != '\n' {
		return false
	}
	k = d.skipBlank(end, to)
	if c, ok := d.comment(k, to); ok && d.src[k+1] == '/' {
		k = c
	}
	return k >= to || d.src[k] == '\n'
}
