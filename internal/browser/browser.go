// Package browser starts Debian's headless Chromium for the real-browser
// tests and the benchmark, with the flags this closed network needs.
package browser

import (
	"context"
	"os"

	"github.com/chromedp/chromedp"
)

// Path is where Debian's chromium package puts the browser.
const Path = "/usr/bin/chromium"

// Available reports whether Chromium is installed.
func Available() bool {
	_, err := os.Stat(Path)
	return err == nil
}

// New starts a headless Chromium with a window of width×height and a fresh
// profile in userDataDir, as a reader whose browser prefers Chinese, and
// returns a context for its first tab. Cancel stops the browser.
func New(userDataDir string, width, height int, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc) {
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.Flag("accept-lang", "zh-CN"),
	}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts, extra...)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	return ctx, func() {
		cancel()
		cancelAlloc()
	}
}
