package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
	"go.yaml.in/yaml/v3"
)

// The file and the environment are read here, not by viper, so that every
// value is checked against its key's type before viper sees it: a value of
// the wrong type, or a key that does not exist, becomes a problem that names
// the value, where it was set (file:line, environment variable or flag) and
// what a good one looks like, listed with every other problem by Validate.

// source is where a key's value was set.
type source struct {
	file string // with line
	line int
	env  string // environment variable
	flag string // flag name, without "--"
}

func (s source) String() string {
	switch {
	case s.flag != "":
		return "--" + s.flag
	case s.env != "":
		return s.env
	case s.file != "":
		return fmt.Sprintf("%s:%d", s.file, s.line)
	}
	return "the default"
}

// problem is a configuration problem about key; text starts with a key.
type problem struct{ key, text string }

// report is what loading found besides the values.
type report struct {
	sources  map[string]source // keys not at their default
	problems []problem
	warnings []string
}

func newReport() *report { return &report{sources: map[string]source{}} }

func (r *report) add(key, format string, a ...any) {
	r.problems = append(r.problems, problem{key, fmt.Sprintf(format, a...)})
}

// pathKeys are the keys holding paths: set in a file, a relative path is
// relative to the file's directory.
var pathKeys = map[string]bool{"corpus.paths": true, "index.path": true, "data.dir": true, "store.backup_dir": true}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// readFile reads a YAML configuration file into a nested map of values of
// the keys' types. Problems with single keys go to r; an unreadable file or
// one that is not YAML is an error.
func (r *report) readFile(file string) (map[string]any, error) {
	data, err := os.ReadFile(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("config file %s: not found", file)
	case err != nil:
		return nil, fmt.Errorf("config file: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			return nil, fmt.Errorf("%s:%s: not valid YAML: %s", file, m[1], m[2])
		}
		return nil, fmt.Errorf("%s: not valid YAML: %w", file, err)
	}
	out := map[string]any{}
	if len(doc.Content) == 0 { // empty file
		return out, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: the file must hold keys such as \"corpus:\" and \"log:\", each with its own keys", file, root.Line)
	}
	r.walk(file, root, "", out)
	return out, nil
}

// walk reads the keys of a YAML mapping under prefix ("" or "corpus.").
func (r *report) walk(file string, m *yaml.Node, prefix string, out map[string]any) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		for v.Kind == yaml.AliasNode && v.Alias != nil { // *anchor
			v = v.Alias
		}
		key := prefix + strings.ToLower(k.Value)
		at := source{file: file, line: k.Line}
		switch {
		case isKey(key):
			r.fileValue(key, v, at, out)
		case isSection(key) && v.Kind == yaml.MappingNode:
			r.walk(file, v, key+".", out)
		case isSection(key):
			if v.Tag != "!!null" {
				r.add(key, "%s (%s) must hold keys such as %s, each on its own line below it", key, at, strings.Join(sectionKeys(key), ", "))
			}
		default:
			msg := fmt.Sprintf("%s (%s) is not a configuration key", key, at)
			near := nearestKey(key)
			if near != "" {
				msg += "; did you mean " + near + "?"
			} else {
				msg += "; the keys are listed by `conceptbot config`"
				near = key
			}
			r.add(near, "%s", msg)
		}
	}
}

// fileValue checks the value of a key in the file and puts it in out.
func (r *report) fileValue(key string, v *yaml.Node, at source, out map[string]any) {
	if v.Tag == "!!null" {
		return // "key:" with nothing after it: the default
	}
	var val any
	var ok bool
	switch {
	case v.Kind == yaml.SequenceNode && isList(key):
		var items []string
		for _, it := range v.Content {
			if it.Kind != yaml.ScalarNode {
				r.add(key, "%s must be a list of paths such as [notes/, extra.md] (got a nested item at %s:%d)", key, at.file, it.Line)
				return
			}
			items = append(items, it.Value)
		}
		val, ok = items, true
	case v.Kind == yaml.ScalarNode:
		val, ok = r.parse(key, v.Value, at)
	default:
		kind := "a list"
		if v.Kind == yaml.MappingNode {
			kind = "keys"
		}
		r.add(key, "%s must be %s (got %s at %s)", key, want(key), kind, at)
	}
	if !ok {
		return
	}
	if key == "discord.token" && val != "" {
		r.warnings = append(r.warnings, tokenWarning(at))
	}
	setNested(out, key, relativeTo(key, val, filepath.Dir(at.file)))
	r.sources[key] = at
}

func tokenWarning(at source) string {
	msg := fmt.Sprintf("discord.token is set in the config file (%s): a file is easily shared or committed by mistake; "+
		"set %s in the environment instead", at, EnvName("discord.token"))
	if st, err := os.Stat(at.file); err == nil && st.Mode().Perm()&0o077 != 0 {
		msg += fmt.Sprintf(", or at least make the file private (chmod 600 %s)", at.file)
	}
	return msg
}

// relativeTo makes the relative paths of a path key relative to dir.
func relativeTo(key string, val any, dir string) any {
	if !pathKeys[key] {
		return val
	}
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	switch v := val.(type) {
	case string:
		return abs(v)
	case []string:
		out := make([]string, len(v))
		for i, p := range v {
			out[i] = abs(p)
		}
		return out
	}
	return val
}

