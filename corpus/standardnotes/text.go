package standardnotes

import (
	"encoding/json"
	"html"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/noteapp"
	"github.com/conceptbot/conceptbot/corpus/web"
)

// body is a note's text as Markdown lines, read as its kind says.
func body(n note) []string {
	text := strings.TrimSpace(strings.ReplaceAll(n.text, "\r\n", "\n"))
	if text == "" {
		return nil
	}
	if n.kind == "super" || strings.HasPrefix(text, `{"root":`) {
		if lines, ok := lexical(text); ok {
			return lines
		}
	}
	lines := strings.Split(text, "\n")
	switch n.kind {
	case "markdown", "task":
		return lines
	case "code":
		return fenced(text)
	case "rich-text":
		if out, ok := richText(n.title, text); ok {
			return out
		}
	case "spreadsheet":
		if out, ok := spreadsheet(text); ok {
			return out
		}
	}
	for i, s := range lines {
		lines[i] = noteapp.Plain(s)
	}
	return noteapp.HardBreaks(lines)
}

// richText reads the HTML a rich-text editor keeps as a web page's
// content is read, its headings under the note's title.
func richText(title, text string) ([]string, bool) {
	page := "<!DOCTYPE html><html><head><title></title></head><body><h1>" + html.EscapeString(title) + "</h1>" + text + "</body></html>"
	c, err := web.Content([]byte(page))
	if err != nil {
		return nil, false
	}
	var lines []string
	for s := range strings.Lines(string(c.Text)) {
		s = strings.TrimRight(s, "\n")
		if len(lines) == 0 && strings.HasPrefix(s, "# ") {
			continue // the note's title, its heading's already
		}
		lines = append(lines, s)
	}
	return lines, true
}

// Bounds on a sheet read: its columns, and its cells with the empty ones
// that fill out its rows (a row of one cell in the last column writes
// them all).
const (
	maxColumns = 64
	maxCells   = 10_000
)

// spreadsheet reads the cells of a note of the Spreadsheets editor,
// {"sheets": [{"name", "rows": [{"index", "cells": [{"index",
// "value"}]}]}]}, a pipe table a sheet, its first row the header.
func spreadsheet(text string) ([]string, bool) {
	var book struct {
		Sheets []struct {
			Name string `json:"name"`
			Rows []struct {
				Index int `json:"index"`
				Cells []struct {
					Index int `json:"index"`
					Value any `json:"value"`
				} `json:"cells"`
			} `json:"rows"`
		} `json:"sheets"`
	}
	if json.Unmarshal([]byte(text), &book) != nil || len(book.Sheets) == 0 {
		return nil, false
	}
	var lines []string
	for _, sh := range book.Sheets {
		var rows [][]string
		width := 0
		for _, r := range sh.Rows {
			var row []string
			for _, c := range r.Cells {
				if c.Index < 0 || c.Index >= maxColumns || c.Value == nil {
					continue
				}
				for len(row) <= c.Index {
					row = append(row, "")
				}
				row[c.Index] = cell(c.Value)
			}
			if strings.TrimSpace(strings.Join(row, "")) != "" {
				if (len(rows)+1)*max(width, len(row)) > maxCells {
					break
				}
				rows = append(rows, row)
				width = max(width, len(row))
			}
		}
		if len(rows) == 0 {
			continue
		}
		if len(book.Sheets) > 1 && corpus.OneLine(sh.Name) != "" {
			lines = append(lines, "# "+corpus.EscapeMarkdown(corpus.OneLine(sh.Name)), "")
		}
		lines = append(lines, pipeTable(rows)...)
	}
	return lines, len(lines) > 0
}

// fenced is text in a code fence longer than any run of backquotes in it.
func fenced(text string) []string {
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	return slices.Concat([]string{fence}, strings.Split(text, "\n"), []string{fence})
}

// pipeTable writes rows of cells, escaped, as a pipe table, its first row
// the header and each filled out to the widest, and a blank line after it.
func pipeTable(rows [][]string) []string {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var lines []string
	for i, row := range rows {
		row = append(row, make([]string, width-len(row))...)
		lines = append(lines, "| "+strings.Join(row, " | ")+" |")
		if i == 0 {
			lines = append(lines, "|"+strings.Repeat(" --- |", width))
		}
	}
	return append(lines, "")
}

// cell is a cell's value as a table's cell writes it.
func cell(v any) string {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case float64, bool:
		b, _ := json.Marshal(v)
		s = string(b)
	}
	return strings.ReplaceAll(corpus.EscapeMarkdown(corpus.OneLine(s)), "|", `\|`)
}
