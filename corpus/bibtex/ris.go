package bibtex

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// A reading list in RIS (.ris, as Zotero, Mendeley, EndNote and the
// publishers' "export citation" write it) is records of tagged lines,
// "TY  - JOUR" to "ER  - ", one field a line ("AU  - Austin, Granville",
// a line of no tag going on with the field before). Each record is read
// as the BibTeX entry it matches and written as a .bib file's are: its
// title (TI, T1) heading its section, its authors (AU, A1), date (PY, DA,
// Y1), journal or book (T2, JO, JF, BT), publisher and pages its line of
// who, when and where, its abstract (AB, N2), notes (N1; Zotero writes
// each note as HTML) and keywords (KW) its text.

// risTagRE matches a line of a record: its tag and value.
var risTagRE = regexp.MustCompile(`^([A-Z][A-Z0-9])  -(?: (.*))?$`)

// IsRIS reports whether data is a RIS file: its first line that is not
// blank opens a record ("TY  - BOOK").
func IsRIS(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 4<<10)], []byte("\ufeff"))
	for len(head) > 0 {
		var l []byte
		l, head, _ = bytes.Cut(head, []byte("\n"))
		if l = bytes.TrimSpace(l); len(l) > 0 {
			return bytes.HasPrefix(l, []byte("TY  - "))
		}
	}
	return false
}

// risFields maps RIS tags to the BibTeX fields they fill; a tag that
// repeats (AU, KW, N1) adds to its field.
var risFields = map[string]string{
	"AU": "author", "A1": "author", "A2": "editor", "ED": "editor",
	"TI": "title", "T1": "title", "CT": "title",
	"T2": "journal", "JO": "journal", "JF": "journal", "JA": "journal", "BT": "booktitle",
	"PY": "year", "Y1": "year", "DA": "date",
	"AB": "abstract", "N2": "abstract", "N1": "note",
	"KW": "keywords", "UR": "url", "PB": "publisher", "VL": "volume", "IS": "number",
	"SP": "pages", "EP": "endpage", "ID": "key",
}

// risKinds maps RIS types to BibTeX's.
var risKinds = map[string]string{
	"JOUR": "article", "MGZN": "article", "NEWS": "article", "BOOK": "book", "CHAP": "incollection",
	"CONF": "inproceedings", "CPAPER": "inproceedings", "RPRT": "report", "THES": "thesis",
	"ELEC": "online", "WEB": "online", "BLOG": "online",
}

// ConvertRIS writes a RIS reading list as Markdown.
func ConvertRIS(data []byte) (corpus.Converted, error) {
	src, notUTF8, err := corpus.SourceText(data, "the RIS file", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	var items []item
	var e *entry
	var last *field
	for i, l := range strings.Split(src, "\n") {
		at := i + 1
		m := risTagRE.FindStringSubmatch(strings.TrimRight(l, " "))
		switch {
		case m == nil:
			if strings.TrimSpace(l) != "" && last != nil {
				last.raw += "\n" + l // the field goes on
			}
			continue
		case m[1] == "TY":
			if e != nil {
				return corpus.Converted{}, fmt.Errorf("damaged RIS file: line %d: a record opens before the one on line %d ends (ER is missing)", at, e.at)
			}
			if len(items) >= MaxEntries {
				return corpus.Converted{}, fmt.Errorf("RIS file too large: %v", errTooMany)
			}
			e, last = &entry{kind: risKinds[m[2]], at: at}, nil
			if e.kind == "" {
				e.kind = "misc"
			}
			continue
		case e == nil:
			return corpus.Converted{}, fmt.Errorf("damaged RIS file: line %d: %s outside a record (a record opens with TY)", at, m[1])
		case m[1] == "ER":
			items = append(items, item{entry: risEntry(e), at: e.at})
			e, last = nil, nil
			continue
		}
		name, ok := risFields[m[1]]
		if !ok {
			last = nil // a tag kept for no field: an accession number, a call number
			continue
		}
		value := m[2]
		if name == "note" || name == "abstract" {
			value = noteText(value)
		}
		if f := fieldOf(e, name); f != nil {
			f.raw += map[string]string{"author": " and ", "editor": " and ", "keywords": "; ", "note": "\n\n", "abstract": "\n\n"}[name] + value
			last = f
		} else {
			e.fields = append(e.fields, field{name: name, raw: value, at: at})
			last = &e.fields[len(e.fields)-1]
		}
	}
	if e != nil {
		return corpus.Converted{}, fmt.Errorf("damaged RIS file: the record on line %d never ends (ER is missing: the file is cut short?)", e.at)
	}
	if len(items) == 0 {
		return corpus.Converted{}, errors.New("the RIS file has no records")
	}
	c := write(items)
	c.NotUTF8At = notUTF8
	return c, nil
}

// fieldOf returns e's field named name, nil when it has none.
func fieldOf(e *entry, name string) *field {
	for i := range e.fields {
		if e.fields[i].name == name {
			return &e.fields[i]
		}
	}
	return nil
}

// risEntry finishes a record's entry: its values escaped for the TeX
// reader, its year and pages in BibTeX's form.
func risEntry(e *entry) *entry {
	end := ""
	kept := e.fields[:0]
	for _, f := range e.fields {
		switch f.name {
		case "endpage":
			end = f.raw
			continue
		case "key":
			e.key = strings.TrimSpace(f.raw)
			continue
		case "year":
			f.raw, _, _ = strings.Cut(f.raw, "/") // "2024///"
		case "date":
			f.raw = strings.ReplaceAll(strings.TrimRight(f.raw, "/"), "/", "-") // "2018/03/15/"
		}
		if f.name != "url" {
			f.raw = texEscaper.Replace(f.raw)
		}
		kept = append(kept, f)
	}
	e.fields = kept
	if p := fieldOf(e, "pages"); p != nil && end != "" {
		p.raw += "--" + end
	}
	return e
}

// texEscaper escapes the characters TeX reads as markup.
var texEscaper = strings.NewReplacer(`\`, " ", "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`, "$", `\$`, "#", `\#`, "_", `\_`, "~", " ")

var (
	noteBreakRE = regexp.MustCompile(`(?i)<br\s*/?>|</(?:p|div|li|h[1-6])>`)
	noteItemRE  = regexp.MustCompile(`(?i)<li\b[^>]*>`)
	noteTagRE   = regexp.MustCompile(`<[^<>]*>`)
)

// noteText is a note's text: Zotero writes a note as HTML on one line
// ("<p><strong>Key points</strong></p><ul><li>…"), read as its paragraphs
// and list entries.
func noteText(v string) string {
	if !strings.Contains(v, "<") {
		return v
	}
	v = noteBreakRE.ReplaceAllString(v, "\n\n")
	v = noteItemRE.ReplaceAllString(v, "- ")
	v = html.UnescapeString(noteTagRE.ReplaceAllString(v, ""))
	var paras []string
	for _, p := range strings.Split(v, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
