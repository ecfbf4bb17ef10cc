package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"xigong/site"
)

// serveSite serves dist/site on loopback under site.HostPolicy, with a news
// article at /article.html whose page is article.
func serveSite(t *testing.T, article string) *httptest.Server {
	t.Helper()
	return serve(t, site.HostPolicy, nil, map[string]string{"/article.html": article})
}

// serve serves dist/site under policy, answering 404 for paths that match
// block, and each of files (by path: an article, a targets file) as HTML.
func serve(t *testing.T, policy string, block *regexp.Regexp, files map[string]string) *httptest.Server {
	t.Helper()
	site := site.Handler(dist(t, "site"), policy)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := files[r.URL.Path]
		switch {
		case ok:
			w.Header().Set("Content-Security-Policy", policy)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if _, err := w.Write([]byte(body)); err != nil {
				t.Errorf("serving %s: %v", r.URL.Path, err)
			}
		case block != nil && block.MatchString(r.URL.Path):
			http.NotFound(w, r)
		default:
			site.ServeHTTP(w, r)
		}
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
	// The PNG is drawn from the chart's SVG through a blob: image, which the
	// policy allows; the English page is fetched on demand.
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(p.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, p, `(document.querySelector("#fig-projection .png").click(), document.querySelector("#fig-growth .svg").click(), true)`)
	eval[bool](t, p, `new Promise(r => setTimeout(() => r(true), 500))`)
	// The image says whose targets, which year, where from, and where the page is.
	svgs, err := filepath.Glob(filepath.Join(dir, "*.svg"))
	if err != nil || len(svgs) != 1 {
		t.Fatalf("SVG downloads: %v, %v; want one", svgs, err)
	}
	svg, err := os.ReadFile(svgs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"洛阳市西工区 · 2015年预期目标", "来源：西工区十三届人大四次会议", srv.URL + "/"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("the SVG downloaded has no %q", want)
		}
	}
	if msg := eval[string](t, p, `document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`); msg != "" {
		t.Errorf("after the downloads the page shows an error: %s", msg)
	}
	for _, r := range p.Requests() {
		if !strings.HasPrefix(r, srv.URL+"/") && !strings.HasPrefix(r, "blob:"+srv.URL+"/") {
			t.Errorf("request to %.100s; want only the page's own origin", r)
		}
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("console errors, warnings or policy violations: %q", probs)
	}
}
