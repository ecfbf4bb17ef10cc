package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Bad input to the Go program comes back as an error; a JavaScript error is
// shown in the page; either way the page keeps working. (Recovery of Go
// panics is tested under Node, in package wasm.)
func TestFaultsAreShownAndSurvived(t *testing.T) {
	url := "file://" + dist(t, "xigong-2015.html")
	p := newPage(t, 1000, 800)
	p.do(t, chromedp.Navigate(url))
	p.waitReady(t)

	// Hostile input to the Go program is refused with an error, not a crash.
	for _, tt := range []struct{ expr, want string }{
		{`xigong.set(Proxy.revocable([], {}).proxy)`, `{"error":"wasm: set: want one JSON array of numbers"}`},
		{`xigong.set("[1e999]")`, `{"error":"wasm: set: want a JSON array of numbers: json: cannot unmarshal number 1e999 into Go value of type float64"}`},
	} {
		if got := eval[string](t, p, tt.expr); got != tt.want {
			t.Errorf("%s = %s; want %s", tt.expr, got, tt.want)
		}
	}

	eval[bool](t, p, `new Promise(r => { setTimeout(() => { throw new Error("test fault") }); setTimeout(() => r(true), 50); })`)
	shown := eval[string](t, p, `document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`)
	if shown != "图表出错：test fault" {
		t.Errorf("error box = %q; want %q", shown, "图表出错：test fault")
	}

	p.do(t, chromedp.Focus("#s-gdp"), chromedp.KeyEvent(kb.ArrowLeft))
	if s := readState(t, p, "gdp"); s.Value != "10.4" || s.VerdictClass != "verdict missed" {
		t.Errorf("after the faults, ArrowLeft on GDP: %+v; want 10.4 and missed", s)
	}
}
