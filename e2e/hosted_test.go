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

// serveSite serves dist/site on loopback under hostPolicy, and a news
// article at /article.html under the same policy (plus frames of its own
// origin) whose body is article.
func serveSite(t *testing.T, article string) *httptest.Server {
	t.Helper()
	dir := dist(t, "site")
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", hostPolicy)
		if r.URL.Path == "/article.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if _, err := w.Write([]byte(article)); err != nil {
				t.Errorf("serving the article: %v", err)
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHostedUnderStrictPolicy(t *testing.T) {
	srv := serveSite(t, "")
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
