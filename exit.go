package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/conceptbot/conceptbot/config"
)

// Exit codes, like grep's, so that scripts can tell the outcomes apart.
const (
	exitOK      = 0 // answered; the command did what was asked
	exitNo      = 1 // not in the notes (ask), problems found (corpus check)
	exitUsage   = 2 // a mistake in the command line or the configuration
	exitFailure = 3 // anything else: unreadable notes, a failed connection…
)

// exitCode is the process's exit status after run returned err.
func exitCode(err error) int {
	var usage usageError
	var problems config.Problems
	var exit exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage), errors.As(err, &problems):
		return exitUsage
	case errors.As(err, &exit):
		return exitNo
	}
	return exitFailure
}

// errNotInNotes ends ask with exit status 1 after it has printed the reply.
var errNotInNotes = exitError{"not in the notes"}

// usageError is a mistake in how the command was run or configured. It
// tells where to read how to run it.
type usageError struct {
	err  error
	help string // the command whose --help to point at, e.g. "conceptbot ask"
}

func (e usageError) Error() string {
	if e.help == "" {
		return e.err.Error()
	}
	return fmt.Sprintf("%v\nRun '%s --help' for usage.", e.err, e.help)
}

func (e usageError) Unwrap() error { return e.err }

// usageErrors makes the argument and flag errors of root and its
// subcommands usageErrors, an unknown flag or command suggesting the
// nearest one.
func usageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{flagError(cmd, err), cmd.CommandPath()}
	})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		switch args := c.Args; {
		case args == nil && c.HasSubCommands():
			// With a Run of its own, a command that only groups others
			// checks its arguments: a command it does not know is an error,
			// not a reason to print the help.
			if c.Run == nil && c.RunE == nil {
				c.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
			}
			c.SuggestionsMinimumDistance = 2
			c.Args = unknownCommand
		case args != nil:
			c.Args = func(cmd *cobra.Command, a []string) error {
				if err := args(cmd, a); err != nil {
					var usage usageError
					if errors.As(err, &usage) {
						return err
					}
					return usageError{err, cmd.CommandPath()}
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// unknownCommand is the Args of a command that only groups others.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q", args[0])
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return usageError{errors.New(msg), cmd.CommandPath()}
}

// flagError rewrites pflag's errors for people: the nearest flag for an
// unknown one, and what a flag's value should look like.
func flagError(cmd *cobra.Command, err error) error {
	var missing *pflag.NotExistError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &missing) && missing.GetSpecifiedShortnames() == "":
		name := missing.GetSpecifiedName()
		msg := fmt.Sprintf("unknown flag --%s", name)
		if near := nearestFlag(cmd, name); near != "" {
			msg += fmt.Sprintf("; did you mean --%s?", near)
		}
		return errors.New(msg)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		what := map[string]string{"int": "a whole number", "bool": "true or false", "duration": "a duration such as 30s"}[f.Value.Type()]
		if what == "" {
			return err
		}
		return fmt.Errorf("--%s must be %s (got %q)", f.Name, what, invalid.GetValue())
	}
	return err
}

// nearestFlag returns the flag of cmd closest to a misspelt name: at most
// two edits away, or one that the name starts, or "" when none is close.
func nearestFlag(cmd *cobra.Command, name string) string {
	best, bestD := "", 3
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := levenshtein.ComputeDistance(name, f.Name)
		if strings.HasPrefix(f.Name, name) {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = f.Name, d
		}
	})
	return best
}
