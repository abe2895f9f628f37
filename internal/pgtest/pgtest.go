// Package pgtest gives each test a PostgreSQL database of its own, dropped
// when the test ends. The databases are made on the server that
// CONCEPTBOT_TEST_POSTGRES_URL names (.ci/run starts one and sets it), or,
// when it is unset, on a throw-away cluster that pgtest starts itself from
// the PostgreSQL programs it finds (initdb and postgres, listening only on a
// Unix socket in a temporary directory; run as the user "postgres" or
// "nobody" when the tests run as root).
//
// A test skips with the reason only when no server can be had and neither
// CI nor CONCEPTBOT_TEST_POSTGRES_URL is set; in CI it fails.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable holding an administrator's URL of a server to
// make test databases on.
const EnvURL = "CONCEPTBOT_TEST_POSTGRES_URL"

var (
	once    sync.Once
	admin   string // the administrator's URL
	failure error  // why there is no server
	cluster *local // the cluster started here, if any
)

// Required reports whether a missing server fails the tests rather than
// skipping them: in CI, or when a server was named.
func Required() bool { return os.Getenv("CI") != "" || os.Getenv(EnvURL) != "" }

// AdminURL returns the URL of a superuser on the server, starting a
// cluster if need be, or skips (fails in CI) the test.
func AdminURL(tb testing.TB) string {
	tb.Helper()
	once.Do(func() {
		if admin = os.Getenv(EnvURL); admin == "" {
			cluster, failure = start()
			if cluster != nil {
				admin = cluster.url
			}
		}
	})
	if admin == "" {
		if Required() {
			tb.Fatalf("PostgreSQL is required here (CI or %s is set) but none could be started: %v", EnvURL, failure)
		}
		tb.Skipf("skipped: needs PostgreSQL; set %s to a server's URL or install PostgreSQL (initdb, postgres) so that a throw-away cluster can be started (%v)", EnvURL, failure)
	}
	return admin
}

// URL returns the URL of a new, empty database, dropped when the test ends.
func URL(tb testing.TB) string {
	tb.Helper()
	base := AdminURL(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("pgtest: connect to %s: %v", redact(base), err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	name := "conceptbot_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("pgtest: create database: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("pgtest: drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("pgtest: %s is not a URL: %v", EnvURL, err)
	}
	u.Path = "/" + name
	return u.String()
}

// Main runs a package's tests and then stops the cluster started for them,
// if any: call it from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if cluster != nil {
		cluster.stop()
	}
	return code
}

// local is a cluster started by this process.
type local struct {
	dir  string
	url  string
	cmd  *exec.Cmd
	done chan error
}

// start makes and starts a throw-away cluster.
func start() (*local, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest")
	if err != nil {
		return nil, err
	}
	var cred *syscall.Credential
	if os.Geteuid() == 0 { // PostgreSQL refuses to run as root
		cred, err = unprivileged()
		if err == nil {
			err = os.Chown(dir, int(cred.Uid), int(cred.Gid))
		}
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v: %s", err, out)
	}
	c := &local{dir: dir, done: make(chan error, 1), url: "postgres://postgres@/postgres?host=" + url.QueryEscape(dir)}
	started := make(chan error, 1)
	go func() {
		// The cluster dies with this thread (Pdeathsig), so keep it.
		runtime.LockOSThread()
		c.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-k", dir,
			"-c", "listen_addresses=", "-c", "fsync=off", "-c", "synchronous_commit=off",
			"-c", "full_page_writes=off", "-c", "max_connections=200")
		c.cmd.SysProcAttr = deathSignal(&syscall.SysProcAttr{Credential: cred})
		log, _ := os.Create(filepath.Join(dir, "log"))
		c.cmd.Stdout, c.cmd.Stderr = log, log
		err := c.cmd.Start()
		started <- err
		if err == nil {
			err = c.cmd.Wait()
		}
		c.done <- err
	}()
	if err := <-started; err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		conn, err := pgx.Connect(ctx, c.url)
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return c, nil
		}
		if time.Now().After(deadline) {
			c.stop()
			return nil, fmt.Errorf("postgres did not start: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (c *local) stop() {
	if c.cmd != nil && c.cmd.Process != nil {
		c.cmd.Process.Signal(syscall.SIGINT) // fast shutdown
		select {
		case <-c.done:
		case <-time.After(20 * time.Second):
			c.cmd.Process.Kill()
			<-c.done
		}
	}
	os.RemoveAll(c.dir)
}

// binDir finds PostgreSQL's programs: initdb on PATH, or the newest
// version under /usr/lib/postgresql (Debian's layout).
func binDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		return filepath.Dir(p), nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(dirs) == 0 {
		return "", errors.New("no initdb on PATH or in /usr/lib/postgresql")
	}
	slices.SortFunc(dirs, func(a, b string) int { return version(a) - version(b) })
	return filepath.Dir(dirs[len(dirs)-1]), nil
}

func version(initdb string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return v
}

// unprivileged returns the credentials of "postgres", or else "nobody".
func unprivileged() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, errors.New("running as root and there is no user postgres or nobody to run PostgreSQL as")
}

// redact hides a URL's password.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return strings.ReplaceAll(u.Redacted(), "xxxxx", "********")
}
