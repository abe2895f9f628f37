package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/conceptbot/conceptbot/index"
)

const askExample = `  conceptbot ask "When was the US-EU Trade and Technology Council set up?"
  conceptbot ask --top 5 "key point 7"
  printf 'what is the TTC\nfaq 4\n' | conceptbot ask -
  conceptbot ask --json "what is the TTC" | jq .answered`

// askArgs refuses ask without a question, saying how to ask one.
func askArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return nil
	}
	return usageError{errors.New("ask needs a question.\n" +
		"Usage:   conceptbot ask \"QUESTION\" [--top N] [--json]\n" +
		"         conceptbot ask [--json] -    (one question a line on standard input)\n" +
		"Example: conceptbot ask \"When was the US-EU Trade and Technology Council set up?\""), cmd.CommandPath()}
}

// printQuestion heads an answer of ask - with its question, after a blank
// line when another answer came before.
func printQuestion(w io.Writer, q string, after bool, style textStyle) {
	var b strings.Builder
	if after {
		b.WriteString("\n")
	}
	open, close := style.emphasis()
	fmt.Fprintf(&b, "%sQ: %s%s\n", open, strings.TrimSpace(q), close)
	style.print(w, b.String())
}

// evalFileError prints every malformed line of an evaluation set as
// "file:line: what is wrong" and fails the command; another error is
// returned with the file's name.
func evalFileError(stderr io.Writer, name string, err error) error {
	lines := index.EvalLineErrors(err)
	if len(lines) == 0 {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, le := range lines {
		fmt.Fprintf(stderr, "%s:%d: %s\n", name, le.Line, le.Msg)
	}
	what := "a malformed line"
	if len(lines) > 1 {
		what = fmt.Sprintf("%d malformed lines", len(lines))
	}
	return fmt.Errorf("%s: %s (above); nothing was evaluated", name, what)
}
