//go:build !linux

package pgtest

import "syscall"

func deathSignal(a *syscall.SysProcAttr) *syscall.SysProcAttr { return a }
