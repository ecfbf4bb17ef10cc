// Command screenshot takes the README's pictures of the built page in
// headless Chromium: the single file at a scenario that misses two targets
// (GDP at 9%, unemployment at 4.7%): the whole page at a desktop width, and
// the first screen on a phone.
//
//	go run ./cmd/screenshot -dist dist -out docs
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"xigong/internal/browser"
)

// scenario is the fragment the pictures show.
const scenario = "#v1:gdp=9,unemployment=4.7"

func main() {
	dist := flag.String("dist", "dist", "the built page's folder")
	out := flag.String("out", "docs", "where to write screenshot.png and screenshot-phone.png")
	flag.Parse()
	if err := run(*dist, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dist, out string) error {
	if !browser.Available() {
		return errors.New("screenshot: " + browser.Path + " is missing: apt-get install chromium fonts-noto-cjk")
	}
	page, err := filepath.Abs(filepath.Join(dist, "xigong-2015.html"))
	if err != nil {
		return err
	}
	for _, shot := range []struct {
		name          string
		width, height int64
		phone         bool
	}{{"screenshot.png", 1280, 900, false}, {"screenshot-phone.png", 360, 780, true}} {
		if err := take(page, filepath.Join(out, shot.name), shot.width, shot.height, shot.phone); err != nil {
			return fmt.Errorf("screenshot: %s: %w", shot.name, err)
		}
		fmt.Println("  wrote", filepath.Join(out, shot.name))
	}
	return nil
}

// take writes a PNG of the page at width (CSS px): on a desktop browser the
// whole page, on a phone (2× pixels, touch) its first screen.
func take(page, path string, width, height int64, phone bool) error {
	dir, err := os.MkdirTemp("", "screenshot")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := browser.New(dir, int(width), int(height))
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, 60*time.Second)
	defer stop()
	scale := 1.0
	if phone {
		scale = 2
	}
	// Wait for the charts, then for the update animations (200 ms) to end.
	ready := `new Promise(r => { const wait = () => document.documentElement.dataset.ready === "true" && performance.getEntriesByName("interactive").length
  ? setTimeout(() => r(true), 500) : setTimeout(wait, 50); wait(); })`
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: width, Height: height, DeviceScaleFactor: scale, Mobile: phone,
	}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: phone}); err != nil {
		return err
	}
	if _, err := chromedp.Run(ctx, chromedp.Navigate("file://"+page+scenario)); err != nil {
		return err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](ready, chromedp.EvalAwaitPromise)); err != nil {
		return err
	}
	shot := chromedp.FullScreenshot(100)
	if phone {
		shot = chromedp.CaptureScreenshot() // the first screen: what a reader sees on opening it
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		return err
	}
	return os.WriteFile(path, png, 0o644)
}
