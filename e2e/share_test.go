package e2e

import (
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"xigong/internal/qrread"
)

// sharePNG taps the share button of the last chart and returns the image
// downloaded into dir.
func sharePNG(t *testing.T, p *page, dir string) image.Image {
	t.Helper()
	before, _ := filepath.Glob(filepath.Join(dir, "*-share.png"))
	tap(t, p, "#figures .chart:last-of-type .share", false)
	for range 100 {
		names, _ := filepath.Glob(filepath.Join(dir, "*-share.png"))
		if len(names) > len(before) {
			time.Sleep(200 * time.Millisecond) // written whole
			f, err := os.Open(names[len(names)-1])
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, _, err := image.Decode(f)
			if err != nil {
				t.Fatalf("the share image: %v", err)
			}
			return img
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no share image downloaded (problems: %v)", p.Problems())
	return nil
}

// TestShareImage: a chart's share image carries the page's link as a QR
// code that a reader reads back: on the hosted page, with a scenario, and
// with a reader's own targets read from a report; a page opened as a local
// file has no address to scan, and its image says so instead.
func TestShareImage(t *testing.T) {
	site := serveSite(t, "")
	seed, err := os.ReadFile("../data/testdata/seed-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, url string
		read      bool // read the seed's paragraph first
		qr        bool
	}{
		{"hosted", site.URL + "/?lang=zh", false, true},
		{"hosted, a scenario, English", site.URL + "/?lang=en#v1.gdp=9", false, true},
		{"hosted, a report read", site.URL + "/?lang=zh", true, true},
		{"a local file", "file://" + dist(t, "xigong-2015.html"), false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(t, 1200, 900)
			dir := t.TempDir()
			if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
				t.Fatal(err)
			}
			p.do(t, chromedp.Navigate(tt.url))
			p.waitReady(t)
			if tt.read {
				pasteReport(t, p, strings.Join(strings.Split(string(seed), "\n")[8:31], "\n"), "")
			}
			settle(t, p)
			time.Sleep(400 * time.Millisecond) // the address follows 250 ms late
			link := eval[string](t, p, `location.href`)
			img := sharePNG(t, p, dir)
			got, err := qrread.Text(img)
			switch {
			case tt.qr && (err != nil || got != link):
				t.Errorf("the share image's QR code reads %q (%v); want the page's link %q (%d characters)", got, err, link, len(link))
			case !tt.qr && err == nil:
				t.Errorf("the share image of a local file has a QR code (%q); want none", got)
			}
			if w := img.Bounds().Dx(); w < 720 {
				t.Errorf("the share image is %d px wide; want at least 720 (twice 360)", w)
			}
			if probs := p.Problems(); len(probs) > 0 {
				t.Errorf("console errors, warnings or policy violations: %q", probs)
			}
		})
	}
}