// readEnv reads the CONCEPTBOT_* variables of the keys into a nested map.
func (r *report) readEnv(getenv func(string) string) map[string]any {
	out := map[string]any{}
	for _, k := range Keys() {
		raw := getenv(EnvName(k))
		if raw == "" {
			continue
		}
		at := source{env: EnvName(k)}
		if val, ok := r.parse(k, raw, at); ok {
			setNested(out, k, val)
			r.sources[k] = at
		}
	}
	return out
}

// parse reads a value written as text for key, of the type of the key's
// default. A value that does not parse is a problem, and ok is false.
func (r *report) parse(key, raw string, at source) (val any, ok bool) {
	s := strings.TrimSpace(raw)
	switch defaults[key].(type) {
	case string:
		return raw, true
	case []string:
		var out []string
		for p := range strings.SplitSeq(raw, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out, true
	case bool:
		switch strings.ToLower(s) {
		case "true", "yes", "on", "1":
			return true, true
		case "false", "no", "off", "0":
			return false, true
		}
	case int:
		if n, err := strconv.Atoi(s); err == nil {
			return n, true
		}
	case int64:
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, true
		}
	case float64:
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f, true
		}
	case time.Duration:
		if d, err := time.ParseDuration(s); err == nil {
			return d, true
		}
	default:
		return raw, true // a type this file does not know: viper decodes it
	}
	r.add(key, "%s must be %s (got %q from %s)", key, want(key), raw, at)
	return nil, false
}

// want says what a good value of key looks like, with an example.
func want(key string) string {
	switch d := defaults[key].(type) {
	case string:
		if d == "" {
			return "a single value"
		}
		return fmt.Sprintf("a single value such as %s", d)
	case []string:
		return "a list of paths such as [notes/, extra.md] (in the environment: notes/,extra.md)"
	case bool:
		return "true or false"
	case int:
		return fmt.Sprintf("a whole number such as %d", d)
	case int64:
		return fmt.Sprintf("a whole number such as %d", d)
	case float64:
		return fmt.Sprintf("a number such as %g", d)
	case time.Duration:
		return fmt.Sprintf("a duration with a unit, such as %s (units: ms, s, m, h)", shortDuration(d))
	}
	return fmt.Sprintf("a %T", defaults[key])
}

// shortDuration prints 6h rather than 6h0m0s.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

func isKey(key string) bool {
	_, ok := defaults[key]
	return ok
}

func isList(key string) bool {
	_, ok := defaults[key].([]string)
	return ok
}

// isSection reports whether key is the part before the dot of some keys.
func isSection(key string) bool { return len(sectionKeys(key)) > 0 }

func sectionKeys(section string) []string {
	var out []string
	for _, k := range Keys() {
		if strings.HasPrefix(k, section+".") {
			out = append(out, k)
		}
	}
	return out
}

// nearestKey returns the known key closest to a misspelt one, or "" when
// none is close: at most two edits, or a third of the key's length.
func nearestKey(key string) string {
	best, bestD := "", 0
	candidates := Keys()
	for _, k := range Keys() {
		if s, _, ok := strings.Cut(k, "."); ok && !slices.Contains(candidates, s) {
			candidates = append(candidates, s)
		}
	}
	for _, k := range candidates {
		if d := levenshtein.ComputeDistance(key, k); best == "" || d < bestD {
			best, bestD = k, d
		}
	}
	// A key in a known section with a misspelt name ("log.levle") and one
	// in a misspelt section ("corpsu.paths") are both caught.
	if bestD <= max(2, len(key)/3) {
		return best
	}
	// A key put in the wrong section, or at the top ("paths:").
	_, name, _ := strings.Cut(key, ".")
	if name == "" {
		name = key
	}
	var same []string
	for _, k := range Keys() {
		if strings.HasSuffix(k, "."+name) {
			same = append(same, k)
		}
	}
	if len(same) == 1 {
		return same[0]
	}
	return ""
}

// setNested puts val in m under a dotted key, making the maps on the way.
func setNested(m map[string]any, key string, val any) {
	parts := strings.Split(key, ".")
	for _, p := range parts[:len(parts)-1] {
		sub, ok := m[p].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[p] = sub
		}
		m = sub
	}
	m[parts[len(parts)-1]] = val
}

// Warnings are things in the configuration that work but should be changed,
// such as a token in a file.
func (c *Config) Warnings() []string {
	if c.loaded == nil {
		return nil
	}
	return c.loaded.warnings
}

// Source says where a key's value was set: "conceptbot.yaml:7", an
// environment variable, a flag ("--index-path") or "the default".
func (c *Config) Source(key string) string {
	if c.loaded == nil {
		return source{}.String()
	}
	return c.loaded.sources[key].String()
}

// ValidateOnly checks the keys of the named sections ("corpus", "index"):
// a command that uses only those does not refuse to run over a problem
// with the others. With no section it checks everything, as Validate does.
// Problems name where each value was set.
func (c *Config) ValidateOnly(sections ...string) error {
	var all []problem
	if c.loaded != nil {
		all = append(all, c.loaded.problems...)
	}
	if err := c.checkValues(); err != nil {
		var p Problems
		if !errors.As(err, &p) {
			return err
		}
		for _, text := range p {
			key, _, _ := strings.Cut(text, " ")
			if src := c.Source(key); isKey(key) && src != (source{}).String() && !strings.Contains(text, src) {
				text += " (set in " + src + ")"
			}
			all = append(all, problem{key, text})
		}
	}
	var out Problems
	for _, p := range all {
		section, _, _ := strings.Cut(p.key, ".")
		if len(sections) == 0 || slices.Contains(sections, section) {
			out = append(out, p.text)
		}
	}
	if len(out) > 0 {
		return out
	}
	return nil
}
