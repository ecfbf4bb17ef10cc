package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// hostPolicy is the Content-Security-Policy of a strict news site.
const hostPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'"

// serveSite serves dist/site on loopback under hostPolicy.
func serveSite(t *testing.T) *httptest.Server {
	t.Helper()
	dir := dist(t, "site")
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", hostPolicy)
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHostedUnderStrictPolicy(t *testing.T) {
	srv := serveSite(t)
	p := newPage(t, 1280, 900)
	p.do(t, chromedp.Navigate(srv.URL+"/"))
	p.waitReady(t)
	if n := len(readChartsBy(t, p)); n != 4 {
		t.Errorf("%d charts drawn; want 4", n)
	}
	for _, r := range p.Requests() {
		if !strings.HasPrefix(r, srv.URL+"/") {
			t.Errorf("request to %.100s; want only the page's own origin", r)
		}
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or policy violations: %q", probs)
	}
}
