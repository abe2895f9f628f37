package latex

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notes are class notes as a student types them in Overleaf: a preamble
// with packages, a header, commands of their own and a commented-out
// block; sections and a starred one, lists nested, a booktabs table with
// a caption, a footnote, a quote, a description list, a box with a title,
// math, TeX's quotes and dashes, and comments everywhere.
const notes = `% !TEX program = xelatex
\documentclass[11pt]{article}
\usepackage{booktabs}
%\usepackage{polyglossia}
\newcommand{\imp}[1]{\textcolor{red}{\textbf{#1}}}  % prelims-important
\newcommand{\tn}[1]{\textit{#1}}
\def\ce{Common Era}
\title{Sangam Literature: \\ the Three Sangams}
\author{Nandhini}
\begin{document}
\maketitle
\tableofcontents

\noindent\textbf{What is Sangam literature?}
It is the earliest layer of Tamil literature: some 2,381 poems.\footnote{The count is Vaiyapuri Pillai's.}
% sir: prelims likes "secular"

\section{The three Sangams}\label{sec:sangams}
The account comes from Nakkirar's commentary, written c.~8th century \ce.

\begin{table}[h]
\centering\small
\begin{tabular}{p{3cm}p{3cm}}
\toprule
\textbf{Sangam} & \textbf{Seat} \\
\midrule
First & Then Madurai \\
Third & Madurai, the present city \\ \bottomrule
\end{tabular}
\caption{The Sangams as tradition tells it}\label{tab:s}
\end{table}

\begin{itemize}[noitemsep]
  \item \imp{Madurai is the only seat that exists today.}
  \item The poems were put into anthologies:
  \begin{enumerate}
    \item \tn{Ettuthokai} -- eight anthologies;
    \item \tn{Pattuppattu} --- ten idylls.
  \end{enumerate}
\end{itemize}

\section*{Tinai}
\begin{quote}
` + "``" + `Love is the theme of akam.''
\end{quote}
\begin{description}
  \item[Kurinji] mountains, union of lovers
  \item[Neytal:] seashore, anxious waiting
\end{description}
\begin{tcolorbox}[title={Exam tip}]
Akam has seven tinai; temperature $\approx 35^{\circ}$C on the coast, 100\% of the time.
\end{tcolorbox}
\begin{comment}
Part 2 is in another file.
\end{comment}
\end{document}
ignored after the end
`

func TestConvert(t *testing.T) {
	d, got := corpustest.Placed(t, "sangam.tex", []byte(notes))
	title := "Sangam Literature: the Three Sangams"
	want := []string{
		title + " › Definition: What is Sangam literature? It is the earliest layer of Tamil literature: some 2,381 poems. (The count is Vaiyapuri Pillai's.) (line 14)",
		title + " › The three Sangams › 1: The account comes from Nakkirar's commentary, written c. 8th century Common Era. (line 19)",
		title + " › The three Sangams › 2: Sangam: First; Seat: Then Madurai (line 27)",
		title + " › The three Sangams › 3: Sangam: Third; Seat: Madurai, the present city (line 28)",
		title + " › The three Sangams › 4: The Sangams as tradition tells it (line 30)",
		title + " › The three Sangams › 5: Madurai is the only seat that exists today. (line 34)",
		title + " › The three Sangams › 6: The poems were put into anthologies:\n- Ettuthokai – eight anthologies;\n- Pattuppattu — ten idylls. (line 35)",
		title + " › Tinai › 1: “Love is the theme of akam.” (line 44)",
		title + " › Tinai › 2: - Kurinji: mountains, union of lovers\n- Neytal: seashore, anxious waiting (line 47)",
		title + " › Tinai › Exam Tip: Akam has seven tinai; temperature ≈ 35°C on the coast, 100% of the time. (line 50)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Format != "LaTeX source" {
		t.Errorf("title %q, format %q; want %q, LaTeX source", d.Title, d.Format, title)
	}
}

// TestNoDocument: a file of notes without \begin{document} (an Overleaf
// chapter \input by another) is read whole, titled by its name.
func TestNoDocument(t *testing.T) {
	src := "\\newcommand{\\pyq}{[PYQ]}\n\\chapter{Economy}\n\\section{Trade}\nMuziris traded pepper with Rome \\pyq.\n\\subsection{Ports}\nArikamedu, 50\\% of finds are Roman.\n"
	d, got := corpustest.Placed(t, "economy.tex", []byte(src))
	want := []string{
		"economy › Economy › Trade: Muziris traded pepper with Rome [PYQ]. (line 4)",
		"economy › Economy › Trade › Ports: Arikamedu, 50% of finds are Roman. (line 6)",
	}
	if d.Title != "economy" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages\n%s\nwant economy,\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBadSources: a clear error, never a panic.
func TestBadSources(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"no text", []byte("\\documentclass{article}\n\\begin{document}\n\\maketitle\n% nothing yet\n\\end{document}\n"), "the LaTeX file has no text in its document"},
		{"not UTF-8", []byte("\\section{Caf\xe9}"), "not UTF-8 text"},
		{"groups nested deep", []byte(strings.Repeat(`\textbf{`, 10_000) + "x" + strings.Repeat("}", 10_000)), "LaTeX groups nested too deep"},
		{"a command defined by itself", []byte(`\newcommand{\loop}{\loop\loop} \loop`), "LaTeX "},
		{"too large", append([]byte(`\section{x}`), bytes.Repeat([]byte(" "), MaxBytes)...), "LaTeX file too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzConvert: no panic whatever the source; a file read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add(notes)
	f.Add(`\begin{itemize}\item[a]{\bf x} & y \\ $z$ \end{itemize}`)
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Convert([]byte(src))
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("notes.tex", []byte(src)); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
