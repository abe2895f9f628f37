// Command conceptbot answers questions from study notes, on the command line
// and as a Discord bot. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	_ "github.com/conceptbot/conceptbot/corpus/all" // every format of notes conceptbot reads
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal stops the process at once, drain or not
	}()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var exit exitError
		if !errors.As(err, &exit) {
			fmt.Fprintln(os.Stderr, "conceptbot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// exitError fails the command after it has already said why, with exit
// status 1 (see exitCode).
type exitError struct{ msg string }

func (e exitError) Error() string { return e.msg }

// run is the whole program: main only supplies the process's context,
// arguments, environment and streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	root := newRoot(&app{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr})
	usageErrors(root)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return root.ExecuteContext(ctx)
}
