package pgtest

import "syscall"

// deathSignal makes the cluster shut down fast when the process that
// started it dies without stopping it.
func deathSignal(a *syscall.SysProcAttr) *syscall.SysProcAttr {
	a.Pdeathsig = syscall.SIGINT
	return a
}
