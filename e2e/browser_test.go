package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"xigong/internal/browser"
)

// need skips the test when a prerequisite is missing, or fails it under CI.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s; CI must provide it", what)
	}
	t.Skipf("%s; skipping (set CI=true to fail instead)", what)
}

// dist returns the absolute path of a file in dist/, skipping the test when
// the build has not been run.
func dist(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "dist", name))
	if err != nil {
		t.Fatal(err)
	}
	_, err = os.Stat(p)
	need(t, err == nil, p+" is missing: run ./build.sh")
	return p
}

// page is one browser tab with a record of what it did.
type page struct {
	ctx context.Context

	mu       sync.Mutex
	requests []string // URLs of every request
	problems []string // console errors, exceptions, log errors
}

// newPage starts a headless Chromium with one tab, as a reader whose browser
// prefers Chinese. The browser stops when the test ends.
func newPage(t *testing.T, width, height int, extra ...chromedp.ExecAllocatorOption) *page {
	t.Helper()
	need(t, browser.Available(), browser.Path+" is missing (apt-get install -y chromium)")
	ctx, cancel := browser.New(t.TempDir(), width, height, extra...)
	t.Cleanup(cancel)
	p := &page{ctx: ctx}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("network.Enable: %v", err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("log.Enable: %v", err)
	}
	return p
}

func (p *page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		p.problems = append(p.problems, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.problems = append(p.problems, "console."+string(ev.Type)+": "+strings.Join(args, " "))
		}
	case *cdppage.EventJavascriptDialogOpening:
		p.problems = append(p.problems, "dialog: "+ev.Message)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
			p.problems = append(p.problems, "log "+string(ev.Entry.Source)+": "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	}
}

// Requests returns the URLs requested so far.
func (p *page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

// Problems returns the errors and warnings reported so far.
func (p *page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// do runs actions, failing the test on error.
func (p *page) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("browser: %v (problems: %v)", err, p.Problems())
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and returns its
// value.
func eval[T any](t *testing.T, p *page, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %.80q: %v (problems: %v)", expr, err, p.Problems())
	}
	return v
}

// waitReady waits for the page contract: data-ready="true" on <html> (the
// charts are drawn) and the interactive mark (the sliders work), or a
// failure shown. It polls from the test, so that a navigation under way
// (the page's execution context replaced) is waited out, not an error.
func (p *page) waitReady(t *testing.T) {
	t.Helper()
	const ready = `(document.documentElement.dataset.ready === "true" && performance.getEntriesByName("interactive").length > 0) || !!document.documentElement.dataset.error`
	var err error
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(p.ctx, 2*time.Second)
		var ok bool
		ok, err = chromedp.Run(ctx, chromedp.Evaluate[bool](ready))
		cancel()
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for data-ready: timed out (last error: %v; problems: %v)", err, p.Problems())
		}
	}
	if msg := eval[string](t, p, `document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`); msg != "" {
		t.Fatalf("the page shows an error: %s", msg)
	}
}

// screenshot saves the whole page in e2e/screenshots/ (not committed) for a
// person to look at.
func (p *page) screenshot(t *testing.T, name string) {
	t.Helper()
	shot, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.MkdirAll("screenshots", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("screenshots", name), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitNavigated waits until expr is true on the page, across a navigation
// (while the old page goes, evaluating fails: it is tried again).
func (p *page) waitNavigated(t *testing.T, expr string) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(p.ctx, 2*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		cancel()
		if err == nil && ok {
			return
		}
	}
	t.Fatalf("waiting for %s: timed out (problems: %v)", expr, p.Problems())
}
