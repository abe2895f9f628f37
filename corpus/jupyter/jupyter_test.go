package jupyter

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// colab is a notebook as Google Colab downloads it: Markdown cells as
// lists of lines or as one string, a code cell that prints, one whose
// result is a table with an HTML copy, one that failed, a figure.
const colab = `{"nbformat": 4, "nbformat_minor": 0, "metadata": {"colab": {"provenance": []}},
 "cells": [
  {"cell_type": "markdown", "metadata": {"id": "a1"}, "source": ["# GVA, GDP and the Base Year\n", "\n", "National accounts record what an economy produces in a year."]},
  {"cell_type": "markdown", "metadata": {}, "source": "## GVA vs GDP\n\nGDP at market prices = GVA at basic prices + net product taxes."},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["net = 330.68 - 300.22\n", "print(f'Net product taxes FY25: {net:.2f} lakh crore')"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Net product taxes FY25: 30.46 lakh crore\n"]}]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "df", "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
   "data": {"text/plain": ["  year  deflator\n", "0 FY25      3.08"], "text/html": ["<div><table><tr><td>FY25</td></tr></table></div>"]}}]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": "df['gdp']", "outputs": [{"output_type": "error", "ename": "KeyError", "evalue": "'gdp'", "traceback": ["KeyError"]}]},
  {"cell_type": "code", "execution_count": 5, "metadata": {}, "source": "plt.bar(x, y)", "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]}
 ]}`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(colab)); f != "Jupyter notebook" {
		t.Errorf("FormatOf = %q, want Jupyter notebook", f)
	}
	d, got := corpustest.Placed(t, "gdp.ipynb", []byte(colab))
	want := []string{
		"GVA, GDP and the Base Year › Definition: National accounts record what an economy produces in a year. (cell 1)",
		"GVA, GDP and the Base Year › GVA vs GDP › 1: GDP at market prices = GVA at basic prices + net product taxes. (cell 2)",
		"GVA, GDP and the Base Year › GVA vs GDP › 2: Net product taxes FY25: 30.46 lakh crore (cell 3)",
		"GVA, GDP and the Base Year › GVA vs GDP › 3: year  deflator\n0 FY25      3.08 (cell 4)", // verbatim
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "GVA, GDP and the Base Year" || d.Unit != "cell" {
		t.Errorf("title %q, unit %q", d.Title, d.Unit)
	}
}

func TestBadNotebooks(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", `{"nbformat": 4, "cells": [{"cell_type": "markdown", "source": "# x`, "damaged notebook"},
		{"code alone", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": "x = 1", "outputs": []}]}`, "the notebook has no notes"},
		{"too large", `{"nbformat": 4, "cells": []}` + strings.Repeat(" ", MaxBytes), "notebook too large"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a notebook read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(colab))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("n.ipynb", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
